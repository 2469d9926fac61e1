"""Scrubber tuning corpora, fifteenth writer: mediation and police minutes in
question-and-answer form, village mediation records, memo and to-do notes with
odd punctuation, typed family letters, live-stream and radio call-in
transcripts, credit-report excerpts and disputes, instalment-plan and app
notices, WeChat Moments complaints, help-forum posts with pinyin and English,
box-drawing tables, Macau / Hong Kong Cantonese, and minority names.

Writes, next to this file (or into $TUNE14_OUT_DIR):
  scrub_tune14.jsonl           about 360 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune14_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..13.md, the module
docstring of make_scrub_tune13.py, and `head -2` of scrub_tune13.jsonl and
scrub_tune13_preserve.txt).  Templates, word lists, minority, compound, rare,
word-name and pinyin lists, address parts and preserve sentences are this
writer's own; most ordinary Han names come from Faker zh_CN (traditional ones
from Faker zh_TW).

Run:  /work/main/.venv/bin/python make_scrub_tune14.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW).  One random.Random(SEED); the
Faker instances are seeded from it (seed_instance); never iterates over a set.
The dedupe step reads the other scrub_*.jsonl texts and scrub_*preserve*.txt
lines in this directory (or in $TUNE14_DEDUPE_DIR) at run time and prints
counts only.  Set TUNE14_TEMPLATE_COUNTS=1 to print template use counts.

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text; values listed once, in order of first appearance; no
value contains another in the same record; every occurrence of a labelled
value lies inside a labelled span; no labelled name occurs outside a labelled
span in any other record (whitespace removed, case-insensitive), nor in any
preserve line except the declared word-names (WORD_NAMES); no 7+ digit run
(ASCII or full-width) outside labelled values or in a preserve line; record
texts and preserve lines distinct; every template used; ID numbers pass
GB 11643, cards pass Luhn.
"""
import json
import os
import re
import sys
import random
from collections import OrderedDict

import faker

assert faker.VERSION == "40.63.0", faker.VERSION
from faker import Faker

SEED = 20270402
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE14_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE14_DEDUPE_DIR", HERE)
OWN_JSONL = "scrub_tune14.jsonl"
OWN_PRESERVE = "scrub_tune14_preserve.txt"

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(1 << 30))
fkt = Faker("zh_TW")
fkt.seed_instance(rng.randrange(1 << 30))

# ---------------------------------------------------------------- name lists
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐", "公孙",
            "长孙", "宇文", "夏侯", "司徒", "端木", "呼延", "南宫", "独孤", "闻人", "百里"]
RARE = ["禤", "亓", "訾", "仉", "笪", "乜", "逯", "隗", "蒯", "郗", "厍", "眭", "琚", "鄢", "郄",
        "冼", "覃", "阚", "缪", "粟", "晏", "揭", "贲", "靳", "蔺", "昝", "桑", "暨", "佴", "钭",
        "甯", "扈", "邴", "綦", "庹", "逄"]
ZHUANG_SUR = ["韦", "覃", "蒙", "农", "莫", "岑", "黄", "陆", "卢", "梁", "凌", "潘"]
ZHUANG_GIV_M = ["达福", "特良", "文勇", "海旺", "金生", "日新", "光耀", "承宝", "德昌", "秀全"]
ZHUANG_GIV_F = ["美兰", "秀英", "凤莲", "月娥", "丽萍", "桂香", "春梅", "金梅", "艳芳", "玉凤"]
UY_M = ["艾力", "买买提", "阿不都热合曼", "帕尔哈提", "吐尔逊", "艾尼瓦尔", "依明", "麦麦提",
        "阿布拉", "努尔买买提", "热合木江", "亚库甫", "伊力哈木", "阿迪力", "吾斯曼"]
UY_F = ["阿依古丽", "迪丽娜尔", "祖丽皮亚", "米热古丽", "古丽巴哈尔", "热娜", "阿依努尔",
        "帕提曼", "努尔尼沙", "佐日古丽", "再努尔", "海日古丽"]
UY_FATHER = ["吐尔逊", "买买提", "艾则孜", "阿不力孜", "卡德尔", "尼亚孜", "热西提", "斯迪克",
             "托合提", "肉孜", "吾守尔", "哈力克", "司马义", "阿吾提"]
TIB_A = ["扎西", "次仁", "格桑", "旦增", "索朗", "洛桑", "白玛", "尼玛", "达瓦", "普布", "边巴",
         "丹增", "强巴", "平措", "多吉", "顿珠"]
TIB_B_M = ["多吉", "顿珠", "平措", "罗布", "旺堆", "加措", "欧珠", "朗杰", "桑珠", "次旦"]
TIB_B_F = ["卓玛", "拉姆", "央金", "德吉", "曲珍", "措姆", "玉珍", "卓嘎", "旺姆", "白珍"]
MON_M = ["巴特尔", "额尔敦", "苏和", "那仁满都拉", "孟和巴雅尔", "朝鲁门", "宝音图", "阿拉坦仓",
         "毕力格", "巴图孟和", "哈斯朝鲁", "特木尔"]
MON_F = ["其其格", "斯琴图雅", "乌兰托娅", "萨仁高娃", "娜仁花", "托娅", "高娃", "敖登格日乐",
         "塔娜", "乌日娜"]
YI_CLAN = ["吉克", "阿西", "沙马", "阿皮", "曲比", "吉伍", "马海", "阿约", "海来", "俄狄", "勒格"]
YI_GIV_M = ["曲布", "木呷", "拉且", "日火", "尔古", "伍沙", "子哈", "阿牛", "石哈"]
YI_GIV_F = ["阿依", "阿呷", "日嫫", "阿果", "伍各", "史玛", "尔呷", "阿支"]

# Names that are also ordinary words: the only strings allowed to occur both as
# a labelled name in the records and as a word in the preserve file.
WORD_NAMES = OrderedDict([
    ("凌晨", "f"), ("付清", "m"), ("张扬", "m"), ("杨帆", "m"), ("高飞", "m"), ("江帆", "m"),
    ("田园", "f"), ("安静", "f"), ("温柔", "f"), ("方舟", "m"), ("周密", "m"), ("齐心", "f"),
    ("雷雨", "m"), ("包容", "f"), ("严格", "m"), ("万全", "m"), ("明媚", "f"),
    ("沈阳", "m"), ("常识", "m"), ("秦岭", "m"), ("韩流", "m"),
])
WORD_USES = {
    "凌晨": ["凌晨两点还在打电话", "昨天凌晨三点收到了短信", "凌晨打电话属于骚扰吗"],
    "付清": ["欠款已经全部付清了", "付清之后记得开结清证明", "分期款付清前不要注销账户"],
    "张扬": ["这件事不要张扬", "他们到处张扬我欠钱"],
    "杨帆": ["杨帆起航，重新开始", "扬帆和杨帆不是一个意思"],
    "高飞": ["远走高飞也躲不掉债", "别想着高飞远走"],
    "江帆": ["江帆点点的照片当头像"],
    "田园": ["回老家种田园了", "田园风光小区门口"],
    "安静": ["让我安静几天吧", "晚上终于安静了"],
    "温柔": ["客服说话还挺温柔的", "温柔的催收也是催收"],
    "方舟": ["方舟计划是个骗局"],
    "周密": ["还款计划要周密一点", "他们准备得很周密"],
    "齐心": ["全家齐心把债还上"],
    "雷雨": ["雷雨天气营业厅关门了", "今天有雷雨，外访取消"],
    "包容": ["请多包容，我一定会还", "家里人都很包容我"],
    "严格": ["严格按照合同执行", "请严格遵守还款计划"],
    "万全": ["没有万全之策", "想个万全的办法"],
    "明媚": ["阳光明媚的一天又被催收毁了"],
    "沈阳": ["沈阳的号码打来的", "沈阳市中级人民法院的短信是真的吗"],
    "常识": ["法律常识：催收不能打给无关的人", "这是基本常识"],
    "秦岭": ["秦岭淮河一线以北", "秦岭隧道里没信号"],
    "韩流": ["韩流明星代言的网贷"],
}
for _w in WORD_NAMES:
    assert _w in WORD_USES

PY_SUR = OrderedDict([("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                      ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"),
                      ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("胡", "Hu"), ("朱", "Zhu"),
                      ("郭", "Guo"), ("罗", "Luo"), ("高", "Gao"), ("林", "Lin"), ("邓", "Deng"),
                      ("谢", "Xie"), ("冯", "Feng"), ("曹", "Cao"), ("彭", "Peng"), ("蒋", "Jiang")])
PY_GIV = ["Wei", "Jie", "Lei", "Tao", "Yan", "Ling", "Hui", "Min", "Jun", "Qiang", "Ping", "Xia",
          "Hong", "Fang", "Yu", "Hao", "Jing", "Xin", "Peng", "Bo", "Chao", "Dan", "Ting", "Yun",
          "Qian", "Kai", "Shuang", "Rui", "Xue", "Zhen", "Meng", "Yue", "Lan", "Long", "Feng"]

# ---------------------------------------------------------------- fillers
PLATS = ["安逸花", "分期乐", "美团借钱", "360借条", "拍拍贷", "好分期", "省呗", "榕树贷款", "宜人贷",
         "招联金融", "借呗", "京东金条", "度小满", "小赢卡贷", "洋钱罐", "你我贷", "玖富", "众安贷"]
BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行",
         "中国邮政储蓄银行", "兴业银行", "浦发银行", "中信银行", "广西北部湾银行", "桂林银行",
         "新疆农村信用社", "内蒙古银行", "西藏银行", "凉山州商业银行"]
LAWS = ["广西南宁八桂律师事务所", "新疆天山明镜律师事务所", "四川彝海律师事务所",
        "内蒙古草原律师事务所", "北京清河远志律师事务所", "重庆鼎诚律师事务所"]
COURTS = ["人民法院", "中级人民法院"]
CITIES = ["南宁市", "百色市", "柳州市", "乌鲁木齐市", "喀什市", "伊宁市", "拉萨市", "日喀则市",
          "呼和浩特市", "锡林浩特市", "西昌市", "成都市", "郑州市", "石家庄市", "合肥市"]
