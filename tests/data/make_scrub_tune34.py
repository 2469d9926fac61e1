#!/usr/bin/env python3
"""Generator for scrub_tune34.jsonl and scrub_tune34_preserve.txt.

Tune 34: names that look like ordinary words, and names outside the Han
mainstream (Dai, Yi, Tibetan, Mongolian, Hui, Uyghur/Kazakh, Zhuang,
Korean-Chinese, Hong Kong/Macau/Taiwan, pinyin).  Python standard library
only; deterministic (one random.Random for records, one for the preserve
list; no set is iterated).

Environment:
  TUNE34_OUT_DIR     output folder (default: this script's folder)
  TUNE34_DEDUPE_DIR  folder holding the other scrub_* corpora for the
                     dedupe step (default: this script's folder); only
                     counts are printed
  TUNE34_SUMMARY=1   print a short summary of counts
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261234
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get('TUNE34_OUT_DIR', HERE)
DEDUPE_DIR = os.environ.get('TUNE34_DEDUPE_DIR', HERE)
N_PRESERVE = 2000

GROUP_COUNTS = [
    ('word', 145), ('given', 60), ('dai', 35), ('yi', 30), ('tib', 35),
    ('mon', 35), ('hui', 30), ('uyg', 45), ('zh', 22), ('kor', 26),
    ('hktw', 62), ('pinyin', 36), ('other', 30),
]

# ---------------------------------------------------------------------------
# normalisation used by the dedupe
# ---------------------------------------------------------------------------

def nkey(s):
    """Near-duplicate key: NFKC, lower case, whitespace/punctuation/symbols
    removed, every run of digits collapsed to one '0'."""
    s = unicodedata.normalize('NFKC', s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in 'ZPSC':
            continue
        if ch.isdigit():
            if out and out[-1] == '0':
                continue
            out.append('0')
            continue
        out.append(ch)
    return ''.join(out)


def core(s):
    """name without whitespace, dot-like separators, hyphens, commas or case."""
    return re.sub(r'[\s·•.・,\-]+', '', s).lower()


def flat(s):
    """lower case, whitespace removed (for name-occurrence checks)."""
    return re.sub(r'\s+', '', s).lower()


def skeleton(text, pairs):
    """text with every listed value replaced by its kind, then nkey."""
    t = text
    for kind, val in sorted(pairs, key=lambda kv: -len(kv[1])):
        if val:
            t = t.replace(val, ' zz%szz ' % re.sub(r'[^a-z]', '', kind.lower()))
    return nkey(t)

# ---------------------------------------------------------------------------
# tables: names
# ---------------------------------------------------------------------------

HAN_SURNAMES = list('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文')
HAN_GIVEN = ('伟 芳 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 超 秀兰 霞 刚 桂英 建华 晓东 志刚 '
             '丽娟 红霞 春梅 海涛 建军 晓燕 婷婷 欣怡 子涵 浩宇 梓轩 宇航 俊杰 佳琪 雨萱 思远 '
             '文博 丹丹 亚楠 晓丽 金凤 德明 永刚 素芬 淑珍 桂兰 凤英 志华 立新 晓峰 玉珍 国栋 '
             '淑华 红英 志明 海波').split()

# whole names that are ordinary words (surname + one character)
WORD_NAMES = ('夏天 温柔 谷雨 高峰 江山 金鑫 白雪 向阳 文静 方圆 常青 安康 易成 柳絮 海燕 田野 '
              '黎明 宁静 江涛 高原 安然 林海 海洋 华夏 金星 夏雨 温暖 童话 时光 安宁 宁夏 万里 '
              '凌云 蓝天 甘露 和平 杨柳 余生 向前 明天 白露').split()
# given names that are ordinary words (drawn with a surname)
GIVEN_WORDS = ('春燕 海燕 国庆 建设 民生 光大 兴业 平安 广发 昆仑 渤海 小满 胜利 光明 幸福 牡丹 '
               '玉兰 红旗 长江 振兴 吉祥 如意 美丽 彩云 建国 太平 泰康 新华 中华 金花 桂花 东方 '
               '人民').split()
# given-words that are also bank, insurer, lender or court words are drawn
# twice as often
GIVEN_DRAW = GIVEN_WORDS + '建设 民生 光大 兴业 平安 广发 昆仑 渤海 小满 国庆 太平 泰康 人民'.split()
# minority names that are also everyday words or place-name prefixes;
# used bare as names in records and in their ordinary sense in preserve
MINORITY_OVERLAP = ['扎西', '格桑', '乌兰', '呼和', '玉兰']
OVERLAP_OK = WORD_NAMES + MINORITY_OVERLAP
# the brief's own examples are drawn twice as often
WORD_BRIEF = '夏天 温柔 谷雨 海燕 高峰 江山 金鑫 白雪 向阳 文静 方圆 常青 安康 易成 柳絮'.split()
WORD_DRAW = WORD_NAMES + WORD_BRIEF

# Dai: prefix + one or two syllables; 刀 + Han given name
DAI_PREFIX = [('岩', 'm'), ('玉', 'f'), ('依', 'f'), ('咪', 'f'), ('波', 'm')]
DAI_SYL = list('温罕香应坎扁庄叫甩腊糯胆拉三保南儿康喃旺丙章论帕恩囡捧')
DAI_DAO_GIVEN = '国栋 文华 金平 建新 丽娟 永明 正华 爱华 志强 绍光 兴荣 美英 德昌 春兰'.split()

YI_CLAN = '阿苏 吉克 阿尔 曲比 沙马 海来 吉伍 马海 阿的 俄木 勒古 尔古 吉木 瓦其 阿约 苏呷 阿西 木乃 俄底 拉马 阿力 吉史'.split()
YI_GIVEN = '阿依 阿呷 石者 伍沙 尔布 拉哈 木呷 约哈 阿各 子拉 日哈 曲者 伍各 阿果 尔哈 布都 拉者 阿支 日者 阿牛 么么 木果'.split()

TIB_PARTS = ('扎西 卓玛 次仁 多吉 央金 拉姆 格桑 平措 德吉 尼玛 达瓦 旺堆 索朗 顿珠 白玛 措姆 '
             '普布 巴桑 边巴 益西 罗布 洛桑 次旦 曲珍 仁增 桑珠 旦增 米玛 拉巴 央宗 卓嘎 '
             '贡布 才让 索南 加措 多杰 班觉 玉珍 琼达 仓决').split()
TIB_FAMOUS = ['才旦卓玛', '丹增嘉措', '降央卓玛', '索朗旺姆']
TIB_LATIN = ['Tashi Dorje', 'Tsering Dolma', 'Dawa Tsering', 'Pema Lhamo', 'Sonam Wangdu',
             'Nyima Tsering', 'Kelsang Yangchen', 'Dorje Phuntsok', 'Lhakpa Drolma', 'Tenzin Norbu',
             'Pasang Dekyi', 'Migmar Tsering']

MON_PARTS = ('巴特尔 其其格 苏日娜 额尔敦 乌兰 斯琴 图雅 宝音 那日苏 朝鲁 阿拉坦 敖登 孟和 哈斯 '
             '巴雅尔 呼和 格日勒 萨仁 娜仁 乌云 其木格 满都拉 巴图 宝力道 布和 达来 特木尔 '
             '乌力吉 苏和 吉日嘎拉 额尔德尼 毕力格 阿古达木 朝克图 恩和 高娃 塔娜 乌日娜').split()
MON_SURN = ['包', '白', '韩', '吴', '鲍', '佟']
MON_FAMOUS = ['斯琴高娃', '腾格尔', '德德玛', '布仁巴雅尔', '乌兰图雅']

HUI_SURN = ['马'] * 5 + ['纳'] * 3 + ['喇'] * 3 + list('哈沙海穆丁虎者冶妥锁拜撒')
HUI_ARABIC = ('穆萨 尔萨 哈桑 优素福 伊斯哈格 尔里 努哈 阿依莎 法图麦 哈丽玛 麦尔彦 阿里 易卜拉欣 '
              '尤努斯 达吾德 舍里夫 萨利哈 海迪彻 阿米乃 赛麦 苏莱曼 哈立德 尔撒 麦麦').split()
HUI_HAN = '文华 建忠 成福 尕西 尕牛 永平 海龙 丽珍 金兰 福祥 德明 学仁 志清 玉凤 秀兰 国良 尕娃 有福 进财 明德'.split()

UYG_GIVEN = ('艾力 买买提 阿不都热合曼 古丽娜尔 热依拉 迪丽努尔 买买提江 努尔麦麦提 帕提古丽 艾尔肯 '
             '阿依古丽 吐尔洪 祖丽菲亚 米热古丽 伊力亚尔 依明 阿卜杜拉 买合木提 如克亚 阿力木 '
             '玉苏甫 海力且木 努尔古丽 阿孜古丽 麦尔丹 亚森 苏比努尔 凯赛尔 图尔荪 排尔哈提 '
             '阿布来提 麦合甫再 热孜万 塔依尔 吾买尔').split()
UYG_FATHER = ('吐尔逊 艾买提 卡德尔 托合提 阿西木 热合曼 吾守尔 沙吾提 买买提 艾山 肉孜 玉苏甫 '
              '阿布都拉 依明 吾斯曼 亚库甫 司马义 热西提 克里木 阿不力孜').split()
KAZ_GIVEN = ('叶尔兰 努尔兰 哈力木拉提 阿依达娜 加娜尔 巴合提别克 吐尔逊别克 叶尔波拉提 阿斯哈尔 '
             '努尔江 别克波拉提 古丽巴合提 沙吾列 阿依江 哈那提 赛力克 达吾列提 木拉提 阿合买提 '
             '阿依古丽').split()
KAZ_FATHER = '努尔兰 哈米提 加肯 叶尔肯 托克塔尔 阿布来 吐尔洪 别克 马合沙提 胡安 阿曼 哈山 努尔别克'.split()
UYG_FAMOUS = ['迪丽热巴', '古力娜扎', '阿迪力', '伊力哈木']
UYG_LATIN = ['Gulnar Abdulla', 'Alim Tursun', 'Erlan Nurlan', 'Ayjan Hamit', 'Mehmet Kadir',
             'Dilnur Osman', 'Ekber Tohti', 'Aygul Yasin', 'Nurlan Beksultan', 'Rahile Ahmat']

ZH_SURN = list('韦覃蒙黄陆莫农班岑蓝卢梁凌潘黎罗廖谭')
ZH_GIVEN = '特良 特强 特生 特光 特福 特明 达美 达英 达妹 达香 达兰 妹姣 妹英 妹兰 金凤 秀妹 日新 桂妹 壮飞 妹花 特华 达娟'.split()

KOR_SURN = list('金朴李崔郑姜尹韩俞全玄南池太千车许严申林文权洪安方柳卢白宋具都延')
KOR_GIVEN = ('哲洙 英姬 顺子 贞淑 明哲 光日 东植 美兰 成浩 英爱 昌旭 永吉 俊浩 春花 昌镐 日成 '
             '英顺 顺姬 京子 政旭 龙哲 春子 在勋 相哲 贤珠 银淑 惠贞 承焕 圣哲 日焕 英男 正一 '
             '光洙 东浩 锦花 顺女 明淑 吉男 顺玉').split()
KOR_LATIN_SURN = ['Kim', 'Park', 'Choi', 'Lee', 'Jung', 'Kang', 'Yoon', 'Han', 'Jeon', 'Hyun', 'Nam', 'Ji', 'Shin']
KOR_LATIN_GIVEN = ['Cheol-su', 'Young-hee', 'Sun-ja', 'Myung-chul', 'Sung-ho', 'Young-ae', 'Chang-wook',
                   'Jun-ho', 'Chun-hwa', 'Eun-sook', 'Hye-jin', 'Kwang-il', 'Dong-sik', 'Mi-ran']

# Hong Kong: surname (trad, Cantonese romanisation), given (trad, romanisation)
HK_SURN = [('陳', 'Chan'), ('黃', 'Wong'), ('李', 'Lee'), ('張', 'Cheung'), ('梁', 'Leung'), ('林', 'Lam'),
           ('劉', 'Lau'), ('吳', 'Ng'), ('何', 'Ho'), ('鄭', 'Cheng'), ('楊', 'Yeung'), ('郭', 'Kwok'),
           ('麥', 'Mak'), ('馮', 'Fung'), ('曾', 'Tsang'), ('鄧', 'Tang'), ('謝', 'Tse'), ('蔡', 'Choi'),
           ('葉', 'Yip'), ('潘', 'Poon'), ('袁', 'Yuen'), ('余', 'Yu'), ('彭', 'Pang'), ('盧', 'Lo'),
           ('蘇', 'So'), ('許', 'Hui'), ('朱', 'Chu'), ('高', 'Ko'), ('周', 'Chow'), ('趙', 'Chiu'),
           ('羅', 'Law'), ('鍾', 'Chung'), ('譚', 'Tam'), ('歐陽', 'Au Yeung'), ('司徒', 'Szeto')]
HK_GIVEN = [('家輝', 'Ka Fai'), ('志明', 'Chi Ming'), ('嘉欣', 'Ka Yan'), ('詠詩', 'Wing Sze'),
            ('偉強', 'Wai Keung'), ('美玲', 'Mei Ling'), ('俊傑', 'Chun Kit'), ('少華', 'Siu Wah'),
            ('小明', 'Siu Ming'), ('浩然', 'Ho Yin'), ('淑儀', 'Shuk Yee'), ('子軒', 'Tsz Hin'),
            ('凱琳', 'Hoi Lam'), ('嘉俊', 'Ka Chun'), ('永康', 'Wing Hong'), ('麗珊', 'Lai Shan'),
            ('國強', 'Kwok Keung'), ('玉珍', 'Yuk Chun'), ('志偉', 'Chi Wai'), ('秀芳', 'Sau Fong'),
            ('慧敏', 'Wai Man'), ('家豪', 'Ka Ho'), ('思穎', 'Sze Wing'), ('建華', 'Kin Wah'),
            ('文傑', 'Man Kit'), ('寶儀', 'Po Yee'), ('詩琪', 'Sze Ki'), ('天佑', 'Tin Yau'),
            ('樂怡', 'Lok Yi'), ('錦華', 'Kam Wah')]
HK_FAMOUS = ['陳大文', '黃小明', 'Chan Tai Man', 'Wong Siu Ming']
EN_GIVEN = ['Summer', 'Grace', 'Bill', 'Joy', 'Hope', 'Penny', 'Sunny', 'Crystal', 'Angel', 'Mark',
            'Jade', 'Ivy', 'Rose', 'Frank', 'Will', 'Candy', 'Cherry',
            'Peter', 'Mary', 'Kelvin', 'Ivan', 'Winnie', 'Queenie', 'Karen', 'Kenneth', 'Alvin', 'Eric',
            'Jacky', 'Bonnie', 'Fanny', 'Gigi', 'Heidi', 'Joyce', 'Raymond', 'Sammy', 'Terence',
            'Vincent', 'Yvonne', 'Carmen', 'Dickson', 'Elaine', 'Gloria', 'Keith', 'Michelle',
            'Patrick', 'Stanley', 'Wilson', 'Ada']
EN_WORDLIKE = EN_GIVEN[:17]

# Taiwan: Wade-Giles style romanisation
TW_SURN = [('林', 'Lin'), ('陳', 'Chen'), ('黃', 'Huang'), ('張', 'Chang'), ('李', 'Li'), ('王', 'Wang'),
           ('吳', 'Wu'), ('劉', 'Liu'), ('蔡', 'Tsai'), ('楊', 'Yang'), ('許', 'Hsu'), ('鄭', 'Cheng'),
           ('謝', 'Hsieh'), ('郭', 'Kuo'), ('洪', 'Hung'), ('曾', 'Tseng'), ('邱', 'Chiu'), ('廖', 'Liao'),
           ('賴', 'Lai'), ('周', 'Chou'), ('葉', 'Yeh'), ('蘇', 'Su'), ('莊', 'Chuang'), ('呂', 'Lu'),
           ('江', 'Chiang'), ('蕭', 'Hsiao'), ('羅', 'Lo'), ('高', 'Kao'), ('簡', 'Chien')]
TW_GIVEN = [('志明', 'Chih-ming'), ('雅婷', 'Ya-ting'), ('淑芬', 'Shu-fen'), ('建宏', 'Chien-hung'),
            ('宜君', 'I-chun'), ('家豪', 'Chia-hao'), ('俊傑', 'Chun-chieh'), ('美玲', 'Mei-ling'),
            ('佩珊', 'Pei-shan'), ('冠宇', 'Kuan-yu'), ('宗翰', 'Tsung-han'), ('承恩', 'Cheng-en'),
            ('筱涵', 'Hsiao-han'), ('郁婷', 'Yu-ting'), ('文雄', 'Wen-hsiung'), ('秀琴', 'Hsiu-chin'),
            ('振宇', 'Chen-yu'), ('詩涵', 'Shih-han'), ('柏翰', 'Po-han'), ('怡萱', 'I-hsuan')]
TW_EN = ['Kevin', 'Vivian', 'Jason', 'Tina', 'Allen', 'Cindy', 'Jerry', 'Irene', 'Steven', 'Wendy', 'Leo', 'Annie']

# Macau romanisation
MO_SURN = [('陳', 'Chan'), ('李', 'Lei'), ('梁', 'Leong'), ('黃', 'Wong'), ('何', 'Ho'), ('區', 'Au'),
           ('鄭', 'Cheang'), ('張', 'Cheong'), ('周', 'Chao'), ('林', 'Lam'), ('蔡', 'Choi'), ('郭', 'Kuok'),
           ('吳', 'Ng'), ('劉', 'Lao')]
MO_GIVEN = [('嘉敏', 'Ka Man'), ('詠欣', 'Weng Ian'), ('國豪', 'Kuok Hou'), ('家明', 'Ka Meng'),
            ('麗華', 'Lai Wa'), ('文傑', 'Man Kit'), ('偉強', 'Wai Keong'), ('美儀', 'Mei I'),
            ('志聰', 'Chi Chong'), ('少雄', 'Sio Hong'), ('綺雯', 'I Man'), ('錦華', 'Kam Wa')]

# pinyin: (hanzi, plain, toned)
PY_SURN = [('张', 'Zhang', 'Zhāng'), ('王', 'Wang', 'Wáng'), ('李', 'Li', 'Lǐ'), ('刘', 'Liu', 'Liú'),
           ('陈', 'Chen', 'Chén'), ('杨', 'Yang', 'Yáng'), ('赵', 'Zhao', 'Zhào'), ('黄', 'Huang', 'Huáng'),
           ('周', 'Zhou', 'Zhōu'), ('吴', 'Wu', 'Wú'), ('徐', 'Xu', 'Xú'), ('孙', 'Sun', 'Sūn'),
           ('胡', 'Hu', 'Hú'), ('朱', 'Zhu', 'Zhū'), ('高', 'Gao', 'Gāo'), ('林', 'Lin', 'Lín'),
           ('何', 'He', 'Hé'), ('郭', 'Guo', 'Guō'), ('罗', 'Luo', 'Luó'), ('梁', 'Liang', 'Liáng'),
           ('宋', 'Song', 'Sòng'), ('郑', 'Zheng', 'Zhèng'), ('谢', 'Xie', 'Xiè'), ('韩', 'Han', 'Hán'),
           ('冯', 'Feng', 'Féng'), ('董', 'Dong', 'Dǒng'), ('吕', 'Lü', 'Lǚ'), ('欧阳', 'Ouyang', 'Ōuyáng'),
           ('夏', 'Xia', 'Xià'), ('江', 'Jiang', 'Jiāng'), ('白', 'Bai', 'Bái'), ('温', 'Wen', 'Wēn'), ('文', 'Wen', 'Wén')]
PY_GIVEN = [('伟', ['Wei'], ['Wěi']), ('芳', ['Fang'], ['Fāng']), ('娜', ['Na'], ['Nà']),
            ('敏', ['Min'], ['Mǐn']), ('静', ['Jing'], ['Jìng']), ('强', ['Qiang'], ['Qiáng']),
            ('磊', ['Lei'], ['Lěi']), ('军', ['Jun'], ['Jūn']), ('勇', ['Yong'], ['Yǒng']),
            ('艳', ['Yan'], ['Yàn']), ('杰', ['Jie'], ['Jié']), ('涛', ['Tao'], ['Tāo']),
            ('超', ['Chao'], ['Chāo']), ('建峰', ['Jian', 'feng'], ['Jiàn', 'fēng']),
            ('晓明', ['Xiao', 'ming'], ['Xiǎo', 'míng']), ('海燕', ['Hai', 'yan'], ['Hǎi', 'yàn']),
            ('春燕', ['Chun', 'yan'], ['Chūn', 'yàn']), ('国庆', ['Guo', 'qing'], ['Guó', 'qìng']),
            ('志强', ['Zhi', 'qiang'], ['Zhì', 'qiáng']), ('秀英', ['Xiu', 'ying'], ['Xiù', 'yīng']),
            ('建华', ['Jian', 'hua'], ['Jiàn', 'huá']), ('婷婷', ['Ting', 'ting'], ['Tíng', 'tíng']),
            ('子涵', ['Zi', 'han'], ['Zǐ', 'hán']), ('浩宇', ['Hao', 'yu'], ['Hào', 'yǔ']),
            ('欣怡', ['Xin', 'yi'], ['Xīn', 'yí']), ('雨萱', ['Yu', 'xuan'], ['Yǔ', 'xuān']),
            ('思远', ['Si', 'yuan'], ['Sī', 'yuǎn']), ('文博', ['Wen', 'bo'], ['Wén', 'bó']),
            ('佳琪', ['Jia', 'qi'], ['Jiā', 'qí']), ('天', ['Tian'], ['Tiān']), ('峰', ['Feng'], ['Fēng']),
            ('雪', ['Xue'], ['Xuě']), ('柔', ['Rou'], ['Róu'])]
PY_MINORITY = ['Zhaxi Duoji', 'Ciren Zhuoma', 'Gesang Yangjin', 'Suolang Wangdui', 'Aili Maimaiti',
               'Gulinaer Abudula', 'Reyila Aimaiti', 'Bateer', 'Qiqige', 'Nari Su', 'Jike Ayi',
               'Qubi Axia', 'Ma Musa', 'Na Hasang', 'Yan Wen', 'Yu Xiang', 'Jin Zhezhu', 'Pu Yingji',
               'Wei Teliang', 'Yeerlan Nuerlan'] + UYG_LATIN[:4] + TIB_LATIN[:4]

# ---------------------------------------------------------------------------
# tables: places, institutions
# ---------------------------------------------------------------------------

ESTATES = ['阳光花园', '金色家园', '锦绣华庭', '翠湖苑', '新城佳园', '紫荆花园', '城南小区', '江景湾',
           '书香门第', '御景苑', '丽水湾', '绿洲小区', '康乐新村', '桃源居', '鸿福苑', '银杏小区']

REGIONS = {
    'gen': dict(
        id=['110105', '310115', '440106', '440305', '330106', '510107', '420103', '610113', '320102', '370102'],
        area=['010', '021', '020', '0755', '0571', '028', '027', '029', '025', '0531'],
        plates=['京A', '沪B', '粤A', '粤B', '浙A', '川A', '鄂A', '陕A', '苏A', '鲁A'],
        courts=['北京市朝阳区人民法院', '上海市浦东新区人民法院', '广州市天河区人民法院',
                '深圳市南山区人民法院', '杭州市西湖区人民法院', '成都市武侯区人民法院',
                '武汉市江汉区人民法院', '西安市雁塔区人民法院', '南京市鼓楼区人民法院',
                '济南市历下区人民法院', '安康市汉滨区人民法院', '江山市人民法院', '天津市和平区人民法院',
                '深圳市光明区人民法院', '广州市白云区人民法院'],
        cities=['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安', '南京', '济南'],
        banks=[],
        addr=['{prov}{city}{dist}{road}{n}号{estate}{b}栋{u}单元{r}室',
              '{city}{dist}{road}{n}号{estate}{b}号楼{r}',
              '{prov}{city}{dist}{road}{n}弄{b}号{r}室',
              '{city}{dist}{road}{n}号{b}栋{r}'],
        addr_fill=dict(
            pc=[('北京市', '', ['朝阳区', '海淀区', '丰台区']), ('上海市', '', ['浦东新区', '闵行区', '徐汇区']),
                ('广东省', '广州市', ['天河区', '番禺区', '越秀区']), ('广东省', '深圳市', ['南山区', '宝安区', '龙岗区']),
                ('浙江省', '杭州市', ['西湖区', '余杭区', '拱墅区']), ('四川省', '成都市', ['武侯区', '锦江区', '青羊区']),
                ('湖北省', '武汉市', ['江汉区', '洪山区', '武昌区']), ('陕西省', '西安市', ['雁塔区', '碑林区', '未央区'])],
            roads=['建设路', '解放路', '人民路', '中山路', '科技路', '长江路', '文化路', '滨河路', '东风路', '青年路'])),
    'dai': dict(
        id=['532801', '532822', '532823', '533102', '533103'],
        area=['0691', '0692'], plates=['云K', '云N'],
        courts=['西双版纳傣族自治州中级人民法院', '景洪市人民法院', '勐海县人民法院', '勐腊县人民法院',
                '德宏傣族景颇族自治州中级人民法院', '瑞丽市人民法院', '芒市人民法院'],
        cities=['景洪', '勐海', '勐腊', '芒市', '瑞丽'],
        banks=['富滇银行', '云南农信', '西双版纳农商银行'],
        addr=['云南省西双版纳傣族自治州景洪市{road}{n}号{estate}{b}栋{u}单元{r}室',
              '景洪市嘎洒镇曼{vil}村{g}组{n}号', '勐海县勐遮镇曼{vil}村{n}号',
              '云南省德宏州芒市{road}{n}号', '瑞丽市姐告{road}{n}号{b}栋{r}', '勐腊县勐仑镇曼{vil}村{g}组'],
        addr_fill=dict(roads=['宣慰大道', '曼听路', '勐泐大道', '嘎兰中路', '团结大街', '勇罕街', '傣乡路'],
                       vil=['景洪', '达', '飞龙', '贺', '别', '嘎', '景兰', '列', '广'])),
    'yi': dict(
        id=['513401', '513431', '513432', '513433', '513436', '532301'],
        area=['0834', '0878'], plates=['川W', '云E'],
        courts=['凉山彝族自治州中级人民法院', '西昌市人民法院', '昭觉县人民法院', '布拖县人民法院',
                '美姑县人民法院', '楚雄市人民法院'],
        cities=['西昌', '昭觉', '布拖', '美姑', '楚雄'],
        banks=['四川农信', '凉山州商业银行', '云南农信'],
        addr=['四川省凉山彝族自治州西昌市{road}{n}号{estate}{b}栋{u}单元{r}室', '昭觉县{road}{n}号',
              '布拖县特木里镇{road}{n}号', '美姑县巴普镇{vil}村{g}组', '云南省楚雄州楚雄市{road}{n}号{b}栋{r}'],
        addr_fill=dict(roads=['航天大道', '长安中路', '三岔口南路', '顺河路', '鹿城南路', '新村路'],
                       vil=['依果觉', '觉洛', '乃拖', '拖木', '洒库'])),
    'tib': dict(
        id=['540102', '540103', '540202', '542421', '632701', '513301'],
        area=['0891', '0892', '0896', '0976'], plates=['藏A', '藏D', '青G'],
        courts=['拉萨市城关区人民法院', '拉萨市中级人民法院', '日喀则市桑珠孜区人民法院',
                '那曲市色尼区人民法院', '玉树市人民法院', '康定市人民法院'],
        cities=['拉萨', '日喀则', '那曲', '玉树', '康定', '林芝'],
        banks=['西藏银行', '青海银行'],
        addr=['西藏自治区拉萨市城关区{road}{n}号{estate}{b}栋{u}单元{r}号', '日喀则市桑珠孜区{road}{n}号',
              '那曲市色尼区{road}{n}号{b}栋{r}', '青海省玉树州玉树市结古镇{road}{n}号',
              '四川省甘孜州康定市{road}{n}号{b}栋{r}'],
        addr_fill=dict(roads=['北京中路', '江苏路', '金珠西路', '上海中路', '浙江中路', '民主路', '红卫路', '向巴路'])),
    'mon': dict(
        id=['150102', '150105', '150203', '150502', '152501', '152201', '150402'],
        area=['0471', '0472', '0475', '0479', '0476'], plates=['蒙A', '蒙B', '蒙G', '蒙H'],
        courts=['呼和浩特市赛罕区人民法院', '呼和浩特市新城区人民法院', '包头市昆都仑区人民法院',
                '通辽市科尔沁区人民法院', '锡林浩特市人民法院', '赤峰市红山区人民法院'],
        cities=['呼和浩特', '包头', '通辽', '锡林浩特', '赤峰', '鄂尔多斯'],
        banks=['内蒙古银行', '内蒙古农信', '包头农商银行'],
        addr=['内蒙古自治区呼和浩特市赛罕区{road}{n}号{estate}{b}号楼{u}单元{r}', '包头市昆都仑区{road}{n}号{b}栋{r}',
              '通辽市科尔沁区{road}{n}号', '锡林浩特市{road}{n}号{estate}{b}栋{r}', '赤峰市红山区{road}{n}号'],
        addr_fill=dict(roads=['大学东街', '钢铁大街', '新华大街', '那达慕大街', '锡林大街', '昭乌达路', '霍林河大街'])),
    'hui': dict(
        id=['640104', '640302', '622901', '630102', '532527', '640402'],
        area=['0951', '0953', '0930', '0971'], plates=['宁A', '宁C', '甘N', '青A'],
        courts=['银川市兴庆区人民法院', '吴忠市利通区人民法院', '临夏回族自治州中级人民法院',
                '临夏市人民法院', '西宁市城东区人民法院', '固原市原州区人民法院'],
        cities=['银川', '吴忠', '临夏', '西宁', '固原'],
        banks=['宁夏银行', '甘肃银行', '青海银行'],
        addr=['宁夏回族自治区银川市兴庆区{road}{n}号{estate}{b}栋{u}单元{r}室', '吴忠市利通区{road}{n}号',
              '甘肃省临夏州临夏市{road}{n}号{b}栋{r}', '青海省西宁市城东区东关大街{n}号',
              '云南省玉溪市通海县纳古镇{vil}村{n}号'],
        addr_fill=dict(roads=['清和南街', '解放东街', '民族北街', '团结路', '红园路', '八坊路'],
                       vil=['纳家营', '古城', '三家'])),
    'uyg': dict(
        id=['650102', '650104', '653101', '653201', '652901', '654002', '654301', '654201'],
        area=['0991', '0998', '0903', '0997', '0999', '0906'], plates=['新A', '新Q', '新R', '新F', '新H'],
        courts=['乌鲁木齐市天山区人民法院', '乌鲁木齐市中级人民法院', '喀什市人民法院', '和田市人民法院',
                '阿克苏市人民法院', '伊宁市人民法院', '阿勒泰市人民法院'],
        cities=['乌鲁木齐', '喀什', '和田', '阿克苏', '伊宁', '阿勒泰', '塔城'],
        banks=['新疆银行', '乌鲁木齐银行', '新疆农信'],
        addr=['新疆维吾尔自治区乌鲁木齐市天山区{road}{n}号{estate}{b}栋{u}单元{r}室', '喀什市{road}{n}号',
              '和田市{road}{n}号{b}栋{r}', '伊宁市{road}{g}巷{n}号', '阿勒泰市{road}{n}号{estate}{b}栋{r}'],
        addr_fill=dict(roads=['解放南路', '人民路', '团结路', '斯大林街', '解放路', '友好北路', '新华南路'])),
    'zh': dict(
        id=['450103', '450102', '451002', '451202', '451402', '450122'],
        area=['0771', '0776', '0778', '0772'], plates=['桂A', '桂L', '桂M', '桂F'],
        courts=['南宁市青秀区人民法院', '南宁市中级人民法院', '百色市右江区人民法院', '河池市金城江区人民法院',
                '崇左市江州区人民法院', '贵港市覃塘区人民法院'],
        cities=['南宁', '百色', '河池', '崇左', '贵港', '柳州'],
        banks=['广西北部湾银行', '广西农信', '桂林银行'],
        addr=['广西壮族自治区南宁市青秀区{road}{n}号{estate}{b}栋{u}单元{r}', '百色市右江区{road}{n}号',
              '河池市金城江区{road}{n}号{b}栋{r}', '崇左市江州区{road}{n}号', '南宁市武鸣区{vil}村{g}组{n}号'],
        addr_fill=dict(roads=['民族大道', '东葛路', '向阳路', '中山一路', '新建路', '城东大道'],
                       vil=['那白', '那汉', '板', '那堪', '陆斡'])),
    'kor': dict(
        id=['222401', '222405', '222402', '222404', '222406'],
        area=['0433'], plates=['吉H'],
        courts=['延吉市人民法院', '延边朝鲜族自治州中级人民法院', '龙井市人民法院', '图们市人民法院', '珲春市人民法院'],
        cities=['延吉', '龙井', '图们', '珲春', '和龙'],
        banks=['延边农商银行', '吉林银行', '吉林农信'],
        addr=['吉林省延边朝鲜族自治州延吉市{road}{n}号{estate}{b}栋{u}单元{r}', '龙井市{road}{n}号',
              '图们市{road}{n}号{b}栋{r}', '珲春市{road}{n}号{estate}{b}号楼{r}', '和龙市{road}{n}号'],
        addr_fill=dict(roads=['光明街', '人民路', '局子街', '公园路', '河南街', '友谊路'])),
}
REGION_OF_GROUP = {'word': 'gen', 'given': 'gen', 'pinyin': 'gen', 'hktw': 'gen', 'other': None,
                   'dai': 'dai', 'yi': 'yi', 'tib': 'tib', 'mon': 'mon', 'hui': 'hui', 'uyg': 'uyg',
                   'zh': 'zh', 'kor': 'kor'}

BANKS = ['工商银行', '建设银行', '农业银行', '中国银行', '交通银行', '招商银行', '浦发银行', '民生银行',
         '兴业银行', '光大银行', '华夏银行', '广发银行', '平安银行', '中信银行', '邮储银行']
WORD_BANKS = ['建设银行', '民生银行', '光大银行', '兴业银行', '平安银行', '华夏银行', '广发银行',
              '渤海银行', '昆仑银行']
BANKS_EN = ['Industrial and Commercial Bank of China', 'China Construction Bank', 'Bank of China',
            'China Merchants Bank', 'Agricultural Bank of China', 'Bank of Communications']
PLATS = ['借呗', '花呗', '微粒贷', '京东金条', '美团月付', '度小满', '安逸花', '分期乐', '招联金融',
         '360借条', '拍拍贷', '马上消费金融', '中邮消费金融', '捷信', '平安普惠', '有钱花', '还呗',
         '洋钱罐', '省呗', '众安小贷']
PLATS_EN = ['Zhaolian Finance', 'Home Credit', 'Jiebei', 'WeLoan', 'Ping An Puhui', 'MaShang Consumer Finance']
HK_PLATS = ['邦民日本財務', 'UA亞洲聯合財務', '安信信貸', 'WeLab', '大新銀行', '衆安銀行']
HK_PLATS_EN = ['Promise (Hong Kong)', 'UA Finance', 'WeLab Bank', 'Dah Sing Bank', 'ZA Bank', 'Prime Credit']
HK_BANKS = ['匯豐銀行', '中銀香港', '恒生銀行', '渣打銀行', '東亞銀行', '大新銀行']
TW_BANKS = ['中國信託', '國泰世華銀行', '台新銀行', '富邦銀行', '永豐銀行', '玉山銀行', '遠東商銀']
MO_BANKS = ['大豐銀行', '澳門國際銀行', '中銀澳門', '大西洋銀行']
LAWFIRMS = ['广东衡信律师事务所', '四川蜀律律师事务所', '云南南疆律师事务所', '内蒙古北疆律师事务所',
            '新疆天衡律师事务所', '宁夏塞上律师事务所', '西藏雪域律师事务所', '广西八桂律师事务所',
            '吉林长白律师事务所', '浙江钱塘律师事务所', '北京正衡律师事务所', '湖北楚天律师事务所']
BRANCHES = ['城南', '高新区', '人民路', '解放路', '滨江', '城西', '开发区', '中山路', '东风路', '新区']
KIN = ['妈妈', '爸爸', '姐姐', '哥哥', '妻子', '丈夫', '女儿', '儿子', '同事', '表弟']
REL = ['朋友', '同事', '父亲', '母亲', '配偶', '兄弟', '姐妹', '同学']
MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

MOB_PREFIX = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151',
              '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178',
              '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '198', '199']
CARD_PREFIX = [('622202', 19), ('622848', 19), ('621700', 19), ('621661', 19), ('622588', 16),
               ('622260', 19), ('621226', 19), ('625809', 16), ('438088', 16), ('518710', 16),
               ('622155', 16), ('623058', 19)]
HK_CARD_PREFIX = [('456351', 16), ('520413', 16), ('491611', 16)]

FW = str.maketrans('0123456789', '０１２３４５６７８９')

# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# (form, text).  {N} = the group's name sampler, N2/N3 more of the same;
# W/G/H = word-name, given-word name, ordinary Han name; other name
# placeholders are explicit.  Personal-data placeholders: P (mobile), PL
# (landline), PHK, PMO, PTW, ID, HKID, TWID, CARD, HKCARD, ADDR, ADDRHK,
# ADDRHKEN, ADDRTW, ADDRMO, ADDRMOPT, EMAIL, WX, QQ, ACC, PLATE.

STRONG = [
    ('letter', '被告：{N}，{sex}，{by}年{m}月{d}日出生，住{ADDR}。'),
    ('letter', '原告{plat}与被告{N}借款合同纠纷一案，{court}已受理，请于{date}前领取应诉材料。'),
    ('sms', '借款人{N}，您在{plat}的借款已逾期{days}天，欠款{amt}元，请于今日内处理。'),
    ('sms', '担保人{N}：借款人{N2}逾期未还{amt}元，依合同约定您需承担连带保证责任。'),
    ('ocr', '紧急联系人：{N}\n联系电话：{P}\n关系：{rel}'),
    ('chat', '@{N}\u2005群里说一下，{plat}欠的{amt}什么时候还？'),
    ('voice', '喂你好你是{N}吗我这边是{plat}贷后部门的关于你的欠款想跟你核实一下'),
    ('chat', '{plat}的钱我已经转给{N}了，你去问{pron}。'),
    ('sms', '{N}你好，我是{plat}的客服，你的账单已逾期{days}天，请尽快处理。'),
    ('sms', '{N}欠款{amt}元，逾期{days}天，请其家属{N2}代为转告{plat}。'),
    ('question', '我是{N}，在{plat}的借款逾期了{days}天，能不能申请停息挂账？'),
    ('letter', '关于{plat}债权的律师函\n……特此函告。\n{law}\n律师：{N}\n{date}'),
    ('sms', '{plat}本期逾期名单：{N}、{N2}、{N3}，均已逾期超过{days}天，请相互转告。'),
    ('sms', '{N}女士您好，您名下{bank}信用卡（尾号{tailno}）已逾期{days}天，最低还款额{amt}元。'),
    ('sms', '{N}先生，请于{date}前联系{plat}处理欠款，电话{P}。'),
    ('chat', '我是{plat}的{N}经理，你的情况我已经了解了，这周能还多少？'),
    ('letter', '{law}{N}律师受{plat}委托，就您拖欠借款一事郑重函告如下：'),
    ('sms', '{plat}催收专员{N}提醒您：今日是最后还款期限，请勿错过。'),
    ('ocr', '联系人 {N}（{P}）称已不认识借款人，{date}跟进记录'),
    ('ocr', '收款人：{N}\n账号：{CARD}\n开户行：{bank}{branch}支行'),
    ('chat', '[微信] {N}：{plat}那笔下周一一定还\n[微信] 我：说话算话'),
    ('chat', '{N}({QQ}) {time}\n这个月实在没钱，{plat}那边也在催'),
    ('letter', '被执行人{N}（公民身份号码{ID}）未履行{court}生效判决确定的给付义务。'),
    ('chat', '{N}你再不还{plat}的钱，我们就联系你单位了。'),
    ('sms', '请转告{N}：{plat}欠款再不处理将安排上门走访。'),
    ('chat', '到底是谁借的{plat}？是{N}还是{N2}？借条上写的是{N}。'),
    ('ocr', '户名：{N}  卡号：{CARD}  {bank}'),
    ('letter', '担保书\n本人{N}，身份证号{ID}，自愿为{N2}在{plat}的借款提供连带责任担保。'),
    ('ocr', '借条\n今借到{N2}人民币{amt}元整，{n}个月内还清。\n借款人：{N}\n{date}'),
    ('letter', '致{N}：您于{date}在{plat}申请的借款已逾期，请立即处理。'),
    ('ocr', '【{plat}】尊敬的{N}，您本期账单{amt}元已逾期，请及时还款。\n{time}'),
    ('chat', '群公告：@{N} @{N2} 请尽快把{plat}欠款还上，否则移出本群。'),
    ('chat', '{N}，{N2}，{N3}这三个人都是你在{plat}留的联系人吧？'),
    ('question', '我叫{N}，{plat}的催收每天给我打{n}个电话，还打给我同事，可以投诉吗？'),
    ('ocr', '收件人：{N} {P}\n地址：{ADDR}'),
    ('sms', '{plat}经办人：{N}，联系电话：{PL}，工作时间9:00-18:00。'),
    ('sms', '{N}专员为您服务，{plat}账单如有疑问请直接回复本短信。'),
    ('letter', '原告：{N}\n被告：{N2}\n案由：民间借贷纠纷\n受理法院：{court}'),
    ('chat', '我是{N}的{kin}，{pron}欠你们{plat}多少钱？'),
    ('voice', '是{N}本人吗您好这里是{bank}信用卡中心'),
    ('chat', '{N}在吗？上次说好的{amt}什么时候还，{plat}又来催了'),
    ('chat', '{plat}这笔钱是{N}借的，跟我没关系，别再打给我了。'),
    ('ocr', '申请人：{N}\n身份证号：{ID}\n手机：{P}\n申请平台：{plat}'),
    ('chat', '{N}：好的，我知道了，这周五前转{amt}到{bank}卡上'),
    ('sms', '{N}，恭喜您获得{plat}提额资格，点击链接领取。'),
    ('ocr', '邮箱：{EMAIL}（{N}）\n主题：{plat}还款凭证'),
    ('chat', '{N}经理：关于{N2}的{plat}案子我已经跟进了，今天下午上门。'),
    ('letter', '委托人：{N}\n受托人：{N2}\n委托事项：代为协商{plat}欠款'),
    ('sms', '{N}您好，您的车辆{PLATE}已逾期{days}天未还款，{plat}将依法处置抵押物。'),
    ('question', '{N}问：我在{plat}借了{amt}，逾期{days}天，催收说要起诉我，是真的吗？'),
    ('chat', '微信号{WX}是{N}的，{plat}的事你找{pron}。'),
    ('letter', '{N}：\n你于{date}向{plat}借款{amt}元，约定{n}个月还清，现已逾期。'),
    ('sms', '尊敬的{N}客户，您的借款合同{ACC}已逾期，请于{date}前还款。'),
    ('chat', '转给{N}的{amt}是还{plat}的款，不是借款，聊天记录可以作证。'),
    ('letter', '此致\n{plat}\n申请人：{N}\n{date}'),
    ('voice', '坐席：请问是{N}女士吗\n客户：嗯是我\n坐席：您好这里是{plat}'),
    ('ocr', '通讯录\n{N}\n{P}\n{N2}\n{P2}'),
    ('sms', '{N}律师提醒：{court}已受理{plat}诉你借款合同纠纷一案。'),
    ('chat', '感谢{N}女士的配合，您在{plat}的还款计划已生效。'),
]

WORD_T = [
    ('question', '我的名字叫{N}，每次{plat}打电话来都以为我在开玩笑，他们说的欠款是真的吗？'),
    ('chat', '昵称：柳絮飞飞\n备注：{N}（{plat}借款人）'),
    ('chat', '微信昵称“夏天的风”，备注名{N}，这个人欠了{amt}'),
    ('chat', '@{N}\u2005看到请回复，{plat}的账单已逾期'),
    ('sms', '{N}、{W2}、{W3}：你们三人是{H}的紧急联系人，请转告其归还{plat}欠款。'),
    ('letter', '协商还款申请书\n本人{N}，身份证号{ID}，因失业暂无力偿还{plat}借款，申请分{n}期偿还。\n申请人：{N}\n{date}'),
    ('chat', '{N}经理您好，我想申请{plat}延期还款，可以吗？'),
    ('chat', '{N}律师您好，我收到了你们代表{plat}寄来的律师函。'),
    ('chat', '{N}专员，我已经还了{amt}到{bank}，请查收。'),
    ('ocr', '借款人：{N}\n担保人：{W2}\n联系人：{W3}\n借款平台：{plat}'),
    ('letter', '感谢{N}先生的配合，经协商，您在{plat}的剩余欠款减免{amt}元。'),
    ('ocr', '通讯录\n{N} {P}\n{W2} {P2}'),
    ('voice', '你好我找一下{N}对就是{N}{pron}是你们{city}公司的吧'),
    ('chat', '{N}：[语音] 12"\n{N}：{plat}的钱我真的没有了'),
    ('letter', '被告{N}经本院传票传唤，无正当理由拒不到庭。\n{court}'),
    ('sms', '联系人{N}，{H}将您留为紧急联系人，请转告其尽快处理{plat}欠款。'),
    ('chat', '你是{N}吗？{H}说你知道他现在住哪儿，{plat}在找他。'),
    ('question', '我老婆叫{N}，她在{plat}借的钱催收打到我这儿了，我需要还吗？'),
    ('chat', 'QQ群“{plat}还款群”\n{N}({QQ})：我下周还\n管理员：好的'),
    ('sms', '原告{N}诉被告{H}民间借贷纠纷一案，{court}定于{date}开庭。'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 汉\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('chat', '{N}你好，晚高峰路上堵，我到了再跟你说{plat}还款的事。'),
    ('chat', '{N}，夏天之前能把{plat}还清吗？'),
    ('letter', '担保人：{N}（{P}）\n借款人：{W2}\n借款金额：{amt}元\n出借平台：{plat}'),
    ('chat', '我是{N}，刚才打电话的那个，我想问一下{plat}结清证明怎么开'),
    ('sms', '{N}同学你好，你在{plat}的校园贷已逾期，请通知家长{W2}。'),
    ('chat', '{W2}和{N}都说不认识你，{plat}的联系人是你乱填的吧？'),
]

GIVEN_T = [
    ('sms', '借款人{N}，您在{wbank}的信用卡已逾期{days}天，请尽快还款。'),
    ('ocr', '户名：{N}\n开户行：{wbank}{branch}支行\n卡号：{CARD}'),
    ('sms', '{wbank}信用卡中心：{N}女士，您尾号{tailno}的信用卡本期应还{amt}元。'),
    ('letter', '原告{wbank}股份有限公司{city}分行诉被告{N}信用卡纠纷一案，本院已受理。'),
    ('chat', '{N}说他在{wbank}上班，其实早就离职了，{plat}的钱也没还。'),
    ('sms', '{N}先生，国庆节假期不停催，请于{date}前归还{plat}欠款。'),
    ('chat', '@{N}\u2005平安夜快乐，别忘了还{plat}的钱'),
    ('question', '我叫{N}，名字跟银行一样，催收以为我是骗子，我在{wbank}确实有笔贷款逾期了'),
    ('voice', '你好是{N}吗这边是{wbank}信用卡中心你这个卡已经逾期{days}天了'),
    ('ocr', '客户姓名 {N}\n证件号码 {ID}\n贷款行 {wbank}'),
    ('sms', '{N}、{G2}：作为{H}的担保人，请于{date}前到{wbank}{branch}支行办理代偿。'),
    ('letter', '收款人：{N}\n收款银行：{wbank}\n用途：归还{H}在{plat}的借款'),
    ('chat', '{N}：我在度小满和{wbank}都有欠款，能不能一起协商？'),
    ('sms', '{N}您好，{wbank}提醒您：出入平安，另您的贷款已逾期{days}天。'),
    ('chat', '{N}：{gctx}，我下周一定把{plat}还上'),
    ('sms', '{gctx}。{N}您好，您在{plat}的借款已逾期{days}天。'),
    ('ocr', '{gctx}\n借款人 {N}\n联系电话 {P}'),
    ('chat', '@{N}\u2005{gctx}，{plat}的钱什么时候还？'),
    ('question', '我叫{N}，“{gctx}”这几个字天天看到，可我自己在{plat}欠的钱还不上了'),
    ('letter', '被告{N}：\n{gctx}与本案无关，原告{plat}诉你借款合同纠纷一案已立案。'),
]

DAI_T = [
    ('letter', '{court}\n传票\n案号：（{cy}）云28{cn}民初{case}号\n被传唤人：{N}，{sex}，傣族，住{ADDR}\n传唤事由：{plat}诉{N}借款合同纠纷'),
    ('sms', '【{plat}】尊敬的{N}，您的借款已逾期{days}天，请于{date}前还款，否则将上报征信。'),
    ('chat', '{N}是我阿爸，他不识汉字，短信都是我帮他看的，欠{plat}{amt}是他借的吗？'),
    ('question', '我叫{N}，是西双版纳的，汉话说得不太好，{plat}打电话说我欠{amt}，我没借过怎么办'),
    ('chat', '{N}：我在勐腊割胶，下个月卖了胶就还{plat}\n客服：请给出具体日期'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 傣\n出生 {by}年{m}月{d}日\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('sms', '{N}你好，我是{plat}驻{city}的外访专员，后天上午到你家核实情况。'),
    ('letter', '担保人{N}：借款人{N2}在{bank}的贷款本息合计{amt}元已逾期，请于{date}前代为偿还。'),
    ('chat', '@{N}\u2005泼水节回来了没有？欠的{amt}说好节后还的'),
    ('sms', '联系人{N}，借款人{N2}将您留为紧急联系人，请转告其尽快归还{plat}欠款，电话{P}'),
    ('voice', '{N}的电话打不通我找到她妈妈{N2}了说在瑞丽打工'),
    ('sms', '{N}、{N2}、{N3}：你们在{plat}的借款均已逾期，请于{date}前还清。'),
    ('question', '我老公{N}在版纳那边欠了网贷，催收打到我这里，我叫{N2}，我需要替他还吗？'),
    ('ocr', '转账成功\n收款人 {N}\n收款账户 {CARD}\n金额 ¥{amt}.00\n{bank}'),
    ('sms', '{N}，你在{bank}{city}支行的贷款已逾期，客户经理电话{PL}'),
    ('letter', '致{N}（身份证号：{ID}）：\n您在{plat}的借款已严重逾期。\n{law}\n{date}'),
    ('chat', '{N}（{P}）：橡胶价格太低了，{plat}的钱能不能缓两个月'),
    ('chat', '咪涛？不是，借款人是{N}，{plat}的单子写错了'),
]

YI_T = [
    ('letter', '被告{N}，男，彝族，{by}年{m}月{d}日出生，住{ADDR}，公民身份号码{ID}。'),
    ('sms', '{N}你好，你在{plat}的借款已逾期{days}天，请尽快还款。{city}外访组'),
    ('question', '我是{N}，{city}的，去年在外面打工借了网贷，现在{plat}说要到我们村里来，村里人都知道了怎么办'),
    ('chat', '{N}：火把节过了就还{plat}\n{N2}：你上次也是这么说的'),
    ('sms', '紧急联系人{N}您好，{N2}在{plat}借款逾期，请转告其联系{P}'),
    ('ocr', '收件人：{N}\n电话：{P}\n地址：{ADDR}\n寄件人：{law}'),
    ('letter', '申请人：{plat}\n被申请人：{N}\n请求事项：判令被申请人偿还借款{amt}元\n{court}'),
    ('sms', '尊敬的{N}：您在{bank}{city}支行的信用卡已逾期，请致电{PL}。'),
    ('chat', '我姐{N}嫁到{city}去了，她的事我管不了，你们别再打我电话{P}了'),
    ('question', '{city}的{N}问：{plat}逾期三年了，现在突然收到律师函，是真的吗？'),
    ('voice', '喂你好是{N}吗我这边是{plat}的你那个钱到底什么时候还'),
    ('chat', '[转账] {N}向你转账{amt}.00元\n备注：还{plat}'),
    ('sms', '{N}、{N2}：作为{N3}的家支亲属，请转告其归还{plat}欠款。'),
    ('letter', '催告函\n{N}（公民身份号码{ID}）：\n你在{plat}的借款已逾期{days}天。'),
]

TIB_T = [
    ('letter', '{court}\n应诉通知书\n{N}：\n原告{plat}诉你借款合同纠纷一案，本院已立案。'),
    ('sms', '扎西德勒！{N}您好，您在{bank}的借款本期应还{amt}元，请按时还款。'),
    ('question', '我叫{N}，在{city}开茶馆，之前在{plat}借了{amt}，现在还不上了，会影响我孩子考公务员吗'),
    ('chat', '{N}：我在牧区信号不好，过几天到县城再联系{plat}\n我：好的请尽快'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 藏\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('sms', '{N}、{N2}：作为{N3}的紧急联系人，请转告其尽快处理{plat}欠款。'),
    ('voice', '嗯对我是{N}的哥哥{N2}他去{city}挖虫草了电话打不通'),
    ('letter', '被执行人：{N}，女，藏族，住{ADDR}\n执行标的：{amt}元\n{court}'),
    ('chat', '{TL} 就是{N}，{plat}的英文资料上是这么写的'),
    ('sms', '{N}你好，你的车{PLATE}已被列入{plat}的抵押车辆清单。'),
    ('chat', '@{N}\u2005藏历新年快乐！顺便提醒下{plat}那{amt}的事'),
    ('question', '我阿妈{N}不识汉字，有人打电话说她欠{plat}的钱，还让她加微信{WX}，是不是诈骗？'),
    ('letter_en', 'Dear {TL},\nYour loan with {plat_en} is {days} days overdue.'),
    ('sms', '{N}您好，您在{bank}{city}支行的贷款已逾期，请联系{PL}。'),
    ('chat', '{N}({QQ})：转经回来就还{plat}，别催了'),
]

MON_T = [
    ('letter', '{court}\n民事判决书\n原告：{plat}\n被告：{N}，男，蒙古族，住{ADDR}'),
    ('sms', '{N}您好，您在{bank}{city}分行的信用卡已逾期{days}天。'),
    ('question', '我是{N}，在锡林郭勒放牧，{plat}逾期了催收说要来草原找我，能不能报警'),
    ('chat', '{N}：那达慕以后一定还{plat}\n{N2}：别再拖了'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 蒙古\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('sms', '紧急联系人{N}：借款人{N2}已失联，请协助联系{plat}，回电{P}。'),
    ('chat', '@{N} @{N2} 群里{plat}的钱什么时候结清'),
    ('voice', '你好我找一下{N}她是你们单位的吧她欠了我们{plat}的钱'),
    ('letter', '担保人：{N}\n身份证号：{ID}\n联系电话：{P}\n贷款行：{bank}'),
    ('chat', '我是{N}的女儿{N2}，我爸在牧区，{plat}有事跟我说。'),
    ('sms', '{N}先生，您的车辆{PLATE}已逾期{days}天未还款，{plat}将依法处置。'),
    ('chat', '{N}：羊卖了就还{plat}，{ADDR}你们别来了'),
    ('sms', '{N}、{N2}、{N3}：{plat}提醒各位紧急联系人，借款人已逾期。'),
    ('question', '{city}的{N}：我欠{plat}{amt}，他们把我的照片发到嘎查群里了，这样合法吗'),
]

HUI_T = [
    ('letter', '被告：{N}，男，回族，{by}年{m}月{d}日出生，住{ADDR}'),
    ('sms', '{N}您好，开斋节快乐！{plat}提醒您本月账单{amt}元将于{date}到期。'),
    ('question', '我是{N}，{city}的，做牛羊肉生意，{plat}逾期了能协商只还本金吗'),
    ('chat', '{N}：古尔邦节过了就还{plat}\n{N2}：好，别忘了'),
    ('sms', '{N}，你的担保人{N2}已代偿部分{plat}欠款，剩余{amt}元请尽快结清。'),
    ('ocr', '收款人：{N}\n开户行：{bank}{branch}支行\n账号：{CARD}'),
    ('chat', '@{N}\u2005我找到你家了，{ADDR}，{plat}的钱不还我就天天来'),
    ('voice', '那个{N}是我堂哥他在{city}开拉面馆的你们{plat}去找他'),
    ('letter', '委托代理人：{N}，{law}律师\n委托人：{plat}'),
    ('sms', '{N}女士，您在{plat}的借款已逾期，如有疑问请致电{PL}。'),
    ('chat', '{N}（{P}）说他马上就还{plat}，让你别急'),
    ('sms', '{N}、{N2}：您二位是{N3}的联系人，{plat}请您转告其还款。'),
    ('ocr', '纳税人名称：{N}\n纳税人识别号：{ID}\n{city}税务'),
]

UYG_T = [
    ('letter', '被告：{N}，男，维吾尔族，住{ADDR}，公民身份号码{ID}'),
    ('sms', '【{plat}】{N}您好，您的借款已逾期{days}天，请尽快还款。'),
    ('question', '我叫{N}，在乌鲁木齐读大学，借了{plat}{amt}元，现在逾期了他们说要告诉学校，怎么办'),
    ('chat', '{N}：我在{city}，这周五就转给你{plat}的钱\n我：好，到账告诉你'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 维吾尔\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('ocr', '户名：{N}  卡号：{CARD}  开户行：{bank}'),
    ('sms', '{N}的紧急联系人{N2}您好，请转告借款人尽快归还{plat}欠款，电话{P}。'),
    ('chat', '@{N} @{N2} @{N3} 三位请注意，本群仅用于{plat}还款提醒'),
    ('voice', '喂是{N}吗你好我这边是{plat}的你的借款已经逾期{days}天了'),
    ('letter', '申请执行人：{plat}\n被执行人：{N}，女，哈萨克族，住{ADDR}\n{court}'),
    ('chat', '{UL} 就是{N}，护照上的名字，{plat}那边登记的是这个'),
    ('sms', '{N}你好，你在{city}的车辆{PLATE}逾期未还款，{plat}将收车。'),
    ('question', '我是{N}，哈萨克族，在阿勒泰放牧，之前手机借了{plat}{amt}，现在号码{P}天天被打爆'),
    ('chat', '{N}：[语音] 8"\n{N}：古尔邦节后一定还{plat}'),
    ('sms', '{N}女士，{bank}{city}支行提醒：您的贷款已逾期{days}天，请致电{PL}。'),
    ('letter_en', 'Dear {UL},\nWe are writing on behalf of {plat_en} about your overdue loan.'),
    ('chat', '{N}（{WX}）：抓饭店生意不好，{plat}能不能缓一缓'),
]

ZH_T = [
    ('letter', '被告：{N}，{sex}，壮族，住{ADDR}\n{court}'),
    ('sms', '{N}你好，三月三假期后请于{date}前归还{plat}欠款{amt}元。'),
    ('question', '我是{N}，{city}的，借了{plat}逾期了，他们说要去我们村里贴大字报，合法吗'),
    ('chat', '{N}：我在田阳卖芒果，等收了款就还{plat}'),
    ('sms', '紧急联系人{N}您好，借款人{N2}在{plat}已逾期，请转告。'),
    ('ocr', '收件人 {N} {P}\n{ADDR}'),
    ('chat', '@{N}\u2005你的农特产品店还开着吗？{plat}欠的钱该还了'),
    ('letter', '原告：{N}\n被告：{N2}\n案由：民间借贷纠纷\n{court}'),
    ('voice', '你好是{N}吗我是{plat}的你在{city}那边的借款逾期了'),
    ('sms', '{N}、{N2}：{bank}{city}支行提醒，你们担保的贷款已逾期{days}天。'),
    ('chat', '{N}({QQ})：{plat}那笔钱我下个月一定还'),
]

KOR_T = [
    ('letter', '被告：{N}，女，朝鲜族，住{ADDR}\n{court}'),
    ('sms', '{N}您好，您在{bank}{city}支行的贷款已逾期{days}天，请尽快处理。'),
    ('question', '我是{N}，{city}人，在韩国打工，国内的{plat}逾期了回国会被拦吗'),
    ('chat', '{N}：我下个月从首尔汇钱回来还{plat}\n我：几号？'),
    ('sms', '{N}、{N2}：你们担保的{plat}贷款已逾期，请于{date}前到{bank}{city}支行办理。'),
    ('ocr', '姓名 {N}\n性别 {sex}  民族 朝鲜\n住址 {ADDR}\n公民身份号码 {ID}'),
    ('chat', '@{N}\u2005申请延期的材料发我邮箱{EMAIL}，{plat}那边要'),
    ('voice', '你好我是{N}的丈夫{N2}她去韩国了{plat}的事跟我说吧'),
    ('chat', '{KL}（{N}）是我们{plat}的客户，韩国手机号打不通'),
    ('letter', '具体情况如下：借款人{N}于{date}在{plat}借款{amt}元，至今未还。'),
    ('sms', '{N}，你在{plat}的借款全部逾期，千万不要再拖了，电话{PL}。'),
    ('chat', '{N}（{P}）：冷面店关门了，{plat}的钱暂时还不上'),
]

HKTW_T = [
    ('letter_hk', '致：{HK}先生\n地址：{ADDRHK}\n事由：追討欠款\n閣下於{hkplat}之貸款已逾期{days}日，尚欠港幣{amt}元。'),
    ('letter_en', 'Dear {HKR},\nYour account with {hkplat_en} is overdue by {days} days. Outstanding balance: HK${amt}.\nAddress on file: {ADDRHKEN}'),
    ('sms_hk', '{HKP}你好，我哋係{hkplat}，你嘅貸款已逾期，請盡快致電{PHK}。'),
    ('chat_hk', '{HKP}：下個禮拜出糧就還{hkplat}\n我：唔好再拖啦'),
    ('sms_hk', 'Mr {HKR}, please settle HK${amt} with {hkplat_en} by {date_en}. Enquiry: {PHK}'),
    ('ocr', '姓名 Name\n{HK}\n{HKR}\n身份證號碼 {HKID}'),
    ('letter_en', 'Flat/Room: {ADDRHKEN}\nName: {HKR}\nHKID: {HKID}\nCreditor: {hkplat_en}'),
    ('sms_hk', '{HK}小姐，{hkbank}提提你：信用卡結欠港幣{amt}已逾期{days}日。'),
    ('chat_hk', '@{HKE}\u2005你張{hkbank}卡過咗數未呀？'),
    ('letter_hk', '債務人：{HK}（{HKR}）\n香港身份證：{HKID}\n住址：{ADDRHK}\n債權人：{hkplat}'),
    ('question', '我叫{HK}，喺香港做嘢，內地嘅{plat}逾期咗，佢哋打去我屋企{PHK}，點算好？'),
    ('sms_hk', '{HKE}, your {hkplat_en} loan repayment of HK${amt} is overdue. Please contact us at {PHK}.'),
    ('letter_hk', '本行職員{HKP}謹代表{hkbank}致函閣下，要求於{date}前清還欠款。'),
    ('chat_hk', '{HK}：我而家喺旺角，晏晝過嚟還{hkplat}嘅錢\n{HK2}：好，等你'),
    ('letter_en', 'Name of Borrower: {HKR}\nCorrespondence Address: {ADDRHKEN}\nMobile: {PHK}\nLender: {hkplat_en}'),
    ('ocr', '轉數快 FPS\n收款人：{HKR}\n電話號碼：{PHK}\n金額：HK${amt}.00\n{hkbank}'),
    ('chat_hk', '{HKE}：{hkplat}又打嚟我公司，{HKE2}話佢都收到'),
    ('letter_en', 'Dear Ms {HKR},\nRe: {hkbank} Credit Card ending {tailno}\nPlease settle the overdue amount of HK${amt}.'),
    ('letter_hk', '致：{MO}先生\n地址：{ADDRMO}\n閣下於{mobank}之信用卡已逾期，請儘快還款。'),
    ('sms_hk', '{MOR}，您好！{mobank}提提您：貸款供款已逾期{days}日，查詢請致電{PMO}。'),
    ('chat_hk', '{MO}：我喺氹仔返工，下個月先還到{mobank}'),
    ('letter_en', 'Nome / Name: {MOR}\nMorada / Address: {ADDRMOPT}\nBanco: {mobank}'),
    ('question', '我係{MO}，澳門人，喺珠海{plat}借咗錢，而家佢哋打去我{PMO}，點算？'),
    ('sms_tw', '{TW}先生您好，您的{twbank}信用卡已逾期{days}天，請儘速繳款，客服專線{PTW}。'),
    ('letter_tw', '債務人：{TW}（身分證字號：{TWID}）\n戶籍地址：{ADDRTW}\n催告事項：請於文到七日內清償欠款新臺幣{amt}元。'),
    ('chat_tw', '{TWE}：我下週一匯款給你，{twbank}那邊也在催\n我：好喔，別忘了'),
    ('sms_tw', '{TWR}（{TW}）您好，{twbank}通知您本期帳單已逾期。'),
    ('question', '我是{TW}，台灣人在大陸工作，{plat}的借款逾期了，會影響我回台灣嗎？'),
    ('chat_tw', '@{TW}\u2005你上次說{twbank}那筆錢呢？'),
    ('letter_tw', '存證信函\n寄件人：{twbank}\n收件人：{TW}\n地址：{ADDRTW}'),
    ('ocr', '英文姓名 {TWR}\n中文姓名 {TW}\n手機 {PTW}\n{twbank}'),
    ('sms_tw', '{TWE}您好，{twbank}提醒您繳款期限已過，逾期{days}天。'),
    ('chat_tw', '{TW}({PTW})：{twbank}的帳單我月底一定繳'),
]

PINYIN_T = [
    ('letter_en', 'Dear {PY},\nYour loan with {plat_en} is {days} days overdue. Please repay RMB {amt} before {date_en}.'),
    ('sms', '{PY}，您好，您在{plat}的借款已逾期{days}天，请尽快还款。'),
    ('chat', '{PY}：ok {plat}那笔后天还\n我：说到做到'),
    ('ocr', '收款人 {PY}\n账号 {CARD}\n{bank}'),
    ('letter_en', 'Beneficiary: {PY}\nAccount No.: {CARD}\nBank: {bank_en}'),
    ('chat', 'Email from {PY} <{EMAIL}>: 请问{plat}可以分期吗'),
    ('sms', 'Hi {PY}, this is {plat_en} collections. Please call us back at {P}.'),
    ('ocr', 'Name: {PY}\nNationality: CHN\nDate of birth: {d} {mon_en} {by}\nIssuer: {plat_en}'),
    ('chat', '@{PY}\u2005你的英文名片上是这么写的吧？{plat}在找你'),
    ('letter', '被告：{PY}（中文名{PYC}），住{ADDR}\n{court}'),
    ('question', '我护照上的名字是{PY}，国内身份证是{PYC}，两个都被{plat}催收找到了怎么办'),
    ('chat', '{PY} ({PYC}) 已被管理员移出“{plat}还款群”'),
    ('letter_en', 'Debtor: {PY}\nID No.: {ID}\nMobile: {P}\nCreditor: {plat_en}'),
    ('sms', '{PY}先生，您的{bank}信用卡已逾期{days}天。'),
    ('chat', '对方英文名{PY}，在{plat}借了{amt}'),
    ('letter_en', 'RE: OVERDUE PAYMENT - {PY}\nWe write on behalf of {plat_en}.'),
    ('ocr', '持卡人 CARDHOLDER\n{PY}\n{CARD}\n{bank_en}'),
    ('voice', '呃那个他的英文名是{PY}对对对就是他{plat}的那个'),
    ('chat', '{PYM}：我下个月回国就还{plat}'),
    ('letter_en', 'Dear {PYM},\nThis is a final reminder regarding your overdue loan with {plat_en}.'),
    ('sms', '{PYM}，您好，您在{plat}的借款已逾期，请回电{P}。'),
    ('letter_en', 'Guarantor: {PY}\nBorrower: {PY2}\nLender: {plat_en}'),
]

OTHER_T = [
    ('sms', '您尾号{tailno}的{plat}借款已逾期，请联系{P}处理。'),
    ('ocr', '收货地址：{ADDR}\n联系电话：{P}\n{plat}商城'),
    ('chat', '车牌{PLATE}的车主请联系{P}，您在{plat}的车贷已逾期。'),
    ('chat', '加我微信{WX}，{plat}的事我们私下协商。'),
    ('chat', '有事加QQ {QQ}，{plat}的电话别打了。'),
    ('sms', '请将{plat}还款凭证发送至{EMAIL}，我司核实后会为您销账。'),
    ('sms', '您的{plat}合同编号{ACC}已逾期{days}天。'),
    ('letter', '送达地址：{ADDR}\n{court}'),
    ('sms', '机主{P}已被列为{plat}紧急联系人，请转告借款人。'),
    ('ocr', '公民身份号码 {ID}\n签发机关 {city}市公安局'),
    ('chat', '这个号码{P}是谁的？天天打给我说{plat}的事。'),
    ('letter_hk', '送達地址：{ADDRHK}\n{hkplat}'),
    ('letter_en', 'Please send the cheque to: {ADDRHKEN}\n{hkplat_en}'),
    ('sms_hk', '{hkplat}：查詢請致電 {PHK}'),
    ('sms_tw', '請於三日內匯款至{twbank}帳號{CARD}，聯絡電話{PTW}。'),
    ('letter_tw', '身分證字號：{TWID}\n地址：{ADDRTW}\n{twbank}'),
    ('ocr', '香港身份證號碼 {HKID}\n{hkbank}'),
    ('chat', '我的邮箱{EMAIL}，{plat}合同发我一份'),
    ('voice', '你记一下我的电话{P}{plat}的事打这个'),
    ('sms', '您的{plat}订单{ACC}尚有{amt}元未还。'),
    ('chat', '收款二维码找不到了，直接转我{bank}卡{CARD}'),
    ('sms', '{plat}：座机{PL}打不通的话打手机{P}'),
    ('chat', 'QQ号{QQ}，微信号{WX}，{plat}的事都可以联系'),
    ('letter_en', 'Morada / Address: {ADDRMOPT}\n{mobank}'),
    ('ocr', '寄件地址：{ADDR}\n快递单号见{plat}订单'),
]

GROUP_TEMPLATES = {
    'word': WORD_T + STRONG, 'given': GIVEN_T + STRONG, 'dai': DAI_T + STRONG, 'yi': YI_T + STRONG,
    'tib': TIB_T + STRONG, 'mon': MON_T + STRONG, 'hui': HUI_T + STRONG, 'uyg': UYG_T + STRONG,
    'zh': ZH_T + STRONG, 'kor': KOR_T + STRONG, 'hktw': HKTW_T, 'pinyin': PINYIN_T + STRONG,
    'other': OTHER_T,
}
OWN_COUNT = {'word': len(WORD_T), 'given': len(GIVEN_T), 'dai': len(DAI_T), 'yi': len(YI_T),
             'tib': len(TIB_T), 'mon': len(MON_T), 'hui': len(HUI_T), 'uyg': len(UYG_T),
             'zh': len(ZH_T), 'kor': len(KOR_T), 'hktw': len(HKTW_T), 'pinyin': len(PINYIN_T),
             'other': len(OTHER_T)}
GROUP_SAMPLER = {'word': 'W', 'given': 'G', 'dai': 'DAI', 'yi': 'YI', 'tib': 'TIB', 'mon': 'MON',
                 'hui': 'HUI', 'uyg': 'UK', 'zh': 'ZH', 'kor': 'KOR', 'pinyin': 'PY', 'hktw': 'HK',
                 'other': 'H'}

# decorations per form: (prefixes, suffixes)
DECOR = {
    'sms': (['', '', '【温馨提示】', '[短信] ', '【{plat}】'], ['', '', ' 回T退订', ' 拒收请回复R', '（本短信由系统自动发送）']),
    'chat': (['', '', '[微信] ', '微信聊天记录：\n', '群消息：\n'], ['', '', '\n[图片]', '\n[语音] 8"', '\n对方正在输入...']),
    'ocr': (['', '', '截图识别：\n', '[图片]识别结果：\n', 'OCR：\n'], ['', '', '\n识别完成', '\n（部分文字识别不清）']),
    'letter': (['', '', '律师函\n', '催告函\n', '（扫描件）\n'], ['', '', '\n特此告知。', '\n（此件与原件核对无异）']),
    'question': (['', '', '求助：', '网友提问：', '【求助】'], ['', '', '谢谢大家', '在线等，急', '？？']),
    'voice': (['', '', '语音转文字：', '通话录音转写：\n'], ['', '', '嗯', '喂喂']),
    'sms_hk': (['', '', '【通知】', '短訊：'], ['', '', ' 如已還款請忽略', ' 回覆STOP取消']),
    'chat_hk': (['', '', 'WhatsApp：\n', '[WhatsApp] '], ['', '', '\n[圖片]', '\n已讀']),
    'letter_hk': (['', '', '追收函件\n', '（副本）\n'], ['', '', '\n此致', '\n如已清還，請忽略本函。']),
    'letter_en': (['', '', 'NOTICE\n', 'Re: Overdue Account\n'], ['', '', '\nYours faithfully,', '\nPlease ignore this letter if payment has been made.']),
    'sms_tw': (['', '', '【通知】', '簡訊：'], ['', '', ' 如已繳款請忽略', ' 拒收請回覆N']),
    'chat_tw': (['', '', 'LINE：\n', '[LINE] '], ['', '', '\n已讀', '\n[貼圖]']),
    'letter_tw': (['', '', '催告函\n', '（影本）\n'], ['', '', '\n此致', '\n特此通知。']),
}

# extra personal data appended to some records (before the suffix)
TAILS = {
    'sms': ['，回电{P9}', ' 联系电话：{PL9}', '（合同号{ACC9}）', '，还款账户{CARD9}', '，详询{EMAIL9}'],
    'letter': ['\n联系电话：{P9}', '\n送达地址：{ADDR9}', '\n邮箱：{EMAIL9}', '\n合同编号：{ACC9}', '\n抵押车辆：{PLATE9}'],
    'chat': ['\n我微信{WX9}', '\nQQ：{QQ9}', '\n我电话{P9}', '\n车牌{PLATE9}那辆车也是抵押的', '\n合同号{ACC9}你自己查'],
    'ocr': ['\n手机 {P9}', '\n车牌 {PLATE9}', '\n账号 {CARD9}', '\n订单号 {ACC9}'],
    'question': ['（我的手机{P9}已经被打爆了）', '（合同号{ACC9}）'],
    'voice': ['你记一下我电话{P9}'],
}
TAIL_P = 0.12

# texts without personal data (word-names and regional words in ordinary use)
NONE_TEXTS = [
    ('sms', '夏天到了，空调分期账单已出，请于本月25日前还款。'),
    ('chat', '客服的态度很温柔，但还款日期不能再往后推了。'),
    ('sms', '谷雨前后是还款高峰，转账可能延迟到账。'),
    ('sms', '晚高峰期间银行系统繁忙，建议错峰还款。'),
    ('chat', '打江山容易守江山难，信用也是一样。'),
    ('sms', '金鑫典当行通知：绝当物品将于下周公开处理。'),
    ('chat', '窗外白雪皑皑，催收电话却一个接一个。'),
    ('sms', '向阳花园小区的业主请注意，物业费可以分期缴纳。'),
    ('chat', '她性格文静，从来不跟催收吵架。'),
    ('sms', '不以规矩不成方圆，按期还款是基本规则。'),
    ('sms', '常青藤教育分期已结清，请保留结清证明。'),
    ('sms', '请出示安康码后进入营业厅办理还款业务。'),
    ('letter', '陕西省安康市汉滨区人民法院网上立案平台已开通。'),
    ('question', '协商分期的方案是不是越早提交越容易成功？'),
    ('chat', '四月柳絮纷飞，过敏的话注意防护，别忘了还花呗。'),
    ('chat', '海燕在暴风雨中飞翔，我在网贷里挣扎。'),
    ('chat', '黎明前最黑暗，坚持按期还款。'),
    ('chat', '夜深了，宁静的晚上被一条催收短信打破。'),
    ('sms', '去西藏注意高原反应，出发前把信用卡账单还了。'),
    ('chat', '经历了三次协商，最后安然无恙地结清了贷款。'),
    ('sms', '华夏银行信用卡中心提醒：本期账单已出。'),
    ('sms', '今年国庆节假期还款日顺延至10月8日。'),
    ('chat', '民生银行、光大银行、兴业银行的信用卡可以在同一个APP里还。'),
    ('sms', '平安银行提醒您：出入平安，谨防电信诈骗。'),
    ('sms', '度小满金融：小满时节，祝您生活顺遂。'),
    ('chat', '胜利在望，还剩最后一期就结清了。'),
    ('letter', '深圳市光明区人民法院诉讼服务中心电话请以官网公布为准。'),
    ('sms', '工商银行牡丹卡年费减免政策已更新。'),
    ('chat', '白玉兰花开的季节，账单也如期而至。'),
    ('sms', '彩云之南欢迎您，云南农信提醒您按时还款。'),
    ('sms', '西双版纳泼水节期间，景洪网点营业时间调整为9:00-15:00。'),
    ('sms', '扎西德勒！祝您藏历新年快乐，本月账单请按时还款。'),
    ('chat', '格桑花开的时候，我的网贷终于还完了。'),
    ('letter', '呼和浩特市赛罕区人民法院诉讼服务中心本周六正常办公。'),
    ('sms', '乌兰察布的分公司已撤销，业务由呼和浩特总部承接。'),
    ('sms', '那达慕大会期间牧区网点照常营业。'),
    ('sms', '开斋节假期期间，宁夏银行自助设备正常运行。'),
    ('question', '纳税证明可以作为收入证明提交给银行吗？'),
    ('question', '木乃伊展览的门票也可以用分期付款吗？'),
    ('chat', '马海毛毛衣是分期买的，还剩三期。'),
    ('letter', '延边朝鲜族自治州中级人民法院发布执行悬赏公告。'),
    ('sms', '申请延期还款需要提交具体的困难证明。'),
    ('chat', '农特产品直播带货的货款到账后再还款。'),
    ('chat', '韦达定理都忘了，更别说算利息了。'),
    ('chat', '蒙特卡洛模拟显示下季度逾期率会上升。'),
    ('letter', '贵港市覃塘区人民法院送达公告。'),
    ('sms_hk', '旺角彌敦道嘅分行今日暫停服務。'),
    ('sms_hk', '請於到期日前繳款，grace period 只有三日。'),
    ('letter_en', 'Your credit card bill is due on 15 Dec. Please pay before the due date.'),
    ('sms_hk', 'Summer sale 夏日優惠：分期免手續費。'),
    ('sms_tw', '玉山銀行提醒您：勿將網路銀行密碼告訴他人。'),
    ('chat', '青藏高原的冬天很冷，转账记得确认收款账号。'),
    ('sms', '凉山彝族火把节期间，西昌部分网点延迟营业。'),
    ('sms', '三月三假期，广西地区还款日顺延。'),
    ('question', '刀片、岩石、玉米都可以在这个平台分期买？'),
    ('letter', '和平区人民法院执行局提醒：拒不履行将纳入失信名单。'),
    ('chat', '时光飞逝，离还款日只有三天了。'),
    ('chat', '童话里都是骗人的，网贷的利息是真的。'),
    ('chat', '鹏程万里，信用第一。'),
    ('chat', '壮志凌云的创业计划，最后变成了一堆网贷。'),
    ('sms', '蓝天救援队不是催收公司，请勿轻信。'),
    ('chat', '余生很长，别被网贷拖垮。'),
    ('chat', '向前看，先把最小的一笔还了。'),
    ('sms', '明天是最后还款日，请确保卡内余额充足。'),
    ('chat_hk', 'Mong Kok 分行已搬到 Nathan Road 另一邊。'),
    ('chat', '白露过后早晚凉，账单别忘了。'),
    ('chat', '盛夏天气炎热，营业厅延长营业时间到晚上八点。'),
    ('letter', '佳木斯市向阳区人民法院执行公告。'),
]

# ---------------------------------------------------------------------------
# preserve list material
# ---------------------------------------------------------------------------

WORD_ORD = {
    '夏天': ['夏天到了，空调电费记得按时交', '今年夏天的账单比去年高', '夏天用电高峰，电费分期可申请', '盛夏天气炎热', '夏天过后再协商还款'],
    '温柔': ['客服态度温柔', '请用温柔一点的语气沟通', '温柔提醒：本期账单已出', '温柔地拒绝不合理的催收'],
    '谷雨': ['谷雨时节，春茶上市', '谷雨前后还款高峰', '清明谷雨两相连'],
    '高峰': ['高峰期转账可能延迟', '早高峰', '晚高峰期间请错峰办理', '还款高峰期系统繁忙', '业务高峰时段请耐心等待'],
    '江山': ['江山易改本性难移', '打江山容易守江山难', '浙江江山市人民法院', '江山如画'],
    '金鑫': ['金鑫典当行', '金鑫小额贷款公司', '金鑫大厦三楼营业厅', '金鑫珠宝分期'],
    '白雪': ['白雪皑皑', '白雪公主联名信用卡', '阳春白雪'],
    '向阳': ['向阳花开', '向阳路营业网点', '向阳而生', '佳木斯市向阳区人民法院', '房子朝南向阳'],
    '文静': ['性格文静', '文静的女孩也会被催收', '说话文静一点'],
    '方圆': ['方圆十里', '不以规矩不成方圆', '方圆几公里内都没有网点'],
    '常青': ['常青藤', '万古常青', '常青树', '友谊常青'],
    '安康': ['安康码', '陕西安康', '安康市中级人民法院', '岁岁安康', '祝您身体安康', '请出示安康码'],
    '易成': ['协商越早越容易成功', '小额更易成交', '分期方案更易成立'],
    '柳絮': ['柳絮纷飞', '柳絮过敏', '春天柳絮多'],
    '海燕': ['海燕在暴风雨中飞翔', '海燕牌缝纫机'],
    '田野': ['田野调查', '田野里的庄稼', '走向田野'],
    '黎明': ['黎明前的黑暗', '黎明时分', '迎接黎明'],
    '宁静': ['宁静的夜晚', '宁静致远', '打破了宁静'],
    '江涛': ['江涛拍岸', '滚滚江涛'],
    '高原': ['高原反应', '青藏高原', '高原地区网点', '黄土高原'],
    '安然': ['安然无恙', '安然入睡', '安然度过难关'],
    '林海': ['林海雪原', '茫茫林海'],
    '海洋': ['海洋馆门票分期', '海洋公园', '海洋世界', '海洋保护'],
    '华夏': ['华夏银行', '华夏银行信用卡中心', '华夏基金', '华夏大地'],
    '金星': ['金星路支行', '金星和火星', '金星啤酒'],
    '夏雨': ['夏雨绵绵', '一场夏雨'],
    '温暖': ['温暖的家', '温暖人心', '春天温暖'],
    '童话': ['童话故事', '童话里都是骗人的', '童话书分期'],
    '时光': ['时光飞逝', '时光相册', '美好时光'],
    '安宁': ['云南安宁市人民法院', '安宁疗护', '生活安宁', '不得安宁'],
    '宁夏': ['宁夏回族自治区', '宁夏银行', '宁夏银川', '宁夏枸杞'],
    '万里': ['万里长城', '鹏程万里', '万里晴空'],
    '凌云': ['壮志凌云', '凌云县人民法院', '凌云壮志'],
    '蓝天': ['蓝天白云', '蓝天救援队', '保卫蓝天'],
    '甘露': ['甘露寺', '久旱逢甘露'],
    '和平': ['和平区人民法院', '世界和平', '和平饭店', '和平解决纠纷'],
    '杨柳': ['杨柳依依', '杨柳青年画', '岸边杨柳'],
    '余生': ['余生很长', '余生请多指教'],
    '向前': ['向前看', '向前一步', '一直向前走'],
    '明天': ['明天还款', '明天再说', '明天下午三点前还款', '明天是还款日'],
    '白露': ['白露节气', '白露过后早晚凉', '白露为霜'],
    '扎西': ['扎西德勒', '扎西德勒，新年快乐'],
    '格桑': ['格桑花', '格桑花开'],
    '乌兰': ['乌兰察布', '乌兰浩特市人民法院', '乌兰牧骑'],
    '呼和': ['呼和浩特', '呼和浩特市赛罕区人民法院'],
    '玉兰': ['玉兰花', '白玉兰', '玉兰油'],
    '春燕': ['春燕归来', '春燕衔泥'],
    '国庆': ['国庆节', '国庆假期还款顺延', '国庆七天乐'],
    '建设': ['建设银行', '中国建设银行', '建设银行信用卡中心', '城市建设', '信用体系建设'],
    '民生': ['民生银行', '国计民生', '民生银行信用卡中心', '民生工程'],
    '光大': ['光大银行', '发扬光大', '光大银行信用卡中心'],
    '兴业': ['兴业银行', '兴业银行信用卡中心', '兴业路'],
    '平安': ['平安银行', '出入平安', '平安普惠', '平安夜', '中国平安', '岁岁平安'],
    '广发': ['广发银行', '广发卡'],
    '昆仑': ['昆仑银行', '昆仑山脉'],
    '渤海': ['渤海银行', '渤海湾'],
    '小满': ['度小满', '小满节气', '度小满金融', '小满胜万全'],
    '胜利': ['胜利在望', '胜利油田', '取得胜利'],
    '光明': ['光明区人民法院', '光明乳业', '前途光明', '光明街'],
    '幸福': ['幸福生活', '幸福里小区', '幸福感'],
    '牡丹': ['牡丹卡', '工商银行牡丹卡', '牡丹花', '洛阳牡丹'],
    '红旗': ['红旗轿车', '红旗路', '红旗渠'],
    '长江': ['长江证券', '长江大桥', '长江三峡', '长江以南'],
    '振兴': ['乡村振兴', '振兴经济'],
    '吉祥': ['吉祥如意', '吉祥航空'],
    '如意': ['称心如意', '如意算盘'],
    '美丽': ['美丽乡村', '美丽的风景'],
    '彩云': ['彩云之南', '七彩云南'],
    '建国': ['建国以来', '建国门', '建国路'],
    '太平': ['太平洋保险', '太平人寿', '天下太平'],
    '泰康': ['泰康人寿', '泰康保险'],
    '新华': ['新华书店', '新华路支行', '新华社'],
    '中华': ['中华人民共和国', '中华烟', '中华民族'],
    '金花': ['五朵金花', '金花茶'],
    '桂花': ['桂花糕', '八月桂花香'],
    '东方': ['东方明珠', '东方财富', '东方航空'],
    '人民': ['人民法院', '人民币', '人民银行', '为人民服务'],
}

WORD_CTX = ['，请按时还款', '，账单别忘了', '，还款日不变', '，请提前安排资金', '，逾期会影响征信',
            '，客服热线照常服务', '，请勿轻信陌生来电', '，分期申请照常受理', '，最低还款额已更新',
            '，催收不得骚扰第三人', '，还款请认准官方账户', '，协商请拨打官方热线', '，截图请保存好',
            '，本期账单已出']

REGION_ORD = [
    '西双版纳傣族自治州中级人民法院', '景洪市人民法院', '泼水节期间景洪网点营业时间调整', '傣族园门票可分期',
    '孔雀舞演出', '傣味烧烤店收款码', '曼听公园', '勐海普洱茶', '瑞丽口岸', '芒市机场', '岩石', '岩层',
    '玉米收购款到账', '玉石分期不靠谱', '玉镯分期', '刀具', '刀片', '割胶季节', '橡胶价格下跌',
    '凉山彝族自治州中级人民法院', '西昌市人民法院', '火把节假期不影响还款日', '彝族年', '马海毛毛衣',
    '木乃伊展览', '阿尔卑斯棒棒糖', '苦荞茶', '坨坨肉', '索玛花', '邛海', '布拖县人民法院', '昭觉县',
    '拉萨市城关区人民法院', '藏历新年快乐', '唐卡分期', '酥油茶', '青稞酒', '布达拉宫', '转经',
    '日喀则', '那曲', '林芝桃花', '玉树临风', '玉树市人民法院', '牧区网点', '虫草季', '格萨尔王传',
    '那达慕大会', '敖包', '马奶酒', '手把肉', '大草原', '锡林郭勒', '鄂尔多斯', '包头', '赤峰', '通辽',
    '乌兰浩特', '乌兰察布', '呼和浩特', '蒙牛牛奶', '伊利股份', '嘎查', '苏木',
    '开斋节快乐', '古尔邦节', '清真餐厅', '牛肉拉面', '拉面馆', '银川', '吴忠', '临夏', '纳税证明',
    '纳税人识别号', '喇叭', '马上还款', '马上消费金融', '沙发分期', '海关', '礼拜五', '纳家营',
    '维吾尔族', '哈萨克族', '馕坑', '烤包子', '手抓饭', '国际大巴扎', '喀什古城', '伊犁河谷', '葡萄干',
    '阿克苏苹果', '和田玉', '古丽', '冬不拉',
    '三月三', '壮族', '五色糯米饭', '农特产品', '农业银行', '农村信用社', '韦达定理', '蒙特卡洛',
    '覃塘区', '百色芒果', '壮锦', '铜鼓', '班长', '上班', '莫名其妙', '蓝色', '岑溪',
    '延边', '延吉', '冷面', '打糕', '辣白菜', '延期', '申请', '具体', '全部', '千万', '池塘', '南方',
    '车辆', '太好了', '权利', '洪水', '都是', '延吉市人民法院', '延边朝鲜族自治州中级人民法院',
    '图们江', '长白山', '朝鲜族', '秋夕',
]
REGION_SENT = [
    '泼水节期间景洪的网点营业时间调整为上午9点到下午3点', '火把节假期还款日不顺延', '藏历新年期间拉萨网点照常营业',
    '那达慕大会期间锡林浩特分行提前下班', '开斋节当天银川部分网点休息', '古尔邦节假期新疆地区还款日顺延',
    '三月三假期广西地区客服热线照常服务', '秋夕节延吉网点休息一天', '牧区信号不好请耐心等待回电',
    '割胶季节收入不稳定可申请延期', '虫草季结束后再协商还款', '玉米收购款到账后再还款',
    '橡胶价格下跌导致还款困难', '马海毛毛衣分期还剩三期', '农特产品货款到账后请及时还款',
    '请携带纳税证明到柜台办理', '喇叭里在播放防诈骗宣传', '冷面店的收款码不要扫陌生人的',
    '韩国务工人员回国后可办理征信查询', '和田玉分期购买需谨慎', '唐卡分期付款合同请保存好',
    '青藏高原地区转账可能延迟', '呼和浩特的客服中心搬迁了', '乌兰察布分公司业务暂停',
    '西双版纳傣族自治州中级人民法院发布公告', '凉山彝族自治州中级人民法院执行局', '延边朝鲜族自治州中级人民法院立案庭',
    '临夏回族自治州中级人民法院', '伊犁哈萨克自治州中级人民法院', '德宏傣族景颇族自治州中级人民法院',
    '宁夏回族自治区高级人民法院', '广西壮族自治区高级人民法院', '西藏自治区高级人民法院',
    '内蒙古自治区高级人民法院', '新疆维吾尔自治区高级人民法院',
]
HK_ORD = [
    '旺角彌敦道嘅分行今日暫停服務', '尖沙咀分行', '銅鑼灣', '觀塘', '荃灣', '深水埗', '轉數快 FPS', '八達通',
    '收數公司', '財務公司', '過數', '還款日', '唔該', '請盡快還款', '逾期利息', '環聯信貸報告', '破產令',
    '債務舒緩計劃', 'Mong Kok', 'Tsim Sha Tsui', 'Causeway Bay', 'Nathan Road', 'Hennessy Road', 'Kowloon Bay',
    '香港海洋公園', '出糧之後先還', '你張卡過咗數未', '唔好信陌生來電', '呢個係詐騙短訊', '食咗飯未',
    '台北市信義區', '中華電信', '悠遊卡', '玉山銀行', '國泰世華銀行', '街口支付', '超商繳費', '債務協商',
    '前置協商', '更生清算', '新臺幣', '澳門通', '氹仔', '新馬路', '大豐銀行', '澳門元', '中銀澳門',
    '請於到期日前繳款', '如已還款請忽略', '回覆STOP取消', '信用卡結欠', '最低還款額', '簡訊驗證碼勿告訴他人',
    '存證信函', '支付令', '強制執行', '法院公證', '寬限期', '分期付款', '清還欠款', '追討欠款',
]
EN_ORD = [
    'grace period', 'Your credit card bill is due', 'Please pay your bill on time', 'Hope you are doing well',
    'Summer sale', 'mark as paid', 'You will be charged a late fee', 'angel investor', 'crystal clear',
    'jade bracelet installment plan', 'rose gold phone case', 'penny stocks', 'frankly speaking',
    'candy shop', 'cherry blossom season', 'a sunny day', 'the joy of paying off debt', 'Ivy League tuition loan',
    'minimum payment due', 'statement date', 'overdue balance', 'late payment fee', 'credit limit',
    'customer service hotline', 'debt collection agency', 'repayment schedule', 'interest-free installment',
    'Please ignore this message if you have paid', 'Do not share your verification code',
    'Outstanding balance', 'Due date', 'Account summary', 'Loan agreement', 'Final reminder',
    'Bank of China', 'China Construction Bank', 'Ping An Bank', 'Alipay', 'WeChat Pay', 'Huabei', 'Jiebei',
    'Summer is here, pay your bill', 'Grace period ends tomorrow', 'Hope springs eternal', 'Bill payment service',
    'Will you pay today?', 'Mark the due date on your calendar', 'Frank discussion about repayment',
]
DEBT_ORD = [
    '您的账户已逾期，请尽快处理', '请于今日内还款', '逾期将影响个人征信', '如已还款请忽略本短信', '回T退订',
    '拒收请回复R', '本期账单已出', '最低还款额', '还款日', '宽限期', '违约金', '罚息', '滞纳金', '分期手续费',
    '停息挂账', '个性化分期', '协商还款', '债务重组', '征信修复是骗局', '谨防电信诈骗', '不要开启屏幕共享',
    '国家反诈中心提醒', '请勿向陌生账户转账', '法务部', '贷后管理部', '客服专员', '催收员', '外访专员',
    '律师函', '催告函', '应诉通知书', '传票', '民事判决书', '执行裁定书', '失信被执行人名单', '限制高消费',
    '财产保全', '诉前调解', '立案庭', '执行局', '书记员', '审判员', '送达地址确认书', '借款合同纠纷',
    '民间借贷纠纷', '信用卡纠纷', '连带保证责任', '紧急联系人', '通讯录', '联系人', '担保人', '借款人',
    '被告', '原告', '被执行人', '申请执行人', '委托代理人', '法定代表人', '收款人', '户名', '开户行',
    '卡号尾号', '结清证明', '还款凭证', '对公账户', '官方APP', '自动扣款失败', '余额不足', '扣款成功',
    '额度已冻结', '账户已锁定', '提前还款', '逾期天数', '本金', '利息', '年化利率', '服务费', '担保费',
    '催收电话太多可以投诉', '银保监投诉热线', '12378', '95588', '95533', '95566', '95555', '95568',
    '95595', '95561', '95511', '95577', '95508', '12368', '12321', '96110', '400-820-5555',
    '截图识别结果', '语音转文字', '群公告', '已被管理员移出群聊', '撤回了一条消息', '对方正在输入',
    '[图片]', '[语音]', '[转账]', '[红包]恭喜发财，大吉大利', '拍了拍', '以上是打招呼的内容',
    '你已添加了对方为朋友', '消息已发出，但被对方拒收了', '通话时长 03:21', '未接来电', '已读',
]
INSTITUTIONS = BANKS + WORD_BANKS[-2:] + ['富滇银行', '西藏银行', '内蒙古银行', '宁夏银行', '新疆银行',
                                         '广西北部湾银行', '延边农商银行', '桂林银行', '吉林银行', '青海银行']
DEPTS = ['信用卡中心', '法务部', '贷后管理部', '客服中心', '催收部', '风险管理部', '零售信贷部',
         '个人金融部', '资产保全部', '投诉热线']
COURT_ROLES = ['立案庭', '执行局', '诉讼服务中心', '民事审判庭', '送达公告', '执行悬赏公告']
PLAT_ACTIONS = ['提醒您按时还款', '客服热线', '官方APP', '账单已出', '额度已恢复', '逾期提醒',
                '协商还款入口', '结清证明申请']
PRES_PREFIX = ['温馨提示：', '【通知】', '提醒：', '截图识别：', '群消息：', '转写：', '网友说：', '客服：',
               '短信：', '原文：']
PRES_SUFFIX = ['。', '！', '，请知悉。', ' 回T退订', '（系统消息）']

# ---------------------------------------------------------------------------
# generators for personal data
# ---------------------------------------------------------------------------

IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_raw(r, region):
    code = r.choice(REGIONS[region]['id'])
    y = r.randint(1962, 2003)
    mth = r.randint(1, 12)
    day = r.randint(1, 28)
    body = '%s%04d%02d%02d%03d' % (code, y, mth, day, r.randint(1, 999))
    s = sum(int(a) * b for a, b in zip(body, IDW))
    return body + '10X98765432'[s % 11]


def cn_id(r, region):
    v = cn_id_raw(r, region)
    x = r.random()
    if v.endswith('X') and x < 0.3:
        return v[:-1] + 'x'
    if x < 0.15:
        return '%s %s %s' % (v[:6], v[6:14], v[14:])
    if x < 0.22:
        return v.translate(FW)
    return v


def hkid(r):
    L = r.choice('ACDEGHKPRVYZ')
    digits = ''.join(str(r.randrange(10)) for _ in range(6))
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(dg) * w for dg, w in zip(digits, [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    ch = 'A' if c == 10 else str(c)
    return r.choice(['%s%s(%s)' % (L, digits, ch), '%s%s（%s）' % (L, digits, ch), '%s%s%s' % (L, digits, ch)])


TWL = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
           P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def twid(r):
    L = r.choice('ABCDEFHJKLMNPQRSTUVWXYZ')
    v = TWL[L]
    nums = [r.choice([1, 2])] + [r.randrange(10) for _ in range(7)]
    s = (v // 10) + (v % 10) * 9 + sum(n * w for n, w in zip(nums, [8, 7, 6, 5, 4, 3, 2, 1]))
    c = (10 - s % 10) % 10
    return L + ''.join(map(str, nums)) + str(c)


def luhn(prefix, length, r):
    body = prefix + ''.join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def card(r, hk=False):
    pre, ln = r.choice(HK_CARD_PREFIX if hk else CARD_PREFIX)
    v = luhn(pre, ln, r)
    x = r.random()
    if x < 0.3:
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    if x < 0.4:
        return '-'.join(v[i:i + 4] for i in range(0, len(v), 4))
    if x < 0.45:
        return v.translate(FW)
    if x < 0.5:
        return v[:6] + ' ' + v[6:]
    return v


def mobile(r):
    v = r.choice(MOB_PREFIX) + ''.join(str(r.randrange(10)) for _ in range(8))
    x = r.random()
    if x < 0.5:
        return v
    if x < 0.7:
        return '%s %s %s' % (v[:3], v[3:7], v[7:])
    if x < 0.8:
        return '%s-%s-%s' % (v[:3], v[3:7], v[7:])
    if x < 0.88:
        return '+86 ' + v
    if x < 0.92:
        return '+86' + v
    if x < 0.97:
        return v.translate(FW)
    return '(+86)' + v


def landline(r, region):
    area = r.choice(REGIONS[region]['area'])
    n = 8 if len(area) == 3 else 7
    local = str(r.randint(2, 8)) + ''.join(str(r.randrange(10)) for _ in range(n - 1))
    return r.choice(['%s-%s' % (area, local), '(%s)%s' % (area, local), '%s %s' % (area, local),
                     '（%s）%s' % (area, local)])


def phone_hk(r):
    v = r.choice('569') + ''.join(str(r.randrange(10)) for _ in range(7))
    return r.choice(['+852 %s %s' % (v[:4], v[4:]), '(852) %s-%s' % (v[:4], v[4:]), '%s %s' % (v[:4], v[4:]),
                     '+852' + v, '852-' + v])


def phone_mo(r):
    v = '6' + r.choice('2368') + ''.join(str(r.randrange(10)) for _ in range(6))
    return r.choice(['+853 %s %s' % (v[:4], v[4:]), '(853) %s' % v, '%s %s' % (v[:4], v[4:])])


def phone_tw(r):
    v = '09' + ''.join(str(r.randrange(10)) for _ in range(8))
    return r.choice(['%s-%s-%s' % (v[:4], v[4:7], v[7:]), '+886 %s %s %s' % (v[1:4], v[4:7], v[7:]), v,
                     '(%s)%s-%s' % (v[:4], v[4:7], v[7:])])


def address(r, region):
    reg = REGIONS[region]
    fmt = r.choice(reg['addr'])
    fill = reg['addr_fill']
    vals = dict(n=r.randint(1, 399), b=r.randint(1, 32), u=r.randint(1, 6), g=r.randint(1, 12),
                r='%d%02d' % (r.randint(1, 28), r.randint(1, 8)), estate=r.choice(ESTATES),
                road=r.choice(fill['roads']), vil=r.choice(fill.get('vil', ['新'])))
    if region == 'gen':
        prov, city, dists = r.choice(fill['pc'])
        vals.update(prov=prov, city=city or prov, dist=r.choice(dists))
        if not city:
            vals['prov'] = ''
    v = fmt.format(**vals)
    if r.random() < 0.08:
        v = v.translate(FW)
    return v


HK_ESTATES_EN = ['Wing Lok Court', 'Fu Shing Garden', 'Hoi Tak Building', 'Kwong Ming Mansion',
                 'Sun Fai House', 'Lok Wah Garden', 'Kam Fung Court', 'Tai Hing Building']
HK_STREETS_EN = [('Nathan Road', 'Mong Kok, Kowloon'), ('Shanghai Street', 'Yau Ma Tei, Kowloon'),
                 ('Argyle Street', 'Mong Kok, Kowloon'), ('Hennessy Road', 'Wan Chai, Hong Kong'),
                 ("King's Road", 'North Point, Hong Kong'), ('Castle Peak Road', 'Tsuen Wan, N.T.'),
                 ('Tai Po Road', 'Sham Shui Po, Kowloon'), ('Des Voeux Road West', 'Sai Ying Pun, Hong Kong'),
                 ('Lockhart Road', 'Wan Chai, Hong Kong'), ('Tung Choi Street', 'Mong Kok, Kowloon'),
                 ('Ngau Tau Kok Road', 'Kwun Tong, Kowloon'), ('Sha Tsui Road', 'Tsuen Wan, N.T.')]


def addr_hk_en(r):
    st, dist = r.choice(HK_STREETS_EN)
    no = r.randint(1, 688)
    fl = r.randint(2, 32)
    x = r.random()
    if x < 0.35:
        return 'Flat %d%s, %d/F, Block %d, %s, %d %s, %s' % (r.randint(1, 12), r.choice('ABCDEFGH'), fl,
                                                          r.randint(1, 8), r.choice(HK_ESTATES_EN), no, st, dist)
    if x < 0.65:
        return 'Room %d%02d, %d/F, %s, %d %s, %s' % (fl, r.randint(1, 20), fl, r.choice(HK_ESTATES_EN), no, st, dist)
    if x < 0.85:
        return 'Flat %s, %d/F, %d %s, %s' % (r.choice('ABCDEFGH'), fl, no, st, dist)
    return 'Unit %d%02d, %d/F, Tower %d, %d %s, %s' % (fl, r.randint(1, 12), fl, r.randint(1, 3), no, st, dist)


def addr_hk(r):
    return r.choice([
        '九龍旺角彌敦道%d號%s%d樓%s室' % (r.randint(1, 700), r.choice(['旺角中心', '信和中心', '華僑商業大廈', '金輝大廈']),
                                    r.randint(2, 30), r.choice('ABCDEFG')),
        '新界沙田%s%s%d樓%d%02d室' % (r.choice(['禾輋邨', '瀝源邨', '秦石邨', '博康邨']), r.choice(['豐和樓', '貴和樓', '明和樓', '康和樓']),
                                 r.randint(2, 30), r.randint(2, 30), r.randint(1, 20)),
        '香港北角英皇道%d號%d樓%s座' % (r.randint(1, 900), r.randint(2, 30), r.choice('ABCDEF')),
        '九龍觀塘%s%s%d樓%d%02d室' % (r.choice(['秀茂坪邨', '順利邨', '藍田邨']), r.choice(['秀明樓', '利富樓', '德田樓']),
                                 r.randint(2, 30), r.randint(2, 30), r.randint(1, 20)),
        '新界荃灣沙咀道%d號%d樓%s室' % (r.randint(1, 400), r.randint(2, 30), r.choice('ABCDEFG')),
        '香港灣仔軒尼詩道%d號%d樓%d室' % (r.randint(1, 500), r.randint(2, 30), r.randint(1, 20)),
    ])


def addr_tw(r):
    return r.choice([
        '台北市大安區忠孝東路四段%d巷%d弄%d號%d樓' % (r.randint(1, 300), r.randint(1, 20), r.randint(1, 60), r.randint(2, 15)),
        '新北市板橋區文化路一段%d號%d樓之%d' % (r.randint(1, 400), r.randint(2, 20), r.randint(1, 8)),
        '臺中市西屯區臺灣大道三段%d號%d樓' % (r.randint(1, 900), r.randint(2, 25)),
        '高雄市苓雅區四維三路%d號%d樓之%d' % (r.randint(1, 300), r.randint(2, 20), r.randint(1, 8)),
        '桃園市中壢區中正路%d巷%d號' % (r.randint(1, 400), r.randint(1, 80)),
    ])


def addr_mo(r):
    return r.choice([
        '澳門氹仔柯維納馬路%d號%s%d樓%s座' % (r.randint(1, 400), r.choice(['海洋花園', '寶龍花園', '濠景花園']), r.randint(2, 30), r.choice('ABCDEF')),
        '澳門新馬路%d號%s%d樓%s' % (r.randint(1, 200), r.choice(['永光大廈', '金龍大廈', '華興大廈']), r.randint(2, 20), r.choice('ABCDEF')),
        '澳門黑沙環新街%d號%s%d樓%s' % (r.randint(1, 300), r.choice(['海天居', '青葱大廈', '祐威大廈']), r.randint(2, 30), r.choice('ABCDEF')),
    ])


def addr_mo_pt(r):
    return '%s n.º %d, Edifício %s, %d.º andar %s, Macau' % (
        r.choice(['Rua de Pequim', 'Avenida de Horta e Costa', 'Rua do Campo', 'Avenida do Coronel Mesquita',
                  'Rua de Xangai']), r.randint(1, 400), r.choice(['Kam Wa', 'Hoi Fu', 'Wing Fat', 'Lok Kuan']),
        r.randint(2, 30), r.choice('ABCDEF'))


EMAIL_USERS = ['yanwen', 'yuxiang', 'zhaxi', 'tsering', 'bater', 'qiqige', 'gulnar', 'aili', 'musa', 'hasan',
               'weiteliang', 'jinzhezhu', 'piaoyingji', 'peter.chan', 'kelly_wong', 'kevin.lin', 'xiatian',
               'gaofeng', 'baixue', 'ankang', 'wenjing', 'liuxu', 'chunyan', 'haiyan', 'jiangshan', 'dorje',
               'erlan', 'nurlan', 'ayi', 'axia']
EMAIL_DOMAINS = ['163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com', 'hotmail.com', 'outlook.com',
                 'yahoo.com.hk', 'netvigator.com', 'yeah.net', 'sohu.com']


def email(r):
    if r.random() < 0.2:
        return '%d@qq.com' % r.randint(100000, 3999999999)
    u = r.choice(EMAIL_USERS) + r.choice(['', '.', '_']) + str(r.randint(1, 2009))
    return u + '@' + r.choice(EMAIL_DOMAINS)


def wechat(r):
    if r.random() < 0.4:
        return 'wxid_' + ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14))
    return r.choice(EMAIL_USERS).replace('.', '_') + r.choice(['_', '', '-']) + str(r.randint(10, 99999))


def qq(r):
    return str(r.randint(100000, 3999999999))


def account(r):
    cy = r.choice([2025, 2026])
    return r.choice([
        'JK%d%02d%02d%06d' % (cy, r.randint(1, 12), r.randint(1, 28), r.randint(0, 999999)),
        'HT-%d-%06d' % (cy, r.randint(0, 999999)),
        'DD%012d' % r.randint(0, 10 ** 12 - 1),
        'LN%010d' % r.randint(0, 10 ** 10 - 1),
        'C%d%08d' % (cy, r.randint(0, 10 ** 8 - 1)),
    ])


PLATE_LET = 'ABCDEFGHJKLMNPQRSTUVWXYZ'


def plate(r, region):
    pre = r.choice(REGIONS[region]['plates'])
    if r.random() < 0.25:
        tail = r.choice('DF') + ''.join(str(r.randrange(10)) for _ in range(5))
    else:
        chars = [r.choice(PLATE_LET + '0123456789') for _ in range(5)]
        chars[r.randrange(5)] = str(r.randrange(10))
        tail = ''.join(chars)
    return pre + r.choice(['', '', '·', ' ', '-']) + tail

# ---------------------------------------------------------------------------
# name samplers
# ---------------------------------------------------------------------------


class Names:
    """Draws names; non-word names are unique across the corpus."""

    def __init__(self, r, forbidden_text, other_preserve_flat):
        self.r = r
        self.used = {}              # value -> origin  (dict: insertion order)
        self.used_core = {}         # value without separators/case -> 1
        self.forbidden = forbidden_text          # own preserve + none texts (flat)
        self.other_pres = other_preserve_flat    # other corpora preserve (flat)
        self.rejects = {'used': 0, 'own_text': 0, 'other_preserve': 0, 'famous': 0, 'word_list': 0}
        self.famous = [flat(x) for x in TIB_FAMOUS + MON_FAMOUS + UYG_FAMOUS + HK_FAMOUS]
        self.word_flat = [flat(x) for x in OVERLAP_OK + GIVEN_WORDS]

    def ok(self, v, overlap=False):
        f = flat(v)
        if overlap:
            return True
        if v in self.used or core(v) in self.used_core:
            self.rejects['used'] += 1
            return False
        for fam in self.famous:
            if fam in f:
                self.rejects['famous'] += 1
                return False
        if f in self.word_flat:
            self.rejects['word_list'] += 1
            return False
        if f in self.forbidden:
            self.rejects['own_text'] += 1
            return False
        if f in self.other_pres:
            self.rejects['other_preserve'] += 1
            return False
        return True

    def draw(self, kind, person=None):
        """Return (value, origin, is_overlap)."""
        tries = 25 if person is not None else 400
        for _ in range(tries):
            v, origin, ov = self._one(kind, person)
            if v in OVERLAP_OK:
                ov = True
                origin = 'word' if v in WORD_NAMES else origin
            if self.ok(v, ov):
                if not ov:
                    self.used[v] = origin
                    self.used_core[core(v)] = 1
                return v, origin, ov
        if person is not None:
            return None
        raise RuntimeError('cannot draw name of kind %s' % kind)

    def snapshot(self):
        return dict(self.used), dict(self.used_core)

    def restore(self, snap):
        self.used, self.used_core = dict(snap[0]), dict(snap[1])

    def _one(self, kind, person):
        r = self.r
        if kind == 'W':
            v = r.choice(WORD_DRAW)
            return v, 'word', True
        if kind == 'G':
            return r.choice(HAN_SURNAMES) + r.choice(GIVEN_DRAW), 'given', False
        if kind == 'H':
            return r.choice(HAN_SURNAMES) + r.choice(HAN_GIVEN), 'han', False
        if kind == 'DAI':
            x = r.random()
            if x < 0.06:
                return '玉兰', 'dai', True
            if x < 0.2:
                return '刀' + r.choice(DAI_DAO_GIVEN), 'dai', False
            pre, _sex = r.choice(DAI_PREFIX)
            syl = [s for s in DAI_SYL if s != pre]
            n = 1 if r.random() < 0.6 else 2
            g = ''.join(r.sample(syl, n))
            return pre + g, 'dai', False
        if kind == 'YI':
            c, g = r.choice(YI_CLAN), r.choice(YI_GIVEN)
            sep = r.choice(['', '', '', '·', ' ', '•'])
            return c + sep + g, 'yi', False
        if kind == 'TIB':
            x = r.random()
            if x < 0.08:
                return r.choice(['扎西', '格桑']), 'tib', True
            if x < 0.3:
                return r.choice(TIB_PARTS), 'tib', False
            a, b = r.sample(TIB_PARTS, 2)
            sep = '·' if r.random() < 0.1 else ''
            return a + sep + b, 'tib', False
        if kind == 'TL':
            return r.choice(TIB_LATIN), 'tib_latin', False
        if kind == 'MON':
            x = r.random()
            if x < 0.08:
                return r.choice(['乌兰', '呼和']), 'mon', True
            if x < 0.4:
                return r.choice(MON_PARTS), 'mon', False
            if x < 0.8:
                a, b = r.sample(MON_PARTS, 2)
                return a + b, 'mon', False
            if x < 0.9:
                a, b = r.sample(MON_PARTS, 2)
                return a + r.choice(['·', '•']) + b, 'mon', False
            return r.choice(MON_SURN) + r.choice(MON_PARTS), 'mon', False
        if kind == 'HUI':
            s = r.choice(HUI_SURN)
            if r.random() < 0.62:
                g = r.choice(HUI_ARABIC)
                sep = '·' if r.random() < 0.1 else ''
                return s + sep + g, 'hui', False
            return s + r.choice(HUI_HAN), 'hui', False
        if kind in ('UK', 'UYG', 'KAZ'):
            if kind == 'KAZ' or (kind == 'UK' and r.random() < 0.35):
                g, f, origin = r.choice(KAZ_GIVEN), r.choice(KAZ_FATHER), 'kaz'
            else:
                g, f, origin = r.choice(UYG_GIVEN), r.choice(UYG_FATHER), 'uyg'
            if g == f:
                f = '吐尔逊' if g != '吐尔逊' else '艾山'
            sep = r.choices(['·', '•', '.', ' ', '・', ''], [40, 15, 15, 15, 5, 10])[0]
            return g + sep + f, origin, False
        if kind == 'UL':
            return r.choice(UYG_LATIN), 'uyg_latin', False
        if kind == 'ZH':
            return r.choice(ZH_SURN) + r.choice(ZH_GIVEN), 'zh', False
        if kind == 'KOR':
            return r.choice(KOR_SURN) + r.choice(KOR_GIVEN), 'kor', False
        if kind == 'KL':
            return '%s %s' % (r.choice(KOR_LATIN_SURN), r.choice(KOR_LATIN_GIVEN)), 'kor_latin', False
        if kind == 'PYM':
            return r.choice(PY_MINORITY), 'pinyin_minority', False
        if kind in ('HK', 'HKP', 'HKR', 'HKE'):
            (sc, sr), (gc, gr), en = person
            if kind == 'HK':
                return sc + gc, 'hk', False
            if kind == 'HKP':
                return sc + gc + r.choice([' ', ' ', '']) + en, 'hk_en', False
            if kind == 'HKE':
                return r.choice(['%s %s' % (en, sr), '%s %s' % (en, sr.upper())]), 'hk_en', False
            # HKR: romanised, maybe with English name
            gr_h = gr.replace(' ', '-', 1) if r.random() < 0.3 else gr
            if gr_h != gr:
                gr_h = gr_h.split('-')[0] + '-' + gr_h.split('-')[1].lower()
            x = r.random()
            if x < 0.25:
                v = '%s %s' % (sr.upper(), gr_h)
            elif x < 0.45:
                v = '%s %s' % (sr, gr_h)
            elif x < 0.6:
                v = '%s, %s' % (sr.upper(), gr_h)
            elif x < 0.75:
                v = '%s %s %s' % (en, sr, gr_h)
            elif x < 0.88:
                v = '%s %s, %s' % (sr.upper(), gr_h, en)
            else:
                v = '%s %s' % (sr.upper(), gr_h.upper())
            return v, 'hk_roman', False
        if kind in ('TW', 'TWR', 'TWE'):
            (sc, sr), (gc, gr), en = person
            if kind == 'TW':
                return sc + gc, 'tw', False
            if kind == 'TWE':
                return r.choice(['%s %s' % (en, sr), sc + gc + ' ' + en, en + ' ' + sc + gc]), 'tw_en', False
            return r.choice(['%s %s' % (sr, gr), '%s, %s' % (sr.upper(), gr.upper()), '%s %s' % (sr.upper(), gr),
                             '%s %s' % (gr, sr)]), 'tw_roman', False
        if kind in ('MO', 'MOR'):
            (sc, sr), (gc, gr) = person
            if kind == 'MO':
                return sc + gc, 'mo', False
            return r.choice(['%s %s' % (sr, gr), '%s %s' % (sr.upper(), gr), '%s, %s' % (sr.upper(), gr)]), 'mo_roman', False
        if kind in ('PY', 'PYC'):
            (sh, sp, st), (gh, gp, gt) = person
            if kind == 'PYC':
                return sh + gh, 'han' if gh not in GIVEN_WORDS else 'given', False
            return self._pinyin(sh, sp, st, gh, gp, gt)
        raise KeyError(kind)

    def _pinyin(self, sh, sp, st, gh, gp, gt):
        r = self.r
        x = r.random()
        if sh == '吕' and r.random() < 0.6:
            sp = r.choice(['LYU', 'Lyu', 'LV', 'Lv'])
        g_plain = ''.join(gp[:1] + [p.lower() for p in gp[1:]])
        g_hyph = '-'.join(gp[:1] + [p.lower() for p in gp[1:]])
        g_tone = ''.join(gt[:1] + [p for p in gt[1:]])
        g_space = ' '.join(p.capitalize() for p in gp)
        origin = 'pinyin'
        if x < 0.15:
            v = '%s %s' % (sp.upper(), g_plain)
        elif x < 0.25:
            v = '%s %s' % (sp, g_plain)
        elif x < 0.55:
            v = '%s %s' % (st, g_tone)
            origin = 'pinyin_tone'
        elif x < 0.6:
            v = '%s %s' % (sp, g_hyph) if len(gp) > 1 else '%s %s' % (sp.upper(), g_plain.upper())
        elif x < 0.7:
            v = '%s %s' % (g_plain, sp.upper())
        elif x < 0.78:
            v = '%s, %s' % (sp.upper(), g_plain.upper())
        elif x < 0.86:
            v = '%s %s' % (sp.lower(), g_plain.lower())
        elif x < 0.93:
            v = '%s %s' % (sp.upper(), g_space.upper())
        else:
            v = '%s %s' % (g_plain, sp)
        return v, origin, False

# ---------------------------------------------------------------------------
# record filling
# ---------------------------------------------------------------------------

PH_RE = re.compile(r'\{([A-Za-z_]+?)(\d?)\}')
NAME_KINDS = ('N', 'W', 'G', 'H', 'DAI', 'YI', 'TIB', 'TL', 'MON', 'HUI', 'UK', 'UYG', 'KAZ', 'UL', 'ZH',
              'KOR', 'KL', 'HK', 'HKP', 'HKR', 'HKE', 'TW', 'TWR', 'TWE', 'MO', 'MOR', 'PY', 'PYC', 'PYM')
PII_KINDS = {'P': 'phone', 'PL': 'phone', 'PHK': 'phone', 'PMO': 'phone', 'PTW': 'phone',
             'ID': 'id_number', 'HKID': 'id_number', 'TWID': 'id_number', 'CARD': 'bank_card',
             'HKCARD': 'bank_card', 'ADDR': 'address', 'ADDRHK': 'address', 'ADDRHKEN': 'address',
             'ADDRTW': 'address', 'ADDRMO': 'address', 'ADDRMOPT': 'address', 'EMAIL': 'email',
             'WX': 'wechat', 'QQ': 'qq', 'ACC': 'account', 'PLATE': 'plate'}


def ctx_given(vals):
    """the given-word of the record's main name {N}, if it has one"""
    kv = vals.get('N')
    if kv and kv[0] == 'name' and len(kv[1]) == 3 and kv[1][1:] in GIVEN_WORDS:
        return kv[1][1:]
    return None


