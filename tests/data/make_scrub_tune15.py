"""Scrubber tuning corpora, sixteenth writer: everyday institutions around a
debt.  SMS threads with timestamps between debtor and collector, e-commerce
customer-service chats, company HR notices, school and kindergarten notices,
property-management notices and gate logs, insurance claim chats, hospital
bills, rental contracts, court e-service (送达) SMS, police receipts, Hong Kong
/ Taiwan / Singapore Chinese, names with professional titles, children's
names beside their 小名, nicknames in quotes, payees after 转账给/收款方/付款方,
names split by emoji, elderly people's dictated messages, and romanised names
in English word order (Wei ZHANG).

Writes, next to this file (or into $TUNE15_OUT_DIR):
  scrub_tune15.jsonl           about 350 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune15_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..14.md, the module
docstring of make_scrub_tune14.py, and `head -2` of scrub_tune14.jsonl and
scrub_tune14_preserve.txt).  Templates, word lists, romanisation tables,
address parts and preserve sentences are this writer's own; ordinary Han
names come from Faker zh_CN (traditional ones from Faker zh_TW).

Run:  /work/main/.venv/bin/python make_scrub_tune15.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW).  One random.Random(SEED); the
Faker instances are seeded from it (seed_instance); never iterates over a set.
The dedupe step reads the other scrub_*.jsonl texts and scrub_*preserve*.txt
lines in this directory (or in $TUNE15_DEDUPE_DIR) at run time and prints
counts only.  Set TUNE15_TEMPLATE_COUNTS=1 to print template use counts.

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text; values listed once, in order of first appearance; no
value contains another in the same record; no labelled name occurs outside a
labelled span in any record (whitespace removed, case-insensitive), nor in
any preserve line except the declared word-names (WORD_NAMES); no 7+ digit
run (ASCII or full-width) outside labelled values or in a preserve line;
record texts and preserve lines distinct and not equal to / contained in any
text or line of another corpus; every template used; ID numbers pass
GB 11643, cards pass Luhn.
"""
import glob
import json
import os
import re
import sys
import random
from collections import OrderedDict

import faker

assert faker.VERSION == "40.63.0", faker.VERSION
from faker import Faker

SEED = 20270415
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE15_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE15_DEDUPE_DIR", HERE)
OWN_JSONL = "scrub_tune15.jsonl"
OWN_PRESERVE = "scrub_tune15_preserve.txt"

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(1 << 30))
fkt = Faker("zh_TW")
fkt.seed_instance(rng.randrange(1 << 30))

with open(os.path.abspath(__file__), encoding="utf-8") as _f:
    SOURCE = _f.read()


def norm(s):
    return re.sub(r"\s", "", s).lower()


SRC_NORM = norm(SOURCE)

# --------------------------------------------------------------------------
# word lists (own)
# --------------------------------------------------------------------------
# Declared word-names: used once each as a person in the records and in their
# ordinary sense in the preserve file.  The only names allowed in preserve.
WORD_NAMES = ["温和", "康乐", "高远", "安心", "常新", "余音", "简单", "时雨"]

WORD_GIVEN_M = ["平安", "和平", "光明", "国庆", "建国", "胜利", "长江", "卫东",
                "振华", "建设", "宝贵", "向东", "志刚", "春生", "新民", "德胜"]
WORD_GIVEN_F = ["文静", "明月", "海燕", "春花", "秋菊", "红梅", "晓燕", "丽华",
                "玉兰", "金花", "雪梅", "爱华", "永红", "秀云"]
OLD_GIVEN_F = ["秀英", "桂兰", "淑珍", "凤英", "桂芝", "玉珍", "秀兰", "兰英",
               "素芳", "翠花", "金凤", "月娥", "招娣", "巧珍", "美玉"]
OLD_GIVEN_M = ["满仓", "德福", "有才", "长贵", "树林", "文斌", "占魁", "福生",
               "金宝", "保国", "国栋", "富贵", "老根", "守义", "连成"]
KID_GIVEN_M = ["一诺", "子轩", "浩宇", "沐辰", "宇航", "俊熙", "奕辰", "梓睿",
               "雨泽", "铭轩", "昊然", "锦程"]
KID_GIVEN_F = ["梓涵", "欣怡", "梓萱", "若汐", "语桐", "诗涵", "可馨", "思彤",
               "佳怡", "芷若", "书瑶", "乐萱"]
KID_NICK = ["豆豆", "乐乐", "糖糖", "果果", "朵朵", "壮壮", "妞妞", "球球",
            "团团", "嘟嘟", "可可", "贝贝"]
WX_NICK = ["岁月静好", "花开富贵", "追梦人", "平凡之路", "莫问前程", "海阔天空",
           "知足常乐", "静待花开", "奔跑的蜗牛", "清风徐来", "一路有你", "向阳而生"]
NICKS = ["大头", "眼镜", "老黑", "二毛", "胖哥", "四眼", "阿彪", "光头", "黑皮", "瘦猴"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐",
            "公孙", "长孙", "宇文", "夏侯", "司徒", "端木", "南宫"]
RARE = ["禤", "亓", "訾", "仉", "笪", "乜", "逯", "隗", "蒯", "郗", "厍", "眭",
        "鄢", "郄", "冼", "覃", "阚", "缪", "晏", "揭", "贲", "靳", "蔺", "昝"]
EMOJI = ["🌸", "😭", "🙏", "💰", "😡", "❤️", "🔥", "⭐", "👉", "🌹", "💔", "✨"]

# romanisation tables (own): surname -> pinyin, given char -> pinyin
ROM_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
           ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
           ("徐", "Xu"), ("孙", "Sun"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
           ("林", "Lin"), ("罗", "Luo"), ("梁", "Liang"), ("郑", "Zheng"), ("谢", "Xie"),
           ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
           ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("董", "Dong"), ("潘", "Pan"),
           ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"), ("杜", "Du"), ("叶", "Ye"),
           ("魏", "Wei"), ("苏", "Su"), ("吕", "Lyu"), ("丁", "Ding"), ("沈", "Shen"),
           ("姚", "Yao"), ("卢", "Lu"), ("钟", "Zhong"), ("崔", "Cui"), ("谭", "Tan"),
           ("廖", "Liao"), ("贾", "Jia"), ("邹", "Zou"), ("熊", "Xiong"), ("邱", "Qiu"),
           ("欧阳", "Ouyang"), ("司马", "Sima")]
ROM_GIV = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
           ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"),
           ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("霞", "Xia"),
           ("婷", "Ting"), ("鹏", "Peng"), ("辉", "Hui"), ("琳", "Lin"), ("宇", "Yu"),
           ("晨", "Chen"), ("欣", "Xin"), ("佳", "Jia"), ("嘉", "Jia"), ("思", "Si"),
           ("雨", "Yu"), ("梦", "Meng"), ("昊", "Hao"), ("博", "Bo"), ("文", "Wen"),
           ("子", "Zi"), ("晓", "Xiao"), ("建", "Jian"), ("国", "Guo"), ("海", "Hai"),
           ("志", "Zhi"), ("秀", "Xiu"), ("英", "Ying"), ("丽", "Li"), ("华", "Hua"),
           ("萍", "Ping"), ("倩", "Qian"), ("颖", "Ying"), ("怡", "Yi"), ("浩", "Hao"),
           ("凯", "Kai"), ("鑫", "Xin"), ("悦", "Yue"), ("彤", "Tong"), ("航", "Hang")]
HK_SUR = [("陳", "CHAN"), ("李", "LEE"), ("張", "CHEUNG"), ("黃", "WONG"), ("何", "HO"),
          ("林", "LAM"), ("梁", "LEUNG"), ("劉", "LAU"), ("吳", "NG"), ("鄭", "CHENG"),
          ("周", "CHAU"), ("蔡", "CHOI"), ("楊", "YEUNG"), ("麥", "MAK"), ("郭", "KWOK"),
          ("謝", "TSE"), ("曾", "TSANG"), ("馮", "FUNG"), ("鄧", "TANG"), ("葉", "YIP"),
          ("羅", "LAW"), ("盧", "LO"), ("潘", "POON"), ("區", "AU")]
HK_GIV = ["Chi", "Wai", "Ka", "Man", "Ming", "Kwok", "Wah", "Mei", "Ling", "Wing",
          "Yan", "Chun", "Kit", "Shuk", "Yee", "Tsz", "Ching", "Ho", "Kin", "Fai",
          "Keung", "Shan", "Yin", "Hoi", "Lok", "Sze", "Pui", "Kam", "Siu", "Tak"]
SG_SUR = ["Tan", "Lim", "Ng", "Lee", "Teo", "Goh", "Tay", "Ong", "Chua", "Yeo",
          "Koh", "Chia", "Ang", "Quek", "Toh", "Seah", "Heng", "Sim", "Low", "Neo"]
SG_GIV = ["Boon Huat", "Mei Ling", "Kok Leong", "Siew Lan", "Wee Kiat", "Hui Min",
          "Jun Jie", "Xin Yi", "Ah Kow", "Beng Hock", "Swee Lian", "Chee Keong",
          "Li Ting", "Wei Ming", "Geok Eng", "Kim Seng", "Poh Choo", "Eng Soon"]
SG_EN = ["Jason", "Alvin", "Melvin", "Jasmine", "Vivian", "Desmond", "Irene",
         "Shirley", "Benjamin", "Raymond", "Cheryl", "Kelvin"]

PLATS = ["花呗", "借呗", "微粒贷", "京东金条", "美团月付", "抖音月付", "分期乐", "安逸花",
         "360借条", "拍拍贷", "招联金融", "度小满", "省呗", "小赢卡贷", "信用飞", "榕树贷款",
         "还呗", "洋钱罐", "宜人贷", "中邮消费金融"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "兴业银行",
         "浦发银行", "中信银行", "光大银行", "民生银行", "平安银行", "广发银行", "邮储银行"]
INSURERS = ["中国人寿", "平安人寿", "太平洋保险", "泰康人寿", "新华保险", "人保财险",
            "阳光保险", "太平人寿", "友邦保险", "众安保险"]
SHOPS = ["优品家居旗舰店", "橙子数码专营店", "小鹿母婴旗舰店", "云朵床品官方店", "北极绒服饰店",
         "蓝鲸手机专营店", "好味零食铺", "森屿户外旗舰店", "极光电器专营店", "木槿美妆店"]
ECOMS = ["淘宝", "天猫", "京东", "拼多多", "抖音商城", "唯品会", "快手小店"]
CS_NICK = ["客服-小美", "客服糖糖酱", "售后-阿橙", "专属客服07号", "在线客服", "客服-月牙"]
COMPANIES = ["鑫达物流有限公司", "华创电子科技有限公司", "恒远建设集团", "蓝海餐饮管理公司",
             "瑞丰汽车销售服务公司", "新航道教育咨询公司", "启明网络科技公司", "德盛纺织厂"]
LAWFIRMS = ["衡信律师事务所", "正诚律师事务所", "德衡致远律师事务所", "明理律师事务所"]
HOSP_TYPES = ["第一人民医院", "中心医院", "中医院", "妇幼保健院", "第三人民医院", "人民医院"]
DEPTS = ["心内科", "骨科", "神经外科", "呼吸内科", "产科", "儿科", "肿瘤科", "重症医学科",
         "肾内科", "普外科"]
ESTATES = ["翠湖雅苑", "金地名峰", "锦绣华庭", "滨江花园", "紫荆苑", "枫丹白露", "御景湾",
           "星河湾", "碧水云天", "香榭丽舍", "万象新城", "东湖壹号"]
SCHOOLS = ["实验小学", "第二小学", "育才中学", "阳光幼儿园", "第五中学", "外国语学校",
           "机关幼儿园", "城南小学"]
GRADES = ["一年级三班", "二年级一班", "三年级二班", "四年级五班", "五年级一班", "初一（4）班",
          "初二（2）班", "中班", "大一班", "小二班"]
