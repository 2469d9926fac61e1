#!/usr/bin/env python3
"""Tuning corpus 38 for the personal-data scrubber (blind writer).
Theme: family, school and village life around a debt.
Standard library only. Deterministic: SEED for records, SEED+1 for preserve.
Env: TUNE38_OUT_DIR (default: this folder), TUNE38_DEDUPE_DIR (default: none).
"""
import json, os, random, re, sys, unicodedata

SEED = 20261238
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("TUNE38_OUT_DIR") or HERE
DED = os.environ.get("TUNE38_DEDUPE_DIR") or ""
N_RECORDS = 1000

# ---------------------------------------------------------------- tables
COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖贾夏付方邹熊孟秦邱侯尹薛闫段雷黎史陶贺顾郝龚邵覃武戴严莫孔汤")
WORDSUR = list("高石常白文金万江向")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "东方", "夏侯", "令狐", "公孙", "端木", "司徒"]
RARE = list("禤亓訾仉笪乜酆逯隗蒯郗冼眭琚郄厍")
ADULT2 = ["建华", "秀英", "桂兰", "志强", "国栋", "春梅", "玉珍", "德明", "淑芬", "红霞", "卫东", "永刚",
          "丽娟", "海涛", "明辉", "凤英", "金凤", "长贵", "忠良", "秀珍", "文斌", "俊杰", "立新", "雪梅",
          "宏伟", "晓燕", "振华", "美玲", "爱民", "少军", "玉兰", "德福", "桂香", "树林", "翠萍", "素琴",
          "永福", "兰英", "金花", "宝山", "彩云", "月娥", "学军", "庆丰", "桂英", "志刚", "秀兰", "玉梅",
          "惠敏", "亚楠", "晓峰", "丹丹", "婷婷", "伟平", "建新", "淑珍", "光明", "满仓", "凤琴", "长江"]
ADULT1 = list("敏军芳勇静磊娟涛斌霞亮艳鹏洁辉琳峰萍刚丽坤锋燕梅波英杰")
CHILD2 = ["子涵", "欣怡", "梓轩", "雨桐", "一诺", "思远", "俊熙", "诗琪", "语嫣", "梓涵", "宇轩", "可馨",
          "佳怡", "铭泽", "若曦", "沐阳", "奕辰", "书瑶", "子墨", "梦琪", "嘉怡", "皓轩", "紫萱", "雨泽",
          "欣妍", "语桐", "思彤", "睿泽", "芷若", "诗涵", "俊宇", "梓萌", "子睿", "依诺", "晨阳", "星辰",
          "悦彤", "承泽", "浩宇", "欣悦", "梓豪", "静怡", "思琪", "雅涵", "子轩", "一凡", "雨萱", "钰涵",
          "俊豪", "泽宇", "梦瑶", "可欣", "润泽", "宸宇", "馨月", "安然"]
CHILD2 = [g for g in CHILD2 if g != "安然"]
CHILD1 = list("涵悦琪轩萱泽彤怡睿晨")
WORDNAMES = ["浩然", "国庆", "春花", "红梅", "海燕", "晨曦", "建军"]
UY1 = ["阿依古丽", "热依拉", "古丽米拉", "麦合木提", "艾尔肯", "努尔江", "帕提古丽", "阿迪力"]
UY2 = ["买买提", "艾山", "吐尔逊", "阿不都", "依明", "卡德尔", "玉素甫"]
TIB1 = ["次仁", "扎西", "格桑", "达瓦", "旦增", "索朗"]
TIB2 = ["卓玛", "顿珠", "央金", "平措", "拉姆", "措姆"]
MON = ["巴特尔", "其其格", "乌兰图雅", "苏日娜", "额尔敦", "斯琴", "那仁"]
YI1 = ["吉克", "阿苏", "曲比", "沙马"]
YI2 = ["阿依", "史作", "拉哈", "伍呷"]
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
          "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "胡": "Hu", "郭": "Guo", "林": "Lin"}
PY_GIV = ["Zihan", "Xinyi", "Haoyu", "Yutong", "Jianhua", "Xiuying", "Zhiqiang", "Guodong", "Chunmei",
          "Yinuo", "Siyuan", "Shiqi", "Weidong", "Lijuan", "Mingzhe"]
PROV_CITY = [("河南", "周口"), ("河南", "商丘"), ("安徽", "阜阳"), ("四川", "南充"), ("湖南", "邵阳"),
             ("山东", "菏泽"), ("河北", "邢台"), ("江西", "赣州"), ("湖北", "黄冈"), ("广西", "玉林"),
             ("贵州", "毕节"), ("甘肃", "天水")]
COUNTY = ["郸城", "太康", "柘城", "临泉", "阜南", "营山", "仪陇", "隆回", "新邵", "曹县", "单县", "巨野",
          "威县", "南和", "于都", "兴国", "蕲春", "麻城", "博白", "陆川", "威宁", "大方", "秦安", "甘谷"]
TOWN = ["城关", "王庄", "李集", "十字铺", "黄桥", "官渡", "新集", "石桥", "双河", "桥头", "白马", "龙口",
        "三里", "柳林", "长岭", "河口"]
VILLAGE = ["大李庄", "张湾", "后刘", "前进", "杨树沟", "胜利", "三合", "小河", "新庄", "东岗", "红旗", "马家洼",
           "柏树", "石门", "周楼", "高台", "下湾", "塘坊"]
ROADS = ["人民路", "建设路", "文化路", "解放路", "育才路", "学府路", "中山路", "新华路", "滨河路", "光明路",
         "振兴路", "团结路", "幸福路", "迎宾大道", "朝阳街", "府前街"]
ESTATES = ["阳光花园", "幸福家园", "锦绣华庭", "书香名苑", "学府佳苑", "金色家园", "丽景湾", "东方明珠城",
           "翡翠城", "滨河新村", "康居小区", "怡和苑", "香榭里", "龙湖世家"]
DISTRICTS = ["川汇区", "梁园区", "颍州区", "顺庆区", "大祥区", "牡丹区", "襄都区", "章贡区", "黄州区", "玉州区"]
SCHOOLS = ["实验小学", "第一中学", "第二中学", "第三初级中学", "中心小学", "育才小学", "实验中学", "第一高级中学",
           "中心幼儿园", "阳光幼儿园", "职业中专", "英才学校"]
APPS = ["安逸花", "360借条", "分期乐", "拍拍贷", "你我贷", "榕树贷款", "还呗", "美团借钱", "京东金条", "小赢卡贷",
        "有钱花", "借呗", "微粒贷", "洋钱罐", "省呗", "好分期"]
