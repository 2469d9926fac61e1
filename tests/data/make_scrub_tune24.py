#!/usr/bin/env python3
"""Generator for scrub_tune24.jsonl and scrub_tune24_preserve.txt.

Written blind: its author did not read the scrubber, the bench, the tests,
the other generators or the contents of the other corpora.  The dedupe step
opens the other corpora but only counts.

Usage (from any folder):
    /work/main/.venv/bin/python make_scrub_tune24.py
Environment:
    TUNE24_OUT_DIR     where to write (default: the script's folder)
    TUNE24_DEDUPE_DIR  folder with the other corpora (default /work/main/tests/data)
    TUNE24_SUMMARY=1   print counts (never contents)
"""
import json
import os
import random
import re
import sys
from collections import Counter

import opencc

SEED = 20261224
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE24_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE24_DEDUPE_DIR", "/work/main/tests/data")
SUMMARY = os.environ.get("TUNE24_SUMMARY") == "1"
OWN = ("scrub_tune24.jsonl", "scrub_tune24_preserve.txt")

CC_HK = opencc.OpenCC("s2hk")
CC_TW = opencc.OpenCC("s2twp")
CC_T = opencc.OpenCC("s2t")


def norm(s):
    return re.sub(r"\s+", "", s).lower()


# ---------------------------------------------------------------------------
# segments: a template returns a list of plain strings and (kind, value) pairs
# ---------------------------------------------------------------------------
_PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def T(fmt, **kw):
    out, pos = [], 0
    for m in _PH.finditer(fmt):
        if m.start() > pos:
            out.append(fmt[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        pos = m.end()
    if pos < len(fmt):
        out.append(fmt[pos:])
    return out


def conv_segs(segs, cc):
    """Convert the plain parts of a segment list to traditional characters."""
    return [s if isinstance(s, tuple) else cc.convert(s) for s in segs]


def TH(fmt, **kw):
    return [s if isinstance(s, tuple) else s.replace("户", "戶") for s in conv_segs(T(fmt, **kw), CC_HK)]


def TW(fmt, **kw):
    return conv_segs(T(fmt, **kw), CC_TW)


# ---------------------------------------------------------------------------
# name tables (the writer's own)
# ---------------------------------------------------------------------------
COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐"
    "易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "裴霍涂成苗谷盛翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲滕屈饶牟艾尤阳穆农卓古吉缪简"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师栾隋商刁"
    "沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝")
# the first 20 are drawn more often
SUR_WEIGHTS = [6 if i < 20 else (3 if i < 60 else 1) for i in range(len(COMMON_SUR))]

RARE_SUR = list("郜阙蹇麴揭粟郦檀鄂淦郏鄞綦冼扈嵇邸缑钮郇禚晁薄暨邴殳伏茹湛隆戈昝索弭蒿滑宓逢衡束储谯勾")
# single surnames that are also ordinary characters in debt texts
FUNC_SUR = list("单解查区朴盖仇曲年时全门车房来过及员是能和后那信力利支计户还")
COMPOUND_SUR = (
    "欧阳 司马 诸葛 上官 尉迟 皇甫 慕容 东方 令狐 公孙 端木 澹台 夏侯 长孙 宇文 司徒 "
    "呼延 南宫 闻人 第五 万俟 轩辕 钟离 宗政 濮阳 淳于 单于 太叔 申屠 公冶 羊舌 微生 "
    "梁丘 左丘 东郭 西门 拓跋 百里 独孤 赫连 鲜于 闾丘 司空 亓官 仲孙 子车 颛孙 漆雕 "
    "乐正 公良 谷梁 段干").split()

MALE2 = ("志刚 建华 国栋 海波 晓东 文斌 立新 振宇 俊杰 子豪 浩然 宇航 博文 明轩 德福 永强 "
         "春生 长林 金龙 兆丰 荣华 庆林 树森 宏伟 学军 卫东 红军 保国 满仓 铁柱 根生 福生 "
         "水生 来福 家宝 英杰 思远 一鸣 泽宇 梓轩 皓轩 俊熙 昊天 瑞霖 子墨 宸睿 亦凡 景行 "
         "锦程 兴邦 少华 汉文 绍辉 秉坤 德胜 守仁 承志 炳南 鸿飞 启明 怀远 泽民 志远 晨阳 "
         "铭哲 嘉诚 世杰 恒毅 国华 永福 庆丰 玉山 树林 凤山 占魁 殿臣 有才 得贵 广生 长顺").split()
FEMALE2 = ("秀兰 桂英 淑珍 玉梅 凤霞 丽娟 春燕 晓燕 海霞 红霞 雪梅 美玲 婷婷 丹丹 欣怡 子涵 "
           "梓萱 雨桐 诗琪 若曦 思彤 佳怡 可馨 语嫣 梦瑶 慧敏 静怡 晓琳 艳芳 翠花 金凤 银花 "
           "月娥 巧云 素芬 惠兰 冬梅 秋菊 小娟 雅琴 玉洁 佩瑶 心怡 一诺 安琪 乐瑶 芷若 沐晴 "
           "丽萍 琳娜 媛媛 娅楠 苗苗 萌萌 楠楠 淑英 桂兰 玉兰 凤英 秀珍 玉珍 美华 丽华 晓红 "
           "红艳 艳红 亚楠 梦琪 思雨 雨涵 欣妍 诗涵 梓涵 紫涵").split()
MALE1 = list("伟强磊军勇杰涛斌超鹏辉刚健波峰浩亮俊明宇飞凯鑫彬龙林帅毅睿")
FEMALE1 = list("芳敏静丽娟燕霞艳萍玲颖倩洁琳婷雪慧蓉菲璐瑶莹薇楠妍悦琪晶欢")

# homophone / look-alike replacements used by speech-to-text and typos
HOMO = {
    "伟": "维薇炜", "华": "化桦骅", "军": "君均钧", "明": "铭鸣名", "杰": "洁捷婕",
    "丽": "莉利俐", "静": "婧晶菁", "峰": "锋丰枫", "涛": "韬滔焘", "强": "蔷墙",
    "勇": "永涌", "斌": "彬滨", "辉": "晖慧徽", "敏": "闵珉", "燕": "艳雁妍",
    "玲": "琳灵凌", "霞": "侠夏", "娟": "鹃涓", "萍": "平苹", "刚": "钢纲",
    "建": "健剑", "国": "果帼", "志": "智至", "红": "宏鸿", "英": "莹瑛",
    "梅": "玫媚", "兰": "岚澜", "东": "冬栋", "文": "雯闻", "海": "嗨", "宇": "雨羽",
    "飞": "菲非", "龙": "隆珑", "林": "霖琳", "芳": "方舫", "婷": "庭廷", "欣": "馨昕",
    "晓": "小筱", "春": "纯", "秀": "绣", "凤": "峰丰", "桂": "贵", "玉": "钰",
}
SUR_HOMO = {"张": "章", "章": "张", "王": "汪黄", "黄": "王", "刘": "柳留", "陈": "程成",
            "杨": "阳羊", "吴": "伍武", "徐": "许", "许": "徐", "林": "凌蔺", "萧": "肖",
            "肖": "萧", "姜": "江蒋", "于": "余俞", "余": "于俞", "周": "邹", "胡": "扈",
            "李": "黎", "郑": "正", "程": "陈成", "赵": "肇", "彭": "鹏", "何": "贺",
            "冯": "凤", "苏": "舒", "吕": "旅", "钟": "钟", "谢": "解", "邓": "登"}
# look-alike typos (字形)
TYPO = {"晓": "哓", "建": "健", "华": "桦", "明": "眀", "燕": "艳", "玲": "铃", "斌": "彬",
        "兰": "蘭", "峰": "锋", "杰": "洁", "军": "君", "刚": "钢", "俊": "骏", "红": "虹",
        "丽": "俪", "霞": "遐", "波": "坡", "涛": "焘", "磊": "垒", "鹏": "朋", "辉": "晖",
        "梅": "海", "文": "纹", "志": "忐", "宏": "弘", "春": "椿", "秀": "琇", "英": "瑛"}

# minority names -----------------------------------------------------------
UYG_M = "艾尔肯 阿不都热合曼 买买提江 吐尔洪 阿迪力 伊力哈木 努尔艾力 肉孜 塔依尔 亚森 库尔班 艾合买提".split()
UYG_F = "阿依古丽 米热古丽 帕丽旦 热娜 祖丽皮亚 努尔比亚 迪丽拜尔 阿依努尔 古再丽 麦合丽娅".split()
UYG_FATHER = "吾斯曼 艾买提 热合曼 托合提 阿布拉 哈斯木 卡地尔 依明 沙吾提 玉苏甫 斯迪克".split()
KAZ_GIVEN = "叶尔江 哈那提 努尔别克 阿依达娜 古丽扎达 叶尔兰 阿斯哈尔 加娜尔".split()
KAZ_FATHER = "哈斯木汗 吐尔逊拜 别克波拉提 阿曼太 努尔兰".split()
TIBETAN = "次仁旺堆 索朗卓嘎 扎西平措 格桑曲珍 洛桑丹增 达瓦次仁 德吉央宗 尼玛顿珠 白玛拉姆 边巴普赤 旦增曲培 拉巴卓玛".split()
MONGOL = "乌力吉 苏日娜 额尔敦 巴雅尔 阿拉坦仓 萨仁高娃 朝鲁门 图门巴雅尔 斯琴毕力格 呼和 娜仁花 宝音德力格尔".split()
YI_FAM = "沙马 海来 马海 俄狄 比曲 勒格 阿牛 吉伍".split()
YI_GIVEN = "阿果 尔布 拉且 木呷 史杰 曲布 阿呷 日火".split()
DAI_M = "岩温 岩罕 岩应 岩香 岩叫 岩庄".split()
DAI_F = "玉香 玉罕 玉应 玉儿 玉光 玉坎".split()
NAXI_GIVEN = "志新 丽萍 树荣 建军 秀华 金花 正光".split()
KOREAN_CN = [("金明哲", "김명철"), ("崔英姬", "최영희"), ("朴成洙", "박성수"), ("李正浩", "이정호"),
             ("金顺子", "김순자"), ("朴英爱", "박영애"), ("崔东日", "최동일")]
VIET_BRIDES = "阮氏红 阮氏秋 黎氏花 陈氏兰 范氏玉 阮氏梅 黎氏香".split()
TW_INDIGENOUS_GIVEN = "哈勇 拉娃 伊萬 吉娃斯 瓦旦 比黛 尤命 馬紹 達利 阿棟".split()
TW_INDIGENOUS_FAM = "巴萬 尤道 達給 阿給 谷阿莫 蘇格 比令 瓦歷".split()

# romanised mainland names: (surname, [syllables of surname], given hanzi, [given syllables])
ROMAN_CN = [
    ("王", "Wang", "晓明", ["Xiao", "ming"]), ("李", "Li", "红梅", ["Hong", "mei"]),
    ("张", "Zhang", "子豪", ["Zi", "hao"]), ("刘", "Liu", "欣怡", ["Xin", "yi"]),
    ("陈", "Chen", "志远", ["Zhi", "yuan"]), ("杨", "Yang", "思彤", ["Si", "tong"]),
    ("赵", "Zhao", "俊杰", ["Jun", "jie"]), ("周", "Zhou", "雨桐", ["Yu", "tong"]),
    ("吴", "Wu", "浩然", ["Hao", "ran"]), ("徐", "Xu", "梦瑶", ["Meng", "yao"]),
    ("孙", "Sun", "博文", ["Bo", "wen"]), ("胡", "Hu", "佳怡", ["Jia", "yi"]),
    ("郭", "Guo", "振宇", ["Zhen", "yu"]), ("罗", "Luo", "静怡", ["Jing", "yi"]),
    ("梁", "Liang", "晨阳", ["Chen", "yang"]), ("谢", "Xie", "雅琴", ["Ya", "qin"]),
    ("宋", "Song", "启明", ["Qi", "ming"]), ("唐", "Tang", "若曦", ["Ruo", "xi"]),
    ("韩", "Han", "鸿飞", ["Hong", "fei"]), ("冯", "Feng", "慧敏", ["Hui", "min"]),
    ("曹", "Cao", "世杰", ["Shi", "jie"]), ("彭", "Peng", "诗琪", ["Shi", "qi"]),
    ("曾", "Zeng", "泽民", ["Ze", "min"]), ("田", "Tian", "可馨", ["Ke", "xin"]),
    ("潘", "Pan", "铭哲", ["Ming", "zhe"]), ("蒋", "Jiang", "语嫣", ["Yu", "yan"]),
    ("蔡", "Cai", "嘉诚", ["Jia", "cheng"]), ("欧阳", "Ouyang", "子墨", ["Zi", "mo"]),
    ("邱", "Qiu", "思远", ["Si", "yuan"]), ("覃", "Qin", "丽萍", ["Li", "ping"]),
    ("邝", "Kuang", "一鸣", ["Yi", "ming"]), ("吕", "Lyu", "沐晴", ["Mu", "qing"]),
    ("阎", "Yan", "承志", ["Cheng", "zhi"]), ("聂", "Nie", "芷若", ["Zhi", "ruo"]),
]
EN_GIVEN = "Kevin Jason Eric Tony Jack Leo Vincent Alex Ryan Sam Cindy Vivian Grace Amy Joyce Fiona Karen Lily Wendy Iris".split()
# Cantonese-romanised Hong Kong names: (surname, rom, given, rom)
HK_ROMAN = [
    ("陳", "Chan", "大文", "Tai Man", "M"), ("黃", "Wong", "家輝", "Ka Fai", "M"), ("張", "Cheung", "志強", "Chi Keung", "M"),
    ("李", "Lee", "嘉欣", "Ka Yan", "F"), ("吳", "Ng", "偉明", "Wai Ming", "M"), ("劉", "Lau", "美玲", "Mei Ling", "F"),
    ("梁", "Leung", "俊傑", "Chun Kit", "M"), ("何", "Ho", "詠詩", "Wing Sze", "F"), ("曾", "Tsang", "浩然", "Ho Yin", "M"),
    ("林", "Lam", "家豪", "Ka Ho", "M"), ("葉", "Yip", "曉彤", "Hiu Tung", "F"), ("謝", "Tse", "文傑", "Man Kit", "M"),
    ("郭", "Kwok", "國強", "Kwok Keung", "M"), ("楊", "Yeung", "麗珍", "Lai Chun", "F"), ("麥", "Mak", "秀英", "Sau Ying", "F"),
    ("馮", "Fung", "子軒", "Tsz Hin", "M"), ("鄧", "Tang", "穎欣", "Wing Yan", "F"), ("周", "Chow", "振邦", "Chun Pong", "M"),
    ("蔡", "Choi", "寶儀", "Po Yee", "F"), ("蕭", "Siu", "天朗", "Tin Long", "M"), ("區", "Au", "凱琳", "Hoi Lam", "F"),
]
# Wade-Giles style Taiwanese names
TW_ROMAN = [
    ("張", "Chang", "志豪", "Chih-hao", "M"), ("陳", "Chen", "冠宇", "Kuan-yu", "M"), ("林", "Lin", "怡君", "Yi-chun", "F"),
    ("王", "Wang", "柏翰", "Po-han", "M"), ("黃", "Huang", "淑芬", "Shu-fen", "F"), ("李", "Li", "宗翰", "Tsung-han", "M"),
    ("吳", "Wu", "佩君", "Pei-chun", "F"), ("蔡", "Tsai", "欣怡", "Hsin-yi", "F"), ("劉", "Liu", "雅婷", "Ya-ting", "F"),
    ("楊", "Yang", "家豪", "Chia-hao", "M"), ("許", "Hsu", "詩涵", "Shih-han", "F"), ("鄭", "Cheng", "俊傑", "Chun-chieh", "M"),
    ("謝", "Hsieh", "郁婷", "Yu-ting", "F"), ("周", "Chou", "建宏", "Chien-hung", "M"), ("洪", "Hung", "品妤", "Pin-yu", "F"),
]
# Hokkien-romanised Singapore / Malaysia names
HOKKIEN = [("林", "Lim", "文發", "Boon Huat", "M"), ("陳", "Tan", "亞九", "Ah Kow", "M"), ("黃", "Ng", "美玲", "Bee Leng", "F"),
           ("李", "Lee", "志明", "Chee Meng", "M"), ("郭", "Koh", "順利", "Soon Lee", "M"), ("蔡", "Chua", "秀珠", "Siew Choo", "F")]

HK_SUR = list("陳黃李張梁劉林吳王何鄭郭蔡曾謝楊葉馮鄧周麥盧蕭胡羅余區") + ["歐陽", "司徒"]
HK_GIVEN_M = "家輝 志強 偉明 俊傑 浩然 家豪 子軒 文傑 國強 梓朗 耀華 振邦 偉豪 志偉 家樂 栢豪 天朗 卓霖 柏希 嘉俊".split()
HK_GIVEN_F = "嘉欣 美玲 詠詩 穎欣 曉彤 麗珍 秀英 慧敏 嘉瑩 卓欣 朗晴 樂瑤 凱琳 倩儀 晞彤 嘉敏 寶儀 樂怡 綺雯 靜雯 婉婷".split()
HK_GIVEN = HK_GIVEN_M + HK_GIVEN_F
TW_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施"
              "沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董溫唐藍蔣石古紀姚連馮程湯田"
              "康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵錢伍倪于譚駱熊任甘秦顧毛章史官萬俞雷粘饒"
              ) + ["張簡", "范姜", "歐陽"]
