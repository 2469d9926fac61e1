#!/usr/bin/env python3
"""Tuning corpus 46 for the personal-data scrubber (blind writer).

Theme: names that are also words, and words that look like names.

Standard library only.  Deterministic (SEED).  Writes
  scrub_tune46.jsonl, scrub_tune46_preserve.txt, groups46.json, log46.json
into TUNE46_OUT_DIR (default: this script's folder).  If TUNE46_DEDUPE_DIR is
set, the corpora there (scrub_*.jsonl, sms_*.jsonl, scrub_*preserve*.txt,
excluding this corpus's own files) are used for dedupe; only counts are printed.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261246
N_PII = 860          # records with personal data
N_NONE = 590         # records without personal data
N_PRESERVE = 3000

OUT_DIR = os.environ.get("TUNE46_OUT_DIR") or os.path.dirname(os.path.abspath(__file__))
DEDUPE_DIR = os.environ.get("TUNE46_DEDUPE_DIR") or ""
OWN_FILES = {"scrub_tune46.jsonl", "scrub_tune46_preserve.txt"}

LOG = {}


def bump(key, n=1):
    LOG[key] = LOG.get(key, 0) + n


# ---------------------------------------------------------------- names
COMMON_SUR = list("王李张刘陈杨赵周吴徐孙胡林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范姚谭廖邹熊陆郝孔崔康毛邱秦史顾侯邵孟龙段雷汤尹黎易武乔贺赖龚")
# surnames that are also ordinary words / word-initial characters
WORD_SUR = list("白黄高方向于和常明安朱金钱万石江文路时水成关包左云")

# two-character given names that are ordinary words; value: ordinary uses
WORD_GIVEN = {
    "浩然": ["浩然正气", "正气浩然", "浩然之气"],
    "星辰": ["星辰大海", "满天星辰", "日月星辰"],
    "宇航": ["宇航员", "宇航服", "宇航局"],
    "欣然": ["欣然接受", "欣然同意", "欣然答应"],
    "建国": ["建国门", "建国以来", "建国路", "建国饭店"],
    "国庆": ["国庆节", "国庆假期", "国庆长假", "国庆期间"],
    "海燕": ["暴风雨中的海燕", "一只海燕", "海燕展翅"],
    "平安": ["平安银行", "平安夜", "平安普惠", "平安无事", "报个平安", "平安到家", "中国平安", "平安保险"],
    "如意": ["称心如意", "如意算盘", "吉祥如意", "万事如意"],
    "文静": ["性格文静", "很文静", "文静的女孩"],
    "天佑": ["天佑中华"],
    "光明": ["光明正大", "光明乳业", "光明区", "前途光明", "光明日报"],
    "胜利": ["胜利在望", "胜利路", "取得胜利", "胜利油田"],
    "幸福": ["幸福生活", "幸福里小区", "幸福感", "幸福的家庭"],
    "朝阳": ["朝阳区", "朝阳医院", "朝阳产业", "朝阳门"],
    "阳光": ["阳光保险", "阳光心态", "阳光明媚", "阳光城"],
    "长江": ["长江大桥", "长江证券", "长江沿线", "长江以南"],
    "新华": ["新华书店", "新华社", "新华路"],
    "建军": ["建军节", "八一建军节"],
    "爱国": ["爱国主义", "爱国卫生运动"],
    "卫国": ["保家卫国"],
    "红梅": ["红梅花", "一树红梅"],
    "玉兰": ["白玉兰", "玉兰花", "玉兰油"],
    "桂花": ["桂花树", "桂花糕", "桂花香"],
    "吉祥": ["吉祥航空", "吉祥物", "吉祥话"],
    "富贵": ["荣华富贵", "富贵竹", "富贵病"],
    "安康": ["安康市", "阖家安康", "岁岁安康"],
    "永康": ["永康市", "永康路"],
    "美丽": ["美丽乡村", "美丽中国", "美丽的谎言"],
    "秀丽": ["风景秀丽", "山川秀丽"],
    "晨曦": ["晨曦微露", "晨曦小区"],
    "春雷": ["一声春雷", "春雷滚滚"],
    "彩霞": ["彩霞满天", "漫天彩霞"],
    "海波": ["海波荡漾"],
    "思源": ["饮水思源"],
    "致远": ["宁静致远", "任重致远"],
}
# full names (surname + one character) that are ordinary words
WORD_FULL = {
    "向东": ["向东走", "一路向东", "向东拐"],
    "方正": ["方正证券", "方正字体", "为人方正"],
    "安宁": ["安宁市", "不得安宁", "一刻也不得安宁"],
    "万里": ["万里长城", "万里晴空", "鹏程万里"],
    "时光": ["时光飞逝", "时光机", "美好时光"],
    "路遥": ["路遥知马力", "路遥远"],
    "江南": ["江南水乡", "江南皮革厂"],
    "金山": ["金山区", "金山办公", "金山银山"],
    "高原": ["高原反应", "青藏高原"],
    "白云": ["白云区", "白云机场", "蓝天白云"],
    "常青": ["常青藤", "四季常青"],
    "石林": ["石林县", "石林风景区"],
    "明月": ["明月几时有", "一轮明月"],
    "江河": ["江河湖海", "江河日下"],
    "常乐": ["知足常乐"],
    "方圆": ["方圆十里", "方圆几公里"],
    "白雪": ["白雪公主", "白雪皑皑"],
    "金星": ["金星路", "金星凌日"],
    "和平": ["和平区", "和平解决", "和平饭店", "世界和平"],
    "文华": ["文华东方酒店"],
}
FULL_SUR = {k: k[0] for k in WORD_FULL}
WORD_SET = set(WORD_GIVEN) | set(WORD_FULL)

PLAIN_GIVEN = ("子涵 思远 晓东 春梅 志强 秀英 桂英 丽娟 雨桐 梓萱 佳琪 俊杰 晓燕 建华 国华 丽华 "
               "海涛 永刚 红霞 春燕 秀兰 凤英 桂兰 玉梅 淑芬 德明 志刚 建平 晓峰 晓丽 晓静 "
               "雅琴 婉婷 梓轩 一诺 诗涵 欣怡 若曦 嘉怡 梦瑶 宇轩 浩宇 俊熙 子墨 雨萱 "
               "思琪 佳豪 明轩 芳芳 丹丹 伟东 卫东 振宇 少华 金凤 立新 德华").split()
ONE_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚斌宇浩凯鹏琳燕红婷颖蕾晶")
BAD_SHORT_FULL = set("安静 明明 文静 白雪 和平 高明 金鑫 江涛 水平 水晶 高超 高强 金刚 朱红 文明 安平 "
                     "和静 万强 常红 金红 路军 水军 成军 白静 高洁 明丽 明静 江洋 石磊 方刚 安娜 时强 关键".split())

RED = "诺诺 朵朵 乐乐 萱萱 果果 贝贝 晶晶 琪琪 悦悦 妞妞 航航 轩轩 涵涵 彤彤".split()
XIAO = "小宝 小敏 小芳 小燕 小杰 小娟 小勇 小斌 小婷 小军 小辉".split()
AX = "阿强 阿珍 阿芳 阿伟 阿杰 阿娟 阿飞 阿亮 阿彬 阿琳 阿萍".split()
GEJIE = "强哥 军哥 涛哥 勇哥 斌哥 亮哥 辉哥 丽姐 芳姐 娟姐 霞姐 红姐 燕姐 萍姐".split()
NICK_FORMS = [("red", RED), ("xiao", XIAO), ("a", AX), ("gejie", GEJIE)]

L_SUR = list("王李张刘陈杨赵周吴孙胡郭马罗梁郑谢韩唐冯白黄高方金钱万石江文常朱")
L_FORMS = ["老{s}", "{s}总", "{s}哥", "{s}姐", "小{s}"]
L_TITLES = ["经理", "律师", "老师", "阿姨", "专员", "主任", "师傅", "叔"]
TITLES = ["经理", "律师", "专员", "老师", "阿姨", "主任", "女士", "先生", "姐", "大姐", "师傅"]

# ---------------------------------------------------------------- fillers
APPS = ("分期乐 安逸花 美团 借呗 花呗 京东金条 京东白条 微粒贷 360借条 招联金融 度小满 拍拍贷 "
        "你我贷 小赢卡贷 宜人贷 平安普惠 有钱花 马上消费金融 中银消费 捷信 豆豆钱 维信卡卡贷 "
        "洋钱罐 还呗 省呗 携程金融 苏宁金融 榕树贷款 桔多多 众安小贷").split()
BANKS = ("平安银行 招商银行 建设银行 工商银行 农业银行 中国银行 交通银行 浦发银行 中信银行 "
         "光大银行 民生银行 兴业银行 广发银行 华夏银行 邮储银行 江苏银行 北京银行 宁波银行").split()
CITIES = ("石家庄 常州 江门 金华 安阳 高邮 和田 万州 文山 明光 方城 向阳区 朱家角 石狮 江阴 "
          "长沙 郑州 合肥 南昌 沈阳 昆明 贵阳 太原 南宁 东莞 佛山 泉州 温州 临沂 潍坊").split()
TIMEW = "昨天 今天早上 上周 前天晚上 上个月 这两天 刚才 下午 中午 去年 月初 周末 半夜".split()
AMTS_CN = "两千 三千 五千 八千 一万 一万五 两万 三万 四千多 六千块 七八千 一万二 五百 八百".split()
DEPTS = "法务部 贷后管理部 客服中心 催收部 风控部 资产保全部 信用卡中心 委外催收 投诉处理中心".split()
RELS = "我老公 我老婆 我弟 我妹 我姐 我哥 我妈 我爸 我前夫 我同事 我室友 我表哥 我表妹 我闺蜜 我发小 我儿子 我女儿".split()

MOBILE_PFX = ("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
              "166 173 175 176 177 178 180 181 182 183 185 186 187 188 189 191 198 199").split()
AREA = ("110105 310104 440106 320102 330106 510104 420106 130102 370102 410105 320402 "
        "350203 430104 500103 610113 210102 220102 340104 360102 450103 520102 530102").split()
CARD_PFX = ["622202", "622848", "621700", "622588", "622262", "621799", "623668", "622700",
            "621483", "622155", "625965", "621226"]
SYL = ("wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo "
       "xiao mei hao ran xing chen yu hang xin yuan jian guo qing hai yan ping an ru yi wen jing "
       "dong tian you ming jin qian wan shi jiang lu shui bai fang xiang").split()


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


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.forms = {}

    def phone(self):
        r = self.r
        num = r.choice(MOBILE_PFX) + "".join(r.choice("0123456789") for _ in range(8))
        f = r.random()
        if f < 0.55:
            return num, "plain"
        if f < 0.72:
            return num[:3] + " " + num[3:7] + " " + num[7:], "spaced"
        if f < 0.84:
            return num[:3] + "-" + num[3:7] + "-" + num[7:], "dashed"
        if f < 0.93:
            return "+86 " + num, "+86"
        return fullwidth(num), "fullwidth"

    def idn(self):
        r = self.r
        y = r.randint(1970, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = r.choice(AREA) + "%04d%02d%02d" % (y, m, d) + "%03d" % r.randint(1, 999)
        full = body + id_check(body)
        f = r.random()
        if f < 0.75:
            return full, "plain"
        if f < 0.9:
            return full[:6] + " " + full[6:14] + " " + full[14:], "spaced"
        return fullwidth(full), "fullwidth"

    def card(self):
        r = self.r
        ln = r.choice([16, 19, 19])
        body = r.choice(CARD_PFX) + "".join(r.choice("0123456789") for _ in range(ln - 7))
        num = luhn_complete(body)
        f = r.random()
        if f < 0.6:
            return num, "plain"
        if f < 0.9:
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "spaced4"
        return fullwidth(num), "fullwidth"

    def wechat(self):
        r = self.r
        if r.random() < 0.35:
            return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "wxid"
        a = r.choice(SYL) + r.choice(SYL)
        tail = r.choice(["", "_", ""]) + str(r.choice([r.randint(1, 99), r.randint(1975, 2005), 520, 666, 888]))
        return a + tail, "pinyin"

    def qq(self):
        r = self.r
        return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.randint(6, 9))), "qq"

    # names ---------------------------------------------------------
    def given(self, word_bias=0.55):
        r = self.r
        if r.random() < word_bias:
            return r.choice(sorted(WORD_GIVEN)), "word_given"
        return r.choice(PLAIN_GIVEN), "plain_given"

    def fullname(self, wordsur=None):
        r = self.r
        if wordsur is None:
            wordsur = r.random() < 0.5
        sur = r.choice(WORD_SUR if wordsur else COMMON_SUR)
        f = r.random()
        tier = "wsur" if wordsur else "csur"
        if f < 0.4:
            g = r.choice(sorted(WORD_GIVEN))
            return sur + g, tier + "+word_given"
        if f < 0.75:
            return sur + r.choice(PLAIN_GIVEN), tier + "+plain_given"
        while True:
            v = sur + r.choice(ONE_GIVEN)
            if v not in BAD_SHORT_FULL and v not in WORD_FULL:
                return v, tier + "+one"

    def nick(self):
        r = self.r
        name, pool = r.choice(NICK_FORMS)
        return r.choice(pool), "nick_" + name

    def lref(self):
        r = self.r
        s = r.choice(L_SUR)
        if r.random() < 0.6:
            return r.choice(L_FORMS).format(s=s)
        return s + r.choice(L_TITLES)

    def amt(self):
        r = self.r
        f = r.random()
        if f < 0.4:
            return str(r.choice([800, 1200, 1500, 2000, 2600, 3000, 3500, 4800, 5000, 6800, 8000, 12000, 15000, 20000, 32000])) + "元"
        if f < 0.6:
            return "%d.%d万" % (r.randint(1, 9), r.randint(1, 9))
        return r.choice(AMTS_CN)

    def day(self):
        return str(self.r.choice([3, 5, 7, 12, 15, 20, 30, 45, 60, 89, 90, 120, 180, 365])) + "天"


# ---------------------------------------------------------------- templates
# Placeholders:  {G1} given alone (word-name or plain), {W1} word-name given alone,
# {N1} full name, {S1} full name with word-character surname, {F1} word full name,
# {K1} nickname, {g1} given part of N1/S1 (labelled), {L1} unlabelled surname form,
# {O1} 老+surname of N1 (unlabelled), {Z1} surname of N1 + 总/哥/姐 (unlabelled),
# {T1} title, {P1} phone, {I1} id, {C1} card, {X1} wechat, {Q1} qq,
# {app} {bank} {amt} {day} {city} {time} {dept} {rel}: fillers (repeats are independent).
PII_T = {}
PII_T["subj_verb"] = [
    "{G1}说下周一定还上，让我别担心",
    "{G1}也被{app}的催收打了电话",
    "{G1}都说了没钱，他们还是天天打",
    "{G1}又借了一笔{app}，我真的管不了了",
    "{G1}还在{city}打工，钱下个月才能还",
    "{G1}去派出所报案了，说催收威胁她",
    "{W1}说他从来没在{app}借过钱",
    "{W1}也是被套路了，借{amt}要还双倍",
    "{W1}都被拉黑了，电话打不通",
    "{W1}又来找我借钱，说是还{app}",
    "{W1}还没回消息，我再问问",
    "{W1}去银行问了，说征信已经花了",
    "{N1}说是我介绍他借的，跟我没关系啊",
    "{N1}也没想到会逾期这么久",
    "{S1}都已经还了{amt}了，还说不够",
    "{S1}又换号码了，催收找不到人就找我",
    "{F1}说这个月工资发了就还",
    "{F1}也在{app}借了，两个人一起还不上",
    "{G1}还说要帮我协商，结果自己也逾期了",
    "{W1}去年就开始借网贷了",
]
PII_T["obj_prep"] = [
    "我叫{G1}，是借款人的妹妹，请不要再打我电话",
    "你跟{G1}说一声，别再把我留成紧急联系人",
    "钱我已经转给{G1}了，你们找她要",
    "我和{G1}一起去的{bank}，柜台说没有这笔贷款",
    "催收员打给{G1}，说要上门",
    "这事千万别告诉{W1}，她会担心的",
    "他们把通讯录里的{W1}也打了",
    "我给{W1}发了截图，她说是诈骗",
    "麻烦你们跟{N1}联系，我不是借款人",
    "{app}的人给{S1}打了十几个电话",
    "我跟{F1}已经离婚了，她的债和我无关",
    "你叫{W1}接电话",
    "我老公叫{W1}，他的账我不清楚",
    "请转告{G1}，{time}之前把钱还上",
    "催收威胁说要去找{W1}的单位",
    "昨晚催收还打给了{K1}的幼儿园老师",
    "别骚扰{K1}了，孩子才五岁",
    "我替{G1}还了{amt}，剩下的让她自己还",
    "能不能别联系{F1}，她刚生完孩子",
    "{app}把电话打到了{N1}那里",
]
PII_T["place_like"] = [
    "{G1}那边已经还了一半，剩下的月底给",
    "{G1}这边我来沟通，你们别再打了",
    "催收的人昨天去了{G1}家，把门都拍烂了",
    "{W1}那边说再宽限几天",
    "{W1}这边没问题，就是{G2}那边还差{amt}",
    "{W1}家里人都被打遍了",
    "{N1}那边已经报警了",
    "{N1}家在{city}，催收说要去老家",
    "你们去{S1}那边核实一下",
    "{S1}这边的账已经结清了",
    "{F1}那边我联系不上了",
    "{F1}家楼下贴了催收的单子",
    "{K1}家那边也接到电话了",
    "我在{G1}这边住几天，躲一躲催收",
    "{W1}那边的钱我下周转过去",
]
PII_T["list"] = [
    "{G1}、{G2}和{G3}都接到了催收电话",
    "通讯录里{G1}，{G2}，还有我妈都被打了",
    "{N1}和{G2}是担保人，{app}找他们要钱",
    "{G1}{G2}都说不认识我，催收还一直打",
    "紧急联系人填的是{W1}和{W2}",
    "{W1}、{N2}、{K1}三个人都被爆了通讯录",
    "我借给{G1}和{N2}一共{amt}",
    "{N1}、{N2}都在{app}有借款",
    "被骚扰的有{W1}，{F1}，还有我同事",
    "{S1}和{S2}是我们小组的，都被催收打过",
    "{W1}跟{W2}都劝我别借了",
    "家里{G1}，{K2}都被吓到了",
]
PII_T["bracket"] = [
    "借款人（{N1}）已逾期{day}，请尽快处理",
    "担保人【{G1}】请配合还款",
    "联系人：{W1}（朋友）",
    "「{K1}」是我女儿的小名，催收居然知道",
    "紧急联系人（{W1}，朋友）已被告知",
    "《关于{N1}借款纠纷的调解书》我已经收到",
    "[{F1}] 你的{app}账单已逾期",
    "收款人(户名：{S1})",
    "我的好友“{W1}”也被加了微信骚扰",
    "投诉对象：{app}催收员（自称{N1}）",
]
PII_T["title"] = [
    "{N1}{T1}说可以减免一部分利息",
    "{W1}阿姨，您儿子欠的钱什么时候还",
    "{N1}律师发来的律师函我收到了",
    "催收专员{N1}威胁我说要起诉",
    "{app}{dept}的{N1}经理答应给我停息挂账",
    "{G1}老师，您学生欠款的事麻烦转达一下",
    "{W1}姐，你那边方便说话吗",
    "{S1}专员又打来了，语气很凶",
    "{F1}经理，能不能分期还",
    "我找了{N1}律师帮我谈协商",
    "{L1}说的话你们也信？{N1}才是借款人",
    "{N1}主任说这事要走法律程序",
    "社区的{W1}阿姨也被打了电话",
    "{N1}，也就是{Z1}，你欠的{amt}到底还不还",
]
PII_T["nick"] = [
    "{K1}的奶粉钱都被扣了",
    "{K1}说妈妈别哭了",
    "{K1}今天问我为什么总有人打电话",
    "{K1}也不知道我欠了钱",
    "催收把{K1}的照片发到群里了",
    "{K1}跟我说催收又去学校了",
    "{K1}那边我先瞒着",
    "{K1}又来借钱了，说是还{app}",
    "我跟{K1}说了好几次别借网贷",
    "{K1}，你借的{app}我不会帮你还",
    "找{K1}去，别找我",
    "{K1}家的事我不想管了",
]
PII_T["backref"] = [
    "{N1}，我们都叫他{O1}，在{app}欠了{amt}",
    "{N1}就是你们说的{Z1}，他人在{city}",
    "我表哥{N1}，平时叫他{O1}，上个月开始逾期",
    "{S1}（大家都喊{Z1}）借了{app}不还",
    "{O1}说{N1}不在家，你们别再来了",
    "{N1}就是{O1}，他的电话我没有",
]
PII_T["repeat"] = [
    "我老公叫{N1}，{g1}说他下个月发工资就还",
    "借款人{N1}是我妹妹，{g1}现在在{city}打工",
    "{N1}是我弟，{g1}也被催收逼得没办法",
    "你们找的{S1}我认识，{g1}已经搬走了",
    "{S1}欠的钱跟我没关系，{g1}自己的事自己处理",
    "{N1}？{g1}早就不在这里上班了",
    "我同学{N1}，{g1}那边说下周能还",
]
PII_T["wordsur"] = [
    "{S1}明天去{bank}还款",
    "方便的话让{S1}回个电话",
    "高兴得太早了，{S1}又逾期了",
    "于是{S1}就去借了{app}",
    "向{S1}催要了几次都没用",
    "和{S1}商量过了，月底还清",
    "常常半夜有人打给{S1}",
    "万一{S1}不还，我是担保人怎么办",
    "金额不对，{S1}只借了{amt}",
    "时间到了{S1}还是没动静",
    "路上碰到{S1}，他说钱马上到",
    "安心等着吧，{S1}说会还的",
    "明明是{S1}借的，为什么打我电话",
    "钱款已经转给{S1}了",
    "石家庄打来的电话说{S1}欠款",
    "江苏的号码一直找{S1}",
    "文件上签字的是{S1}",
    "白天{S1}不接电话，晚上又关机",
]
PII_T["mixed"] = [
    "国庆节那天{W1}说要还钱，结果又没动静",
    "{W1}在平安银行也有一张卡逾期了",
    "建国门那边的律所找过{W1}",
    "{W1}说她的梦想是星辰大海，现在只剩债了",
    "我跟{W1}说了，做人要光明正大",
    "{W1}欣然接受了分期方案",
    "{N1}在朝阳区上班，催收去公司闹了",
    "{N1}的手机在国庆假期被打爆了",
    "{W1}让我报个平安",
    "新华书店门口{W1}被催收堵了",
    "{W1}在长江证券上班，催收打到单位了",
    "{G1}住在幸福里小区，催收天天上门",
    "{K1}吃桂花糕的时候电话又响了",
    "{F1}打算和平解决这件事",
    "{F1}说一路向东就能找到他家，别信",
    "{W1}住在白云区，我们不是一家人",
    "{N1}在阳光保险上班",
    "{W1}说如意算盘打错了，钱根本还不上",
    "建军节那天{N1}还了第一笔",
    "{G1}性格文静，被催收吓得不敢出门",
]
PII_T["voice"] = [
    "喂你好我是{G1}他姐我想问一下{app}那个账",
    "那个{W1}说她不知道这个事你们别打了",
    "嗯对{W1}是我老婆她的钱我来还",
    "就是说{G1}那边也被打了我也没办法",
    "我跟你说{W1}根本就没借过{app}",
    "你们再打给{K1}我就报警了",
    "喂{W1}在吗我是{app}的",
    "哎{N1}的事你别问我我不知道",
    "然后{G1}就说让我先垫上",
    "对对对{F1}就是我前夫",
]
PII_T["sms"] = [
    "【{app}】{N1}您好，您的借款已逾期{day}，请于今日内处理",
    "{N1}你好，我是{app}{dept}的{N2}，请尽快回电",
    "尊敬的{S1}：您在{app}的账单已逾期，请于今日内还款",
    "【{bank}】{S1}先生，您尾号{tail}的信用卡已逾期",
    "{W1}你好，你朋友在{app}的借款已逾期，你是紧急联系人",
    "通知：{N1}，你的案件已转入{dept}",
    "{F1}女士，您好，您的分期已逾期{day}",
    "【{app}】提醒：{G1}，您的还款日为明天",
    "{N1}，本公司于今日将你的案件移交律所",
    "{N1}您好，您名下{app}账单逾期{day}，请向您的联系人{G2}核实",
]
PII_T["data"] = [
    "{G1}的手机{P1}一直被打爆",
    "{N1}身份证{I1}被拿去借了{app}",
    "卡号{C1}是{N1}的，不是我的",
    "{K1}妈妈的微信{X1}，你们别加了",
    "我的号码是{P1}，借款人是{W1}，我只是朋友",
    "{S1}（{P1}）拒不还款",
    "{W1}，电话{P1}，身份证{I1}",
    "转账记录里收款人{N1}，卡号{C1}",
    "催收员{N1}，微信号{X1}",
    "{F1}的QQ是{Q1}，催收在群里发她照片",
    "你打{P1}找{W1}",
    "{N1}{P1}，这是她本人电话",
    "还款账户：{bank} {C1}（户名{S1}）",
    "{W1}让我把钱打到{C1}",
]
PII_T["datanoname"] = [
    "催收用{P1}一直打我，一天几十个",
    "我名下那张卡{C1}莫名其妙被冻结了",
    "加了一个微信{X1}说能帮忙协商，结果是骗子",
    "身份证{I1}被冒用借了{app}",
    "有个{P1}的号码说是{app}法务",
    "QQ号{Q1}一直加我，说要曝光",
    "{P1}这个号码是催收的，大家注意",
    "还款请打到{C1}，户名是公司",
    "冒充{app}客服的微信：{X1}",
    "本人号码{P1}，请不要再打了",
]


# ---------------------------------------------------------------- none templates
def build_none_templates():
    T = []
    # word-names used as words, in positions a name could take
    for name, uses in sorted(WORD_GIVEN.items()):
        for u in uses:
            T.append(("word_given_word", u))
    for name, uses in sorted(WORD_FULL.items()):
        for u in uses:
            T.append(("word_full_word", u))
    frames = [
        "说到{u}，我现在只想把{app}还清",
        "{time}刷到{u}的视频，想起自己还欠{amt}",
        "{u}这几个字，{app}的催收不会懂",
        "提到{u}我就想起逾期的那段日子",
        "{time}又看到{u}，可我还欠着{app}{amt}",
        "{u}也救不了我的征信，还欠{amt}",
        "和{u}没关系，主要是{app}逼得紧",
    ]
    fixed_word = [
        "平安银行又打电话来了，说再不还就上门",
        "平安那边说可以停息挂账，要提交材料",
        "我跟平安普惠协商了{day}才谈下来",
        "国庆节前{app}说要上门走访",
        "国庆假期也不放过，天天打",
        "星辰大海是我的网名，不是真名",
        "浩然正气这种话跟催收说没用",
        "宇航员都没我压力大",
        "欣然接受了{app}的减免方案",
        "建国门那边有个法律援助中心，可以去问问",
        "建国以来就没见过这么催收的",
        "海燕在暴风雨里飞，我在债务里爬",
        "称心如意是不可能了，先把{app}还了",
        "如意算盘打得好，利息比本金还高",
        "我性格文静，被催收骂了也不敢回",
        "天佑中华，也保佑我早日上岸",
        "光明乳业的工作没了，{app}也还不上了",
        "前途光明，道路曲折，先还{amt}",
        "和平区法院发来了传票",
        "胜利路那家{bank}可以办停息",
        "幸福里小区门口又贴了催收单",
        "朝阳区的律所说可以代理",
        "阳光保险的理赔款下来就还",
        "长江证券的账户也被冻结了",
        "新华书店买了本理财书，晚了",
        "八一建军节那天还的最后一期",
        "保家卫国我做不到，保住征信还行",
        "白玉兰开了，我的债还没还完",
        "桂花糕都吃不起了",
        "吉祥航空的机票退了，钱先还{app}",
        "荣华富贵不想了，只想上岸",
        "祝大家阖家安康，早日上岸",
        "永康市的号码天天打我",
        "美丽的谎言，零利息都是骗人的",
        "风景秀丽的地方我也不想去了，只想还钱",
        "饮水思源，帮过我的人我都记着",
        "宁静致远，先把{app}还了再说",
        "一路向东就是{bank}的网点",
        "方正证券的账户里还有点钱",
        "一刻也不得安宁，电话从早打到晚",
        "鹏程万里不敢想，先把{amt}还上",
        "时光飞逝，逾期都{day}了",
        "路遥知马力，日久见人心，欠的钱我会还",
        "江南皮革厂都倒闭了，我也快了",
        "金山银山不如无债一身轻",
        "到了青藏高原手机没信号，催收以为我跑路了",
        "白云机场落地就收到催收短信",
        "四季常青的只有我的债",
        "明月几时有，还款何时休",
        "知足常乐，不借网贷",
        "方圆十里都知道我欠钱了",
        "白雪公主联名卡也逾期了",
        "金星路那个网点关门了",
        "世界和平，别再打我电话了",
        "文华东方酒店的工作辞了",
    ]
    for s in fixed_word:
        T.append(("word_fixed", s))
    # app / firm / place names before 说/也/那边/这边/家
    firm = [
        "{app}说可以延期{day}",
        "{app}也打来了，问我什么时候还",
        "{app}那边说已经上报征信了",
        "{app}这边我已经还清了",
        "{bank}那边说可以分60期",
        "{bank}也开始催了",
        "{bank}家的信用卡额度被降了",
        "法院那边还没有立案",
        "银行这边说要本人去柜台",
        "公司也收到了律师函，老板很生气",
        "娘家那边我还没敢说",
        "婆家都知道了",
        "老家那边也被打了电话",
        "村委会也被打了电话",
        "调解中心那边说下周有结果",
        "派出所这边说这是民事纠纷",
        "{city}那边的号码一直打",
        "{city}也有人被这么催过",
        "金融办那边给了回复",
        "12378那边说会转给银行",
        "律所那边说要先交材料",
    ]
    for s in firm:
        T.append(("firm_place", s))
    # surname-character words as words
    surw = [
        "明天一定还，今天实在没钱",
        "高度重视您的投诉，我们会尽快核实",
        "方便的话回个电话",
        "向您致歉，给您带来不便",
        "请于今日{time}前还款",
        "和解协议已经签了",
        "常州的号码打了{day}",
        "安心工作，债慢慢还",
        "金额不对，我只借了{amt}",
        "钱款已到账，请查收",
        "万元以上的欠款可以申请分期",
        "石家庄打来的，说是{app}的",
        "江苏那边的号码又来了",
        "文件已经寄出去了",
        "路上又被打了三个电话",
        "时间不够了，{time}就要还",
        "水费电费都交不起了",
        "白天上班，晚上被催",
        "黄金都当了，还是不够",
        "于是我又借了{app}",
        "明明已经还了，还说我逾期",
        "朱红色的印章，看着像真的",
        "石头都比催收有人情味",
        "成功申请了停息挂账",
        "关于{app}的投诉已受理",
        "包括利息一共{amt}",
        "左思右想还是先还{app}",
        "云闪付上能看到还款记录",
        "高兴得太早了，{app}又来了",
        "方案已经发到邮箱了",
        "向法院申请了诉前调解",
        "和{bank}协商了{day}",
        "常常半夜打电话",
        "安全起见我把{app}卸载了",
        "万一还不上怎么办",
        "时不时就发个短信吓人",
        "江湖救急，借了{amt}",
        "文明催收不是一句空话",
        "路过{bank}顺便问了一下",
        "金条、白条都逾期了",
    ]
    for s in surw:
        T.append(("surname_word", s))
    # unlabelled surname back-references (convention: not personal data)
    backs = [
        "{L1}说下周给答复",
        "{L1}也被打了",
        "{L1}那边我去说",
        "问了{L1}，他说没借过",
        "{L1}这人挺好的，就是借了太多",
        "跟{L1}商量了，先还{app}",
    ]
    for s in backs:
        T.append(("surname_backref", s))
    return T, frames


# ---------------------------------------------------------------- preserve
def build_preserve_candidates(rng):
    lines = []   # (cls, text)
    word_uses = []
    for name, uses in sorted(WORD_GIVEN.items()):
        word_uses += uses
    for name, uses in sorted(WORD_FULL.items()):
        word_uses += uses
    core_word = [
        "平安银行信用卡中心提醒您按时还款", "平安夜也要记得还款", "报个平安，家里都好",
        "平安普惠客服来电", "中国平安保险理赔", "国庆节期间正常扣款", "国庆假期不影响还款",
        "国庆长假后统一处理", "建国门外大街", "建国路支行", "建国以来最严的监管",
        "星辰大海，脚踏实地", "浩然正气，不欠不赖", "宇航员也要还房贷", "欣然接受分期方案",
        "海燕在暴风雨中飞翔", "称心如意的工作", "平安银行信用卡逾期怎么协商", "平安普惠可以申请延期吗",
        "国庆节后第一个工作日扣款", "建国门地铁站", "浩然正气的律师不多了", "星辰大海等我上岸再说",
        "宇航员的工资也不够还网贷", "欣然接受法院调解", "称心如意的减免方案不存在", "如意算盘打错了",
        "文静的人也会被逼急", "光明区人民法院", "朝阳区金融办", "阳光保险电话回访", "长江以南的号码",
        "新华路派出所", "建军节前后会集中催收", "白玉兰奖", "桂花飘香的季节", "吉祥物", "富贵病",
        "安康码", "永康路支行", "美丽中国", "晨曦微露就来电话", "春雷滚滚", "饮水思源不忘本",
        "方正证券客服", "一刻也不得安宁", "万里晴空", "美好时光都被债务毁了", "江南皮革厂倒闭了",
        "金山区法院", "高原地区网点", "白云区法院诉讼服务中心", "四季常青", "一轮明月", "江河日下",
        "知足常乐吧", "方圆几公里都知道了", "白雪皑皑", "金星凌日", "和平饭店", "文华东方", "吉祥如意，万事顺遂", "如意算盘落空了",
        "性格文静，不爱说话", "天佑中华", "光明正大地协商", "光明乳业股份有限公司",
        "胜利在望，再坚持一下", "胜利油田职工", "幸福生活靠自己", "朝阳区人民法院",
        "朝阳医院门诊", "阳光保险客服", "阳光心态面对债务", "长江证券营业部", "长江大桥",
        "新华书店", "新华社报道", "八一建军节", "爱国卫生运动", "保家卫国", "红梅花儿开",
        "白玉兰广场", "玉兰油专柜", "桂花糕", "吉祥航空客服", "荣华富贵都是浮云", "富贵竹",
        "阖家安康", "安康市中级人民法院", "永康市人民法院", "美丽乡村建设", "风景秀丽",
        "晨曦小区物业", "一声春雷", "彩霞满天", "饮水思源", "宁静致远", "一路向东",
        "方正证券", "不得安宁", "万里长城", "时光飞逝", "路遥知马力", "江南水乡", "金山区人民法院",
        "金山办公软件", "高原反应", "白云区人民法院", "白云机场", "常青藤学校", "石林风景区",
        "明月几时有", "江河湖海", "知足常乐", "方圆十里", "白雪公主", "金星路支行", "和平区人民法院",
        "和平解决纠纷", "世界和平", "文华东方酒店", "一只海燕", "漫天彩霞", "海波荡漾",
    ]
    for s in core_word:
        lines.append(("word_core", s))
    core_sur = [
        "明天是最后还款日", "高度重视您的诉求", "方便的时候回个电话", "向您致以诚挚的歉意",
        "于今日下午五点前还款", "和解协议已生效", "常州市中级人民法院", "安心还款，无需担心",
        "金额以账单为准", "钱款已退回原账户", "万元以上需本人办理", "石家庄市裕华区人民法院",
        "江苏省消费者权益保护委员会", "文件已发送至您的邮箱", "路上注意安全", "时间紧迫，请尽快处理",
        "水电费代扣失败", "白天请保持电话畅通", "黄金回收价格", "朱红色公章", "石材厂工资",
        "江门市司法局", "文明催收倡议", "路费由我方承担", "时限已过", "水滴筹", "白条账单已出",
        "黄页号码标记为催收", "高额利息不受保护", "方案已确认", "向法院申请强制执行", "于是决定起诉",
        "和您确认一下还款计划", "常规流程需要三到五个工作日", "明细请在APP内查看", "安全中心提醒",
        "金融消费者权益保护", "钱包余额不足", "万一逾期会影响征信", "石狮市人民法院", "江阴农商银行",
        "文书已送达", "路线已规划", "时效中断", "水利局公积金", "成功还款", "关于逾期的说明",
        "包含本金和利息", "左边是本金右边是利息", "云闪付还款", "高兴地告诉您减免已通过",
        "方便面都吃不起了", "向前看，别回头", "于事无补", "和和气气地谈", "常年在外打工",
        "明确告知还款义务", "安排专人跟进", "金钱不是万能的", "钱货两清", "万事开头难",
        "石沉大海，没有回音", "江湖救急", "文字记录请保存好", "路漫漫其修远兮", "时不我待",
        "水落石出", "白纸黑字", "黄牛党", "高抬贵手", "方寸大乱", "向银行申请个性化分期",
    ]
    for s in core_sur:
        lines.append(("surname_word_core", s))
    core_debt = [
        "您的账单已逾期，请尽快还款", "请勿相信非官方渠道的还款账户", "如有疑问请致电官方客服",
        "逾期记录将上报征信系统", "可申请停息挂账", "暴力催收可向银保监投诉", "请保留通话录音",
        "本短信由系统自动发送", "回T退订", "您的案件已进入诉前调解", "请于三日内联系处理",
        "我已经向12378投诉了", "打12315也没用", "协商还款需要提交困难证明", "利息超过24%的部分不受保护",
        "通讯录被爆了怎么办", "催收打到单位了", "网贷逾期会不会坐牢", "减免罚息申请已提交",
        "个性化分期最长60期", "最低还款额已还", "征信报告可以在人行官网查", "第三方催收公司来电",
        "律师函是不是真的", "上门催收要录像", "不要开启屏幕共享", "国家反诈中心提醒",
        "官方客服热线95511", "客服热线95555", "请拨打95588", "12368诉讼服务热线",
        "还款日当天扣款失败", "请确保绑定银行卡余额充足", "逾期罚息按日计算", "已为您登记协商意向",
        "请勿转账到个人账户", "如已还款请忽略本短信", "您的投诉已转交相关部门", "我们将在五个工作日内回复",
        "提前结清可免除剩余利息", "催收不得在晚上十点后来电", "家人不知道我借了网贷", "工资卡被扣了",
        "先还本金再谈利息", "减免方案需要本人确认", "通话已录音", "逾期第三天开始打通讯录",
    ]
    for s in core_debt:
        lines.append(("debt_core", s))
    ents = []
    for a in APPS:
        ents.append(a)
        for suf in ["客服", "催收", "借款", "逾期", "还款提醒", "APP"]:
            ents.append(a + suf)
    for b in BANKS:
        for d in DEPTS:
            ents.append(b + d)
    cities2 = ["石家庄市", "常州市", "江门市", "金华市", "安阳市", "高邮市", "和田市", "万州区",
               "文山州", "明光市", "方城县", "石狮市", "江阴市", "永康市", "安康市", "朝阳区",
               "和平区", "白云区", "金山区", "向阳区", "光明区", "长沙市", "郑州市", "合肥市", "东莞市"]
    for c in cities2:
        for org in ["人民法院", "中级人民法院", "公安局", "司法局", "金融办", "信访局", "人民检察院", "市场监督管理局"]:
            ents.append(c + org)
    for e in ents:
        lines.append(("entity", e))
    leads = ["", "", "温馨提示：", "【系统通知】", "其实", "说实话，", "对了，", "听说", "我跟你说，",
             "问题是", "反正", "还有，", "客服说", "群里说", "网友说"]
    tws = ["昨天", "上个月", "刚才", "今天", "上周", "前天", "下午", "去年", "国庆节后", "月底", "这两天"]
    ends = ["", "", "，你说呢", "，对吧", "。", "！", "，真的", "，谢谢"]
    PLACE_SUF = ("法院", "门诊", "支行", "营业部", "中心", "委员会", "书店", "大桥", "广场", "专柜", "酒店",
                 "饭店", "风景区", "派出所", "金融办", "司法局", "地铁站", "物业", "网点", "大街", "医院")
    for cls, s in list(lines):
        if cls == "entity":
            continue
        if s.endswith(PLACE_SUF):
            for _ in range(8):
                f = rng.random()
                if f < 0.3:
                    t = "【" + rng.choice(APPS + BANKS) + "】" + s
                elif f < 0.55:
                    t = rng.choice(["去了一趟", "我去过", "地址在", "就在", "昨天去了"]) + s
                elif f < 0.8:
                    t = s + rng.choice(["附近", "门口", "旁边", "那边", "那里"])
                else:
                    t = rng.choice(tws) + "去了" + s
                lines.append((cls + "_wrapped", t))
            continue
        for _ in range(14):
            f = rng.random()
            if f < 0.35:
                t = rng.choice(leads) + s + rng.choice(ends)
            elif f < 0.6:
                t = rng.choice(tws) + s + rng.choice(ends)
            elif f < 0.8:
                t = "【" + rng.choice(APPS + BANKS) + "】" + s
            else:
                t = s.replace("，", "") + rng.choice(["", "啊", "呢", "吧"])
            lines.append((cls + "_wrapped", t))
    for u in word_uses:
        lines.append(("word_use_bare", u))
        for fr in ["说到{u}", "提到{u}就想起还款", "{u}，还是要还钱", "跟{u}有关的事"]:
            lines.append(("word_use_frame", fr.format(u=u)))
    return lines


# ---------------------------------------------------------------- dedupe helpers
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


def load_dedupe():
    texts, lines, values = set(), set(), set()
    nfiles = 0
    if not DEDUPE_DIR:
        return texts, lines, values, nfiles
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if fn in OWN_FILES:
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl") and (fn.startswith("scrub_") or fn.startswith("sms_")):
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                for ln in fh:
                    ln = ln.strip()
                    if not ln:
                        continue
                    try:
                        o = json.loads(ln)
                    except Exception:
                        continue
                    if isinstance(o, dict):
                        t = o.get("text")
                        if isinstance(t, str):
                            texts.add(t)
                        for it in o.get("pii") or []:
                            if isinstance(it, dict) and it.get("kind") == "name" and isinstance(it.get("value"), str):
                                if len(it["value"]) >= 2:
                                    values.add(it["value"])
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                for ln in fh:
                    ln = ln.rstrip("\n")
                    if ln.strip():
                        lines.add(ln)
    return texts, lines, values, nfiles


# ---------------------------------------------------------------- main
PH = re.compile(r"\{([A-Za-z]+)(\d?)\}")


def main():
    rng = random.Random(SEED)
    prng = random.Random(SEED + 1)
    gen = Gen(rng)
    ext_texts, ext_lines, ext_values, nfiles = load_dedupe()
    ext_texts_n = {norm(t) for t in ext_texts}
    ext_lines_n = {norm(t) for t in ext_lines}
    ext_all = ext_texts | ext_lines
    ext_all_n = ext_texts_n | ext_lines_n
    ext_lines_blob = "\n".join(sorted(ext_lines))
    print("dedupe files:", nfiles, "texts:", len(ext_texts), "preserve lines:", len(ext_lines),
          "name values:", len(ext_values))

    # ---------------- preserve
    cands = build_preserve_candidates(prng)
    pres, pres_cls, seen_n = [], {}, set()
    for cls, t in cands:
        t = t.strip()
        if not t:
            continue
        n = norm(t)
        if t in ext_all:
            bump("preserve_drop_exact")
            continue
        if n in ext_all_n:
            bump("preserve_drop_norm")
            continue
        if n in seen_n:
            bump("preserve_drop_own_dup")
            continue
        bad = False
        for v in ext_values:
            if v in t and v not in WORD_SET:
                bad = True
                break
        if bad:
            bump("preserve_drop_other_name_value")
            continue
        seen_n.add(n)
        pres.append(t)
        pres_cls[t] = cls
    LOG["preserve_candidates"] = len(cands)
    LOG["preserve_after_filters"] = len(pres)
    prng.shuffle(pres)
    if len(pres) > N_PRESERVE:
        pres = pres[:N_PRESERVE]
    LOG["preserve_lines"] = len(pres)
    pres_blob = "\n".join(pres)

    # ---------------- records
    none_T, frames = build_none_templates()
    records = []          # dicts
    groups = {}
    used_full = set()
    used_nonword_values = set()   # non-word name values used so far
    texts_so_far = []             # (text, spans)
    own_texts = set()

    def covered(text, spans, v):
        i = text.find(v)
        while i >= 0:
            ok = any(a <= i and i + len(v) <= b and v in sv for a, b, sv in spans)
            if not ok:
                return False
            i = text.find(v, i + 1)
        return True

    def fill(tpl):
        vals = {}
        spans = []
        pii = []
        out = []
        pos = 0
        last = 0
        forms = []
        pre = {}
        for m in PH.finditer(tpl):
            k2 = m.group(1) + m.group(2)
            if m.group(1) in ("N", "S") and k2 not in pre:
                v0, f0 = gen.fullname(wordsur=True if m.group(1) == "S" else None)
                pre[k2] = (v0, "name", f0)
        for m in PH.finditer(tpl):
            out.append(tpl[last:m.start()])
            pos += len(tpl[last:m.start()])
            last = m.end()
            typ, idx = m.group(1), m.group(2)
            key = typ + idx
            kind = None
            form = None
            if key in vals and typ not in ("app", "bank", "amt", "day", "city", "time", "dept", "rel", "tail"):
                v, kind, form = vals[key]
            else:
                if key in pre:
                    v, kind, form = pre[key]
                elif typ == "G":
                    v, form = gen.given(); kind = "name"
                elif typ == "W":
                    v = rng.choice(sorted(WORD_GIVEN)); form = "word_given"; kind = "name"
                elif typ == "N":
                    v, form = gen.fullname(); kind = "name"
                elif typ == "S":
                    v, form = gen.fullname(wordsur=True); kind = "name"
                elif typ == "F":
                    v = rng.choice(sorted(WORD_FULL)); form = "word_full"; kind = "name"
                elif typ == "K":
                    v, form = gen.nick(); kind = "name"
                elif typ == "g":
                    base = vals.get("N" + idx) or vals.get("S" + idx)
                    v = base[0][1:]; form = "given_repeat"; kind = "name"
                elif typ == "O":
                    base = vals.get("N" + idx) or vals.get("S" + idx) or pre.get("N" + idx) or pre.get("S" + idx)
                    v = "老" + base[0][0]
                elif typ == "Z":
                    base = vals.get("N" + idx) or vals.get("S" + idx) or pre.get("N" + idx) or pre.get("S" + idx)
                    v = base[0][0] + rng.choice(["总", "哥", "姐"])
                elif typ == "L":
                    v = gen.lref()
                elif typ == "T":
                    v = rng.choice(TITLES)
                elif typ == "P":
                    v, form = gen.phone(); kind = "phone"
                elif typ == "I":
                    v, form = gen.idn(); kind = "id_number"
                elif typ == "C":
                    v, form = gen.card(); kind = "bank_card"
                elif typ == "X":
                    v, form = gen.wechat(); kind = "wechat"
                elif typ == "Q":
                    v, form = gen.qq(); kind = "qq"
                elif typ == "app":
                    v = rng.choice(APPS)
                elif typ == "bank":
                    v = rng.choice(BANKS)
                elif typ == "amt":
                    v = gen.amt()
                elif typ == "day":
                    v = gen.day()
                elif typ == "city":
                    v = rng.choice(CITIES)
                elif typ == "time":
                    v = rng.choice(TIMEW)
                elif typ == "dept":
                    v = rng.choice(DEPTS)
                elif typ == "rel":
                    v = rng.choice(RELS)
                elif typ == "tail":
                    v = "%04d" % rng.randint(0, 9999)
                else:
                    raise KeyError(typ)
                vals[key] = (v, kind, form)
            out.append(v)
            if kind:
                spans.append((pos, pos + len(v), v))
                if not any(p["value"] == v for p in pii):
                    pii.append({"kind": kind, "value": v})
                    forms.append(form)
            pos += len(v)
        out.append(tpl[last:])
        return "".join(out), spans, pii, forms

    ext_cache = {}

    def in_ext(v):
        if v not in ext_cache:
            ext_cache[v] = v in ext_lines_blob
        return ext_cache[v]

    def accept(text, spans, pii, forms=(), allow_sub=False):
        n = norm(text)
        if text in ext_all:
            bump("rec_reject_exact"); return False
        if n in ext_all_n:
            bump("rec_reject_norm"); return False
        if text in own_texts:
            bump("rec_reject_own_dup"); return False
        names = [p["value"] for p in pii if p["kind"] == "name"]
        vals = [p["value"] for p in pii]
        if len(set(names)) != len(names):
            return False
        # distinct names must not contain one another unless given_repeat
        for a in names:
            for b in names:
                if a != b and a in b and not (allow_sub and b[1:] == a):
                    bump("rec_reject_nested_names"); return False
        fullnames = [p["value"] for p, f in zip(pii, forms) if f and "+" in f]
        for v in vals:
            if not covered(text, spans, v):
                bump("rec_reject_span"); return False
        for v in names:
            if v in WORD_SET:
                continue
            if v in fullnames and v in used_full:
                bump("rec_reject_full_reused"); return False
            if in_ext(v):
                bump("rec_reject_in_other_preserve"); return False
            if v in pres_blob:
                bump("rec_reject_in_own_preserve"); return False
        for v in vals:
            if v not in WORD_SET and v in pres_blob:
                bump("rec_reject_in_own_preserve"); return False
        # earlier non-word names must not stand unlabelled in this text
        for v in used_nonword_values:
            if v in text and not covered(text, spans, v):
                bump("rec_reject_earlier_name_unlabelled"); return False
        # new non-word names must not stand unlabelled in earlier texts
        for v in names:
            if v in WORD_SET or v in used_nonword_values:
                continue
            for t2, sp2 in texts_so_far:
                if v in t2 and not covered(t2, sp2, v):
                    bump("rec_reject_name_in_earlier_text"); return False
        return True

    def register(text, spans, pii, forms, fam, tid, sender):
        own_texts.add(text)
        texts_so_far.append((text, spans))
        for p, f in zip(pii, forms):
            if p["kind"] == "name" and p["value"] not in WORD_SET:
                used_nonword_values.add(p["value"])
                if f and "+" in f:
                    used_full.add(p["value"])
        records.append({"text": text, "sender": sender, "pii": pii, "_fam": fam, "_tid": tid, "_forms": forms})

    def sender():
        f = rng.random()
        if f < 0.72:
            return None
        if f < 0.84:
            return rng.choice(MOBILE_PFX) + "".join(rng.choice("0123456789") for _ in range(8))
        if f < 0.94:
            return "1069" + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
        return rng.choice(["95511", "95555", "95588", "95533", "95595", "95568", "95577"])

    # plan: every PII template at least 3 times, rest weighted
    pii_items = []
    for fam in sorted(PII_T):
        for i, t in enumerate(PII_T[fam]):
            pii_items.append((fam, i, t))
    plan = []
    for it in pii_items:
        plan += [it] * 3
    while len(plan) < N_PII:
        plan.append(rng.choice(pii_items))
    rng.shuffle(plan)
    none_items = list(enumerate(none_T))
    nplan = []
    for it in none_items:
        nplan.append(it)
    reusable = [it for it in none_items if "{" in it[1][1] or it[1][0] in ("word_given_word", "word_full_word")]
    while len(nplan) < N_NONE:
        nplan.append(rng.choice(reusable))
    rng.shuffle(nplan)

    # interleave
    jobs = [("pii", x) for x in plan] + [("none", x) for x in nplan]
    rng.shuffle(jobs)
    failed = 0
    for kind, job in jobs:
        done = False
        for attempt in range(240):
            if attempt and attempt % 60 == 0:
                # this template keeps colliding: fall back to another one
                bump("fallback_" + kind)
                job = rng.choice(pii_items) if kind == "pii" else rng.choice(reusable)
            if kind == "pii":
                fam, tid, tpl = job
                text, spans, pii, forms = fill(tpl)
                if not pii:
                    continue
                if accept(text, spans, pii, forms, "{g" in tpl):
                    # order by first appearance
                    pii.sort(key=lambda p: text.find(p["value"]))
                    order = {p["value"]: f for p, f in zip(pii, forms)}
                    register(text, spans, pii, [order[p["value"]] for p in pii], fam, "%s-%02d" % (fam, tid), sender())
                    done = True
                    break
            else:
                tid, (fam, base) = job
                if fam in ("word_given_word", "word_full_word"):
                    tpl = rng.choice(frames).replace("{u}", base)
                else:
                    tpl = base
                text, spans, pii, forms = fill(tpl)
                if accept(text, [], []):
                    register(text, [], [], [], "none_" + fam, "none-%03d" % tid, sender())
                    done = True
                    break
        if not done:
            failed += 1
            bump("job_failed_" + kind)
            tidf = ("%s-%02d" % (job[0], job[1])) if kind == "pii" else ("none-%03d" % job[0])
            LOG.setdefault("failed_templates", {})
            LOG["failed_templates"][tidf] = LOG["failed_templates"].get(tidf, 0) + 1
    LOG["jobs_failed"] = failed

    # record texts must not equal a preserve line
    pres_set = set(pres)
    pres = [p for p in pres if p not in {r["text"] for r in records}]
    LOG["preserve_lines"] = len(pres)

    # ---------------- write
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune46.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            rid = "t46-%04d" % i
            fh.write(json.dumps({"id": rid, "text": r["text"], "sender": r["sender"], "pii": r["pii"]},
                                ensure_ascii=False) + "\n")
            groups[rid] = {"family": r["_fam"], "template": r["_tid"], "forms": r["_forms"]}
    with open(os.path.join(OUT_DIR, "scrub_tune46_preserve.txt"), "w", encoding="utf-8") as fh:
        for p in pres:
            fh.write(p + "\n")
    with open(os.path.join(OUT_DIR, "groups46.json"), "w", encoding="utf-8") as fh:
        json.dump(groups, fh, ensure_ascii=False, indent=0, sort_keys=True)
    pc = {}
    for p in pres:
        c = pres_cls[p].replace("_wrapped", "")
        pc[c] = pc.get(c, 0) + 1
    LOG["preserve_by_class"] = dict(sorted(pc.items()))
    LOG["records"] = len(records)
    LOG["records_none"] = sum(1 for r in records if not r["pii"])
    with open(os.path.join(OUT_DIR, "log46.json"), "w", encoding="utf-8") as fh:
        json.dump(LOG, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(LOG, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
