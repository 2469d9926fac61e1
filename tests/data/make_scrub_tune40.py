#!/usr/bin/env python3
"""Generator for scrub_tune40.jsonl / scrub_tune40_preserve.txt.

Theme: deliveries, orders and forms around a debt.
Standard library only.  Deterministic (fixed seed, no set iteration for output).

Env vars:
  TUNE40_OUT_DIR     output folder (default: this script's folder)
  TUNE40_DEDUPE_DIR  folder with other corpora to dedupe against (default: none)
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261240
N_RECORDS = 1000
KINDS = ["name", "phone", "address", "id_number", "bank_card", "email",
         "plate", "wechat", "qq", "account"]

# ----------------------------------------------------------------- tables
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖贾夏韦付方邹熊孟秦邱侯薛雷贺龙段郝尹黎易武乔赖龚")
WORD_SURNAMES = list("高石白金万向文江常")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "东方", "令狐", "夏侯",
            "公孙", "长孙", "宇文", "司徒", "南宫", "尉迟", "呼延", "端木", "百里"]
RARE = list("禤亓訾仉笪乜酆逯隗蒯郗冼覃芮阚缪眭琚邝鄢郄厍佘滕帅宓阙")
GIVEN_F = list("丽静敏燕艳娟霞芳娜婷雪慧琳颖倩洁玲萍红梅兰凤云莉欣悦佳怡瑶晶蕾菲璐薇")
GIVEN_M = list("伟强磊军洋勇杰涛明超刚辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳亮成峰志文海国东振晨博")
TRAD_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂何蕭羅")
TRAD_GIVEN = ["志明", "俊傑", "淑芬", "美玲", "雅婷", "怡君", "家豪", "建宏", "宗翰", "佩珊",
              "冠宇", "欣怡", "惠如", "承恩", "詩涵", "柏翰", "靜宜", "明輝", "玉蘭", "雅雯",
              "子軒", "品妍", "鈺婷", "國華", "秀鳳"]
UY_GIVEN = ["阿不都热合曼", "艾尔肯", "买买提江", "努尔艾力", "亚森", "吐尔洪", "阿迪力",
            "伊力哈木", "古丽努尔", "热依拉", "迪丽娜尔", "阿依古丽", "帕提古丽", "米热古丽",
            "祖丽胡玛尔", "努尔兰", "叶尔兰", "阿依努尔"]
UY_FATHER = ["买买提", "艾力", "吐尔逊", "阿布都", "依明", "吾斯曼", "托合提", "热西提",
             "卡德尔", "斯拉木", "别克", "哈力克"]
UY_DOTS = ["·", "•", "・"]
TIB = ["扎西", "次仁", "格桑", "达瓦", "尼玛", "旺姆", "卓玛", "拉姆", "顿珠", "央金", "多吉", "措姆"]
MONG = ["巴特尔", "乌日娜", "其其格", "额尔敦", "苏和", "朝鲁", "那仁", "格日勒", "宝音", "图雅"]
YI = ["吉克·阿依", "阿苏·木呷", "沙马·拉且", "吉伍·伍牛", "曲比·阿果"]
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
          "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song",
          "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
          "Yuan", "Cai", "Jiang", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Shen", "Ouyang"]
PY_GIV = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yong", "Yan", "Jie",
          "Juan", "Tao", "Ming", "Chao", "Xiu", "Xia", "Ping", "Gang", "Hui", "Hong", "Yu",
          "Ting", "Xin", "Hao", "Kai", "Lan", "Mei", "Qing", "Rui", "Shan", "Tong", "Xuan",
          "Ying", "Zhen", "Bo", "Dan", "Fei", "Lin", "Ning"]
EN_FIRST = ["Emily", "Kevin", "Jason", "Lucy", "Amy", "Tony", "Cindy", "Eric", "Grace", "Jack",
            "Vivian", "Leo", "Sophia", "Daniel", "Helen", "Peter", "Alice", "Frank", "Ivy",
            "Ryan", "Coco", "Sunny", "Allen", "Linda", "Oscar", "Nina", "Bella", "Henry"]
# names that are ordinary words; 'bare' ones may stand alone in a name slot
WORD_NAMES = ["平安", "国庆", "江河", "和平", "光明", "胜利", "海燕", "建设", "新华", "春雨"]
WORD_BARE = ["平安", "国庆", "江河", "和平", "光明", "胜利", "海燕"]

PLACES = [
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
    ("广东省", "广州市", ["天河区", "海珠区", "番禺区", "荔湾区"]),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "拱墅区"]),
    ("江苏省", "南京市", ["鼓楼区", "江宁区", "秦淮区"]),
    ("江苏省", "苏州市", ["吴中区", "姑苏区", "相城区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城回族区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]),
    ("山东省", "济南市", ["历下区", "槐荫区", "天桥区"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
    ("陕西省", "西安市", ["雁塔区", "未央区", "碑林区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区", "瑶海区"]),
    ("河北省", "石家庄市", ["长安区", "裕华区", "桥西区"]),
    ("北京市", "", ["朝阳区", "海淀区", "丰台区", "通州区"]),
    ("上海市", "", ["浦东新区", "闵行区", "徐汇区", "宝山区"]),
    ("重庆市", "", ["渝北区", "江北区", "沙坪坝区"]),
    ("天津市", "", ["南开区", "河西区"]),
]
ROADS = ["人民路", "解放路", "中山路", "学府路", "长江路", "科技路", "工业大道", "东风路",
         "迎宾大道", "滨河路", "青年路", "花园路", "文化路", "幸福路", "朝阳路", "金桥路",
         "航海路", "紫荆路", "丰庆路", "北环路", "友谊路", "育才路", "环城西路", "振兴路", "长虹路"]
ESTATES = ["锦绣花园", "阳光新城", "幸福里", "碧桂园", "万科城", "翠苑小区", "金色家园", "恒大名都",
           "保利香槟国际", "龙湖春江郦城", "绿地世纪城", "融创壹号院", "新城花园", "怡景苑", "丽水湾",
           "康乐小区", "东湖小区", "水岸花城", "御景湾", "世纪华庭", "中海国际社区", "盛世名门",
           "城南家园", "紫荆苑", "荷塘月色", "桂花园"]
COUNTIES = [("河南省周口市", "郸城县", "汲冢镇", "李楼村"), ("河南省商丘市", "虞城县", "利民镇", "王庄村"),
            ("安徽省阜阳市", "临泉县", "迎仙镇", "张湾村"), ("山东省菏泽市", "曹县", "庄寨镇", "前刘村"),
            ("四川省南充市", "仪陇县", "金城镇", "柳垭村"), ("湖南省邵阳市", "隆回县", "桃洪镇", "大坪村"),
            ("江西省赣州市", "于都县", "贡江镇", "长口村"), ("河北省邯郸市", "魏县", "牙里镇", "东代村"),
            ("广西壮族自治区玉林市", "博白县", "顿谷镇", "石马村"), ("湖北省黄冈市", "蕲春县", "漕河镇", "大同村")]
TOWERS = ["国贸大厦", "金融中心", "科技大厦", "创业大厦", "时代广场", "环球中心", "万达广场写字楼", "财富中心"]
UNIVS = ["郑州大学", "武汉理工大学", "四川大学", "湖南师范大学", "南京工业大学", "西北大学",
         "山东财经大学", "河北科技大学", "福州大学", "安徽医科大学"]
CAMPUS = ["北校区", "南校区", "东校区", "主校区", ""]
YIZHAN = ["菜鸟驿站", "妈妈驿站", "兔喜生活", "中通快递超市", "京东快递点"]
EN_ESTATE = ["Jinxiu Garden", "Sunshine New Town", "Xingfuli Community", "Vanke City",
             "Greenland Century City", "Cuiyuan Estate", "Golden Home"]
EN_ROAD = ["Renmin Road", "Jiefang Road", "Zhongshan Road", "Xuefu Road", "Wenhua Road", "Keji Road"]
EN_DC = [("Nanshan District", "Shenzhen", "Guangdong"), ("Tianhe District", "Guangzhou", "Guangdong"),
         ("Xihu District", "Hangzhou", "Zhejiang"), ("Jinshui District", "Zhengzhou", "Henan"),
         ("Wuhou District", "Chengdu", "Sichuan"), ("Chaoyang District", "Beijing", "Beijing")]
TW_CITY = [("台北市", ["大安區", "信義區", "中山區"]), ("新北市", ["板橋區", "新莊區"]),
           ("台中市", ["西屯區", "北屯區"]), ("高雄市", ["苓雅區", "三民區"]), ("桃園市", ["中壢區"])]
TW_ROAD = ["忠孝東路", "中山北路", "民生路", "復興路", "中正路", "民族路"]
TW_STORE = ["7-11 仁愛門市", "全家 民權店", "7-11 松江門市", "萊爾富 中正店", "全家 復興店"]

MOBILE_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
              "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
              "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"]
AREA = [("0371", 8), ("0755", 8), ("020", 8), ("0571", 8), ("025", 8), ("027", 8), ("028", 8),
        ("0531", 8), ("0731", 8), ("029", 8), ("010", 8), ("021", 8)]
ID_AREAS = ["410102", "440305", "330106", "320102", "420111", "510107", "370102", "430104",
            "610113", "350203", "340104", "130102", "110105", "310115", "500112", "120104",
            "411625", "341221", "513030", "522401"]
CARD_PRE = ["622848", "621700", "622202", "621226", "622588", "436742", "621483", "622908",
            "623058", "621799", "622262", "625965", "622700", "622609"]
PLATE_PROV = list("粤浙苏豫鄂川鲁湘陕闽皖冀京沪渝津")
PLATE_LET = "ABCDEFGHJK"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
MAIL_DOM = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com"]

# non-personal fillers
COURIERS = ["顺丰", "中通", "圆通", "申通", "韵达", "极兔", "京东快递", "邮政EMS", "德邦", "菜鸟"]
PLATFORMS = ["淘宝", "天猫", "京东", "拼多多", "抖音商城", "快手小店", "唯品会", "闲鱼", "得物", "小红书"]
FOODPLAT = ["美团外卖", "饿了么", "盒马", "叮咚买菜", "朴朴超市"]
GOODS = ["纸尿裤", "奶粉", "洗衣液", "电饭煲", "空气炸锅", "蓝牙耳机", "手机壳", "充电宝", "羽绒服",
         "运动鞋", "书包", "水果礼盒", "坚果礼包", "猫粮", "螺蛳粉", "保温杯", "床单被套", "台灯",
         "插线板", "血压计", "月饼礼盒", "大米", "食用油", "抽纸"]
SHOPS = ["优品生活旗舰店", "家家乐母婴专营店", "小米之家", "九阳官方旗舰店", "三只松鼠",
         "良品铺子", "名创优品", "安踏专卖店", "海尔官方旗舰店", "美的电器自营店"]
TRADE = ["老{s}水果店", "{s}记烧腊", "{s}姐麻辣烫", "老{s}家常菜", "{s}氏米粉"]
LENDERS = ["安逸花", "美团月付", "京东金条", "360借条", "分期乐", "花呗", "借呗", "抖音月付", "拍拍贷", "小赢卡贷"]
BANKS = ["工商银行", "农业银行", "招商银行", "中国银行", "交通银行", "邮储银行"]
COMPANIES = ["鑫达物流有限公司", "顺成电子厂", "华联超市", "宏图装饰工程有限公司", "百佳物业服务有限公司",
             "恒通汽车销售公司", "蓝天教育培训中心", "万家福连锁超市"]
HOSPS = ["市第一人民医院", "市中心医院", "妇幼保健院", "中医院", "省人民医院", "区人民医院"]
DEPTS = ["心内科", "骨科", "妇产科", "儿科", "消化内科", "神经外科", "急诊科"]
SCHOOLS = ["实验小学", "第三中学", "育才小学", "外国语学校", "第一高级中学", "师范附属小学"]
CLASSES = ["三年级二班", "初二(5)班", "高一3班", "五年级一班", "六年级四班", "初一(2)班"]
RELS = ["父亲", "母亲", "配偶", "同事", "朋友", "哥哥", "姐姐", "表弟"]
DATES = ["3月5日", "5月12日", "6月18日", "8月2日", "9月27日", "10月3日", "11月11日", "12月1日"]

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def dig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + dig(rng, n - 1)


# ----------------------------------------------------------------- names
def given(rng, n):
    pool = GIVEN_F if rng.random() < 0.5 else GIVEN_M
    return "".join(rng.choice(pool) for _ in range(n))


def gen_name(rng, form=None):
    """Return (value, style)."""
    if form is None:
        r = rng.random()
        if r < 0.40:
            form = "cn3"
        elif r < 0.58:
            form = "cn2"
        elif r < 0.65:
            form = "wordsur"
        elif r < 0.72:
            form = "compound"
        elif r < 0.78:
            form = "rare"
        elif r < 0.82:
            form = "trad"
        elif r < 0.86:
            form = "minority"
        elif r < 0.90:
            form = "spaced"
        elif r < 0.94:
            form = "pinyin"
        elif r < 0.97:
            form = "english"
        else:
            form = "cn3"
    if form == "cn3":
        return rng.choice(SURNAMES) + given(rng, 2), "cn3"
    if form == "cn2":
        return rng.choice(SURNAMES) + given(rng, 1), "cn2"
    if form == "wordsur":
        return rng.choice(WORD_SURNAMES) + given(rng, rng.choice([1, 2])), "wordsur"
    if form == "compound":
        return rng.choice(COMPOUND) + given(rng, rng.choice([1, 2])), "compound"
    if form == "rare":
        return rng.choice(RARE) + given(rng, rng.choice([1, 2])), "rare"
    if form == "trad":
        return rng.choice(TRAD_SUR) + rng.choice(TRAD_GIVEN), "trad"
    if form == "minority":
        r = rng.random()
        if r < 0.5:
            return rng.choice(UY_GIVEN) + rng.choice(UY_DOTS) + rng.choice(UY_FATHER), "minority-uyghur"
        if r < 0.75:
            a, b = rng.sample(TIB, 2)
            return a + (rng.choice(["·", ""])) + b, "minority-tibetan"
        if r < 0.92:
            a, b = rng.sample(MONG, 2)
            return a + (rng.choice(["·", ""])) + b, "minority-mongolian"
        return rng.choice(YI), "minority-yi"
    if form == "spaced":
        r = rng.random()
        if r < 0.4:
            return rng.choice(SURNAMES) + " " + given(rng, 2), "spaced-ascii"
        if r < 0.7:
            return rng.choice(SURNAMES + COMPOUND) + "\u3000" + given(rng, rng.choice([1, 2])), "spaced-ideo"
        return " ".join(rng.choice(SURNAMES) + given(rng, 2)), "spaced-each"
    if form == "pinyin":
        s = rng.choice(PY_SUR)
        g1, g2 = rng.choice(PY_GIV), rng.choice(PY_GIV)
        r = rng.random()
        if r < 0.35:
            return f"{s} {g1}{g2.lower()}", "pinyin-sg"
        if r < 0.55:
            return f"{s.upper()} {g1}{g2.lower()}", "pinyin-SG"
        if r < 0.75:
            return f"{g1}{g2.lower()} {s}", "pinyin-gs"
        if r < 0.88:
            return f"{s} {g1} {g2}", "pinyin-s-g-g"
        return f"{s.lower()} {g1.lower()}{g2.lower()}", "pinyin-lower"
    if form == "english":
        f = rng.choice(EN_FIRST)
        s = rng.choice(PY_SUR)
        if rng.random() < 0.8:
            return f"{f} {s}", "english"
        return f"{s} {f}", "english-rev"
    if form == "word":
        w = rng.choice(WORD_NAMES)
        if w in WORD_BARE and rng.random() < 0.5:
            return w, "word-bare"
        return rng.choice(SURNAMES) + w, "word-sur"
    if form == "split":
        s = rng.choice(SURNAMES + COMPOUND)
        return s + "\n" + given(rng, rng.choice([1, 2])), "split-linebreak"
    raise ValueError(form)


# ----------------------------------------------------------------- phones etc.
def mobile(rng):
    return rng.choice(MOBILE_PRE) + dig(rng, 8)


def gen_phone(rng, form=None):
    m = mobile(rng)
    if form is None:
        r = rng.random()
        form = ("plain" if r < 0.46 else "spaced" if r < 0.62 else "dashed" if r < 0.71 else
                "+86 " if r < 0.79 else "+86" if r < 0.84 else "0086" if r < 0.88 else
                "fullwidth" if r < 0.93 else "dotted")
    if form == "plain":
        return m, "mobile-plain"
    if form == "spaced":
        return f"{m[:3]} {m[3:7]} {m[7:]}", "mobile-spaced"
    if form == "dashed":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}", "mobile-dashed"
    if form == "+86 ":
        return "+86 " + m, "mobile-+86-space"
    if form == "+86":
        return "+86" + m, "mobile-+86-fused"
    if form == "0086":
        return "0086 " + m, "mobile-0086"
    if form == "fullwidth":
        return m.translate(FW), "mobile-fullwidth"
    if form == "dotted":
        return f"{m[:3]}.{m[3:7]}.{m[7:]}", "mobile-dotted"
    raise ValueError(form)


def gen_masked_phone(rng):
    m = mobile(rng)
    r = rng.random()
    if r < 0.7:
        return m[:3] + "****" + m[7:], "masked-3-4"
    if r < 0.85:
        return m[:3] + " **** " + m[7:], "masked-spaced"
    return m[:3] + "＊＊＊＊" + m[7:], "masked-fullwidth-star"


def gen_virtual(rng):
    m = rng.choice(["170", "171", "165"]) + dig(rng, 8)
    ext = dig(rng, 4)
    if rng.random() < 0.6:
        return f"{m}转{ext}", "virtual-zhuan"
    return f"{m},{ext}", "virtual-comma"


def gen_landline(rng):
    code, n = rng.choice(AREA)
    num = nz(rng, n)
    r = rng.random()
    if r < 0.45:
        return f"{code}-{num}", "landline-dash"
    if r < 0.65:
        return f"({code}){num}", "landline-paren"
    if r < 0.8:
        return f"{code}-{num[:4]} {num[4:]}", "landline-dash-spaced"
    return f"{code}-{num}转{nz(rng, 3)}", "landline-ext"


def gen_tw_phone(rng):
    m = "09" + dig(rng, 8)
    if rng.random() < 0.6:
        return f"{m[:4]}-{m[4:7]}-{m[7:]}", "tw-mobile-dashed"
    return m, "tw-mobile-plain"


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def raw_id(rng):
    y = rng.randint(1962, 2006)
    mth = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s17 = f"{rng.choice(ID_AREAS)}{y}{mth:02d}{d:02d}{dig(rng, 3)}"
    return s17 + id_check(s17)


def gen_id(rng, form=None):
    idn = raw_id(rng)
    if form is None:
        r = rng.random()
        form = "plain" if r < 0.72 else "spaced" if r < 0.86 else "lowerx" if r < 0.93 else "fullwidth"
    if form == "lowerx":
        # force an X ending by redrawing
        for _ in range(200):
            if idn.endswith("X"):
                return idn[:-1] + rng.choice("Xx"), "id-x"
            idn = raw_id(rng)
        return idn, "id-plain"
    if form == "plain":
        return idn, "id-plain"
    if form == "spaced":
        return f"{idn[:6]} {idn[6:14]} {idn[14:]}", "id-spaced-6-8-4"
    if form == "fullwidth":
        return idn.translate(FW), "id-fullwidth"
    raise ValueError(form)


def gen_masked_id(rng):
    idn = raw_id(rng)
    if rng.random() < 0.6:
        return idn[:6] + "********" + idn[14:], "id-masked-6-8-4"
    return idn[:3] + "*" * 11 + idn[14:], "id-masked-3-11-4"


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def gen_card(rng):
    n = rng.choice([16, 19, 19])
    body = rng.choice(CARD_PRE) + dig(rng, n - 7)
    c = body + luhn_digit(body)
    r = rng.random()
    if r < 0.55:
        return c, f"card{n}-plain"
    if r < 0.8:
        return " ".join(c[i:i + 4] for i in range(0, n, 4)), f"card{n}-spaced"
    if r < 0.92:
        return "-".join(c[i:i + 4] for i in range(0, n, 4)), f"card{n}-dashed"
    return c.translate(FW), f"card{n}-fullwidth"


def gen_plate(rng):
    p = rng.choice(PLATE_PROV)
    l = rng.choice(PLATE_LET)
    r = rng.random()
    if r < 0.25:
        ne = rng.choice("DF") + dig(rng, 5)
        return p + l + ne, "plate-newenergy"
    tail = "".join(rng.choice(ALNUM) for _ in range(4)) + rng.choice("0123456789")
    tail = rng.choice("0123456789") + tail[1:]
    if r < 0.55:
        return p + l + tail, "plate-plain"
    if r < 0.8:
        return p + l + "·" + tail, "plate-dot"
    if r < 0.9:
        return p + l + " " + tail, "plate-space"
    return p + l + "-" + tail, "plate-dash"


def pyword(rng):
    return (rng.choice(PY_SUR) + rng.choice(PY_GIV)).lower()


def gen_wechat(rng):
    r = rng.random()
    if r < 0.35:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), "wx-wxid"
    if r < 0.7:
        return pyword(rng) + str(rng.randint(1975, 2008)), "wx-pinyin-year"
    if r < 0.85:
        return rng.choice(["mall", "kd", "wl", "shop", "tg"]) + "_" + pyword(rng) + dig(rng, 3), "wx-trade"
    return rng.choice(["Lily", "Coco", "Amy", "Tom", "Sunny"]) + "_" + dig(rng, 4), "wx-en-digits"


def gen_qq(rng):
    return nz(rng, rng.randint(6, 10)), "qq"


def gen_email(rng):
    r = rng.random()
    if r < 0.3:
        return nz(rng, rng.randint(6, 10)) + "@qq.com", "email-numeric-qq"
    if r < 0.8:
        return pyword(rng) + dig(rng, rng.randint(0, 4)) + "@" + rng.choice(MAIL_DOM), "email-pinyin"
    return rng.choice(["lily", "kevin", "coco", "jack", "amy"]) + "." + rng.choice(PY_SUR).lower() + "@" + rng.choice(MAIL_DOM), "email-en"


# accounts
def gen_order(rng):
    r = rng.random()
    if r < 0.3:
        return rng.choice("234") + dig(rng, 18), "order-taobao19"
    if r < 0.5:
        return rng.choice("23") + dig(rng, 11), "order-jd12"
    if r < 0.7:
        return f"{rng.randint(23, 26)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{dig(rng, 15)}", "order-pdd"
    if r < 0.85:
        return "6" + dig(rng, 18), "order-douyin19"
    return "E" + dig(rng, 4) + dig(rng, 14), "order-E"


def gen_waybill(rng):
    r = rng.random()
    if r < 0.25:
        return "SF" + nz(rng, 13), "waybill-SF"
    if r < 0.4:
        return "YT" + nz(rng, 13), "waybill-YT"
    if r < 0.55:
        return "JT" + nz(rng, 13), "waybill-JT"
    if r < 0.7:
        return "7" + dig(rng, 13), "waybill-zto-digits"
    if r < 0.82:
        return "JD" + rng.choice(["VA", "VB", "VC"]) + dig(rng, 11), "waybill-JD"
    if r < 0.92:
        return "43" + dig(rng, 11), "waybill-yunda-digits"
    return "1" + dig(rng, 12), "waybill-ems-digits"


def gen_contract(rng):
    r = rng.random()
    if r < 0.4:
        return f"HT{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{dig(rng, 4)}", "contract-HT"
    if r < 0.7:
        return f"JK{dig(rng, 14)}", "contract-JK"
    return f"ZL-{rng.randint(2023, 2026)}-{dig(rng, 5)}", "contract-ZL"


def gen_gate(rng):
    if rng.random() < 0.6:
        return dig(rng, 10), "gate-10digits"
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(8)), "gate-hex8"


def gen_nick(rng):
    r = rng.random()
    if r < 0.4:
        return "tb" + dig(rng, 10), "nick-tb"
    if r < 0.7:
        return "jd_" + "".join(rng.choice("0123456789abcdef") for _ in range(12)), "nick-jd"
    return "pdd" + dig(rng, 11), "nick-pdd"


def gen_hosp_no(rng):
    if rng.random() < 0.5:
        return "ZY" + dig(rng, 8), "hosp-ZY"
    return nz(rng, 8), "hosp-digits"


def gen_medcard(rng):
    return nz(rng, 10), "medcard"


def gen_stu(rng):
    return str(rng.randint(2019, 2026)) + dig(rng, rng.choice([6, 8])), "student-no"


def gen_elec(rng):
    return "0" + dig(rng, 9), "power-account"


def gen_rider(rng):
    if rng.random() < 0.5:
        return nz(rng, 8), "riderid-digits"
    return rng.choice(["MT", "ELM"]) + dig(rng, 8), "riderid-prefix"


def gen_empid(rng):
    return rng.choice(["KF", "CS", ""]) + dig(rng, rng.choice([5, 6])), "cs-empid"


# addresses
def place(rng):
    p, c, ds = rng.choice(PLATES_OK)
    return p, c, rng.choice(ds)


PLATES_OK = PLACES


def room_no(rng):
    return f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}"


def gen_address(rng, form=None):
    if form is None:
        r = rng.random()
        form = ("full" if r < 0.4 else "full_hl" if r < 0.55 else "road_only" if r < 0.65 else
                "spaced" if r < 0.73 else "dash" if r < 0.83 else "village" if r < 0.9 else
                "office" if r < 0.95 else "sh")
    p, c, d = place(rng)
    pc = p + c if c else p
    road = rng.choice(ROADS)
    n = rng.randint(1, 388)
    est = rng.choice(ESTATES)
    b, u, rm = rng.randint(1, 28), rng.randint(1, 6), room_no(rng)
    if form == "full":
        return f"{pc}{d}{road}{n}号{est}{b}栋{u}单元{rm}室", "addr-full-dong"
    if form == "full_hl":
        return f"{c or p}{d}{est}{b}号楼{u}单元{rm}", "addr-city-haolou"
    if form == "road_only":
        return f"{c or p}{d}{road}{n}号{rng.choice(['', '院'])}{b}号楼{rm}", "addr-road-building"
    if form == "spaced":
        return f"{p} {c + ' ' if c else ''}{d} {road}{n}号 {est} {b}幢 {u}单元 {rm}", "addr-spaced"
    if form == "dash":
        if rng.random() < 0.5:
            return f"{d}{road}{n}号{est} {b}-{u}-{rm}", "addr-dash-room"
        return f"{c or p}{est}{b}-{u}-{rm}", "addr-estate-dash"
    if form == "village":
        pre, county, town, vil = rng.choice(COUNTIES)
        return f"{pre}{county}{town}{vil}{rng.choice('一二三四五六七八')}组{rng.randint(1, 99)}号", "addr-village"
    if form == "office":
        return f"{c or p}{d}{road}{n}号{rng.choice(TOWERS)}{rng.choice('ABCD')}座{rng.randint(2, 40)}层{room_no(rng)}室", "addr-office"
    if form == "sh":
        return f"上海市{rng.choice(PLACES[15][2])}{road}{rng.randint(100, 2000)}弄{b}号{rm}室", "addr-shanghai-nong"
    if form == "fullwidth":
        s = f"{c or p}{d}{est}{b}号楼{u}单元{rm}室"
        return s.translate(FW), "addr-fullwidth"
    if form == "partial":
        r = rng.random()
        if r < 0.4:
            return f"{est}{b}号楼", "addr-partial-haolou"
        if r < 0.7:
            return f"{est}{b}栋", "addr-partial-dong"
        return f"{est}{b}号楼{u}单元", "addr-partial-unit"
    if form == "yizhan":
        if rng.random() < 0.5:
            return f"{d}{road}{n}号{est}{rng.choice(YIZHAN)}", "addr-yizhan-road"
        return f"{c or p}{est}{b}号楼底商{rng.choice(YIZHAN)}", "addr-yizhan-estate"
    if form == "dorm":
        return f"{rng.choice(UNIVS)}{rng.choice(CAMPUS)}{b}号宿舍楼{rng.randint(1, 6)}{rng.randint(1, 30):02d}", "addr-dorm"
    if form == "en":
        dist, city, prov = rng.choice(EN_DC)
        r = rng.random()
        if r < 0.5:
            return f"Rm {rm}, Bldg {b}, {rng.choice(EN_ESTATE)}, No. {n} {rng.choice(EN_ROAD)}, {dist}, {city}", "addr-english-rm"
        return f"No. {n} {rng.choice(EN_ROAD)}, Unit {u}-{rm}, {dist}, {city}, {prov} {nz(rng, 6)}", "addr-english-unit"
    if form == "tw":
        city, ds = rng.choice(TW_CITY)
        return f"{city}{rng.choice(ds)}{rng.choice(TW_ROAD)}{rng.choice('一二三四五')}段{n}號{rng.randint(2, 15)}樓", "addr-taiwan"
    if form == "room":
        if rng.random() < 0.75:
            return f"{b}-{u}-{rm}", "room-dash"
        return f"{b}栋{u}单元{rm}", "room-dong-unit"
    raise ValueError(form)


# ----------------------------------------------------------------- placeholders
# key -> (kind, function(rng) -> (value, style))
LABELLED = {
    "A": ("name", lambda r: gen_name(r)),
    "B": ("name", lambda r: gen_name(r)),
    "C": ("name", lambda r: gen_name(r)),
    "PY": ("name", lambda r: gen_name(r, "pinyin")),
    "EN": ("name", lambda r: gen_name(r, "english")),
    "TR": ("name", lambda r: gen_name(r, "trad")),
    "TR2": ("name", lambda r: gen_name(r, "trad")),
    "SP": ("name", lambda r: gen_name(r, "spaced")),
    "MIN": ("name", lambda r: gen_name(r, "minority")),
    "CMP": ("name", lambda r: gen_name(r, "compound")),
    "W": ("name", lambda r: gen_name(r, "word")),
    "NL": ("name", lambda r: gen_name(r, "split")),
    "P": ("phone", lambda r: gen_phone(r)),
    "P2": ("phone", lambda r: gen_phone(r)),
    "PP": ("phone", lambda r: gen_phone(r, "plain")),
    "MP": ("phone", gen_masked_phone),
    "VP": ("phone", gen_virtual),
    "TEL": ("phone", gen_landline),
    "TWP": ("phone", gen_tw_phone),
    "ID": ("id_number", lambda r: gen_id(r)),
    "MID": ("id_number", gen_masked_id),
    "CARD": ("bank_card", gen_card),
    "AD": ("address", lambda r: gen_address(r)),
    "ADS": ("address", lambda r: gen_address(r, "spaced")),
    "ADD": ("address", lambda r: gen_address(r, "dash")),
    "ADV": ("address", lambda r: gen_address(r, "village")),
    "ADF": ("address", lambda r: gen_address(r, "fullwidth")),
    "ADP": ("address", lambda r: gen_address(r, "partial")),
    "ADSH": ("address", lambda r: gen_address(r, "sh")),
    "ADO": ("address", lambda r: gen_address(r, "office")),
    "ADU": ("address", lambda r: gen_address(r, "dorm")),
    "ADY": ("address", lambda r: gen_address(r, "yizhan")),
    "ADEN": ("address", lambda r: gen_address(r, "en")),
    "TWAD": ("address", lambda r: gen_address(r, "tw")),
    "ROOM": ("address", lambda r: gen_address(r, "room")),
    "ORD": ("account", gen_order),
    "WAY": ("account", gen_waybill),
    "CON": ("account", gen_contract),
    "GATE": ("account", gen_gate),
    "NICK": ("account", gen_nick),
    "HOSP": ("account", gen_hosp_no),
    "MED": ("account", gen_medcard),
    "STU": ("account", gen_stu),
    "EACC": ("account", gen_elec),
    "RID": ("account", gen_rider),
    "EMP": ("account", gen_empid),
    "PL": ("plate", gen_plate),
    "WX": ("wechat", gen_wechat),
    "QQ": ("qq", gen_qq),
    "EM": ("email", gen_email),
}


def _code(r):
    x = r.random()
    if x < 0.5:
        return f"{r.randint(1, 12)}-{r.randint(1, 6)}-{r.randint(1001, 9999)}"
    if x < 0.75:
        return f"{r.choice('ABCDEF')}{r.randint(1, 20)}-{r.randint(1, 5)}-{r.randint(1001, 9999)}"
    return str(r.randint(100000, 999999))


FILLERS = {
    "sur": lambda r: r.choice(SURNAMES),
    "sur2": lambda r: r.choice(SURNAMES),
    "shop": lambda r: r.choice(SHOPS),
    "trade": lambda r: r.choice(TRADE).format(s=r.choice(SURNAMES)),
    "goods": lambda r: r.choice(GOODS),
    "courier": lambda r: r.choice(COURIERS),
    "platform": lambda r: r.choice(PLATFORMS),
    "fplat": lambda r: r.choice(FOODPLAT),
    "lender": lambda r: r.choice(LENDERS),
    "bank": lambda r: r.choice(BANKS),
    "company": lambda r: r.choice(COMPANIES),
    "hosp": lambda r: r.choice(HOSPS),
    "dept": lambda r: r.choice(DEPTS),
    "school": lambda r: r.choice(SCHOOLS),
    "cls": lambda r: r.choice(CLASSES),
    "rel": lambda r: r.choice(RELS),
    "rel2": lambda r: r.choice(RELS),
    "date": lambda r: r.choice(DATES),
    "amt": lambda r: r.choice(["89.9元", "129元", "2,380元", "56.5元", "1,699元", "3000元", "468元", "12.8元", "860元", "4500元"]),
    "days": lambda r: str(r.randint(15, 240)),
    "code": _code,
    "fcode": lambda r: str(r.randint(10000000, 99999999)),
    "shelf": lambda r: f"{r.choice('ABCDEFGH')}{r.randint(1, 9)}-{r.randint(10, 99)}",
    "tail": lambda r: f"{r.randint(0, 9999):04d}",
    "estate": lambda r: r.choice(ESTATES),
    "station": lambda r: r.choice(ESTATES) + r.choice(YIZHAN),
    "cab": lambda r: str(r.randint(1, 40)),
    "slot": lambda r: f"{r.choice(['B1', 'B2', 'A'])}-{r.randint(1, 399):03d}",
    "bed": lambda r: str(r.randint(1, 60)),
    "store": lambda r: r.choice(TW_STORE),
    "city": lambda r: r.choice(["郑州", "深圳", "杭州", "成都", "武汉", "长沙", "合肥", "西安"]),
}

# ----------------------------------------------------------------- templates
# (group, [templates]); template id = group + two-digit index
T = {}
T["courier"] = [
    "收件人：{A} {P} 地址：{AD}",
    "收件人 {A} {P} {AD}",
    "寄件人：{A}，电话{P}，寄件地址{AD}；收件人：{B}，{P2}",
    "快递单上写的是{A}{P}，{ADP}，这不是我",
    "{A}/{P}/{AD}",
    "{A}|{P}|{ADS}",
    "面单：{courier} 运单号{WAY} 收：{A} {MP} {ADP}",
    "收件地址：{AD} {A}收",
    "收件人{A}{P}{ADD}",
    "寄：{A} {P}\n收：{B} {P2}\n{AD}",
    "快递小哥说送到{ADSH}，{sur}女士家，电话{P}",
    "地址写的{ADF}，收件人{A}，号码{P}",
    "{courier}面单上收件人{A}，电话{MP}，地址{ADV}",
]
T["pickup"] = [
    "【{station}】您的{courier}包裹已到站，取件码{code}，收件人{A}，请凭手机尾号{tail}取件",
    "【丰巢】{A}您好，您的快递已存入{estate}{cab}号柜，取件码{fcode}",
    "驿站老板说{A}的包裹一直没人取，上面电话{P}",
    "{ADY}，取件人{A}，{P}",
    "取件码{code} {A} {MP}",
    "快递柜短信：尊敬的{A}，您的包裹已放入{estate}快递柜，如有疑问请联系快递员{B}{P}",
    "兔喜生活提醒：{A}的包裹在{station}，货架号{shelf}",
    "我代{A}取的件，{courier}单号{WAY}，驿站记录了我的电话{P}",
    "{A}{P}取件码{code}",
    "驿站地址{ADY}，站长{A}，电话{P}",
    "{station}的登记本上有{A} {MP} 取件码{code}",
]
T["order"] = [
    "订单号：{ORD}\n收货人：{A}\n手机号：{MP}\n收货地址：{AD}",
    "买家{A}，订单号{ORD}，实付{amt}",
    "卖家{A}说已经发货了，单号{WAY}",
    "{platform}订单{ORD}收货人{A}{P}",
    "我在{platform}买的{goods}，订单号{ORD}，收货地址{AD}，催收的人居然知道",
    "买家昵称{NICK}，收货人{A}，{P}",
    "订单详情 | 收货人：{A} | {P} | {ADS}",
    "下单人：{A}（{P}）\n配送地址：{ADD}",
    "商品：{goods}  数量：1  收货人：{A}  电话：{P}",
    "{A}在{platform}的订单{ORD}被催收员拿去说事",
    "卖家{A}，店铺客服{B}，订单{ORD}",
    "订单{ORD}的收货人改成了{A}，地址{ADP}",
]
T["refund"] = [
    "退款申请：订单{ORD}，退款{amt}，退回{A}尾号{tail}的银行卡",
    "客服：亲，{A}的退货已签收，运单号{WAY}",
    "我：退货地址是哪里？\n卖家：{AD}，{A}收，{P}",
    "退货寄到{ADO}，收件人{A}，电话{P}",
    "退款到卡号{CARD}，户名{A}",
    "卖家{A}说让我把退款打到他微信{WX}，别走平台",
    "仅退款已同意，{A}，订单号{ORD}",
    "退货物流{courier} {WAY}，寄件人{A}",
    "请买家{A}提供收款账户，支付宝{PP}",
    "售后单号{ORD}，联系人{A}，{MP}",
    "卖家退款转到了{A}的{bank}卡{CARD}",
]
T["cs"] = [
    "客服{A}：您好，请提供订单号\n我：{ORD}\n客服{A}：已为您查询到收件人为{B}",
    "【{platform}客服】{A}您好，您的订单{ORD}已安排补发",
    "客服{A}（工号{EMP}）说会给我回电",
    "在线客服：请核对收货信息：{A}，{P}，{AD}",
    "客服说我的账号{NICK}绑定的手机{MP}被冻结了",
    "人工客服{A}让我加她企业微信{WX}",
    "客服邮件：Dear {EN}, your order {ORD} has been shipped.",
    "客服{A}说快递员{B}会联系我，电话{P}",
    "投诉：快递员{A}把我的件放在{ADP}门口没打电话",
    "12315投诉：商家{shop}，联系人{A}，{TEL}",
    "客服回复：{A}您好，您反映的信息泄露问题已记录，请留意{EM}的邮件",
    "转人工后客服{CMP}说订单{ORD}是{B}签收的",
]
T["food"] = [
    "骑手{A}已取餐，手机尾号{tail}",
    "备注：放{ADP}门口，别打电话，{A}",
    "骑手{A}{P}正在为您配送",
    "{fplat}：您的订单由骑手{A}配送，联系电话{VP}",
    "外卖备注：{ADD} 找{A}，电话{P}",
    "骑手说{A}的餐放在{estate}外卖柜了",
    "外卖小哥{A}说催收的让他带话，他的电话{P}",
    "收餐人：{A}（女士） {MP} {AD}",
    "我点外卖填的地址{ADU}，{A}，催收怎么知道的",
    "投诉骑手{A}，骑手ID{RID}，送到了{ADP}楼下就走了",
    "{fplat}订单{ORD}，收餐人{A}，{VP}",
]
T["property"] = [
    "业主{A}，房号{ROOM}，欠物业费{amt}",
    "{estate}物业通知：{ROOM}业主{A}，请于{date}前缴纳物业费",
    "业主信息登记\n姓名：{A}\n房号：{ROOM}\n电话：{P}\n车牌：{PL}",
    "车位号{slot}，业主{A}，车牌{PL}",
    "门禁卡号{GATE}，持卡人{A}",
    "物业管家{A}：{ROOM}的{B}家漏水了，麻烦联系{P}",
    "催收打到物业，说要找{ADF}的{A}",
    "{A} {ROOM} {P} 已缴",
    "业主群：@{A} 你家{PL}的车挡住消防通道了",
    "电费户号{EACC}，户名{A}，地址{AD}",
    "物业前台说{sur}先生家的快递都是{A}代收的",
    "访客登记：{A} {PL} 到访{ADP}",
]
T["tenancy"] = [
    "房屋租赁合同\n出租方（甲方）：{A}，身份证号{ID}\n承租方（乙方）：{B}，电话{P}\n房屋地址：{AD}",
    "房东{A}说催收的找到他了，房子在{ADP}",
    "合同编号{CON}，租客{A}，押一付三",
    "租客{A}{P}欠房租三个月",
    "中介{A}：{ADD}那套房，房东{B}同意降两百",
    "退租交接：{ROOM}，租客{A}签字，押金退回",
    "房东收款账户：{CARD} {A}",
    "租房押金转给了{A}的支付宝{EM}",
    "二房东{A}，微信{WX}，房子在{ADV}",
    "入住登记：{A} 身份证{ID} 房号{ROOM}",
    "房东{A}的收款码备注是{B}",
]
T["hospital"] = [
    "住院押金收据 姓名：{A} 住院号：{HOSP} 科室：{dept}",
    "{hosp}就诊卡号{MED}，患者{A}，联系电话{P}",
    "陪护人{A}，与患者{B}关系：{rel}，电话{P}",
    "催收打到{hosp}护士站找{A}，说是{dept}{bed}床",
    "出院小结 患者：{A} 性别：女 住址：{AD}",
    "挂号单：{A} {MID} {dept} {date}",
    "医保卡上的名字是{A}，身份证{ID}",
    "体检报告寄到{ADO}，{A}收",
    "{hosp}缴费通知：{A}家属，请补交住院费{amt}",
    "药房快递：{A} {P} {AD} 处方药两盒",
    "护工{A}说催收电话一直打到病房",
]
T["school"] = [
    "家长{A}，学生{B}，{cls}，电话{P}",
    "{school}新生报到表\n学生姓名：{A}\n学号：{STU}\n家庭住址：{AD}\n家长电话：{P}",
    "班主任{A}说催收打到学校找{B}的家长",
    "校服订购：{cls} {A} 160码 家长{B}{P}",
    "学费缴费凭证 学生{A} 学号{STU} 金额{amt}",
    "快递寄到{ADU}，{A}收，{P}",
    "家长群里有人问{A}妈妈是不是欠钱了",
    "助学贷款合同{CON}，借款学生{A}，共同借款人{B}",
    "{PY}同学的录取通知书EMS单号{WAY}",
    "{school}{cls}{A}的家长，请到校门口取快递",
]
T["loanform"] = [
    "姓名：{A}\n身份证：{ID}\n单位：{company}\n单位地址：{ADO}\n紧急联系人：{B} 关系：{rel} 电话：{P}",
    "借款人{A}，身份证号{ID}，手机{P}，银行卡{CARD}",
    "紧急联系人1：{A}/{rel}/{P}；紧急联系人2：{B}/{rel2}/{P2}",
    "现居住地址：{AD}，居住时长3年，单位电话{TEL}",
    "{lender}借款申请表 申请人 {A} 身份证 {ID} 现住址 {ADS}",
    "联系人：{A}，关系：{rel}，联系电话：{P}",
    "收款账户：{CARD}（{bank}） 户名：{A}",
    "借款合同编号{CON} 借款人{A} 金额{amt}",
    "工作信息：{company}，职位：仓管，同事{A}{P}",
    "申请人邮箱{EM}，QQ{QQ}，微信{WX}",
    "Name: {PY}  ID No.: {ID}  Tel: {P}",
    "配偶姓名{A} 配偶身份证{ID} 配偶电话{P}",
]
T["collector"] = [
    "{A}，你{date}在{platform}下单的{goods}送到{AD}，我们都知道，尽快还款",
    "【{lender}】{A}您好，您的收货地址{AD}已纳入上门核实名单",
    "我们查到你的快递收件人是{B}，电话{P}，是你什么人？",
    "{A}，你老婆{B}在{ADP}签收的快递我们都有记录",
    "催收短信：{A}，身份证{MID}，手机{MP}，逾期{days}天",
    "你外卖地址{ADD}，明天我们派人上门，{A}你看着办",
    "{A}{ID}逾期未还，已联系你的紧急联系人{B}{P}",
    "外访通知：{A}，住址{ADV}，{date}上门",
    "你的订单{ORD}收货人{A}，已截图保存",
    "法务{A}：你住的{estate}{ROOM}，物业已配合调查",
    "你在{school}读书的孩子{B}，我们也知道，{A}别逼我们",
    "催收员{A}发来我的取件记录：{station}，收件人{B}，{MP}",
]
T["intl"] = [
    "Name: {PY}\nTel: {P}\nAddress: {ADEN}",
    "Ship to: {EN}, {ADEN}, Phone {P}",
    "Recipient {PY} / {P} / {ADEN}",
    "Order #{ORD} placed by {EN} ({EM})",
    "Consignee: {PY} Tel:{P} Add:{AD}",
    "收件人(Name)：{EN} 电话(Tel)：{P}",
    "Billing name {PY}, card ending {tail}",
    "DHL waybill {WAY}, consignee {EN}, {P}",
    "海淘清关需要身份证：{A} {ID}",
    "Contact: {EN} | WeChat: {WX} | {P}",
]
T["weak"] = [
    "{A}{P}",
    "{P}{A}",
    "{ORD}{A}",
    "{A}{ORD}",
    "{amt}{A}付的款",
    "{WAY}{A}签收",
    "{A}{ADD}",
    "{A}{ID}",
    "{ROOM}{A}",
    "{A}{CARD}",
    "{A}{MP}{ADP}",
]
T["split"] = [
    "收件人：{NL}\n电话：{P}",
    "姓名{NL} 电话{P}",
    "{NL}\n{ADD}",
    "买家：{NL}，订单{ORD}",
    "业主：{NL}\n房号：{ROOM}",
    "紧急联系人：{NL}（{rel}）",
]
T["word"] = [
    "收件人：{W}，{P}",
    "骑手{W}已取餐，马上送达",
    "业主{W}家漏水，物业已派人",
    "{AD} {W}收",
    "买家{W}，订单{ORD}",
    "紧急联系人{W} 关系：{rel}",
    "快递员{W}送的件，放在门卫了",
    "{W}{P}",
    "房东{W}说这个月房租先欠着",
    "客服{W}：亲，已经帮您催了",
]
T["title"] = [
    "{A}女士您好，您的包裹已到{station}",
    "{A}先生，您的外卖到了，放在门口",
    "收件人：{A}女士 {P}",
    "尊敬的{A}先生，您的订单{ORD}已发货",
    "{sur}女士您好，我是{platform}客服{A}",
    "{A}（先生） {MP}",
    "找一下{sur}先生，就是{A}",
    "业主{A}女士，房号{ROOM}",
    "{sur}先生家，{ADP}",
    "{A}女士/{P}/{ADP}",
]
T["trad"] = [
    "收件人：{TR} 電話：{TWP} 取貨門市：{store}",
    "{TR}您好，您訂購的商品已送達{store}，請於7日內取貨",
    "賣家{TR}說已經出貨，訂單編號{ORD}",
    "寄件人{TR}，地址{TWAD}",
    "買家{TR} {TWP}",
    "{TR}的包裹寄到{TWAD}，{TR2}代收",
]
T["data"] = [
    "我的手机号{P}被快递面单泄露了",
    "订单号{ORD}被拿来威胁我",
    "身份证{ID}是我的，被人拿去网贷",
    "车牌{PL}停在小区里被贴了催收单",
    "快递单号{WAY}，帮我查一下是谁签收的",
    "收款卡{CARD}",
    "加我微信{WX}，发你订单截图",
    "QQ{QQ}，淘宝售后群",
    "邮箱{EM}收到了催收邮件",
    "门禁卡{GATE}失效了",
    "虚拟号{VP}打不通",
    "电话{TEL}是单位座机，催收一直打",
    "会员名{NICK}被封了",
    "合同{CON}的电子版在哪下载",
]
T["addr"] = [
    "收货地址：{AD}",
    "地址{ADS}",
    "{ADV}",
    "寄到{ADSH}",
    "送到{ADF}",
    "Address: {ADEN}",
    "就是{ADP}那家",
    "默认地址改成了{ADY}",
    "催收说要上门到{ADO}",
    "宿舍地址{ADU}",
]
T["bare"] = [
    "{sur}女士家门口的快递被人翻了",
    "{sur}先生，您的外卖已送达，取餐码{tail}",
    "业主{sur}女士说物业费下月交",
    "{sur}师傅的快递车停在{estate}北门",
    "{trade}的外卖备注写着不要辣",
    "取件码{code}，手机尾号{tail}",
    "{sur}经理说订单信息不是从他们店泄露的",
]

NONE_TEXTS = [
    "国庆节发货的那批快递还没到",
    "平安到达，谢谢快递小哥",
    "菜鸟驿站今天几点关门",
    "丰巢快递柜超时要收费吗",
    "催收员说知道我的收货地址，这合法吗",
    "物业说不能透露业主信息",
    "我要投诉快递公司泄露信息",
    "和平路那家驿站搬走了",
    "光明牛奶每天送到门口，催收的也跟着来",
    "新华书店的订单退款了",
    "建设银行的卡收不到退款",
    "胜利在望，欠款还剩最后一期",
    "春雨绵绵，快递延误了三天",
    "海燕牌电风扇坏了申请售后",
    "江河湖海都挡不住催收电话",
    "业主群里有人说催收来了小区",
    "王女士家门口的快递被拿走了",
    "李先生的外卖放门卫室了",
    "顺丰说包裹已签收但我没收到",
    "外卖骑手说有人在楼下问我住几楼",
    "拼多多先用后付逾期会上征信吗",
    "美团月付的账单还没出",
    "快递面单要撕掉再扔",
    "催收冒充快递员打电话让我下楼",
    "说是有我的到付件，其实是催收",
    "物业费和催收有什么关系",
    "房东说有人来找我，我没告诉他们",
    "学校老师说有人打电话到班里",
    "医院护士站接到了催收电话",
    "借款时填的紧急联系人现在天天被打",
    "单位地址是我随便填的",
    "平安夜收到了催收短信",
    "国庆假期快递停发吗",
    "出入平安，别回陌生电话",
    "和平精英的充值订单被拿去说事",
    "光明正大地催收可以，上门骚扰不行",
    "中国平安的保单快递到了",
    "新华路口的快递点已经关了",
    "海燕出版社的书退货了",
    "胜利油田的快递站收件",
    "刘先生家的快递总是放错",
    "张阿姨帮我收了快递",
    "赵师傅说明天再送",
    "周经理说退款已经处理",
    "快递柜的取件码过期了怎么办",
    "订单显示已签收，本人未签收",
    "催收说要把我的订单截图发到业主群",
    "我把收货地址全删了",
    "收件人写的是我妈，催收就打给她",
    "外卖地址是公司前台",
    "退款退回原支付账户了",
    "运单号查不到物流信息",
    "驿站说代收点不能透露收件人信息",
    "快递员说有人冒充我取件",
]

GROUP_ORDER = list(T.keys())


def template_table():
    out = []
    for g in GROUP_ORDER:
        for i, t in enumerate(T[g]):
            out.append((f"{g}{i + 1:02d}", g, t))
    return out


# ----------------------------------------------------------------- preserve
def build_preserve(rng):
    """Return list of (class, line) candidates."""
    c = []
    statuses = ["已揽收", "运输中", "已到达转运中心", "派送中", "已签收", "已发出", "正在派件",
                "已到达驿站", "已放入快递柜", "包裹异常", "退回中", "已拒收", "滞留件请联系网点",
                "转寄中", "已到达目的地城市", "今日无法送达", "已由驿站代收", "疑似丢件已登记"]
    couriers = ["顺丰速运", "中通快递", "圆通速递", "申通快递", "韵达快递", "极兔速递", "京东物流",
                "邮政EMS", "德邦快递", "丹鸟", "菜鸟裹裹", "跨越速运"]
    for cr in couriers:
        for st in statuses:
            c.append(("courier status", f"{cr}：您的包裹{st}"))
            c.append(("courier status", f"{cr}{st}"))
    plats = ["淘宝", "天猫", "京东", "拼多多", "抖音商城", "快手小店", "唯品会", "苏宁易购", "闲鱼",
             "得物", "小红书", "美团", "饿了么", "盒马", "叮咚买菜", "朴朴超市", "多多买菜", "美团优选"]
    phr = ["订单已提交", "待付款", "待发货", "已发货", "待收货", "交易成功", "交易关闭", "退款中",
           "退款成功", "申请售后", "确认收货", "延长收货", "催发货", "修改地址", "取消订单",
           "七天无理由退货", "运费险已理赔", "先用后付", "账单已出", "评价晒单", "仅退款", "退货退款",
           "极速退款", "平台介入"]
    for p in plats:
        for x in phr:
            c.append(("platform and order status", f"{p}{x}"))
    brands = ["华为", "小米", "三只松鼠", "良品铺子", "百草味", "安踏", "海尔", "美的", "格力", "九阳",
              "苏泊尔", "蒙牛", "伊利", "光明乳业", "农夫山泉", "元气森林", "蜜雪冰城", "瑞幸咖啡",
              "喜茶", "奈雪的茶", "肯德基", "麦当劳", "海底捞", "老乡鸡", "名创优品", "优衣库",
              "波司登", "南极人", "恒源祥", "老干妈", "周黑鸭", "王老吉", "洽洽", "旺旺", "娃哈哈",
              "康师傅", "白象", "今麦郎", "五芳斋", "稻香村", "同仁堂", "云南白药", "新华书店",
              "平安好医生", "回力", "飞鹤", "贝亲", "好孩子"]
    for b in brands:
        for s in ["官方旗舰店", "旗舰店", "专卖店", "自营", "直营店"]:
            c.append(("shops and brands", f"{b}{s}"))
    goods = ["纸巾", "洗衣液", "卫生巾", "纸尿裤", "奶粉", "大米", "食用油", "酱油", "抽纸", "牙膏",
             "洗发水", "沐浴露", "手机壳", "数据线", "充电宝", "蓝牙耳机", "电饭煲", "空气炸锅",
             "电风扇", "保温杯", "床单被套", "羽绒服", "运动鞋", "书包", "文具套装", "练习本",
             "水果礼盒", "坚果礼包", "猫粮", "狗粮", "螺蛳粉", "方便面", "矿泉水", "纯牛奶", "土鸡蛋",
             "红富士苹果", "脐橙", "车厘子", "榴莲", "月饼礼盒", "粽子", "台灯", "插线板", "拖把",
             "垃圾袋", "保鲜膜", "婴儿湿巾", "老花镜", "血压计", "体温计", "口罩", "暖宝宝"]
    specs = ["两件装", "家庭装", "买一送一", "已发货", "到了吗", "缺货了", "降价了", "退货了",
             "包邮", "坏了申请售后"]
    for g in goods:
        for s in specs:
            c.append(("goods", f"{g}{s}"))
    spots = ["南门", "北门", "东门", "西门", "物业服务中心", "快递柜", "地下车库", "业主群",
             "物业费", "停车场", "门卫室", "垃圾分类点", "充电桩", "电梯维修通知", "保安亭",
             "会所", "幼儿园", "菜鸟驿站", "丰巢快递柜", "业主委员会", "售楼处", "访客登记处"]
    for e in ESTATES:
        for s in spots:
            c.append(("estate words without numbers", f"{e}{s}"))
    words = ["平安到达", "平安夜", "平安保险", "中国平安", "出入平安", "平安好医生问诊", "一路平安",
             "国庆节发货", "国庆假期快递延迟", "国庆七天乐", "国庆节后统一发货", "国庆档预售",
             "江河湖海", "江河日下", "江河奔流", "和平路夜市", "和平精英", "世界和平", "和平饭店",
             "和平区", "光明牛奶", "光明乳业", "前途光明", "光明正大", "光明区", "光明网",
             "建设银行", "建设路", "城市建设", "建设工程", "新农村建设", "新华书店", "新华社",
             "新华路", "新华字典", "胜利在望", "胜利油田", "胜利大街", "胜利完成", "春雨绵绵",
             "春雨医生", "一场春雨", "海燕出版社", "海燕牌电风扇", "海燕在风暴中飞翔", "海燕路"]
    wraps = ["{}", "{}的快递", "{}，订单已发出", "关于{}的通知"]
    for w in words:
        for f in wraps:
            c.append(("word-names in ordinary use", f.format(w)))
    titles = ["女士", "先生", "师傅", "经理", "店长", "站长", "老板", "阿姨", "大爷", "老师",
              "医生", "护士", "管家", "保安"]
    sent = ["{s}{t}您好，您的快递已送达", "请{s}{t}到前台取件", "{s}{t}的外卖放门口了",
            "{s}{t}说明天再送", "麻烦转告{s}{t}", "{s}{t}家的包裹", "{s}{t}已签收"]
    surs = list(SURNAMES)
    for _ in range(420):
        c.append(("bare surname + title", rng.choice(sent).format(s=rng.choice(surs), t=rng.choice(titles))))
    phrases = [
        "快递员已联系您", "请保持电话畅通", "放门口就行", "麻烦放驿站", "不要打电话", "敲门就行",
        "快递柜已满", "驿站下午六点关门", "请及时取件", "超时将收取保管费", "代收点已签收",
        "已为您安排改派", "包裹在途中", "物流信息未更新", "请核对收货信息", "收货地址有误",
        "联系不上收件人", "退回寄件人", "到付件请备好现金", "送货上门需加收费用", "不送上楼",
        "放在快递柜了", "骑手正在赶往商家", "骑手已到店", "商家已出餐", "预计送达时间延迟",
        "订单已送达，祝您用餐愉快", "外卖放在门卫室", "请凭取件码取件", "取件码已过期",
        "取件码发错了", "手机尾号不对取不了件", "代取快递需要授权", "驿站不给代取",
        "物业代收快递", "业主信息不对外提供", "物业费逾期会影响门禁吗", "门禁卡丢了怎么补",
        "车位租金月底交", "租房合同到期", "押金什么时候退", "房东不退押金怎么办",
        "住院押金已缴", "门诊缴费处", "住院部三楼", "请带好医保卡", "体检报告已出",
        "家长会通知", "校服费已缴", "学费缴纳通知", "新生报到须知", "助学贷款续贷",
        "单位性质：私营企业", "月收入：五千到八千", "居住时长：三年以上", "婚姻状况：已婚",
        "紧急联系人关系：配偶", "紧急联系人关系：父母", "紧急联系人关系：同事", "学历：大专",
        "催收说要去我收货地址", "他们怎么知道我的快递信息", "订单信息被泄露了怎么办",
        "向平台投诉信息泄露", "催收冒充快递员", "催收冒充外卖骑手", "催收打到物业",
        "催收打到学校", "催收打到医院", "快递面单隐私保护", "隐私面单已开启", "虚拟号码保护中",
        "号码保护已开启", "本单使用隐私号", "电话打不通请联系客服", "售后服务热线",
        "退款将原路退回", "退款已到账", "退款金额与实付不符", "运费由商家承担",
        "七天内可申请退货", "仅退款申请被驳回", "平台客服介入中", "请上传凭证",
        "已同意退货申请", "请在七日内寄回", "退货地址请以商家提供为准", "快递丢件理赔中",
    ]
    wr = ["{}", "【温馨提示】{}", "{}，谢谢配合", "{}。如有疑问请联系客服"]
    for p in phrases:
        for f in wr:
            c.append(("delivery and form phrases", f.format(p)))
    foodp = ["美团外卖", "饿了么", "肯德基宅急送", "麦当劳麦乐送", "达美乐"]
    fph = ["骑手已接单", "商家已接单", "订单已送达", "准时宝已赔付", "超时赔付", "骑手迟到了",
           "备注不要辣", "备注放门口", "订单已取消", "满减券已过期", "会员红包到账", "配送费减免"]
    for f in foodp:
        for x in fph:
            c.append(("food delivery", f"{f}{x}"))
    for e in ESTATES:
        for y in YIZHAN:
            c.append(("pickup points without code", f"{e}{y}"))
    hotl = ["顺丰客服95338", "中通客服95311", "圆通客服95554", "韵达客服95546", "申通客服95543",
            "邮政客服11183", "消费者投诉12315", "政务热线12345", "京东客服950618"]
    for h in hotl:
        c.append(("hotlines", h))
        c.append(("hotlines", f"已拨打{h}"))
    codes = ["取件码{}", "您的取件码是{}", "凭取件码{}到驿站取件", "取餐号{}", "货架号{}",
             "柜门号{}", "丰巢取件码{}已发送", "取件码{}，请勿泄露"]
    for f in codes:
        for _ in range(3):
            v = _code(rng) if "餐" not in f and "柜门" not in f and "货架" not in f else str(rng.randint(1, 99))
            c.append(("pickup codes (doubtful)", f.format(v)))
    times = ["今天下午送达", "明天上午派送", "周末不派件", "节假日正常派送", "双十一预售",
             "618大促", "年货节发货", "春节期间停运", "下单后48小时内发货", "预计三天内到达",
             "晚上九点后不派送", "次日达", "当日达", "隔日达", "预售尾款", "定金已付"]
    for t in times:
        for f in ["{}", "{}，请留意", "商家承诺{}"]:
            c.append(("time phrases", f.format(t)))
    amounts = ["实付款八十九元", "运费六元", "优惠券抵扣十元", "合计一百二十元", "退款三百元",
               "物业费每平米一块八", "押一付三", "房租一千五", "住院押金五千", "学费两千八",
               "借款两万", "逾期费用三百多", "分期十二期", "每期还款八百"]
    for a in amounts:
        for f in ["{}", "{}，已付清", "显示{}"]:
            c.append(("amounts", f.format(a)))
    return c


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PSZC")
    return re.sub(r"[0-9]+", "0", s)


def load_dedupe(d):
    texts, lines = [], []
    nfiles = 0
    if not d:
        return texts, lines, 0
    for fn in sorted(os.listdir(d)):
        if "tune40" in fn:
            continue
        path = os.path.join(d, fn)
        if fn.endswith(".jsonl") and (fn.startswith("scrub_") or fn.startswith("sms_")):
            nfiles += 1
            with open(path, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.strip()
                    if not ln:
                        continue
                    try:
                        o = json.loads(ln)
                    except ValueError:
                        continue
                    if isinstance(o, dict) and isinstance(o.get("text"), str):
                        texts.append(o["text"])
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(path, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.rstrip("\n")
                    if ln:
                        lines.append(ln)
    return texts, lines, nfiles


# ----------------------------------------------------------------- main
def render(rng, tpl):
    parts = re.split(r"\{([A-Za-z0-9]+)\}", tpl)
    vals = {}
    text = ""
    spans = []  # (start, value, kind, style, key)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            text += p
            continue
        if p in LABELLED:
            kind, fn = LABELLED[p]
            if p not in vals:
                vals[p] = fn(rng)
            v, st = vals[p]
            spans.append((len(text), v, kind, st, p))
            text += v
        else:
            if p not in vals:
                vals[p] = (FILLERS[p](rng), None)
            text += vals[p][0]
    return text, spans


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.environ.get("TUNE40_OUT_DIR") or here
    dd = os.environ.get("TUNE40_DEDUPE_DIR") or ""
    os.makedirs(out_dir, exist_ok=True)
    o_texts, o_lines, nfiles = load_dedupe(dd)
    o_text_set = set(o_texts)
    o_all_exact = set(o_texts) | set(o_lines)
    o_all_norm = set(norm(x) for x in o_texts) | set(norm(x) for x in o_lines)
    o_pres_blob = "\n".join(o_lines)
    log = {"dedupe_files": nfiles, "dedupe_texts": len(o_texts), "dedupe_preserve_lines": len(o_lines)}

    # preserve list first (own rng)
    prng = random.Random(SEED + 1)
    cands = build_preserve(prng)
    pres, pclass, seen_norm = [], [], set()
    d_exact = d_norm = d_own = 0
    for cl, ln in cands:
        if ln in o_all_exact:
            d_exact += 1
            continue
        nn = norm(ln)
        if nn in o_all_norm:
            d_norm += 1
            continue
        if nn in seen_norm:
            d_own += 1
            continue
        seen_norm.add(nn)
        pres.append(ln)
        pclass.append(cl)
    log.update({"preserve_candidates": len(cands), "preserve_drop_exact": d_exact,
                "preserve_drop_norm": d_norm, "preserve_drop_own": d_own})
    idx = list(range(len(pres)))
    prng.shuffle(idx)
    pres = [pres[i] for i in idx]
    pclass = [pclass[i] for i in idx]
    pres_blob = "\n".join(pres)
    pres_set = set(pres)

    rng = random.Random(SEED)
    table = template_table()
    fill_tpls = [t for t in table if t[1] != "bare"]
    bare_tpls = [t for t in table if t[1] == "bare"]
    # none texts
    none_kept = []
    none_drop = 0
    for t in NONE_TEXTS:
        if t in o_all_exact or norm(t) in o_all_norm:
            none_drop += 1
            continue
        none_kept.append(t)
    log["none_scanned"] = len(NONE_TEXTS)
    log["none_dropped"] = none_drop
    n_bare = len(bare_tpls)
    n_fill = N_RECORDS - len(none_kept) - n_bare
    schedule = list(fill_tpls)
    while len(schedule) < n_fill:
        more = list(fill_tpls)
        rng.shuffle(more)
        schedule += more
    schedule = schedule[:n_fill]
    bsched = list(bare_tpls)
    while len(bsched) < n_bare:
        bsched.append(rng.choice(bare_tpls))
    schedule += bsched

    accepted = []  # (text, pii, meta)
    acc_texts = list(none_kept)
    acc_text_set = set(none_kept)
    acc_norm = set(norm(t) for t in none_kept)
    used_names = []
    used_name_set = set()
    stats = {"rej_exact_other": 0, "rej_norm_other": 0, "rej_own_exact": 0, "rej_name_clash": 0,
             "rej_name_other_preserve": 0, "rej_span": 0, "rej_word_unlabelled": 0, "rej_value_in_preserve": 0}
    tpl_text_blob = "\n".join(t[2] for t in table)
    for tid, grp, tpl in schedule:
        for attempt in range(200):
            text, spans = render(rng, tpl)
            # span check
            ok = True
            vals_order = []
            for st, v, kind, style, key in spans:
                if v not in [x[0] for x in vals_order]:
                    vals_order.append((v, kind, style, key))
            placed = {}
            for st, v, kind, style, key in spans:
                placed.setdefault(v, set()).add(st)
            for v, kind, style, key in vals_order:
                if set(occurrences(text, v)) != placed[v]:
                    ok = False
                for v2, _, _, _ in vals_order:
                    if v2 != v and v in v2:
                        ok = False
            if not ok:
                stats["rej_span"] += 1
                continue
            # word-names outside labelled name spans
            cover = [(st, st + len(v)) for st, v, kind, style, key in spans if kind == "name"]
            for w in WORD_NAMES:
                for o in occurrences(text, w):
                    if not any(a <= o and o + len(w) <= b for a, b in cover):
                        ok = False
            if not ok:
                stats["rej_word_unlabelled"] += 1
                continue
            # names: new and unique
            names = [v for v, kind, style, key in vals_order if kind == "name"]
            for v, kind, style, key in vals_order:
                if kind != "name" or style.startswith("word-"):
                    continue
                probe = v
                if (probe in used_name_set or any(probe in t for t in acc_texts)
                        or probe in tpl_text_blob or probe in pres_blob
                        or probe.replace("\n", "") in pres_blob
                        or any(w in probe for w in WORD_NAMES)):
                    ok = False
                    break
                if o_pres_blob and (probe in o_pres_blob or probe.replace("\n", "") in o_pres_blob):
                    stats["rej_name_other_preserve"] += 1
                    ok = False
                    break
                if any(probe in u or u in probe for u in used_names):
                    ok = False
                    break
            if not ok:
                stats["rej_name_clash"] += 1
                continue
            # earlier names must not appear in this text
            if any(u in text for u in used_names):
                stats["rej_name_clash"] += 1
                continue
            # no non-word value in a preserve line
            if any(v in pres_blob for v, kind, style, key in vals_order
                   if not (kind == "name" and style.startswith("word-"))):
                stats["rej_value_in_preserve"] += 1
                continue
            if text in o_text_set or text in o_all_exact:
                stats["rej_exact_other"] += 1
                continue
            if norm(text) in o_all_norm:
                stats["rej_norm_other"] += 1
                continue
            if text in acc_text_set or text in pres_set:
                stats["rej_own_exact"] += 1
                continue
            break
        else:
            raise SystemExit(f"could not fill {tid}")
        pii = [{"kind": kind, "value": v} for v, kind, style, key in vals_order]
        meta = {"group": grp, "template": tid,
                "styles": [style for v, kind, style, key in vals_order],
                "keys": [key for v, kind, style, key in vals_order]}
        accepted.append((text, pii, meta))
        acc_texts.append(text)
        acc_text_set.add(text)
        for v, kind, style, key in vals_order:
            if kind == "name" and not style.startswith("word-"):
                used_names.append(v)
                used_name_set.add(v)
    for t in none_kept:
        accepted.append((t, [], {"group": "none", "template": "none", "styles": [], "keys": []}))
    log["records_rejections"] = stats
    rng.shuffle(accepted)

    senders_short = ["95338", "95311", "95554", "95546", "95543", "11183", "1069055012345",
                     "10690713456", "106980095188"]
    recs, groups = [], {}
    for i, (text, pii, meta) in enumerate(accepted):
        rid = f"t40-{i + 1:04d}"
        r = rng.random()
        if r < 0.76:
            sender = None
        elif r < 0.88:
            sender = mobile(rng)
        else:
            sender = rng.choice(senders_short)
        recs.append({"id": rid, "text": text, "sender": sender, "pii": pii})
        groups[rid] = meta
    with open(os.path.join(out_dir, "scrub_tune40.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "scrub_tune40_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in pres:
            f.write(ln + "\n")
    with open(os.path.join(out_dir, "groups40.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    pc = {}
    for cl in pclass:
        pc[cl] = pc.get(cl, 0) + 1
    log["preserve_lines"] = len(pres)
    log["preserve_classes"] = dict(sorted(pc.items(), key=lambda kv: -kv[1]))
    log["records"] = len(recs)
    with open(os.path.join(out_dir, "log40.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(log, ensure_ascii=False))


if __name__ == "__main__":
    main()
