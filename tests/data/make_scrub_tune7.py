"""Scrubber tuning corpora, eighth writer: speech, dialect and rambling text.

Writes, next to this file:
  scrub_tune7.jsonl           about 700 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune7_preserve.txt    1,500+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3/4/5/6.md, the module
docstrings of make_scrub_tune5.py and make_scrub_tune6.py and `head -3` of
scrub_tune6.jsonl).  Templates, name lists and word lists are this writer's own.

Focus: voice-to-text transcriptions without punctuation and with numbers said
as Chinese words (幺三八 …), dialect (俺/咱/啥/嘞, Cantonese 佢/咗/嘅,
Sichuanese, Shanghainese), long rambling paragraphs with family trees, names
with a space or a dot between every character, names that are ordinary words,
OCR'd screenshots with hard line breaks, colloquial addresses, numbers read
out in groups, masked ID numbers, cards with the bank's name, WeChat/QQ/Alipay
ids in Chinese context.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune7.py
Standard library only.  One random.Random(SEED); never iterates over a set.
"""
import glob
import json
import os
import re
import random

SEED = 20270118
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune7.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune7_preserve.txt")
R = random.Random(SEED)

# ---------------------------------------------------------------- names
SURNAMES = ("王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴吴周周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤岳庞樊殷鲍柴")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "夏侯", "皇甫"]
MALE_GIVEN = ("建华 国强 志刚 建国 卫东 海涛 晓东 宏伟 俊杰 子豪 浩然 宇轩 明辉 永刚 春生 德福 金龙 文斌 志明 立新 红军 国平 家乐 "
              "天佑 博文 一鸣 嘉豪 思远 长青 满仓 铁柱 二虎 大勇 永福 学军 保国 新民 世杰 德胜 宝山 振宇 昊天 梓轩 泽宇 俊熙 "
              "军 伟 强 磊 勇 杰 涛 斌 超 刚 鹏 飞 波 亮 健 峰 辉 彬 坤 锋 翔 凯").split()
FEMALE_GIVEN = ("秀英 桂兰 丽华 玉梅 淑珍 晓燕 丽娟 红梅 春花 美玲 静怡 欣怡 雨萱 梓涵 佳琪 婷婷 秀珍 翠花 凤霞 慧敏 雪梅 晓丽 "
                "桂芳 玉兰 金凤 素芬 小红 艳红 海霞 冬梅 秋菊 雅琴 思琪 诗涵 梦瑶 可馨 晓雯 丹丹 "
                "芳 丽 娟 敏 静 艳 霞 婷 燕 玲 萍 红 洁 琳 莉 娜 倩 颖").split()
# Names that are also ordinary words.  Each is used once as a person's name and
# (deliberately) as an ordinary word in no-PII records and preserve lines.
WORD_NAMES = ("高峰 江山 方圆 夏天 白雪 海洋 宁静 田野 安然 向阳 林海 文明 黎明 白云 高原 华夏 常青 金星 钟声 冷静 "
              "方正 马力 杜鹃 雷霆 温暖 周全 高明 安康 明亮 任重 周到 金秋 白露 夏至 秦岭 江南 向前 万里 严肃 祝福 "
              "柳絮 凌云 龙腾 晨曦 石林 江河").split()
WORD_USES = {
    "高峰": ["早高峰", "高峰期"], "江山": ["江山易改本性难移"], "方圆": ["方圆十里"], "夏天": ["夏天到了"],
    "白雪": ["白雪公主"], "海洋": ["海洋馆"], "宁静": ["宁静的晚上"], "田野": ["田野里"], "安然": ["安然无恙"],
    "向阳": ["向阳的那间屋"], "林海": ["林海雪原"], "文明": ["文明催收"], "黎明": ["黎明前"], "白云": ["白云区"],
    "高原": ["高原反应"], "华夏": ["华夏银行"], "常青": ["四季常青"], "金星": ["金星路"], "钟声": ["新年的钟声"],
    "冷静": ["冷静一下"], "方正": ["方正字体"], "马力": ["开足马力"], "杜鹃": ["杜鹃花"], "雷霆": ["雷霆手段"],
    "温暖": ["温暖的家"], "周全": ["考虑周全"], "高明": ["手段高明"], "安康": ["出入安康"], "明亮": ["明亮的灯"],
    "任重": ["任重道远"], "周到": ["服务周到"], "金秋": ["金秋十月"], "白露": ["白露节气"], "夏至": ["夏至那天"],
    "秦岭": ["秦岭山脉"], "江南": ["江南水乡"], "向前": ["向前看"], "万里": ["万里长城"], "严肃": ["严肃处理"],
    "祝福": ["祝福短信"], "柳絮": ["柳絮飘"], "凌云": ["壮志凌云"], "龙腾": ["龙腾虎跃"],
    "晨曦": ["晨曦微露"], "石林": ["石林风景区"], "江河": ["江河湖海"],
}

# ---------------------------------------------------------------- numbers
CN = dict(zip("0123456789", "零一二三四五六七八九"))
MOBILE_PREFIX = ("130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 157 158 159 "
                 "166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199").split()
AREA_CODES = ["0371", "0394", "0531", "0551", "0311", "028", "023", "0731", "0791", "0771", "020", "0755", "021", "010", "027", "029", "0851", "0931"]
ID_AREAS = ["110105", "120104", "130102", "130521", "140105", "210102", "230103", "320102", "320382", "330106", "340104",
            "341221", "350203", "360102", "370102", "371326", "410102", "411624", "411522", "412727", "420106", "430104",
            "440106", "441381", "450103", "500233", "510107", "511321", "520102", "610113", "620102"]
BANKS = [("工商银行", "622202", 19), ("工行", "621226", 19), ("建设银行", "621700", 19), ("建行", "436742", 19),
         ("农业银行", "622848", 19), ("农行", "622845", 19), ("中国银行", "621661", 19), ("中行", "456351", 19),
         ("招商银行", "622588", 16), ("招行", "621483", 16), ("交通银行", "622260", 19), ("邮政储蓄", "621799", 19),
         ("邮储银行", "622188", 19), ("兴业银行", "622909", 18), ("浦发银行", "622521", 16), ("民生银行", "622622", 16),
         ("农村信用社", "622991", 19), ("农商银行", "623059", 19)]
PLATFORMS = ["花呗", "借呗", "微粒贷", "美团月付", "京东白条", "京东金条", "分期乐", "安逸花", "度小满", "放心借", "360借条",
             "招联金融", "拍拍贷", "抖音月付", "省呗", "洋钱罐", "网商贷", "携程拿去花", "还呗", "平安普惠"]


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def cn_digits(s, yao=0.6, dong=0.0):
    y = R.random() < yao
    d = R.random() < dong
    out = []
    for ch in s:
        if ch == "1" and y:
            out.append("幺")
        elif ch == "0" and d:
            out.append("洞")
        elif ch in CN:
            out.append(CN[ch])
        elif ch in "Xx":
            out.append(R.choice(["叉", "X"]))
        else:
            out.append(ch)
    return "".join(out)


def mobile_raw():
    while True:
        n = R.choice(MOBILE_PREFIX) + "".join(R.choice("0123456789") for _ in range(8))
        if "00000" not in n:
            return n


def fmt_phone(style):
    n = mobile_raw()
    g = (n[:3], n[3:7], n[7:])
    if style == "voice":
        k = R.choice(["cngroups", "cngroups", "cnplain", "digits", "mixed", "cn34", "cnspace2"])
    elif style == "ocr":
        k = R.choice(["digits", "digits", "dash", "space", "everydigit"])
    else:
        k = R.choice(["digits", "digits", "dash", "space", "cngroups", "cngroups", "cndash", "plus86", "mixed"])
    if k == "digits":
        return n
    if k == "dash":
        return "-".join(g)
    if k == "space":
        return " ".join(g)
    if k == "everydigit":
        return " ".join(n)
    if k == "plus86":
        return "+86 " + n
    if k == "cngroups":
        return " ".join(cn_digits(x, 0.6) for x in g)
    if k == "cndash":
        y = R.random()
        return "-".join(cn_digits(x, y) for x in g)
    if k == "cnplain":
        return cn_digits(n, 0.6, 0.1)
    if k == "cn34":  # 幺三八零 二九七零 六六零 (read in fours)
        c = cn_digits(n, 0.7)
        return " ".join([c[:4], c[4:8], c[8:]])
    if k == "cnspace2":
        c = cn_digits(n, 0.5)
        return c[:3] + " " + c[3:]
    # mixed: first group digits, rest words
    return g[0] + " " + cn_digits(g[1], 0.5) + " " + cn_digits(g[2], 0.5)


def fmt_landline(style):
    a = R.choice(AREA_CODES)
    body = str(R.randint(2, 8)) + "".join(R.choice("0123456789") for _ in range(6 if len(a) == 4 else 7))
    if style == "voice":
        return cn_digits(a, 0.7) + " " + cn_digits(body, 0.7)
    return R.choice([a + "-" + body, "(" + a + ")" + body, a + " " + body])