STATIONS = ["城关", "新华路", "东湖", "滨江", "开发区", "南门", "北站", "长安"]
# (province, city, districts, ID area prefix, court code)
CITIES = [("广东省", "深圳市", ["南山区", "福田区", "龙岗区", "宝安区"], "440305", "粤0305"),
          ("广东省", "广州市", ["天河区", "白云区", "番禺区", "海珠区"], "440106", "粤0106"),
          ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区", "汉阳区"], "420111", "鄂0111"),
          ("四川省", "成都市", ["武侯区", "成华区", "金牛区", "锦江区"], "510107", "川0107"),
          ("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区", "萧山区"], "330106", "浙0106"),
          ("江苏省", "南京市", ["鼓楼区", "秦淮区", "江宁区", "玄武区"], "320106", "苏0106"),
          ("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城区"], "410105", "豫0105"),
          ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区", "芙蓉区"], "430104", "湘0104"),
          ("山东省", "济南市", ["历下区", "槐荫区", "天桥区", "市中区"], "370102", "鲁0102"),
          ("福建省", "厦门市", ["思明区", "湖里区", "集美区", "海沧区"], "350203", "闽0203"),
          ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区", "莲湖区"], "610113", "陕0113"),
          ("重庆市", "重庆市", ["渝北区", "江北区", "南岸区", "九龙坡区"], "500112", "渝0112"),
          ("安徽省", "合肥市", ["蜀山区", "包河区", "庐阳区", "瑶海区"], "340104", "皖0104"),
          ("江西省", "南昌市", ["红谷滩区", "东湖区", "青山湖区", "西湖区"], "360102", "赣0102")]
ROADS = ["建设路", "人民路", "解放大道", "中山路", "新华路", "文化路", "长江路", "友谊路",
         "青年路", "科技园路", "学府路", "滨河路", "光华大道", "朝阳路", "工农路", "百花路"]
VILL_COUNTY = [("河南省", "周口市", "沈丘县", "付井镇"), ("湖南省", "邵阳市", "隆回县", "桃洪镇"),
               ("四川省", "南充市", "仪陇县", "新政镇"), ("安徽省", "阜阳市", "临泉县", "迎仙镇"),
               ("江西省", "赣州市", "于都县", "银坑镇"), ("山东省", "菏泽市", "曹县", "青菏镇"),
               ("湖北省", "黄冈市", "蕲春县", "漕河镇"), ("广西壮族自治区", "玉林市", "博白县", "沙河镇")]
VILLAGES = ["红旗村", "大柳树村", "刘庄村", "新塘村", "石桥村", "河湾村", "高家坳村", "杨树沟村"]
HK_AREAS = [("九龍", "旺角", "彌敦道"), ("九龍", "觀塘", "開源道"), ("香港", "北角", "英皇道"),
            ("新界", "沙田", "大涌橋路"), ("新界", "屯門", "屯興路"), ("九龍", "深水埗", "長沙灣道")]
HK_BLDG = ["華豐大廈", "利景樓", "嘉輝閣", "富康花園", "美景樓", "恒安閣"]
TW_AREAS = [("臺北市", "大安區", "忠孝東路四段"), ("新北市", "板橋區", "文化路二段"),
            ("臺中市", "西屯區", "台灣大道三段"), ("高雄市", "苓雅區", "四維三路"),
            ("桃園市", "中壢區", "中正路")]
SG_ROADS = [("Ang Mo Kio Ave 3", "宏茂桥3道"), ("Jurong West St 42", "裕廊西42街"),
            ("Tampines St 21", "淡滨尼21街"), ("Yishun Ring Rd", "义顺环路"),
            ("Bedok North Ave 1", "勿洛北1道"), ("Toa Payoh Lor 1", "大巴窑1巷")]
DR_TITLES = ["主任医师", "副主任医师", "主治医师"]

MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                 "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
                 "187", "188", "189", "191", "198", "199"]
LAND_AREA = ["0755", "020", "027", "028", "0571", "025", "0371", "0731", "0531", "0592",
             "029", "023", "0551", "0791", "010", "021"]
ID_AREAS = ["440305", "440106", "420111", "510107", "330106", "320106", "410105",
            "430104", "370102", "350203", "610113", "500112", "340104", "360102",
            "412723", "430524", "511324", "341221", "360731", "371721", "421126", "450923"]
CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "622260", "622908",
               "621226", "622700", "623668", "621799", "622155"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "hotmail.com",
                "foxmail.com", "outlook.com", "yahoo.com.hk", "139.com"]
PLATE_PROV = ["粤B", "粤A", "鄂A", "川A", "浙A", "苏A", "豫A", "湘A", "鲁A", "闽D",
              "陕A", "渝A", "皖A", "赣A", "豫P", "湘E"]
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


# --------------------------------------------------------------------------
# number generators
# --------------------------------------------------------------------------
def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mobile_raw():
    return rng.choice(MOBILE_PREFIX) + digits(8, "0123456789")


def gen_phone(mode):
    if mode == "land":
        a = rng.choice(LAND_AREA)
        n = digits(8 if len(a) == 3 else rng.choice([7, 8]), "2345678")
        f = rng.random()
        if f < 0.5:
            return f"{a}-{n}"
        if f < 0.7:
            return f"({a}){n}"
        if f < 0.85:
            return f"{a} {n}"
        return f"{a}-{n}转{rng.randint(100, 899)}"
    if mode == "hk":
        n = rng.choice("569") + digits(7, "0123456789")
        f = rng.random()
        if f < 0.4:
            return f"+852 {n[:4]} {n[4:]}"
        if f < 0.7:
            return f"{n[:4]} {n[4:]}"
        if f < 0.85:
            return f"(852) {n}"
        return n
    if mode == "sg":
        n = rng.choice("89") + digits(7, "0123456789")
        f = rng.random()
        if f < 0.5:
            return f"+65 {n[:4]} {n[4:]}"
        if f < 0.8:
            return f"{n[:4]} {n[4:]}"
        return f"+65{n}"
    if mode == "tw":
        n = "09" + digits(8, "0123456789")
        f = rng.random()
        if f < 0.5:
            return f"{n[:4]}-{n[4:7]}-{n[7:]}"
        if f < 0.8:
            return f"+886 {n[1:4]} {n[4:7]} {n[7:]}"
        return n
    m = mobile_raw()
    f = rng.random()
    if f < 0.46:
        return m
    if f < 0.66:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if f < 0.78:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if f < 0.88:
        return "+86 " + m
    if f < 0.94:
        return "+86" + m
    return f"{m[:4]} {m[4:8]} {m[8:]}"


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def gen_id(old=False):
    area = rng.choice(ID_AREAS)
    y = rng.randint(1948, 1962) if old else rng.randint(1966, 2003)
    body = f"{area}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    c = ID_C[sum(int(a) * b for a, b in zip(body, ID_W)) % 11]
    s = body + c
    f = rng.random()
    if f < 0.78:
        return s
    if f < 0.92:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    return s[:-1] + "x" if c == "X" else s


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def gen_card():
    n = rng.choice([16, 19, 19])
    body = rng.choice(CARD_PREFIX) + "".join(rng.choice("0123456789") for _ in range(n - 7))
    for d in "0123456789":
        if luhn_ok(body + d):
            s = body + d
            break
    f = rng.random()
    if f < 0.55:
        return s
    if f < 0.9:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_email():
    syl = ["xiao", "yu", "chen", "lele", "mumu", "tian", "hao", "jing", "sun", "moon",
           "lucky", "star", "feng", "qing", "lan", "bei", "ding", "nana", "coco", "kai"]
    u = rng.choice(syl) + rng.choice(syl)
    f = rng.random()
    if f < 0.5:
        u += str(rng.randint(10, 9999))
    elif f < 0.7:
        u += "_" + str(rng.randint(80, 99))
    return u + "@" + rng.choice(MAIL_DOMAINS)


def gen_qq():
    return digits(rng.choice([8, 9, 9, 10]))


def gen_wx():
    f = rng.random()
    if f < 0.45:
        return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    base = rng.choice(["sunny", "ahua", "xiaoyu", "lemon", "kk", "mia", "dage", "tutu", "qiqi"])
    return base + rng.choice(["_", "-", ""]) + str(rng.randint(1980, 2009)) + rng.choice(["", "a", "zz"])


def gen_plate():
    p = rng.choice(PLATE_PROV)
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(5, "0123456789")
    else:
        f = rng.random()
        if f < 0.45:
            tail = digits(5, "0123456789")
        elif f < 0.8:
            tail = rng.choice(PLATE_LET) + digits(4, "0123456789")
        else:
            tail = digits(2, "0123456789") + rng.choice(PLATE_LET) + rng.choice(PLATE_LET) + rng.choice("0123456789")
    sep = rng.choice(["", "", "·", " "])
    return p + sep + tail


def gen_account(mode):
    if mode == "order":
        f = rng.random()
        if f < 0.4:
            return digits(19)
        if f < 0.7:
            return digits(12)
        return f"2603{rng.randint(10, 28)}-{digits(15, '0123456789')}"
    if mode == "policy":
        return rng.choice(["P", "PDEE", "8865", "GL"]) + "2026" + digits(12, "0123456789")
    if mode == "inpat":
        return rng.choice(["ZY", "", "00"]) + digits(8)
    if mode == "contract":
        return f"ZL-2026-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 999):04d}"
    if mode == "staff":
        return rng.choice(["CS", "WB", "HR", "DH", "TJ"]) + digits(rng.choice([4, 5, 6]), "0123456789")
    if mode == "ticket":
        return "SL" + digits(14, "0123456789")
    if mode == "badge":
        return digits(6, "0123456789")
    if mode == "student":
        return "2026" + digits(6, "0123456789")
    raise ValueError(mode)


def gen_address(mode):
    if mode == "vill":
        p, c, x, t = rng.choice(VILL_COUNTY)
        v = rng.choice(VILLAGES)
        zu = rng.choice(["一组", "二组", "三组", "四组", "五组", "六组"])
        if rng.random() < 0.5:
            return f"{p}{c}{x}{t}{v}{zu}{rng.randint(1, 60)}号"
        return f"{x}{t}{v}{zu}"
    if mode == "prop":
        f = rng.random()
        if f < 0.5:
            return f"{rng.randint(1, 28)}栋{rng.randint(1, 4)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}室"
        if f < 0.8:
            return f"{rng.randint(1, 28)}号楼{rng.randint(2, 32)}{rng.randint(1, 6):02d}"
        return f"{rng.randint(1, 28)}-{rng.randint(1, 4)}-{rng.randint(2, 32)}{rng.randint(1, 4):02d}"
    if mode == "hk":
        r, d, road = rng.choice(HK_AREAS)
        return f"{r}{d}{road}{rng.randint(2, 388)}號{rng.choice(HK_BLDG)}{rng.randint(2, 28)}樓{rng.choice('ABCDEF')}室"
    if mode == "tw":
        c, d, road = rng.choice(TW_AREAS)
        s = f"{c}{d}{road}{rng.randint(2, 360)}號{rng.randint(2, 15)}樓"
        if rng.random() < 0.3:
            s += f"之{rng.randint(1, 5)}"
        return s
    if mode == "sg":
        en, cn = rng.choice(SG_ROADS)
        blk, fl, unit = rng.randint(101, 899), rng.randint(2, 16), rng.randint(10, 399)
        if rng.random() < 0.6:
            return f"Blk {blk} {en} #{fl:02d}-{unit} Singapore {rng.randint(460000, 769999)}"
        return f"新加坡{cn}第{blk}座#{fl:02d}-{unit}"
    # home (mainland urban)
    p, c, ds, _, _ = rng.choice(CITIES)
    d = rng.choice(ds)
    road = rng.choice(ROADS)
    est = rng.choice(ESTATES)
    f = rng.random()
    pre = (p if p != c else "") + c if rng.random() < 0.6 else c
    if f < 0.45:
        return f"{pre}{d}{road}{rng.randint(1, 399)}号{est}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(2, 33)}{rng.randint(1, 4):02d}室"
    if f < 0.75:
        return f"{pre}{d}{est}{rng.randint(1, 30)}号楼{rng.randint(2, 33)}{rng.randint(1, 6):02d}"
    return f"{d}{road}{rng.randint(1, 399)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}"


