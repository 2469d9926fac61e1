"""Scrubber tuning corpora, fourteenth writer: frightened phone-typed accounts,
contact lists, chronologies, legal party blocks, agency staff, payment records,
bank statements, delivery labels, label:value forms, rare and verb-like names.

Writes, next to this file (or into $TUNE13_OUT_DIR):
  scrub_tune13.jsonl           about 700 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune13_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..11.md, the module
docstring of make_scrub_tune11.py, and `head -2` of scrub_tune11.jsonl and
scrub_tune11_preserve.txt).  Templates, word lists, surname and given-name
lists, address parts and preserve sentences are this writer's own; most Han
names come from Faker zh_CN.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune13.py
Needs Faker==40.63.0 (locale zh_CN).  One random.Random(SEED); the Faker
instance is seeded from it; never iterates over a set.
The dedupe step reads the other scrub_* corpora in this directory (or in
$TUNE13_DEDUPE_DIR), plus /tmp/s12keep/scrub_tune12.jsonl and
/tmp/s12keep/scrub_tune12_preserve.txt if they exist, at run time and prints
counts only.  Set TUNE13_TEMPLATE_COUNTS=1 to print template use counts.

Styles (chosen to differ from the earlier writers):
  * panic: the free-text "what happened" box typed on a phone by a frightened
    or angry person: long run-on paragraphs, voice-input homophones (鱼期,
    起述, 崔收, 绿师函), repeated words, emoji, English mixed in;
  * contacted: lists of everyone the collector contacted, with relations and
    numbers, numbered, bulleted or run together;
  * chrono: chronologies with dates, times and which number called whom;
  * legal: arbitration, payment-order, lawyer's-letter, mediation and
    enforcement documents with party blocks (申请人/被申请人/原告/被告/第三人/
    委托代理人) carrying ID numbers, addresses, phones, 执业证号;
  * staff: collection-agency staff with 工号 (rosters, complaint replies,
    self-introductions);
  * pay: WeChat transfer records, Alipay bills and 零钱明细 pasted as text
    (收款方, 对方账户, 交易单号, 商户单号);
  * bank: bank statements pasted as text (对方户名, 对方账号);
  * label: delivery labels and pickup notices (收件人/寄件人/地址/电话/运单号);
  * form: label:value forms (help-site registration, loan application,
    tenancy, 紧急联系人登记);
  * rare: rare compound surnames (第五, 钟离, 万俟, 令狐, 亓官, 段干 …) and
    given names made of verbs and adjectives (王成功, 李要强, 张可以, 陈不凡),
    names followed directly by place or organisation words;
  * masked: 王某, 王某某, 王XX, 王** (not labelled) beside 王*明 / 王X明
    (labelled, doubtful);
  * phones with 转 extensions, 3-4-4 and 4-4-3 groups, Chinese numerals and
    split around a line break; rural, industrial-park and dormitory addresses.

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text; values listed once, in order of first appearance; no
value contains another in the same record; every occurrence of a labelled
value lies inside a labelled span; no labelled name occurs outside a labelled
span in any other record or in any preserve line (also with whitespace
removed); no 7+ digit run outside labelled values; all texts and preserve
lines distinct; >= 2,000 preserve lines; every template used; record texts
and preserve lines that equal or are contained in a text or line of another
corpus (whitespace removed) are redrawn / dropped, and only counts are printed.
"""

import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

from faker import Faker

SEED = 20270419
R = random.Random(SEED)
FK = Faker("zh_CN")
FK.seed_instance(R.randrange(2 ** 31))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE13_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE13_DEDUPE_DIR", HERE)
EXTRA_DEDUPE = ["/tmp/s12keep/scrub_tune12.jsonl", "/tmp/s12keep/scrub_tune12_preserve.txt"]


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- numbers
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "170", "171", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
                 "198", "199"]
AREA = [("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("0371", 8), ("028", 8), ("023", 8),
        ("027", 8), ("0731", 8), ("0551", 7), ("0311", 8), ("0531", 8), ("0591", 8), ("029", 8), ("0394", 7),
        ("0769", 8), ("0512", 8), ("0898", 8), ("0851", 8)]
CN_DIG = "零一二三四五六七八九"


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def mobile_raw():
    return ch(MOBILE_PREFIX) + digits(8)


def cn_num(s, yao=True):
    out = []
    for c in s:
        if c == "1" and yao and R.random() < 0.6:
            out.append("幺")
        elif c == "0" and R.random() < 0.15:
            out.append("洞")
        elif c.isdigit():
            out.append(CN_DIG[int(c)])
        else:
            out.append(c)
    return "".join(out)


def landline(ext=None):
    area, n = ch(AREA)
    num = str(R.randrange(2, 9)) + digits(n - 1)
    if ext is None:
        ext = R.random() < 0.7
    e = digits(R.choice([3, 4]))
    form = R.randrange(5)
    if form == 0:
        s = f"{area}-{num}"
    elif form == 1:
        s = f"({area}){num}"
    elif form == 2:
        s = f"（{area}）{num}"
    elif form == 3:
        s = f"{area} {num[:4]} {num[4:]}"
    else:
        s = f"{area}{num}"
    if ext:
        s += wch([(f"转{e}", 5), (f" 转 {e}", 2), (f"-{e}", 1), (f"转分机{e}", 1), (f" ext.{e}", 1)])
    return s


def phone(mod=None):
    m = mobile_raw()
    if mod is None:
        mod = wch([("plain", 34), ("344", 18), ("443", 13), ("dash", 6), ("p86", 5), ("cn", 7),
                   ("land", 6), ("br", 4), ("mix", 3), ("dot", 2), ("fw", 2)])
    if mod == "plain":
        return m
    if mod == "344":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if mod == "443":
        return f"{m[:4]} {m[4:8]} {m[8:]}"
    if mod == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if mod == "p86":
        return ch(["+86 ", "+86", "+86-", "(+86)"]) + (m if R.random() < 0.5 else f"{m[:3]} {m[3:7]} {m[7:]}")
    if mod == "cn":
        if R.random() < 0.5:
            return cn_num(m)
        return " ".join([cn_num(m[:3]), cn_num(m[3:7]), cn_num(m[7:])])
    if mod == "land":
        return landline(ext=True)
    if mod == "br":
        k = R.choice([3, 4, 6, 7, 8])
        return m[:k] + "\n" + m[k:]
    if mod == "mix":
        return m[:3] + cn_num(m[3:7], yao=False) + m[7:]
    if mod == "dot":
        return f"{m[:3]}.{m[3:7]}.{m[7:]}"
    if mod == "fw":
        return "".join(chr(ord(c) + 0xFEE0) for c in m)
    raise ValueError(mod)


ID_AREAS = ["410102", "411624", "110105", "310115", "440305", "330106", "510107", "420111", "430104",
            "320102", "370102", "350203", "130102", "610113", "500103", "360102", "450103", "530102",
            "220102", "210102", "340104", "520102", "620102", "140105", "640104", "230102", "150102",
            "460105", "650102", "411323", "412726", "372922", "341221", "421181", "431121", "522121",
            "513030", "362430", "441581", "452123", "433124", "371327"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_raw(year_lo=1955, year_hi=2004):
    y = R.randint(year_lo, year_hi)
    mo = R.randint(1, 12)
    d = R.randint(1, 28)
    body = f"{ch(ID_AREAS)}{y}{mo:02d}{d:02d}{digits(3)}"
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def id_number(mod=None):
    v = id_raw()
    if v.endswith("X") and R.random() < 0.3:
        v = v[:-1] + "x"
    if mod is None:
        mod = wch([("plain", 70), ("684", 15), ("6444", 8), ("cn", 4), ("br", 3)])
    if mod == "684":
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if mod == "6444":
        return f"{v[:6]} {v[6:10]} {v[10:14]} {v[14:]}"
    if mod == "cn":
        return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in v)
    if mod == "br":
        return v[:10] + "\n" + v[10:]
    return v


CARD_PREFIX = ["622202", "621226", "622700", "621700", "622848", "621661", "622588", "621483", "622609",
               "622155", "621799", "622262", "623668", "621462", "622908", "622180", "621098", "623058"]


def luhn_complete(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card(mod=None):
    n = R.choice([16, 19, 19])
    v = luhn_complete(ch(CARD_PREFIX) + digits(n - 7))
    if mod is None:
        mod = wch([("plain", 55), ("sp4", 30), ("sp6", 8), ("dash", 7)])
    if mod == "sp4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if mod == "sp6":
        return v[:6] + " " + v[6:]
    if mod == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


PY_SYL = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xiao", "hong", "ling", "feng", "yun", "jie", "tao",
          "ming", "hua", "qiang", "yan", "mei", "lei", "jun", "ping", "xin", "yu", "fei", "bo", "kai"]


def email(mod=None):
    base = "".join(ch(PY_SYL) for _ in range(R.choice([1, 2, 2, 3])))
    tail = ch(["", digits(2), digits(3), digits(4), "19" + digits(2), "_" + digits(3), "." + ch(PY_SYL)])
    if R.random() < 0.2:
        return digits(R.choice([8, 9, 10])).lstrip("0").rjust(9, "5") + "@qq.com"
    dom = ch(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com",
              "hotmail.com", "yeah.net", "139.com", "sohu.com"])
    return base + tail + "@" + dom


def qq():
    return str(R.randrange(1, 10)) + digits(R.choice([7, 8, 8, 9, 9]))


