#!/usr/bin/env python3
"""Generator for scrub_tune21.jsonl and scrub_tune21_preserve.txt (22nd writer).

Focus: what a frightened person types into the site's web form about a
debt-collection message -- answers to the form's questions, evidence logs,
pasted messages with the writer's own remarks between them, lists of
relatives and colleagues the collectors contacted, descriptions of a
collector's voice, what has already been paid, lending-app and claimed
company names, and the many ways people write names (typos, swapped
characters, half pinyin, English word order, initials, nicknames, kinship
plus name).

Deterministic: one random.Random(SEED); no iteration over sets feeds it.
Env: TUNE21_OUT_DIR (default: this file's directory),
     TUNE21_DEDUPE_DIR (default /work/main/tests/data), TUNE21_SUMMARY=1.
Needs OpenCC (s2t) from /work/main/.venv.
"""
import json
import os
import re
import sys
from collections import Counter

import random
import opencc

SEED = 20270412
R_ALT = 0.07  # chance (x0.5) that a plain name slot is written in pinyin / half pinyin instead
R = random.Random(SEED)
S2T = opencc.OpenCC("s2t")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("TUNE21_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE21_DEDUPE_DIR", "/work/main/tests/data")

# ---------------------------------------------------------------- name parts
SUR = [("王", "Wang", 6), ("李", "Li", 6), ("张", "Zhang", 6), ("刘", "Liu", 5), ("陈", "Chen", 5),
       ("杨", "Yang", 4), ("黄", "Huang", 4), ("赵", "Zhao", 4), ("吴", "Wu", 3), ("周", "Zhou", 3),
       ("徐", "Xu", 3), ("孙", "Sun", 3), ("马", "Ma", 3), ("朱", "Zhu", 3), ("胡", "Hu", 3),
       ("郭", "Guo", 3), ("何", "He", 2), ("林", "Lin", 2), ("罗", "Luo", 2), ("高", "Gao", 2),
       ("郑", "Zheng", 2), ("梁", "Liang", 2), ("谢", "Xie", 2), ("宋", "Song", 2), ("唐", "Tang", 2),
       ("许", "Xu", 2), ("韩", "Han", 2), ("冯", "Feng", 2), ("邓", "Deng", 2), ("曹", "Cao", 2),
       ("彭", "Peng", 2), ("曾", "Zeng", 2), ("萧", "Xiao", 1), ("田", "Tian", 1), ("董", "Dong", 1),
       ("潘", "Pan", 1), ("袁", "Yuan", 1), ("蔡", "Cai", 1), ("蒋", "Jiang", 1), ("余", "Yu", 1),
       ("杜", "Du", 1), ("叶", "Ye", 1), ("程", "Cheng", 1), ("魏", "Wei", 1), ("苏", "Su", 1),
       ("吕", "Lv", 1), ("丁", "Ding", 1), ("任", "Ren", 1), ("卢", "Lu", 1), ("姚", "Yao", 1),
       ("沈", "Shen", 1), ("钟", "Zhong", 1), ("姜", "Jiang", 1), ("崔", "Cui", 1), ("谭", "Tan", 1),
       ("陆", "Lu", 1), ("范", "Fan", 1), ("廖", "Liao", 1), ("贾", "Jia", 1), ("付", "Fu", 1),
       ("邹", "Zou", 1), ("熊", "Xiong", 1), ("孟", "Meng", 1), ("秦", "Qin", 1), ("邱", "Qiu", 1),
       ("侯", "Hou", 1), ("尹", "Yin", 1), ("薛", "Xue", 1), ("闫", "Yan", 1), ("段", "Duan", 1),
       ("雷", "Lei", 1), ("史", "Shi", 1), ("陶", "Tao", 1), ("贺", "He", 1), ("郝", "Hao", 1),
       ("顾", "Gu", 1), ("龚", "Gong", 1), ("邵", "Shao", 1), ("覃", "Qin", 1), ("戴", "Dai", 1),
       ("欧阳", "Ouyang", 1), ("司马", "Sima", 1), ("上官", "Shangguan", 1)]
GM = [("建", "jian"), ("国", "guo"), ("军", "jun"), ("伟", "wei"), ("强", "qiang"), ("志", "zhi"),
      ("东", "dong"), ("涛", "tao"), ("斌", "bin"), ("勇", "yong"), ("杰", "jie"), ("鹏", "peng"),
      ("浩", "hao"), ("辉", "hui"), ("刚", "gang"), ("峰", "feng"), ("磊", "lei"), ("波", "bo"),
      ("超", "chao"), ("亮", "liang"), ("德", "de"), ("永", "yong"), ("福", "fu"), ("兵", "bing"),
      ("俊", "jun"), ("卫", "wei"), ("振", "zhen"), ("庆", "qing"), ("胜", "sheng"), ("锋", "feng"),
      ("凯", "kai"), ("旭", "xu"), ("龙", "long"), ("宏", "hong"), ("昌", "chang"), ("彬", "bin")]
GF = [("秀", "xiu"), ("英", "ying"), ("兰", "lan"), ("芳", "fang"), ("丽", "li"), ("娟", "juan"),
      ("敏", "min"), ("静", "jing"), ("燕", "yan"), ("红", "hong"), ("霞", "xia"), ("玲", "ling"),
      ("梅", "mei"), ("婷", "ting"), ("琳", "lin"), ("慧", "hui"), ("颖", "ying"), ("萍", "ping"),
      ("凤", "feng"), ("桂", "gui"), ("珍", "zhen"), ("莉", "li"), ("娜", "na"), ("倩", "qian"),
      ("丹", "dan"), ("佳", "jia"), ("欣", "xin"), ("悦", "yue"), ("琴", "qin"), ("艳", "yan"),
      ("蓉", "rong"), ("翠", "cui"), ("雯", "wen"), ("洁", "jie")]
# same-sound or look-alike slips a phone IME gives (typo forms)
TYPO = {"建": "健", "国": "帼", "军": "君", "伟": "玮", "强": "墙", "志": "智", "东": "冬", "涛": "滔",
        "斌": "彬", "勇": "涌", "杰": "洁", "鹏": "朋", "浩": "皓", "辉": "晖", "刚": "钢", "峰": "锋",
        "磊": "垒", "波": "坡", "超": "朝", "亮": "谅", "德": "得", "福": "富", "兵": "冰", "俊": "骏",
        "卫": "维", "庆": "青", "胜": "圣", "凯": "恺", "旭": "序", "宏": "鸿", "昌": "常",
        "秀": "绣", "英": "瑛", "兰": "蓝", "芳": "方", "丽": "莉", "娟": "绢", "敏": "闵", "静": "净",
        "燕": "艳", "红": "虹", "霞": "侠", "玲": "铃", "梅": "玫", "婷": "亭", "琳": "淋", "慧": "惠",
        "颖": "影", "萍": "苹", "凤": "风", "桂": "贵", "珍": "真", "莉": "丽", "娜": "那", "倩": "茜",
        "丹": "单", "佳": "家", "欣": "新", "悦": "月", "琴": "芹", "艳": "燕", "蓉": "荣", "雯": "文"}
NO_NAME = set("""高明 金华 文明 江东 黄海 林海 高峰 方圆 马丽 石磊 钟静 马超 高超 江涛 余欣 钱欣 于是 何方 田园
               白雪 常胜 苏州 武汉 周到 许诺 宋丹 高兴 秦岭 梁山 罗兰 曹操 黄山 金凤 毛毛 丁丁""".split())


class Name:
    def __init__(self, sur, spy, given, gpy, sex):
        self.sur, self.spy, self.given, self.gpy, self.sex = sur, spy, given, gpy, sex

    @property
    def han(self):
        return self.sur + self.given


TRAD = set()
FORMSTAT = Counter()


def fmt_of(k, v):
    if k == "phone":
        if v.startswith("+86"):
            return "+86"
        if v.startswith("0") and "-" in v:
            return "landline"
        if "０" <= v[0] <= "９":
            return "fullwidth"
        if " " in v:
            return "spaced"
        if "-" in v:
            return "dashed"
        return "plain"
    if k in ("bank_card", "id_number"):
        return ("spaced" if " " in v else "plain") + str(len(v.replace(" ", "")))
    if k == "wechat":
        return "wxid" if v.startswith("wxid_") else "other"
    if k == "email":
        return "qqmail" if v.endswith("@qq.com") else "other"
    if k == "address":
        return "village" if "村" in v else ("province" if "省" in v or "自治区" in v else "city/estate")
    return None