CASEPFX = ["桂0102", "桂1002", "新0102", "藏0102", "蒙0102", "川3401", "豫0105", "冀0104"]
VILLAGES = ["那坡", "六合", "上岭", "弄怀", "坡造", "大坪", "新安", "团结", "红旗", "光明", "前进",
            "腊月坪", "三家子", "古城"]
COMPANIES = ["南宁华通物流有限公司", "喀什丝路商贸有限公司", "柳州鸿运汽配厂", "西昌彝乡农业合作社",
             "呼和浩特草原乳业有限公司", "拉萨雪域建筑工程队"]
RADIOS = ["法治热线", "民生帮帮团", "夜话直通车", "百姓热线"]
FORUMNICK = ["追风的小鱼", "用户3821", "半夜不睡觉", "冬天的风", "还债第二年", "柠檬不酸",
             "路人甲乙丙", "小白兔不吃草"]

CN_NUM = "〇一二三四五六七八九"
CAP_NUM = "零壹贰叁肆伍陆柒捌玖"


def amt():
    return str(rng.choice([800, 1200, 1500, 2000, 2600, 3000, 3500, 4800, 5000, 6000, 8000, 8800,
                           12000, 15000, 20000, 26000, 30000, 45000, 50000, 68000]))


def date():
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["2026年{}月{}日".format(m, d), "2026-{:02d}-{:02d}".format(m, d),
                       "{}月{}日".format(m, d), "2026.{}.{}".format(m, d)])


def datecn():
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    def cn(n):
        if n < 10:
            return CN_NUM[n]
        if n < 20:
            return "十" + (CN_NUM[n - 10] if n > 10 else "")
        return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")
    return "二〇二六年{}月{}日".format(cn(m), cn(d))


def timef():
    h, m = rng.randint(8, 22), rng.randint(0, 59)
    return rng.choice(["{}:{:02d}".format(h, m), "{}点{}分".format(h, m), "{:02d}:{:02d}".format(h, m)])


FILLERS = {
    "amt": amt, "date": date, "datecn": datecn, "time": timef,
    "plat": lambda: rng.choice(PLATS), "bank": lambda: rng.choice(BANKS),
    "law": lambda: rng.choice(LAWS), "court": lambda: rng.choice(COURTS),
    "city": lambda: rng.choice(CITIES), "casepfx": lambda: rng.choice(CASEPFX),
    "caseno": lambda: str(rng.randint(1000, 19999)), "days": lambda: str(rng.randint(3, 400)),
    "k": lambda: str(rng.choice([3, 6, 10, 12, 18, 24, 36])), "tail": lambda: "%04d" % rng.randint(0, 9999),
    "village": lambda: rng.choice(VILLAGES), "company": lambda: rng.choice(COMPANIES),
    "radio": lambda: rng.choice(RADIOS), "nick": lambda: rng.choice(FORUMNICK),
    "floor": lambda: str(rng.randint(2, 30)), "dur": lambda: str(rng.randint(3, 59)),
    "mon": lambda: str(rng.randint(1, 28)),
}

# ---------------------------------------------------------------- PII makers
MOBILE_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
              "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
AREA = ["0771", "0776", "0772", "0991", "0998", "0999", "0891", "0892", "0471", "0479", "0834",
        "028", "0371", "0311", "0551"]
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def phone(fmt=None):
    if fmt == "land":
        a = rng.choice(AREA)
        n = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(7 if len(a) == 3 else 6))
        return rng.choice(["{}-{}".format(a, n), "({}){}".format(a, n), "（{}）{}".format(a, n),
                           "{} {}".format(a, n)])
    d = rng.choice(MOBILE_PFX) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    if fmt is None:
        fmt = rng.choice(["plain"] * 5 + ["sp"] * 3 + ["dash"] * 2 + ["slash"] * 2 + ["fw", "fwsp", "p86",
                          "dot", "sp443", "land"])
        if fmt == "land":
            return phone("land")
    a, b, c = d[:3], d[3:7], d[7:]
    return {"plain": d, "sp": "{} {} {}".format(a, b, c), "dash": "{}-{}-{}".format(a, b, c),
            "slash": "{}/{}/{}".format(a, b, c), "fw": d.translate(FW),
            "fwsp": "{}　{}　{}".format(a.translate(FW), b.translate(FW), c.translate(FW)),
            "p86": rng.choice(["+86 ", "+86", "+86-"]) + d, "dot": "{}.{}.{}".format(a, b, c),
            "sp443": "{} {} {}".format(d[:4], d[4:8], d[8:])}[fmt]


def phone_mo():
    d = rng.choice(["6", "6"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return rng.choice(["+853 " + d, "(853) " + d[:4] + " " + d[4:], d[:4] + " " + d[4:], "853-" + d])


ID_AREAS = ["650102", "650104", "653101", "654002", "540102", "540202", "150102", "150105",
            "152502", "513401", "513431", "450102", "450103", "451002", "450202", "510107",
            "410102", "130104", "340104", "532301"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(fmt=None):
    area = rng.choice(ID_AREAS)
    y, m, dd = rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28)
    body = "{}{}{:02d}{:02d}{:03d}".format(area, y, m, dd, rng.randint(1, 999))
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    chk = "10X98765432"[s % 11]
    v = body + chk
    if chk == "X" and rng.random() < 0.3:
        v = body + "x"
    if fmt is None:
        fmt = rng.choice(["plain"] * 5 + ["slash", "sp684", "sp6444", "fw"])
    return {"plain": v, "slash": "{}/{}/{}".format(v[:6], v[6:14], v[14:]),
            "sp684": "{} {} {}".format(v[:6], v[6:14], v[14:]),
            "sp6444": "{} {} {} {}".format(v[:6], v[6:10], v[10:14], v[14:]),
            "fw": v.translate(FW)}[fmt]


CARD_PFX = [("622202", 19), ("621226", 19), ("621700", 19), ("622848", 19), ("621661", 19),
            ("622588", 16), ("622260", 19), ("621799", 19), ("622909", 16), ("622521", 16),
            ("623058", 19), ("622690", 16)]


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def card(fmt=None):
    p, n = rng.choice(CARD_PFX)
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(n - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            v = body + c
            break
    if fmt is None:
        fmt = rng.choice(["plain"] * 3 + ["sp4"] * 2 + ["slash4", "six", "fw", "dash4"])
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    return {"plain": v, "sp4": " ".join(g), "slash4": "/".join(g), "dash4": "-".join(g),
            "six": v[:6] + " " + v[6:], "fw": v.translate(FW)}[fmt]


def cnum(n):
    return "".join(CN_NUM[int(c)] for c in str(n))


def address(fmt=None):
    if fmt is None:
        fmt = rng.choice(["urban", "urban", "urbansp", "rural", "ruralsp", "tun", "gacha", "yi",
                          "xj", "tib", "dorm"])
    b, u, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 28) * 100 + rng.randint(1, 6)
    if fmt == "urban":
        est = rng.choice(["凤岭北", "民族大道", "朝阳花园", "青秀山庄", "锦绣华府", "盛世名门", "金桥小区"])
        city = rng.choice(["广西南宁市青秀区", "河南省郑州市金水区", "四川省成都市武侯区", "内蒙古呼和浩特市新城区",
                           "新疆乌鲁木齐市天山区"])
        return rng.choice(["{}{}{}栋{}单元{}室".format(city, est, b, u, r),
                           "{}{}{}号楼{}-{}".format(city, est, b, u, r),
                           "{}{}路{}号{}小区{}栋{}".format(city, rng.choice(["友爱", "建政", "解放", "团结"]),
                                                     rng.randint(1, 300), est, b, r)])
    if fmt == "urbansp":
        return rng.choice(["广西 柳州市 城中区 文昌路 {}号 {}栋 {}".format(rng.randint(1, 300), b, r),
                           "四川省 西昌市 航天大道 {}号 {}单元 {}室".format(rng.randint(1, 300), u, r),
                           "河北 石家庄 桥西区 新石北路 {}号院 {}号楼 {}".format(rng.randint(1, 99), b, r)])
    if fmt == "rural":
        return "{}{}镇{}村{}组{}号".format(
            rng.choice(["河南省周口市沈丘县", "安徽省阜阳市临泉县", "河北省邢台市威县", "四川省南充市仪陇县"]),
            rng.choice(["付井", "老集", "洺州", "新政", "白庙"]), rng.choice(["小王庄", "后楼", "前进", "石桥", "枣林"]),
            rng.choice([cnum(rng.randint(1, 9)), str(rng.randint(1, 12))]), rng.randint(1, 99))
    if fmt == "ruralsp":
        return "{} {}镇 {}村 {}组".format(
            rng.choice(["湖南 邵阳 隆回县", "江西 赣州 于都县", "贵州 毕节 织金县"]),
            rng.choice(["桃洪", "岭背", "八步"]), rng.choice(["大塘", "高坪", "上坝"]), rng.randint(1, 12))
    if fmt == "tun":
        return "广西{}{}镇{}村{}屯{}号".format(
            rng.choice(["百色市田阳区", "河池市都安县", "崇左市大新县", "南宁市马山县"]),
            rng.choice(["那坡", "百旺", "地苏", "桃城", "白山"]), rng.choice(["那赖", "弄怀", "坡造", "六合"]),
            rng.choice(["那马", "弄岩", "坡豆", "巴龙", "上林"]), rng.randint(1, 60))
    if fmt == "gacha":
        return "内蒙古{}{}苏木{}嘎查".format(
            rng.choice(["锡林郭勒盟正蓝旗", "锡林郭勒盟阿巴嘎旗", "呼伦贝尔市新巴尔虎左旗", "通辽市科尔沁左翼中旗"]),
            rng.choice(["那日图", "宝格达乌拉", "吉布胡郎图", "巴音"]), rng.choice(["巴彦", "乌兰", "额尔敦", "道老都"]))
    if fmt == "yi":
        return "四川省凉山州{}{}乡{}村{}组".format(
            rng.choice(["昭觉县", "布拖县", "美姑县", "越西县"]), rng.choice(["四开", "特木里", "巴普", "竹核"]),
            rng.choice(["解放", "三河", "火普", "洒拉地坡"]), rng.choice([cnum(rng.randint(1, 6)), str(rng.randint(1, 6))]))
    if fmt == "xj":
        return "新疆{}{}街道{}巷{}号".format(
            rng.choice(["喀什市", "伊宁市", "和田市", "乌鲁木齐市天山区"]), rng.choice(["恰萨", "亚瓦格", "解放路", "团结路"]),
            rng.randint(1, 40), rng.randint(1, 120))
    if fmt == "tib":
        return "西藏{}{}{}号".format(rng.choice(["拉萨市城关区", "日喀则市桑珠孜区", "林芝市巴宜区"]),
                                   rng.choice(["北京中路", "八廓街", "江苏路", "上海中路"]), rng.randint(1, 200))
    if fmt == "dorm":
        return "{}{}号宿舍楼{}".format(rng.choice(["广西民族大学相思湖校区", "新疆大学博达校区", "西藏大学纳金校区",
                                              "西昌学院北校区"]), rng.randint(1, 20), rng.randint(101, 640))
    if fmt == "macau":
        return "澳門{}{}第{}座{}樓{}".format(rng.choice(["氹仔", "黑沙環", "筷子基", "青洲"]),
                                          rng.choice(["海洋花園", "寰宇天下", "濠景花園", "御景灣"]),
                                          rng.randint(1, 9), rng.randint(2, 38), rng.choice("ABCDEFGH"))
    raise ValueError(fmt)


ADDR_ETH = {"uy": "xj", "tib": "tib", "mon": "gacha", "yi": "yi", "zh": "tun"}


def qq():
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(6, 9)))