def wechat():
    f = R.randrange(5)
    if f == 0:
        return "wxid_" + "".join(ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if f == 1:
        return "".join(ch(PY_SYL) for _ in range(2)) + digits(R.choice([3, 4, 6]))
    if f == 2:
        return ch(PY_SYL) + "_" + ch(PY_SYL) + digits(2)
    if f == 3:
        return ch(["a", "z", "x", "w"]) + ch(PY_SYL) + ch(PY_SYL) + digits(2) + ch(["", "_", "-"]) + ch(PY_SYL)
    return ch(PY_SYL).capitalize() + ch(PY_SYL) + "-" + digits(4)


PROV_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate():
    p = ch(PROV_CHARS) + ch(PLATE_L)
    if R.random() < 0.25:
        tail = ch("DF") + digits(5)
    else:
        tail = "".join(ch("0123456789" * 3 + PLATE_L) for _ in range(5))
        if sum(c.isalpha() for c in tail) > 2:
            tail = digits(3) + tail[3:].replace(tail[3], "7") if tail[3].isalpha() else digits(5)
    sep = wch([("", 6), ("·", 2), (" ", 1), ("-", 1)])
    return p + sep + tail


def workno():
    return ch(["CS", "HZ", "A", "TJ", "DH", "YX", "CX", "SZ-", "GZ", "N", "JR", "BJ-", "WH"]) + digits(R.choice([4, 5, 5, 6]))


def contract_no():
    return ch(["HT", "JK", "XD", "JKHT", "LN", "XF"]) + "2026" + digits(2) + digits(R.choice([6, 8]))


def trade_no(kind):
    if kind == "wx":
        return "42000" + digits(5) + "2026" + digits(14)
    if kind == "ali":
        return "2026" + digits(4) + "2200" + digits(4) + digits(16)
    if kind == "mch":
        return ch(["", "M", "T"]) + "1" + digits(R.choice([17, 19, 21]))
    if kind == "bank":
        return digits(R.choice([16, 18, 20])).replace("0", "3", 1)
    if kind == "waybill":
        return ch(["SF", "YT", "JT", "ZT", "JD", "EMS"]) + str(R.randrange(1, 10)) + digits(R.choice([11, 12, 13]))
    raise ValueError(kind)


def lawyer_licence():
    return str(R.randrange(11, 65)) + digits(2) + "2" + "0" + str(R.randrange(10, 26)) + ch(["1", "2"]) + digits(8)


def alipay_uid():
    return "2088" + digits(12)


# ---------------------------------------------------------------- addresses
PLACES = [("河南省", "周口市", "沈丘县"), ("河南省", "商丘市", "虞城县"), ("河南省", "驻马店市", "上蔡县"),
          ("山东省", "菏泽市", "曹县"), ("山东省", "临沂市", "沂南县"), ("安徽省", "阜阳市", "临泉县"),
          ("安徽省", "六安市", "霍邱县"), ("湖南省", "邵阳市", "隆回县"), ("湖南省", "永州市", "祁阳县"),
          ("江西省", "赣州市", "于都县"), ("四川省", "南充市", "仪陇县"), ("四川省", "达州市", "渠县"),
          ("贵州省", "毕节市", "织金县"), ("广西壮族自治区", "玉林市", "博白县"), ("湖北省", "黄冈市", "蕲春县"),
          ("河北省", "邯郸市", "魏县"), ("甘肃省", "天水市", "秦安县"), ("云南省", "曲靖市", "宣威市"),
          ("江苏省", "宿迁市", "沭阳县"), ("福建省", "南平市", "建瓯市"), ("陕西省", "渭南市", "蒲城县"),
          ("黑龙江省", "绥化市", "望奎县"), ("重庆市", "", "云阳县"), ("广东省", "湛江市", "雷州市")]
TOWNS = ["城关", "双河", "李集", "白庙", "新店", "老庄", "槐树", "石桥", "马坊", "大营", "枣林", "清水",
         "龙王庙", "三岔口", "洪山", "柳湖", "黄土岗", "高桥", "太平", "官塘", "金鸡", "瓦窑"]
VILLAGES = ["前刘", "后王", "小张庄", "大杨", "孙楼", "陈湾", "河东", "岗头", "新村", "东沟", "高家坪",
            "石门", "桃园", "柏树", "下湾", "上坪", "沙窝", "郭营", "付庄", "水口", "林场", "塘边"]
CITIES = [("广东省", "东莞市", "长安镇"), ("广东省", "深圳市", "龙华区"), ("广东省", "佛山市", "顺德区"),
          ("江苏省", "苏州市", "昆山市"), ("浙江省", "宁波市", "慈溪市"), ("浙江省", "义乌市", ""),
          ("福建省", "泉州市", "晋江市"), ("上海市", "", "松江区"), ("江苏省", "无锡市", "新吴区"),
          ("天津市", "", "西青区"), ("湖北省", "武汉市", "东西湖区"), ("重庆市", "", "璧山区"),
          ("四川省", "成都市", "双流区"), ("河南省", "郑州市", "航空港区"), ("山东省", "青岛市", "黄岛区")]
PARKS = ["科技", "电子信息", "高新", "精密制造", "光电", "五金", "物流", "智能装备", "出口加工", "台商"]
FACTORIES = ["鸿达电子厂", "新益五金制品有限公司", "恒通物流园", "立丰塑胶厂", "宏运汽配厂", "锦丰纺织有限公司",
             "华创精密科技", "永盛鞋业", "金源食品厂", "瑞达包装厂"]
ROADS = ["工业大道", "兴业路", "创新路", "富民路", "长江路", "人民路", "建设大道", "新华路", "滨河路", "朝阳路",
         "解放路", "东风路", "学府路", "振兴街", "环城北路", "文化路"]
ESTATES = ["阳光花园", "锦绣华庭", "翠湖苑", "幸福里", "御景湾", "金色家园", "城市之光", "碧水蓝天", "盛世名门",
           "山水郡", "凤凰城", "世纪新城", "公园壹号", "书香门第"]
UNIS = ["华南理工学院", "中原工业大学", "西南交通职业学院", "江南科技大学", "北方财经学院", "湘江师范学院",
        "闽江职业技术学院", "东海海洋大学"]
CNN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def address(mod=None):
    if mod is None:
        mod = wch([("rural", 32), ("park", 20), ("dorm", 14), ("estate", 24), ("uv", 10)])
    if mod == "rural":
        p, c, x = ch(PLACES)
        head = wch([(p + c + x, 4), (c + x, 3), (x, 3)])
        town = ch(TOWNS) + ch(["镇", "镇", "乡"])
        vil = ch(VILLAGES) + "村"
        if R.random() < 0.4:
            grp = ch(CNN[:10]) + ch(["组", "队", "村民小组"])
            num = ch(CNN) + "号" if R.random() < 0.5 else f"{R.randint(1, 88)}号"
        else:
            grp = f"{R.randint(1, 12)}组"
            num = f"{R.randint(1, 120)}号"
        sep = wch([("", 8), (" ", 2), ("-", 1)])
        return sep.join([head, town, vil, grp + num]) if sep else head + town + vil + grp + num
    if mod == "park":
        p, c, x = ch(CITIES)
        head = wch([(p + c + x, 3), (c + x, 4), (x or c, 2)])
        park = ch(PARKS) + ch(["工业园", "工业园区", "产业园"])
        f = R.randrange(3)
        if f == 0:
            return f"{head}{park}{ch(ROADS)}{R.randint(1, 300)}号{ch(FACTORIES)}员工宿舍{ch('ABCDEFG')}栋{R.randint(1, 6)}{R.randint(1, 30):02d}室"
        if f == 1:
            return f"{head}{park}{ch(FACTORIES)}{R.randint(1, 9)}号宿舍楼{R.randint(1, 7)}楼{R.randint(1, 40)}房"
        return f"{head}{park}{R.randint(1, 20)}号厂房{ch(['二', '三', '四'])}楼{ch(FACTORIES)}"
    if mod == "dorm":
        u = ch(UNIS)
        f = R.randrange(3)
        if f == 0:
            return f"{u}{ch(['东', '西', '南', '北'])}区{R.randint(1, 30)}栋{R.randint(1, 6)}{R.randint(1, 40):02d}"
        if f == 1:
            return f"{u}{ch(['学生公寓', '研究生公寓', '梅园', '桃园'])}{R.randint(1, 12)}号楼{R.randint(100, 699)}室{R.randint(1, 6)}床"
        return f"{u}{ch(['新校区', '老校区', '南校区'])}{ch(['男生', '女生'])}宿舍{ch(CNN[:9])}舍{R.randint(101, 620)}"
    if mod == "estate":
        p, c, x = ch(CITIES + [(a, b, "") for a, b, _ in PLACES[:8]])
        head = wch([(p + c + x, 3), (c + x, 4)])
        f = R.randrange(3)
        if f == 0:
            return f"{head}{ch(ROADS)}{R.randint(1, 999)}号{ch(ESTATES)}{R.randint(1, 30)}栋{R.randint(1, 4)}单元{R.randint(2, 33)}{R.randint(1, 4):02d}室"
        if f == 1:
            return f"{head}{ch(ESTATES)}{R.randint(1, 30)}-{R.randint(1, 4)}-{R.randint(2, 33)}{R.randint(1, 4):02d}"
        return f"{head}{ch(ESTATES)}{ch(CNN)}号楼{ch(CNN[:4])}单元{cn_num(str(R.randint(2, 26)) + '0' + str(R.randint(1, 4)), yao=False)}"
    if mod == "uv":
        p, c, x = ch(CITIES)
        return f"{c or p}{x}{ch(VILLAGES)}村{ch(['新村', '旧村', ''])}{R.randint(1, 30)}巷{R.randint(1, 60)}号{R.randint(2, 8)}楼{R.randint(1, 9)}0{R.randint(1, 6)}"
    raise ValueError(mod)


# ---------------------------------------------------------------- names
CMP = ["第五", "钟离", "万俟", "令狐", "公羊", "呼延", "赫连", "亓官", "段干", "巫马", "乐正", "闻人", "东郭",
       "百里", "太叔", "申屠", "公孙", "轩辕", "司寇", "子车", "颛孙", "端木", "拓跋", "夹谷", "宰父", "谷梁",
       "壤驷", "公良", "漆雕", "梁丘", "左丘", "濮阳", "淳于", "欧阳", "司马", "上官", "诸葛", "慕容", "皇甫",
       "尉迟", "澹台", "公冶", "宗政", "长孙", "宇文", "司徒", "夏侯", "南宫", "东方", "西门"]
RARE1 = ["亓", "禤", "訾", "仉", "笪", "乜", "酆", "逯", "隗", "蒯", "郗", "厍", "佘", "眭", "琚", "邝", "鄢",
         "郄", "冼", "覃", "芮", "阚", "缪", "粟", "谯", "晏", "揭", "贲", "牟", "靳", "蔺", "昝", "桑", "暨", "麴"]
VERB_GIVEN = ["成功", "要强", "可以", "不凡", "自强", "有才", "建设", "必胜", "前进", "胜利", "得胜", "光明",
              "来福", "发财", "能干", "思远", "安定", "团结", "进步", "兴旺", "勇敢", "开心", "快乐", "顺利",
              "平安", "如意", "立新", "卫国", "国庆", "振兴", "红旗", "爱国", "奋斗", "美丽", "聪明", "明白",
              "永胜", "常在", "敢为", "有福", "守信", "诚实", "再来", "得利", "来顺", "喜乐"]
VERB_SURN = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
             "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹"]
OLD_M = ["建国", "德福", "保国", "满仓", "铁柱", "国强", "长生", "金贵", "振华", "福生", "永福", "树林"]
OLD_F = ["秀英", "桂兰", "桂芳", "玉兰", "凤英", "淑芬", "翠花", "秀珍", "兰英", "素梅", "金花", "秀兰"]
PY_SURN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
           "赵": "Zhao", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu",
           "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin", "罗": "Luo", "高": "Gao", "令狐": "Linghu",
           "第五": "Diwu", "钟离": "Zhongli", "万俟": "Moqi", "欧阳": "Ouyang", "司马": "Sima"}
PY_GIVEN = ["Wei", "Fang", "Jing", "Lei", "Jun", "Tao", "Ming", "Hua", "Xiuying", "Jianguo", "Haiyan",
            "Chenggong", "Keyi", "Yaoqiang", "Bufan", "Yuting", "Zihao", "Xinyi", "Peng", "Min", "Qiang",
            "Lili", "Hao", "Na", "Xiaodong", "Yanfei", "Shengli", "Guangming"]
EN_GIVEN = ["Kevin", "Cindy", "Tony", "Amy", "Jason", "Lucy", "Eric", "Vivian", "Jack", "Coco", "Leo",
            "Grace", "Sam", "Helen"]

RESERVED = []       # strings a name must not occur in (template text, fillers, preserve)
RES_BIG = []        # RESERVED joined, built on first use
USED_SET = {}


def faker_given(sex):
    if sex == "m":
        return FK.first_name_male()
    if sex == "f":
        return FK.first_name_female()
    return FK.first_name()


def raw_name(mod, sex):
    if sex is None:
        sex = ch(["m", "f"])
    if mod is None:
        mod = wch([("fk", 46), ("fk2", 9), ("cmp", 15), ("rare", 9), ("verb", 15), ("old", 5)])
    if mod == "fk":
        g = faker_given(sex)
        if len(g) == 1 and R.random() < 0.6:
            g += faker_given(sex)
        if len(g) > 2:
            g = g[:2]
        return FK.last_name()[:2] + g, mod
    if mod == "fk2":
        return FK.last_name()[:1] + faker_given(sex)[:1], mod
    if mod == "cmp":
        g = faker_given(sex)
        if len(g) == 1 and R.random() < 0.5:
            g += faker_given(sex)
        return ch(CMP) + g[:2], mod
    if mod == "rare":
        g = faker_given(sex)
        if len(g) == 1 and R.random() < 0.6:
            g += faker_given(sex)
        return ch(RARE1) + g[:2], mod
    if mod == "verb":
        return ch(VERB_SURN + CMP[:4]) + ch(VERB_GIVEN), mod
    if mod == "old":
        return FK.last_name()[:1] + ch(OLD_M if sex == "m" else OLD_F), mod
    if mod == "latin":
        s = ch(list(PY_SURN))
        f = R.randrange(6)
        if f == 0:
            return f"{PY_SURN[s]} {ch(PY_GIVEN)}", mod
        if f == 1:
            return f"{ch(PY_GIVEN)} {PY_SURN[s]}", mod
        if f == 2:
            return f"{PY_SURN[s].upper()} {ch(PY_GIVEN)}", mod
        if f == 3:
            return f"{ch(EN_GIVEN)} {PY_SURN[s]}", mod
        if f == 4:
            return f"{ch(EN_GIVEN)} {s}", mod
        return f"{PY_SURN[s].lower()}{ch(PY_GIVEN).lower()}", mod
    if mod == "star":
        s = ch(VERB_SURN + CMP[:6])
        g = faker_given(sex)[:1]
        return s + ch(["*", "X", "x", "＊", "某"]) + g, mod
    raise ValueError(mod)


def name_ok(n):
    if n in USED_SET and USED_SET[n] > 2:
        return False
    if len(n) < 2:
        return False
    nn = re.sub(r"\s", "", n)
    if not RES_BIG:
        RES_BIG.append("\x01".join(RESERVED))
    big = RES_BIG[0]
    return n not in big and nn not in big


def new_name(mod=None, sex=None):
    for _ in range(200):
        n, m = raw_name(mod, sex)
        if m == "star" and n[-2] == "某":
            continue
        if n in USED_SET and m not in ("old",) and R.random() < 0.85:
            continue
        if name_ok(n):
            return n
    raise RuntimeError("no name")


def mask_name():
    s = ch(VERB_SURN + ["令狐", "第五", "欧阳"])
    return s + ch(["某", "某某", "某某", "XX", "**", "先生", "女士", "某（音）"])


