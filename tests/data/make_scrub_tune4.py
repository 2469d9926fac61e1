"""Scrubber tuning corpora, fifth writer: names with no cue beside them.

Writes, next to this file:
  scrub_tune4.jsonl           600 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune4_preserve.txt    about 1,500 ordinary lines with no personal data

Written on 2026-12-03 by a helper session that had read neither the scrubber
nor the other corpora (only SCRUB_CORPUS.md, SCRUB_TUNE3.md and the module
docstring of make_scrub_tune3.py).  Templates, name lists and word lists are
this writer's own.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune4.py
No third-party dependency (own name lists, no Faker).  Deterministic: fixed
SEED, one random.Random.

Focus: names where no cue word sits beside them, the way people write in
chats and free-text boxes: WeChat/QQ/SMS transcripts with speaker labels
("王建国：你什么时候还？", "[张丽] 明天给你"), WeChat system lines
("X撤回了一条消息", "X邀请Y加入了群聊", "X 向你转账"), forwarded messages
("—— 转发自 李娜"); names as the object of ordinary verbs (告诉了, 问过,
打给, 找到, 借给了, 欠…的钱), as the subject at the start of a sentence, after
和/与/及/或/还有/以及/连; names with kin and title words (刘晓燕姐, 王建国总,
张伟律师: the full name is labelled, the suffix is not; bare 小王, 老张, 阿强,
王总, 张阿姨, 李叔 are not labelled); Tibetan, Mongolian, Uyghur (with ·,
with a space, or fused), Hui, Manchu, Yi and Zhuang names; Hong Kong and
Taiwan names in traditional characters and their romanisations; pinyin
names; names that are also ordinary words (江山, 海洋, 方圆 …) in contexts
where a reader can see a person; names glued to dates, amounts, phone
numbers and ID numbers.  About 20 % of the records have other personal data
in awkward formats and no name, and about 10 % have no personal data.

The texts are deduplicated against the other scrub_*.jsonl texts and
scrub_*_preserve.txt lines (exact match after removing whitespace).  The
dedupe only filters; it never prints anything from those files, only counts.
"""

import glob
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 20261231
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune4.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune4_preserve.txt")
N_PRESERVE = 1500

R = random.Random(SEED)

# ---------------------------------------------------------------- names ---

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
    "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
    "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
SUR_W = [1.0 / (i + 1) ** 0.85 for i in range(len(SURNAMES))]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐", "公孙",
            "夏侯", "尉迟", "司徒", "端木", "宇文", "长孙", "南宫", "呼延", "独孤"]

GIVEN = {
    ("m", "o"): "建国 建军 国强 志刚 德福 福生 国华 卫东 树林 大军 春生 保国 立新 德明 "
                "永福 长生 金贵 有才 振华 宝山 庆丰 广才 玉林 占魁 福全 连生 满仓 德胜".split(),
    ("m", "m"): "建华 志强 晓东 海涛 俊峰 少华 文斌 永刚 宏伟 国栋 春雷 立伟 学军 建平 晓光 "
                "新宇 鹏飞 志勇 海波 云龙 俊杰 小龙 伟东 晓峰 建波 文涛 红兵 永强 家乐 "
                "明辉 海军 德华 志伟 国平 卫华 晓军 庆华 东升 立强 剑锋 志远 明杰".split(),
    ("m", "y"): "子豪 浩宇 宇轩 梓轩 俊熙 子墨 一鸣 天佑 博文 皓轩 思远 泽宇 嘉豪 子俊 "
                "宇航 浩轩 梓豪 锦程 俊宇 明哲 昊天 铭泽 奕辰".split(),
    ("f", "o"): "秀英 桂英 秀兰 玉兰 桂芳 凤英 淑珍 玉珍 素芬 翠花 月娥 金花 桂兰 秀珍 "
                "春兰 爱华 冬梅 红英 秀芝 凤兰 玉梅 素珍 淑兰 兰英 翠英 桂珍".split(),
    ("f", "m"): "晓燕 丽娟 海燕 红梅 雪梅 丽萍 晓丽 慧敏 玉婷 春燕 美玲 秀梅 晓红 小芳 "
                "丹丹 莉莉 婷婷 娜娜 文娟 晓霞 亚楠 晶晶 丽华 艳红 凤霞 春梅 静怡 "
                "彩霞 晓莉 丽君 海霞 玉洁 雅琴 淑华 红霞 素梅".split(),
    ("f", "y"): "梓涵 一诺 欣妍 子涵 诗涵 雨桐 可馨 思彤 紫萱 梦瑶 佳怡 语嫣 欣怡 雨欣 "
                "梦琪 若曦 馨予 诗琪 心怡 安琪 雅涵 芷若".split(),
}
SINGLE = {"m": list("伟强磊军勇杰涛斌超鹏辉刚波峰浩凯健飞兵毅岩松宇彬坤"),
          "f": list("丽芳敏静燕娟霞婷艳琳萍雪颖倩洁红慧梅英蕾莉琴")}
NOT_2CHAR = {"高亮", "高超", "金刚", "成军", "安静", "华丽", "宁静", "高洁", "程序", "石磊",
             "文静", "江涛", "高峰", "白雪", "马丽", "柳琴", "海燕", "明星", "梅花"}

# names that are also ordinary words or place names; the first group comes from the brief
WORD_NAMES_MAIN = [("江山", "m"), ("海洋", "m"), ("方圆", "m"), ("高峰", "m"), ("金星", "f"),
                   ("白雪", "f"), ("向阳", "m"), ("常青", "m"), ("文静", "f"), ("安然", "f"),
                   ("田野", "m"), ("夏天", "f"), ("马丽", "f")]
WORD_NAMES_MORE = [
    ("石磊", "m"), ("林海", "m"), ("黎明", "m"), ("江涛", "m"), ("高原", "m"), ("金鑫", "m"),
    ("白云", "f"), ("宁静", "f"), ("夏雨", "f"), ("高山", "m"), ("龙飞", "m"), ("路遥", "m"),
    ("明月", "f"), ("江河", "m"), ("海涛", "m"), ("方正", "m"), ("高翔", "m"), ("武功", "m"),
    ("常胜", "m"), ("万里", "m"), ("石林", "m"), ("白玉", "f"), ("金凤", "f"), ("马兰", "f"),
    ("云海", "m"), ("秋月", "f"), ("万福", "m"), ("安康", "m"), ("江南", "m"), ("向东", "m"),
    ("时雨", "f"), ("连城", "m"), ("连胜", "m"), ("明珠", "f"), ("龙腾", "m"), ("路平", "m"),
    ("田园", "m"), ("白露", "f"), ("白杨", "m"), ("柳青", "f"), ("金秋", "f"), ("高远", "m"),
    ("方舟", "m"), ("严明", "m"), ("卫国", "m"), ("丁香", "f"), ("雷鸣", "m"), ("叶青", "f"),
    ("秦川", "m"), ("温馨", "f"), ("乐天", "m"), ("庄严", "m"), ("童话", "f"), ("华夏", "m"),
    ("洪涛", "m"), ("凌云", "m"), ("谷雨", "f"), ("余晖", "m"), ("齐心", "f"), ("钱程", "m"),
    ("文华", "m"), ("江川", "m"), ("海燕", "f"), ("梅花", "f"), ("高洁", "f"), ("毛毛", "f"),
    ("罗兰", "f"), ("陆地", "m"), ("夏至", "f"), ("春雷", "m"), ("史册", "m"), ("包容", "f"),
    ("安宁", "f"), ("向前", "m"), ("文彬", "m"), ("程远", "m"), ("甘露", "f"), ("宋词", "f"),
    ("唐诗", "f"), ("于洋", "m"), ("杨帆", "m"), ("柳絮", "f"), ("林森", "m"), ("江波", "m"),
    ("蓝天", "m"), ("韩雪", "f"), ("金鹏", "m"), ("魏巍", "m"), ("任重", "m"), ("邢星", "f"),
    ("关山", "m"), ("易安", "f"), ("孔明", "m"), ("梁山", "m"), ("海峰", "m"), ("田甜", "f"),
]

TIB = {"n": "扎西 次仁 格桑 尼玛 达瓦 白玛 普布 边巴 索朗 洛桑 丹增 益西 仁青 嘎玛 次旦".split(),
       "m": "多吉 旺堆 顿珠 平措 强巴 贡布 罗布 扎巴 朗杰".split(),
       "f": "卓玛 拉姆 央金 曲珍 措姆 德吉 玉珍 旺姆 巴珍 卓嘎".split()}
MONGOL = {"m": "巴特尔 那日苏 苏和 朝鲁 额尔敦 孟和 宝音 巴图 阿拉坦 毕力格 乌力吉 特木尔 "
               "吉日格勒 哈斯巴根 格日勒图".split(),
          "f": "乌云其木格 其其格 斯琴 萨仁 图雅 娜仁花 乌兰 塔娜 高娃 琪琪格 萨日娜 "
               "阿拉坦其其格 敖登".split()}
UYG_GIVEN = {"m": "买买提 艾力 阿不都 吐尔逊 艾合买提 努尔买买提 依明 肉孜 卡德尔 阿布拉 "
                  "玉素甫 热合曼 亚森 斯拉木 吾斯曼".split(),
             "f": "阿依古丽 古丽娜尔 帕提古丽 热依拉 迪丽娜尔 阿依努尔 米热古丽 "
                  "再努尔 布威 佐日古丽 加米拉 阿瓦古丽".split()}
UYG_FATHER = "吐尔逊 艾力 买买提 阿不拉 喀迪尔 热合木 斯地克 吾买尔 托合提 阿西木 " \
             "依沙克 阿布都热依木 克里木 麦麦提 伊敏".split()
KAZ = {"m": "叶尔兰 努尔兰 别克 达吾列提 哈力木".split(), "f": "阿依达娜 古丽巴哈尔 阿依谢".split()}
HUI_SUR = list("马哈纳穆沙丁海撒回者")
HUI_GIVEN = {"m": "有福 占山 云祥 国良 海龙 尔利 学智 乃夫 伊布 德仁 存孝".split(),
             "f": "麦燕 月琴 玉梅 海花 索菲 法图 秀花 雅丽".split()}
MANCHU = {"m": ["爱新觉罗·恒煦", "爱新觉罗·启星", "爱新觉罗·毓岚", "佟佳·明远", "瓜尔佳·德胜",
                "富察·振东"],
          "f": ["叶赫那拉·静茹", "那拉·秀云", "钮祜禄·婉清", "赫舍里·美娟"]}
