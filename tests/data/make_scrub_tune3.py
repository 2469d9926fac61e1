"""Scrubber tuning corpora, fourth writer: realistic text.

Writes, next to this file:
  scrub_tune3.jsonl           400 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune3_preserve.txt    1,200+ ordinary lines with no personal data

Written on 2026-12-03 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md and the docstrings of the earlier
generators).  Templates, name lists and word lists are this writer's own.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune3.py
No third-party dependency (own name lists, no Faker).  Deterministic: fixed
SEED, one random.Random.

Focus: REALISM.  Text as frightened people paste it and as real collectors,
lenders, courts and police write it: illegal collection threats naming the
debtor, relatives, contacts, employers and the village committee; lawful
reminders from lenders and agencies; 12368 court notices with party names
and case numbers; anti-fraud notices; first-person "what happened" accounts
typed into a free-text box, with family members, collectors and their 工号,
home and work addresses, WeChat/QQ/Alipay accounts, and card and phone numbers
written the way people write them.  Names follow a rough real surname
frequency (王李张刘陈 ...), with about 10 % compound or rare surnames, some
minority names with "·" and some pinyin names.

The texts are deduplicated against the other scrub_*.jsonl texts and
scrub_*_preserve.txt lines (exact match after removing whitespace).  The
dedupe only filters; it never prints anything from those files.
"""

import glob
import json
import os
import random
import re

SEED = 20261224
N_RECORDS = 400
MIN_PRESERVE = 1200

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune3.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune3_preserve.txt")

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

# Common surnames with rough relative weights (per-mille of population, rounded).
SURNAMES = [
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 32),
    ("黄", 24), ("赵", 20), ("吴", 20), ("周", 19), ("徐", 14), ("孙", 14),
    ("马", 13), ("朱", 12), ("胡", 12), ("郭", 11), ("何", 10), ("林", 10),
    ("高", 10), ("罗", 9), ("郑", 9), ("梁", 8), ("谢", 7), ("宋", 6),
    ("唐", 6), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6), ("曹", 5),
    ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 4), ("袁", 4),
    ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4),
    ("叶", 4), ("程", 4), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3),
    ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3),
    ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 2),
    ("石", 2), ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("付", 2),
    ("方", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2),
    ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2),
    ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2),
    ("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2), ("邵", 2), ("万", 1),
    ("钱", 1), ("严", 1), ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1),
    ("孔", 1), ("向", 1), ("汤", 1), ("常", 1), ("牛", 1), ("葛", 1),
    ("易", 1), ("乔", 1), ("赖", 1), ("聂", 1), ("施", 1), ("岳", 1),
]
SUR_CHARS = [s for s, _ in SURNAMES]
SUR_WEIGHTS = [w for _, w in SURNAMES]

RARE_SURNAMES = ["仝", "郜", "庹", "逄", "昝", "蔺", "綦", "缑", "隋", "勾",
                 "冉", "宓", "栾", "茹", "甄", "谯", "邴", "靳", "巩", "揭"]
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容",
                     "司徒", "公孙", "夏侯", "东方", "尉迟", "端木", "宇文"]

GIVEN_M1 = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭龙林斌峰")
GIVEN_F1 = list("芳娜敏静丽艳娟霞莉琳倩颖萍洁慧玲燕婷雯瑶琴")
GIVEN_M2 = ["建华", "建国", "建军", "志强", "志明", "海涛", "晓东", "国强",
            "国庆", "红军", "文杰", "俊杰", "子豪", "浩然", "宇轩", "家豪",
            "天宇", "博文", "振华", "永刚", "春生", "德华", "金龙", "立新",
            "卫东", "学军", "明辉", "庆丰", "长青", "宏伟", "亚东", "忠良",
            "玉林", "少华", "大勇", "小兵", "双喜", "铁柱", "新民", "世杰",
            "俊宇", "梓轩", "一鸣", "晨阳", "思远", "德福", "保国", "连生"]
GIVEN_F2 = ["秀英", "秀兰", "桂英", "桂芳", "玉兰", "玉梅", "丽娟", "丽华",
            "红梅", "海燕", "晓燕", "雪梅", "淑珍", "凤英", "美玲", "婷婷",
            "欣怡", "雨涵", "梓涵", "诗琪", "佳怡", "慧敏", "晓丽", "春梅",
            "翠花", "金凤", "月娥", "秀梅", "兰英", "彩霞", "素芬", "爱华",
            "冬梅", "艳红", "小燕", "巧玲", "雅琴", "思雨", "紫涵", "梦瑶",
            "晓红", "丽萍", "玉珍", "桂兰", "淑华", "春燕", "文静", "佳琪"]

UYGHUR_GIVEN = ["买买提", "艾尔肯", "阿不都拉", "吐尔逊", "艾力", "努尔兰",
                "热合曼", "阿迪力", "伊力哈木", "古丽米拉", "热娜古丽",
                "阿依努尔", "迪丽娜尔", "帕提古丽", "米热古丽", "祖丽菲亚"]
UYGHUR_FATHER = ["吐尔逊", "艾则孜", "托合提", "阿不都", "买买提", "沙吾提",
                 "艾买提", "玉素甫", "依明", "克里木", "热依木", "阿西木"]
TIBETAN = ["次仁多吉", "扎西卓玛", "格桑曲珍", "丹增旺堆", "洛桑次旦",
           "央金拉姆", "尼玛顿珠", "德吉央宗", "平措扎西", "拉巴次仁"]
MONGOL = ["巴特尔", "乌云塔娜", "额尔敦巴特尔", "其木格", "苏日娜",
          "朝鲁门", "斯琴图雅", "那仁满都拉", "阿拉坦仓", "乌兰图雅"]
YI = ["阿苏·拉则", "吉克·曲布", "沙马·阿果", "阿说·伍呷"]

PINYIN_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu",
              "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
              "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma",
              "朱": "Zhu", "胡": "Hu", "郭": "Guo", "林": "Lin", "何": "He"}
PINYIN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun",
                "Xiaoming", "Jianguo", "Lina", "Hao", "Yuxuan", "Xiaohong",
                "Haitao", "Zihan", "Tingting", "Jiahao", "Xin", "Yang"]

WORD_BLOCK = {"高兴", "安全", "方便", "王牌", "金额", "马上", "周末", "白天",
              "黄金", "林业", "石油", "叶子", "张贴", "高峰", "江山", "白雪",
              "文明", "夏天", "黎明", "常青", "海燕", "金龙", "龙飞", "向阳",
              "林海", "江涛", "石磊", "毛毛", "高原", "万元", "余额", "华夏",
              "金凤", "金华", "龙华", "胡同", "江华", "马林", "文静", "钱包"}

USED_NAMES = set()
FORBIDDEN_TEXT = []   # texts that names must not occur in (filled in later)


OLD_M = ["建国", "国庆", "红军", "德福", "保国", "连生", "春生", "德华", "学军",
         "忠良", "铁柱", "新民", "永刚", "立新", "卫东", "建华", "建军", "国强", "长青"]
OLD_F = ["秀英", "秀兰", "桂英", "桂芳", "玉兰", "玉梅", "淑珍", "凤英", "翠花",
         "金凤", "月娥", "秀梅", "兰英", "素芬", "爱华", "桂兰", "淑华", "玉珍", "冬梅"]
YOUNG_M = ["子豪", "浩然", "宇轩", "家豪", "天宇", "梓轩", "俊宇", "一鸣", "晨阳",
           "思远", "博文", "文杰", "俊杰", "浩", "宇", "鑫", "帅", "凯"]
YOUNG_F = ["欣怡", "雨涵", "梓涵", "诗琪", "佳怡", "思雨", "紫涵", "梦瑶", "佳琪",
           "婷婷", "雯", "瑶", "倩", "颖", "慧敏", "雅琴"]


def _given(male, age):
    if age == "old":
        return R.choice(OLD_M if male else OLD_F)
    if age == "young":
        return R.choice(YOUNG_M if male else YOUNG_F)
    g = R.random()
    one = GIVEN_M1 if male else GIVEN_F1
    if g < 0.27:
        return R.choice(one)
    if g < 0.90:
        return R.choice(GIVEN_M2 if male else GIVEN_F2)
    a, b = R.choice(one), R.choice(one)
    return a if a == b else a + b


def _han_name(style=None, gender=None, age=None):
    """A Han name. style None = realistic mix of surnames."""
    r = R.random()
    if style == "single" or r < 0.90:
        sur = R.choices(SUR_CHARS, SUR_WEIGHTS)[0]
    elif r < 0.95:
        sur = R.choice(RARE_SURNAMES)
    else:
        sur = R.choice(COMPOUND_SURNAMES)
    male = (gender == "m") if gender else R.random() < 0.5
    return sur, sur + _given(male, age)


def _minority_name():
    r = R.random()
    if r < 0.5:
        a = R.choice(UYGHUR_GIVEN)
        b = R.choice([x for x in UYGHUR_FATHER if x != a])
        return a + "·" + b
    if r < 0.72:
        return R.choice(TIBETAN)
    if r < 0.92:
        return R.choice(MONGOL)
    return R.choice(YI)


def _pinyin_name():
    sur = R.choice(list(PINYIN_SUR))
    p = PINYIN_SUR[sur]
    g = R.choice(PINYIN_GIVEN)
    form = R.random()
    if form < 0.55:
        return p + " " + g
    if form < 0.75:
        return p.upper() + " " + g
    if form < 0.9:
        return g + " " + p
    return (p + " " + g).lower()