# ---------------------------------------------------------------- fillers (not personal data)
PLATS = ["安逸花", "分期乐", "借呗", "花呗", "微粒贷", "京东金条", "美团月付", "拍拍贷", "360借条", "好分期",
         "宜人贷", "省呗", "你我贷", "招联金融", "马上消费", "度小满", "小赢卡贷", "平安普惠", "捷信", "众安小贷",
         "钱站", "还呗", "借你花", "豆豆钱"]
BANKS = ["中国银行", "工商银行", "建设银行", "农业银行", "招商银行", "交通银行", "浦发银行", "中信银行", "光大银行",
         "民生银行", "兴业银行", "广发银行", "平安银行", "邮储银行", "华夏银行", "农村信用社", "农商银行"]
HOTLINES = ["95588", "95533", "95599", "95566", "95555", "95559", "95528", "95568", "95595", "95561",
            "95508", "95511", "95580", "95577", "12368", "12321", "12345", "12315", "12363", "12378",
            "12348", "96110", "110", "12309"]
AGENCIES = ["鑫诚资产管理有限公司", "信和法务咨询服务中心", "恒远商务调解中心", "华信债务处置中心", "中融信达调解中心",
            "瑞安资产", "天衡信息咨询有限公司", "安信法律服务工作室", "正源金融外包服务公司", "盛和贷后服务中心"]
FIRMS = ["北京市中正律师事务所", "上海瀚川律师事务所", "广东信衡律师事务所", "浙江九鼎律师事务所", "河南明理律师事务所",
         "四川蜀信律师事务所", "湖南楚天律师事务所", "江苏正道律师事务所"]
COURTS = ["沈丘县人民法院", "虞城县人民法院", "东莞市第二人民法院", "深圳市龙华区人民法院", "杭州互联网法院",
          "上海金融法院", "成都市双流区人民法院", "郑州市中原区人民法院", "昆山市人民法院", "临泉县人民法院"]
ARBS = ["广州仲裁委员会", "南宁仲裁委员会", "珠海国际仲裁院", "衡阳仲裁委员会", "长沙仲裁委员会", "重庆仲裁委员会"]
PROVS_ABBR = ["豫", "粤", "湘", "川", "鲁", "皖", "苏", "浙", "赣", "桂"]
EMO = ["😭", "😭😭", "😭😭😭", "🙏", "🙏🙏🙏", "😡", "😡😡", "💔", "😰", "😱", "😤", "🥺", "😢", "🤬", "😞", "😩",
       "💢", "⚠️", "‼️", "❗❗", "😓", "🆘"]
KIN_F = ["我妈", "我老婆", "我姐", "我嫂子", "我大姨", "我小姑", "我婆婆", "我丈母娘", "我闺蜜", "我表姐",
         "我奶奶", "我外婆", "我女朋友", "我二婶"]
KIN_M = ["我爸", "我老公", "我哥", "我弟", "我姐夫", "我大舅", "我二叔", "我公公", "我老丈人", "我表哥",
         "我爷爷", "我外公", "我男朋友", "我小舅子"]
REL_F = ["母亲", "妻子", "姐姐", "妹妹", "嫂子", "大姨", "婆婆", "岳母", "女儿", "表姐", "闺蜜", "女同事", "室友"]
REL_M = ["父亲", "丈夫", "哥哥", "弟弟", "姐夫", "舅舅", "叔叔", "公公", "岳父", "儿子", "表哥", "男同事", "朋友"]
ROLE = ["老板", "主管", "人事", "财务", "车间主任", "班组长", "房东", "村支书", "村会计", "邻居", "同学", "前同事"]


def amount():
    f = R.randrange(6)
    if f == 0:
        return f"{R.randint(3, 98) * 100}元"
    if f == 1:
        return f"{R.randint(1, 60)}{ch(['000', '500', '200', '800'])}元"
    if f == 2:
        return f"¥{R.randint(200, 48000)}.{ch(['00', '50', '36', '80'])}"
    if f == 3:
        return ch(["三千八", "一万二", "八千多", "两万六", "五千", "一千五", "四万多", "九百", "六千三", "一万出头"])
    if f == 4:
        return f"{R.randint(1, 48)},{R.randint(0, 999):03d}.00元"
    return f"{R.randint(1, 30)}万"


def date_s():
    m, d = R.randint(1, 12), R.randint(1, 28)
    f = R.randrange(6)
    if f == 0:
        return f"{m}月{d}日"
    if f == 1:
        return f"2026.{m}.{d}"
    if f == 2:
        return f"2026-{m:02d}-{d:02d}"
    if f == 3:
        return f"{CNN[m - 1]}月{cn_num(str(d), yao=False) if d < 10 else ch(['十', '二十'])}号"
    if f == 4:
        return f"{m}/{d}"
    return f"{m}月{d}号"


def time_s():
    h, mi = R.randint(7, 23), R.randint(0, 59)
    f = R.randrange(5)
    if f == 0:
        return f"{h}:{mi:02d}"
    if f == 1:
        return f"{'上午' if h < 12 else '下午' if h < 18 else '晚上'}{h if h <= 12 else h - 12}点{mi}分"
    if f == 2:
        return ch(["早上七点多", "中午十二点", "下午两点左右", "晚上十点多", "半夜十一点半", "凌晨一点", "傍晚六点"])
    if f == 3:
        return f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}"
    return f"{h}点{ch(['多', '半', '左右', ''])}"


def case_no():
    return f"（2026）{ch(PROVS_ABBR)}{R.randint(1, 19):02d}{R.randint(1, 99):02d}{ch(['民初', '执', '民特', '执保', '民督'])}{R.randint(100, 29999)}号"


def tail4():
    return "尾号" + digits(4)


FILL = {
    "amt": amount, "date": date_s, "tm": time_s, "plat": lambda: ch(PLATS), "bank": lambda: ch(BANKS),
    "hot": lambda: ch(HOTLINES), "ag": lambda: ch(AGENCIES), "firm": lambda: ch(FIRMS),
    "court": lambda: ch(COURTS), "arb": lambda: ch(ARBS), "case": case_no, "tail": tail4,
    "emo": lambda: ch(EMO), "mask": mask_name, "days": lambda: f"{R.randint(3, 400)}天",
    "kinf": lambda: ch(KIN_F), "kinm": lambda: ch(KIN_M), "role": lambda: ch(ROLE),
    "yr": lambda: str(R.randint(1958, 2003)),
}

PII_GEN = {
    "n": ("name", None), "p": ("phone", phone), "i": ("id_number", id_number), "c": ("bank_card", card),
    "a": ("address", address), "e": ("email", lambda m=None: email()), "q": ("qq", lambda m=None: qq()),
    "w": ("wechat", lambda m=None: wechat()), "v": ("plate", lambda m=None: plate()),
    "k": ("account", lambda m=None: workno()), "h": ("account", lambda m=None: contract_no()),
    "t": ("account", lambda m=None: trade_no(m or "wx")), "l": ("account", lambda m=None: lawyer_licence()),
    "z": ("account", lambda m=None: alipay_uid()), "L": ("phone", lambda m=None: landline(ext=True)),
}

SLOT = re.compile(r"\{([a-zA-Z]+?)(\d*)(?::([a-z0-9_]+))?\}")

HOMO = [("逾期", "鱼期"), ("起诉", "起述"), ("催收", "崔收"), ("律师函", "绿师函"), ("威胁", "威协"),
        ("已经", "以经"), ("骚扰", "搔扰"), ("微信", "威信"), ("怎么办", "怎么半"), ("知道", "知到"),
        ("应该", "因该"), ("再也", "在也"), ("短信", "段信"), ("通讯录", "通迅录"), ("报警", "抱警"),
        ("利息", "利细"), ("协商", "协尚"), ("一直", "一只"), ("上门", "上们")]
REPEAT = [("真的", "真的真的"), ("求求你们", "求求你们求求你们"), ("天天", "天天天天"), ("怎么办", "怎么办怎么办"),
          ("太过分了", "太过分了太过分了")]


def noisify(s):
    for a, b in HOMO:
        if a in s and R.random() < 0.35:
            s = s.replace(a, b, 1)
    for a, b in REPEAT:
        if a in s and R.random() < 0.3:
            s = s.replace(a, b, 1)
    if R.random() < 0.3:
        s = s.replace("，", " ")
    if R.random() < 0.25:
        s = s.replace("。", ch(["。。。", "！！", "…", " "]))
    return s


def fill(tpl, noise=False, force=None):
    """Return (text, pii list) for a template with slots."""
    vals = {}
    pieces = []
    spans = []
    pos = 0
    last = 0
    used_here = []
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        if noise:
            lit = noisify(lit)
        pieces.append(lit)
        pos += len(lit)
        last = m.end()
        typ, idx, mod = m.group(1), m.group(2), m.group(3)
        key = typ + idx
        if typ in FILL and not idx:
            v = FILL[typ]()
            pieces.append(v)
            pos += len(v)
            continue
        if typ in FILL:
            if key not in vals:
                vals[key] = FILL[typ]()
            v = vals[key]
            pieces.append(v)
            pos += len(v)
            continue
        kind, gen = PII_GEN[typ]
        if key not in vals:
            if typ == "n":
                sex = mod if mod in ("m", "f") else None
                nm = None if mod in (None, "m", "f") else mod
                if force and nm is None and force.get(key):
                    nm = force[key]
                for _ in range(100):
                    v = new_name(nm, sex)
                    if all(v not in u and u not in v for u in used_here):
                        break
            else:
                v = gen(mod) if mod else gen()
            used_here.append(v)
            vals[key] = v
        v = vals[key]
        spans.append((pos, pos + len(v), kind, v))
        pieces.append(v)
        pos += len(v)
    tail = tpl[last:]
    if noise:
        tail = noisify(tail)
    pieces.append(tail)
    text = "".join(pieces)
    pii = []
    seen = []
    for s, e, kind, v in spans:
        assert text[s:e] == v
        if (kind, v) not in seen:
            seen.append((kind, v))
            pii.append({"kind": kind, "value": v})
    return text, pii, spans


