"""Scrubber tuning corpora, eighteenth writer: the paperwork of ordinary life
that a debtor (or a scam victim) pastes.  Medical records and prescriptions
(患者 / 主治医师 / 处方医师 / 审核药师), pharmacy receipts, 医保 settlements and
insurance claims; school report cards and parents' meeting minutes; village
committee minutes and 低保 lists; temple / church donation lists (功德榜,
奉献); wedding gift ledgers (礼金簿) and invitations; funeral notices (讣告),
eulogies and condolence ledgers; genealogy (族谱, 字辈 names sharing a
generation character); sports rosters and match reports; song / MV credits;
novel and drama characters quoted in chats (unlabelled) beside real people;
live-commerce rooms (直播间, 榜一大哥); e-commerce reviews with masked buyers
(张**, 王*明, l***3); delivery lockers; hotel check-in; train tickets (姓名 +
partly masked ID); vaccination records; pet adoption; lost-and-found posts
(a lost ID card used for loans); WeChat Moments with @mentions and location
tags; emoji-heavy teen chat; Cantonese and Hokkien romanised chat; 繁體 names
with English names (陳大文 Tai Man Chan); and ten declared word-names.

Writes, into $TUNE17_OUT_DIR (default: next to this file):
  scrub_tune17.jsonl           about 370 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune17_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-05 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..16.md, the module
docstrings of make_scrub_tune15.py and make_scrub_tune16.py, and `head -2` of
scrub_tune16.jsonl and scrub_tune16_preserve.txt).  Templates, word lists,
romanisation tables, address parts and preserve sentences are this writer's
own; ordinary Han names come from Faker zh_CN.

Run:  /work/main/.venv/bin/python make_scrub_tune17.py
Needs Faker==40.63.0 (locale zh_CN).  One random.Random(SEED); Faker is
seeded from it (seed_instance); never iterates over a set.
The dedupe step reads the other scrub_*.jsonl texts and scrub_*preserve*.txt
lines in $TUNE17_DEDUPE_DIR (default: this file's directory) at run time and
prints counts only.  Set TUNE17_TEMPLATE_COUNTS=1 to print variant use counts.
"""
import glob
import json
import os
import random
import re
import sys

import faker

assert faker.VERSION == "40.63.0", faker.VERSION
from faker import Faker  # noqa: E402

SEED = 20270611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE17_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE17_DEDUPE_DIR", HERE)
OWN_FILES = ("scrub_tune17.jsonl", "scrub_tune17_preserve.txt")

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(1 << 30))

# ---------------------------------------------------------------- value makers
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159",
                 "166", "172", "173", "175", "176", "177", "178", "180", "181",
                 "182", "183", "185", "186", "187", "188", "189", "191", "193",
                 "195", "198", "199"]


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mobile(fmt=None):
    m = rng.choice(MOBILE_PREFIX) + digits(8)
    fmt = fmt if fmt is not None else rng.choices(["p", "s", "d", "86"], [6, 2, 1, 1])[0]
    if fmt == "s":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if fmt == "d":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if fmt == "86":
        return "+86 " + m
    return m


AREA_CODES = ["010", "021", "020", "0755", "0371", "025", "028", "027", "0531",
              "0311", "0591", "0731", "029", "023", "0571", "0551", "0791", "0771"]


def landline():
    a = rng.choice(AREA_CODES)
    n = str(rng.randrange(2, 9)) + digits(7 if len(a) == 3 else 6 + rng.randrange(2))
    return rng.choice([f"{a}-{n}", f"（{a}）{n}", f"{a}-{n}转{rng.randrange(100, 899)}"])


def hk_phone():
    n = rng.choice("569") + digits(7)
    return rng.choice([f"+852 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(852) {n}"])


def my_phone():
    n = digits(7)
    return rng.choice([f"+60 12-{n[:3]} {n[3:]}", f"016-{n[:3]} {n[3:]}", f"+6017-{n}"])


def sg_phone():
    n = rng.choice("89") + digits(7)
    return rng.choice([f"+65 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}"])


def tw_phone():
    n = digits(8)
    return rng.choice([f"09{n[:2]}-{n[2:5]}-{n[5:]}", f"+886 9{n[:2]} {n[2:5]} {n[5:]}"])


ID_AREAS = ["110101", "110105", "310104", "310115", "440305", "440106", "410102",
            "410105", "320102", "320506", "510104", "510107", "420102", "370102",
            "130102", "350102", "430102", "610102", "500103", "330106", "340102",
            "360102", "450102", "210102", "220102", "230102", "140105", "620102",
            "520102", "530102", "411302", "412702", "341222", "371302", "130683",
            "513922", "431102", "362201", "452501", "350583"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number(sex=None, y0=1958, y1=2003, fmt=None):
    area = rng.choice(ID_AREAS)
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    seq = rng.randrange(0, 100)
    s = rng.randrange(10)
    if sex == "m" and s % 2 == 0:
        s += 1
    if sex == "f" and s % 2 == 1:
        s -= 1
    body = f"{area}{y:04d}{m:02d}{d:02d}{seq:02d}{s % 10}"
    chk = ID_C[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]
    v = body + chk
    if chk == "X" and rng.random() < 0.3:
        v = body + "x"
    fmt = fmt if fmt is not None else rng.choices(["p", "s"], [8, 1])[0]
    if fmt == "s":
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return v


def masked_id(sex=None):
    v = id_number(sex, fmt="p")
    return v[:10] + "****" + v[14:]


def hkid():
    letter = rng.choice("ACDEHKPRSYZ")
    ds = digits(6)
    total = 9 * 36 + 8 * (ord(letter) - 55) + sum((7 - i) * int(c) for i, c in enumerate(ds))
    c = (11 - total % 11) % 11
    cc = "A" if c == 10 else str(c)
    return f"{letter}{ds}({cc})"


CARD_PREFIX = ["622202", "621226", "621700", "622700", "622848", "621661",
               "622588", "621483", "622262", "622155", "623668", "621799",
               "622908", "621485", "625965"]


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(fmt=None):
    n = rng.choice([16, 19, 19])
    body = rng.choice(CARD_PREFIX) + digits(n - 7)
    v = body + luhn_digit(body)
    fmt = fmt if fmt is not None else rng.choices(["p", "s"], [3, 2])[0]
    if fmt == "s":
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


PLATE_PROV = "京沪粤豫苏川鄂鲁冀闽湘陕渝浙皖赣桂辽吉黑晋甘贵云"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate():
    p = rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12])
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(5)
    else:
        tail = "".join(rng.choice(PLATE_LET + "0123456789" * 2) for _ in range(5))
    return rng.choice([p + tail, p + "·" + tail, p + " " + tail])


def qq():
    return str(rng.randrange(1, 10)) + digits(rng.randrange(6, 10))


PY_SYL = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou",
          "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo",
          "xiao", "mei", "jun", "hao", "ting", "yu", "xin", "fang", "lei", "jie",
          "qing", "ming", "hui", "lan", "tao", "peng", "yan", "bo", "nan", "kai"]


def wechat():
    if rng.random() < 0.5:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return rng.choice(PY_SYL) + rng.choice(PY_SYL) + rng.choice(["_", "", "-"]) + digits(rng.randrange(2, 5))


def email():
    u = rng.choice(PY_SYL) + rng.choice(PY_SYL) + rng.choice(["", ".", "_"]) + digits(rng.randrange(2, 5))
    return u + "@" + rng.choice(["163.com", "126.com", "qq.com", "sina.com", "gmail.com", "hotmail.com", "foxmail.com"])


def acct(prefix, n):
    return prefix + digits(n)


CITY3 = [("河南省", "郑州市", "金水区"), ("河南省", "洛阳市", "涧西区"), ("河北省", "保定市", "竞秀区"),
         ("山东省", "临沂市", "兰山区"), ("江苏省", "徐州市", "鼓楼区"), ("安徽省", "合肥市", "蜀山区"),
         ("湖北省", "襄阳市", "樊城区"), ("湖南省", "衡阳市", "蒸湘区"), ("四川省", "绵阳市", "涪城区"),
         ("广东省", "佛山市", "南海区"), ("广东省", "东莞市", "南城街道"), ("浙江省", "温州市", "鹿城区"),
         ("福建省", "泉州市", "丰泽区"), ("江西省", "赣州市", "章贡区"), ("广西壮族自治区", "柳州市", "城中区"),
         ("陕西省", "宝鸡市", "渭滨区"), ("山西省", "大同市", "平城区"), ("辽宁省", "鞍山市", "铁东区"),
         ("吉林省", "吉林市", "船营区"), ("黑龙江省", "齐齐哈尔市", "龙沙区"), ("贵州省", "遵义市", "红花岗区"),
         ("云南省", "曲靖市", "麒麟区"), ("甘肃省", "天水市", "秦州区"), ("重庆市", "", "万州区")]
ROADS = ["建设路", "人民路", "文化路", "解放大道", "和平街", "新华路", "民主路", "光明路", "青年路",
         "工业大道", "迎宾大道", "滨河东路", "育才街", "振兴路", "长江路", "中山北路", "幸福大街", "朝阳路"]
ESTATES = ["锦绣华庭", "阳光花园", "金色家园", "翰林苑", "盛世名门", "紫荆小区", "御景湾", "橡树湾",
           "碧桂园", "东方明郡", "学府佳苑", "丽水华府", "龙湖春江郦城", "万科城", "恒大名都", "梧桐苑"]
COUNTY4 = [("河南省", "周口市", "郸城县", "汲冢镇"), ("河南省", "商丘市", "虞城县", "利民镇"),
           ("安徽省", "阜阳市", "太和县", "旧县镇"), ("山东省", "菏泽市", "曹县", "青菏街道"),
           ("湖南省", "邵阳市", "隆回县", "桃洪镇"), ("四川省", "南充市", "仪陇县", "金城镇"),
           ("江西省", "上饶市", "鄱阳县", "饶州街道"), ("河北省", "邢台市", "广宗县", "冯家寨乡"),
           ("湖北省", "黄冈市", "蕲春县", "漕河镇"), ("广西壮族自治区", "玉林市", "博白县", "沙河镇"),
           ("贵州省", "毕节市", "织金县", "八步街道"), ("甘肃省", "定西市", "通渭县", "平襄镇")]
VILLAGES = ["前进村", "红星村", "新庄村", "大柳树村", "后营村", "双河村", "石桥村", "东岗村", "梨园村",
            "黄土坡村", "三里屯村", "下湾村", "龙泉村", "杏花村"]


def address(kind=None):
    kind = kind or rng.choices(["u", "v"], [3, 2])[0]
    if kind == "u":
        p, c, d = rng.choice(CITY3)
        head = (p if rng.random() < 0.6 else "") + c + d
        if p == "重庆市":
            head = "重庆市" + d
        r = rng.choice(ROADS)
        tail = rng.choice([
            f"{r}{rng.randrange(1, 400)}号{rng.choice(ESTATES)}{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}0{rng.randrange(1, 5)}室",
            f"{rng.choice(ESTATES)}{rng.randrange(1, 20)}号楼{rng.randrange(1, 4)}单元{rng.randrange(1, 28)}0{rng.randrange(1, 4)}",
            f"{r}{rng.randrange(1, 400)}号院{rng.randrange(1, 12)}号楼{rng.randrange(1, 30)}0{rng.randrange(1, 5)}室"])
        return head + tail
    p, c, co, t = rng.choice(COUNTY4)
    head = rng.choice([p + c + co + t, c + co + t, co + t])
    return head + rng.choice(VILLAGES) + rng.choice([f"{rng.randrange(1, 13)}组{rng.randrange(1, 90)}号",
                                                      f"{rng.randrange(1, 9)}队",
                                                      f"{rng.choice('一二三四五六七')}组{rng.randrange(1, 60)}号"])


HK_ADDR = ["九龍旺角彌敦道{n}號{f}樓{r}室", "新界沙田第一城{b}座{f}樓{r}室", "香港北角英皇道{n}號{f}樓{r}",
           "九龍觀塘翠屏邨翠楓樓{f}樓{n}室", "新界屯門兆康苑{b}座{f}樓{r}室"]


def hk_address():
    t = rng.choice(HK_ADDR)
    return t.format(n=rng.randrange(10, 700), f=rng.randrange(2, 35), r=rng.choice("ABCDEFGH"),
                    b=rng.randrange(1, 40))


def date26(y=2026):
    return f"{y}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"


def date_pair(gap_lo=1, gap_hi=5, chinese=False):
    import datetime
    a = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 350))
    b = a + datetime.timedelta(days=rng.randrange(gap_lo, gap_hi + 1))
    if chinese:
        return f"{a.year}年{a.month}月{a.day}日", f"{b.year}年{b.month}月{b.day}日"
    return a.isoformat(), b.isoformat()


def cdate(y=2026):
    return f"{y}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"


def hm():
    return f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"


