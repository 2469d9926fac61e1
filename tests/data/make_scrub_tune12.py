"""Scrubber tuning corpora, thirteenth writer: glued names, titles, nicknames, odd number formats.

Writes, next to this file (or into $TUNE12_OUT_DIR):
  scrub_tune12.jsonl           about 800 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune12_preserve.txt    2,500+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..11.md, the module
docstring of make_scrub_tune11.py, and `head -2` of scrub_tune11.jsonl and
scrub_tune11_preserve.txt).  Templates, word lists, word-names, place-like
names, minority / transliterated names, romanisation tables and preserve
sentences are this writer's own; ordinary Han names come from Faker zh_CN,
traditional names from Faker zh_TW.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune12.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW).  One random.Random(SEED); the
Faker instances are seeded from it; never iterates over a set.
The dedupe step reads the other scrub_* corpora in this directory (or in
$TUNE12_DEDUPE_DIR) at run time and prints counts only.
Set TUNE12_TEMPLATE_COUNTS=1 to print how often each template was used.

Styles (chosen to differ from the earlier writers):
  * the name as the object of an everyday verb with no cue (我昨天见了X,
    我托X帮我问问, 求你们别再吓唬X了);
  * the name glued to a following adverb / verb / particle (X刚, X又, X也,
    X就, X都, X才, X还, X居然, X马上, X呢, X吧, X啊, X嘛, X呀);
  * "echo" names whose surname repeats the first character of the word right
    before them, with words earlier writers did not use (谢谢谢X, 张贴张X,
    陈述陈X, 孙子孙X, 韩剧韩X, 温馨提示温X, 曾经曾X, 许多许X, 董事董X ...);
  * full names with a title glued after (X总, X姐, X老师, X师傅, X科长 ...)
    next to unlabelled back-references (老陈, 小李子, 王总, 李姐);
  * nicknames, including ones made of ordinary words (胖子, 铁蛋, 石头,
    向日葵), beside the labelled full name;
  * two-character full names that are ordinary words (高超 许诺 林立 施展 ...)
    and two-character names with a one-character given name;
  * names in quotes and brackets of every kind, lists with 和/跟/及/以及/与/、/
    同/或者/还有, names in address-like contexts (X收, 转交, 外访对象),
    names that look like county names (宁海, 金乡, 王永康) and places that look
    like names (张家界, 王府井, 刘家峡, 沈家门);
  * minority and transliterated names (Uyghur, Kazakh, Tibetan, Mongolian,
    Yi, Korean-Chinese, Vietnamese 阮氏X, Russian) with ·, ・, •, ‧, a space
    or U+3000; romanised names in many cases, orders and full-width letters;
  * names in long noisy SMS, at the very start or end of the text, in
    traditional characters, spaced between characters, split by a line break,
    and in run-on text without punctuation;
  * phones, IDs, cards, addresses in unusual formats: spoken digits (一三八,
    幺, 洞), mixed full-width digits, separators / . - space U+3000, +86,
    0086, (+86), extensions (转, 分机, ext., -NNN), landlines with area codes,
    numbers broken by a line break.

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text at the place where it was inserted; values listed once,
in order of first appearance; no value contains another value of the same
record (separators and case ignored); no labelled value occurs outside a
labelled span in any record or in any preserve line; no run of 7+ digits
(ASCII or full-width) outside labelled values; all texts and preserve lines
distinct; >= 2,500 preserve lines; every template used; record texts and
preserve lines that equal or are contained in a text or line of another
corpus (whitespace removed) are redrawn / dropped, and only counts are printed.
"""

import glob
import json
import os
import random
import re
import sys

from faker import Faker

SEED = 20270419
R = random.Random(SEED)
FK = Faker("zh_CN")
FK.seed_instance(R.randrange(2 ** 31))
FT = Faker("zh_TW")
FT.seed_instance(R.randrange(2 ** 31))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE12_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE12_DEDUPE_DIR", HERE)
OWN_FILES = ("scrub_tune12.jsonl", "scrub_tune12_preserve.txt")

SEPS = " \u3000\t\r\n·•・‧．.-_/,;，、"


def norm(s):
    return "".join(ch for ch in s.lower() if ch not in SEPS)


def nows(s):
    return "".join(s.split())


