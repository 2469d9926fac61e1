"""Scrubber tuning corpora, tenth writer: names as a generator draws them.

Writes, next to this file:
  scrub_tune9.jsonl           about 1,000 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune9_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..8.md, the module
docstrings of the earlier generators and `head -3` of scrub_tune8.jsonl).
Templates, minority/compound/rare name lists and word lists are this writer's
own; Han, traditional, pinyin and English names come straight from Faker.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune9.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW, en_US).  One random.Random(SEED);
the Faker instances are seeded from it; never iterates over a set.

Focus:
  * names drawn exactly as Faker draws them (zh_CN name() and
    last_name()+first_name(), zh_TW name(), zh_CN/zh_TW romanized_name() in
    several casings, en_US first+last), NOT filtered for looking like words
    (王建国, 郭丽丽, 文明, 和平, 高峰, 金鑫 all stay), plus own lists of
    Uyghur/Kazakh/Tibetan/Mongolian/Yi names, compound and rare surnames;
  * names with no cue: opening a sentence, at the end, in bare lists
    (、 ， / spaces), directly followed by verbs (X说 X借了 X打来 X欠);
  * names after 通知/致/转告/抄送/经办/联系人/借款人/担保人 with and without a
    colon; titles glued on (X总 X经理 X老师 X律师 X阿姨), bare 小X/老X
    back-references (unlabelled);
  * what a case-import file carries: case narratives, complaint summaries,
    evidence-log lines with date/time/number, volunteer notes, CSV / key-value
    rows; chat exports ("X 10:32" headers); quoted collector SMS;
  * traditional-character texts, pinyin and English names in Chinese text;
  * other personal data at lower density; ~10 % records without personal
    data built around surname-like words (王牌 高度 严重 周末 方便 …).
Preserve file: 2,000+ lines of debt-SMS, legal and everyday phrases, with many
words that begin with a surname character, place names, institutions, idioms,
amounts and dates.
"""
import json
import os
import re
import sys

import random

from faker import Faker

SEED = 20270208
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune9.jsonl")
OUT_PRES = os.path.join(HERE, "scrub_tune9_preserve.txt")

FK_CN = Faker("zh_CN")
FK_CN.seed_instance(R.randrange(2 ** 31))
FK_TW = Faker("zh_TW")
FK_TW.seed_instance(R.randrange(2 ** 31))
FK_EN = Faker("en_US")
FK_EN.seed_instance(R.randrange(2 ** 31))
TW_LAST2 = [x for x in FK_TW.provider("faker.providers.person").last_names if len(x) == 2]

# ---------------------------------------------------------------- name lists
COMPOUND = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 "
            "南宫 呼延 独孤 百里 钟离 赫连 申屠 太史 淳于 轩辕 濮阳 澹台 公羊 仲孙 第五 "
            "谷梁 乐正 闻人 左丘 东郭 万俟").split()
RARE = ("禤 仉 亓 訾 笪 乜 酆 逄 庹 綦 缑 谯 邴 昝 宓 甯 扈 钭 蔺 仝 鄢 郄 眭 琚 蒯 郗 隗 "
        "厍 佴 禚 邗 蹇 麴 佘 揭 冼 阚 郜 暨 璩 桓 芈 郏 竺 蔚 虢 赖 粟 戢 渠 益 乌 卢 "
        "伍 覃 蓝 韦 农 黎").split()
UY_GIVEN = ("买买提 艾力 阿不都热合曼 努尔艾力 热依拉 古丽娜尔 阿依古丽 迪丽拜尔 帕尔哈提 "
            "依明 艾克拜尔 麦麦提敏 祖丽胡玛尔 米热古丽 阿卜杜拉 玉苏甫 再努尔 努尔曼古丽 "
            "伊力哈木 阿迪力 巴哈古丽 赛买提 热娜 吾买尔 卡米力 木拉提 艾尔肯 地力夏提 "
            "阿丽米热 排尔哈提 萨依普加马力 图尔荪阿依").split()
UY_FATHER = ("吐尔逊 艾海提 阿不都 司马义 托乎提 依沙克 热合曼 玉山 喀斯木 肉孜 阿西木 "
             "尼亚孜 卡德尔 亚森 吾守尔 哈力克 沙吾提 艾山 克里木 买合木提 阿布力孜").split()
KZ_GIVEN = "叶尔兰 别克 阿依达娜 哈那提 加娜尔 努尔兰 达吾列提 阿曼 巴合提 古丽扎达".split()
KZ_FATHER = "哈力别克 吐尔逊别克 沙吾列 木合塔尔 叶尔肯 努尔旦 加依达尔".split()
TIB = ("扎西 次仁 顿珠 卓玛 央金 格桑 拉姆 平措 达瓦 尼玛 多吉 边巴 旺堆 德吉 次旦 索朗 "
       "益西 曲珍 白玛 洛桑 丹增 强巴 普布 巴桑 群培 桑珠 贡布 仁增 加措 罗布").split()
MONG = ("巴特尔 乌云其木格 那日苏 斯琴高娃 额尔敦 其其格 苏和 朝鲁 敖特根 哈斯 孟和 图雅 "
        "宝音 萨仁 阿拉坦仓 呼和 满都拉 格日勒 乌兰 特木尔 巴雅尔 吉日嘎拉 额尔德木图 "
        "娜仁花 通拉嘎 布和 额日和木").split()
YI_CLAN = "吉克 阿约 沙马 曲比 阿苏 海来 吉伍 马黑 俄底 勒格 阿西 木乃 的日 瓦渣".split()
YI_GIVEN = "阿依 日火 拉哈 伍呷 木呷 阿果 尔且 石布 史色 依作 阿牛 么么 尔古 子呷".split()
DOTS = ["·", "·", "·", "•", "・"]
# well-known people; a drawn name equal to one of these is redrawn
FAMOUS = "刘德华 张学友 马云 成龙 李白 杜甫 周杰伦 雷锋 孙中山 毛泽东 邓小平 鲁迅".split()


def _minority():
    k = R.random()
    if k < 0.38:
        sep = R.choice(DOTS) if R.random() < 0.85 else R.choice(["", " "])
        return R.choice(UY_GIVEN) + sep + R.choice(UY_FATHER), None, "uyghur"
    if k < 0.46:
        g, f = R.choice(KZ_GIVEN), R.choice(KZ_FATHER)
        return g + R.choice(["·", "·", ""]) + f, None, "kazakh"
    if k < 0.68:
        a, b = R.sample(TIB, 2)
        return a + R.choice(["", "", "", "·"]) + b, None, "tibetan"
    if k < 0.86:
        m = R.choice(MONG)
        r = R.random()
        if r < 0.25:
            m = R.choice("包宝白鲍") + m
        elif r < 0.4:
            m = m + "·" + R.choice(MONG)
        return m, None, "mongolian"
    c, g = R.choice(YI_CLAN), R.choice(YI_GIVEN)
    return c + R.choice(["·", "", "", " "]) + g, None, "yi"


def _case_pinyin(given, sur):
    """given, sur: romanised parts as Faker gives them (Title case)."""
    forms = [
        lambda: f"{given} {sur}",
        lambda: f"{sur} {given}",
        lambda: f"{sur.upper()} {given}",
        lambda: f"{sur.upper()} {given.upper()}",
        lambda: f"{sur.lower()} {given.lower()}",
        lambda: f"{sur.lower()}{given.lower()}",
        lambda: f"{sur}{given}",
        lambda: f"{given} {sur.upper()}",
        lambda: f"{given.lower()} {sur.lower()}",
    ]
    return R.choice(forms)()


def draw_raw(kind):
    """Return (name, surname or None, subkind)."""
    if kind == "cn":
        n = FK_CN.name()
        return n, n[:2] if n[:2] in COMPOUND else n[0], "zh_CN name()"
    if kind == "cn2":
        s = FK_CN.last_name()
        return s + FK_CN.first_name(), s, "zh_CN last+first"
    if kind == "tw":
        n = FK_TW.name()
        return n, n[:2] if n[:2] in TW_LAST2 else n[0], "zh_TW name()"
    if kind == "pinyin":
        if R.random() < 0.78:
            g, s = FK_CN.romanized_name().split(" ", 1)
            return _case_pinyin(g, s), None, "pinyin"
        s, g = FK_TW.romanized_name().split(" ", 1)
        r = R.random()
        if r < 0.35:
            return f"{s} {g}", None, "pinyin (Wade-Giles)"
        if r < 0.7:
            return f"{s.title()} {g.title()}", None, "pinyin (Wade-Giles)"
        return f"{g.title()} {s.title()}", None, "pinyin (Wade-Giles)"
    if kind == "en":
        if R.random() < 0.75:
            return FK_EN.first_name() + " " + FK_EN.last_name(), None, "en_US"
        fn = FK_EN.first_name()
        s = FK_CN.last_name()
        return (fn + R.choice([" ", ""]) + s) if R.random() < 0.6 else (fn + " " + FK_CN.romanized_name().split(" ")[1]), None, "en given + Chinese surname"
    if kind == "minority":
        return _minority()
    if kind == "compound":
        s = R.choice(COMPOUND)
        return s + FK_CN.first_name(), s, "compound surname"
    if kind == "rare":
        s = R.choice(RARE)
        return s + FK_CN.first_name(), s, "rare surname"
    raise ValueError(kind)


GENERIC_MIX = [("cn", 38), ("cn2", 14), ("tw", 8), ("pinyin", 7), ("en", 5),
               ("minority", 12), ("compound", 8), ("rare", 8)]
