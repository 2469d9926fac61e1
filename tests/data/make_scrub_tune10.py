"""Scrubber tuning corpora, eleventh writer: transcripts, screenshots, tables, posts.

Writes, next to this file:
  scrub_tune10.jsonl           about 1,000 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune10_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..9.md, the module
docstrings of make_scrub_tune8.py / make_scrub_tune9.py, `head -3` of
scrub_tune9.jsonl and `head -5` of scrub_tune9_preserve.txt).  Templates, word
lists and the minority / romanised / word-name lists are this writer's own;
most Han, traditional and English names come from Faker.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune10.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW, en_US).  One random.Random(SEED);
the Faker instances are seeded from it; never iterates over a set.

Styles (chosen to differ from the earlier writers):
  * collection phone calls as machine transcripts: run-on ASR from the
    collector's side with fillers (那个 就是 嗯), SRT / WebVTT subtitle files,
    robocall (IVR) transcripts with key presses, word-segmented ASR output with
    spaces between words (and inside names: "王 海涛");  numbers spoken
    (幺三八…, radio style 洞幺两拐勾, mixed digits and words);
  * OCR of screenshots and photos: SMS and chat screens with UI chrome
    (返回 详情 复制 转发), call logs, transfer receipts, contact lists, courier
    labels, photographed paper notices with a space between every character;
    stray spaces inside names and numbers, misread punctuation, misread
    characters and O/0 l/1 B/8 S/5 confusions inside numbers;
  * tabular exports of leaked contact books: CSV, TSV, markdown, header-less
    rows, fixed width, vCard, JSON, key=value app logs, HTML rows, YAML-ish;
  * victims' posts: 黑猫投诉-style complaints, 贴吧 floors, 微博 with #tags#,
    知乎 answers, 小红书 notes, 抖音 comment threads, 留言板;
  * back-references: a full name first, later 小芳 / 阿强 / 老周 / 周哥 /
    周总 / 周某 / the given name alone (only the full name is labelled);
  * names that are words (高峰 江山 金星 白云 方圆 …) and short common names
    glued to verbs (张伟说 李娜欠 刘洋借) at the start and end of sentences;
  * traditional characters: Hong Kong WhatsApp exports, Taiwanese PTT posts
    and LINE chat exports; tone-marked pinyin, passport/ticket style
    (WANG/HAITAO), "WANG, Haitao", Cantonese and Hokkien romanisations;
  * minority names with ·, •, ・, ‧, ．, ., spaces or nothing; Korean-Chinese
    and Dai names;
  * phones, IDs, cards, QQ, WeChat, e-mail, plates and addresses in odd
    formats (circled and capital digits, 壹叁捌, full-width, +86 (138) …,
    0086-, extensions, vx / wx / 薇信 / 扣扣 / V❤, dorm and village addresses).

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text; values listed once, in order of first appearance; no
value contains another in the same record (separators and case ignored);
every occurrence of a labelled value lies inside a labelled span; no labelled
value occurs outside a labelled span in any other record or in any preserve
line; all texts and preserve lines distinct; >= 2,000 preserve lines; record
texts and preserve lines that match another corpus (whitespace removed) are
redrawn / dropped, and only counts are printed.
"""
import glob
import hashlib
import json
import os
import random
import re
import unicodedata

from faker import Faker

SEED = 20270222
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune10.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune10_preserve.txt")

rng = random.Random(SEED)
FK_CN = Faker("zh_CN")
FK_TW = Faker("zh_TW")
FK_EN = Faker("en_US")
FK_CN.seed_instance(rng.randrange(2 ** 31))
FK_TW.seed_instance(rng.randrange(2 ** 31))
FK_EN.seed_instance(rng.randrange(2 ** 31))


def ch(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- numbers

MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 "
                   "158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 "
                   "186 187 188 189 190 191 192 193 195 196 197 198 199").split()
CN_DIG = "零一二三四五六七八九"
CAP_DIG = "零壹贰叁肆伍陆柒捌玖"
CIRC_DIG = "⓪①②③④⑤⑥⑦⑧⑨"
FW_DIG = "０１２３４５６７８９"


def mobile():
    return ch(MOBILE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(8))


def spoken(digits, style="phone"):
    out = []
    for d in digits:
        if not d.isdigit():
            out.append(d)
            continue
        i = int(d)
        if style == "phone":
            out.append("幺" if i == 1 else CN_DIG[i])
        elif style == "plain":
            out.append(CN_DIG[i])
        elif style == "radio":
            out.append({0: "洞", 1: "幺", 2: "两", 7: "拐", 9: "勾"}.get(i, CN_DIG[i]))
        elif style == "mixed":
            out.append(d if chance(0.5) else ("幺" if i == 1 else CN_DIG[i]))
        elif style == "cap":
            out.append(CAP_DIG[i])
        elif style == "circ":
            out.append(CIRC_DIG[i])
        elif style == "fw":
            out.append(FW_DIG[i])
    return "".join(out)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def ocr_misread_digits(s, n=1):
    """Replace up to n digits with look-alike letters (O/0, l/1, I/1, B/8, S/5, Z/2)."""
    subs = {"0": "OoD", "1": "lI|", "8": "B", "5": "S", "2": "Z", "6": "b", "9": "g"}
    idx = [i for i, c in enumerate(s) if c in subs and 0 < i]
    if not idx:
        return s
    lst = list(s)
    for _ in range(n):
        i = ch(idx)
        lst[i] = ch(subs[lst[i]])
    return "".join(lst)


def fmt_mobile(m, style):
    if style == "plain":
        return m
    if style == "344":
        return group(m, (3, 4, 4), " ")
    if style == "344d":
        return group(m, (3, 4, 4), "-")
    if style == "344dot":
        return group(m, (3, 4, 4), ".")
    if style == "443":
        return group(m, (4, 4, 3), " ")
    if style == "38":
        return group(m, (3, 8), " ")
    if style == "+86":
        return "+86" + m
    if style == "+86 ":
        return "+86 " + m
    if style == "+86-":
        return "+86-" + group(m, (3, 4, 4), "-")
    if style == "+86()":
        return "+86 (" + m[:3] + ") " + m[3:7] + "-" + m[7:]
    if style == "(+86)":
        return "(+86)" + m
    if style == "0086":
        return "0086" + m
    if style == "0086-":
        return "0086-" + m
    if style == "(0086)":
        return "(0086)" + group(m, (3, 4, 4), " ")
    if style == "86-":
        return "86-" + m
    if style == "fw":
        return spoken(m, "fw")
    if style == "fw344":
        return group(spoken(m, "fw"), (3, 4, 4), "　")
    if style == "words":
        return spoken(m, "phone")
    if style == "words344":
        return group(spoken(m, "phone"), (3, 4, 4), " ")
    if style == "plainwords":
        return spoken(m, "plain")
    if style == "radio":
        return spoken(m, "radio")
    if style == "radio344":
        return group(spoken(m, "radio"), (3, 4, 4), " ")
    if style == "mixed":
        return spoken(m, "mixed")
    if style == "half":
        return m[:3] + spoken(m[3:], "phone")
    if style == "cap":
        return spoken(m, "cap")
    if style == "circ":
        return spoken(m, "circ")
    if style == "perdigit":
        return " ".join(m)
    if style == "dashdigit":
        return "-".join(m)
    if style == "ocrspace":
        i = rng.randrange(2, 10)
        return m[:i] + " " + m[i:]
    if style == "ocrmis":
        return ocr_misread_digits(group(m, (3, 4, 4), ch([" ", "", " "])), 1)
    raise ValueError(style)


MOBILE_STYLES_TYPED = [("plain", 20), ("344", 10), ("344d", 6), ("344dot", 4), ("443", 2), ("38", 2),
                       ("+86", 4), ("+86 ", 4), ("+86-", 3), ("+86()", 3), ("(+86)", 2), ("0086", 2),
                       ("0086-", 2), ("(0086)", 2), ("86-", 1), ("fw", 3), ("fw344", 2), ("cap", 2),
                       ("circ", 2), ("perdigit", 2), ("dashdigit", 1), ("mixed", 2), ("words", 2)]
MOBILE_STYLES_SPOKEN = [("words", 8), ("words344", 8), ("radio", 3), ("radio344", 4), ("mixed", 5),
                        ("half", 4), ("plainwords", 3)]
MOBILE_STYLES_OCR = [("plain", 6), ("344", 8), ("ocrspace", 6), ("ocrmis", 5), ("344d", 2)]

AREA_CODES = ["010", "021", "022", "023", "020", "024", "027", "028", "029", "025", "0755", "0571",
              "0512", "0371", "0731", "0551", "0531", "0591", "0411", "0451", "0871", "0898",
              "0574", "0573", "0769", "0757", "0532", "0311", "0351", "0791", "0771", "0851",
              "0931", "0991", "0471", "0431", "0577", "0595", "0510", "0379"]


