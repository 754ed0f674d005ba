#!/usr/bin/python3
"""Holder timelines of China's 1920s provinces (draft: same shape as holders.REGIONS entries).

Level of detail: who governed each province on each day as a teacher needs it for the story of
1923-1929: the Beijing (Beiyang) government and the cliques behind it, the southern (Nationalist)
government and the Northern Expedition's advance, the Wuhan/Nanjing split, and the main
autonomous militarists. A province changes hands on the day its capital (or the decisive city)
was taken; fronts inside a province are not drawn, and the notes say so ("coarse"). The warlord
who held a province for the Beijing government is named in the note, not as a separate state.
"""

WILBUR = 'C. M. Wilbur, The Nationalist Revolution in China, 1923-1928 (1984)'
JORDAN = "D. A. Jordan, The Northern Expedition: China's National Revolution of 1926-1928 (1976)"
SHERIDAN = 'J. E. Sheridan, China in Disintegration: the Republican Era in Chinese History 1912-1949 (1975)'
CHC12 = ('Cambridge History of China vol. 12 (1983), ch. 6 (J. E. Sheridan, The warlord era) and ch. 11 '
         '(C. M. Wilbur, The Nationalist revolution: from Canton to Nanking, 1923-28)')
HERRMANN = 'A. Herrmann, Historical and Commercial Atlas of China (1935), provinces 1928'
FENG = 'J. E. Sheridan, Chinese Warlord: the Career of Feng Yu-hsiang (1966)'
GILLIN = 'D. G. Gillin, Warlord: Yen Hsi-shan in Shansi Province 1911-1949 (1967)'
LARY = 'D. Lary, Region and Nation: the Kwangsi Clique in Chinese Politics 1925-1937 (1974)'
KAPP = 'R. A. Kapp, Szechwan and the Chinese Republic: Provincial Militarism and Central Power 1911-1938 (1973)'
HUNAN = ('A. W. McDonald, The Urban Origins of Rural Revolution: Elites and the Masses in Hunan '
         'Province 1911-1927 (1978)')
YUNNAN = 'J. C. S. Hall, The Yunnan Provincial Faction 1927-1937 (1976)'
EB = 'Encyclopaedia Britannica'

MODERN = 'modern provincial lines stand in for the 1920s ones (DCW-GMT)'


def R(name, source, *holders):
    return {'name': name, 'source': source, 'holders': list(holders)}


# The end of the Northern Expedition: Yan Xishan's troops entered Beijing 1928-06-08 (Zhang
# Zuolin left on 06-03 and was killed on 06-04); the north passed to the Nanjing government.
BEIJING_TAKEN = '1928-06-08'
# The Wuhan government merged back into the Nanjing one in September 1927 (Special Committee of
# the Kuomintang, mid-September; the government reorganised at Nanjing). Month only.
REUNITED = '1927-09'
# The Nanjing government was proclaimed 1927-04-18; Chiang's coup in Shanghai was 1927-04-12.
NANJING = '1927-04-18'

