#!/usr/bin/env python3
"""Tuning corpus 22 for the personal-data scrubber (blind writer, 2026-12-05).

Writes scrub_tune22.jsonl and scrub_tune22_preserve.txt into TUNE22_OUT_DIR
(default: the directory of this script).  Deterministic: one random.Random(SEED).
Dedupe against other corpora in TUNE22_DEDUPE_DIR (default /work/main/tests/data)
prints counts only.
"""
import glob
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

import opencc

SEED = 20261205
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("TUNE22_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE22_DEDUPE_DIR", "/work/main/tests/data")
CC = {k: opencc.OpenCC(k) for k in ("s2t", "s2hk", "s2tw")}


def pick(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------- names
SUR_W = [("王", 30), ("李", 30), ("张", 28), ("刘", 22), ("陈", 20), ("杨", 14), ("黄", 12),
         ("赵", 12), ("吴", 10), ("周", 10), ("徐", 8), ("孙", 8), ("马", 7), ("朱", 7),
         ("胡", 7), ("郭", 6), ("何", 6), ("高", 6), ("林", 6), ("罗", 5), ("郑", 5),
         ("梁", 5), ("谢", 4), ("宋", 4), ("唐", 4), ("许", 4), ("韩", 4), ("冯", 4),
         ("邓", 4), ("曹", 3), ("彭", 3), ("曾", 3), ("肖", 3), ("田", 3), ("董", 3),
         ("袁", 3), ("潘", 3), ("于", 3), ("蒋", 3), ("蔡", 3), ("余", 3), ("杜", 3),
         ("叶", 3), ("程", 3), ("苏", 3), ("魏", 2), ("吕", 2), ("丁", 2), ("任", 2),
         ("沈", 2), ("姚", 2), ("卢", 2), ("姜", 2), ("崔", 2), ("钟", 2), ("谭", 2),
         ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2),
         ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
         ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
         ("段", 2), ("雷", 2), ("侯", 2), ("龙", 1), ("史", 1), ("陶", 1), ("黎", 1),
         ("贺", 1), ("顾", 1), ("毛", 1), ("郝", 1), ("龚", 1), ("邵", 1), ("万", 1),
         ("钱", 1), ("严", 1), ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1),
         ("向", 1), ("汤", 1), ("常", 1), ("温", 1), ("康", 1), ("施", 1), ("文", 1),
         ("牛", 1), ("樊", 1), ("葛", 1), ("邢", 1), ("安", 1), ("齐", 1), ("易", 1),
         ("乔", 1), ("伍", 1), ("庞", 1), ("颜", 1), ("倪", 1), ("庄", 1), ("聂", 1),
         ("章", 1), ("鲁", 1), ("岳", 1), ("翟", 1), ("殷", 1), ("詹", 1), ("申", 1),
         ("欧", 1), ("耿", 1), ("关", 1), ("兰", 1), ("焦", 1), ("俞", 1), ("左", 1),
         ("柳", 1), ("甘", 1), ("祝", 1), ("包", 1), ("宁", 1), ("尚", 1), ("符", 1),
         ("舒", 1), ("阮", 1), ("柯", 1), ("纪", 1), ("梅", 1), ("童", 1), ("凌", 1),
         ("毕", 1), ("单", 1), ("季", 1), ("裴", 1), ("霍", 1), ("涂", 1), ("成", 1),
         ("苗", 1), ("谷", 1), ("盛", 1), ("曲", 1), ("翁", 1), ("冉", 1), ("骆", 1),
         ("蓝", 1), ("路", 1), ("游", 1), ("辛", 1), ("靳", 1), ("管", 1), ("柴", 1)]
SUR_POOL = [s for s, w in SUR_W for _ in range(w)]
RARE_SUR = ["禤", "亓", "訾", "仉", "笪", "乜", "酆", "眭", "琚", "郄", "厍", "佘", "逯",
            "隗", "蒯", "郗", "冼", "芮", "阚", "缪", "粟", "揭", "晏", "昝", "谌", "敖"]
CMP_SUR = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐",
           "公孙", "端木", "宇文", "司徒", "夏侯", "长孙", "南宫", "呼延", "澹台"]
GIV_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林森博晨阳"
             "峰建国志海东亮庆松文彬兵德成振宏锋毅坤诚晖耀良春山江晋彪")
GIV_F = list("芳娜敏静丽艳娟霞秀玲桂英梅琳颖露瑶雪婷倩琴云莉萍红燕慧佳欣月蓉凤"
             "洁晶妍嘉琪璐蕾菲雯薇媛淑悦璇丹荷岚")
GIV_C_M = ["子轩", "浩然", "宇轩", "俊熙", "梓睿", "一鸣", "皓宇", "沐阳", "思远", "博文",
           "锦程", "嘉懿", "天佑", "铭泽", "奕辰", "家乐", "昊天", "子墨", "承泽", "瑞霖"]
GIV_C_F = ["梓涵", "一诺", "欣怡", "雨桐", "诗涵", "梓萱", "可馨", "若曦", "语嫣", "思彤",
           "紫萱", "佳怡", "梦瑶", "芷晴", "安琪", "心怡", "静怡", "子琪", "雨萱", "沐晴"]
STOP_NAMES = set("""高明 金华 文明 高峰 江山 安然 方圆 黎明 夏天 白云 向阳 常青 华夏 金星 石磊
王牌 张贴 周末 马上 黄金 高度 于是 程序 安全 任务 常规 严重 余额 钱款 万元 向前 林业 田地
文化 方向 成立 管理 关键 宁静 海洋 白雪 田野 金鑫 林海 江涛 明亮 时光 路平 高超 高尚
许诺 林立 施展 钟情 余生 白杨 宋词 韩冰 贺喜 向荣 严谨 唐诗 汪洋 何方 齐全 关爱 毕生
温情 梁栋 甘露 冯强 韩佳芳 田辉锋 邓浩 雷梅 张伟 王芳 李娜 刘洋 李强 周杰 付强 江华
成功 成才 白玉 石英 钱程 江海 万年 白鸽 高原 马力 方正 宁波 武汉 金山 龙华 石林 文山""".split())

MIN_UY_M = ["艾力", "买买提", "吐尔逊", "艾合买提", "努尔艾力", "热合曼", "阿卜杜拉", "亚森",
            "依明", "阿不都热依木", "麦麦提", "艾则孜", "吾斯曼", "肉孜", "卡德尔", "塔依尔"]
MIN_UY_F = ["古丽娜尔", "阿依古丽", "热依拉", "帕提古丽", "迪丽努尔", "米热古丽", "祖丽皮亚",
            "努尔比亚", "阿依努尔", "再娜甫", "海丽其汗", "布沙拉"]
MIN_KZ = ["叶尔兰", "努尔兰", "别克", "哈力克", "阿依达娜", "加娜尔", "叶尔江", "达吾列提",
          "阿斯哈尔", "库尔班"]
MIN_TB = ["扎西", "次仁", "顿珠", "卓玛", "央金", "格桑", "德吉", "拉姆", "平措", "多吉",
          "尼玛", "旦增", "索朗", "白玛", "普布", "曲珍", "达瓦", "边巴"]
MIN_MG = ["巴特尔", "额尔敦", "其其格", "乌云", "苏和", "那日苏", "朝鲁", "孟和", "格日勒",
          "图雅", "宝音", "满都拉", "阿拉坦", "斯琴", "乌兰", "敖登"]
MIN_YI = [("吉克", "阿依"), ("阿西", "木呷"), ("沙马", "拉且"), ("俄底", "日伙"),
          ("阿苏", "伍呷"), ("吉木", "布初"), ("马海", "阿牛"), ("曲比", "阿乌"),
          ("海来", "拉哈"), ("阿鲁", "斯日")]
MIN_SEP = ["·", "·", "·", "•", "・", " ", "　", "．"]

HK_SUR = {"陈": "CHAN", "黄": "WONG", "李": "LEE", "张": "CHEUNG", "刘": "LAU", "何": "HO",
          "梁": "LEUNG", "林": "LAM", "吴": "NG", "曾": "TSANG", "叶": "YIP", "黎": "LAI",
          "周": "CHOW", "郭": "KWOK", "冯": "FUNG", "麦": "MAK", "谢": "TSE", "谭": "TAM",
          "邓": "TANG", "蔡": "CHOI", "区": "AU", "彭": "PANG", "余": "YU", "罗": "LAW"}
HK_GIV = {"伟": "Wai", "明": "Ming", "文": "Man", "志": "Chi", "家": "Ka", "嘉": "Ka",
          "俊": "Chun", "健": "Kin", "杰": "Kit", "浩": "Ho", "君": "Kwan", "美": "Mei",
          "玲": "Ling", "诗": "Sze", "慧": "Wai", "欣": "Yan", "颖": "Wing", "雅": "Nga",
          "婷": "Ting", "仪": "Yee", "敏": "Man", "芷": "Tsz", "晴": "Ching", "乐": "Lok",
          "辉": "Fai", "强": "Keung", "荣": "Wing", "国": "Kwok", "华": "Wa", "德": "Tak",
          "秀": "Sau", "宝": "Po", "珊": "Shan", "丽": "Lai", "淑": "Suk", "月": "Yuet"}
TW_SUR = {"陈": "CHEN", "林": "LIN", "黄": "HUANG", "张": "CHANG", "李": "LEE", "王": "WANG",
          "吴": "WU", "刘": "LIU", "蔡": "TSAI", "杨": "YANG", "许": "HSU", "郑": "CHENG",
          "谢": "HSIEH", "洪": "HUNG", "郭": "KUO", "曾": "TSENG", "邱": "CHIU", "廖": "LIAO",
          "赖": "LAI", "周": "CHOU", "简": "CHIEN", "游": "YU", "詹": "CHAN"}
TW_GIV = {"志": "Chih", "豪": "Hao", "伟": "Wei", "婷": "Ting", "宇": "Yu", "家": "Chia",
          "欣": "Hsin", "美": "Mei", "玲": "Ling", "俊": "Chun", "宏": "Hung", "成": "Cheng",
          "怡": "Yi", "如": "Ju", "淑": "Shu", "文": "Wen", "国": "Kuo", "雅": "Ya", "佳": "Chia",
          "明": "Ming", "建": "Chien", "华": "Hua", "慧": "Hui", "芳": "Fang", "君": "Chun",
          "玮": "Wei", "翔": "Hsiang", "哲": "Che", "庭": "Ting", "琪": "Chi", "萱": "Hsuan"}
PY = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
      "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun",
      "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin"}

USED_NAMES = []          # every drawn name value (all written forms)
PRESERVE_BLOB = ""        # set after the preserve file is built (lower-case, no spaces)
TEMPLATE_BLOB = ""        # all template text, to avoid names that occur in templates


def name_ok(v):
    k = re.sub(r"\s", "", v)
    if k in STOP_NAMES or len(k) < 2:
        return False
    for cand in {k, CC["s2t"].convert(k), CC["s2hk"].convert(k), CC["s2tw"].convert(k)}:
        low = cand.lower()
        if low in PRESERVE_BLOB or cand in TEMPLATE_BLOB:
            return False
        for u in USED_NAMES:
            if cand in u or u in cand:
                return False
    return True


def reg_name(v):
    k = re.sub(r"\s", "", v)
    for cand in {k, CC["s2t"].convert(k), CC["s2hk"].convert(k), CC["s2tw"].convert(k)}:
        USED_NAMES.append(cand)


def draw_han(sex=None, sur=None, style=None):
    for _ in range(500):
        sx = sex or pick("mf")
        if sur:
            s = sur
        elif style == "rare":
            s = pick(RARE_SUR)
        elif style == "cmp":
            s = pick(CMP_SUR)
        elif style == "hk":
            s = pick(list(HK_SUR))
        elif style == "tw":
            s = pick(list(TW_SUR))
        else:
            r = R.random()
            s = pick(RARE_SUR) if r < 0.04 else pick(CMP_SUR) if r < 0.08 else pick(SUR_POOL)
        if style == "child":
            g = pick(GIV_C_M if sx == "m" else GIV_C_F)
        elif style == "hk":
            g = "".join(R.sample(list(HK_GIV), 2)) if R.random() < 0.85 else pick(list(HK_GIV))
        elif style == "tw":
            g = "".join(R.sample(list(TW_GIV), 2))
        else:
            pool = GIV_M if sx == "m" else GIV_F
            g = pick(pool) if (R.random() < 0.3 and len(s) == 1) else pick(pool) + pick(pool)
            if len(g) == 2 and g[0] == g[1]:
                continue
        v = s + g
        if name_ok(v):
            reg_name(v)
            return v, s, g, sx
    raise RuntimeError("name draw failed")


