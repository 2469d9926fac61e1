#!/usr/bin/env python3
"""Generator for scrub_tune27.jsonl and scrub_tune27_preserve.txt.

Blind tuning corpus for the personal-data scrubber (twenty-eighth writer).
Python standard library only.  Deterministic: SEED = 20261227; records use
random.Random(SEED), the preserve list random.Random(SEED + 1).  No set is
ever iterated (sets are only used for membership tests).

Environment:
  TUNE27_OUT_DIR     output folder (default: this script's folder)
  TUNE27_DEDUPE_DIR  folder with the other scrub_* corpora (default: this
                     script's folder).  Only counts are printed.
  TUNE27_SUMMARY=1   also write summary27.json (statistics of this corpus)
"""
import json
import os
import re
import random
import sys

SEED = 20261227
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE27_OUT_DIR") or HERE
DEDUPE_DIR = os.environ.get("TUNE27_DEDUPE_DIR") or HERE
N_RECORDS = 200

# ---------------------------------------------------------------------------
# name tables (writer's own)
# ---------------------------------------------------------------------------
SURNAMES = [  # (surname, weight)
    ("王", 30), ("李", 30), ("张", 28), ("刘", 24), ("陈", 22), ("杨", 15), ("黄", 13),
    ("赵", 12), ("吴", 11), ("周", 11), ("徐", 9), ("孙", 8), ("马", 8), ("朱", 7),
    ("胡", 7), ("郭", 7), ("何", 7), ("高", 6), ("林", 6), ("罗", 6), ("郑", 6),
    ("梁", 6), ("谢", 5), ("宋", 5), ("唐", 5), ("许", 5), ("韩", 4), ("冯", 4),
    ("邓", 4), ("曹", 4), ("彭", 4), ("曾", 4), ("肖", 4), ("田", 4), ("董", 4),
    ("袁", 3), ("潘", 3), ("于", 3), ("蒋", 3), ("蔡", 3), ("余", 3), ("杜", 3),
    ("叶", 3), ("程", 3), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3),
    ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 2), ("崔", 2), ("钟", 2), ("谭", 2),
    ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2),
    ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2), ("史", 1), ("陶", 1), ("黎", 1),
    ("贺", 1), ("顾", 1), ("毛", 1), ("郝", 1), ("龚", 1), ("邵", 1), ("万", 1),
    ("钱", 1), ("严", 1), ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1),
    ("向", 1), ("汤", 1), ("常", 1), ("温", 1), ("康", 1), ("施", 1), ("文", 1),
    ("牛", 1), ("樊", 1), ("葛", 1), ("邢", 1), ("安", 1), ("齐", 1), ("易", 1),
]
RARE_SURNAMES = ["禤", "亓", "訾", "仉", "笪", "乜", "酆", "揭", "缑", "璩", "逄", "郏",
                 "蹇", "隗", "眭", "雒", "岑", "冼", "晏", "闵", "褚", "甄", "佘", "鄢"]
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                     "慕容", "长孙", "宇文", "司徒", "西门", "呼延", "夏侯", "令狐",
                     "端木", "独孤", "南宫", "闻人"]
GIVEN = {
    ("elder", "m"): ["建国", "国强", "志刚", "德明", "永福", "树林", "金生", "长顺", "春生",
                     "保国", "振华", "福田", "文斌", "家旺", "玉林", "宝山", "明德", "有才",
                     "满仓", "庆丰", "德胜", "福贵"],
    ("elder", "f"): ["秀英", "桂兰", "凤英", "玉兰", "淑珍", "秀兰", "桂芳", "翠花", "素芬",
                     "玉梅", "金凤", "春梅", "秀珍", "凤兰", "淑华", "桂英", "彩云", "月娥"],
    ("adult", "m"): ["伟", "强", "军", "磊", "勇", "涛", "斌", "超", "辉", "海波", "晓东",
                     "志强", "建军", "立新", "红兵", "文杰", "海军", "国栋", "振宇", "俊峰",
                     "鹏飞", "卫东", "永刚", "云龙", "学文", "剑锋", "庆华", "晓峰", "春雷",
                     "德军", "亚军", "光辉", "继红", "爱民", "红军", "东升"],
    ("adult", "f"): ["丽", "静", "敏", "燕", "艳", "娟", "霞", "芳", "红梅", "丽娟", "晓燕",
                     "海燕", "小红", "春燕", "秀梅", "美玲", "慧敏", "丽华", "雪梅", "艳红",
                     "晓丽", "婷", "玉洁", "亚楠", "凤霞", "丽萍", "翠萍", "冬梅", "晓琳"],
    ("young", "m"): ["浩然", "子轩", "宇航", "皓轩", "俊杰", "一鸣", "博文", "嘉豪", "子豪",
                     "晨阳", "铭泽", "宇轩", "思远", "天佑", "浩宇", "睿", "哲", "昊",
                     "梓豪", "泽宇", "锦程", "奕辰"],
    ("young", "f"): ["梓涵", "欣怡", "雨桐", "诗涵", "可馨", "思彤", "佳琪", "子萱", "语嫣",
                     "欣妍", "一诺", "雨萱", "梦瑶", "佳怡", "紫涵", "若曦", "婉清", "心怡",
                     "沐晴", "安琪"],
}
# names that are also ordinary words (person contexts only; kept out of the
# preserve list and the none texts of this corpus)
WORD_NAMES = ["张扬", "李想", "高兴", "钟情", "冷静", "祝福", "成功", "华丽", "秦岭",
              "甘露", "白露", "江南", "温柔", "向东", "齐心", "万全", "凌晨", "时光",
              "谷雨", "包容", "任重", "安静", "金秋", "常乐"]
# names that are also place names (same rule)
PLACE_NAMES = ["王家岗", "李家庄", "陈家坪", "冯家山", "龙华", "龙岗", "罗湖", "武昌",
               "常德", "吉安", "安顺", "龙泉", "宁海", "邵东", "邵阳", "高平", "钟祥",
               "岳阳", "金华", "韩城", "石林", "白山", "江北", "周庄"]
# common names that are also a famous person's name
FAMOUS_NAMES = ["李宁", "张亮", "刘翔", "李娜", "王菲", "姚明", "马云", "刘洋", "杨洋",
                "孙杨", "郎平", "刘欢", "王杰", "韩红", "李健", "张杰", "周涛", "朱军",
                "杨丽萍", "王强"]
# minority tables
YI_CLANS = ["吉克", "沙马", "阿苦", "曲比", "马海", "吉木", "俄底", "勒格", "阿西", "吉伍",
            "阿力", "的惹", "瓦其", "阿约", "日火", "苏呷", "曲木", "吉佳", "海来", "阿牛"]
YI_GIVEN = ["阿呷", "木呷", "伍呷", "尔布", "拉哈", "子哈", "阿依", "阿果", "石者", "日者",
            "约哈", "莫色", "阿支", "史哈", "依作", "拉则", "阿牛", "尔古", "布都", "阿妞"]
NAXI_SUR = ["和", "和", "和", "木", "杨", "李"]
DAI_MALE = ["岩温", "岩罕", "岩坎", "岩叫", "岩香", "岩应", "岩庄", "岩保", "岩光", "岩罕拉",
            "岩温香", "岩三", "岩帕", "岩龙"]
DAI_FEMALE = ["玉罕", "玉香", "玉喃", "玉应", "玉南", "玉波", "玉儿", "玉罕香", "玉叫",
              "玉腊", "玉康", "玉喃嘎"]
ZHUANG_SUR = ["韦", "覃", "蓝", "农", "莫", "黄", "陆", "梁", "卢", "潘", "岑", "廖"]
ZHUANG_GIVEN = ["达福", "金福", "美兰", "秀梅", "海燕", "春花", "特良", "日新", "光明",
                "桂芬", "兰英", "壮强", "福庆", "艳梅", "家福"]
HUI_SUR = ["马", "哈", "纳", "撒", "海", "丁", "穆", "锁", "沙", "白", "虎", "者", "拜",
           "妥", "冶", "喇", "马", "马"]
MANCHU_SUR = ["关", "佟", "那", "赫", "索", "肇", "郎", "富", "鄂", "傅", "吴"]
MANCHU_CLAN = ["瓜尔佳", "钮祜禄", "叶赫那拉", "赫舍里", "伊尔根觉罗", "富察", "舒穆禄"]
MANCHU_GIVEN = ["燕文", "德昌", "英杰", "秀珍", "文秀", "崇光", "铁山", "凤岐", "桂荣"]

# ---------------------------------------------------------------------------
# non-personal fill words
# ---------------------------------------------------------------------------
PLATFORMS = ["众安贷", "借呗", "微粒贷", "360借条", "安逸花", "分期乐", "美团月付",
             "京东金条", "招联金融", "马上消费金融", "度小满", "洋钱罐", "拍拍贷", "羊小咩",
             "你我贷", "宜人贷", "小赢卡贷", "中邮消费金融"]
BANKS = ["招商银行", "中国银行", "农业银行", "建设银行", "工商银行", "交通银行", "浦发银行",
         "平安银行", "中信银行", "光大银行", "广发银行", "民生银行", "兴业银行", "邮储银行"]
CITIES = [  # city, district, roads, town, village, ID area code
    ("长沙市", "雨花区", ["劳动东路", "韶山中路", "万家丽路"], "黎托街道", "花侯社区", "430111"),
    ("郑州市", "金水区", ["花园路", "经三路", "丰产路"], "丰产路街道", "柳林村", "410105"),
    ("成都市", "武侯区", ["科华北路", "玉林南路", "高升桥东路"], "簇桥街道", "七里社区", "510107"),
    ("昆明市", "官渡区", ["关上中路", "春城路", "民航路"], "小板桥街道", "云溪村", "530111"),
    ("南宁市", "青秀区", ["民族大道", "竹溪大道", "长湖路"], "津头街道", "埌东村", "450103"),
    ("贵阳市", "南明区", ["宝山南路", "花果园大街", "市府路"], "油榨街道", "水口寺村", "520102"),
    ("武汉市", "洪山区", ["珞喻路", "雄楚大道", "关山大道"], "关山街道", "东湖村", "420111"),
    ("西安市", "雁塔区", ["小寨西路", "长安南路", "含光路"], "电子城街道", "甘家寨村", "610113"),
    ("合肥市", "蜀山区", ["长江西路", "望江西路", "潜山路"], "三里庵街道", "南岗村", "340104"),
    ("南昌市", "青山湖区", ["北京东路", "湖滨东路", "上海路"], "湖坊镇", "罗家集村", "360111"),
    ("石家庄市", "裕华区", ["槐安东路", "体育南大街", "翟营南大街"], "方村镇", "北豆村", "130108"),
    ("济南市", "历城区", ["工业北路", "花园路", "二环东路"], "洪家楼街道", "王舍人村", "370112"),
    ("福州市", "仓山区", ["六一南路", "首山路", "则徐大道"], "盖山镇", "齐安村", "350104"),
    ("兰州市", "城关区", ["东岗西路", "雁滩路", "张掖路"], "雁北街道", "骆驼巷村", "620102"),
    ("银川市", "兴庆区", ["解放东街", "北京东路", "清和南街"], "掌政镇", "永南村", "640104"),
    ("哈尔滨市", "南岗区", ["学府路", "西大直街", "红旗大街"], "王岗镇", "红星村", "230103"),
]
COUNTIES = [  # county-level seat, town, village, ID area code
    ("湖南省邵阳县", "塘渡口镇", "白竹村", "430523"),
    ("河南省滑县", "道口镇", "西关村", "410526"),
    ("四川省昭觉县", "新城镇", "四开村", "513431"),
    ("云南省勐海县", "勐遮镇", "曼令村", "532822"),
    ("云南省玉龙纳西族自治县", "白沙镇", "玉湖村", "530721"),
    ("广西田阳县", "那坡镇", "那满村", "451021"),
    ("宁夏同心县", "豫海镇", "清水河村", "640324"),
    ("河北省丰宁满族自治县", "大阁镇", "东营村", "130826"),
    ("贵州省雷山县", "西江镇", "南贵村", "522634"),
    ("江西省于都县", "贡江镇", "长征村", "360731"),
    ("安徽省临泉县", "城关镇", "解放村", "341221"),
    ("甘肃省临夏县", "韩集镇", "阳洼村", "622921"),
]
ESTATES = ["书香苑", "锦绣花园", "金色家园", "阳光新城", "翠湖天地", "幸福里", "城南人家",
           "碧桂园", "保利花园", "恒大名都", "万科城", "滨江华府"]