def wechat():
    al = "abcdefghijklmnopqrstuvwxyz0123456789"
    k = rng.random()
    if k < 0.4:
        return "wxid_" + "".join(rng.choice(al) for _ in range(14))
    py = rng.choice(list(PY_SUR.values())).lower() + rng.choice(PY_GIV).lower()
    return rng.choice([py + str(rng.randint(80, 2026)), py + "_" + str(rng.randint(100, 999)),
                       py.capitalize() + "-" + str(rng.randint(1000, 9999))])


def email():
    py = rng.choice(list(PY_SUR.values())).lower() + rng.choice(PY_GIV).lower()
    return rng.choice([py + str(rng.randint(70, 99)), py + "." + str(rng.randint(1, 999)), qq()]) + "@" + \
        rng.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com"])


PLATE_PROV = ["桂A", "桂L", "新A", "新Q", "藏A", "蒙H", "川W", "豫P", "冀E", "皖K"]


def plate():
    p = rng.choice(PLATE_PROV)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(rng.choice("0123456789" + letters[:6]) for _ in range(5))
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return p + rng.choice(["", "·", " ", "-"]) + tail


def account(fmt=None):
    if fmt == "ht":
        return "HT" + str(rng.randint(202600, 202699)) + "%04d" % rng.randint(0, 9999)
    if fmt == "jk":
        return "JK-" + "%06d" % rng.randint(0, 999999)
    if fmt == "gh":
        return rng.choice(["CS", "TJ", "NN", "GX"]) + str(rng.randint(1000, 99999))
    if fmt == "zfb":
        return "2088" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return rng.choice(["HT" + str(rng.randint(202600, 202699)) + "%04d" % rng.randint(0, 9999),
                       "JK-" + "%06d" % rng.randint(0, 999999), "CS" + str(rng.randint(10000, 99999)),
                       "TJ" + str(rng.randint(1000, 9999)), "2088" + "".join(str(rng.randint(0, 9)) for _ in range(12))])


PII_MAKERS = {"P": ("phone", phone), "I": ("id_number", id_number), "C": ("bank_card", card),
              "A": ("address", address), "Q": ("qq", qq), "V": ("wechat", wechat), "E": ("email", email),
              "L": ("plate", plate), "K": ("account", account), "O": ("phone", phone_mo)}

# ---------------------------------------------------------------- name drawing
USED_NAMES = []          # display strings of every labelled name
USED_CORE = []           # normalised forms
ALL_TEXT_NORM = []       # normalised texts of accepted records
STATIC_BLOB = ""         # templates + fillers (set later)
PRESERVE_BLOB = ""       # preserve candidates (set later)
OTHER_PRESERVE_BLOB = ""  # other corpora's preserve lines (set later)


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def name_ok(core, is_word=False):
    n = norm(core)
    if len(n) < 2:
        return False
    for u in USED_CORE:
        if n in u or u in n:
            return False
    if not is_word and n in STATIC_BLOB:
        return False
    if not is_word and (n in PRESERVE_BLOB or n in OTHER_PRESERVE_BLOB):
        return False
    for t in ALL_TEXT_NORM:
        if n in t:
            return False
    return True


class Person:
    def __init__(self, full, sur, sex, kind, eth=None):
        self.full, self.sur, self.sex, self.kind, self.eth = full, sur, sex, kind, eth


def han_given(sex):
    f = fk.first_name_male() if sex == "m" else fk.first_name_female()
    return f


def draw_person(kind, sex, eth_force=None):
    for _ in range(500):
        s = sex or rng.choice("mf")
        if kind == "N":
            k = rng.random()
            if k < 0.58:
                sur = fk.last_name()
                g = han_given(s)
                if len(g) == 1 and rng.random() < 0.7:
                    g = han_given(s)  # prefer two-character given names a little
                full = sur + g
            elif k < 0.72:
                sur = rng.choice(COMPOUND)
                full = sur + han_given(s)
            elif k < 0.84:
                sur = rng.choice(RARE)
                full = sur + han_given(s)
            elif k < 0.94:
                sur = fk.last_name()
                g = han_given(s)
                full = sur + g[0]
            else:
                sur = rng.choice(ZHUANG_SUR)
                full = sur + rng.choice(ZHUANG_GIV_M if s == "m" else ZHUANG_GIV_F)
            if len(sur) > 1 and sur not in COMPOUND:
                continue  # Faker compound from zh_CN list: keep simple surnames only
            p = Person(full, sur, s, "N")
        elif kind == "T":
            sur = fkt.last_name()
            full = sur + (fkt.first_name_male() if s == "m" else fkt.first_name_female())
            p = Person(full, sur, s, "T")
        elif kind == "M":
            eth = eth_force or rng.choice(["uy", "uy", "tib", "tib", "mon", "mon", "yi", "yi", "zh"])
            if eth == "uy":
                g = rng.choice(UY_M if s == "m" else UY_F)
                full = g + rng.choice(["·", "·", "·", "•", "・", ""]) + rng.choice(UY_FATHER)
            elif eth == "tib":
                full = rng.choice(TIB_A) + rng.choice(TIB_B_M if s == "m" else TIB_B_F)
            elif eth == "mon":
                full = rng.choice(MON_M if s == "m" else MON_F)
                if rng.random() < 0.3:
                    full = rng.choice(["包", "宝", "白"]) + full
            elif eth == "yi":
                full = rng.choice(YI_CLAN) + rng.choice(["·", "", "·"]) + rng.choice(YI_GIV_M if s == "m" else YI_GIV_F)
            else:
                full = rng.choice(ZHUANG_SUR) + rng.choice(ZHUANG_GIV_M if s == "m" else ZHUANG_GIV_F)
            p = Person(full, None, s, "M", eth)
        elif kind == "G":
            cands = [w for w in WORD_NAMES if (sex is None or WORD_NAMES[w] == sex) and norm(w) not in USED_CORE]
            if not cands:
                return draw_person("N", sex)
            w = rng.choice(cands)
            p = Person(w, w[0], WORD_NAMES[w], "G")
            if not name_ok(w, is_word=True):
                continue
            USED_NAMES.append(w)
            USED_CORE.append(norm(w))
            return p
        elif kind == "R":
            zh = rng.choice(list(PY_SUR.keys()))
            sur = PY_SUR[zh]
            g = rng.choice(PY_GIV)
            if rng.random() < 0.6:
                g = g + rng.choice(PY_GIV).lower()
            full = rng.choice(["{s} {g}", "{g} {s}", "{S} {g}", "{S} {G}", "{sl} {gl}", "{s}{g}"]).format(
                s=sur, g=g, S=sur.upper(), G=g.upper(), sl=sur.lower(), gl=g.lower())
            p = Person(full, None, s, "R")
        else:
            raise ValueError(kind)
        if name_ok(p.full):
            USED_NAMES.append(p.full)
            USED_CORE.append(norm(p.full))
            return p
    raise RuntimeError("cannot draw name " + kind)


def name_form(p, fmt):
    f = p.full
    if fmt == "br":
        cut = len(p.sur) if p.sur and len(p.sur) < len(f) else 1
        return f[:cut] + "\n" + f[cut:]
    if fmt == "sp":
        return " ".join(f)
    if fmt == "fsp":
        return "　".join(f)
    assert fmt is None or fmt in ADDR_ETH, fmt
    return f


# ---------------------------------------------------------------- templates
# Slots: {N1} Han, {M1} minority, {G1} word-name, {T1} traditional, {R1} pinyin;
# sex suffix f/m ({Nf1}); format after | ({N1|br}, {P1|slash}).  Derived,
# unlabelled: {xN1} 小+surname, {lN1} 老+surname, {zN1} surname+总,
# {jN1} surname+姐, {gN1} surname+哥, {sN1} surname alone.
# Other PII: P phone, I id, C card, A address, Q qq, V wechat, E email, L plate,
# K account, O Macau phone.  Lower-case = unlabelled filler.

T = []


def add(group, *tpls):
    for t in tpls:
        T.append((group, t))