def draw_minority(sex=None):
    for _ in range(500):
        sx = sex or pick("mf")
        kind = R.random()
        sep = pick(MIN_SEP)
        if kind < 0.4:
            g = pick(MIN_UY_M if sx == "m" else MIN_UY_F)
            f = pick(MIN_UY_M)
            if f == g:
                continue
            v, s, gv, eth = g + sep + f, f, g, "维吾尔族"
        elif kind < 0.55:
            g = pick(MIN_KZ)
            f = pick(MIN_KZ)
            if g == f:
                continue
            v, s, gv, eth = g + sep + f, f, g, "哈萨克族"
        elif kind < 0.75:
            a, b = R.sample(MIN_TB, 2)
            v = a + b if R.random() < 0.5 else a + sep + b
            s, gv, eth = a, b, "藏族"
        elif kind < 0.9:
            a, b = R.sample(MIN_MG, 2)
            v = a + b if R.random() < 0.4 else a + sep + b
            s, gv, eth = a, b, "蒙古族"
        else:
            a, b = pick(MIN_YI)
            v = a + sep + b if R.random() < 0.8 else a + b
            s, gv, eth = a, b, "彝族"
        if name_ok(v):
            reg_name(v)
            return v, s, gv, sx, eth
    raise RuntimeError("minority draw failed")


# ---------------------------------------------------------------- numbers
MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
           "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
           "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
USED_NUM = set()


def uniq(f):
    for _ in range(1000):
        v = f()
        k = re.sub(r"\D", "", v) or v
        if k not in USED_NUM:
            USED_NUM.add(k)
            return v
    raise RuntimeError


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def mobile_raw():
    return pick(MOB_PRE) + digits(8)


def fmt_mobile(m, style=None):
    style = style or pick(["plain"] * 6 + ["sp", "dash", "p86", "p86sp"])
    if style == "plain":
        return m
    if style == "sp":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if style == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "p86":
        return "+86" + m
    return "+86 " + m


AREA = ["010", "021", "022", "023", "020", "0755", "0571", "0371", "027", "028", "029", "0311",
        "0531", "0551", "0731", "0791", "0871", "0991", "0891", "0471"]


def landline():
    a = pick(AREA)
    n = digits(8)
    n = str(R.randrange(2, 9)) + n[1:]
    return pick([f"{a}-{n}", f"({a}){n}", f"{a}-{n}", f"（{a}）{n}"])


def hk_phone():
    n = pick("5679") + digits(7)
    return pick([f"+852 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(852) {n[:4]}-{n[4:]}", n])


def mo_phone():
    n = "6" + pick("2368") + digits(6)
    return pick([f"+853 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(853){n}"])


def tw_phone():
    n = "09" + digits(8)
    return pick([f"{n[:4]}-{n[4:7]}-{n[7:]}", n, f"+886 {n[1:4]} {n[4:7]} {n[7:]}",
                 f"{n[:4]} {n[4:7]} {n[7:]}"])


def tw_land():
    return pick(["(02)", "02-", "(04)", "07-"]) + str(R.randrange(2, 9)) + digits(3) + "-" + digits(4)


AREA_CODES = ["110101", "110105", "310104", "310115", "440106", "440304", "330106", "320102",
              "420106", "510104", "500103", "610113", "410105", "370102", "130102", "340104",
              "430104", "350102", "450103", "530102", "650102", "653101", "540102", "150102",
              "513401", "360102", "210102", "220102", "230102", "520102"]


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def make_id(sex="m", area=None, year=None):
    y = year or R.randrange(1960, 2008)
    m, d = R.randrange(1, 13), R.randrange(1, 29)
    seq = R.randrange(0, 100) * 10 + (pick([1, 3, 5, 7, 9]) if sex == "m" else pick([0, 2, 4, 6, 8]))
    s17 = f"{area or pick(AREA_CODES)}{y:04d}{m:02d}{d:02d}{seq:03d}"
    c = id_check(s17)
    if c == "X" and R.random() < 0.3:
        c = "x"
    return s17 + c, (y, m, d)


def fmt_id(v):
    return pick([v] * 8 + [f"{v[:6]} {v[6:14]} {v[14:]}"])


def hkid():
    L = pick("ACDEGHKPRYZ")
    ds = digits(6)
    val = 9 * 36 + 8 * (ord(L) - 55) + sum(int(d) * w for d, w in zip(ds, range(7, 1, -1)))
    c = (11 - val % 11) % 11
    cs = "A" if c == 10 else str(c)
    return f"{L}{ds}({cs})"


TW_L = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22,
            O=35, P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def twid(sex="m"):
    L = pick("ABDEFHKMNT")
    ds = ("1" if sex == "m" else "2") + digits(7)
    v = TW_L[L]
    tot = v // 10 + (v % 10) * 9 + sum(int(d) * w for d, w in zip(ds, range(8, 0, -1)))
    return f"{L}{ds}{(10 - tot % 10) % 10}"


def moid():
    return pick("157") + digits(6) + f"({R.randrange(10)})"


CARD_PRE = ["622202", "621700", "622848", "623668", "622588", "621483", "622260", "621226",
            "623058", "621661", "622700", "625965", "622155", "621799", "622908"]


def luhn_complete(p):
    for c in "0123456789":
        s = p + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        if tot % 10 == 0:
            return s


def card():
    L = pick([16, 19, 19])
    v = luhn_complete(pick(CARD_PRE) + digits(L - 7))
    st = pick(["plain"] * 5 + ["sp4", "sp4", "six"])
    if st == "sp4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if st == "six":
        return v[:6] + " " + v[6:]
    return v


PROV_CITY = [("河南省", "郑州市", ["金水区", "二七区", "管城回族区", "中原区"]),
             ("广东省", "深圳市", ["福田区", "南山区", "龙岗区", "宝安区"]),
             ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "成华区"]),
             ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
             ("山东省", "济南市", ["历下区", "槐荫区", "天桥区"]),
             ("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区"]),
             ("江苏省", "南京市", ["鼓楼区", "秦淮区", "江宁区"]),
             ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
             ("辽宁省", "沈阳市", ["和平区", "铁西区", "皇姑区"]),
             ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
             ("河北省", "石家庄市", ["长安区", "桥西区", "裕华区"]),
             ("黑龙江省", "哈尔滨市", ["南岗区", "道里区", "香坊区"])]
ROADS = ["建设路", "人民路", "解放路", "文化路", "花园路", "黄河路", "长江路", "新华路", "东风路",
         "胜利街", "民主路", "和平大街", "工农路", "育才路", "光明路", "友谊路", "朝阳路", "青年路"]
ESTATES = ["幸福家园", "阳光花园", "锦绣华庭", "金色港湾", "翠竹苑", "怡景湾", "书香门第", "紫荆苑",
           "康桥水郡", "御景城", "绿城桂花园", "丽都花园", "碧水蓝天", "滨江一号", "凤凰城"]
COUNTIES = [("河南省", "周口市", "沈丘县", "付井镇"), ("四川省", "南充市", "仪陇县", "马鞍镇"),
            ("山东省", "菏泽市", "曹县", "庄寨镇"), ("湖南省", "邵阳市", "隆回县", "桃洪镇"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("江西省", "赣州市", "于都县", "银坑镇"),
            ("广西壮族自治区", "玉林市", "博白县", "沙河镇"), ("甘肃省", "天水市", "秦安县", "莲花镇")]
VILLAGES = ["前营村", "后杨庄村", "石桥村", "大王庄村", "新农村", "柳树湾村", "高家坪村", "东岗村"]


def address(style=None):
    style = style or pick(["city", "city", "city2", "village"])
    if style == "city":
        p, c, ds = pick(PROV_CITY)
        return (f"{p}{c}{pick(ds)}{pick(ROADS)}{R.randrange(1, 300)}号{pick(ESTATES)}"
                f"{R.randrange(1, 30)}栋{R.randrange(1, 6)}单元{R.randrange(1, 33)}0{R.randrange(1, 5)}室")
    if style == "city2":
        p, c, ds = pick(PROV_CITY)
        return f"{c}{pick(ds)}{pick(ESTATES)}{R.randrange(1, 30)}-{R.randrange(1, 6)}-{R.randrange(1, 33)}0{R.randrange(1, 5)}"
    p, c, x, z = pick(COUNTIES)
    return f"{x}{z}{pick(VILLAGES)}{pick('一二三四五六七八')}组{R.randrange(1, 90)}号"


def addr_hk():
    return pick([f"九龍旺角彌敦道{R.randrange(300, 800)}號{R.randrange(2, 30)}樓{pick('ABCDEF')}室",
                 f"新界沙田第一城{R.randrange(1, 52)}座{R.randrange(2, 35)}樓{pick('ABCDEFGH')}室",
                 f"香港筲箕灣道{R.randrange(50, 400)}號{R.randrange(2, 25)}樓{R.randrange(1, 9)}室",
                 f"新界屯門兆康苑{pick('ABCDEFG')}座{R.randrange(2, 30)}樓{R.randrange(1, 12)}室",
                 f"九龍觀塘翠屏邨翠榕樓{R.randrange(2, 30)}樓{R.randrange(1, 30)}室"])


def addr_tw():
    return pick([f"臺北市大安區信義路三段{R.randrange(10, 200)}巷{R.randrange(1, 40)}號{R.randrange(2, 12)}樓",
                 f"新北市板橋區文化路二段{R.randrange(1, 400)}號{R.randrange(2, 15)}樓之{R.randrange(1, 6)}",
                 f"臺中市西屯區青海路一段{R.randrange(1, 200)}號{R.randrange(2, 20)}樓",
                 f"高雄市三民區建國二路{R.randrange(1, 300)}號{R.randrange(2, 12)}樓",
                 f"桃園市中壢區中正路{R.randrange(1, 600)}號"])


def addr_mo():
    return pick([f"澳門氹仔柯維納馬路{R.randrange(10, 300)}號海洋花園第{R.randrange(1, 12)}座{R.randrange(2, 25)}樓{pick('ABCDEF')}",
                 f"澳門黑沙環馬場海邊馬路{R.randrange(10, 90)}號{R.randrange(2, 30)}樓{pick('ABCDEFGH')}",
                 f"澳門高士德大馬路{R.randrange(10, 120)}號{R.randrange(2, 15)}樓"])


UNIS = ["郑州航空工业管理学院", "湖南工商大学", "西南石油大学", "江西财经大学", "河北科技大学",
        "广东白云学院", "武汉纺织大学", "山东交通学院", "成都理工大学", "黑龙江东方学院"]
MAJORS = ["计算机科学与技术", "会计学", "护理学", "市场营销", "土木工程", "电子商务", "学前教育", "车辆工程"]
PSCHOOLS = ["实验小学", "第二实验小学", "外国语小学", "城关镇中心小学", "文化路小学", "育红小学"]
MSCHOOLS = ["第三中学", "育才中学", "外国语学校", "第十二中学", "新区第一初级中学", "实验中学"]
SCHOOLS = PSCHOOLS + MSCHOOLS
KGS = ["阳光幼儿园", "蓝天幼儿园", "小博士幼儿园", "金色摇篮幼儿园"]
HK_SCHOOLS = ["中學", "英文書院", "官立中學", "紀念學校"]


def dorm():
    return pick([f"{pick(UNIS)}{pick(['东区', '西区', '南苑', '北苑'])}{R.randrange(1, 30)}栋{R.randrange(1, 7)}{R.randrange(1, 40):02d}宿舍",
                 f"{pick(UNIS)}学生公寓{pick('ABCDE')}座{R.randrange(1, 7)}{R.randrange(1, 40):02d}室"])


def plate():
    prov = pick("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川")
    L = pick("ABCDEFGHJKLMNP")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if R.random() < 0.25:
        body = pick("DF") + pick(letters) + digits(4)
    else:
        body = "".join(pick(letters) for _ in range(2)) + digits(3)
    sep = pick(["", "", "·", " ", "-"])
    return f"{prov}{L}{sep}{body}"


def email(base=None):
    dom = pick(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "hotmail.com",
                "gmail.com", "yeah.net", "139.com", "outlook.com"])
    if dom == "qq.com":
        return digits(R.randrange(8, 11)).lstrip("0") + "@" + dom
    u = base or pick(["fw", "law", "cs", "tj", "lvshi", "service", "hk", "chen", "ab"])
    return f"{u}{digits(R.randrange(3, 7))}@{dom}"


