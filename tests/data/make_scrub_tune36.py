#!/usr/bin/env python3
"""Tuning corpus 36 for the personal-data scrubber (blind writer).

Theme: text typed or dictated by a frightened person on a phone, and what
they paste in (voice transcripts, Chinese-digit numbers, OCR'd screenshots,
chat exports, filled-in forms).  Standard library only, fixed seed.

Env:
  TUNE36_OUT_DIR     output folder (default: this script's folder)
  TUNE36_DEDUPE_DIR  folder with other corpora (default: none); only counts
                     are printed, never contents.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261236
rng = random.Random(SEED)
prng = random.Random(SEED + 1)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("TUNE36_OUT_DIR", HERE)
DEDUPE = os.environ.get("TUNE36_DEDUPE_DIR", "")

# ---------------------------------------------------------------- tables
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖石贾韦夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文")
RARE = list("禤亓訾仉笪乜酆逯隗蒯郗冼芮阚缪郜昝宓厍刁眭琚鄢郄佘滕")
COMP = ["欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "东方", "令狐", "公孙",
        "端木", "澹台", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "轩辕", "西门"]
GIV1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红鹏辉斌宇浩凯健俊帆帅旭宁欣婷晨琳雪梅兰凤云飞鑫毅峰亮")
GIV2 = ["建国", "秀英", "志强", "桂兰", "海涛", "晓燕", "文博", "子轩", "梓涵", "浩然",
        "雨欣", "俊杰", "玉兰", "国庆", "建军", "丽娟", "春燕", "明辉", "佳怡", "思远",
        "振华", "淑珍", "红霞", "立新", "德胜", "宏伟", "晓东", "美玲", "永福", "金花",
        "小龙", "翠萍", "家豪", "雅婷", "昊天", "欣怡", "志明", "凤英", "卫东", "海波",
        "少华", "庆丰", "爱民", "秋菊", "冬梅", "新民", "耀祖", "宝山", "长江", "玉珍"]
# names that are also common words (deliberate overlap with preserve)
WORDN = ["高山", "金秋", "海燕", "春华", "秋月", "白雪", "明月", "红梅", "春雨", "朝阳",
         "秋实", "田园", "江河", "金花", "夏雨"]
UYG = ["阿不都热合曼·买买提", "古丽娜尔·艾力", "买买提江·吐尔逊", "热依拉·阿不都", "艾尔肯·肉孜",
       "迪丽努尔·卡德尔", "努尔麦麦提·依明", "阿依古丽·沙吾提", "吐尔洪·库尔班", "帕提古丽·热合曼",
       "艾合买提江•阿吉", "祖丽皮亚.吾买尔", "麦尔旦·艾山", "阿迪莱·托合提"]
TIB = ["扎西顿珠", "次仁卓玛", "格桑拉姆", "多吉才让", "央金", "索朗次仁", "德吉央宗", "尼玛扎西",
       "洛桑·丹增", "白玛措", "贡布 多吉", "仁增旺姆"]
YI = ["阿苦·尔古", "吉克阿依", "沙马拉且", "阿西木呷", "曲比阿果", "俄木 子日", "吉伍伍各", "海来·阿木"]
MON = ["巴特尔", "乌日娜", "其木格", "苏和巴特尔", "额尔敦·毕力格", "萨仁高娃", "宝音图", "图雅",
       "敖其尔", "娜仁花"]
MINOR = UYG + TIB + YI + MON
UYG_G = ["阿不都热合曼", "古丽娜尔", "买买提江", "热依拉", "艾尔肯", "迪丽努尔", "努尔麦麦提", "阿依古丽",
         "吐尔洪", "帕提古丽", "艾合买提江", "祖丽皮亚", "麦尔旦", "阿迪莱", "伊力哈木", "木合塔尔",
         "再努尔", "米热古丽", "亚森", "如克亚"]
UYG_F = ["买买提", "艾力", "吐尔逊", "阿不都", "肉孜", "卡德尔", "依明", "沙吾提", "库尔班", "热合曼",
         "阿吉", "吾买尔", "艾山", "托合提", "玉素甫", "司马义", "阿西木", "牙生"]
TIB_P = ["扎西", "次仁", "卓玛", "格桑", "拉姆", "多吉", "才让", "央金", "索朗", "德吉", "央宗", "尼玛",
         "洛桑", "丹增", "白玛", "贡布", "仁增", "旺姆", "达瓦", "平措", "边巴", "普布", "曲珍", "旦增"]
YI_S = ["阿苦", "吉克", "沙马", "阿西", "曲比", "俄木", "吉伍", "海来", "阿的", "马海", "勒格", "吉木"]
YI_G = ["尔古", "阿依", "拉且", "木呷", "阿果", "子日", "伍各", "阿木", "拉哈", "石且", "阿支", "日哈"]
MON_P = ["巴特尔", "乌日娜", "其木格", "苏和", "额尔敦", "毕力格", "萨仁", "高娃", "宝音", "图雅", "敖其尔",
         "娜仁", "其其格", "朝鲁", "孟和", "阿拉坦", "斯琴", "格日勒", "呼和", "那顺"]


def minority_name():
    k = rng.choice(["uyg", "uyg", "tib", "yi", "mon", "fixed"])
    if k == "fixed":
        return rng.choice(MINOR)
    if k == "uyg":
        return rng.choice(UYG_G) + rng.choice(["·", "·", "·", "•", ".", "", " "]) + rng.choice(UYG_F)
    if k == "tib":
        a, b = rng.sample(TIB_P, 2)
        return a + rng.choice(["", "", "·", " "]) + b
    if k == "yi":
        return rng.choice(YI_S) + rng.choice(["·", "", " "]) + rng.choice(YI_G)
    a, b = rng.sample(MON_P, 2)
    return a + rng.choice(["", "·"]) + b
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
          "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun",
          "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin",
          "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang",
          "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "曾": "Zeng",
          "田": "Tian", "董": "Dong", "潘": "Pan", "蒋": "Jiang", "蔡": "Cai", "杜": "Du"}
PY_GIV = {"伟": "wei", "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li",
          "强": "qiang", "磊": "lei", "军": "jun", "洋": "yang", "勇": "yong", "艳": "yan",
          "杰": "jie", "娟": "juan", "涛": "tao", "明": "ming", "超": "chao", "霞": "xia",
          "平": "ping", "刚": "gang", "华": "hua", "玲": "ling", "鹏": "peng", "辉": "hui",
          "斌": "bin", "宇": "yu", "浩": "hao", "凯": "kai", "俊": "jun", "婷": "ting",
          "晨": "chen", "琳": "lin", "雪": "xue", "梅": "mei", "飞": "fei", "鑫": "xin",
          "峰": "feng", "亮": "liang", "建": "jian", "国": "guo", "志": "zhi", "海": "hai",
          "晓": "xiao", "文": "wen", "子": "zi", "思": "si", "佳": "jia", "欣": "xin",
          "春": "chun", "燕": "yan", "德": "de", "红": "hong", "新": "xin", "永": "yong"}
HOMO = {"伟": "玮", "静": "晶", "丽": "莉", "军": "君", "华": "化", "明": "鸣", "强": "墙",
        "芳": "方", "刚": "钢", "建": "健", "国": "果", "志": "智", "红": "宏", "英": "莹",
        "涛": "滔", "杰": "洁", "敏": "民", "玲": "铃", "燕": "艳", "霞": "侠", "平": "萍",
        "秀": "绣", "兰": "蓝", "波": "博", "东": "冬", "梅": "玫", "辉": "挥",
        "张": "章", "王": "汪", "李": "理", "刘": "柳", "陈": "程", "杨": "阳", "徐": "许",
        "周": "舟", "吴": "武", "林": "琳"}
EMOJI = ["🌸", "❤️", "😭", "🙏", "⭐", "🍀", "😢", "🌹"]

PLAT = ["借呗", "花呗", "微粒贷", "美团月付", "京东金条", "京东白条", "分期乐", "安逸花", "招联金融",
        "360借条", "度小满", "拍拍贷", "洋钱罐", "宜人贷", "你我贷", "信用飞", "还呗", "来分期",
        "马上消费金融", "中邮消费金融", "抖音月付", "小赢卡贷"]
BANK = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行",
        "浦发银行", "广发银行", "中信银行", "平安银行", "兴业银行", "光大银行", "民生银行"]
REL = ["我妈", "我爸", "我老婆", "我老公", "我姐", "我哥", "我弟", "我妹", "我舅舅", "我表哥",
       "我婆婆", "我岳父", "我大姨", "我同学", "我同事", "我室友"]
REL2 = ["母亲", "父亲", "配偶", "姐姐", "哥哥", "朋友", "同事", "表弟"]
WORK = ["富士康", "一个电子厂", "县医院", "物流公司", "工地", "美团外卖站点", "一家超市", "4S店",
        "服装厂", "驾校", "快递网点", "酒店后厨", "小学", "社区卫生院", "房产中介", "幼儿园"]
ROLE = ["人事", "老板", "主管", "财务", "班长", "经理", "车间主任", "店长", "组长", "校长"]
SCHOOL = ["职业技术学院", "师范学院", "理工大学", "卫校", "技校", "一中", "实验中学"]
LANDMARK = ["县医院", "人民医院", "第一中学", "汽车站", "火车站", "万达广场", "中心小学", "老菜市场",
            "加油站", "供电所", "镇政府", "大润发"]
DIST = ["金水区", "二七区", "中原区", "雁塔区", "碑林区", "武侯区", "锦江区", "江汉区", "洪山区",
        "天河区", "白云区", "鼓楼区", "玄武区", "历下区", "长安区", "新华区", "岳麓区", "雨花区",
        "城关区", "蜀山区", "南岗区", "铁西区"]
CITY = ["郑州", "西安", "成都", "武汉", "广州", "南京", "济南", "石家庄", "长沙", "合肥", "哈尔滨",
        "沈阳", "东莞", "苏州", "昆明", "南宁", "太原", "兰州"]
ROAD = ["文化路", "建设路", "人民路", "解放路", "花园路", "友谊路", "中山路", "和平路", "幸福路",
        "新华路", "长江路", "黄河路", "胜利街", "育才街", "东风路", "工农路"]
COMM = ["阳光花园", "幸福里小区", "锦绣华庭", "金桂苑", "翠湖湾", "盛世名门", "碧桂园", "万科城",
        "和谐家园", "东方丽景", "书香门第", "建业森林半岛", "康桥华府", "绿城百合", "恒大名都",
        "名门紫园", "正商城", "保利香槟", "幸福家园", "紫荆小区", "电业局家属院", "纺织厂家属院"]
COUNTY = ["沈丘县", "固始县", "太康县", "郸城县", "睢县", "商水县", "宁都县", "会理县", "昭觉县",
          "疏附县", "岳西县", "利辛县", "巴东县", "镇雄县", "威宁县", "陆丰市"]
TOWN = ["城关镇", "付井镇", "新集镇", "老城镇", "白集镇", "马庄乡", "三里桥乡", "南丰镇", "柳河镇",
        "石桥镇", "高庙乡", "黄土岗镇"]
VILL = ["李庄村", "王营村", "刘寨村", "张楼村", "前进村", "红星村", "新庄村", "大王庄村", "后河村",
        "杨湾村", "东风村", "小刘庄"]
PROV_PLATE = list("豫京沪粤川鄂湘苏浙鲁冀晋陕皖赣闽桂云贵渝津辽吉黑甘新")
LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
           "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
           "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
REGION = ["410102", "410105", "411302", "412723", "411625", "110105", "310104", "440305",
          "320106", "510107", "420106", "370102", "130102", "430104", "340104", "610113",
          "650102", "540102", "513431", "150102", "450103", "522426", "360730", "441581"]
CARD_PRE = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("622588", 16),
            ("622262", 19), ("621799", 19), ("622908", 16), ("625965", 16), ("621485", 16),
            ("622155", 16), ("623668", 19)]
MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com", "outlook.com"]

CN = "零一二三四五六七八九"
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def amt():
    r = rng.random()
    if r < 0.4:
        return "%d元" % rng.choice([800, 1500, 2300, 3600, 5000, 8000, 12000, 18500, 26000, 43000])
    if r < 0.7:
        return "%d.%02d元" % (rng.randint(300, 60000), rng.randint(0, 99))
    return rng.choice(["三万多", "两万八", "一万二", "五千多", "七八万", "十几万", "四千块", "六千多块"])


def date():
    return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))


def tm():
    return "%02d:%02d" % (rng.randint(7, 23), rng.randint(0, 59))


# ---------------------------------------------------------------- PII makers
def mobile():
    return rng.choice(MOB_PRE) + "".join(rng.choice("0123456789") for _ in range(8))


def cn_digits(s, voice=False):
    out = []
    for ch in s:
        if ch.isdigit():
            d = int(ch)
            c = CN[d]
            if voice:
                if d == 1 and rng.random() < 0.7:
                    c = "幺"
                elif d == 0 and rng.random() < 0.5:
                    c = "洞"
                elif d == 7 and rng.random() < 0.3:
                    c = "拐"
            out.append(c)
        else:
            out.append(ch)
    return "".join(out)


def fmt_phone(m, style=None):
    style = style or rng.choice(["plain", "plain", "sp344", "dash", "dot", "fw", "sp_each",
                                 "sp38", "mixed_sp", "nl"])
    if style == "plain":
        return m, style
    if style == "sp344":
        return "%s %s %s" % (m[:3], m[3:7], m[7:]), style
    if style == "dash":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:]), style
    if style == "dot":
        return "%s.%s.%s" % (m[:3], m[3:7], m[7:]), style
    if style == "fw":
        return m.translate(FW), style
    if style == "sp_each":
        return " ".join(m), style
    if style == "sp38":
        return "%s %s" % (m[:3], m[3:]), style
    if style == "mixed_sp":
        return "%s  %s %s" % (m[:4], m[4:8], m[8:]), style
    if style == "nl":
        k = rng.choice([3, 5, 7, 8])
        return m[:k] + "\n" + m[k:], style
    raise ValueError(style)


def phone_cn(m):
    style = rng.choice(["cn", "cnv", "cnv_sp", "mix", "cnv_comma"])
    if style == "cn":
        return cn_digits(m), style
    if style == "cnv":
        return cn_digits(m, True), style
    if style == "cnv_sp":
        return "%s %s %s" % (cn_digits(m[:3], True), cn_digits(m[3:7], True),
                             cn_digits(m[7:], True)), style
    if style == "cnv_comma":
        return "%s，%s，%s" % (cn_digits(m[:3], True), cn_digits(m[3:7], True),
                              cn_digits(m[7:], True)), style
    k = rng.choice([3, 7])
    return m[:k] + cn_digits(m[k:], True), "mix"


def landline():
    area = rng.choice(["0371", "029", "028", "027", "020", "025", "0531", "0311", "0394", "0379"])
    n = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7 if len(area) == 3 else 6))
    return rng.choice([area + "-" + n, area + " " + n, "(" + area + ")" + n, area + n])


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def idnum(want_x=False):
    for _ in range(200):
        y = rng.randint(1962, 2004)
        s17 = rng.choice(REGION) + "%04d%02d%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)) + \
            "%03d" % rng.randint(1, 999)
        c = id_check(s17)
        if not want_x or c == "X":
            return s17 + c
    return s17 + c


def fmt_id(s, style=None):
    if s.endswith("X") and rng.random() < 0.4:
        s = s[:-1] + "x"
    style = style or rng.choice(["plain", "plain", "sp684", "sp4", "fw", "dash", "nl", "sp_tail"])
    if style == "plain":
        return s, style
    if style == "sp684":
        return "%s %s %s" % (s[:6], s[6:14], s[14:]), style
    if style == "sp4":
        return "%s %s %s %s %s" % (s[:6], s[6:10], s[10:14], s[14:17], s[17:]), style
    if style == "fw":
        return s.translate(FW), style
    if style == "dash":
        return "%s-%s-%s" % (s[:6], s[6:14], s[14:]), style
    if style == "nl":
        return s[:9] + "\n" + s[9:], style
    if style == "sp_tail":
        return s[:17] + " " + s[17:], style
    if style == "cn":
        return cn_digits(s[:17], rng.random() < 0.5) + (s[17] if s[17] in "Xx" else cn_digits(s[17])), style
    raise ValueError(style)


def luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def card():
    pre, n = rng.choice(CARD_PRE)
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def fmt_card(c, style=None):
    style = style or rng.choice(["plain", "sp4", "sp4", "dash4", "typo", "missing", "masked",
                                 "fw", "nl", "sp6"])
    if style == "plain":
        return c, style
    if style == "sp4":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), style
    if style == "dash4":
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4)), style
    if style == "typo":  # one digit mistyped (Luhn fails), still the person's card
        i = rng.randint(6, len(c) - 2)
        d = str((int(c[i]) + rng.randint(1, 9)) % 10)
        return c[:i] + d + c[i + 1:], style
    if style == "missing":  # one digit left out
        i = rng.randint(6, len(c) - 2)
        s = c[:i] + c[i + 1:]
        return " ".join(s[j:j + 4] for j in range(0, len(s), 4)), style
    if style == "masked":
        k = len(c) - 4
        return c[:6] + "*" * (k - 6) + c[k:], style
    if style == "fw":
        return c.translate(FW), style
    if style == "nl":
        return c[:8] + "\n" + c[8:], style
    if style == "sp6":
        return c[:6] + " " + c[6:], style
    raise ValueError(style)


def address():
    r = rng.random()
    b = rng.randint(1, 32)
    u = rng.randint(1, 6)
    f = rng.randint(1, 28)
    room = "%d%02d" % (f, rng.randint(1, 4))
    if r < 0.18:
        return rng.choice(COMM) + "%d栋%d单元%s" % (b, u, room), "comm"
    if r < 0.30:
        return rng.choice(COMM) + "%d号楼%d单元%s室" % (b, u, room), "comm_hl"
    if r < 0.42:
        return rng.choice(DIST) + rng.choice(ROAD) + "%d号" % rng.randint(1, 399) + \
            rng.choice(COMM) + "%d栋%s" % (b, room), "dist"
    if r < 0.56:
        return rng.choice(COUNTY) + rng.choice(TOWN) + rng.choice(VILL) + \
            "%s组%d号" % (rng.choice(["一", "二", "三", "四", "五", "六", "7", "8"]), rng.randint(1, 90)), "village"
    if r < 0.64:
        return rng.choice(TOWN) + rng.choice(VILL) + rng.choice(["二组", "三组", "五组", "8组"]), "village_s"
    if r < 0.74:
        return rng.choice(LANDMARK) + rng.choice(["对面", "后面", "旁边", "东边"]) + \
            rng.choice(COMM) + "%d栋%d单元" % (b, u), "landmark"
    if r < 0.82:
        return rng.choice(CITY) + "市" + rng.choice(DIST) + " " + rng.choice(COMM) + \
            " %d栋 %d单元 %s" % (b, u, room), "spaced"
    if r < 0.90:
        return rng.choice(ROAD) + "%d号院%d号楼%d门%s" % (rng.randint(1, 200), b, u, room), "yuan"
    return rng.choice(COMM) + cn_digits(str(b)) + "栋" + cn_digits(str(u)) + "单元" + \
        cn_digits(room), "voice"


def plate():
    p = rng.choice(PROV_PLATE)
    l = rng.choice(LET)
    if rng.random() < 0.2:
        body = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        body = "".join(rng.choice("0123456789" + LET[:8]) if i in (0, 1) else rng.choice("0123456789")
                       for i in range(5))
    s = rng.choice(["", "", "·", " ", "-"])
    v = p + l + s + body
    if rng.random() < 0.15:
        v = v.lower()
    return v


def pinyin_of(sur, giv):
    ps = PY_SUR.get(sur)
    pg = [PY_GIV.get(c) for c in giv]
    if ps is None or None in pg:
        return None
    return ps, pg


def qq():
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 9, 9])))


def wechat():
    r = rng.random()
    a = "abcdefghijkmnpqrstuvwxyz0123456789"
    if r < 0.3:
        return "wxid_" + "".join(rng.choice(a) for _ in range(14))
    if r < 0.7:
        s, g = rng.choice(list(PY_SUR.values())), rng.choice(list(PY_GIV.values()))
        return (s.lower() + g + rng.choice(["", "_", "-"]) + str(rng.randint(80, 2005)))
    return rng.choice(["Xiao", "aa", "mm", "lucky", "sunny", "a"]) + rng.choice(["_", ""]) + \
        "".join(rng.choice(a) for _ in range(rng.randint(5, 8)))


def email():
    s, g = rng.choice(list(PY_SUR.values())), rng.choice(list(PY_GIV.values()))
    r = rng.random()
    if r < 0.3:
        return qq() + "@qq.com"
    user = rng.choice([s.lower() + g, g + s.lower(), s.lower() + "." + g, s[0].lower() + g]) + \
        str(rng.randint(1, 2004))
    return user + "@" + rng.choice(MAIL_DOM)


def account():
    r = rng.random()
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if r < 0.25:
        return "HT" + "2026" + d(8)
    if r < 0.45:
        return "JK" + d(14)
    if r < 0.65:
        return d(16)
    if r < 0.8:
        return "U" + d(10)
    return "DK-2026-" + d(6)


# ---------------------------------------------------------------- names
USED = set()
BAN = set()  # strings that must not be names (template text, preserve)


def norm_name(s):
    return re.sub(r"[\s·•.・\-,_]", "", s).lower()


def han_name(kind=None):
    kind = kind or rng.choices(["common", "compound", "rare"], [70, 15, 15])[0]
    s = {"common": rng.choice(SUR), "compound": rng.choice(COMP), "rare": rng.choice(RARE)}[kind]
    g = rng.choice(GIV2) if rng.random() < 0.55 else rng.choice(GIV1)
    if kind == "common" and rng.random() < 0.25 and len(g) == 1:
        g = g + rng.choice(GIV1)
    return s, g


def make_name(style):
    """returns (value, meta) where meta has style and pieces"""
    if style == "word":
        return rng.choice(WORDN), {"style": "word"}
    if style == "minority":
        return minority_name(), {"style": "minority"}
    if style == "pinyin":
        for _ in range(100):
            s, g = han_name("common")
            p = pinyin_of(s, g)
            if p:
                break
        ps, pg = p
        gj = "".join(pg)
        f = rng.choice(["A", "B", "C", "D", "E", "F"])
        v = {"A": ps + " " + gj.capitalize(), "B": (ps + gj).lower(), "C": ps.upper() + " " + gj.upper(),
             "D": gj.capitalize() + " " + ps, "E": ps.lower() + " " + gj, "F": ps + " " + " ".join(x.capitalize() for x in pg)}[f]
        return v, {"style": "pinyin", "han": s + g}
    if style == "initials":
        for _ in range(100):
            s, g = han_name("common")
            p = pinyin_of(s, g)
            if p:
                break
        ps, pg = p
        v = (ps[0] + "".join(x[0] for x in pg))
        v = v.upper() if rng.random() < 0.7 else v.lower()
        return v, {"style": "initials", "han": s + g}
    if style == "spaced":
        s, g = han_name()
        sep = rng.choice([" ", " ", "  ", "\u3000"])
        v = s + sep + (sep.join(g) if rng.random() < 0.5 else g)
        return v, {"style": "spaced"}
    if style == "emoji":
        s, g = han_name("common")
        e = rng.choice(EMOJI)
        if len(g) == 2 and rng.random() < 0.5:
            v = s + g[0] + e + g[1]
        else:
            v = s + e + g
        return v, {"style": "emoji"}
    if style == "homophone":
        for _ in range(100):
            s, g = han_name("common")
            full = s + g
            idx = [i for i, c in enumerate(full) if c in HOMO]
            if idx:
                i = rng.choice(idx)
                v = full[:i] + HOMO[full[i]] + full[i + 1:]
                return v, {"style": "homophone", "meant": full}
    if style == "given":
        return rng.choice(GIV2), {"style": "given"}
    kind = {"han": None, "compound": "compound", "rare": "rare", "common": "common"}[style]
    s, g = han_name(kind)
    return s + g, {"style": "han", "sur": s, "giv": g}


NAME_MIX = (["han"] * 50 + ["compound"] * 8 + ["rare"] * 6 + ["word"] * 8 + ["minority"] * 8 +
            ["pinyin"] * 7 + ["spaced"] * 4 + ["emoji"] * 3 + ["homophone"] * 6)
VOICE_MIX = ["han"] * 60 + ["compound"] * 8 + ["rare"] * 4 + ["word"] * 10 + ["minority"] * 8 + ["homophone"] * 10


def draw_name(style=None, mix=NAME_MIX, avoid=()):
    for _ in range(500):
        st = style or rng.choice(mix)
        v, meta = make_name(st)
        n = norm_name(v)
        if st != "word":
            if n in USED or v in BAN or any(n in norm_name(a) or norm_name(a) in n for a in avoid):
                continue
            if any(v in b for b in BAN_TEXT):
                continue
        else:
            if any(v == a for a in avoid):
                continue
        if st not in ("word",):
            USED.add(n)
        return v, meta
    raise RuntimeError("name draw")


BAN_TEXT = []  # filled with template texts

# ---------------------------------------------------------------- templates
# Placeholders: {N} {N2} {N3} names (mixed styles), {NV} voice-friendly name,
# {NH} Han name with nickname {NICK} (unlabelled), {GN} given name alone,
# {WN} word-name, {MN} minority name, {PY} pinyin name, {INI} initials,
# {HN} homophone name, {SN} spaced/emoji name,
# {P} phone (arabic), {PC} phone in Chinese digits, {LL} landline,
# {ID} id number, {IDC} id in Chinese digits, {C} card, {A} address,
# {W} wechat, {Q} qq, {QC} qq in Chinese digits, {E} email, {AC} account, {PL} plate.
# Non-PII: {amt} {plat} {bank} {rel} {rel2} {work} {role} {school} {date} {time} {days} {city} {lm}

T = {}

T["voice"] = [
    "我叫{NV}我的手机号是{PC}他们天天打电话我真的好害怕",
    "喂你好我是{NV}那个{plat}逾期了催收说今天要来我家",
    "我叫{NV}身份证号码是{IDC}他们说要去法院起诉我",
    "你好我是{NV}嗯就是欠了{plat}{amt}然后他们打到我妈那里去了",
    "我老婆叫{NV}她的电话是{PC}他们也给她发短信了",
    "嗯那个我叫{NV}今年三十二岁在{work}上班催收打到我们单位了",
    "我是{NV}我住在{A}他们说明天上门",
    "我的名字叫{NV}电话{PC}麻烦你们帮我看看这个短信是不是真的",
    "喂喂能听到吗我是{NV}我想问一下他们说要爆我通讯录怎么办",
    "我叫{NV}我欠了{bank}信用卡{amt}已经逾期{days}天了",
    "我爸叫{NV}他电话{PC}催收天天给他打他心脏不好",
    "我的微信号是{W}名字叫{NV}你加我一下我把截图发给你",
    "就是说我叫{NV}然后他们说我涉嫌诈骗要抓我是真的吗",
    "我是{NV}我卡号是{C}他们让我往这个卡里转钱",
    "那个我叫{NV}我家在{A}我妈一个人在家我怕他们去吓她",
    "你好我叫{NV}扣扣号{QC}他们把我扣扣空间的照片都拿走了",
    "我叫{NV}我电话号码{PC}然后我身份证是{IDC}",
    "嗯我弟弟叫{NV}他在{school}读书催收打到他辅导员那去了",
    "我叫{NV}我的车牌是{PL}他们说要把我车拖走",
    "我叫{NV}现在人在{city}打工身份证{IDC}",
    "我跟你说我叫{NV}啊我真的没钱了一个月就挣三千",
    "我老公{NV}他不知道我借钱了催收说要告诉他",
    "你好我是{NV}的老婆他电话打不通你们别打我电话了",
    "这边是{NV}我昨天给你们打过电话号码是{PC}",
    "我叫{NV}邮箱是{E}你把材料发我邮箱吧",
    "我的名字是{NV}你们记一下",
    "我叫{NV}我的合同号是{AC}我想协商分期",
    "然后那个人说他叫{NV}是{plat}法务部的让我加他微信{W}",
    "我是{NV}我在{A}住你们工作人员可以过来吗",
    "我叫{NV}手机{PC}我想投诉催收暴力催收",
]

T["typed"] = [
    "救命啊！！我是{N}，催收说要爆我通讯录。。。我电话{P}",
    "他们打给我妈{N}了怎么办😭😭",
    "我叫{N} 在{work}上班 他们打到我们单位了 找的{role}{N2}",
    "求助！！{plat}逾期{days}天 我是{N} 他们说今天下午来{A}",
    "我是{N}，身份证{ID}，他们说我已经被立案了？？？",
    "大家好我是{N}，第一次发帖，欠了{amt}，不知道怎么办了",
    "{N}，{P}，这是我的信息，麻烦帮我查一下是不是真的法院",
    "我男朋友{N}替我还了一部分 现在催收又找他 他电话{P}",
    "我老公叫{N}我叫{N2} 我们俩都被催了",
    "怎么办 催收发信息给我同事{N}了 我不想活了",
    "我是{N}。。。他们说给我三小时 不还就上门",
    "催收说要去我老家{A}贴大字报 我是{N} 求大神指点",
    "本人{N}，欠{bank}信用卡{amt}，逾期{days}天，想申请停息挂账",
    "我叫{N}，{P}，请问{bank}客服是{hot}吗",
    "{N}在吗？？我是你表妹，催收打到我这了",
    "我是{N} 卡号{C} 这个卡被冻结了是因为逾期吗",
    "姐妹们我是{N} 他们把我照片P了发给我微信好友了 我微信{W}",
    "我叫{N}，在{school}上大二，借了{plat}{amt}",
    "你好我叫{N}现在很慌，刚刚有人打电话说是{plat}的",
    "我叫{N}我老家是{A}的，他们说要去村委会",
    "刚才那个号码{P}一直打，说找{N}，我不认识这个人啊",
    "帮帮我 我是{N} 我的车{PL}被他们盯上了",
    "老师您好，我是{N}的家长，催收打到学校来了",
    "我是{N} 扣扣{Q} 群里有人说可以帮忙上岸 是真的吗",
    "{N}你别躲了，催收都打到我这了，我是你姐",
    "我叫{N}，这是我的邮箱{E}，律师函可以发这里吗",
    "我是{N}……我只是想问问分期的事",
    "hello 我叫{N}，他们说要发律师函到{A}",
    "我是{N}呀！！！电话{P}，你们到底是不是正规公司",
    "请问{N}这个人是不是催收公司的？他打我电话{P}",
    "我是{N}，他们在我家门口{A}贴了纸",
    "我叫{N}，借款合同编号{AC}，现在只能每月还五百",
    "{N} {P} 这是催收员给我留的，我要不要打过去",
    "我是{N}。今天下午两点他们又打了23个电话",
    "不好意思打扰，我是{N}，想咨询一下{plat}逾期的问题",
    "朋友们我叫{N}，我怕得睡不着",
]

T["form"] = [
    "姓名：{N}\n电话：{P}\n身份证：{ID}\n地址：{A}",
    "姓名:{N} 电话:{P}",
    "姓名 {N}\n手机 {P}\n欠款平台 {plat}\n金额 {amt}",
    "借款人：{N}\n紧急联系人：{N2}（{rel2}）{P}",
    "【投诉登记】\n投诉人：{N}\n联系电话：{P}\n被投诉机构：{plat}",
    "本人姓名：{N}  身份证号：{ID}  银行卡号：{C}",
    "申请人：{N}\n住址：{A}\n联系方式：{P}",
    "姓名/电话/地址：{N}/{P}/{A}",
    "联系人1：{N} {rel2} {P}\n联系人2：{N2} {rel2} {P2}",
    "名字：{N}\n微信：{W}\nQQ：{Q}",
    "还款人：{N}\n还款卡号：{C}\n开户行：{bank}",
    "1.姓名 {N}\n2.身份证 {ID}\n3.电话 {P}",
    "单位：{work}\n单位联系人：{N}\n电话：{LL}",
    "车主姓名：{N}\n车牌号：{PL}\n联系电话：{P}",
    "姓名：{N}；性别：女；电话：{P}；邮箱：{E}",
    "【个人信息】{N}，{ID}，{A}",
    "协商还款申请\n申请人：{N}\n合同号：{AC}\n电话：{P}",
    "家庭住址：{A}\n户主：{N}",
    "姓 名：{N}\n手机号：{P}\n备 注：每月只能还一千",
    "学校：{school}\n学生姓名：{N}\n家长：{N2} {P}",
]

T["pasted"] = [
    "他们发的：【{plat}】{N}你好，你已逾期{days}天，欠款{amt}，已委托我司上门，地址{A}。",
    "刚收到的短信：{N}先生，您在{plat}的借款已严重逾期，我司将于{date}前往您户籍地核实。",
    "收到这个 “{N}，你的案件已移交法务部，请联系{N2}专员{P}” 是真的吗",
    "复制过来的：尊敬的{N}，您名下{bank}信用卡已逾期，请立即还款至{C}。",
    "【催收短信】{N}（身份证{ID}）逾期未还，现通知其紧急联系人。",
    "这是他们发给我妈的：“您好，您的女儿{N}欠款不还，请转告她尽快处理，否则后果自负”",
    "原话是：{N}你躲得了初一躲不了十五，我们的人已经在{A}附近了",
    "{plat}发来：{N}您好，您的账单{amt}已逾期，请于今日{time}前还款，逾期将上报征信。",
    "短信内容：通知{N}，你涉嫌恶意透支，请联系承办人{N2}，电话{LL}",
    "他们发我同事群里了：各位好，{N}欠款{amt}拒不还款，请大家转告",
    "收到：{N}，明天上午我们的外访人员将到你单位{work}，请你配合。",
    "“{N}你好，你的借款合同{AC}已进入诉前调解阶段，调解员{N2}，电话{P}”",
    "他们用这个号{P}发的：{N}，最后通牒，今天不还明天见",
    "转发：{N}女士，您好，我是{plat}贷后专员{N2}，工号8821，请您今天处理欠款。",
    "他们这样写的 {N}（{ID}）拖欠{plat}本息合计{amt}",
    "对方发：亲爱的{N}，加我微信{W}，我给你申请减免。",
]

T["ocr"] = [
    "{plat}法务部\n通知：{N}\n您的身份证\n号{ID}\n已被列入",
    "截图里写的\n催收函\n致 {N}\n你于{date}借\n款{amt}",
    "律师函\n{N}:\n根据委托，\n本所律师{N2}\n电话 {P}",
    "【{plat}】\n尊敬的\n{N}客户\n您的账户\n逾期{days}天",
    "图片转文字：\n借款人 {N}\n联系电话\n{P}\n地址 {A}",
    "OCR识别：上门通知书 被访人{N} 身份证号{ID} 住址{A} 外访员{N2}",
    "识别结果\n收款账户：{C}\n户名：{N}",
    "{N} 您好\n截至今日\n您尚欠本金\n{amt}",
    "催款通知\n债务人：{N}\n担保人：{N2}\n电\n话：{P}",
    "截图文字 >> {N} 逾期 {days}天 联系人 {N2} {P}",
    "调解通知书\n当事人：{N}\n调解员：{N2}\n联系方式：{LL}",
    "微信截图\n{N}\n[图片]\n你好在吗\n{time}",
]

T["chat"] = [
    "{N}：他们又打了\n我：别接\n{N}：可是他们打到我爸那了",
    "[{time}] {N}: 我电话是{P}你帮我问问\n[{time}] 我: 好",
    "{N} {time}\n我真的还不上了\n{N} {time}\n他们说要起诉",
    "聊天记录\n{N}：你知道{N2}的电话吗\n我：{P}",
    "我：你是{plat}的吗\n对方：是的，我是{N}，工号7713\n我：你们别打我家人",
    "{N}撤回了一条消息\n{N}：我在{A}，你过来吧",
    "群聊：欠款互助群\n{N}：大家别慌\n{N2}：我也被爆通讯录了",
    "{N}（{P}）：我明天去银行问问\n我：好的",
    "对方：{N}是你什么人？\n我：我不认识\n对方：他填的紧急联系人是你",
    "{N}拍了拍我\n{N}：在吗 借我两千",
    "语音转文字 {N}：你把身份证号发我 我：{ID}",
    "{N} 邀请 {N2} 加入了群聊\n{N2}：这是哪",
]

T["mixed"] = [
    "{N} {P} {ID} {C}",
    "{N}/{P}/{A}",
    "{N}，{ID}，{P}，{bank} {C}",
    "{N} {W} {Q}",
    "{P} {N} {A}",
    "{N}\n{P}\n{E}",
    "{N} 男 {ID} {PL}",
    "{N}-{P}-{AC}",
    "收款人{N}卡号{C}电话{P}",
    "{N}{P}",
    "{N}（{rel2}）{P}；{N2}（{rel2}）{P2}",
    "{N} {LL} {A}",
]

T["nick"] = [
    "我是{NH}，他们都叫我{NICK}，现在连我爸都知道了",
    "{NICK}你在哪，{NH}你快回电话，催收找上门了",
    "我叫{NH}，村里人叫我{NICK}，催收打到村长那了",
    "催收说{NICK}就是{NH}，让我转告她",
    "我是{NH}（{NICK}），求大家别骂我了",
    "他们在群里喊{NICK}，其实说的是{NH}",
    "{NH}是我，{NICK}是我小名，他们怎么知道的",
    "我朋友{NH}，我们都叫他{NICK}，他也被{plat}催了",
]

T["given"] = [
    "{GN}你别怕，我帮你问问律师",
    "{GN}，你妈打电话来问你欠了多少钱",
    "我是{GN}，你表哥，催收打我这了",
    "{GN}啊你到底借了多少",
    "你跟{GN}说一声，让他别接陌生电话",
    "{GN}：我这个月只能还一千",
]

T["minority"] = [
    "我叫{MN}，在{city}开拉面馆，催收打到店里了",
    "我是{MN}，汉语不太好，他们说的我听不懂",
    "你好我叫{MN}我的电话{PC}",
    "我阿妈{MN}也接到电话了，她不会说汉语",
    "{MN}，{P}，我在工地干活，借了{plat}{amt}",
    "我叫{MN}，身份证{ID}，他们说我是老赖",
    "我是{MN}的同事，催收打到我们单位了",
    "我叫{MN} 在{school}读书 放牧的时候没信号 他们一直打",
    "催收在群里发了{MN}的照片",
    "我丈夫{MN}去外地了，电话{P}",
]

T["relwork"] = [
    "催收打给了{rel}{N}，还有我们老板{N2}，电话{P}",
    "{rel}叫{N}，她电话{P}，求你们别再打给她了",
    "我们{role}{N}说再打电话到单位就开除我",
    "他们找到了我在{work}的{role}，{N}，他电话{P}",
    "{rel}{N}在{work}上班，催收打到她单位了",
    "我紧急联系人填的是{rel}{N}，他们现在一天打十几个",
    "我公司{role}{N}的电话{LL}被他们打爆了",
    "催收打给我{school}的辅导员{N}老师了",
    "{rel}{N}，{rel}{N2}，都被打了",
    "我是{N}，我在{work}上班，我们{role}叫{N2}",
    "他们说要联系我老板{N}，还有我的房东{N2}",
    "{rel}{N}家住{A}，他们去了",
]

T["word"] = [
    "我叫{WN}，他们说今天要来我家",
    "我老婆{WN}的电话也被打了",
    "你好我叫{WN}我欠了{plat}{amt}",
    "{WN}你在吗，催收打到我这了",
    "我是{WN}，{plat}逾期{days}天",
    "我妈叫{WN}，她不知道我借钱",
    "催收让我转告{WN}尽快还款",
    "{WN}：别怕，先别接电话",
]

T["pinyin"] = [
    "my name is {PY}，他们一直打我电话",
    "我叫{PY}，在国外读书，国内的催收打到我爸妈那了",
    "{PY} {P}",
    "Hi I'm {PY}, my phone is {P}",
    "签名：{PY}",
    "我英文名写的是{PY}，他们怎么找到的",
    "—— {INI}",
    "落款{INI}，{date}",
    "催收在朋友圈说{INI}欠钱不还，其实就是我",
    "{PY}（就是我）",
]

T["variant"] = [
    "我叫{HN}，打错了是{HN2}不好意思",
    "我是{HN}，{plat}逾期了",
    "{SN}，{P}",
    "我叫{SN}，他们说要起诉",
    "我叫{HN}你们别打了",
    "尊敬的{SN}您好，您的欠款已逾期",
    "催收发给我妈的，写的是{SN}",
]

# other: personal data but no name
T["other"] = [
    "我的电话是{P}，有事找我",
    "我手机号{PC}",
    "身份证号{ID}，他们说已经被列入失信名单",
    "身份证号是{IDC}",
    "卡号{C}，这个卡能用吗",
    "我住在{A}，他们说要来",
    "地址：{A}",
    "就在{lm}那边，{A}",
    "车牌{PL}，停在小区门口被他们拍了",
    "加我微信{W}，我发截图",
    "vx：{W}",
    "我扣扣{Q}",
    "扣扣号{QC}",
    "邮箱{E}",
    "合同编号{AC}",
    "他们让我把钱转到这个卡{C}，说转了就不起诉",
    "电话{P}\n微信同号，白天上班不方便接",
    "{P} 这个号一直打给我",
    "座机{LL}是哪里的",
    "我家在{A}，我妈一个人在家",
    "我的身份证\n{ID}",
    "这是我的卡号\n{C}",
    "幺三八开头那个号码是我的，全号{PC}",
    "地址是{A}，电话{P}",
    "我新换的号{P}旧号不用了",
    "借款账号{AC}，还款卡{C}",
]

TAILS = ["，电话{PT}", "（{PT}）", "\n我微信{WT}", "，扣扣{QT}", "\n地址：{AT}", "，卡号{CT}", "\n身份证{IDT}",
         "，车牌{PLT}", "，邮箱{ET}", "，合同号{ACT}", "，我手机{PCT}", "。我住{AT}"]
TAIL_KEYS = {"P", "W", "Q", "A", "C", "ID", "PL", "E", "AC", "PC"}

NONE = [
    "他们说要起诉我，我好害怕",
    "催收一直打电话怎么办",
    "12378是银保监投诉电话吗",
    "我欠了三万多，每天被打二十多个电话",
    "他们说今天下午上门，我该报警吗",
    "打了幺幺零，警察说这是经济纠纷",
    "我想问问停息挂账怎么申请",
    "爆通讯录违法吗",
    "已经逾期九十天了，会坐牢吗",
    "律师函是真的还是假的",
    "我一个月工资三千五，怎么还得起",
    "今天接了四十七个电话",
    "催收说三个工作日内上门",
    "他们说要联系村委会和派出所",
    "我妈知道了，哭了一晚上",
    "求求你们别打了，我会还的",
    "能不能先还本金，利息后面再说",
    "95588是工商银行的官方客服吗",
    "我打了12368问法院，说没有立案",
    "短信里说的诉前调解是什么意思",
    "我真的很害怕，晚上睡不着",
    "他们说我涉嫌诈骗，会被抓吗",
    "分期十二期，每期八百多",
    "春节前能不能协商好",
    "高山流水，知音难觅，可我现在只想把债还上",
    "金秋十月，账单又来了",
    "海燕在暴风雨中飞翔，我却连电话都不敢接",
    "春华秋实，熬过去就好了",
    "白雪皑皑的冬天，催收还是照样打",
    "明月几时有，欠款几时清",
    "朝阳区人民法院打来的电话是真的吗",
    "田园生活是不可能了，先把债还清",
    "红梅花开的时候我就能还清了",
    "春雨贷是正规平台吗",
    "王者荣耀的皮肤也是分期买的",
    "张家界旅游的钱还没还完",
    "黄金周也在催",
    "周末他们也不休息",
    "我拨打了一二三七八投诉",
    "客服电话是四零零开头的",
    "截图看不清，我重新发一下",
    "语音转文字可能有错字，大家凑合看",
    "催收员：今天必须还清\n我：我没钱",
    "对方：你是本人吗？\n我：是本人",
    "姓名：（不想写）\n电话：（不方便）",
    "他们说明天十点到我单位",
    "我在工地上班，老板人挺好的",
    "老师说学校也接到电话了",
    "我姐姐知道了，说帮我还一部分",
    "已还款五千，剩下的每月还一千",
    "李子熟了也没心思摘，满脑子都是债",
    "马上就要过年了，怎么办",
    "何时是个头啊",
    "我不认识这个号码，为什么会打给我",
    "一三八开头的号码打来的都不敢接",
    "尾号6621的卡被冻结了",
    "他们让我下载一个app叫屏幕共享",
    "国家反诈中心app提醒我是诈骗电话",
    "我老公还不知道这事",
    "我已经两天没吃饭了",
]

# ---------------------------------------------------------------- filling
FILL_NP = {
    "plat": lambda: rng.choice(PLAT), "bank": lambda: rng.choice(BANK), "rel": lambda: rng.choice(REL),
    "rel2": lambda: rng.choice(REL2), "work": lambda: rng.choice(WORK), "role": lambda: rng.choice(ROLE),
    "school": lambda: rng.choice(CITY) + rng.choice(SCHOOL), "date": date, "time": tm, "amt": amt,
    "days": lambda: str(rng.choice([3, 7, 15, 31, 45, 60, 92, 120, 180, 365])),
    "city": lambda: rng.choice(CITY), "lm": lambda: rng.choice(LANDMARK),
    "hot": lambda: rng.choice(["95588", "95533", "95599", "95566", "95555", "95559", "95580"]),
}

PH = re.compile(r"\{([A-Za-z]+[0-9]?)\}")
NICK_FMT = ["small", "old", "ge", "jie", "a"]


def nick_of(meta):
    s, g = meta["sur"], meta["giv"]
    f = rng.choice(NICK_FMT)
    return {"small": "小" + g[-1], "old": "老" + s, "ge": s + "哥", "jie": g[-1] + "姐", "a": "阿" + g[-1]}[f]


def gen_pii(key, ctx):
    """return (kind, value, meta) or (None, text, None) for unlabelled."""
    base = re.sub(r"[0-9]$", "", key) if key not in ("HN2",) else key
    if base in ("N", "N2", "N3"):
        base = "N"
    if key in ("N", "N2", "N3"):
        v, m = draw_name(mix=ctx.get("mix", NAME_MIX), avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "NV":
        v, m = draw_name(mix=VOICE_MIX, avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "NH":
        if "NH" in ctx:
            return "name", ctx["NH"], {"style": "han"}
        v, m = draw_name(style="common", avoid=ctx["names"])
        ctx["NH"] = v
        ctx["NHmeta"] = m
        ctx["names"].append(v)
        return "name", v, m
    if key == "NICK":
        return None, ctx["NICK"], None
    if key == "GN":
        v, m = draw_name(style="given", avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "WN":
        v, m = draw_name(style="word", avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "MN":
        v, m = draw_name(style="minority", avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "PY":
        v, m = draw_name(style="pinyin", avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "INI":
        v, m = draw_name(style="initials", avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key == "HN":
        v, m = draw_name(style="homophone", avoid=ctx["names"])
        ctx["names"].append(v)
        ctx["HNmeta"] = m
        return "name", v, m
    if key == "HN2":  # the corrected spelling
        v = ctx["HNmeta"]["meant"]
        USED.add(norm_name(v))
        ctx["names"].append(v)
        return "name", v, {"style": "han"}
    if key == "SN":
        v, m = draw_name(style=rng.choice(["spaced", "spaced", "emoji"]), avoid=ctx["names"])
        ctx["names"].append(v)
        return "name", v, m
    if key in ("P", "P2"):
        v, st = fmt_phone(mobile())
        return "phone", v, {"style": "phone_" + st}
    if key == "PC":
        v, st = phone_cn(mobile())
        return "phone", v, {"style": "phone_" + st}
    if key == "LL":
        return "phone", landline(), {"style": "landline"}
    if key == "ID":
        v, st = fmt_id(idnum(rng.random() < 0.25))
        return "id_number", v, {"style": "id_" + st}
    if key == "IDC":
        v, st = fmt_id(idnum(rng.random() < 0.3), "cn")
        return "id_number", v, {"style": "id_" + st}
    if key == "C":
        v, st = fmt_card(card())
        return "bank_card", v, {"style": "card_" + st}
    if key == "A":
        v, st = address()
        return "address", v, {"style": "addr_" + st}
    if key == "W":
        return "wechat", wechat(), {"style": "wechat"}
    if key == "Q":
        return "qq", qq(), {"style": "qq"}
    if key == "QC":
        return "qq", cn_digits(qq(), rng.random() < 0.5), {"style": "qq_cn"}
    if key == "E":
        return "email", email(), {"style": "email"}
    if key == "AC":
        return "account", account(), {"style": "account"}
    if key == "PL":
        return "plate", plate(), {"style": "plate"}
    if key in FILL_NP:
        return None, FILL_NP[key](), None
    raise KeyError(key)


def fill(tpl, mix=NAME_MIX):
    ctx = {"names": [], "mix": mix}
    if "{NICK}" in tpl:
        v, m = draw_name(style="common")
        ctx["NH"] = v
        ctx["NHmeta"] = m
        ctx["names"].append(v)
        ctx["NICK"] = nick_of(m)
    out = []
    cache = {}
    spans = []  # (start, kind, value, meta)
    pos = 0
    i = 0
    for mt in PH.finditer(tpl):
        lit = tpl[i:mt.start()]
        out.append(lit)
        pos += len(lit)
        key = mt.group(1)
        if key.endswith("T") and key[:-1] in TAIL_KEYS:
            gkey = key[:-1]
        else:
            gkey = key
        if key in cache:
            kind, v, meta = cache[key]
        else:
            kind, v, meta = gen_pii(gkey, ctx)
            if kind:
                cache[key] = (kind, v, meta)
        if kind:
            spans.append((pos, kind, v, meta))
        out.append(v)
        pos += len(v)
        i = mt.end()
    out.append(tpl[i:])
    return "".join(out), spans


def validate(text, spans):
    """every value occurs only at its own spans; spans don't overlap."""
    ivs = sorted((s, s + len(v)) for s, _, v, _ in spans)
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            return False
    for s, k, v, _ in spans:
        starts = {p for p, k2, v2, _ in spans if v2 == v}
        j = text.find(v)
        while j != -1:
            if j not in starts:
                return False
            j = text.find(v, j + 1)
    # a value occurring inside another value
    vals = [v for _, _, v, _ in spans]
    for a in vals:
        for b in vals:
            if a != b and a in b:
                return False
    return True


