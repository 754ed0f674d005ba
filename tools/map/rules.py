#!/usr/bin/python3
"""Which atomic region an overlay piece belongs to: ordered rules on its source tags.

A piece is one face of the overlay of all source lines. Its tags are the names of the features
that contain its interior point in each source (None when outside all of them):
  base  the 1920s country: world_1930 inside HIST_ZONE, else Natural Earth (via NE_BASE)
  ne    Natural Earth 50m admin-0 name;  ne_part  area (km2) of the NE polygon part it lies in
  t14, t38  world_1914 / world_1938 NAME;  t30 world_1930 NAME
  hand  set of hand_shapes.SHAPES names containing it;  lon, lat of the interior point
classify() returns a region key, or None: "no opinion", the piece is merged into its neighbour
(slivers between two sources' versions of one border, coast mismatches).
"""

# Natural Earth admin-0 name -> 1920s base. Names not listed here must not occur in the frame.
NE_BASE = {
    'United Kingdom': 'uk', 'Isle of Man': 'uk', 'Guernsey': 'uk', 'Jersey': 'uk', 'Ireland': 'ireland',
    'France': 'france', 'Monaco': 'monaco', 'Spain': 'spain', 'Portugal': 'portugal', 'Andorra': 'andorra',
    'Belgium': 'belgium', 'Netherlands': 'netherlands', 'Luxembourg': 'luxembourg', 'Germany': 'germany',
    'Denmark': 'denmark', 'Faeroe Is.': 'faroe', 'Norway': 'norway', 'Sweden': 'sweden',
    'Finland': 'finland', 'Åland': 'aland', 'Iceland': 'iceland', 'Greenland': 'greenland',
    'Switzerland': 'switzerland', 'Liechtenstein': 'liechtenstein', 'Austria': 'austria',
    'Italy': 'italy', 'San Marino': 'san_marino', 'Vatican': 'italy', 'Malta': 'malta',
    'Czechia': 'czechoslovakia', 'Slovakia': 'czechoslovakia', 'Poland': 'poland', 'Hungary': 'hungary',
    'Slovenia': 'yugoslavia', 'Croatia': 'yugoslavia', 'Bosnia and Herz.': 'yugoslavia',
    'Serbia': 'yugoslavia', 'Montenegro': 'yugoslavia', 'Kosovo': 'yugoslavia', 'Macedonia': 'yugoslavia',
    'Albania': 'albania', 'Greece': 'greece', 'Bulgaria': 'bulgaria', 'Romania': 'romania',
    'Moldova': 'romania', 'Ukraine': 'ukraine', 'Belarus': 'byelorussia', 'Lithuania': 'lithuania',
    'Latvia': 'latvia', 'Estonia': 'estonia', 'Russia': 'russia', 'Cyprus': 'cyprus', 'N. Cyprus': 'cyprus',
    'Turkey': 'turkey', 'Georgia': 'georgia', 'Armenia': 'armenia', 'Azerbaijan': 'azerbaijan',
    'Kazakhstan': 'kazakhstan', 'Uzbekistan': 'turkestan', 'Turkmenistan': 'turkestan',
    'Kyrgyzstan': 'turkestan', 'Tajikistan': 'turkestan',
    'Iran': 'persia', 'Afghanistan': 'afghanistan', 'Iraq': 'iraq', 'Syria': 'syria', 'Lebanon': 'lebanon',
    'Jordan': 'transjordan', 'Israel': 'palestine', 'Palestine': 'palestine', 'Saudi Arabia': 'arabia',
    'Yemen': 'yemen', 'Oman': 'oman', 'United Arab Emirates': 'trucial_states', 'Qatar': 'qatar',
    'Bahrain': 'bahrain', 'Kuwait': 'kuwait', 'Egypt': 'egypt',
    'Libya': 'libya', 'Tunisia': 'tunisia', 'Algeria': 'algeria', 'Morocco': 'morocco',
    'W. Sahara': 'spanish_sahara', 'Mauritania': 'french_west_africa', 'Mali': 'french_west_africa',
    'Niger': 'french_west_africa', 'Burkina Faso': 'french_west_africa', 'Senegal': 'french_west_africa',
    'Guinea': 'french_west_africa', "Côte d'Ivoire": 'french_west_africa', 'Benin': 'french_west_africa',
    'Chad': 'french_equatorial_africa', 'Central African Rep.': 'french_equatorial_africa',
    'Congo': 'french_equatorial_africa', 'Gabon': 'french_equatorial_africa',
    'Cameroon': 'cameroon', 'Nigeria': 'nigeria', 'Togo': 'togo', 'Ghana': 'gold_coast',
    'Eq. Guinea': 'spanish_guinea', 'São Tomé and Principe': 'sao_tome',
    'Dem. Rep. Congo': 'belgian_congo', 'Rwanda': 'ruanda_urundi', 'Burundi': 'ruanda_urundi',
    'Sudan': 'sudan', 'S. Sudan': 'sudan', 'Eritrea': 'eritrea', 'Ethiopia': 'ethiopia',
    'Djibouti': 'french_somaliland', 'Somaliland': 'british_somaliland', 'Somalia': 'italian_somaliland',
    'Uganda': 'uganda', 'Kenya': 'kenya',
    'India': 'british_india', 'Pakistan': 'british_india', 'Bangladesh': 'british_india',
    'Siachen Glacier': 'british_india', 'Myanmar': 'burma', 'Sri Lanka': 'ceylon', 'Maldives': 'maldives',
    'Nepal': 'nepal', 'Bhutan': 'bhutan', 'China': 'china', 'Taiwan': 'taiwan', 'Hong Kong': 'hong_kong',
    'Macao': 'macau', 'Mongolia': 'mongolia', 'North Korea': 'korea', 'South Korea': 'korea',
    'Japan': 'japan', 'Thailand': 'siam', 'Laos': 'indochina', 'Vietnam': 'indochina',
    'Cambodia': 'indochina', 'Malaysia': 'malaysia', 'Singapore': 'malaya', 'Brunei': 'brunei',
    'Indonesia': 'dutch_east_indies', 'Philippines': 'philippines',
    'Br. Indian Ocean Ter.': 'chagos',
}