COLL = ["催收公司", "外包催收", "贷后部门", "法务部", "调解中心", "第三方催收"]
KIN_CHILD = ["我儿子", "我女儿", "我家孩子", "我孙子", "我孙女", "我外孙", "我外孙女", "我侄子", "我侄女",
             "我外甥", "我外甥女", "我小儿子", "我大女儿", "我闺女", "我家老大", "我家老二"]
KIN_ADULT = ["我爸", "我妈", "我公公", "我婆婆", "我岳父", "我岳母", "我爷爷", "我奶奶", "我外公", "我外婆",
             "我老公", "我老婆", "我媳妇", "我大哥", "我二姐", "我小叔子", "我大姑姐", "我舅舅", "我姨妈",
             "我表哥", "我嫂子", "我姑父", "我弟媳", "我妹夫"]
GRADES_P = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"]
CN_NUM = "一二三四五六七八九十"
SUBJECTS = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "道德与法治", "科学",
            "音乐", "美术", "体育", "信息技术"]
STAGES_L = ["高三", "高二", "高一", "初三", "初二", "初一", "小学", "幼儿园", "大班", "中班", "小班",
            "三年级", "五年级", "六年级", "初中", "高中", "中专", "大一", "大三", "复读班", "住校"]
STAGES_E = ["高考", "中考", "期末考试", "期中考试", "家长会", "开学", "毕业", "军训", "周岁", "满月", "百天",
            "升学宴", "体检", "月考", "模拟考", "毕业典礼", "六一汇演", "运动会"]


def grade_class(r):
    k = r.random()
    if k < 0.4:
        return r.choice(GRADES_P) + CN_NUM[r.randrange(8)] + "班"
    if k < 0.6:
        return r.choice(["初一", "初二", "初三", "高一", "高二", "高三"]) + "（" + str(r.randint(1, 16)) + "）班"
    if k < 0.8:
        return r.choice(["初一", "初二", "初三", "高一", "高二", "高三"]) + str(r.randint(1, 16)) + "班"
    return r.choice(GRADES_P) + str(r.randint(1, 9)) + "班"


def amount(r):
    k = r.random()
    if k < 0.3:
        return "%d元" % (r.randint(8, 300) * 100)
    if k < 0.55:
        return "%d万%d" % (r.randint(1, 9), r.randint(1, 9))
    if k < 0.75:
        return "%d千块" % r.randint(2, 9)
    if k < 0.9:
        return "%d,%03d元" % (r.randint(1, 60), r.randrange(0, 1000, 50))
    return r.choice(["三万多", "两千块", "五千来块", "一万出头", "八百块"])


def when(r):
    return r.choice(["下周一", "这个月底", "月底前", "15号之前", "3月20号", "明天中午", "周五放学前",
                     "开学前", "秋收以后", "过完年", "发工资那天", "下个月10号", "今晚八点前", "端午节前"])


def school(r):
    return r.choice(COUNTY) + "县" + r.choice(SCHOOLS)


# ---------------------------------------------------------------- values
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD19 = ["622848", "621700", "622202", "621799", "623052", "621661"]
CARD16 = ["622588", "622575", "436742", "622260"]

ID_REGIONS = ["411625", "411627", "411424", "341221", "341225", "511322", "511324", "430524", "430522",
              "371721", "371722", "130533", "360731", "421126", "421181", "450923", "520526", "620522"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


ZH = dict(zip("0123456789", "零一二三四五六七八九"))
ZH_ALT = {"0": "洞", "1": "幺", "7": "拐"}


def zh_digits(s, r, alt):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ZH_ALT[ch] if (alt and ch in ZH_ALT) else ZH[ch])
        else:
            out.append(ch)
    return "".join(out)


MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
           "157", "158", "159", "166", "173", "175", "177", "180", "181", "182", "183", "185", "186", "187",
           "188", "189", "191", "198", "199"]
AREA = ["0394", "0370", "0558", "0817", "0739", "0530", "0319", "0797", "0713", "0775", "0857", "0938"]