# ---------------------------------------------------------------- templates
PANIC = [
    "救命{emo} 我真的不知道怎么办了，{plat}的人今天又打电话给{kinf}{n1:f}了，她都六十多了被吓得一直哭，他们还说要去我老家{a1:rural}找{kinm}{n2:m}，我求求你们帮帮我{emo}",
    "我现在手都在抖{emo}{emo} 刚才一个{p1}的号码打过来 开口就骂 说我不还钱就把我的照片发给我们公司所有人 还报出了我们老板{n1}的名字 他们怎么会知道的啊",
    "欠了{plat}{amt}，逾期{days}了，我承认是我不对，但是他们把我通讯录里的人全打了一遍，连我初中同学{n1}都打了，{n1}还以为我出什么事了给我打电话问，我真的没脸见人了{emo}",
    "我是替我老公来问的 他叫{n1:m} 借了好几个平台 现在天天有人打我电话 号码有{p1}还有{p2} 还有一个座机{L1} 我又没借钱为什么找我{emo} 我还在坐月子啊",
    "OMG 真的 crazy，他们 call 了我 boss {n1} 三次，还发短信给 HR，说我是 lao lai，我都要被 fire 了{emo} 号码是 {p1}，so 我现在该怎么办",
    "我妈{n1:old}今年七十二了耳朵不好 那个人打电话过去说我犯法了要坐牢 我妈连夜坐车从{a1:rural}跑过来找我 在车上哭了一路{emo} 你们说这些人还有没有人性",
    "他们居然把我的身份证号{i1}发在了我们村的群里，说我是诈骗犯，还@了村支书{n1}，我爸{n2:m}现在在村里都抬不起头{emo}{emo}",
    "我在厂里上班 宿舍地址是{a1:park} 今天有两个男的直接找到宿舍楼下 说是{ag}的 一个自称{n1} 一个不说名字 把我室友都吓坏了 我是不是应该报警{emo}",
    "我大学还没毕业{emo} 在学校借了{plat}{amt} 现在他们说要寄律师函到我宿舍{a1:dorm} 还要打给我辅导员{n1} 我真的好怕被学校知道 我爸妈会打死我的",
    "请问这样合法吗？？？他们用{p1}给我老婆{n1:f}发短信，说我在外面养小三欠了一屁股债，我老婆现在要跟我离婚{emo} 我根本没有！！就是借了点网贷",
    "气死我了{emo} 那个叫{n1}的崔收员说话特别难听 说要去我女儿学校门口拉横幅 我女儿才读二年级啊 他还说他知道我家在{a1}",
    "I don't know what to do 我 sister {n1:f} 刚刚打电话给我说有人一直打她电话 号码 {p1} 她在国外都被打 他们怎么有她的号码的{emo}",
    "我老公{n1:m}车贷逾期了三个月，今天一早有人把我们家车{v1}开走了，说是公司的人，也没给任何手续，我打{p1}问，对方就挂了{emo}",
    "就是那个 那个 {plat} 啊 它的外包公司 天天打 天天打 我说我这个月发了工资就还 他不信 还把电话打到我表哥{n1}那里 我表哥的号码是{p1} 他怎么会有的",
    "我真的崩溃了{emo}{emo}{emo} 我就欠了{amt} 他们把我和我前男友{n1}的聊天截图发给我现在的未婚夫{n2:m}了 下个月就要结婚了 我该怎么办 谁能帮帮我",
    "他们还加了我老板的微信 我老板微信号{w1} 发了一堆说我是老赖的图片 我老板{n1}今天找我谈话了 让我处理好再来上班{emo}",
    "刚刚又收到了 说我涉嫌诈骗 已经移交{court} 要我在今天下午五点前联系{n1}律师 电话{p1} 不联系就上门抓人 这是真的吗{emo}{emo}",
    "打我电话就算了 还打到我公司前台{L1} 前台小姑娘吓得直接转给我们经理{n1}了 现在全公司都知道了{emo} 我以后还怎么在这里干",
    "我婆婆{n1:f}不识字 他们就天天打她电话让她转钱 她差点就去银行给他们转了 卡号都是他们发过来的{c1} 还好被我拦住了{emo}",
    "求助！！{emo} 我哥{n1:m}借了网贷跑了 现在所有人都来找我 说我是他的紧急联系人 我根本不知道这回事 他们让我把钱打到{c1}这个卡上 户名是{n2} 这是不是骗子",
    "真的好绝望 每天早上七点就开始打 一直打到晚上十点 号码每次都不一样 {p1} {p2} {p3} 我都拉黑了还是有新的{emo} 我妈{n1:f}已经住院了",
    "Hi，我是在国外读书的，我爸{n1:m}在国内帮我担保借了钱，现在他们每天 call 我爸，我爸高血压，我真的很 worried{emo} email 也收到了，发件人是 {e1}",
    "他们把我的照片P成遗照发在朋友圈 还@了我老公{n1:m}和我小叔子{n2:m} 说我欠钱不还 我已经截图了{emo} 发的人微信号{w1}",
    "我今天去派出所报警了 民警说这个属于经济纠纷 让我自己协商 可是那个{n1}说话太难听了 他说他们知道我妈住在{a1:estate} 我真的很害怕{emo}",
    "我叫{n1} 我在{plat}借了{amt} 从来没逾期过 这个月因为住院晚了两天 他们就开始打我女儿{n2:f}的电话 我女儿还在读高中{emo}",
    "呜呜呜{emo} 我室友{n1:f}的QQ{q1}都被他们加了 发了好多我的照片 说我借钱不还 我们宿舍现在都不理我了",
    "我要投诉！！{emo} {ag}的一个员工 叫{n1} 用{p1}给我打了四十多个电话 我一天都没法上班 这个还不算骚扰吗",
    "他们打电话给我爷爷{n1:old} 我爷爷八十多了 他们说我被抓了 要交保证金 我爷爷差点去银行取钱 我们报了警 民警给的回执号我也拍了{emo}",
    "现在他们在我老家{a1:rural}的墙上喷了字，“欠债还钱”，邻居都在看笑话{emo} 我爸{n1:m}气得住院了，我该怎么告他们",
    "语音转的 可能有错字 就是那个 我借了{plat} 然后 然后他们打给了我的 我的同事{n1} 还有我的组长{n2} 说我诈骗 我真的没有诈骗 我只是晚了几天",
    "我就想问问 他们有没有权利打我家里人电话 我老婆{n1:f}怀孕七个月了 天天被吓得睡不着{emo} 我已经跟他们说了下个月一号还 他们不听",
    "Sorry 打字有点乱 我现在在医院 我妈{n1:f}被他们打电话气到心脏病发作{emo} 打电话的号码是{p1} 我要怎么起诉他们 律师说要证据",
    "我把他们的电话号码都记下来了{p1}、{p2}，还有一个带转的座机{L1}，打过去是语音导航，说是{ag}，我是不是可以去投诉",
    "{emo}{emo} 大半夜的给我发短信说明天就去我单位{a1:park}找我 还说已经联系了我们人事{n1} 我今晚都睡不着了",
    "我老公{n1:m}说他在外面借的钱他自己会还 让我别管 结果今天有个叫{n2}的人加我微信 给我发了他的借款合同 合同编号{h1} 上面还有他的身份证号{i1}{emo}",
    "这群人太恶心了😡 连我已经去世的爸爸的手机号都打 我妈{n1:f}接的 对方说你儿子不还钱我们就去你家 我妈一个人住在{a1}",
    "我想删掉之前发的内容 里面有我表弟{n1:m}的名字和电话{p1} 我当时太着急了什么都写上去了{emo} 能帮我删吗",
    "不知道这里能不能帮忙{emo} 我是帮我姐姐{n1:f}问的 她不敢说 她在{plat}借了钱 现在他们把她的裸照威胁发给我姐夫{n2:m} 求求你们",
    "他们把我拉进一个群 群里有我爸{n1:m} 我妈{n2:f} 我舅舅{n3:m} 然后在群里发我的借款信息 我爸当场就给我打电话骂我{emo}",
    "我不是借款人！！{emo} 借钱的是我前夫{n1:m}，我们离婚三年了，他们现在天天打我电话{p1}，还打到我现在上班的地方{L1}，我跟他们说了一百遍了没用",
    "打电话的男的说他是{n1}北京总部的 让我今天必须还 不还就联系我老家{a1:rural}的村委会 还说认识我们村支书{n2:m}",
    "姐妹们救救我{emo} 他们把我和我老公{n1:m}的结婚照发到了他单位群里 他单位是{fac} 他的工号{k1}都被他们说出来了",
    "我爸{n1:old}在工地上干活 手机是老人机 他们一天打二十多个 我爸以为我出车祸了 从脚手架上下来的时候差点摔了{emo}{emo} 号码{p1:443}",
    "我现在 真的 真的 很想死的心都有了 不是开玩笑 他们把我的身份证照片和手机号{p1}发给了我所有的微信好友 连我初恋{n1}都收到了{emo}",
    "语音输入的 错字别介意 那个自称{n1}城东派出所的 说我涉嫌洗钱 让我把钱转到安全账户{c1} 我差点就转了 后来我打{hot}问才知道是骗子",
    "hello 有人吗 我想问一下 他们说我的 case 已经交给 lawyer {n1} 了 下周就 court 这是真的吗{emo} 他给的电话是 {p1}",
    "刚刚他们给我女朋友{n1:f}打电话 说我在外面欠了几十万 让她赶紧跟我分手 她现在不接我电话了{emo} 我真的会疯掉",
    "真的太过分了{emo} 他们打到我孩子幼儿园 说找{n1}家长 老师把电话转给了园长{n2:f} 全园都知道了 我孩子以后还怎么上学",
    "我把录音整理了一下 对方说 “你是不是{n1}？你老婆{n2:f}在{fac}上班对吧 你儿子在实验小学对吧” 我听完腿都软了{emo}",
    "我是做外卖的 他们打到我们站点 站长{n1}接的 站长直接把我停单了 一天没收入 我还怎么还钱{emo}",
    "他们发给我一张照片 是我家的门 门牌{a1:estate}清清楚楚 配的字是“我们已经到了” 我吓得不敢回家{emo}{emo}",
    "我婆婆{n1:old}打电话来骂我 说我连累了她儿子{n2:m} 可这钱是给她儿子看病借的啊{emo} 我心里好委屈",
    "他们的短信是这么写的：{n1}你好，你的欠款已逾期{days}，我司将于明日派外访人员前往你户籍地{a1:rural}核实 我该怎么办{emo}",
    "我在宿舍都不敢接电话 宿舍是{a1:dorm} 室友{n1:f}接了一次 对方让她转告我 明天来学校找辅导员 我好怕",
    "我今天去了{fac}人事那边，人事{n1}说接到了三个电话，让我自己处理好，不然就不用来了{emo}",
    "我打了12378也打了{hot}，都说会转交，可是今天{n1}又打来了，号码换成了{p1:br}",
    "Please help{emo} 我 husband {n1:m} 欠了钱跑了 他们每天打我和我妈{n2:f}的电话 我妈的号码{p1} 我的号码{p2}",
    "我今年才十九岁{emo} 在{plat}借了{amt}打游戏 现在他们说我不还就告诉我班主任{n1}老师 我真的不敢让家里知道 我该怎么办",
]

CONTACT_ITEMS_F = ["{rel}{n}，电话{p}", "{n}（{rel}）{p}", "{rel} {n} {p}", "{rel}：{n}，{p}，被打了{cnt}次",
                   "{n} {rel} 手机{p}", "{rel}{n}({p})", "{n}/{rel}/{p}", "{rel}——{n}——{p}"]
CONTACT_EXTRA = ["{role}{n}，座机{L}", "{role}{n}的微信{w}也被加了", "{rel}{n}，QQ{q}收到了好多消息", "{role}{n}，公司电话{L}",
                 "{rel}{n}，他们还找到了{ta}家{a}", "{rel}{n}，对方给{ta}发了邮件{e}"]
CONTACT_HEAD = ["他们联系过的人（我知道的）：", "被骚扰的亲友名单：", "到目前为止被打电话的有：", "整理了一下被联系的人：",
                "催收打过的人，按时间顺序：", "我能确定的有这些：", "以下是他们打过电话的人 我一个个问过了", "被联系人清单"]
CONTACT_TAIL = ["", "", "\n这些人都不是我的紧急联系人。", "\n我只填了我妈一个紧急联系人！！", "\n其他的我还在问{emo}",
                "\n他们是怎么拿到我通讯录的？", "\n全是{plat}的外包干的", " 都打了不止一次"]


def build_contacted():
    n = R.randint(3, 6)
    lines = []
    marker = wch([("num", 4), ("dot", 2), ("none", 2), ("run", 2), ("emoji", 1)])
    for i in range(n):
        sex = ch(["m", "f"])
        rel = ch(REL_M if sex == "m" else REL_F)
        if R.random() < 0.25:
            it = ch(CONTACT_EXTRA)
            rel = ch(REL_M if sex == "m" else REL_F) if "{rel}" in it else rel
        else:
            it = ch(CONTACT_ITEMS_F)
        it = it.replace("{n}", "{n%d:%s}" % (i + 1, sex)).replace("{p}", "{p%d}" % (i + 1)) \
            .replace("{L}", "{L%d}" % (i + 1)).replace("{w}", "{w%d}" % (i + 1)).replace("{q}", "{q%d}" % (i + 1)) \
            .replace("{a}", "{a%d}" % (i + 1)).replace("{e}", "{e%d}" % (i + 1)) \
            .replace("{rel}", rel).replace("{role}", ch(ROLE)).replace("{ta}", "他" if sex == "m" else "她").replace("{cnt}", ch(["三", "五", "十几", "二十多", "好几"]))
        if marker == "num":
            it = f"{i + 1}{ch(['.', '、', '）'])}" + it
        elif marker == "dot":
            it = ch(["· ", "- ", "* "]) + it
        elif marker == "emoji":
            it = ch(["📞", "👉", "❌"]) + it
        lines.append(it)
    if marker == "run":
        body = ch(["；", "，还有", "，"]).join(lines)
        head = ch(["他们打了", "被打过的有", "我知道的就有"])
        return head + body + ch(CONTACT_TAIL).replace("\n", "，")
    return ch(CONTACT_HEAD) + "\n" + "\n".join(lines) + ch(CONTACT_TAIL)


CHRONO_EV = [
    "{p}打给我，自称{ag}的{n}，说今天必须还清",
    "用{p}打给{kinf}{n:f}，说我涉嫌诈骗",
    "{kinm}{n:m}接到电话，号码{p}，对方让他劝我还钱",
    "同一个号码{p}连打了十一次，我没接",
    "{n}发短信到我手机，说下午上门",
    "打到我公司座机{L}，找我们经理{n}",
    "加我微信，微信名叫法务部-{n}，微信号{w}",
    "有两个人去了我老家{a:rural}，找{kinm}{n:m}",
    "收到一封邮件，发件人{e}，落款{n}",
    "{p}打给我同事{n}，说我是老赖",
    "我回拨{p}，对方说他叫{n}，工号{k}",
    "对方发来一个收款账户，户名{n}，卡号{c}",
    "我按他们要求转了{amt}到{n}的支付宝，账号{p}",
    "打给我前女友{n:f}，她已经结婚了",
    "在我们小区业主群里发了我的照片，发的人自称{n}",
    "有人去了我宿舍{a:dorm}，问我室友{n}我去哪了",
    "打电话到我们厂，说要找我车间主任{n:m}",
    "我用{kinf}的手机回拨{p}，接电话的自称{n}，说是{plat}委托的",
    "{p:443}打来，说明天去我单位{a:park}",
    "{p:land}打到我家座机，让我爸{n:m}接电话",
    "{kinf}{n:f}在菜市场接到电话，被吓哭了",
    "一个{p}的号码给我发了我家门口的照片",
    "{n}打来说已经立案，案号{case}（我查了是假的）",
    "对方把我的身份证号{i}发到了家族群",
    "有人开着车牌{v}的车在我家楼下停了一下午",
]
CHRONO_EV_NONE = ["隐藏号码打来，没说话就挂了", "收到{plat}的短信，说已逾期{days}", "我拨打了{hot}投诉", "去派出所报警，做了笔录",
                  "打{hot}问了银行客服，说会核实", "对方又发了一条短信，内容和之前一样", "我在{plat}APP里申请了延期还款，被拒"]