def pii_list(spans):
    seen = []
    out = []
    for s, k, v, m in sorted(spans, key=lambda x: x[0]):
        if (k, v) in seen:
            continue
        seen.append((k, v))
        out.append({"kind": k, "value": v})
    return out


# ---------------------------------------------------------------- dedupe
def nrm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZSC")
    return re.sub(r"[0-9]+", "0", s)


EXT_TEXT = set()
EXT_NORM = set()
EXT_LINES_NORM_JOINED = []
dd = {"files": 0, "texts": 0, "lines": 0}
if DEDUPE:
    for fn in sorted(os.listdir(DEDUPE)):
        if not fn.startswith("scrub_") or "tune36" in fn:
            continue
        p = os.path.join(DEDUPE, fn)
        if fn.endswith(".jsonl"):
            dd["files"] += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        t = json.loads(line).get("text", "")
                    except Exception:
                        continue
                    EXT_TEXT.add(t)
                    EXT_NORM.add(nrm(t))
                    dd["texts"] += 1
        elif fn.endswith(".txt") and "preserve" in fn:
            dd["files"] += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if not line:
                        continue
                    EXT_TEXT.add(line)
                    EXT_NORM.add(nrm(line))
                    EXT_LINES_NORM_JOINED.append(line)
                    dd["lines"] += 1