class Filler:
    def __init__(self, r, names):
        self.r = r
        self.names = names

    def filler(self, key, region, ctx):
        r = self.r
        reg = REGIONS[region]
        if key == 'plat':
            return r.choice(PLATS)
        if key == 'plat_en':
            return r.choice(PLATS_EN)
        if key == 'bank':
            pool = BANKS + reg['banks'] * 3
            return r.choice(pool)
        if key == 'wbank':
            gw = ctx_given(ctx)
            if gw and gw + '银行' in WORD_BANKS and r.random() < 0.75:
                return gw + '银行'
            return r.choice(WORD_BANKS)
        if key == 'gctx':
            gw = ctx_given(ctx)
            if gw and gw in WORD_ORD:
                return r.choice(WORD_ORD[gw])
            return r.choice(WORD_ORD[r.choice(GIVEN_WORDS)])
        if key == 'bank_en':
            return r.choice(BANKS_EN)
        if key == 'hkplat':
            return r.choice(HK_PLATS)
        if key == 'hkplat_en':
            return r.choice(HK_PLATS_EN)
        if key == 'hkbank':
            return r.choice(HK_BANKS)
        if key == 'twbank':
            return r.choice(TW_BANKS)
        if key == 'mobank':
            return r.choice(MO_BANKS)
        if key == 'days':
            return str(r.choice([3, 7, 15, 30, 45, 60, 90, 120, 180, 365, r.randint(1, 400)]))
        if key == 'amt':
            v = r.choice([r.randint(5, 800) * 100, r.randint(1000, 90000), r.randint(100, 5000) * 10])
            return '{:,}'.format(v) if r.random() < 0.3 else str(v)
        if key == 'date':
            mth, day = r.randint(1, 12), r.randint(1, 28)
            return r.choice(['2026年%d月%d日' % (mth, day), '%d月%d日' % (mth, day), '2026-%02d-%02d' % (mth, day),
                             '2027年%d月%d日' % (mth, day)])
        if key == 'date_en':
            return '%d %s %d' % (r.randint(1, 28), r.choice(MON_EN), r.choice([2026, 2027]))
        if key == 'court':
            return r.choice(reg['courts'])
        if key == 'city':
            return r.choice(reg['cities'])
        if key == 'law':
            return r.choice(LAWFIRMS)
        if key == 'branch':
            return r.choice(BRANCHES)
        if key == 'by':
            return str(r.randint(1962, 2003))
        if key == 'cy':
            return str(r.choice([2025, 2026]))
        if key == 'cn':
            return '%02d' % r.randint(1, 23)
        if key == 'case':
            return str(r.randint(100, 9999))
        if key == 'm':
            return str(r.randint(1, 12))
        if key == 'd':
            return str(r.randint(1, 28))
        if key == 'mon_en':
            return r.choice(MON_EN)
        if key == 'n':
            return str(r.randint(2, 24))
        if key == 'tailno':
            return '%04d' % r.randint(0, 9999)
        if key == 'time':
            return '%02d:%02d' % (r.randint(7, 23), r.randint(0, 59)) + r.choice(['', ':%02d' % r.randint(0, 59)])
        if key == 'sex':
            return r.choice(['男', '女'])
        if key == 'pron':
            return r.choice(['他', '她'])
        if key == 'kin':
            return r.choice(KIN)
        if key == 'rel':
            return r.choice(REL)
        raise KeyError(key)

    def pii(self, key, region):
        r = self.r
        if key == 'P':
            return mobile(r)
        if key == 'PL':
            return landline(r, region)
        if key == 'PHK':
            return phone_hk(r)
        if key == 'PMO':
            return phone_mo(r)
        if key == 'PTW':
            return phone_tw(r)
        if key == 'ID':
            return cn_id(r, region)
        if key == 'HKID':
            return hkid(r)
        if key == 'TWID':
            return twid(r)
        if key == 'CARD':
            return card(r)
        if key == 'HKCARD':
            return card(r, hk=True)
        if key == 'ADDR':
            return address(r, region)
        if key == 'ADDRHK':
            return addr_hk(r)
        if key == 'ADDRHKEN':
            return addr_hk_en(r)
        if key == 'ADDRTW':
            return addr_tw(r)
        if key == 'ADDRMO':
            return addr_mo(r)
        if key == 'ADDRMOPT':
            return addr_mo_pt(r)
        if key == 'EMAIL':
            return email(r)
        if key == 'WX':
            return wechat(r)
        if key == 'QQ':
            return qq(r)
        if key == 'ACC':
            return account(r)
        if key == 'PLATE':
            return plate(r, region)
        raise KeyError(key)

    def fill(self, group, form, tpl):
        """Returns (text, spans, names_info) or None if checks fail.
        Names drawn here are only committed by the caller (Names.used is
        rolled back on failure)."""
        r = self.r
        region = REGION_OF_GROUP[group] or r.choice(sorted(REGIONS))
        pre, suf = DECOR.get(form, ([''], ['']))
        tail = ''
        if form in TAILS and group != 'hktw' and r.random() < TAIL_P:
            tail = r.choice(TAILS[form])
        body = tpl
        if tail.startswith('，') and body[-1] in '。！？':
            body = body[:-1] + tail + body[-1]
        else:
            body = body + tail
        p0 = r.choice(pre)
        if p0.strip() and p0.strip() in tpl:
            p0 = ''
        full = p0 + body + r.choice(suf)
        vals = {}
        persons = {}
        out = []
        spans = []      # (start, end, kind, value)
        names_info = []
        pos = 0
        last = 0
        matches = list(PH_RE.finditer(full))
        # pass 1: draw the names in order of appearance, so that fillers
        # such as {wbank} and {gctx} can depend on them
        for mt in matches:
            key, idx = mt.group(1), mt.group(2)
            ph = key + idx
            if key in NAME_KINDS and ph not in vals:
                nk = GROUP_SAMPLER[group] if key == 'N' else key
                person = None
                if nk in ('HK', 'HKP', 'HKR', 'HKE'):
                    pk = 'HK' + idx
                    if pk not in persons:
                        persons[pk] = (r.choice(HK_SURN), r.choice(HK_GIVEN), r.choice(EN_GIVEN))
                    person = persons[pk]
                elif nk in ('TW', 'TWR', 'TWE'):
                    pk = 'TW' + idx
                    if pk not in persons:
                        persons[pk] = (r.choice(TW_SURN), r.choice(TW_GIVEN), r.choice(TW_EN))
                    person = persons[pk]
                elif nk in ('MO', 'MOR'):
                    pk = 'MO' + idx
                    if pk not in persons:
                        persons[pk] = (r.choice(MO_SURN), r.choice(MO_GIVEN))
                    person = persons[pk]
                elif nk in ('PY', 'PYC'):
                    pk = 'PY' + idx
                    if pk not in persons:
                        if r.random() < 0.2:
                            wn = r.choice(['夏天', '高峰', '江山', '白雪', '文静', '温柔'])
                            s = [e for e in PY_SURN if e[0] == wn[0]][0]
                            g = [e for e in PY_GIVEN if e[0] == wn[1]]
                            g = g[0] if g else r.choice(PY_GIVEN)
                            persons[pk] = (s, g)
                        else:
                            persons[pk] = (r.choice(PY_SURN), r.choice(PY_GIVEN))
                    person = persons[pk]
                got = self.names.draw(nk, person)
                if got is None:
                    return None
                v, origin, ov = got
                if any(x[0] == 'name' and core(x[1]) == core(v) for x in vals.values()):
                    return None
                kind = 'name'
                vals[ph] = (kind, v)
                names_info.append((v, origin, ov))
        for mt in matches:
            out.append(full[last:mt.start()])
            pos += mt.start() - last
            last = mt.end()
            key, idx = mt.group(1), mt.group(2)
            ph = key + idx
            if ph in vals:
                kind, v = vals[ph]
            elif key in PII_KINDS:
                kind, v = PII_KINDS[key], self.pii(key, region)
                vals[ph] = (kind, v)
            else:
                kind, v = None, self.filler(key, region, vals)
                vals[ph] = (kind, v)
            out.append(v)
            if kind:
                spans.append((pos, pos + len(v), kind, v))
            pos += len(v)
        out.append(full[last:])
        text = ''.join(out)
        return text, spans, names_info, region

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def occurrences(text, v):
    res = []
    i = text.find(v)
    while i >= 0:
        res.append(i)
        i = text.find(v, i + 1)
    return res


