"""Scrubber tuning corpora, nineteenth writer: long first-person case records
typed on a phone about rural and working lives, and the people in them.

Situations: 拆迁 / 征收 compensation fought over by relatives; farming debts
(合作社 loans, 大棚 losses, a 农资 赊账本, 土地流转 fees); 彩礼, 媒人 and 相亲
scams; a husband or son who gambled online (网赌) and the lender's men;
divorce with shared debts; a relative in a 看守所 or prison; delivery riders,
lorry drivers with ETC cards, driving-school instalments; parents in a 养老院
or caught by 保健品 sellers; fishing boats and coal mines; 医美贷, 租机 and
助贷 middlemen.  Minority people in their own settings: 朝鲜族 in 延边,
Mongolian herders, Tibetan 虫草 traders, Yi clans from 凉山 (clan·given),
Zhuang villages with 屯 and 妚-names, Hui partners (纳/撒/喇/妥 surnames),
Kazakh names (given·father), Dai names (岩X / 玉X).  Hakka and Teochew
romanised relatives abroad (Sabah, Singapore, Thailand: `Voon Nyuk Mui`,
`Lim Kim Huat`, `Somchai Sae-Tang`).  Forms of address (老X, 小X, 阿X, X哥,
X姐, X总, X师傅, X婶) beside full names; voice-input slips and homophone
names (章伟 heard for 张伟); rural addresses (组 / 屯 / 村民小组 / 生产队) and
estates with phase / building / unit / room written in many ways; phones and
IDs in Chinese numerals, split over lines or with 、 and 杠 separators; ten
declared word-names.

Writes, into $TUNE18_OUT_DIR (default: next to this file):
  scrub_tune18.jsonl           about 350 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune18_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-05 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..17.md, the module
docstrings of make_scrub_tune16.py and make_scrub_tune17.py, and `head -2` of
scrub_tune17.jsonl and scrub_tune17_preserve.txt).  Templates, word lists,
minority-name parts, romanisation tables, address parts and preserve
sentences are this writer's own; ordinary Han surnames and some given names
come from Faker zh_CN.

Run:  /work/main/.venv/bin/python make_scrub_tune18.py
Needs Faker==40.63.0 (locale zh_CN).  One random.Random(SEED); Faker is
seeded from it (seed_instance); never iterates over a set.
The dedupe step reads the other scrub_*.jsonl texts and scrub_*preserve*.txt
lines in $TUNE18_DEDUPE_DIR (default: this file's directory) at run time and
prints counts only.  Set TUNE18_TEMPLATE_COUNTS=1 to print template use counts.
"""
import glob
import json
import os
import random
import re
import sys

import faker

assert faker.VERSION == "40.63.0", faker.VERSION
from faker import Faker

SEED = 20270705
R = random.Random(SEED)
FK = Faker("zh_CN")
FK.seed_instance(R.randrange(1 << 30))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE18_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE18_DEDUPE_DIR", HERE)
N_RECORDS = 352


def pick(xs):
    return xs[R.randrange(len(xs))]


# ---------------------------------------------------------------- numbers
MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
              "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
              "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
              "191", "198", "199"]
CN_DIG = "零一二三四五六七八九"
CN_DIG_YAO = "洞幺两三四五六拐八九"  # radio style, used sparingly


def mobile_digits():
    return pick(MOB_PREFIX) + "".join(str(R.randrange(10)) for _ in range(8))


def to_cn(ds, yao=False):
    out = []
    for d in ds:
        if d.isdigit():
            if yao and d == "1":
                out.append("幺")
            else:
                out.append(CN_DIG[int(d)])
        else:
            out.append(d)
    return "".join(out)


def fmt_mobile(style):
    d = mobile_digits()
    a, b, c = d[:3], d[3:7], d[7:]
    if style == "plain":
        return d
    if style == "sp":
        return f"{a} {b} {c}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "86":
        return pick(["+86 ", "+86", "+86-", "0086 "]) + pick([d, f"{a} {b} {c}"])
    if style == "cn":  # read out, typed in Chinese numerals
        return pick([to_cn(f"{a} {b} {c}"), to_cn(d), to_cn(f"{a} {b} {c}", yao=True),
                     to_cn(d, yao=True), f"{a}{to_cn(b)}{c}", to_cn(f"{a}、{b}、{c}")])
    if style == "split":  # broken over lines
        return pick([f"{a}\n{b}\n{c}", f"{d[:7]}\n{c}", f"{a}{b}\n{c}", f"{d[:5]}\n{d[5:]}"])
    if style == "voice":  # voice input separators
        return pick([f"{a}杠{b}杠{c}", f"{a}、{b}、{c}", f"{a}  {b}  {c}", f"{a}—{b}—{c}",
                     f"{a} {d[3:5]} {d[5:7]} {d[7:9]} {d[9:]}", f"{a}…{b}…{c}"])
    raise ValueError(style)


def mobile_any():
    return fmt_mobile(pick(["plain"] * 5 + ["sp", "sp", "dash", "86", "cn", "cn", "split", "voice", "voice"]))


AREA_LAND = ["0433", "0471", "0479", "0891", "0834", "0776", "0953", "0999", "0691", "0692",
             "0753", "0768", "0930", "0371", "0312", "028", "023", "020", "0898", "0817"]


def fmt_landline():
    a = pick(AREA_LAND)
    n = str(R.randrange(2, 9)) + "".join(str(R.randrange(10)) for _ in range(6 if len(a) == 4 else 7))
    return pick([f"{a}-{n}", f"{a} {n}", f"（{a}）{n}", f"{a}{n}"])


def fmt_korea():
    return pick(["010-", "+82 10-", "+82-10-"]) + f"{R.randrange(2000, 9999)}-{R.randrange(1000, 9999)}"


def fmt_malaysia():
    return pick([f"+60 1{R.choice('2369')}-{R.randrange(100, 999)} {R.randrange(1000, 9999)}",
                 f"01{R.choice('2369')}-{R.randrange(1000000, 9999999)}",
                 f"+6088-{R.randrange(200000, 899999)}"])


def fmt_thai():
    return pick([f"+66 8{R.randrange(1, 10)}-{R.randrange(100, 999)}-{R.randrange(1000, 9999)}",
                 f"08{R.randrange(1, 10)}-{R.randrange(100, 999)}-{R.randrange(1000, 9999)}"])


def fmt_sg():
    return pick(["+65 ", "+65-", ""]) + f"{R.choice('89')}{R.randrange(100, 999)} {R.randrange(1000, 9999)}"


# real county-level area codes, grouped by region tag
AREA_ID = {
    "yb": ["222401", "222405", "222406", "222403"],          # 延吉 龙井 和龙 敦化
    "nm": ["150102", "152502", "150602", "152522"],          # 呼和浩特新城 锡林浩特 东胜 阿巴嘎旗
    "xz": ["540102", "542621", "540202"],                    # 拉萨城关 林芝 日喀则桑珠孜
    "ls": ["513431", "513401", "513432", "513430"],          # 昭觉 西昌 喜德 布拖
    "gx": ["451002", "451022", "450102", "451021"],          # 右江 田东 兴宁 田阳
    "nx": ["640302", "640104", "622901", "622924"],          # 利通 兴庆 临夏市 广河
    "xj": ["654002", "654021", "654027", "654003"],          # 伊宁市 伊宁县 特克斯 奎屯
    "yn": ["532801", "533102", "532823", "533103"],          # 景洪 瑞丽 勐腊 芒市
    "mz": ["441402", "441421", "441422"],                    # 梅江 梅县 大埔
    "cz": ["445102", "445103", "445202", "440513"],          # 湘桥 潮安 榕城 潮阳
    "cn": ["410105", "411624", "130602", "130636", "370102", "420106", "430111", "510107",
           "500103", "610113", "320106", "341222", "412723", "371523", "360732", "431021",
           "522130", "450102", "110105", "440305"],
}


def id_number(region="cn", sex=None):
    area = pick(AREA_ID[region])
    y = R.randrange(1952, 2004)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    seq = R.randrange(0, 999)
    if sex == "m" and seq % 2 == 0:
        seq += 1
    if sex == "f" and seq % 2 == 1:
        seq = (seq + 1) % 1000
    body = f"{area}{y:04d}{m:02d}{d:02d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(body[i]) * w[i] for i in range(17))
    ck = "10X98765432"[s % 11]
    if ck == "X" and R.random() < 0.3:
        ck = "x"
    return body + ck


def fmt_id(style, region="cn", sex=None):
    v = id_number(region, sex)
    if style == "plain":
        return v
    if style == "sp":
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if style == "cn":
        return to_cn(v).replace("X", "叉").replace("x", "叉") if R.random() < 0.5 else to_cn(v)
    if style == "split":
        k = pick([6, 10, 12, 14])
        return v[:k] + "\n" + v[k:]
    raise ValueError(style)


CARD_PREFIX = ["622848", "621700", "622202", "622588", "621226", "622700", "621098", "623668", "622908"]


def luhn_card(n):
    body = pick(CARD_PREFIX) + "".join(str(R.randrange(10)) for _ in range(n - 7))
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


def fmt_card(style):
    v = luhn_card(pick([16, 19, 19]))
    if style == "plain":
        return v
    if style == "sp":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "split":
        k = pick([6, 8, 10])
        return v[:k] + "\n" + v[k:]
    if style == "cn":
        return to_cn(v)
    raise ValueError(style)


PLATE_REG = {
    "yb": ["吉H"], "nm": ["蒙A", "蒙H", "蒙K"], "xz": ["藏A", "藏D"], "ls": ["川W"], "gx": ["桂L", "桂A"],
    "nx": ["宁C", "宁A", "甘N"], "xj": ["新F"], "yn": ["云K", "云N"], "mz": ["粤M"], "cz": ["粤U", "粤V"],
    "cn": ["豫P", "豫A", "冀F", "鲁A", "鄂A", "湘A", "川A", "渝B", "陕A", "苏A", "皖K", "赣K", "黔B"],
}
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def fmt_plate(region="cn"):
    head = pick(PLATE_REG[region])
    if R.random() < 0.25:
        tail = pick(["D", "F"]) + "".join(str(R.randrange(10)) for _ in range(5))
    else:
        tail = "".join(pick(PLATE_L + "0123456789" * 2) for _ in range(5))
    return head + pick(["", "", "·", " "]) + tail


def fmt_qq():
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(R.randrange(6, 10)))


LOW = "abcdefghijkmnpqrstuvwxyz"


def fmt_wx():
    k = R.random()
    if k < 0.3:
        return "wxid_" + "".join(pick(LOW + "0123456789") for _ in range(14))
    stem = "".join(pick(LOW) for _ in range(R.randrange(4, 8)))
    return stem + pick(["_", "", "-"]) + str(R.randrange(10, 99999))


def fmt_mail():
    stem = "".join(pick(LOW) for _ in range(R.randrange(4, 9))) + str(R.randrange(1, 9999))
    return stem + pick(["@qq.com", "@163.com", "@126.com", "@sina.com", "@foxmail.com", "@hotmail.com", "@yahoo.com.my"])


def fmt_acct(t):
    n = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    if t == "cq":
        return pick(["CQ", "ZS", "BC"]) + f"-2025-{n(4)}"
    if t == "coop":
        return f"HZS{n(8)}"
    if t == "loan":
        return pick(["NSH", "JK", "DK"]) + f"2026{n(8)}"
    if t == "etc":
        return n(20)
    if t == "rider":
        return pick(["QS", ""]) + n(9)
    if t == "med":
        return f"YM{n(10)}"
    if t == "order":
        return pick(["DD", "", "ZJ"]) + n(16)
    if t == "school":
        return f"XY{n(8)}"
    if t == "inmate":
        return n(10)
    if t == "contract":
        return pick(["HT", "ZL"]) + f"2025{n(7)}"
    raise ValueError(t)


# ---------------------------------------------------------------- names
SURN_COMMON = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
               "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
               "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",
               "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
               "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",
               "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎",
               "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔"]
SURN_RARE = ["仝", "庹", "冉", "邸", "綦", "扈", "禚", "旷", "佴", "粘", "麻", "母", "晁", "暴", "邰",
             "过", "阴", "召", "员", "撖", "寇", "闵", "宦", "瞿", "计", "相", "祁", "惠"]
GIVEN_M = ["永福", "德顺", "长贵", "金山", "有财", "春生", "立新", "卫国", "红兵", "保国", "学文", "志远",
           "宏伟", "俊杰", "浩然", "子轩", "宇航", "思远", "家豪", "博文", "文斌", "利民", "兴旺", "玉林",
           "铁柱", "二虎", "满囤", "栓柱", "庆丰", "洪涛", "海波", "晓东", "建勇", "少华", "宝山", "金贵",
           "树林", "连生", "广才", "占魁", "双喜", "福来", "天佑", "俊豪", "梓豪", "锦程", "明轩", "一鸣"]
GIVEN_F = ["秀兰", "桂英", "凤霞", "玉珍", "翠兰", "春梅", "丽娟", "晓红", "艳芳", "淑芬", "红霞", "美玲",
           "雨涵", "欣怡", "梓萱", "诗琪", "佳怡", "思琪", "慧敏", "秀芝", "金枝", "玉凤", "巧云", "月娥",
           "素珍", "桂香", "小翠", "二妮", "招娣", "爱莲", "冬梅", "彩云", "晓燕", "佩佩", "丹丹", "一诺",
           "语桐", "可欣", "若曦", "梦瑶", "俊英", "玉兰", "改花", "粉莲", "银凤", "雪琴", "丽霞", "小娟"]

KOR_S = ["金", "朴", "崔", "李", "郑", "姜", "全", "玄", "尹", "韩", "申", "俞", "南", "池", "许", "洪", "黄", "吴", "车", "延"]
KOR_M = ["哲洙", "成浩", "明哲", "光日", "东日", "龙洙", "永哲", "昌浩", "泰俊", "正浩", "英男", "春植",
         "相旭", "在贤", "承烈", "铉宇", "圣民", "炳洙", "元吉", "京洙", "日燮", "珉赫", "勇浩", "基洙"]
