"""Scrubber tuning corpora, seventeenth writer: documents and exports a
debtor pastes.  Court judgment / ruling excerpts (原告 / 被告 / 委托诉讼代理人 /
审判员 / 书记员 signature blocks, 执行裁定, 支付令, 限制消费令, 失信 look-ups),
QQ and WeChat chat exports in their tool formats (消息对象 / 消息分组 headers,
`X 2026-03-05 21:14` lines, group cards with badges and QQ numbers),
Chinese relatives and debts overseas (Malaysia, Australia, Korea,
Canada, the US, Japan, the UK) with local addresses and phones, spreadsheet
pastes (tabs, CSV with quotes, 腾讯文档 comments, 记账 app exports, wage
arrears sheets, WeChat 接龙), scam reports (杀猪盘, fake boss, fake relative,
fake refund), personal-bankruptcy and debt-clearing papers, ride-hailing and
freight records with plates, OCR of certificates (ID card, 户口本, 行驶证,
驾驶证, bank card with embossed pinyin, 结婚证, 不动产权证) with stray spaces,
misread labels and line breaks inside names and numbers, declared word-names,
and dialect honorifics (阿强, 老王头, 王姐, 小张子) beside full names.

Writes, into $TUNE16_OUT_DIR (default: next to this file):
  scrub_tune16.jsonl           about 350 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune16_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-05 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..15.md, the module
docstring of make_scrub_tune15.py, and `head -2` of scrub_tune15.jsonl and
scrub_tune15_preserve.txt).  Templates, word lists, romanisation tables,
address parts, minority name parts and preserve sentences are this writer's
own; ordinary Han names come from Faker zh_CN.

Run:  /work/main/.venv/bin/python make_scrub_tune16.py
Needs Faker==40.63.0 (locale zh_CN).  One random.Random(SEED); Faker is
seeded from it (seed_instance); never iterates over a set.
The dedupe step reads the other scrub_*.jsonl texts and scrub_*preserve*.txt
lines in $TUNE16_DEDUPE_DIR (default: this file's directory) at run time and
prints counts only.  Set TUNE16_TEMPLATE_COUNTS=1 to print template use counts.
"""
import glob
import json
import os
import random
import re
import string
import sys

import faker
from faker import Faker

assert faker.VERSION == "40.63.0", faker.VERSION

SEED = 20270521
rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(2 ** 31))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE16_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE16_DEDUPE_DIR", HERE)
OWN_JSONL = "scrub_tune16.jsonl"
OWN_PRESERVE = "scrub_tune16_preserve.txt"

ch = rng.choice


def ri(a, b):
    return rng.randint(a, b)


def chance(p):
    return rng.random() < p


WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s).lower()


# ---------------------------------------------------------------- dedupe data
OTHER_TEXTS = []
OTHER_PRESERVE = []
_files = sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl"))) + sorted(
    glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt")))
_nfiles = 0
for _fn in _files:
    _b = os.path.basename(_fn)
    if _b in (OWN_JSONL, OWN_PRESERVE):
        continue
    _nfiles += 1
    with open(_fn, encoding="utf-8") as _f:
        if _fn.endswith(".jsonl"):
            for _line in _f:
                _line = _line.strip()
                if _line:
                    OTHER_TEXTS.append(squash(json.loads(_line)["text"]))
        else:
            for _line in _f:
                _line = _line.rstrip("\n")
                if _line.strip():
                    OTHER_PRESERVE.append(squash(_line))
_other_all = sorted(dict.fromkeys(OTHER_TEXTS + OTHER_PRESERVE))
OTHER_SET = dict.fromkeys(_other_all)
OTHER_BLOB = "\x00".join(_other_all)
OTHER_PRES_BLOB = "\x00".join(OTHER_PRESERVE)
print(f"dedupe: {_nfiles} files, {len(_other_all)} distinct texts/lines")


def in_other(s):
    k = squash(s)
    return k in OTHER_SET or k in OTHER_BLOB


# ---------------------------------------------------------------- PII makers
def luhn_ok(num):
    tot = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "622262",
               "621483", "622908", "621226", "623058", "622155", "621485",
               "622700", "628288", "625965"]


def card_digits(n=None):
    n = n or ch([16, 19, 19])
    while True:
        s = ch(CARD_PREFIX) + "".join(str(ri(0, 9)) for _ in range(n - 7))
        for d in "0123456789":
            if luhn_ok(s + d):
                return s + d


def card():
    s = card_digits()
    f = rng.random()
    if f < 0.45:
        return s
    if f < 0.8:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


AREA_HAN = ["110105", "310115", "440304", "440106", "420106", "430104", "410105",
            "330106", "320106", "510107", "500103", "610113", "370102", "350203",
            "340104", "360102", "230103", "130104", "120101", "410323", "411625",
            "431102", "360732", "522121"]
AREA_ETH = {
    "uy": ["650102", "653101", "652801"], "bo": ["540102", "513301", "632801"],
    "mn": ["150102", "150202", "152502"], "ko": ["222401", "222405"],
    "hui": ["640104", "622901", "640302"], "yi": ["513401", "513431", "532301"],
    "zh": ["450102", "451002", "452701"],
}
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number(area=None, y0=1958, y1=2003, birth=None, sex=None):
    """GB 11643: the 17th digit is odd for men and even for women."""
    area = area or ch(AREA_HAN)
    if birth is None:
        birth = (ri(y0, y1), ri(1, 12), ri(1, 28))
    y, m, d = birth
    seq = ri(0, 999)
    if sex in ("m", "f") and (seq % 2 == 1) != (sex == "m"):
        seq = seq + 1 if seq < 999 else seq - 1
    body = f"{area}{y:04d}{m:02d}{d:02d}{seq:03d}"
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    c = ID_C[s % 11]
    if c == "X" and chance(0.25):
        c = "x"
    return body + c


def id_fmt(s):
    if chance(0.2):
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    return s


MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
           "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
           "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
           "187", "188", "189", "191", "198", "199"]


def mob_digits():
    return ch(MOB_PRE) + "".join(str(ri(0, 9)) for _ in range(8))


def phone(style=None):
    s = mob_digits()
    f = rng.random() if style is None else style
    if f < 0.5:
        return s
    if f < 0.7:
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    if f < 0.82:
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if f < 0.92:
        return "+86 " + s
    return "+86" + s


LAND_AREA = ["010", "021", "020", "0755", "027", "0731", "0371", "0571", "025",
             "028", "023", "029", "0531", "0592"]


def landline():
    a = ch(LAND_AREA)
    n = "".join(str(ri(0, 9)) for _ in range(8))
    n = str(ri(2, 8)) + n[1:]
    f = rng.random()
    if f < 0.5:
        return f"{a}-{n}"
    if f < 0.75:
        return f"（{a}）{n}"
    return f"{a}-{n}转{ri(100, 899)}"


def qq():
    return str(ri(1, 9)) + "".join(str(ri(0, 9)) for _ in range(ch([7, 8, 8, 9, 9])))


WX_STEM = ["sunny", "xiaoyu", "kk", "mumu", "tiantian", "a_bo", "lucky",
           "momo", "yy", "dahai", "qiuqiu", "feifei", "jiajia", "happy", "lxm",
           "zjh", "wwj", "chen_", "hhh", "dd"]


def wechat():
    if chance(0.45):
        return "wxid_" + "".join(ch(string.ascii_lowercase + string.digits) for _ in range(14))
    return ch(WX_STEM) + ch(["", "_", "-"]) + str(ri(1970, 2009)) + ch(["", "a", "x", "zz", "66"])


MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com",
            "outlook.com", "hotmail.com", "foxmail.com", "139.com", "yahoo.com"]


def email():
    if chance(0.3):
        return qq() + "@qq.com"
    stem = ch(["lily", "jack", "xm", "hj", "ywz", "tiger", "amy", "kevin", "dsq",
               "sky", "blue", "snow", "yq", "leo", "cc", "rain", "mike", "nana"])
    return f"{stem}{ch(['', '.', '_'])}{ri(10, 9999)}@{ch(MAIL_DOM)}"


PROV_ABBR = ["京", "沪", "粤", "湘", "豫", "浙", "苏", "川", "鄂", "鲁", "闽", "皖",
             "赣", "陕", "渝", "黑", "冀", "津", "桂", "新", "藏", "吉", "宁", "蒙"]
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(abbr=None):
    abbr = abbr or ch(PROV_ABBR)
    city = ch(PLATE_L[:12])
    if chance(0.25):
        tail = ch("DF") + "".join(str(ri(0, 9)) for _ in range(5))
    else:
        tail = "".join(ch("0123456789" * 8 + PLATE_L) for _ in range(5))
    sep = ch(["", "", "·", " ", "-"])
    return f"{abbr}{city}{sep}{tail}"


# ---------------------------------------------------------------- addresses
PLACES = [  # province, city, districts, plate abbr
    ("广东省", "深圳市", ["福田区", "南山区", "宝安区", "龙岗区"], "粤"),
    ("广东省", "广州市", ["天河区", "海珠区", "白云区", "番禺区"], "粤"),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"], "湘"),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"], "豫"),
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "萧山区"], "浙"),
    ("江苏省", "南京市", ["鼓楼区", "江宁区", "秦淮区"], "苏"),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区"], "川"),
    ("湖北省", "武汉市", ["武昌区", "洪山区", "江汉区"], "鄂"),
    ("山东省", "济南市", ["历下区", "槐荫区", "天桥区"], "鲁"),
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区"], "闽"),
    ("安徽省", "合肥市", ["蜀山区", "包河区", "瑶海区"], "皖"),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"], "陕"),
    ("", "重庆市", ["渝中区", "江北区", "南岸区"], "渝"),
    ("", "上海市", ["浦东新区", "闵行区", "徐汇区"], "沪"),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区"], "京"),
]
ETH_PLACES = {
    "uy": ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区", "水磨沟区"], "新"),
    "bo": ("西藏自治区", "拉萨市", ["城关区", "堆龙德庆区"], "藏"),
    "mn": ("内蒙古自治区", "呼和浩特市", ["新城区", "赛罕区", "回民区"], "蒙"),
    "ko": ("吉林省", "延边朝鲜族自治州延吉市", [""], "吉"),
    "hui": ("宁夏回族自治区", "银川市", ["兴庆区", "金凤区"], "宁"),
    "yi": ("四川省", "凉山彝族自治州西昌市", [""], "川"),
    "zh": ("广西壮族自治区", "南宁市", ["兴宁区", "青秀区", "西乡塘区"], "桂"),
}
ROADS = ["人民中路", "解放大道", "文化路", "新华西路", "中山北路", "工农路",
         "滨江大道", "学府路", "朝阳街", "团结路", "光华大道", "紫荆路", "五一路",
         "前进路", "迎宾大道", "桂花街", "东风路", "天府三街", "建国北路", "纬二路"]
ESTATES = ["锦绣花园", "翠湖湾", "阳光新城", "金色家园", "世纪华庭", "蓝山郡",
           "碧水苑", "枫林绿洲", "御景湾", "丽水嘉园", "滨河名苑", "香樟园",
           "恒大名都", "万科城", "保利香槟", "龙湖春江郦城", "星河湾", "书香门第"]
TOWNS = ["城关", "石桥", "柳林", "双河", "新店", "古城", "清水", "马村", "白沙", "桥头"]
VILLS = ["大王庄", "李家湾", "后洼", "河口", "杨树沟", "张家坪", "前进", "红星",
         "东岗", "四合", "南湾", "上营"]
COUNTIES = [("河南省", "周口市", "沈丘县"), ("湖南省", "邵阳市", "隆回县"),
            ("江西省", "赣州市", "于都县"), ("四川省", "南充市", "仪陇县"),
            ("安徽省", "阜阳市", "临泉县"), ("贵州省", "遵义市", "桐梓县"),
            ("山东省", "菏泽市", "曹县"), ("湖北省", "黄冈市", "蕲春县")]


def place(eth=None):
    return ETH_PLACES[eth] if eth in ETH_PLACES else ch(PLACES)


def addr_urban(eth=None, prov=True):
    p, c, ds, _ = place(eth)
    d = ch(ds)
    head = (p + c if prov else c) + d
    f = rng.random()
    if f < 0.55:
        return f"{head}{ch(ROADS)}{ri(1, 399)}号{ch(ESTATES)}{ri(1, 32)}栋{ri(1, 6)}单元{ri(1, 33)}{ri(1, 4):02d}室"
    if f < 0.8:
        return f"{head}{ch(ESTATES)}{ri(1, 28)}号楼{ri(1, 4)}单元{ri(2, 28)}{ri(1, 6):02d}"
    return f"{head}{ch(ROADS)}{ri(1, 999)}号{ri(1, 12)}号院{ri(1, 9)}-{ri(1, 6)}-{ri(101, 2604)}"


def addr_village():
    p, c, cty = ch(COUNTIES)
    g = ch(["组", "组", "队", "号"])
    if g == "号":
        return f"{p}{c}{cty}{ch(TOWNS)}镇{ch(VILLS)}村{ri(1, 188)}号"
    return f"{p}{c}{cty}{ch(TOWNS)}镇{ch(VILLS)}村{ri(1, 12)}{g}{ri(1, 60)}号"


def addr(eth=None):
    return addr_village() if (eth is None and chance(0.25)) else addr_urban(eth)