# --------------------------------------------------------------------------
# fillers (not personal data)
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self):
        self.city = rng.choice(CITIES)
        self.month = rng.randint(1, 11)
        self.day = rng.randint(1, 20)
        self.minute = rng.randint(8 * 60, 20 * 60)
        self.tsfmt = rng.randrange(4)


def f_amt():
    f = rng.random()
    if f < 0.35:
        return f"{rng.randint(8, 600) * 50}元"
    if f < 0.6:
        return f"{rng.randint(1, 45)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}元"
    if f < 0.8:
        return f"¥{rng.randint(300, 49999)}.{rng.randint(0, 99):02d}"
    return rng.choice(["三千八", "一万二", "八千多", "两万六", "四千五", "一万出头", "六千三"])


def f_ts(ctx):
    ctx.minute += rng.randint(1, 200)
    d = ctx.day + ctx.minute // (24 * 60)
    m = ctx.minute % (24 * 60)
    hh, mm = m // 60, m % 60
    if ctx.tsfmt == 0:
        return f"2026/{ctx.month:02d}/{d:02d} {hh:02d}:{mm:02d}"
    if ctx.tsfmt == 1:
        return f"{ctx.month}月{d}日 {hh:02d}:{mm:02d}"
    if ctx.tsfmt == 2:
        return f"2026-{ctx.month:02d}-{d:02d} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}"
    return f"{'上午' if hh < 12 else '下午'}{hh if hh <= 12 else hh - 12}:{mm:02d}"


def f_date(ctx):
    f = rng.random()
    if f < 0.4:
        return f"2026年{ctx.month}月{rng.randint(1, 28)}日"
    if f < 0.7:
        return f"{ctx.month}月{rng.randint(1, 28)}日"
    return f"2026-{ctx.month:02d}-{rng.randint(1, 28):02d}"


def f_time(ctx):
    return f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"


def f_court(ctx):
    return ctx.city[1] + rng.choice(ctx.city[2]) + "人民法院"


def f_caseno(ctx):
    return f"（2026）{ctx.city[4]}{rng.choice(['民初', '执', '民特', '执保'])}{rng.randint(100, 29999)}号"


def f_hosp(ctx):
    return ctx.city[1] + rng.choice(HOSP_TYPES)


FILLERS = {
    "plat": lambda c: rng.choice(PLATS),
    "bank": lambda c: rng.choice(BANKS),
    "insurer": lambda c: rng.choice(INSURERS),
    "shop": lambda c: rng.choice(SHOPS),
    "ecom": lambda c: rng.choice(ECOMS),
    "csnick": lambda c: rng.choice(CS_NICK),
    "company": lambda c: rng.choice(COMPANIES),
    "law": lambda c: rng.choice(LAWFIRMS),
    "amt": lambda c: f_amt(),
    "ts": f_ts,
    "date": f_date,
    "time": f_time,
    "days": lambda c: str(rng.choice([3, 7, 15, 32, 45, 61, 90, 127, 180])),
    "months": lambda c: rng.choice(["三", "四", "五", "七", "十一"]),
    "court": f_court,
    "caseno": f_caseno,
    "hosp": f_hosp,
    "dept": lambda c: rng.choice(DEPTS),
    "bed": lambda c: f"{rng.randint(1, 60)}床",
    "age": lambda c: f"{rng.randint(45, 88)}岁",
    "estate": lambda c: rng.choice(ESTATES),
    "school": lambda c: c.city[1] + rng.choice(SCHOOLS),
    "grade": lambda c: rng.choice(GRADES),
    "city": lambda c: c.city[1],
    "station": lambda c: rng.choice(STATIONS),
    "code": lambda c: digits(6, "0123456789"),
    "tail": lambda c: digits(4, "0123456789"),
    "url": lambda c: "https://zxfw.court.gov.cn/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6)),
    "kidnick": lambda c: rng.choice(KID_NICK),
    "wxnick": lambda c: rng.choice(WX_NICK),
    "nick": lambda c: rng.choice(NICKS),
    "emo": lambda c: rng.choice(EMOJI),
    "drt": lambda c: rng.choice(DR_TITLES),
    "sur": lambda c: rng.choice("王李张刘陈杨赵周吴孙"),
}

# --------------------------------------------------------------------------
# templates (own).  {N1} names, {N1:mode}; {S1} surname of N1 (unlabelled);
# {P1[:mode]} phone; {ID1[:old]}; {CARD1}; {A1[:mode]} address; {E1} email;
# {QQ1}; {WX1}; {PL1}; {AC1:mode} account; lower-case words are fillers.
# Name modes: g (default), two, three, word, wg (surname+word given), old,
# kid, tw, rom (English order), romcn (its Chinese form), hk, sg, emoji,
# emojiw (emoji around, not inside), cmp, rare, sur=Nk (same surname as Nk).
# --------------------------------------------------------------------------
T = []


def add(group, sender, *texts):
    for t in texts:
        T.append((group, sender, t))


# ---- SMS threads with timestamps (debtor <-> collector) ----
add("thread", None,
    "{ts}  来自 {P1}\n{N1}你好，我是{plat}委托的{N2}，你的欠款{amt}已逾期{days}天，今天务必处理。\n{ts}  发送至 {P1}\n你打错了，我不是{N1}，这个号我上个月刚办的。\n{ts}  来自 {P1}\n别装了，机主实名就是你，身份证{ID1}，我们系统里都有。",
    "短信记录（与 {P1}）\n{ts} 对方：{N1}，你母亲{N2:old:f}的电话我们也有了\n{ts} 我：我妈七十多了你们别打扰她\n{ts} 对方：那你今天转{amt}到{N3}的卡{CARD1}，备注{N1}还款\n{ts} 我：我只认{plat}官方的还款渠道",
    "{ts}\n[短信] {N1:m}先生，您名下{plat}借款已转入贷后处理，专员{N2}将于明日联系您，回复1确认。\n{ts}\n[我] 1\n{ts}\n[短信] 已确认。请保持{P1}畅通，如已还款请忽略。",
    "与“{N1}”的短信（{P1}）\n{ts} 收到：{N2}，我是{N1}，你欠的那笔钱你自己心里有数\n{ts} 发出：{N1}你好，我已经跟{plat}协商了分期，协商记录可以查\n{ts} 收到：协商？你去找{N3:m}协商吧，他是我们组长",
    "【{ts}】{P1}：你老公{N1:m}跑哪去了\n【{ts}】我：我们离婚两年了，他的事别找我\n【{ts}】{P1}：离婚证拍给我看，不然就去你单位找{N2}\n【{ts}】我：已录屏，再发我就报警",
    "{ts} 未知号码 {P1}\n“{N1}，今天下午三点前不还，我们就把你的照片发给{N2}和{N3}”\n{ts} 我发给 {P1}\n“你再威胁我就报警了，我已经存证”\n{ts} 未知号码 {P1}\n“报啊，{N2}住{A1}我们都知道”",
    "短信 {ts}\n{N1}，你好：{N2}诉你民间借贷纠纷一案近期立案，请主动联系。\n{ts} 我回复：请问承办人是谁\n{ts} 回复：承办法官{N3}，书记员{N4}，电话{P1:land}\n（后来打过去是空号）",
    "{ts} 我 → {P1}：请问你是{N1}吗？我是{N2}的妹妹\n{ts} {P1}：是我，你哥欠我们{amt}\n{ts} 我 → {P1}：他住院了，出院就还，能不能等两周\n{ts} {P1}：等不了，让他女朋友{N3:f}先还",
    "{ts}\n对方：我是{plat}法务{N1}，工号{AC1:staff}，加我微信{WX1}细谈\n{ts}\n我：我在跟你们客服{N2:f}协商，她说可以停息挂账\n{ts}\n对方：客服说的不算，以我为准",
    )
# ---- e-commerce customer service ----
add("ecom", None,
    "{shop}客服 {time}\n亲，查询到您的订单{AC1:order}收货人是{N1}，电话{P1}，地址{A1}，请问需要修改吗？\n买家 {time}\n收货人改成{N2}，电话不变。我{plat}逾期了，快递会不会被拦？\n{shop}客服 {time}\n亲亲不会的哦，放心~",
    "【{shop}】售后进度：退款{amt}已原路退回至{N1}尾号{tail}的银行卡，如有疑问请联系专属客服{N2}（工号{AC1:staff}）。",
    "在线客服（{plat}先享后付专席）\n{csnick}：您好，请问有什么可以帮您？\n我：我的账户被冻结了，是不是因为月付逾期\n{csnick}：查询到账户实名{N1}，注册手机{P1}，目前待还{amt}，逾期{days}天，需还清后恢复。\n我：能不能别打给{N2:f}，她是我室友，不是我的联系人",
    "{ecom}订单{AC1:order}\n收货人：{N1}\n手机：{P1}\n地址：{A1}\n买家留言：放门卫就行，别打{N2:f}的电话，她不知道我买了这个",
    "客服：亲亲，您好~订单{AC1:order}已被风控拦截，原因为收货人{N1:f}与账号实名{N2}不一致且账号存在{plat}逾期记录\n顾客：{N1}是我老婆啊\n客服：亲亲理解您，麻烦提供实名人身份证号后四位哦",
    "【{shop}】亲爱的{N1}，您在本店分期购买的商品已出现逾期，请于{date}前还款，否则将交由合作机构处理，对接人{N2}，电话{P1}。",
    "{ecom}客服回复截图文字：\n用户{N1}您好，您反馈“{N2}冒用您的身份开通月付”一事已受理，受理单号{AC1:ticket}。请勿将验证码告诉任何人，包括自称平台客服的人员。",
    "买家秀评论区：\n{csnick}回复{N1}：亲，您说的催收短信不是我们发的哦\n{N1}：那为什么短信里有我的订单号{AC1:order}和收货人{N2}的名字？\n{csnick}：亲亲这边帮您反馈给平台安全中心",
    "{ecom}·退货寄件\n寄件人：{N1}  {P1}\n寄件地址：{A1}\n备注：商品是{N2}用我的账号买的，他{plat}欠款没还，我申请退货抵扣",
    "客服{N1}：您好，这里是{ecom}消费金融售后，看到您申请注销月付功能，系统显示还有一笔{amt}未结清\n我：那是我前男友{N2:m}用我手机下的单\n客服{N1}：理解，建议您先报警并提供回执，我们走盗用流程",
    )
# ---- HR / company notices ----
add("hr", None,
    "关于近期外部来电的情况说明\n各部门：\n近期公司前台及财务部{N1}多次接到自称{plat}委托机构人员的来电，询问员工{N2}的住址及工资发放情况。公司不对外提供员工个人信息，请各位同事不要转告、不要回应。\n人力资源部 {N3}\n{date}",
    "【人事提醒】{N1}你好，今天上午有两名男子到公司前台说要找你，自称{plat}的外访，开的车车牌{PL1}，留了电话{P1}。我已让保安请他们离开了。——人事{N2}",
    "钉钉 · 审批\n{N1}提交的《在职及收入证明》申请\n用途：向{bank}申请个性化分期\n审批人：{N2}（部门经理）→ {N3}（HRBP）\n证明对象：{N1}，身份证号{ID1}，入职日期{date}",
    "致{company}人力资源部：\n贵司员工{N1}（工号{AC1:staff}）在我司借款逾期，现申请协助联系。联系人：{N2}，电话{P1}。\n——\n回复：本公司不协助第三方催收，请勿再来电。{company}人事行政部 {N3}",
    "企业微信 · 全员群\n{N1}（行政）：@所有人 最近有人冒充{plat}打电话给各位同事，说{N2}欠钱让大家转告，请不要理会，也不要透露任何同事的手机号。\n{N2}：给大家添麻烦了，对不起🙏\n{N3}（法务）：录音已整理，需要的话找我",
    "工资条备注：本月代扣法院执行款{amt}（{court}协助执行通知，被执行人{N1}，身份证{ID1}），经办{N2}，复核{N3}。",
    "{sur}总您好，关于{N1}被催收的事我跟进了：对方是{plat}外包，催收员叫{N2}，工号{AC1:staff}，我已经向12378投诉。{N1}本人说下月发工资就还。——HR {N3}",
    "员工关怀记录\n对象：{N1}（仓储部）\n情况：近两周每天接到催收电话十余次，其母{N2:f:sur=N1}也被骚扰，情绪低落，已请假三天。\n跟进人：{N3}\n建议：联系工会{N4}了解法律援助",
    "离职交接单\n离职人：{N1}  工号{AC1:staff}\n交接人：{N2}\n备注：{N1}称离职原因为“催收电话打到客户那里”，其个人借款与公司无关，公司不出具任何担保。\n部门负责人：{N3}",
    )
