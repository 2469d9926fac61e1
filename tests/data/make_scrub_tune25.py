#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Tuning corpus 25 for the personal-data scrubber (blind writer).

Writes scrub_tune25.jsonl and scrub_tune25_preserve.txt.

Focus: SMS templates filled by software (odd spacing, 尊敬的客户, names in
【】, 借款人X与担保人Y, masked names next to the full name), OCR'd app and
document screenshots (line breaks inside names and numbers, O for 0, l for 1,
full-width digits), bank statements and repayment ledgers pasted as text
(counterparties glued to bank names, 转账-X), social-media posts and comments
(@mentions, hashtags, emoji inside names), children, parents, schools and
employers together, and Uyghur, Kazakh, Tibetan, Mongolian and Korean-Chinese
names in everyday positions. A few records are in traditional characters.

Standard library only. Deterministic: one random.Random(SEED) for the records,
one random.Random(SEED + 1) for the preserve list; no set is iterated.

Environment:
  TUNE25_OUT_DIR     where to write (default: this script's folder)
  TUNE25_DEDUPE_DIR  folder with the other corpora (default /work/main/tests/data)
  TUNE25_SUMMARY=1   print counts (never any corpus content)
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20261225
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE25_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE25_DEDUPE_DIR", "/work/main/tests/data")
SUMMARY = os.environ.get("TUNE25_SUMMARY") == "1"
OUT_JSONL = "scrub_tune25.jsonl"
OUT_PRES = "scrub_tune25_preserve.txt"
N_PRESERVE = 600

# group -> number of records
GROUP_SIZES = [
    ("fill", 40), ("ocr", 27), ("ledger", 25), ("social", 28), ("family", 22),
    ("minority", 16), ("trad", 10), ("other", 8), ("none", 24),
]


def ws(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- dedupe input
def load_others():
    """Texts and preserve lines of every other scrub corpus (whitespace removed).
    Never prints content."""
    texts, lines, files = set(), set(), 0
    if os.path.isdir(DEDUPE_DIR):
        for fn in sorted(os.listdir(DEDUPE_DIR)):
            if not fn.startswith("scrub_") or fn in (OUT_JSONL, OUT_PRES):
                continue
            p = os.path.join(DEDUPE_DIR, fn)
            if fn.endswith(".jsonl"):
                files += 1
                with open(p, encoding="utf-8") as f:
                    for ln in f:
                        ln = ln.strip()
                        if not ln:
                            continue
                        try:
                            t = json.loads(ln).get("text") or ""
                        except ValueError:
                            continue
                        texts.add(ws(t))
            elif fn.endswith(".txt") and "preserve" in fn:
                files += 1
                with open(p, encoding="utf-8") as f:
                    for ln in f:
                        t = ws(ln)
                        if t:
                            lines.add(t)
    return files, texts, lines


# ---------------------------------------------------------------- validity
FWT = str.maketrans("0123456789", "０１２３４５６７８９")
NORM = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1",
                      **{c: str(i) for i, c in enumerate("０１２３４５６７８９")}})


def fw(s):
    return s.translate(FWT)


def digits_of(s):
    return re.sub(r"[\s\-/·]", "", s.translate(NORM))


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(body17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, GB_W)) % 11]


TW_LETTER = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18,
                 K=19, L=20, M=21, N=22, O=35, P=23, Q=24, R=25, S=26, T=27,
                 U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_ok(x):
    c = TW_LETTER[x[0]]
    d = [int(ch) for ch in x[1:]]
    s = c // 10 + (c % 10) * 9 + sum(a * w for a, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1, 1]))
    return s % 10 == 0


# ---------------------------------------------------------------- name tables
SUR_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
SUR_MID = list("郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚")
SUR_LOW = list("卢姜崔钟谭陆汪范石廖贾夏韦付方邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾郝龚邵严覃武戴莫孔汤")
SUR_RARE = list("栾寇谌蓟矫邰靳佟巩隋宓廉褚庞骆仝苑牟樊鞠冀")
SUR_COMPOUND = ["欧阳", "司马", "上官", "皇甫", "令狐", "呼延", "夏侯", "诸葛", "慕容", "东方"]

GIVEN = {
    ("adult", "M"): ["建军", "志刚", "海涛", "永强", "晓东", "俊峰", "文博", "鹏飞", "明辉", "振宇",
                     "立新", "春雷", "卫东", "国栋", "学军", "庆丰", "德明", "泽宇", "子豪", "家伟",
                     "思远", "一鸣", "博文", "俊杰", "晨阳", "宏亮", "志勇", "文涛", "新民", "玉龙",
                     "铁柱", "建峰", "红兵", "长海", "庆伟"],
    ("adult", "F"): ["秀兰", "丽娟", "美华", "玉梅", "桂芳", "晓燕", "雪梅", "静怡", "婉婷", "佳琪",
                     "梦瑶", "思琪", "慧敏", "艳红", "春燕", "丽萍", "晓丽", "翠花", "金凤", "彩霞",
                     "亚楠", "雅琴", "淑华", "海霞", "月娥", "秋菊", "冬梅", "倩倩", "红梅", "素琴"],
    ("elder", "M"): ["德福", "长顺", "有才", "福来", "树根", "满仓", "保国", "振华", "守信", "庆林",
                     "玉堂", "文海", "永福", "金贵", "广田", "兴旺", "德胜", "连生"],
    ("elder", "F"): ["桂兰", "秀英", "玉珍", "凤兰", "淑珍", "翠兰", "素芬", "桂香", "金花", "秀芝",
                     "凤英", "兰英", "素珍", "桂英", "玉英", "秀云"],
    ("child", "M"): ["子轩", "浩宇", "宇轩", "沐辰", "俊熙", "睿泽", "铭泽", "梓豪", "一航", "奕辰",
                     "宸希", "子墨", "浩轩", "承泽", "嘉佑", "锦轩", "煜祺", "皓然"],
    ("child", "F"): ["梓涵", "一诺", "欣妍", "若汐", "语桐", "诗琪", "梓萱", "依诺", "芷若", "可馨",
                     "嘉懿", "雨桐", "沐晴", "悦希", "思妤", "梓玥", "语嫣", "安琪"],
}
ONE_CHAR = {"M": list("伟磊强洋勇军杰涛明超刚斌鹏亮"), "F": list("娜静敏娟艳霞丽芳颖婷")}

UY_GIVEN = {"M": ["买买提", "艾尔肯", "阿迪力", "麦麦提江", "努尔艾力", "艾克拜尔", "亚森", "依明",
                  "阿卜杜萨拉木", "吐尔逊江", "热合曼江", "艾尼瓦尔"],
            "F": ["热依拉", "古丽娜尔", "迪丽努尔", "帕提古丽", "阿依努尔", "米热古丽", "再努尔",
                  "阿依古丽", "布维佳玛丽", "祖丽皮耶", "努尔比亚", "阿孜古丽"]}
UY_FATHER = ["吐尔逊", "阿不都拉", "买合木提", "艾买提", "吐尔洪", "艾力", "司马义", "阿不力孜",
             "热合曼", "吾斯曼", "斯拉木", "肉孜", "卡德尔", "玉素甫", "依沙克", "喀斯木"]
KZ_GIVEN = {"M": ["叶尔兰", "努尔兰", "哈力木拉提", "达吾列提", "加尔肯", "叶尔波拉提"],
            "F": ["阿依达娜", "古丽米拉", "阿娜尔", "玛依拉", "阿克木汗", "加娜尔"]}
KZ_FATHER = ["别克", "叶尔肯", "哈布都拉", "托合塔尔", "吐尔森", "巴合提", "努尔别克"]
TIB_M = ["扎西", "次仁", "多吉", "格桑", "尼玛", "达瓦", "平措", "旺堆", "索朗", "边巴", "顿珠",
         "洛桑", "罗布", "普布", "仁增", "丹增"]
TIB_F = ["卓玛", "央金", "拉姆", "德吉", "央宗", "曲珍", "措姆", "卓嘎", "次仁", "格桑", "白玛",
         "尼玛", "达瓦"]
MON_M = ["巴特尔", "苏和", "额尔敦", "那仁", "宝音", "敖其尔", "朝鲁", "乌力吉", "阿拉坦", "孟和",
         "巴雅尔", "满都拉", "呼和", "毕力格", "哈斯", "德力格尔"]
MON_F = ["其木格", "乌日娜", "斯琴", "图雅", "萨仁", "格日勒", "其其格", "托娅", "乌云", "高娃",
         "娜仁", "塔娜"]
KOR_SUR = list("金朴崔李郑姜韩许全玄南池")
KOR_GIVEN = {"M": ["哲洙", "成浩", "明哲", "光日", "永浩", "成哲", "东日", "英植", "龙洙", "昌浩",
                   "京锡", "泰勋"],
             "F": ["英姬", "顺姬", "美善", "春花", "美兰", "正淑", "贞爱", "京花", "善玉", "银淑",
                   "惠子", "顺玉"]}
TW_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高")
TW_GIVEN = {"M": ["家豪", "志明", "俊傑", "冠宇", "宗翰", "建宏", "承恩", "柏翰", "冠廷", "育誠",
                  "彥廷", "品睿", "宥辰"],
            "F": ["怡君", "雅婷", "淑芬", "詩涵", "佳穎", "美玲", "郁婷", "思妤", "惠雯", "鈺婷",
                  "宜蓁", "筱涵", "芷瑄"]}
HK_SUR = list("陳李黃張梁何林劉鄭吳區麥譚馮鄧")
HK_GIVEN = {"M": ["偉明", "家樂", "志強", "浩賢", "俊輝", "嘉俊", "卓謙", "子朗"],
            "F": ["嘉欣", "詠詩", "美寶", "卓琳", "曉晴", "凱琪", "穎欣", "慧儀"]}
# people whose pinyin is printed on a bank card
PY_SUR = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG",
          "黄": "HUANG", "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN",
          "马": "MA", "朱": "ZHU", "胡": "HU", "郭": "GUO", "何": "HE", "高": "GAO",
          "林": "LIN", "罗": "LUO"}
PY_GIVEN = {("M", "建军"): "JIANJUN", ("M", "志刚"): "ZHIGANG", ("M", "海涛"): "HAITAO",
            ("M", "晓东"): "XIAODONG", ("M", "俊峰"): "JUNFENG", ("M", "鹏飞"): "PENGFEI",
            ("M", "明辉"): "MINGHUI", ("M", "振宇"): "ZHENYU", ("F", "秀兰"): "XIULAN",
            ("F", "丽娟"): "LIJUAN", ("F", "晓燕"): "XIAOYAN", ("F", "雪梅"): "XUEMEI",
            ("F", "慧敏"): "HUIMIN", ("F", "婉婷"): "WANTING", ("F", "梦瑶"): "MENGYAO"}

