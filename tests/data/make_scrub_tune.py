#!/usr/bin/env python
"""Generate the scrubber TUNING corpora (written blind by a second test writer).

Writes, next to this file:
  scrub_tune.jsonl           400 labelled SMS records (person names are the focus)
  scrub_tune_preserve.txt    800+ ordinary phrases with no personal data

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune.py
Only dependency: Faker (locales zh_CN, zh_TW).  Deterministic: fixed SEED.

Template syntax: {KEY} where KEY is a placeholder.  The same KEY in one template
gives the same value (listed once).  Name keys start with N:
  N   any style          NH  Han-character name (has a surname usable for back-refs)
  N2  two characters     N3  three characters (Faker zh_CN)
  NC  compound surname   NR  rare single surname
  N4  four characters    NM  minority name (Uyghur/Kazakh/Tibetan/Mongolian/Yi/Zhuang)
  NP  pinyin             NT  traditional characters (Faker zh_TW)
  NS  name with spaces   NW  name made of ordinary words (江山, 高峰 ...)
followed by an optional lower-case letter (Na, Nb, NHa ...).
Back-references (never labelled): {sur:NHa} surname, {xiao:NHa} 小X, {lao:NHa} 老X,
{ge:NHa} X哥/X姐.
Other personal data: ph (phone, any format), mob (plain mobile), land (landline),
id, card, mail, addr, plate, wx, qq, acct (+ optional letter).
Non-personal fillers: amt, days, date, plat, bank, court, city, law, hot, rel, twbank.
"""
import json
import os
import random
import re
import hashlib

from faker import Faker

SEED = 20261210  # not the held-out generator's seed
N_RECORDS = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune_preserve.txt")

rng = random.Random(SEED)
fake_cn = Faker("zh_CN")
fake_cn.seed_instance(rng.randrange(10**9))
fake_tw = Faker("zh_TW")
fake_tw.seed_instance(rng.randrange(10**9))

# ---------------------------------------------------------------- word lists
PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "京东白条", "美团借钱", "360借条", "安逸花",
         "招联好期贷", "度小满", "分期乐", "拍拍贷", "宜人贷", "洋钱罐", "你我贷", "来分期",
         "小赢卡贷", "众安贷", "平安普惠", "马上消费金融", "中邮消费金融", "捷信", "榕树贷款",
         "携程借钱", "抖音放心借", "省呗", "还呗", "有钱花", "桔多多", "维信卡卡贷", "苏宁任性付",
         "网商贷", "兴业消费金融", "中银消费金融", "宁银消费金融"]
BANKS = ["招商银行", "工商银行", "中国银行", "建设银行", "农业银行", "交通银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "兴业银行", "广发银行", "平安银行", "华夏银行",
         "邮储银行", "北京银行", "上海银行", "江苏银行", "宁波银行", "浙商银行"]
TWBANKS = ["國泰世華銀行", "中國信託", "台新銀行", "玉山銀行", "富邦銀行", "永豐銀行", "第一銀行",
           "華南銀行", "兆豐銀行"]
CITIES = ["北京", "上海", "广州", "深圳", "石家庄", "郑州", "武汉", "长沙", "成都", "重庆", "西安",
          "南京", "杭州", "合肥", "济南", "福州", "南昌", "昆明", "贵阳", "南宁", "太原", "沈阳",
          "长春", "哈尔滨", "兰州", "乌鲁木齐", "拉萨", "呼和浩特", "银川", "西宁", "海口", "天津",
          "苏州", "东莞", "佛山", "温州", "泉州", "厦门", "青岛", "大连", "无锡", "徐州", "洛阳",
          "襄阳", "常州", "黄石", "金华", "马鞍山", "周口", "许昌", "石嘴山", "白银", "丽江", "钦州"]
DISTRICTS = ["朝阳区", "海淀区", "浦东新区", "徐汇区", "天河区", "南山区", "福田区", "长安区",
             "金水区", "江汉区", "岳麓区", "武侯区", "渝中区", "雁塔区", "鼓楼区", "西湖区",
             "蜀山区", "历下区", "仓山区", "东湖区", "五华区", "南明区", "青秀区", "小店区",
             "和平区", "南关区", "道里区", "城关区", "天山区", "新城区", "兴庆区", "美兰区"]
LAWFIRM_WORDS = ["金杜", "中伦", "大成", "盈科", "德和衡", "锦天城", "君合", "国浩", "天元", "隆安",
                 "汉坤", "通商", "京师", "炜衡"]
RELS = ["父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "配偶", "同事", "朋友", "二叔", "表哥",
        "儿子", "女儿", "舅舅", "老板"]
HOTLINES = ["95588", "95533", "95555", "95566", "95599", "95559", "95528", "12368", "12321",
            "96110", "400-820-5555", "400-699-8888", "4008-333-666", "12378", "95511"]
SHORT_SENDERS = ["95588", "95533", "95555", "95566", "95599", "95568", "12368", "95188", "95017",
                 "95574"]

# ---- name parts
COMMON_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
RARE_SURNAMES = ["禤", "亓", "訾", "仉", "笪", "麴", "隗", "逄", "厍", "郗", "眭", "蒯", "鄢",
                 "昝", "郦", "殳", "蔺", "乜", "扈", "邴", "庹", "酆", "阚", "钭", "仝", "揭",
                 "冼", "芮", "暴", "郜", "弓", "羿", "佴", "帅", "黎", "湛", "琚", "妫", "鞠", "綦"]
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "东方", "令狐", "公孙",
                     "端木", "澹台", "宇文", "长孙", "夏侯", "轩辕", "司徒", "南宫", "西门", "独孤",
                     "呼延", "百里", "申屠", "闻人", "万俟", "赫连", "钟离", "拓跋", "第五", "公冶"]
DOUBLE_SURNAMES = ["陈李", "张简", "范姜", "王刘", "林黄", "张廖", "李陈", "刘王"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚鹏辉玲斌宇浩凯健婷雪琳晨欣倩蕾薇彬昊峥骁翔睿琦琛瑶萱菲珂璐锋毅恒旭岚蓉颖帆坤")
GIVEN2 = ["小明", "建国", "志强", "秀英", "桂英", "海燕", "晓东", "丽娟", "俊杰", "子涵", "梓轩",
          "雨桐", "浩然", "欣怡", "嘉怡", "文博", "思远", "一鸣", "佳琪", "明轩", "若曦", "紫萱",
          "天佑", "宏伟", "振华", "国庆", "红梅", "春花", "淑珍", "德胜", "永刚", "卫东", "立新",
          "晓燕", "美玲", "家豪", "梦瑶", "诗涵", "宇航", "博文", "娜娜", "婉清", "云飞", "少华",
          "兰芝", "嘉禾", "静怡", "晓峰", "金宝", "玉兰", "海涛", "凤英", "志刚", "丽华"]
WORD_NAMES = ["江山", "高峰", "金鑫", "安然", "白雪", "向阳", "林海", "常青", "马力", "于洋",
              "方圆", "石磊", "田野", "易安", "齐心", "连胜", "夏雨", "龙飞", "王者", "武林", "叶青",
              "宁静", "高山", "柳絮", "程诚", "罗盘"]
PY_SURNAME = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
              "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun",
              "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin",
              "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang",
              "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "欧阳": "Ouyang",
              "司马": "Sima", "诸葛": "Zhuge", "上官": "Shangguan", "慕容": "Murong", "吕": "Lv"}
PY_GIVEN = ["Xiao", "Ming", "Wei", "Fang", "Na", "Jian", "Guo", "Zhi", "Qiang", "Hui", "Li",
            "Jun", "Yan", "Tao", "Hao", "Ran", "Yu", "Xin", "Yi", "Jia", "Qi", "Zi", "Han",
            "Hong", "Mei", "Ling", "Chen", "Lei", "Bo", "Wen", "Dong", "Hua", "Ying", "Lan",
            "Feng", "Jie", "Kai", "Rui", "Xuan", "Yue", "Shu", "Ting", "Peng", "Yong"]
UY_M = ["阿卜杜拉", "艾尔肯", "买买提", "吐尔逊", "阿迪力", "艾力", "努尔艾力", "依明", "麦麦提",
        "卡德尔", "阿不都热依木", "伊力哈木", "热合曼", "肉孜", "艾合买提", "亚森", "吾斯曼",
        "帕尔哈提", "阿里木", "阿布都外力"]