class Gen:
    def __init__(self, r):
        self.r = r
        self.style = {}

    def mobile_raw(self):
        r = self.r
        return r.choice(MOB_PRE) + "".join(str(r.randrange(10)) for _ in range(8))

    def phone(self, mode=None):
        r = self.r
        m = self.mobile_raw()
        k = mode or r.choices(["plain", "space", "dash", "+86", "zh", "land"], [40, 14, 10, 8, 14, 14])[0]
        if k == "plain":
            v = m
        elif k == "space":
            v = m[:3] + " " + m[3:7] + " " + m[7:]
        elif k == "dash":
            v = m[:3] + "-" + m[3:7] + "-" + m[7:]
        elif k == "+86":
            v = "+86 " + m
        elif k == "zh":
            sp = r.random() < 0.5
            s = (m[:3] + " " + m[3:7] + " " + m[7:]) if sp else m
            v = zh_digits(s, r, r.random() < 0.6)
        else:
            a = r.choice(AREA)
            n = str(r.randint(2, 8)) + "".join(str(r.randrange(10)) for _ in range(6))
            v = r.choice([a + "-" + n, "(" + a + ")" + n, a + " " + n])
            if r.random() < 0.2:
                v += "转" + str(r.randint(800, 8999))
        return v, "phone", k

    def idn(self, child=False, mode=None):
        r = self.r
        y = r.randint(2008, 2020) if child else r.randint(1958, 1999)
        body = r.choice(ID_REGIONS) + "%04d%02d%02d" % (y, r.randint(1, 12), r.randint(1, 28)) + "%03d" % r.randrange(1000)
        v = body + id_check(body)
        k = mode or r.choices(["plain", "space", "zh"], [60, 20, 20])[0]
        if k == "space":
            v = v[:6] + " " + v[6:14] + " " + v[14:]
        elif k == "zh":
            v = zh_digits(v, r, False)
        return v, "id_number", k

    def card(self, mode=None):
        r = self.r
        if r.random() < 0.65:
            pre, ln = r.choice(CARD19), 19
        else:
            pre, ln = r.choice(CARD16), 16
        body = pre + "".join(str(r.randrange(10)) for _ in range(ln - len(pre) - 1))
        v = body + luhn_digit(body)
        k = mode or r.choices(["plain", "group4", "typo"], [70, 22, 8])[0]
        if k == "typo":
            i = r.randrange(6, ln - 1)
            v = v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1:]
            assert not luhn_ok(v)
        elif k == "group4":
            v = " ".join(v[i:i + 4] for i in range(0, ln, 4))
        return v, "bank_card", k

    def wechat(self):
        r = self.r
        k = r.choice(["wxid", "letters", "pinyin"])
        al = "abcdefghijkmnpqrstuvwxyz"
        if k == "wxid":
            v = "wxid_" + "".join(r.choice(al + "0123456789") for _ in range(r.randint(12, 14)))
        elif k == "letters":
            v = r.choice(al) + "".join(r.choice(al + "0123456789_") for _ in range(r.randint(6, 10)))
        else:
            v = r.choice(["zhanglaoshi", "lixiaomei", "wangjuan", "chenmama", "xiaohanma", "haoranba",
                          "liushuji", "zhoucunzhang", "yuting", "mengqi"]) + str(r.randint(1970, 2019))
            if r.random() < 0.4:
                v += "_" + str(r.randint(1, 99))
        return v, "wechat", k

    def qq(self):
        r = self.r
        v = str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(r.randint(6, 9)))
        if r.random() < 0.2:
            return zh_digits(v, r, False), "qq", "zh"
        return v, "qq", "plain"

    def email(self):
        r = self.r
        user = r.choice(["zhanglaoshi", "lhz", "xiaoyu.ma", "cunwei", "yuwen.wang", "jiazhang", "hty", "sxls"]) + str(r.randint(10, 9999))
        if r.random() < 0.3:
            user = str(r.randint(10000000, 999999999))
        return user + "@" + r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com"]), "email", "plain"

    def account(self, mode=None):
        r = self.r
        k = mode or r.choice(["xuehao", "xuehao2", "card", "contract", "xueji"])
        if k == "xuehao":
            v = str(r.randint(2018, 2026)) + "%02d%02d%02d" % (r.randint(1, 9), r.randint(1, 12), r.randint(1, 60))
        elif k == "xuehao2":
            v = r.choice(["S", "X", "ZX"]) + str(r.randint(2019, 2026)) + "%04d" % r.randint(1, 9999)
        elif k == "card":
            v = "88" + "".join(str(r.randrange(10)) for _ in range(8))
        elif k == "xueji":
            v = "L" + "".join(str(r.randrange(10)) for _ in range(12))
        else:
            v = r.choice(["HT", "JK", "XF"]) + str(r.randint(2023, 2026)) + "".join(str(r.randrange(10)) for _ in range(8))
        return v, "account", k

    def plate(self):
        r = self.r
        p = r.choice("豫皖川湘鲁冀赣鄂桂贵甘")
        L = r.choice("ABCDEFGHJKLMNP")
        tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") if i in (0, 2) and r.random() < 0.4 else str(r.randrange(10)) for i in range(5))
        k = r.choice(["plain", "dot", "space", "ev"])
        if k == "ev":
            tail = r.choice("DF") + "".join(str(r.randrange(10)) for _ in range(5))
            return p + L + " " + tail, "plate", "ev"
        sep = {"plain": "", "dot": "·", "space": " "}[k]
        return p + L + sep + tail, "plate", k

    def address(self, mode=None):
        r = self.r
        k = mode or r.choice(["village", "village_zh", "county_town", "estate", "school_addr", "town_street", "rent"])
        prov, city = r.choice(PROV_CITY)
        cty = r.choice(COUNTY)
        if k == "village":
            v = "%s县%s镇%s村%d组%d号" % (cty, r.choice(TOWN), r.choice(VILLAGE), r.randint(1, 12), r.randint(1, 99))
        elif k == "village_zh":
            v = "%s镇%s村%s组" % (r.choice(TOWN), r.choice(VILLAGE), CN_NUM[r.randrange(10)])
        elif k == "county_town":
            v = "%s省%s市%s县%s乡%s村委会旁%d号" % (prov, city, cty, r.choice(TOWN), r.choice(VILLAGE), r.randint(1, 80))
        elif k == "estate":
            v = "%s市%s%s%d号%s%d栋%d单元%d室" % (city, r.choice(DISTRICTS), r.choice(ROADS), r.randint(1, 300),
                                          r.choice(ESTATES), r.randint(1, 30), r.randint(1, 4), r.randint(1, 33) * 100 + r.randint(1, 4))
        elif k == "school_addr":
            v = "%s县%s%d号%s家属院%d号楼" % (cty, r.choice(ROADS), r.randint(1, 200), r.choice(SCHOOLS), r.randint(1, 12))
        elif k == "town_street":
            v = "%s县%s镇%s%d号" % (cty, r.choice(TOWN), r.choice(ROADS), r.randint(1, 199))
        else:
            v = "%s%s%d号院%d排%d号" % (r.choice(["城中村", "城东", "北关", "南关", "西关"]), r.choice(ROADS), r.randint(1, 99), r.randint(1, 12), r.randint(1, 20))
        return v, "address", k

    # names
    def name(self, form=None):
        r = self.r
        f = form or r.choices(["common", "wordsur", "compound", "rare", "minority", "pinyin", "spaced"],
                              [66, 7, 8, 7, 5, 4, 3])[0]
        if f == "common" or f == "wordsur":
            s = r.choice(COMMON if f == "common" else WORDSUR)
            g = r.choice(ADULT2) if r.random() < 0.7 else r.choice(ADULT1)
            return s + g, "name", f
        if f == "compound":
            return r.choice(COMPOUND) + (r.choice(ADULT2) if r.random() < 0.6 else r.choice(ADULT1)), "name", f
        if f == "rare":
            return r.choice(RARE) + (r.choice(ADULT2) if r.random() < 0.7 else r.choice(ADULT1)), "name", f
        if f == "minority":
            k = r.randrange(5)
            if k == 0:
                return r.choice(UY1) + r.choice(["·", "•"]) + r.choice(UY2), "name", "uyghur"
            if k == 1:
                return r.choice(TIB1) + r.choice(["", "·"]) + r.choice(TIB2), "name", "tibetan"
            if k == 2:
                return r.choice(MON) + r.choice(["", "·"]) + r.choice(["巴雅尔", "图门", "宝音", "朝鲁"]), "name", "mongol"
            if k == 3:
                return r.choice(YI1) + "·" + r.choice(YI2), "name", "yi"
            return r.choice(["韦", "覃", "蓝", "黄"]) + r.choice(["达福", "特良", "金凤", "秀莲", "美兰"]), "name", "zhuang"
        if f == "pinyin":
            s = r.choice(sorted(PY_SUR))
            sp, gp = PY_SUR[s], r.choice(PY_GIV)
            k = r.randrange(4)
            if k == 0:
                return sp + " " + gp, "name", "pinyin"
            if k == 1:
                return sp.upper() + " " + gp, "name", "pinyin"
            if k == 2:
                return gp + " " + sp, "name", "pinyin"
            return (sp + gp).lower(), "name", "pinyin"
        # spaced
        s = r.choice(COMMON)
        g = r.choice(ADULT2 + CHILD2)
        k = r.randrange(3)
        if k == 0:
            return s + " " + g, "name", "spaced"
        if k == 1:
            return s + "\u3000" + g, "name", "spaced"
        return " ".join(s + g), "name", "spaced"

    def child(self):
        r = self.r
        k = r.random()
        if k < 0.8:
            return r.choice(COMMON + WORDSUR) + r.choice(CHILD2), "name", "child3"
        if k < 0.9:
            return r.choice(COMMON) + r.choice(CHILD1), "name", "child2"
        if k < 0.96:
            return r.choice(COMPOUND) + r.choice(CHILD2), "name", "child_compound"
        return r.choice(RARE) + r.choice(CHILD2), "name", "child_rare"

    def word(self):
        return self.r.choice(WORDNAMES), "name", "word"