USED_NAMES = []          # labelled full names (and other labelled name forms)
FORBIDDEN_TEXT = [""]    # filled later with template text and preserve lines


def _ok_name(s):
    if s in NO_NAME:
        return False
    for u in USED_NAMES:
        if s in u or u in s:
            return False
    for t in FORBIDDEN_TEXT:
        if s in t:
            return False
    return True


def draw_name(sex=None, sur=None):
    sex = sex or R.choice("mf")
    for _ in range(500):
        if sur is None:
            s, spy, _w = R.choices(SUR, weights=[x[2] for x in SUR])[0]
        else:
            s, spy = sur
        pool = GM if sex == "m" else GF
        k = 2 if R.random() < 0.62 else 1
        parts = R.sample(pool, k)
        n = Name(s, spy, "".join(p[0] for p in parts), [p[1] for p in parts], sex)
        if _ok_name(n.han):
            USED_NAMES.append(n.han)
            return n
    raise RuntimeError("cannot draw name")


def py_given(n, cap=True):
    g = "".join(n.gpy)
    return g.capitalize() if cap else g


# ---------------------------------------------------------------- other PII
PHONE_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
             "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
             "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def phone():
    d = R.choice(PHONE_PRE) + "".join(R.choice("0123456789") for _ in range(8))
    r = R.random()
    if r < 0.58:
        return d
    if r < 0.74:
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    if r < 0.84:
        return f"{d[:3]}-{d[3:7]}-{d[7:]}"
    if r < 0.92:
        return R.choice(["+86", "+86 ", "+86-"]) + d
    if r < 0.96:
        return d.translate(FW)
    return f"0{R.choice(['371', '731', '755', '28', '539', '516', '27', '558'])}-{R.randint(2000000, 8999999)}"


AREA = ["410102", "410105", "411624", "430104", "430521", "440307", "440106", "510107", "511321",
        "371302", "320312", "420111", "341202", "130606", "360702", "450107", "350503", "330302",
        "610113", "520303", "500103", "421023", "412724", "362101"]


def id_number():
    y = R.randint(1962, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = f"{R.choice(AREA)}{y}{m:02d}{d:02d}{R.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    s = body + c
    r = R.random()
    if r < 0.12:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.16 and c == "X":
        return s[:-1] + "x"
    return s


def id_ok(s):
    s = s.replace(" ", "").upper()
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


CARD_PRE = ["622202", "621700", "622848", "621661", "622588", "622262", "621226", "623668",
            "622908", "621483", "622609", "621799", "623058", "622155"]


def luhn_ok(s):
    s = re.sub(r"\D", "", s)
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card():
    L = R.choice([16, 19, 19])
    body = R.choice(CARD_PRE) + "".join(R.choice("0123456789") for _ in range(L - 7))
    for c in "0123456789":
        if luhn_ok(body + c):
            s = body + c
            break
    r = R.random()
    if r < 0.6:
        return s
    if r < 0.85:
        return " ".join(s[i:i + 4] for i in range(0, L, 4))
    return s[:6] + " " + s[6:]


MAIL_DOM = ["163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "gmail.com", "yeah.net", "139.com"]


def email(n=None):
    if R.random() < 0.3:
        return f"{R.randint(10000, 2999999999)}@qq.com"
    if n is not None and R.random() < 0.5:
        local = n.spy.lower() + "".join(p[0] for p in n.gpy) + str(R.randint(70, 2005))
    else:
        local = R.choice(["sunny", "xiaoyu", "lucky", "kk", "momo", "tiantian", "dabao", "ajie", "mint", "hh"]) \
            + R.choice(["_", ".", ""]) + str(R.randint(1, 9999))
    return f"{local}@{R.choice(MAIL_DOM)}"


def wechat():
    r = R.random()
    if r < 0.35:
        return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return R.choice(["a", "zz", "L", "xm", "Yu", "kd", "qq", "hy", "wang", "ab"]) + \
        "".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(R.randint(2, 5))) + \
        R.choice(["_", "-", ""]) + str(R.randint(10, 99999))


def qq():
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(R.randint(6, 9)))


def account():
    r = R.random()
    if r < 0.35:
        return R.choice(["CS", "DH", "FW", "TJ"]) + str(R.randint(1000, 99999))
    if r < 0.7:
        return R.choice(["HT", "JK", "LN"]) + f"2026{R.randint(1, 12):02d}{R.randint(10000000, 99999999)}"
    return R.choice(["NO.", "U", "JK-"]) + str(R.randint(10 ** 7, 10 ** 9))


PLACES = [("河南省", "郑州市", "金水区"), ("湖南省", "长沙市", "岳麓区"), ("广东省", "深圳市", "龙岗区"),
          ("四川省", "成都市", "武侯区"), ("山东省", "临沂市", "兰山区"), ("江苏省", "徐州市", "铜山区"),
          ("湖北省", "武汉市", "洪山区"), ("安徽省", "阜阳市", "颍州区"), ("河北省", "保定市", "莲池区"),
          ("江西省", "赣州市", "章贡区"), ("广西壮族自治区", "南宁市", "西乡塘区"), ("福建省", "泉州市", "丰泽区"),
          ("浙江省", "温州市", "鹿城区"), ("陕西省", "西安市", "雁塔区"), ("贵州省", "遵义市", "汇川区")]
ROADS = ["建设路", "人民路", "解放路", "中原西路", "工业大道", "滨河路", "长江路", "东风路", "新华北路", "桐柏路"]
ESTATES = ["阳光花园", "锦绣家园", "金色港湾", "翠湖苑", "幸福里", "书香门第", "和谐家园", "城市花园", "紫荆苑", "馨园小区"]
VILL = [("沈丘县", "付井镇", "后楼村"), ("邵东市", "廉桥镇", "石塘村"), ("宁都县", "石上镇", "湛田村"),
        ("太和县", "旧县镇", "刘庄村"), ("郓城县", "黄集镇", "前马庄村"), ("射洪市", "金华镇", "白马村")]


def address():
    r = R.random()
    if r < 0.3:
        p, c, d = R.choice(PLACES)
        return f"{p}{c}{d}{R.choice(ROADS)}{R.randint(1, 300)}号{R.choice(ESTATES)}{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 32)}0{R.randint(1, 4)}室"
    if r < 0.55:
        p, c, d = R.choice(PLACES)
        return f"{c}{d}{R.choice(ESTATES)}{R.randint(1, 20)}号楼{R.randint(1, 4)}单元{R.randint(2, 28)}0{R.randint(1, 4)}"
    if r < 0.8:
        v = R.choice(VILL)
        return f"{v[0]}{v[1]}{v[2]}{R.choice('一二三四五六七八')}组{R.randint(1, 80)}号"
    p, c, d = R.choice(PLACES)
    return f"{d}{R.choice(ROADS)}{R.randint(1, 300)}号{R.choice(ESTATES)}{R.randint(1, 30)}-{R.randint(1, 6)}-{R.randint(2, 28)}0{R.randint(1, 4)}"


# ---------------------------------------------------------------- ordinary fillers
APPS = ["借呗", "花呗", "微粒贷", "京东金条", "京东白条", "美团借钱", "度小满", "有钱花", "360借条", "安逸花",
        "分期乐", "拍拍贷", "信用飞", "你我贷", "小赢卡贷", "洋钱罐", "省呗", "宜享花", "榕树贷款", "还呗",
        "桔多多", "来分期", "招联好期贷", "马上消费", "众安贷", "平安普惠", "好分期", "速借宝", "金满仓",
        "易借钱", "钱袋子", "快易花", "米来花", "乐享借", "闪电借款", "融易借", "极速贷", "周转宝", "安心借"]
