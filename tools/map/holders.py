#!/usr/bin/python3
"""Hand-written holder timelines of the atomic regions (the rules table of the atlas).

Each region: name, source (reference works), holders [(from, holder_id, note)]. An entry lasts
until the next; dates keep their precision (day, month or year). "coarse" in a note means the
region is larger or smaller than the area actually held, or the date is a representative one in
a moving front; the note then says what is simplified.
"""

EB = 'Encyclopaedia Britannica'
MAGOCSI = 'P. R. Magocsi, Historical Atlas of Central Europe (2002)'
MAWDSLEY = 'E. Mawdsley, The Russian Civil War (2008)'
GILBERT = 'M. Gilbert, The Routledge Atlas of Russian History (4th ed. 2007)'
DAVIES = 'N. Davies, White Eagle, Red Star: the Polish-Soviet War 1919-20 (1972)'
CARR = 'E. H. Carr, The Bolshevik Revolution 1917-1923, vol. 1 (1950)'
STEPHAN = 'J. J. Stephan, The Russian Far East: A History (1994)'
FROMKIN = 'D. Fromkin, A Peace to End All Peace (1989)'
STATIC = 'Times Atlas of World History; ' + EB


def R(name, source, *holders):
    return {'name': name, 'source': source, 'holders': list(holders)}


def colony(name, holder, note, source=STATIC):
    return R(name, source, ('1919-01-01', holder, note))


USSR_1922 = ('1922-12-30', 'ussr', None)

