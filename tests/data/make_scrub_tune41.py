#!/usr/bin/env python3
"""Generator for scrub tuning corpus 41 (legal and official paperwork around a debt).

Blind writer: written without reading the scrubber or other corpora.
Standard library only. Deterministic (SEED = 20261241).
Tuning data only.
"""
import json, os, random, re, sys, unicodedata

SEED = 20261241
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE41_OUT_DIR") or HERE
DEDUPE_DIR = os.environ.get("TUNE41_DEDUPE_DIR") or None
N_RECORDS = 1000
OWN_FILES = ("scrub_tune41.jsonl", "scrub_tune41_preserve.txt")

# ----------------------------------------------------------------- name tables
COMMON_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖邹熊孟秦邱侯薛尹段雷黎龙史贺顾郝龚邵钱严武戴莫孔汤")
FUNC_SUR = list("向易于和从万方高常时明文石路")
GIVEN2 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞秀英华慧玲桂红志鹏飞辉斌宇浩凯健俊帆旭龙欣佳雪婷倩颖琳晶丹蕾薇璐晨楠博昊睿哲瑞泽梓涵萱思梦嘉雅诗怡悦琪晓波梅兰凤云玉珍荣德成立永福贵鑫淑亮刚东峰彤瑶岚琦菲婕莉茜芸蓉毅锋奇航")
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞英华慧玲鹏飞辉斌宇浩凯健俊帆旭欣雪婷倩颖琳晶丹蕾薇璐晨楠博昊睿哲瑞萱琪波梅兰凤云珍荣鑫亮刚峰彤瑶岚琦菲莉芸蓉毅锋")
COMPOUND_SUR = ["欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "东方", "令狐", "公孙", "端木", "澹台", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "闻人", "西门", "百里", "第五"]
RARE_SUR = list("禤亓訾仉笪乜酆眭琚邝鄢郄厍佘逯隗蒯郗冼芮阚缪冉卞阙")
WORD_NAMES = ["光明", "平安", "建国", "国庆", "胜利", "文明", "海燕", "春雨"]
EN_GIVEN = ["Amy", "Kevin", "Jason", "Lisa", "Tony", "Cindy", "Eric", "Grace", "Vivian", "Jack", "Coco", "Ryan", "Sunny", "Alice", "Peter", "Helen", "Frank", "Emma", "Nina", "Derek", "Iris", "Owen", "Zoe", "Bella"]
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "林": "Lin", "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "唐": "Tang", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "田": "Tian", "潘": "Pan", "蔡": "Cai", "蒋": "Jiang", "杜": "Du", "叶": "Ye", "程": "Cheng", "魏": "Wei", "苏": "Su", "吕": "Lv", "沈": "Shen", "姚": "Yao", "卢": "Lu"}
PY_SYL = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan", "tao", "chao", "xia", "ying", "hua", "hui", "ling", "peng", "fei", "bin", "yu", "hao", "kai", "jian", "jun", "fan", "xu", "xin", "xue", "ting", "qian", "lin", "dan", "lu", "chen", "nan", "bo", "rui", "zhe", "han", "si", "meng", "jia", "ya", "shi", "yi", "yue", "qi", "xiao", "hai", "mei", "lan", "feng", "yun", "zhen", "rong", "de", "cheng", "li", "yong", "fu", "gui", "xin", "shu", "liang", "gang", "dong", "tong", "yao", "lan", "wen", "ming", "guo", "hong", "zhi", "xiu"]
UY_GIVEN = ["阿依古丽", "艾尔肯", "热依拉", "买买提江", "古丽娜扎", "迪丽努尔", "阿不都热依木", "帕提古丽", "努尔艾力", "吐尔洪", "阿迪力", "米热古丽", "艾克拜尔", "再努尔", "玉苏甫", "阿娜尔"]
UY_FATHER = ["买买提", "吐尔逊", "艾买提", "阿不都拉", "热合曼", "阿不都", "卡德尔", "依明", "阿吉", "沙吾提", "司马义", "吾守尔", "托合提", "库尔班"]
DOTS = ["·", "•", "・"]
TIB = ["扎西", "次仁", "格桑", "旦增", "德吉", "索朗", "洛桑", "尼玛", "卓玛", "央金", "顿珠", "拉姆", "平措", "多吉", "白玛", "达瓦"]
MONGOL = ["巴特尔", "乌云其木格", "额尔敦巴雅尔", "斯琴图雅", "苏日娜", "朝鲁门", "阿拉坦仓", "萨仁高娃", "那木汗", "其其格"]
YI = ["吉克·阿依", "阿西·木呷", "沙马·拉且", "俄底·伍沙", "吉木·布初", "阿苏·约布"]
TR_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴")
TR_GIVEN = list("家豪志明俊傑建宏美玲淑芬雅婷怡君佳穎宗翰冠宇承恩嘉欣詩涵彥偉銘慧華強麗珍秀鳳凱維萱庭瑋")
INI_LETTERS = "BCDFGHJKLMNPQRSWXYZ"
INI_BAD = {"TS", "HT", "JK", "KF", "GD", "DK", "ZL", "JH", "GH", "ID", "QQ", "SF", "JD", "WX", "ZX", "CN", "PDF", "BJ", "SH"}
BAD_NAMES = {"和平", "高明", "方便", "常见", "明确", "文书", "时效", "高峰", "方圆", "石磊", "常青", "明星", "文静", "高兴", "高超", "明亮", "明丽", "文华", "万一", "时光", "高强", "方向", "高洁", "高雅", "明晨", "石英", "文雅", "高薇", "从容", "和睦", "于是", "易于", "向来", "和美", "明珠", "高玲", "路飞", "时尚", "常德", "明德", "和谐", "文峰", "万科", "高新", "石林", "路遥", "明天", "明月", "高宇"}

# ----------------------------------------------------------------- places and fillers
# (province, province abbr, city, city abbr, [districts], area code)
CITIES = [
    ("河南省", "豫", "郑州市", "郑", ["金水区", "二七区", "中原区", "管城回族区", "惠济区"], "0371"),
    ("广东省", "粤", "深圳市", "深", ["南山区", "福田区", "龙岗区", "宝安区"], "0755"),
    ("广东省", "粤", "广州市", "穗", ["天河区", "越秀区", "海珠区", "白云区"], "020"),
    ("浙江省", "浙", "杭州市", "杭", ["西湖区", "拱墅区", "滨江区", "余杭区"], "0571"),
    ("江苏省", "苏", "南京市", "宁", ["鼓楼区", "玄武区", "江宁区", "建邺区"], "025"),
    ("湖北省", "鄂", "武汉市", "汉", ["武昌区", "洪山区", "江汉区", "硚口区"], "027"),
    ("四川省", "川", "成都市", "蓉", ["锦江区", "武侯区", "成华区", "青羊区"], "028"),
    ("陕西省", "陕", "西安市", "西", ["雁塔区", "碑林区", "未央区", "莲湖区"], "029"),
    ("山东省", "鲁", "济南市", "济", ["历下区", "市中区", "槐荫区", "天桥区"], "0531"),
    ("湖南省", "湘", "长沙市", "长", ["岳麓区", "芙蓉区", "天心区", "雨花区"], "0731"),
    ("福建省", "闽", "厦门市", "厦", ["思明区", "湖里区", "集美区"], "0592"),
    ("安徽省", "皖", "合肥市", "合", ["蜀山区", "包河区", "庐阳区", "瑶海区"], "0551"),
    ("河北省", "冀", "石家庄市", "石", ["长安区", "桥西区", "裕华区", "新华区"], "0311"),
    ("辽宁省", "辽", "沈阳市", "沈", ["和平区", "沈河区", "皇姑区", "铁西区"], "024"),
    ("江西省", "赣", "南昌市", "洪", ["东湖区", "西湖区", "青山湖区"], "0791"),
    ("云南省", "滇", "昆明市", "昆", ["五华区", "盘龙区", "官渡区"], "0871"),
]
MUNI = [("北京市", "京", ["朝阳区", "海淀区", "丰台区", "东城区", "西城区"], "010"),
        ("上海市", "沪", ["浦东新区", "徐汇区", "闵行区", "静安区"], "021"),
        ("天津市", "津", ["和平区", "河西区", "南开区"], "022"),
        ("重庆市", "渝", ["渝中区", "江北区", "沙坪坝区"], "023")]
ROADS = ["文化路", "花园路", "经三路", "农业路", "东风路", "中山路", "解放路", "人民路", "长江路", "黄河路", "金水路", "红旗路", "学府路", "科技路", "滨河路", "桐柏路", "丰庆路", "青年路", "南京路", "北京路", "延安路", "工业路", "园林路", "迎宾路"]
ESTATES = ["锦绣花园", "阳光新城", "翰林华府", "东湖小区", "怡景苑", "御景湾", "绿地新都会", "保利香槟国际", "碧桂园凤凰城", "万达华府", "金色港湾", "紫荆苑", "幸福里", "龙湖春江郦城", "山水家园", "名门世家", "兰亭雅苑", "书香门第", "世纪花城", "恒大绿洲"]
TOWNS = [("中牟县", "官渡镇", "小潘庄村"), ("新郑市", "龙湖镇", "沟张村"), ("巩义市", "回郭镇", "柏林村"), ("登封市", "大冶镇", "西施村"), ("长丰县", "岗集镇", "杨庙村"), ("醴陵市", "白兔潭镇", "茶山村"), ("仙桃市", "郑场镇", "游潭村"), ("简阳市", "石桥镇", "九龙村")]
STREETS = ["花园路", "文化路", "人民路", "经八路", "东风路", "大学路", "城东路", "丰产路", "南阳路", "未来路"]
LENDERS = ["马上消费金融", "招联消费金融", "中邮消费金融", "度小满金融", "360借条", "分期乐", "美团借钱", "京东金融", "网商银行", "微众银行", "拍拍贷", "宜人贷", "安逸花", "小赢卡贷", "洋钱罐", "你我贷", "众安贷", "榕树贷款", "捷信消费金融", "中原消费金融"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "浦发银行", "中信银行", "广发银行", "兴业银行", "民生银行", "光大银行", "华夏银行", "邮储银行"]
FIRM_BRANDS = ["恒信", "正衡", "华泰", "金诺", "天平", "致远", "启航", "瑞丰", "博正", "长风", "中信和", "英泰", "九鼎", "汇德", "嘉诚", "鼎晟"]
RELS = ["父亲", "母亲", "姐姐", "哥哥", "同事", "领导", "朋友", "前夫", "配偶", "表弟", "妹妹", "舅舅"]
TITLES_BARE = ["律师", "法官", "警官", "书记员", "调解员", "经理", "主任", "执行员", "老师", "公证员", "仲裁员", "专员"]
CARD_PREFIX = ["622202", "621700", "622848", "621660", "622588", "622260", "621483", "622155", "622908", "621226", "623668", "621799"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
ID_REGIONS = ["410105", "410102", "110105", "440305", "310115", "320102", "330106", "420106", "510107", "370102", "610113", "430104", "350203", "500103", "120101", "210102", "130102", "360102", "530102", "340104", "411424", "412726"]
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "outlook.com", "gmail.com", "foxmail.com", "139.com"]
TW_PLACES = ["臺北市大安區忠孝東路四段", "臺北市中山區南京東路二段", "新北市板橋區文化路一段", "臺中市西屯區臺灣大道三段", "高雄市苓雅區四維三路", "桃園市中壢區中正路"]
HK_PLACES = ["九龍旺角彌敦道", "香港灣仔軒尼詩道", "新界沙田大圍村南道", "九龍觀塘開源道", "香港北角英皇道"]
TW_COURTS = ["臺灣臺北地方法院", "臺灣新北地方法院", "臺灣臺中地方法院", "臺灣高雄地方法院", "臺灣桃園地方法院"]
TW_POLICE = ["臺北市政府警察局大安分局", "新北市政府警察局板橋分局", "臺中市政府警察局第六分局", "高雄市政府警察局苓雅分局"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def all_cities():
    out = []
    for prov, pa, city, ca, dists, area in CITIES:
        out.append((prov, pa, city, ca, dists, area))
    for city, pa, dists, area in MUNI:
        out.append(("", pa, city, pa, dists, area))
    return out

ALL_CITIES = all_cities()


def luhn_complete(prefix_digits):
    s = 0
    for i, ch in enumerate(reversed(prefix_digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return prefix_digits + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17):
    return ID_C[sum(int(a) * b for a, b in zip(first17, ID_W)) % 11]


TW_LETTER = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29}


def tw_id(rng):
    letter = rng.choice(sorted(TW_LETTER))
    body = str(rng.choice([1, 2])) + "".join(str(rng.randrange(10)) for _ in range(7))
    code = TW_LETTER[letter]
    s = code // 10 + (code % 10) * 9
    for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]):
        s += int(d) * w
    return letter + body + str((10 - s % 10) % 10)