def nick_of(child_name, r):
    g = child_name[-1]
    k = r.randrange(4)
    return ["小" + g, g + g, g + "宝", "宝" + g][k] if not child_name[-1].isascii() else "宝宝"


# ---------------------------------------------------------------- templates
# placeholders: N adult name, C child name, T teacher (adult) name, W word-name,
# K child nickname (of C1 / C), SUR bare surname (unlabelled), P phone, PM mobile plain, PL landline,
# PZ Chinese-digit phone, I ID, IC child ID, B card, A address, AV village address, AE estate, AS school address,
# WX wechat, QQ qq, E email, ACC student number, HT contract no, PLT plate,
# fillers: AMT, WHEN, SCH, GC (grade/class), APP, CO, KC kin-child, KA kin-adult, SUBJ, VIL, TOWN, CTY
T = {}
T["school"] = [
    "催收打到{SCH}去了，找的是班主任{T}，说{KC}的家长欠了{APP}的钱",
    "{APP}的人给{KC}的班主任{T}打电话，问孩子家长在哪上班",
    "今天{T}老师跟我说，有人冒充家长打到学校，要{C}家长的电话",
    "学校门卫说有两个男的在门口等{C}放学，说是要账的",
    "催收给{SCH}教务处打电话，报了{C}的名字和{GC}，老师都吓坏了",
    "他们连{KC}高中的学校都查到了，还找了教导主任{N}",
    "{SCH}的校长{N}让我去一趟，说催收把电话打到校长室了",
    "催收说再不还就去{SCH}门口拉横幅，{KC}{C}还在上{GC}",
    "我女儿高考前一个月，催收给她的班主任{T}发短信",
    "学校说已经有三个自称{CO}的人打电话找{C}的妈妈",
    "{CO}的人问{KC}的学号{ACC}是不是{C}，我说你们怎么会有",
    "孩子的学号{ACC}都被他们说出来了，{GC}的班主任{T}也接到了电话",
    "催收在电话里念了{C}的学校和{GC}，还说认识{T}",
    "学校保卫科{N}说，门口那辆{PLT}的车天天停着等人",
    "{SCH}的电话{PL}一直被打，办公室的{T}老师让我处理一下",
    "{C}的学号{ACC}，学籍号{ACC2}，他们怎么拿到的",
    "报名表上有{C}的学号{ACC}和家长电话{P}，被人拍走了",
]
T["teacher"] = [
    "{T}老师您好，我是{GC}{C}的家长，这几天如果有人打电话找我，麻烦您别理",
    "致班主任{T}：给您添麻烦了，{C}家里的事和孩子无关",
    "{T}老师，对不起，催收打到您那里去了，我是{C}的妈妈，我电话是{P}",
    "班主任{T}回复：{C}妈妈，学校不会透露学生信息，您放心",
    "{SUBJ}老师{T}说有人加她微信问{C}的情况，对方微信号{WX}",
    "尊敬的{T}老师：我是{C}的爸爸，因欠款被催收骚扰，请您不要接陌生电话",
    "班主任{T}：{C}家长，有个号码{P}一直打到办公室，说是您的朋友",
    "{T}老师您好，{C}这周请假，家里有点事，等我处理完再送他回来",
    "我给{C}的{SUBJ}老师{T}道了歉，她说没关系让我注意孩子情绪",
    "给班主任{T}的一封信：{C}最近成绩下滑，是因为家里被催债，请多关照",
    "{T}老师说催收冒充{C}的舅舅，要接孩子放学，被她拦下了",
    "{C}的班主任是{T}，电话{P}，他们就是从家长群里查到的",
    "麻烦{T}老师把我从家长群移出去，那些人在群里找{C}的家长",
    "{T}老师的邮箱是{E}，我把情况说明发过去了",
    "幼儿园的{T}老师问我{K}最近怎么总哭，我没敢说实话，{C}才五岁",
]
T["parents"] = [
    "家长群：@{N} 你家是不是欠了钱？有人私聊问我你家住哪",
    "家长群里{N}说，有人加她好友问{C}家长的电话",
    "{GC}家长群：各位家长，如有人自称{CO}打听{C}家情况，请勿回复",
    "{N}（{C}妈妈）：不好意思打扰大家，最近有陌生号码乱打电话，大家别理",
    "家长群里有人转发了{C}爸爸的身份证号{I}，请管理员删一下",
    "@{N} 你是{C}的家长吧，刚才有个人拿你的照片问我认不认识",
    "{C}的妈妈{N}在群里道歉了，说家里欠了{AMT}",
    "家委会{N}：请各位家长不要在群里传{C}家的事，影响孩子",
    "班级群有人发：{C}家长{N}欠钱不还，电话{P}，老师已经撤回了",
    "家长群里{N}和{N2}吵起来了，因为催收群发了消息",
    "我是{C}的家长{N}，群里那条消息是催收发的，跟孩子没关系",
    "家长群里有人问{K}是不是{C}，我说别乱猜",
    "家长QQ群里有人加我，QQ号{QQ}，自称是{C}的舅舅",
    "{T}老师的QQ是{QQ}，催收冒充家长加了她",
]
T["grand"] = [
    "{KA}{N}接到电话，说我欠钱，老人吓得一晚上没睡",
    "催收打给我婆婆{N}，说要去村里贴告示",
    "我公公{N}七十多了，他们天天打他座机{PL}",
    "奶奶{N}说有人上门问{C}在哪读书",
    "他们找到了我岳母{N}，还报了她的身份证号{I}",
    "姥姥{N}替我还了{AMT}，催收还不罢休",
    "{KA}{N}说，再打就报警，号码是{P}",
    "爷爷{N}把存折里的钱取出来给我，卡号{B}",
    "我外婆{N}耳朵不好，他们还一直打",
    "亲家母{N}也接到了电话，说我欠了{APP}的钱",
    "我妈{N}在老家种地，他们连她都不放过",
    "外公{N}住在{AV}，催收居然寄了律师函过去",
    "我婆婆{N}带着{C}，催收一打电话孩子就哭",
]
T["village"] = [
    "村里微信群：谁认识{N}？他欠了钱，家人请联系{P}",
    "{VIL}村群里有人发了{N}的身份证照片，号码{I}",
    "村支书{N}打电话给我，说催收打到村委会了",
    "{N}书记您好，我是{VIL}村的，那个催收电话是{P}，麻烦别理",
    "村主任{N}说，这种事村里不管，让我自己处理",
    "村长{N}：村委会不会提供任何村民信息",
    "镇上的{N}主任说已经帮我报了派出所",
    "村会计{N}接到电话，对方说我是担保人",
    "催收在村群里发：{N}，住{AV}，欠款不还",
    "网格员{N}来家里问情况，说催收打了好几次",
    "村委会电话{PL}被打爆了，{N}书记很生气",
    "老家群里{N}转发了一条，说{N2}欠{APP}的钱",
    "{N}主任帮我写了证明，说我家住{AV}，家里困难",
    "村里大喇叭喊了{N}的名字，说有快递，结果是催收寄的",
    "组长{N}说，催收去过他家，打听我们{VIL}组的人",
]
T["neighbour"] = [
    "隔壁{SUR}婶说有人来问我家几口人，那人留的电话是{P}",
    "邻居{N}说有人在楼道里贴了我的名字",
    "对门的{N}阿姨接到电话，问我在哪上班",
    "楼下{SUR}大爷看见有人拍我家门牌，车牌{PLT}",
    "隔壁的{N}大姐说，催收问她借没借过钱给我",
    "邻居{N}家的孩子和{C}一个班，他们连她都问了",
    "催收找到邻居{N}，让她转告我",
    "{SUR}奶奶说楼下有人找，我让她别开门",
    "隔壁{N}说她手机号{P}也被加进催收群了",
    "邻居{N}帮我看着家，别让他们贴东西",
    "前排的{N}叔叔看到有人在我家门口拍照",
    "{SUR}阿姨好心把门上的纸撕了，说{K}看了会害怕",
]
T["notice"] = [
    "门上贴的纸：{N}，身份证{I}，欠款{AMT}，限{WHEN}还清",
    "催款告知书\n欠款人：{N}\n住址：{A}\n请于{WHEN}前联系{P}",
    "有人在我家门上贴：{N}欠钱不还，家住{A}",
    "单元门口贴了通知，写着{N}的名字和电话{P}",
    "上门通知：{N}先生/女士，我司将于{WHEN}上门拜访，地址{A}",
    "村口电线杆上贴了{N}的照片，下面写着欠款{AMT}",
    "致{N}家属：{N}在{APP}借款逾期，请督促其还款",
    "小区公告栏被贴了催收单，户主{N}，房号{AE}",
    "律师函寄到{A}，收件人写的是{N}",
    "信封上写着：{AV} {N}（收），寄件人是{CO}",
]
T["landlord"] = [
    "房东{N}说，有人打电话问我住哪，他没说",
    "房东{N}让我搬走，说催收天天来敲门，房子在{AE}",
    "我的房东是{N}，催收居然连他电话{P}都有",
    "厂里的人事{N}说，有人打到厂里找我",
    "我们老板{N}说再有人打到店里就让我走",
    "工地上的包工头{N}接到了电话，说我欠钱",
    "车间主任{N}让我把私事处理好",
    "房东{N}的微信{WX}被他们加了",
    "二房东{N}把我的租房合同给催收看了，里面有身份证{I}",
    "超市老板{N}说，我在他店里的工资卡{B}被问了",
]
T["kin"] = [
    "{KC}{C}今年{STL}，他们连这个都知道",
    "他们打给了{KA}{N}，说我不还就找{KC}",
    "{KC}{C}高考，求你们这个月别打了",
    "我儿子{C}高中的学校，他们都打听清楚了",
    "我女儿{C}初二，在{SCH}住校",
    "{KC}{C}的满月酒都没敢办，钱都拿去还了",
    "{KC}{C}周岁那天，催收打了二十多个电话",
    "{KA}{N}和{KC}{C}都接到了短信",
    "{KC}{C}的身份证号{IC}怎么会在你们手里",
    "我老公{N}出去打工了，家里就我和{C}",
    "{KC}{C}在{GC}，班主任是{T}",
    "{KC}{C}刚上幼儿园，你们别去吓他",
    "我家老大{C}，老二{C2}，都在{SCH}上学",
    "{KC}{C}毕业了，工作还没找到，你们别找他",
    "我媳妇{N}带着{C}回娘家了",
]
T["verb"] = [
    "我已经还给了{N}两千，剩下的{WHEN}给",
    "催收打给{N}说我是骗子",
    "你们找{N}干什么，她又不是担保人",
    "千万别告诉{N}，她刚做完手术",
    "钱是借{N}的，我会还",
    "我让{N}帮我接一下{C}放学",
    "打给{N}也没用，她不管这些事",
    "他们联系了{N}、我表姐，还有{C}的班主任",
    "转给{N}{AMT}，备注是学费",
    "催收威胁说要去找{N}和{C}",
    "我问了{N}，她说催收也加她了",
    "请转告{N}，这个月学费我凑不齐",
    "是{N}把我的电话给了他们吗",
    "去{N}家借了{AMT}交了学费",
    "打电话给{T}老师请了假，又找了{N}帮忙",
]
T["list"] = [
    "被打过电话的人：{N}、{N2}、{T}老师、村支书{N3}",
    "通讯录里被打的：{KA}{N}，{C}的班主任{T}，邻居{N2}",
    "名单：{N}（婆婆）{N2}（邻居）{T}（班主任）",
    "1. {N} 2. {N2} 3. {N3}，这三个都是我家亲戚",
    "姓名 | 关系 | 电话\n{N} | 母亲 | {P}\n{N2} | 邻居 | {P2}",
    "他们打了{N}、{N2}和{N3}，都是村里的",
    "接到电话的有{T}老师、{N}主任、{N2}",
    "{C}、{C2}两个孩子的老师都被打了",
]
T["word"] = [
    "我儿子{W}上初二，催收打到他班主任那了",
    "他们打给了{W}，说她是紧急联系人",
    "{W}老师说学校不会给任何人信息",
    "我媳妇{W}知道这事后哭了一夜",
    "你们找{W}干嘛，她又没借钱",
    "隔壁的{W}说有人来敲门",
    "村主任{W}说村委会不管这事",
    "{KC}{W}高三了，别去学校",
    "请告诉{W}，钱我会还的",
    "婆婆{W}把钱借给我了",
]
T["child"] = [
    "{C}（{K}）的班主任说，今天有人在校门口问{K}是哪个班的",
    "{K}放学回来说，有个叔叔问她是不是{C}",
    "{C}刚满月，我们家{K}哭一晚上了，你们还打",
    "我跟{T}老师说了，{C}这几天由奶奶接，{K}认得奶奶",
    "{K}问我为什么有人说爸爸是骗子，{C}才上三年级",
]
T["data"] = [
    "家长群里有人发了一个号码{P}，说是催收的",
    "我的卡号{B}被冻结了，孩子学费交不上",
    "催收的微信{WX}拉了我们村的群",
    "那人QQ{QQ}，加了好几个家长",
    "学费转到了{B}，麻烦老师查收",
    "孩子学号{ACC}，学校说不能给外人",
    "我的身份证{I}被贴在村口了",
    "合同编号{HT}，借的钱都交了学费",
    "催收号码：{P}，{P2}，各位家长注意",
    "村委会的座机{PL}一直响",
    "那个人念我电话是{PZ}",
    "他们开着{PLT}来村里转了好几圈",
    "孩子身份证号是{IC}，请老师帮忙办一下学籍",
    "给老师的邮箱{E}发不出去，麻烦确认一下",
    "校园卡号{ACC}，孩子饭卡里没钱了",
    "村长让我把欠条拍给他，银行卡号{B}",
    "QQ{QQ}的这个人在班级群里发我的欠款截图",
    "催收开着{PLT}到村口堵我，车上两个人",
    "那个QQ号是{QQ}，邮箱{E}，都是冒充老师的",
]
T["addr"] = [
    "我老家在{AV}，他们寄了好几封信过去",
    "孩子跟奶奶住在{A}",
    "催收说要去{A}上门",
    "我们现在租在{AE}，别告诉别人",
    "学校家属院地址{AS}，他们居然也找去了",
    "户口在{AV}，人在外地打工",
    "寄件地址写的{A}，收件人是我妈",
    "我家在{AV}，村口第二家",
]
NONE = [
    "催收打到我儿子高中的学校了，怎么办",
    "我女儿高考前能不能别打了",
    "班主任说家长群里有人在问",
    "村里现在都知道我欠钱了",
    "书记说这事村委会管不了",
    "三年级二班的家长群又在传",
    "孩子满月酒都没办成",
    "老家的人都在议论",
    "老师说学校不会透露学生信息",
    "我儿子初二，成绩一直很好",
    "周岁宴推迟了，钱不够",
    "镇上的派出所说可以报警",
    "村长说有事可以去村委会找他",
    "主任让我写个情况说明",
    "家长会我都不敢去了",
    "奶奶说别让孩子知道",
    "语文老师说孩子最近上课走神",
    "数学作业本上写着爸爸欠钱，是同学写的",
    "幼儿园老师问孩子怎么不来了",
    "我女儿高三，马上就要考试了",
    "孙子上幼儿园的钱是我出的",
    "毕业典礼那天我都没敢去",
    "隔壁婶子说门上被贴了纸",
    "大爷说看到有人在村口转",
    "阿姨好心帮我把纸撕了",
    "房东说下个月别续租了",
    "老板说再有电话就扣工资",
    "村里微信群有人转发了催收的话",
    "镇上的司法所可以调解吗",
    "老家的房子能不能被执行",
    "家长群里有人说要报警",
    "班级群的老师把消息撤回了",
    "孩子问我什么是逾期",
    "过完年一定还",
    "秋收以后卖了粮食就还",
    "我爸妈都六十多了，别再打了",
    "婆婆说要把养老钱拿出来",
    "岳父母不知道这件事",
    "孩子在学校被同学笑话了",
    "开学要交学费和住宿费",
    "补课费还欠着两个月",
    "国庆节期间也没停",
    "建军节那天村里放电影",
    "春花秋月何时了",
    "红梅花开的时候我就回家",
    "海燕在暴风雨中飞翔",
    "晨曦中的村庄很安静",
    "浩然正气，欠债还钱是应该的",
    "我想和平解决，不想闹到学校",
    "高三的孩子压力本来就大",
    "初三下学期就要中考了",
    "校长说下次直接报警",
    "村委会门口贴了反诈宣传",
    "教导主任找我谈了一次话",
    "家委会说会跟其他家长解释",
    "班主任让孩子先别住校了",
    "老师，给您添麻烦了，真对不起",
    "村支书说会帮我跟镇上反映",
    "我儿子高中的学校离家三十里",
    "外孙女今年上一年级",
    "侄子高考考得不错",
    "二年级一班的家长会改到周五了",
    "这个月的学费先欠着，老师同意了",
    "老家那边的亲戚都接到电话了",
    "隔壁老王说要帮我找律师",
]

