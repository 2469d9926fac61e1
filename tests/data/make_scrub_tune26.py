#!/usr/bin/env python3
"""Tuning corpus 26 for the personal-data scrubber (blind writer).

Standard library only.  Deterministic: SEED = 20261226, one random.Random(SEED)
for the records, one random.Random(SEED + 1) for the preserve list.  No set is
ever iterated (sets are used for membership tests only).

Output folder: env TUNE26_OUT_DIR (default: this script's folder; the writer
used /tmp/s26). Dedupe folder: env TUNE26_DEDUPE_DIR (default: this script's
folder); the dedupe prints counts only.
"""
import json
import os
import random
import re
import sys

SEED = 20261226
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE26_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE26_DEDUPE_DIR", HERE)
OWN = ("scrub_tune26.jsonl", "scrub_tune26_preserve.txt")

rng = random.Random(SEED)
prng = random.Random(SEED + 1)


def nows(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- dedupe data
def load_other():
    texts, plines = [], []
    if not os.path.isdir(DEDUPE_DIR):
        return texts, plines, 0
    nfiles = 0
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or fn in OWN:
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        texts.append(json.loads(line).get("text", ""))
                    except ValueError:
                        pass
        elif fn.endswith(".txt") and "preserve" in fn:
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if line.strip():
                        plines.append(line)
    return texts, plines, nfiles


OTHER_TEXTS, OTHER_PLINES, OTHER_NFILES = load_other()
OTHER_TEXT_KEYS = set(nows(t) for t in OTHER_TEXTS)
OTHER_PLINE_KEYS = set(nows(t) for t in OTHER_PLINES)
OTHER_PRESERVE_BLOB = "\n".join(nows(t).lower() for t in OTHER_PLINES)

# ================================================================ name tables
COMMON_SUR = [
    ("王", 72), ("李", 70), ("张", 66), ("刘", 54), ("陈", 46), ("杨", 31),
    ("黄", 24), ("赵", 23), ("吴", 21), ("周", 21), ("徐", 17), ("孙", 15),
    ("马", 15), ("朱", 14), ("胡", 13), ("郭", 13), ("何", 12), ("林", 12),
    ("高", 12), ("罗", 11), ("郑", 10), ("梁", 10), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7), ("曹", 7),
    ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 6), ("潘", 5),
    ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5), ("于", 5), ("杜", 5),
    ("叶", 5), ("程", 5), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4),
    ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4), ("姜", 4),
    ("崔", 4), ("谭", 3), ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3),
    ("石", 3), ("金", 3), ("贾", 3), ("夏", 3), ("付", 3), ("方", 3),
    ("邹", 3), ("熊", 3), ("白", 3), ("孟", 3), ("秦", 3), ("邱", 3),
    ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2),
    ("雷", 2), ("龙", 2), ("黎", 2), ("史", 2), ("陶", 2), ("贺", 2),
    ("毛", 2), ("郝", 2), ("顾", 2), ("龚", 2), ("邵", 2), ("万", 2),
    ("武", 2), ("钱", 2), ("戴", 2), ("严", 2), ("孔", 2), ("向", 2),
    ("常", 2), ("汤", 2), ("康", 2), ("易", 2), ("乔", 2), ("赖", 2),
    ("文", 1), ("施", 1), ("洪", 1), ("辛", 1), ("柯", 1), ("庄", 1),
    ("牛", 1), ("温", 1), ("樊", 1), ("兰", 1), ("殷", 1), ("葛", 1),
    ("章", 1), ("鲍", 1), ("祝", 1), ("左", 1), ("涂", 1), ("岳", 1),
    ("连", 1), ("从", 1), ("但", 1), ("过", 1), ("时", 1), ("成", 1),
]
RARE_SUR = ["郦", "晁", "冷", "阮", "蔺", "桂", "揭", "郜", "苟", "敖", "雍",
            "璩", "缑", "母", "甄", "闵", "艾", "茅", "封", "卞", "麦", "蒲",
            "相", "归", "满", "勾", "宗", "扈", "郇", "校"]
COMPOUND_SUR = ["钟离", "公羊", "百里", "东郭", "濮阳", "万俟", "申屠", "太史",
                "司空", "左丘", "拓跋", "轩辕", "独孤", "欧阳", "司马", "上官"]

GIVEN = {
    ("elder", "M"): ["建国", "建军", "国庆", "卫东", "德明", "长顺", "福贵", "保国",
                     "红军", "振华", "永福", "学文", "树林", "春生", "金宝", "根生",
                     "守仁", "德胜", "广田", "富贵", "庆丰", "志远", "炳坤", "忠",
                     "福", "山", "义"],
    ("elder", "F"): ["秀英", "桂兰", "淑珍", "玉兰", "凤英", "桂芳", "秀兰", "翠花",
                     "素芬", "金凤", "玉珍", "美华", "春梅", "月娥", "秀珍", "桂香",
                     "凤兰", "淑芬", "玉芝", "兰", "英", "珍"],
    ("adult", "M"): ["伟", "强", "磊", "军", "勇", "涛", "斌", "鹏", "超", "志刚",
                     "海涛", "俊杰", "晓东", "建华", "立新", "文斌", "明辉", "剑锋",
                     "永强", "国栋", "振宇", "宏伟", "海波", "卫国", "东升", "少华",
                     "新民", "光明", "晓峰", "长青"],
    ("adult", "F"): ["芳", "娜", "静", "敏", "丽", "燕", "霞", "艳", "婷", "丽娟",
                     "海燕", "晓燕", "雪梅", "春燕", "红霞", "玉梅", "丽萍", "小红",
                     "慧敏", "晓丽", "莉莉", "秋月", "艳红", "美玲", "凤霞", "文君"],
    ("young", "M"): ["浩然", "子轩", "宇航", "俊豪", "梓豪", "博文", "嘉豪", "天佑",
                     "昊天", "皓轩", "宇轩", "晨阳", "奕辰", "俊熙", "铭泽", "泽宇",
                     "锦程", "睿", "哲", "航"],
    ("young", "F"): ["欣怡", "梓涵", "诗涵", "雨桐", "可欣", "佳琪", "梦瑶", "思彤",
                     "紫萱", "子涵", "语嫣", "若曦", "雨欣", "佳怡", "梓萌", "诗琪",
                     "欣", "悦", "彤"],
}
GEN_W = [("elder", 25), ("adult", 50), ("young", 25)]
BIRTH = {"elder": (1948, 1966), "adult": (1967, 1990), "young": (1991, 2005)}

# names that are also ordinary words (group "wordname"); kept out of preserve
WORD_NAMES = [("高明", "M"), ("金山", "M"), ("林立", "M"), ("向前", "M"),
              ("江河", "M"), ("严明", "M"), ("周全", "M"), ("马力", "M"),
              ("万里", "M"), ("于洋", "M"), ("方正", "M"), ("高尚", "M"),
              ("田园", "F"), ("陆地", "M"), ("任重", "M"), ("许诺", "F"),
              ("贺喜", "M"), ("和平", "M"), ("向荣", "M"), ("余生", "M"),
              ("温暖", "F"), ("安康", "M"), ("常乐", "F"), ("成才", "M"),
              ("唐诗", "F"), ("时光", "M"), ("夏至", "F")]

YI_CLAN = ["阿苏", "吉克", "沙马", "阿牛", "海来", "马海", "曲比", "俄底", "吉伍",
           "勒格", "阿约", "日火", "吉木", "罗洪", "阿的", "瓦其", "阿侯", "沙玛"]
YI_GIVEN = {"M": ["拉哈", "尔布", "伍呷", "木呷", "阿木", "日哈", "拉格", "石者",
                  "尔古", "伍各", "木乃", "子哈"],
            "F": ["阿依", "阿芝", "拉莫", "史日", "伍合", "阿呷", "依作", "石各",
                  "尔莫", "阿果", "以莫", "日果"]}
DAI_GIVEN = {"M": ["温", "罕", "应", "叫", "帕", "保", "香", "光", "扁", "坎",
                   "恩", "砍", "温香", "罕保", "应叫"],
             "F": ["香", "罕", "应", "叫", "儿", "波", "喃", "坎", "丙", "燕",
                   "儿罕", "香叫", "喃应"]}
ETH = {
    # key: (chinese ethnic name, area codes for IDs, surnames or None)
    "naxi": ("纳西", ["530702", "530721"], ["和"] * 7 + ["木"] * 2 + ["杨"]),
    "yi": ("彝", ["513401", "513431", "513432"], None),
    "hui": ("回", ["640104", "640302", "622901"],
            ["马"] * 6 + ["哈", "纳", "撒", "海", "丁", "穆", "锁", "沙", "白"]),
    "manchu": ("满", ["130826", "211422", "220183"],
               ["关", "佟", "那", "赫", "索", "肇", "郎", "富", "鄂", "关"]),
    "dai": ("傣", ["532801", "532822", "533102"], None),
    "bai": ("白", ["532901", "532930", "532932"],
            ["段", "杨", "赵", "字", "尹", "李", "苏", "董", "字", "段"]),
    "zhuang": ("壮", ["450102", "451002", "451202"],
               ["韦", "覃", "蓝", "农", "莫", "黄", "陆", "梁", "韦", "覃"]),
    "miao": ("苗", ["522601", "522623", "433124"],
             ["龙", "吴", "石", "杨", "麻", "滕", "欧", "麻", "龙"]),
    "tujia": ("土家", ["422801", "433101", "500241"],
              ["向", "田", "彭", "覃", "冉", "谭", "向", "冉"]),
    "yao": ("瑶", ["451123", "441882", "431129"],
            ["盘", "邓", "赵", "冯", "李", "盘", "盘"]),
    "dong": ("侗", ["522631", "431229", "451226"],
             ["吴", "杨", "石", "龙", "粟", "欧", "粟"]),
}
ETH_KEYS = ["naxi", "yi", "hui", "manchu", "dai", "bai", "zhuang", "miao",
            "tujia", "yao", "dong"]
MANCHU_CLAN = ["爱新觉罗", "叶赫那拉", "瓜尔佳", "钮祜禄", "富察"]