COMPANIES = ["深圳市鼎盛资产管理有限公司", "湖南金诺法务咨询有限公司", "广州立信律师事务所", "上海华信征信服务中心",
             "北京中汇调解中心", "杭州宏图信息咨询有限公司", "成都天府法务", "重庆嘉诚商务咨询有限公司",
             "武汉恒达资产管理有限公司", "郑州中原法务调解中心", "南京金陵律师事务所调解部",
             "长沙麓山信用管理有限公司", "西安长安资产处置中心", "东莞万和信息技术有限公司",
             "苏州诚信法务服务中心", "合肥正道企业管理咨询有限公司", "福州海峡金融调解中心",
             "济南泉城资产管理有限公司", "天津滨海商务调查有限公司", "昆明春城法务事务所"]
COMP_SHORT = ["鼎盛资产", "金诺法务", "华信征信", "中汇调解", "宏图咨询", "天府法务", "嘉诚商务", "恒达资产",
              "中原法务", "麓山信用", "长安资产", "万和信息", "正道咨询", "泉城资产", "春城法务"]
DIAL = ["东北", "河南", "四川", "湖南", "广东", "山东", "福建", "湖北", "江西", "广西", "安徽"]
HOT = ["95588", "95533", "95555", "95599", "95566", "12378", "12363", "12368", "96110", "12321", "12315",
       "110", "12345", "10086", "400-820-5555", "400-699-5599"]


def amt():
    r = R.random()
    if r < 0.4:
        return f"{R.randint(3, 400) * 100}元"
    if r < 0.6:
        return f"{R.randint(1, 50)}{R.choice(['千', '千多', '万', '万多'])}"
    if r < 0.8:
        return f"{R.randint(100, 9999)}.{R.randint(0, 99):02d}元"
    return f"¥{R.randint(300, 30000):,}"


def date():
    m = R.randint(1, 11)
    d = R.randint(1, 28)
    return R.choice([f"{m}月{d}日", f"{m}.{d}", f"2026-{m:02d}-{d:02d}", f"{m}月{d}号", f"2026/{m}/{d}", f"{m}/{d}"])


def tm():
    h = R.randint(7, 23)
    mi = R.randint(0, 59)
    part = "早上" if h < 12 else ("下午" if h < 18 else "晚上")
    return R.choice([f"{h}:{mi:02d}", f"{h}点{mi}分", f"{part}{h - 12 if h > 12 else h}点多", f"{h}:{mi:02d}左右"])


# ---------------------------------------------------------------- template filling
TOK = re.compile(r"\{([A-F])([mf]?)(~[A-F])?(?:\.([a-zA-Z0-9]+))?\}|\{(P|ID|CARD|MAIL|WX|QQ|ADDR|ACC)(\d)\}"
                 r"|\{(APP|CO|COS|AMT|DATE|TIME|HOT|DIAL|N|MIN)\}")
KIN_M = {"sib": ["哥", "弟", "哥哥", "弟弟"], }
HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})


class Filler:
    def __init__(self):
        self.names = {}
        self.data = {}
        self.pii = []  # (kind, value)

    def lab(self, kind, v, form=None):
        self.pii.append((kind, v, form))
        return v

    def name_form(self, n, form):
        if form is None and R.random() < R_ALT and R.random() < 0.5:
            form = R.choice(["en", "half", "py", "EN"])
        if form is None:
            f0 = "compound" if len(n.sur) == 2 else ("han3" if len(n.given) == 2 else "han2")
            return self.lab("name", n.han, f0)
        G = py_given(n)
        if form == "s":
            return n.sur
        if form == "g":
            return n.given
        if form == "g1":
            return n.given[-1]
        if form == "I":  # initial of the surname, for Z先生
            return n.spy[0]
        if form == "jw":  # J. Wang -- given initial + surname, unlabelled
            return f"{n.gpy[0][0].upper()}. {n.spy}"
        if form == "ini":
            return R.choice([lambda: (n.spy[0] + "".join(p[0] for p in n.gpy)).upper(),
                             lambda: (n.spy[0] + "".join(p[0] for p in n.gpy)).lower(),
                             lambda: ".".join((n.spy[0] + "".join(p[0] for p in n.gpy)).upper()) + "."])()
        if form == "py":   # Chinese order
            v = R.choice([f"{n.spy} {G}", f"{n.spy.upper()} {G}", f"{n.spy}{G}"])
            return self.lab("name", v, "py")
        if form == "en":   # English order
            gs = G if len(n.gpy) == 1 else R.choice([G, f"{n.gpy[0].capitalize()}-{n.gpy[1]}",
                                                     f"{n.gpy[0].capitalize()}{n.gpy[1]}"])
            v = R.choice([f"{gs} {n.spy}", f"{gs} {n.spy.upper()}", f"{gs.lower()} {n.spy.lower()}"])
            return self.lab("name", v, "en")
        if form == "EN":   # signature style
            v = R.choice([f"{G} {n.spy.upper()}", f"{n.spy.upper()} {G}", f"{n.spy.upper()}, {G.upper()}"])
            return self.lab("name", v, "EN")
        if form == "half":
            v = R.choice([n.spy.lower() + n.given, n.sur + "".join(n.gpy),
                          n.sur + " " + " ".join(n.gpy), n.spy + n.given])
            if len(n.gpy) == 2 and R.random() < 0.4:
                v = n.sur + n.given[0] + n.gpy[1]
            return self.lab("name", v, "half")
        if form == "typo":
            cands = [i for i, ch in enumerate(n.given) if ch in TYPO]
            i = R.choice(cands) if cands else 0
            g = n.given[:i] + TYPO.get(n.given[i], "囗") + n.given[i + 1:]
            v = n.sur + g
            return self.lab("name", v, "typo")
        if form == "swap":
            v = n.sur + n.given[::-1] if len(n.given) == 2 else n.given + n.sur
            return self.lab("name", v, "swap")
        raise KeyError(form)

    def get_name(self, key, sex, share):
        if key not in self.names:
            sur = None
            if share:
                o = self.names[share]
                sur = (o.sur, o.spy)
            self.names[key] = draw_name(sex or None, sur)
        return self.names[key]

    def fill(self, tpl, ns=""):
        # pre-scan sexes and surname sharing so the first occurrence decides
        sexes, shares = {}, {}
        for m in TOK.finditer(tpl):
            if m.group(1):
                if m.group(2):
                    sexes[m.group(1)] = m.group(2)
                if m.group(3):
                    shares[m.group(1)] = m.group(3)[1:]

        def rep(m):
            if m.group(1):
                L = m.group(1)
                sh = shares.get(L)
                if sh:
                    self.get_name(ns + sh, sexes.get(sh), None)
                n = self.get_name(ns + L, sexes.get(L), ns + sh if sh else None)
                return self.name_form(n, m.group(4))
            if m.group(5):
                key = (ns, m.group(5), m.group(6))
                kind = m.group(5)
                if key not in self.data:
                    f = {"P": ("phone", phone), "ID": ("id_number", id_number), "CARD": ("bank_card", card),
                         "MAIL": ("email", email), "WX": ("wechat", wechat), "QQ": ("qq", qq),
                         "ADDR": ("address", address), "ACC": ("account", account)}[kind]
                    self.data[key] = (f[0], f[1]())
                k, v = self.data[key]
                return self.lab(k, v, fmt_of(k, v))
            g = m.group(7)
            return {"APP": lambda: R.choice(APPS), "CO": lambda: R.choice(COMPANIES),
                    "COS": lambda: R.choice(COMP_SHORT), "AMT": amt, "DATE": date, "TIME": tm,
                    "HOT": lambda: R.choice(HOT), "DIAL": lambda: R.choice(DIAL),
                    "N": lambda: str(R.randint(2, 90)), "MIN": lambda: f"{R.randint(0, 12)}分{R.randint(1, 59)}秒"}[g]()
        return TOK.sub(rep, tpl)


def punct(tpl):
    r = R.random()
    if r < 0.58:
        return tpl
    if r < 0.78:
        return tpl.translate(HALF)
    return "".join(ch.translate(HALF) if R.random() < 0.5 else ch for ch in tpl)