# world_1930 NAME -> base, used inside HIST_ZONE only (other names fall back to Natural Earth).
T30_BASE = {
    'Germany': 'germany', 'East Prussia': 'east_prussia', 'Danzig': 'danzig', 'Poland': 'poland',
    'Lithuania': 'lithuania', 'Latvia': 'latvia', 'Estonia': 'estonia', 'Finland': 'finland',
    'USSR': 'russia', 'Ukraine': 'ukraine', 'White Russia': 'byelorussia', 'Romania': 'romania',
    'Czechoslovakia': 'czechoslovakia', 'Austria': 'austria', 'Hungary': 'hungary',
    'Yugoslavia': 'yugoslavia', 'Italy': 'italy', 'Bulgaria': 'bulgaria', 'Sweden': 'sweden',
    'Norway': 'norway', 'Denmark': 'denmark', 'Albania': 'albania',
}

# Bases that are one region each (key = base).
SIMPLE = {
    'luxembourg', 'netherlands', 'switzerland', 'liechtenstein', 'andorra', 'san_marino', 'monaco', 'spain',
    'portugal', 'sweden', 'iceland', 'greenland', 'faroe', 'aland', 'czechoslovakia', 'hungary',
    'albania', 'bulgaria', 'estonia', 'cyprus', 'malta', 'persia', 'afghanistan', 'iraq', 'syria',
    'lebanon', 'transjordan', 'palestine', 'oman', 'trucial_states', 'qatar', 'bahrain', 'kuwait',
    'egypt', 'libya', 'tunisia', 'algeria', 'spanish_sahara', 'french_west_africa',
    'french_equatorial_africa', 'cameroon', 'nigeria', 'togo', 'gold_coast', 'spanish_guinea',
    'belgian_congo', 'sudan', 'eritrea', 'ethiopia', 'french_somaliland', 'british_somaliland',
    'italian_somaliland', 'uganda', 'kenya', 'british_india', 'burma', 'ceylon', 'nepal', 'bhutan',
    'taiwan', 'hong_kong', 'macau', 'mongolia', 'korea', 'siam', 'indochina', 'malaya', 'brunei',
    'dutch_east_indies', 'georgia', 'armenia', 'azerbaijan', 'kazakhstan', 'danzig', 'east_prussia',
    'sao_tome', 'ruanda_urundi', 'maldives', 'chagos',
}