YI_SUR = "吉克 阿苏 吉伍 沙马 阿说 俄木 曲比 马海 海来 阿约".split()
YI_GIVEN = {"m": "拉哈 木呷 伍各 曲布 伍牛 尔古 石林 阿牛".split(), "f": "阿依 阿果 阿呷 尔作 阿妞 么木".split()}
ZHUANG_SUR = list("韦覃农蓝莫陆")
ZHUANG_GIVEN = {"m": "达福 特良 日新 光荣 老满 朝忠 金宝 汉权".split(),
                "f": "金凤 美兰 秀娥 福兰 月英 妹娟".split()}

PY_SUR = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
          "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai "
          "Jiang Du Ye Cheng Su Wei Lyu Ding Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia "
          "Fu Fang Bai Zou Meng Xiong Qin Qiu").split()
PY_GIVEN = {"m": "Wei Qiang Lei Jun Tao Gang Hao Jianguo Xiaoming Zhiqiang Haitao Peng Jie Bin "
                 "Kai Yong Zihao Jianhua Dongsheng Yuhang Mingyu Chenguang".split(),
            "f": "Na Fang Min Jing Yan Xiaoyan Ting Xue Lili Meiling Xiaohong Yue Hui Juan "
                 "Xinyi Yuting Jiayi Shanshan Lingling Wenjing".split()}

TRAD_SUR = list("陳黃林張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂何蕭羅高梁馮鄧麥區譚彭")
TRAD_GIVEN = {"m": "志明 家豪 俊傑 建宏 冠宇 宗翰 國強 偉倫 文傑 志偉 振宇 錦輝 達明 浩然 "
                   "家明 子軒 嘉俊 永康 啟德 耀祖 承恩 柏宏 信宏 彥廷".split(),
              "f": "美玲 淑芬 雅婷 怡君 淑惠 麗華 嘉欣 詠琪 婉婷 秀英 佩珊 佳穎 鳳儀 惠珍 "
                   "寶儀 淑娟 雅雯 欣怡 家慧 詩婷 靜宜 玉蘭 美鳳 月華".split()}
TRAD_SINGLE = {"m": list("偉強軍傑濤斌輝剛鵬豪"), "f": list("麗芳敏靜燕娟霞婷玲琪")}
HK_SUR = "Chan Wong Lee Cheung Lau Ng Ho Leung Lam Tsang Chow Yeung Kwok Tang Tse Lai Mak Fung Yip Chu".split()
HK_GIVEN = {"m": "Tai Man|Chi Ming|Kin Wai|Ho Yin|Wai Kit|Ka Lok|Chun Hei|Siu Fai".split("|"),
            "f": "Siu Ling|Ka Yan|Wing Kei|Mei Ling|Suet Ying|Man Yee|Hoi Yan|Pui Shan".split("|")}
TW_ROMAN = {"m": "Chih-ming|Chia-hao|Chun-chieh|Kuan-yu|Tsung-han|Wei-lun".split("|"),
            "f": "Mei-ling|Ya-ting|Yi-chun|Shu-fen|Hsiao-wen|Pei-shan".split("|")}
TW_SUR = "Chen Lin Huang Chang Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo".split()


def pick(seq):
    return seq[R.randrange(len(seq))]


def gender_of(g):
    return g if g in ("m", "f") else pick("mf")


def han_name(g=None, age=None, two=None, compound=False):
    g = gender_of(g)
    sur = pick(COMPOUND) if compound else R.choices(SURNAMES, SUR_W)[0]
    if two is None:
        two = (not compound) and R.random() < 0.2
    if two:
        giv = pick(SINGLE[g])
        kind = "han2"
    else:
        a = age or R.choices("omy", [3, 5, 2])[0]
        giv = pick(GIVEN[(g, a)])
        kind = "compound" if compound else "han3"
    if compound:
        kind = "compound"
    return dict(name=sur + giv, sur=sur, giv=giv, g=g, kind=kind)


def double_sur_name(g=None):
    # a child named with both parents' surnames, 4 characters
    g = gender_of(g)
    s1, s2 = R.sample(SURNAMES[:40], 2)
    giv = pick(GIVEN[(g, "y")])
    return dict(name=s1 + s2 + giv, sur=s1, giv=giv, g=g, kind="compound")


def minority_name(g=None):
    g = gender_of(g)
    k = R.choices(["tib", "mon", "uyg", "kaz", "hui", "man", "yi", "zhuang"],
                  [5, 4, 6, 1, 2, 1, 1, 2])[0]
    if k == "tib":
        if R.random() < 0.2:
            n = pick(TIB["n"] + TIB[g])
        else:
            n = pick(TIB["n"]) + pick(TIB[g])
        return dict(name=n, sur=None, giv=n, g=g, kind="tibetan")
    if k == "mon":
        n = pick(MONGOL[g])
        if R.random() < 0.2:
            n = pick("包白韩鲍") + n
        return dict(name=n, sur=None, giv=n, g=g, kind="mongolian")
    if k in ("uyg", "kaz"):
        gv = pick(UYG_GIVEN[g] if k == "uyg" else KAZ[g])
        f = pick(UYG_FATHER)
        sep = R.choices(["·", "•", " ", "", "none"], [6, 1, 3, 1, 2])[0]
        n = gv if sep == "none" else gv + sep + f
        return dict(name=n, sur=None, giv=gv, g=g, kind="uyghur")
    if k == "hui":
        s = pick(HUI_SUR)
        gv = pick(HUI_GIVEN[g])
        return dict(name=s + gv, sur=s, giv=gv, g=g, kind="hui")
    if k == "man":
        n = pick(MANCHU[g])
        return dict(name=n, sur=None, giv=n, g=g, kind="manchu")
    if k == "yi":
        n = pick(YI_SUR) + R.choice(["·", ""]) + pick(YI_GIVEN[g])
        return dict(name=n, sur=None, giv=n, g=g, kind="yi")
    s = pick(ZHUANG_SUR)
    gv = pick(ZHUANG_GIVEN[g])
    return dict(name=s + gv, sur=s, giv=gv, g=g, kind="zhuang")


def pinyin_name(g=None):
    g = gender_of(g)
    s, gv = pick(PY_SUR), pick(PY_GIVEN[g])
    style = R.choices(["Sg", "SG", "gS", "sg", "S g"], [5, 3, 2, 1, 1])[0]
    if style == "Sg":
        n = f"{s} {gv}"
    elif style == "SG":
        n = f"{s.upper()} {gv}"
    elif style == "gS":
        n = f"{gv} {s}"
    elif style == "sg":
        n = f"{s.lower()} {gv.lower()}"
    else:
        n = f"{s.upper()} {gv.upper()}"
    return dict(name=n, sur=None, giv=gv, g=g, kind="pinyin")


def trad_name(g=None):
    g = gender_of(g)
    r = R.random()
    if r < 0.08:
        s1, s2 = R.sample(TRAD_SUR, 2)
        gv = pick(TRAD_GIVEN["f"])
        return dict(name=s1 + s2 + gv, sur=s1, giv=gv, g="f", kind="trad_married")
    if r < 0.18:
        if R.random() < 0.65:
            n = pick(HK_SUR) + " " + pick(HK_GIVEN[g])
            if R.random() < 0.4:
                n = n.split(" ", 1)[0].upper() + " " + n.split(" ", 1)[1]
        else:
            n = pick(TW_SUR) + " " + pick(TW_ROMAN[g])
        return dict(name=n, sur=None, giv=n, g=g, kind="hk_tw_roman")
    s = pick(TRAD_SUR)
    if r < 0.30:
        gv = pick(TRAD_SINGLE[g])
        return dict(name=s + gv, sur=s, giv=gv, g=g, kind="trad2")
    gv = pick(TRAD_GIVEN[g])
    return dict(name=s + gv, sur=s, giv=gv, g=g, kind="trad3")


WORD_POOL = []  # filled after preserve is built


def word_name(g=None):
    cands = [w for w in WORD_POOL if g in (None, w[1])]
    if not cands:
        return None
    w = pick(cands)
    return dict(name=w[0], sur=w[0][0], giv=w[0][1:], g=w[1], kind="word")


def draw_name(spec, trad, wordok, need_han, need_giv2):
    g = spec.get("g")
    age = spec.get("a")
    if trad:
        if need_han:
            for _ in range(50):
                n = trad_name(g)
                if n["kind"] in ("trad3", "trad2") and (not need_giv2 or len(n["giv"]) == 2):
                    return n
        return trad_name(g)
    if need_han:
        r = R.random()
        if r < 0.08 and not need_giv2:
            return han_name(g, age, compound=True)
        return han_name(g, age, two=False if need_giv2 else None)
    weights = {"han": 48, "word": 36 if wordok else 0, "comp": 5, "dbl": 1,
               "min": 14, "py": 6}
    if age:
        weights.update(min=3, py=2, dbl=0)
    if age == "o":
        weights.update(word=0, py=0, dbl=0)
    k = R.choices(list(weights), list(weights.values()))[0]
    if k == "word":
        w = word_name(g)
        if w:
            return w
        k = "han"
    if k == "han":
        return han_name(g, age)
    if k == "comp":
        return han_name(g, age, compound=True)
    if k == "dbl":
        return double_sur_name(g)
    if k == "min":
        return minority_name(g)
    return pinyin_name(g)


# --------------------------------------------------------- other values ---

MOBILE_PFX = ("130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 "
              "158 159 166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 "
              "198 199").split()
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
CN_DIGITS = dict(zip("0123456789", "零一二三四五六七八九"))


def mobile():
    return pick(MOBILE_PFX) + "".join(str(R.randrange(10)) for _ in range(8))


def phone_fmt(m, style):
    if style == "plain":
        return m
    if style == "space":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if style == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "+86":
        return "+86" + m
    if style == "+86 ":
        return "+86 " + m
    if style == "86-":
        return "86-" + m
    if style == "(+86)":
        return "(+86)" + m
    if style == "fw":
        return m.translate(FW)
    if style == "dot":
        return f"{m[:3]}.{m[3:7]}.{m[7:]}"
    if style == "434":
        return f"{m[:4]} {m[4:7]} {m[7:]}"
    if style == "cn":
        return "".join(CN_DIGITS[c] for c in m)
    if style == "mixed_cn":
        return m[:3] + "".join(CN_DIGITS[c] for c in m[3:7]) + m[7:]
    if style == "digits_sp":
        return " ".join(m)
    raise ValueError(style)