KOR_F = ["英姬", "顺子", "贞淑", "英爱", "仁淑", "善花", "惠敬", "恩惠", "秀贤", "智媛", "美善", "香兰",
         "玉顺", "京子", "贞姬", "明淑", "顺姬", "银姬", "惠英", "春子", "福实", "敬爱", "今顺", "美兰"]
MON_M = ["额尔敦巴雅尔", "孟和巴图", "朝鲁门", "吉日嘎拉", "宝音德力格尔", "乌力吉", "格日勒图", "额尔德木图",
         "布仁巴雅尔", "阿拉坦仓", "那顺乌日图", "特木尔", "毕力格", "苏和", "巴雅尔图", "图门吉日嘎拉",
         "呼和", "达来", "斯琴毕力格", "哈斯额尔敦", "巴图孟和", "额日和木", "乌恩", "满都拉"]
MON_F = ["其其格", "乌日娜", "苏日娜", "图雅", "萨仁高娃", "敖登格日乐", "斯琴图雅", "通拉嘎", "娜仁花",
         "阿拉腾其其格", "塔娜", "萨茹拉", "额尔登其木格", "托娅", "乌兰图雅", "其木格", "阿如娜", "诺敏",
         "格根塔娜", "哈斯高娃", "琪琪格玛", "乌仁", "莎日娜", "吉雅"]
MON_HANS = ["包", "白", "宝", "鲍", "韩", "陶", "云", "奇"]
TIB_M = ["扎西", "次仁", "旦增", "格桑", "索朗", "尼玛", "达瓦", "洛桑", "边巴", "普布", "平措", "顿珠",
         "罗布", "多吉", "桑珠", "益西", "强巴", "阿旺", "仁青", "贡嘎", "巴桑", "群培", "嘎玛", "才让",
         "更登", "久美", "加措", "东知", "尕藏", "土登"]
TIB_F = ["卓玛", "拉姆", "央金", "德吉", "曲珍", "措姆", "白玛", "拉毛", "次珍", "卓嘎", "桑姆", "旺姆",
         "玉珍", "梅朵", "巴姆", "央宗", "益珍", "次央", "吉措", "拉吉"]
YI_CLAN = ["阿苦", "吉克", "沙马", "阿说", "俄木", "吉伍", "勒格", "马海", "曲木", "阿西", "吉好", "瓦其",
           "阿尔", "俄底", "尔古", "吉吉", "阿侯", "罗洪", "果基", "倮伍", "吉什", "阿力", "加拉", "苏呷"]
YI_M = ["日哈", "曲布", "拉古", "木呷", "伍牛", "阿支", "尔古", "日土", "拉博", "阿呷", "拉哈", "石者",
        "木干", "友哈", "尔且", "格布", "阿牛", "拉铁", "子拉", "乌哈"]
YI_F = ["阿果", "依莫", "尔呷", "阿妞", "莫色", "阿芝", "史火", "伍呷", "阿各", "日莫", "阿衣", "惹作",
        "阿嫫", "布嫫", "里伍", "拉则"]
ZHU_S = ["韦", "覃", "蓝", "农", "陆", "黄", "莫", "卢", "班", "岑", "零", "凌", "廖", "蒙", "闭", "黎"]
ZHU_M = ["特强", "特明", "达贵", "特生", "亚福", "亚贵", "金福", "秀昌", "有良", "振光", "福坤", "仕杰",
         "桂生", "日新", "正权", "绍忠", "达英", "特才"]
ZHU_F = ["妚英", "妚兰", "妚秀", "妚凤", "妚花", "美凤", "秀莲", "桂芳", "月娥", "春燕", "凤英", "玉梅",
         "金兰", "丽萍", "金凤", "妚珍"]
HUI_S = ["马", "纳", "撒", "哈", "脱", "拜", "喇", "虎", "锁", "妥", "改", "海", "穆", "丁", "者", "冶", "米"]
KAZ_M = ["叶尔兰", "努尔兰", "别克", "哈那提", "阿斯哈尔", "赛力克", "达尼亚尔", "巴合提", "马哈什", "叶尔肯",
         "库尔曼", "叶尔波力", "加恒", "达吾列提", "木拉提", "吾拉力", "阿曼", "波拉提", "多斯江", "胡安"]
KAZ_F = ["阿依达娜", "加依娜", "古丽巴哈", "沙吾列", "玛依拉", "热依拉", "阿克勒", "古丽娜尔", "加娜尔",
         "阿依夏", "哈丽黛", "巴合达尔", "阿娜尔", "迪娜", "阿依江", "玛合帕丽"]
DAI_M = ["温", "罕", "香", "帕", "应", "扁", "坎", "庄", "叫", "丙", "糯", "保", "甩", "依"]
DAI_F = ["罕", "南", "叫", "应", "坎", "帕", "丙", "嫩", "波", "喃", "庄", "粘", "香", "拉"]
# Teochew (Singapore / Thai spelling) and Hakka (Sabah / Malaysia spelling): (roman, hanzi)
TEO_S = [("Tan", "陈"), ("Lim", "林"), ("Ng", "黄"), ("Teo", "张"), ("Tay", "郑"), ("Koh", "许"),
         ("Chua", "蔡"), ("Goh", "吴"), ("Sim", "沈"), ("Chia", "谢"), ("Seah", "佘"), ("Heng", "王"),
         ("Yeo", "杨"), ("Ang", "洪"), ("Ong", "翁"), ("Lau", "刘")]
TEO_G = [("Kim Huat", "金发"), ("Soon Huat", "顺发"), ("Chye Heng", "财兴"), ("Hock Seng", "福成"),
         ("Swee Lan", "瑞兰"), ("Geok Eng", "玉英"), ("Bee Hoon", "美云"), ("Lay Hoon", "丽云"),
         ("Siew Hua", "秀华"), ("Teck Seng", "德成"), ("Kok Hua", "国华"), ("Ah Seng", "亚成"),
         ("Poh Choo", "宝珠"), ("Gek Lian", "玉莲"), ("Eng Hock", "荣福"), ("Swee Heng", "瑞兴")]
HAK_S = [("Chong", "张"), ("Chin", "陈"), ("Liew", "刘"), ("Wong", "黄"), ("Yap", "叶"), ("Voon", "温"),
         ("Hiew", "邱"), ("Lai", "赖"), ("Lo", "罗"), ("Choong", "钟"), ("Phang", "彭"), ("Chee", "徐"),
         ("Ku", "古"), ("Fam", "范"), ("Liaw", "廖"), ("Thien", "邓"), ("Kong", "江"), ("Foo", "胡")]
HAK_SYL = [("Nyuk", "玉"), ("Fah", "花"), ("Siew", "秀"), ("Mui", "梅"), ("Fui", "惠"), ("Vun", "文"),
           ("Khiong", "强"), ("Fook", "福"), ("Siong", "祥"), ("Hin", "贤"), ("Yin", "英"), ("Fung", "凤"),
           ("Lan", "兰"), ("Fatt", "发"), ("Kong", "光"), ("Min", "明"), ("Sin", "新"), ("Choi", "财"),
           ("Thiam", "添"), ("Vui", "伟"), ("Yun", "云"), ("Kim", "金"), ("Tshin", "珍"), ("Vooi", "荟")]
HAK_F = ("Nyuk", "Fah", "Siew", "Mui", "Fui", "Yin", "Fung", "Lan", "Yun", "Tshin", "Kim", "Vooi", "Min")
HAK_M = ("Vun", "Khiong", "Fook", "Siong", "Hin", "Fatt", "Kong", "Min", "Sin", "Choi", "Thiam", "Vui", "Kim", "Yun")
THAI_G = ["Somchai", "Malee", "Suda", "Wichai", "Nattapong", "Siriporn", "Anan", "Kanya", "Prasert",
          "Ratana", "Somsak", "Wanida", "Thanakorn", "Pranee", "Chaiwat", "Jintana"]
THAI_S = [("Tang", "陈"), ("Lim", "林"), ("Ng", "黄"), ("Tia", "郑"), ("Heng", "王"), ("Chua", "蔡"),
          ("Ung", "洪"), ("Lee", "李"), ("Tae", "郑"), ("Ou", "胡"), ("Jiw", "周"), ("Koh", "许")]
ALT_SUR = {"张": "章", "章": "张", "王": "汪", "汪": "王", "李": "黎", "黎": "李", "刘": "柳", "吴": "武",
           "武": "吴", "徐": "许", "许": "徐", "程": "成", "成": "程", "江": "姜", "姜": "江", "杨": "阳",
           "候": "侯", "肖": "萧", "萧": "肖", "钟": "仲", "付": "傅", "傅": "付", "彭": "朋", "邓": "等"}
WORD_NAMES = ["甘霖", "莫愁", "蓝天", "麦穗", "康庄", "丰年", "凤仙", "简朴", "满月", "牧歌"]


def han_given(sex):
    if R.random() < 0.45:
        g = FK.first_name_male() if sex == "m" else FK.first_name_female()
    else:
        g = pick(GIVEN_M if sex == "m" else GIVEN_F)
    return g


def mk_person(kind, sex, share=None):
    """Return dict(value, s, g, g1, zh, alt, kind, sex)."""
    p = {"kind": kind, "sex": sex, "zh": None, "alt": None}
    if kind in ("han", "rare", "hui", "zhu", "kor"):
        if share is not None and share.get("s"):
            s = share["s"]
        elif kind == "han":
            s = FK.last_name() if R.random() < 0.5 else pick(SURN_COMMON)
        elif kind == "rare":
            s = pick(SURN_RARE)
        elif kind == "hui":
            s = pick(HUI_S)
        elif kind == "zhu":
            s = pick(ZHU_S)
        else:
            s = pick(KOR_S)
        if kind == "kor":
            g = pick(KOR_M if sex == "m" else KOR_F)
        elif kind == "zhu":
            g = pick(ZHU_M if sex == "m" else ZHU_F)
        else:
            g = han_given(sex)
        p.update(value=s + g, s=s, g=g)
        if s in ALT_SUR:
            p["alt"] = ALT_SUR[s] + g
    elif kind == "mon":
        g = pick(MON_M if sex == "m" else MON_F)
        if R.random() < 0.18:
            s = pick(MON_HANS)
            p.update(value=s + g, s=s, g=g)
        else:
            p.update(value=g, s=g[0], g=g)
    elif kind == "tib":
        if sex == "m":
            a, b = pick(TIB_M), pick(TIB_M)
            while b == a:
                b = pick(TIB_M)
        else:
            a, b = pick(TIB_M + TIB_F), pick(TIB_F)
            while b == a:
                b = pick(TIB_F)
        p.update(value=a + b, s=a, g=b)
    elif kind == "yi":
        clan = share["clan"] if share is not None and share.get("clan") else pick(YI_CLAN)
        g = pick(YI_M if sex == "m" else YI_F)
        sep = pick(["·", "·", "·", "", "•"])
        p.update(value=clan + sep + g, s=clan, g=g, clan=clan)
    elif kind == "kaz":
        g = pick(KAZ_M if sex == "m" else KAZ_F)
        father = share["g"] if share is not None else pick(KAZ_M)
        p.update(value=g + pick(["·", "·", "·", "•"]) + father, s=father, g=g)
    elif kind == "dai":
        if R.random() < 0.2:
            g = ("岩" if sex == "m" else "玉") + pick(DAI_M if sex == "m" else DAI_F)
            p.update(value="刀" + g, s="刀", g=g)
        else:
            g = ("岩" if sex == "m" else "玉") + pick(DAI_M if sex == "m" else DAI_F)
            p.update(value=g, s=g[0], g=g)
    elif kind in ("teo", "hak"):
        if kind == "teo":
            if share is not None:
                sr, sz = share["sr"], share["sz"]
            else:
                sr, sz = pick(TEO_S)
            gr, gz = pick(TEO_G)
        else:
            if share is not None:
                sr, sz = share["sr"], share["sz"]
            else:
                sr, sz = pick(HAK_S)
            pool = [x for x in HAK_SYL if x[0] in (HAK_F if sex == "f" else HAK_M)]
            a, b = pick(pool), pick(pool)
            while b == a:
                b = pick(pool)
            if R.random() < 0.3:
                gr = a[0] + "-" + b[0].lower()
            else:
                gr = a[0] + " " + b[0]
            gz = a[1] + b[1]
        form = R.random()
        if form < 0.6:
            v = f"{sr} {gr}"
        elif form < 0.8:
            v = f"{sr.upper()} {gr}"
        else:
            v = f"{gr} {sr}"
        p.update(value=v, s=sr, g=gr, zh=sz + gz, sr=sr, sz=sz)
    elif kind == "thai":
        sr, sz = pick(THAI_S)
        g = pick(THAI_G)
        p.update(value=f"{g} Sae-{sr}", s=sr, g=g, zh=sz + han_given(sex))
    elif kind.startswith("word/"):
        w = kind.split("/", 1)[1]
        p.update(value=w, s=w[0], g=w[1:])
    else:
        raise ValueError(kind)
    p["g1"] = p["g"][-1]
    return p


def norm(s):
    return re.sub(r"[\s·•・\-]", "", s).lower()


# ---------------------------------------------------------------- places
CITY_EST = [("河南省郑州市", ["金水区", "二七区", "管城回族区"]), ("四川省成都市", ["武侯区", "郫都区", "双流区"]),
            ("湖北省武汉市", ["洪山区", "江夏区"]), ("吉林省延吉市", [""]), ("内蒙古呼和浩特市", ["赛罕区", "新城区"]),
            ("广西南宁市", ["西乡塘区", "青秀区"]), ("宁夏银川市", ["兴庆区", "金凤区"]), ("新疆伊宁市", [""]),
            ("云南省景洪市", [""]), ("广东省梅州市", ["梅江区", "梅县区"]), ("广东省潮州市", ["湘桥区"]),
            ("河北省保定市", ["竞秀区", "莲池区"]), ("山东省临沂市", ["兰山区", "河东区"]), ("安徽省阜阳市", ["颍州区"]),
            ("重庆市", ["渝北区", "江津区"]), ("西藏拉萨市", ["城关区"]), ("四川省西昌市", [""])]