add("minutes",
    "调解笔录\n时间：{date} {time}\n地点：{city}{court}诉前调解室\n调解员：{N1}　书记员：{N2}\n申请人：{bank}信用卡中心，委托代理人{N3}\n被申请人：{N4}，住{A1}，电话{P1}\n调：双方是否同意调解？\n申：同意。\n被：同意，但我现在确实拿不出钱。\n调：{N4}，你对欠款{amt}元有无异议？\n被：本金我认，利息太高。\n（以下略）",
    "询问笔录（第1次）\n询问人：{N1}、{N2}　记录人：{N2}\n被询问人：{Nf3}，女，公民身份号码{I1}\n问：你今天为什么来派出所？\n答：有人冒充律师天天给我打电话，号码是{P1}，还给我妈{Nf4}发短信。\n问：对方有没有说自己叫什么？\n答：他说他姓{sN5}，微信上叫{N5}，微信号{V1}。\n问：以上内容是否属实？\n答：属实。",
    "（2026）{casepfx}民初{caseno}号 庭审笔录摘录\n审：原告{N1}，被告{N2}，核对当事人身份。原告委托代理人是谁？\n原代：{N3}，{law}律师。\n审：被告{N2}，你的住址还是{A1}吗？\n被：搬走了，在外面打工。\n审：记一下被告现在的联系电话。\n被：{P1}。",
    "【在线视频调解】{date}\n{time} 调解员 {N1} 进入调解室\n{time} {N2}（申请方代理人）进入调解室\n{time} {N3} 进入调解室\n调解员 {N1}：请{N3}对着镜头出示身份证。\n{N3}：{I1}\n调解员 {N1}：核对无误。{N2}，你们的还款方案是什么？\n{N2}：首付{amt}，剩下分{k}期。",
    "出席：{N1}（{bank}法务）、{Nm2}（被申请人）、{Nm2}之妻{Nf3}\n缺席：{N4}（保证人），电话{P1}无人接听\n主持：调解员{N5}\n记录：{N6}\n调解结果：{Nm2}同意每月15日前还款{amt}元，{Nf3}自愿作为共同还款人。",
    "问：你和{N1}是什么关系？\n答：我是他表弟，他借钱的时候让我做的担保。\n问：{N1}借款时你在场吗？\n答：在场，还有他同事{N2}。\n问：你知道{N1}现在住哪里吗？\n答：好像在{A1}，具体的我不清楚。",
    "调解员{N1}：今天是第二次调解，上次{N2}说回去凑钱，凑了多少？\n{N2}：只凑到{amt}。\n申请人代理人{N3}：我们可以接受分期，但要{N2}提供收入证明。\n调解员{N1}：那就这样记。{N2}的收款卡号报一下。\n{N2}：{C1}。",
    "笔录更正说明：第2页第5行“被申请人{N1}”应为“被申请人{N2|s1}”；第3页联系电话{P1}应为{P2}。核对人：{N3}",
)

add("village",
    "{village}村人民调解委员会 调解记录\n参加人员：村支书{Nm1}、调解委员{N2}、当事人{N3}（债权人）、{N4}（债务人）\n事由：{N4}前年借{N3}现金{amt}元，约定年底还清，至今未还。\n经调解，{N4}同意分{k}期归还，由其兄{Nm5|s4}担保。\n记录人：{N2}",
    "{A1}的{N1}来村委会反映，网贷公司打电话给全屯的人，说{N1}的儿子{Nm2}欠钱不还。驻村干部{N3}已登记。",
    "屯里开会记录　{date}\n到会：{M1|zh}、{M2|zh}、{N3}、{N4}\n议题：有人冒充法院到屯里发传单，点名{N4}欠款。\n{M1}说传单上的电话是{P1}，大家不要打。",
    "村民小组长{N1}：{N2}家的情况我清楚，他家老人{Nm3}瘫在床上，儿子{Nm4}在广东进厂，确实还不上。地址{A1}，你们要来就来看看。",
    "调解协议（村级）\n甲方：{N1}，身份证号{I1}，住{A1}\n乙方：{N2}，身份证号{I2}\n乙方欠甲方借款{amt}元，{date}前还清。\n见证人：村主任{N3}",
    "{N1}开着{L1}来屯里找{N2}，说{N2}欠了{plat}的钱，屯长{Nm3}把他劝走了。",
    "嘎查长{M1|mon}打电话说，{plat}的人找到嘎查来了，问{M2|mon}的家在哪，{M1}没告诉他们。嘎查地址：{A1|gacha}",
)

add("memo",
    "备忘录 {date}\n☐ 给{N1}回电话（{P1}）问担保那事\n☑ 把{bank}流水打出来\n☐ 周五前转{amt}给{N2}，卡号{C1}\n☐ 别接{P2}!!!",
    "记。。{mon}号下午 {N1}又打电话来了、、说要去我单位找{N2}（我们主任）\n我说我会还的。。他不听~~",
    "to do：\n1.问{N1}借的那笔到底多少\n2.{N2}的{bank}卡：{C1|slash4}\n3.找律师（{N3} {P1}）咨询下",
    "手抄：欠{N1} {amt}；欠{N2} {amt2}；欠{plat} {amt3}~~~总共还差好多。。。",
    "备注~ {N1}={lN1}，{N2}={xN2}，两个人都是{plat}的催收!!! 别再信他们",
    "【重要】老家地址 {A1}  爸：{Nm1}  妈：{Nf2}  电话 {P1}",
    "{mon}号?? 接到电话 自称{N1}律师???号码：{P1|fw}  说我再不还就上门",
    "备忘：{N1}的微信{V1}（他说是{plat}法务）；{N2}的QQ {Q1}（说是律师助理）；都截图了",
    "便签：\n{N1|br}\n{P1}\n{date}前回电",
    "清单//\n{N1}//{amt}//已还\n{N2}//{amt2}//没还\n{N3}//{amt3}//下个月",
    "给自己的提醒：!!不要再借了!! {N1}、{N2}、{N3}的钱先还，{plat}的后面再说",
    "{time} 电话 {P1} 自称{N1}(外访)说明天去{A1} 找我爸{Nm2}......",
    "楼下那辆{L1}又来了。。车上下来的是{N1}和另一个人~~拍照了",
)

add("letter",
    "{Nf1}吾妹：\n见字如面。哥知道这几年让你替我担了不少事，{plat}的人又打电话到你那里了吧。哥对不起你。\n等我在工地结了工钱，先把你垫的{amt}还上。\n兄　{Nm2|s1}\n{datecn}",
    "尊敬的{N1}经理：\n您好！我是借款人{Nm2}的母亲{Nf3}。我儿子现在重病住院，实在无力还款，恳请贵公司宽限半年。\n此致\n敬礼\n{Nf3} 敬上\n联系电话：{P1}",
    "{Nm1}叔：\n实在对不起，催收的人把您家的座机也打了。他们说您是我的紧急联系人，其实我从来没填过您的号码。\n侄子 {N2}",
    "亲爱的{Nf1}：\n我知道你不想再听我解释。那笔钱是我借给{N2}周转的，他说半年就还，结果人跑了。\n我托\n{N3|br}带了{amt}给你，先应急。\n{N4}",
    "{N1}法官：\n您好，我是（2026）{casepfx}执{caseno}号案件的被执行人{N2}。我愿意履行，但请求分期。我的住址已变更为{A1}。\n{N2}\n{datecn}",
    "给儿子{Nm1}的一封信\n儿子，爸爸没用，欠了人家的钱，连累你班主任{N2}老师也接到了电话。爸爸已经报警了。\n爸爸 {Nm3|s1}",
    "致{law}{N1}律师：\n贵所寄来的律师函已收到。本人{N2}对借款本金无异议，但对利息及“服务费”有异议。\n回函地址：{A1}\n邮箱：{E1}",
    "外婆：\n表哥{Nm1}说催收的人去您家了，您别怕，那是他们吓唬人。有事打我电话{P1}，或者找隔壁的{Nf2}阿姨。\n外孙女 {Nf3}",
)

add("live",
    "【直播回放·法律连麦】\n主播：下一位连麦的朋友你好。\n连麦用户：主播你好，我叫{Nf1}，在{plat}借了{amt}，他们打给我老公{Nm2}了。\n主播：你老公{Nm2}是你的紧急联系人吗？\n连麦用户：不是啊！\n弹幕：打12378 / 报警\n主播：这个可以投诉。",
    "（电台《{radio}》热线录音整理）\n听众{N1}：我家老爷子{Nm2}被人骗去借了网贷，现在天天有人打电话。\n主持人{N3}：老爷子多大年纪了？\n听众{N1}：七十三了。\n特邀律师{N4}：这种情况首先要……",
    "弹幕：{Nm1}就是骗子 他电话{P1}\n弹幕：我也被{N2}打过\n弹幕：主播帮帮我\n主播：大家不要在弹幕里发别人的电话和名字哈",
    "主播：好，我们看下一位，“{nick}”，你说。\n连麦：我是{N1}的老婆，{N1}欠了钱跑了，他们就来找我和我婆婆{Nf2}，住址{A1}都被他们发到网上了。",
    "直播间置顶：今晚连麦嘉宾{N1}律师（{law}）。\n连麦记录：\n1. 用户“{nick}”——被催收冒充{court}\n2. {N2}——担保人被起诉\n3. {N3}——征信有错误",
    "【语音转文字 {dur}″】主播你好我是{N1}啊我想问一下就是催收的人说要去找我岳父{Nm2}他们能这样吗",
    "主持人{N1}：今天我们请到了{city}{court}的调解员{N2}。{N2}老师，最近网贷纠纷多吗？\n{N2}：非常多。",
)

add("credit",
    "个人信用报告（本人版）\n被查询者姓名：{N1}　证件类型：身份证　证件号码：{I1}\n查询机构：{bank}　查询原因：本人查询\n一、个人基本信息\n配偶姓名：{N2}　配偶证件号码：{I2}\n手机号码：{P1}\n居住地址：{A1}\n工作单位：{company}",
    "查询记录\n{date} {plat} 贷款审批\n{date2} {bank} 贷后管理\n我从来没授权过，为什么{plat}能查我？我叫{N1}，身份证{I1|sp684}",
    "征信异议申请\n申请人：{N1}\n证件号码：{I1}\n异议内容：{bank}账户（尾号{tail}）显示逾期，但该账户系{N2}冒用本人身份办理。\n联系电话：{P1}",
    "手机号码信息\n序号 手机号码 信息更新日期\n1 {P1} {date}\n2 {P2} {date2}\n3 {P3} {date3}\n（第2个号码是我前夫{Nm1}的，他用我的身份贷款）",
    "征信上的居住信息写的是{A1}，那是我妹{Nf1}家，不是我住的地方。我叫{N2}。",
    "打印的征信报告第3页：为他人担保信息 被担保人{N1}　担保金额{amt}　我根本不认识{N1}！！",
    "银行客户经理{N1}说我征信有“关注”类，让我找{N2}（{bank}个贷中心，{P1|land}）处理。",
    "报告编号那一栏我就不发了。基本信息：姓名{N1}，手机{P1}，邮箱{E1}，单位电话{P2|land}",
)