HAN_AREAS = [("110105", "北京市朝阳区"), ("310115", "上海市浦东新区"),
             ("440106", "广州市天河区"), ("510107", "成都市武侯区"),
             ("530102", "昆明市五华区"), ("320102", "南京市玄武区"),
             ("420106", "武汉市武昌区"), ("370102", "济南市历下区"),
             ("410105", "郑州市金水区"), ("330106", "杭州市西湖区"),
             ("610113", "西安市雁塔区"), ("430104", "长沙市岳麓区"),
             ("350203", "厦门市思明区"), ("500103", "重庆市渝中区"),
             ("130102", "石家庄市长安区"), ("340104", "合肥市蜀山区")]

PY_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"),
          ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"),
          ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"),
          ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("林", "lin"),
          ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("宋", "song")]
PY_GIVEN = [("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"),
            ("芳", "fang"), ("静", "jing"), ("敏", "min"), ("婷", "ting"),
            ("志刚", "zhigang"), ("海涛", "haitao"), ("晓东", "xiaodong"),
            ("建华", "jianhua"), ("丽娟", "lijuan"), ("海燕", "haiyan"),
            ("雪梅", "xuemei"), ("春燕", "chunyan"), ("红霞", "hongxia"),
            ("俊杰", "junjie"), ("浩然", "haoran"), ("子轩", "zixuan"),
            ("欣怡", "xinyi"), ("梓涵", "zihan"), ("雨桐", "yutong"),
            ("博文", "bowen"), ("佳琪", "jiaqi"), ("宇航", "yuhang")]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if x <= acc:
            return v
    return pairs[-1][0]


# ============================================================ value helpers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_PFX = ["622202", "621700", "622848", "621661", "622588", "623668",
            "622700", "621226", "622609", "621483", "622908", "625965"]
MOB_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139",
           "150", "151", "152", "153", "155", "157", "158", "159", "166",
           "173", "177", "180", "181", "182", "183", "185", "186", "187",
           "188", "189", "191", "193", "198", "199"]
CN_DIG = "零一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
PLATE_PROV = [("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"),
              ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"),
              ("云", "ACDEFGHJKLMNPQRS"), ("湘", "ABCDEFGHJKLMNU"),
              ("鄂", "ABCDEFGHJKLMNPQRS"), ("桂", "ABCDEFGHJKLMNPR"),
              ("黔", "ABCDEFGHJ"), ("宁", "ABCDE"), ("冀", "ABCDEFGHJRT"),
              ("豫", "ABCDEFGHJKLMNPQRSU"), ("浙", "ABCDEFGHJKL")]
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

CITY_ROADS = [
    ("成都市武侯区", ["科华北路", "玉林南路", "武侯祠大街", "棕北路"]),
    ("昆明市五华区", ["青年路", "翠湖南路", "龙翔街", "人民中路"]),
    ("南宁市兴宁区", ["民族大道", "朝阳路", "长堽路", "望州路"]),
    ("大理市", ["人民路", "复兴路", "苍山西路", "洱河南路"]),
    ("丽江市古城区", ["福慧路", "香格里大道", "玉雪大道", "长水路"]),
    ("西昌市", ["三岔口南路", "胜利路", "长安路", "航天大道"]),
    ("银川市兴庆区", ["解放东街", "新华东街", "清和南街", "丽景北街"]),
    ("景洪市", ["宣慰大道", "嘎兰南路", "勐泐大道", "曼听路"]),
    ("恩施市", ["施州大道", "航空大道", "舞阳大街", "金桂大道"]),
    ("凯里市", ["北京东路", "韶山南路", "营盘东路", "宁波路"]),
    ("郑州市金水区", ["农业路", "花园路", "纬五路", "经三路"]),
    ("武汉市武昌区", ["中北路", "徐东大街", "中山路", "和平大道"]),
    ("长沙市岳麓区", ["麓山南路", "桐梓坡路", "金星中路", "枫林三路"]),
    ("西安市雁塔区", ["小寨西路", "长安南路", "科技路", "含光路"]),
]
ESTATES = ["翠湖花园", "锦绣家园", "阳光新城", "金色港湾", "幸福里", "紫薇苑",
           "滨江一号", "天骄名城", "凤凰城", "书香苑", "铂悦府", "绿地新都会"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行",
         "邮储银行", "浦发银行", "兴业银行", "平安银行", "民生银行", "中信银行"]
PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "美团借钱", "分期乐", "安逸花",
         "360借条", "有钱花", "度小满", "拍拍贷", "招联金融", "马上消费", "洋钱罐",
         "宜人贷", "还呗", "众安贷", "小赢卡贷"]
SHORTS = ["95588", "95533", "95599", "95566", "95555", "95559", "95580",
          "95561", "95511", "95568", "95558"]