SENDERS_NULL = 0.82

# ---------------------------------------------------------------- dedupe data
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    prev_d = False
    for ch in s:
        c = unicodedata.category(ch)
        if c[0] in "PSZC":
            continue
        if ch.isdigit():
            if not prev_d:
                out.append("0")
            prev_d = True
            continue
        prev_d = False
        out.append(ch)
    return "".join(out)


def load_other():
    texts, plines = [], []
    nfiles = 0
    if not DED:
        return set(), set(), "", 0, 0, 0
    for fn in sorted(os.listdir(DED)):
        if fn.startswith("scrub_tune38"):
            continue
        p = os.path.join(DED, fn)
        if fn.startswith("scrub_") and fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line:
                        try:
                            texts.append(json.loads(line)["text"])
                        except Exception:
                            pass
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if line:
                        plines.append(line)
    exact = set(texts) | set(plines)
    normed = set(norm(x) for x in exact)
    return exact, normed, "\n".join(plines), nfiles, len(texts), len(plines)


# ---------------------------------------------------------------- preserve
def make_preserve(r, exact, normed, log):
    cands = []
    kinds = []

    def add(s, k):
        cands.append(s)
        kinds.append(k)

    kin_c = [k[1:] if k.startswith("我") else k for k in KIN_CHILD]
    kin_c = sorted(dict.fromkeys(KIN_CHILD + ["孩子", "儿子", "女儿", "孙子", "孙女", "外孙", "侄子", "侄女", "外甥女", "闺女"]))
    for k in kin_c:
        for s in STAGES_L:
            add(k + s, "kin+school")
            add(r.choice(["", "催收打到", "别影响", "他们连"]) + k + s + r.choice(["的学校", "的班主任", "的班级", "了", "的家长群"]), "kin+school")
        for e in STAGES_E:
            add(k + e, "kin+event")
            add(r.choice(["别影响", "等", "就在", "赶上"]) + k + e + r.choice(["", "那天", "以后", "的时候"]), "kin+event")
    for g in GRADES_P + ["初一", "初二", "初三", "高一", "高二", "高三"]:
        for i in range(1, 9):
            add(g + CN_NUM[i - 1] + "班", "class")
            add(g + "（" + str(i) + "）班", "class")
        add(g + "的家长群", "class")
        add(g + "期末考试", "class")
    for sj in SUBJECTS:
        for fr in ["{}", "{}老师", "{}作业", "{}考了多少分", "{}课代表", "{}老师说孩子上课走神", "{}成绩下滑了", "{}补课班"]:
            add(fr.format(sj), "subject")
    titles = ["老师", "班主任", "校长", "副校长", "教导主任", "书记", "主任", "村长", "村支书", "村主任", "组长",
              "网格员", "房东", "门卫", "保安", "会计", "家委会", "辅导员", "园长", "生活老师", "教务处", "政教处",
              "司法所", "派出所民警", "镇长", "乡长", "包工头", "车间主任", "人事", "老板"]
    tframes = ["{}", "{}打电话来了", "{}说不要紧", "找{}也没用", "{}让我写个说明", "{}接到了催收电话", "给{}添麻烦了",
               "{}说会帮忙", "我跟{}解释了", "{}问我怎么回事", "{}已经知道了", "请{}别理那些电话"]
    for t in titles:
        for fr in tframes:
            add(fr.format(t), "title")
    places = ["村里", "镇上", "老家", "村委会", "村口", "乡下", "县城", "队里", "组里", "祠堂", "小卖部", "村小",
              "镇中学", "卫生院", "集市", "乡政府", "镇政府", "村部", "文化广场", "大队部", "老宅", "自留地"]
    pframes = ["{}", "{}的人都知道了", "{}有人在议论", "在{}贴了纸", "{}的群里有人转发", "回{}躲几天", "{}的亲戚都接到电话了",
               "{}没人管这事", "{}贴满了催收单", "去{}找人了"]
    for p in places:
        for fr in pframes:
            add(fr.format(p), "village")
    kin_a = [k[1:] for k in KIN_ADULT] + ["爸爸", "妈妈", "爷爷", "奶奶", "姥姥", "姥爷", "亲家", "亲家母", "婶子", "大爷",
                                          "大娘", "叔叔", "阿姨", "邻居", "隔壁", "对门", "老乡", "发小", "同村的"]
    kframes = ["{}", "别告诉{}", "{}接到电话了", "催收打给了{}", "{}吓坏了", "{}替我还了一部分", "{}说别再借了",
               "{}不知道这件事", "{}在老家带孩子", "{}也被拉进群了"]
    for k in kin_a:
        for fr in kframes:
            add(fr.format(k), "kin")
    for s in COMMON[:40] + WORDSUR:
        add(r.choice(["", "隔壁", "村东头的", "楼下"]) + s + r.choice(["婶", "大爷", "奶奶", "阿姨", "叔"]) + r.choice(["说", "看见了", "帮我看着门"]), "sur+title")
        add(s + r.choice(["老师", "书记", "主任", "村长", "校长"]) + r.choice(["说", "打电话来", "让我去一趟", "也接到了"]), "sur+title")
        add(s + "家" + r.choice(["庄", "湾", "洼", "沟", "营", "寨"]) + r.choice(["", "村", "小学"]), "place")
    wn = ["国庆节", "国庆假期", "建军节", "八一建军节", "春花秋月", "春花烂漫", "红梅花开", "一树红梅", "海燕飞过海面",
          "像海燕一样", "晨曦微露", "迎着晨曦", "浩然正气", "正气浩然", "秋菊", "秋菊打官司"]
    for w in wn:
        add(w, "wordname-use")
        add(r.choice(["就像", "说起", "那年", "记得"]) + w, "wordname-use")
    fam = ["孩子还小，什么都不懂", "一家老小都靠我", "老人身体不好", "孩子住校一个月回来一次", "学费还差一半",
           "生活费每周两百", "过年回家再说", "家里的地租出去了", "等秋收卖了粮", "孩子问爸爸什么时候回来",
           "婆婆帮忙带孩子", "老公在外地打工", "周末去接孩子", "晚上辅导作业", "家长签字", "作业要家长签名",
           "开家长会要请假", "孩子发烧了", "送孩子去幼儿园", "接孩子放学", "寒假作业", "暑假托管班", "午托费",
           "校服费", "书本费", "营养餐", "住宿费", "补课费", "兴趣班", "校车费", "春游费", "班费"]
    for f in fam:
        add(f, "family")
        add(f + r.choice(["", "，还欠着", "，先欠着", "，等发工资"]), "family")
    for _ in range(250):
        add(r.choice(["学费", "欠了", "还了", "借了", "还差", "补课费", "生活费", "彩礼钱", "盖房子借了"]) + amount(r), "amount")
        add(when(r) + r.choice(["一定还", "再说", "给老师回电话", "去学校", "回老家", "开家长会"]), "time")
    out, seen_n = [], set()
    dex = dnm = own = 0
    comp = {}
    order = list(range(len(cands)))
    r.shuffle(order)
    for i in order:
        s = cands[i]
        if not s:
            continue
        if s in exact:
            dex += 1
            continue
        n = norm(s)
        if n in normed:
            dnm += 1
            continue
        if n in seen_n:
            own += 1
            continue
        seen_n.add(n)
        out.append(s)
        comp[kinds[i]] = comp.get(kinds[i], 0) + 1
    log["preserve_candidates"] = len(cands)
    log["preserve_drop_exact"] = dex
    log["preserve_drop_norm"] = dnm
    log["preserve_drop_own"] = own
    log["preserve_kinds"] = dict(sorted(comp.items()))
    return out