HAN_MIX = [("cn", 50), ("cn2", 22), ("compound", 10), ("rare", 10), ("tw", 8)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


FIXED_TEXT = []  # filled later: all template text + fillers + preserve candidates, for 3+ char collision checks
NAME_STATS = {"fixed_collision_redraw": 0, "famous_redraw": 0}


def norm_name(s):
    return re.sub(r"[\s·•・.\-_]", "", s).lower()


def draw_name(kind):
    while True:
        n, s, sub = draw_raw(kind)
        if n in FAMOUS:
            NAME_STATS["famous_redraw"] += 1
            continue
        nn = norm_name(n)
        if len(nn) >= 3 and FIXED_BLOB and nn in FIXED_BLOB:
            NAME_STATS["fixed_collision_redraw"] += 1
            continue
        return n, s, sub


FIXED_BLOB = ""

# ---------------------------------------------------------------- other PII
MOB_PREF = ("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
            "166 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 195 198 199").split()


def mobile_digits():
    return R.choice(MOB_PREF) + "".join(R.choice("0123456789") for _ in range(8))


def phone():
    m = mobile_digits()
    r = R.random()
    if r < 0.3:
        return m, m
    if r < 0.5:
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
        return v, v
    if r < 0.62:
        v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return v, v
    if r < 0.72:
        v = "+86 " + m
        return v, v
    if r < 0.8:
        v = "+86-" + m
        return v, v
    if r < 0.86:
        v = "+86" + m
        return v, v
    if r < 0.9:
        v = f"{m[:3]} {m[3:]}"
        return v, v
    if r < 0.95:
        v = f"{m[:3]}.{m[3:7]}.{m[7:]}"
        return v, v
    v = "0086 " + m
    return v, v


def gateway_phone():
    m = mobile_digits()
    r = R.random()
    if r < 0.35:
        return "10690" + m, m
    if r < 0.6:
        return "1069 0 " + m, m
    if r < 0.8:
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
        return "106 " + v, v
    return "106980 " + m, m


AREA = ["010", "021", "022", "023", "020", "0755", "0571", "0371", "027", "028", "029",
        "0311", "0531", "0551", "0731", "0851", "0871", "0991", "0591", "0451", "0898", "0931"]


def landline():
    a = R.choice(AREA)
    n = str(R.randint(2, 8)) + "".join(R.choice("0123456789") for _ in range(7 if len(a) == 3 else R.choice([6, 7])))
    r = R.random()
    if r < 0.4:
        v = f"{a}-{n}"
    elif r < 0.55:
        v = f"({a}){n}"
    elif r < 0.7:
        v = f"（{a}）{n}"
    elif r < 0.85:
        v = f"{a} {n}"
    else:
        v = f"{a}-{n}转{R.randint(100, 8999)}"
    return v, v


ID_AREAS = ["110101", "110105", "310104", "310115", "440106", "440304", "410102", "410105",
            "510107", "320102", "330106", "420106", "130102", "370102", "500103", "610113",
            "650102", "540102", "150102", "532301", "230102", "350203", "430104", "450103",
            "520102", "360102", "340104", "211302", "622801", "441900"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_number():
    y = R.randint(1958, 2005)
    mth = R.randint(1, 12)
    d = R.randint(1, 28)
    body = R.choice(ID_AREAS) + f"{y:04d}{mth:02d}{d:02d}" + f"{R.randint(0, 999):03d}"
    c = ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]
    full = body + c
    r = R.random()
    if c == "X" and r < 0.3:
        full = body + "x"
    if R.random() < 0.15:
        full = f"{full[:6]} {full[6:14]} {full[14:]}"
    return full, full


CARD_PREF = ["622202", "621226", "621700", "436742", "622848", "622845", "621661", "622588",
             "621483", "622262", "621799", "622188", "622909", "622622", "623058", "622630",
             "622690", "622666", "625965", "628288", "621785", "622150"]


def luhn_complete(prefix_and_body):
    digits = [int(c) for c in prefix_and_body]
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return prefix_and_body + str((10 - tot % 10) % 10)


def bank_card():
    ln = R.choice([16, 19, 19])
    p = R.choice(CARD_PREF)
    body = p + "".join(R.choice("0123456789") for _ in range(ln - len(p) - 1))
    c = luhn_complete(body)
    r = R.random()
    if r < 0.35:
        v = c
    elif r < 0.65:
        v = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif r < 0.85:
        v = "/".join(c[i:i + 4] for i in range(0, len(c), 4))
    else:
        v = c[:6] + " " + c[6:]
    return v, v


MAIL_DOM = ["163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com",
            "139.com", "yeah.net", "hotmail.com", "aliyun.com", "sohu.com"]
PY_SYL = ("zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
          "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang "
          "yu du ye cheng wei su lv ding ren lu yao shen zhong jiang cui tan").split()
GIV_SYL = "wei min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu lan hua fang na hao yu xin yi".split()


def email():
    r = R.random()
    if r < 0.3:
        v = str(R.randint(10000, 2999999999)) + "@qq.com"
    else:
        local = R.choice(PY_SYL) + R.choice(["", ".", "_"]) + R.choice(GIV_SYL) + R.choice(["", str(R.randint(1, 99)), str(R.randint(1970, 2005))])
        v = local + "@" + R.choice(MAIL_DOM)
    return v, v


CITIES_ADDR = [("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城回族区"]),
               ("广东省", "深圳市", ["南山区", "宝安区", "龙岗区", "福田区"]),
               ("四川省", "成都市", ["武侯区", "锦江区", "成华区", "郫都区"]),
               ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
               ("山东省", "济南市", ["历下区", "槐荫区", "天桥区"]),
               ("江苏省", "南京市", ["鼓楼区", "秦淮区", "江宁区"]),
               ("浙江省", "杭州市", ["西湖区", "余杭区", "拱墅区"]),
               ("河北省", "石家庄市", ["长安区", "裕华区", "新华区"]),
               ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
               ("陕西省", "西安市", ["雁塔区", "未央区", "碑林区"]),
               ("安徽省", "合肥市", ["蜀山区", "包河区", "瑶海区"]),
               ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]),
               ("辽宁省", "沈阳市", ["和平区", "铁西区", "皇姑区"]),
               ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区"]),
               ("广西壮族自治区", "南宁市", ["青秀区", "兴宁区", "西乡塘区"])]
ROADS = ["文化路", "建设路", "人民路", "解放路", "中山路", "科技路", "花园路", "纬五路", "长江路",
         "黄河路", "东风路", "朝阳路", "新华路", "青年路", "光明路", "学府路", "迎宾大道", "工业路"]
ESTATES = ["阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "幸福里", "绿城百合公寓", "万科城", "碧桂园",
           "和谐家园", "御景湾", "馨园小区", "书香名邸", "滨江一号", "东方今典", "龙湖春江郦城", "恒大绿洲"]
COUNTIES = [("河南省周口市", "沈丘县", "付井镇"), ("山东省菏泽市", "曹县", "青菏镇"), ("安徽省阜阳市", "临泉县", "姜寨镇"),
            ("四川省南充市", "仪陇县", "金城镇"), ("湖南省邵阳市", "隆回县", "桃洪镇"), ("江西省赣州市", "于都县", "岭背镇"),
            ("河北省邯郸市", "大名县", "万堤镇"), ("贵州省毕节市", "威宁县", "草海镇")]
VILLAGES = ["前进村", "后李庄村", "新和村", "红星村", "大王庄村", "杨树湾村", "东关村", "柳林村"]