def name_ok(n):
    if n in USED_NAMES or n in WORD_BLOCK:
        return False
    for t in FORBIDDEN_TEXT:
        if n in t:
            return False
    return True


def draw_name(style=None, surname=None, gender=None, age=None):
    """style: None (realistic mix), 'han' (single-char surname Han name),
    'py' (pinyin).  gender 'm'/'f' and age 'old'/'young' force a Han name."""
    for _ in range(300):
        sur = None
        if surname:
            male = (gender == "m") if gender else R.random() < 0.5
            sur, n = surname, surname + _given(male, age)
        elif style == "py":
            n = _pinyin_name()
        elif style == "han" or gender or age:
            sur, n = _han_name("single" if style == "han" else None, gender, age)
        else:
            r = R.random()
            if r < 0.05:
                n = _minority_name()
            else:
                sur, n = _han_name()
        if name_ok(n):
            USED_NAMES.add(n)
            return sur, n
    raise RuntimeError("cannot draw name")


# ---------------------------------------------------------------------------
# Other personal data
# ---------------------------------------------------------------------------

FW = str.maketrans("0123456789", "０１２３４５６７８９")
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138",
                 "139", "150", "151", "152", "155", "156", "157", "158",
                 "159", "166", "173", "175", "176", "177", "180", "181",
                 "182", "183", "185", "186", "187", "188", "189", "191",
                 "198", "199", "135", "138", "139", "186", "152", "158"]
AREA = ["010", "021", "022", "023", "020", "0755", "0371", "0731", "027",
        "028", "029", "0551", "0311", "0531", "0571", "025", "0851", "0771"]


def mobile_digits():
    return R.choice(MOBILE_PREFIX) + "".join(R.choice("0123456789") for _ in range(8))


def fmt_mobile(d):
    r = R.random()
    if r < 0.55:
        return d
    if r < 0.72:
        return d[:3] + " " + d[3:7] + " " + d[7:]
    if r < 0.82:
        return d[:3] + "-" + d[3:7] + "-" + d[7:]
    if r < 0.90:
        return d.translate(FW)
    if r < 0.95:
        return "+86 " + d
    return "+86" + d


def landline():
    a = R.choice(AREA)
    n = R.choice("2345678") + "".join(R.choice("0123456789") for _ in range(7 if len(a) == 3 else 6 + R.randint(0, 1)))
    r = R.random()
    if r < 0.7:
        return a + "-" + n
    if r < 0.85:
        return "(" + a + ")" + n
    return a + n


def phone():
    return fmt_mobile(mobile_digits()) if R.random() < 0.85 else landline()


ID_AREAS = ["110105", "110108", "120104", "130102", "130602", "140105",
            "210102", "320102", "320583", "330106", "340104", "350203",
            "360102", "370102", "370783", "410105", "411302", "412726",
            "420106", "430104", "430621", "440106", "440304", "450103",
            "500103", "510104", "511502", "522101", "530102", "610113",
            "620102", "650102", "652101", "150102", "542621"]


def id_number():
    area = R.choice(ID_AREAS)
    y = R.randint(1962, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(body, w)) % 11
    chk = "10X98765432"[s]
    if chk == "X" and R.random() < 0.25:
        chk = "x"
    v = body + chk
    r = R.random()
    if r < 0.85:
        return v
    if r < 0.93:
        return v[:6] + " " + v[6:14] + " " + v[14:]
    return v.translate(FW)


CARD_PREFIX = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19),
               ("622588", 16), ("622260", 19), ("623058", 19), ("622700", 19),
               ("621483", 16), ("622155", 16), ("625965", 16), ("621226", 19),
               ("622908", 16), ("622262", 19), ("621799", 19), ("622609", 16)]


def luhn_complete(partial):
    digits = [int(c) for c in partial]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return partial + str((10 - total % 10) % 10)


def bank_card():
    pre, ln = R.choice(CARD_PREFIX)
    partial = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    v = luhn_complete(partial)
    r = R.random()
    if r < 0.5:
        return v
    if r < 0.85:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.93:
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v.translate(FW)