CHINA_REGIONS = {
    'zhili': R('Zhili (Hebei), with Beijing and Tianjin', CHC12 + '; ' + SHERIDAN + '; ' + HERRMANN,
               ('1919-01-01', 'china', 'seat of the Beijing (Beiyang) government, run by the Anhui clique (Duan '
                'Qirui); ' + MODERN),
               ('1920-07-19', 'china', 'Anhui-Zhili war 1920-07-14/19: the Zhili clique (Cao Kun, Wu Peifu) and '
                'Fengtian held Beijing; Zhili alone after the first Zhili-Fengtian war (May 1922)'),
               ('1924-10-23', 'china', "Feng Yuxiang's coup in Beijing 1924-10-23; Duan Qirui Chief Executive "
                'from 1924-11-24 with Fengtian and the Guominjun (Guominjun troops held Beijing until '
                '1926-04-15, Fengtian the Tianjin area most of the time); coarse'),
               ('1926-04-15', 'china', 'Fengtian (Zhang Zuolin) and Wu Peifu drove the Guominjun from Beijing; '
                'Zhang Zuolin Generalissimo of the Beijing government 1927-06-18'),
               (BEIJING_TAKEN, 'nanjing_government', "Yan Xishan's Nationalist troops entered Beijing "
                '1928-06-08 (Tianjin 1928-06-12); the capital moved to Nanjing and Beijing was renamed '
                'Beiping')),
    'shandong': R('Shandong', CHC12 + '; ' + JORDAN,
                  ('1919-01-01', 'china', 'Beijing government (Anhui, then Zhili governors); from 1925 Zhang '
                   'Zongchang of the Fengtian clique; ' + MODERN),
                  ('1928-05-01', 'nanjing_government', 'Nationalist troops entered Jinan 1928-04-30/05-01; '
                   'Japanese troops fought them there (Jinan incident 1928-05-03) and held Jinan and the railway '
                   'until May 1929; Zhang Zongchang held the east of the province until 1929; coarse')),
    'henan': R('Henan', CHC12 + '; ' + FENG,
               ('1919-01-01', 'china', 'Beijing government; Wu Peifu (Zhili clique) at Luoyang 1920-1924'),
               ('1924-11', 'guominjun', "Second Guominjun army (Hu Jingyi, then Yue Weijun) after Feng Yuxiang's "
                'coup; month only'),
               ('1926-03', 'china', "Wu Peifu's Zhili troops and Fengtian's allies retook Kaifeng (month only)"),
               ('1927-06', 'guominjun', "Feng Yuxiang's army (and the Wuhan army, which withdrew) took Zhengzhou "
                'and Kaifeng 1927-05-31/06-02; Feng sided with Nanjing at the Xuzhou conference 1927-06-21; '
                'month only'),
               (BEIJING_TAKEN, 'nanjing_government', 'part of the Nationalist state after the fall of Beijing; '
                "in practice Feng Yuxiang's")),
    'shanxi': R('Shanxi', GILLIN + '; ' + CHC12,
                ('1919-01-01', 'shanxi_clique', "Yan Xishan's 'model province', neutral between the cliques"),
                ('1927-06', 'shanxi_clique', 'Yan Xishan raised the Nationalist flag in June 1927 (month only) and '
                 'fought Fengtian from September 1927'),
                (BEIJING_TAKEN, 'nanjing_government', 'Yan Xishan, commander of the Third Group Army, took '
                 "Beijing for the Nationalists; Shanxi stayed Yan's in practice")),
    'shaanxi': R('Shaanxi', FENG + '; ' + CHC12,
                 ('1919-01-01', 'china', 'Beijing government (Chen Shufan, Anhui clique; Liu Zhenhua 1921-1924); '
                  'from 1924-25 Guominjun allies (Hu Jingyi, Sun Yue, Yang Hucheng) held much of it; coarse'),
                 ('1926-11-28', 'guominjun', "Guominjun relieved Xi'an, besieged by Liu Zhenhua since April 1926 "
                  '(siege lifted 1926-11-27/28)'),
                 (BEIJING_TAKEN, 'nanjing_government', "part of the Nationalist state; in practice Feng "
                  "Yuxiang's")),
    'gansu': R('Gansu', FENG + '; ' + CHC12,
               ('1919-01-01', 'china', 'Beijing government (governor Zhang Guangjian from 1921); the Muslim Ma '
                'generals held the west and north; ' + MODERN),
               ('1925-10', 'guominjun', "Feng Yuxiang, Gansu's military governor from August 1925; his general "
                'Liu Yufen took over Lanzhou in the autumn of 1925 (month uncertain)'),
               (BEIJING_TAKEN, 'nanjing_government', "part of the Nationalist state; in practice Feng "
                "Yuxiang's")),
    'ningxia': R('Ningxia (part of Gansu until 1928; with Alxa and Ejin)', FENG + '; ' + HERRMANN,
                 ('1919-01-01', 'china', 'Ningxia circuit of Gansu under the Ma generals (Ma Fuxiang, Ma Hongbin); '
                  'Alxa and Ejin Mongol banners; modern lines (Alxa cut from Inner Mongolia by hand, +-30 km)'),
                 ('1925-10', 'guominjun', 'with Gansu, under Feng Yuxiang (month uncertain)'),
                 (BEIJING_TAKEN, 'nanjing_government', 'Ningxia province decreed 1928-09, set up 1929-01-01')),
    'qinghai': R('Qinghai (Xining; part of Gansu until 1928)', FENG + '; ' + EB + ", 'Qinghai'",
                 ('1919-01-01', 'china', 'Xining under Ma Qi, nominally under Gansu; the Tibetan and Mongol west '
                  'hardly governed; ' + MODERN),
                 ('1925-10', 'guominjun', 'with Gansu, under Feng Yuxiang; Ma Qi kept Xining (month uncertain)'),
                 (BEIJING_TAKEN, 'nanjing_government', 'Qinghai province decreed 1928-09, set up 1929-01-01')),
    'suiyuan': R('Suiyuan (special region, province 1928)', FENG + '; ' + GILLIN + '; ' + HERRMANN,
                 ('1919-01-01', 'china', 'special administrative region of the Beijing government; lines by hand '
                  'across modern Inner Mongolia, +-30 km'),
                 ('1925-01', 'guominjun', "Feng Yuxiang, Northwest Border Defence Commissioner from January 1925 "
                  '(month only)'),
                 ('1926-09', 'shanxi_clique', "Yan Xishan's troops occupied Suiyuan as the Guominjun retreated "
                  'west after Nankou (Aug 1926); Feng rallied his army at Wuyuan (west Suiyuan) on 1926-09-17; '
                  'coarse'),
                 (BEIJING_TAKEN, 'nanjing_government', "part of the Nationalist state; in practice Yan "
                  "Xishan's")),
    'chahar': R('Chahar (special region, province 1928)', FENG + '; ' + HERRMANN,
                ('1919-01-01', 'china', 'special administrative region (Kalgan); drawn with the ten Zhili counties '
                 'added in 1928; lines by hand, +-30 km'),
                ('1924-11', 'guominjun', "Feng Yuxiang's Guominjun, based at Kalgan (month only)"),
                ('1926-08', 'china', 'Fengtian and Zhili troops (and Shanxi) took Nankou and Kalgan in August 1926 '
                 '(month only); Fengtian-held for the Beijing government'),
                (BEIJING_TAKEN, 'nanjing_government', 'part of the Nationalist state (Shanxi troops)')),
    'rehe': R('Rehe (Jehol; special region, province 1928)', CHC12 + '; ' + HERRMANN,
              ('1919-01-01', 'china', 'special administrative region of the Beijing government; lines by hand '
               'across modern Hebei, Inner Mongolia and Liaoning, +-30 km'),
              ('1924-11', 'manchuria', 'Fengtian troops took Rehe in the second Zhili-Fengtian war (autumn 1924, '
               'month only); Guominjun governors (Song Zheyuan) held it in 1925-26: not shown, uncertain'),
              ('1928-12-29', 'nanjing_government', 'Tang Yulin raised the Nationalist flag with Manchuria')),
    'manchuria': R('Manchuria (Fengtian, Jilin, Heilongjiang)', EB + ", 'Zhang Zuolin'; " + EB +
                   ", 'Zhang Xueliang'; " + HERRMANN,
                   ('1919-01-01', 'manchuria', 'Fengtian clique (Zhang Zuolin), autonomous from the Beijing '
                    'government (declared independence 1922-05 and 1924); with Hulunbuir and the eastern Mongol '
                    'leagues (lines by hand, +-30 km); ' + MODERN),
                   ('1928-12-29', 'nanjing_government', 'Zhang Xueliang accepted the Nationalist flag '
                    '1928-12-29; he kept Manchuria in practice')),
    'jiangsu': R('Jiangsu, with Shanghai and Nanjing', JORDAN + '; ' + CHC12,
                 ('1919-01-01', 'china', 'Beijing government (Li Chun, Qi Xieyuan: Zhili clique); from late 1925 '
                  "Sun Chuanfang's League of Five Provinces; " + MODERN),
                 ('1927-03-22', 'nationalist_government', 'National Revolutionary Army entered Shanghai '
                  "1927-03-22 (after the workers' rising of 03-21) and Nanjing 1927-03-23/24"),
                 (NANJING, 'nanjing_government', "Chiang Kai-shek's coup in Shanghai 1927-04-12; Nanjing "
                  'government proclaimed 1927-04-18. Northern forces retook Xuzhou in July 1927 and were beaten '
                  'at Longtan (Aug 1927): not shown')),
    'zhejiang': R('Zhejiang', JORDAN + '; ' + CHC12,
                  ('1919-01-01', 'china', 'Lu Yongxiang (Anhui clique) until the Jiangsu-Zhejiang war (Sept 1924), '
                   'then Sun Chuanfang'),
                  ('1927-02-18', 'nationalist_government', 'National Revolutionary Army took Hangzhou 1927-02-18'),
                  (NANJING, 'nanjing_government', "with Chiang Kai-shek's Nanjing government")),
    'anhui': R('Anhui', JORDAN + '; ' + CHC12,
               ('1919-01-01', 'china', 'Beijing government; under Sun Chuanfang from late 1925'),
               ('1927-03', 'nationalist_government', 'Anqing and Wuhu went over to the National Revolutionary '
                'Army in March 1927 (month only); the north stayed contested until 1928; coarse'),
               (NANJING, 'nanjing_government', "with Chiang Kai-shek's Nanjing government")),
    'jiangxi': R('Jiangxi', JORDAN + '; ' + CHC12,
                 ('1919-01-01', 'china', 'Beijing government (Zhili governors); under Sun Chuanfang from late 1925'),
                 ('1926-11-08', 'nationalist_government', 'National Revolutionary Army took Nanchang 1926-11-08'),
                 (REUNITED, 'nanjing_government', 'Jiangxi followed Wuhan until the reunion with Nanjing (its '
                  'governor Zhu Peide expelled the communists in June 1927; Nanchang rising 1927-08-01); month '
                  'only')),
    'hubei': R('Hubei, with Wuhan', JORDAN + '; ' + CHC12,
               ('1919-01-01', 'china', 'Beijing government (Wang Zhanyuan, then Xiao Yaonan: Zhili clique; Wu '
                'Peifu)'),
               ('1926-10-10', 'nationalist_government', 'National Revolutionary Army took Hanyang and Hankou '
                '1926-09-06/07 and Wuchang 1926-10-10; the Nationalist Government sat at Wuhan from 1927-01-01'),
               (REUNITED, 'nanjing_government', 'Wuhan government merged into the Nanjing one (month only); '
                'Tang Shengzhi held Wuhan until Nanjing\'s troops took it in November 1927 (not shown)')),
    'hunan': R('Hunan', HUNAN + '; ' + JORDAN,
               ('1919-01-01', 'china', 'Beijing government (Zhang Jingyao, Anhui clique)'),
               ('1920-06', 'hunan_autonomous', 'Hunanese troops (Tan Yankai, then Zhao Hengti) drove Zhang '
                'Jingyao out in June 1920 (month only); provincial constitution 1922'),
               ('1926-07-11', 'nationalist_government', 'Tang Shengzhi joined the National Revolutionary Army '
                '(1926-06-02); the Northern Expedition took Changsha 1926-07-11'),
               (REUNITED, 'nanjing_government', "Hunan's army officers crushed the peasant movement (Changsha, "
                '1927-05-21) and the province followed Wuhan until the reunion; month only')),
    'guangdong': R('Guangdong, with Hainan', WILBUR + '; ' + CHC12,
                   ('1919-01-01', 'nationalist_government', 'southern Military Government in Guangzhou (dominated '
                    'by the Guangxi clique 1918-1920); Chen Jiongming held Guangzhou from his coup of 1922-06-16 '
                    'until January 1923 and the east of the province until 1925: not shown, coarse; ' + MODERN),
                   ('1923-03-02', 'nationalist_government', "Sun Yat-sen's third government in Guangzhou "
                    '(Generalissimo, 1923-03-02); Nationalist Government from 1925-07-01'),
                   ('1927-04-15', 'nanjing_government', "Li Jishen's anti-communist coup in Guangzhou 1927-04-15; "
                    'Guangdong sided with Nanjing (Canton Commune 1927-12-11/13 not shown)')),
    'guangxi': R('Guangxi', LARY + '; ' + CHC12,
                 ('1919-01-01', 'guangxi_clique', 'Old Guangxi clique (Lu Rongting); occupied by Guangdong 1921-22, '
                  'then fought over until the New Guangxi clique (Li Zongren, Huang Shaohong, Bai Chongxi) '
                  'united it in 1924-25; coarse'),
                 ('1926-03', 'nationalist_government', 'Guangxi joined the Nationalist Government in March 1926 '
                  "(month only); Li Zongren's troops became the Seventh Army"),
                 (NANJING, 'nanjing_government', 'the Guangxi clique backed Chiang Kai-shek against Wuhan')),
    'fujian': R('Fujian', JORDAN + '; ' + CHC12,
                ('1919-01-01', 'china', 'Beijing government (Li Houji; Zhou Yinren under Sun Chuanfang)'),
                ('1926-12', 'nationalist_government', 'National Revolutionary Army (He Yingqin) took Fuzhou in '
                 'December 1926 (month only)'),
                (NANJING, 'nanjing_government', "with Chiang Kai-shek's Nanjing government")),
    'yunnan': R('Yunnan', YUNNAN + '; ' + CHC12,
                ('1919-01-01', 'yunnan_clique', 'Tang Jiyao, allied at times with the southern government'),
                ('1927-02-06', 'yunnan_clique', 'Tang Jiyao ousted by his generals 1927-02-06; Long Yun on top '
                 'by mid-1927'),
                ('1928-01', 'nanjing_government', 'Long Yun named chairman by the Nanjing government in January '
                 '1928 (month only); Yunnan stayed his in practice')),
    'guizhou': R('Guizhou', CHC12 + '; ' + EB + ", 'Guizhou'",
                 ('1919-01-01', 'guizhou_militarists', 'Guizhou militarists (Liu Xianshi, Yuan Zuming; Zhou Xicheng '
                  'from 1926); two of their armies joined the National Revolutionary Army in 1926'),
                 (BEIJING_TAKEN, 'nanjing_government', 'nominally Nationalist (Zhou Xicheng) by mid-1928; date '
                  'representative')),
    'sichuan': R('Sichuan, with Chongqing (and the east of Xikang)', KAPP + '; ' + CHC12,
                 ('1919-01-01', 'sichuan_militarists', 'divided among rival militarists (garrison areas: Liu '
                  'Xiang, Yang Sen, Liu Wenhui, Deng Xihou...); the Sichuan-Tibet march (Xikang) is not drawn '
                  'apart; ' + MODERN),
                 (BEIJING_TAKEN, 'nanjing_government', 'the militarists took Nationalist army titles from late '
                  '1926 and stayed masters of their areas; shown Nationalist from mid-1928, date representative')),
}