# ================================================================ record
class Rec:
    def __init__(self, r, used_names, preserve_blob):
        self.r = r
        self.vals = []  # (kind, value) in registration order
        self.used = used_names
        self.pblob = preserve_blob
        self.sender = None
        self.meta = {"forms": [], "minor": []}

    def reg(self, kind, value):
        if (kind, value) not in self.vals:
            self.vals.append((kind, value))
        return value

    # ------------------------------------------------------------ names
    def _name_ok(self, full, word=False):
        key = nows(full).lower()
        if full in self.used or any(full == v for k, v in self.vals):
            return False
        if key in self.pblob or key in NONE_BLOB:
            return False
        if not word and key in OTHER_PRESERVE_BLOB:
            Rec.rejects_other += 1
            return False
        for k, v in self.vals:  # no name inside another name of the record
            if k == "name" and (full in v or v in full):
                return False
        return True

    rejects_other = 0

    def person(self, kind="mix", sex=None, gen=None, sur=None, reg=True):
        r = self.r
        for _ in range(400):
            p = self._draw(kind, sex, gen, sur)
            if p and self._name_ok(p["full"], word=(p["form"] == "word")):
                if reg:
                    self.reg("name", p["full"])
                    self.used.add(p["full"])
                    self.meta["forms"].append(p["form"])
                return p
        raise RuntimeError("name draw failed: %s" % kind)

    def _draw(self, kind, sex, gen, sur):
        r = self.r
        sex = sex or r.choice("MF")
        gen = gen or wchoice(r, GEN_W)
        if kind == "mix":
            x = r.random()
            if x < 0.70:
                kind = "han"
            elif x < 0.77:
                kind = "compound"
            elif x < 0.84:
                kind = "rare"
            else:
                kind = r.choice(ETH_KEYS)
        area = r.choice(HAN_AREAS)[0]
        eth = "汉"
        if kind in ("han", "compound", "rare"):
            if sur is None:
                if kind == "han":
                    sur = wchoice(r, COMMON_SUR)
                elif kind == "compound":
                    sur = r.choice(COMPOUND_SUR)
                else:
                    sur = r.choice(RARE_SUR)
            given = r.choice(GIVEN[(gen, sex)])
            full = sur + given
            form = kind
        elif kind == "word":
            full, sex = r.choice(WORD_NAMES)
            sur, given = full[0], full[1:]
            gen = "adult"
            form = "word"
        elif kind == "pinyin":
            s, sp = r.choice(PY_SUR)
            g, gp = r.choice(PY_GIVEN)
            style = r.randrange(5)
            if style == 0:
                full = sp + gp
            elif style == 1:
                full = (sp + " " + gp).upper()
            elif style == 2:
                full = sp.capitalize() + " " + gp.capitalize()
            elif style == 3:
                full = gp.capitalize() + " " + sp.capitalize()
            else:
                full = sp + " " + gp
            sur, given = sp, gp
            form = "pinyin"
        else:
            eth, areas, surs = ETH[kind]
            area = r.choice(areas)
            form = "eth:" + kind
            if kind == "yi":
                sur = r.choice(YI_CLAN)
                given = r.choice(YI_GIVEN[sex])
                full = sur + ("·" if r.random() < 0.3 else "") + given
            elif kind == "dai":
                if r.random() < 0.15:
                    sur = "刀"
                    given = r.choice(GIVEN[("adult", sex)])
                    full = sur + given
                else:
                    sur = None
                    given = ("岩" if sex == "M" else "玉") + r.choice(DAI_GIVEN[sex])
                    full = given
            elif kind == "manchu" and sur is None and r.random() < 0.3:
                sur = r.choice(MANCHU_CLAN)
                given = r.choice(GIVEN[(gen, sex)])
                if len(given) == 1:
                    given = given + r.choice("德恒昌文明")
                full = sur + "·" + given
            else:
                sur = sur if sur else r.choice(surs)
                gg = gen if gen != "young" or r.random() < 0.5 else "adult"
                given = r.choice(GIVEN[(gg, sex)])
                if kind == "yao" and sex == "F" and r.random() < 0.4:
                    given = r.choice("金春秀玉桂凤") + "妹"
                full = sur + given
        return {"full": full, "sur": sur, "given": given, "sex": sex,
                "gen": gen, "eth": eth, "area": area, "form": form,
                "kind": kind}

    def name(self, kind="mix", **kw):
        return self.person(kind, **kw)["full"]

    def kin(self, p, sex=None, gen=None, rel="child"):
        """A relative.  Children and siblings carry the family surname where
        Chinese naming would give it (Han, and minorities with Han-style
        surnames); Yi children carry the father's clan name; a spouse has
        an independent name."""
        k = p["kind"]
        if rel == "spouse":
            return self.person("han" if k in ("han", "compound", "rare", "word") else k, sex=sex, gen=gen)
        if k in ("han", "compound", "rare"):
            return self.person(k, sex=sex, gen=gen, sur=p["sur"])
        if k in ETH and ETH[k][2] and p["sur"] and "·" not in p["full"]:
            return self.person(k, sex=sex, gen=gen, sur=p["sur"])
        if k == "yi":
            for _ in range(200):
                q = self.person("yi", sex=sex, gen=gen, reg=False)
                full = p["sur"] + ("·" if "·" in p["full"] else "") + q["given"]
                if self._name_ok(full):
                    q = dict(q, full=full, sur=p["sur"])
                    self.reg("name", full)
                    self.used.add(full)
                    self.meta["forms"].append(q["form"])
                    return q
            raise RuntimeError("yi kin")
        return self.person(k if k in ETH else "han", sex=sex, gen=gen)

    # ------------------------------------------------------------ numbers
    def idn(self, p=None, fmt="plain"):
        r = self.r
        area = p["area"] if p else r.choice(HAN_AREAS)[0]
        gen = p["gen"] if p else wchoice(r, GEN_W)
        sex = p["sex"] if p else r.choice("MF")
        y0, y1 = BIRTH[gen]
        y = r.randint(y0, y1)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        s17 = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
        v = s17 + id_check(s17)
        if fmt == "space":
            v = v[:6] + " " + v[6:14] + " " + v[14:]
        elif fmt == "space4":
            v = v[:6] + " " + v[6:10] + " " + v[10:14] + " " + v[14:]
        elif fmt == "fw":
            v = v.translate(FW)
        elif fmt == "lowx" and v.endswith("X"):
            v = v[:-1] + "x"
        return self.reg("id_number", v)

    def mobile_raw(self):
        r = self.r
        return r.choice(MOB_PFX) + "".join(r.choice("0123456789") for _ in range(8))

    def phone(self, fmt=None):
        r = self.r
        m = self.mobile_raw()
        fmt = fmt or wchoice(r, [("plain", 60), ("sp", 12), ("dash", 10),
                                  ("p86", 6), ("p86sp", 5), ("dot", 4)])
        if fmt == "plain":
            v = m
        elif fmt == "sp":
            v = m[:3] + " " + m[3:7] + " " + m[7:]
        elif fmt == "dash":
            v = m[:3] + "-" + m[3:7] + "-" + m[7:]
        elif fmt == "p86":
            v = "+86" + m
        elif fmt == "p86sp":
            v = "+86 " + m[:3] + " " + m[3:7] + " " + m[7:]
        elif fmt == "dot":
            v = m[:3] + "." + m[3:7] + "." + m[7:]
        elif fmt == "cn":
            ds = "".join(("幺" if c == "1" and r.random() < 0.7 else CN_DIG[int(c)]) for c in m)
            v = ds[:3] + " " + ds[3:7] + " " + ds[7:]
        elif fmt == "fw":
            v = m.translate(FW)
        elif fmt == "split":  # 3-3-5, as some people write it
            v = m[:3] + " " + m[3:6] + " " + m[6:]
        return self.reg("phone", v)

    def landline(self):
        r = self.r
        code, n = r.choice([("028", 8), ("0871", 7), ("0771", 7), ("0872", 7),
                            ("0888", 7), ("0834", 7), ("0951", 7), ("0691", 7),
                            ("0718", 7), ("0855", 7), ("0371", 8), ("027", 8)])
        num = str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(n - 1))
        v = r.choice(["%s-%s", "（%s）%s", "%s %s", "(%s)%s"]) % (code, num)
        return self.reg("phone", v)

    def card(self, fmt=None):
        r = self.r
        pfx = r.choice(CARD_PFX)
        n = r.choice([16, 19, 19])
        body = pfx + "".join(r.choice("0123456789") for _ in range(n - 1 - len(pfx)))
        c = body + luhn_digit(body)
        fmt = fmt or wchoice(r, [("plain", 55), ("g4", 30), ("dash", 8), ("fw", 7)])
        if fmt == "g4":
            c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        elif fmt == "dash":
            c = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
        elif fmt == "fw":
            c = c.translate(FW)
        return self.reg("bank_card", c)

    def plate(self, prov=None):
        r = self.r
        pv = [x for x in PLATE_PROV if prov is None or x[0] == prov][0] if prov else r.choice(PLATE_PROV)
        letter = r.choice(pv[1])
        if r.random() < 0.25:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice(PLATE_CH) for _ in range(5))
            if not any(ch.isdigit() for ch in tail):
                tail = tail[:4] + r.choice("0123456789")
        sep = r.choice(["", "·", " ", "", "-"])
        return self.reg("plate", pv[0] + letter + sep + tail)

    def addr(self, style=None, city=None):
        r = self.r
        c, roads = city if city else r.choice(CITY_ROADS)
        road = r.choice(roads)
        no = r.randint(3, 388)
        style = style or r.choice(["full", "space", "estate", "yard"])
        est = r.choice(ESTATES)
        b, u, fl, rm = r.randint(1, 28), r.randint(1, 6), r.randint(1, 32), r.randint(1, 6)
        if style == "full":
            v = "%s%s%d号%s%d栋%d单元%d%02d室" % (c, road, no, est, b, u, fl, rm)
        elif style == "space":
            v = "%s %s %d号 %d栋 %d单元 %d%02d" % (c, road, no, b, u, fl, rm)
        elif style == "estate":
            v = "%s%s%d幢%d%02d" % (c, est, b, fl, rm)
        else:
            v = "%s%s%d号院%d号楼%d单元%d号" % (c, road, no, b, u, fl * 100 + rm)
        return self.reg("address", v)

    def village(self, county, town, vil):
        r = self.r
        v = "%s%s%s%d组%d号" % (county, town, vil, r.randint(1, 12), r.randint(1, 99))
        return self.reg("address", v)

    def acc(self, kind):
        r = self.r
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
        if kind == "contract":
            v = r.choice(["HT", "JK", "DK", "XF"]) + str(r.randint(2022, 2025)) + d(8)
        elif kind == "job":
            v = r.choice(["", "CS", "A"]) + d(r.choice([4, 5, 6]))
        elif kind == "order":
            v = "2025" + d(24)
        elif kind == "uid":
            v = d(10)
        elif kind == "case":
            v = "（2025）" + r.choice(["川0107", "云0102", "桂0102", "鄂2801"]) + "民初" + str(r.randint(100, 9999)) + "号"
        elif kind == "member":
            v = "M" + d(9)
        return self.reg("account", v)

    def wechat(self):
        r = self.r
        base = r.choice(["wxid_", "", ""])
        if base:
            v = base + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
        else:
            v = r.choice(["xiaoyu", "sunny", "lucky", "ahua", "tiantian", "mumu", "dabao"]) + r.choice(["_", "", "-"]) + str(r.randint(1970, 2010))
        return self.reg("wechat", v)

    def qq(self):
        r = self.r
        return self.reg("qq", str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.choice([7, 8, 9]))))

    def email(self):
        r = self.r
        user = r.choice(["hua", "lily", "jun", "xm", "tom", "yy", "kk"]) + str(r.randint(1, 999))
        return self.reg("email", user + "@" + r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com"]))

    # ------------------------------------------------------------ non-personal
    def amt(self, lo=200, hi=50000):
        r = self.r
        x = r.randint(lo, hi)
        if r.random() < 0.3:
            return "%d.%02d" % (x, r.randint(0, 99))
        if r.random() < 0.2:
            return "{:,}".format(x)
        return str(x)

    def date(self, style=None):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        style = style if style is not None else r.randrange(4)
        if style == 0:
            return "%d月%d日" % (m, d)
        if style == 1:
            return "%d年%d月%d日" % (r.randint(2023, 2025), m, d)
        if style == 2:
            return "%d.%d" % (m, d)
        return "%d月%d号" % (m, d)

    def tail4(self):
        return "".join(self.r.choice("0123456789") for _ in range(4))

    def gw(self):
        r = self.r
        return r.choice(["10690", "106980", "10655", "106575"]) + "".join(r.choice("0123456789") for _ in range(r.choice([6, 7, 8])))


# ============================================================ templates
# Each template: f(x) -> text.  x is a Rec; names and personal data are
# registered by the helpers; everything else in the text is unlabelled.
def nick(p, r):
    """A nickname or surname + title (unlabelled per the conventions)."""
    return p["sur"]


# ------------------------------------------------------------ gift ledgers
def g_ledger(x):
    r = x.r
    n = r.randint(4, 6)
    lines = ["【礼簿】" + r.choice(["", x.date(1) + " ", "婚宴 ", "乔迁之喜 "]).rstrip()]
    amts = ["200", "300", "500", "600", "800", "1000", "1200", "2000", "888", "666"]
    lead = r.random() < 0.5
    for i in range(n):
        nm = x.name()
        a = r.choice(amts)
        suffix = r.choice(["", "", "", "夫妇", "全家", "（代）"])
        lines.append((a + " " + nm + suffix) if lead else (nm + suffix + " " + a))
    return "\n".join(lines)


def g_collector_gift(x):
    r = x.r
    p = x.person(gen="elder")
    a, b = x.name(), x.name()
    return ("%s，听说你儿子%s结婚，份子钱收了不少吧？礼单上%s%s%s%s我们都看到了，%s的%s元今天必须还上。"
            % (p["full"], x.date(0), a, r.choice(["1000", "2000", "1500"]), b,
               r.choice(["800", "600", "1200"]), r.choice(PLATS), x.amt()))


def g_funeral(x):
    r = x.r
    p = x.person("mix", sex="M", gen="elder")
    s1 = x.kin(p, sex="M", gen="adult")
    s2 = x.kin(p, sex="F", gen="adult")
    c = x.name(gen="adult")
    yy, mm, dd = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 24)
    return ("讣告\n%s先生因病医治无效，于%d年%d月%d日不幸逝世，享年%d岁。兹定于%d月%d日上午9时在%s殡仪馆举行告别仪式。\n孝子：%s 孝女：%s\n联系人：%s %s"
            % (p["full"], yy, mm, dd, r.randint(68, 91), mm, dd + 3,
               r.choice(["西昌市", "大理市", "恩施市", "南宁市", "凯里市", "景洪市"]),
               s1["full"], s2["full"], c, x.phone()))


def g_wedding(x):
    r = x.r
    f1 = x.person("mix", sex="M", gen="elder")
    groom = x.kin(f1, sex="M", gen="young")
    f2 = x.person("mix", sex="M", gen="elder")
    bride = x.kin(f2, sex="F", gen="young")
    return ("谨定于%s（农历%s）为%s（%s之子）与%s（%s之女）举行结婚典礼，敬备喜宴，恭请光临。地点：%s大酒店%s厅"
            % (x.date(1), r.choice(["八月十六", "腊月初八", "正月十八", "十月初六"]),
               groom["full"], f1["full"], bride["full"], f2["full"],
               r.choice(["金海湾", "锦江", "长城", "凯悦", "华天"]), r.choice(["牡丹", "百合", "如意"])))


def g_redpacket(x):
    r = x.r
    a, b, c = x.name(), x.name(), x.name()
    return ("[微信红包] %s领取了你的红包\n%s领取了你的红包\n你领取了%s的红包\n—— 钱都收了，%s元什么时候还？" %
            (a, b, c, x.amt()))


def g_even(x):
    r = x.r
    a = x.name()
    b = x.name()
    return ("%s：我结婚你随了%d，你家办满月酒我随了%d，这就算扯平了。你欠%s的那%s别来找我，我不是担保人。"
            % (a, r.choice([200, 500, 600]), r.choice([600, 800, 1000]), b, x.amt()))