# ---------------------------------------------------------------- place tables
# (province, city, district, id area code, roads)
URBAN = [
    ("河南省", "郑州市", "金水区", "410105", ["文化路", "农业路", "东风路", "经三路", "纬五路"]),
    ("河南省", "郑州市", "二七区", "410103", ["大学路", "航海中路", "京广南路", "长江路"]),
    ("山东省", "临沂市", "兰山区", "371302", ["通达路", "金雀山路", "沂蒙路", "涑河街"]),
    ("湖南省", "长沙市", "雨花区", "430111", ["劳动东路", "韶山中路", "万家丽中路", "香樟路"]),
    ("四川省", "绵阳市", "涪城区", "510703", ["临园路", "剑南路", "御营街", "安昌路"]),
    ("广东省", "佛山市", "南海区", "440605", ["桂澜路", "南海大道", "海八路", "佛平路"]),
    ("江西省", "赣州市", "章贡区", "360702", ["红旗大道", "文清路", "章江路", "兴国路"]),
    ("河北省", "保定市", "竞秀区", "130602", ["朝阳北大街", "七一西路", "东风西路", "复兴中路"]),
    ("安徽省", "阜阳市", "颍州区", "341202", ["清河路", "颍州中路", "文峰路", "莲池路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", ["解放南路", "新华南路", "和平南路", "延安路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "沙依巴克区", "650103", ["友好北路", "西北路", "黄河路"]),
    ("西藏自治区", "拉萨市", "城关区", "540102", ["北京中路", "金珠西路", "林廓北路", "江苏路"]),
    ("内蒙古自治区", "呼和浩特市", "赛罕区", "150105", ["大学东街", "新华东街", "昭乌达路", "腾飞路"]),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", ["光明街", "局子街", "公园路", "河南街"]),
    ("河南省", "周口市", "川汇区", "411602", ["七一路", "八一大道", "交通大道"]),
]
REGION_OF = {"uy": [9, 10], "kz": [10], "tib": [11], "mon": [12], "kor": [13]}
ESTATES = ["锦绣花园", "阳光新城", "翠湖苑", "盛世华庭", "金色家园", "书香门第", "紫荆公寓", "银河湾",
           "润园", "东方丽景", "名门世家", "水岸春天", "华府壹号", "天润城"]
# (province, city, county, area code, towns, villages)
RURAL = [
    ("河南省", "周口市", "郸城县", "411625", ["宁平镇", "汲冢镇"], ["后楼村", "王寨村", "大李庄村"]),
    ("山东省", "临沂市", "沂南县", "371321", ["苏村镇", "界湖街道"], ["东河村", "北寨村"]),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", ["托克扎克镇", "乌帕尔镇"], ["色日克布亚村", "阿亚格村"]),
    ("西藏自治区", "日喀则市", "桑珠孜区", "540202", ["甲措雄乡", "聂日雄街道"], ["热嘎村", "曲美村"]),
    ("内蒙古自治区", "通辽市", "科尔沁左翼中旗", "150521", ["保康镇", "舍伯吐镇"], ["西艾力嘎查", "巴彦塔拉嘎查"]),
    ("吉林省", "延边朝鲜族自治州", "龙井市", "222405", ["东盛涌镇", "老头沟镇"], ["仁化村", "龙山村"]),
    ("湖南省", "邵阳市", "邵东市", "430582", ["廉桥镇", "流泽镇"], ["新联村", "杨桥村"]),
    ("四川省", "南充市", "仪陇县", "511324", ["新政镇", "马鞍镇"], ["石佛村", "双庙村"]),
    ("安徽省", "阜阳市", "临泉县", "341221", ["杨桥镇", "长官镇"], ["张营村", "陈庄村"]),
]
HAN_RURAL = [0, 1, 6, 7, 8]
RURAL_OF = {"uy": [2], "kz": [2], "tib": [3], "mon": [4], "kor": [5]}

PLATFORMS = ["安逸花", "有钱花", "分期乐", "拍拍贷", "360借条", "美团借钱", "度小满", "招联金融",
             "马上消费", "中邮消费金融", "小赢卡贷", "还呗", "省呗", "洋钱罐", "借呗", "微粒贷",
             "京东金条", "苏宁任性贷", "携程借钱", "平安普惠"]
BANK_CODE = [("工商银行", "95588", "工行", "622202", 19), ("建设银行", "95533", "建行", "621700", 19),
             ("农业银行", "95599", "农行", "622848", 19), ("中国银行", "95566", "中行", "621661", 19),
             ("招商银行", "95555", "招行", "622588", 16), ("交通银行", "95559", "交行", "622262", 19),
             ("民生银行", "95568", "民生", "622622", 16), ("兴业银行", "95561", "兴业", "622909", 16),
             ("浦发银行", "95528", "浦发", "622521", 16), ("中信银行", "95558", "中信", "622690", 16),
             ("光大银行", "95595", "光大", "622660", 16), ("平安银行", "95511", "平安", "622155", 16),
             ("邮储银行", "95580", "邮储", "621799", 19), ("广发银行", "95508", "广发", "622568", 16)]
BANK_EN = {"工商银行": "Industrial and Commercial Bank of China", "建设银行": "China Construction Bank",
           "农业银行": "Agricultural Bank of China", "中国银行": "Bank of China",
           "招商银行": "China Merchants Bank", "交通银行": "Bank of Communications",
           "邮储银行": "Postal Savings Bank of China"}
BANK_FULL = {"工商银行": "中国工商银行", "建设银行": "中国建设银行", "农业银行": "中国农业银行",
             "中国银行": "中国银行", "招商银行": "招商银行", "交通银行": "交通银行", "邮储银行": "中国邮政储蓄银行"}
BRANCHES = ["人民路支行", "解放路支行", "中山路支行", "建设路支行", "胜利街支行", "新华路支行",
            "和平路支行", "朝阳支行", "城东支行", "高新区支行", "经开区支行", "火车站支行"]
AGENCIES = ["鼎信资产管理有限公司", "卓越信息咨询服务有限公司", "恒泰商务服务有限公司",
            "汇诚资产管理有限公司", "中诚信达企业管理有限公司"]
LAWFIRMS = ["河南正衡律师事务所", "湖南金州律师事务所", "北京德和衡（郑州）律师事务所",
            "广东卓建律师事务所", "山东求是和信律师事务所"]
EMP_WORDS = ["宏达", "鑫源", "华瑞", "永盛", "博远", "恒通", "康泰", "天启", "中联", "佳美", "瑞丰", "新航"]
EMP_TRADE = ["物流", "建材", "电子科技", "餐饮管理", "医疗器械", "机械制造", "汽车销售", "家居", "食品", "服装"]
EMP_FIXED = ["郸城县人民医院", "绵阳市第一人民医院", "富士康科技集团", "顺丰速运", "美团外卖站点",
             "城关镇人民政府", "沂南县自来水公司", "周口市公交公司", "宁平镇中心卫生院", "郸城县农村信用合作联社"]
SCHOOLS = ["第二实验小学", "育才小学", "明德小学", "实验中学", "第一中学", "树人学校", "外国语学校",
           "启明星幼儿园", "阳光幼儿园", "第三十四中学", "英才学校", "职业技术学院", "师范附属小学"]
JOBS = ["会计", "仓管", "销售", "保安", "厨师", "司机", "文员", "护工", "电工", "收银员", "快递员"]
RELS = ["配偶", "母亲", "父亲", "同事", "朋友", "哥哥", "姐姐", "表弟", "儿子", "女儿"]
HANDLE_A = ["追风少年", "晴天", "momo", "阿木木", "橘子汽水", "kiki", "夜猫子", "Lucky", "小太阳",
            "大白菜", "星河", "半夏", "熬夜冠军", "不吃香菜", "一只鱼", "Zz"]
HANDLE_B = ["_2019", "1127", "_88", "0520", "_yy", "2333", "_v", "666", "_0812", "1998"]
PHONE_PREF = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
              "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
              "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
PLATE_PROV = {"uy": "新", "kz": "新", "tib": "藏", "mon": "蒙", "kor": "吉"}
EMOJI = ["🐷", "🐶", "💩", "🤡", "❌", "🔪", "👎", "😡", "🙄", "🐍"]


def mask_name(rng, name):
    """A partly masked form of a name (not personal data by the conventions)."""
    if "·" in name:
        a, b = name.split("·", 1)
        return a[0] + "*" * (len(a) - 1) + "·" + "*" * len(b)
    n = len(name)
    if n == 2:
        return rng.choice([name[0] + "*", "*" + name[1]])
    if n == 3:
        return rng.choice([name[0] + "*" + name[2], name[0] + "**", "*" + name[1:], name[:2] + "*"])
    return name[0] + "*" * (n - 2) + name[-1]


class Person:
    def __init__(self, name, sur, given, sex, birth, style, area, pinyin=None):
        self.name, self.sur, self.given, self.sex = name, sur, given, sex
        self.birth, self.style, self.area, self.pinyin = birth, style, area, pinyin
        self._id = None


# ---------------------------------------------------------------- the generator
class Gen:
    def __init__(self, others_preserve_blob, own_preserve_blob, others_texts):
        self.rng = random.Random(SEED)
        self.others_pres = others_preserve_blob
        self.own_pres = own_preserve_blob
        self.others_texts = others_texts
        self.used_names = set()
        self.name_form = {}
        self.records = []
        self.all_values = []
        self.value_set = set()
        self.masked_texts = []
        self.rejects = Counter()
        self._cycles = {}

    # ---- basics
    def pick(self, seq):
        return self.rng.choice(seq)

    def cycle(self, key, options):
        """Variants of one template in shuffled rounds, so that repeated uses
        of a template show different variants."""
        st = self._cycles.setdefault(key, [])
        if not st:
            st.extend(options)
            self.rng.shuffle(st)
        return st.pop()

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rng.randint(1, 9)) + s[1:]
        return s

    def amount(self, lo=300, hi=50000, style=None):
        v = self.rng.randint(lo, hi)
        cents = self.pick([0, 0, 0, 50, self.rng.randint(1, 99)])
        style = style or self.pick(["plain", "comma", "int", "int"])
        if style == "int":
            return str(v)
        if style == "comma":
            return f"{v:,}.{cents:02d}"
        return f"{v}.{cents:02d}"

    def date(self, style=None, year=None):
        y = year or self.pick([2025, 2025, 2026])
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        style = style or self.pick(["cn", "dash", "slash", "md"])
        if style == "cn":
            return f"{y}年{m}月{d}日"
        if style == "dash":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "slash":
            return f"{y}/{m:02d}/{d:02d}"
        if style == "dot":
            return f"{y}.{m}.{d}"
        return f"{m}月{d}日"

    def dates(self, n, style="dash", year=None):
        """n dates in increasing order."""
        raw = sorted((year or self.pick([2025, 2026]), self.rng.randint(1, 12), self.rng.randint(1, 28)) for _ in range(n))
        out = []
        for y, m, d in raw:
            out.append({"dash": f"{y}-{m:02d}-{d:02d}", "slash": f"{y}/{m:02d}/{d:02d}", "md": f"{m}月{d}日",
                        "cn": f"{y}年{m}月{d}日"}[style])
        return out

    def time(self):
        return f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def gateway(self):
        return "106" + self.pick(["90", "98", "59", "55"]) + self.digits(8)

    def bank(self):
        return self.pick(BANK_CODE)

    def employer(self):
        if self.rng.random() < 0.3:
            return self.pick(EMP_FIXED)
        c = self.pick(URBAN)[1]
        city = c[:-1] if (c.endswith("市") and self.rng.random() < 0.5) else ""
        return city + self.pick(EMP_WORDS) + self.pick(EMP_TRADE) + "有限公司"

    def school(self, region=None):
        u = region or self.pick(URBAN)
        return self.pick([u[1], u[2], u[1] + u[2]]) + self.pick(SCHOOLS)

    def grade(self, school):
        if "幼儿园" in school:
            return self.pick(["大班", "中班", "小二班", "大三班"])
        if "中学" in school:
            return self.pick(["初二（3）班", "初一7班", "高一（5）班", "初三2班"])
        if "学院" in school:
            return self.pick(["大二", "2024级汽修2班"])
        return self.pick(["三年级（2）班", "五年级一班", "二年级4班", "六年级（1）班", "一年级"])

    # ---- people
    def _birth(self, gen):
        y = {"child": (2011, 2019), "adult": (1972, 2001), "elder": (1942, 1963)}[gen]
        return (self.rng.randint(*y), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _acceptable(self, name):
        key = ws(name)
        if key in self.used_names or len(key) < 2:
            return False
        if key in self.others_pres or key in self.own_pres:
            self.rejects["name in a preserve list"] += 1
            return False
        return True

    def person(self, style=None, gen="adult", sex=None, sur=None, given=None, father=None):
        """style: han, rare, compound, uy, kz, tib, mon, kor, tw, hk, py, or
        'mix' (Han most of the time, sometimes minority)."""
        rng = self.rng
        if style in (None, "mix"):
            r = rng.random()
            if style is None:
                style = "han" if r < 0.86 else ("rare" if r < 0.93 else "compound")
            else:
                style = ("han" if r < 0.70 else "rare" if r < 0.75 else "compound" if r < 0.78
                         else self.pick(["uy", "uy", "kz", "tib", "tib", "mon", "mon", "kor", "kor"]))
        sur0, given0, father0 = sur, given, father
        for _ in range(200):
            sx = sex or self.pick("MF")
            birth = self._birth(gen)
            pinyin = None
            sur = None
            if style in ("han", "rare", "compound", "py"):
                if style == "py":
                    sur = self.pick(list(PY_SUR))
                    gv = self.pick([g for (s2, g) in PY_GIVEN if s2 == sx])
                    pinyin = PY_SUR[sur] + " " + PY_GIVEN[(sx, gv)]
                else:
                    if sur0 is not None:
                        sur = sur0
                    elif style == "han":
                        r = rng.random()
                        sur = self.pick(SUR_COMMON if r < 0.55 else SUR_MID if r < 0.85 else SUR_LOW)
                    elif style == "rare":
                        sur = self.pick(SUR_RARE)
                    else:
                        sur = self.pick(SUR_COMPOUND)
                    if gen == "adult" and len(sur) == 1 and rng.random() < 0.15:
                        gv = self.pick(ONE_CHAR[sx])
                    else:
                        gv = self.pick(GIVEN[(gen, sx)])
                name = sur + gv
                form = {"han": "han%d" % len(name), "py": "han%d" % len(name),
                        "rare": "rare", "compound": "compound"}[style]
            elif style in ("uy", "kz"):
                gl, fl = (UY_GIVEN, UY_FATHER) if style == "uy" else (KZ_GIVEN, KZ_FATHER)
                gv = given0 or self.pick(gl[sx])
                fa = father0 or self.pick(fl + gl["M"])
                if gv == fa:
                    continue
                name = gv + "·" + fa
                form = "uyghur" if style == "uy" else "kazakh"
            elif style == "tib":
                pool = TIB_M if sx == "M" else TIB_F
                a = self.pick(pool)
                b = self.pick([x for x in (TIB_F if sx == "F" else TIB_M) + ["次仁", "扎西"] if x != a])
                name = a + b if rng.random() < 0.85 else a
                form = "tibetan"
            elif style == "mon":
                pool = MON_M if sx == "M" else MON_F
                a = self.pick(pool)
                r = rng.random()
                if r < 0.45:
                    name = a + self.pick([x for x in pool if x != a])
                elif r < 0.8:
                    name = a
                else:
                    name = self.pick("包白韩") + a
                form = "mongolian"
            elif style == "kor":
                sur = sur0 or self.pick(KOR_SUR)
                name = sur + self.pick(KOR_GIVEN[sx])
                form = "korean"
            elif style == "tw":
                sur = self.pick(TW_SUR)
                name = sur + self.pick(TW_GIVEN[sx])
                form = "trad_tw"
            elif style == "hk":
                sur = self.pick(HK_SUR)
                name = sur + self.pick(HK_GIVEN[sx])
                form = "trad_hk"
            else:
                raise ValueError(style)
            if len(name) < 2 or not self._acceptable(name):
                continue
            if style in REGION_OF:
                urban = URBAN[self.pick(REGION_OF[style])]
                rural = RURAL[self.pick(RURAL_OF[style])]
            else:
                urban, rural = self.pick(URBAN), RURAL[self.pick(HAN_RURAL)]
            is_rural = rng.random() < 0.3
            area = rural[3] if is_rural else urban[3]
            self.used_names.add(ws(name))
            self.name_form[name] = form
            p = Person(name, sur, None, sx, birth, style, area, pinyin)
            p.urban, p.rural, p.is_rural = urban, rural, is_rural
            if style in ("uy", "kz"):
                p.given, p.father = name.split("·")
            return p
        raise RuntimeError("could not draw a name")

    def idn(self, p):
        if p._id is None:
            y, m, d = p.birth
            seq = "%02d" % self.rng.randint(0, 99)
            sexd = str(self.pick([1, 3, 5, 7, 9] if p.sex == "M" else [0, 2, 4, 6, 8]))
            body = p.area + f"{y:04d}{m:02d}{d:02d}" + seq + sexd
            p._id = body + gb_check(body)
        return p._id

    def tw_id(self, p):
        if p._id is None:
            L = self.pick("ABDEFHKLMNPRSTUVX")
            d = [1 if p.sex == "M" else 2] + [self.rng.randint(0, 9) for _ in range(7)]
            c = TW_LETTER[L]
            s = c // 10 + (c % 10) * 9 + sum(a * w for a, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
            p._id = L + "".join(map(str, d)) + str((10 - s % 10) % 10)
        return p._id

    # ---- value formats
    def ocr(self, s, rate=0.45):
        out, changed = [], False
        for ch in s:
            if ch == "0" and self.rng.random() < rate:
                out.append(self.pick("OOo"))
                changed = True
            elif ch == "1" and self.rng.random() < rate:
                out.append(self.pick("llI"))
                changed = True
            else:
                out.append(ch)
        if not changed:
            for i, ch in enumerate(out):
                if ch in "01":
                    out[i] = "O" if ch == "0" else "l"
                    break
        return "".join(out)

    def mobile_raw(self):
        return self.pick(PHONE_PREF) + self.digits(8)

    def phone(self, fmt=None, raw=None):
        m = raw or self.mobile_raw()
        fmt = fmt or self.pick(["plain"] * 5 + ["space", "dash", "p86"])
        if fmt == "plain":
            return m
        if fmt == "space":
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if fmt == "dash":
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if fmt == "p86":
            return self.pick(["+86 ", "+86", "+86-", "0086 "]) + m
        if fmt == "fw":
            return fw(m)
        if fmt == "ocr":
            return self.ocr(m)
        if fmt == "ocr_space":
            return self.ocr(f"{m[:3]} {m[3:7]} {m[7:]}")
        if fmt == "split":      # a chat bubble or a table cell wraps the number
            k = self.pick([3, 5, 7, 8])
            return m[:k] + "\n" + m[k:]
        if fmt == "ocr_split":
            k = self.pick([4, 7])
            return self.ocr(m[:k]) + "\n" + self.ocr(m[k:])
        raise ValueError(fmt)

    def landline(self):
        area = self.pick(["0371", "0539", "0731", "0816", "0757", "0797", "0312", "0991", "0891", "0471", "0433"])
        return self.pick([f"{area}-{self.digits(8, True)}", f"{area}-{self.digits(7, True)}",
                          f"（{area}）{self.digits(8, True)}"])

    def card_raw(self, bank=None):
        b = bank or self.bank()
        body = b[3] + self.digits(b[4] - 7)
        return body + luhn_check_digit(body)

    def card(self, fmt=None, bank=None):
        c = self.card_raw(bank)
        fmt = fmt or self.pick(["plain", "space", "space"])
        if fmt == "plain":
            return c
        if fmt == "space":
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        if fmt == "fw":
            return fw(c)
        if fmt == "ocr":
            return self.ocr(" ".join(c[i:i + 4] for i in range(0, len(c), 4)), 0.5)
        if fmt == "split":
            k = self.pick([6, 8, 10, 12])
            return c[:k] + "\n" + c[k:]
        raise ValueError(fmt)

    def id_fmt(self, p, fmt=None):
        i = self.idn(p)
        fmt = fmt or self.pick(["plain"] * 4 + ["space"])
        if fmt == "plain":
            return i
        if fmt == "lowx":
            return i[:-1] + i[-1].lower()
        if fmt == "space":
            return f"{i[:6]} {i[6:14]} {i[14:]}"
        if fmt == "fw":
            return fw(i[:-1]) + ("Ｘ" if i[-1] == "X" else fw(i[-1]))
        if fmt == "ocr":
            return self.ocr(i, 0.5)
        if fmt == "ocr_space":
            return self.ocr(f"{i[:6]} {i[6:14]} {i[14:]}", 0.5)
        if fmt == "split":
            k = self.pick([6, 10, 14])
            return i[:k] + "\n" + i[k:]
        raise ValueError(fmt)

    def region_for(self, p):
        return p.urban if p is not None else self.pick(URBAN)

    def home_city(self, p):
        return (p.rural if p.is_rural else p.urban)[1]

    def addr(self, p=None, fmt=None, parts=False):
        """Returns an address string, or (line1, line2) when parts=True."""
        if fmt is None:
            if p is not None and p.is_rural:
                fmt = "rural"
            else:
                fmt = self.pick(["full", "full", "short", "city"] + ([] if p is not None else ["rural"]))
        if fmt == "rural":
            r = p.rural if p is not None else self.pick(RURAL)
            town, vil = self.pick(r[4]), self.pick(r[5])
            tail = self.pick([f"{self.rng.randint(1, 12)}组{self.rng.randint(1, 80)}号",
                              f"{self.rng.randint(1, 200)}号", f"{self.rng.randint(1, 9)}队"])
            a, b = r[0] + r[1] + r[2] + town, vil + tail
        else:
            u = self.region_for(p)
            road = self.pick(u[4])
            no = self.rng.randint(1, 399)
            est = self.pick(ESTATES)
            b, un, rm = self.rng.randint(1, 32), self.rng.randint(1, 6), self.rng.randint(1, 33) * 100 + self.rng.randint(1, 4)
            if fmt == "full":
                a = u[0] + u[1] + u[2] + road + f"{no}号"
                b = est + self.pick([f"{b}号楼{un}单元{rm}室", f"{b}栋{un}单元{rm}", f"{b}幢{rm}室"])
            elif fmt == "short":
                a = u[2] + road + f"{no}号"
                b = est + f"{b}栋{rm}"
            else:
                a = u[1] + u[2] + road
                b = f"{no}号院{b}号楼{un}单元{rm}号"
        return (a, b) if parts else a + b

    def plate(self, p=None, fmt=None):
        prov = PLATE_PROV.get(p.style if p else None) or self.pick("豫鲁湘川粤赣冀皖")
        city = self.pick("ABCDEFGH")
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        if self.rng.random() < 0.25:
            tail = self.pick("DF") + self.digits(5)
        else:
            tail = "".join(self.pick(al) for _ in range(5))
        fmt = fmt or self.pick(["", "·", " ", ""])
        return prov + city + fmt + tail

    def qq(self):
        return self.digits(self.pick([8, 9, 10]), True)

    def wechat(self):
        al = "abcdefghijkmnpqrstuvwxyz0123456789"
        if self.rng.random() < 0.5:
            return "wxid_" + "".join(self.pick(al) for _ in range(14))
        return self.pick(["a", "hz", "lucky", "mm", "dd", "xy", "k"]) + self.pick(["_", "", "-"]) + \
            "".join(self.pick("abcdefghjkmnpqrstwxyz") for _ in range(3)) + self.digits(4)

    def email(self):
        al = "abcdefghijkmnpqrstuvwxyz"
        local = "".join(self.pick(al) for _ in range(self.rng.randint(4, 8))) + self.digits(self.pick([2, 3, 4]))
        return local + "@" + self.pick(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net"])

    def contract(self):
        return self.pick([f"HT{self.pick([2023, 2024, 2025])}{self.digits(8)}",
                          f"JK{self.digits(14)}", f"XD-{self.digits(4)}-{self.digits(6)}",
                          f"{self.pick(['PPD', 'FQL', 'ZLJR'])}{self.digits(10)}"])

    def handle(self):
        if self.rng.random() < 0.3:
            return "用户" + self.digits(10, True)
        return self.pick(HANDLE_A) + self.pick(HANDLE_B)

    def masked_phone(self):
        m = self.mobile_raw()
        return m[:3] + "****" + m[7:]

    # ---- record assembly
    def build(self, items):
        parts, spans, pii, seen, pos = [], [], [], set(), 0
        for it in items:
            if isinstance(it, tuple):
                kind, val = it
                assert val == val.strip(), (kind, val)
                spans.append((pos, pos + len(val)))
                if (kind, val) not in seen:
                    seen.add((kind, val))
                    pii.append({"kind": kind, "value": val})
                s = val
            else:
                s = it
            parts.append(s)
            pos += len(s)
        return "".join(parts), pii, spans

    @staticmethod
    def masked(text, spans):
        ch = list(text)
        for a, b in spans:
            for i in range(a, b):
                ch[i] = "\x00"
        return "".join(ch).lower()

    def accept(self, group, tname, items, sender):
        text, pii, spans = self.build(items)
        m = self.masked(text, spans)
        vals = [p["value"].lower() for p in pii]
        if ws(text) in self.others_texts:
            self.rejects["record equal to another corpus"] += 1
            return False
        if any(ws(text) == ws(r["text"]) for r in self.records):
            self.rejects["record repeated"] += 1
            return False
        for v in vals:
            if v in m:
                self.rejects["value also unlabelled in its own text"] += 1
                return False
            if any(v in mt for mt in self.masked_texts):
                self.rejects["value unlabelled in an earlier record"] += 1
                return False
            if ws(v) and (ws(v) in self.own_pres):
                self.rejects["value in own preserve"] += 1
                return False
        for v in self.all_values:
            if v in m:
                self.rejects["earlier value unlabelled here"] += 1
                return False
        for p in pii:
            v = p["value"].lower()
            if v not in self.value_set:
                self.value_set.add(v)
                self.all_values.append(v)
        self.masked_texts.append(m)
        self.records.append({"text": text, "sender": sender, "pii": pii,
                             "_group": group, "_tpl": tname, "_spans": spans})
        return True


# ---------------------------------------------------------------- templates
MINO = ("uy", "kz", "tib", "mon", "kor")


def kin(g, p, rel, gen, sex=None):
    """A relative of p who carries the family name (rel: child, father, sibling),
    registered in the same place. Uyghur and Kazakh names are patronymic."""
    q = _kin(g, p, rel, gen, sex)
    q.urban, q.rural, q.is_rural, q.area = p.urban, p.rural, p.is_rural, p.area
    return q


def _kin(g, p, rel, gen, sex):
    if p.style in ("uy", "kz"):
        if rel == "child":
            return g.person(p.style, gen=gen, sex=sex, father=p.given)
        if rel == "father":
            return g.person(p.style, gen=gen, sex="M", given=p.father)
        return g.person(p.style, gen=gen, sex=sex, father=p.father)
    if p.style in ("han", "rare", "compound", "py"):
        return g.person("han" if p.style == "py" else p.style, gen=gen, sex=sex, sur=p.sur)
    if p.style == "kor":
        return g.person("kor", gen=gen, sex=sex, sur=p.sur)
    return g.person(p.style, gen=gen, sex=sex)


def spouse(g, p, gen="adult"):
    return g.person(p.style if p.style in MINO else None, gen=gen, sex="F" if p.sex == "M" else "M")


def N(v):
    return ("name", v)


def T_REG():
    return {g: [] for g, _ in GROUP_SIZES}


TEMPLATES = T_REG()


def tpl(group, weight=1):
    """Register a template; weight = entries per round."""
    def deco(fn):
        TEMPLATES[group].extend([fn] * weight)
        return fn
    return deco


# ===== fill: SMS templates filled by software
@tpl("fill", 3)
def fill_spacing(g):
    A = g.person("mix")
    plat = g.pick(PLATFORMS)
    sal = g.cycle("spacing", [("尊敬的", " 先生/女士："), ("尊敬的  ", "先生/女士，"), ("尊敬的", "  先生 / 女士 ："),
                  ("尊敬的　", "　先生/女士："), ("尊敬的 ", " 先生（女士）:"), ("尊敬的", "先生/女士 ,"),
                  ("尊敬的", " 女士/先生："), ("尊敬的 ", "  先生/女士 ：")])
    n = g.rng.randint(3, 95)
    return ["【%s】" % plat, sal[0], N(A.name), sal[1],
            f"您在{plat}的借款已逾期{n}天，当前应还{g.amount()}元，请于{g.date('md')}24:00前登录APP完成还款，"
            f"以免影响个人信用。拒收请回复R"], g.gateway()


@tpl("fill", 2)
def fill_customer(g):
    A = g.person("mix")
    b = g.bank()
    tail = g.idn(A)[-4:]
    cue = g.cycle("customer", [("尊敬的客户", "，"), ("尊敬的客户：", "，"), ("尊敬的客户 ", f"（证件尾号{tail}），"),
                  ("尊敬的客户【", "】："), ("尊敬的客户", " 您好，"), ("尊敬的客户:  ", " ,")])
    return [cue[0], N(A.name), cue[1],
            f"您名下{b[0]}信用卡（尾号{g.digits(4)}）本期账单{g.amount()}元已逾期{g.rng.randint(2, 60)}天，"
            f"最低还款额{g.amount(100, 3000)}元。如已还款请忽略。【{b[0]}】"], b[1]


@tpl("fill", 2)
def fill_brackets(g):
    A, B = g.person("mix"), g.person()
    sp = g.cycle("brackets", ["", " "])
    o, c = "【" + sp, sp + "】"
    return ["通知对象：", o, N(A.name), c, " 合同编号：", o, ("account", g.contract()), c,
            f" 逾期金额：{o}{g.amount()}{c}元 逾期天数：{o}{g.rng.randint(5, 300)}{c}天 催收专员：", o,
            N(B.name), c, " 联系电话：", o, ("phone", g.phone("plain")), c,
            f" 请于{o}{g.date('dash')}{c}前处理。"], g.gateway()


@tpl("fill")
def fill_borrower_guarantor(g):
    A, B = g.person("mix"), g.person()
    firm = g.pick(LAWFIRMS)
    return ["借款人", N(A.name), "与担保人", N(B.name), "：\n　　你们于", g.date("cn", 2023),
            f"与{g.pick(PLATFORMS)}合作方签订的《个人借款合同》（合同编号：", ("account", g.contract()),
            f"）项下借款本金{g.amount(5000, 200000)}元已于{g.date('cn', 2025)}到期，至今未还。根据合同约定，担保人",
            N(B.name), "对上述债务承担连带保证责任。请借款人", N(A.name), "、担保人", N(B.name),
            f"于收到本函之日起七日内清偿全部欠款，否则我方将依法提起诉讼。\n{firm}\n{g.date('cn', 2026)}"], None


@tpl("fill")
def fill_roles_ids(g):
    A, C, B = g.person("mix"), g.person(), g.person()
    return ["借款人：", N(A.name), "（身份证号：", ("id_number", g.id_fmt(A, "plain")), "）\n共同借款人：",
            N(C.name), "\n担保人：", N(B.name), "（身份证号：", ("id_number", g.id_fmt(B)),
            f"）\n借款金额：{g.amount(10000, 300000, 'comma')}元\n逾期本息：{g.amount(10000, 300000, 'comma')}元\n特此通知。"], None


@tpl("fill")
def fill_mask_full(g):
    A = g.person("mix")
    mk = mask_name(g.rng, A.name)
    return [f"尊敬的{mk}先生/女士，您在{g.pick(PLATFORMS)}的借款（合同尾号{g.digits(4)}）已逾期{g.rng.randint(3, 90)}天。"
            "如您不是", N(A.name), "本人，请回复“非本人”，我们将不再打扰。"], g.gateway()


@tpl("fill")
def fill_mask_contact(g):
    A, B = g.person("mix"), g.person()
    return [f"【{g.pick(PLATFORMS)}】{mask_name(g.rng, B.name)}您好，您被", N(A.name),
            f"（{g.masked_phone()}）设置为紧急联系人，其借款已逾期{g.rng.randint(10, 200)}天，请转告", N(A.name),
            f"尽快还款。如不认识{mask_name(g.rng, A.name)}请忽略。"], g.gateway()


@tpl("fill")
def fill_mask_case(g):
    A, B = g.person("mix"), g.person()
    sep = g.pick(["｜", " | ", "  "])
    return [f"客户：{mask_name(g.rng, A.name)}{sep}联系人：", N(B.name), f"（{g.pick(RELS)}）{sep}状态：失联\n备注：",
            g.date("md"), "拨打", N(B.name), "，称已半年未与", N(A.name), "联系，提供", N(A.name), "新号码",
            ("phone", g.phone()), "。"], None


@tpl("fill")
def fill_double(g):
    A = g.person("mix")
    join = g.cycle("double", ["", " "])
    return ["尊敬的", N(A.name), join, N(A.name), g.pick(["女士/先生", "先生/女士", "先生" if A.sex == "M" else "女士"]),
            f"，您的账单已出，本期应还{g.amount()}元，到期还款日{g.date('md')}。"], g.gateway()


@tpl("fill")
def fill_pipe(g):
    A = g.person("mix")
    sep = g.pick(["|", "｜", ";", " | "])
    return ["客户姓名:", N(A.name), sep, "证件号:", ("id_number", g.id_fmt(A, g.pick(["plain", "lowx", "plain"]))),
            sep, "手机:", ("phone", g.phone("plain")), sep, f"逾期天数:{g.rng.randint(1, 400)}{sep}应还:{g.amount()}",
            f"{sep}委外机构:{g.pick(AGENCIES)}"], None


@tpl("fill")
def fill_placeholder(g):
    A = g.person("mix")
    ph = g.cycle("placeholder", [("{{contact_name}}", "{{repay_date}}"), ("${联系人姓名}", "${还款日}"),
                 ("#紧急联系人#", "#最后还款日#"), ("[联系人]", "[日期]")])
    return ["尊敬的", N(A.name), f"先生/女士，您的紧急联系人{ph[0]}已收到我司通知，请于{ph[1]}前还款{g.amount()}元，详询官方客服。"], g.gateway()


@tpl("fill")
def fill_multiline(g):
    A = g.person("mix")
    b = g.bank()
    return ["尊敬的客户：\n        ", N(A.name), g.pick(["  先生/女士", " 先生/女士", "先生/女士 "]),
            f"\n    您好！截至{g.date('cn', 2026)}，您在我行的个人消费贷款（借据号",
            ("account", "JJ" + g.digits(14)),
            f"）累计逾期{g.rng.randint(2, 9)}期，欠款本息合计人民币{g.amount(8000, 90000, 'comma')}元。\n"
            f"    请您务必于{g.date('cn', 2026)}前归还，如有疑问请致电{b[1]}。\n"
            f"                                    {b[0]}个人信贷中心"], b[1]


@tpl("fill")
def fill_family_notice(g):
    A, B, C = g.person("mix"), g.person(gen="elder"), g.person()
    return ["致", N(A.name), f"及其家属：\n", N(A.name),
            f"在{g.pick(PLATFORMS)}的借款已逾期{g.rng.randint(30, 400)}天，欠款{g.amount()}元。我司多次联系无果，现请家属",
            N(B.name), "督促其尽快还款。联系电话", ("phone", g.phone()), "（", N(C.name), "）"], g.gateway()


@tpl("fill")
def fill_roles_list(g):
    A, B, C = g.person("mix"), g.person(), g.person()
    b = g.bank()
    return [N(A.name), "（借款人）、", N(B.name), "（共同借款人）、", N(C.name),
            f"（担保人）：\n关于你们于{g.date('cn', 2023)}签订的《借款合同》，截至{g.date('cn', 2026)}尚欠本息"
            f"{g.amount(20000, 500000, 'comma')}元，请于{g.date('md')}前到{b[0]}{g.pick(BRANCHES)}办理还款。"], None


@tpl("fill")
def fill_push(g):
    A = g.person("mix")
    uid = g.digits(10, True)
    if g.rng.random() < 0.5:
        return [N(A.name), f"，你的{g.pick(PLATFORMS)}额度已冻结 · 用户ID ", ("account", uid),
                " · 点击查看还款方案 >"], None
    return ["您好", N(A.name), "女士（ID:" if A.sex == "F" else "先生（ID:", ("account", uid),
            f"），您有1笔待还账单，逾期将收取罚息。"], None


@tpl("fill")
def fill_debtor_fields(g):
    A = g.person("mix")
    return ["[催收通知] 债务人: ", N(A.name), " ; 身份证: ", ("id_number", g.id_fmt(A)), " ; 户籍地址: ",
            ("address", g.addr(A)), f" ; 委托方: {g.bank()[0]} ; 案件编号: ", ("account", f"AJ-2025-{g.digits(6)}")], None


@tpl("fill")
def fill_minority(g):
    M = g.person(g.pick(["uy", "kz", "tib", "mon", "kor"]))
    sp = g.pick([("尊敬的", "先生/女士："), ("尊敬的 ", " 先生/女士："), ("尊敬的客户", "，"), ("【", "】您好，")])
    plat = g.pick(PLATFORMS)
    return [sp[0], N(M.name), sp[1],
            f"您在{plat}申请的分期已逾期{g.rng.randint(3, 60)}天，请于{g.date('md')}前还款{g.amount()}元。"], g.gateway()


# ===== ocr: app and document screenshots run through OCR
def broken(g, name):
    """A name with a line break inside, as OCR gives it when a cell wraps."""
    if "·" in name and g.rng.random() < 0.6:
        return name.replace("·", "·\n", 1)
    k = g.rng.randint(1, len(name) - 1)
    return name[:k] + "\n" + name[k:]


def status_bar(g):
    return g.pick([f"{g.time()} ⊿ 4G {g.rng.randint(10, 99)}%", f"{g.time()}  5G  {g.rng.randint(10, 99)}",
                   f"中国移动 {g.time()} {g.rng.randint(10, 99)}%", f"{g.time()} ull 4G ▭"])


@tpl("ocr")
def ocr_loan_detail(g):
    A = g.person("mix")
    nm = broken(g, A.name)
    g.name_form[nm] = "broken"
    return [status_bar(g), "\n<  借款详情                ···\n借款人      ", N(nm), "\n手机号      ",
            ("phone", g.phone("ocr")), f"\n借款金额    {g.amount(1000, 30000, 'comma')}\n借款日期    {g.date('dash', 2025)}"
            f"\n逾期天数    {g.rng.randint(1, 180)}天\n[ 立即还款 ]"], None


@tpl("ocr")
def ocr_chat(g):
    B, C = g.person(), g.person("mix")
    return [status_bar(g), "\n< ", N(B.name), f"(催收)\n[语音] {g.rng.randint(3, 59)}\"\n你好，我是{g.pick(PLATFORMS)}贷后部的",
            N(B.name), f"\n你在我们平台欠款{g.amount()}元\n今天再不处理就上报了\n你爱人", N(C.name), "的电话是",
            ("phone", g.phone(g.pick(["split", "ocr_split"]))), "对吧\n[图片]\n按住 说话"], None


@tpl("ocr")
def ocr_idcard(g):
    A = g.person(g.pick(["han", "han", "uy", "tib", "mon", "kor"]))
    nation = {"uy": "维吾尔", "kz": "哈萨克", "tib": "藏", "mon": "蒙古", "kor": "朝鲜"}.get(A.style, "汉")
    y, m, d = A.birth
    a1, a2 = g.addr(A, "rural" if A.is_rural else g.pick(["full", "city"]), parts=True)
    nm = A.name if g.rng.random() < 0.6 else broken(g, A.name)
    if nm != A.name:
        g.name_form[nm] = "broken"
    return ["姓名 ", N(nm), f"\n性别 {'男' if A.sex == 'M' else '女'}   民族 {nation}\n出生 {y} 年 {m} 月 {d} 日\n住址 ",
            ("address", a1 + "\n" + a2), "\n\n公民身份号码 ", ("id_number", g.id_fmt(A, g.pick(["ocr", "ocr_space", "plain"])))], None


@tpl("ocr")
def ocr_bankcard(g):
    A = g.person("py")
    b = g.pick([x for x in BANK_CODE if x[0] in BANK_EN])
    py = A.pinyin if g.rng.random() < 0.7 else A.pinyin.replace(" ", "")
    g.name_form[py] = "pinyin"
    return [BANK_FULL[b[0]], f"\n{BANK_EN[b[0]]}\n借记卡 DEBIT\n",
            ("bank_card", g.card("ocr", b)), f"\n{g.rng.randint(1, 12):02d}/{g.rng.randint(27, 33)}  VALID THRU\n",
            N(py), "\n银联 UnionPay"], None


@tpl("ocr")
def ocr_fullwidth(g):
    A = g.person("mix")
    b = g.bank()
    return ["还款账户\n", ("bank_card", g.card("fw", b)), "\n户名：", N(A.name), f"\n开户行：{b[0]}{g.pick(BRANCHES)}\n预留手机：",
            ("phone", g.phone("fw")), "\n\n确认无误后点击下一步"], None


@tpl("ocr")
def ocr_sms_shot(g):
    A, B = g.person("mix"), g.person()
    b = g.bank()
    return [f"{b[1]}\n短信/彩信\n今天 {g.time()}\n【{b[0]}】尊敬的", N(A.name),
            "客户，您的信用卡已逾期，请尽快还款。\n联系人", N(B.name), " ", ("phone", g.phone(g.pick(["ocr", "plain"]))),
            "\n\n 发送信息 "], None


@tpl("ocr")
def ocr_court(g):
    A, B = g.person("mix"), g.person()
    y, m, d = A.birth
    nation = {"uy": "维吾尔族", "kz": "哈萨克族", "tib": "藏族", "mon": "蒙古族", "kor": "朝鲜族"}.get(A.style, "汉族")
    a1, a2 = g.addr(A, "rural" if A.is_rural else g.pick(["full", "city"]), parts=True)
    firm = g.pick(LAWFIRMS)
    return ["被告：", N(A.name), f"，{'男' if A.sex == 'M' else '女'}，{y}年{m}月{d}日出\n生，{nation}，住", ("address", a1 + "\n" + a2),
            "，公民身份号码", ("id_number", g.id_fmt(A, g.pick(["plain", "ocr"]))), "。\n委托诉讼代理人：", N(B.name),
            f"，{firm[:-1]}\n所律师。"], None


@tpl("ocr")
def ocr_contacts(g):
    A, B, C = g.person("mix"), g.person(), g.person()
    return ["通讯录\nQ 搜索\n", N(A.name), "\n", ("phone", g.phone(g.pick(["ocr_space", "space"]))), "\n", N(B.name),
            "\n手机 ", ("phone", g.phone("ocr")), "\n妈妈\n", ("phone", g.phone("plain")), "\n", N(C.name), "（公司）\n",
            ("phone", g.landline())], None


@tpl("ocr")
def ocr_alipay(g):
    A, B = g.person("mix"), g.person()
    return [f"转账成功\n¥ {g.amount(200, 8000, 'comma')}\n收款方 ", N(A.name), f"({g.masked_phone()})\n付款方式 余额宝\n转账说明 还",
            N(B.name), f"的钱\n创建时间 {g.date('dash')} {g.time()}:{g.rng.randint(0, 59):02d}\n订单号 ",
            ("account", "2025" + g.digits(28)), "\n[ 完成 ]"], None


@tpl("ocr")
def ocr_iou(g):
    A, B = g.person(), g.person("mix")
    v = g.rng.randint(2, 90) * 1000
    return ["借 条\n今借到", N(A.name), f"人民币{v}元整（¥{v}.00），\n于{g.date('cn')}前归还。\n借款人：", N(B.name),
            "\n身份证号：", ("id_number", g.id_fmt(B, g.pick(["ocr_space", "ocr", "split"]))), "\n电话：",
            ("phone", g.phone(g.pick(["ocr", "plain"]))), f"\n{g.date('cn', 2024)}"], None


@tpl("ocr")
def ocr_crm(g):
    A, B, C = g.person("mix"), g.person(), g.person()
    return ["案件号 ", ("account", f"CS{g.digits(10)}"), "    客户 ", N(A.name),
            f"    委案金额 {g.amount()}    账龄 M{g.rng.randint(1, 6)}\n联系人1 ", N(B.name), " 配偶 ",
            ("phone", g.phone(g.pick(["ocr", "plain"]))), "\n联系人2 ", N(C.name), " 同事 ", ("phone", g.phone("plain")),
            f"\n催记: {g.date('dash')} 本人接通 承诺{g.date('md')}还款 已录音"], None


@tpl("ocr")
def ocr_repay_done(g):
    A, B = g.person("mix"), g.person()
    b = g.bank()
    return ["还款成功\n还款人：", N(A.name), f"\n还款卡：{b[0]}（{g.digits(4)}）\n代", N(B.name),
            f"还款 {g.amount(300, 9000)}元\n流水号 ", ("account", g.digits(20, True)), "\n截图时间 " + g.time()], None


@tpl("ocr")
def ocr_broken_lines(g):
    A, B = g.person("mix"), g.person()
    nb = broken(g, B.name)
    g.name_form[nb] = "broken"
    return ["通知：借款人", N(A.name), f"于{g.date('cn', 2024)}借款{g.amount()}元，紧急联系人为其同事", N(nb),
            "，联系电话", ("phone", g.phone("split")), "，请于三日内联系处理。"], None


# ===== ledger: bank statements and repayment ledgers pasted as text
def bal(g):
    return f"{g.rng.randint(0, 40000):,}.{g.rng.randint(0, 99):02d}"


@tpl("ledger")
def ledger_table(g):
    A, B = g.person("mix"), g.person()
    emp = g.employer()
    d = g.dates(4, "dash", g.pick([2025, 2026]))
    return ["交易日期    摘要        交易金额      账户余额      对方户名\n",
            f"{d[0]}  工资代发    +{g.amount(2000, 9000, 'comma')}   {bal(g)}   {emp}\n",
            f"{d[1]}  转账        -{g.amount(300, 5000, 'comma')}   {bal(g)}   ", N(A.name), "\n",
            f"{d[2]}  快捷支付    -{g.amount(10, 500, 'comma')}    {bal(g)}   财付通支付科技有限公司\n",
            f"{d[3]}  跨行转入    +{g.amount(300, 5000, 'comma')}   {bal(g)}   ", N(B.name)], None


@tpl("ledger")
def ledger_glued_bank(g):
    A, B = g.person("mix"), g.person()
    b1, b2 = g.bank(), g.bank()
    return [f"{g.date('slash')} 跨行汇款 ", N(A.name), f"{b1[0]} -{g.amount(500, 8000)}\n",
            f"{g.date('slash')} 转入 ", N(B.name), f"{b2[2]} +{g.amount(500, 8000)}\n",
            f"{g.date('slash')} 消费 美团{g.pick(['外卖', '买菜', '打车'])} -{g.amount(10, 120)}"], None


@tpl("ledger")
def ledger_dash(g):
    A, B, C = g.person("mix"), g.person(), g.person()
    return [f"{g.date('md')}  转账-", N(A.name), f"        -{g.amount(200, 3000)}\n",
            f"{g.date('md')}  微信转账-", N(B.name), f"-还款  -{g.amount(200, 3000)}\n",
            f"{g.date('md')}  支付宝转账-{g.pick(['余额宝', '花呗还款'])}  -{g.amount(50, 900)}\n",
            f"{g.date('md')}  他行汇入-", N(C.name), f"     +{g.amount(200, 3000)}"], None


@tpl("ledger")
def ledger_alipay_csv(g):
    A, B = g.person("mix"), g.person()
    em = g.email()
    return ["交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,交易状态\n",
            f"{g.date('dash')} {g.time()}:{g.rng.randint(10, 59)},转账红包,", N(A.name), ",", ("email", em),
            f",转账,支出,{g.amount(100, 3000, 'plain')},交易成功\n",
            f"{g.date('dash')} {g.time()}:{g.rng.randint(10, 59)},转账红包,", N(B.name), f",{g.masked_phone()},还款,收入,"
            f"{g.amount(100, 3000, 'plain')},交易成功\n",
            f"{g.date('dash')} {g.time()}:{g.rng.randint(10, 59)},日用百货,拼多多平台商户,/,商品订单,支出,{g.amount(5, 200, 'plain')},交易成功"], None


@tpl("ledger")
def ledger_handwritten(g):
    A, B, C = g.person("mix"), g.person(), g.person(gen="elder")
    x, y, z = (g.rng.randint(5, 40) * 100 for _ in range(3))
    tot = g.rng.randint(200, 400) * 100
    return ["记账：\n", f"{g.rng.randint(1, 6)}.{g.rng.randint(1, 28)} 还", N(A.name), f" {x} 微信\n",
            f"{g.rng.randint(7, 9)}.{g.rng.randint(1, 28)} 还", N(A.name), f" {y} 现金（", N(B.name), "经手）\n",
            f"{g.rng.randint(10, 12)}.{g.rng.randint(1, 28)} ", N(C.name), f"代还 {z}\n",
            f"合计{x + y + z}，还差{tot - x - y - z}"], None


@tpl("ledger")
def ledger_counterparty(g):
    A = g.person("mix")
    b = g.bank()
    return ["对方户名：", N(A.name), "\n对方账号：", ("bank_card", g.card(g.pick(["plain", "space"]), b)),
            f"\n对方开户行：{b[0]}{g.pick(BRANCHES)}\n交易金额：{g.amount(500, 20000, 'comma')}\n附言：{g.pick(['还款', '货款', '借款归还', '生活费'])}"], None


@tpl("ledger")
def ledger_wechat_bill(g):
    A, B = g.person("mix"), g.person()
    return ["转账-来自", N(A.name), f"\n+{g.amount(100, 5000, 'plain')}\n{g.date('cn')} {g.time()}\n\n转账-转给", N(B.name),
            f"\n-{g.amount(100, 5000, 'plain')}\n{g.date('cn')} {g.time()}\n\n{g.pick(['拼多多', '滴滴出行', '中国石化'])}\n"
            f"-{g.amount(10, 300, 'plain')}"], None


@tpl("ledger")
def ledger_installments(g):
    A, B = g.person("mix"), g.person()
    rows = ["期数  应还日      应还金额   状态    还款人\n"]
    amt = g.amount(400, 3000, "comma")
    m0, day = g.rng.randint(1, 8), g.rng.randint(1, 28)
    d = [f"2026-{m0 + i:02d}-{day:02d}" for i in range(4)]
    return rows + [f"1     {d[0]}  {amt}   已还    ", N(A.name), "\n",
                   f"2     {d[1]}  {amt}   代还    ", N(B.name), "\n",
                   f"3     {d[2]}  {amt}   逾期    -\n",
                   f"4     {d[3]}  {amt}   未到期  -"], None


@tpl("ledger")
def ledger_tsv(g):
    A, B, C = g.person("mix"), g.person(), g.person("mix")
    return ["序号\t姓名\t身份证号\t手机号\t欠款金额\t备注\n1\t", N(A.name), "\t", ("id_number", g.id_fmt(A, "plain")),
            "\t", ("phone", g.phone("plain")), f"\t{g.amount(1000, 50000, 'plain')}\t", N(B.name), "代接电话\n2\t",
            N(C.name), "\t", ("id_number", g.id_fmt(C, "plain")), "\t", ("phone", g.phone("plain")),
            f"\t{g.amount(1000, 50000, 'plain')}\t失联"], None


@tpl("ledger")
def ledger_bank_sms(g):
    A = g.person("mix")
    b1, b2 = g.bank(), g.bank()
    verb = g.pick([("向", "账户转出人民币"), ("收到", "转入人民币")])
    return [f"【{b1[0]}】您尾号{g.digits(4)}的储蓄卡{g.date('md')}{g.time()}{verb[0]}", N(A.name),
            f"{g.pick([b2[0], b2[2]])}{verb[1]}{g.amount(100, 9000, 'plain')}元，余额{bal(g)}元。"], b1[1]


@tpl("ledger")
def ledger_glued_card(g):
    A, B = g.person("mix"), g.person()
    return [f"{g.date('dash')} 转出 ", N(A.name), ("bank_card", g.card("plain")), f" {g.amount(100, 9000, 'plain')}\n",
            f"{g.date('dash')} 转入 ", ("bank_card", g.card("plain")), N(B.name), f" {g.amount(100, 9000, 'plain')}"], None


@tpl("ledger")
def ledger_statement_header(g):
    A = g.person("mix")
    b = g.bank()
    return [f"{b[0]}个人账户交易明细\n户名：", N(A.name), "    账号：", ("bank_card", g.card("plain", b)),
            "\n起止日期：%s 至 %s\n币种：人民币  钞汇：钞\n" % (f"2025-{g.rng.randint(1, 3):02d}-01", f"2025-{g.rng.randint(9, 12):02d}-30"),
            f"序号  记账日期  摘要  借方发生额  贷方发生额  余额\n1  2025-0{g.rng.randint(4, 6)}-{g.rng.randint(10, 28)}  ATM取款  {g.amount(100, 3000, 'plain')}    {bal(g)}\n"
            f"2  2025-06-21  结息      {g.amount(1, 9, 'plain')}  {bal(g)}"], None


# ===== social: posts and comments
@tpl("social")
def soc_expose(g):
    A, B = g.person("mix"), g.person()
    return ["#曝光老赖# #", N(A.name), f"# 欠我{g.amount(3000, 80000, 'int')}两年多了，电话不接微信拉黑，老家", ("address", g.addr(A, "rural")),
            "，手机", ("phone", g.phone()), "，认识的朋友帮忙转告一下 @", N(B.name)], None


@tpl("social")
def soc_diary(g):
    A = g.person(gen="elder", sex="F", style="mix")
    C = g.person(gen="child")
    sch = g.school()
    return [f"负债{g.rng.randint(8, 60)}w上岸日记Day{g.rng.randint(3, 300)}｜今天{g.pick(PLATFORMS)}打电话到我妈", N(A.name),
            f"那里了，还说要去{sch}找我{'儿子' if C.sex == 'M' else '女儿'}", N(C.name), "……真的崩溃😭\n#网贷上岸# #负债逆袭# #反暴力催收#"], None


@tpl("social")
def soc_thread(g):
    A, B = g.person("mix"), g.person()
    h1, h2 = g.handle(), g.handle()
    return ["1楼 ", ("account", h1), "：楼主加油💪 熬过去就好了\n2楼 ", N(A.name), f"：同款，{g.pick(PLATFORMS)}的催收", N(B.name),
            "说要爆我通讯录\n    回复 @", N(A.name), "：他也打给我了，号码", ("phone", g.phone()), "\n3楼 ", ("account", h2), "：已举报"], None


@tpl("social")
def soc_emoji_between(g):
    A, B = g.person(), g.person("mix")
    e = g.pick(EMOJI)
    nm = e.join(A.name)
    g.name_form[nm] = "emoji"
    return [N(nm), "还钱！！！微信不回电话不接，", N(B.name), "你也别装死🙄"], None


@tpl("social")
def soc_douyin(g):
    A, B = g.person("mix"), g.person()
    h = g.handle()
    prov = g.pick(["河南", "山东", "新疆", "西藏", "内蒙古", "吉林", "广东", "四川"])
    return [f"IP属地：{prov}\n", ("account", h), "：", N(A.name), f"，你躲得了初一躲不过十五\n{g.rng.randint(2, 999)}赞  回复\n"
            "    作者回复 @", ("account", h), "：说的是", N(B.name), "吗"], None


@tpl("social")
def soc_moments(g):
    A, C = g.person("mix"), g.person()
    age = 2026 - A.birth[0]
    return ["寻人启事🙏\n", N(A.name), f"，{'男' if A.sex == 'M' else '女'}，{age}岁，{g.home_city(A)}人，身份证", ("id_number", g.id_fmt(A)),
            f"，欠款{g.amount(5000, 90000, 'int')}元不还玩失踪，有知情者请联系", N(C.name), " ", ("phone", g.phone()),
            "，必有重谢！转发有红包🧧"], None


@tpl("social")
def soc_tieba(g):
    A, B, C = g.person(), g.person(), g.person(gen="elder", style="mix")
    return [f"【求助】{g.pick(PLATFORMS)}的催收员", N(A.name), "（工号", ("account", f"{g.pick(['CS', 'A', 'HZ'])}{g.digits(5)}"),
            f"）天天打我单位电话，单位是{g.employer()}，领导", N(B.name), "都知道了，还打给我大姨", N(C.name),
            "，这合法吗？？\n—— 来自iPhone客户端"], None


@tpl("social")
def soc_xhs(g):
    A, B = g.person(gen="elder", sex="F", style="mix"), g.person(sex="M")
    return ["姐妹们谁懂啊😭 我婆婆", N(A.name), f"偷偷替我还了{g.amount(3000, 30000, 'int')}…… 老公", N(B.name),
            "还不知道 #负债# #网贷#\n小红书号：", ("account", g.digits(10, True))], None


@tpl("social")
def soc_groupchat(g):
    A, B, C, D = g.person(), g.person("mix"), g.person(), g.person()
    return [f"欠款协商群({g.rng.randint(3, 40)})\n", N(A.name), "：@", N(B.name), " 今天能还一部分吗\n", N(B.name), "：[表情]\n",
            N(B.name), "：下周\n\"", N(C.name), "\"邀请\"", N(D.name), "\"加入了群聊\n", N(C.name), "：@所有人 明天是最后期限"], None


@tpl("social")
def soc_hashtag_glued(g):
    A = g.person("mix")
    return ["#", N(A.name), f"欠钱不还# 这人借了我{g.amount(2000, 50000, 'int')}，说好{g.date('md')}还，现在人都找不到了#老赖曝光#"], None


@tpl("social")
def soc_emoji_adjacent(g):
    A, B = g.person("mix"), g.person()
    e = g.pick(["🙏🙏", "😭", "💔", "🤬🤬", "👉"])
    return [e, N(A.name), e, " 求你了把钱还了吧，", N(B.name), "都替你着急"], None


@tpl("social")
def soc_weibo_repost(g):
    A, B = g.person("mix"), g.person(gen="child")
    h = g.handle()
    return ["//@", N(A.name), ":转发微博 //@", ("account", h), f":这个{g.pick(PLATFORMS)}的催收太过分了，打到我孩子学校{g.school()}，还点名",
            N(B.name), "的班主任"], None


@tpl("social")
def soc_dots(g):
    A = g.person()
    sep = g.cycle("dots", [".", "/", "-", "~", "、"])
    nm = sep.join(A.name)
    g.name_form[nm] = "dots"
    return ["大家注意", N(nm), f"这个人，在{g.pick(PLATFORMS)}借了钱还找我们担保，千万别信"], None


@tpl("social")
def soc_collector_post(g):
    A = g.person("mix")
    return ["今天上门拜访", N(A.name), "，在", ("address", g.addr(A, g.pick(["short", "city"]))),
            f"楼下蹲了一下午🤷 #催收日常# #打工人#"], None


# ===== family: children, parents, schools and employers
@tpl("family")
def fam_school(g):
    C, T = g.person(gen="child", style="mix"), g.person(sex=g.pick("MF"))
    sch = g.school(g.region_for(C))
    return [f"你{'儿子' if C.sex == 'M' else '女儿'}", N(C.name), f"在{sch}{g.grade(sch)}，班主任是", N(T.name),
            f"老师吧？你要是不想我们去学校问，今天就把{g.amount(1000, 20000, 'int')}还了。"], g.pick([None, g.mobile_raw()])


@tpl("family")
def fam_parents(g):
    F = g.person("mix", gen="elder", sex="M")
    M = spouse(g, F, gen="elder")
    S = kin(g, F, "child", "adult", "M")
    return ["你爸", N(F.name), "、你妈", N(M.name), f"都在{F.rural[2]}老家，你弟弟", N(S.name), f"在{g.employer()}上班，"
            "我们都打过电话了，别让家里人替你操心。"], None


@tpl("family")
def fam_statement(g):
    A = g.person("mix")
    S = spouse(g, A)
    C = kin(g, A if A.sex == "M" else S, "child", "child")
    sch = g.school(g.region_for(A))
    return ["我叫", N(A.name), f"，今年{2026 - A.birth[0]}岁，在{g.employer()}做{g.pick(JOBS)}。我{'儿子' if C.sex == 'M' else '女儿'}",
            N(C.name), f"在{sch}读{g.grade(sch)}，我爱人", N(S.name), f"在{g.employer()}上班，每月工资{g.amount(2500, 6000, 'int')}元，"
            "还要还房贷。请不要再给孩子学校和我单位打电话，我会按协商的方案每月还款。"], None


@tpl("family")
def fam_parent_group(g):
    C1, C2, T = g.person(gen="child", style="mix"), g.person(gen="child"), g.person()
    sch = g.school()
    return [f"{sch}{g.grade(sch)}家长群\n", N(C1.name), "妈妈：今天的作业是什么呀\n", N(T.name), "：@全体成员 请", N(C2.name),
            "家长放学后来一下办公室\n", N(C2.name), "爸爸：收到"], None


@tpl("family")
def fam_hr(g):
    A, H = g.person("mix"), g.person()
    return [f"您好，这里是{g.employer()}人力资源部。", N(A.name), f"已于{g.date('cn')}离职，与本公司无关，请勿再拨打前台电话。"
            "如有疑问请联系人事专员", N(H.name), " ", ("phone", g.phone())], None


@tpl("family")
def fam_list(g):
    A = g.person("mix", sex="M", gen="adult")
    B = spouse(g, A)
    C, D = kin(g, A, "child", "child"), kin(g, A, "child", "child")
    return [N(A.name), "（父）\n", N(B.name), "（母）\n", N(C.name), f"（{'子' if C.sex == 'M' else '女'}，{g.school(A.urban)}）\n",
            N(D.name), f"（{'子' if D.sex == 'M' else '女'}，{g.school(A.urban)}）\n住址：", ("address", g.addr(A))], None


@tpl("family")
def fam_contact_form(g):
    A = g.person("mix")
    S = spouse(g, A)
    C = kin(g, A if A.sex == "M" else S, "child", "child")
    F = kin(g, A, "father", "elder", "M")
    sch = g.school(g.region_for(A))
    return ["本人：", N(A.name), f"  单位：{g.employer()}  职务：{g.pick(JOBS)}\n配偶：", N(S.name), "  电话：", ("phone", g.phone()),
            "\n子女：", N(C.name), f"（{sch}{g.grade(sch)}）\n父亲：", N(F.name), "  电话：", ("phone", g.phone())], None


@tpl("family")
def fam_threat(g):
    A = g.person("mix", sex="M")
    C = kin(g, A, "child", "child")
    return ["再不还钱，我们就把", N(A.name), f"的情况发到{g.school()}家长群，到时候", N(C.name), "的同学都知道他爸欠钱不还。"], g.mobile_raw()


@tpl("family")
def fam_child_id(g):
    A = g.person("mix")
    C = kin(g, A, "child", "child") if A.sex == "M" else g.person(gen="child")
    return ["学生姓名：", N(C.name), "\n身份证号：", ("id_number", g.id_fmt(C, "plain")), f"\n就读学校：{g.school(C.urban)}\n监护人：",
            N(A.name), "  联系电话：", ("phone", g.phone())], None


@tpl("family")
def fam_elder(g):
    G, B = g.person(gen="elder"), g.person()
    r = g.pick(RURAL)
    return ["你奶奶", N(G.name), f"都八十多了，我们打到{g.pick(r[5])}村委会，村委的", N(B.name),
            "说你过年都没回去。老人家经不起折腾，你自己看着办。"], None


# ===== minority names in everyday positions
def mino(g, sex=None, gen="adult"):
    return g.person(g.pick(["uy", "uy", "kz", "tib", "tib", "mon", "mon", "kor", "kor"]), gen=gen, sex=sex)


@tpl("minority")
def min_paid(g):
    M = mino(g)
    return [N(M.name), f"的还款{g.amount(300, 9000)}元已到账，结清证明三个工作日内发到预留邮箱。"], None


@tpl("minority")
def min_visit(g):
    M = mino(g, sex="M")
    M2 = kin(g, M, "sibling", "adult", "M") if M.style in ("uy", "kz", "kor") else g.person(M.style, sex="M")
    rel = "他弟弟" if M.style in ("uy", "kz", "kor") else "同村的"
    return [f"今天去{g.region_for(M)[2]}找了", N(M.name), f"，他说{g.rng.randint(1, 12)}月底结了工钱就还，{rel}", N(M2.name), "可以作证。"], None


@tpl("minority")
def min_korean(g):
    A, B = g.person("kor", sex="M"), g.person("kor", sex="F")
    return [N(A.name), f"在韩国务工，电话打不通，家里是他爱人", N(B.name), f"在还，每月{g.amount(800, 3000, 'int')}。"], None


@tpl("minority")
def min_salute(g):
    M = mino(g)
    return [N(M.name), g.pick(["先生" if M.sex == "M" else "女士", "同志"]), f"您好，您在{g.pick(PLATFORMS)}的分期已逾期{g.rng.randint(3, 40)}天，请及时还款。"], g.gateway()


@tpl("minority")
def min_list(g):
    A, B, C = g.person("kor"), g.person("tib"), g.person()
    return ["紧急联系人：", N(A.name), "、", N(B.name), "、", N(C.name)], None


@tpl("minority")
def min_child(g):
    M = mino(g, gen="child")
    return [f"你{'儿子' if M.sex == 'M' else '女儿'}", N(M.name), f"在{g.school(g.region_for(M))}上学，我们知道。"], None


@tpl("minority")
def min_at(g):
    M = mino(g)
    return ["@", N(M.name), g.pick([" 你上次说的钱呢", " 在吗", " 看到回一下"])], None


@tpl("minority")
def min_ledger(g):
    M, K = mino(g), mino(g)
    return [f"{g.date('md')} 转账-", N(M.name), f" +{g.amount(200, 4000)}\n{g.date('md')} 转账-", N(K.name),
            f" +{g.amount(200, 4000)}"], None


@tpl("minority")
def min_plate(g):
    M = mino(g)
    return ["车主", N(M.name), "，车牌", ("plate", g.plate(M)), "，车辆已抵押给我司，逾期未还将依合同处置。"], None


# ===== traditional characters
@tpl("trad")
def trad_line(g):
    A, B = g.person("tw"), g.person("tw")
    return ["@", N(A.name), f" 你欠我的{g.amount(3000, 50000, 'int')}什麼時候要還？已讀不回是怎樣，我已經問過", N(B.name), "了"], None


@tpl("trad")
def trad_statement(g):
    A, B = g.person("tw"), g.person("tw")
    roc = g.pick([113, 114])
    return ["交易日期   摘要      支出     存入     餘額    備註\n",
            f"{roc}/03/05  跨行轉帳  5,000             {bal(g)}  ", N(A.name), "\n",
            f"{roc}/03/12  轉帳               {g.rng.randint(1, 9)},000  {bal(g)}  ", N(B.name),
            g.pick(["國泰世華", "中國信託", "台新銀行", "玉山銀行"]), "\n",
            f"{roc}/03/15  卡費      {g.rng.randint(1, 9)},{g.rng.randint(100, 999)}           {bal(g)}"], None


@tpl("trad")
def trad_hk_fb(g):
    A, B = g.person("hk"), g.person("hk")
    return [N(A.name), " 你借我嘅錢幾時還呀？😡 唔好扮睇唔到 @", N(B.name)], None


@tpl("trad")
def trad_ocr(g):
    A = g.person("tw")
    nb = broken(g, A.name)
    g.name_form[nb] = "broken"
    m = "09" + g.digits(8)
    return ["借款人\n", N(nb), "\n行動電話 ", ("phone", g.ocr(f"{m[:4]}-{m[4:7]}-{m[7:]}")), "\n身分證字號 ",
            ("id_number", g.tw_id(A))], None


@tpl("trad")
def trad_school(g):
    C, T = g.person("tw", gen="child"), g.person("tw")
    return [f"你{'兒子' if C.sex == 'M' else '女兒'}", N(C.name), f"在{g.pick(['板橋', '新莊', '北屯', '鳳山'])}國小三年二班，導師是", N(T.name),
            "老師，你想讓學校知道嗎？"], None


@tpl("trad")
def trad_fill(g):
    A = g.person("tw")
    return ["親愛的 ", N(A.name), " 先生/小姐 您好：您本期信用卡帳單應繳金額", f"{g.amount(2000, 60000, 'comma')}元，已逾繳款截止日，請儘速繳納。"], None


@tpl("trad")
def trad_hk_ledger(g):
    A, B = g.person("hk"), g.person("hk")
    return [f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d} 轉賬 - ", N(A.name), f"  HKD {g.rng.randint(1, 9)},000.00\n",
            f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d} 轉數快 FPS - ", N(B.name), f"  HKD {g.rng.randint(1, 9)},500.00"], None


# ===== other personal data, no name
@tpl("other")
def oth_call(g):
    return ["来电\n", ("phone", g.phone("ocr_space")), f"\n{g.pick(URBAN)[1]} 移动\n 接听     挂断 "], None


@tpl("other")
def oth_parking(g):
    return ["停车场入场记录\n车牌：", ("plate", g.plate()), f"\n入场时间 {g.date('dash')} {g.time()}\n欠费 {g.rng.randint(5, 90)}元"], None


@tpl("other")
def oth_contact(g):
    return ["有需要协商还款的加我VX：", ("wechat", g.wechat()), "，或者Q：", ("qq", g.qq()), " 🙏"], None


@tpl("other")
def oth_email(g):
    return ["尊敬的客户，您的电子账单已发送至", ("email", g.email()), "，请注意查收。"], g.pick([b[1] for b in BANK_CODE])


@tpl("other")
def oth_delivery(g):
    a1, a2 = g.addr(None, "full", parts=True)
    return ["收货地址：", ("address", a1 + a2), "\n（请勿放门口，放快递柜）"], None


@tpl("other")
def oth_pipe_id(g):
    p = g.person()  # only for a consistent ID; the name is never written
    g.used_names.discard(ws(p.name))
    g.name_form.pop(p.name, None)
    return ["证件号:", ("id_number", g.id_fmt(p, "fw")), "|状态:已核验|来源:OCR"], None


@tpl("other")
def oth_card(g):
    return [f"{g.date('dash')} 代扣 ", ("bank_card", g.card("split")), f" -{g.amount(100, 3000, 'plain')} 还款成功"], None


@tpl("other")
def oth_fw_phone(g):
    return ["有事直接打我手机", ("phone", g.phone("fw")), "，别打公司座机。"], None


# ===== no personal data (fixed texts)
NONE_TEXTS = [
    "尊敬的{客户姓名}先生/女士，您的借款已逾期{逾期天数}天，请及时还款。",
    "尊敬的客户先生/女士：您本期账单已出，请于到期还款日前还款。退订回T",
    "【安逸花】尊敬的张*先生，您的账单已出，如已还款请忽略。",
    "客户：刘**｜联系人：已脱敏｜状态：承诺还款",
    "您被王*（138****6621）设置为紧急联系人，请转告其尽快还款。",
    "#网贷上岸# #负债逆袭# 今天终于把最后一笔还清了🎉 家人们冲！",
    "@所有人 本周五前请各位把还款截图发群里",
    "交易日期  摘要  交易金额  对方户名\n2025-06-03  工资代发  +5,200.00  郑州宏达物流有限公司\n2025-06-05  快捷支付  -38.50  财付通支付科技有限公司",
    "转账-支付宝（中国）网络技术有限公司  -200.00\n退款-京东商城  +89.00",
    "14:32 ⊿ 4G 56%\n<  借款详情      ···\n待还金额 0.00\n[ 立即还款 ]",
    "已存入工行王府井支行，另一笔转到建行建国门支行了",
    "张江支行、李沧支行和黄村支行本周六正常营业",
    "你儿子在实验小学三年级（2）班，这学期的学费交了吗？",
    "班主任在家长群里@全体成员：明天家长会，请准时参加",
    "乌鲁木齐市天山区人民法院、拉萨市城关区人民法院和延边朝鲜族自治州中级人民法院都可以网上立案",
    "古尔邦节假期期间还款顺延，那达慕大会期间客服正常上班",
    "延吉冷面店老板说这个月的分期下周一起还",
    "轉帳成功！餘額不足時請儘速存入，以免影響信用紀錄。",
    "親愛的客戶 先生/小姐 您好：本期帳單已出，請於繳款截止日前繳納。",
    "秀英区人民法院和金凤区人民法院的调解书都寄到了",
    "志丹县、子长市和靖边县的客户由延安组跟进",
    "O元还款？系统显示l期逾期，请以APP为准",
    "IP属地：新疆\n用户评论：催收打到单位了怎么办\n作者回复：可以向银保监投诉",
    "收款方 微信红包\n转账说明 生活费\n[ 完成 ]",
]


# ---------------------------------------------------------------- preserve list
def preserve_candidates():
    P = {}

    def add(cat, items):
        P.setdefault(cat, [])
        for it in items:
            if it not in P[cat]:
                P[cat].append(it)

    add("template", [
        "尊敬的客户", "尊敬的用户", "先生/女士", "先生（女士）", "女士/先生", "尊敬的客户先生/女士",
        "亲爱的会员", "尊敬的客户：您好！", "{客户姓名}", "${name}", "{{姓名}}", "【姓名】", "【客户姓名】先生/女士",
        "XXX先生/女士", "***先生", "借款人", "共同借款人", "担保人", "借款人与担保人", "借款人与担保人签订的合同",
        "保证人", "紧急联系人", "通知对象", "债务人", "委外机构", "催收专员", "逾期天数", "合同编号", "借据号",
        "证件尾号", "拒收请回复R", "退订回T", "回复TD退订", "此短信为系统自动发送请勿回复", "如已还款请忽略",
        "非本人请回复N", "如您不是本人请回复", "本人", "您的紧急联系人已收到通知", "客户姓名:", "证件号:",
        "应还:", "状态:失联", "状态：承诺还款", "案件编号", "[催收通知]", "户籍地址", "个人信贷中心",
        "累计逾期3期", "欠款本息合计人民币", "连带保证责任", "收到本函之日起七日内", "依法提起诉讼",
        "《个人借款合同》", "致借款人及其家属", "督促其尽快还款", "额度已冻结", "点击查看还款方案 >",
        "用户ID", "待还账单", "逾期将收取罚息", "尊敬的张*先生", "李*女士您好", "客户：刘**", "王*（已脱敏）",
        "138****6621", "尊敬的客户【】", "{{contact_name}}", "#紧急联系人#", "${还款日}", "[联系人]",
    ])
    add("ocr", [
        "返回", "借款详情", "还款计划", "立即还款", "去还款", "查看详情", "已逾期", "待还金额", "应还日期",
        "发送", "按住 说话", "[语音]", "[图片]", "[表情]", "对方正在输入...", "撤回了一条消息", "4G", "5G", "HD",
        "中国移动", "中国联通", "中国电信", "扫一扫", "长按识别二维码", "屏幕截图", "识别结果", "公民身份号码",
        "签发机关", "有效期限", "长期", "中华人民共和国居民身份证", "银联 UnionPay", "VALID THRU", "借记卡 DEBIT",
        "储蓄卡", "信用卡", "转账成功", "收款方", "付款方式 余额宝", "转账说明", "创建时间", "订单号", "通讯录",
        "Q 搜索", "新建联系人", "来电", "接听", "挂断", "确认无误后点击下一步", "预留手机", "开户行", "还款账户",
        "短信/彩信", "发送信息", "截图时间", "还款成功", "流水号", "案件号", "委案金额", "账龄 M3", "催记",
        "本人接通", "已录音", "民族 汉", "性别 男", "出生", "住址", "⊿ 4G 56%", "中国移动 4G", "[ 完成 ]",
    ])
    add("ledger", [
        "交易日期", "摘要", "交易金额", "账户余额", "对方户名", "对方账号", "对方开户行", "借方发生额",
        "贷方发生额", "工资代发", "跨行转入", "跨行转出", "跨行汇款", "快捷支付", "网联快捷支付", "银联代付",
        "财付通-微信转账", "支付宝-转账", "转账-支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
        "消费-美团", "退款-京东商城", "代扣-花呗", "结息", "利息结存", "手续费", "短信服务费", "年费", "ATM取款",
        "柜台存款", "冲正", "交易对方", "商品说明", "收/支", "交易状态", "交易成功", "转账红包", "日用百货",
        "拼多多平台商户", "零钱提现", "零钱通", "期数", "应还日", "已还", "代还", "未到期", "合计", "还差",
        "现金", "经手", "记账", "序号", "身份证号", "手机号", "欠款金额", "备注", "失联", "代接电话", "个人账户交易明细",
        "起止日期", "币种：人民币", "钞汇：钞", "记账日期", "转账-来自", "转账-转给", "他行汇入", "工资", "生活费",
        "附言：还款", "货款", "借款归还", "余额宝", "花呗还款", "微信转账-还款", "支付宝转账-余额宝",
    ])
    branches = ["王家湾支行", "张江支行", "李沧支行", "刘庄支行", "陈家祠支行", "黄村支行", "杨浦支行",
                "周浦支行", "徐汇支行", "赵巷支行", "孙河支行", "马甸支行", "朱家角支行", "胡家庙支行",
                "郭家庄支行", "何家营支行", "林和西支行", "罗湖支行", "郑东新区支行", "梁园支行", "谢家湾支行",
                "宋家庄支行", "唐家岭支行", "许昌路支行", "韩城支行", "冯村支行", "邓州支行", "曹杨支行",
                "彭浦支行", "建国门支行", "王府井支行", "志丹路支行", "秀英支行", "金凤支行"]
    add("branch_bare", branches)
    combos = []
    for b in BANK_CODE:
        for br in branches:
            combos.append(b[0] + br)
            combos.append(b[2] + br)
    add("branch_combo", combos)
    add("social", [
        "#网贷上岸#", "#负债逆袭#", "#反暴力催收#", "#老赖曝光#", "#征信修复#", "#催收日常#", "#打工人#",
        "#曝光老赖#", "@所有人", "@全体成员", "转发微博", "//@", "楼主", "沙发", "2楼", "回复", "作者回复", "点赞",
        "评论区", "私信我", "求助", "维权", "上岸日记", "负债38w", "家人们谁懂啊", "姐妹们谁懂啊", "宝子们",
        "谢邀", "蹲一个后续", "已举报", "转发有红包🧧", "—— 来自iPhone客户端", "IP属地：新疆", "IP属地：西藏",
        "IP属地：内蒙古", "IP属地：吉林", "IP属地：河南", "抖音号", "小红书号", "快手号", "超话", "置顶", "热评",
        "🙏🙏🙏", "😭😭", "💪加油", "上岸了🎉", "寻人启事🙏", "欠款协商群", "邀请加入了群聊", "[表情]",
        "楼主加油💪", "熬过去就好了", "说要爆我通讯录", "你躲得了初一躲不过十五", "必有重谢", "这合法吗？？",
        "欠钱不还", "老赖曝光", "打到我孩子学校", "千万别信",
    ])
    add("family", [
        "实验小学", "第二实验小学", "育才中学", "明德小学", "树人学校", "外国语学校", "启明星幼儿园",
        "三年级（2）班", "初二3班", "高一7班", "幼儿园大班", "班主任", "家长会", "家长群", "家委会", "监护人",
        "学生姓名", "就读学校", "人力资源部", "人事专员", "前台", "离职证明", "在职证明", "劳动合同",
        "社保缴纳记录", "工资条", "公积金中心", "中山大学", "逸夫图书馆", "鲁迅中学", "宋庆龄幼儿园",
        "陶行知实验学校", "雷锋小学", "建国饭店", "志强汽修", "国华人寿", "建华机械厂", "国强五金",
        "丽华超市", "美华百货", "秀英区人民法院", "金凤区人民法院", "建华区人民法院", "建邺区人民法院",
        "志丹县人民法院", "子长市人民法院", "玉林市中级人民法院", "丽江市古城区", "海伦市", "德惠市",
        "永福县", "国强路", "家长放学后来一下办公室", "今天的作业是什么呀", "你奶奶都八十多了", "村委会",
        "你爸你妈都在老家", "别让家里人替你操心", "请不要再给孩子学校打电话", "与本公司无关", "已离职",
        "县人民医院", "镇中心卫生院", "城关镇人民政府", "富士康科技集团", "美团外卖站点",
    ])
    add("minority_place", [
        "古尔邦节", "肉孜节", "巴扎", "大巴扎", "馕坑", "那达慕大会", "哈达", "酥油茶", "藏历新年", "延吉冷面",
        "打糕", "乌鲁木齐市天山区人民法院", "喀什地区中级人民法院", "和田地区", "阿克苏地区", "吐鲁番市高昌区",
        "伊犁哈萨克自治州", "巴音郭楞蒙古自治州", "博尔塔拉蒙古自治州", "拉萨市城关区人民法院", "日喀则市",
        "林芝市", "那曲市", "阿里地区", "格尔木市", "德令哈市", "呼和浩特市赛罕区人民法院", "锡林郭勒盟",
        "乌兰察布市", "巴彦淖尔市", "鄂尔多斯市", "扎鲁特旗", "延边朝鲜族自治州中级人民法院", "延吉市",
        "图们市", "珲春市", "龙井市", "和龙市", "阿拉山口", "达坂城区", "乌兰牧骑", "疏附县", "科尔沁左翼中旗",
        "巴彦塔拉嘎查", "托克扎克镇", "朝鲜族", "维吾尔族", "哈萨克族", "藏族", "蒙古族", "民族 维吾尔",
        "民族 朝鲜", "新疆维吾尔自治区", "西藏自治区", "内蒙古自治区",
    ])
    add("address_like", [
        "人民路支行", "解放路营业厅", "中山路营业部", "3号楼电梯维修通知", "5栋业主群", "B2停车场", "1号线",
        "地铁2号线", "8号门", "东门", "南区食堂", "301会议室", "A座大堂", "12层法务部", "锦绣花园物业服务中心",
        "阳光新城售楼部", "幸福里社区", "翠湖苑业主委员会", "文化路与农业路交叉口", "王寨村村委会",
        "大李庄村委会", "后楼村卫生室", "龙山村", "放快递柜", "请勿放门口", "收货地址", "楼下蹲了一下午",
    ])
    add("account_like", [
        "VIP8", "Lv.6", "No.1", "TOP3", "M3+", "C-M6", "618", "双11", "A4纸", "G6京藏高速", "S1线", "5G套餐",
        "iPhone15", "Mate60", "粤B车主", "沪A牌照", "ETC扣费", "验证码6位", "第3期", "分12期", "HKD",
        "FPS", "UnionPay", "CSV", "ID:", "JJ开头的借据号", "AJ-2025", "HT开头的合同号",
    ])
    add("trad", [
        "轉帳", "匯款", "戶名", "帳號", "對帳單", "存摺", "餘額", "跨行轉帳", "已讀不回", "臉書", "貼文", "留言",
        "按讚", "分享", "家長", "導師", "國小", "國中", "安親班", "補習班", "三年二班", "親愛的客戶",
        "先生/小姐", "本期帳單", "應繳金額", "繳款截止日", "請儘速繳納", "幾時還", "唔好扮睇唔到", "轉數快",
        "國泰世華", "中國信託", "台新銀行", "玉山銀行", "郵局", "身分證字號", "行動電話", "卡費", "備註",
        "摘要", "轉賬", "借我嘅錢", "你想讓學校知道嗎", "板橋國小", "北屯國小", "鳳山國小", "新莊國小",
    ])
    add("name_like", [
        "建国门", "建国后", "国庆节", "志愿者", "秀才", "丽人", "张家界", "李家村", "华丽转身", "周到服务",
        "马到成功", "黄金周", "曹操出行", "白云机场", "高铁站", "林荫大道", "宋体", "程序员", "石榴籽",
        "江湖救急", "何必呢", "于心不忍", "陆续到账", "潘多拉", "汪汪队", "毛衣", "史无前例", "武林",
        "贺卡", "顾客", "孔雀", "常年", "雷达", "丁克家庭", "欣欣向荣", "浩浩荡荡", "子女", "诺言",
        "晓之以理", "明辉路", "春雷行动", "卫东街道", "红旗大道", "永强路", "金凤凰", "彩霞满天",
        "冬梅花开", "秋菊打官司", "满仓粮食", "长顺街", "德胜门", "兴旺发达", "连生贵子", "玉堂春",
        "文海书店", "思远楼", "一鸣惊人", "博文中学", "宏亮的声音", "梓潼县", "一诺千金",
        "安琪酵母", "可馨家园", "雨桐路", "若汐湾",
    ])
    frames = ["【{b}】", "温馨提示：", "{p}提醒您：", "转发：", "截图识别："]
    core = ["借款人与担保人签订的合同", "逾期天数", "已逾期", "立即还款", "转账成功", "对方户名", "跨行转入",
            "家长会", "班主任", "上岸日记", "转账-来自", "代扣-花呗", "紧急联系人", "待还金额", "余额宝",
            "工资代发", "那达慕大会", "古尔邦节", "延吉冷面", "实验小学", "如已还款请忽略", "额度已冻结"]
    return P, frames, core


def build_preserve(others_lines):
    rng = random.Random(SEED + 1)
    P, frames, core = preserve_candidates()
    framed = []
    for c in core:
        for f in frames:
            framed.append(f.replace("{b}", rng.choice(BANK_CODE)[0]).replace("{p}", rng.choice(PLATFORMS)) + c)
    P["framed"] = framed
    stats, seen, kept = {}, set(), {}
    own_repeat = 0
    for cat, items in P.items():
        k = []
        dropped = 0
        for it in items:
            key = ws(it)
            if key in seen:
                own_repeat += 1
                continue
            seen.add(key)
            if key in others_lines:
                dropped += 1
                continue
            k.append(it)
        kept[cat] = k
        stats[cat] = [len(items), dropped]
    total_cand = sum(len(v) for v in P.values())
    # bank x branch combinations and framed lines are sampled to reach N_PRESERVE
    fixed = [c for c in kept if c not in ("branch_combo", "framed")]
    n_fixed = sum(len(kept[c]) for c in fixed)
    room = N_PRESERVE - n_fixed
    n_frame = min(len(kept["framed"]), room // 3)
    n_combo = min(len(kept["branch_combo"]), room - n_frame)
    kept["branch_combo"] = rng.sample(kept["branch_combo"], n_combo)
    kept["framed"] = rng.sample(kept["framed"], n_frame)
    lines = []
    cat_of = {}
    for cat in P:
        for it in kept[cat]:
            lines.append(it)
            cat_of[it] = cat
    rng.shuffle(lines)
    return lines, cat_of, stats, total_cand, own_repeat


# ---------------------------------------------------------------- main
def main():
    nfiles, others_texts, others_lines = load_others()
    others_blob = "\n".join(sorted(others_lines))
    pres, cat_of, pstats, pcand, prepeat = build_preserve(others_lines)
    own_blob = "\n".join(ws(x) for x in pres)
    g = Gen(others_blob, own_blob, others_texts)

    # one shuffled round after another through each group's templates
    for group, n in GROUP_SIZES:
        if group == "none":
            texts = list(NONE_TEXTS)
            g.rng.shuffle(texts)
            for t in texts[:n]:
                assert g.accept(group, "none", [t], g.pick([None, None, None, g.gateway()])), t
            continue
        tpls = TEMPLATES[group]
        assert n >= len(tpls), (group, n, len(tpls))
        order = []
        while len(order) < n:
            rnd = list(tpls)
            g.rng.shuffle(rnd)
            order.extend(rnd)
        for fn in order[:n]:
            for attempt in range(60):
                items, sender = fn(g)
                if g.accept(group, fn.__name__, items, sender):
                    break
            else:
                raise RuntimeError("could not place " + fn.__name__)

    recs = g.records
    g.rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "t25-%04d" % i, "text": r["text"], "sender": r["sender"], "pii": r["pii"]})

    # ---- self-checks
    for r in recs:
        text = r["text"]
        last = -1
        for p in r["pii"]:
            pos = text.find(p["value"])
            assert pos >= 0, "value missing"
            assert pos > last, "out of order"
            last = pos
    pres_ws = [ws(x).lower() for x in pres]
    allv = sorted({ws(p["value"]).lower() for r in recs for p in r["pii"]})
    for v in allv:
        assert not any(v in line for line in pres_ws), "a value occurs in a preserve line"
    assert len(set(pres)) == len(pres)
    for r in recs:
        for p in r["pii"]:
            v = p["value"]
            d = digits_of(v)
            if p["kind"] == "bank_card":
                assert d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d), "luhn"
            if p["kind"] == "id_number":
                if re.fullmatch(r"[A-Z]\d{9}", v):
                    assert tw_ok(v), "tw id"
                else:
                    dd = d.upper().replace("Ｘ", "X")
                    assert len(dd) == 18 and gb_check(dd[:17]) == dd[17], "gb11643"

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OUT_JSONL), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OUT_PRES), "w", encoding="utf-8", newline="\n") as f:
        for line in pres:
            f.write(line + "\n")

    if SUMMARY:
        summary(g, recs, pres, cat_of, pstats, pcand, prepeat, nfiles, others_texts, others_lines)
    for fn in (OUT_JSONL, OUT_PRES):
        with open(os.path.join(OUT_DIR, fn), "rb") as f:
            print(fn, hashlib.md5(f.read()).hexdigest())