# ---------------------------------------------------------------- templates
Q_WHO = ["谁联系了你？怎么联系的？", "对方是谁", "联系你的人自称什么身份", "谁联系的你，用的什么方式（电话/短信/微信/上门）"]
Q_SAY = ["对方说了什么？有没有威胁你？", "他们威胁了什么", "对方原话（尽量写清楚）", "催收说了哪些让你害怕的话"]
Q_PAID = ["你已经还了多少？还给了谁？", "已经付过的钱", "还款情况", "你之前还过钱吗？还到哪里了？"]
Q_WHOELSE = ["他们还联系了谁？", "被联系的亲友/同事", "有没有打给你的家人或者同事"]
Q_WANT = ["你希望怎么处理？", "你想要我们帮你做什么", "诉求"]
Q_MORE = ["补充说明", "其他想说的", "还有什么要补充的"]
QFMT = ["{i}. {q}\n答：{a}", "Q{i}：{q}\nA：{a}", "【{q}】\n{a}", "{q}\n{a}", "问题{i} {q}\n回答：{a}", "{q}——{a}",
        "{i}、{q}\n{a}"]

A_WHO = [
    "一个男的，自称{CO}的，说叫{Am}，用{P1}打给我，后来又加我微信",
    "先是短信后是电话，打电话的说他是{APP}委托的{COS}，叫{A}，工号{ACC1}",
    "号码每次都不一样，有一个是{P1}。男的说姓{B.s}，女的说她叫{Af}",
    "不知道真名，微信昵称“{COS}-{A.s}经理”，微信号{WX1}",
    "自称{APP}法务部的{A}，说我的案子已经转到{CO}了",
    "{A}，{P1}，说是{COS}的。还有一个女的叫{B}，{P2}",
    "就一个Z先生，我这么记的，因为他只说自己姓{A.s}，拼音Z开头那个{A.s}",
    "短信落款是{A.en}，全英文的，后来打电话说中文名叫{A}",
    "打电话的说他叫{Am}，我听着也可能是{A.typo}，反正是这个音",
    "一个叫{A}的人加我QQ（{QQ1}），说他是{APP}的调解员",
    "不认识的号码{P1}，对方上来就喊我全名，说他是“{COS}的{A.s}主管”，全名{A}",
    "是个女的，叫{Af}，说是{CO}的，她用的手机号{P1}，还说可以走“停息挂账”",
    "{A}和{B}，两个人轮流打，一个唱红脸一个唱白脸，都说自己是{COS}的",
    "微信上加我的，备注写的“{APP}贷后{A.s}”，后来他发语音说自己叫{A}",
    "隐藏号码，只说是{APP}的，没说名字",
    "上门的两个人，一个高个子自称{Am}，另一个没说名字，给我看了一个工作证，上面写着{CO}",
]
A_SAY = [
    "说要去我单位找我们领导{A}，把我欠钱的事发到公司群",
    "说今天不还就上门，我家地址{ADDR1}他们都知道，还说要找我爸{Bm}",
    "威胁要爆通讯录，已经给我表姐{Af}、我同事{B}打过了",
    "说我涉嫌诈骗要立案，发了一张假的立案通知，上面有我的身份证号{ID1}",
    "说要把我的照片P成遗照发给{A}和{B}，我吓得一晚上没睡",
    "原话：“{A}你听好了，三点前不到账，你老婆{Bf}单位我们直接去”",
    "说你不还钱你儿子{Am}以后考公政审过不了（这是真的吗？）",
    "一直骂人，说要让我在老家{ADDR1}抬不起头，村里人都会知道",
    "说已经联系了我的紧急联系人{A}，如果再不还就发律师函到我户籍地",
    "说我借了{APP}{AMT}，逾期{N}天，要把我的信息上传“全国失信平台”",
    "他说“你妹妹{Af}在哪个厂上班我们都查到了”",
    "没有威胁，就是一天打十几个电话，影响我上班",
]
A_PAID = [
    "{DATE}还了{AMT}，转到一个叫{A}的个人卡上，卡号{CARD1}",
    "在{APP}上还了三期，每期{AMT}，后来他们让我转给{A}的支付宝，账号是{MAIL1}",
    "一共还了{AMT}，本金才借了{AMT}。最后一笔是转给{A}（{CARD1}），说是“平账”",
    "还没还，真的没钱了",
    "{DATE}还了{AMT}到APP上，{DATE}又按他们说的转了{AMT}给{A}，微信转的，他微信号{WX1}",
    "我妈{Af}帮我还过一次{AMT}，用的她自己的卡{CARD1}",
    "借的钱到手少了三成，砍头息，已经还了{AMT}，我觉得早就还清了",
    "已还：{AMT}（{DATE}）、{AMT}（{DATE}），收款人都是{A}",
    "还给{APP}官方的{AMT}，还给私人的{AMT}（收款户名{A}，{CARD1}）",
]
A_WHOELSE = [
    "我爸{Am}、我妈{Bf}、我老公{Cm}",
    "我姐{Af}，我大学室友{B}，还有我们主管{C}",
    "打给了我表哥{Am}和我二姨{Bf}，我表哥说他们骂得很难听",
    "我同事{Af}（我们叫她{A.g}姐），还有前台的{B}",
    "通讯录里排前面的几个：{A}、{B}、{C}",
    "我婆婆{Af}，她说对方让她“管好你儿媳妇”",
    "{Am}（我舅舅）、{B}（我发小）都接到了",
    "{Af}阿姨（我家房东），她问我是不是出什么事了",
    "我哥{Am}，他电话{P1}，他们打了四五次",
    "只打了我本人，暂时没打给家里人",
]
A_WANT = [
    "希望他们别再打给我妈{Af}了，她有高血压",
    "帮我看看{CO}是不是正规公司，那个{A}说的是真的吗",
    "我想协商分期，但不想再被骚扰",
    "想投诉{APP}，这个{A}太过分了",
    "能不能帮我写一份投诉材料，发给{HOT}",
]
A_MORE = [
    "我叫{A}，身份证{ID1}，电话{P1}，你们可以联系我",
    "我的微信{WX1}，QQ{QQ1}，邮箱{MAIL1}",
    "我现在住{ADDR1}，他们说要上门",
    "我是替我弟弟{Am}填的，他不敢说，他的手机{P1}",
    "录音我都留着，需要的话可以发给你们",
    "我的借款合同号是{ACC1}，借的是{APP}",
]
KIN = [
    "他们打了：\n1. 我妈 {Af}\n2. 我姐 {Bf}\n3. 我同事 {C}（财务部）\n4. 我老板{Dm}",
    "{Am}（我大舅）、{Bm}（我表弟）、{C}（同事）都接到了，{A.g}舅还专门打电话来骂我",
    "我二姨妈{Af}，我们都叫她{A.g}姨，她七十多了，被吓得血压都上来了",
    "我小舅子{Am}、我儿媳妇{Bf}、我外甥{C}",
    "被打电话的人：\n{Am}（我老公）\n{Bf}（我婆婆）\n{Cf}（我闺蜜）",
    "车间主任{Am}找我谈话了，说催收打到厂里，还有我们班组的{B}师傅也接到了",
    "我老板{Am}的手机{P1}被他们打爆了，老板说再这样就让我走人",
    "我们宿舍的{A}、{B}，还有辅导员{C}老师",
    "叔叔{Am}、婶婶{Bf}，还有堂哥{Cm~A}，都是老家的",
    "连我前夫{Am}都接到了，他现在的老婆{Bf}还打电话来骂我",
    "姐{Af}、姐夫{Bm}，还有他们家孩子的班主任{C}",
    "我公公{Am}和我小叔子{Bm~A}，他们说让我老公跟我离婚",
    "表姐{Af}（电话{P1}）、表姐夫{Bm}",
    "我爸{Am}我妈{Bf}我弟{Cm~A}我弟媳{D}都接到了，一家人都知道了",
    "隔壁的{A}阿姨说也有人去她家问我的情况",
    "我们村的村支书{Am}，还有会计{B}，支书说“{A.s}书记我都替你挡了好几次了”",
    "紧急联系人写的是我妹妹{Af}，但是他们连我同学{B}都打了",
    "同事群里有人把截图发给了组长{A}，{A.s}组长私聊问我怎么回事",
]
STORY = [
    "我是去年在{APP}借的{AMT}，当时是因为孩子住院，想着很快就能还上。",
    "后来厂里停工了三个月，工资发不出来，就开始逾期了。",
    "刚开始只是短信提醒，后来就开始每天打电话，一天最多的时候打了三十多个。",
    "我跟他们说我愿意还，只是需要时间，他们不听，说今天必须全额结清。",
    "他们说的很多话我都录下来了，但是我不知道这些能不能当证据。",
    "我不敢跟家里人说，怕我妈受不了。",
    "现在我每天手机一响就心慌，晚上也睡不着觉。",
    "我在网上查了，说这种叫暴力催收，是违法的，可是我不知道该去哪里投诉。",
    "我也打过{HOT}，客服说会登记，但是一直没有回复。",
    "他们给我看的合同上写的利率跟APP里显示的不一样。",
    "我不是不想还，只是他们算出来的钱比我借的多了一倍还多。",
    "我老公说实在不行就去派出所报案，但我怕把事情闹大。",
    "我把{APP}的账单截图都保存了，每一期还了多少都有记录。",
    "有一次他们冒充快递员打电话给我们小区物业，问我住几栋几单元。",
    "上个月{DATE}开始，他们换了一家公司来催，说是{CO}，态度更差了。",
]
QA_SETS = [("who", Q_WHO, A_WHO), ("say", Q_SAY, A_SAY), ("paid", Q_PAID, A_PAID),
           ("else", Q_WHOELSE, A_WHOELSE), ("want", Q_WANT, A_WANT), ("more", Q_MORE, A_MORE)]