def g_table(x):
    r = x.r
    rows = ["姓名\t金额\t关系"]
    for rel in r.sample(["舅舅", "同学", "同事", "邻居", "表姐", "战友", "姑父"], r.randint(3, 5)):
        rows.append("%s\t%s\t%s" % (x.name(), r.choice(["888", "666", "1000", "500", "1600"]), rel))
    return r.choice(["升学宴礼金登记\n", "满月酒礼金\n", "寿宴礼单\n"]) + "\n".join(rows)


def g_village(x):
    r = x.r
    a, b, c, d, e = (x.name() for _ in range(5))
    return ("村里%s家办白事，%s、%s、%s各随了200，账记在%s那儿，你要查就去问他，别天天打我电话。"
            % (a, b, c, d, e))


def g_mother(x):
    r = x.r
    p = x.person(gen="adult")
    m = x.kin(p, sex="F", gen="elder", rel="spouse")
    return ("%s您好，您母亲%s的后事我们深表遗憾，但您在%s的借款已逾期%d天，欠款%s元，请在%s前联系我们协商。"
            % (p["full"], m["full"], r.choice(PLATS), r.randint(30, 400), x.amt(), x.date(0)))


def g_giftlist_amount_first(x):
    r = x.r
    parts = []
    for _ in range(r.randint(3, 5)):
        parts.append(r.choice(["200", "500", "1000", "300"]) + x.name())
    return "礼金：" + "".join(parts) + "，共计%s元" % r.choice(["2300", "3100", "2500", "4000"])


GIFT = [g_ledger, g_collector_gift, g_funeral, g_wedding, g_redpacket, g_even,
        g_table, g_village, g_mother, g_giftlist_amount_first]


# ------------------------------------------------------------ transfer remarks
def m_wx(x):
    r = x.r
    return "微信转账\n¥%s\n转账说明：%s还%d月份的\n%s" % (x.amt(500, 8000), x.name(), r.randint(1, 12), x.date(1) + " 14:%02d" % r.randint(0, 59))


def m_ali(x):
    r = x.r
    return "支付宝转账 %s元 备注：替%s还款 收款方：%s银行（尾号%s）" % (x.amt(), x.name(), r.choice(["招商", "工商", "建设"]), x.tail4())


def m_fuyan(x):
    r = x.r
    x.sender = r.choice(SHORTS)
    return ("【%s】您尾号%s的账户%s收到转账%s元，附言：代%s还款。对方户名：%s。" %
            (r.choice(BANKS), x.tail4(), x.date(0), x.amt(), x.name(), x.name()))


def m_pair(x):
    r = x.r
    return "转账备注：%s%s共同还款 %s元，剩下的%s前结清" % (x.name(), x.name(), x.amt(), x.date(0))


def m_pinyin(x):
    r = x.r
    p = x.person("pinyin")
    glue = r.choice(["", " "])
    return "Alipay 转账 ¥%s 备注：%s%s还款 %s" % (x.amt(300, 5000), p["full"], glue, r.choice(["3期", "第二笔", "本金"]))


def m_use(x):
    r = x.r
    return "用途：借款\n收款人：%s\n账号：%s\n开户行：%s%s支行\n付款人：%s" % (
        x.name(), x.card(), r.choice(BANKS), r.choice(["科华", "青年路", "民族大道", "人民路"]), x.name())


def m_shaohua(x):
    r = x.r
    a, b = x.name(), x.name()
    return "麻烦帮我捎个话给%s，让他把%s元转到%s的卡上，卡号%s，转完截个图" % (a, x.amt(), b, x.card())


def m_daizhuan(x):
    r = x.r
    return "这%s是%s托我代转的，你查收一下，%s那份下周%s再给" % (x.amt(), x.name(), x.name(), r.choice(["一", "三", "五"]))


def m_redmsg(x):
    r = x.r
    return "[红包] %s\n—— 来自%s\n已被领完 · %s元" % (r.choice(["恭喜发财，大吉大利", "先还一点", "利息"]), x.name(), x.amt(50, 2000))


def m_leave(x):
    r = x.r
    return "%s给你转了%s元，留言：剩下的%s前还完，%s作证" % (x.name(), x.amt(), x.date(0), x.name())


def m_payer(x):
    r = x.r
    p = x.person()
    return "收款到账%s元，付款人%s（*%s），已存入零钱" % (x.amt(20, 3000), p["full"], p["full"][-1])


def m_statement(x):
    r = x.r
    return ("%s 转账-%s 用途：还借款 -%s\n%s 网银转入 附言：%s的利息 +%s" %
            (x.date(2), x.name(), x.amt(), x.date(2), x.name(), x.amt()))


MEMO = [m_wx, m_ali, m_fuyan, m_pair, m_pinyin, m_use, m_shaohua, m_daizhuan,
        m_redmsg, m_leave, m_payer, m_statement]


# ------------------------------------------------------------ numbers glued
def n_date(x):
    return "%s%s说下周一还，到现在一分没还，你自己看着办" % (x.date(0), x.name())


def n_days(x):
    r = x.r
    x.sender = x.gw()
    return "【%s】您已逾期%d天%s，请于今日%d点前还款，否则将上报征信。" % (r.choice(PLATS), r.randint(3, 200), x.name(), r.randint(15, 21))


def n_amount(x):
    return "欠款%s元%s名下，%s前不处理将移交法务。" % (x.amt(), x.name(), x.date(0))


def n_time(x):
    r = x.r
    return "%d:%02d%s来电称已还款，经核实未到账，请%s本人回电。" % (r.randint(8, 20), r.randint(0, 59), x.name(), x.name())


def n_period(x):
    r = x.r
    return "第%d期%s应还%s元，第%d期%s应还%s元" % (r.randint(1, 6), x.name(), x.amt(300, 3000), r.randint(7, 12), x.name(), x.amt(300, 3000))


def n_two(x):
    r = x.r
    return "%s元%s借的，%s元%s借的，总共%s，一起还" % (x.amt(1000, 9000), x.name(), x.amt(1000, 9000), x.name(), x.amt(9000, 20000))


def n_year(x):
    r = x.r
    return "%d年%d月%s在我这借了%s，说好%d个月还" % (r.randint(2019, 2024), r.randint(1, 12), x.name(), x.amt(), r.randint(2, 12))


def n_numbered(x):
    r = x.r
    parts = ["%d.%s" % (i + 1, x.name()) for i in range(r.randint(3, 4))]
    return "逾期名单" + "".join(parts) + "，以上人员请尽快处理"


def n_wan(x):
    r = x.r
    return "这%d万%s担保的，%s也签了字，跑不掉" % (r.randint(2, 30), x.name(), x.name())


def n_times(x):
    r = x.r
    return "打了%d次%s都不接，%d次是%s接的，说不认识你" % (r.randint(5, 30), x.name(), r.randint(2, 6), x.name())


def n_deadline(x):
    r = x.r
    return "截至%s24时%s仍未还款，我司将依法上门核实。" % (x.date(1), x.name())


def n_job(x):
    r = x.r
    x.sender = x.gw()
    return "工号%s%s为您服务，您在%s的欠款%s元请今日处理。" % (x.acc("job"), x.name(), r.choice(PLATS), x.amt())


def n_pct(x):
    r = x.r
    k = r.choice([30, 40, 50])
    return "还款比例%d%%%s承担，%d%%%s承担，协议%s签" % (k, x.name(), 100 - k, x.name(), x.date(0))


def n_yen(x):
    return "已收到¥%s%s，还差¥%s" % (x.amt(100, 3000), x.name(), x.amt(100, 3000))


def n_phone_glue(x):
    return "紧急联系人%s%s，另一个%s%s" % (x.phone("plain"), x.name(), x.phone("plain"), x.name())


def n_weekday(x):
    r = x.r
    d = r.choice(["周一", "周二", "周三", "周四", "周五", "星期六", "星期天"])
    return "%s%s来公司找过你，下%s%s还要来" % (d, x.name(), r.choice(["周一", "周二", "周三"]), x.name())


NUM = [n_date, n_days, n_amount, n_time, n_period, n_two, n_year, n_numbered,
       n_wan, n_times, n_deadline, n_job, n_pct, n_yen, n_phone_glue, n_weekday]


# ------------------------------------------------------------ titles, nicknames
def t_manager(x):
    r = x.r
    p = x.person("han", gen="adult")
    return ("%s经理您好，我是%s的客服。%s经理，贵司员工%s的借款已逾期，麻烦转告他。" %
            (p["full"], r.choice(PLATS), p["sur"], x.name()))


def t_doctor(x):
    r = x.r
    p = x.person("han")
    return ("你好，请问是%s医院吗？找一下你们%s的%s医生，%s医生在%s的借款逾期%d天了。" %
            (r.choice(["市第一人民", "中医", "妇幼保健", "州人民"]), r.choice(["心内科", "儿科", "骨科"]),
             p["full"], p["sur"], r.choice(PLATS), r.randint(20, 180)))


def t_teacher(x):
    r = x.r
    a = x.person("han")
    b = x.name()
    return ("%s老师：您好！我们是%s，贵校%s老师留的联系人是您，请%s老师尽快回电。" %
            (a["full"], r.choice(PLATS), b, a["sur"]))


def t_boss(x):
    r = x.r
    s1 = wchoice(r, COMMON_SUR)
    return "%s总，%s是你们公司的员工吧？我们%s经理下午过来，%s也一起。" % (
        s1, x.name(), wchoice(r, COMMON_SUR), x.name())


def t_lao(x):
    r = x.r
    p = x.person("han", gen="elder")
    return "老%s，你告诉%s，再不还钱我们就去%s单位了。%s你也别装不知道。" % (
        p["sur"], x.name(), x.name(), p["full"])


def t_xiao(x):
    r = x.r
    me = x.person("han", sex="F", gen="elder")
    return "小%s啊，我是%s阿姨，%s叫你给他回个电话，号码%s。" % (
        wchoice(r, COMMON_SUR), me["full"], x.name(), x.phone())


def t_a(x):
    r = x.r
    p = x.person("han", gen="adult")
    g = p["given"][-1]
    return "阿%s，%s叫你回电话。%s，你听到没有？" % (g, x.name(), p["full"])