EST_BRAND = ["碧桂园", "万科", "保利", "融创", "恒大", "绿地", "龙湖", "建业", "美的", "中梁", "阳光城", "金科"]
EST_TAIL = ["凤凰城", "城市花园", "翡翠湾", "天悦府", "公园里", "锦绣江南", "御景华府", "滨江壹号", "书香门第",
            "和谐家园", "幸福里", "盛世名门", "丽景湾", "悦澜山", "中央公园", "学府壹号", "新城", "桂语江南"]
EST_PLAIN = ["回迁安置小区", "安置房小区", "幸福家园", "康居新村", "移民新村", "东城佳苑", "兴业花园", "丰泽苑"]
ROADS = ["人民路", "建设路", "解放大道", "迎宾大道", "滨河路", "创业路", "长江路", "光明路", "团结路", "民族路"]


def cn_num(n):
    # 1..99 in Chinese
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fmt_estate():
    prov, dists = pick(CITY_EST)
    name = pick(EST_BRAND) + pick(EST_TAIL) if R.random() < 0.7 else pick(EST_PLAIN)
    ph = R.randrange(1, 6)
    phase = pick([f"{cn_num(ph)}期", f"{ph}期", f"{'Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ'.split()[ph - 1]}期", f"{cn_num(ph)}期{pick('ABC')}区",
                  f"{cn_num(ph)}期{pick(['东区', '西区', '南苑', '北苑'])}", ""])
    b = R.randrange(1, 36)
    u = R.randrange(1, 6)
    fl = R.randrange(2, 33)
    rm = f"{fl}{R.randrange(1, 5):02d}"
    style = R.randrange(12)
    if style == 0:
        bur = f"{b}栋{u}单元{rm}"
    elif style == 1:
        bur = f"{b}幢{u}单元{rm}室"
    elif style == 2:
        bur = f"{b}号楼{u}单元{rm}"
    elif style == 3:
        bur = f"{b}#{u}-{rm}"
    elif style == 4:
        bur = f"{b}-{u}-{rm}"
    elif style == 5:
        bur = f"{b} - {u} - {rm}"
    elif style == 6:
        bur = f"{b}栋 {u}单元 {rm}室"
    elif style == 7:
        bur = f"{cn_num(b)}栋{cn_num(u)}单元{to_cn(rm)}"
    elif style == 8:
        bur = f"{cn_num(b)}号楼{cn_num(u)}单元{cn_num(fl)}楼{R.randrange(1, 5)}号"
    elif style == 9:
        bur = f"{pick('ABCD')}{b}栋{u}-{rm}"
    elif style == 10:
        bur = f"{b}栋{rm}（{u}单元）"
    else:
        bur = f"{b}号楼 {u}门 {rm}"
    sep = pick(["", "", " ", " "])
    pre = R.random()
    if pre < 0.35:
        d = pick(dists)
        return f"{prov}{d}{pick(ROADS)}{R.randrange(1, 400)}号{sep}{name}{phase}{sep}{bur}"
    if pre < 0.6:
        return f"{prov}{pick(dists)}{name}{sep}{phase}{sep}{bur}"
    return f"{name}{sep}{phase}{sep}{bur}"


RURAL = {
    "cn": [("河南省周口市沈丘县", ["付井镇", "槐店镇", "刘庄店镇"], ["小王庄村", "大李营村", "后楼村", "孙营村"]),
           ("河北省保定市顺平县", ["腰山镇", "蒲上镇"], ["南腰山村", "西南庄村"]),
           ("山东省临沂市沂水县", ["高庄镇", "院东头镇"], ["前石岭村", "北店子村"]),
           ("安徽省阜阳市临泉县", ["瓦店镇", "姜寨镇"], ["陈楼村", "郭庄村"]),
           ("江西省赣州市兴国县", ["长冈乡", "龙口镇"], ["塘石村", "睦埠村"]),
           ("湖南省郴州市汝城县", ["文明瑶族乡", "热水镇"], ["沙洲村", "三星村"]),
           ("贵州省黔西南州兴义市", ["则戎镇", "鲁屯镇"], ["冷洞村", "安章村"]),
           ("四川省南充市仪陇县", ["马鞍镇", "复兴镇"], ["琳琅村", "石佛岩村"])],
    "yb": [("吉林省延边州龙井市", ["东盛涌镇", "智新镇"], ["仁化村", "明东村"]),
           ("吉林省延边州和龙市", ["西城镇", "八家子镇"], ["金达村", "上南村"])],
    "nm": [("内蒙古锡林郭勒盟阿巴嘎旗", ["别力古台镇", "洪格尔高勒镇"], ["巴彦图嘎嘎查", "额尔敦宝拉格嘎查"]),
           ("内蒙古鄂尔多斯市鄂托克旗", ["乌兰镇", "木凯淖尔镇"], ["查布嘎查", "包日塔拉嘎查"])],
    "xz": [("西藏那曲市色尼区", ["罗玛镇", "那曲镇"], ["达嘎村", "拉萨村"]),
           ("青海省玉树州称多县", ["称文镇", "歇武镇"], ["上庄村", "当江荣村"])],
    "ls": [("四川省凉山州昭觉县", ["竹核乡", "四开乡"], ["木渣洛村", "好谷村"]),
           ("四川省凉山州布拖县", ["特木里镇", "拖觉镇"], ["依撒村", "阿布洛哈村"])],
    "gx": [("广西百色市田东县", ["林逢镇", "思林镇"], ["那王村", "东养村"]),
           ("广西河池市都安县", ["地苏镇", "东庙乡"], ["大定村", "弄池村"]),
           ("广西崇左市大新县", ["硕龙镇", "雷平镇"], ["隘江村", "安平村"])],
    "nx": [("宁夏吴忠市同心县", ["韦州镇", "豫海镇"], ["韦一村", "旱天岭村"]),
           ("甘肃省临夏州广河县", ["三甲集镇", "祁家集镇"], ["西坪村", "旧城村"])],
    "xj": [("新疆伊犁州特克斯县", ["喀拉达拉镇", "乔拉克铁热克镇"], ["琼库什台村", "阔布村"]),
           ("新疆伊犁州尼勒克县", ["喀拉苏乡", "乌赞镇"], ["塔尔塔村", "阿克塔斯村"])],
    "yn": [("云南省西双版纳州勐腊县", ["勐仑镇", "勐捧镇"], ["曼俄村", "城子村"]),
           ("云南省德宏州瑞丽市", ["姐相乡", "弄岛镇"], ["贺赛村", "等嘎村"])],
    "mz": [("广东省梅州市梅县区", ["松口镇", "南口镇"], ["大黄村", "侨乡村"]),
           ("广东省梅州市大埔县", ["百侯镇", "茶阳镇"], ["侯南村", "同仁村"])],
    "cz": [("广东省潮州市潮安区", ["彩塘镇", "庵埠镇"], ["华美村", "仙溪村"]),
           ("广东省揭阳市揭东区", ["锡场镇", "玉湖镇"], ["华清村", "坪上村"])],
}
TUN_GX = ["那哈屯", "弄怀屯", "坡造屯", "那腊屯", "板六屯", "巴平屯"]


def fmt_rural(region="cn"):
    county, towns, villages = pick(RURAL[region])
    town, vil = pick(towns), pick(villages)
    n = R.randrange(1, 13)
    if region == "gx":
        grp = pick([pick(TUN_GX), pick(TUN_GX) + f"{R.randrange(1, 60)}号", f"{cn_num(n)}组"])
    elif region == "nm":
        grp = pick(["", f"{R.randrange(1, 9)}号", "牧业点"])
    else:
        grp = pick([f"{cn_num(n)}组", f"{n}组", f"第{cn_num(n)}村民小组", f"{cn_num(n)}社",
                    f"第{cn_num(n)}生产队", f"{cn_num(n)}队", f"{n}组{R.randrange(1, 80)}号",
                    f"{cn_num(n)}组{cn_num(R.randrange(1, 40))}号", f"第{n}村民小组{R.randrange(1, 60)}号"])
    style = R.random()
    if style < 0.5:
        return f"{county}{town}{vil}{grp}"
    if style < 0.7:
        return f"{county} {town} {vil} {grp}".strip()
    if style < 0.85:
        short = re.sub(r"^.*?(?:省|内蒙古|广西|新疆|西藏|宁夏)", "", county)
        return f"{short}-{town}-{vil}-{grp}".rstrip("-")
    short = re.sub(r"^.*?(?:市|盟|州(?!市))", "", county)
    return f"{short}{town}{vil}{grp}"


def fmt_addr(kind):
    if kind == "estate":
        return fmt_estate()
    reg = kind.split("/", 1)[1] if "/" in kind else "cn"
    return fmt_rural(reg)


# ---------------------------------------------------------------- fillers
FILL = {
    "amt": ["三万八", "一万二", "两万多", "5000", "8600块", "四万五", "十几万", "1.2万", "六千七百多", "2万3",
            "三十多万", "一万五千块", "九千", "7800", "两万六", "四千多块钱"],
    "amt2": ["一千二", "2300", "三千多", "一千八百块", "4600", "九百多", "两千五"],
    "amt3": ["380", "1260", "96", "540", "2100", "75", "860", "1350", "420"],
    "plat": ["安逸花", "分期乐", "360借条", "美团月付", "招联金融", "省呗", "拍拍贷", "度小满", "京东金条",
             "借呗", "微粒贷", "还呗", "小赢卡贷", "宜人贷", "你我贷", "信用飞", "洋钱罐", "羊小咩"],
    "plat2": ["网商贷", "好分期", "众安贷", "马上消费", "中邮钱包", "携程金融", "抖音月付"],
    "bank": ["农商银行", "邮政储蓄", "农业银行", "信用社", "村镇银行", "建设银行"],
    "day": ["前天", "昨天晚上", "上个月", "3月15号", "上礼拜三", "大年初二", "今天早上七点多", "清明节那天", "周五"],
    "city": ["东莞", "温州", "昆明", "乌鲁木齐", "包头", "佛山", "苏州", "郑州", "义乌", "西宁", "南宁", "长沙"],
    "county": ["沈丘县", "临泉县", "兴国县", "仪陇县", "沂水县", "同心县", "田东县", "阿巴嘎旗", "昭觉县", "梅县"],
    "school": ["镇中心小学", "县实验小学", "第二幼儿园", "乡中学", "民族小学"],
    "sur": ["刘", "张", "王", "李", "赵", "陈", "杨", "孙", "马", "郭", "宋", "何"],
}


def filler(k):
    return pick(FILL[k])


# ---------------------------------------------------------------- engine
SLOT_RE = re.compile(r"\{(=?)([a-z0-9]+)(?::([a-z0-9_/~一-龥]+))?(?:\.([a-z0-9]+))?\}")
NAME_KIND_RE = re.compile(r"^(han|rare|kor|mon|tib|yi|zhu|hui|kaz|dai|teo|hak|thai)(m|f)?(?:~([a-z0-9]+))?$")
PUNCT_NP = "，。！？、；：“”‘’（）()!?,;:…—"


def parse(tpl):
    """Return list of pieces: ('lit', text) or ('slot', id, kind, attr) or ('fill', key)."""
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()]))
        if m.group(1) == "=":
            out.append(("fill", m.group(2)))
        else:
            out.append(("slot", m.group(2), m.group(3), m.group(4)))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    return out


def gen_value(kind):
    if kind.startswith("mob"):
        return "phone", fmt_mobile(kind[4:] if "_" in kind else None) if "_" in kind else mobile_any()
    if kind == "land":
        return "phone", fmt_landline()
    if kind == "kr":
        return "phone", fmt_korea()
    if kind == "my":
        return "phone", fmt_malaysia()
    if kind == "th":
        return "phone", fmt_thai()
    if kind == "sg":
        return "phone", fmt_sg()
    if kind.startswith("id"):
        parts = kind.split("/")
        style = parts[0][3:] if "_" in parts[0] else "plain"
        reg = parts[1] if len(parts) > 1 else "cn"
        sex = parts[2] if len(parts) > 2 else None
        return "id_number", fmt_id(style, reg, sex)
    if kind.startswith("card"):
        style = kind[5:] if "_" in kind else "plain"
        return "bank_card", fmt_card(style)
    if kind.startswith("estate") or kind.startswith("rural"):
        return "address", fmt_addr(kind)
    if kind.startswith("plate"):
        reg = kind.split("/")[1] if "/" in kind else "cn"
        return "plate", fmt_plate(reg)
    if kind == "qq":
        return "qq", fmt_qq()
    if kind == "wx":
        return "wechat", fmt_wx()
    if kind == "mail":
        return "email", fmt_mail()
    if kind.startswith("acct/"):
        return "account", fmt_acct(kind[5:])
    raise ValueError(kind)


class Redraw(Exception):
    pass


class Names:
    """Global registry of drawn names and the checks a new name must pass."""

    def __init__(self, own_blob, other_blob):
        self.own_blob = own_blob          # normalised own preserve + fixed texts + template literals
        self.other_blob = other_blob      # normalised other corpora's preserve lines
        self.used = []                    # normalised names accepted so far
        self.used_set = {}
        self.record_blob = ""             # normalised earlier record texts

    def ok(self, value, word=False):
        n = norm(value)
        if len(n) < 2 or n in self.used_set:
            return False
        for u in self.used:
            if n in u or u in n:
                return False
        if not word:
            for w in WORD_NAMES:
                if w in n or n in w:
                    return False
            if n in self.own_blob or n in self.other_blob:
                return False
        if n in self.record_blob:
            return False
        return True

    def accept(self, values):
        for v in values:
            n = norm(v)
            self.used.append(n)
            self.used_set[n] = True