TW_GIVEN_M = "家豪 志明 俊傑 冠宇 宗翰 柏翰 承恩 宥廷 彥廷 冠廷 建宏 志偉 俊宏 文雄 明德 哲瑋 翊帆 昱廷 育誠".split()
TW_GIVEN_F = "怡君 雅婷 淑芬 詩涵 欣怡 郁婷 佩君 品妤 子晴 思妤 雅雯 美惠 淑惠 秀琴 麗華 佳蓉 宜蓁 芷瑄 筱涵".split()
TW_GIVEN = TW_GIVEN_M + TW_GIVEN_F
MO_GIVEN_M = "嘉豪 志明 俊賢 文華 子健 國輝".split()
MO_GIVEN_F = "詠琳 麗雯 佩珊 雅詩 慧儀 嘉琪".split()

# ---------------------------------------------------------------------------
# place tables
# ---------------------------------------------------------------------------
CITY_DIST = [
    ("广东省", "深圳市", "龙岗区"), ("广东省", "东莞市", "长安镇"), ("广东省", "广州市", "白云区"),
    ("湖南省", "长沙市", "岳麓区"), ("湖北省", "武汉市", "洪山区"), ("四川省", "成都市", "双流区"),
    ("重庆市", "重庆市", "渝中区"), ("河南省", "郑州市", "金水区"), ("河北省", "邯郸市", "永年区"),
    ("浙江省", "台州市", "温岭市"), ("江苏省", "徐州市", "铜山区"), ("山东省", "临沂市", "兰山区"),
    ("安徽省", "阜阳市", "颍州区"), ("江西省", "赣州市", "章贡区"), ("福建省", "泉州市", "晋江市"),
    ("陕西省", "西安市", "雁塔区"), ("云南省", "昆明市", "盘龙区"), ("贵州省", "贵阳市", "花溪区"),
    ("广西壮族自治区", "南宁市", "西乡塘区"), ("辽宁省", "沈阳市", "铁西区"), ("吉林省", "长春市", "绿园区"),
    ("黑龙江省", "哈尔滨市", "道里区"), ("山西省", "太原市", "小店区"), ("甘肃省", "兰州市", "七里河区"),
]
ROADS = ("布吉路 桐梓坡路 关山大道 劳动东路 解放大道 建设北路 中原西路 学府路 人民南路 "
         "北京路延长线 兴发南路 滨河东路 工农路 创业大道 金穗路 南湖路 朝阳北街 育才路 "
         "振兴街 长江路 望江路 迎宾大道 光明街 新华西路 东风路 和平路 团结路 胜利街").split()
ESTATES = ("金色屋顶 保利国际 碧桂园 万科城市花园 恒大绿洲 龙湖春江郦城 阳光新城 幸福家园 "
           "锦绣华庭 翡翠湾 御景湾 世纪花园 东方明苑 南湖名都 清水湾 富力城 华润二十四城 "
           "中海国际社区 美的城 融创玖玺台 绿地新里 水岸名居 山水华府 凤凰城").split()
TOWNS = ("讲武 津河 大溪 依兰 太和 龙归 东升 永安 兴隆 新城 白沙 红旗 三合 双河 柳林 "
         "石桥 马坊 黄庄 杨集 高桥 李营 何坝 刘集 王楼 陈店").split()
VILLAGES = ("东街 永安 东沟 南村 前进 杏花 柳树 石门 河口 大王庄 小李庄 张家湾 孙家寨 "
            "刘家沟 马营 高家堡 桃园 枣林 梨树 新民 团结 红光 七里").split()
COUNTIES = [("河北", "邯郸", "永年区"), ("山东", "菏泽", "曹县"), ("河南", "周口", "郸城县"),
            ("安徽", "亳州", "利辛县"), ("四川", "南充", "仪陇县"), ("湖南", "邵阳", "隆回县"),
            ("江西", "上饶", "鄱阳县"), ("甘肃", "天水", "秦安县"), ("贵州", "毕节", "威宁县"),
            ("广西", "玉林", "博白县"), ("湖北", "黄冈", "蕲春县"), ("云南", "昭通", "镇雄县")]
NE_COUNTIES = [("黑龙江省", "绥化市", "北林区"), ("吉林省", "延边州", "延吉市"), ("辽宁省", "铁岭市", "昌图县"),
               ("黑龙江省", "齐齐哈尔市", "拜泉县"), ("吉林省", "四平市", "梨树县")]
BT = [("第八师", "石河子", "一四二团", "142团"), ("第一师", "阿拉尔", "十团", "10团"),
      ("第七师", "奎屯", "一二三团", "123团"), ("第六师", "五家渠", "一〇二团", "102团"),
      ("第四师", "可克达拉", "六十八团", "68团")]
PASTURE = [("锡林郭勒盟", "东乌珠穆沁旗", "满都胡宝拉格镇", "额仁高毕嘎查"),
           ("锡林郭勒盟", "阿巴嘎旗", "别力古台镇", "巴彦图嘎嘎查"),
           ("呼伦贝尔市", "新巴尔虎右旗", "阿拉坦额莫勒镇", "达石莫嘎查"),
           ("鄂尔多斯市", "鄂托克旗", "乌兰镇", "查布嘎查"),
           ("通辽市", "科尔沁左翼中旗", "舍伯吐镇", "敖包嘎查")]
CN_NUM = "零一二三四五六七八九"

HK_ADDR_PARTS = [
    ("九龍", "觀塘", "秀茂坪邨", "秀明樓"), ("新界", "屯門", "兆康苑", "C座"), ("香港", "香港仔", "石排灣邨", "碧朗樓"),
    ("九龍", "深水埗", "白田邨", "潤田樓"), ("新界", "沙田", "沙角邨", "雲雀樓"), ("新界", "元朗", "天瑞邨", "瑞業樓"),
    ("九龍", "黃大仙", "竹園北邨", "桃園樓"), ("新界", "葵涌", "石籬邨", "石安樓"), ("香港", "柴灣", "興華邨", "豐興樓"),
]
HK_STREETS = ["彌敦道", "英皇道", "青山公路", "荔枝角道", "大埔道", "德輔道中", "筲箕灣道", "上海街"]
TW_ADDR_CITY = [("臺北市", "大安區"), ("臺北市", "信義區"), ("新北市", "板橋區"), ("新北市", "三重區"),
                ("臺中市", "北屯區"), ("臺南市", "東區"), ("高雄市", "三民區"), ("桃園市", "中壢區"),
                ("彰化縣", "員林市"), ("花蓮縣", "吉安鄉")]
TW_ROADS = ["忠孝東路", "復興南路", "文化路", "崇德路", "中華路", "民族路", "建國路", "自由路", "三民路", "中山北路"]
MO_ADDR = ["澳門氹仔海洋花園第{b}座{f}樓{u}", "澳門黑沙環新街海濱花園第{b}座{f}樓{u}", "澳門氹仔濠景花園{b}座{f}{u}"]

PLATFORMS = ("分期乐 安逸花 拍拍贷 360借条 美团月付 京东金条 招联金融 度小满 小赢卡贷 你我贷 "
             "宜人贷 洋钱罐 平安普惠 还呗 省呗 小花钱包 众安贷 携程借钱").split()
BANKS = ("工商银行 建设银行 农业银行 中国银行 交通银行 招商银行 浦发银行 中信银行 光大银行 "
         "民生银行 兴业银行 平安银行 广发银行 华夏银行 邮储银行 北京银行").split()
AGENCIES = ["恒信达资产管理有限公司", "中诚汇通信息咨询有限公司", "湖南永泰商务服务有限公司",
            "深圳市捷安达信息咨询有限公司", "成都锦和资产管理有限公司", "江苏鼎盛企业管理咨询有限公司"]
LAWFIRMS = ["北京德衡信律师事务所", "广东正衡律师事务所", "湖南湘和律师事务所", "四川川信律师事务所",
            "浙江明理律师事务所", "上海申衡律师事务所"]
HK_FIN = ["恒利財務有限公司", "信豐財務", "快達信貸", "安順財務有限公司"]
TW_BANKS = ["國泰世華銀行", "中國信託商業銀行", "玉山銀行", "台新銀行", "永豐銀行", "第一銀行", "合作金庫銀行"]

# ---------------------------------------------------------------------------
# number formats
# ---------------------------------------------------------------------------
MOBILE_PFX = ("130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 "
              "166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199").split()
AREA_CODES = ["010", "021", "020", "0755", "0769", "0731", "027", "028", "023", "0371", "0310", "0576",
              "0516", "0539", "0558", "0797", "0595", "029", "0871", "0851", "0771", "024", "0431", "0451"]
ID_AREAS = ["110105", "440307", "441900", "430104", "420111", "510116", "500103", "410105", "130408",
            "331081", "320312", "371302", "341202", "360702", "350582", "610113", "530103", "520111",
            "450107", "210106", "220106", "230102", "140105", "620103", "650102", "540102", "150102",
            "513401", "532801", "530702", "222401", "659001", "152502"]
CARD_PFX = [("622848", 19), ("621700", 19), ("622202", 19), ("621483", 16), ("622588", 16),
            ("621661", 19), ("622262", 19), ("622908", 16), ("625965", 16), ("622155", 16),
            ("621226", 19), ("622700", 19), ("628288", 16), ("621799", 19), ("622689", 16)]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def hkid_check(letter, digits):
    total = 36 * 9 + (ord(letter) - 55) * 8
    for i, d in enumerate(digits):
        total += int(d) * (7 - i)
    r = total % 11
    c = 0 if r == 0 else 11 - r
    return "A" if c == 10 else str(c)


TW_LETTER = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
             "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
             "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33}