def t_gege(x):
    r = x.r
    p = x.person("han", gen="adult")
    g = p["given"][-1]
    t = "哥" if p["sex"] == "M" else "姐"
    return "%s%s，%s的钱你什么时候还？%s说你%s号发工资。" % (g, t, x.name(), p["full"], r.randint(5, 25))


def t_roles(x):
    r = x.r
    role1 = r.choice(["催收专员", "调解员", "书记员", "客户经理", "法务专员"])
    return "%s%s（工号%s）已受理您的案件，如有异议请联系%s律师，电话%s。" % (
        role1, x.name(), x.acc("job"), x.name(), x.landline())


def t_police(x):
    r = x.r
    a = x.person("han")
    return "我是%s派出所的%s警官，%s报案称你%s。请%s警官本人来电核实：%s" % (
        r.choice(["玉林", "翠湖", "兴庆", "嘎兰"]), a["full"], x.name(), r.choice(["冒用其身份借款", "威胁其家人"]), a["sur"], x.phone())


def t_group(x):
    r = x.r
    return "王总、李经理和%s都在群里，你把%s的情况说清楚，张主任说了下午开会。" % (x.name(), x.name())


def t_shifu(x):
    r = x.r
    a = x.person("han", sex="M")
    return "%s师傅您好，%s说您是他的担保人，%s师傅方便的话回个电话。" % (a["full"], x.name(), a["sur"])


def t_parent(x):
    r = x.r
    c = x.person("mix", gen="young")
    return "%s同学家长您好，%s的班主任%s老师让我们联系您，关于孩子的分期欠款%s元。" % (
        c["full"], c["full"], x.name(), x.amt())


def t_mixed(x):
    r = x.r
    a = x.person("han", gen="adult")
    return "村支书%s、会计%s和%s主任都知道你欠钱的事，%s书记说了，要你%s前给个说法。" % (
        a["full"], x.name(), x.name(), a["sur"], x.date(0))


TITLE = [t_manager, t_doctor, t_teacher, t_boss, t_lao, t_xiao, t_a, t_gege,
         t_roles, t_police, t_group, t_shifu, t_parent, t_mixed]


# ------------------------------------------------------------ minority names
def e_pair(x, k):
    r = x.r
    a = x.person(k)
    b = x.kin(a, sex=r.choice("MF"))
    conj = r.choice(["和", "与", "及", "跟", "同"])
    return "%s%s%s都是你在%s留的联系人，我们已经联系过了。" % (
        a["full"], conj, b["full"], r.choice(["老家", "单位", "申请表上"]))


ETH_HOME = {
    "naxi": 4, "yi": 5, "hui": 6, "dai": 7, "bai": 3, "zhuang": 2, "miao": 9, "tujia": 8,
    "manchu": ("河北省丰宁满族自治县", ["大阁镇", "胡麻营镇", "土城镇"], ["西营村", "窟窿山村", "东街村"]),
    "yao": ("广西富川瑶族自治县", ["富阳镇", "朝东镇", "古城镇"], ["岔山村", "秀水村", "凤溪村"]),
    "dong": ("贵州省黎平县", ["肇兴镇", "德凤街道", "尚重镇"], ["堂安村", "纪堂村", "厦格村"]),
}


def e_idcard(x, k):
    r = x.r
    a = x.person(k)
    a["area"] = ETH[k][1][0]
    home = ETH_HOME[k]
    if isinstance(home, int):
        ad = x.addr(r.choice(["full", "yard"]), city=CITY_ROADS[home])
    else:
        ad = x.village(home[0], r.choice(home[1]), r.choice(home[2]))
    sexw = "男" if a["sex"] == "M" else "女"
    return "姓名 %s\n性别 %s 民族 %s\n住址 %s\n公民身份号码 %s" % (
        a["full"], sexw, ETH[k][0], ad, x.idn(a))


def e_visit(x, k):
    r = x.r
    a = x.person(k)
    b = x.kin(a, sex="M")
    return "%s，我们今天去了你老家，你弟弟%s说你去%s打工了，电话也换了，你躲得了吗？" % (
        a["full"], b["full"], r.choice(["昆明", "成都", "广州", "东莞", "义乌"]))


def e_court(x, k):
    r = x.r
    a = x.person(k)
    b = x.name()
    home = ETH_HOME[k]
    if isinstance(home, int):
        ad = x.addr(city=CITY_ROADS[home])
    else:
        ad = x.village(home[0], r.choice(home[1]), r.choice(home[2]))
    return "被告：%s，%s，%s族，住%s。\n原告：%s。\n案由：民间借贷纠纷，案号%s。" % (
        a["full"], "男" if a["sex"] == "M" else "女", ETH[k][0], ad, b, x.acc("case"))


def e_start(x, k):
    r = x.r
    x.sender = x.gw()
    a = x.person(k)
    return "%s，你在%s借的%s元已逾期%d天，请立即还款。" % (a["full"], r.choice(PLATS), x.amt(), r.randint(5, 300))


def e_list(x, k):
    r = x.r
    a = x.person(k)
    b = x.person(k)
    c = x.person()
    rel = lambda p, m, f: m if p["sex"] == "M" else f
    return "紧急联系人：%s（%s）、%s（同乡）及%s（%s），均已告知。" % (
        a["full"], rel(a, "表哥", "表姐"), b["full"], c["full"], rel(c, "姐夫", "嫂子"))


def e_transfer(x, k):
    r = x.r
    a = x.person(k)
    return "转账给%s %s元，备注：%s还的第%d笔" % (a["full"], x.amt(), x.name(), r.randint(1, 5))


def e_village(x, k):
    r = x.r
    a = x.person(k)
    b = x.person(k)
    return "%s村的%s说，%s欠的钱他不管，让我们找%s本人。" % (
        r.choice(["石头", "上寨", "新寨", "曼景", "大营"]), b["full"], a["full"], a["full"])


MINOR = [e_pair, e_idcard, e_visit, e_court, e_start, e_list, e_transfer, e_village]


# ------------------------------------------------------------ word names
def w_contacts(x):
    return "联系人：%s、%s，请核实" % (x.name("word"), x.name("word"))


def w_tell(x):
    r = x.r
    return "你跟%s说一声，%s号之前把钱还了" % (x.name("word"), r.randint(1, 28))


def w_both(x):
    return "%s和%s都是你的紧急联系人，他们都说找不到你。" % (x.name("word"), x.name("word"))


def w_borrower(x):
    r = x.r
    x.sender = x.gw()
    return "【%s】借款人%s，您的账单已逾期，请%s本人尽快回电%s。" % (r.choice(PLATS), x.name("word"), x.name("word"), x.landline())


def w_naxi(x):
    a = x.person("naxi", sex="M")
    b = x.person("naxi", sex="F")
    return "请%s和%s转告家里人，你们担保的那笔钱到期了。" % (a["full"], b["full"])


def w_funcsur(x):
    r = x.r
    sur = r.choice(["向", "于", "连", "从", "但", "过", "和", "向"])
    p = x.person("han", sur=sur) if sur != "和" else x.person("naxi")
    return "%s%s你的欠款%s元，%s" % (
        r.choice(["请", "通知", "提醒"]), p["full"], x.amt(), r.choice(["今天必须处理", "别再拖了"]))


def w_transfer(x):
    return "把钱转给%s，不要转给%s" % (x.name("word"), x.name("word"))


def w_cousin(x):
    r = x.r
    return "我是%s的表%s，他的事我不清楚，你们找%s吧" % (x.name("word"), r.choice(["姐", "哥", "弟"]), x.name())


WORD = [w_contacts, w_tell, w_both, w_borrower, w_naxi, w_funcsur, w_transfer, w_cousin]


# ------------------------------------------------------------ quotes
def q_book(x):
    return "《关于%s与%s民间借贷纠纷一案的调解书》已送达，请查收。" % (x.name(), x.name())


def q_contact(x):
    return "你通讯录里备注“%s”的那个人，是不是叫“%s”？" % (x.name(), x.name())


def q_corner(x):
    r = x.r
    return "「%s」已被列入%s失信名单，详情见附件" % (x.name(), r.choice(["平台", "行业"]))


def q_said(x):
    return "他原话是“钱在%s那儿，找%s要去”，你们自己商量" % (x.name(), x.name())


def q_nick(x):
    r = x.r
    h = x.reg("account", r.choice(["追风少年", "快乐每一天", "小鱼儿", "风轻云淡", "岁月静好"]) + str(r.randint(10, 999)))
    return "微信昵称“%s” 真实姓名“%s”，我们已核实。" % (h, x.name())


def q_single(x):
    return "‘%s’这个名字你认识吧？‘%s’是他老婆" % (x.name(sex="M"), x.name(sex="F"))


def q_iou(x):
    r = x.r
    return "《%s借条》原件在我们手里，%s签的字" % (x.name(), x.name())


def q_ascii(x):
    r = x.r
    return 'Hi "%s", your loan is overdue. Contact "%s" at %s.' % (x.name(r.choice(["pinyin", "han"])), x.name("pinyin"), x.phone("p86sp"))


def q_double(x):
    return "『%s』『%s』两个人的欠款一起处理" % (x.name(), x.name())


def q_explain(x):
    return "关于“%s”的情况说明：本人%s与其并无借贷关系。" % (x.name(), x.name())


QUOTE = [q_book, q_contact, q_corner, q_said, q_nick, q_single, q_iou, q_ascii,
         q_double, q_explain]


# ------------------------------------------------------------ voice transcripts
def v_call(x):
    r = x.r
    return "喂你好请问是%s吗我这边是%s的就是你那个借款已经逾期%d天了你看今天能不能处理一下" % (
        x.name(), r.choice(PLATS), r.randint(3, 90))


def v_friend(x):
    r = x.r
    return "[语音转文字] 嗯对我是%s的朋友他现在不在我这边你们别再打了他电话是%s你自己打" % (
        x.name(), x.phone(r.choice(["plain", "cn", "split"])))


def v_husband(x):
    r = x.r
    p = x.person(sex="F", gen="adult")
    h = x.kin(p, sex="M", rel="spouse")
    return "那个%s啊你跟你老公%s说一下就是那个钱的事情啊他不接我电话" % (p["full"], h["full"])


def v_home(x):
    r = x.r
    return "语音消息 0:%02d\"\n转文字：%s你在哪呢我在你家楼下%s你下来一趟" % (r.randint(8, 59), x.name(), x.addr("space"))