# ---- school / kindergarten ----
add("school", None,
    "【{school}】家长您好：今日有社会人员到校门口打听{N1:kid}同学家长{N2}的情况，学校已报警处理。请各位家长不要向陌生人透露学生及家长信息。——{grade}班主任{N3}",
    "{school}门卫 来访登记\n来访人：{N1}  电话：{P1}\n事由：找{N2:kid}的父亲{N3:m:sur=N2}（称其欠款）\n处理：未允许进校，已通知班主任{N4}",
    "{N1:kid}妈妈您好，我是{N2}老师。孩子今天说放学时有叔叔在校门口问他爸爸是不是叫{N3:m:sur=N1}，孩子有点害怕。{kidnick}在班上一直挺乖的，我们这边会多留意，您放心。",
    "家校通知：{grade}{N1:kid}（小名“{kidnick}”）的家长{N2}、{N3}：近日有自称{plat}工作人员的来电要求学校转告欠款事宜，学校不会转告，也请家长注意孩子接送安全。",
    "幼儿园接送信息变更\n幼儿：{N1:kid}\n接送人由{N2}改为{N3:old:f}（外婆），接送人电话{P1}\n原因：{N2}近期被催收人员跟踪，请老师不要让陌生人接走孩子。",
    "{school}学费缴纳提醒：{N1:kid}同学本学期代办费{amt}尚未缴纳，家长{N2}如有困难可向班主任{N3}申请缓缴，学校会保护家庭隐私。",
    "{grade}家长会签到表\n{N1:kid} 家长 {N2}\n{N3:kid} 家长 {N4}\n{N5:kid} 家长 （未到）\n备注：{N4}家长会后反映有人冒充老师加家长微信借钱",
    "情况说明（交学校德育处）\n本人{N1}，系{grade}学生{N2:kid:sur=N1}的父亲。因本人网贷逾期，催收方打电话到学校，给学校带来困扰，深表歉意。联系电话{P1}。",
    )
# ---- property management ----
add("property", None,
    "【{estate}物业服务中心】{A1:prop}业主{N1}您好：今日有人在您家门口及单元门张贴催款单并喷漆，已清理并调取监控，建议报警。管家{N2}，{P1}",
    "物业门岗访客登记\n{date} {time}  车牌{PL1}  访客{N1}  {P1}  到访{A1:prop}  事由：找{N2}要账\n{date} {time}  车牌{PL2}  访客{N3}  未留电话  到访同上",
    "温馨提示：{A1:prop}{N1:f}女士，您的物业费已欠缴{months}个月，合计{amt}。请于本月底前到物业前台缴纳或联系客服{N2}。",
    "业主群\n物业-{N1}：各位业主，近期有催收人员尾随进入小区，请大家随手关门。\n{A1:prop}{N2}：昨天有人在我家门口守了一下午\n物业-{N1}：收到，保安队长{N3}已调监控",
    "关于{A1:prop}房屋被申请司法拍卖的告知：根据{court}协助执行通知书，被执行人{N1}名下该房产将进行评估，请配合看房。物业经理{N2}",
    "{N1}您好，我是{estate}物业的{N2}。昨天有个自称{plat}律师的人来前台问您的房号和车位，我们没告诉他，他留了名片：{N3}律师，{P1}，邮箱{E1}，微信{WX1}。",
    "停车场通知：车位{tail}（车牌{PL1}）车主{N1}，您的车辆已被{court}查封并张贴封条，请勿挪动。如有疑问请联系执行法官{N2}。物业秩序部",
    "报修单转办：{A1:prop}住户{N1}反映门锁被人灌胶，怀疑与催收有关，维修师傅{N2}已更换锁芯，费用{amt}由住户自理。",
    )
# ---- insurance ----
add("insurance", None,
    "理赔专员{N1}：您好，被保险人{N2}的住院理赔材料已收到，保单号{AC1:policy}，赔款{amt}将打入受益人{N3}的账户{CARD1}。\n我：能不能先别打到这张卡，卡被冻结了，{plat}那边还欠着钱\n理赔专员{N1}：那需要变更收款账户，提供{N3}本人签字的授权书",
    "【{insurer}】尊敬的{N1}，您的保单{AC1:policy}已办理保单贷款{amt}，到期未还款将从现金价值中扣除。如有疑问请联系业务员{N2}（{P1}）。",
    "车险理赔群\n查勘员{N1}：车牌{PL1}，驾驶人{N2}，对方车主{N3}，定损{amt}\n{N2}：赔款能直接打给修理厂吗，我自己的卡被{plat}冻结了\n查勘员{N1}：可以，修理厂对公账户发我",
    "（语音转文字）那个{N1}啊我是你保险代理人{N2}嗯就是你之前那个重疾险啊保费已经欠了两个月了就是再不交的话保单就失效了你看能不能先交一点",
    "保全变更申请：投保人{N1}，被保险人{N2:kid}（子女），受益人由{N3}变更为{N4}；投保人联系电话{P1}，身份证{ID1}。",
    "{insurer}在线客服：您好{N1:m}先生，查询到您名下有意外险理赔款{amt}待领取。请勿相信自称“{N2}经理”的来电要求您先缴纳解冻费，这是诈骗。",
    "理赔进度查询\n报案号：{AC1:policy}\n出险人：{N1}\n联系人：{N2}（配偶） {P1}\n处理人：{N3}\n状态：资料待补充（缺诊断证明）",
    "我老婆{N1:f}的保险赔款{amt}刚到账就被扣走了，银行说是{court}冻结的，原告是{N2}。保险公司的{N3}说他们也没办法。",
    )
# ---- hospital ----
add("hospital", None,
    "{hosp} 住院费用清单\n患者姓名：{N1}  住院号：{AC1:inpat}  科室：{dept}  床号：{bed}\n主治医生：{N2}\n预交金：{amt}  已欠费：{amt}\n家属签字：{N3}",
    "【{hosp}】{N1}家属您好，患者{N2}截至今日欠费{amt}，请尽快至住院收费处缴费，以免影响治疗。咨询：{dept}护士站。",
    "我借钱就是为了给我妈{N1:old:f}交住院费，{hosp}{dept}，主治是{N2}医生，你们不信可以去问。医院说欠费{amt}再不交就要停药了。催收员{N3}你听清楚了没有",
    "出院结算单\n姓名 {N1}  性别 男  年龄 {age}\n住院号 {AC1:inpat}\n医保类型 城乡居民  统筹支付 {amt}  个人自付 {amt}\n收款员 {N2}  经办 {N3}",
    "水滴筹 | 求助人{N1:f}：我父亲{N2:old:m}在{hosp}确诊，治疗费用已借遍亲友……收款人{N1}，与患者关系：父女，收款账户{CARD1}",
    "门诊病历（家属代打）\n患者：{N1:old}  {age}\n接诊医师：{N2}（{drt}）\n主诉：近一月失眠、心慌，诉因儿子{N3:m}网贷被催，每天接电话十几次",
    "{hosp}医务科：关于{dept}患者{N1}家属反映有人冒充医院工作人员打电话催缴费用一事，经查我院催缴电话只有科室座机，未委托任何个人，经办{N2}。",
    "病房陪护登记：患者{N1}，{dept}{bed}，陪护人{N2:m}（儿子）{P1}，第二陪护人{N3:f}（儿媳）。备注：谢绝非家属探视。",
    )
# ---- rental ----
add("rental", None,
    "房屋租赁合同（节选）\n出租方（甲方）：{N1}  身份证号：{ID1}  电话：{P1}\n承租方（乙方）：{N2}  身份证号：{ID2}  电话：{P2}\n房屋地址：{A1}\n月租金{amt}，押一付三。",
    "房东{N1:f}：小{S2}啊，这个月房租又晚了十天了，今天又有人来敲门说找{N2}要债，我这房子还要租给别人的\n{N2}：{S1}阿姨对不起，下周一定转给您",
    "退租交接单\n房屋：{A1}\n交接：原租客{N1} → 房东{N2}\n押金{amt}扣除欠缴水电及物业费后退还至{N1}的账户{CARD1}\n见证人：{N3}（中介）{P1}",
    "中介门店{N1}：{N2:f}姐，你那个租客{N3:m}押金不要了，人联系不上，听说是欠了网贷被追，门口都被贴了。他留的紧急联系人我发你：{N4} {P1}，他自己的QQ是{QQ1}",
    "【{city}住房租赁服务平台】租赁合同备案成功：出租人{N1}，承租人{N2}，合同编号{AC1:contract}，请妥善保管。",
    "合租群\n{N1}：今天又有人来找{N2}，在门口骂了半小时\n{N3}：{N2}的房间锁了，他好几天没回来了\n{N1}：我跟房东{N4}说了，房东说月底前不搬就报警",
    "租金分期协议\n出租人：{N1}\n承租人：{N2}，身份证{ID1}\n担保人：{N3:m:sur=N2}（承租人之兄），电话{P1}\n承租人因{plat}欠款导致资金困难，双方同意欠付房租{amt}分三期付清。",
    )
# ---- court e-service SMS ----
add("court", "12368",
    "【{court}】{N1}，您好！{N2}诉您民间借贷纠纷一案（{caseno}），本院已依法向您电子送达起诉状副本、应诉通知书等诉讼文书，请点击 {url} 查看，验证码{code}。承办人：{N3}，联系电话{P1:land}。",
    "【{court}】送达提醒：受送达人{N1}，案号{caseno}，文书《民事判决书》已送达至您确认的送达地址{A1}，并同步发送至邮箱{E1}。",
    "【{court}】{N1}：{bank}诉您金融借款合同纠纷一案定于{date}上午9时在第五法庭开庭。书记员{N2}。（本短信为法院电子送达，请勿回复）",
    "【{court}执行局】被执行人{N1}：本院已对你采取限制消费措施。如已履行，请联系执行法官{N2}或法官助理{N3}，{P1:land}。",
    "【{court}】{N1}您好，{N2}与{N3}合同纠纷一案，您作为证人，请于{date}到庭作证。如有疑问，请联系{N4}，{P1:land}。",
    "【{court}】诉前调解通知：{plat}（申请人）与{N1}（被申请人）借款合同纠纷已委派调解员{N2}调解，请于三日内联系{P1}。",
    )
add("court", None,
    "邮政EMS 法院专递\n收件人：{N1} {P1}\n地址：{A1}\n寄件：{court}（书记员{N2}）\n状态：拒收，退回",
    "我收到这个短信是真的吗：“{N1}你好，{court}通知你因{N2}起诉你，案号{caseno}，请于今日加{N3}书记员微信{WX1}处理”，法院会让人加微信吗",
    "送达地址确认书\n受送达人：{N1}\n送达地址：{A1}\n手机：{P1}\n电子邮箱：{E1}\n代收人：{N2:f}（妻子）\n受送达人签名：{N1}",
    )