def twid_check(letter, d8):
    n = TW_LETTER[letter]
    tot = (n // 10) + (n % 10) * 9
    for d, w in zip(d8, [8, 7, 6, 5, 4, 3, 2, 1]):
        tot += int(d) * w
    return str((10 - tot % 10) % 10)


def twid_ok(s):
    return twid_check(s[0], s[1:9]) == s[9]


def cn_upper_amount(n):
    """Integer yuan amount in 大写 form, e.g. 12800 -> 壹万贰仟捌佰元整."""
    digs = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += digs[d] + units[i]
        return s

    wan, rest = divmod(n, 10000)
    out = ""
    if wan:
        out = four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    out += four(rest)
    return out + "元整"


class Gen:
    """Draws names and numbers; rejects names that collide with ordinary text."""

    def __init__(self, rng, banned_text, other_preserve):
        self.r = rng
        self.banned = banned_text          # this corpus's preserve lines, joined, normalised
        self.other = other_preserve        # other corpora's preserve lines, joined, normalised
        self.used = set()
        self.rejected_own = 0
        self.rejected_other = 0

    # -- basic helpers ------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def ok_name(self, v):
        k = norm(v)
        if len(k) < 2 or k in self.used:
            return False
        if k in self.banned:
            self.rejected_own += 1
            return False
        if k in self.other:
            self.rejected_other += 1
            return False
        return True

    def take(self, v):
        self.used.add(norm(v))
        return ("name", v)

    def multi(self, builder, tries=500):
        """builder() -> list of strings; draw until all are acceptable and distinct."""
        for _ in range(tries):
            vs = builder()
            if len({norm(v) for v in vs}) == len(vs) and all(self.ok_name(v) for v in vs):
                return [self.take(v) for v in vs]
        raise RuntimeError("cannot draw names")

    def _draw(self, fn):
        for _ in range(500):
            v = fn()
            if self.ok_name(v):
                return self.take(v)
        raise RuntimeError("cannot draw a name")

    # -- Han names ------------------------------------------------------------
    def sur(self):
        return self.r.choices(COMMON_SUR, SUR_WEIGHTS)[0]

    def given(self, sex=None, n=None):
        sex = sex or self.pick("MF")
        n = n or (2 if self.chance(0.78) else 1)
        if n == 2:
            return self.pick(MALE2 if sex == "M" else FEMALE2)
        return self.pick(MALE1 if sex == "M" else FEMALE1)

    def han(self, sex=None, style=None):
        """Return a name tuple; the sex is remembered in self.last_sex."""
        sex = sex or self.pick("MF")
        self.last_sex = sex
        style = style or self.r.choices(["common", "rare", "func", "compound"], [16, 3, 1, 2])[0]

        def f():
            if style == "common":
                return self.sur() + self.given(sex)
            if style == "common3":
                return self.sur() + self.given(sex, 2)
            if style == "common2":
                return self.sur() + self.given(sex, 1)
            if style == "rare":
                return self.pick(RARE_SUR) + self.given(sex)
            if style == "func":
                return self.pick(FUNC_SUR) + self.given(sex, 2)
            if style == "compound":
                return self.pick(COMPOUND_SUR) + self.given(sex)
            raise ValueError(style)
        return self._draw(f)

    def kin(self, name, sex, where=None):
        """A relative who shares the surname of name (a name tuple)."""
        v = name[1]
        sur = v[:2] if (v[:2] in COMPOUND_SUR or v[:2] in ("歐陽", "司徒", "張簡", "范姜")) else v[0]
        m = sex == "M"
        if where == "hk":
            return self._draw(lambda: sur + self.pick(HK_GIVEN_M if m else HK_GIVEN_F))
        if where == "mo":
            return self._draw(lambda: sur + self.pick(MO_GIVEN_M if m else MO_GIVEN_F))
        return self._draw(lambda: sur + self.given(sex))

    def han_with_given_end(self, ch, sex=None):
        """A 3-character name whose given name ends in ch."""
        sex = sex or self.pick("MF")
        pool = [g for g in MALE2 + FEMALE2 if g.endswith(ch)]
        firsts = "晓建国志永海春文子立德少秀丽玉红美"
        return self._draw(lambda: self.sur() + (self.pick(pool) if pool and self.chance(0.5)
                                                else self.pick(firsts) + ch))

    def func_name(self, sur):
        return self._draw(lambda: sur + self.given(None, 2))

    def minority(self, kind=None):
        kind = kind or self.pick(["uyg", "kaz", "tib", "mon", "yi", "dai", "naxi"])
        seps = ["·", "·", "•", "・", "．"]

        def f():
            if kind == "uyg":
                g = self.pick(UYG_M + UYG_F)
                return g + self.pick(seps) + self.pick(UYG_FATHER)
            if kind == "kaz":
                return self.pick(KAZ_GIVEN) + self.pick(seps) + self.pick(KAZ_FATHER)
            if kind == "tib":
                return self.pick(TIBETAN)
            if kind == "mon":
                a = self.pick(MONGOL)
                return a if self.chance(0.6) else a + "·" + self.pick(MONGOL)
            if kind == "yi":
                return self.pick(YI_FAM) + self.pick(["·", "", "•"]) + self.pick(YI_GIVEN)
            if kind == "dai":
                return self.pick(DAI_M + DAI_F) if self.chance(0.5) else "刀" + self.given(None, 2)
            if kind == "naxi":
                return "和" + self.pick(NAXI_GIVEN)
            raise ValueError(kind)
        return self._draw(f)

    def trad_name(self, where="hk", sex=None):
        sex = sex or self.pick("MF")
        if where == "hk_married":
            sex = "F"
        self.last_sex = sex
        m = sex == "M"

        def f():
            if where == "hk":
                return self.pick(HK_SUR) + self.pick(HK_GIVEN_M if m else HK_GIVEN_F)
            if where == "tw":
                return self.pick(TW_SUR) + self.pick(TW_GIVEN_M if m else TW_GIVEN_F)
            if where == "mo":
                return self.pick(HK_SUR) + self.pick(MO_GIVEN_M if m else MO_GIVEN_F)
            if where == "hk_married":  # husband's surname + own
                a, b = self.r.sample([s for s in HK_SUR if len(s) == 1], 2)
                return a + b + self.pick(HK_GIVEN_F)
            if where == "cn":
                return CC_T.convert(self.sur() + self.given(sex))
            raise ValueError(where)
        return self._draw(f)

    def homophone(self, name):
        """A speech-to-text variant of a Han name: one character replaced by a homophone."""
        for _ in range(50):
            chars = list(name)
            idxs = [i for i, c in enumerate(chars) if (c in HOMO and i > 0) or (i == 0 and c in SUR_HOMO)]
            if not idxs:
                return None
            i = self.pick(idxs)
            table = SUR_HOMO if i == 0 else HOMO
            chars[i] = self.pick(table[chars[i]])
            v = "".join(chars)
            if v != name and self.ok_name(v):
                return self.take(v)
        return None

    def typo(self, name):
        for _ in range(50):
            chars = list(name)
            idxs = [i for i, c in enumerate(chars) if i > 0 and (c in TYPO or c in HOMO)]
            if not idxs:
                return None
            i = self.pick(idxs)
            c = chars[i]
            chars[i] = TYPO[c] if c in TYPO and self.chance(0.6) else self.pick(HOMO.get(c, TYPO.get(c, c)))
            v = "".join(chars)
            if v != name and self.ok_name(v):
                return self.take(v)
        return None

    # -- numbers ------------------------------------------------------------
    def mobile_raw(self):
        return self.pick(MOBILE_PFX) + self.digits(8)

    def phone(self, style=None):
        m = self.mobile_raw()
        style = style or self.r.choices(["plain", "sp344", "dash", "p86", "p0086", "fw"],
                                        [8, 3, 2, 1, 1, 1])[0]
        if style == "plain":
            v = m
        elif style == "sp344":
            v = f"{m[:3]} {m[3:7]} {m[7:]}"
        elif style == "dash":
            v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        elif style == "p86":
            v = self.pick(["+86 ", "+86", "+86-"]) + m
        elif style == "p0086":
            v = "0086 " + m
        elif style == "fw":
            v = m.translate(FW)
        else:
            raise ValueError(style)
        return ("phone", v)

    def landline(self):
        ac = self.pick(AREA_CODES)
        n = self.digits(8 if len(ac) == 3 else self.pick([7, 8]), True)
        n = self.pick("2345678") + n[1:]
        st = self.pick(["dash", "paren", "plain", "ext"])
        if st == "dash":
            v = f"{ac}-{n}"
        elif st == "paren":
            v = f"({ac}){n}"
        elif st == "plain":
            v = ac + n
        else:
            v = f"{ac}-{n}转{self.digits(3, True)}"
        return ("phone", v)

    def id_raw(self, sex=None, y0=1962, y1=2002, area=None):
        area = area or self.pick(ID_AREAS)
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        seq = self.r.randint(0, 99)
        last = self.r.randint(0, 9)
        sex = sex or self.pick("MF")
        if (last % 2 == 1) != (sex == "M"):
            last = (last + 1) % 10
        s17 = f"{area}{y:04d}{m:02d}{d:02d}{seq:02d}{last}"
        self.last_birth = (y, m, d)
        return s17 + id_check(s17)

    def idn(self, sex=None, style=None, **kw):
        s = self.id_raw(sex, **kw)
        style = style or self.r.choices(["plain", "sp684", "lowx", "fw"], [10, 2, 1, 1])[0]
        if style == "sp684":
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        elif style == "lowx":
            s = s[:-1] + ("x" if s[-1] == "X" else s[-1])
        elif style == "fw":
            s = s.translate(FW)
        return ("id_number", s)

    def hk_tw_residence_id(self, where="hk", sex=None):
        area = {"hk": "810000", "mo": "820000", "tw": "830000"}[where]
        return ("id_number", self.id_raw(sex, area=area))

    def card_raw(self):
        pfx, ln = self.pick(CARD_PFX)
        body = pfx + self.digits(ln - len(pfx) - 1)
        return luhn_complete(body)

    def card(self, style=None):
        c = self.card_raw()
        style = style or self.r.choices(["plain", "g4", "six", "dash"], [6, 3, 1, 1])[0]
        if style == "g4":
            c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        elif style == "six":
            c = c[:6] + " " + c[6:]
        elif style == "dash":
            c = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
        return ("bank_card", c)

    def email(self, base=None):
        dom = self.pick(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com",
                         "hotmail.com", "outlook.com", "139.com", "yeah.net"])
        if base is None:
            base = self.pick(["lxm", "zhy", "wjl", "hqq", "cxd", "ycy", "gmz", "tyf", "sunny", "lucky",
                              "kevin", "annie", "dragon", "xiaoyu", "momo", "ahua", "tiantian"])
        sep = self.pick(["", "_", ".", ""])
        return ("email", base + sep + self.digits(self.pick([2, 3, 4, 6]), True) + "@" + dom)

    def qq(self):
        return ("qq", self.digits(self.pick([8, 9, 10]), True))

    def wechat(self):
        t = self.pick(["wxid", "handle", "handle2"])
        if t == "wxid":
            v = "wxid_" + "".join(self.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        elif t == "handle":
            v = self.pick(["xiaoyu", "ahao", "dongge", "tingting", "jiajia", "bobo", "laoliu", "wenwen"]) + \
                self.pick(["_", "-", ""]) + self.digits(4, True)
        else:
            v = self.pick(["Zjh", "LYF", "hxm", "Cwj", "Tqq"]) + self.digits(6, True)
        return ("wechat", v)

    def plate(self):
        p = self.pick(PROV_ABBR)
        l = self.pick(PLATE_LET)
        if self.chance(0.3):
            rest = self.pick("DF") + self.digits(5)
        else:
            rest = "".join(self.pick("0123456789" if i != 1 or self.chance(0.5) else PLATE_LET)
                           for i in range(5))
        sep = self.pick(["", "·", " ", "-", ""])
        return ("plate", p + l + sep + rest)

    def account(self, kind):
        d = self.digits
        if kind == "contract":
            v = self.pick(["JK", "HT", "LN", "CF"]) + str(self.r.randint(2021, 2025)) + d(10)
        elif kind == "emp":
            v = self.pick(["", "CS", "A"]) + d(5, True)
        elif kind == "lawyer":
            v = "1" + self.pick(["44", "43", "11", "51", "33", "31"]) + "01" + str(self.r.randint(2008, 2022)) + d(8)
        elif kind == "member":
            v = d(12, True)
        elif kind == "order":
            v = "DD" + d(16)
        elif kind == "fps":
            v = d(9, True)
        else:
            raise ValueError(kind)
        return ("account", v)

    # -- addresses ------------------------------------------------------------
    def addr_formal(self):
        p, c, dist = self.pick(CITY_DIST)
        v = (("" if p == c else p) + c + dist + self.pick(ROADS) + f"{self.r.randint(1, 999)}号" +
             self.pick(ESTATES) + f"{self.r.randint(1, 32)}栋{self.r.randint(1, 4)}单元"
             f"{self.r.randint(1, 33)}{self.r.randint(1, 6):02d}室")
        return ("address", v)

    def addr_loose(self, kind=None):
        r = self.r
        kind = kind or self.pick(["spaced", "dash", "nohao", "rural", "tun", "bingtuan", "pasture",
                                  "landmark", "cross", "fu", "lane", "letters"])
        p, c, dist = self.pick(CITY_DIST)
        city = c.rstrip("市")
        road = self.pick(ROADS)
        est = self.pick(ESTATES)
        if kind == "spaced":
            sp = self.pick([" ", "  ", "\u3000"])
            v = sp.join([city, dist, road, est, f"{r.randint(1, 30)}栋", f"{r.randint(1, 30)}0{r.randint(1, 6)}"])
        elif kind == "dash":
            v = f"{city}{dist}{road} {est} {r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 6):02d}"
        elif kind == "nohao":
            v = f"{c}{dist}{road}{r.randint(1, 300)} {est}{r.randint(1, 20)}幢{r.randint(1, 30)}0{r.randint(1, 4)}"
        elif kind == "rural":
            pr, ci, co = self.pick(COUNTIES)
            grp = self.pick([f"{r.randint(1, 12)}组", f"{CN_NUM[r.randint(1, 9)]}组", f"{r.randint(1, 9)}队",
                             f"{CN_NUM[r.randint(1, 9)]}社", f"第{CN_NUM[r.randint(1, 9)]}生产队"])
            sp = self.pick(["", " "])
            v = sp.join([pr + "省" if self.chance(0.4) else pr, ci + "市", co, self.pick(TOWNS) + "镇",
                         self.pick(VILLAGES) + "村", grp])
            if self.chance(0.4):
                v += f"{r.randint(1, 60)}户" if self.chance(0.5) else f"{r.randint(1, 60)}号"
        elif kind == "tun":
            pr, ci, co = self.pick(NE_COUNTIES)
            v = f"{pr}{ci}{co} {self.pick(TOWNS)}乡 {self.pick(VILLAGES)}村 {self.pick(['前', '后', '东', '西', '王家', '老刘家', '三'])}屯"
        elif kind == "bingtuan":
            sh, city2, tuan, tuan_n = self.pick(BT)
            lian = self.pick([f"{r.randint(1, 20)}连", f"{CN_NUM[r.randint(1, 9)]}连"])
            v = self.pick([f"新疆兵团{sh}{tuan}{lian}", f"{city2} {tuan_n} {lian} {r.randint(1, 12)}排{r.randint(1, 20)}号",
                           f"{city2}市{tuan_n}{lian}住宅区{r.randint(1, 12)}栋"])
        elif kind == "pasture":
            a, b, t, g = self.pick(PASTURE)
            v = f"内蒙古{a}{b} {t} {g}" if self.chance(0.5) else f"{a}{b}{t}{g}{r.randint(1, 5)}组"
        elif kind == "landmark":
            pr, ci, co = self.pick(COUNTIES)
            v = (f"{co}{self.pick(TOWNS)}镇中心小学对面{self.pick(['小卖部', '五金店', '理发店', '药店'])}楼上"
                 if self.chance(0.5) else f"{ci}市{co}汽车站后面{self.pick(ESTATES)}{r.randint(1, 12)}栋")
        elif kind == "cross":
            road2 = self.pick([x for x in ROADS if x != road])
            v = f"{c}{dist}{road}与{road2}交叉口往{self.pick('东南西北')}{r.randint(1, 5)}00米{est}"
        elif kind == "fu":
            v = self.pick([f"成都市武侯区{road}{r.randint(1, 200)}号附{r.randint(1, 30)}号{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 8)}",
                           f"重庆渝中区{road}{r.randint(1, 200)}号{est}{r.randint(1, 9)}栋{r.randint(1, 40)}-{r.randint(1, 12)}"])
        elif kind == "lane":
            v = f"上海{self.pick(['闵行', '宝山', '浦东', '松江'])}{self.pick(ROADS)}{r.randint(100, 2999)}弄{r.randint(1, 99)}-{r.randint(1, 6)}0{r.randint(1, 4)}"
        elif kind == "letters":
            v = (f"{city}{dist}{est}{self.pick(['一期', '二期', '三期'])}{self.pick('ABCD')}区 "
                 f"{self.pick('ABCDE')}{r.randint(1, 20)}-{r.randint(1, 3)}-{r.randint(1, 33)}0{r.randint(1, 6)}")
        else:
            raise ValueError(kind)
        return ("address", v)

    def addr_hk(self, kind=None):
        r = self.r
        if kind != "office" and (kind == "home" or self.chance(0.6)):
            a, b, estate, blk = self.pick(HK_ADDR_PARTS)
            sp = self.pick(["", " "])
            v = sp.join([a + b, estate, blk, f"{r.randint(2, 40)}樓{r.randint(1, 30):02d}室"])
        else:
            v = (f"{self.pick(['九龍旺角', '九龍油麻地', '香港北角', '新界荃灣', '九龍觀塘'])}"
                 f"{self.pick(HK_STREETS)}{r.randint(1, 600)}號"
                 f"{self.pick(['恒豐', '華昌', '金利', '永安', '富達'])}大廈{r.randint(2, 25)}樓{self.pick('ABCDEFGH')}室")
        return ("address", v)

    def addr_tw(self):
        r = self.r
        c, d = self.pick(TW_ADDR_CITY)
        v = f"{c}{d}{self.pick(TW_ROADS)}"
        if self.chance(0.6):
            v += f"{self.pick('一二三四五')}段"
        if self.chance(0.6):
            v += f"{r.randint(1, 300)}巷"
            if self.chance(0.5):
                v += f"{r.randint(1, 30)}弄"
        v += f"{r.randint(1, 200)}號"
        if self.chance(0.7):
            v += f"{r.randint(2, 15)}樓"
            if self.chance(0.4):
                v += f"之{r.randint(1, 5)}"
        return ("address", v)

    def addr_mo(self):
        r = self.r
        v = self.pick(MO_ADDR).format(b=r.randint(1, 12), f=r.randint(2, 30), u=self.pick("ABCDEFG"))
        return ("address", v)

    # -- HK / TW / Macau numbers -------------------------------------------
    def hk_phone(self, mobile=True):
        n = (self.pick("5679") if mobile else self.pick("23")) + self.digits(7)
        st = self.pick(["p852s", "plain", "sp", "paren", "dash852"])
        v = {"p852s": f"+852 {n[:4]} {n[4:]}", "plain": n, "sp": f"{n[:4]} {n[4:]}",
             "paren": f"(852) {n[:4]}-{n[4:]}", "dash852": f"852-{n}"}[st]
        return ("phone", v)

    def tw_phone(self, mobile=True):
        if mobile:
            n = "9" + self.digits(8)
            st = self.pick(["dash", "plain", "p886", "p886d"])
            v = {"dash": f"0{n[:3]}-{n[3:6]}-{n[6:]}", "plain": "0" + n, "p886": f"+886 {n[:3]} {n[3:6]} {n[6:]}",
                 "p886d": f"+886-{n[0]}-{n[1:5]}-{n[5:]}"}[st]
        else:
            n = self.pick("2345678") + self.digits(7)
            v = f"(02){n[:4]}-{n[4:]}" if self.chance(0.5) else f"02-{n}#{self.digits(3, True)}"
        return ("phone", v)

    def mo_phone(self):
        n = "6" + self.pick("2368") + self.digits(6)
        return ("phone", self.pick([f"+853 {n[:4]} {n[4:]}", n, f"(853){n}"]))

    def hkid(self):
        L = self.pick("ACDEGHKPRVYZ")
        d = self.digits(6)
        c = hkid_check(L, d)
        v = self.pick([f"{L}{d}({c})", f"{L}{d}（{c}）", f"{L}{d}{c}", f"{L}{d[:3]}{d[3:]}({c})"])
        return ("id_number", v)

    def twid(self, sex=None, arc=False):
        L = self.pick(list(TW_LETTER))
        sex = sex or self.pick("MF")
        if arc:
            first = "8" if sex == "M" else "9"
        else:
            first = "1" if sex == "M" else "2"
        d8 = first + self.digits(7)
        return ("id_number", L + d8 + twid_check(L, d8))

    def moid(self):
        return ("id_number", self.pick("157") + self.digits(6) + f"({self.digits(1)})")

    def hk_account(self):
        bank = self.pick(["004", "012", "024", "003"])
        v = f"{bank}-{self.digits(3)}-{self.digits(6)}-{self.digits(3)}"
        return ("bank_card", v)

    def tw_post(self):
        return ("bank_card", f"{self.digits(7)}-{self.digits(7)}" if self.chance(0.5) else self.digits(14))

    def hk_plate(self):
        return ("plate", self.pick(["", ""]) + "".join(self.r.sample("ABCDEFGHJKLMNPRSTUVWXYZ", 2)) +
                self.pick([" ", ""]) + str(self.r.randint(1, 9999)))

    def tw_plate(self):
        L = "".join(self.r.sample("ABCDEFGHJKLMNPQRSTUVWXYZ", 3))
        return ("plate", f"{L}-{self.digits(4)}" if self.chance(0.7) else f"{self.digits(4)}-{L[:2]}")

    def home_return_permit(self):
        return ("id_number", self.pick("HM") + self.digits(8))

    # -- misc text values -------------------------------------------------------
    def date(self, style=None, y0=2023, y1=2026):
        y, m, d = self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)
        style = style or self.pick(["cn", "cn", "dot", "dash"])
        if style == "cn":
            return f"{y}年{m}月{d}日"
        if style == "dot":
            return f"{y}.{m:02d}.{d:02d}"
        if style == "dash":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "md":
            return f"{m}月{d}日"
        if style == "mmdd":
            return f"{m:02d}{d:02d}"
        if style == "ymd8":
            return f"{y}{m:02d}{d:02d}"
        raise ValueError(style)

    def amt(self, lo=500, hi=60000, step=100):
        return self.r.randrange(lo, hi, step)

    def birth_text(self):
        y, m, d = self.last_birth
        return f"{y}年{m}月{d}日"


# ---------------------------------------------------------------------------
# helpers for templates
# ---------------------------------------------------------------------------
def sex_cn(s):
    return "男" if s == "M" else "女"


def cn_digits(s, style="plain"):
    """Spell digits in Chinese numerals; style 'radio' uses 幺/洞/两/拐/勾."""
    plain = "零一二三四五六七八九"
    out = []
    for c in s:
        if c.isdigit():
            d = int(c)
            if style == "radio":
                out.append("洞幺两三四五六拐八勾"[d])
            elif style == "yao":
                out.append("零幺二三四五六七八九"[d])
            else:
                out.append(plain[d])
        elif c == "X":
            out.append("叉")
        else:
            out.append(c)
    return "".join(out)


