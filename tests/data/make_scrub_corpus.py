#!/usr/bin/env python3
"""Generate held-out corpora for the personal-data scrubber.

Written without reading the scrubber (triage/anonymize.py) or its tests.
Run from the repository root:

    python tests/data/make_scrub_corpus.py

Needs only Faker (pinned: Faker==40.63.0).  Output is deterministic for a
given SEED and Faker version.

Writes:
    tests/data/scrub_heldout.jsonl   labelled messages with personal data
    tests/data/scrub_preserve.txt    ordinary words/phrases that are NOT personal data
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

SEED = 20261203
OUT_DIR = Path("tests/data")
HELDOUT = OUT_DIR / "scrub_heldout.jsonl"
PRESERVE = OUT_DIR / "scrub_preserve.txt"

rng = random.Random(SEED)
Faker.seed(SEED)
fk_cn = Faker("zh_CN")
fk_tw = Faker("zh_TW")
fk_en = Faker("en_US")
fk_cn.seed_instance(SEED)
fk_tw.seed_instance(SEED + 1)
fk_en.seed_instance(SEED + 2)

FW = str.maketrans("0123456789", "０１２３４５６７８９")

# ---------------------------------------------------------------- names
COMPOUND_SURNAMES = ["欧阳", "尉迟", "皇甫", "慕容", "东方", "司马", "诸葛", "上官",
                     "令狐", "公孙", "端木", "夏侯", "独孤", "长孙", "宇文", "澹台",
                     "南宫", "西门", "司徒", "呼延"]
RARE_SURNAMES = ["禤", "佘", "亓", "訾", "逯", "冼", "鄢", "靳", "郇", "仉", "笪", "琚",
                 "昝", "蹇", "甯", "阚", "隗", "晏", "邝", "栾", "郦", "缪", "覃", "滕"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玲丹萍鑫斌宇浩凯琳晶雪梅")
GIVEN2 = ["秀英", "建国", "建华", "志强", "海燕", "晓东", "丽娟", "国平", "春梅", "子涵",
          "雨轩", "俊杰", "欣怡", "文博", "晓明", "玉兰", "德福", "长江", "红霞", "淑珍",
          "卫东", "振华", "思远", "梦琪", "浩然", "嘉怡", "宏伟", "桂芳", "永红", "金凤"]
# real-looking names whose characters are also ordinary words
WORDY_NAMES = ["高峰", "金鑫", "江山", "安然", "白雪", "常青", "石磊", "马力", "文静",
               "周全", "钱多多", "林立", "方圆", "田野", "向阳", "于洋", "程功",
               "万里", "宋词", "高洁", "李想", "任重", "余欢"]
MINORITY_NAMES = ["买买提·艾力", "阿依古丽·吐尔逊", "热依拉·麦麦提", "艾尔肯·吾守尔",
                  "古丽娜扎尔·阿卜杜拉", "努尔艾力·买合木提", "迪丽拜尔·热合曼",
                  "阿不都热西提·吐尔洪", "帕提古丽·依明", "艾克拜尔·司马义",
                  "吾尔开希·多来提", "米热古丽·艾买提", "叶尔江·吐尔逊别克",
                  "哈力木拉提·努尔兰", "阿依努尔·沙吾提", "扎西多吉", "次仁卓玛",
                  "格桑央金", "巴特尔", "其其格", "乌兰图雅", "达瓦次仁",
                  "玉素甫·买买提明", "麦尔旦·阿不都"]
PINYIN_SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
                   "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Ouyang",
                   "Luo", "Zheng", "Xie", "Tang", "Feng"]
PINYIN_GIVEN = ["Wei", "Fang", "Xiuying", "Jianguo", "Lei", "Na", "Jing", "Haiyang",
                "Zihan", "Min", "Qiang", "Yan", "Jun", "Xiaoming", "Lihua", "Tao",
                "Yuxuan", "Hongmei", "Zhiqiang", "Dong", "Ling", "Chao"]

used_names: set[str] = set()


def _fresh(fn):
    for _ in range(200):
        v = fn()
        if v not in used_names:
            used_names.add(v)
            return v
    return v


def name_plain():
    return _fresh(fk_cn.name)


def name_male():
    return _fresh(fk_cn.name_male)


def name_female():
    return _fresh(fk_cn.name_female)


def name_single():  # surname + one-character given name
    return _fresh(lambda: fk_cn.last_name() + rng.choice(GIVEN1))


def name_double():
    return _fresh(lambda: fk_cn.last_name() + rng.choice(GIVEN2))


def name_compound():
    return _fresh(lambda: rng.choice(COMPOUND_SURNAMES) + rng.choice(GIVEN1 + GIVEN2))


def name_rare():
    return _fresh(lambda: rng.choice(RARE_SURNAMES) + rng.choice(GIVEN1 + GIVEN2))


def name_spaced():
    def f():
        r = rng.random()
        if r < 0.35:
            return rng.choice(COMPOUND_SURNAMES) + " " + rng.choice(GIVEN1 + GIVEN2)
        if r < 0.55:  # every character separated
            n = fk_cn.last_name() + rng.choice(GIVEN2)
            return " ".join(n)
        return fk_cn.last_name() + " " + rng.choice(GIVEN1 + GIVEN2)
    return _fresh(f)


def name_pinyin():
    def f():
        s, g = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
        r = rng.random()
        if r < 0.45:
            return f"{s} {g}"
        if r < 0.65:
            return f"{s.upper()} {g}"
        if r < 0.8:
            return f"{g} {s}"
        return f"{s.upper()} {g.upper()}"
    return _fresh(f)


def name_minority():
    def f():
        n = rng.choice(MINORITY_NAMES)
        if "·" in n and rng.random() < 0.2:
            n = n.replace("·", rng.choice(["•", "・", "."]))
        return n
    return _fresh(f)


def name_tw():
    return _fresh(fk_tw.name)


def name_wordy():
    return _fresh(lambda: rng.choice(WORDY_NAMES))


NAME_STYLES = {
    "plain": name_plain, "single": name_single, "double": name_double,
    "compound": name_compound, "rare": name_rare, "spaced": name_spaced,
    "pinyin": name_pinyin, "minority": name_minority, "tw": name_tw,
    "wordy": name_wordy, "m": name_male, "f": name_female,
}
NAME_WEIGHTS = {"plain": 30, "single": 10, "double": 10, "compound": 10, "rare": 8,
                "spaced": 6, "pinyin": 5, "minority": 7, "tw": 6, "wordy": 8}


def gen_name(style=None):
    if style is None or style == "any":
        style = rng.choices(list(NAME_WEIGHTS), weights=list(NAME_WEIGHTS.values()))[0]
    return NAME_STYLES[style]()


def surname_of(n):
    n = n.replace(" ", "")
    for c in COMPOUND_SURNAMES:
        if n.startswith(c):
            return c
    return n[0]

# ---------------------------------------------------------------- phones
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                 "172", "173", "176", "177", "178", "180", "181", "182", "183", "185",
                 "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def mobile_digits():
    return rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_mobile(d, style):
    a, b, c = d[:3], d[3:7], d[7:]
    return {
        "plain": d,
        "space": f"{a} {b} {c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plus86": f"+86{d}",
        "plus86s": f"+86 {a} {b} {c}",
        "plus86d": f"+86-{d}",
        "0086": f"0086{d}",
        "0086s": f"0086 {d}",
        "paren86": f"(+86){d}",
        "fw": d.translate(FW),
        "fwspace": f"{a} {b} {c}".translate(FW),
        "4-4-3": f"{d[:4]} {d[4:8]} {d[8:]}",
        "uneven": f"{d[:3]}{d[3:7]} {d[7:]}",
    }[style]


MOBILE_STYLES = ["plain"] * 6 + ["space", "space", "dash", "dash", "dot", "plus86",
                                 "plus86s", "plus86d", "0086", "0086s", "paren86", "fw",
                                 "fwspace", "4-4-3", "uneven"]

AREA = [("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("0755", 8),
        ("0571", 8), ("025", 8), ("027", 8), ("028", 8), ("029", 8), ("0311", 8),
        ("0371", 8), ("0531", 8), ("0991", 7), ("0898", 8), ("0731", 8), ("0592", 7),
        ("0513", 8), ("0769", 8)]


def gen_landline():
    code, n = rng.choice(AREA)
    local = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(n - 1))
    s = rng.choice(["dash", "paren", "space", "fwparen", "dashsplit", "plain", "ext"])
    if s == "dash":
        return f"{code}-{local}"
    if s == "paren":
        return f"({code}){local}"
    if s == "fwparen":
        return f"（{code}）{local}"
    if s == "space":
        return f"{code} {local}"
    if s == "dashsplit":
        return f"{code}-{local[:4]} {local[4:]}"
    if s == "ext":
        return f"{code}-{local}转{rng.randint(800, 8999)}"
    return code + local


def gen_phone(style=None):
    if style == "landline":
        return gen_landline()
    if style is None or style == "any":
        if rng.random() < 0.12:
            return gen_landline()
        style = rng.choice(MOBILE_STYLES)
    return fmt_mobile(mobile_digits(), style)

# ---------------------------------------------------------------- id numbers
AREA_CODES = ["110101", "110105", "310104", "310115", "440305", "440106", "330106",
              "320106", "510107", "420111", "130102", "370102", "410105", "430104",
              "350203", "610113", "650102", "450103", "500103", "120103", "411627",
              "430524", "362427", "522422", "142602", "654002", "632122", "532901"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_digits(want_x=None):
    for _ in range(500):
        y = rng.randint(1958, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = f"{rng.choice(AREA_CODES)}{y}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        c = CHK[sum(int(a) * b for a, b in zip(body, W)) % 11]
        if want_x is None or (c == "X") == want_x:
            return body + c
    return body + c


def gen_id(style=None):
    s = style or rng.choice(["plain", "plain", "plain", "x", "x", "xlower", "spaced",
                             "spaced4", "fw"])
    if s in ("x", "xlower"):
        d = id_digits(True)
        return d.lower() if s == "xlower" else d
    d = id_digits()
    if s == "spaced":
        return f"{d[:6]} {d[6:14]} {d[14:]}"
    if s == "spaced4":
        return " ".join([d[:6], d[6:10], d[10:14], d[14:]])
    if s == "fw":
        return d.translate(FW)
    return d

# ---------------------------------------------------------------- bank cards
BINS = ["622202", "621226", "621700", "622700", "622848", "623052", "621661", "622588",
        "621483", "622260", "621559", "622908", "625965", "622155", "621799", "623668",
        "622609", "628288", "621483", "622580", "436742", "524047", "356833", "622150"]


def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def gen_card(style=None):
    length = rng.choice([16, 16, 19, 19, 17, 18])
    d = luhn_complete(rng.choice(BINS), length)
    s = style or rng.choice(["plain", "space", "space", "dash", "slash", "space6", "fw"])
    groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if s == "space":
        return " ".join(groups)
    if s == "dash":
        return "-".join(groups)
    if s == "slash":
        return "/".join(groups)
    if s == "space6":
        return d[:6] + " " + d[6:]
    if s == "fw":
        return " ".join(groups).translate(FW)
    return d

# ---------------------------------------------------------------- email / qq / wechat
DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com",
           "foxmail.com", "139.com", "hotmail.com", "sohu.com", "yeah.net", "aliyun.com"]


def gen_qq():
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789")
                                            for _ in range(rng.randint(5, 10)))


def gen_email():
    r = rng.random()
    if r < 0.3:
        return f"{gen_qq()}@qq.com"
    user = fk_en.user_name()
    if r < 0.5:
        user = rng.choice(PINYIN_SURNAMES).lower() + rng.choice(PINYIN_GIVEN).lower() + str(rng.randint(1, 2005))
    if r > 0.9:
        return f"{user}@{rng.choice(['hnu.edu.cn', 'abc-logistics.com.cn', 'corp.example.cn'])}"
    return f"{user}@{rng.choice(DOMAINS)}"


def gen_wechat():
    r = rng.random()
    if r < 0.2:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    base = rng.choice(PINYIN_SURNAMES).lower() + rng.choice(["", "_", "-"]) + rng.choice(PINYIN_GIVEN).lower()
    if r < 0.6:
        return base + str(rng.randint(1, 9999))
    if r < 0.8:
        return fk_en.user_name() + rng.choice(["", "_", "520", "88", "666"])
    return rng.choice(["Lucky", "Sunny", "xiaoyu", "Amy", "kk", "JJ"]) + rng.choice(["_", ""]) + str(rng.randint(10, 99999))


def gen_account():
    r = rng.random()
    n = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if r < 0.2:
        return "LN" + n(14)
    if r < 0.35:
        return "DD" + n(16)
    if r < 0.5:
        return "HT-" + str(rng.randint(2021, 2025)) + "-" + n(6)
    if r < 0.65:
        return n(18)
    if r < 0.8:
        return "U" + n(9)
    if r < 0.9:
        return "JK" + n(4) + "A" + n(6)
    return "YQ" + n(3) + "-" + n(5) + "-" + n(4)

# ---------------------------------------------------------------- plates
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_plate():
    p, l = rng.choice(PLATE_PROV), rng.choice(PLATE_LET)
    if rng.random() < 0.2:  # new-energy, 8 characters
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(rng.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        if not any(c.isdigit() for c in tail):
            tail = tail[:4] + "7"
    sep = rng.choice(["", "", "·", " ", "-"])
    return f"{p}{l}{sep}{tail}"

# ---------------------------------------------------------------- addresses
CITIES = [("广东省", "深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]),
          ("广东省", "广州市", ["天河区", "白云区", "番禺区", "海珠区"]),
          ("浙江省", "杭州市", ["西湖区", "余杭区", "拱墅区", "滨江区"]),
          ("江苏省", "南京市", ["鼓楼区", "江宁区", "玄武区"]),
          ("江苏省", "苏州市", ["姑苏区", "工业园区", "吴中区"]),
          ("四川省", "成都市", ["武侯区", "锦江区", "高新区", "双流区"]),
          ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
          ("河北省", "石家庄市", ["长安区", "裕华区", "桥西区"]),
          ("山东省", "济南市", ["历下区", "槐荫区"]),
          ("山东省", "青岛市", ["市南区", "黄岛区", "崂山区"]),
          ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
          ("湖南省", "长沙市", ["岳麓区", "天心区", "雨花区"]),
          ("福建省", "厦门市", ["思明区", "湖里区"]),
          ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
          ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"]),
          ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"]),
          ("安徽省", "合肥市", ["蜀山区", "包河区"]),
          ("辽宁省", "沈阳市", ["和平区", "铁西区"]),
          ("云南省", "昆明市", ["五华区", "盘龙区"]),
          ("", "北京市", ["朝阳区", "海淀区", "丰台区", "通州区"]),
          ("", "上海市", ["浦东新区", "闵行区", "徐汇区", "静安区"]),
          ("", "天津市", ["河西区", "南开区"]),
          ("", "重庆市", ["渝中区", "江北区", "渝北区"])]
ROADS = ["人民路", "解放路", "中山北路", "建设大道", "科技园南路", "文一西路", "长江路",
         "和平街", "胜利大街", "青年路", "幸福路", "东风路", "友谊大道", "滨江大道",
         "金融街", "工业大道", "学府路", "光明路", "延安西路", "天府大道北段"]
ESTATES = ["阳光花园", "碧桂园", "万科城", "锦绣家园", "金地名都", "幸福里小区",
           "翠苑三区", "和谐家园", "恒大绿洲", "世纪新城", "保利香槟国际", "龙湖时代天街"]
COUNTIES = [("河南省", "周口市", "郸城县", "汲冢镇"), ("湖南省", "邵阳市", "隆回县", "桃洪镇"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("四川省", "南充市", "仪陇县", "新政镇"),
            ("江西省", "赣州市", "于都县", "贡江镇"), ("贵州省", "毕节市", "威宁县", "草海镇"),
            ("山东省", "菏泽市", "曹县", "庄寨镇"), ("河北省", "邢台市", "威县", "洺州镇"),
            ("甘肃省", "天水市", "秦安县", "兴国镇"), ("广西壮族自治区", "玉林市", "博白县", "龙潭镇")]
VILLAGES = ["王庄村", "杨柳村", "李家湾村", "高桥村", "新民村", "前进村", "东湖村",
            "石门村", "马头村", "黄土坡村"]
GROUPS = ["一组", "二组", "三组", "5组", "七组", "10组", "四队"]
TW_ADDR_CITY = ["臺北市大安區", "新北市板橋區", "台中市西屯區", "高雄市前鎮區", "桃園市中壢區", "台南市東區"]
TW_ROADS = ["忠孝東路四段", "中山北路二段", "民生東路三段", "文化路", "中正路", "復興南路一段"]


def gen_address(style=None):
    s = style or rng.choice(["full", "full", "estate", "lane", "noprov", "village",
                             "village", "spaced", "building", "tw", "short"])
    prov, city, dists = rng.choice(CITIES)
    dist = rng.choice(dists)
    road = rng.choice(ROADS + [fk_cn.street_name()])
    num = rng.randint(1, 999)
    if s == "full":
        return f"{prov}{city}{dist}{road}{num}号"
    if s == "estate":
        return (f"{prov}{city}{dist}{road}{num}号{rng.choice(ESTATES)}"
                f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 8):02d}室")
    if s == "lane":
        return f"{city}{dist}{road}{rng.randint(1, 2000)}弄{rng.randint(1, 99)}号{rng.randint(1, 20)}0{rng.randint(1, 6)}室"
    if s == "noprov":
        return f"{dist}{road}{num}号{rng.randint(1, 30)}号楼{rng.randint(1, 5)}门{rng.randint(1, 20)}0{rng.randint(1, 4)}"
    if s == "short":
        return f"{road}{num}号{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}"
    if s == "village":
        p, c, county, town = rng.choice(COUNTIES)
        tail = rng.choice(["", f"{rng.randint(1, 99)}号"])
        head = rng.choice([f"{p}{c}{county}", f"{c}{county}", f"{county}"])
        return f"{head}{town}{rng.choice(VILLAGES)}{rng.choice(GROUPS)}{tail}"
    if s == "spaced":
        parts = [x for x in (prov, city, dist) if x] + [road, f"{num} 号"]
        if rng.random() < 0.5:
            parts.append(f"{rng.randint(1, 20)} 栋 {rng.randint(1, 30)}0{rng.randint(1, 4)} 室")
        return " ".join(parts)
    if s == "building":
        return f"{city}{dist}{road}{num}号{rng.choice(['国贸大厦', '华润大厦', '创业大厦', '科技园'])}{rng.choice('ABCD')}座{rng.randint(2, 40)}层"
    if s == "tw":
        return f"{rng.choice(TW_ADDR_CITY)}{rng.choice(TW_ROADS)}{rng.randint(1, 400)}號{rng.randint(2, 15)}樓"
    raise ValueError(s)

# ---------------------------------------------------------------- template engine
KIND_OF = {"name": "name", "phone": "phone", "id": "id_number", "card": "bank_card",
           "email": "email", "addr": "address", "plate": "plate", "qq": "qq",
           "wx": "wechat", "acct": "account", "sur": None}
GEN = {"name": gen_name, "phone": gen_phone, "id": gen_id, "card": gen_card,
       "email": lambda s=None: gen_email(), "addr": gen_address,
       "plate": lambda s=None: gen_plate(), "qq": lambda s=None: gen_qq(),
       "wx": lambda s=None: gen_wechat(), "acct": lambda s=None: gen_account()}
SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?(?:#(\w+))?\}")

# filler that is NOT personal data
PLATFORMS = ["借呗", "花呗", "网商贷", "微粒贷", "京东白条", "京东金条", "美团月付", "美团借钱",
             "抖音月付", "放心借", "度小满", "有钱花", "360借条", "分期乐", "安逸花", "马上消费金融",
             "招联金融", "捷信", "中邮消费金融", "拍拍贷", "信用飞", "洋钱罐", "小赢卡贷", "平安普惠",
             "众安贷", "携程借钱", "苏宁任性贷", "唯品花", "还呗", "桔多多"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "广发银行", "平安银行", "兴业银行", "邮储银行",
         "华夏银行", "北京银行", "上海银行", "农商银行"]
FIRMS = ["信达律师事务所", "恒信资产管理有限公司", "华融法务中心", "中诚信调解中心", "鼎盛商务咨询",
         "安信资产", "永诚法务", "北京某某律师事务所", "融安调解委员会"]


def money():
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(500, 99999)}.{rng.randint(0, 99):02d}元"
    if r < 0.7:
        return f"{rng.randint(1, 80)}{rng.choice(['', '.5'])}万元"
    return f"{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}元"


def date():
    return rng.choice([f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                       f"2025年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                       "今日", "明天", "本周五", "周末", "24小时内", "今天18点"])


def fill_common(t):
    return (t.replace("<P>", rng.choice(PLATFORMS)).replace("<B>", rng.choice(BANKS))
             .replace("<F>", rng.choice(FIRMS)).replace("<M>", money())
             .replace("<D>", date()).replace("<N>", str(rng.randint(3, 400))))


def render(template):
    cache: dict[str, str] = {}
    pii: list[dict] = []
    t = fill_common(template)

    def sub(m):
        kind, style, ref = m.group(1), m.group(2), m.group(3)
        if kind == "sur":  # surname of an earlier name ref (not separately listed)
            return surname_of(cache[ref])
        key = ref or f"_{len(cache)}_{m.start()}"
        if ref and ref in cache:
            v = cache[ref]
        else:
            if kind == "phone" and style and style.startswith("gw"):
                v = GEN[kind]("plain")
            else:
                v = GEN[kind](style)
            cache[key] = v
        if kind == "phone" and style and style.startswith("gw"):
            # mobile number behind an SMS-gateway prefix; only the mobile is personal
            pre = {"gw1": "1069 0 ", "gw2": "106 ", "gw3": "10690", "gw4": "1069 ",
                   "gw5": "106980 "}[style]
            d = v
            if style == "gw2":
                d = f"{v[:3]} {v[3:7]} {v[7:]}"
            pii.append({"kind": "phone", "value": d})
            return pre + d
        k = KIND_OF[kind]
        if not any(p["kind"] == k and p["value"] == v for p in pii):
            pii.append({"kind": k, "value": v})
        return v

    # generate referenced values first so that {sur#a} may precede {name#a}
    for m in SLOT.finditer(t):
        kind, style, ref = m.group(1), m.group(2), m.group(3)
        if ref and kind != "sur" and ref not in cache:
            cache[ref] = GEN[kind](style)
    text = SLOT.sub(sub, t)
    # ordered by position, unique
    seen, out = set(), []
    for p in sorted(pii, key=lambda p: text.find(p["value"])):
        if (p["kind"], p["value"]) not in seen:
            seen.add((p["kind"], p["value"]))
            out.append(p)
    return text, out


# ---------------------------------------------------------------- templates
# Slot syntax: {kind[.style][#ref]}; kinds: name phone id card email addr plate qq wx acct
# <P> platform <B> bank <F> firm <M> money <D> date <N> number of days (not personal)
T_COLLECT = [
    "您好{name}您在<P>的借款已逾期<N>天，欠款<M>，请于<D>前还清，否则将上报征信。",
    "你好{name.double}，你在<P>的欠款已转入我司处理，请<D>前联系{phone}协商。",
    "通知：{name}，您名下<P>账户严重逾期，我司已启动贷后外访程序，回访电话{phone.space}。",
    "【<P>】尊敬的 {name.spaced} 女士，您的账单<M>已逾期，请及时处理以免影响信用。",
    "尊敬的{name.compound}先生：您于<P>的借款已逾期<N>天，请立即还款。",
    "{name#a}，你欠<P><M>一直不还，我们已经联系了你的紧急联系人{name#b}。",
    "我是<F>法务部{name.single}，工号2731，{name#d}你的案件已到我这里，电话{phone.dash}。",
    "我是<P>贷后部门的{name.plain}，您的欠款<M>已经逾期，今天务必回电{phone}。",
    "您是{name.double#a}的紧急联系人，{sur#a}先生在<P>欠款<M>，请转告其尽快还款，联系电话{phone.dot}。",
    "{name#a}你好，你父亲{name.m#b}已经接到我们的电话了，你还要躲到什么时候？",
    "你母亲{name.f}说让你自己处理，<P>欠款<M>今天必须结清。",
    "请告诉{name}，<P>的账今天下午五点前不还就上门。",
    "我们会通知{name.plain}和你单位领导{name.double}，让他们知道你欠钱不还。",
    "已联系你单位人事部{name.single}老师，下一步联系{name.compound}总。",
    "{name}、{name}、{name}三位联系人我们都会逐一打电话告知你的欠款情况。",
    "欠款人：{name}（身份证号：{id}），借款平台<P>，逾期金额<M>。",
    "被申请人{name}（身份证{id.spaced}），住址{addr}，现依法对其名下财产申请保全。",
    "{name.rare}，身份证号码{id.x}，你的<P>欠款已移交<F>，请于<D>前处理。",
    "{name}先生您好，我是<B>信用卡中心的{name.double}，您尾款<M>未还，请回电{phone.landline}。",
    "{name.minority}你好，你在<P>的借款逾期<N>天了，请联系我们{phone.plus86s}。",
    "Hi {name.pinyin}, 你的<P>账户已经逾期，请尽快还款，否则我们联系你的家人。",
    "{name.tw}您好，您在<P>的帳款已逾期<N>天，請儘速繳清，客服專線{phone.landline}。",
    "{name.wordy}，你在<P>借的<M>今天到期，请主动还款，别让我们找到{addr}。",
    "接到委托，{name}于<P>借款<M>逾期未还，我方将于<D>到其户籍地{addr.village}走访。",
    "{name}，我们已核实你现居住地为{addr.estate}，<D>安排人员上门。",
    "通知{name.plain}：你驾驶的{plate}已列入车贷逾期清收名单，请主动联系{phone}。",
    "你名下车辆{plate}抵押贷款已逾期<N>天，<F>将依法拖车，车主{name}请知悉。",
    "最后通知，{name}你欠的钱再不还，我们就去{addr.lane}找你，别怪我们没提醒。",
    "【<F>】{name}，你的借款合同编号{acct}已逾期，请在<D>前联系专员{name.single}：{phone.space}。",
    "<P>订单号{acct}的借款人{name}已严重逾期，请及时还款，还款账户{card}。",
    "请将欠款<M>转入以下账户：户名{name}，卡号{card.space}，开户行<B>。",
    "还款请打到{card.dash}，收款人{name.double}，备注你的身份证后六位。",
    "{name}你好，这是我微信{wx}，加我谈分期方案，手机{phone}。",
    "有问题加QQ{qq}找{name.single}经理处理，过时不候。",
    "律师函已发送至您的邮箱{email}，请{name}查收并于<D>前回复。",
    "{name}（用户ID：{acct}）您好，您在<P>的借款已严重逾期，请登录APP处理。",
    "你的同事{name}已经收到我们发的函件，你的单位地址是{addr.building}，没错吧？",
    "我们会把{name}欠款的事情告诉他女朋友{name.f}和他弟弟{name.m}。",
    "找{name.compound}，他欠我们公司<M>，手机{phone.0086}一直关机。",
    "联系{name.plain#a}，号码{phone.paren86}，{sur#a}总说账在他那里。",
    "{name.spaced}您好，<P>欠款<M>，请于<D>前还款。",
    "{name.minority}（身份证号{id}）在<P>的借款已移交法务处理。",
    "你爱人{name}的电话是{phone}吧，我们已经打过去了。",
    "致{name.tw}先生：您的信用卡帳款<M>已逾期，請至{addr.tw}分行辦理。",
    "<P>通知：{name}，回复1确认还款，发送号码{phone.gw1}。",
    "你好，我是{name}的哥哥{name.m}，他的事情别再打我电话了，我的号码是{phone.fw}。",
    "户籍地址：{addr.village}，当事人{name}，联系电话{phone.space}，逾期<N>天。",
    "{name.pinyin}（{name.plain#c}），你好，我们是<P>，你的借款已逾期。",
    "今天会有工作人员到{addr.spaced}核实{name}的情况，请家人配合。",
    "张贴公告：{name.double}拖欠<P>借款<M>，请知情人转告。",
    "{name}，你的逾期记录已上报，征信中心查询号{acct}，请知悉。",
]
T_SCAM = [
    "【<P>】{name}您好，系统检测您的学生账户需注销，请添加专员微信{wx}办理，否则影响征信。",
    "您好我是<P>客服{name.single}，工号9527，您的账户被冻结，请加QQ{qq}解冻。",
    "{name}，您有一笔<M>退款待领取，请把银行卡号和验证码发给客服{name.double}。",
    "公安局通知：{name}（身份证{id.x}）涉嫌洗钱，请立即将资金转入安全账户{card.slash}。",
    "我是{addr.building}派出所的{name.double}警官，你涉及一起案件，请配合调查，电话{phone.landline}。",
    "亲爱的{name}，您的快递丢失，理赔专员{name.single}的微信：{wx}，请添加。",
    "{name.wordy}你好，帮你做征信修复，只需提供身份证{id}和银行卡{card}即可。",
    "妈，我手机丢了，这是我同学{name}的号{phone.space}，急用<M>，打到{card.space}上。",
    "老板{name.compound}让你把<M>打到这个账户：{card.dash}，户名{name.double}。",
    "【京东金融】{name}您的白条额度可提升，回复邮箱至{email}领取资格。",
    "您的ETC已失效，车牌{plate}，请点击链接重新认证，客服{name.single}。",
    "恭喜{name}获得<P>免息额度，请联系{phone.plus86}激活，回T退订。",
    "我是你的老同学{name.plain}啊，换了新号{phone.dash}，存一下。",
    "你好{name.tw}，我是臺灣客服{name.tw}，你的訂單{acct}重複扣款，請聯絡{email}。",
    "{name}先生，您的贷款已审批，请缴纳保证金<M>到账户{card.space6}，联系人{name.single}。",
]
T_BANK = [
    "【<B>】尊敬的{name}客户，您的信用卡本期账单<M>，最后还款日<D>，如已还款请忽略。",
    "【<B>】{name}先生/女士，您的账户{card}于<D>逾期，请及时存入足额资金。",
    "【<B>】尊敬的 {name.spaced} 先生，您尾号账户已被列入关注名单，详询95588。",
    "<B>提醒：{name}您好，您的贷款{acct}本期应还<M>，请于<D>前存入还款卡。",
    "【<B>】{name.compound}女士，您的房贷已逾期<N>天，抵押房产{addr.estate}可能进入处置程序。",
    "【<B>】客户{name}（证件号{id.spaced4}）您好，您的征信异议已受理，客服热线95533。",
    "【<B>】您好，{name.rare}，您绑定的邮箱{email}将用于接收电子账单。",
    "【<B>】{name.tw}，您在本行的車貸{plate}已逾期，請儘速繳款。",
    "【<B>】{name}，您的卡片{card.fw}已被临时止付，请致电客服。",
    "【<B>】{name.minority}您好，您的账户于<D>入账<M>，请注意查收。",
]
T_FAMILY = [
    "哥，催收的打电话给{name}了，说你欠了<P><M>，他们还有你的身份证号{id}。",
    "妈说{name.double}昨天来家里要账，地址都找到{addr.village}了。",
    "老婆，别接{phone}这个号，是催收的，他们说要去你单位找{name}主任。",
    "{name}，爸让我问你欠<P>的钱到底还了没有，人家都打到二叔{name.m}那里了。",
    "姐，你把{name}的银行卡号{card.space}发我一下，我先帮他还一部分。",
    "爸爸{name.m}的手机{phone.space}被催收打爆了，你赶紧处理。",
    "我把我的微信{wx}给了催收员{name.single}，他说可以谈减免。",
    "小{sur#a}，你借{name.plain#a}的<M>什么时候还？他家住{addr.short}。",
    "舅舅{name.m}说他的车{plate}被拖走了，是车贷逾期。",
    "表弟{name.m}的QQ是{qq}，催收在他空间留言了，太过分了。",
    "刚才有个叫{name.compound}的人打电话，说是你的债主，号码{phone.0086s}。",
    "奶奶问{name.pinyin}是谁，怎么一直打电话说欠钱。",
    "{name}和{name.double}都收到短信了，说你<P>逾期，还把你家地址{addr}发出来了。",
    "我跟{name}说了，让他别再借网贷了，邮箱{email}也被催收发了律师函。",
    "{name.minority}大哥，你儿子在<P>欠了钱，催收打到我这里了，我的电话{phone}。",
]
T_MISC = [
    "{name}，欠款<M>，最后一次通知。",
    "请于<D>前还款，否则后果自负。{name}",
    "催收员：{name.single}",
    "——<F> {name.plain}",
    "当事人{name}，电话{phone}，身份证{id}，住址{addr}，车牌{plate}。",
    "联系人：{name}；电话：{phone.landline}；邮箱：{email}",
    "债务人{name}，QQ{qq}，微信{wx}，常住{addr.noprov}。",
    "欠款人信息：{name.compound}，{phone.dash}，{card.slash}",
    "{name}，{name}，{name}，你们谁能联系上他？",
    "回复号码：{phone.gw2}，联系人{name}",
    "本短信由{phone.gw3}发送，{name}请勿回复。",
    "发件号码{phone.gw4}，{name.double}，您的<P>账单已出。",
    "号码{phone.gw5}，<P>提醒{name}还款。",
    "{name.spaced} 先生，<P>欠款，请回电。",
    "你父亲{name.m}、你母亲{name.f}、你妹妹{name.f}我们都会打电话。",
    "{name.pinyin}, please repay your <P> loan of <M> today. Call {phone.plus86}.",
    "{name}同志，你的借款已逾期，请配合处理。",
    "{name}老师，我们是<P>，您的学生贷逾期了。",
    "转告{name.compound}，他的账户{acct}逾期<N>天。",
    "找到{name}了，住在{addr.lane}，明天去。",
    "账号{acct}，户名{name}，请核对。",
    "付款人{name.tw}，帳號{card}，金額<M>。",
    "被执行人{name.rare}，身份证号{id.xlower}，执行标的<M>。",
    "{name.wordy}先生，您的<P>订单{acct}已逾期。",
]

T_EXTRA = [
    "【<P>】{name.f}女士，您的借款已逾期，请添加官方微信{wx}或QQ{qq}协商。",
    "微信号：{wx}（{name}），欠款<M>，有认识的请转告。",
    "加我V：{wx}，备注{name.single}，给你办停息挂账。",
    "车牌号{plate}的车主{name}，您的车辆已被列入拖车名单，周末前联系{phone.space}。",
    "{name}的车{plate}停在{addr.short}楼下，明天去拖。",
    "电子邮件：{email}，收件人：{name.pinyin}，主题：律师函。",
    "请{name}将身份证正反面发送到{email}，高度重视。",
    "扣扣{qq}是{name}的，已加好友。",
    "q号：{qq}，昵称{name.wordy}，逾期<N>天。",
    "{name.tw}，你的QQ{qq}和Line帳號{wx}我們都有，請盡快還款。",
    "不是黄金回收，是{name}欠的<M>，金额巨大，请高度重视，周末前还。",
    "王牌调解员{name.single}提醒您：张贴公告前请先还款，电话{phone}。",
    "你家在{addr.full}吧？马上还钱，{name}。",
    "{name.tw}您好：您於本行之信用卡帳款<M>已逾期，請於<D>前繳納，如有疑問請電洽{phone.landline}。",
    "你们公司财务{name.f}说你已经离职了，人事{name.single}给了我们你的新地址{addr}。",
    "你公司老板{name.m}的电话{phone.dash}我们也有，别逼我们打。",
    "逾期客户{name}，严重逾期<N>天，金额<M>，高新区{addr.building}上门核实。",
    "李子园小区的{name.m}，你借<P>的钱该还了，你住{addr.estate}。",
    "请联系{name}，或者发邮件{email}，或者打{phone.4-4-3}。",
    "{name.compound}，VX：{wx}，电话{phone.uneven}，地址{addr.spaced}。",
    "车主{name.tw}，車牌{plate}，請於<D>前繳清車貸。",
    "我是{name.minority}，我的QQ号{qq}被催收拉进群了，怎么办？",
    "债权人{name}委托我所向{name}催告，请于<D>前支付<M>至{card.plain}。",
    "{name.pinyin}的邮箱是{email}，催收已经发了三封邮件。",
    "客户{name.rare}，贷款编号{acct}，抵押车辆{plate}，请知悉。",
]

T_ALL = T_EXTRA + T_COLLECT + T_SCAM + T_BANK + T_FAMILY + T_MISC

NEG = [
    "您的账户已严重逾期，请高度重视，尽快处理。",
    "请于周末前还款，否则将影响您的征信记录。",
    "【<P>】您本期账单金额<M>，请于<D>前还款，回T退订。",
    "【<B>】温馨提示：近期诈骗高发，请勿向陌生人透露短信验证码，客服热线95588。",
    "王牌催收团队提醒您：逾期<N>天，已进入法务程序。",
    "请勿张贴、转发本短信内容，违者自负。",
    "今年李子大丰收，价格每斤3元，欢迎到果园采摘。",
    "黄金价格上涨，<B>积存金业务限时优惠。",
    "石家庄市高新区人民法院诉讼服务中心提醒：诉前调解可节省时间。",
    "【12368】您好，您的案件已立案，请关注人民法院短信通知。",
    "马上消费金融提醒：您的账单已出，最低还款额<M>。",
    "方便的话请登录<P>APP查看还款计划，如有疑问请拨打官方客服。",
    "白条、金条均可申请分期，详情见京东金融APP。",
    "安全提醒：国家金融监督管理总局从未委托任何机构办理注销校园贷业务。",
    "温馨提示：本金<M>，利息和违约金已暂停计算，请尽快协商。",
    "高度重视！逾期将被列入失信被执行人名单，限制高消费。",
    "周一至周日9:00-21:00，人工客服为您服务，热线95533。",
    "何时还款都可以联系官方客服，切勿相信第三方代还。",
    "于是我们决定启动诉讼程序，律师函将寄送至户籍所在地。",
    "程序已进入立案审查阶段，传票将于近期送达。",
    "陈述申辩期为7个工作日，逾期视为放弃。",
    "钱款已到账，请注意查收，如非本人操作请致电客服。",
    "向日葵远程软件不是银行官方工具，请勿下载。",
    "文件请用宋体小四号字，A4纸打印。",
    "余额不足，本次自动扣款失败，请于今日18点前存入足额资金。",
    "车贷逾期将影响车辆抵押解除，请按时还款。",
    "许可证号请查看国家金融监督管理总局官网。",
    "曾经逾期的记录会在结清后保留5年。",
    "江苏、浙江地区客户请拨打当地分行电话。",
    "韩国代购和唐朝古玩都是常见的诈骗话术。",
    "郑重声明：本公司不存在任何收取保证金的贷款业务。",
    "田地承包经营权不能作为网贷抵押物。",
    "常用联系人和紧急联系人不承担还款责任。",
    "任务刷单、兼职点赞都是诈骗，请提高警惕。",
    "欠款金额3.2万元，已严重逾期，请在48小时内处理。",
    "【中国人民银行征信中心】个人信用报告可通过官方网站免费查询。",
    "【国家反诈中心】接到自称客服要求转账的电话，立即挂断并拨打96110。",
    "<B>信用卡中心：您的分期申请已通过，首期手续费已减免。",
    "杨柳依依，又是一年还款季，别忘了按时还款哦。",
    "林业局和高新区管委会联合发布公告，与借贷无关。",
    "孙子兵法里说，知己知彼；了解你的权利才能应对催收。",
    "朱红色的印章才是法院文书的正式样式，复印件无效。",
    "曾用名、工作单位、居住地址等信息请勿在网上公开。",
    "短信验证码是您的重要信息，切勿告知他人，包括自称客服的人员。",
    "请通过官方渠道还款，不要转账到个人账户。",
    "本息合计<M>，逾期天数<N>天，罚息按日万分之五计算。",
    "催收人员不得在晚上10点到早上8点之间拨打电话。",
    "您可拨打12378或12363投诉暴力催收行为。",
    "人民法院不会通过短信要求转账，接到此类短信请报警。",
    "【<P>】您的借款已结清，感谢您的信任。",
    "律师函、传票、立案通知书都需加盖公章才有效。",
    "万元以下的小额欠款通常通过调解解决。",
    "招商银行信用卡中心客服热线400-820-5555，请认准官方号码。",
    "高速、高铁、飞机等高消费行为会被限制。",
    "周末也可以通过APP办理还款，实时到账。",
    "马上还款可免除部分违约金，机会难得。",
    "金额有误请联系原借款平台核对，不要自行转账。",
    "黄昏时分上门催收属于违规行为，可以报警。",
    "【12321】网络不良与垃圾信息举报受理中心提醒您：谨防冒充公检法诈骗。",
    "东方明珠门票和王府井购物卡都不能用来抵债。",
    "司法程序开始后，财产保全、冻结、查封都有可能发生。",
    "上门外访需出示工作证，您有权拒绝陌生人进入住宅。",
    "诸多网贷平台已纳入征信，逾期记录会影响房贷审批。",
    "【<B>】您的账户变动：支出<M>，余额充足。",
    "请于本周五前联系法务部协商个性化分期方案。",
    "来自郑州市、武汉市、长沙市的客户请注意当地方言客服已上线。",
    "【<P>】温馨提示：还款日前3天会发送提醒，请保持手机畅通。",
    "逾期未还可能被起诉，法院判决后将强制执行。",
    "高新区法院、经开区法院均可受理网贷纠纷。",
    "安排专员回访是正常流程，如有疑问拨打官方客服。",
    "您的快递已到达驿站，请凭取件码取件。",
]


def build_heldout(target_pos=405, target_neg=72):
    recs = []
    texts = set()
    # cycle through templates so that every template is used several times
    order = []
    while len(order) < target_pos * 2:
        block = T_ALL[:]
        rng.shuffle(block)
        order.extend(block)
    i = 0
    while len([r for r in recs if r["pii"]]) < target_pos:
        t = order[i]
        i += 1
        text, pii = render(t)
        if text in texts or not pii:
            continue
        # sanity: each value appears; values do not accidentally overlap other values oddly
        for p in pii:
            assert p["value"] in text, (p, text)
        texts.add(text)
        recs.append({"text": text, "pii": pii})
    neg_pool = NEG[:]
    tries = 0
    negs = []
    while len(negs) < target_neg and tries < 5000:
        tries += 1
        t = rng.choice(neg_pool)
        if rng.random() < 0.35:
            t = t + rng.choice(NEG)
        text = fill_common(t)
        if text in texts:
            continue
        texts.add(text)
        negs.append({"text": text, "pii": []})
    recs.extend(negs)
    rng.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        sender = pick_sender(r["text"])
        out.append({"id": f"h-{n:04d}", "text": r["text"], "sender": sender, "pii": r["pii"]})
    return out


def pick_sender(text):
    r = rng.random()
    if r < 0.3:
        return None
    if r < 0.5:
        return rng.choice(["95588", "95533", "95555", "95599", "95566", "95511", "12368"])
    if r < 0.75:
        return "1069" + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
    if r < 0.9:
        return mobile_digits()  # sender field only; not part of text, not listed in pii
    return "+86" + mobile_digits()

# ---------------------------------------------------------------- preserve list
P_WORDS = """
严重逾期 高度重视 请于周末前还款 万元 催收 法务部 征信中心 人民法院 工商银行 招商银行信用卡中心
客服热线95588 本金 利息 违约金 分期 逾期天数 短信验证码 还款日 借呗 花呗 京东金融
国家金融监督管理总局 中国人民银行 最后通知 立即处理 户籍所在地 紧急联系人 律师函 诉讼 传票 立案
罚息 滞纳金 手续费 服务费 账单 最低还款额 账单日 宽限期 年化利率 征信报告 征信记录 不良记录
失信被执行人 限制高消费 强制执行 财产保全 冻结 查封 扣押 起诉 开庭 判决书 调解书 催收函
上门催收 外访 家访 通讯录 工作单位 居住地 协商还款 停息挂账 个性化分期 延期还款 减免 结清证明
验证码 动态密码 安全提示 风险提示 温馨提示 恶意拖欠 拒不还款 逃废债 信用卡透支 恶意透支
信用卡诈骗罪 刑事责任 民事责任 法律后果 法律程序 司法程序 诉前调解 委外催收 资产管理公司
债权转让 债务重组 银行流水 收款账户 对公账户 官方渠道 客服热线 人工服务 回复TD退订 拒收请回复R
退订回T 借款合同 电子合同 借款人 出借人 担保人 保证人 债务人 债权人 被执行人 申请执行人 原告 被告
第三人 代理律师 法定代表人 诉讼费 保全费 执行费 律师费 公证处 仲裁 仲裁裁决 支付令 执行通知书
限高令 黑名单 老赖 信用修复 征信修复 征信异议 个人信用报告 企业信用报告 百行征信 朴道征信
网贷 网络借贷 消费金融 小额贷款 助贷 联合贷款 现金贷 信用贷 抵押贷 房贷 车贷 经营贷 装修贷
学生贷 校园贷 套路贷 高利贷 砍头息 暴力催收 软暴力 爆通讯录 骚扰电话 冒充公检法 安全账户
屏幕共享 远程协助 注销账户 刷单返利 杀猪盘 冒充客服 冒充领导 冒充熟人 退款理赔 快递理赔
投资理财 虚拟货币 博彩 反诈 反诈中心 国家反诈中心APP 96110 110 12321 12368 12378 12363 12315 12345
账户冻结 账户解冻 额度提升 额度冻结 提前还款 部分还款 全额还款 自动扣款 扣款失败 还款成功
还款提醒 逾期提醒 账单提醒 到期提醒 入账通知 支出通知 交易提醒 余额不足 余额充足 可用额度
信用额度 临时额度 取现额度 分期手续费 账单分期 现金分期 循环利息 复利 日利率 月利率 年利率
""".split()
SURNAME_WORDS = """
王牌 王者荣耀 王府井 王国 张贴 张望 张开 张家界 李子 李子柒饮品 黄金 黄色 黄昏 黄河 高度 高新区 高速 高铁
高峰期 高利贷 周末 周一 周二 周三 周四 周五 周六 周日 周期 周年 周转 周边 马上 马路 马虎 马上消费金融
方便 方案 方式 方向 方法 白条 白天 白银 金条 金额 金融 金山 金卡 安全 安排 安心 安徽 杨柳 朱红 林业
林场 何时 何必 何况 于是 于今 程序 程度 陈述 陈旧 陈列 孙子 钱款 钱包 钱庄 向日葵 向您 向前 文件 文明
文字 宋体 余额 余款 余数 车贷 车险 车位 许可 许多 许可证 曾经 温馨提示 温度 江苏 江西 江河 韩国 唐朝
郑重 郑州 田地 田园 常用 常规 常州 任务 任何 任性付 万元 万一 万达 石家庄 石油 石头 谢谢 谢绝 付款
付清 毛利 毛病 胡乱 苏州 苏宁 叶子 杜绝 夏天 钟表 汪洋 姜汤 范围 熊猫 陆续 康复 秦朝 史上 顾客 龙头
段落 雷霆 汤圆 黎明 易于 武汉 乔迁 贺卡 赖账 欧洲 欧元 东方 东方明珠 上海 上门 上传 公安 公司 公积金
包括 包含 成功 成本 原件 原因 连续 连带责任 关于 关注 简单 简称 华夏银行 平安 平安银行 信用 和解 全额
明天 明细 应还 邮政 邮箱地址 罗列 严格 严肃 施工 牛市 洪水 孔雀 曹操出行 彭湃 吕梁 齐全 龚滩古镇
尹湾 柏树 水费 窦娥冤 章程 云闪付 苗木 花费 凤凰 鲍鱼 史诗 唐山 费用 岑溪 薛定谔 雷达 贝壳 蒋介石故居
""".split()
# remove the one name-like entry accidentally typed above
SURNAME_WORDS = [w for w in SURNAME_WORDS if w not in ("蒋介石故居", "李子柒饮品", "彭湃", "薛定谔")]

INSTITUTIONS = """
中国工商银行 中国建设银行 中国农业银行 中国银行 交通银行 招商银行 浦发银行 中信银行 光大银行 华夏银行
民生银行 广发银行 平安银行 兴业银行 中国邮政储蓄银行 邮储银行 北京银行 上海银行 江苏银行 宁波银行
浙商银行 渤海银行 恒丰银行 微众银行 网商银行 农村信用社 农商银行 国家开发银行 中国进出口银行
国家金融监督管理总局 中国人民银行 中国人民银行征信中心 中国证监会 中国互联网金融协会 公安部
最高人民法院 最高人民检察院 人民检察院 公安局 派出所 司法局 律师事务所 调解中心 北京互联网法院
杭州互联网法院 广州互联网法院 深圳国际仲裁院 上海金融法院 北京金融法院 中国银行业协会
蚂蚁集团 支付宝 微信支付 财付通 京东科技 美团金融 度小满金融 字节跳动 抖音支付 腾讯客服
马上消费金融股份有限公司 招联消费金融 中邮消费金融 捷信消费金融 兴业消费金融 中银消费金融
平安普惠 拍拍贷 信也科技 360数科 乐信 分期乐 洋钱罐 小赢科技 众安保险 人保财险 平安保险
""".split()
HOTLINES = ["客服热线95588", "工商银行95588", "建设银行95533", "农业银行95599", "中国银行95566",
            "交通银行95559", "招商银行95555", "浦发银行95528", "中信银行95558", "光大银行95595",
            "华夏银行95577", "民生银行95568", "广发银行95508", "平安银行95511", "兴业银行95561",
            "邮储银行95580", "诉讼服务热线12368", "举报电话12321", "投诉热线12378",
            "征信中心客服400-810-8866", "招商银行信用卡400-820-5555", "中信银行信用卡400-889-5558",
            "广发信用卡400-830-8003", "浦发信用卡400-820-8788", "兴业信用卡400-889-5561",
            "反诈专线96110", "支付宝客服95188", "微信支付客服95017", "京东客服950618", "美团客服10107888"]
BANK_DEPTS = ["信用卡中心", "客服中心", "个人金融部", "风险管理部", "资产保全部", "零售信贷部",
              "营业部", "贷后管理部", "信用卡催收部", "消费者权益保护部"]
PLACES = ["石家庄", "郑州", "武汉", "长沙", "南京", "杭州", "深圳", "广州", "成都", "重庆",
          "西安", "济南", "青岛", "合肥", "南昌", "福州", "厦门", "昆明", "贵阳", "南宁",
          "乌鲁木齐", "兰州", "银川", "西宁", "拉萨", "呼和浩特", "太原", "沈阳", "长春", "哈尔滨",
          "天津", "北京", "上海", "海口", "苏州", "无锡", "常州", "温州", "东莞", "佛山"]
COURT_KINDS = ["中级人民法院", "人民法院", "仲裁委员会", "公安局", "人民检察院", "金融纠纷调解中心"]
STATES = ["已严重逾期", "已逾期", "已逾期30天", "存在逾期", "已被冻结", "已结清", "即将到期",
          "已进入催收阶段", "已移交法务部", "已提交诉讼", "已列入失信名单", "已被限制使用"]
SUBJECTS = ["您的账户", "您的借款", "您的信用卡", "您的贷款", "您名下的欠款", "您的白条",
            "您的花呗", "您的借呗", "您的分期账单", "本期账单", "您的车贷", "您的房贷"]
ACTIONS = ["请尽快处理", "请立即还款", "请于今日内处理", "请于周末前还款", "请高度重视",
           "请及时联系官方客服", "请勿轻信陌生来电", "请按时还款", "请登录APP查看",
           "请前往就近网点办理", "请通过官方渠道还款", "否则将影响征信"]
THREATS = ["将上报征信系统", "将启动诉讼程序", "将移交第三方催收", "将产生罚息和违约金",
           "将被列入失信被执行人名单", "将被限制高消费", "将承担相应法律责任", "将影响子女就学",
           "法院将依法强制执行", "律师函将寄送至户籍所在地"]
LEGAL = """
依据《中华人民共和国民法典》 根据《民事诉讼法》相关规定 《刑法》第一百九十六条 《个人信息保护法》
《互联网金融逾期债务催收自律公约》 《商业银行信用卡业务监督管理办法》 借款合同纠纷 信用卡纠纷
金融借款合同纠纷 民间借贷纠纷 小额诉讼程序 简易程序 普通程序 缺席判决 公告送达 电子送达 举证期限
答辩期 上诉期 执行和解 终结本次执行 恢复执行 司法拘留 罚款 拒执罪 拒不执行判决裁定罪 诈骗罪
非法拘禁 寻衅滋事 侵犯公民个人信息罪 催收非法债务罪 合同约定 违约责任 诉讼时效 管辖法院
送达地址确认书 起诉状 答辩状 证据清单 授权委托书 开庭通知 应诉通知书 举证通知书 民事裁定书
民事判决书 执行裁定书 限制消费令 财产报告令 失信决定书 网络查控 司法网拍 评估拍卖
""".split()
WARN = """
谨防电信诈骗 不要点击陌生链接 不要下载陌生APP 不要开启屏幕共享 公检法不会电话办案
银行不会索要验证码 不要向安全账户转账 注销校园贷是诈骗 征信不能花钱修复 官方不会私下收款
陌生来电请核实身份 遇到暴力催收请保留证据 可以向监管部门投诉 可以拨打110报警 通话可以录音
保护好个人信息 不要借新还旧 理性借贷 量入为出 按时还款珍惜信用 警惕高息诱惑 警惕代理维权
""".split()
TIMES = ["今日", "明日", "24小时内", "48小时内", "3个工作日内", "本月底前", "下午五点前",
         "工作日9:00-18:00", "节假日", "春节前", "国庆期间", "周末前", "下周一前", "月底之前",
         "今天18点前", "七日内", "十五日内", "三十日内"]
AUTHORITIES = ["国家反诈中心", "人民法院", "公安机关", "中国人民银行", "国家金融监督管理总局",
               "消费者权益保护部", "中国互联网金融协会", "12321举报中心", "银行业协会", "当地金融办"]
AMOUNTS = ["3万元", "5000元", "1.5万元", "12,345.67元", "980元", "20万元", "金额较大", "万元以上"]


def build_preserve(minimum=2000):
    lines: list[str] = []
    seen: set[str] = set()

    def add(s):
        s = s.strip()
        if s and s not in seen:
            seen.add(s)
            lines.append(s)

    for w in P_WORDS + SURNAME_WORDS + INSTITUTIONS + HOTLINES + PLATFORMS:
        add(w)
    for b in BANKS:
        for d in BANK_DEPTS:
            add(b + d)
    for p in PLACES:
        for c in COURT_KINDS:
            add(p + "市" + c if p not in ("北京", "上海", "天津", "重庆") or c != "中级人民法院"
                else p + "市第一" + c)
    for s in SUBJECTS:
        for st in STATES:
            add(f"{s}{st}")
    for s in SUBJECTS:
        for st in STATES[:6]:
            for a in ACTIONS[:6]:
                add(f"{s}{st}，{a}")
    for t in THREATS:
        add(f"逾期不还{t}")
        add(f"如不及时处理，{t}")
    for p in PLATFORMS:
        add(f"【{p}】温馨提示")
        add(f"{p}逾期")
        add(f"{p}账单已出")
        for a in AMOUNTS[:4]:
            add(f"{p}欠款{a}")
    for w in SURNAME_WORDS:
        add(f"关于{w}")
    for a in ACTIONS:
        add(a)
        add(f"温馨提示：{a}")
    for h in HOTLINES:
        add(f"如有疑问请致电{h}")
    for w in LEGAL + WARN + TIMES:
        add(w)
    for a in AUTHORITIES:
        add(a)
        for w in WARN:
            add(f"{a}提醒：{w}")
    for t in TIMES:
        for a in ACTIONS:
            add(f"请于{t}处理" if a == ACTIONS[0] else f"{t}，{a}")
    for w in LEGAL:
        add(f"本案属于{w}" if w.endswith("纠纷") else f"关于{w}的说明")
    rng2 = random.Random(SEED + 7)
    while len(lines) < minimum + 300:
        add(f"{rng2.choice(SUBJECTS)}{rng2.choice(STATES)}，{rng2.choice(THREATS)}，{rng2.choice(ACTIONS)}")
    return lines


def main():
    if not OUT_DIR.is_dir():
        sys.exit("run from the repository root (tests/data must exist)")
    recs = build_heldout()
    with HELDOUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pres = build_preserve()
    PRESERVE.write_text("\n".join(pres) + "\n", encoding="utf-8")
    c = Counter(p["kind"] for r in recs for p in r["pii"])
    print(f"{HELDOUT}: {len(recs)} records, {sum(1 for r in recs if not r['pii'])} without pii")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")
    print(f"{PRESERVE}: {len(pres)} lines")


if __name__ == "__main__":
    main()
