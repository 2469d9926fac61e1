#!/usr/bin/env python3
"""Blind tuning corpus 33 for the personal-data scrubber.

Angle: personal data as pasted from screenshots (OCR), call transcripts
(voice-to-text) and exported chats; Hong Kong / Macau / Taiwan names and
addresses; Chinese names mixed with English given names; compound surnames;
Hui / Uyghur / Kazakh names; nicknames next to full names; Han names that are
also ordinary words.

Python standard library only.  Deterministic: one random.Random(SEED) for the
records, random.Random(SEED + 1) for the preserve list, no set iteration.

Environment:
  TUNE33_OUT_DIR     output folder (default: this script's folder)
  TUNE33_DEDUPE_DIR  folder with the other scrub_* corpora (default: this
                     script's folder); only counts are printed
  TUNE33_SUMMARY=1   print a summary of this corpus's own counts
"""
import json
import os
import random
import re
import sys

SEED = 20261233
N_PRESERVE = 3000

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE33_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE33_DEDUPE_DIR", HERE)
OUT_JSONL = "scrub_tune33.jsonl"
OUT_PRESERVE = "scrub_tune33_preserve.txt"

R = random.Random(SEED)
RP = random.Random(SEED + 1)

STATS = {"rej_other_preserve": 0, "rej_own_preserve": 0, "rej_template": 0,
         "rej_used": 0, "rej_famous": 0, "rej_record_check": 0,
         "rej_dup_text": 0}

# ---------------------------------------------------------------- helpers
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def norm(s):
    return re.sub(r"\s+", "", s).lower()


NOISE_CHARS = "|丨 \n\u3000"


def denoise_name(s):
    out = []
    for ch in s:
        if ch in NOISE_CHARS:
            continue
        out.append(ch)
    return "".join(out)


def pick(seq, rng=None):
    return (rng or R).choice(seq)


# ---------------------------------------------------------------- numbers
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137",
                 "138", "139", "147", "150", "151", "152", "153", "155",
                 "156", "157", "158", "159", "166", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "184", "185",
                 "186", "187", "188", "189", "191", "193", "195", "198",
                 "199"]


def mobile_digits():
    return pick(MOBILE_PREFIX) + "".join(str(R.randint(0, 9)) for _ in range(8))


OCR_SWAP = {"0": ["O", "o", "D"], "1": ["l", "I", "|"], "8": ["B"],
            "5": ["S"], "2": ["Z"], "6": ["b"], "9": ["g"]}


def ocr_swap(d, n=None):
    """Swap 1-2 digits for look-alike letters (OCR confusion)."""
    idx = [i for i, ch in enumerate(d) if ch in OCR_SWAP]
    if not idx:
        return d
    n = n or R.choice([1, 1, 2])
    chosen = R.sample(idx, min(n, len(idx)))
    chosen.sort()
    s = list(d)
    for i in chosen:
        s[i] = pick(OCR_SWAP[s[i]])
    return "".join(s)


def fmt_mobile(d, style):
    if style == "plain":
        return d
    if style == "344":
        return d[:3] + " " + d[3:7] + " " + d[7:]
    if style == "dash":
        return d[:3] + "-" + d[3:7] + "-" + d[7:]
    if style == "+86":
        return "+86 " + d
    if style == "+86b":
        return "+86" + d
    if style == "fw":
        return fullwidth(d)
    if style == "fw344":
        return fullwidth(d[:3]) + " " + fullwidth(d[3:7]) + " " + fullwidth(d[7:])
    if style == "ocr":
        return ocr_swap(d)
    if style == "ocr344":
        e = ocr_swap(d)
        return e[:3] + " " + e[3:7] + " " + e[7:]
    if style == "break":
        k = R.randint(3, 8)
        return d[:k] + "\n" + d[k:]
    if style == "oddspace":
        k = R.randint(2, 9)
        return d[:k] + " " + d[k:]
    raise ValueError(style)


def phone(noisy=False):
    d = mobile_digits()
    if noisy:
        st = pick(["ocr", "ocr", "ocr344", "break", "oddspace", "fw", "fw344", "plain", "344"])
    else:
        st = pick(["plain", "plain", "plain", "344", "dash", "+86", "+86b"])
    return fmt_mobile(d, st)


CN_DIG = {"0": ["零", "洞"], "1": ["一", "幺"], "2": ["二", "两"], "3": ["三"],
          "4": ["四"], "5": ["五"], "6": ["六"], "7": ["七"], "8": ["八"],
          "9": ["九"]}


def spoken_phone():
    d = mobile_digits()
    fix = {k: pick(v) for k, v in sorted(CN_DIG.items())}
    if R.random() < 0.5:
        fix["1"] = "幺"
    s = "".join(fix[c] for c in d)
    st = R.choice(["run", "344", "mixed"])
    if st == "344":
        return s[:3] + " " + s[3:7] + " " + s[7:]
    if st == "mixed":  # ASR mixes Arabic and Chinese digits
        k = R.randint(3, 7)
        return d[:k] + s[k:]
    return s


AREA = ["110101", "110105", "310104", "310115", "440106", "440304",
        "330106", "320102", "510104", "420106", "610113", "370102",
        "410105", "430103", "350203", "500103", "210102", "650102",
        "652901", "654002", "640104", "622901", "653101", "650104",
        "440605", "310116", "440111", "450102", "530102", "130104"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_digits():
    y = R.randint(1962, 2004)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    body = pick(AREA) + "%04d%02d%02d" % (y, m, dd) + "%03d" % R.randint(1, 999)
    c = ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]
    return body + c


def idnum(noisy=False):
    d = id_digits()
    if d.endswith("X") and R.random() < 0.3:
        d = d[:-1] + "x"
    if noisy:
        st = pick(["ocr", "ocr", "fw", "684", "break", "plain"])
    else:
        st = pick(["plain", "plain", "plain", "684"])
    if st == "plain":
        return d
    if st == "684":
        return d[:6] + " " + d[6:14] + " " + d[14:]
    if st == "fw":
        return fullwidth(d)
    if st == "ocr":
        return ocr_swap(d[:17]) + d[17]
    if st == "break":
        k = R.randint(6, 14)
        return d[:k] + "\n" + d[k:]
    raise ValueError(st)


CARD_PREFIX = [("622202", 19), ("622848", 19), ("621700", 19), ("621661", 19),
               ("622588", 16), ("622262", 19), ("621799", 19), ("623058", 19),
               ("622700", 19), ("625965", 16), ("436742", 16), ("622609", 16),
               ("621483", 16), ("622155", 16)]


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def card_digits(prefixes=CARD_PREFIX):
    p, n = pick(prefixes)
    body = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def group4(d):
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def card(noisy=False, prefixes=CARD_PREFIX):
    d = card_digits(prefixes)
    if noisy:
        st = pick(["ocr4", "ocr", "fw", "break", "g4", "oddgroup"])
    else:
        st = pick(["plain", "g4", "g4", "dash"])
    if st == "plain":
        return d
    if st == "g4":
        return group4(d)
    if st == "dash":
        return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    if st == "ocr":
        return ocr_swap(d)
    if st == "ocr4":
        return group4(ocr_swap(d))
    if st == "fw":
        return fullwidth(d)
    if st == "break":
        k = R.randint(6, len(d) - 4)
        return d[:k] + "\n" + d[k:]
    if st == "oddgroup":  # OCR drops or adds a space somewhere
        g = group4(d).split(" ")
        k = R.randint(0, len(g) - 2)
        g[k] = g[k] + g[k + 1]
        del g[k + 1]
        return " ".join(g)
    raise ValueError(st)


HK_CARD_PREFIX = [("4568", 16), ("5406", 16), ("4921", 16), ("6250", 16)]


def hkid():
    letter = pick("ACDEGHKMPRVWYZ")
    digs = "".join(str(R.randint(0, 9)) for _ in range(6))
    vals = [36, ord(letter) - 55] + [int(c) for c in digs]
    s = sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    cc = "A" if c == 10 else str(c)
    return letter + digs + pick(["(%s)", "(%s)", "（%s）", "%s"]) % cc


TW_LET = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16,
          "H": 17, "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "P": 23,
          "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "X": 30,
          "Y": 31, "W": 32, "Z": 33, "I": 34, "O": 35}


def twid():
    letter = pick(["A", "B", "C", "D", "E", "F", "H", "K", "N", "P", "R", "S", "T"])
    v = TW_LET[letter]
    digs = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(7))
    s = (v // 10) + (v % 10) * 9 + sum(int(c) * w for c, w in zip(digs, [8, 7, 6, 5, 4, 3, 2, 1]))
    c = (10 - s % 10) % 10
    return letter + digs + str(c)


def hk_phone():
    d = pick("5679") + "".join(str(R.randint(0, 9)) for _ in range(7))
    st = pick(["sp", "+852sp", "+852", "852-", "plain"])
    return {"sp": d[:4] + " " + d[4:], "+852sp": "+852 " + d[:4] + " " + d[4:],
            "+852": "+852" + d, "852-": "(852) " + d[:4] + "-" + d[4:],
            "plain": d}[st]


def mo_phone():
    d = "6" + pick("2368") + "".join(str(R.randint(0, 9)) for _ in range(6))
    return pick(["+853 ", "(853) ", "853-", ""]) + d[:4] + pick([" ", ""]) + d[4:]


def tw_phone():
    d = "09" + "".join(str(R.randint(0, 9)) for _ in range(8))
    st = pick(["d", "s", "+886", "+886d"])
    return {"d": d[:4] + "-" + d[4:7] + "-" + d[7:], "s": d[:4] + " " + d[4:7] + " " + d[7:],
            "+886": "+886 " + d[1:4] + " " + d[4:7] + " " + d[7:],
            "+886d": "+886-" + d[1:4] + "-" + d[4:]}[st]


def qq():
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(R.randint(5, 9)))


PY_SUR = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu",
          "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang",
          "song", "zheng", "xie", "han", "tang", "feng", "dong", "xiao", "cao"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang", "yong",
          "yan", "jie", "tao", "ming", "chao", "xiaoming", "jianguo", "haiyan",
          "lihua", "zhiqiang", "guilan", "xiuying", "yuhang", "zihan", "haoran"]


def wechat():
    st = R.choice(["wxid", "py", "eng"])
    if st == "wxid":
        return "wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(R.randint(10, 14)))
    if st == "py":
        return pick(PY_SUR) + pick(PY_GIV) + str(R.randint(10, 9999))
    return pick(ENG_GIVEN) + "_" + pick(PY_SUR) + str(R.randint(1, 99))