def phone(awkward=False):
    m = mobile()
    if awkward:
        st = R.choices(["space", "dash", "+86", "+86 ", "86-", "(+86)", "fw", "dot", "434",
                        "cn", "mixed_cn", "digits_sp"], [2, 2, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1])[0]
    else:
        st = R.choices(["plain", "space", "dash", "+86"], [10, 3, 2, 1])[0]
    return phone_fmt(m, st)


AREA_LL = ["010", "021", "022", "023", "020", "0755", "0371", "0311", "027", "028", "0731",
           "0551", "0591", "0871", "029", "0531", "0451", "0771", "0851", "0898"]


def landline():
    a = pick(AREA_LL)
    n = str(R.randint(2, 8)) + "".join(str(R.randrange(10)) for _ in range(7 if len(a) == 3 else R.choice([6, 7])))
    st = R.choice(["-", "()", "（）", " ", ""])
    if st == "()":
        return f"({a}){n}"
    if st == "（）":
        return f"（{a}）{n}"
    return a + st + n


def tw_phone():
    n = "09" + "".join(str(R.randrange(10)) for _ in range(8))
    return R.choice([n, f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n[:4]} {n[4:]}", "+886 " + n[1:]])


def hk_phone():
    n = pick("5679") + "".join(str(R.randrange(10)) for _ in range(7))
    return R.choice([f"{n[:4]} {n[4:]}", n, "+852 " + n[:4] + " " + n[4:], "852-" + n])


ID_AREAS = ("110101 110105 310104 310115 440304 440106 320106 320582 510107 420106 330106 "
            "370102 410105 430104 350203 500103 610113 130102 220102 450103 530102 650102 "
            "540102 150102 640104 630104 460106 340104 360102 520102 120101 210102 230102 "
            "140105 620102 411302 130984 371326 510802 431202").split()


def id_number():
    y = R.randint(1958, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    body = pick(ID_AREAS) + f"{y:04d}{m:02d}{d:02d}" + f"{R.randrange(1000):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + c


def id_fmt(i, awkward=False):
    if not awkward:
        st = R.choices(["plain", "x"], [9, 1])[0]
    else:
        st = R.choice(["sp684", "sp6444", "fw", "x", "dash684", "plain_sp_end"])
    if st == "x" and i.endswith("X"):
        return i[:-1] + "x"
    if st == "sp684":
        return f"{i[:6]} {i[6:14]} {i[14:]}"
    if st == "sp6444":
        return f"{i[:6]} {i[6:10]} {i[10:14]} {i[14:]}"
    if st == "fw":
        return i.translate(FW)
    if st == "dash684":
        return f"{i[:6]}-{i[6:14]}-{i[14:]}"
    return i


def idn(awkward=False):
    return id_fmt(id_number(), awkward)


CARD_PFX = ["622202", "621700", "622848", "621661", "622588", "622262", "621483", "622622",
            "621226", "623668", "622908", "621799", "625965", "622150", "621098"]


def luhn_complete(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def card(awkward=False):
    n = R.choice([16, 19])
    c = pick(CARD_PFX) + "".join(str(R.randrange(10)) for _ in range(n - 7))
    c = luhn_complete(c)
    st = R.choice(["g4", "dash4", "fw", "6rest", "slash4"]) if awkward else R.choice(["plain", "plain", "g4"])
    if st in ("g4", "dash4", "slash4"):
        sep = {"g4": " ", "dash4": "-", "slash4": "/"}[st]
        return sep.join(c[i:i + 4] for i in range(0, len(c), 4))
    if st == "fw":
        return c.translate(FW)
    if st == "6rest":
        return c[:6] + " " + c[6:]
    return c


PLACES = [("河南省", "郑州市", "金水区"), ("河北省", "石家庄市", "裕华区"), ("湖南省", "长沙市", "岳麓区"),
          ("四川省", "成都市", "武侯区"), ("安徽省", "合肥市", "蜀山区"), ("广西壮族自治区", "南宁市", "青秀区"),
          ("云南省", "昆明市", "盘龙区"), ("贵州省", "贵阳市", "南明区"), ("陕西省", "西安市", "雁塔区"),
          ("山东省", "济南市", "历下区"), ("湖北省", "武汉市", "洪山区"), ("江西省", "南昌市", "青山湖区"),
          ("福建省", "福州市", "鼓楼区"), ("广东省", "东莞市", "长安镇"), ("广东省", "深圳市", "龙岗区"),
          ("江苏省", "徐州市", "云龙区"), ("浙江省", "温州市", "瓯海区"), ("辽宁省", "沈阳市", "铁西区"),
          ("黑龙江省", "哈尔滨市", "道里区"), ("山西省", "太原市", "小店区"), ("重庆市", "", "渝北区"),
          ("甘肃省", "兰州市", "七里河区"), ("内蒙古自治区", "包头市", "昆都仑区")]
ROADS = "人民路 解放路 建设路 中山路 和平路 胜利路 新华路 文化路 朝阳路 幸福路 长江路 黄河路 " \
        "东风路 光明路 迎宾大道 工业路 花园路 农业路 红旗路 团结路 学府路 滨河路".split()
ESTATES = "阳光花园 翠苑小区 幸福家园 锦绣华庭 金色家园 御景湾 怡景苑 绿城百合 春天里 " \
          "盛世名门 水岸新城 东方丽景 香榭里 博雅苑 和谐家园".split()
COUNTIES = [("河南省", "周口市", "郸城县"), ("河南省", "商丘市", "虞城县"), ("安徽省", "阜阳市", "临泉县"),
            ("山东省", "菏泽市", "曹县"), ("湖南省", "邵阳市", "隆回县"), ("四川省", "南充市", "仪陇县"),
            ("江西省", "赣州市", "于都县"), ("贵州省", "毕节市", "威宁县"), ("河北省", "邯郸市", "大名县")]
TOWNS = "城关 双楼 李集 十八里 王店 新集 石桥 太平 龙山 黄庄".split()
VILLAGES = "前进 红星 后寨 刘庄 大杨 小河 东湖 西岗 胜利 沙窝".split()


def address():
    k = R.choices(["full", "estate", "village", "short", "dash"], [3, 3, 2, 2, 1])[0]
    p, c, d = pick(PLACES)
    road = pick(ROADS)
    if k == "full":
        return f"{p}{c}{d}{road}{R.randint(1, 399)}号"
    if k == "estate":
        pre = R.choice([f"{c}{d}", f"{d}", f"{p}{c}{d}"])
        return f"{pre}{pick(ESTATES)}{R.randint(1, 32)}栋{R.randint(1, 6)}单元{R.randint(1, 33)}0{R.randint(1, 4)}室"
    if k == "village":
        p, c, d = pick(COUNTIES)
        pre = R.choice([f"{p}{c}{d}", f"{d}"])
        return f"{pre}{pick(TOWNS)}镇{pick(VILLAGES)}村{R.randint(1, 12)}组"
    if k == "short":
        return f"{road}{R.randint(1, 300)}号{pick(ESTATES)}{R.randint(1, 20)}号楼{R.randint(1, 28)}0{R.randint(1, 6)}"
    return f"{c}{d}{road}{R.randint(1, 200)}号院{R.randint(1, 12)}-{R.randint(1, 4)}-{R.randint(1, 30)}0{R.randint(1, 4)}"


def tw_address():
    city = pick(["臺北市大安區", "新北市板橋區", "臺中市西屯區", "高雄市苓雅區", "桃園市中壢區"])
    road = pick(["忠孝東路", "中山北路", "民生路", "復興南路", "文化路"])
    return f"{city}{road}{R.randint(1, 5)}段{R.randint(1, 300)}號{R.randint(2, 15)}樓"


LETTERS = "abcdefghijkmnpqrstuvwxyz"


def email():
    base = pick(["zhang", "wang", "li", "liu", "chen", "xiao", "love", "sunny", "happy",
                 "tiger", "moon", "star", "lucky", "jack", "lily"])
    local = base + R.choice(["", "_", "."]) + "".join(pick(LETTERS + "0123456789") for _ in range(R.randint(2, 5)))
    local = local + str(R.randint(1, 999))
    dom = pick(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com",
                "hotmail.com", "yeah.net", "139.com"])
    e = f"{local}@{dom}"
    if R.random() < 0.12:
        e = e.upper()
    return e


def qq():
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(R.randint(5, 9)))


def wechat():
    k = R.choice(["wxid", "alpha", "alpha", "name"])
    if k == "wxid":
        return "wxid_" + "".join(pick(LETTERS + "0123456789") for _ in range(R.randint(10, 14)))
    if k == "alpha":
        return pick(LETTERS) + "".join(pick(LETTERS + "0123456789_-") for _ in range(R.randint(6, 12)))
    return pick(["xiaoyu", "dage", "kuaile", "ahua", "mumu", "yangyang", "hl", "zz"]) + str(R.randint(1980, 2009)) + pick(["", "_", "x"])


PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate():
    p = pick(PROV_ABBR) + pick("ABCDEFGHJK")
    if R.random() < 0.25:
        tail = pick("DF") + "".join(str(R.randrange(10)) for _ in range(5))
    else:
        tail = "".join(pick(PLATE_L + "0123456789") if i < 2 else str(R.randrange(10)) for i in range(5))
    sep = R.choice(["", "", "·", " ", "-"])
    return p + sep + tail


def account():
    k = R.choice(["ht", "order", "uid", "jj", "member"])
    if k == "ht":
        return "HT" + str(R.randint(2023, 2026)) + "".join(str(R.randrange(10)) for _ in range(10))
    if k == "order":
        return "".join(str(R.randrange(10)) for _ in range(R.choice([16, 18, 20])))
    if k == "uid":
        return "U" + "".join(str(R.randrange(10)) for _ in range(9))
    if k == "jj":
        return "JJ" + "".join(pick("0123456789ABCDEF") for _ in range(12))
    return pick(["DK", "LN", "XD"]) + "-" + str(R.randint(2024, 2026)) + "-" + "".join(str(R.randrange(10)) for _ in range(7))


# -------------------------------------------------------------- fillers ---

AMTS = ["5000元", "3000块", "两万", "1.2万", "8600", "12000元", "三千", "800块", "4.5万元", "2万",
        "六千多", "1500", "3200元", "九千", "2.8万", "700块", "15000", "一万二", "4000", "6800元"]
AMTS_TW = ["5萬", "三萬元", "12000元", "八千塊", "20萬", "4500元", "十萬", "6萬多"]
DATES = ["12月3日", "11月28号", "3号", "11.20", "2026年11月5日", "12/01", "10月31日", "11月9号",
         "25号", "11-16", "9月30日", "12月1号"]
TIMES = ["20:13", "下午3点", "晚上十点多", "早上7:40", "凌晨1点", "09:52", "中午12点", "23:08",
         "14:26", "晚上8点半"]
DAYS = ["3天", "15天", "32天", "67天", "一个多月", "半年", "90天", "120天", "两个月", "8天"]
NUMS = ["3", "5", "十几", "二十多", "40", "7", "几十", "8"]
PLATS = ["安逸花", "分期乐", "美团借钱", "360借条", "度小满", "招联金融", "拍拍贷", "京东金条",
         "微粒贷", "借呗", "洋钱罐", "小赢卡贷", "还呗", "众安贷", "桔多多", "信用飞", "省呗"]
PLATS_TW = ["裕融", "和潤", "中租", "遠信", "銀行信貸", "當舖", "融資公司"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "浦发银行",
         "中信银行", "光大银行", "民生银行", "平安银行", "兴业银行", "广发银行", "邮储银行"]
CITIES = ["郑州", "长沙", "成都", "合肥", "南宁", "昆明", "贵阳", "西安", "济南", "武汉", "南昌",
          "福州", "沈阳", "太原", "兰州", "江门", "金华", "常州", "安阳", "马鞍山", "龙岩", "连云港"]
HOTLINES = ["95588", "95533", "95599", "95566", "95555", "400-820-8888", "95511", "95595"]
HOTGOV = ["12368", "96110", "12378", "110", "12345"]
KS = [str(i) for i in range(1, 13)]
RELS = ["我妈", "我爸", "我老婆", "我老公", "我哥", "我姐", "我同事", "我领导", "我表弟", "我室友"]

FILL = {"AMT": AMTS, "AMTTW": AMTS_TW, "DATE": DATES, "TIME": TIMES, "DAYS": DAYS, "N": NUMS,
        "PLAT": PLATS, "PLATTW": PLATS_TW, "BANK": BANKS, "CITY": CITIES, "TSUR": TRAD_SUR, "HOTLINE": HOTLINES, "HOTGOV": HOTGOV, "K": KS,
        "REL": RELS}

GEN = {"PH": ("phone", lambda: phone()), "PHP": ("phone", lambda: mobile()),
       "PHX": ("phone", lambda: phone(True)), "LL": ("phone", landline),
       "LLX": ("phone", lambda: landline() + "转" + str(R.randint(1, 899))),
       "PHTW": ("phone", tw_phone), "PHHK": ("phone", hk_phone),
       "ID": ("id_number", lambda: idn()), "IDX": ("id_number", lambda: idn(True)),
       "CARD": ("bank_card", lambda: card()), "CARDX": ("bank_card", lambda: card(True)),
       "ADDR": ("address", address), "ADDRTW": ("address", tw_address),
       "EMAIL": ("email", email), "QQ": ("qq", qq), "WX": ("wechat", wechat),
       "PLATE": ("plate", plate), "ACCT": ("account", account)}

# ------------------------------------------------------------ templates ---
# (group, text, opts).  {A} {B} {C}: names (labelled).  {A.s}: surname, {A.g}: given
# name, {A.l}: last character of the given name (none of these labelled).
# opts: "A=f" gender, "A=mo" gender+age (o old, m middle, y young), "W": names
# that are ordinary words allowed, "S": the text is an SMS (sender set).

T = []


def t(group, opts, *texts):
    for x in texts:
        T.append((group, x, opts))


# --- chat transcripts, screenshots typed out, forwarded messages
t("chat", "W", "{A}：你什么时候还？\n我：这周五发工资就还\n{A}：再拖就去你单位了")
t("chat", "W", "[{A}] 明天给你\n[{A}] 先转{AMT}行不行")
t("chat", "W", "{A} {TIME}\n钱准备好了没有，今天下午五点前不到账就通知你家里人")
t("chat", "W", "【{A}】你别装死，电话也不接，消息也不回")
t("chat", "W", "—— 转发自 {A}\n你好，你在{PLAT}的借款已逾期{DAYS}，请马上处理，否则后果自负")
t("chat", "W", "{A}（{PHP}）：今天必须还清，不然我们的人下午就过去")
t("chat", "W", "{A}撤回了一条消息\n{A}：你自己看着办")
t("chat", "W", "“{A}” 拍了拍你\n{A}：在不在？装死没用")
t("chat", "W", "你已添加了{A}，现在可以开始聊天了。\n{A}：你好，关于你在{PLAT}的欠款，我们需要核实一下")
t("chat", "W", "{A}：@{B} 今天的钱呢\n{B}：在凑了，晚上一定转")
t("chat", "W", "{A}邀请{B}加入了群聊\n{A}：大家认识一下，这位就是欠钱不还的")
t("chat", "", "QQ聊天记录\n{A}({QQ}) {TIME}\n你欠的钱到底还不还，给个准话")
t("chat", "W", "{A} {DATE} {TIME}\n[图片]\n{A}：这是你签的借款合同，自己看清楚")
t("chat", "W", "聊天记录：\n{A}：你表哥电话多少\n我：我不知道\n{A}：那我就直接打给{B}了")
t("chat", "W", "我发给{A}：再宽限几天吧\n{A}回我：没得商量，今天必须到账")
t("chat", "W", "收到{A}的语音，转成文字是：“你再不还，我们明天就去你老家”")
t("chat", "W", "{A} 向你转账 {AMT}\n{A}：先还你这些，剩下的下个月")
t("chat", "W,B=m", "[{A}] {TIME}\n我已经跟{B}说了，他说周末前给你")
t("chat", "W", "<{A}> 钱到了没\n<{B}> 到了，谢谢")
t("chat", "W", "{A} 说：别以为换号就找不到你")
t("chat", "W,B=m", "{A}：我是{B}的同事，他让我跟你说一声，钱下周还")
t("chat", "W", "{A}已退出群聊\n{B}：跑什么，你以为退群就没事了")
t("chat", "B=m", "@{A} 你弟弟{B}的钱什么时候还？")
t("chat", "W", "{A}：好的\n{A}：收到\n{A}：我明天去银行问问")
t("chat", "B=fo", "[{A}] 你再不接电话我就打给你妈了\n[{A}] 已经打给{B}了，你自己看着办")
t("chat", "W", "{A} 00:13\n睡了吗？钱的事想好了吗\n{A} 00:47\n不说话是吧，行")
t("chat", "W", "—— 转发自 {A} ——\n这个人欠钱不还，电话{PH}，大家看到转告一下")
t("chat", "W,B=f", "{A}（催收）：你是{B}的什么人？\n我：朋友\n{A}：那你让她今天联系我")
t("chat", "W", "{A}：\n在吗\n{A}：\n在吗？回个话")
t("chat", "B=f", "{A}：你老婆{B}的电话我们已经有了，要不要我们跟她聊聊？")
t("chat", "W", "{A}: 今天几号了你心里没数？\n{A}: 明天我们的人就到{CITY}了")
t("chat", "W", "——{A}转发的消息——\n你的朋友欠钱不还，请转告他尽快联系我们")
t("chat", "W", "转发自{A}的朋友圈：“{B}欠钱不还，大家认准这张脸”")
t("chat", "W", "我把聊天记录截图打出来了，{A}那句“你家人都会知道”算不算威胁？")
t("chat", "W,B=f", "群聊“还款沟通群”（{N}人）\n{A}：@所有人 {B}逾期{DAYS}了，谁认识她让她回电话")
t("chat", "W", "{A} {DATE}\n你家小孩在哪个学校我们都知道\n我 {DATE}\n你们这是违法的")
t("chat", "W", "短信截图上写的：{A}，{PLAT}提醒你今天是最后还款日，逾期将影响征信")
t("chat", "W", "[{A}]：今天必须还\n[我]：我真的没钱了\n[{A}]：那就找{B}要")
t("chat", "W", "{A}给你发来了一个文件：律师函.pdf\n{A}：签收一下")
t("chat", "W", "消息记录（{A}）\n{DATE} {TIME} 你再躲试试\n{DATE} {TIME} 已读不回是吧")
t("chat", "W", "{A}和你的聊天记录\n{A}：钱呢\n我：下个月\n{A}：上个月你也这么说")
t("chat", "", "我截图里那个头像是律师的人，微信名{A}，微信号{WX}，一直说要起诉我")
t("chat", "W,B=f", "{A}：你是不是以为我们找不到{B}？\n{A}：她在哪上班我们都清楚")
t("chat", "W", "视频通话已取消\n{A}：接视频\n{A}：不接是吧")
t("chat", "W", "{A}领取了你的红包\n{A}：谢了，剩下的什么时候给")
t("chat", "W", "转发：{A}\n“你们平台的人跑到我单位来闹，我要投诉”")
t("chat", "W", "{A} 回复 {B}：你欠的又不是我的钱，找我干嘛")
t("chat", "W", "{A}在群里@了我：你到底还不还\n我没敢回")
t("chat", "W", "QQ群消息\n{A}({QQ})：这个人欠钱跑路了，谁有她的新号码")
t("chat", "W", "原文如下——\n{A}：你信不信我把你的事发到你们村群里\n{B}：你发吧，我已经报警了")

# --- names as the object of ordinary verbs
t("verb", "W", "这事我只告诉了{A}，不知道催收怎么也知道了",
  "我问过{A}，对方说根本没借过这个平台",
  "昨晚他们打给{A}，说我卷钱跑了",
  "催收找到{A}那里去了，我真的没脸见人",
  "去年借给了{A}{AMT}，到现在一分没还",
  "我欠{A}的钱下个月就能还清",
  "我已经把情况跟{A}讲清楚了",
  "对方威胁要去找{A}的麻烦",
  "钱是转给{A}的，不是转给我的",
  "我托{A}帮我问了律师，说这种利息不用还",
  "你们去骚扰{A}有什么用，这钱又不是{A}借的",
  "帮我转告{A}，别理那些陌生电话",
  "我把手机号借给{A}用过一段时间，现在天天有人催",
  "他们还给{A}寄了一封所谓的律师函",
  "我一直没敢告诉{A}我借了网贷",
  "我想请{A}做担保，被拒绝了",
  "那天我陪{A}去派出所报了警",
  "已经还给{A}{AMT}了，收条在我这",
  "平台说联系不上我就只能联系{A}",
  "能不能麻烦你问问{A}，是不是也接到电话了",
  "对方冒充律师打电话吓唬{A}",
  "欠{A}的{AMT}我一直记着，不会赖账",
  "我在微信上拉黑了{A}，他们又换号加我",
  "他们在村里的群里@了{A}",
  "我不想连累{A}，才一直自己扛着",
  "我给{A}打了{N}个电话都没人接",
  "今天上午见到{A}，说也收到了同样的短信",
  "我把催收的录音发给了{A}",
  "催收天天发消息骂{A}",
  "先还{A}的，平台的等我缓过来再说",
  "有人冒充我给{A}发消息借钱",
  "我找{A}借了{AMT}先把这一期还上")
t("verb", "W,A=f", "能不能别再打扰{A}了，她刚生完孩子",
  "我已经拜托{A}帮我接电话了，她会跟你们说")
t("verb", "A=fo", "求你们放过{A}，她七十多岁了，经不起吓")
t("verb", "", "你们凭什么扣{A}的车{PLATE}，车又不是我的",
  "催收把我的照片P成遗照发给了{A}")

# --- subject at the start of a sentence, no greeting
t("subj", "W", "{A}昨天又打电话来，说今天不还就上门",
  "{A}说下周一之前必须结清",
  "{A}把我拉进了一个群，群里全是我的同事",
  "{A}刚刚发来一张我家门口的照片",
  "{A}替我还了两期，后来也没钱了",
  "{A}也被他们骚扰了好几天",
  "{A}今天去派出所做了笔录",
  "{A}一直在催，每天打几十个电话",
  "{A}在电话里骂得很难听，还说要弄死我",
  "{A}已经把钱转过去了，对方还说没收到",
  "{A}让我签一个什么还款承诺书",
  "{A}怎么会有我家的地址？",
  "{A}早上五点就在我家楼下了",
  "{A}带着两个人来的，说是{PLAT}的外访",
  "{A}今早在家族群里发了我的欠款截图",
  "{A}也借过这个平台，{AMT}，现在要还三倍",
  "{A}刚才打电话说我妈心脏病犯了，被他们吓的",
  "{A}不肯给收据，只让转到私人卡上",
  "{A}到底是哪个公司的，工牌都不给看")
t("subj", "W,A=m", "{A}是我前夫，这笔钱是他用我的名义借的",
  "{A}不接电话，我也联系不上他",
  "{A}以前在{PLAT}上班，现在专门接外包催收")
t("subj", "W,A=f", "{A}我已经好久没联系了，催收却天天找她")

# --- after conjunctions and particles
t("conj", "W", "我和{A}都收到了这条短信",
  "催收把我的事告诉了我妈和{A}",
  "你找{A}或{B}都行，别找我爸妈",
  "还有{A}，上个月也被他们打了",
  "我爸、我妈以及{A}全被骚扰了",
  "他们连{A}都不放过",
  "连{A}的单位都打了电话",
  "{A}跟{B}昨晚都接到了同一个号码",
  "我、{A}，还有{B}，三个人都被拉进了群",
  "除了{A}，还有谁知道你的新号码？",
  "我跟{A}借过钱，和{B}也借过",
  "{A}和{B}和{C}都是我填的联系人",
  "要么{A}，要么{B}，总得有一个人出来还",
  "包括{A}在内，一共五个人接到了电话",
  "{A}与{B}一起来的，说是律所的",
  "通讯录里的人，{A}及{B}，都收到了PS的照片",
  "还有{A}也说被催了，你们是不是同一家公司？",
  "跟{A}一起合租的{B}也被打了电话")
t("conj", "W,A=f", "找了{A}和她老公，两个人都被骂了")
t("conj", "W,A=m", "以及{A}，他也是被冒用了信息",
  "或者你直接问{A}吧，钱是经他手的")

# --- kin and title words (full name labelled, suffix or prefix not)
t("kin", "A=f", "{A}姐，催收又来了，怎么办")
t("kin", "", "{A.s}总说了这笔钱不用急着还，可{A}本人今天又打电话来催")
t("kin", "", "{A}律师说这种催收是违法的，可以报警")
t("kin", "A=m", "老{A.s}，就是{A}，昨天在电话里说要去我单位")
t("kin", "A=m", "阿{A.l}（{A}）帮我担保的，现在他们天天找阿{A.l}")
t("kin", "A=fo,B=m", "{A.s}阿姨你好，我是{B}的同学，他让我跟您说一声")
t("kin", "A=mo", "问了{A}叔，他说也被打过电话")
t("kin", "", "{A}经理让我转告你，今天之内必须回电")
t("kin", "A=f", "表姐{A}说她单位也接到了电话")
t("kin", "", "我老板{A}总今天把我叫到办公室问网贷的事")
t("kin", "", "{A}老师您好，我是{B}的家长")
t("kin", "A=m", "{A}大哥，求你别再打给我妈了")
t("kin", "A=fo", "{A}阿姨，您女儿欠我们{AMT}，一直联系不上")
t("kin", "A=mo,B=m", "{A}叔叔在吗？你侄子{B}欠钱了")
t("kin", "A=m", "{A}哥说他认识人能帮我协商")
t("kin", "", "{A}主管：你今天再不还，我就上报了")
t("kin", "A=f,B=m", "{A.s}姐，我是小{B.s}，{B}，上次我们见过的")
t("kin", "A=m", "催收员自称{A.s}经理，后来我查到他全名叫{A}")
t("kin", "", "{A}警官说这种情况可以去反诈中心登记")
t("kin", "A=mo,B=m", "{A.s}师傅，您是{B}的父亲吧？")
t("kin", "A=f", "嫂子{A}也被他们加了微信")
t("kin", "A=fo", "二姨{A}被吓得一晚上没睡")
t("kin", "A=fo", "{A}奶奶今天接了三个电话，问我是不是出事了")
t("kin", "A=f", "小{A.s}，就是{A}，她也在这个平台借过")
t("kin", "A=m", "{A}同志，你的家属借款逾期，请配合处理")
t("kin", "", "{A}收到的律师函上写的是{B}律师代理")
t("kin", "A=f", "{A}姐姐，求求你们别打我爸妈电话了")
t("kin", "A=m", "{A.g}哥，也就是{A}，说这个钱他来还")
t("kin", "A=f", "{A.s}经理（{A}）给我的还款方案是分十二期")
t("kin", "A=mo", "{A.s}叔，全名{A}，是我爸的朋友，也被他们打了")
t("kin", "A=mo", "我大伯{A}，六十多岁了还被他们骂")
t("kin", "A=f", "闺蜜{A}借我的{AMT}我还没还，催收居然找到她了")

# --- glued to numbers, dates, amounts, phones, IDs
t("num", "W", "{DATE}{A}说再给三天")
t("num", "W", "欠款{AMT}{A}担保的，现在他们只找{A}要")
t("num", "", "借款{AMT}，{A}{PHP}，逾期{DAYS}")
t("num", "", "{A}{PHP}这个号一直在打我电话")
t("num", "", "{A}{ID}，欠款{AMT}，请速还")
t("num", "W", "{TIME}{A}来电，语气很凶")
t("num", "W", "第{K}期是{A}替我还的")
t("num", "W", "我{DATE}转了{AMT}{A}收的")
t("num", "", "{A}{PH}（微信同号）")
t("num", "", "{A}/{PH}/{ADDR}")
t("num", "", "{A}，{ID}，{ADDR}")
t("num", "W", "{DATE} {TIME} {A} 打来{N}次")
t("num", "", "合同号{ACCT}{A}，放款{AMT}")
t("num", "", "{A}{AMT}、{B}{AMT}、{C}{AMT}，这是他们说我欠的")
t("num", "", "2026年{DATE}{A}在{ADDR}签的借条")
t("num", "", "{A}QQ{QQ}，{B}微信{WX}")
t("num", "W", "{AMT}是{A}转给我的，{AMT}是{B}转的")
t("num", "", "{A}{PHP}{B}{PHP}都是紧急联系人")
t("num", "", "催收{A}{LL}，自称律所")
t("num", "A=fo", "{A}{IDX}这个身份证号是我妈的，被他们拿去办了贷款")
t("num", "", "收款卡{CARD}{A}")
t("num", "W", "{K}号{A}来过一次，{K}号又来了")
t("num", "", "{A}{PH}\n{B}{PH}\n{C}{PH}\n这三个都是他们打给我家人的号")
t("num", "", "{DATE}{A}用{PHP}发短信威胁我")

# --- traditional characters (Taiwan and Hong Kong)
t("trad", "", "{A}：你什麼時候還錢？\n我：下個月發薪水就還\n{A}：不要再拖了")
t("trad", "", "[{A}] 明天給你\n[{A}] 先轉{AMTTW}可以嗎")
t("trad", "", "{A}昨天又打電話來，說今天不還就去公司找我")
t("trad", "A=f", "我已經告訴了{A}，她說也收到了同樣的簡訊")
t("trad", "", "催收打給{A}，說我欠錢跑路")
t("trad", "", "—— 轉寄自 {A}\n您在{PLATTW}的貸款已逾期{DAYS}，請盡速處理")
t("trad", "", "{A}與{B}都被討債的人打過電話")
t("trad", "", "{A}律師說這種催收方式是違法的")
t("trad", "A=f", "{A}姐，討債公司又來了，怎麼辦")
t("trad", "", "欠款{AMTTW}{A}擔保的，現在只找{A}要")
t("trad", "", "{A}{PHTW}一直打給我，一天十幾通")
t("trad", "", "我跟{A}借了{AMTTW}，現在要還三倍")
t("trad", "A=m", "{A.s}生話今日一定要還，佢全名係{A}")
t("trad", "", "{A}：你幾時還錢呀？\n我：下個禮拜\n{A}：唔好再拖")
t("trad", "", "{A}話聽日會上門")
t("trad", "", "我問過{A}，佢話冇借過")
t("trad", "", "財務公司搵到{A}度，仲話要去佢公司")
t("trad", "", "{A}同{B}都收到短訊話我走數")
t("trad", "", "{A}（{PHHK}）：今日唔還就上你屋企")
t("trad", "", "{A}({PHTW})：今天一定要還")
t("trad", "", "{A}和{B}是我填的緊急聯絡人，現在都被騷擾")
t("trad", "", "{A}撤回了一則訊息\n{A}：你自己看著辦")
t("trad", "A=m", "{A}說他在{ADDRTW}樓下等我")
t("trad", "", "連{A}的公司都接到電話了")
t("trad", "A=f", "{A}小姐說下星期之前一定要結清")

# --- other personal data, no name, awkward formats
t("pii", "", "这个号{PHX}一天打了我二十多次",
  "打我电话的是{LLX}，说是律所的",
  "他们让我把钱转到{CARDX}，户名根本不是平台的",
  "身份证号码：{IDX}",
  "他们说今天要上门，我住{ADDR}",
  "对方微信{WX}，加了之后就开始骂人",
  "扣扣{QQ}，对方用这个号加我的",
  "邮箱{EMAIL}收到一封所谓的律师函",
  "车牌{PLATE}被他们拍了发到群里",
  "借款合同编号{ACCT}，借了{AMT}",
  "v：{WX}（催收让我加的）",
  "电话：{PHX}\n地址：{ADDR}",
  "我的卡号是{CARDX}，被冻结了",
  "家里座机{LL}也被打爆了",
  "ID:{IDX}",
  "支付宝{PHX}，他们让我先还到这个上面",
  "{PHX}/{PHX}这两个号轮流打",
  "打款到{CARDX}（{BANK}）",
  "车{PLATE}停在{ADDR}门口，被他们拍了",
  "QQ号码：{QQ}，他们让我把密码给他们",
  "订单号{ACCT}，借了{AMT}，还了{AMT}",
  "我老家是{ADDR}，他们说要去村里贴",
  "电邮：{EMAIL}",
  "身份证{IDX}（上面这个是我的）",
  "手机号码{PHX}，是我以前用的号",
  "用{PHX}发的短信，说我涉嫌诈骗",
  "对方留的联系方式：{PHX}，微信{WX}",
  "律师函是发到我邮箱{EMAIL}的，落款是一个律所",
  "他们用{EMAIL}给我公司邮箱发了催款邮件",
  "支付宝账号是{EMAIL}，钱是从这里转的",
  "我在{ADDR}上班，他们寄了快递到公司",
  "家：{ADDR}\n手机：{PHX}\n身份证：{IDX}",
  "他们要我提供{IDX}的照片正反面",
  "加我QQ：{QQ}，我把截图发你",
  "邮件是从{EMAIL}发过来的",
  "{PLATE}这辆车被他们的人跟了一路",
  "借据号{ACCT}，本金{AMT}",
  "卡：{CARDX}\n密码他们也要",
  "wx：{WX}  tel：{PHX}",
  "说是要寄起诉书到{ADDR}",
  "{PHX}（这个号是催收的）")
t("pii", "S", "【{PLAT}】您的借款已逾期，请将款项转入{CARD}，咨询{PH}")
t("pii", "", "我的身份證字號被拿去借錢了，電話{PHTW}，地址{ADDRTW}")

# --- no personal data (bare 小王, 老张, 王总 are not personal data either)
t("none", "", "小{SUR}，你帮我看看这条短信是不是诈骗",
  "{SUR}总说这笔钱不急，让我先顾好自己",
  "老{SUR}说他也被催过，后来报警就好了",
  "张贴欠款公告是违法的吧？",
  "周末也被打了{N}个电话，太崩溃了",
  "马上要过年了，我不想家里人知道",
  "方便的时候回个电话，关于{PLAT}的账单",
  "客服：您好，请问有什么可以帮您\n我：我想协商延期还款",
  "对方：今天不还就去你老家\n我：我已经报警了",
  "催收：你妈的电话我们有\n我：你们这是违法的",
  "[图片]\n[语音] 32秒\n对方撤回了一条消息",
  "—— 转发自 聊天记录\n你的借款已逾期{DAYS}",
  "明天{DATE}之前还{AMT}可以吗？",
  "{CITY}市中级人民法院发来的短信是真的吗",
  "王牌催收团队？{PLAT}就这水平",
  "高利贷的利息到底要不要还",
  "白条和金条都逾期了，怎么协商",
  "万一他们真的上门怎么办",
  "向{BANK}申请了停息挂账，还没批",
  "时间太紧了，{AMT}真的凑不齐",
  "连本带利要我还{AMT}，我只借了一半",
  "我：能不能分期\n对方：不行\n我：那我去投诉",
  "{SUR}阿姨说她也被加了好友",
  "明天再说吧，我今天在上班",
  "常听人说催收不能打给家人，是真的吗",
  "江湖救急借的钱，现在被说成高利贷",
  "安心，先别转账，打{HOTGOV}问一下",
  "路上被人拦住问我是不是欠钱的",
  "史上最狠的催收就是这种吧",
  "金额对不上，我不认这个账",
  "老{SUR}头，{SUR}师傅，都是他们自称的")
t("none", "S", "【{PLAT}】您的账单已逾期{DAYS}，请及时还款，客服{HOTLINE}。回T退订")
t("none", "", "討債公司說今天一定要還，怎麼辦",
  "客服：您好\n我：我想問分期還款",
  "{TSUR}生話今日一定要還，唔還就上門",
  "我已經報警了，警察說這是違法催收")

GROUP_N = {"chat": 100, "verb": 75, "subj": 50, "conj": 45, "kin": 50, "num": 45, "trad": 50,
           "pii": 120, "none": 65}
GROUP_DESC = {
    "chat": "chat transcripts (WeChat/QQ/SMS) with speaker labels, system lines, forwards",
    "verb": "name as the object of an ordinary verb",
    "subj": "name as the subject at the start of a sentence, no greeting",
    "conj": "name after 和/与/及/或/还有/以及/连/跟/包括",
    "kin": "name with a kin or title word (full name labelled, suffix not); bare forms unlabelled",
    "num": "name glued to a date, amount, phone, ID or other number",
    "trad": "traditional characters: Taiwan and Hong Kong (incl. Cantonese), trad names",
    "pii": "other personal data, no name, awkward formats",
    "none": "no personal data (incl. bare 小王/老张/王总 forms and nameless chats)",
}

# ------------------------------------------------------------- preserve ---

P_HAND = """王牌催收员也不能骚扰家人
张口就要三倍的利息
高利贷不受法律保护
文件我已经发给客服了
方便的话明天回个电话
江湖救急的钱也要写借条
金额对不上我不认
马上就到还款日了
白条这个月的账单出来了
常年在外地打工，家里人不知道
万一他们上门怎么办
向法院申请分期履行
路过营业厅顺便问了一下
史无前例的暴力催收
时间太紧了凑不齐
明天上午十点前还款
安心，先别转账
龙头企业也会逾期
连本带利要我还两万
黄金周之后再说吧
周末也有人打电话来
马上处理，不然影响征信
高息借款的部分可以不还
文明催收从何谈起
方法总比困难多
江苏的号码打过来的
金融消费者权益保护
马路对面就是派出所
白天不敢接电话
常用的手机号换了
万元以下的小额贷款
向银行说明了情况
路费都是借的
时候不早了，先睡吧
明白了，谢谢你
安全起见，不要点链接
龙卷风一样的电话轰炸
连续三天都在打
连着打了十几个
王者荣耀打完再说
张贴告示不是合法手段
高兴得太早了，他们又来了
文字版我整理好了
方便面都快吃不起了
江北区的法院
金条分期已经出账
马上到账，请注意查收
白纸黑字写着的利息
常州的律所发来的函
万事开头难，先还最少的那笔
向日葵贷款是什么平台
路由器坏了，消息没收到
史料里也没见过这种利滚利
时效过了还能起诉吗
明细发我看一下
安装了反诈APP
龙岩市的号码
连云港打来的
王府井那边的营业部
张家口的号码
高铁上信号不好
文山州的法院
方城县的短信
江门市的快递
金华市的律所
马鞍山的电话
白山市的号码
常德市的法院
万州区的派出所
向前一步就是深渊
路口的监控拍到了
时间不对，我那天在上班
明天再说吧
安阳市公安局
龙华区人民法院
连本金都不够
周一之前还清
周转不过来
钱包里只剩几十块
钱货两清之后还在催
孙子都知道了，太丢人
何时才能结束
何必这样逼人
于是我就报警了
许可证号码是公开的
宋体打印的律师函
余额不足请及时存入
曾经也是按时还款的
韩国的号码打过来的
唐突地问一句
郑重声明：本人不再借款
田地被说要拍卖
任何人都不能替你还
朱红色的印章是假的
林业局的工资卡被冻结了
杨浦区的调解中心
严重逾期会上征信
谢谢你帮我出主意
罗列了一大堆罪名
梁上挂着催收的横幅
董事会决议上写的
袁大头都拿去卖了
潘多拉的盒子打开了
蔡司镜片分期也逾期了
叶子都黄了，还没还完
程序上是合法的吗
苏州的律所
魏碑字体的通知书
丁克家庭也被催婚
沈阳的号码
卢沟桥那边的营业厅
崔收？是催收吧
钟点工的工资都被扣了
谭木匠的梳子分期
陆续还了三期
汪汪叫的狗都被吓到了
范围扩大到了同事
石家庄的号码
廖廖几句就挂了
夏季还款优惠活动
付款成功
邹城市的法院
熊孩子拿我手机借了钱
秦皇岛的电话
邱比特的箭都比这准
尹家湾派出所
薛定谔的还款
闫良区人民法院
段子手都写不出来
雷雨天也来上门
侯马市的号码
陶瓷厂的工资发了再还
黎明前最黑暗
贺卡上写着还钱
顾不上吃饭了
毛利都不够还利息
郝家湾村委会
龚滩古镇的民宿贷
邵东市人民法院
钱款已经退回
严格来说这不合法
戴着口罩来的
莫名其妙多了一笔
孔夫子搬家，净是书
汤圆都吃不下
温州的放贷人
康复中心也来电话
施工队的工钱还没结
牛皮癣小广告
樊城区人民法院
葛优躺也躺不平了
邢台的号码
齐齐哈尔的电话
易拉宝上印着欠款公示
乔迁之喜变成了催收现场
伍佰元整
庞大的利息
颜面尽失
倪家桥派出所
庄稼都卖了还钱
聂拉木口岸
章程里没写违约金
鲁莽地借了钱
岳麓区人民法院
翟城村委会
殷切希望你按时还款
申请延期还款
欧元计价的贷款
耿直地说，我还不上
关机了两天
兰州的号码
焦虑得睡不着
俞家村的快递点
左邻右舍都知道了
柳州的号码
甘愿受罚
祝你好运
包头的电话
宁可借亲戚的钱
尚未结清
符合减免条件
舒服了两天又来了
阮囊羞涩
柯桥区人民法院
纪委监委的电话是真的吗
梅雨季节也来上门
童叟无欺的广告
凌晨两点还在打
毕业证都被扣了
单位领导找我谈话
季度账单已出
裴家营的派出所
霍乱一样传开了
涂改过的借条
成都的号码
苗木基地的贷款
谷歌搜不到这家公司
盛夏还款季
曲靖市的法院
翁源县的快递
冉冉升起的利息
骆驼祥子都没我惨
蓝色的工作证是假的
路人都在看
游戏账号被拿去抵债
辛苦费另算
靳家村的地被说要查封
管辖法院在哪里
柴米油盐都成问题
蒙在鼓里的是家人
鲍鱼礼盒分期也逾期了
华为手机分期
喻家山派出所
祁连县的快递
蒲公英都比我自由
房贷车贷一起逾期
滕王阁的门票分期
屈打成招的还款承诺
饶了我吧
解除合同的通知
牟取暴利
艾灸馆的会员卡分期
尤其是晚上
阳台上挂着横幅
时不时打个电话
穆斯林餐厅的工资
农商行的贷款
司法鉴定所
卓越金融是什么公司
古城派出所
吉林的号码
缪斯女神都救不了我
简易程序
车贷逾期三期
项目款还没结
芦苇荡边上的村子
麦当劳打工的工资
褚橙分期都逾期了
娄底的电话
窦性心律不齐
戚家山派出所
岑溪市人民法院
景德镇的瓷器抵债
党员干部也被催
宫颈筛查的钱都借了
费用明细有问题
卜卦的说今年破财
冷静下来想办法
席地而坐等催收走
卫生院的电话
米面粮油都是赊的
柏油路边的小卖部
宗教局的电话是假的
瞿塘峡的门票
桂林的号码
全额还款有减免
应急管理局的电话
臧否人物
闵行区人民法院
苟且偷生的日子
邬家湾村
边防派出所
卞家村委会
姬松茸分期
师范学院的学费贷
仇人都没这么狠
栾川县的法院
隋唐遗址公园附近
商业银行的信用卡
刁难人的条款
沙县小吃的收入
荣誉证书都抵押了
巫山县的快递
桑拿房打工的钱
郎溪县人民法院
甄别真假催收
丛林法则
仲裁委员会的通知
虞城县法院
敖包相会
巩义市的号码
明明已经还了
佘山的别墅广告
池州的号码
查询征信报告
麻将馆里借的钱
苑子里种的菜
迟到的还款也是还款
邝家巷派出所
建国以来最严的监管
建军节那天打来的
国庆假期后再处理
平安银行的信用卡
富贵险中求不值得
玉兰路支行
光明路派出所
胜利街道办事处
和平区人民法院
解放路支行
振兴路营业厅
志愿者帮我查了征信
秀丽的风景照也被P了
永远不要借网贷
伟大的母亲替我还了钱
美丽乡村建设贷款
红梅花开的时候
春华秋实，总会还上
建华路营业厅
国强民富
晓得了，明天还
春燕衔泥一样攒钱
家乐福的购物卡抵债
振华路支行
丽江的号码
海燕牌自行车
桂花树下的村委会
婷婷玉立的照片被P了
浩然正气
宇宙无敌催收
文斌路派出所
新宇小区门口的公告栏
一鸣惊人的利息
天佑中华
思远路营业厅
静怡茶馆
欣欣向荣
凤凰涅槃
慧眼识骗局
晶晶亮，透心凉
彩霞满天
玉洁冰清
德胜门派出所
长生不老药都卖不出去
福全路营业厅
满仓的粮食都卖了
宝山区人民法院
庆丰包子铺
玉林市的号码
德明路支行
金贵的时间
有才华的人也会逾期
""".strip().split("\n")

SPEAKERS = ["客服", "对方", "我", "催收", "催收员", "老婆", "老公", "妈", "爸", "同事", "领导", "房东",
            "陌生号码", "群主", "管理员", "法务", "贷后专员", "银行客服", "平台客服", "未知号码",
            "律所", "调解员", "外访人员", "客户经理"]
UTTER = ["今天不还就去你单位", "我在凑钱了", "别跟我说这些", "他们又打电话来了", "家里都接到电话了",
         "您好，请问有什么可以帮您", "请您核实一下身份", "您的账户已逾期", "可以申请延期还款",
         "下周一之前还清", "你这是违法的", "我要投诉你们", "能不能分期", "不接受分期",
         "我已经报警了", "你别吓唬我", "明天上午到账", "收到，谢谢", "好的", "在吗",
         "人呢", "电话怎么不接", "你再这样我就录音了", "我们会依法处理", "请不要骚扰我的家人",
         "钱已经转了", "还差一点", "给我三天时间", "不要再打了", "我会按时还的",
         "你家里人知道吗", "这事别让我妈知道", "先还最低还款额", "利息太高了", "已经还了三期",
         "账单发我一下", "截图发你了", "[图片]", "[语音]", "晚点再说"]
DEPTS = ["信用卡中心", "法务部", "贷后管理部", "个人金融部", "客服中心", "风险管理部", "催收外包部",
         "营业部", "消费者权益保护部", "资产保全部", "零售信贷部"]
COURT_SUFFIX = ["市中级人民法院", "市中级人民法院执行局", "市公安局反诈中心", "市金融工作局",
                "市人民检察院", "市司法局", "市消费者协会", "市仲裁委员会", "市市场监督管理局"]
TIMEWORDS = ["今天", "刚才", "昨天", "上周", "前几天", "周末", "上个月", "这个月", "半夜", "早上",
             "晚上", "凌晨", "中午", "前天", "过年前"]
EVENTS = ["又打了十几个电话", "发短信说要起诉", "说要去我单位", "打给了我的紧急联系人",
          "在家族群里发了截图", "说要上门", "寄了一封律师函", "冒充法院打电话", "让我转到私人卡上",
          "说我涉嫌诈骗", "把我的照片P了发出去", "说要去村委会", "打到了我爸妈那里",
          "发了一张我家门口的照片", "说我已经被立案了", "要求一次性结清", "给我打了二十多个电话",
          "说可以减免一半利息", "加了我同事的微信", "说要冻结我的银行卡"]
PLAT_SENT = ["{p}委托的第三方一直打电话", "{p}的客服说可以延期", "{p}的借款已经逾期了",
             "{p}的利息超过了百分之三十六", "{p}说要上征信", "{p}的催收打到我单位去了",
             "{p}的账单我已经还了", "{p}给我发了律师函", "{p}的合同我找不到了",
             "{p}的还款日是每月十五号", "{p}说可以协商分期", "{p}的催收天天骂人"]
WECHAT_SYS = ["对方撤回了一条消息", "你撤回了一条消息", "对方已开启朋友验证，你还不是他（她）朋友",
              "消息已发出，但被对方拒收了", "[转账] 请收款", "对方已收款", "[红包]恭喜发财，大吉大利",
              "[语音] 15″", "[视频通话] 已取消", "[位置]", "以下是新消息", "对方正在输入…",
              "你已添加对方为朋友", "群公告：请大家文明发言", "该消息已过期", "[动画表情]",
              "以下为聊天记录截图文字", "—— 转发自 聊天记录", "[聊天记录]", "[文件] 借款合同.pdf",
              "QQ：对方正在输入", "短信：已送达", "[图片] 已过期或已被清理", "你被移出了群聊",
              "群主已开启全员禁言", "拍了拍我", "已读", "未读", "已送达", "发送失败"]
CHAT_PLAIN = ["在吗", "吃了吗", "晚点说", "收到", "好的谢谢", "我在上班", "明天再说吧", "等我发工资",
              "你先别急", "我也被打电话了", "你那边怎么样", "他们又来了", "别理他们", "报警了没",
              "截图留好", "录音了吗", "我不想活了", "你冷静一点", "会过去的", "先把最急的还了",
              "征信花了怎么办", "去哪里投诉", "打12378试试", "打96110问问", "银保监会现在叫金融监管总局",
              "我妈哭了一晚上", "我爸说不管我了", "同事都知道了", "领导找我谈话了", "房东也接到电话了",
              "我换了号码", "旧号码停机了", "他们怎么知道我新号的", "通讯录被读取了", "借款APP已经卸载了"]


def build_preserve(extra_forbid):
    lines = list(P_HAND)
    cand = []
    for s in SPEAKERS:
        for u in UTTER:
            cand.append(R.choice([f"{s}：{u}", f"{s}: {u}", f"[{s}] {u}", f"【{s}】{u}"]))
    R.shuffle(cand)
    lines += cand[:520]
    bd = [b + d for b in BANKS for d in DEPTS]
    R.shuffle(bd)
    lines += bd[:140]
    cc = [c + s for c in CITIES for s in COURT_SUFFIX]
    R.shuffle(cc)
    lines += cc[:160]
    te = [f"{a}{e}" for a in TIMEWORDS for e in EVENTS]
    R.shuffle(te)
    lines += te[:260]
    ps = [s.format(p=p) for p in PLATS for s in PLAT_SENT]
    R.shuffle(ps)
    lines += ps[:170]
    lines += WECHAT_SYS + CHAT_PLAIN
    rl = [f"{r}{e}" for r in RELS for e in ["也接到了电话", "说别理他们", "不知道我借了钱", "帮我还了一期",
                                            "被他们骂了", "陪我去报警", "让我打12378", "被拉进了群"]]
    R.shuffle(rl)
    lines += rl[:60]
    amt = [f"{a}之前还{m}可以吗" for a in DATES for m in AMTS]
    R.shuffle(amt)
    lines += amt[:140]
    seen = set()
    out = []
    dropped_dup = dropped_forbid = 0
    for ln in lines:
        ln = ln.strip()
        k = re.sub(r"\s+", "", ln)
        if not ln or k in seen:
            continue
        if k in extra_forbid:
            dropped_dup += 1
            continue
        if any(w for w, _ in WORD_NAMES_MAIN if w in ln):
            dropped_forbid += 1
            continue
        seen.add(k)
        out.append(ln)
    # keep all hand lines; trim the combinatorial ones to N_PRESERVE
    hand = set(x.strip() for x in P_HAND)
    keep_hand = [x for x in out if x in hand]
    rest = [x for x in out if x not in hand]
    R.shuffle(rest)
    out = keep_hand + rest[:max(0, N_PRESERVE - len(keep_hand))]
    return out, dropped_dup, dropped_forbid


# -------------------------------------------------------------- records ---

PH_RE = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([sgl]))?\}")