PROV_CITY = [
    ("河南省", "周口市", ["郸城县", "太康县", "川汇区"]),
    ("河南省", "南阳市", ["邓州市", "宛城区", "唐河县"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
    ("湖南省", "邵阳市", ["隆回县", "邵东市", "双清区"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
    ("四川省", "南充市", ["仪陇县", "顺庆区", "营山县"]),
    ("四川省", "成都市", ["武侯区", "郫都区", "双流区"]),
    ("安徽省", "阜阳市", ["临泉县", "颍州区", "太和县"]),
    ("山东省", "临沂市", ["兰山区", "沂南县", "费县"]),
    ("江西省", "赣州市", ["于都县", "章贡区", "兴国县"]),
    ("广西壮族自治区", "玉林市", ["博白县", "玉州区", "北流市"]),
    ("河北省", "邯郸市", ["魏县", "丛台区", "大名县"]),
    ("湖北省", "黄冈市", ["麻城市", "蕲春县", "黄州区"]),
    ("贵州省", "毕节市", ["威宁县", "七星关区", "大方县"]),
    ("广东省", "深圳市", ["南山区", "宝安区", "龙岗区"]),
    ("广东省", "广州市", ["白云区", "番禺区", "天河区"]),
    ("浙江省", "杭州市", ["余杭区", "西湖区", "萧山区"]),
    ("江苏省", "苏州市", ["吴中区", "昆山市", "工业园区"]),
]
CITIES_ONLY = [("北京市", ["朝阳区", "海淀区", "丰台区", "昌平区"]),
               ("上海市", ["浦东新区", "闵行区", "宝山区", "松江区"]),
               ("重庆市", ["渝北区", "九龙坡区", "万州区"]),
               ("天津市", ["南开区", "河西区", "滨海新区"])]
TOWNS = ["城关镇", "新集镇", "李寨镇", "白马镇", "石桥镇", "汲冢镇", "双河镇",
         "龙王庙乡", "大营镇", "马庄乡", "清水镇", "柳林镇", "河口镇"]
VILLAGES = ["王庄村", "张楼村", "前进村", "刘屯村", "小河村", "红星村",
            "东岳村", "后营村", "新民村", "大湾村", "陈家村", "杨树村"]
ROADS = ["人民路", "建设路", "解放路", "中山路", "文化路", "黄河路", "长江路",
         "和平路", "新华路", "胜利路", "东风路", "金水路", "科技路", "迎宾大道",
         "花园路", "工业大道", "学府路", "滨河路"]
COMPOUNDS = ["幸福家园", "阳光花园", "锦绣华庭", "金色家园", "碧桂园", "万科城",
             "御景湾", "东方名苑", "翠湖小区", "建业桂园", "保利花园", "绿地新城"]
TOWERS = ["科兴科学园", "国际金融中心", "中环广场", "创业大厦", "华润大厦",
          "金融港", "软件园", "世纪大厦", "汇金中心"]
CN_NUM = "一二三四五六七八九十"


def address(kind=None):
    kind = kind or R.choice(["home", "home", "village", "village", "work"])
    if kind == "village":
        prov, city, dists = R.choice([x for x in PROV_CITY if any(d.endswith("县") for d in x[2])])
        d = R.choice([d for d in dists if d.endswith("县")])
        head = (prov if R.random() < 0.6 else "") + city + d
        tail = R.choice(TOWNS) + R.choice(VILLAGES) + R.choice(
            [CN_NUM[R.randint(0, 9)] + "组", str(R.randint(1, 12)) + "组",
             str(R.randint(1, 199)) + "号", ""])
        return (head if R.random() < 0.75 else d) + tail
    if R.random() < 0.2:
        city, dists = R.choice(CITIES_ONLY)
        head = city + R.choice(dists)
        head_short = R.choice(dists)
    else:
        prov, city, dists = R.choice(PROV_CITY)
        d = R.choice(dists)
        head = (prov if R.random() < 0.6 else "") + city + d
        head_short = city + d
    if kind == "village":
        tail = R.choice(TOWNS) + R.choice(VILLAGES) + R.choice(
            [CN_NUM[R.randint(0, 9)] + "组", str(R.randint(1, 12)) + "组",
             str(R.randint(1, 199)) + "号", ""])
        return (head if R.random() < 0.7 else head_short) + tail
    if kind == "work":
        if head_short.endswith("县"):
            return address("work")
        return (head if R.random() < 0.5 else head_short) + R.choice(ROADS) + \
            str(R.randint(1, 399)) + "号" + R.choice(TOWERS) + \
            R.choice(["A座", "B座", "C栋", "1号楼", ""]) + str(R.randint(2, 30)) + "楼"
    return (head if R.random() < 0.5 else head_short) + R.choice(ROADS) + \
        str(R.randint(1, 399)) + "号" + R.choice(COMPOUNDS) + str(R.randint(1, 32)) + \
        R.choice(["栋", "号楼"]) + str(R.randint(1, 4)) + "单元" + \
        str(R.randint(1, 33)) + "0" + str(R.randint(1, 4)) + R.choice(["室", "", "室"])


PY_WORDS = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
            "xiaoyu", "haitao", "lili", "jun", "fang", "xinxin", "weiwei",
            "lucky", "sunny", "happy", "tiger", "momo", "xiaoxiao", "dongdong"]


def email():
    r = R.random()
    if r < 0.4:
        return "".join(R.choice("0123456789") for _ in range(R.randint(8, 10))).lstrip("0") + "@qq.com"
    local = R.choice(PY_WORDS) + R.choice(["", "_", "."]) + R.choice(PY_WORDS) + str(R.randint(1, 9999))
    return local + "@" + R.choice(["163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "139.com"])


def qq():
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(R.randint(7, 9)))


def wechat():
    r = R.random()
    if r < 0.3:
        return "wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    base = R.choice(PY_WORDS) + R.choice(PY_WORDS)
    return base + R.choice(["", "_", "-"]) + str(R.randint(1, 2005))


PLATE_PROV = "京沪津渝冀豫鲁晋陕湘鄂川贵云桂粤闽赣皖苏浙辽吉黑蒙新甘宁"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_AN = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    p = R.choice(PLATE_PROV) + R.choice(PLATE_LET)
    if R.random() < 0.2:
        tail = R.choice("DF") + "".join(R.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(R.choice("0123456789") for _ in range(3)) + \
            "".join(R.choice(PLATE_AN) for _ in range(2))
        tail = "".join(R.sample(tail, len(tail)))
    sep = R.choice(["", "", "·", " "])
    return p + sep + tail


def account():
    r = R.random()
    if r < 0.35:
        return "HT" + "2026" + "%02d%02d" % (R.randint(1, 11), R.randint(1, 28)) + \
            "".join(R.choice("0123456789") for _ in range(6))
    if r < 0.6:
        return "JK" + "".join(R.choice("0123456789") for _ in range(14))
    if r < 0.8:
        return "".join(R.choice("0123456789") for _ in range(R.randint(16, 20)))
    return "LN" + "".join(R.choice("0123456789") for _ in range(12))


def staff_no():
    r = R.random()
    if r < 0.35:
        return str(R.randint(1000, 99999))
    if r < 0.7:
        return R.choice(["CS", "DH", "FW", "JD", "A", "B"]) + str(R.randint(1000, 99999))
    return R.choice(["HN", "SZ", "CD", "WH"]) + "-" + str(R.randint(100, 9999))


# ---------------------------------------------------------------------------
# Non-personal fillers
# ---------------------------------------------------------------------------

PLATFORMS = ["借呗", "花呗", "微粒贷", "京东金条", "美团借钱", "360借条", "分期乐",
             "安逸花", "度小满", "拍拍贷", "招联金融", "中银消费金融", "马上消费金融",
             "洋钱罐", "来分期", "小赢卡贷", "你我贷", "宜人贷", "众安贷", "携程借钱",
             "抖音放心借", "平安普惠", "捷信", "兴业消费金融"]
BANKS = ["工商银行", "农业银行", "中国银行", "建设银行", "交通银行", "招商银行",
         "浦发银行", "中信银行", "民生银行", "光大银行", "平安银行", "兴业银行",
         "广发银行", "邮储银行", "华夏银行", "北京银行", "农村信用社"]
BANK_HOT = {"工商银行": "95588", "农业银行": "95599", "中国银行": "95566",
            "建设银行": "95533", "交通银行": "95559", "招商银行": "95555",
            "浦发银行": "95528", "中信银行": "95558", "民生银行": "95568",
            "光大银行": "95595", "平安银行": "95511", "兴业银行": "95561",
            "广发银行": "95508", "邮储银行": "95580", "华夏银行": "95577",
            "北京银行": "95526", "农村信用社": "96288"}
AGENCY_A = ["湖南", "深圳", "广州", "成都", "杭州", "武汉", "上海", "重庆"]
AGENCY_B = ["恒信", "鼎诚", "瑞达", "正通", "诚泰", "汇远", "永安", "中合", "德衡"]
AGENCY_C = ["资产管理有限公司", "信息咨询有限公司", "商务服务有限公司", "律师事务所"]
COMPANY_B = ["宏达", "兴旺", "鑫源", "恒泰", "顺丰", "天成", "美达", "联创", "嘉禾"]
COMPANY_C = ["物流有限公司", "电子科技有限公司", "建材有限公司", "餐饮管理有限公司",
             "汽车销售服务有限公司", "服装厂", "食品有限公司", "物业管理有限公司"]
COURTS = [("北京市朝阳区人民法院", "京0105"), ("北京市海淀区人民法院", "京0108"),
          ("上海市浦东新区人民法院", "沪0115"), ("广州市天河区人民法院", "粤0106"),
          ("深圳市南山区人民法院", "粤0305"), ("杭州市西湖区人民法院", "浙0106"),
          ("成都市武侯区人民法院", "川0107"), ("郑州市金水区人民法院", "豫0105"),
          ("长沙市岳麓区人民法院", "湘0104"), ("武汉市江汉区人民法院", "鄂0103"),
          ("重庆市渝北区人民法院", "渝0112"), ("南京市鼓楼区人民法院", "苏0106"),
          ("周口市川汇区人民法院", "豫1602"), ("临沂市兰山区人民法院", "鲁1302"),
          ("邵阳市双清区人民法院", "湘0502"), ("阜阳市颍州区人民法院", "皖1202")]
POLICE_CITIES = ["北京", "上海", "广州", "深圳", "郑州", "长沙", "成都", "杭州",
                 "武汉", "临沂", "南宁", "合肥"]
POLICE_DIST = ["朝阳", "天河", "金水", "岳麓", "武侯", "西湖", "江汉", "兰山", "青秀", "蜀山"]
CASE_TYPES = ["民初", "民初", "民初", "执", "执保", "民特"]
HOTLINES = ["95188", "95017", "95137", "400-999-8800", "400-678-0088", "10109955",
            "400-818-6888"]


def amount():
    r = R.random()
    if r < 0.35:
        return "%d元" % (R.randint(5, 400) * 100)
    if r < 0.6:
        return "%d.%02d元" % (R.randint(300, 48000), R.randint(0, 99))
    if r < 0.75:
        return "¥%s" % format(R.randint(500, 60000), ",") + ".00"
    if r < 0.9:
        return "%s万" % R.choice(["1", "2", "3", "1.5", "2.8", "5", "8", "12"])
    return "%d块" % (R.randint(2, 90) * 100)


def date():
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    r = R.random()
    if r < 0.5:
        return "%d月%d日" % (m, d)
    if r < 0.75:
        return "2026年%d月%d日" % (m, d)
    if r < 0.9:
        return "%d号" % d
    return "2026-%02d-%02d" % (m, d)


def case_no(prefix):
    return "（%d）%s%s%d号" % (R.choice([2025, 2026, 2026]), prefix, R.choice(CASE_TYPES), R.randint(1000, 39999))


def fillers():
    court, cpre = R.choice(COURTS)
    bank = R.choice(BANKS)
    return {
        "PLAT": R.choice(PLATFORMS),
        "BANK": bank,
        "BHOT": BANK_HOT[bank],
        "AGENCY": R.choice(AGENCY_A) + R.choice(AGENCY_B) + R.choice(AGENCY_C),
        "COMPANY": R.choice(AGENCY_A + ["郑州", "临沂", "东莞", "佛山"]) + R.choice(COMPANY_B) + R.choice(COMPANY_C),
        "COURT": court,
        "CASE": case_no(cpre),
        "PCITY": R.choice(POLICE_CITIES),
        "PDIST": R.choice(POLICE_DIST),
        "AMT": amount(),
        "AMT2": amount(),
        "DATE": date(),
        "DAYS": str(R.choice([3, 5, 7, 12, 15, 23, 30, 45, 60, 90, 120, 180])),
        "TAIL": "".join(R.choice("0123456789") for _ in range(4)),
        "HOT": R.choice(HOTLINES),
        "TIME": R.choice(["上午", "下午", "晚上", "中午", "今天早上", "昨天晚上", "前天下午"]),
        "HOUR": R.choice(["9", "10", "14", "15", "16", "17", "18", "20"]),
    }


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# Placeholders:
#   names  {A} {B} {C} {D} {E}                      (kind name)
#   nick   {xA} 小+surname  {lA} 老+surname  {sA} bare surname  (never labelled)
#   pii    {P} {P2} mobile/landline (phone), {M} mobile only, {L} landline,
#          {ID}, {CARD}, {ADDR} {ADDRV} {ADDRW} (address: any/village/work),
#          {MAIL}, {QQ}, {WX}, {PLATE}, {ACCT}, {GH} (staff number -> account)
#   other  fillers() keys
# sender: "mob" personal mobile, "gw" 1069 gateway, "bank" bank short code,
#         "court" 12368, "police", "plat" platform short code, None.
# opts: dict, may hold "same": {"B": "A"} (B has A's surname).

T = []


def t(cat, sender, text, **opts):
    T.append((cat, sender, text, opts))


# --- illegal collection texts (pasted by the recipient) ---------------------
t("illegal", "mob", "{A}，你在{PLAT}的欠款{AMT}已经逾期{DAYS}天了，今天下午{HOUR}点前不处理，我们就联系你妈{B}和你单位领导，到时候别怪我们没提醒你。", same={"B": "A"}, f={"B"}, old={"B"})
t("illegal", "mob", "通知{A}：你的欠款今天必须结清，否则明天我们的人直接去{ADDRV}找你，顺便让你们村委会的人都知道你欠钱不还。")
t("illegal", "mob", "{A}你再装死试试，你通讯录里的{B}、{C}、{D}我们都已经打过电话了，下一个就是你老婆。")
t("illegal", "mob", "你好，请问是{A}的家属吗？他在我们平台的借款已经严重逾期，本人联系不上，麻烦转告他尽快回电{P}。", m={"A"})
t("illegal", "mob", "【欠款公示】{A}，身份证号{ID}，欠{PLAT}{AMT}拒不归还，认识此人的请转告，联系电话{P}。")
t("illegal", "mob", "{A}，你单位{COMPANY}的人事{B}已经知道你欠款的事了，要不要我们再给你们老板打个电话？")
t("illegal", None, "最后通知：{A}，{DATE}前不还款，我们将安排人员到你户籍地{ADDRV}，并联系当地村委会张贴欠款公告。")
t("illegal", "mob", "{A}，你爸{B}电话一直不接，你告诉他，儿子欠钱不还，我们只能找他了。", same={"B": "A"}, m={"B"}, old={"B"})
t("illegal", "mob", "我是{PLAT}贷后部的{B}，工号{GH}，{A}的案子现在在我手上，你今天必须给我个准话。")
t("illegal", "mob", "{A}，你的{AMT}今天不还，明天你们小区门口就会贴满你的照片，说到做到。")
t("illegal", "mob", "{A}，我们已经查到你在{COMPANY}上班，地址{ADDRW}，下午会有同事过去拜访你们领导。")
t("illegal", "mob", "{A}：你的紧急联系人{B}说不认识你？那我们只好一个个打给你通讯录的人了。")
t("illegal", "mob", "{A}是吧，你老公{B}在外面欠了网贷，这是你们夫妻共同债务，你也跑不掉。", f={"A"}, m={"B"})
t("illegal", "mob", "兄弟，{A}在我们这里欠了钱，你是他通讯录里的朋友，麻烦叫他回个电话，不然我们天天打给你。", m={"A"})
t("illegal", "mob", "{A}，还款账户：{BANK} 户名{B} 卡号{CARD}，今天12点前把{AMT}转进来，截图发我。")
t("illegal", "mob", "{A}你好，我是{AGENCY}的{B}律师，受{PLAT}委托，就你的欠款准备向法院起诉，请于今日联系我{P}。")
t("illegal", "mob", "{A}、{B}：你们是{C}的担保人，他的欠款你们要承担连带责任，今天之内必须给个答复。", m={"C"})
t("illegal", "mob", "{A}，你的微信{WX}我们已经加上了你的好友，你自己看着办吧。")
t("illegal", "mob", "{A}的家人你们好，{A}在{PLAT}借款{AMT}逾期不还，我们已经准备走法律程序，到时候上门的就不是我们了。")
t("illegal", "mob", "告诉{A}，别以为换了手机号就没事，你现在住的{ADDR}我们清清楚楚。")
t("illegal", "mob", "{A}，你弟{B}说他会帮你还，结果到现在一分钱没见到，你们一家都是老赖吗？", same={"B": "A"}, m={"B"})
t("illegal", "mob", "{xA}，给你最后一次机会，{DATE}之前还{AMT}，不然我们就去{COMPANY}找你们经理{B}，让他看看{A}是什么人。", han={"A"}, m={"B"})
t("illegal", "mob", "这里是{PLAT}风控中心，{A}逾期{DAYS}天，已上报征信，并将通知其村委会及亲友。")
t("illegal", "mob", "{A}，我们已经给你们村支书{B}打过电话了，他说会去你家里做工作。", m={"B"})
t("illegal", "mob", "{A}你好，你借的钱利息加罚息一共{AMT}，今天还清可以减免，过了今天就按合同走。催收员{B}")
t("illegal", None, "{A}，你女儿{B}在哪个学校上学我们也知道，你想清楚。", same={"B": "A"}, f={"B"}, young={"B"})
t("illegal", "mob", "通知你的紧急联系人{B}和{C}：{A}已失联，请协助联系本人，否则后果自负。")
t("illegal", "mob", "{A}欠钱不还的事情，我们已经发到你老家{ADDRV}的村民群里了，你要点脸。")
t("illegal", "mob", "{A}，我是{B}，昨天跟你说的事情考虑得怎么样了？电话不接，微信{WX}也不回，你在逃避什么？")
t("illegal", "mob", "{A}先生，您的案件已移交外访组，外访人员{B}将于明天上午前往您的工作单位{COMPANY}进行核实。", m={"A"})
t("illegal", "mob", "别再躲了{A}，你车牌{PLATE}的车停在哪我们都知道。")

# --- lawful reminders -------------------------------------------------------
t("lawful", "plat", "【{PLAT}】尊敬的{A}，您的借款{AMT}已逾期{DAYS}天，请尽快登录APP还款，以免影响您的个人信用。如已还款请忽略。")
t("lawful", "bank", "【{BANK}】{A}先生，您尾号{TAIL}的信用卡本期账单{AMT}已逾期，请于{DATE}前还款。详询{BHOT}。", m={"A"})
t("lawful", "bank", "【{BANK}】{A}女士，您尾号{TAIL}的信用卡最低还款额{AMT}尚未还清，为避免影响征信，请及时还款。", f={"A"})
t("lawful", "gw", "【{AGENCY}】{A}您好，受{PLAT}委托，就您的逾期账款与您联系，请致电{L}与专员{B}协商还款方案。")
t("lawful", "plat", "【{PLAT}】{A}，您的合同编号{ACCT}项下借款今日到期，应还{AMT}，请确保还款卡余额充足。")
t("lawful", "gw", "{A}您好，我是{PLAT}客服专员{B}，工号{GH}，您的账单已逾期，方便的时候请回电{L}。")
t("lawful", "plat", "【{PLAT}】提醒：{A}，您本月应还{AMT}，还款日{DATE}，如有困难可在APP内申请延期。")
t("lawful", "gw", "【{PLAT}】尊敬的客户{A}，您的账户已逾期，我司已委托{AGENCY}进行催收，如有异议请拨打{HOT}。")
t("lawful", "bank", "【{BANK}】尊敬的{A}客户，您名下贷款账号{ACCT}已逾期{DAYS}天，请尽快归还，详询{BHOT}。")
t("lawful", "gw", "{A}您好，关于您在{PLAT}的逾期账户，我司将于3个工作日内启动法律程序，请及时处理。{PLAT}法务部 {B}")
t("lawful", "gw", "{A}先生，我是{AGENCY}调解员{B}，您的案件可申请分期还款，请于{DATE}前联系我，电话{M}。", m={"A"})
t("lawful", "plat", "【{PLAT}】{A}您好，您已成功还款{AMT}，剩余待还{AMT2}，感谢您的配合。")
t("lawful", "gw", "【{AGENCY}】尊敬的{A}，您在{PLAT}的欠款已由我司受托管理，请登录官方APP核实，切勿向个人账户转账。客服{B}")
t("lawful", "bank", "【{BANK}】{A}，您的信用卡已暂停使用，请于{DATE}前存入{AMT}，或联系您的客户经理{B}（{M}）。")
t("lawful", "gw", "{A}女士您好，您的车贷已逾期两期，车辆{PLATE}的抵押手续仍在我司，请尽快联系{B}处理。", f={"A"})
t("lawful", "plat", "【{PLAT}】{A}，您申请的个性化分期已审核通过，首期{AMT}将于{DATE}扣款。")
t("lawful", "gw", "尊敬的{A}：您于{PLAT}的借款已逾期，本公司法务专员{B}将与您联系，请留意来电。")

# --- court notices (12368) --------------------------------------------------
t("court", "court", "【{COURT}】{A}，你好：{B}诉你民间借贷纠纷一案{CASE}已立案，请于{DATE}上午9时到本院第三法庭参加庭审。")
t("court", "court", "【{COURT}】{A}您好，您与{PLAT}金融借款合同纠纷一案，案号{CASE}，本院已受理，承办法官{B}，联系电话{L}。")
t("court", "court", "【{COURT}】原告{A}与被告{B}、{C}民间借贷纠纷一案已作出判决，请登录人民法院在线服务查看文书。")
t("court", "court", "【{COURT}】{A}：你作为被执行人的{CASE}案件，本院已依法将你纳入失信被执行人名单。执行法官{B}")
t("court", "court", "【{COURT}】尊敬的{A}，本院已向您送达起诉状副本及应诉通知书，请通过12368查询案件进展。书记员{B}")
t("court", "court", "【{COURT}】{A}，你申请的{CASE}诉前调解已分配调解员{B}，请保持电话畅通。")
t("court", "court", "【{COURT}】{A}您好，您的案件{CASE}定于{DATE}14时在线开庭，请提前十分钟登录。法官助理{B}")
t("court", "court", "【{COURT}】{A}：申请执行人{B}申请执行你一案，本院已冻结你名下银行账户，请主动履行。")

# --- police / anti-fraud ----------------------------------------------------
t("police", "police", "【{PCITY}市公安局】{A}您好，我局监测到您可能正在遭遇冒充客服诈骗，请勿向陌生账户转账，如有疑问请拨打96110。")
t("police", "police", "【国家反诈中心】{A}，您的手机号{M}近期与涉诈号码有通话，请注意防范。")
t("police", None, "{A}您好，我是{PCITY}市公安局{PDIST}分局反诈民警{B}，您昨天报案被骗{AMT}一案已受理，请保持电话{P}畅通。")
t("police", "police", "【{PCITY}公安】{A}，您好！民警{B}提醒您：所谓“征信修复”“注销校园贷”都是诈骗，切勿相信。")
t("police", "mob", "{A}你好，我是{PCITY}市公安局的{B}警官，你的身份证{ID}涉嫌一起洗钱案件，请配合调查。")
t("police", "police", "【{PCITY}市反诈中心】{A}女士，您刚接听的电话为诈骗电话，请立即挂断，民警{B}稍后与您联系。", f={"A"})

# --- first-person free-text accounts ---------------------------------------
t("story", None, "{TIME}一个自称{PLAT}的人打电话给我妈{A}，说我欠了{AMT}不还，还说要去我家闹。", f={"A"}, old={"A"})
t("story", None, "我叫{A}，在{PLAT}借了{AMT}，现在每天被催收轰炸，他们还打给了我同事{B}和我老板{C}。")
t("story", None, "催收的人自称姓{sB}，全名叫{B}，工号{GH}，说话特别难听，还威胁说要去我老家{ADDRV}。", han={"B"})
t("story", None, "我老公{A}欠了网贷，现在他们天天打我电话{P}，我之前根本不知道这件事。", m={"A"})
t("story", None, "他们把我的身份证号{ID}和照片发到了我们村的微信群里，村主任{B}都打电话来问我了。")
t("story", None, "我家地址是{ADDR}，他们说今天晚上就上门。我很害怕，我女儿才三岁。")
t("story", None, "对方让我把钱转到个人账户：{CARD}，户名{B}，说这样可以减免利息，这是正规的吗？")
t("story", None, "打电话来的号码是{P}，自称是{COURT}的{B}法官，说我被起诉了，要我加他微信{WX}。", m={"B"})
t("story", None, "我的银行卡{CARD}被冻结了，对方说是因为我涉嫌洗钱，让我联系一个叫{B}的警官。")
t("story", None, "我爸{A}和我妈{B}都接到了电话，我弟{C}也收到了短信，内容都是说我不还钱。", same={"C": "A"}, m={"A", "C"}, f={"B"}, old={"A", "B"}, young={"C"})
t("story", None, "我在{COMPANY}上班，公司地址{ADDRW}，催收的人已经打到我们前台了，还找了我主管{B}。")
t("story", None, "我QQ是{QQ}，有人用我的QQ给我好友借钱，还发了我的照片。")
t("story", None, "请帮我看看这个短信是不是真的，我叫{A}，电话{P}，邮箱{MAIL}。")
t("story", None, "{A}是我表哥，他用我的身份证{ID}借了钱，现在催收找到我头上了。", m={"A"})
t("story", None, "催收员叫{B}，手机{M}，他说再不还就让村委会的人去找我爸{A}。", m={"A", "B"}, old={"A"})
t("story", None, "我的车{PLATE}是抵押的，今天车贷公司的人说要把车拖走，带头的经理叫{B}。", m={"B"})
t("story", None, "平台上的借款合同号是{ACCT}，借款人写的是我的名字{A}，但我从来没借过这笔钱。")
t("story", None, "对方加了我老婆{A}的微信，还给她发了我欠款的截图，她微信号是{WX}。", f={"A"})
t("story", None, "我支付宝账号是{M}，他们说要通过支付宝给我退款，让我打开屏幕共享。")
t("story", None, "我同事{A}、{B}和{C}都收到了催收短信，说我是老赖，现在整个单位都知道了。")
t("story", None, "有个叫{B}的人在抖音上私信我，说能帮我停催，收费{AMT}，靠谱吗？")
t("story", None, "第一次打电话的是个女的，说她叫{B}，第二次是个男的，叫{C}，两个人说的金额都不一样。", f={"B"}, m={"C"})
t("story", None, "我是{A}的女儿，我爸上个月去世了，现在催收打电话来要我们家属还钱，这个合法吗？", m={"A"}, old={"A"})
t("story", None, "催收说要给我老家{ADDRV}的村委会寄律师函，还说已经联系了村支书{B}。", m={"B"})
t("story", None, "今天收到的短信，发件人{P}，内容说我如果不还钱就通知我的紧急联系人{B}。")
t("story", None, "{A}：收到，我下周五发工资就还，请不要再打我家人的电话了。")
t("story", None, "情况就是这样，麻烦帮忙看一下这个是不是暴力催收。{A} {DATE}")
t("story", None, "他们念出了我身份证的后四位，还念出了我妈的名字{B}，他们怎么会知道这些？", f={"B"}, old={"B"})
t("story", None, "对方发来的还款二维码，收款人显示是{B}，不是公司的名字，我怀疑是骗子。")
t("story", None, "我媳妇{A}在{COMPANY}当会计，催收居然打到她们公司去了，还说要找她领导{B}。", f={"A"})
t("story", None, "我在{PLAT}上的账号是{ACCT}，他们说我在上面借了{AMT}。")
t("story", None, "亲戚{A}打电话问我是不是欠钱了，说有人给她发短信说我犯了诈骗罪。", f={"A"})
t("story", None, "邮箱{MAIL}收到一封律师函，落款是{B}律师，说要对我提起刑事诉讼。")
t("story", None, "我想投诉催收员{B}，他的工号是{GH}，今天下午3点到5点打了我二十多个电话。", m={"B"})
t("story", None, "这个号码{P}一直打我电话，接起来就骂，还说知道我儿子在哪个学校上学。")
t("story", None, "我叔叔{A}开的车是{PLATE}，昨天有人在他车上喷了“欠债还钱”四个字。", m={"A"}, old={"A"})
t("story", None, "给我发短信的人说他叫{B}，是{AGENCY}的，我在网上查不到这家公司。")
t("story", None, "我哥{A}替我还了一部分，还剩{AMT}，现在他们连我嫂子{B}都骚扰。", m={"A"}, f={"B"})
t("story", None, "昨天{HOUR}点多，{xB}（就是那个叫{B}的催收）又打电话给我妈，我妈叫{A}，今年六十多了，被吓得血压都高了。", han={"B"}, f={"A"}, old={"A"})
t("story", None, "我住在{ADDR}，今天早上门上被人贴了纸条，写着我的名字{A}和欠款金额。")
t("story", None, "他们打给我前夫{A}，又打给了我前婆婆，现在连我们村的{B}都知道了。", m={"A"})
t("story", None, "联系人：{A}\n电话：{P}\n地址：{ADDR}\n事情经过：被冒充{PLAT}客服骗了{AMT}。")
t("story", None, "姓名 {A}  手机 {M}  身份证 {ID}  想咨询一下网贷逾期被起诉怎么办")
t("story", None, "对方微信名叫“{PLAT}客服”，微信号{WX}，他让我先交{AMT}解冻费。")
t("story", None, "我老板{A}今天找我谈话了，说有人打电话到公司说我欠钱，问我是怎么回事。")
t("story", None, "我的QQ邮箱是{MAIL}，昨天收到一个“法院传票”，让我点链接下载，这个是真的吗？")
t("story", None, "我是外地来打工的，住在{ADDRW}附近的宿舍，催收说要派人过来，我该怎么办？")
t("story", None, "我妈{A}七十多岁了，不会用手机，他们天天给她打电话，她现在听到电话响就害怕。", f={"A"}, old={"A"})
t("story", None, "我朋友{A}让我帮忙问一下，他借了{PLAT}{AMT}，催收打到他岳父{B}那里去了。", m={"A", "B"}, old={"B"})
t("story", None, "收款账户是{BANK}的，卡号{CARD}，开户名{B}，我已经转了{AMT}，还能追回来吗？")
t("story", None, "我给催收{B}转过两次钱，用的是我的微信，转完他就把我拉黑了，他手机号是{M}。", m={"B"})
t("story", None, "我的身份证{ID}，手机{P}，帮我查一下我到底在哪些平台有借款。")
t("story", None, "催收员说他叫{B}，是{AGENCY}的，但是我打{PLAT}客服，客服说没有这个人。", m={"B"})
t("story", None, "他们发短信给我们村的{A}、{B}、{C}，说我欠钱跑路了，我在村里都抬不起头。")
t("story", None, "昨天有人冒充{COURT}给我发短信，说我的案子由{B}法官审理，让我打{P}联系。")
t("story", None, "我爱人{A}的手机{M}也被打爆了，他们说夫妻要共同还款。")
t("story", None, "我是{A}，{DATE}在{PLAT}借了{AMT}，分12期，现在还了5期，第6期开始还不上了。")
t("story", None, "打我电话的是{L}，座机，自称{AGENCY}，说要派外访人员到我单位{ADDRW}。")
t("story", None, "催收的叫{B}，他把我的照片P成了遗照发给我表姐{C}，这个能报警吗？", f={"C"})
t("story", None, "我老家是{ADDRV}的，我爸{A}是村里的老党员，催收打电话到村委会，他气得住院了。", m={"A"}, old={"A"})
t("story", None, "{A}\n我想问一下，催收打给我大姨{B}说我被抓了，这种情况怎么处理？", f={"B"}, old={"B"})
t("story", None, "我跟催收{B}说了我现在失业，他说关他什么事，还说要找我女朋友{C}。", f={"C"}, young={"C"})
t("story", None, "报警回执上写的是{PCITY}市公安局{PDIST}分局，接警民警{B}，他让我保留好聊天记录。")
t("story", None, "我叫{A}，我的微信是{WX}，有人冒充我加我朋友借钱，请大家注意。")
t("story", None, "我把借条拍给你们看，出借人{B}，借款人{A}，金额{AMT}，月息3分，这个合法吗？")
t("story", None, "我的信用卡{CARD}逾期了3个月，{BANK}的人说要上门，来的人叫{B}。")
t("story", None, "他们打给了我公公{A}和我婆婆{B}，还说要去我老公单位闹。", m={"A"}, f={"B"}, old={"A", "B"})
t("story", None, "我表弟{A}在{COMPANY}上班，他们连他都找了，说我是他的担保人。", m={"A"})
t("story", None, "一个叫{B}的女的给我打电话，说她是{PLAT}的，让我下载一个APP把钱转过去。", f={"B"})
t("story", None, "我是{A}的母亲，我儿子今年刚毕业，被人骗着借了校园贷，现在人家天天打我电话{P}。", m={"A"}, young={"A"})
t("story", None, "催收给我发的短信里有我老婆的名字{A}、我儿子的名字{B}，还有我们家的地址{ADDR}。", f={"A"}, m={"B"}, young={"B"})
t("story", None, "{A}你好，我是你同事{B}，刚才有人打电话到公司找你，说你欠钱，你注意一下。")
t("story", None, "补充一下：催收员的手机是{M}，另一个号码是{P2}，都是他打的。")
t("story", None, "我QQ号{QQ}，微信{WX}，有消息请联系我，谢谢。")
t("story", None, "我们村的{lA}（{A}）说有人去他家打听我，他没告诉他们我在哪。", han={"A"}, m={"A"})
t("story", None, "我是{A}，{ADDRV}人，在外面打工，借了网贷还不上，催收天天打电话到我们村里。")
t("story", None, "今天来我家的两个人，一个说叫{B}，一个叫{C}，他们说是{AGENCY}的，在门口站了一个小时。")
t("story", None, "这是他们发给我姐{A}的原话：“你弟欠钱不还，你作为家属有义务督促。”", f={"A"})
t("story", None, "我已经跟{PLAT}客服{B}协商好分期了，工号{GH}，结果第二天又有人打电话来催。")

t("story", None, "对方微信昵称是“{B}”，头像是一个穿西装的男的，微信号{WX}，说是{PLAT}的专员。", py={"B"})
t("story", None, "邮件落款写的是 {B}，Legal Department，看着像模像样，其实就是催收。", py={"B"})
t("story", None, "他说他英文名叫{B}，是外资银行的委外催收专员，可我从来没在外资银行办过卡。", py={"B"})
t("story", None, "收到一封邮件，发件人{MAIL}，署名{B}，说我的贷款已经转入法律程序。", py={"B"})
t("story", None, "我的支付宝实名是{A}，绑定的手机是{M}，对方说我的支付宝被冻结了要解冻。")
t("story", None, "领英上有个叫{B}的人加我，聊了几天就让我投资，后来我才知道是骗子。", py={"B"})

# --- no name, other personal data only --------------------------------------
t("other", None, "打我电话的号码有：{P}、{P2}，全是陌生号码，一天打几十个。")
t("other", "mob", "你的欠款请转入以下账户：{BANK}，{CARD}，今天不到账后果自负。")
t("other", None, "我住在{ADDR}，催收说今晚就会有人来，我要不要报警？")
t("other", None, "我的邮箱是{MAIL}，麻烦把处理结果发给我。")
t("other", None, "刚刚又收到了，号码是{P}，说要起诉我。")
t("other", None, "我的车牌号是{PLATE}，车贷公司说逾期就要收车，现在车被扣在停车场了。")
t("other", None, "他们让我加一个QQ：{QQ}，说是“债务处理中心”的。")
t("other", None, "身份证号{ID}，帮我看看征信上是不是有记录。")
t("other", "plat", "【{PLAT}】您的借款合同{ACCT}已逾期{DAYS}天，请尽快处理，详询{HOT}。")

# --- no personal data -------------------------------------------------------
t("none", "plat", "【{PLAT}】您的借款已逾期{DAYS}天，请尽快登录APP还款，以免影响个人征信。")
t("none", "bank", "【{BANK}】您尾号{TAIL}的信用卡本期账单{AMT}，最后还款日{DATE}。详询{BHOT}。")
t("none", None, "{TIME}又有人打电话来，我一个都没敢接，现在手机一响我就心慌。")
t("none", None, "我在{PLAT}借了{AMT}，已经逾期{DAYS}天了，催收说要上门，这是真的吗？")
t("none", "court", "【{COURT}】您有一件新的案件信息，请登录人民法院在线服务小程序查看。")
t("none", "police", "【国家反诈中心】凡是要求您屏幕共享、下载陌生APP、转账到“安全账户”的，都是诈骗！")
t("none", None, "他们说我再不还钱就通知我所有的联系人，我现在很害怕，不知道该怎么办。")
t("none", "mob", "你的欠款已经转交外访部门，近期会安排人员上门，请你做好准备。")
t("none", None, "黄金周放假前他们天天打电话，放完假又开始了，说要在周末上门。")
t("none", None, "我白天要上班，不方便接电话，他们就一直打，打到公司前台去了。")
t("none", "gw", "【{AGENCY}】您的逾期账款已委托我司处理，请于{DATE}前还款{AMT}。")
t("none", None, "催收说马上就要起诉我，还说法院会张贴公告，这个是吓唬人的吧？")
t("none", None, "我现在失业在家，真的还不上，想问一下能不能申请停息挂账。")
t("none", "bank", "【{BANK}】您的账户于{DATE}转入工资{AMT}，当前余额请登录手机银行查询。")
t("none", None, "我已经还了本金{AMT}，他们说还要还利息{AMT2}，年化都超过36%了。")
t("none", "mob", "今天下午{HOUR}点前必须还款，否则我们将启动上门程序，通知你的家人和单位。")
t("none", None, "我想问问，催收能不能打电话给我爸妈？我爸妈年纪都大了。")
t("none", "plat", "【{PLAT}】安全提醒：我司不会以任何理由要求您向个人账户转账，请认准官方还款渠道。")

CAT_WEIGHT = {"illegal": 1.2, "lawful": 1.0, "court": 0.9, "police": 0.7,
              "story": 1.3, "other": 1.6, "none": 2.6}

NAME_KEYS = ["A", "B", "C", "D", "E"]
PII_GEN = {
    "P": ("phone", phone), "P2": ("phone", phone),
    "M": ("phone", lambda: fmt_mobile(mobile_digits())),
    "L": ("phone", landline),
    "ID": ("id_number", id_number), "CARD": ("bank_card", bank_card),
    "ADDR": ("address", lambda: address()), "ADDRV": ("address", lambda: address("village")),
    "ADDRW": ("address", lambda: address("work")),
    "MAIL": ("email", email), "QQ": ("qq", qq), "WX": ("wechat", wechat),
    "PLATE": ("plate", plate), "ACCT": ("account", account), "GH": ("account", staff_no),
}

PH_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def sender_for(kind, fl):
    if kind is None:
        return None
    if kind == "mob":
        r = R.random()
        if r < 0.15:
            return None
        return mobile_digits() if r < 0.85 else "+86" + mobile_digits()
    if kind == "gw":
        return "1069" + "".join(R.choice("0123456789") for _ in range(R.randint(6, 10)))
    if kind == "bank":
        return BANK_HOT[fl["BANK"]]
    if kind == "court":
        return "12368"
    if kind == "police":
        return R.choice(["12110", "96110", None])
    if kind == "plat":
        return R.choice(["95188", "95017", "1069" + str(R.randint(1000000, 9999999)), "106980095"])
    return None


def fill(template):
    cat, skind, text, opts = template
    fl = fillers()
    keys = PH_RE.findall(text)
    vals = {}
    surnames = {}
    labels = {}   # value -> kind
    same = dict(opts.get("same", {}))
    han = set(opts.get("han", set()))
    # names first, honouring "same surname" requests
    name_keys = [k for k in NAME_KEYS if k in keys]
    for k in keys:
        if k[0] in "xls" and k[1:] in NAME_KEYS:
            han.add(k[1:])
    for src in list(same.values()):
        if src in NAME_KEYS:
            han.add(src)
    order = sorted(name_keys, key=lambda k: (k in same, k))
    for k in order:
        src = same.get(k)
        g = "m" if k in opts.get("m", ()) else ("f" if k in opts.get("f", ()) else None)
        age = "old" if k in opts.get("old", ()) else ("young" if k in opts.get("young", ()) else None)
        if src in surnames and surnames[src]:
            sur, n = draw_name(surname=surnames[src], gender=g, age=age)
        elif k in opts.get("py", ()):
            sur, n = draw_name("py")
        elif k in han:
            sur, n = draw_name("han", gender=g, age=age)
        else:
            sur, n = draw_name(gender=g, age=age)
        vals[k] = n
        surnames[k] = sur
        labels[n] = "name"
    for k in keys:
        if k in vals:
            continue
        if k in PII_GEN:
            kind, gen = PII_GEN[k]
            v = gen()
            vals[k] = v
            labels[v] = kind
        elif k[0] in "xls" and k[1:] in vals:
            sur = surnames[k[1:]]
            vals[k] = {"x": "小", "l": "老", "s": ""}[k[0]] + sur
        elif k in fl:
            vals[k] = fl[k]
        else:
            raise KeyError(k)
    out = PH_RE.sub(lambda m: vals[m.group(1)], text)
    return cat, sender_for(skind, fl), out, labels, vals, keys


def check_record(text, labels, vals, keys):
    """Every value occurs; names occur exactly as often as placed."""
    for v, kind in labels.items():
        if v not in text:
            return False
    # strip all labelled values (longest first) and make sure no name remains
    rest = text
    for v in sorted(labels, key=len, reverse=True):
        rest = rest.replace(v, "\x00")
    for v, kind in labels.items():
        if kind == "name" and v.replace(" ", "") in rest.replace(" ", ""):
            return False
    # a name must not sit inside another labelled value of this record
    for v, kind in labels.items():
        if kind != "name":
            continue
        for w in labels:
            if w != v and v in w:
                return False
    return True


def pii_list(text, labels):
    items = sorted(labels.items(), key=lambda kv: (text.index(kv[0]), -len(kv[0])))
    return [{"kind": k, "value": v} for v, k in items]


# ---------------------------------------------------------------------------
# Preserve lines
# ---------------------------------------------------------------------------

SURNAME_WORDS = [
    "高兴", "张贴", "黄金周", "白天", "方便", "安全", "王牌", "金额", "石油", "马上",
    "周末", "叶子", "林业", "高度重视", "严重逾期", "万一", "于是", "何时", "余额",
    "钱款", "常规", "程序", "陈述", "孙子", "宋体", "许可", "曾经", "郑重", "任何",
    "田地", "毛利", "江苏", "韩国", "唐朝", "杨柳", "朱红", "胡同", "罗列", "谢谢",
    "武汉", "戴口罩", "龙头企业", "雷同", "贺卡", "温馨提示", "傅里叶", "卢沟桥",
    "白条", "金条", "黄牛", "白银", "高利贷", "高额利息", "石家庄", "马路", "周转",
    "吴江", "孔子", "岳父", "邵阳", "潘多拉", "梁山", "董事会", "袁隆平稻田", "邓州",
    "顾客", "毛巾", "夏季", "秦岭", "江河", "史料", "侯车室", "包容", "牛奶",
]
SURNAME_WORDS = list(dict.fromkeys(w for w in SURNAME_WORDS if w not in ("侯车室", "袁隆平稻田", "傅里叶")))

P_TIME = ["昨天", "今天上午", "前天晚上", "上周五", "这几天", "最近一个月", "每天早上",
          "中午吃饭的时候", "半夜十二点", "周末", "白天", "凌晨两点", "上个月", "刚才"]
P_WHO = ["我妈", "我爸", "我老公", "我老婆", "我同事", "我们领导", "我邻居", "我表哥",
         "我女朋友", "我公公", "我婆婆", "我岳父", "我弟弟", "我姐", "我们村主任",
         "我们公司前台", "我大学室友", "我房东", "我家里人", "我的紧急联系人"]
P_ACT = ["接到了催收电话", "收到了一条说我欠钱的短信", "被催收骂了一顿", "问我是不是欠了网贷",
         "被他们加了微信", "接到一个自称律师的电话", "收到了所谓的律师函", "被威胁说要上门",
         "接到了好几个陌生号码的电话", "收到了我的照片和欠款截图"]
P_ME = [
    "我不知道他们是怎么拿到我通讯录的。", "我真的很害怕，晚上都睡不着。",
    "我没有借过这笔钱，是有人冒用了我的身份。", "我已经还了大部分，只剩最后两期。",
    "我想知道这种催收方式是不是违法的。", "我只是晚了三天，他们就开始打我家人电话。",
    "我去派出所报过警，警察说这是经济纠纷。", "我现在每天都不敢开机。",
    "我想跟平台协商分期，但是客服一直不接。", "我刚生完孩子，现在没有收入。",
    "我以前从来没有逾期过。", "他们说如果今天不还就要去我老家。",
    "我打了12378投诉，还没有回复。", "我不知道自己到底借了多少。",
    "我怕影响孩子以后考公务员。", "我本来想马上还的，可是工资还没发。",
    "他们说的话我都录音了。", "我把聊天记录都截图保存了。",
    "我想问问律师，这种情况应该怎么办。", "我现在连门都不敢出。",
]
REMIND = [
    "您的借款已逾期{d}天，请尽快还款。", "您本期应还金额{a}，请于{dt}前还款。",
    "您的账户已严重逾期，请尽快处理。", "如已还款，请忽略本短信。",
    "请确保还款卡余额充足，以免扣款失败。", "逾期将影响您的个人征信记录。",
    "本期账单{a}，请在还款日前还清。", "本期最低还款额{b}，请按时还款。", "您已成功还款{a}，感谢您的支持。",
    "您的分期申请已通过，首期将于{dt}扣款。", "请通过官方APP或银行柜台还款，谨防诈骗。",
    "我司不会要求您向个人账户转账。", "如有疑问请致电客服热线{h}。",
    "您的还款日为每月{n}日，请按时还款。", "逾期罚息按日万分之五计算。",
    "您的额度已暂停使用，还清欠款后可恢复。", "您的案件已委托第三方机构处理。",
]
INSTITUTION_SUFFIX = ["信用卡中心", "北京分行", "上海分行", "广州分行", "深圳分行",
                      "个人贷款部", "客服中心", "风险管理部", "法律事务部", "营业部",
                      "朝阳支行", "金水路支行", "天河支行", "浦东分行"]
COURT_ROLE = ["立案庭", "执行局", "民一庭", "诉讼服务中心", "审判管理办公室", "执行指挥中心"]
LEGAL = [
    "《民法典》第六百八十条规定，禁止高利放贷。", "《个人信息保护法》禁止非法向他人提供个人信息。",
    "根据《治安管理处罚法》，多次发送威胁信息可以处以拘留。", "催收不得向债务人以外的第三人透露债务信息。",
    "民间借贷利率超过一年期LPR四倍的部分不受保护。", "失信被执行人将被限制高消费。",
    "诉讼时效期间为三年。", "夫妻一方婚前个人债务一般不属于共同债务。",
    "暴力催收可以向当地公安机关报案。", "可以向中国银保监会投诉，电话12378。",
    "互联网金融协会可受理会员机构的投诉。", "法院不会通过短信链接要求缴费。",
    "12368是人民法院诉讼服务热线。", "96110是反诈预警劝阻专线。",
    "公检法机关不存在所谓的安全账户。", "正规催收不会使用个人手机号群发短信。",
]
IDIOMS = ["高枕无忧", "马到成功", "安居乐业", "金玉良言", "白手起家", "方寸大乱",
          "石沉大海", "林林总总", "周而复始", "高抬贵手", "万无一失", "江郎才尽",
          "叶落归根", "杨柳依依", "黄粱一梦", "常言道", "严阵以待", "钱货两清",
          "金石为开", "白纸黑字", "余音绕梁", "何去何从", "于心不忍", "任重道远"]
SW_SENT = [
    "{w}期间客服正常上班。", "收到短信后我一点也不{w}。", "今天是{w}，我还是接到了电话。",
    "关于{w}的问题请咨询客服。", "他们说{w}会有人来处理。",
]
SW_GOOD = {
    "黄金周": ["黄金周期间客服正常上班。", "黄金周前后的还款会顺延吗？"],
    "白天": ["白天我要上班，不方便接电话。", "他们白天打我手机，晚上打我家座机。"],
    "方便": ["方便的时候请回个电话。", "线上还款比较方便。"],
    "马上": ["马上还款可以减免部分罚息吗？", "他们说马上就要上门。"],
    "周末": ["周末也会有人打催收电话吗？", "周末我去银行打印了流水。"],
    "高兴": ["还清以后心里特别高兴。", "他们说我不还钱家里人也不会高兴。"],
    "张贴": ["催收说要在我家门口张贴欠款公告。", "法院会在小区张贴公告吗？"],
    "安全": ["安全起见，请不要点击短信里的链接。", "所谓的安全账户都是骗局。"],
    "王牌": ["这是他们的王牌业务。", "王牌客服也解决不了我的问题。"],
    "金额": ["借款金额和到账金额不一致。", "请核对还款金额。"],
    "石油": ["我在石油公司上班，他们打到了单位。", "中国石油的加油卡可以用来还款吗？"],
    "叶子": ["秋天叶子落了，我的债还没还完。"],
    "林业": ["林业局的工资卡被冻结了。", "我在林业站上班，收入不高。"],
}


P_STORY = [
    "昨天晚上十一点多还有人打电话来，我一个都没接。", "他们用的都是170开头的虚拟号码。",
    "对方一开口就叫出了我的全名，还说出了我的身份证号。", "电话里的人说话带口音，一直在骂人。",
    "我把他们的号码都拉黑了，他们就换号继续打。", "我问他是哪个公司的，他不说就挂了。",
    "短信里说我涉嫌恶意拖欠，要移交公安机关。", "他们说今天下午会有人到我家门口。",
    "我妈接到电话以后哭了一晚上。", "我老公知道以后跟我大吵了一架。",
    "单位领导找我谈话，让我尽快处理好。", "催收员说我的案子已经到了法院，但我查不到任何记录。",
    "他们发来的律师函没有盖章，也没有律师执业证号。", "我问能不能减免利息，对方说不可能。",
    "平台说已经把我的账户委托给外包公司了。", "我按他们的要求转了钱，结果对方把我拉黑了。",
    "有人冒充客服说要帮我注销校园贷账户。", "对方让我下载一个会议软件，开屏幕共享。",
    "客服说我的征信有问题，要先交保证金才能放款。", "我刚还完一笔，又有另一家打电话来催。",
    "催收说如果不还就要让我坐牢，这是真的吗？", "他们一天给我打了四十多个电话。",
    "我已经录音了，想拿去报警。", "我在网上查了，这家公司的号码被很多人标记过。",
    "他们说会派人到我们村里去宣传。", "我现在住在出租屋，房东也接到了电话。",
    "我姐说她也收到了短信，问我怎么回事。", "催收员说我的通讯录他们都有备份。",
    "我只借了两千，现在要我还六千多。", "到手只有一千四，合同写的是两千。",
    "借款的时候APP要求读取通讯录，我没多想就同意了。", "我已经注销了那个APP，但他们还是打电话。",
    "听说可以打12378投诉，我打了但没人接。", "我想写一封投诉信，不知道要写哪些内容。",
    "他们说逾期超过九十天就会起诉，这是真的吗？", "我想知道被起诉以后会怎么样。",
    "我父母都在农村，没有什么文化，被吓坏了。", "我现在在医院，真的没有钱还。",
    "我一直在还，只是每次少还一点。", "我不想让家里人知道这件事。",
]
PLAT_SENT = [
    "{p}的催收电话一天打了十几个。", "{p}客服说可以申请延期还款。", "我在{p}的额度被降了。",
    "{p}逾期会上征信吗？", "{p}的利息是怎么算的？", "已经向{p}官方客服投诉了。",
    "{p}的还款日是每月几号？", "{p}委托的第三方催收机构一直打电话。",
    "{p}说我的账户已经转交法务部门。", "在{p}的APP里可以申请协商还款。",
]
BANK_SENT = [
    "{b}信用卡中心提醒您按时还款。", "{b}的客服电话是{h}。", "我在{b}办的信用卡逾期了。",
    "{b}说可以申请个性化分期。", "{b}的工作人员说不会上门催收。", "{b}的储蓄卡被冻结了，要去柜台解冻。",
    "{b}发短信说我的账户有异常交易。", "我打{h}问过，{b}说这是真的。",
]
COURT_SENT = [
    "{c}诉讼服务中心", "可以打12368查询{c}的案件信息。", "{c}发来的短信里有案号。",
    "{c}立案庭的电话打不通。", "我去{c}交了诉讼费。", "{c}的开庭公告在网上可以查到。",
]


def preserve_lines():
    lines = []
    for w in SURNAME_WORDS:
        lines.append(w)
    for w, sents in SW_GOOD.items():
        lines.extend(sents)
    lines.extend(IDIOMS)
    lines.extend(LEGAL)
    lines.extend(P_ME)
    lines.extend(P_STORY)
    for b in BANKS:
        for s in R.sample(INSTITUTION_SUFFIX, 9):
            lines.append(b + s)
    for c, _ in COURTS:
        lines.append(c)
        for role in R.sample(COURT_ROLE, 3):
            lines.append(c + role)
    for p in PLATFORMS:
        lines.append(p + "客服提醒您按时还款。")
        lines.append("我在" + p + "借过钱，已经还清了。")
    for cc in POLICE_CITIES:
        lines.append(cc + "市公安局反诈中心提醒：不要向陌生人转账。")
    for p in PLATFORMS:
        for s in R.sample(PLAT_SENT, 5):
            lines.append(s.format(p=p))
    for b in BANKS:
        for s in R.sample(BANK_SENT, 4):
            lines.append(s.format(b=b, h=BANK_HOT[b]))
    for c, _ in COURTS:
        for s in R.sample(COURT_SENT, 3):
            lines.append(s.format(c=c))
    for time_ in P_TIME:
        for who in R.sample(P_WHO, 8):
            for act in R.sample(P_ACT, 3):
                lines.append(time_ + who + act + "。")
    for who in P_WHO:
        for me in R.sample(P_ME, 3):
            lines.append(who + "也知道了，" + me)
    for tmpl in REMIND:
        for _ in range(12):
            fl = fillers()
            s = tmpl.format(d=fl["DAYS"], a=fl["AMT"], b=fl["AMT2"], dt=fl["DATE"],
                            h=fl["HOT"], n=R.randint(1, 28))
            wrap = R.random()
            if wrap < 0.3:
                s = "【" + fl["PLAT"] + "】" + s
            elif wrap < 0.5:
                s = "【" + fl["BANK"] + "】" + s + "详询" + fl["BHOT"] + "。"
            elif wrap < 0.6:
                s = s + "回T退订"
            lines.append(s)
    for _ in range(60):
        fl = fillers()
        lines.append("我在%s借了%s，已经逾期%s天了。" % (fl["PLAT"], fl["AMT"], fl["DAYS"]))
    for _ in range(40):
        fl = fillers()
        lines.append("%s接到电话，对方说是%s的，让我%s前还清。" % (fl["TIME"], fl["PLAT"], fl["DATE"]))
    for _ in range(30):
        fl = fillers()
        lines.append("我的案子在%s，还没开庭。" % fl["COURT"])
    for _ in range(30):
        fl = fillers()
        lines.append("%s是%s的客服电话，可以打过去核实。" % (fl["BHOT"], fl["BANK"]))
    for _ in range(30):
        fl = fillers()
        lines.append("我尾号%s的卡被扣了%s。" % (fl["TAIL"], fl["AMT"]))
    return lines


# ---------------------------------------------------------------------------
# Dedupe against the other corpora (filter only, never print)
# ---------------------------------------------------------------------------

WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s)


def existing_texts():
    seen = set()
    for path in sorted(glob.glob(os.path.join(HERE, "scrub_*.jsonl"))):
        if os.path.basename(path) == "scrub_tune3.jsonl":
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    seen.add(norm(json.loads(line).get("text", "")))
                except ValueError:
                    pass
    for path in sorted(glob.glob(os.path.join(HERE, "scrub_*_preserve.txt"))) + \
            [os.path.join(HERE, "scrub_preserve.txt")]:
        if os.path.basename(path) == "scrub_tune3_preserve.txt" or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                seen.add(norm(line.rstrip("\n")))
    return seen


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    seen = existing_texts()

    # preserve lines first, so that names can be kept out of them
    plines = []
    pset = set()
    n_pdup_existing = 0
    for ln in preserve_lines():
        k = norm(ln)
        if k in seen:
            n_pdup_existing += 1
            continue
        if not k or k in pset:
            continue
        pset.add(k)
        plines.append(ln)
    assert len(plines) >= MIN_PRESERVE, len(plines)
    preserve_blob = "\n".join(plines)
    FORBIDDEN_TEXT.append(preserve_blob)
    # static template text and fillers must not contain a name either
    static = "\n".join(PH_RE.sub("\n", x[2]) for x in T)
    FORBIDDEN_TEXT.append(static)
    FORBIDDEN_TEXT.append("\n".join(PLATFORMS + BANKS + [c for c, _ in COURTS] + POLICE_CITIES
                                    + POLICE_DIST + AGENCY_B + COMPANY_B + TOWNS + VILLAGES
                                    + ROADS + COMPOUNDS + TOWERS))

    # every template at least once, then weighted draws
    cats = [x[0] for x in T]
    weights = [CAT_WEIGHT[c] for c in cats]
    plan = list(range(len(T)))
    R.shuffle(plan)
    records = []
    rset = set()
    idx = 0
    tries = 0
    n_dup_existing = 0
    while len(records) < N_RECORDS:
        tries += 1
        assert tries < 20000
        if idx < len(plan):
            ti = plan[idx]
            idx += 1
        else:
            ti = R.choices(range(len(T)), weights)[0]
        cat, sender, text, labels, vals, keys = fill(T[ti])
        k = norm(text)
        if k in seen:
            n_dup_existing += 1
            continue
        if k in rset or k in pset:
            continue
        if not check_record(text, labels, vals, keys):
            continue
        # no PII value of this record may appear in preserve
        if any(v.replace(" ", "") in preserve_blob.replace(" ", "") for v in labels):
            continue
        rset.add(k)
        records.append({"id": "t3-%04d" % (len(records) + 1), "text": text,
                        "sender": sender, "pii": pii_list(text, labels)})

    # final checks
    allvals = set()
    for rec in records:
        for it in rec["pii"]:
            assert it["value"] in rec["text"], it
            allvals.add(it["value"])
    blob_ns = preserve_blob.replace(" ", "")
    for v in allvals:
        assert v.replace(" ", "") not in blob_ns, v
    names = {it["value"] for rec in records for it in rec["pii"] if it["kind"] == "name"}
    for rec in records:
        labelled = {it["value"] for it in rec["pii"]}
        rest = rec["text"]
        for v in sorted(labelled, key=len, reverse=True):
            rest = rest.replace(v, "\x00")
        for n in names:
            assert n not in rest, (rec["id"], n)

    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as f:
        for ln in plines:
            f.write(ln + "\n")

    counts = {}
    for rec in records:
        for it in rec["pii"]:
            counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    none = sum(1 for rec in records if not rec["pii"])
    print("records", len(records), "preserve", len(plines), "no-pii", none)
    print("templates", len(T))
    print("dropped as already in other corpora: records", n_dup_existing,
          "preserve", n_pdup_existing)
    for kd, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(kd, c)


if __name__ == "__main__":
    main()
