#!/usr/bin/python3
"""Hand-drawn dividing polygons (lon/lat), used only to split land inside the named base regions.

Each shape only matters where a rule in rules.json uses it, so its edges over sea or over other
countries are harmless (the pieces they cut there are merged again). All are APPROXIMATE lines
drawn from the atlases cited; their precision is a few km to a few tens of km as stated.
"""

# Zone where the 1930 snapshot (world_1930) decides the base country (interwar borders of
# central and eastern Europe). Outside it the base is Natural Earth 50m (modern borders equal to
# the 1920s ones there). Edges run through the interior of single countries where possible.
HIST_ZONE = [(13.2, 43.6), (26.0, 43.6), (26.0, 43.3), (29.5, 43.3), (30.0, 44.0), (36.8, 44.0),
             (36.8, 44.8), (42.0, 44.8), (42.0, 72.0), (12.3, 72.0), (12.3, 45.6), (13.2, 45.6)]

# Shared lines of the northern provinces (lon, lat), so that neighbouring shapes meet exactly.
# Chahar / Suiyuan: west of Xilingol and the old Chahar banners (Jining, Xinghe to Suiyuan).
CH_WEST = [(111.3, 44.3), (111.8, 43.6), (112.3, 43.0), (112.8, 42.4), (113.3, 41.8), (113.7, 41.2),
           (114.0, 40.6), (114.05, 39.5)]
# Chahar / Zhili: the ten Zhili counties given to Chahar in 1928 (Xuanhua, Zhuolu, Yanqing...).
CH_SOUTH = [(114.8, 39.45), (115.4, 39.55), (115.65, 40.0), (115.85, 40.25), (116.3, 40.4), (116.5, 40.8),
            (116.3, 41.05)]
# Rehe / Zhili: the Great Wall from the Chahar junction to Shanhaiguan.
RH_SOUTH = [(116.3, 41.05), (116.6, 40.95), (117.0, 40.7), (117.5, 40.55), (118.0, 40.4), (118.6, 40.35),
            (119.3, 40.25), (119.75, 40.05)]
# Rehe / Fengtian (western Liaoning: Chaoyang, Lingyuan, Fuxin in Rehe; Jinzhou in Fengtian).
RH_EAST = [(120.4, 40.55), (121.1, 41.15), (121.9, 41.95), (122.4, 42.4)]
# Manchuria (Hulunbuir, Hinggan, Jirim league) / Xilingol and Rehe, from the Mongolian border.
MN_LINE = [(119.9, 46.65), (120.4, 45.5), (120.6, 44.9), (121.0, 43.9), (121.9, 43.3), (122.5, 42.7),
           (122.6, 42.3)]
# Rehe / Chahar (Chifeng and Weichang in Rehe; Duolun and Xilingol in Chahar).
RH_NORTH = [(120.0, 45.3), (119.4, 45.3), (118.3, 44.6), (117.4, 43.9), (116.8, 43.1), (117.3, 42.6),
            (117.1, 42.1), (116.8, 41.6)]
# Suiyuan / Alxa and Ejin (to Ningxia in 1929, under Gansu's Ningxia circuit before).
ALXA_LINE = [(105.5, 43.0), (106.4, 41.6), (106.7, 40.8), (106.75, 39.9), (106.5, 39.2), (106.0, 38.8)]