# overseas
MY_ADDR = [
    lambda: f"No. {ri(1, 88)}, Jalan SS {ri(2, 22)}/{ri(10, 40)}, 47300 Petaling Jaya, Selangor",
    lambda: f"{ri(1, 60)}, Jalan Midah {ri(1, 9)}, Taman Midah, 56000 Cheras, Kuala Lumpur",
    lambda: f"No. {ri(2, 120)}, Lorong Kenari {ri(1, 6)}, Taman Bukit Indah, 81200 Johor Bahru, Johor",
    lambda: f"{ri(10, 99)}-{ri(1, 20)}-{ri(1, 9)}, Jalan Puchong, 58200 Kuala Lumpur",
    lambda: f"马来西亚吉隆坡蕉赖美达花园Jalan Midah {ri(1, 9)}第{ri(1, 60)}号",
    lambda: f"马来西亚柔佛新山士古来花园路{ri(1, 40)}巷{ri(1, 90)}号",
]
AU_ADDR = [
    lambda: f"Unit {ri(1, 40)}, {ri(2, 180)} Forest Road, Hurstville NSW 2220",
    lambda: f"{ri(1, 90)} Rutherford Street, Box Hill VIC 3128",
    lambda: f"{ri(1, 30)}/{ri(10, 99)} Anzac Parade, Kensington NSW 2033",
    lambda: f"澳大利亚悉尼好市围Forest Road {ri(2, 180)}号{ri(1, 40)}单元",
    lambda: f"澳洲墨尔本博士山Station Street {ri(1, 200)}号",
]
CA_ADDR = [
    lambda: f"#{ri(101, 2208)}-{ri(5000, 8999)} Westminster Hwy, Richmond, BC V6X {ri(1, 3)}A{ri(1, 9)}",
    lambda: f"{ri(2, 99)} Glen Cameron Rd, Markham, ON L3T {ri(1, 6)}P{ri(1, 9)}",
    lambda: f"加拿大温哥华列治文No. 3 Road {ri(5000, 8999)}号{ri(101, 2208)}室",
    lambda: f"加拿大多伦多士嘉堡Midland Ave {ri(100, 4999)}号",
]
US_ADDR = [
    lambda: f"{ri(133, 147)}-{ri(10, 60)} {ri(37, 41)}th Ave Apt {ri(1, 6)}{ch('ABCDEF')}, Flushing, NY 11354",
    lambda: f"{ri(100, 999)} W Valley Blvd, San Gabriel, CA 91776",
    lambda: f"{ri(4, 89)} {ch(['8th', '7th', '6th'])} Ave, Brooklyn, NY 11220",
    lambda: f"美国纽约法拉盛缅街{ri(36, 41)}-{ri(10, 60)}号{ri(2, 6)}楼",
    lambda: f"美国加州圣盖博Valley Blvd {ri(100, 999)}号",
]
JP_ADDR = [
    lambda: f"東京都新宿区大久保{ri(1, 3)}-{ri(1, 20)}-{ri(1, 15)} コーポ大久保{ri(1, 5)}0{ri(1, 9)}号室",
    lambda: f"日本埼玉县川口市芝{ri(1, 6)}-{ri(1, 30)}-{ri(1, 20)}",
    lambda: f"大阪府大阪市生野区桃谷{ri(1, 5)}-{ri(1, 20)}-{ri(1, 12)}",
]
UK_ADDR = [
    lambda: f"Flat {ri(1, 30)}, {ri(2, 120)} Oxford Road, Manchester M13 {ri(1, 9)}PL",
    lambda: f"英国伦敦Gerrard Street {ri(1, 60)}号{ri(1, 4)}楼",
]


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def ph_my():
    f = rng.random()
    p = ch(["12", "16", "17", "19", "13", "11"])
    a, b = digits(3), digits(4)
    if f < 0.4:
        return f"+60 {p}-{a} {b}"
    if f < 0.7:
        return f"0{p}-{a} {b}"
    return f"+60{p}-{a}{b}"


def ph_au():
    a, b, c = "4" + digits(2), digits(3), digits(3)
    return f"+61 {a} {b} {c}" if chance(0.55) else f"0{a} {b} {c}"


def ph_na(codes):
    c = ch(codes)
    a, b = str(ri(2, 9)) + digits(2), digits(4)
    f = rng.random()
    if f < 0.4:
        return f"+1 {c}-{a}-{b}"
    if f < 0.75:
        return f"({c}) {a}-{b}"
    return f"+1 ({c}) {a}-{b}"


def ph_jp():
    p = ch(["90", "80", "70"])
    return f"0{p}-{digits(4)}-{digits(4)}" if chance(0.6) else f"+81 {p}-{digits(4)}-{digits(4)}"


def ph_uk():
    a = str(ri(4, 9)) + digits(2)
    return f"+44 7{a} {digits(6)}" if chance(0.6) else f"07{a} {digits(6)}"


def my_ic():
    y, m, d = ri(60, 99), ri(1, 12), ri(1, 28)
    return f"{y:02d}{m:02d}{d:02d}-{ch(['14', '10', '01', '07', '08'])}-{digits(4)}"


# ---------------------------------------------------------------- names
class Nm(str):
    pass


def mk(full, s="", g="", sex="", form="faker"):
    n = Nm(full)
    n.s, n.g, n.sex, n.form = s, g, sex, form
    return n


USED = []          # squashed keys of drawn names
USED_FORMS = {}
NAME_FORM = {}     # name key -> form, for the accepted-name statistics
PRES_BLOB = ""     # own preserve lines (squashed), set after preserve built
REC_BLOB = []      # masked squashed texts of accepted records
WORD_NAMES = ["武艺", "洪亮", "康健", "华丽", "齐鸣", "连城", "孔明", "黎民", "易安", "钟爱"]
WORD_LEFT = list(WORD_NAMES)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐",
            "公孙", "长孙", "宇文", "夏侯", "司徒", "端木", "南宫", "西门", "百里"]
RARE = ["禤", "亓", "訾", "仉", "笪", "乜", "逯", "隗", "蒯", "郗", "厍", "眭", "鄢",
        "郄", "冼", "覃", "阚", "缪", "晏", "揭", "贲", "靳", "蔺", "昝", "佘", "郜"]
WORD_GIVEN_M = ["平安", "建国", "胜利", "方舟", "雷雨", "和平", "光明", "国庆", "长江",
                "卫东", "建设", "振华", "向东", "解放", "跃进", "东风"]
WORD_GIVEN_F = ["海燕", "红梅", "春花", "秋菊", "明月", "晓燕", "丽华", "雪梅", "爱华",
                "永红", "玉兰", "彩霞", "金凤", "翠花"]


def nkey(s):
    return squash(s).replace("·", "").replace("•", "")


def _ok(full):
    k = nkey(full)
    if len(k) < 2:
        return False
    for u in USED:
        if k in u or u in k:
            return False
    if k in OTHER_PRES_BLOB and full not in WORD_NAMES:
        return False
    if full not in WORD_NAMES and k in PRES_BLOB:
        return False
    for t in REC_BLOB:
        if k in t:
            return False
    return True


def _take(n):
    USED.append(nkey(n))
    NAME_FORM[nkey(n)] = n.form
    USED_FORMS[n.form] = USED_FORMS.get(n.form, 0) + 1
    return n


FEMALE_CHARS = "霞娟梅芳丽燕婷兰凤娜"


def given(sex):
    """Faker's male list contains a few female-looking names (红霞); skip them."""
    if sex != "m":
        return fk.first_name_female()
    while True:
        g = fk.first_name_male()
        if not any(c in FEMALE_CHARS for c in g):
            return g


def nm(sex=None, surname=None, kind=None, given_len=None):
    """Draw a fresh Han name.  kind: None (mixed), faker, word, rare, compound."""
    for _ in range(500):
        sx = sex or ch("mf")
        k = kind
        if k is None:
            f = rng.random()
            k = "faker" if f < 0.84 else "word" if f < 0.91 else "rare" if f < 0.96 else "compound"
        s = surname
        if s is None:
            s = (ch(RARE) if k == "rare" else ch(COMPOUND) if k == "compound" else fk.last_name())
        if k == "word":
            g = ch(WORD_GIVEN_M if sx == "m" else WORD_GIVEN_F)
        else:
            g = given(sx)
            if given_len is None and k == "faker" and chance(0.6) and len(g) != 2:
                continue
            if given_len == 2 and len(g) != 2:
                continue
            if given_len == 1 and len(g) != 1:
                continue
        form = k if k != "faker" else ("faker2" if len(s + g) == 2 else "faker3")
        n = mk(s + g, s, g, sx, form)
        if _ok(n):
            return _take(n)
    raise RuntimeError("name pool exhausted")


def word_name():
    """The next declared word-name; WORD_LEFT is popped by main() only when
    the record is accepted, so a redraw reuses the same word."""
    while WORD_LEFT:
        w = WORD_LEFT[0]
        n = mk(w, w[0], w[1:], "", "wordname")
        if nkey(w) in USED:
            return n
        if _ok(n):
            return _take(n)
        WORD_LEFT.pop(0)
    return nm()


# minority parts (own lists)
UY_M = ["艾力", "买买提", "阿卜杜拉", "努尔艾力", "吐尔洪", "艾克拜尔", "麦麦提敏",
        "阿布都热西提", "伊力哈木", "艾则孜", "热合曼", "卡哈尔", "依明", "肉孜"]
UY_F = ["古丽努尔", "阿依努尔", "迪丽娜尔", "帕提古丽", "热依拉", "米热古丽",
        "阿依古丽", "祖丽皮亚", "再娜甫", "努尔尼沙", "玛依拉", "布威"]
UY_FA = ["吐尔逊", "阿不都", "托合提", "买合木提", "卡德尔", "吾守尔", "司马义",
         "玉素甫", "阿西木", "沙吾提", "亚森", "艾海提", "喀斯木", "木合塔尔"]
BO = ["扎西", "次仁", "格桑", "旦增", "尼玛", "多吉", "白玛", "洛桑", "平措", "索朗",
      "达瓦", "普布", "边巴", "罗布"]
BO_F = ["卓玛", "央金", "拉姆", "曲珍", "德吉", "央宗", "措姆", "玉珍", "仓决", "琼达"]
MN = ["巴特尔", "额尔敦", "朝鲁门", "阿拉坦仓", "苏和", "孟和", "毕力格", "那顺",
      "布仁巴雅尔", "额尔登", "特木尔", "哈斯"]
MN_F = ["乌日娜", "其其格", "苏日娜", "图雅", "萨仁", "斯琴", "乌云", "娜仁", "塔娜",
        "高娃", "阿拉泰", "琪琪格"]
MN_SUR = ["包", "白", "鲍", "韩", "敖", "宝"]
KO_S = ["金", "朴", "崔", "郑", "姜", "韩", "李", "全", "玄", "南"]
KO_M = ["英哲", "成浩", "永男", "春植", "明浩", "光日", "哲洙", "东旭", "相旭", "在勋"]
KO_F = ["美玉", "顺姬", "京淑", "贤珠", "银姬", "英子", "明淑", "惠善", "春花", "玉善"]
HUI_S = ["马", "白", "哈", "纳", "沙", "穆", "海", "丁", "马", "马"]
HUI_M = ["福祥", "永胜", "德明", "光荣", "伊卜拉", "尔萨", "文清", "学忠", "有福", "志明"]
HUI_F = ["玉兰", "阿依莎", "海燕", "秀英", "法图麦", "桂芝", "秀兰"]
YI_CLAN = ["吉克", "阿西", "沙马", "曲比", "海来", "阿苏", "吉伍", "马海", "俄木",
           "阿约", "的日", "勒格"]
YI_G_M = ["木呷", "拉且", "伍牛", "尔古", "石布", "子哈", "阿木", "日火", "克惹"]
YI_G_F = ["阿依", "阿果", "阿呷", "阿支", "伍各", "日呷", "阿莫", "石各"]
ZH_S = ["韦", "覃", "蒙", "农", "黄", "陆", "莫", "梁", "卢", "潘"]
ZH_M = ["福生", "达福", "特良", "永强", "德才", "光明", "振南", "建华"]
ZH_F = ["桂英", "金凤", "秀兰", "美娟", "庆芳", "春燕", "丽萍", "月娥"]
ETH_NAME = {"uy": "维吾尔族", "bo": "藏族", "mn": "蒙古族", "ko": "朝鲜族",
            "hui": "回族", "yi": "彝族", "zh": "壮族"}


def minority(eth=None, sex=None):
    for _ in range(500):
        e = eth or ch(["uy", "bo", "mn", "ko", "hui", "yi", "zh", "uy", "bo", "yi"])
        sx = sex or ch("mf")
        if e == "uy":
            full = ch(UY_M if sx == "m" else UY_F) + ch(["·", "·", "·", "•"]) + ch(UY_FA)
        elif e == "bo":
            full = ch(BO) + ch(BO_F if sx == "f" else BO)
            if full[:2] == full[2:]:
                continue
        elif e == "mn":
            g = ch(MN if sx == "m" else MN_F)
            full = (ch(MN_SUR) + g) if chance(0.4) else g
            if len(full) == 2 and chance(0.7):
                continue
        elif e == "ko":
            full = ch(KO_S) + ch(KO_M if sx == "m" else KO_F)
        elif e == "hui":
            full = ch(HUI_S) + ch(HUI_M if sx == "m" else HUI_F)
        elif e == "yi":
            full = ch(YI_CLAN) + ch(["", "", "·"]) + ch(YI_G_M if sx == "m" else YI_G_F)
        else:
            full = ch(ZH_S) + ch(ZH_M if sx == "m" else ZH_F)
        n = mk(full, full[0], full[1:], sx, "min_" + e)
        n.eth = e
        if _ok(n):
            return _take(n)
    raise RuntimeError("minority exhausted")