EXT_PRESERVE_BLOB = "\n".join(EXT_LINES_NORM_JOINED)
del EXT_LINES_NORM_JOINED

stats = {"rej_ext_exact": 0, "rej_ext_norm": 0, "rej_own": 0, "rej_invalid": 0,
         "none_drop_ext_exact": 0, "none_drop_ext_norm": 0,
         "pres_drop_ext_exact": 0, "pres_drop_ext_norm": 0, "pres_drop_own": 0, "pres_drop_name": 0,
         "name_in_ext_preserve": 0}

# ---------------------------------------------------------------- preserve (built first; bans names)
def build_preserve():
    r = prng
    lines = []
    vocab = ["逾期", "催收", "停息挂账", "个性化分期", "诉前调解", "律师函", "失信被执行人", "限制高消费",
             "征信", "还款日", "最低还款额", "违约金", "罚息", "本金", "利息", "展期", "债务重组",
             "暴力催收", "爆通讯录", "上门外访", "法务部", "贷后管理部", "资产保全部", "委外催收",
             "立案", "起诉状", "传票", "强制执行", "财产保全", "调解协议", "还款计划", "结清证明",
             "协商还款", "减免利息", "恶意透支", "信用卡诈骗罪", "民事纠纷", "经济纠纷", "报警回执",
             "投诉工单", "工号", "外访员", "调解员", "书记员", "承办法官", "执行局", "客户经理",
             "催收专员", "风控部", "客服专员", "紧急联系人", "担保人", "借款人", "共同借款人"]
    lines += vocab
    inst = ["中国人民银行征信中心", "国家金融监督管理总局", "中国银保监会", "国家反诈中心",
            "郑州市公安局金水分局", "朝阳区人民法院", "海淀区人民法院", "金水区人民法院",
            "武侯区人民法院", "天河区人民法院", "西安市中级人民法院", "上海金融法院",
            "北京互联网法院", "杭州互联网法院", "广州互联网法院", "城关派出所", "人民调解委员会",
            "法律援助中心", "消费者协会", "市场监督管理局", "信访局", "司法局", "县医院", "人民医院",
            "第一中学", "汽车站", "火车站", "万达广场", "镇政府", "村委会", "居委会", "社区服务中心",
            "天安门广场", "西湖", "黄山", "泰山", "长江大桥", "东方明珠", "故宫博物院", "张家界",
            "九寨沟", "秦始皇陵", "黄鹤楼", "岳麓书院", "白云山", "金水河"]
    lines += inst
    for b in BANK:
        lines.append(b + r.choice(["信用卡中心", "客服中心", "个人贷款部", "营业部", "支行", "风险管理部"]))
    for p in PLAT:
        lines.append(p + r.choice(["逾期了怎么办", "官方客服", "账单已出", "能协商吗", "还款入口在哪"]))
    for _ in range(70):
        k = r.randint(1, 12)
        lines.append(r.choice([
            "还款金额%d.%02d元" % (r.randint(100, 90000), r.randint(0, 99)),
            "%d月%d日到期" % (r.randint(1, 12), r.randint(1, 28)),
            "已逾期%d天" % r.randint(1, 400),
            "第%d期/共%d期" % (k, r.choice([12, 24, 36])),
            "（2026）%s%02d民初%d号" % (r.choice("豫京沪粤川鄂湘苏浙鲁"), r.randint(1, 20), r.randint(100, 99999)),
            "剩余本金%d元，利息%d元" % (r.randint(1000, 90000), r.randint(10, 5000)),
            "%d年%d月%d日 %02d:%02d" % (2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
            "减免%d%%的利息" % r.choice([10, 20, 30, 50]),
            "最低还款额%d元" % r.randint(100, 9000),
            "欠款%s块" % r.choice(["一万二", "三万八", "五千六", "两万", "八千四", "十二万"]),
            "%s天之内" % r.choice(["三", "七", "十五", "三十", "九十"]),
            "一共打了%d个电话" % r.randint(5, 90),
        ]))
    hot = ["110", "120", "119", "12378", "12368", "12315", "12345", "12348", "96110", "95588",
           "95533", "95599", "95566", "95555", "95559", "95580", "95511", "95528", "95595"]
    for h in hot:
        lines.append(r.choice(["拨打", "打", "投诉请打", "热线", "官方电话"]) + h)
    lines += ["打幺幺零报警", "我拨了一二三七八", "一二三六八能查立案", "客服热线九五五八八",
              "幺二零急救", "四零零八二零五五五五", "400-820-5555", "还款金额3,215.60元",
              "逾期三十天", "分十二期", "每期还八百", "第3期/共12期", "2026年12月5日",
              "下午三点半", "还差两千四", "年化利率24%", "一万二千块", "五万八", "（2026）豫0105民初8812号",
              "尾号1234", "尾号幺二三四的卡", "工号8821", "验证码六位数", "三个工作日", "七十二小时内",
              "一三八开头的号码", "一百八十天", "12期分期", "第二期", "每月15号还款"]
    idioms = ["高山流水", "高枕无忧", "金秋十月", "海燕在暴风雨中飞翔", "春华秋实", "秋月春风",
              "白雪皑皑", "明月几时有", "红梅傲雪", "春雨绵绵", "朝阳产业", "田园风光", "江河湖海",
              "夏雨雨人", "黄金周", "周而复始", "王道", "李代桃僵", "张灯结彩", "刘海", "陈年旧账",
              "杨柳依依", "赵钱孙李", "吴侬软语", "徐徐图之", "孙子兵法", "马上还款", "朱门酒肉臭",
              "胡说八道", "何去何从", "林林总总", "罗列清单", "郑重声明", "梁上君子",
              "谢谢理解", "宋体字", "唐突了", "许可证", "韩流", "冯唐易老", "曹操", "彭湃",
              "曾经沧海", "田间地头", "董事会", "袁大头", "潘多拉", "蒋介石故居", "蔡伦造纸",
              "余额不足", "杜绝", "叶公好龙", "程序合法", "魏晋风骨", "苏堤春晓", "吕梁山",
              "丁香花", "任重道远", "沈阳故宫", "卢沟桥", "姜太公钓鱼", 
              "钟表店", "陆续还款", "汪汪队", "范本", "石沉大海", "贾岛",
              "韦编三绝", "夏天到了", "方便面", "邹忌讽齐王", "熊猫", "孟母三迁", "秦岭",
              "邱比特", "侯门深似海", "江南水乡", "薛定谔的猫", "段落", "雷厉风行",
              "龙马精神", "黎明前的黑暗", "史无前例", "陶渊明", "贺岁片", "毛毛雨", "郝运来",
              "顾名思义", "龚自珍", "邵阳", "万一", "武功", "钱款", "戴帽子", "严重逾期", "莫名其妙",
              "孔雀东南飞", "向日葵", "常常", "汤圆", "康复", "易如反掌", "乔迁之喜", "文明催收",
              "小区门口", "老地方", "张哥烧烤", "王姐家政", "阿姨", "小伙子", "老板娘", "师傅"]
    lines += idioms
    seasons = ["春天", "夏天", "秋天", "冬天", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨",
               "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分",
               "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒", "春节", "元宵节",
               "端午节", "中秋节", "国庆节", "重阳节", "开斋节", "古尔邦节", "那达慕", "火把节",
               "雪顿节"]
    lines += seasons
    titles = ["区域经理", "客服专员", "法务专员", "催收员", "外访员", "调解员", "书记员", "审判员",
              "执行法官", "人事经理", "车间主任", "班主任", "辅导员", "村支书", "村主任", "网格员",
              "社区民警", "值班律师", "房东", "物业经理", "快递员", "外卖骑手", "财务主管", "店长"]
    for t in titles:
        lines.append(t)
        lines.append(r.choice(["我们", "那个", "这位", "他们的"]) + t + r.choice(
            ["说可以分期", "让我明天回电话", "态度很差", "不在办公室", "也接到电话了"]))
    places = ["金水区", "二七区", "雁塔区", "武侯区", "江汉区", "天河区", "鼓楼区", "朝阳区",
              "海淀区", "浦东新区", "城关镇", "高山镇", "金秋路", "海燕路", "春华街", "明月湖",
              "白雪山", "红梅公园", "朝阳门", "田园小学", "江河大道", "沈丘县", "固始县", "昭觉县",
              "喀什", "伊犁", "拉萨", "西昌", "呼和浩特", "锡林郭勒", "临夏", "阿坝"]
    lines += places
    sentences = [
        "{p}今天又打了十几个电话", "我在{pl}上班，离家很远", "{pl}那边信号不好", "法院在{pl}",
        "他们说要去{pl}找我", "我不在{pl}住了", "{t}说下午回电话", "{s}快到了，还是没钱还",
        "{s}之前一定还清", "{b}的短信是真的吗", "请勿向陌生账户转账，{h}",
        "语音转文字：我想问一下{p}逾期怎么办", "截图：{b}温馨提示您账单已出",
        "我叫什么不重要，重要的是怎么还钱", "姓名这一栏可以不填吗", "电话：（已隐藏）",
        "身份证号码这里要写吗", "地址：（暂不公开）", "卡号已打码", "他说他是{t}",
        "我在{pl}的{w}上班", "{i}，先别慌", "{w}的{t}人挺好",
        "{s}那天他们又打来了", "听说{b}可以申请{v}", "{v}要准备什么材料", "{p}说要走{v}",
        "我问了{t}，他说{v}要本人去", "语音转文字有错别字，{i}", "截图第二张是{b}发的",
        "他们说{n}之内必须还", "我打了{h2}，对方说会记录", "{pl}附近有法律援助吗",
        "{s}过后再说吧", "{i}，我不想再借了", "转写：{t}明天上午到{pl}",
    ]
    nums = ["三天", "七十二小时", "二十四小时", "一个礼拜", "半个月", "三个工作日", "今天下午五点前"]
    for _ in range(340):
        s = r.choice(sentences)
        s = s.replace("{p}", r.choice(PLAT)).replace("{pl}", r.choice(places + inst[:30])) \
            .replace("{t}", r.choice(titles)).replace("{s}", r.choice(seasons)) \
            .replace("{b}", r.choice(BANK)).replace("{h}", "如有疑问请拨打" + r.choice(hot)) \
            .replace("{w}", r.choice(WORK)).replace("{i}", r.choice(idioms)) \
            .replace("{v}", r.choice(vocab)).replace("{n}", r.choice(nums)) \
            .replace("{h2}", r.choice(hot + ["幺幺零", "一二三七八", "一二三一五"]))
        lines.append(s)
    return lines


PRES_RAW = build_preserve()
PRES = []
own = set()
for ln in PRES_RAW:
    if "\n" in ln:
        continue
    if ln in EXT_TEXT:
        stats["pres_drop_ext_exact"] += 1
        continue
    n = nrm(ln)
    if n in EXT_NORM:
        stats["pres_drop_ext_norm"] += 1
        continue
    if n in own:
        stats["pres_drop_own"] += 1
        continue
    own.add(n)
    PRES.append(ln)
prng.shuffle(PRES)

# bans: non-word names must not occur in preserve lines, other corpora's preserve, or template text
BAN_TEXT.extend(PRES)
for grp, lst in T.items():
    for t in lst:
        BAN_TEXT.append(PH.sub("|", t))
BAN_TEXT.extend(NONE)
BAN_TEXT.extend(TAILS)
BAN_TEXT.extend(PLAT + BANK + WORK + ROLE + SCHOOL + LANDMARK + DIST + CITY + ROAD + COMM +
                COUNTY + TOWN + VILL + REL + REL2)

_orig_draw = draw_name


def draw_name_checked(style=None, mix=NAME_MIX, avoid=()):
    for _ in range(200):
        v, m = _orig_draw(style, mix, avoid)
        if m["style"] == "word":
            return v, m
        if EXT_PRESERVE_BLOB and len(v) >= 2 and (v in EXT_PRESERVE_BLOB):
            stats["name_in_ext_preserve"] += 1
            continue
        return v, m
    raise RuntimeError("checked draw")


draw_name = draw_name_checked

# ---------------------------------------------------------------- records
QUOTA = {"voice": 170, "typed": 150, "form": 80, "pasted": 75, "ocr": 50, "chat": 55, "mixed": 45,
         "nick": 35, "given": 20, "minority": 45, "relwork": 60, "word": 40, "pinyin": 35,
         "variant": 35, "other": 90}
SENDER_P = 0.18

records = []
REJ_TPL = {}
own_text = set()
used_tpl = {}
tail_count = 0


def sender():
    r = rng.random()
    if r < 1 - SENDER_P:
        return None
    return mobile()


def make_record(grp, ti):
    global tail_count
    tpl = T[grp][ti]
    tail = None
    if grp not in ("other",) and rng.random() < 0.20:
        tail = rng.choice(TAILS)
        tpl = tpl + tail
    mix = VOICE_MIX if grp == "voice" else NAME_MIX
    ti_key = "%s-%02d" % (grp, ti)
    for _ in range(60):
        snapshot = set(USED)
        text, spans = fill(tpl, mix)
        ok = validate(text, spans)
        if ok:
            if text in EXT_TEXT:
                stats["rej_ext_exact"] += 1
                ok = False
            elif nrm(text) in EXT_NORM:
                stats["rej_ext_norm"] += 1
                REJ_TPL[ti_key] = REJ_TPL.get(ti_key, 0) + 1
                ok = False
            elif text in own_text:
                stats["rej_own"] += 1
                ok = False
        else:
            stats["rej_invalid"] += 1
        if ok:
            own_text.add(text)
            if tail:
                tail_count += 1
            return {"text": text, "spans": spans, "group": grp, "tpl": "%s-%02d" % (grp, ti),
                    "tail": tail}
        USED.clear()
        USED.update(snapshot)
    return None


for grp in T:
    n = QUOTA[grp]
    order = list(range(len(T[grp])))
    seq = order + [rng.randrange(len(T[grp])) for _ in range(max(0, n - len(order)))]
    for ti in seq:
        rec = make_record(grp, ti)
        if rec:
            records.append(rec)
            used_tpl[rec["tpl"]] = used_tpl.get(rec["tpl"], 0) + 1

none_kept = []
for t in NONE:
    if t in EXT_TEXT:
        stats["none_drop_ext_exact"] += 1
        continue
    if nrm(t) in EXT_NORM:
        stats["none_drop_ext_norm"] += 1
        continue
    none_kept.append(t)
for t in none_kept:
    records.append({"text": t, "spans": [], "group": "none", "tpl": "none", "tail": None})

rng.shuffle(records)

# final cross-record check: non-word names must not occur in other records / preserve
all_names = {}
for r in records:
    for s, k, v, m in r["spans"]:
        if k == "name" and m["style"] != "word":
            all_names.setdefault(v, m["style"])
problems = 0
for r in records:
    covered = [(s, s + len(v)) for s, _, v, _ in r["spans"]]
    for v in all_names:
        j = r["text"].find(v)
        while j != -1:
            if not any(a <= j and j + len(v) <= b for a, b in covered):
                problems += 1
            j = r["text"].find(v, j + 1)
pres_problem = 0
allvals = set()
for r in records:
    for _, k, v, m in r["spans"]:
        if not (k == "name" and m["style"] == "word"):
            allvals.add(v)
for ln in PRES:
    for v in allvals:
        if len(v) >= 2 and v in ln:
            pres_problem += 1

def styles_of(spans):
    seen = []
    out = []
    for _, k, v, m in sorted(spans, key=lambda x: x[0]):
        if (k, v) in seen:
            continue
        seen.append((k, v))
        out.append([k, m["style"] if m else None])
    return out


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "scrub_tune36.jsonl"), "w", encoding="utf-8") as fh:
    for i, r in enumerate(records, 1):
        rec = {"id": "t36-%04d" % i, "text": r["text"],
               "sender": None if not r["spans"] and rng.random() < 0.5 else sender(),
               "pii": pii_list(r["spans"])}
        r["id"] = rec["id"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "scrub_tune36_preserve.txt"), "w", encoding="utf-8") as fh:
    for ln in PRES:
        fh.write(ln + "\n")