SHAPES = {
    # Saar Territory (League of Nations 1920-1935). Approximate outline after the map in
    # Putzger Historischer Weltatlas; the south side is closed inside France (cut by the border).
    # (1920 territory, 1912 km2: without the Hochwald districts added to the Saarland in 1946)
    'saar': [(6.36, 49.47), (6.55, 49.50), (6.75, 49.49), (6.95, 49.52), (7.13, 49.52),
             (7.28, 49.50), (7.40, 49.42), (7.42, 49.33), (7.36, 49.20), (7.28, 49.10),
             (7.0, 48.9), (6.3, 49.2)],
    # Eupen-Malmedy: the pre-1920 Belgian-German border lay a little east of Stavelot and Spa;
    # closed inside Germany. Approximate (+-3 km).
    'eupen_malmedy': [(5.90, 50.76), (5.97, 50.62), (5.95, 50.50), (5.93, 50.40), (5.90, 50.33),
                      (5.98, 50.22), (6.05, 50.14), (6.6, 50.1), (6.6, 50.8)],
    # North Schleswig (Sønderjylland), south of the 1864-1920 border along the Kongeå to the
    # Little Belt south of Kolding; closed inside Germany. Approximate.
    'north_schleswig': [(8.0, 55.47), (8.9, 55.45), (9.3, 55.50), (9.47, 55.46), (9.62, 55.36),
                        (10.2, 55.3), (10.2, 54.5), (8.0, 54.5)],
    # Alsace-Lorraine 1871-1918 = the later départements Moselle, Bas-Rhin, Haut-Rhin; western
    # edge approximate; closed inside Germany/Switzerland.
    'alsace_lorraine': [(5.90, 49.55), (5.97, 49.25), (6.05, 49.00), (6.15, 48.85), (6.45, 48.80),
                        (6.75, 48.65), (7.05, 48.55), (7.10, 48.35), (7.20, 48.10), (7.00, 47.85),
                        (6.85, 47.72), (7.05, 47.48), (8.6, 47.4), (8.6, 49.7), (5.9, 49.7)],
    # Burgenland: east of the old Austrian-Hungarian border (Leitha, Rosalia hills, Lafnitz).
    'burgenland': [(17.1, 48.25), (16.95, 48.12), (16.77, 48.02), (16.55, 47.96), (16.36, 47.87),
                   (16.25, 47.72), (16.2, 47.55), (16.1, 47.40), (16.05, 47.2), (16.02, 46.98),
                   (15.95, 46.7), (17.5, 46.6), (17.5, 48.3)],
    # Free State of Fiume (about 28 km2): city of Rijeka and the corridor to Italian Istria. East
    # side on the Rječina (Fiumara): Sušak, across it, stayed with the Kingdom SCS (Treaty of Rome
    # 1924); +-1 km. Source: EB 'Free State of Fiume'; Magocsi, Historical Atlas, map 'Fiume'.
    'fiume': [(14.33, 45.32), (14.33, 45.365), (14.41, 45.385), (14.437, 45.372), (14.441, 45.345),
              (14.444, 45.322), (14.40, 45.30)],
    # Julian March and Zara (Austrian until 1918, Italian from 1918/1920): east of the pre-1915
    # Italian-Austrian border (Isonzo plain), within 1930 Italy.
    'julian_march': [(13.30, 45.60), (13.40, 45.70), (13.45, 46.05), (13.55, 46.20), (13.40, 46.35),
                     (13.70, 46.55), (14.6, 46.6), (16.2, 45.5), (16.2, 43.8), (13.30, 43.8)],
    # Eastern Galicia: east of the San line (Przemyśl stays east), within interwar Poland.
    'east_galicia': [(22.35, 48.9), (22.55, 49.45), (22.62, 49.75), (22.75, 50.05), (22.55, 50.4),
                     (23.2, 50.6), (26.5, 50.6), (26.5, 48.0), (22.35, 48.0)],
    # East Upper Silesia (to Poland 1922). West side = the 1922 partition line (Geneva Convention,
    # Conference of Ambassadors 1921-10-20): Racibórz, Gliwice, Zabrze (Hindenburg) and Bytom
    # stayed German; Rybnik, Knurów, Ruda, Chorzów, Piekary, Tarnowskie Góry, Lubliniec went to
    # Poland. Drawn from those towns and the line on the map in Magocsi, Historical Atlas of
    # Central Europe, 'Upper Silesia 1921-1922' (+-3 km). East side: the 1914 border with Russia
    # (Brynica) and Austria (Vistula). upper_silesia_german below shares the west line exactly.
    'upper_silesia': [(18.33, 49.92), (18.36, 50.03), (18.45, 50.14), (18.60, 50.19), (18.72, 50.24),
                      (18.83, 50.27), (18.90, 50.31), (18.95, 50.33), (18.94, 50.37), (18.86, 50.40),
                      (18.76, 50.40), (18.65, 50.47), (18.55, 50.56), (18.52, 50.66), (18.58, 50.77),
                      (18.62, 50.93), (18.85, 50.93), (18.9, 50.75), (19.0, 50.5), (19.1, 50.35),
                      (19.08, 50.30), (19.12, 50.24), (19.17, 50.20), (19.2, 50.0), (18.95, 49.94),
                      (18.75, 49.86), (18.55, 49.90)],
    # Line between Congress Poland / ethnic Poland and the eastern borderlands (Kresy) in the
    # former Russian Empire; east of it = West Belarus and Volhynia.
    'kresy': [(22.8, 56.0), (22.8, 54.4), (22.9, 53.5), (22.6, 53.1), (22.9, 52.6), (23.5, 52.3),
              (23.9, 51.6), (24.1, 50.6), (24.1, 49.8), (30.0, 49.8), (30.0, 56.0)],
    # Split of the Kresy at the Pripyat marshes: north = West Belarus, south = Volhynia.
    'polesie_north': [(22.0, 51.9), (22.0, 57.0), (31.0, 57.0), (31.0, 51.9)],
    # Central Lithuania (1920-1922) and the Wilno Land it became: the counties of Wilno, Troki,
    # Święciany, Oszmiana and Brasław. The south limit follows the Troki/Oszmiana county line north
    # of Lida county (Lida, Ejszyszki, Iwje were under Polish administration, the Nowogródek
    # district, from the winter of 1920-21); east limit the Oszmiana and Brasław county lines
    # (Smorgon and Druja inside, Mołodeczno, Wilejka, Głębokie outside). +-15 km; sources: EB
    # 'Republic of Central Lithuania'; Magocsi, Historical Atlas, 'Poland 1918-1939'.
    'central_lithuania': [(23.5, 54.2), (24.3, 54.1), (24.9, 54.1), (25.4, 54.15), (26.0, 54.15), (26.4, 54.3),
                          (26.75, 54.45), (26.85, 54.75), (26.8, 55.1), (27.2, 55.35), (27.6, 55.8), (27.6, 56.8),
                          (23.5, 56.8)],
    # Latgale: eastern Latvia (Daugavpils, Rēzekne), held by Soviet Latvia until January 1920.
    'latgale': [(25.9, 55.5), (26.0, 56.3), (26.6, 56.7), (27.0, 57.2), (28.5, 57.2), (28.5, 55.5)],
    # Crimean peninsula (north limit at the Perekop isthmus and the Arabat spit).
    'crimea': [(32.3, 46.15), (34.7, 46.15), (35.6, 45.6), (36.8, 45.5), (36.8, 44.2), (32.3, 44.2)],
    # Left-bank Ukraine: east of the Dnieper (Kyiv itself on the right bank).
    'left_bank': [(30.6, 52.5), (30.58, 51.3), (30.62, 50.5), (31.3, 49.9), (32.3, 49.3), (33.4, 49.07),
                  (34.5, 48.7), (35.05, 48.45), (35.15, 47.85), (34.4, 47.55), (33.5, 46.8),
                  (32.6, 46.6), (31.6, 46.5), (31.6, 45.8), (41.0, 45.8), (41.0, 52.5)],
    # The Polish-held zone of August 1919 - July 1920 west of the front on the Berezina: from the
    # Dvina east of Dzisna along the upper Berezina, the Barysaw bridgehead, the Berezina to
    # Babruysk (Polish from 1919-08-28), then to Rechytsa and the Pripyat east of Mozyr (Polish
    # from 1920-03). Roughly also the Byelorussian SSR of 1920-1924 (the Minsk region) as opposed
    # to Vitebsk, Mogilev and Gomel. +-15 km; sources: Davies, White Eagle, Red Star, maps 3-5;
    # Gilbert, Routledge Atlas of Russian History, 'The Russo-Polish war 1920'. The north side is
    # the Dvina (Drissa, on its north bank, stayed Soviet).
    'minsk_west': [(26.0, 51.0), (26.0, 55.85), (27.4, 55.82), (27.94, 55.77), (28.21, 55.58), (28.55, 55.50),
                   (28.55, 54.80), (28.65, 54.25), (29.05, 53.85), (29.35, 53.15), (29.55, 52.80), (29.75, 52.55),
                   (29.55, 52.05), (29.55, 51.0)],
    # Area of the Armed Forces of South Russia in 1919 (Don, Kuban, Stavropol, Terek, Dagestan).
    'don_kuban': [(36.5, 45.0), (37.5, 47.5), (39.5, 50.2), (43.5, 50.2), (44.5, 48.8), (45.5, 46.5),
                  (46.8, 45.5), (47.6, 44.2), (49.5, 41.5), (40.0, 41.5)],
    # Northern Region (Arkhangelsk), Allied intervention zone 1918-1920, and the Murman coast.
    'arkhangelsk': [(34.5, 61.5), (34.5, 66.2), (45.0, 69.5), (50.0, 78.0), (70.0, 78.0), (66.0, 72.0),
                    (60.5, 66.5), (60.5, 61.5)],
    'kola': [(28.0, 66.0), (28.0, 70.5), (45.0, 70.5), (45.0, 66.0)],
    # Kolchak's Russian State, coarse zones for 1919 (the front moved east through the year):
    # the Urals (Ufa, Perm, Yekaterinburg, Chelyabinsk; lost June-July 1919), the Tobol (Tyumen,
    # Kurgan; August 1919), Omsk (November), and east of 80 E (Novonikolayevsk, Tomsk: December).
    'kolchak_urals': [(53.0, 51.0), (53.0, 62.0), (60.5, 62.0), (62.5, 56.0), (62.5, 51.0)],
    'kolchak_tobol': [(62.5, 50.5), (62.5, 56.0), (60.5, 62.0), (60.5, 66.5), (66.0, 72.0), (68.0, 73.0),
                      (68.0, 50.5)],
    'kolchak_west_siberia': [(68.0, 50.5), (68.0, 73.0), (75.0, 82.0), (80.0, 82.0), (80.0, 50.5)],
    'kolchak_east_siberia': [(80.0, 49.0), (80.0, 82.0), (109.0, 82.0), (109.0, 49.0)],
    'kolchak_yakutia': [(109.0, 56.0), (109.0, 82.0), (141.0, 82.0), (141.0, 56.0)],
    # Far Eastern Republic sub-areas (cut by meridians; coarse).
    'fer_west_transbaikal': [(100.0, 45.0), (100.0, 60.0), (110.0, 60.0), (110.0, 45.0)],
    'fer_transbaikal': [(110.0, 45.0), (110.0, 60.0), (119.5, 60.0), (119.5, 45.0)],
    'fer_amur': [(119.5, 45.0), (119.5, 60.0), (130.5, 60.0), (130.5, 45.0)],
    # Tuva (Uriankhai). North side along the Sayan crest, approximate (+-20 km); the south side
    # is closed inside Mongolia (cut by the Mongolian border).
    'tuva': [(88.8, 50.5), (89.9, 51.2), (91.5, 52.1), (93.0, 52.8), (94.5, 53.2), (96.0, 53.6),
             (97.5, 53.4), (98.8, 52.6), (99.2, 51.8), (98.9, 51.1), (99.5, 49.0), (88.5, 49.0)],
    # Emirate of Bukhara / Bukharan PSR and Khanate of Khiva / Khorezm PSR, coarse outlines
    # (Soviet Central Asia before the 1924 national delimitation).
    'bukhara': [(62.3, 39.6), (63.7, 40.3), (64.7, 40.6), (66.3, 40.1), (67.3, 39.3), (69.0, 39.6),
                (70.5, 39.4), (71.5, 38.7), (75.2, 37.4), (75.0, 36.5), (62.0, 36.5)],
    # Khiva's east side on the Amu Darya: the right bank (Petro-Aleksandrovsk/Turtkul, the Amu
    # Darya division) was Russian, then Turkestan ASSR. +-15 km. Source: S. Becker, Russia's
    # Protectorates in Central Asia (1968), ch. 16-17.
    'khiva': [(58.5, 43.6), (59.0, 43.4), (59.5, 42.7), (59.9, 42.3), (60.6, 41.9), (61.0, 41.45), (61.7, 41.0),
              (62.3, 40.5), (62.3, 40.2), (60.0, 40.8), (58.0, 41.8), (57.5, 43.0)],
    # Kars and Ardahan (Russian 1878-1918) plus Artvin and Surmali (Iğdır), now Turkey.
    'kars': [(41.45, 41.6), (41.5, 41.0), (41.95, 40.75), (41.9, 40.45), (42.6, 40.2), (43.0, 39.95),
             (43.7, 39.8), (44.3, 39.6), (44.9, 39.6), (45.5, 40.5), (45.5, 42.0), (41.45, 42.0)],
    # Smyrna zone (Treaty of Sèvres / Greek occupation 1919-1922), approximate.
    'smyrna': [(26.2, 39.45), (27.5, 39.45), (28.4, 38.9), (28.4, 38.0), (27.6, 37.55), (26.8, 37.55),
               (26.0, 38.2)],
    # Sanjak of Alexandretta selector (the 1938 Syrian line is used only west of 36.75 E).
    'hatay': [(35.5, 35.6), (35.5, 37.2), (36.75, 37.2), (36.75, 35.6)],
    # Cilicia (French occupation 1919-1921), approximate.
    'cilicia': [(33.8, 36.0), (33.8, 37.6), (36.5, 38.1), (37.8, 37.4), (37.8, 36.0)],
    # Constantinople side of European Turkey (east of the Çatalca lines).
    'constantinople': [(28.35, 40.5), (28.35, 41.8), (29.5, 41.8), (29.5, 40.5)],
    # Western Thrace (Bulgarian 1913-1919, Greek from 1920): Greece east of the Nestos.
    'western_thrace': [(24.75, 40.5), (24.75, 41.8), (26.8, 41.8), (26.8, 40.5)],
    # Dodecanese (Italian 1912-1947) within modern Greece.
    'dodecanese': [(26.15, 37.45), (27.35, 37.45), (29.7, 36.5), (29.7, 36.0), (27.5, 35.3),
                   (26.8, 35.3), (26.15, 36.4)],
    # Sakhalin north of the 50th parallel (Russian; the south was Japanese Karafuto).
    'north_sakhalin': [(141.0, 50.0), (141.0, 55.0), (145.5, 55.0), (145.5, 50.0)],
    # Leased territories in China.
    'kwantung': [(120.9, 38.6), (122.6, 38.6), (122.3, 39.35), (121.6, 39.6), (121.2, 39.45)],
    'kiautschou': [(120.1, 35.95), (120.35, 35.95), (120.6, 36.1), (120.55, 36.25), (120.3, 36.3),
                   (120.1, 36.2)],
    'weihaiwei': [(121.95, 37.3), (122.5, 37.3), (122.5, 37.6), (121.95, 37.6)],
    'guangzhouwan': [(110.2, 21.0), (110.6, 21.0), (110.6, 21.4), (110.2, 21.4)],
    # Bukovina (Austrian until 1918, Romanian from 1918-11-28) inside modern Ukraine, with the
    # north side on its border with Galicia: the Cheremosh and the Dniester (Zalishchyky, on the
    # north bank, was Polish); east side the Bukovina/Hotin split at 26.6 E (both Romanian).
    # +-5 km; source: Magocsi, Historical Atlas, 'Romania 1918-1940'.
    'bukovina': [(24.5, 47.5), (24.5, 47.75), (24.8, 47.75), (25.1, 48.05), (25.4, 48.3), (25.55, 48.45),
                 (25.65, 48.57), (25.74, 48.62), (26.0, 48.62), (26.2, 48.58), (26.37, 48.56), (26.6, 48.54),
                 (26.6, 47.5)],
    # Northern Ireland (six counties) inside the NE United Kingdom feature.
    'northern_ireland': [(-8.5, 53.9), (-8.5, 55.6), (-5.0, 55.6), (-5.0, 53.9)],
    # Spitsbergen, Jan Mayen, Franz Josef Land: selectors for Arctic islands.
    'svalbard': [(5.0, 74.0), (5.0, 81.5), (35.0, 81.5), (35.0, 74.0)],
    'jan_mayen': [(-10.0, 70.5), (-10.0, 71.5), (-7.0, 71.5), (-7.0, 70.5)],
    'franz_josef': [(40.0, 79.3), (40.0, 82.0), (66.0, 82.0), (66.0, 79.3)],
    # ---- the Soviet western border of the treaties of Tartu and Riga (1920-21), where the modern
    # ---- line (Natural Earth, and the world_1930 file, which copies it) does not coincide
    # Finland 1920-1940 east of its modern border: the old border of the Grand Duchy confirmed by
    # the Treaty of Tartu (1920-10-14, art. 2-3): on the Karelian Isthmus along the Sestra
    # (Rajajoki) from Sestroretsk (Soviet) past Beloostrov (Soviet) and Mainila to its upper
    # course, then east to Lake Ladoga south of Metsäpirtti; across the lake to the Rajajoki at
    # Rajakontu between Salmi (Finnish) and Vidlitsa (Soviet); north with Suojärvi and
    # Korpiselkä Finnish, meeting the modern line near Ilomantsi (62.9 N); the Salla and Kuusamo
    # strip ceded in 1940 (coarse, +-20 km). The Gulf of Finland islands Suursaari, Lavansaari,
    # Seiskari were Finnish, Kotlin (Kronstadt) Soviet. +-5 km on the Sestra, +-10 km elsewhere.
    # Sources: Treaty of Tartu (Finland-RSFSR) 1920; EB 'Karelian Isthmus', 'Winter War'; the
    # pre-1940 border on the map 'Karelian Isthmus' (Wikipedia, after the Finnish 1:400 000
    # sheets); the Sestra was the border 1918-1940 (Sestra (Leningrad Oblast), Wikipedia).
    'finland_1920': [(26.5, 59.8), (29.4, 59.9), (29.5, 60.08), (29.93, 60.125), (29.98, 60.155),
                     (30.05, 60.19), (30.12, 60.23), (30.18, 60.28), (30.25, 60.33), (30.32, 60.38),
                     (30.5, 60.40), (30.7, 60.38), (30.95, 60.38), (32.05, 61.27), (32.3, 61.45),
                     (32.6, 61.6), (32.85, 61.8), (33.0, 62.0), (33.05, 62.25), (32.8, 62.45), (32.3, 62.65),
                     (31.8, 62.8), (31.36, 62.9), (31.1, 62.95), (29.9, 63.6), (29.4, 64.8), (29.6, 65.5),
                     (30.0, 65.72), (30.35, 66.0), (30.55, 66.3), (30.2, 66.6), (30.05, 67.0), (29.95, 67.3),
                     (29.95, 67.53), (29.5, 67.6), (28.0, 67.6), (27.0, 62.0), (26.5, 60.3)],
    # Estonia 1920-1940 east of its modern border (Treaty of Tartu, 1920-02-02, art. III): the
    # strip east of the Narva (Narvataguse: Ivangorod, the parishes of Narva, Kose and
    # Skarjatina), 10-20 km wide, from Narva Bay along the Rosson to Ilkino and south to the
    # source of the Narva at Lake Peipus (Kingisepp/Yamburg stayed Soviet); and Petseri county
    # (Petseri/Pechory, Irboska/Izborsk) east to about 20 km from Pskov (Soviet). +-8 km.
    # Sources: Treaty of Tartu (Estonia-RSFSR) art. III; EB 'Petseri'; 'Narvataguse' (Wikipedia).
    'estonia_1920': [(27.5, 58.98), (27.75, 58.98), (27.9, 59.02), (28.15, 59.10), (28.35, 59.20),
                     (28.40, 59.32), (28.38, 59.42), (28.30, 59.52), (28.20, 59.62), (28.2, 59.75),
                     (27.5, 59.75)],
    'petseri': [(27.2, 57.7), (27.2, 58.0), (27.75, 58.0), (27.95, 57.95), (28.10, 57.82), (28.05, 57.68),
                (27.95, 57.60), (27.83, 57.55), (27.55, 57.52), (27.35, 57.52)],
    # Abrene (Jaunlatgale, Pytalovo) district, Latvian 1920-1944 (Latvian-Soviet peace treaty of
    # Riga, 1920-08-11): east of the modern border, Ostrov stayed Soviet. +-8 km. Sources: EB
    # 'Pytalovo'; Magocsi, Historical Atlas, 'The Baltic states 1918-1940'.
    'abrene': [(27.35, 57.52), (27.55, 57.52), (27.83, 57.55), (28.05, 57.40), (28.20, 57.25), (28.20, 57.05),
               (28.10, 56.92), (27.95, 56.85), (27.5, 56.85), (27.5, 57.3)],
    # The Riga line (Polish-Soviet treaty 1921-03-18) in the north-east, which world_1930 draws
    # 30-40 km too far west: Polish were Dzisna, Głębokie (Hlybokaye), Dokszyce, Dołhinów,
    # Radoszkowicze; Soviet were Drissa, Polotsk, Begoml, Pleshchenitsy, Zaslawye. From the
    # Dvina east of Dzisna to Radoszkowicze; +-8 km. Sources: Treaty of Riga 1921 art. II;
    # Davies, White Eagle, Red Star, map 'The Treaty of Riga'; Magocsi, 'Poland 1918-1939'.
    'riga_poland_ne': [(26.5, 55.82), (27.4, 55.82), (27.94, 55.77), (28.21, 55.58), (28.38, 55.52), (28.30, 55.25),
                       (28.10, 54.95), (27.95, 54.70), (27.75, 54.45), (27.45, 54.25), (27.25, 54.12),
                       (27.15, 53.95), (26.5, 53.95)],
    # Bessarabia between the Prut and the Dniester, Romanian 1918-1940 (never recognised by the
    # Soviets). North and east side on the Dniester: Khotyn, Otaci, Soroca, Rezina, Criuleni,
    # Tighina (Bender) and Cetatea Albă on the Romanian bank; Kamianets-Podilskyi,
    # Mohyliv-Podilskyi, Yampil, Rybnytsia, Dubăsari, Tiraspol and Ovidiopol on the Soviet one.
    # +-3 km. Source: Magocsi, Historical Atlas, 'Romania 1918-1940'; EB 'Bessarabia'.
    'bessarabia': [(26.0, 48.0), (26.0, 48.57), (26.37, 48.56), (26.6, 48.54), (26.9, 48.53), (27.3, 48.50),
                   (27.6, 48.47), (27.79, 48.44), (28.05, 48.33), (28.29, 48.20), (28.55, 48.05), (28.85, 47.85),
                   (28.98, 47.76), (29.05, 47.55), (29.10, 47.25), (29.20, 47.10), (29.35, 46.95),
                   (29.52, 46.85), (29.62, 46.78), (29.80, 46.58), (30.00, 46.45), (30.20, 46.38),
                   (30.40, 46.22), (30.50, 46.05), (30.5, 45.0), (28.0, 45.0)],
    # The German side of the 1922 Upper Silesian line (same points as upper_silesia's west side).
    'upper_silesia_german': [(17.6, 49.95), (18.33, 49.92), (18.36, 50.03), (18.45, 50.14), (18.60, 50.19),
                             (18.72, 50.24), (18.83, 50.27), (18.90, 50.31), (18.95, 50.33), (18.94, 50.37),
                             (18.86, 50.40), (18.76, 50.40), (18.65, 50.47), (18.55, 50.56), (18.52, 50.66),
                             (18.58, 50.77), (18.62, 50.93), (18.45, 51.0), (17.6, 51.0)],
    # Free City of Danzig (1920-1939), 1,966 km2: Danzig, Zoppot, Oliva, the Vistula delta to
    # the Nogat; Gdynia (Orłowo on the Kacza) and Tczew were Polish, Malbork and Elbląg German.
    # +-4 km.
    # Sources: EB 'Free City of Danzig'; Magocsi, Historical Atlas, 'Poland 1918-1939'.
    'danzig_1920': [(18.565, 54.465), (18.60, 54.60), (19.35, 54.50), (19.30, 54.35), (19.28, 54.28), (19.15, 54.18),
                    (19.05, 54.10), (18.80, 54.12), (18.62, 54.15), (18.48, 54.15), (18.40, 54.22), (18.45, 54.37),
                    (18.52, 54.43)],
    # Sušak, east of the Rječina: Yugoslav (world_1930 gives it to Italy). Same line as fiume.
    'susak': [(14.444, 45.322), (14.441, 45.345), (14.437, 45.372), (14.43, 45.40), (14.60, 45.40), (14.60, 45.28),
              (14.46, 45.29)],
    # Zara (Zadar), Italian enclave 1920-1947 (Treaty of Rapallo 1920-11-12): the city and
    # Borgo Erizzo, Boccagnazzo and Cerno, about 50 km2 on land; +-2 km (the island of Lagosta,
    # Lastovo, also Italian, is not in the 1:50m coast data). Source: EB 'Zadar'; Magocsi,
    # 'Yugoslavia 1918-1941'.
    'zara': [(15.17, 44.16), (15.27, 44.18), (15.33, 44.13), (15.30, 44.07), (15.24, 44.06), (15.15, 44.10)],
    # Khabarovsk and the lower Amur as opposed to the south Ussuri region (Vladivostok,
    # Nikolsk, Spassk, Iman): cut at 46.0 N, coarse (+-50 km, the 1920-22 lines moved).
    'fer_ussuri': [(130.5, 42.0), (130.5, 46.0), (140.0, 46.0), (140.0, 42.0)],
    # ---- military occupations (one rule, see assets/regions.json notes and docs/data-model.md)
    # Greek-held Anatolia beyond the Smyrna zone. 1920: the summer offensive (Bursa 1920-07-08,
    # Balıkesir, Bandırma, Uşak, Alaşehir); 1921: Eskişehir, Kütahya, Afyon (July 1921) up to the
    # line held until August 1922. Coarse outlines (+-30 km) after the maps in EB 'Greco-Turkish
    # War (1919-22)' and M. L. Smith, Ionian Vision (1973).
    'greek_anatolia_1920': [(26.6, 40.45), (27.5, 40.55), (28.3, 40.45), (29.1, 40.45), (29.6, 40.25),
                            (29.5, 39.9), (29.3, 39.4), (29.65, 38.9), (29.75, 38.4), (29.3, 38.1), (28.6, 38.3),
                            (28.4, 38.0), (28.4, 38.9), (27.5, 39.45), (26.2, 39.45)],
    'greek_anatolia_1921': [(29.6, 40.25), (30.2, 40.2), (30.9, 39.95), (31.1, 39.4), (30.9, 38.7),
                            (30.6, 38.3), (29.9, 38.2), (29.3, 38.1), (29.75, 38.4), (29.65, 38.9), (29.3, 39.4),
                            (29.5, 39.9)],
    # Vlorë (Valona) district under Italian military rule until the Tirana protocol of 1920-08-02
    # (evacuation completed 1920-09-02); coarse box around the bay and hinterland (+-10 km).
    'vlore': [(19.25, 40.2), (19.25, 40.6), (19.75, 40.6), (19.75, 40.2)],
    # Southern Baranya with Pécs and Baja, occupied by the Serbian army from November 1918 to
    # August 1921 (Baranya-Baja Republic, evacuation 1921-08-20/22); north limit about the
    # demarcation line of 1918-11-13 (+-15 km). Source: EB 'Pécs'; Magocsi 'Hungary 1918-1920'.
    'baranya': [(17.6, 45.7), (17.6, 46.15), (18.2, 46.28), (18.7, 46.25), (19.1, 46.28), (19.35, 46.1),
                (19.35, 45.7)],
    # Batum province (Adjara) under British military government 1918-12 to 1920-07-07.
    'batumi': [(41.4, 41.45), (41.4, 41.95), (42.6, 41.95), (42.6, 41.45)],
    # Jinan, held by the Japanese army after the Jinan incident (1928-05-03/11) until May 1929.
    # Box around the city (+-15 km).
    'jinan': [(116.8, 36.5), (116.8, 36.8), (117.2, 36.8), (117.2, 36.5)],
    # Hungary east of the Tisza, held by the Romanian army from spring 1919 (the Tisza line from
    # 1919-05-01) until its withdrawal in March 1920 (Budapest itself 1919-08-04 to 1919-11-14
    # is left as a note). West side on the Tisza, coarse (+-15 km).
    'tiszantul': [(20.1, 46.1), (20.1, 46.4), (20.15, 46.9), (20.3, 47.2), (20.6, 47.6), (21.0, 48.0),
                  (21.7, 48.3), (22.3, 48.3), (22.9, 47.95), (22.0, 46.0)],
    # ---- more lines of 1919-1923 that no source file has (each +-5 km unless said)
    # The Polish-Lithuanian line of 1920-1939 (demarcation line of 1920, fixed by the Conference
    # of Ambassadors 1923-03-15): Polish were Švenčionys, Ignalina, Pabradė, Maišiagala, Trakai,
    # Varėna, Druskininkai; Lithuanian Zarasai, Molėtai, Širvintos, Kaišiadorys, Jieznas,
    # Alytus. Sources: EB 'Vilnius dispute'; Magocsi, 'Poland 1918-1939'; world_1938 is coarse.
    'wilno_land_west': [(26.40, 55.72), (26.10, 55.60), (25.95, 55.45), (25.80, 55.30), (25.60, 55.15),
                        (25.35, 55.02), (25.10, 54.93), (24.90, 54.85), (24.75, 54.72), (24.55, 54.60),
                        (24.35, 54.45), (24.25, 54.30), (24.10, 54.15), (23.95, 54.05), (23.5, 53.9), (27.0, 53.9),
                        (27.0, 55.8)],
    # The Polish-German line of 1920 (Treaty of Versailles art. 27-28) from the Baltic west of
    # Puck to Silesia, which world_1930 draws coarsely: Polish were the Hel peninsula, Puck,
    # Wejherowo, Kościerzyna, Chojnice, Sępólno, Chodzież, Czarnków, Międzychód, Zbąszyń,
    # Wolsztyn, Leszno, Rawicz, Ostrzeszów, Kępno; German Lębork, Bytów, Człuchów, Złotów, Piła,
    # Trzcianka, Babimost, Wschowa, Góra, Milicz, Syców. Sources: Magocsi, 'Poland 1918-1939'; EB
    # 'Polish Corridor'. poland_1920_west is the Polish side, germany_1920_east the German one.
    'poland_1920_west': [(18.05, 54.95), (18.05, 54.84), (18.0, 54.70), (17.95, 54.55), (17.85, 54.40), (17.75, 54.25),
                         (17.65, 54.10), (17.55, 53.95), (17.50, 53.80), (17.45, 53.70), (17.40, 53.55), (17.30, 53.45),
                         (17.15, 53.30), (17.00, 53.15), (16.80, 53.05), (16.55, 52.95), (16.25, 52.85), (16.0, 52.75),
                         (15.85, 52.62), (15.80, 52.45), (15.85, 52.25), (16.00, 52.05), (16.20, 51.90), (16.40, 51.78),
                         (16.65, 51.70), (16.90, 51.55), (17.20, 51.45), (17.60, 51.38), (17.85, 51.25), (18.05, 51.15),
                         (18.17, 51.15), (18.6, 51.3), (18.6, 54.95)],
    'germany_1920_east': [(18.05, 54.95), (18.05, 54.84), (18.0, 54.70), (17.95, 54.55), (17.85, 54.40), (17.75, 54.25),
                          (17.65, 54.10), (17.55, 53.95), (17.50, 53.80), (17.45, 53.70), (17.40, 53.55), (17.30, 53.45),
                          (17.15, 53.30), (17.00, 53.15), (16.80, 53.05), (16.55, 52.95), (16.25, 52.85), (16.0, 52.75),
                          (15.85, 52.62), (15.80, 52.45), (15.85, 52.25), (16.00, 52.05), (16.20, 51.90), (16.40, 51.78),
                          (16.65, 51.70), (16.90, 51.55), (17.20, 51.45), (17.60, 51.38), (17.85, 51.25), (18.05, 51.15),
                          (18.17, 51.15), (18.17, 51.0), (15.5, 51.0), (15.5, 54.95)],
    # The province of Posen held by the Greater Poland insurgents from January 1919 (front on
    # the Noteć: Bydgoszcz, and in the south-west Leszno and Rawicz, stayed German until 1920);
    # coarse, +-15 km. Source: EB 'Greater Poland Uprising'; Magocsi, 'Poland 1918-1923'.
    'greater_poland_1919': [(15.7, 52.9), (16.5, 52.95), (17.2, 53.05), (17.8, 53.08), (18.3, 52.95), (18.7, 52.7),
                            (18.7, 51.3), (18.2, 51.4), (17.6, 51.55), (17.1, 51.8), (16.6, 51.97), (16.3, 52.02),
                            (15.8, 52.2)],
    # Marienwerder plebiscite area east of the Vistula and the Nogat, German after the plebiscite
    # of 1920-07-11 (Kwidzyn, Sztum, Malbork, Susz, Iława); Grudziądz, Nowe Miasto and Działdowo
    # Polish. The Nogat shares its points with danzig_1920.
    'marienwerder': [(18.84, 53.62), (18.88, 53.78), (18.92, 53.90), (19.00, 54.00), (19.05, 54.10), (19.15, 54.18),
                     (19.28, 54.28), (19.6, 54.3), (19.8, 53.9), (19.8, 53.55), (19.55, 53.55), (19.3, 53.65),
                     (19.05, 53.60)],
    # Białystok and Brest (west of 24 E in the Kresy), Polish again from late August 1920, a
    # month before Grodno; German Ober Ost troops until February 1919. Coarse.
    'bialystok_brest': [(22.5, 53.55), (23.9, 53.55), (24.1, 52.6), (24.0, 51.85), (22.5, 51.85)],
    # Lwów and its railway, Polish from 1918-11-22 while the West Ukrainian Republic held the
    # rest of Eastern Galicia. Box around the city, coarse.
    'lwow': [(23.85, 49.75), (23.85, 49.95), (24.2, 49.95), (24.2, 49.75)],
    # The Hlučín region (Hultschiner Ländchen), German until 1920-02-04, then Czechoslovak.
    'hlucin': [(17.88, 49.93), (18.0, 50.02), (18.2, 50.02), (18.33, 49.95), (18.30, 49.88), (18.1, 49.88)],
    # The Orava and Spiš villages given to Poland by the Conference of Ambassadors 1920-07-28
    # (Jabłonka, Lipnica; Jurgów, Łapsze, Niedzica), east of them the old Galician border.
    'orava_pl': [(19.3, 49.35), (19.3, 49.65), (19.72, 49.65), (19.78, 49.55), (19.80, 49.42), (19.85, 49.35)],
    'spis_pl': [(20.13, 49.30), (20.12, 49.42), (20.17, 49.46), (20.24, 49.47), (20.33, 49.44), (20.42, 49.40),
                (20.40, 49.30)],
    # Cres (Cherso) and Lošinj (Lussino), Italian by the Treaty of Rapallo; Krk stayed Yugoslav.
    'cres_losinj': [(14.15, 44.45), (14.15, 45.05), (14.3, 45.22), (14.45, 45.2), (14.49, 45.0), (14.48, 44.75),
                    (14.55, 44.5), (14.4, 44.45)],
    # Prekmurje, north of the Mura: Hungarian until the Yugoslav army entered 1919-08-12.
    'prekmurje': [(15.95, 46.72), (16.0, 46.9), (16.6, 46.9), (16.6, 46.45), (16.35, 46.5), (16.1, 46.62)],
    # The Romanian Banat (Timișoara, Lugoj), under Serbian (and French) occupation until the
    # Romanian administration took over on 1919-08-03; north side the Mureș. Coarse.
    'banat_ro': [(20.2, 44.6), (20.2, 46.13), (21.3, 46.15), (22.0, 46.1), (22.7, 46.0), (22.7, 44.6)],
    # Crișana and Satu Mare: the strip west of the Romanian line of early 1919, taken in the
    # April 1919 offensive (Carei, Satu Mare, Oradea 1919-04-19/20). Coarse, +-25 km.
    'crisana': [(21.0, 46.14), (21.0, 48.1), (23.2, 48.1), (23.0, 47.6), (22.6, 47.2), (22.3, 46.9), (22.1, 46.14)],
    # Carinthian plebiscite zone A (south of the Drava: Völkermarkt, Ferlach, Bleiburg), under
    # Yugoslav administration from June 1919 until after the plebiscite of 1920-10-10. +-5 km.
    'carinthia_a': [(14.0, 46.55), (14.3, 46.60), (14.45, 46.62), (14.55, 46.70), (14.75, 46.75), (14.95, 46.72),
                    (15.0, 46.62), (15.0, 46.40), (14.0, 46.40)],
    # Imbros and Tenedos, Greek-administered 1912-1923 (returned by the Treaty of Lausanne).
    'imbros_tenedos': [(25.6, 39.75), (25.6, 40.3), (26.11, 40.3), (26.11, 39.75)],
    # Repola (Reboly) and Porajärvi (Porosozero), East Karelian parishes held by Finland until
    # the Treaty of Tartu; returned in February 1921. Boxes, coarse (+-20 km).
    'repola': [(30.6, 63.5), (30.6, 64.2), (31.6, 64.2), (31.6, 63.5)],
    'porajarvi': [(32.2, 62.5), (32.2, 63.1), (33.3, 63.1), (33.3, 62.5)],
    # Palanga, Courland until 1921 (then Lithuanian), which the 1914 file counts to Memel.
    'palanga': [(20.8, 55.87), (20.8, 56.2), (21.4, 56.2), (21.4, 55.87)],
    # Northern Dalmatia of the London treaty line, under Italian military government from
    # November 1918 until the evacuation after Rapallo (1921): Šibenik, Knin, Drniš, to Cape
    # Planka; and the islands Vis (Lissa) and Korčula (Curzola). Coarse, +-15 km. Source: EB
    # 'Dalmatia'; Treaty of London 1915 art. 5.
    'north_dalmatia': [(15.05, 44.45), (15.5, 44.35), (15.9, 44.25), (16.3, 44.1), (16.35, 43.85), (16.1, 43.6),
                       (15.95, 43.49), (15.5, 43.5), (14.9, 44.0)],
    'dalmatia_islands': [(16.0, 42.85), (16.0, 43.1), (16.6, 43.1), (16.9, 42.99), (17.25, 42.975), (17.25, 42.85)],
    # Urfa, Antep and Maraş: British-occupied after Mudros, French from late 1919 (Maraş lost
    # 1920-02-11, Urfa 1920-04-11, Antep held until 1921-02-08). Coarse box east of Cilicia.
    'urfa_antep': [(36.5, 36.7), (36.5, 37.9), (39.6, 37.9), (39.6, 36.7)],
    # Artvin, Georgian-held 1919-1921, Turkish from February 1921 (Treaty of Moscow).
    'artvin': [(41.3, 40.9), (41.3, 41.45), (42.4, 41.45), (42.4, 40.9)],
    # Bulgarian Western Outlands ceded to the Kingdom SCS by the Treaty of Neuilly: Tsaribrod,
    # Bosilegrad, Strumica. Boxes, coarse (+-10 km).
    'tsaribrod': [(22.6, 42.9), (22.6, 43.1), (23.0, 43.1), (23.0, 42.9)],
    'bosilegrad': [(22.3, 42.35), (22.3, 42.65), (22.65, 42.65), (22.65, 42.35)],
    'strumica': [(22.45, 41.3), (22.45, 41.55), (22.95, 41.55), (22.95, 41.3)],
    # Ma'an and Aqaba, under Hejaz until Transjordan took them over in June 1925. Coarse.
    'aqaba_maan': [(34.9, 29.2), (34.9, 30.6), (36.6, 30.6), (36.6, 29.2)],
    # Mecca and Taif, taken by Ibn Saud in September-October 1924 (Jeddah and Medina Dec 1925).
    'mecca_taif': [(39.55, 20.5), (39.55, 22.0), (41.5, 22.0), (41.5, 20.5)],
    # The western Urals (Ufa, Perm), lost by Kolchak in June - early July 1919. Coarse.
    'kolchak_ufa_perm': [(53.0, 51.0), (53.0, 62.0), (57.5, 62.0), (57.5, 51.0)],
    # The Don north of the Manych (Rostov, Novocherkassk, Tsaritsyn), lost by the Whites in
    # January 1920, as opposed to the Kuban, Stavropol, Terek and Dagestan (March 1920). Coarse.
    'don_north': [(36.5, 46.6), (36.5, 51.0), (46.5, 51.0), (46.5, 46.6)],
    # Tsaritsyn, Red until 1919-06-30 and White until 1920-01-03. Box, coarse.
    'tsaritsyn': [(43.8, 48.3), (43.8, 49.1), (45.0, 49.1), (45.0, 48.3)],
    # Kursk, Oryol and Voronezh: the northern reach of Denikin's Moscow offensive (September -
    # November 1919). Coarse (+-40 km).
    'denikin_north': [(34.5, 50.3), (34.5, 52.9), (36.3, 53.05), (38.0, 52.2), (39.8, 51.9), (40.5, 50.2)],
    # Courland west of the Venta (Liepāja), held by the Latvian Provisional Government and German
    # troops when the Red Army held the rest of Latvia (January - May 1919). Coarse.
    'kurzeme_west': [(20.9, 57.6), (21.6, 57.4), (21.95, 57.0), (22.05, 56.6), (22.1, 56.35), (20.9, 56.35)],
    # Taganrog and Shakhty districts, part of the Ukrainian SSR's Donets governorate from 1920 until
    # their transfer to the RSFSR in 1924; Rostov and Novocherkassk stayed in the RSFSR. Coarse (+-20 km).
    'taganrog': [(38.0, 46.95), (38.0, 48.1), (40.3, 48.1), (40.3, 47.62), (39.8, 47.55), (39.3, 47.3), (39.2, 47.1),
                 (38.9, 46.95)],
    # --- China's 1920s provinces north of the Great Wall, cut out of modern Inner Mongolia,
    # Hebei and western Liaoning (tools/map/README.md). After the 1928 provincial lines in
    # A. Herrmann, Historical and Commercial Atlas of China (1935), with modern city/league
    # borders where they follow the old ones; approximate, +-30 km. Each is used only inside the
    # raw units named in rules.py, so its edges over other units or countries are harmless.
    'rehe': RH_SOUTH + RH_EAST + MN_LINE[2:][::-1] + RH_NORTH,
    'cn_manchuria_nm': [(110.0, 54.0), (110.0, 48.5), (115.0, 47.5)] + MN_LINE + [(126.0, 42.0), (126.0, 54.0)],
    'chahar': CH_WEST + CH_SOUTH + [(117.5, 41.5), (121.0, 49.0), (111.0, 49.0)],
    'alxa': [(96.0, 43.5)] + ALXA_LINE + [(105.0, 36.0), (96.0, 36.0)],
}