# ---------------------------------------------------------------- records
PH = re.compile(r"\{([A-Z]+)(\d?)\}")
LABELLED = {"N", "C", "T", "W", "P", "PL", "PZ", "I", "IC", "B", "A", "AV", "AE", "AS", "WX", "QQ", "E", "ACC", "HT", "PLT", "QQ"}


def render(tpl, g, r):
    vals = {}
    child_first = None

    def val(key, kind):
        if key in vals:
            return vals[key]
        if kind == "N":
            v = g.name()
        elif kind == "T":
            v = g.name(r.choices(["common", "wordsur", "compound", "rare", "spaced"], [78, 8, 6, 5, 3])[0])
        elif kind == "C":
            v = g.child()
        elif kind == "W":
            v = g.word()
        elif kind == "P":
            v = g.phone()
        elif kind == "PL":
            v = g.phone("land")
        elif kind == "PZ":
            v = g.phone("zh")
        elif kind == "I":
            v = g.idn()
        elif kind == "IC":
            v = g.idn(child=True)
        elif kind == "B":
            v = g.card()
        elif kind == "A":
            v = g.address()
        elif kind == "AV":
            v = g.address(r.choice(["village", "village_zh", "county_town"]))
        elif kind == "AE":
            v = g.address("estate")
        elif kind == "AS":
            v = g.address("school_addr")
        elif kind == "WX":
            v = g.wechat()
        elif kind == "QQ":
            v = g.qq()
        elif kind == "E":
            v = g.email()
        elif kind == "ACC":
            v = g.account(r.choice(["xuehao", "xuehao2", "card", "xueji"]))
        elif kind == "HT":
            v = g.account("contract")
        elif kind == "PLT":
            v = g.plate()
        elif kind == "K":
            c = vals.get("C") or vals.get("C1")
            v = (nick_of(c[0], r) if c else "宝宝", None, None)
        elif kind == "SUR":
            v = (r.choice(COMMON + WORDSUR), None, None)
        elif kind == "AMT":
            v = (amount(r), None, None)
        elif kind == "WHEN":
            v = (when(r), None, None)
        elif kind == "SCH":
            v = (school(r), None, None)
        elif kind == "GC":
            v = (grade_class(r), None, None)
        elif kind == "APP":
            v = (r.choice(APPS), None, None)
        elif kind == "CO":
            v = (r.choice(COLL), None, None)
        elif kind == "KC":
            v = (r.choice(KIN_CHILD), None, None)
        elif kind == "KA":
            v = (r.choice(KIN_ADULT), None, None)
        elif kind == "SUBJ":
            v = (r.choice(SUBJECTS), None, None)
        elif kind == "VIL":
            v = (r.choice(VILLAGE), None, None)
        elif kind == "STL":
            v = (r.choice(STAGES_L), None, None)
        else:
            raise KeyError(kind)
        vals[key] = v
        return v

    # resolve C before K
    keys = [(m.group(1), m.group(2)) for m in PH.finditer(tpl)]
    for k, n in keys:
        if k == "C":
            val(k + n, k)
    parts, pos, pii = [], 0, []
    placed = {}
    for m in PH.finditer(tpl):
        parts.append(tpl[pos:m.start()])
        k, n = m.group(1), m.group(2)
        v = val(k + n, k)
        parts.append(v[0])
        if v[1] is not None:
            if v[0] not in placed:
                placed[v[0]] = 0
                pii.append((v[1], v[0], v[2]))
            placed[v[0]] += 1
        pos = m.end()
    parts.append(tpl[pos:])
    return "".join(parts), pii, placed


