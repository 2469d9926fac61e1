#!/usr/bin/env python3
"""Generator for scrub tuning corpus 42 (theme: money trails -- bank, payment and
transfer records around a debt).  Standard library only.  TUNING DATA ONLY.

Outputs (folder TUNE42_OUT_DIR, default: this script's folder):
  scrub_tune42.jsonl, scrub_tune42_preserve.txt, groups42.json, log42.json
Dedupe folder: TUNE42_DEDUPE_DIR (default: none).  Only counts are printed.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261242
N_RECORDS = 1000
PRESERVE_MAX = 4000
CLASS_CAP = {"bank branch": 900}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("TUNE42_OUT_DIR") or HERE
DEDUPE = os.environ.get("TUNE42_DEDUPE_DIR") or None

# ----------------------------------------------------------------- tables
COMMON_SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱林何郭罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范姚谭廖邹熊陆郝孔崔康邱秦史顾侯邵孟龙段雷汤尹黎乔贺赖龚")
FUNC_SUR = list("于向和万钱易从方高常时文石路金白马安付余江连")
FUNC_MAIN = list("于向和万钱")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "公孙", "尉迟",
            "夏侯", "宇文", "司徒", "南宫", "长孙", "端木", "澹台", "呼延"]
RARE_SUR = list("禤亓訾仉笪乜酆逯郗冼覃阚缪佘厍眭")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛超秀霞刚桂英玉兰萍红鹏辉婷欣宇浩俊凯晨睿琳雪倩颖璐佳慧嘉梓轩涵雨思博昊铭瑞泽妍怡晓志亮斌丹蕾薇琪飞峰波荣彤悦翔琦瑶岚晗蓉菲")
WORD_NAMES = ["金花", "富贵", "招财", "如意", "海燕", "来福", "春花", "秀英", "建军", "发财", "金宝", "银花"]
TR_SUR = list("陳黃張劉林吳楊許鄭謝蔡葉梁何周曾賴蕭羅馮鄧")
TR_GIVEN = list("志偉俊傑婷雅嘉穎詩慧華國榮麗美芬玲賢家豪銘恩樂欣儀")
MINORITY_A = ["艾力", "买买提", "阿依古丽", "古丽娜尔", "迪丽努尔", "阿卜杜拉", "努尔兰", "热依拉", "吐尔洪", "帕提古丽"]
MINORITY_B = ["吐尔逊", "艾山", "依明", "热合曼", "阿不都", "卡德尔", "玉素甫", "司马义", "阿吉", "肉孜"]
TIBETAN = ["扎西多吉", "次仁卓玛", "格桑梅朵", "丹增旺姆", "索朗次仁", "平措扎西", "拉巴卓嘎"]
MONGOL = ["巴特尔", "斯琴高娃", "乌云其木格", "额尔敦巴雅尔", "苏日娜"]
YI = ["吉克·阿依", "阿苏·拉则", "曲比·阿果"]
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Deng", "Cao", "Peng", "Qian", "Yu", "Xiang", "Ouyang"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hui", "yu", "hao", "jia", "xin", "yi", "zi", "han", "rui", "ting", "xiao", "zhi", "peng", "hong", "lan", "qing", "kai", "chen"]

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "中国邮政储蓄银行",
         "平安银行", "浦发银行", "中信银行", "兴业银行", "民生银行", "光大银行", "华夏银行", "广发银行", "北京银行",
         "上海银行", "宁波银行", "江苏银行", "微众银行", "网商银行", "农村商业银行", "浙商银行", "渤海银行"]
BANK_SHORT = {"中国工商银行": "工商银行", "中国建设银行": "建设银行", "中国农业银行": "农业银行", "中国邮政储蓄银行": "邮储银行"}
BANK_HOT = {"中国工商银行": "95588", "中国建设银行": "95533", "中国农业银行": "95599", "中国银行": "95566", "交通银行": "95559",
            "招商银行": "95555", "中国邮政储蓄银行": "95580", "平安银行": "95511", "浦发银行": "95528", "中信银行": "95558",
            "兴业银行": "95561", "民生银行": "95568", "光大银行": "95595", "华夏银行": "95577", "广发银行": "95508"}
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "郑州", "长沙", "合肥", "济南", "青岛",
          "厦门", "福州", "昆明", "南宁", "贵阳", "重庆", "天津", "沈阳", "哈尔滨", "长春", "石家庄", "太原", "南昌", "苏州",
          "东莞", "佛山", "宁波", "温州", "无锡", "大连", "兰州", "乌鲁木齐", "呼和浩特", "海口"]
DISTRICTS = ["朝阳", "海淀", "东城", "西城", "浦东", "徐汇", "天河", "越秀", "福田", "南山", "西湖", "滨江", "鼓楼", "玄武",
             "锦江", "武侯", "江汉", "洪山", "雁塔", "金水", "岳麓", "蜀山", "历下", "市南", "思明", "五华", "青秀", "渝中",
             "和平", "高新", "经开", "开发区", "城关", "新城", "龙岗", "宝安", "江北", "南岸"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "文化路", "长江路", "黄河路", "胜利街", "幸福路",
         "光明街", "朝阳路", "东风路", "滨河路", "学府路", "南京路", "北京路", "科技路", "工业大道"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖小区", "金色港湾", "绿地新城", "明珠苑", "丽景湾", "华府", "碧桂园", "万科城",
           "东方名苑", "枫林小区", "紫荆花园", "书香门第", "御景园"]
PROVINCES = {"北京": "", "上海": "", "天津": "", "重庆": "", "广州": "广东省", "深圳": "广东省", "杭州": "浙江省", "南京": "江苏省",
             "成都": "四川省", "武汉": "湖北省", "西安": "陕西省", "郑州": "河南省", "长沙": "湖南省", "合肥": "安徽省"}
PLATS = ["借呗", "微粒贷", "京东金融", "美团借钱", "360借条", "分期乐", "招联金融", "马上消费金融", "安逸花", "度小满",
         "拍拍贷", "众安贷", "小米金融", "平安普惠", "捷信", "中邮消费金融", "宜人贷", "还呗", "洋钱罐", "省呗"]
MERCHANTS = ["美团外卖", "饿了么", "滴滴出行", "京东商城", "拼多多", "淘宝", "国家电网", "中国移动", "中国联通", "中国电信",
             "自来水公司", "燃气公司", "物业服务中心", "沃尔玛", "永辉超市", "盒马鲜生", "肯德基", "麦当劳", "星巴克",
             "瑞幸咖啡", "中国石化", "中国石油", "12306铁路", "携程旅行", "哈啰出行", "高德打车", "抖音商城", "唯品会",
             "苏宁易购", "大润发", "华润万家", "屈臣氏", "链家", "自如", "贝壳找房"]
CO_WORDS = ["信达", "恒信", "汇通", "鼎盛", "融和", "华融", "聚鑫", "安泰", "众诚", "天衡", "瑞丰", "启明", "诚信", "宏远", "中诚"]
CO_TYPES = ["资产管理有限公司", "商务咨询有限公司", "信息咨询服务有限公司", "科技有限公司", "法律咨询有限公司", "网络科技有限公司",
            "企业管理咨询有限公司", "融资担保有限公司", "小额贷款有限公司"]
SUMMARIES = ["转账", "跨行转出", "跨行转入", "网银转账", "手机银行转账", "快捷支付", "代发工资", "工资", "利息", "结息",
             "还款", "代扣", "消费", "退款", "ATM取款", "现金存入", "POS消费", "财付通", "支付宝", "银联入账", "汇款",
             "转存", "转支", "批量代付", "信用卡还款", "自动还款", "贷款发放", "贷款归还", "手续费", "年费", "短信费",
             "冲正", "红包", "提现", "充值", "理财赎回", "基金申购", "代收水费", "代收电费", "物业费"]
HK_BANKS = ["匯豐銀行", "中國銀行（香港）", "恒生銀行", "渣打銀行", "東亞銀行", "大新銀行", "中信銀行（國際）"]
TW_BANKS = ["台灣銀行", "國泰世華銀行", "中國信託", "玉山銀行", "台新銀行", "第一銀行", "合作金庫", "郵局"]
EBANKS = ["Industrial and Commercial Bank of China", "Bank of China", "China Construction Bank", "China Merchants Bank",
          "HSBC Hong Kong", "Standard Chartered Bank", "Bank of Communications", "Agricultural Bank of China"]
SWIFTS = ["ICBKCNBJ", "BKCHCNBJ", "PCBCCNBJ", "CMBCCNBS", "HSBCHKHH", "SCBLHKHH", "COMMCNSH", "ABOCCNBJ", "BKCHHKHH"]
CO_EN = ["SHENZHEN HENGXIN ASSET MANAGEMENT CO., LTD.", "HANGZHOU HUITONG TECHNOLOGY CO., LTD.",
         "GUANGZHOU ZHONGCHENG CONSULTING CO., LTD.", "SHANGHAI RUIFENG INFORMATION SERVICE CO., LTD."]
HOTLINES = ["95588", "95533", "95599", "95566", "95555", "95511", "95528", "400-820-5555", "95188", "95017"]
TITLES = ["会计", "出纳", "经理", "主管", "专员", "柜员", "客户经理", "老板", "师傅", "总", "行长", "大堂经理", "理财经理", "律师", "老师"]
AREAS = ["110101", "110105", "310104", "310115", "440106", "440305", "320102", "330106", "420106", "510104", "610113",
         "410105", "370102", "350203", "430104", "500103", "210102", "120101", "130102", "340104", "360102", "530102"]
CARD_PRE = ["622202", "621226", "621700", "622700", "622848", "621661", "622588", "622260", "623058", "621483", "622155",
            "628288", "621799", "622609", "625965", "621098", "622908"]
MOBILE_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
              "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
PLATE_PRE = ["京A", "京N", "沪B", "粤B", "粤A", "浙A", "苏E", "川A", "鄂A", "豫A", "湘A", "闽D"]
EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "outlook.com", "gmail.com", "foxmail.com", "139.com"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
DAXIE = ["壹万元整", "贰万元整", "伍万元整", "叁仟元整", "捌仟元整", "壹万伍仟元整", "拾万元整", "陆仟伍佰元整", "贰仟元整"]

# ----------------------------------------------------------------- validity helpers

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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise ValueError


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def hk_check(letter, digits):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, [7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    return "A" if r == 10 else ("0" if r == 11 else str(r))


TW_MAP = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id(rng):
    L = rng.choice("ABCDEFGHJKLMNPQRSTUV")
    body = str(rng.choice([1, 2])) + "".join(rng.choice("0123456789") for _ in range(7))
    n = TW_MAP[L]
    s = (n // 10) + (n % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + body + str((10 - s % 10) % 10)


def tw_ok(v):
    n = TW_MAP[v[0]]
    s = (n // 10) + (n % 10) * 9 + sum(int(d) * w for d, w in zip(v[1:9], [8, 7, 6, 5, 4, 3, 2, 1])) + int(v[9])
    return s % 10 == 0

# ----------------------------------------------------------------- value makers (records)

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mk_given(rng, n):
    while True:
        g = "".join(rng.choice(GIVEN) for _ in range(n))
        if len(set(g)) == len(g):
            return g


def name_common2(rng):
    return rng.choice(COMMON_SUR) + mk_given(rng, 2), "common+2"


def name_common1(rng):
    return rng.choice(COMMON_SUR) + mk_given(rng, 1), "common+1"


def name_func(rng, sur=None):
    s = sur or (rng.choice(FUNC_MAIN) if rng.random() < 0.6 else rng.choice(FUNC_SUR))
    return s + mk_given(rng, rng.choice([1, 2, 2])), "funcsur:" + s


def name_qian(rng):
    return name_func(rng, "钱")


def name_compound(rng):
    return rng.choice(COMPOUND) + mk_given(rng, rng.choice([1, 2])), "compound"


def name_rare(rng):
    return rng.choice(RARE_SUR) + mk_given(rng, rng.choice([1, 2])), "rare"


def name_trad(rng):
    return rng.choice(TR_SUR) + "".join(rng.sample(TR_GIVEN, rng.choice([1, 2, 2]))), "trad"


def name_minority(rng):
    r = rng.random()
    if r < 0.55:
        return rng.choice(MINORITY_A) + rng.choice(["·", "•", "・"]) + rng.choice(MINORITY_B), "minority:uyghur"
    if r < 0.75:
        t = rng.choice(TIBETAN)
        return (t[:2] + "·" + t[2:] if rng.random() < 0.4 else t), "minority:tibetan"
    if r < 0.9:
        return rng.choice(MONGOL), "minority:mongol"
    return rng.choice(YI), "minority:yi"


def name_spaced(rng):
    if rng.random() < 0.3:
        c = rng.choice(COMPOUND)
        return c + " " + mk_given(rng, 2), "spaced"
    s = rng.choice(COMMON_SUR)
    g = mk_given(rng, rng.choice([1, 2]))
    sep = rng.choice([" ", " ", "\u3000"])
    if rng.random() < 0.3 and len(g) == 2:
        return s + sep + g[0] + sep + g[1], "spaced"
    return s + sep + g, "spaced"


def name_masked(rng):
    s = rng.choice(COMMON_SUR + FUNC_MAIN)
    g = mk_given(rng, 2)
    r = rng.random()
    if r < 0.4:
        return s + "*" + g[1], "masked:X*Y"
    if r < 0.6:
        return "**" + g[1], "masked:**Y"
    if r < 0.75:
        return s + "**", "masked:X**"
    if r < 0.9:
        return "*" + g, "masked:*YZ"
    return s + "*", "masked:X*"


def name_word(rng):
    if rng.random() < 0.5:
        return rng.choice(WORD_NAMES), "word:bare"
    return rng.choice(COMMON_SUR + FUNC_MAIN) + rng.choice(WORD_NAMES), "word:surname+"


def name_pinyin(rng):
    s = rng.choice(PY_SUR)
    g = rng.choice(PY_GIV) + (rng.choice(PY_GIV) if rng.random() < 0.7 else "")
    r = rng.random()
    if r < 0.35:
        return (s + " " + g).upper(), "pinyin:UPPER"
    if r < 0.65:
        return s + " " + g.capitalize(), "pinyin:Sur Given"
    if r < 0.85:
        return g.capitalize() + " " + s, "pinyin:Given Sur"
    return s.upper() + " " + g.capitalize(), "pinyin:SUR Given"


def name_mixed(rng):
    r = rng.random()
    table = [(0.44, name_common2), (0.60, name_common1), (0.69, name_func), (0.76, name_compound), (0.82, name_rare),
             (0.85, name_trad), (0.89, name_minority), (0.92, name_spaced), (0.96, name_masked), (1.01, name_word)]
    for lim, f in table:
        if r < lim:
            return f(rng)


def phone_mobile(rng):
    return rng.choice(MOBILE_PRE) + digits(rng, 8)


def v_phone(rng, style=None):
    m = phone_mobile(rng)
    r = rng.random() if style is None else style
    if r < 0.45:
        return m, "phone:plain"
    if r < 0.62:
        return m[:3] + " " + m[3:7] + " " + m[7:], "phone:3-4-4"
    if r < 0.72:
        return m[:3] + "-" + m[3:7] + "-" + m[7:], "phone:dash"
    if r < 0.82:
        return "+86 " + m, "phone:+86"
    if r < 0.9:
        return m[:3] + "****" + m[7:], "phone:masked"
    if r < 0.95:
        return m.translate(FW), "phone:fullwidth"
    return "0" + rng.choice(["10", "21", "20", "755", "571", "28"]) + "-" + digits(rng, 8), "phone:landline"


def v_phone_spaced(rng):
    return v_phone(rng, 0.5)


def v_id(rng, style=None):
    birth = "%04d%02d%02d" % (rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28))
    body = rng.choice(AREAS) + birth + digits(rng, 3)
    full = body + id_check(body)
    r = rng.random() if style is None else style
    if r < 0.72:
        if full.endswith("X") and rng.random() < 0.3:
            return full[:-1] + "x", "id:plain-x"
        return full, "id:plain"
    if r < 0.86:
        return full[:6] + " " + full[6:14] + " " + full[14:], "id:6-8-4"
    if r < 0.93:
        return full[:6] + " " + full[6:10] + " " + full[10:14] + " " + full[14:], "id:6-4-4-4"
    return full.translate(FW), "id:fullwidth"


def v_id_spaced(rng):
    return v_id(rng, 0.8)


def v_id_masked(rng):
    birth = "%04d%02d%02d" % (rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28))
    body = rng.choice(AREAS) + birth + digits(rng, 3)
    full = body + id_check(body)
    r = rng.random()
    if r < 0.5:
        return full[:6] + "********" + full[14:], "id:masked-6-4"
    if r < 0.8:
        return full[:3] + "*" * 11 + full[14:], "id:masked-3-4"
    return full[:1] + "*" * 16 + full[17:], "id:masked-1-1"


def card_number(rng):
    pre = rng.choice(CARD_PRE)
    n = rng.choice([16, 19, 19])
    return luhn_complete(pre + digits(rng, n - len(pre) - 1))


def v_card(rng, style=None):
    c = card_number(rng)
    r = rng.random() if style is None else style
    if r < 0.58:
        return c, "card:plain"
    if r < 0.8:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "card:space4"
    if r < 0.9:
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4)), "card:dash4"
    if r < 0.95:
        return c[:6] + " " + c[6:], "card:6+rest"
    return c.translate(FW), "card:fullwidth"


def v_card_spaced(rng):
    return v_card(rng, 0.7)


def v_card_dashed(rng):
    return v_card(rng, 0.85)


def v_card_masked(rng):
    c = card_number(rng)
    r = rng.random()
    if r < 0.4:
        return c[:4] + " **** **** " + c[-4:], "card:masked-spaced"
    if r < 0.75:
        return c[:6] + "*" * (len(c) - 10) + c[-4:], "card:masked-6-4"
    return c[:4] + "****" + c[-4:], "card:masked-4-4"


def v_acc(rng):
    n = rng.choice([12, 13, 15, 17, 20, 21, 22])
    a = rng.choice("123456789") + digits(rng, n - 1)
    r = rng.random()
    if r < 0.75:
        return a, "acct:bank-%d" % n
    return " ".join(a[i:i + 4] for i in range(0, len(a), 4)), "acct:bank-spaced-%d" % n


def v_email(rng, masked=False):
    u = rng.choice(PY_SUR).lower() + rng.choice(PY_GIV) + rng.choice(["", digits(rng, 2), digits(rng, 4), "_" + digits(rng, 3)])
    if rng.random() < 0.2:
        u = rng.choice("123456789") + digits(rng, rng.choice([7, 8, 9]))
        dom = "qq.com"
    else:
        dom = rng.choice(EMAIL_DOM)
    if masked:
        return u[:3] + "***@" + dom, "email:masked"
    return u + "@" + dom, "email:plain"


def v_email_plain(rng):
    return v_email(rng)


def v_ali(rng):
    r = rng.random()
    if r < 0.35:
        m = phone_mobile(rng)
        return m, "ali:phone"
    if r < 0.6:
        m = phone_mobile(rng)
        return m[:3] + "****" + m[7:], "ali:phone-masked"
    if r < 0.85:
        return v_email(rng)[0], "ali:email"
    return v_email(rng, masked=True)[0], "ali:email-masked"


def v_wx(rng):
    r = rng.random()
    if r < 0.35:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), "wx:wxid"
    if r < 0.7:
        return rng.choice(PY_SUR).lower() + rng.choice(PY_GIV) + str(rng.randint(1975, 2005)), "wx:pinyin+year"
    return rng.choice(["money", "lucky", "sunny", "happy", "xiaoyu", "ahao"]) + "_" + rng.choice(PY_GIV) + digits(rng, 3), "wx:word+digits"


def v_qq(rng):
    return rng.choice("123456789") + digits(rng, rng.choice([7, 8, 9, 9])), "qq"


def v_addr(rng):
    city = rng.choice(list(PROVINCES.keys()) + CITIES[14:20])
    prov = PROVINCES.get(city, "")
    dist = rng.choice(DISTRICTS) + "区"
    r = rng.random()
    c = city + ("市" if city not in ("北京", "上海", "天津", "重庆") or True else "")
    if r < 0.35:
        return prov + c + dist + rng.choice(ROADS) + str(rng.randint(1, 999)) + "号" + rng.choice(ESTATES) + \
            str(rng.randint(1, 30)) + "栋" + str(rng.randint(1, 6)) + "单元" + str(rng.randint(1, 33)) + "0" + str(rng.randint(1, 4)) + "室", "addr:full"
    if r < 0.55:
        return c + dist + rng.choice(ESTATES) + str(rng.randint(1, 30)) + "号楼" + str(rng.randint(1, 6)) + "单元" + str(rng.randint(101, 2804)), "addr:estate"
    if r < 0.7:
        return c + dist + rng.choice(ROADS) + str(rng.randint(1, 999)) + "号" + str(rng.randint(1, 30)) + "-" + str(rng.randint(101, 2804)), "addr:dash-room"
    if r < 0.8:
        return rng.choice(["河南省", "湖南省", "四川省", "安徽省"]) + rng.choice(["周口市", "邵阳市", "南充市", "阜阳市"]) + \
            rng.choice(["太康县", "隆回县", "营山县", "临泉县"]) + rng.choice(["城关镇", "老庙镇", "杨集镇"]) + rng.choice(["李庄村", "王营村", "新河村"]) + str(rng.randint(1, 12)) + "组" + str(rng.randint(1, 60)) + "号", "addr:village"
    if r < 0.9:
        return "上海市" + rng.choice(["徐汇区", "浦东新区", "静安区"]) + rng.choice(ROADS) + str(rng.randint(1, 999)) + "弄" + str(rng.randint(1, 40)) + "号" + str(rng.randint(101, 1804)) + "室", "addr:shanghai"
    return c + " " + dist + " " + rng.choice(ROADS) + str(rng.randint(1, 999)) + "号 " + rng.choice(ESTATES) + " " + str(rng.randint(1, 30)) + "栋" + str(rng.randint(101, 2804)), "addr:spaced"


def v_plate(rng):
    p = rng.choice(PLATE_PRE)
    tail = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)) + rng.choice("0123456789")
    if rng.random() < 0.2:
        tail = rng.choice("DF") + digits(rng, 5)
    sep = rng.choice(["", "·", " ", ""])
    return p + sep + tail, "plate"


def v_ord(rng):
    r = rng.random()
    if r < 0.3:
        return "2026" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + "2200" + digits(rng, 20), "acct:alipay-trade-32"
    if r < 0.55:
        return "4200" + digits(rng, 6) + "2026" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + digits(rng, 10), "acct:wechat-trade-28"
    if r < 0.7:
        return "1000050" + digits(rng, 3) + "2026" + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + digits(rng, 12), "acct:wechat-transfer"
    if r < 0.85:
        return rng.choice(["T", "M", "P"]) + "2026" + digits(rng, 14), "acct:merchant-order"
    return rng.choice(["B", "HZ", "FT"]) + digits(rng, 16), "acct:bank-ref"


def v_con(rng):
    r = rng.random()
    if r < 0.3:
        return "JK" + "2026" + digits(rng, 9), "acct:contract-JK"
    if r < 0.55:
        return "HT-2026-" + digits(rng, 4) + "-" + digits(rng, 4), "acct:contract-HT"
    if r < 0.75:
        return "DK" + digits(rng, 14), "acct:contract-DK"
    return "JJ" + digits(rng, 12), "acct:loan-note-JJ"


def v_setno(rng):
    return "JQ" + "2026" + digits(rng, 8), "acct:settlement-no"


def v_emp(rng):
    return (rng.choice(["E", "GH", ""]) + digits(rng, rng.choice([5, 6, 7]))), "acct:employee-no"


def v_util(rng):
    return rng.choice(["0", "1", "3", "5"]) + digits(rng, rng.choice([9, 10, 11])), "acct:utility-no"


def v_hkph(rng):
    m = rng.choice("5679") + digits(rng, 7)
    return (rng.choice(["", "+852 "]) + m[:4] + " " + m[4:]), "phone:hk"


def v_hkacc(rng):
    return rng.choice(["004", "012", "024", "003", "015"]) + "-" + digits(rng, 6) + "-" + digits(rng, 3), "acct:hk-account"


def v_fps(rng):
    return str(rng.randint(1, 9)) + digits(rng, rng.choice([6, 8])), "acct:fps-id"


def v_twacc(rng):
    return "(" + rng.choice(["822", "808", "013", "700", "004"]) + ")" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4), "acct:tw-account"


def v_twid(rng):
    return tw_id(rng), "id:tw"


def v_hkid(rng):
    L = rng.choice("ACDEGHKPRYZ")
    d = digits(rng, 6)
    return L + d + "(" + hk_check(L, d) + ")", "id:hk"


PERSONAL = {
    "A": ("name", name_mixed), "B": ("name", name_mixed), "C": ("name", name_mixed),
    "FS": ("name", name_func), "QN": ("name", name_qian), "MK": ("name", name_masked), "W": ("name", name_word),
    "PY": ("name", name_pinyin), "TR": ("name", name_trad),
    "CARD": ("bank_card", v_card), "CARDS": ("bank_card", v_card_spaced), "CARDD": ("bank_card", v_card_dashed),
    "CARDM": ("bank_card", v_card_masked), "ACC": ("account", v_acc), "ALI": (None, v_ali),
    "ID": ("id_number", v_id), "IDS": ("id_number", v_id_spaced), "IDM": ("id_number", v_id_masked),
    "PH": ("phone", v_phone), "PHS": ("phone", v_phone_spaced), "EM": ("email", v_email_plain), "WX": ("wechat", v_wx),
    "QQ": ("qq", v_qq), "ADDR": ("address", v_addr), "PLATE": ("plate", v_plate), "ORD": ("account", v_ord),
    "CON": ("account", v_con), "SETNO": ("account", v_setno), "EMP": ("account", v_emp), "UTIL": ("account", v_util),
    "HKPH": ("phone", v_hkph), "HKACC": ("account", v_hkacc), "FPS": ("account", v_fps), "TWACC": ("account", v_twacc),
    "TWID": ("id_number", v_twid), "HKID": ("id_number", v_hkid),
}


def amt(rng):
    r = rng.random()
    v = rng.choice([rng.randint(1, 99) * 100, rng.randint(100, 50000), rng.randint(1, 9) * 1000, rng.randint(10, 999)])
    cents = rng.choice(["00", "00", "50", "%02d" % rng.randint(1, 99)])
    if r < 0.45:
        return "%d.%s" % (v, cents)
    if r < 0.7:
        return "{:,}.{}".format(v, cents)
    return str(v)


def date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["2026-%02d-%02d" % (m, d), "%d月%d日" % (m, d), "2026/%02d/%02d" % (m, d), "2026年%d月%d日" % (m, d), "%02d-%02d" % (m, d)])


def branch(rng):
    return rng.choice(BANKS) + rng.choice(CITIES) + rng.choice(["", "", rng.choice(DISTRICTS)]) + rng.choice(["支行", "分行", "支行营业部"])


def company(rng):
    return rng.choice(CITIES) + rng.choice(CO_WORDS) + rng.choice(CO_TYPES)


FILLERS = {
    "BANK": lambda r: r.choice(BANKS),
    "BR": branch,
    "AMT": amt,
    "AMTD": lambda r: r.choice(DAXIE),
    "BAL": amt,
    "FEE": lambda r: r.choice(["0.00", "2.00", "5.00", "0.50", "10.00"]),
    "DATE": date,
    "TIME": lambda r: "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
    "TAIL": lambda r: digits(r, 4),
    "MER": lambda r: r.choice(MERCHANTS),
    "PLAT": lambda r: r.choice(PLATS),
    "CO": company,
    "COACC": lambda r: r.choice(["1202", "3100", "4400", "6222"]) + digits(r, 15),
    "SUM": lambda r: r.choice(SUMMARIES),
    "HOT": lambda r: r.choice(HOTLINES),
    "N": lambda r: str(r.choice([6, 12, 18, 24, 36])),
    "DAY": lambda r: str(r.randint(1, 28)),
    "MON": lambda r: str(r.randint(1, 12)),
    "EBANK": lambda r: r.choice(EBANKS),
    "SW": lambda r: r.choice(SWIFTS),
    "COEN": lambda r: r.choice(CO_EN),
    "HKBANK": lambda r: r.choice(HK_BANKS),
    "TWBANK": lambda r: r.choice(TW_BANKS),
    "SURN": lambda r: r.choice(COMMON_SUR + FUNC_MAIN),
    "TTL": lambda r: r.choice(TITLES),
}

# ----------------------------------------------------------------- templates
T = {}
T["banksms"] = [
    "【{BANK}】您尾号{TAIL}的账户{DATE} {TIME}转入人民币{AMT}元，对方户名{A}，对方账号{CARD}，摘要：转账，余额{BAL}元。",
    "【{BANK}】您账户{TAIL}于{DATE}{TIME}支出{AMT}元，对方户名：{A}，对方账号：{CARDM}，摘要：网银转账。余额{BAL}",
    "{BANK}交易提醒：{DATE} {TIME} 跨行汇款{AMT}元 收款人{A} 账号{ACC} 手续费{FEE}元",
    "您尾号{TAIL}卡{DATE}{TIME}他行转入{AMT}元，付款人{A}{CARD}，摘要：还款。【{BANK}】",
    "【{BANK}】{A}，您尾号{TAIL}的借记卡{DATE}代扣{AMT}元，用途：{PLAT}还款，余额{BAL}元。",
    "对方户名 {A}\n对方账号 {ACC}\n对方行 {BR}\n交易金额 -{AMT}\n摘要 转账汇款\n余额 {BAL}",
    "{BANK}动账通知：入账{AMT}元，来自{A}（{CARDM}），附言：还{B}的钱",
    "交易明细\n{DATE} 转支 {AMT} 对方户名{A} 对方账号{CARD}\n{DATE} 转存 {BAL} 对方户名{B} 对方账号{ACC}",
    "【{BANK}】尊敬的{A}客户：您的信用卡{DATE}还款{AMT}元已入账，当前剩余应还{BAL}元。",
    "{BANK}：您尾号{TAIL}账户收到{A}转账{AMT}元，余额{BAL}元，如有疑问请拨打{HOT}。",
    "{DATE} {TIME} 交易金额:{AMT} 对方户名:{A} 对方账号:{CARDS} 交易渠道:手机银行 摘要:{SUM}",
    "您向{A}尾号{TAIL}的账户转账{AMT}元已成功。{BANK}",
]
T["receipt"] = [
    "转账成功\n收款人：{A}\n收款账户：{CARD}\n开户行：{BR}\n转账金额：¥{AMT}\n付款人：{B}",
    "转账成功 ¥{AMT} 收款人{A} {CARDS} {BANK}",
    "汇款回单\n付款人户名：{A}\n付款账号：{CARD}\n收款人户名：{B}\n收款账号：{ACC}\n收款行：{BR}\n金额：{AMT}\n用途：还款",
    "电子回单 交易流水号{ORD} 付款方{A} 收款方{CO} 金额{AMT}元 附言：{B}借款",
    "手机银行转账凭证：收款人姓名{A}，卡号{CARDD}，收款银行{BANK}，金额人民币{AMT}元，交易时间{DATE} {TIME}，付款人{B}（{CARDM}）",
    "转账给{A} ¥{AMT}\n{BANK}储蓄卡({TAIL})\n{DATE} {TIME}\n转账说明：还款",
    "收款人{A}{CARD}\n金额{AMT}\n手续费0.00",
    "已转账至{A}的{BANK}账户（{CARDS}），请注意查收。转账单号：{ORD}",
    "跨行转账已受理\n收款户名:{A}\n收款卡号:{CARD}\n收款行:{BR}\n付款户名:{B}\n预计{DATE}到账",
    "{DATE} 向{A}转账{AMT}元 {BANK}回单编号{ORD}",
    "网银转账回执 收款人名称 {A} 收款人账号 {ACC} 收款人开户行 {BR} 金额 {AMT} 状态：交易成功",
    "转账信息：户名{A} 账号{CARD} 开户行{BR} 金额{AMT}元 备注{B}还款",
]
T["alipay"] = [
    "账单详情\n交易对方：{A}（{ALI}）\n金额：-{AMT}\n转账备注：还{B}的钱\n订单号：{ORD}",
    "转账-{A}\n-{AMT}\n交易成功\n付款方式：余额宝\n转账备注：{PLAT}还款\n创建时间：{DATE} {TIME}\n订单号：{ORD}",
    "交易对方{A} 支付宝账号{ALI} 金额{AMT} 商户单号{ORD}",
    "微信支付 转账给{A}\n¥{AMT}\n转账时间 {DATE} {TIME}\n转账单号 {ORD}",
    "零钱明细：{DATE} 转账-来自{A} +{AMT} 余额{BAL}",
    "收款方：{A}\n收款账户：{ALI}\n付款金额：{AMT}元\n备注：借{B}的钱先还一部分",
    "支付宝转账到银行卡 {A} {BANK}({TAIL}) ¥{AMT} 交易号{ORD}",
    "账单：{MER} -{AMT}；转账-{A} -{BAL}；收款-{B} +{FEE}",
    "交易对方 {A}\n对方账户 {ALI}\n转账备注 还{B}{AMT}",
    "微信转账 {A}向你转账¥{AMT} 交易单号{ORD} 收款时间{DATE}",
    "我支付宝{ALI}昨天给{A}转了{AMT}，备注写的还{PLAT}欠款",
    "花呗还款 -{AMT}\n{DATE}\n交易对方：{CO}\n转账-{A} -{BAL}",
]
T["settle"] = [
    "结清证明\n借款人{A}（身份证号：{ID}）于{DATE}在我司申请的借款（合同编号：{CON}）已全部结清。\n{PLAT}",
    "结清证明：兹证明{A}，身份证{ID}，合同号{CON}，本息合计{AMT}元已于{DATE}结清，特此证明。",
    "还款计划表 借款人：{A} 合同编号：{CON} 第1期 {DATE} 应还{AMT} 第2期 应还{BAL} 还款账户：{CARD}",
    "协商还款确认：客户{A}，证件号{IDM}，分{N}期还款，每期{AMT}元，请于每月{DAY}日前存入尾号{TAIL}账户。",
    "{A}您好，您在{PLAT}的借款{CON}已结清，结清金额{AMT}元，结清证明将发送至{EM}。",
    "减免申请审批结果：借款人{A}，身份证号码{IDS}，减免金额{AMT}元，需一次性还款{BAL}元至对公账户。",
    "结清证明编号{SETNO}\n客户姓名：{A}\n证件号码：{ID}\n借据号：{CON}\n结清日期：{DATE}",
    "{PLAT}还款计划：{A}，还款卡{CARDM}，剩余本金{AMT}元，下期还款日{DATE}",
    "分期协议：乙方{A}（{ID}）同意按月还款{AMT}元，还款至{BANK}账户{CARD}，户名{B}",
    "{A}的结清证明已开具，合同{CON}，联系电话{PH}",
]
T["contract"] = [
    "借款合同\n甲方（出借人）：{A}\n身份证号：{ID}\n乙方（借款人）：{B}\n身份证号：{IDS}\n住址：{ADDR}",
    "出借人{A} 借款人{B} 担保人{C}\n借款金额：人民币{AMTD}（¥{AMT}）",
    "借款合同（合同编号：{CON}）\n甲方：{CO}\n乙方：{A}\n联系电话：{PH}\n通讯地址：{ADDR}",
    "保证人{A}，身份证号码{ID}，住{ADDR}，自愿为借款人{B}提供连带责任保证。",
    "乙方收款账户：户名{A} 账号{CARD} 开户行{BR}",
    "甲方：{A}  乙方：{B}  丙方（担保人）：{C}  签订日期：{DATE}",
    "借款人（签字）：{A}\n身份证号码：{IDS}\n手机号码：{PHS}\n电子邮箱：{EM}",
    "抵押车辆：车牌号{PLATE}，所有人{A}，抵押给出借人{B}",
    "合同第三条 甲方应将借款{AMT}元转入乙方{A}名下{BANK}账户（卡号{CARDS}）",
    "担保人{A}{PH}\n担保人{B}{PHS}",
]
T["iou"] = [
    "借条\n今借到{A}人民币{AMTD}（¥{AMT}），于{DATE}前归还。\n借款人：{B}\n身份证号：{ID}",
    "今借到{A}现金{AMT}元整，借款人{B}",
    "欠条 今欠{A}货款{AMT}元，欠款人{B}{ID}",
    "收条：今收到{A}归还借款{AMT}元，收款人{B}，{DATE}",
    "借条内容：本人{A}因资金周转向{B}借款{AMT}元，月息1分，{DATE}前还清。电话{PH}",
    "借款人{A}已通过{BANK}转账{AMT}元给出借人{B}（{CARD}）",
    "今借到\n{A}\n人民币{AMT}元",
    "欠条：欠款人{A}，身份证{IDS}，住址{ADDR}，欠{B}{AMT}元",
]
T["chat"] = [
    "{A}向你转账¥{AMT}",
    "[转账]{A} ¥{AMT} 已收款",
    "[转账]你已收款 ¥{AMT}\n{A}：先还这么多",
    "[红包]{A}：大吉大利，新年快乐",
    "我昨天转给{A}{AMT}了，截图你看",
    "{A}说钱已经打到你{BANK}卡{CARD}上了",
    "转账已被{A}领取",
    "{A}发起了一笔转账，请在24小时内确认收款",
    "钱我还给{A}了，你去问{B}",
    "你把钱转到我微信{WX}，别转给{A}",
    "还给{A}{AMT}元，剩下的月底给",
    "{A}已退还你的转账¥{AMT}",
]
T["demand"] = [
    "【{PLAT}】{A}您好，您的欠款{AMT}元已逾期，请立即还款至{BANK}账户{CARD}，户名{B}，逾期将上报征信。",
    "通知：请{A}于今日18点前将{AMT}元转至对公账户{COACC}（{CO}，开户行{BR}），否则移交法务。",
    "催收员{A}：你的款今天必须处理，打到{B}的卡{CARDS}上，备注你的身份证号后四位",
    "{A}，限你今天还清{AMT}，支付宝{ALI}，收款人{B}",
    "{CO}受{PLAT}委托，通知{A}（{IDM}）将欠款{AMT}元汇入指定账户，联系人{B}{PH}",
    "还款账户：{BANK} {CARD} 户名：{A} 还款后截图发我微信{WX}",
    "请{A}把钱打到这个账号{ACC}，户名{B}，打完通知我",
    "{A}的欠款由我司{CO}承接，还款请转{BR}，账号{COACC}",
    "最后通知：{A}欠款{AMT}元，请联系专员{B}，电话{PHS}，QQ{QQ}",
    "转账备注写：{A}还款 {PH}",
]
T["payroll"] = [
    "工资条 姓名：{A} 工号：{EMP} 应发工资{AMT} 实发{BAL} 发放账户{CARDM}",
    "{CO}{MON}月工资明细\n姓名 {A}\n基本工资 {AMT}\n绩效 {BAL}\n个税 {FEE}",
    "【{BANK}】您尾号{TAIL}账户{DATE}代发工资入账{AMT}元，付方{CO}，收款人{A}",
    "工资卡号{CARD} 持卡人{A} 公积金账号{ACC}",
    "代发工资名单：{A} {CARD} {AMT}；{B} {CARDS} {BAL}",
    "{A}本月工资被{BANK}扣划{AMT}元还信用卡",
    "姓名{A}部门财务部工号{EMP}实发工资{AMT}",
]
T["rent"] = [
    "房租收据：今收到租客{A}{MON}月房租{AMT}元，收款人{B}，房屋地址{ADDR}",
    "电费缴费成功：户号{UTIL}，户名{A}，地址{ADDR}，金额{AMT}元",
    "{ADDR}业主{A}已缴纳物业费{AMT}元",
    "燃气费缴费记录 用户号{UTIL} 用户名{A} 缴费{AMT}元 {DATE}",
    "房东{A}，收款账户{CARD}，房租{AMT}元/月，押一付三",
    "水费账单：户名{A} 户号{UTIL} 本期应缴{AMT}元 欠费{BAL}元",
    "租赁合同 出租方{A} 承租方{B} 租金{AMT}元/月 房屋位于{ADDR}",
    "转账-房租-{A} -{AMT}",
]
T["ocr"] = [
    "交易对方|{A}|\n金额 -{AMT}\n订单号 {ORD}",
    "收款人 {A} 收款账户 {CARDS} ~ 开户行 {BR} |",
    "转账成功 ¥{AMT} ，。收款人:{A}。\n卡号｜{CARD}",
    "付款人{A}付款账号{CARD}收款人{B}",
    "对方户名;{A} 对方账号;{ACC}",
    "[图片文字] 交易对方 {A} ... 商户单号 {ORD} 转账备注 还款",
    "借款人签字：{A} ___ 身份证号 {ID} __",
    "…户名：{A}…账号：{CARD}…金额：{AMT}…",
]
T["eng"] = [
    "Transfer Confirmation\nBeneficiary Name: {PY}\nAccount No.: {CARD}\nBank: {EBANK}\nSWIFT: {SW}\nAmount: USD {AMT}",
    "Payment to {PY} of CNY {AMT} was successful. Ref: {ORD}",
    "Remitter: {PY}  Beneficiary: {PY2}  A/C {ACC}  SWIFT/BIC {SW}",
    "Dear {PY}, your repayment of RMB {AMT} has been received. Loan No. {CON}.",
    "Beneficiary account name {PY}, account number {ACC}, beneficiary bank {EBANK}, email {EM}",
    "You sent HKD {AMT} to {PY} via FPS. Transaction ID {ORD}",
    "Payer: {PY} | Payee: {COEN} | Amount: {AMT} | Status: Completed",
    "Received {AMT} from {PY} ({EM})",
]
T["trad"] = [
    "【{HKBANK}】轉數快FPS：你已成功轉賬HKD{AMT}至{TR}（{HKPH}），參考編號{ORD}。",
    "收款人名稱：{TR}\n戶口號碼：{HKACC}\n銀行：{HKBANK}",
    "{TR}已透過轉數快向你轉賬HKD {AMT}，FPS識別碼{FPS}",
    "【{TWBANK}】您帳戶{DATE}轉入NT${AMT}，轉出帳號{TWACC}，戶名{TR}",
    "借據：{TR}向{TR2}借款新台幣{AMT}元，身分證字號{TWID}",
    "匯款人{TR} 收款人{TR2} 帳號{TWACC} 金額NT${AMT}",
    "還款通知：{TR}先生/女士，閣下欠款HKD{AMT}，請存入{HKBANK}戶口{HKACC}，查詢{HKPH}",
    "{TR}，身份證號碼{HKID}，已於{DATE}清還全部欠款。",
]
T["glued"] = [
    "收款人{A}{CARDS}金额{AMT}",
    "{AMT}元{A}",
    "{AMT}元{A}转来的",
    "户名{A}账号{ACC}",
    "{CARD}{A}",
    "转账给{A}{AMT}元",
    "还给{A}{AMT}",
    "付款人{A}{PH}",
    "对方户名{A}{CARDM}",
    "{A}{AMT}元{B}{BAL}元{C}{FEE}元",
    "交易对方{A}转账备注还{B}",
    "{ID}{A}{AMT}",
]
T["masked"] = [
    "对方户名：{MK} 对方账号：{CARDM}",
    "交易对方 {MK}（{ALI}）",
    "转账给{MK} ¥{AMT}",
    "收款人{MK}\n收款账户{BANK}({TAIL})",
    "你已收到{MK}的转账{AMT}元",
    "付款方{MK} 付款账号{CARDM} 金额{AMT}",
    "[转账]{MK}",
    "实名认证：{MK} 身份证{IDM}",
]
T["word"] = [
    "对方户名{W} 对方账号{CARD}",
    "转账给{W}{AMT}元",
    "收款人：{W}\n开户行：{BR}",
    "{W}向你转账¥{AMT}",
    "借款人{W}，身份证号{ID}",
    "交易对方{W}，转账备注：还{W2}的钱",
    "今借到{W}人民币{AMT}元",
    "出借人{W}  借款人{A}",
]
T["funcsur"] = [
    "转账给{QN}{AMT}元，钱款已到账",
    "{QN}的钱我已经还了{AMT}",
    "对方户名{FS} 余额{BAL}元",
    "我和{FS}一起去银行转的账",
    "钱已经转给{QN}了，转账记录在这",
    "借款人{FS}于{DATE}向出借人{FS2}借款{AMT}元",
    "收款人{FS}，开户行{BR}，金额{AMT}万元",
    "还{QN}{AMT}元，还欠{QN2}的钱{BAL}元",
    "向{FS}转账{AMT}元",
    "{FS}向你转账¥{AMT}",
]
T["data"] = [
    "收款账户{CARD}，开户行{BR}",
    "支付宝账号{ALI}，转账后截图",
    "对方账号：{ACC} 余额：{BAL}",
    "订单号{ORD}，退款{AMT}元已原路退回",
    "身份证号{ID}，银行卡{CARDS}，预留手机{PH}",
    "我的微信号{WX}，加我转账",
    "QQ号{QQ}，钱转我QQ钱包",
    "还款卡号{CARDD}，预留手机号{PHS}",
    "合同编号{CON}，借据号{CON2}",
    "邮箱{EM}，请将结清证明发送至此邮箱",
    "抵押车牌{PLATE}，还清后解押",
    "住址{ADDR}，邮寄结清证明",
]
T["bare"] = [
    "【{BANK}】您尾号{TAIL}的账户{DATE}{TIME}支出{AMT}元，余额{BAL}元。",
    "收款方：{CO}\n开户行：{BR}\n金额：{AMT}元",
    "{BANK}客服热线{HOT}，{BR}营业时间9:00-17:00",
    "转账给{CO}{AMT}元，用途：{PLAT}还款",
    "{SURN}{TTL}说{MON}月工资{DATE}发",
    "SWIFT代码{SW}，{EBANK}",
]

NONE_TEXTS = [
    "余额不足，自动还款失败，请及时存入",
    "钱款已经原路退回，请注意查收",
    "于是我又转了一笔，手续费两块",
    "和解协议上写的是分期还款",
    "平安银行的信用卡也来催了",
    "招商银行说可以申请停息挂账",
    "这笔钱是花呗分期的，不是借的",
    "白条逾期三天就打电话了",
    "马上到账，请勿重复转账",
    "如意算盘打得好，利息比本金还高",
    "富贵花开那个理财产品是骗局吗",
    "招财猫摆件也算消费贷买的",
    "海燕牌电风扇分期还没还完",
    "金花茶叶店的收款码别扫",
    "万元以上转账要柜台办理",
    "向您确认一下还款金额",
    "高额利息能不能不还",
    "黄金回收的钱用来还网贷了",
    "钱包里只剩几十块了",
    "安全起见不要把验证码告诉任何人",
    "网银转账显示处理中",
    "快捷支付被冻结了怎么办",
    "结清证明什么时候能开出来",
    "摘要写的是代扣，不是我本人操作",
    "跨行转账两小时内到账",
    "对方账户是对公账户吗",
    "这个收款码是个人的还是商户的",
    "转账备注能不能改",
    "工资一到账就被扣走了",
    "房租和水电费都是微信付的",
    "支付宝账单可以导出来当证据",
    "银行流水打印要带身份证去柜台",
    "交易明细里看不到对方户名",
    "那笔钱退款了还是没退",
    "还款日是每月十五号",
    "上个月多扣了一期",
    "红包不算还款吧",
    "已还清，求开结清证明",
    "利息和违约金加起来比本金高",
    "催收让我转到个人账户，正常吗",
    "转账记录都截图保存了",
    "转数快入账即时到帐",
    "帳戶餘額不足，扣款失敗",
    "Your payment has been received. Thank you.",
    "The transfer is being processed.",
    "万事如意，钱款两清",
    "富贵险中求不适合借网贷",
    "和平支行营业到五点",
    "金额不对，请重新核对",
    "于今日起暂停自动扣款",
]

# ----------------------------------------------------------------- dedupe helpers

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return re.sub(r"\d+", "0", "".join(out))


def load_other(dirpath):
    texts, lines = [], []
    if not dirpath:
        return texts, lines, 0
    nfiles = 0
    for fn in sorted(os.listdir(dirpath)):
        if fn.startswith("scrub_tune42"):
            continue
        p = os.path.join(dirpath, fn)
        if re.match(r"^(scrub|sms)_.*\.jsonl$", fn):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.strip()
                    if not ln:
                        continue
                    try:
                        o = json.loads(ln)
                    except Exception:
                        continue
                    if isinstance(o, dict) and isinstance(o.get("text"), str):
                        texts.append(o["text"])
        elif re.match(r"^scrub_.*preserve.*\.txt$", fn):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.rstrip("\n")
                    if ln:
                        lines.append(ln)
    return texts, lines, nfiles

# ----------------------------------------------------------------- preserve list

SURNAME_WORDS = ["钱款", "金额", "万元", "于是", "和解", "向您", "高额", "白条", "花呗", "钱包", "马上", "黄金", "安全",
                 "余额", "余款", "付款", "付清", "江湖", "连续", "石油", "路费", "常规", "时间", "文件", "方便", "易于",
                 "从而", "向来", "于今日", "和约", "万一", "钱财", "金融", "金条", "白银", "马上金融", "黄金周", "安心",
                 "高利贷", "高息", "方式", "文明", "时效", "常用", "石家庄", "路由", "江苏", "连带", "付息", "余数",
                 "钱数", "金库", "万能", "于此", "和睦", "向下", "高峰", "方案", "文本", "时限", "常年", "白名单",
                 "马甲", "黄牛", "安排", "宋体", "周转", "周末", "张贴", "李子", "杨柳", "陈述", "孙子", "胡同",
                 "朱红", "林业", "何时", "郑重", "谢谢", "韩国", "唐朝", "冯氏", "董事", "程序", "曹操", "袁大头",
                 "邓小平", "许可", "沈阳", "曾经", "彭湃", "吕梁", "苏州", "卢布", "蒋介石", "蔡伦", "贾庆", "丁克",
                 "魏晋", "薛定谔", "叶子", "潘家园", "杜绝", "戴罪", "夏季", "钟表", "汪洋", "田地", "任务", "姜汤",
                 "范围", "姚明", "谭腿", "廖廓", "邹城", "熊市", "陆续", "孔子", "崔巍", "康复", "邱陵", "秦朝",
                 "史料", "顾客", "侯门", "邵阳", "孟加拉", "龙头", "段落", "雷同", "汤圆", "尹湛", "黎民", "乔迁",
                 "贺卡", "赖账", "龚自珍"]
WORDNAME_USES = ["富贵花开", "如意算盘", "招财猫", "招财进宝", "荣华富贵", "万事如意", "吉祥如意", "称心如意", "海燕牌",
                 "金花茶", "金花葵", "来福士广场", "春花秋月", "建军节", "发财树", "恭喜发财", "金宝街", "银花纸",
                 "秀英区", "海燕出版社", "如意金箍棒", "招财进宝存单", "富贵竹", "大富大贵", "金花路支行", "发财致富",
                 "如意分期", "招财宝", "海燕号", "春花时节"]
PAY_TERMS = ["余额", "可用余额", "账户余额", "转账", "转账成功", "转账失败", "还款", "提前还款", "结清", "已结清", "结清证明",
             "摘要", "网银", "网银转账", "快捷支付", "手续费", "免手续费", "对方户名", "对方账号", "对方行", "开户行", "收款人",
             "付款人", "收款账户", "付款账户", "交易对方", "商户单号", "订单号", "交易单号", "转账单号", "转账备注", "交易流水号",
             "交易明细", "交易提醒", "动账通知", "入账", "出账", "支出", "收入", "转入", "转出", "跨行汇款", "实时到账",
             "普通到账", "次日到账", "储蓄卡", "借记卡", "信用卡", "贷记卡", "对公账户", "个人账户", "一类账户", "二类账户",
             "电子回单", "回单编号", "汇款回单", "银行流水", "流水打印", "账单详情", "零钱明细", "零钱通", "余额宝", "花呗",
             "借呗", "白条", "微信支付", "支付宝", "云闪付", "收款码", "付款码", "红包", "转账记录", "已收款", "待收款",
             "退还转账", "确认收款", "借条", "欠条", "收条", "借款合同", "还款计划表", "协商还款", "分期还款", "减免申请",
             "本息合计", "剩余本金", "应还金额", "最低还款额", "账单日", "还款日", "宽限期", "逾期利息", "违约金", "罚息",
             "担保人", "保证人", "出借人", "借款人", "甲方", "乙方", "丙方", "连带责任保证", "工资条", "应发工资", "实发工资",
             "代发工资", "公积金", "个税", "绩效", "房租", "押一付三", "物业费", "水费", "电费", "燃气费", "缴费成功", "户号",
             "用户号", "Beneficiary Name", "Account No.", "SWIFT Code", "Transfer Confirmation", "Available Balance",
             "Remitter", "Payee", "Payer", "Transaction ID", "Reference No.", "Amount", "Status: Completed",
             "Beneficiary Bank", "Loan No.", "轉數快", "FPS識別碼", "戶口號碼", "轉賬", "結餘", "匯款", "帳戶", "帳號",
             "戶名", "存款", "還款通知", "收款人名稱", "參考編號", "新台幣", "港幣", "入賬", "扣帳", "轉帳成功"]
SENT_FRAMES = ["请核对{w}", "{w}已更新", "关于{w}的说明", "{w}以银行记录为准", "查询{w}", "温馨提示：{w}",
               "涉及{w}的问题", "{w}相关事项", "注意{w}", "{w}请以实际为准"]
TX_FRAMES = ["摘要：{s}", "交易类型：{s}", "摘要 {s}", "{s}交易", "{s}入账", "{s}已完成", "本次{s}成功"]


def build_preserve(rng, other_exact, other_norm):
    cands = []  # (cls, line)
    for b in BANKS:
        for c in CITIES:
            for suf in ["分行", "支行", "分行营业部"]:
                cands.append(("bank branch", b + c + suf))
            for _ in range(2):
                cands.append(("bank branch", b + c + rng.choice(DISTRICTS) + rng.choice(["支行", "支行营业室", "网点"])))
    depts = ["信用卡中心", "个人金融部", "手机银行", "网上银行", "客服中心", "零售信贷部", "消费者权益保护部", "储蓄卡",
             "借记卡", "信用卡", "快捷支付", "代发工资", "理财产品", "个人贷款部", "贷后管理部", "资产保全部", "法律事务部",
             "营业部", "自助银行", "电子银行部"]
    for b in BANKS + list(BANK_SHORT.values()):
        for d in depts:
            cands.append(("bank department", b + d))
    for w in PAY_TERMS:
        cands.append(("payment term", w))
        for fr in rng.sample(SENT_FRAMES, 3):
            cands.append(("payment term phrase", fr.format(w=w)))
    for w in SURNAME_WORDS:
        cands.append(("surname-character word", w))
        for fr in rng.sample(SENT_FRAMES, 4):
            cands.append(("surname-character phrase", fr.format(w=w)))
    for w in WORDNAME_USES:
        cands.append(("word-name in ordinary use", w))
        cands.append(("word-name in ordinary use", rng.choice(["这就是", "别打", "所谓", "俗话说"]) + w))
    for m in MERCHANTS:
        cands.append(("merchant", m))
        for fr in rng.sample(["{m}退款", "{m}消费", "{m}订单", "{m}扣款", "{m}自动续费", "支付给{m}"], 3):
            cands.append(("merchant phrase", fr.format(m=m)))
    for s in SUMMARIES:
        for fr in TX_FRAMES:
            cands.append(("transaction summary", fr.format(s=s)))
    for _ in range(500):
        cands.append(("company payee", company(rng)))
    for s in COMMON_SUR + FUNC_SUR:
        for t in rng.sample(TITLES, 6):
            cands.append(("bare surname + title", s + t))
    for p in PLATS:
        for fr in ["{p}还款", "{p}借款合同", "{p}结清证明", "{p}客服", "{p}还款计划", "{p}逾期"]:
            cands.append(("platform phrase", fr.format(p=p)))
    for b in HK_BANKS + TW_BANKS + EBANKS:
        cands.append(("HK/TW/English bank", b))
        cands.append(("HK/TW/English bank", b + rng.choice(["客戶服務", "網上銀行", "分行", " Online Banking", "熱線"])))
    for sw in SWIFTS:
        cands.append(("public code", "SWIFT " + sw))
    for h in HOTLINES:
        cands.append(("hotline", "客服热线" + h))
    for _ in range(300):
        cands.append(("amount/date/tail sentence", rng.choice([
            "您尾号{t}的储蓄卡{d}消费{a}元", "{d}还款{a}元", "本期应还{a}元", "可用余额{a}元", "手续费{f}元",
            "人民币{x}", "金额¥{a}", "{d}转入{a}元，余额{a2}元", "第{n}期应还{a}元", "剩余{n}期未还"]).format(
            t=digits(rng, 4), d=date(rng), a=amt(rng), a2=amt(rng), f=rng.choice(["2.00", "0.50", "5.00"]),
            x=rng.choice(DAXIE), n=rng.randint(1, 36))))
    # dedupe
    out, seen_norm = [], set()
    stats = {"candidates": len(cands), "drop_exact_other": 0, "drop_norm_other": 0, "drop_own": 0}
    cls_count = {}
    for cls, ln in cands:
        if ln in other_exact:
            stats["drop_exact_other"] += 1
            continue
        n = norm(ln)
        if n in other_norm:
            stats["drop_norm_other"] += 1
            continue
        if n in seen_norm or not n:
            stats["drop_own"] += 1
            continue
        seen_norm.add(n)
        out.append((cls, ln))
    rng.shuffle(out)
    capped, per = [], {}
    for cls, ln in out:
        per[cls] = per.get(cls, 0) + 1
        if per[cls] > CLASS_CAP.get(cls, 10 ** 9):
            continue
        capped.append((cls, ln))
    stats["capped"] = len(out) - len(capped) + max(0, len(capped) - PRESERVE_MAX)
    out = capped[:PRESERVE_MAX]
    for cls, _ in out:
        cls_count[cls] = cls_count.get(cls, 0) + 1
    stats["kept"] = len(out)
    stats["by_class"] = dict(sorted(cls_count.items(), key=lambda kv: (-kv[1], kv[0])))
    return [ln for _, ln in out], stats

# ----------------------------------------------------------------- records

KEY_RE = re.compile(r"\{([A-Z]+)(\d*)\}")


def fill(rng, tpl):
    parts, pos, cache = [], 0, {}
    text = ""
    spans = []
    for m in KEY_RE.finditer(tpl):
        text += tpl[pos:m.start()]
        key = m.group(1) + m.group(2)
        base = m.group(1)
        if key not in cache:
            if base in PERSONAL:
                kind, f = PERSONAL[base]
                v, style = f(rng)
                if kind is None:  # alipay: phone or email
                    kind = "email" if "@" in v else "phone"
                cache[key] = (v, kind, style)
            else:
                cache[key] = (FILLERS[base](rng), None, None)
        v, kind, style = cache[key]
        if kind:
            spans.append((len(text), len(text) + len(v), kind, v, style))
        text += v
        pos = m.end()
    text += tpl[pos:]
    return text, spans


def occurrences(text, v):
    out, i = [], text.find(v)
    while i >= 0:
        out.append(i)
        i = text.find(v, i + 1)
    return out


def main():
    other_texts, other_lines, nfiles = load_other(DEDUPE)
    other_exact = set(other_texts) | set(other_lines)
    other_norm = set(norm(t) for t in other_texts) | set(norm(t) for t in other_lines)
    other_pres_blob = "\n".join(other_lines)

    prng = random.Random(SEED + 1)
    preserve, pstats = build_preserve(prng, other_exact, other_norm)
    own_pres_blob = "\n".join(preserve)
    pres_set = set(preserve)

    rng = random.Random(SEED)
    log = {"dedupe_files": nfiles, "dedupe_texts": len(other_texts), "dedupe_lines": len(other_lines),
           "preserve": pstats}
    rej = {"exact_other": 0, "norm_other": 0, "own_repeat": 0, "span_check": 0, "substring_values": 0,
           "wordname_unlabelled": 0, "name_reused_or_in_prev_text": 0, "prev_name_in_text": 0,
           "name_in_own_preserve": 0, "name_in_other_preserve": 0, "value_in_preserve": 0, "text_is_preserve_line": 0}
    none_kept = []
    none_drop = 0
    for t in NONE_TEXTS:
        if t in other_exact or norm(t) in other_norm or t in pres_set:
            none_drop += 1
            continue
        if any(w in t for w in []):
            continue
        none_kept.append(t)
    log["none_scanned"] = len(NONE_TEXTS)
    log["none_dropped"] = none_drop

    tpl_list = []
    for s in T:
        for i, tpl in enumerate(T[s]):
            tpl_list.append((s, "%s-%02d" % (s, i + 1), tpl))
    n_tpl_records = N_RECORDS - len(none_kept)
    sched = []
    bare = [t for t in tpl_list if t[0] == "bare"]
    main_t = [t for t in tpl_list if t[0] != "bare"]
    sched.extend(bare)
    k = (n_tpl_records - len(bare)) // len(main_t)
    for t in main_t:
        sched.extend([t] * k)
    extra = n_tpl_records - len(sched)
    sched.extend(rng.sample(main_t, extra))
    items = [("tpl", t) for t in sched] + [("none", t) for t in none_kept]
    rng.shuffle(items)

    all_texts_blob = ""
    prev_names = []
    used_names = set()
    seen_texts = set()
    word_set = set(WORD_NAMES)
    records, groups = [], {}
    for idx, (typ, item) in enumerate(items):
        rid = "t42-%04d" % (idx + 1)
        if typ == "none":
            text, spans, setname, tid = item, [], "none", "none"
        else:
            setname, tid, tpl = item
            for attempt in range(200):
                text, spans = fill(rng, tpl)
                ok = True
                if text in other_exact:
                    rej["exact_other"] += 1; ok = False
                elif norm(text) in other_norm:
                    rej["norm_other"] += 1; ok = False
                elif text in seen_texts:
                    rej["own_repeat"] += 1; ok = False
                elif text in pres_set:
                    rej["text_is_preserve_line"] += 1; ok = False
                if ok:
                    vals = {}
                    for s_, e_, kind, v, st in spans:
                        vals.setdefault(v, []).append(s_)
                    for v, starts in vals.items():
                        if sorted(occurrences(text, v)) != sorted(set(starts)):
                            rej["span_check"] += 1; ok = False; break
                if ok:
                    dv = list(vals.keys())
                    for a in dv:
                        for b in dv:
                            if a != b and a in b:
                                ok = False
                    if not ok:
                        rej["substring_values"] += 1
                if ok:
                    nspans = [(s_, e_) for s_, e_, kind, v, st in spans if kind == "name"]
                    for w in WORD_NAMES:
                        for o in occurrences(text, w):
                            if not any(s_ <= o and o + len(w) <= e_ for s_, e_ in nspans):
                                ok = False
                    if not ok:
                        rej["wordname_unlabelled"] += 1
                if ok:
                    for s_, e_, kind, v, st in spans:
                        if kind != "name" or v in word_set:
                            continue
                        if v in used_names or v in all_texts_blob:
                            rej["name_reused_or_in_prev_text"] += 1; ok = False; break
                        if v in own_pres_blob or v.replace(" ", "") in own_pres_blob:
                            rej["name_in_own_preserve"] += 1; ok = False; break
                        if v in other_pres_blob:
                            rej["name_in_other_preserve"] += 1; ok = False; break
                        if any(w in v for w in WORD_NAMES) and not st.startswith("word"):
                            ok = False; break
                if ok:
                    for pn in prev_names:
                        if pn in text and pn not in [sp[3] for sp in spans]:
                            rej["prev_name_in_text"] += 1; ok = False; break
                if ok:
                    for s_, e_, kind, v, st in spans:
                        if kind == "name" and (v in word_set):
                            continue
                        if kind != "name" and v in own_pres_blob:
                            rej["value_in_preserve"] += 1; ok = False; break
                if ok:
                    break
            else:
                raise SystemExit("could not fill " + tid)
        seen_texts.add(text)
        all_texts_blob += "\n" + text
        pii, styles, seen_v = [], [], set()
        for s_, e_, kind, v, st in sorted(spans, key=lambda x: x[0]):
            if v in seen_v:
                continue
            seen_v.add(v)
            pii.append({"kind": kind, "value": v})
            styles.append(st)
            if kind == "name" and v not in word_set:
                prev_names.append(v)
                used_names.add(v)
        sender = None
        r = rng.random()
        if setname in ("banksms", "payroll") and r < 0.7:
            sender = rng.choice(list(BANK_HOT.values()) + ["106980095588", "1069055555"])
        elif setname in ("chat", "demand") and r < 0.45:
            sender = phone_mobile(rng)
        elif setname == "demand" and r < 0.7:
            sender = "1069" + digits(rng, 8)
        records.append({"id": rid, "text": text, "sender": sender, "pii": pii})
        groups[rid] = {"set": setname, "template": tid, "styles": styles}

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "scrub_tune42.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "scrub_tune42_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in preserve:
            f.write(ln + "\n")
    with open(os.path.join(OUT, "groups42.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, ensure_ascii=False, indent=0, sort_keys=True)
    kinds = {}
    for r in records:
        for p in r["pii"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    log["records"] = len(records)
    log["none_records"] = sum(1 for r in records if not r["pii"])
    log["templates"] = len(tpl_list)
    log["kinds"] = dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    log["rejected_draws"] = rej
    with open(os.path.join(OUT, "log42.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps({k: log[k] for k in ("records", "none_records", "templates", "kinds", "rejected_draws",
                                         "dedupe_files", "dedupe_texts", "dedupe_lines", "none_dropped")}, ensure_ascii=False))
    print(json.dumps({k: v for k, v in pstats.items() if k != "by_class"}))


if __name__ == "__main__":
    main()