def email(noisy=False):
    user = pick(PY_SUR) + pick(PY_GIV) + pick(["", "_", "."]) + str(R.randint(1970, 2005) if R.random() < 0.5 else R.randint(1, 999))
    dom = pick(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "yahoo.com.hk", "gmail.com"])
    if noisy:
        st = R.choice(["corn", "corn", "l63", "space", "fw"])
        if st == "corn":
            dom = pick(["qq", "163", "126", "sina", "foxmail", "hotmail", "gmail"]) + ".corn"
        elif st == "l63":
            dom = "l63.com"
        elif st == "space":
            return user + " @" + dom
        elif st == "fw":
            return user + "＠" + dom
    return user + "@" + dom


def account():
    st = R.choice(["JK", "HT", "DK", "LN", "HT-"])
    if st == "HT-":
        return "HT-2026-" + "".join(str(R.randint(0, 9)) for _ in range(8))
    return st + "2026" + "".join(str(R.randint(0, 9)) for _ in range(R.randint(8, 12)))


PLATE_P = ["粤B", "粤A", "京N", "沪A", "浙A", "苏E", "川A", "鄂A", "湘A", "豫A", "新A", "宁A", "甘A", "闽D"]


def plate():
    body = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + "".join(R.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
    return pick(PLATE_P) + pick(["", "·", " "]) + body


ADDR_CN = [("广东省", "深圳市", "南山区", "科技园南路"), ("广东省", "广州市", "白云区", "机场路"),
           ("上海市", "", "金山区", "卫零路"), ("广东省", "佛山市", "高明区", "荷城街道沧江路"),
           ("浙江省", "杭州市", "西湖区", "文三路"), ("江苏省", "南京市", "鼓楼区", "中山北路"),
           ("四川省", "成都市", "武侯区", "科华北路"), ("湖北省", "武汉市", "洪山区", "珞喻路"),
           ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "解放南路"), ("宁夏回族自治区", "银川市", "兴庆区", "解放西街"),
           ("甘肃省", "临夏回族自治州", "临夏市", "红园路"), ("河南省", "郑州市", "金水区", "花园路"),
           ("山东省", "济南市", "历下区", "泉城路"), ("福建省", "厦门市", "思明区", "湖滨南路")]
XQ = ["阳光花园", "翠湖苑", "锦绣家园", "幸福里", "金桂园", "丽景湾", "和谐小区", "紫薇苑", "东湖名邸", "绿城桂花园"]


def address_cn(noisy=False):
    p, c, d, r = pick(ADDR_CN)
    num = R.randint(1, 899)
    tail = "%d号%s%d栋%d单元%d室" % (num, pick(XQ), R.randint(1, 32), R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 8))
    parts = [p + c + d + r, tail]
    if R.random() < 0.4:
        parts[0] = c + d + r if c else p + d + r
    if noisy:
        st = R.choice(["space", "break", "fw"])
        if st == "space":
            return p + " " + c + d + " " + r + " " + tail
        if st == "break":
            return parts[0] + "\n" + tail
        return parts[0] + fullwidth(tail)
    return "".join(parts)


HK_STREETS = [("九龍旺角", "彌敦道"), ("九龍旺角", "亞皆老街"), ("九龍油麻地", "上海街"),
              ("九龍尖沙咀", "金巴利道"), ("九龍觀塘", "開源道"), ("九龍深水埗", "桂林街"),
              ("九龍紅磡", "蕪湖街"), ("九龍土瓜灣", "馬頭角道"), ("香港灣仔", "軒尼詩道"),
              ("香港銅鑼灣", "怡和街"), ("香港北角", "英皇道"), ("香港中環", "德輔道中"),
              ("新界沙田", "大圍積福街"), ("新界荃灣", "青山公路"), ("新界屯門", "屯興路"),
              ("新界元朗", "教育路"), ("新界將軍澳", "唐明街"), ("新界大埔", "寶鄉街")]
HK_BLDG = ["永安大廈", "金輝大廈", "恒豐大廈", "華寶大廈", "海景樓", "富康樓", "宏德大廈", "好景大廈", "利群商業大廈", "萬年大廈"]
HK_ESTATE = [("新界沙田", "禾輋邨", "豐順樓"), ("九龍黃大仙", "彩虹邨", "金華樓"), ("新界屯門", "良景邨", "良德樓"),
             ("香港柴灣", "興華邨", "豐興樓"), ("新界天水圍", "天耀邨", "耀盛樓"), ("九龍觀塘", "秀茂坪邨", "秀明樓")]


def hk_address():
    if R.random() < 0.3:
        dist, est, blk = pick(HK_ESTATE)
        return "%s%s%s%d樓%02d室" % (dist, est, blk, R.randint(2, 38), R.randint(1, 24))
    dist, st = pick(HK_STREETS)
    f = R.randint(2, 30)
    flat = pick(["%d%02d室" % (f, R.randint(1, 12)), pick("ABCDEFGH") + "室", "%d號室" % R.randint(1, 8)])
    return "%s%s%d號%s%d樓%s" % (dist, st, R.randint(2, 699), pick(HK_BLDG), f, flat)


HK_EN_ST = [("Nathan Road", "Mong Kok, Kowloon"), ("Argyle Street", "Mong Kok, Kowloon"),
            ("Hennessy Road", "Wan Chai, Hong Kong"), ("King's Road", "North Point, Hong Kong"),
            ("Castle Peak Road", "Tsuen Wan, N.T."), ("Hoi Yuen Road", "Kwun Tong, Kowloon")]


def hk_address_en():
    st, area = pick(HK_EN_ST)
    return "Flat %s, %d/F, %s, %d %s, %s" % (pick("ABCDEFGH"), R.randint(2, 30), pick(["Wing On Building", "Kam Fai Mansion", "Hang Fung Building", "Sea View House"]), R.randint(2, 699), st, area)


MO_ST = ["氹仔柯維納馬路", "新馬路", "高士德大馬路", "黑沙環馬場北大馬路", "筷子基北街", "提督馬路", "氹仔布拉干薩街"]


def mo_address():
    return "澳門%s%d號%s%d樓%s座" % (pick(MO_ST), R.randint(1, 399), pick(["金輝閣", "海景花園", "寶利大廈", "利達新邨", "怡景閣"]), R.randint(1, 30), pick("ABCDEFGH"))


TW_ST = [("臺北市", "大安區", "忠孝東路四段"), ("臺北市", "信義區", "松仁路"), ("新北市", "板橋區", "文化路一段"),
         ("臺中市", "西屯區", "臺灣大道三段"), ("高雄市", "苓雅區", "四維三路"), ("桃園市", "中壢區", "中正路"),
         ("臺南市", "東區", "東門路二段"), ("新竹市", "東區", "光復路二段"), ("台北市", "士林區", "中山北路五段")]


def tw_address():
    c, d, r = pick(TW_ST)
    pre = pick(["", "", str(R.randint(100, 980))])
    if R.random() < 0.4:
        return "%s%s%s%s%d巷%d號%d樓之%d" % (pre, c, d, r, R.randint(1, 300), R.randint(1, 99), R.randint(2, 20), R.randint(1, 5))
    return "%s%s%s%s%d號%d樓" % (pre, c, d, r, R.randint(1, 600), R.randint(2, 25))


# ---------------------------------------------------------------- names
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV2 = ["建国", "建华", "志强", "志明", "秀英", "桂兰", "丽娟", "海燕", "晓东", "晓燕", "春梅", "文斌",
        "国庆", "红霞", "玉兰", "德明", "永刚", "丽华", "淑珍", "金凤", "晓红", "俊杰", "子涵", "浩然",
        "欣怡", "梓萱", "宇航", "雨桐", "思远", "佳琪", "嘉怡", "明轩", "一鸣", "婷婷", "晓丽", "海峰",
        "振宇", "凤英", "玉梅", "秀兰", "学军", "卫东", "爱华", "晓军", "春生", "志刚", "立新", "红梅",
        "亚楠", "少华", "慧敏", "静怡", "博文", "家乐", "天宇", "梦瑶", "诗琪", "子豪", "建军", "美玲",
        "桂芳", "国华", "秋菊", "小芳", "小燕", "明亮", "鹏飞", "雪梅", "瑞华", "冬梅", "兰英", "永红"]
GIV1 = list("伟芳娜敏静磊军洋勇艳杰娟涛明超霞平刚琳鹏辉斌雪倩颖婷华凯峰丹强萍琴云帆")
FAMOUS = ["马云", "王菲", "李娜", "刘翔", "雷军", "杨洋", "张杰", "孙俪", "黄渤", "刘涛", "陈坤", "赵薇",
          "周迅", "张伟", "王刚", "李明", "欧阳修", "司马光", "司马迁", "诸葛亮", "上官婉儿", "欧阳娜娜",
          "司马懿", "令狐冲", "东方不败", "慕容复", "西门庆", "公孙策", "独孤求败", "欧阳锋", "端木蕻良",
          "皇甫嵩", "尉迟恭", "长孙无忌", "陳大文", "黃大仙", "何文田", "宇文化及", "东方朔", "郭靖",
          "杨过", "黄蓉", "王健林", "马化腾", "刘强", "周杰"]

COMPOUND = ["欧阳", "司马", "上官", "诸葛", "端木", "夏侯", "公孙", "宇文", "令狐", "慕容", "东方", "皇甫",
            "尉迟", "长孙", "司徒", "呼延", "南宫", "闻人", "独孤", "西门", "钟离", "百里", "拓跋", "赫连",
            "万俟", "闾丘", "仲孙", "羊舌", "巫马", "谷梁", "太史", "梁丘", "濮阳", "淳于", "公冶", "宗政",
            "亓官", "司寇", "段干", "东郭", "漆雕", "乐正", "公西", "宰父", "微生", "申屠", "左丘", "轩辕",
            "澹台", "公良", "第五", "归海", "单于", "夹谷"]
# weights: the brief's five plus rarely seen ones get more draws
COMPOUND_W = {"欧阳": 4, "司马": 4, "上官": 4, "诸葛": 4, "端木": 4}