def id_raw():
    area = R.choice(ID_AREAS)
    y = R.randint(1962, 2003)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, R.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + c


def fmt_id(style):
    n = id_raw()
    if style == "voice":
        k = R.choice(["cn", "cn", "cngroups", "digits"])
    elif style == "masked":
        k = R.choice(["mask_tail", "mask_mid", "mask_birth"])
    else:
        k = R.choice(["digits", "digits", "s684", "s6444", "mask_tail", "mask_mid", "mask_birth", "cngroups"])
    if k == "digits":
        return n
    if k == "cn":
        return cn_digits(n, 0.5)
    if k == "cngroups":
        return " ".join(cn_digits(x, 0.5) for x in (n[:6], n[6:14], n[14:]))
    if k == "s684":
        return " ".join((n[:6], n[6:14], n[14:]))
    if k == "s6444":
        return " ".join((n[:6], n[6:10], n[10:14], n[14:]))
    if k == "mask_tail":      # area + birth date visible
        return n[:14] + "****"
    if k == "mask_mid":       # area and last four visible
        return n[:6] + "********" + n[14:]
    return n[:10] + "****" + n[14:]   # area + year, last four


def card_raw():
    bank, pre, ln = R.choice(BANKS)
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return bank, luhn_complete(body)


def fmt_card(num, style):
    if style == "voice":
        k = R.choice(["cn", "cngroups", "digits"])
    else:
        k = R.choice(["digits", "g4", "g4", "g4dash", "s6", "cngroups"])
    if k == "digits":
        return num
    if k == "cn":
        return cn_digits(num, 0.4)
    groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    if k == "g4":
        return " ".join(groups)
    if k == "g4dash":
        return "-".join(groups)
    if k == "s6":
        return num[:6] + " " + num[6:]
    return " ".join(cn_digits(x, 0.4) for x in groups)


PINYIN = ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang "
          "han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lv ding ren shen yao lu cui "
          "xiaoyu jianhua guoqiang lili fangfang tingting haitao dandan xiaofei junjie").split()


def wechat():
    k = R.choice(["wxid", "py", "py", "mix", "phoneish"])
    if k == "wxid":
        return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(R.choice([12, 14])))
    if k == "py":
        return R.choice(PINYIN) + R.choice(["", "_", "-"]) + R.choice(PINYIN) + str(R.randint(1, 9999))
    if k == "mix":
        return R.choice(["vx", "wx", "a", "lucky", "sunny", "moon"]) + str(R.randint(10000, 999999)) + R.choice(["", "a", "zz", "_x"])
    return R.choice(["Q", "z", "m"]) + R.choice(PINYIN) + str(R.randint(1980, 2005))


def qq(style):
    n = str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(R.choice([7, 8, 9])))
    if style == "voice" and R.random() < 0.7:
        return cn_digits(n, 0.6)
    return n


def email():
    local = R.choice(PINYIN) + R.choice(["", ".", "_"]) + R.choice(PINYIN) + str(R.randint(1, 2005))
    if R.random() < 0.25:
        local = str(R.randint(10000000, 2999999999))
    return local + "@" + R.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "hotmail.com"])


def alipay_uid():
    return "2088" + "".join(R.choice("0123456789") for _ in range(12))


def workid(style):
    k = R.choice(["CS", "A", "digits", "HX-"])
    if k == "digits":
        n = str(R.randint(10000, 99999))
        return cn_digits(n, 0.6) if style == "voice" else n
    if style == "voice":
        return str(R.randint(10000, 99999))
    return k + str(R.randint(1000, 99999))


PLATE_PROV = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云陕甘"


def plate():
    p = R.choice(PLATE_PROV) + R.choice("ABCDEFGHJKLMNPQ")
    rest = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    rest = str(R.randint(1, 9)) + rest[1:]
    return p + R.choice(["", "·", " ", ""]) + rest


# ---------------------------------------------------------------- addresses
PROV_PLACES = {
    "河南": [("周口", ["沈丘县", "郸城县", "项城市", "太康县"]), ("商丘", ["虞城县", "夏邑县", "睢县"]), ("驻马店", ["上蔡县", "平舆县", "泌阳县"]), ("信阳", ["固始县", "潢川县", "息县"])],
    "山东": [("菏泽", ["曹县", "单县", "郓城县"]), ("临沂", ["沂水县", "兰陵县", "费县"]), ("聊城", ["莘县", "冠县"])],
    "安徽": [("阜阳", ["临泉县", "太和县", "阜南县"]), ("亳州", ["利辛县", "涡阳县"]), ("六安", ["霍邱县", "金寨县"])],
    "河北": [("邯郸", ["魏县", "大名县", "馆陶县"]), ("保定", ["阜平县", "易县"]), ("邢台", ["宁晋县", "广宗县"])],
    "四川": [("南充", ["营山县", "仪陇县"]), ("达州", ["渠县", "宣汉县"]), ("广安", ["岳池县", "邻水县"])],
    "湖南": [("邵阳", ["隆回县", "新化县"]), ("衡阳", ["衡南县", "祁东县"]), ("永州", ["祁阳县", "道县"])],
    "江西": [("赣州", ["于都县", "兴国县"]), ("上饶", ["鄱阳县", "余干县"])],
    "广西": [("玉林", ["博白县", "陆川县"]), ("贵港", ["桂平市", "平南县"])],
    "甘肃": [("天水", ["甘谷县", "秦安县"]), ("定西", ["通渭县", "岷县"])],
}
PROV_ORDER = ["河南", "山东", "安徽", "河北", "四川", "湖南", "江西", "广西", "甘肃"]
TOWNS = ["付井镇", "城关镇", "新集镇", "李集镇", "刘店乡", "双庙乡", "槐店镇", "老城镇", "高庄镇", "大营乡", "东风乡", "官桥镇",
         "马头镇", "三里桥乡", "白庙乡", "石桥镇", "黄土岭乡", "柳林镇", "龙王庙镇", "十八里铺镇"]
VILLAGES = ["小王庄", "后李村", "前进村", "东湖村", "张家湾", "刘庄", "杨楼村", "马店村", "大周庄", "孙营村", "前屯", "后屯村",
            "三官庙村", "红旗村", "河湾村", "梨园村", "枣树行村", "南寨村", "北刘村", "十里铺村", "曹庄", "老鸹窝村"]
ESTATES = ["幸福小区", "阳光花园", "锦绣家园", "和谐家园", "金色港湾", "翡翠城", "碧桂园", "万科城", "恒大名都", "世纪花园",
           "建业森林半岛", "紫荆苑", "丽景湾", "滨河小区", "电力小区", "粮食局家属院", "二棉厂家属院", "教师新村", "桃园新村",
           "盛世华庭", "御景苑", "书香门第", "新城国际", "水岸人家", "龙湖春江郦城", "保利香槟国际"]
CITY_ROADS = [("郑州", ["金水区", "二七区", "管城区"]), ("成都", ["武侯区", "成华区", "郫都区"]), ("广州", ["白云区", "番禺区", "天河区"]),
              ("合肥", ["蜀山区", "包河区"]), ("长沙", ["雨花区", "岳麓区"]), ("重庆", ["渝北区", "九龙坡区"]), ("东莞", ["长安镇", "虎门镇"]),
              ("深圳", ["宝安区", "龙岗区"]), ("西安", ["雁塔区", "未央区"])]