UY_F = ["古丽娜扎尔", "迪丽娜尔", "热依拉", "阿依古丽", "帕提古丽", "米娜瓦尔", "努尔古丽",
        "再努尔", "阿娜尔古丽", "祖丽皮亚", "玛依拉", "海尼沙", "布威再乃甫"]
UY_FATHER = ["买买提", "吐尔逊", "艾力", "阿不都", "依明", "卡德尔", "热合曼", "肉孜", "司马义",
             "亚森", "吾买尔", "托合提", "克里木", "阿布来提", "玉素甫", "库尔班"]
KZ = ["努尔兰", "叶尔肯", "哈力克", "别克", "加尔肯", "阿依达娜", "巴合提亚尔", "叶尔波拉提",
      "努尔江", "赛力克", "阿斯哈尔", "木拉提"]
TIB = ["扎西", "次仁", "卓玛", "洛桑", "丹增", "格桑", "央金", "多吉", "旺堆", "平措", "拉姆",
       "尼玛", "达瓦", "顿珠", "德吉", "益西", "措姆", "边巴", "索朗", "桑珠", "普布", "白玛"]
MONG = ["巴特尔", "乌力吉", "巴雅尔", "斯琴", "其其格", "那仁", "图雅", "朝鲁", "宝音", "额尔敦",
        "苏日娜", "阿拉坦", "格日勒", "敖登", "布和", "孟和", "满都拉", "萨仁", "乌兰", "特木尔"]
MONG_FUSED = ["斯琴高娃", "乌兰图雅", "巴特尔孟和", "额尔敦其木格", "阿拉坦仓", "宝音德力格尔"]
YI_FAM = ["吉克", "阿西", "曲比", "沙马", "阿苏", "俄木", "马海", "吉尔", "勒格", "海来", "阿牛",
          "罗洪", "果基", "倮伍"]
YI_GIVEN = ["阿依", "木呷", "阿乌", "拉且", "约布", "伍各", "阿果", "木嘎", "尔古", "阿呷", "石哈",
            "日火", "莫色", "阿支"]
ZH_SUR = ["韦", "覃", "莫", "蓝", "农", "蒙", "陆", "岑", "黎", "潘"]
ZH_GIVEN = ["金凤", "桂兰", "海燕", "阿妹", "秀英", "达福", "特良", "美兰", "志强", "春燕", "玉莲",
            "日新", "卜英", "光荣", "月娥", "仕林"]
SEPS = ["·", "·", "·", "•", "•", "・"]

# ---- address parts
PROV_CITY = [("河北省", "石家庄市", "裕华区"), ("河南省", "郑州市", "金水区"), ("湖北省", "武汉市", "洪山区"),
             ("湖南省", "长沙市", "雨花区"), ("四川省", "成都市", "武侯区"), ("广东省", "深圳市", "宝安区"),
             ("广东省", "东莞市", "南城街道"), ("江苏省", "南京市", "江宁区"), ("浙江省", "杭州市", "余杭区"),
             ("安徽省", "合肥市", "包河区"), ("山东省", "济南市", "历城区"), ("福建省", "厦门市", "湖里区"),
             ("江西省", "南昌市", "青山湖区"), ("云南省", "昆明市", "官渡区"), ("贵州省", "贵阳市", "观山湖区"),
             ("广西壮族自治区", "南宁市", "西乡塘区"), ("山西省", "太原市", "小店区"),
             ("辽宁省", "沈阳市", "浑南区"), ("新疆维吾尔自治区", "乌鲁木齐市", "沙依巴克区"),
             ("内蒙古自治区", "呼和浩特市", "赛罕区"), ("陕西省", "西安市", "未央区"),
             ("黑龙江省", "哈尔滨市", "南岗区"), ("甘肃省", "兰州市", "七里河区")]
ROADS = ["建设路", "人民路", "解放大道", "中山北路", "长江东路", "民族大道", "科技二路", "光谷大道",
         "幸福街", "和平路", "东风路", "迎宾大道", "创业大道", "滨河路", "新华西街", "文化路",
         "金桥路", "青年大街", "友谊路", "胜利街"]
COMMUNITIES = ["阳光花园", "碧桂园", "万科城", "翠湖小区", "金色家园", "锦绣华庭", "绿地新都会",
               "恒大名都", "保利香槟国际", "融创御园", "幸福里小区", "滨江花城", "紫荆苑", "龙湖春江郦城"]
TOWERS = ["国贸中心", "环球金融中心", "财富广场", "时代大厦", "创新大厦", "金融港", "世纪大厦"]
TOWNS = [("河南省", "周口市", "郸城县", "汲冢镇", "前楼村"), ("四川省", "南充市", "营山县", "双流镇", "石梯村"),
         ("湖南省", "邵阳市", "隆回县", "桃洪镇", "新塘村"), ("安徽省", "阜阳市", "临泉县", "迎仙镇", "刘楼村"),
         ("江西省", "赣州市", "于都县", "罗坳镇", "步前村"), ("广西", "百色市", "田东县", "平马镇", "那王村")]
TW_ADDR = [("臺北市", "大安區", "忠孝東路四段"), ("新北市", "板橋區", "文化路一段"),
           ("臺中市", "西屯區", "台灣大道三段"), ("高雄市", "苓雅區", "四維三路"), ("桃園市", "中壢區", "中正路")]

# ---------------------------------------------------------------- PII makers
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "170", "171",
                   "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                   "186", "187", "188", "189", "191", "193", "195", "198", "199"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def mobile_digits():
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def mk_mob():
    return mobile_digits()


def mk_phone():
    m = mobile_digits()
    r = rng.random()
    if r < 0.30:
        return m
    if r < 0.42:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.52:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.62:
        return "+86" + m
    if r < 0.70:
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.75:
        return "+86-" + m
    if r < 0.80:
        return "0086" + m
    if r < 0.84:
        return "(+86)" + m
    if r < 0.88:
        return m.translate(FW)
    if r < 0.91:
        return f"{m[:3]}.{m[3:7]}.{m[7:]}"
    return mk_land()


def mk_land():
    area, ln = rng.choice([("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0311", 8),
                           ("0371", 8), ("027", 8), ("028", 8), ("0731", 8), ("0898", 8),
                           ("0991", 7), ("0851", 8)])
    num = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(ln - 1))
    r = rng.random()
    if r < 0.35:
        return f"{area}-{num}"
    if r < 0.50:
        return f"({area}){num}"
    if r < 0.62:
        return f"（{area}）{num}"
    if r < 0.75:
        return f"{area} {num}"
    if r < 0.85:
        return f"{area}-{num}转{rng.randint(100, 8999)}"
    return area + num


def mk_twphone():
    r = rng.random()
    if r < 0.5:
        return "09" + "".join(rng.choice("0123456789") for _ in range(2)) + "-" + \
            "".join(rng.choice("0123456789") for _ in range(3)) + "-" + \
            "".join(rng.choice("0123456789") for _ in range(3))
    return "(02)" + "".join(rng.choice("0123456789") for _ in range(4)) + "-" + \
        "".join(rng.choice("0123456789") for _ in range(4))


REGIONS = ["110101", "310104", "440106", "440305", "320102", "330106", "510104", "420106", "130102",
           "370102", "410105", "500103", "610113", "350203", "430104", "650102", "540102", "150102",
           "450103", "530102", "411625", "511322", "341221", "360731"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def mk_id():
    while True:
        body = rng.choice(REGIONS) + f"{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + \
            f"{rng.randint(0, 999):03d}"
        chk = ID_C[sum(int(a) * b for a, b in zip(body, ID_W)) % 11]
        if chk == "X" or rng.random() < 0.85:
            break
    s = body + chk
    r = rng.random()
    if s.endswith("X") and r < 0.3:
        s = s[:-1] + "x"
    r = rng.random()
    if r < 0.12:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.18:
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    if r < 0.22:
        return s.translate(FW)
    return s


CARD_PREFIX = ["622848", "621700", "622202", "621226", "622588", "621483", "622260", "625965",
               "436742", "622700", "621661", "622609", "623668", "621799", "622155", "628288",
               "518710", "552599", "625809", "403391"]


def luhn_complete(partial):
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def mk_card():
    length = rng.choice([16, 16, 19, 19, 19, 18, 17])
    p = rng.choice(CARD_PREFIX)
    s = luhn_complete(p + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(p))))
    r = rng.random()
    if r < 0.35:
        return s
    if r < 0.55:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.65:
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.72:
        return "/".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.82:
        return s[:6] + " " + s[6:]
    if r < 0.88:
        return s.translate(FW)
    return s[:4] + "  " + s[4:8] + "  " + s[8:]