def record_ok(text, spans):
    """every occurrence of every value is exactly one of its own spans;
    values do not nest in each other; distinct names differ."""
    if '{' in text or '}' in text:
        return False
    placed = {}
    for s, e, k, v in spans:
        placed.setdefault(v, []).append(s)
    vals = list(placed)
    for v in vals:
        if sorted(placed[v]) != occurrences(text, v):
            return False
    for a in vals:
        for b in vals:
            if a != b and (a in b):
                return False
    # names compared without whitespace/case, too
    nf = [flat(v) for s, e, k, v in spans if k == 'name']
    for i, a in enumerate(nf):
        for j, b in enumerate(nf):
            if i != j and a != b and a in b:
                return False
    return True

# ---------------------------------------------------------------------------
# dedupe material
# ---------------------------------------------------------------------------


def load_others(folder):
    texts, skels, pres, pres_flat_parts = {}, {}, {}, []
    nfiles = 0
    bad = 0
    if os.path.isdir(folder):
        for fn in sorted(os.listdir(folder)):
            p = os.path.join(folder, fn)
            if re.match(r'^scrub_.*\.jsonl$', fn) and fn != 'scrub_tune34.jsonl':
                nfiles += 1
                with open(p, encoding='utf-8') as fh:
                    for line in fh:
                        line = line.strip()
                        if not line:
                            continue
                        try:
                            rec = json.loads(line)
                            t = rec.get('text') or ''
                            pairs = [(x.get('kind', ''), x.get('value', '')) for x in rec.get('pii') or []]
                        except Exception:
                            bad += 1
                            continue
                        texts[nkey(t)] = 1
                        skels[skeleton(t, pairs)] = 1
            elif re.match(r'^scrub_.*preserve.*\.txt$', fn) and fn != 'scrub_tune34_preserve.txt':
                nfiles += 1
                with open(p, encoding='utf-8') as fh:
                    for line in fh:
                        line = line.rstrip('\n')
                        if not line.strip():
                            continue
                        pres[nkey(line)] = 1
                        pres_flat_parts.append(flat(line))
    return dict(nfiles=nfiles, bad=bad, texts=texts, skels=skels, pres=pres,
                pres_flat='\n'.join(pres_flat_parts))