# ---- police ----
add("police", None,
    "{city}公安局{station}派出所\n受案回执\n{N1}：\n你于{date}报称的被他人电话骚扰一案，我所已受理。\n接报民警：{N2}（警号{AC1:badge}）\n联系电话：{P1:land}",
    "【{city}公安】您报警的“催收人员上门骚扰”警情已处置。出警民警：{N1}、{N2}。报警人：{N3}。如有疑问请联系{station}派出所。",
    "网上报警回执\n报警人：{N1}\n证件号码：{ID1}\n联系电话：{P1}\n简要案情：自称{plat}法务的{N2}多次拨打我父亲{N3:m:sur=N1}电话，威胁上门\n受理单位：{station}派出所",
    "派出所调解记录：当事人{N1}（{P1}）与{N2}（{plat}外访人员，{P2}）因上门催收发生口角，经民警{N3}调解，双方同意不再上门。",
    "{station}派出所民警{N1}：{N2}你好，你反映的那辆车{PL1}我们查了，登记车主{N3}，我们会通知他到所里说明情况。",
    "报案材料清单\n1. 报案人{N1}身份证复印件\n2. 通话录音（来电{P1}、{P2}）\n3. 催收短信截图（署名{N2}）\n4. 我母亲{N3:old:f}的情况说明\n5. 对方微信号{WX1}、QQ号{QQ1}\n接收民警：{N4}",
    "110接警单（摘）\n报警人：{N1}，{P1}\n地点：{A1}\n内容：三名男子在门口喷字，其中一人自称{N2}\n出警：{N3}",
    )
# ---- Hong Kong / Taiwan / Singapore ----
add("hk", None,
    "[WhatsApp] {N1:hk}: 你好，我係財務公司嘅，{N2:tw:f}係咪你阿媽？佢個電話{P1:hk}打唔通\n我：唔好再搵我屋企人\n{N1:hk}: 咁你今日過數啦",
    "【追數通知】{N1:tw}先生／女士：閣下欠款港幣{amt}，本公司職員{N2:tw}將於本週上門{A1:hk}。查詢：{P1:hk}",
    "我阿姐{N1:tw:f}話佢公司都收到電話，話我欠咗錢，打嚟嘅人叫{N2:hk}，留低個號碼{P1:hk}，仲話識得我住{A1:hk}",
    "Form: Name (as in HKID) {N1:hk}  中文姓名 {N1:romcn}\nTel: {P1:hk}\nEmergency contact: {N2:hk} ({P2:hk})",
    )
add("tw", None,
    "簡訊：{N1:tw}您好，您的信用卡帳款已逾期，請於{date}前繳納。承辦人{N2:tw} 電話{P1:tw}",
    "LINE 群組「債務協商」\n{N2:tw}：{N1:tw}，律師{N3:tw}說要先寄存證信函到你家{A1:tw}\n{N1:tw}：好，我這邊電話是{P1:tw}",
    "我婆婆{N1:tw:f}被討債公司的人打電話，對方自稱{N2:tw}，說我先生{N3:tw:m}欠了錢，還說要去{A1:tw}找人，這樣合法嗎？",
    )
add("sg", None,
    "Hi {N1:sg}, this is {N2:sg} from the licensed moneylender. Your loan is overdue. 请尽快联系 {P1:sg}，不然我们会派人去 {A1:sg} 找你。",
    "新加坡这边的表姐{N1:sg:f}也收到他们的电话了，她说对方讲中文，自称{N2}，号码{P1:sg}，还发到她的邮箱{E1}。",
    "{N1:sg}: 那个ah long又来了 lah，在{A1:sg}门口写字\n我：报警了吗\n{N1:sg}: police say they will check CCTV lor，你叫{N2:sg}先别出门",
    "Dear {N1:sg},\n我们代表{plat}通知你，你在中国的贷款已逾期{days}天。Please contact our agent {N2:rom} at {P1}.",
    )
# ---- names with professional titles ----
add("titled", None,
    "{N1}总您好，我是{plat}的{N2}。贵司员工的欠款问题想跟您沟通一下。\n——\n回复：{S1}总在开会，我是助理{N3}，有事请发邮件{E1}。",
    "项目群\n{N1}工程师：图纸改完了，{S2}工你看下\n{N2}：收到。另外{S1}工，有人打电话到项目部找你，说你欠钱，号码{P1}，我没理",
    "{hosp}{dept}{N1}医生：{N2}家属，病人情况稳定了，你们先去把欠费交一下。\n{N3}：好的{S1}医生，我哥已经去凑钱了。",
    "{law}{N1}律师（{P1}）：{N2}你好，受{N3}委托，就你欠其借款{amt}一事，请于七日内联系本所。——{S1}律",
    "各位好，我是{N1}，大家叫我{S1}老师就行。我是{plat}的合规督导，今天培训的主题是文明催收，案例里涉及的客户{N2}已经同意我们匿名使用……课后有问题加我QQ{QQ1}",
    "{N1}主任、{N2}科长：关于{N3}投诉我公司外访人员一事，我司已核实，涉事员工{N4}已停岗。{company}客服部",
    "{sur}警官您好，我是前天来报案的{N1}，您留的电话{P1:land}打不通。民警{N2}让我找您补材料。",
    "刘律您好，我是{N1}，{N2}律师介绍我来的。我爸{N3:m:sur=N1}给人做了担保，现在被起诉了，想请您代理。",
    "{N1}经理：{N2}，你这个月的回款率全组倒数，{S2}姐那边已经催了三次了。客户{N3}的案子你明天外访，地址{A1}",
    )
# ---- children's names and 小名 ----
add("kids", None,
    "我儿子{N1:kid:m}才六岁，小名{kidnick}，他们居然打电话到幼儿园说要找{kidnick}他爸{N2:m:sur=N1}，还报出了孩子的全名",
    "出生医学证明上的名字是{N1:kid}，父亲{N2:m:sur=N1}，母亲{N3:f}。催收的人连孩子叫什么、在哪上学都知道，{school}的老师已经报警了",
    "{N1}：{kidnick}的疫苗本在我这，{kidnick}大名{N2:kid:sur=N1}，你那个{plat}别再拖了，人家都打到社区医院了",
    "女儿{N1:kid:f}（我们家叫她“{kidnick}”）的压岁钱卡{CARD1}也被冻结了，那是用我的身份证办的，执行法官{N2}说要我本人去说明",
    )
# ---- nicknames in quotes ----
add("nickq", None,
    "微信昵称“{wxnick}”，实名{N1}，微信号{WX1}，就是他一直在朋友圈发我的照片",
    "我们都叫他“{nick}”，大名{N1}，电话{P1}，欠我{amt}两年了",
    "那个催收在群里叫“{wxnick}”，转账记录上显示收款人{N1}，后来他又让我转给一个叫{N2}的",
    "“{nick}”是{N1}的外号，他借了{N2}的钱，{N2}又找到我头上，我跟“{nick}”就是普通同事",
    )
# ---- payees ----
add("payee", None,
    "转账给{N1}\n¥{amt}\n转账说明：还{N2}的钱\n转账时间 {date} {time}",
    "收款方：{N1}（{P1}）\n付款方：{N2}（微信 {WX1}）\n付款说明：代{N3}还{plat}",
    "电子回单\n付款方户名：{N1}  账号：{CARD1}\n收款方户名：{N2}  账号：{CARD2}\n用途：借款",
    "他让我转账给{N1}，说是{plat}财务，我转了{amt}，后来才知道{N1}根本不是平台的人，{plat}客服{N2}说这是诈骗",
    "[转账] 你已收款 ¥{amt}\n付款方：{N1}（QQ {QQ1}）\n附言：{N2}让我先还你一部分",
    )
# ---- emoji ----
add("emoji", None,
    "{N1:emoji}又打电话来了😡😡 说要找我妈{N2:f}",
    "📞{N1} 🙏求求你们别打给{N2:emoji:f}了，她是我同学不是担保人",
    "群昵称：{emo}{N1}{emo}\n她说她是{plat}的，让我今天把{amt}转到{N2:emoji}的卡上",
    "救命😭 {N1:emoji}把我的身份证{ID1}发到家族群里了，我表姐{N2:f}都看到了",
    "转账给 {N1:emoji} ¥{amt} 💸 备注：最后一期",
    "{N1:emojiw}说今晚十二点前不还就上门👉{A1}",
    )
# ---- elderly dictated messages ----
add("elderly", None,
    "（我是孙女{N1:f}，下面是我奶奶说的，我帮她打字）\n我叫{N2:old:f}，今年七十三了，我儿子{N3:m:sur=N2}欠了钱我不知道，他们天天打我家座机{P1:land}，说要来{A1:vill}拆房子，我一个老太婆怎么办",
    "爷爷口述：那个人说他叫{N1}，说我孙子{N2:m}在外面借了钱，让我把存折里的钱转到{N3}的卡上，卡号{CARD1}，我没转，对吧？",
    "【代打字】我是{N1:old}，住{A1:vill}，我女婿{N2:m}借钱用了我的身份证{ID1:old}，我根本不知道，派出所的{N3}同志让我写个情况",
    "嗯那个 我是{N1:old}啊 就是 那个{N2}是我侄子 他借的钱 跟我有啥关系嘛 你们再打 我就 那个 叫村里的{N3}书记来",
    "我妈不会打字，她让我原话发给你们：“我是{N1:old:f}，{N2:f}是我闺女，她欠的钱我替她还，一个月还五百，多了没有，别再打到我邻居{N3}家里去”",
    "外公让我帮他问一下：他以前的老同事{N1:old}借了他三万块，现在人不在了，{N1:old}的儿子{N2:m:sur=N1}说不认这个账，借条上还有见证人{N3}，这个钱还能要回来吗",
    )
# ---- romanised names in English word order ----
add("rom", None,
    "Remittance advice\nBeneficiary: {N1:rom}\nRemitter: {N2:rom}\nPurpose: repay loan for {N3:rom}\n以上是我从国外汇款还钱的水单，对方还说没收到",
    "我本来订了机票，乘机人{N1:rom}（{N1:romcn}），下单时提示被{court}限制高消费，可我根本没被起诉过",
    "Dear {N1:rom}，你在{plat}的贷款已逾期{days}天，请尽快还款。Regards, {N2:rom}, Collections Team",
    "留学生求助：I'm {N1:rom}，在英国读书，他们打给我国内的爸爸{N2:romcn:m}，说我是{N3:rom}的担保人，可我根本不认识这个人",
    "签证材料里的紧急联系人写的是 {N1:rom:f}, mother, {P1}，结果催收的电话就打到我妈那去了",
    )

# ---- other personal data, no name ----
add("other", None,
    "{ts} 来自 {P1}\n你今天不处理，明天我们就去{A1}\n{ts} 来自 {P1}\n收到没？",
    "订单{AC1:order}的收货电话改成{P1}，地址不变。",
    "物业门岗：{date} 车牌{PL1}的车在小区门口停了三个小时，车上的人说是来要账的。",
    "【{court}】请受送达人登录 {url} 查看文书，验证码{code}，送达地址{A1}。",
    "保单号{AC1:policy}的理赔款请打到这张卡：{CARD1}，开户行{bank}。",
    "住院号{AC1:inpat}，{dept}{bed}，家属电话{P1}。",
    "房东让我把押金退到{CARD1}，身份证{ID1}，我该不该给？",
    "他们加我微信{WX1}，又加我QQ{QQ1}，还往{E1}发律师函。",
    "转账给 {P1}（手机号转账）¥{amt}，收款方未实名。",
    "Blk 和 unit 都对：{A1:sg}，电话{P1:sg}。",
    "派出所民警让我把通话录音发到{E1}，来电号码是{P1}和{P2:land}。",
    "外访登记：车牌{PL1}，到访{A1:prop}，访客电话{P1}。",
    "香港那边的地址是{A1:hk}，電話{P1:hk}。",
    )