ROADS = ["文化路", "建设路", "解放路", "人民路", "胜利街", "工农路", "红星路", "桃园路", "府前街", "长兴路", "百花路", "友谊路"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八"]


def num_word(n, cn):
    return CN_NUM[n - 1] if cn and n <= len(CN_NUM) else str(n)


def room(cn):
    fl = R.randint(1, 18)
    r = "%d%02d" % (fl, R.randint(1, 4))
    return cn_digits(r, 0.3) if cn else r


def addr_estate(style):
    cn = style == "voice" or R.random() < 0.5
    e = R.choice(ESTATES)
    b = num_word(R.randint(1, 18), cn)
    u = num_word(R.randint(1, 6), cn)
    k = R.choice(["bu", "bur", "bur", "dong", "dash"])
    if k == "bu":
        return e + b + "号楼" + u + "单元"
    if k == "bur":
        return e + b + "号楼" + u + "单元" + room(cn)
    if k == "dong":
        return e + b + "栋" + u + "单元" + room(cn) + ("室" if R.random() < 0.5 else "")
    return e + " %d-%d-%s" % (R.randint(1, 18), R.randint(1, 6), room(False))


def addr_village(style):
    prov = R.choice(PROV_ORDER)
    city, counties = R.choice(PROV_PLACES[prov])
    county = R.choice(counties)
    town = R.choice(TOWNS)
    vil = R.choice(VILLAGES)
    cn = style == "voice" or R.random() < 0.6
    tail = R.choice(["", "", num_word(R.randint(1, 12), cn) + "组", num_word(R.randint(1, 12), cn) + "队",
                     num_word(R.randint(1, 12), cn) + "组" + num_word(R.randint(1, 60), cn) + "号"])
    k = R.choice(["full", "full", "nocity", "county", "sep"])
    if k == "full":
        return prov + city + county + town + vil + tail
    if k == "nocity":
        return prov + county + town + vil + tail
    if k == "county":
        return county + town + vil + tail
    return " ".join([prov, city, county, town, vil + tail]).strip()


def addr_urban(style):
    city, dists = R.choice(CITY_ROADS)
    cn = style == "voice" or R.random() < 0.4
    road = R.choice(ROADS)
    no = num_word(R.randint(1, 18), cn) if cn else str(R.randint(1, 320))
    k = R.choice(["a", "b", "c"])
    if k == "a":
        return city + R.choice(dists) + road + no + "号"
    if k == "b":
        return R.choice(dists) + road + no + "号院" + num_word(R.randint(1, 9), cn) + "号楼"
    return city + road + no + "号" + R.choice(ESTATES) + num_word(R.randint(1, 9), cn) + "栋"


# ---------------------------------------------------------------- unlabelled fillers
def amount(style):
    if style == "voice" or R.random() < 0.4:
        return R.choice(["三千八", "一万二", "两万五", "八百多", "五千块钱", "四千三百块", "一万多", "六千五百二十", "两千块",
                         "三万八千多", "九千九", "七百五", "一千二百块", "将近两万", "十几万", "一万五千块"])
    return R.choice(["3800元", "12000", "2.5万", "800多", "5000块", "4,300元", "6520.35元", "1万多", "2000块", "9999元", "18750元"])


def date(style):
    if style == "voice" or R.random() < 0.5:
        return R.choice(["上个月十五号", "三月八号", "二零二六年四月二号", "前天晚上", "大前天", "上礼拜三", "腊月二十三",
                         "正月初六", "十一月三十号", "去年国庆", "五一那天", "今天早上七点多", "昨天夜里十一点半"])
    return R.choice(["3月15号", "2026年4月2日", "4.18", "11月30日", "2026-05-09", "6号", "周三下午", "昨天22:40"])


def days(style):
    if style == "voice" or R.random() < 0.5:
        return R.choice(["四十七", "三个多月", "一百二十", "九十", "十几", "两百多", "三十三"])
    return str(R.randint(3, 400))


# ---------------------------------------------------------------- templates
# {A}..{E}: person names (":m"/":f" sex, "=X" same surname as X); {W}: a name that is an ordinary word
# {P},{Q}: mobile; {L}: landline; {I}: ID; {J}: masked ID; {K}: card (with {BK} its bank); {R}: estate address;
# {V}: village address; {U}: urban address; {X}: WeChat; {Y}: QQ; {Z}: e-mail; {H}: Alipay user id;
# {G}: staff id; {T}: plate; unlabelled: {AM} amount, {DT} date, {N} days, {PL} platform, {BK} bank.

VOICE = """刚才那个{A:m}又打电话来了说要找我老婆{B:f}
嗯那个就是{DT}有个自称{A}的人打给我妈说我欠了{AM}不还就去我家
喂你好我想问一下就是有个叫{A}的一直打我电话号码是{P}
我跟{A}说过了他不听还是天天打
然后他们又打给我同事{A}还有我们主管{B}说我是老赖
他说他是{PL}的法务叫{A}让我今天下午之前还{AM}
对方的号码是{P}我打回去是个女的接的说她叫{A:f}
我表姐{A:f}说{DT}还有人打她电话问我在哪
他让我把钱转到{BK}卡号{K}户名是{A}
嗯就是我老公{A:m}借的钱现在他人找不到了他们就天天找我
我身份证号是{I}他们怎么会知道的
我微信号是{X}他们加了我好友然后发了一堆吓人的话
他们说要去我老家{V}找我爸{A:m}
我爸{A:m}我妈{B:f}都接到电话了我妈都吓哭了
那个{A}就是催收的他的工号是{G}
你帮我记一下那个号码{P}还有一个{Q}都是打给我的
我家住{R}他们说今天晚上就要上门
我叫{A}今年三十二岁在{PL}借了{AM}逾期{N}天了
{A}你听我说我不是不还是真的没钱
喂是{A}吗我是{B}你那个钱到底什么时候还
那个人说他叫{A}还说认识我们单位的{B}
我女儿{A:f}在上学他们连她学校都知道了
他们给我发短信说已经把材料交给{A}律师了
我刚刚打了幺二三七八投诉然后他们就换了个号码{P}继续打
我的扣扣号{Y}也被他们找到了在扣扣上骂我
我用的是{BK}的卡卡号是{K}他们说要冻结
那个{A}说如果我今天不还就打给我所有的通讯录联系人包括{B}和{C}
我房东{A}也接到电话了他现在要我搬走
昨天晚上有个男的打电话说他叫{A:m}是{PL}的让我明天去他们公司面谈
我儿子{A:m}才上初中他们打到他班主任{B}那里去了
好的我记下了号码是{P}名字是{A}
嗯对对对就是那个{A}她一开始说是客服后来又说是律师
我姐{A:f}和我姐夫{B:m}都被骂了
他们说我的支付宝用户号{H}已经被冻结了
对方自称是{A}说他手上有我的身份证号码{I}还有我家地址{R}
我之前借钱的时候紧急联系人填的是我同学{A}和我舅舅{B:m}
我就想问问像{A}这样天天打电话骂人的能不能报警
他加了我老婆的微信{X}给她发了我的欠款截图
有个号码{P}一直发短信署名是{A}
我现在住在{R}跟我妈{A:f}一起住
我叔{A:m}在老家种地他们打过去说要起诉我
然后然后那个{A}又说可以给我办停息挂账只要先交{AM}
就是{DT}那天一个叫{A}的打给我们公司前台{B:f}
我老婆叫{A:f}她的电话是{P}她根本不知道我借钱的事
对方的车停在我家楼下好几天了车牌是{T}
嗯我刚才说到哪了哦对那个{A}他说他是{B}的同事
他打电话给我老丈人{A:m}说我骗钱
你给{A}回个电话吧号码是{P}
我是替我弟弟{A:m}问的他在{PL}借了钱现在人在外地打工
最早是{A}打的后来换成{B}再后来又换成{C}都说自己是律师
他们把我的照片和身份证号{I}发到了我们家族群里我大伯{A:m}都看到了
我想咨询一下{PL}的那个{A}说要给我寄律师函到{V}
他说他叫{A}工号{G}有问题可以打{L}
收款人是{A}{BK}{K}
我邻居{A}说有两个男的在我家门口转了一下午
我室友{A}的电话{P}也被打爆了
说话的是个女的普通话不太标准自称{A:f}
那个{A}的邮箱是{Z}他让我把还款计划发过去
嗯还有就是{A}说我要是再不接电话他就打给我前妻{B:f}
我妈{A:f}的手机号是{P}我爸的是{Q}两个人都被打了
我跟我对象{A}说了这事她说让我赶紧去报警
他们说只要我把{AM}转给{A}就不上门了
刚刚又来一个{P}我没接然后{A}就发微信说我躲着不接
我的身份证{J}后面几位他们都念出来了
我是{A}的家属他本人住院了电话打不通你们别再打了
我爸的名字叫{A:m}他都七十多了你们打他干嘛
那个叫{A}的说他们已经到了{U}楼下了让我下来
我把钱打到了{A}的{BK}卡上{K}他们现在不认账"""

VOICE_NONE = """嗯那个我想问一下就是{PL}逾期了会不会上征信
他们说今天下午三点之前不还就要上门我好害怕
我已经还了{AM}了剩下的{DT}还他们不同意
对方一直说要起诉我还说要打给我所有的联系人
喂你好我想咨询一下暴力催收应该打哪个电话投诉
就是那个催收的天天打电话打到我们单位去了
我逾期{N}天了欠了{AM}现在每天都有几十个电话
我打了幺二三七八他们说会转给银保监那边处理
他说他是律师但是我问他哪个律所他就不说了
我现在不敢接陌生电话了一响我就发抖
然后他们又说可以减免利息让我先还{AM}
我想问一下这种自称法院的短信是真的吗
他们骂得很难听还说要把我的照片发到网上
嗯那个就是尾号六六零的那张卡被他们扣了钱
我老公说让我别管他们直接拉黑就行了"""

DIALECT = """俺家{A:m}出去打工了那些人天天打电话问俺要钱俺哪有钱嘞
俺跟{A}说了俺真嘞没钱让他别打了
咱村{A}家的闺女也被他们打过电话
他们说啥要去俺老家{V}找俺爹{A:m}
这个{A}到底是干啥嘞一天打十几个电话
俺媳妇{A:f}的手机{P}也天天响
恁说这个{A}是不是骗子啊
俺娘{A:f}岁数大了经不起吓
中不中啊俺先还{AM}剩下嘞过了年再说{A}就是不中
俺兄弟{A:m}也借了钱俺们俩一块儿被催
那个{A}贼能白话一整就说要起诉我
整得我老姨{A:f}都知道了咋整啊
他们把电话打到我老舅{A:m}那去了这可咋整
那个{A}天天打电话来我妈都遭吓到了
我老汉{A:m}在屋头种地他们打过去乱说
莫得钱嘛我有啥子办法{A}还要骂我
他们说要来{R}找我我好怕哦
你晓得不{A}又换了个号码{P}
我婆娘{A:f}喊我去报警
{A}那个瓜娃子一天打十几个电话烦死个人
佢哋打咗电话畀我阿妈{A:f}
我老公{A:m}而家唔喺屋企
嗰个{A}话佢系律师但系我唔信
佢哋话要嚟{R}搵我
我细佬{A:m}都收到短信话要告佢
点算好啊{A}日日都打嚟
佢个电话系{P}你帮我查下
我已经还咗{AM}啦{A}仲话唔够
我同事{A}话有人打去我公司搵我
佢哋个微信系{X}成日发啲吓人嘅嘢
阿拉屋里厢{A:f}老是接到电话
伊讲伊叫{A}是律师要寻我
侬帮我看看这个{A}是不是骗子
搞么事啊{A}又打过来了
我屋里{A:f}吓得睡不着觉
那个{A}咯天天打电话来烦死哒
俺寻思着{A}说的也不对啊俺就借了{AM}
咱也不知道啥情况{A}就说俺犯法了
俺闺女{A:f}在县里上学他们连学校都打听到了
俺是{V}嘞他们说要来村里贴大字报
嘞个{A}讲要去我屋头搞事情
我屋头老人{A:f}都八十几了你们打她做啥子嘛
啥子律师哦{A}就是个催收的
佢讲佢叫{A}系{PL}嘅
我阿爸{A:m}听到之后成晚瞓唔着
你哋再打畀{A}我就报警
俺不识字让俺孙子{A:m}帮俺打的字
叫{A}的那个人说俺要是不还就上俺家{V}
咱村支书{A:m}也接到电话了丢死人了
佢哋连我身份证{I}都有
老乡{A}帮俺还了{AM}剩下的俺慢慢还"""

RAMBLE = """事情是这样的，我大舅{A:m}的儿子{B:m=A}去年找我借了{AM}，说是做生意，后来钱没还，我自己又在{PL}上借了钱周转，现在逾期了。催收的人一开始打给我，后来打给我妈{C:f=A}，再后来连我大舅都打了，我大舅说你自己的事自己处理别连累我们。
我二姑{A:f}嫁到外地了，她老公{B:m}脾气不好，催收打到他那里，他就打电话骂我爸{C:m=A}，我爸又来骂我，一家人都闹翻了。
我老婆{A:f}的表妹{B:f}在一家金融公司上班，她说这种情况可以协商，让我加她们同事{C}的微信{X}，结果那个人一上来就让我先交{AM}的手续费。
我是{A:f}，{B:m}是我前夫，我们{DT}已经离婚了，他借的钱跟我没关系，但是催收天天打给我和我女儿{C:f=B}，还说要去我女儿学校。
我爷爷{A:m}今年八十多了，我叔叔{B:m=A}跟他住，前天有人打电话到我叔叔家里说我犯法了要抓我，我爷爷吓得血压高，住院了。我堂哥{C:m=A}说要报警。
上个月{A}打给我说是{PL}的，我没理；后来{B}打给我说是律所的；这个礼拜又来了个{C}，说是法院的，三个人说的金额都不一样，一个说{AM}，一个说{AM}。
我表哥{A:m}和我表嫂{B:f}是我的紧急联系人，我表哥的电话{P}，我表嫂的电话{Q}，现在两个人都不理我了，过年都不知道怎么回去。
我公公{A:m}婆婆{B:f}都在老家{V}，我老公{C:m=A}在外地，催收打到我公公那里，说我老公欠了钱不还，我公公就骂我没管好家。
我们厂的{A}、{B}还有{C}都接到过电话，车间主任{D}找我谈话，说再这样就让我走人，我真的不知道该怎么办了。
我姥爷{A:m}的大儿子就是我大舅{B:m=A}，我大舅的闺女{C:f=A}跟我同岁，现在催收把电话打到她那儿了，她在群里说了这事，全家都知道了。
先说一下背景，我叫{A}，在{U}附近上班，{DT}开始逾期，一共欠了{AM}。他们先打给我领导{B}，又打给我同事{C}，最过分的是打给了我已经去世的外公的老号码，接电话的是我舅妈{D:f}。
我老公{A:m}的弟弟{B:m=A}之前用我老公的身份证{I}借过钱，现在人跑了，催收找我老公，我老公说不是他借的，他们不信，还说要去他单位。
其实我也不想拖的，本来跟{A}说好了每个月还{AM}，结果换了个{B}接手，说之前谈的不算，必须一次性结清，不然就上门，还把我家地址{R}念了一遍。
我堂姐{A:f}人很好，之前帮我还过一次，后来她老公{B:m}知道了，两个人吵架，现在催收又打给她，她让我自己想办法，我真的很对不起她。
我妈{A:f}是我爸{B:m}的第二个老婆，我同父异母的哥哥{C:m=B}跟我关系不好，催收打给他，他直接把我的情况全说了，连我住{R}都告诉他们了。
我跟{A}是合租的，房子在{R}，他借了钱跑了，催收天天来敲门，我跟他们说我不认识什么{A}，他们不信，还拍了我的照片。
我们村的{A:m}是村支书，{B}是会计，催收把我的欠款信息发到了村里的群里，{A}在群里@我让我赶紧处理，现在全村都知道了。
我丈夫{A:m}、我儿子{B:m=A}、我儿媳{C:f}三个人的电话都被打了，我儿媳还怀着孕，被吓得肚子疼去了医院，这种事谁负责？
先是一个叫{A}的加我微信，微信号{X}，说可以帮我做债务优化，收了我{AM}之后就把我拉黑了，后来又一个叫{B}的打电话说是他同事，我才知道被骗了。
我外婆{A:f}带大的我，她八十了耳朵不好，催收打到她座机{L}上，她以为我出事了，一晚上没睡，第二天我小姨{B:f}打电话来骂我。
我是帮我朋友{A}问的，他不好意思说。他在{PL}借了{AM}，现在逾期{N}天，他们把电话打到了他女朋友{B:f}和他女朋友的爸爸{C:m=B}那里，女方家里要分手。
我有三个联系人：我妈{A:f}（{P}），我弟{B:m}（{Q}），还有我一个同学{C}，催收三个人都打了，还说我是诈骗犯。
我老家是{V}的，在广东打工，{DT}我爸{A:m}打电话给我说有人到村里找我，说是{PL}的，还有个叫{B}的拍了我家房子的照片。
我媳妇{A:f}的哥哥{B:m=A}是当兵的，催收打到他那儿，他说要是再打就去部队保卫科备案，后来就没再打他了，但是又打给了我媳妇的妹妹{C:f=A}。
那个{A}第一次打来的时候很客气，说只要还本金就行，第二次就换了个态度，说已经移交给{B}律师处理，第三次直接说{C}法官已经立案了，全是假的。"""

SPACED = """打电话的人叫{A}，说是{PL}的
催收员：{A}
紧急联系人 {A} {P}
他说他叫{A}，让我今天之前还钱
我是{A}，我想投诉暴力催收
他们打给了我妈 {A:f} 和我爸 {B:m}
收款人 {A}  卡号 {K}
短信署名：{A}
{A} 说要来我家
借款人{A}已逾期{N}天
你好我是{A}的家属
联系人：{A}、{B}
他自称 {A} 律师
我同事{A}也被骚扰了
户名：{A}
他女朋友叫{A:f}，电话{P}
我叫{A}，身份证{I}
落款是{A}，还有一个电话{P}
经办人 {A}
对方发来的名字是{A}，我查了一下不是律师"""

WORDNAME = """我跟{W}说过了
{W}又打电话来了
催收员叫{W}，工号{G}
我同事{W}也接到电话了
他们打给我表妹{W}了
那个自称{W}的人说我要坐牢
我老公{W}在外地打工
电话里那个女的说她叫{W}
收款人写的是{W}
{W}是我的紧急联系人
我问他叫什么他说叫{W}
找{W}去，钱是他借的
我发小{W}帮我垫了{AM}
{W}你再打我就报警了
短信落款是{W}律师
我儿子{W}在读大学
他们说{W}已经同意替我还了
一个叫{W}的加了我微信
我跟{W}是同学，他借钱的时候填了我
{W}说明天上午十点来我家"""

OCR_BODIES = """【{PL}】尊敬的{A}，您的借款已逾期{N}天，请于今日内还款，如有疑问请联系专员{B}，电话{P}。
{A}你好，我是{B}，关于你在{PL}的欠款，今天不处理的话，明天将安排人员上门核实你的地址{R}。
通知：借款人{A}（身份证号{I}）逾期未还，现已将案件移交，请其紧急联系人{B}转告。
您好，我是调解员{A}，工号{G}，您的案件已进入诉前调解阶段，请尽快回电{L}。
{A}，你的还款账户是{BK}{K}，户名{B}，请核对后转账。
{A} 的家属你好：{A}欠款不还，已经严重影响了他的信用，请你转告他联系{B}，微信{X}。
催收群通知：今天外访名单 {A} {V}，{B} {R}，带好工作证。
我是{A}的老婆，他的事情我不清楚，你们不要再发短信到我手机{P}了。
@{A} 请你今天晚上八点之前回复，否则后果自负。——{B}
借款人：{A}\\n身份证：{J}\\n联系电话：{P}\\n地址：{V}\\n紧急联系人：{B}
{A}，请加微信{X}或扣扣{Y}处理你的欠款，{DT}是最后期限。
转账记录：{BK}({K})向{A}转账{AM}，备注：还款
{A}你好，你的车辆{T}已列入处置名单，请车主于三日内联系{B}。
发件人：{A} <{Z}>
主题：关于{B}的借款逾期通知"""

ADDR = """我家在城东那个{R}，他们说今天就要上门
老家是{V}，他们说要去村里贴告示
我住{U}，楼下保安说有人来问过我
他们说要去{V}找我爸妈
地址写的是{R}其实我早就搬走了
我租的房子在{R}，房东{A}说有人来敲门
快递地址是{U}，收件人{A}，电话{P}
我爸妈住在{V}，前天有两个人开车到了村口打听我家
他们把我老家地址{V}发到了群里
我现在暂住在{R}，不想让他们知道
就在县医院后面那个{R}，他们说已经蹲了两天了
我是{V}的人，在外地打工好几年没回去了
原来住{U}，后来搬到{R}了
他们问我是不是住{R}，我没敢说话
俺老家{V}，俺娘一个人在家
寄律师函的地址是{U}，我根本不住那
他说他已经到了{R}楼下，让我下去
户籍地址：{V}
现住址：{R}
就是那个{R}，进门左手边那栋
我对象家在{V}，他们连那边都找过去了
我大姨{A:f}住在{U}，他们也去了
上门的人说是到了{V}，拍了我家大门的照片发给我"""

NUMBERS = """他的号码是{P}
对方的电话：{P}，还有{Q}
号码我念一下 {P}
打给我的是{P}，显示归属地是外地
他留的电话是{P}你们帮我查查
身份证号{I}
我的身份证号码是{I}，他们全都知道
短信里写着我的身份证{J}
他们发来的截图上有我的身份证号{J}
{BK}卡号{K}
卡号{K}（{BK}）
我的{BK}储蓄卡{K}被冻结了
让我转到{BK}{K}
还款卡是{BK}的，卡号{K}
微信号：{X}
他让我加他薇信{X}
vx：{X}，备注还款
加我卫星{X}
扣扣{Y}
他的企鹅号是{Y}
QQ号{Y}，他在QQ上骂我
支付宝账号就是我手机号{P}
支付宝账户{Z}
他让我用支付宝转给{Z}
支付宝用户号{H}
我的邮箱{Z}收到了律师函
他开的车是{T}
固话{L}
他说有事打他们座机{L}
我的号是{P}，{DT}开始被轰炸的
工号{G}的那个人说要上门
借款合同上写的电话是{P}，身份证{I}
我在{PL}借了{AM}，绑的是{BK}卡{K}
{DT}他们从{P}打过来，说我欠{AM}
逾期{N}天，他们说再不还就打给{P}这个号码的主人
他的扣扣邮箱是{Z}
车牌{T}的那辆黑色轿车在我家楼下停了一晚上
他用{Y}这个扣扣加我，说是律所的
我爸的号{P}，我妈的号{Q}，都被打过
身份证尾号不是这个，他们念的是{J}
他让我打款到{BK}，账号{K}，说是对公账户其实是个人卡
微信{X}，扣扣{Y}，邮箱{Z}，都被他们找到了
你把钱打到{P}这个支付宝上就行
对方用{T}的车跟了我一路
他念了一遍我的号码{P}，又念了我老婆的{Q}"""

NONE_FIXED = """我在{PL}借了{AM}，逾期{N}天了，现在怎么办
{DT}他们又打电话来了，说今天不还就上门
我已经还了{AM}，他们还说不够
尾号六六零的卡被扣了{AM}
他们说是{BK}的，但是号码是个手机号，我没敢接
俺真嘞没钱了，恁说咋整
佢哋日日打电话嚟，我好惊
莫得钱嘛，我有啥子办法
阿拉屋里厢天天有电话
我打了一二三七八，说会转给当地处理
他说他是律师，但是不肯说哪个律所
这个月发了工资就还{AM}，剩下的下个月再说
他们说要起诉我，让我等着收传票
我老公和我妈都被打了，我该怎么跟家里解释
嗯那个就是我逾期了然后他们天天打我家里人电话
电话里说我涉嫌诈骗要抓我是真的吗
我想申请停息挂账，银行说要先还{AM}
二零二六年三月十五号开始逾期的到现在{N}天了
他们说二十四小时内不处理就上门
利息一个月就要{AM}，这合法吗"""

# sentences with word-names used as ordinary words (none records)
WORD_NONE = """早高峰的时候他们也照打不误，我在地铁上都不敢接
江山易改本性难移，这些催收换了个公司还是一样骂人
方圆十里都知道我欠钱了，他们去村里贴了单子
夏天到了，我想着发了奖金就把这笔钱还上
我闺女喜欢看白雪公主，我却天天躲电话
他们说带孩子去海洋馆的钱都该拿来还债
难得一个宁静的晚上，十一点又来了三条短信
我在田野里干活，手机一直响
还好家里人都安然无恙，就是被吓到了
我租的是向阳的那间屋，房租一个月八百
他们念了一段林海雪原里的台词吓唬我，我都听笑了
他们嘴上说文明催收，背地里骂得比谁都难听
黎明前最黑暗，我相信会熬过去的
白云区人民法院的短信是真的吗
我去西藏出差有高原反应，他们还一个劲打电话
华夏银行信用卡中心打来的，说可以申请分期
四季常青的公司名字，干的却是暴力催收
催收说要去金星路网点等我
新年的钟声还没响，催收电话先响了
你先冷静一下，别急着借新还旧
律师函用的是方正字体，看着挺像回事
他们开足马力催，一天几十个电话
楼下的杜鹃花开了，我却没心情看
他们说要用雷霆手段，我都不知道是什么意思
我就想要一个温暖的家，不想天天担惊受怕
还款计划要考虑周全，不能再逾期了
他们的手段高明，短信看起来跟法院发的一样
过年的时候祝大家出入安康，我自己却在躲债
屋里那盏明亮的灯一晚上没关
任重道远，先把最高利息的那笔还掉
客服倒是服务周到，就是利息太高
金秋十月开始逾期的，到现在三个月了
白露节气那天收到了第一条催收短信
夏至那天他们说要上门
我坐车经过秦岭山脉的时候都在接催收电话
江南水乡那边的号码也打来过
向前看吧，钱总能还上的
为了还钱，我跑了万里路去外地打工
银行说会严肃处理违规催收
他们把催收短信伪装成祝福短信发过来
柳絮飘得满城都是，我的心情也乱糟糟的
年轻时壮志凌云，现在被几万块钱压得喘不过气
过年贴的龙腾虎跃，今年没心情贴了
晨曦微露我才睡着，七点又被电话吵醒
公司团建去石林风景区，我没敢去
江河湖海都有尽头，债总有还完的一天""".strip().split("\n")


def lines(block):
    return [x for x in block.strip().split("\n") if x.strip()]


GROUPS = [
    ("voice", lines(VOICE), 150),
    ("voice_none", lines(VOICE_NONE), 15),
    ("dialect", lines(DIALECT), 110),
    ("ramble", lines(RAMBLE), 80),
    ("spaced", lines(SPACED), 60),
    ("word", lines(WORDNAME), 43),
    ("ocr", None, 60),
    ("addr", lines(ADDR), 60),
    ("numbers", lines(NUMBERS), 75),
    ("none", lines(NONE_FIXED), 30),
    ("word_none", None, 30),
]

# ---------------------------------------------------------------- preserve lines
SURNAME_WORDS = ("王牌 张口 李子 刘海 陈述 杨柳 黄金 赵州桥 吴语 周末 徐徐 孙子兵法 马上 朱红 胡同 郭外 何必 高度 林业 罗列 郑重 "
                 "谢谢 宋体 唐诗 许可 韩国 邓家湾水库 彭湃 曾经 肖像 田地 董事会 潘多拉 于是 蒋家桥 "
                 "余额 杜绝 叶子 程序 苏醒 魏碑 吕剧 丁香 任何 沈阳 姚记扑克 卢沟桥 姜汤 崔嵬 钟表 谭腿 陆续 汪洋 范围 "
                 "金额 石头 廖若晨星 贾鲁河 夏令营 韦编三绝 付款 方便 白条 邹城 孟浪 熊猫 秦腔 江湖 尹家村水库 "
                 "闫家沟站 段落 雷同 侯门似海 龙头 史无前例 陶瓷 黎民百姓 贺卡 顾客 毛病 郝家庄路口 龚滩古镇 邵阳米粉 万一 钱款 严重 "
                 "覃塘区 武术 戴口罩 莫名其妙 孔雀 向日葵 汤圆 常规 包括 关于 应当 车辆 连本带利 易拉罐 花费 安全 路过 明天 "
                 "文件 房租 温度 左右 乔迁之喜 柏油路 牛奶 封面 管理 米饭 宫保鸡丁 甘蔗 艾草 鲁莽 单据 齐全 祁门红茶 简单 "
                 "东方红 东方日出 上官村站 司法鉴定 诸多不便 欧式装修 钟点工 贾汪区 杭州湾 谭家湾站 梁平区 曹妃甸").split()
LOOKS_LIKE_GIVEN = ("建国以来 建军节 国庆假期 平安银行 富贵险中求 玉兰路支行 光明路派出所 胜利街道办 振华路支行 海燕牌缝纫机 春燕衔泥 浩然正气 "
                    "欣欣向荣 德胜门 宝山区 庆丰包子铺 志愿者 秀丽山河 婷婷玉立的荷花 伟大复兴 强大的心理 明天再说 晓得了 杰出青年 敏感信息 "
                    "慧眼识珠 婉拒 芳香四溢 桂花糕 兰花草 梅花香自苦寒来 红梅牌香烟 玉米地 金条 宝宝辅食 冬梅腊月开 春生夏长 "
                    "丽水市 永康市 长青路 新民街 学军中学 保国寺 世杰大厦 子豪车行 雨萱花店 静怡茶馆 军功章 红军长征 立新路口 家乐福超市 "
                    "天佑中华 博文教育 一鸣惊人 思远路 长生果 满仓的粮食 铁柱子 二虎相争 大勇若怯 永福寺 德福巷 金龙鱼油 文斌路 志明路口").split()
PRODUCTS = PLATFORMS + ["支付宝", "微信支付", "信用卡", "网贷", "消费贷", "车贷", "房贷", "助学贷款", "美团借钱", "苏宁任性付",
                        "滴滴借钱", "小米贷款", "唯品花", "宜人贷", "你我贷", "小赢卡贷", "宜享花", "好分期"]
PRODUCT_SENT = ["{p}逾期三天了怎么办", "{p}的客服电话在哪里找", "{p}可以协商分期吗", "{p}逾期会不会上征信", "{p}的催收打到我家里了",
                "{p}说要起诉我是真的吗", "{p}能不能只还本金", "{p}已经结清了还在催", "我想把{p}的利息算清楚", "{p}还款日是每月十号",
                "{p}的额度被降了", "{p}自动扣款失败"]
LEGAL = ("此致敬礼 此致 敬礼 律师事务所 人民法院 中级人民法院 基层人民法院 诉讼时效 民间借贷纠纷 强制执行 失信被执行人 限制高消费 "
         "支付令 财产保全 诉前调解 立案庭 执行局 民事起诉状 答辩状 举证期限 开庭传票 判决书 调解书 仲裁委员会 公证处 "
         "律师函 催告函 债权转让通知 征信异议 个人信用报告 停息挂账 个性化分期 逾期罚息 违约金 年化利率 砍头息 "
         "高利贷 套路贷 寻衅滋事 敲诈勒索 侵犯公民个人信息罪 治安管理处罚法 民法典 消费者权益保护法 个人信息保护法 "
         "国家金融监督管理总局 中国人民银行征信中心 中国互联网金融协会 银行业协会 消费者协会 12378 12363 12315 12321 110 "
         "派出所 公安局 司法所 信访办 人民调解委员会 法律援助中心 12348 市场监督管理局").split()
CITIES = ["郑州", "周口", "商丘", "南阳", "信阳", "菏泽", "临沂", "阜阳", "亳州", "邯郸", "保定", "南充", "达州", "邵阳", "衡阳",
          "赣州", "上饶", "玉林", "贵港", "天水", "东莞", "佛山", "惠州", "温州", "台州", "泉州", "漳州", "襄阳", "宜昌", "岳阳"]
INSTITUTIONS = ["市中级人民法院", "市人民法院", "市公安局", "市律师协会", "市法律援助中心", "市市场监督管理局", "市信访局",
                "市中心医院", "市第一人民医院", "火车站", "汽车站", "人民公园", "市政府", "市仲裁委员会", "公证处"]
VOICE_PRES = ["嗯那个我想问一下就是{p}逾期了怎么办", "就是他们天天打电话我都不敢接了", "喂你好请问是反诈中心吗",
              "然后他就说要去我单位找领导", "嗯对对对就是这个意思", "我说我没钱他说那你去借啊", "他们说要把我的事发到网上",
              "我想问问这种算不算暴力催收", "嗯好的谢谢你啊我知道了", "那我现在是不是应该先报警", "他们说今天晚上八点之前必须还",
              "一天打了三十多个电话", "我真的是走投无路了才借的", "他说他们是正规公司不是催收", "然后我就把他拉黑了",
              "你说我要不要跟家里人说", "利息比本金还高这合法吗", "我还了两千他们说不算", "他们说我的案子已经到法院了",
              "他们连我小孩在哪上学都知道", "我昨天一晚上没睡着"]
DIALECT_PRES = ["俺真嘞没钱了", "恁说这可咋整", "咱也不知道他们是干啥嘞", "俺寻思着先还一点", "中不中啊", "这事整得贼闹心",
                "咋整啊这可咋整", "莫得钱嘛有啥子办法", "遭吓惨了", "你晓得不他们又打来了", "烦死个人", "瓜娃子才信他们",
                "佢哋日日打电话嚟", "我好惊啊", "点算好啊", "佢话要嚟搵我", "我已经还咗啲啦", "唔好再打嚟啦", "呢啲人好恶",
                "阿拉屋里厢天天有电话", "侬讲这个是不是骗子", "搞么事啊又打过来了", "烦死哒", "么子律师哦就是催收",
                "俺不识字让孙子帮俺打的", "咱村里都传开了", "嘞个事情咋个办嘛", "要得要得我晓得了"]
OCR_PRES = ["< 返回", "< 信息", "中国移动 4G", "中国联通 5G", "中国电信 4G", "短信/彩信", "今天 上午9:12", "昨天 下午3:47",
            "已送达", "已读", "发送", "更多", "复制", "转发", "删除", "举报垃圾信息", "此号码可能为骚扰电话", "标记为：催收",
            "1条新信息", "查看全部", "拨打", "添加到联系人", "屏蔽此号码", "[图片]", "[语音]", "[视频通话]", "对方已拒收",
            "该号码已被128人标记", "通话时长 03:41", "未接来电（5）", "来电：未知号码", "号码归属地：河南 周口"]
TIME_WORDS = ["今天", "昨天", "前天", "上个月", "这个礼拜", "大年三十", "正月初五", "半夜十二点", "早上六点多", "中午吃饭的时候",
              "上班时间", "周末", "国庆节", "春节前后", "清明那天"]
EVENTS = ["又打电话来了", "发了一条短信", "打到我单位去了", "说要上门", "在群里发了我的照片", "换了个号码继续打", "说要起诉",
          "打了二十多个电话", "发了律师函", "打给了我的紧急联系人", "说我涉嫌诈骗", "给我家里人打电话"]


def build_preserve():
    cands = []
    add = cands.append
    for w in SURNAME_WORDS:
        add(w)
        add(R.choice(["他们说", "我觉得", "关于", "这个", "其实", "说实话", ""]) + w + R.choice(["的问题", "我知道", "这事", "挺重要的", "不太清楚", ""]))
    for w in LOOKS_LIKE_GIVEN:
        add(w)
        add(R.choice(["我路过", "就在", "听说", "附近有个", "大家都说"]) + w)
    for wn in WORD_NAMES:
        for u in WORD_USES[wn]:
            add(u)
            for s in R.sample(["{u}，电话还是一直响", "{u}我才还上这笔钱", "他们说的{u}我听不懂", "{u}的时候别忘了还款",
                               "说到{u}，我就想起那笔欠款", "{u}这四个字挺有意思", "{u}也挡不住催收电话"], 3):
                add(s.format(u=u))
    for p in PRODUCTS:
        add(p)
        for s in R.sample(PRODUCT_SENT, 9):
            add(s.format(p=p))
    for t in LEGAL:
        add(t)
    for t in R.sample(LEGAL, 40):
        add(R.choice(["什么叫", "请问", "怎么申请", "我收到了", "网上查了一下"]) + t)
    for t in LEGAL:
        for f in R.sample(["{t}是什么意思", "对方说要走{t}", "他们说的{t}是真的吗", "我在网上查了{t}", "{t}跟我有关系吗",
                           "嗯那个{t}怎么弄", "俺不懂啥叫{t}"], 2):
            add(f.format(t=t))
    for s0 in ["以上情况属实，此致敬礼", "特此投诉，此致敬礼", "恳请贵局核查处理，此致敬礼", "此致敬礼（手写）",
               "某某律师事务所不是我们当地的", "律师事务所的电话打不通", "人民法院不会用手机号发短信",
               "人民法院的传票是法警送的", "律师事务所也不能上门催收"]:
        add(s0)
    for c in CITIES:
        for inst in R.sample(INSTITUTIONS, 8):
            add(c + inst)
    for c in R.sample(CITIES, 15):
        add(c + R.choice(["某某", "诚信", "正义", "公正", "明理"]) + "律师事务所")
    for s in VOICE_PRES:
        add(s.format(p=R.choice(PLATFORMS)))
        add(s.format(p=R.choice(PLATFORMS)) + R.choice(["啊", "嗯", "怎么办", "我该怎么办啊", "你们能帮帮我吗"]))
    for s in DIALECT_PRES:
        add(s)
        add(R.choice(["唉", "哎呀", "我跟你说", "你不晓得"]) + s)
    for s in OCR_PRES:
        add(s)
    for t in TIME_WORDS:
        for e in R.sample(EVENTS, 8):
            add(t + e)
            add(t + "他们" + e)
    for bank, _, _ in BANKS:
        for d in ["信用卡中心", "客服", "网点", "贷后管理部", "的短信", "的卡被冻结了", "的还款日到了", "的客服说可以协商"]:
            add(bank + d)
    for a in ["三千八", "一万二", "两万五", "八百多", "四千三百块", "十几万", "三万八千多"]:
        for s in ["一共欠了{a}", "已经还了{a}", "他们说要还{a}", "利息就有{a}", "本金才{a}"]:
            add(s.format(a=a))
    for d in ["二零二六年三月十五号", "上个月十五号", "腊月二十三", "正月初六", "去年国庆", "五一那天", "三月八号"]:
        for s in ["{d}开始逾期的", "{d}他们第一次打电话", "{d}之前一定还", "从{d}到现在一直在打"]:
            add(s.format(d=d))
    for n in ["四十七天", "三个多月", "一百二十天", "九十天", "半年", "两年多"]:
        add("逾期" + n + "了")
        add("已经逾期" + n + "，每天都有电话")
    return cands


# ---------------------------------------------------------------- name drawing
USED_NAMES = []          # canonical (separator-free) names already used
STATIC_BLOB = ""          # all template text, fillers and preserve lines


def norm(s):
    return re.sub(r"[\s·•・.\-]", "", s).lower()


def name_ok(n):
    if n in STATIC_BLOB:
        return False
    for w in WORD_NAMES:
        if w in n:
            return False
    for u in USED_NAMES:
        if n in u or u in n:
            return False
    return True


def draw_han(sex, surname=None):
    for _ in range(2000):
        if surname is None:
            s = R.choice(COMPOUND) if R.random() < 0.04 else R.choice(SURNAMES)
        else:
            s = surname
        pool = MALE_GIVEN if sex == "m" else FEMALE_GIVEN
        g = R.choice(pool)
        n = s + g
        if name_ok(n):
            return n, s
    raise RuntimeError("cannot draw name")


WORD_POOL = []


def draw_word_name():
    for i, w in enumerate(WORD_POOL):
        if name_ok_word(w):
            return WORD_POOL.pop(i)
    raise RuntimeError("word names exhausted")


def name_ok_word(w):
    for u in USED_NAMES:
        if w in u or u in w:
            return False
    return True


def spaced_form(n, sep):
    if len(n) == 4 and n[:2] in COMPOUND and sep in (" ", "　") and R.random() < 0.5:
        return n[:2] + sep + n[2:]
    return sep.join(n)


# ---------------------------------------------------------------- filling
PH = re.compile(r"\{([A-Z]{1,2})(?::([mf]))?(?:=([A-E]))?\}")


def fill(tpl, style, name_style=None):
    """Return (text, pii list, names list).  pii in order of first appearance, once per record."""
    cache = {}
    surnames = {}
    out = []
    pii = []
    names = []
    card = card_raw()
    seps = None
    if name_style == "spaced":
        seps = R.choice([" ", " ", "　", "·", ".", "  ", "-"])

    def val(key, sex, same):
        if key in cache:
            return cache[key]
        kind = None
        if key in "ABCDE":
            sx = sex or R.choice("mf")
            sur = surnames.get(same) if same else None
            n, s = draw_han(sx, sur)
            surnames[key] = s
            USED_NAMES.append(n)
            names.append(n)
            v = n
            if seps is not None and (key == "A" or R.random() < 0.6):
                v = spaced_form(n, seps)
            kind = "name"
        elif key == "W":
            v = draw_word_name()
            USED_NAMES.append(v)
            names.append(v)
            kind = "name"
        elif key in ("P", "Q"):
            v, kind = fmt_phone(style), "phone"
        elif key == "L":
            v, kind = fmt_landline(style), "phone"
        elif key == "I":
            v, kind = fmt_id(style), "id_number"
        elif key == "J":
            v, kind = fmt_id("masked"), "id_number"
        elif key == "K":
            v, kind = fmt_card(card[1], style), "bank_card"
        elif key == "BK":
            v = card[0]
        elif key == "R":
            v, kind = addr_estate(style), "address"
        elif key == "V":
            v, kind = addr_village(style), "address"
        elif key == "U":
            v, kind = addr_urban(style), "address"
        elif key == "X":
            v, kind = wechat(), "wechat"
        elif key == "Y":
            v, kind = qq(style), "qq"
        elif key == "Z":
            v, kind = email(), "email"
        elif key == "H":
            v, kind = alipay_uid(), "account"
        elif key == "G":
            v, kind = workid(style), "account"
        elif key == "T":
            v, kind = plate(), "plate"
        elif key == "AM":
            return amount(style), None
        elif key == "DT":
            return date(style), None
        elif key == "N":
            return days(style), None
        elif key == "PL":
            return R.choice(PLATFORMS), None
        else:
            raise KeyError(key)
        cache[key] = (v, kind)
        return v, kind

    pos = 0
    spans = []
    text = ""
    for m in PH.finditer(tpl):
        text += tpl[pos:m.start()]
        v, kind = val(m.group(1), m.group(2), m.group(3))
        if kind:
            spans.append((len(text), len(text) + len(v), kind))
        text += v
        pos = m.end()
    text += tpl[pos:]
    return text, spans, names


def spans_to_pii(text, spans):
    pii = []
    seen = set()
    for a, b, kind in sorted(spans):
        v = text[a:b]
        if (kind, v) in seen:
            continue
        seen.add((kind, v))
        pii.append({"kind": kind, "value": v})
    return pii


PUNCT = "，。、；：？！,.;:?!“”\"（）()【】"


def strip_punct(text, spans):
    """Remove punctuation outside labelled spans, remapping spans."""
    inside = [False] * len(text)
    for a, b, _ in spans:
        for i in range(a, b):
            inside[i] = True
    newidx = []
    out = []
    for i, ch in enumerate(text):
        newidx.append(len(out))
        if ch in PUNCT and not inside[i]:
            continue
        out.append(ch)
    newidx.append(len(out))
    return "".join(out), [(newidx[a], newidx[b], k) for a, b, k in spans]


def wrap(text, spans, width):
    """Hard line breaks every `width` characters of each line (OCR of a screenshot)."""
    out = []
    newidx = []
    col = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            newidx.append(len(out))
            out.append(ch)
            col = 0
            continue
        if col == width:
            out.append("\n")
            col = 0
        newidx.append(len(out))
        out.append(ch)
        col += 1
    newidx.append(len(out))
    res = []
    for a, b, k in spans:
        na = newidx[a]
        nb = newidx[b - 1] + 1
        res.append((na, nb, k))
    return "".join(out), res


OCR_HEADS = ["中国移动 4G  下午3:42  78%", "中国联通 5G 09:15 ▮▮▮ 56%", "14:32 ⊙ 令 87", "< 信息", "< 返回    1069 0295 3321",
             "短信/彩信\n今天 上午9:12", "< 106 9 80", "昨天 22:47", "< 微信(3)", "[截图识别结果]", "图片转文字："]
OCR_TAILS = ["", "", "已送达", "回T退订", "复制  转发  删除", "发送", "[图片]", "此号码已被标记为骚扰电话"]

SENDERS_GATEWAY = ["10690295", "106980093", "1069088820", "10657001", "106903318"]


# ---------------------------------------------------------------- main
def read_other():
    texts = set()
    for path in sorted(glob.glob(os.path.join(HERE, "scrub_*.jsonl"))):
        if os.path.basename(path) == os.path.basename(OUT_JSONL):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    texts.add(re.sub(r"\s", "", json.loads(line)["text"]))
    plines = set()
    for path in sorted(glob.glob(os.path.join(HERE, "scrub_*preserve*.txt"))):
        if os.path.basename(path) == os.path.basename(OUT_PRESERVE):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                s = re.sub(r"\s", "", line)
                if s:
                    plines.add(s)
    return texts, plines


def main():
    global STATIC_BLOB
    other_texts, other_plines = read_other()

    # preserve candidates first (names are checked against them)
    cands = build_preserve()
    own_seen = set()
    pres = []
    own_rep = dup = 0
    for c in cands:
        k = re.sub(r"\s", "", c)
        if k in own_seen:
            own_rep += 1
            continue
        own_seen.add(k)
        if k in other_plines or k in other_texts:
            dup += 1
            continue
        pres.append(c)
    R.shuffle(pres)

    all_tpl = [VOICE, VOICE_NONE, DIALECT, RAMBLE, SPACED, WORDNAME, OCR_BODIES, ADDR, NUMBERS, NONE_FIXED, "\n".join(WORD_NONE)]
    fillers = PLATFORMS + [b for b, _, _ in BANKS] + ESTATES + VILLAGES + TOWNS + ROADS + OCR_HEADS + OCR_TAILS
    for p in PROV_ORDER:
        for c, cs in PROV_PLACES[p]:
            fillers += [p, c] + cs
    for c, ds in CITY_ROADS:
        fillers += [c] + ds
    fillers += ["三千八", "一万二", "两万五", "上个月十五号", "二零二六年四月二号", "腊月二十三"]
    STATIC_BLOB = "\n".join([re.sub(r"\{[^}]*\}", "|", t) for t in all_tpl] + fillers + pres)
    WORD_POOL.extend(WORD_NAMES)
    R.shuffle(WORD_POOL)

    records = []
    masked_texts = []     # record texts with labelled values replaced by a mark, separators removed
    word_name_set = set(WORD_NAMES)
    rec_keys = set()
    rec_dropped = 0
    own_rec_rep = [0]
    tpl_used = {}
    counts_group = {}

    def accept(text, spans, names, planned_pii):
        nonlocal rec_dropped
        k = re.sub(r"\s", "", text)
        if k in other_texts:
            rec_dropped += 1
            return False
        if k in rec_keys:
            own_rec_rep[0] += 1
            return False
        pii = spans_to_pii(text, spans)
        if planned_pii != bool(pii):
            return False
        # masked copy
        chars = list(text)
        for a, b, _ in spans:
            for i in range(a, b):
                chars[i] = "\u0000"
        mt = norm("".join(chars))
        # own names must not occur outside labelled values, in this or earlier records
        for n in names:
            nn = norm(n)
            if nn in mt:
                return False
            if nn not in word_name_set:
                for other in masked_texts:
                    if nn in other:
                        return False
        # earlier (non-word) names must not occur here
        for n in USED_NAMES[:len(USED_NAMES) - len(names)]:
            nn = norm(n)
            if nn not in word_name_set and nn in mt:
                return False
        rec_keys.add(k)
        masked_texts.append(mt)
        for p in pii:
            assert p["value"] in text, p
        records.append({"text": text, "pii": pii})
        return True

    def run(group, tpl, style, name_style=None, planned=True, post=None, sender=None):
        for attempt in range(40):
            mark = len(USED_NAMES)
            text, spans, names = fill(tpl, style, name_style)
            if post:
                text, spans = post(text, spans)
            if accept(text, spans, names, planned):
                records[-1]["sender"] = sender
                records[-1]["group"] = group
                tpl_used[(group, tpl)] = tpl_used.get((group, tpl), 0) + 1
                counts_group[group] = counts_group.get(group, 0) + 1
                return True
            del USED_NAMES[mark:]
            # word names consumed are returned to the pool
            for n in names:
                if n in word_name_set and n not in WORD_POOL:
                    WORD_POOL.append(n)
        return False

    VOICE_PRE = ["", "", "", "嗯", "喂", "那个", "就是", "我想问一下", "你好", "嗯那个"]
    VOICE_SUF = ["", "", "", "怎么办啊", "我该怎么办", "啊", "嗯", "你说这算不算暴力催收", "我现在很害怕", "你们能帮帮我吗"]

    def voice_post(text, spans):
        text2, spans2 = strip_punct(text, spans)
        return text2, spans2

    plan = []
    for group, tpls, n in GROUPS:
        if tpls is None:
            continue
        order = list(tpls)
        while len(order) < n:
            order.append(R.choice(tpls))
        for t in order[:max(n, len(tpls))]:
            plan.append((group, t))
    # OCR records: 1-3 bodies, head, tail, wrapped
    ocr_bodies = [x.replace("\\n", "\n") for x in lines(OCR_BODIES)]
    # form-like block in OCR_BODIES spans several lines; regroup by blank-free lines
    for i in range(60):
        plan.append(("ocr", ocr_bodies[i % len(ocr_bodies)] if i < len(ocr_bodies) else R.choice(ocr_bodies)))
    word_sents = list(WORD_NONE)
    R.shuffle(word_sents)
    for i in range(30):
        plan.append(("word_none", None))
    R.shuffle(plan)

    for group, t in plan:
        if group == "voice":
            pre, suf = R.choice(VOICE_PRE), R.choice(VOICE_SUF)
            ok = run(group, pre + t + suf, "voice", post=voice_post)
        elif group == "voice_none":
            ok = run(group, t, "voice", planned=False, post=voice_post)
        elif group == "dialect":
            style = "voice" if R.random() < 0.5 else "text"
            post = voice_post if R.random() < 0.4 else None
            ok = run(group, t, style, post=post, sender=None)
        elif group == "ramble":
            ok = run(group, t, "text")
        elif group == "spaced":
            ok = run(group, t, "text", name_style="spaced",
                     sender=R.choice([None, None, None, R.choice(SENDERS_GATEWAY)]))
        elif group == "word":
            ok = run(group, t, R.choice(["text", "voice"]))
        elif group == "ocr":
            head = R.choice(OCR_HEADS)
            tail = R.choice(OCR_TAILS)
            full = head + "\n" + t + ("\n" + tail if tail else "")
            width = R.choice([11, 13, 14, 15, 16, 17, 19])
            ok = run(group, full, "ocr", post=lambda tx, sp, w=width: wrap(tx, sp, w))
        elif group == "addr":
            ok = run(group, t, R.choice(["text", "text", "voice"]))
        elif group == "numbers":
            ok = run(group, t, R.choice(["text", "text", "voice"]),
                     sender=R.choice([None, None, R.choice(SENDERS_GATEWAY)]))
        elif group == "none":
            ok = run(group, t, R.choice(["text", "voice"]), planned=False,
                     sender=R.choice([None, None, "95588", "95555"]))
        elif group == "word_none":
            sent = word_sents.pop(0)
            ok = run(group, sent, "text", planned=False)
        else:
            raise KeyError(group)
    # every template used
    for group, tpls, n in GROUPS:
        if tpls is None:
            continue
        for t in tpls:
            if group == "voice":
                assert any(g == "voice" and t in tt for (g, tt) in tpl_used), t
            else:
                assert (group, t) in tpl_used or rec_dropped, (group, t)

    # global checks
    all_values = []
    for r in records:
        for p in r["pii"]:
            all_values.append(norm(p["value"]))
    pres_norm = [norm(p) for p in pres]
    for v in sorted(set(all_values)):
        if v in word_name_set:
            continue
        for p in pres_norm:
            assert v not in p, "pii value in preserve line"
    assert len(pres) >= 1500, len(pres)
    assert len(set(re.sub(r"\s", "", r["text"]) for r in records)) == len(records)

    with open(OUT_JSONL, "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(records, 1):
            f.write(json.dumps({"id": "t7-%04d" % i, "text": r["text"], "sender": r["sender"], "pii": r["pii"]},
                               ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8", newline="\n") as f:
        for p in pres:
            f.write(p + "\n")

    kinds = {}
    for r in records:
        for p in r["pii"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print("records", len(records), "draws dropped as other-corpus duplicates", rec_dropped, "as own repeats", own_rec_rep[0])
    print("groups", sorted(counts_group.items()))
    print("kinds", sorted(kinds.items(), key=lambda x: -x[1]))
    print("no-pii records", sum(1 for r in records if not r["pii"]))
    print("preserve candidates", len(cands), "own repeats", own_rep, "dropped as other-corpus duplicates", dup, "kept", len(pres))


if __name__ == "__main__":
    main()
