#!/usr/bin/env python3
"""Scrubber tuning corpora, twelfth writer: IOUs, quote-replies, Moments, groups, word-names.

Writes, next to this file (or into $TUNE11_OUT_DIR):
  scrub_tune11.jsonl           about 900 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune11_preserve.txt    2,000+ ordinary lines with no personal data

Written on 2026-12-04 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3..10.md, the module
docstring of make_scrub_tune10.py, and `head -2` of scrub_tune10.jsonl and
scrub_tune10_preserve.txt).  Templates, word lists, the word-name, given-name,
city-name and romanisation lists are this writer's own; most Han and
traditional names come from Faker.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune11.py
Needs Faker==40.63.0 (locales zh_CN, zh_TW).  One random.Random(SEED); the
Faker instances are seeded from it; never iterates over a set.
The dedupe step reads the other scrub_* corpora in this directory (or in
$TUNE11_DEDUPE_DIR) at run time and prints counts only.
Set TUNE11_TEMPLATE_COUNTS=1 to print how often each template was used.

Styles (chosen to differ from the earlier writers):
  * hand-typed IOUs and their relatives: 借条, 欠条, 收条, 还款承诺书, 担保书,
    借款协议, 结清证明, 委托书, 保证书, with amounts in capital numerals
    (人民币叁万元整（¥30000.00）) and dates in words (二〇二六年三月五日);
  * quote-replies: WeChat quotes 「X：…」 with the dashed rule, nested quotes,
    e-mail reply headers ("在 …，X <mail> 写道：" with "> " lines,
    -----原始邮件-----), "回复 X：", "↳ 回复 @X", QQ quotes, name cards, merged
    forwards;
  * WeChat Moments: exposure posts by collectors, like lists (♡ X，Y),
    comments and "X回复Y：" threads;
  * groups: class parent groups (X妈妈, X爸爸, X家长 where X is the child's
    full name), owners' and home-town groups, DingTalk/WeCom work groups
    (已读/未读 lists, approvals), 接龙 lists, default group names "X、Y、Z(4)",
    group invitations;
  * a person's given name as the ONLY reference (我姐海燕, 二叔建国, 嫂子春花,
    speaker labels 海燕：) — labelled (doubtful; see SCRUB_TUNE11.md);
  * names that are ordinary words (明月 高山 夏天 江河 白露 时光 …), names that
    are city names (许昌 唐山 沈阳 …) or begin with one (邢台宇 常德胜 蒙自强),
    beside other place names;
  * "echo" names: a surname that is also a common word placed right after the
    same character used as a word (把钱转给钱伟, 白天白建平, 于是于波, 万一万鹏,
    关于关静, 我和和丽);
  * romanised names in borrowers' English and mixed text (zhangxiaoming,
    Zhang Xiaoming, ZHANG Wei, Wang.Fang, Fang Wang, WANG FANG, ZhangWei,
    Zhang Xiao-ming), given names alone in English (my sister Haiyan);
  * Hong Kong and Taiwanese texts with traditional word-names and 阿 nicknames;
  * a preserve file full of what a frightened borrower writes about family and
    roles (kinship words, 借款人/出借人/紧急联系人/担保人/催收员), name-like
    everyday nouns (李子树 燕子 白天 金条 高速 夏令营), loan-app words, IOU
    boilerplate, group and Moments chrome, amounts and dates in words.

Self-checks (the run fails, or the record is redrawn): every value occurs
verbatim in its text; values listed once, in order of first appearance; no
value contains another in the same record (separators and case ignored);
every occurrence of a labelled value lies inside a labelled span; no labelled
value occurs outside a labelled span in any other record or in any preserve
line; no 7+ digit run outside labelled values; all texts and preserve lines
distinct; >= 2,000 preserve lines; every template used; record texts and
preserve lines that equal or are contained in a text or line of another
corpus (whitespace removed) are redrawn / dropped, and only counts are printed.
"""

import json
import os
import re
import random
import sys
from pathlib import Path

from faker import Faker

SEED = 20270311
HERE = Path(__file__).resolve().parent
OUT_DIR = Path(os.environ.get("TUNE11_OUT_DIR", str(HERE)))
DEDUPE_DIR = Path(os.environ.get("TUNE11_DEDUPE_DIR", str(HERE)))
OUT_JSONL = OUT_DIR / "scrub_tune11.jsonl"
OUT_PRES = OUT_DIR / "scrub_tune11_preserve.txt"

R = random.Random(SEED)
FK = Faker("zh_CN")
FK.seed_instance(R.randrange(2 ** 32))
FT = Faker("zh_TW")
FT.seed_instance(R.randrange(2 ** 32))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- normalisation
SEP_RE = re.compile(r"[\s\u3000·•・‧．.\-_/,;]+")
WS_RE = re.compile(r"\s+")


def norm(s):
    return SEP_RE.sub("", s).lower()


def wsless(s):
    return WS_RE.sub("", s)


# ---------------------------------------------------------------- name lists
# Names that are ordinary words (surname + given name), with a sex tag.
WORD_NAMES_M = ["高山", "江河", "时光", "向东", "万里", "金山", "石泉", "路遥",
                "钟山", "雷鸣", "秦川", "关山", "高原", "洪涛", "严冬", "齐鲁",
                "华山", "常乐", "苏醒", "龙飞", "景明", "易水", "乔木"]
WORD_NAMES_F = ["明月", "夏天", "白露", "夏雨", "白雪", "宁静", "柳青", "杨柳",
                "文静", "高洁", "江月", "凌霄", "梅花", "丁香", "叶青", "田甜",
                "金铃", "余晖"]
# Given names used as the only reference to a person.
GIVEN_M = ["建国", "建华", "卫东", "志强", "德福", "保国", "永刚", "海军", "春生",
           "金宝", "铁柱", "满仓", "国强", "文斌", "红军", "解放", "跃进", "富贵",
           "长生", "继红"]
GIVEN_F = ["海燕", "春花", "秀英", "桂芳", "翠兰", "红梅", "玉兰", "丽娟", "秋菊",
           "凤英", "金凤", "淑芬", "春燕", "彩霞", "美玲", "腊梅", "冬梅", "牡丹",
           "雪梅", "红霞", "小燕", "巧云"]
# Names that are, or begin with, a city or county name.
CITY_NAMES = ["许昌", "唐山", "沈阳", "邵阳", "武威", "武安", "安阳", "卫辉", "钟祥",
              "文山", "楚雄", "方城", "凌源", "罗定", "安顺", "高平", "常宁", "万宁",
              "林芝", "杨凌", "项城", "邹城", "宁德", "吉安", "韩城", "余姚", "黄石",
              "金昌", "吴江", "吴忠", "龙泉", "龙海", "黄冈", "贺兰",
              "邢台宇", "常德胜", "安庆华", "金华明", "吉林峰", "黄山松", "岳阳明",
              "曲靖宇", "蒙自强", "景洪波", "温岭宇"]
KID_GIVEN = ["子涵", "梓萱", "浩宇", "一诺", "欣怡", "宇轩", "雨泽", "诗涵", "俊熙",
             "沐阳", "梓豪", "语桐", "思彤", "皓轩", "若曦", "子墨", "可馨", "奕辰",
             "梓睿", "佳怡", "铭泽", "紫萱", "晨阳", "思远", "悦彤", "锦程"]
# Traditional-character word-names and given names.
TRAD_WORD_M = ["時光", "江河", "高山", "萬里", "雷鳴", "關山"]
TRAD_WORD_F = ["白露", "明月", "夏天", "夏雨", "白雪", "柳青"]
TRAD_WORD = TRAD_WORD_M + TRAD_WORD_F
TRAD_GIVEN_F = ["海燕", "春花", "秀英", "桂芳", "翠蘭", "紅梅", "玉蘭", "麗娟", "美玲", "淑貞"]
TRAD_GIVEN_M = ["建國", "志強", "德福"]
TRAD_GIVEN = TRAD_GIVEN_F + TRAD_GIVEN_M
# Surnames that are common words, used right after the same character.
ECHO_SURNAMES = ["钱", "白", "高", "夏", "江", "时", "袁", "向", "于", "万", "常",
                 "方", "金", "路", "明", "安", "关", "和", "连", "何", "马", "周",
                 "任", "严", "黄", "石", "宋", "田", "牛", "龙", "童", "史", "包",
                 "车", "文", "叶", "毛"]

# Pinyin for romanised names.
PY_SUR = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
          "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin",
          "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
          "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
          "jiang", "yu", "du", "ye", "cheng", "wei", "su", "ding", "ren", "shen",
          "yao", "lu", "cui", "zhong", "tan", "fan", "liao", "shi", "jin",
          "qian", "xia", "bai", "qin", "kong", "meng", "qiu", "hou", "shao"]
PY_GIV_M = ["wei", "qiang", "lei", "jun", "yong", "jie", "tao", "ming", "chao", "gang",
            "bo", "hao", "kai", "peng", "feng", "long", "jian", "guo", "hai", "shan",
            "bin", "kun", "zhi", "song", "zhe", "hua", "yu", "xin", "yi", "chen"]
PY_GIV_F = ["fang", "na", "min", "jing", "li", "juan", "yan", "xiu", "ying", "hui",
            "dan", "ping", "xia", "mei", "lan", "ting", "qian", "xue", "yun", "chun",
            "qiu", "lu", "ning", "shu", "jia", "hong", "wen", "yu", "xin", "yi"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang",
          "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xiu", "ying", "hua",
          "hui", "dan", "ping", "gang", "xia", "bo", "xin", "yu", "hao", "yi",
          "zi", "han", "xuan", "chen", "rui", "kai", "peng", "hong", "mei", "lan",
          "feng", "long", "xiao", "jian", "guo", "chun", "qiu", "hai", "shan",
          "lu", "tian", "guang", "ting", "qian", "wen", "bin", "kun", "zhen",
          "shu", "zhi", "jia", "lin", "lu", "ning", "song", "xue", "yun", "zhe"]
PY_GIVEN_F = ["Haiyan", "Chunhua", "Xiuying", "Guifang", "Hongmei", "Yulan", "Lijuan",
              "Dongmei", "Caixia", "Meiling", "Xuemei", "Hongxia", "Qiaoyun"]
PY_GIVEN_M = ["Jianguo", "Weidong", "Zhiqiang", "Jianhua", "Guoqiang", "Baoguo", "Chunsheng"]
PY_GIVEN_ONLY = PY_GIVEN_F + PY_GIVEN_M
PY_WORD_M = ["Gao Shan", "Shi Guang", "Jiang He", "Wan Li", "Lei Ming", "Qin Chuan", "Guan Shan"]
PY_WORD_F = ["Xia Tian", "Bai Lu", "Ming Yue", "Bai Xue", "Xia Yu"]
PY_WORD = PY_WORD_M + PY_WORD_F

# ---------------------------------------------------------------- fillers
PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "美团借钱", "抖音放心借", "分期乐",
         "安逸花", "招联金融", "360借条", "度小满", "拍拍贷", "还呗", "洋钱罐",
         "小赢卡贷", "省呗", "网商贷", "携程借钱", "滴滴金融", "好分期", "中邮消费金融",
         "马上消费金融", "宜人贷", "你我贷", "榕树贷款"]
PLATS_EN = ["the loan app", "a lending app", "Jiebei", "Huabei", "Weilidai",
            "Fenqile", "a credit app", "the online lender"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行",
         "邮储银行", "兴业银行", "浦发银行", "中信银行", "光大银行", "民生银行",
         "农村信用社", "农商银行"]
CITIES = ["郑州", "洛阳", "周口", "南阳", "商丘", "信阳", "深圳", "东莞", "广州",
          "佛山", "惠州", "杭州", "宁波", "义乌", "苏州", "昆山", "南京", "合肥",
          "阜阳", "武汉", "长沙", "南昌", "成都", "重庆", "西安", "济南", "临沂",
          "潍坊", "石家庄", "保定", "太原", "昆明", "贵阳", "南宁", "福州", "厦门",
          "泉州", "天津", "北京", "上海", "哈尔滨", "长春", "兰州", "银川", "乌鲁木齐"]