MARKETS = ["红星农副产品大市场", "城北农贸市场", "东门菜市场", "五里墩综合市场", "汇金小商品市场",
           "南门水果批发市场"]
BRANDS_FAMOUS = ["杨国福麻辣烫", "王老吉", "陈克明面条", "张小泉", "周大福", "马应龙", "李锦记",
                 "谭木匠", "王守义十三香", "老干妈", "刘一手火锅", "张飞牛肉", "曹氏鸭脖"]
PLACES_FAMOUS = ["鲁迅公园", "中山公园", "孙中山故居", "周恩来纪念馆", "雷锋纪念馆", "逸夫楼",
                 "中山陵", "杜甫草堂", "岳飞庙", "包公祠", "林则徐纪念馆", "中山路"]
SHOPS = ["张记面馆", "老王烧烤", "李记粉店", "陈记肠粉", "马记拉面", "刘家小炒", "孙二娘包子",
         "胡记修车", "周记五金", "黄记烧腊"]
WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期一", "星期三",
            "星期五", "星期六", "星期天", "礼拜天", "礼拜二"]
FESTIVALS = ["除夕", "春节", "元宵节", "清明节", "端午节", "中秋节", "国庆节", "五一", "腊月二十八",
             "大年初三"]
TIMES = ["早上七点", "上午九点半", "中午十二点", "下午三点多", "傍晚六点", "晚上九点",
         "晚上十一点", "夜里十二点", "凌晨两点", "8:30", "9点", "14:20", "21:05", "23点"]
DIGITS_CN = "零幺二三四五六七八九"
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                   "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
                   "189", "191", "198", "199"]
CARD_PREFIXES = [("622848", 19), ("622700", 19), ("621700", 19), ("622202", 19),
                 ("621226", 19), ("622588", 16), ("621483", 16), ("621661", 19),
                 ("621098", 19), ("622262", 19), ("625966", 16), ("622609", 16)]
ID_AREAS_EXTRA = ["110105", "310115", "440106", "430104", "320106", "330106", "500103",
                  "431102", "430981", "360802", "211302"]