def landline():
    ac = ch(AREA_CODES)
    n = 8 if len(ac) == 3 else ch([7, 8, 8])
    local = str(rng.randrange(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    return ac, local


def fmt_landline(style=None):
    ac, local = landline()
    ext = str(rng.randrange(100, 9999))
    style = style or wchoice([("dash", 8), ("paren", 4), ("fwparen", 3), ("space", 3), ("zhuan", 4),
                              ("ext", 2), ("fenji", 2), ("dashext", 2), ("+86", 2), ("words", 2),
                              ("group", 2)])
    if style == "dash":
        return ac + "-" + local
    if style == "paren":
        return "(" + ac + ")" + local
    if style == "fwparen":
        return "（" + ac + "）" + local
    if style == "space":
        return ac + " " + local
    if style == "zhuan":
        return ac + "-" + local + "转" + ext
    if style == "ext":
        return ac + "-" + local + " ext." + ext
    if style == "fenji":
        return ac + "-" + local + "分机" + ext
    if style == "dashext":
        return ac + "-" + local + "-" + ext
    if style == "+86":
        return "+86-" + ac[1:] + "-" + local
    if style == "words":
        return spoken(ac, "plain") + " " + spoken(local, "plain")
    if style == "group":
        return ac + "-" + group(local, (4, 4), " ")
    raise ValueError(style)


AREA_IDS = ["110101", "110105", "110108", "120104", "130102", "130602", "130427", "140105", "150102",
            "210102", "210203", "220102", "230102", "310101", "310115", "320102", "320506", "320583",
            "330106", "330402", "330621", "340102", "341221", "350102", "350503", "360102", "360702",
            "370102", "370203", "371302", "371722", "410102", "410105", "411624", "411522", "411625",
            "412727", "420102", "420111", "421126", "430102", "430111", "430521", "440103", "440304",
            "440306", "441900", "450102", "450923", "460105", "500103", "500112", "510104", "510107",
            "511324", "520102", "520526", "530102", "530326", "540102", "610102", "610113", "620102",
            "620522", "630102", "640104", "650102", "653101", "532801", "222401", "513401"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area=None, year=None):
    area = area or ch(AREA_IDS)
    y = year or rng.randrange(1955, 2006)
    mth = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    body = "%s%04d%02d%02d%03d" % (area, y, mth, d, rng.randrange(1, 1000))
    s = sum(int(c) * w for c, w in zip(body, ID_W)) % 11
    return body + "10X98765432"[s]


def fmt_id(v, style):
    if style == "plain":
        return v
    if style == "lowx":
        return v[:-1] + ("x" if v[-1] == "X" else v[-1])
    if style == "684":
        return group(v, (6, 8, 4), " ")
    if style == "6444":
        return group(v, (6, 4, 4, 4), " ")
    if style == "684d":
        return group(v, (6, 8, 4), "-")
    if style == "fw":
        return spoken(v[:-1], "fw") + ("Ｘ" if v[-1] == "X" else FW_DIG[int(v[-1])])
    if style == "words":
        return spoken(v[:-1], "plain") + ("叉" if v[-1] == "X" else CN_DIG[int(v[-1])])
    if style == "wordsyao":
        return spoken(v[:-1], "phone") + ("X" if v[-1] == "X" else spoken(v[-1], "phone"))
    if style == "ocrspace":
        i = rng.randrange(3, 16)
        return v[:i] + " " + v[i:]
    if style == "ocrmis":
        return ocr_misread_digits(v, 1)
    raise ValueError(style)


def id_value(styles=None):
    v = id_number()
    if v[-1] != "X" and chance(0.08):
        # keep some X endings in the corpus: redraw until X
        for _ in range(40):
            v = id_number()
            if v[-1] == "X":
                break
    style = wchoice(styles or [("plain", 10), ("lowx", 2), ("684", 3), ("6444", 2), ("684d", 1), ("fw", 1)])
    return fmt_id(v, style)


CARD_PREFIXES = [("622202", 19, "工商银行"), ("621226", 19, "工商银行"), ("621700", 19, "建设银行"),
                 ("436742", 16, "建设银行"), ("622848", 19, "农业银行"), ("622845", 19, "农业银行"),
                 ("621661", 19, "中国银行"), ("456351", 16, "中国银行"), ("622588", 16, "招商银行"),
                 ("621483", 16, "招商银行"), ("622262", 19, "交通银行"), ("621799", 19, "邮储银行"),
                 ("622188", 19, "邮储银行"), ("622909", 18, "兴业银行"), ("622622", 16, "民生银行"),
                 ("622630", 16, "华夏银行"), ("622690", 16, "中信银行"), ("622666", 16, "光大银行"),
                 ("623058", 19, "平安银行"), ("625965", 16, "浦发银行"), ("621785", 19, "农商银行"),
                 ("622150", 19, "邮储银行")]


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


def card_number():
    pre, n, bank = ch(CARD_PREFIXES)
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, bank
    raise AssertionError


def fmt_card(v, style):
    if style == "plain":
        return v
    if style == "4s":
        return group(v, (4,) * 5, " ")
    if style == "4ss":
        return group(v, (4,) * 5, "  ")
    if style == "4d":
        return group(v, (4,) * 5, "-")
    if style == "4sl":
        return group(v, (4,) * 5, "/")
    if style == "6r":
        return v[:6] + " " + v[6:]
    if style == "fw":
        return spoken(v, "fw")
    if style == "words":
        return spoken(v, "plain")
    if style == "words4":
        return group(spoken(v, "plain"), (4,) * 5, " ")
    if style == "ocrspace":
        i = rng.randrange(3, len(v) - 2)
        return v[:i] + " " + v[i:]
    if style == "ocrmis":
        return ocr_misread_digits(group(v, (4,) * 5, " "), 1)
    if style == "dot":
        return group(v, (4,) * 5, ".")
    raise ValueError(style)


def qq_number():
    n = wchoice([(6, 1), (7, 2), (8, 3), (9, 4), (10, 4), (11, 1)])
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


WX_WORDS = ["sunny", "lucky", "xiaoyu", "kk", "mumu", "tiger", "momo", "happy", "cc", "leo", "ayu",
            "jojo", "dudu", "yoyo", "qiqi", "ace", "max", "vip", "star", "moon", "rain", "echo",
            "nana", "bobo", "lele", "yiyi", "tom", "amy", "jack", "coco", "kiki", "miya"]


def wechat_id():
    k = wchoice([("wxid", 3), ("word", 5), ("mix", 3)])
    if k == "wxid":
        return "wxid_" + "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randrange(12, 15)))
    if k == "word":
        return ch(WX_WORDS) + ch(["_", "", "-", ""]) + str(rng.randrange(10, 99999))
    return ch("abcdefghjkmnpqrstwxyz") + "".join(ch("abcdefghijkmnpqrstuvwxyz0123456789_") for _ in range(rng.randrange(6, 12)))


MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com",
                "139.com", "yeah.net", "sohu.com", "hotmail.com", "aliyun.com"]


def email_addr():
    k = wchoice([("qq", 2), ("word", 5), ("mix", 3)])
    if k == "qq":
        return qq_number() + "@" + ch(["qq.com", "foxmail.com"])
    if k == "word":
        local = ch(WX_WORDS) + ch([".", "_", ""]) + str(rng.randrange(1, 9999))
    else:
        local = "".join(ch("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(4, 8))) + str(rng.randrange(10, 2000))
    return local + "@" + ch(MAIL_DOMAINS)


def fmt_email(e, style="plain"):
    if style == "plain":
        return e
    if style == "upper":
        return e.upper()
    if style == "at":
        return e.replace("@", "(at)")
    if style == "hash":
        return e.replace("@", "#")
    if style == "spaced":
        return e.replace("@", " @ ")
    if style == "fwat":
        return e.replace("@", "＠")
    raise ValueError(style)


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate(style=None):
    p = ch(PLATE_PROV)
    c = ch(PLATE_LET[:12])
    if chance(0.25):
        tail = ch("DF") + "".join(str(rng.randrange(10)) for _ in range(5))
    else:
        tail = [str(rng.randrange(10)) for _ in range(5)]
        for j in rng.sample(range(5), wchoice([(0, 3), (1, 4), (2, 2)])):
            tail[j] = ch(PLATE_LET)
        tail = "".join(tail)
    style = style or wchoice([("none", 5), ("dot", 3), ("space", 2), ("dash", 1), ("ocr", 1)])
    if style == "none":
        return p + c + tail
    if style == "dot":
        return p + c + "·" + tail
    if style == "space":
        return p + c + " " + tail
    if style == "dash":
        return p + c + "-" + tail
    return p + " " + c + tail


def tw_mobile():
    m = "09" + "".join(str(rng.randrange(10)) for _ in range(8))
    return ch([m[:4] + "-" + m[4:7] + "-" + m[7:], m[:4] + " " + m[4:7] + " " + m[7:], m,
               "+886 " + m[1:4] + " " + m[4:7] + " " + m[7:], "+886-" + m[1:4] + "-" + m[4:7] + "-" + m[7:], "+886" + m[1:]])


def hk_mobile():
    m = ch("569") + "".join(str(rng.randrange(10)) for _ in range(7))
    return ch([m[:4] + " " + m[4:], m, "+852 " + m[:4] + " " + m[4:], "852-" + m, "(852) " + m])


TW_CITIES = [("臺北市", ["大安區", "信義區", "中山區", "士林區"]), ("新北市", ["板橋區", "三重區", "新莊區", "中和區"]),
             ("臺中市", ["西屯區", "北屯區", "南屯區"]), ("高雄市", ["三民區", "苓雅區", "鳳山區"]), ("臺南市", ["東區", "永康區"]),
             ("桃園市", ["中壢區", "桃園區"])]
TW_ROADS = ["復興南路一段", "中山路二段", "民權東路三段", "文心路三段", "中正路", "建國北路二段", "忠孝東路四段", "中華路一段", "自由路"]
HK_ADDR = ["九龍旺角彌敦道%d號%d樓%s室", "新界沙田第一城%d座%d樓%s室", "香港北角英皇道%d號%d樓%s室", "九龍觀塘裕民坊%d號%d樓%s室",
           "新界屯門屯興路%d號%d樓%s室", "香港柴灣環翠道%d號%d樓%s室"]


def tw_address():
    c, ds = ch(TW_CITIES)
    tail = ch(["%d號%d樓" % (rng.randrange(1, 400), rng.randrange(2, 20)), "%d巷%d號%d樓之%d" % (rng.randrange(1, 200), rng.randrange(1, 60), rng.randrange(2, 15), rng.randrange(1, 6)),
               "%d號" % rng.randrange(1, 400), "%d弄%d號%d樓" % (rng.randrange(1, 30), rng.randrange(1, 90), rng.randrange(2, 12))])
    return ch([c, ""]) + ch(ds) + ch(TW_ROADS) + tail


def hk_address():
    return ch(HK_ADDR) % (rng.randrange(1, 700), rng.randrange(2, 40), ch("ABCDEFGH"))


def gateway():
    while True:
        g = "1069" + "".join(str(rng.randrange(10)) for _ in range(rng.randrange(6, 10)))
        if not re.search(r"1[3-9]\d{9}", g):
            return g


def account_value():
    k = wchoice([("ht", 3), ("jk", 3), ("gh", 4), ("uid", 2), ("dd", 2), ("xh", 1)])
    if k == "ht":
        return ch(["HT", "JK-HT", "XD"]) + str(rng.randrange(2024, 2027)) + "".join(str(rng.randrange(10)) for _ in range(8)), "合同编号"
    if k == "jk":
        return "JK" + "".join(str(rng.randrange(10)) for _ in range(12)), "借款编号"
    if k == "gh":
        return ch(["CS", "HN", "DC", "A", "T", "SZ-"]) + str(rng.randrange(1000, 99999)), "工号"
    if k == "uid":
        return "2088" + "".join(str(rng.randrange(10)) for _ in range(12)), "支付宝用户号"
    if k == "dd":
        return "DD" + "".join(str(rng.randrange(10)) for _ in range(14)), "订单号"
    return str(rng.randrange(2019, 2026)) + "".join(str(rng.randrange(10)) for _ in range(6)), "学号"


def gonghao_spoken():
    n = str(rng.randrange(1000, 99999))
    return spoken(n, ch(["phone", "plain"])), n


# ---------------------------------------------------------------- addresses

URBAN = [("浙江省", "嘉兴市", "南湖区"), ("河南省", "郑州市", "金水区"), ("广东省", "深圳市", "宝安区"),
         ("湖南省", "长沙市", "雨花区"), ("四川省", "成都市", "武侯区"), ("江苏省", "苏州市", "吴中区"),
         ("山东省", "临沂市", "兰山区"), ("湖北省", "武汉市", "洪山区"), ("安徽省", "合肥市", "蜀山区"),
         ("福建省", "泉州市", "丰泽区"), ("江西省", "赣州市", "章贡区"), ("河北省", "保定市", "莲池区"),
         ("广西壮族自治区", "南宁市", "青秀区"), ("陕西省", "西安市", "雁塔区"), ("", "重庆市", "渝北区"),
         ("贵州省", "贵阳市", "云岩区"), ("云南省", "昆明市", "官渡区"), ("辽宁省", "沈阳市", "铁西区"),
         ("黑龙江省", "哈尔滨市", "南岗区"), ("山西省", "太原市", "小店区"), ("广东省", "东莞市", "长安镇"),
         ("浙江省", "温州市", "鹿城区"), ("江苏省", "南京市", "江宁区"), ("", "上海市", "闵行区"),
         ("", "北京市", "昌平区"), ("", "天津市", "西青区"), ("甘肃省", "兰州市", "七里河区"),
         ("内蒙古自治区", "呼和浩特市", "赛罕区"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
         ("吉林省", "长春市", "朝阳区")]
RURAL = [("河南省", "周口市", "郸城县"), ("山东省", "菏泽市", "曹县"), ("安徽省", "阜阳市", "临泉县"),
         ("四川省", "南充市", "仪陇县"), ("江西省", "上饶市", "鄱阳县"), ("贵州省", "毕节市", "威宁彝族回族苗族自治县"),
         ("广西壮族自治区", "玉林市", "博白县"), ("河北省", "邯郸市", "大名县"), ("甘肃省", "天水市", "秦安县"),
         ("云南省", "曲靖市", "会泽县"), ("湖北省", "黄冈市", "蕲春县"), ("湖南省", "邵阳市", "隆回县"),
         ("河南省", "信阳市", "固始县"), ("山西省", "运城市", "临猗县"), ("黑龙江省", "绥化市", "青冈县"),
         ("云南省", "西双版纳傣族自治州", "勐海县"), ("吉林省", "延边朝鲜族自治州", "龙井市"),
         ("四川省", "凉山彝族自治州", "昭觉县")]
TOWNS = ["城关镇", "柳河镇", "新店镇", "大营镇", "双庙乡", "石桥镇", "桥头镇", "龙塘镇", "三合乡", "白沙镇",
         "河口镇", "青山乡", "南寨乡", "北岗镇", "东坝镇", "沙河镇", "三里店乡", "永兴镇", "红星乡"]
VILLAGES = ["后湾村", "前营村", "沟口村", "上河村", "下寨村", "新庄村", "腰庄村", "大树村", "双井村", "三岔村",
            "杏园村", "枣林村", "东洼村", "西岭村", "南坡村", "北湾村", "河头村", "槐树村", "岭上村", "塘边村"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "文化路", "新华路", "民主路", "长江路", "经三路", "纬五路",
         "科技大道", "创业路", "工农路", "胜利街", "育才路", "学府路", "滨江大道", "迎宾大道", "朝阳路",
         "公园路", "站前路", "环城西路", "世纪大道", "南环路"]
ESTATES = ["阳光花园", "锦绣华庭", "翡翠城", "御景湾", "幸福家园", "滨河小区", "世纪新城", "和谐佳苑",
           "香榭丽舍", "紫荆苑", "丽景名都", "碧水蓝天", "金色港湾", "天悦府", "书香门第", "瑞景苑",
           "润园", "盛世华府", "东湖小区", "桃源居", "悦澜湾", "铂悦府", "橡树湾", "翠湖天地"]
TOWERS = ["国际商务中心", "财富广场", "金融港", "创业大厦", "天安数码城", "科技园", "环球中心", "万达广场"]
SCHOOLS = ["职业技术学院", "理工大学", "师范学院", "财经学院", "工程学院", "医学高等专科学校"]
FACTORIES = ["电子厂", "鞋厂", "服装厂", "汽配厂", "食品厂", "物流园", "纸箱厂", "家具厂"]


def num_cn(n):
    """Small integer in Chinese words (1..99)."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def room_words(r):
    return "".join(CN_DIG[int(c)] for c in r)


def address(kind=None):
    kind = kind or wchoice([("urban", 5), ("rural", 3), ("dorm", 1), ("tower", 1), ("factory", 1)])
    sp = chance(0.18)
    J = " " if sp else ""
    if kind == "rural":
        prov, city, county = ch(RURAL)
        head = ch([prov + city + county, city + county, county, prov + county, city + J + county])
        grp = rng.randrange(1, 13)
        v = head + J + ch(TOWNS) + J + ch(VILLAGES)
        v += ch([str(grp) + "组", num_cn(grp) + "组", "第" + num_cn(grp) + "村民小组", str(grp) + "队",
                 num_cn(grp) + "组" + str(rng.randrange(1, 80)) + "号", str(grp) + "组" + str(rng.randrange(1, 80)) + "号",
                 str(rng.randrange(1, 200)) + "号"])
        return v
    prov, city, dist = ch(URBAN)
    head = ch([prov + city + dist, city + dist, dist, prov + city + dist, city + J + dist])
    if kind == "dorm":
        return (city + ch(["", dist]) + ch(["东华", "南湖", "西江", "北辰", "长风"]) + ch(SCHOOLS)
                + ch(["东区", "西区", "南苑", "北苑"]) + str(rng.randrange(1, 20)) + ch(["舍", "号楼", "栋"])
                + str(rng.randrange(1, 7)) + "%02d" % rng.randrange(1, 40))
    if kind == "factory":
        return (head + J + ch(["工业园区", "经济开发区", "高新区"]) + J + ch(["宏达", "鑫源", "德盛", "新宇", "华通"])
                + ch(FACTORIES) + "员工宿舍" + ch("ABCDE") + "栋" + str(rng.randrange(1, 6)) + "%02d" % rng.randrange(1, 30))
    if kind == "tower":
        return (head + J + ch(ROADS) + str(rng.randrange(1, 300)) + "号" + J + ch(TOWERS)
                + ch(["A座", "B座", "C座", "1号楼", "北塔"]) + str(rng.randrange(3, 40)) + "层" + ch(["", str(rng.randrange(1, 30)) + "室"]))
    road = ch(ROADS) + str(rng.randrange(1, 400)) + "号" + ch(["", "", "之" + str(rng.randrange(1, 9)), "附" + str(rng.randrange(1, 12)) + "号"])
    b, u, fl, rm = rng.randrange(1, 30), rng.randrange(1, 6), rng.randrange(1, 33), rng.randrange(1, 5)
    room = "%d%02d" % (fl, rm)
    unit = ch([
        "%d栋%d单元%s室" % (b, u, room), "%d栋%d单元%s" % (b, u, room), "%d-%d-%s" % (b, u, room),
        "%d号楼%d门%s" % (b, u, room), "%d幢%s室" % (b, room), "%s栋%s单元%s" % (num_cn(b), num_cn(u), room_words(room)),
        "%d号院%d号楼%d单元%s" % (rng.randrange(1, 20), b, u, room), "%d弄%d号%s室" % (rng.randrange(10, 900), b, room),
        "%s座%s" % (ch("ABCD"), room), "%d栋 %d单元 %s" % (b, u, room)])
    est = ch(ESTATES) + ch(["", "", "二期", "三期", "北区", "东苑"])
    return ch([head + J + road + J + est + unit, head + J + est + J + unit, head + J + road + J + unit,
               est + J + unit, head + ch(ROADS) + J + est + unit])


# ---------------------------------------------------------------- names

GIVEN_M = ("海涛 建华 志强 俊杰 浩然 子轩 宇航 文博 国庆 德明 永强 立新 振华 晓东 鹏飞 志刚 卫东 春生 学文 明辉 "
           "家豪 梓睿 一鸣 天佑 锦程 世杰 兆林 宏伟 庆丰 长顺 金龙 少华 新民 东升 俊峰 光辉 志远 嘉伟 昊天 "
           "泽宇 思远 文涛 海波 永康 玉成 德胜 福生 宝山 树林 铁军 士杰 伟东 军辉 晨阳 嘉诚 佳豪 博文").split()
GIVEN_F = ("雅琴 秀兰 桂英 玉梅 晓燕 丽娟 思琪 欣怡 梓涵 雨桐 诗涵 佳怡 慧敏 春梅 冬雪 红霞 凤英 淑珍 美华 "
           "翠萍 海霞 倩倩 若曦 语嫣 紫萱 婉清 月娥 金凤 素芬 秋菊 巧玲 艳芳 碧莲 晓琳 雪莹 佳琪 梦瑶 "
           "静怡 雨欣 心怡 丽萍 小燕 亚男 凤霞 兰芝 银凤 素梅 爱华 雪芳 诗雨 可欣 晓雯 梓萱 美玲").split()
GIVEN_ONE_M = "伟 强 磊 洋 勇 军 杰 涛 超 明 刚 平 辉 鹏 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 亮 成 峰 晨 瑞 兵 雷 东 博 彬 坤".split()
GIVEN_ONE_F = "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 丹 萍 红 梅 莉 婷 晶 颖 雪 慧 倩 琴 云 洁 莹 琳 欣 璐 瑶 蕾".split()
RARE_SUR = "禤 亓 訾 仉 笪 乜 逯 眭 琚 郗 冼 覃 厍 阚 缑 昝 甯 邝 佘 郜 庹 逄 綦 谯 蔺 仝 鄢 郄 揭 帅 隗 蒯 钭 邗 禚".split()
COMPOUND_SUR = "欧阳 司马 上官 诸葛 东方 皇甫 慕容 令狐 夏侯 尉迟 公孙 端木 宇文 长孙 司徒 呼延 南宫 钟离 万俟 独孤 申屠 闻人 澹台 濮阳".split()
WORD_NAMES = [("高", "峰", "m"), ("江", "山", "m"), ("金", "星", "m"), ("白", "云", "f"), ("方", "圆", "f"),
              ("林", "业", "m"), ("石", "磊", "m"), ("常", "青", "f"), ("万", "里", "m"), ("时", "光", "m"),
              ("明", "亮", "m"), ("路", "平", "m"), ("黄", "河", "m"), ("江", "涛", "m"), ("高", "原", "m"),
              ("白", "雪", "f"), ("金", "鑫", "m"), ("方", "正", "m"), ("常", "胜", "m"), ("万", "福", "m"),
              ("时", "雨", "f"), ("林", "海", "m"), ("石", "林", "m"), ("路", "明", "m"), ("明", "月", "f"),
              ("高", "山", "m"), ("江", "河", "m"), ("金", "秋", "f"), ("白", "露", "f"), ("于", "飞", "m")]
COMMON2 = [("张", "伟", "m"), ("李", "娜", "f"), ("刘", "洋", "m"), ("王", "芳", "f"), ("李", "强", "m"),
           ("王", "磊", "m"), ("刘", "军", "m"), ("张", "敏", "f"), ("陈", "静", "f"), ("杨", "勇", "m"),
           ("王", "丽", "f"), ("李", "杰", "m"), ("张", "艳", "f"), ("王", "涛", "m"), ("刘", "超", "m"),
           ("周", "平", "m"), ("吴", "刚", "m"), ("黄", "霞", "f"), ("赵", "鹏", "m"), ("徐", "燕", "f"),
           ("孙", "斌", "m"), ("马", "丹", "f"), ("朱", "红", "f"), ("胡", "波", "m"), ("郭", "玲", "f")]
FAMOUS = ("毛泽东 周恩来 邓小平 江泽民 胡锦涛 习近平 李克强 温家宝 朱镕基 马云 马化腾 刘德华 成龙 周杰伦 王菲 "
          "李白 杜甫 白居易 鲁迅 雷锋 孙中山 刘备 关羽 张飞 诸葛亮 曹操 林黛玉 贾宝玉 宋江 武松 姚明 刘翔 "
          "李小龙 雷军 刘强东 李彦宏 张一鸣 王健林 许家印 任正非 于洋 于丹 路遥 黄河 江山 王力宏 陈奕迅 "
          "黄渤 李娜 张伟 杨洋 王俊凯 赵丽颖 杨幂 范冰冰 邓超 孙俪 刘亦菲 郭德纲 岳云鹏 李宇春 韩寒 莫言 "
          "钟南山 袁隆平 屠呦呦 郎朗 刘慈欣 孔子 孟子 老子 庄子 岳飞 秦始皇 包拯 林则徐 张三 李四 王五 "
          "Jack Ma Donald Trump Joe Biden Taylor Swift").split()
FAMOUS_OK_AS_COMMON = ["黄河", "江山", "李娜", "张伟", "杨洋"]   # word-/common names deliberately allowed

UY_M = ("阿卜杜拉 艾买提 买买提 吐尔逊 艾力 热合曼 库尔班 肉孜 托合提 赛买提 玉素甫 吾斯曼 麦麦提 "
        "艾尼瓦尔 塔依尔 阿布都热西提 努尔买买提 亚森 依明 卡德尔 阿不都外力 米吉提").split()
UY_F = ("古丽 阿依古丽 热依拉 帕提古丽 米娜瓦尔 祖丽菲娅 迪丽娜尔 阿娜尔 努尔古丽 布维热木 海仁古丽 "
        "再努尔 阿依努尔 古再丽 萨迪古丽").split()
KZ_M = "努尔兰 叶尔兰 别克 阿斯哈尔 哈那提 巴合提 叶尔江 达吾列提 加尔肯".split()
KZ_F = "加娜尔 阿依达娜 古丽加娜提 阿克勒泰 娜孜古丽".split()
KZ_FA = "吾拉孜别克 沙吾提 托列根 木拉提 哈布都拉".split()
TIB = ("扎西 次仁 多吉 卓玛 格桑 拉姆 央金 顿珠 平措 达瓦 尼玛 旺堆 白玛 措姆 索朗 德吉 普布 边巴 次旦 "
       "洛桑 益西 曲珍 贡布 仁增").split()
TIB_F = "卓玛 拉姆 央金 措姆 德吉 曲珍".split()
MONG = "巴特尔 额尔敦 乌云 其木格 那日苏 苏和 阿拉坦 图雅 斯琴 满都拉 朝鲁 娜仁 敖登 呼和 宝音 布仁 萨仁 格日勒 孟和 乌兰".split()
YI_CLAN = "阿约 吉克 曲比 沙马 阿苏 海来 吉木 勒格 马海 阿尔 俄木 木乃".split()
YI_GIVEN = "阿依 么么 日火 拉且 伍呷 阿呷 木呷 尔古 石哈 阿果 约布 史者".split()
DAI = [("岩", "温", "m"), ("岩", "罕", "m"), ("岩", "帕", "m"), ("岩", "应", "m"), ("岩", "吞", "m"), ("岩", "庄", "m"),
       ("玉", "香", "f"), ("玉", "罕", "f"), ("玉", "应", "f"), ("玉", "叫", "f"), ("玉", "坎", "f"), ("玉", "喃", "f")]
KOREAN = [("金", "哲洙", "m"), ("朴", "英爱", "f"), ("崔", "明浩", "m"), ("李", "春姬", "f"), ("金", "英淑", "f"),
          ("朴", "成俊", "m"), ("崔", "顺姬", "f"), ("郑", "永哲", "m"), ("金", "美兰", "f"), ("朴", "东日", "m"),
          ("韩", "光哲", "m"), ("玄", "春花", "f"), ("俞", "成哲", "m"), ("全", "顺子", "f"), ("南", "光洙", "m"),
          ("黄", "英植", "m"), ("许", "贞淑", "f"), ("安", "明哲", "m"), ("严", "京子", "f"), ("太", "永男", "m")]
MANCHU = ["爱新觉罗·瑞霖", "叶赫那拉·淑敏", "钮祜禄·宝瑛", "瓜尔佳·恒泰", "爱新觉罗·启宏"]
MIN_SEPS = [("·", 8), ("•", 3), ("・", 2), ("‧", 2), ("．", 2), (".", 2), (" ", 2), ("  ", 1), (" · ", 1), ("", 3)]

# pinyin with tones, for romanised forms (own table)
SUR_PY = {"王": "Wáng", "李": "Lǐ", "张": "Zhāng", "刘": "Liú", "陈": "Chén", "杨": "Yáng", "黄": "Huáng",
          "赵": "Zhào", "吴": "Wú", "周": "Zhōu", "徐": "Xú", "孙": "Sūn", "马": "Mǎ", "朱": "Zhū", "胡": "Hú",
          "郭": "Guō", "何": "Hé", "高": "Gāo", "林": "Lín", "罗": "Luó", "郑": "Zhèng", "梁": "Liáng",
          "谢": "Xiè", "宋": "Sòng", "唐": "Táng", "许": "Xǔ", "韩": "Hán", "冯": "Féng", "邓": "Dèng",
          "曹": "Cáo", "彭": "Péng", "曾": "Zēng", "肖": "Xiāo", "田": "Tián", "董": "Dǒng", "袁": "Yuán",
          "潘": "Pān", "蒋": "Jiǎng", "蔡": "Cài", "杜": "Dù", "叶": "Yè", "程": "Chéng", "苏": "Sū",
          "魏": "Wèi", "吕": "Lǚ", "丁": "Dīng", "任": "Rén", "沈": "Shěn", "姚": "Yáo", "卢": "Lú",
          "姜": "Jiāng", "崔": "Cuī", "钟": "Zhōng", "谭": "Tán", "陆": "Lù", "汪": "Wāng", "范": "Fàn",
          "石": "Shí", "廖": "Liào", "贾": "Jiǎ", "夏": "Xià", "方": "Fāng", "白": "Bái", "邹": "Zōu",
          "孟": "Mèng", "熊": "Xióng", "秦": "Qín", "邱": "Qiū", "江": "Jiāng", "薛": "Xuē", "段": "Duàn",
          "雷": "Léi", "侯": "Hóu", "龙": "Lóng", "史": "Shǐ", "贺": "Hè", "顾": "Gù", "毛": "Máo",
          "郝": "Hǎo", "龚": "Gōng", "邵": "Shào", "万": "Wàn", "钱": "Qián", "严": "Yán", "武": "Wǔ",
          "戴": "Dài", "莫": "Mò", "孔": "Kǒng", "向": "Xiàng", "常": "Cháng", "欧阳": "Ōuyáng", "上官": "Shàngguān"}
GIV_PY = {"海": "hǎi", "涛": "tāo", "伟": "wěi", "芳": "fāng", "娜": "nà", "秀": "xiù", "英": "yīng", "敏": "mǐn",
          "静": "jìng", "丽": "lì", "强": "qiáng", "磊": "lěi", "军": "jūn", "洋": "yáng", "勇": "yǒng", "艳": "yàn",
          "杰": "jié", "娟": "juān", "明": "míng", "超": "chāo", "霞": "xiá", "平": "píng", "刚": "gāng",
          "桂": "guì", "兰": "lán", "华": "huá", "建": "jiàn", "国": "guó", "志": "zhì", "文": "wén", "玉": "yù",
          "红": "hóng", "燕": "yàn", "鹏": "péng", "辉": "huī", "晓": "xiǎo", "婷": "tíng", "雪": "xuě",
          "琳": "lín", "梅": "méi", "欣": "xīn", "宇": "yǔ", "浩": "hào", "凯": "kǎi", "俊": "jùn", "佳": "jiā",
          "倩": "qiàn", "颖": "yǐng", "鑫": "xīn", "波": "bō", "斌": "bīn", "宁": "níng", "健": "jiàn",
          "亮": "liàng", "成": "chéng", "春": "chūn", "秋": "qiū", "冬": "dōng", "荣": "róng", "丹": "dān",
          "萍": "píng", "慧": "huì", "琴": "qín", "云": "yún", "飞": "fēi", "婉": "wǎn", "瑶": "yáo",
          "晨": "chén", "轩": "xuān", "涵": "hán", "梓": "zǐ", "睿": "ruì", "博": "bó", "嘉": "jiā", "子": "zǐ",
          "思": "sī", "雨": "yǔ", "怡": "yí", "诗": "shī", "诺": "nuò", "泽": "zé", "帆": "fān", "豪": "háo",
          "铭": "míng", "峰": "fēng", "安": "ān", "爱": "ài", "恩": "ēn", "欧": "ōu"}
HK_SUR = "Chan Wong Lee Cheung Lau Ng Ho Leung Tsang Yip Kwok Lam Tang Mak Chow Fung Cheng Yeung Tse Lo".split()
HK_GIV = "Tai Man Ka Wai Siu Ming Chi Kin Wing Yan Hoi Fai Kit Mei Ling Yee Suk Lok Chun Hei Sze Pui Ching".split()
HOKKIEN = [("Tan", "Ah Kow"), ("Lim", "Siew Ling"), ("Ng", "Boon Huat"), ("Goh", "Chee Keong"), ("Teo", "Mei Ling"),
           ("Ong", "Wee Kiat"), ("Koh", "Hui Min"), ("Chua", "Kok Leong"), ("Yeo", "Soon Heng"), ("Toh", "Bee Lian"),
           ("Sim", "Poh Choo"), ("Lim", "Beng Hock"), ("Tan", "Swee Lan"), ("Ng", "Kim Hock"), ("Goh", "Ai Ling")]


def strip_tones(s):
    s = s.replace("ǚ", "v").replace("ǜ", "v").replace("ǘ", "v").replace("ǖ", "v").replace("ü", "v")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Name:
    __slots__ = ("zh", "sur", "given", "sex", "src", "script", "form")

    def __init__(self, zh, sur, given, sex, src, script="han", form=None):
        self.zh, self.sur, self.given, self.sex, self.src, self.script = zh, sur, given, sex, src, script
        self.form = form or zh


def _split_cn(full, surnames):
    for s in sorted(surnames, key=len, reverse=True):
        if full.startswith(s) and len(full) > len(s):
            return s, full[len(s):]
    return full[0], full[1:]


CN_SURNAMES = list(FK_CN.provider("faker.providers.person").last_names)


def han_name(need=None, sex=None, sur=None):
    """need: None | 'g2' (two-character given name) | 'g1' | 'common2' | 'word' | 'rare' | 'compound'."""
    sex_given = sex is not None
    sex = sex or ch("mf")
    if need == "word":
        s, g, sx = ch([w for w in WORD_NAMES if w[2] == sex] if sex_given else WORD_NAMES)
        return Name(s + g, s, g, sx, "word-name")
    if need == "common2":
        s, g, sx = ch([w for w in COMMON2 if w[2] == sex] if sex_given else COMMON2)
        return Name(s + g, s, g, sx, "common two-character")
    src = None
    if need == "rare":
        s = ch(RARE_SUR)
        src = "rare surname"
    elif need == "compound":
        s = ch(COMPOUND_SUR)
        src = "compound surname"
    else:
        s = sur or FK_CN.last_name()
    if need == "g1":
        g = ch(GIVEN_ONE_M if sex == "m" else GIVEN_ONE_F)
        return Name(s + g, s, g, sex, src or "Faker zh_CN surname + one-character given")
    r = rng.random()
    if need != "g2" and r < 0.45:
        g = FK_CN.first_name_male() if sex == "m" else FK_CN.first_name_female()
        src = src or "Faker zh_CN last_name()+first_name()"
    elif need != "g2" and r < 0.55 and not sur and src is None and not sex_given:
        full = FK_CN.name()
        s, g = _split_cn(full, CN_SURNAMES)
        sex = None
        src = "Faker zh_CN name()"
    else:
        g = ch(GIVEN_M if sex == "m" else GIVEN_F)
        src = src or "Faker zh_CN surname + own given-name list"
    return Name(s + g, s, g, sex, src)


def tw_name(sex=None):
    sex = sex or ch("mf")
    s = FK_TW.last_name()
    g = FK_TW.first_name_male() if sex == "m" else FK_TW.first_name_female()
    return Name(s + g, s, g, sex, "Faker zh_TW", "tw")


def minority_name(kind=None, sex=None):
    kind = kind or wchoice([("uy", 5), ("kz", 2), ("tib", 3), ("mong", 2), ("yi", 2), ("dai", 2), ("kor", 3), ("man", 1)])
    if sex and kind in ("mong", "yi", "man"):
        kind = ch(["uy", "kz", "tib", "dai", "kor"])
    sep = wchoice(MIN_SEPS)
    if kind == "uy":
        sex = sex or ch("mf")
        a = ch(UY_M if sex == "m" else UY_F)
        b = ch(UY_M)
        while b == a:
            b = ch(UY_M)
        return Name(a + sep + b, a, b, sex, "Uyghur (own list)", "min")
    if kind == "kz":
        sex = sex or ch("mf")
        a = ch(KZ_M if sex == "m" else KZ_F)
        return Name(a + sep + ch(KZ_FA), a, "", sex, "Kazakh (own list)", "min")
    if kind == "tib":
        a, b = ch(TIB), ch(TIB)
        while b == a or (sex == "f" and b not in TIB_F) or (sex == "m" and b in TIB_F):
            a, b = ch(TIB), ch(TIB)
        sep = ch(["", "", "", "·", " "])
        return Name(a + sep + b, a, b, "f" if b in TIB_F else "m", "Tibetan (own list)", "min")
    if kind == "mong":
        a, b = ch(MONG), ch(MONG)
        while b == a:
            b = ch(MONG)
        if chance(0.4):
            return Name(a, a, "", None, "Mongolian (own list)", "min")
        return Name(a + ch(["", "·", "•", " "]) + b, a, b, None, "Mongolian (own list)", "min")
    if kind == "yi":
        return Name(ch(YI_CLAN) + ch(["·", "", " ", "•", "‧"]) + ch(YI_GIVEN), "", "", None, "Yi (own list)", "min")
    if kind == "dai":
        s, g, sx = ch([d for d in DAI if not sex or d[2] == sex])
        return Name(s + g, s, g, sx, "Dai (own list)", "min")
    if kind == "kor":
        s, g, sx = ch([d for d in KOREAN if not sex or d[2] == sex])
        return Name(s + g, s, g, sx, "Korean-Chinese (own list)", "han")
    v = ch(MANCHU)
    if sep != "·":
        v = v.replace("·", sep)
    return Name(v, "", "", None, "Manchu (own list)", "min")


def pinyin_of(n, tones=True):
    """Romanise a Han Name whose characters are all in the own tables; None otherwise."""
    if n.sur not in SUR_PY or not n.given or any(c not in GIV_PY for c in n.given):
        return None
    sur = SUR_PY[n.sur]
    syl = [GIV_PY[c] for c in n.given]
    giv = syl[0]
    for sy in syl[1:]:
        if strip_tones(sy)[0] in "aoe":
            giv += "'"
        giv += sy
    giv = giv[0].upper() + giv[1:]
    if not tones:
        sur, giv = strip_tones(sur), strip_tones(giv)
    return sur, giv


def latin_name(kind=None):
    kind = kind or wchoice([("pinyin", 6), ("en", 3), ("hk", 2), ("hok", 1), ("mix", 2)])
    if kind in ("tone", "pinyin"):
        for _ in range(200):
            n = han_name(sur=ch([k for k in SUR_PY if len(k) == 1] + ["欧阳"]))
            n.given = "".join(c for c in n.given)
            py = pinyin_of(n, tones=(kind == "tone"))
            if py:
                break
        else:
            n, py = Name("王海涛", "王", "海涛", "m", ""), ("Wáng", "Hǎitāo")
        sur, giv = py
        if kind == "tone":
            form = wchoice([("sg", 4), ("gs", 2), ("SG", 2)])
            v = {"sg": sur + " " + giv, "gs": giv + " " + sur, "SG": sur.upper() + " " + giv}[form]
            return Name(v, sur, giv, n.sex, "tone-marked pinyin (own table)", "lat")
        form = wchoice([("slash", 3), ("comma", 3), ("SG", 2), ("gS", 2), ("sp", 1), ("fused", 1), ("lower", 1), ("sgg", 1)])
        gsp = giv
        if form == "slash":
            v = sur.upper() + "/" + giv.upper().replace("'", "")
        elif form == "comma":
            v = sur.upper() + ", " + giv
        elif form == "SG":
            v = sur.upper() + " " + giv.upper()
        elif form == "gS":
            v = giv + " " + sur.upper()
        elif form == "sp":
            v = sur + " " + giv
        elif form == "fused":
            v = sur + giv
        elif form == "lower":
            v = (sur + " " + giv).lower()
        else:
            v = sur + " " + gsp
        return Name(v, sur, giv, n.sex, "plain pinyin (own table)", "lat")
    if kind == "en":
        sex = ch("mf")
        f = FK_EN.first_name_male() if sex == "m" else FK_EN.first_name_female()
        return Name(f + " " + FK_EN.last_name(), "", f, sex, "Faker en_US", "lat")
    if kind == "hk":
        s = ch(HK_SUR)
        g1, g2 = ch(HK_GIV), ch(HK_GIV)
        while g2 == g1:
            g2 = ch(HK_GIV)
        form = wchoice([("a", 3), ("b", 3), ("c", 2), ("d", 2)])
        if form == "a":
            v = s + " " + g1 + " " + g2
        elif form == "b":
            v = s.upper() + " " + g1 + "-" + g2.lower()
        elif form == "c":
            v = FK_EN.first_name() + " " + s + " " + g1 + "-" + g2.lower()
        else:
            v = s.upper() + " " + g1.upper() + " " + g2.upper()
        return Name(v, s, g1 + g2, None, "Cantonese romanisation (own list)", "lat")
    if kind == "hok":
        s, g = ch(HOKKIEN)
        v = ch([s + " " + g, s.upper() + " " + g.upper(), s.upper() + " " + g])
        return Name(v, s, g, None, "Hokkien romanisation (own list)", "lat")
    sex = ch("mf")
    f = FK_EN.first_name_male() if sex == "m" else FK_EN.first_name_female()
    s = FK_CN.last_name()
    if len(s) > 1:
        s = "王"
    if chance(0.5) and s in SUR_PY:
        s2 = strip_tones(SUR_PY[s])
        v = ch([f + " " + s2, s2 + " " + f, f + " " + s2.upper()])
    else:
        v = ch([f + " " + s, f + s])
    return Name(v, s, f, sex, "English given + Chinese surname", "lat")


# ---------------------------------------------------------------- plain fillers

PLATFORMS = ["花呗", "借呗", "微粒贷", "京东金条", "美团借钱", "360借条", "安逸花", "分期乐", "招联金融", "马上消费",
             "拍拍贷", "度小满", "洋钱罐", "你我贷", "小赢卡贷", "榕树贷款", "众安小贷", "省呗", "还呗", "来分期",
             "抖音月付", "美团月付", "携程借钱", "滴滴金融"]
AGENCIES = ["鼎诚资产", "华信资产管理", "恒远商务", "融汇信息咨询", "汇通法务", "嘉信风控", "永晟资产", "正源调解中心",
            "诚合商务咨询", "亿达信息服务", "中睿法务", "博远资产", "浩瀚商务服务"]
LAWFIRMS = ["恒信律师事务所", "鼎睿律师事务所", "君诚律师事务所", "坤元律师事务所", "明理律师事务所", "正衡律师事务所"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "平安银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "兴业银行", "广发银行", "农村信用社", "农商银行"]
CITIES = ["嘉兴", "深圳", "长沙", "郑州", "成都", "武汉", "杭州", "苏州", "合肥", "南昌", "东莞", "佛山", "温州", "重庆",
          "西安", "昆明", "贵阳", "南宁", "济南", "石家庄", "临沂", "泉州", "洛阳", "赣州"]
RELS = ["父亲", "母亲", "老婆", "老公", "哥哥", "姐姐", "弟弟", "妹妹", "同事", "朋友", "表哥", "表姐", "舅舅", "姑姑",
        "同学", "领导", "室友", "发小"]
RELS_NEUTRAL = ["同事", "朋友", "同学", "领导", "室友", "发小", "邻居", "老乡", "合伙人"]
RELS_SHORT = ["爸", "妈", "哥", "姐", "弟", "妹", "老婆", "老公", "舅舅", "大姨", "表哥", "同事", "领导"]
MONTHS_W = ["去年十月", "去年腊月", "今年三月", "上个月", "年初", "去年国庆", "今年开春", "五一前后"]
DATES_W = ["这个月十五号", "下礼拜三", "月底", "发工资那天", "下个月五号", "后天", "周五之前", "二十号"]
DAYS_W = ["四十多天", "三个多月", "一百二十天", "五十六天", "快半年", "两个月", "九十多天", "一年多"]
ROBOTS = ["小美", "小安", "小智", "小优", "小慧"]
NICKS = ["追风的小鱼", "夜猫子不睡觉", "一只小透明", "用户7d9f3a", "贴吧用户_0Gd9K", "向日葵sunny", "打工人阿呆", "不想上班",
         "咸鱼翻身中", "静待花开", "今天也要加油鸭", "柠檬不萌", "北漂十年", "南方姑娘", "匿名用户", "快乐小狗", "吃土少女",
         "老实人不想被欺负", "凌晨三点的猫", "星星点灯", "拾光者", "一颗柚子", "山海", "路人甲乙丙", "momo酱", "Daisy_w"]
PTT_IDS = ["ghostcat", "sky0912", "mayday55", "loanhelp", "qqmilk", "rainyday", "bluebird7", "taro1688", "pudding",
           "oolong66", "nightowl", "kaohsiung7", "cheetos", "fishball", "dumpling9"]


def amount():
    return wchoice([(rng.randrange(5, 100) * 100, 5), (rng.randrange(10, 200) * 100 + 50, 1),
                    (rng.randrange(1, 30) * 1000, 3), (rng.randrange(10000, 90000), 1)])


def amount_words(n=None):
    n = n or rng.randrange(3, 99) * 100
    if n >= 10000:
        w, r = divmod(n, 10000)
        s = num_cn(w) + "万"
        if r >= 1000:
            s += CN_DIG[r // 1000] if r % 1000 == 0 else CN_DIG[r // 1000] + "千" + (CN_DIG[(r % 1000) // 100] + "百" if r % 1000 >= 100 else "")
        return s.replace("一十", "十") + ch(["", "", "块", "多"])
    q, r = divmod(n, 1000)
    s = (CN_DIG[q] + "千" if q else "")
    if r >= 100:
        s += CN_DIG[r // 100] + ("" if q and r % 100 == 0 and chance(0.6) else "百")
    return (s or "五百") + ch(["", "块", "块钱", "多"])


def date_str():
    y = ch([2025, 2026, 2026])
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    return ch(["%d年%d月%d日" % (y, m, d), "%d月%d日" % (m, d), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (y, m, d),
               "%d.%d" % (m, d), "%d月%d号" % (m, d)])


def clock():
    return "%d:%02d" % (rng.randrange(7, 24), rng.randrange(60))


def day_label():
    return ch(["今天", "昨天", "前天", "星期一", "星期三", "周五", "周日", "3月12日", "11月4日", "2026/5/17"])


# ---------------------------------------------------------------- rendering

SEP_CHARS = " \u3000\t\n·•・‧．.-_/,;"


def compact(s):
    return "".join(c for c in s.lower() if c not in SEP_CHARS)


PUNCT = set("，。！？、；：,.!?;:“”\"'‘’（）()【】[]《》<>…—~～「」『』")

NAME_KEYS = ("A", "B", "C", "D", "X", "Y", "Z")
NOCACHE = ("clock", "day", "time", "n", "d", "batt")
KEY_RE = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)(?:\.([a-z0-9]+))?(?::([mf]))?\}")


class Ctx:
    """Per-record state: drawn names and values, and the group's formatting preferences."""

    def __init__(self, group, specs=None, style=None):
        self.group = group
        self.specs = dict(specs or {})
        self.style = style or {}
        self.names = {}
        self.sexes = {}
        self.vals = {}
        self.meta = {"phones": [], "ids": [], "cards": [], "addrs": [], "names": []}

    # -- names
    def _spec_for(self, key, attrs):
        spec = self.specs.get(key) or self.style.get("name", "any")
        need_han = any(a in ("xiao", "lao", "a", "gn", "die", "zi", "sur", "mou", "mm", "zong", "jl", "gj", "ge", "xs2") for a in attrs)
        need_g2 = any(a in ("gn", "die", "zi", "gj") for a in attrs)
        return spec, need_han, need_g2

    def name(self, key, attrs=()):
        if key in self.names:
            return self.names[key]
        spec, need_han, need_g2 = self._spec_for(key, attrs)
        if key in self.sexes and not re.search(r"(^|,)[mf](,|$)", spec):
            spec = spec + "," + self.sexes[key]
        for _ in range(400):
            n = draw_name(spec, self, need_han, need_g2)
            if name_ok(n, self):
                break
        else:
            raise AssertionError("cannot draw name for %s %s" % (self.group, spec))
        self.names[key] = n
        disp = format_name(n, self)
        self.vals[key] = ("name", disp)
        self.meta["names"].append(n)
        return n

    def attr(self, key, a):
        n = self.name(key, (a,))
        g = n.given
        last = g[-1:] if g else n.zh[-1:]
        if a == "ta":
            return "她" if n.sex == "f" else "他"
        if a == "xs":
            return "女士" if n.sex == "f" else "先生"
        if a == "gj":
            return g + ("姐" if n.sex == "f" else "哥")
        if a == "ge":
            return n.sur + ("姐" if n.sex == "f" else "哥")
        if a == "xiao":
            return "小" + last
        if a == "lao":
            return "老" + n.sur
        if a == "a":
            return "阿" + last
        if a == "gn":
            return g
        if a == "die":
            return last + last
        if a == "zi":
            return last + "子"
        if a == "sur":
            return n.sur
        if a == "mou":
            return n.sur + "某"
        if a == "mm":
            return n.sur + "某某"
        if a == "zong":
            return n.sur + "总"
        if a == "jl":
            return n.sur + "经理"
        raise KeyError(a)

    # -- other values
    def value(self, key):
        if key in self.vals:
            return self.vals[key]
        st = self.style
        base = re.sub(r"\d", "", key)
        if base in ("P", "Pw", "Po"):
            if base == "Pw":
                sty = wchoice(MOBILE_STYLES_SPOKEN)
            elif base == "Po" or st.get("phone") == "ocr":
                sty = wchoice(MOBILE_STYLES_OCR)
            elif st.get("phone") == "spoken":
                sty = wchoice(MOBILE_STYLES_SPOKEN)
            elif st.get("phone") == "plain":
                sty = wchoice([("plain", 6), ("344", 2), ("344d", 1)])
            else:
                sty = wchoice(MOBILE_STYLES_TYPED)
            v = ("phone", fmt_mobile(mobile(), sty))
            self.meta["phones"].append(sty)
        elif base == "Ptw":
            v = ("phone", tw_mobile())
            self.meta["phones"].append("taiwan")
        elif base == "Phk":
            v = ("phone", hk_mobile())
            self.meta["phones"].append("hongkong")
        elif base == "Rtw":
            v = ("address", tw_address())
        elif base == "Rhk":
            v = ("address", hk_address())
        elif base == "L":
            v = ("phone", fmt_landline(st.get("landline")))
            self.meta["phones"].append("landline")
        elif base in ("I", "Iw", "Io"):
            if base == "Iw":
                v = ("id_number", fmt_id(id_number(), ch(["words", "wordsyao", "words"])))
            elif base == "Io" or st.get("phone") == "ocr":
                v = ("id_number", fmt_id(id_number(), wchoice([("plain", 4), ("ocrspace", 3), ("ocrmis", 2), ("684", 2)])))
            else:
                v = ("id_number", id_value())
        elif base in ("K", "Kw", "Ko"):
            c, bank = card_number()
            self.vals.setdefault("cardbank", (None, bank))
            if base == "Kw":
                sty = ch(["words", "words4"])
            elif base == "Ko" or st.get("phone") == "ocr":
                sty = wchoice([("4s", 4), ("ocrspace", 3), ("ocrmis", 2), ("plain", 2)])
            else:
                sty = wchoice([("plain", 4), ("4s", 4), ("4ss", 1), ("4d", 2), ("4sl", 2), ("6r", 2), ("fw", 1), ("dot", 1)])
            v = ("bank_card", fmt_card(c, sty))
        elif base in ("Q", "Qw"):
            q = qq_number()
            v = ("qq", spoken(q, ch(["phone", "plain"])) if base == "Qw" else q)
        elif base == "W":
            v = ("wechat", wechat_id())
        elif base == "EM":
            e = email_addr()
            if self.group in ("other", "forum", "latin"):
                sty = wchoice([("plain", 8), ("upper", 1), ("at", 1), ("hash", 1), ("spaced", 1), ("fwat", 1)])
            else:
                sty = wchoice([("plain", 12), ("upper", 1)])
            v = ("email", fmt_email(e, sty))
        elif base in ("R", "Rr", "Ru", "Rd", "Rf", "Rt"):
            kind = {"R": None, "Rr": "rural", "Ru": "urban", "Rd": "dorm", "Rf": "factory", "Rt": "tower"}[base]
            v = ("address", address(kind))
        elif base == "V":
            v = ("plate", plate())
        elif base in ("GH", "HT", "JK", "XH", "UID"):
            a = {"GH": lambda: ch(["CS", "HN", "DC", "A", "T", "SZ-", ""]) + str(rng.randrange(1000, 99999)),
                 "HT": lambda: ch(["HT", "JK-HT", "XD"]) + str(rng.randrange(2024, 2027)) + "".join(str(rng.randrange(10)) for _ in range(8)),
                 "JK": lambda: "JK" + "".join(str(rng.randrange(10)) for _ in range(12)),
                 "XH": lambda: str(rng.randrange(2019, 2026)) + "".join(str(rng.randrange(10)) for _ in range(6)),
                 "UID": lambda: "2088" + "".join(str(rng.randrange(10)) for _ in range(12))}[base]()
            v = ("account", a)
        elif base in ("T", "Tw"):
            if base == "Tw":
                w, _ = gonghao_spoken()
                v = ("account", w)
            else:
                a, lab = account_value()
                self.vals.setdefault("tlabel", (None, lab))
                v = ("account", a)
        else:
            v = (None, self.filler(key))
        self.vals[key] = v
        return v

    def filler(self, key):
        base = re.sub(r"\d", "", key)
        f = {
            "plat": lambda: ch(PLATFORMS), "co": lambda: ch(AGENCIES), "law": lambda: ch(LAWFIRMS),
            "bank": lambda: ch(BANKS), "city": lambda: ch(CITIES), "rel": lambda: ch(RELS), "reln": lambda: ch(RELS_NEUTRAL),
            "rels": lambda: ch(RELS_SHORT), "amt": lambda: str(amount()), "amtw": amount_words,
            "days": lambda: str(rng.randrange(3, 400)), "daysw": lambda: ch(DAYS_W), "date": date_str,
            "datew": lambda: ch(DATES_W), "monthw": lambda: ch(MONTHS_W), "time": clock, "clock": clock,
            "day": day_label, "tail": lambda: "".join(str(rng.randrange(10)) for _ in range(4)),
            "robot": lambda: ch(ROBOTS), "nick": lambda: ch(NICKS), "pttid": lambda: ch(PTT_IDS),
            "gw": gateway, "n": lambda: str(rng.randrange(2, 300)), "amtc": lambda: "{:,}.00".format(amount()),
            "court": lambda: (ch(["杭州互联网法院", "北京互联网法院", "广州互联网法院"]) if chance(0.15)
                              else ch(CITIES) + ch(["市中级人民法院", "市人民法院"])),
            "cardbank": lambda: self.value("cardbank")[1] if "cardbank" in self.vals else ch(BANKS),
            "tlabel": lambda: self.vals["tlabel"][1] if "tlabel" in self.vals else "编号",
        }.get(base)
        if f is None:
            g = EXTRA_FILLERS.get(base)
            if g is None:
                raise KeyError(key)
            return g(self)
        return f()

    # -- rendering
    def render(self, tmpl):
        parts = []
        pos = 0
        for m in KEY_RE.finditer(tmpl):
            if m.start() > pos:
                parts.append([tmpl[pos:m.start()], None])
            key, attr = m.group(1), m.group(2)
            if key in NAME_KEYS:
                if attr:
                    parts.append([self.attr(key, attr), None])
                else:
                    self.name(key)
                    parts.append([self.vals[key][1], "name"])
            elif key in NOCACHE:
                parts.append([self.filler(key), None])
            else:
                kind, val = self.value(key)
                parts.append([val, kind])
            pos = m.end()
        if pos < len(tmpl):
            parts.append([tmpl[pos:], None])
        return parts

    def prime(self, tmpl):
        """Draw names with the attributes the whole template needs before rendering."""
        want = {}
        for m in KEY_RE.finditer(tmpl):
            if m.group(1) in NAME_KEYS:
                if m.group(3):
                    self.sexes[m.group(1)] = m.group(3)
                want.setdefault(m.group(1), [])
                if m.group(2):
                    want[m.group(1)].append(m.group(2))
        order = sorted(want, key=lambda k: (1 if ("same:" in str(self.specs.get(k, "")) or "py:" in str(self.specs.get(k, ""))) else 0,
                                             tmpl.index("{" + k)))
        for k in order:
            self.name(k, tuple(want[k]))


def draw_name(spec, ctx, need_han=False, need_g2=False):
    toks = spec.split(",") if spec else ["any"]
    sex = "m" if "m" in toks else ("f" if "f" in toks else None)
    same = [t for t in toks if t.startswith("same:")]
    if same:
        ref = ctx.name(same[0][5:])
        if ref.script == "han" and ref.sur:
            return han_name("g2" if need_g2 else None, sex=sex, sur=ref.sur)
    py = [t for t in toks if t.startswith("py:") or t.startswith("tpy:")]
    if py:
        ref = ctx.name(py[0].split(":")[1])
        rp = pinyin_of(ref, tones=py[0].startswith("tpy:"))
        if rp:
            sur, giv = rp
            if py[0].startswith("tpy:"):
                v = sur + " " + giv
            else:
                v = ch([sur + " " + giv, giv + " " + sur.upper(), sur.upper() + " " + giv.upper(), sur.upper() + ", " + giv])
            return Name(v, sur, giv, ref.sex, "pinyin of the Chinese name in the same record (own table)", "lat")
    if "pyable" in toks:
        for _ in range(300):
            n = han_name(sex=sex, sur=ch([k for k in SUR_PY if len(k) == 1]))
            if pinyin_of(n):
                return n
    main = [t for t in toks if t not in ("m", "f", "pyable") and not t.startswith("same:") and not t.startswith("py:")
            and not t.startswith("tpy:")]
    kind = main[0] if main else "any"
    if kind == "any":
        kind = wchoice([("han", 70), ("tw", 4), ("min", 9), ("lat", 5), ("word", 5), ("common2", 5), ("kor", 2)])
    elif kind == "hanmix":
        kind = wchoice([("han", 76), ("word", 6), ("common2", 6), ("kor", 3), ("min", 7), ("lat", 2)])
    elif kind == "asrmix":
        kind = wchoice([("han", 80), ("word", 7), ("common2", 7), ("kor", 4), ("minfused", 2)])
    if (need_han or need_g2) and kind not in ("han", "g2", "common2", "word"):
        kind = "han"
    if need_g2 and kind in ("common2", "word"):
        kind = "g2"
    if sex and kind in ("lat", "tone", "pinyin", "en", "hk", "hok", "mix", "min", "minfused", "mong", "yi", "man"):
        kind = ch(["han", "han", "uy", "kor"]) if kind in ("min", "mong", "yi", "man") else "han"
    if kind == "minfused":
        n = minority_name(ch(["uy", "kz", "tib", "mong", "yi"]))
        n.form = re.sub(r"[\s·•・‧．.]", "", n.form)
        return n
    if kind == "han":
        if need_g2:
            return han_name("g2", sex=sex)
        sub = wchoice([(None, 78), ("g1", 10), ("rare", 6), ("compound", 6)])
        return han_name(sub, sex=sex)
    if kind == "g2":
        return han_name("g2", sex=sex)
    if kind in ("word", "common2", "rare", "compound", "g1"):
        n = han_name(kind, sex=sex)
        return n
    if kind == "tw":
        return tw_name(sex)
    if kind == "min":
        return minority_name(None, sex)
    if kind in ("uy", "kz", "tib", "mong", "yi", "dai", "kor", "man"):
        return minority_name(kind, sex)
    if kind == "lat":
        return latin_name()
    if kind in ("tone", "pinyin", "en", "hk", "hok", "mix"):
        return latin_name(kind)
    raise ValueError(spec)


BLOB = ""          # filled later: all fixed template text, filler lists and preserve lines (compacted)


def name_ok(n, ctx):
    c = compact(n.form)
    if len(c) < 2:
        return False
    if n.zh in FAMOUS and n.zh not in FAMOUS_OK_AS_COMMON:
        return False
    if c in BLOB:
        return False
    for o in ctx.meta["names"]:
        oc = compact(o.form)
        if c in oc or oc in c:
            return False
        if n.script == "han" and o.script == "han" and n.sur == o.sur and n.given == o.given:
            return False
    for k, (kind, v) in ctx.vals.items():
        if kind and kind != "name" and (c in compact(v) or compact(v) in c):
            return False
    return True


def format_name(n, ctx):
    f = ctx.style.get("namefmt")
    v = n.form
    if f and n.script in ("han", "tw"):
        v = f(n)
    return v


# ================================================================ templates
# Placeholders: {A} {B} {C} {D} {X} {Y} {Z} names (labelled); {A.ta} 他/她, {A.xs} 先生/女士,
# {A.xiao} 小+last char, {A.lao} 老+surname, {A.a} 阿+last char, {A.gn} given name, {A.die} 芳芳,
# {A.zi} 涛子, {A.sur} surname, {A.mou} 王某, {A.mm} 王某某, {A.zong} 王总, {A.jl} 王经理,
# {A.gj} 海涛哥/海霞姐, {A.ge} 王哥/王姐 (all unlabelled);
# {P} mobile, {Pw} spoken mobile, {Po} OCR mobile, {L} landline, {I}/{Iw}/{Io} ID, {K}/{Kw}/{Ko} card,
# {Q}/{Qw} QQ, {W} WeChat, {EM} e-mail, {R}/{Rr}/{Ru}/{Rd}/{Rf}/{Rt} address, {V} plate, {T}/{Tw} account
# ({GH} 工号, {HT} contract, {JK} loan, {XH} student number, {UID} 2088… user id)
# (digits after a key make a second value: {P2}); lower-case keys are unlabelled fillers.

ASR_RUN = [
    "喂你好 我这边是那个{city}分公司的{A}啊 你是不是{B}本人 就是{B.ta}在{plat}借的那笔钱已经逾期{daysw}了你知道吧",
    "嗯对 我是{co}的调解员{A} 你是{B}的什么人啊 哦{rel}是吧 那麻烦你转告一下{B} 就说今天下午五点之前必须处理",
    "你好请问是{B}吗 不是啊 那你认识{B}吧 {B.ta}在我们这边留的紧急联系人就是你这个号码{Pw}",
    "我跟你讲{B}你再不接电话的话我们就只能联系你单位的{C}了 {C}是你们财务吧 对吧",
    "那个就是你老公{B:m}在我们这边有一笔{amtw}的借款 嗯 对 从{monthw}到现在一分钱都没还过",
    "你记一下我电话啊 {Pw} 我姓{A.sur} 你叫我{A.jl}就行 全名叫{A} 你让{B}今天之内给我回个电话",
    "我们这边已经核实过了 {B}身份证号{Iw} 户籍地址是{R} 对不对 你不用跟我狡辩",
    "喂是{B}家属吗 我是{plat}委托的律师{A}啊 你家{B}这个案子下周就要走诉讼程序了 你们家里人知不知道",
    "对对对就是{B} 你{reln}嘛 你跟{B.ta}说一声 还款账户是{bank}的{Kw} 户名是{A}",
    "你先别挂 嗯 你就告诉我{B}在不在家 {B.ta}那辆车{V}我们外访的同事昨天还在小区门口看到了",
    "你好这里是{plat}贷后管理中心 请问你是{B}吗 对 我是{A} 就是关于你那笔分期的事情",
    "{B}你好我是{A} 上次跟你通过电话的 你还记得吧 你自己答应说{datew}还的",
    "嗯你说你不认识{B} 那{C}你总认识吧 {C}说{B}是你同事 你们在一个车间",
    "啊你是{B}的老板是吧 {B}是你们公司的员工吧 我们这边是{city}{co}的{A}",
    "就是说我们这个{B}的账呢现在已经转到我{A}手上了 你听清楚没有",
    "喂{B}啊 我{A}啊 钱的事情你考虑得怎么样了 你姐{C:f}都说了可以帮你还一部分",
    "你看你的名字{B} 身份证{Iw} 手机{Pw} 这些信息我们这边都有的 你不要以为换个号就找不到你",
    "我跟你说{B}欠的钱跟你没关系 我们就是麻烦你帮忙转告一下 你是{B.ta}{reln}{C}对吧",
    "喂你好是{B}{B.xs}吗 我这边是{bank}信用卡中心的{A} 工号{Tw} 跟您核实一下您名下那张卡的欠款",
    "那你现在给我一个能联系上{B}的电话 嗯 {P2w}是吧 好的我核实一下这个号码是不是{B}本人在用",
    "你们村的{C}都跟我说了 你们家就在{Rr} 我们这周六会安排人过去一趟",
    "然后就是你那个微信号{W}是你本人的吧 我加你一下你通过一下 备注写{A}",
    "扣扣{Qw}是不是你的 {B}你别装了 我们都查得到",
    "嗯好的好的{A}经理您放心 我一定跟{B}说 {B.ta}现在在外地打工 过年才回来",
    "我是{B:m}{rel} 你们天天打电话打到我这来 我跟{B}早就不来往了 你找{C:f}去 {C}是{B.ta}老婆",
    "你好我找一下{B} 哦{B:m}不在是吧 那你是{C:f}吧 {C}你老公的事情你应该清楚",
    "什么叫我骚扰你 {B}借钱不还还有理了 你让{B}自己跟我说 我{A}今天就在这等着",
    "对我就是{B} 那个钱我真的没有 我{reln}{C}住院了 你给我宽限几天行不行",
    "行吧那我跟你确认一下 收款人{A} 卡号{Kw} 开户行{cardbank} 对吧 我转过去以后你给我出个结清证明",
    "你这个手机号{Pw}是你自己的吧 还有一个{P2w}是谁的 哦是{C}的 {C}是你什么人",
    "我是{city}这边的外访专员{A} 我们已经到{R}楼下了 你下来一趟 {B}你不要躲",
    "呃我这边是{co} 就是那个你在{plat}的账单 哎你是{B}吧 {B}你说话啊",
    "你儿子{C:m}在哪个学校我们也知道 {B}你要为孩子考虑考虑",
    "喂 {B:m} 你听我说完 你媳妇{C:f}的电话我们打了 你丈母娘那边我们也打了 你自己看着办",
    "这个钱是{B}借的 担保人写的是{C} 所以我们找{C}没毛病吧 你说是不是这个道理",
    "{A}啊我是{B}的{rel} 我想问一下{B.ta}到底欠了你们多少钱 连本带利一共多少",
]
ASR_FILL_HEAD = ["", "", "喂 ", "喂喂 ", "嗯 ", "那个 ", "哎 ", "喂你好 ", "呃 "]
ASR_FILL_TAIL = ["", "", " 啊", " 好吧", " 就这样", " 你听清楚了吗", " 嗯", " 对吧", " 喂喂"]
ASR_TYPOS = [("逾期", "预期"), ("征信", "正信"), ("律师", "律市"), ("起诉", "起述"), ("催收", "吹收"), ("协商", "谐商"),
             ("还款", "环款"), ("转告", "转高"), ("担保人", "担保任")]

SRT_DIALOGS = [
    ["喂你好 请问是{B}吗", "对 你哪位", "我这边是{plat}的{A} 你的借款已经逾期{daysw}了", "我知道 这个月实在是没钱", "那你什么时候能还 给我个准话"],
    ["喂 {B}在吗", "{B}不在 你找{B.ta}什么事", "你是{B.ta}什么人", "我是{B.ta}{rel}", "那你转告{B.ta} 再不还钱我们就联系{C}了", "{C}是谁啊 我不认识"],
    ["您好 这里是{bank}信用卡中心 我是{A}", "嗯", "请问您是{B}{B.xs}本人吗", "是的", "您名下的信用卡已经逾期 今天需要还款{amtw}"],
    ["你好 我是{court}的", "法院的", "对 {B}的案子已经立案了 你是{B.ta}紧急联系人吧", "你们真的是法院的吗", "你可以打这个电话核实 {L}"],
    ["喂 我{A} 你让{B}接电话", "{B.ta}在上班", "上什么班 {B.ta}在厂里上班是吧 地址是{Rf}", "你们怎么知道的", "我们什么都知道"],
    ["你好 我是{B}的同事{C}", "哦你好 你跟{B}说一下让{B.ta}回个电话", "我跟{B.ta}不熟 你们别打我电话了", "那你把{B.ta}微信推给我", "我没有"],
    ["是{B}吗", "你打错了", "不可能 这个号{Pw}就是{B}登记的", "我是新办的卡", "那你认识{C}吗 {C}说这是{B}的号"],
    ["{A}你好 我是{B}", "{B}啊 你那边考虑好了没有", "我想协商一下分期", "可以啊 你先还{amtw} 剩下的分六期", "好 我明天转"],
    ["喂 你是{B:m}的老婆{C:f}吧", "你们到底想干什么", "我们不想干什么 就是让{B}还钱", "{B.ta}的事跟我没关系", "你们是夫妻 共同债务懂吗"],
    ["我是{plat}委托的律所 我姓{A.sur}", "律所", "对 {A.sur}律师 全名{A} 你可以去网上查", "那你们有执业证吗", "有 我现在就发到你微信{W}"],
    ["你好 {B}的电话怎么一直打不通", "{B.ta}换号了", "新号多少", "{P2w}", "好的谢谢你啊"],
    ["喂喂 听得到吗", "听得到 你说", "我是{A} 昨天跟你说的那个事", "哪个事", "{B}的钱啊 你是担保人你忘了"],
    ["你好 是{B}家吗", "是 你找谁", "我找{B}本人 我是{co}的{A}", "{B.ta}出去了", "那你告诉{B.ta} 我们明天上午到{R}"],
    ["你是{B}吧 我给你念一下 身份证{Iw}", "你念这个干什么", "就是告诉你我们信息都有", "你这是泄露隐私", "你先把钱还了再说"],
]
ROBO = [
    "您好这里是{plat}智能客服 请问您是{B}本人吗 确认请按1 [按键1] {B}{B.xs}您好 您在我平台的借款已逾期{days}天 应还金额{amt}元 请于今日24点前还款 如已还款请忽略 人工服务请按0",
    "（系统语音）尊敬的{B}用户 您的紧急联系人{C}的借款已严重逾期 请您转告{C.ta}尽快处理 本通话将被录音",
    "您好 这是一条来自{bank}的语音提醒 {B}{B.xs} 您尾号{tail}的信用卡本期账单已逾期 请尽快还款 重听请按星号键",
    "【录音转写】机器人：您好请问是{B}吗 客户：不是 机器人：请问您认识{B}吗 客户：不认识 机器人：好的 如果您认识{B} 请转告{B.ta}及时联系{plat} 再见",
    "喂您好 我是{plat}的智能助理{robot} 请问是{B}吗 [静音3秒] 检测到您未及时还款 稍后将由专员{A}为您服务 请不要挂机",
    "语音通知 {B}您好 您于{date}在{plat}申请的借款今日到期 请保证还款银行卡余额充足 如有疑问请致电{L}",
    "[IVR] 欢迎致电{co} 您的案件编号已转交调解员{A} 查询案件请按1 [按键1] 请输入借款人身份证号码 [按键] {I} 您输入的是{I} 确认请按井号键",
    "您好 我是{robot} {B}的家属您好 {B}在{plat}的欠款已逾期 我们将于三日内联系{B.ta}的工作单位 如需协商请回拨{P}",
    "（机器人外呼录音）请问您是{B}吗 [客户：你谁啊] 我是{plat}的智能客服 您的账单已经逾期{days}天了 [客户：我知道了] 好的 那我这边帮您登记今天还款 [客户挂断]",
    "自动语音 {B}先生/女士 您好 您的车辆{V}因贷款逾期已被列入处置名单 请于{date}前联系{A} 电话{P}",
]
SEG = [
    "喂 你好 我 这边 是 {co} 的 {A} 啊 请问 是 {B} 吗",
    "你 跟 {B} 是 什么 关系 啊 {B} 在 我们 平台 借 了 {amtw}",
    "我们 已经 联系 过 {C} 了 {C} 说 不 知道 {B} 在 哪",
    "你 把 钱 转 到 {A} 的 卡 上 卡号 是 {Kw}",
    "你 老婆 {C:f} 的 电话 是 不是 {Pw}",
    "{B} 你 听 好 了 明天 再 不 还 我们 就 去 {R} 找 你",
    "对 我 是 {B} 的 {reln} 我 叫 {C}",
    "我 姓 {A.sur} 叫 {A} 工号 {GH} 你 可以 投诉 我",
    "嗯 那个 {B} 的 事情 我 真的 不 清楚 你 去 问 {C} 吧",
    "{A} 说 了 今天 下午 五点 之前 必须 还 {amtw}",
    "你 是 {B} 吗 我 是 {plat} 的 {A} 你 的 账单 逾期 了",
    "{B} 我们 查 到 你 的 扣扣 是 {Qw} 微信 是 {W}",
    "然后 {B} 就 说 {B.ta} 没 钱 让 我们 找 {C}",
    "你 那个 身份证 {Iw} 是 你 本人 的 吧 {B}",
]

OCR_SMS_HEADS = ["< {gw}\n短信/彩信\n{day} {clock}", "< 信息\n{gw}\n{day} {clock}", "中国移动 4G  {clock}  {batt}%\n< {gw}  详情",
                 "返回  {gw}  详情", "[截图文字识别]\n{gw}\n{day} {clock}", "< 1条新信息\n{gw}", "卡1 · 中国联通\n{gw}\n{day} {clock}",
                 "< 返回    {gw}\n{day} {clock}"]
OCR_SMS_FOOTS = ["复制  转发  删除", "复制 | 更多", "回复", "已送达", "[复制] [转发] [收藏]", "举报垃圾信息", "该号码已被{n}人标记为催收",
                 "点击拨打  复制号码", "", "发送信息", "多选  删除"]
OCR_SMS_BODIES = [
    "【{plat}】{B}您好，您的紧急联系人{C}在我司借款已逾期{days}天，请转告其尽快还款，联系人{A}，电话{Po}。",
    "{B}，你借{plat}的{amt}元今天再不处理，明天上午{A}带人去{R}找你家人。",
    "【催收通知】{B}（身份证{Io}）欠款{amt}元，逾期{days}天，我司将于近日上门，接待人{A}。",
    "尊敬的{B}{B.xs}：您名下账户已移交{law}，承办律师{A}，联系电话{L}，请于{date}前联系。",
    "{B:m}你老婆{C:f}的单位我们已经知道了，{C}的电话{Po}，你自己看着办。",
    "你好，这里是{co}，请{B}本人回电{Po}，工号{GH}，过期不候。",
    "{B}欠款不还，还款请转{cardbank}卡号{Ko}，户名{A}，转完截图发微信{W}。",
    "通知：{B}的车辆{V}已列入处置名单，如有异议请联系{A}{Po}。",
    "【{plat}】{B}，你的扣扣{Q}和邮箱{EM}我们已经掌握，再不还款将群发你的通讯录。",
    "{B}，给你最后一次机会，今晚十点前联系{A}，否则后果自负。",
    "【{plat}】尊敬的{B}，您的账单已逾期，专属客服{A}将在24小时内与您联系，请保持电话畅通。",
    "{C}你好，{B}在我司有一笔欠款，{B}填写的紧急联系人是你，请转告{B.ta}联系{A}。",
    "{B}，你的车{V}我们已经定位到了，今天之内联系{A}处理。",
    "【律师函】已发送至您的邮箱{EM}，请{B}查收。承办人：{A}",
]
OCR_CHAT_TITLES = ["{A}", "催收-{A}", "{plat}客服", "未备注", "{A}(外访)", "法务{A}"]
OCR_CHAT_MSGS = [
    "你是{B}吧", "{B}的事情你知道吧", "我是{A}", "你老公{C:m}在我们这借了{amt}", "今天不还就去你单位{Rt}",
    "[语音] {n}\"", "[图片]", "对方撤回了一条消息", "{B}的微信号是不是{W}", "你妈{D:f}的电话{Po}打不通",
    "给你看看这个 {B}的身份证{Io}", "{B}你出来我们聊聊", "我们已经到{R}了", "你再装死试试", "{C}是你谁",
    "转账给{A}就行 卡号{Ko}", "我把{B}的欠款截图发到群里了", "你表弟{X:m}已经答应帮你还",
]
OCR_CHAT_CHROME_TOP = ["< 微信(12)", "<", "< 返回", "< 99+", "中国电信 5G  {clock}  {batt}%\n<"]
OCR_CHAT_CHROME_BOT = ["按住 说话", "发送", "[表情]  [+]", "", "语音  输入框  表情  +"]
CALL_LOG_HEAD = ["通话记录", "最近通话\n全部  未接来电", "电话\n全部 | 未接 | 呼出", "< 通话详情"]
CALL_LOG_LOC = ["广东深圳 移动", "河南郑州 联通", "湖南长沙 电信", "浙江嘉兴 移动", "四川成都 电信", "江苏苏州 联通",
                "未知归属地", "安徽合肥 移动", "福建泉州 联通"]
CALL_LOG_TAGS = ["骚扰电话 · 被{n}人标记", "疑似催收 · {n}人标记", "响铃{n}秒", "未接通", "呼出 {n}秒", "已拦截", "快递送餐 · {n}人标记"]
CONTACT_FILLERS = ["房东", "老妈", "宝贝", "快递", "物业", "修空调", "老婆", "爸", "班主任", "幼儿园老师", "二舅", "移动客服",
                   "驾校教练", "中介", "楼下超市", "开锁师傅", "同事群", "亲爱的"]
PAPER = [
    "{court}\n传 票\n案号：（2026）{caseno}\n被传唤人：{B}\n住址：{R}\n传唤事由：借款合同纠纷\n应到时间：{date} 上午9时\n应到处所：第三法庭\n书记员：{A}  电话：{L}",
    "律 师 函\n{law}\n致：{B} {B.xs}\n受{plat}委托，现就您拖欠借款一事函告如下：请于{date}前清偿欠款{amt}元。\n承办律师：{A}\n联系电话：{P}",
    "催 收 通 知 书\n借款人：{B}\n身份证号：{Io}\n欠款金额：{amt}元\n我司已委托{co}外访人员{A}于近日上门。\n{date}",
    "欠 款 公 示\n{B}，家住{R}，于{date}借款{amt}元至今未还，特此公示。\n知情者请联系{A}（{P}）",
    "上门通知\n{B}：\n我司外访员{A}、{C}于{date}到访未遇，请见通知后联系。\n联系电话：{P}\n{co}",
]
COURIER = [
    "{carrier}\n寄件人：{A} {Po}\n{R2}\n收件人：{B} {Po2}\n{R}\n托寄物：文件\n签收人：________",
    "{carrier}  标准快递\n收：{B}\n电话：{Po}\n地址：{R}\n寄：{A} {Po2}\n内件：律师函",
]
CARRIERS = ["顺丰速运", "EMS 中国邮政速递物流", "中通快递", "京东物流", "圆通速递"]
RECEIPT = [
    "转账成功\n¥{amtc}\n收款人  {A}\n收款账户  {cardbank} {Ko}\n付款人  {B}\n转账时间  {date} {clock}\n附言  还款\n完成",
    "< 交易详情\n-{amtc}\n交易成功\n转账-转给{A}\n对方账户  {cardbank}({Ko})\n付款方式  余额\n备注  {B}还款\n创建时间  {date} {clock}",
    "电子回单\n付款人户名：{B}\n付款人账号：{Ko}\n收款人户名：{A}\n收款人账号：{Ko2}\n金额（小写）：{amtc}\n用途：借款\n{date}",
    "微信支付\n转账给{A}\n¥{amtc}\n已收款\n转账时间 {date} {clock}\n收款时间 {date} {clock}\n转账说明 {B}的{plat}欠款",
]
OCR_CHAR_MIS = [("已", "己"), ("未", "末"), ("日", "曰"), ("贷", "货"), ("账", "帐"), ("催", "摧"), ("请", "清"),
                ("逾", "谕"), ("人", "入"), ("千", "干"), ("天", "夭"), ("话", "活"), ("期", "朝")]
OCR_PUNCT_MIS = {"，": [",", ".", " ", "，"], "。": [".", "。", "。", "o"], "：": [":", ";", " :"], "！": ["!", "l"],
                 "？": ["?", "?"], "（": ["(", "C"], "）": [")", ")"], "【": ["[", "I"], "】": ["]", "l"], "、": [",", "\\"]}


def ocr_namefmt(n):
    v = n.form
    r = rng.random()
    if r < 0.30 and len(v) >= 2:
        i = rng.randrange(1, len(v))
        return v[:i] + " " + v[i:]
    if r < 0.38 and len(v) >= 2:
        return " ".join(v)
    if r < 0.42 and len(v) >= 2:
        i = rng.randrange(1, len(v))
        return v[:i] + "\u3000" + v[i:]
    return v


def spread_namefmt(n):
    return " ".join(n.form) if chance(0.75) else n.form


def seg_namefmt(n):
    v = n.form
    r = rng.random()
    if r < 0.5 and n.sur and n.given and v == n.sur + n.given:
        return n.sur + " " + n.given
    if r < 0.62:
        return " ".join(v)
    return v

# ---------------------------------------------------------------- tables

COLS = {
    "name": ["姓名", "联系人", "联系人姓名", "客户姓名", "紧急联系人", "名字", "name", "Name", "contact", "备注名"],
    "rel": ["关系", "与借款人关系", "关系类型", "relation", "称谓"],
    "phone": ["电话", "手机", "手机号", "联系电话", "号码", "mobile", "tel", "手机号码"],
    "id": ["身份证", "身份证号", "证件号码", "id_card", "身份证号码"],
    "addr": ["地址", "住址", "户籍地址", "现住址", "addr", "家庭住址"],
    "wx": ["微信", "微信号", "wx", "vx"],
    "qq": ["QQ", "qq", "QQ号", "扣扣"],
    "plate": ["车牌", "车牌号", "车辆", "plate"],
    "email": ["邮箱", "email", "电子邮箱", "E-mail"],
    "card": ["银行卡", "卡号", "银行卡号", "收款卡号", "bank_card"],
    "note": ["备注", "催记", "状态", "联系结果", "外访结果", "remark"],
    "days": ["逾期天数", "逾期", "DPD"],
    "amt": ["欠款金额", "应还金额", "金额", "本息合计"],
}
REL_VALS = ["本人", "父亲", "母亲", "配偶", "同事", "朋友", "兄弟", "姐妹", "同学", "领导", "子女", "亲属", "其他", "室友", "邻居"]
NOTE_VALS = ["已接通", "空号", "拒接", "关机", "承诺还款", "表示不认识", "已告知", "停机", "无人接听", "已加微信", "愿意代偿",
             "骂人挂断", "要求删除号码", "说已离婚", "已转告", "外出务工", "待回访", "已报警", "正常", "三方已告知"]
NONAME_CELLS = ["老婆", "张总", "房东", "小芳", "阿强", "老周", "妈", "宝宝", "王经理", "刘姐", "表哥", "快递小哥", "李老师",
                "陈师傅", "二姨", "领导", "赵会计", "Boss", "mom", "亲爱的"]
TABLE_PRE = ["", "", "导出时间：{date} {clock}", "以下是催收发给我的表格：", "截图转文字：", "共{n}条记录", "通讯录导出（部分）",
             "这是他们群发的名单，我截了一段", "【附件】联系人名单.xlsx", "催收系统导出", "sheet1"]
TABLE_POST = ["", "", "", "（以下省略）", "…", "合计：{n}人", "——以上信息均为催收方发来", "我只认识第一个人"]


def table_record(ctx):
    fmt = wchoice([("csv", 5), ("tsv", 4), ("md", 4), ("bare_csv", 3), ("bare_space", 3), ("fixed", 2), ("vcard", 3),
                   ("json", 3), ("jsonp", 2), ("kvlog", 3), ("html", 2), ("yaml", 2), ("pipe", 2), ("semi", 1)])
    ctx.meta["tablefmt"] = fmt
    nrows = rng.randrange(2, 6)
    cols = ["name"]
    extra = ["rel", "phone", "phone", "id", "addr", "wx", "qq", "note", "days", "amt", "plate", "email", "card"]
    rng.shuffle(extra)
    for c in extra:
        if c not in cols and len(cols) < rng.randrange(3, 6):
            cols.append(c)
    if "phone" not in cols and chance(0.7):
        cols.insert(1, "phone")
    if chance(0.6):
        rng.shuffle(cols)
    heads = [ch(COLS[c]) for c in cols]
    rows = []
    name_keys = ["A", "B", "C", "D", "X", "Y", "Z"]
    ki = 0
    for r in range(nrows):
        row = []
        for c in cols:
            if c == "name":
                if chance(0.12) and r > 0:
                    row.append([ch(NONAME_CELLS), None])
                else:
                    row.append(["{%s}" % name_keys[ki], "tmpl"])
                    ki += 1
            elif c == "rel":
                row.append(["本人" if r == 0 and chance(0.6) else ch(REL_VALS), None])
            elif c == "phone":
                row.append(["{P%d}" % (r + 1), "tmpl"] if chance(0.92) else [ch(["空号", "-", "无", ""]), None])
            elif c == "id":
                row.append(["{I%d}" % (r + 1), "tmpl"] if chance(0.7) else [ch(["-", "未提供", ""]), None])
            elif c == "addr":
                row.append(["{R%d}" % (r + 1), "tmpl"] if chance(0.75) else [ch(["不详", "-", "同上"]), None])
            elif c == "wx":
                row.append(["{W%d}" % (r + 1), "tmpl"] if chance(0.7) else [ch(["无", "-", "未加"]), None])
            elif c == "qq":
                row.append(["{Q%d}" % (r + 1), "tmpl"] if chance(0.7) else [ch(["无", "-"]), None])
            elif c == "plate":
                row.append(["{V%d}" % (r + 1), "tmpl"] if chance(0.6) else [ch(["无", "-", "无车"]), None])
            elif c == "email":
                row.append(["{EM%d}" % (r + 1), "tmpl"] if chance(0.7) else [ch(["无", "-"]), None])
            elif c == "card":
                row.append(["{K%d}" % (r + 1), "tmpl"] if chance(0.75) else [ch(["无", "-", "未绑卡"]), None])
            elif c == "note":
                row.append([ch(NOTE_VALS), None])
            elif c == "days":
                row.append([str(rng.randrange(1, 500)) + ch(["", "天"]), None])
            elif c == "amt":
                row.append([ch(["{:,}.00".format(amount()), str(amount()), str(amount()) + "元"]), None])
        rows.append(row)
    ctx.meta["tablerows"] = nrows
    lines = []

    def cell(cv):
        return cv[0]

    if fmt in ("csv", "bare_csv", "tsv", "pipe", "semi"):
        sep = {"csv": ",", "bare_csv": ",", "tsv": "\t", "pipe": " | ", "semi": ";"}[fmt]
        if fmt != "bare_csv":
            lines.append(sep.join(heads))
        for i, row in enumerate(rows):
            pre = (str(i + 1) + sep) if chance(0.3) and fmt != "bare_csv" and i == 0 and False else ""
            lines.append(pre + sep.join(cell(c) for c in row))
    elif fmt == "md":
        lines.append("| " + " | ".join(heads) + " |")
        lines.append("|" + "|".join(ch(["---", ":---", "----", "-----"]) for _ in heads) + "|")
        for row in rows:
            lines.append("| " + " | ".join(cell(c) for c in row) + " |")
    elif fmt == "bare_space":
        for row in rows:
            lines.append(ch([" ", "  ", "\u3000"]).join(cell(c) for c in row if c[0]))
    elif fmt == "fixed":
        lines.append("    ".join(heads))
        for row in rows:
            lines.append("    ".join(cell(c) for c in row))
    elif fmt == "vcard":
        for row in rows:
            lines.append("BEGIN:VCARD")
            lines.append(ch(["VERSION:3.0", "VERSION:2.1"]))
            for c, cv in zip(cols, row):
                if not cv[0]:
                    continue
                if c == "name":
                    if chance(0.5):
                        lines.append("N:;" + cv[0] + ";;;")
                    lines.append("FN:" + cv[0])
                elif c == "phone":
                    lines.append(ch(["TEL;TYPE=CELL:", "TEL;CELL:", "TEL;TYPE=HOME,VOICE:", "TEL:"]) + cv[0])
                elif c == "addr":
                    lines.append("ADR;TYPE=HOME:;;" + cv[0] + ";;;;")
                elif c == "wx":
                    lines.append("X-WECHAT:" + cv[0])
                elif c == "qq":
                    lines.append("X-QQ:" + cv[0])
                elif c == "id":
                    lines.append("NOTE:身份证 " + cv[0])
                elif c in ("rel", "note"):
                    lines.append("NOTE:" + cv[0])
                elif c in ("days", "amt", "plate"):
                    lines.append("X-" + c.upper() + ":" + cv[0])
                elif c == "email":
                    lines.append("EMAIL;TYPE=INTERNET:" + cv[0])
                elif c == "card":
                    lines.append("NOTE:卡号 " + cv[0])
            lines.append("END:VCARD")
    elif fmt in ("json", "jsonp"):
        keymap = {"name": ch(["name", "contactName", "联系人", "姓名"]), "rel": ch(["relation", "关系"]),
                  "phone": ch(["phone", "mobile", "tel", "手机"]), "id": "idCard", "addr": ch(["address", "addr"]),
                  "wx": "wechat", "qq": "qq", "note": "remark", "days": "overdueDays", "amt": "amount", "plate": "plateNo",
                  "email": "email", "card": "bankCard"}
        objs = []
        for row in rows:
            kv = ['"%s": "%s"' % (keymap[c], cv[0]) if c not in ("days",) else '"%s": %s' % (keymap[c], re.sub(r"\D", "", cv[0]) or "0")
                  for c, cv in zip(cols, row)]
            if fmt == "json":
                objs.append("{" + ", ".join(kv) + "}")
            else:
                objs.append("  {\n    " + ",\n    ".join(kv) + "\n  }")
        if fmt == "json":
            lines.append(ch(['{"code": 0, "data": [', '[']) + ", ".join(objs) + ch([']}', ']']))
        else:
            lines.append("[")
            lines.append(",\n".join(objs))
            lines.append("]")
    elif fmt == "kvlog":
        keymap = {"name": "name", "rel": "rel", "phone": "mobile", "id": "idno", "addr": "addr", "wx": "wx", "qq": "qq",
                  "note": "remark", "days": "dpd", "amt": "amt", "plate": "plate", "email": "email", "card": "card"}
        for i, row in enumerate(rows):
            ts = "2026-%02d-%02d %02d:%02d:%02d" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60))
            lines.append(ts + " " + ch(["INFO", "DEBUG", "[upload]", "I/ContactSync:"]) + " " + " ".join(
                "%s=%s" % (keymap[c], cv[0]) for c, cv in zip(cols, row) if cv[0]))
    elif fmt == "html":
        lines.append("<table><tr>" + "".join("<th>%s</th>" % h for h in heads) + "</tr>")
        for row in rows:
            lines.append("<tr>" + "".join("<td>%s</td>" % cell(c) for c in row) + "</tr>")
        lines.append("</table>")
    elif fmt == "yaml":
        for row in rows:
            first = True
            for c, h, cv in zip(cols, heads, row):
                lines.append(("- " if first else "  ") + h + ": " + cv[0])
                first = False
    pre = ch(TABLE_PRE)
    post = ch(TABLE_POST)
    text = "\n".join(([pre] if pre else []) + lines + ([post] if post else []))
    return text

# ---------------------------------------------------------------- posts

FORUM = [
    # 黑猫投诉 style
    "【投诉对象】{plat}\n【投诉问题】暴力催收、骚扰通讯录\n【投诉要求】停止催收、道歉\n【涉诉金额】{amt}元\n\n本人于{date}在{plat}借款，因失业暂时无法还款。近一周催收员自称{A}，每天给我{reln}{C}打十几个电话，还说要去{C.ta}单位闹。请平台管管！",
    "投诉标题：{plat}第三方催收辱骂家人\n投诉进度：处理中\n\n催收人员{A}（工号{GH}）打电话给我母亲{C:f}，用极其难听的话辱骂她，我母亲六十多岁有高血压。录音已保存，要求平台处理{A}。",
    "【投诉编号】已隐去\n【投诉对象】{co}\n【投诉要求】停止骚扰\n\n我根本没有借过钱，借款人{B}是我前同事，他们却天天打我电话，让我转告{B}。我已经说了无数次我跟{B}不熟。",
    "{plat}的催收太过分了！一个叫{A}的男的给我们公司前台打电话，说我欠钱不还，现在全公司都知道了，我们老板{C}（大家叫{C.zong}）找我谈话，我真的没脸上班了。",
    # 贴吧
    "【求助】被网贷催收爆通讯录了怎么办\n1楼 楼主\n今天我同事{C}问我是不是欠钱了，说有个自称{A}的人给{C.ta}发短信。\n2楼 {nick}\n报警，留好证据\n3楼 楼主\n回复 2楼：报了，派出所说这是民事纠纷……",
    "标题：说说我被催收的经历\n楼主：借了{plat}{amt}，逾期{days}天。催收先是打给我老婆{C:f}，然后打给我岳父{D:m}，最后连我孩子班主任都打了。\n回复 {nick}：这种直接12378投诉\n楼主 回复 {nick}：已经投诉了，等结果",
    "[吧务置顶] 防骗指南\n——\n{nick}：今天收到短信说我是{B}的紧急联系人，{B}是谁我都不知道\n{nick2}：正常，他们就是乱打的，拉黑就行",
    "1楼：有没有人被{co}催过？\n2楼：有，打我电话的叫{A}，说话特别冲\n3楼：我这边是个女的，叫{X}，天天发短信\n4楼：直接录音，打12378",
    # 微博
    "#暴力催收# #网贷# 真的受不了了😭 {plat}的催收{A}给我妈{C:f}打了二十多个电话，还发短信说要去我老家{Rr}贴告示。@{plat}客服 你们管不管？",
    "#反催收# 转发扩散！这个号码{P}自称{co}的{A}，给我所有同事群发我欠钱的信息，还P了我的身份证照片。大家看到直接举报。",
    "今天被催收气哭了 他们打给我大学室友{C} 问{C.ta}我在哪上班 我毕业都五年了 #网贷逾期# #求助#",
    "// @{nick}: 同样的情况 // 我姐{C:f}也接到了，说我是{B}的担保人，我连{B}是谁都不知道",
    # 知乎
    "谢邀。说说我自己的经历吧。前年我在{plat}借了{amt}，后来逾期。催收员{A}第一通电话就打到我父亲{C:m}那里，我父亲当晚就住院了。\n\n我的建议：第一，保留所有证据；第二，别被吓到；第三，能协商就协商。",
    "问题：网贷逾期后催收打给领导合法吗？\n\n答：不合法。我之前的领导{C}接到过好几次，都是一个叫{A}的打来的，后来我打12378投诉，一周就停了。",
    "匿名用户\n\n我是做过催收的。说实话，我们组长{A}每天给我们的指标就是打通讯录。像{B}这种客户，我们会先打{B}的配偶，再打父母，最后打同事。",
    # 小红书
    "姐妹们 被催收爆通讯录了怎么办🆘\n我领导{C}今天直接找我谈话 说有个叫{A}的打到公司来\n现在办公室的人看我的眼神都不对了😣\n#网贷 #催收 #求助",
    "记录一下上岸过程📝\n1. 先列清楚所有欠款\n2. 跟{plat}协商 我的协商员是{A} 人还挺好\n3. 我老公{C:m}帮我还了一部分\n现在只剩{amt}了 加油💪",
    "被催收威胁要去我老家😭 他们连我爸{C:m}的名字、我家地址{R}都知道 这些信息到底是谁泄露的？",
    # 抖音 comments
    "@{nick}：我也是 催收叫{A} 天天打\n回复 @{nick}：同一个人！他还说他是律师\n@{nick2}：{A}这个名字我也见过，{co}的",
    "评论区：\n{nick}：催收打给我外婆{C:f}了，我外婆八十岁了……\n{nick2}：太缺德了\n{nick}：最气的是那个叫{A}的还笑",
    # 留言板 / 12345
    "留言标题：{city}{co}暴力催收问题\n留言内容：本人{B}，身份证号{I}，在{plat}有一笔借款。{co}的工作人员{A}多次骚扰我的亲属和同事，请相关部门调查处理。联系电话：{P}",
    "12345工单补充：来电人{B}反映，{date}起持续接到自称{plat}催收人员的电话，对方自称{A}，并将其欠款信息发送给其妹妹{C:f}。来电人要求：停止骚扰。",
    "人民网留言板\n标题：请求查处非法催收\n内容：我叫{B}，住在{R}。从上个月开始，{co}的人天天打电话给我爱人{C}和我儿子{D:m}，还威胁说要上门。",
    # 帖子里的聊天截图转述
    "发个截图大家看看（文字版）：\n“{B}，你表哥{C:m}已经被我们联系了，你再不还，下一个就是你舅舅{D:m}。——{A}”\n这是正常催收吗？",
    "楼主更新：\n今天那个{A}又换了一个号{P2}打来，说已经联系了我们村的村支书{C}。我真的快崩溃了，大家说我该怎么办",
    "豆瓣小组【负债者互助】\n标题：被一个叫{A}的催收骂了半小时\n正文：他连我老婆{C:f}的工作单位都知道，说下午就去{C.ta}单位门口拉横幅。",
    "贴一个避雷：\n{co}，催收员{A}，电话{P}，微信{W}，专门打通讯录，骂人特别难听。\n我已经把{A}的录音交给律师了。",
    "今天那个自称{A}的人开着一辆车牌{V}的车在我家楼下守了两天，我爸{C:m}出门都不敢。#暴力催收#",
    "他们还用{EM}给我老公{C:m}的工作邮箱发了“催款函”，抄送了{C.ta}们领导。",
    "最离谱的是让我把钱转到{cardbank}卡{K}，户名{A}，说是公司财务。我查了一下{A}根本不是他们公司的人。",
    "曝光一个收款账户：{K}，户名{A}，自称{plat}合作机构。大家千万别转！#反诈#",
    "B站动态：\n今天做个视频讲讲被催收的经历，里面提到的人名我都打码了，但{A}这个人我必须点名，{A.ta}骚扰了我奶奶{C:f}整整一个月。",
    "【经验贴】如何应对上门催收\n上周两个人来我家，一个自称{A}，一个说是{X}的助理。我直接报警，民警{D}来了以后他们就走了。",
]

# ---------------------------------------------------------------- back-references

BACKREF = [
    "我表妹{A}，我们都叫她{A.die}，{A.die}昨天也接到催收电话了。",
    "催收的叫{A:m}，后来我才知道大家都叫他{A.lao}，{A.lao}在他们公司是个小组长。",
    "{A:m}是我发小，平时我叫他{A.a}。{A.a}说要是催收再打给他，他就直接报警。",
    "我们车间主任{A}，厂里人都喊{A.ge}。{A.ge}今天问我是不是在外面欠钱了。",
    "{A}（{A.xiao}）是我老婆，{A.xiao}这几天被吓得不敢接电话。",
    "判决书里写的是“被告{A.mou}”，但短信里直接写了全名{A}，这不是泄露隐私吗？",
    "文书上原告是{A.mm}，被告是{B.mm}，可是催收发给我妈的短信里写的是{B}，连名带姓。",
    "我老公{A}，家里都叫他{A.gn}。{A.gn}借的钱我一点都不知道。",
    "{A}这个人，我们公司的人都叫{A.ta}{A.zong}，{A.zong}说再有催收打到公司就开除我。",
    "打电话的人说他姓{A.sur}，叫{A.jl}就行，我在短信里看到他全名是{A}。",
    "我弟弟{A}，小名{A.zi}，{A.zi}从小就老实，怎么会去借网贷。",
    "{A:m}和{B:f}是两口子，我们平时叫{A.xiao}和{B.xiao}，催收把他们俩都打了个遍。",
    "老{A.sur}就是{A:m}，以前跟我一个宿舍，现在他们天天打{A.lao}电话找我。",
    "闺蜜{A}，我一直叫她{A.gj}，{A.gj}说有个男的打电话问我住哪。",
    "你说的{A.zong}是不是{A:m}？对，就是{A}，他说催收也找到他那里去了。",
    "二舅{A}，我妈叫他{A.gn}，他前天接到一个电话说我欠了{amt}。",
    "催收员自称{A.jl}，工号{GH}，后来查到真名叫{A}。{A.jl}每天早上八点准时打来。",
    "{A:m}，外号{A.zi}，就是他把我的号码给了催收。{A.zi}自己也欠了一屁股债。",
    "事情是这样的：{A}找我借钱，我借给了{A.ta}。现在{A.xiao}不还，催收反而找上了我。",
    "我婆婆{A:f}，我们叫她妈，但催收短信里写的是“{A}女士”，还提到了我公公{B:m}。",
    "{B}是借款人，担保人是我，我叫{A}。后来{B.lao}跑路了，他们就只找我。",
    "那个叫{A:f}的催收，我们群里都叫她{A.ge}，{A.ge}特别会骂人。",
    "被执行人{A.mou}（即{A}）名下无可供执行的财产——这是法院的原话。",
    "我同学{A:m}，大家都叫他{A.a}，{A.a}给我转了两千让我先应付一下。",
    "{A}（以下简称{A.mou}）于{date}向{plat}借款{amt}元，{A.mou}至今未还。",
    "我爸{A:m}，村里人叫他{A.lao}，催收打到村委会找{A.lao}，全村都知道了。",
    "领导{A}，我们都叫{A.zong}。{A.zong}，对不起，是我连累您了。",
    "{A.xiao}，就是{A}，你上次说的律师电话是多少？",
    "我跟{A}说过好几次了，{A.gn}你别替我担保，{A.ta}不听。",
    "{A}他妈，也就是我大姨{B:f}，今天也接到了，{B.ge}说那人说话很难听。",
]
BACKREF_SPECS = {
    0: {"A": "g2,f"}, 2: {"A": "g2,m"}, 4: {"A": "han,f"}, 7: {"A": "g2,m"}, 10: {"A": "g2,m"}, 13: {"A": "g2,f"},
    15: {"A": "g2,m"}, 19: {"A": "han,f", "B": "han,m"}, 25: {"A": "han,m"}, 29: {"B": "han,f"},
}

# ---------------------------------------------------------------- names that are words, names glued to verbs

WORDY = [
    "{A}说他下个月一定还",
    "{A}欠{plat}三千多，凭什么打我电话",
    "{A}借的钱为什么找我要",
    "钱是{A}借的不是我",
    "这事你得问{A}",
    "{A}昨天晚上又打来了",
    "你去找{A}啊找我干嘛",
    "{A}和{B}都收到了同一条短信",
    "不信你问{A}",
    "{A}答应替我还一半",
    "全是{A}搞出来的",
    "{A}让我转告你别再打了",
    "上周{A}去了一趟派出所",
    "{A}借给我五千块，现在催收天天找{A}",
    "{A}欠钱{B}担保",
    "{A}打给{B}，{B}打给我",
    "我的紧急联系人填的是{A}",
    "这个号码以前是{A}在用",
    "{A}在高新区上班",
    "{A}在白天接不了电话",
    "{A}方便的时候会给你回电",
    "{A}金额算错了",
    "{A}常说催收都是吓唬人的",
    "{A}万一不还怎么办",
    "{A}于是就把号码换了",
    "{A}时不时就会收到短信",
    "{A}明天去银行问",
    "{A}路过我家说的",
    "{A}林林总总借了七八个平台",
    "{A}石沉大海一样再也联系不上",
    "{A}黄金周回老家了",
    "{A}江湖救急借过我钱",
    "昨天晚上{A}说",
    "问了一圈最后还是{A}",
    "{A}！你再不接电话试试",
    "这件事{A}最清楚",
    "{A}借{B}还",
    "{A}把{B}拉黑了",
    "{A}欠",
    "我今天见到{A}了",
]

# ---------------------------------------------------------------- traditional characters

WA_LINES = [
    "{X}: 你個細佬{B:m}欠咗我哋錢，叫佢快啲還",
    "{X}: 我唔識{B}呀，你哋打錯電話",
    "{X}: {B}話聽日會還，你等下啦",
    "{X}: 你老豆{C:m}已經收到我哋嘅信",
    "{X}: 佢屋企地址係{Rhk}，我哋知㗎",
    "{X}: 有咩事打俾我 {Phk}",
    "{X}: 打俾{A}啦，佢負責你個case",
    "{X}: 我同{C}講咗，佢話冇錢",
    "{X}: ‎<附件：圖片>",
    "{X}: 呢個係佢喺大陸嘅身份證 {I}",
    "{X}: 轉數快打去{A}，FPS電話{Phk}",
    "{X}: 你再唔覆我就搵{C}",
    "{X}: 收到，唔該",
]
PTT = [
    "作者 {pttid} ({nick})\n看板 Loan\n標題 [問題] 被催收打到公司怎麼辦\n時間 {ptttime}\n\n債務人是我前男友{B:m}，我只是被填成緊急聯絡人。\n催收員自稱{A}，每天打來公司，我主管{C}已經關切了。\n請問這樣可以報警嗎？\n\n推 {pttid2}: 直接報警，這是騷擾\n→ {pttid3}: 錄音存證",
    "作者 {pttid} ({nick})\n看板 Lawyer\n標題 [請益] 家人被討債公司騷擾\n時間 {ptttime}\n\n我爸{C:m}欠了{amt}元，討債的人叫{A}，打電話到我阿嬤{D:f}家，還說要去{Rtw}找人。\n\n推 {pttid2}: 先去派出所備案\n噓 {pttid3}: 欠錢還錢啊",
    "作者 {pttid} ({nick})\n看板 Bank_Service\n標題 [心得] 被銀行委外催收的經驗\n時間 {ptttime}\n\n委外公司的{A}態度很差，一直問我太太{C:f}的電話。後來我打去銀行客服申訴，才換成{X}處理。",
    "作者 {pttid}\n標題 Re: [問題] 前同事借錢不還\n\n※ 引述《{pttid2}》之銘言：\n: 我同事{B}借了我三萬\n\n我也被{B}借過，他現在連{C}的錢都沒還。",
]
LINE_CHAT = [
    ["{d}\t{A}\t你什麼時候還錢", "{d}\t{B}\t下禮拜發薪水就還", "{d}\t{A}\t上次你也這樣說", "{d}\t{B}\t真的，我跟{C}借到了"],
    ["{d}\t{A}\t{B}你好，我是{plat}的專員", "{d}\t{B}\t請問有什麼事", "{d}\t{A}\t您的帳款已逾期，請今天處理", "{d}\t{A}\t不然我們會聯絡{C}"],
    ["{d}\t{B}\t[照片]", "{d}\t{B}\t這是他們寄到我家的信，上面寫{C}", "{d}\t{A}\t太誇張了吧", "{d}\t{B}\t地址都寫對了 {Rtw}"],
    ["{d}\t{A}\t{B}的電話是不是{Ptw}", "{d}\t{C}\t我不知道", "{d}\t{A}\t你是{B}的姐姐吧", "{d}\t{C:f}\t請不要再打來了"],
]
TRAD = [
    "【簡訊】{B}您好，您本期應繳金額{amt}元已逾期，請儘速繳納。專員{A}",
    "{B}小姐您好，我是{co}的{A}，您積欠的款項已經委託我們處理，請回電。",
    "債務人：{B}\n緊急聯絡人：{C}\n聯絡電話：{Ptw}\n備註：已多次催告未果",
    "{B}您好，這裡是{co}，請於今日下午五點前回電{Ptw}，承辦人{A}。",
    "收件人：{B}\n地址：{Rtw}\n電話：{Ptw}\n內容物：存證信函",
    "我阿嬤{C:f}住在{Rhk}，佢哋竟然寄信去嗰度，信封寫住{B}收。",
    "我表姐{C:f}話佢收到短訊，話我欠錢，仲寫埋我全名{B}。",
    "{A}話聽日會上門，我好驚，屋企得阿媽{C:f}一個人。",
    "你好，我係{B}嘅同事{C}，佢已經辭咗職，唔好再打嚟公司。",
    "催收嘅人叫{A}，佢成日打俾我老公{C:m}，仲講到好難聽。",
    "請問{B}是你的誰？他把你填成聯絡人，我們是{co}，我姓{A.sur}，全名{A}。",
    "陳生話佢唔識{B}，但係{A}堅持話佢係擔保人。",
    "{B}先生：您於{plat}之借款已逾期{days}日，本公司將依法催收。聯絡人：{A}",
]

# ---------------------------------------------------------------- romanised names

LATIN = [
    "催收员的名片上印着 {A}，中文名没写。",
    "机票上的名字是{A}，他们说我出国了也能找到我。",
    "我的名字拼音是 {A}，护照上也是这么写的，催收连这个都知道。",
    "Dear {A},\nYour loan with {plat} is {days} days overdue. Please repay today.\nCollection Team",
    "From: {A}\nTo: {B}\nSubject: 还款提醒\n\n请于{date}前还款，否则将移交律所。",
    "邮件落款：\nBest regards,\n{A} | 贷后专员\nM: {P}\nE: {EM}",
    "对方微信名叫 {A}，头像是一辆车，朋友圈什么都没有。",
    "收款人英文名 {A}，开户行{cardbank}，账号{K}。",
    "他们发来的律师函上写着 Attorney: {A}，可我查不到这个律师。",
    "我在新加坡的同事 {A} 也被他们打电话了，问我的下落。",
    "Hi {B}, this is {A} from {co}. Call me back at {P}.",
    "快递单上收件人写的是 {B}，寄件人写的是 {A}，里面是一封催款函。",
    "香港的表哥{A}收到WhatsApp，说我欠钱，还提到了我妈{C:f}。",
    "{A}（{B}）是我大学室友，现在在国外，催收居然打到他那边去了。",
    "订单信息：\nName: {A}\nPhone: {P}\nAddress: {R}",
    "名单里有 {A}、{B}，还有一个是我，拼音全是大写。",
    "Re: 关于{B}的欠款\n\n{A} 写道：\n> 请转告{B}尽快还款。",
    "Whatsapp 上一个叫 {A} 的人说他是马来西亚的中介，问我认不认识{B}。",
    "签名栏：{A}\n职务：Collection Specialist\n电话：{L}",
    "{A} 和 {B} 都是他们公司的英文名，其实都是一个人在打。",
]
LATIN_SPECS = {0: {"A": "tone"}, 1: {"A": "pinyin"}, 2: {"A": "tone"}, 3: {"A": "pinyin"}, 4: {"A": "en", "B": "pinyin"},
               5: {"A": "mix"}, 6: {"A": "lat"}, 7: {"A": "pinyin"}, 8: {"A": "en"}, 9: {"A": "hok"},
               10: {"B": "pinyin", "A": "mix"}, 11: {"B": "tone", "A": "pinyin"}, 12: {"A": "hk", "C": "han"},
               13: {"A": "py:B", "B": "pyable"}, 14: {"A": "pinyin"}, 15: {"A": "pinyin", "B": "pinyin"},
               16: {"A": "en", "B": "han"}, 17: {"A": "hok", "B": "han"}, 18: {"A": "mix"}, 19: {"A": "en", "B": "mix"}}

# ---------------------------------------------------------------- minority names

MINOR = [
    "我室友{A}也接到了催收电话，问我在哪里上班。",
    "催收说我的紧急联系人是{A}，可我根本不认识{A.ta}。",
    "{A}是我们村的会计，催收把欠款名单发到了{A.ta}的微信上。",
    "欠款人：{A}\n民族：{eth}\n住址：{R}",
    "短信里写着“{A}你好，你的借款已逾期”，名字中间的点都写对了。",
    "我老公{A:m}在外地跑运输，催收打到了他的车队队长{B}那里。",
    "{A}、{B}两个人都被填成了我的联系人。",
    "催收员叫{A}，说话带口音，自称是{city}的。",
    "班主任{A}老师给我打电话，说有人冒充我打到了学校。",
    "我姐{A:f}在{R}开店，催收说要去店里找她。",
    "{A}借了我的身份证去办卡，现在欠款都在我名下。",
    "同事{A}帮我垫了两千块，{A.ta}说不用急着还。",
    "{A}\n{P}\n{R}",
    "通知{A}：请于{date}前到{court}领取诉讼材料。",
    "村支书{A:m}说，再有人来村里打听我，他就报警。",
]
ETH = {"Uyghur": "维吾尔族", "Kazakh": "哈萨克族", "Tibetan": "藏族", "Mongolian": "蒙古族", "Yi ": "彝族", "Dai ": "傣族",
       "Korean": "朝鲜族", "Manchu": "满族"}

# ---------------------------------------------------------------- other personal data, no name

OTHER = [
    "催收留的号码是{P}，说是他们法务部的。",
    "对方让我打这个电话{P}，接通后一直说是律所。",
    "号码：{P}\n归属地：{city}\n标记：催收（{n}人）",
    "加我薇信{W}，别在这里说。",
    "vx：{W}，备注欠款人名字。",
    "有事加V❤ {W}，发截图给我看。",
    "wx {W} 扣扣 {Q}，两个都可以。",
    "他们的扣扣号是{Q}，群号我没记下来。",
    "（QQ {Q}）这是他们发来的联系方式。",
    "企鹅{Q}，加了以后他就把我拉进了一个群。",
    "还款账号{K}，他们说这是对公账户，可户名是个人的。",
    "卡号：{K}（{cardbank}）",
    "让我转到这张卡：{K}，说转完就销账。",
    "身份证号{I}，这是他们发给我看的，说明我的信息已经泄露了。",
    "他们把我的身份证号 {I} 发到了家族群里。",
    "短信里说我的户籍地址是{R}，一个字都没错。",
    "外访员说已经到了{R}楼下。",
    "收件地址：{R}",
    "他们把欠款公告贴在{Rr}的村口。",
    "我大学宿舍是{Rd}，催收连这个都知道。",
    "催收说要去我上班的厂里，地址是{Rf}。",
    "律所地址{Rt}，我去了根本没有这家律所。",
    "车牌{V}的车在我家楼下停了一整天。",
    "他们说已经找到我的车了，车牌号{V}。",
    "邮箱{EM}收到一封律师函，附件是PDF。",
    "他们用{EM}给我发了起诉状的扫描件。",
    "合同编号{HT}，借款金额{amt}元，他们说要起诉。",
    "催收员工号{GH}，我已经记下来了。",
    "座机{L}，接电话的说是法院执行局。",
    "打这个电话{L}，他们说是调解中心。",
    "来电：{P}\n时间：{date} {clock}\n内容：威胁上门",
    "{P}\n{P2}\n{P3}\n这三个号轮流打，全是一家公司的。",
    "这个号{P}说是{plat}的，那个号{L}说是律所的，其实都是催收。",
    "幺三九开头的那个号，全号是{Pw}，一天打了十几次。",
    "拨打{P}转人工，他们说可以协商。",
    "支付宝账号{P}，他们让我直接转到这个账号。",
    "他们的邮箱是{EM}，QQ是{Q}，我都截图了。",
    "身份证：{I}\n手机：{P}\n银行卡：{K}\n——这是他们发来的“个人信息核实”",
    "客服给的退款账户{K}，收款行{cardbank}。",
    "快递单号我就不发了，寄件电话{P}，寄件地址{R}。",
    "学号{XH}，他们连我学校的信息都有。",
    "借款编号{JK}，平台{plat}，逾期{days}天。",
    "电话：{P}（微信同号）",
    "联系人电话 {P} / {P2}",
    "Tel: {P}  Fax: {L}",
    "支付宝用户号{UID}，这是他们让我转账的账户。",
    "他们报的合同号是{HT}，可我从来没签过这个合同。",
    "借据编号：{JK}\n借款金额：{amt}元\n逾期天数：{days}天",
    "邮箱：{EM}（他们让我把还款截图发到这里）",
    "对方先用{EM}发了一次，后来又换成{EM2}。",
    "来信邮箱：{EM}\n主题：律师函\n附件：律师函.pdf",
    "车牌{V}和{V2}这两辆车轮流在我家楼下守着。",
    "他们拍了我车的照片，车牌{V}拍得清清楚楚。",
    "停车场监控里那辆{V}就是他们的车，我已经交给派出所了。",
    "车辆信息：{V}，白色轿车，车主不详。",
    "收款卡号：{K}\n开户行：{cardbank}\n（转完截图发客服）",
    "他们给的还款卡号{K}跟上次的{K2}不一样，我该信哪个？",
]

# ---------------------------------------------------------------- no personal data

NONE = [
    "喂你好 我这边是{plat}的 就是跟你核实一下那个借款的事情 你现在方便说话吗",
    "嗯那个就是说你这个钱到底什么时候能还上 你给我一个准确的时间",
    "你好请问是本人吗 不是啊 那麻烦你转告一下 让他尽快处理",
    "1\n00:00:00,500 --> 00:00:02,800\n喂你好\n\n2\n00:00:03,000 --> 00:00:05,600\n请问是机主本人吗",
    "您好这里是{plat}智能客服 您的借款已逾期 如已还款请忽略 人工服务请按0",
    "< 返回  {gw}  详情\n【{plat}】您的账单已逾期，请尽快还款。回T退订\n复制  转发  删除",
    "通话记录\n未知号码\n{city} 移动\n{day} {clock}\n骚扰电话 · 被{n}人标记",
    "姓名,关系,电话,备注\n（已删除）,父亲,（已删除）,已告知\n（已删除）,同事,（已删除）,拒接",
    "| 序号 | 平台 | 金额 | 逾期天数 |\n|---|---|---|---|\n| 1 | {plat} | {amt} | {days} |\n| 2 | {plat2} | {amt2} | {days2} |",
    "【投诉对象】{plat}\n【投诉问题】暴力催收\n【投诉要求】停止骚扰、减免罚息\n【涉诉金额】{amt}元",
    "#暴力催收# 真的受够了 天天打电话给我家里人 有没有懂法的朋友说一下怎么办",
    "1楼 楼主\n被催收爆通讯录了，大家有什么办法吗\n2楼\n录音，然后打12378",
    "谢邀。网贷逾期不会坐牢，但是会上征信。催收打给家人属于违规，可以投诉。",
    "姐妹们 今天终于上岸了🎉 所有网贷都结清了 分享一下经验",
    "小王又打来了，说今天再不还就上门。",
    "王总说下周开会再讨论这个事。",
    "老周那边我已经打过招呼了。",
    "周某某诉{plat}借款合同纠纷一案，现已审理终结。",
    "张姐让我问问，高利贷的利息是不是可以不还。",
    "小芳说她也接到了，阿强那边还没有。",
    "高度重视您的逾期问题，请于今日内处理。",
    "白天打到公司，晚上打到家里，周末也不停。",
    "金额不对，明细里多算了三期的服务费。",
    "石家庄的号码，江苏的号码，都说是同一家公司。",
    "方便的话回个电话，我们可以协商分期。",
    "路上接到电话，说我家门口已经有人了。",
    "常州那边的法院真的会立案吗？",
    "万一他们真的上门了，我该不该开门？",
    "于是我就把所有陌生号码都拉黑了。",
    "时间太晚了，他们还在打。",
    "明天上午十点之前必须还清，否则后果自负。",
    "林区工人的工资卡也能被冻结吗？",
    "黄色预警：您的账户存在逾期风险。",
    "江湖救急借的钱，现在利滚利翻了三倍。",
    "【{plat}】尊敬的用户，您的账单{amt}元已逾期{days}天，请尽快还款。",
    "[3/12/26, 9:15:22 PM] 你好，請問係唔係你本人？\n[3/12/26, 9:16:01 PM] 你邊位？",
    "作者 {pttid} ({nick})\n看板 Loan\n標題 [問題] 卡債協商的流程\n\n請問前置協商要準備什麼資料？",
    "{d}\t對方\t請盡快還款\n{d}\t我\t好的，我知道了",
    "BEGIN:VCARD\nVERSION:3.0\nFN:物业\nTEL;TYPE=WORK:{hotline}\nEND:VCARD",
    '{"code": 0, "msg": "success", "data": []}',
    "2026-03-15 10:22:07 INFO upload contacts count={n} status=ok",
    "<tr><td>序号</td><td>平台</td><td>状态</td></tr>",
    "催收说你这个情况已经严重逾期了，要上报征信。",
    "嗯嗯好的 那我下个月发了工资就还 你们别再打我家里电话了",
    "那个 就是 我想问一下 网贷逾期三个月会被起诉吗",
    "客服热线{hotline}，工作时间9:00-21:00。",
    "12378是银保监的投诉电话，打过去要说清楚平台名字。",
    "已拨打12321举报，对方说会处理。",
    "王牌调解团队为您服务，回T退订。",
    "张贴欠款公告属于违法行为，可以报警。",
    "孙子都上小学了，还被人这样骂。",
    "何时能给我一个还款方案？",
]
NONE_HOTLINES = ["95588", "95533", "95599", "95566", "95555", "400-820-8820", "12378", "95511", "400-699-6666"]


# ================================================================ preserve lines

UI_WORDS = ("返回 详情 复制 转发 删除 多选 引用 收藏 提醒 翻译 搜一搜 更多 取消 确定 发送 已读 未读 已送达 发送失败 重新发送 "
            "全部通话 未接来电 呼出 呼入 已拦截 标记为骚扰电话 加入黑名单 新建联系人 添加到现有联系人 编辑联系人 分享名片 举报 点赞 评论 "
            "只看楼主 收起回复 展开全部 查看原图 保存图片 识别图中二维码 长按复制 复制成功 已复制到剪贴板 短信/彩信 通知类短信 "
            "验证码短信 本机号码 中国广电 飞行模式 勿扰模式已开启 松开发送 上滑取消 对方正在输入... 以下为新消息 查看更多消息 "
            "加载中... 网络连接不可用 点击重试 语音通话 视频通话 拍摄 相册 聊天信息 查找聊天记录 消息免打扰 置顶聊天 清空聊天记录 "
            "设置备注和标签 添加到通讯录 发消息 音视频通话 个性签名 来源：通过搜索手机号添加 来源：通过群聊添加 新的朋友 星标朋友 "
            "企业微信联系人 最近通话 拨号 收藏的联系人 常用联系人 号码归属地 未知归属地 响一声 疑似诈骗 疑似推销 快递送餐 广告推销 "
            "房产中介 保险理财 骚扰电话 催收电话 本地号码 通话录音 录音已保存 开始录音 结束通话 免提 静音 键盘 保持 添加通话 "
            "转账成功 交易成功 收款方 付款方式 零钱 余额宝 交易详情 账单分类 申请电子回单 对此订单有疑问 联系收款方 查看往来转账 "
            "电子回单 交易流水 下载回单 分享给好友 已收款 待确认收款 退还 立即还款 去还款 查看账单 本期应还 最低还款 账单日 还款日 "
            "已逾期 逾期罚息 全部借款 借款记录 结清证明 申请结清证明 在线客服 人工客服 意见反馈 关于我们 隐私政策 用户协议 注销账户 "
            "版本号 检查更新 清除缓存 退出登录 切换账号 消息通知 声音与振动 深色模式 字体大小 存储空间 权限管理 读取通讯录 "
            "读取通话记录 读取短信 获取位置信息 允许 拒绝 仅在使用中允许 本次运行允许 始终允许 去设置 我知道了 下次再说 "
            "立即更新 稍后提醒 温馨提示 系统通知 服务通知 交易提醒 活动推荐 已全部读完 一键已读 标为未读 不再提醒 撤回 "
            "重新编辑 引用回复 合并转发 逐条转发 保存到手机 用其他应用打开 下载原文件 在线预览 文件已过期或已被清理").split()
CARRIER_BAR = ["中国移动", "中国联通", "中国电信", "中国广电", "卡1", "卡2"]
NETS = ["4G", "5G", "HD", "4G+", "VoLTE", "5G HD"]
HEADERS_EXTRA = ["序号", "平台", "借款日期", "还款状态", "借款金额", "已还金额", "剩余本金", "催收员", "工号", "外访日期", "联系次数",
                 "最后联系时间", "号码类型", "归属地", "通话时长", "来电时间", "来电号码", "通话内容", "证据类型", "截图编号"]
ASR_CLEAN = [
    "喂你好 请问是机主本人吗", "我这边是贷后管理中心的 跟你核实一下借款情况", "你这个账单已经逾期很久了",
    "你今天之内能不能处理一下", "你给我一个准确的还款时间", "我们这边可以帮你申请减免一部分罚息",
    "你现在方便接电话吗", "那你什么时候方便 我晚点再打过来", "嗯对 就是那个分期的事情", "你不要挂电话 听我说完",
    "我们不是骗子 你可以去官方app上查", "你这个情况已经符合上报征信的条件了", "你名下还有其他借款吗",
    "你的紧急联系人我们也会通知", "这个通话是有录音的", "你别激动 我们就是核实一下情况", "你是不是换工作了",
    "你上次承诺的还款时间已经过了", "我们只是提醒 不是威胁", "那我先帮你登记一下 下周五之前还", "喂 听得到吗 信号不好",
    "我现在在开车 等一下再说", "我真的没钱了 能不能分期", "利息太高了 我只还本金", "你们这样打电话是违法的",
    "我已经投诉你们了", "我要录音了啊", "你们再打我家里人我就报警", "我没有借过你们的钱", "你们打错了 我不认识这个人",
    "这个号码我刚办的", "我在上班 不方便说话", "你把你们的工号报一下", "你们公司叫什么名字", "你们的营业执照发我看看",
    "我明天去银行问一下", "那个钱我下个月一定还", "能不能先还一部分", "我现在只有两千块", "罚息能不能免掉",
    "你说的这个金额不对", "我已经还过一期了", "你们系统是不是没更新", "我要求你们出具结清证明", "麻烦你不要再打了",
    "我家里老人身体不好 你们别吓他们", "孩子还小 你们不要打到学校去", "我会自己处理的 不用你们操心",
    "好的好的 我知道了", "行 那就这样吧", "嗯嗯 我会转告的", "对 我是本人", "不是本人 他不在", "他出去打工了 联系不上",
    "他的事我们家里都不知道", "你们找错人了吧", "我跟他早就离婚了", "他的债跟我没关系", "那你们起诉吧",
    "请按1确认本人身份", "如已还款请忽略本次来电", "人工服务请按0", "重听请按星号键", "感谢您的接听 再见",
    "检测到您尚未还款", "本通话将被录音", "请保持电话畅通", "稍后将有专员与您联系", "您的账单已逾期",
]
ASR_WRAP_HEAD = ["嗯 ", "那个 ", "就是 ", "喂 ", "呃 ", "然后 "]
ASR_WRAP_TAIL = [" 啊", " 吧", " 对吧", " 嗯", " 好吧", " 你听清楚没有"]
FORUM_TAGS = ["#暴力催收#", "#网贷逾期#", "#反催收#", "#负债上岸#", "#征信修复#", "#网贷#", "#求助#", "#催收#", "#债务协商#",
              "#停息挂账#", "#信用卡逾期#", "#爆通讯录#", "#套路贷#", "#高利贷#", "#砍头息#", "#个人信息泄露#", "#上岸日记#",
              "#负债人#", "#打工人#", "#维权#"]
COMPLAINT_PROBLEMS = ["暴力催收", "骚扰通讯录", "辱骂威胁", "泄露个人信息", "高额利息", "砍头息", "强制搭售会员", "未经同意扣款",
                      "虚假宣传", "冒充公检法", "拒绝协商", "重复扣款", "不出结清证明", "P图威胁", "冒充律师发函"]
COMPLAINT_DEMANDS = ["停止催收", "停止骚扰", "道歉", "退还多收利息", "减免罚息", "协商分期", "出具结清证明", "删除通讯录信息",
                     "停止爆通讯录", "退还会员费", "依法处理", "赔偿损失", "更正征信记录", "按LPR四倍计息", "只还本金"]
COMPLAINT_STATUS = ["处理中", "已完成", "商家已回复", "待分配", "已分配商家", "用户已评价", "投诉已撤销", "待补充材料"]
SURNAME_WORDS = (
    "高度 高速 高铁站 高利贷 高中 高考 高温补贴 高兴 高新区 高额利息 高层 高级 高压 高清截图 高价回收 高发期 高危 高傲 "
    "黄金 黄牛 黄色预警 黄页 黄昏 黄瓜 黄豆 黄土 黄历 黄梅天 黄焖鸡 黄花菜 黄埔 "
    "江湖 江苏 江边 江南水乡 江西 江北区 江面 江水 江门 江景房 江湖救急 "
    "石头 石材厂 石油 石家庄 石膏 石榴 石狮 石桥 石板路 石化加油卡 石沉大海 石破天惊 "
    "金额 金条 金融 金卡 金店 金币 金牌 金属 金色 金华 金山区 金融局 金银首饰 金钱 金丝眼镜 金融监管 "
    "路口 路费 路灯 路由器 路线 路况 路边摊 路人 路牌 路基 路段 路演 路径 路过 路上 "
    "林区 林场 林荫道 林地 林木 林子 林立 林间 林产品 "
    "白天 白条 白纸黑字 白开水 白菜 白领 白酒 白班 白忙 白费 白银 白色 白板 白名单 "
    "方便 方案 方式 方向 方法 方面 方言 方块 方格纸 方位 方针 方程 方舱 "
    "常规 常用 常见 常年 常识 常住人口 常态 常委 常务 常州 常德 常熟 "
    "万一 万元 万能 万分 万物 万事 万达广场 万家灯火 万众一心 万不得已 "
    "于是 于心不忍 于事无补 于法有据 于情于理 "
    "时间 时候 时效 时长 时段 时差 时髦 时尚 时速 时事 时机 "
    "明天 明细 明白 明显 明确 明年 明信片 明码标价 明知故犯 明火执仗 "
    "王牌 王府井 王国 王者 李子 李子园 张贴 张口 张开 张家口 刘海 陈述 陈列 陈旧 杨柳 杨梅 周末 周转 周期 周到 周边 "
    "马上 马路 马甲 马虎 朱红 胡同 胡萝卜 胡说 何时 何必 何况 罗列 罗马 郑重 梁上君子 谢谢 谢绝 宋体 唐突 许可 许多 "
    "韩国 冯唐易老 邓州 曹县 曾经 肖像 田地 田园 董事会 袁大头 潘多拉 蒋家湾 蔡甸区 余额 余数 杜绝 叶子 程序 苏醒 魏碑 吕梁 "
    "丁香 任务 任何 沈阳 姚记 卢沟桥 钟表 姜汤 谭家湾 陆续 范围 汪洋 金沙江 石门 戴口罩 贾汪区 韦编三绝 夏天 "
    "邹城 秦岭 邵阳 万州 钱款 钱包 严重 严格 武装 莫名其妙 孔雀 向日葵 向法院 向银行 常德路 温州 康复 "
    "施工 牛奶 樊城区 葛根 邢台 安全 安心 安装 齐全 易拉罐 乔迁 伍佰元 庞大 颜色 庄稼 "
    "连本带利 连续 毛利 毛病 龙头 龙虾 史上 文件 文明 文明催收 关于 包括 应当 车辆 成本 成都 全额 和解 和气 师傅 谷底 "
    "左右 左右为难 应还金额 明天上午 路费报销").split()
IDIOMS = ("马到成功 石沉大海 张冠李戴 白纸黑字 高枕无忧 金玉满堂 江河日下 黄粱一梦 常胜将军 万无一失 方兴未艾 明察秋毫 "
          "时过境迁 林林总总 路不拾遗 于事无补 钱货两清 朱门酒肉臭 胡搅蛮缠 任重道远 曾几何时 程门立雪 严阵以待 "
          "向隅而泣 安居乐业 包罗万象 车水马龙 田园风光 苏醒过来 龙飞凤舞 毛骨悚然 雷厉风行 马马虎虎 石破天惊 "
          "金蝉脱壳 白手起家 万众瞩目 明目张胆 时来运转 常来常往 高谈阔论 黄道吉日 江郎才尽 路见不平 林下风致 "
          "方寸大乱 于心何忍 杨柳依依 周而复始 何去何从 罗雀掘鼠 许身报国").split()
PLACES = ["火车站", "高铁站", "汽车站", "客运中心", "市区", "开发区", "高新区", "老城区", "城中村", "工业园", "大学城",
          "步行街", "人民广场", "市民中心", "政务服务中心", "派出所", "司法所", "街道办", "居委会", "村委会"]
DEPTS = ["信用卡中心", "客服中心", "法务部", "贷后管理部", "风险管理部", "消费者权益保护部", "营业部", "个贷中心", "催收中心", "投诉专线"]
AUTHS = ["中级人民法院", "人民法院", "人民检察院", "公安局", "市场监督管理局", "金融监管局", "仲裁委员会", "公证处", "信访局",
         "司法局", "法律援助中心", "消费者协会", "人民调解委员会", "反诈中心"]
LEGAL = ("民法典 刑法 个人信息保护法 催收非法债务罪 寻衅滋事罪 侵犯公民个人信息罪 非法拘禁 敲诈勒索 套路贷 高利贷 砍头息 "
         "年化利率 LPR四倍 24% 36% 个人征信 征信报告 逾期记录 停息挂账 个性化分期 协商还款 债务重组 诉前调解 支付令 "
         "失信被执行人 限制高消费 财产保全 强制执行 诉讼时效 管辖法院 借款合同纠纷 民间借贷 夫妻共同债务 担保责任 连带责任 "
         "免责条款 格式条款 违约金 罚息 复利 服务费 担保费 会员费 提前还款 展期 结清证明 债权转让 委外催收 互联网催收规范 "
         "非法放贷 暴力催收 软暴力 不实宣传 格式合同 电子合同 人脸识别 电子签名 仲裁裁决 调解协议 撤诉 缺席判决 公告送达").split()
LEGAL_FRAMES = ["什么是{w}", "{w}怎么认定", "关于{w}的规定", "{w}有用吗", "{w}怎么办", "请问{w}", "{w}是什么意思"]
TRAD_LINES = ["請於三日內還款", "佢哋成日打電話嚟", "我冇借過錢", "唔好再打嚟", "你哋係邊間公司", "我要報警", "聽日先算啦",
              "本期應繳金額", "最低應繳金額", "繳款截止日", "信用卡中心", "客服專線", "前置協商", "債務協商", "卡債",
              "討債公司", "委外催收", "緊急聯絡人", "身分證字號", "戶籍地址", "通訊地址", "騷擾電話", "請勿來電", "已讀",
              "收回訊息", "傳送", "取消", "相簿", "儲存日期", "聊天記錄", "看板", "推文", "噓文", "引述", "之銘言", "轉數快",
              "財務公司", "借貸", "利息好貴", "我老細知道咗", "屋企人好擔心", "佢話聽日會上門", "我哋會跟進",
              "唔該晒", "冇問題", "收到", "你係咪本人", "我唔識呢個人", "打錯電話", "請勿回覆此簡訊", "如已繳款請忽略",
              "法院支付命令", "強制執行", "消費者債務清理條例", "更生", "清算", "銀行公會", "金管會", "警察局", "派出所備案"]
PRESERVE_SENTENCES = [
    "高铁站门口有人发小广告说可以帮忙停息挂账", "高温补贴还没发，这个月的还款只能晚几天", "高中同学群里也收到了催收短信",
    "高额利息我不认，本金我可以分期还", "高新区法院的短信是真的吗", "高速路上接到电话，差点出事",
    "黄页上查不到这家公司的电话", "黄色预警的短信要不要理", "黄牛说能帮忙消除逾期记录，是骗子吧",
    "江湖救急的钱，利息不能这么算", "江苏的号码一天打了十几次", "江边散步的时候又接到了电话",
    "石头缝里也挤不出钱来了", "石材厂的工资要月底才发", "石油公司的同事也被打了电话",
    "金额和合同上写的对不上", "金条到期了，能不能申请展期", "金融局说这类投诉要先找平台",
    "金卡的年费也被算进了欠款里", "路口的监控拍到了他们的车", "路费都是借的，哪还有钱还款",
    "路过派出所的时候顺便报了警", "林场的工资卡被冻结了怎么办", "林区信号不好，电话老是打不通",
    "白条逾期会不会影响房贷", "白纸黑字写着年化利率，怎么还能多收", "白天在工地干活，晚上才能回电话",
    "白名单里的号码也被他们打了", "方便的时候请回个电话", "方案我已经发到客服邮箱了",
    "方言口音很重，听不清他在说什么", "常规操作就是先打本人，再打通讯录", "常用联系人全都被打了一遍",
    "常住地址和户籍地址不一样", "万一他们真的起诉，我该怎么应诉", "万元以下的欠款会被起诉吗",
    "万不得已才借的网贷", "于是我去银行打印了流水", "于情于理都不该打到我单位",
    "时间太晚了，他们还在打", "时效已经过了，还能起诉吗", "时长一分钟的录音能当证据吗",
    "明天上午我去法院问清楚", "明细里多了一笔服务费", "明码标价的利息也不能超过法定上限",
    "王牌律师团队的短信都是假的", "张贴欠款公告属于违法行为", "周末也不让人消停",
    "周转不开了，能不能先还利息", "马上就到还款日了，卡里还差一点", "胡同口贴了我的欠款告示",
    "何时能出结清证明", "郑重声明：本人从未授权任何第三方催收", "宋体打印的律师函，连公章都是假的",
    "许可证编号在网上查不到", "曾经也是按时还款的", "田地里干活的时候接到了电话",
    "余额不足，自动扣款失败", "杜绝暴力催收，人人有责", "程序上必须先送达起诉状",
    "陆续接到了五六个不同号码的电话", "钱款已经转了，对方不承认", "严重逾期会被列入失信名单吗",
    "向法院申请调取录音可以吗", "向银行申请个性化分期需要哪些材料", "安全起见，不要点短信里的链接",
    "和解协议签了以后还能反悔吗", "全额还款以后征信多久更新", "成本价都不到，利息倒翻了几倍",
    "师傅说这种短信都是群发的", "谷底的时候连房租都交不起", "左右为难，家里人也不理解",
    "连本带利要还三倍，这合法吗", "毛利都被利息吃掉了", "龙头企业的员工也会被催收",
    "史上最难熬的一个春节", "文明催收不是一句口号", "关于协商还款的申请已提交",
    "包括服务费在内一共要还八千多", "应当以合同约定的利率为准", "车辆已经抵押了还能借吗",
    "付款凭证我都留着", "戴口罩的两个人在楼下站了一下午", "尤其是晚上十点以后还在打",
    "邢台的号码，说是总部法务", "邵阳老家的亲戚也接到了", "秦皇岛的号码打过来说是律所",
    "常州那边的调解中心电话打不通", "石家庄市的号码归属地显示是诈骗", "金华的法院会受理这种案子吗",
    "江门的号码说要上门核实", "黄石的同事也收到了短信", "白城老家的房子被他们拍了照片",
    "林州的亲戚打电话问我怎么回事", "明光派出所让我先去做笔录", "高邮的号码已经拉黑了",
    "客服说系统显示已经结清", "催收说今天不还就上门", "我只想协商本金分期",
    "对方说是法务部的，可连工号都不敢报", "录音已经保存，明天去派出所", "通讯录被爆了以后单位都知道了",
    "网贷逾期三个月，每天几十个电话", "12378打过了，说会转给平台", "12321可以举报骚扰短信吗",
    "95开头的号码也可能是假的吗", "400开头的电话说是合作律所", "1069开头的短信能不能拦截",
    "中国移动的骚扰拦截打开了也没用", "把手机设置成只接通讯录来电", "开启了陌生来电静音",
    "征信报告上显示逾期两次", "人行征信中心的异议申请怎么写", "支付令收到了要在十五日内提出异议",
    "财产保全是不是要先交钱", "限制高消费以后还能坐高铁吗", "失信被执行人会影响孩子上学吗",
    "本人身患重病，请求停息挂账", "本人已失业，暂时无力偿还", "家里老人受到惊吓住院了",
    "孩子在学校被同学问起这件事", "爱人因为这件事跟我吵了一架", "领导让我把私事处理好再来上班",
    "房东说再有人上门就让我搬走", "物业说有陌生人在楼道里拍照", "村委会的人问我是不是欠了高利贷",
    "快递员送来一封没有寄件人的信", "信封里是一张打印的欠款公告", "短信里夹着一张P过的图片",
    "他们把我的照片做成了通缉令的样子", "群里的人都在问这是怎么回事", "已经向平台申请删除通讯录授权",
    "隐私设置里关掉了读取通讯录", "APP卸载了，数据还在他们手里吗", "这家公司在企查查上显示已注销",
    "营业执照上的经营范围没有催收", "律所的执业许可证号是伪造的", "法院的案号格式都不对",
    "传票不会通过短信发送", "正规律师函不会用个人手机号联系", "公检法不会要求转账到个人账户",
]
EMOJI_LINES = ["😭😭😭", "🆘求助", "💪加油", "🙏求大神指点", "😣心态崩了", "📝记录一下", "🎉上岸了", "😡气死我了", "👇看图",
               "🤔这是真的吗", "⚠️注意防骗", "❗️重要", "✅已解决", "❌别信"]


def build_preserve_candidates():
    out = []
    add = out.append
    for w in UI_WORDS:
        add(w)
    for c in CARRIER_BAR:
        for net in NETS:
            add("%s %s  %s  %d%%" % (c, net, clock(), rng.randrange(5, 100)))
    for _ in range(60):
        add("%s %s" % (day_label(), clock()))
    for _ in range(40):
        add(ch(["今天", "昨天", "周三", "星期五"]) + " " + ch(["上午", "下午", "晚上", "凌晨"]) + "%d:%02d" % (rng.randrange(1, 12), rng.randrange(60)))
    seen_heads = []
    allh = [h for k in ("rel", "note", "days", "amt") for h in COLS[k]] + ["姓名", "联系人", "电话", "手机号", "身份证号", "地址",
                                                                          "微信", "QQ", "邮箱"] + HEADERS_EXTRA
    for _ in range(260):
        k = rng.randrange(3, 7)
        hs = []
        while len(hs) < k:
            h = ch(allh)
            if h not in hs:
                hs.append(h)
        sep = ch([",", "\t", " | ", "|", ";", "    "])
        line = sep.join(hs)
        if sep == "|":
            line = "|" + line + "|"
        if line not in seen_heads:
            seen_heads.append(line)
            add(line)
    for _ in range(40):
        k = rng.randrange(3, 7)
        add("|" + "|".join(ch(["---", ":---", "---:", ":---:", "----"]) for _ in range(k)) + "|")
    for ln in ["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "VERSION:2.1", "VERSION:4.0", "TEL;TYPE=CELL:", "TEL;TYPE=WORK,VOICE:",
               "ADR;TYPE=HOME:", "CATEGORIES:催收", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname",
               "WEBVTT", "WEBVTT - 通话录音转写", "NOTE 本字幕由语音识别自动生成", "[Script Info]", "Language: zh-CN",
               '{"code": 0, "msg": "ok"}', '"relation": "配偶",', '"relation": "父母",', '"type": "mobile",', '"overdueDays": 0,',
               '"status": "uploaded"', '"permission": "READ_CONTACTS"', '{"data": [], "total": 0}', "</table>", "<table>", "<tr>",
               "</tr>", "<th>关系</th>", "<td>已告知</td>", "<td>配偶</td>", "- 关系: 同事", "  备注: 已接通", "  状态: 拒接"]:
        add(ln)
    for _ in range(90):
        add("2026-%02d-%02d %02d:%02d:%02d %s %s" % (rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60),
                                                 rng.randrange(60), ch(["INFO", "DEBUG", "WARN", "[upload]", "I/ContactSync:"]),
                                                 ch(["upload contacts count=%d" % rng.randrange(10, 900), "permission READ_CONTACTS granted",
                                                     "sync finished total=%d" % rng.randrange(10, 900), "sms read count=%d" % rng.randrange(5, 500),
                                                     "call_log read count=%d" % rng.randrange(5, 500), "location denied", "retry=%d" % rng.randrange(1, 5),
                                                     "device rooted=false", "risk_level=%s" % ch("ABCD")])))
    for _ in range(70):
        a, b = sorted(rng.sample(range(0, 180000), 2))
        f = lambda ms: "%02d:%02d:%02d,%03d" % (ms // 3600000, (ms // 60000) % 60, (ms // 1000) % 60, ms % 1000)
        add(f(a) + " --> " + f(b))
    for u in ASR_CLEAN:
        add(u)
        add(ch(ASR_WRAP_HEAD) + u)
        add(u + ch(ASR_WRAP_TAIL))
        add(u.replace(" ", ""))
    for i in range(1, 61):
        add("%d楼" % i)
        if i % 3 == 0:
            add("回复 %d楼：" % i)
    for w in ["楼主", "沙发", "板凳", "地板", "楼主更新", "吧务置顶", "精品贴", "顶一下", "mark", "同问", "蹲一个后续", "已私信",
              "求私", "楼主加油", "我也是", "同病相怜", "报警啊", "打12378", "已举报", "感谢分享", "收藏了", "转发扩散"]:
        add(w)
    for t in FORUM_TAGS:
        add(t)
        add(t + ch(FORUM_TAGS))
    for p in PLATFORMS:
        add("【投诉对象】" + p)
        add("投诉对象：" + p)
        add("#" + p + "#")
        add(p + "暴力催收")
        add(p + "逾期" + str(rng.randrange(3, 300)) + "天")
    for w in COMPLAINT_PROBLEMS:
        add("【投诉问题】" + w)
        add("投诉问题：" + w + "、" + ch(COMPLAINT_PROBLEMS))
    for w in COMPLAINT_DEMANDS:
        add("【投诉要求】" + w)
        add("投诉要求：" + w + "、" + ch(COMPLAINT_DEMANDS))
    for w in COMPLAINT_STATUS:
        add("投诉进度：" + w)
        add("【投诉进度】" + w)
    for _ in range(40):
        add("【涉诉金额】%d元" % amount())
    for w in SURNAME_WORDS:
        add(w)
    frames = ["{w}怎么算", "关于{w}", "说到{w}", "{w}的问题", "这个{w}", "{w}？", "问一下{w}", "{w}这块"]
    for w in SURNAME_WORDS:
        if chance(0.75):
            add(ch(frames).replace("{w}", w))
    for w in IDIOMS:
        add(w)
        if chance(0.4):
            add("真是" + w)
    for c in CITIES + ["周口", "菏泽", "阜阳", "南充", "上饶", "邯郸", "天水", "曲靖", "黄冈", "邵阳", "信阳", "运城", "绥化",
                       "金华", "江门", "石狮", "常德", "白城", "明光", "林州", "白山", "金昌", "高邮", "黄石", "常熟"]:
        for p in rng.sample(PLACES, 4):
            add(c + p)
        for a in rng.sample(AUTHS, 3):
            add(c + "市" + a)
        add(c + "的号码")
    for b in BANKS:
        for d in rng.sample(DEPTS, 5):
            add(b + d)
    for w in LEGAL:
        add(w)
        add(ch(LEGAL_FRAMES).replace("{w}", w))
    for w in TRAD_LINES:
        add(w)
    for w in EMOJI_LINES:
        add(w)
    wraps = [("", ""), ("温馨提示：", ""), ("", "。"), ("", "？"), ("问：", ""), ("", "，怎么办"), ("补充：", ""), ("", "，急"),
             ("截图文字：", ""), ("【提醒】", ""), ("对方说：", ""), ("", "！")]
    for w in PRESERVE_SENTENCES:
        add(w)
        for a, b in rng.sample(wraps[1:], 2):
            add(a + w + b)
    for _ in range(120):
        add(ch(["借了%d还%d" % (amount(), amount()), "逾期%d天" % rng.randrange(1, 600), "欠款%d元" % amount(),
                "%s之前还%s" % (date_str(), str(amount())), "已还%d期" % rng.randrange(1, 24), "剩余%d期" % rng.randrange(1, 24),
                "本金%d，利息%d" % (amount(), rng.randrange(50, 5000)), "%s逾期" % date_str(), "%s借的" % date_str(),
                "每月还%d" % rng.randrange(200, 5000), "一共%s" % amount_words(), "还差%s" % amount_words(),
                "%s到期" % date_str(), "%s又打来了" % ch(DATES_W + MONTHS_W), "逾期%s" % ch(DAYS_W)]))
    return out


# ================================================================ builders

def _ptttime(ctx):
    return "%s %s %2d %02d:%02d:%02d 2026" % (ch(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
                                              ch(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]),
                                              rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60))


def _eth(ctx):
    n = ctx.names.get("A")
    if n is None:
        return "汉族"
    for k, v in ETH.items():
        if n.src.startswith(k.strip()):
            return v
    return "汉族"


EXTRA_FILLERS = {
    "d": lambda ctx: "%02d:%02d" % (rng.randrange(7, 24), rng.randrange(60)),
    "batt": lambda ctx: str(rng.randrange(5, 101)),
    "hotline": lambda ctx: ch(NONE_HOTLINES),
    "ptttime": _ptttime,
    "caseno": lambda ctx: "%s%04d民初%d号" % (ch(["湘", "豫", "浙", "粤", "苏", "鲁", "川", "皖", "赣", "冀"]),
                                              rng.randrange(100, 9999), rng.randrange(100, 30000)),
    "carrier": lambda ctx: ch(CARRIERS),
    "eth": _eth,
}


def strip_punct(s):
    return "".join(c for c in s if c not in PUNCT)


def on_plain(parts, fn):
    for p in parts:
        if p[1] is None:
            p[0] = fn(p[0])
    return parts


def build(ctx, tmpl):
    ctx.prime(tmpl)
    return ctx.render(tmpl)


def ocr_noise(parts, strength=1.0):
    budget = [rng.randrange(0, 3)]

    def f(s):
        out = []
        for j, c in enumerate(s):
            if c in OCR_PUNCT_MIS and chance(0.3 * strength):
                opts = OCR_PUNCT_MIS[c]
                if j == 0 or j == len(s) - 1:
                    opts = [o for o in opts if not o.isalnum()] or [c]
                out.append(ch(opts))
                continue
            if budget[0] > 0 and chance(0.04 * strength):
                for a, b in OCR_CHAR_MIS:
                    if c == a:
                        out.append(b)
                        budget[0] -= 1
                        break
                else:
                    out.append(c)
                continue
            out.append(c)
        return "".join(out)
    return on_plain(parts, f)


def spread(s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i + 1 < len(s) and "\u4e00" <= c <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff":
            out.append(" ")
    return "".join(out)


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def spread_parts(parts):
    merged = []
    for p in parts:
        if merged and p[1] is None and merged[-1][1] is None:
            merged[-1][0] += p[0]
        elif p[0]:
            merged.append([p[0], p[1]])
    for k, p in enumerate(merged):
        if p[1] is not None:
            continue
        p[0] = spread(p[0])
        if p[0] and k + 1 < len(merged) and is_cjk(p[0][-1]) and is_cjk(merged[k + 1][0][0]):
            p[0] += " "
        if p[0] and k > 0 and is_cjk(p[0][0]) and is_cjk(merged[k - 1][0][-1]):
            p[0] = " " + p[0]
    return merged


def b_asr(ctx, i):
    ctx.style.update(phone="spoken", name="asrmix")
    parts = build(ctx, ch(ASR_FILL_HEAD) + ASR_RUN[i] + ch(ASR_FILL_TAIL))
    if chance(0.35):
        a, b = ch(ASR_TYPOS)
        done = [False]

        def typo(s):
            if not done[0] and a in s:
                done[0] = True
                return s.replace(a, b, 1)
            return s
        on_plain(parts, typo)
    on_plain(parts, strip_punct)
    if chance(0.45):
        on_plain(parts, lambda s: s.replace(" ", ""))
    return parts


def b_srt(ctx, i):
    ctx.style.update(phone="spoken", name="asrmix")
    lines = SRT_DIALOGS[i]
    ctx.prime("\n".join(lines))
    vtt = chance(0.35)
    voices = vtt and chance(0.5)
    parts = [["WEBVTT\n\n", None]] if vtt else []
    t = rng.randrange(0, 3000)
    for k, ln in enumerate(lines):
        a = t
        b = t + rng.randrange(1200, 4200)
        t = b + rng.randrange(50, 900)
        if vtt:
            tc = "%02d:%02d.%03d --> %02d:%02d.%03d" % (a // 60000, (a // 1000) % 60, a % 1000, b // 60000, (b // 1000) % 60, b % 1000)
            head = tc + "\n" + (("<v 坐席>" if k % 2 == 0 else "<v 客户>") if voices else "")
        else:
            tc = "00:%02d:%02d,%03d --> 00:%02d:%02d,%03d" % (a // 60000, (a // 1000) % 60, a % 1000, b // 60000, (b // 1000) % 60, b % 1000)
            head = "%d\n%s\n" % (k + 1, tc)
        parts.append([head, None])
        lp = on_plain(ctx.render(ln), strip_punct)
        parts.extend(lp)
        if k < len(lines) - 1:
            parts.append(["\n\n", None])
    return parts


def b_robo(ctx, i):
    ctx.style.update(phone="typed", name="asrmix")
    return build(ctx, ROBO[i])


def b_seg(ctx, i):
    ctx.style.update(phone="spoken", name="asrmix", namefmt=seg_namefmt)
    return build(ctx, SEG[i])


def b_ocr_sms(ctx, i):
    ctx.style.update(phone="ocr", namefmt=ocr_namefmt, name="hanmix")
    foot = ch(OCR_SMS_FOOTS)
    parts = build(ctx, ch(OCR_SMS_HEADS) + "\n" + OCR_SMS_BODIES[i] + ("\n" + foot if foot else ""))
    ocr_noise(parts)
    if "gw" in ctx.vals and chance(0.4):
        ctx.meta["sender"] = ctx.vals["gw"][1]
    return parts


def b_ocr_chat(ctx, i):
    ctx.style.update(phone="ocr", namefmt=ocr_namefmt, name="hanmix")
    msgs = rng.sample(OCR_CHAT_MSGS, rng.randrange(3, 6))
    lines = [ch(OCR_CHAT_CHROME_TOP) + "  " + ch(OCR_CHAT_TITLES) + ch(["  ···", "", "  ..."])]
    for k, m in enumerate(msgs):
        if k == 0 or chance(0.25):
            lines.append(ch(["{day} {clock}", "{clock}", "昨天 {clock}", "下午{clock}"]))
        lines.append(m)
    bot = ch(OCR_CHAT_CHROME_BOT)
    if bot:
        lines.append(bot)
    parts = build(ctx, "\n".join(lines))
    ocr_noise(parts)
    return parts


def b_ocr_calllog(ctx, i):
    ctx.style.update(phone="ocr", namefmt=ocr_namefmt, name="hanmix")
    lines = [ch(CALL_LOG_HEAD)]
    keys = ["A", "B", "C", "D", "X"]
    kn = 0
    for k in range(rng.randrange(3, 6)):
        kind = wchoice([("name", 4), ("num", 4), ("filler", 2)])
        if k == 0 and kind == "filler":
            kind = "name"
        when = ch(["{day} {clock}", "{clock}", "昨天 {clock}", "%d月%d日" % (rng.randrange(1, 13), rng.randrange(1, 29))])
        if kind == "name":
            key = keys[kn]
            kn += 1
            disp = ch(["{%s}", "催收{%s}", "{plat}-{%s}", "{%s}(律师)", "{%s} 外访", "{%s}"]) % key
            lines.append(disp + ch(["", "", " (%d)" % rng.randrange(2, 9)]))
            lines.append(ch(["手机", "移动电话", "手机 " + ch(CALL_LOG_LOC)]) + ch(["", "  " + when]))
        elif kind == "num":
            lines.append("{P%d}" % (k + 1) + ch(["", " (%d)" % rng.randrange(2, 12)]))
            lines.append(ch(CALL_LOG_LOC) + ch(["", "  " + ch(CALL_LOG_TAGS)]))
            lines.append(when)
        else:
            lines.append(ch(CONTACT_FILLERS))
            lines.append("手机  " + when)
    parts = build(ctx, "\n".join(lines))
    ocr_noise(parts, 0.5)
    return parts


def b_ocr_contacts(ctx, i):
    ctx.style.update(phone="ocr", namefmt=ocr_namefmt, name="hanmix")
    if chance(0.5):
        lines = [ch(["通讯录", "联系人", "< 通讯录"]), ch(["搜索", "🔍 搜索联系人", "Q 搜索"]), ch(["我的名片", "", "群组"])]
        letters = sorted(rng.sample("ABCDFGHJKLMNPQRSTWXYZ", rng.randrange(2, 4)))
        keys = ["A", "B", "C", "D", "X", "Y"]
        kn = 0
        for L in letters:
            lines.append(L)
            for _ in range(rng.randrange(1, 3)):
                if chance(0.7) and kn < len(keys):
                    lines.append("{%s}" % keys[kn] + ch(["", "", " " + ch(["同事", "老家", "房东", "公司"])]))
                    kn += 1
                else:
                    lines.append(ch(CONTACT_FILLERS))
        lines.append("共%d位联系人" % rng.randrange(80, 900))
    else:
        lines = ["< 联系人详情", "{A}", ch(["", "{plat}", "{co}"]), "手机 {P1}", ch(["", "住宅 {L}", "手机 {P2}"]), ch(["", "{city}"]),
                 ch(["发送信息  拨打电话  视频通话", "信息  通话  视频"]), ch(["添加到个人收藏", "分享联系人", "加入黑名单"])]
        lines = [x for x in lines if x]
    parts = build(ctx, "\n".join(lines))
    ocr_noise(parts, 0.5)
    return parts


def b_ocr_paper(ctx, i):
    sp = chance(0.45)
    ctx.style.update(phone="ocr", name="hanmix", namefmt=spread_namefmt if sp else ocr_namefmt)
    parts = build(ctx, PAPER[i])
    if sp:
        parts = spread_parts(parts)
    ocr_noise(parts, 0.6)
    return parts


def b_ocr_courier(ctx, i):
    ctx.style.update(phone="ocr", name="hanmix", namefmt=ocr_namefmt)
    parts = build(ctx, COURIER[i])
    ocr_noise(parts, 0.4)
    return parts


def b_ocr_receipt(ctx, i):
    ctx.style.update(phone="ocr", name="hanmix", namefmt=ocr_namefmt)
    parts = build(ctx, RECEIPT[i])
    if chance(0.3):
        on_plain(parts, lambda s: s.replace("¥", ch(["Y", "半", "¥ "])))
    ocr_noise(parts, 0.4)
    return parts


def b_table(ctx, i):
    ctx.style.update(phone="plain" if chance(0.6) else "typed", name="any")
    return build(ctx, table_record(ctx))


def b_forum(ctx, i):
    ctx.style.update(phone="typed", name="hanmix")
    return build(ctx, FORUM[i])


def b_backref(ctx, i):
    ctx.style.update(phone="typed", name="han")
    ctx.specs.update(BACKREF_SPECS.get(i, {}))
    return build(ctx, BACKREF[i])


def b_wordy(ctx, i):
    ctx.style.update(phone="typed", name="hanmix")
    ctx.specs["A"] = wchoice([("word", 40), ("common2", 35), ("hanmix", 25)])
    ctx.specs["B"] = wchoice([("word", 20), ("common2", 30), ("hanmix", 50)])
    t = WORDY[i]
    if chance(0.2) and not t.startswith("{"):
        t = "那个" + t
    t += ch(["", "", "。", "！", "？", "…", "啊"])
    return build(ctx, t)


def b_trad_wa(ctx, i):
    ctx.style.update(phone="typed", name="tw")
    ctx.specs["X"] = wchoice([("hk", 4), ("tw", 6)])
    ctx.specs["Y"] = wchoice([("hk", 3), ("tw", 7)])
    ios = chance(0.5)
    lines = rng.sample(WA_LINES, rng.randrange(3, 6))
    out = []
    d, mth = rng.randrange(1, 29), rng.randrange(1, 13)
    h = rng.randrange(8, 23)
    sec = rng.randrange(0, 40 * 60)
    for k, ln in enumerate(lines):
        who = "{X}" if k % 2 == 0 else "{Y}"
        sec += rng.randrange(5, 200)
        mi, ss = divmod(sec, 60)
        if ios:
            stamp = "[%d/%d/26, %d:%02d:%02d %s] " % (d, mth, (h - 1) % 12 + 1, mi % 60, ss, "PM" if h >= 12 else "AM")
        else:
            stamp = "%02d/%02d/2026, %02d:%02d - " % (d, mth, h, mi % 60)
        out.append(stamp + ln.replace("{X}", who, 1))
    return build(ctx, "\n".join(out))


def b_trad_ptt(ctx, i):
    ctx.style.update(phone="typed", name="tw")
    return build(ctx, PTT[i])


def b_trad_line(ctx, i):
    ctx.style.update(phone="typed", name="tw")
    y, m, d = 2026, rng.randrange(1, 13), rng.randrange(1, 29)
    head = "[LINE] 與{A}的聊天記錄\n儲存日期：%d/%02d/%02d %02d:%02d\n\n%d/%02d/%02d（%s）" % (
        y, m, d, rng.randrange(8, 24), rng.randrange(60), y, m, d, ch("一二三四五六日"))
    h, mi = rng.randrange(8, 22), rng.randrange(0, 40)
    body = []
    for ln in LINE_CHAT[i]:
        mi += rng.randrange(0, 5)
        body.append(ln.replace("{d}", ch(["%02d:%02d" % (h, mi % 60), "%s%02d:%02d" % ("下午" if h >= 12 else "上午", (h - 1) % 12 + 1, mi % 60)])))
    return build(ctx, head + "\n" + "\n".join(body))


def b_trad(ctx, i):
    ctx.style.update(phone="typed", name="tw")
    if chance(0.2):
        ctx.meta["sender"] = ch(["+886", "+852"]) + ch(["9", "6"]) + "".join(str(rng.randrange(10)) for _ in range(8))
    return build(ctx, TRAD[i])


def b_latin(ctx, i):
    ctx.style.update(phone="typed", name="lat")
    ctx.specs.update(LATIN_SPECS.get(i, {}))
    return build(ctx, LATIN[i])


MIN_CYCLE = ["uy", "kz", "tib", "mong", "yi", "dai", "kor", "man", "uy", "tib", "yi", "kor"]


def b_minor(ctx, i):
    ctx.style.update(phone="typed", name="min")
    ctx.specs["A"] = ch(MIN_CYCLE)
    ctx.specs["B"] = ch(["min", "min", "han"])
    return build(ctx, MINOR[i])


def b_other(ctx, i):
    ctx.style.update(phone="typed")
    if chance(0.1):
        ctx.meta["sender"] = gateway()
    return build(ctx, OTHER[i])


NONE_WRAP = [("", ""), ("", ""), ("", ""), ("截图：", ""), ("求助：", ""), ("", "（转）"), ("补充：", ""), ("", " 怎么办"),
             ("原文：", ""), ("", "。"), ("【截图文字】", ""), ("", " #求助#")]


def b_none(ctx, i):
    ctx.style.update(phone="typed")
    a, b = ch(NONE_WRAP)
    if "\n" in NONE[i]:
        a, b = ch(["", "截图：\n", "【截图文字】\n", "原文：\n", "转发：\n", "求助，这是什么意思：\n"]), ""
    elif chance(0.12):
        ctx.meta["sender"] = ch(["95588", "95533", "95555", "10086", "95599", "12368"])
    return build(ctx, a + NONE[i] + b)


GROUPS = [
    # group, builder, number of templates, planned records, label for the report
    ("asr", b_asr, len(ASR_RUN), 92, "ASR run-on call transcript (collector side, no punctuation)"),
    ("srt", b_srt, len(SRT_DIALOGS), 42, "call transcript as SRT / WebVTT subtitles"),
    ("robo", b_robo, len(ROBO), 25, "robocall / IVR transcript"),
    ("seg", b_seg, len(SEG), 28, "word-segmented ASR output (spaces between words)"),
    ("ocr_sms", b_ocr_sms, len(OCR_SMS_BODIES), 40, "OCR of an SMS screenshot with UI chrome"),
    ("ocr_chat", b_ocr_chat, 1, 25, "OCR of a chat screenshot"),
    ("ocr_calllog", b_ocr_calllog, 1, 20, "OCR of a call-log screenshot"),
    ("ocr_contacts", b_ocr_contacts, 1, 16, "OCR of a contact list / contact card"),
    ("ocr_paper", b_ocr_paper, len(PAPER), 20, "OCR of a photographed paper notice"),
    ("ocr_courier", b_ocr_courier, len(COURIER), 10, "OCR of a courier label"),
    ("ocr_receipt", b_ocr_receipt, len(RECEIPT), 20, "OCR of a transfer receipt"),
    ("table", b_table, 1, 110, "contact-book export (CSV/TSV/markdown/vCard/JSON/log/HTML/YAML)"),
    ("forum", b_forum, len(FORUM), 100, "victim's post (黑猫/贴吧/微博/知乎/小红书/抖音/留言板)"),
    ("backref", b_backref, len(BACKREF), 80, "full name, then nickname / partial back-reference"),
    ("wordy", b_wordy, len(WORDY), 80, "word-like or short names glued to verbs and words"),
    ("trad_wa", b_trad_wa, 1, 18, "Hong Kong WhatsApp export (traditional, Cantonese)"),
    ("trad_ptt", b_trad_ptt, len(PTT), 14, "Taiwanese PTT post"),
    ("trad_line", b_trad_line, len(LINE_CHAT), 14, "Taiwanese LINE chat export"),
    ("trad", b_trad, len(TRAD), 30, "other traditional-character texts"),
    ("latin", b_latin, len(LATIN), 55, "romanised names (tone marks, passport style, Cantonese, Hokkien, English)"),
    ("minor", b_minor, len(MINOR), 45, "minority names with varied separators"),
    ("other", b_other, len(OTHER), 92, "other personal data, no name"),
    ("none", b_none, len(NONE), 96, "no personal data"),
]
GROUP_BY = {g[0]: g for g in GROUPS}


# ================================================================ assembly and checks

MOBILE_RUN = re.compile(r"1[3-9]\d{9}")
LONG_DIGITS = re.compile(r"\d{15,}")


def ws_removed(s):
    return re.sub(r"\s+", "", s)


class Rec:
    __slots__ = ("group", "idx", "text", "sender", "pii", "spans", "masked", "names", "meta")


def assemble(parts, ctx):
    merged = []
    for s, kind in parts:
        if s == "":
            continue
        if merged and kind is None and merged[-1][1] is None:
            merged[-1][0] += s
        else:
            merged.append([s, kind])
    text = ""
    spans = []
    for s, kind in merged:
        if kind:
            spans.append((len(text), len(text) + len(s), kind, s))
        text += s
    # trim outer whitespace only if it does not touch a value
    r = Rec()
    r.text = text
    r.spans = spans
    first = {}
    order = []
    for st, en, kind, v in sorted(spans):
        if (kind, v) not in first:
            first[(kind, v)] = st
            order.append((kind, v))
    r.pii = [{"kind": k, "value": v} for k, v in order]
    m = list(text)
    for st, en, _, _ in spans:
        for j in range(st, en):
            m[j] = "\x00"
    r.masked = "".join(m)
    r.names = list(ctx.meta["names"])
    r.meta = ctx.meta
    r.sender = ctx.meta.get("sender")
    return r


def record_problem(r, group):
    kinds = [p["kind"] for p in r.pii]
    if group == "none" and kinds:
        return "pii in a no-PII record"
    if group == "other" and ("name" in kinds or not kinds):
        return "name or nothing in an other-PII record"
    if group not in ("none", "other") and "name" not in kinds:
        return "no name"
    if r.text[:1].isspace() or r.text[-1:].isspace():
        return "outer whitespace"
    vals = [p["value"] for p in r.pii]
    for v in vals:
        if not v.strip() or v not in r.text or v != v.strip():
            return "bad value"
    comp = [compact(v) for v in vals]
    for a in range(len(vals)):
        for b in range(len(vals)):
            if a != b and comp[a] in comp[b]:
                return "value contains another"
    mc = compact(r.masked)
    ml = r.masked.lower()
    for v, c in zip(vals, comp):
        if c in mc or v.lower() in ml:
            return "value outside labels"
    if MOBILE_RUN.search(r.masked) or LONG_DIGITS.search(r.masked):
        return "unlabelled number run"
    return None


def record_ok(r, group):
    return record_problem(r, group) is None


FAIL_REASONS = {}


def gen_one(group, idx):
    builder = GROUP_BY[group][1]
    for _ in range(300):
        ctx = Ctx(group)
        try:
            parts = builder(ctx, idx)
        except AssertionError:
            continue
        r = assemble(parts, ctx)
        r.group, r.idx = group, idx
        why = record_problem(r, group)
        if why is None:
            return r
        FAIL_REASONS[(group, idx, why)] = FAIL_REASONS.get((group, idx, why), 0) + 1
        LAST_FAIL[0] = r
    raise AssertionError("cannot generate %s/%d: %s" % (group, idx, why))


LAST_FAIL = [None]


def load_other_corpora():
    texts, lines = [], []
    for p in sorted(glob.glob(os.path.join(HERE, "scrub_*.jsonl"))):
        if os.path.basename(p) == os.path.basename(OUT_JSONL):
            continue
        with open(p, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.strip()
                if ln:
                    texts.append(ws_removed(json.loads(ln).get("text", "")))
    for p in sorted(glob.glob(os.path.join(HERE, "scrub_*preserve*.txt"))):
        if os.path.basename(p) == os.path.basename(OUT_PRESERVE):
            continue
        with open(p, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.rstrip("\n")
                if ln.strip():
                    lines.append(ws_removed(ln))
    return texts, lines


def fixed_text_pool():
    pool = []
    for lst in (ASR_RUN, ROBO, SEG, OCR_SMS_HEADS, OCR_SMS_FOOTS, OCR_SMS_BODIES, OCR_CHAT_TITLES, OCR_CHAT_MSGS,
                OCR_CHAT_CHROME_TOP, OCR_CHAT_CHROME_BOT, CALL_LOG_HEAD, CALL_LOG_LOC, CALL_LOG_TAGS, CONTACT_FILLERS, PAPER,
                COURIER, CARRIERS, RECEIPT, FORUM, BACKREF, WORDY, WA_LINES, PTT, TRAD, LATIN, MINOR, OTHER, NONE,
                TABLE_PRE, TABLE_POST, NONAME_CELLS, NOTE_VALS, REL_VALS, NICKS, PTT_IDS, PLATFORMS, AGENCIES, LAWFIRMS,
                BANKS, CITIES, RELS, RELS_SHORT, MONTHS_W, DATES_W, DAYS_W, ROBOTS, TOWNS, VILLAGES, ROADS, ESTATES, TOWERS,
                SCHOOLS, FACTORIES, ASR_FILL_HEAD, ASR_FILL_TAIL, HEADERS_EXTRA, CALL_LOG_LOC, ETH.values(),
                [a for a, b in ASR_TYPOS] + [b for a, b in ASR_TYPOS], [w for v in COLS.values() for w in v],
                [b for a, b in NONE_WRAP] + [a for a, b in NONE_WRAP], [r[0] + r[1] + r[2] for r in URBAN + RURAL]):
        pool.extend(lst)
    for d in SRT_DIALOGS + LINE_CHAT:
        pool.extend(d)
    return pool


def main():
    global BLOB
    other_texts, other_lines = load_other_corpora()
    other_text_set = set(other_texts)
    other_line_set = set(other_lines) | other_text_set

    # ---- preserve
    cands = build_preserve_candidates()
    word_name_strs = [s + g for s, g, _ in WORD_NAMES]
    kept, own_rep, dup_other, dropped_word, dropped_digits = [], 0, 0, 0, 0
    seen = set()
    for ln in cands:
        ln = ln.strip("\n")
        k = ws_removed(ln)
        if not k:
            continue
        if k in seen:
            own_rep += 1
            continue
        seen.add(k)
        if k in other_line_set:
            dup_other += 1
            continue
        if any(w in compact(ln) for w in word_name_strs):
            dropped_word += 1
            continue
        if re.search(r"\d{7,}", ln):
            dropped_digits += 1
            continue
        kept.append(ln)
    rng.shuffle(kept)
    preserve = kept
    pres_compact = "\x01".join(compact(p) for p in preserve)

    BLOB = "\x01".join(compact(x) for x in fixed_text_pool()) + "\x01" + pres_compact
    for s, g, _ in WORD_NAMES:
        assert compact(s + g) not in BLOB, "word-name occurs in fixed text: " + s + g

    # ---- plan
    plan = []
    for g, _, ntmpl, n, _ in GROUPS:
        idxs = list(range(ntmpl))
        rng.shuffle(idxs)
        while len(idxs) < n:
            idxs.append(rng.randrange(ntmpl))
        plan.extend((g, i) for i in idxs[:n])
        assert n >= ntmpl, g
    rng.shuffle(plan)

    records = [gen_one(g, i) for g, i in plan]
    stats_redraw = {"dup_other": 0, "dup_own": 0, "cross": 0, "preserve": 0}
    for rnd in range(60):
        bad = []
        seen_t = {}
        for k, r in enumerate(records):
            key = ws_removed(r.text)
            if key in other_text_set or key in other_line_set:
                bad.append(k)
                stats_redraw["dup_other"] += 1
            elif key in seen_t:
                bad.append(k)
                stats_redraw["dup_own"] += 1
            else:
                seen_t[key] = k
        # labelled values occurring outside labelled spans anywhere
        mc = [compact(r.masked) for r in records]
        offs, pos = [], 0
        for s in mc:
            offs.append(pos)
            pos += len(s) + 1
        big = "\x01".join(mc)
        allvals = []
        seenv = set()
        for k, r in enumerate(records):
            for p in r.pii:
                c = compact(p["value"])
                if c not in seenv:
                    seenv.add(c)
                    allvals.append((c, k))
        import bisect
        for c, owner in allvals:
            start = big.find(c)
            while start != -1:
                k = bisect.bisect_right(offs, start) - 1
                if k not in bad:
                    bad.append(k)
                    stats_redraw["cross"] += 1
                start = big.find(c, start + 1)
            if c in pres_compact:
                if owner not in bad:
                    bad.append(owner)
                    stats_redraw["preserve"] += 1
        if not bad:
            break
        for k in sorted(bad):
            records[k] = gen_one(records[k].group, records[k].idx)
    else:
        raise AssertionError("could not settle records")

    # ---- final assertions
    texts = [r.text for r in records]
    assert len(set(texts)) == len(texts)
    assert len(set(preserve)) == len(preserve) and len(preserve) >= 2000, len(preserve)
    for r in records:
        assert record_ok(r, r.group)
    planned = {}
    for r in records:
        planned.setdefault(r.group, set()).add(r.idx)
    for g, _, ntmpl, _, _ in GROUPS:
        assert len(planned.get(g, ())) == ntmpl, (g, len(planned.get(g, ())), ntmpl)
    for r in records:
        for st, en, kind, v in r.spans:
            assert r.text[st:en] == v

    # ---- write
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for k, r in enumerate(records):
            fh.write(json.dumps({"id": "t10-%04d" % (k + 1), "text": r.text, "sender": r.sender, "pii": r.pii},
                                ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as fh:
        for ln in preserve:
            fh.write(ln + "\n")

    # ---- report (counts only)
    print("dedupe: preserve candidates %d, own repeats %d, dropped as duplicates of other corpora %d, "
          "dropped for containing a word-name %d, dropped for long digit runs %d, kept %d"
          % (len(cands), own_rep, dup_other, dropped_word, dropped_digits, len(preserve)))
    print("dedupe: record redraws: matched another corpus %d, repeated own text %d, value outside labels %d, value in preserve %d"
          % (stats_redraw["dup_other"], stats_redraw["dup_own"], stats_redraw["cross"], stats_redraw["preserve"]))
    report(records, preserve)


def report(records, preserve):
    from collections import Counter
    kinds = Counter(p["kind"] for r in records for p in r.pii)
    print("records", len(records), "preserve", len(preserve))
    for k, v in kinds.most_common():
        print("  kind %-10s %d" % (k, v))
    print("  no pii", sum(1 for r in records if not r.pii), " other-only", sum(1 for r in records if r.pii and all(p["kind"] != "name" for p in r.pii)))
    print("  with name", sum(1 for r in records if any(p["kind"] == "name" for p in r.pii)),
          " 2+ names", sum(1 for r in records if sum(p["kind"] == "name" for p in r.pii) >= 2))
    print("  newline texts", sum(1 for r in records if "\n" in r.text), " sender set", sum(1 for r in records if r.sender))
    names = [p["value"] for r in records for p in r.pii if p["kind"] == "name"]
    print("  distinct names", len(set(names)))
    gc = Counter(r.group for r in records)
    tc = Counter((r.group, r.idx) for r in records)
    for g, _, ntmpl, _, label in GROUPS:
        uses = [tc[(g, i)] for i in range(ntmpl)]
        print("  group %-13s templates %3d records %4d  uses per template %d-%d  %s" % (g, ntmpl, gc[g], min(uses), max(uses), label))
    if os.environ.get("TUNE10_TEMPLATE_COUNTS"):
        for g, _, ntmpl, _, _ in GROUPS:
            print("  counts %s: %s" % (g, " ".join("%d:%d" % (i, tc[(g, i)]) for i in range(ntmpl))))
    src = Counter()
    for r in records:
        for n in r.names:
            src[n.src] += 1
    for k, v in src.most_common():
        print("  name source %-60s %d" % (k, v))
    form = Counter()
    for v in names:
        if re.search(r"[A-Za-z]", v):
            form["Latin letters"] += 1
        elif re.search(r"[\s·•・‧．.\-]", v):
            form["with a separator or space inside"] += 1
        else:
            form["%d characters" % len(v)] += 1
    for k, v in sorted(form.items()):
        print("  name form %-35s %d" % (k, v))
    ph = Counter(s for r in records for s in r.meta["phones"])
    print("  phone styles", dict(sorted(ph.items())))
    tf = Counter(r.meta.get("tablefmt") for r in records if r.group == "table")
    print("  table formats", dict(sorted(tf.items())))
    for fn in (OUT_JSONL, OUT_PRESERVE):
        with open(fn, "rb") as fh:
            print("  md5 %s %s" % (os.path.basename(fn), hashlib.md5(fh.read()).hexdigest()))


if __name__ == "__main__":
    main()