add("plan",
    "【{plat}】尊敬的{N1}，您申请的分期还款方案已通过：首期{amt}元，剩余分{k}期，请于{date}前存入尾号{tail}的银行卡。",
    "{plat} · 刚刚\n{N1}，您有一笔账单已逾期{days}天\n{plat2} · 3分钟前\n您的紧急联系人{N2}（{P1}）已收到提醒短信",
    "协商记录\n坐席：{N1}（工号{K1|gh}）\n客户：{N2}\n内容：客户表示失业，申请停息挂账；经主管{N3}审批，同意减免违约金，分{k}期。",
    "还款计划确认书\n甲方：{plat}\n乙方：{N1}　身份证号：{I1}\n乙方同意按附表还款，逾期一期即恢复原合同。\n乙方签字：{N1}\n见证人：{N2}",
    "站内信 | {N1}先生您好，您的共同借款人{N2}本期尚未还款，请提醒其及时处理。",
    "【{plat}】{N1}您好，您在{date}申请的延期还款已受理，受理编号{K1|jk}，专员{N2}将联系您。",
    "我按{plat}客服{N1}说的，把{amt}转到了{N2}的卡{C1}里，说是“对公账户”，现在想想是不是被骗了",
    "分期方案对比（客服{N1}发的）：\n方案A 12期 每期{amt}\n方案B 24期 每期{amt2}\n需要本人{N2}签字确认，发到邮箱{E1}",
    "{plat} App 通知中心\n[系统] 亲爱的{N1}，恭喜您获得提额\n[账单] 本期应还{amt}元\n[提醒] 您的合同{K1|ht}即将到期",
)

add("moments",
    "朋友圈：我真的受够了！！！{plat}的催收{N1}天天打我电话，还把我表姐{Nf2}拉进群里骂。\n评论 {N3}：抱抱\n{N4} 回复 {N3}：报警吧",
    "【澄清】我是{N1}，网上流传的“欠款公示”是假的，上面我的身份证号{I1}和电话{P1}都是他们泄露的，请大家不要转发。",
    "仅自己可见 {date}\n今天又把{N1}、{N2}拉黑了，换了号还打。{N1}说下周去我老家{A1}。",
    "朋友圈截图说明：发布者{N1}，配文“谁认识{N2}，让他还钱”，配图是{N2}的身份证照片。",
    "分组可见（家人）：爸妈，这几天要是有人打电话说是{court}的，叫{N1}的，千万别信，挂了就行。{Nf2}",
    "转发 {N1} 的朋友圈：“{N2}借我{amt}两年了不还，电话{P1}，大家帮忙扩散”——这样发合法吗？",
)

add("forum",
    "求助帖｜被网贷催收骚扰，能告他们吗？\n楼主：对方自称{law}的{N1}律师，号码{P1}，说三天内不还就起诉。\n2楼 {nick}：先去司法局网站查，查不到{N1}就是假的。\n楼主：谢谢！",
    "律师在线回答（{N1}律师 {law}）\n问：我爸{Nm2}给人做了担保，借款人{N3}跑了，我爸要还吗？\n答：看保证方式……",
    "help！！my friend {R1} got calls from 催收, they said ta de jinji lianxiren shi {R2}, 怎么办",
    "求助 pinyin 打字：wo jie le {plat} de qian, cuishou {N1} da dianhua gei wo laoban {N2}, zenme ban",
    "[求助] 被冒充 {city}{court} 的短信吓到了，短信里有我全名{N1}和我老婆{Nf2}的名字，他们怎么知道的？",
    "楼主补充：那个自称{N1}的人加了我微信{V1}，还发了一个假的“律师证”，上面名字是{N2}。",
    "Hi all, I'm {R1}，在国外读书，我妈{Nf2}和我舅舅{Nm3}被国内催收骚扰，请问怎么处理？",
    "QQ群里有个叫{N1}的（QQ {Q1}），说能帮忙“协商”，要先交{amt}服务费，大家别信",
    "被申请人名下车辆{L1}，车主{N1}，已于{date}被拖走，停放在{city}某停车场",
    "回复 {nick}：你说的那个{N1}我也遇到过！他还说认识我们村的{N2}，吓死我了",
)

add("box",
    "┌────┬───────────┬────┐\n│姓名│电话　　　　　　　│关系│\n├────┼───────────┼────┤\n│{N1}│{P1}│本人│\n│{N2}│{P2}│母亲│\n│{N3}│{P3}│同事│\n└────┴───────────┴────┘",
    "╔══════════════╗\n║ 担保人：{N1}\n║ 身份证：{I1}\n║ 住址：{A1}\n╚══════════════╝",
    "+------+------------+\n| 名字 | 备注 |\n+------+------------+\n| {N1} | 欠{amt} |\n| {lN1} | 同上 |\n| {N2} | 已还 |\n+------+------------+",
    "序号　姓名　　　关系　　电话\n１　　{N1}　　本人　　{P1|fw}\n２　　{N2}　　配偶　　{P2|fw}\n３　　{N3|br}　　朋友　　{P3}",
)

add("macau",
    "我喺{plat}借咗錢，佢哋打去我阿媽{Tf1}度，又打去我公司，電話{O1}。我住{A1|macau}，佢哋仲話會上嚟。{T2}",
    "【澳門】{Tm1}先生：閣下欠款已逾期{days}天，請盡快聯絡{T2}（{O1}）處理。",
    "{T1}台鑒：\n前借之款，現分期奉還，首期已匯入閣下{bank}帳戶。\n{T2} 謹上",
    "細佬{Tm1}喺內地借咗網貸，而家啲人成日打去屋企，阿爸{Tm2}好嬲。聯絡電話{O1}",
    "我哋公司人事部{Tf1}話收到電話，話我欠錢，仲講埋我個地址{A1|macau}，點算？",
    "借據\n今借到{T1}澳門幣{amt}元正，約定{date}前歸還。\n借款人：{T2}\n電話：{O1}",
)

add("minority",
    "我是{Mm1|uy}，在喀什开馕店，{plat}的人打电话给我哥{Mm2|uy}，说要去{A1|xj}找我爸妈。",
    "牧区的亲戚{Mm1|tib}不会汉语，催收连打了三次，是我帮他接的。他的电话{P1}。",
    "{M1|yi}在西昌打工，老家在{A1|yi}，催收的人说要去他家里贴通知。{M2|yi}是他的担保人。",
    "屯里的{M1|zh}和{M2|zh}都接到了电话，说{N3}欠钱，他们根本不认识{N3}。",
    "借款人：{M1|tib}　紧急联系人：{M2|tib}（配偶）　地址：{A1|tib}",
    "{Mf1}（{M2}的女儿）说，{plat}的人打到她学校{A1|dorm}的宿舍电话上了。",
    "被申请人{M1|mon}，住{A1|gacha}，电话{P1}；被申请人{Mm2|mon}，系{M1}之子。",
    "我叫{M1}，身份证{I1}，之前在{plat}借了钱，我已经还了，他们还在打给我朋友{M2}。",
)

add("nick",
    "{Nm1}（大家都叫他{lNm1}）说钱下周一定还，{lN1}的话能信吗",
    "{zN1}就是{N1}，{plat}的区域经理，天天在群里骂人",
    "{jNf1}，全名{Nf1}，是我们厂财务，她也被打了电话",
    "{xN1}跟我说了，{N1}那边已经还了一半，{gNm2}还没动静，{gNm2}大名叫{Nm2}",
    "群里的{lN1}、{xN2}、{jNf3}，分别是{N1}、{N2}、{Nf3}，都是担保人",
    "“{zN1}”——就是{N1}——给我发了一张律师函照片",
)

add("word",
    "调解员{G1}：双方还有什么意见？没有的话在笔录上签字。\n{N2}：没有了。",
    "我跟{G1}说了好几次，{G1}就是不信那是诈骗短信",
    "村支书{Gm1}说他会去跟{N2}家里人讲，不让催收再进屯",
    "备忘~ {G1}的电话 {P1}，{G1}是担保人!!",
    "直播间连麦的是{Gf1}，她说催收找到了她妈{Nf2}",
    "征信异议\n申请人：{G1}\n证件号码：{I1}\n异议内容：查询记录非本人授权",
    "朋友圈：谢谢{G1}借我的{amt}，下个月发了工资一定还。",
    "{G1}：我是借款人{N2}的同事，不是紧急联系人，请不要再打了。",
    "{G1}吾兄：\n见字如面。你替我担保的那笔钱，我已经还了一半。\n弟 {N2}",
    "协商记录 坐席{G1}（工号{K1|gh}）：客户{N2}同意分{k}期，首期{amt}",
    "楼主：催收的自称{G1}，说是{law}的，我查了没有这个律师",
    "【{plat}】{G1}您好，您的还款计划已生效。",
)

add("other",
    "备忘：银行卡 {C1}（{bank}），另一张 {C2}",
    "号码记一下：{P1} / {P2} / {P3}，都是同一伙人",
    "地址 {A1}，他们说明天上门",
    "身份证号 {I1}，被他们发到了群里",
    "车牌{L1}的车在我家楼下停了一晚上",
    "两辆车：{L1}、{L2}，天天在小区门口",
    "QQ {Q1} 和 {Q2} 都加过我，都说是法务",
    "支付宝用户号{K1|zfb}，对方让我转到这个账户",
    "加我的QQ是{Q1}，邮箱{E1}",
    "对方微信：{V1}，收款码备注“还款”",
    "合同编号{K1|ht}，借款金额{amt}，已还{amt2}",
    "他们寄的快递上写的地址：{A1}，电话{P1}",
    "{time} 来电 {P1}\n{time} 来电 {P2}\n{time} 短信 {P3}",
    "征信上多了一个号码{P1}，还有一个地址{A1}，都不是我的",
    "直播间有人发了个号码{P1}，说是催收的，大家小心",
)