UY_GIVEN = ["艾力", "买买提", "阿卜杜拉", "吐尔逊", "努尔", "艾山", "热合曼", "阿依古丽", "古丽娜尔",
            "帕提古丽", "迪丽拜尔", "热依汗", "麦麦提", "玉素甫", "阿里木", "依明", "卡德尔", "吾斯曼",
            "米热古丽", "再努尔", "祖丽皮亚", "阿迪力", "亚森", "阿不都外力", "布再乃甫", "茹仙古丽",
            "麦尔丹", "伊克拉木", "图尔荪", "萨迪克"]
UY_FATHER = ["吐尔洪", "艾买提", "买买提", "阿不都热合曼", "肉孜", "司马义", "依不拉音", "吾守尔",
             "卡哈尔", "托合提", "热西提", "阿西木", "玉苏普", "阿吉", "吐逊", "牙合甫", "克然木", "斯拉木"]
KZ_GIVEN = ["叶尔肯", "努尔兰", "阿依达娜", "加娜尔", "哈里木", "叶尔江", "阿斯哈尔", "巴合江",
            "古丽巴合提", "马合沙提", "赛力克", "达吾列提", "阿依古力", "吾拉孜", "木拉提", "哈拉汗",
            "叶尔波拉提", "阿曼古丽", "加尔肯", "波拉提"]
KZ_FATHER = ["哈米提", "托列根", "努尔兰", "别克", "吐尔逊", "沙吾提", "巴依", "加肯", "阿合买提",
             "胡安", "哈孜", "马那提", "叶尔肯"]
HUI_SUR = ["马", "沙", "纳", "哈", "穆", "海", "丁", "米", "虎", "拜", "撒", "喇", "锁", "冶", "者", "妥", "蓝", "答"]
HUI_GIV = ["德明", "永红", "文斌", "小军", "玉兰", "志刚", "学仁", "秀英", "金花", "晓东", "海鹏", "尕西",
           "尕娃", "哈三", "麦燕", "法图麦", "阿舍", "索菲亚", "伊斯哈格", "尔萨", "优素福", "阿里", "成林",
           "国栋", "世英", "有福", "占山", "福元"]

HK_SUR = [("陳", "Chan"), ("黃", "Wong"), ("李", "Lee"), ("張", "Cheung"), ("梁", "Leung"), ("何", "Ho"),
          ("林", "Lam"), ("劉", "Lau"), ("吳", "Ng"), ("鄭", "Cheng"), ("楊", "Yeung"), ("麥", "Mak"),
          ("郭", "Kwok"), ("謝", "Tse"), ("蔡", "Choi"), ("曾", "Tsang"), ("羅", "Law"), ("葉", "Yip"),
          ("鄧", "Tang"), ("馮", "Fung"), ("譚", "Tam"), ("盧", "Lo"), ("趙", "Chiu"), ("蕭", "Siu"),
          ("潘", "Poon"), ("袁", "Yuen"), ("朱", "Chu"), ("鍾", "Chung"), ("關", "Kwan"), ("黎", "Lai"),
          ("莫", "Mok"), ("彭", "Pang"), ("區", "Au"), ("歐陽", "Au Yeung"), ("司徒", "Szeto")]
HK_GIV = [("大文", "Tai Man"), ("嘉欣", "Ka Yan"), ("家豪", "Ka Ho"), ("偉強", "Wai Keung"), ("志明", "Chi Ming"),
          ("嘉儀", "Ka Yee"), ("詠詩", "Wing Sze"), ("浩然", "Ho Yin"), ("美玲", "Mei Ling"), ("淑儀", "Suk Yee"),
          ("國強", "Kwok Keung"), ("寶儀", "Po Yee"), ("俊傑", "Chun Kit"), ("家樂", "Ka Lok"), ("慧敏", "Wai Man"),
          ("振華", "Chun Wah"), ("曉彤", "Hiu Tung"), ("穎欣", "Wing Yan"), ("健雄", "Kin Hung"), ("錦華", "Kam Wah"),
          ("子軒", "Tsz Hin"), ("凱琳", "Hoi Lam"), ("永康", "Wing Hong"), ("麗珊", "Lai Shan"), ("頌恩", "Chung Yan"),
          ("卓賢", "Cheuk Yin"), ("樂瑤", "Lok Yiu"), ("紫晴", "Tsz Ching"), ("德華", "Tak Wah"), ("秀芬", "Sau Fan")]
TW_SUR = list("林陳黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡")
TW_GIV = ["志明", "淑芬", "雅婷", "怡君", "家豪", "冠宇", "宗翰", "佩珊", "美玲", "俊宏", "建宏", "詩涵",
          "欣怡", "雅雯", "承恩", "柏翰", "宥廷", "品妤", "郁婷", "佳穎", "淑惠", "信宏", "筱涵", "彥廷", "靜宜"]

ENG_GIVEN = ["Tony", "Amy", "Kelly", "Vivian", "Coco", "Kitty", "Jenny", "Cathy", "David", "Kevin",
             "Jason", "Eric", "Peter", "Lily", "Linda", "Jack", "Leo", "Alex", "Vicky", "Joyce", "Ivy",
             "Ken", "Sam", "Ben", "Andy", "Jessica", "Cindy", "Winnie", "Ricky", "Fiona", "Wendy",
             "Tom", "Mandy", "Kenny", "Simon", "Helen", "Anson", "Yoyo", "Rainbow", "Echo"]
PY_SUR_CN = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
             ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
             ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"),
             ("马", "Ma"), ("罗", "Luo"), ("梁", "Liang"), ("宋", "Song"), ("郑", "Zheng"), ("谢", "Xie"),
             ("韩", "Han"), ("唐", "Tang"), ("冯", "Feng"), ("董", "Dong"), ("萧", "Xiao"), ("曹", "Cao")]