CHRONO_HEAD = ["时间线：", "事情经过（按时间）", "整理的时间顺序如下", "我记的记录👇", "经过：", "【时间线】", "按时间整理：", ""]


def chrono_date(m, d, f):
    if f == 0:
        return f"{m}月{d}日"
    if f == 1:
        return f"2026.{m}.{d}"
    if f == 2:
        return f"2026-{m:02d}-{d:02d}"
    if f == 3:
        return f"{m}/{d}"
    return f"{m}月{d}号"


def build_chrono():
    n = R.randint(3, 6)
    fmt = wch([("line", 5), ("semi", 2), ("run", 2), ("day", 2)])
    evs = []
    pool = CHRONO_EV[:]
    R.shuffle(pool)
    k = 0
    m, d = R.randint(1, 11), R.randint(1, 20)
    df = R.randrange(5)
    for i in range(n):
        if R.random() < 0.2:
            e = ch(CHRONO_EV_NONE)
        else:
            e = pool[k]
            k += 1
            e = re.sub(r"\{([npLwakecqiv])(:[a-z0-9_]+)?\}", lambda mm: "{%s%d%s}" % (mm.group(1), i + 1, mm.group(2) or ""), e)
        when = chrono_date(m, d, df) + ch([" ", "，", " "]) + time_s()
        if fmt == "day":
            when = f"Day{i + 1} " + time_s() if R.random() < 0.5 else f"第{CNN[i]}天 {time_s()}"
        evs.append((when, e))
        d += R.randint(0, 4)
        if d > 28:
            m, d = min(m + 1, 12), d - 28
    head = ch(CHRONO_HEAD)
    if fmt == "line":
        body = "\n".join(f"{w} {e}" for w, e in evs)
    elif fmt == "semi":
        body = "；".join(f"{w}，{e}" for w, e in evs)
    elif fmt == "run":
        body = "，".join((ch(["然后", "接着", "后来", "再后来", "结果"]) if j else "") + f"{w}{e}" for j, (w, e) in enumerate(evs))
    else:
        body = "\n".join(f"{w}：{e}" for w, e in evs)
    return (head + "\n" if head else "") + body + ch(["", "", "\n以上都有录音和截图", "。", "\n还在继续{emo}"])


LEGAL = [
    "仲裁申请书\n申请人：{ag}\n住所地：{a1:park}\n法定代表人：{n1}，总经理\n委托代理人：{n2}，{firm}律师，执业证号{l1}\n被申请人：{n3}，{sx}，{yr}年出生，汉族，住{a2}，公民身份号码{i1}，联系电话{p1}\n仲裁请求：1.裁决被申请人偿还借款本金{amt}及利息；2.仲裁费由被申请人承担。\n此致\n{arb}",
    "民事起诉状\n原告：{n1}，{sx}，{yr}年生，住{a1}，身份证号：{i1}，电话：{p1}\n被告：{n2}，{sx}，住{a2}，身份证号：{i2}\n第三人：{n3}，系被告之{relw}，住址同上\n诉讼请求：判令被告归还借款{amt}。\n此致\n{court}\n具状人：{n1}\n{date}",
    "支付令\n{case}\n申请人：{bank}信用卡中心\n负责人：{n1}\n委托诉讼代理人：{n2}，该中心员工\n被申请人：{n3}，{sx}，住{a1}，公民身份号码{i1}\n申请人于{date}向本院申请支付令……被申请人应当自收到本支付令之日起十五日内清偿债务。",
    "律师函\n致：{n1}先生/女士（身份证号：{i1}）\n本所接受{plat}的委托，指派{n2}律师（执业证号：{l1}）就您的欠款事宜致函如下：截至{date}，您尚欠{amt}……\n联系人：{n3} 电话：{L1}\n{firm}",
    "调解协议书\n申请人：{n1}，住{a1}，电话{p1}\n被申请人：{ag}\n委托代理人：{n2}（工号{k1}）\n调解员：{n3}\n经调解，双方自愿达成如下协议：一、申请人分十二期偿还{amt}……",
    "执行裁定书\n{case}\n申请执行人：{bank}{city}分行\n被执行人：{n1}，{sx}，{yr}年出生，住{a1}，身份证号码{i1}\n本院在执行过程中，查封被执行人名下车辆{v1}……",
    "授权委托书\n委托人：{n1}，身份证号{i1}，住址{a1}，手机{p1}\n受托人：{n2}，系委托人的{relw}，身份证号{i2}\n委托事项：代为处理委托人与{plat}之间的借款纠纷，代为签署调解协议。\n委托人（签字）：{n1}\n{date}",
    "民事答辩状\n答辩人（被告）：{n1}，{sx}，住{a1}，联系电话{p1}\n被答辩人（原告）：{n2}，住{a2}\n第三人：{ag}，法定代表人{n3}\n答辩人对原告主张的借款数额有异议……\n此致\n{court}",
    "送达地址确认书\n受送达人：{n1}\n送达地址：{a1}\n手机号码：{p1}\n电子邮箱：{e1}\n受送达人签名：{n1}\n{case}",
    "财产保全申请书\n申请人：{n1}，{sx}，汉族，{yr}年生，住{a1}，公民身份号码{i1}\n被申请人：{n2}，{sx}，住{a2}\n请求事项：冻结被申请人名下{bank}账户{c1}内存款{amt}。",
    "原告{n1}与被告{n2}、第三人{n3}民间借贷纠纷一案，本院于{date}立案。被告{n2}住{a1}，经依法传唤未到庭。",
    "证人证言\n证人：{n1}，{sx}，住{a1}，电话{p1}\n我是{n2}的邻居，{date}晚上我看见两个人在{n2}家门口贴纸条……\n证人签名：{n1}",
    "公证书\n申请人：{n1}，{sx}，{yr}年出生，公民身份号码：{i1}\n公证事项：保全证据（手机短信）\n申请人于{date}来到本处，使用其手机{p1}……",
    "法律援助申请表\n申请人姓名：{n1}\n身份证号：{i1}\n住所地：{a1}\n联系电话：{p1}\n对方当事人：{ag}，经办人{n2}\n案情简述：对方暴力催收……",
    "劳动仲裁申请（顺带写了借款的事）\n申请人：{n1}，{sx}，身份证{i1}，住{a1:park}\n被申请人：{fac}，法定代表人{n2}\n我被催收的人打到单位后被辞退……",
]
FAC = ["东莞鸿达电子有限公司", "昆山立丰塑胶有限公司", "佛山宏运汽配有限公司", "慈溪锦丰纺织有限公司"]
RELW = ["配偶", "父亲", "母亲", "兄长", "姐姐", "儿子", "女儿", "朋友"]

STAFF = [
    "{ag}调解三组值班表\n组长：{n1}（工号{k1}）\n组员：{n2} {k2}、{n3} {k3}、{n4} {k4}\n外访：{n5}，手机{p1}",
    "您好，我是{ag}的调解员{n1}，我的工号是{k1}，关于您在{plat}的欠款，请您今天下午六点前处理。",
    "投诉回复：经核实，工号{k1}的员工{n1}在与您通话时存在不当言辞，我司已对其进行处理，给您带来的困扰深表歉意。",
    "打电话的自称{n1}，说是{plat}委托的{ag}的，工号{k1}，我让他报全名他就挂了",
    "他们的人我记了几个：{n1}工号{k1}，{n2}工号{k2}，还有一个自称主管的{n3}，电话{p1}",
    "【{ag}】{n1}您好，您的案件已分配至专员{n2}（工号：{k1}），请于{date}前联系{L1}处理。",
    "外访人员信息：姓名{n1}，工号{k1}，身份证{i1}，他还给我看了工作证",
    "我查了一下那个人 {n1} 工号 {k1} 在{ag}上班 他的微信是{w1}",
    "贷后专员{n1}（工号{k1}）提醒您：您的借款合同{h1}已逾期{days}。",
    "那个客服说她叫{n1}，工号是{k1}，我说我要录音她说随便录",
    "员工：{n1} 工号：{k1} 部门：{ag}催收二部 联系电话：{p1} 邮箱：{e1}",
    "{n1}{ag}的法务专员，工号{k1}，今天第三次打我电话了",
    "处理人：{n1}（{k1}）\n处理结果：已联系客户{n2}，客户表示下月还款\n复核：{n3}",
    "上门的两个人一个叫{n1}一个叫{n2}，出示的工作证上工号是{k1}和{k2}，开的车是{v1}",
    "{ag}质检记录：坐席{n1}（工号{k1}）在通话中提及客户亲属{n2}，属违规外呼",
    "今日外访安排：{n1:cmp}（{k1}）负责{a1:rural}，{n2}（{k2}）负责{a2:park}",
    "我找到了他们公司的官网，团队介绍里有{n1}，工号{k1}，职位是高级调解员",
    "我要求对方报工号，对方说工号{k1}，名字{n1}，然后说“你投诉啊，我不怕”",
    "客服说给我转接专员，接电话的是{n1}深圳分公司的，他说工号是{k1}",
    "二组：{n1:verb} {k1} / {n2:cmp} {k2} / {n3} {k3}",
]

PAY = [
    "转账详情\n¥{amtn}\n已收款\n转账说明：{note}\n转账时间：2026年{m}月{d}日 {hms}\n收款时间：2026年{m}月{d}日 {hms}\n转账单号：{t1:wx}\n对方：{n1}",
    "交易详情\n-{amtn}\n交易成功\n付款方式：余额宝\n收款方：{n1}（{p1:plain}）\n商品说明：转账\n创建时间：2026-{mm}-{dd} {hms}\n订单号：{t1:ali}",
    "账单详情\n对方账户：{e1}\n对方户名：{n1}\n金额：-{amtn}\n交易状态：交易成功\n交易单号：{t1:ali}\n商户单号：{t2:mch}",
    "微信支付 转账给{n1}\n-{amtn}\n当前状态：对方已收钱\n转账时间：2026-{mm}-{dd} {hms}\n交易单号：{t1:wx}",
    "零钱明细\n转账-转给{n1}  -{amtn}\n转账-来自{n2}  +{amtn2}\n微信红包-来自{n3}  +{small}",
    "支付宝账单\n{mm}-{dd} 转账到银行卡-{bank}({tail4})  -{amtn}\n{mm}-{dd} 转账-{n1}  -{amtn2}\n{mm}-{dd} 收款-{n2}  +{small}",
    "我给他们转钱的记录：\n收款方：{n1}\n收款账户：{c1}\n开户行：{bank}\n金额：{amtn}\n交易流水号：{t1:bank}\n备注：{plat}还款",
    "转账成功\n收款人：{n1}\n收款人账号：{p1:plain}（支付宝）\n付款金额：{amtn}元\n付款时间：{mm}月{dd}日 {hms}\n订单号：{t1:ali}",
    "这是他让我转的账 对方账户{n1} {c1} {bank} 交易单号{t1:bank} 转了{amtn}之后他还说不够",
    "收款码名字显示的是“*{last}”，付款完显示全名{n1}，支付宝账号{e1}",
]
NOTES = ["还款", "还{plat}", "借款利息", "第三期", "展期费", "服务费", "备注：还清", "钱先还你一部分"]

BANK_ROWS = ["{dt} 跨行转出 -{a} 余额{b} 对方户名:{n} 对方账号:{c}", "{dt}|转账|-{a}|{b}|{n}|{c}",
             "{dt}  网银转入  +{a}  {b}  {n}  {c}", "{dt} 手机银行转账 支出{a} 余额{b} 对方:{n}({c})"]
BANK_NONE_ROWS = ["{dt} 结息 +{s} 余额{b}", "{dt} ATM取款 -{a} 余额{b}", "{dt} 财付通-微信转账 -{a} 余额{b}",
                  "{dt} 支付宝-消费 -{s} 余额{b}", "{dt} 代发工资 +{a} 余额{b}", "{dt} 短信服务费 -2.00 余额{b}"]