PROVS = ["河南", "四川", "湖南", "湖北", "安徽", "江西", "广西", "贵州", "山东",
         "河北", "陕西", "甘肃", "黑龙江", "云南", "重庆", "福建", "浙江", "江苏"]
COUNTIES = ["沈丘县", "郸城县", "太康县", "固始县", "商水县", "睢县", "虞城县",
            "临泉县", "颍上县", "宣汉县", "南部县", "仪陇县", "汝南县", "上蔡县",
            "曹县", "郓城县", "兰陵县", "新化县", "邵东县", "祁东县"]
SCHOOLS = ["实验小学", "第二小学", "育才小学", "城关一小", "第三中学", "外国语学校",
           "新区小学", "阳光幼儿园", "中心小学", "朝晖中学"]
CLASSES = ["三年级二班", "一年级（3）班", "五年级四班", "初二（6）班", "大班",
           "二年级一班", "四（2）班", "初一3班", "六年级五班", "中二班"]
COMPANIES = ["鼎盛资产管理有限公司", "恒信商务咨询有限公司", "汇通信息服务有限公司",
             "诚达法务咨询有限公司", "正源资产管理有限公司", "佳和企业管理有限公司",
             "博远信息技术有限公司", "众联商务服务有限公司"]
OVERSEAS = ["Sydney", "Melbourne", "Toronto", "London", "Auckland", "Vancouver",
            "Manchester", "Osaka", "Kuala Lumpur", "Singapore"]
PURPOSES = ["资金周转", "孩子上学", "家人看病", "做生意进货", "买车首付", "装修房子",
            "还信用卡", "交房租", "给父亲做手术"]
REASONS = ["失业", "生病住院", "生意失败", "收入减少", "工厂停工", "家里出了变故"]
TERMS = ["三个月", "六个月", "一年", "两年", "十二个月", "九十天"]
REPAYS = ["到期一次性还本付息", "按月等额还款", "先息后本", "每月还息，到期还本"]
RATES = ["月息1.5%", "年利率24%", "利息按月息两分计算", "不计利息", "年息百分之十",
         "利息按一分算"]
Q_COLL = ["今天不还钱就上门", "你的通讯录我们已经全部导出", "再不接电话就联系你单位",
          "你的案子已经移交法务部", "最后给你一次协商机会", "三点前不处理后果自负",
          "我们会安排外访人员核实地址", "你躲得了初一躲不过十五", "我们已经联系你的紧急联系人了",
          "你家里人都知道了吗", "明天就去你老家", "逾期记录会上报征信"]
Q_DEBT = ["我在凑钱，别打我家人电话", "你再威胁我就报警", "发了工资就还",
          "本金我认，利息不认", "我已经在走协商程序了", "请你们按规定时间联系我",
          "我家人跟这笔钱没有关系", "录音我都保存了", "我会按承诺分期还"]
HH = ["21:07", "昨天 21:07", "3分钟前", "1小时前", "周三 下午3:42", "08:15",
      "前天 23:40", "刚刚", "5分钟前", "昨天 18:30"]

# ---------------------------------------------------------------- numbers in words
DIG = "零一二三四五六七八九"
CAP = "零壹贰叁肆伍陆柒捌玖"