REGIONS = {
    # ---------------------------------------------------------------- Soviet Russia and the Whites
    'russia': R('Central Russia, Volga, North Caucasus east, Okhotsk coast and Kamchatka', GILBERT,
                ('1919-01-01', 'ussr', None),
                ('1922-12-30', 'ussr', 'RSFSR within the USSR. The Okhotsk coast and Kamchatka were held by White '
                 'forces at times until 1922-1923 (not shown)')),
    'arkhangelsk': R('Arkhangelsk and the North', MAWDSLEY + '; ' + EB + ", 'Allied intervention in Russia'",
                     ('1919-01-01', 'north_russia', 'Northern Region government (Chaikovsky, then Miller) with '
                      'Allied intervention troops (British withdrew Sept-Oct 1919); coarse area'),
                     ('1920-02-21', 'ussr', 'Red Army entered Arkhangelsk 1920-02-21')),
    'murmansk': R('Murman coast and Kola peninsula', MAWDSLEY,
                  ('1919-01-01', 'north_russia', 'Northern Region, Allied base at Murmansk'),
                  ('1920-03-13', 'ussr', 'Red Army entered Murmansk 1920-03-13')),
    'petsamo': R('Petsamo (Pechenga)', EB + ", 'Petsamo'; Treaty of Tartu (Finland-RSFSR) 1920",
                 ('1919-01-01', 'north_russia', 'part of the Murman coast under the Northern Region; coarse'),
                 ('1920-03-13', 'ussr', None),
                 ('1920-12-31', 'finland', 'ceded by the Treaty of Tartu (signed 1920-10-14, in force 1920-12-31)')),
    'don_kuban': R('Don, Kuban, Stavropol, Terek and Dagestan', MAWDSLEY,
                   ('1919-01-01', 'south_russia', 'Don and Kuban Cossack hosts and the Volunteer Army, united as the '
                    'Armed Forces of South Russia (Denikin) 1919-01-08; coarse area, the Red Army held '
                    'parts until spring 1919'),
                   ('1920-03-27', 'ussr', 'Red Army took Rostov (1920-01-08), Ekaterinodar (1920-03-17) and '
                    'Novorossiysk (evacuated 1920-03-26/27); coarse date')),
    'crimea': R('Crimea', MAWDSLEY + '; ' + EB + ", 'Pyotr Wrangel'",
                ('1919-01-01', 'south_russia', 'Crimean Regional Government and Volunteer Army, Allied (French) '
                 'troops at Sevastopol'),
                ('1919-04', 'ussr', 'Red Army took most of Crimea (Simferopol, Sevastopol) in April 1919; '
                 'Crimean Socialist Soviet Republic (Kerch peninsula stayed White)'),
                ('1919-06', 'south_russia', 'retaken by the Armed Forces of South Russia in June 1919; '
                 "Wrangel's base from April 1920 (his army also held northern Tavria Jun-Oct 1920, not shown)"),
                ('1920-11-17', 'ussr', "Wrangel's army evacuated 1920-11-14/17; Crimean ASSR of the RSFSR from "
                 '1921-10-18')),
    'urals': R('Urals (Ufa, Perm, Yekaterinburg, Chelyabinsk)', MAWDSLEY,
               ('1919-01-01', 'white_siberia', "Kolchak's Russian State; coarse zone (the front lay west of Ufa "
                'and Perm until June 1919)'),
               ('1919-07-14', 'ussr', 'Red Army took Ufa 1919-06-09, Perm 1919-07-01, Yekaterinburg 1919-07-14, '
                'Chelyabinsk 1919-07-24; coarse date')),
    'west_siberia': R('Western Siberia (Tyumen, Omsk)', MAWDSLEY,
                      ('1919-01-01', 'white_siberia', "Kolchak's Russian State, capital Omsk; coarse zone"),
                      ('1919-11-14', 'ussr', 'Omsk fell 1919-11-14 (Tyumen Aug 1919); coarse date')),
    'central_siberia': R('Central Siberia (Novonikolayevsk, Krasnoyarsk, Irkutsk)', MAWDSLEY,
                         ('1919-01-01', 'white_siberia', "Kolchak's Russian State; coarse zone"),
                         ('1920-01-07', 'ussr', 'Red Army took Novonikolayevsk 1919-12-14 and Krasnoyarsk '
                          '1920-01-07; Irkutsk passed from the Political Centre to a Bolshevik revkom in January '
                          '1920 (Kolchak executed 1920-02-07); coarse date')),
    'yakutia': R('Yakutia', MAWDSLEY + '; ' + GILBERT,
                 ('1919-01-01', 'white_siberia', "Kolchak's authority (Yakutsk); coarse zone"),
                 ('1919-12', 'ussr', 'Soviet power restored in Yakutsk in December 1919 (month only); White '
                  'risings and the Pepelyayev expedition 1921-1923 not shown')),
    'kazakhstan': R('Kazakh steppe', CARR + '; ' + GILBERT,
                    ('1919-01-01', 'ussr', 'contested in 1919 by Alash Orda, the Orenburg and Ural Cossacks and '
                     "Kolchak's forces; coarse"),
                    ('1920-08-26', 'ussr', 'Kirghiz (Kazakh) ASSR of the RSFSR'),
                    ('1922-12-30', 'ussr', 'Kirghiz (Kazakh) ASSR of the RSFSR, within the USSR')),
    'turkestan': R('Turkestan', CARR + '; ' + EB + ", 'Basmachi'",
                   ('1919-01-01', 'ussr', 'Turkestan ASSR (cut off from Moscow until Sept 1919; British-backed '
                    'Transcaspian government at Ashgabat until July 1919; Basmachi revolt) ; coarse'),
                   ('1922-12-30', 'ussr', 'Turkestan ASSR of the RSFSR, within the USSR'),
                   ('1924-10-27', 'ussr', 'national delimitation: Uzbek and Turkmen SSRs (union republics from '
                    '1925-05-13), Kirghiz and Tajik autonomous regions')),
    'bukhara': R('Bukhara', EB + ", 'Bukhara (historical state)'; " + CARR,
                 ('1919-01-01', 'bukhara', 'Emirate of Bukhara (Russian protectorate until 1917); coarse outline'),
                 ('1920-09-02', 'bukhara', "Red Army took Bukhara 1920-09-02; Bukharan People's Soviet Republic "
                  'proclaimed 1920-10-08'),
                 ('1924-10-27', 'ussr', 'national delimitation: divided between the Uzbek and Turkmen SSRs and the '
                  'Tajik ASSR')),
    'khorezm': R('Khiva (Khorezm)', EB + ", 'Khiva (historical state)'; " + CARR,
                 ('1919-01-01', 'khorezm', 'Khanate of Khiva (Junaid Khan); coarse outline'),
                 ('1920-04-26', 'khorezm', "Khorezm People's Soviet Republic (the Khan abdicated 1920-02-02)"),
                 ('1924-10-27', 'ussr', 'national delimitation: divided between the Uzbek and Turkmen SSRs')),
    'left_bank_ukraine': R('Left-bank Ukraine (Kharkiv, Poltava, Chernihiv, Donbas)', MAWDSLEY + '; ' + GILBERT,
                           ('1919-01-01', 'ukrainian_peoples_republic', 'Directorate of the Ukrainian People\'s '
                            'Republic; Red Army advancing (Kharkiv taken 1919-01-03)'),
                           ('1919-01-03', 'ukrainian_ssr', 'coarse: the Red Army took the region Jan-Feb 1919'),
                           ('1919-06-25', 'south_russia', 'Armed Forces of South Russia: Kharkiv 1919-06-25, '
                            'Yekaterinoslav 1919-06-30, Poltava 1919-07-29; coarse date'),
                           ('1919-12-12', 'ukrainian_ssr', 'Red Army retook Kharkiv 1919-12-12; coarse date'),
                           ('1922-12-30', 'ussr', 'Ukrainian SSR')),
    'right_bank_ukraine': R('Right-bank Ukraine (Kyiv, Podolia, Odesa)', MAWDSLEY + '; ' + DAVIES,
                            ('1919-01-01', 'ukrainian_peoples_republic', "Directorate of the Ukrainian People's "
                             'Republic; Allied (French) troops at Odesa'),
                            ('1919-02-05', 'ukrainian_ssr', 'Red Army took Kyiv 1919-02-05 (Odesa 1919-04-06); the '
                             'Directorate held the far west; coarse'),
                            ('1919-08-31', 'south_russia', 'Armed Forces of South Russia took Odesa 1919-08-23 and '
                             'Kyiv 1919-08-31; the Directorate held Podolia; coarse'),
                            ('1919-12-16', 'ukrainian_ssr', 'Red Army retook Kyiv 1919-12-16 (Odesa 1920-02-07); '
                             'Polish and UNR forces held Kyiv 1920-05-07 to 1920-06-13 (not shown); coarse'),
                            ('1922-12-30', 'ussr', 'Ukrainian SSR (Moldavian ASSR within it from 1924-10-12)')),
    'minsk': R('Minsk region', DAVIES + '; ' + GILBERT,
               ('1919-01-01', 'byelorussian_ssr', 'Socialist Soviet Republic of Byelorussia proclaimed 1919-01-01'),
               ('1919-02-27', 'litbel', 'merged into the Lithuanian-Byelorussian SSR (Litbel) 1919-02-27'),
               ('1919-08-08', 'poland', 'Polish army took Minsk 1919-08-08; front on the Berezina; coarse area'),
               ('1920-07-11', 'byelorussian_ssr', 'Red Army retook Minsk 1920-07-11; Byelorussian SSR proclaimed '
                'again 1920-07-31'),
               ('1922-12-30', 'ussr', 'Byelorussian SSR')),
    'east_byelorussia': R('Vitebsk, Mogilev and Gomel', GILBERT + '; ' + EB + ", 'Belarus'",
                          ('1919-01-01', 'ussr', 'governorates of the RSFSR (coarse line along the Berezina)'),
                          ('1922-12-30', 'ussr', 'RSFSR, within the USSR'),
                          ('1924-03', 'ussr', 'transferred to the Byelorussian SSR (Vitebsk, Mogilev 1924; Gomel '
                           'and Rechytsa only in Dec 1926); coarse')),
    'west_transbaikal': R('Western Transbaikalia (Verkhneudinsk)', STEPHAN + '; ' + MAWDSLEY,
                          ('1919-01-01', 'white_siberia', "Kolchak's authority, Ataman Semyonov's troops"),
                          ('1920-03', 'ussr', 'Red partisans and Red Army units took Verkhneudinsk in early March '
                           '1920 (month only); split from eastern Transbaikalia at 110 E, coarse'),
                          ('1920-04-06', 'far_eastern_republic', 'Far Eastern Republic proclaimed at Verkhneudinsk '
                           '1920-04-06'),
                          ('1922-11-15', 'ussr', 'FER merged into the RSFSR 1922-11-15')),
    'transbaikal': R('Eastern Transbaikalia (Chita)', STEPHAN + '; ' + MAWDSLEY,
                     ('1919-01-01', 'white_siberia', 'Ataman Semyonov (nominally under Kolchak, backed by Japan); '
                      "from Jan 1920 Semyonov's 'Russian Eastern Outskirts' (Japanese troops until July 1920)"),
                     ('1920-10-22', 'far_eastern_republic', 'Semyonov driven from Chita 1920-10-22, the FER capital '
                      'from then'),
                     ('1922-11-15', 'ussr', 'FER merged into the RSFSR 1922-11-15')),
    'amur': R('Amur region (Blagoveshchensk)', STEPHAN,
              ('1919-01-01', 'white_siberia', "Kolchak's authority with Japanese troops on the railway; partisan "
               'war; coarse'),
              ('1920-02', 'ussr', 'Amur partisans and Bolsheviks took Blagoveshchensk after the Japanese '
               'withdrawal; month only'),
              ('1920-04-06', 'far_eastern_republic', 'joined the Far Eastern Republic (formally in 1920); coarse'),
              ('1922-11-15', 'ussr', 'FER merged into the RSFSR')),
    'primorye': R('Primorye and Khabarovsk', STEPHAN,
                  ('1919-01-01', 'white_siberia', "Kolchak's authority (Gen. Rozanov) with Allied intervention "
                   'forces (Japan, USA) at Vladivostok'),
                  ('1920-01-31', 'ussr', 'Rozanov overthrown; pro-Soviet Primorye zemstvo government (US troops '
                   'left 1920-04-01); holder simplified'),
                  ('1920-04-05', 'japan', "Japanese military control after the 'April incident' (1920-04-04/05); "
                   'the zemstvo government, part of the Far Eastern Republic from Dec 1920, ruled under occupation'),
                  ('1921-05-26', 'priamur', 'White coup in Vladivostok: Provisional Priamur Government (Merkulov), '
                   'then Zemsky Krai (Diterikhs, 1922), under Japanese protection; Khabarovsk changed hands '
                   'Dec 1921 - Feb 1922 (not shown)'),
                  ('1922-10-25', 'far_eastern_republic', 'Japanese evacuated Vladivostok; FER army entered '
                   '1922-10-25'),
                  ('1922-11-15', 'ussr', 'FER merged into the RSFSR')),
    'north_sakhalin': R('Northern Sakhalin', STEPHAN + '; ' + EB + ", 'Sakhalin'",
                        ('1919-01-01', 'white_siberia', "Kolchak's authority; coarse"),
                        ('1920-04', 'japan', 'occupied by Japan after the Nikolayevsk incident (troops landed '
                         'April 1920, occupation proclaimed July 1920; month uncertain)'),
                        ('1925-05-15', 'ussr', 'Soviet-Japanese Basic Convention 1925-01-20; Japanese evacuation '
                         'completed May 1925')),
    'karafuto': colony('Karafuto (Southern Sakhalin)', 'japan', 'Karafuto Prefecture, Japanese since 1905'),
    'kuril_islands': colony('Kuril Islands', 'japan', 'Japanese since 1875'),
    'franz_josef_land': R('Franz Josef Land', EB + ", 'Franz Josef Land'",
                          ('1919-01-01', 'ussr', 'unclaimed Arctic archipelago, shown as Soviet for simplicity'),
                          ('1926-04-15', 'ussr', 'annexed by the Soviet decree on Arctic lands 1926-04-15')),
    'tuva': R('Tuva (Uriankhai)', EB + ", 'Tuva'; " + GILBERT,
              ('1919-01-01', 'white_siberia', 'Uriankhai, Russian protectorate since 1914; Russian White forces; '
               'Chinese and Mongol troops also present; uncertain'),
              ('1920-01', 'ussr', 'contested by Red partisans (Russian settlers) and Chinese troops; holder '
               'simplified, uncertain'),
              ('1921-08-14', 'tuva', "Tuvan People's Republic (Tannu Tuva) proclaimed 1921-08-14, under Soviet "
               'protection')),
    # ---------------------------------------------------------------- Transcaucasia
    'georgia': R('Georgia', EB + ", 'Democratic Republic of Georgia'; " + CARR,
                 ('1919-01-01', 'georgia', 'Democratic Republic of Georgia (Batumi under British occupation until '
                  '1920-07-07)'),
                 ('1921-02-25', 'georgian_ssr', 'Red Army took Tbilisi 1921-02-25; Georgian SSR'),
                 ('1922-03-12', 'transcaucasian_sfsr', 'Georgian SSR in the Federative Union of Socialist Soviet '
                  'Republics of Transcaucasia (TSFSR from 1922-12-13)'),
                 ('1922-12-30', 'ussr', 'Georgian SSR, part of the Transcaucasian SFSR')),
    'armenia': R('Armenia', EB + ", 'First Republic of Armenia'; " + CARR,
                 ('1919-01-01', 'armenia', 'First Republic of Armenia (borders with Azerbaijan disputed in '
                  'Karabakh, Zangezur, Nakhchivan; coarse)'),
                 ('1920-12-02', 'armenian_ssr', 'Red Army entered Yerevan 1920-12-02 (Soviet Armenia proclaimed '
                  '1920-11-29); anti-Soviet rising Feb-Apr 1921 not shown'),
                 ('1922-03-12', 'transcaucasian_sfsr', 'Armenian SSR in the Transcaucasian federation'),
                 ('1922-12-30', 'ussr', 'Armenian SSR, part of the Transcaucasian SFSR')),
    'azerbaijan': R('Azerbaijan', EB + ", 'Azerbaijan Democratic Republic'; " + CARR,
                    ('1919-01-01', 'azerbaijan', 'Azerbaijan Democratic Republic (British troops at Baku until '
                     'Aug 1919)'),
                    ('1920-04-28', 'azerbaijan_ssr', 'Red Army took Baku 1920-04-28; Azerbaijan SSR'),
                    ('1922-03-12', 'transcaucasian_sfsr', 'Azerbaijan SSR in the Transcaucasian federation'),
                    ('1922-12-30', 'ussr', 'Azerbaijan SSR, part of the Transcaucasian SFSR')),
    'kars': R('Kars, Ardahan and Artvin', EB + ", 'Treaty of Kars'; " + FROMKIN,
              ('1919-01-01', 'turkey', 'Russian 1878-1918; Ottoman troops withdrew after Mudros; local '
               'South-West Caucasian Republic until April 1919; coarse'),
              ('1919-04', 'armenia', 'Armenian administration under British supervision (Ardahan and Artvin '
               'disputed with Georgia); month only, coarse'),
              ('1920-10-30', 'turkey', 'Turkish army took Kars 1920-10-30; ceded by the Treaties of Alexandropol '
               '(1920-12-02), Moscow (1921-03-16) and Kars (1921-10-13)')),
    # ---------------------------------------------------------------- Baltic and Finland
    'finland': R('Finland', EB + ", 'Finland'", ('1919-01-01', 'finland', None)),
    'aland': R('Åland Islands', EB + ", 'Åland Islands question'",
               ('1919-01-01', 'finland', 'Ålanders sought union with Sweden'),
               ('1921-06-24', 'finland', 'League of Nations confirmed Finnish sovereignty (autonomy, '
                'demilitarised) 1921-06-24')),
    'estonia': R('Estonia', EB + ", 'Estonian War of Independence'",
                 ('1919-01-01', 'estonia', 'War of Independence: the Red Army held eastern Estonia until late '
                  'January 1919; Treaty of Tartu with Soviet Russia 1920-02-02')),
    'latvia': R('Latvia (Courland, Livonia, Riga)', EB + ", 'Latvian War of Independence'",
                ('1919-01-01', 'latvia', None),
                ('1919-01-03', 'latvian_ssr', 'Red Army took Riga 1919-01-03; Latvian Socialist Soviet Republic '
                 '(Ulmanis government held Liepāja); coarse'),
                ('1919-05-22', 'latvia', 'Riga taken by the Landeswehr and Freikorps 1919-05-22; Ulmanis '
                 "government restored 1919-06-27; Bermondt's attack Oct-Nov 1919; peace with Soviet Russia "
                 '1920-08-11')),
    'latgale': R('Latgale', EB + ", 'Latvian War of Independence'",
                 ('1919-01-01', 'latvian_ssr', 'Latvian Socialist Soviet Republic; coarse'),
                 ('1920-01-03', 'latvia', 'Polish and Latvian troops took Daugavpils 1920-01-03; Latgale cleared '
                  'by Feb 1920')),
    'lithuania': R('Lithuania (Kaunas)', EB + ", 'Lithuania'",
                   ('1919-01-01', 'lithuania', 'provisional capital Kaunas from 1919-01-02; Soviet advance '
                    'halted Feb 1919')),
    'memel': R('Memel Territory (Klaipėda)', EB + ", 'Klaipėda'; " + MAGOCSI,
               ('1919-01-01', 'germany', None),
               ('1920-02-15', 'memel', 'detached by the Treaty of Versailles; Allied (French) administration '
                'for the Conference of Ambassadors'),
               ('1923-02-17', 'lithuania', 'after the Klaipėda Revolt (1923-01-10/15) the Conference of '
                'Ambassadors transferred the territory 1923-02-16/17; autonomy under the Klaipėda Convention '
                '1924-05-08')),
    'vilnius_region': R('Vilnius region', DAVIES + '; ' + EB + ", 'Republic of Central Lithuania'",
                        ('1919-01-01', 'lithuania', 'Lithuanian government left Vilnius 1919-01-02; southern '
                         'limit of this region approximate'),
                        ('1919-01-05', 'litbel', 'Red Army took Vilnius 1919-01-05; Lithuanian Soviet Republic, '
                         'Lithuanian-Byelorussian SSR (Litbel) from 1919-02-27'),
                        ('1919-04-19', 'poland', 'Polish army took Vilnius 1919-04-19'),
                        ('1920-07-14', 'ussr', 'Red Army took Vilnius 1920-07-14'),
                        ('1920-08-26', 'lithuania', 'handed to Lithuania under the Soviet-Lithuanian Peace Treaty '
                         '(1920-07-12)'),
                        ('1920-10-09', 'poland', "Żeligowski's 'mutinous' Polish division took Vilnius "
                         '1920-10-09'),
                        ('1920-10-12', 'central_lithuania', 'Republic of Central Lithuania'),
                        ('1922-03-24', 'poland', 'incorporated by Poland (Sejm act 1922-03-24; recognised by the '
                         'Conference of Ambassadors 1923-03-15); not recognised by Lithuania')),
    # ---------------------------------------------------------------- Poland
    'congress_poland': R('Central Poland (former Congress Poland)', DAVIES + '; ' + MAGOCSI,
                         ('1919-01-01', 'poland', 'Red Army reached the Vistula in Aug 1920 (Battle of Warsaw '
                          '1920-08-13/25), not shown')),
    'west_galicia': R('Western Galicia (Kraków)', MAGOCSI, ('1919-01-01', 'poland', 'Austrian until 1918')),
    'east_galicia': R('Eastern Galicia (Lwów)', MAGOCSI + '; ' + EB + ", 'West Ukrainian People's Republic'",
                      ('1919-01-01', 'west_ukrainian_republic', "West Ukrainian People's Republic; Lwów itself "
                       'held by Poland from Nov 1918; San line approximate'),
                      ('1919-07-17', 'poland', 'Ukrainian Galician Army crossed the Zbruch 1919-07-16/17; Polish '
                       'occupation, sovereignty recognised 1923-03-15; Red Army approached Lwów Aug 1920 (not '
                       'shown)')),
    'west_belarus': R('Western Belarus (Grodno, Białystok, Navahrudak, Polesie)', DAVIES,
                      ('1919-01-01', 'byelorussian_ssr', 'Soviet advance after the German withdrawal (German '
                       'troops in Grodno and Białystok until Feb-Apr 1919); coarse'),
                      ('1919-02-27', 'litbel', 'Lithuanian-Byelorussian SSR; coarse'),
                      ('1919-04', 'poland', 'Polish advance (Lida, Vilnius April 1919); coarse'),
                      ('1920-07-19', 'ussr', 'Red Army offensive: Grodno 1920-07-19, Białystok 1920-07-28; coarse'),
                      ('1920-09-26', 'poland', 'Battle of the Niemen: Grodno retaken 1920-09-26; coarse'),
                      ('1921-03-18', 'poland', 'Treaty of Riga 1921-03-18')),
    'volhynia': R('Volhynia', DAVIES,
                  ('1919-01-01', 'ukrainian_peoples_republic', "Directorate of the Ukrainian People's Republic"),
                  ('1919-05', 'poland', 'Polish offensive (Lutsk 1919-05-16); coarse'),
                  ('1920-07-04', 'ussr', 'Red Army (Budyonny) took Rivne 1920-07-04; coarse'),
                  ('1920-09', 'poland', 'Polish counter-offensive, September 1920; month only'),
                  ('1921-03-18', 'poland', 'Treaty of Riga 1921-03-18')),
    'posen_west_prussia': R('Posen and West Prussia (Polish Corridor)', MAGOCSI + '; ' + EB + ", 'Polish Corridor'",
                            ('1919-01-01', 'germany', 'Greater Poland Uprising (from 1918-12-27) put most of the '
                             'Province of Posen under Polish control in Jan 1919'),
                            ('1920-01-10', 'poland', 'Treaty of Versailles in force; Pomerelia handed over '
                             'Jan-Feb 1920; includes the Soldau district')),
    'east_upper_silesia': R('East Upper Silesia (Katowice)', EB + ", 'Upper Silesia'; " + MAGOCSI,
                            ('1919-01-01', 'germany', 'Inter-Allied Plebiscite Commission from 1920-02-11; '
                             'plebiscite 1921-03-20; Silesian uprisings 1919-1921; box-shaped selector, coarse'),
                            ('1922-06-20', 'poland', 'transferred after the League partition (1921-10-20); '
                             'Polish troops entered Katowice 1922-06-20')),
    'danzig': R('Danzig', EB + ", 'Free City of Danzig'",
                ('1919-01-01', 'germany', None),
                ('1920-01-10', 'danzig', 'separated from Germany (Treaty of Versailles); Allied administration, '
                 'Free City constituted 1920-11-15 under League protection')),
    'east_prussia': R('East Prussia', EB + ", 'East Prussia'",
                      ('1919-01-01', 'germany', 'German exclave from 1920 (plebiscites of 1920-07-11 kept '
                       'Allenstein and Marienwerder German)')),
    # ---------------------------------------------------------------- Germany and its borders
    'germany': R('Germany', EB + ", 'Germany: The Weimar Republic'",
                 ('1919-01-01', 'germany', 'Rhineland under Allied occupation'),
                 ('1923-01-11', 'germany', 'Franco-Belgian occupation of the Ruhr (until 1925-08)'),
                 ('1925-08-25', 'germany', 'Rhineland under Allied occupation (until 1930)')),
    'saar': R('Saar Territory', EB + ", 'Saar'",
              ('1919-01-01', 'germany', 'French military occupation'),
              ('1920-01-10', 'saar', 'League of Nations administration (Governing Commission from 1920-02-26); '
               'French ownership of the mines; outline approximate')),
    'north_schleswig': R('North Schleswig', EB + ", 'Schleswig-Holstein question'",
                         ('1919-01-01', 'germany', None),
                         ('1920-06-15', 'denmark', 'plebiscite 1920-02-10; handed over 1920-06-15, reunion '
                          'celebrated 1920-07-09; border line approximate')),
    'eupen_malmedy': R('Eupen-Malmedy', EB + ", 'Eupen-Malmedy'",
                       ('1919-01-01', 'germany', None),
                       ('1920-01-10', 'belgium', 'Belgian administration under the Treaty of Versailles; transfer '
                        'confirmed by the League 1920-09-20; border approximate')),
    'alsace_lorraine': R('Alsace-Lorraine', EB + ", 'Alsace-Lorraine'",
                         ('1919-01-01', 'france', 'German 1871-1918, French since the armistice; cession in force '
                          '1920-01-10')),
    # ---------------------------------------------------------------- Central Europe and Balkans
    'austria': R('Austria', EB + ", 'Austria'", ('1919-01-01', 'austria', None)),
    'burgenland': R('Burgenland', EB + ", 'Burgenland'",
                    ('1919-01-01', 'hungary', 'assigned to Austria by the Treaties of Saint-Germain and Trianon'),
                    ('1921-12', 'austria', 'taken over by Austria in Nov-Dec 1921 after the Venice Protocol '
                     '(1921-10-13); Sopron stayed Hungarian by plebiscite (Dec 1921)')),
    'hungary': R('Hungary', EB + ", 'Hungary'", ('1919-01-01', 'hungary', None),
                 ('1919-08-04', 'hungary', 'Romanian army in Budapest (1919-08-04 to Nov 1919)'),
                 ('1919-11-16', 'hungary', None)),
    'czechoslovakia': R('Czechoslovakia', EB + ", 'Czechoslovakia'", ('1919-01-01', 'czechoslovakia', None)),
    'romania': R('Romania (Old Kingdom and Dobruja)', EB + ", 'Romania'", ('1919-01-01', 'romania', None)),
    'transylvania': R('Transylvania, Banat, Crișana, Maramureș and Bukovina', MAGOCSI,
                      ('1919-01-01', 'romania', 'union proclaimed 1918-12-01 (Bukovina 1918-11-28); Romanian '
                       'control reached the final line in spring 1919; Treaties of Saint-Germain and Trianon '
                       '(1920-06-04); coarse')),
    'bessarabia': R('Bessarabia', EB + ", 'Bessarabia'",
                    ('1919-01-01', 'romania', 'united with Romania 1918-04-09; never recognised by Soviet Russia or '
                     'the USSR')),
    'yugoslavia': R('Kingdom of Serbs, Croats and Slovenes', EB + ", 'Yugoslavia'",
                    ('1919-01-01', 'yugoslavia', None)),
    'fiume': R('Fiume (Rijeka)', EB + ", 'Free State of Fiume'; " + EB + ", 'Gabriele D'Annunzio'",
               ('1919-01-01', 'italy', 'inter-Allied occupation led by Italian troops; claimed by Italy and the '
                'Kingdom SCS'),
               ('1919-09-12', 'fiume', "seized by D'Annunzio's legionaries (Italian Regency of Carnaro from "
                '1920-09-08)'),
               ('1920-11-12', 'fiume', 'Free State of Fiume (Treaty of Rapallo); D\'Annunzio expelled Dec 1920; '
                'Fascist coup 1922-03-03, Italian military control from 1923'),
               ('1924-03-16', 'italy', 'annexed by Italy (Treaty of Rome 1924-01-27); Sušak to Yugoslavia')),
    'julian_march': R('Julian March, Istria and Zara', MAGOCSI,
                      ('1919-01-01', 'italy', 'Italian occupation since Nov 1918; annexed by the Treaty of Rapallo '
                       '(1920-11-12)')),
    'south_tyrol': R('South Tyrol and Trentino', MAGOCSI,
                     ('1919-01-01', 'italy', 'Italian occupation since Nov 1918; annexed by the Treaty of '
                      'Saint-Germain (in force 1920-07-16)')),
    'italy': R('Italy', EB + ", 'Italy'", ('1919-01-01', 'italy', None),
               ('1922-10-31', 'italy', 'Fascist government (March on Rome 1922-10-28)')),
    'dodecanese': R('Dodecanese', EB + ", 'Dodecanese'",
                    ('1919-01-01', 'italy', 'occupied by Italy since 1912'),
                    ('1924-08-06', 'italy', 'Italian sovereignty under the Treaty of Lausanne (in force 1924-08-06)')),
    'albania': R('Albania', EB + ", 'Albania'",
                 ('1919-01-01', 'albania', 'Italian, French and Serbian troops present; Italians left Vlorë '
                  '1920-09')),
    'greece': R('Greece', EB + ", 'Greece'", ('1919-01-01', 'greece', None)),
    'western_thrace': R('Western Thrace', EB + ", 'Thrace'",
                        ('1919-01-01', 'bulgaria', 'Bulgarian since 1913; ceded to the Allies by the Treaty of '
                         'Neuilly (1919-11-27); Inter-Allied administration from Oct 1919'),
                        ('1920-05-14', 'greece', 'Greek administration 1920-05-14; Treaty of Sèvres 1920-08-10')),
    'bulgaria': R('Bulgaria', EB + ", 'Bulgaria'", ('1919-01-01', 'bulgaria', None)),
    # ---------------------------------------------------------------- Turkey
    'anatolia': R('Anatolia', EB + ", 'Turkish War of Independence'",
                  ('1919-01-01', 'turkey', 'Ottoman Empire after the Armistice of Mudros (Italian troops in '
                   'Antalya 1919-1921, not shown)'),
                  ('1920-04-23', 'turkey', 'Grand National Assembly in Ankara; Greek army advanced deep into '
                   'Anatolia 1920-1922 (not shown)'),
                  ('1923-10-29', 'turkey', 'Republic of Turkey')),
    'constantinople': R('Constantinople', EB + ", 'Occupation of Istanbul'",
                        ('1919-01-01', 'turkey', 'Allied occupation (1918-11-13 to 1923-10-04); seat of the '
                         'Sultan until 1922-11-01'),
                        ('1923-10-04', 'turkey', None)),
    'east_thrace': R('Eastern Thrace', EB + ", 'Thrace'",
                     ('1919-01-01', 'turkey', None),
                     ('1920-07-25', 'greece', 'Greek army took Adrianople 1920-07-25; assigned to Greece by the '
                      'Treaty of Sèvres'),
                     ('1922-10', 'turkey', 'Armistice of Mudanya (1922-10-11); Greek evacuation by late Oct 1922; '
                      'month only')),
    'smyrna': R('Smyrna zone', EB + ", 'Greco-Turkish War (1919-22)'",
                ('1919-01-01', 'turkey', None),
                ('1919-05-15', 'greece', 'Greek landing at Smyrna 1919-05-15; Smyrna zone of the Treaty of Sèvres; '
                 'outline approximate'),
                ('1922-09-09', 'turkey', 'Turkish army entered Smyrna 1922-09-09')),
    'cilicia': R('Cilicia (Adana)', EB + ", 'Franco-Turkish War'",
                 ('1919-01-01', 'france', 'Allied military occupation (British, French from Nov 1919); outline '
                  'approximate'),
                 ('1921-10-20', 'turkey', 'Treaty of Ankara 1921-10-20; French evacuation completed Jan 1922')),
    'hatay': R('Sanjak of Alexandretta', EB + ", 'Hatay'",
               ('1919-01-01', 'france', 'French occupation; part of the French mandate of Syria (autonomous sanjak '
                'from 1921)')),
    # ---------------------------------------------------------------- West and North
    'great_britain': R('Great Britain', EB + ", 'United Kingdom'", ('1919-01-01', 'uk', None)),
    'northern_ireland': R('Northern Ireland', EB + ", 'Northern Ireland'",
                          ('1919-01-01', 'uk', None),
                          ('1921-05-03', 'uk', 'Northern Ireland (Government of Ireland Act 1920)')),
    'southern_ireland': R('Southern Ireland (Irish Free State)', EB + ", 'Irish Free State'",
                          ('1919-01-01', 'uk', 'Dáil Éireann declared independence 1919-01-21; War of '
                           'Independence until the truce of 1921-07-11'),
                          ('1922-01-16', 'uk', 'Provisional Government (Anglo-Irish Treaty 1921-12-06); civil war '
                           'from 1922-06-28'),
                          ('1922-12-06', 'irish_free_state', 'Irish Free State, a dominion')),
    'france': R('France', EB + ", 'France'", ('1919-01-01', 'france', None)),
    'belgium': R('Belgium', EB + ", 'Belgium'", ('1919-01-01', 'belgium', None)),
    'netherlands': R('Netherlands', EB + ", 'Netherlands'", ('1919-01-01', 'netherlands', None)),
    'luxembourg': R('Luxembourg', EB + ", 'Luxembourg'", ('1919-01-01', 'luxembourg', None)),
    'switzerland': R('Switzerland', EB + ", 'Switzerland'", ('1919-01-01', 'switzerland', None)),
    'liechtenstein': R('Liechtenstein', EB + ", 'Liechtenstein'", ('1919-01-01', 'liechtenstein', None)),
    'andorra': R('Andorra', EB + ", 'Andorra'", ('1919-01-01', 'andorra', None)),
    'san_marino': R('San Marino', EB + ", 'San Marino'", ('1919-01-01', 'san_marino', None)),
    'monaco': R('Monaco', EB + ", 'Monaco'", ('1919-01-01', 'monaco', 'outline enlarged by the 1:50m source')),
    'spain': R('Spain', EB + ", 'Spain'", ('1919-01-01', 'spain', None),
               ('1923-09-13', 'spain', 'dictatorship of Primo de Rivera')),
    'portugal': R('Portugal', EB + ", 'Portugal'", ('1919-01-01', 'portugal', None)),
    'denmark': R('Denmark', EB + ", 'Denmark'", ('1919-01-01', 'denmark', None)),
    'faroe': colony('Faroe Islands', 'denmark', 'Danish'),
    'greenland': colony('Greenland', 'denmark', 'Danish colony'),
    'iceland': R('Iceland', EB + ", 'Iceland'", ('1919-01-01', 'iceland', 'Kingdom of Iceland in personal union '
                                                  'with Denmark from 1918-12-01')),
    'norway': R('Norway', EB + ", 'Norway'", ('1919-01-01', 'norway', None)),
    'svalbard': R('Svalbard (Spitsbergen)', EB + ", 'Svalbard'",
                  ('1919-01-01', 'norway', 'terra nullius; Svalbard Treaty signed 1920-02-09'),
                  ('1925-08-14', 'norway', 'Norwegian sovereignty (Svalbard Treaty in force 1925-08-14)')),
    'jan_mayen': R('Jan Mayen', EB + ", 'Jan Mayen'",
                   ('1919-01-01', 'norway', 'unclaimed; Norwegian weather station from 1921'),
                   ('1929-05-08', 'norway', 'annexed by Norway 1929-05-08')),
    'sweden': R('Sweden', EB + ", 'Sweden'", ('1919-01-01', 'sweden', None)),
    'malta': colony('Malta', 'uk', 'British colony (self-government from 1921)'),
    'cyprus': R('Cyprus', EB + ", 'Cyprus'", ('1919-01-01', 'uk', 'British, annexed 1914-11-05'),
                ('1925-05-01', 'uk', 'British Crown colony')),
    # ---------------------------------------------------------------- Middle East
    'persia': R('Persia', EB + ", 'Iran: The Qajar and Pahlavi dynasties'",
                ('1919-01-01', 'persia', 'Qajar Persia; Anglo-Persian Agreement 1919-08-09 (never ratified); '
                 "Soviet Republic of Gilan 1920-06 to 1921-09 (not shown)"),
                ('1921-02-21', 'persia', 'coup of Reza Khan; Soviet-Persian Treaty 1921-02-26'),
                ('1925-12-15', 'persia', 'Reza Shah Pahlavi')),
    'afghanistan': R('Afghanistan', EB + ", 'Anglo-Afghan Wars'",
                     ('1919-01-01', 'afghanistan', 'Third Anglo-Afghan War 1919-05-06 to 1919-08-08; Soviet-Afghan '
                      'treaty 1921-02-28')),
    'iraq': R('Iraq (Mesopotamia)', EB + ", 'Iraq'; " + FROMKIN,
              ('1919-01-01', 'uk', 'British military occupation'),
              ('1920-04-25', 'uk', 'British mandate (San Remo); Kingdom of Iraq from 1921-08-23; Mosul claimed '
               'by Turkey until 1926-06-05')),
    'syria': R('Syria', EB + ", 'Syria: French mandate'; " + FROMKIN,
               ('1919-01-01', 'syrian_arab_kingdom', 'Arab administration of Emir Faisal under British military '
                'occupation (until Nov 1919); Arab Kingdom of Syria proclaimed 1920-03-08'),
               ('1920-07-24', 'france', 'Battle of Maysalun 1920-07-24; French mandate (League 1922-07-24)')),
    'lebanon': R('Lebanon', EB + ", 'Lebanon'",
                 ('1919-01-01', 'france', 'French military administration'),
                 ('1920-09-01', 'france', 'State of Greater Lebanon, French mandate')),
    'transjordan': R('Transjordan', EB + ", 'Jordan'",
                     ('1919-01-01', 'syrian_arab_kingdom', "Faisal's Arab administration"),
                     ('1920-07-24', 'uk', 'British sphere; Emirate of Transjordan (Abdullah) from 1921-04-11, '
                      'British mandate')),
    'palestine': R('Palestine', EB + ", 'Palestine'",
                   ('1919-01-01', 'uk', 'British military administration'),
                   ('1920-07-01', 'uk', 'British civil administration; mandate (League 1922-07-24, in force '
                    '1923-09-29)')),
    'kuwait': colony('Kuwait', 'uk', 'British protectorate (1899 agreement)'),
    'bahrain': colony('Bahrain', 'uk', 'British protected sheikhdom'),
    'qatar': colony('Qatar', 'uk', 'British protected sheikhdom (1916 treaty)'),
    'trucial_states': colony('Trucial States', 'uk', 'British protected sheikhdoms'),
    'oman': R('Muscat and Oman', EB + ", 'Oman'",
              ('1919-01-01', 'muscat_oman', 'under British influence; Imamate in the interior (Treaty of Seeb '
               '1920-09-25)')),
    'aden': colony('Aden Protectorate', 'uk', 'Aden settlement (governed from British India) and protectorate; '
                   'Yemen-Aden line from the 1914 snapshot'),
    'yemen': R('Yemen', EB + ", 'Yemen'", ('1919-01-01', 'yemen', 'Mutawakkilite Kingdom (Imam Yahya) after the '
                                             'Ottoman withdrawal')),
    'hejaz': R('Hejaz', EB + ", 'Hejaz'; " + EB + ", 'Ibn Saud'",
               ('1919-01-01', 'hejaz', 'Kingdom of Hejaz (Sharif Husayn)'),
               ('1925-12', 'nejd', 'Ibn Saud took Mecca 1924-10-13 and Medina and Jeddah in Dec 1925; King of '
                'Hejaz 1926-01-08; month only')),
    'nejd': R('Nejd', EB + ", 'Ibn Saud'", ('1919-01-01', 'nejd', None)),
    'jabal_shammar': R('Jabal Shammar (Hail)', EB + ", 'Rashidi dynasty'",
                       ('1919-01-01', 'jabal_shammar', 'Rashidi emirate of Hail'),
                       ('1921-11-02', 'nejd', 'Hail surrendered to Ibn Saud 1921-11-02')),
    'egypt': R('Egypt', EB + ", 'Egypt: The protectorate'",
               ('1919-01-01', 'uk', 'British protectorate (since 1914); revolution of 1919'),
               ('1922-02-28', 'egypt', 'Kingdom of Egypt (British reserved points)')),
    # ---------------------------------------------------------------- Africa
    'sudan': colony('Anglo-Egyptian Sudan', 'uk', 'Anglo-Egyptian condominium, British-run'),
    'libya': colony('Libya', 'italy', 'Italian colonies of Tripolitania and Cyrenaica (effective control '
                    'mostly coastal until the 1920s reconquest)'),
    'tunisia': colony('Tunisia', 'france', 'French protectorate'),
    'algeria': colony('Algeria', 'france', 'French'),
    'french_morocco': colony('French Morocco', 'france', 'French protectorate'),
    'spanish_morocco': R('Spanish Morocco', EB + ", 'Rif War'",
                         ('1919-01-01', 'spain', 'Spanish protectorate'),
                         ('1921-09-18', 'spain', 'Rif Republic (Abd el-Krim) held most of the interior '
                          '1921-09-18 to 1926-05-27')),
    'french_west_africa': colony('French West Africa', 'france', 'French colony'),
    'french_equatorial_africa': colony('French Equatorial Africa', 'france', 'French colony'),
    'cameroon': R('Cameroon (French)', STATIC, ('1919-01-01', 'france', 'German colony occupied 1916'),
                  ('1922-07-20', 'france', 'French League of Nations mandate')),
    'nigeria': colony('Nigeria', 'uk', 'British colony and protectorate'),
    'belgian_congo': colony('Belgian Congo', 'belgium', 'Belgian colony'),
    'eritrea': colony('Eritrea', 'italy', 'Italian colony'),
    'ethiopia': R('Ethiopia', EB + ", 'Ethiopia'", ('1919-01-01', 'ethiopia', None)),
    'french_somaliland': colony('French Somaliland', 'france', 'French colony'),
    # ---------------------------------------------------------------- South and East Asia
    'british_india': colony('British India', 'uk', 'British India with the princely states'),
    'burma': colony('Burma', 'uk', 'province of British India'),
    'nepal': R('Nepal', STATIC, ('1919-01-01', 'nepal', None)),
    'bhutan': R('Bhutan', STATIC, ('1919-01-01', 'bhutan', 'under British guidance in foreign affairs (1910)')),
    'siam': R('Siam', STATIC, ('1919-01-01', 'siam', None)),
    'indochina': colony('French Indochina', 'france', 'colony of Cochinchina and protectorates of Annam, Tonkin, '
                        'Cambodia and Laos'),
    'malaya': colony('British Malaya', 'uk', 'Straits Settlements and Malay states'),
    'british_borneo': colony('Sarawak and North Borneo', 'uk', 'British protectorates'),
    'dutch_east_indies': colony('Dutch East Indies', 'netherlands', 'Dutch colony'),
    'china': R('China', EB + ", 'China: The Republican period'",
               ('1919-01-01', 'china', 'Beiyang government in Beijing; provinces held by warlord cliques; rival '
                'southern government in Guangzhou'),
               ('1926-07-09', 'china', 'Northern Expedition of the Guomindang from Guangzhou'),
               ('1928-06', 'china', 'Nationalist government (Nanjing) after the Northern Expedition took Beijing')),
    'manchuria': R('Manchuria', EB + ", 'Zhang Xueliang'; " + EB + ", 'Manchuria'",
                   ('1919-01-01', 'manchuria', 'Fengtian clique (Zhang Zuolin)'),
                   ('1928-12-29', 'china', 'Zhang Xueliang accepted the Nationalist flag 1928-12-29')),
    'xinjiang': R('Xinjiang', EB + ", 'Xinjiang'", ('1919-01-01', 'xinjiang', 'provincial government of Yang '
                                                  'Zengxin (to 1928), nominally Chinese')),
    'tibet': R('Tibet', EB + ", 'Tibet'", ('1919-01-01', 'tibet', 'de facto independent (13th Dalai Lama)')),
    'mongolia': R('Mongolia', EB + ", 'Mongolia: History'",
                  ('1919-01-01', 'mongolia', 'autonomous Bogd Khanate'),
                  ('1919-11-22', 'china', 'autonomy abolished; Chinese occupation under Xu Shuzheng'),
                  ('1921-02-04', 'mongolia', "Ungern-Sternberg's White troops took Urga 1921-02-04; Bogd Khan "
                   'restored'),
                  ('1921-07-11', 'mongolia', "People's Government after the revolution (Urga taken with the Red "
                   'Army 1921-07-06)'),
                  ('1924-11-26', 'mongolia', "Mongolian People's Republic")),
    'korea': R('Korea', EB + ", 'Korea under Japanese rule'",
               ('1919-01-01', 'japan', 'Japanese colony (Chōsen), annexed 1910; March First Movement 1919')),
    'taiwan': colony('Taiwan', 'japan', 'Japanese colony since 1895'),
    'japan': R('Japan', EB + ", 'Japan'", ('1919-01-01', 'japan', None)),
    'kwantung': colony('Kwantung Leased Territory', 'japan', 'Japanese leased territory (Port Arthur, Dairen); '
                       'outline approximate'),
    'kiautschou': R('Kiautschou (Qingdao)', EB + ", 'Qingdao'",
                    ('1919-01-01', 'japan', 'German leased territory occupied by Japan 1914; outline approximate'),
                    ('1922-12-10', 'china', 'returned to China under the Shandong agreement (1922-02-04)')),
    'weihaiwei': colony('Weihaiwei', 'uk', 'British leased territory (until 1930); outline approximate'),
    'guangzhouwan': colony('Guangzhouwan', 'france', 'French leased territory; outline approximate'),
    'hong_kong': colony('Hong Kong', 'uk', 'British colony'),
    'macau': colony('Macau', 'portugal', 'Portuguese colony'),
}