PROVINCE_PLATE = ["湘", "豫", "川", "云", "桂", "贵", "鄂", "陕", "皖", "赣", "冀", "鲁",
                  "闽", "甘", "宁", "黑"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SYLL = ["li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
        "sun", "ma", "hu", "guo", "he", "lin", "luo", "xiao", "xiang", "hong", "mei", "jun",
        "ling", "ping", "tao", "yun", "fei", "hao", "jie", "xin", "yu", "qing", "bo"]


def luhn_digit(body):
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


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return "10X98765432"[s % 11]


FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９", "0123456789")

MARK = re.compile("\x01(\\w+)\x02(.*?)\x03", re.S)


class Rec:
    """Builds one record.  PII values are wrapped in markers, parsed later."""

    def __init__(self, gen):
        self.g = gen
        self.r = gen.r
        self.names = {}
        self.cache = {}
        self.forms = {}

    # ----- helpers -------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def m(self, kind, value):
        return "\x01%s\x02%s\x03" % (kind, value)

    def _once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    # ----- names -----------------------------------------------------------
    def n(self, key, style="mix", gen=None, sex=None, surname=None):
        """Return the marked name for `key`; draws once per record."""
        if key in self.names:
            return self.m("name", self.names[key])
        value, form = self.g.draw_name(style, gen, sex, surname)
        self.names[key] = value
        self.forms[value] = form
        return self.m("name", value)

    def nv(self, key):
        """plain value of an already drawn name"""
        return self.names[key]

    def sur(self, key):
        v = self.names[key]
        for c in COMPOUND_SURNAMES:
            if v.startswith(c):
                return c
        return v[0]

    # ----- other personal data ---------------------------------------------
    def phone(self, key="p", fmt=None):
        def mk():
            num = self.ch(MOBILE_PREFIXES) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            f = fmt or self.ch(["plain", "plain", "plain", "space", "dash", "plus", "cn"])
            if f == "plain":
                v = num
            elif f == "space":
                v = "%s %s %s" % (num[:3], num[3:7], num[7:])
            elif f == "dash":
                v = "%s-%s-%s" % (num[:3], num[3:7], num[7:])
            elif f == "plus":
                v = "+86" + num
            elif f == "fw":
                v = num.translate(FW)
            elif f == "cn":
                v = "".join(DIGITS_CN[int(c)] for c in num)
            else:
                v = num
            return v
        return self.m("phone", self._once("phone:" + key, mk))

    def landline(self, key="l"):
        def mk():
            area = self.ch(["0731", "0371", "028", "0871", "0771", "0851", "027", "029", "0551"])
            n = str(self.r.randint(2, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(6 if len(area) == 4 else 7))
            return self.ch(["%s-%s", "(%s)%s", "%s %s"]) % (area, n)
        return self.m("phone", self._once("land:" + key, mk))

    def idn(self, key="i", gen="adult", sex="m", area=None, fmt=None):
        def mk():
            a = area or self.ch([c[5] for c in CITIES] + ID_AREAS_EXTRA)
            y = {"elder": (1948, 1966), "adult": (1967, 1990), "young": (1991, 2005)}[gen]
            year = self.r.randint(*y)
            month = self.r.randint(1, 12)
            day = self.r.randint(1, 28)
            seq = self.r.randint(0, 99) * 10 + self.r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
            body = "%s%04d%02d%02d%03d" % (a, year, month, day, seq)
            v = body + id_check(body)
            if v.endswith("X") and self.r.random() < 0.3:
                v = v[:-1] + "x"
            f = fmt or self.ch(["plain", "plain", "plain", "684"])
            if f == "684":
                v = "%s %s %s" % (v[:6], v[6:14], v[14:])
            return v
        return self.m("id_number", self._once("id:" + key, mk))

    def card(self, key="c", fmt=None):
        def mk():
            pre, ln = self.ch(CARD_PREFIXES)
            body = pre + "".join(str(self.r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
            num = body + luhn_digit(body)
            f = fmt or self.ch(["plain", "plain", "g4", "dash4"])
            if f == "g4":
                return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
            if f == "dash4":
                return "-".join(num[i:i + 4] for i in range(0, len(num), 4))
            return num
        return self.m("bank_card", self._once("card:" + key, mk))

    def addr(self, key="a", style=None):
        def mk():
            s = style or self.ch(["urban", "urban", "rural", "estate"])
            if s in ("urban", "estate", "road"):
                c = self.ch(CITIES)
                road = self.ch(c[2])
                no = self.r.randint(3, 399)
                if s == "road":
                    return "%s%s%s%d号" % (c[0], c[1], road, no)
                if s == "urban":
                    return "%s%s%s%d号%d栋%d单元%d%02d室" % (c[0], c[1], road, no, self.r.randint(1, 18),
                                                           self.r.randint(1, 4), self.r.randint(2, 28),
                                                           self.r.randint(1, 4))
                return "%s%s%s%d栋%d%02d" % (c[0], c[1], self.ch(ESTATES), self.r.randint(1, 30),
                                             self.r.randint(2, 26), self.r.randint(1, 4))
            if s == "rural":
                k = self.ch(COUNTIES)
                return "%s%s%s%s组%d号" % (k[0], k[1], k[2], self.ch(CN_NUM[:9]), self.r.randint(1, 60))
            if s == "stall":
                c = self.ch(CITIES)
                return "%s%s%s%s区%d号%s" % (c[0], c[1], self.ch(MARKETS), self.ch("ABCDE"),
                                             self.r.randint(1, 120), self.ch(["门面", "摊位", "档口"]))
            if s == "village":
                k = self.ch(COUNTIES)
                return "%s%s%s%s组" % (k[0], k[1], k[2], self.ch(CN_NUM[:9]))
            raise ValueError(s)
        return self.m("address", self._once("addr:" + key, mk))

    def email(self, key="e"):
        def mk():
            h = self.ch(SYLL) + self.ch(SYLL) + str(self.r.randint(1, 9999))
            return h + "@" + self.ch(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"])
        return self.m("email", self._once("email:" + key, mk))

    def wx(self, key="w"):
        def mk():
            if self.r.random() < 0.5:
                return "wxid_" + "".join(self.ch("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
            return self.ch(SYLL) + self.ch(SYLL) + self.ch(["_", "", "-"]) + str(self.r.randint(10, 99999))
        return self.m("wechat", self._once("wx:" + key, mk))

    def qq(self, key="q"):
        return self.m("qq", self._once("qq:" + key, lambda: str(self.r.randint(1, 9)) + "".join(
            str(self.r.randint(0, 9)) for _ in range(self.r.randint(6, 9)))))

    def plate(self, key="pl"):
        def mk():
            p = self.ch(PROVINCE_PLATE) + self.ch(PLATE_LETTERS)
            if self.r.random() < 0.3:
                tail = self.ch("DF") + "".join(str(self.r.randint(0, 9)) for _ in range(5))
            else:
                tail = "".join(self.ch(PLATE_LETTERS + "0123456789") for _ in range(2)) + \
                    "".join(str(self.r.randint(0, 9)) for _ in range(3))
            return p + self.ch(["", "·", " "]) + tail
        return self.m("plate", self._once("plate:" + key, mk))

    def acct(self, key="ac", style="contract"):
        def mk():
            if style == "case":
                return "（%d）%s%04d民初%d号" % (self.r.randint(2023, 2026), self.ch(["湘", "豫", "川", "云", "桂", "黔", "鄂", "陕"]),
                                            self.r.choice([102, 103, 104, 111, 121, 602]), self.r.randint(100, 9999))
            if style == "contract":
                return self.ch(["HT", "XF", "JK", "DK"]) + str(self.r.randint(2021, 2025)) + \
                    "".join(str(self.r.randint(0, 9)) for _ in range(10))
            if style == "worker":
                return self.ch(["CS", "A", "HS", ""]) + str(self.r.randint(10000, 99999))
            if style == "order":
                return "".join(str(self.r.randint(0, 9)) for _ in range(20))
            raise ValueError(style)
        return self.m("account", self._once("acct:" + key, mk))

    # ----- non-personal fills ----------------------------------------------
    def amt(self):
        return self.ch([str(self.r.randint(3, 98) * 100), str(self.r.randint(1000, 60000)),
                        "%d.%02d" % (self.r.randint(200, 9999), self.r.randint(0, 99))])

    def wan(self):
        return self.ch(["两万", "三万", "五千", "八千", "一万二", "四万五", "六万"])

    def days(self):
        return str(self.r.randint(15, 420))

    def date(self):
        return "%d月%d日" % (self.r.randint(1, 12), self.r.randint(1, 28))

    def ydate(self):
        return "%d年%d月%d日" % (self.r.randint(2023, 2026), self.r.randint(1, 12), self.r.randint(1, 28))

    def plat(self):
        return self._once("plat", lambda: self.ch(PLATFORMS))

    def bank(self):
        return self._once("bank", lambda: self.ch(BANKS))

    def city(self):
        return self._once("city", lambda: self.ch(CITIES))

    def wd(self):
        return self.ch(WEEKDAYS)

    def fest(self):
        return self.ch(FESTIVALS)

    def tm(self):
        return self.ch(TIMES)

    def hm(self):
        return "%02d:%02d" % (self.r.randint(7, 23), self.r.randint(0, 59))

    def age(self, gen="adult"):
        return str({"elder": self.r.randint(60, 76), "adult": self.r.randint(36, 57),
                    "young": self.r.randint(21, 34)}[gen])

    def opt(self, p, text):
        return text if self.r.random() < p else ""


# ---------------------------------------------------------------------------
# templates.  Each returns the marked text; the group decides the sender.
# ---------------------------------------------------------------------------

def county_short(s):
    for p in ("省", "广西", "宁夏"):
        if p in s:
            return s.split(p, 1)[1]
    return s


def police_1(b):
    sx = b.ch(["m", "f"])
    return (f"报案材料\n报案人：{b.n('A', sex=sx)}，{'男' if sx == 'm' else '女'}，{b.age()}岁，身份证号{b.idn('A', sex=sx)}，"
            f"现住{b.addr('A', 'urban')}，联系电话{b.phone('A', 'plain')}。\n"
            f"{b.date()}晚上九点左右，我接到自称{b.plat()}催收员的电话，对方说他叫{b.n('C', sex='m')}，要求我当天还清欠款{b.amt()}元。"
            f"我说{b.wd()}发工资后再还，{b.n('C')}就开始骂人，说要把我的照片发到单位群里。第二天上午我同事{b.n('D')}和我们主管{b.n('E')}"
            f"都收到了短信，短信里有我的名字和身份证号。"
            + b.opt(0.6, f"{b.wd()}中午我去单位上班，门卫{b.n('G')}说早上有两个人来找过我，拿着一张打印的纸，上面是我的照片和我女儿{b.n('K', gen='young', sex='f')}的名字。"
                    f"我女儿在读高中，我很担心她的安全。我当天下午就给{b.plat()}的客服打了电话，客服只说会反馈，没有任何处理结果。"
                    f"我之前借的钱已经还了大部分，剩下的也愿意分期还，但是对方不同意，一定要我一次性还清，还说要让全公司都知道我是老赖。")
            + f"我怀疑对方非法获取了我的通讯录，请求公安机关依法处理。\n报案人：{b.n('A')}\n{b.ydate()}")


def police_2(b):
    sx = b.ch(["m", "f"])
    return (f"询问笔录\n时间：{b.ydate()}{b.ch(['9时10分至10时05分', '14时30分至15时20分', '16时02分至16时48分', '10时15分至11时00分'])}\n地点：{b.city()[3]}派出所办案区\n"
            f"询问人：{b.n('P1', sex='m')}、{b.n('P2')}　记录人：{b.n('P2')}\n"
            f"被询问人：{b.n('A', sex=sx)}　性别：{'男' if sx == 'm' else '女'}　联系方式：{b.phone('A')}\n"
            f"问：你今天为什么来派出所？\n答：我来反映被催收骚扰的情况。从{b.ch(['三月', '五月', '去年十月', '上个月'])}开始，"
            f"一个叫{b.n('C', sex='m')}的人天天打我电话，还打给我妈{b.n('M', gen='elder', sex='f')}和我舅舅{b.n('U', gen='elder', sex='m')}，说我欠钱不还是老赖。\n"
            f"问：你是否欠款？\n答：我在{b.plat()}借过{b.amt()}元，逾期了{b.days()}天，我愿意还，但他们要我一次还清。\n"
            f"问：以上说的是否属实？\n答：属实。")


def police_3(b):
    return (f"关于我儿子{b.n('S', gen='young', sex='m')}被催收人员上门一事的情况说明\n"
            f"我叫{b.n('A', gen='elder', sex='f')}，是{b.n('S')}的母亲，家住{b.addr('A', 'rural')}。{b.date()}下午三点多，"
            f"有两个男的开着一辆车牌{b.plate('C')}的白色轿车到我家，一个自称{b.n('C', sex='m')}，另一个戴眼镜的叫他老{b.sur('C')}。"
            f"他们说{b.n('S')}在{b.plat()}欠了{b.amt()}元，不还就天天来。我老伴{b.n('H', gen='elder', sex='m', surname=b.sur('S'))}有心脏病，当场就不舒服了。"
            f"村主任{b.n('V', gen='elder', sex='m')}过来劝，他们才走。走之前{b.n('C')}留了一个电话{b.phone('C')}，让我们{b.wd()}之前凑钱。特此说明。")


def police_4(b):
    return (f"民警同志您好，我叫{b.n('A')}，在{b.city()[0]}{b.ch(SHOPS)}打工。{b.ydate()}那天{b.n('C')}给我打电话，"
            f"说我表弟{b.n('B', gen='young', sex='m')}借的钱填了我当紧急联系人，要我替他还{b.wan()}。我说我不知道这件事，"
            f"{b.n('C')}就说知道我在哪上班，还报出了我老板{b.n('D')}的名字。后来{b.wd()}晚上，店门口被人贴了“{b.n('B')}欠债不还”的纸，"
            f"我们老板娘{b.n('E', sex='f')}吓得不敢开门。我已经保存了通话录音和短信截图，对方号码是{b.phone('C')}。请求调查。")


def police_5(b):
    b.n('L', sex='m')
    return (f"证人证言\n我是{b.n('A', gen='elder', sex='f')}的邻居{b.n('W')}，住在同一栋楼的三楼。{b.date()}{b.tm()}，我听见楼道里有人大声喊"
            f"“{b.n('A')}出来还钱”，出门一看是三个年轻人，领头的穿黑夹克，另外两个叫他{b.sur('L')}哥。"
            f"他们拿红油漆在{b.n('A')}家门上写了字。我给社区网格员{b.n('G')}打了电话，{b.n('G')}和物业的{b.n('P')}一起上来才把人劝走。"
            f"后来听说领头的叫{b.n('L', sex='m')}，是{b.plat()}外包公司的。以上属实。\n证人：{b.n('W')}　电话：{b.phone('W')}")


def police_6(b):
    return (f"我在短视频平台看到“债务优化、停息挂账”的广告，加了一个叫{b.n('C')}的人的微信{b.wx('C')}，他说自己是{b.bank()}的内部人员，"
            f"能帮我把信用卡欠款{b.amt()}元减免一半。他让我先交服务费，我{b.date()}和{b.date()}先后转了两次，收款人是{b.n('R')}，"
            f"卡号{b.card('R')}。交完钱{b.n('C')}就把我拉黑了。后来我在一个维权群里认识了{b.n('V1')}和{b.n('V2')}，"
            f"他们也被同一个人骗了。请公安机关立案。报案人{b.n('A')}，电话{b.phone('A')}。")


def regulator_1(b):
    return (f"投诉人：{b.n('A')}\n联系电话：{b.phone('A')}\n被投诉机构：{b.bank()}信用卡中心\n"
            f"投诉内容：本人于{b.r.randint(2019, 2023)}年在贵行办理信用卡，因失业导致逾期。{b.date()}起，贵行委托的外包公司员工{b.n('C')}"
            f"多次拨打我父亲{b.n('F', gen='elder', sex='m')}的电话，还给我前同事{b.n('D')}发短信，内容包含我的欠款金额。"
            f"我已于{b.date()}向贵行客服说明情况，客服{b.n('E', sex='f')}答应停止联系第三方，但{b.wd()}{b.n('C')}又打来了。"
            f"请监管部门督促其依法催收，我愿意协商分期。"
            + b.opt(0.6, f"另外，{b.n('C')}在电话里说他们的领导{b.n('L')}已经批准上门，并说知道我老家在{county_short(b.ch(COUNTIES)[0])}，"
                    f"这让我的家人非常害怕。我父亲有高血压，每次接到电话都要吃药。我现在每月收入只有三千多，房租和孩子的学费都要付，"
                    f"实在没有能力一次还清，希望银行能根据我的实际情况给出个性化分期方案。"))


def regulator_2(b):
    sx = b.ch(["m", "f"])
    return (f"征信异议申请\n申请人{b.n('A', sex=sx)}，身份证号码{b.idn('A', sex=sx)}。本人从未在{b.plat()}申请过贷款，"
            f"征信报告上显示的{b.amt()}元贷款是我前{'妻' if sx == 'm' else '夫'}{b.n('X', sex='f' if sx == 'm' else 'm')}用我的身份证办理的，"
            f"放款账户为{b.card('X')}，户名也写的是我，但我从未持有此卡。{b.n('X')}现住{b.addr('X')}，电话{b.phone('X')}。"
            f"此事{b.n('X')}的姐姐{b.n('Y', sex='f', surname=None)}可以作证。请求更正征信记录。")


def regulator_3(b):
    return (f"【投诉对象】{b.plat()}\n【投诉问题】暴力催收、骚扰联系人\n【投诉要求】停止骚扰、协商还款\n【涉诉金额】{b.amt()}元\n"
            f"我是{b.n('A')}，{b.date()}借了{b.plat()}{b.wan()}，因生病住院逾期{b.days()}天。对方催收{b.n('C')}打了我姐姐{b.n('S', sex='f')}"
            f"和我同学{b.n('D')}的电话，还在{b.wd()}晚上十一点给我老婆{b.n('W', sex='f')}发了P过的图片。我有录音和截图，"
            f"已经联系过客服，客服说会转给贷后部门，但到现在也没有回复。希望平台能管一管。")


def regulator_4(b):
    return (f"工业和信息化部反诈举报：举报号码{b.phone('C')}，此号码自称{b.plat()}法务部{b.n('C')}，自{b.date()}起每天发送短信，"
            f"内容为“{b.n('A')}你好，你的欠款已移交法务，若{b.wd()}前不处理将联系你的家人{b.n('F', gen='elder')}及单位”。"
            f"我就是{b.n('A')}，但我的借款已经在{b.date()}结清，有结清证明。对方还把同样的短信发给了我弟弟{b.n('B', gen='young')}。"
            f"请求核查并关停该号码。")


def regulator_5(b):
    return (f"致{b.bank()}消费者权益保护部：\n我是贵行持卡人{b.n('A')}，卡号{b.card('A')}。我母亲{b.n('M', gen='elder', sex='f')}今年七十多岁，"
            f"独自住在{b.addr('M', 'rural')}，{b.fest()}前后连续接到贵行催收电话，打电话的人自称{b.n('C')}，说话很难听。"
            f"我母亲不识字，以为我出了事，连夜让邻居{b.n('N')}送她去了镇上。请贵行核实{b.n('C')}的工号并答复我，我的邮箱是{b.email('A')}。")


def regulator_6(b):
    return (f"关于{b.plat()}违规催收的投诉（补充材料）\n一、借款人：{b.n('A')}，借款合同编号{b.acct('A', 'contract')}。\n"
            f"二、被骚扰的第三方：我丈夫{b.n('H', sex='m')}、我女儿的班主任{b.n('T', sex='f')}老师、我所在公司的人事{b.n('R')}。\n"
            f"三、催收人员：{b.n('C1')}、{b.n('C2')}，均自称是{b.plat()}委托的律所调解员。\n"
            f"四、时间：{b.date()}至{b.date()}，每天{b.tm()}以后仍有来电。\n五、诉求：停止联系第三方，按合同约定重新协商还款计划。")


def mediation_1(b):
    return (f"人民调解协议书\n编号：{b.city()[3][:2]}调〔{b.r.randint(2024, 2026)}〕{b.r.randint(10, 99)}号\n"
            f"当事人：{b.n('A', sex='m')}，男，{b.age()}岁，住{b.addr('A', 'urban')}，电话{b.phone('A')}。\n"
            f"当事人：{b.n('B', sex='f')}，女，{b.age()}岁，住{b.addr('B')}。\n"
            f"纠纷简要情况：{b.r.randint(2022, 2025)}年{b.r.randint(1, 12)}月，{b.n('B')}向{b.n('A')}借款{b.amt()}元，约定{b.date()}前归还，至今未还。\n"
            f"经调解，自愿达成如下协议：一、{b.n('B')}于{b.date()}前分三期归还；二、{b.n('A')}不再追究利息。\n"
            + b.opt(0.7, f"三、如{b.n('B')}未按期还款，{b.n('A')}可就剩余款项向人民法院申请司法确认后强制执行；四、双方不得再以任何方式骚扰对方家属，"
                         f"包括{b.n('B')}的母亲{b.n('BM', gen='elder', sex='f')}和{b.n('A')}的弟弟{b.n('AB', surname=b.sur('A'))}。\n本协议自双方签字之日起生效，一式三份。\n")
            + f"调解员：{b.n('M')}　记录人：{b.n('R')}")


def mediation_2(b):
    k = b.ch(COUNTIES)
    return (f"调解记录\n{b.date()}上午九点，{k[2]}村委会会议室。调解员{b.n('M', gen='elder', sex='m')}主持，"
            f"申请人{b.n('A', sex='f')}及其丈夫{b.n('H', sex='m')}到场，被申请人{b.n('B', gen='elder', sex='m')}由其儿子"
            f"{b.n('S', gen='young', sex='m', surname=b.sur('B'))}陪同。{b.n('A')}称去年借给{b.n('B')}{b.wan()}块钱盖房，有借条。"
            f"{b.n('B')}说钱是借了，但其中一万是{b.n('S')}替他还过的。{b.n('M')}提出先核对转账记录，双方同意{b.wd()}再来。"
            f"{b.n('H')}表示只要本金还清，利息可以不要。")


def mediation_3(b):
    return (f"诉前调解工作记录\n案号{b.acct('K', 'case')}\n调解员：{b.n('M')}\n"
            f"{b.date()}{b.hm()}电话联系被告{b.n('B')}（电话{b.phone('B')}），{b.n('B')}表示目前无力一次性还款，愿意每月还{b.r.randint(5, 30)}00元。"
            f"随后联系原告委托代理人{b.n('L')}律师，{b.n('L')}称需请示{b.bank()}。{b.date()}再次联系，原告同意分{b.r.randint(6, 24)}期，"
            f"被告配偶{b.n('W')}表示愿作担保。本次调解由{b.n('M')}记录。")


def mediation_4(b):
    return (f"担保纠纷协调会纪要\n时间：{b.ydate()} {b.tm()}\n地点：{b.city()[3]}司法所\n"
            f"参加人：出借人{b.n('A')}，借款人{b.n('B')}，担保人{b.n('G1')}、{b.n('G2')}，司法所工作人员{b.n('M')}。\n"
            f"{b.n('A')}要求担保人承担连带责任。{b.n('G1')}表示自己只是帮{b.n('B')}签了个字，不知道金额有{b.wan()}；"
            f"{b.n('G2')}同意先垫付一部分。最后商定{b.n('B')}在{b.fest()}前还清本金，利息另议。")


def chat_1(b):
    d = b.date()
    s = b.n('S', sex='m')
    sur = b.sur('S')
    return (f"群聊“{sur}家亲人”的聊天记录\n{d} 20:13 {b.n('A', gen='elder', surname=sur)}：谁知道{s}现在在哪？催收的把电话打到我这来了\n"
            f"{d} 20:15 {b.n('B', sex='f')}：我也接到了，说是{b.plat()}的，让我转告他\n"
            f"{d} 20:16 {b.n('C', surname=sur)}：别理他们，{s}上个月还在{b.city()[0]}打工\n"
            f"{d} 20:21 {b.n('A')}：他们说{b.wd()}要上门\n{d} 20:22 {b.n('D', gen='young', surname=sur)}：我给{s}打电话一直关机\n"
            f"{d} 20:30 {b.n('B')}：那就等他自己出来说清楚吧"
            + b.opt(0.7, f"\n{d} 20:34 {b.n('E', sex='f')}：刚才又有个号码打给我，说{s}的紧急联系人填的是我，让我转告他三天内还款，不然就起诉\n"
                    f"{d} 20:35 {b.n('A')}：你别信，现在好多都是吓唬人的\n{d} 20:41 {b.n('C')}：我明天去{s}租的地方看看，有消息在群里说"))


def chat_2(b):
    c = b.n('C', sex='m')
    return (f"催收-{c}：{b.n('A')}你好，我是{b.plat()}贷后的，你的账单已经逾期{b.days()}天了\n"
            f"我：我知道，这个月真的没钱，下个月十号发工资\n"
            f"催收-{c}：你上次也这么说。你弟弟{b.n('B', gen='young')}的电话我们也有，要不要我们跟他聊聊？\n"
            f"我：这跟他没关系，你们不要打扰我家人\n"
            f"催收-{c}：那你今天先还{b.r.randint(2, 20)}00，剩下的{b.wd()}之前结清。我工号{b.acct('C', 'worker')}，有问题直接找我")


def chat_3(b):
    return (f"[{b.hm()}] {b.n('A')}: 你上次说{b.fest()}前还我那{b.wan()}，现在都过了\n"
            f"[{b.hm()}] {b.n('B')}: 哥再宽限几天，{b.n('C')}欠我的钱还没给我\n"
            f"[{b.hm()}] {b.n('A')}: 你每次都拿{b.n('C')}说事，我老婆{b.n('W', sex='f')}天天跟我吵\n"
            f"[{b.hm()}] {b.n('B')}: 我{b.wd()}去找{b.n('C')}要，要到了马上转你\n"
            f"[{b.hm()}] {b.n('A')}: 行，我最后等你一次，不行我就去你单位找你们{b.n('D')}主任")


def chat_4(b):
    ph = b.phone('C', 'plain')
    return (f"短信记录（共4条）\n1. {b.date()} {b.hm()} 来自{ph}：{b.n('A')}，你在{b.plat()}的借款已严重逾期，今天必须处理。\n"
            f"2. {b.date()} {b.hm()} 来自{ph}：你不处理我们就联系{b.n('F', gen='elder')}和{b.n('G')}。\n"
            f"3. {b.date()} {b.hm()} 来自{ph}：已安排同事{b.n('V')}{b.wd()}上门核实你的住址{b.addr('A')}。\n"
            f"4. {b.date()} {b.hm()} 来自{ph}：最后通知，请自重。")


def chat_5(b):
    return (f"{b.n('A')}({b.qq('A')}) {b.ydate()} {b.hm()}\n在吗？{b.n('B')}借我的钱你知道他去哪了吗\n"
            f"{b.n('C')}({b.qq('C')}) {b.ydate()} {b.hm()}\n不知道啊，他说过年回{county_short(b.ch(COUNTIES)[0])}老家，你问问{b.n('D')}\n"
            f"{b.n('A')}({b.qq('A')}) {b.ydate()} {b.hm()}\n{b.n('D')}也找不到他，电话{b.phone('B')}一直没人接，我明天去他租的房子看看")


def chat_6(b):
    return (f"语音转文字记录（{b.hm()}）\n{b.n('A')}：喂{b.n('B')}啊我是你{b.n('A')}姐你那个借款的事催收打到我单位来了我们科长{b.n('K')}都知道了"
            f"你到底欠了多少啊\n{b.n('B')}：姐对不起我也不知道他们会打给你我这两天就去跟他们协商\n"
            f"{b.n('A')}：你别光说你去问问你姐夫{b.n('H', sex='m')}他认识{b.bank()}的人让他帮你问问能不能分期\n"
            f"{b.n('B')}：好我晚上就给姐夫打电话姐你跟妈说一声别让她着急")


def letter_1(b):
    b.n('C', sex='m')
    return (f"{b.sur('C')}哥：\n你好！我是{b.n('A')}。借你的{b.wan()}块钱我一直记着，不是不还。{b.fest()}前我爸{b.n('F', gen='elder', sex='m')}住院，"
            f"花了不少钱，我媳妇{b.n('W', sex='f')}也没上班。我跟{b.n('D')}说好了，他欠我的钱{b.wd()}给我，到时候我先还你一半。"
            f"你让你朋友{b.n('X')}别再去我家了，孩子都吓哭了。咱们认识十几年，我不会赖账，借条你也收着，我说到做到。\n此致\n{b.n('A')}\n{b.ydate()}\n（{b.n('C', sex='m')}收）")


def letter_2(b):
    return (f"律师函\n致：{b.n('A', sex='m')}先生\n{b.n('L1')}律师、{b.n('L2')}律师受{b.bank()}委托，就您名下信用卡（卡号{b.card('A')}）欠款一事致函如下：\n"
            f"截至{b.ydate()}，您尚欠本息合计{b.amt()}元。请您于本函送达之日起七日内与我所联系，联系人{b.n('L2')}，电话{b.landline('F')}。"
            f"逾期未处理，我所将依法向人民法院提起诉讼。\n{b.ch(['湖南', '河南', '四川', '云南'])}某某律师事务所")


def letter_3(b):
    sx = b.ch(["m", "f"])
    return (f"还款承诺书\n本人{b.n('A', sex=sx)}（身份证号{b.idn('A', sex=sx)}）于{b.ydate()}向{b.n('B')}借款{b.amt()}元，"
            f"现因经营困难无法按期归还。本人承诺：自{b.date()}起每月{b.r.randint(1, 28)}日前还款{b.r.randint(10, 50)}00元，直至还清。"
            f"如有违约，由担保人{b.n('G')}承担连带责任。\n承诺人：{b.n('A')}\n见证人：{b.n('W')}、{b.n('V')}\n联系电话：{b.phone('A')}")


def letter_4(b):
    return (f"给{b.plat()}催收部门的一封信\n你们好，我是借款人{b.n('A')}的妻子{b.n('W', sex='f')}。我丈夫{b.date()}出了车祸，现在还在{b.city()[0]}住院，"
            f"主治医生是{b.n('D')}主任，你们可以核实。这几个月家里全靠我一个人，我公公{b.n('F', gen='elder', sex='m', surname=b.sur('A'))}"
            f"也七十多了。你们天天打电话给我们村的{b.n('N')}和{b.n('M')}，全村都知道了。我不是不还，请给我们半年时间。"
            f"等他出院能上班了，我们每个月先还一部分，医院的诊断证明我可以拍照发给你们。")


def letter_5(b):
    return (f"情况说明\n{b.bank()}：\n我叫{b.n('A')}，是贵行贷款客户{b.n('B', gen='elder', sex='m')}的女儿。我父亲于{b.ydate()}因病去世，"
            f"名下贷款尚欠{b.amt()}元。家里的继承人有我、我哥哥{b.n('C', sex='m', surname=b.sur('B'))}和我母亲{b.n('M', gen='elder', sex='f')}。"
            f"我们愿意在继承遗产范围内还款，但请不要再打我哥哥单位的电话。联系电话{b.phone('A')}，地址{b.addr('A')}。")


# ----- short groups ----------------------------------------------------------
TIMEGLUE = [
    lambda b: f"{b.wd()}{b.n('A')}去你单位了，你们领导都知道了",
    lambda b: f"{b.n('A')}{b.wd()}去你单位了，自己看着办",
    lambda b: f"{b.fest()}{b.n('A')}还说年后一定还，现在人都找不到",
    lambda b: f"{b.n('A')}{b.fest()}前答应还{b.amt()}，到今天一分没还",
    lambda b: f"中秋节{b.n('A')}{b.n('B')}都没回来，催收的电话倒是打了二十多个",
    lambda b: f"当晚{b.n('A')}又打来三个电话，第二天{b.n('B')}也打了",
    lambda b: f"次日{b.n('A')}到派出所说明情况，民警让他{b.wd()}再来",
    lambda b: f"{b.tm()}{b.n('A')}准时到了调解室，{b.n('B')}没来",
    lambda b: f"{b.n('A')}{b.r.randint(7, 11)}点半到的，等了你一个钟头",
    lambda b: f"{b.tm()}{b.n('A')}还在给我发消息，问你什么时候还钱",
    lambda b: f"{b.ydate()}{b.n('A')}在{b.plat()}借款{b.amt()}元，担保人{b.n('B')}",
    lambda b: f"星期天{b.n('A')}和{b.n('B')}去了你老家",
    lambda b: f"{b.n('A')}{b.r.randint(2018, 2024)}年{b.r.randint(1, 12)}月入职，{b.r.randint(2024, 2026)}年离职，欠款一直没还",
    lambda b: f"上周三{b.n('A')}来过，说是{b.plat()}的，留了电话{b.phone('A')}",
    lambda b: f"{b.n('A')}下周一到期，请提醒他按时还款",
    lambda b: f"{b.hm()}{b.n('A')}：我到楼下了你下来",
    lambda b: f"今天{b.n('A')}明天{b.n('B')}后天{b.n('C')}，轮流打你电话",
    lambda b: f"清明节{b.n('A')}回村上坟，催收的跟到了山上",
    lambda b: f"截至{b.date()}{b.n('A')}共欠{b.amt()}元",
    lambda b: f"{b.date()}{b.hm()}{b.n('A')}来电，称已还款",
    lambda b: f"端午前{b.n('A')}说手头紧，{b.wd()}{b.n('B')}替他还了一期",
    lambda b: f"腊月二十八{b.n('A')}上门要账，大年初三{b.n('B')}又来了",
]

VERBGLUE = [
    lambda b: f"{b.n('A')}说钱已经还了，你们自己查",
    lambda b: f"{b.n('A')}骂我是老赖还说要去我单位闹",
    lambda b: f"{b.n('A')}答应月底还，结果又拖了",
    lambda b: f"{b.n('A')}威胁要上门，我能报警吗",
    lambda b: f"{b.n('A')}讲他根本不知道借款这回事",
    lambda b: f"{b.n('A')}喊{b.n('B')}出来接电话",
    lambda b: f"{b.n('A')}拿了我的身份证去办的卡",
    lambda b: f"{b.n('A')}借{b.n('B')}的钱不还，凭什么打给我",
    lambda b: f"借条上{b.n('A')}签字{b.n('B')}按的手印",
    lambda b: f"{b.n('A')}转给{b.n('B')}{b.wan()}，有转账记录",
    lambda b: f"我听见{b.n('A')}吼了一句就挂了",
    lambda b: f"{b.n('A')}哭着说她真的没钱",
    lambda b: f"{b.n('A')}发誓{b.fest()}前还清",
    lambda b: f"{b.n('A')}告诉我{b.n('B')}已经跑路了",
    lambda b: f"{b.n('A')}催{b.n('B')}还款催了半年",
    lambda b: f"你去问{b.n('A')}要，钱在他手上",
    lambda b: f"{b.n('A')}笑着说没事，第二天就把我拉黑了",
    lambda b: f"{b.n('A')}认了这笔账，{b.n('B')}不认",
    lambda b: f"{b.n('A')}打了{b.r.randint(5, 40)}个电话给{b.n('B')}",
    lambda b: f"{b.n('A')}替{b.n('B')}还了三期以后就不管了",
]

LISTS = [
    lambda b: f"{b.n('A')}和{b.n('B')}是你填的紧急联系人吗",
    lambda b: f"{b.n('A')}跟{b.n('B')}是一起借的，找他们两个",
    lambda b: f"经查，{b.n('A')}与{b.n('B')}系夫妻关系，共同承担还款责任",
    lambda b: f"{b.n('A')}及其配偶{b.n('B')}名下无可供执行财产",
    lambda b: f"{b.n('A')}、{b.n('B')}还有{b.n('C')}都说没见过你",
    lambda b: f"我跟{b.n('A')}和{b.n('B')}都说过了，别再打了",
    lambda b: f"紧急联系人有{b.n('A')}、{b.n('B')}以及{b.n('C')}",
    lambda b: f"担保人{b.n('A')}与{b.n('B')}、{b.n('C')}已收到通知",
    lambda b: f"原告{b.n('A')}与被告{b.n('B')}、{b.n('C')}民间借贷纠纷一案",
    lambda b: f"你爸{b.n('A', gen='elder', sex='m')}还有你妈{b.n('B', gen='elder', sex='f')}都接到电话了",
    lambda b: f"{b.n('A')}同{b.n('B')}一道来的，还有{b.n('C')}在车里",
    lambda b: f"借款人{b.n('A')}，共同借款人{b.n('B')}及{b.n('C')}",
    lambda b: f"{b.n('A')}跟{b.n('B')}跟{b.n('C')}三个人合伙开的店",
    lambda b: f"还有{b.n('A')}，他也是你的联系人",
]

QUOTES = [
    lambda b: f"他进门就说“{b.n('A')}让我来的”",
    lambda b: f"转账备注写的是“{b.n('A')}借款”",
    lambda b: f"“{b.n('A')}”这个名字我从来没听过，你们打错了",
    lambda b: f"她一直在楼下喊“{b.n('A')}，{b.n('A')}你出来”",
    lambda b: f"附件：《{b.n('A')}还款计划》",
    lambda b: f"通讯录里备注“{b.n('A')}”的那个人是我同事",
    lambda b: f"‘{b.n('A')}’和‘{b.n('B')}’都是他编的名字吗？不是，是真人",
    lambda b: f"「{b.n('A')}」已逾期，请「{b.n('B')}」转告",
    lambda b: f"联系人备注【{b.n('A')}】，电话{b.phone('A')}",
    lambda b: f"短信里写着\"{b.n('A')}欠款未还\"，可我根本不认识这个人",
]

FAMOUS = [
    lambda b: f"借款人：{b.n('A', style='famous')}，联系电话{b.phone('A')}，已逾期{b.days()}天",
    lambda b: f"{b.n('A', style='famous')}在{b.ch(BRANDS_FAMOUS)}门店上班，你们去那儿找他",
    lambda b: f"你同事{b.n('A')}说你在{b.ch(PLACES_FAMOUS)}附近租房",
    lambda b: f"{b.n('A', style='famous')}你好，你在{b.plat()}的借款今天到期",
    lambda b: f"我和{b.n('A', style='famous')}是同事，他借钱的事我不清楚",
    lambda b: f"{b.n('A')}在{b.ch(PLACES_FAMOUS)}旁边的{b.ch(BRANDS_FAMOUS)}做店长",
    lambda b: f"紧急联系人{b.n('A', style='famous')}，关系：朋友",
    lambda b: f"被告{b.n('A', style='famous')}，男，住{b.addr('A')}",
    lambda b: f"{b.n('A', style='famous')}不是明星，是你表哥，他说他不替你还",
    lambda b: f"约在{b.ch(PLACES_FAMOUS)}门口见{b.n('A', style='famous')}，他带了借条",
    lambda b: f"{b.n('A', style='famous')}和{b.n('B', style='famous')}都是你的担保人",
]

PLACEPERSON = [
    lambda b: f"{b.n('A', style='place')}是你的紧急联系人吧，他说不认识你",
    lambda b: f"我找{b.n('A', style='place')}，他欠我{b.wan()}",
    lambda b: f"{b.n('A', style='place')}你好，你的借款已逾期{b.days()}天",
    lambda b: f"{b.n('A', style='place')}、{b.n('B', style='place')}两人都是担保人",
    lambda b: f"你表叔{b.n('A', style='place')}替你还了一期",
    lambda b: f"住址：{b.addr('A', 'road')}路过{b.ch(MARKETS)}往里走第三家，借款人{b.n('A', style='place')}",
    lambda b: f"{b.n('A')}家住{b.addr('A', 'village')}市场对面，你们去了就知道",
    lambda b: f"{b.n('A')}在{b.addr('A', 'stall')}卖菜，每天早上都在",
    lambda b: f"他住{b.addr('A', 'road')}，每天从{b.ch(b.ch(CITIES)[2])}上经过",
    lambda b: f"地址：{b.addr('A', 'urban')}，{b.n('A', style='place')}收",
    lambda b: f"{b.n('A', style='place')}说他{b.wd()}去{county_short(b.ch(COUNTIES)[0])}了",
    lambda b: f"摊位地址{b.addr('A', 'stall')}，摊主{b.n('A')}，电话{b.phone('A')}",
]


def _yi(b, key):
    return b.n(key, style="yi")


MINORITY = [
    lambda b: f"{b.n('A', style='yi')}你好，你在{b.plat()}的借款已逾期{b.days()}天，请尽快处理",
    lambda b: f"{b.n('A', style='yi')}和{b.n('B', style='naxi')}都是你填的联系人",
    lambda b: f"{b.n('A', style='dai')}说她{b.wd()}去景洪了，要下周才回",
    lambda b: f"傣族的{b.n('A', style='dai')}替{b.n('B', style='dai')}还了两千",
    lambda b: f"被告：{b.n('A', style='manchu')}，男，满族，住{b.addr('A', 'rural')}",
    lambda b: f"{b.n('A', style='hui')}在{b.city()[0]}开拉面馆，欠我货款{b.amt()}元",
    lambda b: f"{b.n('A', style='zhuang')}跟{b.n('B', style='zhuang')}是一个村的，{b.n('A')}说他不管",
    lambda b: f"借款人{b.n('A', style='naxi')}，丽江人，紧急联系人{b.n('B', style='naxi')}",
    lambda b: f"{b.ch(WEEKDAYS)}{b.n('A', style='yi')}来电称{b.fest()}后还款",
    lambda b: f"你舅舅{b.n('A', style='hui')}说让你{b.wd()}之前回个电话",
    lambda b: f"{b.n('A', style='manchu')}与{b.n('B', style='manchu')}系兄弟关系",
    lambda b: f"{b.n('A', style='zhuang')}，壮族，身份证号{b.idn('A')}",
    lambda b: f"{b.n('A', style='dai')}告诉我{b.n('B', style='yi')}去西昌打工了",
    lambda b: f"收款人{b.n('A', style='hui')}，卡号{b.card('A')}，附言：{b.n('B', style='hui')}还款",
    lambda b: (f"{b.date()}{b.tm()}，我和村里的{b.n('A', style='yi')}、{b.n('B', style='yi')}一起去镇上，路上碰到催收的人，"
               f"他们拿着{b.n('C', style='yi')}的照片挨家挨户问，说{b.n('C')}在{b.plat()}借了{b.wan()}，"
               f"让我们转告他的阿妈{b.n('D', style='yi')}。我们说{b.n('C')}去年就去{b.ch(['浙江', '广东', '福建'])}了，"
               f"他们不信，还要了{b.n('A')}的电话{b.phone('A')}。"
               f"回来以后我们去村委会说了这件事，村干部说以后再有人来就让他们去派出所。"),
    lambda b: (f"纳西族老人{b.n('A', style='naxi', gen='elder')}反映：她的孙子{b.n('B', style='naxi', gen='young')}在外地借了网贷，"
               f"催收人员{b.n('C')}连续{b.days()}天打电话到家里，还打给了她的女儿{b.n('D', style='naxi', sex='f')}和女婿{b.n('E')}。"
               f"{b.n('A')}今年已经七十多岁，听不懂普通话，每次都是邻居{b.n('F')}帮忙接听。老人希望有关部门制止这种行为，"
               f"她愿意让{b.n('B')}自己出面和平台商量，也希望催收人员不要再打扰家里的老人和孩子，有事可以找村里的干部或者直接找她孙子本人。"),
]

OTHER = [
    lambda b: f"{b.wd()}{b.phone('A', 'plain')}打来说是法务，我没接",
    lambda b: f"住址：{b.addr('A', 'road')}路过便利店就是，别再来了",
    lambda b: f"本人身份证号{b.idn('A', fmt='684')}，请核实后删除我的信息",
    lambda b: f"还款账户{b.card('A', 'g4')}，合同号{b.acct('A', 'contract')}",
    lambda b: f"有事发邮件{b.email('A')}，别打我家里电话",
    lambda b: f"加我微信{b.wx('A')}，或者QQ{b.qq('A')}",
    lambda b: f"那辆{b.plate('A')}的车在我家门口停了一下午",
    lambda b: f"座机{b.landline('A')}是我单位的，请不要再打",
    lambda b: f"订单号{b.acct('A', 'order')}的借款我已结清，手机号{b.phone('A', 'dash')}",
    lambda b: (f"投诉内容：本人手机{b.phone('A')}自{b.date()}起每天收到二十多条催收短信，短信里写着我的家庭住址{b.addr('A', 'urban')}"
               f"和我在{b.bank()}的卡号{b.card('A')}，我从来没有授权任何第三方获取这些信息。我曾拨打平台客服热线，"
               f"客服说会核查，但到今天仍然没有处理结果。请监管部门调查信息泄露的来源。"),
]

NONE_TEXTS = [
    "周六高速免费，周一记得还信用卡",
    "王牌律师团队为您服务，免费咨询债务问题",
    "张家口市中级人民法院公告送达执行通知书",
    "您好，{客户姓名}，您的账单已出，最低还款额{金额}元",
    "杨国福麻辣烫旁边那家银行网点周日也营业",
    "黄金周期间暂停人工催收服务，如有疑问请拨打客服热线95511",
    "鲁迅公园门口有自助取款机，周末人多请注意安全",
    "马上消费金融提醒：请勿相信任何代理退费、征信修复的广告",
    "李子熟了，回村帮忙摘完再说还钱的事",
    "周口市公安局提醒：接到自称法院的电话要先核实",
    "何时还款、还多少，以平台APP显示为准",
    "石家庄的房子卖了就能还清",
    "高度重视您的反馈，我们将在三个工作日内回复",
    "宋体小四号，行间距一点五倍，打印两份签字",
    "中秋节前把钱还了，大家都好过个节",
    "周末万达广场有征信知识讲座，欢迎参加",
    ("投诉内容：本人在某消费金融公司借款后因疫情失业逾期，近三个月每天接到十余个催收电话，对方自称是律师事务所调解员，"
     "说话带有侮辱性，还把电话打到了我的工作单位和老家的村委会。我已明确表示愿意分期还款，但对方坚持要求一次性结清，"
     "并称不还就起诉、上征信、通知全村。请监管部门核查该公司的委外催收行为是否合规，督促其停止骚扰无关第三人。"),
    ("民警提醒：近期有不法分子冒充网贷平台客服，以“注销校园贷账户”“征信修复”为由诱导群众转账。凡是要求下载会议软件、"
     "开启屏幕共享、转账到“安全账户”的，都是诈骗。如遇可疑电话，请立即挂断并拨打96110咨询，或到就近派出所报案。"
     "张家口、周口、石家庄等地已破获多起此类案件，涉案金额从几千元到几十万元不等，受害人多为刚毕业的大学生和外出务工人员。"),
    ("人民调解协议书（样本）\n当事人：（姓名）、（性别）、（年龄）、（住址）\n当事人：（姓名）、（性别）、（年龄）、（住址）\n"
     "纠纷简要情况：（填写借款时间、金额、约定还款日期）\n经调解，自愿达成如下协议：（填写还款方式和期限）\n"
     "履行协议方式、地点、期限：（填写）\n本协议一式三份，当事人、人民调解委员会各持一份。\n调解员签名：　　　记录人签名：\n日期：　　年　　月　　日"),
    ("今天下午去了趟城北农贸市场，买菜的时候接到一个电话，说是马上消费金融的法务，让我周三之前处理欠款，不然就上门。"
     "我跟他说我上个月已经结清了，有结清证明，他还是不依不饶。挂了电话我心里很慌，回家路上一直在想是不是信息泄露了。"
     "晚上我把结清证明截图发给了平台客服，客服说会记录在案，让我有骚扰电话直接录音。希望这件事就这样过去吧。"),
    ("关于规范委外催收行为的通知：一、催收人员不得在晚上十点至次日早上八点之间拨打电话；二、不得向借款人以外的第三人透露欠款信息；"
     "三、不得使用侮辱、恐吓性语言；四、不得冒充公检法机关工作人员；五、每次通话应全程录音并保存不少于两年。"
     "各合作机构须于周五前提交自查报告，逾期未报的暂停派单。对于被投诉三次以上的催收人员，一律调离催收岗位并重新培训。"),
    ("我们村在白沙镇，村口就是玉湖，周六有集市，很多人去卖菜。以前村里人借钱都是找亲戚，现在年轻人都在手机上借网贷，"
     "逾期了催收电话就打到村委会。村支书说村委会的电话不是给催收公司用的，以后再有人打来就说查无此人。"
     "大家也要注意，不要随便把别人的电话填成紧急联系人，更不要把身份证借给别人办卡，出了事都是自己担责任。"),
    ("聊天记录\n甲：那个平台周一又打电话来了\n乙：你跟他们说了分期没有\n甲：说了，客服说要等审核，最少七个工作日\n"
     "乙：那就等吧，别再借新的还旧的了\n甲：嗯，下周三发工资我先还一期，剩下的等年终奖\n乙：行，有事跟我说，别一个人扛着\n甲：好，谢谢你，等这事过去了请你吃饭"),
    ("还款计划：第一期十月十日前还三千元，第二期十一月十日前还三千元，第三期十二月十日前还剩余部分。"
     "如遇节假日顺延至下一个工作日。还款后请保留转账凭证，结清后向平台申请开具结清证明，并在三十日后查询征信是否更新。"
     "如对还款计划有异议，请在收到本通知之日起五日内提出。本通知由系统自动生成，请勿直接回复。"),
]

GROUPS = [
    # name, templates, records, long
    ("police", [police_1, police_2, police_3, police_4, police_5, police_6], 16, True),
    ("regulator", [regulator_1, regulator_2, regulator_3, regulator_4, regulator_5, regulator_6], 16, True),
    ("mediation", [mediation_1, mediation_2, mediation_3, mediation_4], 12, True),
    ("chatlog", [chat_1, chat_2, chat_3, chat_4, chat_5, chat_6], 14, True),
    ("letter", [letter_1, letter_2, letter_3, letter_4, letter_5], 12, True),
    ("timeglue", TIMEGLUE, 18, False),
    ("verbglue", VERBGLUE, 16, False),
    ("lists", LISTS, 14, False),
    ("quote", QUOTES, 10, False),
    ("famous", FAMOUS, 10, False),
    ("placeperson", PLACEPERSON, 12, False),
    ("minority", MINORITY, 16, False),
    ("other", OTHER, 10, False),
]
N_NONE = len(NONE_TEXTS)


# ---------------------------------------------------------------------------
# preserve list (writer's own)
# ---------------------------------------------------------------------------
P_SURNAME_WORDS = [
    "高度", "高速", "高铁", "高考", "高温", "高利贷", "高新区", "严重", "严格", "严禁", "周末", "周转",
    "周期", "周边", "周到", "金额", "金条", "金融", "金库", "程序", "程度", "任务", "任何", "任意",
    "常规", "常用", "常年", "王牌", "王国", "张贴", "张口", "张罗", "李子", "黄金", "黄昏", "黄牛",
    "马上", "马路", "马虎", "白条", "白天", "白领", "何时", "何必", "何况", "于是", "于今", "余额",
    "余款", "余地", "许可", "许多", "钱款", "钱包", "付清", "付款", "方便", "方案", "方式", "陆续",
    "连续", "连带", "从来", "从前", "但是", "过期", "过户", "麻烦", "盘点", "关于", "关联", "那些",
    "索赔", "回款", "农历", "农贸", "莫非", "林业", "江苏", "江湖", "胡同", "胡乱", "朱红", "杨柳",
    "孙子", "宋体", "曾经", "韩国", "唐朝", "郑重", "田地", "冯氏", "邓小平理论", "曹操", "彭湃",
    "肖像", "董事", "袁大头", "潘多拉", "蒋介石旧居", "蔡文姬", "杜绝", "叶片", "苏醒", "魏晋",
    "吕剧", "丁香", "沈阳", "姚剧", "卢沟桥", "姜汤", "崔嵬", "钟表", "谭腿", "汪洋", "范围", "范本",
    "石头", "廖廓", "贾平凹散文", "夏季", "韦编三绝", "付出", "毛巾", "毛衣", "邹城", "孟春", "熊猫",
    "秦腔", "邱县", "尹湛纳希", "薛定谔", "段落", "雷雨", "侯鸟", "龙舟", "史料", "陶瓷", "黎族",
    "贺卡", "顾客", "郝家", "龚滩古镇", "邵氏电影", "万元", "万一", "万能", "钱塘江", "严冬", "戴口罩",
    "孔雀", "向日葵", "向前", "汤圆", "温度", "温馨提示", "康复", "施工", "文件", "牛奶", "樊篱",
    "葛根", "邢台", "安全", "安排", "齐全", "易拉罐", "柳树", "欧元", "司法", "上官道", "东方红",
    "诸葛亮纸扇", "皇甫谧故里", "公孙树", "慕名而来", "长孙", "宇文化", "司徒庙", "西门町",
]
P_COUNTIES = [
    "邵阳县", "滑县", "昭觉县", "勐海县", "玉龙纳西族自治县", "田阳县", "同心县", "丰宁满族自治县",
    "雷山县", "于都县", "临泉县", "临夏县", "宁蒗彝族自治县", "布拖县", "美姑县", "越西县", "喜德县",
    "勐腊县", "澜沧拉祜族自治县", "孟连县", "维西傈僳族自治县", "香格里拉市", "武定县", "禄劝县",
    "罗城仫佬族自治县", "环江毛南族自治县", "都安瑶族自治县", "隆林各族自治县", "西吉县", "海原县",
    "泾源县", "宽甸满族自治县", "岫岩满族自治县", "新宾满族自治县", "伊通满族自治县", "青龙满族自治县",
    "长阳土家族自治县", "桑植县", "凤凰县", "通道侗族自治县", "三江侗族自治县", "融水苗族自治县",
    "剑川县", "鹤庆县", "洱源县", "巍山彝族回族自治县", "南涧彝族自治县", "弥渡县", "祥云县", "宾川县",
    "石屏县", "建水县", "元阳县", "红河县", "绿春县", "金平苗族瑶族傣族自治县", "屏边苗族自治县",
    "桐梓县", "正安县", "湄潭县", "凤冈县", "余庆县", "习水县", "赤水市", "仁怀市", "盘州市",
    "张北县", "康保县", "沽源县", "尚义县", "蔚县", "阳原县", "怀安县", "万全区", "崇礼区",
    "固始县", "商城县", "潢川县", "光山县", "新县", "息县", "淮滨县", "罗山县",
]
P_TOWNS = [
    "塘渡口镇", "道口镇", "勐遮镇", "白沙镇", "束河街道", "大研街道", "那坡镇", "豫海镇", "大阁镇",
    "西江镇", "贡江镇", "韩集镇", "新城镇", "勐仑镇", "打洛镇", "沙溪镇", "喜洲镇", "双廊镇", "凤羽镇",
    "古城镇", "黄龙溪镇", "洛带镇", "平乐镇", "街子镇", "安仁镇", "李庄镇", "周庄镇", "西塘镇",
    "乌镇", "同里镇", "朱家角镇", "甪直镇", "锦溪镇", "千灯镇", "南浔镇", "新场镇", "枫泾镇",
    "王村镇", "芙蓉镇", "张谷英镇", "靖港镇", "铜官街道", "乔口镇", "高桥镇", "马坡岭街道",
    "石门镇", "黄花镇", "金井镇", "白马镇", "高坪镇", "杨林镇", "刘庄镇", "孙集镇", "赵店乡",
]
P_VILLAGES = [
    "白竹村", "西关村", "四开村", "曼令村", "玉湖村", "那满村", "清水河村", "东营村", "南贵村", "长征村",
    "解放村", "阳洼村", "柳林村", "云溪村", "埌东村", "水口寺村", "东湖村", "甘家寨村", "南岗村",
    "罗家集村", "北豆村", "王舍人村", "齐安村", "骆驼巷村", "永南村", "红星村", "曼听村", "曼飞龙村",
    "吴家庄村", "黄家湾村", "孙家坝村", "赵家沟村", "钱家塘村", "周家坪村", "吴家岭村", "郑家河村",
    "何家岭村", "马家堡村", "朱家店村", "胡家营村", "高家寨村", "林家铺村", "梁家峪村", "宋家屯村",
    "唐家沟村", "许家岙村", "韩家塬村", "邓家岗村", "曹家埠村", "彭家台村", "曾家寨村",
]
P_STREETS = [
    "劳动东路", "韶山中路", "万家丽路", "花园路", "经三路", "丰产路", "科华北路", "玉林南路", "民族大道",
    "竹溪大道", "宝山南路", "花果园大街", "珞喻路", "雄楚大道", "小寨西路", "含光路", "长江西路",
    "北京东路", "槐安东路", "工业北路", "六一南路", "则徐大道", "东岗西路", "张掖路", "解放东街",
    "学府路", "西大直街", "红旗大街", "中山北路", "建国门外大街", "人民南路", "胜利街", "和平路",
    "光明街", "振兴路", "幸福大道", "文化路", "朝阳路", "友谊路", "太白南路", "岳麓大道", "黄兴南路",
    "蔡锷北路", "五一大道", "芙蓉中路", "湘江中路", "中山东一路", "淮海中路", "南京西路", "延安路",
]
P_LANDMARKS = [
    "中山陵", "鲁迅故居", "周恩来纪念馆", "雷锋纪念馆", "岳阳楼", "黄鹤楼", "滕王阁", "雷峰塔",
    "杜甫草堂", "武侯祠", "岳飞庙", "包公祠", "林则徐纪念馆", "孙中山故居", "宋庆龄故居", "毛泽东故居",
    "刘少奇故居", "彭德怀纪念馆", "贺龙纪念馆", "聂耳墓", "徐霞客故居", "郑和公园", "海瑞墓",
    "王羲之故居", "李白纪念馆", "白居易墓", "苏东坡纪念馆", "陆游故居", "朱自清故居", "曹雪芹纪念馆",
    "黄埔军校旧址", "木府", "黑龙潭公园", "翠湖公园", "大观楼", "石林风景区", "崇圣寺三塔",
    "曼听公园", "总佛寺", "玉龙雪山", "泸沽湖", "邛海", "凉山民族博物馆", "南关清真大寺",
    "沈阳故宫", "赫图阿拉城", "承德避暑山庄", "红星美凯龙", "万达广场", "王府井百货", "步步高广场",
]
P_BRANDS = [
    "华为", "小米", "海尔", "格力", "美的", "周大福", "周黑鸭", "王老吉", "张小泉", "马应龙", "李锦记",
    "陈克明面条", "杨国福麻辣烫", "刘一手火锅", "蔡林记", "老乡鸡", "钱大妈", "张飞牛肉", "谭木匠",
    "王守义十三香", "老干妈", "曹氏鸭脖", "徐福记", "黄飞红", "卫龙", "钟薛高", "胡庆余堂", "同仁堂",
    "全聚德", "狗不理", "老凤祥", "潘祥记", "鲍师傅", "陈李济", "马迭尔", "郑明明", "梁山好汉", "唐宫",
    "蜜雪冰城", "肯德基", "麦当劳", "星巴克", "永辉超市", "沃尔玛", "步步高超市", "苏宁易购", "国美电器",
    "海底捞", "西贝莜面村", "沙县小吃", "兰州拉面", "桂林米粉", "柳州螺蛳粉", "过桥米线",
]
P_BRAND_TAILS = ["专卖店", "旗舰店", "售后服务中心", "门店", "加盟店", "会员日", "分期购"]
P_SHOPS = [
    "张记面馆", "老王烧烤", "李记粉店", "陈记肠粉", "马记拉面", "刘家小炒", "孙二娘包子", "胡记修车",
    "周记五金", "黄记烧腊", "赵家烧饼", "钱记糕点", "吴记裁缝", "郑记牛杂", "冯记米线", "何记豆花",
    "罗记腊味", "宋嫂鱼羹", "杨记兴臭鳜鱼", "谢记副食", "韩家小院", "唐记粥铺", "曹记酱鸭", "彭记烧饼",
    "曾记豆浆", "田记鲜果", "董记羊汤", "袁记云饺", "潘记修鞋", "蒋记汤包", "杜记凉面", "叶记米粉",
    "程记烤鸭", "苏记点心", "魏家凉皮", "吕记锅盔", "丁记五金", "任记理发", "沈记馄饨", "姚记扑克",
]
P_JOBS = [
    "总经理", "副总经理", "法务专员", "催收专员", "贷后专员", "客服专员", "调解员", "书记员", "人民陪审员",
    "执行法官", "审判长", "代理律师", "实习律师", "派出所所长", "值班民警", "辅警", "社区民警", "网格员",
    "村支书", "村主任", "村会计", "妇女主任", "驻村第一书记", "乡长", "镇长", "司法所所长", "信访专干",
    "外卖骑手", "网约车司机", "快递员", "保安队长", "物业经理", "楼栋长", "包工头", "班组长", "车间主任",
    "主治医师", "护士长", "主任医师", "药剂师", "班主任", "教导主任", "校长", "辅导员", "会计", "出纳",
    "人事专员", "行政主管", "大堂经理", "理财经理", "客户经理", "柜员", "风控专员", "审核员",
]
P_IDIOMS = [
    "马到成功", "张冠李戴", "名落孙山", "毛遂自荐", "说曹操曹操到", "程门立雪", "钱货两清", "田忌赛马",
    "孟母三迁", "岳母刺字", "和气生财", "有借有还再借不难", "欠债还钱天经地义", "连本带利", "过河拆桥",
    "完璧归赵", "围魏救赵", "司马昭之心", "东施效颦", "叶公好龙", "江郎才尽", "朱门酒肉臭", "杨柳依依",
    "高枕无忧", "黄粱一梦", "白纸黑字", "金玉良言", "万无一失", "周而复始", "严于律己", "方寸大乱",
    "于心不忍", "余音绕梁", "何乐而不为", "许身报国", "常来常往", "任劳任怨", "安居乐业", "齐心协力",
    "陆续到账", "龙飞凤舞", "雷厉风行", "石沉大海", "冯唐易老", "萧规曹随", "邯郸学步", "管鲍之交",
    "秦晋之好", "楚河汉界", "吴下阿蒙", "蔡邕倒屣", "苏武牧羊", "孔融让梨", "孙康映雪", "车胤囊萤",
]
P_TIMEWORDS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期一", "星期三", "星期五",
               "星期天", "礼拜六", "明天", "后天", "今天上午", "下午三点", "晚上八点", "月底", "月初",
               "五月三日", "十月一日", "腊月二十三", "正月十五", "中秋节", "国庆节", "春节前"]
P_TIME_OBJ = ["高速免费", "黄金降价", "马上到账", "金店打折", "万达广场开业", "严查酒驾", "何时还款",
              "余额不足", "钱款到账", "程序更新", "任务截止", "常规检查", "张贴公告", "白条出账",
              "于是决定", "许可到期", "周转困难", "方便的时候回电", "陆续放款", "连续扣款", "石材市场休市",
              "农贸市场开市", "龙舟比赛", "杨梅上市", "李子成熟", "黄牛倒票", "孙子放假", "宋体打印",
              "温馨提示", "安全检查", "齐全材料", "丁香花开", "毛衣打折", "郑重声明", "田间管理", "邓州班车"]
P_GIVEN_WORDS = [  # ordinary words that are also common given names
    "建国以来", "国庆节快乐", "建军节", "红梅花开", "海燕号渔船", "春燕归来", "振华港机", "文明城市",
    "和平饭店", "胜利油田", "光明乳业", "爱国卫生运动", "振兴乡村", "富贵竹", "平安银行", "吉祥如意",
    "美丽乡村", "幸福里小区", "晨曦幼儿园", "彩虹桥", "明珠花园", "春花秋月", "志愿者服务队", "卫东街道",
    "向阳花开", "东升小区", "玉兰花", "桂花飘香", "秀英区", "丽江古城", "静安寺", "勇往直前",
    "超市促销", "强制执行", "伟大复兴", "军民鱼水情", "斌斌有礼", "涛声依旧", "辉煌成就", "婷婷玉立",
    "子轩阁", "浩然正气", "一鸣惊人", "博文约礼", "思远路", "天佑中华", "欣怡家政", "雨桐路",
]
P_FRAMES = [
    "{x}今天人很多", "地址在{x}旁边", "{x}门口有自助取款机", "去{x}的路上注意安全", "我在{x}等你",
    "{x}附近有银行网点吗", "温馨提示：{x}", "请到{x}办理", "{x}暂停营业一天", "从{x}路过时顺便交了电费",
    "{x}对面新开了一家药店", "下周在{x}集合", "{x}的停车场满了", "我们约在{x}见面谈分期",
]
P_BODIES_CITY = ["人民法院", "中级人民法院", "公安局", "公证处", "司法局", "人民检察院", "信访局",
                 "市场监督管理局", "人民医院", "中心血站"]
P_BODIES_COUNTY = ["人民法院", "公安局", "司法局", "人民医院", "信访局", "市场监督管理局"]
P_BODIES_TOWN = ["派出所", "卫生院", "司法所", "中心学校", "农村信用社", "邮政支局"]
P_BODIES_VILLAGE = ["村委会", "卫生室", "农家书屋", "文化广场", "小学", "农贸市场"]
P_STREET_TAILS = ["支行", "营业厅", "派出所", "公交站", "地铁站", "菜市场", "口", "路上堵车", "路过时看到的"]
P_CITIES = ["长沙市", "郑州市", "成都市", "昆明市", "南宁市", "贵阳市", "武汉市", "西安市", "合肥市",
            "南昌市", "石家庄市", "济南市", "福州市", "兰州市", "银川市", "哈尔滨市", "张家口市", "周口市",
            "马鞍山市", "丽江市", "大理州", "西双版纳州", "凉山州", "德宏州", "文山州", "红河州", "楚雄州",
            "临夏州", "恩施州", "湘西州", "黔东南州", "百色市", "河池市", "承德市", "抚顺市", "丹东市",
            "吉林市", "牡丹江市", "伊春市", "白山市", "林芝市", "金昌市", "高安市", "韶关市", "石嘴山市"]
P_DEBT = [
    "您的账户已逾期，请尽快处理", "本息合计以账单为准", "申请停息挂账需提供困难证明", "协商还款请拨打官方客服",
    "征信异议可向人民银行征信中心提出", "投诉可拨打金融消费者投诉热线", "委外催收须遵守监管规定",
    "诉前调解不收取费用", "调解不成可依法起诉", "调解协议经司法确认后具有强制执行力", "询问笔录经本人核对无误",
    "以上笔录我看过，和我说的相符", "报案材料一式两份", "受案回执请妥善保管", "证人应当如实作证",
    "情况说明需本人签字按手印", "承诺书自签字之日起生效", "律师函不等于法院传票", "见证人签字", "担保人承担连带责任",
    "群聊记录已截图保存", "语音转文字可能有误差", "短信记录共四条", "聊天记录导出时间", "通话录音已保存",
    "请勿向陌生账户转账", "凡是让你开启屏幕共享的都是诈骗", "催收电话不得在晚上十点后拨打",
    "不得向无关第三人透露欠款信息", "不得冒充公检法人员", "逾期会影响个人征信", "结清证明请在APP内申请",
]


def build_preserve(rng):
    cands = []
    add = cands.append
    for w in P_SURNAME_WORDS:
        add(w)
    for c in P_CITIES:
        add(c)
        for body in P_BODIES_CITY:
            add(c + body)
    for k in P_COUNTIES:
        add(k)
        for body in P_BODIES_COUNTY:
            add(k + body)
    for t in P_TOWNS:
        add(t)
        for body in P_BODIES_TOWN:
            add(t + body)
    for v in P_VILLAGES:
        add(v)
        for body in P_BODIES_VILLAGE:
            add(v + body)
    for s in P_STREETS:
        add(s)
        for tail in P_STREET_TAILS:
            add(s + tail)
    for lm in P_LANDMARKS:
        add(lm)
        add(lm + rng.choice(["门口", "附近", "停车场", "售票处", "东门", "公交站"]))
    for br in P_BRANDS:
        add(br)
        for tail in rng.sample(P_BRAND_TAILS, 3):
            add(br + tail)
    for sh in P_SHOPS:
        add(sh)
        add(sh + rng.choice(["今天不开门", "在巷子里面", "老板人很好", "排队的人多", "搬到对面了"]))
    for j in P_JOBS:
        add(j)
        add(rng.choice(BANKS + PLATFORMS) + j)
        add(j + rng.choice(["说明情况", "已到场", "正在核实", "请稍候", "打来的"]))
    for i in P_IDIOMS:
        add(i)
    for t in P_TIMEWORDS:
        for o in rng.sample(P_TIME_OBJ, 6):
            add(t + o)
    for gw in P_GIVEN_WORDS:
        add(gw)
    pool = P_LANDMARKS + P_SHOPS + P_BRANDS + P_STREETS + P_TOWNS
    for f in P_FRAMES:
        for x in rng.sample(pool, 22):
            add(f.replace("{x}", x))
    for d in P_DEBT:
        add(d)
        add(rng.choice(["温馨提示：", "【" + rng.choice(BANKS) + "】", rng.choice(PLATFORMS) + "提醒您："]) + d)
    for b in BANKS:
        for dep in ["资产保全部", "消费者权益保护部", "信用卡中心", "个贷中心", "贷后管理部", "客服中心"]:
            add(b + dep)
    return cands


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------

def norm(s):
    return re.sub(r"\s+", "", s).lower()


class Gen:
    def __init__(self, rng, banned_text, other_preserve_blob):
        self.r = rng
        self.used = set()
        self.banned_text = banned_text          # preserve blob of this corpus + none texts
        self.other_blob = other_preserve_blob   # other corpora's preserve lines
        self.rejected_other = 0
        self.prior_texts = []                   # texts of accepted records
        self.sur_pop = [s for s, _ in SURNAMES]
        self.sur_w = [w for _, w in SURNAMES]
        self.word_pool = list(WORD_NAMES)
        self.place_pool = list(PLACE_NAMES)
        self.famous_pool = list(FAMOUS_NAMES)
        self.r.shuffle(self.word_pool)
        self.r.shuffle(self.place_pool)
        self.r.shuffle(self.famous_pool)

    def given(self, gen, sex):
        gen = gen or self.r.choice(["elder", "adult", "adult", "adult", "young", "young"])
        sex = sex or self.r.choice(["m", "f"])
        return self.r.choice(GIVEN[(gen, sex)])

    def _raw(self, style, gen, sex, surname):
        r = self.r
        if style == "mix":
            x = r.random()
            if surname:
                style = "han"
            elif x < 0.05 and self.word_pool:
                style = "word"
            elif x < 0.09 and self.place_pool:
                style = "place"
            elif x < 0.14:
                style = "compound"
            elif x < 0.19:
                style = "rare"
            elif x < 0.27:
                style = r.choice(["yi", "naxi", "dai", "zhuang", "hui", "manchu"])
            else:
                style = "han"
        if style == "han":
            s = surname or r.choices(self.sur_pop, self.sur_w)[0]
            return s + self.given(gen, sex), "han"
        if style == "compound":
            return r.choice(COMPOUND_SURNAMES) + self.given(gen, sex), "compound"
        if style == "rare":
            return r.choice(RARE_SURNAMES) + self.given(gen, sex), "rare"
        if style == "word":
            if not self.word_pool:
                return self._raw("han", gen, sex, None)
            return self.word_pool.pop(), "word"
        if style == "place":
            if not self.place_pool:
                return self._raw("han", gen, sex, None)
            return self.place_pool.pop(), "place"
        if style == "famous":
            if not self.famous_pool:
                return self._raw("han", gen, sex, None)
            return self.famous_pool.pop(), "famous"
        if style == "yi":
            v = r.choice(YI_CLANS) + r.choice(["", "", "·"]) + r.choice(YI_GIVEN)
            return v, "yi"
        if style == "naxi":
            return r.choice(NAXI_SUR) + self.given(gen, sex), "naxi"
        if style == "dai":
            s = sex or r.choice(["m", "f"])
            return r.choice(DAI_MALE if s == "m" else DAI_FEMALE), "dai"
        if style == "zhuang":
            return r.choice(ZHUANG_SUR) + r.choice(ZHUANG_GIVEN + GIVEN[("adult", sex or "m")]), "zhuang"
        if style == "hui":
            return r.choice(HUI_SUR) + self.given(gen, sex), "hui"
        if style == "manchu":
            if r.random() < 0.4:
                return r.choice(MANCHU_CLAN) + "·" + r.choice(MANCHU_GIVEN), "manchu"
            return r.choice(MANCHU_SUR) + self.given(gen, sex), "manchu"
        raise ValueError(style)

    def draw_name(self, style, gen, sex, surname):
        for _ in range(400):
            v, form = self._raw(style, gen, sex, surname)
            if v in self.used:
                continue
            key = v.replace("·", "")
            if v in self.banned_text or key in self.banned_text:
                continue
            if any(v in t for t in self.prior_texts):
                continue
            if form not in ("word", "place", "famous") and (v in self.other_blob):
                self.rejected_other += 1
                continue
            self.used.add(v)
            return v, form
        raise RuntimeError("cannot draw name")


def parse(marked):
    spans = []
    out = []
    pos = 0
    last = 0
    for mt in MARK.finditer(marked):
        out.append(marked[last:mt.start()])
        pos += mt.start() - last
        kind, val = mt.group(1), mt.group(2)
        spans.append((pos, pos + len(val), kind, val))
        out.append(val)
        pos += len(val)
        last = mt.end()
    out.append(marked[last:])
    return "".join(out), spans


def covered(text, val, spans):
    i = text.find(val)
    while i >= 0:
        if not any(s <= i and i + len(val) <= e for s, e, _, _ in spans):
            return False
        i = text.find(val, i + 1)
    return True


def sender_for(r, group):
    x = r.random()
    if group in ("police", "regulator", "mediation", "letter", "chatlog", "lists", "quote", "minority"):
        if x < 0.85:
            return None
    if x < 0.55:
        return None
    if x < 0.8:
        return "1069" + str(r.randint(10000000, 99999999))
    if x < 0.92:
        return r.choice(["95555", "95588", "95533", "95599", "95566", "95559", "95528", "95561", "95595"])
    return r.choice(MOBILE_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(8))


def load_other(dedupe_dir):
    texts, lines = [], []
    files = sorted(os.listdir(dedupe_dir)) if os.path.isdir(dedupe_dir) else []
    nfiles = 0
    for fn in files:
        if not fn.startswith("scrub_") or "tune27" in fn:
            continue
        p = os.path.join(dedupe_dir, fn)
        if fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                for ln in fh:
                    ln = ln.strip()
                    if ln:
                        try:
                            texts.append(json.loads(ln).get("text", ""))
                        except ValueError:
                            pass
        elif fn.endswith(".txt") and "preserve" in fn:
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                lines.extend(x.rstrip("\n") for x in fh if x.strip())
    return nfiles, texts, lines


def main():
    nfiles, other_texts, other_lines = load_other(DEDUPE_DIR)
    other_text_set = set(norm(t) for t in other_texts)
    other_line_set = set(norm(t) for t in other_lines)
    other_all = other_text_set | other_line_set
    other_blob = "\n".join(other_lines)

    # ----- preserve ---------------------------------------------------------
    prng = random.Random(SEED + 1)
    cands = build_preserve(prng)
    seen = set()
    preserve = []
    own_dup = 0
    cross = 0
    for c in cands:
        c = c.strip()
        if not c:
            continue
        k = norm(c)
        if k in seen:
            own_dup += 1
            continue
        seen.add(k)
        if k in other_all:
            cross += 1
            continue
        preserve.append(c)
    # none of this corpus's special names may occur in the preserve list
    special = WORD_NAMES + PLACE_NAMES + FAMOUS_NAMES
    dropped_special = 0
    kept = []
    for c in preserve:
        if any(s in c for s in special):
            dropped_special += 1
            continue
        kept.append(c)
    preserve = kept
    prng.shuffle(preserve)

    # ----- records ----------------------------------------------------------
    rng = random.Random(SEED)
    banned = "\n".join(preserve) + "\n" + "\n".join(NONE_TEXTS)
    gen = Gen(rng, banned, other_blob)
    banned_norm = norm(banned)
    for s in special:  # no special name may sit in a none text or preserve line
        assert s not in banned, s

    plan = []
    for gname, tmpls, count, long_ in GROUPS:
        order = []
        while len(order) < count:
            rnd = list(range(len(tmpls)))
            rng.shuffle(rnd)
            order.extend(rnd)
        for ti in order[:count]:
            plan.append((gname, ti))
    for i in range(N_NONE):
        plan.append(("none", i))
    assert len(plan) == N_RECORDS, len(plan)
    rng.shuffle(plan)

    tmpl_by_group = {g: t for g, t, _, _ in GROUPS}
    records = []
    meta = []
    all_values = []
    redraws = 0
    cross_text_hits = 0
    for gname, ti in plan:
        if gname == "none":
            text = NONE_TEXTS[ti]
            if norm(text) in other_text_set:
                cross_text_hits += 1
            assert not any(covered(text, v, []) is False for v in all_values), "none text contains a value"
            records.append({"text": text, "sender": sender_for(rng, "none"), "pii": []})
            meta.append({"group": "none", "tmpl": ti, "forms": {}})
            gen.prior_texts.append(text)
            continue
        for attempt in range(60):
            b = Rec(gen)
            marked = tmpl_by_group[gname][ti](b)
            text, spans = parse(marked)
            ok = True
            order = []
            seen_v = set()
            for s, e, kind, val in spans:
                if val not in seen_v:
                    seen_v.add(val)
                    order.append((s, kind, val))
            for s, kind, val in order:
                if text.find(val) != s or not covered(text, val, spans):
                    ok = False
                if norm(val) in banned_norm:
                    ok = False
            # earlier values must not occur unlabelled here
            for v in all_values:
                if v in text and not covered(text, v, spans):
                    ok = False
            if norm(text) in other_text_set or any(text == r["text"] for r in records):
                ok = False
            if ok:
                break
            redraws += 1
            for v in b.names.values():  # give drawn names back
                gen.used.discard(v)
                f = b.forms.get(v)
                if f == "word":
                    gen.word_pool.insert(0, v)
                elif f == "place":
                    gen.place_pool.insert(0, v)
                elif f == "famous":
                    gen.famous_pool.insert(0, v)
        else:
            raise RuntimeError("no valid fill for %s %d" % (gname, ti))
        # values of this record must not occur in earlier records
        for s, kind, val in order:
            for t in gen.prior_texts:
                assert val not in t, val
        pii = [{"kind": kind, "value": val} for s, kind, val in sorted(order)]
        records.append({"text": text, "sender": sender_for(rng, gname), "pii": pii})
        meta.append({"group": gname, "tmpl": ti, "forms": dict(b.forms)})
        gen.prior_texts.append(text)
        all_values.extend(p["value"] for p in pii)

    # ----- final checks -----------------------------------------------------
    texts = [r["text"] for r in records]
    for r in records:
        pos = -1
        for p in r["pii"]:
            i = r["text"].find(p["value"])
            assert i >= 0 and i > pos, p
            pos = i
            if p["kind"] == "bank_card":
                assert luhn_ok(re.sub(r"\D", "", p["value"].translate(FW_BACK)))
            if p["kind"] == "id_number":
                v = re.sub(r"\s", "", p["value"]).upper()
                assert id_check(v[:17]) == v[17], v
    for v in all_values:
        for r in records:
            if v in r["text"]:
                spans = []
                for p in r["pii"]:
                    i = r["text"].find(p["value"])
                    while i >= 0:
                        spans.append((i, i + len(p["value"]), None, None))
                        i = r["text"].find(p["value"], i + 1)
                assert covered(r["text"], v, spans), v
    pblob = norm("\n".join(preserve))
    for v in all_values:
        assert norm(v) not in pblob, v
    assert len(set(texts)) == len(texts)
    assert len(preserve) >= 2000, len(preserve)
    n_long = sum(1 for t in texts if 150 <= len(t) <= 600)
    assert max(len(t) for t in texts) <= 600

    if os.environ.get("TUNE27_DEBUG"):
        import collections
        d = collections.defaultdict(list)
        for r, m in zip(records, meta):
            d[(m["group"], m["tmpl"])].append(len(r["text"]))
        for k in sorted(d):
            print(k, d[k])
    assert n_long * 3 >= N_RECORDS, n_long
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune27.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(records, 1):
            rec = {"id": "t27-%04d" % i, "text": r["text"], "sender": r["sender"], "pii": r["pii"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune27_preserve.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in preserve:
            fh.write(ln + "\n")

    print("dedupe: %d other files, %d distinct texts, %d distinct preserve lines" % (
        nfiles, len(other_text_set), len(other_line_set)))
    print("preserve: %d candidates, %d own repeats, %d equal to another corpus, %d dropped for special names, %d kept" % (
        len(cands), own_dup, cross, dropped_special, len(preserve)))
    print("records: %d, redraws %d, none texts equal to another corpus %d, name draws rejected (other preserve) %d" % (
        len(records), redraws, cross_text_hits, gen.rejected_other))
    print("long (150-600): %d" % n_long)
    if os.environ.get("TUNE27_SUMMARY"):
        with open(os.path.join(OUT_DIR, "summary27.json"), "w", encoding="utf-8") as fh:
            json.dump({"meta": meta}, fh, ensure_ascii=False)


if __name__ == "__main__":
    main()