def summary(g, recs, pres, cat_of, pstats, pcand, prepeat, nfiles, others_texts, others_lines):
    kinds = ["name", "phone", "id_number", "bank_card", "account", "address", "email", "wechat", "qq", "plate"]
    print("dedupe files", nfiles, "distinct texts", len(others_texts), "distinct preserve lines", len(others_lines))
    print("rejects", dict(sorted(g.rejects.items())))
    print("records", len(recs))
    by = {}
    for r in recs:
        row = by.setdefault(r["_group"], Counter())
        row["records"] += 1
        for p in r["pii"]:
            row[p["kind"]] += 1
    tot = Counter()
    for grp, _ in GROUP_SIZES:
        row = by.get(grp, Counter())
        tot.update(row)
        print(grp, row["records"], " ".join(str(row[k]) for k in kinds),
              "templates", len(dict.fromkeys(TEMPLATES.get(grp, []))) or len(NONE_TEXTS))
    print("total", tot["records"], " ".join(f"{k}={tot[k]}" for k in kinds), "items", sum(tot[k] for k in kinds))
    print("no pii", sum(1 for r in recs if not r["pii"]),
          "no name but pii", sum(1 for r in recs if r["pii"] and not any(p["kind"] == "name" for p in r["pii"])),
          "with name", sum(1 for r in recs if any(p["kind"] == "name" for p in r["pii"])),
          "2+ names", sum(1 for r in recs if sum(p["kind"] == "name" for p in r["pii"]) >= 2))
    names = [p["value"] for r in recs for p in r["pii"] if p["kind"] == "name"]
    print("names", len(names), "distinct", len(set(names)))
    forms = Counter(g.name_form.get(n, "?") for n in names)
    print("name forms", dict(sorted(forms.items())))
    print("templates used", len({r["_tpl"] for r in recs}))
    lens = Counter()
    for r in recs:
        L = len(r["text"])
        lens["<50" if L < 50 else "50-149" if L < 150 else "150-299" if L < 300 else "300+"] += 1
    print("lengths", dict(lens), "max", max(len(r["text"]) for r in recs))
    print("with newline", sum("\n" in r["text"] for r in recs))
    trad_chars = set("們還錢帳號轉餘額親愛兒學導國點應繳請儘嘅幾瑄為從這個說")
    print("trad records", sum(any(c in trad_chars for c in r["text"]) for r in recs))
    print("senders", Counter("null" if r["sender"] is None else ("106x" if r["sender"].startswith("106") else
                                                                    "955xx" if r["sender"].startswith("955") else "mobile")
                             for r in recs))
    vals = Counter()
    for r in recs:
        for p in r["pii"]:
            v = p["value"]
            if "\n" in v:
                vals["value with line break " + p["kind"]] += 1
            if re.search(r"[Oo][0-9Ol]|[0-9][Oo]|[lI][0-9]|[0-9][lI]", v) and p["kind"] in ("phone", "id_number", "bank_card"):
                vals["OCR letters " + p["kind"]] += 1
            if re.search("[０-９]", v):
                vals["full-width " + p["kind"]] += 1
    print("value shapes", dict(sorted(vals.items())))
    print("preserve lines", len(pres), "candidates", pcand, "own repeats", prepeat)
    pc = Counter(cat_of[x] for x in pres)
    for cat, (n, dropped) in pstats.items():
        print("  preserve", cat, "kept", pc[cat], "candidates", n, "dropped as in other corpora", dropped)
    print("preserve with traditional", sum(any(c in trad_chars for c in x) for x in pres),
          "with digits", sum(any(c.isdigit() for c in x) for x in pres))


if __name__ == "__main__":
    main()