# ---- no personal data (fixed texts) ----
NONE_TEXTS = [
    ("none", None, "{ts}  来自 95188\n您的借呗本期账单已出，请按时还款。\n{ts}  发送至 95188\nTD"),
    ("none", None, "客服：亲，您好~请问有什么可以帮您？\n我：我的月付逾期了，能申请延期吗？\n客服：亲亲这边帮您提交申请，三个工作日内回复哦"),
    ("none", None, "【物业服务中心】温馨提示：近期有陌生人员尾随进入单元楼，请业主随手关门，发现张贴催款单请及时联系物业。"),
    ("none", None, "关于近期外部来电的情况说明：公司不对外提供员工个人信息，请各部门不要转告、不要回应。人力资源部"),
    ("none", None, "【家校通知】请各位家长不要向陌生人透露学生及家长信息，接送孩子请出示接送卡。"),
    ("none", None, "理赔专员：您好，材料已收到，赔款将在五个工作日内到账，请留意短信。"),
    ("none", None, "住院费用清单\n患者姓名：（略）  科室：心内科\n预交金：5000元  已欠费：1260.50元"),
    ("none", "12368", "【人民法院】您有一份电子送达文书待查收，请通过人民法院在线服务平台登录查看。本短信仅作提醒，请勿回复。"),
    ("none", None, "受案回执\n你报称的被他人电话骚扰一案，我所已受理。（报警人信息略）"),
    ("none", None, "閣下欠款已逾期，請盡快聯絡本公司。查詢熱線請見官方網站。"),
    ("none", None, "Hi, this is a reminder that your instalment is overdue. 请通过官方App还款，不要转账到个人账户。"),
    ("none", None, "王总说下午开会，李工那边图纸还没改完，陈医生让家属先去交费，刘律说材料齐了。"),
    ("none", None, "小王又打来了，老李说别理他，张姐说她也接到了。"),
    ("none", None, "转账给 商户 ¥128.00 备注：物业费"),
    ("none", None, "收款方：某某科技有限公司（对公账户）\n付款方：本人\n用途：还款"),
    ("none", None, "（我帮我奶奶打的字）她说她不会用手机，就是那个钱的事别打她电话了，她心脏不好。"),
    ("none", None, "嗯那个 就是 我想问一下 那个催收的 天天打我家座机 这个 能不能报警啊"),
    ("none", None, "周末也有人来敲门，高度怀疑是催收外访，物业说马上调监控。"),
    ("none", None, "黄金周前后催收电话特别多，余额不足就被扣了手续费。"),
    ("none", None, "乘机人信息有误，请核对后重新提交。限制高消费人员不得乘坐飞机、高铁一等座。"),
    ("none", None, "孩子小名叫豆豆，今年上中班了。幼儿园说接送必须本人或登记过的家属。"),
    ("none", None, "我们都叫他“眼镜”，人挺好的，就是最近老是借钱。"),
    ("none", None, "Dear customer, 您的保单贷款即将到期，请登录官方App查看还款金额。"),
    ("none", None, "退租交接单\n押金扣除欠缴水电及物业费后退还，见证人：中介门店店长（签字略）"),
    ("none", None, "群昵称：🌸岁月静好🌸\n她说她是平台的，让我先别急，等通知。😭"),
    ("none", None, "房东阿姨说这个月房租可以晚几天，但门口贴的东西要我自己撕掉。"),
    ("none", None, "{ts} 我：请问是哪个平台？\n{ts} 对方：你自己借了哪些你不知道吗\n{ts} 我：不说清楚我不会还的"),
    ("none", None, "项目群：图纸改完了，请各位工程师查收。有人打电话到项目部找人，请不要透露任何同事信息。"),
    ("none", None, "钉钉 · 审批\n《在职及收入证明》申请已通过，请到人事部领取盖章原件。"),
    ("none", None, "医务科提醒：我院催缴费用只通过科室座机，未委托任何个人或第三方，请勿向个人账户转账。"),
    ("none", None, "车险理赔群：定损已完成，赔款打给修理厂对公账户，请车主确认。"),
    ("none", None, "送达地址确认书（空白）\n受送达人：\n送达地址：\n手机：\n受送达人签名："),
    ("none", None, "新加坡这边也有人收到类似电话，对方讲中文，自称是贷款公司的，大家小心。"),
    ("none", None, "我阿媽話佢都收到電話，我叫佢唔好理，直接收線。"),
    ("none", None, "外公说以前借出去的钱没有借条，现在也要不回来了，就当是帮朋友了。"),
    ("none", None, "物业费欠缴三个月，合计八百多，月底前去前台交一下。"),
    ("none", None, "客服回复：亲，您说的催收短信不是我们发的哦，这边帮您反馈给平台安全中心。"),
    ("none", None, "出院结算单：统筹支付3400.00元，个人自付1180.20元，收款员签章。"),
]


# --------------------------------------------------------------------------
# preserve lines (own)
# --------------------------------------------------------------------------
PRES_CORE = [
    # SMS threads / collection
    "周末也会有专员联系您", "高度重视您的还款意愿", "马上就到最后还款日了", "方便的时候回个电话",
    "何时还款请给个准话", "钱款到账后会短信通知", "余额不足，自动扣款失败", "金额以账单为准",
    "严禁向个人账户转账", "黄金周期间照常扣款", "程序上需要本人确认", "常规提醒，无需回复",
    "万一逾期会上征信", "于是我把号码拉黑了", "史上最长的一次通话", "任何催收都不能威胁家人",
    "付款成功后请保留凭证", "许多人都收到过类似短信", "宋体打印的律师函也可能是假的",
    "江湖救急的钱也要按时还", "关于分期的申请已提交", "包括本金和利息在内一共多少",
    "向平台申请了停息挂账", "温馨提示：请勿点击陌生链接", "尚未收到法院的传票", "贺卡里夹着一张催款单",
    # e-commerce
    "亲亲，您的订单已发货哦", "亲，退款已原路退回", "售后进度请在订单详情里查看", "商品已签收，如有问题请联系客服",
    "收货地址修改后需要重新审核", "快递员说放在门卫了", "先用后付的额度已冻结", "月付逾期后无法下单",
    "客服说三个工作日内回复", "包裹在驿站放了三天了", "易碎品请轻拿轻放", "拼单还差一人",
    "砍一刀就能免费拿", "订单已被风控拦截", "申请售后需要上传照片", "退货运费由商家承担",
    "商家已同意退款", "平台安全中心已受理您的反馈", "付款方式选择了分期", "常用收货地址已更新",
    # HR / company
    "公司不对外提供员工个人信息", "人事部已经知道这件事了", "单位领导也接到了电话", "工资卡被冻结了一部分",
    "年终奖还没发下来", "在职证明需要盖公章", "请各部门不要转告、不要回应", "前台说有人来找过",
    "保安请他们离开了", "工会可以提供法律援助", "离职手续已经办完了", "钉钉审批已通过",
    "企业微信群里发了通知", "法务部整理了录音", "代扣法院执行款需要书面通知", "部门负责人签字确认",
    "管理层高度关注此事", "施工队的工资还没结", "车间主任让我先回去休息",
    # school
    "请家长不要向陌生人透露学生信息", "接送孩子请出示接送卡", "学校已经报警处理", "班主任会多留意孩子",
    "家长会下周三下午召开", "代办费可以申请缓缴", "孩子今天有点害怕", "门卫未允许陌生人进校",
    "德育处已经记录在案", "幼儿园要求本人接送", "放学时间调整为四点半", "夏令营报名截止到周五",
    "毕业照下周拍", "学费发票已开具", "冯老师的课调到下午", "童装店门口有人发传单",
    # property
    "物业已清理门口的喷漆", "单元门被贴了催款单", "请业主随手关门", "监控已经调出来了",
    "保安队长已到场处理", "车位被查封了请勿挪动", "门锁被灌胶已经换了锁芯", "物业费欠缴三个月",
    "管家说会帮忙留意", "访客未留电话", "电梯里贴了很多小广告", "楼道里堆的杂物请清理",
    "白天有人在楼下徘徊", "林荫道上的路灯坏了", "柏油路面正在修补", "苗圃里不要踩踏",
    "门禁卡丢了可以补办", "水电费已经欠了两个月", "常住人口登记请到物业前台",
    # insurance
    "理赔材料已收到", "赔款将在五个工作日内到账", "保单贷款到期未还会影响现金价值", "受益人变更需要本人签字",
    "缺诊断证明，请补充材料", "保费宽限期是六十天", "保单失效后可以申请复效", "定损已完成",
    "赔款可以直接打给修理厂", "不要相信自称经理的来电", "缴纳解冻费的都是诈骗", "车险到期请及时续保",
    "重疾险的等待期已过", "意外险理赔款待领取", "保全变更已受理",
    # hospital
    "住院费用清单请核对", "预交金余额不足", "请尽快至住院收费处缴费", "以免影响治疗",
    "护士站的电话是科室座机", "医保统筹支付比例是七成", "个人自付部分需要现金", "出院结算单请妥善保管",
    "主治医生说恢复得不错", "谢绝非家属探视", "陪护人需要登记", "康复训练要坚持",
    "门诊病历请家属代为保管", "诊断证明需要盖医务科的章", "水滴筹的钱已经提现了", "病房里不能大声打电话",
    "心内科在住院部三楼", "重症医学科每天下午探视半小时", "费用明细可以自助打印",
    # rental
    "押一付三是这边的行情", "房租晚了十天", "退租要提前一个月说", "押金扣除水电费后退还",
    "中介说人联系不上了", "门口都被贴了东西", "租赁合同已备案", "合同编号请妥善保管",
    "房东说月底前不搬就报警", "合租的室友好几天没回来", "房间的锁被换了", "租金可以分三期付清",
    "房子还要租给别人", "燃气表需要充值", "楼上漏水已经报修",
    # court
    "本院已依法向您电子送达诉讼文书", "请点击链接查看送达文书", "本短信为法院电子送达，请勿回复",
    "开庭时间以传票为准", "限制消费措施已解除", "执行法官会联系您", "诉前调解不收费",
    "送达地址确认书需要本人签名", "法院专递被退回了", "法院不会让人加微信处理案件",
    "判决书已经生效", "证人需要到庭作证", "调解员会在三日内联系您", "被执行人可以申请执行和解",
    "案件已移送执行局", "诉讼费由败诉方承担", "立案后七日内会通知被告",
    # police
    "报警回执请妥善保管", "派出所已经受理了", "出警民警已到场", "警情已处置完毕",
    "双方同意不再上门", "通话录音可以作为证据", "报案材料清单已提交", "网上报警也会有回执",
    "民警说会通知车主到所里说明", "反诈中心提醒：不要向陌生账户转账", "门口喷字的可以报警",
    "骚扰电话可以向派出所报案", "治安调解书一式三份",
    # HK / TW / SG
    "閣下欠款已逾期，請盡快處理", "唔好再搵我屋企人", "佢哋成日打電話嚟", "今日過數啦",
    "存證信函已寄出", "請於期限內繳納", "這樣合法嗎", "討債公司不能騷擾家人",
    "licensed moneylender 不能上门骚扰", "police say they will check CCTV", "新加坡这边也有人收到类似电话",
    "please contact our agent", "your loan is overdue", "ah long 又来了",
    # titles / kids / nick / payee / emoji / elderly
    "王牌调解员下周到岗", "张贴催款单是违法的", "李子熟了寄一箱过去", "陈述事实就可以",
    "孩子的疫苗本在家里", "压岁钱卡被冻结了", "出生医学证明原件要保管好", "转账说明里写清楚用途",
    "收款方未实名", "付款方是本人", "电子回单可以在网银里下载", "手机号转账要核对名字",
    "求求你们别再打了", "救命，家族群里都看到了", "老人家不会打字", "奶奶让我原话发给你们",
    "外公说那笔钱就算了", "钱的事别打她电话了", "她心脏不好经不起吓", "一个月还五百，多了没有",
    "乘机人信息有误", "限制高消费人员不得乘坐飞机", "留学生也会被打电话", "汇款水单可以作为还款证明",
    # surname-initial everyday words
    "高兴的是终于结清了", "周到的服务换不来还款能力", "钱包里只剩二十块", "温馨提示：按时还款",
    "孔雀东南飞是课文", "汤圆煮好了快来吃", "马上过年了", "方便面吃了一个星期",
    "常言道有借有还", "何必为了这点钱吵架", "包裹已经签收", "房租水电一个不少",
    "杜绝暴力催收", "毛巾牙刷都要自己买", "程序合法才有效", "安全第一",
    "向日葵开了", "许可证在前台", "骆驼祥子的书借出去了", "齐全的材料才能受理",
    "宁可少借点", "鲁莽行事只会更糟", "姜汤驱寒", "景区门票可以分期",
    "严格按照合同执行", "夏天的电费特别贵", "戴口罩进医院", "谢谢您的理解",
    "卫生间的灯坏了", "柴米油盐都要钱", "车位费另算", "商品已下架",
    "罗盘和地图都在抽屉里", "应急的钱已经花完了", "管理费按面积收取", "单元楼的门坏了",
    "尤其是晚上十点以后", "左右为难", "平台客服一直占线", "都说了下个月还",
    "邓家湾的快递点", "石家庄的号码打来的", "沈阳到大连的高铁", "江苏的号码也打过",
    "金额不大但是利息高", "曹操说曹操到", "熊猫血的献血证", "苏醒后第一件事是还钱",
    "雷雨天注意安全", "龙虾店老板也被问了", "贾宝玉是小说人物", "秦岭的隧道很长",
    "柳树发芽了", "孟子说过的话", "侯车室里人很多", "俞伯牙摔琴谢知音",
]
# ordinary uses of the declared word-names
WORD_USES = [
    "说话温和一点，别吓着老人", "语气温和的催收也是催收", "温和地提醒对方按时还款",
    "祝您新年康乐", "康乐中心的会员卡退了", "社区康乐活动室明天开放",
    "志向高远也得先把账还了", "天高云淡，视野高远", "立意高远的广告词",
    "这样我就安心了", "安心养病，钱的事以后再说", "请安心等待审核结果",
    "历久常新的老字号", "老店装修后焕然常新", "友谊常新",
    "余音绕梁三日不绝", "电话挂了余音还在耳边", "钟声的余音",
    "事情没那么简单", "简单说一下情况", "操作很简单，按提示来",
    "这笔钱真是及时雨", "一场及时雨救了急", "来得正是时候的及时雨",
]
WRAPS = [
    "{}", "{}。", "温馨提示：{}。", "【提醒】{}", "客服：{}", "备注：{}", "家属说{}",
    "物业通知：{}。", "（代打字）{}", "{}，请知悉。", "班主任：{}。", "人事：{}",
    "{}？", "护士站：{}。", "律师说{}", "{} 🙏",
]
PRES_FRAMES_PLAT = [
    "【{p}】您的账单已出，请按时还款。", "{p}的客服说可以申请延期", "{p}逾期了会不会影响孩子上学",
    "{p}打电话到我公司了怎么办", "{p}的外访会不会上门", "【{p}】您的分期申请已通过。",
    "{p}先享后付额度已冻结", "{p}的催收说要发律师函", "{p}协商还款要准备什么材料",
    "{p}的短信里有法院两个字",
]
PRES_FRAMES_ECOM = [
    "{e}订单已发货", "{e}客服说三个工作日内回复", "{e}的月付逾期后还能买东西吗",
    "{e}退款原路退回要几天", "{e}售后申请已提交", "在{e}买的东西被拒收了",
    "{e}的先用后付能关掉吗", "{e}平台安全中心已受理",
]
HOSP_DEPT_FRAMES = ["{h}{d}护士站", "{h}{d}住院部", "{h}住院收费处", "{h}医务科", "{h}{d}门诊"]
COURT_FRAMES = ["{c}诉前调解中心", "{c}执行局", "{c}立案庭", "{c}电子送达平台", "{c}诉讼服务中心"]
ESTATE_FRAMES = ["{e}物业服务中心", "{e}业主群公告", "{e}门岗", "{e}停车场"]
SCHOOL_FRAMES = ["{s}家长群公告", "{s}门卫室", "{s}德育处"]
INS_FRAMES = ["【{i}】您的保单即将到期，请及时续保。", "{i}理赔专员会联系您", "{i}的保单贷款怎么还",
              "{i}客服提醒：谨防冒充理赔的诈骗"]


