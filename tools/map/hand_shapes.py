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
    # Free State of Fiume (about 28 km2): city of Rijeka and the corridor to Italian Istria.
    'fiume': [(14.33, 45.365), (14.47, 45.39), (14.455, 45.325), (14.40, 45.30), (14.33, 45.32)],
    # Julian March and Zara (Austrian until 1918, Italian from 1918/1920): east of the pre-1915
    # Italian-Austrian border (Isonzo plain), within 1930 Italy.
    'julian_march': [(13.30, 45.60), (13.40, 45.70), (13.45, 46.05), (13.55, 46.20), (13.40, 46.35),
                     (13.70, 46.55), (14.6, 46.6), (16.2, 45.5), (16.2, 43.8), (13.30, 43.8)],
    # Eastern Galicia: east of the San line (Przemyśl stays east), within interwar Poland.
    'east_galicia': [(22.35, 48.9), (22.55, 49.45), (22.62, 49.75), (22.75, 50.05), (22.55, 50.4),
                     (23.2, 50.6), (26.5, 50.6), (26.5, 48.0), (22.35, 48.0)],
    # East Upper Silesia (to Poland 1922): south-east corner of former German territory.
    # East of the 1914 German-Russian border (Brynica) and north of Austrian Silesia; the west
    # side is closed inside Germany (cut by the 1922 border).
    'upper_silesia': [(17.8, 50.9), (18.85, 50.9), (18.9, 50.75), (19.0, 50.5), (19.1, 50.35),
                      (19.17, 50.23), (19.2, 50.0), (18.95, 49.94), (18.75, 49.86), (18.55, 49.90),
                      (18.35, 49.93), (17.8, 49.9)],
    # Line between Congress Poland / ethnic Poland and the eastern borderlands (Kresy) in the
    # former Russian Empire; east of it = West Belarus and Volhynia.
    'kresy': [(22.8, 56.0), (22.8, 54.4), (22.9, 53.5), (22.6, 53.1), (22.9, 52.6), (23.5, 52.3),
              (23.9, 51.6), (24.1, 50.6), (24.1, 49.8), (30.0, 49.8), (30.0, 56.0)],
    # Split of the Kresy at the Pripyat marshes: north = West Belarus, south = Volhynia.
    'polesie_north': [(22.0, 51.9), (22.0, 57.0), (31.0, 57.0), (31.0, 51.9)],
    # Central Lithuania (1920-1922): Vilnius region; southern limit approximate (Lida and
    # Ashmyany inside, Grodno and Navahrudak outside).
    'central_lithuania': [(23.5, 54.15), (24.3, 53.95), (25.0, 53.80), (25.9, 53.85), (26.6, 54.2),
                          (27.5, 54.6), (28.6, 55.0), (28.6, 56.8), (23.5, 56.8)],
    # Latgale: eastern Latvia (Daugavpils, Rēzekne), held by Soviet Latvia until January 1920.
    'latgale': [(25.9, 55.5), (26.0, 56.3), (26.6, 56.7), (27.0, 57.2), (28.5, 57.2), (28.5, 55.5)],
    # Crimean peninsula (north limit at the Perekop isthmus and the Arabat spit).
    'crimea': [(32.3, 46.15), (34.7, 46.15), (35.6, 45.6), (36.8, 45.5), (36.8, 44.2), (32.3, 44.2)],
    # Left-bank Ukraine: east of the Dnieper (Kyiv itself on the right bank).
    'left_bank': [(30.6, 52.5), (30.58, 51.3), (30.62, 50.5), (31.3, 49.9), (32.3, 49.3), (33.4, 49.07),
                  (34.5, 48.7), (35.05, 48.45), (35.15, 47.85), (34.4, 47.55), (33.5, 46.8),
                  (32.6, 46.6), (31.6, 46.5), (31.6, 45.8), (41.0, 45.8), (41.0, 52.5)],
    # Minsk region of the Byelorussian SSR (1920 borders, west of the Berezina), as opposed to
    # Vitebsk, Mogilev and Gomel, which were RSFSR land until 1924/1926. Coarse.
    'minsk_west': [(26.0, 51.0), (26.0, 56.5), (28.3, 56.5), (28.3, 55.0), (29.2, 53.6), (29.0, 51.0)],
    # Area of the Armed Forces of South Russia in 1919 (Don, Kuban, Stavropol, Terek, Dagestan).
    'don_kuban': [(36.5, 45.0), (37.5, 47.5), (39.5, 50.2), (43.5, 50.2), (44.5, 48.8), (45.5, 46.5),
                  (46.8, 45.5), (47.6, 44.2), (49.5, 41.5), (40.0, 41.5)],
    # Northern Region (Arkhangelsk), Allied intervention zone 1918-1920, and the Murman coast.
    'arkhangelsk': [(34.5, 61.5), (34.5, 66.2), (45.0, 69.5), (50.0, 78.0), (70.0, 78.0), (66.0, 72.0),
                    (60.5, 66.5), (60.5, 61.5)],
    'kola': [(28.0, 66.0), (28.0, 70.5), (45.0, 70.5), (45.0, 66.0)],
    # Kolchak's Russian State, coarse zones for 1919 (the front moved east through the year).
    'kolchak_urals': [(53.0, 51.0), (53.0, 62.0), (60.5, 62.0), (61.5, 51.0)],
    'kolchak_west_siberia': [(61.5, 50.5), (60.5, 62.0), (60.5, 66.5), (66.0, 72.0), (75.0, 82.0),
                             (85.0, 82.0), (85.0, 50.5)],
    'kolchak_east_siberia': [(85.0, 49.0), (85.0, 82.0), (109.0, 82.0), (109.0, 49.0)],
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
    'khiva': [(58.5, 43.6), (60.5, 43.0), (61.6, 41.8), (62.3, 40.8), (62.3, 40.2), (60.0, 40.8),
              (58.0, 41.8), (57.5, 43.0)],
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
    # Bukovina (Austrian until 1918) / Bessarabia (Russian until 1918) split inside modern Ukraine.
    'bukovina': [(24.5, 47.5), (24.5, 48.8), (26.6, 48.8), (26.6, 47.5)],
    # Northern Ireland (six counties) inside the NE United Kingdom feature.
    'northern_ireland': [(-8.5, 53.9), (-8.5, 55.6), (-5.0, 55.6), (-5.0, 53.9)],
    # Spitsbergen, Jan Mayen, Franz Josef Land: selectors for Arctic islands.
    'svalbard': [(5.0, 74.0), (5.0, 81.5), (35.0, 81.5), (35.0, 74.0)],
    'jan_mayen': [(-10.0, 70.5), (-10.0, 71.5), (-7.0, 71.5), (-7.0, 70.5)],
    'franz_josef': [(40.0, 79.3), (40.0, 82.0), (66.0, 82.0), (66.0, 79.3)],
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