def draw_person(kind, names, ctx, pending, need_alt):
    m = NAME_KIND_RE.match(kind) if not kind.startswith("word/") else None
    for _ in range(400):
        if kind.startswith("word/"):
            p = mk_person(kind, "f")
            word = True
        else:
            base, sex, share = m.group(1), m.group(2), m.group(3)
            if sex is None:
                sex = pick(["m", "f"])
            p = mk_person(base, sex, ctx[share] if share else None)
            word = False
        if need_alt and not p.get("alt"):
            continue
        forms = [p["value"]] + ([p["zh"]] if p.get("zh") else []) + ([p["alt"]] if need_alt else [])
        if len({norm(f) for f in forms}) != len(forms):
            continue
        if not all(names.ok(f, word) for f in forms):
            continue
        clash = False
        for f in forms:
            for q in pending:
                if norm(f) in q or q in norm(f):
                    clash = True
        if clash:
            continue
        return p, forms
    raise Redraw(kind)


def render(tpl, np_flag, names):
    pieces = parse(tpl)
    defs = []
    for pc in pieces:
        if pc[0] == "slot" and pc[2]:
            defs.append((pc[1], pc[2]))
    attrs_used = {}
    for pc in pieces:
        if pc[0] == "slot" and pc[3]:
            attrs_used.setdefault(pc[1], []).append(pc[3])
    ctx, pending = {}, []
    # dependency order: definitions whose share target is not yet defined wait
    todo = list(defs)
    guard = 0
    while todo:
        guard += 1
        if guard > 50:
            raise ValueError("cyclic " + tpl[:40])
        sid, kind = todo.pop(0)
        m = NAME_KIND_RE.match(kind)
        if m and m.group(3) and m.group(3) not in ctx:
            todo.append((sid, kind))
            continue
        if m or kind.startswith("word/"):
            p, forms = draw_person(kind, names, ctx, pending, "alt" in attrs_used.get(sid, []))
            ctx[sid] = p
            pending.extend(norm(f) for f in forms)
        else:
            k, v = gen_value(kind)
            ctx[sid] = {"kind": k, "value": v}
    out = []  # (text, kind or None)
    for pc in pieces:
        if pc[0] == "lit":
            t = pc[1]
            if np_flag:
                t = "".join(ch for ch in t if ch not in PUNCT_NP)
            out.append((t, None))
        elif pc[0] == "fill":
            out.append((filler(pc[1]), None))
        else:
            sid, kind, attr = pc[1], pc[2], pc[3]
            obj = ctx[sid]
            if attr is None:
                out.append((obj["value"], obj["kind"] if obj["kind"] not in NAME_BASES else "name"))
            elif attr in ("zh", "alt"):
                out.append((obj[attr], "name"))
            else:
                out.append((obj[attr], None))
    return out, ctx


NAME_BASES = ("han", "rare", "kor", "mon", "tib", "yi", "zhu", "hui", "kaz", "dai", "teo", "hak", "thai") + tuple(
    "word/" + w for w in WORD_NAMES)


def assemble(out):
    text, spans = "", []
    for t, k in out:
        if k:
            spans.append((len(text), len(text) + len(t), k, t))
        text += t
    return text, spans


def nows(s):
    return re.sub(r"\s", "", s).lower()


def check_record(text, spans):
    pii = []
    seen = {}
    for st, en, k, v in spans:
        if (k, v) not in seen:
            seen[(k, v)] = True
            pii.append({"kind": k, "value": v})
    vals = [p["value"] for p in pii]
    for i, a in enumerate(vals):
        for j, b in enumerate(vals):
            if i != j and a in b:
                raise Redraw("value inside value")
    for p in pii:
        v = p["value"]
        starts = [s for s, e, k, vv in spans if vv == v]
        i = text.find(v)
        while i != -1:
            if i not in starts:
                raise Redraw("unlabelled occurrence")
            i = text.find(v, i + 1)
        if p["kind"] == "name" and nows(text).count(nows(v)) != len(starts):
            raise Redraw("unlabelled name (whitespace-insensitive)")
    blank = list(text)
    for st, en, k, v in spans:
        for x in range(st, en):
            blank[x] = "_"
    if re.search(r"\d{7,}", "".join(blank)):
        raise Redraw("stray digits")
    if "{" in text or "}" in text:
        raise ValueError("unfilled slot: " + text[:60])
    return pii


# ---------------------------------------------------------------- templates
# (group, no-punctuation flag, template).  {id:kind} defines a value, {id} repeats it,
# {id.s} / {id.g} / {id.g1} are unlabelled parts (surname, given name, last character),
# {id.zh} / {id.alt} are labelled extra forms of the same person, {=key} is a filler.
T = []


def t(group, text, np_flag=False):
    T.append((group, np_flag, text))