def build_preserve():
    cands = []
    for s in PRES_CORE:
        cands.append(s)
        for w in rng.sample(WRAPS[1:], 5):
            cands.append(w.format(s))
    for s in WORD_USES:
        cands.append(s)
        cands.append(s + "。")
    for p in PLATS:
        for fr in PRES_FRAMES_PLAT:
            cands.append(fr.format(p=p))
    for e in ECOMS:
        for fr in PRES_FRAMES_ECOM:
            cands.append(fr.format(e=e))
    for prov, city, ds, _, _ in CITIES:
        for ht in HOSP_TYPES:
            for fr in HOSP_DEPT_FRAMES:
                if rng.random() < 0.35:
                    cands.append(fr.format(h=city + ht, d=rng.choice(DEPTS)))
        for d in ds:
            for fr in COURT_FRAMES:
                if rng.random() < 0.5:
                    cands.append(fr.format(c=city + d + "人民法院"))
        for st in STATIONS[:4]:
            cands.append(f"{city}公安局{st}派出所")
        for sc in SCHOOLS:
            if rng.random() < 0.4:
                cands.append(rng.choice(SCHOOL_FRAMES).format(s=city + sc))
    for e in ESTATES:
        for fr in ESTATE_FRAMES:
            cands.append(fr.format(e=e))
    for i in INSURERS:
        for fr in INS_FRAMES:
            cands.append(fr.format(i=i))
    for b in BANKS:
        for dep in ["信用卡中心", "个贷部", "贷后管理部", "客户服务中心"]:
            cands.append(b + dep)
    for c in COMPANIES:
        cands.append(c + "人力资源部")
    return cands


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
USED_NORM = []          # normalised names drawn so far
WORD_POOL = list(WORD_NAMES)
OTHER_PRES_NORM = ""
OWN_PRES_NORM = ""
TEXTS_NORM = []


def name_ok(cn, word=False):
    n = norm(cn)
    if len(n) < 2:
        return False
    for u in USED_NORM:
        if n in u or u in n:
            return False
    if not word:
        if n in SRC_NORM or n in OWN_PRES_NORM or n in OTHER_PRES_NORM:
            return False
    for t in TEXTS_NORM:
        if n in t:
            return False
    return True


def faker_given(length=None, sex=None):
    for _ in range(50):
        male = (sex == "m") if sex else rng.random() < 0.5
        g = fk.first_name_male() if male else fk.first_name_female()
        if length is None or len(g) == length:
            return g
    return g


def faker_sur():
    for _ in range(20):
        s = fk.last_name()
        if len(s) == 1 or rng.random() < 0.3:
            return s
    return s


class Person:
    def __init__(self, cn, sur, form, value=None, rom=None):
        self.cn, self.sur, self.form = cn, sur, form
        self.value = value if value is not None else cn
        self.rom = rom


def draw_person(mode, people):
    sur_of = None
    kid = False
    for m in mode:
        if m.startswith("sur="):
            sur_of = people[m[4:]].sur
        if m == "kid":
            kid = True
    sex = "f" if "f" in mode else ("m" if "m" in mode else None)
    base = [m for m in mode if not m.startswith("sur=") and m not in ("f", "m")]
    kind = base[0] if base else "g"
    male = (sex == "m") if sex else None
    if (kind == "g" and WORD_POOL and not sur_of and rng.random() < 0.035
            and not any(p.form == "word" for p in people.values())):
        kind = "word"
    for _ in range(400):
        rom = None
        value = None
        form = None
        sur = sur_of or faker_sur()
        if kind == "word":
            if not WORD_POOL:
                kind = "g"
                continue
            cn = WORD_POOL[0]
            if not name_ok(cn, word=True):
                WORD_POOL.pop(0)
                continue
            WORD_POOL.pop(0)
            USED_NORM.append(norm(cn))
            return Person(cn, cn[0], "word")
        if kind == "kid":
            if male is None:
                male = rng.random() < 0.5
            cn, form = sur + rng.choice(KID_GIVEN_M if male else KID_GIVEN_F), "kid"
        elif kind == "old":
            g = rng.choice(OLD_GIVEN_M if male else OLD_GIVEN_F if male is False else OLD_GIVEN_F + OLD_GIVEN_M)
            cn, form = sur + g, "old"
        elif kind == "tw":
            cn = fkt.name_male() if male else fkt.name_female() if male is False else fkt.name()
            sur, form = cn[0], "tw"
        elif kind in ("rom", "romcn"):
            s, sp = rng.choice(ROM_SUR)
            if sur_of:
                continue
            gl = rng.choice([1, 2, 2])
            gs = [rng.choice(ROM_GIV) for _ in range(gl)]
            cn = s + "".join(c for c, _ in gs)
            sur = s
            gp = "".join(p for _, p in gs)
            gp = gp[0] + gp[1:].lower()
            f = rng.random()
            if f < 0.45:
                rom = f"{gp} {sp.upper()}"
            elif f < 0.75:
                rom = f"{gp} {sp}"
            elif f < 0.9:
                rom = f"{gp} {sp.upper()}" if gl == 1 else f"{gs[0][1]} {gs[1][1]} {sp.upper()}"
            else:
                rom = f"{gp.upper()} {sp.upper()}"
            value, form = rom, "rom"
        elif kind == "hk":
            s, sp = rng.choice(HK_SUR)
            g1, g2 = rng.sample(HK_GIV, 2)
            f = rng.random()
            if f < 0.5:
                rom = f"{sp} {g1} {g2}"
            elif f < 0.8:
                rom = f"{g1} {g2} {sp}"
            else:
                rom = f"{sp} {g1}-{g2.lower()}"
            cn = s + fkt.first_name()[-2:]
            sur, value, form = s, rom, "hk"
        elif kind == "sg":
            s = rng.choice(SG_SUR)
            g = rng.choice(SG_GIV)
            f = rng.random()
            if f < 0.45:
                rom = f"{s} {g}"
            elif f < 0.75:
                rom = f"{rng.choice(SG_EN)} {s} {g}"
            else:
                rom = f"{rng.choice(SG_EN)} {s}"
            cn = rom
            sur, value, form = s, rom, "sg"
        else:
            r = rng.random()
            if kind == "two" or (kind in ("g", "emoji", "emojiw") and r < 0.36):
                cn, form = sur + faker_given(1, sex), "two"
            elif kind == "cmp" or (kind in ("g", "emoji", "emojiw") and 0.92 <= r < 0.96 and not sur_of):
                sur = rng.choice(COMPOUND)
                cn, form = sur + faker_given(None, sex), "cmp"
            elif kind == "rare" or (kind in ("g", "emoji", "emojiw") and r >= 0.96 and not sur_of):
                sur = rng.choice(RARE)
                cn, form = sur + faker_given(None, sex), "rare"
            elif kind == "wg" or (kind in ("g", "emoji", "emojiw") and 0.80 <= r < 0.92):
                wl = WORD_GIVEN_M if male else WORD_GIVEN_F if male is False else WORD_GIVEN_M + WORD_GIVEN_F
                cn, form = sur + rng.choice(wl), "wg"
            else:
                cn, form = sur + faker_given(2, sex), "three"
            if kind == "emoji":
                e = rng.choice(EMOJI)
                if len(cn) == 2 or rng.random() < 0.5:
                    value = cn[:len(sur)] + e + cn[len(sur):]
                else:
                    value = e.join(cn)
                form = "emoji"
        if kind == "kid" and sur_of is None:
            pass
        if not name_ok(cn):
            continue
        if rom is not None and not name_ok(rom):
            continue
        if value is not None and value != cn and norm(value) != norm(rom or "") and not name_ok(value):
            continue
        USED_NORM.append(norm(cn))
        if rom:
            USED_NORM.append(norm(rom))
        if value and norm(value) != norm(cn) and value != rom:
            USED_NORM.append(norm(value))
        return Person(cn, sur, form, value, rom)
    raise RuntimeError("cannot draw name " + str(mode))


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Za-z]+)(\d*)((?::[\w=]+)*)\}")
PII_KIND = {"P": "phone", "ID": "id_number", "CARD": "bank_card", "A": "address",
            "E": "email", "QQ": "qq", "WX": "wechat", "PL": "plate", "AC": "account"}