def v_selfid(x):
    r = x.r
    p = x.person()
    return "我叫%s身份证号%s我没有在你们平台借过钱是不是%s冒用我的" % (
        p["full"], x.idn(p, r.choice(["plain", "space"])), x.name())


def v_intro(x):
    r = x.r
    return "喂喂能听到吗我是%s啊上次%s介绍的那个做%s的你还记得吧" % (x.name(), x.name(), r.choice(["装修", "水果批发", "快递"]))


def v_court(x):
    r = x.r
    return "语音转写：被告%s对原告%s主张的%s元借款本金无异议利息部分有异议" % (x.name(), x.name(), x.amt())


def v_mom(x):
    r = x.r
    p = x.person(gen="young")
    m = x.kin(p, sex="F", gen="adult", rel="spouse")
    return "阿姨我跟你说你儿子%s在外面欠了好多钱你是%s对吧你看这个事怎么办" % (p["full"], m["full"])


VOICE = [v_call, v_friend, v_husband, v_home, v_selfid, v_intro, v_court, v_mom]


# ------------------------------------------------------------ service records
def s_ride(x):
    r = x.r
    x.sender = x.gw()
    a = x.person("han", sex="M")
    return "【%s】您的司机%s师傅已接单，车牌%s，白色大众朗逸，车主%s，距您1.2公里。" % (
        r.choice(["出行平台", "网约车"]), a["sur"], x.plate(), a["full"])


def s_takeout(x):
    r = x.r
    return "【外卖】骑手%s正在为您配送，预计%d:%02d送达，骑手电话%s" % (
        x.name(), r.randint(11, 20), r.randint(0, 59), x.phone())


def s_courier(x):
    r = x.r
    return "【快递】您的包裹已到%s驿站，取件码%d-%d-%04d，快递员%s %s" % (
        r.choice(["翠湖花园", "幸福里", "紫薇苑"]), r.randint(1, 9), r.randint(1, 9), r.randint(1000, 9999), x.name(), x.phone())


def s_rent(x):
    r = x.r
    return "房东%s：%s，你%d月的房租%s还没交，押金只有%s，再拖我就清房了。地址%s" % (
        x.name(gen="elder"), x.name(), r.randint(1, 12), x.amt(800, 4000), x.amt(800, 4000), x.addr())


def s_hospital(x):
    r = x.r
    return "挂号成功：患者%s，%s心内科，%s上午第%d号，医生：%s主任医师。就诊卡号%s" % (
        x.name(), r.choice(["州人民医院", "市第二人民医院", "县中医院"]), x.date(0), r.randint(1, 40), x.name(), x.acc("member"))


def s_payroll(x):
    r = x.r
    rows = ["%d月工资表" % r.randint(1, 12), "姓名 应发 实发"]
    for _ in range(r.randint(3, 4)):
        a = r.randint(3800, 9000)
        rows.append("%s %d %d" % (x.name(), a, a - r.randint(200, 700)))
    return "\n".join(rows)


def s_roster(x):
    r = x.r
    days = ["周一", "周二", "周三", "周四", "周五"]
    return "本周值班：" + " ".join(d + x.name() for d in days[:r.randint(3, 5)])


def s_attend(x):
    r = x.r
    return "考勤通报：%s 迟到%d次，%s 旷工%d天，%s 请假" % (x.name(), r.randint(2, 5), x.name(), r.randint(1, 3), x.name())


def s_site(x):
    r = x.r
    return "包工头%s欠我们%d个人的工钱，%s、%s、%s都在，一共%s，他电话%s" % (
        x.name(gen="adult", sex="M"), r.randint(5, 20), x.name(), x.name(), x.name(), x.amt(30000, 200000), x.phone())


def s_property(x):
    r = x.r
    return "%s业主%s您好，您家物业费已欠%d个月，共%s元，请到物业中心缴纳。" % (
        x.addr("estate"), x.name(), r.randint(3, 18), x.amt(600, 6000))


SERVICE = [s_ride, s_takeout, s_courier, s_rent, s_hospital, s_payroll, s_roster,
           s_attend, s_site, s_property]


# ------------------------------------------------------------ other (no name)
def o_cnphone(x):
    return "还款请打这个电话 %s 找法务" % x.phone("cn")


def o_split(x):
    return "我电话 %s 有事打我，微信同号" % x.phone("split")


def o_idspace(x):
    return "身份证：%s 已登记，请勿重复提交" % x.idn(None, x.r.choice(["space4", "space", "lowx"]))


def o_card(x):
    return "还款账户：%s，户名同借款人，请备注合同号%s" % (x.card("g4"), x.acc("contract"))


def o_addr(x):
    return "我们已安排外访人员前往%s，请家中留人。" % x.addr("space")


def o_plate(x):
    return "你的车%s停在小区门口，再不还款我们就拖车了" % x.plate()


def o_contact(x):
    return "有事加微信 %s 或QQ %s，邮箱 %s" % (x.wechat(), x.qq(), x.email())


def o_fw(x):
    return "客服回电：%s（工作日9:00-18:00）" % x.phone("fw")


def o_land(x):
    return "法务部座机%s，分机8021，请本人回电" % x.landline()


def o_order(x):
    return "订单号%s已逾期，关联手机%s" % (x.acc("order"), x.phone("dash"))


OTHER = [o_cnphone, o_split, o_idspace, o_card, o_addr, o_plate, o_contact, o_fw,
         o_land, o_order]

# ------------------------------------------------------------ none (fixed)
NONE_TEXTS = [
    "尊敬的{客户姓名}先生/女士，您的账单已出，请于{还款日}前还款。",
    "您好，张*先生，您尾号6621的账户已严重逾期，请高度重视。",
    "客户：刘**｜联系人：王*｜电话：138****2719",
    "张记面馆老板说上周末有人来打听过你，别的没说。",
    "王总说了，这事周末再谈，金额不变。",
    "中山陵、雨花台和鲁迅故居都在周末限流，请提前预约。",
    "逸夫楼302室召开催收合规培训，请各部门负责人准时参加。",
    "李宁专卖店、周大福金店和杨国福麻辣烫所在商场明日停电。",
    "马到成功，万事如意！本月还款日为15号，金额以账单为准。",
    "您的宋体文件已收到，程序会在任务完成后自动常规归档。",
    "华为、小米和海尔售后均可办理分期，详情询问门店。",
    "本周值班：周一法务部 周二客服部 周三贷后管理部",
    "姓名：XXX 身份证号：XXXXXXXXXXXXXXXXXX（示例，请勿照填）",
    "向日葵远程软件是诈骗分子常用工具，请勿下载。",
    "礼簿模板：姓名____ 金额____ 备注____",
    "您好，我是平台法务部催收专员，工号见短信末尾，请勿回复本短信。",
    "丽江古城、大理洱海、西双版纳傣族园五一期间游客较多。",
    "张家口、石家庄、马鞍山三地法院开展集中执行行动。",
    "老王烧烤、陈记肠粉和刘家小院暂停营业一天。",
    "请转告借款人本人，于是日十八时前到周口市中级人民法院领取文书。",
    "孝子贤孙，礼尚往来；份子钱不是借款，不必写借条。",
    "《民法典》第六百七十九条：自然人之间的借款合同，自贷款人提供借款时成立。",
    "岳飞庙、武侯祠、杜甫草堂三处景点的分期门票已售罄。",
    "纳西族三朵节、彝族火把节、傣族泼水节期间客服照常上班。",
]


NONE_BLOB = "\n".join(nows(t).lower() for t in NONE_TEXTS)

GROUPS = [
    ("gift", GIFT, 22, "null"),
    ("memo", MEMO, 22, "null"),
    ("numglue", NUM, 22, "mix"),
    ("title", TITLE, 22, "mix"),
    ("minority", MINOR, 22, "mix"),
    ("wordname", WORD, 14, "mix"),
    ("quote", QUOTE, 12, "null"),
    ("voice", VOICE, 14, "null"),
    ("service", SERVICE, 16, "null"),
    ("other", OTHER, 10, "mix"),
]