NONE_TEXTS = [
    "调解笔录\n调：双方是否同意调解？\n申：同意。\n被：同意。\n调：今天先到这里，下次另行通知。",
    "审：被告是否到庭？\n书记员：被告经传票传唤未到庭。\n审：缺席审理。",
    "问：你对借款金额有无异议？\n答：本金没有异议，利息有异议。\n问：还有什么要补充的？\n答：没有了。",
    "备忘录\n☐ 打印银行流水\n☑ 去银行开结清证明\n☐ 问清楚违约金怎么算",
    "记。。今天又来了三个电话、、都没接~~明天去营业厅换号!!!",
    "to do：1.查征信 2.打12378 3.找法律援助",
    "见字如面。家里都好，勿念。欠的钱我会慢慢还，你别担心。",
    "此致\n敬礼\n（落款略）",
    "弹幕：报警\n弹幕：打12378\n弹幕：别理他们\n主播：大家冷静一点",
    "主播：下一位连麦的朋友你好，请说。\n连麦用户：主播你好，我想问一下停息挂账是真的吗？",
    "个人信用报告（本人版）\n查询原因：本人查询\n五级分类：正常\n当前逾期期数：0",
    "查询记录\n贷款审批\n贷后管理\n信用卡审批\n本人查询（互联网个人信用信息服务平台）",
    "【分期通知】您申请的分期方案已通过，请按期还款，逾期将恢复原合同。",
    "通知中心\n[系统] 您的账单已出\n[提醒] 本期最低还款额已更新\n[活动] 新用户专享优惠券",
    "朋友圈：今天终于把最后一期还完了，感谢家人的包涵。",
    "仅自己可见：再坚持三个月就还清了。",
    "求助帖｜停息挂账到底能不能办？\n楼主：如题。\n2楼：可以试试直接找银行协商。",
    "律师在线回答\n问：网贷利息超过多少可以不还？\n答：以合同成立时一年期LPR四倍为限。",
    "┌────┬────┐\n│姓名│关系│\n├────┼────┤\n│（略）│本人│\n└────┴────┘",
    "序号　姓名　关系　电话\n１　（不填）　本人　（不填）",
    "佢哋成日打電話嚟，我真係好煩。",
    "閣下欠款已逾期，請盡快處理。",
    "屯里开会说了，有人冒充法院发传单，大家不要信，不要打上面的电话。",
    "村委会调解记录\n参加人员：（略）\n调解结果：双方自愿达成协议。",
    "小王又打电话来了，老李说别理他。",
    "王总说下周再谈，张姐让我先别急。",
    "老周那边还没消息，小陈说他也不清楚。",
    "周末也被打了十几个电话，严重影响生活。",
    "高度怀疑是冒充的律师函，上面连律师执业证号都没有。",
    "马上就到还款日了，余额还差一点。",
    "黄金周期间客服不上班，还款顺延。",
    "【语音转文字 12″】喂我想问一下这个分期到底怎么弄",
    "help！！被催收骚扰了，有人知道怎么投诉吗",
    "wo bu zhi dao zen me ban, cuishou tian tian da dianhua",
    "借据\n今借到______人民币______元整。\n借款人：______",
    "调解协议（村级）\n甲方：（略）\n乙方：（略）\n乙方于年底前还清借款。",
    "弹幕：主播我也是这个平台\n弹幕：一样一样\n主播：大家把情况发私信",
    "征信异议已受理，受理编号请以短信为准，二十个工作日内回复。",
    "站内信 | 您的还款计划已生效，请按时还款。",
    "分组可见（家人）：最近要是有人打电话说是法院的，直接挂掉。",
]

# ---------------------------------------------------------------- preserve candidates
SUR_SENT = [
    "包裹里是法院专递吗", "合同里包含服务费吗", "车贷还剩三期", "车位费也被算进欠款了", "我不甘心被这样催",
    "费用明细里有一笔担保费", "年化费率超过了百分之三十六", "计划下个月先还一半", "解除授权要去哪里办",
    "请解释一下这笔违约金", "房贷和网贷哪个先还", "房租已经拖了两个月", "房东说再拖就搬走", "毕业两年还没还清",
    "毕竟是我自己借的", "单据都拍照留存了", "单位领导也接到了电话", "材料齐全才能立案", "米面油都快买不起了",
    "乐意配合，但请不要骚扰家人", "申请停息挂账被拒了", "申诉材料已经提交", "庞大的利息让人喘不过气",
    "尚未收到法院传票", "顾虑太多反而误事", "温度再低外访也照来", "羊毛出在羊身上", "商量一个还款方案吧",
    "商户收款码不是对公账户", "牛奶钱都要算着花", "柴米油盐样样要钱", "元旦前能不能先还一期", "元宵节也在催",
    "全部还清后开结清证明", "全款还清可以减免利息吗", "卫生间里都能听到电话响", "钟点工的工资还没结",
    "甄别真假律师函的方法", "不会屈服于暴力催收", "项目款还没回来", "贺卡里夹了一张催款单", "农村信用社的贷款",
    "农历年底一定还上", "水电费都欠着", "熊孩子把催收电话接了", "强制执行前会有通知吗", "能否延期三个月",
    "阳台上都晒着催款单", "明细请以账单为准", "凡是陌生链接都不要点", "花费比借的钱还多", "利息按日计算",
    "利率是多少合同上写着", "成本太高借不起", "云端备份了通话录音", "洪水冲了庄稼，收入没了", "经济困难是实情",
    "经过协商双方同意分期", "关于延期还款的申请", "关闭自动扣款要去哪里", "施工队的工钱被拖欠了",
    "展期需要另签协议吗", "广告里说零利息都是假的", "广场上有人发网贷传单", "宁愿多还点本金也别骚扰家人",
    "门口被人用红漆写了字", "门卫说有人来找过我", "桂花开的时候一定还清", "上门催收要提前告知吗",
    "上报征信之前有没有通知", "岳父岳母都被打了电话", "师傅说车被拖走了", "左边那栋楼也被贴了纸",
    "危险驾驶跟欠款无关", "应急借的钱滚成了三万", "应该先还利息高的", "蓝色的信封是法院专递",
    "红色的字写着最后通牒", "康复期间实在无力还款", "麦子收了就还", "和解协议已经签了", "平时都按时还的",
    "平台客服电话一直占线", "伏天也没停过电话", "支付宝自动扣款失败", "支出太多入不敷出", "盛夏的电费也交不起",
    "柏树底下贴的是什么通知", "章节号写错了，律师函是假的", "谈判没谈拢", "都市丽人也是贷款买的",
    "管理费一个月两百", "管控措施不包括骚扰家人", "庄稼地里都能接到催收电话", "焦虑得睡不着", "焦急地等法院回复",
    "秋收以后再还", "秋天之前一定想办法", "冷静期内可以撤销", "殷勤的客服突然变了脸", "巴士上接到了电话",
    "劳务费还没到账", "劳动合同能证明收入", "时效过了还能起诉吗", "东西被拿走抵债合法吗", "南方人说话口音重",
    "钱包里只剩二十块", "燕子都回来了，钱还没凑齐", "信用修复都是骗人的", "信件寄到了老家", "甘蔗地里信号不好",
    "蒲公英开满了，债还没还完", "双方各让一步", "双倍赔偿没有法律依据", "国庆节前后不打电话", "边上的人都听见了",
    "于是我去了派出所", "连续三天上门", "连本带利要还两万", "雷打不动每月十五号还", "谭记面馆门口贴了欠款单",
    "郝家沟的快递点", "苗圃的工资卡被冻了", "窦店镇的法庭", "邵阳口音的催收员", "霍乱是一种传染病", "鲁莽地签了字", "殷实的家底也经不起借", "宫廷剧里的借据", "姚记扑克",
    "孟冬时节", "秦汉时期的借贷", "虞美人", "喻意很好", "冀中能源", "尹字怎么写",
]
MIN_QA = [
    "双方是否同意调解？", "同意调解。", "不同意调解。", "对欠款金额有无异议？", "本金没有异议。",
    "利息有异议，要求按法定利率计算。", "你现在有没有固定收入？", "没有，打零工。", "每月能还多少？",
    "最多能还五百。", "是否申请回避？", "不申请回避。", "以上笔录是否属实？", "属实。", "请核对后签字。",
    "你还有什么要补充的？", "没有补充。", "申请人的诉讼请求是什么？", "要求被申请人偿还本息。",
    "被申请人是否有还款能力？", "暂时没有。", "你们同意分期吗？", "同意分十二期。",
    "违约金能否减免？", "可以减免一半。", "下次调解时间另行通知。", "今天的调解到此结束。",
    "被告经传票传唤未到庭。", "原告的委托代理人到庭。", "是否同意延期审理？", "同意延期。",
    "是否接受诉前调解？", "接受。", "你是否知道对方的联系方式？", "不知道。", "借款时有没有书面合同？",
    "有，是电子合同。", "合同里有没有约定服务费？", "有，但我当时没看。", "你是否收到过律师函？",
    "收到过，寄到单位了。", "对方有没有上门？", "上过一次门。", "有没有威胁你？", "说要去学校找孩子。",
    "你报警了吗？", "报了，派出所做了登记。", "有没有录音？", "有录音，可以提交。",
]
MIN_LBL = [("问：", "答："), ("调：", "申："), ("调：", "被："), ("审：", "原："), ("审：", "被："), ("调解员：", "当事人：")]
CREDIT_LBL = [
    "被查询者姓名", "被查询者证件类型", "被查询者证件号码", "查询机构", "查询原因", "报告编号", "报告时间",
    "配偶姓名", "配偶证件号码", "配偶联系电话", "居住地址", "居住状况", "工作单位", "单位电话", "职业",
    "信息更新日期", "账户状态", "五级分类", "当前逾期期数", "当前逾期总额", "最近五年逾期记录",
    "累计逾期月数", "最高逾期期数", "担保金额", "担保余额", "被担保人", "授信额度", "已用额度", "本月应还款",
    "本月实还款", "最近一次还款日期", "账户数", "未结清账户数", "呆账", "资产处置信息", "异议标注",
    "本人声明", "查询记录汇总", "贷后管理次数", "贷款审批次数",
]
CREDIT_FORM = ["{l}：", "{l}：--", "{l}：（空）", "{l}：见附表", "{l}：暂无"]
APP_NOTE = [
    "【{p}】您的账单已出，请按时还款。", "【{p}】本期还款日为明天，请确保卡内资金充足。",
    "【{p}】自动扣款失败，请手动还款。", "【{p}】您申请的延期还款已受理。", "【{p}】您的分期方案已生效。",
    "【{p}】提前还款无需支付违约金。", "【{p}】您的额度已冻结，如有疑问请联系客服。",
    "{p}提醒：请勿相信任何“征信修复”广告。", "{p}提醒：我司不会要求您向个人账户转账。",
    "{p} · 刚刚：您有一笔账单即将到期", "{p} · 3分钟前：还款成功，感谢您的信任",
    "{p}的协商还款入口在哪里", "{p}可以申请停息挂账吗", "{p}的客服说可以减免违约金", "{p}逾期会上征信吗",
    "{p}的催收说要起诉我", "{p}打电话给我通讯录里的人怎么办", "{p}的分期方案靠谱吗",
    "{p}寄来的律师函是真的吗", "{p}还清后多久能开结清证明",
]
MEMO = [
    "打印银行流水", "去银行开结清证明", "问清楚违约金怎么算", "给法律援助中心打电话", "整理通话录音",
    "把截图发给律师", "查一下征信", "周五前还信用卡最低", "换个手机号", "把紧急联系人改掉", "别再借新还旧",
    "记账！每一笔都记", "去派出所拿受案回执", "写投诉信", "准备调解材料", "复印身份证（自己留一份）",
    "问问单位能不能预支工资", "取消自动续费", "卖掉旧电脑", "买个录音笔", "下载中国裁判文书网查案号",
    "跟银行约协商的时间", "打12378", "打12321举报短信", "看清楚合同的利率", "把还款计划表打出来",
    "每月十五号前存钱", "不要接陌生号码", "告诉爸妈别信", "存好快递单",
]
MEMO_PFX = ["☐ ", "☑ ", "1. ", "- ", "~", "备忘："]
DANMU = [
    "报警", "打12378", "别理他们", "主播我也是这个平台", "一样一样", "录音留证据", "主播说得对",
    "千万别转账", "先查合同", "投诉有用吗", "我上个月也被冒充法院", "求主播连麦", "家人们冲啊",
    "同款催收", "已关注", "学到了", "这平台我也借过", "截图保存", "别信征信修复",
]
HOST = ["大家不要在弹幕里发电话", "请保护好个人信息", "下一位连麦的朋友请说", "这个问题很常见",
        "我们先听听律师怎么说", "连麦时间有限，请简单描述", "今天的直播就到这里", "大家冷静一点",
        "先把合同找出来", "利息超过上限的部分可以不认", "有录音就保存好", "不要私下转账"]
