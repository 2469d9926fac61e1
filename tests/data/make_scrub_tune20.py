#!/usr/bin/env python
"""make_scrub_tune20.py -- tuning corpus 20 for the personal-data scrubber.

Writes scrub_tune20.jsonl and scrub_tune20_preserve.txt.

Written blind: the writer did not read the scrubber, its tests, the bench or
the contents of any other corpus.  The dedupe step reads the other corpora
at run time and prints counts only.

Focus: the site's own form answers (short fragments, spaces for punctuation,
names glued to phones, typo'd names), collectors reciting the debtor's own
data back, names spelled out by their characters (拆字: 弓长张, 耳东陈 ...),
household-register and other certificates (户口本, 曾用名, 王张氏-style names,
death and cremation papers, passports, 残疾人证), traffic papers (交管12123,
事故认定书, 行驶证, 驾驶证, 挪车牌), carrier call-detail and block logs, 开盒 /
社工库 posts, payroll and attendance, links and QR codes, English-only
messages from overseas Chinese, emoji surnames and platform-evading digits,
and two-character names that are ordinary words (程序, 安全, 文化, 方向 ...).

Run:  python make_scrub_tune20.py
Env:  TUNE20_OUT_DIR     where to write (default: this file's directory)
      TUNE20_DEDUPE_DIR  where the earlier scrub_* corpora are
                         (default: /work/main/tests/data)
"""
import json
import os
import random
import re
import sys
import urllib.parse
from collections import Counter

from faker import Faker

SEED = 20270305
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE20_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE20_DEDUPE_DIR", "/work/main/tests/data")

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(2**32))

STATS = Counter()


def pick(seq):
    return seq[rng.randrange(len(seq))]


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- builder
class P:
    """A personal-data value: kind + verbatim string."""

    __slots__ = ("kind", "v", "meta")

    def __init__(self, kind, v, **meta):
        self.kind = kind
        self.v = v
        self.meta = meta

    def __str__(self):
        return self.v


SLOT = re.compile(r"\{(\w+)\}")


def R(tpl, **kw):
    out, pii, seen, pos = [], [], set(), 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[pos:m.start()])
        val = kw[m.group(1)]
        if isinstance(val, P):
            key = (val.kind, val.v)
            if key not in seen:
                seen.add(key)
                pii.append({"kind": val.kind, "value": val.v})
            out.append(val.v)
        else:
            out.append(str(val))
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), pii


# ---------------------------------------------------------------- fillers
PLATS = ["借呗", "花呗", "微粒贷", "京东金条", "美团月付", "安逸花", "360借条", "分期乐",
         "度小满", "招联金融", "拍拍贷", "还呗", "你我贷", "洋钱罐", "众安小贷", "小赢卡贷",
         "桔多多", "羊小咩", "好分期", "宜人贷", "省呗", "榕树贷款", "时光分期", "小花钱包"]
BANKS = ["工商银行", "农业银行", "建设银行", "中国银行", "交通银行", "招商银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "兴业银行", "广发银行", "平安银行", "邮储银行",
         "华夏银行", "农村信用社"]
CITIES = ["郑州", "洛阳", "长沙", "株洲", "武汉", "宜昌", "成都", "绵阳", "西安", "宝鸡", "济南",
          "临沂", "合肥", "阜阳", "南昌", "赣州", "昆明", "曲靖", "贵阳", "遵义", "南宁", "柳州",
          "石家庄", "邯郸", "太原", "大同", "沈阳", "鞍山", "哈尔滨", "齐齐哈尔", "长春", "吉林市",
          "南京", "徐州", "苏州", "无锡", "杭州", "温州", "福州", "泉州", "广州", "东莞", "深圳",
          "佛山", "重庆", "天津", "兰州", "呼和浩特", "乌鲁木齐", "海口", "银川", "西宁"]
COMPANIES = ["鑫源物流有限公司", "恒达电子科技有限公司", "华兴建材有限公司", "顺捷快递网点",
             "金鼎餐饮管理有限公司", "宏远汽车销售服务有限公司", "博雅教育培训学校", "康宁医药连锁",
             "利民超市", "新世纪商贸有限公司", "中联重工配件厂", "天成纺织厂", "绿源农业合作社",
             "佳美装饰工程有限公司", "东升机械制造有限公司", "盛世物业服务有限公司", "安达保安服务公司",
             "明珠酒店", "瑞丰电子厂", "万家福连锁超市"]
SCHOOLS = ["实验小学", "第二中学", "育才小学", "外国语学校", "第十二中学", "光明小学",
           "机关幼儿园", "阳光幼儿园", "第三实验小学", "职业技术学院", "师范大学附属小学"]
DEPTS = ["生产部", "仓储部", "财务部", "销售二部", "客服中心", "质检部", "行政部", "后勤部", "技术部"]
JOBS = ["仓管员", "操作工", "销售顾问", "出纳", "厨师", "保安", "司机", "文员", "质检员", "店长",
        "护工", "焊工", "收银员", "快递员", "电工"]
EDU = ["初中", "高中", "中专", "大学专科", "大学本科", "小学"]
ZODIAC = ["鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪"]
FOREIGN_CITIES = ["Manchester", "Sydney", "Toronto", "Auckland", "Melbourne", "Vancouver",
                  "Birmingham", "Brisbane", "Osaka", "Singapore", "Kuala Lumpur", "Los Angeles"]


def amt():
    return pick(["3000", "4800", "6500", "8000", "1.2万", "2万", "15800", "3.6万", "9200", "2680",
                 "5万", "一万二", "七千", "三千八", "两万五", "11000"]) + pick(["元", "", "块"])


def date():
    return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))


def ymd():
    return "2026年%d月%d日" % (rng.randint(1, 11), rng.randint(1, 28))


def hm():
    return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))


# ---------------------------------------------------------------- names
SURNAMES = (["王"] * 9 + ["李"] * 9 + ["张"] * 8 + ["刘"] * 7 + ["陈"] * 6 + ["杨"] * 4 + ["黄"] * 4 +
            ["赵"] * 4 + ["吴"] * 3 + ["周"] * 3 + ["徐"] * 3 + ["孙"] * 3 + ["马"] * 2 + ["朱"] * 2 +
            ["胡"] * 2 + ["郭"] * 2 + ["何"] * 2 + ["高"] * 2 + ["林"] * 2 + ["罗"] * 2 +
            list("郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
                 "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                 "常葛康伍牛温芦关"))
GIV = {
    ("m", "old"): ["建国", "建华", "国强", "德福", "福生", "长林", "永刚", "保国", "志刚", "振华", "春生",
                   "金生", "树林", "玉林", "占魁", "德胜", "庆丰", "广才", "宝山", "铁军", "学军", "卫国",
                   "永福", "连生", "根生", "水生", "有才", "明德", "满仓", "守义", "富贵", "长顺"],
    ("f", "old"): ["秀英", "桂兰", "秀兰", "玉兰", "桂芳", "凤英", "淑珍", "秀珍", "翠花", "金凤", "桂英",
                   "玉珍", "素芬", "冬梅", "腊梅", "月娥", "凤兰", "兰英", "春兰", "巧珍", "素梅", "惠兰",
                   "秀云", "玉芬", "桂香"],
    ("m", "mid"): ["伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "鹏", "辉", "刚", "健", "峰",
                   "浩", "波", "亮", "海涛", "志强", "建军", "晓东", "立新", "文斌", "海峰", "永强", "国庆",
                   "俊杰", "雪松", "红军", "海波", "卫东", "东升", "晓峰", "志勇", "建平", "宏伟", "德明",
                   "春雷", "振宇", "家伟", "新民", "小龙", "晓军", "长江", "向东", "利民"],
    ("f", "mid"): ["静", "丽", "敏", "艳", "娟", "霞", "燕", "芳", "玲", "萍", "红", "丹", "晓燕", "海燕",
                   "丽娟", "秀梅", "红梅", "晓丽", "春燕", "丽萍", "雪梅", "艳红", "美玲", "慧敏", "晓红",
                   "亚楠", "丽君", "玉梅", "淑芬", "彩霞", "晓霞", "小红", "红霞", "翠萍", "凤霞", "利娟"],
    ("m", "young"): ["子豪", "浩然", "宇轩", "俊熙", "梓睿", "一鸣", "皓轩", "明哲", "思远", "子墨",
                     "天佑", "嘉懿", "承泽", "博文", "昊天", "铭轩", "锦程", "宇航", "奕辰", "书恒",
                     "浩宇", "子航", "梓豪", "晨阳"],
    ("f", "young"): ["梓涵", "欣怡", "诗琪", "雨桐", "可馨", "语嫣", "子萱", "思彤", "佳怡", "一诺",
                     "若曦", "梦瑶", "紫萱", "雨欣", "晨曦", "芷若", "沐晴", "依诺", "安琪", "梓萱",
                     "雨萱", "诗涵"],
}
# Very common two-character names (the brief named the first four).
COMMON2 = ["张伟", "王静", "李强", "刘洋", "王磊", "李军", "张静", "刘波", "陈静", "杨静", "王勇",
           "李杰", "张丽", "刘芳", "陈燕", "王涛", "李平", "张霞", "刘军", "王鹏", "李华", "陈刚",
           "杨勇", "赵敏", "王刚", "李艳", "张磊", "刘敏", "黄伟", "吴静"]
# Two-character names that are ordinary words.  Each is a person in exactly
# one record; the same words occur as ordinary words in the preserve file.
WORD_NAMES = [("程序", "m"), ("安全", "m"), ("文化", "m"), ("方向", "m"), ("于是", "m"),
              ("平静", "f"), ("成立", "m"), ("管理", "m"), ("关键", "m"), ("云朵", "f"),
              ("钱财", "m"), ("杨光", "m"), ("许愿", "f"), ("宁波", "m"), ("南阳", "m"),
              ("马达", "m"), ("马克", "m"), ("白金", "f"), ("关心", "f"), ("王国", "m"),
              ("张力", "m"), ("温馨", "f"), ("雷达", "m"), ("房东", "m"), ("刘海", "m"),
              ("明星", "m"), ("时尚", "f"), ("童话", "f")]
WORD_NAME_SET = {w for w, _ in WORD_NAMES}
STOP = {"马云", "刘强", "李刚", "王伟", "张杰", "李宁", "马龙", "周杰", "刘翔", "李娜", "王菲", "张靓",
        "马化", "李彦", "陈坤", "王力", "刘备", "张飞", "关羽", "曹操", "孙权", "李白", "杜甫",
        "王俊", "黄渤", "宋江", "林冲", "武松", "孙悟", "雷锋", "王杰", "刘德", "张学", "周星",
        "成龙", "李连", "赵丽", "杨幂", "孙俪", "郭靖", "黄蓉", "于谦", "郭德", "岳云", "沈腾"}

# pinyin for surnames and for given names usable in Latin-script records
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
          "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu",
          "胡": "Hu", "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo", "郑": "Zheng",
          "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng",
          "邓": "Deng", "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong",
          "袁": "Yuan", "潘": "Pan", "蒋": "Jiang", "蔡": "Cai", "杜": "Du", "叶": "Ye", "程": "Cheng",
          "苏": "Su", "魏": "Wei", "丁": "Ding", "任": "Ren", "沈": "Shen", "姚": "Yao", "卢": "Lu",
          "崔": "Cui", "钟": "Zhong", "谭": "Tan", "陆": "Lu", "范": "Fan", "金": "Jin", "廖": "Liao",
          "贾": "Jia", "夏": "Xia", "方": "Fang", "邹": "Zou", "孟": "Meng", "熊": "Xiong", "秦": "Qin",
          "邱": "Qiu", "薛": "Xue", "侯": "Hou", "龙": "Long", "陶": "Tao", "顾": "Gu", "毛": "Mao",
          "郝": "Hao", "邵": "Shao", "严": "Yan", "戴": "Dai", "孔": "Kong", "汤": "Tang"}
PY_GIV = {("m", "old"): [("建国", "Jianguo"), ("德福", "Defu"), ("国强", "Guoqiang"), ("振华", "Zhenhua"),
                          ("永刚", "Yonggang"), ("春生", "Chunsheng"), ("卫国", "Weiguo"), ("明德", "Mingde")],
          ("f", "old"): [("秀英", "Xiuying"), ("桂兰", "Guilan"), ("玉兰", "Yulan"), ("桂芳", "Guifang"),
                          ("凤英", "Fengying"), ("淑珍", "Shuzhen"), ("素芬", "Sufen"), ("冬梅", "Dongmei")],
          ("m", "mid"): [("志强", "Zhiqiang"), ("晓东", "Xiaodong"), ("文斌", "Wenbin"), ("海峰", "Haifeng"),
                          ("宏伟", "Hongwei"), ("俊杰", "Junjie"), ("卫东", "Weidong"), ("振宇", "Zhenyu"),
                          ("国庆", "Guoqing"), ("德明", "Deming"), ("海波", "Haibo"), ("立新", "Lixin")],
          ("f", "mid"): [("丽娟", "Lijuan"), ("春燕", "Chunyan"), ("美玲", "Meiling"), ("晓霞", "Xiaoxia"),
                          ("雪梅", "Xuemei"), ("慧敏", "Huimin"), ("亚楠", "Yanan"), ("海燕", "Haiyan"),
                          ("丽萍", "Liping"), ("晓红", "Xiaohong"), ("红梅", "Hongmei"), ("彩霞", "Caixia")],
          ("m", "young"): [("子豪", "Zihao"), ("思远", "Siyuan"), ("一鸣", "Yiming"), ("博文", "Bowen"),
                            ("浩然", "Haoran"), ("宇航", "Yuhang"), ("明哲", "Mingzhe"), ("子航", "Zihang")],
          ("f", "young"): [("佳怡", "Jiayi"), ("欣怡", "Xinyi"), ("雨桐", "Yutong"), ("晨曦", "Chenxi"),
                            ("梓涵", "Zihan"), ("诗琪", "Shiqi"), ("思彤", "Sitong"), ("梦瑶", "Mengyao")]}
EN_GIVEN = {"m": ["Kevin", "Jason", "Eric", "David", "Tony", "Jack", "Leo", "Ryan", "Frank", "Steven", "Allen"],
            "f": ["Linda", "Grace", "Cindy", "Amy", "Vivian", "Helen", "Sophia", "Joyce", "Wendy", "Iris", "Coco"]}

# 拆字 / character descriptions as people say them on the phone
SUR_DESC = {"张": "弓长张", "李": "木子李", "陈": "耳东陈", "吴": "口天吴", "黄": "草头黄", "胡": "古月胡",
            "许": "言午许", "吕": "双口吕", "王": "三横一竖王", "何": "人可何", "程": "禾口程",
            "林": "双木林", "杨": "木易杨", "赵": "走肖赵", "徐": "双人徐", "刘": "文刀刘",
            "郑": "关耳郑", "肖": "小月肖", "杜": "木土杜", "叶": "口十叶", "姚": "女兆姚",
            "贾": "西贝贾", "崔": "山佳崔", "邓": "又耳邓", "孙": "孙子的孙", "周": "周末的周",
            "高": "高低的高", "宋": "宋朝的宋", "唐": "唐朝的唐", "韩": "韩国的韩", "田": "田地的田",
            "钟": "钟表的钟", "陆": "大陆的陆", "夏": "夏天的夏", "白": "白色的白", "石": "石头的石",
            "雷": "打雷的雷", "史": "历史的史", "孔": "孔子的孔", "梁": "栋梁的梁", "曾": "曾经的曾",
            "汤": "喝汤的汤", "江": "三点水一个工的江", "汪": "三点水一个王的汪", "潘": "三点水一个番的潘",
            "沈": "三点水的沈", "冯": "两点水一个马的冯", "姜": "上面一个羊字头下面一个女的姜",
            "蒋": "草头蒋", "董": "草头董", "苏": "草头苏", "贺": "加贝贺", "范": "模范的范",
            "金": "金子的金", "罗": "四夕罗", "谢": "言身寸谢", "龙": "龙凤的龙", "熊": "狗熊的熊",
            "秦": "秦始皇的秦", "孟": "孟子的孟", "马": "骑马的马", "朱": "朱红的朱", "郭": "城郭的郭",
            "丁": "甲乙丙丁的丁", "严": "严格的严", "万": "一万两万的万", "顾": "照顾的顾",
            "陶": "陶瓷的陶", "毛": "羽毛的毛", "付": "单人旁一个寸的付", "袁": "土口衣袁"}
GIV_DESC = {"伟": "伟大的伟", "强": "坚强的强", "军": "军人的军", "华": "中华的华", "明": "明天的明",
            "杰": "杰出的杰", "涛": "波涛的涛", "斌": "文武斌", "超": "超过的超", "勇": "勇敢的勇",
            "鹏": "大鹏的鹏", "辉": "光辉的辉", "刚": "刚才的刚", "健": "健康的健", "峰": "山峰的峰",
            "浩": "浩大的浩", "波": "波浪的波", "亮": "明亮的亮", "静": "安静的静", "丽": "美丽的丽",
            "敏": "敏捷的敏", "艳": "鲜艳的艳", "娟": "娟秀的娟", "霞": "晚霞的霞", "燕": "燕子的燕",
            "芳": "芬芳的芳", "玲": "玲珑的玲", "萍": "浮萍的萍", "红": "红色的红", "丹": "牡丹的丹",
            "梅": "梅花的梅", "兰": "兰花的兰", "英": "英雄的英", "秀": "优秀的秀", "春": "春天的春",
            "国": "国家的国", "建": "建设的建", "东": "东西的东", "海": "大海的海", "林": "树林的林",
            "晓": "晓得的晓", "雪": "雪花的雪", "玉": "玉石的玉", "凤": "凤凰的凤", "桂": "桂花的桂",
            "志": "志愿的志", "德": "道德的德", "永": "永远的永", "新": "新旧的新", "宇": "宇宙的宇",
            "轩": "气宇轩昂的轩", "涵": "包涵的涵", "欣": "欣赏的欣", "怡": "心旷神怡的怡",
            "琪": "王字旁一个其他的其", "婷": "女字旁一个亭子的亭", "雨": "下雨的雨", "桐": "梧桐的桐",
            "思": "思想的思", "远": "远近的远", "博": "博士的博", "鸣": "鸣笛的鸣", "俊": "英俊的俊",
            "嘉": "嘉奖的嘉", "晨": "早晨的晨", "梦": "做梦的梦", "佳": "最佳的佳", "颖": "聪颖的颖",
            "磊": "三个石头的磊", "鑫": "三个金的鑫", "森": "森林的森", "晶": "三个日的晶",
            "云": "白云的云", "龙": "龙凤的龙", "生": "生日的生", "福": "幸福的福", "珍": "珍珠的珍",
            "芬": "芬芳的芬", "翠": "翡翠的翠", "金": "金子的金", "民": "人民的民", "庆": "国庆的庆",
            "松": "松树的松", "平": "平时的平", "军": "军人的军", "利": "利益的利"}
SPELL_GIV = [g for g in (GIV[("m", "mid")] + GIV[("f", "mid")] + GIV[("m", "old")] + GIV[("f", "old")] +
                         GIV[("m", "young")] + GIV[("f", "young")])
             if all(c in GIV_DESC for c in g)]

# 王张氏-style names of women born before ~1940 (husband's surname + own surname + 氏)
# Typo pairs for names heard or typed wrong (same sound, different character)
HOMO = {"伟": "炜", "静": "婧", "丽": "莉", "军": "君", "华": "桦", "明": "铭", "涛": "滔", "斌": "彬",
        "峰": "锋", "燕": "艳", "红": "虹", "霞": "侠", "娟": "鹃", "萍": "平", "鹏": "朋", "辉": "晖",
        "刚": "钢", "健": "建", "杰": "洁", "玲": "铃", "芳": "方", "敏": "珉", "兰": "岚", "梅": "媚",
        "英": "瑛", "凤": "风", "海": "还", "东": "冬", "林": "琳", "强": "墙", "勇": "永"}
# emoji used for a surname by sound or meaning (doubtful labels)
EMOJI_SUR = [("🐴", "马"), ("🐂", "牛"), ("🐟", "余"), ("🐑", "杨"), ("🐻", "熊"), ("🐉", "龙"),
             ("🦊", "胡"), ("💰", "钱"), ("🍐", "黎"), ("🌲", "林")]


def norm(s):
    return re.sub(r"[\s\u3000·•・.\-_]", "", s).lower()


with open(os.path.abspath(__file__), encoding="utf-8") as _f:
    SOURCE_BLOB = norm(_f.read())


class Names:
    def __init__(self):
        self.values = []          # every labelled name value (norm) -> for checks
        self.seen = set()
        self.blob = SOURCE_BLOB   # preserve text is appended later
        self.forms = Counter()
        self.word_used = set()

    def _ok(self, v, exempt=False):
        n = norm(v)
        if len(n) < 2 or n in self.seen:
            return False
        if not exempt and n in self.blob:
            return False
        if n[:2] in STOP or n in STOP:
            return False
        for o in self.seen:
            if n in o or o in n:
                return False
        return True

    def _add(self, v, form):
        self.seen.add(norm(v))
        self.values.append(v)
        self.forms[form] += 1
        return v

    def han(self, sex=None, gen=None, sur=None, single=None, spellable=False, form=None, pred=None):
        sex = sex or pick("mf")
        gen = gen or pick(["old", "mid", "mid", "mid", "young"])
        for _ in range(500):
            s = sur or pick(SURNAMES)
            if spellable and s not in SUR_DESC:
                continue
            if spellable:
                g = pick([x for x in SPELL_GIV if x in GIV[(sex, gen)]] or SPELL_GIV)
            elif chance(0.3):
                g = fk.first_name_male() if sex == "m" else fk.first_name_female()
            else:
                g = pick(GIV[(sex, gen)])
            if single is True and len(g) != 1:
                g = g[0] if chance(0.5) else g[-1]
            if single is False and len(g) == 1:
                continue
            v = s + g
            if pred and not pred(v):
                continue
            if self._ok(v):
                f = form or ("Han, 2 characters" if len(v) == 2 else "Han, 3 characters")
                return P("name", self._add(v, f), sur=s, giv=g, sex=sex, gen=gen)
        raise RuntimeError("name pool exhausted")

    def common2(self):
        for _ in range(200):
            v = pick(COMMON2)
            if self._ok(v, exempt=True):
                return P("name", self._add(v, "very common 2-character name"), sur=v[0], giv=v[1:],
                         sex="f" if v[1] in "静丽芳燕霞敏艳" else "m")
        raise RuntimeError("common2 exhausted")

    def word(self, w):
        sex = dict(WORD_NAMES)[w]
        assert w not in self.word_used
        self.word_used.add(w)
        assert self._ok(w, exempt=True), w
        return P("name", self._add(w, "word-name"), sur=w[0], giv=w[1:], sex=sex)

    def typo(self, p):
        """A same-sound misspelling of an existing name (both are labelled)."""
        v = p.v
        for i in range(len(v) - 1, 0, -1):
            if v[i] in HOMO:
                t = v[:i] + HOMO[v[i]] + v[i + 1:]
                if self._ok(t):
                    return P("name", self._add(t, "typo / same-sound variant"), sur=p.meta["sur"],
                             giv=t[1:], sex=p.meta["sex"])
        return None

    def olds(self, sur=None):
        """王张氏: husband's surname + her own surname + 氏."""
        for _ in range(200):
            a = sur or pick(SURNAMES)
            b = pick(SURNAMES)
            if a == b:
                continue
            v = a + b + "氏"
            if self._ok(v):
                return P("name", self._add(v, "old married woman's 氏 name"), sur=a, sex="f")
        raise RuntimeError

    def emoji(self, sex=None):
        for _ in range(200):
            e, s = pick(EMOJI_SUR)
            sex2 = sex or pick("mf")
            g = pick(GIV[(sex2, "mid")] + GIV[(sex2, "old")])
            if len(g) == 1:
                continue
            v = e + g
            if self._ok(v) and self._ok(s + g):
                return P("name", self._add(v, "emoji for the surname"), sur=s, giv=g, sex=sex2)
        raise RuntimeError

    def pinyin(self, sex=None, gen=None, style=None, han=False):
        """Latin-script name; returns (P latin, P han or None)."""
        sex = sex or pick("mf")
        gen = gen or pick(["old", "mid", "young"])
        for _ in range(500):
            s = pick(list(PY_SUR))
            g, gp = pick(PY_GIV[(sex, gen)])
            sp = PY_SUR[s]
            st = style or pick(["GS", "SG", "SUR", "GSUR", "EN", "ENFULL"])
            if st == "GS":
                lat = "%s %s" % (gp, sp)
            elif st == "SG":
                lat = "%s %s" % (sp, gp)
            elif st == "SUR":
                lat = "%s %s" % (sp.upper(), gp)
            elif st == "GSUR":
                lat = "%s %s" % (gp, sp.upper())
            elif st == "EN":
                lat = "%s %s" % (pick(EN_GIVEN[sex]), sp)
            else:
                lat = "%s %s %s" % (pick(EN_GIVEN[sex]), sp, gp)
            hv = s + g
            if not self._ok(lat) or (han and not self._ok(hv)):
                continue
            lp = P("name", self._add(lat, "Latin letters"), sur=s, giv=g, sex=sex, py=(sp, gp))
            hp = P("name", self._add(hv, "Han, 3 characters" if len(hv) == 3 else "Han, 2 characters"),
                   sur=s, giv=g, sex=sex) if han else None
            return lp, hp
        raise RuntimeError

    def pct(self, p):
        """A percent-encoded copy of a Han name, as in a URL (doubtful label)."""
        v = urllib.parse.quote(p.v)
        self.seen.add(norm(v))
        self.values.append(v)
        self.forms["percent-encoded in a URL"] += 1
        return P("name", v)

    def fused_pinyin(self, p):
        v = (PY_SUR[p.meta["sur"]] + p.meta["py"][1]).lower() if "py" in p.meta else None
        return v


NM = Names()


def nm(**kw):
    return NM.han(**kw)


def nm_h(**kw):
    """A name that has a same-sound misspelling available."""
    return NM.han(pred=lambda v: any(c in HOMO for c in v[1:]), **kw)


# ---------------------------------------------------------------- numbers
MOBILE_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
              "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
              "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
              "195", "198", "199"]