def fw(s):
    """Full-width forms of ASCII letters and digits."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "a" <= ch <= "z" or "A" <= ch <= "Z":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# Name lists (own)
# ---------------------------------------------------------------------------

# two-character full names that are also ordinary words (surname + given)
WORD_NAMES = ["高超", "高尚", "许诺", "林立", "施展", "钟情", "余生", "白杨", "宋词", "韩冰",
              "贺喜", "向荣", "严谨", "唐诗", "丰收", "汪洋", "何方", "齐全", "关爱", "毕生",
              "温情", "梁栋", "甘露", "云海"]
# names that look like county / city names
PLACEY2 = ["宁海", "常宁", "江陵", "金乡", "高邮", "万宁", "安吉", "宁乡", "武安", "华容",
           "黄梅", "云和", "周至", "柏乡"]
PLACEY_GIVEN = ["永康", "长兴", "广安", "武威", "新民", "建平", "泰和", "兴平", "海宁", "富平",
                "宜良", "德清", "安平", "永年", "长丰", "开平", "隆昌"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙",
            "夏侯", "宇文", "长孙", "司徒", "端木", "西门", "独孤", "南宫"]

UY_GIVEN = ["阿依古丽", "买买提", "艾力", "热依拉", "古丽娜扎", "阿不都", "努尔", "帕丽达",
            "吐尔洪", "迪丽努尔", "麦麦提", "阿迪力", "热合曼", "祖力亚", "依明", "阿曼古丽"]
UY_FATHER = ["吐尔逊", "艾合买提", "阿不都热依木", "买买提明", "肉孜", "司马义", "亚森",
             "卡德尔", "托乎提", "热西提", "尼亚孜", "哈力克", "艾则孜", "伊敏"]
KZ_GIVEN = ["努尔兰", "叶尔兰", "阿依达娜", "哈布都拉", "别克", "巴合提亚尔", "古丽巴哈尔"]
KZ_FATHER = ["哈米提", "吐尔逊别克", "加尔肯", "努尔别克", "阿斯哈尔"]
TIB = ["扎西", "次仁", "格桑", "卓玛", "央金", "洛桑", "丹增", "达瓦", "尼玛", "拉姆", "平措",
       "多吉", "顿珠", "白玛", "索朗", "旺姆"]
MONG = ["巴特尔", "乌云", "其木格", "那仁", "苏和", "额尔敦", "宝音", "孟和", "图雅", "萨仁",
        "朝鲁", "格日勒"]
YI = [("吉克", "阿依"), ("阿西", "拉古"), ("曲比", "阿果"), ("沙马", "日哈"), ("阿苏", "木呷"),
      ("海来", "阿支")]
KOR_SUR = ["朴", "崔", "金", "郑", "申", "俞", "全"]
KOR_GIVEN = ["成浩", "英姬", "美善", "明哲", "顺子", "昌洙", "贤淑", "龙哲", "春花", "哲洙"]
VIET = ["阮氏玉", "阮氏香", "黎氏花", "阮氏兰", "陈氏梅", "阮氏秋", "范氏莲", "黎氏荷"]
RUS = [("伊万", "彼得罗夫"), ("安娜", "库兹涅佐娃"), ("谢尔盖", "伊万诺夫"), ("娜塔莎", "索科洛娃"),
       ("阿列克谢", "波波夫"), ("奥尔加", "瓦西里耶娃")]

# surname -> pinyin, and given-name characters with pinyin (own tables)
SUR_PY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
          ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
          ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"),
          ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"),
          ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"),
          ("肖", "Xiao"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"),
          ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"),
          ("丁", "Ding"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("崔", "Cui"), ("钟", "Zhong"),
          ("谭", "Tan"), ("范", "Fan"), ("廖", "Liao"), ("贾", "Jia"), ("邹", "Zou"), ("孟", "Meng"),
          ("熊", "Xiong"), ("秦", "Qin"), ("邱", "Qiu"), ("薛", "Xue"), ("闫", "Yan"), ("侯", "Hou"),
          ("顾", "Gu"), ("郝", "Hao"), ("龚", "Gong"), ("邵", "Shao"), ("覃", "Qin"), ("戴", "Dai"),
          ("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan")]
GIV_PY = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
          ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
          ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"),
          ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"), ("英", "ying"), ("华", "hua"),
          ("建", "jian"), ("国", "guo"), ("志", "zhi"), ("红", "hong"), ("玉", "yu"), ("兰", "lan"),
          ("春", "chun"), ("海", "hai"), ("燕", "yan"), ("鹏", "peng"), ("辉", "hui"), ("婷", "ting"),
          ("雪", "xue"), ("晓", "xiao"), ("慧", "hui"), ("欣", "xin"), ("宇", "yu"), ("浩", "hao"),
          ("凯", "kai"), ("琳", "lin"), ("颖", "ying"), ("倩", "qian"), ("文", "wen"), ("斌", "bin"),
          ("博", "bo"), ("俊", "jun"), ("梅", "mei"), ("萍", "ping"), ("飞", "fei"), ("鑫", "xin"),
          ("峰", "feng"), ("晨", "chen"), ("亮", "liang"), ("佳", "jia"), ("思", "si"), ("嘉", "jia"),
          ("梓", "zi"), ("怡", "yi"), ("涵", "han"), ("瑶", "yao"), ("航", "hang"), ("轩", "xuan"),
          ("泽", "ze"), ("睿", "rui"), ("昊", "hao"), ("蕾", "lei")]
ENG_GIVEN = ["Kevin", "Amy", "Jason", "Cindy", "Tony", "Vivian", "Eric", "Grace", "Leo", "Coco",
             "Jack", "Lily", "Sunny", "Frank", "Helen", "Alex", "Tina", "Peter"]

# nicknames (never labelled) and name-like places (never names)
NICKS = ["胖子", "铁蛋", "小甜甜", "二狗", "眼镜", "豆豆", "老好人", "猴子", "二婶", "大头",
         "石头", "阿毛", "老幺", "黑皮", "大个子", "小胖"]
NAMEY_PLACES = ["张家界", "王府井", "刘家峡", "陈家祠", "周庄", "马鞍山", "黄石", "高碑店", "石家庄",
                "沈家门", "杨浦区", "朱家角", "李沧区", "吴中区", "徐汇区", "罗湖区", "梁平区", "谢家湾",
                "宋庄", "韩城", "曹妃甸", "彭州", "曾厝垵", "董家渡", "袁家岭", "潘家园", "于家堡",
                "蔡甸区", "余杭区", "叶城", "程家桥", "苏家屯", "魏公村", "吕梁", "任城区", "卢湾",
                "姜堰", "崔各庄", "钟楼区", "陆家嘴", "范县", "石景山", "贾汪区", "夏邑", "方庄",
                "白沟", "邹城", "孟津", "秦皇岛", "邱县", "薛城区", "雷州", "侯马", "龙岗区", "黎城",
                "顾村", "万州区", "钱塘区", "武侯区", "田林路", "肖家河", "蒋村", "孙家湾", "郭家沟"]

# ---------------------------------------------------------------------------
# Fillers (never labelled)
# ---------------------------------------------------------------------------

PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "美团月付", "分期乐", "安逸花", "360借条", "度小满",
         "招联金融", "洋钱罐", "拍拍贷", "众安小贷", "还呗", "省呗", "携程借钱", "小赢卡贷", "好分期"]
BANKS = ["招商银行", "建设银行", "工商银行", "农业银行", "中国银行", "交通银行", "浦发银行", "中信银行",
         "光大银行", "民生银行", "广发银行", "平安银行", "兴业银行", "邮储银行", "华夏银行"]
HOTLINES = [("工商银行", "95588"), ("建设银行", "95533"), ("农业银行", "95599"), ("中国银行", "95566"),
            ("招商银行", "95555"), ("交通银行", "95559"), ("浦发银行", "95528"), ("民生银行", "95568"),
            ("广发银行", "95508"), ("兴业银行", "95561"), ("平安银行", "95511"), ("邮储银行", "95580"),
            ("光大银行", "95595"), ("中信银行", "95558"), ("华夏银行", "95577"), ("支付宝", "95188"),
            ("微信支付", "95017"), ("京东金融", "95118")]
PUBLIC = [("反诈专线", "96110"), ("网络不良与垃圾信息举报受理中心", "12321"), ("金融监管投诉热线", "12378"),
          ("人民银行金融消费权益保护咨询投诉电话", "12363"), ("政务服务便民热线", "12345"),
          ("消费者投诉举报专线", "12315"), ("诉讼服务热线", "12368"), ("公共法律服务热线", "12348"),
          ("检察服务热线", "12309"), ("报警电话", "110")]
CITIES = ["郑州", "成都", "长沙", "武汉", "合肥", "济南", "南昌", "昆明", "贵阳", "南宁", "西安",
          "太原", "兰州", "福州", "杭州", "温州", "东莞", "佛山", "惠州", "洛阳", "南阳", "信阳",
          "周口", "商丘", "临沂", "潍坊", "赣州", "遵义", "绵阳", "宜宾", "襄阳", "宜昌", "株洲",
          "岳阳", "芜湖", "阜阳", "徐州", "盐城", "泉州", "漳州", "大连", "鞍山", "长春", "哈尔滨",
          "呼和浩特", "银川", "西宁", "乌鲁木齐", "拉萨", "海口", "三亚", "北京", "上海", "广州",
          "深圳", "天津", "重庆", "南京", "苏州", "无锡"]
COUNTIES = ["沈丘县", "郸城县", "固始县", "临泉县", "曹县", "巨野县", "商水县", "涟水县", "睢宁县",
            "邵东市", "宣威市", "会理市", "泗县", "太和县", "鄄城县", "滑县", "新蔡县", "永城市"]
DATES = ["3月5号", "11月20日", "上周三", "前天晚上", "昨天下午", "2026年4月8日", "月初", "这个月15号",
         "上个月底", "国庆节前", "4月30日前", "大年初二", "周日早上", "6月18号", "9月1号开学那天"]
TIMES = ["晚上十点多", "21:37", "早上七点", "凌晨一点", "中午12点半", "下午三点左右", "23:05", "早上6:40"]
DAYS = ["87天", "三个月", "45天", "一百二十多天", "半年", "16天", "第92天", "两个多月"]


def amt():
    return wpick([
        (lambda: "%d元" % (R.randrange(5, 400) * 100), 3),
        (lambda: pick(["一万二", "八千多", "三千五", "两万六", "五千", "一万出头", "六百八", "四万多"]), 2),
        (lambda: "¥%s.%02d" % ("{:,}".format(R.randrange(300, 60000)), R.randrange(100)), 2),
        (lambda: "%d.%d万" % (R.randrange(1, 9), R.randrange(10)), 1),
    ])()


def tail4():
    return "%04d" % R.randrange(10000)


FILLERS = {
    "amt": amt, "plat": lambda: pick(PLATS), "bank": lambda: pick(BANKS),
    "date": lambda: pick(DATES), "time": lambda: pick(TIMES), "days": lambda: pick(DAYS),
    "city": lambda: pick(CITIES), "county": lambda: pick(COUNTIES), "tail": tail4,
    "nick": lambda: pick(NICKS), "nplace": lambda: pick(NAMEY_PLACES),
    "hot": lambda: "%s%s" % pick(HOTLINES),
}

# ---------------------------------------------------------------------------
# PII formatters
# ---------------------------------------------------------------------------

MOBILE_PFX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
              "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
              "191", "193", "195", "198", "199"]
CN_DIG = "零一二三四五六七八九"


def spoken(digits, yao=0.5, dong=0.15):
    use_yao = R.random() < yao
    use_dong = R.random() < dong
    out = []
    for d in digits:
        if d == "1" and use_yao:
            out.append("幺")
        elif d == "0" and use_dong:
            out.append("洞")
        elif d.isdigit():
            out.append(CN_DIG[int(d)])
        else:
            out.append(d)
    return "".join(out)


def mixfw(s):
    return "".join(fw(c) if c.isdigit() and R.random() < 0.5 else c for c in s)


def mobile_raw():
    return pick(MOBILE_PFX) + "".join(str(R.randrange(10)) for _ in range(8))


def fmt_mobile(style=None):
    m = mobile_raw()
    a, b, c = m[:3], m[3:7], m[7:]
    style = style or wpick([("plain", 5), ("sp", 3), ("dash", 2), ("dot", 2), ("slash", 1),
                            ("p86", 2), ("p86sp", 2), ("p86dash", 1), ("pp86", 1), ("0086", 2),
                            ("0086sp", 1), ("fw", 2), ("mixfw", 2), ("spoken", 3), ("spoken_sp", 3),
                            ("half", 1), ("split", 2), ("ideo", 1), ("443", 1), ("38", 1)])
    if style == "plain":
        return m
    if style == "sp":
        return "%s %s %s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "slash":
        return "%s/%s/%s" % (a, b, c)
    if style == "p86":
        return "+86" + m
    if style == "p86sp":
        return "+86 %s %s %s" % (a, b, c)
    if style == "p86dash":
        return "+86-%s-%s-%s" % (a, b, c)
    if style == "pp86":
        return "(+86)%s" % m
    if style == "0086":
        return "0086" + m
    if style == "0086sp":
        return "0086 %s-%s-%s" % (a, b, c)
    if style == "fw":
        return fw(m)
    if style == "mixfw":
        s = mixfw(m)
        if s == m:
            s = fw(m[0]) + m[1:]
        return s
    if style == "spoken":
        return spoken(m)
    if style == "spoken_sp":
        return " ".join([spoken(a), spoken(b), spoken(c)])
    if style == "half":
        return a + spoken(b) + c
    if style == "split":
        k = R.randrange(3, 9)
        return m[:k] + "\n" + m[k:]
    if style == "ideo":
        return "%s\u3000%s\u3000%s" % (a, b, c)
    if style == "443":
        return "%s %s %s" % (m[:4], m[4:8], m[8:])
    if style == "38":
        return "%s %s" % (a, m[3:])
    raise ValueError(style)


AREA = [("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0371", 8), ("028", 8), ("0531", 8),
        ("0731", 8), ("0551", 7), ("0871", 8), ("0951", 7), ("0394", 7), ("0377", 7), ("0898", 8),
        ("0591", 8), ("0471", 7)]


def fmt_land(style=None):
    code, n = pick(AREA)
    num = str(R.randrange(2, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))
    ext = str(R.randrange(100, 9999))
    style = style or wpick([("dash", 3), ("paren", 2), ("cparen", 2), ("space", 2), ("zhuan", 2),
                            ("fenji", 1), ("ext", 1), ("dashext", 1), ("p86", 1), ("spoken", 1),
                            ("split", 1), ("fw", 1)])
    if style == "dash":
        return "%s-%s" % (code, num)
    if style == "paren":
        return "(%s)%s" % (code, num)
    if style == "cparen":
        return "（%s）%s %s" % (code, num[:4], num[4:])
    if style == "space":
        return "%s %s" % (code, num)
    if style == "zhuan":
        return "%s-%s转%s" % (code, num, ext)
    if style == "fenji":
        return "%s-%s 分机 %s" % (code, num, ext)
    if style == "ext":
        return "%s %s ext.%s" % (code, num, ext)
    if style == "dashext":
        return "%s-%s-%s" % (code, num, ext)
    if style == "p86":
        return "+86-%s-%s" % (code[1:], num)
    if style == "spoken":
        return spoken(code, yao=0.2, dong=0) + " " + spoken(num, yao=0.3, dong=0)
    if style == "split":
        return "%s-\n%s" % (code, num)
    if style == "fw":
        return fw("%s-%s" % (code, num))
    raise ValueError(style)


ID_AREA = ["410102", "410105", "411324", "412726", "370302", "371302", "510107", "430104", "130602",
           "341202", "320303", "420111", "360702", "450103", "520303", "610113", "140105", "210211",
           "230102", "330302", "350503", "530111", "500112", "371721", "411625", "341221", "372929"]


def id_raw():
    y = R.randrange(1958, 2004)
    mo = R.randrange(1, 13)
    d = R.randrange(1, 29)
    body = "%s%04d%02d%02d%03d" % (pick(ID_AREA), y, mo, d, R.randrange(1, 1000))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(body[i]) * w[i] for i in range(17)) % 11
    return body + "10X98765432"[s]


def fmt_id(style=None):
    v = id_raw()
    style = style or wpick([("plain", 4), ("x", 1), ("s684", 2), ("s6444", 2), ("dash", 1),
                            ("fw", 1), ("mixfw", 1), ("spoken", 2), ("split", 2), ("ideo", 1)])
    if style == "x":
        for _ in range(40):
            if v.endswith("X"):
                break
            v = id_raw()
        return v[:-1] + pick(["x", "X"])
    if style == "plain":
        return v
    if style == "s684":
        return "%s %s %s" % (v[:6], v[6:14], v[14:])
    if style == "s6444":
        return "%s %s %s %s" % (v[:6], v[6:10], v[10:14], v[14:])
    if style == "dash":
        return "%s-%s-%s" % (v[:6], v[6:14], v[14:])
    if style == "fw":
        return fw(v)
    if style == "mixfw":
        return v[:6] + fw(v[6:14]) + v[14:]
    if style == "spoken":
        return spoken(v, yao=0.3, dong=0)
    if style == "split":
        k = R.randrange(6, 15)
        return v[:k] + "\n" + v[k:]
    if style == "ideo":
        return "%s\u3000%s\u3000%s" % (v[:6], v[6:14], v[14:])
    raise ValueError(style)


CARD_PFX = ["622202", "621700", "622848", "621661", "622588", "623058", "621226", "622700", "621483",
            "622908", "625965", "621799", "622260", "621559"]


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card_raw():
    n = pick([16, 19, 19, 16, 18])
    body = pick(CARD_PFX) + "".join(str(R.randrange(10)) for _ in range(n - 7))
    return luhn_complete(body)


def groups(s, k, sep):
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def fmt_card(style=None):
    v = card_raw()
    style = style or wpick([("plain", 3), ("sp4", 3), ("dash4", 2), ("slash4", 1), ("dot4", 1),
                            ("six", 1), ("fw", 1), ("mixfw", 1), ("spoken", 2), ("split", 2),
                            ("ideo", 1)])
    if style == "plain":
        return v
    if style == "sp4":
        return groups(v, 4, " ")
    if style == "dash4":
        return groups(v, 4, "-")
    if style == "slash4":
        return groups(v, 4, "/")
    if style == "dot4":
        return groups(v, 4, ".")
    if style == "six":
        return v[:6] + " " + v[6:]
    if style == "fw":
        return fw(groups(v, 4, " "))
    if style == "mixfw":
        return v[:4] + fw(v[4:12]) + v[12:]
    if style == "spoken":
        return groups(spoken(v, yao=0.3, dong=0), 4, " ")
    if style == "split":
        k = R.randrange(6, len(v) - 3)
        return v[:k] + "\n" + v[k:]
    if style == "ideo":
        return groups(v, 4, "\u3000")
    raise ValueError(style)


SYL = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
       "ma", "zhu", "hu", "guo", "lin", "luo", "xiao", "han", "feng", "deng", "cao", "peng",
       "ming", "hua", "jun", "fang", "lei", "ting", "yan", "hong", "xin", "jie", "tao", "yu",
       "qing", "bo", "kai", "ning", "fei", "rui", "hao", "jing", "ling", "xue"]
MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "hotmail.com",
            "139.com", "yeah.net", "outlook.com", "sohu.com", "aliyun.com"]


def mail_local():
    a = pick(SYL) + pick(SYL)
    return wpick([(lambda: a + str(R.randrange(10, 9999)), 3), (lambda: a + "_" + str(R.randrange(1970, 2005)), 2),
                  (lambda: pick(SYL) + "." + pick(SYL) + str(R.randrange(1, 99)), 1),
                  (lambda: str(R.randrange(10 ** 7, 10 ** 10)), 1)])()


def fmt_email(style=None):
    loc, dom = mail_local(), pick(MAIL_DOM)
    style = style or wpick([("plain", 5), ("upper", 1), ("fwat", 1), ("cap", 1)])
    if style == "plain":
        return loc + "@" + dom
    if style == "upper":
        return (loc + "@" + dom).upper()
    if style == "fwat":
        return loc + "＠" + dom
    if style == "cap":
        return loc[0].upper() + loc[1:] + "@" + dom.capitalize()
    raise ValueError(style)


def fmt_qq(style=None):
    v = str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(R.randrange(7, 10)))
    style = style or wpick([("plain", 4), ("sp", 1), ("fw", 1), ("spoken", 1)])
    if style == "plain":
        return v
    if style == "sp":
        return groups(v, 3, " ")
    if style == "fw":
        return fw(v)
    if style == "spoken":
        return spoken(v, yao=0.4, dong=0)
    raise ValueError(style)


def fmt_wx(style=None):
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    style = style or wpick([("wxid", 2), ("py", 3), ("pyu", 1), ("upper", 1)])
    if style == "wxid":
        return "wxid_" + "".join(pick(alnum) for _ in range(14))
    if style == "py":
        return pick(SYL) + pick(SYL) + str(R.randrange(1, 99999))
    if style == "pyu":
        return pick(SYL) + "_" + pick(SYL) + "_" + str(R.randrange(10, 999))
    if style == "upper":
        return (pick(SYL) + pick(SYL)).capitalize() + str(R.randrange(100, 9999))
    raise ValueError(style)


def fmt_acc(style=None):
    style = style or wpick([("alipay", 3), ("contract", 2), ("loan", 2), ("member", 1)])
    if style == "alipay":
        return "2088" + "".join(str(R.randrange(10)) for _ in range(12))
    if style == "contract":
        return "HT%d%02d%06d" % (R.randrange(2023, 2027), R.randrange(1, 13), R.randrange(10 ** 6))
    if style == "loan":
        return "%s%d%08d" % (pick(["JK", "XD", "LN", "DK"]), R.randrange(2023, 2027), R.randrange(10 ** 8))
    if style == "member":
        return "U" + "".join(str(R.randrange(10)) for _ in range(9))
    raise ValueError(style)


PLATE_PROV = ["豫", "鲁", "川", "湘", "粤", "冀", "皖", "苏", "鄂", "赣", "桂", "贵", "陕", "晋", "辽",
              "黑", "浙", "闽", "云", "渝", "京", "沪"]


def fmt_plate(style=None):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    p, l = pick(PLATE_PROV), pick("ABCDEFGHK")
    new = R.random() < 0.25
    if new:
        tail = pick("DF") + "".join(str(R.randrange(10)) for _ in range(5))
    else:
        tail = "".join(pick(letters) if (i == 0 and R.random() < 0.4) else str(R.randrange(10)) for i in range(5))
    style = style or wpick([("plain", 3), ("dot", 2), ("sp", 2), ("dash", 1), ("fw", 1)])
    if style == "plain":
        return p + l + tail
    if style == "dot":
        return p + l + "·" + tail
    if style == "sp":
        return p + l + " " + tail
    if style == "dash":
        return p + l + "-" + tail
    if style == "fw":
        return p + fw(l + tail)
    raise ValueError(style)


PROV = [("河南省", "郑州市", "金水区"), ("山东省", "临沂市", "兰山区"), ("四川省", "成都市", "武侯区"),
        ("湖南省", "长沙市", "雨花区"), ("广东省", "东莞市", "长安镇"), ("河北省", "保定市", "竞秀区"),
        ("安徽省", "阜阳市", "颍州区"), ("江苏省", "徐州市", "云龙区"), ("湖北省", "武汉市", "洪山区"),
        ("江西省", "赣州市", "章贡区"), ("广西壮族自治区", "南宁市", "青秀区"), ("贵州省", "遵义市", "汇川区"),
        ("陕西省", "西安市", "雁塔区"), ("山西省", "太原市", "小店区"), ("辽宁省", "大连市", "甘井子区"),
        ("黑龙江省", "哈尔滨市", "道里区"), ("浙江省", "温州市", "鹿城区"), ("福建省", "泉州市", "丰泽区"),
        ("云南省", "昆明市", "官渡区"), ("重庆市", "", "渝北区")]
ROADS = ["建设路", "人民路", "解放路", "文化路", "纬五路", "经三路", "红旗路", "新华路", "胜利街", "北京路",
         "光明路", "花园路", "长江路", "迎宾大道", "幸福路", "工业大道", "滨河东路"]
ESTATES = ["阳光花园", "锦绣家园", "万科城", "碧桂园", "名门世家", "翡翠城", "滨河湾", "金色港湾", "御景苑",
           "东方今典", "世纪城", "和谐家园", "书香苑", "丽水湾", "新城国际"]
VILL = [("沈丘县", "付井镇", "后楼村"), ("郸城县", "汲冢镇", "大刘庄村"), ("固始县", "陈集镇", "新店村"),
        ("临泉县", "杨桥镇", "孙庄村"), ("曹县", "青菏镇", "韩集村"), ("巨野县", "田庄镇", "前营村"),
        ("商水县", "邓城镇", "西街村"), ("涟水县", "高沟镇", "唐集村"), ("睢宁县", "魏集镇", "东湖村"),
        ("泗县", "草沟镇", "新华村"), ("滑县", "留固镇", "前庄村"), ("鄄城县", "旧城镇", "蒋庄村")]


def cnum(n):
    """small integer in Chinese numerals, as people write house numbers"""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fmt_addr(style=None):
    p, c, d = pick(PROV)
    road, est = pick(ROADS), pick(ESTATES)
    no, bld, unit = R.randrange(1, 300), R.randrange(1, 32), R.randrange(1, 6)
    room = "%d%02d" % (R.randrange(1, 33), R.randrange(1, 5))
    style = style or wpick([("full", 2), ("spaces", 2), ("commas", 1), ("slash", 1), ("lines", 2),
                            ("cn", 2), ("dash", 2), ("village", 3), ("village_sp", 1), ("fw", 1),
                            ("cross", 1), ("fu", 1), ("noprov", 2)])
    if style == "full":
        return "%s%s%s%s%d号%s%d栋%d单元%s室" % (p, c, d, road, no, est, bld, unit, room)
    if style == "spaces":
        return " ".join(x for x in [p, c, d, "%s%d号" % (road, no), est, "%d栋" % bld, "%d单元" % unit, room] if x)
    if style == "commas":
        return "，".join(x for x in [p, c, d, "%s%d号" % (road, no), "%s%d号楼%d单元%s" % (est, bld, unit, room)] if x)
    if style == "slash":
        return "/".join(x for x in [c or p, d, "%s%d号" % (road, no), "%s%d-%d-%s" % (est, bld, unit, room)] if x)
    if style == "lines":
        return "%s%s%s\n%s%d号\n%s%d号楼%d单元%s" % (p, c, d, road, no, est, bld, unit, room)
    if style == "cn":
        return "%s%s%s号楼%s单元%s" % (d, est, cnum(bld), cnum(unit), "".join(CN_DIG[int(x)] for x in room))
    if style == "dash":
        return "%s%s%s %d-%d-%s" % (c or p, d, est, bld, unit, room)
    if style == "village":
        cty, town, vil = pick(VILL)
        return "%s%s%s%s组%d号" % (cty, town, vil, cnum(R.randrange(1, 12)), R.randrange(1, 99))
    if style == "village_sp":
        cty, town, vil = pick(VILL)
        return "%s %s %s %d队" % (cty, town, vil, R.randrange(1, 12))
    if style == "fw":
        return "%s%s%s号%s%s栋%s单元%s室" % (d, road, fw(str(no)), est, fw(str(bld)), fw(str(unit)), fw(room))
    if style == "cross":
        return "%s%s与%s交叉口往东%d米%s%d号楼" % (c or p, d, road, R.randrange(1, 9) * 50, est, bld)
    if style == "fu":
        return "%s%s%d号附%d号" % (d, road, no, R.randrange(1, 9))
    if style == "noprov":
        return "%s%d号%s%d栋%d单元%s" % (road, no, est, bld, unit, room)
    raise ValueError(style)


TW_ADDR = ["台中市西屯區台灣大道三段%d號%d樓之%d", "新北市板橋區文化路一段%d巷%d號%d樓",
           "高雄市三民區建國二路%d號%d樓%d室", "桃園市中壢區中正路%d號%d樓之%d"]


def fmt_addr_tw(style=None):
    return pick(TW_ADDR) % (R.randrange(1, 300), R.randrange(2, 20), R.randrange(1, 9))


def fmt_phone_tw(style=None):
    m = "09" + "".join(str(R.randrange(10)) for _ in range(8))
    return wpick([(m, 1), ("%s-%s-%s" % (m[:4], m[4:7], m[7:]), 2), ("+886 " + m[1:4] + " " + m[4:7] + " " + m[7:], 1)])


PII = {
    "phone": ("phone", fmt_mobile), "land": ("phone", fmt_land), "id": ("id_number", fmt_id),
    "card": ("bank_card", fmt_card), "email": ("email", fmt_email), "qq": ("qq", fmt_qq),
    "wx": ("wechat", fmt_wx), "acc": ("account", fmt_acc), "plate": ("plate", fmt_plate),
    "addr": ("address", fmt_addr), "addrtw": ("address", fmt_addr_tw), "phonetw": ("phone", fmt_phone_tw),
}

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


class Name:
    def __init__(self, disp, sur=None, zh=None, style=""):
        self.disp, self.sur, self.zh, self.style = disp, sur, zh, style


def faker_given(sex, two=None):
    for _ in range(50):
        g = FK.first_name_male() if sex == "m" else FK.first_name_female()
        if two is None or (len(g) == 2) == two:
            return g
    return g


def sex_of(sex):
    return sex or pick("mf")


def draw_name(style, sex=None, sur=None):
    sex = sex_of(sex)
    if sur and style == "any":
        style = wpick([("cn", 3), ("cn2", 1)])
    if style == "any":
        style = wpick([("cn", 60), ("cn2", 14), ("cmp", 4), ("word", 5), ("placey", 3), ("min", 5),
                       ("lat", 5), ("sp", 2), ("br", 1), ("fwl", 1)])
    if style in ("cn", "cn2", "sp", "br"):
        s = sur or FK.last_name()
        two = False if style == "cn2" else (True if R.random() < 0.6 else None)
        g = faker_given(sex, two=two)
        full = s + g
        if style == "sp":
            sep = wpick([(" ", 3), ("\u3000", 2), ("  ", 1)])
            return Name(sep.join(full), s, style=style)
        if style == "br":
            k = R.randrange(1, len(full))
            return Name(full[:k] + "\n" + full[k:], s, style=style)
        return Name(full, s, style=style)
    if style == "cmp":
        s = pick(COMPOUND)
        return Name(s + faker_given(sex), s, style=style)
    if style == "word":
        w = pick(WORD_NAMES)
        return Name(w, w[0], style=style)
    if style == "placey":
        if R.random() < 0.45:
            w = pick(PLACEY2)
            return Name(w, w[0], style=style)
        s = sur or FK.last_name()
        return Name(s + pick(PLACEY_GIVEN), s, style=style)
    if style == "tw":
        n = FT.name_male() if sex == "m" else FT.name_female()
        return Name(n, n[0] if len(n) <= 3 else n[:2], style=style)
    if style in ("min", "viet", "kor", "rus"):
        if style == "min":
            style = wpick([("uy", 5), ("kz", 2), ("tib", 2), ("mong", 2), ("yi", 1), ("viet", 1),
                           ("kor", 1), ("rus", 1)])
        sep = wpick([("·", 5), ("・", 2), ("•", 1), ("‧", 1), (" ", 1), ("\u3000", 1)])
        if style == "uy":
            fem = ["阿依古丽", "热依拉", "古丽娜扎", "帕丽达", "迪丽努尔", "祖力亚", "阿曼古丽"]
            givs = [g for g in UY_GIVEN if (g in fem) == (sex == "f")]
            return Name(pick(givs) + sep + pick(UY_FATHER), style="uy")
        if style == "kz":
            return Name(pick(KZ_GIVEN) + sep + pick(KZ_FATHER), style="kz")
        if style == "tib":
            a, b = R.sample(TIB, 2)
            return Name(a + (sep if R.random() < 0.4 else "") + b, style="tib")
        if style == "mong":
            a, b = R.sample(MONG, 2)
            return Name(a + (sep if R.random() < 0.5 else "") + b, style="mong")
        if style == "yi":
            a, b = pick(YI)
            return Name(a + (sep if R.random() < 0.7 else "") + b, style="yi")
        if style == "viet":
            return Name(pick(VIET), style="viet")
        if style == "kor":
            s = pick(KOR_SUR)
            return Name(s + pick(KOR_GIVEN), s, style="kor")
        if style == "rus":
            a, b = pick(RUS)
            return Name(a + sep + b, style="rus")
    if style in ("lat", "fwl", "eng"):
        s, spy = pick(SUR_PY)
        n = 1 if R.random() < 0.35 else 2
        gs = [pick(GIV_PY) for _ in range(n)]
        gzh = "".join(c for c, _ in gs)
        gp = [p for _, p in gs]
        zh = s + gzh
        if style == "eng":
            e = pick(ENG_GIVEN)
            return Name(wpick([(e + " " + spy, 3), (e + " " + spy.upper(), 1), (spy + " " + e, 1), (e + " " + s, 1)]),
                        zh=zh, style="eng")
        given = "".join(gp)
        forms = [(spy + " " + given.capitalize(), 4), (spy.upper() + " " + given.capitalize(), 3),
                 (given.capitalize() + " " + spy, 3), ((spy + " " + given).lower(), 2),
                 ((spy + " " + given).upper(), 2), ((spy + given).lower(), 2), (spy + given.capitalize(), 1),
                 (given.capitalize() + " " + spy.upper(), 1), (spy.upper() + ", " + given.capitalize(), 1)]
        if n == 2:
            forms += [(spy + " " + " ".join(x.capitalize() for x in gp), 2),
                      (spy + " " + gp[0].capitalize() + "-" + gp[1], 1),
                      (spy.upper() + "/" + given.upper(), 1)]
        d = wpick(forms)
        if style == "fwl":
            d = fw(d)
        return Name(d, zh=zh, style=style)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# {A:name}           define slot A as a name (style any); {A:name.word/f@谢} style, sex, surname
# {A}                the same name again;  {A^} its surname (unlabelled);  {A%} its Chinese form (labelled)
# {:phone} {:id.spoken} ...  anonymous personal data of a kind, optional format
# {amt} {plat} ...   fillers (unlabelled)

G = {}

G["obj"] = [
    "我昨天见了{A:name/m}，他说这笔钱跟他没关系",
    "上礼拜在菜市场碰到{A:name/f}，她一句话没说就走了",
    "催收的人今天去堵{A:name/m}了，就在他单位门口",
    "我托{A:name}帮我问问能不能分期",
    "他们把我的欠款截图发给{A:name}了，现在全公司都知道",
    "我真的不想连累{A:name}",
    "{time}他们还在打{A:name}的电话",
    "对方威胁说要去学校门口等{A:name/f}放学",
    "我劝过{A:name/m}别碰{plat}，他不听",
    "你们骚扰{A:name/f}有什么用，她又不是借款人",
    "我刚才问了{A:name/f}，她也收到了一模一样的短信",
    "他们说明天上午去家里找{A:name}当面谈",
    "我拜托{A:name}先替我垫了{amt}",
    "求你们别再吓唬{A:name/f}了，她有心脏病",
    "他们说要起诉{A:name}，可借款人明明是我",
    "今天下午我陪{A:name}去派出所做了笔录",
    "我想起{A:name}去年也被这家公司催过",
    "那个男的一直在电话里骂{A:name}，骂得很难听",
    "不知道他们怎么查到{A:name}的，我通讯录里根本没存",
    "我没告诉{A:name/f}我欠钱的事，结果催收先告诉她了",
    "我刚挂了电话就打给{A:name/f}，她说对方也给她打了",
    "前天晚上他们打了{A:name}十几个电话",
    "他们把我的欠款信息发给了{A:name}的领导{B:name}",
    "我去年借给{A:name}{amt}，现在催收反而来找我",
    "有人冒充法院给{A:name}寄了一封信",
    "他说认识{A:name/f}，还说知道她住哪里",
    "我老公昨天去找了{A:name/f}，想让她别再接那些电话",
    "你们去问{A:name}啊，钱又不是我借的",
    "我今天见到{A:name}的时候她眼睛都哭肿了",
    "他们居然找到了{A:name/m}的老家，还给他爸打了电话",
    "我不敢再麻烦{A:name}了",
    "我叫醒{A:name}的时候已经{time}了，电话还在响",
    "我妈昨天骂了{A:name}一顿，说都怪他介绍的平台",
    "他们想让我骗{A:name}出来，我没答应",
    "我送{A:name}去车站的路上又接到一个{:phone}",
    "我替{A:name}还过两期，后面实在还不上了",
    "别去打扰{A:name}，有什么冲我来",
    "上个月我帮{A:name}填过一张表，现在后悔死了",
]

G["adv"] = [
    "{A:name/m}刚打电话过来，说催收又去他单位了",
    "{A:name}又收到短信了，这次说要上门",
    "我收到了，{A:name}也收到了",
    "{A:name}就是我填的那个联系人",
    "他们说{A:name}都知道了",
    "{A:name/f}才二十出头，被他们吓哭了",
    "{A:name}还没回我消息",
    "{A:name}已经帮我还了一部分",
    "没想到{A:name}居然把我的号码给了他们",
    "{A:name}竟然说不认识我",
    "{A:name}偏偏那天不在家",
    "{A:name}一直在劝我去协商",
    "{A:name/f}老是替我接电话，接得她都烦了",
    "{A:name}总是说再等等，可他们不等",
    "{A:name}从来没借过钱",
    "{A:name/f}倒是很冷静，让我先把录音存好",
    "{A:name}说了，这个月底前一定还",
    "{A:name}没有义务替我还钱吧",
    "{A:name}被他们骂了一顿",
    "{A:name}让我别怕",
    "{A:name}给我转了{amt}",
    "{A:name}跟他们说我出差了",
    "{A:name}连夜从老家赶过来了",
    "{A:name}呢？他们问了好几遍",
    "是{A:name/f}吧，应该是她告诉他们的",
    "{A:name/f}啊，我跟她好几年没联系了",
    "{A:name}嘛，就是我大学室友",
    "{A:name/f}呀，她早就换号了",
    "{A:name}哪知道这些事",
    "{A:name}可能也被骗了",
    "你别急，{A:name}马上就到",
    "{A:name}每天都接到好几个电话",
    "{A:name}在{city}上班，他们也打过去了",
    "{A:name}自己也欠着{plat}的钱",
    "{A:name}好像把我拉黑了",
    "{A:name}要是知道了肯定会骂我",
    "{A:name}也是被逼的",
    "{A:name}都快被逼疯了",
    "{A:name}却一点都不慌",
    "{A:name}还说要帮我报警",
    "{A:name}确实没借过这笔钱",
    "{A:name}今天{time}又被打了",
    "{A:name}终于肯接我电话了",
    "{A:name}其实早就知道",
    "{A:name}根本不认识这个人",
    "我跟你讲{A:name}昨天就去银行了",
    "{A:name}先替我还了最低还款",
]

G["echo"] = [
    "我真心想谢谢{A:name/f@谢}，只有她肯帮我",
    "他们在我家楼道里到处张贴{A:name@张}欠钱的告示",
    "开庭那天我陈述{A:name@陈}怎么逼我写的借条",
    "你们别胡说{A:name@胡}根本不是我老公",
    "你们罗列{A:name@罗}的这些罪状有什么用",
    "他把我孙子{A:name@孙}的照片也发到群里了",
    "她带来一袋李子{A:name@李}也跟着来了",
    "门上被泼了朱红{A:name@朱}看见当场吓哭了",
    "这么问有点唐突{A:name@唐}你别介意",
    "我正在追韩剧{A:name@韩}突然打电话来了",
    "家里的黄金{A:name@黄}拿去当了才凑够钱",
    "我特别高兴{A:name@高}愿意帮我作证",
    "卡里哪还有余额{A:name@余}你别问了",
    "按照程序{A:name@程}说要先发律师函",
    "这超出范围{A:name@范}也管不了",
    "我曾经{A:name@曾}那里借过两千",
    "我借了许多{A:name@许}的钱都还清了",
    "公司董事{A:name@董}亲自打电话来催",
    "这些人尤其{A:name@尤}最凶",
    "我在家打扫卫生{A:name@卫}就闯进来了",
    "孩子在玩游戏{A:name@游}的电话就打来了",
    "我买了两张贺卡{A:name@贺}一张",
    "楼下在施工{A:name@施}的电话一直打不通",
    "元宵节吃汤圆{A:name@汤}还在打电话催",
    "温馨提示{A:name@温}：您的借款已逾期{days}，请尽快处理",
    "河边的杨柳{A:name@杨}每天都去那里转",
    "你们的宋体{A:name@宋}看得懂吗",
    "我打算郑重{A:name@郑}道个歉",
    "他说这是林业{A:name@林}的地",
    "我的钱包{A:name@钱}捡到了还给我",
    "他们的周期{A:name@周}最清楚",
    "你马虎{A:name@马}可不马虎",
]

G["title"] = [
    "{A:name/m}总说这个月必须结清，不然就走法律程序",
    "是{A:name/f}姐帮我垫的钱，{A^}姐人很好",
    "孩子的数学老师是{A:name/f}老师，催收居然打到了她那里",
    "修车的{A:name/m}师傅也接到了电话，{A^}师傅说再打就报警",
    "{A:name/m}，我们都叫他老{A^}，昨天打电话给我",
    "我们管{A:name/m}叫小{A^}子，他是我发小",
    "她说她是{plat}的{A:name/f}经理",
    "{A:name/m}律师给我发了一封律师函，落款还有他的执业证号",
    "我给{A:name/m}主任打了电话，{A^}主任说不归他管",
    "对面自称{A:name}警官，说我涉嫌诈骗",
    "{A:name/f}阿姨，就是我们楼下开超市的，也被问了",
    "{A:name/m}大爷说昨天有两个男的在楼道里转悠",
    "{A^}总、{A^}姐、{A^}老师，他们一会一个称呼，全名叫{A:name/f}",
    "催收的自称{A^}经理，后来查到全名是{A:name}",
    "我叫他老{A^}，他大名叫{A:name/m}，是我们车间主任",
    "{A:name/m}哥帮我问过了，那个号码是外包公司的",
    "{A:name/f}姐，对不起，他们又打到你那里去了",
    "{A:name/m}科长说单位不会因为这个开除我",
    "派出所的{A:name/m}所长让我把录音拷给他",
    "护士站的{A:name/f}护士长也接到了电话",
    "我们村的{A:name/m}村长说催收来村里问过我",
    "{A:name/m}同志，请你们不要再打我家人电话",
    "{A:name/f}女士您好，我是{plat}的客服{B:name}",
    "{A:name/m}先生，您的{plat}账单已逾期{days}",
    "{A:name/m}老板拖欠我三个月工资，我才还不上贷款",
    "我们{A:name/m}队长说他也被催过，让我别怕",
    "王总、李姐、张老师，他们说我的同事全都要打一遍，其中就有{A:name}",
    "赵师傅说对方叫他转告{A:name}",
    "老陈和小李子都收到了，{A:name}还没有",
    "{A:name/f}大姐是我房东，人家跟这事一点关系都没有",
    "{A:name/m}书记亲自到我家来问情况",
    "{A:name/m}医生帮我开了证明，说我现在不适合受刺激",
    "{A:name/m}总监，麻烦转告你们外包公司别再打了",
    "{A:name/f}老师您好，我是{B:name}的家长",
    "{A:name/m}师傅，您是{B:name}的父亲吧",
]

G["nick"] = [
    "{A:name/m}，外号胖子，村里人都这么叫他，他们也给他打了",
    "我表弟{A:name/m}，小名叫铁蛋，他们连他都打了",
    "大家都叫{A:name/f}小甜甜，催收也跟着这么叫",
    "二狗就是{A:name/m}，我们一个村的",
    "{A:name/m}（绰号“眼镜”）是他们公司的外访员",
    "他微信名叫“平安是福”，真名{A:name}",
    "那个叫“大刘”的催收，我后来知道他叫{A:name/m@刘}",
    "我闺女小名叫豆豆，大名{A:name/f}，才上三年级",
    "我家那口子{A:name/m}，平时大家喊他老好人",
    "她网名“向日葵”，其实叫{A:name/f}",
    "{A:name/m}我们都喊他石头",
    "我发小猴子，大名{A:name/m}，也接到了",
    "我们村的二婶就是{A:name/f}",
    "{A:name/m}外号大头，在工地上干活",
    "阿毛（{A:name}）说对方口音像是福建的",
    "老幺{A:name/m}才十七岁，你们也不放过",
    "黑皮是{A:name/m}的外号，他根本不认识我",
    "我们都叫他大个子，他本名{A:name/m}",
    "小胖，也就是{A:name/m}，说那个号码{:phone}也打过他",
]

G["word"] = [
    "{A:name.word}说他下个月发了工资就帮我还",
    "我跟{A:name.word}是高中同学，他们连这个都查到了",
    "这事只有{A:name.word}知道",
    "{A:name.word}和{B:name.cn2}都被拉进了那个群",
    "催收问我{A:name.word}是不是我对象",
    "{A:name.cn2}昨天哭了一晚上",
    "他们把{A:name.cn2}的照片P成了通缉令",
    "{A:name.word}，你要是看到了就回个电话",
    "我给{A:name.word}打了三次都没人接",
    "打电话的人自称{A:name.cn2}",
    "{A:name.cn2}也说他们是冒充的",
    "我借{A:name.word}的两千块早就还了",
]

G["quote"] = [
    "他们在短信里写“{A:name}是你什么人”",
    "短信开头就是【{A:name}】三个字",
    "通讯录里那个「{A:name}」到底是谁",
    "落款（{A:name}），后面跟着一串电话{:phone}",
    "他说“我是{A:name}”，然后就挂了",
    "备注写的[{A:name}]，我根本不认识",
    "对方发来一张图，上面写着『{A:name}欠款不还』",
    "我问“{A:name}呢？”他说“你别管”",
    "《关于{A:name}逾期的告知函》，这种东西是真的吗",
    "〈{A:name}〉这个名字我第一次听说",
    "他把我备注成“{A:name}的老婆”",
    "'{A:name}'是谁？他们一直问我",
    "\"{A:name}\"这个人我不认识",
    "「{A:name}」「{B:name}」这两个群成员是他们拉进来的",
    "（{A:name}、{B:name}）两个人都是担保人？我怎么不知道",
    "“{A:name}，你再不还钱，我们就找你妈{B:name/f}”",
    "【催收】【{A:name}】【逾期{days}】",
    "他让我转告〔{A:name}〕三天内回电",
    "‘{A:name}’两个字打错了一个，但就是他",
    "群名改成了“{A:name}还钱群”",
    "他们管我叫“{A:name}家属”",
]

G["minority"] = [
    "我室友{A:name.min/f}是新疆来的，他们也给她打了",
    "{A:name.min}是我在乌鲁木齐的同事",
    "对方自称{A:name.min}，普通话说得很好",
    "我嫂子{A:name.viet}是越南人，不识字，也被他们吓到了",
    "我们厂里的朝鲜族大姐{A:name.kor/f}也收到了",
    "{A:name.min}和{B:name.min}都是我的联系人",
    "收款人写的{A:name.min}，卡号{:card}",
    "他说他叫{A:name.rus}，我以为是骗子",
    "我朋友{A:name.rus}在义乌做外贸，也借过这个平台",
    "学校的{A:name.min}老师打电话问我家里出了什么事",
    "借条上的见证人是{A:name.min}",
    "他们把我和{A:name.min}的合照发到了朋友圈",
    "{A:name.min}说她的账户也被冻结了",
    "村里的{A:name.min}大叔说有人开车来打听我",
    "我老婆{A:name.viet}嫁过来八年了，中文都说不太好，你们还天天打她电话",
]

G["latin"] = [
    "Hi {A:name.lat}, your {plat} repayment is overdue. Please pay today.",
    "他发的邮件署名是{A:name.lat}",
    "他英文名叫{A:name.eng}，在外企上班",
    "To: {A:name.lat}\nSubject: 最后通知\n请于三日内联系我司",
    "我男朋友{A:name.lat}在国外读书，他们打越洋电话到他那里",
    "对方微信昵称是{A:name.lat}，头像是一只猫",
    "Dear {A:name.lat}，您的账户已逾期{days}",
    "护照上写的是{A:name.lat}，他们连这个都有",
    "{A:name.lat}!!! call me back now",
    "他们那边写的是{A:name.lat}和{B:name.lat}",
    "付款人 {A:name.lat}，备注 loan",
    "Mr. {A:name.lat} 您好，这里是{plat}贷后管理部",
    "截图上的名字是全角的：{A:name.fwl}",
    "签名：{A:name.lat}（{A%}）",
    "我的 roommate {A:name.eng} 也收到了 message",
    "From: {A:name.lat} <{:email}>\n我根本不认识这个人",
    "邮件里写 Attention: {A:name.lat}, Collection Dept.",
    "银行流水上打的是{A:name.lat}，中文名{A%}",
    "Ms. {A:name.lat}, please contact us within 24 hours.",
    "他说他叫{A:name.eng}，一听就是假名",
]

G["list"] = [
    "{A:name}和{B:name}都接到了电话",
    "{A:name}跟{B:name}是我填的联系人",
    "他们通知了我爸妈及{A:name}",
    "{A:name}、{B:name}以及{C:name}都在他们的名单上",
    "我老板{A:name}同{B:name}一起去的派出所",
    "{A:name}与{B:name}两个人都被骂了",
    "除了{A:name}还有{B:name}",
    "{A:name}或者{B:name}，总有一个是他们的内线",
    "他们打给了{A:name}、{B:name}、{C:name}、{D:name}",
    "{A:name}和{B:name}和{C:name}都说不认识这个号",
    "联系人：{A:name}/{B:name}",
    "和{A:name}以及{B:name}的聊天记录我都截图了",
    "借款人{A:name}及其配偶{B:name}",
    "连{A:name}带{B:name}一起骂",
    "我、{A:name}、{B:name}三个人去的银行",
    "{A:name}跟{B:name}跟{C:name}",
    "{A:name}还有{B:name}，你们都别理他们",
    "{A:name}及{B:name}已经报警",
    "名单上有{A:name}，有{B:name}，还有我",
]

G["addrctx"] = [
    "寄到{:addr}，{A:name}收",
    "收件人{A:name} {:phone} {:addr}",
    "{A:name}家就住{:addr}",
    "他们说已经查到{A:name}的地址{:addr}，明天上门",
    "收货地址：{:addr}（{A:name}）{:phone}",
    "户籍地{:addr} 姓名{A:name}",
    "{:addr}{A:name}",
    "{A:name}{:addr}\u3000{:phone}",
    "我把快递改到了{A:name}那里，地址是{:addr}",
    "外访地址：{:addr}　外访对象：{A:name}",
    "{A:name}搬走了，原来住{:addr}",
    "地址写的{:addr}，{A:name}转交",
    "他们去了{A:name}老家{:addr.village}",
    "上门通知贴在{:addr}门口，写的是{A:name}",
]

G["placey"] = [
    "{A:name.placey}在{city}打工，他们打到工地去了",
    "我朋友{A:name.placey}昨天从{city}回来",
    "问问{A:name.placey}吧，他老家在{county}",
    "{A:name.placey}说{city}法院的传票是假的",
    "我在张家界旅游的时候{A:name}打来的",
    "王府井那边有个{A:name}，说是我同学",
    "我们住在周庄附近，{A:name}也在那",
    "刘家峡的{A:name}是我表姐",
    "他们说要到马鞍山找{A:name}",
    "陈家祠旁边那家店的老板{A:name}也被问了",
    "{A:name.placey}和{B:name}在沈家门跑船",
    "石家庄的号码打来，自称{A:name}",
    "{A:name.placey}在{nplace}上班",
    "我跟{A:name.placey}是在{county}认识的",
    "{A:name.placey}、{B:name.placey}都是{county}人",
    "从{nplace}寄来的信，落款是{A:name}",
]

G["noisy"] = [
    "【{plat}】尊敬的{A:name}：您于{date}在我司的借款{amt}已逾期{days}，请于今日18:00前还款，逾期将联系您的紧急联系人{B:name}。详询{hot}。回T退订",
    "〖最后通牒〗{A:name}你好！！你在{plat}的欠款{amt}已移交我司处理……你的联系人{B:name}（{:phone}）、{C:name}均已知晓，拒不处理将上门走访：{:addr}。【退订回N】",
    "※※重要通知※※ {A:name} 先生/女士，您尾号{tail}的账户存在严重违约，即日起进入司法程序，https://t.cn/A6xYzQ 查看详情 拒收请回复R",
    "{A:name}!!!!!!你再不还钱试试看！！！你爸{B:name/m}的电话我们都有了！！！{:phone}",
    "【律师函】致{A:name}：受{plat}委托，就您拖欠借款一事……如三日内未处理，本所将向{city}人民法院提起诉讼。经办律师：{B:name}，电话{:land}",
    "★★★{A:name}★★★ 欠款不还 ★★★ 身份证{:id} ★★★ 请广大亲友转告 ★★★",
    "您好{A:name}，这里是{plat}风控中心~您的账单已逾期{days}哦~请联系专员{B:name}，微信{:wx}~~~",
    "{A:name}你好，你的案件编号（2026）第0318号已下发，请本人携带身份证到{city}调解中心处理，联系人{B:name} {:phone}，过时不候！！！",
    "【{bank}】{A:name}，您的信用卡已逾期，最低还款额{amt}，如已还款请忽略。客服{hot}……转人工请按0……回TD退订",
    "紧急！紧急！{A:name}（{:id}）在{plat}借款{amt}逾期{days}，现通知其亲友{B:name}、{C:name}督促还款，否则后果自负！！",
    "【催收提醒】{A:name}：您的分期已逾期。\n【还款账户】{:card}\n【户名】{B:name}\n【联系电话】{:phone}\n请勿拖延！",
    "@{A:name} 看到回话！！！不回话明天就去你单位{:addr}找你领导{B:name}",
]

G["startend"] = [
    "{A:name}欠钱不还，大家看看这是什么人",
    "{A:name}，看到回电",
    "{A:name}三个字写在纸上贴在我家门口",
    "{A:name}这名字我都快听吐了",
    "{A:name}昨晚十一点还在打",
    "{A:name}到底是谁",
    "{A:name}？不认识",
    "这次打来的人说他叫{A:name}",
    "短信最后落款{A:name}",
    "我妈的名字叫{A:name/f}",
    "有没有人认识{A:name}",
    "我实在没办法了，求你们别再找{A:name}",
    "说完他就挂了，只留下一句让我转告{A:name}",
    "写这些的是我，{A:name}",
    "对方的全名是{A:name}",
    "最后一个打来的叫{A:name}",
    "群里发话的那个人是{A:name}",
    "他们这次找的是{A:name}",
    "{A:name}",
    "{A:name}\n{date}又来电",
    "记录人：{A:name}",
]

G["trad"] = [
    "{A:name.tw}昨天又打來，說要去我公司",
    "我媽{A:name.tw/f}一直接到陌生電話，嚇得不敢出門",
    "他們說{A:name.tw}是我的緊急聯絡人，可是我根本沒填",
    "催收說認識{A:name.tw/f}，還知道她住哪",
    "{A:name.tw}也收到簡訊了，內容一模一樣",
    "借據上寫的是{A:name.tw}，可是我根本不認識這個人",
    "請問有人知道{A:name.tw}是哪間公司的嗎",
    "{A:name.tw}跟{B:name.tw}都被打了",
    "我們公司會計{A:name.tw/f}小姐說，對方打了三次",
    "他自稱{A:name.tw/m}律師，給了一個電話{:phonetw}",
    "【通知】{A:name.tw/m}先生您好，您的信用卡帳款已逾期，請儘速繳納",
    "住址：{:addrtw}　收件人：{A:name.tw}",
    "我阿嬤{A:name.tw/f}八十幾歲了，他們還打去",
    "{A:name.tw}話佢唔識我，點解搵佢",
    "我細佬{A:name.tw/m}都收到短訊，佢好驚",
    "老師，{A:name.tw}的家長也接到電話了",
    "{A:name.tw}剛剛又傳訊息來罵人",
    "我已經把{A:name.tw}封鎖了，他換號碼繼續打",
]

G["spaced"] = [
    "催收的说他叫{A:name.sp}",
    "短信末尾署名{A:name.br}",
    "联系人 {A:name.sp}　{:phone}",
    "那张纸上写着：{A:name.sp} 欠款{amt}",
    "收款人{A:name.br}，卡号{:card}",
    "我表姐{A:name.sp/f}说她也收到了",
    "他们念了一遍我的联系人：{A:name.sp}、{B:name.sp}",
    "截图识别出来是{A:name.br}，后面是{:phone.split}",
    "落款：{A:name.sp}\n{date}",
    "他把我的名字打成了{A:name.sp}",
]

G["runon"] = [
    "然后{A:name}就跟我说你别管了我说怎么能不管{B:name}都被打了三次了他们还说要去找{C:name}",
    "我跟{A:name/f}说了好几遍{A}就是不信后来{B:name}也劝她才信",
    "早上七点多电话就来了说找{A:name/m}我说打错了他说没打错{A}是你老公吧",
    "就是那个{A:name}啊他上次也来过我家还把{B:name}的车拍了照片",
    "我也不知道{A:name}哪来的我电话反正他天天打还说认识{B:name}",
    "你们到底要怎样{A:name}都说了会还的你们还打{B:name}的电话有意思吗",
    "我爸{A:name/m}我妈{B:name/f}我哥{C:name/m}全被打了一遍",
    "他说他是{plat}的{A:name}让我今天之内还{amt}不然就告诉{B:name}",
    "那个号码{:phone.spoken}说是{A:name}的手机让我打过去",
    "嗯那个我想问一下就是{A:name}一直打我电话说我欠了{amt}但是我根本没借过",
    "先是{A:name}后来又换了个叫{B:name}的最后连{C:name}都出来了",
    "问了{A:name}才知道{B:name}也收到了",
]

G["other"] = [
    "来电号码{:phone}，一天打了十几次",
    "他让我把钱转到这张卡{:card}",
    "对方报出了我的身份证号{:id}，一位不差",
    "他们说会上门，地址是{:addr}",
    "加我微信{:wx}，不加就去你单位",
    "QQ{:qq}这个号一直在加我",
    "邮箱{:email}发来一封所谓的律师函",
    "车牌{:plate}的车在我家楼下停了一晚上",
    "支付宝用户号{:acc.alipay}，他们让我往里面转",
    "号码是：{:phone.spoken_sp}",
    "座机{:land}打来的，说是法务部",
    "他一个一个念的：{:phone.spoken}",
    "一个号码{:phone}，还有一个{:phone}",
    "借款合同号{:acc.contract}，上面有我的签名",
    "打来的是{:land.zhuan}，转过去是个女的",
    "那个号{:phone.split}我已经标记了",
    "身份证：{:id.split}",
    "卡号：{:card.spoken}",
    "他念我身份证号码{:id.spoken}",
    "说是法院的号码：{:land.p86}",
    "对方先用{:phone.p86sp}打，后来又用{:phone.0086}打",
    "短信里附的收款账户是{:card.slash4}",
    "他们寄的快递上写着{:addr.lines}",
    "微信号：{:wx}（已拉黑）",
    "他的扣扣是{:qq.spoken}",
    "车是{:plate.dot}，白色的",
    "借款编号{:acc.loan}，逾期{days}",
    "把钱打到{:card}，户名写的是一个公司",
    "他说他的邮箱是{:email.upper}，让我把材料发过去",
    "全角的号码：{:phone.fw}",
    "座机（{:land.cparen}）",
    "他们的电话一会是{:phone.dot}，一会是{:phone.slash}",
    "{:phone.half}，这个号码晚上{time}打的",
    "我家的地址他们怎么会有：{:addr.village}",
    "就是那个{:addr.cn}，他们说要贴告示",
    "身份证号{:id.s684}，卡号{:card.sp4}",
    "{:phone}",
    "{:id.mixfw}是我的身份证，他们连这个都有",
    "他要我加QQ{:qq}，邮箱{:email}",
    "我的地址{:addr.commas}被公开了",
    "{:addr.slash}，他们把这个地址发到了群里",
    "会员号{:acc.member}，{plat}客服说查不到",
    "外地号码{:phone.443}一直打",
    "他们用的号码：\n{:phone}\n{:phone}\n{:phone}",
    "这个号{:phone.ideo}打来说是法务",
    "卡号 {:card.six} 开户行{bank}",
    "对方留了一个分机号{:land.fenji}",
    "身份证{:id.ideo}，他们发在了群里",
    "寄件地址：{:addr.fw}",
    "他们去了我老家{:addr.village_sp}",
    "车牌号{:plate.fw}",
    "他们在{:addr.cross}等我",
    "他给的微信：{:wx.wxid}，备注写还款",
    "vx：{:wx}  有事找这个号",
    "V信{:wx.pyu}一直发语音",
    "对方邮箱：{:email.fwat}",
    "律师函是从{:email.cap}发来的",
    "企鹅号{:qq.sp}，昵称叫“法务部”",
    "QQ邮箱{:email}，QQ号{:qq.fw}",
    "他们让我加这个微信{:wx.upper}，说加了可以减免",
]

G["none"] = [
    "王总说下周再谈，他也没说哪个王总",
    "李姐让我先别慌，把录音都存好",
    "张老师问孩子最近怎么了，我都不好意思说",
    "赵师傅说昨天有人来小区打听",
    "老陈那边也接到电话了",
    "小李子说他也被加了微信",
    "胖子说他们口音像是外地的",
    "铁蛋他妈也被打了电话",
    "我们总经理说再有电话打到公司就要处理我",
    "老师傅说这种事他见得多了",
    "他们说要到张家界找我，我根本没去过张家界",
    "王府井那家银行网点的客服态度还行",
    "刘家峡水库那边信号不好，电话一直打不进来",
    "我在马鞍山上班，他们打到了石家庄的总部",
    "沈家门渔港的朋友也说收到过这种短信",
    "严重逾期会影响征信吗",
    "周末也可以还款吗，会不会算逾期",
    "欠款一共三万元，已经还了一万元",
    "他们说的王牌律师团队到底是什么",
    "黄金周期间催收也不休息",
    "李子熟了，我妈说卖了李子钱就还上",
    "他们在小区门口张贴了催款告示",
    "我想陈述一下事情的经过",
    "楼下的杨柳都发芽了，我还是每天睡不着",
    "朱红色的印章是真的吗",
    "我在林业局上班，单位电话被打爆了",
    "何时能结清我也说不准",
    "于是我就把手机关机了",
    "能协商还款我很高兴",
    "别听他们胡说，法院不会这样发短信",
    "马上就要过年了，他们说年前必须还",
    "他们罗列了一堆莫须有的罪名",
    "宋体字的律师函一看就是自己打印的",
    "我郑重声明本人从未授权任何人代还",
    "谢谢大家的建议，我已经去协商了",
    "晚上追韩剧的时候电话又来了",
    "这么晚打扰有点唐突，想问一下怎么投诉",
    "他们说我涉嫌恶意透支，要移送公安",
    "根据《民法典》第六百八十条，禁止高利放贷",
    "催收非法债务罪规定在《刑法》第二百九十三条之一",
    "可以拨打12378银行保险消费者投诉维权热线",
    "遇到冒充公检法的电话请拨打96110",
    "招商银行信用卡客服是95555",
    "工商银行客服热线95588，可以转人工",
    "收到的案号是（2026）豫0105民初3217号",
    "本金一万二，利息三千四，违约金八百",
    "最低还款额¥1,288.00，到期还款日每月8日",
    "已逾期第93天，罚息按日万分之五计算",
    "我是借款人，不是担保人",
    "紧急联系人没有还款义务",
    "他们说要上门，我说欢迎来，我报警",
    "我给12321发了举报短信",
    "孙子才上幼儿园，被他们电话吓哭了",
    "高度怀疑是外包公司在冒充律师",
    "万元以下的欠款也会被起诉吗",
    "郭外那个旧仓库他们说要来看看",
    "我们家的梁柱都是老木头",
    "冯老师说过，遇事先冷静",
    "老王家的狗又在叫了",
    "江湖救急，先借我点",
    "石家庄中院的短信是真的吗",
    "常州那边的号码我也接过",
    "白天不敢开机，晚上不敢关机",
    "钱包里只剩几十块了",
    "路上一直在想怎么跟家里说",
    "周期是每月一号到十号",
    "他们说三天内不还就上门，我该怎么应对",
    "屏幕共享千万不能开",
    "我是独生子女，爸妈都快七十了",
    "年前结清还是年后分期，哪个更好",
    "律师说可以先发律师函再起诉",
    "公证处的人说借条要有原件",
    "那个号码是外包公司的，已经被很多人标记了",
    "停息挂账怎么申请",
    "小王说他也被骂了，阿强那边还没有",
    "何必呢，都是打工的",
    "向日葵开了，我的债还没还完",
    "罗马不是一天建成的，钱也不是一天能还完的",
    "冯主任说这事得找金融办",
    "吴老师让孩子先别来学校了",
    "韩国那边的号码也打来过",
    "唐朝那会儿借钱都要立字据",
    "黄昏的时候他们又来敲门",
    "宋朝的借据长什么样",
    "董事会决定减免部分利息",
    "程序上要先调解再诉讼",
]

GROUP_PLAN = [  # group, records, forced name style for slots without an explicit style
    ("obj", 60, None), ("adv", 62, None), ("echo", 36, None), ("title", 50, None), ("nick", 24, None),
    ("word", 44, "word2"), ("quote", 30, None), ("minority", 36, "min"), ("latin", 40, None),
    ("list", 36, None), ("addrctx", 30, None), ("placey", 28, None), ("noisy", 26, None),
    ("startend", 36, None), ("trad", 28, None), ("spaced", 30, "spbr"), ("runon", 26, None),
    ("other", 110, None), ("none", None, None),
]
# groups that borrow templates from others
TAILS = ["，号码是{:phone}", "。他打来的号码{:phone}", "，座机{:land}", "（电话{:phone}）", "，卡号{:card}",
         "。对方报了我的身份证{:id}", "，微信{:wx}", "，QQ是{:qq}", "，还说知道我住{:addr}", "。车牌{:plate}",
         "，邮箱{:email}", "\n来电：{:phone}", "，支付宝{:acc.alipay}", "，对方号码{:phone}", "\n{:phone}",
         "。他留的电话是{:land}"]
TAIL_P = {"obj": 0.3, "adv": 0.3, "title": 0.3, "list": 0.25, "quote": 0.2, "word": 0.25, "minority": 0.25,
          "nick": 0.2, "placey": 0.25, "trad": 0.0, "echo": 0.15}
BORROW = {"word": ["obj", "adv"], "minority": ["obj", "adv", "list", "startend"],
          "spaced": ["obj", "adv", "list"]}

SLOT_RE = re.compile(r"\{([^{}]*)\}")
DEF_RE = re.compile(r"^([A-Z]?):(\w+)(?:\.(\w+))?(?:/([mf]))?(?:@(.+))?$")


def template_uses_surname(t):
    return re.search(r"\{[A-Z]\^\}", t) is not None


class Redraw(Exception):
    pass


def forced_style(force):
    if force == "word2":
        return wpick([("word", 5), ("cn2", 4), ("placey", 1)])
    if force == "spbr":
        return wpick([("sp", 5), ("br", 3), ("fwl", 1)])
    return force


def render(tpl, force=None, strip_punct=False, avoid=None):
    """Returns (text, pii) or raises Redraw."""
    toks = SLOT_RE.split(tpl)
    # first pass: draw every defined slot
    names = {}
    for i in range(1, len(toks), 2):
        m = DEF_RE.match(toks[i])
        if m and m.group(2) == "name":
            lab, _, style, sex, sur = m.groups()
            if not lab:
                raise ValueError(tpl)
            if style is None and force:
                style = forced_style(force)
                if template_uses_surname(tpl) and style in ("min", "lat", "fwl", "eng"):
                    style = "cn"
            names[lab] = draw_name(style or "any", sex, sur)
    text = []
    pii = []
    pos = 0

    def lit(s):
        nonlocal pos
        if strip_punct:
            s = re.sub(r"[，。！？、；：,.!?;:“”\"'（）()…]", "", s)
        text.append(s)
        pos += len(s)

    def val(s, kind):
        nonlocal pos
        pii.append((pos, pos + len(s), kind, s))
        text.append(s)
        pos += len(s)

    for i, t in enumerate(toks):
        if i % 2 == 0:
            lit(t)
            continue
        m = DEF_RE.match(t)
        if m:
            lab, kind, style, _, _ = m.groups()
            if kind == "name":
                val(names[lab].disp, "name")
            else:
                k, fn = PII[kind]
                val(fn(style), k)
            continue
        if re.match(r"^[A-Z]$", t):
            val(names[t].disp, "name")
        elif re.match(r"^[A-Z]\^$", t):
            n = names[t[0]]
            if not n.sur:
                raise Redraw()
            lit(n.sur)
        elif re.match(r"^[A-Z]%$", t):
            val(names[t[0]].zh, "name")
        elif t in FILLERS:
            lit(FILLERS[t]())
        else:
            raise ValueError("bad slot %r in %r" % (t, tpl))
    render.last_styles = [names[k].style for k in sorted(names)]
    return "".join(text), pii


# ---------------------------------------------------------------------------
# Preserve lines
# ---------------------------------------------------------------------------

SURWORD_SENT = [
    "严重逾期会上征信黑名单吗", "他们说我的情况很严重", "事态严重之前先去协商",
    "请高度重视本次还款提醒", "银行高度关注您的还款情况", "周末银行网点照常营业",
    "周末两天的利息也要算", "欠款不到一万元也会被起诉吗", "每月还一千元可以吗",
    "他们自称王牌调解团队", "王牌律师这种说法一听就是假的", "黄金首饰可以拿去典当吗",
    "黄金周期间请合理安排还款", "李子园小区物业说有人来打听", "一斤李子才卖两块钱",
    "在公共场所张贴催款告示是违法的", "禁止张贴他人隐私信息", "请您陈述一下借款经过",
    "书面陈述材料请在五日内提交", "村口的杨柳树下有人在等", "朱红印章不代表就是法院的文件",
    "林业站的工作人员说不认识这个号码", "林业局家属院", "请问何时能收到结清证明",
    "何时还款由双方协商确定", "于是我决定先还一部分", "于是他们又换了一个号码打来",
    "协商成功我很高兴", "高兴得太早了，第二天又打来了", "别听他们胡说八道",
    "胡说什么要抓人坐牢", "城郭外的老房子", "马上就到还款日了", "请马上联系您的专属客服",
    "罗列了一堆违约条款", "梁柱结构的老房子不值钱", "律师函用宋体打印", "宋体小四号字",
    "郑重提醒：请勿轻信陌生来电", "郑重声明本人未授权他人借款", "谢谢您的耐心等待",
    "谢谢各位的帮助", "看韩剧的时候又来电话了", "韩剧里的催债都是演的", "唐突打扰，敬请谅解",
    "请勿唐突转账", "孙子兵法里说知己知彼", "钱包被偷了，银行卡也挂失了",
    "吴侬软语的客服声音", "徐徐图之，先还最低还款", "胡同口贴了一张告示", "周期性还款计划",
    "周到的服务从何谈起", "马虎不得，每个字都要看清楚", "高铁票都买不起了", "林场的活干完再说",
    "罗盘上的指针", "梁山好汉也讲义气", "郑州中院的短信请核实", "谢绝一切上门催收",
    "唐朝的借贷契约", "冯记面馆门口", "于是乎他们又打来了", "董事会决议", "萧条的店面",
    "程序合法才算数", "许可证编号请以官网公示为准", "许多人都遇到过这种情况", "曾经我也以为借钱很容易",
    "彭湃的心情", "余额不足，扣款失败", "余下的欠款分十二期还", "杜绝暴力催收", "夏季账单已出",
    "钟表店老板说他也接过这种电话", "钟点工阿姨也被问了", "田地里的活忙完了", "任何人不得泄露个人信息",
    "任务量完不成他们就天天打", "姜汤喝了两碗还是睡不着", "范围之外的费用可以拒付",
    "方便的时候请回电", "方式方法要合法", "石头砸在门上", "熊猫基地的门票", "金额以账单为准",
    "陆续还了三期", "陆地上的物流单号", "白条分期已出账", "康复以后再找工作", "毛病不少的合同",
    "秦朝的度量衡", "江湖救急的钱也要还", "史上最严的个人信息保护法", "顾客至上的服务承诺",
    "龙头企业的外包催收", "万一还不上会怎样", "段落之间空两格", "雷同的短信内容",
    "钱款往来请保留凭证", "汤圆吃完了还得上班", "易于理解的还款方案", "常规流程是先短信再电话",
    "武器和凶器是两回事", "乔迁之喜的红包", "贺卡上写着新年快乐", "赖账不是我的本意",
    "文件请用A4纸打印", "庞大的债务压得喘不过气", "兰花开了", "殷切希望双方协商解决",
    "施工队的工资还没发", "陶瓷杯摔碎了", "洪水冲了庄稼", "安全起见请勿点击链接",
    "颜色鲜艳的告示纸", "严格按照合同约定执行", "牛奶涨价了", "温馨提示：请按时还款",
    "芦苇荡边的村子", "季度账单已出", "章程里写得清清楚楚", "鲁莽行事只会更糟",
    "申请停息挂账需要哪些材料", "尤其是晚上打电话", "毕业两年还欠着助学贷款", "丛林法则",
    "焦虑到整夜失眠", "向来都是按时还款", "柳树发芽了", "路费都是借的", "岳父岳母不知道这件事",
    "梅雨季节", "莫名其妙多了一笔服务费", "庄稼收了就还", "辛苦费也要收", "管理费和服务费的区别",
    "祝福短信和催款短信一起来", "左边那栋楼", "涂改过的借条是否有效", "谷底的时候最难熬",
    "时间到了自动扣款", "舒服日子过不了几天", "耿直的性格得罪了人", "牟利为目的的催收",
    "关于逾期费用的说明", "苗头不对就报警", "凌晨三点的电话", "费用明细请查看账单",
    "纪律处分", "盛大的开业典礼", "童年的回忆", "欧洲杯期间", "甄别真假律师函",
    "项目负责人", "曲折的还款经历", "成本价", "游戏充值也算消费贷吗", "阳光下的影子",
    "席位已满", "卫生间的灯坏了", "查询征信报告", "屈服于威胁", "位置共享已关闭",
    "霍乱疫苗", "植物园门口", "甘心被他们欺负吗", "景色再好也没心情看", "薄弱环节",
    "单位领导找我谈话", "包括本金利息和罚息", "司法途径解决", "柏油马路", "宁可少吃一顿也要还",
    "桂花开了", "欧元汇率", "解决问题的办法", "强制执行申请书", "柴油涨价", "华为手机的骚扰拦截",
    "车辆抵押合同", "房租还没交", "边境口岸", "辜负了家里人的信任", "吉利的车贷",
    "饶恕不了自己", "刁难人的催收", "丘陵地区信号差", "古代的借据", "米饭都吃不下",
    "池塘边钓鱼", "晋升机会没了", "畅通的投诉渠道", "宫殿一样的售楼处", "来电显示未知号码",
    "全部结清后开具证明", "廉价的法律咨询", "简单说一下情况", "盖章的文件才有效",
    "符合条件的可以申请减免", "木头做的门", "党员干部的家属也被骚扰", "燕麦片当晚饭",
    "谈判桌上", "屠宰场打工", "连续三天打电话", "郁闷了一整天", "商量一下还款计划",
    "计算器按了好几遍", "揭露非法催收", "迟到的还款也算数", "宇宙无敌的利息",
    "卓越的服务", "花呗分期", "仇恨的种子", "艾草贴", "蓝色的信封", "都是为了生活",
    "巩固脱贫成果", "稽查部门", "井盖上的小广告", "练习写申请书", "仲裁委员会的调解书",
    "乐意配合调查", "封面上写着催收通知书", "原告是借贷公司", "官方客服电话", "衣服都洗了三遍",
    "栗子熟了", "宗旨是服务客户", "应当依法维权", "台风天也在打电话", "鞠躬道歉",
    "桑拿房", "荆棘丛生", "银行流水", "暴力催收", "门口的监控", "库存积压", "养老保险",
]

TITLE_WORDS = ["总经理", "老师傅", "董事长", "副总经理", "总监", "部门经理", "客户经理", "主任",
               "科长", "所长", "院长", "法官", "书记员", "执行法官", "调解员", "老板娘", "大堂经理",
               "法务专员", "催收专员", "风控主管", "网格员", "辅警", "民警", "社区主任", "村支书",
               "会计", "出纳", "人事专员", "班主任", "校长"]
TITLE_FRAMES = ["请转告贵司{t}", "我已经向你们{t}投诉了", "你们{t}是谁，叫什么", "{t}也没有权力泄露我的信息",
                "找{t}也没用", "{t}说会帮我协调", "我要求和你们{t}通话", "单位的{t}接到了电话",
                "{t}办公室的电话一直占线", "这位{t}说话很客气"]
INST = ["人民法院", "中级人民法院", "人民检察院", "公安局", "司法局", "仲裁委员会", "公证处",
        "金融监管局", "市场监督管理局", "信访局", "法律援助中心", "人民调解委员会", "金融工作局"]
INST_FRAMES = ["{c}{i}的电话是多少", "我去了{c}{i}咨询", "{c}{i}发来的短信是真的吗", "以{c}{i}的名义发的通知",
               "已向{c}{i}反映情况", "{c}{i}没有这个案子", "{c}{i}说要本人去"]
PLACE_FRAMES = ["我在{p}上班", "{p}那边的门店也关了", "从{p}寄过来的信", "{p}的号码打来的",
                "我老家就在{p}附近", "去{p}的车票", "{p}有家分公司"]
LAWS = [("《中华人民共和国民法典》", ["第六百六十七条", "第六百七十六条", "第六百八十条", "第一千零三十二条",
                                  "第一千零三十四条", "第五百八十五条"]),
        ("《中华人民共和国刑法》", ["第二百九十三条之一", "第二百五十三条之一", "第二百三十八条", "第二百七十四条"]),
        ("《中华人民共和国治安管理处罚法》", ["第四十二条", "第四十条", "第二十六条"]),
        ("《中华人民共和国个人信息保护法》", ["第十条", "第十三条", "第六十六条", "第六十九条"]),
        ("《中华人民共和国民事诉讼法》", ["第一百二十二条", "第二百四十七条", "第二百六十四条"]),
        ("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》", ["第二十五条", "第二十六条", "第二十八条", "第二十九条"]),
        ("《商业银行信用卡业务监督管理办法》", ["第六十八条", "第六十九条", "第七十条"]),
        ("《中华人民共和国消费者权益保护法》", ["第十四条", "第二十九条"]),
        ("《中华人民共和国电信条例》", ["第五十七条"]),
        ("《互联网金融逾期债务催收自律公约》", ["第四条", "第十条", "第十三条"])]
LAW_FRAMES = ["根据{l}{a}", "依据{l}{a}的规定", "{l}{a}明确禁止这种行为", "参见{l}{a}",
              "对方违反了{l}{a}", "我查了{l}{a}，他们这样是违法的"]
HOT_FRAMES = ["如有疑问请致电{b}客服热线{n}", "{b}官方客服{n}", "我打了{b}的{n}核实", "{b}客服电话{n}转人工",
              "请以{b}官方号码{n}为准"]
PUB_FRAMES = ["{b}{n}", "拨打{n}（{b}）", "可以打{n}投诉", "{n}是{b}"]
SMS_HEADS = ["【{plat}】", "温馨提示：", "【{bank}】", "{plat}提醒您：", "【还款提醒】", "【账单通知】"]
SMS_BODIES = ["您本期账单已出，最低还款额{amt}", "您的借款已逾期{days}，请尽快处理",
              "您的还款日为每月8日，请确保账户余额充足", "您尾号{tail}的储蓄卡扣款失败",
              "您的额度已调整，详情请登录App查看", "您已成功还款{amt}，感谢您的支持",
              "您的分期申请已受理", "您的停息挂账申请正在审核", "本月应还{amt}，到期日{date}",
              "逾期将产生罚息，请按时还款"]
SMS_TAILS = ["回T退订", "拒收请回复R", "退订回TD", "", "（系统自动发送，请勿回复）", "详询{hot}"]


def case_no():
    return "（%d）%s%04d民初%d号" % (R.randrange(2023, 2027), pick(["豫", "鲁", "川", "湘", "粤", "冀", "皖", "苏", "鄂", "浙"]),
                                R.randrange(100, 9999), R.randrange(100, 30000))


AMT_FRAMES = ["本金{a1}，利息{a2}", "已还{a1}，剩余{a2}", "借了{a1}，到手只有{a2}", "每期还{a1}，共十二期",
              "逾期罚息{a1}，违约金{a2}", "砍头息{a1}", "服务费{a1}能退吗", "协商后一次性还{a1}结清",
              "案号{case}，标的额{a1}", "{case}民事判决书", "{date}前还{a1}", "合计应还{a1}"]


def build_preserve():
    cands = []
    cands += SURWORD_SENT
    for t in TITLE_WORDS:
        for f in R.sample(TITLE_FRAMES, 5):
            cands.append(f.format(t=t))
    for _ in range(700):
        cands.append(pick(INST_FRAMES).format(c=pick(CITIES) + pick(["市", ""]), i=pick(INST)))
    for p in NAMEY_PLACES:
        for f in R.sample(PLACE_FRAMES, 3):
            cands.append(f.format(p=p))
    for l, arts in LAWS:
        for a in arts:
            for f in R.sample(LAW_FRAMES, 4):
                cands.append(f.format(l=l, a=a))
    for b, n in HOTLINES:
        for f in HOT_FRAMES:
            cands.append(f.format(b=b, n=n))
    for b, n in PUBLIC:
        for f in PUB_FRAMES:
            cands.append(f.format(b=b, n=n))
    for _ in range(800):
        h = pick(SMS_HEADS).format(plat=pick(PLATS), bank=pick(BANKS))
        body = pick(SMS_BODIES).format(amt=amt(), days=pick(DAYS), tail=tail4(), date=pick(DATES))
        t = pick(SMS_TAILS).format(hot="%s%s" % pick(HOTLINES))
        cands.append(h + body + ("。" + t if t else ""))
    for _ in range(650):
        cands.append(pick(AMT_FRAMES).format(a1=amt(), a2=amt(), case=case_no(), date=pick(DATES)))
    return cands


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

DIGRUN = re.compile(r"[0-9０-９]{7,}")


def masked(text, pii):
    out = list(text)
    for s, e, _, _ in pii:
        for i in range(s, e):
            out[i] = "\x00"
    return "".join(out)


def load_existing():
    texts = []
    files = sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl"))) + \
        sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt")))
    files = [f for f in files if os.path.basename(f) not in OWN_FILES]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            if f.endswith(".jsonl"):
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(nows(json.loads(line)["text"]))
            else:
                for line in fh:
                    if line.strip():
                        texts.append(nows(line.rstrip("\n")))
    seen = {}
    for t in texts:
        seen[t] = 1
    return len(files), seen, "\x01".join(seen)


def main():
    nfiles, ex_set, ex_big = load_existing()
    print("dedupe: %d other files, %d distinct texts/lines" % (nfiles, len(ex_set)))

    # ---- preserve
    cands = build_preserve()
    pres, own, n_eq, n_in, n_dig = [], {}, 0, 0, 0
    for c in cands:
        k = nows(c)
        if k in own:
            continue
        own[k] = 1
        if DIGRUN.search(c):
            n_dig += 1
            continue
        if k in ex_set:
            n_eq += 1
            continue
        if k in ex_big:
            n_in += 1
            continue
        pres.append(c)
    print("preserve: %d candidates, %d own repeats, %d equal to another corpus, %d contained in one, "
          "%d with digit runs, %d kept" % (len(cands), len(cands) - len(own), n_eq, n_in, n_dig, len(pres)))

    static = "\x01".join(norm(x) for x in pres)
    tpl_text = "\x01".join(norm(SLOT_RE.sub("\x02", t)) for g in G.values() for t in g)
    reserved = WORD_NAMES + PLACEY2 + PLACEY_GIVEN
    for w in reserved:
        assert norm(w) not in tpl_text, w
        assert norm(w) not in static, w
    filler_text = "\x01".join(norm(x) for x in PLATS + BANKS + CITIES + COUNTIES + DATES + TIMES + DAYS +
                              NICKS + NAMEY_PLACES + [b for b, _ in HOTLINES])
    static_all = static + "\x01" + tpl_text + "\x01" + filler_text
    for w in reserved:
        assert norm(w) not in filler_text, w

    # ---- records
    records = []
    used_vals = {}        # norm(value) -> kind, all labelled values so far
    used_list = []
    masked_big = []       # masked, normalised texts
    own_texts = {}
    tcount = {}
    n_ex_eq = n_ex_in = n_own = 0
    dropped = []
    style_count = {}
    for group, n, force in GROUP_PLAN:
        n = n or len(G[group])
        own_t = [(group, i, t) for i, t in enumerate(G[group])]
        pool = list(own_t)
        for bg in BORROW.get(group, []):
            pool += [(bg, i, t) for i, t in enumerate(G[bg])]
        # every own template at least once, then random from the pool
        order = list(own_t)
        R.shuffle(order)
        while len(order) < n:
            order.append(pick(pool))
        for src, ti, tpl in order[:max(n, len(own_t))]:
            for attempt in range(400):
                try:
                    f = force
                    if src != group and group not in BORROW:
                        f = None
                    t2 = tpl
                    if R.random() < TAIL_P.get(group, 0):
                        t2 = tpl + pick(TAILS)
                    text, pii = render(t2, force=f, strip_punct=(group == "runon"))
                except Redraw:
                    continue
                if group != "none" and not pii:
                    continue
                k = nows(text)
                if k in own_texts:
                    n_own += 1
                    continue
                if k in ex_set or k in ex_big:
                    if k in ex_set:
                        n_ex_eq += 1
                    else:
                        n_ex_in += 1
                    if not SLOT_RE.search(tpl):      # a fixed sentence: drop it
                        dropped.append((src, ti))
                        break
                    continue
                vals = []
                for s, e, kind, v in pii:
                    assert text[s:e] == v
                    vals.append((kind, v))
                # dedupe values in order of first appearance
                seen_v, out_v = {}, []
                for kind, v in vals:
                    if (kind, v) not in seen_v:
                        seen_v[(kind, v)] = 1
                        out_v.append({"kind": kind, "value": v})
                nv = [norm(x["value"]) for x in out_v]
                bad = False
                for i, a in enumerate(nv):
                    if not a:
                        bad = True
                    for j, b in enumerate(nv):
                        if i != j and a in b and not (a == b):
                            bad = True
                # names must not collide with static text (preserve, templates, fillers)
                for x in out_v:
                    if x["kind"] == "name" and norm(x["value"]) in static_all:
                        bad = True
                    if x["kind"] != "name" and norm(x["value"]) in static:
                        bad = True
                mk = norm(masked(text, pii))
                if DIGRUN.search(masked(text, pii)):
                    bad = True
                # every occurrence of a labelled value in this record lies in a span
                for a in nv:
                    if a and a in mk:
                        bad = True
                # no earlier labelled value appears unlabelled here; no value here unlabelled earlier
                if not bad:
                    for a in used_list:
                        if a in mk:
                            bad = True
                            break
                if not bad:
                    big = "\x01".join(masked_big)
                    for a in nv:
                        if a in big:
                            bad = True
                            break
                if bad:
                    continue
                own_texts[k] = 1
                for a in nv:
                    if a not in used_vals:
                        used_vals[a] = 1
                        used_list.append(a)
                masked_big.append(mk)
                records.append({"group": group, "tpl": (src, ti), "text": text, "pii": out_v})
                tcount[(src, ti)] = tcount.get((src, ti), 0) + 1
                for st in render.last_styles:
                    style_count[st] = style_count.get(st, 0) + 1
                break
            else:
                raise SystemExit("could not fill template %s/%d: %s" % (src, ti, tpl))
    print("records: %d; draws equal to another corpus %d, contained in one %d, own repeats %d; "
          "fixed sentences dropped %d" % (len(records), n_ex_eq, n_ex_in, n_own, len(dropped)))

    for g, ts in G.items():
        for i in range(len(ts)):
            assert tcount.get((g, i), 0) > 0 or (g, i) in dropped, (g, i, ts[i])

    # final check over preserve lines: no labelled value inside
    for line in pres:
        nl = norm(line)
        for a in used_list:
            assert a not in nl, (a,)
    assert len(pres) >= 2500, len(pres)

    R.shuffle(records)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune12.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            fh.write(json.dumps({"id": "t12-%04d" % i, "text": r["text"], "sender": None, "pii": r["pii"]},
                                ensure_ascii=False) + "\n")
    R.shuffle(pres)
    with open(os.path.join(OUT_DIR, "scrub_tune12_preserve.txt"), "w", encoding="utf-8") as fh:
        for line in pres:
            fh.write(line + "\n")

    kinds = {}
    for r in records:
        for x in r["pii"]:
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print("kinds:", ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds, key=lambda k: -kinds[k])))
    print("no-PII records:", sum(1 for r in records if not r["pii"]))
    gc = {}
    for r in records:
        gc[r["group"]] = gc.get(r["group"], 0) + 1
    print("groups:", ", ".join("%s %d" % (g, gc[g]) for g, _, _ in GROUP_PLAN))
    if os.environ.get("TUNE12_TEMPLATE_COUNTS"):
        print("name slots by style:", ", ".join("%s %d" % (k, style_count[k])
                                             for k in sorted(style_count, key=lambda k: -style_count[k])))
        for g, ts in G.items():
            cs = [tcount.get((g, i), 0) for i in range(len(ts))]
            print("  %-9s templates %3d  uses %d-%d" % (g, len(ts), min(cs), max(cs)))


if __name__ == "__main__":
    sys.exit(main())