def cn_int(n):
    """0..999 in Chinese numerals as spoken: 66 -> 六十六, 16 -> 十六."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return d[h] + "百"
    if r < 10:
        return d[h] + "百零" + d[r]
    return d[h] + "百" + (d[r // 10] + "十") + (d[r % 10] if r % 10 else "")


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


REASONS = ["父亲突发脑梗住院", "所开早餐店拆迁停业", "工地老板拖欠工资半年", "孩子做心脏手术",
           "在车间受伤停工", "爱人确诊乳腺癌", "网店被平台封号", "做担保替朋友还了一笔钱"]
HARDSHIP = ["收入几乎中断", "每月只有两千多元生活费", "医药费开支巨大", "一直处于失业状态", "还要照顾两个上学的孩子"]
AUTHORITIES = ["银保监局", "12378", "当地派出所", "互联网金融协会", "消费者协会"]
JOBS = ["物流公司", "电子厂", "餐馆", "汽修店", "装修公司", "超市"]
LAWS = ["互联网金融个人网络消费信贷贷后催收风控指引", "个人信息保护法", "商业银行信用卡业务监督管理办法"]


# ---------------------------------------------------------------------------
# group: letter (long letters and statements in running prose)
# ---------------------------------------------------------------------------
def L_qingkuang(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa, style="plain")
    birth = g.birth_text()
    B = g.han("F", "common3"); C = g.han()
    amt = g.amt(3000, 80000, 500)
    return T("情况说明\n\n本人{A}，{sex}，{birth}出生，公民身份号码{ID}，户籍地{ADDR1}，现暂住{ADDR2}。"
             "{d1}，因{reason}，本人通过{plat}借款人民币{amt}元，约定分{n}期归还。{d2}起，由于{hard}，"
             "本人未能按期还款，至今累计逾期{days}天。\n\n逾期期间，贵司工作人员多次拨打我母亲{B}及同事{C}"
             "的电话，对他们的工作和生活造成了困扰。本人恳请贵司停止联系我的家人和同事，有关还款事宜请直接联系本人，"
             "手机{P}。\n\n本人愿意积极协商，并承诺在{month}月底前先行归还{amt2}元。\n\n特此说明。\n\n说明人：{A}\n{d3}",
             A=A, sex=sex_cn(sa), birth=birth, ID=ID, ADDR1=g.addr_loose("rural"), ADDR2=g.addr_formal(),
             d1=g.date("cn", 2023, 2024), reason=g.pick(REASONS), plat=g.pick(PLATFORMS), amt=str(amt),
             n=str(g.pick([6, 12, 24])), d2=g.date("cn", 2024, 2025), hard=g.pick(HARDSHIP),
             days=str(g.r.randint(35, 400)), B=B, C=C, P=g.phone("plain"), month=str(g.r.randint(1, 12)),
             amt2=str(amt // 10 // 100 * 100 or 500), d3=g.date("cn", 2025, 2026))


def L_chengnuo(g):
    A = g.han(); sa = g.last_sex
    B = g.han("F" if sa == "M" else "M")
    creditor = g.pick(BANKS + PLATFORMS)
    total = g.amt(8000, 150000, 1)
    return T("还款承诺书\n\n承诺人{A}（身份证号：{ID}，联系电话：{P}）与{cr}于{d1}签订《借款合同》（合同编号：{CT}），"
             "借款本金{amt}元。截至{d2}，承诺人尚欠本息合计{total}元（大写：人民币{cn}）。\n\n承诺人自愿作出如下承诺：\n"
             "一、于{d3}前归还{x}元；\n二、剩余款项自次月起每月{day}日前归还{y}元，直至全部还清；\n"
             "三、如任何一期未按时足额归还，{cr}有权就全部欠款提起诉讼，由此产生的律师费、诉讼费由承诺人承担。\n\n"
             "承诺人配偶{B}已知悉上述债务，并同意以夫妻共同财产承担还款责任。\n\n承诺人（签名并按手印）：{A}\n"
             "配偶（签名）：{B}\n{d4}",
             A=A, ID=g.idn(sa), P=g.phone(), cr=creditor, d1=g.date("cn", 2022, 2023), CT=g.account("contract"),
             amt=str(total * 4 // 5 // 1000 * 1000), d2=g.date("cn", 2025, 2025), total=str(total),
             cn=cn_upper_amount(total), d3=g.date("cn", 2026, 2026), x=str(total // 5 // 100 * 100),
             day=str(g.r.randint(5, 25)), y=str(g.pick([1000, 1500, 2000, 3000])), B=B, d4=g.date("cn", 2025, 2026))


def L_jihua(g):
    A = g.han(); sa = g.last_sex
    B = g.kin(A, "M"); C = g.han("F" if sa == "M" else "M")
    amt = g.amt(20000, 120000, 1)
    bank = g.pick(BANKS)
    return T("个人还款计划书\n\n致{bank}信用卡中心：\n\n我叫{A}，是贵行信用卡持卡人，卡号{CARD}。{y}年我在{city}开了一家{shop}，"
             "受疫情影响生意关停，此后一直靠打零工维持生活，信用卡因此逾期。目前账单显示欠款{amt}元，其中本金约{p}元。\n\n"
             "经与家人商量，我拟定以下还款计划：{m}个月内还清本金，每月{day}日前还款{per}元，由我弟弟{B}名下尾号{tail}的"
             "{bank2}储蓄卡代为转入。恳请贵行减免部分利息和违约金，并暂停上门外访。\n\n我的住址是{ADDR}，如需寄送材料请寄到这里，"
             "收件人写{C}（我爱人）即可，电话{P}。\n\n此致\n敬礼！\n\n申请人：{A}\n{d}",
             bank=bank, A=A, CARD=g.card(), y=str(g.r.randint(2018, 2021)), city=g.pick(CITY_DIST)[1],
             shop=g.pick(["奶茶店", "服装店", "小饭馆", "手机维修店", "水果店"]), amt=str(amt),
             p=str(amt * 3 // 4 // 1000 * 1000), m=str(g.pick([18, 24, 36])), day=str(g.r.randint(5, 20)),
             per=str(g.pick([1500, 2000, 2500, 3000])), B=B, tail=g.digits(4), bank2=g.pick(BANKS),
             ADDR=g.addr_loose(g.pick(["spaced", "dash", "nohao", "letters"])), C=C, P=g.phone(),
             d=g.date("cn", 2025, 2026))


def L_weituo(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa)
    birth = g.birth_text()
    B = g.han()
    eth = "汉" if g.chance(0.7) else g.pick(["回", "土家", "壮", "满", "苗"])
    return T("授权委托书\n\n委托人：{A}，{sex}，{eth}族，{birth}出生，住{ADDR}，公民身份号码{ID}。\n"
             "受托人：{B}，{firm}律师，执业证号{LIC}，联系电话{P}。\n\n委托人因与{cr}借款合同纠纷一案，现委托上述受托人作为委托人的"
             "诉讼代理人。代理权限为：特别授权，包括代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉，代为签收法律文书。\n\n"
             "委托人：{A}\n{d}",
             A=A, sex=sex_cn(sa), eth=eth, birth=birth, ADDR=g.addr_formal(), ID=ID, B=B, firm=g.pick(LAWFIRMS),
             LIC=g.account("lawyer"), P=g.phone(), cr=g.pick(AGENCIES + [b + "信用卡中心" for b in BANKS[:5]]),
             d=g.date("cn", 2025, 2026))


def L_shoutiao(g):
    A = g.han(); sa = g.last_sex
    B = g.han()
    amt = g.amt(2000, 90000, 100)
    rest = g.pick(["已全部还清，原借条作废", f"尚余{g.amt(1000, 20000, 500)}元未还"])
    return T("收条\n\n今收到{A}（身份证号{ID}）归还的借款人民币{amt}元整（大写：{cn}），款项已于{d}通过银行转账汇入收款人{B}名下"
             "{bank}账户{CARD}。至此，{A}于{d0}所借款项{rest}。\n\n收款人：{B}\n电话：{P}\n{d}",
             A=A, ID=g.idn(sa), amt=str(amt), cn=cn_upper_amount(amt), d=g.date("cn", 2025, 2026), B=B,
             bank=g.pick(BANKS), CARD=g.card(), d0=g.date("cn", 2021, 2023), rest=rest, P=g.phone())


def L_jiashu(g):
    A = g.han("M", "common3")
    nick = "小" + A[1][-1]
    B = g.han("M"); C = g.han("F"); D = g.han(); E = g.han()
    return T("爸、妈：\n\n见字如面。我是{nick}。这封信我写了好几遍，一直不知道怎么开口。去年我在网上借了不少钱，前后有{k}个平台，"
             "加起来快{w}万了。最近催收的人打到了家里，还打给了三舅{B}和表姐{C}，我知道你们一定很担心。\n\n我现在在{city}一家{job}上班，"
             "每个月工资{wage}左右，扣掉房租还能剩一些。我跟{plat}的客服{D}谈过了，对方同意我分{n}期还。{E}（我同事）也答应先借我一点周转。"
             "\n\n你们千万不要替我还，也不要相信那些说要抓人的短信。等我把这些事情处理完，过年就回家。\n\n儿子 {A}\n{d}",
             nick=nick, k=str(g.r.randint(3, 9)), w=str(g.r.randint(4, 20)), B=B, C=C, city=g.pick(CITY_DIST)[1],
             job=g.pick(JOBS), wage=str(g.pick([4500, 5200, 6000, 6800])), plat=g.pick(PLATFORMS), D=D,
             n=str(g.pick([12, 18, 24])), E=E, A=A, d=g.date("md"))


def L_cunwei(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa, y0=1970, y1=1998)
    age = 2026 - g.last_birth[0]
    B = g.kin(A, "M"); C = g.han("F", "common3"); D = g.han("M")
    addr = g.addr_loose("rural")
    vil = g.pick(VILLAGES)
    return T("证明\n\n兹证明{A}，{sex}，{age}岁，身份证号{ID}，系我村村民，家住{ADDR}。该户共{n}口人，其父{B}常年患病，"
             "母亲{C}在家务农，家庭收入来源单一，属脱贫监测户。{A}本人{d}外出务工期间受伤，目前无力偿还{bank}贷款。\n\n"
             "特此证明。\n\n{vil}村民委员会（盖章）\n经办人：{D}　联系电话：{P}\n{d2}",
             A=A, sex=sex_cn(sa), age=str(age), ID=ID, ADDR=addr, n=str(g.r.randint(3, 7)), B=B, C=C,
             d=g.date("cn", 2024, 2025), bank=g.pick(["农商银行", "农村信用社", "邮储银行", "农业银行"]),
             vil=vil, D=D, P=g.phone("plain"), d2=g.date("cn", 2025, 2026))


def L_shouru(g):
    A = g.han(); sa = g.last_sex
    B = g.han()
    return T("在职及收入证明\n\n兹证明{A}（身份证号码：{ID}）自{d}起在我单位{dept}任{post}，月平均收入{wage}元（税前）。"
             "{A}因家人重病，近期收入难以覆盖其个人负债，特出具此证明，供其与{bank}协商还款时使用。\n单位地址：{ADDR}\n"
             "人事负责人：{B}，电话{LAND}\n\n{company}（公章）\n{d2}",
             A=A, ID=g.idn(sa), d=g.date("cn", 2015, 2022), dept=g.pick(["生产部", "仓储部", "销售部", "行政部"]),
             post=g.pick(["班组长", "仓管员", "业务员", "司机"]), wage=str(g.pick([4800, 5600, 6200, 7300])),
             bank=g.pick(BANKS), ADDR=g.addr_formal(), B=B, LAND=g.landline(),
             company=g.pick(["东莞市华盛五金制品有限公司", "长沙市宏远物流有限公司", "成都市蜀丰食品有限公司"]),
             d2=g.date("cn", 2025, 2026))


def L_bilu(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa)
    birth = g.birth_text()
    B = g.han(); C = g.han(); D = g.han(); E = g.han("F" if sa == "M" else "M")
    return T("询问笔录\n时间：{dt}  地点：{place}调解室\n询问人：{B}  记录人：{C}\n被询问人：{A}，{sex}，{birth}生，身份证号{ID}\n"
             "问：你的现住址？\n答：{ADDR}。\n问：联系方式？\n答：{P}，微信同号。\n问：你是否认可欠{cr}的{amt}元？\n"
             "答：本金认，利息太高不认。当时是{D}介绍我借的，{D}说不用还那么多。\n问：你打算怎么还？\n"
             "答：我每个月能还{m}，让我{rel}{E}的卡{CARD}每月自动扣。\n以上笔录我看过，和我说的相符。\n被询问人：{A}",
             dt=g.date("cn", 2025, 2026) + f" {g.r.randint(9, 16)}时{g.pick(['00', '15', '30'])}分",
             place=g.pick(["东城街道人民调解委员会", "金融纠纷调解中心", "社区矛盾纠纷调处中心"]), B=B, C=C, A=A,
             sex=sex_cn(sa), birth=birth, ID=ID, ADDR=g.addr_loose(), P=g.phone(), cr=g.pick(PLATFORMS),
             amt=str(g.amt(5000, 60000, 100)), D=D, m=g.pick(["一千", "一千五", "两千"]),
             rel="老婆" if sa == "M" else "老公", E=E, CARD=g.card())


def L_jiantao(g):
    A = g.han(); B = g.han(); C = g.han(); D = g.han()
    return T("检讨书\n\n本人{A}，工号{EMP}，系{ag}第{n}作业组催收员。{d}下午，本人在催收借款人{B}的欠款时，未经核实即拨打其通讯录中的"
             "{C}、{D}等人电话，并在通话中使用了不文明用语，给{B}及其亲友造成了不良影响。\n\n经公司合规部批评教育，本人深刻认识到错误，"
             "今后保证严格遵守《{law}》，文明催收，不再联系与债务无关的第三人。\n\n检讨人：{A}\n{d2}",
             A=A, EMP=g.account("emp"), ag=g.pick(AGENCIES), n=str(g.r.randint(1, 12)), d=g.date("cn", 2025, 2026),
             B=B, C=C, D=D, law=g.pick(LAWS), d2=g.date("md"))


def L_baozheng(g):
    A = g.han(); sa = g.last_sex
    B = g.han()
    return T("保证书\n保证人{A}，住{ADDR}，身份证{ID}，手机{P}，自愿为借款人{B}在{cr}的借款{amt}元提供连带责任保证。如{B}到期不能归还，"
             "保证人愿代为偿还。保证期间为借款到期之日起两年。\n保证人：{A}　借款人：{B}\n{d}",
             A=A, ADDR=g.addr_loose(), ID=g.idn(sa), P=g.phone(), B=B, cr=g.pick(["农商银行", "村镇银行"] + PLATFORMS[:4]),
             amt=str(g.amt(10000, 200000, 1000)), d=g.date("cn", 2024, 2026))


def L_lihun(g):
    A = g.han("M"); B = g.han("F")
    ID1 = g.idn("M", y0=1975, y1=1995); b1 = g.birth_text()
    ID2 = g.idn("F", y0=1975, y1=1995); b2 = g.birth_text()
    C = g.kin(B, "F")
    p1, p2 = g.r.sample(PLATFORMS, 2)
    return T("离婚协议书（节选）\n\n男方：{A}，{b1}出生，身份证号{ID1}。\n女方：{B}，{b2}出生，身份证号{ID2}。\n……\n五、债务处理\n"
             "1. 婚姻存续期间以男方名义在{p1}、{p2}产生的借款共计{amt}元，由男方个人承担，与女方无关。\n"
             "2. 女方向其姐姐{C}所借{amt2}元，由女方负责归还。\n3. 双方确认再无其他共同债务。如一方隐瞒债务，由隐瞒方自行承担。\n……\n"
             "男方：{A}　女方：{B}",
             A=A, b1=b1, ID1=ID1, B=B, b2=b2, ID2=ID2, p1=p1, p2=p2, amt=str(g.amt(20000, 300000, 1000)), C=C,
             amt2=str(g.amt(5000, 50000, 1000)))


def L_weixin_long(g):
    A = g.han(); B = g.han(); C = g.han(); D = g.kin(A, "M")
    return T("{C}你好，我是{A}，你昨天打电话给我单位领导{B}的事我想跟你说清楚。我从来没有说过不还，{d}我还了{x}，上个月又还了{y}，"
             "截图都在，转账记录我微信{WX}里都有。我现在住在{ADDR}，你要上门我也不怕，但是你不能再去找我爸妈，我爸{D}今年{age}了心脏不好。剩下的{rest}我会在"
             "{m}月前还完，我的还款卡号是{CARD}你们自己核对。再骚扰我家人我就去{auth}投诉你，你工号{EMP}我已经记下了。",
             C=C, A=A, B=B, d=g.date("md"), x=str(g.amt(500, 5000, 100)), WX=g.wechat(), y=str(g.amt(500, 5000, 100)),
             ADDR=g.addr_loose(), D=D, age=str(g.r.randint(58, 76)), rest=str(g.amt(3000, 30000, 100)),
             m=str(g.r.randint(1, 12)), CARD=g.card(), auth=g.pick(AUTHORITIES), EMP=g.account("emp"))


def L_daichang(g):
    A = g.han(); sa = g.last_sex
    B = g.han("M")
    plat = g.pick(PLATFORMS)
    return T("代偿说明\n\n本人{A}（身份证号{ID}）自愿替外甥{B}归还其在{plat}的逾期借款{amt}元。款项由本人名下{bank}卡（卡号{CARD}）转出，"
             "请{plat}在收到款项后出具结清证明，寄至{ADDR}，收件人{A}，电话{P}。\n本人仅代为偿还此一笔，不对{B}的其他债务承担任何责任。\n"
             "说明人：{A}\n{d}",
             A=A, ID=g.idn(sa), B=B, plat=plat, amt=str(g.amt(2000, 40000, 1)), bank=g.pick(BANKS), CARD=g.card(),
             ADDR=g.addr_loose(g.pick(["dash", "nohao", "lane", "fu"])), P=g.phone(), d=g.date("cn", 2025, 2026))


def L_long(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa, y0=1975, y1=1996)
    birth = g.birth_text()
    B = g.han("F" if sa == "M" else "M")
    C = g.han(); D = g.han(); E = g.han("M"); F = g.kin(A, "M"); G = g.kin(B, "M"); H = g.han(); I = g.han()
    plat = g.pick(PLATFORMS)
    amt = g.amt(20000, 80000, 1000)
    fee = g.amt(2000, 6000, 100)
    addr2 = g.addr_loose(g.pick(["dash", "spaced", "nohao", "letters", "cross"]))
    return T("关于本人与{plat}借款纠纷的情况说明\n\n{org}：\n\n本人{A}，{sex}，{birth}出生，{eth}族，公民身份号码{ID}，"
             "户籍所在地{ADDR1}，现与{spouse}{B}及两个孩子租住在{ADDR2}，联系电话{P1}，备用电话{P2}。\n\n"
             "一、借款经过。{d1}，本人因{reason}，经同村的{C}介绍，在{plat}申请了一笔{amt}元的借款，借款合同编号为{CT}。"
             "实际到账仅{got}元，其余{fee}元被扣作“服务费”和“会员费”。\n\n"
             "二、还款情况。自{d2}起，本人按月通过尾号{tail}的{bank}储蓄卡还款，共计还款{paid}元，转账记录均可查询。{d3}以后，"
             "因{hard}，本人向{plat}客服{D}（工号{EMP}）申请延期，对方口头同意，但随后不久便有自称{ag}员工的{E}多次来电。\n\n"
             "三、催收过程中的问题。{E}不但每天拨打本人电话数十次，还拨打本人父亲{F}（电话{P3}）、{inlaw}{G}以及单位同事{H}的电话，"
             "并通过微信（其微信号为{WX}）向本人发送带有侮辱性的图片。{d4}，{E}与另一名男子上门，在楼道里张贴“老赖”字样的纸张，"
             "邻居{I}可以作证。\n\n四、本人的意见。本人不否认借款事实，但认为服务费、会员费不应计入本金。本人愿意在扣除上述费用后"
             "按实际到账金额分{n}期归还，恳请调解委员会予以调解。\n\n以上情况属实。\n\n说明人：{A}\n{d5}",
             plat=plat, org=g.pick(["金融纠纷人民调解委员会", "街道人民调解委员会", "互联网金融纠纷调解中心"]), A=A,
             sex=sex_cn(sa), birth=birth, eth=g.pick(["汉", "汉", "回", "苗", "土家"]), ID=ID,
             ADDR1=g.addr_loose(g.pick(["rural", "tun", "bingtuan"])), spouse="妻子" if sa == "M" else "丈夫", B=B,
             ADDR2=addr2, P1=g.phone(), P2=g.landline(), d1=g.date("cn", 2022, 2023), reason=g.pick(REASONS), C=C,
             amt=str(amt), CT=g.account("contract"), got=str(amt - fee), fee=str(fee), d2=g.date("cn", 2023, 2023),
             tail=g.digits(4), bank=g.pick(BANKS), paid=str(g.amt(5000, 30000, 1)), d3=g.date("cn", 2024, 2024),
             hard=g.pick(HARDSHIP), D=D, EMP=g.account("emp"), ag=g.pick(AGENCIES), E=E, F=F, P3=g.phone(),
             inlaw="岳父" if sa == "M" else "公公", G=G, H=H, WX=g.wechat(), d4=g.date("cn", 2025, 2025), I=I,
             n=str(g.pick([12, 18, 24, 36])), d5=g.date("cn", 2025, 2026))


def H_long(g):
    A = g.trad_name("hk")
    B = g.trad_name("hk", "M"); C = g.trad_name("hk", "F"); D = g.kin(A, "F", "hk"); E = g.trad_name("hk", "F")
    fin = g.pick(HK_FIN)
    return TH("致：{fin}\n事由：有关本人贷款账户（编号{ACC}）之情况陈述\n\n本人{A}（香港身份证号码{HKID}），现居于{ADDR}，"
              "日间联络电话{P}。本人于{d1}向贵公司借入港币{amt}元，分{n}期偿还，每期港币{per}元。自{d2}起，本人因公司结业失业，"
              "未能按时还款，谨此致歉。\n\n过去两个月，自称贵公司代表之{B}先生多次致电本人之母亲{C}及胞妹{D}，并曾到本人前工作地点"
              "（{ADDR2}）大声追讨，令本人受到很大困扰。本人前雇主人事部{E}小姐亦曾接到相关电话。\n\n本人现已觅得新工作，"
              "每月收入约港币{wage}元，希望贵公司可接纳以下还款安排：由{d3}起，每月{day}号以转数快（识别码：{FPS}）缴付港币{per2}元，"
              "直至清还欠款为止。恳请贵公司停止联络本人之家人及前雇主。\n\n此致\n{fin}\n\n{A}\n{d4}",
              fin=fin, ACC=g.account("member"), A=A, HKID=g.hkid(), ADDR=g.addr_hk(), P=g.hk_phone(),
              d1=g.date("cn", 2023, 2024), amt=f"{g.amt(30000, 200000, 1000):,}", n=str(g.pick([24, 36, 48])),
              per=f"{g.amt(1500, 6000, 100):,}", d2=g.date("cn", 2025, 2025), B=B, C=C, D=D, ADDR2=g.addr_hk("office"), E=E,
              wage=f"{g.pick([16000, 18500, 21000, 24000]):,}", d3=g.date("cn", 2026, 2026), day=str(g.r.randint(1, 28)),
              FPS=g.account("fps"), per2=f"{g.pick([1000, 1500, 2000]):,}", d4=g.date("cn", 2025, 2026))


LETTER = [L_long, H_long, L_qingkuang, L_chengnuo, L_jihua, L_weituo, L_shoutiao, L_jiashu, L_cunwei, L_shouru, L_bilu,
          L_jiantao, L_baozheng, L_lihun, L_weixin_long, L_daichang]


# ---------------------------------------------------------------------------
# group: glue (names glued to digits and amounts on both sides)
# ---------------------------------------------------------------------------
def G_ledger(g):
    names = [g.han() for _ in range(3)]
    amts = [g.pick([300, 500, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000]) for _ in names]
    segs = [g.pick(["本周回款：", "今日到账", "已还："])]
    for n, a in zip(names, amts):
        segs += [n, str(a)]
    segs.append(f"，合计{sum(amts)}")
    return segs


def G_areacode(g):
    A = g.han()
    ac = g.pick(["0755", "0769", "0731", "028", "0371", "021", "010"])
    return T("{ac}{A}来电，说{d}前还{amt}，让我们别再打单位电话", ac=ac, A=A, d=g.date("md"), amt=str(g.amt(500, 9000, 100)))


def G_tail(g):
    A = g.han(); B = g.han()
    return T("尾号{t1}{A}已还款{a1}元，尾号{t2}{B}仍未还款，请跟进", t1=g.digits(4), A=A, a1=str(g.amt(300, 6000, 100)),
             t2=g.digits(4), B=B)


def G_mmdd(g):
    lines = []
    for _ in range(g.r.randint(3, 4)):
        lines += [g.date("mmdd"), g.han(), str(g.pick([200, 500, 800, 1000, 1500, 2000, 3000])), "\n"]
    return ["流水\n"] + lines[:-1]


def G_emp(g):
    A = g.han(); B = g.han()
    return T("工号{E1}{A}跟进{B}{E2}协助，{d}前出结果", E1=g.account("emp"), A=A, B=B, E2=g.account("emp"), d=g.date("md"))


def G_phone_alt(g):
    A = g.han(); B = g.han()
    return T("紧急联系人：{A}{P1}{B}{P2}", A=A, P1=g.phone("plain"), B=B, P2=g.phone("plain"))


def G_name_id(g):
    A = g.han(); sa = g.last_sex
    return T("{A}{ID}逾期{days}天金额{amt}", A=A, ID=g.idn(sa, style="plain"), days=str(g.r.randint(31, 180)),
             amt=str(g.amt(1000, 40000, 1)))


def G_yen(g):
    A = g.han(); B = g.han(); C = g.han()
    return T("收款记录：¥{a1}{A} ¥{a2}{B} {C}¥{a3}", a1=str(g.amt(100, 3000, 50)), A=A, a2=str(g.amt(100, 3000, 50)), B=B,
             C=C, a3=str(g.amt(100, 3000, 50)))


def G_ordinal(g):
    A = g.han(); B = g.han(); C = g.han()
    return T("今天上门顺序1号{A}2号{B}3号{C}，地址见群文件", A=A, B=B, C=C)


def G_wan(g):
    A = g.han(); B = g.han()
    a, b = g.r.randint(1, 9), g.r.randint(1, 9)
    return T("{A}{a}万{B}{b}万共{t}万，都是{y}年借的", A=A, a=str(a), B=B, b=str(b), t=str(a + b), y=str(g.r.randint(2021, 2024)))


def G_year(g):
    A = g.han(); B = g.han()
    return T("{y1}年{A}借了{a1}，{y2}年{B}又借了{a2}，两笔都没还", y1=str(g.r.randint(2019, 2022)), A=A,
             a1=str(g.amt(2000, 30000, 1000)), y2=str(g.r.randint(2023, 2025)), B=B, a2=str(g.amt(2000, 30000, 1000)))


def G_age(g):
    A = g.han("M", "common3"); B = g.han("F", "common3")
    return T("家属：{A}{a1}岁{B}{a2}岁，均已告知", A=A, a1=str(g.r.randint(55, 75)), B=B, a2=str(g.r.randint(50, 72)))


def G_date8(g):
    A = g.han(); B = g.han()
    return T("转账{A}{d}{B}{amt}元备注还款", A=A, d=g.date("ymd8", 2024, 2026), B=B, amt=str(g.amt(500, 8000, 100)))


def G_times(g):
    segs = ["已外呼："]
    for _ in range(3):
        segs += [f"{g.r.randint(9, 17):02d}:{g.pick(['00', '05', '15', '30', '45'])}", g.han()]
    segs.append("，均未接通")
    return segs


def G_count(g):
    A = g.han(); B = g.han()
    return T("今日拨打{A}x{n1} {B}×{n2}，{A}关机", A=A, n1=str(g.r.randint(2, 9)), B=B, n2=str(g.r.randint(2, 9)))


def G_vip(g):
    A = g.han(); B = g.han()
    return T("VIP{A}逾期{d}天，No.{n}{B}已结清", A=A, d=str(g.r.randint(3, 90)), n=str(g.r.randint(1, 99)), B=B)


def G_daxie(g):
    A = g.han(); B = g.han()
    a1, a2 = g.amt(1000, 50000, 1000), g.amt(1000, 50000, 1000)
    return T("{A}{c1}{B}{c2}，合计人民币{tot}元", A=A, c1=cn_upper_amount(a1), B=B, c2=cn_upper_amount(a2), tot=str(a1 + a2))


def G_slash(g):
    A = g.han(); B = g.han()
    return T("{A}/{a1}/{d1}\n{B}/{a2}/{d2}", A=A, a1=str(g.amt(300, 9000, 100)), d1=g.date("mmdd"), B=B,
             a2=str(g.amt(300, 9000, 100)), d2=g.date("mmdd"))


def G_social(g):
    A = g.han(); B = g.han()
    return T("{A}微信{WX}，{B}扣扣{QQ}，都加上了，备注写的还款", A=A, WX=g.wechat(), B=B, QQ=g.qq())


def G_plate(g):
    A = g.han(); B = g.han()
    return T("停车场登记：{P1}{A}，{P2}{B}，都是借款人的车", P1=g.plate(), A=A, P2=g.plate(), B=B)


def G_qq(g):
    A = g.han()
    return T("加了QQ{QQ}{A}，验证消息写的是还款协商", QQ=g.qq(), A=A)


GLUE = [G_social, G_plate, G_qq, G_ledger, G_areacode, G_tail, G_mmdd, G_emp, G_phone_alt, G_name_id, G_yen, G_ordinal, G_wan, G_year,
        G_age, G_date8, G_times, G_count, G_vip, G_daxie, G_slash]


# ---------------------------------------------------------------------------
# group: hktw (traditional characters; Hong Kong, Taiwan, Macau formats)
# ---------------------------------------------------------------------------
def H_finance_sms(g):
    A = g.trad_name("hk"); B = g.trad_name("hk")
    return TH("【{fin}】{A}先生/小姐，阁下之贷款（编号{ACC}）已逾期{d}日，欠款港币{amt}元。请即致电经办人{B}（{P}）安排还款，"
              "以免影响阁下之信贷评级。",
              fin=g.pick(HK_FIN), A=A, ACC=g.account("member"), d=str(g.r.randint(7, 120)), amt=f"{g.amt(3000, 90000, 10):,}",
              B=B, P=g.hk_phone())


def H_whatsapp(g):
    A = g.trad_name("hk"); B = g.trad_name("hk")
    return [A, f"，上個月借你嘅{g.pick(['五千', '八千', '一萬二', '三萬'])}蚊幾時還？你轉數快", g.account("fps"),
            "定係入我滙豐戶口", g.hk_account(), "都得。唔好再已讀不回，", B, "話佢都搵唔到你。"]


def H_claim(g):
    A = g.trad_name("hk"); B = g.trad_name("hk")
    return TH("小额钱债审裁处 申索书（摘录）\n申索人：{A}（香港身份证号码：{HKID}）\n地址：{ADDR}\n电话：{P}\n"
              "被申索人：{B}\n申索款额：港币{amt}元\n申索理由：被申索人于{d}向申索人借款，承诺三个月内清还，至今分文未还。"
              "申索人曾多次透过WhatsApp追讨，{B}均未有回复。",
              A=A, HKID=g.hkid(), ADDR=g.addr_hk(), P=g.hk_phone(), B=B, amt=f"{g.amt(5000, 75000, 100):,}",
              d=g.date("cn", 2023, 2025))


def H_visit(g):
    A = g.trad_name("hk")
    return TH("外访记录：{A}现住{ADDR}，{d}下午上门无人应门，已于门缝留下通知。邻居称其夜晚才返家。",
              A=A, ADDR=g.addr_hk(), d=g.date("md"))


def H_permit(g):
    A = g.trad_name("hk")
    return TH("{A}（回乡证号码{HRP}，内地居住证号码{RID}）在深圳南山区租住，其在{plat}的借款已逾期{d}天，请香港亲属转告。",
              A=A, HRP=g.home_return_permit(), RID=g.hk_tw_residence_id("hk"), plat=g.pick(PLATFORMS[:6]),
              d=str(g.r.randint(30, 200)))


def H_bilingual(g):
    def b():
        s, sr, gv, gr, sx = g.pick(HK_ROMAN)
        return [g.pick([f"{sr.upper()} {gr}", f"{sr.upper()} {gr.replace(' ', '-')}", f"{gr} {sr}"]), s + gv]
    en, zh = g.multi(b)
    return ["Dear ", en, " ", zh, "，your loan a/c ", g.account("member"),
            f" is overdue. 閣下之貸款已逾期，請於{g.date('md')}前還款。如有查詢請致電 ", g.hk_phone(), "（經辦人：",
            g.trad_name("hk"), "）"]


def H_car(g):
    A = g.trad_name("hk")
    return TH("{A}架车（车牌{PL}）成日泊喺{place}停车场，今晚再去睇下。", A=A, PL=g.hk_plate(),
              place=g.pick(["屯门市广场", "观塘APM", "沙田新城市广场", "元朗YOHO"]))


def H_married(g):
    A = g.trad_name("hk_married"); B = g.trad_name("hk")
    return TH("{A}女士：阁下作为借款人{B}之担保人，须就其欠款港币{amt}元负上还款责任。请于{d}前与本公司联络。电邮：{EM}",
              A=A, B=B, amt=f"{g.amt(10000, 200000, 100):,}", d=g.date("md"), EM=g.email())


def W_bank_sms(g):
    A = g.trad_name("tw"); B = g.trad_name("tw")
    return TW("【{bank}】{A}您好，您的信用卡本期应缴金额新台币{amt}元已逾缴款截止日，请尽速缴纳。如有疑问请洽专员{B} {P}。",
              bank=g.pick(TW_BANKS), A=A, amt=f"{g.amt(2000, 90000, 1):,}", B=B, P=g.tw_phone())


def W_qiejie(g):
    A = g.trad_name("tw"); sa = g.last_sex
    B = g.trad_name("tw")
    roc = g.r.randint(113, 115)
    return TW("切结书\n\n立切结书人{A}（身分证统一编号：{TWID}），住{ADDR}，兹因积欠{cr}款项新台币{amt}元，自愿于{roc}年{m}月{d}日前"
              "分期清偿，每月{day}日前汇款新台币{per}元至债权人指定帐户。如有一期未付，视为全部到期，立切结书人愿负一切法律责任。\n\n"
              "立切结书人：{A}\n连带保证人：{B}\n中华民国{roc2}年{m2}月{d2}日",
              A=A, TWID=g.twid(sa), ADDR=g.addr_tw(), cr=g.pick(TW_BANKS + ["和润企业", "裕融企业"]), amt=f"{g.amt(30000, 600000, 1000):,}",
              roc=str(roc + 1), m=str(g.r.randint(1, 12)), d=str(g.r.randint(1, 28)), day=str(g.r.randint(5, 25)),
              per=f"{g.pick([3000, 5000, 8000, 10000]):,}", B=B, roc2=str(roc), m2=str(g.r.randint(1, 12)), d2=str(g.r.randint(1, 28)))


def W_line(g):
    A = g.trad_name("tw"); B = g.trad_name("tw", "M")
    return TW("{A}你好，我是{B}的朋友。他说跟你借的钱会在下礼拜汇到你的邮局帐号{POST}，他现在手机{P}打不通，你可以加他LINE：{LINE}。",
              A=A, B=B, POST=g.tw_post(), P=g.tw_phone(), LINE=("account", g.pick(["momo", "yuki", "ahui", "peggy", "kiki", "jason"]) + g.pick([".", "_", ""]) + g.digits(4, True)))


def W_car(g):
    A = g.trad_name("tw")
    return TW("{A}的车{PL}常停在{ADDR}楼下，白天都在，要找人可以去那边等。", A=A, PL=g.tw_plate(), ADDR=g.addr_tw())


def W_indigenous(g):
    A = g._draw(lambda: g.pick(TW_INDIGENOUS_GIVEN) + "‧" + g.pick(TW_INDIGENOUS_FAM))
    return TW("债务人{A}（身分证{TWID}）户籍在{ADDR}，目前在台北工地做板模，联络电话{P}。", A=A, TWID=g.twid(),
              ADDR=("address", g.pick(["花蓮縣秀林鄉", "臺東縣延平鄉", "南投縣信義鄉", "屏東縣三地門鄉"]) +
                    g.pick(["富世村", "桃源村", "望美村", "德文村"]) + f"{g.r.randint(1, 30)}鄰{g.r.randint(1, 200)}號"),
              P=g.tw_phone())


def W_roman(g):
    box = {}

    def b():
        s, sr, gv, gr, sx = g.pick(TW_ROMAN)
        box["sx"] = sx
        return [g.pick([f"{sr.upper()}, {gr.upper()}", f"{sr} {gr}", f"{gr} {sr}"]), s + gv]
    en, zh = g.multi(b)
    return ["護照英文姓名 ", en, "（中文姓名：", zh, "），身分證字號 ", g.twid(box["sx"]), "，積欠本行信用卡款項，請本人於",
            g.date("md"), "前與本行聯繫。"]


def W_arc(g):
    A = g._draw(lambda: CC_TW.convert(g.pick(VIET_BRIDES)))
    B = g.trad_name("tw", "M")
    return TW("新住民{A}（居留证号{ARC}）为借款人{B}的配偶，依法不负清偿责任，请勿再致电其工作场所{LAND}。",
              A=A, ARC=g.twid(arc=True), B=B, LAND=g.tw_phone(False))


def M_macau(g):
    A = g.trad_name("mo"); B = g.kin(A, "M", "mo")
    return conv_segs(T("{A}，澳门居民身份证{ID}，手机{P}，现住{ADDR}。其胞兄{B}表示愿意代为偿还澳门元{amt}元。",
                       A=A, ID=g.moid(), P=g.mo_phone(), ADDR=g.addr_mo(), B=B, amt=f"{g.amt(5000, 80000, 100):,}"), CC_HK)


def H_xieyi(g):
    A = g.trad_name("hk"); B = g.trad_name("hk"); sb = g.last_sex
    return TH("还款协议\n\n立约人甲方（债权人）：{A}\n立约人乙方（债务人）：{B}，香港身份证{HKID}\n\n乙方确认尚欠甲方港币{amt}元，"
              "同意由{d}起每月一号前以转数快转账港币{per}元至甲方（转数快识别码：{FPS}），直至清还为止。\n\n甲方签署：{A}\n乙方签署：{B}",
              A=A, B=B, HKID=g.hkid(), amt=f"{g.amt(20000, 300000, 1000):,}", d=g.date("cn", 2025, 2026),
              per=f"{g.pick([2000, 3000, 5000]):,}", FPS=g.account("fps"))


def H_hokkien(g):
    box = {}

    def b():
        s, sr, gv, gr, sx = g.pick(HOKKIEN)
        box["sx"] = sx
        return [g.pick([f"{sr} {gr}", f"{sr.upper()} {gr.upper()}"]), s + gv]
    en, zh = g.multi(b)
    return TH("{t} {EN}（{ZH}）在新加坡工作，内地借款逾期，新加坡手机是{P}，邮箱{EM}。",
              t="Mr" if box["sx"] == "M" else "Ms", EN=en, ZH=zh, P=("phone", f"+65 {g.pick('89')}{g.digits(3)} {g.digits(4)}"), EM=g.email())


HKTW = [H_finance_sms, H_whatsapp, H_claim, H_visit, H_permit, H_bilingual, H_car, H_married, W_bank_sms, W_qiejie,
        W_line, W_car, W_indigenous, W_roman, W_arc, M_macau, H_xieyi, H_hokkien]


# ---------------------------------------------------------------------------
# group: roman (English word order, initials, passport style)
# ---------------------------------------------------------------------------
def roman_forms(g, entry):
    s, sr, gv, gsyl = entry
    full = "".join(gsyl).capitalize()
    inits = "".join(x[0].upper() for x in gsyl)
    return {
        "en": f"{full} {sr}",                       # Xiaoming Wang
        "cn": f"{sr} {full}",                       # Wang Xiaoming
        "CN": f"{sr.upper()} {full}",               # WANG Xiaoming
        "dot": ".".join(inits) + f". {sr}",          # X.M. Wang
        "sdot": f"{sr} " + ".".join(inits) + ".",   # Wang X.M.
        "ini": sr[0].upper() + inits,               # WXM
        "low": f"{sr.lower()} {' '.join(x.lower() for x in gsyl)}",  # wang xiao ming
        "hy": f"{gsyl[0].capitalize()}-{gsyl[1].lower()} {sr.upper()}",  # Xiao-ming WANG
        "comma": f"{sr.upper()}, {full}",           # WANG, Xiaoming
        "pass": f"{sr.upper()}/{full.upper()}",     # WANG/XIAOMING
        "camel": f"{sr}{full}",                     # WangXiaoming
        "mix": s + inits,                           # 王XM
        "zh": s + gv,
    }


def rpick(g, *keys):
    """Pick a romanised entry and draw the forms named by keys (each a key or a list of keys)."""
    box = {}

    def b():
        e = g.pick(ROMAN_CN)
        f = roman_forms(g, e)
        box["e"] = e
        return [f[k if isinstance(k, str) else g.pick(k)] for k in keys]
    vals = g.multi(b)
    return box["e"], vals


def R_reminder(g):
    e, (A, Z) = rpick(g, ["en", "cn", "CN", "comma"], "zh")
    return T("Payment reminder: Dear {A}, your {plat} loan is {d} days overdue. 请{Z}本人尽快处理，勿让家人代接电话。",
             A=A, plat=g.pick(["Home Credit", "WeLab", "Atome", "Kredivo"]), d=str(g.r.randint(5, 90)), Z=Z)


def R_dot(g):
    e, (A,) = rpick(g, ["dot", "sdot"]); B = g.han()
    return T("借款人 {A} 的紧急联系人为{B}，已短信告知", A=A, B=B)


def R_initials(g):
    e, (A,) = rpick(g, "ini")
    return T("{A}又没接电话，{A}的{plat}账单{amt}明天就M2了", A=A, plat=g.pick(PLATFORMS), amt=str(g.amt(1000, 20000, 1)))


def R_signature(g):
    e, (A,) = rpick(g, ["hy", "en", "CN"])
    return T("您好，附件为贵方客户的还款明细，请查收。\n\nBest regards,\n{A}\nCollections Dept. | {ag}\nTel: {P}\nEmail: {EM}",
             A=A, ag=g.pick(["Hengxinda Asset Mgmt", "Zhongcheng Huitong", "Jiean Consulting"]), P=g.phone("p86"),
             EM=g.email())


def R_hybrid(g):
    e, (A,) = rpick(g, "mix")
    return T("{A}欠款{amt}，群里别发全名，就叫{A}", A=A, amt=str(g.amt(1000, 50000, 100)))


def R_lower(g):
    e, (A,) = rpick(g, "low")
    return T("{A}你再不还钱我们就联系你公司了 {P}", A=A, P=g.phone())


def R_passport(g):
    e, (A, Z) = rpick(g, "pass", "zh")
    return T("旅客姓名 {A}，订单{ORD}出票成功。催收提示：{Z}名下有一笔借款逾期，出境前请先处理。", A=A, ORD=g.account("order"), Z=Z)


def R_camel(g):
    e, (A,) = rpick(g, "camel")
    return T("客户 {A} 已结清，系统里备注一下，别再派单", A=A)


def R_english_given(g):
    box = {}

    def b():
        e = g.pick(ROMAN_CN)
        return [g.pick(EN_GIVEN) + " " + e[1], e[0] + e[2]]
    en, Z = g.multi(b)
    return T("{EN}（{Z}）说人在国外，下个月回国再还，手机{P}", EN=en, Z=Z, P=g.phone(g.pick(["p86", "plain"])))


def R_cantonese(g):
    box = {}

    def b():
        s, sr, gv, gr, sx = g.pick(HK_ROMAN)
        box["sx"] = sx
        return [g.pick([f"{sr.upper()} {gr.replace(' ', '-')}", f"{sr} {gr}"])]
    (A,) = g.multi(b)
    return T("{t} {A} 的港澳通行证已过期，其内地住址{ADDR}", t="Mr." if box["sx"] == "M" else "Ms.", A=A, ADDR=g.addr_loose(g.pick(["dash", "letters", "spaced"])))


def R_inzh(g):
    e, (A,) = rpick(g, ["en", "cn"])
    return T("请转告{A}尽快还款，否则我们将联系其紧急联系人", A=A)


def R_bilingual_form(g):
    e, (Z, A) = rpick(g, "zh", ["cn", "CN"])
    sx = g.pick("MF")
    return T("姓名 Name：{Z}\n拼音 Pinyin：{A}\n证件号 ID No.：{ID}\n手机 Mobile：{P}", Z=Z, A=A, ID=g.idn(sx), P=g.phone())


def R_initials_dot(g):
    e, (A,) = rpick(g, "dot")
    return T("{A}（外访组）今天承诺还{amt}，{sur}那边说晚上转", A=A, amt=str(g.amt(500, 5000, 100)), sur=e[1])


ROMAN = [R_reminder, R_dot, R_initials, R_signature, R_hybrid, R_lower, R_passport, R_camel, R_english_given,
         R_cantonese, R_inzh, R_bilingual_form, R_initials_dot]


# ---------------------------------------------------------------------------
# group: voice (speech-to-text, homophones, repeated names with a typo)
# ---------------------------------------------------------------------------
def V_homophone(g):
    for _ in range(30):
        A = g.han(style="common3")
        H = g.homophone(A[1])
        if H:
            break
    return T("喂您好请问是{H}吗就是{A}本人是吧我这边是{plat}的您那笔借款已经逾期{d}天了今天能处理吗", H=H, A=A,
             plat=g.pick(PLATFORMS), d=cn_int(g.r.randint(10, 99)))


def V_radio(g):
    A = g.han()
    m = g.mobile_raw()
    P = ("phone", " ".join(groups_of(cn_digits(m, g.pick(["radio", "yao"])), [3, 4, 4])))
    return T("那个联系人叫{A}电话是{P}你记一下", A=A, P=P)


def V_typo(g):
    for _ in range(30):
        A = g.han(style="common3")
        B = g.typo(A[1])
        if B:
            break
    return T("{A}你好，你的{plat}欠款今天必须处理。{B}你别装没看见，{d}之前不处理就走法律程序。", A=A, plat=g.pick(PLATFORMS), B=B,
             d=g.date("md"))


def V_spell(g):
    sur_spell = {"张": "弓长张", "李": "木子李", "陈": "耳东陈", "吴": "口天吴", "章": "立早章", "刘": "文刀刘",
                 "黄": "草头黄", "杨": "木易杨", "徐": "双人徐", "胡": "古月胡", "许": "言午许"}
    for _ in range(60):
        sur = g.pick(list(sur_spell))
        giv = g.pick("伟强磊军勇杰涛明芳敏静丽燕霞玲婷雪慧")
        v = sur + giv
        if g.ok_name(v):
            A = g.take(v)
            break
    expl = {"伟": "伟大的伟", "强": "坚强的强", "磊": "三个石头的磊", "军": "军人的军", "勇": "勇敢的勇", "杰": "杰出的杰",
            "涛": "波涛的涛", "明": "明白的明", "芳": "芬芳的芳", "敏": "敏捷的敏", "静": "安静的静", "丽": "美丽的丽",
            "燕": "燕子的燕", "霞": "彩霞的霞", "玲": "玲珑的玲", "婷": "亭亭玉立的婷", "雪": "雪花的雪", "慧": "智慧的慧"}
    e = expl.get(A[1][1], "一个字的" + A[1][1])
    return T("客户说我叫{A}，{sp}，{e}，身份证号码是{ID}你们核对一下", A=A, sp=sur_spell[A[1][0]], e=e,
             ID=("id_number", cn_digits(g.id_raw()[0:18], "plain")))


def V_accent(g):
    for _ in range(60):
        giv = g.given(None, 2)
        a, b = "黄" + giv, "王" + giv
        if g.ok_name(a) and g.ok_name(b):
            A, B = g.take(a), g.take(b)
            break
    return T("他说他是{A}不是{B}你们系统里到底登记的哪个名字我这边听着都一样", A=A, B=B)


def V_voicemail(g):
    B = g.han(); A = g.han()
    m = g.mobile_raw()
    return T("【语音留言转文字】您好这里是{ag}的{B}找一下{A}您的欠款已经转到我们这边处理了请尽快回电{P}谢谢",
             ag=g.pick(AGENCIES), B=B, A=A, P=("phone", cn_digits(m, "yao")))


def V_card(g):
    A = g.han()
    c = g.card_raw()
    return T("他说卡号是{C}户名{A}你先别挂我查一下", C=("bank_card", " ".join(groups_of(cn_digits(c), [4] * (len(c) // 4) + [len(c) % 4])).strip()), A=A)


def V_idx(g):
    A = g.han()
    while True:
        s = g.id_raw()
        if s.endswith("X"):
            break
    v = cn_digits(s[:-1]) + g.pick(["叉", "艾克斯", "X"])
    return T("{A}的身份证最后一位是叉完整的是{ID}对吧", A=A, ID=("id_number", v))


def V_mixed(g):
    for _ in range(30):
        A = g.han(style="common3")
        H = g.homophone(A[1])
        if H:
            break
    return T("您的APP账号实名是{A}对吧刚才系统识别成{H}了我改一下手机号{P}没变吧", A=A, H=H, P=g.phone("plain"))


def V_addr(g):
    A = g.han("M")
    est = g.pick(ESTATES)
    v = f"{g.pick(CITY_DIST)[1]}{g.pick(ROADS)}{est}{cn_int(g.r.randint(1, 30))}栋{cn_int(g.r.randint(1, 4))}单元{cn_digits(str(g.r.randint(1, 30)))}零{cn_digits(str(g.r.randint(1, 6)))}"
    return T("{A}说他住在{ADDR}那个房子是他丈母娘的", A=A, ADDR=("address", v))


VOICE = [V_homophone, V_radio, V_typo, V_spell, V_accent, V_voicemail, V_card, V_idx, V_mixed, V_addr]


# ---------------------------------------------------------------------------
# group: marks (brackets, quotes, book-title marks, file names, data exports)
# ---------------------------------------------------------------------------
def K_booktitle(g):
    A = g.han()
    return T("《{A}还款承诺书》已签收，原件请寄回法务部", A=A)


def K_files(g):
    A = g.han(); B = g.han()
    return T("附件：\n{A}身份证正反面.jpg\n借条_{A}_{d}.pdf\n{B}-还款计划-v2.docx", A=A, d=g.date("ymd8"), B=B)


def K_corner(g):
    A = g.han(); B = g.han()
    return T("「{A}」说已经还了，『{B}』说没收到，两人各执一词", A=A, B=B)


def K_brackets(g):
    A = g.han(); B = g.han(); C = g.han()
    return T("待核实名单：〈{A}〉、〔{B}〕、［{C}］", A=A, B=B, C=C)


def K_formername(g):
    A = g.han(); sa = g.last_sex
    A2 = g.han(sa)
    return T("{A}（曾用名：{A2}）名下有三笔逾期，身份证{ID}", A=A, A2=A2, ID=g.idn(sa))


def K_json(g):
    A = g.han(); sa = g.last_sex
    return T('{"name":"{A}","mobile":"{P}","idcard":"{ID}","overdue_days":{d}}', A=A, P=g.phone("plain"),
             ID=g.idn(sa, style="plain"), d=str(g.r.randint(1, 300)))


def K_csv(g):
    rows = ["姓名,证件号,手机,欠款\n"]
    for i in range(2):
        A = g.han(); sa = g.last_sex
        rows += [A, ",", g.idn(sa, style="plain"), ",", g.phone("plain"), ",", str(g.amt(500, 30000, 1))]
        if i == 0:
            rows.append("\n")
    return rows


def K_html(g):
    A = g.han()
    return T("<tr><td>{A}</td><td>{P}</td><td>{amt}</td></tr>", A=A, P=g.phone(), amt=str(g.amt(500, 30000, 1)))


def K_quotes(g):
    A = g.han(); B = g.han()
    return T("“{A}”和‘{B}’是同一个人吗？系统里两个名字对应同一个手机号{P}", A=A, B=B, P=g.phone())


def K_markdown(g):
    A = g.han(); B = g.han()
    return T("**{A}**\n- 欠款：{a1}\n- 联系人：{B}\n- 备注：已承诺{d}还款", A=A, a1=str(g.amt(500, 30000, 1)), B=B, d=g.date("md"))


def K_report(g):
    A = g.han()
    return T("《关于{A}等{n}人逾期情况的报告》已提交风控部", A=A, n=str(g.r.randint(3, 12)))


def K_angle(g):
    A = g.han(); B = g.han()
    return T("转交：<{A}> >>> {B}>>>法务", A=A, B=B)


def K_lenticular(g):
    A = g.han()
    return T("【{A}】你的案件已移交{city}法院，请于{d}前联系。", A=A, city=g.pick(CITY_DIST)[1], d=g.date("md"))


def K_paren_info(g):
    A = g.han(); sa = g.last_sex
    ID = g.idn(sa)
    return T("{A}（{sex}，{y}年生，{eth}族）身份证{ID}", A=A, sex=sex_cn(sa), y=str(g.last_birth[0]), eth=g.pick(["汉", "回", "壮"]), ID=ID)


MARKS = [K_booktitle, K_files, K_corner, K_brackets, K_formername, K_json, K_csv, K_html, K_quotes, K_markdown,
         K_report, K_angle, K_lenticular, K_paren_info]


# ---------------------------------------------------------------------------
# group: adversary (shapes a careful adversary would try)
# ---------------------------------------------------------------------------
FUNC_FRAMES = {
    "单": "请通知单位领导，{A}的单位电话一直没人接",
    "解": "解除合同以后{A}就不见了，解释也没用",
    "查": "查询记录显示{A}上周还借了一笔，查一下征信",
    "区": "区里的调解员说{A}愿意分期，区法院先不立案",
    "和": "和解协议已经发给{A}了，和解金额按八折算",
    "来": "来电人{A}自称是借款人的邻居，来电时间下午三点",
    "过": "过期未还的是{A}，过了宽限期就上报",
    "还": "还款人{A}本月还款{amt}元，还差两期",
    "时": "时间到了{A}还没来，时效快过了",
    "全": "全额还款的只有{A}，全部名单见附件",
    "信": "信用卡欠款人{A}，信件已经寄出",
    "利": "利息减免申请人{A}，利息按年化百分之六计算",
    "计": "计划书是{A}自己写的，计算方式没问题",
    "户": "户籍地址那边{A}早就不住了，户口还在",
    "能": "能联系上{A}的只有他表弟，能不能再试一下",
    "支": "支付宝显示{A}已收款，支付时间是晚上",
    "车": "车贷逾期的{A}把车开走了，车辆定位在城郊",
    "房": "房东说{A}欠了三个月房租，房子已经收回",
    "门": "门口贴的通知{A}撕掉了，门卫可以作证",
    "年": "年底前{A}承诺结清，年费也一起交",
    "曲": "曲线还款方案{A}不同意",
    "后": "后期由{A}负责跟进，后续进展群里同步",
    "那": "那笔钱{A}说是借给朋友了，那个朋友也找不到",
    "力": "力度不够，{A}那边还是没消息",
    "盖": "盖章的那份承诺书{A}已经寄回来了",
    "仇": "仇视催收员的{A}把我们拉黑了",
    "及": "及时还款的{A}可以申请减免",
    "员": "员工{A}的工资卡被冻结了",
    "是": "是不是{A}本人接的电话",
}


def X_funcsur(g):
    sur = g.pick([s for s in FUNC_SUR if s in FUNC_FRAMES])
    A = g.func_name(sur)
    return T(FUNC_FRAMES[sur], A=A, amt=str(g.amt(500, 5000, 100)))


END_WORDS = [("明", "明天来还"), ("平", "平台已经起诉了"), ("安", "安排好了吗"), ("东", "东西都搬走了"),
             ("文", "文件收到了没有"), ("华", "华为手机关机了"), ("春", "春节前必须还清"), ("红", "红包都不回"),
             ("生", "生活费都没了"), ("强", "强制执行申请已经递交"), ("利", "利息一分不给"), ("信", "信用卡也逾期了"),
             ("金", "金额对不上"), ("海", "海淀法院的传票收到了"), ("飞", "飞机票都买好了想跑"), ("龙", "龙岗那套房子卖了")]


def X_endword(g):
    ch, tail = g.pick(END_WORDS)
    A = g.han_with_given_end(ch)
    return T("{A}{tail}", A=A, tail=tail)


def X_hehe(g):
    A = g._draw(lambda: g.sur() + g.pick(["永和", "顺和", "志和", "春和", "德和"]))
    B = g.han()
    return T("{A}和{B}是担保关系，{A}和解的意愿很强", A=A, B=B)


def X_pinyin_paren(g):
    e, (Z, A) = rpick(g, "zh", ["cn", "CN", "en"])
    return T("{Z}（{A}）在海外，邮箱{EM}", Z=Z, A=A, EM=g.email(e[1].lower() + e[3][0].lower() + e[3][1]))


def X_masked(g):
    A = g.han()
    masked = A[1][0] + "*" * (len(A[1]) - 1)
    return T("系统显示借款人为{m}，核实后为{A}，请更新", m=masked, A=A)


def X_dai(g):
    A = g.minority("dai"); B = g.minority("dai")
    return T("{A}在景洪开了个店，{B}给{A}做的担保，两个人都在{plat}借过钱", A=A, B=B, plat=g.pick(PLATFORMS))


def X_naxi(g):
    A = g.minority("naxi")
    return T("和解协议已经发给{A}了，{A}说和家里商量一下", A=A)


def X_korean(g):
    Z, K = g.multi(lambda: list(g.pick(KOREAN_CN)))
    return T("延吉的{Z}（{K}）在韩国打工，家里人说下个月汇款", Z=Z, K=K)


def X_viet(g):
    A = g._draw(lambda: g.pick(VIET_BRIDES)); B = g.han("M")
    return T("{A}是{B}的越南媳妇，没有中国身份证，只有护照", A=A, B=B)


def X_emoji(g):
    A = g.han(); B = g.han()
    return T("💰{A}💰还了！🙏🙏{B}🙏🙏还没还", A=A, B=B)


def X_deng(g):
    A = g.han(); B = g.han()
    return T("{A}等{n}人已起诉，{B}等待立案", A=A, n=str(g.r.randint(3, 9)), B=B)


def X_street(g):
    A = g.han()
    st = g.pick(["张衡路", "祖冲之路", "郭守敬路", "蔡伦路", "李冰路", "中山路", "逸仙路"])
    return T("{A}住在{st}附近，具体门牌没问到", A=A, st=st)


def X_minority(g):
    A = g.minority(g.pick(["uyg", "kaz", "tib", "mon", "yi"])); B = g.minority(g.pick(["uyg", "tib", "mon"]))
    return T("{A}{amt}元{B}{amt2}元，均已逾期", A=A, amt=str(g.amt(500, 9000, 100)), B=B, amt2=str(g.amt(500, 9000, 100)))


ADVERSARY = [X_funcsur, X_funcsur, X_endword, X_endword, X_hehe, X_pinyin_paren, X_masked, X_dai, X_naxi, X_korean,
             X_viet, X_emoji, X_deng, X_street, X_minority]


# ---------------------------------------------------------------------------
# group: other (personal data, no name)
# ---------------------------------------------------------------------------
def O_addr(g):
    return T("材料寄到{ADDR}就行，到了我自己去取", ADDR=g.addr_loose())


def O_hk(g):
    return TH("身份证{ID}，电话{P}，资料已核对", ID=g.hkid(), P=g.hk_phone())


def O_tw(g):
    return TW("请回拨{P}或来信{EM}，谢谢", P=g.tw_phone(), EM=g.email())


def O_plate_card(g):
    return T("车牌{PL}，还款卡{C}，都已登记", PL=g.plate(), C=g.card())


def O_wx_qq(g):
    return T("加我微信{WX}或者QQ{QQ}，电话不方便接", WX=g.wechat(), QQ=g.qq())


def O_contract_phone(g):
    return T("合同号{CT}电话{P}", CT=g.account("contract"), P=g.phone("plain"))


def O_voice(g):
    return T("你记一下我的号码{P}打不通就发短信", P=("phone", cn_digits(g.mobile_raw(), "yao")))


def O_macau(g):
    return conv_segs(T("证件{ID}，住址{ADDR}", ID=g.moid(), ADDR=g.addr_mo()), CC_HK)


OTHER = [O_addr, O_hk, O_tw, O_plate_card, O_wx_qq, O_contract_phone, O_voice, O_macau]


# ---------------------------------------------------------------------------
# group: none (no personal data; fixed texts written by the writer)
# ---------------------------------------------------------------------------
NONE_TEXTS = [
    "【招商银行】您尾号3321的信用卡本期账单已出，最低还款额586.20元，还款日为每月18日。",
    "本人______（身份证号：__________________）承诺于____年__月__日前还清全部欠款。\n承诺人（签字）：\n日期：",
    "溫馨提示：閣下之信用卡結欠已逾期，請盡快致電本行客戶服務熱線處理。如已還款，請忽略此短訊。",
    "【國泰世華銀行】親愛的卡友您好，本期帳單已寄發，繳款截止日為每月15日，如已繳款請忽略。",
    "屯門裁判法院和九龍城裁判法院都不處理這類欠款，請向小額錢債審裁處提出申索。",
    "张衡路网点已经搬迁到郭守敬路，营业时间不变，祖冲之路自助银行照常开放。",
    "王牌律师团队免费咨询？这类短信一律是诈骗，请勿点击链接。",
    "程序上需要先发律师函，再由法院送达传票，最后才是强制执行。",
    "余额不足，本次扣款失败，请于今日24点前存入足额资金。",
    "M3以上的案子转委外，M1、M2由内催处理，C-M6的走诉讼。",
    "请把《还款承诺书》《授权委托书》《情况说明》三份材料一起寄回，复印件无效。",
    "X.X. 先生/女士：您的账单已逾期，请及时处理。",
    "WXID、QQ号、手机号三者至少提供一项，方便我们核实身份。",
    "APP里点“我的-还款计划”，选择12期，确认后下月15日起扣款。",
    "2024年共计3000万元不良资产打包转让，涉及客户1203户。",
    "您好，这里是幺二三幺五消费者投诉热线的语音导航，请按一号键。",
    "林业局、石油公司、钟表厂、高铁站这几家单位都已经发过协查函了。",
    "文明催收，从我做起。严禁辱骂、威胁、骚扰借款人及其亲友。",
    "您的快递已到达布吉街道菜鸟驿站，取件码8-3-2021，请凭码取件。",
    "Dear customer, your account is 30 days past due. Please call our hotline or visit the nearest branch. Reply STOP to opt out.",
    "和平里、建设路、解放路、胜利街四个网点春节期间暂停营业。",
    "兵团第八师一四二团连队职工贷款政策已调整，详询团部。",
    "嘎查委员会、苏木政府和旗法院联合开展金融知识宣传。",
    "上周五下午三点，李总、王经理和小张一起开会讨论了不良贷款处置方案。",
    "注意：HKID、身分證、回鄉證號碼均屬敏感資料，請勿在群內發送。",
    "粘贴银行卡照片时请遮挡卡号中间八位。",
    "区法院、单位人事、解放军医院、查账系统和户籍科都要跑一趟。",
    "【中華郵政】您的郵局帳戶本月將扣繳信用貸款，請確認餘額充足。",
]


# ---------------------------------------------------------------------------
# preserve list (ordinary words and phrases that must survive)
# ---------------------------------------------------------------------------
def lines(s):
    return [x.strip() for x in s.strip().split("\n") if x.strip()]


P_SURNAME_WORDS = lines("""
王牌产品限时优惠
王府井营业部
张罗着凑钱还款
张口就要全额
李代桃僵的做法不可取
刘海遮住了监控
陈年旧账也要算清
陈列柜里的样品
杨梅上市了
黄牛代办贷款是违法的
黄金回收价格
吴侬软语的客服
周转资金紧张
周一至周五受理
徐徐图之
孙子兵法里讲的
马上到账
马虎不得
朱门酒肉臭
胡乱签字的后果
胡同口的打印店
何必闹到法院
何时能到账
高利贷不受法律保护
高风险客户名单
林区防火期
罗列了所有欠款
郑重告知
梁上君子
谢谢配合
谢绝上门推销
宋体小四号
唐突打扰
许诺的减免没有兑现
韩式烤肉店开业
冯京马凉
邓家老屋拆迁
曹操说到就到
曾经按时还款
肖像权受法律保护
田间地头
董事长特别助理
袁大头银元回收
潘多拉的盒子
于是决定起诉
于法有据
蒋介石故居景区
蔡伦造纸博物馆
余额不足无法代扣
余款月底结清
杜绝暴力催收
叶落归根
程序正当
程控电话交换机
苏宁易购分期
魏碑字帖
吕梁山区
丁克家庭
任何人不得索要验证码
任意一期逾期
沈从文故居
卢沟桥畔
姜还是老的辣
崔嵬的山路
钟点工工资日结
谭腿功夫
陆续收到短信
汪汪队玩具
范围以外的费用
金额以实际到账为准
金融消费者权益
石油公司加油卡
夏季用电高峰
韦编三绝
付息日调整通知
方便的时候回电
方案已经发到邮箱
白条分期
白天打不通电话
邹鲁之风
孟子曰
熊孩子充值退款
秦岭隧道
江湖救急
薛定谔的还款计划
段位越高利率越低
雷区别踩
侯门深似海
龙头企业担保
史上最严监管
陶瓷厂停工
黎明前到账
贺卡寄到单位
顾虑重重
毛利润下降
邵氏电影
万一逾期会影响征信
钱款去向说明
严重逾期
覃塘区人民法院
武装押运
戴罪立功
莫须有的罪名
向法院申请支付令
汤圆店开张
常规流程
温馨提醒
康复医院
施工队已经撤场
文书送达回证
牛市来了也别借钱炒股
樊篱
葛根粉代购
邢台市中级人民法院
安全起见请勿转账
齐心协力
易拉宝宣传
乔迁新居
伍佰块也是钱
庞大的债务
颜值贷不可信
庄稼收成不好
聂耳纪念馆
章程第七条
鲁莽行事
岳父岳母家
殷实人家
詹天佑纪念馆
申请延期还款
欧元汇率
耿耿于怀
关机三天了
兰州拉面馆
焦虑症患者
左邻右舍
柳树下的长椅
甘蔗地
祝您生活愉快
包裹已签收
宁可少借一点
尚未结清
符合减免条件
舒缓心情
阮囊羞涩
柯南剧场版
纪律处分
梅雨季节
童叟无欺
凌晨三点打电话
毕业论文
霍乱时期的爱情
涂改无效
成本价
苗圃承包
谷歌翻译
盛情难却
翁仲石像
冉冉升起
蓝牙耳机分期
路由器故障
游戏充值退款
辛苦费
管辖法院
柴米油盐
蒙牛牛奶
鲍鱼礼盒
华为手机分期
喻体
祁门红茶
蒲公英
滕王阁序
屈服于压力
饶了我吧
牟利
艾灸馆
尤其重要
阳光还款计划
穆斯林餐厅
农行代扣
卓越会员
古董收藏
吉日开业
简历投递
项目贷款
连带责任保证
麦当劳早餐
褚橙
娄底市娄星区人民法院
窦娥冤
戚风蛋糕
岑寂
景区门票分期
党员先锋岗
宫保鸡丁
费用明细
卜卦算命
冷静期七天
晏起
席卷而来
卫生院收费单
米面粮油
柏油路
宗旨
瞿塘峡
桂林米粉
佟麟阁路
应收账款
臧否人物
闵行区人民法院
边境管理区
姬松茸
师傅您好
栾川县人民法院
隋唐遗址公园
商量着办
刁难借款人
沙县小吃
荣誉证书
巫山云雨
桑拿中心
郎中看病
甄别真假客服
丛林法则
仲裁委员会
虞美人
敖包相会
巩固拆迁成果
佘山度假区
池塘边的榕树下
麻烦您转告一下
苑囿
迟延履行金
""")

P_FUNC_WORDS = lines("""
单位证明
单身证明
解除合同
解释权归本公司
查询征信报告
查收邮件
区人民法院
区县两级法院
朴素的愿望
盖章确认
盖棺定论
仇视
曲线还款
年费减免
年化利率
时间节点
时效中断
全额结清
全部名单
门口张贴
门禁卡
车贷逾期
车辆抵押登记
房贷断供
房屋租赁合同
来电提醒
来函收悉
过期作废
过桥资金
及时还款
及格线
员工宿舍
是否本人
能否分期
能力范围之内
和解协议
和平解决
后续跟进
后果自负
那笔欠款
信用修复
信息已加密
力度加大
利息减免
利率上浮
支付失败
支付宝转账
计算公式
计息方式
户籍所在地
户口本首页
还款日
还款金额
还清之后开结清证明
""")

P_PLACES = lines("""
石家庄市长安区人民法院
马鞍山市花山区人民法院
张家口市桥东区人民法院
周口市川汇区人民法院
邓州市人民法院
贺州市八步区人民法院
黄冈市中级人民法院
孙家湾派出所
刘家窑地铁站
赵各庄村委会
李沧区人民法院
何家营社区
王家坝镇人民政府
陈家祠
杨家埠年画
高家堡镇卫生院
石河子市人民法院
兵团第八师中级人民法院
一四二团团部
新疆生产建设兵团第一师
红星农场场部
锡林浩特市人民法院
阿巴嘎旗人民法院
东乌珠穆沁旗司法局
额仁高毕嘎查委员会
苏木卫生院
延吉市人民法院
昌图县人民法院
拜泉县信访局
梨树县农村信用合作联社
张衡路
祖冲之路
郭守敬路
蔡伦路
李冰路
中山路派出所
逸仙路高架
逸夫楼
仲恺农业工程学院
鲁迅公园
中山大学附属第一医院
宋庆龄故居
黄大仙
何文田
马鞍山
屯门
屯门公路
元朗
荃湾
观塘
深水埗
香港仔
石排湾
柴湾
九龙城
沙田
葵涌
小額錢債審裁處
勞資審裁處
東區裁判法院
九龍城裁判法院
香港警務處
破產管理署
香港金融管理局
消費者委員會
環聯資訊有限公司
臺灣臺北地方法院
士林地方法院
新北地方檢察署
財團法人金融消費評議中心
財團法人金融聯合徵信中心
中華郵政
臺北市信義區
新北市板橋區
臺中市北屯區
花蓮縣秀林鄉
澳門金融管理局
澳門初級法院
氹仔
黑沙環
龙岗区布吉街道
东莞市长安镇
白云区太和镇
渝中区解放碑
武侯区人民法院
双流区人民法院
洪山区人民法院
岳麓区人民法院
金水区人民法院
永年区人民法院
温岭市人民法院
铜山区人民法院
兰山区人民法院
颍州区人民法院
章贡区人民法院
晋江市人民法院
雁塔区人民法院
盘龙区人民法院
花溪区人民法院
西乡塘区人民法院
铁西区人民法院
绿园区人民法院
道里区人民法院
小店区人民法院
七里河区人民法院
和平路营业厅
建设北路支行
解放大道营业部
胜利街储蓄所
团结路社区服务中心
光明街道办事处
东风路派出所
新华西路邮政所
""")

P_UNITS = lines("""
2024年
2025年12月
2026年1月1日起
3000万元
1203室
1.5万元
12800元
第3期
共12期
第2次提醒
分24期
5个工作日
24小时内
30天
90天以上
7天无理由
8栋
15楼
2单元
B1层
A座
3号线
2号窗口
6楼法务部
18楼前台
100元红包
50元违约金
0元
年化24%
日息0.05%
9折
6折减免
12期免息
36期
3期账单
1笔逾期
2笔借款
每月15日
账单日5日
还款日25日
1万元以内
5万元以上
10万元封顶
M1
M2
M3+
C-M6
T+1到账
3次未接通
第1笔
99元会员费
365天
2个月
48小时
1203室业主
3000万元专项资金
5号窗口取号
12345热线
12315平台
12378热线
95588
400客服
110报警
120急救
您尾号6612的借记卡
尾号0357的信用卡账单
""")

P_LETTERS = lines("""
情况说明
还款承诺书
还款计划书
授权委托书
收条
保证书
检讨书
在职及收入证明
询问笔录
代偿说明
离婚协议书
切結書
立切結書人
還款協議
申索書
特此说明
特此证明
此致
敬礼
见字如面
本人郑重承诺
承诺人（签名并按手印）
委托人
受托人
代理权限
特别授权
一般授权
诉讼代理人
被询问人
询问人
记录人
以上笔录我看过，和我说的相符
说明人
保证人
借款人
出借人
收款人
付款人
债权人
债务人
担保人
连带责任保证
保证期间
甲方
乙方
丙方
立约人
立据人
见证人
经办人
落款
签字（捺印）
盖章处
年 月 日
大写金额
人民币
壹万贰仟元整
伍仟元整
叁拾万元整
原借条作废
结清证明
夫妻共同债务
共同财产
个人承担
隐瞒债务
减免申请
停止催收
分期还款方案
最低还款
违约金
律师费
诉讼费
""")

P_MARKS = lines("""
《中华人民共和国民法典》
《个人信息保护法》
《征信业管理条例》
《商业银行信用卡业务监督管理办法》
《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》
《借款合同》
《还款承诺书》
《授权委托书》
【招商银行】
【建设银行】
【中国银行】
【分期乐】
【温馨提示】
「溫馨提示」
『重要通知』
〔2025〕第3号文件
［已读］
〈通知〉
“老赖”标签
‘最后通知’
（已编辑）
（盖章）
（签字）
<附件>
>>>转发
**重要**
- 欠款金额
#还款攻略#
💰还款成功💰
🙏感谢配合🙏
""")

P_TRAD = lines("""
閣下
貴行
本行客戶
敬請留意
逾期未繳
循環信用
最低應繳金額
繳款截止日
本期帳單
財務公司
私人貸款
清數
債務重組
個人自願安排
破產令
信貸評級
信貸資料
轉數快
滙豐銀行
恒生銀行
中銀香港
東亞銀行
國泰世華
中國信託
玉山銀行
台新銀行
永豐銀行
合作金庫
第一銀行
郵局存簿
新臺幣
港幣
澳門元
債務協商
前置協商
更生程序
清算程序
聯徵紀錄
信用卡循環利息
分期付款
提前清償
違約金
手續費
催收人員
委外催收
暴力討債
請勿理會
詐騙短訊
唔該晒
唔好意思
幾時還
已讀不回
新住民
原住民
身分證正反面影本
戶籍謄本
居留證
回鄉證
港澳居民居住證
澳門居民身份證
香港身份證
護照影本
""")

P_ENGLISH = lines("""
ATM
APP
VIP
OTP
CVV
PIN码
ETC
SMS
HR
CEO
CFO
POS机
KYC
FAQ
ID
PDF
JPG
QR码
Dear Customer
Overdue Notice
Payment Reminder
Past Due
Outstanding Balance
Minimum Payment
Due Date
Reply STOP to opt out
Collections Dept.
Best regards
Home Credit
WhatsApp
LINE
WeChat Pay
Alipay
FPS
HKID
a/c
Mr.
Ms.
Dr.
No.
""")

P_NAMELIKE = lines("""
金银花
马后炮
牛仔裤
黄金周
白开水
石榴籽
何首乌
龙井茶
柳叶刀
林荫道
常青树
宋体字
苏打水
钟点房
毛毛雨
包租婆
马铃薯
胡萝卜
万花筒
方便面
高铁站
程序员
余额宝
章鱼小丸子
贝壳找房
蓝月亮洗衣液
杨枝甘露
田螺姑娘
白娘子
金刚经
夏令营
严选商品
常住人口
孔雀东南飞
安居乐业
""")

P_VOICE = lines("""
幺幺零
幺二三幺五
幺二三六八
九五五八八
四零零热线
幺三八开头的号码
洞洞拐
两千五百块
一万二千八
三个石头的磊
木子李
耳东陈
口天吴
立早章
伟大的伟
""")

P_FRAMES = ["【{bank}】{x}", "温馨提示：{x}", "{x}，如有疑问请致电客服。", "转文字：{x}", "{x}（已编辑）",
            "{plat}提醒您：{x}", "溫馨提示：{x}"]


def build_preserve(rng):
    parts = [("surname", P_SURNAME_WORDS), ("func", P_FUNC_WORDS), ("places", P_PLACES), ("units", P_UNITS),
             ("letters", P_LETTERS), ("marks", P_MARKS), ("trad", P_TRAD), ("english", P_ENGLISH),
             ("namelike", P_NAMELIKE), ("voice", P_VOICE)]
    cands = []
    for name, lst in parts:
        for x in lst:
            cands.append((name, x))
    # framed lines: a few phrases inside an SMS frame
    base = [x for n, x in cands if n in ("func", "letters") and len(x) >= 4 and " " not in x
            and not x.startswith("以上")]
    for x in rng.sample(base, 60):
        fr = rng.choice(P_FRAMES)
        y = fr.format(x=x, bank=rng.choice(BANKS), plat=rng.choice(PLATFORMS))
        if fr.startswith("溫馨"):
            y = CC_HK.convert(y)
        cands.append(("framed", y))
    return cands


# ---------------------------------------------------------------------------
# group: looseaddr (addresses written loosely)
# ---------------------------------------------------------------------------
def A_there(g):
    A = g.han()
    return T("{A}现在住{ADDR}那边，{d}去过一次没人", A=A, ADDR=g.addr_loose(g.pick(["spaced", "nohao", "dash"])), d=g.date("md"))


def A_waybill(g):
    A = g.han()
    return T("快递面单\n收件人 {A} {P}\n{ADDR}\n寄件人 法务部", A=A, P=g.phone(g.pick(["plain", "sp344"])),
             ADDR=g.addr_loose(g.pick(["spaced", "letters", "dash", "lane"])))


def A_visit(g):
    A = g.han()
    return T("外访报告：{d}到{ADDR}，{A}不在家，邻居说去{city}打工了，家里只有老人", d=g.date("md"),
             ADDR=g.addr_loose("rural"), A=A, city=g.pick(CITY_DIST)[1])


def A_dashdoor(g):
    A = g.han("M"); B = g.han("F")
    return T("地址是{ADDR}，开门的是{A}的老婆{B}", ADDR=g.addr_loose(g.pick(["dash", "letters"])), A=A, B=B)


def A_bingtuan(g):
    A = g.han()
    return T("{A}户籍地址：{ADDR}，父母都是团场职工", A=A, ADDR=g.addr_loose("bingtuan"))


def A_pasture(g):
    A = g.minority("mon")
    return T("{A}家在{ADDR}，夏天转场去了夏牧场，电话没信号", A=A, ADDR=g.addr_loose("pasture"))


def A_landmark(g):
    A = g.han()
    return T("{A}住{ADDR}，门口停着一辆{PL}", A=A, ADDR=g.addr_loose("landmark"), PL=g.plate())


def A_send(g):
    A = g.han()
    return T("寄到{ADDR} {A}收就行", ADDR=g.addr_loose(g.pick(["nohao", "spaced", "fu"])), A=A)


def A_tun(g):
    A = g.han("M", "common3")
    return T("{A} {ADDR} 种地的 家里有个拖拉机", A=A, ADDR=g.addr_loose("tun"))


def A_cross(g):
    A = g.han()
    return T("{A}说他租的房子在{ADDR}，具体几栋不肯说", A=A, ADDR=g.addr_loose("cross"))


def A_lane(g):
    A = g.han(); B = g.han()
    return T("{A}搬到{ADDR}了，跟{B}合租", A=A, ADDR=g.addr_loose("lane"), B=B)


def A_two(g):
    A = g.han()
    return T("{A}\n老家：{ADDR1}\n现住：{ADDR2}\n电话：{P}", A=A, ADDR1=g.addr_loose(g.pick(["rural", "tun", "bingtuan"])),
             ADDR2=g.addr_loose(g.pick(["dash", "spaced", "letters", "fu"])), P=g.phone())


LOOSE = [A_there, A_waybill, A_visit, A_dashdoor, A_bingtuan, A_pasture, A_landmark, A_send, A_tun, A_cross, A_lane, A_two]


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
GROUPS = [  # (group, templates, records)
    ("letter", LETTER, 32),
    ("glue", GLUE, 23),
    ("hktw", HKTW, 28),
    ("looseaddr", LOOSE, 18),
    ("roman", ROMAN, 16),
    ("voice", VOICE, 16),
    ("marks", MARKS, 16),
    ("adversary", ADVERSARY, 15),
    ("other", OTHER, 8),
]
GATEWAYS = ["106980095188", "10690571203", "1069 0296 1133", "106575260118", "10690882"]
GATEWAY_TEMPLATES = ("K_lenticular", "R_reminder", "X_masked", "G_tail")


def build_record(segs):
    text, spans, order = "", [], []
    for s in segs:
        if isinstance(s, tuple):
            k, v = s
            assert v, segs
            spans.append((len(text), len(text) + len(v), k, v))
            text += v
            order.append((k, v))
        else:
            text += s
    seen, pii = set(), []
    firsts = sorted(((text.find(v), -len(v), k, v) for k, v in order))
    for _, _, k, v in firsts:
        if v not in seen:
            seen.add(v)
            pii.append({"kind": k, "value": v})
    return text, spans, pii


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def uncovered(text, spans, values):
    """Occurrences of any value outside the value spans of this record (case-insensitive for Latin)."""
    low = text.lower()
    bad = 0
    for v in values:
        lv = v.lower()
        for i in occurrences(low, lv):
            if not any(s <= i and i + len(lv) <= e for s, e, _, _ in spans):
                bad += 1
    return bad


def load_others():
    texts, plines, n_files = set(), set(), 0
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or fn in OWN:
            continue
        path = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            n_files += 1
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line:
                        texts.add(norm(json.loads(line)["text"]))
        elif fn.endswith(".txt") and "preserve" in fn:
            n_files += 1
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        plines.add(norm(line))
    return n_files, texts, plines


def main():
    n_files, other_texts, other_plines = load_others()
    other_joined = "\n".join(sorted(other_plines))

    # preserve list ---------------------------------------------------------
    prng = random.Random(SEED + 1)
    cands = build_preserve(prng)
    stats = Counter()
    seen, kept = set(), []
    for part, x in cands:
        k = norm(x)
        if k in seen:
            stats["own_repeat"] += 1
            continue
        seen.add(k)
        if k in other_plines or k in other_texts:
            stats["dup_other"] += 1
            continue
        kept.append((part, x))
    required = [p for p in kept if p[0] != "framed"]
    framed = [p for p in kept if p[0] == "framed"]
    target = 620
    take = max(0, target - len(required))
    chosen = required + prng.sample(framed, min(take, len(framed)))
    prng.shuffle(chosen)
    preserve = [x for _, x in chosen]
    pres_joined = "\n".join(norm(x) for x in preserve)

    # records ---------------------------------------------------------------
    rng = random.Random(SEED)
    g = Gen(rng, pres_joined, other_joined)
    plan = []
    for grp, temps, n in GROUPS:
        order = list(temps)
        while len(order) < n:   # extra records: balanced, in shuffled rounds
            extra = list(temps)
            rng.shuffle(extra)
            order += extra
        plan += [(grp, t) for t in order[:n]]
    for t in NONE_TEXTS:
        plan.append(("none", t))

    recs = []
    for grp, t in plan:
        recs.append(make(g, grp, t, other_texts))

    # global check: no value of any record occurs unlabelled anywhere; no value in a preserve line
    redraws = 0
    for rnd in range(20):
        allv = sorted({v for r in recs for _, _, _, v in r["spans"]})
        bad_idx = [i for i, r in enumerate(recs) if uncovered(r["text"], r["spans"], allv)]
        pres_bad = [i for i, r in enumerate(recs)
                    if any(norm(v) in pres_joined for _, _, _, v in r["spans"])]
        todo = sorted(set(bad_idx + pres_bad))
        if not todo:
            break
        for i in todo:
            assert recs[i]["group"] != "none", "a fixed text contains a value"
            recs[i] = make(g, recs[i]["group"], recs[i]["tmpl"], other_texts)
            redraws += 1
    else:
        raise AssertionError("global check did not converge")

    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"t24-{i:04d}", "text": r["text"], "sender": r["sender"], "pii": r["pii"]})

    # final assertions -------------------------------------------------------
    for r in recs:
        for p in r["pii"]:
            assert p["value"] in r["text"]
        pos = [r["text"].find(p["value"]) for p in r["pii"]]
        assert pos == sorted(pos)
        for _, _, k, v in r["spans"]:
            if k == "bank_card" and re.fullmatch(r"[\d \-]+", v) and 16 <= len(re.sub(r"\D", "", v)) <= 19:
                assert luhn_ok(re.sub(r"\D", "", v)), v
            if k == "id_number" and re.fullmatch(r"[\d X x]{18,22}", v.translate(str.maketrans("０１２３４５６７８９", "0123456789"))):
                d = re.sub(r"\s", "", v.translate(str.maketrans("０１２３４５６７８９", "0123456789"))).upper()
                if len(d) == 18:
                    assert id_check(d[:17]) == d[17], v
    assert len({norm(r["text"]) for r in recs}) == len(recs)
    assert not any(norm(r["text"]) in other_texts for r in recs)
    assert len(set(preserve)) == len(preserve)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune24.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune24_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for x in preserve:
            f.write(x + "\n")

    if SUMMARY:
        kinds = Counter(p["kind"] for r in recs for p in r["pii"])
        print("dedupe files:", n_files, "other texts:", len(other_texts), "other preserve lines:", len(other_plines))
        print("preserve candidates:", len(cands), "own repeats:", stats["own_repeat"], "dup other:", stats["dup_other"],
              "kept:", len(kept), "written:", len(preserve))
        print("preserve by part:", dict(Counter(p for p, _ in chosen)))
        print("names rejected (own preserve):", g.rejected_own, "(other preserve):", g.rejected_other,
              "record redraws:", redraws)
        print("records:", len(recs), "items:", sum(kinds.values()), dict(kinds))
        print("no pii:", sum(1 for r in recs if not r["pii"]))
        print("senders:", sum(1 for r in recs if r["sender"]))
        kinds_order = ["name", "phone", "id_number", "bank_card", "account", "address", "email", "wechat", "qq", "plate"]
        print("group | records | templates | " + " | ".join(kinds_order))
        for grp, temps, _ in GROUPS + [("none", NONE_TEXTS, 0)]:
            rs = [r for r in recs if r["group"] == grp]
            kc = Counter(p["kind"] for r in rs for p in r["pii"])
            ntemp = len({r["tmpl"] if grp == "none" else r["tmpl"].__name__ for r in rs})
            print(grp, "|", len(rs), "|", ntemp, "|", " | ".join(str(kc[k]) for k in kinds_order))
        lens = [len(r["text"]) for r in recs]
        print("lengths <50:", sum(l < 50 for l in lens), "50-149:", sum(50 <= l < 150 for l in lens),
              "150-299:", sum(150 <= l < 300 for l in lens), ">=300:", sum(l >= 300 for l in lens), "max:", max(lens))
        print("texts with line breaks:", sum("\n" in r["text"] for r in recs))
        t2s = opencc.OpenCC("t2s")
        trad = sum(1 for r in recs if t2s.convert(r["text"]) != r["text"])
        print("records with traditional characters:", trad)


def make(g, grp, t, other_texts):
    for _ in range(50):
        if grp == "none":
            segs = [t]
        else:
            segs = t(g)
        text, spans, pii = build_record(segs)
        if grp != "none" and norm(text) in other_texts:
            continue
        if uncovered(text, spans, [v for _, _, _, v in spans]):
            continue
        sender = None
        if grp == "none" and t.startswith("【招商银行】"):
            sender = "95555"
        elif grp != "none" and t.__name__ in GATEWAY_TEMPLATES:
            sender = g.pick(GATEWAYS)
        return {"group": grp, "tmpl": t, "text": text, "spans": spans, "pii": pii, "sender": sender}
    raise RuntimeError(f"cannot make a record for {grp}")


if __name__ == "__main__":
    main()