def address():
    r = R.random()
    p, c, ds = R.choice(CITIES_ADDR)
    d = R.choice(ds)
    road = R.choice(ROADS)
    est = R.choice(ESTATES)
    b, u, rm = R.randint(1, 32), R.randint(1, 6), R.randint(1, 33) * 100 + R.randint(1, 4)
    if r < 0.22:
        v = f"{p}{c}{d}{road}{R.randint(1, 300)}号{est}{b}栋{u}单元{rm}室"
    elif r < 0.38:
        v = f"{c}{d} {road}{R.randint(1, 300)}号 {est} {b}栋{u}单元{rm}"
    elif r < 0.5:
        v = f"{d}{est}{b}号楼{u}单元{rm}室"
    elif r < 0.6:
        v = f"{c}{d}{road}{R.randint(1, 300)}号院{b}号楼{u}门{rm}"
    elif r < 0.7:
        v = f"{est} {b}-{u}-{rm}"
    elif r < 0.82:
        pc, cty, town = R.choice(COUNTIES)
        v = f"{pc}{cty}{town}{R.choice(VILLAGES)}{R.randint(1, 12)}组{R.randint(1, 80)}号"
    elif r < 0.9:
        pc, cty, town = R.choice(COUNTIES)
        v = f"{cty} {town} {R.choice(VILLAGES)} {R.randint(1, 12)}组"
    else:
        v = f"{c}{d}{road}{R.randint(1, 300)}号{R.choice(['科技大厦', '金融中心', '国贸大厦', '创业园'])}{R.choice('ABCD')}座{R.randint(2, 30)}层{R.randint(1, 20):02d}室"
    return v, v


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate():
    p = R.choice(PLATE_PROV) + R.choice("ABCDEFGHJK")
    if R.random() < 0.25:
        tail = R.choice("DF") + "".join(R.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(R.choice(PLATE_L + "0123456789" * 2) for _ in range(5))
    sep = R.choice(["", "", "·", " ", "-"])
    v = p + sep + tail
    return v, v


def qq():
    v = str(R.randint(10000, 3999999999))
    return v, v


def wechat():
    r = R.random()
    if r < 0.35:
        v = "wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(R.randint(10, 14)))
    elif r < 0.7:
        v = R.choice(PY_SYL) + R.choice(GIV_SYL) + R.choice(["_", "", "-"]) + str(R.randint(1, 9999))
    else:
        v = R.choice(["a", "lucky", "sunny", "tom", "xiao", "kk", "vv"]) + R.choice(PY_SYL) + str(R.randint(100, 99999))
    return v, v


def account():
    r = R.random()
    if r < 0.35:
        v = "HT" + str(R.randint(2024, 2026)) + "".join(R.choice("0123456789") for _ in range(10))
    elif r < 0.6:
        v = "JK" + "".join(R.choice("0123456789") for _ in range(14))
    elif r < 0.8:
        v = "2088" + "".join(R.choice("0123456789") for _ in range(12))
    else:
        v = R.choice(["CS", "HN", "TJ", "GZ"]) + str(R.randint(1000, 99999))
    return v, v


def staff_no():
    v = R.choice(["CS", "HN", "TJ", "GZ", "WH", ""]) + str(R.randint(1000, 99999))
    return v, v


# ---------------------------------------------------------------- fillers
PLATS = ["分期乐", "安逸花", "美团借钱", "京东金条", "360借条", "度小满", "招联金融", "拍拍贷", "你我贷",
         "借呗", "微粒贷", "桔子分期", "小赢卡贷", "洋钱罐", "宜人贷", "众安小贷", "还呗", "榕树贷款",
         "信用飞", "国美易卡", "携程金融", "中原消费金融", "马上消费金融", "捷信"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "浦发银行", "中信银行",
         "民生银行", "光大银行", "平安银行", "兴业银行", "广发银行", "华夏银行", "邮储银行"]
COMPANIES = ["鼎信资产管理有限公司", "恒泰信息咨询有限公司", "瑞达商务服务有限公司", "中诚调解中心",
             "汇融法务服务有限公司", "鑫源催收外包公司", "金谷律师事务所", "正和律师事务所"]
CITIES = ["北京", "上海", "广州", "深圳", "天津", "重庆", "成都", "武汉", "郑州", "石家庄", "常州", "苏州",
          "杭州", "南京", "合肥", "长沙", "南昌", "济南", "青岛", "西安", "太原", "沈阳", "长春", "哈尔滨",
          "昆明", "贵阳", "南宁", "海口", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "呼和浩特", "福州",
          "厦门", "宁波", "温州", "无锡", "徐州", "扬州", "泉州", "东莞", "佛山", "珠海", "洛阳", "开封",
          "周口", "商丘", "信阳", "南阳", "邯郸", "保定", "唐山", "廊坊", "大连", "烟台", "潍坊", "临沂",
          "绵阳", "宜宾", "遵义", "柳州", "桂林", "赣州", "九江", "芜湖", "蚌埠", "阜阳", "黄冈", "宜昌",
          "襄阳", "岳阳", "常德", "株洲", "衡阳", "汕头", "湛江", "江门", "惠州", "金华", "嘉兴", "绍兴",
          "台州", "湖州", "泰州", "盐城", "淮安", "连云港", "镇江", "宿迁"]


def amount():
    r = R.random()
    if r < 0.4:
        return f"{R.randint(3, 980) * 10}元"
    if r < 0.6:
        return f"{R.randint(1, 98) * 100 + R.randint(0, 99) / 100:.2f}元"
    if r < 0.75:
        return f"{R.randint(1, 30)}万"
    if r < 0.88:
        return f"{R.randint(1, 9)}千{R.choice(['', '多', '五'])}"
    return f"¥{R.randint(500, 80000):,}"


def date():
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = R.choice([2025, 2026])
    return R.choice([f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}年{m}月{d}日", f"{y}/{m}/{d}",
                     f"{m}.{d}", f"{m}月{d}号"])


def ttime():
    h, mi = R.randint(7, 23), R.randint(0, 59)
    return R.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}",
                     f"{'上午' if h < 12 else '下午'}{h if h <= 12 else h - 12}点{mi}分"])


FILL = {
    "AMT": amount, "AMT2": amount, "DATE": date, "DATE2": date, "TIME": ttime, "TIME2": ttime,
    "DAYS": lambda: str(R.randint(3, 420)),
    "CNT": lambda: str(R.randint(2, 19)),
    "PLAT": lambda: R.choice(PLATS), "BANK": lambda: R.choice(BANKS), "CO": lambda: R.choice(COMPANIES),
    "CITY": lambda: R.choice(CITIES), "NO": lambda: f"{R.randint(1, 9999):04d}",
}
PII_GEN = {"PH": ("phone", phone), "PH2": ("phone", phone), "GW": ("phone", gateway_phone),
           "LL": ("phone", landline), "ID": ("id_number", id_number), "CARD": ("bank_card", bank_card),
           "EM": ("email", email), "ADDR": ("address", address), "ADDR2": ("address", address), "PL": ("plate", plate),
           "QQ": ("qq", qq), "WX": ("wechat", wechat), "ACC": ("account", account),
           "GH": ("account", staff_no)}
NAME_SLOTS = {"A": GENERIC_MIX, "B": GENERIC_MIX, "C": GENERIC_MIX, "D": GENERIC_MIX,
              "HA": HAN_MIX, "HB": HAN_MIX, "TA": [("tw", 1)], "TB": [("tw", 1)], "TC": [("tw", 1)],
              "PA": [("pinyin", 1)], "PB": [("pinyin", 1)], "EA": [("en", 1)], "EB": [("en", 1)],
              "MA": [("minority", 1)], "MB": [("minority", 1)]}
SURNAME_SLOTS = {"SA": "HA", "SB": "HB", "STA": "TA"}