LOG_HEAD = ["证据记录：", "我的记录（按时间）", "催收记录整理", "时间｜方式｜内容", "【证据日志】", "记录如下：", ""]
LOG_LINE = [
    "{DATE} {TIME} 电话 {P1} 自称{A}，说再不还就上门",
    "{DATE} {TIME} 短信 内容说要通知我的紧急联系人{A}",
    "{DATE} 微信语音 {A}（微信号{WX1}）骂我，录音已存",
    "{DATE} 上门 两个男的，一个说叫{A}，拍了我家门牌",
    "{DATE} {TIME} 打给我姐{Af}，说我在外面欠了很多钱",
    "{DATE} 电话 {P1} 男 {DIAL}口音 说他是{COS}的{A.s}组长",
    "{DATE} {TIME} 打到我单位座机，找我们人事{A}",
    "{DATE} QQ {QQ1} 发来我的身份证照片",
    "{DATE} 转账 {AMT} 给 {A}（{CARD1}）",
    "{DATE} {TIME} 隐藏号码 没说话就挂了",
    "{DATE} 短信 说已经“上报征信”",
    "{DATE} {TIME} 给我爸{Am}发了一张P过的图",
    "{DATE}｜电话｜{P1}｜自称{CO}的{A}｜说要起诉",
    "{DATE}｜微信｜{A}｜发了我家小区照片",
    "{DATE} 邮件 {MAIL1} 发来“律师函”，落款{A}律师",
    "{DATE} {TIME} 电话 通话{MIN} 对方叫{A.typo}还是{A}，没听清",
    "{DATE} 我打{HOT}投诉了，客服说会转给{APP}",
    "{DATE} {TIME} 打给我同事{A}、{B}",
]

MSG = [
    "【{COS}】{A}你好，你在{APP}的借款已逾期{N}天，我司将联系你的紧急联系人{B}。",
    "{A}，你老婆{Bf}的电话我们已经有了，自己看着办",
    "通知：{A}（身份证{ID1}）欠款{AMT}，请其亲友{B}、{C}督促还款。",
    "{Am}先生，您的案件已移交{CO}，经办人{B}，电话{P1}",
    "你不还钱，明天我们就去{ADDR1}找你",
    "{A}，别装死，你弟{Bm~A}在哪上班我们一清二楚",
    "尊敬的{A}：您于{APP}的账单已严重逾期，请于今日18点前还款，否则将启动上门外访。",
    "这是最后一次提醒，不还就爆你通讯录，第一个打给{A}",
    "{A}你好，我是{COS}调解员{B}，工号{ACC1}，有空回个电话",
    "欠钱不还，{A}全家死光",
    "【{APP}】您的借款已逾期，请尽快处理，回T退订",
    "Dear {A.en}, your loan with {APP} is {N} days overdue. Contact {B.en} at {P1}.",
]
REMARK = [
    "↑这是{DATE}收到的，号码{P2}",
    "（我的备注：这条最吓人，他们连我女儿{Af}的名字都知道）",
    "——这条冒充法院",
    "（中间我回了一句“我在想办法”）",
    "↓下面这条是发给我哥{Am}的，他截图给我的",
    "我：这不是我的号码，你们找错人了",
    "（这个{A}就是上次上门那个）",
    "备注：发这条的号码{P2}，打回去是空号",
    "↑{TIME}发的，我没回",
    "（他们说的{A}我根本不认识）",
    "【我】我已经还了{AMT}了",
]

VOICE = [
    "是个男的，听声音四十来岁，{DIAL}口音，开口就问“你是不是{A}”，我说是，他说他是{CO}的{Bm}",
    "女声，普通话很标准，背景很吵像好多人在打电话，她说她姓{B.s}，工号{ACC1}",
    "先是机器音念我的名字和身份证后四位，然后转人工，人工说叫{A}",
    "录音里他说：“{A}你别装死，你弟{Bm~A}的电话我也有。”",
    "通话{MIN} 号码{P1} 男 {DIAL}口音 自称{A} 语气很凶",
    "声音很年轻，像二十出头，说话很快，一直重复“{Af}女士，你这个情况很严重”",
    "男的，嗓门特别大，骂了几句脏话，最后说他叫{Am}，让我记住这个名字",
    "女的很温柔，说她是{APP}的客服{Af}，但后面话越来越难听，说要打给我老公{Bm}",
    "两个人抢着说话，一个{DIAL}口音一个普通话，普通话那个说他叫{Am}",
    "电话那头很安静，像一个人在家里打的，说话带点{DIAL}口音，他说：“我是{COS}的，{B}是你什么人？”",
    "对方念出了我的身份证号{ID1}和我家地址{ADDR1}，声音听着像个中年男的",
    "机器人打的，念完“{APP}提醒您账单已逾期”就挂了，没有名字",
    "男的，{DIAL}话，他说的名字我听着像“{A.typo}”，后来短信落款是{A}",
    "声音沙哑，抽烟那种，说“你姑妈{Af}在{ADDR1}，我们随时可以过去坐坐”",
]

FORMS = [
    "催我的那个叫{Am}，我们私下都叫他{A.s}胖子",
    "{Am.I}先生（他只说自己姓{A.s}），后来我在一个投诉帖里看到他全名{A}",
    "他微信我备注的是{A.ini}，其实就是{A}",
    "英文短信开头写的 Dear {Am.en}，那是我老公的名字，中文是{A}",
    "短信落款是 {A.EN}——应该就是{A}",
    "表哥{Am.half}（输入法没切过来）也接到电话了",
    "{A.swap}——不对，是{A}，我打反了",
    "小{Am.s}子是我们村的，大名{A}，他也被拉进催收的群了",
    "阿{A.g1}是我弟，全名{Am}，他在工地上班，催收打到他工头那去了",
    "一个姓{Am.s}的，他们公司的人都叫他{A.s}总，我查了一下好像叫{A}",
    "{A.s}XX，他不肯说全名，只说是{COS}的",
    "{Am.py}，他给我的名片上是这么写的，拼音",
    "我二舅{Am}，我们都喊他{A.g}舅",
    "{A.g}姐（{Af}）是我同事，催收给她打了三次",
    "老{Am.s}，就是{A}，我们小区门口修车的，被当成我的紧急联系人了",
    "{A.I}女士，就是{Af}，我在通讯录里只存了个字母",
    "我老婆{Af}，平时大家叫她{A.g1}{A.g1}，催收打电话就问“{A.g1}{A.g1}是不是你老婆”",
    "对方说：“你是{A.half}吧？”他把我名字打成了拼音",
    "他邮件落款是“{Am.jw}”，我问他全名，他说叫{A}",
    "我大姑{Af}和小姑{Bf~A}都被打了",
    "{Af.en}是我在国外的表妹，中文名{A}，催收连她都找到了",
    "名字叫{A}还是{A.typo}我不确定，短信里两个写法都有",
    "{A.I}先生{P1}，这是我手机里存的，我也不知道他全名",
    "{Am.half}，我打字太快了没切输入法，是{A}",
    "对方自称 {Am.en}，说是外资公司的，其实中文名叫{A}",
    "{A.py}（{A}）是我表弟，在外地打工，也被打了",
    "我同事{A.ini}（{A}），群里都这么叫，催收连他都找了",
    "{A.typo}（打错了，是{A}）",
    "{A.swap}、{B}、{C}，第一个名字我打反了，应该是{A}",
    "老{Am.s}（{A}）、小{Bf.s}（{B}）、阿{C.g1}（{C}），都是我们厂的",
    "Z总就是那个自称{COS}总监的，全名不知道；{Bm.I}经理是{B}",
    "律师函上写的是{A.EN}，英文的，还有个中文名{A}",
    "我姑妈叫{Af.half}，哎呀又打成拼音了，{A}",
    "催收叫我名字的时候说的是“{A.en}”，像念英文名一样，我叫{A}",
    "{Am.s}哥（{A}）帮我垫过一次钱，现在催收天天打他电话",
    "聊天记录里他自称“{A.s}专员”，后来转账的户名是{A}",
    "那个叫{A.s}某的（他自己说的“{A.s}某”），工号{ACC1}",
]

