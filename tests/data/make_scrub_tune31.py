#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for scrub_tune31.jsonl and scrub_tune31_preserve.txt (tuning data only).

Blind writer, tune 31. Focus: long realistic texts (complaint letters, evidence
logs, call diaries, collector threats naming relatives/colleagues/neighbours,
group-chat exports, court and mediation documents, OCR of screenshots, voice
transcripts without punctuation) with many kinds of names.

Standard library only. Deterministic: one random.Random(SEED) for records, one
random.Random(SEED + 1) for preserve lines, no set iteration.

Environment:
  TUNE31_OUT_DIR     output folder (default: this script's folder)
  TUNE31_DEDUPE_DIR  folder with other corpora (default: this script's folder)
  TUNE31_SUMMARY=1   also write summary31.json (group counts) to the out folder
"""
import json
import os
import random
import re
import sys

SEED = 20261231
N_TARGET = {
    "complaint": 95, "evidence": 95, "threat": 90, "chat": 90, "court": 75,
    "ocr": 60, "voice": 60, "other": 30,
}
PRESERVE_TARGET = 3000

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE31_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE31_DEDUPE_DIR", HERE)

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# Name tables (writer's own)
# ----------------------------------------------------------------------------
COMMON_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵万严武戴孔向汤")
COMMON_W = [9, 9, 9, 8, 8, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2] + [1] * (len(COMMON_SUR) - 21)
GIVEN_M = ["建国", "志强", "伟", "磊", "勇", "军", "杰", "涛", "明辉", "俊杰", "浩然", "子轩", "宇航", "振华", "国庆",
           "海波", "立新", "永康", "文斌", "晓东", "鹏飞", "德胜", "春生", "学军", "红兵", "长青", "锦程", "天佑",
           "家豪", "博文", "一鸣", "思远", "宏伟", "庆丰", "占山", "福来", "树林", "铁柱", "有才", "金宝", "卫东",
           "少华", "景明", "泽宇", "梓豪", "嘉诚", "奕辰", "昊天", "兆麟", "守仁", "忠良", "继业", "耀祖", "新民"]
GIVEN_F = ["秀英", "桂兰", "丽娟", "美玲", "淑芬", "晓燕", "婷婷", "静", "敏", "丹", "娜", "雪梅", "春燕", "玉兰",
           "海燕", "红梅", "慧敏", "梦瑶", "雨欣", "子涵", "诗琪", "佳怡", "欣怡", "思彤", "巧云", "翠花", "凤英",
           "小红", "丽华", "彩霞", "月娥", "素珍", "冬梅", "亚楠", "若曦", "晓琳", "雅琴", "秋菊", "金凤", "兰芳",
           "馨予", "语桐", "可欣", "艳萍", "淑华", "爱玲", "美琪", "婉清", "紫薇", "青青"]
RARE_SUR = list("禤仉亓郗逄禚笪乜揭缑隗冼眭琚厍佘訾蒯阚粟谌昝郦荀庹钭靳郜宓蔺邴郇亢扈甄麴卞闵栾褚羿璩呙帅")
COMPOUND_SUR = ["欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "东方", "令狐", "公孙", "端木", "澹台", "夏侯",
                "长孙", "宇文", "司徒", "呼延", "南宫", "闻人", "钟离", "万俟", "轩辕", "赫连", "独孤", "百里", "公冶",
                "左丘", "第五", "申屠", "太叔"]
WORD_NAMES = ["江山", "高峰", "白雪", "金星", "海洋", "安然", "向阳", "田野", "林海", "方圆", "石磊", "江涛", "白云",
              "高原", "宁静", "夏雨", "金鑫", "常青", "文静", "秦川", "宋词", "齐心", "黎明", "程功", "钱多多",
              "夏天", "高明", "关爱", "金山", "于洋", "何平", "米兰", "韩冰", "梅花", "柳青"]
TRAD_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂")
TRAD_GIVEN = ["志明", "淑芬", "美玲", "家豪", "怡君", "俊傑", "雅婷", "宗翰", "秀英", "建宏", "佩珊", "冠宇", "婉婷",
              "志豪", "怡萱", "承恩", "詠晴", "國華", "麗華", "振興"]
YI_CLAN = ["吉克", "阿苏", "曲比", "沙马", "阿约", "马海", "俄木", "吉伍", "勒格", "海来", "阿西", "日火", "木乃", "瓦扎",
           "阿尔", "吉木", "俄底", "金古"]
YI_GIVEN = ["阿依", "日且", "石布", "尔古", "拉哈", "莫色", "阿果", "伍沙", "史火", "约布", "阿呷", "尔布", "木呷",
            "拉则", "阿支", "伍各", "阿牛", "曲者"]
DAI_1 = ["香", "罕", "应", "康", "丙", "叫", "坎", "温", "拉", "波", "光", "南", "喃", "旺", "帕"]
TIB_A = ["扎西", "次仁", "多吉", "尼玛", "格桑", "达瓦", "顿珠", "平措", "旺堆", "洛桑", "索朗", "巴桑", "拉巴", "次旦",
         "边巴", "桑吉", "仁增", "贡布", "才让", "白玛", "丹增", "强巴"]
TIB_B = ["卓玛", "央金", "拉姆", "德吉", "曲珍", "措姆", "旺姆", "多杰", "加措", "罗布", "占堆", "顿珠", "次仁",
         "扎西", "群培", "尼玛", "普赤", "玉珍", "达娃", "吉宗"]
HUI_SUR = ["马", "韩", "冶", "喇", "妥", "锁", "撒", "哈", "沙", "穆", "纳", "海", "丁", "白", "虎", "者"]
HUI_GIVEN = ["尕西", "尕娃", "忠孝", "福祥", "麦志", "哈三", "伊斯哈", "玉梅", "秀兰", "乃麦", "阿舍", "尔撒",
             "尕布", "成虎", "德胜", "奴海", "法图麦", "阿依舍", "有福", "尕豆"]
UY_GIVEN = ["阿迪力", "买买提", "艾力", "热合曼", "肖开提", "吐尔逊", "阿不都", "努尔", "古丽娜尔", "阿依古丽",
            "帕提古丽", "热依拉", "迪丽娜尔", "祖丽菲亚", "米热阿依", "伊力哈木", "麦麦提敏", "艾克拜尔", "依明江",
            "阿娜尔古丽"]
UY_FATHER = ["吐尔洪", "阿西木", "艾买提", "热西提", "卡德尔", "亚森", "依明", "斯拉木", "克力木", "吾斯曼",
             "托合提", "玉素甫", "阿吾提", "哈力克"]
KZ_GIVEN = ["叶尔兰", "努尔兰", "别克", "加肯", "叶尔波拉", "哈依拉提", "阿依达娜", "古丽巴哈尔", "热娜", "达吾列提",
            "阿斯哈尔", "巴合提", "叶尔江", "沙吾列", "努尔波拉提", "阿依别克", "托合塔尔", "阿勒腾", "赛尔江",
            "玛依拉", "阿克勒", "胡安别克"]
KZ_FATHER = ["哈布都拉", "吾拉孜别克", "托列吾", "马合沙提", "别尔克", "胡安", "赛力克", "杰恩斯", "努尔别克",
             "阿合买提", "哈那提", "叶斯木汗", "居马汗", "巴依达吾列提"]
MG_A = ["巴特尔", "其其格", "宝音", "乌兰", "苏日娜", "额尔敦", "那仁", "斯琴", "乌云", "哈斯", "阿拉坦", "孟和",
        "布和", "满都拉", "萨仁", "敖登", "格日乐", "图门", "呼和", "额尔德尼", "乌日娜", "朝克"]
MG_B = ["巴根", "图雅", "高娃", "朝鲁", "其木格", "达来", "夫", "格日勒", "毕力格", "仓", "花", "吉雅", "宝力德",
        "巴雅尔", "桑", "达赖", "苏和", "德力格尔"]
MG_HAN_SUR = ["包", "鲍", "白", "韩", "宝", "特木"]
ZH_SUR = ["韦", "覃", "蓝", "莫", "农", "陆", "潘", "磨", "闭", "零", "黄", "梁", "卢"]
ZH_GIVEN = ["达福", "特良", "秀英", "金凤", "振邦", "春桃", "英俊", "妹娟", "光辉", "月娥", "日新", "美桃", "壮强",
            "红英", "海宁", "德昌", "秋兰", "文华"]
KR_SUR = ["金", "朴", "李", "崔", "郑", "姜", "赵", "尹", "张", "林", "韩", "申", "权", "黄", "安", "宋", "柳", "洪",
          "全", "南", "玄", "俞"]
KR_GIVEN = ["顺姬", "英浩", "成哲", "明玉", "美善", "哲洙", "光日", "正浩", "春花", "英爱", "贞淑", "东日", "昌浩",
            "仁淑", "京子", "龙洙", "英植", "美子", "泰勇", "秀妍", "惠善", "相哲", "银淑", "在元", "昌洙", "贤姬"]
KR_ROMAN = [("Park", "Ji-hoon"), ("Kim", "Min-jun"), ("Lee", "Seo-yeon"), ("Choi", "Young-ho"), ("Jung", "Eun-ji"),
            ("Kang", "Sung-min"), ("Yoon", "Hye-jin"), ("Han", "Dong-il")]
EN_FIRST = ["Kevin", "Lily", "Mike", "Tony", "Jason", "Cathy", "Amy", "Grace", "Eric", "Vivian", "Sandy", "Leo",
            "Jack", "Coco", "Peter", "Helen", "Frank", "Joyce", "Alan", "Wendy", "Bella", "Ryan"]
PY_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu",
          "Guo", "Lin", "Luo", "Zheng", "Xie", "Tang"]
PY_GIVEN = ["Wei", "Jianguo", "Xiaohong", "Lei", "Jing", "Haibo", "Tingting", "Zhiqiang", "Meiling", "Yuhang",
            "Xin", "Qiang", "Lina", "Dongmei", "Junjie", "Yan"]

NATION = {"han": "汉族", "han2": "汉族", "rare": "汉族", "compound": "汉族", "word": "汉族", "trad": "汉族",
          "yi": "彝族", "dai": "傣族", "tibetan": "藏族", "hui": "回族", "uyghur": "维吾尔族", "kazakh": "哈萨克族",
          "mongol": "蒙古族", "zhuang": "壮族", "korean": "朝鲜族", "english": "汉族", "pinyin": "汉族",
          "miao": "苗族"}

KIND_W = [("han", 30), ("han2", 7), ("rare", 6), ("compound", 5), ("word", 5), ("korean", 8), ("kazakh", 7),
          ("mongol", 7), ("uyghur", 4), ("tibetan", 4), ("yi", 4), ("dai", 3), ("hui", 4), ("zhuang", 3),
          ("english", 5), ("pinyin", 3)]


class Name(object):
    def __init__(self, full, kind, sur=None, given=None):
        self.full = full
        self.kind = kind
        self.sur = sur
        self.given = given

    def short(self, rng):
        """A short back-reference (never labelled). Han-form names only; others repeat in full."""
        if self.sur and self.given and self.kind in ("han", "rare", "compound", "korean", "zhuang", "trad", "hui"):
            opts = ["老" + self.sur, "小" + self.sur, self.sur + "哥", self.sur + "姐", self.sur + "总"]
            if self.kind == "compound":
                opts.append(self.sur)
            if len(self.given) == 2:
                opts.append(self.given)
                opts.append(self.given)
            return rng.choice(opts)
        return None


def pick_w(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def han_given(rng):
    return rng.choice(GIVEN_M if rng.random() < 0.5 else GIVEN_F)


def draw_name_raw(rng, kind):
    if kind == "han":
        s = pick_w(rng, COMMON_SUR, COMMON_W)
        g = han_given(rng)
        while len(g) != 2 and rng.random() < 0.6:
            g = han_given(rng)
        if rng.random() < 0.04:
            return Name(s + " " + g, kind, None, None)  # spaced form
        return Name(s + g, kind, s, g)
    if kind == "han2":
        s = pick_w(rng, COMMON_SUR, COMMON_W)
        g = rng.choice([x for x in GIVEN_M + GIVEN_F if len(x) == 1])
        return Name(s + g, kind, s, g)
    if kind == "rare":
        s = rng.choice(RARE_SUR)
        g = han_given(rng)
        return Name(s + g, kind, s, g)
    if kind == "compound":
        s = rng.choice(COMPOUND_SUR)
        g = han_given(rng)
        return Name(s + g, kind, s, g)
    if kind == "word":
        return Name(rng.choice(WORD_NAMES), kind)
    if kind == "trad":
        s = rng.choice(TRAD_SUR)
        g = rng.choice(TRAD_GIVEN)
        return Name(s + g, kind, s, g)
    if kind == "yi":
        c, g = rng.choice(YI_CLAN), rng.choice(YI_GIVEN)
        return Name(c + rng.choice(["", "", "·"]) + g, kind)
    if kind == "dai":
        r = rng.random()
        if r < 0.4:
            return Name("玉" + rng.choice(DAI_1) + rng.choice(["", rng.choice(DAI_1)]), kind)
        if r < 0.8:
            return Name("岩" + rng.choice(DAI_1) + rng.choice(["", rng.choice(DAI_1)]), kind)
        return Name("刀" + han_given(rng), kind)
    if kind == "tibetan":
        a, b = rng.choice(TIB_A), rng.choice(TIB_B)
        if a == b:
            b = "卓玛"
        return Name(a + rng.choice(["", "", "·"]) + b, kind)
    if kind == "hui":
        s, g = rng.choice(HUI_SUR), rng.choice(HUI_GIVEN)
        return Name(s + g, kind, s, g)
    if kind == "uyghur":
        g, f = rng.choice(UY_GIVEN), rng.choice(UY_FATHER)
        return Name(g + rng.choice(["·", "·", "•", "・", ".", ""]) + f, kind)
    if kind == "kazakh":
        g, f = rng.choice(KZ_GIVEN), rng.choice(KZ_FATHER)
        if g == f:
            f = "哈布都拉"
        return Name(g + rng.choice(["·", "·", "·", "•", "・", ""]) + f, kind)
    if kind == "mongol":
        r = rng.random()
        if r < 0.6:
            return Name(rng.choice(MG_A) + rng.choice(MG_B), kind)
        if r < 0.8:
            return Name(rng.choice(MG_A) + "·" + rng.choice(MG_B), kind)
        return Name(rng.choice(MG_HAN_SUR) + rng.choice(MG_A), kind)
    if kind == "zhuang":
        s, g = rng.choice(ZH_SUR), rng.choice(ZH_GIVEN)
        return Name(s + g, kind, s, g)
    if kind == "korean":
        if rng.random() < 0.1:
            a, b = rng.choice(KR_ROMAN)
            return Name(a + " " + b if rng.random() < 0.5 else b + " " + a, kind)
        s, g = rng.choice(KR_SUR), rng.choice(KR_GIVEN)
        return Name(s + g, kind, s, g)
    if kind == "english":
        f = rng.choice(EN_FIRST)
        r = rng.random()
        if r < 0.55:
            return Name(f + " " + rng.choice(PY_SUR), kind)
        if r < 0.8:
            return Name(rng.choice(PY_SUR) + " " + f, kind)
        return Name(f + pick_w(rng, COMMON_SUR, COMMON_W), kind)
    if kind == "pinyin":
        s, g = rng.choice(PY_SUR), rng.choice(PY_GIVEN)
        r = rng.random()
        if r < 0.4:
            return Name(s + " " + g, kind)
        if r < 0.6:
            return Name(s.upper() + " " + g, kind)
        if r < 0.85:
            return Name(g + " " + s, kind)
        return Name((s + " " + g).lower(), kind)
    raise ValueError(kind)


# ----------------------------------------------------------------------------
# Other personal data (synthetic)
# ----------------------------------------------------------------------------
MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
           "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187",
           "188", "189", "191", "198", "199"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIG = dict(zip("0123456789", "零幺二三四五六七八九"))


def mobile_digits(rng):
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_mobile(rng, d, style=None):
    style = style or pick_w(rng, ["plain", "space", "dash", "p86", "fw"], [60, 15, 12, 8, 5])
    if style == "plain":
        return d
    if style == "space":
        return d[:3] + " " + d[3:7] + " " + d[7:]
    if style == "dash":
        return d[:3] + "-" + d[3:7] + "-" + d[7:]
    if style == "p86":
        return rng.choice(["+86 ", "+86", "+86-"]) + d
    if style == "fw":
        return d.translate(FW)
    if style == "cn":
        return "".join(CN_DIG[c] for c in d)
    return d


AREA = ["010", "021", "022", "023", "0871", "0991", "0433", "0471", "0891", "0771", "0931", "0951", "028", "020",
        "0755", "0834", "0692", "0930", "0999", "0479"]


def landline(rng):
    a = rng.choice(AREA)
    n = "".join(rng.choice("0123456789") for _ in range(8 if len(a) == 3 else 7))
    n = rng.choice("2345678") + n[1:]
    return pick_w(rng, [a + "-" + n, "(" + a + ")" + n, "（" + a + "）" + n, a + " " + n], [6, 2, 2, 2])


ID_AREAS = ["532801", "513431", "622901", "652901", "222401", "150102", "654002", "540102", "450102", "110105",
            "510107", "440106", "310115", "632521", "533102", "652801", "222403", "152501", "650102", "640104",
            "520102", "430105"]


def id_number(rng):
    y = rng.randint(1962, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = rng.choice(ID_AREAS) + "%04d%02d%02d" % (y, m, d) + "%03d" % rng.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    chk = "10X98765432"[s % 11]
    v = body + chk
    if chk == "X" and rng.random() < 0.3:
        v = v[:-1] + "x"
    if rng.random() < 0.12:
        v = v[:6] + " " + v[6:14] + " " + v[14:]
    return v


def luhn_ok(num):
    t = 0
    for i, c in enumerate(reversed(num)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        t += k
    return t % 10 == 0


CARD_PRE = ["622202", "621700", "622848", "621661", "622588", "622260", "623052", "621226", "622700", "625965"]


def bank_card(rng):
    pre = rng.choice(CARD_PRE)
    ln = rng.choice([16, 19, 19])
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    r = rng.random()
    if r < 0.25:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    if r < 0.32:
        return "-".join(num[i:i + 4] for i in range(0, len(num), 4))
    return num


EM_LOCAL = ["happy", "sunny", "xiaoyu", "moon", "tiger", "lucky", "kk", "abc", "star", "panda", "dream", "river",
            "cloud", "yy", "mm"]


def email(rng):
    loc = rng.choice(EM_LOCAL) + rng.choice(["", "_", "."]) + str(rng.randint(10, 99999))
    if rng.random() < 0.2:
        loc = str(rng.randint(10000000, 2999999999))
    return loc + "@" + rng.choice(["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com"])


def wechat(rng):
    if rng.random() < 0.5:
        return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
    return rng.choice(["xiao", "da", "a", "lao", "mei", "ge"]) + rng.choice(["yu", "hai", "feng", "lan", "bao"]) + \
        rng.choice(["_", "", "-"]) + str(rng.randint(100, 99999))


def qq(rng):
    return str(rng.randint(100000, 3999999999))


PROV_CITY = [("吉林省", "延吉市", ["河南街道", "建工街道", "新兴街道"]),
             ("新疆维吾尔自治区", "伊宁市", ["解放路", "斯大林街", "飞机场路"]),
             ("内蒙古自治区", "呼和浩特市", ["新华大街", "中山西路", "大学东街"]),
             ("云南省", "景洪市", ["勐泐大道", "宣慰大道", "嘎兰中路"]),
             ("四川省", "西昌市", ["航天大道", "胜利路", "长安东路"]),
             ("西藏自治区", "拉萨市", ["北京中路", "江苏路", "金珠西路"]),
             ("甘肃省", "临夏市", ["团结路", "红园路", "解放南路"]),
             ("广西壮族自治区", "南宁市", ["民族大道", "友爱南路", "秀灵路"]),
             ("新疆维吾尔自治区", "阿勒泰市", ["团结路", "解放南路", "金山路"]),
             ("新疆维吾尔自治区", "喀什市", ["人民东路", "解放北路", "色满路"]),
             ("广东省", "广州市", ["天河北路", "江南大道中", "广州大道南"]),
             ("四川省", "成都市", ["蜀汉路", "玉林北路", "府青路"]),
             ("上海市", "上海市", ["长宁路", "曹杨路", "浦东南路"]),
             ("北京市", "北京市", ["朝阳北路", "双井东路", "万寿路"]),
             ("青海省", "西宁市", ["五四大街", "七一路", "昆仑中路"]),
             ("宁夏回族自治区", "银川市", ["凤凰北街", "解放西街", "北京中路"])]
ESTATES = ["幸福家园", "金色花园", "阳光小区", "锦绣华庭", "翠湖苑", "和平里", "民族团结小区", "丝路佳苑", "香榭丽都",
           "水岸名居", "枫林绿洲", "康乐新村"]
VILLAGES = [("昭觉县", "竹核乡", "木渣洛村"), ("勐海县", "勐混镇", "曼扫村"), ("循化县", "街子镇", "三兰巴海村"),
            ("龙井市", "东盛涌镇", "仁化村"), ("靖西市", "湖润镇", "新灵村"), ("乌什县", "阿合雅镇", "托万克村"),
            ("富蕴县", "库尔特乡", "喀拉奥依村"), ("科尔沁右翼中旗", "巴彦呼舒镇", "五家户嘎查")]


def address(rng):
    if rng.random() < 0.25:
        c, t, v = rng.choice(VILLAGES)
        return c + t + v + str(rng.randint(1, 9)) + "组" + str(rng.randint(1, 88)) + "号"
    p, c, roads = rng.choice(PROV_CITY)
    head = (p + c if p != c else c) if rng.random() < 0.5 else c
    r = rng.random()
    if r < 0.6:
        return head + rng.choice(roads) + str(rng.randint(1, 300)) + "号" + rng.choice(ESTATES) + \
            str(rng.randint(1, 30)) + "栋" + str(rng.randint(1, 6)) + "单元" + str(rng.randint(1, 28)) + \
            "%02d" % rng.randint(1, 6) + "室"
    if r < 0.85:
        return head + rng.choice(roads) + str(rng.randint(1, 300)) + "号院" + str(rng.randint(1, 12)) + "号楼" + \
            str(rng.randint(1, 5)) + "门" + str(rng.randint(101, 2206))
    return rng.choice(roads) + str(rng.randint(1, 300)) + "号" + rng.choice(ESTATES) + str(rng.randint(1, 30)) + \
        "-" + str(rng.randint(1, 6)) + "-" + str(rng.randint(101, 2806))


def account(rng):
    r = rng.random()
    if r < 0.3:
        return "HT" + str(rng.randint(2024, 2026)) + "%08d" % rng.randint(0, 99999999)
    if r < 0.55:
        return "JK" + "%012d" % rng.randint(0, 999999999999)
    if r < 0.75:
        return "DK-" + str(rng.randint(2025, 2026)) + "-" + "%06d" % rng.randint(0, 999999)
    return "%018d" % rng.randint(10 ** 17, 10 ** 18 - 1)


PLATE_P = ["吉H", "新F", "蒙A", "云K", "川W", "藏A", "甘N", "桂A", "青A", "宁A", "粤A", "京N", "沪B"]


def plate(rng):
    p = rng.choice(PLATE_P)
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    return p + rng.choice(["", "·", " "]) + tail


# ----------------------------------------------------------------------------
# Non-personal fillers
# ----------------------------------------------------------------------------
PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "美团借钱", "度小满", "安逸花", "分期乐", "360借条", "拍拍贷", "你我贷",
         "招联金融", "小赢卡贷", "马上消费金融", "中邮消费金融", "省呗"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "浦发银行", "中信银行",
         "延边农商银行", "伊犁农商银行", "西藏银行", "内蒙古银行", "广西北部湾银行"]
CITIES = ["延吉", "伊宁", "呼和浩特", "景洪", "西昌", "拉萨", "临夏", "南宁", "阿勒泰", "喀什", "广州", "成都", "上海",
          "北京", "西宁", "银川", "昆明", "乌鲁木齐", "包头", "凉山", "大理", "郑州", "长沙", "武汉"]
COURTS = ["延吉市人民法院", "伊宁市人民法院", "呼和浩特市新城区人民法院", "景洪市人民法院", "西昌市人民法院",
          "拉萨市城关区人民法院", "临夏市人民法院", "南宁市青秀区人民法院", "阿勒泰市人民法院", "广州互联网法院",
          "成都市武侯区人民法院", "上海市长宁区人民法院", "北京市朝阳区人民法院", "西宁市城西区人民法院",
          "银川市兴庆区人民法院", "杭州互联网法院", "重庆市渝北区人民法院", "深圳前海合作区人民法院"]
COMPANIES = ["某某消费金融有限公司", "某小额贷款有限公司", "某网络科技有限公司", "某资产管理有限公司",
             "某融资担保有限公司", "某商业保理有限公司"]
LAWFIRMS = ["某律师事务所", "北京某律师事务所", "广东某律师事务所", "新疆某律师事务所", "四川某律师事务所"]
KIN = ["父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "表弟", "表姐", "岳母", "老公", "老婆", "前妻", "大伯", "舅舅",
       "姑姑", "小姨", "儿子", "女儿", "堂哥", "嫂子", "阿妈妮", "阿爸"]
WORK = ["同事", "主管", "老板", "财务", "人事", "HR", "组长", "车间主任", "班主任", "店长", "前台"]
NEIGH = ["邻居", "楼下的", "对门的", "村支书", "物业管家", "房东", "同村的", "隔壁小卖部老板娘"]
REASONS = ["生意失败", "孩子住院", "疫情后失业", "被人骗了", "工地欠薪", "母亲做手术", "养殖场亏本", "店铺倒闭"]
HOTLINES = ["12378", "12321", "12345", "110", "95588", "96110", "12363"]


def date_str(rng):
    y = rng.choice([2025, 2026, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return pick_w(rng, ["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d.%d.%d" % (y, m, d),
                        "%d-%02d-%02d" % (y, m, d), "%d月%d号" % (m, d), "%d/%d" % (m, d)], [4, 5, 2, 2, 3, 1])


def time_str(rng):
    h, mi = rng.randint(7, 23), rng.randint(0, 59)
    return pick_w(rng, ["%02d:%02d" % (h, mi), "%d点%d分" % (h, mi), "%s%d点" % (rng.choice(["上午", "下午", "晚上"]), h % 12 or 12),
                        "%02d:%02d:%02d" % (h, mi, rng.randint(0, 59))], [5, 2, 2, 1])


def amount(rng):
    v = rng.choice([rng.randint(3, 99) * 100, rng.randint(1, 80) * 1000 + rng.randint(0, 9) * 100,
                    rng.randint(100, 99999) / 100.0])
    if isinstance(v, float):
        return "%.2f元" % v
    return rng.choice(["%d元" % v, "%d块" % v, "%s万" % (v / 10000.0) if v >= 10000 else "%d元" % v])


def case_no(rng):
    return "（%d）%s%04d民初%d号" % (rng.choice([2025, 2026]), rng.choice(["吉", "新", "蒙", "云", "川", "藏", "甘", "桂", "粤", "京", "沪"]),
                                 rng.randint(100, 9999), rng.randint(100, 29999))


# ----------------------------------------------------------------------------
# Template engine
# ----------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Za-z_]+[0-9]?)(~?)\}")
NAME_SLOTS = "ABCDEFGHJK"


class Ctx(object):
    def __init__(self, rng, kinds=None):
        self.rng = rng
        self.names = {}
        self.pii = {}
        self.kinds = kinds

    def seg(self, key, tilde):
        rng = self.rng
        if len(key) == 1 and key in NAME_SLOTS:
            if key not in self.names:
                self.names[key] = new_name(rng, self.kinds)
            n = self.names[key]
            if tilde:
                s = n.short(rng)
                if s:
                    return (s, None)
            return (n.full, "name")
        base = key.rstrip("0123456789")
        pii_kinds = {"P": "phone", "PV": "phone", "L": "phone", "ID": "id_number", "CARD": "bank_card",
                     "EM": "email", "WX": "wechat", "QQ": "qq", "AD": "address", "AC": "account", "PL": "plate"}
        if base in pii_kinds:
            if key not in self.pii:
                if base == "P":
                    v = fmt_mobile(rng, mobile_digits(rng))
                elif base == "PV":
                    v = fmt_mobile(rng, mobile_digits(rng), "cn" if rng.random() < 0.3 else "plain")
                elif base == "L":
                    v = landline(rng)
                elif base == "ID":
                    v = id_number(rng)
                elif base == "CARD":
                    v = bank_card(rng)
                elif base == "EM":
                    v = email(rng)
                elif base == "WX":
                    v = wechat(rng)
                elif base == "QQ":
                    v = qq(rng)
                elif base == "AD":
                    v = address(rng)
                elif base == "AC":
                    v = account(rng)
                else:
                    v = plate(rng)
                self.pii[key] = v
            return (self.pii[key], pii_kinds[base])
        f = {
            "d": lambda: date_str(rng), "t": lambda: time_str(rng), "m": lambda: amount(rng),
            "n": lambda: str(rng.randint(2, 48)), "plat": lambda: rng.choice(PLATS), "bank": lambda: rng.choice(BANKS),
            "city": lambda: rng.choice(CITIES), "court": lambda: rng.choice(COURTS), "case": lambda: case_no(rng),
            "co": lambda: rng.choice(COMPANIES), "law": lambda: rng.choice(LAWFIRMS), "kin": lambda: rng.choice(KIN),
            "work": lambda: rng.choice(WORK), "neigh": lambda: rng.choice(NEIGH), "why": lambda: rng.choice(REASONS),
            "hot": lambda: rng.choice(HOTLINES),
        }
        if key in f:
            return (f[key](), None)
        if key == "natA":
            n = self.names.get("A")
            return (NATION.get(n.kind, "汉族") if n else "汉族", None)
        if key == "sex":
            return (rng.choice(["男", "女"]), None)
        raise KeyError(key)


def fill(ctx, tpl):
    segs = []
    pos = 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        segs.append(ctx.seg(m.group(1), m.group(2) == "~"))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


# ----------------------------------------------------------------------------
# Sentence pools per group
# ----------------------------------------------------------------------------
COMPLAINT_OPEN = [
    "致{plat}客服及{city}金融监管分局：\n本人{A}，身份证号{ID}，手机号{P}，于{d}在{plat}借款{m}，因{why}自{d}起逾期。",
    "投诉信\n投诉人：{A}    联系电话：{P}\n被投诉方：{plat}及其委托的第三方催收机构\n事情经过如下：",
    "尊敬的领导：我叫{A}，是{plat}的借款人，合同编号{AC}。我想反映一下最近被暴力催收的情况，希望你们能管一管。",
    "关于{plat}委外催收骚扰家人的投诉\n我是{A}，{city}人，{d}借了{m}，{why}，实在还不上，一直在和平台协商。",
    "各位好，我是{A}（电话{P}），今天实名投诉{plat}。先说明，我不是不还，是{why}之后确实没有能力一次还清。",
    "關於{plat}暴力催收的投訴\n投訴人{A}，電話{P}。本人自{d}起因{why}無法按期還款，以下為被騷擾經過：",
    "To the complaint center of {plat}: my name is {A}, contract no. {AC}. 我用中文写一下具体经过：",
    "12378热线您好，我之前电话投诉过一次，工单没下文，现在书面补充。投诉人{A}，{natA}，住{AD}。",
]
COMPLAINT_BODY = [
    "{d}{t}，一个自称{plat}法务部的{B}打电话给我，说再不还就上门，语气非常凶。",
    "{d}，对方给我{kin}{C}打了{n}个电话，还说我{A}是诈骗犯，{C~}年纪大了，吓得一晚上没睡。",
    "催收员{B}在电话里骂我，还说已经联系了我单位的{D}和{E}，让我“等着社死”。",
    "第二天我{work}{D}告诉我，他也收到了短信，短信里写着我的全名和身份证号，还有一句“{A}欠钱不还”。",
    "{B~}还威胁说要把我的照片P成通缉令发到小区业主群。",
    "我{neigh}{E}说有人到楼下问我住哪一户，还拍了我家门牌，我家地址是{AD}。",
    "对方用过的号码有{P2}和{P3}，都是个人手机号，不是平台的官方号码。",
    "{d}下午，{B}又用{P2}给我发短信：“{A}，你的案件已移交{city}某律所，{n}小时内不处理后果自负。”",
    "我已于{d}还了{m}，转账记录截图附后，对方指定的收款卡号是{CARD}，户名{F}，根本不是平台的对公账户。",
    "我{kin}{F}也被打扰，她在{city}上班，现在全单位都知道了，{F~}为这事跟我吵了好几次。",
    "{plat}的客服{G}回复说会核实，但到现在也没有结果，再打过去{G~}就说不归她管。",
    "还有一个叫{H}的人加了我老婆{C}的微信，微信号{WX}，发了很多侮辱性的话。",
    "{d}凌晨{t}，{B}连续打了{n}个电话，我关机后他又打给我{kin}{J}。",
    "他们说如果我不还，就去{J}工作的{city}某医院闹，还说“{J}的号码我们有，{P3}”。",
    "我和{B}说过我愿意分期，每月还{m}，{B~}说不行，必须一次结清，否则每天打给我的联系人。",
    "更过分的是，他们把我和我前同事{D}拉进一个群，群名叫“{A}还钱群”，群里有{n}个人。",
    "{d}有人冒充{court}给我寄了所谓的传票，落款是“审判员{K}”，我打电话去法院问，根本没有这个案子。",
    "我邮箱{EM}也收到了所谓律师函，署名{K}，但律师事务所查不到这个人。",
    "前后算下来，{B}、{H}两个人一共给我和家人打了上百个电话，严重影响我{kin}{C}的身体。",
    "后来换了一个人，说自己姓{B~}，是{B}的组长，口气更横。",
    "我妻子{C}刚生完孩子，每天接到这些电话就哭，{C~}现在都不敢开机。",
]
COMPLAINT_CLOSE = [
    "我的诉求：一、停止骚扰我的家人和同事；二、核实{B}等人的身份并处理；三、给我一个合理的分期方案。",
    "恳请监管部门督促{plat}整改，我愿意继续还款，但不能接受这种方式。",
    "附件：通话录音{n}段、短信截图{n}张、转账记录{n}张。",
    "以上情况属实，如有虚假本人愿意承担法律责任。",
    "希望{plat}给个说法，不然我只能向{hot}和当地派出所反映了。",
]
COMPLAINT_SIGN = [
    "\n投诉人：{A}\n{d}", "\n{A}\n联系电话：{P}\n{d}", "\n此致\n敬礼！\n{A}  {d}", "\n——{A}（借款人）",
    "\n投诉人签名：{A}  日期：{d}", "",
]

EVID_HEAD = [
    "证据清单（{A}与{plat}借款纠纷）\n",
    "催收通话记录（本人{A}整理，手机号{P}）\n",
    "{d} 日记\n",
    "被催收的这些天（{A}的记录，给律师看的）\n",
    "Evidence log - {A}\n",
    "證據目錄（申請人：{A}）\n",
    "我的记账本：被催收经过\n",
]
EVID_ITEM = [
    "{i}. {d} {t} 来电{P2}，自称{B}，要求当天还{m}，通话{n}分钟，有录音。",
    "{i}. {d} 我妈{C}接到电话，对方说{A}欠钱不还要坐牢，{C~}急得血压上来了。",
    "{i}. {d}：今天{B}又打来，说已经去过我老家{AD}，见到了我爸{D}。",
    "{i}. {d} 晚上{t}，{work}{E}在钉钉上问我是不是借了网贷，说有个叫{B}的打到公司前台。{E~}人挺好，没跟领导说。",
    "{i}. 录音文件：{d}_{B}.m4a，时长{n}分钟，内容是威胁去找{C}。",
    "{i}. 截图{n}：{B}发来的微信，微信号{WX}，内容是我家人照片。",
    "{i}. {d} 邮件：{B}从{EM}发来《律师函》，落款{K}律师。",
    "{i}. 证据：{plat}借款合同，编号{AC}，借款人{A}，借款金额{m}。",
    "{i}. {d} 去派出所报警，接警的{H}警官说让我保留证据，回执编号在最后一页。",
    "{i}. {t} {B}（{P2}）：你再不还我们就去你单位找{E}。我：我在想办法。{B~}：想办法？你已经想了{n}天了。",
    "{i}. {d} {neigh}{F}说下午有两个男的在楼道里贴纸条，写着“{A}欠债”，{F~}帮我撕了。",
    "{i}. {d} 还款{m}到{bank}卡{CARD}，收款人{G}，对方说这是“个人代收”。",
    "{i}. {d} {kin}{J}的QQ{QQ}收到了我的借款截图，发送人昵称“法务-{B}”。",
    "{i}. {d}{t} 一个{L}的座机打来，说是{court}的，让我联系“{K}法官”，后来核实是假的。",
    "{i}. {d} {B}说他们已经查到我的车，车牌{PL}，要去拖车。",
    "{i}. {d} 我给{plat}客服{G}打电话说明情况，{G~}说会备注，让我别担心。",
    "{i}. {d} 前同事{D}转给我一条短信：“你认识{A}吗？请转告他速还款”，发件号码{P3}。",
]
EVID_TAIL = ["", "\n以上材料均为原件截图，可提供手机原件核对。", "\n整理人：{A}  {d}", "\n（未完待续，{A~}记）",
             "\n备注：{B}、{H}两人声音很像，可能是同一个人。"]

THREAT_OPEN = [
    "{A}你听好，", "通知：", "【最后通牒】{A}：", "致{A}及其家属：", "{A}，", "你好{A}，我是{plat}贷后部的{K}，",
    "敬告{A}的亲友：", "{A}先生/女士：", "{A} 你以为躲得掉？",
]
THREAT_BODY = [
    "你{kin}{B}在{city}哪个单位上班我们清清楚楚，你儿子{C}在哪个学校我们也知道。",
    "{A}拖欠{plat}借款{m}，拒不还款。其亲属{B}（父）、{C}（母），同事{D}，邻居{E}，请转告本人尽快处理。",
    "你单位{work}{D}的电话我们已经有了，{P2}，{work}{E}的也有，要不要我现在就打？",
    "今天{t}前不还{m}，明天我们就去你{kin}{F}家门口拉横幅，让{F}的邻居都看看。",
    "我们的人已经到了{AD}，你{neigh}{E}说你昨晚还回来过。",
    "你通讯录里的{B}、{D}、{G}我们都打过了，{G}说跟你不熟，你人缘真差。",
    "你老婆{C}的朋友圈我们都看了，要不要帮她出名？",
    "我们会联系你的紧急联系人{B}，以及你{work}{D}，把你的情况如实告知。",
    "别以为换号就没事，你{kin}{F}的号码{P3}还在用吧？",
    "你们村的{E}已经知道了，下一个就是你家亲戚{J}。",
    "你欠的钱，{B}作为担保人一样要还，到时候别怪我们找{B~}。",
    "你{work}{D}说你已经辞职了？没关系，我们找你{kin}{H}一样。",
    "你表哥{J}在{city}开的那家店，我们明天派人去坐坐。",
]
THREAT_CLOSE = [
    "——{plat}贷后管理部 {K}", "催收专员：{K}  工号略", "后果自负。", "{K}（{P4}）", "速回电！",
    "——{co}法务 {K}", "If you ignore this, {B} will be contacted again.", "",
]

CHAT_HEAD = [
    "微信群聊导出 {d}\n群名称：相亲相爱一家人\n",
    "以下为QQ群“{city}老乡会”聊天记录导出\n",
    "群聊的聊天记录\n",
    "[导出] 微信聊天记录 - 与{A}的聊天\n",
    "WeChat chat history exported {d}\n",
    "{city}某公司工作群（导出）\n",
]
CHAT_MSG = [
    "{A}是不是借钱了？有人打我电话",
    "我也接到了，说{A}欠了{m}",
    "别理他们，{A~}自己会处理的",
    "那人说他叫{B}，号码{P2}",
    "刚才又有个{B}加我微信，微信号{WX}",
    "@{A} 你赶紧回个话，大家都在问",
    "我已经报警了，警察说{B}这种是冒充的",
    "{C}你别在群里说了，私聊",
    "ok 收到",
    "[图片]",
    "[语音] {n}\"",
    "我们单位{D}也收到了，说{A}填的紧急联系人是她",
    "妈说让{A~}周末回家一趟",
    "那个{B}说明天去{AD}",
    "I already told {B} not to call again",
    "收到，辛苦了",
    "{E}你号码是不是泄露了？",
    "好的我转告{A}",
    "我觉得先跟{plat}协商分期比较好",
    "[撤回了一条消息]",
    "真的假的，{A~}平时挺老实的",
    "刚去问了社区的{F}，说可以先找调解委员会",
]
CHAT_SYS = ["{X}撤回了一条消息", "{X}邀请{Y}加入了群聊", "\"{X}\"拍了拍\"{Y}\"", "{X}修改群名为“还钱互助群”"]
CHAT_KIN_LABELS = ["大舅", "二姐", "妈", "老爸", "三叔", "表哥", "嫂子", "小姨", "群主", "阿妈妮"]

COURT_DOCS = [
    ("{court}\n民事调解书\n{case}\n原告：{co}，住所地{city}市。\n法定代表人：{B}，董事长。\n委托诉讼代理人：{C}，{law}律师。\n"
     "被告：{A}，{sex}，{natA}，住{AD}，公民身份号码{ID}。\n委托诉讼代理人：{D}，系被告之{kin}。\n"
     "原告{co}与被告{A}金融借款合同纠纷一案，本院于{d}立案后，依法适用简易程序。经本院主持调解，双方自愿达成如下协议：\n"
     "一、被告{A}于{d}前向原告偿还借款本金{m}；\n二、案件受理费减半收取，由被告负担。\n"
     "审判员  {E}\n{d}\n书记员  {F}"),
    ("民事起诉状\n原告：{A}，{sex}，{natA}，住{AD}，联系电话{P}。\n被告：{co}，住所地{city}市。\n法定代表人：{B}。\n"
     "诉讼请求：1.判令被告停止侵害原告及其亲属的名誉权、隐私权；2.判令被告赔礼道歉并赔偿精神损失费{m}。\n"
     "事实与理由：原告系被告平台借款人。{d}起，被告委托的催收人员{C}、{D}多次通过{P2}等号码骚扰原告及其{kin}{G}、"
     "同事{H}，并在微信群中公开原告身份证号，严重侵犯原告权利。\n此致\n{court}\n具状人：{A}\n{d}"),
    ("人民调解协议书\n{city}某街道人民调解委员会\n当事人甲方：{A}，{natA}，身份证号{ID}，电话{P}。\n"
     "当事人乙方：{co}，委托代表{B}。\n调解员：{C}、{D}\n纠纷简要情况：甲方于{d}在乙方平台借款{m}，因{why}逾期。"
     "双方经调解达成如下协议：甲方自{d}起每月还款{m}，乙方停止联系甲方亲友{G}、{H}。\n甲方签字：{A}\n乙方签字：{B}\n调解员签字：{C}\n{d}"),
    ("{court}\n民事判决书\n{case}\n原告：{A}，{sex}，{natA}，住{AD}。\n委托诉讼代理人：{C}，{law}律师。\n"
     "被告：{B}，{sex}，住{AD2}。\n原告{A}与被告{B}民间借贷纠纷一案，本院立案后依法公开开庭进行了审理。原告{A}及其委托诉讼代理人{C}、"
     "被告{B}到庭参加诉讼。证人{D}出庭作证，称{d}亲眼看到原告通过{bank}转账{m}给被告，收款卡号{CARD}。\n"
     "本院认为……判决如下：被告{B}于本判决生效之日起十日内偿还原告借款{m}。\n审判长 {E}\n人民陪审员 {F}\n书记员 {G}"),
    ("支付令异议书\n异议人（债务人）：{A}，{sex}，{natA}，公民身份号码{ID}，住{AD}，电话{P}。\n申请人（债权人）：{co}。\n"
     "异议人对{court}{case}支付令提出异议。理由：申请人主张的债务中，已有{m}于{d}由异议人之{kin}{G}代为偿还，"
     "收款人为申请人员工{B}。\n异议人：{A}\n{d}"),
    ("谈话笔录\n时间：{d} {t}\n地点：{court}调解室\n调解人员：{C}\n记录人：{D}\n被询问人：{A}，{natA}，电话{P}\n"
     "问：你与{co}的借款情况？\n答：{d}借了{m}，后来{why}就还不上了。\n问：催收人员{B}是否到过你家？\n"
     "答：来过两次，还把我{kin}{G}堵在门口。\n（以下无正文）\n被询问人签名：{A}"),
    ("執行和解協議\n申請執行人：{co}\n被執行人：{A}，身分證字號略，住{AD}\n雙方就{court}{case}一案達成和解：被執行人{A}於{d}前支付{m}。"
     "\n代理人：{C}律師\n被執行人簽名：{A}"),
    ("律师函（回复）\n致：{co}及催收人员{B}\n本所接受{A}（身份证号{ID}）委托，指派{C}律师就贵司骚扰{A}亲属{G}、{H}一事致函如下："
     "请贵司立即停止通过{P2}等号码联系上述人员。\n{law}\n律师：{C}\n{d}"),
]

OCR_BASES = [
    "< 短信\n{P2}\n{d} {t}\n【{plat}】{A}您好，您在我司的借款已逾期{n}天，欠款{m}。我司已将您的资料提交给{city}某律所，联系人{B}，请速回电。",
    "微信\n{B}\n{t}\n{A}，你{kin}{C}说你去{city}打工了？\n我们明天去找{C}\n[图片]\n发送",
    "通话记录\n{B} {P2} 呼入 {n}分钟\n未接来电 {P3} 归属地{city}\n{kin}{C} 呼出 {n}秒",
    "{d} {t}\n【温馨提示】{A}（身份证{ID}）名下{plat}账单已逾期，紧急联系人{B}、{C}将收到通知。",
    "支付宝 转账成功\n转给 {B}\n金额 {m}\n收款账户 {bank}({CARD})\n备注：{A}还款",
    "聊天信息\n{A}: 我真的没钱了\n{B}: 那就让{C}替你还\n{A}: 你别找我家里人\n{B}: 晚了",
    "《催收告知函》\n被告知人：{A}\n住址：{AD}\n经办人：{B}  联系电话：{P2}\n抄送：{C}（紧急联系人）",
    "QQ\n{B}(QQ:{QQ})\n{t}\n{A}你再不回消息我就发到你们公司群，{work}{D}我已经加上了",
]
LOOKALIKE = [("已", "己"), ("账", "帐"), ("日", "曰"), ("未", "末"), ("晚", "睌"), ("请", "清"), ("逾", "谕"),
             ("期", "朗"), ("我", "找"), ("天", "夭"), ("人", "入"), ("还", "迩"), ("款", "欵"), ("律", "侓"),
             ("0", "O"), ("1", "l")]
OCR_NOISE_HEAD = ["4G 57% 14:3", "中国移动 ", "< 返回", "••• ", "▲ ", "5G 88%", "电量 23%"]

VOICE_LINES = [
    "喂你好是{A}吗我这边是{plat}的{B}啊你那个借款已经逾期{n}天了你打算什么时候处理",
    "我跟你说啊{A}你不要以为不接电话就没事了你{kin}{C}的电话我们都有",
    "今天是{d}然后那个{B}又打电话来了他说要去找我爸{D}我爸都七十多了",
    "你现在马上还{m}不然我们下午就去你单位找你们{work}{E}",
    "对对对就是那个{B}他说他手机号是{PV}让我打给他",
    "我这边记一下你的紧急联系人{C}是你什么人啊",
    "嗯那个{F}就是我们楼下的她也接到电话了",
    "你不用跟我说困难不困难{A~}我只问你今天能还多少",
    "我已经跟{G}说过了她是{plat}的客服她说可以停催",
    "你这个情况呢我们法务{H}会跟你联系你留意一下",
    "呃我想问一下就是{B}说的那个{court}的传票是真的吗",
    "上次打电话的那个姓{B~}的不是说可以分期吗",
    "我号码是{PV}你记一下有什么事打给我别打给我{kin}",
    "我们已经核实过了你是在{city}上班对吧你们老板是不是叫{J}",
]
VOICE_HEAD = ["【语音转文字】", "录音转写 {d}\n", "[voice-to-text] ", "通话录音转文字（{A}提供）：", "语音识别结果：", ""]
VOICE_FILL = ["嗯", "那个", "就是", "呃", "对对对", "啊", "然后", "你知道吧", "怎么说呢"]

OTHER_TPLS = [
    "本人名下{bank}卡{CARD}近{n}天被连续扣款{n}次，每次{m}，我并未授权，已联系银行冻结。联系电话{P}，地址{AD}。",
    "补充材料：催收方使用的号码清单\n{P}\n{P2}\n{L}\n以上号码均在{d}至{d}期间呼入，最多一天{n}次。",
    "收件地址：{AD}，电话{P}。材料包括借款合同（合同号{AC}）、还款流水、身份证复印件（{ID}）。",
    "对方微信{WX}、QQ{QQ}、邮箱{EM}，都用来发过威胁信息，截图已保存到U盘。",
    "我的车{PL}停在小区里被贴了“欠债不还”的纸条，{d}拍的照片，车位在{AD}楼下。",
    "{d}{t}，座机{L}打来三次，问我是不是住在{AD}，我说不是，对方说“别装了”。",
    "还款账户信息：{bank}，卡号{CARD}，预留手机{P}，还款编号{AC}。请客服核对后回复我邮箱{EM}。",
    "申请人身份证号：{ID}\n联系电话：{P}\n通讯地址：{AD}\n申请事项：停止催收骚扰，协商个性化分期。",
    "短信来自{P}：“您的借款{AC}已逾期，请于{d}前还款，否则上报征信。”同一天{P2}也发了同样内容。",
    "快递单号可查，寄件人电话{P}，收件地址{AD}，寄来的是所谓“法院文书”，实际是打印的恐吓信。",
]

NONE_TEXTS = [
    "投诉信\n投诉人：本人（姓名见附件）\n被投诉方：某平台及其委托的催收机构\n本人自去年十月起因生意失败无法按期还款，催收人员多次在夜间来电，称要联系我的家人和单位。我已向12378反映，希望监管部门督促平台整改，停止骚扰无关人员。",
    "大舅：群里谁接到催收电话了？\n二姐：我接到了，说是什么法务部的\n妈：别理他们，有事叫他自己处理\n表哥：我已经把号码拉黑了\n群主：大家注意别在群里发身份证照片",
    "民事调解书\n原告：某某消费金融有限公司，住所地重庆市。\n被告：张某某，男，汉族，住四川省凉山彝族自治州。\n经本院主持调解，双方自愿达成协议：被告分十二期偿还借款本金。\n审判员 ×××\n书记员 ×××",
    "【语音转文字】喂你好我这边是平台贷后部门的你那个账单已经逾期了今天能不能先还一部分对对就是最低还款额你看一下APP里面的金额",
    "< 短信\n10690000\n2026/3/8 14:32\n【某平台】尊敬的客户您好，您的账单己逾期，请尽快处理。如有疑问请致电官方客服。回T退订",
    "证据清单\n1. 借款合同复印件一份\n2. 还款流水截图十二张\n3. 通话录音六段（均为夜间来电）\n4. 派出所报警回执一份\n以上材料均可提供原件核对。",
    "今天周末本来想带孩子去白云山爬山，结果一上午接了七个催收电话，对方说马上要上门，我只好把手机调成静音。晚上和老婆商量，决定下周一去法律援助中心问问。",
    "我们楼下新开了一家兰州牛肉面，老板是临夏来的，面拉得很好。说这个是因为催收的人上门那天，就是面馆老板帮我挡在门口，说再闹就报警。",
    "致某银行信用卡中心：本人信用卡因疾病住院逾期三个月，现申请停息挂账，分六十期还款。附住院证明、收入证明及家庭困难说明。望予以批准。",
    "客服：您好，请问有什么可以帮您？\n用户：我想申请延期还款\n客服：请提供您的借款编号和身份证后四位\n用户：我先发给你截图\n客服：好的，已为您登记，工作人员会在三个工作日内联系您",
    "谈话笔录\n问：催收人员是否到过你家？\n答：来过两次，一次是周二晚上，一次是周六上午。\n问：是否有暴力行为？\n答：没有动手，但在门口大声喊我欠钱，邻居都听见了。",
    "WeChat chat history\n客服: hello 请问是本人吗\n我: yes\n客服: 您的账单本月需还款，请留意扣款\n我: ok 我明天转",
    "金星路网点的柜员说，停息挂账要本人带身份证去办，不能代办。我又问了江山区的律师事务所，律师说可以先发函协商，不行再走诉讼程序。",
    "被催收的这些天，我每天凌晨才睡。高峰的时候一天三十多个电话，白天上班根本没法接。后来在公众号上看到反催收的文章，才知道可以向金融监管部门投诉。",
    "你们要是再打电话给我家里人，我就去市场监督管理局和公安局报案。录音我都留着，截图也都备份了。",
    "執行和解協議\n申請執行人：某資產管理公司\n被執行人：王某\n雙方同意分二十四期清償，每期於當月十日前匯入指定帳戶。",
    "聊天信息\n对方：你再不还我们就上门\n我：你们是哪个公司的，报一下全称\n对方：你别管\n我：那我报警了",
    "去年冬天在伊宁市的巴扎买了干果，付款用的就是那张出问题的信用卡。现在银行说这张卡逾期，要我去喀什的营业厅办理，实在太远了。",
    "人民调解协议书\n甲方：借款人（身份信息略）\n乙方：某网络科技有限公司\n调解员：社区调解委员会工作人员\n甲方自下月起每月偿还本金五百元，乙方停止联系甲方亲友。",
    "老王说催收的又给他打电话了，小李也接到了。王经理让我们别慌，说这种情况可以报警，李律师也说对方这么做是违法的。",
    "通话记录\n未接来电 10690000 归属地北京\n呼入 95588 三分钟\n呼出 12378 十二分钟\n未接来电 未知号码",
    "我在延吉的朝鲜族饭店打工，店里的冷面和打糕卖得很好。老板娘知道我欠网贷以后，还借我钱先还了利息高的那一笔。",
    "Evidence log\n1. Screenshot of threatening SMS\n2. Call recordings (six files)\n3. Police report receipt\nAll originals kept on my phone.",
    "谕期通知\n您的帐单已谕期，清尽快还欵，否则将影响个入征信。",
    "录音转写\n那个我们这边是调解中心的你这个案子呢可以申请分期你看每个月能还多少我们帮你跟平台沟通一下",
    "去拉萨出差的时候，在八廓街一家甜茶馆坐了一下午，老板说藏族朋友借钱很少写借条，都是口头约定。回来我就想，网贷平台要是也这么讲人情就好了。",
    "三月份在内蒙古的草原上信号不好，催收电话一个也没接到，回到呼和浩特一开机，几十条短信一起进来，说要上门，说要起诉。",
    "起诉状（样本）\n原告：×××\n被告：×××\n诉讼请求：判令被告停止侵害原告隐私权。\n事实与理由：被告委托的催收人员多次向原告亲友发送原告借款信息。",
    "班主任：各位家长，最近有冒充学校收费的诈骗短信，请大家注意\n家长甲：收到\n家长乙：收到，谢谢老师\n班主任：学校不会通过个人账户收取任何费用",
    "高度重视您的投诉，我们已将情况转交合规部门核实，处理结果将在十五个工作日内通过短信告知。感谢您对我们工作的监督。",
    "石家庄的姑妈打电话来说，催收的人给她打了电话，说我欠了好几万。我跟她解释了半天，她才放心。",
    "白雪皑皑的天山脚下，我在阿勒泰的牧场里帮哈萨克族朋友转场，那几天手机没信号，回到县城才知道平台已经把我列为失联客户。",
    "向阳小区物业通知：近期有人在楼道张贴催债纸条，属违法行为，物业已清理并报派出所备案，请业主注意保护个人信息。",
    "Voice memo transcript: 今天又有人打电话说我欠钱 but I already paid last month 我要去银行打流水",
    "群聊的聊天记录\n妈：你哥的事你们都别管\n爸：说了多少次别借网贷\n妹妹：我帮他问了法律援助\n妈：好",
    "大理的客栈老板跟我说，他以前也被催收过，后来走了个性化分期，每月还一点，三年才还清。他说最重要的是别失联。",
    "那天是发工资那天，钱一到账就被自动扣了，连房租都不够。打客服电话排了四十分钟的队，最后说要提交材料审核。",
    "证人证言\n我是借款人的邻居，身份信息另附。某日晚上九点左右，两名男子在借款人家门口大声喊叫，称其欠钱不还，持续约二十分钟，后被物业劝离。",
    "转写：嗯对我是本人我知道逾期了我不是不还我现在在医院陪我妈你们能不能过两个月再说",
    "黎明时分又被电话吵醒，对方说已经到了楼下。我从窗户往下看，什么人也没有。后来才知道这是他们的惯用话术。",
]

GROUPS = ["complaint", "evidence", "threat", "chat", "court", "ocr", "voice", "other"]


# ----------------------------------------------------------------------------
# Record builders
# ----------------------------------------------------------------------------
def build_complaint(ctx):
    rng = ctx.rng
    parts = [rng.choice(COMPLAINT_OPEN)]
    body = rng.sample(COMPLAINT_BODY, rng.randint(3, 5))
    parts.extend(body)
    parts.append(rng.choice(COMPLAINT_CLOSE))
    sep = "" if rng.random() < 0.6 else "\n"
    tpl = parts[0] + ("\n" if not parts[0].endswith("\n") else "") + sep.join(parts[1:]) + rng.choice(COMPLAINT_SIGN)
    return fill(ctx, tpl)


def build_evidence(ctx):
    rng = ctx.rng
    items = rng.sample(EVID_ITEM, rng.randint(3, 6))
    lines = []
    for i, it in enumerate(items):
        lines.append(it.replace("{i}", str(i + 1)))
    tpl = rng.choice(EVID_HEAD) + "\n".join(lines) + rng.choice(EVID_TAIL)
    return fill(ctx, tpl)


def build_threat(ctx):
    rng = ctx.rng
    tpl = rng.choice(THREAT_OPEN) + "".join(rng.sample(THREAT_BODY, rng.randint(2, 4))) + rng.choice(
        ["", "\n", " "]) + rng.choice(THREAT_CLOSE)
    return fill(ctx, tpl)


def build_chat(ctx):
    rng = ctx.rng
    fmt = rng.randint(0, 3)
    speakers = ["{A}", "{C}", "{D}", "{E}"] + [rng.choice(CHAT_KIN_LABELS)]
    lines = [rng.choice(CHAT_HEAD)]
    n = rng.randint(4, 8)
    day = "2026-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
    h = rng.randint(8, 21)
    mi = rng.randint(0, 40)
    for _ in range(n):
        sp = rng.choice(speakers)
        mi += rng.randint(0, 9)
        ts = "%02d:%02d" % (h + mi // 60, mi % 60)
        if rng.random() < 0.12:
            s = rng.choice(CHAT_SYS).replace("{X}", rng.choice(speakers[:4])).replace("{Y}", rng.choice(["{F}", "{G}", "{B}"]))
            lines.append(s)
            continue
        msg = rng.choice(CHAT_MSG)
        if sp == "{A}" and "{A" in msg:
            sp = rng.choice(speakers[1:])
        if sp != "{A}" and sp[1:2] in "CDE" and ("{" + sp[1:2]) in msg:
            sp = speakers[-1]
        if fmt == 0:
            lines.append("%s %s %s:%02d\n%s" % (sp, day, ts, rng.randint(0, 59), msg))
        elif fmt == 1:
            lines.append("[%s] %s: %s" % (ts, sp, msg))
        elif fmt == 2:
            lines.append("%s（%s）：%s" % (sp, ts, msg))
        else:
            lines.append("%s %s\n%s" % (ts, sp, msg))
    return fill(ctx, "\n".join(lines))


def build_court(ctx):
    return fill(ctx, ctx.rng.choice(COURT_DOCS))


def build_ocr(ctx):
    rng = ctx.rng
    segs = fill(ctx, rng.choice(OCR_BASES))
    out = []
    if rng.random() < 0.6:
        out.append((rng.choice(OCR_NOISE_HEAD) + "\n", None))
    for s, k in segs:
        if k is None:
            chars = []
            run = 0
            for ch in s:
                for a, b in LOOKALIKE:
                    if ch == a and rng.random() < 0.3:
                        ch = b
                        break
                chars.append(ch)
                run += 1
                if ch != "\n" and run > 6 and rng.random() < 0.07:
                    chars.append(rng.choice(["\n", "\n", " ", "丨"]))
                    run = 0
                if ch == "\n":
                    run = 0
            out.append(("".join(chars), None))
        else:
            out.append((s, k))
    return out


def build_voice(ctx):
    rng = ctx.rng
    lines = rng.sample(VOICE_LINES, rng.randint(3, 5))
    body = ""
    for ln in lines:
        body += ln
        if rng.random() < 0.6:
            body += rng.choice(VOICE_FILL)
        body += rng.choice(["", " ", ""])
    tpl = rng.choice(VOICE_HEAD) + body
    return fill(ctx, tpl)


def build_other(ctx):
    return fill(ctx, ctx.rng.choice(OTHER_TPLS))


BUILDERS = {"complaint": build_complaint, "evidence": build_evidence, "threat": build_threat, "chat": build_chat,
            "court": build_court, "ocr": build_ocr, "voice": build_voice, "other": build_other}

# ----------------------------------------------------------------------------
# Dedupe material
# ----------------------------------------------------------------------------
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s)


def load_others():
    texts = []
    lines = []
    nfiles = 0
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or fn.startswith("scrub_tune31"):
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.strip()
                    if ln:
                        try:
                            texts.append(norm(json.loads(ln).get("text", "")))
                        except ValueError:
                            pass
        elif fn.endswith(".txt") and "preserve" in fn:
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.rstrip("\n")
                    if ln.strip():
                        lines.append(norm(ln))
    text_d = dict.fromkeys(texts)
    line_d = dict.fromkeys(lines)
    return nfiles, text_d, line_d


NFILES, OTHER_TEXTS, OTHER_LINES = load_others()
OTHER_LINE_BLOB = "\x00".join(OTHER_LINES.keys()).casefold()

STATS = {"rej_used": 0, "rej_static": 0, "rej_prev": 0, "rej_otherpres": 0, "rec_regen": 0, "rec_dup_other": 0,
         "none_dropped": 0, "pres_dup_other": 0, "pres_has_value": 0, "pres_self_dup": 0}

USED = []          # used name values (normalised, casefolded)
USED_D = {}
PREV_BLOB = [""]   # all accepted record texts


def static_blob():
    parts = []
    for L in (COMPLAINT_OPEN, COMPLAINT_BODY, COMPLAINT_CLOSE, COMPLAINT_SIGN, EVID_HEAD, EVID_ITEM, EVID_TAIL,
              THREAT_OPEN, THREAT_BODY, THREAT_CLOSE, CHAT_HEAD, CHAT_MSG, CHAT_SYS, CHAT_KIN_LABELS, OCR_BASES,
              OCR_NOISE_HEAD, VOICE_LINES, VOICE_HEAD, VOICE_FILL, OTHER_TPLS, PLATS, BANKS, CITIES,
              COURTS, COMPANIES, LAWFIRMS, KIN, WORK, NEIGH, REASONS, ESTATES, [c[2] for c in VILLAGES],
              [c[0] + c[1] for c in VILLAGES], [r for p in PROV_CITY for r in p[2]], [p[0] + p[1] for p in PROV_CITY],
              COURT_DOCS, EM_LOCAL, [x[0] for x in LOOKALIKE], [x[1] for x in LOOKALIKE]):
        parts.extend(L)
    return "\x00".join(PH_RE.sub("\x00", p) for p in parts).casefold()


STATIC = static_blob()


def new_name(rng, kinds=None):
    ks = [k for k, _ in KIND_W]
    ws = [w for _, w in KIND_W]
    for _ in range(2000):
        kind = kinds if kinds else pick_w(rng, ks, ws)
        if kind == "han" and rng.random() < 0.06:
            kind = "trad"
        n = draw_name_raw(rng, kind)
        key = norm(n.full).casefold()
        if key in USED_D or any((key in u or u in key) for u in USED):
            STATS["rej_used"] += 1
            continue
        if key in STATIC:
            STATS["rej_static"] += 1
            continue
        if key in PREV_BLOB[0]:
            STATS["rej_prev"] += 1
            continue
        if kind != "word" and key in OTHER_LINE_BLOB:
            STATS["rej_otherpres"] += 1
            continue
        USED.append(key)
        USED_D[key] = n.kind
        KIND_OF[n.full] = n.kind
        return n
    raise RuntimeError("name pool exhausted")


KIND_OF = {}


def check_record(text, pii):
    """Every occurrence of every used name (whitespace kept) must be inside a labelled span;
    values must not partially overlap each other."""
    spans = []
    for kind, v in pii:
        i = text.find(v)
        while i >= 0:
            spans.append((i, i + len(v), v))
            i = text.find(v, i + 1)
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a[0] < b[1] and b[0] < a[1] and not (a[0] == b[0] and a[1] == b[1]):
                return False
    low = text.casefold()
    labelled = [(s, e) for s, e, _ in spans]
    for full in KIND_OF:
        k = full.casefold()
        i = low.find(k)
        while i >= 0:
            if (i, i + len(k)) not in labelled:
                return False
            i = low.find(k, i + 1)
    return True


def make_record(group, rng):
    for _ in range(50):
        ctx = Ctx(rng)
        segs = BUILDERS[group](ctx)
        text = "".join(s for s, _ in segs)
        pii = []
        seen = {}
        for s, k in segs:
            if k and (k, s) not in seen:
                seen[(k, s)] = 1
                pii.append((k, s))
        pii.sort(key=lambda kv: text.find(kv[1]))
        if not check_record(text, pii):
            STATS["rec_regen"] += 1
            continue
        if norm(text) in OTHER_TEXTS:
            STATS["rec_dup_other"] += 1
            continue
        return text, pii
    raise RuntimeError("could not build record")


def sender_for(rng, group):
    r = rng.random()
    if group in ("threat", "ocr") and r < 0.35:
        return rng.choice(["1069", "106980", "10690"]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 9)))
    if group == "threat" and r < 0.5:
        return mobile_digits(rng)
    if group == "other" and r < 0.2:
        return rng.choice(["95588", "95533", "95555", "95566"])
    return None


def main():
    rng = R
    order = []
    for g in GROUPS:
        order.extend([g] * N_TARGET[g])
    rng.shuffle(order)
    recs = []
    groups_of = []
    texts_seen = {}
    for g in order:
        while True:
            text, pii = make_record(g, rng)
            if norm(text) not in texts_seen:
                break
        texts_seen[norm(text)] = 1
        PREV_BLOB[0] += "\x00" + text.casefold() + "\x00" + norm(text).casefold()
        recs.append((text, sender_for(rng, g), pii))
        groups_of.append(g)
    # none texts
    nones = []
    for t in NONE_TEXTS:
        if norm(t) in OTHER_TEXTS or norm(t) in texts_seen:
            STATS["none_dropped"] += 1
            continue
        ok = True
        low = t.casefold()
        for full in KIND_OF:
            if KIND_OF[full] != "word" and full.casefold() in low:
                ok = False
        if not ok:
            STATS["none_dropped"] += 1
            continue
        texts_seen[norm(t)] = 1
        nones.append(t)
    # insert none records at deterministic random positions
    for t in nones:
        pos = rng.randint(0, len(recs))
        recs.insert(pos, (t, None, []))
        groups_of.insert(pos, "none")
    # final global check
    allvals = [v for _, _, p in recs for k, v in p]
    for text, _, pii in recs:
        if not pii:
            continue  # none texts: checked above (word-names exempt, see SCRUB_TUNE31.md)
        assert check_record(text, pii), text
        last = -1
        for k, v in pii:
            i = text.find(v)
            assert i >= 0 and i > last
            last = i
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune31.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (text, snd, pii) in enumerate(recs):
            f.write(json.dumps({"id": "t31-%04d" % (i + 1), "text": text, "sender": snd,
                                "pii": [{"kind": k, "value": v} for k, v in pii]}, ensure_ascii=False) + "\n")
    return recs, groups_of


# ----------------------------------------------------------------------------
# Preserve lines (no personal data)
# ----------------------------------------------------------------------------
P_PLACES = ["张家界", "马鞍山", "石家庄", "周口", "高邮", "金华", "丽江", "白城", "安庆", "文山", "红河", "延吉", "和田",
            "伊宁", "海拉尔", "锡林浩特", "那曲", "西双版纳", "楚雄", "凉山", "德宏", "临夏", "百色", "龙井", "珲春",
            "阿勒泰", "喀什", "吐鲁番", "日喀则", "林芝", "香格里拉", "黄山", "岳阳", "常德", "韶关", "钟祥", "宋庄",
            "杨柳青", "潘家园", "孙家湾", "赵县", "许昌", "邢台", "秦皇岛", "曲靖", "武威", "昭通", "景洪", "芒市",
            "西昌", "库尔勒", "塔城", "赤峰", "通辽", "鄂尔多斯", "松潘", "靖西", "凭祥", "循化", "夏河"]
P_INST = ["人民法院", "中级人民法院", "公安局", "派出所", "法律援助中心", "市场监督管理局", "人民调解委员会",
          "金融监管分局", "消费者协会", "信访局", "社区居委会", "司法所", "人民医院", "中医院", "汽车站", "火车站",
          "农商银行营业部", "邮政储蓄银行支行", "职业技术学院", "图书馆", "政务服务中心", "税务局"]
P_BRANDS = ["李宁", "周大福", "张小泉", "王老吉", "老干妈", "海底捞", "全聚德", "狗不理", "陈李济", "胡庆余堂", "张一元",
            "王致和", "鲍师傅", "蜜雪冰城", "沙县小吃", "兰州拉面", "杨国福麻辣烫", "张亮麻辣烫", "老乡鸡", "喜茶",
            "小米之家", "华为体验店", "格力专卖店", "蒙牛", "伊利", "娃哈哈", "云南白药", "同仁堂", "马应龙", "六必居",
            "吴裕泰", "稻香村", "谭木匠", "钱大妈", "朱记肠粉", "黄记煌", "曾记麻糬", "周黑鸭", "绝味鸭脖", "马记永",
            "农夫山泉", "白象方便面", "金龙鱼", "洪湖莲藕", "安踏", "苏泊尔"]
P_STREETS = ["中山路", "解放路", "人民路", "南京路", "长安街", "建设路", "和平街", "胜利路", "民族路", "团结路", "文化路",
             "黄河路", "长江路", "延安路", "北京路", "淮海路", "王府井大街", "宋庆龄故居附近", "岳麓大道", "朱雀大街",
             "光明巷", "步行街", "商业街", "夜市街", "滨江路", "新华街", "友谊路"]
P_DISHES = ["宫保鸡丁", "麻婆豆腐", "东坡肉", "大盘鸡", "手抓饭", "石锅拌饭", "延吉冷面", "过桥米线", "酥油茶", "烤全羊",
            "手把肉", "螺蛳粉", "老友粉", "辣子鸡", "宋嫂鱼羹", "叫花鸡", "文思豆腐", "夫妻肺片", "李鸿章杂烩",
            "西湖醋鱼", "羊肉泡馍", "饺子", "汤圆", "打糕", "奶茶", "馕", "烤包子", "拉条子", "牛肉面", "糌粑",
            "坨坨肉", "菠萝饭", "五色糯米饭", "酸汤鱼", "油泼面", "蒙古包子", "黄焖鸡米饭", "担担面", "白斩鸡",
            "东北乱炖", "锅包肉", "王家沙点心", "德州扒鸡", "马家烧麦"]
P_IDIOMS = ["高山流水", "画蛇添足", "亡羊补牢", "一诺千金", "塞翁失马，焉知非福", "卧薪尝胆", "破釜沉舟", "车水马龙",
            "杯弓蛇影", "守株待兔", "狐假虎威", "胡思乱想", "马到成功", "金玉良言", "白手起家", "高枕无忧", "安居乐业",
            "有借有还，再借不难", "欠债还钱，天经地义", "千里之行，始于足下", "雪中送炭", "同舟共济", "知足常乐",
            "度日如年", "如坐针毡", "病急乱投医", "拆东墙补西墙", "一失足成千古恨"]
P_HIST = ["诸葛亮草船借箭", "岳飞精忠报国", "包拯铁面无私", "李白斗酒诗百篇", "苏轼被贬黄州", "文成公主进藏",
          "成吉思汗统一蒙古各部", "王昭君出塞", "郑和下西洋", "张骞出使西域", "孔融让梨", "曹操煮酒论英雄",
          "关羽过五关斩六将", "林则徐虎门销烟", "花木兰替父从军", "阿凡提智斗巴依老爷", "格萨尔王的史诗",
          "松赞干布迎娶文成公主", "孙悟空大闹天宫", "杜甫草堂", "鲁迅先生写《孔乙己》", "范仲淹先天下之忧而忧",
          "韩信受胯下之辱", "刘三姐对山歌", "阿诗玛的传说", "海瑞罢官", "商鞅变法", "司马迁写《史记》"]
P_SURWORDS = ["黄金", "白天", "高兴", "马上", "周末", "余额", "金额", "钱包", "江湖", "石头", "许多", "方便", "常常", "何必",
              "于是", "万一", "向来", "程序", "严格", "欧洲", "毛病", "田地", "林业", "安全", "宋体", "韩剧", "关心",
              "温暖", "童年", "祝福", "管理", "任务", "曾经", "郑重", "陈述", "贺卡", "龙头", "熊猫", "牛奶", "杨梅",
              "朱砂", "苏醒", "沈阳", "邓家菜", "武术", "戴口罩", "孟夏", "秦腔", "毕业", "雷雨", "谢谢", "康复"]
P_SWC = ["周末再去一趟", "余额只剩几十块", "马上就要开学了", "怎么也高兴不起来", "常常半夜惊醒", "何必跟他们吵",
         "于是我报了警", "万一他们真上门呢", "许多人都遇到过", "方便的时候再回电话", "黄金首饰早就当掉了",
         "心里的石头总算落了地", "程序上没有问题", "一切严格按合同来", "老毛病又犯了", "安全第一", "曾经也风光过",
         "郑重声明不再借新还旧", "如实陈述了经过", "管理费另算", "任务总算完成了", "想起了童年的味道",
         "心里一阵温暖", "牛奶又涨价了", "杨梅熟了也没心思摘", "雷雨天信号不好", "谢谢大家的帮忙", "妈妈康复出院了",
         "白天上班晚上摆摊", "金额和合同对不上", "钱包里只剩一张公交卡", "向来不爱麻烦别人", "江湖救急的事不能再做",
         "田地里的活也不能落下", "韩剧也没心思看了", "欧洲杯也顾不上看", "关心我的人还是多", "毕业三年还在还助学贷款",
         "宋体小四号打印了三份", "龙头企业也在裁员", "孟夏时节雨水多", "秦腔戏班下乡演出", "武术班的学费还没交",
         "戴口罩去银行排队", "沈阳的表姐打来电话问候", "熊猫基地的门票退了", "朱砂痣一样记在心里", "苏醒过来已经是下午"]
P_ROLES = ["客服", "工作人员", "班主任", "对方", "我", "群主", "物业", "大舅", "二姐", "妈", "法务", "调解员", "律师助理",
           "社区网格员", "民警", "老板娘", "房东"]
P_CHATMSG = ["明天我去{place}的{inst}问一下", "周末在{street}的{brand}门口碰头", "晚上吃{dish}吧，我请客",
             "{brand}今天打折，顺便帮我带一瓶", "孩子在学{hist}的课文", "{idiom}，别太着急", "收到，{swc}",
             "{place}那边下雪了，路不好走", "调解定在{minst}三楼", "我把材料放{street}那家{brand}前台了",
             "ok，{place}的车票买好了", "已经在{inst}排上号了"]
P_ACTS = ["提交书面材料", "填写投诉登记表", "预约窗口", "拿号排队", "补交证明", "做笔录", "签调解意向书", "等短信通知"]
P_FRAMES = [
    "{d}我去了{place}{inst}，工作人员说这种情况要先{act}，再等几个工作日。",
    "投诉材料已经寄到{place}{inst}，回来路上在{street}的{brand}买了点东西，心里踏实了一些。",
    "今天在{street}那家{brand}吃了{dish}，{idiom}，欠的钱总要一点点还。",
    "孩子今天学了{hist}的故事，我跟他讲{idiom}的道理，心里却想着下个月的还款。",
    "本院认为，催收行为应当限于合理范围，不得向债务人以外的第三人披露债务信息，本案调解地点设在{place}{minst}。",
    "根据《中华人民共和国民法典》的规定，借款人应当按照约定期限返还借款，但出借人不得以暴力、威胁等非法手段催收。",
    "{role}：{chatmsg}",
    "{role}：{chatmsg}\n".rstrip("\n"),
    "{role}（{t}）：{chatmsg}",
    "[{t}] {role}: {chatmsg}",
    "日记：{d}，{swc}，想想{idiom}，明天还得去{place}{inst}。",
    "我在{place}打工的时候，常去{street}吃{dish}，那时候还没有借网贷，日子虽然紧，{swc}。",
    "{place}{minst}的调解员建议双方各退一步，平台减免部分违约金，借款人按月还款。",
    "证据目录第{n}项：{place}{hinst}出具的情况说明一份，证明借款人确因疾病无法按期还款。",
    "被催收那段时间，我连{street}的{brand}都不敢去，怕碰见熟人问东问西。",
    "老家{place}的{dish}最正宗，过年回去一定要吃一碗，可今年欠着钱，{swc}。",
    "听说{place}{inst}开通了网上预约，不用再跑{street}排队了。",
    "{hist}，说的是{idiom}的道理，{swc}。",
    "关于{place}{brand}门店被冒用名义催收的情况说明：该门店与任何借贷平台无关，请市民提高警惕。",
    "语音转文字 今天去{place}{inst}问了他们说可以先{act}然后等通知{swc}",
    "OCR识别：{place}{inst}\n办事指南\n请携带身份证原件".replace("\n", " "),
    "我们在{place}的{street}开了一家小店，卖{dish}，生意一般，还贷压力很大。",
    "{d}{t}，{place}下了一场大雨，我在{brand}门口躲雨，又接到一个陌生号码，没接。",
    "起诉状中所列{place}{cinst}的管辖依据为合同约定，借款人对管辖权未提出异议。",
    "The mediation will be held at {place} {inst}, please bring your loan contract. 调解会在{place}{inst}进行。",
    "聽說{place}的{dish}很好吃，等我把欠款還清了，一定要去{street}走走。",
    "群公告：{place}{inst}提醒，凡自称“法务部”“律师团队”上门催收的，可拨打110报警。",
    "判决书载明：{place}{cinst}受理后依法适用简易程序，公开开庭进行了审理。",
    "我们村在{place}，{swc}，种的是做{dish}要用的配菜，收入不稳定，所以才借了钱。",
    "{surword}这两个字在短信里出现了好几次，我查了一下，只是普通用语，不是什么暗号。",
    "催收短信里说“{swc}”，我看了半天也不明白是什么意思。",
    "{role}：{swc}",
    "朋友圈：{idiom}。今天在{place}吃到了{dish}，{swc}。",
]


def build_preserve(recs):
    rng = random.Random(SEED + 1)
    vals = []
    for _, _, pii in recs:
        for k, v in pii:
            if k == "name" and KIND_OF.get(v) == "word":
                continue
            vals.append(norm(v).casefold())
    vals = list(dict.fromkeys(vals))
    kept = []
    kept_d = {}
    tries = 0
    while len(kept) < PRESERVE_TARGET:
        tries += 1
        if tries > 200000:
            raise RuntimeError("preserve pool too small")
        nclause = pick_w(rng, [1, 2], [6, 4])
        parts = []
        for _ in range(nclause):
            fr = rng.choice(P_FRAMES)
            sub = {
                "place": rng.choice(P_PLACES), "inst": rng.choice(P_INST), "brand": rng.choice(P_BRANDS),
                "street": rng.choice(P_STREETS), "dish": rng.choice(P_DISHES), "idiom": rng.choice(P_IDIOMS),
                "hist": rng.choice(P_HIST), "surword": rng.choice(P_SURWORDS), "cinst": rng.choice(["人民法院", "中级人民法院", "铁路运输法院"]),
                "minst": rng.choice(["人民调解委员会", "司法所", "社区居委会", "人民法院诉调对接中心", "法律援助中心"]),
                "hinst": rng.choice(["人民医院", "中医院", "妇幼保健院", "第二人民医院"]), "swc": rng.choice(P_SWC), "role": rng.choice(P_ROLES),
                "act": rng.choice(P_ACTS), "d": date_str(rng), "t": time_str(rng), "n": str(rng.randint(1, 12)),
            }
            sub["chatmsg"] = rng.choice(P_CHATMSG)
            line = fr
            for _ in range(2):
                for k in ("chatmsg", "swc", "cinst", "minst", "hinst", "place", "inst", "brand", "street", "dish", "idiom", "hist", "surword", "role",
                          "act", "d", "t", "n"):
                    line = line.replace("{" + k + "}", sub[k])
            parts.append(line)
        line = "".join(parts) if nclause == 1 or rng.random() < 0.7 else " ".join(parts)
        line = line.replace("\n", " ")
        key = norm(line)
        if not key or key in kept_d:
            STATS["pres_self_dup"] += 1
            continue
        if key in OTHER_LINES or key in OTHER_TEXTS:
            STATS["pres_dup_other"] += 1
            kept_d[key] = 0
            continue
        low = key.casefold()
        bad = False
        for v in vals:
            if v in low:
                bad = True
                break
        if bad:
            STATS["pres_has_value"] += 1
            kept_d[key] = 0
            continue
        kept_d[key] = 1
        kept.append(line)
    rng.shuffle(kept)
    return kept


def run():
    recs, groups_of = main()
    pres = build_preserve(recs)
    with open(os.path.join(OUT_DIR, "scrub_tune31_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in pres:
            f.write(ln + "\n")
    # counts only
    kinds = {}
    for _, _, pii in recs:
        for k, _ in pii:
            kinds[k] = kinds.get(k, 0) + 1
    print("dedupe files:", NFILES, "other texts:", len(OTHER_TEXTS), "other preserve lines:", len(OTHER_LINES))
    print("records:", len(recs), "preserve:", len(pres))
    print("items:", json.dumps(kinds, ensure_ascii=False, sort_keys=True))
    print("stats:", json.dumps(STATS, sort_keys=True))
    if os.environ.get("TUNE31_SUMMARY") == "1":
        summ = {"groups": {}, "name_kinds": {}}
        for g, (text, snd, pii) in zip(groups_of, recs):
            d = summ["groups"].setdefault(g, {"records": 0})
            d["records"] += 1
            for k, v in pii:
                d[k] = d.get(k, 0) + 1
                if k == "name":
                    nk = KIND_OF.get(v, "?")
                    summ["name_kinds"][nk] = summ["name_kinds"].get(nk, 0) + 1
        with open(os.path.join(OUT_DIR, "summary31.json"), "w", encoding="utf-8") as f:
            json.dump(summ, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    run()