def classify(t):
    b, h, lon, lat = t['base'], t['hand'], t['lon'], t['lat']
    t14, t30, t38, ne = t['t14'], t['t30'], t['t38'], t['ne']
    if b is None:
        return None
    # --- small hand-drawn territories first
    if 'fiume' in h and b in ('italy', 'yugoslavia'):
        return 'fiume'
    if 'saar' in h and b == 'germany':
        return 'saar'
    if 'eupen_malmedy' in h and b == 'belgium':
        return 'eupen_malmedy'
    if 'north_schleswig' in h and b == 'denmark':
        return 'north_schleswig'
    if b == 'philippines':
        return 'drop'          # US colony, only stray islets reach the frame edge: not mapped
    # --- western and northern Europe
    if b == 'uk':
        return 'northern_ireland' if 'northern_ireland' in h and lon < -5.3 else 'great_britain'
    if b == 'ireland':
        return 'southern_ireland'
    if b == 'france':
        return 'alsace_lorraine' if 'alsace_lorraine' in h else 'france'
    if b == 'belgium':
        return 'belgium'
    if b == 'germany':
        return 'germany'
    if b == 'denmark':
        return 'denmark'
    if b == 'norway':
        if 'svalbard' in h:
            return 'svalbard'
        if 'jan_mayen' in h:
            return 'jan_mayen'
        return 'norway'
    if b == 'finland':
        return 'finland'
    # --- interwar Poland and the Baltic
    if b == 'lithuania':
        if t14 == 'German Empire':
            return 'memel'
        if t38 == 'Poland':       # 1930 file draws the Lithuanian claim; 1938 the real line
            return 'vilnius_region' if 'central_lithuania' in h else 'west_belarus'
        return 'lithuania'
    if b == 'latvia':
        return 'latgale' if 'latgale' in h else 'latvia'
    if b == 'poland':
        if 'central_lithuania' in h:
            return 'vilnius_region'
        if 'upper_silesia' in h:
            return 'east_upper_silesia'
        if t14 == 'German Empire':
            return 'posen_west_prussia'
        if t14 == 'Austro-Hungarian Empire':
            return 'east_galicia' if 'east_galicia' in h else 'west_galicia'
        if t14 == 'Russian Empire':
            if 'kresy' in h:
                return 'west_belarus' if 'polesie_north' in h else 'volhynia'
            return 'congress_poland'
        return None
    if b == 'austria':
        return 'burgenland' if 'burgenland' in h else 'austria'
    if b == 'romania':
        # the 1914 file wrongly puts Bessarabia in Romania: use the Prut (NE Moldova/Ukraine)
        if ne == 'Moldova' or (ne == 'Ukraine' and 'bukovina' not in h):
            return 'bessarabia'
        if ne == 'Ukraine':
            return 'transylvania'
        if t14 == 'Austro-Hungarian Empire':
            return 'transylvania'
        if t14 in ('Romania', 'Bulgaria'):
            return 'romania'
        return None
    if b == 'italy':
        if 'julian_march' in h:
            return 'julian_march'
        if t14 == 'Austro-Hungarian Empire' and lon < 12.7:
            return 'south_tyrol'
        return 'italy'
    if b == 'yugoslavia':
        return 'yugoslavia'
    if b == 'greece':
        if 'dodecanese' in h:
            return 'dodecanese'
        if 'western_thrace' in h:
            return 'western_thrace'
        return 'greece'
    if b == 'turkey':
        if t38 == 'Syria (France)':
            return 'hatay' if 'hatay' in h else None
        if 'kars' in h:
            return 'kars'
        if t['european_turkey']:
            return 'constantinople' if 'constantinople' in h else 'east_thrace'
        if 'smyrna' in h:
            return 'smyrna'
        if 'cilicia' in h:
            return 'cilicia'
        return 'anatolia'
    # --- Soviet lands
    if b == 'ukraine':
        if 'crimea' in h:
            return 'crimea'
        return 'left_bank_ukraine' if 'left_bank' in h else 'right_bank_ukraine'
    if b == 'byelorussia':
        return 'minsk' if 'minsk_west' in h else 'east_byelorussia'
    if b == 'turkestan':
        if 'khiva' in h:
            return 'khorezm'
        if 'bukhara' in h:
            return 'bukhara'
        return 'turkestan'
    if b == 'russia':
        if t['sakhalin']:
            return 'north_sakhalin' if 'north_sakhalin' in h else 'karafuto'
        if lat < 50.9 and lon > 145.3 and t['ne_part'] < 20000:
            return 'kuril_islands'
        if 'crimea' in h:
            return 'crimea'
        if t38 == 'Finland' and lat > 68.5:
            return 'petsamo'
        if 'franz_josef' in h:
            return 'franz_josef_land'
        if 'tuva' in h and lon > 88:
            return 'tuva'
        if t30 == 'Far Eastern SSR':
            if 'fer_west_transbaikal' in h:
                return 'west_transbaikal'
            if 'fer_transbaikal' in h:
                return 'transbaikal'
            return 'amur' if 'fer_amur' in h else 'primorye'
        if t30 != 'Far Eastern SSR' and 109 < lon < 141.5 and lat < 58 and t['ne_part'] > 1e6:
            return None     # strips between the 1930 file's Far Eastern Republic and NE coasts
        if 'don_kuban' in h:
            return 'don_kuban'
        if 'kola' in h:
            return 'murmansk'
        if 'arkhangelsk' in h:
            return 'arkhangelsk'
        if 'kolchak_urals' in h:
            return 'urals'
        if 'kolchak_west_siberia' in h:
            return 'west_siberia'
        if 'kolchak_east_siberia' in h:
            return 'central_siberia'
        if 'kolchak_yakutia' in h:
            return 'yakutia'
        return 'russia'
    # --- Asia
    if b == 'china':
        if 'kwantung' in h:
            return 'kwantung'
        if 'kiautschou' in h:
            return 'kiautschou'
        if 'weihaiwei' in h:
            return 'weihaiwei'
        if 'guangzhouwan' in h:
            return 'guangzhouwan'
        return {'Manchuria': 'manchuria', 'Xinjiang': 'xinjiang', 'Tibet': 'tibet',
                'Chinese Warlords': 'china'}.get(t30)
    if b == 'japan':
        return 'japan'
    if b == 'malaysia':
        return 'malaya' if lon < 105 else 'british_borneo'
    if b == 'arabia':
        return {'Hejaz': 'hejaz', 'Hail': 'jabal_shammar',
                "Emirate of Bin Shal'an": 'nejd'}.get(t30)
    if b == 'yemen':
        if t14 == 'British Protectorate':
            return 'aden'
        return 'yemen' if t14 == 'Ottoman Empire' else None
    if b == 'morocco':
        return 'spanish_morocco' if t14 == 'Spanish Morocco' else 'french_morocco'
    if b in SIMPLE:
        return b
    raise KeyError('no rule for base %r' % b)