# -- 拆迁 / 征收
t("chaiqian", "我想咨询一下 我家老房子在{a1:rural}，去年镇上说要征收，拆迁办来量面积的是{a:hanm}，补偿款一共{=amt}打到我爸{b:hanm}的{=bank}卡上 卡号{c:card}。结果我大伯{d:hanm~b}说宅基地有他一半，钱被他取走了，到现在一分没给我们。我自己之前在{=plat}借了{=amt2}，现在逾期了，催收的打电话给我们村长{e:hanm}，还说要找组长老{=sur}，村里全都知道了。我们现在住在安置房{a2:estate}，他们说明天就上门，我该怎么办")
t("chaiqian", "就是那个拆迁款的事我跟你说一下我叔叔{a:hanm}他把我奶奶{b:hanf}的那份也拿走了说是奶奶同意的奶奶都八十多了糊涂了然后我姑姑{c:hanf~a}也不管我去找{a.s}家的大儿子{d:hanm~a}他说你找我爸去我现在网贷欠了{=amt}催收天天打电话给我姑姑她电话是{p:mob}他们怎么知道的", True)
t("chaiqian", "下面是协议上的内容 我打出来了\n被征收人：{a:hanm}\n身份证号：{i:id/cn/m}\n房屋坐落：{ad:rural}\n协议编号：{c:acct/cq}\n补偿金额：{=amt}\n这是我公公 他去年冬天走了 现在{=plat}的人说钱是我老公{b:hanm~a}继承的 让他还公公生前借的钱 还打给我小姑子{d:hanf~a} 我们是不是要还啊")
t("chaiqian", "我们分的回迁房在{ad:estate}，物业有个{a:hanf}，我们都叫她{a.s}姐，她说这几天有两个人在楼下问我家是哪户，说是{=plat}的，还拍了我家门牌。我老婆{b:hanf}吓得不敢送孩子上学，孩子{c:han}在{=school}上学。一个男的留了电话{p:mob}，说他姓{=sur}。拆迁款我们早就花在房子装修上了 哪有钱")
# -- farming
t("farm", "我是{=county}养牛的，前年跟着合作社理事长{a:hanm}一起贷的款，{=amt}，他说合作社统一还，社员证号{c:acct/coop}。去年牛价跌了，{a.s}理事长人跑了，电话也换了。现在农商行信贷员{b:hanm}天天打我电话，还说要去找我女婿{d:hanm}单位。我媳妇{e:hanf}说要不把牛卖了，可是牛也不值钱了。贷款合同号是{f:acct/loan}，我想问这个钱该谁还")
t("farm", "我们家种大棚的去年冬天一场雪全压塌了欠了化肥店两万多就是村口那个{=sur}老板他人还行没催主要是种子钱欠我表嫂{a:hanf}的她说不急然后网贷那边{=plat}说要给我家里人打电话我妈{b:hanf}有高血压经不起吓唬我哥{c:hanm}在外地打工电话{p:mob_voice}你们能不能帮我跟他们说说", True)
t("farm", "这是我爸的赊账本 我拍下来打的字\n{a:han}  复合肥十袋  {=amt3}元\n{b:han}  农药三瓶  {=amt3}元  已还一半\n{c:han}  地膜  {=amt3}元\n{d:han}  玉米种子  {=amt3}元\n我爸{e:hanm}开了二十年农资店 今年三月走了 现在本子上这些人都不认账 我自己反倒欠着{=plat}的钱 催收的让我把店抵了")
t("farm", "我家十几亩地流转给了一个公司，合同上乙方签字的是{a:hanm}，电话{p:mob}，说好每年每亩八百流转费。今年一分没给，说是公司资金紧张。我自己在{=plat}借的钱逾期了，催收先是打给村民小组长{b:hanm}，又打给我姐夫{c:hanm}，我姐夫在{=city}跑车，车牌{pl:plate}都被他们说出来了。{a}那边我去了三次找不到人")
t("farm", "我跟{a:hanm}合伙承包的果园在{ad:rural}，苹果树三百多棵，当时他出钱我出力，他是用我的身份证{i:id}在{=plat}贷的款，说他来还。现在他不还了，果园也荒了，催收天天打给我，我闺女{b:hanf}在上大学，他们连她辅导员{c:hanf}都找了。{a.s}老二我现在根本联系不上，他老婆{d:hanf}说他去新疆摘棉花了")
# -- 彩礼 / 相亲
t("caili", "我儿子{a:hanm}去年腊月结婚，彩礼女方要了十八万八，媒人是我们村的{b:hanf}，村里都叫她{b.s}婶，是她一直在中间说和。我们家拿不出，就在{=plat}和{=plat2}借了一些，又找我弟弟{c:hanm}借了五万。亲家公{d:hanm}说少一分都不让闺女上车。现在儿媳{e:hanf}回娘家了说要离婚，彩礼也不退，网贷每个月要还{=amt2}，我真的是没有办法了")
t("caili", "相亲网站上认识的一个女的，叫{a:hanf}，说她在{=city}开奶茶店，让我帮她周转，用我的名字贷了{=amt}，钱转到她给的卡{c:card_sp}，户名是{b:hanm}，她说是她表哥。后来她把我拉黑了，微信号{w:wx}，现在{=plat}催我还钱，我家在{ad:rural}，我妈都不知道这事")
t("caili", "婚介所的红娘老师{a:hanf}介绍我认识了{b:hanf}，见了两次面她就说家里要{=amt}彩礼，红娘说可以帮我办分期，合同上甲方是一个公司，经办人{c:hanm}，手机{p:mob}。交了钱以后女方就不见了，婚介所说不退，我还要每月还款，红娘{a.s}老师电话也不接了")
# -- 网赌
t("gamble", "我老公{a:hanm}网赌，输了四十多万，我是今年过年才知道的。跟他一起玩的有个{b:hanm}，还有个叫{c.s}哥的，全名{c:hanm}，就是他拉我老公进的群。现在放贷的人天天打电话，说我是担保人，我根本没签过字。他们还把我身份证{i:id/cn/f}发到了我们家族群里，我公公{d:hanm~a}气得住院了。我该不该报警")
t("gamble", "我儿子{a:hanm}在外面赌博欠了放贷的钱那个放贷的叫{b:hanm}都叫他{b.s}哥说是利滚利现在要{=amt}他带了两个人来我家{ad:rural}在门口泼了油漆还说再不还就去我女儿{c:hanf~a}单位闹她在医院当护士我们一家人都没法活了", True)
t("gamble", "网赌平台的客服说我提现要先交保证金，我就找朋友{a:hanm}借了{=amt}，他又拉我认识了一个“放款的”{b:hanm}，微信{w:wx}，QQ{q:qq}。钱交了提现也没到账，现在{b}说我借的钱逾期了，要给我通讯录里的人发催款信息，我通讯录里有我领导{c:hanm}，还有我岳母{d:hanf}")
# -- divorce
t("divorce", "我和{a:hanm}去年离婚，离婚协议上写的婚内债务都归他，可现在{=plat}还来找我，说我是共同借款人。孩子{b:han~a}判给我了，今年上三年级，催收竟然打到孩子班主任{c:hanf}那里，说孩子家长欠钱不还。{a}现在住在{ad:estate}，跟他现在的老婆{d:hanf}在一起，他们为什么不去找他")
t("divorce", "前夫{a:hanm}的律师{b:han}给我发了邮件，邮箱是{m:mail}，说要我承担一半的债务，还说不还就起诉。我自己没借过一分钱。我们家的车是我的名字，车牌{pl:plate}，他说车也要卖了还债。我妈{c:hanf}说让我别理他，我姐夫{d:hanm}说他认识个律师可以帮我问问")
t("divorce", "离婚后前妻{a:hanf}带着女儿{b:han}回了娘家{ad:rural}，我每个月给一千五抚养费。今年我失业了网贷还不上，催收打给了我前岳父{c:hanm~a}，说我不还钱就别想见孩子。前妻说再这样她就报警，我要怎么跟{=plat}说让他们别打了")
# -- 看守所 / 服刑
t("jail", "我叫{me:hanf}，我弟弟{a:hanm~me}因为帮信罪在{=city}看守所，他名下有好几个网贷，现在都打到我这里来了。看守所的管教{b:hanm}说里面不能接电话。我弟弟的QQ{q:qq}也被他们盗了，用来给他的同学借钱。催收的说让我替他还，不然就把他的事发到我们村的群里，我们村支书{c:hanm}都接到了电话。他的律师是{d:hanf}，电话{p:land}")
t("jail", "我老公{a:hanm}现在在监狱服刑还有两年才出来他进去之前借了{=plat}的钱一直是我在还今年实在还不上了催收说你老公的狱友{b:hanm}出来了说你家有钱我都不认识什么{b}他们还知道我住在{ad:estate}我带着两个孩子真的怕", True)
# -- work
t("work", "我是送外卖的，站长{a:hanm}说帮我申请骑手贷，用我的骑手ID{c:acct/rider}和身份证{i:id_sp}办的，钱却打到了他的卡{k:card}上。现在站长辞职了，{=plat}找我要钱，还打给了我们站里的{b:hanm}和{d:hanm}，大家都叫他们{b.s}哥和小{d.s}，搞得我在站里抬不起头")
t("work", "我是跑货车的，挂靠在{a:hanm}的车队，车牌{pl:plate}，ETC卡号{c:acct/etc}。去年车贷逾期两期，车队老板{a.s}总说他帮我垫上，结果钱没垫，GPS被拆了，车被拖走了，拖车的人叫{b:hanm}，电话{p:mob}。我老婆{d:hanf}天天哭，我现在在{=city}给人开车")
t("work", "我去年在驾校报名学车，学费八千八分期的，学员编号{c:acct/school}，教练{a:hanm}，后来驾校倒闭了，教练说让我找校长{b:hanm}。我还没拿证，分期却一直在扣，扣不到就打给我的紧急联系人我舅{d:hanm}，我舅住在{ad:rural}，他一把年纪被人骂了一顿")
# -- elderly
t("elder", "我妈{a:hanf}住在{=county}养老院，一个月两千八，是我在交。今年我网贷逾期了，催收竟然打到养老院前台，护工{b:hanf}跟我说有人打电话问我妈住几号房，还问院长{c:hanm}我家里的情况。我妈有老年痴呆，他们要是去吓唬她怎么办。养老院地址是{ad:rural}，{b.s}阿姨人很好，帮我拦下来了")
t("elder", "我爸{a:hanm}七十三了，被一个卖保健品的小伙子哄着认了干儿子，那个人叫{b:hanm}，天天上门{b.s}叔长{b.s}叔短的，我爸就拿他自己的身份证{i:id/cn/m}办了三张信用卡给他刷，每张都刷爆了。现在银行催到我这，我是他唯一的女儿，我叫{c:hanf~a}，我的电话是{p:mob}，请问这种情况怎么办")
t("elder", "我奶奶{a:hanf}八十多了不识字前段时间有人打电话到村里说我叔{b:hanm}欠钱不还要奶奶替他还奶奶吓得把养老钱都转给了一个叫{c:hanm}的人卡号是{k:card_split}我们村的老书记{d:hanm}帮着报了警警察说是诈骗我想问钱能要回来吗", True)
# -- boat / mine
t("boat", "我在渔船上干了三年，船老大{a:hanm}一直拖着工资，说等鱼季结束一起结。我在岸上借了{=plat}的钱给我妈看病，以为能按时还。现在船老大说今年亏了，工资只能给一半，我打了好几次他电话{p:mob}都不接，他老婆{b:hanf}说他去{=city}了。同船的{c:hanm}和{d:hanm}也没拿到钱。催收那边天天打电话到我家{ad:rural}")
t("boat", "我在煤矿上干了十来年，前年矿关了，工友{a:hanm}拉我一起做小额贷款的担保，他用的是我的名字，钱他自己用了。现在他出车祸走了，他儿子{b:hanm~a}说不知道这个事。银行的人找到我，说我是担保人要我还{=amt}，我们矿上的老班长{c:hanm}可以给我作证，当时他也在场，他电话{p:mob_cn}")
# -- 医美 / 租机 / 助贷
t("midman", "我在{=city}一家医美做了双眼皮和隆鼻，咨询师{a:hanf}说可以办分期，零首付，合同号{c:acct/med}，结果做完效果很差，还要每月还一千多。我想退款，医院的{b:hanm}主任说不能退。我现在还不上了，催收打给了我室友{d:hanf}和我妈，我妈那时候才知道我整了容。{a}的微信是{w:wx}，她已经把我删了")
t("midman", "一个叫{a:hanm}的中介说可以帮我用租手机的方式套现，我租了两台手机，他拿去卖了给我六千，说租金他帮我付。现在租机平台找我要钱，说我逾期，订单号{c:acct/order}。{a}还介绍了我同学{b:hanm}也这么干了，我们都联系不上他了，他以前说自己住在{ad:estate}")
t("midman", "助贷公司的业务经理{a:hanm}说能帮我办三十万的低息贷款，先要收服务费，我转了{=amt}到他们公司的对公账户，其实是个人卡{k:card}，户名{b:hanf}。贷款一直没下来，现在{a}也不回消息了。他们公司的地址写的是{ad:estate}，我去了根本没有这个公司。我还在他们那里留了我爸{c:hanm}的电话{p:mob}做紧急联系人")
# -- minorities
t("kor", "我是延吉的朝鲜族，我妈{a:korf}在韩国打工，电话{p:kr}，我爸{b:korm}前年走了。我在{=plat}借的钱逾期了，催收打电话给我妈，我妈中国话说得不太好，吓坏了。他们还找到了我大姨{c:korf~a}家，在{ad:rural/yb}，我大姨夫{d:korm}说再打就报警")
t("kor", "我们村的老人会会长{a:korm}打电话跟我说有人来村里找我说我欠了钱我在韩国根本没有借过是我前女友{b:korf}用我的身份证{i:id/yb/m}借的她现在在{=city}上班我找了她妈{c:korf~b}她妈说不知道", True)
t("mon", "我是内蒙古的牧民，前年买草料借了{=plat}的钱，抵押的是我的皮卡，车牌{pl:plate/nm}。去年雪灾死了不少羊，钱还不上了。催收的打电话给我们嘎查的{a:mon}，还打给我姐姐{b:monf}，她在呼和浩特上班，我家在{ad:rural/nm}。我阿爸{c:monm}汉话会说的不多，他们打电话去骂他")
t("mon", "我和同学{a:monm}一起在{=city}开了个蒙餐馆，卖手把肉和奶茶，营业执照是他的名字。后来生意不好他回牧区了，把装修贷留给了我，说好一人一半。他老婆{b:monf}说{a}在牧区没有信号，让我别找了。贷款是我担保的，合同号{c:acct/loan}，现在银行要起诉我")
t("tib", "我是做虫草生意的，前年从那曲的老乡{a:tibm}那里收了一批虫草，钱先欠着，后来我自己在{=plat}借钱周转，现在两头都欠着。{a}的弟弟{b:tibm}说再不给钱就去{=city}找我，我家在{ad:estate}。我老婆{c:hanf}已经带孩子回娘家了。我想问虫草的货款和网贷哪个先还")
t("tib", "我阿妈{a:tibf}在老家有人打电话给她说我欠了钱让她还我阿妈不会说汉语是我妹妹{b:tibf}接的电话对方说他叫{c:hanm}是律师还说知道我们家在{ad:rural/xz}我觉得是假的我在成都上学身份证{i:id/xz}", True)
t("yi", "我是凉山的彝族，和表哥{a:yim}还有他弟弟{b:yim~a}一起在{=city}工地上干活，包工头{c:hanm}欠了我们三个人半年工资。我在{=plat}借了钱寄回家给阿妈{d:yif}盖房子，现在还不上。催收打电话到我们村，村里的毕摩都知道了。我家在{ad:rural/ls}")
t("yi", "我老公{a:yim}借了网贷回了老家，我一个人在{=city}带两个孩子，大的叫{b:yim~a}，小的叫{c:yif~a}，催收的打电话到幼儿园找老师{d:hanf}，说孩子的爸爸是老赖。我公公{e:yim~a}说家支的人会帮着还一部分，可是到现在也没动静")
t("zhu", "我们是广西百色那边的壮族，家在{ad:rural/gx}，我老公{a:zhum}在广东打工借了网贷还不上，催收打给了我们屯的屯长{b:zhum}，还打给我婆婆{c:zhuf}，婆婆只会说壮话，吓得一夜没睡。我叫{d:zhuf}，手机{p:mob}，我想问问能不能让他们不要再打给老人")
t("zhu", "三月三那几天我回屯里过节催收一天打十几个电话给我舅{a:zhum}还有我表姐{b:zhuf~a}说我借了{=plat}的钱不还要去我家{ad:rural/gx}贴告示我舅在村里当会计的被人这样说很没面子", True)
t("hui", "我和{a:huim}合伙在{=city}开了个牛肉面馆，他出钱我出手艺，店铺租赁合同是我签的，合同号{c:acct/contract}。去年他说要回{=county}老家，把店里欠供货商的钱都推到我头上。清真寺的阿訇{b:huim}出面调解过一次，{a}答应还一半，后来又不认了。他媳妇{d:huif}的电话{p:mob}")
t("hui", "我是西北的回族，我家在{ad:rural/nx}，我媳妇{a:huif}的弟弟{b:huim~a}借我的名义贷款买了辆车，车牌{pl:plate/nx}，说好他自己还，后来车卖了钱也没了。现在催收天天打我电话，还打给我们村的{c:huim}，他是我们这一片的网格员。我岳父{d:huim~a}说让他儿子自己还")
t("kaz", "我是伊犁的哈萨克族，邻居{a:kazm}找我借了{=amt}买羊，说秋天转场下来就还，后来他和他儿子{b:kazm~a}去了阿勒泰，电话{p:mob}也打不通了。我自己为了凑这个钱在{=plat}借了钱，现在逾期了。催收打给我们村的{c:hanm}书记，村里都在传。我家在{ad:rural/xj}")
t("kaz", "我叫{a:kazf~c}，我丈夫{b:kazm}在伊宁开出租车，车牌{pl:plate/xj}，他去年借了车贷，今年跑车的生意不好就停了。催收说要找我娘家，我父亲叫{c:kazm}，他的名字就是我名字后面那一半。我的身份证{i:id/xj/f}，我不想让我父亲知道")
t("dai", "我是云南的傣族，在山上割胶，前几年胶价好的时候贷款买了两亩胶林，跟我合伙的是{a:daim}和他老婆{b:daif}，后来胶价跌了他们不管了。我在{=plat}借了钱还贷款，现在两边都欠。催收打给我们寨子的{c:daim}，他是寨子的村民小组长。我家在{ad:rural/yn}")
t("mixmin", "我们工地上一起干活的工友有{a:yim}、{b:tibm}、{c:huim}、{d:zhum}，我们几个都被包工头{e:hanm}用身份证办了贷款，说是办工资卡。包工头的电话{p:mob}，现在他跑了，我们每个人都欠了一两万。我们能不能一起去告他")
# -- Hakka / Teochew / Thai
t("roman", "我表舅在马来西亚沙巴做生意，他叫{a:hakm}，中文名是{a.zh}，前年他回梅州的时候找我爸借了{=amt}，说回去就还。后来他说他生意亏了。我爸为了这个钱还在{=plat}借了钱。我表舅的电话{p:my}，他老婆{b:hakf}也联系不上")
t("roman", "𠊎阿姆话佢冇借过钱，係𠊎老弟{a:hanm}用佢个身份证借个。{a}而今在{=city}做事，𠊎打佢电话{p:mob}冇人接。催收个人打到𠊎屋下{ad:rural/mz}，骂得好难听，𠊎阿爸{b:hanm~a}气到食唔落饭。")
t("roman", "阮阿兄{a:hanm}去泰国做生意，伊个合伙人叫{b:thaim}，中文名{b.zh}，电话{p:th}。阿兄做生意亏了，欠了人钱，催收打电话来老家找阮阿母{c:hanf}，阮阿母惊到无睡。阮厝在{ad:rural/cz}，阿兄伊个身份证{i:id/cz/m}都被人发在群里。")
t("roman", "我堂叔在新加坡，名片上写的是{a:teom}（{a.zh}），他说可以帮我介绍去新加坡做工，收了我{=amt}中介费，还让我在{=plat}贷款买机票。后来工作没了，他说是公司的问题，让我找公司的{b:teom}。他们的电话{p:sg}，邮箱{m:mail}。我在国内的家是{ad:rural/cz}")
# -- forms of address beside full names
t("nick", "上门的一共三个人，一个姓{a.s}的，他们叫他{a.s}总，后来我看他的工作牌，全名是{a:hanm}；一个叫阿{b.g1}的，后来知道叫{b:hanm}；还有个开车的{c.s}师傅，他自己说叫{c:hanm}，车牌{pl:plate}。他们在我家{ad:estate}门口坐了一下午，我老婆{d:hanf}报了警")
t("nick", "我们村的老{a.s}头就是{a:hanm}他跟催收的说我家的事小{b.s}是他儿媳妇叫{b:hanf}她在村里的超市上班村里谁家有什么事她都知道我怀疑我家的地址就是他们说出去的还有那个{c.s}姐{c:hanf}也掺和了", True)
t("nick", "公司里大家都叫我{a.g1}哥，我全名{a:hanm}。我们主管{b:hanf}，我们叫她{b.s}姐，前天催收打到她那里，说{a}欠钱不还，让她转告。后来又打给老板{c:hanm}，老板让我{=day}去财务结工资走人。我们财务的{d.s}会计，就是{d:hanf}，把我的工资卡{k:card}都告诉他们了")
# -- voice input
t("voice", "喂你好我想问一下就是那个于期的事情他们说要七诉我然后打电话的那个人他说他叫{a:hanm}还是{a.alt}我也没听清楚他说我再不还就把我的事情发到我们村的大喇叭上我们村长{b:hanm}都知道了我老攻{c:hanm}还不知道我借了钱", True)
t("voice", "我是用语音打字的可能有错别字啊我在{=plat}借了{=amt}本来想着发了工资就还结果厂里拖欠工资了我们厂长{a:hanm}说下个月一起发我就于期了然后催手打电话给我的紧急联系人我表妹{b:hanf}她电话是{p:mob_cn}她说对方说话很难听说要给她寄绿师函", True)
t("voice", "那个就是我跟你说我前天接到一个电话说是{=plat}的法物部的姓{a.s}叫{a:hanm}他说我的案子已经转到了{=city}的法院让我今天下午五点之前还清不然就上门我家地址他都知道{ad:estate}我老婆{b:hanf}在家带孩子她很害怕", True)
# -- numbers
t("numbers", "催收的电话我记下来了，一个是{p1:mob_cn}，一个是{p2:mob_voice}，自称{a:hanm}，说是{=plat}委托的。他们还知道我妹妹{b:hanf}的电话{p3:mob_split}，还知道我家在{ad:rural}，我妹妹在{=city}读大学")
t("numbers", "我把我的信息发给你们 姓名{a:hanf} 身份证{i:id_cn} 电话{p:mob_cn} 我老公{b:hanm}的电话{p2:mob_voice}\n家庭住址{ad:estate}\n我们两个都被催收骚扰 他们还打给我婆婆{c:hanf}")
t("numbers", "前天那个催收的给我发了他的银行卡让我转账，卡号是{k:card_split}，户名{a:hanm}，他说是他们公司财务。我没转，他又说让我转到另外一个人{b:hanf}的微信，微信号{w:wx}。我打电话问{=plat}客服，客服说他们没有这个人。那个人的电话{p:mob_split}")
# -- estates
t("estate", "我现在住在{ad:estate}，房子是租的，房东{a:hanm}说最近老有人来敲门问我是不是住这里，他让我赶紧搬走。我前男友{b:hanm}用我的名义借了网贷，他现在住在{ad2:estate}，我把他的地址给催收了，他们说只认借款人。我是不是只能自己还")
t("estate", "物业的{a:hanf}给我打电话说，有人在小区门口拉横幅，写着{b:hanm}欠钱不还，{b}是我老公，我们家是{ad:estate}。横幅上还写了我老公的手机{p:mob}。保安{c:hanm}说拦不住。我老公现在在外地，不敢回来")
# -- rare surnames in the same situations
t("rare", "我们村姓{a.s}的就两家，{a:rarem}是其中一家的老大，他借了我家{=amt}盖房子，说好年底还，现在人去了{=city}。我自己在{=plat}借的钱也逾期了，催收打给了我老丈人{b:hanm}，还打给了{a}的媳妇{c:hanf}，她说跟她没关系")
t("rare", "我在驾校认识的{a:raref}，她说她在{=plat}上班能帮人消逾期记录，收了我两千块，她的手机{p:mob}，微信{w:wx}，QQ号{q:qq}。后来她说她领导{b:rarem}不同意，钱也不退了。我朋友{c:hanm}也被她骗了")