# ---------------------------------------------------------------- templates
# Each group: list of templates.  {A} etc. are labelled names; {SA} is the bare
# surname of {HA} (unlabelled back-reference); other slots as in PII_GEN/FILL.
G = {}
G["imp"] = [
    "案情简述：当事人{A}于{DATE}在{PLAT}借款{AMT}，逾期{DAYS}天后，对方多次致电其母亲{B}及同事{C}，并在家族群里发布其照片。",
    "案情简述：{A}称{DATE}起每天接到十几个电话，对方自称{CO}的{B}，声称已经立案，要求当天还清{AMT}。",
    "投诉摘要｜投诉人：{A}｜被投诉方：{PLAT}｜诉求：停止骚扰紧急联系人{B}，核减违约金",
    "投诉摘要：{A}反映{PLAT}委托的第三方以“上门走访”为名到其单位，找到主管{B}索要还款。",
    "投诉摘要 投诉人{A} 联系方式{PH} 被投诉人{PLAT} 事由：催收员{B}辱骂、威胁张贴欠款公告",
    "证据记录 {DATE} {TIME} 来电{PH} 对方自称{A}，说下周就去我老家。",
    "{DATE} {TIME}｜{PH}｜{A}打来，说{B}是担保人，也要一起还",
    "{DATE} {TIME} 未接来电 {PH}；{TIME2} 短信，落款{A}",
    "{DATE}  {TIME}  {LL}  {A}  说是{CITY}法院的，要我加微信{WX}",
    "志愿者备注：来访人{A}情绪激动，称其丈夫{B}已被{PLAT}起诉，建议先核实案号。",
    "志愿者备注（{DATE}）：{A}本人未到，由其女儿{B}代为咨询，已告知12378投诉渠道。",
    "备注：{A}周末方便接电话，工作日白天不要打。",
    "{A},{PH},{PLAT},{AMT},已逾期{DAYS}天",
    "{A},{B},配偶,{PH},已被催收联系",
    "编号A-{NO}；姓名{A}；关系：本人；联系人{B}（配偶）；备注：严重焦虑，需要回访",
    "回访记录：{DATE}电话回访{A}，本人表示已与{PLAT}协商成功。经办：{B}",
    "案件来源：热线转介。{A}反映，{PLAT}催收员{B}冒充律师，威胁“今天不还明天就执行”。",
    "【导入】{DATE} 借款人{A} 担保人{B} 金额{AMT} 平台{PLAT}",
    "序号{NO}　{A}　{BANK}信用卡　欠款{AMT}　已协商",
    "当事人：{A}\n对方：{PLAT}（外包{CO}）\n经过：{DATE}对方给{B}、{C}发短信，说我诈骗。",
    "咨询人：{A}　性别：{SEX}　地址：{ADDR}\n问题：对方要去村里张贴公告，能不能报警？",
    "跟进人{A}：已帮当事人{B}写好投诉信，明天寄到{CITY}金融监管局。",
    "案情：{A}与{B}系夫妻，{DATE}共同在{PLAT}借款，现{B}失业，无力还款。",
    "情况说明\n本人{A}，身份证号{ID}，在{PLAT}的借款因疫情失业逾期，对方威胁要通知我单位领导{B}。",
    "事件时间线：\n{DATE} 第一次逾期\n{DATE2} {A}打电话给我妈\n之后 又联系了我表姐{B}",
    "{DATE}{TIME}，{A}来电，号码{PH}，通话4分32秒，内容：要求今天下午五点前还{AMT}。",
    "证据{NO}：{A}发来的短信截图（{DATE}），内容提到黄金周前必须结清。",
    "证据清单：1.通话录音（{A}）2.短信截图（{B}）3.微信聊天记录（{WX}）",
    "记录人：{A}　日期：{DATE}\n今天又有人给{B}打电话，说我欠钱不还，语气很凶。",
    "工单{NO}　诉求人{A}　涉及人员：{B}、{C}　状态：待处理",
    "志愿者{A}：这个案子我跟过，{B}那边已经还了本金，剩下的是违约金。",
    "备注：当事人称，对方催收员{A}自称“王牌调解员”，说高度重视这个案子。",
    "来访登记\n姓名：{A}\n电话：{PH}\n事项：{PLAT}暴力催收\n陪同人：{B}",
    "案情摘要：借款人{A}（{CITY}人）名下共{CNT}笔网贷，目前{PLAT}的一笔已起诉，担保人{B}收到了传票。",
    "问题描述：对方把我的通讯录打了个遍，{A}、{B}都说接到了，安全起见我换了号码。",
    "咨询记录｜{DATE}｜来电人{A}｜代{B}咨询｜答复：先别转账，核实对方身份",
    "投诉内容：{PLAT}的催收员以{A}的名义给我老家{ADDR}寄了律师函，但查无此律师。",
    "{A}（本人）/{B}（母亲）/{C}（同事）均接到骚扰电话，时间集中在{DATE}前后。",
    "情况补充：{A}已于{DATE}还款{AMT}，对方仍然每天给{B}打电话。",
    "当事人自述：我叫{A}，在{CITY}打工，借了{AMT}，现在利息滚到了{AMT2}。",
    "跟进记录 {DATE}\n已联系{A}，告知其向{CITY}市场监管局投诉；{A}表示会保留证据。",
    "案件备注：{A}的车（{PL}）被对方拍照发到了群里。",
    "案情：对方通过QQ{QQ}联系{A}，自称是{BANK}法务部的{B}。",
    "情况：{A}的邮箱{EM}收到“起诉通知书”，落款{CITY}仲裁委员会{B}。",
    "对接人{A}说，{B}这个案子严重逾期，金额不大，可以先协商。",
]
G["chat"] = [
    "{A} 10:32\n你今天必须把钱还上\n{B} 10:35\n我已经在凑了，周末前给你",
    "{A} {TIME}\n别装死，我们已经联系了你单位\n我 {TIME2}\n请你不要打到我单位",
    "[{DATE} {TIME}] {A}: 还款的事你想好了没有\n[{DATE} {TIME2}] {B}: 再宽限几天",
    "{A}  {DATE} {TIME}\n今天不处理就上门\n{A}  {DATE} {TIME2}\n地址我们都有了",
    "—— 聊天记录 ——\n{A}：你是不是{B}的家属\n我：我不认识这个人\n{A}：那你帮忙转告一下",
    "{A}（{WX}）：截图我都存好了\n我：随便你",
    "群聊“还款沟通群”的聊天记录\n{A}：@{B} 出来说话\n{C}：他不在",
    "{A}撤回了一条消息\n{A}：你妈{B}的电话是这个吧{PH}",
    "{A} 邀请 {B} 加入了群聊\n{A}：大家看看这个人，借钱不还",
    "以下为聊天导出\n{A} 21:03\n你到底什么时候还\n{B} 21:10\n下个月发工资",
    "{A}:\n明天早上九点前\n{A}:\n不然后果自负",
    "{DATE}\n{A} 说：我是{PLAT}的，你的事情很严重\n{B} 说：我会处理",
    "{A}\n{TIME}\n你的案件已经转到{CITY}了\n{A}\n{TIME2}\n请你高度重视",
    "我和{A}的聊天：\n我：能不能分期？\n{A}：不行，全额。",
    "{A}：{B}是你什么人\n我：同事\n{A}：让他提醒你一下",
    "{A} 向你转账{AMT}\n{A}：先还这些，剩下的周末给",
    "{A} 09:12\n{PLAT}的人又找{B}了\n{C} 09:15\n我也接到了",
    "聊天记录（{DATE}）\n对方：你认识{A}吗\n我：不认识\n对方：那{B}呢",
    "「{A}」拍了拍你\n{A}：在吗？还钱的事",
    "{A}(QQ {QQ}) {TIME}\n你跑不掉的",
    "{A} 昨天 22:41\n我是{CO}的，你的账户已经严重逾期",
    "{A}已退出群聊\n{B}：他欠我的钱还没还",
]
G["cue"] = [
    "通知{A}：您在{PLAT}的借款已逾期{DAYS}天，请于今日内处理。",
    "通知：{A}，你的欠款已移交法务部。",
    "紧急通知 {A} 你的案件明天上会",
    "致{A}：我司受{PLAT}委托，依法对您的欠款进行催收。",
    "致：{A}女士 关于您在{BANK}信用卡欠款{AMT}的提示函",
    "请转告{A}尽快回电，否则后果自负。",
    "麻烦转告{A}，{PLAT}的账单今天到期。",
    "转告：{A}，今天下午有人上门核实情况。",
    "抄送：{A}、{B}",
    "抄送{A} {B} {C}",
    "经办人{A}　联系电话{PH}",
    "经办：{A}（{CO}）",
    "经办人：{A}；复核人：{B}",
    "联系人{A} {PH}",
    "联系人：{A}（配偶）{PH}",
    "紧急联系人{A}，关系：朋友",
    "借款人{A}，担保人{B}，请二位于{DATE}前到{CITY}办理结清手续。",
    "借款人：{A}（身份证号{ID}）",
    "借款人 {A} 欠款 {AMT} 逾期 {DAYS} 天",
    "担保人{A}您好，借款人{B}已严重逾期。",
    "担保人：{A}，请尽快督促借款人还款。",
    "收件人：{A}　电话：{PH}　地址：{ADDR}",
    "收款人{A}，{BANK}，卡号{CARD}",
    "户名{A} 账号{CARD}",
    "委托人{A}委托本所向您发出律师函。",
    "联系人{A}说她也不知道{B}去哪了",
    "通知人{A}　被通知人{B}",
    "申请人：{A}\n被申请人：{PLAT}",
    "致借款人{A}及其家属{B}：",
    "请{A}于三日内联系{CO}，电话{LL}。",
]
G["pos"] = [
    "{A}，你再不还钱我们就上门了。",
    "{A}欠{AMT}到现在没还，你是他朋友你也有责任。",
    "{A}这个人你认识吧",
    "{A}上个月说好还的",
    "{A}你躲得了初一躲不过十五",
    "他们说如果今天还不上就去找{A}",
    "这些电话全都打给了{A}",
    "短信最后的署名是{A}",
    "我怀疑这个号码的主人就是{A}",
    "昨天打电话的那个女的，好像叫{A}",
    "{A}、{B}、{C}都接到了电话",
    "{A}、{B}都被他们拉进了群",
    "{A}，{B}，还有我妈，全都被打了一遍",
    "{A}/{B}/{C}",
    "{A} {B} {C} 这三个人都是我的联系人",
    "{A} {B}",
    "{A}、{B}",
    "名单：{A}，{B}，{C}，{D}",
    "被骚扰的人：{A}/{B}",
    "我通讯录里的{A}、{B}也收到了短信，周末都没消停。",
    "这件事只有{A}知道",
    "钱是借给{A}的，不是我",
    "对方说，你不还，{A}就得还。",
    "谁是{A}？我根本不认识",
    "有个叫{A}的说是我担保人",
    "前后一共三个人打过来：{A}，{B}，{C}。",
    "我已经把{A}和{B}都拉黑了",
    "第一个是{A}，第二个是{B}",
    "打来的人自称{A}，后来又换成{B}",
    "王牌调解员{A}，号称专治老赖",
    "{A}在常州上班，周末才回来",
    "{A}的钱包被偷了，身份证也在里面",
    "{A}说石家庄那边的法院已经立案了",
    "李子园的{A}也被他们打过电话",
    "{A}，白天方便接电话吗",
    "黄金周的时候{A}回老家了",
    "严重逾期的是{A}，不是我",
    "安全起见，{A}把手机关了",
    "司法所的{A}说这事他们管不了",
    "任务是{A}派下来的，催收员这么说的",
]
G["quote"] = [
    "他们发的短信原文：“【{PLAT}】{A}你好，你欠款{AMT}已逾期{DAYS}天，再不处理将联系{B}。”",
    "短信内容：“{A}先生，我司将于{DATE}派外访人员{B}上门核实，请在家等候。”",
    "收到一条：“{A}，你的案件已移交{CITY}，请高度重视，联系人{B}。”",
    "对方原话：“我是{A}，你那笔钱今天必须到账”",
    "“{A}，再不还钱，我们就把你的照片发到你们小区”——这是今天收到的",
    "“你好，这里是{CO}，请问是{A}吗？”",
    "【催收通知】{A}：您名下欠款{AMT}，如今日未还清，将通知担保人{B}。",
    "他在短信里说“我们已经联系了{A}和{B}，他们都知道你欠钱了”",
    "【{BANK}】尊敬的{A}客户，您尾号{NO}的信用卡已逾期，请尽快还款。",
    "【{PLAT}】{A}，您的借款已严重逾期，我司将依法追偿。回T退订",
    "发件人：{GW}\n内容：{A}你好，我是{PLAT}法务{B}，请回电。",
    "收到短信：“{A}的家属您好，请提醒{A}尽快还款，否则后果严重。”",
    "原文如下：\n“{A}：今天下午三点前不还，明天就去你老家”",
    "对方发来：“不要以为换了号码就找不到你，{A}。”",
    "他们群发给我通讯录的内容：“{A}欠钱不还，大家小心”",
    "短信：{A}您好，您的欠款已进入司法程序，详询{LL}。",
    "“我是{CO}调解员{A}，工号{GH}，请您配合。”",
    "那条短信写着“{A}，您的逾期记录将上报征信”",
    "对方微信发来语音，转文字是：“{A}你听着，我们明天去你单位找{B}”",
    "【律师函】致{A}：受{PLAT}委托……律师：{B}",
    "短信说“{A}，你的邮箱{EM}已收到起诉材料”",
    "【温馨提示】{A}您好，您本期账单{AMT}，请于{DATE}前还款。",
    "截图文字：{A}，我们已经查到你的住址{ADDR}",
    "“{A}的车{PL}我们已经找到了，准备拖车”",
    "对方：“{A}，你妈{B}的电话我们有”",
]
G["verb"] = [
    "{A}说明天会把钱打过来",
    "{A}借了{AMT}，拿我的身份证借的",
    "{A}打来说我再不还就起诉",
    "{A}欠我{AMT}，我想起诉他",
    "{A}昨天打来，说要张贴公告",
    "{A}告诉我对方已经去过她单位了",
    "{A}借的钱为什么找我还",
    "{A}答应周末前还一半",
    "{A}打了四次，我都没接",
    "{A}欠{PLAT}的钱，关我什么事",
    "{A}说他是{CITY}法院的",
    "{A}发短信骂我，还说要找{B}",
    "{A}借了我的手机号去注册",
    "{A}又打来了，这次换了个号码{PH}",
    "{A}欠的钱{B}替他还了一部分",
    "刚才{A}打来问{B}在哪",
    "我妈说{A}打来过",
    "{A}讲这个月底之前必须全额还清",
    "{A}问我认不认识{B}",
    "{A}已经还了，{B}还没还",
    "{A}威胁我说要告到我们单位",
    "{A}骂了我半个小时",
    "{A}打来那天正好是周末",
    "{A}欠的是江湖上的钱，利息高得吓人",
    "{A}说金额不对，要重新算",
]
G["title"] = [
    "{A}总，您好，关于{B}的欠款我们想跟您沟通一下",
    "我们单位{A}经理接到了电话",
    "孩子班主任{A}老师也被打电话了",
    "对方请的{A}律师说可以和解",
    "楼下的{A}阿姨说有人来敲过门",
    "{HA}经理，也就是我们老板，被他们骚扰了一上午，现在{SA}经理很生气。",
    "小{SA}，就是{HA}，他是我同事，电话被打爆了",
    "老{SA}（{HA}）说再打就报警",
    "{HA}，我们都叫他老{SA}，他说不认识催收的人",
    "{A}老师，您好，我是您学生的家长",
    "{A}律师函上说限期七日",
    "{A}阿姨你别担心，钱我会还的",
    "{A}经理说可以减免一部分利息",
    "{HA}总（大家叫{SA}总）接到电话后把我叫去办公室",
    "{A}主任说村里不会配合他们张贴",
    "我问了{A}律师，他说这是违法的",
    "{A}师傅是我们车队的，他的车{PL}也被拍了",
    "我们公司{A}总，还有财务{B}",
    "{HA}大姐，就是我们说的{SA}姐，也被拉进群了",
    "{A}警官说可以先报警备案",
    "{A}医生，对不起，他们打到您那里了",
    "{A}同学，你的电话也被他们要走了",
]
G["trad"] = [
    "{TA}您好，您於{BANK}的信用卡已逾期{DAYS}天，請盡速繳款。",
    "{TA}說他下禮拜會還錢",
    "催收的人打給{TA}和{TB}，說我欠錢不還",
    "我媽{TA}接到電話，對方很兇",
    "通知{TA}：您的帳款已轉交法務單位處理。",
    "{TA}、{TB}、{TC}都被騷擾了",
    "緊急聯絡人{TA}，電話{PH}",
    "{TA}先生，您的貸款已嚴重逾期，本公司將依法處理。",
    "{TA}欠了{AMT}，現在利息越滾越多",
    "請轉告{TA}盡快回電",
    "{TA}打來說要去我公司找主管{TB}",
    "【簡訊】{TA}您好，您本期應繳金額{AMT}，如已繳納請忽略。",
    "我同事{TA}也收到了簡訊",
    "{TA} 10:20\n你什麼時候還錢\n{TB} 10:25\n下週一",
    "借款人：{TA}\n保證人：{TB}",
    "{TA}律師說這種催收方式違法",
    "記錄：{DATE} {TIME} {TA}來電，說週末會上門",
    "{TA}經理說可以協商分期",
    "對方自稱是{TA}，說是從{CITY}打來的",
    "{TA}／{TB}",
]
G["latin"] = [
    "Hi {PA}, your loan at {PLAT} is {DAYS} days overdue. Please repay today.",
    "{PA}是我室友，他们打给了他",
    "我同事{EA}说她也收到了短信",
    "Dear {PA}，您的账单已出，请按时还款",
    "邮件落款：{PA}\n{CO} Collection Team",
    "To: {PA}\nRe: 还款提醒",
    "发件人 {EA} <{EM}>",
    "催收的英文名叫{EA}，中文名叫{HA}",
    "{PA}、{PB}都被打了电话",
    "{EA}打来说是外资银行的",
    "这个叫{EA}的人说他在{CITY}",
    "{PA}欠了{AMT}没还",
    "我老板{EA}也接到电话了",
    "From: {PA}\nSubject: Final notice",
    "{PA} {PB} {EA}",
    "短信署名{PA}，号码{PH}",
    "微信名叫{PA}，微信号{WX}",
    "Hello {EA}, this is a reminder from {PLAT}.",
]
G["minor"] = [
    "{MA}说她也收到了",
    "我室友{MA}的电话被打爆了",
    "{MA}、{MB}都是我的同学",
    "借款人{MA}，欠款{AMT}",
    "{MA}欠{PLAT}的钱",
    "通知{MA}：请尽快还款",
    "{MA}打来说他是调解员",
    "{MA} {TIME}\n你的事情我们会上报",
]
G["other"] = [
    "来电号码{PH}，每天打七八次",
    "对方的号码是{PH}，还有一个{PH2}",
    "发件号码{GW}",
    "{GW}发来：您的欠款已逾期",
    "座机{LL}打来的，说是法务部",
    "这个号码{LL}是不是真的法院",
    "我的身份证号{ID}被他们拿去借了钱",
    "他们发了一个身份证号{ID}，说是我的",
    "收款卡号{CARD}，让我转到这个卡上",
    "对方给的账户{CARD}，开户行{BANK}",
    "卡号：{CARD}",
    "他们往{EM}发了一封律师函",
    "我的邮箱{EM}每天收到催款邮件",
    "说要上门到{ADDR}",
    "地址：{ADDR}",
    "他们说已经查到我家在{ADDR}",
    "车牌{PL}的车被拍了照片",
    "说要拖走我的车{PL}",
    "加了一个QQ{QQ}，对方自称客服",
    "扣扣号{QQ}",
    "对方微信号{WX}",
    "vx：{WX}，让我加他",
    "合同编号{ACC}",
    "支付宝账号{PH}，对方让我转到这里",
    "{DATE} {TIME} {PH} 未接\n{DATE2} {TIME2} {PH2} 通话2分钟",
    "证据：号码{PH}，时间{DATE} {TIME}",
    "来电：{LL}；短信：{GW}",
    "身份证：{ID}\n手机：{PH}",
    "户籍地址{ADDR}，现住址也被他们知道了",
    "投诉号码：{PH}（自称{PLAT}）",
    "今天{TIME}，{PH}发短信说要起诉",
    "对方自称工号{GH}",
    "邮寄地址：{ADDR}，收件电话{PH}",
    "QQ邮箱{EM}，QQ号{QQ}",
    "车{PL}停在{ADDR}楼下",
    "借款合同号{ACC}，身份证{ID}",
    "他们用我的身份证号{ID}注册了{PLAT}",
    "转账到{CARD}，备注还款",
    "扣款卡{CARD}，扣了{AMT}",
    "借款编号：{ACC}；收款账户：{CARD}",
    "会员号{ACC}，每月扣{AMT}",
    "对方让我加QQ群，管理员QQ{QQ}，微信{WX}",
    "电话{PH}，邮箱{EM}",
    "{DATE} {TIME}\n{GW}\n您的借款已逾期，请速还款",
    "现住址：{ADDR}\n户籍地：{ADDR2}",
]
G["none"] = [
    "周末也在打电话，方便的时候我想问问怎么投诉",
    "他们说要在村里张贴公告，这是违法的吗",
    "严重逾期会不会坐牢",
    "催收说要把材料寄到石家庄的法院",
    "常州的一个号码打来的，说是司法所",
    "安全起见我没有点那个链接",
    "金额对不上，他们多算了两千多",
    "黄金周期间他们也不停",
    "王牌调解员是什么意思",
    "对方说高度重视，让我今天处理",
    "白天上班不方便接电话",
    "他们说我的钱包里的钱不够还",
    "文明催收就是这样的吗",
    "江湖救急借的钱，现在利滚利",
    "任务完不成他们就天天打",
    "李子熟了我才有钱还",
    "小王又打来了，说老张那边也联系过",
    "王总说再给一周时间",
    "催收员自称姓周，没说全名",
    "请问一下，宋体打印的律师函是真的吗",
    "于是我就把电话关机了",
    "余额不足，扣款失败",
    "程序上他们能直接起诉吗",
    "向法院申请诉前调解需要什么材料",
    "马上要过年了，能不能先停息挂账",
    "钱款已经还清，征信还没更新",
    "高利贷不受法律保护吧",
    "万一他们真的上门怎么办",
    "金条逾期三天打了二十个电话",
    "林业局的工资卡被冻结了吗",
    "温馨提示：本月账单已出",
    "平安夜都在催债",
    "建国以来就有这种规定吗",
    "郑重声明：本人从未授权任何人代为还款",
    "陈述事实的时候要注意什么",
    "何时能恢复征信",
    "曾经逾期过一次，还能贷款吗",
    "常规的催收流程是怎样的",
    "章程里写了不能骚扰第三人",
    "司法鉴定需要多少钱",
    "任何人都不能泄露借款人信息",
    "周转不开，先还最低还款额可以吗",
    "黄金回收的钱够还一部分",
    "明天上午十点，他们说要上门",
    "石家庄市中级人民法院的电话是多少",
    "{PLAT}周末也打电话，方便的时候我想问一下怎么处理",
    "{CITY}的号码说要在我家门口张贴公告",
    "逾期{DAYS}天，金额{AMT}，算严重逾期吗",
    "{PLAT}说高度重视我的案子，{DATE}之前要结清",
    "{BANK}信用卡中心白天打了{DAYS}次",
    "黄金周前后{PLAT}一直在打，金额{AMT}",
    "安全起见，{PLAT}的链接我没点",
    "催收员说自己是王牌团队，{CITY}总部的",
    "{DATE}收到{PLAT}的短信，说要走司法程序",
    "任务分配到{CITY}的外包公司了，他们说的",
    "常州那边的律所说{DATE}前不还就起诉",
    "钱包里只剩{AMT}，{PLAT}要我今天还{AMT2}",
    "{PLAT}的文明催收承诺根本没做到",
    "江湖救急借了{AMT}，现在要还{AMT2}",
    "石家庄{PLAT}的办事处是真的吗",
    "周末{TIME}还在打，我想投诉{PLAT}",
    "严重影响生活，{PLAT}一天打{DAYS}个电话",
    "小张说{PLAT}那边可以协商，老李不信",
    "王经理说{DATE}之前给答复",
    "李总那边的电话也被打了",
    "张阿姨说楼下有人问我住哪",
    "{BANK}的客服说可以停息挂账，金额{AMT}",
    "向{CITY}金融监管局投诉需要什么材料",
    "{CITY}仲裁委的仲裁书是真的吗",
    "高峰期打来的电话没接到，{PLAT}就发短信威胁",
    "明天{TIME}要去{CITY}法院调解",
    "白条逾期{DAYS}天了，额度{AMT}",
    "余额{AMT}，不够扣{PLAT}的月供",
    "马上消费金融{DATE}的短信说要上门",
    "于是{PLAT}又开始打我紧急联系人",
    "方便问一下，{PLAT}的服务费{AMT}合法吗",
    "{PLAT}说我的案子已经转到司法部门，真的假的",
    "金额{AMT}，逾期{DAYS}天，{PLAT}要求全额还款",
    "周总是谁？短信落款就两个字“周总”",
    "短信落款是“法务部 王主任”，没有全名",
    "催收员说他姓黄，是{CITY}人",
    "{DATE}，{PLAT}，{AMT}，已结清",
    "时间：{DATE} {TIME}　来电：隐藏号码　内容：要求今天还款",
    "志愿者备注：当事人不愿留姓名，{PLAT}欠款{AMT}",
    "投诉摘要：被投诉方{PLAT}，诉求：停止骚扰家人",
    "聊天记录\n对方：今天必须还\n我：我在想办法\n对方：周末前",
    "案情简述：当事人在{PLAT}借款{AMT}，逾期{DAYS}天，对方打给其父母和同事。",
    "{BANK}的王牌产品就是这个分期",
    "高度近视，看不清合同上的字，能不能作废",
    "{PLAT}的人说{CITY}的同事{DATE}会上门",
    "方便的话请在{DATE}前把{AMT}转到官方账户",
    "催收员自称是{CITY}司法所的，要我{TIME}前回电",
    "{CITY}那边的号码，说金额已经涨到{AMT}",
    "{BANK}说周末不上征信，是真的吗",
    "{DATE}{TIME}，{PLAT}来电，要求今天还清，语气严重",
    "安全提示：{BANK}不会以任何理由要求转账到个人账户",
    "{PLAT}的钱包功能被冻结了，余额{AMT}",
    "去{CITY}打工之前借的{PLAT}",
    "任务期限是{DATE}，他们说完不成就升级处理",
]
GROUP_TARGET = [("imp", 185), ("chat", 85), ("cue", 105), ("pos", 115), ("quote", 90), ("verb", 75),
                ("title", 65), ("trad", 50), ("latin", 45), ("minor", 25), ("other", 90), ("none", 100)]