def main():
    log = {}
    exact, normed, other_pres, nfiles, ntexts, nplines = load_other()
    log["dedupe_files"] = nfiles
    log["dedupe_texts"] = ntexts
    log["dedupe_preserve_lines"] = nplines
    rp = random.Random(SEED + 1)
    preserve = make_preserve(rp, exact, normed, log)
    own_pres = "\n".join(preserve)

    r = random.Random(SEED)
    g = Gen(r)
    groups = list(T)
    tlist = [(grp, i, t) for grp in groups for i, t in enumerate(T[grp])]
    n_pii = 950
    none_pick = sorted(r.sample(range(len(NONE)), 52))
    # first every template once, then weighted random
    schedule = list(range(len(tlist)))
    r.shuffle(schedule)
    while len(schedule) < n_pii:
        schedule.append(r.randrange(len(tlist)))
    records = []
    used_names = []          # non-word names used so far
    used_name_set = {}
    texts_seen = {}
    rej = {"exact": 0, "norm": 0, "own": 0, "clash": 0, "other_preserve": 0, "count": 0}
    for ti in schedule:
        grp, idx, tpl = tlist[ti]
        for attempt in range(200):
            text, pii, placed = render(tpl, g, r)
            ok = True
            # exact occurrence counts (values not inside static text / each other)
            for kind, v, sty in pii:
                if text.count(v) != placed[v]:
                    ok = False
                    break
            if ok:
                vs = [v for _, v, _ in pii]
                for a in vs:
                    for b in vs:
                        if a != b and a in b:
                            ok = False
            if not ok:
                rej["count"] += 1
                continue
            names = [v for kind, v, sty in pii if kind == "name" and sty != "word"]
            bad = False
            for nm in names:
                if nm in used_name_set or nm in own_pres:
                    bad = True
                    break
                if other_pres and nm in other_pres:
                    rej["other_preserve"] += 1
                    bad = True
                    break
                # no earlier record may contain this name
                for rec in records:
                    if nm in rec["text"]:
                        bad = True
                        break
                if bad:
                    break
            if not bad:
                for nm in used_names:
                    if nm in text and nm not in names:
                        bad = True
                        break
            if not bad:
                # word-names must not appear unlabelled
                wl = [v for kind, v, sty in pii if sty == "word"]
                for w in WORDNAMES:
                    if w in text and w not in wl:
                        bad = True
                if not bad:
                    for nm in names:
                        for w in WORDNAMES:
                            if w in nm:
                                bad = True
            if bad:
                rej["clash"] += 1
                continue
            if text in exact:
                rej["exact"] += 1
                continue
            if norm(text) in normed:
                rej["norm"] += 1
                continue
            if text in texts_seen:
                rej["own"] += 1
                continue
            break
        else:
            raise SystemExit("could not render " + tpl)
        texts_seen[text] = 1
        for nm in names:
            used_names.append(nm)
            used_name_set[nm] = 1
        sender = None if r.random() < SENDERS_NULL else g.mobile_raw()
        records.append({"text": text, "sender": sender,
                        "pii": [{"kind": k, "value": v} for k, v, _ in pii],
                        "_g": grp, "_t": "%s-%02d" % (grp, idx), "_s": [s for _, _, s in pii]})
    nd = 0
    for t in [NONE[i] for i in none_pick]:
        if t in exact or norm(t) in normed or t in texts_seen:
            nd += 1
            continue
        bad = any(nm in t for nm in used_names)
        if bad:
            nd += 1
            continue
        texts_seen[t] = 1
        records.append({"text": t, "sender": None if r.random() < SENDERS_NULL else g.mobile_raw(), "pii": [],
                        "_g": "none", "_t": "none", "_s": []})
    log["none_dropped"] = nd
    log["record_rejects"] = rej
    r.shuffle(records)
    os.makedirs(OUT, exist_ok=True)
    groups_out = {}
    with open(os.path.join(OUT, "scrub_tune38.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, rec in enumerate(records, 1):
            rid = "t38-%04d" % i
            f.write(json.dumps({"id": rid, "text": rec["text"], "sender": rec["sender"], "pii": rec["pii"]},
                               ensure_ascii=False) + "\n")
            groups_out[rid] = {"group": rec["_g"], "template": rec["_t"], "styles": rec["_s"]}
    with open(os.path.join(OUT, "scrub_tune38_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for line in preserve:
            f.write(line + "\n")
    with open(os.path.join(OUT, "groups38.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups_out, f, ensure_ascii=False, indent=0, sort_keys=True)
    log["records"] = len(records)
    log["preserve"] = len(preserve)
    log["templates"] = len(tlist)
    with open(os.path.join(OUT, "log38.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(log, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