# -- several short phone messages in a row
t("msgs", "在吗\n我想问下\n催收的打给我嫂子{a:hanf}了\n她跟我哥{b:hanm}吵了一架\n说都是我害的\n我哥让我自己想办法\n那个催收的自称{c.s}经理 全名好像是{c:hanm}\n电话{p:mob_split}\n他还加了我QQ {q:qq}\n怎么办啊")
t("msgs", "刚才又打来了\n这次是打给我们村的会计{a:hanm}\n会计问我你家{b:hanm}是不是欠钱了\n{b}是我爸\n我爸都走了三年了\n他们还说要去我家{ad:rural}看看\n家里就我妈一个人")
t("hui", "我公公{a:huim}是阿訇，经名叫尔萨，村里都叫他{a.s}阿訇。催收的打电话到清真寺，说我老公{b:huim~a}欠钱不还，让我公公在礼拜的时候说一说。我老公的电话{p:mob}，我家在{ad:rural/nx}，我真的没脸在村里待了")
t("kor", "我姑姑{a:korf}在延吉开了个冷面馆，前年找我借钱装修，用的是我的信用卡，卡号{k:card_sp}。现在她说店里生意不好还不上，我姑父{b:korm}去了韩国，电话{p:kr}。催收打给我，我就说让他们找我姑姑，他们不听")
t("nick", "我租的房子房东是{a:hanf}，我们都叫她阿{a.g1}姐，她老公{b:hanm}是我们这里的村长，前天有人到村委会问我住哪，村长直接就把我的地址{ad:rural}告诉人家了。我跟阿{a.g1}姐说这样不好，她说村长也是好心。我现在不敢回去住了")

WORD_T = [
    "合作社的会计{a:word/甘霖}说我们的分红被扣下来抵贷款了，我问{a}要账本她也不给，理事长{b:hanm}说这是社里定的",
    "我女朋友{a:word/莫愁}被催收打了一晚上电话，她说{a}这个名字是她奶奶取的，可她现在天天发愁，我也借了{=plat}的钱帮她还",
    "我们屯的屯长{a:word/蓝天}帮我挡了好几次电话，他说再打就报警，{a}叔是个好人，我家在{ad:rural/gx}",
    "媒人{a:word/麦穗}是我妈的老同学，当时就是她说彩礼可以分期，现在{a}也不管了，催收还打到她那里去",
    "拆迁办的{a:word/康庄}给我们量的面积，少量了二十个平方，我去找{a}理论他说没问题，我堂哥{b:hanm}说要去信访",
    "我大伯{a:word/丰年}替我担保了{=amt}，现在银行只找他不找我，我心里过意不去，他的电话{p:mob}天天被打爆",
    "养老院的护工{a:word/凤仙}阿姨跟我说有人冒充我打电话问我妈的房间号，院长{b:hanm}说以后要核实身份",
    "我们驾校的教练叫{a:word/简朴}，他说学费分期是驾校跟{=plat}合作的，驾校倒了以后{a}也找不到了",
    "赌友{a:word/满月}借了我五千块钱说是给孩子办酒席，结果拿去充了平台，现在连电话都不接了",
    "餐馆的厨师{a:word/牧歌}也被催收打了电话，老板{b:hanm}以为他欠钱，差点把他辞退了",
]

OTHER_T = [
    "催收的号码我都记下了：{p:mob_cn}，还有{p2:mob_split}，都是晚上十点以后打的",
    "老家地址是{ad:rural}，他们说明天去，我爸妈都七十多了",
    "我身份证号{i:id_sp}被他们发到了村里的群里，这个犯法吗",
    "他们让我转账的卡号{k:card_split}，我没转，是骗子吧",
    "我们现在住在{ad:estate}，门口被贴了纸，写着欠债还钱",
    "我的微信号{w:wx}和QQ{q:qq}都被他们加了，不停发消息",
    "来我家的那辆车车牌是{pl:plate}，在村口停了一下午",
    "ETC卡{c:acct/etc}也被冻结了是怎么回事，我跑车就靠这个",
    "发邮件的那个邮箱是{m:mail}，说是律师事务所的，让我三天内回复",
    "我在屯里的家{ad:rural/gx}，手机{p:mob_voice}，有事打这个",
    "韩国那边的号码{p:kr}一直打我妈，是不是催收",
    "合同号{c:acct/contract}，订单号{c2:acct/order}，这两个是一笔钱吗",
    "我的号码是{p:mob_split}，麻烦帮我查一下是不是被标记了",
    "嘎查的家是{ad:rural/nm}，冬天路不好走，他们说要来",
    "他们说我在{ad:rural/ls}的老房子要被拍卖，我没有签过抵押",
    "身份证{i:id_cn}是我念给他们的，当时以为是银行",
]

NONE_T = [
    "我们组长老刘说催收打电话到村委会了 村主任说不用理他们 是真的吗",
    "拆迁款还没下来 催收就开始打电话了 说等钱下来第一个还他们",
    "我是用语音打的字 可能有错字 就是想问一下于期三个月会不会被七诉",
    "赊账本上的钱都是乡里乡亲的 不好意思去要 可是我自己也欠着网贷",
    "养老院的护工阿姨说有人打电话问我妈住几楼 我让她别告诉任何人",
    "媒人王婶说彩礼可以少点 但是三金不能少 我们真的拿不出来",
    "我老公网赌输了好多钱 放贷的说要来家里 我现在带着孩子住在娘家",
    "离婚协议上写了债务归男方 为什么还来找我",
    "我弟弟在看守所 他的网贷我要不要替他还",
    "跑外卖的都知道 站长说帮你申请贷款一定要小心",
    "车队老板说挂靠费里包了保险 结果出了事什么都不管",
    "驾校倒闭了 学费分期还在扣 找谁都没用",
    "渔船上的工资要等鱼季结束才结 这段时间网贷怎么办",
    "我们矿上的工友好多都被拉去做了担保",
    "医美分期退款难 咨询师当时说得好好的",
    "租手机套现就是个坑 千万别信中介",
    "助贷公司收了前期费用就不见了 这算诈骗吗",
    "我妈在韩国打工 催收打国际长途过去 她吓坏了",
    "牧区信号不好 催收打不通就打到嘎查长那里去了",
    "虫草的钱还没收回来 网贷先逾期了",
    "我们彝族家支的人说会一起想办法",
    "三月三回屯里过节 一天接了十几个催收电话",
    "清真寺的阿訇出面调解过一次 没有用",
    "转场的时候手机没信号 回来一看几十个未接来电",
    "割胶的收入一年不如一年 贷款还不上了",
    "𠊎阿姆话佢冇借过钱 催收个人讲话好难听",
    "阮阿母惊到无睡 汝讲这要按怎",
    "老王头、小张、阿强、刘哥、赵姐、孙总、周师傅、李婶，都是村里人的叫法",
    "我们组里开会说了 谁家欠钱谁家自己还 别连累村里",
    "村民小组长说第三生产队的地早就分了",
    "安置房二期还没交房 催收就说要去新房子找我",
    "物业说有人在小区门口拉横幅 保安拦不住",
    "我把语音转成了文字 幺三八那个号码是催收的 后面几位我没记住",
    "我是第一次用这个网站 不知道怎么写 就是被催收逼得没办法了",
    "他们说我是共同借款人 可我一个字都没签过",
    "我们村支书说再来村里闹就报警",
    "表舅在沙巴 表叔在曼谷 家里人都在国外 催收说要打国际电话",
    "我叔叔和我姑姑都说不知道这个事",
    "尾号六六八的那张卡已经被冻结了",
    "高利贷利滚利 借一万还三万 这合法吗",
    "金达莱花开的时候我就回延吉",
    "白云下面是我家的羊群 可是羊卖了也不够还钱",
]


# ---------------------------------------------------------------- preserve
P_SENT = [
    # first-person debt talk, rural and working life, no names
    "我想咨询一下拆迁款能不能被冻结", "拆迁办说下个月统一发放补偿款", "宅基地确权以后才能签协议",
    "安置房二期什么时候交房", "回迁房的物业费谁来交", "征收补偿协议要本人签字", "老房子评估价太低了",
    "合作社分红被扣了抵贷款", "大棚被雪压塌了保险赔不赔", "化肥农药都是赊的账", "种子钱年底一起结",
    "土地流转费今年还没给", "每亩八百的流转费", "果园承包合同到期了", "养牛的贷款能不能展期",
    "农商行信贷员说可以办续贷", "惠农卡里的补贴被扣了", "粮食直补打到一卡通里了", "新农合今年交了没有",
    "扶贫小额信贷三年免息", "村里的互助资金不用利息", "彩礼十八万八是不是太多了", "三金一万八也要借钱买",
    "媒人说女方家要一套房", "改口费一万零一", "下车钱要给多少", "压箱钱是娘家给的",
    "网赌输的钱法律上不保护", "赌债不受法律保护", "放贷的说利滚利", "砍头息是违法的",
    "离婚协议里的债务约定对银行没用", "夫妻共同债务要看是不是用于家庭生活", "抚养费每个月一千五",
    "看守所里不能接电话", "帮信罪判了一年半", "服刑期间的网贷怎么办", "狱友出来以后找上门了",
    "站长说帮你申请骑手贷", "骑手账号被借给别人跑单", "挂靠车队的管理费一年一万二", "ETC欠费影响征信吗",
    "GPS被拆了车就被拖走了", "驾校倒闭了学费分期还在扣", "教练说拿证以后再交尾款",
    "养老院一个月两千八", "护工阿姨人很好", "老年痴呆的老人签的字算不算数", "保健品一盒三千多",
    "认干儿子的那种推销员要小心", "渔船上的工资按鱼季结", "船老大说今年亏了", "矿上的工友都去做担保了",
    "医美分期零首付", "双眼皮做坏了能不能退款", "租机套现是违法的", "助贷公司收了前期费用",
    "对公账户其实是个人卡", "紧急联系人不是担保人", "通讯录被他们拿走了", "他们说要给我通讯录里的人发短信",
    "催收说要在村里的大喇叭上喊", "催收说要来村委会贴告示", "我们屯里的人都知道了", "组里开会说不能连累村里",
    "村民小组长说这事他不管", "老支书帮着报了警", "网格员上门登记了一下", "嘎查长说牧民贷款可以延期",
    "转场的时候手机没有信号", "虫草的货款还没收回来", "割胶的收入一年不如一年", "胶价跌到八块一公斤",
    "三月三放假三天", "家支的人会一起想办法", "毕摩说今年不宜出远门", "清真寺的阿訇出面调解",
    "开斋节以后再说还钱的事", "古尔邦节前后别去催", "老人会会长打电话来问", "在韩国打工的人很多",
    "国际长途一分钟好几块", "金达莱开满了山坡", "延吉冷面一碗十五", "打糕要趁热吃",
    "手把肉配奶茶", "那达慕大会上赛马", "马头琴的声音很好听", "酥油茶要趁热喝",
    "糌粑加点奶渣更香", "转经筒要顺时针转", "火把节的时候全村都回来了", "坨坨肉配苦荞酒",
    "五色糯米饭是三月三吃的", "壮锦是手工织的", "山歌对唱一唱就是一晚上", "牛肉面一碗十二块",
    "油香是过节才炸的", "盖碗茶里有桂圆和冰糖", "冬不拉弹得好听", "姑娘追是哈萨克的游戏",
    "泼水节的时候别开车", "竹楼下面养鸡", "傣味烧烤很好吃", "𠊎阿姆话佢冇借过钱",
    "阮阿母惊到无睡", "汝讲这要按怎", "食饱未", "阿姆讲唔好去借钱",
    "梅菜扣肉是客家菜", "酿豆腐要用客家做法", "盐焗鸡要用粗盐", "擂茶要自己擂",
    "潮汕牛肉丸弹牙", "卤鹅要用狮头鹅", "工夫茶要先烫杯", "砂锅粥配虾蟹",
    "我是用语音打字的可能有错字", "不好意思我打字慢", "刚才那条发错了", "我重新说一遍",
    "语音转文字有时候不准", "幺三八开头的号码是催收的", "尾号八八的那张卡冻结了", "后面几位我没记住",
    "他说他姓王我也没听清", "他自称是法务部的", "工作牌上的名字看不清", "对方说话很难听",
    "我老婆吓得不敢出门", "孩子在学校被同学笑话", "我爸有高血压经不起吓", "我妈连夜哭了一晚上",
    "我是家里的老大", "我们兄弟三个分了家", "我跟我姐夫关系不好", "我小姑子嫁到外省了",
    "我大伯说宅基地有他一半", "我叔叔把奶奶的钱拿走了", "我舅住在乡下", "我表嫂人很好没催",
    "我堂哥说要去信访", "我亲家公说少一分都不行", "我岳父让他儿子自己还", "我前岳母不让我见孩子",
    "我婆婆只会说方言", "我公公气得住院了", "我闺女在上大学", "我女婿在单位上班",
    "村里都叫她王婶", "大家都叫他老李头", "我们都叫他张哥", "她让我们叫她刘姐",
    "那个开车的周师傅", "上门的那个赵总", "车队老板孙总", "合作社的陈会计",
    "组长老马", "屯长老韦", "会长老金", "阿訇马师傅",
    "小区门口拉了横幅", "保安说拦不住", "物业说不能透露业主信息", "房东让我赶紧搬走",
    "二期三期都在一个物业", "单元门禁坏了好几天", "楼下的快递柜满了", "电梯里贴了催款单",
    "欠债还钱天经地义", "父债子不还也是可以的", "人死债不烂这话不对", "亲兄弟明算账",
    "好借好还再借不难", "一分钱难倒英雄汉", "远亲不如近邻", "吃人嘴软拿人手短",
    "借钱容易还钱难", "救急不救穷", "家丑不可外扬", "人穷志不短",
    "我该怎么办", "求求你们帮帮我", "有没有懂法律的", "这种情况能报警吗",
    "他们这样算不算暴力催收", "我已经打了十二三七八", "我投诉了好几次都没用", "我只想协商分期",
]
# places (many begin with surname characters or look like names)
P_PLACES = ["延吉", "龙井", "图们", "珲春", "和龙", "敦化", "汪清", "安图", "锡林浩特", "阿巴嘎旗", "鄂托克旗",
            "乌兰察布", "阿拉善", "鄂尔多斯", "呼伦贝尔", "通辽", "那曲", "日喀则", "林芝", "昌都", "山南",
            "甘孜", "阿坝", "玉树", "果洛", "昭觉", "布拖", "美姑", "喜德", "西昌", "越西", "金阳",
            "百色", "田东", "田阳", "靖西", "那坡", "都安", "大新", "崇左", "河池", "同心", "吴忠", "韦州",
            "临夏", "广河", "东乡", "积石山", "伊宁", "特克斯", "尼勒克", "昭苏", "阿勒泰", "塔城", "奎屯",
            "勐腊", "勐海", "景洪", "瑞丽", "芒市", "陇川", "盈江", "梅县", "大埔", "兴宁", "五华", "蕉岭",
            "潮安", "饶平", "揭阳", "汕头", "潮阳", "普宁", "沙巴", "亚庇", "山打根", "斗湖", "曼谷",
            "清迈", "合艾", "牛车水", "芽笼", "马六甲", "槟城", "怡保", "金宝", "诗巫", "古晋", "美里"]