BANK_HEAD = ["{bank}个人活期明细（{tail}）\n交易日期 摘要 金额 余额 对方户名 对方账号", "账户明细查询 {bank}\n起止日期：2026-01-01至2026-03-31",
             "这是我的流水，{bank}的：", "交易明细（{bank}储蓄卡{tail}）", "日期|摘要|金额|余额|对方户名|对方账号"]

LABEL = [
    "【顺丰速运】\n寄件人：{n1} {p1}\n寄件地址：{a1}\n收件人：{n2} {p2}\n收件地址：{a2}\n运单号：{t1:waybill}",
    "收件人：{n1}\n电话：{p1}\n地址：{a1}\n寄件人：{ag}法务部\n内件：律师函",
    "EMS 法院专递\n收件人：{n1}\n收件人电话：{p1}\n收件地址：{a1}\n寄件单位：{court}\n{case}",
    "他们寄到我老家的快递单上写的是：收件人{n1}，电话{p1}，地址{a1}，寄件人{n2}，电话{p2}",
    "【菜鸟驿站】您的快递已到站，取件码8-2-{cd}，请凭码取件。收件人：{n1}，收件地址：{a1}",
    "中通快递\n收 {n1} {p1}\n{a1}\n寄 {n2} {p2}\n{a2:park}",
    "快递面单照片打出来：\n收件人 {n1}\n手机 {p1}\n地址 {a1:dorm}\n备注：本人签收，不得代收",
    "京东快递 运单号 {t1:waybill}\n收货人：{n1}\n联系方式：{p1}\n收货地址：{a1}",
    "他们居然给我们村寄了一堆“催款通知书”，信封上收件人写的是{n1}家属，地址{a1:rural}，寄件人{n2}，电话{p1}",
    "韵达快递\n寄件人信息：{n1}/{p1}/{a1}\n收件人信息：{n2}/{p2}/{a2}",
]

FORM = [
    "姓名：{n1}\n性别：{sx}\n身份证号：{i1}\n手机：{p1}\n现住址：{a1}\n工作单位：{fac}\n单位地址：{a2:park}\n紧急联系人：{n2}（{relw}）{p2}",
    "求助登记\n称呼：{n1}\n联系电话：{p1}\n微信：{w1}\n借款平台：{plat}\n借款金额：{amt}\n遇到的问题：对方打电话给我家人",
    "借款申请表\n借款人姓名：{n1}\n身份证号码：{i1}\n手机号码：{p1}\n居住地址：{a1}\n联系人一：{n2} 关系：{relw} 电话：{p2}\n联系人二：{n3} 关系：同事 电话：{p3}",
    "房屋租赁合同\n出租方（甲方）：{n1}\n身份证号：{i1}\n联系电话：{p1}\n承租方（乙方）：{n2}\n身份证号：{i2}\n房屋坐落：{a1}",
    "紧急联系人登记\n本人：{n1}\n联系人：{n2}\n与本人关系：{relw}\n联系电话：{p1}\n联系地址：{a1}",
    "姓　　名：{n1}\n民　　族：汉\n出生日期：{yr}年{m}月{d}日\n住　　址：{a1}\n公民身份号码：{i1}",
    "name: {n1}\nphone: {p1}\nemail: {e1}\naddress: {a1}\nplatform: {plat}\namount: {amt}",
    "【信息更新】\n开户名：{n1}\n银行卡号：{c1}\n预留手机：{p1}\n支付宝账号：{e1}\n支付宝用户号：{z1}",
    "报案登记表\n报案人：{n1}\n证件号码：{i1}\n联系方式：{p1}\n住址：{a1}\n嫌疑人：自称{n2}，手机{p2}，微信{w1}",
    "员工信息表\n姓名：{n1}\n工号：{k1}\n宿舍：{a1:park}\n手机：{p1}\nQQ：{q1}",
    "学生信息\n姓名：{n1}\n学号：{k1}\n宿舍：{a1:dorm}\n家长：{n2}\n家长电话：{p1}\n辅导员：{n3}",
    "车辆信息\n车主：{n1}\n车牌号：{v1}\n联系电话：{p1}\n抵押合同编号：{h1}",
]

RARE = [
    "打电话的是{n1:cmp}杭州总部的，说我在{plat}的钱再不还就要移交法务",
    "我们公司的{n1:cmp}人事部的，说接到了三个催收电话找我",
    "委托代理人{n1:cmp}{firm}律师",
    "那个{n1:verb}又打电话来了，说可以给我减免一部分",
    "我表哥{n1:verb}成功帮我跟他们谈了分期",
    "{n1:verb}说可以，但是要先交一千的手续费，我觉得不对",
    "经办人{n1:cmp}，联系电话{p1}",
    "我同学{n1:verb}说他也接到了，问我是不是出事了",
    "催收的自称{n1:cmp}{ag}，这个姓我都没听说过",
    "{n1:verb}深圳分公司的，自己说的",
    "我们村的{n1:verb}人民医院上班，他们连她单位都打了",
    "收款人{n1:cmp}，开户行{bank}{city}支行",
    "{n1:cmp}、{n2:cmp}、{n3:verb}，这三个人轮流打我电话",
    "原告{n1:verb}与被告{n2:cmp}借款合同纠纷",
    "对方说他叫{n1:verb}，我问是哪个字，他说成功的成功",
    "{n1:rare}{city}人，在我们厂做保安，他也被打了电话",
    "邻居{n1:rare}说早上看见有人在我家门口拍照",
    "我老公的同事{n1:verb}不凡公司的业务员，也被他们骚扰了",
    "他报的名字是{n1:cmp}，还说公司在{a1:park}",
    "担保人一栏写的是{n1:verb}，可我根本没同意",
]

MASKED = [
    "判决书上写的是“原告{mask}诉被告{n1:star}”，我就是那个被告",
    "他们发的公示里把我的名字写成{n1:star}，但是身份证号{i1}是全的",
    "法院短信：{mask}，您与{plat}的纠纷已受理，承办人{n1}",
    "收款码上显示的是{n1:star}，我转过去之后显示的全名是{n2}",
    "被告{mask}（即我老公{n1:m}）至今未还款",
    "{mask}说他是{ag}的，他的工号是{k1}",
    "群里的公告写着：欠款人{n1:star}，身份证{i1}，请知情者转告",
    "我在黑猫上投诉了，平台回复说已联系{mask}处理，可那个人明明叫{n1}",
    "短信里说的{mask}我根本不认识，他们说是我老婆{n1:f}的同事",
    "他们把我表姐的名字打码成{n1:star}，电话却没打码：{p1}",
    "（以下简称{mask}）{mask}于{date}向{plat}借款{amt}，担保人{n1}",
    "微信转账页面显示对方是“{n1:star}”，他自己说叫{n2}",
    "失信名单上写的是{n1:star}，身份证号码{i1:684}，就是我",
    "判决书：原告{mask}，被告{n1:star}、{n2:star}，第三人{mask}",
    "快递单上收件人是{n1:star}，电话{p1}没有打码",
    "催收群发的曝光图：欠款人{n1:star}，紧急联系人{n2}，电话{p1}",
    "对方自称{mask}，后来我从转账记录查到全名叫{n1}，账户{c1}",
]

OTHER = [
    "他们用这几个号打的：{p1}、{p2}、{p3}{emo}",
    "座机{L1}，打过去是空号",
    "这个号码一直打{p1} 还有这个{p2} 我都录音了",
    "对方让我把钱打到这个卡{c1}，说是公司对公账户，我查了是个人卡",
    "我的身份证号被他们发到了网上{i1}，能删掉吗{emo}",
    "他们寄信到我宿舍{a1:dorm}，室友都看见了",
    "我家地址{a1:rural}，他们说明天就来",
    "邮箱{e1}每天收到十几封催收邮件",
    "他们加我的微信号是{w1}，加了之后就发威胁的话",
    "QQ{q1}给我发了好多我家人的照片",
    "车牌{v1}的车在我单位门口停了好几天",
    "合同编号{h1}，我根本没签过这个合同",
    "他说他的工号{k1}，让我投诉随便投",
    "他们打的号码：\n{p1:br}\n还有座机{L1}",
    "那个号码是 {p1:443}，我已经拉黑了",
    "电话：{p1:cn}，这是他们留给我的",
    "交易单号{t1:wx}，这是我转给他们的那一笔",
    "对方账户{c1}，交易流水号{t1:bank}",
    "我住的宿舍{a1:park}，他们把催款单贴在了宿舍楼下",
    "上门的人说的地址是{a1:estate}，就是我爸妈家",
    "打我电话的：{p1:344}、{p2:443}、{p3:dash}，全是外地号",
    "他们给我发的支付宝账号{e1}，用户号{z1}",
    "运单号{t1:waybill}，寄来的是假的律师函",
    "他们的邮箱{e1}，QQ{q1}，微信{w1}，全是同一个人",
    "律师执业证号{l1}，我去查了查不到",
    "打到我家座机{L1}，我妈接的{emo}",
    "他们报了我身份证后四位和全部号码{i1}",
    "号码{p1}\n{p2}\n{p3}\n都是今天打的",
    "我的户籍地址{a1:rural}，现住址{a2:estate}，他们都知道",
    "打来的号码用中文写给你们：{p1:cn}",
]

NONE_T = [
    "我真的要崩溃了{emo} {plat}天天打电话，我该怎么办",
    "请问暴力催收可以打哪个电话投诉？是{hot}吗",
    "欠了{amt}，逾期{days}，现在每天十几个电话，求助{emo}",
    "收件人：\n收件地址：\n寄件人：{ag}\n（面单上收件人那栏是空的）",
    "原告：（略）\n被告：（略）\n{case}\n案由：民间借贷纠纷",
    "交易详情\n-{amtn}\n交易成功\n付款方式：余额宝\n商品说明：{plat}还款",
    "{bank}个人活期明细（{tail}）\n结息 +0.36\n代发工资 +5,200.00\nATM取款 -2,000.00",
    "隐藏号码又打来了，一接就挂{emo}",
    "他们说已经移交{court}，案号{case}，我查了查不到",
    "我拨打了{hot}，客服说会转给相关部门处理",
    "第五次打电话了，今天一共打了二十多个",
    "我可以分期还吗？真的不是不还，是还不上{emo}",
    "成功申请了停息挂账，分{n}期，谢谢大家🙏",
    "紧急联系人：（未填写）\n联系电话：（未填写）",
    "法律规定催收不得骚扰无关第三人，对吧",
    "按《民法典》第六百七十五条，借款人应当按照约定的期限返还借款",
    "委托代理人：\n执业证号：\n（对方给的律师函上这两栏都是空的）",
    "今天是{date}，又收到了三条短信，都是一样的内容",
    "我妈说她要强了一辈子，没想到老了被人这样骂{emo}",
    "那个崔收员说话好难听 我真的受不了了 一直哭",
    "Day1 隐藏号码\nDay2 {plat}短信\nDay3 又是隐藏号码\nDay4 我报警了",
    "他们说要去我单位，我单位是国企，这下全完了{emo}",
    "我在工业园上班，宿舍八个人一间，现在整个宿舍都知道了",
    "我是学生，在宿舍被室友知道了借网贷的事，好丢人😭",
    "零钱明细\n微信红包 +8.88\n转账-退回 +200.00\n扫二维码付款 -15.00",
    "仲裁申请书上的被申请人是我，可我从来没收到过仲裁通知",
    "被告王某某，住址不详，这是判决书上写的",
    "收款方显示“**明”，我没看到全名",
    "对方工号没说，名字也没说，就说是{plat}的",
    "问一下，{ag}是正规公司吗？",
    "OMG 又来了{emo} 这周第七次",
    "我哥说可以帮我还一部分，剩下的我自己想办法",
    "他们说可以减免利息，只要今天还本金{amt}",
    "我已经成功和{plat}协商了，分二十四期",
    "这群人不凡啊，连我小学同学都能找到{emo}",
    "他说他们公司在光明区，具体哪里不说",
    "被申请人：（本人）\n仲裁请求：（见附件）",
    "交易单号：（截图被裁掉了）\n对方账户：（看不清）",
    "运单号：（撕掉了）\n收件人：我本人",
    "拨打了{hot}和12378都投诉了，还在等回复",
]


def fill_extra(tpl):
    """Resolve the non-slot helper placeholders used by some groups."""
    rep = {
        "{sx}": lambda: ch(["男", "女"]), "{relw}": lambda: ch(RELW), "{fac}": lambda: ch(FAC),
        "{city}": lambda: ch(["郑州", "长沙", "成都", "东莞", "周口", "苏州", "宁波", "南宁"]),
        "{note}": lambda: ch(NOTES), "{amtn}": lambda: f"{R.randint(2, 400) * 50}.00",
        "{amtn2}": lambda: f"{R.randint(2, 200) * 25}.00", "{small}": lambda: f"{R.randint(1, 199)}.{R.randint(0, 99):02d}",
        "{m}": lambda: str(R.randint(1, 12)), "{d}": lambda: str(R.randint(1, 28)),
        "{mm}": lambda: f"{R.randint(1, 12):02d}", "{dd}": lambda: f"{R.randint(1, 28):02d}",
        "{hms}": lambda: f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
        "{tail4}": lambda: digits(4), "{cd}": lambda: digits(4), "{last}": lambda: ch(VERB_GIVEN)[-1],
        "{n}": lambda: str(ch([6, 12, 18, 24, 36])),
    }
    for k, f in rep.items():
        while k in tpl:
            tpl = tpl.replace(k, f(), 1)
    return tpl