def wechat():
    if R.random() < 0.4:
        return "wxid_" + "".join(pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    base = pick(["fawu", "tiaojie", "cs", "hk", "kefu", "law", "zx", "jinrong", "xd"])
    return base + pick(["_", "", "-"]) + digits(R.randrange(4, 8))


def qq():
    return str(R.randrange(1, 10)) + digits(R.randrange(6, 10))


def account(kind):
    if kind == "gh":
        return pick(["CS", "FW", "TJ", "DH", "WF", "A", "NO."]) + digits(R.randrange(4, 7))
    if kind == "xh":
        return pick(["2022", "2023", "2024", "2025"]) + digits(pick([6, 7, 8]))
    if kind == "xhp":   # primary/middle school student number
        return pick(["2019", "2020", "2021", "2022"]) + digits(4)
    if kind == "xj":
        return "G" + make_id(pick("mf"), year=R.randrange(2008, 2020))[0]
    if kind == "ks":
        return "26" + digits(12)
    if kind == "kh":
        return digits(10)
    if kind == "ht":
        return pick(["HT", "JK", "DK", "LN", "XY"]) + "2026" + digits(R.randrange(6, 10))
    if kind == "jy":
        return pick(["4200", "1000", "2026", "1310", "6000"]) + digits(pick([24, 28, 18]))
    if kind == "yh":
        return pick(["U", "UID", "NO", "ID"]) + digits(R.randrange(7, 11))
    if kind == "lic":
        return pick(["1410", "1440", "1320", "1510", "1420"]) + "2026" + digits(8)
    if kind == "hkacc":
        return digits(3) + "-" + digits(6) + "-" + digits(3)
    raise KeyError(kind)


# ---------------------------------------------------------------- fillers (not personal)
COMPANIES = ["深圳市鼎诚资产管理有限公司", "上海汇鑫商务咨询有限公司", "广州恒信信息科技有限公司",
             "北京中金融通信息咨询有限公司", "湖南德衡法务服务有限公司", "杭州安信调解服务中心",
             "成都金诺商务信息咨询有限公司", "郑州华诚资产管理有限公司", "江苏瑞丰征信服务有限公司",
             "四川天府金调解中心", "厦门凯盛信息技术有限公司", "武汉长江法务调解中心",
             "重庆宏远资产管理有限公司", "山东鲁信商务服务有限公司", "金诚法务", "鼎盛资管",
             "恒源调解", "中诚信调", "安信法务", "众联法务中心"]
APPS = ["借呗", "花呗", "微粒贷", "京东金条", "度小满", "360借条", "安逸花", "分期乐", "洋钱罐",
        "招联好期贷", "美团借钱", "拍拍贷", "来分期", "众安贷", "你我贷", "速借宝", "钱袋子",
        "周转宝", "金满仓", "信用飞"]
DEPTS = ["法务部", "贷后管理部", "资产保全部", "风控中心", "调解中心", "外访组", "诉讼组",
         "法务中心", "催收二组", "不良资产处置部"]
TITLES = ["法务专员", "调解员", "贷后专员", "资深调解员", "法务主管", "外访专员", "案件经理",
          "风控专员", "协调员", "高级法务顾问"]
FIRMS = ["广东金桥律师事务所", "河南正言律师事务所", "上海明衡律师事务所", "北京德睿律师事务所",
         "四川天诚律师事务所", "湖南启元律师事务所", "浙江宏泰律师事务所", "江苏汇典律师事务所"]
LENDERS = ["马上消费金融股份有限公司", "招联消费金融股份有限公司", "重庆度小满小额贷款有限公司",
           "中邮消费金融有限公司", "兴业消费金融股份公司", "深圳前海微众银行股份有限公司",
           "重庆蚂蚁消费金融有限公司", "天津京东小额贷款有限公司"]
COURTS = ["郑州市金水区人民法院", "深圳市南山区人民法院", "成都市武侯区人民法院", "武汉市洪山区人民法院",
          "济南市历下区人民法院", "杭州互联网法院", "广州互联网法院", "长沙市岳麓区人民法院",
          "重庆市渝北区人民法院", "西安市雁塔区人民法院"]
COURT_CODE = dict(zip(COURTS, ["豫0105", "粤0305", "川0107", "鄂0111", "鲁0102", "浙0192", "粤0192",
                               "湘0104", "渝0112", "陕0113"]))
ARBS = ["广州仲裁委员会", "深圳国际仲裁院", "长沙仲裁委员会", "衡水仲裁委员会", "上海仲裁委员会"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行",
         "中国邮政储蓄银行", "兴业银行", "浦发银行", "平安银行", "中信银行", "民生银行"]
CITIES = ["郑州", "深圳", "成都", "武汉", "济南", "杭州", "南京", "长沙", "沈阳", "西安", "石家庄",
          "哈尔滨", "重庆", "昆明", "南宁", "合肥"]
XJ = ["乌鲁木齐", "喀什", "和田", "阿克苏", "伊宁", "库尔勒", "吐鲁番"]
TB = ["拉萨", "日喀则", "那曲", "林芝", "甘孜", "阿坝", "玉树"]
MG = ["呼和浩特", "锡林浩特", "通辽", "赤峰", "鄂尔多斯"]
TWB = ["中國信託", "國泰世華", "台新銀行", "玉山銀行", "富邦銀行", "永豐銀行"]
HKL = ["WeLab", "亞洲聯合財務", "邦民日本財務", "UA", "Promise", "信用財務"]


def amount():
    r = R.random()
    if r < 0.4:
        return f"{R.randrange(5, 300) * 100}元"
    if r < 0.6:
        return f"{R.randrange(1000, 60000)}.{R.randrange(100):02d}元"
    if r < 0.8:
        return f"{R.randrange(1, 20)}.{R.randrange(10)}万"
    return f"{R.randrange(2, 90) * 1000}元"


def date():
    m, d = R.randrange(1, 12), R.randrange(1, 29)
    return pick([f"2026年{m}月{d}日", f"{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}.{d}", f"2026/{m}/{d}"])


def dtime():
    m, d = R.randrange(1, 12), R.randrange(1, 29)
    return f"2026-{m:02d}-{d:02d} {R.randrange(7, 23):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"


def hhmm():
    return f"{R.randrange(8, 23)}:{R.randrange(60):02d}"


def case_no():
    return (f"（2026）{pick(['豫0105', '粤0305', '川0107', '鄂0111', '鲁0102', '浙0192', '湘0104'])}"
            f"{pick(['民初', '民特', '执', '诉前调'])}{R.randrange(100, 39999)}号")


CN_NUM = "一二三四五六七八九"

# ---------------------------------------------------------------- rendering
PH = re.compile(r"\{(\w+)(?::([^}:]*))?(?::([^}]*))?\}")


class Ctx:
    def __init__(self, trad=None):
        self.vals = {}
        self.people = {}
        self.trad = trad

    def person(self, key, kind="n", opt=""):
        if key in self.people:
            return self.people[key]
        sex = {"nm": "m", "nf": "f"}.get(kind)
        if kind == "nc" or "child" in opt:
            style = "child"
            sex = sex or pick("mf")
        else:
            style = None
        m = re.search(r"sur=(\w+)", opt or "")
        sur = self.person(m.group(1))["sur"] if m else None
        if "sex=m" in opt:
            sex = "m"
        if "sex=f" in opt:
            sex = "f"
        if kind == "nmin":
            v, s, g, sx, eth = draw_minority(sex)
            p = dict(v=v, sur=s, giv=g, sex=sx, eth=eth)
        else:
            if self.trad == "hk" and not sur:
                style = style or "hk"
            if self.trad == "tw" and not sur:
                style = style or "tw"
            if "cmp" in opt:
                style = "cmp"
            if "rare" in opt:
                style = "rare"
            v, s, g, sx = draw_han(sex, sur, style)
            p = dict(v=v, sur=s, giv=g, sex=sx, eth="汉族")
        self.people[key] = p
        return p

    def get(self, kind, key, opt):
        key = key or f"_{len(self.vals)}_{kind}"
        opt = opt or ""
        if kind in ("n", "nm", "nf", "nc", "nmin"):
            return ("name", self.person(key, kind, opt)["v"])
        if kind == "nsp":   # spaced form of a person, a second written form
            v = self.person(key)["v"]
            sep = pick(["　", " ", "  "])
            return ("name", sep.join(v))
        if kind == "hkr":
            p = self.person(key)
            s = HK_SUR.get(p["sur"], "CHAN")
            g = [HK_GIV.get(ch, "Man") for ch in p["giv"]]
            st = R.randrange(3)
            if st == 0:
                return ("name", f"{s} {' '.join(x.upper() for x in g)}")
            if st == 1:
                return ("name", f"{s.title()} {'-'.join(g).capitalize() if len(g) > 1 else g[0]}")
            return ("name", f"{s}, {' '.join(g)}")
        if kind == "twr":
            p = self.person(key)
            s = TW_SUR.get(p["sur"], "CHEN")
            g = [TW_GIV.get(ch, "Ming") for ch in p["giv"]]
            gv = g[0] + ("-" + g[1].lower() if len(g) > 1 else "")
            return ("name", pick([f"{s}, {gv}", f"{s} {gv}", f"{gv} {s.title()}"]))
        if kind == "py":
            p = self.person(key)
            s = PY.get(p["sur"])
            if not s:
                return ("name", p["v"])
            return ("name", f"{s.upper()} {pick(['Wei', 'Jun', 'Lei', 'Min', 'Hui', 'Ying', 'Jianguo', 'Xiaoli'])}")
        if kind in ("sur", "giv", "eth", "sexw", "birth", "age", "hon"):
            p = self.person(key)
            if kind == "sur":
                return ("", p["sur"])
            if kind == "giv":
                return ("", p["giv"])
            if kind == "eth":
                return ("", p["eth"])
            if kind == "hon":
                return ("", "先生" if p["sex"] == "m" else "女士")
            if kind == "sexw":
                return ("", "男" if p["sex"] == "m" else "女")
            if kind == "birth":
                y, m, d = self.idinfo(key)[1]
                return ("", f"{y}年{m}月{d}日")
            if kind == "age":
                return ("", str(2026 - self.idinfo(key)[1][0]))
        ck = (kind, key, opt if kind == "acc" else "")
        if ck in self.vals:
            return self.vals[ck]
        v = self.fresh(kind, key, opt)
        self.vals[ck] = v
        return v

    def case_for_court(self):
        courts = [v[1] for kk, v in self.vals.items() if kk[0] == "court"]
        if courts and courts[0] in COURT_CODE:
            return (f"（2026）{COURT_CODE[courts[0]]}{pick(['民初', '民特', '执', '诉前调'])}"
                    f"{R.randrange(100, 39999)}号")
        return case_no()

    def idinfo(self, key):
        ck = ("_idinfo", key, "")
        if ck not in self.vals:
            p = self.person(key)
            yr = R.randrange(2008, 2020) if p["giv"] in GIV_C_M + GIV_C_F else None
            area = None
            if p["eth"] == "维吾尔族" or p["eth"] == "哈萨克族":
                area = pick(["650102", "653101", "653201", "654002"])
            elif p["eth"] == "藏族":
                area = pick(["540102", "513325", "632701"])
            elif p["eth"] == "蒙古族":
                area = pick(["150102", "152501", "150602"])
            elif p["eth"] == "彝族":
                area = "513401"
            v, bd = make_id(p["sex"], area, yr)
            while v[:17] in USED_NUM:
                v, bd = make_id(p["sex"], area, yr)
            USED_NUM.add(v[:17])
            self.vals[ck] = (v, bd)
        return self.vals[ck]

    def fresh(self, kind, key, opt):
        if kind == "ph":
            return ("phone", uniq(lambda: fmt_mobile(mobile_raw(), opt or None)))
        if kind == "land":
            if opt == "ext":
                return ("phone", uniq(lambda: landline() + "转" + str(R.randrange(100, 9999))))
            return ("phone", uniq(landline))
        if kind == "hk":
            return ("phone", uniq(hk_phone))
        if kind == "mo":
            return ("phone", uniq(mo_phone))
        if kind == "tw":
            return ("phone", uniq(tw_phone))
        if kind == "twland":
            return ("phone", uniq(tw_land))
        if kind == "id":
            if key in self.people or not key.startswith("_"):
                v = self.idinfo(key)[0]
                return ("id_number", v if opt == "plain" else fmt_id(v))
            return ("id_number", uniq(lambda: make_id(pick("mf"))[0]))
        if kind == "hkid":
            return ("id_number", uniq(hkid))
        if kind == "twid":
            sx = self.people[key]["sex"] if key in self.people else pick("mf")
            return ("id_number", uniq(lambda: twid(sx)))
        if kind == "moid":
            return ("id_number", uniq(moid))
        if kind == "card":
            return ("bank_card", uniq(card))
        if kind == "addr":
            return ("address", address(opt or None))
        if kind == "addrhk":
            return ("address", addr_hk())
        if kind == "addrtw":
            return ("address", addr_tw())
        if kind == "addrmo":
            return ("address", addr_mo())
        if kind == "dorm":
            return ("address", dorm())
        if kind == "wx":
            return ("wechat", uniq(wechat))
        if kind == "qq":
            return ("qq", uniq(qq))
        if kind == "em":
            return ("email", uniq(email))
        if kind == "acc":
            return ("account", uniq(lambda: account(opt or "gh")))
        if kind == "pl":
            return ("plate", uniq(plate))
        # ---- plain fillers
        f = {"co": lambda: pick(COMPANIES), "app": lambda: pick(APPS), "dept": lambda: pick(DEPTS),
             "title": lambda: pick(TITLES), "firm": lambda: pick(FIRMS), "lender": lambda: pick(LENDERS),
             "court": lambda: pick(COURTS), "arb": lambda: pick(ARBS), "bank": lambda: pick(BANKS),
             "city": lambda: pick(CITIES), "xj": lambda: pick(XJ), "tb": lambda: pick(TB),
             "mg": lambda: pick(MG), "twb": lambda: pick(TWB), "hkfirm": lambda: pick(["德信律師行", "恆正律師事務所", "匯通律師行", "建業律師行"]), "hkl": lambda: pick(HKL),
             "amt": amount, "date": date, "dt": dtime, "time": hhmm, "case": self.case_for_court,
             "days": lambda: str(R.randrange(3, 400)), "uni": lambda: pick(UNIS),
             "major": lambda: pick(MAJORS), "school": lambda: pick(CITIES) + "市" + pick(PSCHOOLS), "mschool": lambda: pick(CITIES) + "市" + pick(MSCHOOLS),
             "kg": lambda: pick(KGS), "ucls": lambda: f"{pick(['22', '23', '24', '25'])}{R.randrange(1, 9):02d}班",
             "pcls": lambda: f"{pick(CN_NUM[:6])}年级{pick(CN_NUM[:8])}班",
             "mcls": lambda: f"{pick(['初一', '初二', '初三', '高一', '高二'])}（{R.randrange(1, 16)}）班",
             "hkcls": lambda: pick(["中一", "中二", "中三", "中四", "小五", "小六"]) + pick("ABCDE") + "班",
             "hksch": lambda: pick(["沙田", "屯門", "觀塘", "荃灣", "元朗"]) + pick(HK_SCHOOLS),
             "tail": lambda: digits(4), "n3": lambda: str(R.randrange(1, 60)),
             "pct": lambda: pick(["24%", "35.9%", "18%", "36%", "0.05%", "0.1%"]),
             "hkd": lambda: f"HK${R.randrange(3, 200) * 100:,}", "ntd": lambda: f"NT${R.randrange(5, 300) * 1000:,}",
             "mop": lambda: f"MOP {R.randrange(3, 200) * 100:,}", "dur": lambda: f"{R.randrange(1, 12)}分{R.randrange(60)}秒",
             "cardm": lambda: pick(["6222", "6217", "6228", "6236"]) + pick(["********", " **** **** ", "****"]) + digits(4),
             }
        if kind in f:
            return ("", f[kind]())
        raise KeyError(kind)


def render(tpl, ctx):
    """Return a list of segments: str or (kind, value)."""
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append(tpl[pos:m.start()])
        kind, key, opt = m.group(1), m.group(2), m.group(3)
        k, v = ctx.get(kind, key, opt)
        segs.append((k, v) if k else v)
        pos = m.end()
    if pos < len(tpl):
        segs.append(tpl[pos:])
    return segs


def finish(segs, trad=None):
    conv = CC[{"hk": "s2hk", "tw": "s2tw", "mo": "s2hk", "t": "s2t"}[trad]] if trad else None
    out, items = [], []
    for s in segs:
        if isinstance(s, str):
            out.append(conv.convert(s) if conv else s)
        else:
            k, v = s
            if conv and k in ("name", "address") and re.search(r"[\u4e00-\u9fff]", v):
                v = conv.convert(v)
            out.append(v)
            items.append((k, v))
    text = "".join(out)
    # order of first appearance, once per record
    seen = OrderedDict()
    for k, v in sorted(items, key=lambda kv: text.find(kv[1])):
        if (k, v) not in seen:
            seen[(k, v)] = 1
    pii = [{"kind": k, "value": v} for (k, v) in seen]
    # residual check: no labelled value may occur outside a labelled segment
    resid = "".join(("\x00" if not isinstance(s, str) else (conv.convert(s) if conv else s)) for s in segs)
    for k, v in seen:
        if k == "name":
            vv = re.sub(r"\s", "", v)
            if vv in re.sub(r"\s", "", resid) or (len(vv) >= 2 and vv in resid):
                return None
    return text, pii


# ================================================================ templates
T = {}
T["self"] = [
    "他们发的原话：“您好，我是{co}的{title}{n:A}，工号{acc:A:gh}，您在{app}的借款已逾期{days}天，请于今日{time}前处理，否则后果自负。”",
    "打电话的自称是{co}调解中心的{nm:A}，说他工号{acc:A:gh}，还让我加他微信{wx:A}，说加了才能给我“减免”",
    "【{co}】{n:B}您好，本人系{co}{title}{n:A}（工号：{acc:A:gh}），受{app}委托处理您的欠款{amt}，请于{date}前联系{ph:A}。",
    "我是{co}{dept}的{n:A}，我们这边已经把你的资料提交给{court}了，{n:B}你自己看着办吧",
    "对方说：“我姓{sur:A}，全名{n:A}，{co}的，你可以去查我工号{acc:A:gh}，我不怕你投诉。”",
    "短信落款：{co}{dept} {n:A} {ph:A}\n我根本没在{app}借过钱",
    "来电的女的说她是{co}的{nf:A}，自称资深调解员，过了半小时又换了个号{ph:B}，这次说自己是{n:C}律师的助理",
    "微信名片\n{n:A}-{co}\n微信号：{wx:A}\n地区：{city}\n个性签名：专业处理逾期协商",
    "她说：“我们{co}是正规持牌机构，我是催收组长{nf:A}，我下面的专员{n:B}已经给你打过三次了。”",
    "他说自己叫{nm:A}，是{co}派驻{city}的外访专员，工号{acc:A:gh}，说明天上午要去{addr:B}找我父亲{nm:C}",
    "QQ上加我的人叫{n:A}，QQ号{qq:A}，自称{co}的“法务主管”，发了个盖章的文件给我",
    "录音里他先说“喂你好我是{co}的{nm:A}啊”，后来又改口说是{court}执行局的{n:B}，前后矛盾",
    "邮件发件人：{co}法务中心 <{em:A}>\n正文：{n:B}先生，您的案件已移交本中心。\n落款：{title} {n:A}（编号{acc:A:gh}）",
    "{co}催告通知：{n:B}（身份证{id:B}），经办人：{n:A}，联系电话：{land:A}，工号{acc:A:gh}。",
    "她说她是{app}官方委托的{co}，她叫{nf:A}，让我打到“对公账户”，结果给我的卡号是{card:A}，户名是{n:C}，根本不是公司",
    "他一上来就说：“我，{co}，{nm:A}，工号{acc:A:gh}，记住了没有？下午三点前不还，我们就去你单位。”",
    "客服说：“您好，我是{app}客服{n:A}，工号{acc:A:gh}，很高兴为您服务”，然后转给了一个自称{co}的{n:B}",
    "那个人说他是{co}{dept}的{nm:A}，手机{ph:A}，座机{land:A}，还说他们老板叫{nm:B}，在{city}很有关系",
    "第一个自称{co}的{n:A}，第二个自称{court}的{n:B}书记员，第三个干脆说自己是派出所的，三个人都叫我先转{amt}",
    "他说：“你好我是{title}{n:A}，编号{acc:A:gh}，{n:B}是你什么人？她留的紧急联系人是你。”",
    "对方报的身份：{co}｜{title}｜{n:A}｜工号{acc:A:gh}｜电话{ph:A}\n我查了{co}根本查不到备案",
    "加了微信以后他的昵称是“{sur:A}专员-协商还款”，朋友圈里发的名片写的是{n:A}，{co}{dept}",
    "那个法务自己说的：“我叫{n:A}，口天吴那个吴不是，是{sur:A}，{co}的，你记好了”",
    "他发来的“工作证”照片上写着：姓名 {n:A}  职务 {title}  单位 {co}  编号 {acc:A:gh}",
    "一个男的打过来说：我是{co}的{nm:A}，负责你这个{app}的案子，我同事{nf:B}之前跟你联系过吧",
]
T["legal"] = [
    # 律师函
    "律 师 函\n（2026）{firm}函字第{n3}号\n致：{n:A}（身份证号：{id:A}）\n地址：{addr:A}\n\n{firm}（以下简称“本所”）接受{lender}（以下简称“委托人”）的委托，指派{n:L1}、{n:L2}律师，就您拖欠委托人借款一事，郑重致函如下：\n一、经查，您于{date}通过委托人运营的“{app}”平台申请借款{amt}，约定分期归还。截至本函发出之日，您已逾期{days}天，尚欠本息合计{amt}。\n二、您的上述行为已构成违约。本所律师特此提醒您于收到本函之日起七日内，将欠款归还至委托人指定账户。\n三、如您逾期仍未履行，委托人将依法向有管辖权的人民法院提起诉讼，由此产生的诉讼费、律师费等一切费用由您承担。\n特此函告。\n\n{firm}\n承办律师：{n:L1}  执业证号：{acc:L1:lic}\n承办律师：{n:L2}\n联系电话：{land:F}\n{date}",
    # 催告函
    "催 告 函\n{n:A}{hon:A}：\n您好！您于{date}在{app}平台申请的借款（合同编号：{acc:A:ht}），借款本金{amt}，现已逾期{days}天。经多次电话提醒，您至今未履行还款义务。\n根据《中华人民共和国民法典》第六百七十五条、第六百七十六条之规定，借款人应当按照约定的期限返还借款，未按照约定的期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。\n现本公司正式向您催告：请您于本函送达之日起五日内归还全部欠款。逾期未还，本公司将依法采取包括但不限于诉讼在内的措施。\n债权人：{lender}\n委托催收机构：{co}\n经办人：{n:B}  工号：{acc:B:gh}\n联系电话：{ph:B}\n{date}",
    # 民事调解书
    "{court}\n民 事 调 解 书\n{case}\n原告：{lender}，住所地{city}市高新技术产业开发区。\n法定代表人：{n:R}，董事长。\n委托诉讼代理人：{n:L}，{firm}律师。\n被告：{n:A}，{sexw:A}，{birth:A}出生，{eth:A}，住{addr:A}，公民身份号码{id:A:plain}。\n原告{lender}与被告{n:A}金融借款合同纠纷一案，本院于{date}立案后，依法适用简易程序进行审理。\n经本院主持调解，当事人自愿达成如下协议：\n一、被告{n:A}于{date}前偿还原告借款本金{amt}及利息{amt}，共计{amt}；\n二、如被告未按期足额履行上述任何一期还款义务，原告有权就剩余全部款项申请强制执行；\n三、案件受理费减半收取计{amt}，由被告负担。\n上述协议，不违反法律规定，本院予以确认。\n本调解书经各方当事人签收后，即具有法律效力。\n审判员　{n:J}\n{date}\n法官助理　{n:H}\n书记员　{n:S}",
    # 判决书 excerpt with 审判长 and 陪审员, spaced signature
    "……本院认为，原告与被告{n:A}之间的借款合同关系合法有效。被告{n:A}未按约还款，构成违约，应承担相应责任。被告{n:B}作为连带责任保证人，应对上述债务承担连带清偿责任。原告主张的律师费{amt}，未提交实际支出凭证，本院不予支持。\n依照《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：\n一、被告{n:A}于本判决生效之日起十日内偿还原告{lender}借款本金{amt}及逾期利息；\n二、被告{n:B}对上述第一项债务承担连带清偿责任；\n三、驳回原告的其他诉讼请求。\n如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状。\n审　判　长　{nsp:J}\n人民陪审员　{nsp:P1}\n人民陪审员　{nsp:P2}\n二〇二六年十月十二日\n书　记　员　{nsp:S}",
    # 仲裁裁决书
    "{arb}\n裁 决 书\n（2026）仲裁字第{days}号\n申请人：{lender}\n委托代理人：{n:L}，{firm}律师\n被申请人：{n:A}，{sexw:A}，{eth:A}，{birth:A}生，身份证号码{id:A}，住址{addr:A}，联系电话{ph:A}\n本会根据申请人与被申请人签订的借款合同中的仲裁条款及申请人的仲裁申请，于{date}受理了本案。本会依据仲裁规则，由首席仲裁员{n:C1}、仲裁员{n:C2}、仲裁员{n:C3}组成仲裁庭，于{date}以书面方式审理了本案。被申请人经合法通知，未提交答辩意见。\n仲裁庭认为，申请人已按约履行了放款义务，被申请人未按约还款，应承担违约责任。裁决如下：被申请人应向申请人支付借款本金{amt}、利息{amt}。本裁决为终局裁决，自作出之日起发生法律效力。\n首席仲裁员：{n:C1}\n仲裁员：{n:C2}　{n:C3}\n秘书：{n:S}",
    # 执行通知书
    "{court}\n执 行 通 知 书\n{case}\n{n:A}：\n申请执行人{lender}与你借款合同纠纷一案，{court}作出的民事调解书已经发生法律效力。申请执行人于{date}向本院申请强制执行，本院依法立案执行。依照《中华人民共和国民事诉讼法》的规定，责令你自本通知送达之日起立即履行下列义务：\n1. 支付欠款{amt}及迟延履行期间的债务利息；\n2. 负担执行费{amt}。\n你应如实向本院报告财产情况。拒不报告或者虚假报告的，本院将依法将你纳入失信被执行人名单。\n执行法官：{n:J}　联系电话：{land:J}\n书记员：{n:S}\n被执行人身份证号：{id:A}",
    # 人民调解协议书
    "人民调解协议书\n编号：{city}调字〔2026〕{n3}号\n当事人（甲方）：{n:A}，{sexw:A}，{age:A}岁，身份证号{id:A}，住{addr:A}，电话{ph:A}\n当事人（乙方）：{n:B}，{sexw:B}，{age:B}岁，电话{ph:B}\n纠纷简要情况：乙方于{date}借给甲方现金{amt}，约定半年内归还。甲方因经营失败无力一次还清，乙方多次上门催要，双方发生争执。\n经调解，双方自愿达成如下协议：\n1. 甲方于每月15日前向乙方支付{amt}，直至还清；\n2. 乙方不得再到甲方工作单位及其子女{n:C:sur=A:child}所在学校催要；\n3. 本协议一式三份，双方各执一份，调解委员会留存一份。\n甲方（签名）：{n:A}\n乙方（签名）：{n:B}\n人民调解员：{n:M}\n记录人：{n:K}\n{city}市某某街道人民调解委员会\n{date}",
    # 诉前调解 SMS, 12368
    "【{court}】{n:A}，您与{lender}金融借款合同纠纷一案已进入诉前调解程序，案号{case}，调解员{n:M}，联系电话{land:M}。请于{date}前登录人民法院在线服务平台查看。如有疑问请致电12368。",
    # fake legal notice the user pasted, names inside
    "我收到的“法院传票”照片，我打出来：\n传 票\n案由：信用卡纠纷\n被传唤人：{n:A}\n工作单位或住址：{addr:A}\n传唤事由：开庭\n应到时间：{date} 9:00\n应到处所：第{n3}法庭\n审判员：{n:J}  书记员：{n:S}\n联系人：{n:F}  {ph:F}\n——法院的传票会留私人手机号吗？我问了12368说查无此案。",
    # 催告函 to emergency contact
    "致紧急联系人{n:B}的催告函\n{n:B}{hon:B}：\n您好。借款人{n:A}（身份证号{id:A}）在我司合作平台{app}的借款已严重逾期，借款人在申请借款时将您登记为紧急联系人。现特函告知，请您转告借款人尽快处理。\n本函不构成要求您代为偿还之意思表示。\n{co}\n联系人：{n:F}\n工号：{acc:F:gh}\n电话：{ph:F}\n{date}",
]
T["receipt"] = [
    "转账详情\n{n:A}\n¥{amt}\n已收款\n转账时间 {dt}\n收款时间 {dt}\n转账单号 {acc:T:jy}\n备注 {n:B}还款",
    "交易详情\n-{amt}\n交易成功\n付款方式  余额宝\n商品说明  转账\n对方账户  {n:A} {ph:A}\n创建时间  {dt}\n订单号  {acc:T:jy}",
    "{bank}网上银行电子回单\n回单编号：{days}{tail}\n付款人  户名：{n:B}   账号：{card:B}\n收款人  户名：{n:A}     账号：{card:A}\n金额：{amt}\n摘要：跨行转账\n附言：{n:C}借款还款\n记账日期：{date}",
    "转账成功\n收款人：{n:A}\n收款账号：{cardm}\n付款卡：尾号{tail}\n附言：替{n:C}还的\n到账时间：预计两小时内",
    "截图文字：\n{n:A}向你转账 ¥{amt}\n[转账]请收款\n你已收款\n————\n这是我借给{n:A}的时候他还回来的第一笔，后来就不还了",
    "这是我转给那个{co}的人的截图，收款方写的是{n:A}，不是公司账户：\n支付宝转账\n收款方 {n:A}（{ph:A}）\n金额 {amt}\n状态 成功",
    "付款方：{n:B}\n收款方：{co}（对公）\n金额：{amt}\n备注：{n:C}的{app}欠款结清\n——他们说对公打款才算数，可我打完还说没收到",
    "手机银行 转账记录\n{date}  转出  {amt}  对方户名 {n:A}  对方账号 {card:A}  附言 协商还款\n{date}  转出  {amt}  对方户名 {n:A}  附言 第二期",
    "微信支付 付款成功\n{amt}\n收款方  {n:A}(*{giv:A})\n支付方式  零钱\n交易单号  {acc:T:jy}\n商户单号  可在支持的商户扫码退款",
    "云闪付 交易记录\n交易类型：转账\n付款方：{n:B}\n收款方：{n:A}\n收款银行：{bank}\n收款卡号：{card:A}\n交易金额：{amt}\n备注：{app}协商首付款",
    "电子回单（OCR）\n付 款 人 {nsp:B}\n收 款 人 {nsp:A}\n金 额 {amt}\n用 途 还款\n——我家里人{n:B}替我转的，对方账户是个人的",
    "这是他们让我转的账户，名字跟催收报的名字不一样：\n催收自称：{n:F}\n收款户名：{n:A}\n开户行：{bank}{city}分行\n卡号：{card:A}",
    "交易详情\n转账-转给{n:A}\n-{amt}\n对方账户  {em:A}\n付款方式  花呗\n备注  {n:B}代还",
    "收款记录（我整理的）：\n{date} 收到 {n:A} {amt}\n{date} 收到 {n:B} {amt}（备注：{n:A}让我转的）",
    "转账说明写的是“{n:A}借款利息”，收款人{n:B}，{bank}尾号{tail}。我问他为什么打到个人，他说是公司财务",
]


def sp():
    return pick([" ", "  ", "   ", "    ", "\t", "　", " \t", "      ", "  　"])


def tbl_contacts():
    hdr = sp().join(["序号", "姓名", "关系", "电话", "备注"])
    rows = [hdr]
    rels = ["本人", "父亲", "母亲", "配偶", "同事", "朋友", "哥哥", "姐姐", "领导", "室友"]
    for i in range(R.randrange(3, 7)):
        k = "ABCDEFG"[i]
        note = pick(["", "已打", "关机", "空号", "拒接", "说不认识", "让别打了"])
        rows.append(sp().join([str(i + 1), "{n:%s}" % k, rels[i] if i < len(rels) else "朋友",
                               "{ph:%s}" % k, note]).rstrip())
    intro = pick(["他们发到群里的表，原样贴：\n", "催收发给我的通讯录截图（我手打的）\n", "", "这是泄露出去的名单\n"])
    return intro + "\n".join(rows)


def tbl_staff():
    rows = [sp().join(["组别", "姓名", "工号", "分机", "在岗"])]
    for i in range(R.randrange(3, 6)):
        k = "ABCDEF"[i]
        rows.append(sp().join([pick(["A组", "B组", "外访", "诉讼", "C组"]), "{n:%s}" % k,
                               "{acc:%s:gh}" % k, str(R.randrange(8001, 8999)), pick(["是", "否", "√", ""])]).rstrip())
    return pick(["一个前催收员在论坛发的值班表：\n", "【内部】本周排班\n", ""]) + "\n".join(rows)


def tbl_pay():
    rows = [sp().join(["日期", "金额", "收款人", "方式", "备注"])]
    for i in range(R.randrange(3, 6)):
        k = pick("ABC")
        rows.append(sp().join(["{date}", "{amt}", "{n:%s}" % k, pick(["微信", "支付宝", "银行卡", "现金"]),
                               pick(["", "利息", "展期费", "说是本金", "没给收据"])]).rstrip())
    return pick(["我还过的钱（自己记的）\n", "还款明细：\n", ""]) + "\n".join(rows) + pick(["", "\n合计还了不少了，他们还说欠{amt}", "\n收款卡：{card:A}"])


def tbl_debtors():
    rows = [sp().join(["姓名", "身份证", "欠款", "逾期天数"])]
    for i in range(R.randrange(2, 5)):
        k = "ABCDE"[i]
        rows.append(sp().join(["{n:%s}" % k, "{id:%s:plain}" % k, "{amt}", "{days}"]))
    return pick(["他们在朋友圈发的“老赖名单”：\n", "曝光名单\n"]) + "\n".join(rows)


def tbl_class():
    rows = [sp().join(["学号", "姓名", "班级", "家长电话"])]
    for i in range(R.randrange(3, 6)):
        k = "ABCDEF"[i]
        rows.append(sp().join(["{acc:%s:xhp}" % k, "{nc:%s}" % k, "{pcls:c}", "{ph:%s}" % k]))
    return pick(["催收不知道从哪弄到了孩子班的名单，发给了我：\n", "班级通讯录（被泄露的那份）\n"]) + "\n".join(rows)


def tbl_glued():
    # a pasted table whose spaces were lost: names glued to numbers
    rows = []
    for i in range(R.randrange(3, 6)):
        k = "ABCDEF"[i]
        rows.append("{n:%s}{ph:%s:plain}{amt}" % (k, k))
    return pick(["复制过来格式全乱了：\n", "表格粘贴后变成这样：\n", ""]) + "\n".join(rows)


def tbl_mixed():
    return ("姓名：{n:A}" + sp() + "性别：{sexw:A}" + sp() + "民族：{eth:A}\n身份证：{id:A}" + sp() +
            "手机：{ph:A}\n单位：{city}某物流公司" + sp() + "职务：司机\n紧急联系人1：{n:B}" + sp() + "{ph:B}\n紧急联系人2：{n:C}"
            + sp() + "{ph:C}\n车辆：{pl:A}")


T["table"] = [tbl_contacts, tbl_staff, tbl_pay, tbl_debtors, tbl_class, tbl_glued, tbl_mixed]

T["student"] = [
    "我儿子{nc:C:sex=m}在{school}{pcls}，学号{acc:C:xhp}，催收打到了学校，班主任{nf:T}老师给我打电话问怎么回事",
    "我是{uni}{major}专业的学生{n:A}，学号{acc:A:xh}，在{app}借了{amt}，现在他们给我辅导员{n:F}和室友{n:R}打电话，还说要寄东西到{dorm:A}",
    "{pcls}家长群\n{nc:C}妈妈：请问谁家孩子今天被陌生人在校门口问话了？\n班主任{n:T}：各位家长注意，有人冒充家长打听学生信息，请勿透露。\n{nc:D}爸爸：我家也被问了",
    "他们连我女儿{nc:C:sex=f}的学籍号{acc:C:xj}都有，说知道她在{mschool}{mcls}",
    "学生证\n姓名　{n:A}\n学号　{acc:A:xh}\n学院　{major}学院\n班级　{major}{ucls}\n入学年份　2024\n——催收把我学生证照片发到了班级群",
    "关于{major}{ucls}学生{n:A}（学号：{acc:A:xh}）的情况说明\n该生于本学期多次接到不明催收电话，其同班同学{n:B}、{n:C}亦受到骚扰。学院已报警处理。\n辅导员：{n:F}\n{date}",
    "他们把我弟{nc:C:sur=A}的学校和班级都发出来了：{mschool}{mcls}，我弟才十四岁，我叫{n:A}，钱是我借的跟他没关系",
    "校园贷那个业务员叫{n:F}，是我们学校{major}的学长，他拿着我的校园卡号{acc:A:kh}和学号{acc:A:xh}帮我在{app}上申请的",
    "{kg}大班的{nc:C}是我孙子，今天放学有个男的自称{co}的，说要找{nc:C}他爸{nm:D:sur=C}",
    "我是{mschool}的老师{n:T}，我们班学生{nc:C}的家长欠了钱，催收的打电话到学校总机找我要学生家庭住址，这合法吗",
    "准考证号{acc:A:ks}，考生姓名{nc:A}——他们连我女儿高考的准考证都拍到了，威胁说考前要去学校闹",
    "我室友{n:R}用我的身份证在{app}上申请了借款，现在催收天天打我电话，我学号{acc:A:xh}，在{uni}{major}{ucls}，我叫{n:A}",
    "班主任在群里@我：“{nc:C}家长，有自称{co}的人打到学校来，请您尽快处理家里的事，不要影响孩子。”我孩子才{pcls}",
    "催收说：“你不还，我就打给你们学院的{n:F}老师，还有你们班长{n:B}。”我是大二学生，学号{acc:A:xh}",
    "{uni}学生资助中心提醒：近期有不法分子冒充学校工作人员，以“助学贷款逾期”为由联系学生{n:A}等人，请同学们提高警惕。",
]

T["dialect"] = [
    "俺家那口子{nm:A}啊，在外头欠了人家钱，那催收的天天打电话，说啥要找俺老丈人{nm:B}，咋整啊这是",
    "那个催收的莫得礼貌得很，喊我转告{nf:A}，说{nf:A}再不还钱就要去她屋头找她妈老汉，我跟{nf:A}八竿子打不着",
    "恁说这中不中，他们打给俺妹子{nf:A}，俺妹子啥都不知道，还吓得一宿没睡，那个男的还说他叫{nm:F}",
    "佢哋话我阿哥{nm:A}欠咗钱，仲打去我老豆{nm:B:sur=A}公司度，搞到佢老细都知",
    "阿拉屋里厢老头子{nm:A}，伊拉讲伊借了钞票，天天打电话来，侬讲哪能办",
    "[00:00:03] 催收：喂，是{n:A}吗？\n[00:00:05] 我：你打错了\n[00:00:09] 催收：你别装，{n:B}是你老婆吧？\n[00:00:14] 我：……\n[00:00:16] 催收：我是{co}的{n:F}，你听好了",
    "喂喂那个我跟你讲哈就是那个{n:A}嘛他前年在我这借了钱然后现在人找不到了那个催收的就天天打我电话我咋知道他在哪",
    "录音整理：\n男（自称{n:F}）：你是{n:A}的啥人？\n我：邻居。\n男：邻居？你跟他说，再不还，俺们就上门了，他家住哪俺们都知道。\n我：你找{n:A}去，找我干啥。",
    "额跟你说嘛，那个催收的一口一个{n:A}，额根本不认得这个人，额的号是新办的",
    "哎呀妈呀，那催收的贼能磨叽，一天打八遍，非说俺是{nf:A}她大姨，俺姓{sur:F}，跟她啥关系没有",
    "我们那边讲话就是，那个{nm:A}哦，他欠人家钱欠了好多年咯，人家就打到他屋里头，他屋里头就剩他奶奶{nf:B:sur=A}一个人",
    "语音转文字：嗯就是那个叫{n:F}的嘛说他是{co}的然后问我认不认识{n:A}我说不认识他就开始骂人",
    "（四川话录音转写）你晓得{nm:A}在哪儿不嘛？他欠我们公司钱，你跟他是耍得好的噻，你喊他给我回个电话，我叫{n:F}",
    "阮阿爸{nm:A}乎人叫去讲伊欠钱，阮攏毋知影，那个人讲伊叫{n:F}",
    "伊个催收个人讲话邪气难听，讲要寻到{n:A}单位里去，伊讲伊叫{n:F}，工号{acc:F:gh}",
]

T["glued"] = [
    "{n:A}{ph:A:plain}欠款{amt}逾期{days}天",
    "紧急联系人{n:A}{ph:A:plain}，{n:B}{ph:B:plain}",
    "收款人{n:A}{card:A}，你直接转过去就行",
    "{date}{n:A}又打来，说{n:B}也是担保人",
    "{n:A}2026年3月借的，{n:B}2026年5月借的，都是在{app}",
    "已还{amt}{n:A}说还不够，还要{amt}",
    "{n:A}{id:A:plain}，这是他们群发的",
    "工号{acc:A:gh}{n:A}，就是这个人骂我",
    "{n:A}{ph:A:plain}{n:B}{ph:B:plain}这两个号轮流打",
    "{n:A}5000{n:B}3000{n:C}2000，他们说我们仨都得还",
    "借款人{n:A}30岁，住{addr:A}",
    "{n:A}QQ{qq:A}，{n:B}微信{wx:B}",
    "第{n3}期{n:A}没还，第{n3}期也没还",
    "{time}{n:A}打了{n3}个电话",
    "催收员{n:A}{land:A:ext}",
    "{amt}{n:A}转给我的，不是借的",
    "{n:A}{pl:A}，他们说要拖这个车",
    "截图上写着：{n:A}{acc:A:ht}欠{amt}",
    "{n:A}{em:A}，这个邮箱是他留的",
    "户名{n:A}卡号{card:A}开户行{bank}",
]

T["trad"] = [
    ("hk", "我細佬{nm:A}喺{hkl}借咗錢，佢哋打咗去我阿媽{nf:B:sur=A}嗰度，仲話要上門{addrhk:A}，電話{hk:A}"),
    ("hk", "律師信\n致：{hkr:A}先生（{n:A}）\n香港身份證號碼：{hkid:A}\n地址：{addrhk:A}\n本行代表客戶{hkl}就閣下拖欠之貸款{hkd}發出此函。\n{hkfirm}\n經辦律師：{n:L}"),
    ("hk", "個自稱{hkl}收數公司嘅男人話佢叫{n:F}，員工編號{acc:F:gh}，打咗十幾次去我公司，仲搵埋我老闆{n:B}"),
    ("hk", "我個仔{nc:C}讀{hksch}{hkcls}，佢哋竟然打去學校，話要搵{nc:C}家長，學生編號{acc:C:xhp}都有"),
    ("hk", "轉數快付款記錄\n收款人：{hkr:A}\n收款人名稱（中文）：{n:A}\n金額：{hkd}\n參考編號：{acc:T:jy}\n備註：{n:B}還款"),
    ("tw", "【簡訊】{n:A}您好，您於{twb}之信用卡帳款已逾期{days}日，請儘速聯繫本公司{title}{n:B}，電話{tw:B}"),
    ("tw", "臺灣臺北地方法院 支付命令\n債權人：{twb}股份有限公司\n法定代理人：{n:R}\n債務人：{n:A}\n身分證統一編號：{twid:A}\n住：{addrtw:A}\n司法事務官：{n:J}"),
    ("tw", "我哥{nm:A}欠了錢，討債公司打到我媽{nf:B:sur=A}家裡，還說知道我姪女{nc:C:sur=A}讀哪間國小"),
    ("tw", "LINE截圖：\n{n:F}：你好，我是{co}的法務專員{n:F}，這是我的工號{acc:F:gh}\n我：我不認識{n:A}\n{n:F}：那你跟{n:A}是什麼關係？"),
    ("tw", "ATM轉帳明細\n轉出帳號：{card:B}\n轉入帳號：{card:A}\n戶名：{n:A}\n金額：{ntd}\n備註：{n:B}還款\n交易時間：{dt}"),
    ("tw", "護照英文姓名 {twr:A}，中文 {n:A}，他們寄來的信上兩個都寫了，還有我的電話{tw:A}"),
    ("mo", "我喺澳門做嘢，佢哋打去我老細{n:A}度，又打去我阿爸{nm:B}，電話{mo:B}，住{addrmo:B}"),
    ("mo", "澳門身份證號碼{moid:A}，姓名{n:A}，佢哋連我個證件相都有，話唔還{mop}就去我公司"),
    ("mo", "收數佬自稱叫{n:F}，話係{co}嘅，問我識唔識{n:A}，我話唔識，佢就話要去{addrmo:A}搵人"),
    ("t", "對方自稱是{co}的法務專員{n:F}，工號{acc:F:gh}，說{n:A}已經被起訴了，叫我轉告"),
    ("hk", "WhatsApp截圖\n[{time}] {hkr:F}: 你好，我係{hkl}嘅{n:F}，{n:A}嘅還款已經逾期\n[{time}] 我: 我唔識呢個人"),
]

T["minority"] = [
    "我老公{nmin:A:sex=m}在{xj}开馕店，催收的打电话找他，他的身份证号{id:A}都被发到群里了",
    "借款人：{nmin:A}\n民族：{eth:A}\n紧急联系人：{nmin:B}（配偶）\n电话：{ph:B}",
    "自称{co}的{n:F}说要去{tb}找{nmin:A}的家人，{nmin:A}是我同事，人在{city}上班",
    "学生{nmin:A:sex=m}，学号{acc:A:xh}，{uni}{major}{ucls}，催收打给了他的辅导员{n:F}",
    "收款人{nmin:A}，卡号{card:A}，这是他们让我打的账户",
    "我叫{nmin:A}，{eth:A}，住在{mg}，他们说我在{app}借了{amt}，我从来没借过",
    "被告：{nmin:A}，{sexw:A}，{eth:A}，{birth:A}出生，住{addr:A:village}\n原告：{lender}",
    "录音里催收说：“你是{nmin:A}吧？{nmin:B}是你哥吧？你们家的地址我们都有。”",
    "在{xj}做生意的{nmin:A}和{nmin:B}都被同一个号{ph:F}打过",
    "她全名{nmin:A:sex=f}，我们平时叫她{giv:A}，催收打到我这里问她",
    "{nmin:A}{ph:A:plain}，这是他们发到我们村群里的",
    "我们村的{nmin:A}，还有他表弟{nmin:B}，都接到过自称{co}的电话",
]

STORY = [
    "事情是这样的，我{date}在{app}借了{amt}，当时说好分十二期，后来厂里停工，我就还不上了。",
    "逾期之后第三天就开始有人打电话，一开始还算客气，后来越来越难听。",
    "我现在最怕的是他们去我老家，我妈身体不好，有高血压。",
    "我也想还，但是利息算下来年化超过了{pct}，我觉得不合理。",
    "我已经打过12321和12378投诉，也去派出所问过，派出所说这是经济纠纷。",
    "下面是我整理的材料，不知道够不够，麻烦帮我看看。",
    "我不是不还，我只想按本金还，他们说不行，必须一次性结清。",
    "我把他们的号码都拉黑了，他们就换号打，一天能换十几个号。",
    "他们还在群里发我的照片，说我是老赖，我都不敢出门了。",
    "求求你们告诉我，这种情况我应该先做什么。",
    "我问他们要正规的还款账户，他们一直推脱，只给私人卡。",
    "这件事我一直没敢告诉家里人，现在瞒不住了。",
]
LONG_HEAD = ["情况说明：", "我把所有情况都写在这里：", "求助！内容有点长，请耐心看完。", "补充材料（第二次填写）", ""]


def build_long(ctx):
    parts = [pick(LONG_HEAD)] if R.random() < 0.8 else []
    groups = ["self", "receipt", "glued", "student", "table", "dialect", "legal"]
    chosen = R.sample(groups, R.randrange(4, 8)) + ([pick(["self", "receipt", "legal"])] if R.random() < 0.4 else [])
    segs = []
    for i, g in enumerate(chosen):
        if R.random() < 0.8:
            segs.append(pick(STORY))
        tpl = pick(T[g])
        if callable(tpl):
            tpl = tpl()
        # separate key namespace per part: A in part 2 is not A in part 1
        tpl = re.sub(r"\{(\w+):([A-Z]\w*)", lambda m: "{%s:%s%d" % (m.group(1), m.group(2), i), tpl)
        tpl = re.sub(r"sur=([A-Z]\w*)", lambda m: "sur=%s%d" % (m.group(1), i), tpl)
        segs.append(tpl)
    segs.append(pick(STORY))
    return "\n".join(parts + segs)


T["other"] = [
    "他们用{ph:A}、{ph:B}和{land:C}轮流打我电话",
    "收款账户{card:A}，他们说转到这个卡就给我消掉逾期记录",
    "我的学号{acc:A:xh}也被发出来了，还有我宿舍{dorm:A}",
    "催收加我的微信号是{wx:A}，QQ是{qq:B}",
    "他们说要寄律师函到{addr:A}，这是我户籍地址",
    "车牌{pl:A}，他们说要拖车",
    "发件邮箱{em:A}，附件是一个“起诉书”",
    "转账单号{acc:A:jy}，{amt}，转完他们说没收到",
    "身份证号{id:A}，他们在短信里直接写出来了",
    "工号{acc:A:gh}，这个人骂得最凶",
    "香港號碼{hk:A}同埋{hk:B}，成日打嚟",
    "他們寄到{addrtw:A}的信，收件人寫的是我媽",
    "合同编号{acc:A:ht}，我根本没签过",
    "{ph:A:plain}\n{ph:B:plain}\n{ph:C:plain}\n这三个号码都是他们的",
    "准考证号{acc:A:ks}被他们拍照发到群里了",
    "對方留的電話{tw:A}，說是法務部",
    "澳門電話{mo:A}，打過嚟話要搵我",
    "付款卡{card:A}，收款人那栏被他们打了马赛克",
]

T["none"] = [
    "我是{co}的王专员，你的案子现在在我手上，请你今天之内给我回电话。",
    "那个自称{sur:X}经理的人又打来了，还说他们{co}是持牌机构",
    "转账详情\n收款方  **{giv:X}\n金额  {amt}\n备注  还款\n交易单号已隐藏",
    "付款方：张*\n收款方：{co}\n金额：{amt}\n状态：处理中",
    "孩子在{school}{pcls}，班主任让我们家长注意陌生电话，学校门卫已经加强登记了",
    "民 事 调 解 书\n原告：（公司名称）\n被告：__________\n审判员：（签名）\n书记员：（签名）\n本调解书经双方当事人签收后，即具有法律效力。",
    "他们说我住在中山路那边，其实我住在解放路，他们连地址都搞错了",
    "俺也不知道咋整，那催收的一天打八遍，俺们村的人都知道了",
    "佢哋成日打嚟，我話唔識呢個人，佢哋仲係照打",
    "他們說要寄存證信函到我家，我查了一下，存證信函要去郵局寄",
    "我在周大福买的金镯子被他们说成是用借的钱买的",
    "他们说在杨国福麻辣烫门口等我，我根本不在那个城市",
    "催收员小李和老张轮流打，还有一个自称黄律师的",
    "收款人那一栏只显示了姓，后面是星号，我没法知道是谁",
    "逾期{days}天，本金{amt}，他们要我还{amt}，年化{pct}",
    "律师函上写的律师事务所我查了，{firm}确实存在，但是他们说没有接过这个案子",
    "判决书上的案号是{case}，我在中国裁判文书网上查不到",
    "维吾尔族同事说他们那边也接到过类似的电话，喀什和阿克苏都有",
    "在拉萨上班的时候也接过这种电话，说是{co}的",
    "他们说：“你姓刘是吧？文刀刘？我们已经查到你了。”",
    "Hi, this is the Legal Department of {hkl}. Your account is overdue. Please contact our hotline.",
    "学号、班级这些信息他们是怎么知道的？学校说没有泄露",
    "他把付款方、收款方和备注都截图发给我了，但我看不懂",
    "王经理说下周一给我回电话，到现在都没消息",
    "{app}的客服说他们没有委托{co}",
    "那个男的说话带东北口音，自称姓赵，说是{city}分公司的",
    "我在张江上班，他们说要去张江找我",
    "老赵家的馒头店门口被贴了催款单，但那不是我们家",
    "转数快付款，收款人顯示為 CHAN T** M**，金額{hkd}",
    "班主任周老师说有人打电话到学校，让我们家长小心",
]


# ================================================================ preserve
PLACES = ["中山路", "中山北路", "逸仙路", "黄兴路", "蔡锷路", "左权路", "张自忠路", "赵登禹路",
          "佟麟阁路", "志丹路", "靖宇街", "尚志大街", "子长路", "鲁迅路", "冼星海路", "聂耳路",
          "郭守敬路", "左权县", "志丹县", "靖宇县", "尚志市", "子长市", "中山市", "黄陂区",
          "王府井", "李沧区", "徐汇区", "杨浦区", "石景山区", "周口市", "钟山区", "张家口",
          "石家庄", "马鞍山", "何家湾", "郭家庄", "赵家楼", "钱塘江", "孙家湾", "周庄古镇",
          "沈家门", "陈家祠", "乔家大院", "王家大院", "常家庄园", "刘家峡", "吴江区", "朱家角",
          "马家窑", "杨家坪", "张江高科", "李村公园", "王府花园", "金地格林小镇", "保利林语溪",
          "龙湖春江郦城", "碧桂园凤凰城", "万科金色家园", "世茂滨江花园", "翠湖天地", "华润二十四城",
          "绿地海域香廷", "融创玖玺台", "恒大名都", "富力城", "建业桂园", "正商书香华府",
          "中原区", "二七区", "管城回族区", "喀什古城", "阿克苏地区", "拉萨市城关区", "日喀则",
          "锡林郭勒盟", "凉山彝族自治州", "西昌", "甘孜藏族自治州", "伊犁哈萨克自治州",
          "呼和浩特", "九龍旺角", "沙田第一城", "觀塘", "銅鑼灣", "尖沙咀", "臺北市大安區",
          "新北市板橋區", "高雄市三民區", "澳門氹仔", "黑沙環", "新馬路", "中山大学", "逸仙路站",
          "黄花岗", "岳麓山", "武侯祠", "杜甫草堂", "包公祠", "关帝庙", "文昌阁", "太白山"]
BRANDS = ["周大福", "周生生", "周六福", "老凤祥", "李宁", "王老吉", "老干妈", "张小泉", "陈李济",
          "马应龙", "同仁堂", "全聚德", "海底捞", "蜜雪冰城", "杨国福麻辣烫", "张亮麻辣烫", "老乡鸡",
          "周黑鸭", "绝味鸭脖", "良品铺子", "三只松鼠", "钱大妈", "黄焖鸡米饭", "沙县小吃",
          "兰州拉面", "美宜佳", "永和豆浆", "张飞牛肉", "王守义十三香", "徐福记", "百草味",
          "郑明明", "谭木匠", "胡庆余堂", "曹氏鸭脖", "袁记云饺", "陈克明面条", "雷允上",
          "刘一手火锅", "谢馥春", "马记永", "大卫拉面", "安踏", "波司登", "特步", "华为Mate 60",
          "小米14", "荣耀X50", "OPPO Reno", "vivo X100", "iPhone 15 Pro", "iPad Air", "美团外卖",
          "饿了么", "拼多多", "淘宝", "京东", "抖音", "快手", "闲鱼", "转转", "得物", "唯品会"]
KIN = ["王经理", "李主任", "张律师", "刘法官", "陈警官", "赵老师", "周专员", "吴组长", "黄书记",
       "孙会计", "马师傅", "朱总", "胡科长", "郭所长", "何调解员", "高队长", "林医生", "罗老板",
       "老王", "小李", "大刘", "老周头", "小张", "阿强", "阿芳", "二舅", "三姑", "表哥", "堂姐",
       "小叔子", "妯娌", "亲家母", "班主任", "辅导员", "宿管阿姨", "教导主任", "班长", "学习委员",
       "王同学", "李同学", "张某", "李某某", "王XX", "赵某某", "陈生", "黃太", "李小姐", "何先生",
       "阿伯", "阿婆", "細佬", "老細", "阿爸", "阿媽", "俺爹", "俺娘", "老汉", "婆娘", "阿拉娘",
       "Z先生", "W女士", "L总", "姓刘的那个", "姓周的法务"]
IDIOMS = ["张冠李戴", "王婆卖瓜，自卖自夸", "马到成功", "杨柳依依", "高山流水", "金玉满堂",
          "周而复始", "江郎才尽", "名落孙山", "毛遂自荐", "司马昭之心，路人皆知", "黄粱一梦",
          "白手起家", "何去何从", "胡说八道", "梁上君子", "于事无补", "于心不忍", "万无一失",
          "安居乐业", "常年累月", "程门立雪", "齐心协力", "华而不实", "方兴未艾", "石沉大海",
          "林林总总", "叶公好龙", "说曹操曹操到", "包罗万象", "车水马龙", "严阵以待", "姜还是老的辣",
          "牛气冲天", "金蝉脱壳", "钱可通神", "孔武有力", "罗雀掘鼠", "郑重其事", "冯京马凉",
          "韩信点兵，多多益善", "吕端大事不糊涂", "殷鉴不远", "柳暗花明", "汤汤水水", "庞然大物",
          "雷厉风行", "龙飞凤舞", "康庄大道", "尚方宝剑", "施恩不图报", "甘拜下风", "田忌赛马",
          "祝你好运", "莫名其妙", "戴罪立功", "关门大吉", "宁缺毋滥", "温故知新"]
WORDS = ["王牌", "张贴", "李子", "高度", "周末", "马上", "黄金", "白条", "金条", "钱包", "常规",
         "严重", "余额", "付款方", "收款人", "于是", "向日葵", "尚未", "施工", "时间", "党员",
         "和解", "单据", "明细", "桂花", "简历", "项目", "康复", "路费", "包括", "万元", "计划",
         "全额", "连续", "童年", "商量", "钟点工", "文件", "毕业", "师傅", "宁可", "房租", "骆驼",
         "蒙古包", "藏青色", "回执", "满意度", "壮大", "苗头", "彝绣", "傣族园", "朝鲜冷面",
         "维权", "哈密瓜", "备注", "附言", "摘要", "用途", "学号", "班级", "学籍", "准考证",
         "校园卡", "一卡通", "宿舍楼", "助学贷款", "学信网", "辅导员办公室", "学生处", "家长会",
         "判决书", "调解书", "催告函", "律师函", "裁决书", "执行通知书", "支付令", "传票",
         "委托诉讼代理人", "法定代表人", "人民陪审员", "书记员", "审判长", "审判员", "法官助理",
         "首席仲裁员", "人民调解员", "记录人", "执业证号", "统一社会信用代码", "公民身份号码"]
LATIN = ["APP", "VIP", "OK", "WiFi", "Apple Pay", "PayPal", "Visa", "Mastercard", "UnionPay",
         "Alipay", "WeChat Pay", "Octopus", "FPS", "PayMe", "LINE Pay", "JKOPAY", "ATM", "SWIFT",
         "Reference No.", "Due Date", "Overdue", "Grace Period", "Minimum Payment",
         "Customer Service", "Legal Department", "Collection Agency", "Final Notice", "Hotline",
         "huankuan", "yuqi", "cuishou", "jinji lianxiren", "zhengxin", "fawu", "wangdai",
         "Huabei", "Jiebei", "Weilidai", "Duxiaoman", "Anyihua", "Fenqile", "Zhaolian",
         "Mashang Xiaofei", "Haidilao", "Mixue", "Zhongshan Road", "Nanjing Road", "Jiefang Road",
         "Renmin Road", "Wangfujing", "Xujiahui", "Tianhe", "Futian", "Zhangjiang", "Mong Kok",
         "Sha Tin", "Kwun Tong", "Causeway Bay", "Xinyi District", "Banqiao", "Taipa", "Macau",
         "Hong Kong", "Taipei", "Court", "Lawyer", "Receipt", "Transfer", "Payee", "Remark",
         "Student ID", "Class 3B", "Grade 5", "WhatsApp", "LINE", "QQ群", "微信群", "Face ID"]
HOTLINES = ["95588", "95533", "95555", "95599", "95566", "95595", "95528", "12378", "12363",
            "12368", "96110", "12321", "12315", "110", "12345", "10086", "10010", "10000",
            "400-820-8820", "400-699-7700", "1999", "165", "110報案專線", "(02)2311-3731"]
HOTFRAMES = ["客服热线{X}", "我打了{X}", "{X}是官方电话吗", "请拨打{X}咨询", "{X}投诉过了"]


def nums():
    out = []
    for _ in range(30):
        out.append(pick(["借款", "到手", "已还", "剩余应还", "本金", "利息", "服务费", "砍头息", "违约金"]) + amount())
    for _ in range(15):
        out.append(f"逾期{R.randrange(1, 500)}天")
    for _ in range(15):
        out.append(pick(["年化利率", "日利率", "月利率", "服务费率", "罚息"]) + pick(["24%", "36%", "0.05%", "1.5%", "18.25%", "35.9%", "0.098%", "7.2%"]))
    for _ in range(20):
        out.append(pick(["", "还款日", "账单日", "到期日", "开庭时间", "立案日期"]) + date())
    for _ in range(12):
        out.append(pick(["今天", "明天", "下午", "晚上", "凌晨"]) + hhmm())
    for _ in range(12):
        out.append(f"第{R.randrange(1, 36)}期，共{pick([3, 6, 12, 24, 36])}期")
    for _ in range(12):
        out.append(pick(["版本号", "APP版本", "iOS", "Android", "v"]) + f"{R.randrange(1, 18)}.{R.randrange(10)}.{R.randrange(10)}")
    for _ in range(15):
        out.append(pick(["案号", "", "执行案号"]) + case_no())
    for _ in range(8):
        out.append(f"{pick(['沪', '粤', '豫', '京'])}金规〔2026〕{R.randrange(1, 40)}号")
    for _ in range(10):
        out.append(f"订单尾号{digits(4)}" if R.random() < 0.5 else f"卡号尾号{digits(4)}")
    for _ in range(12):
        out.append(pick(["售价", "原价", "到手价", "月供", "首付"]) + f"{R.randrange(9, 9999)}" + pick(["元", ".00元", "元起", ""]))
    for _ in range(8):
        out.append(pick(["邮编", "邮政编码"]) + pick(["450000", "518000", "610041", "430070", "250000", "310012"]))
    for _ in range(10):
        out.append(pick(["通话时长", "通话"]) + f"{R.randrange(0, 30)}分{R.randrange(60)}秒")
    for _ in range(10):
        out.append(pick(["HK$", "NT$", "MOP ", "港幣", "新台幣"]) + f"{R.randrange(1, 900) * 100:,}")
    for _ in range(8):
        out.append(f"{pick(['二〇二六年', '2026年'])}{pick(CN_NUM)}月{pick(['一', '十', '二十', '三'])}日")
    for _ in range(8):
        out.append(f"{pick(['三年级二班', '初二（5）班', '高一（12）班', '计科2201班', '会计2302班', '中三B班', '大二', '2024级'])}")
    for _ in range(8):
        out.append(f"第{R.randrange(1, 20)}法庭")
    return out


PRES_FRAMES = {
    "place": ["{X}", "他们说要去{X}找我", "我住在{X}附近", "{X}那边的人也接到过", "快递寄到了{X}"],
    "brand": ["{X}", "在{X}买的", "{X}的发票", "{X}门口", "用花呗在{X}付的款"],
    "co": ["{X}", "自称{X}的", "{X}是不是正规公司", "{X}发来的律师函", "{X}委托的第三方"],
    "app": ["{X}", "在{X}上借的", "{X}的账单已出", "{X}是正规平台吗", "{X}逾期了"],
    "kin": ["{X}", "{X}说下周回电话", "那个{X}又打来了", "{X}也知道这件事了"],
    "idiom": ["{X}", "真是{X}"],
    "word": ["{X}", "{X}那一栏写的什么", "请核对{X}"],
    "latin": ["{X}"],
}
LEGAL_LINES = [
    "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状",
    "本调解书经各方当事人签收后，即具有法律效力",
    "上述协议，不违反法律规定，本院予以确认",
    "特此函告", "此致 敬礼", "本裁决为终局裁决，自作出之日起发生法律效力",
    "被申请人经合法通知，未提交答辩意见", "依法适用简易程序进行审理",
    "本所律师特此提醒您于收到本函之日起七日内履行", "案件受理费减半收取",
    "本函不构成要求您代为偿还之意思表示", "责令你自本通知送达之日起立即履行",
    "拒不报告或者虚假报告的，本院将依法将你纳入失信被执行人名单",
    "经本院主持调解，当事人自愿达成如下协议", "驳回原告的其他诉讼请求",
    "转账详情", "交易成功", "已收款", "收款方全称", "付款方式 零钱", "备注 还款", "电子回单",
    "回单编号", "打印次数 1", "记账日期", "摘要 跨行转账", "附言 房租", "交易单号已隐藏",
    "商户单号 可在支持的商户扫码退款", "预计两小时内到账", "转账失败：户名与账号不符",
    "对方已收款", "[转账]请收款", "收款方 **明", "付款方 张*", "收款人 王*芳",
    "俺也不知道咋整", "莫得钱还", "佢哋成日打嚟", "阿拉勿晓得", "额不认得这个人",
    "恁说这中不中", "哎呀妈呀，贼能磨叽", "你晓得不嘛", "我哋唔識呢個人", "阮攏毋知影",
    "喂喂喂你听我说", "嗯就是那个嘛", "你打错了", "这个号是新办的", "他说他姓刘，文刀刘",
    "学校说没有泄露学生信息", "班主任让家长注意陌生电话", "学院已报警处理",
    "请勿向陌生人透露学生信息", "校园贷不是正规助学贷款", "国家助学贷款由学校资助中心办理",
    "维吾尔族", "哈萨克族", "藏族", "蒙古族", "彝族", "回族", "壮族", "朝鲜族", "汉族",
    "香港身份證", "澳門身份證", "身分證統一編號", "存證信函", "支付命令", "司法事務官",
    "轉數快", "收數公司", "財務公司", "律師信", "討債公司", "簡訊", "法務專員", "工號",
]


def build_preserve():
    cands = []
    for X in PLACES:
        for f in R.sample(PRES_FRAMES["place"], 2):
            cands.append(f.replace("{X}", X))
    for X in BRANDS:
        for f in R.sample(PRES_FRAMES["brand"], 2):
            cands.append(f.replace("{X}", X))
    for X in COMPANIES + FIRMS + LENDERS + COURTS + ARBS + HKL + TWB:
        for f in R.sample(PRES_FRAMES["co"], 2):
            cands.append(f.replace("{X}", X))
    for X in APPS:
        for f in R.sample(PRES_FRAMES["app"], 3):
            cands.append(f.replace("{X}", X))
    for X in BANKS:
        for d in R.sample(DEPTS + ["信用卡中心", "客服中心", "个人金融部"], 3):
            cands.append(X + d)
    for X in KIN:
        for f in R.sample(PRES_FRAMES["kin"], 2):
            cands.append(f.replace("{X}", X))
    for X in IDIOMS:
        for f in R.sample(PRES_FRAMES["idiom"], 1 + (R.random() < 0.3)):
            cands.append(f.replace("{X}", X))
    for X in WORDS:
        for f in R.sample(PRES_FRAMES["word"], 2):
            cands.append(f.replace("{X}", X))
    for X in LATIN:
        cands.append(X)
    for X in HOTLINES:
        for f in R.sample(HOTFRAMES, 2):
            cands.append(f.replace("{X}", X))
    for t in TITLES:
        cands.append(t)
        cands.append(f"自称{t}")
    for d in DEPTS:
        cands.append(d)
    for c in CITIES:
        cands.append(f"{c}市中级人民法院")
        cands.append(f"{c}市公安局{pick(['反诈中心', '经侦支队', '派出所'])}")
    for u in UNIS:
        cands.append(u)
        cands.append(f"{u}{pick(MAJORS)}专业")
    for s in SCHOOLS:
        cands.append(f"{pick(CITIES)}市{s}")
    cands += LEGAL_LINES
    cands += nums()
    cands += [re.sub(r"\{\w+\}", "", s).strip("，。") for s in STORY if "{" not in s]
    n_cands = len(cands)
    # traditional versions of a sample
    sample = R.sample(cands, 170)
    for s in sample:
        t = CC[pick(["s2t", "s2hk", "s2tw"])].convert(s)
        if t != s:
            cands.append(t)
    return cands, n_cands


# ================================================================ main
COUNTS = OrderedDict([("self", 40), ("legal", 32), ("receipt", 32), ("table", 22), ("student", 30),
                      ("dialect", 26), ("glued", 26), ("trad", 28), ("minority", 22), ("long", 18),
                      ("other", 20), ("none", 30)])


def norm(s):
    return re.sub(r"\s", "", s)


def load_others():
    texts, lines = set(), set()
    nfiles = 0
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl"))):
        if "tune22" in f:
            continue
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.strip()
                if ln:
                    texts.add(norm(json.loads(ln)["text"]))
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt"))):
        if "tune22" in f:
            continue
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                if ln.strip():
                    lines.add(norm(ln))
    return nfiles, texts, lines


def template_blob():
    parts = []
    for g, ts in T.items():
        for t in ts:
            if isinstance(t, tuple):
                t = t[1]
            if callable(t):
                continue
            parts.append(PH.sub("", t))
    parts += STORY + LONG_HEAD + COMPANIES + APPS + DEPTS + TITLES + FIRMS + LENDERS + COURTS + \
        ARBS + BANKS + CITIES + UNIS + MAJORS + SCHOOLS + KGS + ESTATES + ROADS + VILLAGES + \
        [" ".join(c) for c in COUNTIES] + [p for p, c, d in PROV_CITY] + [c for p, c, d in PROV_CITY] + \
        [x for p, c, d in PROV_CITY for x in d]
    s = "\n".join(parts)
    return s + "\n" + CC["s2t"].convert(s) + "\n" + CC["s2hk"].convert(s)


PRES_CAP = 1220


def main():
    global PRESERVE_BLOB, TEMPLATE_BLOB
    nfiles, other_texts, other_lines = load_others()
    # ---- preserve first, so that names can avoid it
    cands, n_base = build_preserve()
    own_rep = ext_drop = 0
    seen = set()
    pres = []
    for c in cands:
        c = c.strip()
        k = norm(c)
        if not k or k in seen:
            own_rep += 1
            continue
        seen.add(k)
        if k in other_lines or k in other_texts:
            ext_drop += 1
            continue
        pres.append(c)
    R.shuffle(pres)
    PRESERVE_BLOB = "\n".join(norm(p).lower() for p in pres)
    TEMPLATE_BLOB = template_blob()

    # ---- records
    records = []
    stats = Counter()
    rec_redraw = 0
    own_texts = set()
    for g, n in COUNTS.items():
        order = []
        while len(order) < n:
            idx = list(range(len(T[g]))) if g != "long" else [0]
            R.shuffle(idx)
            order += idx
        for i in order[:n]:
            for attempt in range(50):
                ctx_trad = None
                if g == "long":
                    tpl = build_long(None)
                else:
                    tpl = T[g][i]
                    if isinstance(tpl, tuple):
                        ctx_trad, tpl = tpl
                    if callable(tpl):
                        tpl = tpl()
                ctx = Ctx(trad=ctx_trad)
                segs = render(tpl, ctx)
                res = finish(segs, ctx_trad)
                if res is None:
                    stats["redraw_residual"] += 1
                    continue
                text, pii = res
                k = norm(text)
                if k in other_texts or k in own_texts or k in other_lines:
                    rec_redraw += 1
                    continue
                own_texts.add(k)
                records.append(dict(group=g, text=text, pii=pii))
                break
            else:
                raise RuntimeError("could not draw a record for " + g)
    R.shuffle(records)
    # ---- checks
    allvals = []
    for r in records:
        last = -1
        for it in r["pii"]:
            v = it["value"]
            assert v in r["text"], v
            p = r["text"].find(v)
            assert p >= last, (r["text"], v)
            last = p
            allvals.append(norm(v).lower())
        if r["group"] in ("other", "none"):
            assert not any(it["kind"] == "name" for it in r["pii"])
        if r["group"] == "none":
            assert not r["pii"], r["text"]
    # no labelled name of any record occurs unlabelled in any record
    for r in records:
        masked = r["text"]
        for it in sorted(r["pii"], key=lambda x: -len(x["value"])):
            masked = masked.replace(it["value"], "\x00")
        mk = norm(masked)
        for r2 in records:
            for it in r2["pii"]:
                if it["kind"] == "name":
                    assert norm(it["value"]) not in mk, "unlabelled name"
    # no preserve line contains a pii value
    pres_hits = 0
    valset = set(allvals)
    keep = []
    for p in pres[:PRES_CAP]:
        pk = norm(p).lower()
        if any(v in pk for v in valset):
            pres_hits += 1
            continue
        keep.append(p)
    assert pres_hits == 0, pres_hits
    # luhn / id checks
    for r in records:
        for it in r["pii"]:
            if it["kind"] == "bank_card":
                d = re.sub(r"\D", "", it["value"])
                assert luhn_complete(d[:-1]) == d
            if it["kind"] == "id_number" and re.fullmatch(r"[\d xX]{18,20}", it["value"]):
                d = re.sub(r"\s", "", it["value"]).upper()
                assert id_check(d[:17]) == d[17]
    # ---- write
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "scrub_tune22.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            fh.write(json.dumps({"id": f"t22-{i:04d}", "text": r["text"], "sender": None,
                                 "pii": r["pii"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "scrub_tune22_preserve.txt"), "w", encoding="utf-8") as fh:
        for p in keep:
            fh.write(p + "\n")
    # ---- counts only
    kinds = Counter(it["kind"] for r in records for it in r["pii"])
    print("records", len(records), "items", sum(kinds.values()), dict(kinds.most_common()))
    print("records with no pii", sum(1 for r in records if not r["pii"]),
          "with a name", sum(1 for r in records if any(i["kind"] == "name" for i in r["pii"])))
    print("preserve candidates", len(cands), "base", n_base, "own repeats", own_rep,
          "dropped as in other corpora", ext_drop, "kept", len(keep))
    print("dedupe files read", nfiles, "other texts", len(other_texts), "other preserve lines", len(other_lines))
    print("record redraws (equal to other/own text)", rec_redraw, "residual redraws", stats["redraw_residual"])
    if os.environ.get("TUNE22_SUMMARY"):
        by = Counter(r["group"] for r in records)
        print("groups", dict(by))
        for g in COUNTS:
            rs = [r for r in records if r["group"] == g]
            print(g, "names", sum(1 for r in rs for i in r["pii"] if i["kind"] == "name"),
                  "with name", sum(1 for r in rs if any(i["kind"] == "name" for i in r["pii"])))
        L = [len(r["text"]) for r in records]
        print("len <50", sum(l < 50 for l in L), "50-149", sum(50 <= l < 150 for l in L),
              "150-299", sum(150 <= l < 300 for l in L), "300-799", sum(300 <= l < 800 for l in L),
              "800+", sum(l >= 800 for l in L), "max", max(L))


if __name__ == "__main__":
    main()