P_PLACE_FR = ["{}", "{}那边", "去{}打工", "{}的天气", "回{}过年", "{}人民医院", "{}汽车站", "坐大巴去{}"]
P_SURWORDS = ["王府井小吃", "张家界门票", "李子园", "赵州桥", "钱塘潮", "孙悟空", "周转资金", "吴越春秋", "郑重声明", "冯唐易老", "陈年老账", "褚色",
              "卫生院", "沈园", "韩信点兵", "杨家将", "朱门酒肉臭", "秦腔", "尤其重要", "许多年", "何去何从", "吕梁山", "施工队", "张罗酒席", "孔明灯",
              "曹县", "严冬", "华山论剑", "金秋十月", "魏晋风度", "陶渊明", "姜汤", "戚风蛋糕", "谢天谢地", "邹鲁之风", "喻体", "柏油路", "水井",
              "窦娥冤", "章节", "云贵高原", "苏醒", "潘多拉", "葛根粉", "奚落", "范本", "彭湃", "郎中", "鲁莽", "韦编三绝", "昌盛", "马厩",
              "苗圃", "凤爪", "花甲", "方言", "俞伯牙", "任劳任怨", "袁大头", "柳条筐", "酆都鬼城", "鲍鱼粥", "史无前例", "唐山大地震", "费用清单",
              "廉价", "岑参", "薛定谔", "雷打不动", "贺年卡", "汤圆馅", "滕州", "殷实人家", "罗盘", "毕业证", "郝思嘉", "邬家", "安家费", "常年在外",
              "乐呵呵", "于心不忍", "时来运转", "傅里叶", "皮卡车", "齐心协力", "康复训练", "伍子胥", "余震", "元宵节", "卜卦", "顾全大局", "孟母三迁",
              "平安夜", "黄牛票", "和面", "穆斯林", "萧山机场", "尹雪艳", "邵伯", "湛江", "汪洋大海", "祁连山", "毛驴", "禹州", "狄仁杰", "米粉",
              "贝壳", "明年", "臧否", "计划生育", "伏天", "成本", "戴帽子", "谈心", "宋词", "茅草屋", "庞然大物", "熊孩子", "纪念日", "舒适",
              "屈原", "项目部", "祝福语", "董事长", "梁上君子", "杜鹃花", "阮囊羞涩", "蓝靛", "闵行", "席子", "季节性", "麻辣烫", "强降雨", "路灯",
              "娄山关", "危房改造", "江米条", "童养媳", "颜料", "梅雨", "盛夏", "林场", "刁难", "钟表店", "徐州", "邱比特", "骆驼刺", "高粱地",
              "夏收", "蔡伦", "田埂", "樊篱", "胡麻油", "凌晨三点", "霍乱", "虞姬", "万元户", "支书", "柯基", "管家婆", "卢瑟", "莫名其妙",
              "经济林", "房前屋后", "裘皮", "缪斯", "干部", "解放鞋", "应急管理局", "宗祠", "丁香花", "宣传栏", "贲门", "郁闷", "单车", "杭州湾",
              "洪峰", "包产到户", "诸葛连弩", "左邻右舍", "石磨", "崔颢", "吉祥如意", "钮扣", "龚滩古镇", "程咬金的三板斧", "嵇康", "邢台", "滑县",
              "裴多菲", "陆地", "荣誉证书", "翁婿", "荀子", "羊肉汤", "於菟", "惠民政策", "甄嬛传", "曲阜", "家长里长", "封山育林", "芮城",
              "羿射九日", "储蓄罐", "靳家", "汲水", "邴原", "糜烂", "松花蛋", "井冈山", "段子", "富民政策", "巫婆", "乌兰牧骑", "巴彦淖尔", "弓箭",
              "牧羊犬", "隗嚣", "山药蛋", "谷雨前后", "车厢", "侯马", "蓬蒿", "全家福", "班车", "仰卧起坐", "秋收起义", "仲夏夜", "伊犁河", "宫保",
              "宁可", "仇人", "栾川", "暴发户", "甘肃", "厉行节约", "戎装", "祖坟", "武术", "符合条件", "刘海屏", "景颇", "束手无策", "龙抬头",
              "叶公好龙", "幸福院", "司法所", "韶关", "黎族", "薄饼", "印刷厂", "宿迁", "白鹤", "怀柔", "蒲团", "从头再来", "鄂温克", "索道",
              "咸阳", "籍贯", "赖账", "卓越", "蔺相如", "蒙顶山", "池塘边", "乔迁之喜", "阴天", "胥口", "能人", "苍天", "双抢", "闻鸡起舞",
              "莘莘学子", "党支部", "谭鸭血", "贡米", "劳务费", "姬松茸", "申请书", "扶贫车间", "堵车", "冉冉", "宰羊", "郦道元", "雍和宫",
              "却之不恭", "桑田", "桂林米粉", "牛棚", "寿宴", "通知书", "边防", "扈从", "燕子", "冀中平原", "郏县", "浦江", "尚方宝剑", "农家乐",
              "温州人", "别扭", "庄户人家", "晏殊", "柴门", "瞿塘峡", "充电宝", "慕课", "连锁店", "茹毛饮血", "习俗", "宦官", "艾灸", "鱼塘",
              "容器", "向日葵", "古树", "易经", "慎言", "戈壁滩", "廖化", "庾信", "终身", "居委会", "衡水", "步行街", "都江堰", "耿耿于怀",
              "满族", "匡扶", "国道", "文明村", "寇准", "广场舞", "禄劝", "东郭先生", "欧式", "沃土", "利率", "蔚县", "越野车", "夔门", "隆冬",
              "师范", "巩固", "聂政", "晁盖", "勾股定理", "敖包相会", "融资", "冷库", "辛集", "那达慕", "简阳", "饶河", "空调", "曾几何时",
              "毋庸置疑", "沙县小吃", "养殖户", "须知", "丰都", "巢湖", "关东煮", "相亲", "查干湖", "後来", "荆门", "红枣", "游牧", "权利",
              "盖房子", "益母草", "桓仁", "公章", "司马懿", "上官婉儿", "欧阳修", "夏侯惇", "诸葛村", "东方红", "赫哲族",
              "尉迟恭", "公羊传", "公冶长", "濮阳", "淳于髡", "单于", "公孙树", "轩辕黄帝", "令狐冲", "钟离春",
              "宇文泰", "长孙皇后", "慕容复",
              "谷梁传", "晋祠", "楚河汉界", "闫家", "法院", "汝州", "鄢陵", "涂料", "钦州", "段位", "帅气",
              "缑山", "亢奋", "况且", "后天", "有钱", "琴弦", "归途", "海参", "岳阳楼", "帅哥", "况钟", "亢旱", "琴岛", "归还", "海产",
              "岳母", "帅府", "墨汁", "哈密瓜", "谯楼", "笪桥", "年糕", "爱心", "阳光", "第五套人民币", "言而有信", "福利院", "百里挑一",
              "南门", "呼延庆", "羊角", "微信", "左丘明", "西门庆"]
P_DISH = ["延吉冷面", "朝鲜族打糕", "辣白菜", "米肠", "明太鱼干", "狗肉汤锅", "手把肉", "奶茶", "奶豆腐",
          "炒米", "血肠", "烤全羊", "酥油茶", "糌粑", "甜茶", "藏面", "牦牛肉干", "坨坨肉", "苦荞粑粑",
          "五色糯米饭", "老友粉", "螺蛳粉", "卷筒粉", "柠檬鸭", "牛肉拉面", "手抓羊肉", "油香", "盖碗茶",
          "羊杂碎", "馓子", "那仁", "纳仁", "包尔萨克", "马肠子", "奶疙瘩", "香茅草烤鱼", "菠萝饭",
          "撒撇", "酸笋鸡", "梅菜扣肉", "酿豆腐", "盐焗鸡", "客家擂茶", "牛肉丸", "卤鹅", "蚝烙",
          "粿条", "鼠曲粿", "砂锅粥", "肉骨茶", "海南鸡饭", "叻沙", "冬阴功汤", "猪脚饭", "仙草",
          "王家麻辣烫", "张记羊肉汤", "李家锅盔", "刘记凉皮", "马家牛肉面", "纳家营", "撒家羊杂", "韦记螺蛳粉"]
P_DISH_FR = ["{}", "来一份{}", "{}多少钱一份", "老家的{}", "{}外卖到了"]
P_TITLES = ["《草原之夜》", "《天路》", "《乌苏里船歌》", "《达坂城的姑娘》", "《康定情歌》", "《敖包相会》",
            "《鸿雁》", "《吉祥三宝》", "《小河淌水》", "《月光下的凤尾竹》", "《刘三姐》", "《阿诗玛》",
            "《五朵金花》", "《冰山上的来客》", "《阿凡提的故事》", "《格萨尔王》", "《江格尔》", "《玛纳斯》",
            "《嘎达梅林》", "《乌兰巴托的夜》", "《牧马人》", "《白鹿原》", "《平凡的世界》", "《人生》",
            "《马向阳下乡记》", "《山海情》", "《乡村爱情》", "《刘老根》", "《马大帅》", "《闯关东》",
            "《金婚》", "《父母爱情》", "《人世间》", "《我的阿勒泰》", "《去有风的地方》", "《春天里》",
            "《阿里山的姑娘》", "《在那遥远的地方》", "《卓玛》", "《金达莱》", "《桔梗谣》", "《阿里郎》"]
P_TITLE_FR = ["{}", "在看{}", "唱了一首{}", "{}挺好看的", "{}的歌词"]
P_KIN = ["大舅", "二舅", "小舅", "大姨", "二姨", "小姨", "表叔", "表姑", "表舅", "堂哥", "堂姐", "堂弟", "表嫂",
         "姑父", "姨夫", "姑姑", "婶婶", "伯母", "大伯", "二伯", "叔叔", "小叔子", "大伯哥", "小姑子",
         "妯娌", "连襟", "亲家", "亲家母", "公公", "婆婆", "岳父", "岳母", "老丈人", "丈母娘", "外甥",
         "外甥女", "侄子", "侄媳妇", "孙女婿", "干爹", "干妈", "继父", "后妈", "前夫", "前妻", "阿爸",
         "阿妈", "阿姆", "阿公", "阿嬷", "阿兄", "阿姊", "老弟", "细妹", "老表"]
P_KIN_FR = ["我{}", "我{}说不知道", "{}家的电话也被打了", "连我{}都被问了", "{}不让我告诉别人"]
P_ROLE = ["村长", "村支书", "村主任", "老支书", "村会计", "村民小组长", "生产队长", "屯长", "嘎查长", "网格员",
          "合作社理事长", "信贷员", "客户经理", "站长", "车队老板", "教练", "院长", "护工", "船老大", "班长",
          "管教", "咨询师", "中介", "媒人", "红娘", "阿訇", "毕摩", "老人会会长", "包工头", "物业经理",
          "保安队长", "房东", "辅导员", "班主任", "厂长", "拆迁办主任", "信访办", "司法所所长", "调解员", "寨老"]
P_ROLE_FR = ["{}", "找{}说说", "{}也知道了", "我们{}人挺好", "{}说他不管"]
P_WRAP = ["{}", "语音转文字：{}", "（原话）{}", "补充一下：{}", "【求助】{}", "{}。。。", "{}？？",
          "我妈说：{}", "备注：{}", "{}，怎么办啊"]