# ---------------------------------------------------------------------------
# preserve list
# ---------------------------------------------------------------------------


def build_preserve(pr, others, stats):
    base = []      # (core, line)
    prio = []
    for w in sorted(WORD_ORD):
        for ph in WORD_ORD[w]:
            prio.append((ph, ph))
            for c in pr.sample(WORD_CTX, 4):
                base.append((ph + c, ph + c))
    for ph in REGION_ORD + REGION_SENT + HK_ORD + EN_ORD + DEBT_ORD:
        prio.append((ph, ph))
    for inst in INSTITUTIONS:
        for d in DEPTS:
            base.append((inst + d, inst + d))
    for reg in sorted(REGIONS):
        for c in REGIONS[reg]['courts']:
            for role in COURT_ROLES:
                base.append((c + role, c + role))
    for p in PLATS:
        for a in PLAT_ACTIONS:
            base.append((p + a, p + a))
    for b in HK_BANKS + TW_BANKS + MO_BANKS:
        for a in ['提提你', '信用卡中心', '客戶服務熱線', '追收部', '法務部']:
            base.append((b + a, b + a))
    wrap_src = [c for c, _ in prio]
    for ph in wrap_src:
        if pr.random() < 0.55:
            k = pr.randrange(3)
            if k == 0:
                base.append((ph, pr.choice(PRES_PREFIX) + ph))
            elif k == 1:
                base.append((ph, ph + pr.choice(PRES_SUFFIX)))
            else:
                base.append((ph, pr.choice(PRES_PREFIX) + ph + pr.choice(PRES_SUFFIX)))
    pr.shuffle(base)
    seen = {}
    kept = []
    cand = prio + base
    stats['pres_candidates'] = len(cand)
    stats['pres_drop_other'] = 0
    stats['pres_drop_own'] = 0
    for core, line in cand:
        k = nkey(line)
        kc = nkey(core)
        if k in others['pres'] or k in others['texts'] or kc in others['pres'] or kc in others['texts']:
            stats['pres_drop_other'] += 1
            continue
        if k in seen or not k:
            stats['pres_drop_own'] += 1
            continue
        seen[k] = 1
        kept.append(line)
        if len(kept) >= N_PRESERVE:
            break
    pr.shuffle(kept)
    return kept

# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def sender_for(r, form, group):
    x = r.random()
    if form in ('sms', 'sms_hk', 'sms_tw'):
        if form == 'sms_hk':
            return r.choice([None, phone_hk(r).replace(' ', '')])
        if form == 'sms_tw':
            return r.choice([None, '+886' + '9' + ''.join(str(r.randrange(10)) for _ in range(8))])
        if x < 0.4:
            return '10690' + ''.join(str(r.randrange(10)) for _ in range(8))
        if x < 0.6:
            return r.choice(['95588', '95533', '95568', '95595', '95561', '95511', '95577', '95508', '95541', '95555'])
        if x < 0.8:
            return r.choice(MOB_PREFIX) + ''.join(str(r.randrange(10)) for _ in range(8))
        return None
    if form in ('chat', 'voice') and x < 0.1:
        return r.choice(MOB_PREFIX) + ''.join(str(r.randrange(10)) for _ in range(8))
    return None


def main():
    r = random.Random(SEED)
    pr = random.Random(SEED + 1)
    stats = {}
    others = load_others(DEDUPE_DIR)
    stats['dedupe_files'] = others['nfiles']
    stats['dedupe_texts'] = len(others['texts'])
    stats['dedupe_pres'] = len(others['pres'])

    preserve = build_preserve(pr, others, stats)
    pres_flat = '\n'.join(flat(x) for x in preserve)

    # none records
    none_recs = []
    seen_text, seen_skel = {}, {}
    stats['none_drop_other'] = 0
    for form, t in NONE_TEXTS:
        k = nkey(t)
        if k in others['texts'] or k in others['skels'] or k in others['pres'] or k in seen_text:
            stats['none_drop_other'] += 1
            continue
        seen_text[k] = 1
        seen_skel[k] = 1
        none_recs.append(dict(group='none', form=form, tpl=-1, text=t, spans=[], names=[], region=None))
    none_flat = '\n'.join(flat(x['text']) for x in none_recs)

    names = Names(r, pres_flat + '\n' + none_flat, others['pres_flat'])
    filler = Filler(r, names)
    recs = []
    accepted_text_flat = []
    nonword_names = []      # committed non-word names in order
    stats['rec_drop_other'] = 0
    stats['rec_drop_own'] = 0
    stats['rec_redraw_check'] = 0
    stats['rec_redraw_cross'] = 0
    stats['tpl_skipped'] = 0

    for group, count in GROUP_COUNTS:
        tpls = GROUP_TEMPLATES[group]
        own = list(range(OWN_COUNT[group]))
        shared = list(range(OWN_COUNT[group], len(tpls)))
        r.shuffle(own)
        r.shuffle(shared)
        order = own + shared
        if group == 'given':
            own2 = list(own)
            r.shuffle(own2)
            order = own + own2 + shared
        made = 0
        ti = 0
        guard = 0
        while made < count:
            guard += 1
            if guard > 20000:
                raise RuntimeError('group %s: cannot fill' % group)
            tidx = order[ti % len(order)]
            ti += 1
            form, tpl = tpls[tidx]
            ok = False
            for attempt in range(40):
                snap = names.snapshot()
                got = filler.fill(group, form, tpl)
                bad = None
                if got is None:
                    bad = 'check'
                    text, spans, ninfo, region = '', [], [], None
                else:
                    text, spans, ninfo, region = got
                if bad is not None:
                    pass
                elif not record_ok(text, spans):
                    bad = 'check'
                else:
                    k = nkey(text)
                    sk = skeleton(text, [(s[2], s[3]) for s in spans])
                    if k in others['texts'] or k in others['pres'] or sk in others['skels']:
                        bad = 'other'
                    elif k in seen_text or sk in seen_skel:
                        bad = 'own'
                if bad is None:
                    tf = flat(text)
                    own_vals = [flat(s[3]) for s in spans]
                    for nm in nonword_names:
                        if nm in tf and nm not in own_vals:
                            bad = 'cross'
                            break
                    if bad is None:
                        joined = '\n'.join(accepted_text_flat)
                        for v, origin, ov in ninfo:
                            if not ov and flat(v) in joined:
                                bad = 'cross'
                                break
                if bad is not None:
                    names.restore(snap)
                    key = {'check': 'rec_redraw_check', 'other': 'rec_drop_other', 'own': 'rec_drop_own',
                           'cross': 'rec_redraw_cross'}[bad]
                    stats[key] += 1
                    continue
                seen_text[k] = 1
                seen_skel[sk] = 1
                accepted_text_flat.append(tf)
                for v, origin, ov in ninfo:
                    if not ov:
                        nonword_names.append(flat(v))
                recs.append(dict(group=group, form=form, tpl=tidx, text=text, spans=spans,
                                 names=ninfo, region=region))
                made += 1
                ok = True
                break
            if not ok:
                stats['tpl_skipped'] += 1

    # none texts must not contain any non-word name (checked at draw); add
    allrecs = recs + none_recs
    r.shuffle(allrecs)

    out_records = []
    meta = {}
    for i, rec in enumerate(allrecs, 1):
        rid = 't34-%04d' % i
        pii = []
        seen_v = {}
        for s, e, k, v in sorted(rec['spans'], key=lambda x: x[0]):
            if v in seen_v:
                continue
            seen_v[v] = 1
            pii.append({'kind': k, 'value': v})
        for item in pii:
            assert item['value'] in rec['text'], (rid, item)
        sender = sender_for(r, rec['form'], rec['group'])
        out_records.append({'id': rid, 'text': rec['text'], 'sender': sender, 'pii': pii})
        meta[rid] = {'group': rec['group'], 'form': rec['form'], 'tpl': rec['tpl'],
                     'names': [[v, o, bool(ov)] for v, o, ov in rec['names']]}

    # final check: preserve lines vs record values (non-overlap)
    ov_flat = [flat(x) for x in OVERLAP_OK]
    pres_lower = [flat(x) for x in preserve]
    bad_pres = 0
    for rec in out_records:
        for item in rec['pii']:
            fv = flat(item['value'])
            if fv in ov_flat:
                continue
            for pl in pres_lower:
                if fv in pl:
                    bad_pres += 1
                    break
    if bad_pres:
        raise RuntimeError('preserve lines contain %d record values' % bad_pres)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, 'scrub_tune34.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for rec in out_records:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT_DIR, 'scrub_tune34_preserve.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        for line in preserve:
            fh.write(line + '\n')
    with open(os.path.join(OUT_DIR, 'groups34.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump({'meta': meta, 'stats': stats, 'name_rejects': names.rejects}, fh, ensure_ascii=False,
                  indent=0, sort_keys=True)
        fh.write('\n')

    # counts only
    print('dedupe: %d files, %d distinct texts, %d distinct preserve lines (%d unreadable lines)' % (
        others['nfiles'], len(others['texts']), len(others['pres']), others['bad']))
    print('preserve: %d candidates, dropped %d (other corpora), %d (own near-duplicates), kept %d' % (
        stats['pres_candidates'], stats['pres_drop_other'], stats['pres_drop_own'], len(preserve)))
    print('none texts dropped (other corpora): %d' % stats['none_drop_other'])
    print('record draws rejected: other corpora %d, own near-duplicate %d, value check %d, cross-record name %d; '
          'templates skipped %d' % (stats['rec_drop_other'], stats['rec_drop_own'], stats['rec_redraw_check'],
                                    stats['rec_redraw_cross'], stats['tpl_skipped']))
    print('name draws rejected: %s' % json.dumps(names.rejects, sort_keys=True))
    if os.environ.get('TUNE34_SUMMARY'):
        kinds = {}
        for rec in out_records:
            for it in rec['pii']:
                kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
        print('records %d, items %d' % (len(out_records), sum(kinds.values())))
        for k in sorted(kinds, key=lambda x: -kinds[x]):
            print('  %-10s %d' % (k, kinds[k]))
        print('no-pii records: %d' % sum(1 for x in out_records if not x['pii']))


if __name__ == '__main__':
    main()