def amt(lo, hi, step=1):
    return str(rng.randrange(lo // step, hi // step + 1) * step)


# ---------------------------------------------------------------- name parts
RARE_SURNAMES = ["禤", "亓", "訾", "仉", "笪", "乜", "逯", "隗", "蒯", "郗", "厍", "眭", "鄢", "郄",
                 "冼", "覃", "阚", "缪", "晏", "揭", "贲", "靳", "蔺", "昝", "佘", "郜", "戢", "蹇",
                 "郦", "芈", "荀", "骆", "仇", "单", "解", "区", "查", "盖", "乐", "朴", "幸", "练"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐", "公孙", "长孙",
            "宇文", "夏侯", "司徒", "端木", "南宫", "西门", "百里", "钟离", "呼延", "独孤", "闻人",
            "第五", "万俟", "澹台", "公冶", "轩辕", "濮阳", "申屠", "太史"]
GEN_CHARS = ["德", "传", "家", "国", "永", "世", "昌", "荣", "宗", "启", "文", "明", "忠", "孝", "兴", "业"]
GIVEN1_M = list("华明军强伟勇杰涛斌超鹏辉刚平健峰磊波宇浩林海山松博文志生福贵")
GIVEN2_M = ("国栋 文博 子轩 浩然 俊杰 宇航 明辉 永刚 海波 立新 振华 家豪 晓东 卫东 德胜 春生 国平 宏伟 伟东 "
            "金龙 天佑 嘉诚 思远 一鸣 博文 泽宇 鹏飞 少华 学军 新民 庆丰 永福 志远 海峰 建新 长青 国强 文军 "
            "明亮 忠诚 大勇 小军 振宇 晨阳 俊熙 子豪 铁军 守仁 存旺 满仓 来顺 福林 兆龙 启明 树林 广才").split()
GIVEN2_F = ("秀英 秀兰 桂英 玉兰 桂兰 秀珍 玉梅 凤英 玉英 丽娟 晓燕 春梅 雪梅 海燕 淑珍 美玲 慧敏 思琪 雨涵 "
            "梓涵 欣怡 佳怡 诗雨 婉婷 晓雯 静怡 丽萍 红梅 翠兰 金花 素芬 月娥 彩云 巧玲 秋菊 冬梅 爱玲 淑芬 "
            "雅琴 若兰 梦瑶 紫萱 一诺 语桐 可欣 心怡 晓丽 艳华 丽君 佩华 惠敏 婷婷 丹丹 莉莉 娜娜 小红").split()
WORD_NAMES = ["舒畅", "包涵", "洪福", "申明", "严明", "史诗", "甄选", "尚可", "费心", "明朗"]

# Cantonese (HK) romanisation: traditional char -> romanisation
HK_SUR = [("陳", "Chan"), ("黃", "Wong"), ("李", "Lee"), ("張", "Cheung"), ("林", "Lam"), ("劉", "Lau"),
          ("吳", "Ng"), ("梁", "Leung"), ("何", "Ho"), ("郭", "Kwok"), ("鄭", "Cheng"), ("謝", "Tse"),
          ("蔡", "Choi"), ("曾", "Tsang"), ("馮", "Fung"), ("鄧", "Tang"), ("葉", "Yip"), ("羅", "Law"),
          ("麥", "Mak"), ("盧", "Lo"), ("譚", "Tam"), ("朱", "Chu"), ("周", "Chow"), ("袁", "Yuen"),
          ("蘇", "So"), ("區", "Au"), ("潘", "Poon"), ("司徒", "Szeto"), ("歐陽", "Au Yeung")]
HK_GIV = [("大", "Tai"), ("文", "Man"), ("志", "Chi"), ("明", "Ming"), ("偉", "Wai"), ("家", "Ka"),
          ("俊", "Chun"), ("傑", "Kit"), ("美", "Mei"), ("玲", "Ling"), ("詠", "Wing"), ("欣", "Yan"),
          ("淑", "Shuk"), ("儀", "Yee"), ("麗", "Lai"), ("芬", "Fun"), ("國", "Kwok"), ("強", "Keung"),
          ("健", "Kin"), ("華", "Wah"), ("浩", "Ho"), ("子", "Tsz"), ("思", "Sze"), ("寶", "Po"),
          ("珊", "Shan"), ("雅", "Nga"), ("德", "Tak"), ("耀", "Yiu"), ("輝", "Fai"), ("錦", "Kam"),
          ("秀", "Sau"), ("鳳", "Fung"), ("琪", "Kei"), ("婷", "Ting"), ("嘉", "Ka"), ("敏", "Man")]
EN_M = ["Peter", "Kelvin", "Ivan", "Alan", "Eric", "Jason", "Kenneth", "Sammy", "Raymond", "Ricky"]
EN_F = ["Mary", "Winnie", "Karen", "Joyce", "Vivian", "Cherry", "Fiona", "Gigi", "Connie", "Ada"]
# Hokkien: (trad char, POJ, SG/MY spelling)
HOK_SUR = [("陳", "Tân", "Tan"), ("林", "Lîm", "Lim"), ("黃", "N̂g", "Ng"), ("蔡", "Chhòa", "Chua"),
           ("許", "Khó͘", "Koh"), ("王", "Ông", "Ong"), ("吳", "Gô͘", "Goh"), ("郭", "Koeh", "Kuek"),
           ("楊", "Iûⁿ", "Yeo"), ("謝", "Siā", "Sia"), ("洪", "Âng", "Ang"), ("莊", "Chng", "Chng"),
           ("蕭", "Siau", "Seow"), ("鄭", "Tēⁿ", "Teh"), ("李", "Lí", "Lee")]
HOK_GIV = [("文", "bûn", "Boon"), ("雄", "hiông", "Hiong"), ("明", "bêng", "Beng"), ("美", "bí", "Bee"),
           ("玉", "gio̍k", "Geok"), ("珠", "chu", "Choo"), ("春", "chhun", "Choon"), ("金", "kim", "Kim"),
           ("水", "chúi", "Chwee"), ("福", "hok", "Hock"), ("秀", "siù", "Siew"), ("英", "eng", "Eng"),
           ("發", "hoat", "Huat"), ("財", "châi", "Chye"), ("德", "tek", "Teck"), ("蓮", "liân", "Lian"),
           ("成", "sêng", "Seng"), ("輝", "hui", "Hwee"), ("山", "san", "San"), ("惠", "hūi", "Hui")]

# ---------------------------------------------------------------- preserve lists
SURNAME_WORDS = (
    "王道 王冠 王府井 张罗 张灯结彩 张望 李代桃僵 李子园 赵州桥 钱塘江 孙子兵法 周转 吴侬软语 郑州 陈醋 "
    "陈年老窖 卫生间 卫星电视 沈阳北站 韩剧 朱砂 秦始皇陵 尤其 许愿池 何况 吕剧 施肥 孔雀 曹县 严寒 华为 "
    "金针菇 魏碑 陶瓷 姜茶 戚风蛋糕 谢幕 柏树 章鱼 云朵 苏打水 葛根粉 奚落 范例 郎中 鲁菜 马铃薯 苗圃 凤梨 "
    "花椒 方便面 任性 袁大头 柳州螺蛳粉 酆都 鲍鱼 史书 唐装 费用 廉价 雷达 贺卡 汤圆 滕王阁 殷实 罗汉果 "
    "毕竟 安装 常温 乐观 时差 皮蛋 齐全 康复 余数 元宵 卜卦 顾客 孟婆汤 平价 黄连 和解 萧条 湛蓝 汪汪队 "
    "祁门红茶 毛衣 米粉 贝壳 明天 计算器 伏天 成本 戴口罩 谈判 茅台 庞大 熊猫 纪律 舒服 屈服 项目 祝贺 "
    "董事会 梁山好汉 蓝牙耳机 闵行 席位 季度 麻辣烫 强制 路由器 危险 童年 颜色 梅花 盛夏 林荫道 钟表 "
    "徐徐 骆驼 高铁 夏令营 田螺 胡萝卜 霍乱 虞美人 万达广场 柯基 管道 卢沟桥 莫名其妙 经济 房租 干脆 "
    "应该 宗教 宣传 郁闷 单车 洪水 包子 诸位 左边 石榴 吉林 邢台 滑雪 陆地 荣誉 荀子 羊肉串 惠州 曲奇 "
    "封面 储蓄 段落 富贵竹 巫山 乌龙茶 焦虑 巴士 牧场 山东 车厘子 蓬莱 全部 班长 秋天 伊利 宫殿 宁夏 仇恨 "
    "暴雨 甘蔗 厉害 祖国 武汉 符号 刘海 景德镇 束缚 龙虾 叶落归根 幸福 司机 韶关 薄荷 印章 宿舍 白菜 "
    "怀念 蒲公英 从此 鄂尔多斯 索性 咸鱼 籍贯 赖床 屠夫 池塘 乔木 阴天 郁金香 苍蝇 双胞胎 党员 贡献 劳动 "
    "扶贫 堵车 冉冉升起 宰相 雍正 桑葚 桂花 濮阳 牛奶 寿司 边境 燕窝 浦东 农村 温度 庄稼 柴火 阎王 慕斯 "
    "连锁 茹素 习惯 艾草 鱼香肉丝 容易 古诗 易拉罐 慎重 戈壁 终于 居然 衡山 步行 都市 耿直 满意 弘扬 国家 "
    "文件 广场 东西 利息 蔚来 越南 隆重 师傅 聂耳 敖包 融化 冷饮 辛苦 简单 饶舌 空调 沙发 养老 鞠躬 丰收 "
    "巢湖 关键 相信 查询 后来 荆州 红包 游戏 盖章 益处 公主岭 杨柳青 朱门酒肉臭 严丝合缝 丁克 卞和献玉").split()
IDIOMS = [
    "事后诸葛亮", "三个臭皮匠，顶个诸葛亮", "司马昭之心，路人皆知", "姜太公钓鱼，愿者上钩", "王婆卖瓜，自卖自夸",
    "毛遂自荐", "愚公移山", "孔融让梨", "关公面前耍大刀", "刘备借荆州，有借无还", "周瑜打黄盖，一个愿打一个愿挨",
    "半路杀出个程咬金", "张飞穿针，粗中有细", "猪八戒照镜子，里外不是人", "孙悟空七十二变", "武松打虎",
    "项庄舞剑，意在沛公", "成也萧何，败也萧何", "韩信点兵，多多益善", "包青天再世", "华佗再世", "扁鹊见蔡桓公",
    "司马光砸缸", "曹冲称象", "伯乐相马", "西施浣纱", "东施效颦", "花木兰替父从军", "穆桂英挂帅", "岳母刺字",
    "孟姜女哭长城", "梁山伯与祝英台", "八仙过海，各显神通", "张三李四", "赵钱孙李，周吴郑王", "张冠李戴",
    "名落孙山", "完璧归赵", "围魏救赵", "朝秦暮楚", "马到成功", "周而复始", "郑人买履", "杞人忧天", "叶公好龙",
    "邯郸学步", "夜郎自大", "庄周梦蝶", "苏武牧羊", "纪昌学射", "精忠报国", "黄鼠狼给鸡拜年", "杨柳依依",
    "金玉满堂", "白头偕老", "百年好合", "早生贵子", "花好月圆", "天作之合", "永结同心", "节哀顺变", "音容宛在",
    "德高望重", "驾鹤西去", "寿终正寝", "光宗耀祖", "祖德流芳", "妙手回春", "药到病除", "金榜题名", "学而不厌",
    "功德无量", "随喜赞叹", "有借有还，再借不难", "父债子还", "陈词滥调", "高枕无忧", "万无一失", "龙飞凤舞"]
FAMOUS_SENT = [
    "别当事后诸葛亮了，先想办法还钱", "现在欠钱的是大爷，黄世仁都得求着杨白劳", "你这是刘备借荆州，有借无还啊",
    "催收上门那架势跟黄世仁逼债似的", "他那点心思，司马昭之心路人皆知", "说好的分期，半路杀出个程咬金",
    "这操作堪比孙悟空七十二变", "我又不是诸葛亮，哪算得到他会跑路", "王婆卖瓜自卖自夸，这个平台也一样",
    "别学陈世美，借了钱就不认人", "我们村的包公都没你会断案", "这医生真是华佗再世", "小孩学孔融让梨，大人学老赖跑路",
    "欠钱不还还理直气壮，真把自己当杨白劳了", "借条写得跟林黛玉葬花一样凄惨", "他一哭就跟祥林嫂似的，逢人就说",
    "你以为你是高启强啊，还卖鱼呢", "这剧情比《狂飙》里的高启强还离谱", "看完《我不是药神》才知道药有多贵",
    "《孤注一掷》里的杀猪盘和我遇到的一模一样", "《你好，李焕英》看哭了，想起我妈", "《平凡的世界》里孙少平也借过钱",
    "宫保鸡丁和鱼香肉丝是两道菜", "东坡肉要用五花肉", "左宗棠鸡其实是湖南菜改良的", "麻婆豆腐要用郫县豆瓣",
    "曹操鸡是合肥的名菜", "霸王别姬是一道甲鱼炖鸡", "马应龙痔疮膏在哪个货架", "王老吉和加多宝哪个好喝",
    "李宁的鞋打折了", "张小泉的剪刀很好用", "王守义十三香炖肉正好", "杨国福麻辣烫开到我们镇上了",
    "张亮麻辣烫和杨国福哪家好吃", "徐福记的糖过年才买", "王致和腐乳配粥", "沈大成的青团要排队", "王小卤的虎皮凤爪",
    "胡庆余堂的药材是真的", "雷允上的六神丸", "潘高寿川贝枇杷露止咳", "季德胜蛇药片要备着", "何首乌泡酒不要乱喝",
    "王者荣耀里李白是刺客", "韩信偷家最快", "原神里胡桃是往生堂堂主", "钟离的盾很厚", "甘雨打冰很痛", "白术是新角色",
    "崩铁里景元是将军", "丹恒和白露都在罗浮", "鲁班七号被秒了", "貂蝉的皮肤好看", "诸葛亮的大招带斩杀",
    "唐僧师徒四人取经", "武松景阳冈打虎", "林冲风雪山神庙", "王熙凤精明能干", "孔乙己还欠着十九个钱",
    "阿Q精神胜利法", "闰土捉猹", "喜儿和杨白劳是《白毛女》里的人物", "佟湘玉的同福客栈", "许三多不抛弃不放弃",
    "李云龙的意大利炮", "余则成的潜伏", "张东升说要不要一起爬山", "范闲是《庆余年》的主角", "梅长苏是麒麟才子",
    "甄嬛传里的华妃", "家有儿女里的刘星最调皮", "单曲循环《孤勇者》", "周末去吃杨枝甘露",
]
DISHES = ["宫保鸡丁", "东坡肉", "麻婆豆腐", "左宗棠鸡", "叫花鸡", "佛跳墙", "夫妻肺片", "毛血旺", "钟水饺",
          "赖汤圆", "龙抄手", "宋嫂鱼羹", "文思豆腐", "过桥米线", "狮子头", "黄焖鸡米饭", "杨枝甘露", "白切鸡",
          "马蹄糕", "周黑鸭", "张飞牛肉", "德州扒鸡", "东坡肘子", "贵妃鸡", "西施舌", "霸王别姬", "罗汉斋",
          "曹操鸡", "鸡公煲", "冒菜", "王家沙蟹粉小笼", "袁记云饺", "杨国福麻辣烫", "张亮麻辣烫", "谭鸭血火锅",
          "老鸭粉丝汤", "岳阳烧烤", "潘家园卤煮", "钱江肉丝", "金华火腿", "崔家烧饼", "吴山酥油饼", "鲁味卤肉",
          "马家烧麦", "汪家肉饼", "韩国泡菜", "黄鱼面", "何首乌鸡汤", "孙二娘包子", "武大郎炊饼"]
MEDICINES = ["阿莫西林胶囊", "布洛芬缓释胶囊", "连花清瘟胶囊", "白加黑感冒片", "黄连素片", "金银花露",
             "板蓝根颗粒", "安宫牛黄丸", "云南白药气雾剂", "马应龙麝香痔疮膏", "江中健胃消食片", "片仔癀",
             "季德胜蛇药片", "甘草片", "当归片", "黄芪颗粒", "党参", "白术", "杜仲", "牛黄解毒片", "藿香正气水",
             "六味地黄丸", "潘高寿川贝枇杷露", "京都念慈菴蜜炼川贝枇杷膏", "黄道益活络油", "999感冒灵颗粒",
             "蒙脱石散", "奥美拉唑肠溶胶囊", "头孢克肟分散片", "二甲双胍缓释片", "硝苯地平控释片",
             "阿托伐他汀钙片", "雷允上六神丸", "胡庆余堂胃复春", "同仁堂乌鸡白凤丸", "陈李济追风透骨丸",
             "马百良七厘散", "叶开泰参桂鹿茸丸", "王老吉凉茶颗粒", "何首乌片"]
PHARMACIES = ["老百姓大药房", "益丰大药房", "大参林", "一心堂", "海王星辰", "国大药房", "张仲景大药房",
              "同仁堂药店", "胡庆余堂国药号", "雷允上药城", "漱玉平民大药房", "九州通好药师"]
BRANDS = ["李宁", "王老吉", "张小泉", "王守义十三香", "老干妈", "周黑鸭", "钱大妈", "胖东来", "蜜雪冰城",
          "沪上阿姨", "霸王茶姬", "陈克明面条", "鲁花花生油", "金龙鱼", "海底捞", "西贝莜面村", "杨国福",
          "张亮麻辣烫", "刘一手火锅", "谭鸭血", "小龙坎", "马记永", "陈香贵", "袁记云饺", "老乡鸡", "乡村基",
          "正新鸡排", "卫龙辣条", "良品铺子", "徐福记", "王致和", "六必居", "全聚德", "狗不理包子", "张裕葡萄酒",
          "汪氏蜂蜜", "谢馥春", "孔乙己酒家", "雷允上", "陶陶居", "莲香楼", "曹氏鸭脖", "黄天鹅", "王小卤",
          "钟书阁", "西西弗书店", "大润发", "永辉超市", "华莱士", "塔斯汀", "茶百道", "古茗", "书亦烧仙草",
          "喜茶", "瑞幸咖啡", "库迪咖啡", "马应龙", "片仔癀", "白象方便面", "今麦郎"]
TITLES = ["红楼梦", "水浒传", "三国演义", "西游记", "平凡的世界", "活着", "白鹿原", "围城", "骆驼祥子", "边城",
          "狂飙", "漫长的季节", "人世间", "繁花", "流浪地球", "你好，李焕英", "夏洛特烦恼", "满江红", "孤注一掷",
          "我不是药神", "送你一朵小红花", "少年的你", "霸王别姬", "让子弹飞", "甄嬛传", "琅琊榜", "庆余年",
          "家有儿女", "武林外传", "孤勇者", "青花瓷", "稻香", "七里香", "小苹果", "最炫民族风", "成都", "后来",
          "十年", "童年", "同桌的你", "小芳", "董小姐", "安和桥", "南山南", "春风十里", "丁香花", "白月光", "晴天",
          "东风破", "菊花台", "恭喜发财", "好运来", "常回家看看", "李白", "曹操", "张三的歌", "王妃", "李香兰",
          "杜拉拉升职记", "王贵与安娜", "欢乐颂", "乔家的儿女", "大宋提刑官", "包青天", "还珠格格", "士兵突击",
          "亮剑", "潜伏", "人民的名义", "隐秘的角落", "白毛女", "孔雀东南飞", "岳阳楼记", "陈情表"]
SONGS = ["孤勇者", "青花瓷", "稻香", "七里香", "小苹果", "最炫民族风", "成都", "后来", "十年", "童年", "同桌的你",
         "小芳", "董小姐", "安和桥", "南山南", "春风十里", "丁香花", "白月光", "晴天", "东风破", "菊花台", "恭喜发财",
         "好运来", "常回家看看", "李白", "曹操", "张三的歌", "王妃", "李香兰"]
BOOKS = ["红楼梦", "水浒传", "三国演义", "西游记", "平凡的世界", "活着", "白鹿原", "围城", "骆驼祥子", "边城",
         "孔雀东南飞", "岳阳楼记", "陈情表"]
GAME_CHARS = ["李白", "韩信", "貂蝉", "鲁班七号", "妲己", "后羿", "孙尚香", "诸葛亮", "赵云", "典韦", "程咬金",
              "安琪拉", "亚瑟", "孙悟空", "小乔", "大乔", "周瑜", "甄姬", "王昭君", "杨玉环", "上官婉儿", "公孙离",
              "蔡文姬", "百里守约", "百里玄策", "东皇太一", "司马懿", "钟馗", "张良", "姜子牙", "刘禅", "兰陵王",
              "钟离", "胡桃", "甘雨", "刻晴", "凝光", "香菱", "北斗", "行秋", "重云", "申鹤", "云堇", "夜兰",
              "白术", "闲云", "丹恒", "景元", "符玄", "白露", "罗刹", "青雀", "驭空", "停云", "飞霄", "灵砂"]
CHARACTERS = ["孙少平", "孙少安", "田晓霞", "林黛玉", "贾宝玉", "薛宝钗", "王熙凤", "猪八戒", "宋江", "李逵",
              "林冲", "高启强", "安欣", "王响", "周秉昆", "范闲", "甄嬛", "梅长苏", "刘星", "佟湘玉", "白展堂",
              "郭芙蓉", "许三多", "李云龙", "余则成", "李达康", "张东升", "祥子", "方鸿渐", "白嘉轩", "福贵",
              "阿Q", "孔乙己", "祥林嫂", "闰土", "杨白劳", "黄世仁", "喜儿", "武松", "唐僧"]
PLACES = ["石家庄", "张家口", "张家界", "马鞍山", "刘家峡", "周口", "黄山", "岳阳", "秦皇岛", "宋庄", "朱家角",
          "周庄", "林芝", "金华", "高邮", "唐山", "韩城", "杨凌", "许昌", "吕梁", "孔府", "曹妃甸", "华山", "魏县",
          "陶然亭", "姜堰", "邹城", "苏州", "潘家园", "葛洲坝", "彭水", "鲁山", "凤凰古城", "任丘", "柳州",
          "唐家岭", "费县", "薛家岛", "雷州", "贺兰山", "汤山", "滕州", "殷墟", "罗湖", "毕节", "安阳", "常州",
          "乐山", "于都", "齐齐哈尔", "康定", "余姚", "孟津", "平遥", "黄浦", "和田", "萧山", "邵阳", "湛江",
          "祁县", "禹城", "米脂", "伏牛山", "茅台镇", "庞各庄", "舒城", "项城", "祝家庄", "董家渡", "梁山",
          "蓝田", "麻城", "贾汪", "娄底", "江油", "郭家庄", "梅州", "林州", "钟祥", "徐州", "高碑店", "夏邑",
          "蔡甸", "樊城", "霍州", "虞城", "万州", "柯桥", "莫干山", "房山", "应县", "宣城", "邓州", "单县",
          "洪洞", "包头", "左权", "石狮", "吉安", "邢台", "陆家嘴", "荣成", "曲阜", "芮城", "松江", "乌镇",
          "焦作", "巴中", "谷城", "侯马", "蓬莱", "栾川", "甘孜", "武夷山", "景德镇", "龙岩", "叶县", "韶山",
          "宿迁", "白洋淀", "怀柔", "咸阳", "蒙城", "池州", "双流", "桂林", "燕郊", "温州", "庄河", "连云港",
          "易县", "衡阳", "都江堰", "满洲里", "文昌", "东莞", "巩义", "简阳", "沙坪坝", "丰台", "荆门", "益阳"]


# ---------------------------------------------------------------- preserve build
def build_preserve_candidates():
    out = []

    def add(s):
        out.append(s)

    for w in SURNAME_WORDS:
        add(w)
    for s in IDIOMS:
        add(s)
        add(rng.choice(["俗话说，", "老话讲：", "真是"]) + s)
    for s in FAMOUS_SENT:
        add(s)
        add(rng.choice(["群里有人说：", "哈哈，", "", "我妈常说"]) + s + rng.choice(["。", "😂", "！", "…"]))
    dish_f = ["今天中午吃{}", "{}多少钱一份", "外卖点了一份{}", "{}的家常做法", "老板，再来一份{}", "{}打包带走"]
    for d in DISHES:
        add(d)
        for f in rng.sample(dish_f, 3):
            add(f.format(d))
    med_f = ["{}一天吃几次", "医生开了{}", "{}医保能报销吗", "药店买的{}", "{}饭前吃还是饭后吃", "{}孕妇能用吗"]
    for m in MEDICINES:
        add(m)
        for f in rng.sample(med_f, 3):
            add(f.format(m))
    for p in PHARMACIES:
        add(p)
        add(p + "医保刷卡")
        add("楼下" + p + "二十四小时营业")
    br_f = ["{}旗舰店", "{}的新品上市了", "{}门店招聘", "去{}买点东西", "{}会员日打八折"]
    for b in BRANDS:
        add(b)
        for f in rng.sample(br_f, 2):
            add(f.format(b))
    ti_f = ["《{}》", "最近在看《{}》", "推荐一下《{}》", "《{}》什么时候出续集", "《{}》的结局"]
    so_f = ["单曲循环《{}》", "KTV必点《{}》", "《{}》的歌词", "《{}》的吉他谱"]
    bo_f = ["《{}》读后感", "《{}》第三章", "《{}》哪个版本好"]
    for t in TITLES:
        fr = so_f if t in SONGS else bo_f + ti_f[:3] if t in BOOKS else ti_f
        for f in rng.sample(fr, 3):
            add(f.format(t))
    ga_f = ["{}的新皮肤上线了", "{}是什么定位", "{}的出装推荐", "{}被削弱了"]
    gi_f = ["抽到{}了", "{}的配队思路", "{}值得抽吗", "{}的专武"]
    for i, g in enumerate(GAME_CHARS):
        add(g)
        for f in rng.sample(ga_f if i < GAME_CHARS.index("钟离") else gi_f, 2):
            add(f.format(g))
    ch_f = ["《{t}》里的{c}", "{c}这个角色写得真好", "我最喜欢{c}"]
    book_of = {"孙少平": "平凡的世界", "孙少安": "平凡的世界", "田晓霞": "平凡的世界", "林黛玉": "红楼梦",
               "贾宝玉": "红楼梦", "薛宝钗": "红楼梦", "王熙凤": "红楼梦", "猪八戒": "西游记", "唐僧": "西游记",
               "宋江": "水浒传", "李逵": "水浒传", "林冲": "水浒传", "武松": "水浒传", "高启强": "狂飙",
               "安欣": "狂飙", "王响": "漫长的季节", "周秉昆": "人世间", "范闲": "庆余年", "甄嬛": "甄嬛传",
               "梅长苏": "琅琊榜", "刘星": "家有儿女", "佟湘玉": "武林外传", "白展堂": "武林外传",
               "郭芙蓉": "武林外传", "许三多": "士兵突击", "李云龙": "亮剑", "余则成": "潜伏",
               "李达康": "人民的名义", "张东升": "隐秘的角落", "祥子": "骆驼祥子", "方鸿渐": "围城",
               "白嘉轩": "白鹿原", "福贵": "活着", "阿Q": "阿Q正传", "孔乙己": "孔乙己", "祥林嫂": "祝福",
               "闰土": "故乡", "杨白劳": "白毛女", "黄世仁": "白毛女", "喜儿": "白毛女"}
    for c in CHARACTERS:
        add(c)
        for f in rng.sample(ch_f, 2):
            add(f.format(t=book_of[c], c=c))
    pl_f = ["{}人民医院", "{}汽车站", "坐高铁去{}", "{}今天下雨", "{}的房价", "{}站到了", "{}旅游攻略"]
    for p in PLACES:
        add(p)
        for f in rng.sample(pl_f, 2):
            add(f.format(p))
    for s in STYLE_SENT:
        add(s)
        for w in rng.sample(WRAPPERS, 2):
            add(w.format(s))
    for w, sents in WORD_NAME_USES:
        for s in sents:
            add(s)
            add(rng.choice(WRAPPERS).format(s))
    return out


WRAPPERS = ["【截图】{}", "{}。", "转发：{}", "（原文）{}", "{}？", "朋友圈看到的：{}", "{}～", "「{}」",
            "语音转文字：{}", "{} [捂脸]", "置顶：{}", "↑{}", "—— {}", "{}（已读）", "备注：{}"]

STYLE_SENT = [
    # medical
    "门诊病历 科别：心内科", "主诉：胸闷气短三天", "诊断：慢性胃炎", "处理：建议住院观察", "处方笺 普通处方 费别：医保",
    "用法：口服 一次2粒 一日3次", "审核药师签字后方可调配", "核对发药请当面点清", "本处方当日有效", "医保统筹支付",
    "个人账户支付", "门诊慢特病备案", "异地就医备案已成功", "申请停息挂账需要提供诊断证明", "诊断证明书要盖医院公章",
    "住院押金不足请及时缴纳", "出院小结复印件在病案室领", "理赔申请材料已提交", "理赔款将在五个工作日内到账",
    "药店医保卡不能买生活用品", "慢病处方最多开一个月的量", "请遵医嘱按时服药", "饭后半小时服用", "过敏史：无",
    "血常规结果正常", "复诊请带上病历本", "挂号费已退回", "自费部分请到窗口缴费", "主治医师查房时间为早上八点",
    # school
    "期中考试成绩单已发放，请家长签字", "家长会定于本周五下午三点召开", "家长会会议记录", "班主任寄语：继续努力",
    "语文 数学 英语 物理 化学 总分 班级排名", "请家长在成绩单背面签字", "家长签字：", "三好学生评选结果已公示",
    "本学期共有十八人获得进步奖", "家委会换届选举", "家长会签到表请按座位号填写", "课后服务费按月收取",
    "班费收支明细已公示在群文件", "请家长督促孩子完成暑假作业", "教育局提醒：警惕以学费减免为名的诈骗",
    # village
    "村两委会议纪要", "村民代表大会签到表", "低保公示期为七天，如有异议请向乡镇民政所反映", "低保户年审材料",
    "五保户供养金已发放", "临时救助申请表", "村务公开栏", "征地补偿款发放明细", "新农合缴费截止到本月底",
    "议题一：关于村道硬化的资金来源", "议题二：关于低保动态调整", "会议决定：由村委会统一答复", "参会人员：村两委全体成员",
    "记录人：（签名）", "本纪要经与会人员确认无误", "乡镇民政所电话在公示栏下方",
    # donation
    "功德榜", "随喜功德，福慧增长", "修缮大殿捐资芳名录", "教会奉献登记", "什一奉献", "感恩奉献", "建堂奉献",
    "善款将全部用于修路", "功德箱每月初清点一次", "捐资五百元以上者刻碑留名", "愿捐资者合家平安", "阿弥陀佛",
    "主日崇拜九点开始", "慈善捐赠票据可用于个税抵扣",
    # wedding
    "礼金簿", "新婚志喜", "喜宴定于中午十二点十八分开席", "婚宴座位表", "随礼五百是不是少了", "份子钱越来越贵了",
    "请柬已经发出去了", "伴手礼准备了两百份", "婚车车队八点出发", "司仪流程单", "改口费", "礼簿记账注意字迹工整",
    # funeral
    "讣告", "沉痛悼念", "音容宛在，风范长存", "遗体告别仪式在殡仪馆三号厅举行", "丧事从简，谢绝花圈",
    "治丧委员会", "奠仪", "挽联", "守灵", "头七", "出殡时间定在早上六点", "孝子孝孙叩谢", "父亲走了，债怎么办",
    "继承人只在继承遗产范围内清偿债务", "放弃继承就不用替父还债",
    # genealogy
    "族谱", "字辈诗", "世系表", "修谱委员会", "宗亲会", "本支第十八世", "谱序", "祠堂重修落成", "清明祭祖",
    "文章华国，诗礼传家", "宗亲群里不要发借钱的事", "族谱上只写男丁是老规矩了",
    # sports
    "球队花名册", "比赛战报", "上半场零比零", "第七十八分钟换人", "点球大战", "积分榜更新", "黄牌停赛一场",
    "村BA决赛今晚开打", "首发阵容", "替补席", "队长袖标", "后卫 中场 前锋 守门员", "主教练赛后采访",
    "领队", "比赛报名截止到周三",
    # credits
    "作词 作曲 编曲 和声 混音 母带", "出品：独立音乐人", "制作人", "录音棚", "版权所有，翻唱请联系",
    "未经授权不得商用", "婚礼快剪", "片尾字幕", "演职员表", "特别鸣谢",
    # live
    "欢迎新进直播间的家人们", "三号链接上架了", "家人们点点关注", "榜一大哥威武", "感谢送出的小心心",
    "今晚九点开播", "直播间专属价", "库存只剩最后五十单", "主播下播了", "连麦PK输了要惩罚", "粉丝团灯牌",
    "刷礼物不要借钱刷", "未成年人禁止打赏",
    # ecom
    "好评返现", "物流很快，包装完好", "质量一般，凑合用吧", "和描述的不符", "买家秀", "追评",
    "先用后付订单已逾期", "匿名用户", "该用户觉得商品很好", "七天无理由退货", "运费险已理赔",
    # locker
    "您的快递已放入快递柜，请凭取件码取件", "超时未取将收取保管费", "菜鸟驿站", "丰巢快递柜", "取件码",
    "快递柜满了放在门卫室", "到付件请准备现金", "律师函放快递柜里了吗",
    # hotel
    "入住登记请出示身份证", "退房时间为中午十二点", "押金退回原支付账户", "前台可以寄存行李", "同住人也要登记",
    "酒店订单已确认", "无烟大床房", "延迟退房需另付费用",
    # train
    "电子客票", "检票口", "二等座", "靠窗座位", "列车晚点十分钟", "候补购票成功", "改签手续费",
    "报销凭证在车站自助机打印", "证件后四位", "乘车人信息", "学生票优惠资质核验",
    # vaccine
    "预防接种证", "乙肝疫苗第二剂", "接种后留观三十分钟", "百白破疫苗", "流感疫苗自费", "九价HPV疫苗预约",
    "狂犬疫苗第一针", "接种禁忌：发热", "下次接种日期",
    # pet
    "领养代替购买", "已绝育已驱虫", "领养协议", "送养人 领养人", "宠物医院病历", "猫三联", "寻宠启事",
    "煤球走丢了", "旺财打完疫苗了", "豆豆是只柯基",
    # lost
    "失物招领", "寻物启事", "拾金不昧", "身份证丢了要去派出所挂失", "有人捡到我的钱包吗",
    "身份证被冒用借了网贷怎么办", "捡到一张公交卡", "失主请到服务台认领", "丢了身份证记得补办临时身份证",
    # moments
    "今天终于还清了🎉", "📍上海·外滩", "📍杭州·西湖", "📍成都·春熙路", "📍西安·大唐不夜城", "📍长沙·五一广场",
    "📍北京·南锣鼓巷", "📍广州·北京路", "📍重庆·洪崖洞", "📍厦门·鼓浪屿", "📍南京·夫子庙", "📍武汉·江汉路",
    "仅三天可见", "@所有人", "点赞", "评论", "提醒谁看",
    # teen
    "家人们谁懂啊😭", "yyds", "绝绝子", "xswl", "awsl", "nsdd", "我真的会谢🙂", "破防了💔", "emo了",
    "笑死😂😂😂", "集美们冲", "好家伙", "u1s1", "咱就是说", "蚌埠住了", "栓Q", "芭比Q了", "尊嘟假嘟",
    "🤣🤣🤣🤣", "💀💀💀", "救命🆘", "别催了别催了😭🙏",
    # cantonese / hokkien romanised
    "m goi sai", "nei ho ma", "sik jo faan mei a", "dim gaai ah", "mou cin aa", "hou gwai aa",
    "gam yat zou san", "ngo zan hai mou baan fat", "Lí hó", "Chia̍h-pá bōe", "Kám-siā", "Bô chîⁿ",
    "ho liao lah", "paiseh ah", "jialat sia", "bo jio",
    # trad
    "請於到期日前繳款", "逾期將影響信用紀錄", "中文姓名", "英文姓名", "香港身份證號碼", "聯絡電話",
    "通訊地址", "簡訊認證碼", "財務公司", "追數公司", "唔好理佢", "我冇借過錢",
    # general debt
    "催收电话一天打了二十多个", "我已经在协商分期了", "有事请留言，不要打到家里", "这是诈骗吧", "国家反诈中心提醒您",
]

WORD_NAME_USES = [
    ("舒畅", ["还清以后心情舒畅多了", "心情舒畅是最好的药"]),
    ("包涵", ["招待不周请多包涵", "说话直，还请多多包涵"]),
    ("洪福", ["洪福齐天", "托您的洪福，病好了"]),
    ("申明", ["特此申明：本人从未借过此款", "郑重申明，群里的链接不是我发的"]),
    ("严明", ["纪律严明的球队才能赢", "赏罚严明"]),
    ("史诗", ["史诗级更新", "这盘棋堪称史诗"]),
    ("甄选", ["直播间甄选好物", "严格甄选供应商"]),
    ("尚可", ["成绩尚可，还需努力", "身体尚可，不用挂念"]),
    ("费心", ["让您费心了", "老师费心了，谢谢"]),
    ("明朗", ["局势逐渐明朗", "天气明朗，适合出门"]),
]


# ---------------------------------------------------------------- dedupe sources
def norm(s):
    return re.sub(r"\s+", "", s).lower()


def load_others():
    texts, pres = [], []
    files = sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl")) +
                   glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt")))
    files = [f for f in files if os.path.basename(f) not in OWN_FILES]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            if f.endswith(".jsonl"):
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(json.loads(line)["text"])
            else:
                for line in fh:
                    line = line.rstrip("\n")
                    if line.strip():
                        pres.append(line)
    return files, texts, pres


OTHER_FILES, OTHER_TEXTS, OTHER_PRES = load_others()
OTHER_ALL_NORM = {}
for _t in OTHER_TEXTS + OTHER_PRES:
    OTHER_ALL_NORM[norm(_t)] = True
OTHER_BLOB = "\x00".join(OTHER_ALL_NORM.keys())
OTHER_PRES_BLOB = "\x00".join(norm(x) for x in OTHER_PRES)


def in_others(s):
    k = norm(s)
    if k in OTHER_ALL_NORM:
        return "equal"
    if k in OTHER_BLOB:
        return "contained"
    return None


# ---------------------------------------------------------------- names
class Redraw(Exception):
    pass


PRES_CANDIDATES = build_preserve_candidates()
PRES_BLOB = "\x00".join(PRES_CANDIDATES)
PRES_BLOB_N = norm(PRES_BLOB)


def nkey(n):
    return re.sub(r"[\s·•\-]", "", n).lower()


class NameBook:
    def __init__(self):
        self.keys = [nkey(w) for w in WORD_NAMES]
        self.text_blob = ""
        self.committed = []

    def acceptable(self, n, pending, word=False):
        k = nkey(n)
        if len(k) < 2:
            return False
        for e in self.keys + [nkey(p) for p in pending]:
            if word and e == k:
                continue
            if k in e or e in k:
                return False
        if not word:
            if n in PRES_BLOB or k in PRES_BLOB_N or k in OTHER_PRES_BLOB:
                return False
        if k in self.text_blob:
            return False
        return True

    def commit(self, names, text):
        for n in names:
            self.committed.append(n)
            if n not in WORD_NAMES:
                self.keys.append(nkey(n))
        self.text_blob += "\x00" + norm(text)


BOOK = NameBook()
NAME_FORMS = {}


def sx():
    return rng.choice("mf")


def T(kind, v):
    return (kind, v)


class Rec:
    def __init__(self):
        self.names = []
        self.sur = {}
        self.sender = None
        self.extra = {}

    def _han(self, style, sex, surname, given, glen):
        if surname is None:
            if style == "rare":
                surname = rng.choice(RARE_SURNAMES)
            elif style == "compound":
                surname = rng.choice(COMPOUND)
            else:
                surname = fk.last_name()
        if given is None and glen == 2 and sex in ("m", "f") and rng.random() < (0.8 if sex == "m" else 0.5):
            given = rng.choice(GIVEN2_M if sex == "m" else GIVEN2_F)
        if given is None:
            for _ in range(50):
                g = fk.first_name_male() if sex == "m" else fk.first_name_female() if sex == "f" else fk.first_name()
                if glen is None or len(g) == glen:
                    break
            given = g
        return surname, given

    def N(self, sex=None, style=None, surname=None, given=None, glen=None, form=None):
        """A Han full name, labelled."""
        if style is None and surname is None:
            style = rng.choices(["three", "two", "rare", "compound"], [52, 28, 11, 9])[0]
        if glen is None and given is None:
            glen = {"three": 2, "two": 1}.get(style, rng.choice([1, 2, 2]))
        for _ in range(400):
            s, g = self._han(style, sex or rng.choice("mf"), surname, given, glen)
            n = s + g
            if BOOK.acceptable(n, self.names):
                self.names.append(n)
                self.sur[n] = s
                NAME_FORMS[n] = form or ("compound" if s in COMPOUND else "rare" if s in RARE_SURNAMES else
                                         "surname+given(%d)" % len(g))
                return T("name", n)
            given = None if given is not None and _ > 5 else given
        raise RuntimeError("name draw failed")

    def gen(self, surname, gchar, sex="m"):
        """字辈 name: surname + generation char + one own char."""
        for _ in range(200):
            n = surname + gchar + rng.choice(GIVEN1_M if sex == "m" else list("芳敏静丽婷娟霞燕红梅兰英玲洁琳颖琴瑶欣怡"))
            if BOOK.acceptable(n, self.names):
                self.names.append(n)
                self.sur[n] = surname
                NAME_FORMS[n] = "字辈 (surname + generation char + 1)"
                return T("name", n)
        raise RuntimeError("gen draw failed")

    def raw(self, n, form):
        """A pre-built name (romanised, masked, word-name)."""
        if not BOOK.acceptable(n, self.names, word=n in WORD_NAMES):
            raise Redraw("raw name")
        self.names.append(n)
        NAME_FORMS[n] = form
        return T("name", n)

    def S(self, t):
        return self.sur[t[1]]

    def G(self, t):
        return t[1][len(self.sur[t[1]]):]

    def hk(self, sex=None):
        """(traditional name, romanisation parts) for a Hong Kong person."""
        for _ in range(200):
            s = rng.choice(HK_SUR)
            g = rng.sample(HK_GIV, 2)
            n = s[0] + g[0][0] + g[1][0]
            if BOOK.acceptable(n, self.names):
                return n, s[1], g[0][1] + " " + g[1][1]
        raise RuntimeError

    def hok(self):
        for _ in range(200):
            s = rng.choice(HOK_SUR)
            g = rng.sample(HOK_GIV, 2)
            han = s[0] + g[0][0] + g[1][0]
            poj = f"{s[1]} {g[0][1].capitalize()}-{g[1][1]}"
            sg = f"{s[2]} {g[0][2]} {g[1][2]}"
            if BOOK.acceptable(han, self.names) and BOOK.acceptable(poj, self.names) and BOOK.acceptable(sg, self.names):
                return han, poj, sg
        raise RuntimeError

    def masked(self):
        """Half-masked buyer name 王*明 (labelled, as tune13)."""
        for _ in range(200):
            s = fk.last_name()
            g = fk.first_name()
            n = s + "*" + g[-1]
            if BOOK.acceptable(n, self.names):
                self.names.append(n)
                NAME_FORMS[n] = "half-masked (王*明)"
                return T("name", n)
        raise RuntimeError


def PH(fmt=None):
    return T("phone", mobile(fmt))


def LAND():
    return T("phone", landline())


def ID(sex=None, y0=1958, y1=2003, fmt=None):
    return T("id_number", id_number(sex, y0, y1, fmt))


def CARD(fmt=None):
    return T("bank_card", card(fmt))


def ADDR(kind=None):
    return T("address", address(kind))


def PLATE():
    return T("plate", plate())


def QQ():
    return T("qq", qq())


def WX():
    return T("wechat", wechat())


def EM():
    return T("email", email())


def ACC(prefix, n):
    return T("account", acct(prefix, n))


def MF(s):
    return "男" if s == "m" else "女"


def pick(*xs):
    return rng.choice(xs)


HOSPITALS = ["郑州大学第一附属医院", "洛阳市中心医院", "临沂市人民医院", "徐州医科大学附属医院", "绵阳市中心医院",
             "南海区人民医院", "温州医科大学附属第二医院", "赣州市人民医院", "襄阳市第一人民医院", "衡阳市中心医院",
             "县人民医院", "镇卫生院", "市第二人民医院", "市中医院"]
MED_CASES = [("心内科", "胸闷气短三天", "1.冠心病 2.高血压病3级"), ("消化内科", "反复上腹痛半年", "慢性萎缩性胃炎"),
             ("内分泌科", "口干多饮两月", "2型糖尿病"), ("精神心理科", "失眠、焦虑一月余", "焦虑状态"),
             ("骨科", "腰痛伴左下肢麻木", "腰椎间盘突出症"), ("妇科", "下腹痛一周", "盆腔炎"),
             ("肿瘤科", "化疗后复查", "肺腺癌术后"), ("神经内科", "头晕头痛三天", "后循环缺血"),
             ("呼吸内科", "咳嗽咳痰一周", "急性支气管炎"), ("肾内科", "双下肢水肿半月", "慢性肾功能不全")]
RX = ["阿莫西林胶囊 0.25g×24粒  用法：口服 一次2粒 一日3次", "布洛芬缓释胶囊 0.3g×20粒  用法：口服 一次1粒 一日2次",
      "奥美拉唑肠溶胶囊 20mg×14粒  用法：口服 一次1粒 一日1次", "二甲双胍缓释片 0.5g×30片  用法：口服 一次1片 一日2次",
      "硝苯地平控释片 30mg×7片  用法：口服 一次1片 一日1次", "阿托伐他汀钙片 20mg×7片  用法：睡前口服 一次1片",
      "头孢克肟分散片 0.1g×6片  用法：口服 一次1片 一日2次", "六味地黄丸 200丸  用法：口服 一次8丸 一日3次",
      "氯硝西泮片 2mg×10片  用法：睡前口服 一次半片", "蒙脱石散 3g×10袋  用法：冲服 一次1袋 一日3次"]


# ---------------------------------------------------------------- groups
def g_med(r, v):
    s = sx()
    p = r.N(sex=s)
    dept, cc, dx = rng.choice(MED_CASES)
    hosp = rng.choice(HOSPITALS)
    age = rng.randrange(24, 86)
    if v == 0:
        doc = r.N()
        return [pick("要申请停催，客服说要病历，我把我爸的病历打出来了：\n", "这是门诊病历，平台说看了才能延期：\n", "病历照片转的文字\n"),
                f"{hosp}  门诊病历\n姓名：", p, f"  性别：{MF(s)}  年龄：{age}岁  门诊号：", ACC("MZ", 8),
                f"\n科别：{dept}  就诊日期：{date26()}\n主诉：{cc}\n诊断：{dx}\n处理：{pick('建议住院观察', '门诊随诊', '药物治疗，两周后复诊')}\n医师签名：", doc]
    if v == 1:
        d, a, b, c = r.N(), r.N(), r.N(), r.N()
        rx = "\n".join("  " + x for x in rng.sample(RX, rng.randrange(2, 4)))
        return [f"【处方笺】普通处方  费别：{pick('医保', '自费', '新农合')}\n姓名 ", p, f"  性别 {MF(s)}  年龄 {age}岁  科室 {dept}\n临床诊断：{dx}\nRp：\n{rx}\n处方医师：", d,
                "  审核药师：", a, "\n调配：", b, "  核对/发药：", c, pick("", "\n金额：" + amt(30, 600) + ".50元")]
    if v == 2:
        cashier = r.N()
        items = rng.sample(MEDICINES, 2)
        return [pick("催收说我有钱买药没钱还，这是药店小票：\n", "", "帮我妈买的药，小票在这：\n"),
                f"{rng.choice(PHARMACIES)}  销售小票\n会员：", p, "  会员卡号：", ACC("8800", 8), "\n手机：", PH("p"),
                f"\n{items[0]} ×1  {amt(10, 90)}.00\n{items[1]} ×2  {amt(10, 90)}.50\n医保统筹支付：{amt(10, 80)}.00\n收银员：", cashier]
    if v == 3:
        op = r.N()
        return ["医疗费用结算单（门诊）\n参保人：", p, "  身份证号：", ID(s), f"\n医疗类别：{pick('普通门诊', '门诊慢特病', '住院')}  结算日期：{date26()}\n总费用：{amt(200, 9000)}.36  统筹支付：{amt(100, 5000)}.00  个人自付：{amt(50, 900)}.36\n经办人：", op,
                pick("", "\n我就这点钱了，还要被他们天天打电话")]
    if v == 4:
        sp = r.N(sex="f" if s == "m" else "m")
        agent = r.N()
        return ["理赔申请书\n被保险人：", p, f"  出险原因：{dx}\n申请人：", sp, "（与被保险人关系：配偶）\n领款账户：", CARD(),
                f"  开户行：{pick('中国农业银行', '中国建设银行', '邮政储蓄银行', '中国工商银行')}{pick('城关支行', '人民路支行', '开发区支行')}\n联系电话：", PH(),
                "\n业务员：", agent, pick("", "\n理赔款一到就被扣去还贷款了，能不能先别扣")]
    if v == 5:
        d2, d3 = r.N(), r.N()
        return ["诊断证明书\n兹证明患者", p, f"（{MF(s)}，{age}岁），因{dx}于{cdate()}入院治疗，建议全休{pick('一个月', '两周', '三个月')}。\n主治医师：", d2, "  科主任：", d3,
                pick("\n（已发给平台申请延期还款）", "\n这个能不能证明我没能力还款", "")]
    if v == 6:
        doc, nurse = r.N(), r.N()
        return ["我住院这几天催收一直打电话，主治医生", doc, "都看不下去了，护士长", nurse, "帮我把手机调了静音。床头卡上写着", p,
                f"，{dept}{rng.randrange(1, 60)}床，被他们打听到了"]
    fam = r.N(surname=r.S(p), sex=pick("m", "f"))
    return ["出院小结\n患者：", p, f"  住院号：", ACC("ZY", 7), f"\n入院诊断：{dx}\n出院医嘱：{pick('按时服药，定期复查', '注意休息，避免情绪激动')}\n家属签字：", fam,
            "  联系电话：", PH(), pick("", "\n催收把电话打到了这个家属号码上")]


def g_school(r, v):
    if v == 0:
        kid = r.N(sex=pick("m", "f"))
        t = r.N()
        par = r.N(surname=r.S(kid), sex="m")
        subj = "  ".join(f"{k}{rng.randrange(58, 100)}" for k in ["语文", "数学", "英语"] + rng.sample(["物理", "化学", "道法", "历史", "生物"], 2))
        return [pick("催收把我儿子的成绩单拍照发到了亲戚群，上面写着：\n", "期中成绩单\n", "【成绩单】\n"),
                "学生姓名：", kid, f"  班级：{rng.randrange(7, 10)}年级{rng.randrange(1, 16)}班\n{subj}\n班级排名：{rng.randrange(1, 55)}\n班主任：", t, "\n家长签字：", par]
    if v == 1:
        head, rec = r.N(), r.N()
        c1, c2 = r.N(), r.N()
        p2 = r.N(sex="m", surname=r.S(c2))
        return [f"{rng.randrange(3, 10)}年级{rng.randrange(1, 12)}班家长会会议记录\n时间：{cdate()} 下午3:00\n地点：本班教室\n主持人：班主任", head, "\n记录人：家委会", rec,
                "\n一、班主任通报期中考试情况\n二、家长发言：", c1, "妈妈谈了孩子的作息；家长", p2, "（", c2, "的爸爸）反映最近有陌生人在校门口打听孩子\n三、学校提醒：不要在群里转发陌生链接"]
    if v == 2:
        rows = []
        for i in range(rng.randrange(4, 7)):
            rows += [f"{i + 1}\t", r.N(), f"\t{rng.randrange(420, 700)}\n"]
        return ["名次\t姓名\t总分\n"] + rows + [pick("这个排名表被催收发到我们班群里了", "（班级群文件）")]
    if v == 3:
        rows = []
        for i in range(rng.randrange(3, 5)):
            k = r.N()
            rows += [k, "\t", r.N(surname=r.S(k) if rng.random() < 0.6 else None), "\t", PH(), "\n"]
        return ["家长会签到表\n学生姓名\t家长姓名\t联系电话\n"] + rows + ["签到表谁拍的？电话全泄露了"]
    if v == 4:
        out = [pick("2025—2026学年度第一学期三好学生名单：", "优秀学生干部公示：", "进步之星：")]
        for i in range(rng.randrange(4, 7)):
            if i:
                out.append("、")
            out.append(r.N())
        return out + [pick("。公示期三天。", "\n（以上名单如有异议请联系班主任）", "")]
    if v == 5:
        kid = r.N()
        t = r.N()
        return [kid, f"同学：你{pick('上课认真', '乐于助人', '字写得工整')}，但{pick('作业偶尔拖拉', '数学还需加强', '上课爱走神')}。希望下学期继续努力！\n班主任：", t,
                pick("\n——期末评语。我老婆说孩子最近被吓得不敢接电话", "\n（评语手册第二页）", "")]
    kid = r.N()
    t1, t2 = r.N(), r.N()
    par = r.N(surname=r.S(kid))
    return ["家访记录\n家访教师：", t1, "、", t2, "\n学生：", kid, "  家长：", par, "\n家庭住址：", ADDR(), "\n情况：家长反映近期有人上门催债，孩子情绪低落，建议心理老师跟进。"]


def g_village(r, v):
    vil = rng.choice(VILLAGES)
    if v == 0:
        sec, head, acc_, mem = r.N(sex="m"), r.N(), r.N(), r.N()
        x = r.N()
        return [f"{vil}村两委会议纪要\n时间：{cdate()}\n地点：村委会会议室\n主持人：村支书", sec, "\n参会人员：", head, "（村主任）、", acc_, "（会计）、", mem, "（妇女主任）\n记录人：", acc_,
                "\n议题：村民", x, "家多次有外地人上门催债，影响邻里。\n决定：由村委会出面联系派出所，劝导双方依法协商。"]
    if v == 1:
        rows = []
        for i in range(rng.randrange(4, 7)):
            rows += [f"{i + 1}  ", r.N(), f"  {rng.randrange(1, 6)}人  {pick('A类', 'B类', 'C类')}  {amt(300, 900, 10)}元\n"]
        return [f"{vil}{date26()[:4]}年第{pick('一', '二', '三')}季度低保公示\n序号  户主  家庭人口  类别  月保障金\n"] + rows + ["公示期七天，监督电话12345"]
    if v == 2:
        s = sx()
        a = r.N(sex=s)
        op = r.N()
        return ["临时救助申请表\n申请人：", a, f"  性别：{MF(s)}\n身份证号：", ID(s), "\n家庭住址：", ADDR("v"), "\n联系电话：", PH(),
                f"\n申请理由：{pick('丈夫因病去世，留下网贷欠款', '本人重病，无力偿还债务', '房屋倒塌')}\n村委会意见：情况属实  经办人：", op]
    if v == 3:
        rows = []
        for i in range(rng.randrange(3, 5)):
            rows += [r.N(), f"\t{rng.randrange(1, 9)}.{rng.randrange(10)}亩\t{amt(8000, 90000, 100)}\t", CARD("p"), "\n"]
        return [f"{vil}征地补偿款发放明细\n姓名\t面积\t金额\t银行卡号\n"] + rows + [pick("这张表被贴在村口，卡号都在上面", "")]
    if v == 4:
        s = sx()
        a = r.N(sex=s)
        op = r.N()
        return ["证明\n兹证明", a, "（身份证号：", ID(s), f"）系我村村民，家庭困难，无固定收入，{pick('丈夫长期卧病', '父母年迈多病', '本人残疾')}。\n特此证明。\n{vil}村民委员会  经办人：", op, f"\n{cdate()}",
                pick("\n（催收要贫困证明才肯减免，开了这个）", "")]
    if v == 5:
        out = [f"{vil}村民代表大会签到表（{cdate()}）\n"]
        for i in range(rng.randrange(4, 7)):
            out += [f"{i + 1}. ", r.N(), pick("  已到\n", "  代签\n", "\n")]
        return out
    a = r.N()
    m = r.N(sex="f")
    return ["村会计", a, "在村民群里把低保名单发出来了，里面有我妈", m, "的名字和", pick("存折号", "银行卡号"), "：", CARD(), "，现在催收也知道了"]


def g_donation(r, v):
    if v == 0:
        out = [pick("修缮大殿功德榜\n", "重建山门捐资芳名\n", "功德榜（" + cdate() + "）\n")]
        for i in range(rng.randrange(4, 7)):
            out += [r.N(), pick("合家", "", "阖家", "居士"), f"  捐资{amt(100, 5000, 100)}元\n"]
        return out + ["功德无量"]
    if v == 1:
        out = [f"教会奉献登记（{date26()} 主日）\n"]
        for i in range(rng.randrange(3, 6)):
            out += [r.N(), f"\t{pick('什一奉献', '感恩奉献', '建堂奉献', '爱心奉献')}\t{amt(50, 2000, 10)}元\n"]
        return out + ["经手人：", r.N()]
    if v == 2:
        out = [f"{rng.choice(VILLAGES)}修路捐款名单："]
        for i in range(rng.randrange(5, 8)):
            out += [("、" if i else ""), r.N(), amt(100, 3000, 100), "元"]
        return out + [pick("。感谢各位乡贤！", "\n（名单已刻碑）")]
    if v == 3:
        dead = r.N()
        liv = r.N(surname=r.S(dead))
        return [f"{pick('供奉', '超度')}  ", dead, f"  往生莲位\n阳上  ", liv, "  敬立\n", pick("这个牌位是我替我爸立的，催收说他人都死了钱还得我还？", "寺里超度登记单")]
    if v == 4:
        return ["捐赠证书\n", r.N(), f"：感谢您向本基金会捐赠人民币{amt(100, 20000, 100)}元，特发此证。\n证书编号：", ACC("JZ2026", 6), "\n经办人：", r.N()]
    dad = r.N(sex="m")
    return ["催收说在我们村庙里的功德碑上看到我爸", dad, f"捐了{amt(1000, 5000, 100)}块，说我们家明明有钱。那是十年前的事了，碑上还有我叔", r.N(surname=r.S(dad), sex="m"), "的名字"]


def g_wedding(r, v):
    if v == 0:
        out = [pick("礼金簿\n", f"{cdate()} 婚宴礼簿\n", "随礼记录（新郎方）\n")]
        for i in range(rng.randrange(5, 8)):
            out += [r.N(), f"  {amt(200, 2000, 100)}元  {pick('同事', '表舅', '同学', '邻居', '姑父', '发小', '二姨')}\n"]
        return out + [pick("礼金全拿去还网贷了，礼簿上的人还被挨个打了电话", "记账：", "")]
    if v == 1:
        g, b = r.N(sex="m"), r.N(sex="f")
        guest = r.N()
        return [f"请柬\n谨定于{cdate()}（星期{pick('六', '日')}）中午十二时十八分\n为 ", g, " 先生 与 ", b, f" 女士 举行结婚典礼\n敬备喜宴  恭请 ", guest, pick(" 先生", " 女士", ""), " 光临\n地址：", pick("金色大酒店三楼宴会厅", "县城国际饭店二楼", "村文化广场")]
    if v == 2:
        out = []
        for t in range(1, rng.randrange(3, 5)):
            out.append(f"第{t}桌（{pick('男方亲戚', '女方同学', '公司同事', '邻居')}）：")
            for i in range(rng.randrange(2, 4)):
                out += [("、" if i else ""), r.N()]
            out.append("\n")
        return ["婚宴座位表\n"] + out
    if v == 3:
        a = r.N()
        return [a, pick("结婚我随了800", "结婚时我们家随了一千"), "，现在催收打电话给", a, "说我欠钱不还，", a, "老公", r.N(sex="m"), "还在群里问是怎么回事"]
    if v == 4:
        out = ["随礼记账（导出）\n"]
        for i in range(rng.randrange(3, 5)):
            out += [f"{date26()}  随礼  ", r.N(), f"  {pick('婚礼', '满月酒', '乔迁', '升学宴')}  -{amt(200, 2000, 100)}\n"]
        return out
    g, b = r.N(sex="m"), r.N(sex="f")
    return ["婚庆服务合同\n新郎：", g, "  电话：", PH(), "\n新娘：", b, "  电话：", PH(), f"\n定金：{amt(1000, 5000, 500)}元，已转入乙方账户 ", CARD(), "\n策划师：", r.N(), "\n头车：", PLATE()]


def g_funeral(r, v):
    if v == 0:
        d = r.N(sex="m")
        s1, s2 = r.N(surname=r.S(d), sex="m"), r.N(surname=r.S(d), sex="f")
        gs = r.N(surname=r.S(d), sex="m")
        dd = date_pair(2, 4, chinese=True)
        return [f"讣告\n家父", d, f"先生因病医治无效，于{dd[0]}不幸逝世，享年{pick('七十八', '八十二', '六十五', '九十一')}岁。兹定于{dd[1]}上午九时在{pick('市殡仪馆三号厅', '县殡仪馆', '老家')}举行告别仪式。\n孝子：", s1, "  孝女：", s2, "\n孝孙：", gs, "\n泣告",
                pick("", "\n（父亲走了，网贷的人问我们要不要替他还）")]
    if v == 1:
        d = r.N(sex="f")
        son = r.N(sex="m")
        return ["悼词\n今天，我们怀着沉痛的心情，深切悼念我们的母亲", d, f"同志。她一生勤劳善良，{pick('含辛茹苦把我们兄妹拉扯大', '在村小学教书三十年')}……\n母亲，您安息吧！\n儿子 ", son, " 泣书"]
    if v == 2:
        d = r.N(sex="m")
        return ["挽联\n上联：一生勤俭留风范\n下联：半世辛劳育子孙\n横批：音容宛在\n", d, "老先生千古\n", pick("侄", "外甥", "学生"), " ", r.N(), " 敬挽"]
    if v == 3:
        out = ["奠仪簿\n"]
        for i in range(rng.randrange(4, 7)):
            out += [r.N(), f"  {amt(100, 1000, 100)}元\n"]
        return out + [pick("这些钱刚够办丧事，催收就上门了", "")]
    if v == 4:
        d = r.N(sex="m")
        out = ["", d, "同志治丧委员会\n主任：", r.N(), "\n副主任：", r.N(), "、", r.N(), "\n成员：", r.N(), "、", r.N()]
        return out
    d = r.N(sex="m")
    son = r.N(surname=r.S(d), sex="m")
    return ["我爸", d, f"上个月走了，{pick('网贷', '信用卡中心', '催收公司')}还天天打他的手机，我是他儿子", son, "，他们说父债子还，让我三天内还清，还加了我爸生前的QQ ", QQ(), "里的好友。我有没有义务还？"]


ZIBEI = [("德", "传", "家"), ("永", "世", "昌"), ("宗", "启", "文"), ("忠", "孝", "兴"), ("明", "荣", "业")]


def g_genealogy(r, v):
    sur = rng.choice(["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "郭", "何", "罗", "梁", "宋", "郑"])
    a, b, c = rng.choice(ZIBEI)
    if v == 0:
        f = r.gen(sur, a)
        s1, s2 = r.gen(sur, b), r.gen(sur, b)
        return [f"{sur}氏族谱·第十{pick('六', '七', '八')}世\n", f, f"，{a}字辈，生于{rng.randrange(1938, 1960)}年，配{pick('李', '刘', '张', '陈', '杨')}氏。\n子二：长子", s1, "，次子", s2, "。"]
    if v == 1:
        g1 = r.gen(sur, a)
        out = [f"世系表（{sur}氏{pick('东', '西', '南', '北')}支）\n第一代\t", g1, "\n第二代\t"]
        for i in range(2):
            out += [("\t" if i else ""), r.gen(sur, b)]
        out.append("\n第三代\t")
        for i in range(rng.randrange(2, 4)):
            out += [("\t" if i else ""), r.gen(sur, c)]
        return out
    if v == 2:
        out = ["修谱捐资名单\n"]
        for i in range(rng.randrange(3, 6)):
            ch = rng.choice([a, b, c])
            out += [r.gen(sur, ch), f"（{ch}字辈）  {amt(200, 3000, 100)}元\n"]
        return out
    if v == 3:
        me = r.gen(sur, b)
        x = r.gen(sur, c)
        return [f"宗亲群里有人问：我是{b}字辈的", me, "，请问", x, f"是不是你们这一支的？他在外面欠了钱，催收加了我微信", WX(), "，说族谱上查到的"]
    g1, g2, g3 = r.gen(sur, c), r.gen(sur, c), r.gen(sur, c)
    return [f"我们{sur}家字辈是“{a}{b}{c}”，我这一辈是{c}字辈，堂兄弟有", g1, "、", g2, "、", g3, "。催收一个个打过去问我在哪"]


POS = ["守门员", "后卫", "中场", "前锋", "控卫", "分卫", "中锋", "大前锋", "小前锋"]


def g_sports(r, v):
    if v == 0:
        out = [f"{pick('公司足球队', '厂篮球队', '村足球队', '业余联赛')}花名册\n号码\t姓名\t位置\t电话\n"]
        for i in range(rng.randrange(3, 6)):
            out += [f"{rng.randrange(1, 33)}\t", r.N(sex="m"), f"\t{rng.choice(POS)}\t", PH("p"), "\n"]
        return out
    if v == 1:
        a, b, c = r.N(sex="m"), r.N(sex="m"), r.N(sex="m")
        return [f"战报｜{pick('城南', '新区', '厂区', '五金城')}队 2:1 {pick('联合', '老友', '青年')}队\n第{rng.randrange(5, 40)}分钟，", a, "接", b, f"传中头球破门；第{rng.randrange(50, 88)}分钟，", c, "禁区外远射锁定胜局。"]
    if v == 2:
        lead, cap = r.N(), r.N(sex="m")
        out = ["比赛报名表\n队名：", pick("夜猫子队", "钢铁侠队", "老男孩队"), "\n领队：", lead, "  电话：", PH(), "  邮箱：", EM(), "\n队长：", cap, "  身份证：", ID("m"), "\n队员："]
        for i in range(rng.randrange(3, 5)):
            out += [("、" if i else ""), r.N(sex="m")]
        return out
    if v == 3:
        a, b = r.N(sex="m"), r.N(sex="m")
        return [f"村BA决赛，{pick('东村', '上庄', '河湾')}队以{rng.randrange(70, 99)}比{rng.randrange(60, 90)}夺冠，", a, f"砍下{rng.randrange(20, 41)}分，", b, f"贡献{rng.randrange(8, 16)}个篮板。",
                pick("", "赛后催收都跑到球场边上找人了")]
    if v == 4:
        return [f"{pick('第三轮', '半决赛', '决赛')}裁判安排：主裁判 ", r.N(), "  第一助理 ", r.N(), "  第二助理 ", r.N(), "  第四官员 ", r.N()]
    cap = r.N(sex="m")
    me = r.N(sex="m")
    return ["我老公", me, "在公司球队花名册上留了电话，结果催收打给了队长", cap, "，还把他的车牌", PLATE(), "发到了球队群，现在全队都知道他欠钱了"]


def g_credits(r, v):
    if v == 0:
        return [f"《{pick('夜车', '出租屋的月亮', '还不起', '南下', '工地的风')}》\n作词：", r.N(), "\n作曲：", r.N(), "\n编曲：", r.N(), "\n混音：", r.N(), "\n演唱：", r.N(),
                "\n版权联系：", EM(), pick("\n出品：独立音乐人", "\n（网易云上的歌曲信息）")]
    if v == 1:
        return ["婚礼MV  片尾字幕\n摄像：", r.N(), "  剪辑：", r.N(), "\n新郎：", r.N(sex="m"), "  新娘：", r.N(sex="f"), "\n特别鸣谢：", r.N()]
    if v == 2:
        return [f"微电影《{pick('回家', '借条', '最后一通电话')}》演职员表\n导演：", r.N(), "\n编剧：", r.N(), "\n摄影：", r.N(), "\n主演：", r.N(), "  ", r.N()]
    if v == 3:
        return [f"视频简介：{pick('记录一次被催收上门的经历', '打工人的一天', '工地vlog')}\n拍摄：", r.N(), " 剪辑：", r.N(), " 出镜：", r.N()]
    me = r.N(sex="m")
    return ["催收在我老公发的歌下面评论“欠钱不还还有脸唱歌”，歌曲信息里写着作词作曲：", me, "，编曲：", r.N(), "，他们就顺着编曲找过去了"]


def g_novel(r, v):
    ch = rng.choice(["高启强", "林黛玉", "孙少平", "祥林嫂", "王熙凤", "李云龙", "张东升", "杨白劳", "范闲", "孔乙己"])
    if v == 0:
        m = r.N(sex="m")
        return ["我老公", m, f"天天看《狂飙》，说要学高启强东山再起，结果又借了{amt(3, 20)}万。他弟弟", r.N(surname=r.S(m), sex="m"), "也跟着借"]
    if v == 1:
        a = r.N()
        return ["群里", a, f"说：“你以为你是{ch}啊？欠钱还这么横。”我回了一句：“那你也不是黄世仁。”然后", r.N(), "就把我踢出群了"]
    if v == 2:
        return ["读书会分工：", r.N(), "负责《红楼梦》王熙凤那一章，", r.N(), "负责《平凡的世界》孙少平进城，", r.N(), "负责《活着》里福贵输光家产那段。"]
    c = r.N(sex="m")
    return ["催收员自称叫", c, f"，我说你咋不叫{ch}呢，他说你再贫嘴就把你欠钱的事发给你表妹", r.N(sex="f")]


NICKS = ["追风少年", "小鱼儿🐟", "用户8873", "夜猫子", "岁月静好", "一只柯基", "奶茶续命", "打工人666", "不吃香菜",
         "星辰大海", "宝宝巴士", "月亮不睡我不睡", "拾光", "阿杰杰", "糖糖酱", "路人甲"]


def g_live(r, v):
    n1, n2 = rng.sample(NICKS, 2)
    if v == 0:
        big = r.N(sex="m")
        return [f"【直播间】欢迎 {n1} 进入直播间\n{n2}：三号链接还有吗\n感谢 ", big, f" 送出的 嘉年华×1\n榜一大哥 ", big, f" 威武！\n欢迎 ", r.N(), " 进入直播间"]
    if v == 1:
        me = r.N(sex="m")
        host = r.N(sex="f")
        return ["我老公", me, "在直播间当榜一大哥，给主播", host, f"刷了{amt(2, 9)}万多，全是借的网贷。现在催收打到我这来了"]
    if v == 2:
        host = r.N(sex="f")
        return [f"打赏记录（导出）\n{date26()} 21:{rng.randrange(10, 59)}  送出 火箭×2  给 主播“{n1}”\n{date26()} 22:{rng.randrange(10, 59)}  送出 嘉年华×1\n主播实名：", host, "\n付款账户：", PH("p"), "\n主播粉丝群QQ：", QQ()]
    if v == 3:
        return [f"直播间下单成功\n商品：{pick('羊毛大衣', '蜂蜜礼盒', '翡翠手镯', '茶叶')}  ×1\n收货人：", r.N(), "  ", PH(), "\n地址：", ADDR("u")]
    x = r.N(sex="m")
    return ["主播喊：“感谢", x, f"大哥送的火箭🚀！{n2}也冲一波！”我才知道", x, "就是我们村那个欠了一屁股债的"]


def g_ecom(r, v):
    if v == 0:
        out = ["商品评价（" + str(rng.randrange(200, 999)) + "条）\n"]
        out += [r.masked(), "  ★★★★★  物流很快，包装完好\n"]
        out += [rng.choice(["张", "李", "刘", "赵", "孙", "周"]) + "**  ★★★★  还行吧\n"]
        out += [rng.choice("lmqtw") + "***" + str(rng.randrange(10)), "  ★  和描述的不符，差评\n"]
        out += [r.masked(), "  ★★★★★  回购了\n"]
        return out + ["匿名用户  ★★★  一般"]
    if v == 1:
        b = r.N()
        return [f"【{pick('抖音商城', '拼多多', '淘宝')}】买家", b, "（手机", PH("p"), "），您的先用后付订单", ACC("DD", 14), f"已逾期{rng.randrange(3, 40)}天，请尽快支付{amt(39, 999)}元"]
    if v == 2:
        m = r.masked()
        return ["店家回复评价：“亲爱的", m, "，您说的问题我们已经核实，”后面还把我的真名", r.N(), "和电话", PH(), "贴出来了"]
    if v == 3:
        return ["订单详情\n订单编号：", ACC("", 18), "\n收货人：", r.N(), "\n联系方式：", PH(), "\n收货地址：", ADDR(), "\n买家昵称：", rng.choice("lmqtwz") + "***" + str(rng.randrange(10))]
    x = r.N()
    return ["给了个差评，卖家就把我的信息发到网上：“", x, "，电话", PH(), "，地址", ADDR("u"), "，微信", WX(), "，欠钱不还的老赖”"]


def g_locker(r, v):
    if v == 0:
        r.sender = "1069" + digits(9)
        return [f"【丰巢】", r.N(), f"您好，您的{pick('顺丰', '中通', 'EMS', '京东')}快递已存入{pick('小区南门', '3号楼下', '菜市场旁')}丰巢柜，取件码{rng.randrange(100000, 999999)}，超时将收取保管费。"]
    if v == 1:
        return [f"【菜鸟驿站】您的包裹已到站，取件码{rng.randrange(1, 9)}-{rng.randrange(1, 6)}-{rng.randrange(1000, 9999)}。\n面单：收件人 ", r.N(), " ", PH(), "\n", ADDR("u"), "\n寄件人 ", r.N(), f" {pick('律师事务所', '法务部', '资产管理公司')}"]
    if v == 2:
        m = r.N(sex="f")
        return ["催收寄了一封“律师函”到快递柜，收件人写的我妈", m, "，电话", PH(), "，我妈吓得一晚上没睡"]
    y = r.N()
    return ["帮我取一下快递，收件人", y, f"，手机尾号{rng.randrange(1000, 9999)}，取件码{rng.randrange(100000, 999999)}，在东门快递柜，里面可能是法院的传票"]


def g_hotel(r, v):
    if v == 0:
        s = sx()
        a = r.N(sex=s)
        dd = date_pair(1, 4)
        return [f"{pick('如家', '汉庭', '七天', '维也纳', '锦江之星')}酒店  入住登记单\n姓名：", a, f"  性别：{MF(s)}\n证件类型：居民身份证  证件号码：", ID(s), f"\n房号：{rng.randrange(2, 18)}{rng.randrange(1, 40):02d}  入住：{dd[0]}  离店：{dd[1]}\n同住人：", r.N(), "\n联系电话：", PH(), "\n停车登记：", PLATE()]
    if v == 1:
        return [f"【{pick('携程', '美团', '飞猪')}】订单已确认\n入住人：", r.N(), "、", r.N(), "\n订单号：", ACC("", 16), "\n联系手机：", PH(), pick("\n公司出差报销用", "")]
    if v == 2:
        x = r.N(sex="m")
        return ["前台打电话说有个人来找", x, "，自称是他表哥", r.N(sex="m"), "，一直在大堂等，开的车是", PLATE(), "。根本没这个表哥，肯定是催收"]
    return ["我住酒店的记录被催收知道了，他们说“", r.N(), "，你上周三住在", pick("如家", "汉庭", "全季"), "吧”，这是不是泄露隐私"]


def g_train(r, v):
    st = rng.sample(["北京南", "上海虹桥", "郑州东", "武汉", "广州南", "深圳北", "成都东", "西安北", "南京南", "长沙南", "杭州东", "徐州东"], 2)
    tr = rng.choice("GDK") + str(rng.randrange(100, 9999))
    if v == 0:
        s = sx()
        return [f"电子客票\n{tr}次  {st[0]}→{st[1]}  {date26()} {hm()}开\n{rng.randrange(1, 17):02d}车{rng.randrange(1, 20):02d}{rng.choice('ABCDF')}号  二等座  ¥{amt(100, 900)}.0\n", r.N(sex=s), "  ", T("id_number", masked_id(s))]
    if v == 1:
        return [f"12306订单 ", ACC("E", 9), f"\n{tr}  {st[0]}-{st[1]}\n乘车人：", r.N(), f"（{rng.randrange(1, 16):02d}车{rng.randrange(1, 20)}{rng.choice('ABCDF')}）、", r.N(), f"（{rng.randrange(1, 16):02d}车{rng.randrange(1, 20)}{rng.choice('ABCDF')}）"]
    if v == 2:
        out = ["常用乘车人\n"]
        for i in range(rng.randrange(2, 4)):
            out += [r.N(), f"  成人  证件后四位{rng.randrange(1000, 9999)}\n"]
        return out + ["这几个人都被打了电话"]
    return ["催收说知道我坐", tr, f"回老家，车票上有我名字", r.N(), "，说要在", st[1], "出站口等我"]


def g_vaccine(r, v):
    if v == 0:
        s = sx()
        k = r.N(sex=s, style="three")
        g = r.N(surname=r.S(k), sex="m") if rng.random() < 0.6 else r.N(sex="f")
        return ["预防接种证\n儿童姓名：", k, f"  性别：{MF(s)}  出生日期：{date26(rng.randrange(2019, 2026))}\n监护人：", g, "  联系电话：", PH(), "\n家庭住址：", ADDR("u"),
                f"\n乙肝疫苗  第{pick('1', '2', '3')}剂  {date26()}  接种医生：", r.N()]
    if v == 1:
        s = "f"
        return [f"九价HPV疫苗预约成功\n预约人：", r.N(sex=s), "\n身份证号：", ID(s, 1985, 2006), "\n手机：", PH(), "\n确认邮件已发送至", EM(), f"\n接种点：{pick('社区卫生服务中心', '妇幼保健院')}"]
    if v == 2:
        a = r.N()
        d1, d2 = date_pair(3, 3)
        return ["狂犬疫苗接种记录\n受种者：", a, f"  暴露分级：Ⅱ级\n第1针 {d1}  第2针 {d2}\n接种医生：", r.N(), pick("\n被狗咬了还要被催收追着打电话", "")]
    k = r.N(style="three")
    p = r.N(sex="f")
    return ["疫苗本上写着孩子", k, "，监护人", p, "，这一页被催收拍下来发到家长群了。他们从哪弄到的？"]


PETS = ["煤球", "旺财", "豆豆", "团子", "橘子", "可乐", "雪球", "大黄", "花卷", "年糕"]


def g_pet(r, v):
    pet = rng.choice(PETS)
    if v == 0:
        return [f"领养协议\n宠物：{pet}（{pick('中华田园猫', '柯基', '金毛', '狸花猫')}）\n送养人：", r.N(), "\n领养人：", r.N(), "  身份证：", ID(), "\n电话：", PH(), "  微信：", WX(), "\n住址：", ADDR("u")]
    if v == 1:
        return [f"宠物医院病历\n宠物名：{pet}  品种：{pick('英短', '泰迪', '柴犬', '布偶')}\n主人：", r.N(), "  电话：", PH(), f"\n诊断：{pick('猫瘟', '皮肤病', '肠胃炎')}\n主治兽医：", r.N()]
    return [f"寻宠启事：{pet}走丢了，{pick('黑色', '黄色', '白色')}，{pick('戴红项圈', '右耳有缺口', '很胆小')}。主人", r.N(), "，电话", PH(), "，有线索必重谢！", pick("（催收居然打这个电话问我欠款的事）", "")]


def g_lost(r, v):
    if v == 0:
        s = sx()
        return [f"{pick('捡到一张身份证', '在公交车上捡到身份证')}：姓名", r.N(sex=s), "，号码", ID(s), "，有认识的吗？放在", pick("小区门卫", "派出所", "超市服务台"), "了"]
    if v == 1:
        me = r.N()
        return ["寻物启事\n本人", me, f"于{cdate()}在{pick('火车站', '菜市场', '医院门口')}遗失黑色钱包一个，内有身份证、银行卡，卡号", CARD(), "（已挂失）。拾到者请联系", PH(), "或QQ ", QQ(), "，必有酬谢。"]
    if v == 2:
        s = sx()
        me = r.N(sex=s)
        return ["我叫", me, "，去年身份证丢了，", ID(s), f"，现在有人用它在{pick('某分期平台', '三家网贷', '一个小贷公司')}借了钱，催收天天打我电话。报警回执上办案民警是", r.N(), "，这种情况我要还吗"]
    return ["失物招领：", r.N(), "的学生证、", r.N(), f"的饭卡、一把{pick('蓝色', '黑色')}雨伞，请到一楼服务台认领"]


def g_moments(r, v):
    loc = rng.choice(["📍上海·外滩", "📍杭州·西湖", "📍成都·春熙路", "📍西安·大唐不夜城", "📍长沙·五一广场", "📍重庆·洪崖洞", "📍厦门·鼓浪屿", "📍南京·夫子庙"])
    if v == 0:
        return [f"今天终于还清了最后一笔🎉🎉 谢谢一路帮我的 @", r.N(), " @", r.N(), f"\n{loc}"]
    if v == 1:
        a, b = r.N(), r.N()
        return [f"朋友圈：出来散散心\n{loc}\n评论：\n", a, "：注意安全\n", b, " 回复 ", a, "：她是躲催收去了吧😂\n我 回复 ", b, "：别乱说"]
    if v == 2:
        return ["发了一条仅部分人可见的朋友圈，提醒谁看：", r.N(), "、", r.N(), "。结果催收还是截图了"]
    if v == 3:
        x = r.N()
        return [f"催收发的朋友圈：【曝光】老赖", x, "，欠款不还，家住", ADDR("u"), "，电话", PH(), "，微信", WX(), "，大家转发！\n📍定位就在我家小区"]
    x = r.N()
    return ["@", x, f" 还钱！！！说好的月底呢😡\n{loc}\n——这是我表姐发的，", x, "是她前男友"]


def g_teen(r, v):
    if v == 0:
        a, b = r.N(), r.N()
        return ["家人们谁懂啊😭😭 我同桌", a, "他爸欠网贷 催收直接打到班主任", b, "那去了💀💀 现在全班都知道了 xswl 但是也好惨"]
    if v == 1:
        a = r.N()
        return ["救命🆘 有人冒充", a, "找我借钱 说什么游戏皮肤要充值😅 我差点就转了 幸好问了一下", r.N(), "👍 yyds"]
    if v == 2:
        a = r.N()
        return ["咱就是说😂 ", a, " 和 ", r.N(), " 在一起了？？？ 蚌埠住了🤣🤣 别告诉", r.N(), " 她QQ是", QQ()]
    if v == 3:
        a = r.N()
        return ["我真的会谢🙂 ", a, f"拿我身份证去借了个什么“学生贷”，现在催收天天打我电话😭 我才{pick('十八', '十九', '二十')}岁啊 破防了💔"]
    return ["姐妹们避雷‼️ 群里那个叫", r.N(), "的 说自己是", pick("游戏代练", "追星站姐", "抽卡代充"), " 收了钱就拉黑🙃 她微信号", WX(), " 大家小心"]


def g_canto(r, v):
    n, s, g = r.hk()
    if v == 0:
        t1 = r.raw(f"{s} {g}", "Cantonese romanised (HK order)")
        return ["Nei hou, ngo dei hai cui sau gung si, ", t1, " jing zo ngo dei cin, nei hai m hai keoi ge ging kap lyun lok jan aa?"]
    if v == 1:
        t1 = r.raw(f"{s.upper()} {g}", "Cantonese romanised (HK order, SURNAME caps)")
        return ["佢哋send咗個WhatsApp俾我：Dear ", t1, ", your loan is overdue. 仲話會搵我阿媽，電話", T("phone", hk_phone())]
    if v == 2:
        t1 = r.raw(f"{g} {s}", "Cantonese romanised (English order)")
        return ["ngo baa ", t1, " zau zo, daan hai jau jan gong keoi jau zaai, daai jan jiu ngo dei waan cin. 點算好？"]
    t1 = r.raw(f"{s} {g}", "Cantonese romanised (HK order)")
    return ["我同事", t1, "（中文名唔記得）話收到追數短訊，寫住要上去", T("address", hk_address()), "搵佢"]


def g_hokkien(r, v):
    han, poj, sgn = r.hok()
    if v == 0:
        t = r.raw(poj, "Hokkien POJ")
        return ["Lí hó, góa sī ", t, " ê bó͘, i khiàm lâng chîⁿ, chhiok-siau ê lâng tak kang phah tiān-ōe lâi. Án-chóaⁿ pān?"]
    if v == 1:
        t = r.raw(sgn, "Hokkien (SG/MY spelling)")
        return ["Eh my uncle ", t, " kena ah long lah, they paint his door red leh. 伊欠人錢，今嘛 bo chiⁿ. Call him ", T("phone", rng.choice([sg_phone(), my_phone()]))]
    t = r.raw(sgn, "Hokkien (SG/MY spelling)")
    t2 = r.raw(han, "traditional Han (Hokkien speaker)")
    return ["阿公講伊朋友 ", t, "（", t2, "）早就 bô tī leh 矣，but the loan company still call my house, jialat sia"]


def g_tradeng(r, v):
    n, s, g = r.hk()
    if v == 0:
        a = r.raw(n, "traditional Han (HK)")
        b = r.raw(f"{g.replace(' ', ' ')} {s}", "Cantonese romanised (English order)")
        return ["借款人：", a, " ", b, "\n香港身份證號碼：", T("id_number", hkid()), "\n聯絡電話：", T("phone", hk_phone()), "\n通訊地址：", T("address", hk_address())]
    if v == 1:
        en = rng.choice(EN_M + EN_F)
        a = r.raw(f"{en} {s}", "English given + surname")
        b = r.raw(n, "traditional Han (HK)")
        return ["公司HR話有人打嚟搵 ", a, "（", b, "），話佢欠財務公司錢。佢上個月已經離職，我哋唔會俾佢電話你"]
    if v == 2:
        a = r.raw(n, "traditional Han (HK)")
        b = r.raw(f"{s.upper()}, {g}", "Cantonese romanised (SURNAME, Given)")
        return ["中文姓名：", a, "\n英文姓名：", b, "\n電郵：", EM(), "\n（呢份表俾追數公司攞咗去）"]
    en = rng.choice(EN_M)
    a = r.raw(f"{en} {s} {g}", "English given + Cantonese full romanisation")
    b = r.raw(n, "traditional Han (HK)")
    return ["我表哥 ", a, " 即係 ", b, "，佢喺深圳借咗網貸，而家催收打到香港嚟，", T("phone", hk_phone()), " 係佢屋企電話"]


def g_word(r, v):
    w = WORD_NAMES[v]
    t = r.raw(w, "declared word-name")
    frames = [
        lambda: ["礼金簿：", t, "  800元（新娘同学）\n", r.N(), "  600元"],
        lambda: ["奠仪簿里有一笔是", t, "送的，现在催收也打电话给", t, "了"],
        lambda: ["孝子：", t, "  孝女：", r.N(sex="f")],
        lambda: ["处方医师：", t, "  审核药师：", r.N()],
        lambda: ["主治医师：", t, "，他说我的焦虑跟催收电话有关"],
        lambda: ["作词：", t, "\n作曲：", r.N()],
        lambda: ["收货人：", t, "  ", PH(), "\n先用后付订单已逾期"],
        lambda: ["班主任", t, "老师说有陌生人在校门口打听我儿子"],
        lambda: ["村会计", t, "把低保名单发到了群里"],
        lambda: ["球队花名册：9号 ", t, "  前锋  ", PH("p")],
    ]
    return frames[v]()


def g_other(r, v):
    fs = [
        lambda: ["门诊号：", ACC("MZ", 8), "  住院号：", ACC("ZY", 7), "，这两个号被催收报出来了"],
        lambda: ["医保结算单上的身份证号", ID(), "被人拍下来了"],
        lambda: ["礼金都转到这张卡了：", CARD(), "，现在卡被冻结"],
        lambda: ["讣告上留的联系电话是", PH(), "，催收就打这个"],
        lambda: ["快递柜短信里的地址是", ADDR("u"), "，这是我租的房子"],
        lambda: ["酒店订单号", ACC("", 16), "，入住手机", PH()],
        lambda: ["车票上的证件号", T("id_number", masked_id()), "，只打了中间几位星号"],
        lambda: ["领养群里有人加我QQ ", QQ(), "，说他是催收"],
        lambda: ["直播间下单留的地址：", ADDR(), "，电话", PH("s")],
        lambda: ["疫苗预约用的邮箱是", EM(), "，也收到了催款邮件"],
        lambda: ["球队群里有人发了我的车牌", PLATE(), "，说在停车场等我"],
        lambda: ["村委会证明上的地址写的", ADDR("v"), "，催收照着找过来了"],
        lambda: ["朋友圈定位暴露了我家：", ADDR("u")],
        lambda: ["微信号", WX(), "一直加我，验证消息写“还钱”"],
        lambda: ["香港嘅追數公司打嚟 ", T("phone", hk_phone()), "，話要上嚟", T("address", hk_address())],
        lambda: ["捐款收据上的卡号", CARD("s"), "是我的"],
        lambda: ["理赔款打到", CARD(), "，联系电话", LAND()],
        lambda: ["家长会签到表上我的手机", PH("d"), "被人拍了"],
    ]
    return fs[v % len(fs)]()


NONE_TEXTS = [
    "门诊病历\n姓名：（略）  性别：男  年龄：56岁\n科别：心内科\n诊断：高血压病\n医师签名：（手写看不清）",
    "处方笺\n临床诊断：急性支气管炎\nRp：阿莫西林胶囊 0.25g×24粒 口服 一次2粒 一日3次\n处方医师：（签章）  审核药师：（签章）",
    "药店小票：连花清瘟胶囊×1 36.80，板蓝根颗粒×2 25.00，医保统筹支付40.00",
    "理赔申请材料已提交，理赔款将在五个工作日内到账，请留意短信",
    "期中成绩单：语文92 数学88 英语95 总分275 班级排名第6，请家长签字",
    "家长会会议记录\n主持人：班主任\n记录人：家委会\n一、通报成绩 二、安全教育 三、防诈骗提醒",
    "村两委会议纪要\n议题：关于低保动态调整\n决定：由村委会统一公示，公示期七天",
    "低保公示：本季度新增3户，退出2户，公示期七天，如有异议请向乡镇民政所反映",
    "功德榜：本月共收善款三千六百元，全部用于修缮大殿。随喜功德！",
    "教会奉献登记：本主日什一奉献共计一千二百元",
    "礼金簿第一页还空着，先把笔准备好",
    "新婚志喜！百年好合，早生贵子🎉",
    "讣告：丧事从简，谢绝花圈，不收礼金",
    "音容宛在，风范长存。沉痛悼念",
    "族谱上写着字辈诗：文章华国，诗礼传家",
    "宗亲群公告：清明祭祖定于四月四日，各支派代表参加",
    "战报｜城南队 2:1 老友队，上半场零比零，下半场连进两球",
    "作词 作曲 编曲 混音 母带 出品：独立音乐人",
    "别当事后诸葛亮了，先想想怎么跟平台协商",
    "你以为你是高启强啊，欠了钱还想东山再起",
    "【直播间】欢迎 追风少年 进入直播间\n小鱼儿🐟：三号链接还有吗\n榜一大哥威武",
    "张**  ★★★★  还行吧\nl***3  ★  差评\n匿名用户  ★★★  一般",
    "【丰巢】您的快递已存入小区南门丰巢柜，取件码308842，超时将收取保管费",
    "酒店提醒：退房时间为中午十二点，押金将原路退回",
    "电子客票 G1234次 郑州东→北京西 08:15开 05车12F号 二等座",
    "常用乘车人：本人，证件后四位3412",
    "预防接种证：乙肝疫苗第二剂已完成，下次接种日期请留意短信通知",
    "领养代替购买，已绝育已驱虫，煤球等一个家",
    "失物招领：一把蓝色雨伞、一张公交卡，请到一楼服务台认领",
    "今天终于还清了🎉\n📍长沙·五一广场",
    "家人们谁懂啊😭 催收又打到班主任那去了💀 xswl",
    "nei ho ma, ngo zan hai mou cin aa, m goi nei dei m hou zoi daa lai",
    "Lí hó, góa bô chîⁿ, mài koh phah tiān-ōe lâi",
    "請於到期日前繳款，逾期將影響信用紀錄。如有疑問請致電客服熱線",
    "我尾号5521的卡被扣了两百块，说是保管费",
    "说曹操曹操到，刚说完催收就打来了",
    "王婆卖瓜，自卖自夸，这个债务优化公司就是这样",
    "宫保鸡丁、麻婆豆腐、东坡肉，外卖都点了",
    "马应龙和片仔癀在医保目录里吗",
]


GROUPS = [  # name, function, variants, records
    ("med", g_med, 8, 22),
    ("school", g_school, 7, 18),
    ("village", g_village, 7, 18),
    ("donation", g_donation, 6, 13),
    ("wedding", g_wedding, 6, 15),
    ("funeral", g_funeral, 6, 16),
    ("genealogy", g_genealogy, 5, 13),
    ("sports", g_sports, 6, 14),
    ("credits", g_credits, 5, 11),
    ("novel", g_novel, 4, 10),
    ("live", g_live, 5, 13),
    ("ecom", g_ecom, 5, 14),
    ("locker", g_locker, 4, 12),
    ("hotel", g_hotel, 4, 11),
    ("train", g_train, 4, 11),
    ("vaccine", g_vaccine, 4, 10),
    ("pet", g_pet, 3, 8),
    ("lost", g_lost, 4, 11),
    ("moments", g_moments, 5, 13),
    ("teen", g_teen, 5, 13),
    ("canto", g_canto, 4, 10),
    ("hokkien", g_hokkien, 3, 8),
    ("tradeng", g_tradeng, 4, 10),
    ("word", g_word, 10, 10),
    ("other", g_other, 18, 24),
]


# ---------------------------------------------------------------- assembly and checks
def assemble(parts):
    text, spans, pii, seen = "", [], [], {}
    for p in parts:
        if p is None:
            raise Redraw("none part")
        if isinstance(p, tuple):
            k, v = p
            if not v:
                raise Redraw("empty value")
            spans.append((len(text), len(text) + len(v), k, v))
            text += v
            if (k, v) not in seen:
                seen[(k, v)] = True
                pii.append({"kind": k, "value": v})
        else:
            text += p
    return text, spans, pii


def covered(i, j, spans):
    return any(a <= i and j <= b for a, b, _, _ in spans)


def check_record(text, spans, pii, rec_names):
    # digits: no run of 7+ outside labelled values
    masked = list(text)
    for a, b, _, _ in spans:
        for i in range(a, b):
            masked[i] = "#"
    if re.search(r"[0-9０-９]{7,}", "".join(masked)):
        return "digits"
    vals = [x["value"] for x in pii]
    for v in vals:
        i = text.find(v)
        while i >= 0:
            if not covered(i, i + len(v), spans):
                return "value outside span"
            i = text.find(v, i + 1)
    for a in vals:
        for b in vals:
            if a != b and a in b:
                return "value contains value"
    # names (committed and own): whitespace removed, case ignored
    idx = [i for i, c in enumerate(text) if not c.isspace()]
    ntext = "".join(text[i] for i in idx).lower()
    for n in BOOK.committed + rec_names:
        k = norm(n)
        j = ntext.find(k)
        while j >= 0:
            if not covered(idx[j], idx[j + len(k) - 1] + 1, spans):
                return "name outside span"
            j = ntext.find(k, j + 1)
    if in_others(text):
        return "in other corpus"
    return None


def main():
    global PRES_BLOB, PRES_BLOB_N
    PRES_BLOB = PRES_BLOB + "\x00" + "\x00".join(NONE_TEXTS)
    PRES_BLOB_N = norm(PRES_BLOB)
    for w in WORD_NAMES:
        assert any(w in s for s in PRES_CANDIDATES), w
    records, redraws, variant_use = [], {}, {}
    own_texts = {}
    for gname, fn, nvar, nrec in GROUPS:
        for i in range(nrec):
            v = i % nvar
            for attempt in range(60):
                r = Rec()
                try:
                    parts = fn(r, v)
                    text, spans, pii = assemble(parts)
                except Redraw as e:
                    redraws[str(e)] = redraws.get(str(e), 0) + 1
                    continue
                why = check_record(text, spans, pii, r.names)
                if why is None and text in own_texts:
                    why = "duplicate"
                if why:
                    redraws[why] = redraws.get(why, 0) + 1
                    continue
                break
            else:
                raise RuntimeError(f"could not draw {gname} {v}")
            BOOK.commit(r.names, text)
            own_texts[text] = True
            variant_use[f"{gname}:{v}"] = variant_use.get(f"{gname}:{v}", 0) + 1
            records.append({"group": gname, "text": text, "sender": r.sender, "pii": pii})
    none_dropped = 0
    for t in NONE_TEXTS:
        if in_others(t) or re.search(r"[0-9]{7,}", t) or t in own_texts:
            none_dropped += 1
            continue
        for n in BOOK.committed:
            assert norm(n) not in norm(t), (n, t)
        own_texts[t] = True
        records.append({"group": "none", "text": t, "sender": None, "pii": []})
    rng.shuffle(records)
    out = []
    for i, rec in enumerate(records):
        out.append({"id": f"t17-{i + 1:04d}", "text": rec["text"], "sender": rec["sender"], "pii": rec["pii"]})

    # preserve
    seen, kept = {}, []
    stats = {"candidates": len(PRES_CANDIDATES), "own_dup": 0, "digits": 0, "equal": 0, "contained": 0, "names": 0}
    for s in PRES_CANDIDATES:
        s = s.strip()
        if not s or s in seen:
            stats["own_dup"] += 1
            continue
        seen[s] = True
        if re.search(r"[0-9]{7,}", s):
            stats["digits"] += 1
            continue
        o = in_others(s)
        if o:
            stats[o] += 1
            continue
        if s in own_texts:
            stats["own_dup"] += 1
            continue
        kept.append(s)
    for n in BOOK.committed:
        if n in WORD_NAMES:
            continue
        k = norm(n)
        for s in kept:
            assert k not in norm(s), (n, s)
    for w in WORD_NAMES:
        assert any(w in s for s in kept), w
    rng.shuffle(kept)
    assert len(kept) >= 2000, len(kept)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OWN_FILES[0]), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OWN_FILES[1]), "w", encoding="utf-8") as fh:
        for s in kept:
            fh.write(s + "\n")

    # report (counts only)
    kinds = {}
    for rec in out:
        for x in rec["pii"]:
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(f"dedupe: {len(OTHER_FILES)} other files, {len(OTHER_ALL_NORM)} distinct texts/lines")
    print("records:", len(out), "none:", sum(1 for r_ in out if not r_["pii"]), "none dropped:", none_dropped)
    print("records with a name:", sum(1 for r_ in out if any(x["kind"] == "name" for x in r_["pii"])),
          "other PII, no name:", sum(1 for r_ in out if r_["pii"] and not any(x["kind"] == "name" for x in r_["pii"])))
    print("items:", sum(kinds.values()), json.dumps(dict(sorted(kinds.items(), key=lambda kv: -kv[1])), ensure_ascii=False))
    forms = {}
    for n in BOOK.committed:
        forms[NAME_FORMS[n]] = forms.get(NAME_FORMS[n], 0) + 1
    print("distinct names:", len(BOOK.committed), json.dumps(dict(sorted(forms.items(), key=lambda kv: -kv[1])), ensure_ascii=False))
    grp = {}
    for rec in records:
        g = grp.setdefault(rec["group"], [0, 0, 0])
        g[0] += 1
        g[1] += sum(1 for x in rec["pii"] if x["kind"] == "name")
        g[2] += len(rec["pii"])
    print("groups (records, names, items):", json.dumps(grp, ensure_ascii=False))
    print("redraws:", json.dumps(redraws, ensure_ascii=False))
    print("preserve:", json.dumps(stats), "kept:", len(kept))
    print("senders:", sum(1 for r_ in out if r_["sender"]))
    if os.environ.get("TUNE17_TEMPLATE_COUNTS"):
        print(json.dumps(variant_use, ensure_ascii=False))


if __name__ == "__main__":
    main()