PY_GIV_CN = [("伟", "Wei"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"), ("强", "Qiang"), ("磊", "Lei"),
             ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"),
             ("明", "Ming"), ("超", "Chao"), ("晓明", "Xiaoming"), ("建国", "Jianguo"), ("海燕", "Haiyan"),
             ("丽华", "Lihua"), ("志强", "Zhiqiang"), ("桂兰", "Guilan"), ("秀英", "Xiuying"), ("宇航", "Yuhang"),
             ("子涵", "Zihan"), ("浩然", "Haoran"), ("思远", "Siyuan"), ("嘉怡", "Jiayi")]

# Han names that are also ordinary words; the same strings appear in their
# ordinary sense in none records and in the preserve file (deliberate).
WORD_NAMES = ["高明", "文静", "金山", "夏天", "白云", "马达", "雷鸣", "蓝天", "武艺", "冬青", "秋水",
              "甘甜", "周全", "丁香", "温柔", "常乐", "高升", "安静", "方正", "谷雨", "马力", "刘海", "高山"]

CONTEXT = {"haystack": "", "own_pres": "", "used": {}}


def _ok_name(n, is_word=False):
    key = norm(denoise_name(n))
    if not is_word:
        if key in CONTEXT["used"]:
            STATS["rej_used"] += 1
            return False
        if denoise_name(n) in FAMOUS:
            STATS["rej_famous"] += 1
            return False
        if key in CONTEXT["own_pres"]:
            STATS["rej_own_preserve"] += 1
            return False
        if key in CONTEXT["haystack"]:
            STATS["rej_other_preserve"] += 1
            return False
        if key in CONTEXT["templates"]:
            STATS["rej_template"] += 1
            return False
    return True


def _commit(n, is_word=False):
    if not is_word:
        CONTEXT["used"][norm(denoise_name(n))] = 1


def draw(maker, is_word=False):
    for _ in range(400):
        n = maker()
        if isinstance(n, tuple):
            probe = n[0]
        else:
            probe = n
        if _ok_name(probe, is_word) and (not isinstance(n, tuple) or all(_ok_name(x, is_word) for x in n[1:])):
            return n
    raise RuntimeError("cannot draw name")


def han_raw():
    s = pick(SUR)
    g = pick(GIV1) if R.random() < 0.35 else pick(GIV2)
    return s, g


def han():
    s, g = han_raw()
    return s + g


def compound():
    pool = COMPOUND + [k for k, w in sorted(COMPOUND_W.items()) for _ in range(w)]
    s = pick(pool)
    g = pick(GIV1) if R.random() < 0.45 else pick(GIV2)
    return s + g


UY_SEP = ["·", "·", "•", "・", ".", " ", ""]


def uyghur(fused=False):
    sep = "" if fused else pick(UY_SEP)
    return pick(UY_GIVEN) + sep + pick(UY_FATHER)


def kazakh(fused=False):
    sep = "" if fused else pick(UY_SEP)
    g = pick(KZ_GIVEN)
    f = pick(KZ_FATHER)
    while f == g:
        f = pick(KZ_FATHER)
    return g + sep + f


def hui(fused=False):
    s = pick(HUI_SUR)
    g = pick(HUI_GIV)
    if not fused and g in ("法图麦", "优素福", "尔萨", "伊斯哈格", "索菲亚", "阿里") and R.random() < 0.5:
        return s + "·" + g
    return s + g


def minority(fused=False):
    r = R.random()
    if r < 0.4:
        return uyghur(fused)
    if r < 0.7:
        return kazakh(fused)
    return hui(fused)


def hk_pair():
    (s, sr), (g, gr) = pick(HK_SUR), pick(HK_GIV)
    trad = s + g
    if R.random() < 0.15:  # married woman with husband's surname first
        (s2, s2r) = pick(HK_SUR)
        if s2 != s and len(s2) == 1 and len(s) == 1:
            trad = s2 + s + g
            sr = s2r + " " + sr
    a, b = gr.split(" ")
    form = R.choice(["UP", "hy", "comma", "rev", "plain"])
    if form == "UP":
        rom = sr.upper() + " " + gr
    elif form == "hy":
        rom = sr + " " + a + "-" + b.lower()
    elif form == "comma":
        rom = sr.upper() + ", " + gr
    elif form == "rev":
        rom = gr + " " + sr.upper()
    else:
        rom = sr + " " + gr
    return trad, rom


def hk_trad():
    return hk_pair()[0]


def tw_name():
    return pick(TW_SUR) + pick(TW_GIV)


def eng_mixed():
    (s, sp), (g, gp) = pick(PY_SUR_CN), pick(PY_GIV_CN)
    e = pick(ENG_GIVEN)
    form = R.choice(["Es", "sE", "E_Sp", "SP_G", "Sp_G", "G_SP", "E_SP", "Es", "sE", "E_Sp"])
    return {"Es": e + s, "sE": s + e, "E_Sp": e + " " + sp, "SP_G": sp.upper() + " " + gp,
            "Sp_G": sp + " " + gp, "G_SP": gp + " " + sp.upper(), "E_SP": e + " " + sp.upper()}[form]


def pinyin_pair():
    (s, sp), (g, gp) = pick(PY_SUR_CN), pick(PY_GIV_CN)
    rom = R.choice([sp + " " + gp, sp.upper() + " " + gp, gp + " " + sp, sp.upper() + " " + gp.upper()])
    return s + g, rom


BRIEF_WORD_NAMES = ["高明", "文静", "金山", "夏天", "白云"]


def word_name():
    return pick(BRIEF_WORD_NAMES) if R.random() < 0.5 else pick(WORD_NAMES)


def ocr_noise_name(n):
    if " " in n or len(n) < 2:
        return n
    k = R.randint(1, len(n) - 1)
    if n[k - 1] in "·•・." or n[k] in "·•・.":
        return n
    return n[:k] + pick(["|", "丨", " ", " ", "\n", "\u3000"]) + n[k:]


def nick_of(n):
    """Short forms of a Han name: not labelled (bare surname / given-name short form)."""
    n = denoise_name(n)
    s = n[:2] if n[:2] in COMPOUND else n[0]
    g = n[len(s):]
    last = g[-1] if g else s
    opts = ["老" + s, "小" + s, s + "总", s + "哥", s + "姐", "阿" + last, last + "哥", last + "姐",
            "小" + last, last + last]
    if len(s) == 1:
        opts += [s + "老板", "大" + s]
    return pick(opts)


# ---------------------------------------------------------------- fillers
PLATS = ["平安普惠", "招联金融", "马上消费金融", "中银消费金融", "度小满", "360借条", "分期乐", "安逸花",
         "借呗", "微粒贷", "美团借钱", "京东金条", "拍拍贷", "宜人贷", "捷信", "中原消费金融", "兴业消费金融",
         "小赢卡贷", "洋钱罐", "来分期", "还呗", "你我贷", "众安小贷", "苏宁消费金融", "海尔消费金融", "携程借钱"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "兴业银行", "平安银行", "广发银行", "华夏银行", "邮储银行"]
BRANCH = ["科技园支行", "机场路支行", "金山支行", "高明支行", "天山区支行", "营业部", "城东支行", "解放路支行"]
HKBANKS = ["匯豐銀行", "恒生銀行", "中銀香港", "東亞銀行", "渣打銀行", "大新銀行", "安信信貸", "邦民日本財務",
           "亞洲聯合財務", "招商永隆銀行", "建行(亞洲)", "工銀亞洲"]
TWBANKS = ["國泰世華銀行", "玉山銀行", "中國信託", "台新銀行", "富邦銀行", "永豐銀行", "臺灣銀行", "合作金庫",
           "第一銀行", "華南銀行"]
CITY = ["深圳", "广州", "东莞", "佛山", "上海", "杭州", "南京", "成都", "武汉", "郑州", "乌鲁木齐", "银川",
        "临夏", "喀什", "伊宁", "阿克苏", "昆明", "厦门"]
REGION = ["广东 深圳", "广东 广州", "广东 东莞", "浙江 杭州", "江苏 南京", "四川 成都", "湖北 武汉",
          "河南 郑州", "新疆 乌鲁木齐", "新疆 喀什", "新疆 伊犁", "宁夏 银川", "甘肃 临夏", "福建 厦门",
          "中国香港", "中国澳门", "中国台湾", "上海 金山"]
PROV = ["广东", "浙江", "江苏", "四川", "湖北", "河南", "新疆", "宁夏", "甘肃", "福建", "上海", "香港"]
KIN = ["父亲", "母亲", "老婆", "老公", "哥哥", "姐姐", "弟弟", "妹妹", "表哥", "表姐", "堂弟", "儿子",
       "女儿", "舅舅", "姑姑", "叔叔", "同事", "室友", "领导", "房东"]
HKKIN = ["老公", "老婆", "阿媽", "阿爸", "細佬", "家姐", "阿哥", "細妹", "表哥", "同事", "老細"]
TAGS = ["装修", "同事", "房东", "借款人", "担保人", "表哥", "欠款", "中介", "老乡", "快递", "催收", "不接电话",
        "已拉黑", "工地", "客户", "卖车", "二手房", "驾校"]
MSGS = ["钱什么时候还", "在吗", "你别躲了", "下周一定还", "[图片]", "我已经转了500", "别再打我电话了",
        "你自己看着办", "好的收到", "对方说月底", "？？？", "还钱", "我真的没钱了", "再宽限几天", "已经报警了",
        "[语音] 8\"", "催收又打到我单位了", "你能不能先还一部分", "我在外地", "明天中午前给你", "[动画表情]",
        "这是欠条你自己看", "我已经跟他们协商了", "分期可以吗", "不是我借的", "[转账]请收款", "别发群里了",
        "你上次也这么说", "收到", "OK", "嗯嗯", "这个号码是骗子别接", "律师函都发了", "最后一次机会"]
HKMSGS = ["幾時還錢", "唔好再拖", "我而家冇錢", "聽日俾你", "收到", "搞掂未", "你覆我啦", "佢電話打唔通",
          "[圖片]", "咪再打嚟", "下個月先還得", "我已經過數咗"]
GNAME = ["还款群", "装修群", "老乡群", "同学群", "债务协商群", "工地群", "维权群", "宝妈群"]
NICKWORD = ["岁月静好", "平安是福", "一路向北", "向日葵", "知足常乐", "阳光总在风雨后", "静待花开",
            "Sunny", "随遇而安", "A.不忘初心", "追梦人", "笑看风云", "花开富贵"]
HKPLACE = ["旺角", "尖沙咀", "銅鑼灣", "荃灣", "觀塘", "沙田", "屯門", "元朗", "將軍澳", "深水埗", "油麻地",
           "北角", "中環", "灣仔", "大埔", "上水", "紅磡", "葵涌", "東涌", "黃大仙", "何文田"]
TWPLACE = ["信義區", "西門町", "板橋", "中壢", "士林夜市", "逢甲夜市", "六合夜市", "新竹科學園區"]
LAW = ["广东信达律师事务所", "北京某某律师事务所", "上海申和律师事务所", "浙江正和律师事务所"]
COURT = ["深圳市南山区人民法院", "广州市白云区人民法院", "上海市金山区人民法院", "佛山市高明区人民法院",
         "乌鲁木齐市天山区人民法院", "银川市兴庆区人民法院", "临夏市人民法院", "杭州市西湖区人民法院"]
PROD = ["借呗", "花呗", "信用卡", "微粒贷", "白条", "金条", "分期乐账单", "网商贷"]
CN_NUM = ["三", "五", "七", "十", "十五", "二十", "三十", "四十五", "六十", "九十"]
CN_AMT = ["两万块", "五千多", "三千", "一万二", "八千块钱", "四万多", "六千五", "两千八"]


def amt():
    v = R.choice([R.randint(3, 99) * 100, R.randint(1, 80) * 1000, R.randint(1000, 60000)])
    f = R.choice(["%d元", "%d元", "￥%d", "¥%d.00", "%d块", "{:,}.00元"])
    return f.format(v) if "{" in f else f % v


def date():
    y = R.choice([2025, 2026])
    m, d = R.randint(1, 12), R.randint(1, 28)
    return R.choice(["%d-%02d-%02d", "%d/%d/%d", "%d年%d月%d日"]) % (y, m, d)


def hm():
    return "%02d:%02d" % (R.randint(7, 23), R.randint(0, 59))


def hms():
    return "%02d:%02d:%02d" % (R.randint(7, 23), R.randint(0, 59), R.randint(0, 59))


def ts():
    return R.choice([date() + " " + hm(), "昨天 " + hm(), "星期%s %s" % (pick("一二三四五六日"), hm()), hm()])


FILL = {
    "plat": lambda: pick(PLATS), "bank": lambda: pick(BANKS), "branch": lambda: pick(BRANCH),
    "hkbank": lambda: pick(HKBANKS), "twbank": lambda: pick(TWBANKS), "city": lambda: pick(CITY),
    "prov": lambda: pick(PROV), "kin": lambda: pick(KIN), "hkkin": lambda: pick(HKKIN),
    "tag": lambda: pick(TAGS), "msg": lambda: pick(MSGS), "hkmsg": lambda: pick(HKMSGS),
    "gname": lambda: pick(GNAME), "nickword": lambda: pick(NICKWORD), "hkplace": lambda: pick(HKPLACE),
    "twplace": lambda: pick(TWPLACE), "law": lambda: pick(LAW), "court": lambda: pick(COURT),
    "prod": lambda: pick(PROD), "region": lambda: pick(REGION), "amt": amt, "date": date, "hm": hm, "hms": hms, "ts": ts,
    "days": lambda: str(R.randint(3, 400)), "daysc": lambda: pick(CN_NUM) + "天",
    "amtc": lambda: pick(CN_AMT), "amtn": lambda: "%d.00" % R.randint(50, 5000),
    "sex": lambda: pick(["男", "女"]), "ss": lambda: "%02d" % R.randint(1, 29),
    "ss2": lambda: "%02d" % R.randint(30, 59), "dur": lambda: "%d分%02d秒" % (R.randint(0, 12), R.randint(1, 59)),
    "mmdd": lambda: "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)),
    "sig": lambda: pick(["中国移动 4G", "中国联通 5G", "中国电信 4G", "4G 87%", "5G  62%", "12:30  4G"]),
    "tail": lambda: "%04d" % R.randint(0, 9999), "birth": lambda: "%d年%d月%d日" % (R.randint(1965, 2002), R.randint(1, 12), R.randint(1, 28)),
}

# ---------------------------------------------------------------- templates
# Placeholders: N1 N2 N3 = names; NK1/NK2 = short forms of N1/N2 (unlabelled);
# P P2 = mobile; SP = spoken mobile; ID; C = card; A = address; E = email; W = wechat;
# Q = qq; AC = account; PL = plate; HP = HK phone; MP = Macau phone; TP = TW phone;
# HID = HKID; TID = Taiwan ID; HA/HAE/MA/TA = HK/HK-English/Macau/TW address;
# R1 = romanised form of N1 (labelled).  Other placeholders are fillers.

T_OCR = [
    "< 返回        短信\n{date} {hm}\n【{plat}】{N1}您好，您的借款已逾期{days}天，应还{amt}，请联系{P}处理。",
    "借款人：{N1}\n身份证号：{ID}\n手机号码：{P}\n借款金额：{amt}\n逾期天数：{days}天",
    "收款方\n{N1}\n收款账户\n{C}\n转账金额 {amt}\n转账成功",
    "{sig}\n{N1}\n手机\n{P}\n呼叫    发信息    视频通话",
    "催 收 函\n{N1}（身份证号：{ID}）：\n你于{date}在{plat}借款{amt}，至今未还。",
    "紧急联系人：{N1}  {P}\n紧急联系人：{N2}  {P2}",
    "姓名 {N1}\n性别 {sex}  民族 汉\n住址 {A}\n公民身份号码 {ID}",
    "户名：{N1}\n卡号：{C}\n开户行：{bank}{branch}",
    "截图识别结果：{N1}在{plat}欠款{amt}，联系电话{P}，请转告本人。",
    "短信 {date}\n{N1}你好 我是{plat}的 你家人{N2}的账单已经逾期 请转告他尽快处理 联系电话{P}",
    "订单信息\n收货人：{N1}\n联系电话：{P}\n收货地址：{A}",
    "{ts}\n{N1}: 钱我下周还\n{ts}\n{N2}: 你上次也这么说",
    "通话记录\n{N1}\n{P}  {city}\n{date} {hm} 呼入 {dur}",
    "还款凭证\n付款人 {N1}\n付款卡号 {C}\n收款方 {plat}\n金额 {amt}",
    "律师函\n致：{N1}\n身份证号码：{ID}\n你拖欠{plat}借款{amt}，请于七日内联系{law}。",
    "借条\n今借到{N1}人民币{amt}，于{date}前归还。\n借款人：{N2}\n身份证：{ID}\n电话：{P}",
    "{N1}\n{P}\n{E}",
    "名片\n{N1} 客户经理\n{bank}{branch}\n手机：{P}\n邮箱：{E}",
    "微信号：{W}\n昵称：{N1}\n地区：{region}",
    "QQ号 {Q}\n{N1}\n个性签名：还钱是不可能的",
    "合同编号：{AC}\n甲方（出借人）：{plat}\n乙方（借款人）：{N1}\n身份证号：{ID}",
    "{N1}  {date}\n欠{amt}不还，大家看清楚这个人\n电话{P}",
    "快递单\n寄件人：{N1} {P}\n收件人：{N2} {P2}\n{A}",
    "车辆信息：{PL}\n车主：{N1}\n联系电话：{P}",
    "民事起诉状\n被告：{N1}，{sex}，{birth}出生，住{A}",
    "{N1}发来的图片文字：\n本人{N2}，身份证{ID}，自愿归还欠款{amt}",
    "识别文字：\n{N1}\n尾号{tail}的{bank}储蓄卡\n{date} 转出 {amt}",
    "来电提醒\n{P}\n{city} 移动\n标记：{N1}",
    "{N1}的二维码名片\n扫一扫上面的二维码图案，加我为朋友",
    "通讯录\nA\n{N1}\n{P}\nB\n{N2}\n{P2}\nC\n{N3}\n{P3}\nD\n{N4}",
    "{sig}\n< {N1}\n{msg}\n{N2}撤回了一条消息\n{N1}: {msg}",
]

T_VOICE = [
    "喂你好我是{plat}的{N1}你在我们这边有一笔欠款已经逾期{daysc}了",
    "你好请问是{N1}本人吗我这边是{plat}贷后管理部的",
    "喂是{N1}吗你的借款今天必须处理不然我们就按流程走了",
    "我是{N1}的同事他的事情我不清楚你们别再打给我了",
    "你认识{N1}吗他在我们平台借款的时候留了你的电话",
    "[00:00:{ss}] 坐席：您好请问是{N1}吗\n[00:00:{ss2}] 客户：嗯是我 什么事",
    "说话人1：喂你好\n说话人2：你好这里是{plat}请问{N1}在吗\n说话人1：他不在",
    "那个我电话是{SP}你记一下然后我叫{N1}",
    "嗯那个我身份证号是{ID}名字叫{N1}你查一下",
    "他老婆叫{N1}电话是{P}你们找她去",
    "你们找{N1}去找我干嘛钱又不是我借的",
    "嗯嗯好的{N1}你放心我下周五之前一定还上",
    "我们这边是{law}的{N1}律师现在正式通知你",
    "就是说{N1}在我们这边借了{amtc}然后一直没还",
    "喂{N1}啊我是你{kin}{N2}你是不是在外面借钱了",
    "对对对我是{N1}那个钱的事情我跟{N2}商量一下",
    "语音转文字：{N1}你欠的钱什么时候还啊别再拖了",
    "语音转文字：我是{N1}我这个月工资还没发能不能宽限几天",
    "录音整理\n催收员：你好是{N1}吗\n对方：打错了\n催收员：那你认识{N2}吗",
    "呃你好我想问一下就是{N1}是不是在你们那边有欠款我是他{kin}",
    "好的那你记一下我的手机号{SP}还有我老公叫{N1}",
    "通话录音转写 {date} {hm}\n我是{N1}我承认欠款但是现在真的没有能力还",
    "喂喂听得到吗我是{N1}啊刚才信号不好",
    "你把钱打到{N1}的卡上卡号是{C}",
    "我家地址是{A}你们要来就来",
    "他微信号是{W}你加他就行了他叫{N1}",
    "转写：嗯{N1}今天上午来过了说钱{daysc}以后给",
    "喂您好这边是{bank}信用卡中心请问您是{N1}的{kin}吗",
    "00:12 说话人2 我不是{N1}你打错了\n00:15 说话人1 那请问{N1}的电话是多少",
    "我这个号码{SP}就是我本人的{N1}你记好了",
    "通话录音转写\n坐席：您好请问是{N1}吗\n客户：不是我是他{kin}\n坐席：那麻烦转告{N1}尽快联系我们\n客户：你们找{N2}吧钱是他借的他电话{P}",
]

T_CHAT = [
    "{date} {hms} {NK1}({N1})\n{msg}",
    "{N1}撤回了一条消息",
    "\"{N1}\" 撤回了一条消息",
    "{hm}\n\"{N1}\"邀请\"{N2}\"加入了群聊",
    "{N1}拍了拍我",
    "我拍了拍\"{N1}\"",
    "{date} {hms} {N1}({Q})\n{msg}",
    "【{N1}】{msg}",
    "备注：A-{N1}-{tag}\n电话：{P}",
    "备注：💰{N1}\n{msg}",
    "{N1}🏠：{msg}",
    "【催】{N1} {ts}\n{msg}",
    "{mmdd}{N1}\n{msg}",
    "{N1}-{tag}-欠{amt}",
    "{N1}修改群名为“{gname}”",
    "你已添加了{N1}，现在可以开始聊天了。",
    "[转账] {N1}向你转账 ¥{amtn}",
    "{N1}: [语音] 12\"\n{N1}: {msg}",
    "群聊的聊天记录\n{N1}：{msg}\n{N2}：{msg}\n{N3}：{msg}",
    "{ts} {N1}\n[图片]\n{ts} {N2}\n这是欠条 你自己看",
    "群备注：{N1}（借款人）",
    "{N1}@{N2} 你还钱没",
    "\"{N1}\"通过扫描\"{N2}\"分享的二维码加入群聊",
    "{N1}已收款\n{date} {hm}",
    "语音通话 通话时长 03:21\n{N1}：那就这样 月底前转给你",
    "{NK1}就是{N1}，他换了微信号{W}",
    "昵称：{nickword}\n备注：{N1}\n微信号：{W}\n来源：通过手机号搜索添加",
    "{N1}（群昵称：{NK1}）",
    "{N1}与{N2}的聊天记录",
    "{date}\n{N1}: 还钱\n我: 明天\n{N1}: 你每次都说明天",
    "你将\"{N1}\"移出了群聊",
    "\"{N1}\"开启了朋友验证，你还不是他（她）朋友。",
    "{N1}({Q}) {hms}\n{msg}\n{N2}({Q2}) {hms}\n{msg}",
    "[{date} {hm}] {NK1}({N1}): {msg}",
    "{N1}领取了你的红包",
    "AAA{N1}{tag}\n{msg}",
    "{N1}的朋友圈：\n{msg}",
    "聊天记录导出\n{date}\n{N1} {hm}\n{msg}\n{NK2} {hm}\n{msg}",
    "群聊的聊天记录\n{ts} {N1}\n{msg}\n{ts} {N2}\n{msg}\n{ts} {NK3}({N3})\n{msg}\n{ts} {N4}\n{msg}\n\"{N5}\" 撤回了一条消息",
    "{hm}\n\"{N1}\"邀请\"{N2}\"、\"{N3}\"和\"{N4}\"加入了群聊",
]

T_HKTW = [
    "{HN1}先生：閣下於{hkbank}之貸款已逾期{days}日，請致電{HP}與本公司聯絡。",
    "{HN1}你好，你欠我哋嘅錢幾時還？唔好再拖。",
    "收件人：{HN1}\n地址：{HA}\n電話：{HP}",
    "黃小姐話{HN1}已經搬咗去{HA}",
    "{HN1}（香港身份證號碼：{HID}）",
    "陳生同{HN1}講咗，佢話下個月先還得。",
    "何太，你老公{HN1}喺我哋公司借咗{amt}，電話{HP}",
    "{TN1}您好，您的信用卡帳款已逾期，請撥打{TP}與我們聯繫。",
    "戶籍地址：{TA}\n姓名：{TN1}\n身分證字號：{TID}",
    "{TN1}先生/小姐您好，這裡是{twbank}，您的貸款本期尚未繳納。",
    "{HN1}先生台鑒：\n本公司受{hkbank}委託，就閣下之欠款{amt}作出追討。如有疑問，請致電{HP}。\n聯絡人：{HN2}\n地址：{HA}",
    "澳門：{HN1}，住址{MA}，電話{MP}",
    "{HN1} ({R1})",
    "致：{R1}\n{HAE}\n{hkbank}",
    "{HN1}話佢個仔{HN2}喺{hkplace}返工",
    "{TN1}在{twplace}的店已經收了，聽說搬去{TA}",
    "{HN1}：我而家喺{hkplace}，聽日先俾錢你",
    "轉數快 FPS 收款人：{HN1}\n電話：{HP}",
    "PayMe 付款人 {HN1}\n{amtn}",
    "請轉告{HN1}，佢張卡{HC}已經逾期",
    "{TN1}（{TID}）於{date}向本行申請信用貸款",
    "我台湾的表姐{TN1}手机{TP}",
    "借款人{HN1}之擔保人為{HN2}",
    "我表姐{HN1}在香港，电话{HP}",
    "姓名 Name: {HN1} {R1}\n身份證號碼 {HID}",
    "{date} {hm} {HN1}\n{hkmsg}",
    "{HN1}，{hkkin}{HN2}叫你覆佢電話{HP}",
    "澳門{HN1}先生，閣下於大豐銀行之信用卡欠款{amt}，請於{date}前清還",
    "{HN1}撤回了一則訊息",
    "{TN1}已讀\n{hkmsg}",
    "收件人：{TN1}\n{TA}\n{TP}",
]

T_ENG = [
    "{E1}你好，你在{plat}的借款已逾期，请尽快处理",
    "我是{E1}，{plat}的客户经理",
    "联系人：{E1} {P}",
    "{E1}: 下周一还你\n{E2}: 好的",
    "收款人 {E1}",
    "{N1}（{eng}）是你同事吧？他欠款没还",
    "Dear {E1}, 您的账单已出，请按时还款",
    "{E1}和{E2}都是你的紧急联系人",
    "Hi {E1}，我是{N2}，钱的事情什么时候方便聊？",
    "备注：{E1}-{tag}",
    "Name: {PY1}\nTel: {P}",
    "{PY1}（{N1}）",
    "@{E1} 看一下群公告",
    "{E1} 撤回了一条消息",
    "英文名{eng}，中文名{N1}",
    "{E1}说{E2}欠他{amt}",
    "转账给{E1} {amtn}元",
    "{date} {hm} {E1}\n{msg}",
    "{E1}是{N2}的{kin}",
    "Account Name: {PY1}\nCard No.: {C}",
]

T_COMP = [
    "借款人{N1}，你已逾期{days}天",
    "{N1}您好，您的{prod}已逾期",
    "通知：{N1}、{N2}、{N3}三人为本案联系人",
    "{N1}（身份证号{ID}）",
    "你同事{N1}的电话是多少",
    "我是{N1}的{kin}，他在{city}打工",
    "被执行人：{N1}\n执行法院：{court}",
    "{N1}，你欠{plat}{amt}",
    "{N1}的紧急联系人是{N2}",
    "{N1}\n{P}",
    "{N1}：{msg}",
    "喂你好是{N1}吗我这边是{plat}的",
    "{N1}撤回了一条消息",
    "{N1}和{N2}都在{city}",
    "担保人：{N1}  电话：{P}",
    "收款人：{N1}\n账号：{C}",
    "{date} {hm} {N1}\n{msg}",
    "你{kin}{N1}说钱下个月还",
]

T_NICK = [
    "{NK1}就是{N1}，欠了我{amt}",
    "{N1}（{NK1}）电话{P}",
    "{NK1}，你是{N1}吧？钱什么时候还",
    "大家注意：{N1}，外号{NK1}，借钱不还",
    "备注：{NK1}({N1})",
    "{N1}，我们都叫他{NK1}",
    "找{NK2}没用，借款人是{N1}",
    "{NK1}({N1})：{msg}",
    "{N1}又叫{NK1}，在{city}开店",
    "{NK2}说{N1}已经跑路了",
    "{N1}=={NK1}，{plat}欠款人",
    "通讯录里的{NK1}是{N1}吗",
    "{NK1}{NK2}都联系不上，{N1}的电话也关机",
    "{N1}（小名{NK1}）",
]

T_WORD = [
    "借款人{WN}，身份证号{ID}",
    "{WN}你好，你在{plat}的借款已逾期{days}天",
    "{WN}女士，请尽快还款",
    "催收员：你是{WN}吗",
    "我叫{WN}，是{N2}的{kin}",
    "{WN}欠我{amt}",
    "联系人：{WN} {P}",
    "@{WN} 还钱",
    "你老婆{WN}知道你借钱吗",
    "{WN}撤回了一条消息",
    "收款人：{WN}",
    "{WN}，{N2}，{N3}三个人都是担保人",
    "被告{WN}未到庭",
    "{date} {hm} {WN}\n{msg}",
    "喂是{WN}吗我是{plat}的",
    "我同事{WN}帮我担保的",
    "{N2}的{kin}叫{WN}",
    "姓名：{WN}\n电话：{P}",
]

T_OTHER = [
    "截图：来电 {P} 归属地 {city}",
    "转账到这个卡{C}",
    "我手机号{SP}",
    "邮箱{E}",
    "加微信{W}",
    "QQ：{Q}",
    "地址：{A}",
    "身份证：{ID}",
    "合同编号 {AC}",
    "聯絡電話 {HP}",
    "车牌{PL}",
    "这个号码{P}天天打给我",
    "识别结果：\n{C}\n{bank}",
    "收货地址\n{A}",
    "[语音转文字] 我的号码是{SP}",
    "借款编号：{AC}\n应还金额：{amt}",
    "帳號已轉至{TP}",
    "住址：{HA}",
    "QQ邮箱 {E}",
    "订单联系人电话\n{P}",
]

NONE_TEXTS = [
    # ordinary sense of the word-names (deliberate overlap)
    "这个骗局手段很高明，大家不要轻信“征信修复”",
    "她性格文静，从来不跟人吵架，欠款是被人冒名借的",
    "上海市金山区人民法院的传票是真的吗",
    "夏天到了，记得按时还款，别让逾期影响征信",
    "广州白云机场附近的网点今天不营业",
    "电动车马达坏了，修车花了八百，这个月还不上了",
    "电闪雷鸣的晚上还在打催收电话，太过分了",
    "蓝天白云的，心情却很差，网贷又逾期了",
    "十八般武艺都用上了，还是凑不齐这期的钱",
    "小区门口的冬青都修剪好了，物业费别忘了交",
    "望穿秋水等着工资到账",
    "山泉水很甘甜，可惜我没心情喝",
    "客服考虑得很周全，给了我分期方案",
    "丁香花开了，账单也来了",
    "催收员态度很温柔，说可以申请延期",
    "知足常乐吧，先把欠款还清",
    "祝您步步高升，也请记得按时还款",
    "请保持安静，法院正在开庭",
    "方正字体的催收函看着像真的，其实是伪造的",
    "谷雨过后就开始还第一期",
    "开足马力加班，争取年底还清",
    "手机刘海屏碎了，分期还没还完",
    "高山流水遇知音，可惜朋友借钱不还",
    "佛山市高明区人民法院发来短信，说有一起诉前调解",
    # chat / OCR / transcript with no personal data
    "你撤回了一条消息 重新编辑",
    "以上是打招呼的内容",
    "消息已发出，但被对方拒收了。",
    "[图片]\n[图片]\n[语音] 15\"",
    "< 返回        短信\n今天 09:12\n【招联金融】您的账单已逾期，请登录APP处理。回T退订",
    "应还金额 | ¥3,2OO.OO\n最后还款日丨2O26-12-15",
    "喂你好请问是机主本人吗我们这边是贷后管理部门的",
    "嗯嗯好的我知道了那个我月底之前一定还",
    "坐席：您好\n客户：喂\n坐席：请问您是本人吗\n客户：不是",
    "老王说小李也被催了，王总让大家别慌",
    "陳生同何太都話冇收過呢個短信",
    "黃小姐，你好，呢個係系統通知，唔使回覆",
    "強哥和芳姐在群里吵起来了",
    "借 款 详 情\n借款金额 ５０００元\n已逾期 １２ 天",
    "Amy说的那个APP千万别下",
    "Sunny天气，心情却不Sunny",
    "东方明珠下面有个反诈宣传点",
    "百里挑一的好方案：先协商再分期",
    "旺角彌敦道的銀行分行今日休息",
    "台北信義區的帳單地址要改嗎",
    "澳門氹仔的朋友說那邊也有人收到類似短信",
    "哈密瓜熟了，马上就可以卖钱还债",
    "群公告：禁止在群里发他人身份证和电话",
    "语音转文字：我现在在开车等会再说",
    "对方已开启朋友验证，你还不是他（她）朋友",
]


# ---------------------------------------------------------------- record builder
PH = re.compile(r"\{(\w+)\}")


def render(tpl, ctx):
    segs = []
    pos = 0
    spans = []
    out = []
    for m in PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        key = m.group(1)
        if key in ctx:
            val, kind = ctx[key]
        elif key.rstrip("2") in FILL:
            val, kind = FILL[key.rstrip("2")](), None
        else:
            raise KeyError(key)
        start = sum(len(x) for x in out)
        out.append(val)
        if kind:
            spans.append((start, start + len(val), kind, val, key))
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


def pii_from_spans(text, spans):
    seen = {}
    pii = []
    for s, e, k, v, _ in sorted(spans):
        if (k, v) in seen:
            continue
        seen[(k, v)] = 1
        pii.append({"kind": k, "value": v})
    return pii


def record_ok(text, spans_full):
    spans = [x[:4] for x in spans_full]
    covered = {}
    for s, e, k, v in spans:
        covered[(s, v)] = 1
    vals = {}
    for s, e, k, v in spans:
        vals[v] = k
    # distinct placeholders must carry distinct, non-nested names
    nm = {}
    for s, e, k, v, key in spans_full:
        if k == "name":
            nm[key] = norm(denoise_name(v))
    keys = sorted(nm)
    for i in range(len(keys)):
        for j in range(len(keys)):
            if i != j and nm[keys[i]] in nm[keys[j]]:
                if not (keys[i] in ("HN1", "N1") and keys[j] == "R1"):
                    return False
    kinds_by_value = {}
    for s, e, k, v in spans:
        kinds_by_value.setdefault(v, {})[k] = 1
    for v, ks in kinds_by_value.items():
        if len(ks) > 1:
            return False
    for v in vals:
        i = text.find(v)
        while i >= 0:
            if (i, v) not in covered:
                return False
            i = text.find(v, i + 1)
    # a name value must not sit inside another value
    for s, e, k, v in spans:
        for s2, e2, k2, v2 in spans:
            if (s, e) != (s2, e2) and s < e2 and s2 < e:
                return False
    # denoised names must not occur unlabelled either
    for s, e, k, v in spans:
        if k == "name":
            d = denoise_name(v)
            if d != v and d in text:
                return False
    return True


def name_ctx(ctx, key, n):
    ctx[key] = (n, "name")


def build_ctx(group, tpl):
    ctx = {}
    noisy = group in ("ocr",)
    fused = group == "voice"

    def mk_name(i):
        if group == "ocr":
            r = R.random()
            n = draw(han) if r < 0.75 else (draw(compound) if r < 0.87 else draw(lambda: minority()))
            clean = n
            if R.random() < 0.65:
                n = ocr_noise_name(n)
            return n, clean
        if group == "voice":
            r = R.random()
            n = draw(han) if r < 0.8 else (draw(compound) if r < 0.9 else draw(lambda: minority(True)))
            return n, n
        if group == "chat":
            r = R.random()
            if r < 0.75:
                n = draw(han)
            elif r < 0.85:
                n = draw(compound)
            elif r < 0.93:
                n = draw(eng_mixed)
            else:
                n = draw(lambda: minority())
            return n, n
        if group == "comp":
            n = draw(compound) if R.random() < 0.55 else draw(lambda: minority())
            return n, n
        if group == "word":
            n = draw(han)
            return n, n
        n = draw(han)
        return n, n

    names = {}
    for key in ("N1", "N2", "N3", "N4", "N5"):
        if "{" + key + "}" in tpl:
            n, clean = mk_name(key)
            names[key] = clean
            name_ctx(ctx, key, n)
    for key, src in (("NK1", "N1"), ("NK2", "N2"), ("NK3", "N3")):
        if "{" + key + "}" in tpl:
            base = names.get(src)
            if base is None or not re.match(r"^[\u4e00-\u9fff]+$", base) or len(base) > 4:
                base = draw(han)
            ctx[key] = (nick_of(base), None)
    if "{WN}" in tpl:
        ctx["WN"] = (draw(word_name, True), "name")
    for key in ("HN1", "HN2"):
        if "{" + key + "}" in tpl:
            if key == "HN1" and "{R1}" in tpl:
                t, r = draw(hk_pair)
                ctx["HN1"] = (t, "name")
                ctx["R1"] = (r, "name")
            else:
                ctx[key] = (draw(hk_trad), "name")
    if "{R1}" in tpl and "R1" not in ctx:
        t, r = draw(hk_pair)
        ctx["R1"] = (r, "name")
    if "{TN1}" in tpl:
        ctx["TN1"] = (draw(tw_name), "name")
    for key in ("E1", "E2"):
        if "{" + key + "}" in tpl:
            ctx[key] = (draw(eng_mixed), "name")
    if "{PY1}" in tpl:
        cn, rom = pinyin_pair()
        if "{N1}" in tpl:
            while not (_ok_name(cn) and _ok_name(rom)):
                cn, rom = pinyin_pair()
            ctx["N1"] = (cn, "name")
        else:
            while not _ok_name(rom):
                cn, rom = pinyin_pair()
        ctx["PY1"] = (rom, "name")
    if "{eng}" in tpl:
        ctx["eng"] = (pick(ENG_GIVEN), None)
    if "{P}" in tpl:
        ctx["P"] = (phone(noisy), "phone")
    if "{P2}" in tpl:
        ctx["P2"] = (phone(noisy), "phone")
    if "{P3}" in tpl:
        ctx["P3"] = (phone(noisy), "phone")
    if "{SP}" in tpl:
        ctx["SP"] = (spoken_phone(), "phone")
    if "{ID}" in tpl:
        ctx["ID"] = (idnum(noisy), "id_number")
    if "{C}" in tpl:
        ctx["C"] = (card(noisy), "bank_card")
    if "{HC}" in tpl:
        ctx["HC"] = (card(False, HK_CARD_PREFIX), "bank_card")
    if "{A}" in tpl:
        ctx["A"] = (address_cn(noisy and R.random() < 0.6), "address")
    if "{E}" in tpl:
        ctx["E"] = (email(noisy and R.random() < 0.7), "email")
    if "{W}" in tpl:
        ctx["W"] = (wechat(), "wechat")
    if "{Q}" in tpl:
        ctx["Q"] = (qq(), "qq")
    if "{Q2}" in tpl:
        ctx["Q2"] = (qq(), "qq")
    if "{AC}" in tpl:
        ctx["AC"] = (account(), "account")
    if "{PL}" in tpl:
        ctx["PL"] = (plate(), "plate")
    if "{HP}" in tpl:
        ctx["HP"] = (hk_phone(), "phone")
    if "{MP}" in tpl:
        ctx["MP"] = (mo_phone(), "phone")
    if "{TP}" in tpl:
        ctx["TP"] = (tw_phone(), "phone")
    if "{HID}" in tpl:
        ctx["HID"] = (hkid(), "id_number")
    if "{TID}" in tpl:
        ctx["TID"] = (twid(), "id_number")
    if "{HA}" in tpl:
        ctx["HA"] = (hk_address(), "address")
    if "{HAE}" in tpl:
        ctx["HAE"] = (hk_address_en(), "address")
    if "{MA}" in tpl:
        ctx["MA"] = (mo_address(), "address")
    if "{TA}" in tpl:
        ctx["TA"] = (tw_address(), "address")
    return ctx


GROUPS = [("ocr", T_OCR, 100), ("voice", T_VOICE, 90), ("chat", T_CHAT, 105), ("hktw", T_HKTW, 80),
          ("eng", T_ENG, 60), ("comp", T_COMP, 65), ("nick", T_NICK, 45), ("word", T_WORD, 50),
          ("other", T_OTHER, 25)]


def sender_for(group):
    r = R.random()
    if group in ("ocr", "voice", "chat", "nick", "word", "eng", "comp", "other"):
        if r < 0.82:
            return None
        if r < 0.93:
            return pick(["1069", "10690", "106980", "1065"]) + "".join(str(R.randint(0, 9)) for _ in range(R.randint(6, 9)))
        return mobile_digits()
    if r < 0.75:
        return None
    if r < 0.9:
        return "+852" + pick("569") + "".join(str(R.randint(0, 9)) for _ in range(7))
    return "+886" + "9" + "".join(str(R.randint(0, 9)) for _ in range(8))


def load_other_corpora():
    texts = {}
    lines = {}
    files = 0
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or "tune33" in fn:
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            files += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        texts[norm(json.loads(line).get("text", ""))] = 1
                    except ValueError:
                        pass
        elif fn.endswith(".txt") and "preserve" in fn:
            files += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    s = norm(line)
                    if s:
                        lines[s] = 1
    return files, texts, lines


# ---------------------------------------------------------------- preserve
def build_preserve(other_texts, other_lines):
    rng = RP
    P = []
    chrome = ["< 返回", "短信/彩信", "发送", "按住 说话", "更多", "完成", "取消", "确认还款", "立即还款",
              "应还金额", "最后还款日", "借款详情", "还款计划", "剩余本金", "罚息", "逾期天数", "合同编号",
              "复制 转发 收藏 删除 多选 引用 提醒", "中国移动 4G", "中国联通 5G", "对方正在输入...",
              "置顶聊天", "消息免打扰", "查找聊天记录", "清空聊天记录", "投诉", "设置备注和标签", "朋友圈",
              "视频号", "扫一扫", "付款码", "收款码", "转账成功", "交易详情", "账单详情", "申请退款"]
    sysmsg = ["你撤回了一条消息", "对方撤回了一条消息", "以上是打招呼的内容", "消息已发出，但被对方拒收了。",
              "[图片]", "[语音]", "[视频]", "[文件]", "[链接]", "[动画表情]", "[位置]", "[红包]恭喜发财，大吉大利",
              "[转账]请收款", "语音通话 通话时长 03:21", "视频通话 已取消", "该消息已被撤回", "群公告",
              "对方已收款", "已被对方拒收", "通话时长 00:45", "对方已拒绝", "已取消", "未接听",
              "你撤回了一条消息 重新编辑", "拍了拍我的头", "加入了群聊", "移出了群聊", "修改群名为“还款群”"]
    ocr_words = ["逾期|", "应还金额 | ¥{a}", "还款日丨{d}", "借 款 详 情", "请 尽 快 还 款",
                 "应还金额：{fa}元", "逾期{fd}天", "第O{n}期", "¥{ao}", "还款日{do}", "剩余 {n} 期",
                 "本期应还 ¥ {a}", "已逾期 {nd} 天", "罚息 ¥{a}", "最后还款日 {d}"]
    transcript = ["喂你好请问是机主本人吗", "我们这边是贷后管理部门的", "您在我们平台有一笔借款已经逾期了",
                  "就是说你这个账单已经逾期{cn}天了", "那个我这个月实在是没钱", "嗯嗯好的我知道了",
                  "你们不要再打给我家里人了", "我会在月底之前还清的", "本次通话可能会被录音",
                  "您拨打的电话已关机", "坐席：您好请问有什么可以帮您", "客户：我想申请延期还款",
                  "说话人1：喂", "说话人2：你好", "[00:01:23] 坐席：请您核实一下身份",
                  "呃那个就是说我工资还没发", "对对对是我借的", "喂喂听得到吗", "你们能不能减免一点利息",
                  "我现在在开车等会再说", "那你们走法律程序吧", "我已经跟客服协商过了",
                  "嗯那个分{cn}期可以吗", "喂您好这边是信用卡中心", "我不认识这个人你们打错了"]
    insts = PLATS + BANKS + HKBANKS + TWBANKS + [
        "香港金融管理局", "香港警務處", "消費者委員會", "個人資料私隱專員公署", "破產管理署", "小額錢債審裁處",
        "區域法院", "大豐銀行", "澳門國際銀行", "中國銀行澳門分行", "大西洋銀行", "澳門金融管理局", "司法警察局",
        "中華郵政", "金融監督管理委員會", "165反詐騙諮詢專線", "刑事警察局", "法務部行政執行署", "臺灣臺北地方法院",
        "国家反诈中心", "中国银保监会", "中国人民银行征信中心", "互联网金融协会"]
    depts = ["客服中心", "法务部", "贷后管理部", "信用卡中心", "催收部", "风控部", "投诉热线", "客户服务部", "分行"]
    hkdepts = ["客戶服務部", "信用卡中心", "收數部", "法律部", "分行", "熱線"]
    places = HKPLACE + TWPLACE + ["彌敦道", "亞皆老街", "軒尼詩道", "英皇道", "德輔道中", "青山公路", "新馬路",
                                  "氹仔", "路環", "議事亭前地", "大三巴", "黑沙環", "筷子基", "士林", "淡水", "九份",
                                  "金山区", "白云区", "高明区", "白云机场", "金山寺", "乌鲁木齐", "喀什", "伊宁",
                                  "阿克苏", "吐鲁番", "银川", "临夏", "东方明珠", "西门町", "南门口"]
    place_fr = ["{p}今晚封路", "我在{p}打工", "{p}的网点今天休息", "{p}附近有个还款点", "去{p}的车停运了",
                "{p}那边的朋友也收到这种短信", "明天去{p}办事", "{p}的房租又涨了", "住在{p}的人要小心诈骗",
                "{p}反诈宣传周", "从{p}寄过来的传票是假的"]
    hk_fr = ["我喺{p}返工", "{p}今日好多人", "去{p}食飯", "{p}嘅分行幾點開門", "聽日喺{p}等", "{p}有間找換店"]
    word_sent = ["这个骗局手段很高明", "高明的骗子专挑老人下手", "她性格文静", "文静的女生也会被网贷坑",
                 "上海金山区", "金山办公软件", "金山银山不如按时还款", "夏天到了", "今年夏天特别热",
                 "蓝天白云", "白云机场", "广州白云区", "白云山", "电动车马达坏了", "马达声很吵",
                 "电闪雷鸣", "雷鸣般的掌声", "蓝天救援队", "十八般武艺", "冬青树", "冬青绿篱修剪",
                 "望穿秋水", "泉水甘甜", "考虑周全", "服务周全", "丁香花开了", "丁香医生", "态度温柔",
                 "温柔的提醒", "知足常乐", "步步高升", "请保持安静", "安静的夜晚", "方正字体", "方正证券",
                 "谷雨节气", "谷雨时节", "开足马力", "马力十足", "剪刘海", "刘海屏", "高山流水",
                 "高山上的信号不好", "高明区人民法院", "金山区人民法院", "白云区人民法院"]
    word_fr = ["{w}，记得按时还款", "{w}，催收电话又来了", "提醒：{w}", "{w}，别忘了还信用卡", "网友说{w}",
               "{w}，可惜欠款还没还清", "{w}，先协商分期吧"]
    cmpwords = ["东方明珠", "西门町", "南门口", "百里挑一", "我家长孙", "第五期账单", "公孙树", "西门口",
                "东门菜市场", "南宫路", "上官路口", "马上还款", "沙发分期", "纳税证明", "哈密瓜", "穆斯林餐厅",
                "海关", "白条", "丁克家庭", "米饭", "虎年", "金条", "锁定账户", "拜年红包", "巴扎", "馕坑烤肉",
                "冬不拉", "古尔邦节", "肉孜节", "开斋节", "清真", "阿克苏苹果", "吐鲁番葡萄干"]
    nick_like = ["小姐姐", "老板", "阿姨", "大哥", "老铁", "兄弟", "亲", "宝子", "家人们", "老师", "师傅",
                 "小哥", "哥们", "姐妹", "老王", "小李", "王总", "陳生", "何太", "黃小姐", "李sir", "陈姐",
                 "张哥", "靓仔", "靚女", "阿嬸", "阿伯", "老細"]
    nick_fr = ["{k}，在吗", "{k}说下周还", "{k}也被催收了", "问问{k}吧", "{k}帮忙转发一下", "{k}别信这种短信"]
    eng = ["OK的", "Hello你好", "Sorry我忘了", "Bye", "Thank you", "Sunny天气", "Happy New Year",
           "Apple Pay", "WeChat Pay", "Alipay HK", "PayMe", "八達通 Octopus", "轉數快 FPS", "Line Pay",
           "街口支付 JKOPAY", "grace period 宽限期", "APP", "VIP会员", "ID卡", "OCR识别", "PDF版还款协议"]
    canto = ["唔該", "幾時還錢", "我哋", "冇錢", "搞掂", "返工", "食咗飯未", "唔使驚", "咪信呢啲短信", "佢話聽日先還"]
    pre = ["温馨提示：", "【通知】", "截图识别：", "语音转文字：", "聊天记录：", "[图片]识别结果：", "网友说：",
           "群消息：", "转写："]
    sms_fr = ["【{i}】您的账户已逾期，请尽快处理", "【{i}】本期账单已出，请按时还款", "{i}{d}提醒您：请勿轻信代还款",
              "{i}{d}不会要求您转账到个人账户", "请通过{i}官方APP还款", "{i}的客服说可以协商分期",
              "{i}：最后还款日为{dt}", "{i}提醒：逾期将影响征信"]
    hk_sms = ["【{i}】閣下之帳戶已逾期，請盡快還款", "{i}{d}提醒：切勿向陌生人透露個人資料", "{i}：本期賬單已發出"]

    def a():
        return "{:,}.00".format(rng.randint(100, 60000))

    def d():
        return "%d-%02d-%02d" % (rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))

    cands = []
    cands += chrome + sysmsg + insts + eng + canto + cmpwords + word_sent + nick_like
    for i in insts[:len(PLATS) + len(BANKS)]:
        for dp in depts:
            cands.append(i + dp)
    for i in HKBANKS:
        for dp in hkdepts:
            cands.append(i + dp)
    for p in places:
        for fr in place_fr:
            cands.append(fr.format(p=p))
    for p in HKPLACE:
        for fr in hk_fr:
            cands.append(fr.format(p=p))
    for w in word_sent:
        for fr in word_fr:
            cands.append(fr.format(w=w))
    for k in nick_like:
        for fr in nick_fr:
            cands.append(fr.format(k=k))
    for _ in range(500):
        t = rng.choice(ocr_words)
        n = rng.randint(1, 12)
        cands.append(t.format(a=a(), d=d(), fa=fullwidth(str(rng.randint(500, 9000))),
                              fd=fullwidth(str(rng.randint(3, 90))), n=n, ao=a().replace("0", "O"),
                              do=d().replace("0", "O"), nd=rng.randint(3, 120)))
    for _ in range(300):
        t = rng.choice(transcript)
        cands.append(t.format(cn=rng.choice(CN_NUM)))
    for _ in range(900):
        i = rng.choice(insts[:len(PLATS) + len(BANKS)])
        cands.append(rng.choice(sms_fr).format(i=i, d=rng.choice(depts), dt=d()))
    for _ in range(200):
        i = rng.choice(HKBANKS)
        cands.append(rng.choice(hk_sms).format(i=i, d=rng.choice(hkdepts)))
    # wrappers
    out = []
    for c in cands:
        if rng.random() < 0.25:
            c = rng.choice(pre) + c
        out.append(c)
    rng.shuffle(out)
    seen = {}
    kept = []
    dropped_other = 0
    for c in out:
        c = c.replace("\n", " ").strip()
        k = norm(c)
        if not k or k in seen:
            continue
        seen[k] = 1
        if k in other_lines or k in other_texts:
            dropped_other += 1
            continue
        kept.append(c)
    STATS["pres_candidates"] = len(out)
    STATS["pres_distinct"] = len(seen)
    STATS["pres_dropped_other"] = dropped_other
    if len(kept) < N_PRESERVE:
        raise RuntimeError("too few preserve lines: %d" % len(kept))
    return kept[:N_PRESERVE]


