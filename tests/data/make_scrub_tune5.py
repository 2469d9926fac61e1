"""Scrubber tuning corpora, sixth writer: what the site really stores.

Writes, next to this file:
  scrub_tune5.jsonl           500 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune5_preserve.txt    about 1,200 ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3.md, SCRUB_TUNE4.md
and the module docstring of make_scrub_tune4.py).  Templates, name lists and
word lists are this writer's own.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune5.py
Standard library only (own name lists, no Faker).  Deterministic: fixed SEED,
one random.Random.

Focus: the texts the site stores.
  wizard  free-text answers typed into the wizard boxes (发生了什么 /
          对方说了什么 / 我已经做了什么): run-on sentences, missing or wrong
          punctuation, typos, voice-input style with spoken numbers
          (一三八…, 幺, 两), mixed simplified/traditional, dialect words;
  log     evidence-log lines: date, time, caller number, what was said, who
          was contacted (family, colleagues, employers, village cadres),
          amounts;
  sms     pasted SMS with a sender line and junk (发件人：106…, 【…】,
          回T退订), collectors signing with names and 工号;
  addr    addresses written the way people write them (村/组/屯/队, 小区 +
          栋/单元/室, 路 + 号, spaces, dashes, Chinese numerals) and
          workplaces (厂, 公司, 学校 + 班级) with the people there.
Names: common Han names, compound and rare surnames (肖, 付, 闫, 覃, 禤, 仉 …),
minority names with and without the middle dot, names that are ordinary
words in clear person contexts, nicknames next to the full name.

The texts are deduplicated against the other scrub_*.jsonl texts and
scrub_*_preserve.txt lines (exact match after removing whitespace).  The
dedupe only filters; it never prints anything from those files, only counts.
"""

import glob
import hashlib
import json
import os
import re
import random
import sys
from collections import Counter

SEED = 20270104
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune5.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune5_preserve.txt")

N_RECORDS = 500
N_PRESERVE = 1200
PLAN = {  # (style, class) -> records
    ("wizard", "name"): 170, ("wizard", "pii"): 30, ("wizard", "none"): 25,
    ("log", "name"): 75, ("log", "pii"): 15, ("log", "none"): 8,
    ("sms", "name"): 75, ("sms", "pii"): 15, ("sms", "none"): 12,
    ("addr", "name"): 55, ("addr", "pii"): 15, ("addr", "none"): 5,
}


def nows(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- names ----

COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
    "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊"
    "秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
# rough frequency: the first ten surnames weigh most
COMMON_W = [12, 12, 11, 10, 8, 5, 4, 4, 4, 4] + [2] * 30 + [1] * (len(COMMON_SUR) - 40)
FOCUS_SUR = ["肖", "付", "闫", "覃", "禤", "仉"]
RARE_SUR = list("禤仉亓訾笪乜逄郗冼佘阚缑昝甯邝隗蒯谯庹仝揭靳鄢晁佴邸展郜芮缪眭厍蔺栾綦宓")
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "夏侯",
                "尉迟", "司徒", "端木", "宇文", "长孙", "南宫", "呼延", "独孤", "轩辕",
                "钟离", "万俟", "百里", "慕容"]

GIVEN = {
    "mo": ["建国", "建军", "国强", "德福", "福生", "长林", "志刚", "卫东", "红军", "永福",
           "德明", "金贵", "树林", "玉林", "振华", "保国", "富贵", "长顺", "春生", "满仓",
           "有才", "德胜", "福全", "守业", "根生", "来顺", "文礼", "广才", "占山", "继红"],
    "fo": ["秀英", "桂芳", "玉兰", "秀兰", "凤英", "淑珍", "翠花", "桂兰", "春梅", "秀珍",
           "素芬", "桂英", "凤兰", "玉珍", "淑芬", "金凤", "秀梅", "兰英", "彩霞", "月娥",
           "巧云", "冬梅", "银花", "桂香", "玉梅", "凤琴", "素华", "翠英"],
    "m": ["伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "鹏", "辉", "海涛", "志强",
          "建华", "晓东", "文斌", "俊杰", "永刚", "国栋", "立新", "红兵", "宏伟", "晓峰",
          "德华", "亮", "浩", "波", "新民", "云龙", "海波", "学军", "东升", "春雷", "小龙",
          "大伟", "建平", "志勇", "少华", "庆林", "冬生", "卫国", "兴旺", "金龙", "治国"],
    "f": ["丽", "娟", "敏", "静", "艳", "芳", "燕", "丽娟", "晓燕", "海燕", "婷婷", "雪梅",
          "丽华", "春燕", "慧", "红梅", "晓丽", "美玲", "秀云", "小红", "丽萍", "晓红",
          "艳红", "月梅", "文娟", "亚楠", "晓敏", "翠萍", "金花", "红霞", "玉洁", "小芳",
          "丹丹", "莉莉", "晓梅", "淑华"],
    "my": ["子豪", "浩然", "宇轩", "俊熙", "梓轩", "博文", "天佑", "明轩", "浩宇", "子轩",
           "一鸣", "嘉豪", "奕辰", "皓轩", "思远", "锦程", "睿泽", "宇航", "俊豪", "晨阳"],
    "fy": ["欣怡", "诗涵", "雨桐", "思彤", "可馨", "嘉怡", "佳琪", "子涵", "语嫣", "梦瑶",
           "雨萱", "一诺", "若曦", "紫萱", "欣妍", "诗琪", "梓萌", "心怡", "艺涵", "沐晴"],
}

TRAD_SUR = list("陳黃劉張楊趙吳鄭許謝蕭葉蘇羅鄧馮盧蔣林王李周徐孫何高胡郭馬梁宋唐韓曹彭曾蔡潘袁董程鍾賴簡游詹")
TRAD_GIVEN = {
    "m": ["建國", "志強", "國華", "俊傑", "偉", "強", "軍", "明輝", "家豪", "文傑", "海濤",
          "志明", "冠宇", "承恩", "德福", "偉倫", "嘉豪", "子軒", "國棟", "耀華"],
    "f": ["秀蘭", "麗華", "美玲", "淑芬", "雅婷", "麗", "娟", "芳", "嘉欣", "曉燕", "怡君",
          "淑惠", "宜蓁", "佩珊", "鳳英", "桂蘭", "詩涵", "慧敏", "婉婷", "玉鳳"],
}

UYG = {
    "m": ["阿卜杜拉", "艾买提", "买买提", "吐尔逊", "努尔", "艾力", "亚森", "麦麦提", "依明",
          "阿迪力", "穆萨", "玉苏普", "沙吾提", "阿力木", "排尔哈提", "努尔兰", "叶尔兰",
          "热合木江", "库尔班", "艾尼瓦尔"],
    "f": ["阿依古丽", "古丽娜尔", "热依拉", "迪丽娜尔", "帕提古丽", "米热班", "再努尔",
          "热娜", "如克亚", "阿依努尔", "古丽巴哈尔", "努尔比亚", "阿娜尔", "祖丽皮亚"],
    "father": ["艾买提", "吐尔逊", "买买提", "阿不都", "热合曼", "玉素甫", "卡德尔", "司马义",
               "依明", "肉孜", "托合提", "喀迪尔", "色买提", "斯迪克", "哈力木", "别克"],
}
TIBETAN = {"m": ["扎西顿珠", "达瓦次仁", "洛桑丹增", "尼玛次仁", "索朗多吉", "拉巴次仁",
                 "旺堆", "平措多吉", "贡布", "强巴"],
           "f": ["次仁卓玛", "格桑旺姆", "央金拉姆", "旦增曲珍", "德吉央宗", "白玛央金",
                 "卓嘎", "拉姆措"]}
MONGOL = {"m": ["巴特尔", "那日苏", "苏和", "额尔敦", "宝音", "阿拉坦仓", "朝鲁",
                "孟和巴雅尔", "巴图", "哈斯朝鲁"],
          "f": ["乌云其木格", "其其格", "图雅", "萨仁", "斯琴", "娜仁花", "高娃"]}
YI = {"m": [("阿苏", "木呷"), ("海来", "拉格"), ("吉伍", "日火"), ("沙马", "伍各"), ("吉克", "石日")],
      "f": [("吉克", "阿依"), ("曲比", "阿果"), ("阿尔", "么木"), ("海来", "阿支")]}
ZHUANG_SUR = ["韦", "覃", "蒙", "农", "莫", "陆", "黄", "梁", "蓝", "卢"]
ZHUANG_GIVEN = {"m": ["达福", "特良", "汉元", "金秀", "德才", "日升"],
                "f": ["美兰", "秀凤", "金妹", "春花", "月娇", "桂花"]}
HUI = {"m": ["马有福", "马哈三", "纳国清", "者伊布", "马努哈", "丁尔撒"],
       "f": ["马阿西", "纳麦燕", "马法图麦", "丁海麦"]}

# names that are also ordinary words; used only where a reader sees a person
WORD_NAMES = {
    "m": ["江山", "海洋", "高峰", "向阳", "方圆", "常青", "石磊", "金星", "林海", "江河",
          "马力", "高明", "刘海", "龙飞", "万里", "秦川", "江南", "华夏", "钱进", "严肃",
          "单纯", "田野", "关山", "齐心", "钟声", "雷霆", "包容"],
    "f": ["白雪", "安然", "夏天", "文静", "杜鹃", "金花", "温柔", "童话", "甘甜", "冷静",
          "蓝天", "高雅", "丁香", "柳絮", "梅花", "宁静", "夏雨", "秋月", "叶青", "谷雨",
          "田园", "柏林", "程序"],
}
# 程序 is deliberately in the list and will be rejected by the preserve check;
# kept so the run shows the rejection works (it is counted, never used).

NAME_STATS = Counter()


class NameBank:
    def __init__(self, forbid_blob):
        self.forbid = forbid_blob  # list of strings (templates, fillers, preserve)
        self.used = []
        self.used_set = set()
        self.texts = []  # accepted record texts
        self.rejected = 0
        self.meta = {}
        self.blob = "\n".join(nows(s) for s in self.forbid)

    def ok(self, name):
        k = nows(name)
        if k in self.used_set:
            return False
        if k in self.blob:
            return False
        for t in self.texts:
            if k in t:
                return False
        for u in self.used:
            if k in u or u in k:
                return False
        return True

    def accept_text(self, text):
        self.texts.append(nows(text))

    def draw(self, cat):
        for _ in range(400):
            meta = make_name(cat)
            if self.ok(meta["name"]):
                k = nows(meta["name"])
                self.used.append(k)
                self.used_set.add(k)
                self.meta[meta["name"]] = meta
                return meta
            self.rejected += 1
        raise RuntimeError("cannot draw name for " + cat)


def _han(sur, sex, age, kind):
    pool = GIVEN[{"o": sex + "o", "y": sex + "y", "m": sex}[age]]
    g = R.choice(pool)
    return {"name": sur + g, "sur": sur, "given": g, "sex": sex, "kind": kind}