def pinyin_local():
    r = rng.random()
    if r < 0.5:
        return (rng.choice(list(PY_SURNAME.values())) + rng.choice(PY_GIVEN) + rng.choice(PY_GIVEN)).lower()
    if r < 0.8:
        return rng.choice(PY_GIVEN).lower() + rng.choice(["_", ".", ""]) + rng.choice(
            list(PY_SURNAME.values())).lower() + str(rng.randint(1, 9999))
    return rng.choice("abcdefghjkmnpqrstwxyz") + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(5, 10)))


def mk_qq():
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 10)))


def mk_mail():
    r = rng.random()
    if r < 0.25:
        return mk_qq() + "@qq.com"
    dom = rng.choice(["163.com", "126.com", "sina.com", "gmail.com", "foxmail.com", "outlook.com",
                      "hotmail.com", "yeah.net", "139.com", "sohu.com", "aliyun.com"])
    local = pinyin_local()
    if rng.random() < 0.1:
        local = local.upper()
    return local + "@" + dom


def mk_wx():
    r = rng.random()
    if r < 0.35:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if r < 0.7:
        return rng.choice(list(PY_SURNAME.values())).lower() + rng.choice(["", "_", "-"]) + str(rng.randint(10, 99999))
    return rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(rng.randint(5, 14)))


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def mk_plate():
    p = rng.choice(PLATE_PROV) + rng.choice(PLATE_LET)
    if rng.random() < 0.3:
        tail = (rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))) if rng.random() < 0.6 \
            else ("".join(rng.choice("0123456789") for _ in range(5)) + rng.choice("DF"))
    else:
        tail = "".join(rng.choice(PLATE_LET + "0123456789" * 3) for _ in range(5))
    sep = rng.choice(["", "", "·", " ", "-"])
    return p + sep + tail


def mk_acct():
    r = rng.random()
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if r < 0.2:
        return "HT" + "2026" + d(10)
    if r < 0.4:
        return "JK" + d(14)
    if r < 0.55:
        return d(10)
    if r < 0.7:
        return "LN-" + d(4) + "-" + d(8)
    if r < 0.85:
        return "ORD" + d(16)
    return "U" + d(9)


def mk_addr():
    r = rng.random()
    n = rng.randint(1, 999)
    if r < 0.18:
        p, c, d = rng.choice(PROV_CITY)
        return f"{p}{c}{d}{rng.choice(ROADS)}{n}号"
    if r < 0.38:
        p, c, d = rng.choice(PROV_CITY)
        return f"{c}{d}{rng.choice(ROADS)}{n}号{rng.choice(COMMUNITIES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室"
    if r < 0.50:
        p, c, d = rng.choice(PROV_CITY)
        return f"{p} {c} {d} {rng.choice(ROADS)}{n}号 {rng.choice(COMMUNITIES)} {rng.randint(1, 30)}栋{rng.randint(101, 2804)}"
    if r < 0.60:
        p, c, d = rng.choice(PROV_CITY)
        return f"{d}{rng.choice(COMMUNITIES)}{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(101, 3204)}"
    if r < 0.68:
        return f"上海市{rng.choice(['闵行区', '宝山区', '普陀区', '杨浦区'])}{rng.choice(['莲花路', '共康路', '曹杨路', '控江路'])}{n}弄{rng.randint(1, 80)}号{rng.randint(101, 1802)}室"
    if r < 0.76:
        return f"北京市{rng.choice(['朝阳区', '丰台区', '昌平区', '通州区'])}{rng.choice(['望京西园', '方庄芳群园', '回龙观龙腾苑', '天通苑东三区'])}{rng.randint(1, 40)}号楼{rng.randint(1, 6)}门{rng.randint(101, 2002)}"
    if r < 0.84:
        p, c, d = rng.choice(PROV_CITY)
        return f"{c}{d}{rng.choice(ROADS)}{n}号{rng.choice(TOWERS)}{rng.choice('ABCD')}座{rng.randint(2, 45)}层"
    if r < 0.93:
        p, c, x, t, v = rng.choice(TOWNS)
        return f"{p}{c}{x}{t}{v}{rng.randint(1, 12)}组" if rng.random() < 0.7 else f"{x}{t}{v}{rng.randint(1, 9)}队{rng.randint(1, 60)}号"
    c, d, road = rng.choice(TW_ADDR)
    return f"{c}{d}{road}{n}號{rng.randint(2, 20)}樓"


# ---------------------------------------------------------------- names
class Name:
    def __init__(self, full, surname=None):
        self.full = full
        self.surname = surname


def name_n3():
    while True:
        s = fake_cn.last_name()
        g = fake_cn.first_name()
        if len(s) == 1 and len(g) == 2:
            return Name(s + g, s)
        if len(s) == 1 and len(g) == 1:
            return Name(s + g + rng.choice(GIVEN1), s)


def name_n2():
    s = rng.choice(COMMON_SURNAMES)
    return Name(s + rng.choice(GIVEN1), s)


def name_nc():
    s = rng.choice(COMPOUND_SURNAMES)
    g = rng.choice(GIVEN1) if rng.random() < 0.45 else rng.choice(GIVEN2)
    return Name(s + g, s)


def name_nr():
    s = rng.choice(RARE_SURNAMES)
    g = rng.choice(GIVEN1) if rng.random() < 0.35 else rng.choice(GIVEN2)
    return Name(s + g, s)


def name_n4():
    if rng.random() < 0.6:
        s = rng.choice(COMPOUND_SURNAMES)
    else:
        s = rng.choice(DOUBLE_SURNAMES)
    return Name(s + rng.choice(GIVEN2), s[:1] if s in DOUBLE_SURNAMES else s)


def name_nw():
    w = rng.choice(WORD_NAMES)
    return Name(w, w[0])


def name_nt():
    while True:
        s = fake_tw.last_name()
        g = fake_tw.first_name()
        if 1 <= len(s) <= 2 and 1 <= len(g) <= 2:
            return Name(s + g, s)


def name_nm():
    r = rng.random()
    sep = rng.choice(SEPS)
    if r < 0.30:
        return Name(rng.choice(UY_M + UY_F) + sep + rng.choice(UY_FATHER))
    if r < 0.40:
        return Name(rng.choice(KZ) + sep + rng.choice(KZ + UY_FATHER))
    if r < 0.58:
        a, b = rng.sample(TIB, 2)
        return Name(a + (sep if rng.random() < 0.5 else "") + b)
    if r < 0.74:
        q = rng.random()
        if q < 0.35:
            return Name(rng.choice(MONG_FUSED))
        a, b = rng.sample(MONG, 2)
        return Name(a + sep + b)
    if r < 0.88:
        return Name(rng.choice(YI_FAM) + sep + rng.choice(YI_GIVEN))
    s = rng.choice(ZH_SUR)
    return Name(s + rng.choice(ZH_GIVEN), s)


def name_np():
    s = rng.choice(list(PY_SURNAME.values()))
    g1, g2 = rng.choice(PY_GIVEN), rng.choice(PY_GIVEN)
    single = rng.random() < 0.2
    given = g1 if single else g1 + g2.lower()
    r = rng.random()
    if r < 0.25:
        return Name(f"{s} {given}")
    if r < 0.40:
        return Name(f"{s.upper()} {given}")
    if r < 0.52 and not single:
        return Name(f"{s.upper()} {g1} {g2}")
    if r < 0.68:
        return Name(f"{given} {s}")
    if r < 0.76:
        return Name(f"{s.lower()} {given.lower()}")
    if r < 0.84:
        return Name(f"{s.upper()} {given.upper()}")
    if r < 0.92 and not single:
        return Name(f"{s} {g1}-{g2.lower()}")
    return Name(f"{given} {s.upper()}")


def name_ns():
    base = rng.choice([name_n3, name_n3, name_n2, name_nc])()
    s = base.surname
    g = base.full[len(s):]
    r = rng.random()
    if r < 0.55 or len(g) == 1:
        full = s + " " + g
    elif r < 0.85:
        full = " ".join(list(s) if len(s) == 1 else [s]) + " " + " ".join(g)
    else:
        full = s + "\u3000" + g
    return Name(full, s)