SEXES = ["男", "女"]

# ---------------------------------------------------------------- preserve
W_SURNAME = ("王牌 王国 王者 王府井 李子 张贴 张开 张罗 张望 刘海 陈述 陈旧 陈列 杨柳 杨梅 黄金 "
             "黄金周 黄昏 黄牛 周末 周期 周到 周转 周围 周年 徐徐 孙子 马上 马虎 马路 马甲 朱红 "
             "胡同 胡说 胡乱 林业 林场 何时 何必 何况 高度 高兴 高利贷 高速 高峰期 高考 罗列 郑重 "
             "梁山 谢谢 宋体 许可 许多 韩国 曾经 田地 田园 董事 于是 余额 余款 叶子 杜绝 苏州 程序 "
             "丁点 沈阳 任务 任何 钟表 钟点 姜汤 范围 范本 汪洋 陆续 金额 金条 金融 石家庄 石头 "
             "夏天 夏季 方便 方案 方式 方法 熊猫 秦岭 白天 白条 白纸黑字 江湖 江苏 江西 段落 雷雨 "
             "黎明 史上 龙头 陶瓷 贺卡 顾客 毛病 万元 万一 钱包 钱款 严重 严格 赖账 洪水 武汉 "
             "莫名其妙 孔子 汤圆 向法院 常州 常规 常用 康复 施工 文明 牛奶 邢台 安全 安排 齐全 "
             "乔迁 庞大 颜色 庄稼 章程 鲁莽 岳父 殷切 申请 欧元 耿直 关于 关注 兰州 焦虑 左右 柳树 "
             "甘肃 祝福 包括 宁可 尚未 符合 舒服 纪律 梅花 童年 凌晨 毕业 单位 季度 涂改 成本 苗头 "
             "谷底 盛情 曲线 骆驼 蓝色 路费 游戏 辛苦 司法 时间 明天 和解 全额 平安 国家 原告 信用 "
             "利息 都市 相关 来电 海南 强制执行 云南 初步 门口 干部 但是 元旦 智能 展开 富裕 由于 "
             "车辆 车贷 冯唐易老 韦编三绝 邹城 蒋家 卢沟桥 魏晋 吕梁 潘家园 戴口罩 贾汪 侯马 邵阳 "
             "孟津 秦皇岛 尹庄 薛城 闫家 廖化 邓州 彭城 苗圃 蔡家坡 袁大头 曹县 崔嵬 谭家菜 简单 "
             "简历 连续 连本带利 连云港 项目 卜卦 米饭 花呗 海燕牌 建国路 丽水 静安区 敏感 伟大 "
             "强调 明细 国庆节 华夏银行 宁波 秀水街 红霞满天 桂花树 玉兰花 红梅花 "
             "芳香 娜塔莎 涛声依旧 超过 刚才 平时 辉煌 鹏程万里 飞机 鑫源 波动 "
             "宇宙 凯旋 健康 俊俏 帆船 帅气 旭日 龙门 林荫道 欢迎 佳节 阳台 亮点 成功 建筑 "
             "峰会 晨练 瑞雪 兵马俑 雷达 东边 博物馆 坤包 岩石 利率 楠木 芳邻 敏捷 静音 丽江 艳阳天 "
             "娟秀 霞光 燕子 玲珑 丹东 萍水相逢 红包 英语 梅雨 雪花 慧眼 倩影 琴房 云端 "
             "洁白 柳絮 琳琅满目 欣慰 荣誉 小红书 金凤凰 瑜伽 桂花 凤凰").split()