CANTO = [
    "佢哋成日打電話嚟", "我真係好煩", "唔好理佢哋", "報警啦", "你欠咗幾多錢", "啲利息貴到離譜",
    "我阿媽好驚", "佢話聽日會上嚟", "咪畀佢入屋", "記得錄音", "收到律師信點算", "分期還得唔得",
    "閣下欠款已逾期，請盡快處理", "如有疑問，請致電客戶服務熱線", "本行不會透過短訊要求閣下提供密碼",
    "請於限期前清還欠款", "逾期將影響閣下信貸評分", "前借之款，現分期奉還", "謹此通知",
    "借據一式兩份", "澳門幣", "港幣", "新臺幣",
]
LETTER = [
    "见字如面", "家里都好，勿念", "此致敬礼", "恳请宽限", "恳请贵公司考虑我的实际困难", "望回复为盼",
    "特此说明", "以上情况属实", "顺颂商祺", "敬请谅解", "我一定会想办法还上", "请不要再打扰我的家人",
    "我愿意承担应还的本金", "对利息部分我有异议", "请贵所提供债权转让的通知", "请出示委托催收的授权书",
    "回函请寄到本人户籍地址", "我已向有关部门投诉", "附件：收入证明一份", "附件：病历复印件",
]
LEGAL = [
    "律师函不是法院文书，没有强制力", "诉前调解不收费", "调解协议经司法确认后可以申请强制执行",
    "分期还款协议要写清楚每期金额和日期", "逾期一期是否恢复原合同要看约定", "征信异议二十个工作日内答复",
    "征信上的关注类不等于逾期", "五级分类分为正常、关注、次级、可疑、损失", "本人查询征信每年有两次免费",
    "查询原因写的是贷后管理", "贷款审批查询太多会影响贷款", "停息挂账需要本人与银行协商",
    "个性化分期最长可以分五年", "债权转让要通知债务人", "催收不得向无关第三人透露债务信息",
    "暴力催收可以向金融监管部门投诉", "冒充公检法是违法行为", "法院不会通过短信要求转账",
    "传票一般通过法院专递或电子送达", "被执行人可以申请执行和解", "执行和解后要按约履行",
    "失信名单可以申请删除", "限高令会影响坐高铁", "网贷利率超过法定上限的部分不受保护",
    "砍头息应从本金中扣除", "服务费、会员费可能被认定为变相利息", "保证期间过了担保人可以不担责",
    "一般保证有先诉抗辩权", "连带责任保证没有先诉抗辩权", "夫妻共同债务要看用途",
    "村委会可以组织人民调解", "人民调解协议具有合同效力", "调解员不得收取任何费用",
    "调解不成可以另行起诉", "线上调解同样有效", "视频调解需要核实身份",
    "连麦咨询不构成法律意见", "直播间里不要透露身份证号", "朋友圈曝光他人欠款可能侵权",
    "发布他人身份证照片涉嫌侵犯个人信息", "论坛发帖注意隐去真实姓名", "快递单上的信息要撕掉再扔",
]
WRAP = ["{}", "温馨提示：{}", "备忘：{}", "楼主：{}", "【提醒】{}", "{}。", "{}？", "调解员说：{}", "律师说{}", "{}，记住了"]
PLACE_INST = ["{c}人民法院诉前调解中心", "{c}中级人民法院执行局", "{c}人民调解委员会", "{c}公安局反诈中心",
              "{c}法律援助中心", "{c}司法局", "{c}信访局", "{c}金融纠纷调解中心", "{c}火车站派出所"]
BANK_DEPT = ["{b}信用卡中心", "{b}个贷中心", "{b}资产保全部", "{b}客服热线", "{b}贷后管理部", "{b}营业部"]
SEQ_NUM = ["欠款三万八", "已经还了六期", "还剩十二期", "逾期九十多天", "借了三千还了九千", "每期八百六",
           "首付两千，剩下分二十四期", "违约金减免一半", "利息打七折", "本金一万二"]


def preserve_candidates():
    out = []
    for s in SUR_SENT:
        for w in rng.sample(WRAP, 4):
            out.append(w.format(s))
    for q in MIN_QA:
        for a, b in rng.sample(MIN_LBL, 4):
            lab = a if q.endswith("？") else b
            out.append(lab + q)
        out.append(q)
    for l in CREDIT_LBL:
        for f in CREDIT_FORM:
            out.append(f.format(l=l))
    for n in APP_NOTE:
        for p in PLATS:
            out.append(n.format(p=p))
    for m in MEMO:
        for p in MEMO_PFX:
            out.append(p + m)
        out.append(m + "!!!")
        out.append(m + "。。")
    for x in DANMU:
        for p in ["弹幕：", "", "【弹幕】"]:
            out.append(p + x)
    for x in HOST:
        for p in ["主播：", "", "主持人：", "律师："]:
            out.append(p + x)
    for c in CANTO:
        out.append(c)
        out.append(c + "。")
        out.append("截圖文字：" + c)
    for x in LETTER:
        out.append(x)
        out.append(x + "。")
        out.append("信里写着：" + x)
    for x in LEGAL:
        for w in rng.sample(WRAP, 4):
            out.append(w.format(x))
    for w, uses in WORD_USES.items():
        for u in uses:
            out.append(u)
            out.append(u + "。")
    for c in CITIES:
        for i in PLACE_INST:
            out.append(i.format(c=c))
    for b in BANKS:
        for d in BANK_DEPT:
            out.append(d.format(b=b))
    for x in SEQ_NUM:
        for w in ["{}", "总共{}", "{}，是真的", "催收说{}"]:
            out.append(w.format(x))
    return out

# ---------------------------------------------------------------- engine
SLOT = re.compile(r"\{([^{}]+)\}")
NAME_SLOT = re.compile(r"([xlzjgs]?)([NMGTR])([fm]?)(\d)(?:\|(\w+))?$")
PII_SLOT = re.compile(r"([PIACQVELKO])(\d)(?:\|(\w+))?$")
DIGITS7 = re.compile(r"[0-9０-９]{7,}")
DERIVE = {"x": lambda s: "小" + s, "l": lambda s: "老" + s, "z": lambda s: s + "总",
          "j": lambda s: s + "姐", "g": lambda s: s + "哥", "s": lambda s: s}


def fill(tpl):
    persons, piis, fills = {}, {}, {}
    out, spans, pos, last = [], [], 0, 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[last:m.start()])
        pos += m.start() - last
        last = m.end()
        key = m.group(1)
        nm, pm = NAME_SLOT.match(key), PII_SLOT.match(key)
        if nm:
            der, kind, sex, idx, fmt = nm.groups()
            k = kind + idx
            if k not in persons:
                if fmt and fmt.startswith("s") and fmt[1:].isdigit():
                    ref = persons["N" + fmt[1:]]
                    for _ in range(200):
                        full = ref.sur + han_given(sex or rng.choice("mf"))
                        if name_ok(full):
                            break
                    else:
                        raise RuntimeError("family name")
                    USED_NAMES.append(full)
                    USED_CORE.append(norm(full))
                    persons[k] = Person(full, ref.sur, sex, "N")
                else:
                    persons[k] = draw_person(kind, sex or None, fmt if kind == "M" else None)
            p = persons[k]
            if der:
                val, lab = DERIVE[der](p.sur), None
            else:
                val, lab = name_form(p, fmt if fmt and not fmt.startswith("s") else None), "name"
        elif pm:
            letter, idx, fmt = pm.groups()
            k = letter + idx
            if k not in piis:
                kind, mk = PII_MAKERS[letter]
                if letter == "A" and fmt is None:
                    eth = [pp.eth for pp in persons.values() if pp.eth]
                    fmt = ADDR_ETH[eth[0]] if eth and rng.random() < 0.7 else None
                piis[k] = (kind, mk(fmt) if fmt else mk())
            lab, val = piis[k]
        else:
            if key not in fills:
                fills[key] = FILLERS[key.rstrip("0123456789")]()
            val, lab = fills[key], None
        if lab:
            spans.append((pos, pos + len(val), lab, val))
        out.append(val)
        pos += len(val)
    out.append(tpl[last:])
    return "".join(out), spans