def hk_id(rng):
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    ch = "A" if c == 10 else str(c)
    return "%s%s(%s)" % (letter, digits, ch)

# ----------------------------------------------------------------- value makers
class Maker:
    def __init__(self, rng):
        self.r = rng

    # names -------------------------------------------------------------
    def given(self, n):
        r = self.r
        if n == 1:
            return r.choice(GIVEN1)
        a = r.choice(GIVEN2)
        b = r.choice(GIVEN2)
        while b == a:
            b = r.choice(GIVEN2)
        return a + b

    def name(self, typ):
        r = self.r
        if typ == "mix":
            x = r.random()
            if x < 0.42:
                return r.choice(COMMON_SUR) + self.given(2), "common3"
            if x < 0.58:
                return r.choice(COMMON_SUR) + self.given(1), "common2"
            if x < 0.66:
                return self.name("FS")
            if x < 0.73:
                return self.name("CMP")
            if x < 0.79:
                return r.choice(RARE_SUR) + self.given(r.choice([1, 2])), "rare"
            if x < 0.83:
                return self.name("TR")
            if x < 0.87:
                return self.name("MIN")
            if x < 0.90:
                return self.name("SP")
            if x < 0.94:
                return self.name("PY")
            if x < 0.97:
                return self.name("ENS")
            return r.choice(COMMON_SUR) + self.given(2), "common3"
        if typ == "FS":
            return r.choice(FUNC_SUR) + self.given(r.choice([1, 2, 2])), "funcsur"
        if typ == "CMP":
            return r.choice(COMPOUND_SUR) + self.given(r.choice([1, 2])), "compound"
        if typ == "TR":
            return r.choice(TR_SUR) + "".join(r.sample(TR_GIVEN, 2)), "trad"
        if typ == "MIN":
            x = r.random()
            if x < 0.5:
                return r.choice(UY_GIVEN) + r.choice(DOTS) + r.choice(UY_FATHER), "minority-uyghur"
            if x < 0.75:
                a, b = r.sample(TIB, 2)
                return a + r.choice(["", "·"]) + b, "minority-tibetan"
            if x < 0.9:
                m = r.choice(MONGOL)
                return (m[:2] + "·" + m[2:] if len(m) > 3 and r.random() < 0.3 else m), "minority-mongol"
            return r.choice(YI), "minority-yi"
        if typ == "SP":
            x = r.random()
            if x < 0.4:
                return r.choice(COMMON_SUR) + " " + self.given(r.choice([1, 2])), "spaced-ascii"
            if x < 0.7:
                return r.choice(COMMON_SUR) + "\u3000" + self.given(2), "spaced-ideographic"
            return " ".join(r.choice(COMMON_SUR) + self.given(2)), "spaced-each"
        if typ == "PY":
            sur = PY_SUR[r.choice(sorted(PY_SUR))]
            g1, g2 = r.choice(PY_SYL), r.choice(PY_SYL)
            x = r.random()
            if x < 0.3:
                return "%s %s%s" % (sur, g1.capitalize(), g2), "pinyin-sur-first"
            if x < 0.5:
                return "%s %s%s" % (sur.upper(), g1.capitalize(), g2), "pinyin-upper-sur"
            if x < 0.7:
                return "%s%s %s" % (g1.capitalize(), g2, sur), "pinyin-given-first"
            if x < 0.85:
                return "%s %s%s" % (sur.lower(), g1, g2), "pinyin-lower"
            return "%s %s %s" % (sur, g1.capitalize(), g2.capitalize()), "pinyin-three"
        if typ == "ENS":
            g = r.choice(EN_GIVEN)
            x = r.random()
            if x < 0.45:
                return g + r.choice(COMMON_SUR), "english+hanzi-surname"
            if x < 0.8:
                return g + " " + PY_SUR[r.choice(sorted(PY_SUR))], "english+pinyin-surname"
            return r.choice(COMMON_SUR) + g, "hanzi-surname+english"
        if typ == "EN":
            return r.choice(EN_GIVEN), "english-given"
        if typ == "INI":
            while True:
                v = "".join(r.choice(INI_LETTERS) for _ in range(r.choice([2, 3, 3])))
                if v not in INI_BAD:
                    return v, "initials"
        if typ == "NL":
            return r.choice(COMMON_SUR) + "\n" + self.given(r.choice([1, 2, 2])), "split-newline"
        if typ == "WB":
            return r.choice(WORD_NAMES), "word-bare"
        if typ == "WS":
            return r.choice(COMMON_SUR + FUNC_SUR[:4]) + r.choice(WORD_NAMES), "surname+word"
        if typ == "W":
            return self.name("WB" if r.random() < 0.5 else "WS")
        raise KeyError(typ)

    # other personal data -------------------------------------------------
    def mobile_digits(self):
        r = self.r
        return r.choice(MOBILE_PREFIX) + "".join(str(r.randrange(10)) for _ in range(8))

    def phone(self):
        r = self.r
        m = self.mobile_digits()
        x = r.random()
        if x < 0.44:
            return m, "mobile-plain"
        if x < 0.58:
            return "%s %s %s" % (m[:3], m[3:7], m[7:]), "mobile-spaced"
        if x < 0.68:
            return "%s-%s-%s" % (m[:3], m[3:7], m[7:]), "mobile-dashed"
        if x < 0.75:
            return "+86 " + m, "mobile-+86-space"
        if x < 0.80:
            return "+86" + m, "mobile-+86"
        if x < 0.84:
            return "0086 " + m, "mobile-0086"
        if x < 0.88:
            return "(+86)" + m, "mobile-(+86)"
        if x < 0.93:
            return m.translate(FW), "mobile-fullwidth"
        return self.masked_phone()

    def masked_phone(self):
        r = self.r
        m = self.mobile_digits()
        x = r.random()
        if x < 0.6:
            return m[:3] + "****" + m[7:], "mobile-masked"
        if x < 0.8:
            return m[:3] + " **** " + m[7:], "mobile-masked-spaced"
        return m[:3] + "＊＊＊＊" + m[7:], "mobile-masked-fw"

    def landline(self):
        r = self.r
        c = r.choice(ALL_CITIES)
        area = c[5]
        n = str(r.randrange(2, 9)) + "".join(str(r.randrange(10)) for _ in range(7 if len(area) <= 3 else r.choice([6, 7])))
        x = r.random()
        if x < 0.35:
            return "%s-%s" % (area, n), "landline-dash"
        if x < 0.5:
            return "(%s)%s" % (area, n), "landline-paren"
        if x < 0.6:
            return "（%s）%s" % (area, n), "landline-fwparen"
        if x < 0.7:
            return "%s %s %s" % (area, n[:4], n[4:]), "landline-spaced"
        if x < 0.85:
            return "%s-%s转%d" % (area, n, r.randrange(100, 9000)), "landline-ext-zhuan"
        return "%s-%s 分机%d" % (area, n, r.randrange(100, 900)), "landline-ext-fenji"

    def idnum(self):
        r = self.r
        region = r.choice(ID_REGIONS)
        y = r.randrange(1962, 2004)
        mo = r.randrange(1, 13)
        d = r.randrange(1, 29)
        seq = "%03d" % r.randrange(1, 999)
        f17 = "%s%04d%02d%02d%s" % (region, y, mo, d, seq)
        full = f17 + id_check(f17)
        x = r.random()
        if full.endswith("X") and r.random() < 0.3:
            full = full[:-1] + "x"
        if x < 0.62:
            return full, "id-plain" + ("-X" if full[-1] in "Xx" else "")
        if x < 0.74:
            return "%s %s %s" % (full[:6], full[6:14], full[14:]), "id-spaced-6-8-4"
        if x < 0.82:
            return "%s %s %s %s" % (full[:6], full[6:10], full[10:14], full[14:]), "id-spaced-6-4-4-4"
        if x < 0.90:
            return full.translate(FW), "id-fullwidth"
        return self.masked_id()

    def masked_id(self):
        r = self.r
        region = r.choice(ID_REGIONS)
        tail = "".join(str(r.randrange(10)) for _ in range(3)) + r.choice("0123456789X")
        x = r.random()
        if x < 0.5:
            return region + "********" + tail, "id-masked-6-8-4"
        if x < 0.8:
            return region[:3] + "***********" + tail, "id-masked-3-11-4"
        return region + "*" * 12, "id-masked-6-12"

    def card(self):
        r = self.r
        p = r.choice(CARD_PREFIX)
        length = r.choice([16, 19, 19])
        body = p + "".join(str(r.randrange(10)) for _ in range(length - len(p) - 1))
        c = luhn_complete(body)
        x = r.random()
        if x < 0.5:
            return c, "card-plain"
        if x < 0.72:
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "card-spaced4"
        if x < 0.82:
            return "-".join(c[i:i + 4] for i in range(0, len(c), 4)), "card-dashed4"
        if x < 0.9:
            return c[:6] + " " + c[6:], "card-6+rest"
        return c.translate(FW), "card-fullwidth"

    def address(self):
        r = self.r
        prov, pa, city, ca, dists, area = r.choice(ALL_CITIES)
        dist = r.choice(dists)
        road = r.choice(ROADS)
        num = r.randrange(1, 300)
        est = r.choice(ESTATES)
        b, u, f, rm = r.randrange(1, 30), r.randrange(1, 6), r.randrange(2, 33), r.randrange(1, 5)
        room = "%d%02d" % (f, rm)
        x = r.random()
        if x < 0.25:
            return "%s%s%s%s%d号%s%d栋%d单元%s室" % (prov, city, dist, road, num, est, b, u, room), "addr-full"
        if x < 0.42:
            return "%s%s%s%d号楼%d单元%s" % (city, dist, est, b, u, room), "addr-estate-building"
        if x < 0.52:
            return "%s%s%s%d号%s%d-%d-%s" % (city, dist, road, num, est, b, u, room), "addr-dashed-room"
        if x < 0.62:
            county, town, village = r.choice(TOWNS)
            return "%s%s%s%s%d组%d号" % (prov or city, county, town, village, r.randrange(1, 12), r.randrange(1, 80)), "addr-village"
        if x < 0.72:
            return "%s %s %s%d号 %s %d栋%s室" % (city, dist, road, num, est, b, room), "addr-spaced"
        if x < 0.80:
            return "上海市%s%s%d弄%d号%s室" % (r.choice(MUNI[1][2]), road, r.randrange(10, 900), r.randrange(1, 40), room), "addr-shanghai-long"
        if x < 0.88:
            return ("%s%s%s%d号%s%d栋%d单元%s室" % (city, dist, road, num, est, b, u, room)).translate(FW), "addr-fullwidth-digits"
        if x < 0.94:
            return "%s%s%s%d号%s大厦%s座%d层%s室" % (city, dist, road, num, r.choice(["金融", "国贸", "时代", "万达", "绿地"]), r.choice("ABCD"), f, room), "addr-office"
        return "%s%s%d号楼%s" % (dist, est, b, room), "addr-partial-dist"

    def court_address(self, c=None):
        r = self.r
        prov, pa, city, ca, dists, area = c or r.choice(ALL_CITIES)
        return "%s%s%s%d号" % (city, r.choice(dists), r.choice(ROADS), r.randrange(1, 300))

    def tw_address(self):
        r = self.r
        if r.random() < 0.6:
            return "%s%d號%d樓" % (r.choice(TW_PLACES), r.randrange(1, 400), r.randrange(2, 20)), "addr-taiwan"
        return "香港%s%d號%d樓%s室" % (r.choice(HK_PLACES), r.randrange(1, 900), r.randrange(2, 30), r.choice("ABCDEF")), "addr-hongkong"

    def email(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            return "%d@qq.com" % r.randrange(10000000, 3999999999), "email-qq-numeric"
        sur = PY_SUR[r.choice(sorted(PY_SUR))].lower()
        g = r.choice(PY_SYL) + r.choice(PY_SYL)
        sep = r.choice(["", ".", "_"])
        tail = r.choice(["", str(r.randrange(1, 99)), str(r.randrange(1970, 2003))])
        return "%s%s%s%s@%s" % (sur, sep, g, tail, r.choice(EMAIL_DOMAINS)), "email-pinyin"

    def qq(self):
        return str(self.r.randrange(100000, 3999999999)), "qq"

    def wechat(self):
        r = self.r
        x = r.random()
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        if x < 0.35:
            return "wxid_" + "".join(r.choice(al) for _ in range(14)), "wx-wxid"
        if x < 0.7:
            return PY_SUR[r.choice(sorted(PY_SUR))].lower() + r.choice(PY_SYL) + str(r.randrange(1975, 2005)), "wx-pinyin-year"
        return r.choice(["law", "fawu", "tiaojie", "huankuan", "xieshang"]) + "_" + r.choice(PY_SYL) + str(r.randrange(100, 9999)), "wx-word"

    def plate(self):
        r = self.r
        c = r.choice(ALL_CITIES)
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(r.choice("0123456789" + letters[:8]) for _ in range(5))
        if tail.isalpha():
            tail = tail[:4] + "7"
        x = r.random()
        head = c[1] + r.choice("ABCDEF")
        if x < 0.2:
            return head + r.choice("DF") + "".join(str(r.randrange(10)) for _ in range(5)), "plate-newenergy"
        sep = r.choice(["", "", "·", " ", "-"])
        return head + sep + tail, "plate" + ("-sep" if sep else "")

    def account(self, typ):
        r = self.r
        dg = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
        if typ == "LOAN":
            x = r.random()
            if x < 0.3:
                return "JK2026%02d%02d%s" % (r.randrange(1, 13), r.randrange(1, 29), dg(6)), "loan-JK"
            if x < 0.55:
                return "HT%s" % dg(14), "loan-HT"
            if x < 0.75:
                return "DK-%d-%s" % (r.randrange(2021, 2027), dg(8)), "loan-DK"
            return dg(16), "loan-digits16"
        if typ == "TSD":
            x = r.random()
            if x < 0.35:
                return "TS2026%s" % dg(10), "complaint-TS"
            if x < 0.6:
                return "2026%02d%02d%s" % (r.randrange(1, 13), r.randrange(1, 29), dg(8)), "complaint-digits"
            if x < 0.8:
                return "GD%s" % dg(12), "complaint-GD"
            return "12378-2026-%s" % dg(7), "complaint-12378"
        if typ == "GH":
            x = r.random()
            if x < 0.45:
                return "KF%s" % dg(5), "staffno-KF"
            if x < 0.75:
                return str(r.randrange(10000, 999999)), "staffno-digits"
            return r.choice("ABCDEHMN") + dg(4), "staffno-letter"
        if typ == "JH":
            return "%06d" % r.randrange(1000, 999999), "badge"
        if typ == "ZYZ":
            return "1%04d%d%d%s" % (r.randrange(1100, 6599), r.randrange(2005, 2025), r.randrange(1, 3), dg(6)), "lawyer-licence"
        if typ == "UID":
            return str(r.randrange(10 ** 8, 10 ** 10)), "platform-uid"
        raise KeyError(typ)

    # non-personal fillers -----------------------------------------------
    def case(self, kind="民初"):
        r = self.r
        c = r.choice(ALL_CITIES)
        code = "%02d%02d" % (r.randrange(1, 20), r.randrange(1, 30))
        if kind == "民终":
            code = "%02d" % r.randrange(1, 20)
        br = r.choice([("（", "）"), ("(", ")"), ("〔", "〕")])
        return "%s2026%s%s%s%s%d号" % (br[0], br[1], c[1], code, kind, r.randrange(100, 30000))

    def fill(self, typ):
        r = self.r
        if typ == "CASE":
            return self.case(r.choice(["民初", "民初", "民初", "民终", "民特"]))
        if typ == "ECASE":
            return self.case(r.choice(["执", "执保", "执恢"]))
        if typ == "PCASE":
            return self.case("民督")
        if typ == "MCASE":
            return self.case("民诉前调")
        if typ == "ARB":
            c = r.choice(ALL_CITIES)
            return r.choice(["%s仲裁字〔2026〕第%d号", "（2026）%s仲案字第%d号"]) % (c[3], r.randrange(100, 9999))
        if typ == "PREC":
            c = r.choice(ALL_CITIES)
            return "%s公（%s）受案字〔2026〕%d号" % (c[3], r.choice(c[4])[0], r.randrange(1000, 99999))
        if typ == "TWCASE":
            return "115年度%s字第%d號" % (r.choice(["訴", "簡", "司促", "北簡", "執"]), r.randrange(100, 9999))
        if typ == "CCOURT":
            c = r.choice(ALL_CITIES)
            return r.choice([c[2] + r.choice(c[4]) + "人民法院", c[2] + r.choice(c[4]) + "人民法院", c[2] + "中级人民法院"])
        if typ == "CADDR":
            return self.court_address()
        if typ == "POL":
            c = r.choice(ALL_CITIES)
            return "%s公安局%s分局%s派出所" % (c[2], r.choice(c[4]), r.choice(STREETS)[:-1])
        if typ == "CITY":
            return r.choice(ALL_CITIES)[2]
        if typ == "DIST":
            return r.choice(r.choice(ALL_CITIES)[4])
        if typ == "LENDER":
            return r.choice(LENDERS)
        if typ == "BANK":
            return r.choice(BANKS)
        if typ == "FIRM":
            c = r.choice(ALL_CITIES)
            return "%s%s律师事务所" % ((c[0] or c[2])[:2], r.choice(FIRM_BRANDS))
        if typ == "MED":
            c = r.choice(ALL_CITIES)
            return r.choice(["%s%s街道人民调解委员会" % (r.choice(c[4]), r.choice(STREETS)[:-1]), "%s金融纠纷人民调解委员会" % c[2], "%s%s人民调解委员会" % (c[2], r.choice(c[4]))])
        if typ == "ARBC":
            return r.choice(ALL_CITIES)[2][:-1] + "仲裁委员会"
        if typ == "NOT":
            c = r.choice(ALL_CITIES)
            return "%s%s公证处" % (c[2], r.choice(["", "国信", "长安", "中信"]))
        if typ == "TWCOURT":
            return r.choice(TW_COURTS)
        if typ == "TWPOL":
            return r.choice(TW_POLICE)
        if typ == "AMT":
            x = r.random()
            if x < 0.4:
                return str(r.randrange(500, 90000))
            if x < 0.7:
                return "{:,}.{:02d}".format(r.randrange(1000, 200000), r.randrange(100))
            return "%d.%02d" % (r.randrange(100, 50000), r.randrange(100))
        if typ == "DATE":
            m, d = r.randrange(1, 13), r.randrange(1, 29)
            return r.choice(["2026年%d月%d日" % (m, d), "2026-%02d-%02d" % (m, d), "%d月%d日" % (m, d), "2026.%d.%d" % (m, d)])
        if typ == "REL":
            return r.choice(RELS)
        if typ == "SUR":
            return r.choice(COMMON_SUR + FUNC_SUR[:6])
        if typ == "TAIL":
            return "%04d" % r.randrange(10000)
        raise KeyError(typ)

# ----------------------------------------------------------------- templates
T = {}
T["complaint"] = [
    "投诉人：{A}\n联系电话：{P}\n身份证号：{ID}\n被投诉人：{LENDER}\n投诉事项：暴力催收，骚扰我{REL}",
    "【12378】尊敬的{A}，您反映的{BANK}问题已转办，投诉编号{TSD}，请保持{P}畅通",
    "我在12321举报了{P}这个号码，举报人{A}，受理编号{TSD}",
    "投诉人{A}身份证{ID}，被投诉人{LENDER}，其催收员{B}多次拨打我单位电话{PL}",
    "12363投诉：{A}（{P}）反映{LENDER}把她的借款信息发给了{REL}{B}",
    "致{CITY}金融监管局：投诉人{A}，住址{ADDR}，电话{P}。{LENDER}委托的催收人员自称{B}，于{DATE}上门",
    "12315工单{TSD}：消费者{A}，手机{P}，投诉{LENDER}强制搭售会员{AMT}元",
    "金融消费者投诉登记表 投诉人：{A} 性别：女 联系地址：{ADDR} 电子邮箱：{EMAIL}",
    "国家金融监督管理总局{CITY}监管分局：我是{A}，{LENDER}的委外机构{B}用{P}每天打二十多个电话",
    "12378回访：{A}女士您好，您对{BANK}的投诉处理结果是否满意？回访人{B}",
]
T["police"] = [
    "报警回执\n报警人：{A}\n联系电话：{P}\n接报民警{B}（警号{JH}）\n接报时间：{DATE}",
    "受案回执\n{A}：你（单位）于{DATE}报称的被威胁一案我单位已受理。受案编号{PREC}。办案民警{B}，联系电话{PL}。{POL}",
    "{POL}的民警{B}让我把催收录音发到{EMAIL}",
    "接报民警{B}说这属于民事纠纷，让我去{CCOURT}起诉",
    "办案民警{B}{P}，报案人{A}，案由：寻衅滋事",
    "警号{JH}的民警{B}今天给我回电话了",
    "报案人{A}（身份证号{ID}）称其于{DATE}接到{P}的威胁电话，对方自称{LENDER}催收员{B}",
    "派出所的{SUR}警官说找民警{B}就行，他手机{P}",
    "询问笔录 被询问人{A}，户籍地{ADDR}，联系方式{P}。问：你认识{B}吗？答：他是催收公司的",
    "接警单：报警人{A}称有人在其住处{ADDR}门口喷漆，出警民警{B}、{C}",
]
T["court"] = [
    "原告：{LENDER}\n被告：{A}，女，汉族，住{ADDR}，公民身份号码{ID}",
    "案号{CASE}\n审判员{A}\n书记员{B}",
    "原告{LENDER}与被告{A}、第三人{B}借款合同纠纷一案，{CCOURT}已立案，案号{CASE}",
    "委托诉讼代理人{A}律师，{FIRM}律师，执业证号{ZYZ}",
    "审判员{A}打电话说下周开庭，书记员{B}会把传票寄到{ADDR}",
    "{CCOURT}民事判决书{CASE}。原告{A}，被告{B}，审判员{C}",
    "法官{A}让我和对方代理人律师{SUR}再谈谈",
    "传票：{A}，请于{DATE}到{CCOURT}第三法庭（{CADDR}）出庭。审判员{B} 联系电话{PL}",
    "上诉人（原审被告）：{A}，男，住{ADDR}。被上诉人（原审原告）：{LENDER}。案号{CASE}",
    "人民陪审员{A}、{B}，法官助理{C}",
    "原告{A}诉被告{B}民间借贷纠纷，{CCOURT}{CASE}，原告委托诉讼代理人{C}",
    "民事裁定书 {CASE} 申请人{LENDER}，被申请人{A}，身份证号{ID}",
]
T["service"] = [
    "送达地址确认书\n受送达人：{A}\n送达地址：{ADDR}\n手机号码：{P}\n电子邮箱：{EMAIL}",
    "支付令{PCASE}：债务人{A}应自收到本支付令之日起十五日内向债权人{LENDER}给付借款本金{AMT}元",
    "财产保全申请：申请人{LENDER}，被申请人{A}，请求冻结被申请人名下{BANK}账户{CARD}内存款{AMT}元",
    "执行通知书 {ECASE}\n被执行人{A}：本院依法受理了申请执行人{LENDER}的执行申请",
    "被执行人{A}，身份证号{ID}，执行标的{AMT}元，执行法官{B}",
    "限制消费令 被执行人{A}（{IDM}）不得乘坐飞机、列车软卧",
    "执行员{A}说查到我名下车辆{PLATE}要查封",
    "电子送达：{A}，您有一份{CCOURT}的诉讼文书，案号{CASE}，请登录查看。送达手机{P}",
    "报告财产令：被执行人{A}应如实报告其在{BANK}的账户{CARD}及住房{ADDR}情况",
    "失信被执行人名单：{A}，{IDM}，执行依据{CASE}",
]
T["mediation"] = [
    "人民调解协议书\n甲方：{A}，身份证号{ID}\n乙方：{LENDER}\n调解员{B}\n{MED}",
    "调解员{A}打我电话{P}说平台同意减免{AMT}元",
    "{MED}调解员{A}、{B}主持调解，当事人{C}到场",
    "诉前调解：调解员{A}{PL}，调解案号{MCASE}",
    "我跟调解员{W}约了{DATE}去调解室",
    "调解员{A}说{LENDER}的法务{B}也会到",
    "调解笔录\n申请人：{A}\n被申请人：{LENDER}\n调解员：{B}\n记录人：{C}",
    "{A}调解员让我带上身份证和{BANK}流水",
]
T["lawyer"] = [
    "律师函\n致：{A}先生\n{FIRM}受{LENDER}委托，就您拖欠借款一事致函如下……\n经办律师：{B}律师\n执业证号：{ZYZ}\n联系电话：{P}",
    "收到{FIRM}{A}律师发来的律师函，寄到了我家{ADDR}",
    "{A}律师{P}说再不还钱就起诉我",
    "自称{FIRM}的{INI}律师，手机{P}，说要上门",
    "律师函上写着承办律师{A}，执业证号{ZYZ}，我查了司法局网站没有这个人",
    "我委托的是{FIRM}{FS}律师",
    "{FIRM}律师{A}（执业证号{ZYZ}）代表{LENDER}发函",
    "律师告知函：{A}（身份证号{IDM}），请于{DATE}前联系本所{B}律师，电话{PL}",
    "代理人律师{A}说案子可以撤",
]
T["notary"] = [
    "公证书（{NOT}）申请人{A}，身份证号{ID}，公证员{B}",
    "仲裁申请书\n申请人：{LENDER}\n被申请人：{A}，住{ADDR}，电话{P}\n仲裁员{B}",
    "{ARBC}仲裁案件{ARB}，被申请人{A}，首席仲裁员{B}",
    "赋予强制执行效力的债权文书公证，公证员{A}，当事人{B}、{C}",
    "网络仲裁通知：{A}您好，您与{LENDER}的借款合同{LOAN}纠纷已由{ARBC}受理",
    "执行证书 {NOT} 被执行人{A} 公证员{B}",
    "仲裁秘书{A}说{ARB}下周开庭，让我把答辩书寄到仲裁委",
]
T["reply"] = [
    "{BANK}回复：尊敬的{A}客户，您的投诉单号{TSD}已受理，客服{B}（工号{GH}）将在3个工作日内联系您",
    "客服{EN}说工单{TSD}已经升级了",
    "{LENDER}客服{A}工号{GH}回电说已停止催收",
    "您好{A}，我是{LENDER}投诉专员{B}，关于您投诉的问题请回电{PL}",
    "投诉处理结果告知：投诉人{A}，单号{TSD}，处理人{B}",
    "客服{ENS}说我的账户{UID}已经结清",
    "客服{EN}工号{GH}，说会把减免方案发到{EMAIL}",
    "{BANK}信用卡中心{INI}经理说可以分60期",
    "【{LENDER}】{A}您好，您的投诉{TSD}已办结，如有疑问请联系专员{B}",
    "工号{GH}的{A}说没有权限查外包催收记录",
]
T["evidence"] = [
    "证据清单\n1. 通话录音（催收员{A}，{P}）\n2. 短信截图（{P2}）\n3. 微信聊天记录（{WX}）",
    "证据一：{DATE}催收员{A}打给我{REL}{B}的录音",
    "截图里催收员自称{A}，工号{GH}，电话{P}",
    "证据编号3：{LENDER}催收员{A}{P}威胁短信截图",
    "附件：{A}身份证复印件、借款合同{LOAN}、还款流水",
    "录音文件名：{A}_{P}_{DATE}.mp3",
    "催收员{A}、{B}、{C}分别用{P}、{P2}给我打电话",
    "证据目录\n序号1 通话录音 证明对象：催收员{A}辱骂\n序号2 QQ聊天记录（{QQ}）",
    "证人{A}，电话{P}，证明催收人员{B}到过{ADDR}",
]
T["credit"] = [
    "个人信用报告\n姓名：{A}\n证件类型：身份证\n证件号码：{ID}\n查询机构：{BANK}",
    "征信报告查询记录：{DATE} {LENDER} 贷后管理；被查询人{A}",
    "征信上显示{LENDER}的贷款账户{LOAN}逾期，我是{A}",
    "信息主体{A}对{BANK}报送的逾期记录提出异议，联系电话{P}",
    "征信异议申请表：申请人{A}，证件号{ID}，通讯地址{ADDR}",
    "信用报告（本人查询版）被查询者姓名 {A} 被查询者证件号码 {IDM}",
    "我帮{REL}{A}打的征信，上面{BANK}的卡{CARD}显示呆账",
]
T["letter"] = [
    "致{LENDER}：本人{A}，身份证号{ID}，借款合同号{LOAN}。请停止联系我的{REL}{B}",
    "协商还款申请\n申请人：{A}\n电话：{P}\n收款账户：户名{A} 账号{CARD} 开户行：{BANK}{DIST}支行",
    "停催函：{LENDER}法务部，我是{A}，此事我已委托{FS}律师处理",
    "个性化分期申请 申请人{A} 信用卡号{CARD} 因失业无力偿还",
    "{LENDER}贷后管理部：\n借款人{A}因病无法按期还款，附诊断证明。\n{A}\n{DATE}",
    "关于停止骚扰第三人的函：贵司催收员{A}于{DATE}拨打我同事{B}电话{P}",
    "还款承诺书 本人{A}（{ID}）承诺于{DATE}前归还{LENDER}借款{AMT}元",
]
T["chat"] = [
    "刚才{A}打电话说他是{CCOURT}的，要来{ADDR}送传票",
    "我姐{A}也被起诉了，案号{CASE}",
    "你把{A}的电话{P}发我，我让律师联系",
    "{A}说被告是他不是我",
    "法院的{SUR}法官说材料交给书记员{A}就行",
    "那个叫{W}的调解员人挺好",
    "群里的{A}说他已经胜诉了",
    "{A}你那个支付令收到没",
    "我表哥{A}在{FIRM}上班，可以帮忙看看",
    "别信那个{A}，他不是律师",
    "明天跟{A}一起去{POL}报案",
]
T["weak"] = [
    "审判员{A}{PL}",
    "被告{A}{ID}逾期{AMT}元",
    "原告{A}{CASE}",
    "{CASE}{A}借款合同纠纷",
    "{AMT}元{A}已还",
    "书记员{A}",
    "民警{A}",
    "{A}律师",
    "法官{A}说可以调解",
    "{A}审判员",
    "{A}书记员电话{P}",
    "被执行人{A}{AMT}元",
    "{P}{A}",
    "{ID}{A}",
    "接报民警{A}警号{JH}",
]
T["eng"] = [
    "{INI}经理说可以减免违约金",
    "{INI}律师发来的函我没签收",
    "客服{EN}说没法协商",
    "我问了他们的{EN}，她说不能停催",
    "{ENS}说明天开庭",
    "{PY}（{A}）",
    "催收员英文名叫{EN}，真名{A}",
    "Dear {PY}, your complaint {TSD} has been received. — {EN}, Customer Care",
    "法务{INI}让我加微信{WX}",
    "代理律师{ENS}，{FIRM}",
]
T["word"] = [
    "审判员{W}",
    "原告{W}诉被告{A}",
    "书记员{W}打电话让我补材料",
    "{W}律师",
    "调解员{W}说对方同意了",
    "被执行人{W}",
    "催收员叫{WB}",
    "我同事{WS}也被起诉了",
    "民警{W}做的笔录",
    "接待我的是{WS}法官",
]
T["funcsur"] = [
    "供应商{FS}的电话{P}",
    "被告{FS}",
    "原告{FS}与被告{FS2}",
    "{FS}律师",
    "我和{FS}一起去的法院",
    "民警{FS}",
    "我从{FS}那里借了{AMT}元",
    "书记员{FS}说",
    "被告{FS}，住{ADDR}",
    "审判员{FS}、书记员{FS2}",
]
T["list"] = [
    "被告：{A}、{B}、{C}",
    "共同被告{A}、{B}",
    "催收员{A}，{B}，{C}",
    "当事人{A}、{B}、{FS}均到庭",
    "紧急联系人：{A}、{B}",
    "合议庭成员：{A}、{B}、{C}",
    "被执行人{A}、{B}共计{AMT}元",
]
T["table"] = [
    "| 原告 | {A} | {P} |\n| 被告 | {B} | {ID} |",
    "姓名\t{A}\t证件号\t{ID}\t电话\t{P}",
    "序号|证据名称|来源\n1|通话录音|{A} {P}\n2|短信截图|{P2}",
    "当事人\t{A}\t被告\n代理人\t{B}\t律师",
    "| 审判员 | {A} |\n| 书记员 | {B} |",
    "查询日期\t查询机构\t查询原因\n{DATE}\t{LENDER}\t贷后管理\n信息主体：{A}",
    "投诉人|{A}|{P}|{ADDR}",
]
T["split"] = [
    "审判员{NL}",
    "被告：{NL}，住{ADDR}",
    "书记员：{NL}\n电话：{PL}",
    "调解员{NL}",
    "委托代理人：{NL}律师",
    "接报民警\n{NL}",
]
T["trad"] = [
    "{TWCOURT}民事判決 {TWCASE} 原告{TR} 被告{TR2}",
    "報案人：{TR}，身分證字號：{TWID}，聯絡電話：{TWP}",
    "受理案件證明單\n報案人：{TR}\n住址：{TRADDR}\n受理員警：{TR2}\n{TWPOL}",
    "香港警務處 報案人：{TR}（香港身份證號碼：{HKID}）電話：{HKP}",
    "法官{TR}、書記官{TR2}",
    "{TWCASE} 債務人{TR}應向債權人給付新臺幣{AMT}元",
    "調解委員{TR}說對方願意分期",
    "支付命令 債務人{TR} 住{TRADDR}",
]
T["data"] = [
    "催收电话{P}、{P2}",
    "我的身份证号{ID}被他们泄露了",
    "送达地址：{ADDR}",
    "他们知道我的车牌{PLATE}",
    "{BANK}账户{CARD}被冻结了",
    "微信号{WX}一直加我",
    "QQ {QQ} 发来起诉通知",
    "律师函寄件邮箱{EMAIL}",
    "投诉单号{TSD}",
    "借款合同编号{LOAN}",
    "警号{JH}",
    "执业证号{ZYZ}",
    "座机{PL}打了三次",
    "客服工号{GH}",
]
T["addr"] = [
    "住所地：{ADDR}",
    "{CCOURT}（地址：{CADDR}）要求我把材料寄回{ADDR}",
    "我家地址{ADDR}，法院在{CADDR}",
    "被告住{ADDR}",
    "经常居住地{ADDR}",
    "户籍地址：{ADDR}",
    "送达到{ADDR}的传票被邻居签收了",
]
T["bare"] = [
    "{SUR}法官让我补交材料",
    "{SUR}律师说案号是{CASE}",
    "{CCOURT}地址：{CADDR}",
    "执行案号{ECASE}，{SUR}执行员",
    "{POL}的{SUR}警官回电了",
    "调解员{SUR}老师说下周再调",
]
NONE_TEXTS = [
    "法院说这个案子可以和解，于是我们约了下周去调解",
    "平安银行的信用卡也起诉我了，怎么办",
    "文明执法，请不要上门骚扰家人",
    "国庆节后法院才上班，先把材料准备好",
    "胜诉以后对方还是不履行怎么办",
    "建国以来第一次收到律师函，吓死我了",
    "光明正大地协商，不怕他们威胁",
    "春雨贷的催收说要起诉我",
    "海燕牌电动车被列入财产线索了？",
    "他们说要上门，我向来不接陌生电话",
    "诉讼时效已经过了，可以主张时效抗辩",
    "这个支付令我应该在十五日内提出书面异议",
    "财产保全冻结了我的工资卡，常见吗",
    "执行通知书上写着被执行人，我没见过这个案号",
    "12378说会转给银行处理，让我等通知",
    "调解员说平台同意减免一部分违约金",
    "派出所说这是民事纠纷，不予立案",
    "律师函是真的吗？执业证号在哪里查",
    "征信报告上有三条贷后管理查询记录",
    "书记员说开庭时间另行通知",
    "石油公司的工资卡被冻结了",
    "方面的问题请咨询12368诉讼服务热线",
    "易于证明的证据有通话录音和短信截图",
    "从而导致我的征信出现逾期记录",
    "万元以上的借款法院一般会立案",
    "路径：中国裁判文书网—高级检索—输入案号",
    "明确一下诉讼请求，再去立案庭",
    "文书送达后三十日内可以申请再审吗",
    "高度怀疑这个律师函是催收公司伪造的",
    "和解协议签了以后还会上征信吗",
    "审判员和书记员都没有说话，只让我签字",
    "受案回执丢了，可以去派出所补吗",
    "我把证据清单按时间顺序整理好了",
    "投诉人信息请务必填写真实",
    "被投诉人是委外催收公司，不是银行本身",
    "法院的电话是12368，不是手机号",
    "人民调解委员会调解不收费",
    "仲裁裁决书可以直接申请强制执行",
    "公证处说赋强公证需要双方到场",
    "执行局说被执行人名下无可供执行的财产",
    "王律师说这个案子胜算很大",
    "李法官今天休庭",
    "张警官让我明天去补笔录",
    "刘书记员说传票已经邮寄",
    "民警说先别转账",
    "国庆假期法院不收案",
    "平安夜收到了开庭传票",
    "建设银行起诉我信用卡欠款",
    "胜利在望，法院驳回了对方的部分诉讼请求",
    "春雨过后，执行款终于到账了",
]

# ----------------------------------------------------------------- preserve list
LEGAL_TERMS = ("民间借贷纠纷 金融借款合同纠纷 信用卡纠纷 借款合同纠纷 追偿权纠纷 诉讼时效 时效抗辩 举证责任 证据清单 证据目录 质证意见 答辩状 起诉状 上诉状 "
    "再审申请书 执行异议 执行和解 财产保全 诉前保全 诉讼保全 支付令 督促程序 简易程序 普通程序 小额诉讼 缺席判决 公告送达 电子送达 留置送达 邮寄送达 "
    "送达地址确认书 受送达人 开庭传票 应诉通知书 举证通知书 民事判决书 民事裁定书 民事调解书 执行通知书 报告财产令 限制消费令 失信被执行人 被执行人 申请执行人 "
    "原告 被告 第三人 上诉人 被上诉人 申请人 被申请人 原审原告 原审被告 委托诉讼代理人 法定代表人 审判员 审判长 人民陪审员 书记员 法官助理 执行员 执行法官 法警 "
    "调解员 人民调解委员会 调解协议书 司法确认 诉前调解 诉调对接 仲裁申请书 仲裁裁决书 仲裁员 首席仲裁员 仲裁秘书 仲裁委员会 公证员 公证书 赋强公证 执行证书 "
    "律师函 律师事务所 执业证号 执业律师 实习律师 法律援助 法律顾问 报警回执 受案回执 立案告知书 不予立案通知书 接报民警 办案民警 出警民警 询问笔录 警号 "
    "投诉人 被投诉人 投诉单号 投诉事项 诉求 回访 办结 转办 信访 监管分局 金融消费者 消费者权益保护 个人信息保护 征信异议 信用报告 信息主体 查询机构 贷后管理 "
    "逾期记录 呆账 核销 结清证明 还款承诺书 停催函 协商还款 个性化分期 停息挂账 减免违约金 罚息 复利 本金 利息 违约金 滞纳金 服务费 担保费 年化利率 LPR 四倍 "
    "合同编号 借款合同 借据 授信 放款 债权转让 债权人 债务人 担保人 保证人 连带责任 一般保证 委外催收 暴力催收 软暴力 寻衅滋事 非法拘禁 敲诈勒索 侵犯公民个人信息 "
    "诉讼费 保全费 执行费 公告费 案件受理费 减半收取 驳回诉讼请求 撤诉 调解结案 判决生效 强制执行 终结本次执行 恢复执行 冻结 扣划 查封 拍卖 变卖 网络司法拍卖 "
    "管辖权异议 协议管辖 级别管辖 地域管辖 被告住所地 合同履行地 立案庭 执行局 诉讼服务中心 审判管理 裁判文书网 中国执行信息公开网 12368诉讼服务热线").split()
SUR_WORDS = ("高度 方面 向来 易于 于是 和解 从而 万元 常见 时效 明确 文书 石油 路径 高额 高利贷 方式 方案 方便 向法院 向银行 易懂 容易 于法有据 和谐 和平 从轻 从宽 从未 "
    "万一 千万 常规 常态 时间 时限 明细 明天 明显 文件 文字 石家庄 路费 路过 王牌 张贴 李子 黄金 周末 马上 白条 金条 杨柳 朱红 林业 何时 陈述 孙子 钱款 宋体 余额 "
    "许可 曾经 江苏 韩国 唐朝 郑重 田地 任务 程序 严重 毛利 胡同 罗列 章程 蒋介石 潘多拉 袁大头 邓小平理论 谢谢 梁柱 冯唐易老 董事会 萧条 蔡伦 钟表 陆续 "
    "汪洋 范围 邹鲁 熊猫 孟夏 秦朝 侯门 薛定谔 段落 雷同 黎明 龙头 史料 贺电 顾问 龚自珍 邵阳 钱包 严格 武断 戴罪 莫名 孔子 汤圆 高院 "
    "高级人民法院 中级人民法院 明确告知 文明执法 文书送达 万元以上 常见问题 时效中断 时效届满 从而导致 易于保存 于法无据 和解协议 向来如此 高度重视 方面军 "
    "胜诉 胜诉判决 胜诉方 石材 路人 明知 文化 高速 常住 时常 方可 向上 易手 于今 和气 从业 万一逾期 万事").split()
WORDNAME_USES = ["平安银行", "平安银行信用卡中心", "平安普惠", "平安夜", "平安到家", "一路平安", "光明正大", "光明日报", "光明乳业", "光明磊落", "建国以来",
    "建国初期", "国庆假期", "国庆节后", "国庆七天乐", "胜利在望", "取得胜利", "胜利油田", "胜利路派出所", "文明执法", "文明催收", "文明城市", "文明用语",
    "海燕牌电扇", "海燕出版社", "春雨贷", "春雨绵绵", "好雨知时节当春乃发生，春雨贵如油", "国庆节法院放假", "平安银行起诉我了", "请文明沟通",
    "光明区人民法院", "建国门外大街", "国庆路支行", "胜利街道人民调解委员会", "海燕小区物业", "春雨医生", "光明新区", "平安大街", "文明单位", "平安保险"]
DEPTS_COURT = ["立案庭", "执行局", "诉讼服务中心", "民事审判庭", "民一庭", "民二庭", "速裁庭", "法警大队", "执行指挥中心", "诉调对接中心", "审判管理办公室", "信访接待室"]
DEPTS_BANK = ["信用卡中心", "个人金融部", "消费者权益保护部", "客服中心", "法务部", "贷后管理部", "资产保全部", "投诉处理中心", "风险管理部"]
DEPTS_LENDER = ["客服中心", "法务部", "贷后管理部", "投诉专线", "消费者权益保护中心", "委外管理部", "资产管理部"]
ROLE_PHRASES = ["本案审判员", "本案书记员", "承办法官", "执行承办人", "接报民警", "办案民警", "值班民警", "调解员", "首席仲裁员", "公证员", "经办律师",
    "承办律师", "委托诉讼代理人", "法定代表人", "投诉专员", "客服专员", "催收员", "外访人员", "法务专员", "信息主体", "查询机构", "被查询者", "证件类型",
    "证件号码", "联系电话", "送达地址", "通讯地址", "户籍地址", "经常居住地", "住所地", "开户行", "收款账户", "户名", "账号", "工号", "投诉单号"]
LEGAL_SENTENCES = ["本院依法适用简易程序公开开庭进行了审理", "被告经本院合法传唤无正当理由拒不到庭", "原告的诉讼请求于法有据，本院予以支持",
    "案件受理费减半收取", "本判决为终审判决", "如不服本判决，可在判决书送达之日起十五日内提起上诉", "双方于是达成和解协议", "从而影响个人征信",
    "诉讼时效期间为三年", "时效中断后重新计算", "请明确诉讼请求及事实理由", "文书已通过电子送达方式送达", "向人民法院申请强制执行", "向来不接陌生号码",
    "易于保存的证据优先提交", "万元以下的案件可以适用小额诉讼程序", "常见的催收话术包括上门、起诉和联系家人", "高度重视您反映的问题", "方面的问题请咨询12368",
    "路径为裁判文书网高级检索", "石家庄市中级人民法院诉讼服务中心", "已转交相关部门处理", "我行已督促委外机构规范催收行为", "您的投诉已受理，我们将在十五个工作日内答复",
    "请保留好通话录音和短信截图", "依据《个人信息保护法》第十条", "依据《民法典》第六百八十条", "借款利率不得超过合同成立时一年期LPR的四倍",
    "被执行人应当如实报告财产", "逾期不履行的将纳入失信被执行人名单", "本通知书自送达之日起生效", "受送达人应当确认送达地址", "请于收到本支付令之日起十五日内清偿债务",
    "债务人可以在十五日内提出书面异议", "调解协议经司法确认后具有强制执行力", "当事人可以申请不公开审理", "仲裁裁决自作出之日起发生法律效力",
    "律师函不具有强制执行力", "执业证号可以在司法局网站查询", "报警回执请妥善保管", "此案属于民事纠纷，建议通过诉讼途径解决", "已告知报警人相关法律规定",
    "信用报告仅供本人使用", "信息主体有权提出异议", "异议处理期限为二十日", "贷后管理查询不影响评分", "查询原因：贷后管理", "查询原因：信用卡审批",
    "本人承诺以上信息真实有效", "请携带身份证原件到场", "开庭时请关闭手机", "庭审全程录音录像", "法庭辩论终结前可以变更诉讼请求", "本案不公开审理",
    "请勿相信非官方渠道的催收信息", "警惕冒充法院的诈骗电话", "法院不会通过短信要求转账", "12368是法院的诉讼服务热线", "12378是银行保险消费者投诉维权热线",
    "12321是网络不良与垃圾信息举报受理中心", "12363是人民银行的金融消费权益保护咨询投诉电话", "12315是市场监管投诉举报热线", "96110是反诈预警劝阻专线"]
HOTLINES = ["12368", "12378", "12363", "12321", "12315", "12345", "110", "96110", "12348法律援助热线", "12309检察服务热线", "95588", "95533", "95599", "95566", "95555",
    "95559", "95528", "95558", "95561", "95568", "95508", "95595", "95577", "400-820-8820", "400-699-6666"]
AMT_PHRASES = ["借款本金{a}元", "利息{a}元", "违约金{a}元", "诉讼费{a}元由被告负担", "执行标的{a}元", "冻结存款{a}元", "减免{a}元", "剩余欠款{a}元",
    "保全费{a}元", "已还{a}元", "逾期{d}天", "分{n}期还款", "每月还款{a}元", "{m}月{dd}日前还清", "{m}月{dd}日开庭", "于2026年{m}月{dd}日立案"]
WRAPS = ["{}", "{}", "【提示】{}", "{}。", "备注：{}", "（{}）", "{}，请知悉", "法院通知：{}", "温馨提示：{}"]


def build_preserve(mk2):
    r = mk2.r
    cands = []  # (line, class)
    add = lambda s, c: cands.append((s, c))
    for w in LEGAL_TERMS:
        add(w, "legal term")
    for w in SUR_WORDS:
        add(w, "surname-character word")
    for w in WORDNAME_USES:
        add(w, "word-name in ordinary use")
    for w in ROLE_PHRASES:
        add(w, "role word")
    for prov, pa, city, ca, dists, area in ALL_CITIES:
        courts = [city + "中级人民法院"] + [city + d + "人民法院" for d in dists]
        for ct in courts:
            add(ct, "court")
            for dp in r.sample(DEPTS_COURT, 9):
                add(ct + dp, "court department")
        for ct in courts:
            add(ct + r.choice(["审判员", "书记员", "法官助理", "执行员", "立案窗口", "诉讼服务热线12368"]), "court department")
        add(city + "公安局", "police office")
        add(city + "公安局反诈中心", "police office")
        add(city + "公安局经侦支队", "police office")
        for d in dists:
            add("%s公安局%s分局" % (city, d), "police office")
            for st in r.sample(STREETS, 5):
                add("%s分局%s派出所" % (d, st[:-1]), "police office")
            add("%s%s人民调解委员会" % (city, d), "mediation/arbitration/notary")
            add("%s司法局" % d, "regulator/authority")
        add("国家金融监督管理总局%s监管分局" % city[:-1], "regulator/authority")
        add("中国人民银行%s分行" % city[:-1], "regulator/authority")
        add("%s市场监督管理局" % city, "regulator/authority")
        add("%s地方金融管理局" % city, "regulator/authority")
        add("%s法律援助中心" % city, "regulator/authority")
        add("%s仲裁委员会" % city[:-1], "mediation/arbitration/notary")
        add("%s金融纠纷人民调解委员会" % city, "mediation/arbitration/notary")
        add("%s公证处" % city, "mediation/arbitration/notary")
        for b in r.sample(FIRM_BRANDS, 3):
            add("%s%s律师事务所" % ((prov or city)[:2], b), "law firm")
    for b in BANKS + ["平安银行"]:
        for dp in DEPTS_BANK:
            add(b + dp, "bank/lender department")
    for l in LENDERS:
        for dp in DEPTS_LENDER:
            add(l + dp, "bank/lender department")
    surs = COMMON_SUR + FUNC_SUR
    for s in surs:
        for t in r.sample(TITLES_BARE, 7):
            add(s + t, "bare surname + title")
    for s in LEGAL_SENTENCES:
        add(s, "legal sentence")
        for w in r.sample(WRAPS[2:], 3):
            add(w.format(s), "legal sentence")
    for _ in range(60):
        add("案号：" + mk2.fill(r.choice(["CASE", "ECASE", "PCASE"])), "case number (doubtful)")
    for _ in range(15):
        add("仲裁案号" + mk2.fill("ARB"), "case number (doubtful)")
    for _ in range(10):
        add("受案编号" + mk2.fill("PREC"), "case number (doubtful)")
    for _ in range(25):
        c = r.choice(ALL_CITIES)
        add("%s（地址：%s）" % (r.choice([c[2] + "中级人民法院", c[2] + r.choice(c[4]) + "人民法院"]), mk2.court_address(c)), "court address (doubtful)")
    for _ in range(120):
        p = r.choice(AMT_PHRASES)
        add(p.format(a=mk2.fill("AMT"), d=r.randrange(1, 900), n=r.choice([3, 6, 12, 24, 36, 60]), m=r.randrange(1, 13), dd=r.randrange(1, 29)), "amount/date wording")
    for h in HOTLINES:
        add(h, "hotline")
        add("请拨打" + h, "hotline")
    for w in WORDNAME_USES:
        for wr in r.sample(WRAPS[2:], 2):
            add(wr.format(w), "word-name in ordinary use")
    for w in SUR_WORDS:
        for p in r.sample(["{}的问题", "关于{}", "涉及{}", "说明{}", "{}一栏"], 2):
            add(p.format(w), "surname-character word")
    return cands


# ----------------------------------------------------------------- dedupe helpers
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    prev_digit = False
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC" or ch.isspace():
            continue
        if ch.isdigit():
            if not prev_digit:
                out.append("0")
            prev_digit = True
            continue
        prev_digit = False
        out.append(ch)
    return "".join(out)


def load_dedupe(folder):
    texts, lines, nfiles = [], [], 0
    if not folder:
        return texts, lines, nfiles
    for fn in sorted(os.listdir(folder)):
        if fn in OWN_FILES:
            continue
        p = os.path.join(folder, fn)
        if fn.endswith(".jsonl") and (fn.startswith("scrub_") or fn.startswith("sms_")):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.strip()
                    if not ln:
                        continue
                    try:
                        o = json.loads(ln)
                    except ValueError:
                        continue
                    t = o.get("text") if isinstance(o, dict) else None
                    if isinstance(t, str):
                        texts.append(t)
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.rstrip("\n")
                    if ln:
                        lines.append(ln)
    return texts, lines, nfiles

# ----------------------------------------------------------------- record engine
NAME_TYPES = {"mix", "FS", "CMP", "TR", "MIN", "SP", "PY", "ENS", "EN", "INI", "NL", "WB", "WS", "W"}
REUSABLE_STYLES = {"word-bare", "english-given"}
PII_KIND = {"P": "phone", "PM": "phone", "PL": "phone", "TWP": "phone", "HKP": "phone", "ID": "id_number", "IDM": "id_number",
            "TWID": "id_number", "HKID": "id_number", "CARD": "bank_card", "ADDR": "address", "TRADDR": "address", "EMAIL": "email",
            "QQ": "qq", "WX": "wechat", "PLATE": "plate", "LOAN": "account", "TSD": "account", "GH": "account", "JH": "account",
            "ZYZ": "account", "UID": "account"}
PH = re.compile(r"\{(\w+)\}")
SHORT_CODES = {"complaint": ["12378", "12363", "12315"], "police": ["110", "10690110"], "court": ["12368", "10695123680"], "service": ["12368"],
               "mediation": ["12368"], "reply": ["95588", "95533", "95555", "10690571"], "credit": ["95577", "10690888"], "notary": ["12348"], "trad": ["165", "0800-024-099"]}


def ptype(key):
    t = key.rstrip("0123456789")
    return "mix" if t in ("A", "B", "C", "D", "E") else t


TEMPLATE_LITERALS = "\n".join(PH.sub("\x00", t) for s in T for t in T[s]) + "\n" + "\n".join(NONE_TEXTS)


class State:
    def __init__(self, own_preserve_joined, other_preserve_joined):
        self.own_p = own_preserve_joined
        self.other_p = other_preserve_joined
        self.used_names = {}      # non-reusable name -> record index
        self.name_order = []      # names in order of first use (all styles)
        self.reusable = []
        self.prev_texts = []      # (text, name-mask)
        self.joined = ""
        self.text_set = set()
        self.rej = {"name clash": 0, "name in other corpora preserve": 0, "span check": 0, "unlabelled word-name": 0,
                    "value in preserve": 0, "exact match other corpus": 0, "normalised match other corpus": 0,
                    "repeat of own record": 0, "equal to own preserve line": 0, "old name uncovered": 0}


def draw_value(mk, typ, st, local_names):
    if typ in NAME_TYPES:
        for _ in range(200):
            v, style = mk.name(typ)
            if style == "word-bare":
                if v in local_names:
                    continue
                return v, "name", style
            if v in st.used_names or v in local_names or v in BAD_NAMES or v in TEMPLATE_LITERALS:
                st.rej["name clash"] += 1
                continue
            if style != "surname+word" and any(w in v for w in WORD_NAMES):
                st.rej["name clash"] += 1
                continue
            if style != "english-given":
                if v in st.joined or v in st.own_p or any(v in n or n in v for n in local_names):
                    st.rej["name clash"] += 1
                    continue
            if v in st.other_p or v.replace("\n", "") in st.other_p:
                st.rej["name in other corpora preserve"] += 1
                continue
            return v, "name", style
        raise RuntimeError("cannot draw name " + typ)
    if typ in PII_KIND:
        kind = PII_KIND[typ]
        if typ == "P":
            v, s = mk.phone()
        elif typ == "PM":
            v, s = mk.masked_phone()
        elif typ == "PL":
            v, s = mk.landline()
        elif typ == "TWP":
            d = "09" + "".join(str(mk.r.randrange(10)) for _ in range(8))
            v, s = (d[:4] + "-" + d[4:7] + "-" + d[7:], "tw-mobile-dashed") if mk.r.random() < 0.6 else (d, "tw-mobile-plain")
        elif typ == "HKP":
            d = mk.r.choice("569") + "".join(str(mk.r.randrange(10)) for _ in range(7))
            v, s = ("+852 " + d[:4] + " " + d[4:], "hk-phone-+852") if mk.r.random() < 0.5 else (d[:4] + " " + d[4:], "hk-phone")
        elif typ == "ID":
            v, s = mk.idnum()
        elif typ == "IDM":
            v, s = mk.masked_id()
        elif typ == "TWID":
            v, s = tw_id(mk.r), "tw-id"
        elif typ == "HKID":
            v, s = hk_id(mk.r), "hk-id"
        elif typ == "CARD":
            v, s = mk.card()
        elif typ == "ADDR":
            v, s = mk.address()
        elif typ == "TRADDR":
            v, s = mk.tw_address()
        elif typ == "EMAIL":
            v, s = mk.email()
        elif typ == "QQ":
            v, s = mk.qq()
        elif typ == "WX":
            v, s = mk.wechat()
        elif typ == "PLATE":
            v, s = mk.plate()
        else:
            v, s = mk.account(typ)
        return v, kind, s
    return mk.fill(typ), None, None


def covered(text, value, spans):
    i = text.find(value)
    while i >= 0:
        if not any(a <= i and i + len(value) <= b for a, b in spans):
            return False
        i = text.find(value, i + 1)
    return True


def build_record(mk, tpl, st):
    vals = {}
    local_names = []
    parts, spans = [], []
    pos = 0
    last = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        key = m.group(1)
        if key not in vals:
            v, kind, style = draw_value(mk, ptype(key), st, local_names)
            vals[key] = (v, kind, style)
            if kind == "name":
                local_names.append(v)
        v, kind, style = vals[key]
        parts.append(v)
        if kind:
            spans.append((pos, pos + len(v), kind, v, style))
        pos += len(v)
        last = m.end()
    parts.append(tpl[last:])
    text = "".join(parts)
    return text, spans


def check_record(text, spans, st):
    # each labelled value occurs exactly where it was placed
    placed = {}
    for a, b, kind, v, style in spans:
        placed[v] = placed.get(v, 0) + 1
    for v, n in placed.items():
        cnt, i = 0, text.find(v)
        while i >= 0:
            cnt += 1
            i = text.find(v, i + 1)
        if cnt != n:
            return "span check"
    name_spans = [(a, b) for a, b, k, v, s in spans if k == "name"]
    for w in WORD_NAMES:
        if w in text and not covered(text, w, name_spans):
            return "unlabelled word-name"
    for a, b, k, v, s in spans:
        if k != "name" and (v in st.own_p or v in st.other_p):
            return "value in preserve"
    new_names = set(v for a, b, k, v, s in spans if k == "name")
    for n in st.name_order:
        if n in text and n not in new_names:
            if n in st.used_names or not covered(text, n, name_spans):
                return "old name uncovered"
    for a, b, k, v, s in spans:
        if k == "name" and s == "english-given" and v in st.joined:
            for t, ns in st.prev_texts:
                if v in t and not covered(t, v, ns):
                    return "old name uncovered"
    return None


def main():
    rng = random.Random(SEED)
    rng2 = random.Random(SEED + 1)
    mk, mk2 = Maker(rng), Maker(rng2)
    o_texts, o_lines, nfiles = load_dedupe(DEDUPE_DIR)
    o_exact = set(o_texts) | set(o_lines)
    o_norm = set(norm(x) for x in o_exact)
    other_p = "\n".join(o_lines)
    log = {"dedupe_files": nfiles, "dedupe_texts": len(o_texts), "dedupe_preserve_lines": len(o_lines)}

    # preserve list
    cands = build_preserve(mk2)
    seen_norm, kept = set(), []
    pdrop = {"exact": 0, "normalised": 0, "own near-duplicate": 0}
    for line, cls in cands:
        n = norm(line)
        if line in o_exact:
            pdrop["exact"] += 1
            continue
        if n in o_norm:
            pdrop["normalised"] += 1
            continue
        if n in seen_norm or not n:
            pdrop["own near-duplicate"] += 1
            continue
        seen_norm.add(n)
        kept.append((line, cls))
    rng2.shuffle(kept)
    preserve = [l for l, c in kept]
    pclass = {}
    for l, c in kept:
        pclass[c] = pclass.get(c, 0) + 1
    own_p = "\n".join(preserve)
    preserve_set = set(preserve)
    log["preserve_candidates"] = len(cands)
    log["preserve_dropped"] = pdrop
    log["preserve_lines"] = len(preserve)
    log["preserve_classes"] = dict(sorted(pclass.items(), key=lambda kv: -kv[1]))

    st = State(own_p, other_p)
    # none texts
    none_kept, none_drop = [], 0
    for t in NONE_TEXTS:
        if t in o_exact or norm(t) in o_norm or t in preserve_set:
            none_drop += 1
            continue
        none_kept.append(t)
        st.prev_texts.append((t, []))
    st.joined = "\n".join(t for t, _ in st.prev_texts)
    log["none_scanned"] = len(NONE_TEXTS)
    log["none_dropped"] = none_drop

    # plan: every template at least once, the rest cycled in shuffled order
    tlist = [(s, i, t) for s in T for i, t in enumerate(T[s])]
    bare = [x for x in tlist if x[0] == "bare"]
    main_t = [x for x in tlist if x[0] != "bare"]
    n_main = N_RECORDS - len(none_kept) - len(bare)
    plan = list(main_t)
    order = list(main_t)
    rng.shuffle(order)
    k = 0
    while len(plan) < n_main:
        plan.append(order[k % len(order)])
        k += 1
    plan = plan + bare
    rng.shuffle(plan)

    recs = []
    for s, i, tpl in plan:
        for attempt in range(300):
            text, spans = build_record(mk, tpl, st)
            why = check_record(text, spans, st)
            if why is None:
                if text in o_exact:
                    why = "exact match other corpus"
                elif norm(text) in o_norm:
                    why = "normalised match other corpus"
                elif text in st.text_set:
                    why = "repeat of own record"
                elif text in preserve_set:
                    why = "equal to own preserve line"
            if why:
                st.rej[why] += 1
                continue
            break
        else:
            raise RuntimeError("template failed: %s %d %r" % (s, i, tpl))
        first = []
        seenv = set()
        for a, b, kind, v, style in spans:
            if v in seenv:
                continue
            seenv.add(v)
            first.append((text.find(v), kind, v, style))
        first.sort(key=lambda x: x[0])
        pii = [{"kind": k2, "value": v} for _, k2, v, _ in first]
        styles = [st2 for _, _, _, st2 in first]
        for _, k2, v, st2 in first:
            if k2 == "name":
                if st2 in REUSABLE_STYLES:
                    if v not in st.reusable:
                        st.reusable.append(v)
                        st.name_order.append(v)
                else:
                    st.used_names[v] = len(recs)
                    st.name_order.append(v)
        ns = [(a, b) for a, b, k2, v, s2 in spans if k2 == "name"]
        st.prev_texts.append((text, ns))
        st.joined += "\n" + text
        st.text_set.add(text)
        x = rng.random()
        if x < 0.7:
            sender = None
        elif x < 0.82:
            sender = mk.mobile_digits()
        else:
            sender = rng.choice(SHORT_CODES.get(s, ["12368", "12378", "1069012368"]))
        recs.append({"set": s, "tid": "%s-%02d" % (s, i + 1), "text": text, "sender": sender, "pii": pii, "styles": styles})
    for t in none_kept:
        recs.append({"set": "none", "tid": "none", "text": t, "sender": None, "pii": [], "styles": []})
    rng.shuffle(recs)

    os.makedirs(OUT_DIR, exist_ok=True)
    groups = {}
    counts_kind, counts_set = {}, {}
    with open(os.path.join(OUT_DIR, "scrub_tune41.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, r in enumerate(recs, 1):
            rid = "t41-%04d" % n
            f.write(json.dumps({"id": rid, "text": r["text"], "sender": r["sender"], "pii": r["pii"]}, ensure_ascii=False) + "\n")
            groups[rid] = {"set": r["set"], "template": r["tid"], "styles": r["styles"]}
            counts_set[r["set"]] = counts_set.get(r["set"], 0) + 1
            for p in r["pii"]:
                counts_kind[p["kind"]] = counts_kind.get(p["kind"], 0) + 1
    with open(os.path.join(OUT_DIR, "scrub_tune41_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for l in preserve:
            f.write(l + "\n")
    with open(os.path.join(OUT_DIR, "groups41.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    log["records"] = len(recs)
    log["records_by_set"] = dict(sorted(counts_set.items()))
    log["pii_by_kind"] = dict(sorted(counts_kind.items(), key=lambda kv: -kv[1]))
    log["record_rejections"] = st.rej
    log["templates"] = len(tlist)
    log["none_kept"] = len(none_kept)
    with open(os.path.join(OUT_DIR, "log41.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({k: log[k] for k in ("records", "pii_by_kind", "preserve_lines", "preserve_dropped", "none_dropped", "record_rejections", "dedupe_files")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