IDIOMS = ("高枕无忧 马到成功 石沉大海 白纸黑字 钱货两清 安居乐业 江郎才尽 明知故犯 金玉良言 杨柳依依 "
          "黄粱一梦 周而复始 何去何从 于心不忍 程门立雪 任重道远 向死而生 时过境迁 常年累月 方寸大乱 "
          "文过饰非 万无一失 严阵以待 钱可通神 胡言乱语 林林总总 高抬贵手 王顾左右 张冠李戴 李代桃僵 "
          "陈陈相因 赵钱孙李 吴越同舟 孙康映雪 朱门酒肉 马马虎虎 郭外 罗雀掘鼠 梁上君子 宋襄之仁 "
          "唐突 韩信点兵 冯唐易老 曹冲称象 曾几何时 彭泽 萧规曹随 田忌赛马 董狐直笔 袁安卧雪 于事无补 "
          "余音绕梁 叶公好龙 苏武牧羊 程序正义 丁是丁卯是卯 任劳任怨 钟灵毓秀 姜太公钓鱼 范进中举 "
          "陆续到账 金蝉脱壳 石破天惊 戴罪立功 夏虫语冰 毛遂自荐 邹忌讽齐王 熊熊烈火 孟母三迁 "
          "秦晋之好 白头偕老 江河日下 段子 雷厉风行 黎民百姓 史无前例 龙飞凤舞 贺岁 顾全大局 "
          "万众一心 钱财乃身外之物 严于律己 洪福齐天 武断 莫逆之交 孔融让梨 康庄大道 施恩不图报 "
          "文质彬彬 安然无恙 齐心协力 易如反掌 乔装打扮 伍子胥 庞然大物 颜面扫地 倪云林 庄周梦蝶 "
          "章法 鲁班门前弄大斧 岳飞 申冤 关门大吉 左顾右盼 柳暗花明 甘拜下风 祝你好运 包罗万象 "
          "宁为玉碎 尚方宝剑 符合规定 舒舒服服 纪念日 梅开二度 童叟无欺 凌云壮志 毕恭毕敬 单枪匹马 "
          "成千上万 谷贱伤农 盛气凌人 曲高和寡 路不拾遗 游刃有余 辛辛苦苦 明察秋毫 和气生财 "
          "全力以赴 平心而论 国泰民安 信口开河 利欲熏心 相安无事 海纳百川 强人所难 云开雾散 "
          "初来乍到 门可罗雀 干净利落 元气大伤 智者千虑 展翅高飞 富贵不能淫 由浅入深 车水马龙 "
          "简明扼要 连篇累牍 项庄舞剑 米已成炊 花言巧语 刚正不阿 华而不实 东窗事发 雪中送炭 "
          "红红火火 英明果断 兰心蕙质 冷言冷语 温故知新 邢天 蓝天白云 欧洲杯 甄别 封顶 牛刀小试").split()