OTHER = [
    "他们打的号码：{P1}、{P2}",
    "收款卡号{CARD1}，户名他们不让我看",
    "对方微信{WX1}，说加了可以“内部处理”",
    "这是他们发给我的我自己的身份证号：{ID1}，我都不知道他们哪来的",
    "我家地址是{ADDR1}，他们说明天上门",
    "他让我加QQ{QQ1}，说是“法务群”",
    "律师函是从{MAIL1}发来的",
    "我的借款合同编号{ACC1}，在{APP}借的",
    "来电{P1}，{DATE} {TIME}，说了{MIN}",
    "转了{AMT}到{CARD1}，对方说收到就停催",
    "我的手机号{P1}，你们有进展可以打这个",
    "号码{P1}\n号码{P2}\n号码{P3}\n都是同一个人",
    "让我还到这个卡：{CARD1}",
    "微信号 {WX1}\nQQ {QQ1}",
]

NONE = [
    "不知道名字，隐藏号码，每天打十几个",
    "对方自称{CO}的，说是{APP}委托的，没说名字",
    "Z先生和W女士，他们只说了这个，全名不知道",
    "老张说他也接到了，小李子也接到了，都是我们工地上的",
    "张XX，他只说了姓，公司是{COS}",
    "阿强和阿芳都是我发小，他们说没接到电话",
    "{APP}的账单还差{AMT}，我{DATE}已经还了{AMT}",
    "男的，{DIAL}口音，语气很凶，没报名字",
    "机器音，念了“{APP}提醒您”就挂了",
    "我打了{HOT}，客服说会登记，让我等三个工作日",
    "已经还了三期，每期{AMT}，还剩七期",
    "我想协商停息挂账，不想再被骚扰",
    "王经理说下周会给我回电话，到现在也没打",
    "他们说要起诉，但是没有给我任何法院的东西",
    "{DATE} {TIME} 电话 没说话\n{DATE} {TIME} 短信 说要上门\n{DATE} 又打了",
    "录音我存了三段，最长的一段{MIN}",
    "周末也打，晚上十一点还在打",
    "我老公知道了，我婆婆还不知道",
    "对方说的“{CO}”我在企查查上查不到",
    "Q1：谁联系了你？\nA：不知道，是隐藏号码\nQ2：已经还了多少？\nA：{AMT}",
    "小王说他是外包的，不归{APP}管",
    "{APP}、{APP}、{APP}三个平台都逾期了，最久的{N}天",
    "他们说我属于“恶意逃废债”，还说要“上门核实”",
    "他只说他姓刘，文刀刘，别的都不肯说",
    "李某某，短信上就这么写的，前面是{COS}",
]

GROUPS = {"qa": 56, "log": 34, "paste": 32, "kin": 0, "voice": 30, "forms": 54, "long": 30,
          "other": 24, "none": 30}

ALL_TPL_TEXT = "\n".join(KIN + STORY + A_WHO + A_SAY + A_PAID + A_WHOELSE + A_WANT + A_MORE + LOG_LINE + MSG + REMARK +
                         VOICE + FORMS + OTHER + NONE + APPS + COMPANIES + COMP_SHORT + Q_WHO + Q_SAY + Q_PAID +
                         Q_WHOELSE + Q_WANT + Q_MORE + LOG_HEAD)
ALL_TPL_TEXT = re.sub(r"\{[^}]*\}", "|", ALL_TPL_TEXT)


def qa_block(f, k, ns, pick=None):
    qs = QA_SETS if pick is None else [x for x in QA_SETS if x[0] in pick]
    chosen = R.sample(range(len(qs)), min(k, len(qs)))
    chosen.sort()
    fmt = R.choice(QFMT)
    parts = []
    for i, ci in enumerate(chosen, 1):
        _k, Q, A = qs[ci]
        a = f.fill(punct(R.choice(A)), ns + str(i))
        parts.append(fmt.format(i=i, q=R.choice(Q), a=a))
    return ("\n" if R.random() < 0.6 else "\n\n").join(parts)


def build(group):
    f = Filler()
    if group == "qa":
        text = qa_block(f, R.choice([1, 1, 2, 2, 3, 4]), "q")
    elif group == "log":
        head = R.choice(LOG_HEAD)
        lines = [f.fill(punct(l), "l" + str(i)) for i, l in enumerate(R.sample(LOG_LINE, R.randint(2, 6)))]
        text = (head + "\n" if head else "") + "\n".join(lines)
    elif group == "paste":
        k = R.randint(1, 3)
        parts = []
        for i in range(k):
            m = f.fill(R.choice(MSG), "m" + str(i))
            parts.append(R.choice(["“{}”", "{}", "【截图】{}", "原文：{}", ">{}"]).format(m))
            if R.random() < 0.85:
                parts.append(f.fill(punct(R.choice(REMARK)), "r" + str(i)))
        intro = R.choice(["这是他们发的短信，我复制过来了：", "以下是短信原文，括号里是我自己写的", "", "截图没法传，我手打一下：",
                          "他们发的（按顺序）"])
        text = (intro + "\n" if intro else "") + "\n".join(parts)
    elif group == "kin":
        if R.random() < 0.35:
            text = qa_block(f, 1, "k", pick=["else"])
        else:
            text = f.fill(punct(R.choice(KIN)), "k")
            if R.random() < 0.4:
                text = R.choice(["他们还联系了谁？\n", "【被联系的人】", "补充：", "Q：有没有打给你的家人或者同事\nA："]) + text
    elif group == "voice":
        t = f.fill(punct(R.choice(VOICE)), "v")
        if R.random() < 0.35:
            t = R.choice(["描述一下对方的声音：", "【对方的声音和说话方式】\n", "电话是这样的：", ""]) + t
        if R.random() < 0.3:
            t += R.choice(["。", "\n"]) + f.fill(punct(R.choice(VOICE)), "v2")
        text = t
    elif group == "forms":
        text = f.fill(punct(R.choice(FORMS)), "f")
        if R.random() < 0.3:
            text += R.choice(["。", "，", "\n"]) + f.fill(punct(R.choice(A_WHOELSE)), "f2")
    elif group == "long":
        segs = [R.choice(["事情是这样的，", "我先说一下情况：", "不好意思写得有点乱，", "我真的很害怕，不知道该怎么办，", ""])
                + f.fill(punct(R.choice(A_PAID + A_SAY)), "L0")]
        if R.random() < 0.6:
            segs.append("".join(f.fill(punct(x), "LS" + str(i)) for i, x in enumerate(R.sample(STORY, R.randint(3, 9)))))
        segs.append(qa_block(f, R.randint(3, 6), "L1"))
        if R.random() < 0.4:
            segs.append(f.fill(punct(R.choice(KIN)), "LK"))
        if R.random() < 0.7:
            lines = [f.fill(punct(l), "L2" + str(i)) for i, l in enumerate(R.sample(LOG_LINE, R.randint(3, 12)))]
            segs.append(R.choice(LOG_HEAD[:-1]) + "\n" + "\n".join(lines))
        if R.random() < 0.6:
            segs.append("短信原文：\n" + "\n".join(f.fill(R.choice(MSG), "L3" + str(i)) for i in range(R.randint(1, 3))))
        if R.random() < 0.5:
            segs.append(f.fill(punct(R.choice(VOICE)), "L4"))
        if R.random() < 0.35:
            segs.append("第二次填写，补充一下：\n" + qa_block(f, R.randint(4, 6), "L6"))
            segs.append("".join(f.fill(punct(x), "L7" + str(i)) for i, x in enumerate(R.sample(STORY, R.randint(4, 8)))))
        if R.random() < 0.5:
            segs.append(f.fill(punct(R.choice(FORMS)), "L5"))
        segs.append(R.choice(["谢谢你们。", "求帮忙。", "以上都是真实的。", "我现在每天都睡不着，希望能有人帮帮我。", ""]))
        text = "\n\n".join(s for s in segs if s)
    elif group == "other":
        text = f.fill(punct(R.choice(OTHER)), "o")
    elif group == "none":
        text = f.fill(punct(R.choice(NONE)), "n")
    else:
        raise KeyError(group)
    return text, f.pii