# pinyin (own table)
PY_S = [("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("刘", "Liu"), ("陈", "Chen"),
        ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
        ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
        ("郭", "Guo"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"),
        ("谢", "Xie"), ("唐", "Tang"), ("冯", "Feng"), ("韩", "Han"), ("曹", "Cao"),
        ("彭", "Peng"), ("曾", "Zeng"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"),
        ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"), ("杜", "Du"), ("叶", "Ye"),
        ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("邓", "Deng"), ("许", "Xu")]
PY_G = [("伟", "Wei"), ("娜", "Na"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"),
        ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"),
        ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
        ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("慧", "Hui"), ("浩", "Hao"),
        ("宇", "Yu"), ("欣", "Xin"), ("晓", "Xiao"), ("佳", "Jia"), ("子", "Zi"),
        ("雨", "Yu"), ("婷", "Ting"), ("思", "Si"), ("嘉", "Jia"), ("文", "Wen"),
        ("俊", "Jun"), ("凯", "Kai"), ("琳", "Lin"), ("梦", "Meng"), ("鹏", "Peng")]


def pinyin(style=None, with_cn=False):
    for _ in range(500):
        s_cn, s_py = ch(PY_S)
        parts = [ch(PY_G) for _ in range(ch([1, 2, 2]))]
        g_cn = "".join(p[0] for p in parts)
        g_py = "".join(p[1] for p in parts)
        g_py = g_py[0] + g_py[1:].lower()
        st = style or ch(["GS", "Gs", "SG", "S G", "SGsp", "GSUP", "sg", "SGUP"])
        if st == "GS":
            full = f"{g_py} {s_py.upper()}"
        elif st == "Gs":
            full = f"{g_py} {s_py}"
        elif st == "SG":
            full = f"{s_py} {g_py}"
        elif st == "S G":
            full = f"{s_py.upper()} {g_py}"
        elif st == "SGsp":
            full = s_py + " " + " ".join(p[1] for p in parts)
        elif st == "GSUP":
            full = f"{g_py.upper()} {s_py.upper()}"
        elif st == "sg":
            full = f"{s_py.lower()} {g_py.lower()}"
        else:
            full = f"{s_py.upper()} {g_py.upper()}"
        n = mk(full, s_py, g_py, "", "pinyin")
        n.cn = s_cn + g_cn
        if not _ok(n):
            continue
        if with_cn:
            c = mk(n.cn, s_cn, g_cn, "", "pinyin_cn")
            if not _ok(c) or squash(c) in squash(full):
                continue
            _take(n)
            _take(c)
            n.cnn = c
            return n
        return _take(n)
    raise RuntimeError("pinyin exhausted")


# Malaysian / overseas romanisations (own tables)
MY_SUR = ["Tan", "Lim", "Lee", "Ng", "Wong", "Chong", "Goh", "Teh", "Yap", "Ong",
          "Khoo", "Low", "Chin", "Loh", "Foo", "Tay", "Cheah", "Leong", "Ooi", "Koh"]
MY_GIV = ["Boon Hock", "Siew Ling", "Kah Wai", "Mei Ling", "Chee Keong", "Wei Jie",
          "Poh Lin", "Kok Leong", "Hui Min", "Soo Fen", "Yong Sheng", "Ah Kow",
          "Chin Hong", "Li Ying", "Kian Seng", "Pei Shan", "Wai Kit", "Jia Hui",
          "Seng Huat", "Bee Lian", "Choon Meng", "Yee Mun"]
EN_GIV = ["Jason", "Vivian", "Kelvin", "Jessica", "Alvin", "Michelle", "Eric",
          "Karen", "Kenny", "Winnie", "Daniel", "Cindy", "Ryan", "Grace", "Leo",
          "Amy", "Kevin", "Helen", "Tony", "Irene"]


def my_name(english=None):
    for _ in range(500):
        full = f"{ch(MY_SUR)} {ch(MY_GIV)}"
        if english or (english is None and chance(0.3)):
            full = ch(EN_GIV) + " " + full
        n = mk(full, "", "", "", "malaysian")
        if _ok(n):
            return _take(n)
    raise RuntimeError


def en_cn_name():
    """English given name + pinyin surname, used by Chinese abroad (Kevin Zhang)."""
    for _ in range(500):
        s_cn, s_py = ch(PY_S)
        full = f"{ch(EN_GIV)} {s_py if chance(0.7) else s_py.upper()}"
        n = mk(full, s_py, "", "", "en_pinyin")
        if _ok(n):
            return _take(n)
    raise RuntimeError


# ---------------------------------------------------------------- pieces
def N(x):
    return ("name", x)


def PH(x=None):
    return ("phone", x or phone())


def ID(x=None):
    return ("id_number", x or id_fmt(id_number()))


def BC(x=None):
    return ("bank_card", x or card())


def AD(x=None):
    return ("address", x or addr())


def AC(x):
    return ("account", x)


def EM(x=None):
    return ("email", x or email())


def PL(x=None):
    return ("plate", x or plate())


def QQ(x=None):
    return ("qq", x or qq())


def WX(x=None):
    return ("wechat", x or wechat())


_FMT = string.Formatter()


def T(fmt, **kw):
    out = []
    for lit, field, spec, conv in _FMT.parse(fmt):
        if lit:
            out.append(lit)
        if field is not None:
            v = kw[field]
            if isinstance(v, list):
                out.extend(v)
            elif isinstance(v, int):
                out.append(str(v))
            else:
                out.append(v)
    return out


PUNCT = "，。！？、；：“”‘’（）【】《》,.!?;:()\"'…—~～"


def strip_punct(pieces):
    tr = {ord(c): None for c in PUNCT}
    return [p.translate(tr) if isinstance(p, str) else p for p in pieces]


def amount():
    return ch([f"{ri(2, 98)}000元", f"{ri(1, 9)}.{ri(1, 9)}万", f"{ri(1200, 89000)}元",
               f"{ri(3, 60)}万元", f"{ri(1000, 99999)}.{ri(10, 99)}元"])


def cn_date(y=2026):
    return f"{y}年{ri(1, 12)}月{ri(1, 28)}日"


CN_NUM = "〇一二三四五六七八九"


def cn_year_date():
    m, d = ri(1, 12), ri(1, 28)

    def cn(n):
        if n < 10:
            return CN_NUM[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_NUM[n - 10]
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return f"二〇二六年{cn(m)}月{cn(d)}日"


CLOCK = [1, 1, 0]  # month, day, seconds since midnight; reset per record


def reset_clock():
    CLOCK[:] = [ri(1, 11), ri(1, 27), ri(8 * 3600, 20 * 3600)]


def _tick():
    CLOCK[2] += ri(20, 1500)
    if CLOCK[2] >= 86400:
        CLOCK[2] -= 86400 - 8 * 3600
        CLOCK[1] += 1
    m, d, t = CLOCK
    return m, d, t // 3600, (t // 60) % 60, t % 60


def ts(sep="-"):
    """Timestamps increase within a record."""
    m, d, h, mi, _ = _tick()
    return f"2026{sep}{m:02d}{sep}{d:02d} {h:02d}:{mi:02d}"


def tss():
    m, d, h, mi, se = _tick()
    return f"2026-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{se:02d}"


def tsslash():
    m, d, h, mi, se = _tick()
    return f"2026/{m}/{d} {h}:{mi:02d}:{se:02d}"


BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行",
         "交通银行", "中信银行", "光大银行", "浦发银行", "平安银行", "兴业银行",
         "广发银行", "民生银行", "邮储银行"]
LENDERS = ["招联消费金融有限公司", "马上消费金融股份有限公司", "中银消费金融有限公司",
           "兴业消费金融股份公司", "捷信消费金融有限公司", "重庆度小满小额贷款有限公司",
           "深圳前海微众银行股份有限公司", "重庆蚂蚁消费金融有限公司", "平安普惠融资担保有限公司"]
PLATFORMS = ["借呗", "花呗", "微粒贷", "美团月付", "京东金条", "安逸花", "分期乐",
             "360借条", "度小满", "招联好期贷", "拍拍贷", "小赢卡贷", "洋钱罐", "省呗"]
LAWFIRMS = ["广东华商律师事务所", "北京盈科（深圳）律师事务所", "湖南启元律师事务所",
            "上海锦天城律师事务所", "河南英泰律师事务所", "浙江天册律师事务所",
            "四川泰和泰律师事务所", "湖北山河律师事务所"]
COURT_CODE = {"广东省": ("粤", ["0304", "0305", "0306", "0106", "0113"]),
              "湖南省": ("湘", ["0104", "0111", "0105"]), "河南省": ("豫", ["0105", "0103", "0102"]),
              "浙江省": ("浙", ["0106", "0105", "0109"]), "江苏省": ("苏", ["0106", "0115", "0104"]),
              "四川省": ("川", ["0107", "0104", "0108"]), "湖北省": ("鄂", ["0106", "0111", "0103"]),
              "山东省": ("鲁", ["0102", "0104", "0105"]), "福建省": ("闽", ["0203", "0206", "0211"]),
              "安徽省": ("皖", ["0104", "0111", "0102"]), "陕西省": ("陕", ["0113", "0103", "0112"]),
              "": ("渝", ["0103", "0105", "0108"])}


def court():
    p, c, ds, _ = ch(PLACES)
    d = ch(ds)
    ab, codes = COURT_CODE.get(p, ("京", ["0105", "0108"]))
    if c == "上海市":
        ab = "沪"
    elif c == "北京市":
        ab = "京"
    name = f"{p}{c}{d}人民法院"
    return name, ab, ch(codes)


def caseno(kind="民初", ab=None, code=None):
    ab = ab or ch(PROV_ABBR[:15])
    code = code or f"0{ri(1, 9)}{ri(0, 3)}{ri(1, 9)}"
    return f"（2026）{ab}{code}{kind}{ri(101, 39999)}号"


def birth_text(b):
    return f"{b[0]}年{b[1]}月{b[2]}日"


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(group, w=1):
    def deco(f):
        TEMPLATES.append((group, f.__name__, f, w))
        return f
    return deco


def party(role, sex=None, eth_p=0.4, idp=0.7, force_eth=None):
    """A natural-person party line for a judgment."""
    eth = force_eth or (ch(["uy", "bo", "mn", "ko", "hui", "yi", "zh"]) if chance(eth_p) else None)
    sx = sex or ch("mf")
    n = minority(eth, sx) if eth else nm(sx)
    b = (ri(1965, 2000), ri(1, 12), ri(1, 28))
    nation = ETH_NAME[eth] if eth else "汉族"
    area = ch(AREA_ETH[eth]) if eth else ch(AREA_HAN)
    pcs = T("{r}：{n}，{sx}，{b}出生，{na}，住{a}", r=role, n=N(n), sx="男" if sx == "m" else "女",
            b=birth_text(b), na=nation, a=AD(addr_urban(eth) if eth else addr()))
    if chance(idp):
        pcs += T("，公民身份号码{i}", i=ID(id_fmt(id_number(area, birth=b, sex=sx))))
    pcs.append("。")
    return n, pcs


def sigblock(kinds=("审判员",), spaced=None):
    out = []
    sp = chance(0.5) if spaced is None else spaced
    for k in kinds:
        lab = "\u3000".join(k) if sp and len(k) == 3 else k
        out += T("\n{k}\u3000\u3000{n}", k=lab, n=N(nm()))
    out.append("\n" + cn_year_date())
    out += T("\n{k}\u3000\u3000{n}", k="书\u3000记\u3000员" if sp else "书记员", n=N(nm()))
    return out


@tpl("judgment", 3)
def j_card_dispute():
    cname, ab, code = court()
    bank = ch(BANKS)
    head = T("{c}\n民事判决书\n{no}\n原告：{b}股份有限公司信用卡中心。\n负责人：{m}，该中心总经理。\n委托诉讼代理人：{a}，{lf}律师。\n",
             c=cname, no=caseno("民初", ab, code), b=bank,
             m=N(nm()), a=N(nm()), lf=ch(LAWFIRMS))
    d, dp = party("被告")
    body = T("\n原告{b}信用卡中心与被告{d}信用卡纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告委托诉讼代理人到庭参加诉讼，被告{d}经本院传票传唤无正当理由拒不到庭参加诉讼，本院依法缺席判决。",
             b=bank, d=N(d))
    return head + dp + body + sigblock(("审判员",))


@tpl("judgment", 3)
def j_loan_private():
    cname, ab, code = court()
    p, pp = party("原告", eth_p=0.1)
    d, dp = party("被告")
    sp = nm(surname=None, sex="f" if d.sex == "m" else "m")
    ag = nm()
    body = T("\n委托诉讼代理人：{ag}，{lf}律师。\n", ag=N(ag), lf=ch(LAWFIRMS))
    mid = T("\n被告：{sp}，系被告{d}之配偶，住址同上。\n原告{p}向本院提出诉讼请求：1.判令二被告共同偿还借款本金{amt}及利息；2.本案诉讼费由二被告负担。事实与理由：{d}以资金周转为由向原告借款，并出具借条一份，约定{dt}前归还，到期后经原告多次催要未还。",
              sp=N(sp), d=N(d), p=N(p), amt=amount(), dt=cn_date())
    return T("{c}\n民 事 判 决 书\n{no}\n", c=cname, no=caseno("民初", ab, code)) + pp + body + ["\n"] + dp + mid + sigblock(("审判长", "审判员", "人民陪审员"))


@tpl("judgment", 3)
def j_exec_ruling():
    cname, ab, code = court()
    d, dp = party("被执行人", eth_p=0.35)
    pl = plate(ch(PROV_ABBR))
    body = T("{c}\n执行裁定书\n{no}\n申请执行人：{l}。\n法定代表人：{r}。\n", c=cname, no=caseno("执", ab, code),
             l=ch(LENDERS), r=N(nm()))
    tail = T("\n本院依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下：\n一、冻结、划拨被执行人{d}在{bk}开立的账户{card}内存款{amt}；\n二、查封被执行人{d}名下车牌号为{pl}的小型轿车一辆。\n本裁定立即执行。",
             d=N(d), bk=ch(BANKS), card=BC(), amt=amount(), pl=PL(pl))
    return body + dp + tail + sigblock(("执行员",), spaced=False)


@tpl("judgment", 2)
def j_payment_order():
    cname, ab, code = court()
    d, dp = party("被申请人", eth_p=0.25, idp=1)
    return (T("{c}\n支付令\n{no}\n申请人：{l}，住所地{city}。\n", c=cname, no=caseno("督", ab, code), l=ch(LENDERS), city=ch(PLACES)[1])
            + dp + T("\n申请人于{dt}向本院申请支付令，称：被申请人{d}于借款后未按约还款，尚欠本金{amt}。被申请人{d}应当自收到本支付令之日起十五日内清偿上述债务，或者向本院书面提出异议。", dt=cn_date(), d=N(d), amt=amount())
            + sigblock(("审判员",), spaced=False))


@tpl("judgment", 2)
def j_limit_consume():
    cname, ab, code = court()
    d = nm()
    return T("{c}\n限制消费令\n{no}\n被执行人：{d}，{sx}，公民身份号码{i}。\n本院于{dt}立案执行申请执行人{l}申请执行的借款合同纠纷一案，因被执行人{d}未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照……之规定，对被执行人{d}采取限制消费措施，不得乘坐飞机、列车软卧，不得在星级以上宾馆消费。\n如你违反上述限制消费令，本院将依法予以罚款、拘留。\n执行法官：{j}\u3000联系电话：{t}",
             c=cname, no=caseno("执", ab, code), d=N(d), sx="男" if d.sex == "m" else "女",
             i=ID(id_number(sex=d.sex)), dt=cn_date(), l=ch(LENDERS), j=N(nm()), t=PH(landline()))


@tpl("judgment", 2)
def j_mediation():
    cname, ab, code = court()
    p, pp = party("原告", eth_p=0.15, idp=0.3)
    d, dp = party("被告", eth_p=0.25, idp=0.5)
    return (T("{c}\n民事调解书\n{no}\n", c=cname, no=caseno("民初", ab, code)) + pp + ["\n"] + dp
            + T("\n本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：\n一、被告{d}于{dt}前向原告{p}支付欠款{amt}，汇入原告{p}名下{bk}账户{card}；\n二、如被告未按期足额支付，原告有权就全部剩余款项申请强制执行。\n上述协议，符合有关法律规定，本院予以确认。",
                d=N(d), dt=cn_date(), p=N(p), amt=amount(), bk=ch(BANKS), card=BC())
            + sigblock(("审判员",)))


@tpl("judgment", 2)
def j_excerpt_paste():
    # a relative pasting the parts that matter
    d = nm()
    sp = nm(sex="f" if d.sex == "m" else "m")
    return T("这是我在裁判文书网上查到的，你们看看：\n“被告{d}，{sx}，{y}年出生，汉族，住{a}。”\n“本院认为，原告与被告{d}之间的借款关系合法有效……被告{sp}对上述债务承担连带清偿责任。”\n被告{sp}就是我，我根本不知道他借了钱，这个判决能撤销吗",
             d=N(d), sx="男" if d.sex == "m" else "女", y=ri(1970, 1999), a=AD(), sp=N(sp))


@tpl("judgment", 2)
def j_shixin():
    d = nm()
    j = nm()
    return T("失信被执行人查询结果\n被执行人姓名/名称：{d}\n性别：{sx}\n执行法院：{c}\n省份：{p}\n执行依据文号：{no}\n生效法律文书确定的义务：偿还借款{amt}及利息\n被执行人的履行情况：全部未履行\n失信被执行人行为具体情形：有履行能力而拒不履行生效法律文书确定义务\n发布时间：{dt}\n承办人：{j}",
             d=N(d), sx="男" if d.sex == "m" else "女", c=court()[0], p=ch(PLACES)[0] or "重庆市",
             no=caseno("民初"), amt=amount(), dt=cn_date(), j=N(j))


@tpl("judgment", 2)
def j_detention():
    cname, ab, code = court()
    d = minority() if chance(0.4) else nm()
    nation = ETH_NAME.get(getattr(d, "eth", None), "汉族")
    return T("{c}\n拘留决定书\n{no}\n被拘留人：{d}，{na}，住{a}。\n本院在执行申请执行人{p}与被执行人{d}民间借贷纠纷一案中，查明{d}有能力履行而拒不履行，并转移财产。决定对{d}拘留十五日。\n如不服本决定，可在收到决定书之日起三日内向上一级人民法院申请复议一次。\n审判长 {j}",
             c=cname, no=caseno("执", ab, code), d=N(d), na=nation, a=AD(addr_urban(getattr(d, "eth", None))),
             p=N(nm()), j=N(nm()))


@tpl("judgment", 2)
def j_property_report():
    cname, ab, code = court()
    d = nm()
    return T("{c}\n报告财产令\n{no}\n{d}：\n本院受理的{l}与你金融借款合同纠纷一案，你未按执行通知履行法律文书确定的义务。依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。\n联系人：书记员{s}，电话{t}",
             c=cname, no=caseno("执", ab, code), d=N(d), l=ch(LENDERS), s=N(nm()), t=PH(landline()))


@tpl("judgment", 2)
def j_second_instance():
    cname, ab, code = court()
    a, ap = party("上诉人（原审被告）", eth_p=0.3, idp=0.4)
    return (T("{c}\n民事判决书（二审）\n{no}\n", c=cname.split("市")[0] + "市中级人民法院", no=caseno("民终", ab, f"01")) + ap
            + T("\n委托诉讼代理人：{g}，系上诉人之兄。\n被上诉人（原审原告）：{l}。\n上诉人{a}因与被上诉人借款合同纠纷一案，不服{c2}一审判决，向本院提起上诉。本院依法组成合议庭审理了本案。",
                g=N(nm(surname=a.s) if not a.form.startswith("min") else nm()), l=ch(LENDERS), a=N(a), c2=cname)
            + sigblock(("审判长", "审判员", "审判员")))


# ---- QQ / WeChat exports
def qq_head(obj_pieces, group="我的好友"):
    return (["消息记录（此消息记录为文本格式，不支持重新导入）\n\n================================================================\n消息分组:" + group
             + "\n================================================================\n消息对象:"] + obj_pieces
            + ["\n================================================================\n\n"])


COLL_LINES = ["你什么时候还钱", "今天再不处理就上报了", "我们已经联系你家里人了", "你别装死",
              "最后给你一次机会", "明天上午十点前必须到账", "你的案件已经转到法务了",
              "你家地址我们都有", "不还是吧", "[图片]", "[表情]", "接电话"]
DEBT_LINES = ["下个月发工资就还", "我在想办法", "能不能分期", "别打我家里电话", "我没钱",
              "你们这样是违法的", "我已经录音了", "[语音]", "好的", "再宽限几天"]


@tpl("qqexport", 3)
def q_private():
    c = nm()
    pcs = qq_head([N(c)])
    me = "我"
    for i in range(ri(3, 5)):
        who = [N(c)] if i % 2 == 0 else [me]
        pcs += [tss() + " "] + who + ["\n" + (ch(COLL_LINES) if i % 2 == 0 else ch(DEBT_LINES)) + "\n\n"]
    if chance(0.6):
        pcs += [tss() + " "] + [N(c)] + T("\n你妈{m}的电话是{p}吧，我们打过去了\n", m=N(nm(sex="f")), p=PH())
    return pcs


@tpl("qqexport", 3)
def q_group():
    g = ch(["还款协商群", "XX贷款交流群", "老乡互助群", "打工人借款群", "债务互助交流"])
    a, b = nm(), nm()
    qa, qb = qq(), qq()
    pcs = qq_head([g], group="我的QQ群")
    pcs += [tss() + " 【群主】"] + [N(a)] + ["("] + [QQ(qa)] + [")\n大家把情况发一下，我统一整理\n\n"]
    pcs += [tss() + " 【管理员】"] + [N(b)] + ["("] + [QQ(qb)] + [")\n" + ch(["我欠了三家，都打到我单位了", "有没有人被上门过", "律师函是真的吗"]) + "\n\n"]
    c = nm()
    pcs += [tss() + " 【LV" + str(ri(1, 6)) + "活跃】"] + [N(c)] + ["\n我这边催收叫"] + [N(nm())] + ["，天天打\n"]
    return pcs


@tpl("qqexport", 3)
def q_wechat_lines():
    a = nm()
    col = nm()
    pcs = [f"聊天记录导出 共{ri(20, 300)}条\n\n"]
    pcs += [N(a)] + [" " + ts() + "\n我已经还了一部分了，你们还要怎样\n\n"]
    pcs += [N(col)] + [" " + ts() + "\n剩下的" + amount() + "今天必须结清，不然我们就去你单位找你领导"] + [N(nm())] + ["\n\n"]
    pcs += [N(a)] + [" " + ts() + "\n我领导跟这事没关系\n"]
    return pcs


@tpl("qqexport", 2)
def q_wechat_bracket():
    a, b = nm(), nm()
    return T("[{t1}] {a}: 你好，请问是{b}的家属吗\n[{t2}] {b}: 你谁啊\n[{t3}] {a}: 我是{l}的，{b}欠款已经逾期{d}天\n[{t4}] {a}: 加我微信{w}详聊",
             t1=ts(), t2=ts(), t3=ts(), t4=ts(), a=N(a), b=N(b), l=ch(LENDERS), d=ri(30, 400), w=WX())


@tpl("qqexport", 2)
def q_system_lines():
    a, b, c = nm(), nm(), nm()
    return T("{t1}\n\"{a}\"邀请\"{b}\"加入了群聊\n{t2}\n{b}: 谁是{c}？{c}在不在群里\n{t3}\n\"{c}\"退出了群聊\n{t4}\n{a}撤回了一条消息",
             t1=ts(), t2=ts(), t3=ts(), t4=ts(), a=N(a), b=N(b), c=N(c))


@tpl("qqexport", 2)
def q_qqmail():
    a = nm()
    q = qq()
    return T("{t} {a}({q})\n你的资料我已经发到你QQ邮箱了 {m}\n{t2} 我\n我没有授权你们用我的信息", t=tss(), a=N(a), q=QQ(q), m=EM(), t2=tss())


@tpl("qqexport", 2)
def q_anon():
    a = nm()
    return T("{t} 匿名消息 狡猾的企鹅\n群里的{a}欠钱不还，电话{p}\n{t2} 【管理员】{b}\n匿名发别人信息的，踢了\n",
             t=tss(), a=N(a), p=PH(), t2=tss(), b=N(nm()))


@tpl("qqexport", 2)
def q_pc_wechat():
    a = nm()
    return T("{a}  {d}\n（语音转文字）你跟{b}说一下 这个月再不还我们就走程序了\n我  {d2}\n{b}是我表哥 他的事你找他本人\n{a}  {d3}\n[文件] 起诉材料.pdf",
             a=N(a), d=tsslash(), b=N(nm()), d2=tsslash(), d3=tsslash())


@tpl("qqexport", 2)
def q_group_card():
    a = nm()
    b = nm()
    return T("群名片：{a}-财务-{p}\n群名片：催收专员{b}（工号{ac}）\n这两个人一直在我们老乡群里发我的照片", a=N(a), p=PH(), b=N(b), ac=AC(f"CS{ri(1000, 99999)}"))


# ---- overseas
@tpl("overseas", 3)
def o_my_relative():
    a = my_name()
    d = nm()
    return T("我表姐{a}在马来西亚，地址{ad}，电话{p}。催收不知道从哪弄到她的号码，打过去说{d}在国内欠钱跑路了，让她帮忙还。",
             a=N(a), ad=AD(ch(MY_ADDR)()), p=PH(ph_my()), d=N(d))


@tpl("overseas", 2)
def o_my_ic():
    a = my_name(english=False)
    return T("Name: {a}\nNRIC No.: {ic}\nAddress: {ad}\nH/P: {p}\n（这是我马来西亚的婶婶，他们拿她的身份证资料来吓我）",
             a=N(a), ic=ID(my_ic()), ad=AD(ch(MY_ADDR)()), p=PH(ph_my()))


@tpl("overseas", 3)
def o_au_student():
    c = pinyin(with_cn=True)
    f = nm(surname=c.cn[0], sex="m")
    return T("我儿子{c}（{cc}）在悉尼读书，住{ad}，手机{p}。他在国内用了{pf}，现在对方打到他澳洲手机上，还说要通知他爸{f}的单位。",
             c=N(c), cc=N(c.cnn), ad=AD(ch(AU_ADDR)()), p=PH(ph_au()), pf=ch(PLATFORMS), f=N(f))


@tpl("overseas", 3)
def o_ca_aunt():
    a = en_cn_name()
    b = nm(sex="f")
    return T("加拿大的小姨{b}（英文名{a}）收到了一封邮件，发件人自称是{l}的律师，说我是借款人，她是紧急联系人。她地址{ad}，邮箱{m}，电话{p}都被写在邮件里。",
             b=N(b), a=N(a), l=ch(LENDERS), ad=AD(ch(CA_ADDR)()), m=EM(), p=PH(ph_na(["604", "778", "416", "647"])))


@tpl("overseas", 3)
def o_us_flushing():
    a = nm()
    b = nm()
    return T("我在纽约法拉盛打工，老板{b}。国内的网贷打到店里找{a}（就是我），店里电话{t}，我住{ad}。他们还说要寄律师函到美国来。",
             b=N(b), a=N(a), t=PH(ph_na(["718", "917", "347"])), ad=AD(ch(US_ADDR)()))


@tpl("overseas", 2)
def o_us_sg_valley():
    a = pinyin()
    return T("Dear {a},\nThis is a reminder that your loan with {pf} is {d} days overdue. Please contact our overseas desk at {p} or WeChat {w}.\n收件地址：{ad}",
             a=N(a), pf=ch(PLATFORMS), d=ri(30, 200), p=PH(phone(0.95)), w=WX(), ad=AD(ch(US_ADDR)()))


@tpl("overseas", 2)
def o_jp():
    a = nm(sex="f")
    b = nm(surname=a.s, sex="m")
    return T("我老婆{a}在日本做技能实习生，住在{ad}，电话{p}。她出国前帮她弟弟{b}做过担保，现在催收打到日本去了，日本这边能报警吗",
             a=N(a), ad=AD(ch(JP_ADDR)()), p=PH(ph_jp()), b=N(b))


@tpl("overseas", 2)
def o_uk():
    a = pinyin(with_cn=True)
    return T("留学生{c}（{cc}），英国地址{ad}，手机{p}。请问国内的助学贷款逾期了，银行会不会把我的信息发到学校？",
             c=N(a), cc=N(a.cnn), ad=AD(ch(UK_ADDR)()), p=PH(ph_uk()))


@tpl("overseas", 3)
def o_remit():
    a = my_name() if chance(0.4) else en_cn_name()
    b = nm()
    return T("Remittance Advice\nRemitter: {a}\nBeneficiary: {b}\nBeneficiary A/C: {c}\nBank: {bk}\nPurpose: family support\n——这是我舅舅从国外给我汇的还款钱，催收说这是洗钱",
             a=N(a), b=N(b), c=BC(), bk=ch(BANKS))


@tpl("overseas", 2)
def o_my_bank_acc():
    a = my_name()
    return T("对方让我把钱转到马来西亚的账户：户名{a}，Maybank 账号{ac}，说是“海外结算中心”。这是骗子吧？", a=N(a), ac=AC(f"{ri(1, 5)}{digits(3)} {digits(4)} {digits(4)}"))


@tpl("overseas", 2)
def o_au_parents():
    a, b = nm(sex="m"), nm(sex="f")
    return T("我爸{a}我妈{b}去墨尔本帮我带孩子了，住{ad}，澳洲号{p}。催收打到我爸澳洲手机上，说再不还就让他回不了国，这是吓唬人吧",
             a=N(a), b=N(b), ad=AD(ch(AU_ADDR)()), p=PH(ph_au()))


@tpl("overseas", 2)
def o_chinatown_chat():
    a = my_name(english=True)
    b = nm()
    return T("{a}: 阿{s}，有个大陆号码打给我问你{b}住哪里\n我: 你别理他们，是催收\n{a}: ok lah 我没讲，我只讲你在KL打工",
             a=N(a), s=ch(["妹", "弟", "哥"]), b=N(b))


# ---- sheets
SHEET_SEPS = ["\t", ",", "，", " | "]


@tpl("sheet", 4)
def s_debt_list():
    sep = ch(SHEET_SEPS)
    rows = [sep.join(["序号", "姓名", "电话", "欠款", "备注"]) + "\n"]
    pcs = list(rows)
    for i in range(ri(3, 6)):
        n = nm() if chance(0.85) else minority()
        a = amount().replace("元", "")
        q = '"' if sep == "," and chance(0.5) else ""
        pcs += [f"{i + 1}{sep}{q}", N(n), f"{q}{sep}{q}", PH(mob_digits()), f"{q}{sep}{a}{sep}{ch(['已联系', '未接', '空号', '关机', '承诺月底', ''])}\n"]
    pcs.append(ch(["（借款明细表复制出来的，都是我借过钱的亲戚）", "这是我欠的人，都在催", "合计见最后一行"]))
    return pcs


@tpl("sheet", 4)
def s_wage_arrears():
    boss = nm(sex="m")
    pcs = T("讨薪登记表（{site}项目部）\n包工头：{b}\u3000电话：{p}\n姓名\t身份证号\t工种\t出勤天数\t欠发工资\n",
            site=ch(["城南安置房", "滨江花园二期", "高铁站前广场", "开发区厂房"]), b=N(boss), p=PH())
    for _ in range(ri(3, 5)):
        w = minority(ch(["yi", "yi", "zh", "hui"]), "m") if chance(0.35) else nm(sex="m")
        eth = getattr(w, "eth", None)
        pcs += [N(w), "\t", ID(id_number(ch(AREA_ETH[eth]) if eth else None, sex="m")), "\t" + ch(["木工", "钢筋工", "泥瓦工", "小工", "架子工"]) + f"\t{ri(40, 210)}\t{ri(8, 40)}000\n"]
    pcs.append("以上人员已向劳动监察大队（12333）反映")
    return pcs


@tpl("sheet", 3)
def s_jielong():
    pcs = ["#接龙\n被" + ch(PLATFORMS) + "催收骚扰的登记一下，一起去投诉\n\n例 姓名+被打电话的亲属\n\n"]
    for i in range(ri(3, 6)):
        a = nm()
        rel, sx = ch([(" 打了我妈", "f"), ("  我姐", "f"), (" 我老公", "m"), (" 同事", None), (" 打了我爸", "m")])
        b = nm(sex=sx)
        pcs += [f"{i + 1}. ", N(a), rel, N(b), "\n"]
    return pcs


@tpl("sheet", 3)
def s_tencent_doc():
    a, b, c = nm(), nm(), nm()
    return T("【腾讯文档】欠款统计（勿外传）\n最后编辑：{a} {t}\nA1 姓名 | B1 手机 | C1 金额\nA2 {c} | B2 {p} | C2 {amt}\n批注（{b}）：这个号码打不通，换{p2}试试\n@{a} 第三行是不是写错了",
             a=N(a), t=ts(), c=N(c), p=PH(mob_digits()), amt=amount(), b=N(b), p2=PH())


@tpl("sheet", 3)
def s_account_app():
    pcs = [ch(["随手记导出", "钱迹账单导出", "记账本.csv"]) + "\n日期,类型,金额,账户,对象,备注\n"]
    for _ in range(ri(3, 5)):
        n = nm()
        pcs += [f"2026-{ri(1, 11):02d}-{ri(1, 28):02d},{ch(['借出', '借入', '还款', '收款'])},{ri(2, 300)}00.00,{ch(['微信', '支付宝', '工商银行', '现金'])},", N(n), f",{ch(['说月底还', '', '利息另算', '打了欠条', '催了三次'])}\n"]
    return pcs


@tpl("sheet", 3)
def s_collector_excel():
    d = nm()
    pcs = T("案件号\t客户姓名\t身份证\t手机\t联系人\t关系\t联系人电话\n{cn}\t{d}\t{i}\t{p}\t", cn=f"C26-{ri(1000, 9999)}", d=N(d), i=ID(id_number()), p=PH(mob_digits()))
    rel = nm(surname=d.s) if chance(0.5) else nm()
    pcs += [N(rel), "\t" + ch(["父亲", "母亲", "配偶", "同事", "朋友"]) + "\t", PH(mob_digits()), "\n（催收员不小心发到我微信的，里面是我的资料）"]
    return pcs


@tpl("sheet", 3)
def s_csv_quoted():
    a, b = nm(), pinyin()
    return T('"姓名","电话","欠款","地址"\n"{a}","{p}","12,800.00","{ad}"\n"{b}","{p2}","3,500.00",""',
             a=N(a), p=PH(mob_digits()), ad=AD(), b=N(b), p2=PH(mob_digits()))


@tpl("sheet", 3)
def s_family_ledger():
    me = nm()
    pcs = T("家里人凑钱帮{me}还债，记一下：\n", me=N(me))
    for _ in range(ri(3, 5)):
        r = ch(["大舅", "二姨", "三叔", "姑父", "表哥", "堂姐", "小姨"])
        pcs += [r, N(nm()), f"\t{ri(2, 50)}000\t{ch(['微信转', '现金', '转卡里', '支付宝'])}\n"]
    pcs.append("以后按这个顺序还")
    return pcs


@tpl("sheet", 2)
def s_wps_paste():
    a = nm()
    return T("姓名{t}{a}{t}性别{t}{sx}\n联系电话{t}{p}{t}单位{t}{co}\n紧急联系人{t}{b}{t}电话{t}{p2}\n（借款申请表，WPS 里复制出来的）",
             t="\t", a=N(a), sx="男" if a.sex == "m" else "女", p=PH(), co=ch(["某物流公司", "县人民医院", "个体", "某电子厂"]),
             b=N(nm()), p2=PH())


# ---- scams
@tpl("scam", 3)
def sc_romance():
    a = nm(sex="f")
    b = nm()
    return T("网上认识一个女的，说叫{a}，在新加坡做跨境电商，聊了两个月让我在一个叫“{pl}”的平台投资，前几次能提现，后来我一共转了{amt}，收款人是{b}，卡号{c}。现在平台打不开，她也把我拉黑了。",
             a=N(a), pl=ch(["汇丰金服", "BTC国际", "鼎盛期货", "环球优选"]), amt=amount(), b=N(b), c=BC())


@tpl("scam", 3)
def sc_fake_boss():
    boss = nm(sex="m")
    c = nm()
    return T("有人加我QQ{q}，头像和名字都是我们老板{b}，说他在开会不方便，让我先给一个客户{c}转{amt}，卡号{card}。我差点就转了，后来打电话给老板本人才知道是假的。",
             q=QQ(), b=N(boss), c=N(c), amt=amount(), card=BC())


@tpl("scam", 3)
def sc_fake_relative():
    a = nm()
    return T("“我是你表哥{a}啊，换号了，这是我新号{p}，明天去你那儿，先借我{amt}周转一下”——我表哥根本不在本地，这是骗子吧", a=N(a), p=PH(), amt=amount())


@tpl("scam", 3)
def sc_fake_police():
    a = nm()
    b = nm()
    return T("对方自称{city}公安局民警{a}，警号{no}，说我的身份证{i}涉嫌一起洗钱案，让我加{b}检察官的微信{w}做“资金清查”。",
             city=ch(["上海市", "广州市", "哈尔滨市", "成都市"]), a=N(a), no=AC(str(ri(100000, 999999))), i=ID(), b=N(b), w=WX())


@tpl("scam", 2)
def sc_refund():
    a = nm()
    return T("接到电话说是快递公司的理赔专员{a}，说我的包裹丢了要退款，让我下载会议软件开屏幕共享，我的{bk}卡{c}被转走了{amt}", a=N(a), bk=ch(BANKS), c=BC(), amt=amount())


@tpl("scam", 2)
def sc_voice():
    a, b = nm(), nm()
    return strip_punct(T("嗯那个我想问一下就是有个叫{a}的说能帮我消除逾期记录，要先交{amt}手续费，打到{b}的卡上，这个是不是骗子啊", a=N(a), amt=amount(), b=N(b)))


@tpl("scam", 2)
def sc_loan_fee():
    a = nm()
    return T("【{pf}】尊敬的{a}，您的贷款已审核通过，因您的银行卡{c}填写错误，资金已冻结，请联系客服专员{b}（{p}）解冻。", pf=ch(["国信贷", "易借速贷", "鑫融通"]), a=N(a), c=BC(), b=N(nm()), p=PH())


@tpl("scam", 2)
def sc_shuadan():
    a = nm()
    b = pinyin()
    return T("刷单群里的“派单员”叫{a}，让我先垫付，说完成三单返佣金，第三单要垫{amt}，我转到了一个叫{b}的PayPal账号{m}。", a=N(a), amt=amount(), b=N(b), m=EM())


@tpl("scam", 2)
def sc_report_form():
    s = nm()
    me = nm()
    return T("反诈APP举报\n举报人：{me}\u3000手机：{p}\n嫌疑人姓名：{s}\n嫌疑人账号：微信 {w}；QQ {q}\n涉案金额：{amt}", me=N(me), p=PH(), s=N(s), w=WX(), q=QQ(), amt=amount())


@tpl("scam", 2)
def sc_debt_clear():
    a = nm()
    b = nm()
    return T("一个叫{a}的说他们是“债务优化中心”，可以帮我停息挂账，要我把身份证和征信报告发给他，还让我先付一半服务费给他们财务{b}。", a=N(a), b=N(b))


# ---- bankruptcy / debt clearing
@tpl("bankrupt", 3)
def b_claim_form():
    c = nm()
    return T("债权申报表\n债务人：{d}\n债权人姓名：{c}\n身份证号：{i}\n联系电话：{p}\n送达地址：{ad}\n申报金额：本金{amt}，利息另计\n收款账户：{bk} {card}",
             d=N(nm()), c=N(c), i=ID(), p=PH(), ad=AD(), amt=amount(), bk=ch(BANKS), card=BC())


@tpl("bankrupt", 2)
def b_admin_notice():
    d = nm()
    return T("深圳市中级人民法院指定{lf}担任债务人{d}个人破产案管理人。请债权人于{dt}前向管理人申报债权。\n管理人联系人：{a}律师，电话{p}，邮箱{m}",
             lf=ch(LAWFIRMS), d=N(d), dt=cn_date(), a=N(nm()), p=PH(), m=EM())


@tpl("bankrupt", 2)
def b_asset_declare():
    d = nm()
    sp = nm(sex="f" if d.sex == "m" else "m")
    k = nm(surname=d.s)
    return T("债务人财产申报\n债务人：{d}\n配偶：{sp}，身份证号{i}\n子女：{k}（在读）\n车辆：{pl}（已抵押）\n住房：{ad}（按揭中）",
             d=N(d), sp=N(sp), i=ID(), k=N(k), pl=PL(), ad=AD(addr_urban()))


@tpl("bankrupt", 2)
def b_meeting_sign():
    pcs = ["第一次债权人会议签到表\n"]
    for _ in range(ri(3, 5)):
        pcs += [N(nm()), "\u3000", ch(["本人", "委托代理人", "本人"]), "\u3000", PH(), "\n"]
    pcs.append("（会议地点：管理人办公室）")
    return pcs


@tpl("bankrupt", 2)
def b_exempt_report():
    d = nm()
    return T("免责考察期行为报告（第{n}期）\n债务人{d}本期收入{amt}，已按重整计划向债权人{c}、{e}分配。债务人现居住地址：{ad}，联系电话：{p}。",
             n=ri(1, 12), d=N(d), amt=amount(), c=N(nm()), e=N(nm()), ad=AD(), p=PH())


@tpl("bankrupt", 2)
def b_zj_clear():
    d = nm()
    return T("浙江个人债务集中清理：我是{d}的妻子{w}，法院让我们申报家庭财产，我名下有一张{bk}的卡{c}，这个也要报吗",
             d=N(d), w=N(nm(sex="f")), bk=ch(BANKS), c=BC())


@tpl("bankrupt", 2)
def b_objection():
    c = nm()
    return T("异议书\n异议人：{c}，住{ad}\n对管理人编制的债权表中债权人{e}的申报金额提出异议，理由是{e}与债务人{d}系兄弟关系，借款真实性存疑。",
             c=N(c), ad=AD(), e=N(nm()), d=N(nm()))


# ---- ride-hailing / freight / car loans
@tpl("ride", 3)
def r_trip():
    dr = nm(sex="m")
    return T("行程单\n司机：{dr}师傅\u3000车牌：{pl}\n上车点：{a}\n下车点：{b}\n——催收的人就是坐这辆车来的我家，司机说是他们包的车",
             dr=N(dr), pl=PL(), a=AD(addr_urban()), b=ch(["高铁站东广场", "市人民医院", "万达广场"]))


@tpl("ride", 3)
def r_gps_tow():
    o = nm()
    pl = plate()
    return T("【车贷通知】车主{o}，您名下{pl}车辆贷款已逾期{d}期，我司将依据合同约定对车辆进行收回。车辆当前定位：{ad}。联系人：资产保全部{c} {p}",
             o=N(o), pl=PL(pl), d=ri(2, 6), ad=AD(addr_urban()), c=N(nm()), p=PH())


@tpl("ride", 3)
def r_freight():
    d = nm(sex="m")
    r = nm()
    return T("货拉拉订单{no}\n司机：{d}（{pl}）\n收货人：{r} {p}\n收货地址：{ad}\n我老公是跑货拉拉的，车贷还不上，车被拖走了",
             no=AC(f"{ri(10, 99)}{digits(4)}{digits(4)}{digits(4)}"), d=N(d), pl=PL(), r=N(r), p=PH(), ad=AD())


@tpl("ride", 2)
def r_driver_debt():
    d = nm(sex="m")
    return T("网约车司机{d}，车牌{pl}，租的车每天交租金，欠了公司{amt}，公司说要扣他押金还要告他", d=N(d), pl=PL(), amt=amount())


@tpl("ride", 2)
def r_plate_photo():
    a, b = nm(), nm()
    return T("上门那两个人开的车是{pl1}，另一辆是{pl2}，带头的叫{a}，另一个人叫{b}，在小区门口拍了我家门牌",
             pl1=PL(), pl2=PL(), a=N(a), b=N(b))


@tpl("ride", 2)
def r_daijia():
    a = nm()
    return T("代驾订单：代驾司机{a}，工号{no}，车主手机{p}，起点{ad}。——车主就是我，他们说我欠钱，车上的东西被翻过", a=N(a), no=AC(f"DJ{ri(100000, 999999)}"), p=PH(), ad=AD(addr_urban()))


@tpl("ride", 2)
def r_transfer():
    s, b = nm(), nm()
    return T("二手车过户\n卖方：{s}\u3000身份证：{i}\n买方：{b}\n车牌：{pl}\n这辆车还在抵押期，卖方根本没告诉我",
             s=N(s), i=ID(), b=N(b), pl=PL())


# ---- certificate OCR
MISREAD = {"姓名": ["姓名", "姓各", "娃名", "姓 名"], "住址": ["住址", "往址", "住 址", "佳址"],
           "公民身份号码": ["公民身份号码", "公民身份号玛", "公民身份亏码", "公 民 身 份 号 码"],
           "出生": ["出生", "出 生", "出尘"], "性别": ["性别", "性 别", "牲别"]}


def mr(k):
    return ch(MISREAD[k])


def ocr_split(s, p=0.5):
    """Break a value with a line break or a stray space."""
    if len(s) < 2 or not chance(p):
        return s
    i = ri(1, len(s) - 1)
    return s[:i] + ch(["\n", " ", "  "]) + s[i:]


def ocr_misdigit(s):
    if chance(0.3):
        i = ri(0, len(s) - 1)
        if s[i] == "0":
            return s[:i] + "O" + s[i + 1:]
        if s[i] == "1":
            return s[:i] + "l" + s[i + 1:]
    return s


@tpl("certocr", 4)
def c_idcard():
    eth = ch(["uy", "bo", "mn", "ko", "hui", "yi", "zh"]) if chance(0.4) else None
    sx = ch("mf")
    n = minority(eth, sx) if eth else nm(sx)
    b = (ri(1962, 2002), ri(1, 12), ri(1, 28))
    area = ch(AREA_ETH[eth]) if eth else ch(AREA_HAN)
    idn = id_number(area, birth=b, sex=sx)
    nv = ocr_split(n, 0.4)
    if nv != n:
        n2 = mk(nv, n.s, n.g, n.sex, n.form)
        n = n2
    iv = ocr_misdigit(ocr_split(idn, 0.4))
    return T("[图片识别]\n{k1} {n}\n{k2} {sx} 民族 {na}\n{k3} {y} 年 {m} 月 {d} 日\n{k4} {ad}\n{k5} {i}",
             k1=mr("姓名"), n=N(n), k2=mr("性别"), sx="男" if sx == "m" else "女",
             na=ETH_NAME[eth].replace("族", "") if eth else "汉", k3=mr("出生"), y=b[0], m=b[1], d=b[2],
             k4=mr("住址"), ad=AD(ocr_split(addr_urban(eth) if eth else addr(), 0.5)),
             k5=mr("公民身份号码"), i=ID(iv))


@tpl("certocr", 3)
def c_hukou():
    h = nm(sex="m")
    w = nm(sex="f")
    k = nm(surname=h.s)
    return T("常住人口登记卡\n户主姓名 {h}\u3000与户主关系 户主\n姓名 {w}\u3000与户主关系 妻\n姓名 {k}\u3000与户主关系 {rel}\n住址 {ad}\n（催收说要拿我家户口本去法院，这是他们发来的照片识别出来的）",
             h=N(h), w=N(w), k=N(k), rel="长子" if k.sex == "m" else "长女", ad=AD(addr_village()))


@tpl("certocr", 3)
def c_xingshi():
    o = nm()
    return T("中华人民共和国机动车行驶证\n号牌号码 {pl}\u3000车辆类型 小型轿车\n所 有 人 {o}\n住址 {ad}\n使用性质 非营运\u3000品牌型号 大众汽车牌",
             pl=PL(plate().replace("·", "").replace("-", "")), o=N(o), ad=AD(ocr_split(addr_urban(), 0.4)))


@tpl("certocr", 2)
def c_jiashi():
    o = nm()
    i = id_number()
    return T("驾驶证识别结果：\n证号 {i}\n姓名 {o}\u3000性别 {sx}\n住址 {ad}\n准驾车型 C1",
             i=ID(ocr_split(i, 0.5)), o=N(o), sx="男" if o.sex == "m" else "女", ad=AD(addr()))


@tpl("certocr", 3)
def c_bankcard():
    c = pinyin(style=ch(["SGUP", "GSUP"]), with_cn=True)
    num = card_digits(16)
    sp = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return T("{bk} 银联\n{num}\nVALID THRU {mm}/{yy}\n{n}\n——这是我妈{cn}的卡拍照识别的，催收让我拍照发过去，我没发",
             bk=ch(BANKS), num=BC(ocr_split(sp, 0.4)), mm=f"{ri(1, 12):02d}", yy=ri(27, 33), n=N(c), cn=N(c.cnn))


@tpl("certocr", 2)
def c_marriage():
    h = nm(sex="m")
    w = minority(ch(["ko", "hui", "zh", "mn"]), "f") if chance(0.4) else nm(sex="f")
    return T("结婚证\n持证人 {w}\n登记日期 {dt}\n姓名 {h}\u3000性别 男\u3000国籍 中国\n身份证件号 {i1}\n姓名 {w}\u3000性别 女\u3000国籍 中国\n身份证件号 {i2}",
             w=N(w), dt=cn_date(ri(2008, 2022)), h=N(h), i1=ID(id_number(sex="m")), i2=ID(ocr_split(id_number(sex="f"), 0.5)))


@tpl("certocr", 2)
def c_property():
    a = nm()
    b = nm()
    return T("不动产权证书\n权利人 {a}、{b}\n共有情况 共同共有\n坐落 {ad}\n用途 住宅\n——法院要查封的就是这套房", a=N(a), b=N(b), ad=AD(addr_urban()))


@tpl("certocr", 3)
def c_screenshot_spaces():
    a = nm()
    sa = " ".join(a)
    n2 = mk(sa, a.s, a.g, a.sex, a.form)
    p = mob_digits()
    pv = p[:3] + "\n" + p[3:7] + "\n" + p[7:] if chance(0.5) else p[:6] + " " + p[6:]
    return T("中国移动 4G 下午{h}:{m}\n< 短信\n【{pf}】{n2}您 好 ， 您 的 账 单 已 逾 期 ， 请 联 系 {p}\n处 理",
             h=ri(1, 11), m=f"{ri(0, 59):02d}", pf=ch(PLATFORMS), n2=N(n2), p=PH(pv))


# ---- word-names (declared)
WORD_TPL = [
    "这事你去问{w}，钱是{w}经手的",
    "收款人：{w}",
    "我同事叫{w}，催收把电话打到他那里去了",
    "{w}，男，四十多岁，自称是公司的外访主管",
    "担保人{w}说他不知道这笔借款",
    "微信上那个备注“{w}”的人就是借钱给我的",
    "转账记录：转给{w} 3000元",
    "催收员{w}的电话一天打了二十次",
    "我小舅子{w}也接到电话了",
    "借条上的出借人写的是{w}",
    "原告{w}诉被告借款纠纷一案",
    "你找{w}去，别找我",
]


@tpl("word", 1)
def w_one():
    w = word_name()
    t = WORD_TPL[(len(WORD_NAMES) - len(WORD_LEFT)) % len(WORD_TPL)]
    extra = []
    if chance(0.5):
        extra = T("，电话{p}", p=PH())
    return T(t, w=N(w)) + extra


@tpl("word", 3)
def w_given_cue():
    sx, t = ch([("m", "我爸{a}今年六十了，天天被电话骚扰"), ("", "借款人：{a}"), ("", "通知{a}本人到场"),
                ("", "{a}欠款不还，曝光！"), ("m", "你认识{a}吧？他是你什么人"), ("", "我叫{a}，想咨询一下"),
                ("f", "我妈{a}被他们骂哭了"), ("f", "嫂子{a}的电话也被打爆了")])
    a = nm(sex=sx or None, kind="word")
    return T(t, a=N(a))


@tpl("word", 3)
def w_given_nocue():
    a = nm(kind="word")
    b = nm(kind="word")
    return T(ch(["{a}和{b}都说没借过", "钱给了{a}，{b}作证", "{a}{b}两口子一起借的", "上周{a}来过，今天{b}又来了"]), a=N(a), b=N(b))


# ---- minority names in ethnicity-matched situations
def ph_kr():
    return f"+82 10-{digits(4)}-{digits(4)}" if chance(0.6) else f"010-{digits(4)}-{digits(4)}"


@tpl("minority", 5)
def m_uy():
    a = minority("uy", "m")
    b = minority("uy", "f")
    return T("我在喀什开馕店，表哥{a}帮我在网上借了钱，现在催收打到我店里，还把电话打给了{b}（我嫂子），说要去派出所告我们。店里的地址是{ad}",
             a=N(a), b=N(b), ad=AD(addr_urban("uy")))


@tpl("minority", 3)
def m_ko():
    a = minority("ko", "f")
    return T("延吉的姨妈{a}在韩国打工，韩国手机{p}，催收连她都找到了，说我用她当了紧急联系人。她在国内的地址是{ad}",
             a=N(a), p=PH(ph_kr()), ad=AD(addr_urban("ko")))


@tpl("minority", 2)
def m_bo():
    a = minority("bo", "m")
    b = minority("bo", "f")
    return T("牧区的亲戚{a}和他老婆{b}不会说汉语，接到电话一直说“听不懂”，对方就发短信骂人。{a}的号码是{p}",
             a=N(a), b=N(b), p=PH())


@tpl("minority", 2)
def m_mn():
    a = minority("mn", "m")
    return T("呼和浩特的{a}是我们网贷的担保人，身份证{i}，对方说他不还就上门，{a}家在{ad}",
             a=N(a), i=ID(id_number(ch(AREA_ETH["mn"]), sex=a.sex)), ad=AD(addr_urban("mn")))


@tpl("minority", 2)
def m_hui():
    a = minority("hui", "m")
    return T("银川开拉面馆的{a}借给我两万，我还了一万五，他说利息还差一万，天天在店门口堵我。他电话{p}，微信{w}",
             a=N(a), p=PH(), w=WX())


@tpl("minority", 3)
def m_yi():
    a = minority("yi", "m")
    b = minority("yi", "m")
    return T("我们几个凉山老乡在工地干活，包工头拖工资，{a}去问的时候被打了，{b}报了警。{a}老家在{ad}",
             a=N(a), b=N(b), ad=AD(addr_urban("yi")))


@tpl("minority", 2)
def m_zh():
    a = minority("zh", "f")
    return T("{a}（壮族，南宁人）借了我的身份证去办分期，现在逾期了，催收打我电话{p}说我是共同借款人", a=N(a), p=PH())


# ---- dialect honorifics beside full names
HON_TPL = [
    ("m", "{n}（村里都叫他老{s}头）欠我家三万多，过年都没还"),
    ("f", "{n}，就是我们厂的{s}姐，她帮人做了担保"),
    ("m", "催收的人说认识{n}，叫他小{s}子，说跟他是一伙的"),
    ("m", "阿{g1}全名叫{n}，在我们那边开大排档"),
    ("m", "{n}排行老三，我们都叫他{s}老三"),
    ("f", "{n}是我嫂子，老家人喊她{s}嫂"),
    ("m", "俺们村的{n}，大家伙都管他叫{s}大爷，他儿子借了网贷"),
    ("m", "{n}外号{s}胖子，放高利贷的"),
    ("f", "{n}，我们都喊她{s}婶儿，收了人家钱不办事"),
    ("m", "跟{n}打电话的时候他自称{s}二哥"),
]


@tpl("honor", 1)
def h_one():
    sx, t = ch(HON_TPL)
    n = nm(sex=sx)
    pcs = T(t, n=N(n), s=n.s, g1=n.g[-1])
    if chance(0.5):
        pcs += T("，另一个帮腔的叫{m}", m=N(nm()))
    return pcs


@tpl("honor", 1)
def h_voice():
    a = nm(sex="m")
    return strip_punct(T("喂那个老{s}头啊就是{a}他儿子借了钱跑了现在天天有人打到我们村委会来找{b}说是要找他爹你说这叫啥事", s=a.s, a=N(a), b=N(nm(surname=a.s, sex="m"))))


# ---- other PII, no names
@tpl("other", 2)
def x_judg_addr():
    return T("判决书上写的我的住址是{ad}，可我早就搬走了，送达地址怎么改", ad=AD())


@tpl("other", 2)
def x_overseas_phone():
    return T("凌晨三点接到一个{c}的电话{p}，开口就问我是不是欠钱的那个人", c=ch(["马来西亚", "澳大利亚", "加拿大"]), p=PH(ch([ph_my, ph_au, lambda: ph_na(["604", "416"])])()))


@tpl("other", 2)
def x_qq_pair():
    return T("催收换着QQ加我：{a}、{b}，验证消息都是“还钱”", a=QQ(), b=QQ())


@tpl("other", 2)
def x_card_split():
    c = card_digits(19)
    return T("对方发来的收款卡号：\n{c}\n户名看不清", c=BC(c[:6] + "\n" + c[6:12] + "\n" + c[12:]))


@tpl("other", 2)
def x_plate_pair():
    return T("小区监控拍到两辆车 {a} 和 {b}，停了一整天", a=PL(), b=PL())


@tpl("other", 2)
def x_id_ocr():
    i = id_number()
    return T("[识别结果] 公民身份号码\n{i}\n（这是谁的身份证？对方发给我的）", i=ID(i[:10] + "\n" + i[10:]))


@tpl("other", 2)
def x_email_wx():
    return T("对方律所的邮箱{m}，微信{w}，一直让我加", m=EM(), w=WX())


@tpl("other", 2)
def x_landline():
    return T("来电显示{t}，说是法院的，我查了不是", t=PH(landline()))


@tpl("other", 2)
def x_order():
    return T("这是我在{pf}的订单号{o}，他们说这笔一直没还", pf=ch(["京东", "拼多多", "淘宝"]), o=AC(f"{digits(4)}{digits(4)}{digits(4)}{digits(3)}"))


@tpl("other", 2)
def x_contract():
    return T("借款合同编号{no}，合同上的地址{ad}是我老家的地址", no=AC(f"HT{ri(2019, 2026)}{digits(4)}{digits(4)}"), ad=AD(addr_village()))


@tpl("other", 2)
def x_au_addr():
    return T("澳洲地址：{ad}，他们说要寄纸质律师函过来", ad=AD(ch(AU_ADDR)()))


@tpl("other", 2)
def x_sheet_phones():
    return T("手机\n{a}\n{b}\n{c}\n以上号码都是催收打过来的", a=PH(mob_digits()), b=PH(mob_digits()), c=PH(phone()))


# ---- none (fixed texts, no personal data)
NONE_TEXTS = [
    "XX省XX市XX区人民法院\n民事判决书\n原告：（略）\n被告：（略）\n本院认为，当事人应当按照约定全面履行自己的义务。",
    "审判员\u3000（签名略）\n书记员\u3000（签名略）\n本件与原本核对无异",
    "消息记录（此消息记录为文本格式，不支持重新导入）\n消息分组:我的好友\n消息对象:（已隐藏）",
    "2026-03-05 21:14:33 我\n好的，我周末再转\n2026-03-05 21:15:02 对方\n[图片]",
    "【群公告】本群禁止发布他人身份证、电话、住址，违者踢出。",
    "姓名,电话,欠款\n（空）,（空）,（空）",
    "序号\t姓名\t身份证号\t工种\t欠发工资\n合计\t\t\t\t元",
    "#接龙\n被催收骚扰的登记一下\n例 姓名+被打电话的亲属\n1. （匿名）我妈",
    "Dear Customer, your account is overdue. Please contact our customer service.",
    "马来西亚的亲戚也接到电话了，时差都不管，半夜打",
    "澳洲那边的号码是+61开头的，我没接",
    "在加拿大能不能起诉国内的催收公司？",
    "杀猪盘的套路：先聊感情，再带你投资，最后拉黑。",
    "凡是自称公检法让你转账到“安全账户”的，都是诈骗。",
    "个人破产申请需要提交财产申报表和债务清册。",
    "免责考察期一般为五年，期间要定期报告收入。",
    "司机已到达上车点，请尽快上车",
    "车贷逾期两期，车就被拖走了，这合法吗？",
    "[图片识别]\n姓名\n性别 民族\n出生 年 月 日\n住址\n公民身份号码",
    "中华人民共和国机动车行驶证\n号牌号码\n车辆类型 小型轿车\n使用性质 非营运",
    "老王头、王姐、小张子，村里人都这么叫，催收也跟着这么叫",
    "周末高度重视，王牌客服为您服务，黄金会员专享方案",
    "简单说就是：严重逾期会被起诉，万元以上可能被立案。",
    "雷雨天气，包容一下快递延误",
    "江湖救急借的钱，也得还",
    "成功提交反诈举报，感谢您的配合",
    "张贴欠款公示属于侵犯名誉权",
    "限制消费令不影响乘坐普通列车二等座",
    "失信被执行人名单可以在中国执行信息公开网查询",
    "这是腾讯文档，仅我可编辑，别外传",
    "随手记导出\n日期,类型,金额,账户,对象,备注\n（无记录）",
    "货拉拉订单已完成，感谢使用",
    "Remittance Advice\nRemitter: （略）\nBeneficiary: （略）",
    "[语音转文字] 喂 你好 我是那个 就是 想问一下 我这个逾期了 能不能 分期",
    "结婚证上的名字不一样，法院会不会搞错人",
    "债权人会议定于下月召开，地点另行通知",
    "冒充领导的诈骗电话又来了，说自己在开会",
    "QQ群里匿名发的曝光帖，管理员已经删了",
]


@tpl("none", 1)
def z_none():
    return [NONE_TEXT_POOL.pop(0)]


NONE_TEXT_POOL = list(NONE_TEXTS)

GROUP_TARGET = {"word": 20, "judgment": 42, "qqexport": 28, "overseas": 38, "sheet": 40,
                "scam": 30, "bankrupt": 17, "ride": 20, "certocr": 30,
                "honor": 15, "minority": 18, "other": 26, "none": len(NONE_TEXTS)}
SENDERS = {"j_limit_consume": "12368", "j_property_report": "12368"}


# ---------------------------------------------------------------- preserve
def build_preserve():
    base = [
        # judgment / legal
        "本院认为，当事人应当按照约定全面履行自己的义务。", "案件受理费减半收取，由被告负担。",
        "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状。",
        "本判决为终审判决。", "本件与原本核对无异。", "依照《中华人民共和国民法典》第六百七十五条之规定",
        "被告经本院传票传唤无正当理由拒不到庭", "本院依法缺席审理", "依法适用简易程序，公开开庭进行了审理",
        "双方当事人自愿达成如下协议", "上述协议，符合有关法律规定，本院予以确认", "本裁定立即执行",
        "冻结、划拨被执行人的银行存款", "查封被执行人名下的车辆", "责令被执行人如实报告财产",
        "不得乘坐飞机、列车软卧", "不得在星级以上宾馆消费", "可以申请复议一次", "拘留期限为十五日",
        "生效法律文书确定的义务", "全部未履行", "有履行能力而拒不履行", "执行依据文号",
        "民事判决书", "民事调解书", "执行裁定书", "报告财产令", "限制消费令", "拘留决定书", "支付令",
        "审判长", "审判员", "人民陪审员", "书记员", "法官助理", "执行员", "委托诉讼代理人",
        "原告", "被告", "第三人", "上诉人", "被上诉人", "申请执行人", "被执行人", "申请人", "被申请人",
        "高度盖然性", "证据不足", "方案可行", "简单明了", "严重违约", "江湖救急", "黄金周不停办",
        "周末照常立案", "张贴公告送达", "万元以下可以适用小额诉讼程序", "成功调解结案",
        "雷雨天气暂停巡回审判", "包容审慎监管", "王牌律师团队的广告都是骗人的",
        # QQ / chat export chrome
        "消息记录（此消息记录为文本格式，不支持重新导入）", "消息分组:我的好友", "消息分组:我的QQ群",
        "消息分组:陌生人", "消息对象:（已隐藏）", "[图片]", "[表情]", "[语音]", "[文件]", "[视频]",
        "你撤回了一条消息", "对方撤回了一条消息", "以下为新消息", "聊天记录导出", "匿名消息",
        "群公告：禁止发广告", "群主已开启全员禁言", "管理员已设置本群为仅群主可发言",
        "【群主】", "【管理员】", "【LV3活跃】", "本群禁止发布他人隐私信息", "对方正在输入…",
        "消息已发出，但被对方拒收了", "你已添加了对方，现在可以开始聊天了", "以上是打招呼的内容",
        "聊天记录迁移完成", "聊天文件已过期或已被清理", "语音转文字失败", "网络不给力，请稍后重试",
        # overseas
        "马来西亚的亲戚也接到电话了", "时差都不管，半夜打过来", "澳洲那边的号码是+61开头的",
        "加拿大的号码也是+1开头", "在国外能不能起诉国内的催收公司", "海外汇款要交手续费",
        "唐人街的华人超市", "华人社区的互助会", "马币汇率最近跌了", "澳币到账要两三天",
        "加币兑人民币", "留学生助学贷款逾期怎么办", "出国前记得把信用卡还清", "境外来电请提高警惕",
        "国际长途来电，谨防诈骗", "技能实习生在日本也能查征信吗", "Dear Customer, your account is overdue.",
        "Please contact our customer service.", "Remittance Advice", "Purpose: family support",
        "Beneficiary bank", "Overseas desk", "This is a reminder.", "Kindly ignore if paid.",
        # sheets
        "姓名,电话,欠款", "序号\t姓名\t电话\t欠款\t备注", "合计", "小计", "已联系", "未接", "空号", "关机",
        "承诺月底", "讨薪登记表", "出勤天数", "欠发工资", "工种", "木工", "钢筋工", "泥瓦工", "架子工",
        "劳动监察大队", "农民工工资专用账户", "#接龙", "例 姓名+被打电话的亲属", "腾讯文档",
        "仅我可编辑", "已保存到云端", "批注", "最后编辑", "随手记导出", "钱迹账单导出", "借出", "借入",
        "还款", "收款", "利息另算", "打了欠条", "催了三次", "WPS 里复制出来的", "借款申请表",
        # scams
        "杀猪盘的套路：先聊感情，再带你投资，最后拉黑", "冒充领导让你转账的都是诈骗",
        "冒充公检法让你转账到安全账户的都是诈骗", "不要开启屏幕共享", "不要下载陌生会议软件",
        "刷单返利就是诈骗", "贷款前先交钱的都是骗子", "所谓债务优化中心多为违规中介",
        "停息挂账要自己跟银行协商", "国家反诈中心提醒您", "反诈APP举报", "涉案金额", "资金清查",
        "安全账户", "解冻费", "手续费", "保证金", "征信修复都是骗局",
        # bankruptcy
        "债权申报表", "申报金额", "债权人会议", "管理人", "免责考察期", "重整计划", "财产申报",
        "债务清册", "个人破产", "个人债务集中清理", "异议书", "签到表", "委托代理人", "分配方案",
        # ride / cars
        "行程单", "上车点", "下车点", "司机已到达上车点，请尽快上车", "请系好安全带", "行程已结束",
        "车贷通知", "资产保全部", "车辆当前定位", "收回车辆", "押金", "租金", "过户", "抵押期",
        "货拉拉订单已完成", "代驾订单", "准驾车型", "非营运", "小型轿车", "品牌型号",
        # certificates
        "中华人民共和国居民身份证", "签发机关", "有效期限", "公民身份号码", "常住人口登记卡",
        "与户主关系", "户主", "机动车行驶证", "号牌号码", "车辆类型", "使用性质", "驾驶证",
        "结婚证", "持证人", "登记日期", "国籍", "不动产权证书", "权利人", "共有情况", "坐落", "用途 住宅",
        "VALID THRU", "银联", "图片识别", "识别结果",
    ]
    sentences = [
        "判决书下来了，被告要还本金和利息", "我在裁判文书网上查到了自己的案子", "缺席判决还能上诉吗",
        "执行法官让我去法院一趟", "限制消费令是什么意思", "被拘留十五天是真的吗", "报告财产令收到了要怎么填",
        "支付令十五天内可以提异议", "调解书和判决书效力一样吗", "二审维持原判", "失信名单多久能撤销",
        "周末法院不上班，周一再去", "高度怀疑这个传票是假的", "方案一是分期，方案二是减免利息",
        "简单来说就是先还本金", "严重逾期的账户会被起诉", "万元以内的欠款也会被起诉吗",
        "成功申请了分期还款", "江湖上的规矩是欠债还钱", "黄金首饰能被执行吗", "王牌催收团队是什么鬼",
        "张贴欠款公示属于侵犯名誉权", "雷雨天也照样打电话", "包容不等于纵容",
        "QQ群里有人发了我的照片", "聊天记录导出来当证据", "语音要转成文字才能打印",
        "群里有人匿名发曝光帖", "撤回的消息也能截图吗", "聊天记录要保存完整，不要删",
        "马来西亚的亲戚都被问到了", "澳洲的号码半夜打来", "加拿大那边的邮件也是催收发的",
        "在美国打工也逃不掉", "日本的实习生也接到了国内的电话", "留学生的助学贷款别忘了还",
        "海外的汇款被说成洗钱", "国外的账户让我转钱，肯定是骗子", "时差八小时，他们也不管",
        "表格里都是我借过钱的人", "讨薪登记表交到劳动监察了", "接龙的人越来越多",
        "腾讯文档的链接别乱转发", "记账本上记得清清楚楚", "家里人凑钱帮我还债",
        "这张表是催收员发错了的", "借款申请表上的紧急联系人是被逼着填的",
        "网恋对象让我投资，结果全赔了", "冒充老板的QQ号差点骗了我", "换号借钱的都是骗子",
        "自称民警让我加检察官微信的都是骗子", "快递理赔让我开屏幕共享，钱被转走了",
        "交了手续费还是没放款", "刷单第三单开始要垫大钱", "债务优化中心收了钱就不见了",
        "个人破产的申请材料太多了", "债权人会议我要不要去", "管理人让我们申报家庭财产",
        "免责考察期内不能高消费", "债权表有异议可以提出来",
        "网约车司机也被催收包车了", "车贷逾期车被拖走了", "车上装了定位，开到哪都知道",
        "货拉拉司机的车贷也是高利贷", "代驾的时候车被翻过", "二手车还在抵押期就卖给我了",
        "身份证照片被人拿去贷款了", "户口本照片也被他们要走了", "行驶证的照片不能随便发",
        "结婚证上的名字被他们写错了", "房产证要被查封了", "银行卡拍照发过去会被盗刷吗",
        "村里人都叫外号，催收也跟着叫", "我们那边都喊大爷、婶儿、嫂子", "外号比大名还响",
        "老家的人都知道我欠钱了", "周末回老家被堵在门口", "万一他们真的上门怎么办",
        "高利贷不受法律保护", "超过法定利率上限的部分可以不还", "砍头息要从本金里扣除",
        "暴力催收可以打110", "可以向当地金融监管部门投诉", "12378是金融消费者投诉热线",
        "12368是法院的诉讼服务热线", "12333是人社服务热线", "96110是反诈预警劝阻专线",
        "江苏的法院也会发电子送达短信", "石家庄的号码打来的都是催收", "常州那边的律所发了律师函",
        "金额对不上，利息算多了", "余额不足，自动扣款失败", "钱款已到账，请注意查收",
        "何时还款都要有书面记录", "于是他们又打给了我单位", "许多人都遇到过这种情况",
        "宋体打印的传票看着挺正式", "孙子辈的都被打了电话", "马上就要开庭了",
        "钟爱一生的老房子也要被拍卖了", "武艺高强也打不过高利贷", "声音洪亮的那个催收又来了",
        "祝您身体康健，万事如意", "华丽的包装下全是陷阱", "锣鼓齐鸣的开业典礼", "价值连城的古董也能执行",
        "孔明灯放飞要注意防火", "黎民百姓最怕打官司", "这个锁很容易安装", "百鸟齐鸣的清晨",
        "他说得华丽，其实全是套路", "祝福老人家身体康健", "声音洪亮，吐字清楚", 
        "武艺再好也不能打人", "容易安排的事情就先办", "钟爱的那块表也被拿去抵债了", "心系黎民",
        "价值连城的东西也抵不了这个债",
        # words that begin with surname characters, in the new situations
        "张贴在法院公告栏的是送达公告", "高度近视也看得清判决书上的数字", "周末加班也还不上这笔钱",
        "王牌销售也有还不上房贷的时候", "黄金回收店也被他们问过", "方案定了就按方案走", "简单的事情别搞复杂了",
        "雷雨交加的晚上还在打电话", "包容性金融不是高利贷的借口", "严重影响我的正常生活", "万元户在当年可是稀罕事",
        "成功上岸的经验分享", "江湖骗子专骗老人", "石头剪刀布决定谁去法院", "林业局的工资卡也被冻结了",
        "金额大写要写清楚", "余额宝里的钱能被划扣吗", "常规操作是先发短信再打电话", "程序合法不等于催收合法",
        "马上到账，请稍候", "孙子放学回来问我电话为什么一直响", "许可证号在页面最下面", "郑重声明：本人从未授权",
        "何必为了面子借网贷", "杜绝暴力催收", "申请延期还款被拒了", "龙头企业也会拖欠货款", "叶子落了，账还没还完",
        "宋体五号字的起诉状", "白条分期的利息不低", "段落之间空一行", "田间地头都有人议论", "钱包里就剩几十块",
        "毛估估也有好几万", "文件夹里存着所有的截图", "夏天的电费也欠着", "谢谢大家的建议",
        "苏醒过来才发现手机被打爆了", "柳暗花明又一村", "范本可以在网上下载", "鲁莽行事只会更糟",
        "韦编三绝的认真劲用在还款计划上", "杨梅季节的果园也欠着账", "朱红色的印章是法院的", "陆续还清了三家",
        "邱陵地带的村子也有人来催", "施工队的工钱拖了半年", "沈阳的朋友也被问了", "吕梁山区的亲戚也接到电话",
        "姜还是老的辣", "潘多拉的盒子打开了", "曹操说曹操就到", "彭州的法院也发了短信", "戴上耳机就听不到电话了", "程度轻的只是短信提醒", "贺喜的红包也被拿去还债",
        "罗列一下所有的欠款", "毕业就背上了助学贷款", "邵阳的法院发来了传票", "汪洋大海里找不到一根针",
        "熊孩子把手机摔了", "孟母三迁的故事", "严格按照合同执行", "司法确认要双方到场", "上官方网站查一下案件进度",
        "欧式装修的房子被查封了", "东方既白，电话又响了", "诸如此类的短信太多了", "令人发指的催收手段",
        "皇家礼炮的酒瓶子", "慕名而来的律师也没办法", "公孙树就是银杏树", "南宫是河北的一个市", "西门町在台北", "百里挑一的好律师也难请",
    ]
    lines = list(base)
    wraps = [("【转发】", ""), ("", "。"), ("引用：", ""), ("（截图文字）", ""), ("备忘：", ""),
             ("群公告：", ""), ("原话：“", "”"), ("", "？"), ("注：", ""), ("Re: ", ""),
             ("", " #求助"), ("【系统消息】", ""), ("", "（完）"), (">> ", ""), ("他们说", "")]
    for s in sentences:
        lines.append(s)
        for pre, suf in rng.sample(wraps, 8):
            lines.append(pre + s + suf)
    # systematic combinations
    for p, c, ds, _ in PLACES:
        for d in ds:
            for doc in ["民事判决书", "执行裁定书", "执行局", "诉讼服务中心", "民事审判庭"]:
                lines.append(f"{p}{c}{d}人民法院{doc}")
    for b in BANKS:
        for t in ["信用卡纠纷一案", "信用卡中心法务部", "诉前调解中心", "海外汇款业务"]:
            lines.append(b + t)
    for pf in PLATFORMS:
        for t in ["的催收打到国外去了", "逾期被起诉了怎么办", "让我做债务优化", "的电子合同在哪里看",
                  "会不会上失信名单"]:
            lines.append(pf + t)
    for c in ["马来西亚", "新加坡", "澳大利亚", "加拿大", "美国", "日本", "英国", "新西兰"]:
        for t in ["的华人社区", "的亲戚也接到了电话", "的手机号码格式", "的律师说这不合法", "打工的中国人",
                  "的留学生", "的汇款到账了"]:
            lines.append(c + t)
    for lf in LAWFIRMS:
        lines.append(lf + "律师函")
        lines.append(lf + "受管理人委托")
    for l in LENDERS:
        lines.append(l + "申请执行")
        lines.append("申请执行人：" + l)
    for tag in ["（原告）", "（被告）", "（第三人）", "（申请执行人）", "（被执行人）"]:
        for w in ["签收", "未到庭", "已缴纳诉讼费", "申请延期举证", "提交了答辩状"]:
            lines.append(tag + w)
    for e in ETH_NAME.values():
        lines.append(f"民族：{e}")
        lines.append(f"{e}聚居区的法院也有双语法官")
    # drop unsafe and duplicates
    out, seen = [], {}
    dropped = {"dup": 0, "digits": 0, "other_eq": 0, "other_in": 0}
    for s in lines:
        if s in seen:
            dropped["dup"] += 1
            continue
        seen[s] = 1
        if re.search(r"[0-9０-９]{7,}", s):
            dropped["digits"] += 1
            continue
        k = squash(s)
        if k in OTHER_SET:
            dropped["other_eq"] += 1
            continue
        if k in OTHER_BLOB:
            dropped["other_in"] += 1
            continue
        out.append(s)
    print(f"preserve: {len(lines)} candidates, dropped {dropped}, kept {len(out)}")
    return out


# ---------------------------------------------------------------- records
def assemble(pieces):
    text, spans = "", []
    for p in pieces:
        if isinstance(p, str):
            text += p
        else:
            k, v = p
            spans.append((len(text), len(text) + len(v), k, v))
            text += v
    return text, spans


def check_record(text, spans):
    vals = []
    for s, e, k, v in spans:
        if (k, v) not in vals:
            vals.append((k, v))
    # every occurrence of each value starts at a labelled span of same value
    starts = {(s, v) for s, e, k, v in spans}
    for k, v in vals:
        i = text.find(v)
        while i >= 0:
            if (i, v) not in starts:
                return None, "value-occurs-unlabelled"
            i = text.find(v, i + 1)
    for k, v in vals:
        for k2, v2 in vals:
            if v != v2 and v in v2:
                return None, "value-in-value"
    # mask
    m = list(text)
    for s, e, k, v in spans:
        for i in range(s, e):
            m[i] = "\x00"
    masked = "".join(m)
    if re.search(r"[0-9０-９]{7,}", masked):
        return None, "digits"
    sq = squash(masked)
    for u in USED:
        if u in sq:
            return None, "name-unlabelled"
    return (vals, sq), None


def main():
    global PRES_BLOB
    preserve = build_preserve()
    PRES_BLOB = "\x00".join(squash(s) for s in preserve)
    for w in WORD_NAMES:
        assert any(w in s for s in preserve), w
    plan = []
    for g, target in GROUP_TARGET.items():
        ts_ = [t for t in TEMPLATES if t[0] == g]
        names = [t[1] for t in ts_]
        if g in ("none",):
            continue
        if g == "word":
            plan += [(g, [t for t in ts_ if t[1] == "w_one"][0])] * len(WORD_NAMES)
            rest = [t for t in ts_ if t[1] != "w_one"]
            for _ in range(target - len(WORD_NAMES)):
                plan.append((g, rng.choices(rest, weights=[t[3] for t in rest])[0]))
            continue
        chosen = list(ts_)
        while len(chosen) < target:
            chosen.append(rng.choices(ts_, weights=[t[3] for t in ts_])[0])
        plan += [(g, t) for t in chosen]
    recs, fails, counts = [], {}, {}
    own_texts = {}
    for g, (grp, name, fn, w) in plan:
        for attempt in range(60):
            reset_clock()
            res = fn()
            pieces = res
            text, spans = assemble(pieces)
            ok, why = check_record(text, spans)
            if ok is None:
                fails[why] = fails.get(why, 0) + 1
                continue
            if in_other(text):
                fails["other-corpus"] = fails.get("other-corpus", 0) + 1
                continue
            if squash(text) in own_texts:
                fails["own-dup"] = fails.get("own-dup", 0) + 1
                continue
            break
        else:
            raise RuntimeError(f"template {name} failed: {fails}")
        vals, sq = ok
        own_texts[squash(text)] = 1
        REC_BLOB.append(sq)
        counts[name] = counts.get(name, 0) + 1
        if name == "w_one" and WORD_LEFT:
            WORD_LEFT.pop(0)
        recs.append({"group": g, "tpl": name, "text": text,
                     "sender": SENDERS.get(name) if name in SENDERS else None,
                     "pii": [{"kind": k, "value": v} for k, v in vals]})
    none_drop = 0
    for t in NONE_TEXTS:
        text, spans = assemble([t])
        ok, why = check_record(text, spans)
        if ok is None or in_other(text) or squash(text) in own_texts:
            none_drop += 1
            continue
        own_texts[squash(text)] = 1
        counts["z_none"] = counts.get("z_none", 0) + 1
        recs.append({"group": "none", "tpl": "z_none", "text": text, "sender": None, "pii": []})
    print(f"none texts: {len(NONE_TEXTS)}, dropped {none_drop}")
    # senders: a few extra, deterministic
    for r in recs:
        if r["tpl"] == "sc_loan_fee":
            r["sender"] = "106905" + digits(5)
        elif r["tpl"] == "o_my_relative" and chance(0.3):
            r["sender"] = "+60 " + ch(["12", "16"]) + "-" + digits(3) + " " + digits(4)
    # final global check: no name unlabelled anywhere
    names_all = [nkey(p["value"]) for r in recs for p in r["pii"] if p["kind"] == "name"]
    assert len(names_all) == len(dict.fromkeys(names_all)), "name repeated across records"
    for r in recs:
        text = r["text"]
        m = text
        for p in sorted(r["pii"], key=lambda p: -len(p["value"])):
            m = m.replace(p["value"], "\x00" * len(p["value"]))
        sq = squash(m)
        for u in names_all:
            assert u not in sq, "unlabelled name"
    for s in preserve:
        sq = squash(s)
        for u in names_all:
            if u in sq:
                assert any(squash(w) == u for w in WORD_NAMES), "name in preserve"
    assert len(preserve) >= 2000, len(preserve)
    assert len(counts) == len(TEMPLATES), [t[1] for t in TEMPLATES if t[1] not in counts]
    rng.shuffle(recs)
    rng.shuffle(preserve)
    os.makedirs(OUT_DIR, exist_ok=True)
    kinds, groups = {}, {}
    with open(os.path.join(OUT_DIR, OWN_JSONL), "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            o = {"id": f"t16-{i + 1:04d}", "text": r["text"], "sender": r["sender"], "pii": r["pii"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
            for p in r["pii"]:
                kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
            groups[r["group"]] = groups.get(r["group"], 0) + 1
    with open(os.path.join(OUT_DIR, OWN_PRESERVE), "w", encoding="utf-8") as f:
        for s in preserve:
            f.write(s.replace("\n", " ") + "\n")
    print(f"records: {len(recs)}  items: {sum(kinds.values())}  kinds: {dict(sorted(kinds.items(), key=lambda x: -x[1]))}")
    print(f"groups: {groups}")
    print(f"redraws: {dict(sorted(fails.items()))}")
    print(f"preserve lines: {len(preserve)}")
    forms, gnames = {}, {}
    for r in recs:
        for p in r["pii"]:
            if p["kind"] == "name":
                f = NAME_FORM.get(nkey(p["value"]), "?")
                forms[f] = forms.get(f, 0) + 1
                gnames[r["group"]] = gnames.get(r["group"], 0) + 1
    print(f"accepted names by form: {dict(sorted(forms.items(), key=lambda x: -x[1]))}")
    print(f"names by group: {gnames}")
    if os.environ.get("TUNE16_TEMPLATE_COUNTS"):
        for t in TEMPLATES:
            print(t[0], t[1], counts.get(t[1], 0))


if __name__ == "__main__":
    main()