INSTITUTIONS = ["中国人民银行征信中心", "国家金融监督管理总局", "中国互联网金融协会", "互联网金融举报信息平台",
                "中国银行业协会", "最高人民法院", "最高人民检察院", "公安部刑侦局", "国家反诈中心", "工业和信息化部",
                "12321网络不良与垃圾信息举报受理中心", "消费者权益保护委员会", "法律援助中心", "人民调解委员会",
                "劳动人事争议仲裁委员会", "中国裁判文书网", "中国执行信息公开网", "国家企业信用信息公示系统",
                "司法部12348法律服务热线", "市场监督管理局", "信访局", "公证处", "律师协会", "金融纠纷调解中心",
                "银行业纠纷调解中心", "证券业协会", "派出所", "街道办事处", "居委会", "村委会"]
INST_FRAMES = ["{i}", "可以向{i}反映吗", "{i}管这个事吗", "我打算去{i}问问", "{i}的工作时间是几点",
               "听说{i}处理得很快", "{i}回复我了"]
CITY_FRAMES = ["{c}的法院真的会寄传票吗", "催收说要去{c}起诉我", "我人在{c}，户籍不在这里", "{c}这边有法律援助吗",
               "从{c}打来的电话", "说案子在{c}仲裁", "{c}市中级人民法院执行局", "{c}的号码一天打了十几次",
               "我在{c}打工", "对方说他们在{c}有办事处", "{c}市公安局反诈中心提醒", "{c}金融监管分局",
               "{c}市人民检察院", "{c}市市场监督管理局", "{c}互联网法院", "{c}仲裁委员会"]
AMT_FRAMES = ["本金{a}，已还{b}", "逾期费{a}是不是太高了", "对方要求一次性还{a}", "我只借了{a}，现在要还{b}",
              "能不能先还{a}", "已经还了{a}，还剩{b}", "最低还款额{a}", "服务费就收了{a}", "协商后每月还{a}",
              "违约金{a}，罚息{b}", "到手只有{a}", "砍头息{a}"]
DATE_FRAMES = ["{d}之前必须还清", "{d}开始逾期的", "{d}收到第一条催收短信", "{d}他们去了我老家", "说是{d}开庭",
               "{d}协商成功", "{d}还了最后一期", "最后还款日是{d}", "{d}征信上报", "{d}那天打了三十多个电话"]
SENTENCES = [
    "请高度重视您的逾期问题", "您的账户已严重逾期，请尽快处理", "安全起见不要点陌生链接", "周末也可以办理还款",
    "方便的时候请回个电话", "他们说要在村委会门口张贴公告", "金额以实际账单为准", "常州的号码打来说是司法所",
    "石家庄的律所发来律师函", "任务量完不成他们就加大力度", "钱包里只剩两百块了", "文明催收，拒绝暴力",
    "江湖救急，实在没办法", "白天要上班，晚上才有空", "黄金周之后再说吧", "王牌团队专业处理逾期",
    "李子园小区门口有人蹲守", "司法程序需要时间", "向法院申请支付令", "本金我认，利息不认",
    "会不会影响我考公务员", "12321可以举报骚扰短信", "此致敬礼", "严重影响了我的正常生活",
    "高度怀疑是冒充的律师", "对方一直说要走司法程序", "余额不足，本次扣款失败", "于是他们就开始打我通讯录",
    "周转困难，申请延期还款", "马上就发工资了，再等等", "何时才能停止骚扰", "程序合法吗？",
    "钱款往来都有转账记录", "常规流程是先短信后电话", "林业站的同事都接到了电话", "郑重提醒：请勿轻信陌生来电",
    "许可证号可以在官网查到", "曾经协商过，但是没谈成", "田地承包款还没下来", "于是我决定起诉",
    "余款将在下月扣除", "程序上应该先调解", "陆续还了一部分", "付款凭证请妥善保管", "戴口罩也认得出来",
    "尤其是晚上十点以后还在打", "请勿将验证码告诉他人", "不要开启屏幕共享", "我没有签过任何合同",
    "对方说可以减免违约金", "停息挂账怎么申请", "个性化分期需要什么材料", "征信异议申请", "逾期记录保存五年",
    "协商还款要录音", "保留好通话录音和短信截图", "骚扰通讯录联系人是违规的", "冒充公检法是诈骗",
    "没有收到过法院传票", "起诉书上的金额不对", "年化利率超过百分之二十四", "民间借贷利率上限",
    "一年期贷款市场报价利率的四倍", "律师函不等于起诉", "仲裁裁决书", "支付令异议期十五天",
    "执行和解协议", "失信被执行人名单", "限制高消费令", "诉讼时效三年", "调解书已生效",
    "借条和欠条的区别", "催收外包公司", "第三方催收机构", "贷后管理部门", "客户服务中心",
    "全国统一客服热线", "本短信由系统自动发送", "回T退订", "拒收请回复R", "如已还款请忽略本短信",
    "逾期将影响您的个人信用记录", "请登录APP查看详情", "今日为最后还款日", "您的分期账单已出",
    "已为您开通延期服务", "还款成功，感谢您的支持", "本期应还金额已结清", "逾期天数按自然日计算",
    "暴力催收可以报警", "110接警后会出警吗", "我报警了，派出所说是经济纠纷", "派出所让我去法院起诉",
    "我去银保监投诉了", "金融监管局受理了我的投诉", "平台答应停止催收", "对方承认是外包",
    "催收员换了好几个号码", "晚上十一点还在打", "一天打了四十多个电话", "把我的照片P成了通缉令",
    "在朋友圈发我的欠款信息", "打到我公司前台", "打给了我的前男友", "打给了我孩子的老师",
    "说要去我老家找我父母", "说我涉嫌诈骗罪", "说明天就来抓人", "说要冻结我的微信支付宝",
    "说要上门拍视频", "说会联系我的领导", "全部是威胁的话", "我已经删掉了那个APP",
    "我不想让家里人知道", "家里人都知道了", "现在每天睡不着", "我该怎么办",
    "能不能只还本金", "他们收的费用合法吗", "服务费算不算利息", "担保费是不是砍头息",
    "会员费能退吗", "我可以要求出示委托书吗", "对方拒绝提供工号", "这个号码是不是空号",
    "挂断后又立刻打来", "显示的是虚拟号码", "来电显示是95开头的", "说是400开头的客服",
    "说是12368的法院短信", "短信里的链接不要点", "短链接打开是一个网贷页面", "下载了一个叫什么宝的APP",
    "马上消费金融的电话", "中原消费金融的短信", "招联金融客服说可以协商", "捷信的外包打来的",
    "建设银行信用卡中心", "平安银行信用卡中心", "华夏银行信用卡中心", "广发银行信用卡中心",
    "工商银行牡丹卡中心", "交通银行太平洋信用卡中心", "招商银行掌上生活", "浦发银行信用卡中心",
    "黄金回收店收了我的戒指", "周末加班也还不上", "方便面吃了一个月", "安全感一点都没有",
    "高峰时段打进来的电话", "向银行申请停息挂账", "向法院提交答辩状", "石化加油卡被盗刷",
    "金融消费者权益保护", "江苏的号码一直打", "常用联系人被骚扰", "严格按照合同约定",
    "任何时候都不要转账到个人账户", "司法所的人说不管这个", "钱款去向不明", "王府井那边的律所",
    "张家口来的短信", "李家村的村支书接到电话", "刘家巷口贴了告示", "陈家祠堂门口",
    "杨家湾小区", "赵家楼社区居委会", "吴家山派出所", "周家嘴路的律师事务所",
    "徐家汇的写字楼", "孙家滩", "马家堡街道", "朱家角古镇", "胡家庙", "林家铺子", "郭家沟",
    "何家营", "高家庄", "罗家坝", "郑家屯", "梁家河", "谢家湾", "宋家庄地铁站",
]
WRAP_PRE = ["温馨提示：", "对方说：", "截图文字：", "备注：", "【提醒】", "问：", "补充：", ""]
WRAP_SUF = ["。", "？", "，怎么办", "，急", "！", "…", ""]


def build_preserve_candidates():
    c = []
    c.extend(W_SURNAME)
    c.extend(IDIOMS)
    for w in W_SURNAME:
        if R.random() < 0.9:
            c.append(R.choice(["这个{w}不对", "关于{w}的问题", "{w}怎么算", "说到{w}", "{w}方面",
                               "又提到了{w}", "{w}是什么意思", "和{w}有关吗"]).format(w=w))
    for i in INSTITUTIONS:
        for f in R.sample(INST_FRAMES, 3):
            c.append(f.format(i=i))
    for city in CITIES:
        for f in R.sample(CITY_FRAMES, 4):
            c.append(f.format(c=city))
    for _ in range(320):
        c.append(R.choice(AMT_FRAMES).format(a=amount(), b=amount()))
    for _ in range(260):
        c.append(R.choice(DATE_FRAMES).format(d=date()))
    for s in SENTENCES:
        c.append(s)
        for _ in range(3):
            c.append(R.choice(WRAP_PRE) + s + R.choice(WRAP_SUF))
    for b in BANKS:
        for d in R.sample(["客服中心", "信用卡中心", "贷后管理部", "法务部", "消费者权益保护部", "营业部", "个贷中心"], 3):
            c.append(b + d)
    for p in PLATS:
        for q in R.sample(["可以协商还款吗", "的客服电话是多少", "委托的催收公司", "逾期多久会起诉",
                           "有没有上门催收", "的利息合法吗", "怎么申请延期", "的合同在哪里看",
                           "周末会打电话吗", "的金额对不上", "说要张贴公告", "严重逾期了怎么办"], 5):
            c.append(p + q)
    return c