STYLE = {"N2": name_n2, "N3": name_n3, "NC": name_nc, "NR": name_nr, "N4": name_n4,
         "NM": name_nm, "NP": name_np, "NT": name_nt, "NS": name_ns, "NW": name_nw}
HAN_MIX = [("N3", 40), ("N2", 14), ("NC", 12), ("NR", 10), ("N4", 6), ("NW", 5)]
ALL_MIX = HAN_MIX + [("NM", 9), ("NP", 7), ("NT", 6), ("NS", 6)]


def pick(weights):
    tot = sum(w for _, w in weights)
    x = rng.uniform(0, tot)
    for k, w in weights:
        x -= w
        if x <= 0:
            return k
    return weights[-1][0]


# ---------------------------------------------------------------- fillers
def amt():
    r = rng.random()
    if r < 0.4:
        return str(rng.choice([500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10000, 20000, 50000]) + rng.choice([0, 0, 36, 128, 412]))
    if r < 0.7:
        return f"{rng.randint(300, 90000)}.{rng.randint(0, 99):02d}"
    if r < 0.85:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}"
    return f"{rng.randint(1, 30)}.{rng.randint(1, 9)}万"


def date():
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    if r < 0.6:
        return f"2026年12月{rng.randint(4, 31)}日"
    if r < 0.75:
        return f"2026-12-{rng.randint(4, 31):02d}"
    return rng.choice(["本周五", "明天中午12点", "今晚20:00", "下周一", "12月底"])


FILL = {
    "amt": amt, "days": lambda: str(rng.randint(3, 720)), "date": date,
    "plat": lambda: rng.choice(PLATS), "bank": lambda: rng.choice(BANKS),
    "twbank": lambda: rng.choice(TWBANKS),
    "city": lambda: rng.choice(CITIES),
    "court": lambda: rng.choice(CITIES) + "市" + rng.choice(DISTRICTS) + "人民法院",
    "law": lambda: rng.choice(CITIES) + rng.choice(LAWFIRM_WORDS) + "律师事务所",
    "hot": lambda: rng.choice(HOTLINES), "rel": lambda: rng.choice(RELS),
    "num": lambda: str(rng.randint(1000, 39999)), "age": lambda: str(rng.randint(22, 61)),
}
PII = {"ph": ("phone", mk_phone), "mob": ("phone", mk_mob), "land": ("phone", mk_land),
       "twph": ("phone", mk_twphone),
       "id": ("id_number", mk_id), "card": ("bank_card", mk_card), "mail": ("email", mk_mail),
       "addr": ("address", mk_addr), "plate": ("plate", mk_plate), "wx": ("wechat", mk_wx),
       "qq": ("qq", mk_qq), "acct": ("account", mk_acct)}