# ---------------------------------------------------------------- main
def main():
    files, other_texts, other_lines = load_other_corpora()
    print("dedupe: %d files, %d distinct texts, %d distinct preserve lines" % (files, len(other_texts), len(other_lines)))
    pres = build_preserve(other_texts, other_lines)
    CONTEXT["haystack"] = "\n".join(sorted(other_lines))
    CONTEXT["own_pres"] = "\n".join(norm(x) for x in pres)
    tmpl_text = []
    for _, ts_, _ in GROUPS:
        tmpl_text += [PH.sub("\n", t) for t in ts_]
    tmpl_text += NONE_TEXTS + PLATS + BANKS + HKBANKS + TWBANKS + MSGS + HKMSGS + NICKWORD + COURT + LAW
    tmpl_text += CITY + PROV + HKPLACE + TWPLACE + GNAME + TAGS + BRANCH + PROD
    CONTEXT["templates"] = "\n".join(norm(x) for x in tmpl_text)

    records = []
    seen_text = {}
    for group, tpls, count in GROUPS:
        order = list(range(len(tpls)))
        R.shuffle(order)
        seq = [order[i % len(order)] for i in range(count)]
        for ti in seq:
            tpl = tpls[ti]
            for attempt in range(60):
                used_before = dict(CONTEXT["used"])
                ctx = build_ctx(group, tpl)
                text, spans = render(tpl, ctx)
                ok = record_ok(text, spans) and norm(text) not in other_texts and norm(text) not in seen_text
                if ok:
                    break
                CONTEXT["used"] = used_before
                if norm(text) in other_texts or norm(text) in seen_text:
                    STATS["rej_dup_text"] += 1
                else:
                    STATS["rej_record_check"] += 1
            else:
                raise RuntimeError("cannot build record for " + tpl)
            for s, e, k, v, _ in spans:
                if k == "name" and denoise_name(v) not in WORD_NAMES:
                    _commit(v)
            seen_text[norm(text)] = 1
            records.append({"group": group, "tpl": ti, "text": text, "sender": sender_for(group),
                            "pii": pii_from_spans(text, spans)})
    for t in NONE_TEXTS:
        if norm(t) in other_texts:
            STATS["rej_dup_text"] += 1
            continue
        records.append({"group": "none", "tpl": -1, "text": t, "sender": None if R.random() < 0.8 else pick(["95588", "95555", "1069" + str(R.randint(100000, 999999))]), "pii": []})
    R.shuffle(records)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OUT_JSONL), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            f.write(json.dumps({"id": "t33-%04d" % i, "text": r["text"], "sender": r["sender"], "pii": r["pii"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OUT_PRESERVE), "w", encoding="utf-8") as f:
        for line in pres:
            f.write(line + "\n")
    with open(os.path.join(OUT_DIR, "groups33.json"), "w", encoding="utf-8") as f:
        json.dump([{"id": "t33-%04d" % i, "group": r["group"], "tpl": r["tpl"]} for i, r in enumerate(records, 1)],
                  f, ensure_ascii=False)
    print("records: %d, preserve lines: %d" % (len(records), len(pres)))
    print("stats:", json.dumps(STATS, ensure_ascii=False, sort_keys=True))
    if os.environ.get("TUNE33_SUMMARY"):
        by = {}
        for r in records:
            g = by.setdefault(r["group"], {"records": 0})
            g["records"] += 1
            for p in r["pii"]:
                g[p["kind"]] = g.get(p["kind"], 0) + 1
        for g in [x[0] for x in GROUPS] + ["none"]:
            print(g, json.dumps(by.get(g, {}), ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