WORD_USE = {
    "甘霖": ["久旱逢甘霖", "一场甘霖解了旱情"], "莫愁": ["莫愁前路无知己", "南京莫愁湖公园"],
    "蓝天": ["蓝天白云下的草原", "蓝天保卫战"], "麦穗": ["麦穗金黄的时候要抢收", "拾麦穗的小孩"],
    "康庄": ["走上康庄大道", "康庄大道越走越宽"], "丰年": ["瑞雪兆丰年", "今年是个丰年"],
    "凤仙": ["凤仙花染指甲", "院子里种了凤仙"], "简朴": ["生活简朴", "简朴的婚礼也挺好"],
    "满月": ["孩子满月酒", "今晚是满月"], "牧歌": ["草原牧歌", "一曲牧歌唱到天亮"],
}


def build_preserve():
    cands = []
    for s in P_SENT:
        cands.append(s)
        for w in R.sample(P_WRAP[1:], 3):
            cands.append(w.format(s))
    for pl in P_PLACES:
        for fr in R.sample(P_PLACE_FR, 3):
            cands.append(fr.format(pl))
    cands.extend(P_SURWORDS)
    for w in P_SURWORDS[:150]:
        cands.append(pick(["听说", "关于", "说到", "那个"]) + w)
    for d in P_DISH:
        for fr in R.sample(P_DISH_FR, 3):
            cands.append(fr.format(d))
    for ti in P_TITLES:
        for fr in R.sample(P_TITLE_FR, 3):
            cands.append(fr.format(ti))
    for k in P_KIN:
        for fr in R.sample(P_KIN_FR, 3):
            cands.append(fr.format(k))
    for r in P_ROLE:
        for fr in R.sample(P_ROLE_FR, 3):
            cands.append(fr.format(r))
    for w in WORD_NAMES:
        for s in WORD_USE[w]:
            cands.append(s)
            cands.append(pick(P_WRAP[1:]).format(s))
    # rural-address words with no house number
    for a in ["组", "屯", "村民小组", "生产队", "大队", "嘎查", "寨子", "社"]:
        for fr in ["我们{}里", "{}里开会了", "{}里的人都知道", "回{}里住几天"]:
            cands.append(fr.format(a))
    for ph in ["一期", "二期", "三期", "四期", "东区", "南苑", "B区"]:
        for fr in ["{}的房子", "{}交房了没有", "{}的物业费", "{}门口在修路"]:
            cands.append(fr.format(ph))
    return cands


P_ROMAN_FOOD = ["Yong Tau Foo", "Bak Kut Teh", "Char Kway Teow", "Chwee Kueh", "Ngoh Hiang", "Lor Mee",
                "Kiam Chye Ark", "Hakka Mee", "Teochew Muay", "Orh Nee", "Kueh Tutu", "Chee Cheong Fun",
                "Lui Cha", "Suan Pan Zi", "Kon Lou Mee", "Ban Mian", "Hor Fun", "Wan Tan Mee", "Char Siew",
                "Kopi O Kosong", "Teh Tarik", "Tau Huay", "Png Kueh", "Soon Kueh", "Hum Chim Peng"]
P_ROMAN_FR = ["{}", "a plate of {}", "{} 一份", "想吃{}", "{} is nice"]
P_MINOR_WORDS = ["扎西德勒", "吉祥如意", "那拉提草原", "赛里木湖", "喀拉峻草原", "呼麦", "长调民歌", "阿肯弹唱",
                 "叼羊比赛", "欧巴", "阿加西", "思密达", "撒浪嘿哟", "哈达", "唐卡", "玛尼堆", "经幡",
                 "口弦", "查尔瓦", "披毡", "铜鼓", "绣球", "歌圩", "吊脚楼", "风雨桥", "长桌宴", "芦笙",
                 "孔雀舞", "象脚鼓", "贝叶经", "目瑙纵歌", "刀杆节", "花儿会", "宴席曲", "白帽", "盖头"]
P_MINOR_FR = ["{}", "{}真好看", "第一次见{}", "我们那里有{}"]
CL_A = ["催收打给了", "他们找到了", "连", "今天又打给", "对方说要去找", "短信发到了", "他们加了", "有人去问了"]
CL_B = P_KIN + ["村长", "村支书", "组长", "屯长", "嘎查长", "网格员", "站长", "车队老板", "教练", "护工", "船老大",
                "班主任", "辅导员", "房东", "老板", "主管", "财务", "同事", "室友", "邻居", "老乡", "工友"]
CL_C = ["", "，说我欠钱不还", "，还说要上门", "，我真的没脸见人了", "，这算不算骚扰", "，他们怎么知道的",
        "，让他们转告我", "，骂得很难听"]


def build_preserve_more():
    out = []
    for f in P_ROMAN_FOOD:
        for fr in R.sample(P_ROMAN_FR, 3):
            out.append(fr.format(f))
    for w in P_MINOR_WORDS:
        for fr in R.sample(P_MINOR_FR, 2):
            out.append(fr.format(w))
    for _ in range(700):
        a, b = pick(CL_A), pick(CL_B)
        if a == "连":
            out.append(f"连我{b}{pick(['都接到了电话', '也被打了电话', '都知道了'])}")
        else:
            out.append(f"{a}{pick(['我', '我', ''])}{b}{pick(CL_C)}")
    return out


# ---------------------------------------------------------------- main
def load_others():
    texts, pres = [], []
    files = sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl")) +
                   glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt")))
    files = [f for f in files if "tune18" not in os.path.basename(f)]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            if f.endswith(".jsonl"):
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(nows(json.loads(line)["text"]))
            else:
                for line in fh:
                    line = line.rstrip("\n")
                    if line.strip():
                        pres.append(nows(line))
    return files, texts, pres


def literal_text(tpl):
    return SLOT_RE.sub("\x00", tpl)


def main():
    files, o_texts, o_pres = load_others()
    o_all = list(dict.fromkeys(o_texts + o_pres))
    o_all_set = dict.fromkeys(o_all)
    o_all_blob = "\x00".join(o_all)
    o_pres_blob = "\x00".join(o_pres)
    print(f"dedupe: {len(files)} files, {len(o_all)} distinct texts and lines")

    # preserve
    cands = build_preserve() + build_preserve_more()
    kept, seen = [], {}
    n_dup = n_eq = n_in = n_dig = 0
    for c in cands:
        if c in seen:
            n_dup += 1
            continue
        seen[c] = True
        if re.search(r"\d{7,}", c):
            n_dig += 1
            continue
        k = nows(c)
        if k in o_all_set:
            n_eq += 1
            continue
        if k in o_all_blob:
            n_in += 1
            continue
        kept.append(c)
    print(f"preserve: {len(cands)} candidates, {n_dup} own repeats, {n_dig} with 7+ digits, "
          f"{n_eq} equal to and {n_in} contained in other corpora, {len(kept)} kept")

    own_parts = list(cands) + NONE_T + [literal_text(x[2]) for x in T] + [literal_text(x) for x in WORD_T] + \
        [literal_text(x) for x in OTHER_T] + [v for vs in FILL.values() for v in vs]
    own_blob = "\x00".join(nows(x) for x in own_parts)
    names = Names(own_blob, o_pres_blob)

    # schedule
    n_other = 24
    n_name = N_RECORDS - len(NONE_T) - len(WORD_T) - n_other
    sched = []
    order = list(range(len(T)))
    while len(sched) < n_name:
        R.shuffle(order)
        sched.extend(order)
    sched = sched[:n_name]
    jobs = [("T", i) for i in sched] + [("W", i) for i in range(len(WORD_T))]
    oth = list(range(len(OTHER_T)))
    R.shuffle(oth)
    jobs += [("O", oth[i % len(oth)]) for i in range(n_other)]
    jobs += [("N", i) for i in range(len(NONE_T))]

    records, meta = [], []
    redraws = 0
    uses = {}
    for kind, i in jobs:
        if kind == "T":
            group, np_flag, tpl = T[i]
        elif kind == "W":
            group, np_flag, tpl = "word", False, WORD_T[i]
        elif kind == "O":
            group, np_flag, tpl = "other", False, OTHER_T[i]
        else:
            group, np_flag, tpl = "none", False, NONE_T[i]
        for attempt in range(60):
            try:
                out, ctx = render(tpl, np_flag, names)
                text, spans = assemble(out)
                pii = check_record(text, spans)
                k = nows(text)
                if k in o_all_set or k in o_all_blob:
                    raise Redraw("in other corpus")
                own_n = {norm(p["value"]) for p in pii if p["kind"] == "name"}
                kn = norm(text)
                for u in names.used:
                    if u not in own_n and u in kn:
                        raise Redraw("earlier name across a boundary")
                break
            except Redraw:
                redraws += 1
                continue
        else:
            raise SystemExit("could not draw: " + tpl[:50])
        name_vals = [p["value"] for p in pii if p["kind"] == "name"]
        names.accept(name_vals)
        names.record_blob += "\x00" + nows(text)
        forms = []
        for sid, obj in ctx.items():
            if "sex" in obj:
                forms.append((obj["value"], obj["kind"]))
                if obj.get("zh") and obj["zh"] in name_vals:
                    forms.append((obj["zh"], "zh-form"))
                if obj.get("alt") and obj["alt"] in name_vals:
                    forms.append((obj["alt"], "homophone"))
        uses[(kind, i)] = uses.get((kind, i), 0) + 1
        records.append({"text": text, "sender": None, "pii": pii})
        meta.append({"group": group, "forms": forms, "np": np_flag})

    # global checks
    all_names = []
    for r in records:
        for p in r["pii"]:
            if p["kind"] == "name":
                all_names.append(p["value"])
    assert len(all_names) == len(dict.fromkeys(all_names)), "a name occurs in two records"
    nn = [(v, nows(v)) for v in all_names]
    for r in records:
        own = {p["value"] for p in r["pii"] if p["kind"] == "name"}
        tx = nows(r["text"])
        for v, n in nn:
            if v not in own and n in tx:
                i = tx.find(n)
                raise SystemExit("name outside its record: %r in %r" % (v, tx[max(0, i - 15):i + 15]))
    kept_blob = "\x00".join(nows(x) for x in kept)
    for v, n in nn:
        if v in WORD_NAMES:
            assert n in kept_blob, v
        else:
            assert n not in kept_blob, v
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate texts"
    assert len(kept) >= 2000
    for x in kept:
        assert not re.search(r"\d{7,}", x)
    for j in range(len(T)):
        assert uses.get(("T", j), 0) >= 1, j

    # shuffle and write
    idx = list(range(len(records)))
    R.shuffle(idx)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune18.jsonl"), "w", encoding="utf-8") as fh:
        for n, j in enumerate(idx, 1):
            r = records[j]
            fh.write(json.dumps({"id": f"t18-{n:04d}", "text": r["text"], "sender": r["sender"],
                                 "pii": r["pii"]}, ensure_ascii=False) + "\n")
    pres = list(kept)
    R.shuffle(pres)
    with open(os.path.join(OUT_DIR, "scrub_tune18_preserve.txt"), "w", encoding="utf-8") as fh:
        for x in pres:
            fh.write(x + "\n")

    # stats
    kinds = {}
    for r in records:
        for p in r["pii"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    tot = sum(kinds.values())
    print(f"records: {len(records)}, redraws {redraws}")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:10s} {v}")
    print(f"  total      {tot}")
    print(f"  no-PII records {sum(1 for r in records if not r['pii'])}, "
          f"other-PII-no-name {sum(1 for r in records if r['pii'] and not any(p['kind'] == 'name' for p in r['pii']))}, "
          f"with a name {sum(1 for r in records if any(p['kind'] == 'name' for p in r['pii']))}")
    print(f"  texts with line breaks {sum(1 for r in records if chr(10) in r['text'])}, "
          f"no-punctuation texts {sum(1 for m in meta if m['np'])}")
    fk = {}
    for m in meta:
        for v, k in m["forms"]:
            kk = k.split("/")[0] if not k.startswith("word/") else "word"
            fk[kk] = fk.get(kk, 0) + 1
    print("name forms:", json.dumps(fk, ensure_ascii=False))
    g = {}
    for r, m in zip(records, meta):
        e = g.setdefault(m["group"], [0, 0, 0])
        e[0] += 1
        e[1] += sum(1 for p in r["pii"] if p["kind"] == "name")
        e[2] += len(r["pii"])
    print("groups (records, names, items):")
    for k, v in g.items():
        print(f"  {k:10s} {v}")
    sub = {}
    for r in records:
        for p in r["pii"]:
            if p["kind"] in ("phone", "address", "id_number", "bank_card"):
                v = p["value"]
                if p["kind"] == "phone":
                    st = ("split" if "\n" in v else "cn" if re.search("[零一二三四五六七八九幺]", v) else
                          "voice-sep" if re.search("[杠、—…]|  ", v) else "+86" if v.startswith(("+86", "0086")) else
                          "foreign" if v.startswith(("+", "010", "01", "08")) and not re.match(r"^1\d{10}$", v) else
                          "landline" if v.startswith("0") or v.startswith("（") else
                          "spaced" if " " in v else "dashed" if "-" in v else "plain")
                elif p["kind"] == "address":
                    st = "rural" if re.search("村|屯|嘎查|组|社|队", v) and not re.search("期|栋|幢|单元|号楼|#", v) else "estate"
                elif p["kind"] == "id_number":
                    st = "split" if "\n" in v else "cn" if re.search("[零一二三四五六七八九]", v) else "spaced" if " " in v else "plain"
                else:
                    st = "split" if "\n" in v else "spaced" if " " in v else "plain"
                sub[(p["kind"], st)] = sub.get((p["kind"], st), 0) + 1
    print("formats:", sorted(sub.items()))
    if os.environ.get("TUNE18_TEMPLATE_COUNTS"):
        for k in sorted(uses):
            print("  use", k, uses[k])


if __name__ == "__main__":
    main()