HOMO_DIG = {"0": "洞零", "1": "幺依", "2": "两尔", "3": "山伞", "4": "司寺", "5": "武舞",
            "6": "溜留", "7": "妻漆", "8": "巴扒", "9": "久酒"}
CAP_DIG = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))
CN_DIG = dict(zip("0123456789", "零一二三四五六七八九"))


def mobile_digits():
    return pick(MOBILE_PRE) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def fmt_mobile(d, f):
    if f == "plain":
        return d
    if f == "space":
        return "%s %s %s" % (d[:3], d[3:7], d[7:])
    if f == "dash":
        return "%s-%s-%s" % (d[:3], d[3:7], d[7:])
    if f == "+86":
        return pick(["+86", "+86 ", "+86-"]) + d
    if f == "fw":
        return "".join(chr(ord(c) + 0xFEE0) for c in d)
    if f == "homo":   # platform-evading homophone digits
        return "".join(pick(HOMO_DIG[c]) for c in d)
    if f == "keycap":
        return "".join(c + "\ufe0f\u20e3" for c in d)
    if f == "cap":
        return "".join(CAP_DIG[c] for c in d)
    if f == "cn":
        s = "".join(("幺" if c == "1" else CN_DIG[c]) for c in d)
        return "%s %s %s" % (s[:3], s[3:7], s[7:])
    if f == "mixed":  # half digits half words
        return d[:3] + "".join(CN_DIG[c] for c in d[3:7]) + d[7:]
    if f == "letter":  # O for 0, l for 1, S for 5 (evading filters)
        return d.replace("0", "O").replace("1", "l").replace("5", "S")
    if f == "dot":
        return "%s.%s.%s" % (d[:3], d[3:7], d[7:])
    raise ValueError(f)


def ph(f=None):
    f = f or pick(["plain"] * 6 + ["space"] * 2 + ["dash", "+86"])
    STATS["phone:" + f] += 1
    return P("phone", fmt_mobile(mobile_digits(), f))


LANDLINE = ["010", "021", "022", "023", "0371", "0755", "020", "027", "028", "029", "0512", "0531",
            "0571", "0731", "0791", "0851", "0871", "0551", "0311", "0351", "0379", "0377", "0769"]


def landline():
    a = pick(LANDLINE)
    n = "".join(str(rng.randint(0, 9)) for _ in range(8 if len(a) == 3 else 7))
    n = str(rng.randint(2, 8)) + n[1:]
    v = pick(["%s-%s" % (a, n), "(%s)%s" % (a, n), "%s %s" % (a, n), "%s-%s转%d" % (a, n, rng.randint(801, 8899))])
    STATS["phone:landline"] += 1
    return P("phone", v)


def foreign_phone(country=None):
    c = country or pick(["uk", "au", "ca", "nz", "jp", "sg", "my", "us"])
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    v = {"uk": "+44 7%s %s" % (d(3), d(6)), "au": "+61 4%s %s %s" % (d(2), d(3), d(3)),
         "ca": "+1 (416) %s-%s" % (d(3), d(4)), "us": "+1 (626) %s-%s" % (d(3), d(4)),
         "nz": "+64 21 %s %s" % (d(3), d(4)), "jp": "+81 90-%s-%s" % (d(4), d(4)),
         "sg": "+65 9%s %s" % (d(3), d(4)), "my": "+60 12-%s %s" % (d(3), d(4))}[c]
    STATS["phone:foreign"] += 1
    return P("phone", v)


AREAS = ["110101", "110105", "120104", "130102", "130602", "140105", "210102", "220102", "230103",
         "310104", "310115", "320102", "320506", "330102", "330382", "340104", "350203", "360102",
         "370102", "370203", "410102", "410105", "410302", "411302", "411624", "420106", "420111",
         "430104", "430602", "440106", "440304", "450103", "500103", "510104", "510107", "520102",
         "530102", "610103", "610113", "620102", "650102", "412726", "341221", "371321", "522422"]


def id_digits(y=None, m=None, d=None, sex=None):
    y = y or rng.randint(1952, 2004)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10
    s3 = seq + (rng.choice([1, 3, 5, 7, 9]) if sex == "m" else rng.choice([0, 2, 4, 6, 8]) if sex == "f"
               else rng.randint(0, 9))
    body = "%s%04d%02d%02d%03d" % (pick(AREAS), y, m, d, s3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + chk


def idn(f=None, **kw):
    d = id_digits(**kw)
    f = f or pick(["plain"] * 5 + ["space", "x"])
    if f == "x":
        tries = 0
        while not d.endswith("X") and tries < 200:
            d = id_digits(**kw)
            tries += 1
        v = d[:-1] + pick(["x", "X"])
    elif f == "space":
        v = "%s %s %s" % (d[:6], d[6:14], d[14:])
    elif f == "fw":
        v = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in d)
    elif f == "cap":
        v = "".join(CAP_DIG.get(c, c) for c in d)
    else:
        v = d
    STATS["id:" + f] += 1
    return P("id_number", v, digits=d)


CARD_PRE = ["622202", "621226", "622848", "621700", "436742", "622588", "621483", "622262",
            "621799", "622188", "622630", "622666", "623058", "622909", "621661", "622521"]


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def card(f=None):
    L = pick([16, 19, 19])
    body = pick(CARD_PRE) + "".join(str(rng.randint(0, 9)) for _ in range(L - 7))
    c = luhn_complete(body)
    f = f or pick(["plain", "plain", "space4", "dash4", "6rest"])
    if f == "space4":
        v = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif f == "dash4":
        v = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif f == "6rest":
        v = c[:6] + " " + c[6:]
    else:
        v = c
    STATS["card:" + f] += 1
    return P("bank_card", v)


PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(f=None):
    p = pick(PROV) + pick(PL[:12])
    if chance(0.25):
        tail = pick("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    else:
        tail = "".join(pick(PL + "0123456789" * 3) for _ in range(5))
    f = f or pick(["none", "none", "dot", "space", "dash"])
    sep = {"none": "", "dot": "·", "space": " ", "dash": "-"}[f]
    STATS["plate:" + f] += 1
    return P("plate", p + sep + tail)


def qq():
    return P("qq", str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(6, 9))))


def wx():
    if chance(0.35):
        v = "wxid_" + "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    else:
        v = pick(["a", "x", "zz", "lucky", "hao", "mm", "ww", "sun", "yy", "tom", "kk", "da"]) + \
            pick(["_", "", "-"]) + "".join(pick("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(2, 5))) + \
            str(rng.randint(10, 99999))
    return P("wechat", v)


EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com",
             "yeah.net", "hotmail.com", "139.com", "sohu.com"]


def email(local=None):
    if local is None:
        if chance(0.3):
            local = str(rng.randint(10000, 9999999999))
            dom = "qq.com"
        else:
            local = pick(["sunny", "lw", "hx", "yy", "tiger", "chen", "mm", "happy", "xiao", "jj", "abc",
                          "moon", "rain"]) + pick(["", "_", "."]) + str(rng.randint(1, 9999))
            dom = pick(EMAIL_DOM)
    else:
        dom = pick(EMAIL_DOM[1:])
    return P("email", "%s@%s" % (local, dom))


def acct(kind):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    v = {"gonghao": pick(["CS", "HN", "GZ", "TJ", "BJ", "CD", ""]) + d(pick([4, 5, 6])),
         "contract": pick(["HT", "JK", "LN", "XD"]) + "2026" + d(8),
         "dabh": d(12),
         "vin": "L" + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10)) + d(6),
         "huhao": d(9),
         "jhz": "J" + pick(AREAS)[:6] + "-2019-" + d(6),
         "xlzs": "1" + d(4) + "1201" + d(2) + "0" + d(6),
         "etc": d(4) + "2" + d(15),
         "badge": d(6),
         "zyzh": "1" + d(4) + "2018" + d(8),
         "order": "DJ" + d(16),
         "uid": "U" + d(10),
         "member": "VIP" + d(8),
         "sbk": pick(["A", "B", "C"]) + d(8)}[kind]
    STATS["account:" + kind] += 1
    return P("account", v)


def passport():
    v = pick(["E", "EA", "EB", "EC", "ED", "EE", "EH", "EJ"])
    v = v + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(v)))
    STATS["id:passport"] += 1
    return P("id_number", v)