def build_bank(with_pii=True):
    head = ch(BANK_HEAD)
    rows = []
    n = R.randint(3, 6)
    npii = R.randint(1, min(3, n)) if with_pii else 0
    kinds = ["p"] * npii + ["x"] * (n - npii)
    R.shuffle(kinds)
    bal = R.randint(200, 30000)
    j = 0
    for kd in kinds:
        if R.random() < 0.7:
            dt = f"2026-{R.randint(1, 3):02d}-{R.randint(1, 28):02d}"
        else:
            dt = f"{R.randint(1, 3):02d}/{R.randint(1, 28):02d}"
        a = f"{R.randint(1, 90) * 100}.00"
        s = f"{R.randint(1, 99)}.{R.randint(0, 99):02d}"
        if kd == "p":
            j += 1
            r = ch(BANK_ROWS).replace("{n}", "{n%d}" % j).replace("{c}", "{c%d}" % j)
        else:
            r = ch(BANK_NONE_ROWS)
        r = r.replace("{dt}", dt).replace("{a}", a).replace("{s}", s).replace("{b}", f"{bal}.{R.randint(0, 99):02d}")
        bal = max(13, bal + R.randint(-3000, 3000))
        rows.append(r)
    tailtxt = ch(["", "\n上面转出去的都是还给他们指定的个人账户的", "\n对方户名都不是公司名", "\n{emo}我是不是被骗了"]) if with_pii else ""
    return head + "\n" + "\n".join(rows) + tailtxt


# ---------------------------------------------------------------- preserve
def build_preserve():
    P = []
    labels = ["收件人", "寄件人", "收件地址", "寄件地址", "收货人", "联系电话", "原告", "被告", "第三人", "委托代理人",
              "委托诉讼代理人", "申请人", "被申请人", "法定代表人", "负责人", "申请执行人", "被执行人", "证人", "受送达人",
              "对方账户", "对方户名", "对方账号", "收款方", "收款人", "付款人", "交易单号", "商户单号", "订单号", "转账单号",
              "运单号", "交易流水号", "紧急联系人", "联系人", "工号", "执业证号", "身份证号", "公民身份号码", "住址",
              "现住址", "户籍地址", "工作单位", "单位地址", "开户行", "开户名", "预留手机", "支付宝账号", "微信号",
              "QQ号", "车牌号", "经办人", "处理人", "复核", "调解员", "组长", "组员", "坐席", "外访", "学号", "宿舍",
              "辅导员", "家长电话", "车主", "抵押合同编号", "报案人", "嫌疑人", "出租方（甲方）", "承租方（乙方）"]
    empties = ["：", "：（略）", "：________", "：（空）", "：（见附件）", "：同上", "：（未填写）", "：（不详）", "：/", "： "]
    for lb in labels:
        for e in empties:
            P.append(lb + e)
    verb_sent = [
        "还款成功", "转账成功", "申请成功", "成功提交了投诉", "我已经成功协商了分期", "协商成功后记得要书面协议",
        "可以分期吗", "可以协商减免吗", "可以不接他们的电话吗", "我可以报警吗", "这样可以起诉他们吗", "可以申请停息挂账",
        "我妈是个要强的人", "他这个人很要强", "要强了一辈子", "不凡的一年", "自强不息", "自强不息，厚德载物",
        "很有才华", "中国建设银行", "建设路支行", "建设银行信用卡中心", "必胜客", "前进街道办事处", "一路前进",
        "胜利路派出所", "胜利油田", "得胜归来", "光明区人民法院", "光明新区", "光明日报", "来福士广场", "恭喜发财",
        "他很能干", "思远路", "安定门", "团结一心", "团结村村委会", "进步很大", "生意兴旺", "勇敢一点", "开心就好",
        "祝你快乐", "一切顺利", "平安银行", "中国平安", "平安普惠", "报个平安", "万事如意", "立新路", "卫国路",
        "国庆节前还款", "国庆假期", "振兴路", "乡村振兴", "红旗渠", "红旗街道", "爱国卫生运动", "奋斗了十年",
        "美丽乡村", "聪明反被聪明误", "我明白了", "明白了谢谢", "永胜县", "青山常在", "敢为人先", "有福同享",
        "诚实守信", "守信用", "再来一次", "得利斯", "喜乐年华", "来顺饭店", "有才能的人",
    ]
    P += verb_sent
    surword = ["第五期账单", "第五次打电话", "第五条", "第五十二条", "东门菜市场", "西门口", "南门广场", "百里挑一",
               "方圆百里", "东方明珠", "欧阳路", "司马光砸缸", "钟表店", "万一还不上", "令人发指", "令人害怕",
               "段落", "巫山县", "乐观一点", "闻到一股味", "呼叫转移", "赫然写着", "公孙树", "申请延期", "司法途径",
               "单位领导", "上官网查询", "诸事不顺", "皇甫村", "宇文化", "长孙女", "夏侯氏", "慕容雪村小说", "西门町",
               "第一次逾期", "第二次协商", "第三方催收", "东郭先生和狼", "端木家具", "淳于髡", "拓跋部落"]
    P += surword
    orgs = COURTS + ARBS + FIRMS + AGENCIES + [b + "信用卡中心" for b in BANKS] + [b + "客服" for b in BANKS]
    P += orgs
    for c in COURTS:
        for suf in ["立案庭", "执行局", "诉讼服务中心", "的短信是真的吗", "民事审判庭", "调解室"]:
            P.append(c + suf)
    for a in ARBS:
        for suf in ["秘书处", "网络仲裁", "的裁决书", "受理了吗"]:
            P.append(a + suf)
    parks = [c[1] + c[2] + p + "工业园" for c in CITIES for p in PARKS[:4]]
    P += parks
    P += [f"{p[2]}{t}镇人民政府" for p in PLACES for t in TOWNS[:2]]
    P += [f"{p[2]}人民法院" for p in PLACES] + [f"{p[1]}中级人民法院" for p in PLACES if p[1]]
    P += [f"{u}保卫处" for u in UNIS] + [f"{u}学生处" for u in UNIS]
    for h in HOTLINES:
        for fr in ["拨打{h}投诉", "客服热线{h}", "{h}是官方电话吗", "我打了{h}", "请致电{h}", "{h}转人工"]:
            P.append(fr.replace("{h}", h))
    for b in BANKS:
        for fr in ["{b}的流水怎么打印", "{b}账户被冻结了", "{b}储蓄卡", "到{b}柜台打流水", "{b}手机银行"]:
            P.append(fr.replace("{b}", b))
    cites = ["《民法典》第六百七十五条", "《民法典》第六百八十条", "《民法典》第一千零三十二条", "《民法典》第一千零三十四条",
             "《刑法》第二百九十三条之一", "《刑法》第二百五十三条之一", "《治安管理处罚法》第四十二条",
             "《个人信息保护法》第十条", "《个人信息保护法》第十三条", "《民事诉讼法》第二百二十五条",
             "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条",
             "《互联网金融逾期债务催收自律公约（试行）》", "《商业银行信用卡业务监督管理办法》第六十八条",
             "《仲裁法》第五十八条", "《民事诉讼法》第二百四十四条", "《消费者权益保护法》第二十九条"]
    for c in cites:
        P.append(c)
        for fr in ["根据{c}", "依据{c}的规定", "违反了{c}", "{c}怎么理解", "对方引用的{c}对吗"]:
            P.append(fr.replace("{c}", c))
    for plat in PLATS:
        for fr in ["{p}逾期{d}", "欠{p}{a}", "{p}的外包天天打电话", "{p}说要起诉我", "{p}能协商吗", "{p}的律师函是真的吗",
                   "{p}还款成功了", "{p}可以分期吗"]:
            P.append(fr.replace("{p}", plat).replace("{d}", f"{R.randint(3, 300)}天").replace("{a}", amount()))
    chrome = ["转账详情", "已收款", "待收款", "已退还", "交易成功", "交易关闭", "付款方式：零钱", "付款方式：余额宝",
              "付款方式：花呗", "商品说明：转账", "转账说明：还款", "转账说明：借款", "当前状态：对方已收钱", "账单详情",
              "零钱明细", "微信红包", "扫二维码付款", "申请电子回单", "查看往来转账", "联系收款方", "账单分类：转账红包",
              "个人活期明细", "交易日期 摘要 金额 余额", "结息", "ATM取款", "代发工资", "短信服务费", "跨行转出",
              "网银转入", "手机银行转账", "财付通-微信转账", "支付宝-消费", "起止日期", "打印流水要带身份证",
              "已签收", "派送中", "运输中", "快递柜", "菜鸟驿站", "取件码", "本人签收，不得代收", "内件：文件",
              "法院专递", "到付", "寄付", "保价", "签收人：本人", "签收人：门卫", "请凭码取件", "快件已由驿站代收",
              "此致", "敬礼", "具状人", "诉讼请求", "事实与理由", "仲裁请求", "请求事项", "答辩意见", "证据清单",
              "送达地址确认书", "授权委托书", "调解协议书", "执行裁定书", "支付令", "律师函", "公证书", "证人证言",
              "法律援助申请表", "财产保全申请书", "民事起诉状", "民事答辩状", "仲裁申请书", "值班表", "质检记录",
              "投诉回复", "处理结果：已处理", "复核：通过", "外访记录", "坐席", "调解三组", "催收二部", "法务专员",
              "贷后专员", "调解员", "工作证", "员工宿舍", "学生公寓", "宿舍楼下", "厂房", "工业园区管委会"]
    P += chrome
    emo_s = ["我真的要崩溃了", "谁能帮帮我", "我该怎么办", "求助", "救命", "太过分了", "我好害怕", "睡不着",
             "一直在哭", "手都在抖", "我不想活了这种话我不会说，但是真的很难", "谢谢大家", "谢谢你们", "好绝望",
             "气死我了", "他们太恶心了", "真的没脸见人了", "我妈被吓哭了", "我爸气得住院了", "全公司都知道了"]
    for s in emo_s:
        P.append(s)
        for _ in range(3):
            P.append(s + ch(EMO))
            P.append(ch(EMO) + s)
    homo_s = ["鱼期了三个月", "他们说要起述我", "崔收的人又来了", "收到了绿师函", "这算不算威协", "我以经还了一部分",
              "天天被搔扰", "他们加了我威信", "我该怎么半", "我不知到怎么办", "因该怎么处理", "在也不借网贷了",
              "收到段信说要上们", "通迅录被读取了", "我要抱警", "利细太高了", "能不能协尚", "一只打电话"]
    for s in homo_s:
        P.append(s)
        P.append(s + ch(EMO))
        P.append("语音输入的，" + s)
    mixed = ["他们一直 call 我", "so 我现在该怎么办", "真的 crazy", "我都要被 fire 了", "I don't know what to do",
             "我真的很 worried", "OMG 又来了", "Sorry 打字有点乱", "这个 app 太坑了", "my family 都被打了",
             "他们说要 sue 我", "完全是 harassment", "HR 找我谈话了", "boss 很生气", "please help"]
    for s in mixed:
        P.append(s)
        P.append(s + ch(EMO))
    masked = ["被告王某", "原告刘某", "被告张某某", "被执行人李某", "（以下简称赵某）", "陈某某于2025年借款",
              "欠款人黄某", "收款方显示**明", "公示里写的是周某", "第三人吴某某", "当事人郑某", "申请人孙某",
              "被申请人马某某", "证人林某", "对方自称何某", "王XX", "李**", "张先生", "刘女士", "令狐某",
              "第五某某", "欧阳某"]
    for s in masked:
        P.append(s)
        P.append(s + ch(["未到庭", "的事", "，住址不详", "已还款", "说明天来"]))
    kin = KIN_F + KIN_M
    elders = ["我妈", "我爸", "我奶奶", "我外婆", "我爷爷", "我外公", "我婆婆", "我公公", "我丈母娘", "我老丈人"]
    states = ["接到了催收电话", "被吓哭了", "不知道我借钱的事", "不是紧急联系人", "已经住院了", "被他们骂了",
              "天天失眠", "收到了短信", "被拉进了群", "也被加了微信", "气得一晚上没睡", "让我赶紧还钱"]
    old_states = ["年纪大了", "不会用智能手机", "耳朵不好", "七十多岁了", "用的是老人机", "有高血压"]
    for k in kin:
        for s in R.sample(states, 6):
            P.append(k + s)
        if k in elders:
            for s in R.sample(old_states, 3):
                P.append(k + s)
    # org or platform as the value of a party / sender label (not personal data)
    for lb in ["寄件人：", "寄件单位：", "申请人：", "被申请人：", "原告：", "第三人：", "收款方：", "对方户名："]:
        for org in R.sample(AGENCIES + [b + "信用卡中心" for b in BANKS] + FIRMS + COURTS, 6):
            P.append(lb + org)
    # place / organisation words that follow a name in the records, here on their own
    for w in ["杭州总部的人", "北京总部的", "深圳分公司的", "城东派出所的民警", "人事部的", "人民医院上班",
              "南京分公司打来的", "不凡公司的业务员", "长沙支行的客户经理", "浙江九鼎律师事务所律师"]:
        P.append(w)
        P.append("自称是" + w)
    # nameless run-on panic lines
    f1 = ["我真的不知道怎么办了", "我现在手都在抖", "我一晚上没睡", "我今天请假在家", "我在厂里上班",
          "我还在坐月子", "我刚下夜班", "我在学校", "我在医院陪我妈", "我刚发工资"]
    f2 = ["他们又打电话来了", "他们把电话打到了我单位", "他们在家族群里发了我的照片", "他们说今天就上门",
          "他们说要起诉我", "他们一直发短信", "他们给我爸妈打电话了", "他们说要通知我所有联系人"]
    f3 = ["我该怎么办", "谁能帮帮我", "这样合法吗", "我要不要报警", "我是不是只能认了", "求求你们帮帮我",
          "我真的快撑不住了", "我想先还一部分可以吗"]
    for _ in range(220):
        P.append(ch(f1) + ch([" ", "，", ""]) + ch(f2) + ch([" ", "，", "。"]) + ch(f3) + ch(["", ch(EMO), "？？？", "……"]))
    # nameless chronology and statement lines
    for _ in range(120):
        P.append(chrono_date(R.randint(1, 12), R.randint(1, 28), R.randrange(5)) + " " + time_s() + " "
                 + ch(CHRONO_EV_NONE).replace("{plat}", ch(PLATS)).replace("{days}", f"{R.randint(3, 300)}天").replace("{hot}", ch(HOTLINES)))
    for _ in range(100):
        r = ch(BANK_NONE_ROWS).replace("{dt}", f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}")
        P.append(r.replace("{a}", f"{R.randint(1, 90) * 100}.00").replace("{s}", f"{R.randint(1, 99)}.{R.randint(0, 99):02d}")
                 .replace("{b}", f"{R.randint(100, 40000)}.{R.randint(0, 99):02d}"))
    for k in KIN_F + KIN_M:
        P.append(ch(["1. ", "2、", "· ", "- ", ""]) + k + ch(["（号码没给他们）", "，被打了三次", "，没接", "，接了被骂", "：也收到了短信"]))
    rels = REL_F + REL_M + ROLE
    for r in rels:
        for fr in ["我的{r}也被打了", "{r}不是担保人", "他们打给了我{r}", "{r}的电话他们怎么有", "连{r}都被骚扰了"]:
            P.append(fr.replace("{r}", r))
    amts = []
    for _ in range(200):
        amts.append(ch(["借了", "欠了", "还了", "转了", "逾期金额", "本金", "利息", "罚息", "服务费"]) + amount())
    P += amts
    dates = []
    for _ in range(120):
        dates.append(date_s() + ch(["又打来了", "收到短信", "去派出所报警", "还了一部分", "打了十几个电话", "上门了", "发了律师函"]))
    P += dates
    times = [f"{date_s()} {time_s()}" for _ in range(60)]
    P += times
    cases = [f"案号{case_no()}" for _ in range(40)] + [f"{tail4()}的卡被扣款了" for _ in range(30)]
    P += cases
    return P