# ---------------------------------------------------------------- templates
# Name-focused templates (each contains at least one person name).
T_NAME = [
    "您好{NH}你的{plat}账单已逾期{days}天，欠款{amt}元，请于今日内处理，否则将移交外访。",
    "你好{N}您在{plat}的借款已严重逾期，请尽快联系{ph}处理。",
    "通知：{N}，您名下{bank}信用卡欠款{amt}元已逾期{days}天，请立即还款。",
    "提醒：{N}您的{plat}借款今日到期，请保证还款账户余额充足。",
    "致：{N}（身份证号{id}）\n律师函：您拖欠{plat}借款本息共计{amt}元，限三日内结清。",
    "{Na}、{Nb}、{Nc}我们都已通知到位，{Nd}你还要躲到什么时候？今天不处理明天上门。",
    "您是{NHa}的紧急联系人，{NHa}在我司借款逾期{days}天，请转告{sur:NHa}先生尽快联系{ph}。",
    "{N}的家属您好，{N}在{plat}欠款{amt}元至今未还，请督促其尽快处理。",
    "我是{plat}法务部{N}，你的案件已进入诉前调解阶段，请于{date}前回电{land}。",
    "尊敬的{NS}女士：您的{bank}信用卡本期账单{amt}元已逾期，请尽快还款。",
    "{plat}逾期名单：{Na}，{Nb}，{Nc}，请相互转告，今日18点前未处理将统一上报。",
    "今天下午，{N}，还是没有还款，我们将启动下一步程序。",
    "{N}（身份证{id}）在{plat}的借款已逾期{days}天，现通知其紧急联系人。",
    "{N}(借款人)与{plat}金融借款合同纠纷一案已登记，请借款人于{date}前联系{land}。",
    "借款人：{N}\n借款金额：{amt}元\n逾期天数：{days}天\n请尽快联系处理。",
    "户名{N}，卡号{card}，开户行{bank}，请将协商金额{amt}元转入以上账户并截图。",
    "收款人{N} 账号{card} 今天内转账，转完截图发我微信{wx}",
    "委托人{plat}已授权我所向{N}发出催告，请于七日内还款，经办律师{Nb}，电话{ph}。",
    "联系人{N}，电话{ph}，还款后请联系核销。",
    "{N}欠款{amt}元已逾期{days}天，请你转告他尽快处理。",
    "{N}已逾期{days}天，系统已将其列为高风险客户，请家属知悉。",
    "{N}拒不还款，我司将依法起诉，届时将通知其单位及家属。",
    "{NT}您好，您於{twbank}之信用卡帳款新臺幣{amt}元已逾期，請儘速繳款，洽詢電話{twph}。",
    "{NT}先生您好，您的貸款已逾期{days}天，請於{date}前還款，逾期將移送法務處理。",
    "{twbank}通知：{NTa}小姐，您為{NTb}之連帶保證人，主債務人已遲延繳款，請協助聯繫。",
    "{NC}您好，这里是{plat}贷后管理部，您的借款已逾期{days}天。",
    "您好，请问是{NC}本人吗？您在{plat}的分期已逾期{days}天，请回电{ph}。",
    "{NR}，你在{plat}的欠款{amt}元今天必须处理，别让我们去你单位。",
    "{N2}你好，我是{plat}客服，你的账单今天到期，请按时还款。",
    "尊敬的{N4}客户：您在{bank}的信用卡已逾期，请于{date}前还清最低还款额。",
    "{NM}您好，您在{plat}的借款已逾期{days}天，请尽快还款，客服{hot}。",
    "借款人{NM}（身份证{id}）已失联，您作为其紧急联系人请协助联系。",
    "Dear {NP}, your {plat} loan is {days} days overdue. 请尽快还款，联系电话{ph}。",
    "{NP}您好，您的账户已逾期，请尽快联系客服{hot}。",
    "客户姓名：{NP}，逾期金额：{amt}元，逾期天数：{days}天。",
    "{N}欠{amt}元不还，电话{ph}，谁认识请转告。",
    "请于今日17点前处理完毕，逾期后果自负。——{N}律师",
    "您的案件已分配至外访组，近期将上门核实。经办人：{N}",
    "{plat}催收部提醒：欠款请勿再拖延。{N}",
    "我是{law}的{NHa}律师，受{plat}委托处理您的欠款，请回电。——{sur:NHa}律师",
    "姓名：{N}  身份证：{id}  欠款：{amt}元  状态：已逾期",
    "名字{N}，电话{ph}，地址{addr}，这是你朋友吧？让他马上还钱。",
    "本人{N}承诺于{date}前还清{plat}全部欠款，如未履行愿承担一切法律责任。",
    "{xiao:NHa}，你欠的钱什么时候还？{NHa}你别装死，今天不接电话明天就去你家。",
    "{lao:NHa}你好，我是{N2b}，你那笔钱拖太久了，{NHa}你到底还想不想解决？",
    "{ge:NHa}，我是{plat}的，{NHa}是你吧？明天必须把{amt}元还上。",
    "你父亲{N}已经知道你欠款的事了，请你尽快处理。",
    "你母亲{N}的电话我们已经打通，她说让你自己处理。",
    "你单位人事{N}已知晓你在{plat}的欠款情况。",
    "{NS}您好，您在{plat}的借款已进入委外阶段。",
    "{N}先生您好，您在{plat}的借款已逾期{days}天，请今日内还款。",
    "{N}女士，您的{bank}信用卡已冻结，请联系{hot}。",
    "{N}同志：经核实您在{plat}的借款已逾期，请配合调解。",
    "告诉{N}，明天再不还钱就去他单位找领导。",
    "通知{N}立刻回电{ph}，否则后果自负。",
    "联系{N}，他的电话一直关机，你是他的{rel}吧？",
    "找{N}，他欠我们公司{amt}元，让他回电{mob}。",
    "请{N}于{date}到{court}领取应诉材料。",
    "{court}通知：{N}，你与{plat}金融借款合同纠纷一案，定于{date}开庭。",
    "【{court}】{Na}：本院受理原告{Nb}诉被告{Na}民间借贷纠纷一案，请按时到庭。",
    "{Na}，你在{plat}欠款{amt}元，已委托{law}{Nb}律师处理，联系电话{ph}。",
    "你同事{N}在{plat}欠款逾期，请转告其尽快处理。",
    "{Na}的哥哥{Nb}您好，您弟弟的欠款已逾期{days}天。",
    "{N}用你的手机号{ph}做了紧急联系人，请转告他还款。",
    "核实信息：{N}，{id}，{addr}",
    "【{bank}】尊敬的{N}客户：您的信用卡已逾期{days}天，请尽快还款。",
    "【{plat}】{N}，您的借款{amt}元已逾期，请登录APP还款。",
    "{N}:你好，欠款已逾期，今天下午5点前必须处理。",
    "Hi {NP}，你的{plat}账单已逾期，请尽快还款。",
    "{NP}(借款人)在{plat}的借款已逾期{days}天，请转告。",
    "{plat}调解中心{N}调解员提醒您：您的欠款可申请分期，请回电{land}。",
    "催收员：{N}\n您的账户今日必须处理，否则移交法务。",
    "担保人{N}，因借款人未按期还款，您需承担连带保证责任。",
    "共同借款人{N}您好，该笔借款已逾期{days}天。",
    "债务人{N}，债权人{plat}，债务金额{amt}元，请于{date}前清偿。",
    "被执行人{N}（身份证号码{id}）未履行生效判决，已被纳入失信名单。",
    "申请人{Na}与被申请人{Nb}借款纠纷一案，仲裁庭将于{date}开庭。",
    "{Na}、{Nb}夫妇在{plat}的借款已逾期，请相互转告。",
    "{N}在{date}借款{amt}元，约定30天归还，至今已逾期{days}天。",
    "你好，{N}是你什么人？他在{plat}欠款{amt}元。",
    "这是{N}的号码吗？请回复。",
    "请转告{N}，{plat}的欠款今天必须结清。",
    "{N}你好我们是{plat}风控部门你的借款已逾期{days}天",
    "{N}，{N}，{N}！看到短信马上回电{ph}！",
    "你老公{N}在{plat}欠款{amt}元，你作为配偶请督促还款。",
    "你老婆{N}的借款逾期了，请你转告她。",
    "你儿子{N}在{plat}欠款，请家长督促。",
    "有疑问请联系客户经理{N}{mob}",
    "请转账{amt}元给{N}，账号{card}。",
    "{Na}{amt}元，{Nb}{amt}元，{Nc}{amt}元，以上欠款人今日必须还款。",
    "逾期客户{N}（男，{age}岁），户籍地{addr}。",
    "{N}身份证号{id}，现已逾期，请知悉。",
    "致{N}先生的一封信：您在{plat}的借款已逾期。",
    "{N}阁下：您的欠款已逾期{days}天，请尽快处理。",
    "{N}：您好！您于{date}在{plat}申请的借款已逾期。",
    "【催收通知】被催收人：{Na}，委托方：{plat}，外访员：{Nb}，电话{ph}",
    "我们已联系到{Na}的父亲{Nb}，他表示会督促还款。",
    "{N}同学，你的校园分期已逾期，请尽快还款。",
    "{N}老师您好，您在{plat}的借款已逾期，请尽快处理。",
    "{N}总，贵司担保的借款已逾期，请安排还款。",
    "{N}主任您好，我是{plat}的工作人员，有事需要核实。",
    "{Na}和{Nb}的欠款我们已经上报征信。",
    "{Na}及其配偶{Nb}名下的房产可能被申请保全。",
    "法定代表人：{N}，公司名下贷款已逾期，请尽快处理。",
    "快递已寄出：律师函 收件人{N} {ph} {addr}",
    "收件人：{N}\n电话：{ph}\n地址：{addr}",
    "{N}请注意：您的欠款已进入司法程序。",
    "紧急联系人：{N}（{rel}）{ph}",
    "@{N} 你在{plat}的欠款今天必须处理",
    "{Na}妈妈，你好，你儿子{Nb}在{plat}欠款{amt}元。",
    "{Na}，你朋友{Nb}，逾期三个月了，你劝劝他。",
    "核实：{N}，车牌{plate}，车辆可能被申请查封。",
    "{N}的微信{wx}、QQ{qq}都已拉黑我们，请你转告他。",
    "借款人姓名：{N}，合同编号：{acct}，逾期金额：{amt}元。",
    "{N}名下车辆{plate}已登记抵押，借款合同{acct}已逾期{days}天。",
    "车主{N}，车牌{plate}，GPS显示车辆停放于{addr}。",
    "{Na}（用户ID：{acct}）与{Nb}（用户ID：{accta}）互为联系人。",
    "{NR}、{NC}、{N4}三位借款人已被列入重点催收名单。",
    "{NM}（身份证{id}）欠款{amt}元，请家属知悉。",
    "尊敬的{NW}先生，您的{plat}借款已逾期，请尽快处理。",
    "{NW}你好，你在{plat}的借款今天到期。",
    "致{NW}：您在{bank}的信用卡已逾期。",
    "{NP}, please repay your {plat} loan today. 联系人{N}，电话{ph}。",
    "WeChat联系人{N}，微信号{wx}，有问题直接找她。",
    "户名：{N}\n账号：{card}\n开户行：{bank}{city}分行",
    "{NT}您好，您的帳戶已逾期，請聯繫{twph}。——{twbank}催收部{NTb}",
    "你好，我是{plat}的{N}，工作日9:00-18:00可联系我。",
    "{N}的紧急联系人您好，请转告其联系{hot}。",
    "{plat}：{N}逾期{days}天，欠款{amt}元，已移交第三方。",
    "名字：{N}，年龄{age}，户籍{addr}",
    "被告{N}，你于{date}向原告借款{amt}元，现原告已起诉。",
    "原告{Na}诉被告{Nb}、{Nc}民间借贷纠纷一案，本院已立案受理。",
    "请{N}本人持身份证到{bank}网点办理还款。",
    "{N}本人已确认欠款{amt}元，同意分三期归还。",
    "{N}的手机停机了，你能联系上他吗？",
    "欠款人{N}，现居住地{addr}，我们将于{date}上门拜访。",
    "{N}！你的欠款已经逾期{days}天了！",
    "{N}？你是不是{plat}的借款人？",
    "你好，我是{Na}的同事{Nb}，他让我问下还款的事。",
    "{N}在我司借款{amt}元，邮箱{mail}已发送律师函，请查收。",
    "收到请回复，{N}",
    "{city}的{N}，你欠的钱该还了。",
    "{N}（{city}人，{age}岁），在{plat}借款逾期。",
    "债权转让通知：{N}名下{plat}债权已转让给{law}代理的资产公司。",
    "{Na}、{Nb}：你们两人互为紧急联系人，{Na}的欠款{amt}元已逾期，请{Nb}督促。",
    "尊敬的{NC}先生、{NR}女士：二位在{plat}的共同借款已逾期{days}天。",
    "{NM}、{NMb}、{Na}三人的欠款已由{law}{Nb}律师统一处理，电话{land}。",
    "外访安排：{date}上午拜访{Na}（{addr}），下午拜访{Nb}。",
    "我们查到{Na}在{addr}上班，老板是{Nb}，再不还款我们就去公司。",
    "{N}的QQ{qq}和邮箱{mail}我们都有，别以为换号就找不到你。",
    "{Na}你好，你表哥{Nb}说你在{city}打工，欠款{amt}元请尽快处理。",
    "转告{Na}：{Nb}、{Nc}已经还清了，就剩他一个。",
    "{NT}、{NTb}兩位您好，您們在{twbank}的共同貸款已逾期，請儘速處理。",
    "致{NP}及{N}：您在{plat}的借款已逾期，请尽快还款。",
    "担保人{Na}您好，借款人{Nb}（身份证{id}）已逾期{days}天，请代为清偿。",
    "{NS}、{N}你们两个谁还钱？今天必须有个答复。",
    "案号（2026）{city}民初{num}号，原告{plat}，被告{Na}、{Nb}，请被告按时到庭。",
    "{N4}与{NC}的债务纠纷已提交仲裁，联系人{Nb}，电话{ph}。",
    "你好，我是{Nb}，受{Na}委托与你协商还款，请加微信{wx}。",
    "{Na}、{Nb}、{Nc}、{Nd}、{Ne}，以上人员均为{plat}逾期客户的紧急联系人。",
    "{N}欠款{amt}元，银行卡{card}已被冻结，邮箱{mail}已发送通知。",
    "{N}名下{bank}卡号{card}已被法院冻结，冻结金额{amt}元。",
    "代扣失败：{N}，扣款卡{card}，应还{amt}元。",
    "{NM}你好，我是{plat}的{N2}，你的欠款今天到期。",
]