def render(tpl):
    ctx = Ctx()
    people = {}
    other = {}
    out = []
    labels = []   # (kind, value)
    pos = 0
    for m in PH_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        key, num, mods = m.group(1), m.group(2), m.group(3)
        mods = [x for x in mods.split(":") if x]
        if key == "N":
            k = "N" + num
            if k not in people:
                people[k] = draw_person(mods, people)
            p = people[k]
            if "romcn" in mods:
                s = p.cn
            elif "emojiw" in mods:
                e1 = rng.choice(EMOJI)
                out.append(e1)
                s = p.value
            else:
                s = p.value
            out.append(s)
            labels.append(("name", s))
            if "emojiw" in mods:
                out.append(rng.choice(EMOJI))
        elif key == "S":
            if "N" + num not in people:
                people["N" + num] = draw_person([], people)
            out.append(people["N" + num].sur)
        elif key in PII_KIND:
            k = key + num + ":" + ",".join(mods)
            if k not in other:
                md = mods[0] if mods else ""
                if key == "P":
                    v = gen_phone(md)
                elif key == "ID":
                    v = gen_id(old=(md == "old"))
                elif key == "CARD":
                    v = gen_card()
                elif key == "A":
                    v = gen_address(md)
                elif key == "E":
                    v = gen_email()
                elif key == "QQ":
                    v = gen_qq()
                elif key == "WX":
                    v = gen_wx()
                elif key == "PL":
                    v = gen_plate()
                else:
                    v = gen_account(md)
                other[k] = v
            out.append(other[k])
            labels.append((PII_KIND[key], other[k]))
        elif key in FILLERS:
            if key in ("nick", "kidnick", "wxnick", "estate", "hosp", "court", "school", "plat", "shop"):
                ck = "_" + key + num
                if ck not in other:
                    other[ck] = FILLERS[key](ctx)
                out.append(other[ck])
            else:
                out.append(FILLERS[key](ctx))
        else:
            raise KeyError(m.group(0))
    out.append(tpl[pos:])
    text = "".join(out)
    seen = OrderedDict()
    for kind, v in labels:
        if v not in seen:
            seen[v] = kind
    items = sorted(seen.items(), key=lambda kv: text.find(kv[0]))
    pii = [{"kind": k, "value": v} for v, k in items]
    return text, pii, people


DIG7 = re.compile(r"[0-9０-９]{7,}")


def covered_mask(tn, values):
    mask = [False] * len(tn)
    for v in values:
        vn = norm(v)
        i = tn.find(vn)
        while i >= 0:
            for j in range(i, i + len(vn)):
                mask[j] = True
            i = tn.find(vn, i + 1)
    return mask


def record_ok(text, pii, all_name_norms):
    vals = [x["value"] for x in pii]
    for v in vals:
        if v not in text:
            return False
    for a in vals:
        for b in vals:
            if a != b and a in b:
                return False
    # order of appearance
    idx = [text.find(v) for v in vals]
    if idx != sorted(idx):
        return False
    # no 7+ digit run outside labelled values
    t = text
    for v in sorted(vals, key=len, reverse=True):
        t = t.replace(v, " ")
    if DIG7.search(t):
        return False
    # no earlier name occurring unlabelled
    tn = norm(text)
    mask = covered_mask(tn, vals)
    for n in all_name_norms:
        i = tn.find(n)
        while i >= 0:
            if not all(mask[i:i + len(n)]):
                return False
            i = tn.find(n, i + 1)
    # declared word-names must not occur unlabelled
    for w in WORD_NAMES:
        i = tn.find(w)
        while i >= 0:
            if not all(mask[i:i + len(w)]):
                return False
            i = tn.find(w, i + 1)
    return True


# --------------------------------------------------------------------------
# validity helpers for final check
# --------------------------------------------------------------------------
def id_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return ID_C[sum(int(a) * b for a, b in zip(s[:17], ID_W)) % 11] == s[17]


def name_form(v):
    if re.search(r"[A-Za-z]", v):
        return "romanised (Latin letters)"
    if any(e in v for e in EMOJI) or re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", v):
        return "split by emoji"
    return None


def main():
    global OTHER_PRES_NORM, OWN_PRES_NORM
    # ---- other corpora (dedupe) ----
    other_texts = []
    other_pres = []
    nfiles = 0
    for path in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl"))):
        if os.path.basename(path) == OWN_JSONL:
            continue
        nfiles += 1
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    other_texts.append(norm(json.loads(line)["text"]))
    for path in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt"))):
        if os.path.basename(path) == OWN_PRESERVE:
            continue
        nfiles += 1
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = norm(line)
                if s:
                    other_pres.append(s)
    pool = list(OrderedDict.fromkeys(other_texts + other_pres))
    POOL = "\x00".join(pool)
    POOL_SET = {x: 1 for x in pool}
    OTHER_PRES_NORM = "\x00".join(other_pres)
    print(f"dedupe: {nfiles} other files, {len(pool)} distinct texts/lines")

    # ---- preserve ----
    cands = build_preserve()
    pres = []
    seen = {}
    c_own = c_dig = c_eq = c_in = 0
    for s in cands:
        s = s.strip()
        n = norm(s)
        if n in seen:
            c_own += 1
            continue
        if DIG7.search(s):
            c_dig += 1
            continue
        if n in POOL_SET:
            c_eq += 1
            continue
        if n in POOL:
            c_in += 1
            continue
        seen[n] = 1
        pres.append(s)
    rng.shuffle(pres)
    OWN_PRES_NORM = "\x00".join(norm(s) for s in pres)
    print(f"preserve: {len(cands)} candidates, {c_own} own repeats, {c_dig} with 7+ digits, "
          f"{c_eq} equal to and {c_in} contained in another corpus, {len(pres)} kept")
    assert len(pres) >= 2000, len(pres)
    for w in WORD_NAMES:
        assert w in OWN_PRES_NORM, w

    # sanity: templates must not contain declared word-names
    for g, s, t in T + NONE_TEXTS:
        for w in WORD_NAMES:
            assert w not in t, (w, t)

    # ---- records ----
    groups = OrderedDict()
    for i, (g, s, t) in enumerate(T):
        groups.setdefault(g, []).append(i)
    plan = list(range(len(T)))              # each template at least once
    target = {"thread": 22, "ecom": 22, "hr": 20, "school": 19, "property": 18, "insurance": 17,
              "hospital": 18, "rental": 15, "court": 20, "police": 15, "hk": 8, "tw": 6, "sg": 8,
              "titled": 18, "kids": 8, "nickq": 7, "payee": 11, "emoji": 14, "elderly": 12,
              "rom": 10, "other": 20}
    for g, idxs in groups.items():
        extra = target[g] - len(idxs)
        for _ in range(max(0, extra)):
            plan.append(rng.choice(idxs))
    rng.shuffle(plan)

    records = []
    name_norms = []
    counts = OrderedDict()
    c_dup = c_pool = c_fail = 0
    texts_seen = {}
    for ti in plan:
        g, sender, tpl = T[ti]
        for attempt in range(200):
            saved_used = list(USED_NORM)
            saved_pool = list(WORD_POOL)
            text, pii, people = render(tpl)
            tn = norm(text)
            ok = True
            if tn in texts_seen:
                c_dup += 1
                ok = False
            elif tn in POOL:
                c_pool += 1
                ok = False
            elif not record_ok(text, pii, name_norms):
                c_fail += 1
                ok = False
            if ok:
                break
            USED_NORM[:] = saved_used
            WORD_POOL[:] = saved_pool
        else:
            raise RuntimeError("cannot render " + tpl[:40])
        texts_seen[tn] = 1
        TEXTS_NORM.append(tn)
        for x in pii:
            if x["kind"] == "name":
                name_norms.append(norm(x["value"]))
        snd = sender
        if g == "hk" and rng.random() < 0.4:
            snd = "+852 " + rng.choice("569") + digits(7, "0123456789")
        elif g == "tw" and rng.random() < 0.4:
            snd = "+886 9" + digits(8, "0123456789")
        elif g == "thread" and rng.random() < 0.2:
            snd = "1069" + digits(9, "0123456789")
        records.append({"text": text, "sender": snd, "pii": pii, "_g": g, "_t": ti, "_people": people})
        counts[ti] = counts.get(ti, 0) + 1
    # none records
    for g, sender, tpl in NONE_TEXTS:
        text, pii, _ = render(tpl)
        assert not pii
        tn = norm(text)
        if tn in texts_seen or tn in POOL:
            c_pool += 1
            continue
        if not record_ok(text, pii, name_norms):
            c_fail += 1
            continue
        texts_seen[tn] = 1
        records.append({"text": text, "sender": sender, "pii": [], "_g": "none", "_t": -1, "_people": {}})
    print(f"records: {c_dup} own repeats, {c_pool} equal to/contained in another corpus, "
          f"{c_fail} failed a self-check (redrawn)")
    rng.shuffle(records)

    # ---- final global checks ----
    all_names = []
    for r in records:
        for x in r["pii"]:
            if x["kind"] == "name":
                all_names.append(norm(x["value"]))
    assert len(all_names) == len(set(all_names)), "a name repeats"
    for r in records:
        assert record_ok(r["text"], r["pii"], all_names), r["text"][:60]
        for x in r["pii"]:
            if x["kind"] == "id_number":
                assert id_ok(x["value"]), x
            if x["kind"] == "bank_card":
                assert luhn_ok(re.sub(r"\D", "", x["value"])), x
    for s in pres:
        n = norm(s)
        assert not DIG7.search(s)
        for nm in all_names:
            if nm in n and nm not in WORD_NAMES:
                raise AssertionError("name in preserve")
    used_t = {r["_t"] for r in records}
    for i in range(len(T)):
        assert i in used_t, T[i][2][:40]

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OWN_JSONL), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            f.write(json.dumps({"id": f"t15-{i:04d}", "text": r["text"], "sender": r["sender"],
                                "pii": r["pii"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OWN_PRESERVE), "w", encoding="utf-8") as f:
        for s in pres:
            f.write(s + "\n")

    # ---- stats ----
    kinds = OrderedDict()
    for r in records:
        for x in r["pii"]:
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    total = sum(kinds.values())
    print(f"records {len(records)}, items {total}")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k} {v} ({100.0 * v / total:.1f} %)")
    print(f"  no PII: {sum(1 for r in records if not r['pii'])}; "
          f"other PII but no name: {sum(1 for r in records if r['pii'] and not any(x['kind'] == 'name' for x in r['pii']))}")
    forms = OrderedDict()
    for r in records:
        for p in r["_people"].values():
            forms[p.form] = forms.get(p.form, 0) + 1
    print("  name forms (people drawn):", dict(forms))
    lens = OrderedDict()
    for r in records:
        for x in r["pii"]:
            if x["kind"] == "name" and re.fullmatch(r"[\u4e00-\u9fff]+", x["value"]):
                lens[len(x["value"])] = lens.get(len(x["value"]), 0) + 1
    print("  Han names by length:", dict(sorted(lens.items())))
    grp = OrderedDict()
    for r in records:
        grp[r["_g"]] = grp.get(r["_g"], 0) + 1
    print("  records per group:", dict(grp))
    print(f"  multi-line texts: {sum(1 for r in records if chr(10) in r['text'])}; "
          f"senders: {sum(1 for r in records if r['sender'])}")
    if os.environ.get("TUNE15_TEMPLATE_COUNTS"):
        for i, (g, s, t) in enumerate(T):
            print(g, counts.get(i, 0), t[:30].replace("\n", " "))
    print(f"preserve lines {len(pres)}")


if __name__ == "__main__":
    main()