def cap_amount(n):
    """Integer < 1,000,000 in capital numerals, without 元."""
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        digits = [(x // 1000) % 10, (x // 100) % 10, (x // 10) % 10, x % 10]
        for i, d in enumerate(digits):
            if d == 0:
                zero = bool(s)
                continue
            if zero:
                s += "零"
                zero = False
            s += CAP[d] + units[3 - i]
        return s

    wan, rest = divmod(n, 10000)
    out = ""
    if wan:
        out = four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out


def word_amount(n):
    """Colloquial: 3200 -> 三千二, 12000 -> 一万二, 20000 -> 两万, 800 -> 八百."""
    def d(x, first=False):
        return "两" if (x == 2 and first) else DIG[x]
    if n >= 10000:
        w, r = divmod(n, 10000)
        if w >= 10:
            s = (DIG[w // 10] if w // 10 > 1 else "") + "十" + (DIG[w % 10] if w % 10 else "")
        else:
            s = d(w, True)
        s += "万"
        q = r // 1000
        if q:
            s += DIG[q]
        return s
    if n >= 1000:
        q, r = divmod(n, 1000)
        s = d(q, True) + "千"
        b = r // 100
        if b:
            s += DIG[b]
        return s
    b = n // 100
    return d(b, True) + "百"


def cn_num(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def rnd_amount():
    base = pick([300, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10000, 20000,
                 30000, 50000, 80000])
    return base + 100 * R.randrange(0, 10) if base < 10000 else base + 1000 * R.randrange(0, 10)


def f_money():
    n = rnd_amount()
    c = cap_amount(n)
    return pick([f"人民币{c}元整（¥{n}.00）", f"人民币{c}元整（小写：{n}元）",
                 f"现金{c}元整（{n}元）", f"人民币（大写）{c}元整，小写¥{n}",
                 f"{c}元整（¥{n}）"])


TRAD_NUM = str.maketrans("贰叁陆万", "貳參陸萬")


def f_moneycap():
    return cap_amount(rnd_amount()) + "元"


def f_datecn():
    y, m, d = pick([2025, 2026]), R.randint(1, 12), R.randint(1, 28)
    if chance(0.5):
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    return f"{y}年{m}月{d}日"


def f_due():
    y, m, d = pick([2026, 2027]), R.randint(1, 12), R.randint(1, 28)
    if chance(0.4):
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    return f"{y}年{m}月{d}日"


def f_date():
    m, d = R.randint(1, 12), R.randint(1, 28)
    return pick([f"{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"2026/{m}/{d}", f"{m}.{d}"])


def f_datew():
    return pick(["下个月十五号", "月底", "年底", "腊月二十", "正月十五",
                 "下礼拜三", "这个月二十号", "发工资那天", "国庆节", "过完年",
                 "下下个月", "三月份", "清明", "五一"])


def f_cndt():
    m, d = R.randint(1, 12), R.randint(1, 28)
    wd = pick("一二三四五六日")
    return f"2026年{m}月{d}日 周{wd} {pick(['上午', '下午', '晚上'])}{R.randint(1, 11)}:{R.randint(0, 59):02d}"


def f_endate():
    mon = pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    wd = pick(["Mon", "Tue", "Wed", "Thu", "Fri"])
    return f"{wd}, {mon} {R.randint(1, 28)}, 2026 at {R.randint(1, 12)}:{R.randint(0, 59):02d} {pick(['AM', 'PM'])}"


def f_ymdhm():
    return f"2026年{R.randint(1, 12)}月{R.randint(1, 28)}日 {R.randint(8, 22)}:{R.randint(0, 59):02d}"


FILL = {
    "plat": lambda: pick(PLATS),
    "platen": lambda: pick(PLATS_EN),
    "bank": lambda: pick(BANKS),
    "city": lambda: pick(CITIES),
    "prov": lambda: pick(PROVS),
    "county": lambda: pick(COUNTIES),
    "school": lambda: pick(SCHOOLS),
    "cls": lambda: pick(CLASSES),
    "co": lambda: pick(COMPANIES),
    "ocity": lambda: pick(OVERSEAS),
    "purpose": lambda: pick(PURPOSES),
    "reason": lambda: pick(REASONS),
    "term": lambda: pick(TERMS),
    "repay": lambda: pick(REPAYS),
    "rate": lambda: pick(RATES),
    "qc": lambda: pick(Q_COLL),
    "qd": lambda: pick(Q_DEBT),
    "hh": lambda: pick(HH),
    "amt": lambda: str(rnd_amount()),
    "amtw": lambda: word_amount(rnd_amount()),
    "money": f_money,
    "moneycap": f_moneycap,
    "moneycapt": lambda: f_moneycap().translate(TRAD_NUM),
    "datecn": f_datecn,
    "due": f_due,
    "date": f_date,
    "datew": f_datew,
    "cndt": f_cndt,
    "datewt": lambda: pick(["下個月十五號", "月底", "年底", "過完年", "農曆新年", "下禮拜三", "中秋節"]),
    "endate": f_endate,
    "ymdhm": f_ymdhm,
    "days": lambda: str(R.randint(3, 420)),
    "periods": lambda: str(pick([6, 10, 12, 18, 24, 36])),
    "age": lambda: str(R.randint(19, 42)),
}
FILLER_LISTS = [PLATS, PLATS_EN, BANKS, CITIES, PROVS, COUNTIES, SCHOOLS, CLASSES,
                COMPANIES, OVERSEAS, PURPOSES, REASONS, TERMS, REPAYS, RATES, Q_COLL,
                Q_DEBT, HH]

# ---------------------------------------------------------------- personal data
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                 "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                 "159", "166", "172", "173", "175", "176", "177", "178", "180", "181",
                 "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                 "195", "198", "199"]


def g_mobile_digits():
    return pick(MOBILE_PREFIX) + "".join(str(R.randrange(10)) for _ in range(8))


def g_phone():
    m = g_mobile_digits()
    r = R.random()
    if r < 0.55:
        return m
    if r < 0.72:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.82:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.90:
        return "+86" + pick(["", " "]) + m
    if r < 0.95:
        return f"{m[:3]} {m[3:]}"
    return "".join(chr(ord("０") + int(c)) for c in m)


def g_tel():
    area = pick(["0371", "0394", "0755", "020", "021", "010", "0512", "027", "028", "0531"])
    num = str(R.randint(2, 8)) + "".join(str(R.randrange(10)) for _ in range(7 if len(area) == 3 else 6))
    return pick([f"{area}-{num}", f"({area}){num}", f"（{area}）{num}", f"{area} {num}"])


def g_twphone():
    d = "09" + "".join(str(R.randrange(10)) for _ in range(8))
    return pick([f"{d[:4]}-{d[4:7]}-{d[7:]}", d, f"+886 {d[1:4]} {d[4:7]} {d[7:]}"])


def g_hkphone():
    d = pick("569") + "".join(str(R.randrange(10)) for _ in range(7))
    return pick([f"{d[:4]} {d[4:]}", d, f"+852 {d[:4]} {d[4:]}"])


AREAS = ["110101", "110105", "120101", "130102", "130503", "130602", "140105",
         "150102", "210102", "220102", "230102", "310101", "310115", "320102",
         "320382", "330102", "330782", "340102", "341204", "350102", "360102",
         "370102", "371302", "410102", "410105", "411602", "411624", "413026",
         "420102", "430102", "431102", "440103", "440307", "450102", "500103",
         "510104", "511722", "520102", "530102", "610102", "620102", "640104", "650102"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def g_id():
    y = R.randint(1950, 2004)
    body = pick(AREAS) + f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randrange(1000):03d}"
    c = ID_C[sum(int(a) * b for a, b in zip(body, ID_W)) % 11]
    if c == "X" and chance(0.3):
        c = "x"
    s = body + c
    r = R.random()
    if r < 0.8:
        return s
    if r < 0.9:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    return f"{s[:6]} {s[6:10]} {s[10:14]} {s[14:]}"


CARD_PREFIX = ["622202", "621226", "622848", "622845", "621700", "436742", "622588",
               "621483", "622262", "622188", "621799", "622630", "622622", "623058",
               "622150", "621661", "625965"]


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def g_card():
    ln = pick([16, 19, 19])
    body = pick(CARD_PREFIX) + "".join(str(R.randrange(10)) for _ in range(ln - 7))
    s = body + luhn_digit(body)
    r = R.random()
    if r < 0.6:
        return s
    if r < 0.85:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


ADDR_PCD = [("河南省", "郑州市", "金水区"), ("河南省", "周口市", "川汇区"),
            ("河南省", "洛阳市", "涧西区"), ("山东省", "临沂市", "兰山区"),
            ("江苏省", "徐州市", "鼓楼区"), ("广东省", "深圳市", "龙岗区"),
            ("广东省", "东莞市", "塘厦镇"), ("浙江省", "杭州市", "余杭区"),
            ("湖北省", "武汉市", "洪山区"), ("四川省", "成都市", "武侯区"),
            ("安徽省", "合肥市", "蜀山区"), ("湖南省", "长沙市", "雨花区"),
            ("陕西省", "西安市", "雁塔区"), ("河北省", "保定市", "竞秀区"),
            ("江西省", "南昌市", "青山湖区"), ("福建省", "泉州市", "丰泽区")]
ROADS = ["人民路", "建设路", "文化路", "中原路", "朝阳路", "工业大道", "学府路",
         "新华路", "迎宾大道", "东风路", "幸福路", "花园路", "滨河路", "青年路"]
ESTATES = ["幸福家园", "锦绣花园", "阳光城", "滨河小区", "世纪新城", "御景湾",
           "绿地新都会", "金色港湾", "翡翠城", "香榭丽舍", "名门世家", "书香苑",
           "泰和园", "丽都花园", "城市之光"]
VILLAGES = ["李庄", "王家湾", "后屯", "张楼", "大刘庄", "前营", "小杨庄", "陈家沟",
            "孙庄", "东赵村"]
TOWNS = ["城关镇", "新集镇", "老城镇", "付井镇", "白集镇", "马头镇", "三里镇"]


def g_addr():
    p, c, d = pick(ADDR_PCD)
    r = R.random()
    b, u, rm = R.randint(1, 28), R.randint(1, 6), R.randint(1, 32) * 100 + R.randint(1, 4)
    if r < 0.35:
        pre = pick([p + c + d, c + d, d])
        return f"{pre}{pick(ROADS)}{R.randint(1, 300)}号{pick(ESTATES)}{b}栋{u}单元{rm}室"
    if r < 0.55:
        return f"{c}{d}{pick(ESTATES)}{b}号楼{u}单元{rm}"
    if r < 0.75:
        v = pick(VILLAGES)
        grp = pick([f"{R.randint(1, 12)}组", f"{cn_num(R.randint(1, 12))}组", f"{R.randint(1, 9)}队"])
        return f"{pick([p, ''])}{pick(COUNTIES)}{pick(TOWNS)}{v}{'' if v.endswith('村') else '村'}{grp}{R.randint(1, 80)}号"
    if r < 0.9:
        return f"{d}{pick(ROADS)}{R.randint(1, 300)}号{pick(ESTATES)}{b}-{u}-{rm}"
    return f"{c}{d}{pick(ROADS)}{R.randint(1, 300)}号院{b}号楼{rm}"


PLATE_PROV = "豫鲁苏粤川冀浙皖湘鄂赣陕晋闽桂渝津京沪黑吉辽云贵甘"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def g_plate():
    tail = [str(R.randrange(10)) for _ in range(5)]
    for _ in range(R.randint(0, 2)):
        tail[R.randrange(5)] = pick(PLATE_LET)
    if chance(0.2):
        tail = [pick("DF")] + [str(R.randrange(10)) for _ in range(5)]
    s = pick(PLATE_PROV) + pick(PLATE_LET)
    t = "".join(tail)
    return pick([s + t, s + t, f"{s}·{t}", f"{s} {t}", f"{s}-{t}"])


def g_qq():
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(R.randint(5, 9)))


ALNUM = "abcdefghijkmnpqrstuvwxyz0123456789"


def g_wx():
    if chance(0.35):
        return "wxid_" + "".join(pick(ALNUM) for _ in range(14))
    head = pick(PY_SUR) + pick(PY_GIV)
    return head + pick(["", "_", "-"]) + str(R.randint(10, 99999))


def g_email():
    user = pick(PY_SUR) + pick(PY_GIV) + pick(["", "_", "."]) + str(R.randint(1, 2009))
    dom = pick(["163.com", "126.com", "sina.com", "outlook.com", "foxmail.com", "gmail.com", "qq.com"])
    if dom == "qq.com":
        user = g_qq()
    return f"{user}@{dom}"


def g_contract():
    return pick(["HT", "JK", "XD", "JKHT"]) + "2026" + "".join(str(R.randrange(10)) for _ in range(R.randint(6, 8)))


def g_gh():
    return pick(["CS", "HN", "A", "SZ-", ""]) + str(R.randint(1000, 99999))


PII_GEN = {
    "phone": ("phone", g_phone), "tel": ("phone", g_tel), "twphone": ("phone", g_twphone),
    "hkphone": ("phone", g_hkphone), "id": ("id_number", g_id), "card": ("bank_card", g_card),
    "addr": ("address", g_addr), "plate": ("plate", g_plate), "qq": ("qq", g_qq),
    "wx": ("wechat", g_wx), "email": ("email", g_email), "contract": ("account", g_contract),
    "gh": ("account", g_gh),
}

# ---------------------------------------------------------------- templates
# Name slots: one letter + digit.  n any, m male, f female, w word-name, x word
# male, y word female, g given-only any, h given-only male, j given-only female,
# c city-name, k child (full name), t trad any, u trad male, v trad female,
# p trad given-only (female), l romanised any, a romanised male, b romanised
# female, z fused lower-case pinyin, q romanised given-only, r romanised
# given-only female; e<surname><digit> echo.

T = {}

T["iou"] = [
    "借条\n今借到{n1}{money}，用于{purpose}，约定于{due}前归还，{rate}。\n借款人：{n2}\n身份证号：{id}\n联系电话：{phone}\n{datecn}",
    "欠条\n今欠{n1}{money}，定于{due}前还清。如到期未还，愿承担由此产生的一切费用。\n欠款人：{n2}（按手印）\n{datecn}",
    "收条\n今收到{n1}归还的借款{money}，此前所立借条作废。\n收款人：{n2}\n{datecn}",
    "还款承诺书\n本人{n1}，身份证号码{id}，因在{plat}的借款逾期未还，现承诺于{due}前还清全部欠款。如未履行，自愿承担法律责任。\n承诺人：{n1}\n{datecn}",
    "担保书\n{n1}向{n2}借款{money}，本人{n3}自愿提供连带责任担保，保证期间为借款到期后两年。\n担保人：{n3}\n电话：{phone}\n住址：{addr}",
    "借款协议（节选）\n出借人（甲方）：{n1}\n借款人（乙方）：{n2}\n乙方身份证号：{id}\n乙方住址：{addr}\n借款金额：{money}\n借款期限：{term}\n还款方式：{repay}",
    "那张借条是他们逼我写的，原文是：“本人{n1}今借到{n2}{money}，{due}前还清。”其实我到手只有{amtw}",
    "我手里只有一张欠条，上面写着欠款人{n1}，出借人{n2}，见证人{n3}，日期是{datecn}，这个有用吗",
    "借条\n今借{n1}现金{moneycap}整，{datew}归还。\n借款人：{n2}\n见证人：{n3}、{n4}",
    "分期还款协议\n甲方：{co}\n乙方：{n1}（身份证：{id}）\n乙方同意自{datecn}起每月还款{amt}元，共{periods}期。\n甲方经办人：{n2}\n乙方签字：{n1}",
    "结清证明\n兹证明{n1}（身份证号：{id}）在我司的借款（合同编号：{contract}）已于{datecn}全部结清，双方再无债权债务关系。\n{co}\n经办人：{n2}",
    "{n1}借{n2}{amtw}块，说好{datew}还，微信转账记录为证，{n1}的手机号{phone}",
    "还款计划书\n致{n1}：\n本人{n2}因{reason}暂时无力偿还，恳请同意按以下计划还款：{datew}还{amtw}，之后每月还{amtw}。\n申请人：{n2}\n{datecn}",
    "委托书\n委托人：{n1}\n受托人：{n2}\n委托事项：代为与{plat}协商还款事宜\n委托人电话：{phone}\n{datecn}",
    "借据上的字我抄下来了：借款人{n1} 金额{moneycap} 借期{term} 出借人签名{n2}，最后还按了红手印",
    "今借到\n{n1}\n{money}\n此据\n借款人 {n2}\n{datecn}",
    "欠款确认书\n经双方核对，{n1}截至{datecn}尚欠{n2}本金{amtw}元、利息{amtw}元，合计{moneycap}。\n确认人：{n1}\n债权人：{n2}",
    "我妈当年给{n1}写过一张借条：“今借{n1}{moneycap}，一年内还清，借款人{f2}。”现在{n1}的儿子拿着借条来我家要钱",
    "押车借款合同\n借款人：{n1}\n车牌号：{plate}\n出借方：{co}\n借款金额：{money}\n经办人：{n2}",
    "借条不是我写的，签名那里写的是{n1}，我根本不叫这个名字，可身份证号{id}确实是我的",
    "收据\n今收到{n1}交来还款{money}（转入{bank}卡{card}）。\n收款人：{n2}\n{datecn}",
    "保证书\n我{n1}保证{datew}之前把欠{n2}的{amtw}块钱还上，做不到随便他怎么处理。\n{datecn}",
    "借条照片上写着：今借到{w1}{money}，借款人{n2}。{w1}是我以前的同事",
    "他们拿来一份还款协议让我签，乙方写的是我老公{m1}，甲方代表{n2}，我没签",
    "借款人：{n1}\n出借人：{n2}\n担保人：{n3}\n金额：{moneycap}\n利息：{rate}\n到期日：{due}",
    "我借给{n1}{amtw}，有借条，{n1}现在说钱是{n2}拿走的，让我去找{n2}要",
]

T["quote"] = [
    "「{n1}：{qc}」\n- - - - - - - - - - - - - - -\n{qd}",
    "{qd}\n「{n1}：{qc}」",
    "我：你到底是谁\n{n1}：{qc1}\n「{n1}：{qc1}」\n我：说清楚，{n2}跟这事有什么关系",
    "在 {cndt}，{n1} <{email}> 写道：\n> {n2}先生：\n> 您在{plat}的借款已逾期{days}天，\n> 请于{datew}前处理。\n\n我已经在协商了，请不要再联系我的家人。",
    "-----原始邮件-----\n发件人: {n1} <{email}>\n发送时间: {ymdhm}\n收件人: {email}\n主题: 关于{n2}的逾期款项\n\n{n2}您好：您的借款已逾期，请尽快处理。",
    "回复 {n1}：你说的{m2}是我表哥，他不欠任何人钱",
    "【引用】{n1}：你不还钱我们就找你单位\n我的回复：你找谁都没用，我已经在走法律程序",
    "[个人名片]\n{n1}\n微信号: {wx}\n\n这是他们推给我的名片，说这是我的“对接人”",
    "—— {n1}转发的聊天记录 ——\n{n2}：{qc}\n{n3}：收到",
    "[回复]{n1}({qq})：{qc}\n我：{qd}",
    "「{n1}：[语音转文字] {qc}」\n这是他今天早上发的语音",
    "「{n1}：「{n2}：什么时候还」我也不知道」\n你们俩别在群里吵了",
    "我截图给你看\n「{n1}：你老婆{f2}在{city}上班对吧」\n他们连我老婆在哪上班都知道",
    "> {n1}：三天内不还就上门\n> 我：我已经报警了\n后来{n1}就没再发过消息",
    "{n1}撤回了一条消息，撤回前我看到的是：“{qc}”",
    "↳ 回复 @{n1}：别信他们，我也被这样吓过",
    "{n1}和{n2}的聊天记录\n\n{n1}：{qc}\n{n2}：我只是紧急联系人\n{n1}：那你转告他",
    "引用 {n1} 的发言：\n“{n2}欠的钱，我们会一直找到他还为止”\n有没有人知道这算不算违法",
    "「{y1}：我是{m2}的老婆，有事找我」\n- - - - - - - - - - - - - - -\n好的，请你转告他尽快处理",
    "他发来的第一句话是「你好，我是{n1}，负责你在{plat}的案子」，然后就开始骂人",
    "「我：我不认识{m1}」\n「{n2}：你手机通讯录里有他，别装了」",
    "[名片] {n1} | 法务专员\n手机：{phone}\n这是今天加我的那个人",
    "On {endate}, {l1} <{email}> wrote:\n> Please repay by Friday or we will contact {l2}.\n\nStop contacting my family.",
    "Re: 还款提醒\n\n> 在{cndt}，“{n1}”写道：\n> 你弟弟{m2}的电话我们已经拿到了\n\n请不要骚扰我的家人。",
]

T["moments"] = [
    "【曝光】{n1}，身份证{id}，欠{plat}{amt}元逾期{days}天不还，认识的亲朋好友转告一下！\n♡ {n2}，{n3}\n{n2}：真的假的？\n{n4}回复{n2}：别乱转，这是暴力催收",
    "朋友圈截图文字：\n{n1}\n“欠债还钱天经地义，{n2}你躲得了初一躲不过十五”\n{hh}\n♡ {n3}, {n4}, {n5}",
    "我表哥{m1}在朋友圈发了一条，说有人冒充催收加他微信问我在哪，下面{n2}还评论“我也收到了”",
    "这是我发的朋友圈：最近有人以我的名义借钱，请大家不要相信。\n评论：\n{n1}：收到\n{n2}：怎么回事？\n我回复{n2}：私聊",
    "他们把我照片发到了同学群里，配的字是“{n1}欠钱不还”，{n2}第一时间截图发给了我",
    "{n1}的朋友圈：“谁认识{n2}，欠我{amtw}跑了，提供线索有酬谢”，下面配的是{n2}的身份证照片",
    "点赞的有：{n1}、{n2}、{n3}，全是我通讯录里的人",
    "朋友圈\n{n1}：今天去{city}上门了，当事人{n2}不在家，邻居说早就搬走了\n[图片]\n♡ {n3}",
    "{n1}在朋友圈里@了{n2}和{n3}，问我是不是欠钱了",
    "她给我留言：“{f1}：你没事吧？看到有人在朋友圈发你的欠款信息”",
    "朋友圈明明设置了三天可见，{n1}还是截到了，转发给了我婆婆{f2}",
    "{n1} {hh}\n本人郑重声明：{n2}借的钱与本人无关，请不要再打我电话。\n♡ {n3}，{n4}\n{n3}：支持",
    "曝光\n姓名：{n1}\n电话：{phone}\n住址：{addr}\n欠款：{amt}元\n这是他们发在我同事朋友圈的",
    "朋友圈评论区：\n{n1}：这不是{n2}吗\n{n3}回复{n1}：是他，上个月还找我借钱\n{n2}：别听他们瞎说",
    "{y1}发了条朋友圈骂我，说我欠钱不还害了她，其实我根本不认识她",
]

T["group"] = [
    "{school}{cls}家长群\n{n1}（班主任）：请各位家长核对孩子信息\n陌生人：请问{k1}的家长在吗？孩子爸爸{m2}在我们平台欠款{amt}元\n{k3}妈妈：这是谁拉进来的？",
    "@{k1}妈妈 您好，我是{plat}的工作人员，请转告{f2}尽快处理欠款",
    "群成员(43)\n{k1}爸爸\n{k2}妈妈\n{k3}妈妈\n班主任-{f1}\n数学老师{n2}\n就是这个群，他们混进来了",
    "班主任{f1}私聊我：“{k1}妈妈，有人在群里发了你家的欠款信息，我已经撤回了”",
    "“{n1}”邀请你和{n2}、{n3}、{n4}加入了群聊\n{n1}：各位都是{n5}的亲友，{n5}欠款不还，请大家督促",
    "群聊名称：{n1}、{n2}、{n3}(4)\n我被拉进了这个群，里面全是我通讯录里的人",
    "未读 3人：{n1}、{n2}、{n3}\n已读 12人\n这是我们公司钉钉的通知，领导专门发了我欠款的事",
    "【钉钉】{n1}发起的审批\n审批类型：外访申请\n外访对象：{n2}\n外访地址：{addr}\n审批人：{n3}（已同意）",
    "#接龙\n被{plat}爆通讯录的报名，一起投诉\n\n1. {n1} 河南 {amtw}\n2. {n2} 四川 逾期{days}天\n3. {n3} 广东\n4. 我",
    "#接龙 本周回款\n1. {n1} 已还\n2. {n2} 协商中\n3. {n3} 失联\n4. {n4} 承诺{datew}还",
    "企业微信 催收二组\n{n1}：@{n2} {m3}的案子今天有进展吗\n{n2}：打了七次没接，明天联系他哥{m4}",
    "业主群\n{n1}：谁家欠钱了？催债的在3栋门口贴了纸，写着{n2}欠款不还\n物业客服：已经撕掉了",
    "老乡群里有人发：“{m1}是不是咱们{county}的？他在外面欠了很多钱”",
    "@所有人 法院来函冻结工资，请{n1}、{n2}两位同事下班前到人事部一趟",
    "群公告：{m1}已被移出本群，大家不要再借钱给他",
    "“{n1}”修改群名为“{n2}还钱”",
    "{n1} 在群里 @我：你欠{n2}的钱什么时候还\n我回：我根本不认识{n2}",
    "我们村的微信群里，村支书{m1}发了条：请{n2}的家属看到后联系村委会",
    "家长群里@我的是{k1}的家长，说有个自称律师的{n2}在私聊每个家长",
    "群接龙统计\n序号 姓名 电话\n1 {n1} {phone}\n2 {n2} {phone}\n3 {n3} {phone}",
    "{k1}爸爸：@{k2}妈妈 刚才那个人私聊我了，说你老公{m3}欠钱\n{k2}妈妈：谢谢提醒，已经报警了",
    "【企业微信】{n1}：今日分案\n{n2} 8户\n{n3} 5户\n{n4} 6户\n请各位今天全部电话触达",
    "群里{n1}@了我三次：“{n2}在不在？{n2}的电话一直打不通”",
    "“{n1}”将“{n2}”移出了群聊\n“{n3}”加入了群聊\n{n3}：大家好，我是{plat}法务",
    "[群通知] {n1}已成为新群主\n{n1}：以后这个群专门用来通知{n2}的亲友",
    "{k1}家长：老师，今天有人在校门口打听{k1}爸爸在哪上班\n{f2}老师：我马上报告学校",
]

T["kin"] = [
    "我姐{j1}在外地打工，他们连她都打了",
    "我二叔{h1}七十多了，接了电话回来血压就高了",
    "嫂子{j1}让我转告你们，不要再打她电话",
    "{j1}：他们又打电话到我单位了\n我：谁打的\n{j1}：说是{plat}的",
    "紧急联系人那栏我填的是我姐{j1}和我哥{h2}",
    "{h1}叔昨天专门来我家，问我是不是欠人钱了",
    "我媳妇{j1}都不知道这事，现在天天跟我吵",
    "大伯家的堂哥{h1}说有人加他微信问我住哪",
    "{j1}婶子说村里都传开了",
    "我小姨{j1}和我表妹{j2}都收到了短信",
    "我们家{h1}（我老公）在工地上干活，手机一直响",
    "隔壁{j1}阿姨问我是不是出什么事了",
    "我舅舅{h1}、舅妈{j2}还有我外婆，三个人都被打了",
    "妈妈（{j1}）：闺女你到底欠了多少\n我：妈你别管了",
    "婆婆{j1}一直问我是不是{h2}在外面借了钱",
    "老公{h1}的手机被他们打到关机",
    "备注是“姐姐{j1}”的那个号码也被打了",
    "二姑{j1}打来电话：你是不是欠了钱，有人冒充公安打给我",
    "爸（{h1}）：他们说再不还就去你单位\n我：爸，不用理他们",
    "我哥{h1}说要替我还，我不想让他还",
    "{h1}哥，是我，钱的事你千万别管",
    "我大姐{j1}、二姐{j2}、弟弟{h3}，他们挨个打了一遍",
    "我对象{j1}说再这样就分手",
    "堂姐{j1}把截图发给我，上面写着我欠了{amtw}",
    "我岳父{h1}身体不好，求你们别再打他电话",
    "外婆总念叨{j1}（我妈）的名字，说有人打电话找她",
    "{j1}姐：催收的又来电话了，我说不认识你\n我：谢谢姐",
    "通讯录里我只存了“{h1}舅”，他们照样打过去了",
    "我老婆{j1}在{city}带孩子，他们连她单位都知道",
    "{h1}伯是我们村的，他问我是不是在外头欠了账",
]

T["echo"] = [
    "借的钱是{e钱1}帮我介绍的，他拿了好处费",
    "我把钱转给{e钱1}了，截图还在",
    "还钱的事你们找{e钱1}，钱都是他拿走的",
    "白条逾期以后{e白1}天天打电话",
    "白天{e白1}来过一次，没找到我",
    "高利贷是{e高1}介绍的",
    "在高速上接到{e高1}的电话，差点出事",
    "夏令营的钱是{e夏1}先垫的",
    "江湖救急，{e江1}借了我五千",
    "江苏的号码打来，对方说自己叫{e江1}",
    "时间到了{e时1}还是没还",
    "我每个月都按时把钱给了{e时1}",
    "转了{amtw}元给{e袁1}，他说没收到",
    "我曾向{e向1}借过两千，早就还了",
    "他们向{e向1}打听我的住址",
    "于是{e于1}就把我的号码给了他们",
    "关于{e于1}欠款的事，我真的不知道",
    "万一{e万1}不还，我这个担保人要替他还吗",
    "借了三万，{e万1}说月底还",
    "{e常1}常常半夜打电话",
    "方便的话请转告{e方1}回个电话",
    "金条是{e金1}帮我申请的",
    "金额是{e金1}算出来的，根本不对",
    "路上碰到{e路1}，他问我什么时候还",
    "明天{e明1}要来拿钱",
    "安全起见我没告诉{e安1}",
    "关于{e关1}的债务，本人不承担任何责任",
    "我和{e和1}都被爆了通讯录",
    "连本带利{e连1}要了我八千",
    "何时还钱{e何1}也说不清",
    "马上{e马1}就到楼下了",
    "周末{e周1}来我家要钱",
    "任何人都不能替{e任1}还钱",
    "严重逾期的是{e严1}，不是我",
    "黄金周{e黄1}回老家了，电话一直打不通",
    "石家庄的号码，说是{e石1}的同事",
    "宋体打印的通知上写着{e宋1}的名字",
    "田里的活干完了{e田1}才回我消息",
    "牛皮吹得响，{e牛1}一分钱都没还",
    "龙头企业的人事{e龙1}打来的电话",
    "童装店老板{e童1}也被打了电话",
    "史上最离谱的催收，{e史1}居然打给了我奶奶",
    "包括{e包1}在内一共五个联系人",
    "车贷是{e车1}帮我办的",
    "文件上签字的是{e文1}",
    "叶子黄了{e叶1}还说没钱",
    "毛估估{e毛1}欠了我一万多",
    "钱的事找{e钱1}，时间的事找{e时1}",
]

T["city"] = [
    "{c1}在{city}打工，去年借了我八千到现在没还",
    "我同事{c1}是{prov}人，他们连他都打了",
    "对方说他叫{c1}，听口音像是{prov}的",
    "{c1}的电话是{phone}，人现在在{city}",
    "找{c1}去，钱是他借的",
    "我老公{c1}的老家在{county}",
    "紧急联系人：{c1}（朋友）",
    "{city}的号码打来，自称{c1}，说是{plat}的外访",
    "{c1}、{c2}和我三个人是在{city}一起上班认识的",
    "催收员{c1}，工号{gh}，说下周要来{city}上门",
    "我前夫{c1}现在在{city}，孩子跟着我",
    "{c1}给我打电话说他人就在{city}火车站",
    "借钱给我的是{c1}，{city}人，做建材生意的",
    "转账记录显示收款人是{c1}",
    "你去问{c1}，他跟我一起从{city}回来的",
    "我们车间主任{c1}也接到了电话",
    "{c1}：我在{city}，下周回去再说\n我：那钱的事呢",
]

T["latin"] = [
    "My mum {b1} is 70 and she keeps getting calls from {platen} collectors. Please help.",
    "Hi, I'm a student in {ocity}. The collectors messaged my uncle {a1} on WeChat and told him I'm a cheat.",
    "他们说 {l1} 是我的 emergency contact，可是我根本不认识这个人",
    "Beneficiary name: {l1}\nAccount: {card}\nThey told me to transfer the money to this personal account.",
    "Account holder: {l1}\nLoan ID: {contract}\nStatus: overdue {days} days",
    "I borrowed 3000 from {l1} last year and have already paid back 4500.",
    "{a1} said he would come to my dorm tomorrow. Is that legal?",
    "我 cousin {l1} 也收到了短信，内容是 your relative owes money",
    "Her name on the IOU is {b1}, but her Chinese name is {f1}.",
    "Dear Mr. {l1},\nYour repayment of RMB {amt} is now past due.",
    "我同学 {l1} 在国外，也被他们在 LinkedIn 上加了",
    "借条签名写的是 {l1}，看着像拼音",
    "In the group chat, {l1} and {l2} both said they got calls about me.",
    "They keep asking for {l1}. Wrong number! I'm not {l1}.",
    "Sorry to bother you, my dad {a1} got a text saying I'm {days} days overdue.",
    "快递单上收件人写的是 {l1}，电话 {phone}",
    "My sister {r1} got the same message, and so did my aunt {r2}.",
    "Name: {l1} / Relationship: friend / Phone: {phone}",
    "Hi {q1}, this is your brother. Don't answer any calls from {platen}.",
    "{r1} told me the collector called her three times before 8am.",
    "微信上他备注的英文名是 {l1}，真名叫{n2}",
    "To whom it may concern: I, {l1}, dispute the debt listed under my name.",
    "催收的人在电话里一直喊 {z1}，我说我不是",
    "收件人一栏填的是 {z1}，全小写拼音，后面是我的手机号 {phone}",
    "借条最后的拼音签名：{z1}，中文签名：{n2}",
]

T["trad"] = [
    "有冇人試過俾財仔搵到屋企？佢哋打俾我阿媽{v1}，話我唔還錢就上門",
    "#詢問 被討債公司騷擾\n我媽{v1}今天收到簡訊，說我欠款{amt}元，還提到我姐{v2}的名字",
    "{t1}：你阿哥{u2}係咪喺你度？\n我：唔係，佢唔喺度",
    "緊急聯絡人：{t1}（配偶）\n電話：{twphone}",
    "我老豆{u1}收到封信，寫住{t2}欠款未還",
    "阿珍，即係{v1}，佢話有人打去佢公司",
    "借據上面寫借款人{t1}，保證人{t2}，金額新臺幣{amt}元",
    "老闆{t1}叫我去辦公室，說討債的人打到公司了",
    "我同事{t1}話佢哋仲打到佢度",
    "我阿姐{p1}話佢都收到短訊",
    "{p1}姐：又有人打嚟搵你\n我：唔好理佢",
    "Facebook 群組留言：\n{t1}：我朋友都係咁，直接報警\n{t2}：同意",
    "樓主：我細佬{u1}借咗錢，而家佢哋搵我，我應該點做",
    "「{t1}：你再唔還錢我哋就去你公司」\n- - - - - - - - - - - - - - -\n我已經報咗警",
    "我表哥{u1}在台中工作，他們連他都打，電話{twphone}",
    "阿媽話{p1}（我二姨）都收到電話，佢電話係{hkphone}",
    "借條\n今借到{t1}新臺幣{moneycapt}整，{datewt}前歸還。\n借款人：{t2}",
]

T["other"] = [
    "借条上的身份证号是{id}，我核对过，是我的",
    "收款卡号{card}，户名那里被他们涂掉了",
    "「催收：你的号码{phone}已经被标记为老赖」\n- - - - - - - - - - - - - - -\n你标记吧，我会投诉",
    "群里有人发了个号码{phone}，说谁认识这个人就联系他",
    "[个人名片]\n微信号: {wx}\n\n就是这个人一直加我",
    "朋友圈截图里有我的车牌{plate}，还配了“老赖座驾”四个字",
    "#接龙 骚扰号码汇总\n1. {phone}\n2. {phone}\n3. {phone}",
    "在 {cndt}，<{email}> 写道：\n> 请于三日内还款，否则后果自负",
    "他们把我家地址{addr}发到了业主群",
    "QQ群里有人@我，他的QQ是{qq}",
    "还款请转{card}，转完截图发我微信{wx}",
    "我老公的电话{phone}，我的电话{phone}，都被打爆了",
    "借款合同编号{contract}，借条编号{contract}",
    "外访单上写着地址：{addr}，车牌{plate}",
    "邮箱{email}每天都收到十几封律师函",
    "家长群里有人发了我身份证{id}的照片",
    "欠條上面個身份證號碼係{id}，但我冇簽過",
    "My phone {phone} has been called 40 times today.",
    "老乡群里有人发：这个号{phone}是不是你们村的",
    "接龙统计表\n序号 电话 欠款\n1 {phone} 3000\n2 {phone} 5600",
    "[名片] 法务部\n手机：{phone}\n座机：{tel}",
    "借条\n今借到人民币{moneycap}整，{datew}归还。\n借款人身份证号：{id}\n电话：{phone}",
    "「对方：你的QQ {qq} 我们也查到了」\n我：查到又怎样",
    "转账附言写的是“还款”，对方账户{card}，开户行{bank}",
    "他们的工号是{gh}，合同号{contract}",
    "朋友圈里有人发了张照片，车牌{plate}，说这车主欠钱",
    "我的地址{addr}，电话{phone}，你们要起诉就寄传票来",
    "Reply to: {email}\nSubject: final notice\n> pay today",
    "他給我的帳號是{card}，LINE ID 我沒存",
    "担保书上我的身份证号{id}是他们自己填的",
    "业主群里有人发：{addr}这户欠钱不还，大家注意",
    "朋友圈定位显示在{addr}附近，他们说就是我家",
    "停车场那辆{plate}是谁的？催收的人一直在旁边转",
    "[个人名片]\nQQ：{qq}\n这是群里那个自称法务的人",
    "欠条上写的住址是{addr}，可我早就搬走了",
    "「对方：加我微信{wx}，我们谈谈还款」\n- - - - - - - - - - - - - - -\n不加，有事打电话",
]

T["none"] = [
    "借条\n今借到________人民币________元整（¥______），用于________，约定于____年__月__日前归还。\n借款人：________\n身份证号：________________",
    "收条模板：今收到______归还借款______元，此前借条作废。收款人：______",
    "各位家长好，明天下午三点在学校开家长会，请准时参加，收到请回复",
    "本群为{school}{cls}家长交流群，禁止发广告和无关链接",
    "「客服：您好，请问有什么可以帮您」\n- - - - - - - - - - - - - - -\n我想协商还款",
    "我妈妈年纪大了，心脏也不好，求你们别再打她电话了",
    "钱的事我自己想办法，别找我家里人",
    "朋友圈：最近有人冒充我借钱，大家千万别转账",
    "#接龙 今天收到催收电话的\n1. 我\n2. 我+1\n3. 同上",
    "小高说他下午过来拿欠条",
    "老江那边还没回话，估计这个月还不上",
    "My mum is old and she doesn't understand what a loan app is.",
    "我阿媽年紀大，唔好再打俾佢",
    "我是借款人，出借人是{plat}，紧急联系人是我自己填的，担保人一栏是空的",
    "「对方：你是借款人本人吗」\n我：是\n「对方：那请你今天之内处理」",
    "借条上写的是{moneycap}，可我实际只拿到{amtw}",
    "群公告：请勿在群里讨论与孩子学习无关的事情",
    "未读 2人\n已读 31人",
    "♡ 3人觉得很赞\n评论（2）",
    "我儿子才上小学，他们说要去学校找老师",
    "岳父岳母都不知道我借钱的事，求你们别打过去",
    "外婆八十多了，耳朵不好，接了电话吓得一晚上没睡",
    "我是紧急联系人，不是担保人，你们凭什么让我还钱",
    "白天在厂里上班接不了电话，晚上八点以后可以联系我",
    "金条和白条都逾期了，加起来{amtw}",
    "高速上开车的时候一直打，差点追尾",
    "夏令营的钱交完，这个月就只剩{amtw}了",
    "还款承诺书我写好了，{datew}之前还一半，剩下的分{periods}期",
    "小时候住的院子里有棵李子树，现在想想那时候真好",
    "春天燕子回来的时候我就能还上了",
    "阿强話聽日先還一半",
    "On {endate}, the lender wrote:\n> Please contact us to discuss a repayment plan.",
    "↳ 回复 @客服小助手：已经处理好了，谢谢",
    "【钉钉】您有一条待审批：请假申请",
    "群聊名称：家族群(28)\n大家好，最近有骗子冒充亲戚借钱，注意一下",
    "我和我老公都是普通打工的，两个孩子一个上初中一个上幼儿园",
    "他们说三天之内不还就上门，我妈吓得哭了一晚上",
    "本借条一式两份，借款人与出借人各执一份，自双方签字之日起生效",
    "担保人是不是一定要替借款人还钱？我只是帮忙签了个字",
    "钉钉上领导问我是不是欠网贷了，我不知道怎么回答",
    "老板让我把这事处理好，不然影响公司",
    "转账备注：生活费",
    "借的是本金{amt}，到现在利息都快超过本金了",
    "我哥说要帮我还，可他自己也有房贷",
    "「催收员：你是不是{plat}的借款人」\n- - - - - - - - - - - - - - -\n我是，但我不同意你们联系我家人",
    "回复 楼主：我也是{plat}，逾期{days}天，天天被打电话",
    "↳ 回复 @楼主：先去12378投诉，再打12321",
    "> 客服：您的还款计划已提交\n> 我：好的谢谢\n后来又有人打来说没收到",
    "【企业微信】{plat}贷后二组：今日任务已分配，请及时跟进",
    "#接龙 {plat}协商成功的\n1. 停息挂账{periods}期\n2. 减免了一部分罚息\n3. 还在谈",
    "群公告：本群为{county}老乡互助群，请勿发布借贷广告",
    "朋友圈：{datew}之前把欠的钱都还上，从此再也不碰网贷了 ♡ 12",
    "朋友圈三天可见，评论区全是问我怎么了的",
    "我妈妈{age}岁那年生的我，现在她老了，我却让她天天担惊受怕",
    "外孙在上幼儿园，女婿在{city}打工，他们居然打到了女婿单位",
    "岳父岳母问我是不是做了担保人，我说不是",
    "孙子才三岁，儿媳妇吓得不敢接电话",
    "我是出借人，借款人逾期不还，我能不能自己上门要",
    "借款人和出借人都是我们村的，中间人是村里的会计",
    "紧急联系人能不能改？我不想填我爸妈",
    "欠条上的金额是{moneycap}，还款日期写的是{datecn}",
    "{datecn}借的，{due}到期，一共借了{moneycap}",
    "人民币{moneycap}整，{datew}还清，利息{rate}",
    "钱不是不还，是真的没有，{datew}发了工资先还{amtw}",
    "时间太紧了，{datew}之前实在凑不齐",
    "白天要上班，晚上要带孩子，真的没空接电话",
    "高速收费站的工作，上班不能看手机",
    "夏令营退费的{amtw}也拿去还了",
    "江湖救急借的{amtw}，现在要还{amtw}",
    "关于还款的事，我想跟{plat}的客服再谈一谈",
    "万一他们真的去我单位怎么办",
    "于是我把{plat}的APP卸载了，结果电话更多了",
    "Hi, my loan from {platen} is {days} days overdue. Can I still negotiate?",
    "I'm the borrower. Please don't call my parents.",
    "我阿爺八十幾歲，耳仔唔好，唔好再打俾佢",
    "緊急聯絡人唔等於擔保人，佢冇責任幫我還錢",
    "借條上面寫住{datewt}還，但我真係未有錢",
    "我老婆刚生完孩子，还在坐月子，求你们别打了",
    "我闺女下个月就要中考了，家里不能再乱了",
    "我儿子才上小学，回家问我什么是老赖",
    "公公婆婆跟我们住一起，电话一响全家都紧张",
    "燕子在阳台上做了窝，孩子说那是好兆头",
    "李子树下那块地租出去了，一年就{amtw}",
    "金条借了{amtw}，到手少了{amtw}",
]

T["contacts"] = [
    "星标朋友\n{n1}\n{n2}\n老婆\n{j1}姐\n就这几个人，他们全都打了",
    "通讯录备注：\n姐-{j1}\n{h1}叔\n{n2}（同事）\n房东\n妈\n他们按这个顺序一个一个打",
    "新的朋友\n{n1}\n我是{plat}法务，请通过\n{n2}\n我是你同事的朋友",
    "紧急联系人设置\n联系人1  关系：父母  姓名：{n1}  手机：{phone}\n联系人2  关系：朋友  姓名：{n2}  手机：{phone}",
    "{n1} 请求添加你为朋友\n附言：我是{n2}的代理人，关于欠款",
    "我手机里存的是“{j1}嫂子”和“{h2}哥”，他们打过去直接按备注喊的",
    "他们念了一串名字：{n1}、{n2}、{n3}，还有我妈，问我认不认识",
    "共同好友：{n1}、{n2}（他们就是通过这两个人找到我的）",
    "来自手机通讯录：{n1}\n手机号：{phone}\n（这是他们系统里显示的）",
    "微信里我把他备注成了“{n1}-催收”，真名是不是这个不知道",
    "我的紧急联系人是{n1}和{f2}，一个是同学一个是我妈",
    "通讯录里存着“{c1}”，其实是我打工认识的朋友，他们也打了",
    "常用联系人：阿姨、{w1}、表哥、{n2}，他们说这些人都会收到短信",
    "他们把我通讯录前十个人念了一遍：{n1}，{n2}，{n3}，{n4}……",
]

GROUP_PLAN = [  # group, records
    ("iou", 100), ("quote", 85), ("moments", 55), ("group", 100), ("kin", 75),
    ("echo", 80), ("city", 50), ("latin", 65), ("trad", 45), ("contacts", 40), ("other", 95),
    ("none", 100),
]
GROUP_CLASS = {"other": "other", "none": "none"}

SLOT_RE = re.compile(r"\{([a-z]+|e[\u4e00-\u9fff])(\d*)\}")
NAME_CODES = "nmfwxyghjcktuvplqabrz"


def template_static_text():
    parts = []
    for g, ts in T.items():
        for t in ts:
            parts.append(SLOT_RE.sub("\x00", t))
    return "\x01".join(parts)


# ---------------------------------------------------------------- preserve candidates
KIN_CAT = {
    "old": ["我妈妈", "我爸爸", "我妈", "我爸", "我外婆", "我外公", "我奶奶", "我爷爷",
            "我姥姥", "我姥爷", "我岳父", "我岳母", "岳父岳母", "我公公", "我婆婆",
            "公公婆婆", "我老丈人", "我丈母娘", "我亲家", "我继父", "我继母", "我养父",
            "我干妈"],
    "kid": ["我儿子", "我女儿", "我闺女", "我孙子", "我孙女", "我外孙", "我侄子", "我外甥女"],
    "spouse": ["我老公", "我老婆", "我爱人", "我媳妇", "我对象", "我男朋友", "我女朋友",
               "孩子他爸", "孩子他妈", "我前夫", "我前妻"],
    "adult": ["我大舅", "我小姨", "我姑姑", "我叔叔", "我婶婶", "我表哥", "我表姐", "我堂弟",
              "我嫂子", "我姐夫", "我妹夫", "我弟媳", "我室友", "我同事", "我领导", "我房东",
              "我邻居", "我哥", "我姐", "我弟弟", "我妹妹", "我二叔", "我三姨", "我师傅",
              "我表妹", "我舅妈", "我大伯", "我姨夫"],
}
KIN = KIN_CAT["old"] + KIN_CAT["kid"] + KIN_CAT["spouse"] + KIN_CAT["adult"]
KIN_OF = {}
for _c in ("old", "kid", "spouse", "adult"):
    for _k in KIN_CAT[_c]:
        KIN_OF[_k] = _c
PREGNANT_OK = ["我老婆", "我媳妇", "我女朋友", "我嫂子", "我姐", "我妹妹", "我表姐", "我弟媳", "我对象"]
_ANY = ("old", "kid", "spouse", "adult")
_GROWN = ("old", "spouse", "adult")
KIN_STATE_TAG = [
    ("身体不好", _ANY), ("不知道我借钱的事", _ANY), ("被吓得睡不着觉", _ANY),
    ("接到了催收电话", _ANY), ("一直在哭", _ANY), ("住院了", _ANY), ("刚做完手术", _ANY),
    ("有心脏病", _ANY), ("每天都在问我怎么回事", _ANY), ("被他们骂了一顿", _ANY),
    ("的手机号被他们拿到了", _ANY), ("一听到电话响就紧张", _ANY), ("问我到底欠了多少", _ANY),
    ("不敢接陌生电话了", _ANY),
    ("年纪大了", ("old",)), ("有高血压", ("old",)), ("八十多岁了", ("old",)),
    ("耳朵不好", ("old",)), ("不会用智能手机", ("old",)), ("在老家种地", ("old", "adult")),
    ("退休了没什么收入", ("old",)), ("根本不知道什么是网贷", ("old",)),
    ("吃了安眠药才睡着", _GROWN),
    ("才上小学", ("kid",)), ("刚上初中", ("kid",)), ("在上高三", ("kid",)),
    ("下个月就要中考了", ("kid",)),
    ("在外地打工", _GROWN), ("让我赶紧把钱还了", _GROWN), ("把我骂了一顿", _GROWN),
    ("说不想再管我了", _GROWN), ("愿意帮我先还一部分", _GROWN), ("去派出所报了警", _GROWN),
    ("的单位也被打了电话", ("spouse", "adult")), ("已经把我拉黑了", _GROWN),
    ("在医院陪床", _GROWN), ("在县城租房子住", _GROWN), ("一个人在家带孩子", ("spouse", "adult", "old")),
    ("说要跟我离婚", ("spouse",)), ("怀孕七个月了", ("pregnant",)),
]
KIN_STATE = [s for s, _ in KIN_STATE_TAG]


def kin_states(k):
    c = KIN_OF[k]
    out = [s for s, tags in KIN_STATE_TAG if c in tags]
    if k in PREGNANT_OK:
        out.append("怀孕七个月了")
    return out


KIN_FRAME = ["催收打电话给{k}", "{k}的电话被打爆了", "他们说要去找{k}", "我不想让{k}知道",
             "求你们别再打给{k}了", "{k}跟这笔借款没有任何关系", "他们给{k}发了短信",
             "{k}不是紧急联系人，为什么也被打了", "{k}问我是不是犯了什么事",
             "我跟{k}说了实话", "{k}让我去法院问问", "能不能别告诉{k}"]
ROLES = ["借款人", "出借人", "紧急联系人", "担保人", "催收员", "共同借款人", "保证人",
         "见证人", "债权人", "债务人", "第三方催收机构", "调解员", "法务专员", "客服专员",
         "外访人员", "贷后管理人员", "资产管理公司", "委托方", "受托方", "代理律师",
         "联系人", "配偶", "直系亲属", "法定代表人", "经办人"]
ROLE_FRAME = ["{r}有没有义务替我还钱", "{r}是什么意思", "我只是{r}，为什么要找我",
              "{r}和借款人是什么关系", "催收能不能联系{r}", "{r}的责任到底有多大",
              "{r}一栏能不能不填", "{r}可以拒绝接听电话吗", "合同上没写{r}",
              "{r}需要提供身份证吗", "问一下{r}要承担利息吗", "怎么投诉{r}",
              "{r}打来的电话要不要录音", "{r}说的话可信吗", "请问{r}在哪里签字"]
NOUN_LINES = [
    "我家门口那棵李子树下面被贴了纸条", "院子里的李子树今年结了好多果",
    "屋檐下的燕子窝还在", "燕子飞回来了，我的钱还是没凑齐", "白天要上班，只能晚上回电话",
    "白天打了十几个电话", "金条逾期三天就开始打电话了", "京东金条的额度被关了",
    "在高速上接到催收电话", "高速服务区里坐了一晚上", "孩子的夏令营费用还没交",
    "夏令营报名截止到下周", "杨梅季节我回老家摘杨梅", "黄牛票的钱也是借的",
    "黄瓜和白菜都涨价了", "门口的桃花开了", "梅雨季衣服都晒不干", "柳树下面有个小卖部",
    "海鸥在江边飞", "冬瓜排骨汤", "秋裤还是去年买的", "明信片上写着新年快乐",
    "金鱼缸碎了", "银耳汤", "高铁票退了", "高压锅坏了", "马桶堵了", "牛奶断了一个月",
    "龙虾馆的工资还没发", "熊猫快递的单子", "石榴树下的老房子", "田螺姑娘的故事",
    "钟表店的老板人很好", "韩剧看到半夜", "童装店生意不好", "桂花糕是外婆做的",
    "玉米地里信号不好", "红包发了两百", "春联还没贴", "建材市场的活不好干",
    "华为手机被他们远程锁了", "美团外卖送餐的时候接到电话", "花呗额度降到零了",
    "菊花茶", "茉莉花开了", "百合花", "月季花", "玫瑰花", "向日葵", "康乃馨",
    "黄金首饰当了三千块", "白酒一瓶", "江边散步", "河边钓鱼", "山上种茶",
    "老宅子要拆迁了", "祠堂门口贴了通知", "村口小卖部", "镇上的信用社", "县医院住院部",
    "学校门口的文具店", "菜市场门口", "工地宿舍", "城中村出租屋", "电子厂流水线",
]
APP_PHRASE = ["额度被冻结了", "逾期三天了", "自动扣款失败", "申请延期还款", "最低还款",
              "账单分期", "协商还款", "停息挂账", "结清证明", "提前还款手续费",
              "借款合同在哪里看", "客服电话一直打不通", "利息怎么算的", "征信会不会受影响",
              "怎么注销账户", "还款日是几号", "宽限期有几天", "逾期费太高了",
              "担保费是什么", "会员费能退吗", "砍头息", "服务费占了三分之一"]
FRIGHTENED = [
    "我真的不是故意不还", "求求你们给我一点时间", "我现在每天都睡不着", "家里人都知道了",
    "我不敢出门", "孩子问我为什么总是在哭", "我只想好好把钱还上", "工作也快丢了",
    "我已经把能卖的都卖了", "能不能先把利息停了", "本金我一定还", "请不要再骚扰我的家人",
    "我会分期还的", "工资一发下来就还", "我想知道我到底欠了多少", "我愿意签还款协议",
    "我没有钱请律师", "我怕他们真的上门", "我已经报警了，派出所说这是民事纠纷",
    "每个月工资只有三千多", "房租都交不起了", "借钱的时候根本没说有这么多费用",
    "这个月实在还不上", "我去问了法律援助中心", "我打了12378投诉", "我保存了所有的录音",
    "他们说要爆我通讯录", "我的通讯录被他们拿走了", "我换了手机号他们还能找到",
    "亲戚朋友都不理我了", "我一个人扛不住了", "我该怎么办", "有没有人能帮帮我",
    "借了五千，到手三千五", "说是七天，其实第六天就开始催", "一天接了四十多个电话",
    "半夜十二点还在打", "我已经还了本金的两倍", "每天早上七点就开始打",
    "我妈说卖了老家的房子帮我还", "我不想连累家里人", "我想好好上班慢慢还",
]
AMT_WORDS = [1500, 2800, 3500, 5000, 6800, 8000, 12000, 20000, 26000, 35000, 50000,
             120000, 800, 600, 4200, 9000, 15000, 30000, 45000, 60000]
AMT_FRAME = ["借了{a}", "还了{a}", "还差{a}", "一共欠{a}", "每个月还{a}", "到手只有{a}",
             "利息就要{a}", "先还{a}行不行", "他们让我还{a}", "本金{a}"]
DATE_WORDS = ["下个月十五号", "月底", "年底之前", "腊月二十八", "正月十五以后",
              "下礼拜三", "这个月二十号", "发工资那天", "国庆节以后", "过完年", "下下个月",
              "三月份", "清明前后", "五一之前", "端午节前", "中秋节以后", "元旦以后",
              "春节前", "下周五", "后天下午"]
DATE_BASE = ["下个月十五号", "月底", "年底", "腊月二十八", "正月十五", "下礼拜三",
             "这个月二十号", "发工资那天", "过完年", "下下个月", "三月份", "清明", "五一",
             "端午节", "春节", "下周五", "后天下午", "国庆节", "中秋节", "元旦"]
DATE_FRAME = ["{d}之前一定还", "{d}能还一部分", "我说好了{d}还", "{d}再说行吗",
              "最晚{d}", "{d}发了工资就还", "等到{d}就有钱了", "{d}以前凑齐"]
IOU_LINES = [
    "今借到", "此据", "立据为证", "特立此据", "口说无凭，立字为据", "借款用途：资金周转",
    "借款期限：自出借之日起一年", "逾期未还按日万分之五支付违约金", "本借条一式两份",
    "借款人签字并按手印", "出借人签字", "见证人签字", "大写金额", "小写金额",
    "利息按年利率百分之十计算", "到期一次性还本付息", "还款方式：银行转账", "借款人身份证复印件附后",
    "此借条自签字之日起生效", "欠款人确认以上内容真实", "收到还款后借条原件退还",
    "原借条作废", "担保方式：连带责任保证", "保证期间为主债务履行期届满之日起两年",
    "甲方（出借人）", "乙方（借款人）", "丙方（担保人）", "双方协商一致，达成如下协议",
    "如发生争议，由出借人所在地人民法院管辖", "本协议未尽事宜，双方另行协商",
    "人民币壹万元整", "人民币叁万伍仟元整", "人民币捌仟元整", "人民币贰拾万元整",
    "大写：伍仟陆佰元整", "小写：¥5600.00", "（大写）壹仟贰佰元整", "金额：¥12000.00",
    "二〇二六年三月五日", "二〇二五年十二月三十一日", "公元二〇二六年元月八日",
]
CHROME = [
    "群公告", "群接龙", "已读", "未读", "全员禁言", "群主", "群管理员", "修改群昵称",
    "邀请进群", "引用", "合并转发", "朋友圈", "点赞", "评论", "仅自己可见", "三天可见",
    "不让他看我的朋友圈", "设置朋友圈权限", "@所有人", "本群禁止发广告", "收到请回复",
    "请各位家长督促孩子完成作业", "家长会改到周五下午", "请假请私聊班主任",
    "钉钉已读回执", "DING一下", "审批已通过", "外访申请", "请假申请", "企业微信",
    "#接龙", "例 1. 姓名 电话", "接龙已截止", "- - - - - - - - - - - - - - -",
    "[个人名片]", "[聊天记录]", "[图片]", "[语音]", "[链接]", "[红包]", "[转账]",
    "对方撤回了一条消息", "你撤回了一条消息", "以上是打招呼的内容", "对方已添加你为朋友",
    "-----原始邮件-----", "发件人:", "收件人:", "抄送:", "主题: 回复：还款计划",
    "> 请于三日内处理", "写道：", "wrote:", "Re: 还款提醒", "Fwd: 律师函",
]
TRAD_LINES = [
    "我阿媽年紀大咗", "我老豆有高血壓", "外婆住喺屋企", "我細佬仲讀緊書", "我阿爺八十幾歲",
    "佢哋成日打電話嚟", "唔好再打俾我屋企人", "我會分期還", "我冇借過咁多錢",
    "財仔話要上門", "我老公唔知呢件事", "我仔先讀小學", "我女仲細", "我媽媽身體唔好",
    "緊急聯絡人唔係擔保人", "借款人同出借人", "討債公司一直打來", "我已經報警了",
    "請不要再騷擾我的家人", "本期應繳金額", "最低應繳金額", "前置協商", "債務協商",
    "岳父岳母都不知道", "我婆婆很擔心", "我公公住院中", "外孫在上幼稚園",
    "我會想辦法還錢", "利息太高了", "借五千到手三千五", "下個月十五號還", "年尾之前還清",
    "新臺幣三萬元整", "港幣五千蚊", "唔該晒", "佢哋話聽日會上門", "屋企人好驚",
    "我媽成晚瞓唔著", "我阿嫲唔識用手機", "阿公耳仔唔好",
]
EN_LINES = [
    "My mum is old and sick.", "Please stop calling my family.", "I am the borrower, not the guarantor.",
    "My emergency contact has nothing to do with this loan.", "I will pay in instalments.",
    "I have already repaid the principal.", "The interest is far too high.", "I reported it to the police.",
    "My son is only in primary school.", "My parents don't know about the loan.",
    "The collector threatened to visit my workplace.", "I need a repayment plan.",
    "Overdue 3 days", "Payment failed", "Insufficient balance", "Loan agreement",
    "Guarantor", "Lender and borrower", "Debt collector", "Emergency contact",
    "They uploaded my contact list.", "I am an international student.",
    "My grandmother got a call at midnight.", "Can they contact my employer?",
    "I'm scared to answer the phone.", "My husband doesn't know yet.",
    "My in-laws keep asking what happened.", "Please give me one more month.",
    "I can pay 500 yuan a month.", "The app charged a service fee.",
]
PRES_WRAP_PRE = ["", "", "", "问：", "补充：", "我想说：", "对方说：", "截图文字：", "温馨提示："]
PRES_WRAP_POST = ["", "", "", "。", "？", "，怎么办", "，急", "！", "……"]


def preserve_candidates():
    out = []
    for k in KIN:
        sts = kin_states(k)
        R.shuffle(sts)
        for s in sts[:10]:
            out.append(k + s)
    for fr in KIN_FRAME:
        ks = KIN[:]
        R.shuffle(ks)
        for k in ks[:30]:
            out.append(fr.format(k=k))
    for fr in ROLE_FRAME:
        for r in ROLES:
            if chance(0.6):
                out.append(fr.format(r=r))
    for a in range(len(ROLES)):
        for b in range(len(ROLES)):
            if a != b and chance(0.06):
                out.append(f"{ROLES[a]}和{ROLES[b]}不是一回事")
    out.extend(NOUN_LINES)
    for p in PLATS:
        ph = APP_PHRASE[:]
        R.shuffle(ph)
        for x in ph[:9]:
            out.append(p + x)
    for f in FRIGHTENED:
        out.append(f)
        for _ in range(2):
            out.append(pick(PRES_WRAP_PRE) + f + pick(PRES_WRAP_POST))
    for a in AMT_WORDS:
        for fr in AMT_FRAME:
            if chance(0.5):
                out.append(fr.format(a=word_amount(a)))
        out.append("人民币" + cap_amount(a) + "元整")
        out.append("大写：" + cap_amount(a) + "元整")
    for d in DATE_WORDS:
        for fr in DATE_FRAME:
            if ("之前" in fr or "以前" in fr) and d.endswith(("之前", "以后", "前后", "前")):
                continue
            if chance(0.6):
                out.append(fr.format(d=d))
    out.extend(IOU_LINES)
    out.extend(CHROME)
    out.extend(TRAD_LINES)
    out.extend(EN_LINES)
    # kinship + role sentences
    for k in KIN:
        for r in ["紧急联系人", "担保人", "共同借款人", "借款人"]:
            if chance(0.35):
                out.append(f"{k}不是{r}")
    # surname-word sentences (no names)
    out.extend([
        "钱的事我自己想办法", "钱还没凑齐", "白条和金条都逾期了", "高速上接到催收电话",
        "江湖救急的钱也要还", "时间一到他们就打电话", "于是我就把手机关了", "万一还不上怎么办",
        "关于还款的事我想再商量一下", "方便的时候回个电话", "路上一直有人打电话", "明天一定还",
        "安全起见我没接", "连本带利要八千", "何时能给我一个还款方案", "马上就发工资了",
        "周末也在打电话", "任何人都不能替我还", "严重逾期以后怎么办", "黄金周过后再说",
        "常常半夜打电话", "史上最狠的催收", "包括我在内五个人被打了电话", "文件我都保存了",
        "叶子落了，日子还得过", "毛估估也就两万多", "车贷还剩十二期", "田里的活先放一放",
        "童年的时候家里也欠过债", "牛奶钱都是借的", "龙头企业的工作丢了", "宋体字打印的通知",
        "石家庄打来的电话", "金额对不上", "向银行申请延期", "和家里人商量过了",
    ])
    # kin x frightened combos
    for _ in range(500):
        k = pick(KIN)
        out.append(k + pick(kin_states(k)) + "，" + pick(FRIGHTENED))
    for _ in range(260):
        out.append(pick(DATE_BASE) + "之前我能还" + word_amount(pick(AMT_WORDS)) + "，" + pick(
            ["剩下的分期", "请别再打给" + pick(KIN)[1:], "求你们宽限几天",
             "利息能不能少点", "请把账单发给我"]))
    return out


# ---------------------------------------------------------------- name generation
def faker_cn(sex=None):
    s = FK.last_name()
    if sex is None:
        sex = pick("mf")
    want2 = chance(0.55)
    for _ in range(12):
        g = FK.first_name_male() if sex == "m" else FK.first_name_female()
        if not want2 or len(g) == 2:
            break
    return s + g


def faker_tw(sex=None):
    s = FT.last_name()
    if sex is None:
        sex = pick("mf")
    g = FT.first_name_male() if sex == "m" else FT.first_name_female()
    return s + g


def roman_name(sex=None):
    sur = pick(PY_SUR)
    pool = PY_GIV if sex is None else (PY_GIV_M if sex == "m" else PY_GIV_F)
    syl = [pick(pool)] if chance(0.4) else [pick(pool), pick(pool)]
    G = "".join(syl)
    S = sur.capitalize()
    style = pick(["std", "std", "upper", "fused", "dot", "west", "lower", "caps",
                  "camel", "spaced", "hyphen"])
    if style in ("spaced", "hyphen") and len(syl) < 2:
        style = "std"
    if style == "std":
        return f"{S} {G.capitalize()}"
    if style == "upper":
        return f"{S.upper()} {G.capitalize()}"
    if style == "fused":
        return f"{sur}{G}"
    if style == "dot":
        return f"{S}.{G.capitalize()}"
    if style == "west":
        return f"{G.capitalize()} {S}"
    if style == "lower":
        return f"{sur} {G}"
    if style == "caps":
        return f"{S.upper()} {G.upper()}"
    if style == "camel":
        return f"{S}{G.capitalize()}"
    if style == "spaced":
        return f"{S} {syl[0].capitalize()} {syl[1].capitalize()}"
    return f"{S} {syl[0].capitalize()}-{syl[1]}"


def echo_name(sur):
    g = FK.first_name_male() if chance(0.5) else FK.first_name_female()
    return sur + g


def gen_name(code, sur=None):
    if code == "e":
        return echo_name(sur), "echo"
    if code in "nmf":
        sex = None if code == "n" else code
        r = R.random()
        if r < 0.22:
            lst = WORD_NAMES_M if sex == "m" else WORD_NAMES_F if sex == "f" else WORD_NAMES_M + WORD_NAMES_F
            return pick(lst), "word"
        if r < 0.28 and sex is None:
            return pick(CITY_NAMES), "city"
        if r < 0.36:
            return echo_name(pick(ECHO_SURNAMES)), "wordsurname"
        return faker_cn(sex), "faker"
    if code == "w":
        return pick(WORD_NAMES_M + WORD_NAMES_F), "word"
    if code == "x":
        return pick(WORD_NAMES_M), "word"
    if code == "y":
        return pick(WORD_NAMES_F), "word"
    if code == "g":
        return pick(GIVEN_M + GIVEN_F), "given"
    if code == "h":
        return pick(GIVEN_M), "given"
    if code == "j":
        return pick(GIVEN_F), "given"
    if code == "c":
        return pick(CITY_NAMES), "city"
    if code == "k":
        return FK.last_name() + pick(KID_GIVEN), "kid"
    if code in "tuv":
        sex = None if code == "t" else ("m" if code == "u" else "f")
        if chance(0.2):
            return pick(TRAD_WORD if sex is None else TRAD_WORD_M if sex == "m" else TRAD_WORD_F), "trad_word"
        return faker_tw(sex), "trad"
    if code == "p":
        return pick(TRAD_GIVEN_F), "given"
    if code in "lab":
        sex = {"l": None, "a": "m", "b": "f"}[code]
        if chance(0.15):
            return pick(PY_WORD if sex is None else PY_WORD_M if sex == "m" else PY_WORD_F), "roman_word"
        return roman_name(sex), "roman"
    if code == "q":
        return pick(PY_GIVEN_ONLY), "roman_given"
    if code == "r":
        return pick(PY_GIVEN_F), "roman_given"
    if code == "z":
        sur = pick(PY_SUR)
        return sur + "".join(pick(PY_GIV) for _ in range(R.randint(1, 2))), "roman"
    raise KeyError(code)


# ---------------------------------------------------------------- corpus state
class State:
    def __init__(self, forbid_static, preserve_norm_big):
        self.forbid = forbid_static          # normalised template/filler text
        self.pres = preserve_norm_big         # normalised preserve lines
        self.unlab_parts = []                 # normalised unlabelled texts
        self.unlab_big = ""
        self.values = []                      # list of (norm value)
        self.value_set = {}
        self.texts = {}
        self.other_exact = None
        self.other_big = None

    def add_record(self, unlab_norm, vals):
        self.unlab_parts.append(unlab_norm)
        self.unlab_big += "\x01" + unlab_norm
        for v in vals:
            nv = norm(v)
            if nv not in self.value_set:
                self.value_set[nv] = True
                self.values.append(nv)


def name_ok(st, v, rec_vals):
    nv = norm(v)
    if len(nv) < 2:
        return False
    if nv in st.forbid or nv in st.pres or nv in st.unlab_big:
        return False
    for o in rec_vals:
        no = norm(o)
        if nv in no or no in nv:
            return False
    return True


def render(st, tpl, name_stats):
    pieces = []   # (text, kind or None, src)
    slots = {}
    rec_vals = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            pieces.append((tpl[pos:m.start()], None, None))
        key, idx = m.group(1), m.group(2)
        if key[0] == "e" and len(key) == 2:
            code, sur = "e", key[1]
        else:
            code, sur = key, None
        if (len(code) == 1 and code in NAME_CODES) or code == "e":
            sk = key + idx
            if sk not in slots:
                for _ in range(400):
                    v, src = gen_name(code, sur)
                    if name_ok(st, v, rec_vals):
                        break
                else:
                    raise RuntimeError("cannot draw name for " + tpl)
                slots[sk] = (v, src)
                rec_vals.append(v)
            v, src = slots[sk]
            pieces.append((v, "name", src))
        elif code in PII_GEN:
            kind, fn = PII_GEN[code]
            sk = key + idx
            if idx and sk in slots:
                v = slots[sk][0]
            else:
                for _ in range(100):
                    v = fn()
                    if all(norm(v) not in norm(o) and norm(o) not in norm(v) for o in rec_vals):
                        break
                if idx:
                    slots[sk] = (v, kind)
                rec_vals.append(v)
            pieces.append((v, kind, code))
        elif code in FILL:
            sk = key + idx
            if idx and sk in slots:
                fv = slots[sk][0]
            else:
                fv = FILL[code]()
                if idx:
                    slots[sk] = (fv, None)
            pieces.append((fv, None, None))
        else:
            raise KeyError(f"unknown slot {code} in {tpl!r}")
        pos = m.end()
    if pos < len(tpl):
        pieces.append((tpl[pos:], None, None))
    return pieces


def assemble(pieces):
    text, spans, unlab = "", [], []
    for t, kind, src in pieces:
        if kind:
            spans.append((len(text), len(text) + len(t), kind, t, src))
            unlab.append("\x00")
        else:
            unlab.append(t)
        text += t
    return text, spans, "".join(unlab)


DIGIT_RUN = re.compile(r"[0-9０-９]{7,}")


def check_record(st, text, spans, unlab):
    """Return None if fine, else a reason string."""
    unl_n = norm(unlab)
    vals = []
    for s, e, kind, v, src in spans:
        if v not in vals:
            vals.append(v)
    # in-record containment
    for a in vals:
        for b in vals:
            if a != b and norm(a) in norm(b):
                return "contain"
    # occurrences inside labelled spans only
    for v in vals:
        if norm(v) in unl_n or v.lower() in unlab.lower():
            return "unlabelled-own"
    # other records' values in this unlabelled text
    for nv in st.values:
        if nv in unl_n:
            return "unlabelled-other"
    # this record's values in other records / preserve
    for v in vals:
        nv = norm(v)
        if nv in st.unlab_big or nv in st.pres:
            return "value-elsewhere"
    if DIGIT_RUN.search(unlab):
        return "digits"
    w = wsless(text)
    if w in st.texts:
        return "own-dup"
    if w in st.other_exact:
        return "other-exact"
    if w in st.other_big:
        return "other-contained"
    return None


# ---------------------------------------------------------------- dedupe sources
def load_other():
    texts = []
    files = sorted(DEDUPE_DIR.glob("scrub_*"))
    n_files = 0
    for f in files:
        if f.name.startswith("scrub_tune11"):
            continue
        if f.suffix == ".jsonl":
            n_files += 1
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(wsless(json.loads(line)["text"]))
        elif f.suffix == ".txt" and "preserve" in f.name:
            n_files += 1
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if line.strip():
                        texts.append(wsless(line))
    exact = {}
    for t in texts:
        exact[t] = True
    return n_files, exact, "\x01" + "\x01".join(texts) + "\x01"


# ---------------------------------------------------------------- main
def reserved_names():
    out = []
    for lst in (WORD_NAMES_M, WORD_NAMES_F, GIVEN_M, GIVEN_F, CITY_NAMES, TRAD_WORD,
                TRAD_GIVEN, PY_GIVEN_ONLY, PY_WORD):
        out.extend(lst)
    return out


def main():
    n_files, other_exact, other_big = load_other()
    print(f"dedupe: read {n_files} other corpus files ({len(other_exact)} distinct texts/lines)")

    # ---- preserve
    cands = preserve_candidates()
    res_norm = [norm(x) for x in reserved_names()]
    static = template_static_text()
    filler_text = "\x01".join("\x01".join(l) for l in FILLER_LISTS)
    pres, seen = [], {}
    cnt = {"own_repeat": 0, "other_exact": 0, "other_contained": 0, "reserved_name": 0,
           "digits": 0}
    for c in cands:
        c = c.strip()
        if not c:
            continue
        w = wsless(c)
        if w in seen:
            cnt["own_repeat"] += 1
            continue
        seen[w] = True
        nc = norm(c)
        if any(r in nc for r in res_norm):
            cnt["reserved_name"] += 1
            continue
        if DIGIT_RUN.search(c):
            cnt["digits"] += 1
            continue
        if w in other_exact:
            cnt["other_exact"] += 1
            continue
        if "\x01" + w in other_big or w in other_big:
            cnt["other_contained"] += 1
            continue
        pres.append(c)
    print(f"preserve: {len(cands)} candidates, {cnt['own_repeat']} own repeats, "
          f"{cnt['reserved_name']} with a reserved name, {cnt['digits']} with digit runs, "
          f"{cnt['other_exact']} exact duplicates of other corpora, "
          f"{cnt['other_contained']} contained in other corpora; {len(pres)} kept")

    pres_norm_big = "\x01" + "\x01".join(norm(p) for p in pres) + "\x01"
    forbid = norm(static) + "\x01" + norm(filler_text)
    # reserved names must not sit in template or filler text
    for r in reserved_names():
        nr = norm(r)
        if nr in forbid:
            raise SystemExit(f"reserved name {r} occurs in template/filler text")

    st = State(forbid, pres_norm_big)
    st.other_exact = other_exact
    st.other_big = other_big

    # ---- records
    records = []
    tpl_count = {}
    redraw = {}
    name_src = {}
    for group, nrec in GROUP_PLAN:
        tpls = T[group]
        order = list(range(len(tpls)))
        R.shuffle(order)
        plan = order + [R.randrange(len(tpls)) for _ in range(nrec - len(tpls))]
        plan = plan[:max(nrec, len(tpls))]
        for ti in plan:
            for attempt in range(60):
                t_i = ti if attempt < 30 else R.randrange(len(tpls))
                pieces = render(st, tpls[t_i], name_src)
                text, spans, unlab = assemble(pieces)
                why = check_record(st, text, spans, unlab)
                if why is None:
                    break
                redraw[why] = redraw.get(why, 0) + 1
            else:
                raise SystemExit(f"could not build a record for {group}/{ti}")
            vals, pii = [], []
            for s, e, kind, v, src in spans:
                if v not in vals:
                    vals.append(v)
                    pii.append({"kind": kind, "value": v})
                    if kind == "name":
                        name_src[src] = name_src.get(src, 0) + 1
            cls = GROUP_CLASS.get(group, "name")
            has_name = any(p["kind"] == "name" for p in pii)
            if cls == "name":
                assert has_name, (group, text)
            elif cls == "other":
                assert pii and not has_name, (group, text)
            else:
                assert not pii, (group, text)
            st.add_record(norm(unlab), vals)
            st.texts[wsless(text)] = True
            tk = f"{group}/{t_i:02d}"
            tpl_count[tk] = tpl_count.get(tk, 0) + 1
            records.append({"group": group, "text": text, "pii": pii})

    for group, _ in GROUP_PLAN:
        for i in range(len(T[group])):
            assert f"{group}/{i:02d}" in tpl_count, f"template {group}/{i} unused"

    # ---- final global check (independent of the incremental one)
    all_vals = []
    for r in records:
        for p in r["pii"]:
            nv = norm(p["value"])
            if nv not in all_vals:
                all_vals.append(nv)
    unl_all = []
    for r in records:
        u = r["text"]
        for p in sorted(r["pii"], key=lambda p: -len(p["value"])):
            u = u.replace(p["value"], "\x00")
        unl_all.append(norm(u))
        assert not DIGIT_RUN.search(u), r["text"]
    big = "\x01".join(unl_all)
    for nv in all_vals:
        assert nv not in big, nv
        assert nv not in pres_norm_big, nv
    for r in records:
        pos = -1
        for p in r["pii"]:
            i = r["text"].find(p["value"])
            assert i >= 0
            assert i > pos, (r["text"], p)
            pos = i
    assert len(pres) >= 2000, len(pres)
    assert len({wsless(p) for p in pres}) == len(pres)
    assert len({wsless(r["text"]) for r in records}) == len(records)

    # ---- senders and shuffle
    R.shuffle(records)
    R.shuffle(pres)
    out = []
    for i, r in enumerate(records, 1):
        sender = None
        if r["group"] == "trad" and chance(0.3):
            if chance(0.5):
                sender = "+8869" + "".join(str(R.randrange(10)) for _ in range(8))
            else:
                sender = "+852" + pick("569") + "".join(str(R.randrange(10)) for _ in range(7))
        elif r["group"] in ("quote", "kin", "echo", "city", "iou") and chance(0.08):
            sender = g_mobile_digits()
        out.append({"id": f"t11-{i:04d}", "text": r["text"], "sender": sender, "pii": r["pii"]})

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(OUT_PRES, "w", encoding="utf-8") as fh:
        for p in pres:
            fh.write(p + "\n")

    kinds = {}
    for o in out:
        for p in o["pii"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"records: {len(out)}; items: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])))
    print("name sources: " + ", ".join(f"{k} {v}" for k, v in sorted(name_src.items(), key=lambda x: -x[1])))
    print("redraws: " + (", ".join(f"{k} {v}" for k, v in sorted(redraw.items())) or "none"))
    print(f"preserve lines: {len(pres)}")
    if os.environ.get("TUNE11_TEMPLATE_COUNTS"):
        for k in sorted(tpl_count):
            print(k, tpl_count[k])


if __name__ == "__main__":
    main()