# Signatures appended to some name records (collector, lawyer, court clerk).
T_SIG = [
    "——{N}",
    " 经办人：{N} {ph}",
    "（{law}{N}律师）",
    "\n催收专员{N}，工作时间9:00-21:00",
    " 联系人：{N}，电话{ph}",
    "【{N}】",
    "\n—— {plat}法务部 {N}",
    " 书记员：{N}",
    " 外访员{N}{mob}",
    "\n调解员{N}，微信{wx}",
    " 回复请找{N}，QQ{qq}",
    " 有问题发邮件给{N}：{mail}",
]

# Templates with other personal data but no person name.
T_OTHER = [
    "您的借款已逾期，请回电{ph}处理。",
    "加我微信{wx}商量还款方案。",
    "还款账户：{card}（{bank}），请尽快转账。",
    "律师函已寄往您的地址{addr}，请注意查收。",
    "您名下车辆{plate}可能被申请保全，请尽快处理欠款。",
    "有问题加QQ{qq}或者发邮件到{mail}。",
    "合同编号{acct}的借款已逾期{days}天，请尽快还款。",
    "您的身份证号{id}关联的借款已逾期，请知悉。",
    "订单号{acct}未按期还款，联系电话{land}。",
    "外访人员将于{date}到访{addr}，请保持电话{ph}畅通。",
    "你的车{plate}我们已经找到了，停在{addr}。",
    "抵押车辆{plate}已逾期未还款，将依法申请拖车。",
    "您绑定的还款卡{card}扣款失败，请确保余额充足。",
    "对公还款账户{card}，转账备注请填写合同号{acct}。",
    "您的借据号{acct}已逾期，用户ID{accta}已被限制借款。",
    "车牌号：{plate}，合同号：{acct}，请于{date}前结清。",
    "登录账号{acct}的会员已被冻结，请联系{land}。",
    "请通过微信{wx}或电话{mob}联系我们。",
]

# Templates without personal data (risky-looking ordinary words).
T_NONE = [
    "【{bank}】您的信用卡账户已严重逾期，请高度重视，尽快还款。客服{hot}",
    "{plat}提醒：您的借款本周末到期，金额较大，请确保余额充足。",
    "您好，您的账单已逾期，请马上处理，详询{hot}。",
    "{court}提醒：请当事人依法履行义务，拒不履行将被依法强制执行。",
    "【{plat}】温馨提示：还款日当天余额不足将产生逾期记录，影响征信。",
    "尊敬的客户：您的欠款万元以上已移交法务部，请何时方便回电{hot}。",
    "{bank}信用卡中心：您本期账单已出，最低还款额请于还款日前还清。",
    "国家反诈中心提醒：不要开启屏幕共享，不要向陌生账户转账。",
    "您的案件已进入司法程序，法务部将于近期向{court}提交材料。",
    "【{plat}】您的额度已恢复，可随时借款，年化利率以页面为准。",
    "提醒：逾期将按照合同章程收取罚息，请于周末前处理。",
    "您好，客服专员提醒您：黄金周期间还款通道正常开放。",
    "{bank}：您的账户余额变动，如非本人操作请致电{hot}。",
    "催收员将于近期与您联系，请保持电话畅通。",
    "您的欠款已逾期，金额合计以APP页面显示为准，请高度重视。",
    "{plat}：我司从未委托任何第三方催收员上门收款，谨防诈骗。",
    "温馨提示：您的{plat}账单已结清，感谢您的支持。",
    "您好，您的贷款已经逾期，请于本月底前还清，以免影响征信。",
    "【{court}】立案庭提醒：请于开庭前提交证据材料。",
    "通知：您的借款合同已到期，请按合同约定方式还款。",
    "您的分期还款申请已通过，首期将于下月初扣款。",
    "严重逾期客户请注意：马上还款可减免部分罚息。",
    "{city}市金融调解中心提醒：可申请免费调解。",
    "尊敬的用户，您的{plat}账户存在异常，请登录APP查看。",
]

# ---------------------------------------------------------------- generation
NAME_IN_T = re.compile(r"\{(N[A-Z0-9]?[a-z]?)\}")
KEY_RE = re.compile(r"\{(?:(sur|xiao|lao|ge):)?([A-Za-z0-9]+)\}")
NAME_KEY_RE = re.compile(r"^(N[HC24RMPTSW3]?)([a-z]?)$")

# Text of all templates and word lists: names that occur in it are rejected so that
# a name never also occurs as ordinary text.
TEMPLATE_BLOB = "\n".join(T_NAME + T_SIG + T_OTHER + T_NONE)


def _vocab_blob():
    parts = [TEMPLATE_BLOB] + PLATS + BANKS + TWBANKS + CITIES + DISTRICTS + LAWFIRM_WORDS + RELS
    for t in PROV_CITY + TOWNS + TW_ADDR:
        parts.extend(t)
    parts += ROADS + COMMUNITIES + TOWERS
    return "\n".join(parts)


ALL_NAMES = set()


def new_name(style, blob):
    for _ in range(200):
        st = style
        if st == "N":
            st = pick(ALL_MIX)
        elif st == "NH":
            st = pick(HAN_MIX)
        nm = STYLE[st]()
        compact = nm.full.replace(" ", "").replace("\u3000", "")
        if nm.full in blob or compact in blob:
            continue
        if any(nm.full in o or o in nm.full for o in ALL_NAMES if len(o) <= 3 or len(nm.full) <= 3):
            # avoid a short name being a substring of another name of the corpus
            if nm.full not in ALL_NAMES:
                continue
        ALL_NAMES.add(nm.full)
        return nm
    raise RuntimeError("could not draw a name")


def render(template, blob):
    values = {}
    names = {}
    out = []
    pii = []
    pos = 0
    for m in KEY_RE.finditer(template):
        out.append(template[pos:m.start()])
        pos = m.end()
        ref, key = m.group(1), m.group(2)
        nk = NAME_KEY_RE.match(key)
        if ref:
            nm = names.get(key)
            if nm is None:
                nm = new_name(nk.group(1), blob)
                names[key] = nm
                # the reference comes before the full name: the full name will still be added later
            s = nm.surname
            assert s, template
            if ref == "sur":
                out.append(s)
            elif ref == "xiao":
                out.append("小" + s)
            elif ref == "lao":
                out.append("老" + s)
            else:
                out.append(s + rng.choice(["哥", "哥", "姐"]))
            continue
        if nk:
            if key not in names:
                names[key] = new_name(nk.group(1), blob)
            v = names[key].full
            out.append(v)
            pii.append(("name", v))
            continue
        base = re.sub(r"[a-z]$", "", key) if key not in FILL and key not in PII else key
        if key in values:
            out.append(values[key])
            if base in PII:
                pii.append((PII[base][0], values[key]))
            continue
        if base in PII:
            v = PII[base][1]()
            values[key] = v
            pii.append((PII[base][0], v))
        elif base in FILL:
            v = FILL[base]()
            values[key] = v
        else:
            raise KeyError(key)
        out.append(v)
    out.append(template[pos:])
    text = "".join(out)
    seen = set()
    items = []
    for kind, v in pii:
        if (kind, v) in seen or v in {x[1] for x in seen}:
            continue
        seen.add((kind, v))
        items.append({"kind": kind, "value": v})
    for k, nm in names.items():
        ALL_NAMES.add(nm.full)
    return text, items


def sender():
    r = rng.random()
    if r < 0.40:
        return None
    if r < 0.62:
        return rng.choice(SHORT_SENDERS)
    if r < 0.82:
        return "1069" + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
    return mobile_digits()