def parse_opts(o):
    spec = {"A": {}, "B": {}, "C": {}}
    flags = set()
    for part in filter(None, o.split(",")):
        if "=" in part:
            k, v = part.split("=")
            spec[k]["g"] = v[0]
            if len(v) > 1:
                spec[k]["a"] = v[1]
        else:
            flags.add(part)
    return spec, flags


def sender_for(group, flags):
    if "S" in flags:
        return R.choice(["1069" + "".join(str(R.randrange(10)) for _ in range(R.randint(8, 11))),
                         "95" + str(R.randint(100, 599)), mobile()])
    if group in ("chat", "verb", "subj", "conj", "kin", "trad") or R.random() < 0.7:
        return None if R.random() < 0.8 else mobile()
    return R.choice([None, mobile(), "1069" + "".join(str(R.randrange(10)) for _ in range(9))])


def spans_of(text, values):
    sp = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            sp.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return sp


def occurs_uncovered(text, name, spans):
    low = text.lower() if name.isascii() is False else text.lower()
    nm = name.lower()
    i = low.find(nm)
    while i >= 0:
        if not any(a <= i and i + len(nm) <= b for a, b in spans):
            return True
        i = low.find(nm, i + 1)
    return False


def render(tmpl, opts, trad):
    spec, flags = parse_opts(opts)
    slots = sorted(set(m.group(1) for m in PH_RE.finditer(tmpl) if m.group(1) in "ABC"))
    names = {}
    for s in slots:
        uses = {m.group(2) for m in PH_RE.finditer(tmpl) if m.group(1) == s}
        need_han = bool(uses & {"s", "g", "l"})
        need_giv2 = bool(uses & {"g", "l"})
        names[s] = draw_name(spec[s], trad, "W" in flags, need_han, need_giv2)
    vals = []

    def sub(m):
        key, attr = m.group(1), m.group(2)
        if key in names:
            n = names[key]
            if attr == "s":
                return n["sur"]
            if attr == "g":
                return n["giv"]
            if attr == "l":
                return n["giv"][-1]
            vals.append(("name", n["name"]))
            return n["name"]
        if key == "SUR":
            return R.choices(SURNAMES[:60], SUR_W[:60])[0]
        if key in FILL:
            return pick(FILL[key])
        kind, fn = GEN[key]
        v = fn()
        vals.append((kind, v))
        return v

    text = PH_RE.sub(sub, tmpl)
    return text, names, vals, flags