def make_name(cat):
    """cat: m f x mo fo my fy (age/sex), tm tf tx (traditional)."""
    if cat == "u":
        for _ in range(50):
            meta = make_minority(R.choice("mf"))
            if meta["kind"].startswith("uyghur"):
                return meta
    if cat.startswith("t"):
        sex = cat[1] if cat[1] in "mf" else R.choice("mf")
        s = R.choice(TRAD_SUR)
        g = R.choice(TRAD_GIVEN[sex])
        return {"name": s + g, "sur": s, "given": g, "sex": sex, "kind": "traditional"}
    sex = cat[0] if cat[0] in "mf" else R.choice("mf")
    age = cat[1] if len(cat) > 1 else "m"
    r = R.random()
    if age == "m":
        if r < 0.30:
            w = R.choice(WORD_NAMES[sex])
            return {"name": w, "sur": w[0], "given": w[1:], "sex": sex, "kind": "word"}
        if r < 0.37:
            return _han(R.choice(FOCUS_SUR), sex, age, "rare")
        if r < 0.41:
            return _han(R.choice(RARE_SUR), sex, age, "rare")
        if r < 0.46:
            return _han(R.choice(COMPOUND_SUR), sex, age, "compound")
        if r < 0.55:
            return make_minority(sex)
    elif age == "o":
        if r < 0.08:
            return _han(R.choice(FOCUS_SUR), sex, age, "rare")
        if r < 0.12:
            return _han(R.choice(RARE_SUR), sex, age, "rare")
        if r < 0.15:
            return _han(R.choice(COMPOUND_SUR), sex, age, "compound")
        if r < 0.23:
            return make_minority(sex)
    else:
        if r < 0.08:
            return _han(R.choice(FOCUS_SUR), sex, age, "rare")
        if r < 0.14:
            return _han(R.choice(COMPOUND_SUR), sex, age, "compound")
    sur = R.choices(COMMON_SUR, COMMON_W)[0]
    meta = _han(sur, sex, age, "han")
    if age == "m" and R.random() < 0.25:  # one-character given name
        g = R.choice([x for x in GIVEN[sex] if len(x) == 1])
        meta = {"name": sur + g, "sur": sur, "given": g, "sex": sex, "kind": "han"}
    return meta


def make_minority(sex):
    r = R.random()
    if r < 0.38:
        g = R.choice(UYG[sex])
        f = R.choice([x for x in UYG["father"] if x != g])
        sep = R.choices(["·", "", "•", " "], [6, 3, 1, 1])[0]
        kind = {"·": "uyghur_dot", "•": "uyghur_dot", "": "uyghur_fused", " ": "uyghur_space"}[sep]
        return {"name": g + sep + f, "sur": None, "given": g, "sex": sex, "kind": kind}
    if r < 0.55:
        n = R.choice(TIBETAN[sex])
        return {"name": n, "sur": None, "given": n[:2], "sex": sex, "kind": "tibetan"}
    if r < 0.68:
        n = R.choice(MONGOL[sex])
        if R.random() < 0.3:
            n = R.choice(["包", "白", "韩"]) + n
        return {"name": n, "sur": None, "given": n[:2], "sex": sex, "kind": "mongolian"}
    if r < 0.80:
        a, b = R.choice(YI[sex])
        dot = R.random() < 0.6
        return {"name": a + ("·" if dot else "") + b, "sur": None, "given": b, "sex": sex,
                "kind": "yi_dot" if dot else "yi_fused"}
    if r < 0.92:
        s = R.choice(ZHUANG_SUR)
        g = R.choice(ZHUANG_GIVEN[sex])
        return {"name": s + g, "sur": s, "given": g, "sex": sex, "kind": "zhuang"}
    n = R.choice(HUI[sex])
    return {"name": n, "sur": n[0], "given": n[1:], "sex": sex, "kind": "hui"}


def nickname(meta):
    if meta["sur"] is None or meta["kind"] in ("hui",):
        g = meta["given"]
        return R.choice([g[:2], g[:2]])  # (keeps the random sequence of the first run)
    s, g = meta["sur"], meta["given"]
    opts = ["小" + s, "老" + s, s + ("哥" if meta["sex"] == "m" else "姐")]
    if len(g) == 2:
        opts.append(g[-1] * 2 if meta["sex"] == "f" else g[-1] + "子")
        opts.append("阿" + g[-1])
    return R.choice(opts)


def surname_ref(meta):
    if meta["sur"] is None:
        return meta["given"][:2]
    return meta["sur"]


# ------------------------------------------------------------- numbers ----

CN_DIG = "零一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                 "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
                 "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREA = ["010", "021", "022", "023", "020", "027", "028", "029", "0371", "0731", "0755",
        "0512", "0531", "0451", "0931", "0851", "0871", "0771", "0311", "0551"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def mobile():
    return R.choice(MOBILE_PREFIX) + digits(8)


def spoken_digits(s, yao=True, liang=False):
    out = []
    for ch in s:
        if ch == "1" and yao:
            out.append("幺")
        elif ch == "2" and liang:
            out.append("两")
        elif ch == "0":
            out.append(R.choice(["零", "零", "〇"]) if not liang else "洞")
        else:
            out.append(CN_DIG[int(ch)])
    return "".join(out)


def fmt_phone(style=None):
    m = mobile()
    style = style or R.choices(
        ["plain", "space", "dash", "p86", "spoken", "fw", "land", "mixed"],
        [30, 12, 9, 6, 22, 5, 10, 6])[0]
    if style == "plain":
        return m
    if style == "space":
        return m[:3] + " " + m[3:7] + " " + m[7:]
    if style == "dash":
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    if style == "p86":
        return R.choice(["+86", "+86 ", "+86-"]) + m
    if style == "spoken":
        sp = spoken_digits(m, yao=R.random() < 0.6, liang=R.random() < 0.15)
        if R.random() < 0.3:
            return sp[:3] + " " + sp[3:7] + " " + sp[7:]
        return sp
    if style == "fw":
        return m.translate(FW)
    if style == "mixed":
        return m[:3] + spoken_digits(m[3:7]) + m[7:]
    a = R.choice(AREA)
    n = digits(8 if len(a) == 3 else R.choice([7, 8]))
    if n[0] == "0":
        n = "8" + n[1:]
    f = R.choice(["dash", "paren", "fparen", "space", "none", "dash4"])
    if f == "dash":
        return a + "-" + n
    if f == "paren":
        return "(" + a + ")" + n
    if f == "fparen":
        return "（" + a + "）" + n
    if f == "space":
        return a + " " + n
    if f == "dash4" and len(n) == 8:
        return a + "-" + n[:4] + " " + n[4:]
    return a + n


ID_AREAS = ["110105", "310104", "440305", "410102", "420106", "510104", "500103",
            "320102", "330106", "370102", "130102", "140105", "210102", "220102",
            "230102", "340102", "350102", "360102", "430102", "450102", "460105",
            "520102", "530102", "610102", "620102", "630102", "640104", "650102",
            "411302", "412726", "341221", "431121", "511321", "360731", "450923",
            "232126", "130425", "522427", "620522", "421126", "530627", "654101"]


def id_number():
    y = R.randint(1958, 2004)
    mth = R.randint(1, 12)
    d = R.randint(1, 28)
    body = R.choice(ID_AREAS) + "%04d%02d%02d" % (y, mth, d) + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]


def fmt_id(style=None):
    v = id_number()
    style = style or R.choices(["plain", "x", "space", "fw"], [78, 8, 10, 4])[0]
    if style == "x" and v.endswith("X"):
        return v[:-1] + "x"
    if style == "space":
        return v[:6] + " " + v[6:14] + " " + v[14:]
    if style == "fw":
        return v.translate(FW)
    if style == "spoken":
        return spoken_digits(v[:17], yao=R.random() < 0.5) + ("叉" if v[17] == "X" else CN_DIG[int(v[17])])
    return v


CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "622262", "621799",
               "621098", "622908", "623668", "622155", "621483", "622630", "625965"]