def build_records(blob):
    n_none = round(N_RECORDS * 0.15)
    n_other = 28
    n_name = N_RECORDS - n_none - n_other
    kinds = ["name"] * n_name + ["other"] * n_other + ["none"] * n_none
    rng.shuffle(kinds)
    # every name template is used at least once
    name_order = list(range(len(T_NAME)))
    rng.shuffle(name_order)
    recs = []
    ni = 0
    for i, k in enumerate(kinds):
        if k == "name":
            if ni < len(name_order):
                t = T_NAME[name_order[ni]]
            else:  # favour templates with several names
                t = rng.choices(T_NAME, weights=[1 + 2 * len(set(NAME_IN_T.findall(x))) for x in T_NAME])[0]
            ni += 1
            if rng.random() < 0.22 and not t.rstrip().endswith(("}", "}\n")):
                t = t + rng.choice(T_SIG).replace("{N}", "{Nz}")
        elif k == "other":
            t = rng.choice(T_OTHER)
        else:
            t = rng.choice(T_NONE)
        text, items = render(t, blob)
        recs.append({"id": f"t-{i + 1:04d}", "text": text, "sender": sender(), "pii": items})
    return recs


# ---------------------------------------------------------------- preserve phrases
SURNAME_WORDS = [
    "高度", "严重", "周末", "万元", "金额", "石家庄", "黄金", "何时", "余额", "章程", "钱款", "于是",
    "程序", "方式", "常规", "毛利", "江苏", "胡同", "林业", "马上", "罗列", "王牌", "张贴", "李子",
    "杨柳", "朱红", "陈述", "孙子", "宋体", "许可", "曾经", "韩国", "唐朝", "郑重", "田地", "常用",
    "任务", "董事会", "叶子", "余下", "杜绝", "夏季", "钟点", "任何", "范围", "方面", "石油", "金融",
    "陆续", "白条", "金条", "康复", "毛病", "史上", "顾问", "龙头", "万一", "段落", "钱包", "易于",
    "常年", "赖账", "文件", "庞大", "施工", "安全", "严格", "温馨", "季度", "申请", "尤其", "毕业",
    "焦虑", "向来", "路径", "齐全", "莫名", "庄严", "辛苦", "管理", "祝贺", "左右", "涂改", "时间",
    "舒适", "路过", "关于", "苗头", "凌晨", "费用", "纪律", "盛大", "欧元", "甄别", "项目", "曲折",
    "成功", "游戏", "阳光", "席位", "卫生", "查询", "屈服", "位置", "甘愿", "景象", "薄弱", "单位",
    "包括", "司法", "宁可", "解除", "强制", "车辆", "房产", "辜负", "吉祥", "饶恕", "刁难", "古代",
    "晋升", "畅通", "全部", "应当", "连续", "上门", "诸位", "公开", "平安", "和解", "明确", "信用",
    "代偿", "利息", "本金", "宫殿", "潘多拉", "汪洋", "邵阳", "孟夏", "秦岭", "江湖",
    "姜汤", "邹城", "熊市", "邓州", "彭湃",     "贾汪区", "丁香", "魏碑", "阎罗", "戴帽子", "钟表", "汪汪", "田园", "沿途",
    "沈阳", "吕梁", "贺信", "龚滩", "樊城", "兰州", "殷切", "施行", "陶冶",
    "洪峰", "颜面", "严厉", "牛奶", "温州", "芦苇", "章节", "鲁莽", "葛根",
    "伍佰元", "韦伯", "申报", "尤为", "聂拉木", "丛林", "焦急", "向导", "柳州", "邢台", "路费",
    "岳阳", "齐鲁", "梅州", "莫斯科", "庄园", "辛劳", "管辖", "祝福", "左侧", "涂层", "谷物", "祁连",
    "时效", "舒心", "耿直", "牟利", "卜卦", "关注", "苗木", "凌乱", "费率", "纪要",
    "盛行", "童年", "欧洲", "甄选", "项下", "曲线", "成本", "游览", "阳台", "席卷", "卫星",
    "查封", "屈指", "鲍鱼", "位于", "霍乱", "翁婿", "植物", "甘肃", "景德镇", "薄利", "单据", "包含",
    "司机", "柏油", "宁波", "柯桥", "桂林", "闵行", "欧美", "解释", "强调", "柴油", "华为",
    "车贷", "冉冉", "房贷", "边界", "吉林", "饶平", "刁钻", "瞿塘峡", "丘比特",
    "古典", "米饭", "池塘", "滕州", "晋江", "苑囿", "臧否", "畅销", "来源", "全额",
    "应收", "连带", "上海", "诸如", "东方明珠", "公司", "平台", "和谐", "明细", "信息", "代理",
    "利率", "本息", "逾期", "违约", "法律", "承担", "后果", "仲裁", "黎明前", "夏天",
]
ROLES = ["法务部", "客服专员", "催收员", "风控部", "贷后管理部", "资产保全部", "信用卡中心",
         "客户经理", "调解员", "外访组", "法务专员", "合规部", "投诉处理中心", "委外催收机构",
         "账务管理部", "零售信贷部", "个贷中心", "稽核部", "审批中心", "消保部门", "客服中心",
         "法律顾问", "催收专员", "贷后专员", "人工客服", "智能客服", "还款专员"]
COURT_ROLES = ["执行局", "立案庭", "民事审判庭", "书记员", "审判员", "执行法官", "诉讼服务中心",
               "人民调解委员会", "诉前调解中心", "执行指挥中心"]
INSTITUTIONS = BANKS + ["平安普惠", "马上消费金融", "招联消费金融", "中邮消费金融", "兴业消费金融",
                        "捷信消费金融", "蚂蚁集团", "京东科技", "度小满金融", "微众银行", "网商银行",
                        "苏宁消费金融", "中国人民银行", "国家金融监督管理总局", "中国互联网金融协会",
                        "百行征信", "朴道征信", "银联", "支付宝", "财付通"]
PRODUCTS = ["花呗", "借呗", "微粒贷", "京东白条", "京东金条", "美团月付", "美团借钱", "安逸花",
            "好期贷", "有钱花", "分期乐", "360借条", "抖音月付", "网商贷", "度小满", "信用卡分期",
            "现金分期", "账单分期", "消费贷", "信用贷", "车贷", "房贷", "助学贷款", "经营贷"]
TIMEWORDS = ["今天", "明天", "后天", "本周末", "周一", "周五", "月底", "月初", "下午三点", "凌晨",
             "季度末", "年底", "春节前", "国庆期间", "中秋节后", "工作日", "节假日", "24小时内",
             "三个工作日内", "七日内", "本月25日前"]
LEGAL = ["诉前调解", "立案", "开庭", "判决", "强制执行", "财产保全", "失信被执行人", "限制高消费",
         "支付令", "仲裁裁决", "民事起诉状", "律师函", "催告函", "公证", "债权转让", "连带责任",
         "违约金", "罚息", "复利", "征信报告", "逾期记录", "个人信息保护法", "民法典第六百七十六条",
         "金融借款合同纠纷", "民间借贷纠纷", "司法确认", "执行和解", "信用修复"]
ACTIONS = ["请尽快处理", "请按时还款", "请注意查收", "请勿轻信陌生来电", "请保持电话畅通",
           "请登录APP查看", "详询官方客服", "以官方公告为准", "感谢您的配合", "特此通知"]
PLACES = CITIES + ["石家庄市", "马鞍山市", "黄石市", "周口市", "高邮市", "金华市", "江门市", "林芝市",
                   "白城市", "常德市", "韩城市", "邵东市", "何家庄", "田林街道", "万州区", "钱塘区",
                   "余杭区", "于都县", "罗湖区", "胡同口", "石景山区", "高新区", "经开区", "滨海新区"]