# ---------------------------------------------------------------- dedupe material
def norm(s):
    return re.sub(r"\s+", "", s)


def load_existing():
    files = []
    if os.path.isdir(DEDUPE_DIR):
        for fn in sorted(os.listdir(DEDUPE_DIR)):
            if not fn.startswith("scrub_") or fn.startswith("scrub_tune13"):
                continue
            if fn.endswith(".jsonl") or (fn.endswith(".txt") and "preserve" in fn):
                files.append(os.path.join(DEDUPE_DIR, fn))
    for p in EXTRA_DEDUPE:
        if os.path.exists(p):
            files.append(p)
    items = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            if path.endswith(".jsonl"):
                for line in f:
                    line = line.strip()
                    if line:
                        items.append(norm(json.loads(line)["text"]))
            else:
                for line in f:
                    line = line.rstrip("\n")
                    if line.strip():
                        items.append(norm(line))
    exact = set(items)
    big = "\x01".join(items)
    return len(files), exact, big


# ---------------------------------------------------------------- main
def main():
    nfiles, EXACT, BIG = load_existing()
    print(f"dedupe: {nfiles} files, {len(EXACT)} distinct texts/lines", file=sys.stderr)

    # preserve first: names must never occur in it
    cand = build_preserve()
    stats = Counter()
    preserve = []
    seen = set()
    for line in cand:
        k = norm(line)
        if not k:
            continue
        if k in seen:
            stats["own_repeat"] += 1
            continue
        seen.add(k)
        if k in EXACT:
            stats["exact"] += 1
            continue
        if k in BIG:
            stats["contained"] += 1
            continue
        if re.search(r"\d{7,}", line):
            stats["digits"] += 1
            continue
        preserve.append(line)
    R.shuffle(preserve)

    # reserved strings for names: template text, fillers, preserve
    all_tpl = PANIC + LEGAL + STAFF + PAY + LABEL + FORM + RARE + MASKED + OTHER + NONE_T + CHRONO_EV \
        + CHRONO_EV_NONE + CONTACT_ITEMS_F + CONTACT_EXTRA + CONTACT_HEAD + CONTACT_TAIL + BANK_ROWS \
        + BANK_NONE_ROWS + BANK_HEAD + NOTES
    RESERVED.extend(SLOT.sub("\x00", t) for t in all_tpl)
    RESERVED.extend(PLATS + BANKS + AGENCIES + FIRMS + COURTS + ARBS + FAC + KIN_F + KIN_M + REL_F + REL_M + ROLE)
    RESERVED.extend(norm(p) for p in preserve)
    RESERVED.extend(preserve)

    plan = ([("panic", t) for t in PANIC] + [("legal", t) for t in LEGAL] + [("staff", t) for t in STAFF]
            + [("pay", t) for t in PAY] + [("label", t) for t in LABEL] + [("form", t) for t in FORM]
            + [("rare", t) for t in RARE] + [("masked", t) for t in MASKED] + [("other", t) for t in OTHER]
            + [("none", t) for t in NONE_T])
    quotas = {"panic": 125, "legal": 55, "staff": 40, "pay": 50, "label": 35, "form": 45, "rare": 40,
              "masked": 25, "other": 55, "none": 70, "contacted": 60, "chrono": 70, "bank": 35}
    groups = {}
    for g, t in plan:
        groups.setdefault(g, []).append(t)
    jobs = []
    for g in ["panic", "contacted", "chrono", "legal", "staff", "pay", "bank", "label", "form", "rare",
              "masked", "other", "none"]:
        q = quotas[g]
        if g in groups:
            ts = groups[g]
            order = list(range(len(ts)))
            R.shuffle(order)
            seq = [order[i % len(order)] for i in range(q)]
            for i in seq:
                jobs.append((g, i))
        else:
            jobs += [(g, None)] * q
    R.shuffle(jobs)

    records = []
    own_texts = set()
    mb_raw = [""]     # texts with labelled spans blanked, joined
    mb_norm = [""]
    name_vals = []    # all labelled names so far
    use = Counter()
    rstats = Counter()
    blocked = []
    for g, ti in jobs:
        for attempt in range(300):
            if ti is not None and attempt and attempt % 25 == 0:
                if attempt == 25 and (g, ti) not in blocked and use[(g, ti)] == 0:
                    blocked.append((g, ti))
                ti = R.randrange(len(groups[g]))
            if g == "contacted":
                tpl = build_contacted()
            elif g == "chrono":
                tpl = build_chrono()
            elif g == "bank":
                tpl = build_bank(True)
            elif g == "none" and ti is not None and R.random() < 0.12 and attempt == 0:
                tpl = build_bank(False)
            else:
                tpl = groups[g][ti]
            tpl = fill_extra(tpl)
            noise = g == "panic" or (g in ("contacted", "chrono", "other", "none") and R.random() < 0.3)
            force = None
            if g in ("panic", "contacted", "chrono", "rare") and R.random() < 0.12:
                force = {"n%d" % R.randint(1, 2): "latin"}
            text, pii, spans = fill(tpl, noise=noise, force=force)
            k = norm(text)
            if k in own_texts:
                rstats["own_repeat"] += 1
                continue
            if k in EXACT or k in BIG:
                rstats["other_corpus"] += 1
                continue
            # class check
            if g == "none" and pii:
                raise RuntimeError("none with pii")
            if g != "none" and not pii:
                continue
            # coverage: every occurrence of every value inside a labelled span
            ok = True
            cover = [False] * len(text)
            for s, e, _, _ in spans:
                for j in range(s, e):
                    cover[j] = True
            for it in pii:
                v = it["value"]
                st = 0
                while True:
                    j = text.find(v, st)
                    if j < 0:
                        break
                    if not all(cover[j:j + len(v)]):
                        ok = False
                    st = j + 1
            vals = [it["value"] for it in pii]
            for a in vals:
                for b in vals:
                    if a != b and norm(a) in norm(b):
                        ok = False
            blank = "".join("\x00" if cover[j] else c for j, c in enumerate(text))
            if re.search(r"[0-9０-９]{7,}", blank):
                ok = False
            new_names = [it["value"] for it in pii if it["kind"] == "name"]
            if ok:
                for nm in new_names:
                    if nm in mb_raw[0] or norm(nm) in mb_norm[0]:
                        ok = False
                        break
            if ok:
                nb = norm(blank)
                for nm in name_vals:
                    if nm in blank or norm(nm) in nb:
                        ok = False
                        break
            if not ok:
                rstats["redraw_check"] += 1
                continue
            break
        else:
            raise RuntimeError(f"could not draw {g} {ti}")
        own_texts.add(k)
        mb_raw[0] += "\x01" + blank
        mb_norm[0] += "\x01" + norm(blank)
        for nm in new_names:
            if nm not in name_vals:
                name_vals.append(nm)
            USED_SET[nm] = USED_SET.get(nm, 0) + 1
        use[(g, ti)] += 1
        records.append({"group": g, "text": text, "pii": pii})

    # every template used
    for g, ts in groups.items():
        for i in range(len(ts)):
            if use[(g, i)] == 0:
                print(f"template never used: {g} {i} (blocked: {(g, i) in blocked})", file=sys.stderr)
                assert (g, i) in blocked
    # preserve lines must not contain any labelled name
    pj = "\x01".join(preserve)
    pjn = "\x01".join(norm(p) for p in preserve)
    for nm in name_vals:
        assert nm not in pj and norm(nm) not in pjn, "name in preserve"
    assert len(preserve) >= 2000, len(preserve)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune13.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(records):
            f.write(json.dumps({"id": f"t13-{i + 1:04d}", "text": r["text"], "sender": None, "pii": r["pii"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune13_preserve.txt"), "w", encoding="utf-8") as f:
        for line in preserve:
            f.write(line + "\n")

    kinds = Counter(it["kind"] for r in records for it in r["pii"])
    gc = Counter(r["group"] for r in records)
    print(f"preserve: {len(cand)} candidates, {stats['own_repeat']} own repeats, {stats['exact']} exact dups of "
          f"other corpora, {stats['contained']} contained, {stats['digits']} with 7+ digits, {len(preserve)} kept",
          file=sys.stderr)
    print(f"records: {len(records)}; redraws: own repeat {rstats['own_repeat']}, other corpus "
          f"{rstats['other_corpus']}, failed checks {rstats['redraw_check']}", file=sys.stderr)
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()), file=sys.stderr)
    print("groups: " + ", ".join(f"{k} {v}" for k, v in sorted(gc.items())), file=sys.stderr)
    print(f"no-pii records: {sum(1 for r in records if not r['pii'])}", file=sys.stderr)
    if os.environ.get("TUNE13_TEMPLATE_COUNTS"):
        for (g, i), c in sorted(use.items(), key=lambda x: (x[0][0], -1 if x[0][1] is None else x[0][1])):
            print(f"  {g} {i} {c}", file=sys.stderr)


if __name__ == "__main__":
    main()