def check_record(text, spans):
    """Return list of pii dicts, or None if the record must be redrawn."""
    covered = [False] * len(text)
    for a, b, _, _ in spans:
        for i in range(a, b):
            covered[i] = True
    vals = OrderedDict()
    for a, b, kind, val in sorted(spans):
        assert text[a:b] == val
        vals.setdefault(val, kind)
    vlist = list(vals.items())
    for v, _ in vlist:
        i = text.find(v)
        while i >= 0:
            if not all(covered[i:i + len(v)]):
                return None
            i = text.find(v, i + 1)
    for v1, _ in vlist:
        for v2, _ in vlist:
            if v1 != v2 and norm(v2) in norm(v1):
                return None
    masked = "".join("\x00" if covered[i] else ch for i, ch in enumerate(text))
    if DIGITS7.search(masked):
        return None
    mn = norm(masked)
    for c in USED_CORE:
        if c in mn:
            return None
    return [{"kind": k, "value": v} for v, k in vlist]


def read_others():
    texts, lines = [], []
    files = sorted(os.listdir(DEDUPE_DIR))
    nfiles = 0
    for f in files:
        if not f.startswith("scrub_") or f in (OWN_JSONL, OWN_PRESERVE):
            continue
        path = os.path.join(DEDUPE_DIR, f)
        if f.endswith(".jsonl"):
            nfiles += 1
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(json.loads(line)["text"])
        elif "preserve" in f and f.endswith(".txt"):
            nfiles += 1
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        lines.append(line.rstrip("\n"))
    return nfiles, texts, lines


def main():
    global STATIC_BLOB, PRESERVE_BLOB, OTHER_PRESERVE_BLOB
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        src = fh.read()
    # word-names must not occur in any template, fixed text or filler list
    tpl_blob = "\n".join(t for _, t in T) + "\n".join(NONE_TEXTS) + "".join(
        PLATS + BANKS + LAWS + CITIES + VILLAGES + COMPANIES + RADIOS + FORUMNICK)
    for w in WORD_NAMES:
        assert w not in tpl_blob, w
    STATIC_BLOB = norm(src)

    nfiles, other_texts, other_lines = read_others()
    other_norm = sorted(OrderedDict.fromkeys(norm(x) for x in other_texts + other_lines).keys())
    other_set = dict.fromkeys(other_norm)
    big = "\x00".join(other_norm)
    OTHER_PRESERVE_BLOB = "\x00".join(norm(x) for x in other_lines)
    print("dedupe: read %d other files, %d distinct texts/lines" % (nfiles, len(other_norm)))

    # ---- preserve
    cands = preserve_candidates()
    kept, seen = [], {}
    own_rep = eq = cont = dig = 0
    for c in cands:
        n = norm(c)
        if n in seen:
            own_rep += 1
            continue
        seen[n] = 1
        if DIGITS7.search(c):
            dig += 1
            continue
        if n in other_set:
            eq += 1
            continue
        if n in big:
            cont += 1
            continue
        kept.append(c)
    PRESERVE_BLOB = "\x00".join(norm(x) for x in cands)
    print("preserve: %d candidates, %d own repeats, %d with 7+ digits, %d equal to another corpus, "
          "%d contained in another corpus, %d kept" % (len(cands), own_rep, dig, eq, cont, len(kept)))

    # ---- records
    plan = OrderedDict([("minutes", 36), ("village", 26), ("memo", 34), ("letter", 26), ("live", 24),
                        ("credit", 26), ("plan", 28), ("moments", 20), ("forum", 28), ("box", 14),
                        ("macau", 16), ("minority", 24), ("nick", 16), ("word", 20), ("other", 28), ("none", 30)])
    by_group = OrderedDict()
    for g, t in T:
        by_group.setdefault(g, []).append(t)
    uses = OrderedDict(((g, t), 0) for g, t in T)
    records, own_texts = [], {}
    rej_check = rej_dupe = rej_other = 0
    none_pool = list(NONE_TEXTS)
    rng.shuffle(none_pool)
    for g, n in plan.items():
        for i in range(n):
            if g == "none":
                if not none_pool:
                    break
                text = none_pool.pop()
                tn = norm(text)
                if tn in own_texts:
                    rej_dupe += 1
                    continue
                if tn in other_set or tn in big:
                    rej_other += 1
                    continue
                if DIGITS7.search(text) or any(c in tn for c in USED_CORE):
                    rej_check += 1
                    continue
                own_texts[tn] = 1
                ALL_TEXT_NORM.append(tn)
                records.append((g, None, text, []))
                continue
            tpls = by_group[g]
            for attempt in range(60):
                if i < len(tpls):
                    tpl = tpls[i]
                else:
                    tpl = rng.choice(tpls)
                mark = len(USED_NAMES)
                text, spans = fill(tpl)
                pii = check_record(text, spans)
                tn = norm(text)
                bad = None
                if pii is None:
                    bad = "check"
                elif tn in own_texts:
                    bad = "dupe"
                elif tn in other_set or tn in big:
                    bad = "other"
                if bad:
                    del USED_NAMES[mark:]
                    del USED_CORE[mark:]
                    if bad == "check":
                        rej_check += 1
                    elif bad == "dupe":
                        rej_dupe += 1
                    else:
                        rej_other += 1
                    continue
                own_texts[tn] = 1
                ALL_TEXT_NORM.append(tn)
                uses[(g, tpl)] += 1
                records.append((g, tpl, text, pii))
                break
            else:
                raise RuntimeError("could not fill " + g)
    print("records: %d written; redraws: %d failed self-checks, %d repeated own text, "
          "%d equal to / contained in another corpus" % (len(records), rej_check, rej_dupe, rej_other))
    for (g, t), u in uses.items():
        assert u >= 1, (g, t[:30])

    # ---- final verification over the whole corpus
    name_cores = []
    for _, _, text, pii in records:
        for d in pii:
            if d["kind"] == "name":
                name_cores.append(norm(d["value"]))
            if d["kind"] == "id_number":
                v = d["value"].translate(str.maketrans("０１２３４５６７８９Ｘ", "0123456789X"))
                v = re.sub(r"[\s/]", "", v).upper()
                s = sum(int(c) * w for c, w in zip(v[:17], ID_W))
                assert "10X98765432"[s % 11] == v[17], v
            if d["kind"] == "bank_card":
                v = d["value"].translate(str.maketrans("０１２３４５６７８９", "0123456789"))
                assert luhn_ok(re.sub(r"[\s/\-]", "", v)), v
    name_cores = list(OrderedDict.fromkeys(name_cores))
    other_rec_blob = "\x00".join(norm(x) for x in other_texts)
    print("overlap (counts only): %d of %d distinct names occur in other corpora's preserve lines "
          "(all word-names), %d occur somewhere in other corpora's record texts" % (
              sum(1 for c in name_cores if c in OTHER_PRESERVE_BLOB), len(name_cores),
              sum(1 for c in name_cores if c in other_rec_blob)))
    for g, _, text, pii in records:
        covered = [False] * len(text)
        for d in pii:
            i = text.find(d["value"])
            assert i >= 0
            while i >= 0:
                for j in range(i, i + len(d["value"])):
                    covered[j] = True
                i = text.find(d["value"], i + 1)
        masked = norm("".join("\x00" if covered[i] else ch for i, ch in enumerate(text)))
        for c in name_cores:
            assert c not in masked, (c, g)
        assert not DIGITS7.search(masked)
        order = [text.find(d["value"]) for d in pii]
        assert order == sorted(order)
    word_cores = [norm(w) for w in WORD_NAMES]
    pres_norm = [norm(x) for x in kept]
    pblob = "\x00".join(pres_norm)
    for c in name_cores:
        if c not in word_cores:
            assert c not in pblob, c
    assert len(set(pres_norm)) == len(pres_norm)
    assert len(kept) >= 2000, len(kept)

    # ---- write
    rng.shuffle(kept)
    rng.shuffle(records)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OWN_JSONL), "w", encoding="utf-8") as fh:
        for k, (g, tpl, text, pii) in enumerate(records):
            sender = None
            if g == "plan" and text.startswith("【") and rng.random() < 0.5:
                sender = "1069" + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([8, 9])))
            elif g == "macau" and rng.random() < 0.4:
                sender = "+853 6" + "".join(str(rng.randint(0, 9)) for _ in range(7))
            rec = OrderedDict([("id", "t14-%04d" % (k + 1)), ("text", text), ("sender", sender), ("pii", pii)])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OWN_PRESERVE), "w", encoding="utf-8") as fh:
        for line in kept:
            fh.write(line + "\n")

    counts = OrderedDict()
    for _, _, _, pii in records:
        for d in pii:
            counts[d["kind"]] = counts.get(d["kind"], 0) + 1
    print("items by kind:", ", ".join("%s %d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1])),
          "| total", sum(counts.values()))
    print("records without personal data:", sum(1 for r in records if not r[3]))
    gc = OrderedDict()
    for g, _, _, _ in records:
        gc[g] = gc.get(g, 0) + 1
    print("records by group:", ", ".join("%s %d" % kv for kv in gc.items()))
    if os.environ.get("TUNE14_TEMPLATE_COUNTS"):
        for (g, t), u in uses.items():
            print("%-9s %2d  %s" % (g, u, t[:40].replace("\n", "\\n")))


if __name__ == "__main__":
    main()