# ============================================================ preserve list
SURWORDS = """高度 高速 高铁 高考 高温 高利贷 严重 严格 严禁 周末 周期 周年 周边 周转 金额 金融 金条 金卡 程序 程度 任务 任何 任意 常规 常用 常住 华为 华北 宋体 向日葵 向导 王牌 王国 张贴 张开 李子 黄金 黄牛 黄瓜 马上 马路 马虎 白条 白天 白银 杨柳 朱红 林业 林地 何时 何况 于是 陈述 陈旧 孙子 钱款 钱包 余额 余下 许可 许多 曾经 江苏 江西 韩国 唐朝 郑重 田地 田间 董事 潘多拉 袁大头 蔡甸 蒋家 杜绝 叶子 魏碑 苏州 吕梁 丁香 卢沟桥 沈阳 钟表 姜汤 崔家店 谭家湾 陆续 范围 汪洋 廖记 石头 石油 贾汪 夏季 付款 付清 方便 方式 方案 邹城 熊猫 白菜 孟夏 秦岭 邱县 侯马 江边 尹家 薛城 闫庄 段落 雷雨 龙头 黎族 史料 陶瓷 贺卡 毛巾 郝家 顾问 顾客 龚滩 邵东 万一 万元 万达 武汉 武术 钱庄 戴帽 严肃 孔子学院 常态 汤圆 康复 易拉罐 乔迁 赖账 文件 施工 洪水 辛苦 柯桥 庄稼 牛奶 温馨 樊城 兰花 殷勤 葛根 章节 鲍鱼 祝贺 左右 涂料 岳阳 连续 从来 但是 过期 时间 成本 麻烦 麻将 盘点 盘子 字体 字据 粟米 冉冉 岩石 玉米 刀具 和解 和气 关注 关于 佟麟阁路 那些 那天 赫兹 索赔 肇庆 郎酒 富余 鄂尔多斯 回款 回执 段子 覃塘 蓝色 农行 农历 莫非 彭水 邓州 吴江 欧洲 滕州 盘州""".split()
PLACES = """张家口 张家界 李沧区 王府井 石家庄 马鞍山 高邮 周口 金华 林芝 白山 黄冈 杨凌 朱家角 刘家峡 赵县 宋庄 吴忠 郑州 钱塘区 许昌 常州 江阴 于都 任丘 万州 严田 丽江 大理 西昌 凯里 吉首 恩施 景洪 兴庆区 富川 黎平 丰宁 百色 河池 玉林 玉溪 普洱 楚雄 文山 红河 迪庆 怒江 德宏 保山 临沧 昭通 曲靖 安顺 铜仁 毕节 遵义 怀化 张家湾 李家庄 王家坝 陈家桥 黄家湾 刘家湾 杨家坪 何家村 孙家岭 马家堡 高家店 罗家坝 周家嘴路 梁家河 谢家集 宋家沟 唐家墩 韩家坝 冯家湾 邓家巷 曹家渡 彭家场 曾家岩 田家庵 董家渡 潘家园 袁家岗 蔡家坡 蒋家坪""".split()
BRANDS = """华为 小米 海尔 格力 美的 李宁 安踏 周大福 周生生 周黑鸭 老干妈 王老吉 张小泉 六必居 全聚德 马应龙 云南白药 康师傅 娃哈哈 白象 金龙鱼 鲁花 海天 李锦记 陈克明 杨国福麻辣烫 张亮麻辣烫 刘一手火锅 谭鸭血 蔡林记 沙县小吃 兰州拉面 老乡鸡 华莱士 蜜雪冰城 古茗 喜茶 瑞幸 钱大妈 朴朴超市 叮咚买菜 美团 饿了么 京东 拼多多 唯品会 苏宁易购 国美电器 永辉超市 万达广场 红星美凯龙 居然之家 九阳 苏泊尔 老板电器 方太 金六福 洋河 汾酒 五粮液 郎酒 舍得 江小白 农夫山泉 怡宝 百岁山 今麦郎 统一 徐福记 良品铺子 三只松鼠 周村烧饼 德州扒鸡 道口烧鸡 狗不理 张飞牛肉 陈麻花 赖汤圆 钟水饺 龙抄手 夫妻肺片""".split()
SHOPS = """张记面馆 李记烧烤 王家烧饼 刘家小院 陈记肠粉 老王烧烤 赵记米线 黄记煌 杨记兴臭鳜鱼 周记牛杂 吴记酱骨 孙二娘包子 马记拉面 胡记羊汤 郭记米皮 何记云吞 林记糖水 高记锅盔 罗记煎饼 郑记粉面 梁记烧腊 谢记蹄花 宋记豆腐 唐记猪脚饭 许记生煎 韩记水饺 冯记凉皮 邓记烤鱼 曹记酸辣粉 彭记粉馆 曾记茶铺 肖记公安牛肉 田记豆花 董记羊肉汤 潘记修车 袁记云饺 蔡记热干面 蒋记卤味 余记鸭脖 于记手抓饼 杜记冰粉 叶记瓦罐 程记补鞋 魏家凉皮 苏记鲜面 吕记砂锅 丁记五金 任记理发 卢记眼镜 姚记扑克 沈记粥铺 钟记菜馆 姜记包子 崔记酱菜 谭记卤鹅 陆记修锁 范记开锁 汪记麻辣烫 廖排骨 石记豆腐""".split()
STREETS = """中山路 解放路 建国路 人民路 胜利街 光明路 新华路 延安路 长江路 黄河路 太白路 文昌路 学府路 福寿街 金桥路 银河路 朝阳街 东风路 红旗街 卫东街 建设路 跃进路 团结路 友谊路 复兴路 青年路 和顺街 富强路 民主路 共和路 北京东路 南京西路 上海路 广州大道 深南大道 淮海中路 武侯祠大街 翠湖南路 宣慰大道 施州大道 科华北路 民族大道 解放东街 福慧路 三岔口南路 韶山南路 麓山南路 小寨西路 纬五路 经三路""".split()
MEMORIAL = """中山陵 中山公园 中山纪念堂 孙中山故居 鲁迅故居 鲁迅公园 鲁迅纪念馆 周恩来纪念馆 雷锋纪念馆 林则徐纪念馆 郑成功纪念馆 岳飞庙 岳王庙 武侯祠 杜甫草堂 李白故里 包公祠 海瑞墓 范仲淹纪念馆 苏东坡纪念馆 王羲之故居 徐霞客故居 詹天佑纪念馆 邓世昌纪念馆 聂耳墓 梁启超故居 朱德故居 闻一多纪念馆 张謇纪念馆 宋庆龄故居 茅盾故居 老舍纪念馆 徐悲鸿纪念馆 齐白石纪念馆 冼星海纪念馆 袁隆平纪念馆 钱学森图书馆 孔庙 孟府 曹雪芹纪念馆 蒲松龄故居 司马迁祠 屈原祠 昭君墓 木府""".split()
SCHOOLS = """逸夫楼 中山大学 仲恺农业工程学院 嘉庚学院 鲁迅中学 宋庆龄幼儿园 黄埔军校旧址 蔡元培小学 陶行知小学 詹天佑中学 钱学森班 袁隆平农业高科技学校 冼星海音乐学院 聂耳音乐学校 徐悲鸿美术学校 周恩来中学 雷锋小学 郭沫若中学 茅盾中学 李四光中学 华罗庚中学 竺可桢学院 吴玉章学院 张謇职业学校 邵逸夫医院 曾宪梓教学楼 田家炳中学 霍英东体育馆 李嘉诚图书馆 包玉刚中学 丽江师范高等专科学校 大理大学 西昌学院 凯里学院 吉首大学 湖北民族大学 广西民族大学 云南民族大学 北方民族大学 西双版纳职业技术学院 第一中学 实验小学 民族中学 育英学校 启明学校 新华书店""".split()
IDIOMS = """马到成功 张冠李戴 高高在上 周而复始 金玉良言 王婆卖瓜 叶公好龙 杨柳依依 万无一失 胡说八道 名落孙山 毛遂自荐 说曹操曹操到 司马昭之心 三个臭皮匠顶个诸葛亮 严阵以待 常来常往 江郎才尽 何乐而不为 于心何忍 白手起家 黄粱一梦 朱门酒肉臭 林林总总 程门立雪 钱货两清 余音绕梁 许许多多 曾几何时 石破天惊 金蝉脱壳 田忌赛马 韩信点兵 唐突 宋襄之仁 冯唐易老 郑人买履 苏武牧羊 孟母三迁 秦晋之好 岳母刺字 鲁班门前弄大斧 包青天 梁上君子 谢天谢地 文不对题 安居乐业 和气生财 有借有还再借不难 欠债还钱天经地义 杨门女将 刘备借荆州 关公面前耍大刀 卫青不败由天幸 班门弄斧 毛手毛脚 龙飞凤舞 熊熊烈火 牛气冲天 马不停蹄 羊入虎口 侯门似海 雷厉风行 万众一心 向阳而生 时来运转 成家立业 连本带利 从长计议 过河拆桥 但愿人长久 柯南道尔 易如反掌 乔装打扮 康庄大道 贾人 左右为难 屈指可数 麻木不仁 盘根错节 字斟句酌 关怀备至 那么回事""".split()
JOBS = """总经理 副总经理 董事长 副主任 法务专员 客户经理 催收专员 调解员 书记员 审判员 人民陪审员 执行法官 快递员 外卖骑手 网约车司机 主治医师 护士长 班主任 辅导员 村支书 村主任 会计 出纳 店长 领班 保安队长 物业管家 包工头 项目经理 工程师 人事专员 财务总监 风控经理 贷后专员 外访专员 委外催收员 坐席主管 质检员 合规专员 律师助理 实习律师 公证员 仲裁员 司法鉴定人 网格员 社区民警 派出所所长 居委会主任 驻村第一书记 乡村医生 代课老师 保洁员 厨师长 收银员 导购员 理货员 仓库管理员 装卸工 电焊工 水电工 木工 瓦工 钢筋工 油漆工""".split()
DEBT = """您的账单已逾期 请尽快还款 逾期将影响征信 已逾期三天 最低还款额 还款日 宽限期 罚息 滞纳金 协商还款 个性化分期 停息挂账 结清证明 还款凭证 债务重组 委外催收 法务函 律师函 诉前调解 立案通知 执行通知书 财产保全 失信被执行人 限制高消费 征信报告 贷后管理 客服热线 人工客服 转账备注 转账说明 附言 用途 付款人 收款人 对方户名 交易流水 电子回单 礼金 份子钱 随礼 礼簿 礼单 喜帖 请柬 讣告 告别仪式 殡仪馆 满月酒 升学宴 寿宴 乔迁宴 回礼 红白喜事 微信红包 领取了你的红包 已被领完 恭喜发财大吉大利 工资表 应发 实发 考勤 迟到 旷工 请假 值班表 排班 周一值班 周二值班 挂号成功 就诊卡 心内科 主任医师 门诊号 房租 押金 物业费 业主 取件码 驿站 骑手正在配送 司机已接单 车牌 语音转文字 转文字 语音消息 未接来电 通话录音 通讯录 紧急联系人 担保人 共同借款人""".split()
PLACE_LEVEL = {}
for _p in "张家口 张家界 石家庄 马鞍山 高邮 周口 金华 林芝 白山 黄冈 吴忠 郑州 许昌 常州 江阴 任丘 丽江 大理 西昌 凯里 吉首 恩施 景洪 百色 河池 玉林 玉溪 普洱 楚雄 文山 保山 临沧 昭通 曲靖 安顺 铜仁 毕节 遵义 怀化".split():
    PLACE_LEVEL[_p] = (_p + "市", "city")
for _p in "江阴 高邮 任丘 大理 西昌 凯里 吉首 恩施 景洪 楚雄 文山".split():
    PLACE_LEVEL[_p] = (_p + "市", "county")
for _p in "李沧区 钱塘区 兴庆区".split():
    PLACE_LEVEL[_p] = (_p, "district")
PLACE_LEVEL.update({"万州": ("重庆市万州区", "district"), "杨凌": ("杨凌示范区", "district"),
                    "赵县": ("赵县", "county"), "于都": ("于都县", "county"),
                    "富川": ("富川瑶族自治县", "county"), "黎平": ("黎平县", "county"),
                    "丰宁": ("丰宁满族自治县", "county"), "德宏": ("德宏州", "city"),
                    "怒江": ("怒江州", "city"), "迪庆": ("迪庆州", "city"), "红河": ("红河州", "city"),
                    "朱家角": ("朱家角镇", "town"), "刘家峡": ("刘家峡镇", "town"), "宋庄": ("宋庄镇", "town"),
                    "王府井": ("王府井大街", "street"), "周家嘴路": ("周家嘴路", "street"),
                    "杨家坪": ("杨家坪", "street"), "严田": ("严田村", "village")})