def hkmo_pass():
    v = "C" + pick(["", "L", "M", "N"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    v = v[:9] if len(v) > 9 else v
    STATS["id:hkmo"] += 1
    return P("id_number", v)


# ---------------------------------------------------------------- addresses
LOC = [("河南省", "郑州市", "金水区"), ("河南省", "郑州市", "二七区"), ("河南省", "洛阳市", "涧西区"),
       ("湖南省", "长沙市", "雨花区"), ("湖南省", "株洲市", "芦淞区"), ("广东省", "深圳市", "龙岗区"),
       ("广东省", "东莞市", "长安镇"), ("广东省", "广州市", "番禺区"), ("四川省", "成都市", "武侯区"),
       ("湖北省", "武汉市", "洪山区"), ("江苏省", "南京市", "江宁区"), ("江苏省", "苏州市", "吴中区"),
       ("浙江省", "杭州市", "拱墅区"), ("浙江省", "温州市", "鹿城区"), ("山东省", "济南市", "历下区"),
       ("山东省", "临沂市", "兰山区"), ("安徽省", "合肥市", "蜀山区"), ("陕西省", "西安市", "雁塔区"),
       ("河北省", "石家庄市", "裕华区"), ("江西省", "南昌市", "青山湖区"), ("福建省", "泉州市", "丰泽区"),
       ("云南省", "昆明市", "官渡区"), ("广西壮族自治区", "南宁市", "青秀区"), ("重庆市", "", "渝北区"),
       ("辽宁省", "沈阳市", "铁西区"), ("黑龙江省", "哈尔滨市", "南岗区"), ("山西省", "太原市", "小店区")]
ROADS = ["建设路", "人民路", "解放路", "中山路", "花园路", "经三路", "农业路", "长江路", "黄河路", "友谊路",
         "胜利街", "新华路", "朝阳路", "光明路", "团结路", "青年路", "滨河路", "迎宾大道", "工业路",
         "学府路", "红旗路", "北京路", "幸福大街", "东风路"]
ESTATES = ["幸福家园", "阳光花园", "金色家园", "锦绣华庭", "翠竹苑", "丽水湾", "城市花园", "御景苑",
           "盛世华庭", "东方名城", "滨江一号", "水岸名居", "世纪新城", "书香门第", "紫荆花园", "和谐家园",
           "恒大绿洲", "碧桂园", "万科城", "馨苑小区", "康桥华府", "龙湖春江郦城", "保利香槟国际", "正商城"]
COUNTIES = [("河南省", "周口市", "沈丘县"), ("河南省", "商丘市", "虞城县"), ("山东省", "菏泽市", "曹县"),
            ("安徽省", "阜阳市", "临泉县"), ("湖南省", "邵阳市", "隆回县"), ("四川省", "南充市", "仪陇县"),
            ("江西省", "赣州市", "于都县"), ("河北省", "邯郸市", "大名县"), ("湖北省", "黄冈市", "蕲春县"),
            ("广西壮族自治区", "玉林市", "博白县"), ("贵州省", "毕节市", "威宁县"), ("甘肃省", "天水市", "秦安县")]
TOWNS = ["城关镇", "新集镇", "白沙镇", "付井镇", "沙河店镇", "石桥镇", "双河乡", "马庄乡", "黄土岭镇", "大王庄乡"]
VILLAGES = ["前进村", "红旗村", "后湾村", "腰庄村", "小李庄", "朱家坳村", "东岗村", "杨树沟村", "王楼村", "新庄村"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def addr(kind=None):
    kind = kind or pick(["urban", "urban", "urban_short", "village", "urban_cn"])
    if kind in ("urban", "urban_short", "urban_cn"):
        p, c, d = pick(LOC)
        road, est = pick(ROADS), pick(ESTATES)
        b, u, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33) * 100 + rng.randint(1, 4)
        if kind == "urban":
            v = "%s%s%s%s%d号%s%d栋%d单元%d室" % (p if chance(0.5) else "", c, d, road, rng.randint(1, 399),
                                             est, b, u, r)
        elif kind == "urban_short":
            v = pick(["%s%s %d-%d-%d", "%s%s%d号楼%d单元%d"]) % (d, est, b, u, r)
        else:
            rr = "".join(CN_NUM[int(x) - 1] if x != "0" else "零" for x in str(r))
            v = "%s%s%s号楼%s单元%s" % (c, est, CN_NUM[min(b, 12) - 1], CN_NUM[u - 1], rr)
    elif kind == "village":
        p, c, x = pick(COUNTIES)
        v = "%s%s%s%s%s%s组%d号" % (p if chance(0.4) else "", c if chance(0.6) else "", x, pick(TOWNS),
                                 pick(VILLAGES), pick(CN_NUM[:10]) if chance(0.5) else str(rng.randint(1, 12)),
                                 rng.randint(1, 88))
    else:
        raise ValueError(kind)
    STATS["address:" + kind] += 1
    return P("address", v)


EN_ADDR = [("Zhengzhou", "Jinshui District", "Wenhua Road", "Jinxiu Garden"),
           ("Changsha", "Yuhua District", "Shaoshan Road", "Yangguang Garden"),
           ("Chengdu", "Wuhou District", "Kehua North Road", "Cuizhu Garden"),
           ("Wuhan", "Hongshan District", "Luoyu Road", "Shijie Xincheng"),
           ("Hefei", "Shushan District", "Changjiang West Road", "Xingfu Jiayuan"),
           ("Xi'an", "Yanta District", "Xiaozhai East Road", "Shuxiang Mendi"),
           ("Jinan", "Lixia District", "Quancheng Road", "Zijing Huayuan"),
           ("Nanchang", "Qingshanhu District", "Beijing East Road", "Hexie Jiayuan")]
FOREIGN_ADDR = ["Flat %d, %d Wilmslow Road, Manchester M14 %dTB", "Unit %d, %d Smith Street, Chatswood NSW 20%d",
                "%d-%d Harbour Street, Toronto, ON M5J %dG2", "%d/%d Queen Street, Auckland 10%d",
                "Apt %d, %d Bristol Road, Birmingham B5 %dSA", "%d/%d Little Lonsdale Street, Melbourne VIC 30%d"]


def addr_en():
    c, d, r, e = pick(EN_ADDR)
    v = "Room %d0%d, Unit %d, Building %d, %s, %d %s, %s, %s" % (
        rng.randint(3, 28), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 20), e, rng.randint(8, 288),
        r, d, c)
    STATS["address:pinyin"] += 1
    return P("address", v)


def addr_foreign():
    STATS["address:foreign"] += 1
    return P("address", pick(FOREIGN_ADDR) % (rng.randint(1, 30), rng.randint(2, 300), rng.randint(1, 9)))


# ---------------------------------------------------------------- records
GROUPS = {}


def T(group, weight=1):
    def deco(fn):
        GROUPS.setdefault(group, []).append(fn)
        return fn
    return deco


def rel_pair(sex):
    return pick(["我姐", "我表姐", "我同事", "我闺蜜", "我嫂子", "我表妹"]) if sex == "f" else \
        pick(["我哥", "我表哥", "我同事", "我发小", "我姐夫", "我堂弟"])


def kin(sex, old=False):
    if old:
        return pick(["我妈", "我婆婆", "我奶奶", "我姥姥"]) if sex == "f" else pick(["我爸", "我公公", "我爷爷", "我姥爷"])
    return rel_pair(sex)


FORM_Q1 = ["谁联系了你：", "对方是谁：", "联系你的人（姓名/电话/单位）：", "对方自称：", "1. 谁联系了你？\n"]
FORM_Q2 = ["对方说了什么：", "他们说了什么？\n", "对方原话：", "2. 对方说了什么？\n"]
FORM_Q3 = ["你希望怎么处理：", "你想做什么：", "诉求：", "3. 你希望我们怎么帮你？\n"]
FORM_Q4 = ["补充说明：", "其他情况（选填）：", "还有什么要补充的：", "4. 补充\n"]

# ---- form: the site's own form answers --------------------------------
@T("form")
def _():
    a, p = nm(), ph("plain")
    return R("{q}{a}{p} 说是{plat}法务 天天打", q=pick(FORM_Q1), a=a, p=p, plat=pick(PLATS))


@T("form")
def _():
    a, b = nm(sex="m"), nm(sex="m")
    return R("一个叫{a}的 一个叫{b}的 都是男的 号码{p} {p2}", a=a, b=b, p=ph(), p2=ph())


@T("form")
def _():
    a, b = nm(), nm()
    return R("{q}{a}（自称调解员）{p}\n{b}（自称律师）{p2}", q=pick(FORM_Q1), a=a, b=b, p=ph(), p2=landline())


@T("form")
def _():
    a, b = nm(), nm(gen="mid")
    return R("对方是谁：{a} {p}\n对方说了什么：说要去我单位找我领导{b}\n你想怎么做：想让他们别打我爸妈电话",
             a=a, b=b, p=ph())


@T("form")
def _():
    a, b, c = nm(sex="f", gen="old"), nm(sex="f"), nm()
    return R("我妈{a} 我姐{b} 我同事{c} 都被打了 {tail}", a=a, b=b, c=c,
             tail=pick(["一个都没放过", "我都没脸见人了", "都是我没填过的", "", "怎么办"]))


@T("form")
def _():
    a, b, c, d = nm(), nm(), nm(), nm()
    return R("{q}打给了 {a} {b} {c} {d} 这几个都是我微信好友", q=pick(FORM_Q4 + [""]), a=a, b=b, c=c, d=d)


@T("form")
def _():
    a = nm(sex="m")
    return R("{a}说他是{city}法院的 让我加他微信{w} 说加了可以撤诉", a=a, city=pick(CITIES), w=wx())


@T("form")
def _():
    a = nm_h(gen="mid")
    b = NM.typo(a) or nm()
    return R("他说他叫{a}还是{b} 听不清 反正姓{s}的 电话{p}", a=a, b=b, s=a.meta["sur"], p=ph("space"))


@T("form")
def _():
    a = nm()
    return R("催收员{a}工号{g} {q}", a=a, g=acct("gonghao"), q=pick(["态度很差", "骂我全家", "说今天不还就上门", ""]))


@T("form")
def _():
    a, b = nm(), nm()
    return R("就是那个{a}啊 上次我已经还了{amt}了 收款人是{b} 卡号{c} 现在又说没收到", a=a, b=b, amt=amt(), c=card())


@T("form")
def _():
    a = nm()
    return R("{q}想投诉{a}和他们公司 {plat}委托的 天天爆我通讯录", q=pick(FORM_Q3), a=a, plat=pick(PLATS))


@T("form")
def _():
    a, b = nm(), nm()
    return R("{a}{p}{b}{p2}", a=a, p=ph("plain"), b=b, p2=ph("plain"))


@T("form")
def _():
    a = nm()
    return R("我叫{a}，身份证{i}，就是想问问能不能停催 我真的没钱了", a=a, i=idn(sex=a.meta["sex"]))


@T("form")
def _():
    b = nm(sex="m", gen="old")
    return R("对方说我不还钱就去我老家{ad}找我爸{b} 我爸有心脏病", ad=addr("village"), b=b)


@T("form")
def _():
    a = nm()
    return R("联系我的人：{a}/{p}/说是{plat}的", a=a, p=ph(), plat=pick(PLATS))


@T("form")
def _():
    a, b = nm(), nm()
    return R("1.{a} {p}\n2.{b} {p2}\n3.还有一个没存名字 {p3}", a=a, b=b, p=ph(), p2=ph("dash"), p3=ph())


@T("form")
def _():
    a, b = nm(sex="m"), nm(gen="mid")
    return R("他们打到我老公{a}单位去了 他领导{b}找他谈话 现在要开除他", a=a, b=b)


@T("form")
def _():
    a = nm()
    return R("{a}！！！就是他 {p} 说话特别难听", a=a, p=ph())


@T("form")
def _():
    a = nm()
    return R("对方：{a}\n说了：你再不还我们就上门了 你家在{ad}对吧\n我想：报警", a=a, ad=addr("urban"))


@T("form")
def _():
    a = nm()
    return R("名字{a}电话{p}微信{w}", a=a, p=ph("plain"), w=wx())


@T("form")
def _():
    a = nm(sex="m")
    return R("补充：我前夫{a}欠的钱 为啥找我 我跟他早离了 孩子都跟我姓{s}了", a=a, s=pick(SURNAMES))


@T("form")
def _():
    a, b = nm(), nm(sex="f", gen="old")
    return R("{a}打给我婆婆{b}说我欠钱不还 我婆婆七十多了 吓得一晚上没睡", a=a, b=b)


@T("form")
def _():
    a, b = nm(), nm()
    return R("昨天下午三点多 {a}来电 今天上午又是{b} 两个号码{p} {p2}", a=a, b=b, p=ph(), p2=ph())


@T("form")
def _():
    a = nm()
    return R("他自己说叫{a} 我搜了一下这个名字是个律师 不知道真假", a=a)


@T("form")
def _():
    a = nm()
    return R("能不能帮我查一下{a}这个人 {p} 是不是真的律所的", a=a, p=ph())


@T("form")
def _():
    a = nm(sex="f")
    return R("{q}说了很难听的话 还在群里@了我表妹{a}", q=pick(FORM_Q2), a=a)


@T("form")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("{q}对方是{a}和{b} 一男一女 女的说话更凶", q=pick(["谁联系了你：", "", "1. 谁联系了你？\n"]), a=a, b=b)


@T("form")
def _():
    a, b = nm(), nm()
    return R("我想起诉{a} 他把我照片P了发给我同学{b}", a=a, b=b)


@T("form")
def _():
    a = nm(sex="m", gen="old")
    return R("是我帮我爸{a}填的 他不会用手机 他欠了{amt} 对方天天打他座机{l}", a=a, amt=amt(), l=landline())


@T("form")
def _():
    a = nm(sex="f")
    return R("我邻居{a}说也有人去她家问我 还留了个电话{p}", a=a, p=ph())


@T("form")
def _():
    a, b, c = nm(), nm(), nm()
    return R("他们打给了{a}{b}{c} 全是我高中同学", a=a, b=b, c=c)


@T("form")
def _():
    a = nm()
    return R("有个叫{a}的加我QQ{q} 说能帮我上岸 要先交500手续费", a=a, q=qq())


@T("form")
def _():
    a = nm()
    return R("问：对方是谁\n答：{a}\n问：对方说了什么\n答：说{plat}已经起诉了 让我去{city}应诉", a=a, plat=pick(PLATS),
             city=pick(CITIES))


@T("form")
def _():
    a = nm(sex="m")
    return R("{a} 男 四十多岁 {city}口音 {p}", a=a, city=pick(["河南", "四川", "东北", "湖南", "广东", "山东"]), p=ph())


@T("form")
def _():
    a = nm(sex="m")
    return R("我也不知道他们怎么有我表哥{a}的号码{p}的 我都没存过", a=a, p=ph())


@T("form")
def _():
    a = nm_h(gen="mid")
    b = NM.typo(a) or nm()
    return R("名字打错了 上面写的{b} 应该是{a}", a=a, b=b)


@T("form")
def _():
    a, b, c = nm(), nm(), nm()
    return R("还有{a}，{b}，{c}（都是我微信好友 他们怎么知道的）", a=a, b=b, c=c)


@T("form")
def _():
    a, b = nm(), nm()
    return R("{a}-{p}-已还{amt}\n{b}-{p2}-未还", a=a, b=b, p=ph(), p2=ph(), amt=amt())


@T("form")
def _():
    a = nm()
    return R("{q}我想知道{a}说的是不是真的 他说三天内不还就立案 还要通知村委会", q=pick(FORM_Q3 + [""]), a=a)


@T("form")
def _():
    a = NM.common2()
    return R("对方叫{a} 就这两个字 {p}", a=a, p=ph())


@T("form")
def _():
    a, b = NM.common2(), NM.common2()
    return R("{a}和{b}轮着打 一个早上一个晚上", a=a, b=b)


@T("form")
def _():
    a = NM.common2()
    return R("{a}{p}自称{plat}贷后", a=a, p=ph("plain"), plat=pick(PLATS))


@T("form")
def _():
    a = nm(sex="f", gen="young")
    return R("他们说要去{sch}找我女儿{a} 她才上三年级", sch=pick(SCHOOLS), a=a)


@T("form")
def _():
    a = nm()
    return R("{q}不想还了 就想让{a}别再打了 我已经在还本金了", q=pick(FORM_Q3), a=a)


@T("form")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("我老公{a} 我 {b} 我们俩的电话都被打 {p} {p2}", a=a, b=b, p=ph("space"), p2=ph("space"))


@T("form")
def _():
    a = nm()
    return R("{a}加我微信了 微信号{w} 头像是个律师事务所的logo", a=a, w=wx())


@T("form")
def _():
    a = nm()
    return R("对方发邮件到{e} 落款{a}", e=email(), a=a)


@T("form")
def _():
    a, b = nm(gen="mid"), nm(gen="mid")
    return R("催收的 {a}\n他主管 {b}\n我打过去投诉 他主管说不归他管", a=a, b=b)


@T("form")
def _():
    a, b, c = NM.common2(), nm(), NM.common2()
    return R("{a} {b} {c} 这三个人轮流打 号码都不一样 {p}", a=a, b=b, c=c, p=ph())


@T("form")
def _():
    a = NM.common2()
    b = NM.typo(a) or nm()
    return R("对方说叫{a} 但是发来的收款码上是{b} 卡号{c}", a=a, b=b, c=card())


@T("form")
def _():
    a = nm_h(gen="mid")
    b = NM.typo(a) or nm()
    return R("{q}{b}（打错了 是{a}）{p}", q=pick(FORM_Q1), b=b, a=a, p=ph())


@T("form")
def _():
    a, b = NM.common2(), NM.common2()
    return R("谁联系了你：{a}\n对方说了什么：说{b}是我担保人 我根本不认识{b}\n你想怎么做：投诉", a=a, b=b)


@T("form")
def _():
    a, b, c = nm(sex="f", gen="old"), nm(sex="m", gen="old"), nm()
    return R("被打电话的人 我妈{a} 我爸{b} 我领导{c} 我前同事 我初中班主任 都打了", a=a, b=b, c=c)


@T("form")
def _():
    a, b = nm(), nm()
    return R("{a}{p}\n{b}{p2}\n{p3}（没留名）\n邮箱也收到了：{e}", a=a, p=ph("plain"), b=b, p2=ph("plain"), p3=ph("dash"), e=email())


@T("form")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("打给我的是{a} 打给我老婆{b}的是另一个 说话很冲 QQ{q}也加了我老婆", a=a, b=b, q=qq())


@T("form")
def _():
    a = NM.common2()
    return R("他说他叫{a} 这名字全国有几十万个 肯定是假的吧", a=a)


@T("form")
def _():
    a, b = nm(), nm()
    return R("我要举报{a}和{b} 他们把我的身份证{i}发到了我家族群", a=a, b=b, i=idn())


@T("form")
def _():
    a = nm()
    return R("他QQ{q} 微信{w} 都加我了 名字叫{a} 邮箱{e}也发了催款函", q=qq(), w=wx(), a=a, e=email())


@T("doxx")
def _():
    a, b = nm(), nm(sex="f")
    return R("挂人帖：{a} QQ{q} 邮箱{e} 他姐{b} QQ{q2} —— 这是催收在QQ群里发的", a=a, q=qq(), e=email(), b=b, q2=qq())


# ---- recite: collectors quoting the debtor's data back ---------------
def birth(p):
    y = rng.randint(1970, 2000) if p.meta.get("gen") != "old" else rng.randint(1950, 1965)
    return y, rng.randint(1, 12), rng.randint(1, 28)


@T("recite")
def _():
    a = nm()
    y, m, d = birth(a)
    b, c, e = nm(sex="f" if a.meta["sex"] == "m" else "m"), nm(sex="m", gen="old", sur=a.meta["sur"]), nm(sex="f", gen="old")
    return R("{a}，你的信息我们这边都有：身份证{i}，{y}年{m}月{d}日出生，户籍{ad1}，现住{ad2}，单位{co}。"
             "你{sp}{b}，你爸{c}，你妈{e}，要不要我一个个打过去？",
             a=a, i=idn(y=y, m=m, d=d, sex=a.meta["sex"]), y=y, m=m, d=d, ad1=addr("village"), ad2=addr("urban"),
             co=pick(COMPANIES), sp="老婆" if a.meta["sex"] == "m" else "老公", b=b, c=c, e=e)


@T("recite")
def _():
    a, b, c = nm(), nm(), nm(sex="m", gen="old")
    return R("核实一下：借款人{a}，身份证号码{i}，预留手机{p}，紧急联系人{b}（配偶）{p2}，{c}（父亲）{p3}。"
             "以上信息如有错误请回复。", a=a, i=idn(sex=a.meta["sex"]), p=ph(), b=b, p2=ph(), c=c, p3=ph("space"))


@T("recite")
def _():
    a = nm(sex="m")
    k, t = nm(gen="young", sur=a.meta["sur"]), nm(sex="f", gen="mid")
    return R("{a}你听好，你{kid}{k}在{city}{sch}{grade}对吧，班主任是{t}老师，明天我们就去学校找她聊聊。",
             a=a, kid="儿子" if k.meta["sex"] == "m" else "女儿", k=k, city=pick(CITIES), sch=pick(SCHOOLS),
             grade=pick(["三年级二班", "五年级（1）班", "初一3班", "大班"]), t=t)


@T("recite")
def _():
    a, b = nm(), nm(gen="mid")
    return R("我们知道你在{co}上班，{job}，你们经理叫{b}，你们前台电话{l}，{a}你要不要面子自己想。",
             co=pick(COMPANIES), job=pick(JOBS), b=b, l=landline(), a=a)


@T("recite")
def _():
    a = nm()
    return R("【{plat}】{a}，您名下车辆{pl}已被我司外访人员在{ad}地下车库发现，请于今日18点前联系{p}。",
             plat=pick(PLATS), a=a, pl=plate(), ad=addr("urban_short"), p=ph())


@T("recite")
def _():
    a = nm()
    y, m, d = birth(a)
    b = nm(sex="m", sur=a.meta["sur"])
    return R("{a}，{y}年生的，属{z}，{city}人，你弟弟{b}在{city2}开{shop}，电话{p}，你不还我们就去他店里。",
             a=a, y=y, z=ZODIAC[(y - 4) % 12], city=pick(CITIES), b=b, city2=pick(CITIES),
             shop=pick(["烧烤店", "五金店", "手机店", "理发店", "驾校"]), p=ph())


@T("recite")
def _():
    a, b = nm(sex="f"), nm(sex="m")
    c = nm(gen="young", sur=b.meta["sur"])
    return R("催收：你是{a}吧？\n我：你哪位\n催收：你身份证是{i}对吧？你住{ad}。你前夫{b}，你们{kid}{c}今年上初二，没错吧？",
             a=a, i=idn(sex="f", y=rng.randint(1978, 1990)), ad=addr(), b=b, kid="儿子" if c.meta["sex"] == "m" else "女儿", c=c)


@T("recite")
def _():
    a, b, c = nm(), nm(), nm()
    return R("【{plat}】{a}先生/女士，系统显示您的还款卡为{bank}{cd}，工作单位{co}，如仍不处理，我司将联系您的同事{b}、{c}核实情况。",
             plat=pick(PLATS), a=a, bank=pick(BANKS), cd=card(), co=pick(COMPANIES), b=b, c=c)


@T("recite")
def _():
    a = nm()
    b, c = nm(sex="m", gen="old", sur=a.meta["sur"]), nm(sex="m", gen="mid", sur=a.meta["sur"])
    return R("{a}，你老家是{ad}吧？你爸{b}在家种地，你二叔{c}是村会计，我们的人下周去你们村。",
             a=a, ad=addr("village"), b=b, c=c)


@T("recite")
def _():
    a = nm()
    return R("{a}，别以为换号就没事，你QQ{q}，微信{w}，邮箱{e}，这些我们都有。", a=a, q=qq(), w=wx(), e=email())


@T("recite")
def _():
    a, b, c = nm(gen="young"), nm(gen="mid"), nm(gen="young")
    return R("你是{uni}{year}级的{a}吧，你辅导员叫{b}，你室友{c}，要不要我们发到你们年级群？",
             uni=pick(["职业技术学院", "理工大学", "师范学院", "财经学院"]), year=pick(["22", "23", "24"]), a=a, b=b, c=c)


@T("recite")
def _():
    a, b, c = nm(), nm(sex="m"), nm(sex="f")
    return R("{a}你听着：你表哥{b}在{city}当老师，你嫂子{c}在县医院上班，我一个个去说，看你以后怎么做人。",
             a=a, b=b, city=pick(CITIES), c=c)


@T("recite")
def _():
    a = nm()
    b = nm(sex="m", gen="old")
    return R("你岳父{b}的身份证{i}我们都查到了，{a}你还想连累多少人？", b=b, i=idn(sex="m", y=rng.randint(1950, 1962)), a=a)


@T("recite")
def _():
    a, b = nm(), nm(sex="f")
    return R("喂{a}是吧你身份证号{i}没错吧你家{ad}对不对你老婆叫{b}是不是你别挂", a=a, i=idn(), ad=addr("urban_cn"), b=b)


@T("recite")
def _():
    a, b = nm(), nm()
    return R("{a}，你租的房子在{ad}，房东{b}电话{p}，我们已经跟房东说了，你自己掂量。", a=a, ad=addr("urban"), b=b, p=ph())


@T("recite")
def _():
    a, b, c = nm(), nm(), nm()
    return R("{a}，你欠{amt}，你自己填的联系人是{b}{p}和{c}{p2}，今天不处理我就挨个打。",
             a=a, amt=amt(), b=b, p=ph("plain"), c=c, p2=ph("plain"))


@T("recite")
def _():
    a = nm()
    y, m, d = birth(a)
    return R("你是{a}吧，{m}月{d}号生日，马上{age}了，还这么赖账？你户口在{ad}，我们直接找你们村支书。",
             a=a, m=m, d=d, age=pick(["三十", "四十", "三十五", "五十"]), ad=addr("village"))


@T("recite")
def _():
    a, b = nm(), nm()
    return R("截图里他们把我的信息全念了一遍：{a}，身份证{i}，开户行{bank}，卡号{cd}，车牌{pl}，连我媳妇{b}的手机{p}都有",
             a=a, i=idn("space"), bank=pick(BANKS), cd=card("space4"), pl=plate(), b=b, p=ph())


@T("recite")
def _():
    a, b = nm(sex="f"), nm(sex="m")
    return R("他们说：{a}女士，您在{ad}的房子是您和您先生{b}共同所有的，我们可以申请查封。", a=a, ad=addr("urban"), b=b)


@T("recite")
def _():
    a, b, c = nm(), nm(sex="f", gen="old"), nm(sex="m", gen="old")
    return R("对方原话：“{a}，你姥姥{b}今年八十了吧，你姥爷{c}走得早，你忍心让老人家替你操心？”", a=a, b=b, c=c)


@T("recite")
def _():
    a, b = nm(), nm(gen="mid")
    return R("【律师函】致{a}（身份证号{i}）：受{plat}委托……如逾期未还，本所将依法起诉。经办律师：{b}，执业证号{z}",
             a=a, i=idn("x"), plat=pick(PLATS), b=b, z=acct("zyzh"))


@T("recite")
def _():
    a, b = nm(), nm()
    return R("{a}，你以前在{co}干过{job}吧，你那时候的主管{b}还记得你，要不要他帮你劝劝？", a=a, co=pick(COMPANIES),
             job=pick(JOBS), b=b)


@T("recite")
def _():
    a, b, c, d = nm(), nm(sex="m", gen="old"), nm(sex="f", gen="old"), nm()
    return R("【{plat}】{a}，你紧急联系人{b}、{c}、{d}我们已全部电话通知，你还要躲到什么时候？", plat=pick(PLATS), a=a, b=b, c=c, d=d)


@T("recite")
def _():
    a, b = nm(), nm()
    return R("{a}，你微信{w}绑定的银行卡{c}我们都知道，你同事{b}说你这个月已经发工资了。", a=a, w=wx(), c=card(), b=b)


@T("recite")
def _():
    a = nm()
    y, m, d = birth(a)
    b, c = nm(sex="m", sur=a.meta["sur"]), nm(sex="f", sur=a.meta["sur"])
    return R("你{y}年{m}月出生，身份证{i}，家里兄妹三个，你哥{b}，你妹{c}，{a}你是老二对吧？", y=y, m=m,
             i=idn(y=y, m=m, d=d, sex=a.meta["sex"]), b=b, c=c, a=a)


# ---- spell: names spelled out by their characters ----------------------
def gdesc(p):
    return "，".join(GIV_DESC[c] for c in p.meta["giv"])


@T("spell")
def _():
    a = nm(spellable=True)
    return R("催收的说他叫{a}，{sd}，{gd}，让我记住他，说以后都是他跟我对接", a=a, sd=SUR_DESC[a.meta["sur"]], gd=gdesc(a))


@T("spell")
def _():
    a = nm(spellable=True)
    return R("我：您贵姓？\n对方：免贵姓{s}，{sd}。\n我：全名呢？\n对方：{a}，{gd}。你记下来，投诉随便投。",
             s=a.meta["sur"], sd=SUR_DESC[a.meta["sur"]], a=a, gd=gdesc(a))


@T("spell")
def _():
    a = nm(spellable=True)
    return R("对方姓名：{a}（对方自己说是{sd}，{gd}）\n对方电话：{p}", a=a, sd=SUR_DESC[a.meta["sur"]], gd=gdesc(a), p=ph())


@T("spell")
def _():
    a = nm(spellable=True)
    return R("收款人写{a}，{sd}，别写错了，写错了钱退不回来。卡号{c}", a=a, sd=SUR_DESC[a.meta["sur"]], c=card())


@T("spell")
def _():
    a = nm(spellable=True, gen="young", single=False)
    k, t = ("儿子", "他") if a.meta["sex"] == "m" else ("女儿", "她")
    return R("我{k}叫{a}，{gd}，{t}才上初中，他们凭什么给{t}打电话", k=k, a=a, gd=gdesc(a), t=t)


@T("spell")
def _():
    a = nm(spellable=True, sex="f")
    return R("法院的书记员说她叫{a}，{sd}，有事打{l}，我打过去是空号", a=a, sd=SUR_DESC[a.meta["sur"]], l=landline())


@T("spell")
def _():
    a = nm(spellable=True, single=True)
    return R("他说他叫{a}，单名一个{g}字，{gd}，说是{plat}总部的", a=a, g=a.meta["giv"], gd=gdesc(a), plat=pick(PLATS))


@T("spell")
def _():
    g = pick([x for x in SPELL_GIV if len(x) == 2])
    a = None
    for _ in range(100):
        v = "欧阳" + g
        if NM._ok(v):
            a = P("name", NM._add(v, "compound surname"), sur="欧阳", giv=g, sex="f")
            break
        g = pick([x for x in SPELL_GIV if len(x) == 2])
    return R("复姓欧阳，欧洲的欧，太阳的阳，叫{a}，{gd}。她说她是调解中心的", a=a, gd=gdesc(a))


@T("spell")
def _():
    a, b = nm(spellable=True), nm(spellable=True)
    return R("{a}，{sd}，电话{p}\n{b}，{sd2}，电话{p2}\n（这是他们自己报的名字）", a=a, sd=SUR_DESC[a.meta["sur"]], p=ph(),
             b=b, sd2=SUR_DESC[b.meta["sur"]], p2=ph())


@T("spell")
def _():
    pairs = [("张", "章", "立早章"), ("陈", "程", "禾口程"), ("王", "汪", "三点水一个王的汪"), ("吴", "伍", "队伍的伍"),
             ("许", "徐", "双人徐"), ("黄", "王", "三横一竖王"), ("杨", "阳", "太阳的阳"), ("李", "黎", "黎明的黎")]
    s, alt, altd = pick(pairs)
    a = nm(spellable=True, sur=s)
    return R("快递单上收件人写错了，应该是{a}，{sd}，不是{altd}。电话{p}", a=a, sd=SUR_DESC[s], altd=altd, p=ph())


@T("spell")
def _():
    a = nm(spellable=True, sex="f", gen="old")
    return R("我奶奶说她叫{a}，{gd}，身份证{i}，催收让她替我还钱", a=a, gd=gdesc(a), i=idn(sex="f", y=rng.randint(1940, 1955)))


@T("spell")
def _():
    a = nm(spellable=True, sex="m")
    return R("电话里他念自己名字：“{s}，{sd}，{g}，{gd}，{a}”，说是{city}分公司的，工号{gh}",
             s=a.meta["sur"], sd=SUR_DESC[a.meta["sur"]], g=a.meta["giv"], gd=gdesc(a), a=a, city=pick(CITIES),
             gh=acct("gonghao"))


@T("spell")
def _():
    a = nm(spellable=True)
    b = nm(spellable=True)
    return R("他们让我转到{a}的卡上，{sd}，我说这是个人账户，他说这是财务{b}，{sd2}。", a=a, sd=SUR_DESC[a.meta["sur"]], b=b,
             sd2=SUR_DESC[b.meta["sur"]])


@T("spell")
def _():
    a = nm(spellable=True)
    return R("语音转文字：他叫{a}嗯{sd}那个{gd}我问了三遍才听清", a=a, sd=SUR_DESC[a.meta["sur"]], gd=gdesc(a).replace("，", ""))


# ---- wordname: two-character names that are ordinary words -----------
WORD_TPL = [
    "调解员{w}说可以减免一部分利息，让我等通知，电话{p}",
    "我们组长叫{w}，他也接到催收电话了，问我是不是把他填成联系人了",
    "收款人：{w}  卡号{c}  备注：还款",
    "那个叫{w}的催收员又打来了，号码{p}",
    "{w}是我初中同学，她说她的号码也被打了",
    "通讯录备注：{w}（二舅家的孩子）{p}",
    "紧急联系人填的是我表姐{w}，电话{p}",
    "担保人{w}不承认签过字，催收就一直打我",
    "外访员{w}和另一个人到了我家楼下，拍了我家门牌",
    "我给{w}转了{amt}，备注写的还款，现在不认账",
    "我真名就叫{w}，姓{s}，催收天天拿我名字开玩笑",
    "律师{w}，执业证号{z}，打电话说我已经被立案了",
    "客服{w}，工号{g}，答应给我停息挂账又反悔了",
    "我爸{w}今年六十二了，催收骂他骂了半个钟头",
    "{w}你再打我电话我就报警了",
    "{w}说下个月一定帮我还，结果人找不到了",
    "催收说他叫{w}，我以为他在开玩笑，他说身份证上就是这个名字",
    "借条上出借人写的是{w}，身份证{i}",
]
WORD_ASSIGN = {}


def word_records():
    out = []
    tpls = list(range(len(WORD_TPL)))
    for i, (w, sex) in enumerate(WORD_NAMES):
        # pick a template whose fixed text does not contain the word itself
        for _ in range(100):
            k = tpls[(i * 7 + rng.randrange(len(tpls))) % len(tpls)]
            t = WORD_TPL[k]
            if w in t or (sex == "m" and ("表姐" in t or "她" in t)) or (sex == "f" and ("我爸" in t or "他" in t)):
                continue
            break
        p = NM.word(w)
        kw = dict(w=lambda: p, p=ph, c=card, amt=amt, s=lambda: w[0], z=lambda: acct("zyzh"),
                  g=lambda: acct("gonghao"), i=lambda: idn(sex=sex))
        used = [m.group(1) for m in SLOT.finditer(t)]
        out.append(("wordname", R(t, **{k2: kw[k2]() for k2 in dict.fromkeys(used)}), None))
    return out


# ---- certs: household register and other certificates ----------------
@T("certs")
def _():
    a = nm()
    old = nm(sex=a.meta["sex"], sur=a.meta["sur"]) if chance(0.6) else None
    y, m, d = birth(a)
    return R("常住人口登记卡\n户主或与户主关系：{rel}\n姓名：{a}\n曾用名：{o}\n性别：{sx}  民族：汉族\n出生日期：{y}年{m}月{d}日\n"
             "公民身份号码：{i}\n文化程度：{edu}  婚姻状况：{mar}\n服务处所：{co}  职业：{job}\n住址：{ad}\n"
             "（催收在群里发的我家户口本这一页）",
             rel=pick(["之子", "户主", "长子", "次子"]) if a.meta["sex"] == "m" else pick(["之女", "户主", "妻", "长女", "次女"]), a=a, o=old if old else "无",
             sx="男" if a.meta["sex"] == "m" else "女", y=y, m=m, d=d, i=idn(y=y, m=m, d=d, sex=a.meta["sex"]),
             edu=pick(EDU), mar=pick(["已婚", "未婚", "离婚"]), co=pick(COMPANIES), job=pick(JOBS), ad=addr("urban"))


@T("certs")
def _():
    a = nm(sex="m", gen="old")
    return R("催收拿着我家户口本首页的照片，户主{a}（我爷爷），户号{h}，住址{ad}，说要去找我爷爷", a=a, h=acct("huhao"),
             ad=addr("village"))


@T("certs")
def _():
    a = NM.olds()
    b = nm(sex="m", gen="old", sur=a.meta["sur"])
    return R("我奶奶户口本上的名字是{a}，她没有正式名字，我爷爷{b}去世以后她一个人住，催收居然打到她座机{l}", a=a, b=b, l=landline())


@T("certs")
def _():
    a = NM.olds()
    return R("老房子的房产证上写的是{a}（我太奶奶），现在催收说要拿这个房子抵我爸的债，房子在{ad}", a=a, ad=addr("village"))


@T("certs")
def _():
    a = nm(sex="m", gen="old")
    b = nm(sex="m", sur=a.meta["sur"])
    return R("居民死亡医学证明（推断）书\n死者姓名：{a}  性别：男  民族：汉\n身份证号：{i}\n死亡地点：家中\n"
             "申报人：{b}  与死者关系：之子  联系电话：{p}\n——催收看到这个还说父债子还，让{b}还钱",
             a=a, i=idn(sex="m", y=rng.randint(1945, 1960)), b=b, p=ph())


@T("certs")
def _():
    a = nm(sex="f", gen="old")
    b = nm(sur=pick(SURNAMES))
    return R("火化证明\n兹有{a}遗体于{dt}在本馆火化。\n经办人：{b}\n{city}市殡仪馆（盖章）\n我妈刚走，催收就打电话要我们继承她的网贷",
             a=a, dt=ymd(), b=b, city=pick(["洛阳", "邯郸", "临沂", "赣州", "遵义"]))


@T("certs")
def _():
    a = nm(sex="m", gen="old")
    b, c = nm(sex="m", sur=a.meta["sur"]), nm(sex="f", sur=a.meta["sur"])
    return R("我爸{a}去世了，遗产就一套房在{ad}，我、我弟{b}、我姐{c}是继承人，催收说我们不还他的网贷就去法院告",
             a=a, ad=addr("urban"), b=b, c=c)


@T("certs")
def _():
    for _ in range(200):
        sex = pick("mf")
        s = pick(list(PY_SUR))
        g, gp = pick(PY_GIV[(sex, pick(["mid", "young"]))])
        sp = PY_SUR[s]
        if NM._ok(s + g) and NM._ok(sp + gp):
            break
    han = P("name", NM._add(s + g, "Han, 3 characters" if len(s + g) == 3 else "Han, 2 characters"))
    up = P("name", NM._add("%s, %s" % (sp.upper(), gp.upper()), "Latin letters"))
    return R("护照 PASSPORT\n姓名/Name：{h}\n{up}\n护照号/Passport No.：{pp}\n催收说我出国了也找得到我，这是他们发来的护照首页",
             h=han, up=up, pp=passport())


@T("certs")
def _():
    a = nm()
    return R("往来港澳通行证\n{a}\n证件号码 {c}\n（我去香港打工办的证，催收也有这张照片）", a=a, c=hkmo_pass())


@T("certs")
def _():
    a = nm(gen="young")
    return R("教育部学历证书电子注册备案表\n姓名：{a}  证件号码：{i}\n层次：专科  学校名称：{sch}\n证书编号：{z}\n"
             "催收说要把这个发给我现在的公司", a=a, i=idn(sex=a.meta["sex"], y=rng.randint(1996, 2003)),
             sch=pick(["某职业技术学院", "某财经职业学院"]).replace("某", pick(CITIES)), z=acct("xlzs"))


@T("certs")
def _():
    a, b = nm(sex="m", gen="mid"), nm(sex="f", gen="mid")
    return R("结婚证\n持证人：{a}\n登记日期：2019年5月20日\n结婚证字号：{j}\n姓名：{a}  身份证件号：{i}\n姓名：{b}  身份证件号：{i2}\n"
             "催收拿这个证明我是共同债务人", a=a, j=acct("jhz"), i=idn(sex="m", y=rng.randint(1975, 1995)), b=b,
             i2=idn(sex="f", y=rng.randint(1975, 1996)))


@T("certs")
def _():
    a = nm(gen="mid")
    o = nm(sex=a.meta["sex"], sur=a.meta["sur"])
    return R("他身份证上现在叫{a}，以前叫{o}，改过名，催收两个名字都知道，两个名字都被他们挂在网上了", a=a, o=o)


@T("certs")
def _():
    a = nm(sex="f", gen="young")
    return R("户口迁移证\n迁出人：{a}  与户主关系：之女\n迁往地址：{ad}\n我结婚迁走了，催收还是打到我娘家", a=a, ad=addr("urban"))


@T("certs")
def _():
    a, b = nm(sex="m", gen="mid"), nm(sex="f", gen="mid")
    c = nm(gen="young", sur=a.meta["sur"])
    return R("独生子女父母光荣证\n父亲：{a}\n母亲：{b}\n子女：{c}\n催收把这个都翻出来了，说要打给我爸妈单位", a=a, b=b, c=c)


@T("certs")
def _():
    a = nm()
    i = idn(sex=a.meta["sex"])
    no = P("id_number", i.meta["digits"] + pick(["41", "42", "43", "44", "51", "62"]))
    STATS["id:disability20"] += 1
    return R("残疾人证\n姓名：{a}\n证号：{no}\n类别：肢体  等级：三级\n我是残疾人，他们还天天打电话骂我", a=a, no=no)


@T("certs")
def _():
    a = nm()
    return R("居住证\n姓名：{a}\n公民身份号码：{i}\n居住地址：{ad}\n签发机关：{city}公安局\n催收说有我居住证的地址", a=a, i=idn(),
             ad=addr("urban"), city=pick(CITIES))


@T("certs")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("不动产权证书\n权利人：{a}、{b}\n共有情况：共同共有\n坐落：{ad}\n催收说要申请拍卖这套房", a=a, b=b, ad=addr("urban"))


@T("certs")
def _():
    a = nm(sex="m", gen="old")
    w = NM.olds(sur=a.meta["sur"])
    b, c = nm(sex="m", sur=a.meta["sur"]), nm(sex="f", sur=a.meta["sur"])
    return R("催收把我家祖坟的照片都发来了，碑上刻着：先考{a}  先妣{w}  孝男{b} 孝女{c} 立。他们说再不还就去坟地", a=a, w=w, b=b, c=c)


@T("certs")
def _():
    a = nm()
    return R("社会保障卡\n姓名：{a}\n社会保障号码：{i}\n卡号：{k}\n银行：{bank}\n他们连我社保卡都拍到了",
             a=a, i=idn(), k=acct("sbk"), bank=pick(BANKS))


@T("certs")
def _():
    a = nm(gen="old")
    o = nm(sex=a.meta["sex"], sur=a.meta["sur"], gen="old")
    return R("姓名：{a}\n曾用名：{o}\n性别：{sx}\n身份证：{i}\n这是我{who}的信息，{ta}老人家名下根本没有贷款",
             a=a, o=o, sx="男" if a.meta["sex"] == "m" else "女", i=idn(sex=a.meta["sex"], y=rng.randint(1948, 1960)),
             who="爷爷" if a.meta["sex"] == "m" else "奶奶", ta="他" if a.meta["sex"] == "m" else "她")


@T("certs")
def _():
    a = nm(sex="m", gen="old")
    w = NM.olds(sur=a.meta["sur"])
    b = nm(sex="m", gen="mid", sur=a.meta["sur"])
    return R("户口簿（老本）\n户主：{a}\n妻：{w}\n长子：{b}\n住址：{ad}\n这本老户口本不知道怎么到了催收手里", a=a, w=w, b=b, ad=addr("village"))


@T("certs")
def _():
    a, b = nm(sex="f"), nm(sex="m")
    return R("离婚证\n持证人：{a}\n姓名：{a}  身份证件号：{i}\n姓名：{b}  身份证件号：{i2}\n我们离了两年了，他的网贷凭什么找我", a=a, i=idn(sex="f"),
             b=b, i2=idn(sex="m"))


# ---- traffic ---------------------------------------------------------
@T("traffic")
def _():
    a = nm()
    return R("【交管12123】{a}，您的小型汽车（{pl}）于{dt}{t}在{road}违反禁止标线指示，罚款200元、记3分。",
             a=a, pl=plate("none"), dt=date(), t=hm(), road=pick(ROADS)), "12123"


@T("traffic")
def _():
    a, b, c = nm(), nm(), nm(gen="mid")
    return R("道路交通事故认定书（简易程序）\n第{no}号\n当事人：{a}，驾驶证号{i}，联系电话{p}，驾驶{pl}小型轿车\n"
             "当事人：{b}，驾驶证号{i2}，联系电话{p2}，驾驶{pl2}\n事故责任：{a}负全部责任\n交通警察：{c}  警号{bd}",
             no=rng.randint(10000, 99999), a=a, i=idn(), p=ph(), pl=plate(), b=b, i2=idn(), p2=ph(), pl2=plate(),
             c=c, bd=acct("badge"))


@T("traffic")
def _():
    a = nm()
    return R("行驶证OCR：号牌号码 {pl} 车辆类型 小型轿车 所有人 {a} 住址 {ad} 使用性质 非营运 车辆识别代号 {v}",
             pl=plate("none"), a=a, ad=addr("urban"), v=acct("vin"))


@T("traffic")
def _():
    a = nm()
    y, m, d = birth(a)
    return R("中华人民共和国机动车驾驶证\n证号 {i}\n姓名 {a}  性别 {sx}  国籍 中国\n住址 {ad}\n出生日期 {y}-{m}-{d}\n"
             "准驾车型 C1\n档案编号 {dh}\n（催收发到我家族群里的）",
             i=idn(y=y, m=m, d=d, sex=a.meta["sex"]), a=a, sx="男" if a.meta["sex"] == "m" else "女", ad=addr(), y=y,
             m="%02d" % m, d="%02d" % d, dh=acct("dabh"))


@T("traffic")
def _():
    return R("催收拍了我车前挡风玻璃上的挪车牌，上面是{p}，车牌{pl}，说知道我车停哪", p=ph(pick(["plain", "space", "dash"])),
             pl=plate())


@T("traffic")
def _():
    a = nm(sex="m")
    return R("代驾订单\n代驾司机：{a}师傅  工号{g}\n车牌：{pl}\n起点：{est}  终点：{est2}\n这个司机后来加我微信{w}说他也做催收",
             a=a, g=acct("gonghao"), pl=plate(), est=pick(ESTATES), est2=pick(ESTATES), w=wx())


@T("traffic")
def _():
    a = nm()
    return R("ETC通行记录：车牌{pl} 持卡人{a} 卡号{k} 入口{c1}收费站 出口{c2}收费站 —— 催收连我上个月去哪都知道",
             pl=plate(), a=a, k=acct("etc"), c1=pick(CITIES), c2=pick(CITIES))


@T("traffic")
def _():
    a = nm()
    return R("{est}停车场月卡登记：车主{a} 车牌{pl} 电话{p} —— 物业说是有人冒充我家属来问的", est=pick(ESTATES), a=a, pl=plate(),
             p=ph())


@T("traffic")
def _():
    a = nm(sex="m")
    return R("我把车{pl}押给了{a}，借了{amt}，他说还钱才给车，现在车被他开去跑滴滴了", pl=plate(), a=a, amt=amt())


@T("traffic")
def _():
    a = nm()
    return R("有个叫{a}的说能帮我消分、处理违章，还能帮我协商网贷，让我加{w}，是不是骗子", a=a, w=wx())


@T("traffic")
def _():
    a, b = nm(), nm()
    return R("二手车过户：原车主{a}，新车主{b}，车牌{pl}。我车都卖了，催收还说我名下有车", a=a, b=b, pl=plate())


@T("traffic")
def _():
    a = nm(sex="m")
    return R("【交管12123】{a}，您的机动车驾驶证（{i}）本记分周期已累积记分9分，请及时处理。", a=a, i=idn("plain")), "12123"


@T("traffic")
def _():
    a, b = nm(), nm(gen="mid")
    return R("122接警记录：报警人{a}，电话{p}，地点{road}与{road2}交叉口，对方车辆{pl}驾驶人{b}自称是来催收的，故意别我车",
             a=a, p=ph(), road=pick(ROADS), road2=pick(ROADS), pl=plate(), b=b)


# ---- cdr: carrier call-detail lists and block logs ---------------------
@T("cdr")
def _():
    rows = []
    kw = {}
    for i in range(1, rng.randint(3, 5) + 1):
        rows.append("%d  {t%d}  %s  %s  {p%d}  %s" % (i, i, pick(CITIES), pick(["被叫", "被叫", "主叫"]), i,
                                                     pick(["2分13秒", "41秒", "5分02秒", "18秒", "1分07秒", "3秒"])))
        kw["t%d" % i] = "2026-%02d-%02d %s:%02d" % (rng.randint(1, 11), rng.randint(1, 28), hm(), rng.randint(0, 59))
        kw["p%d" % i] = ph("plain")
    return R("通话详单（%d月）\n序号  起始时间  通话地点  通话类型  对方号码  通话时长\n" % rng.randint(1, 11) + "\n".join(rows), **kw)


@T("cdr")
def _():
    a = nm()
    return R("拦截来电\n{p}  骚扰电话  {c}\n{p2}  疑似催收  已被356人标记\n{p3}（{a}）  响一声\n以上是手机管家今天拦的",
             p=ph(), c=pick(CITIES), p2=ph(), p3=ph(), a=a)


@T("cdr")
def _():
    a, b = nm(), nm()
    return R("已拦截短信\n发件人：{p}\n内容：{a}你好，你的朋友{b}在我司借款已逾期，你是他的紧急联系人，请转告其尽快处理。",
             p=ph(), a=a, b=b)


@T("cdr")
def _():
    a = nm()
    return R("{p}  备注：{a}-{plat}催收  最近通话：今天{t}", p=ph(), a=a, plat=pick(PLATS), t=hm())


@T("cdr")
def _():
    a, b = nm(), nm(sex="f", gen="old")
    return R("最近通话\n{a}  {p}  未接来电(6)\n{b}（妈）  呼出  12分钟\n{p2}  {c}  未接来电(3)", a=a, p=ph(), b=b, p2=ph(),
             c=pick(CITIES))


@T("cdr")
def _():
    return R("营业厅打印的通话清单里，1号到15号被叫最多的是{p}（47次）和{p2}（31次），全是催收", p=ph(), p2=ph())


@T("cdr")
def _():
    a = nm()
    return R("来电识别：{p}\n标记：催收（被2189人标记）\n归属地：{c}\n对方说他是{a}，问我认不认识{me}", p=ph("space"),
             c=pick(CITIES), a=a, me=nm())


@T("cdr")
def _():
    return R("呼叫转移记录：{p} 被设置转移到 {p2}，我根本没设过，是不是催收搞的", p=ph(), p2=ph())


# ---- doxx: 开盒 / 社工库 ------------------------------------------------
@T("doxx")
def _():
    a = nm()
    b, c = nm(sex="f" if a.meta["sex"] == "m" else "m"), nm(gen="young", sur=a.meta["sur"])
    return R("【开盒】\n姓名：{a}\n手机：{p}\n身份证：{i}\n户籍：{ad1}\n现住：{ad2}\n配偶：{b} {p2}\n孩子：{c}（{sch}）\n"
             "——这是他们在群里发的我的信息", a=a, p=ph(), i=idn(sex=a.meta["sex"], y=rng.randint(1980, 1994)), ad1=addr("village"), ad2=addr("urban"),
             b=b, p2=ph(), c=c, sch=pick(CITIES) + pick(SCHOOLS))


@T("doxx")
def _():
    a, b = nm(), nm()
    return R("催收在群里发了一张图，上面是社工库查询结果：{a} | {p} | {i} | {ad} | 快递收件人{b} {p2}", a=a, p=ph(), i=idn(),
             ad=addr(), b=b, p2=ph())


@T("doxx")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("有人在贴吧挂我：“{a}，{c}人，欠钱不还，电话{p}，QQ{q}，他老婆{b}在{co}上班，大家帮忙扩散”", a=a, c=pick(CITIES),
             p=ph(), q=qq(), b=b, co=pick(COMPANIES))


@T("doxx")
def _():
    a, b = nm(sex="m"), nm(sex="f")
    return R("开房记录都被他们查到了：入住人{a}、{b}，{h}，他们说要发给我老婆", a=a, b=b,
             h=pick(["如家酒店", "汉庭酒店", "7天酒店", "锦江之星"]) + pick(CITIES) + "店")


@T("doxx")
def _():
    b = nm(sex="m", gen="old")
    return R("我被开盒了，对方把我的微信{w}、邮箱{e}、我爸{b}的手机号{p}全发出来了", w=wx(), e=email(), b=b, p=ph())


@T("doxx")
def _():
    a, b, c = nm(), nm(), nm()
    return R("“欠款人{a}的通讯录前三名：{b}、{c}、{d}，已全部通知。”——这是他们发在我朋友圈评论里的", a=a, b=b, c=c, d=nm())


@T("doxx")
def _():
    a = nm()
    return R("{a}\n{i}\n{p}\n{ad}\n以上信息已录入失信人员库（催收群发的图片转文字）", a=a, i=idn(), p=ph(), ad=addr())


@T("doxx")
def _():
    a = nm(sex="f")
    return R("抖音上有个号专门挂人，今天挂的是我：{a}，{ad}，还有我工牌照片，工号{g}", a=a, ad=addr("urban_short"), g=acct("gonghao"))


# ---- payroll -----------------------------------------------------------
@T("payroll")
def _():
    a = nm()
    return R("%d月工资条\n姓名：{a}  工号：{g}  部门：{d}\n基本工资 4200  绩效 1350  全勤 200\n代扣社保 486.5  个税 32.5\n"
             "实发 5231.00\n工资卡：{bank} {c}\n（催收说能查到我工资卡，这是我工资条）" % rng.randint(1, 11),
             a=a, g=acct("gonghao"), d=pick(DEPTS), bank=pick(BANKS), c=card())


@T("payroll")
def _():
    a, b, c = nm(), nm(), nm()
    return R("考勤异常名单：{a}（迟到3次）、{b}（旷工1天）、{c}（缺卡2次）\n备注：今天又有人打前台电话找{a}", a=a, b=b, c=c)


@T("payroll")
def _():
    a, b = nm(), nm(gen="mid")
    return R("请假条\n请假人：{a}  部门：{d}\n事由：催收人员到公司闹事，需要去派出所报案\n时间：{dt}\n审批人：{b}", a=a, d=pick(DEPTS),
             dt=date(), b=b)


@T("payroll")
def _():
    a, b = nm(), nm(gen="mid")
    return R("离职证明\n兹证明{a}（身份证号：{i}）于2023年3月至2026年6月在我司任{job}一职，现已离职。\n{co}人事部\n联系人：{b} {l}",
             a=a, i=idn(), job=pick(JOBS), co=pick(COMPANIES), b=b, l=landline())


@T("payroll")
def _():
    a, b = nm(), nm(sex="m")
    return R("工伤认定申请表\n申请人：{a}（受伤职工之妻）\n受伤职工：{b}\n身份证号：{i}\n联系电话：{p}\n他住院期间网贷逾期了，催收打到病房",
             a=a, b=b, i=idn(sex="m"), p=ph())


@T("payroll")
def _():
    a, b, c = nm(), nm(), nm()
    return R("{co}拖欠工资名单：{a} 6800元、{b} 7200元、{c} 5500元。工资发不下来我们拿什么还网贷", co=pick(COMPANIES), a=a, b=b, c=c)


@T("payroll")
def _():
    a, b = nm(sex="f"), nm()
    return R("人事{a}：你好，有个自称律师的{b}打电话来要你的工资流水，我们没给，你自己注意一下", a=a, b=b)


@T("payroll")
def _():
    a = nm()
    return R("社保缴费明细\n姓名：{a}\n社会保障号码：{i}\n单位：{co}\n催收说他们能查到这个，是真的吗", a=a, i=idn(), co=pick(COMPANIES))


@T("payroll")
def _():
    a, b = nm(), nm(gen="mid")
    return R("员工借支单：借支人{a}，金额2000元，用途：还网贷，部门负责人{b}签字，财务付讫", a=a, b=b)


@T("payroll")
def _():
    a, b = nm(sex="m"), nm()
    return R("钉钉群公告：近期有自称“{plat}法务”的人员冒充员工家属来电询问{a}的住址，请大家不要透露任何同事信息。——行政部 {b}",
             plat=pick(PLATS), a=a, b=b)


@T("payroll")
def _():
    a, b, c = nm(), nm(), nm()
    return R("工资发放表\n序号 姓名 实发 卡号\n1 {a} 4860.00 {c1}\n2 {b} 5120.50 {c2}\n3 {c} 3980.00 {c3}\n——催收说他们能拿到我们厂的工资表",
             a=a, b=b, c=c, c1=card("plain"), c2=card("plain"), c3=card("plain"))


@T("payroll")
def _():
    a, b = nm(), nm(gen="mid")
    return R("值班表：周一{a}（前台）周二{b}（前台）\n前台说这两天都有人来找{a}，说是{plat}的", a=a, b=b, plat=pick(PLATS))


# ---- url: links and decoded QR codes ----------------------------------
@T("url")
def _():
    for _ in range(200):
        s = pick(list(PY_SUR))
        g, gp = pick(PY_GIV[(pick("mf"), pick(["mid", "young"]))])
        v = (PY_SUR[s] + gp).lower()
        if NM._ok(v) and NM._ok(s + g):
            break
    fused = P("name", NM._add(v, "fused lower-case pinyin in a URL"))
    return R("他们发的链接：https://h5.repay-%s.com/bill?uid={u}&mobile={p}&name={n}" % pick(["hx", "jd", "xy", "kk"]),
             u=acct("uid"), p=ph("plain"), n=fused)


@T("url")
def _():
    return R("短信里的链接 http://t.cn/{p} 点开就是我的借款详情页", p=ph("plain"))


@T("url")
def _():
    a = nm()
    return R("二维码扫出来是：MECARD:N:{a};TEL:{p};EMAIL:{e};;", a=a, p=ph("plain"), e=email())


@T("url")
def _():
    a = nm()
    return R("名片二维码内容：\nBEGIN:VCARD\nVERSION:3.0\nFN:{a}\nTEL;TYPE=CELL:{p}\nORG:{co}\nEND:VCARD", a=a, p=ph("plain"),
             co=pick(["鼎信法务咨询", "华诚调解中心", "恒信资产管理", "正通律师事务所"]))


@T("url")
def _():
    a = nm()
    pc = NM.pct(a)
    NM.values.remove(a.v)
    NM.forms["Han, 3 characters" if len(a.v) == 3 else "Han, 2 characters"] -= 1
    return R("链接里有我的名字：https://m.%s.cn/notice?realName={n}&cert={i}" % pick(["cuihui", "dzsd", "flws"]), n=pc, i=idn("plain"))


@T("url")
def _():
    return R("短信底部写着 tel:{p}  点了就直接拨过去了", p=ph("plain"))


@T("url")
def _():
    return R("律师函邮件里有个按钮，链接是 mailto:{e}?subject=还款协商", e=email())


@T("url")
def _():
    return R("他让我扫码加好友，扫出来是 weixin://contacts/profile/{w}", w=wx())


@T("url")
def _():
    return R("群公告：有问题联系 https://wpa.qq.com/msgrd?v=3&uin={q}&site=qq&menu=yes", q=qq())


@T("url")
def _():
    a = nm()
    return R("“电子传票”链接：http://court-%s.top/case?no=2026&name={a}&tel={p}  法院会用这种域名吗" % pick(["zj", "hn", "gd"]),
             a=a, p=ph("plain"))


# ---- english: English-only messages from overseas Chinese ------------
@T("english")
def _():
    me, _ = NM.pinyin(gen="young")
    mum, _ = NM.pinyin(sex="f", gen="old", style=pick(["SG", "GS", "SUR"]))
    return R("Hi, my name is {me}. I'm a student in {fc}. A debt collector keeps texting my mum, {mum}, at {p}. "
             "She lives at {ad}. What can we do?", me=me, fc=pick(FOREIGN_CITIES), mum=mum, p=ph("+86"), ad=addr_en())


@T("english")
def _():
    dad, _ = NM.pinyin(sex="m", gen="old", style=pick(["SG", "SUR"]))
    unc, _ = NM.pinyin(sex="m", gen="mid")
    return R("Hello, I'm writing on behalf of my father {dad} (he doesn't use the internet). The lender gave his number to "
             "people who now call my uncle {unc} every night.", dad=dad, unc=unc)


@T("english")
def _():
    me, _ = NM.pinyin()
    col, _ = NM.pinyin(sex="m", gen="mid", style="SG")
    return R("To whom it may concern, I, {me}, did not borrow any money. The person named {col} who keeps calling me from {p} "
             "said he works for a law firm.", me=me, col=col, p=ph("space"))


@T("english")
def _():
    g, _ = NM.pinyin(sex="f", gen="old", style="SG")
    c, ch = NM.pinyin(gen="mid", style="SG", han=True)
    return R("Sorry my Chinese typing is bad. My grandma {g} got a text saying my cousin {c} ({ch}) owes 30,000 RMB. "
             "My email is {e}.", g=g, c=c, ch=ch, e=email())


@T("english")
def _():
    col, _ = NM.pinyin(gen="mid")
    return R("I live in {fc} now ({fa}). They found my WeChat ({w}) and sent my photos to my ex-colleague {col}.",
             fc=pick(FOREIGN_CITIES[:6]), fa=addr_foreign(), w=wx(), col=col)


@T("english")
def _():
    dad, dh = NM.pinyin(sex="m", gen="old", style="SG", han=True)
    return R("Can you help? They said they'd visit my parents at {ad}. My dad is {dad} ({dh}), mobile {p}.", ad=addr_en(), dad=dad,
             dh=dh, p=ph("+86"))


@T("english")
def _():
    col, _ = NM.pinyin(sex="m", gen="mid", style=pick(["SG", "SUR"]))
    return R("Collector's name: {col}\nPhone: {p}\nWhat he said: pay today or we call your employer\nWhat I want: make it stop",
             col=col, p=ph())


@T("english")
def _():
    h, _ = NM.pinyin(sex="m", gen="mid", style=pick(["GS", "EN"]))
    return R("My husband {h} took a loan without telling me. They're calling me on {fp}. I'm in {fc}.", h=h, fp=foreign_phone(),
             fc=pick(FOREIGN_CITIES))


@T("english")
def _():
    me, _ = NM.pinyin(style="ENFULL")
    col, _ = NM.pinyin(sex="m", gen="mid")
    return R("It's {me} again. Just to add: the collector {col}'s QQ is {q} and he also emailed me from {e}.", me=me, col=col,
             q=qq(), e=email())


@T("english")
def _():
    s, _ = NM.pinyin(sex="f", gen="mid", style=pick(["GS", "EN"]))
    m, mh = NM.pinyin(sex="f", gen="old", style="SG", han=True)
    return R("Hey, my sister {s} asked me to write this because she's working in Japan. Our mother {m} ({mh}) in {city} has "
             "been getting calls since Monday.", s=s, m=m, mh=mh, city=pick(["Zhengzhou", "Changsha", "Chengdu", "Hefei"]))


@T("english")
def _():
    a, _ = NM.pinyin(gen="mid", style="SUR")
    return R("Debtor: {a}\nID: {i}\nAddress on file: {ad}\n(This is what the 'legal notice' email says. I'm in {fc}.)", a=a, i=idn(),
             ad=addr_en(), fc=pick(FOREIGN_CITIES))


@T("english")
def _():
    a, _ = NM.pinyin(gen="young", style="GS")
    b, _ = NM.pinyin(gen="young", style="EN")
    return R("My flatmate {a} and I ({b}) both got the same text. They even know our address here: {fa}.", a=a, b=b,
             fa=addr_foreign())


# ---- emoji, slang and platform-evading numbers -------------------------
@T("emoji")
def _():
    a = NM.emoji()
    return R("家人们谁懂啊😭 催收把我表{x}{a}的电话打爆了", x="哥" if a.meta["sex"] == "m" else "姐", a=a)


@T("emoji")
def _():
    a = NM.emoji(sex="m")
    return R("就是那个{a}，天天发短信说要上门🙄 号码{p}", a=a, p=ph())


@T("emoji")
def _():
    a = nm()
    return R("u1s1 {a}说话还挺客气的，就是一天打八遍😅 加我{v}：{w}", a=a, v=pick(["➕V", "V❤", "🛰️", "薇"]), w=wx())


@T("emoji")
def _():
    a = nm()
    return R("nsdd {a}就是个骗子‼️ 说能帮上岸 收了我{amt} 扣扣🐧：{q}", a=a, amt=amt(), q=qq())


@T("emoji")
def _():
    a = nm(gen="mid")
    return R("上岸第{n}天✨ 感谢{a}律师💐 谁要联系方式私我", n=rng.randint(3, 300), a=a)


@T("emoji")
def _():
    a = nm()
    return R("@{a} 别装死了💢 欠的{amt}什么时候还", a=a, amt=amt())


@T("emoji")
def _():
    return R("闲鱼上有人说能协商 让我加他 {p} 😓", p=ph("homo"))


@T("emoji")
def _():
    a = nm()
    return R("{a} 电话 {p} 这人说能代还 有没有人被坑过🤔", a=a, p=ph("keycap"))


@T("emoji")
def _():
    return R("对方让我记这个号：{p}，说是为了躲平台审核才这么写", p=ph("cap"))


@T("emoji")
def _():
    a = nm()
    return R("{a}这个人真的绝绝子😅 我都说了在协商了还打 {p}", a=a, p=ph("letter"))


@T("emoji")
def _():
    a, b = NM.emoji(), nm()
    return R("群里说{a}和{b}都是同一家公司的🙃 破防了", a=a, b=b)


@T("emoji")
def _():
    a = nm(sex="f")
    return R("emo了 {a}说我妈不还就去我家贴大字报🥲 她电话{p}", a=a, p=ph("mixed"))


@T("emoji")
def _():
    a = NM.emoji(sex="f")
    return R("姐妹们避雷‼️ {a}自称{plat}调解员 收了钱就拉黑 她的V：{w}", a=a, plat=pick(PLATS), w=wx())


@T("emoji")
def _():
    a, b = NM.emoji(), nm()
    return R("🆘 {a}把我电话给了{b} 现在两个人一起打 {p}", a=a, b=b, p=ph("homo"))


# ---- other: personal data without names --------------------------------
OTHER = [
    lambda: R("收款卡{c}，户名没显示", c=card("dash4")),
    lambda: R("他说有事发邮件到{e}，抄送{e2}", e=email(), e2=email()),
    lambda: R("扣扣：{q}（备注：法务）", q=qq()),
    lambda: R("事故认定书上对方车牌{pl}，我的车牌{pl2}", pl=plate(), pl2=plate("dash")),
    lambda: R("他让我转到这张卡：{c}", c=card("6rest")),
    lambda: R("邮箱 {e} 和 {e2} 都收到了律师函", e=email(), e2=email()),
    lambda: R("QQ{q}和QQ{q2}都加过我", q=qq(), q2=qq()),
    lambda: R("微信{w}，另一个号{w2}", w=wx(), w2=wx()),
    lambda: R("车牌{pl}的白色面包车停在我家门口三天了", pl=plate("space")),
    lambda: R("加我 {p} 私聊，平台不让发号码", p=ph("homo")),
    lambda: R("号码 {p} 谁知道是哪家的", p=ph("keycap")),
    lambda: R("他写的电话是{p}，我数了一下是十一位", p=ph("cap")),
    lambda: R("一直是这个号在打：{p}", p=ph("letter")),
    lambda: R("来电{p}，说我身份证{i}已经上了征信黑名单", p=ph(), i=idn("cap")),
    lambda: R("挪车电话{p}，车牌{pl}，这是我车上的", p=ph("dot"), pl=plate("dot")),
    lambda: R("行驶证上车辆识别代号{v}，催收说能定位到车", v=acct("vin")),
    lambda: R("驾驶证档案编号{d}，这也能被他们查到？", d=acct("dabh")),
    lambda: R("户号{h}，催收问我户口本上还有谁", h=acct("huhao")),
    lambda: R("护照号{pp}，我在国外也被打电话", pp=passport()),
    lambda: R("残疾证号{no}，他们说残疾人也得还", no=P("id_number", id_digits() + "42")),
    lambda: R("通话详单里{p}一天打了19次，{p2}打了12次", p=ph(), p2=ph()),
    lambda: R("开盒帖里有我家地址：{ad}", ad=addr()),
    lambda: R("Please send it to {ad}, that's my parents' home.", ad=addr_en()),
    lambda: R("My number here is {fp}, please don't give it to anyone.", fp=foreign_phone()),
    lambda: R("他们又用{l}打到我们公司前台了", l=landline()),
    lambda: R("ETC卡号{k}，高速记录都被查了", k=acct("etc")),
    lambda: R("扣扣🐧{q} 就是那个自称法务的", q=qq()),
    lambda: R("V❤：{w} 他让我加这个", w=wx()),
    lambda: R("链接 https://h5.jiedai-%s.com/r?phone={p} 别点" % pick(["a1", "b7", "k2"]), p=ph("plain")),
    lambda: R("邮箱{e}收到了“电子律师函”", e=email()),
    lambda: R("工资卡{c}被冻结了，是不是催收搞的", c=card("space4")),
    lambda: R("车{pl}被拖走了，拖车的说是贷款公司让拖的", pl=plate()),
    lambda: R("他们把我身份证{i}和我家地址{ad}发到了我们小区业主群", i=idn("x"), ad=addr("urban_short")),
    lambda: R("结婚证字号{j}，他们说配偶要承担", j=acct("jhz")),
    lambda: R("港澳通行证{c}，我在香港，他们打到我内地的号{p}", c=hkmo_pass(), p=ph()),
    lambda: R("学历证书编号{z}被他们发到我公司邮箱了", z=acct("xlzs")),
    lambda: R("拦截记录：{p}（23次） {p2}（9次） {p3}（4次）", p=ph(), p2=ph("space"), p3=ph()),
    lambda: R("对方号码{p}\n对方号码{p2}\n对方微信{w}", p=ph("fw"), p2=ph("+86"), w=wx()),
    lambda: R("我家就在{ad}，他们说明天来", ad=addr("urban_cn")),
]

# ---- none: no personal data, same styles -------------------------------
NONE = [
    "谁联系了你：不知道名字 隐藏号码\n对方说了什么：说我欠钱 让我今天还\n你想怎么做：想知道是不是真的",
    "对方自称{plat}法务部的 没说名字 号码每次都不一样",
    "补充说明：我已经还了两期了 剩下的想分期 每月能还1500左右",
    "他们说我不还就去我老家找村支书 我老家在农村 我爸妈都七十了",
    "催收员说他姓王，三横一竖王，没说全名",
    "对方说他姓陈，耳东陈，叫他陈经理就行",
    "免贵姓张，弓长张，这是他的原话，名字他死活不说",
    "电话里他说“我姓李，木子李”，然后就开始骂人",
    "【交管12123】您有一条新的交通违法记录，请登录交管12123APP查询处理。",
    "事故认定书上写的是同等责任，保险公司说赔付要等15个工作日",
    "户口本上我的文化程度还写着初中，婚姻状况未婚，早该改了",
    "曾用名：无  民族：汉  宗教信仰：无",
    "通话详单显示本月被叫247次，主叫12次，通话总时长326分钟",
    "手机管家今天拦截骚扰电话47次，拦截短信12条",
    "工资条上实发5231元，代扣社保486.5元，个税32.5元",
    "考勤显示我本月迟到3次，全是因为早上接催收电话",
    "链接是 http://t.cn/A6x8Kq2 我没点",
    "Hi, I'm a student abroad. The collectors keep calling my parents in China. Is this legal?",
    "Please stop calling my family. I will pay on the 15th. Thank you.",
    "家人们谁懂啊😭 上岸第100天 终于不用接电话了",
    "u1s1 协商成功了 每月还800 分36期 yyds",
    "🐴上就还 别催了🙏",
    "他们说要开盒我 开盒是什么意思 是不是违法的",
    "社工库查询是违法的吧？他们怎么能查到我开房记录",
    "程序太复杂了 我就想知道起诉的程序是什么",
    "安全起见 我把手机号换了 但是他们又找到了新号",
    "文化程度低 看不懂合同 签的时候也没人解释",
    "方向盘锁被他们撬了 车里的行驶证也不见了",
    "于是我就报警了 派出所说这是民事纠纷",
    "物业管理处说不能透露业主信息 让他们走了",
    "关键是我根本没借过这个平台的钱",
    "温馨提示：您的账单已出，本期应还2,368.00元，最后还款日12月8日。",
    "房东说再有人来闹就让我搬走，押一付三的押金还没退",
    "刘海剪短了 换了个发型 催收的人在小区门口都没认出我",
    "动物王国的绘本也是分期买的，现在还欠两期",
    "张力太大了 每天晚上都睡不着 一睡着就梦见电话响",
    "雷达测速拍到我超速了 罚款200 记3分",
    "时尚杂志上那种分期广告千万别信",
    "童话里都是骗人的 网贷广告也是",
    "我们这边南阳的法院也会发这种短信吗",
    "宁波银行的信用卡也逾期了 一共三张卡",
    "马克笔写的借条 字都花了 还算数吗",
    "白金卡的年费3600元 我都不知道自己办过",
    "云朵一样软的沙发是分期买的 现在也逾期了",
    "钱财乃身外之物 可是没有钱真的寸步难行",
    "杨光小区的业主群里有人发了催收的电话",
    "许愿池里扔了一块钱 希望早日上岸",
    "平静下来想想 先协商最低还款吧",
    "公司成立三年就倒闭了 工资还欠着两个月",
    "马达坏了 电动车修了380",
    "明星代言的网贷也能信吗",
    "关心则乱 我妈一接到电话就哭",
    "我姓赵，走肖赵，催收问我是不是赵总，我说我不是什么总",
    "他说的是“小王你听我说”，我根本不姓王",
    "工号、姓名他都不肯报，只说是第三方",
    "emo了 今天又被打了十几个电话",
    "代驾师傅说他也欠了好几个平台",
    "残疾人证办下来了，能不能申请停息挂账",
    "护照签证都办好了，催收说出境会被拦",
]


# ---------------------------------------------------------------- preserve
def build_preserve():
    L = []
    # word-names in their ordinary sense
    WORD_SENSES = {
        "程序": ["起诉要走什么程序", "法定程序不能省", "手机里的小程序也能借钱", "程序员也欠网贷"],
        "安全": ["安全起见别点陌生链接", "账户安全提醒", "安全感全没了"],
        "文化": ["文化程度：高中", "企业文化墙上写着诚信", "文化路支行"],
        "方向": ["方向盘被锁了", "人生没有方向了", "往火车站方向走"],
        "于是": ["于是我就挂了电话", "于是他们又打给我妈", "于是只能先还最低"],
        "平静": ["心情平静下来再谈", "平静地跟客服沟通", "日子本来很平静"],
        "成立": ["仲裁委员会成立于2008年", "这个借款关系不成立", "公司刚成立两年"],
        "管理": ["物业管理处", "贷后管理部来电", "资产管理公司委托的"],
        "关键": ["关键是利息太高", "关键证据是通话录音", "关键时刻掉链子"],
        "云朵": ["天上的云朵", "云朵面包", "云朵沙发分期"],
        "钱财": ["钱财乃身外之物", "不要轻信能帮你保住钱财的人", "钱财往来要有凭证"],
        "杨光": ["杨光小区东门", "杨光路公交站"],
        "许愿": ["许愿池", "过生日许愿早日上岸", "许愿明年把账还清"],
        "宁波": ["宁波银行信用卡中心", "宁波市中级人民法院", "宁波汤圆"],
        "南阳": ["南阳市中级人民法院", "南阳烩面", "南阳月季"],
        "马达": ["电动车马达坏了", "马达声太吵", "洗衣机马达"],
        "马克": ["马克笔写的借条", "马克杯", "德国马克"],
        "白金": ["白金信用卡年费", "白金会员", "白金项链"],
        "关心": ["谢谢大家关心", "关心则乱", "多关心一下老人"],
        "王国": ["童话王国", "动物王国", "独立王国"],
        "张力": ["表面张力", "张力太大睡不着", "画面很有张力"],
        "温馨": ["温馨提示：本期账单已出", "温馨的家", "温馨提醒您按时还款"],
        "雷达": ["雷达测速", "雷达表", "天气雷达图"],
        "房东": ["房东要涨房租", "房东说押金不退", "二房东跑路了"],
        "刘海": ["刘海剪短了", "空气刘海", "刘海戏金蟾"],
        "明星": ["明星代言的网贷", "明星产品", "追明星花了不少钱"],
        "时尚": ["时尚杂志", "时尚达人分期", "时尚百货"],
        "童话": ["童话故事书", "童话镇", "安徒生童话"],
    }
    for w, _ in WORD_NAMES:
        L += WORD_SENSES[w]
    # 拆字 and character descriptions without a full name
    for s, d in SUR_DESC.items():
        L.append(pick(["对方说他姓%s，%s", "免贵姓%s，%s", "他只说姓%s，%s，名字没说", "我姓%s，%s"]) % (s, d))
    for c, d in list(GIV_DESC.items())[:70]:
        L.append(pick(["是%s，不是别的字", "%s，你写对了没", "中间那个字是%s"]) % d)
    L += ["弓长张还是立早章", "耳东陈还是禾口程", "口天吴还是队伍的伍", "言午许还是双人徐", "木子李，十八子",
          "三横一竖王，不是草头黄", "古月胡，不是糊涂的糊", "草头黄和三横王分不清", "姓氏拆开来说是为了听清楚",
          "文武斌就是一个文一个武", "三个石头的磊", "三个金的鑫", "三个水的淼", "双木林"]
    # form answers without names
    FORM = ["不知道名字 隐藏号码", "对方没说名字 就说是法务部的", "我想先停催 再协商分期", "希望别再打我家人电话",
            "对方说今天不还就上门", "说要起诉我 让我准备好传票", "他说我已经被列为失信人了", "我想投诉 但不知道投诉哪里",
            "本金我认 利息太高不认", "已经还了三期 剩下七期", "每个月工资4500 房租1200", "我一个人带两个孩子",
            "我想知道这个短信是不是真的", "想请律师 但是没钱", "他们说三天内不还就立案", "对方骂得很难听 还威胁我",
            "他们打给了我通讯录里的人", "能不能帮我写一封投诉信", "我已经拨打了12378", "打过12345 说转给金融局了",
            "我把号码都拉黑了 他们就换号打", "对方态度很差 一直骂人", "他们P了我的照片发朋友圈", "有人冒充律师给我发短信",
            "我不想逃避 就是真的还不上", "先还最少的那个平台", "想申请个性化分期 最长60期", "他们说可以减免一半利息",
            "说是第三方催收机构 不肯说公司名", "对方自称调解中心 问他哪个中心他就挂了", "电话是外地的 每次都换",
            "来电显示是1069开头的短信", "对方说话有口音 听不太清", "一男一女 轮流打", "早上八点就开始打 晚上十一点还打",
            "周末也打 节假日也打", "过年那几天也没停", "我妈接到电话哭了一晚上", "单位领导找我谈话了",
            "同事都知道了 我没脸上班", "孩子学校的老师也接到电话了", "村里的大喇叭广播了我的名字", "房东说再闹就让我搬走",
            "没有上门 只是电话和短信", "上门了 在门口贴了纸", "他们说明天上午十点来", "我现在不敢回家",
            "想知道他们能不能查到我的工资卡", "我名下没有房没有车", "我的车早就卖了", "我只有一张工资卡",
            "我想问问会不会坐牢", "想知道会不会影响孩子考公", "征信已经花了 还能补救吗", "协商成功了 每月还800",
            "第一次遇到这种事 不知道怎么办", "求助 真的快撑不下去了", "谢谢你们 看到回复了", "已截图 已录音",
            "录音有十几条 截图有五十多张", "他们的号码我都记下来了", "对方加我微信 我没通过", "对方发了律师函到我邮箱",
            "收到一个快递 里面是催款函", "不知道他们怎么知道我住哪", "我搬家了 他们还是找到了", "我换了三次号码"]
    L += FORM
    # reciting without the data
    L += ["他们把我的信息念了一遍", "连我属什么都知道", "说知道我在哪上班", "说知道我孩子在哪上学",
          "说知道我老家在哪个村", "把我户口本的照片发过来了", "说我身份证号他们都有", "说我开过几次房他们都知道",
          "说我的快递地址他们也有", "说我工资卡在哪个银行他们都清楚", "连我前夫的电话都有", "他们知道我爸妈的名字",
          "他们说系统里有我所有的信息", "说我填的紧急联系人是我妈", "说我的通讯录他们都导出来了",
          "说我大学辅导员的电话也有", "说我的车停在哪他们都知道", "说我租的房子他们也知道", "说我上个月去过哪都知道",
          "说我的微信和QQ都查到了", "他们说要把我的信息挂到网上", "他们说已经开盒了", "开盒是违法的",
          "社工库查询是违法行为", "非法获取公民个人信息罪", "侵犯公民个人信息罪最高可判七年",
          "信息泄露可以向网信办举报", "网信办举报电话12377", "个人信息保护法第十条", "可以要求平台删除个人信息"]
    # traffic
    L += ["交管12123", "违章停车罚款200元记3分", "闯红灯罚款200元记6分", "超速50%以上罚款1000元",
          "事故责任认定：同等责任", "简易程序事故认定书", "车辆年检到期了", "驾驶证换证", "车管所在哪里",
          "122交通事故报警", "挪车电话请拨打", "临时停车请多关照", "ETC扣费失败", "高速通行费78元",
          "停车场月卡300元一个月", "代驾费98元", "车贷还剩12期", "GPS被拆了", "车被拖到了停车场",
          "拖车费600元", "车钥匙被他们拿走了", "二手车过户要带行驶证", "车辆登记证书在贷款公司押着",
          "保险公司说要等15个工作日", "交警大队事故处理中心", "道路交通事故认定书（简易程序）", "驾驶人、机动车号牌",
          "小型轿车", "非营运", "准驾车型C1", "记分周期", "满分学习", "消分骗局", "代办违章是违法的"]
    # certificates
    L += ["常住人口登记卡", "户主或与户主关系：户主", "与户主关系：之子", "与户主关系：之女", "与户主关系：妻",
          "曾用名：无", "民族：汉族", "宗教信仰：无", "文化程度：大学本科", "文化程度：初中", "婚姻状况：已婚",
          "婚姻状况：未婚", "兵役状况：未服兵役", "身高：170厘米", "血型：O型", "何时由何地迁来本市",
          "户口迁移证", "准予迁入证明", "居民死亡医学证明（推断）书", "火化证明", "殡仪馆（盖章）",
          "继承人需在继承遗产的范围内承担债务", "父债子还没有法律依据", "放弃继承就不用还", "遗产清单",
          "护照 PASSPORT", "往来港澳通行证", "教育部学历证书电子注册备案表", "层次：专科", "结婚证",
          "登记日期", "独生子女父母光荣证", "残疾人证", "类别：肢体  等级：三级", "居住证", "签发机关",
          "不动产权证书", "共有情况：共同共有", "社会保障卡", "先考 先妣 孝男 孝女 立", "祖坟", "清明节回老家扫墓"]
    # carrier detail and block logs
    L += ["通话详单", "序号  起始时间  通话地点  通话类型  对方号码  通话时长", "被叫", "主叫", "本月通话总时长326分钟",
          "拦截来电", "拦截短信", "骚扰电话", "疑似催收", "已被356人标记", "响一声", "未接来电(6)", "呼出  12分钟",
          "来电识别", "归属地", "营业厅打印通话清单要带身份证", "10086可以查通话记录", "呼叫转移", "手机管家",
          "骚扰拦截功能打开了", "拦截了47次", "白名单", "黑名单", "陌生号码来电静音"]
    # payroll
    L += ["工资条", "基本工资 4200  绩效 1350  全勤 200", "代扣社保 486.5  个税 32.5", "实发 5231.00", "考勤异常名单",
          "迟到3次", "旷工1天", "缺卡2次", "请假条", "审批人", "离职证明", "兹证明", "工伤认定申请表", "员工借支单",
          "财务付讫", "钉钉群公告", "拖欠工资名单", "劳动监察大队", "劳动仲裁", "12333劳动保障热线", "工资卡被冻结",
          "法院可以冻结工资的一部分", "基本生活费要保留", "单位不能因为员工欠网贷开除员工"]
    # links
    L += ["不要点短信里的链接", "短链接可能是钓鱼网站", "法院不会用.top域名", "二维码扫出来是一个网页", "名片二维码",
          "电子传票要在法院官网核实", "人民法院在线服务", "中国裁判文书网", "中国执行信息公开网", "12368诉讼服务热线"]
    # English lines
    L += ["Please stop calling my parents.", "I'm studying abroad and can't come back until July.",
          "Is it legal for them to call my employer?", "I have screenshots of all the messages.",
          "They sent a 'lawyer's letter' by email.", "I will pay on the 15th of next month.",
          "Can I negotiate an instalment plan?", "My parents are in their seventies.", "Thank you for your help!",
          "They threatened to post my photos online.", "What is 12378?", "How do I file a complaint?",
          "The interest rate is over 36% a year.", "I only borrowed 5,000 RMB.", "They call me 20 times a day.",
          "Sorry for my bad Chinese.", "I'm writing on behalf of my mum.", "Debt collectors in China",
          "Is this a scam?", "My WeChat was reported and banned.", "They found my new number.",
          "Please reply in English if possible.", "I live in Manchester now.", "I'm a student in Sydney.",
          "What can we do?", "Make it stop.", "Pay today or we call your employer", "legal notice", "Address on file",
          "Collections Team"]
    # slang and emoji without names
    L += ["家人们谁懂啊😭", "上岸第100天✨", "上岸了家人们", "u1s1 协商成功了", "nsdd 别信代还", "yyds", "绝绝子",
          "emo了", "破防了", "躺平了", "摆烂", "集美们", "🐴上就还", "🐴住了", "💰💰💰", "🙏🙏🙏", "😭😭😭",
          "‼️避雷‼️", "有没有人被坑过🤔", "私我", "蹲一个", "求个联系方式", "负债人互助群", "停息挂账",
          "个性化分期", "延期还款", "协商还款", "代还都是骗子", "上岸攻略", "反催收联盟是骗子", "加V", "扣扣🐧",
          "V❤", "➕V", "🛰️就是微信", "平台不让发号码"]
    # dishes and brands with surname characters or names in them
    DISH = ["左宗棠鸡", "东坡肘子", "东坡肉", "宋嫂鱼羹", "麻婆豆腐", "夫妻肺片", "文思豆腐", "李鸿章杂烩", "宫保鸡丁",
            "太白鸭", "贵妃鸡", "霸王别姬", "佛跳墙", "叫花鸡", "过桥米线", "周黑鸭", "张飞牛肉", "杨枝甘露", "黄焖鸡米饭",
            "白切鸡", "金华火腿", "高庄馒头", "钱江肉丝", "毛血旺", "罗汉斋", "孔府宴", "曹操鸡", "邓记鸭脖",
            "刘一手火锅", "杨国福麻辣烫", "张亮麻辣烫", "谭鸭血", "陈麻花", "周村烧饼", "马记牛肉面", "胡辣汤",
            "武大郎烧饼", "孙二娘包子", "姜撞奶", "汪记大饼", "钟水饺", "赖汤圆", "龙抄手", "韩包子", "郭汤圆"]
    DISH_FR = ["今天吃了%s", "%s外卖38元", "楼下新开了一家%s", "%s打八折", "点了一份%s", "%s，28元一份",
               "想吃%s但是没钱", "%s团购券"]
    for d in DISH:
        for f in rng.sample(DISH_FR, 2):
            L.append(f % d)
    BRAND = ["王致和腐乳", "王守义十三香", "张小泉剪刀", "马应龙软膏", "陈李济", "王老吉凉茶", "老干妈辣酱",
             "沈大成糕团", "谭木匠梳子", "何首乌洗发水", "李锦记蚝油", "曾五香", "冯了性药酒", "吴良材眼镜",
             "孔乙己茴香豆", "周生生金店", "谢馥春鸭蛋粉", "王麻子剪刀", "朱府铜艺", "戴春林香粉"]
    BR_FR = ["超市里%s打折", "买了一瓶%s", "%s的广告牌", "%s也能分期？", "楼下有家%s专卖店"]
    for b in BRAND:
        for f in rng.sample(BR_FR, 2):
            L.append(f % b)
    # places that carry names or surnames
    PLACE = ["左权县", "志丹县", "子长市", "靖宇县", "尚志市", "中山市", "逸仙路", "张家界", "马鞍山", "石家庄", "王府井",
             "周口市", "李沧区", "刘家峡", "陈家祠", "沈家门", "高邮市", "钟祥市", "金华市", "余杭区", "宁波市",
             "南阳市", "安阳市", "岳阳楼区", "邵阳县", "黄山市", "梁山县", "吉林市", "江阴市", "常州市", "万州区",
             "方城县", "文登区", "于都县", "白云区", "龙岗区", "雷州市", "许昌市", "孟州市", "冯村", "郭庄", "赵家楼",
             "秦皇岛", "唐山市", "宋庄", "韩城市", "邓州市", "曹县", "潘家园", "丁字桥", "任丘市", "姚安县", "谢家湾"]
    AUTH = ["人民法院", "公安局", "交警大队", "市场监督管理局", "司法局", "人民调解委员会", "汽车站", "火车站", "人民医院",
            "中心小学", "税务局", "车管所", "派出所", "信访局", "殡仪馆"]
    for p in PLACE:
        for a in rng.sample(AUTH, 2):
            L.append(p + a)
    # idioms with surname characters
    IDIOM = ["张冠李戴", "李代桃僵", "孔融让梨", "毛遂自荐", "程门立雪", "完璧归赵", "管鲍之交", "司马昭之心",
             "东施效颦", "叶公好龙", "孟母三迁", "岳母刺字", "韩信点兵", "萧规曹随", "伯乐相马", "姜太公钓鱼",
             "周而复始", "白驹过隙", "金玉满堂", "万无一失", "高山流水", "马到成功", "石破天惊", "钱货两清",
             "江郎才尽", "黄粱一梦", "杨柳依依", "朱门酒肉臭", "何乐而不为", "吕端大事不糊涂", "曹冲称象",
             "邯郸学步", "杞人忧天", "愚公移山", "夸父逐日", "精卫填海", "负荆请罪", "卧薪尝胆", "破釜沉舟",
             "三顾茅庐", "纸上谈兵", "指鹿为马", "项庄舞剑", "约法三章", "四面楚歌"]
    ID_FR = ["%s，说的就是这种事", "这简直是%s", "真是%s啊", "%s的道理我懂", "成语%s"]
    for i in IDIOM:
        for f in rng.sample(ID_FR, 2):
            L.append(f % i)
    # job titles and kin words in frames
    JOBT = ["客户经理", "调解员", "书记员", "执行法官", "法官助理", "辅警", "网格员", "交警", "车管所民警", "驾校教练",
            "代驾司机", "主治医师", "护士长", "班主任", "辅导员", "人事专员", "出纳", "会计", "仓管", "店长", "村支书",
            "村会计", "居委会主任", "物业经理", "保安队长", "前台", "外访员", "贷后专员", "风控专员", "法务专员",
            "殡仪馆工作人员", "社保局窗口", "派出所民警", "户籍民警", "12123客服", "营业厅工作人员"]
    JOB_FR = ["%s说这个要本人来办", "我问了%s，他说不清楚", "%s也接到了催收电话", "找%s签个字", "%s让我先别着急"]
    for j in JOBT:
        for f in rng.sample(JOB_FR, 2):
            L.append(f % j)
    KIN = ["大舅", "二姨", "三叔", "小姑", "堂哥", "表妹", "公公", "婆婆", "岳父", "岳母", "姑父", "姨夫", "连襟",
           "妯娌", "小姑子", "大伯子", "小叔子", "舅妈", "姥姥", "姥爷", "外婆", "外公", "爷爷", "奶奶", "太奶奶",
           "前夫", "前妻", "继父", "干妈", "亲家母", "侄子", "外甥女", "儿媳妇", "女婿", "孙女", "发小"]
    KIN_FR = ["我%s也接到电话了", "催收打给了我%s", "%s说要借钱给我", "我%s也被拉进群了", "别找我%s", "%s不知道这事"]
    for k in KIN:
        for f in rng.sample(KIN_FR, 2):
            L.append(f % k)
    # numbers that are not personal
    NUMS = ["本期应还2,368.00元", "最低还款额236.80元", "逾期第37天", "逾期天数：128天", "共3笔订单", "年化利率23.9%",
            "年化利率超过36%", "日利率0.05%", "两室一厅", "三室两厅一卫", "租金1800元/月", "押一付三",
            "第3期", "分36期", "每月还800", "还剩12期", "已还7期", "本金5万", "利息1.2万", "违约金500元",
            "服务费3600元", "借款5000到手4200", "砍头息800", "12月8日", "2026年3月15日", "下午3点", "晚上11点",
            "凌晨2点", "周三上午", "15个工作日", "7个自然日", "3个工作日内", "48小时内", "（2026）豫0105民初1234号",
            "（2025）湘0111执456号", "（2026）粤0304民初12345号", "95588", "95533", "95599", "95566", "95555",
            "12368", "12378", "12363", "12315", "12345", "12321", "12377", "12123", "122", "110", "96110", "10086",
            "10010", "10000", "400-820-5555", "400-699-0000", "4008-123-123", "95188", "95511", "95017", "第二个路口左转",
            "3号线地铁", "5号楼下面的快递站", "1楼大厅", "第7次打电话", "一天打20次", "一共47个未接来电",
            "截图53张", "录音12条", "3个平台", "7个平台共欠8万", "百分之三十", "打七折", "减免50%", "首付30%",
            "6点下班", "早上8点", "每月15号发工资", "工资4500", "房租1200", "孩子学费3000", "医药费2万",
            "车贷每月2800", "房贷每月4100", "信用卡额度3万", "白条额度8000", "借呗额度2万", "1.5倍", "翻了三倍",
            "两个星期", "半年", "三个月", "一年零两个月", "第二期", "上上个月", "2027年1月1日起施行"]
    L += NUMS
    NUM_FR = ["%s，怎么办", "他们说%s", "%s是真的吗", "我查了一下，%s"]
    for n in rng.sample(NUMS, 70):
        L.append(pick(NUM_FR) % n)
    # collisions for the very common names' characters
    L += ["伟大的祖国", "静静地等", "强制执行", "洋洋洒洒写了一大篇", "磊落", "平平安安", "华丽丽地逾期了", "勇敢一点",
          "杰出青年", "敏感信息", "刚刚又打来了", "涛声依旧", "鹏程万里", "辉煌的过去", "超过还款日", "丽水湾小区",
          "芳草地", "燕子回来了", "霞光", "红包", "军训", "李子树", "张贴公告", "王牌调解员", "刘家峡水库", "陈年旧账",
          "杨梅汁", "黄金周", "赵州桥", "吴江区", "周转不开", "徐徐图之", "孙子才三岁", "马上还", "朱红色的大门",
          "胡同口", "何必呢", "高利贷", "林业局", "罗马假日", "郑重声明", "梁上君子", "谢谢你们",
          "宋体加粗", "唐装", "许可证", "韩剧", "曹县666", "彭湃", "曾经", "肖像权",
          "田地被征了", "董事会", "袁大头", "潘多拉", "于心不忍", "余额不足",
          "杜绝暴力催收", "叶落归根", "程咬金", "苏州园林", "魏晋风度", "丁字路口", "任何人", "卢沟桥", "姜汤", "钟点工", "谭木匠的梳子", "陆续还款", "汪汪队", "金条", "石头剪刀布", "廖化当先锋", "夏令营", "付款码", "方便面", "白条",
          "孟浪", "熊孩子", "秦腔", "江湖救急", "薛定谔的猫", "段子", "雷锋精神", "龙虾", "史上最狠", "黎明前", "贺岁片", "顾客", "毛巾",
          "邵氏电影", "万事如意", "钱塘江", "严禁", "覃塘区", "武汉", "戴口罩", "莫名其妙",
          "孔雀", "向日葵", "汤圆", "常用联系人", "葛优躺", "康师傅", "牛年", "温州", "芦荟", "关公"]
    # traditional versions of a sample
    try:
        import opencc
        cv = opencc.OpenCC("s2t")
        base = [x for x in L if re.search(r"[\u4e00-\u9fff]", x)]
        for x in rng.sample(base, 120):
            t = cv.convert(x)
            if t != x:
                L.append(t)
    except Exception:  # pragma: no cover
        pass
    return L


NAME_TAILS = ["。另外{kin}{N}也接到了", "，不信你问{N}", "，{N}也能作证", "\n补充：{N}那边也收到短信了",
              "。是{N}让我来这里问问的", "。{kin}{N}说她那边也被打了", "。{kin}{N}说他那边也被打了"]
PII_TAILS = ["，号码{X}", " 微信{X}", " 邮箱{X}", "，卡号{X}", " QQ{X}"]


def add_tail(res, p_name=0.25, p_pii=0.12):
    text, pii = res
    if chance(p_name):
        t = pick(NAME_TAILS)
        n = nm(sex="f" if "她" in t else "m" if "他" in t else None, gen="mid")
        t2, pii2 = R(t, kin=kin(n.meta["sex"]), N=n)
        return text + t2, pii + pii2
    if chance(p_pii):
        t = pick(PII_TAILS)
        x = {"，号码{X}": lambda: ph(pick(["plain", "space", "homo", "keycap", "cap", "letter"])), " 微信{X}": wx,
             " 邮箱{X}": email, "，卡号{X}": card, " QQ{X}": qq}[t]()
        t2, pii2 = R(t, X=x)
        if all(p["value"] != x.v for p in pii):
            return text + t2, pii + pii2
    return res


TAIL_GROUPS = {"form": (0.4, 0.15), "spell": (0.25, 0.1), "emoji": (0.25, 0.1), "doxx": (0.2, 0), "payroll": (0.2, 0.1),
               "cdr": (0.2, 0.1)}


# ---------------------------------------------------------------- plan
PLAN = {"form": 66, "recite": 34, "spell": 20, "certs": 28, "traffic": 16, "cdr": 10, "doxx": 12, "payroll": 16,
        "url": 10, "english": 16, "emoji": 14, "other": 22, "none": 32}
SENDERS_1069 = ["106905712345", "1069088841772", "10690321", "106980095188", "1069111800", "106575250123"]


def load_dedupe():
    texts, lines = set(), set()
    if not os.path.isdir(DEDUPE_DIR):
        return texts, lines
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if "tune20" in fn or not fn.startswith("scrub_"):
            continue
        path = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line:
                        texts.add(re.sub(r"\s", "", json.loads(line)["text"]))
        elif fn.endswith(".txt") and "preserve" in fn:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    s = re.sub(r"\s", "", line)
                    if s:
                        lines.add(s)
    return texts, lines


def main():
    other_texts, other_lines = load_dedupe()
    # preserve first, so that no drawn name occurs in it
    cand = build_preserve()
    seen, pres, own_rep, drop_other = set(), [], 0, 0
    for x in cand:
        k = re.sub(r"\s", "", x)
        if k in seen:
            own_rep += 1
            continue
        seen.add(k)
        if k in other_lines or k in other_texts:
            drop_other += 1
            continue
        pres.append(x)
    NM.blob = SOURCE_BLOB + "|" + norm("|".join(pres))

    records = []
    dup_redraw = 0
    own_keys = set()

    def add(group, res, sender):
        nonlocal dup_redraw
        text, pii = res
        k = re.sub(r"\s", "", text)
        if k in other_texts or k in own_keys:
            dup_redraw += 1
            return False
        own_keys.add(k)
        records.append({"group": group, "text": text, "sender": sender, "pii": pii})
        return True

    word_recs = word_records()   # first, so that no other name contains a word-name
    for group in ["form", "recite", "spell", "certs", "traffic", "cdr", "doxx", "payroll", "url", "english", "emoji"]:
        tpls = GROUPS[group]
        n = PLAN[group]
        order = list(range(len(tpls)))
        while len(order) < n:
            order.append(rng.randrange(len(tpls)))
        order = order[:max(n, len(tpls))]
        for k in order:
            for _ in range(5):
                res = tpls[k]()
                sender = None
                if isinstance(res, tuple) and len(res) == 2 and isinstance(res[1], str):
                    res, sender = res
                if group in TAIL_GROUPS:
                    res = add_tail(res, *TAIL_GROUPS[group])
                if group == "recite" and sender is None and (res[0].startswith("【") or chance(0.2)) and chance(0.6):
                    sender = pick(SENDERS_1069)
                if add(group, res, sender):
                    break
    for g, res, s in word_recs:
        add(g, res, s)
    oth = list(range(len(OTHER)))
    rng.shuffle(oth)
    for k in oth[:PLAN["other"]]:
        add("other", OTHER[k](), None)
    wn = [t for t in NONE if any(w in t for w in WORD_NAME_SET)]
    rest = [t for t in NONE if t not in wn]
    k = PLAN["none"] // 2
    pick_idx = sorted(rng.sample(range(len(wn)), k))
    rest_idx = sorted(rng.sample(range(len(rest)), PLAN["none"] - k))
    for t in [wn[i] for i in pick_idx] + [rest[i] for i in rest_idx]:
        t2 = t.replace("{plat}", pick(PLATS))
        sender = "12123" if t2.startswith("【交管12123】") else (pick(["95588", "95555"]) if t2.startswith("温馨提示") else None)
        add("none", (t2, []), sender)

    # ---------------- checks
    all_names = [n for n in NM.values]
    word_set = set(WORD_NAME_SET)
    import ahocorasick
    A = ahocorasick.Automaton()
    for n in all_names:
        key = norm(n)
        if key not in word_set:
            A.add_word(key, key)
    A.make_automaton()
    for r in records:
        t = r["text"]
        last = -1
        for p in r["pii"]:
            assert p["value"] in t, (r["text"], p)
            pos = t.find(p["value"])
            assert pos >= last, ("order", r["text"], p)
            last = pos
        masked = t
        for p in sorted(r["pii"], key=lambda p: -len(p["value"])):
            masked = masked.replace(p["value"], "\u2588")
        mn = norm(masked)
        for _, key in A.iter(mn):
            raise AssertionError(("unlabelled name", key, r["text"]))
        for p in r["pii"]:
            if p["kind"] == "name" and p["value"] in word_set:
                assert p["value"] not in masked, ("word-name unlabelled in own record", r["text"])
    # luhn / id checks
    for r in records:
        for p in r["pii"]:
            if p["kind"] == "bank_card":
                d = re.sub(r"\D", "", p["value"])
                assert luhn_complete(d[:-1]) == d, p
    # preserve: no PII value of any record
    P2 = ahocorasick.Automaton()
    for r in records:
        for p in r["pii"]:
            key = norm(p["value"])
            if key in word_set or len(key) < 2:
                continue
            P2.add_word(key, key)
    P2.make_automaton()
    for line in pres:
        for _, key in P2.iter(norm(line)):
            raise AssertionError(("PII in preserve", key, line))
    assert len(set(pres)) == len(pres)
    assert len({r["text"] for r in records}) == len(records)

    rng.shuffle(records)
    rng.shuffle(pres)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "t20-%04d" % i, "text": r["text"], "sender": r["sender"], "pii": r["pii"]})
    with open(os.path.join(OUT_DIR, "scrub_tune20.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune20_preserve.txt"), "w", encoding="utf-8") as f:
        for x in pres:
            f.write(x + "\n")

    kinds = Counter(p["kind"] for r in records for p in r["pii"])
    groups = Counter(r["group"] for r in records)
    gnames = Counter()
    for r in records:
        gnames[r["group"]] += sum(1 for p in r["pii"] if p["kind"] == "name")
    summary = {
        "records": len(records), "pii_items": sum(kinds.values()), "kinds": dict(kinds.most_common()),
        "no_pii_records": sum(1 for r in records if not r["pii"]),
        "other_only_records": sum(1 for r in records if r["pii"] and not any(p["kind"] == "name" for p in r["pii"])),
        "records_with_name": sum(1 for r in records if any(p["kind"] == "name" for p in r["pii"])),
        "records_with_2plus_names": sum(1 for r in records if sum(p["kind"] == "name" for p in r["pii"]) >= 2),
        "groups": dict(groups), "names_per_group": dict(gnames), "name_forms": dict(NM.forms.most_common()),
        "distinct_names": len({p["value"] for r in records for p in r["pii"] if p["kind"] == "name"}),
        "preserve_lines": len(pres), "preserve_candidates": len(cand), "preserve_own_repeats": own_rep,
        "preserve_dropped_as_in_other_corpora": drop_other, "record_draws_redrawn_as_duplicates": dup_redraw,
        "other_corpus_texts_read": len(other_texts), "other_corpus_lines_read": len(other_lines),
        "senders": dict(Counter(r["sender"] for r in records).most_common()),
        "with_newline": sum(1 for r in records if "\n" in r["text"]),
        "stats": dict(sorted(STATS.items())),
    }
    if os.environ.get("TUNE20_SUMMARY"):
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        print("records %d, pii %d, preserve %d; preserve dropped as duplicates of other corpora: %d; "
              "record draws redrawn as duplicates: %d" % (len(records), sum(kinds.values()), len(pres), drop_other,
                                                          dup_redraw))


if __name__ == "__main__":
    main()