def finish(text, pii):
    # order by first appearance, each value once
    seen, out = set(), []
    for k, v, fm in pii:
        if v in seen:
            continue
        seen.add(v)
        out.append((text.index(v), k, v, fm))
        FORMSTAT[(k, fm)] += 1
    out.sort(key=lambda x: x[0])
    return [{"kind": k, "value": v} for _i, k, v, _f in out]


def to_trad(text, pii):
    t = S2T.convert(text)
    new = []
    for k, v, fm in pii:
        v2 = S2T.convert(v) if k in ("name", "address") else v
        if v2 not in t:
            return None
        new.append((k, v2, fm))
    return t, new


# ---------------------------------------------------------------- preserve
def preserve_candidates():
    L = []
    fr_app = ["{}的账单已出", "在{}上借的", "{}逾期了{}天", "{}的客服电话打不通", "{}是正规平台吗", "我在{}借了{}",
              "{}提醒您按时还款", "{}的利息太高了", "{}委托的第三方", "投诉{}"]
    for a in APPS:
        for fr in R.sample(fr_app, 5):
            L.append(fr.format(a, R.randint(3, 120)) if fr.count("{}") == 2 and "天" in fr
                     else fr.format(a, amt()) if fr.count("{}") == 2 else fr.format(a))
    fr_co = ["自称{}的", "{}是不是正规公司", "对方说是{}", "{}发来的律师函", "{}的调解员", "查不到{}这家公司"]
    for c in COMPANIES + COMP_SHORT:
        for fr in R.sample(fr_co, 2):
            L.append(fr.format(c))
    for h in HOT:
        L += [f"我打了{h}投诉", f"客服热线{h}", f"{h}打不通怎么办"]
    # numbers that are not personal
    for _ in range(170):
        L.append(R.choice([(lambda x: f"借了{x}元到手{x * 7 // 10}元")(R.randint(10, 300) * 100), f"已还{amt()}", f"剩余应还{amt()}", f"逾期{R.randint(1, 400)}天",
                           f"年化利率{R.randint(10, 36)}%", f"年化{R.randint(100, 365)}%的高利贷",
                           f"{date()} {tm()}", f"每期{amt()}，共{R.choice([3, 6, 9, 12, 24])}期",
                           f"邮编{R.choice(['450000', '410000', '518000', '610000', '276000', '221000'])}",
                           f"版本号V{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                           f"（2026）{R.choice(['豫0105', '湘0104', '粤0307', '川0107'])}民初{R.randint(100, 9999)}号",
                           f"第{R.randint(1, 30)}期", f"{R.randint(1, 12)}月{R.randint(1, 28)}日前还清",
                           f"通话时长{R.randint(0, 12)}分{R.randint(1, 59)}秒", f"服务费{R.randint(1, 30)}%",
                           f"价格{R.randint(10, 999)}元", f"{R.randint(1, 9)}点{R.randint(10, 59)}分打来的",
                           f"一天打了{R.randint(3, 40)}个电话", f"银保监发〔2026〕{R.randint(1, 60)}号"]))
    # surname-character words, places, institutions
    words = ["王牌", "张贴", "李子", "黄金", "高度", "周末", "马上", "白条", "金条", "林业", "何时", "于是", "陈述", "孙子",
             "钱款", "余额", "许可", "曾经", "江苏", "韩国", "郑重", "田地", "任务", "常用", "方便", "安全", "程序",
             "严重", "万一", "向来", "宋体", "毛利", "石家庄", "章程", "邓州", "罗列", "胡同", "梁山", "苏州", "温州",
             "冯家村", "吴江", "朱红", "杨柳", "谢谢", "唐山", "许昌", "彭水", "曹县", "董事会", "潘家园", "袁家岭",
             "蔡甸", "蒋村", "叶县", "杜甫草堂", "魏县", "吕梁", "丁字路口", "任丘", "卢沟桥", "姚家坝", "沈阳",
             "钟楼", "姜汤", "崔庄", "谭家湾", "陆地", "范围", "廖家坪", "贾汪", "付款", "邹城", "熊猫", "孟津", "秦皇岛",
             "邱县", "侯马", "尹庄", "薛城", "段落", "雷雨", "史料", "陶瓷", "贺卡", "郝家村", "顾问", "龚滩", "邵阳",
             "戴帽子", "欧阳路", "上官镇", "司马光砸缸"]
    fr_w = ["{}", "{}那边", "说到{}", "关于{}的事", "{}的问题"]
    for w in words:
        for fr in R.sample(fr_w, 2):
            L.append(fr.format(w))
    inst = ["人民法院", "公安局", "派出所", "司法所", "人民检察院", "信访局", "市场监督管理局", "金融办"]
    for p, c, d in PLACES:
        for i in R.sample(inst, 3):
            L.append(f"{c}{d}{i}" if R.random() < 0.5 else f"{d}{i}")
        L.append(f"{p}{c}")
    # job titles with surnames and forms of address (not personal by the conventions)
    titles = ["经理", "主管", "总", "组长", "律师", "调解员", "法务", "专员", "客服", "老师", "师傅", "警官", "阿姨", "叔",
              "姐", "哥", "先生", "女士"]
    for s, spy, _w in SUR[:45]:
        t = R.choice(titles)
        L.append(R.choice([f"{s}{t}说下周回电话", f"那个{s}{t}又打来了", f"{s}{t}让我先还一部分", f"自称{s}{t}的人",
                           f"{s}{t}", f"老{s}", f"小{s}", f"{s}XX", f"{s}某", f"{spy[0]}先生", f"{spy[0]}女士",
                           f"姓{s}的那个", f"他说他姓{s}"]))
    for s, spy, _w in SUR[45:]:
        L.append(R.choice([f"{s}经理", f"小{s}子", f"{s}某某", f"{spy[0]}总"]))
    nick = ["阿强说他也接到了", "老张不肯说", "小李子", "胖子说没事", "二狗也被打了电话", "阿芳", "大刘", "老周头",
            "强哥", "芳姐", "小王你听我说", "毛毛他妈", "阿杰和阿伟", "老刘家的", "张XX", "李某某", "王某", "Z先生",
            "W女士", "L总", "陈总", "黄经理", "赵律师", "何主任", "刘某", "孙姐", "马师傅", "小周", "老钱"]
    L += nick
    kin = ["我妈", "我爸", "我姐", "我哥", "我弟", "我妹", "我老公", "我老婆", "我婆婆", "我公公", "我岳父", "我岳母",
           "我二姨", "我大舅", "我表哥", "我表姐", "我堂弟", "我同事", "我们主管", "我们老板", "我室友", "我发小", "我房东",
           "我大姑", "我小姑", "我姑妈", "我舅妈", "我嫂子", "我姐夫", "我外婆", "我奶奶", "我爷爷", "我邻居", "前台"]
    fr_k = ["他们打给了{}", "{}也接到电话了", "{}被骂了", "催收找到{}了", "{}不知道这件事", "{}让我报警"]
    for k in kin:
        for fr in R.sample(fr_k, 2):
            L.append(fr.format(k))
    voice = ["男的，{}口音", "女声，普通话很标准", "背景很吵，像呼叫中心", "机器音，念完就挂", "声音沙哑，像抽烟的",
             "说话很快，听不清", "带点{}口音", "两个人抢着说话", "一开口就骂人", "语气很温柔但是话很难听",
             "听声音二十多岁", "听声音五十来岁", "电话那头很安静", "他说“你自己看着办”", "说要“上门核实”",
             "说我“恶意逃废债”", "说要“爆通讯录”", "说要发律师函到户籍地", "说要上报征信", "说我涉嫌诈骗"]
    for v in voice:
        for d in R.sample(DIAL, 2 if "{}" in v else 1):
            L.append(v.format(d) if "{}" in v else v)
    forms = ["不知道名字", "隐藏号码", "每天打十几个", "对方没说名字", "只说是外包公司", "我想协商分期", "我想先停催",
             "本金我认，利息太高不认", "已经还了三期", "剩下七期", "不想再被骚扰", "能不能帮我写投诉材料",
             "录音都留着", "截图都存了", "我不敢告诉家里人", "我怕丢工作", "我已经报警了", "派出所说这是经济纠纷",
             "我现在失业了", "真的没钱了", "他们说再不还就起诉", "起诉我也认", "我想知道这样合不合法",
             "我可以投诉到哪里", "APP已经下架了", "APP打不开了", "合同我没有看到", "借款合同在APP里看不到",
             "砍头息", "714高炒", "停息挂账", "个性化分期", "协商还款", "减免罚息", "暴力催收", "软暴力",
             "爆通讯录", "P遗照", "上门催收", "冒充法院", "冒充律师", "假律师函", "假传票"]
    for w in forms:
        L.append(w)
        L.append(R.choice(["Q：{}", "答：{}", "补充：{}", "{}。", "（{}）", "备注：{}"]).format(w))
    logl = ["{d} {t} 电话 没说话", "{d} 短信 说要上门", "{d} {t} 隐藏号码", "{d} 又打了三次", "{d} 微信语音 没接",
            "{d} 打到单位座机", "{d} {t} 短信 说已上报征信", "{d}｜电话｜未接", "{d} 转账 {a} 给APP",
            "{d} 我打{h}投诉"]
    for _ in range(160):
        L.append(R.choice(logl).format(d=date(), t=tm(), a=amt(), h=R.choice(HOT)))
    q = Q_WHO + Q_SAY + Q_PAID + Q_WHOELSE + Q_WANT + Q_MORE
    L += q
    L += [re.sub(r"\{[^}]*\}", lambda m: {"{APP}": R.choice(APPS), "{AMT}": amt(), "{HOT}": R.choice(HOT),
                                          "{DATE}": date(), "{CO}": R.choice(COMPANIES)}[m.group(0)], x) for x in STORY]
    # traditional versions of a sample
    base = list(L)
    for s in R.sample(base, 130):
        t = S2T.convert(s)
        if t != s:
            L.append(t)
    return L