# ---------------------------------------------------------------- rendering
SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")
ALL_TEMPLATE_TEXT = "".join(SLOT_RE.sub("|", t) for g in G.values() for t in g)


class Redraw(Exception):
    pass


def render(tpl):
    vals = {}
    surnames = {}
    subs = {}
    out = []
    spans = []  # (start, end, kind, value)
    pos = 0
    last = 0
    for m in SLOT_RE.finditer(tpl):
        out.append(tpl[last:m.start()])
        pos += len(tpl[last:m.start()])
        slot = m.group(1)
        kind = None
        if slot in NAME_SLOTS:
            if slot not in vals:
                n, s, sub = draw_name(wchoice(NAME_SLOTS[slot]))
                vals[slot] = (n, n)
                surnames[slot] = s
                subs[slot] = sub
            kind = "name"
        elif slot in SURNAME_SLOTS:
            src = SURNAME_SLOTS[slot]
            if src not in vals:
                n, sn, sub = draw_name(wchoice(NAME_SLOTS[src]))
                vals[src] = (n, n)
                surnames[src] = sn
                subs[src] = sub
            if surnames.get(src) is None:
                raise Redraw()
            vals[slot] = (surnames[src], None)
        elif slot in PII_GEN:
            if slot not in vals:
                vals[slot] = PII_GEN[slot][1]()
            kind = PII_GEN[slot][0]
        elif slot in FILL:
            if slot not in vals:
                vals[slot] = (FILL[slot](), None)
        elif slot == "SEX":
            vals[slot] = (R.choice(SEXES), None)
        else:
            raise KeyError(slot)
        disp, lab = vals[slot]
        if kind is not None:
            off = len(disp) - len(lab)
            spans.append((pos + off, pos + off + len(lab), kind, lab))
        out.append(disp)
        pos += len(disp)
        last = m.end()
    out.append(tpl[last:])
    text = "".join(out)
    # name slot that needs a surname but drew a non-Han name
    for slot, src in SURNAME_SLOTS.items():
        if ("{" + slot + "}") in tpl and surnames.get(src) is None:
            raise Redraw()
    spans.sort(key=lambda x: x[0])
    values = []
    for s, e, k, v in spans:
        if text[s:e] != v:
            raise AssertionError("span mismatch")
        if (k, v) not in values:
            values.append((k, v))
    # no value contained in another distinct value
    for i, (k1, v1) in enumerate(values):
        for j, (k2, v2) in enumerate(values):
            if i != j and norm_name(v1) in norm_name(v2):
                raise Redraw()
    # every occurrence of a name (case-insensitive, separators kept) lies inside a labelled span
    low = text.lower()
    for k, v in values:
        if k != "name":
            continue
        vl = v.lower()
        st = 0
        while True:
            p = low.find(vl, st)
            if p < 0:
                break
            if not any(s <= p and p + len(v) <= e for s, e, _, _ in spans):
                raise Redraw()
            st = p + 1
        # spaceless form of a spaced name must not appear elsewhere either
    name_subs = [subs[s] for s in sorted(subs)]
    return text, [{"kind": k, "value": v} for k, v in values], name_subs


def main():
    global FIXED_BLOB
    existing_texts = set()
    existing_pres = set()
    datadir = HERE
    for fn in sorted(os.listdir(datadir)):
        if fn.startswith("scrub_") and fn.endswith(".jsonl") and "tune9" not in fn:
            with open(os.path.join(datadir, fn), encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        existing_texts.add(re.sub(r"\s", "", json.loads(line)["text"]))
        if fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt") and "tune9" not in fn:
            with open(os.path.join(datadir, fn), encoding="utf-8") as fh:
                for line in fh:
                    t = re.sub(r"\s", "", line)
                    if t:
                        existing_pres.add(t)

    pres_cands = build_preserve_candidates()
    FIXED_BLOB = norm_name(ALL_TEMPLATE_TEXT + "|" + "|".join(pres_cands) + "|" + "|".join(
        PLATS + BANKS + COMPANIES + CITIES + ROADS + ESTATES + VILLAGES))

    # plan: each template at least once, then random fill to target
    plan = []
    for g, n in GROUP_TARGET:
        ts = list(G[g])
        order = list(range(len(ts)))
        R.shuffle(order)
        picks = order[:n] + [R.randrange(len(ts)) for _ in range(max(0, n - len(ts)))]
        plan.extend((g, ts[i]) for i in picks)
    R.shuffle(plan)

    records = []
    seen = set()
    stats = {"redraw": 0, "dup_existing": 0, "dup_own": 0, "skipped": 0}
    sub_count = {}
    for g, tpl in plan:
        for attempt in range(60):
            try:
                text, pii, subs = render(tpl)
            except Redraw:
                stats["redraw"] += 1
                continue
            key = re.sub(r"\s", "", text)
            if key in existing_texts:
                stats["dup_existing"] += 1
                continue
            if key in seen:
                stats["dup_own"] += 1
                continue
            if g == "none" and pii:
                raise AssertionError
            seen.add(key)
            sender = None
            if g == "quote" and R.random() < 0.45:
                sender = R.choice(["1069" + "".join(R.choice("0123456789") for _ in range(R.randint(8, 10))),
                                   R.choice(["95588", "95533", "95555", "95599", "95511"]), mobile_digits()])
            elif g == "trad" and R.random() < 0.3:
                sender = "+886" + "9" + "".join(R.choice("0123456789") for _ in range(8))
            records.append({"text": text, "sender": sender, "pii": pii, "group": g})
            for s in subs:
                sub_count[s] = sub_count.get(s, 0) + 1
            break
        else:
            stats["skipped"] += 1
            stats["skipped_" + g] = stats.get("skipped_" + g, 0) + 1

    # all name values; cross-record and preserve checks (separators and case ignored)
    names_all = []
    for r in records:
        for it in r["pii"]:
            if it["kind"] == "name":
                names_all.append(it["value"])
    long_names = sorted({norm_name(n) for n in names_all if len(norm_name(n)) >= 3})
    short_names = sorted({norm_name(n) for n in names_all if len(norm_name(n)) < 3})
    other_vals = sorted({norm_name(it["value"]) for r in records for it in r["pii"] if it["kind"] != "name"})

    # preserve: dedupe and drop lines containing any 3+ char name or any other PII value
    pres = []
    pseen = set()
    pstats = {"cand": len(pres_cands), "own_dup": 0, "existing_dup": 0, "name_drop": 0, "kept": 0,
              "short_name_overlap_lines": 0}
    for line in pres_cands:
        line = line.strip()
        key = re.sub(r"\s", "", line)
        if not key:
            continue
        if key in pseen:
            pstats["own_dup"] += 1
            continue
        pseen.add(key)
        if key in existing_pres or key in existing_texts:
            pstats["existing_dup"] += 1
            continue
        nk = norm_name(line)
        if any(n in nk for n in long_names) or any(v in nk for v in other_vals):
            pstats["name_drop"] += 1
            continue
        if any(n in nk for n in short_names):
            pstats["short_name_overlap_lines"] += 1
        pres.append(line)
    R.shuffle(pres)
    pstats["kept"] = len(pres)

    # cross-record: a 3+ char name must not occur outside labelled values in any record
    cross = 0
    for r in records:
        t = r["text"]
        masked = t
        for it in sorted(r["pii"], key=lambda x: -len(x["value"])):
            masked = masked.replace(it["value"], "\u0000")
        nm = norm_name(masked)
        for n in long_names:
            if n in nm:
                cross += 1
    assert cross == 0, cross
    short_overlap_records = 0
    for r in records:
        masked = r["text"]
        for it in sorted(r["pii"], key=lambda x: -len(x["value"])):
            masked = masked.replace(it["value"], "\u0000")
        nm = norm_name(masked)
        if any(n in nm for n in short_names):
            short_overlap_records += 1

    assert len(pres) >= 2000, len(pres)
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            fh.write(json.dumps({"id": f"t9-{i:04d}", "text": r["text"], "sender": r["sender"], "pii": r["pii"]},
                                ensure_ascii=False) + "\n")
    with open(OUT_PRES, "w", encoding="utf-8") as fh:
        for line in pres:
            fh.write(line + "\n")

    kinds = {}
    for r in records:
        for it in r["pii"]:
            kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    groups = {}
    for r in records:
        groups[r["group"]] = groups.get(r["group"], 0) + 1
    print("records", len(records), "stats", stats)
    print("kinds", sorted(kinds.items(), key=lambda x: -x[1]))
    print("groups", groups)
    print("no-pii records", sum(1 for r in records if not r["pii"]),
          "name records", sum(1 for r in records if any(i["kind"] == "name" for i in r["pii"])))
    print("name subkinds", sorted(sub_count.items(), key=lambda x: -x[1]))
    print("name stats", NAME_STATS)
    print("preserve", pstats)
    print("short-name overlaps: records", short_overlap_records, "(2-char names also occurring as words elsewhere)")
    print("distinct names", len(set(names_all)), "of", len(names_all))


if __name__ == "__main__":
    main()