LEVEL_SUF = {
    "city": ["人民法院", "中级人民法院", "公安局", "市场监督管理局", "司法局", "公证处",
             "仲裁委员会", "人力资源和社会保障局", "税务局", "人民调解委员会"],
    "district": ["人民法院", "公安分局", "市场监督管理局", "司法局", "人民调解委员会", "税务局"],
    "county": ["人民法院", "公安局", "司法局", "人民调解委员会", "市场监督管理局", "税务局"],
    "town": ["派出所", "卫生院", "中心小学", "人民政府", "司法所", "农商银行网点"],
    "street": ["站", "步行街", "派出所", "营业厅", "商圈"],
    "village": ["村委会", "社区居委会", "派出所", "卫生院", "小学", "公交站", "农贸市场", "菜市场"],
}
AUTH = ["人民法院", "中级人民法院", "公安局", "派出所", "市场监督管理局", "司法局",
        "人民调解委员会", "公证处", "仲裁委员会", "信访局", "人力资源和社会保障局", "税务局"]
DEPTS = ["法务部", "信用卡中心", "客服中心", "贷后管理部", "风险管理部", "个人金融部",
         "营业部", "零售信贷部", "资产保全部", "消费者权益保护部"]
FRAMES = ["温馨提示：{}", "【通知】{}", "请注意{}", "关于{}的说明", "{}（以官方公告为准）",
          "{}，如有疑问请致电客服", "本周六{}附近", "{}营业时间调整"]
SENTS = ["{}，请于周末前还款", "{}门口有自助取款机", "地址在{}旁边", "{}附近的网点可以办理",
         "我们在{}见过面", "{}的分期活动明天结束", "{}今天人很多", "去{}的路上注意安全"]


def build_preserve():
    r = prng
    cands = []
    for w in SURWORDS:
        if w.endswith("?"):
            continue
        cands.append(w)
    for lst in (PLACES, BRANDS, SHOPS, STREETS, MEMORIAL, SCHOOLS, IDIOMS, JOBS, DEBT):
        cands.extend(lst)
    # places x the bodies such a place really has
    for p in PLACES:
        full, level = PLACE_LEVEL.get(p, (p, "village"))
        for sfx in LEVEL_SUF[level]:
            cands.append(full + sfx)
    # banks x departments
    for b in BANKS:
        for d in DEPTS:
            cands.append(b + d)
    # sentences around streets, shops, brands, memorials, schools
    pool = STREETS + SHOPS + BRANDS[:40] + MEMORIAL + SCHOOLS[:30]
    for item in pool:
        cands.append(r.choice(SENTS).format(item))
    for w in SURWORDS[:120] + IDIOMS[:40]:
        if w.endswith("?"):
            continue
        cands.append(r.choice(FRAMES).format(w))
    for j in JOBS:
        cands.append(r.choice(["平台", "银行", "公司", "律所", "法院", "医院"]) + j)
    for b in BRANDS:
        for sfx in r.sample(["专卖店", "旗舰店", "售后服务中心", "分期购", "门店", "加盟店", "会员日"], 2):
            cands.append(b + sfx)
    for m in MEMORIAL:
        for sfx in r.sample(["门票", "开放时间", "停车场", "讲解员", "闭馆通知", "站"], 2):
            cands.append(m + sfx)
    for sc in SCHOOLS:
        for sfx in r.sample(["门口", "家长接送点", "招生简章", "食堂", "校车", "附近的文具店"], 2):
            cands.append(sc + sfx)
    for st in STREETS:
        for sfx in r.sample(["支行", "营业厅", "派出所", "公交站", "地铁站", "菜市场", "口"], 3):
            cands.append(st + sfx)
    for sh in SHOPS:
        cands.append(sh + r.choice(["今天休息", "外卖满减", "老店", "分店", "招聘服务员"]))
    for j in JOBS:
        cands.append(j + r.choice(["岗位职责", "招聘", "工作证", "联系方式见官网", "值班"]))
    # dedupe (own repeats, then other corpora)
    seen = set()
    own_rep = 0
    other_rep = 0
    out = []
    for c in cands:
        k = nows(c)
        if k in seen:
            own_rep += 1
            continue
        seen.add(k)
        if k in OTHER_PLINE_KEYS or k in OTHER_TEXT_KEYS:
            other_rep += 1
            continue
        out.append(c)
    r.shuffle(out)
    stats = {"candidates": len(cands), "own_repeats": own_rep,
             "dropped_other": other_rep, "kept": len(out)}
    return out, stats


# ============================================================ generation
def covered_ok(text, allvals, vals_here):
    """Every occurrence of every known value in text lies within a labelled span."""
    spans = []
    for _, v in vals_here:
        i = text.find(v)
        while i >= 0:
            spans.append((i, i + len(v)))
            i = text.find(v, i + 1)
    for v in allvals:
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b for a, b in spans):
                return False
            i = text.find(v, i + 1)
    return True


def main():
    preserve, pstats = build_preserve()
    pblob = "\n".join(nows(p).lower() for p in preserve)
    for w, _ in WORD_NAMES:
        assert w not in pblob, w
    used = set()
    allvals = []          # list, in order, for deterministic iteration
    allvals_set = set()
    records = []
    plan = []
    for gname, tmpls, n, smode in GROUPS:
        order = []
        while len(order) < n:
            rnd = list(tmpls)
            rng.shuffle(rnd)
            order.extend(rnd)
        order = order[:n]
        for i, t in enumerate(order):
            plan.append((gname, t, smode, i))
    redraws = 0
    dup_other = 0
    for gname, t, smode, i in plan:
        for attempt in range(50):
            x = Rec(rng, used, pblob)
            if gname == "minority":
                k = ETH_KEYS[i % len(ETH_KEYS)]
                text = t(x, k)
            else:
                text = t(x)
            vals = x.vals
            ok = all(v in text for _, v in vals)
            ok = ok and covered_ok(text, allvals + [v for _, v in vals], vals)
            # earlier records must not contain new values unlabelled
            if ok:
                newv = [v for _, v in vals if v not in allvals_set]
                for rec in records:
                    if any(v in rec["text"] for v in newv):
                        if not covered_ok(rec["text"], newv, [(p["kind"], p["value"]) for p in rec["pii"]]):
                            ok = False
                            break
            if ok and nows(text) in OTHER_TEXT_KEYS:
                dup_other += 1
                ok = False
            if ok and any(nows(text) == nows(rr["text"]) for rr in records):
                ok = False
            if ok:
                for _, v in vals:
                    if nows(v).lower() in pblob:
                        ok = False
            if ok:
                break
            redraws += 1
            for k2, v in x.vals:
                if k2 == "name" and v not in allvals_set:
                    used.discard(v)
        else:
            raise RuntimeError("could not build record for %s" % gname)
        pii = sorted(vals, key=lambda kv: text.find(kv[1]))
        sender = x.sender
        if sender is None:
            if smode == "mix":
                c = rng.random()
                sender = None if c < 0.5 else (x.gw() if c < 0.8 else rng.choice(SHORTS) if c < 0.9 else x.mobile_raw())
        records.append({"group": gname, "tmpl": t.__name__, "forms": x.meta["forms"],
                        "text": text, "sender": sender,
                        "pii": [{"kind": k, "value": v} for k, v in pii]})
        for _, v in vals:
            if v not in allvals_set:
                allvals_set.add(v)
                allvals.append(v)
    for t in NONE_TEXTS:
        assert covered_ok(t, allvals, []), t
        if nows(t) in OTHER_TEXT_KEYS:
            dup_other += 1
            continue
        records.append({"group": "none", "tmpl": "none", "forms": [], "text": t,
                        "sender": None, "pii": []})
    assert len(records) == 200, len(records)
    rng.shuffle(records)
    # ---------------------------------------------------- self checks
    texts = [r_["text"] for r_ in records]
    assert len(set(texts)) == 200
    for rec in records:
        last = -1
        seen = []
        for p in rec["pii"]:
            i = rec["text"].find(p["value"])
            assert i >= 0 and i >= last and p["value"] not in seen
            last = i
            seen.append(p["value"])
        assert covered_ok(rec["text"], allvals, [(p["kind"], p["value"]) for p in rec["pii"]])
        for p in rec["pii"]:
            if p["kind"] == "bank_card":
                d = re.sub(r"\D", "", p["value"].translate(str.maketrans("０１２３４５６７８９", "0123456789")))
                assert luhn_ok(d) and 16 <= len(d) <= 19
            if p["kind"] == "id_number":
                d = re.sub(r"\s", "", p["value"].translate(str.maketrans("０１２３４５６７８９", "0123456789"))).upper()
                assert len(d) == 18 and id_check(d[:17]) == d[17]
    for v in allvals:
        assert nows(v).lower() not in pblob, "value in preserve"
    # ---------------------------------------------------- write
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune26.jsonl"), "w", encoding="utf-8") as f:
        for i, rec in enumerate(records):
            f.write(json.dumps({"id": "t26-%04d" % (i + 1), "text": rec["text"],
                                "sender": rec["sender"], "pii": rec["pii"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune26_preserve.txt"), "w", encoding="utf-8") as f:
        for line in preserve:
            f.write(line + "\n")
    if os.environ.get("TUNE26_SUMMARY"):
        with open(os.path.join(OUT_DIR, "summary26.json"), "w", encoding="utf-8") as f:
            json.dump({"groups": [[r_["group"], r_["tmpl"], r_["forms"], [p["kind"] for p in r_["pii"]]] for r_ in records],
                       "preserve": pstats, "redraws": redraws,
                       "record_dups_other": dup_other,
                       "name_rejects_other_preserve": Rec.rejects_other,
                       "other_files": OTHER_NFILES,
                       "other_texts_distinct": len(OTHER_TEXT_KEYS),
                       "other_plines_distinct": len(OTHER_PLINE_KEYS)},
                      f, ensure_ascii=False, indent=1)
    print("records", len(records), "preserve", len(preserve), pstats,
          "redraws", redraws, "dup_other", dup_other,
          "name_rejects_other", Rec.rejects_other, file=sys.stderr)


if __name__ == "__main__":
    main()