def norm(s):
    return re.sub(r"\s+", "", s)


def load_other():
    texts, lines = set(), set()
    nf = 0
    if not os.path.isdir(DEDUPE_DIR):
        return texts, lines, nf
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.startswith("scrub_") and fn.endswith(".jsonl") and "tune21" not in fn:
            nf += 1
            with open(p, encoding="utf-8") as fh:
                for ln in fh:
                    ln = ln.strip()
                    if ln:
                        try:
                            texts.add(norm(json.loads(ln)["text"]))
                        except Exception:
                            pass
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt") and "tune21" not in fn:
            nf += 1
            with open(p, encoding="utf-8") as fh:
                for ln in fh:
                    ln = ln.rstrip("\n")
                    if ln.strip():
                        lines.add(norm(ln))
    return texts, lines, nf


def main():
    other_texts, other_lines, nfiles = load_other()
    all_other = other_texts | other_lines
    # 1. preserve first, so that names can be kept out of it
    cands = preserve_candidates()
    pres, seen = [], set()
    own_rep = dropped = 0
    for s in cands:
        n = norm(s)
        if n in seen:
            own_rep += 1
            continue
        seen.add(n)
        if n in all_other:
            dropped += 1
            continue
        pres.append(s)
    FORBIDDEN_TEXT[:] = [ALL_TPL_TEXT] + pres
    # 2. records
    plan = []
    for g, k in GROUPS.items():
        plan += [g] * k
    plan += ["kin"] * 36
    records, redraw = [], 0
    texts_seen = set()
    for g in plan:
        for _ in range(50):
            text, pii = build(g)
            trad = False
            if R.random() < 0.13:
                tr = to_trad(text, pii)
                if tr:
                    text, pii = tr
                    trad = True
            n = norm(text)
            if n in texts_seen or n in other_texts:
                redraw += 1
                continue
            texts_seen.add(n)
            break
        records.append((g, text, finish(text, pii)))
        if trad:
            TRAD.add(len(records) - 1)
    # long records must be long
    R.shuffle(records)
    # 3. checks
    names = [it["value"] for _g, _t, p in records for it in p if it["kind"] == "name"]
    allvals = [(it["kind"], it["value"]) for _g, _t, p in records for it in p]
    for g, t, p in records:
        pos = -1
        for it in p:
            assert it["value"] in t, (g, it)
            i = t.index(it["value"])
            assert i >= pos
            pos = i
            if it["kind"] == "bank_card":
                assert luhn_ok(it["value"]), it
            if it["kind"] == "id_number":
                assert id_ok(it["value"]), it
        # no labelled name of any record unlabelled in this record
        masked = t
        for it in sorted(p, key=lambda x: -len(x["value"])):
            masked = masked.replace(it["value"], "\0")
        for nm in names:
            assert norm(nm) not in norm(masked), (g, nm)
    normvals = [norm(v).lower() for _k, v in allvals]
    for ln in pres:
        nl = norm(ln).lower()
        for v in normvals:
            assert v not in nl, ("preserve contains pii", v)
    # 4. write
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "scrub_tune21.jsonl"), "w", encoding="utf-8") as fh:
        for i, (g, t, p) in enumerate(records, 1):
            fh.write(json.dumps({"id": f"t21-{i:04d}", "text": t, "sender": None, "pii": p},
                                ensure_ascii=False) + "\n")
    R.shuffle(pres)
    with open(os.path.join(OUT, "scrub_tune21_preserve.txt"), "w", encoding="utf-8") as fh:
        for ln in pres:
            fh.write(ln + "\n")
    kinds = Counter(k for k, _v in allvals)
    summ = {"records": len(records), "items": len(allvals), "by_kind": dict(kinds.most_common()),
            "no_pii_records": sum(1 for _g, _t, p in records if not p),
            "groups": dict(Counter(g for g, _t, _p in records)),
            "records_by_group_with_name": dict(Counter(g for g, _t, p in records if any(x["kind"] == "name" for x in p))),
            "names_distinct": len(set(names)),
            "trad_records": len(TRAD),
            "forms": {f"{k}:{f}": c for (k, f), c in sorted(FORMSTAT.items(), key=lambda x: (x[0][0], str(x[0][1])))},
            "punct_half_only": sum(1 for _g, t, _p in records if re.search(r"[,:?!]", t) and not re.search(r"[，。：？！]", t)),
            "punct_mixed": sum(1 for _g, t, _p in records if re.search(r"[,?!]", t) and re.search(r"[，。？！]", t)),
            "with_newline": sum(1 for _g, t, _p in records if "\n" in t),
            "len_buckets": dict(Counter(("<50" if len(t) < 50 else "<150" if len(t) < 150 else "<300" if len(t) < 300 else "<800" if len(t) < 800 else ">=800") for _g, t, _p in records)),
            "long_300plus": sum(1 for _g, t, _p in records if len(t) >= 300),
            "max_len": max(len(t) for _g, t, _p in records),
            "dedupe": {"files_read": nfiles, "other_texts": len(other_texts), "other_lines": len(other_lines),
                       "record_redraws": redraw, "preserve_candidates": len(cands), "preserve_own_repeats": own_rep,
                       "preserve_dropped_as_dup": dropped, "preserve_kept": len(pres)}}
    if os.environ.get("TUNE21_SUMMARY"):
        print(json.dumps(summ, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(summ["dedupe"]))


if __name__ == "__main__":
    main()