def main():
    others_txt = set()
    others_pres = set()
    for f in sorted(glob.glob(os.path.join(HERE, "scrub_*.jsonl"))):
        if os.path.abspath(f) == OUT_JSONL:
            continue
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.strip()
                if ln:
                    others_txt.add(re.sub(r"\s+", "", json.loads(ln)["text"]))
    for f in sorted(glob.glob(os.path.join(HERE, "scrub_*preserve.txt"))):
        if os.path.abspath(f) == OUT_PRESERVE:
            continue
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                k = re.sub(r"\s+", "", ln)
                if k:
                    others_pres.add(k)

    preserve, pdup, pforbid = build_preserve(others_pres | others_txt)
    pres_blob = "\n".join(preserve)
    pres_blob_ns = re.sub(r"\s+", "", pres_blob).lower()

    # everything literal the records can contain besides names
    lit = [re.sub(PH_RE, "\x00", x[1]) for x in T]
    for v in FILL.values():
        lit += v
    forbid_blob = "\n".join(lit) + "\n" + "\n".join(
        ROADS + ESTATES + TOWNS + VILLAGES + [p for t3 in PLACES + COUNTIES for p in t3])

    def name_ok(n):
        nm = n["name"]
        k = re.sub(r"\s+", "", nm).lower()
        if k in pres_blob_ns or nm in forbid_blob:
            return False
        if n["kind"] == "han2" and nm in NOT_2CHAR:
            return False
        return True

    global WORD_POOL
    WORD_POOL = [w for w in WORD_NAMES_MAIN + WORD_NAMES_MORE
                 if w[0] not in pres_blob and w[0] not in forbid_blob]
    word_dropped = len(WORD_NAMES_MAIN) + len(WORD_NAMES_MORE) - len(WORD_POOL)
    assert all(w in [x[0] for x in WORD_POOL] for w, _ in WORD_NAMES_MAIN)

    used_names = []
    used_set = set()
    records = []
    texts_seen = set()
    dup_other = 0
    by_group = {g: [x for x in T if x[0] == g] for g in GROUP_N}
    plan = []
    for g, n in GROUP_N.items():
        ts = list(by_group[g])
        assert len(ts) <= n, (g, len(ts), n)
        R.shuffle(ts)
        plan += [(g, x, True) for x in ts] + [(g, pick(by_group[g]), False) for _ in range(n - len(ts))]
    # every template once first, then the extra draws; the records are shuffled at the end
    plan.sort(key=lambda x: not x[2])
    tmpl_use = Counter()
    all_texts_blob = ""
    for g, (grp, tmpl, opts), first in plan:
        for attempt in range(2000):
            if attempt and attempt % 40 == 0 and not first:
                grp, tmpl, opts = pick(by_group[g])
            text, names, vals, flags = render(tmpl, opts, grp == "trad")
            # a slot used only as 小{A.s}/{A.s}阿姨 is no full name and is not counted
            nlist = [n for n in names.values() if n["name"] in {v for k2, v in vals if k2 == "name"}]
            nn = [n["name"] for n in nlist]
            if len(set(nn)) != len(nn):
                continue
            if any(not name_ok(n) or n["name"] in used_set for n in nlist):
                continue
            # a new name must not be part of an older name or text, nor contain an older name
            if any(x.lower() in all_texts_blob.lower() for x in nn):
                continue
            if any(u.lower() in x.lower() or x.lower() in u.lower() for x in nn for u in used_set):
                continue
            # order and de-duplicate values
            seen_v = []
            for k, v in vals:
                if (k, v) not in seen_v:
                    seen_v.append((k, v))
            if len({v for _, v in seen_v}) != len(seen_v):
                continue
            seen_v.sort(key=lambda kv: text.find(kv[1]))
            spans = spans_of(text, [v for _, v in seen_v])
            # no generated name (this record's or any earlier one's) left unlabelled
            if any(occurs_uncovered(text, u, spans) for u in list(used_set) + nn):
                continue
            k = re.sub(r"\s+", "", text)
            if k in texts_seen:
                continue
            if k in others_txt:
                dup_other += 1
                continue
            if any(re.sub(r"\s+", "", v).lower() in pres_blob_ns for _, v in seen_v):
                continue
            break
        else:
            raise SystemExit(f"could not render {tmpl!r}")
        texts_seen.add(k)
        all_texts_blob += "\n" + text
        for n in nlist:
            used_set.add(n["name"])
            used_names.append(n)
        tmpl_use[(grp, tmpl)] += 1
        records.append({"group": grp, "text": text, "sender": sender_for(grp, flags),
                        "pii": [{"kind": k2, "value": v} for k2, v in seen_v],
                        "_names": nlist})

    # ---------------------------------------------------------- checks ---
    all_vals = set()
    for r in records:
        last = -1
        for p in r["pii"]:
            i = r["text"].find(p["value"])
            assert i >= 0, p
            assert i >= last, r
            last = i
            all_vals.add(p["value"])
        assert len({p["value"] for p in r["pii"]}) == len(r["pii"])
        labelled = {p["value"] for p in r["pii"] if p["kind"] == "name"}
        for n in r["_names"]:
            assert n["name"] in labelled, (n, r["text"], r["pii"])
        sp = spans_of(r["text"], [p["value"] for p in r["pii"]])
        for u in used_set:
            assert not occurs_uncovered(r["text"], u, sp), (u, r["text"])
    assert len(used_names) == len(used_set), "a name drawn twice"
    assert len({re.sub(r"\s+", "", r["text"]) for r in records}) == len(records)
    pres_keys = [re.sub(r"\s+", "", x).lower() for x in preserve]
    assert len(set(pres_keys)) == len(preserve)
    for v in all_vals | used_set:
        kv = re.sub(r"\s+", "", v).lower()
        assert not any(kv in pk for pk in pres_keys), v
    for (grp, tmpl, _) in T:
        assert tmpl_use[(grp, tmpl)] >= 1, tmpl

    R.shuffle(records)
    # ----------------------------------------------------------- write ---
    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            fh.write(json.dumps({"id": f"t4-{i:04d}", "text": r["text"], "sender": r["sender"],
                                 "pii": r["pii"]}, ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as fh:
        fh.write("\n".join(preserve) + "\n")

    # ----------------------------------------------------------- stats ---
    print("records", len(records), "| dropped as duplicates of other corpora:", dup_other)
    print("preserve lines", len(preserve), "| dropped as duplicates of other corpora:", pdup,
          "| dropped for a word-name:", pforbid)
    print("word-name candidates dropped (in preserve/template text):", word_dropped)
    print("templates", len(T))
    gt = Counter(x[0] for x in T)
    gr = Counter(r["group"] for r in records)
    for g in GROUP_N:
        print(f"group {g}: templates {gt[g]}, records {gr[g]}")
    kinds = Counter(p["kind"] for r in records for p in r["pii"])
    print("pii by kind", dict(kinds.most_common()))
    print("records without pii", sum(1 for r in records if not r["pii"]))
    print("records with a name", sum(1 for r in records if r["_names"]),
          "| with 2+ names", sum(1 for r in records if len(r["_names"]) >= 2))
    print("names", len(used_names), "distinct", len(used_set))
    print("name kinds", dict(Counter(n["kind"] for n in used_names).most_common()))
    print("name lengths (non-Latin)", dict(sorted(Counter(len(n["name"]) for n in used_names
                                                         if not n["name"].isascii()).items())))
    print("trad records", gr["trad"] + sum(1 for r in records if r["group"] in ("pii", "none")
                                           and re.search(r"[還說話麼這個們]", r["text"])))
    print("sender null", sum(1 for r in records if r["sender"] is None))
    ph = Counter()
    for r in records:
        for p in r["pii"]:
            if p["kind"] == "phone":
                v = p["value"]
                ph["fullwidth" if re.search("[０-９]", v) else "chinese digits" if re.search("[零一二三四五六七八九]", v)
                   else "+86/86" if re.match(r"\(?\+?86", v) else "landline" if re.match(r"[（(]?0", v)
                   else "spaced/dashed/dotted" if re.search(r"[ .\-]", v) else "plain"] += 1
    print("phone forms", dict(ph.most_common()))


if __name__ == "__main__":
    main()