PHRASES = [
    "您的账户已严重逾期，请尽快处理", "请高度重视此事", "周末也可以正常还款", "欠款金额超过一万元",
    "石家庄市中级人民法院", "黄金周期间客服正常上班", "何时还款请提前告知", "余额不足导致扣款失败",
    "按照公司章程执行", "钱款已到账", "于是我们决定移交法务", "已进入诉讼程序", "请选择合适的还款方式",
    "常规催收流程", "毛利率", "江苏省高级人民法院", "胡同里停车", "林业局家属院", "马上处理",
    "罗列以下事项", "王牌客服", "张贴公告", "杨柳青", "陈述事实", "宋体字", "许可证", "曾经逾期过",
    "郑重提醒", "常用联系方式", "任务已分配", "金融消费者权益保护", "白条逾期", "金条借款",
    "马上消费金融客服", "平安普惠贷后", "招商银行信用卡中心", "东方明珠广播电视塔", "黎明前还款",
    "高度疑似诈骗短信", "严重失信行为", "安全验证码请勿泄露", "文件已归档", "申请延期还款",
    "焦虑可以理解但请正视问题", "本金加利息合计", "费用明细请查询APP", "查封冻结划拨",
    "强制执行申请已提交", "房产可能被拍卖", "车辆抵押登记", "单位领导会收到通知", "司法机关介入",
    "连续三个月未还款", "上门核实情况", "诸位借款人请注意", "公开审理", "平安银行信用卡",
    "和解协议", "明天是最后还款日", "信用记录良好", "代偿后将追偿", "违约责任", "法律后果自负",
    "仲裁委员会已受理", "万元以上欠款", "百分之二十四的年利率", "请何时方便回电", "于是发了律师函",
    "客服专员将为您办理延期", "催收员不得冒充公检法", "法务部已出具催告函", "风控部门正在复核",
    "马上金融客服热线", "招商银行掌上生活", "中信银行动卡空间", "平安普惠贷后管理中心",
    "周一至周五九点到六点", "万元以内可线上还款", "黄金价格波动与本账户无关", "余额宝可自动还款",
    "支付宝花呗账单分期", "微信支付分已冻结", "京东白条临时额度", "度小满有钱花客服",
    "何时结清何时解除限制", "严重影响个人征信", "高度关注您的还款情况", "石家庄市长安区人民法院立案庭",
    "郑州市金水区人民法院诉讼服务中心", "武汉市江汉区人民调解委员会", "江苏省南京市鼓楼区人民法院",
    "马鞍山市仲裁委员会", "黄石市中级人民法院", "常州市金融纠纷调解中心", "许昌市公安局反诈中心",
    "金华市婺城区人民法院", "周口市川汇区人民法院", "白银市中级人民法院", "石嘴山市大武口区人民法院",
]

REMINDERS = [
    "您的账户已严重逾期", "请高度重视", "请于周末前处理", "欠款万元以上将移交法务", "金额以APP显示为准",
    "余额不足将导致扣款失败", "何时方便请回电", "马上还款可减免罚息", "钱款到账后自动结清",
    "于是我们只能依法处理", "程序已经启动", "还款方式可选银行卡或支付宝", "常规流程为先电催后外访",
    "石家庄分中心已受理", "黄金周期间正常扣款", "章程规定不得暴力催收", "请勿相信私人收款账户",
    "胡同口的网点可办理现金还款", "江苏分行将统一处理", "林业局职工贷款另行通知", "毛利不计入还款",
    "罗列的费用均已减免", "马上联系客服", "严重失信将被限制高消费", "高度疑似诈骗请勿转账",
    "周末及节假日不计罚息", "万一忘记还款会影响征信", "金额较大可申请分期", "请在何时前确认",
    "余下欠款请分三期归还", "钱包余额可用于还款", "常年逾期将被起诉", "金条与白条额度分开计算",
    "任何私下收款行为均属无效", "曾经逾期不影响本次申请", "郑重提醒您按时还款", "许可证编号可在官网查询",
    "唐朝风格的信用卡卡面已上线", "宋体打印的律师函为正式文件", "韩国籍客户请联系国际业务部",
    "杨柳青年画主题卡面", "陈述事实时请提供凭证", "张贴公告前会另行通知",
    "王牌客服为您服务", "李子园支行已迁址", "朱红色印章为有效标识", "石油卡不可用于还款",
    "田地流转贷款另有规定", "程序合法请勿对抗", "高新区支行营业时间调整", "严格遵守监管规定",
    "司法程序正在推进", "单位证明请盖公章", "房产评估已经完成", "车辆登记证书请妥善保管",
    "全部欠款一次结清可减免利息", "连续逾期将上报征信", "上门服务需提前预约", "公开信息可在官网查询",
    "平安夜客服正常上班", "和解协议签署后生效", "明天上午九点前还款", "信用修复需要时间",
    "代偿完成后将依法追偿", "利息按日计算", "本金部分不予减免", "逾期天数每日更新", "违约金按合同约定",
    "法律援助可拨打12348", "承担相应法律责任", "后果请自行承担", "仲裁裁决具有法律效力",
]


def build_preserve(names):
    lines = set(PHRASES)
    for w in SURNAME_WORDS:
        lines.add(w)
    for inst in INSTITUTIONS:
        for role in rng.sample(ROLES, 4):
            lines.add(f"{inst}{role}提醒您")
        lines.add(f"{inst}{rng.choice(ROLES)}：{rng.choice(REMINDERS)}")
    for role in ROLES:
        lines.add(f"{role}将于{rng.choice(TIMEWORDS)}与您联系")
        if role not in ("信用卡中心", "零售信贷部", "个贷中心"):
            lines.add(f"我是{rng.choice(PLATS)}{role}")
        lines.add(f"{role}提醒：{rng.choice(REMINDERS)}")
    for p in PRODUCTS:
        lines.add(f"您的{p}账单已逾期")
        lines.add(f"{p}账单{rng.choice(ACTIONS)}")
        lines.add(f"{p}还款日为{rng.choice(TIMEWORDS)}")
    for c in PLACES:
        lines.add(f"{c}人民法院")
        lines.add(f"{c}人民法院{rng.choice(COURT_ROLES)}")
        if c in CITIES or c.endswith("市"):
            lines.add(f"{c}{rng.choice(['中级人民法院', '仲裁委员会', '公安局', '金融调解中心', '司法局'])}")
    for lg in LEGAL:
        lines.add(lg)
        lines.add(f"{lg}相关事宜{rng.choice(['请咨询官方客服', '以法院通知为准', '请勿轻信陌生来电'])}")
        lines.add(f"如不还款将{rng.choice(['面临', '进入', '涉及'])}{lg}")
    for h in HOTLINES:
        lines.add(f"客服热线{h}")
        lines.add(f"如有疑问请致电{h}")
    for t in TIMEWORDS:
        lines.add(f"请于{t}还款")
    for r in REMINDERS:
        lines.add(r)
    out = sorted(lines)
    # drop anything that contains a generated name (in any spacing)
    compact_names = {n.replace(" ", "").replace("\u3000", "") for n in names}
    kept = [l for l in out if not any(n in l for n in names) and not any(n in l for n in compact_names)]
    dropped = len(out) - len(kept)
    return kept, dropped


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    # the preserve vocabulary is also part of the rejection blob for names
    blob = _vocab_blob() + "\n" + "\n".join(SURNAME_WORDS + ROLES + INSTITUTIONS + PRODUCTS + TIMEWORDS
                                            + LEGAL + ACTIONS + PLACES + PHRASES)
    recs = build_records(blob)
    # validation
    names = set()
    for r in recs:
        for it in r["pii"]:
            assert it["value"] in r["text"], (r["id"], it)
            if it["kind"] == "name":
                names.add(it["value"])
        # order of appearance
        idx = [r["text"].find(it["value"]) for it in r["pii"]]
        assert idx == sorted(idx), (r["id"], idx)
    for r in recs:
        labelled = {it["value"] for it in r["pii"] if it["kind"] == "name"}
        for n in names:
            if n in r["text"] and not any(n in l for l in labelled):
                raise AssertionError(f"unlabelled name {n!r} in {r['id']}")
    preserve, dropped = build_preserve(names)
    assert len(preserve) >= 800, len(preserve)
    for l in preserve:
        assert not any(n in l for n in names)
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as f:
        f.write("\n".join(preserve) + "\n")
    counts = {}
    for r in recs:
        for it in r["pii"]:
            counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    empty = sum(1 for r in recs if not r["pii"])
    print("records", len(recs), "empty", empty, f"({100 * empty / len(recs):.1f} %)")
    print("items", sorted(counts.items(), key=lambda kv: -kv[1]))
    print("templates name/signature/other/none", len(T_NAME), len(T_SIG), len(T_OTHER), len(T_NONE))
    print("distinct names", len(names))
    print("preserve lines", len(preserve), "dropped for name overlap", dropped)
    print("md5", os.path.basename(OUT_JSONL), md5(OUT_JSONL))
    print("md5", os.path.basename(OUT_PRESERVE), md5(OUT_PRESERVE))


if __name__ == "__main__":
    main()