def luhn_complete(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return s + str((10 - total % 10) % 10)


def fmt_card():
    n = R.choice([16, 19, 19])
    v = luhn_complete(R.choice(CARD_PREFIX) + digits(n - 7))
    st = R.choices(["plain", "space4", "dash", "sp64"], [55, 30, 7, 8])[0]
    if st == "space4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if st == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if st == "sp64":
        return v[:6] + " " + v[6:]
    return v


def cn_num(n):
    """Chinese numeral for 0 < n < 100."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_room(n):
    return "".join(CN_DIG[int(c)] for c in str(n))


# ----------------------------------------------------------- addresses ----

VILLAGE_AREAS = [("河南省", "周口市", "郸城县"), ("河南省", "商丘市", "虞城县"),
                 ("山东省", "菏泽市", "曹县"), ("安徽省", "阜阳市", "临泉县"),
                 ("湖南省", "邵阳市", "隆回县"), ("四川省", "南充市", "仪陇县"),
                 ("江西省", "赣州市", "于都县"), ("广西", "玉林市", "博白县"),
                 ("黑龙江省", "绥化市", "望奎县"), ("河北省", "邯郸市", "大名县"),
                 ("贵州省", "毕节市", "威宁县"), ("甘肃省", "天水市", "秦安县"),
                 ("湖北省", "黄冈市", "蕲春县"), ("云南省", "昭通市", "镇雄县"),
                 ("吉林省", "松原市", "乾安县"), ("山西省", "运城市", "临猗县")]
TOWNS = ["城关镇", "宁平镇", "新集镇", "双河镇", "石桥镇", "白沙镇", "大营镇", "马庄乡",
         "高庙乡", "黄土岭乡", "城郊乡", "官桥镇", "桥头镇", "柳河乡", "三岔镇", "沙河店镇"]
VILLAGES = ["前楼村", "后刘庄村", "大王庄村", "小李庄村", "张湾村", "杨树沟村", "双庙村",
            "新民村", "红旗村", "东风村", "前进村", "朱家坳村", "桃园村", "河西村", "高家岭村",
            "十里铺村", "孙楼村", "腰庄村", "北关村", "龙王庙村"]
TUN = ["三家子屯", "后屯", "柳树屯", "靠山屯", "前屯", "小韩屯"]
CITY_DIST = [("郑州市", "金水区"), ("长沙市", "雨花区"), ("武汉市", "洪山区"), ("成都市", "武侯区"),
             ("杭州市", "余杭区"), ("深圳市", "龙岗区"), ("广州市", "番禺区"), ("东莞市", "长安镇"),
             ("合肥市", "蜀山区"), ("西安市", "雁塔区"), ("南宁市", "西乡塘区"), ("昆明市", "官渡区"),
             ("石家庄市", "裕华区"), ("哈尔滨市", "南岗区"), ("济南市", "历城区"), ("重庆市", "渝北区"),
             ("苏州市", "吴中区"), ("南昌市", "青山湖区")]
ESTATES = ["阳光花园", "锦绣家园", "幸福里小区", "翠湖苑", "金色港湾", "碧水蓝湾", "御景湾",
           "康乐小区", "和平小区", "电厂宿舍", "纺织厂家属院", "世纪城", "怡景苑", "丽水佳园",
           "嘉和苑", "紫荆花园", "城南新村", "东方丽都", "盛世华庭", "滨江一号"]
ROADS = ["建设路", "文化路", "解放大道", "中山路", "长江路", "新华路", "纬五路", "经三路",
         "花园路", "农业路", "东风路", "桐柏路", "工农路", "青年路", "光华街", "朝阳北路",
         "学府路", "育才街", "人民南路", "迎宾大道"]
ZONES = ["工业园区", "经济开发区", "产业园", "高新区创业园"]


def addr_village():
    prov, city, county = R.choice(VILLAGE_AREAS)
    town = R.choice(TOWNS)
    if R.random() < 0.2:
        vil, grp = R.choice(TUN), ""
        if R.random() < 0.5:
            vil = R.choice(VILLAGES)[:-1] + "村" + vil
    else:
        vil = R.choice(VILLAGES)
        g = R.randint(1, 14)
        grp = R.choice([cn_num(g) + "组", str(g) + "组", "第" + cn_num(g) + "村民小组",
                        cn_num(g) + "队", str(g) + "队", cn_num(g) + "组"])
    if R.random() < 0.25:
        grp += R.choice([str(R.randint(1, 80)) + "号", cn_num(R.randint(1, 60)) + "号"])
    parts = [prov, city, county, town, vil, grp]
    st = R.choice(["full", "full", "county", "town", "space", "dash", "cityless"])
    if st == "county":
        parts = [county, town, vil, grp]
    elif st == "town":
        parts = [town, vil, grp]
    elif st == "cityless":
        parts = [prov, county, town, vil, grp]
    parts = [p for p in parts if p]
    if st == "space":
        return " ".join(parts)
    if st == "dash":
        return "-".join(parts[2:])
    return "".join(parts)


def addr_estate(with_city=None):
    city, dist = R.choice(CITY_DIST)
    est = R.choice(ESTATES)
    b, u, r = R.randint(1, 32), R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 4)
    unit = R.choice([
        "%d栋%d单元%d室" % (b, u, r), "%d号楼%d单元%d" % (b, u, r), "%d-%d-%d" % (b, u, r),
        "%d幢%d室" % (b, r), cn_num(b) + "栋" + cn_num(u) + "单元" + cn_room(r),
        "%d栋 %d单元 %d" % (b, u, r), "%d号楼%d" % (b, r), "%d栋%d单元%d号" % (b, u, r),
        cn_num(b) + "号楼" + cn_num(u) + "单元" + cn_room(r) + "室", "%s座%d" % (R.choice("ABC"), r)])
    pre = R.choice(["", "", city, city + dist, dist, city + " " + dist + " "])
    if with_city is False:
        pre = ""
    if est in ("阳光花园", "世纪城", "锦绣家园") and R.random() < 0.5:
        est += R.choice(["二期", "三期", "东区"])
    sep = R.choice(["", "", " "])
    return (pre + est + sep + unit).strip()


def addr_road():
    city, dist = R.choice(CITY_DIST)
    road = R.choice(ROADS)
    n = R.randint(2, 388)
    st = R.choice(["num", "num", "yuan", "cn", "dash", "space", "shop"])
    if st == "yuan":
        tail = "%d号院%d号楼%d" % (n, R.randint(1, 12), R.randint(1, 18) * 100 + R.randint(1, 4))
    elif st == "cn":
        tail = cn_num(n % 99 + 1) + "号"
    elif st == "dash":
        tail = "%d-%d号" % (n, R.randint(1, 12))
    elif st == "shop":
        tail = "%d号%s" % (n, R.choice(["门面", "二楼", "3楼", "底商"]))
    else:
        tail = "%d号" % n
    pre = R.choice(["", city, city + dist, dist])
    if st == "space":
        return (city + " " + dist + " " + road + " %d号" % n)
    return pre + road + tail


def addr_work():
    prov, city, county = R.choice(VILLAGE_AREAS)
    z = R.choice(ZONES)
    return R.choice([county, city + county, city]) + z + R.choice(ROADS) + "%d号" % R.randint(1, 99)


# --------------------------------------------------------- other values ----

def email():
    local = R.choice([
        lambda: digits(R.randint(8, 10)).lstrip("0") or "8" + digits(8),
        lambda: R.choice(["xiaoyu", "lmh_", "happy", "sunny", "tianya", "ww", "zx", "lucky",
                          "yy", "mumu", "dabao", "xyz", "qing"]) + digits(R.randint(2, 5)),
        lambda: mobile(),
    ])()
    dom = R.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                    "outlook.com", "yeah.net"])
    if dom == "qq.com" and not local.isdigit():
        dom = "163.com"
    return local + "@" + dom


def wechat():
    r = R.random()
    if r < 0.35:
        return "wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    if r < 0.7:
        return R.choice(["aa", "zhang", "xiaomi", "lele", "tt", "Lucky", "sky", "jun", "kk",
                         "momo", "hh", "Dai"]) + R.choice(["_", "-", ""]) + digits(R.randint(3, 6))
    return R.choice("abcdefghjkmnpqrstwxyz") + mobile()


def qq():
    return str(R.randint(1, 9)) + digits(R.randint(6, 9))


PLATE_PROV = list("豫湘粤川鄂皖鲁冀黑桂苏浙京沪渝陕赣云贵晋吉辽闽甘")
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plate():
    p = R.choice(PLATE_PROV) + R.choice("ABCDEFGHJK")
    if R.random() < 0.2:
        tail = R.choice("DF") + digits(5)
    else:
        tail = "".join(R.choice(PLATE_ALNUM) for _ in range(2)) + digits(3)
    return p + R.choice(["", "", "·", " ", "-"]) + tail


def staff_no():
    return R.choice([
        lambda: R.choice(["CS", "HN", "A", "TJ-", "WX", "GZ", "FW", "cs"]) + digits(R.randint(4, 5)),
        lambda: str(R.randint(1, 9)) + digits(R.randint(4, 5)),
    ])()


def contract_no():
    return R.choice(["HT", "JK", "ZL", "DK", "XY"]) + "2026" + digits(R.randint(8, 10))


def gateway():
    while True:
        g = R.choice(["10690", "106980", "10691", "106575", "10655"]) + digits(R.randint(6, 9))
        if not re.search(r"1[3-9]\d{9}", g):
            break
    if R.random() < 0.3:
        return g[:4] + " " + g[4:8] + " " + g[8:]
    return g


# ---------------------------------------------------------- non-PII fill ----

PLATFORMS = ["借呗", "花呗", "微粒贷", "京东金条", "美团月付", "分期乐", "安逸花", "360借条",
             "招联金融", "度小满", "拍拍贷", "平安普惠", "还呗", "小赢卡贷", "众安小贷",
             "中原消费金融", "马上消费", "羊小咩", "好分期", "省呗"]
BANKS = ["招商银行", "工商银行", "建设银行", "中信银行", "浦发银行", "广发银行", "平安银行",
         "交通银行", "民生银行", "光大银行", "农业银行", "邮储银行", "兴业银行"]
AGENCIES = ["鑫诚商务咨询", "信德资产管理", "恒信法务", "汇众调解中心", "佳融信息咨询",
            "诚泰律所", "盛合资产", "卓越法务", "宏泰商务", "中诚调解"]
COMPANIES = ["鑫达电子厂", "永兴物流有限公司", "宏发建材厂", "华美服装厂", "恒通快递网点",
             "利民食品有限公司", "金丰纸箱厂", "顺达汽修厂", "县人民医院", "远航驾校",
             "镇上的砖厂", "开发区的富源塑料厂", "县第三人民医院", "美团外卖站点",
             "天虹超市", "新亚玩具厂", "县供电所", "市第一建筑公司"]
SCHOOLS = ["镇中心小学三年级二班", "县实验中学初二（3）班", "第十四中学高一7班",
           "城关一小五（1）班", "育才小学二年级四班", "县第一高级中学高三（12）班",
           "阳光幼儿园大班", "实验小学六年级一班", "职业技术学院汽修2班"]
CITIES = ["郑州", "长沙", "武汉", "成都", "杭州", "深圳", "广州", "东莞", "合肥", "西安",
          "南宁", "昆明", "石家庄", "哈尔滨", "济南", "重庆", "苏州", "温州"]
AMOUNTS = ["3000", "3000块", "五千", "两千五", "1.2万", "一万二", "8600块", "四万多", "2876.45元",
           "一千三百块", "6500元", "两万三", "12000", "九千八", "1万5", "三千多", "4200元",
           "七百多", "两千", "1800块", "23456.78元", "五万"]
DATES = ["11月3号", "11.3", "2026年11月3日", "昨天", "前天晚上", "上周四", "12月1日", "11月28号",
         "今天早上", "大前天", "11/26", "这个月2号", "上个月底", "周二", "十一月五号"]
TIMES = ["14:25", "下午两点多", "晚上9点40", "早上7点", "凌晨一点", "10:02", "中午12点半",
         "晚上十点多", "09:47", "下午4点15", "21:08", "半夜两点"]
DAYS = ["3", "15", "37", "62", "90", "112", "7", "二十多", "一百多"]

SPOKEN_OK = [True]  # spoken numbers only where a person types or dictates
PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(?:\.([A-Z0-9]))?(?::([a-z]+))?\}")

PII_KIND = {"N": "name", "PH": "phone", "PHm": "phone", "PHs": "phone", "PHl": "phone",
            "PHf": "phone", "PHr": "phone", "ID": "id_number", "IDs": "id_number",
            "CARD": "bank_card", "AV": "address", "AC": "address", "AR": "address",
            "AW": "address", "QQ": "qq", "WX": "wechat", "EM": "email", "PL": "plate",
            "GH": "account", "CT": "account"}


def pii_value(tag):
    if tag == "PH":
        if not SPOKEN_OK[0]:
            return fmt_phone(R.choices(["plain", "space", "dash", "p86", "fw", "land"],
                                       [40, 16, 12, 8, 3, 14])[0])
        return fmt_phone()
    if tag == "PHm":
        return mobile()
    if tag == "PHs":
        return fmt_phone("spoken")
    if tag == "PHl":
        return fmt_phone("land")
    if tag == "PHf":
        return fmt_phone(R.choice(["fw", "mixed"]))
    if tag == "PHr":  # caller number in a log: mostly mobile forms
        return fmt_phone(R.choices(["plain", "space", "dash", "p86", "land"], [50, 12, 10, 10, 18])[0])
    if tag == "ID":
        return fmt_id()
    if tag == "IDs":
        return fmt_id("spoken")
    if tag == "CARD":
        return fmt_card()
    if tag == "AV":
        return addr_village()
    if tag == "AC":
        return addr_estate()
    if tag == "AR":
        return addr_road()
    if tag == "AW":
        return addr_work()
    if tag == "QQ":
        return qq()
    if tag == "WX":
        return wechat()
    if tag == "EM":
        return email()
    if tag == "PL":
        return plate()
    if tag == "GH":
        return staff_no()
    if tag == "CT":
        return contract_no()
    raise KeyError(tag)


def plain_value(tag):
    return {
        "AMT": lambda: R.choice(AMOUNTS), "DATE": lambda: R.choice(DATES),
        "TIME": lambda: R.choice(TIMES), "PLAT": lambda: R.choice(PLATFORMS),
        "BANK": lambda: R.choice(BANKS), "AG": lambda: R.choice(AGENCIES),
        "CO": lambda: R.choice(COMPANIES), "SCH": lambda: R.choice(SCHOOLS),
        "CITY": lambda: R.choice(CITIES), "GW": gateway, "D": lambda: R.choice(DAYS),
        "TAIL": lambda: digits(4),
        "HOT": lambda: R.choice(["95588", "95533", "95555", "95599", "95511", "95566",
                                 "400-820-8888", "12378", "12321", "96110", "12345"]),
    }[tag]()


# ------------------------------------------------------------ templates ----
# {N.A:cat} a name (cat: m f x mo fo my fy tm tf tx); later {N.A} repeats it.
# {K.A} nickname of A, {S.A} surname of A, {HON.A} 先生/女士, {TA.A} 他/她.
# Other tags: see PII_KIND (labelled) and plain_value (not labelled).

WIZARD_NAME = [
    # 发生了什么
    "{DATE}开始一直有人打我电话说我在{PLAT}逾期了 我就借了{AMT}现在说要还{AMT}不还就要去我老家{AV}找我爸{N.A:mo} 我爸都七十多了身体不好 我好怕",
    "他们打给我妈{N.A:fo}还有我舅舅{N.B:mo}说我诈骗要坐牢，我妈急的一晚上没睡觉，我该怎么办啊",
    "催收的人自称叫{N.A:m}工号{GH}说今天下午五点前不还就上门，我现在住{AC}他们怎么知道的",
    "今天上午十点多一个{PHs}的号码打给我说他是{PLAT}的法务叫{N.A:m}说我已经被立案了要我马上还两万三我问他要立案号他就挂了",
    "催收天天打电话骚扰我 还发短信给我通讯录里的人 我同事{N.A:f}都收到了 说我是老赖 我已经还了{AMT}了",
    "他們一直打電話給我老婆{N.A:tf}，還說要去她公司鬧，我真的受不了了",
    "俺家在{AV} 催收的今天直接给俺们村支书{N.A:mo}打电话了 这下全村都知道了 咋整啊",
    "他们打给我屋头的人了 我老汉{N.A:mo}接的 说要来屋头找我 我好怕嘛",
    "我叫{N.A:x}，身份证{ID}，我想问下他们这样做合法吗",
    "对方威胁我说要把我的照片P成通缉令发给我们厂的人 我在{CO}上班 车间主任{N.A:m}已经找我谈话了",
    "我儿子在{SCH}上学 他们说要去学校找班主任{N.A:f}老师说我欠钱不还 孩子才九岁",
    "昨天晚上他们打了我姐{N.A:f}我姐夫{N.B:m}还有我大学室友{N.C:x}三个人的电话",
    "我表哥{N.A:m}帮我担保的，我们平时都叫他{K.A}，现在他们天天打{K.A}电话，{K.A}说再这样就不认我这个弟弟了",
    "他们让我把钱打到一个私人账户 户名{N.A:x} 卡号{CARD} 开户行{BANK}{CITY}分行 我已经转了{AMT}",
    "他们加了我微信{WX}说可以帮我协商 结果是假的 那个人叫{N.A:m}",
    "昨天有个自称{N.A:m}的人加我QQ{QQ}说能帮我消除逾期记录要先交{AMT}手续费",
    "有辆车牌{PL}的车在我家楼下停了两天 下来一个男的说他是{AG}的{N.A:m} 我家在{AC}",
    "我老婆{N.A:f}的手机号{PH}也被他们打爆了",
    "他们说我在{AR}开的那个小店要被查封 让我跟{N.A:m}联系 电话{PHs}",
    "我在{PLAT}借了钱，，逾期了三个月。。。对方天天打电话，还打给了我领导{N.A:m}，，我领导说再这样就让我走人",
    "他们发短信给我女朋友{N.A:fy}说我在外面欠了一屁股债让她跟我分手",
    "他们找到了我前妻{N.A:f}，还有我儿子{N.B:my}的学校",
    "他们打给我们村主任{N.A:mo} 还打了我们组长{N.B:mo} 说要在村里张贴我的欠款公告 我家是{AV}的",
    "佢哋打畀我同事{N.A:tm}同{N.B:tf}，話我欠錢唔還，仲話要上嚟公司",
    "还有一个叫{N.A:m}的一直用{PH}给我打电话，一天打了三十多个",
    "我弟{N.A:my}在{CITY}打工 他们连他厂里的电话都找到了",
    "我真的不知道该怎么办 他们说我不还钱就起诉我 还说法院的人明天到我家{AR} 联系人是{N.A:m}",
    "我的身份证号{ID}被他们发到了我家族群里 我三叔{N.A:mo}看到了就打电话骂我",
    "伊拉天天打电话给阿拉姆妈{N.A:fo} 讲要上门来寻我",
    "我之前用我朋友{N.A:m}的身份证借过钱 现在他们找他 他很生气",
    "我老公{N.A:m}还不知道我借钱的事 他们说要告诉他 求求你们帮帮我",
    "我公公{N.A:mo}婆婆{N.B:fo}都被打了电话，婆婆血压高，现在住院了",
    "他们打给了我哥哥{N.A:m} 还有我们社区的网格员{N.B:f}",
    "{K.A}就是{N.A:m}，我们村的，是他带我去借的，现在他自己跑了，催收天天找我",
    "我闺蜜{N.A:f}，我们都叫她{K.A}，她是我的紧急联系人，{K.A}说她一天接了八个电话",
    "我老公{N.A:u}在外地跑车 他们打不通他就打我",
    "他说他是{N.A:m}，我后来问了才知道他在我们那边外号叫{K.A}，专门放贷的",
    "他们把我的欠款信息发到了我们村的微信群里，是{N.A:m}在群里转的，他是我们村会计",
    "那个人说他姓{S.A}，后来我在转账记录里看到全名是{N.A:m}，收款账号是{PH}",
    "我媳妇{N.A:f}在{CO}上班，他们打到她们单位找她领导{N.B:m}",
    "嗯那个就是我想说一下就是今天又有人打电话给我了然后他说他叫{N.A:m}然后他说我要是不还钱的话就去找我爸妈",
    "一开始是短信后来是电话现在连我奶奶{N.A:fo}都知道了 她八十多了",
    "他们说我的紧急联系人{N.A:m}要负连带责任，可我填他的时候根本没说要担保",
    "我借的是{PLAT} 本金才{AMT} 现在要我还{AMT} 打电话的是个女的叫{N.A:f} 工号{GH}",
    "快递寄了一封律师函到我公司，收件人写的我，寄件人写的{N.A:m}律师，电话{PHl}",
    "我在外地打工 家里只有我爷爷{N.A:mo}和我奶奶 他们打到家里座机{PHl}把老人吓坏了",
    "今天他们打给我小学同学{N.A:m}，我都十几年没跟他联系了，他们怎么会有他电话",
    "他们冒充{CITY}公安局的说我涉嫌洗钱，让我把钱转到安全账户{CARD}，说是{N.A:m}警官负责我的案子",
    "我是在{PLAT}上借的，借的时候填了我舅妈{N.A:fo}的电话，现在天天打她",
    "我家{K.A}（就是我老公{N.A:m}）说要去跟他们拼命 我拦不住",
    "那个男的说话口音像东北的 说他叫{N.A:m} 一口一个老铁 说不还钱就削我",
    "催收給我朋友{N.A:tx}發訊息 說我欠了{AMT} 我根本沒借那麼多",
    "我们那有个放贷的叫{N.A:m} 借五千到手才三千五 一周就要还六千 现在他带人来我家了",
    "我婆娘{N.A:f}被他们骂哭了 说要去她娘家{AV}闹",
    "我闺女{N.A:fy}在{SCH}读书 他们说知道她在哪个班",
    "打电话的说他是{AG}的调解员{N.A:m}，说给我申请了减免，但是要我今天先还一半",
    "我用我妹{N.A:f}的名字办的卡，现在卡被冻结了，他们说要起诉我妹",
    "我们镇上的{N.A:m}说是他介绍我去借的 他拿了中介费 现在人找不到了",
    "今天有两个人到我单位{AW}来找我，我们老板{N.A:m}当着全车间的面问我是不是欠了钱",
    "他们说{N.A:x}是我的担保人 可我根本不认识这个人",
    "我把他们的话录下来了 那个叫{N.A:m}的说要把我女儿的照片发到网上",
    "我姐{N.A:f}帮我还了一次 结果他们又去找她要 说她既然还了就要全部还",
    "他们知道我家住{AC} 还知道我老公叫{N.A:m} 开的车是{PL}",
    "我是帮我弟弟{N.A:m}问的 他借了网贷还不上 现在催收打到我这里了",
    "一个叫{N.A:m}的人说他是我的债权人 我从来没有跟他借过钱 他手里有我的身份证复印件",
    "我是新疆的 在{CITY}打工 他们打给了我的老乡{N.A:u}",
    # 对方说了什么
    "他说：你不还钱我们就去{AV}找你爸{N.A:mo}，让全村人都知道你是老赖",
    "他原话是 {N.A:x}你给我听好了 今天下午三点前不还 我们的人就到你家{AC}门口",
    "对方说他们已经查到我在{CO}上班，要给我们老板{N.A:m}寄律师函",
    "说我涉嫌诈骗 要{CITY}公安来抓我 还说我女儿{N.A:fy}以后考不了公务员",
    "他们说我的紧急联系人{N.A:x}和{N.B:x}都要承担还款责任",
    "说要把我的照片和身份证号{ID}做成海报贴到我们村口",
    "对方：{N.A:x}是吧 你欠的{AMT}打算什么时候还 不还我们就走法律程序",
    "他说他叫{N.A:m}是{PLAT}委托的律师，让我加他微信{WX}谈",
    "说你欠钱不还你妈{N.A:fo}知道吗 你儿子在{SCH}读书对吧",
    "他们在电话里骂得很难听，还说认识我们镇派出所的{N.A:m}，报警也没用",
    "他说你就是{N.A:x}吧 身份证{IDs}对吧 你的资料我们都有",
    "說要寄律師函到我公司 收件人寫我主管{N.A:tm}",
    "那个女的说她叫{N.A:f} 工号{GH} 说今天是最后期限 过了就移交法务",
    "他说我老家的地址是{AV} 问我是不是还想让我爸妈安生过年",
    "他说他们是{AG}的 你表姐{N.A:f}已经答应替你还了 你自己看着办",
    "他说我已经被列入失信名单了 让我联系{N.A:m} 电话{PH}",
    "说要打电话给我公司的{N.A:f}（人事）让她开除我",
    "对方说了很多 我记得他说{N.A:m}是他们的经理 可以给我减免 但要先交三千",
    "他说你不接电话我们就打你通讯录 第一个就打{N.A:x}",
    "他們話如果今日唔還錢 就去{N.A:tx}屋企搵人",
    # 我已经做了什么
    "我已经打了12378投诉 也报警了 接警的是{N.A:m}警官 他让我保留录音",
    "我把钱还了{AMT}到他们给的账户{CARD} 户名是{N.A:x} 现在他们说不算",
    "我跟我妈{N.A:fo}说了实话 她说先别还了等问清楚",
    "我去了{CITY}的派出所 民警{N.A:m}给我做了笔录 留的电话是{PHl}",
    "我找了律师{N.A:m}咨询 他说可以起诉他们侵犯隐私",
    "我给我们老板{N.A:m}解释过了 他说没事 但是同事们都在传",
    "我录了音 还截图了 对方号码{PH} 自称{N.A:m}",
    "我给村主任{N.A:mo}打了电话道歉 说不会再连累村里",
    "我已经跟{PLAT}客服说了 客服{N.A:f}说会反馈 但是到现在还在打",
    "已经让我表弟{N.A:my}帮我写了投诉信寄到银保监 地址写的是我家{AC}",
    "我把{N.A:m}的号码{PH}拉黑了 但是他换了个号{PH}继续打",
    "我已经还了三期了每期{AMT}，转给{N.A:x}的支付宝{PHm}，有截图",
    "我去法院问了 立案庭的{N.A:f}说根本没有我的案子",
    "我让我老公{N.A:m}去跟他们谈了，谈好每个月还{AMT}，对方经办人叫{N.B:m}",
    "我跟我们辅导员{N.A:f}说了 她说学校会出证明",
    "已经跟我爸{N.A:mo}我妈{N.B:fo}都说了，他们说别怕，大不了一起还",
    "我已經報警了，處理的警員叫{N.A:tm}，他說會跟進",
    "我什么都还没做 就是先来问问 我叫{N.A:x} 电话{PH}",
    "我给{N.A:m}（他们那边的组长）发了微信说我下个月发工资就还",
    "我联系了{PLAT}官方 客服工号{GH} 她说那个叫{N.A:m}的不是他们的人",
]

WIZARD_PII = [
    "他们打到我老家座机{PHl} 我妈接的 吓得直哭",
    "今天又换了个号码{PH}打过来，一天二十多个，接了就骂",
    "他们说要去我家{AC}门口泼油漆 我现在都不敢回家",
    "对方让我转到这个卡{CARD}说转了就销账 我没转",
    "我的身份证{ID}他们都知道 还说要拿去网上贷款",
    "他加我微信{WX}给我发了我家门口的照片",
    "他们说我老家是{AV}的 要派人去村里",
    "打电话的是{PHs} 一个男的 说话很凶",
    "那个号码是{PH}还有一个是{PH} 两个轮流打",
    "他们发邮件到{EM}说要起诉我 邮件里有我的照片",
    "他说QQ{QQ}是他们法务的 让我加了再谈",
    "有辆{PL}的车跟了我一路 我怀疑是他们的人",
    "合同编号{CT} 借款{AMT} 他们说我违约了要付违约金",
    "嗯就是那个他说的号码是{PHs}让我打过去问",
    "他們打電話{PH}到我家 講我欠錢 我媽問我係咪真嘅",
    "我在{AW}上班 他们昨天打到厂里的办公室了",
    "他们说是{AG}的 催收员工号{GH} 让我今天必须还",
    "我還在讀書 他們打到宿舍 我家地址{AC}也被他們知道了",
    "对方说他们查到我住{AR} 让我等着",
    "他让我打钱到支付宝{EM} 说这是公司的账户",
    "微信{WX}和电话{PH}是同一个人 天天发语音骂人",
    "我自己的手机号是{PH} 他们说要打到停机为止",
    "我家的地址 {AV} 他们连门牌号都知道",
    "他们从{PH}发短信说我的卡{CARD}已经被冻结 要我点链接",
    "我在{CO}上班，他们打到厂里的座机{PHl}找人事",
    "我的QQ{QQ}被他们加了 还给我QQ好友发消息",
    "他们说已经派人到我上班的地方{AR}了 还报了一个号码{PHs}让我回电",
    "就是那个号码 {PHs} 一天打七八次 我不接就发短信",
]

WIZARD_NONE = [
    "喂那个我想说一下就是今天又有人打电话来了他说他是{AG}的说我欠了一万两千块钱让我今天必须还不然就上门我说我没钱他就骂我",
    "我还没做什么 就是吓得不敢接电话",
    "他们说要起诉我 我害怕 不知道是真的假的",
    "他们天天打 一天几十个 我现在手机都不敢开机",
    "说我逾期{D}天了 让我今天还{AMT} 我一下子拿不出来",
    "对方说要上门 还说要找我单位 我该怎么办？？？",
    "我跟他们说我下个月十五号发工资就还，他们不同意，非要今天",
    "已经报警了 警察说这是经济纠纷 让我自己协商",
    "他们骂我爸妈 骂得很难听 我录了音",
    "我在{PLAT}借的 借了{AMT} 现在利息比本金还多",
    "俺也不知道咋整了 他们说要到俺们村里贴告示",
    "我打了{HOT}问了 客服说没有我的逾期记录",
    "他們一直打給我 我不知道怎麼辦 好怕",
    "我想问问 他们说的那个立案是不是真的 会不会坐牢",
    "我已经把能还的都还了 现在真的一分钱都没有了",
    "他们发的短信里说我涉嫌恶意透支 要移交公安",
    "说我要是不还 就让我全家都上征信黑名单",
    "我没敢跟家里人说 我怕我妈知道了受不了",
    "我和他们协商了好几次 每次都说要请示领导",
    "今天没打了 但是我还是很怕 晚上睡不着",
    "嗯就是说我欠了那个两千五然后要还四千多我觉得不合理",
    "我打了十二三七八 他们说会转给机构处理",
]

# evidence-log events (one line each, after a date/time and caller)
LOG_EVENTS = [
    "自称{AG}的{N.A:m}，说再不还就上门",
    "打给我妈{N.A:fo}，骂了十几分钟",
    "打到我单位{CO}前台，要找人事{N.A:f}",
    "给我弟{N.A:my}发短信：你哥欠钱不还",
    "村支书{N.A:mo}打电话问我，说有人打到村委会问我家地址",
    "要求当天还{AMT}，否则后果自负",
    "同事{N.A:f}告诉我她也接到了，对方说我是骗子",
    "发来一张照片，是我家{AC}的楼下",
    "对方说：{N.A:x}你躲不掉的",
    "我大姨{N.A:fo}接到电话，对方说我坐牢了",
    "短信：{N.A:x}您好，您的欠款已移交{AG}处理，请联系{N.B:m}",
    "我报警，出警民警{N.A:m}",
    "对方加我老公{N.A:m}微信，微信号{WX}",
    "短信内容：你不还钱我就去{AV}找你家人",
    "打给我高中同学{N.A:x}（十年没联系了）",
    "要求转账到{N.A:x}的个人卡{CARD}",
    "对方报出我的身份证号{ID}和住址{AC}",
    "打给我们厂老板{N.A:m}，说我是诈骗犯",
    "催收员{N.A:m}（工号{GH}）同意分期，每月{AMT}",
    "老家的邻居{N.A:fo}说有人去村里打听我",
    "打给我姐{N.A:f}和我姐夫{N.B:m}，两个人都接了",
    "我爸{N.A:mo}被骂得高血压犯了，去了镇卫生院",
    "对方自称是{CITY}法院的{N.A:m}法官，说明天来送传票",
    "给我女儿的班主任{N.A:f}打了电话",
    "发短信给我公司的{N.A:m}经理，内容说我欠钱跑路",
    "对方说他叫{N.A:m}，是{PLAT}委托的，录音已保存",
    "打到我婆婆{N.A:fo}家里，说要来拿东西抵债",
    "我联系调解员{N.A:f}，她说可以停息挂账",
    "我表哥{N.A:m}说他也接到了，号码一样",
    "对方发来“律师函”，落款律师{N.A:m}",
    "我们村会计{N.A:m}说村委会收到了一封信",
    "他们又打给{N.A:x}，问我在哪里上班",
    "{K.A}（我同事{N.A:m}）说对方打到他那里去了",
    "打给我小姨{N.A:fo}，我们叫她{K.A}，她问我是不是出事了",
]
LOG_EVENTS_PII = [
    "发短信说我的身份证{ID}已被起诉",
    "对方让我加微信{WX}谈分期",
    "发来我家地址{AV}，说今晚有人过去",
    "让我把钱转到{CARD}",
    "对方加我QQ{QQ}，发了一张我家的照片",
    "一辆车牌{PL}的车停在我家门口",
    "发邮件到我邮箱{EM}，说要起诉",
    "对方说合同号{CT}，欠款{AMT}",
    "又换号{PH}打过来",
    "对方工号{GH}，说今天必须还",
    "说已经到了我公司{AW}楼下",
    "说有人已经到了我住的{AR}",
]
LOG_EVENTS_NONE = [
    "来电没接，连续打了23次",
    "我妈打电话来哭了",
    "对方说再不还就爆通讯录",
    "要求今天下午五点前还清",
    "对方骂人，我挂了",
    "短信：您已严重逾期，我司将上门核实",
    "接了，对方不说话",
    "对方说已经申请立案",
    "同一个号码又打了五次",
    "我说下个月还，对方不同意",
    "今天没有电话",
    "对方说要去单位找我领导",
    "收到短信，说要发律师函",
]
LOG_CALLERS_PII = ["{PHr}来电", "来电{PHr}", "号码：{PHr}", "{PHr}", "{PHr}打来", "+86 {PHm}来电"]
LOG_CALLERS_NONE = ["未知号码", "隐藏号码", "{GW}短信", "私人号码", "陌生号码", "网络电话",
                    "170开头的号码", "显示归属地广东的号码"]
LOG_HEADERS = ["", "", "", "证据记录：\n", "时间线\n", "通话记录整理：\n", "我记的：\n",
               "以下是我这几天记的\n", "记录（按时间）\n"]
LOG_DT = ["{d} {t}", "{d}{t}", "{d}，{t}", "{d} {t}左右", "{t}"]
LOG_DATES = ["11月3日", "11.4", "11/5", "2026-11-06", "11月7号", "周二", "11.9号", "2026.11.10",
             "11月12日", "今天", "昨天", "11-14", "十一月十五号", "11月16"]
LOG_TIMES = ["14:25", "09:10", "下午两点多", "晚上9点", "10:02:37", "中午", "早上7点半", "21:48",
             "凌晨1点", "下午4点15", "8:05", "19:30"]

SMS_NAME = [
    "【{PLAT}】{N.A:x}您好，您在{PLAT}的借款已逾期{D}天，欠款{AMT}，我司已受理委托，请于今日18点前处理，联系人：{N.B:m} {PH}",
    "{N.A:x}，你欠{PLAT}的钱今天不还，明天我们的人就去{AV}找你父亲{N.B:mo}。",
    "【{AG}】尊敬的{N.A:x}{HON.A}：您的欠款案件已由我处受理，请于48小时内联系调解员{N.B:m}（工号{GH}），电话{PHl}。",
    "{N.A:x}：你好，我是{AG}调解员{N.B:m}，工号{GH}，关于你在{PLAT}的欠款，今天是最后协商期限。",
    "通知：{N.A:x}，身份证{ID}，拖欠{PLAT}借款{AMT}，经多次催告拒不还款，现已进入上门核实流程。",
    "{N.A:x}你好，我是{N.B:m}，你的紧急联系人，你欠钱的事别再牵连我了，赶紧处理！",
    "亲，我是{PLAT}贷后专员{N.A:f}，工号{GH}，您的账单已逾期{D}天，今日可申请减免，加微信{WX}",
    "{N.A:x}，你爸{N.B:mo}、你妈{N.C:fo}的电话我们都有，你自己掂量。",
    "【{BANK}】{N.A:x}{HON.A}，您尾号{TAIL}的信用卡已逾期，请尽快还款。客户经理{N.B:f}{PH}",
    "{N.A:x}（身份证号{ID}）欠款{AMT}逾期{D}天，现通知其亲友督促还款，知情不报者承担连带责任。",
    "我是{N.A:m}，{PLAT}法务部的，你的案子已经提交{CITY}仲裁委，明天上午会有人去{AC}送达文书。",
    "{N.A:x}欠钱不还！！住址{AV}，电话{PH}，请大家转告！",
    "你好 我是{N.A:m}的朋友 他欠了我们公司的钱 你能联系上他吗 我是{AG}的{N.B:m}",
    "{N.A:x}您好，您的{PLAT}账户逾期已报送征信，如需协商请联系专属客服{N.B:f}，工号{GH}。",
    "关于{N.A:x}的债务问题，我司将于近日前往其工作单位{CO}及户籍地{AV}进行调查走访。",
    "【律师函】{N.A:x}：受{PLAT}委托，本律师就你逾期一事正式告知……律师：{N.B:m} 执业证号{GH}",
    "{N.A:m}，你老婆{N.B:f}在{CO}上班对吧？要不要我们过去聊聊？",
    "{N.A:m}先生，我们是{AG}外访组，明天上午10点到您村里{AV}，请您在家。外访员：{N.B:m}{PH}",
    "您好，我是{PLAT}的客服{N.A:f}，您的借款编号{CT}已逾期，请联系我处理",
    "{N.A:tx}您好，您在{PLAT}的帳戶已逾期，請盡快還款，聯絡人{N.B:tm}",
    "家人们 认识{N.A:m}的帮忙转告一下 让他赶紧还钱 他欠了{AMT} 电话打不通",
    "{N.A:x}：我是你债主{N.B:m}，钱打到我卡上{CARD}，今天不打我就去你单位",
    "尊敬的客户{N.A:x}，您好！您于{PLAT}办理的借款已逾期，我司调解中心{N.B:m}为您服务，回复1申请分期",
    "{N.A:x}的家属你好，{N.A:x}在我司的欠款已经严重逾期，请通知{TA.A}本人尽快处理。{AG} {N.B:f}",
    "紧急通知：{N.A:x}，您的案件将于明日移交{CITY}当地公安机关，经办人{N.B:m}，联系电话{PH}",
    "{N.A:x}你躲得了初一躲不了十五，你儿子{N.B:my}在{SCH}我们都知道。",
    "您好{N.A:x}，这里是{AG}，您的紧急联系人{N.B:x}已确认知晓您的欠款情况。",
    "{N.A:x}，我是{K.B}，就是{N.B:m}，上次跟你说的那个事，{PLAT}的人又找我了",
    "催收专员{N.A:m}（工号{GH}）温馨提示：今日还款可免除部分罚息，还款账户{CARD}",
    "【{PLAT}】{N.A:x}，请于今日登录APP还款{AMT}，否则将安排{CITY}本地外访人员{N.B:m}上门。",
]
SMS_PII = [
    "您好，您在{PLAT}的借款已逾期{D}天，请速联系{PH}处理，否则后果自负。",
    "你的身份证{ID}已被列入失信名单，请联系{PHl}核实。",
    "速还款到{CARD}，今日不还明天上门。",
    "你家住{AC}对吧？我们的人已经在路上了。",
    "加微信{WX}协商还款，过时不候。",
    "您的借款合同{CT}已违约，请联系法务{PH}",
    "外访通知：我司外访人员将前往{AV}核实情况，工号{GH}",
    "本人QQ{QQ}，有问题加我，别让我去你家找你",
    "请将逾期款项汇至对公账户或联系专员邮箱{EM}",
    "你的车{PL}我们已经看到了，停在哪我们都知道",
]
SMS_NONE = [
    "【{PLAT}】您的账单已逾期，请尽快还款，详询{HOT}。",
    "您的欠款已移交第三方机构处理，请保持电话畅通。",
    "您已严重逾期，我司将启动法律程序，请于今日18点前处理。",
    "【{BANK}】您的信用卡本期账单已逾期，请及时还款，避免影响征信。",
    "温馨提示：今日还款可申请减免部分罚息，详情咨询官方客服。",
    "尊敬的客户，您的借款已逾期{D}天，请登录APP查看还款计划。",
    "通知：您的案件已进入诉前调解阶段，请于三个工作日内处理。",
    "再不还钱，我们就联系你的通讯录好友，别怪我们没提醒你。",
    "【{PLAT}】您本月应还{AMT}，今日为最后还款日。",
    "您的逾期信息将于明日上报征信系统，如有异议请拨打{HOT}。",
]
SMS_WRAP = [
    ("发件人：{SENDER}\n{BODY}\n回T退订", "sender"),
    ("发件人：{SENDER}\n{BODY}", "sender"),
    ("{BODY} 回T退订", None),
    ("{BODY}【{BRACKET}】", None),
    ("【{BRACKET}】{BODY} 拒收请回复R", None),
    ("短信 {SENDER} {DT}\n{BODY}", "sender"),
    ("{BODY}\n—— 来自 {SENDER}", "sender"),
    ("[短信]{BODY}", None),
    ("收到的短信：\n{BODY}", None),
    ("{SENDER}：\n{BODY}\n(此短信由系统自动发送)", "sender"),
    ("发信人 {SENDER}\n内容：{BODY}", "sender"),
    ("{BODY}退订回TD", None),
    ("就是这条短信 {BODY} 发件号码{SENDER}", "sender"),
]
BRACKETS = ["鑫诚法务", "贷后管理中心", "调解中心", "信用管理部", "风控中心", "法务催收部",
            "资产管理", "温馨提示", "诉前调解", "外访通知"]

ADDR_NAME = [
    "我家住{AV}，他们说我爸{N.A:mo}要是不管，就天天派人去",
    "他们把快递寄到了{AC}，收件人写的我老婆{N.A:f}",
    "我在{AW}的{CO}上班，我们主管{N.A:m}接到了他们的电话",
    "寄件地址：{AR}，寄件人{N.A:m}，里面是一张“法院传票”",
    "我女儿在{SCH}，班主任{N.A:f}老师说有人打电话到学校",
    "我爸{N.A:mo}住{AV}，他们说要去那里找他",
    "他们知道我租的房子在{AC}，房东{N.A:fo}也接到了电话",
    "收件人：{N.A:x}\n地址：{AC}\n电话：{PH}\n（这是他们发给我看的，说是我的资料）",
    "我老家是{AV}的，村支书{N.A:mo}说已经有人去村委会问过了",
    "他们去了我丈母娘家{AV}，我丈母娘{N.A:fo}吓得不敢开门",
    "{AV}{N.A:mo}家 这就是我父母家 他们连这个都知道",
    "我上班的地方在{AR}，公司前台{N.A:f}说有人来找过我两次",
    "我住在{AC}，我邻居{N.A:f}说昨天有两个男的在我家门口转悠",
    "他们说我户籍地址是{AV}，还说认识我们村的{N.A:m}",
    "我是{CO}的，车间在{AW}，我们厂长{N.A:m}说不想惹麻烦让我先请假",
    "俺是{AV}的 俺叔{N.A:mo}是组长 他们打给他了",
    "我们家是{AV}的 {N.A:m}是我们村的书记 他们打电话给书记了",
    "我儿子{N.A:my}在{SCH}读书，他们说要去学校门口堵他",
    "我在{CO}当保安，住在单位宿舍{AR}，我们队长{N.A:m}接了好几次电话",
    "我妈{N.A:fo}在{AC}住 一个人住 他们去敲门了",
    "我租的{AC} 房东{N.A:m}说再有人来闹就让我搬走",
    "我老公{N.A:m}在{AW}上班 他们往厂门口贴了纸",
    "我是{CO}的员工 我们人事{N.A:f}说接到一个自称法院的电话",
    "他们说要去我哥{N.A:m}家，他住{AR}",
    "地址是{AV} 联系人{N.A:m} 电话{PH} 这是我当时填的资料",
    "我们住在{AV} 屯里就十几户人家 他们找到了我大伯{N.A:mo}",
    "我在{SCH}读书 他们打给了我们班主任{N.A:f}",
    "我爸{N.A:mo}在{CO}看大门 他们打到门卫室了",
]
ADDR_PII = [
    "我家地址{AV}，他们说今晚来",
    "他们把律师函寄到了{AC}",
    "我在{AW}上班 他们去厂门口堵我",
    "我住{AR} 他们说已经在楼下了",
    "他们说我的户籍地是{AV}",
    "寄件地址{AR}，寄件人电话{PH}",
    "我现在住在{AC} 是租的房子",
    "我老家{AV}，现在在{CITY}打工",
    "快递单上写的{AC} 电话是{PH}",
    "他们往我家{AV}寄了一个包裹 里面是一张欠条复印件",
    "收件地址：{AC}",
]
ADDR_NONE = [
    "我住在村里 离镇上有十几里路 他们说要来",
    "我在县城租的房子 他们说知道我住哪个小区",
    "我在厂里上班 他们打到了厂里的办公室",
    "他们说要去我们村口贴告示",
    "我们小区门口的保安说有人来问过我",
]


# -------------------------------------------------------------- preserve ----

P_SURNAME_WORDS = """王牌销售 王八蛋才借高利贷 张口就骂人 张贴欠款公告是违法的 李子熟了 高利贷不受法律保护
高兴不起来 高速公路上接到电话 周末也打电话 周一再说 马上就还 马上到账 钱款已经结清 何时还款
何必呢 于是我就借了 余额不足 余款下月付清 金额有误 金条额度 万一他们真上门怎么办 万不得已才借的
白条分期 白天不敢接电话 常年在外打工 常用联系人 方便的话回个电话 石头一样沉 江湖救急 黄金周前后
林业站的人也来了 孙子放学了 曾经借过一次 严重逾期 罗列了一堆费用 任何人都无权泄露 许可证号码
郑重声明 宋体字的律师函 唐突了 韩剧看多了 冯的发音  谢谢您 谢天谢地 段落太长
杜绝暴力催收 管理费 管用吗 姜汤驱寒 汤圆煮好了 车费报销 车库里 房贷每月扣款 房租到期了 康复出院
龙头企业 鲁莽行事 毛病不少 秦腔戏 戴口罩出门 朱红色的印章 胡说八道  何去何从
孔夫子搬家  彭湃的心情 潘多拉魔盒 袁大头银元 董事会决议 程序违法 苏醒过来
魏碑字帖 吕梁山区 丁克家庭 任务完成 沈阳来的电话  卢沟桥 崔嵬的山 钟点工 谭家菜
陆续到账 汪汪叫的狗 范本合同 金额较大 石油公司 廖廖几句 贾府 夏令时 韦编三绝 付款成功 方案二
白纸黑字写着 邹巴巴的衣服 孟浪 熊孩子 秦岭隧道 邱陵地带 江苏的号码 尹字怎么写 薛定谔的猫
闫字少见 段子 雷打不动 侯车室 龙卷风 史无前例 陶瓷碗 黎明前最黑暗 贺卡 顾不上 毛毛雨 郝字
龚滩古镇 邵阳话 万事开头难 钱货两清 严格按照合同 戴上安全帽 莫名其妙 孔子学院 向法院申请
汤汁洒了 田地荒了 董事长秘书  潘家园  叶子黄了  苏州园林
吴语 周转不开 徐徐图之  马不停蹄 朱门酒肉臭 胡萝卜 郭外 何乐而不为 高利转贷 林林总总
罗马不是一天建成的 梁上君子 宋朝 唐僧肉 许多人都遇到过   邓家的狗 曹家渡 彭家湾
曾几何时 肖像权 田径比赛  袁大头 潘婷洗发水 于心不忍   余音绕梁
杜康酒 叶落归根 程门立雪  魏晋风度  丁字路口 任劳任怨  姚记扑克
卢浮宫 姜太公钓鱼  钟表店     金榜题名 石破天惊 
 夏至  付诸东流 方寸大乱 白费力气 邹城 孟母三迁 熊市 秦始皇  江郎才尽
  闫家沟  雷声大雨点小 侯门深似海 龙虎斗 史记  黎族服饰 贺兰山 顾此失彼
 郝家的猫 龚自珍  万家灯火 钱塘江大潮 严丝合缝 覃塘区 武汉热干面 戴高帽
莫斯科 孔雀东南飞 向日葵 汤包 常州的号码 温州人 康熙字典 施工许可 牛年 洪湖水浪打浪 左右为难
石狮子 包青天     东方红 皇甫村  
肖申克的救赎 付不起首付  覃氏宗祠在哪 仉姓很少见 禤这个字怎么读""".split()

P_MEASURE = """一块儿去 一块儿还 咱俩一块儿想办法 三块蛋糕 五块钱 十块钱都拿不出来 一块地 两块表 一块肉
一张纸 一条短信 一封信 一份合同 一笔钱 一笔糊涂账 一户人家 一间房 一栋楼 一组数据 一队人马
一号线 三号线换乘 一把钥匙 一辆车 一头猪 一亩三分地 一套房 一个月工资 一块钱一块钱地攒
两块五一斤 八毛钱 三块两块的也是钱 一沓欠条 一摞材料 一叠收据 一本账 一只手机 两部手机
一台电脑 一包烟 一瓶水 一碗面 一顿饭钱 一趟银行 一回事 一通电话 一条微信 一段录音 一张截图
三张银行卡 两个号码 一串数字 一排字 几块砖 一块布 一块牌子 一块石头落地 一块儿吃个饭
一块儿去派出所 我们一块儿去法院问问 六块钱的盒饭 一百块押金 两块钱的公交""".split()

P_FU = """付款 付清 付钱 付利息 付首付 付房租 付不起 已付 待付款 支付 对付 应付 付定金 分期付款 货到付款
付完了 先付一半 付了三期 付款码 付款成功 付款失败 付款方式 付款截图 付款记录 付清了所有欠款
付了五百定金 还没付款 付款期限 付息日 付了违约金 我付不了这么多 付出了代价 付之一炬 付诸实施
按期付款 提前付清 付给谁 付到哪个账户 付款人是我自己 自动扣付 代付 垫付 预付 付现 付费
付清之后开结清证明 付款后请保留凭证 我已经付了 付了又说没收到 付款备注写欠款 付首期 支付宝付款
微信付款 付款时间 付款金额 付钱给中介 付了服务费""".split()

P_COLON_HEAD = ["通知:", "通知：", "备注:", "备注：", "提醒:", "说明：", "附言：", "温馨提示：",
                "注意：", "原因：", "事由：", "结果：", "处理意见：", "内容：", "对方：", "我：",
                "客服：", "催收：", "回复：", "状态：", "进展：", "补充："]
P_COLON_BODY = ["请于今日内处理", "还款", "已还清", "协商中", "对方不同意分期", "已报警",
                "明天再打", "本月工资还没发", "已提交投诉", "等待回复", "无", "见截图",
                "录音已保存", "逾期三个月", "对方态度恶劣", "已申请停息挂账", "不接电话",
                "下午再联系", "按时付款", "付清后开结清证明", "对方说要上门", "已处理",
                "暂时没有进展", "请勿转账给个人账户", "以官方APP为准", "周末不处理",
                "只还本金", "利息过高", "先还五百", "已截图留证"]

P_PLACE = """村口 村委会 镇政府 县医院 小区门口 楼下 单元门口 物业办公室 居委会 派出所 街道办 火车站 汽车站
菜市场 工业园 开发区 城中村 老家 屯子里 生产队 大队部 组长家门口 村里的小卖部 镇上的银行 县城
市中心 路口 十字路口 红绿灯 公交站 地铁口 服务区 收费站 高速路口 厂门口 学校门口 幼儿园门口
单位宿舍 员工宿舍 出租屋 城乡结合部 乡下 山里 镇上 村头 村尾 河边 桥头 集市 赶集 庙会 祠堂
社区服务中心 便民服务站 快递驿站 菜鸟驿站 物流园 批发市场 商业街 步行街 人民广场 中心广场
南门 北门 东门口 西关 老城区 新区 二环 三环 外环 环城路 县道 乡道 村道 田埂 果园 鱼塘 大棚""".split()

P_TIME = ["昨天下午三点", "今天上午", "上周五", "十一月三号", "晚上十点多", "半夜两点", "凌晨",
          "月底", "下个月十五号", "过两天", "年前", "春节前", "两点半", "一点钟", "中午十二点",
          "前天晚上", "大后天", "这周末", "下周一", "每个月五号", "发工资那天", "过完年",
          "国庆节后", "开学前", "农忙过后", "晚上七八点", "早上六点多", "一大早", "傍晚",
          "刚才", "半个小时前", "这几天", "最近一个月", "三天之内", "48小时内", "今天之内"]
P_EVENT = ["又打电话来了", "收到一条短信", "他们说要上门", "我去银行问了", "打了十几个电话",
           "我报了警", "他们打到我单位", "我妈接到了电话", "我还了五百", "我去法院问了",
           "对方说要起诉", "我打了12378", "我没敢接", "我把号码拉黑了", "对方换了号码",
           "他们发了律师函", "我截图保存了", "他们骂得很难听", "说要爆通讯录", "我申请了分期",
           "他们说会减免", "付款成功了", "要付清全部欠款", "我去派出所做了笔录", "村里的大喇叭响了",
           "快递送到了楼下"]

P_DEBT = """逾期 征信 起诉 立案 传票 强制执行 失信被执行人 诉前调解 协商还款 停息挂账 个性化分期 减免罚息
报警 出警 做笔录 反诈中心 国家反诈中心APP 12378投诉 12321举报 金融监管总局 暴力催收 软暴力
爆通讯录 借款合同 借条 欠条 利息 本金 罚息 违约金 服务费 砍头息 年化利率超过24% LPR四倍
民间借贷 套路贷 校园贷 网贷 信用卡 分期 最低还款 账单日 还款日 宽限期 逾期记录 征信报告
人民银行征信中心 银行流水 结清证明 还款计划 催收录音 仲裁 调解书 判决书 执行局 执行法官
法律援助 12348法律服务热线 律师函 律师事务所 委托书 外访 上门核实 失联修复 债务重组 债务优化
代理维权 反催收 非法集资 个人信息保护法 民法典 刑法第二百九十三条 寻衅滋事罪 侵犯公民个人信息罪
催收行业自律公约 第三方催收机构 贷后管理部 风控中心 法务部 客服专员 调解员 外访员 委外机构
信用卡中心 分行 支行 营业部 网点 柜台 大堂经理 客户经理 理财经理 柜员 保安 ATM机
冻结 解冻 止付 销户 挂失 补卡 转账 汇款 到账 退款 扣款 代扣 自动还款 绑定银行卡""".split()

P_BANK_DEPT = ["信用卡中心", "法务部", "贷后管理部", "客服中心", "营业部", "个贷中心", "风险管理部"]

P_EVERYDAY = """吃饭了吗 我在上班 孩子发烧了 明天要上夜班 工资还没发 这个月房租还没交 等我发工资 在吗
你先别急 慢慢说 不要怕 先深呼吸 保留好证据 别转账 不要点陌生链接 不要开屏幕共享 不要透露验证码
家里人都知道了 我不想让我妈知道 我老公说他来处理 我真的快崩溃了 我一晚上没睡 我不敢出门
我想死的心都有了 求求你们帮帮我 这样合法吗 我该怎么办 会不会坐牢 会不会影响孩子 会不会上征信
他们是真的法院吗 这个号码是真的吗 我需要请律师吗 可以分期吗 能只还本金吗 利息怎么算的
我只借了两千 现在要我还六千多 我已经还了一大半 剩下的实在还不上 我现在失业了 我在住院
孩子要交学费 家里老人生病 我一个月就挣三千多 我在工地干活 我在送外卖 我在厂里打工 我跑滴滴的
咱们一块儿想办法 别一个人扛着 先跟家里人说清楚 有啥事给我打电话 没事的 会过去的 天无绝人之路""".split()

P_SENT_TPL = ["{w}", "{w}了", "说是{w}", "他们说{w}", "{w}怎么办", "关于{w}的问题", "{w}是真的吗",
              "我问了{w}的事"]


def build_preserve_candidates():
    out = []
    out += P_SURNAME_WORDS + P_MEASURE + P_FU + P_PLACE + P_DEBT + P_EVERYDAY
    for w in P_FU:
        if R.random() < 0.4:
            out.append(R.choice(["我已经", "明天", "这个月", "他们让我", "下周", "说好了"]) + w)
    for w in P_PLACE:
        out.append(R.choice(["他们说要去", "有人在", "我们", "就在", "他们到了", "昨天有人去了"]) + w)
    for h in P_COLON_HEAD:
        for b in R.sample(P_COLON_BODY, 10):
            out.append(h + b)
    for t in P_TIME:
        for e in R.sample(P_EVENT, 8):
            out.append(t + R.choice(["", "", "，", " "]) + e)
    for w in P_DEBT:
        out.append(R.choice(P_SENT_TPL).format(w=w))
    for b in BANKS:
        for d in R.sample(P_BANK_DEPT, 3):
            out.append(b + d)
    for p in PLATFORMS:
        out.append(R.choice(["我在{p}借的", "{p}的客服说可以分期", "{p}逾期了", "{p}委托的机构",
                             "{p}的还款日是每月五号"]).format(p=p))
    for c in CITIES:
        out.append(c + R.choice(["市中级人民法院", "市公安局", "市人民检察院", "市金融监管局",
                                 "市法律援助中心"]))
    return out


# ------------------------------------------------------------- building ----

class Builder:
    def __init__(self, bank):
        self.bank = bank

    def fill(self, tpl, names=None, vals=None):
        """Return (segments, names) with segments [(text, kind or None)]."""
        names = {} if names is None else names
        vals = {} if vals is None else vals
        for m in PLACEHOLDER.finditer(tpl):  # names first: {K.A} may come before {N.A}
            if m.group(1) == "N" and m.group(3) and m.group(2) not in names:
                names[m.group(2)] = self.bank.draw(m.group(3))
        segs = []
        pos = 0
        self.last_nick = "{K." in tpl
        for m in PLACEHOLDER.finditer(tpl):
            if m.start() > pos:
                segs.append((tpl[pos:m.start()], None))
            tag, key, cat = m.group(1), m.group(2), m.group(3)
            pos = m.end()
            if tag == "N":
                if key not in names:
                    names[key] = self.bank.draw(cat or "x")
                segs.append((names[key]["name"], "name"))
            elif tag in ("K", "S", "HON", "TA"):
                meta = names[key]
                if tag == "K":
                    kk = ("K", key)
                    if kk not in vals:
                        vals[kk] = nickname(meta)
                    v = vals[kk]
                elif tag == "S":
                    v = surname_ref(meta)
                elif tag == "HON":
                    v = "先生" if meta["sex"] == "m" else "女士"
                else:
                    v = "他" if meta["sex"] == "m" else "她"
                segs.append((v, None))
            elif tag in PII_KIND:
                if key:
                    if (tag, key) not in vals:
                        vals[(tag, key)] = pii_value(tag)
                    v = vals[(tag, key)]
                else:
                    v = pii_value(tag)
                segs.append((v, PII_KIND[tag]))
            else:
                segs.append((plain_value(tag), None))
        if pos < len(tpl):
            segs.append((tpl[pos:], None))
        return segs, names


TYPOS = [("催收", "摧收"), ("骚扰", "搔扰"), ("威胁", "威协"), ("已经", "以经"), ("短信", "段信"),
         ("起诉", "起述"), ("怎么办", "怎么半"), ("知道", "知到"), ("应该", "因该"), ("账", "帐"),
         ("逾期", "预期"), ("借钱", "借前"), ("电话", "电化"), ("再", "在"), ("律师", "律市")]
S2T = dict(zip("们说话还钱电给发时这个么对没门会来让里债单号码贷银问吓报妈亲邻乡镇县区厂长书记处经应该难听见学师诉录觉样过现实无为爷奶儿开头",
               "們說話還錢電給發時這個麼對沒門會來讓裡債單號碼貸銀問嚇報媽親鄰鄉鎮縣區廠長書記處經應該難聽見學師訴錄覺樣過現實無為爺奶兒開頭"))
T_APPLIED = Counter()


def transform_wizard(segs):
    """Noise on the non-value segments only: punctuation, typos, traditional."""
    mods = []
    r = R.random()
    if r < 0.30:
        mods.append("nopunct")
    elif r < 0.45:
        mods.append("wrongpunct")
    if R.random() < 0.35:
        mods.append("typo")
    if R.random() < 0.10:
        mods.append("tradmix")
    typo_pick = R.sample(TYPOS, 3)
    out = []
    for text, kind in segs:
        if kind is None:
            if "nopunct" in mods:
                text = re.sub(r"[，。！？；、]", lambda m: R.choice([" ", "", " "]), text)
            if "wrongpunct" in mods:
                text = re.sub(r"，", lambda m: R.choice(["，，", "。", ",", "...", "，"]), text)
                text = re.sub(r"[？?]", "？？？", text)
            if "typo" in mods:
                for a, b in typo_pick:
                    text = text.replace(a, b, 1)
            if "tradmix" in mods:
                text = "".join(S2T.get(c, c) if R.random() < 0.7 else c for c in text)
        out.append((text, kind))
    for m in mods:
        T_APPLIED[m] += 1
    return out


def join_segs(segs):
    return "".join(t for t, _ in segs)


class Cycler:
    """Every template once (shuffled), then random picks."""

    def __init__(self, items):
        self.items = list(items)
        self.queue = list(range(len(self.items)))
        R.shuffle(self.queue)
        self.used = Counter()

    def next(self, avoid=()):
        cand = [j for j in self.queue if self.items[j] not in avoid]
        if cand:
            i = cand[0]
            self.queue.remove(i)
        else:
            i = R.choice([j for j in range(len(self.items)) if self.items[j] not in avoid])
        self.used[i] += 1
        return self.items[i]

    def all_used(self):
        return len(self.used) == len(self.items)


def relabel(tpl, offset):
    """Shift name keys (A, B, C) so several log lines can share one record."""
    return re.sub(r"\{(N|K|S|HON|TA)\.([A-Z])", lambda m: "{%s.%s" % (
        m.group(1), chr(ord(m.group(2)) + offset)), tpl)


CYC = {}


def cyc(name, items):
    if name not in CYC:
        CYC[name] = Cycler(items)
    return CYC[name]


def build_wizard(b, cls):
    tpl = cyc("wizard_" + cls, {"name": WIZARD_NAME, "pii": WIZARD_PII, "none": WIZARD_NONE}[cls]).next()
    segs, _ = b.fill(tpl)
    return transform_wizard(segs), None


def build_log(b, cls):
    SPOKEN_OK[0] = False
    try:
        return _build_log(b, cls)
    finally:
        SPOKEN_OK[0] = True


def _pick_new(getter, have):
    for _ in range(50):
        e = getter()
        if e not in have:
            return e
    raise RuntimeError("no distinct event")


def _build_log(b, cls):
    k = R.choice([2, 3, 3, 4, 5])
    events = []
    if cls == "name":
        n_name = R.choice([1, 1, 2, 2, 3]) if k > 2 else 1
        for _ in range(n_name):
            events.append(cyc("log_name", LOG_EVENTS).next(events))
        for _ in range(k - n_name):
            events.append(_pick_new(lambda: R.choice(LOG_EVENTS_PII + LOG_EVENTS_NONE * 2), events))
    elif cls == "pii":
        events.append(cyc("log_pii", LOG_EVENTS_PII).next())
        for _ in range(k - 1):
            events.append(_pick_new(lambda: R.choice(LOG_EVENTS_PII + LOG_EVENTS_NONE * 3), events))
    else:
        for _ in range(k):
            events.append(cyc("log_none", LOG_EVENTS_NONE).next(events))
    R.shuffle(events)
    days = sorted(R.sample(range(len(LOG_DATES)), k))
    lines = []
    for i, ev in enumerate(events):
        tm = R.choice(LOG_TIMES)
        f = R.choice(LOG_DT)
        if f == "{d}{t}" and tm[0].isdigit():
            f = "{d} {t}"
        dt = f.format(d=LOG_DATES[days[i]], t=tm)
        r = R.random()
        if cls != "none" and r < 0.4:
            caller = R.choice(LOG_CALLERS_PII)
        elif r < 0.8:
            caller = R.choice(LOG_CALLERS_NONE)
        else:
            caller = ""
        sep = R.choice([" ", " ", "，", "  "])
        lines.append(relabel(dt + (sep + caller if caller else "") + sep + ev, 3 * i))
    joiner = R.choice(["\n", "\n", "\n", "；", "\n\n"])
    tpl = R.choice(LOG_HEADERS) + joiner.join(lines)
    segs, _ = b.fill(tpl)
    return segs, None


def build_sms(b, cls):
    SPOKEN_OK[0] = False
    try:
        return _build_sms(b, cls)
    finally:
        SPOKEN_OK[0] = True


def _build_sms(b, cls):
    body = cyc("sms_" + cls, {"name": SMS_NAME, "pii": SMS_PII, "none": SMS_NONE}[cls]).next()
    wrap, has_sender = R.choice(SMS_WRAP)
    sender_field = None
    if has_sender:
        r = R.random()
        gwpre = ""
        if cls != "none" and r < 0.4:
            m = mobile()
            disp = R.choice([m, m, "+86" + m, "+86 " + m, m[:3] + " " + m[3:7] + " " + m[7:], m])
            sender_field = "+86" + m if disp.startswith("+86") else m
            if r < 0.12:  # a mobile behind a 106 gateway prefix: only the mobile is personal
                disp = m
                gwpre = R.choice(["1069 0 ", "106 ", "10690", "106980 "])
                sender_field = nows(gwpre) + m
            wrap = wrap.replace("{SENDER}", gwpre + "{SENDERPH}")
        elif cls != "none" or r < 0.85:
            disp = gateway()
            sender_field = nows(disp)
        else:
            disp = R.choice(["95588", "95555", "95511", "106575", "1069095599"])
            sender_field = disp
    else:
        sender_field = R.choice([None, None, nows(gateway())]
                                + ([R.choice(["95588", "95533", "95555"])] if cls == "none" else []))
    dt = R.choice(DATES[:7]) + " " + R.choice(TIMES)
    parts = wrap.replace("{BODY}", "\x01").replace("{BRACKET}", R.choice(BRACKETS)).replace("{DT}", dt)
    before, after = parts.split("\x01")
    segs = []
    for chunk in (before, None, after):
        if chunk is None:
            s, names = b.fill(body)
            segs += s
            continue
        if "{SENDERPH}" in chunk:
            x, y = chunk.split("{SENDERPH}")
            segs += [(x, None), (disp, "phone"), (y, None)]
        elif "{SENDER}" in chunk:
            segs.append((chunk.replace("{SENDER}", disp), None))
        else:
            segs.append((chunk, None))
    return [s for s in segs if s[0]], sender_field


def build_addr(b, cls):
    tpl = cyc("addr_" + cls, {"name": ADDR_NAME, "pii": ADDR_PII, "none": ADDR_NONE}[cls]).next()
    segs, _ = b.fill(tpl)
    if R.random() < 0.3:
        segs = transform_wizard(segs)
    return segs, None


BUILDERS = {"wizard": build_wizard, "log": build_log, "sms": build_sms, "addr": build_addr}


def load_others():
    texts, lines = set(), set()
    for p in glob.glob(os.path.join(HERE, "scrub_*.jsonl")):
        if os.path.basename(p) == "scrub_tune5.jsonl":
            continue
        with open(p, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if ln:
                    texts.add(nows(json.loads(ln)["text"]))
    for p in glob.glob(os.path.join(HERE, "scrub_*preserve.txt")):
        if os.path.basename(p) == "scrub_tune5_preserve.txt":
            continue
        with open(p, encoding="utf-8") as f:
            for ln in f:
                if ln.strip():
                    lines.add(nows(ln))
    return texts, lines


def record_from(segs):
    text = join_segs(segs)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    pii, seen, off = [], set(), -lead
    for t, kind in segs:
        if kind and t not in seen:
            seen.add(t)
            pii.append({"kind": kind, "value": t, "_off": off})
        off += len(t)
    return text, pii


def main():
    other_texts, other_lines = load_others()

    # preserve first: the names are then drawn so that none occurs in it
    cands = [c.strip() for c in build_preserve_candidates() if c.strip()]
    R.shuffle(cands)
    preserve, seen, drop_other, drop_self = [], set(), 0, 0
    for c in cands:
        k = nows(c)
        if k in seen:
            drop_self += 1
            continue
        if k in other_lines or k in other_texts:
            drop_other += 1
            continue
        seen.add(k)
        preserve.append(c)
    n_pres_cands = len(preserve)
    preserve = preserve[:N_PRESERVE]
    pres_blob = "\n".join(nows(p).lower() for p in preserve)

    forbid = (WIZARD_NAME + WIZARD_PII + WIZARD_NONE + LOG_EVENTS + LOG_EVENTS_PII + LOG_EVENTS_NONE
              + LOG_CALLERS_NONE + LOG_HEADERS + LOG_DATES + LOG_TIMES + SMS_NAME + SMS_PII + SMS_NONE
              + [w for w, _ in SMS_WRAP] + BRACKETS + ADDR_NAME + ADDR_PII + ADDR_NONE + PLATFORMS
              + BANKS + AGENCIES + COMPANIES + SCHOOLS + CITIES + AMOUNTS + DATES + TIMES
              + TOWNS + VILLAGES + TUN + ESTATES + ROADS + ZONES
              + [c + d for c, d in CITY_DIST] + ["".join(v) for v in VILLAGE_AREAS]
              + [b for _, b in TYPOS] + preserve)
    bank = NameBank(forbid)
    b = Builder(bank)

    slots = []
    for (style, cls), n in PLAN.items():
        slots += [(style, cls)] * n
    R.shuffle(slots)
    assert len(slots) == N_RECORDS

    records, texts_seen, dup_other, retries = [], set(), 0, 0
    for i, (style, cls) in enumerate(slots):
        for attempt in range(200):
            segs, sender = BUILDERS[style](b, cls)
            text, pii = record_from(segs)
            k = nows(text)
            if k in other_texts:
                dup_other += 1
                continue
            if k in texts_seen:
                retries += 1
                continue
            ok = True
            # every value occurs where it was put, in order of first appearance
            last = -1
            for p in pii:
                if text.find(p["value"]) != p["_off"] or p["_off"] <= last:
                    ok = False
                last = p["_off"]
            names = [p["value"] for p in pii if p["kind"] == "name"]
            if cls == "name" and not names or cls == "pii" and (names or not pii) or cls == "none" and pii:
                ok = False
            # no generated name outside a labelled value
            resid = text
            for p in sorted(pii, key=lambda p: -len(p["value"])):
                resid = resid.replace(p["value"], "\x00")
            resid = nows(resid)
            if any(u in resid for u in bank.used):
                ok = False
            # no value of this record in the preserve file
            if any(nows(p["value"]).lower() in pres_blob for p in pii):
                ok = False
            if not ok:
                retries += 1
                continue
            break
        else:
            raise RuntimeError("could not build record %d" % i)
        texts_seen.add(k)
        bank.accept_text(text)
        for p in pii:
            del p["_off"]
        records.append({"id": "t5-%04d" % (i + 1), "text": text, "sender": sender, "pii": pii,
                        "_style": style, "_cls": cls, "_nick": b.last_nick})

    # ---------------------------------------------------------- self-checks
    all_names = [p["value"] for r in records for p in r["pii"] if p["kind"] == "name"]
    assert len(all_names) == len(set(all_names)), "a name is used twice"
    name_keys = [nows(n) for n in all_names]
    for r in records:
        t = r["text"]
        for p in r["pii"]:
            assert p["value"] in t
        resid = t
        for p in sorted(r["pii"], key=lambda p: -len(p["value"])):
            resid = resid.replace(p["value"], "\x00")
        resid = nows(resid)
        for n in name_keys:
            assert n not in resid, ("unlabelled name", r["id"])
        offs = [t.find(p["value"]) for p in r["pii"]]
        assert offs == sorted(offs)
    assert len({nows(r["text"]) for r in records}) == len(records)
    assert len({nows(p) for p in preserve}) == len(preserve)
    values = {nows(p["value"]).lower() for r in records for p in r["pii"]}
    for line in preserve:
        k = nows(line).lower()
        for v in values:
            assert v not in k, "value in preserve line"
    for name, c in CYC.items():
        assert c.all_used(), name

    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for r in records:
            out = {"id": r["id"], "text": r["text"], "sender": r["sender"], "pii": r["pii"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as f:
        for line in preserve:
            f.write(line + "\n")

    # ---------------------------------------------------------------- report
    kinds = Counter(p["kind"] for r in records for p in r["pii"])
    print("records", len(records), "preserve", len(preserve))
    print("dedupe: records dropped as duplicates of other corpora", dup_other,
          "| preserve candidates dropped: other corpora", drop_other, "own repeats", drop_self, "| kept", n_pres_cands, "->", len(preserve))
    print("record retries", retries, "| name draws rejected", bank.rejected)
    print("kinds", dict(kinds.most_common()))
    grp = Counter((r["_style"], r["_cls"]) for r in records)
    print("groups", {"%s/%s" % k: v for k, v in sorted(grp.items())})
    print("no pii", sum(1 for r in records if not r["pii"]),
          "| pii but no name", sum(1 for r in records if r["pii"] and not any(p["kind"] == "name" for p in r["pii"])),
          "| with name", sum(1 for r in records if any(p["kind"] == "name" for p in r["pii"])),
          "| 2+ names", sum(1 for r in records if sum(p["kind"] == "name" for p in r["pii"]) >= 2))
    print("names", len(all_names))
    nk = Counter(bank.meta[n]["kind"] for n in all_names)
    print("name kinds", dict(nk.most_common()))
    print("name forms", dict(Counter(
        "dot" if re.search("[·•]", n) else "space" if " " in n else "%d chars" % len(n)
        for n in all_names).most_common()))
    print("focus surnames", {f: sum(1 for n in all_names if bank.meta[n]["sur"] == f) for f in FOCUS_SUR})
    print("records with a nickname template", sum(1 for r in records if r.get("_nick")))
    print("templates", {k: len(c.items) for k, c in sorted(CYC.items())})
    print("wizard noise", dict(T_APPLIED))
    print("senders null", sum(1 for r in records if r["sender"] is None))
    for p in (OUT_JSONL, OUT_PRESERVE):
        print(os.path.basename(p), hashlib.md5(open(p, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