with open(os.path.join(OUT, "groups36.json"), "w", encoding="utf-8") as fh:
    json.dump([{"id": r["id"], "group": r["group"], "tpl": r["tpl"], "tail": r["tail"] is not None,
                "styles": styles_of(r["spans"])}
               for r in records], fh, ensure_ascii=False, indent=0)

all_tpl = ["%s-%02d" % (g, i) for g in T for i in range(len(T[g]))]
unused = [t for t in all_tpl if t not in used_tpl]
log = {"records": len(records), "preserve": len(PRES), "preserve_raw": len(PRES_RAW),
       "templates": len(all_tpl), "templates_by_set": {g: len(T[g]) for g in T},
       "unused_templates": len(unused), "none_fixed": len(NONE), "none_kept": len(none_kept),
       "tails": len(TAILS), "tail_records": tail_count, "dedupe_files": dd, "stats": stats,
       "cross_record_name_problems": problems, "rej_norm_by_template": REJ_TPL, "preserve_value_problems": pres_problem}
with open(os.path.join(OUT, "log36.json"), "w", encoding="utf-8") as fh:
    json.dump(log, fh, ensure_ascii=False, indent=1)
if os.environ.get("TUNE36_SUMMARY"):
    print(json.dumps(log, ensure_ascii=False, indent=1))
