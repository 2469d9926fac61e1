#!/usr/bin/env python3
"""Tuning corpus 45 for the personal-data scrubber: modern names where nothing
points at them.  Standard library only.  Deterministic (SEED below).

Env: TUNE45_OUT_DIR (default: this script's folder),
     TUNE45_DEDUPE_DIR (default: none -> no dedupe).
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261245
N_RECORDS = 1000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE45_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE45_DEDUPE_DIR", "")

# ---------------------------------------------------------------- name tables
# hanzi|pinyin|traditional
SUR_COMMON = """王|wang|王 李|li|李 张|zhang|張 刘|liu|劉 陈|chen|陳 杨|yang|楊 黄|huang|黃 赵|zhao|趙
吴|wu|吳 周|zhou|周 徐|xu|徐 孙|sun|孫 马|ma|馬 朱|zhu|朱 胡|hu|胡 郭|guo|郭 何|he|何 林|lin|林
罗|luo|羅 郑|zheng|鄭 梁|liang|梁 谢|xie|謝 宋|song|宋 唐|tang|唐 许|xu|許 韩|han|韓 冯|feng|馮
邓|deng|鄧 曹|cao|曹 彭|peng|彭 曾|zeng|曾 肖|xiao|肖 田|tian|田 董|dong|董 潘|pan|潘 袁|yuan|袁
蔡|cai|蔡 蒋|jiang|蔣 余|yu|余 杜|du|杜 叶|ye|葉 程|cheng|程 魏|wei|魏 苏|su|蘇 吕|lyu|呂 丁|ding|丁
沈|shen|沈 任|ren|任 姚|yao|姚 卢|lu|盧 姜|jiang|姜 崔|cui|崔 钟|zhong|鍾 谭|tan|譚 陆|lu|陸 汪|wang|汪
范|fan|范 廖|liao|廖 贾|jia|賈 夏|xia|夏 韦|wei|韋 付|fu|付 邹|zou|鄒 熊|xiong|熊 白|bai|白 孟|meng|孟
秦|qin|秦 邱|qiu|邱 侯|hou|侯 尹|yin|尹 薛|xue|薛 闫|yan|閆 段|duan|段 雷|lei|雷 黎|li|黎 史|shi|史
龙|long|龍 陶|tao|陶 贺|he|賀 顾|gu|顧 毛|mao|毛 郝|hao|郝 龚|gong|龔 邵|shao|邵 邢|xing|邢 严|yan|嚴"""
SUR_FUNC = """于|yu|於 安|an|安 高|gao|高 石|shi|石 金|jin|金 万|wan|萬 常|chang|常 向|xiang|向 和|he|和
都|du|都 时|shi|時 成|cheng|成 易|yi|易 从|cong|從 连|lian|連 甘|gan|甘 师|shi|師 关|guan|關
应|ying|應 双|shuang|雙 钱|qian|錢 文|wen|文 方|fang|方 路|lu|路 江|jiang|江 明|ming|明"""
SUR_COMPOUND = """欧阳|ouyang|歐陽 上官|shangguan|上官 司马|sima|司馬 诸葛|zhuge|諸葛 慕容|murong|慕容
皇甫|huangfu|皇甫 令狐|linghu|令狐 东方|dongfang|東方 南宫|nangong|南宮 尉迟|yuchi|尉遲
公孙|gongsun|公孫 夏侯|xiahou|夏侯 宇文|yuwen|宇文 端木|duanmu|端木 司徒|situ|司徒
独孤|dugu|獨孤 长孙|zhangsun|長孫 申屠|shentu|申屠 百里|baili|百里 闻人|wenren|聞人"""
SUR_RARE = """禤|xuan|禤 亓|qi|亓 訾|zi|訾 仉|zhang|仉 笪|da|笪 乜|nie|乜 酆|feng|酆 逯|lu|逯
隗|wei|隗 蒯|kuai|蒯 郗|xi|郗 冼|xian|冼 覃|qin|覃 芮|rui|芮 阚|kan|闞 缪|miao|繆 佘|she|佘
眭|sui|眭 厍|she|厙 琚|ju|琚 鄢|yan|鄢 郄|qie|郄 揭|jie|揭 展|zhan|展 敖|ao|敖 冉|ran|冉"""

GIVEN2 = """梓涵|zi han|梓涵 子轩|zi xuan|子軒 浩然|hao ran|浩然 一诺|yi nuo|一諾 欣怡|xin yi|欣怡
沐阳|mu yang|沐陽 思远|si yuan|思遠 雨桐|yu tong|雨桐 宇航|yu hang|宇航 诗涵|shi han|詩涵
俊熙|jun xi|俊熙 梓萱|zi xuan|梓萱 若汐|ruo xi|若汐 佳琪|jia qi|佳琪 嘉怡|jia yi|嘉怡
子墨|zi mo|子墨 语嫣|yu yan|語嫣 安然|an ran|安然 欣然|xin ran|欣然 奕辰|yi chen|奕辰
浩宇|hao yu|浩宇 宇轩|yu xuan|宇軒 梓轩|zi xuan|梓軒 子涵|zi han|子涵 雨涵|yu han|雨涵
可馨|ke xin|可馨 梓睿|zi rui|梓睿 俊杰|jun jie|俊傑 子豪|zi hao|子豪 欣妍|xin yan|欣妍
思彤|si tong|思彤 紫涵|zi han|紫涵 一鸣|yi ming|一鳴 浩轩|hao xuan|浩軒 睿泽|rui ze|睿澤
子睿|zi rui|子睿 皓轩|hao xuan|皓軒 宇泽|yu ze|宇澤 铭泽|ming ze|銘澤 沐宸|mu chen|沐宸
梓晨|zi chen|梓晨 语桐|yu tong|語桐 若曦|ruo xi|若曦 梦瑶|meng yao|夢瑤 雨欣|yu xin|雨欣
佳怡|jia yi|佳怡 诗琪|shi qi|詩琪 艺涵|yi han|藝涵 一涵|yi han|一涵 梓琪|zi qi|梓琪
子萱|zi xuan|子萱 明轩|ming xuan|明軒 锦程|jin cheng|錦程 家豪|jia hao|家豪 嘉懿|jia yi|嘉懿
思琪|si qi|思琪 雅琪|ya qi|雅琪 心怡|xin yi|心怡 雨萱|yu xuan|雨萱 梓宸|zi chen|梓宸
俊宇|jun yu|俊宇 晨曦|chen xi|晨曦 婉清|wan qing|婉清 一凡|yi fan|一凡 书瑶|shu yao|書瑤
思雨|si yu|思雨 语汐|yu xi|語汐 芷若|zhi ruo|芷若 若彤|ruo tong|若彤 星辰|xing chen|星辰
安琪|an qi|安琪 诗雨|shi yu|詩雨 紫萱|zi xuan|紫萱 昊然|hao ran|昊然 博涵|bo han|博涵
欣悦|xin yue|欣悅 悦彤|yue tong|悅彤 沐晴|mu qing|沐晴 宸熙|chen xi|宸熙 依诺|yi nuo|依諾
可欣|ke xin|可欣 思涵|si han|思涵 梓彤|zi tong|梓彤 一航|yi hang|一航 佑安|you an|佑安
子祺|zi qi|子祺 俊豪|jun hao|俊豪 宇晨|yu chen|宇晨 泽宇|ze yu|澤宇 子航|zi hang|子航
天佑|tian you|天佑 博文|bo wen|博文 雨婷|yu ting|雨婷 晓彤|xiao tong|曉彤 梦琪|meng qi|夢琪
佳慧|jia hui|佳慧 鹏飞|peng fei|鵬飛 子健|zi jian|子健 雪莹|xue ying|雪瑩 思佳|si jia|思佳
嘉欣|jia xin|嘉欣 文博|wen bo|文博 婷婷|ting ting|婷婷 晓东|xiao dong|曉東 亦辰|yi chen|亦辰
煜祺|yu qi|煜祺 瑾萱|jin xuan|瑾萱 奕涵|yi han|奕涵 乐瑶|le yao|樂瑤 梓墨|zi mo|梓墨
知夏|zhi xia|知夏 芮溪|rui xi|芮溪 清妍|qing yan|清妍 昕怡|xin yi|昕怡 雅涵|ya han|雅涵
承泽|cheng ze|承澤 辰逸|chen yi|辰逸 语晨|yu chen|語晨 若溪|ruo xi|若溪 沐辰|mu chen|沐辰
诗琳|shi lin|詩琳 雨泽|yu ze|雨澤 思齐|si qi|思齊 一然|yi ran|一然 梓瑜|zi yu|梓瑜"""
GIVEN1 = """然|ran|然 诺|nuo|諾 萌|meng|萌 洋|yang|洋 悦|yue|悅 琪|qi|琪 涵|han|涵 航|hang|航
睿|rui|睿 瑶|yao|瑤 晨|chen|晨 昊|hao|昊 轩|xuan|軒 彤|tong|彤 琳|lin|琳 博|bo|博 哲|zhe|哲
怡|yi|怡 宸|chen|宸 妍|yan|妍 鑫|xin|鑫 磊|lei|磊 婷|ting|婷 倩|qian|倩 璐|lu|璐 帅|shuai|帥
鹏|peng|鵬 颖|ying|穎 欣|xin|欣 蕾|lei|蕾 楠|nan|楠 菲|fei|菲 熙|xi|熙 森|sen|森 淼|miao|淼
浩|hao|浩 宇|yu|宇 杰|jie|傑 冉|ran|冉 阳|yang|陽"""

# names that are also ordinary words; they are names in records and words in
# the preserve list (deliberate overlap, exempt from the overlap check)
WORD_NAMES = ["浩然", "一诺", "思远", "安然", "欣然", "沐阳", "子墨", "宇航", "晨曦",
              "星辰", "一鸣", "俊杰", "天佑", "博文", "安琪", "思齐", "一凡"]

# one-character diminutives: char -> allowed forms
DIM_CHARS = "诺涵悦琪瑶彤琳睿轩宸妍婷倩璐蕾楠菲昊然航"
DIM_FORMS = ["小{c}", "阿{c}", "{c}宝", "{c}仔", "{c}{c}"]
DIM_BAD = {"然然", "小然", "阿然", "然宝", "然仔", "航航"}
GIVEN_AFFIX = ["宝", "宝宝", "姐", "哥", "妹", "姐姐"]


def parse(block):
    return re.findall(r"([^\s|]+)\|([a-z]+(?: [a-z]+)?)\|([^\s|]+)", block)


SC, SF, SCP, SR = parse(SUR_COMMON), parse(SUR_FUNC), parse(SUR_COMPOUND), parse(SUR_RARE)
G2, G1 = parse(GIVEN2), parse(GIVEN1)
DIMC = [g for g in G1 if g[0] in DIM_CHARS]

# ---------------------------------------------------------------- fillers
PLATS = ["花呗", "借呗", "微粒贷", "京东白条", "美团借钱", "分期乐", "360借条", "安逸花", "招联金融",
         "拍拍贷", "有钱花", "度小满", "洋钱罐", "众安小贷", "平安普惠", "小赢卡贷", "宜人贷", "抖音月付",
         "放心借", "你我贷"]
BANKS = ["招商银行", "中国建设银行", "中国工商银行", "中国农业银行", "中国银行", "交通银行", "浦发银行",
         "中信银行", "广发银行", "平安银行", "兴业银行", "民生银行", "光大银行", "邮储银行"]
AMTS_CN = ["两千", "三千", "五千", "八百", "一万", "两万", "一万五", "三万多", "六千", "四千块"]
MONTHS = ["一月份", "三月份", "五月", "七月底", "九月初", "十月", "十二月", "春节前", "国庆前后"]
CITIES = ["郑州", "成都", "长沙", "合肥", "南昌", "贵阳", "昆明", "济南", "西安", "武汉", "南宁", "太原",
          "石家庄", "沈阳", "哈尔滨", "福州", "兰州", "东莞", "佛山", "温州"]
HOTLINES = ["12378", "12363", "12315", "96110", "110", "12345"]

AREA = ["110105", "310104", "440305", "320106", "330106", "510107", "420106", "430104", "370102",
        "410105", "500103", "610113", "350203", "210102", "130102", "340104", "360102", "450103",
        "520102", "530102", "220104", "230103", "140105", "150102", "620102", "640104", "460105",
        "441900", "321322", "411302"]
MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
           "156", "157", "158", "159", "166", "170", "176", "177", "178", "180", "181", "182", "183",
           "185", "186", "187", "188", "189", "191", "195", "198", "199"]
CARD_PRE = ["622202", "621700", "622848", "623058", "622588", "621483", "622262", "621226", "622700",
            "621661", "625965", "622155", "621799", "622575", "623668"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
PROVS = [("河南省", "郑州市", "金水区"), ("四川省", "成都市", "武侯区"), ("湖南省", "长沙市", "岳麓区"),
         ("安徽省", "合肥市", "蜀山区"), ("江苏省", "宿迁市", "沭阳县"), ("广东省", "东莞市", "南城街道"),
         ("山东省", "济南市", "历下区"), ("湖北省", "武汉市", "洪山区"), ("陕西省", "西安市", "雁塔区"),
         ("河北省", "石家庄市", "裕华区")]
ESTATES = ["阳光花园", "翡翠城", "锦绣华庭", "保利香槟国际", "万科城", "碧桂园凤凰城", "绿地新都会",
           "恒大名都", "融创壹号院", "龙湖春江郦城"]
ROADS = ["建设路", "人民路", "解放路", "文化路", "中山路", "滨河路", "长江路", "科技路", "学府路"]
PLATE_PROV = "京沪粤苏浙豫川湘鄂皖鲁冀陕闽赣"


# ---------------------------------------------------------------- helpers
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


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def id_ok(s18):
    return id_check(s18[:17]) == s18[17].upper()


PUNCT_RE = re.compile(r"[，。！？、；：,.!?;:\s“”\"'（）()…—~～]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return re.sub(r"\d+", "0", "".join(out))


# ---------------------------------------------------------------- generators
class Gen:
    def __init__(self, rng):
        self.r = rng

    def mobile(self):
        return self.r.choice(MOB_PRE) + "".join(self.r.choice("0123456789") for _ in range(8))

    def phone(self):
        m = self.mobile()
        x = self.r.random()
        if x < 0.45:
            return m, "plain"
        if x < 0.70:
            return m[:3] + " " + m[3:7] + " " + m[7:], "spaced"
        if x < 0.82:
            return m[:3] + "-" + m[3:7] + "-" + m[7:], "dashed"
        if x < 0.90:
            return "+86 " + m, "+86"
        if x < 0.95:
            return m.translate(FW), "fullwidth"
        area = self.r.choice(["0371", "028", "0731", "0551", "010", "021", "0755", "0531"])
        n = "".join(self.r.choice("0123456789") for _ in range(8 if len(area) == 3 else 7))
        n = str(self.r.randint(2, 8)) + n[1:]
        return area + "-" + n, "landline"

    def idn(self):
        y = self.r.randint(1985, 2015)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        s17 = self.r.choice(AREA) + "%04d%02d%02d" % (y, m, d) + "%03d" % self.r.randint(1, 999)
        s = s17 + id_check(s17)
        x = self.r.random()
        if s.endswith("X") and x < 0.3:
            return s[:-1] + "x", "x"
        if x < 0.62:
            return s, "plain"
        if x < 0.85:
            return s[:6] + " " + s[6:14] + " " + s[14:], "6-8-4"
        if x < 0.93:
            return s[:6] + " " + s[6:10] + " " + s[10:14] + " " + s[14:], "6-4-4-4"
        return s.translate(FW), "fullwidth"

    def card(self):
        ln = self.r.choice([16, 19, 19])
        pre = self.r.choice(CARD_PRE)
        body = pre + "".join(self.r.choice("0123456789") for _ in range(ln - len(pre) - 1))
        c = body + luhn_digit(body)
        x = self.r.random()
        if x < 0.45:
            return c, "plain"
        if x < 0.80:
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "spaced"
        if x < 0.93:
            return "-".join(c[i:i + 4] for i in range(0, len(c), 4)), "dashed"
        return c.translate(FW), "fullwidth"

    def wx(self, py=None):
        x = self.r.random()
        if x < 0.35:
            return "wxid_" + "".join(self.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), "wxid"
        base = py or self.r.choice(["xiaoyu", "momo", "lele", "tiantian", "nuonuo", "doudou", "anan", "yoyo"])
        sep = self.r.choice(["", "_", ""])
        tail = self.r.choice([str(self.r.randint(1985, 2016)), "%02d%02d" % (self.r.randint(1, 12), self.r.randint(1, 28)),
                              str(self.r.randint(10, 999))])
        return base + sep + tail, "pinyin+digits"

    def qq(self):
        n = self.r.randint(7, 10)
        return str(self.r.randint(1, 9)) + "".join(self.r.choice("0123456789") for _ in range(n - 1)), "qq"

    def email(self, py=None):
        x = self.r.random()
        if x < 0.3:
            q, _ = self.qq()
            return q + "@qq.com", "numeric-qq"
        base = py or self.r.choice(["sunny", "lucky", "xiaomi", "cherry", "yoyo"])
        dom = self.r.choice(["163.com", "126.com", "qq.com", "foxmail.com", "outlook.com", "sina.com"])
        tail = self.r.choice(["", str(self.r.randint(1985, 2015)), str(self.r.randint(1, 99)), "_" + str(self.r.randint(100, 999))])
        return base + tail + "@" + dom, "pinyin"

    def acct(self):
        x = self.r.random()
        if x < 0.4:
            return "".join(self.r.choice("0123456789") for _ in range(self.r.randint(8, 10))), "user-id"
        if x < 0.7:
            return "JK" + str(self.r.randint(2021, 2025)) + "".join(self.r.choice("0123456789") for _ in range(10)), "contract"
        return str(self.r.randint(2022, 2025)) + "%02d%02d" % (self.r.randint(1, 12), self.r.randint(1, 28)) + \
            "".join(self.r.choice("0123456789") for _ in range(14)), "order"

    def plate(self):
        p = self.r.choice(PLATE_PROV) + self.r.choice("ABCDEFGHJK")
        if self.r.random() < 0.3:
            tail = self.r.choice("DF") + "".join(self.r.choice("0123456789") for _ in range(5))
            form = "new-energy"
        else:
            tail = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i < 2 else "0123456789") for i in range(5))
            form = "ordinary"
        sep = self.r.choice(["", "", "·", " "])
        return p + sep + tail, form

    def addr(self):
        pv, ct, ds = self.r.choice(PROVS)
        x = self.r.random()
        if x < 0.5:
            return "%s%s%s号楼%d单元%d" % (ct if self.r.random() < 0.5 else "", self.r.choice(ESTATES),
                                      self.r.randint(1, 30), self.r.randint(1, 6), self.r.randint(101, 2803)), "estate"
        if x < 0.8:
            return "%s%s%s%s%d号" % (pv, ct, ds, self.r.choice(ROADS), self.r.randint(1, 300)), "road"
        return "%s%s%s镇%s村%d组" % (pv, ct, ds, self.r.choice(["马庄", "李集", "王楼", "新河"]),
                                  self.r.randint(1, 12)), "village"

    def fill(self, key):
        r = self.r
        if key == "amt":
            return r.choice([str(r.choice([500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 12000, 20000])) + "元",
                             r.choice(AMTS_CN)])
        if key == "plat":
            return r.choice(PLATS)
        if key == "bank":
            return r.choice(BANKS)
        if key == "year":
            return str(r.randint(2019, 2025))
        if key == "month":
            return r.choice(MONTHS)
        if key == "city":
            return r.choice(CITIES)
        if key == "hotline":
            return r.choice(HOTLINES)
        if key == "n":
            return str(r.randint(3, 30))
        raise KeyError(key)


# ---------------------------------------------------------------- templates
# name slots: A B C (mixed forms), G H (given name alone), W (word-name given
# alone), F F2 (function-character surname), T T2 (traditional), TG (trad
# given), P P2 (pinyin full), PG (pinyin given), D (one-char diminutive,
# labelled whole), K (two-char given + affix; given labelled), derived:
# A_g (A's given, labelled), A_x (one char of A's given, unlabelled),
# A_d (diminutive of A, labelled), A_s (A's surname, unlabelled)
# data: phone idn card wx qq email acct plate addr alipay
# fillers: amt plat bank year month city hotline n
T = {}
T["subj"] = [
    "{A}在{year}年借了{plat}，现在还不上了",
    "{A}是我老婆，她借的钱我真不知道",
    "{A}昨天打电话来说要还钱，结果又没动静",
    "{A}欠的钱为什么天天打我电话要",
    "{A}已经三个月没还了，催收一天打我十几次",
    "{A}去年在{plat}借了{amt}",
    "{A}根本没用过这个平台，你们搞错了吧",
    "{A}说下个月发了工资就还",
    "{A}现在在{city}打工，我也联系不上",
    "{A}刚满十八岁就被人拉去办了信用卡",
    "{A}上大学的时候借过校园贷，早就还清了",
    "{A}也收到了一模一样的短信",
    "{A}让我帮着问问能不能停息挂账",
    "{A}跟我离婚两年了，她的债跟我有什么关系",
    "{A}今年才上初二，哪来的网贷",
    "{A}把我的号码填进去了，我都不知道",
]
T["obj"] = [
    "我借给{A}{amt}，到现在都没还",
    "催收找过{A}，还说要上门",
    "他们天天打电话骚扰{A}，说是我欠的",
    "钱我已经转给{A}了，你们去核实",
    "你去问{A}吧，我不管这事",
    "这笔钱是替{A}还的",
    "上周碰到{A}，说还在跟平台协商",
    "别再打扰{A}了，人家在备考",
    "我不认识{A}，你们打错了",
    "催收把我的照片发给了{A}",
    "平台说要起诉{A}，是真的吗",
    "能不能帮帮{A}，她已经快崩溃了",
    "我替{A}垫了{amt}，现在也要不回来",
    "他们连{A}的班主任都打了",
    "我妈让我别管{A}的事",
    "每个月都是我帮{A}还的最低还款",
]
T["list"] = [
    "{A}和{B}都收到了催收短信",
    "{A}跟{B}是同学，一起借的",
    "{A}与{B}的借款我一分都没碰过",
    "{A}、{B}、{C}三个人都被打过电话",
    "我、{A}和{B}都在那个群里",
    "通讯录里{A}、{B}都被发了短信",
    "{A}跟{B}还有{C}都借了{plat}",
    "我爸妈和{A}都不知道这件事",
    "催收打给了{A}和{B}",
    "{A}和{B}昨天一起去派出所了",
    "{A}，{B}，{C}，这几个都是我家里人，别再打了",
    "{A}{B}都说没钱",
    "{A}跟{B}借了{amt}，现在两个人都找不到了",
    "他们把截图发给了{A}、{B}",
]
T["voice"] = [
    "喂你好我是{A}她妈妈昨天{B}跟我说她借了网贷现在人家天天打电话",
    "那个{A}上个月说好了还两千结果又没还我也不知道怎么办了",
    "就是说{A}欠了{plat}的钱然后催收打到我这里来了我根本不认识他们",
    "我跟你说{A}现在联系不上了你们找我也没用",
    "嗯对{A}是我女儿她还在上学哪来的钱借贷",
    "然后{A}就说让我先帮她垫上我哪有那么多钱",
    "我刚才问了{A}她说没有借过这个钱",
    "{A}{B}他们俩都说不知道这件事你们别再打了",
    "喂喂{A}你在吗催收又打电话来了",
    "昨天晚上{A}哭着给我打电话说被爆通讯录了我都懵了",
    "我老公说{A}借了他{amt}一直没还现在人家还来找我们",
    "你们不要再打了{A}已经去世了",
    "那个那个{A}她说下礼拜还你们等一下行不行",
]
T["timew"] = [
    "昨天{A}说她已经还了",
    "上个月{A}借了我{amt}",
    "{year}年{A}在{plat}借过钱",
    "前天晚上{A}给我打了十几个电话",
    "今天早上{A}说被爆通讯录了",
    "去年{A}办了分期，一直在还",
    "刚才{A}发消息说催收上门了",
    "周末{A}来我家借钱，我没借",
    "{month}{A}就开始逾期了",
    "下午{A}说要去派出所报警",
    "那天{A}也在场，可以作证",
    "后来{A}就把电话拉黑了",
    "中午{A}转了{amt}过来",
]
T["given"] = [
    "{G}昨天打电话来，说她也收到了",
    "{G}是我闺女，今年刚上初中",
    "我家{G}才五岁，催收连孩子都骂",
    "{G}跟{H}是双胞胎，两个人都被打过电话",
    "{G}说她没借过，是被人冒用了",
    "我问了{G}，{G}说不知道这回事",
    "{G}最近在找工作，等发了工资就还",
    "催收给{G}的老师打电话了",
    "{G}你别理他们，都是吓唬人的",
    "{G}和{H}都被拉进了一个群",
    "昨天{G}说",
    "就是{G}借的，跟我没关系",
    "我借给{G}{amt}",
    "{W}是我老婆",
    "{W}昨天打电话来",
    "{W}在{year}年借了网贷",
    "催收找过{W}",
    "我跟{W}说过了",
]
T["nick"] = [
    "{K}今天被催收电话吓哭了",
    "{K}说她会处理，让我别管",
    "{K}昨天帮我还了{amt}",
    "我们家{K}才上一年级",
    "{D}这个月又没还",
    "{D}说她手头紧，下个月再说",
    "催收找{D}要钱，{D}根本不知道",
    "{A}，我们家都叫她{A_d}，钱是她借的没错",
    "{A_d}就是{A}，催收找的就是她",
    "昨天{D}哭了一晚上",
    "我跟{D}说了别再借了",
    "{K}和{D}都在群里被骂了",
]
T["repeat"] = [
    "{A}借的钱，凭什么让我还？{A}自己不接电话",
    "{A}说下个月还，结果{A_g}到现在都没动静",
    "我是{A}的朋友，{A_g}现在住院了",
    "{A}？{A_g}早就搬走了",
    "{A_g}就是{A}，你们找她去",
    "{A}跟我说过，{A_g}妈妈也知道",
    "{A}欠了多少？{A}说只有{amt}",
    "问过{A}了，{A_g}说没借",
    "{A}的钱我不管，你们找{A}本人",
    "{A}现在怎么样了？我听{A_g}她同学说被催得很厉害",
]
T["trad"] = [
    "{T}在{year}年借了網貸，現在還不上了",
    "我借給{T}兩萬，到現在都沒還",
    "昨天{T}說她已經還了",
    "{T}和{T2}都收到了催收簡訊",
    "{TG}是我女兒，今年才國中",
    "催收找過{T}，還說要上門",
    "{T}欠的錢為什麼找我要",
    "上個月{T}打電話來哭",
    "{T}、{T2}都被打過電話",
    "請不要再騷擾{T}，她跟這筆債無關",
    "{TG}說她沒借過",
    "我跟{T}說過了，她會處理",
]
T["pinyin"] = [
    "{P}昨天说她已经还了",
    "聊天记录里{P}转了{amt}过来",
    "the collector called {P} again yesterday",
    "{P} borrowed money from {plat} in {year}",
    "{PG} said she would pay next month",
    "{P} and {P2} both got the same SMS",
    "{PG}说不用管他们",
    "截图上写的是{P}，不是我",
    "我跟{PG}说了，她下周还",
    "please stop calling {P}, she is my daughter",
    "{P}借了{amt}",
]
T["funcsur"] = [
    "{F}在{year}年借了网贷",
    "{F}是我老婆",
    "于是{F}就去借了{plat}",
    "我跟{F}说过了",
    "{F}和{F2}都是我同学",
    "昨天{F}说她已经还了一半",
    "{F}高兴得太早了，催收又来了",
    "{F}常常半夜打电话来",
    "{F}万一还不上怎么办",
    "{F}都还清了，你们还打",
    "安全起见我先问问{F}",
    "{F}向平台申请了延期",
    "{F}跟{F2}借了{amt}",
    "催收找过{F}",
    "{F}金额都没核对就签了",
]
T["data"] = [
    "{A}电话{phone}，你们直接找她",
    "{A} {phone} 这是她的号",
    "{A}{idn}，这是她的身份证",
    "{G}的微信是{wx}",
    "{A}支付宝{alipay}",
    "我转给{A}的卡号{card}",
    "{A}的QQ{qq}也被加了",
    "{A}身份证{idn}，手机{phone}",
    "{A}邮箱{email}，合同都发那里了",
    "{A}开的车{plate}，催收说要拖车",
    "{A}住{addr}，催收上门了",
    "{A}在{plat}的账号{acct}",
    "这是{G}的号{phone}，有事找她",
    "昨天{A}用{card}还了{amt}",
    "{A}和{B}，电话{phone}",
    "我借给{A}的钱是转到{card}的",
]
T["mixed"] = [
    "{A}说一诺千金，结果钱到现在都没还",
    "我欣然接受了{A}的道歉",
    "{A}安然无恙，你们别吓唬人",
    "{A}一身浩然正气的样子，背地里借了一堆网贷",
    "{A}小时候的梦想是当宇航员",
    "{A}老家在沭阳县",
    "饮水思源，{A}你好好想想是谁帮的你",
    "识时务者为俊杰，{A}还是早点还吧",
    "{A}说要一鸣惊人，结果欠了{amt}",
    "{A}高兴地说都还清了",
    "于是{A}跟平台和解了",
    "万一{A}不还，我是不是要替她还",
    "{A}常常说安全第一",
]
T["datanoname"] = [
    "这个号{phone}天天打来骚扰，说是{plat}的",
    "催收用的号码是{phone}，{month}开始打的",
    "他们让我把{amt}转到{card}这张卡",
    "我的身份证{idn}被冒用借了{plat}",
    "加我微信{wx}的那个人自称{city}的律师",
    "我的{plat}账号{acct}一直被催",
    "QQ{qq}这个人说能帮我停息挂账，收{amt}手续费",
    "催收说{n}号要到{addr}上门",
    "{email}给我发了{plat}的律师函",
    "车牌{plate}被他们拍了照片发到{plat}群里",
    "{phone}又打来了，一天{n}次",
    "我还{plat}的卡{card}被冻结了",
]
TAILS = ["，她电话{phone}", "，手机{phone}", " {phone}", "，身份证{idn}", "，微信{wx}", "，QQ{qq}",
         "。卡号{card}", "，号码是{phone}", "（{phone}）", "，她的支付宝是{alipay}", "，邮箱{email}",
         "，{plat}账号{acct}"]
TAIL_SETS = {"subj", "obj", "list", "timew", "given", "nick", "repeat", "funcsur", "mixed", "voice"}
T["bare"] = [
    "老{A_s}说他也收到了",
]
del T["bare"]

NONE_TEXTS = [
    "于是我在2023年借了网贷，现在还不上了",
    "安然无恙就好，钱的事慢慢来",
    "安全起见，我把所有借款平台都卸载了",
    "高兴得太早了，催收又打电话来了",
    "万一还不上会不会影响孩子上学",
    "常常半夜收到催收短信，睡不着",
    "向前看吧，先把最贵的那笔还了",
    "和平解决是最好的，我不想闹上法院",
    "都是催收的套路，别信",
    "石头一样压在心上",
    "一诺千金，答应的事一定做到",
    "浩然正气不是嘴上说说的",
    "欣然接受平台的减免方案",
    "宇航员都没我压力大",
    "思远一点，别只看眼前",
    "晨曦小区门口又贴了催收的单子",
    "星辰大海是我的网名，跟借款没关系",
    "饮水思源，别人帮过你要记得",
    "识时务者为俊杰，早点协商吧",
    "天佑中华，平安就好",
    "博文里说可以申请延期还款",
    "安琪酵母的股票跌了",
    "沭阳县人民法院发来的传票是真的吗",
    "昨天高兴了一整天，结果今天又被催",
    "上个月金额又变了，多了三百多",
    "今年万一还不上，就只能找家里了",
    "跟平安银行协商了两次都没成",
    "和解协议已经签了，为什么还打电话",
    "跟高利贷没有任何关系",
    "和金融办反映过了，还没回复",
    "向法院申请了财产保全",
    "于是他们就开始打我通讯录",
    "金额不对，我只借了五千",
    "石家庄的号码打来的，说是法务",
    "时间都过了三年了还能起诉吗",
    "成本太高了，不如一次结清",
    "从来没借过这个平台",
    "连续三天打了二十多个电话",
    "关于延期还款的申请还没批",
    "应该先还信用卡还是先还网贷",
    "方便的时候回个电话",
    "路上收到短信说要上门",
    "钱包里就剩两百块了",
    "明天就是还款日了",
    "师傅说这种短信是假的",
    "甘心被他们这样骂吗",
    "双方协商一致，分二十四期还",
    "一鸣惊人不如脚踏实地",
    "子墨子曰，兼相爱交相利",
    "安然度过了这个月",
    "欣然同意了分期方案",
    "那天高兴得睡不着",
    "上周常常收到陌生号码的短信",
    "去年向朋友借了一万",
    "前天和客服吵了一架",
    "昨天都还清了",
    "平安就好，钱可以慢慢还",
    "金额和期数都对不上",
    "万元以上的借款要走法律程序吗",
    "常用的那张卡被冻了",
    "向日葵花开的时候我就还清了",
    "都市报上登过这种骗局",
    "石油公司发工资是哪天",
    "安排好了，下周一去银行",
    "高铁上接到催收电话，周围人都听见了",
    "金条借了三千，白条欠了两千",
    "和气生财，有话好好说",
    "于今想来，当初真不该借",
    "时候不早了，明天再说",
    "思远路那个网点可以办",
]

# ---------------------------------------------------------------- preserve
# ^ marks a line whose first word stands in subject position (time prefix ok)
P_CORE = {
    "高兴": ["^高兴得一晚上没睡着", "^高兴了一整天，结果又被催了", "他听说能减免，高兴坏了", "高兴归高兴，账还是要还"],
    "高度": ["高度重视您的还款问题", "请高度警惕冒充客服的电话", "^高度怀疑这是诈骗短信"],
    "高利贷": ["高利贷是违法的", "我跟高利贷没有任何关系", "千万别碰高利贷"],
    "高铁": ["^高铁上接到了催收电话", "坐高铁回老家处理"],
    "高中": ["^高中同学借了我五百", "那时候我还在上高中"],
    "高额": ["高额利息不受法律保护", "不要相信高额回报"],
    "金额": ["^金额不对，我只借了五千", "^金额和期数都对不上", "请核对还款金额", "^逾期金额已经翻倍了"],
    "金融": ["^金融办说可以投诉", "我去金融监管局反映过", "跟金融机构协商还款"],
    "金条": ["^金条借了三千，白条欠了两千", "京东金条可以提前还吗"],
    "金卡": ["金卡的年费太贵了", "这张金卡已经注销了"],
    "万一": ["万一还不上怎么办", "万一他们真上门呢", "我就怕万一影响征信", "万一被起诉了要请律师吗"],
    "万元": ["万元以上的逾期会被起诉吗", "^欠了三万元的网贷"],
    "万分": ["万分感谢您的耐心", "我万分后悔当初借了钱"],
    "常常": ["常常半夜收到催收短信", "他们常常冒充法院", "常常一天打十几个电话"],
    "常用": ["^常用的那张卡被冻结了", "^常用联系人被他们打遍了"],
    "常年": ["常年在外地打工", "父母常年在老家"],
    "常州": ["^常州的号码打来的", "我在常州上班"],
    "向前": ["向前看吧，先还最贵的那笔", "只能咬着牙向前走"],
    "向来": ["向来都是按时还款的", "我向来不借网贷"],
    "向日葵": ["^向日葵开花了，债还没还完", "他送了一束向日葵"],
    "向法院": ["^向法院申请了财产保全", "可以向法院提出异议"],
    "向您": ["向您致以诚挚的歉意", "^向您确认一下还款金额"],
    "和平": ["和平解决是最好的", "希望能和平协商", "^和平路那个网点关门了"],
    "和解": ["^和解协议已经签了", "^双方已经达成和解", "能不能和解不起诉"],
    "和气": ["和气生财，有话好好说", "说话和气一点"],
    "和睦": ["一家人和睦最重要", "家里一直很和睦"],
    "都是": ["都是催收的套路，别信", "这些短信都是假的", "^都是我自己借的，我自己还"],
    "都市": ["^都市报上登过这种骗局", "^都市频道报道过暴力催收"],
    "都行": ["分期都行，只要别打我家里人", "都行，你们说个数"],
    "于是": ["^于是他们就开始打我通讯录", "^于是我就借了第二家还第一家", "于是我决定报警"],
    "于今": ["于今想来，当初真不该借"],
    "关于": ["关于延期还款的申请还没批", "关于减免的事我再问问"],
    "石头": ["心里的石头终于落地了", "像块石头一样压在心上", "^石头砸在脚上才知道疼"],
    "石家庄": ["^石家庄的号码打来的", "石家庄那边的律所发的函"],
    "石油": ["石油公司的工资每月十号发", "他在石油系统上班"],
    "安全": ["安全起见，我把借款平台都卸载了", "安全第一，别随便点链接", "账户安全请勿泄露验证码",
             "^安全员上门检查燃气"],
    "安排": ["^安排好了，下周一去银行", "我会安排还款的"],
    "安心": ["安心上班，钱慢慢还", "还清了才能安心睡觉"],
    "安静": ["^安静了两天又开始打", "想安静地过个年"],
    "安装": ["^安装了反诈APP之后少了很多", "别安装陌生的软件"],
    "时间": ["时间都过了三年了还能起诉吗", "给我点时间筹钱"],
    "成功": ["^成功申请了延期", "还款成功了怎么还显示逾期"],
    "成本": ["成本太高了，不如一次结清", "借款的综合成本太高"],
    "从来": ["从来没借过这个平台", "我从来没签过这个合同"],
    "连续": ["^连续三天打了二十多个电话", "已经连续逾期六期"],
    "应该": ["应该先还信用卡还是先还网贷", "这笔钱应该由谁来还"],
    "应急": ["^应急用的钱也被扣了", "借钱是为了应急"],
    "方便": ["方便的时候回个电话", "现在不方便接电话"],
    "方案": ["^方案我看过了，能接受", "银行给了两个分期方案"],
    "路上": ["^路上收到短信说要上门", "我在回家的路上"],
    "钱包": ["^钱包里就剩两百块了", "^钱包被偷了，卡也丢了"],
    "钱款": ["^钱款已经结清了", "请核对钱款往来"],
    "明天": ["明天就是还款日了", "明天一定还"],
    "明白": ["明白了，我先还最低还款", "我不明白为什么多了这么多利息"],
    "师傅": ["^师傅说这种短信是假的", "^修车师傅也被打了电话"],
    "甘心": ["甘心被他们这样骂吗", "我不甘心就这么认了"],
    "双方": ["^双方协商一致，分二十四期还", "^双方签了还款协议"],
    "文件": ["^文件我已经打印好了", "法院的文件是寄到家里的"],
    "江苏": ["^江苏的号码打来的", "我是在江苏上的大学"],
    "周末": ["周末也可以还款", "周末还打电话，太过分了"],
    "马上": ["马上就到还款日了", "我马上转过去"],
    "黄金": ["黄金借款的利息太高", "^把黄金首饰当了还钱"],
    "余额": ["^余额不足，扣款失败", "账户余额只有几十块"],
    "许多": ["许多人都收到过这种短信", "欠了许多家的钱"],
    "曾经": ["曾经也是按时还款的", "我曾经借过两次"],
    "程序": ["程序上要先发律师函", "这不符合法律程序"],
    "严重": ["严重逾期会上征信", "情况没那么严重"],
    "任何": ["任何人都不能暴力催收", "我没签过任何合同"],
    "白条": ["^白条分期已出账", "^京东白条逾期了"],
    "孙子": ["^孙子的学费还没交", "他们骂我装孙子"],
    "叶子": ["叶子黄了，债还没还完", "窗外的叶子都掉光了"],
    "苏州": ["^苏州的律所发的短信", "我在苏州打工"],
    "沈阳": ["^沈阳的号码打来的", "沈阳那边的法院"],
    "顾客": ["顾客投诉的电话打不通", "我是你们的老顾客了"],
    "毛病": ["毛病改不了，又借了", "这个系统有毛病吧"],
    "范围": ["^范围太广了，连我同事都打", "超出了合理的催收范围"],
    "熊猫": ["^熊猫基地门票是花呗付的", "手机壳上有只熊猫"],
    "雷同": ["^雷同的短信我收到了好几条", "格式都雷同，肯定是群发"],
    "黎明": ["黎明前最黑暗，坚持一下", "熬到黎明才睡着"],
    "夏天": ["夏天到了记得按时还款", "去年夏天开始逾期的"],
    "陆续": ["^陆续还了一万多", "其他平台也陆续打来了"],
    "杜绝": ["杜绝暴力催收", "要从根本上杜绝以贷养贷"],
    "跟/和": ["^我跟平安银行协商过两次", "和解协议里写了分期", "跟高利贷没有关系", "^我和金融办打过电话",
              "^我跟安全部门反映了", "^我和常州的朋友借了一点", "^我跟石家庄那边的律所联系过", "^我和万达的物业说好了",
              "^我跟高中同学借了两千", "^我和平台客服吵了一架", "跟金额对不上的那笔有关", "和向日葵一样向着太阳",
              "^我跟成都的法院确认过", "跟安然无恙的人比，我算幸运的",
              "和浩然正气沾不上边", "跟一诺千金的人打交道放心", "和宇航员一样的作息",
              "^我跟金融公司签过合同", "^我和安保公司的人说了", "^我跟高利贷公司的人见过一面",
              "^我和石油公司的同事借过钱", "^我跟万达广场的店长说过", "^我和常去的那家银行协商了"],
    "时间词": ["昨天高兴得一晚上没睡", "上个月金额又变了", "今年万一还不上就麻烦了", "前天常常打来的那个号停机了",
              "去年向亲戚借了一万", "上周和客服协商好了", "今天都还清了", "刚才安全员来检查了",
              "晚上安全到家了", "那天高铁晚点了", "后来金条也逾期了", "中午石头记的外卖到了",
              "昨天于是又去借了一笔", "上个月常州那边的电话没再打", "前天金融办回电话了", "去年石家庄那家律所起诉过"],
    # word-names in ordinary use
    "一诺千金": ["一诺千金，答应的事一定做到", "做人要一诺千金", "他说话一诺千金的"],
    "浩然正气": ["浩然正气不是嘴上说说的", "一身浩然正气", "天地有正气，浩然长存"],
    "安然无恙": ["安然无恙就好，钱的事慢慢来", "孩子安然无恙", "^安然度过了这个月"],
    "欣然": ["^欣然接受了平台的减免方案", "我欣然同意了分期", "他欣然答应帮忙"],
    "沭阳": ["^沭阳县人民法院发来了传票", "我老家在沭阳", "沭阳的花木市场"],
    "沐阳": ["^沐阳那边的号码打来的", "宿迁沐阳县"],
    "子墨": ["子墨子曰，兼相爱交相利", "笔墨纸砚，子墨客卿"],
    "宇航": ["宇航员都没我压力大", "^中国宇航员出舱了", "航天宇航展"],
    "晨曦": ["^晨曦小区门口又贴了单子", "晨曦中醒来又是一堆短信"],
    "星辰": ["星辰大海是我的网名", "满天星辰"],
    "一鸣惊人": ["一鸣惊人不如脚踏实地", "不鸣则已，一鸣惊人"],
    "俊杰": ["识时务者为俊杰，早点协商吧", "青年俊杰评选"],
    "天佑": ["天佑中华，平安就好", "天佑好人"],
    "博文": ["^博文里说可以申请延期", "我看了一篇博文讲征信修复"],
    "饮水思源": ["饮水思源，别人帮过你要记得", "做人要饮水思源"],
    "思远": ["^思远路那个网点可以办", "学而思远，不要只顾眼前", "宁静致远，思远虑深"],
    "安琪": ["^安琪酵母的股票跌了", "安琪儿婚纱店"],
    "见贤思齐": ["见贤思齐，向好的榜样学", "见贤思齐焉"],
    "平凡": ["平凡的日子最踏实", "一凡一圣，各有其路"],
}
ENDS = ["，你说呢", "，对吧", "，真的", "，说实话", "，我也没办法", "，就这样"]
TIMES = ["昨天", "今天", "前天", "上周", "上个月", "去年", "2023年", "2024年", "刚才", "晚上", "那天",
         "后来", "现在", "三月份", "前几天", "中午", "今年"]
LEADS = ["其实", "说实话，", "反正", "对了，", "还有，", "听说"]
WITH_SUBJ = ["我跟", "我和", "他跟", "家里人和", "我们已经跟"]
WITH_OBJ = ["平安银行", "金融办", "高利贷公司", "万达物业", "常州银行", "石家庄的律所", "安逸花客服", "和平派出所",
            "向阳社区", "都市报记者", "于都县法院", "金城银行", "高新区法院", "安保公司", "石油公司的财务",
            "常熟的朋友", "金条客服", "万家乐的售后", "安居客的中介", "高德打车的司机"]
WITH_PRED = ["协商过", "联系过了", "打过电话", "说清楚了", "没有任何关系", "签过协议", "反映过这个情况"]
VOICE_LEADS = ["那个", "就是", "嗯", "然后", "对", "哎"]
PLACE_ROLES = ["人民法院", "人民检察院", "公安局", "市场监督管理局", "信访局", "司法局", "法律援助中心"]
PLACES = ["沭阳县", "沐阳县", "常州市", "石家庄市", "金华市", "安阳市", "高新区", "万州区", "和平区",
          "向阳区", "文山州", "都江堰市", "安庆市", "高邮市", "常德市", "金昌市", "万宁市", "石景山区",
          "安顺市", "连云港市", "应城市", "明光市", "方城县", "甘南州", "从江县", "关岭县", "路桥区",
          "江都区", "高密市", "金寨县", "万载县", "常熟市", "安溪县", "石狮市", "都匀市", "于都县", "安化县",
          "高州市", "金堂县", "万源市", "常山县", "安吉县", "高淳区", "金湾区", "万柏林区", "和县", "向塘镇"]
BARE_WORDS = ["高兴", "金额", "万一", "常常", "向前", "和平", "都是", "于是", "石头", "安全", "高度",
              "金融", "万元", "常用", "向来", "和解", "都市", "石油", "安排", "安心", "高铁", "金条",
              "万分", "常年", "和气", "安静", "时间", "成功", "从来", "连续", "关于", "应该", "方便",
              "钱包", "钱款", "明天", "师傅", "甘心", "双方", "一诺千金", "浩然正气", "安然无恙",
              "欣然接受", "宇航员", "饮水思源", "一鸣惊人", "识时务者为俊杰", "星辰大海", "晨曦",
              "子墨子", "沭阳县", "安琪酵母", "见贤思齐", "天佑", "博文", "欣然同意", "安然度过",
              "思远路", "向日葵", "常州", "石家庄", "金卡", "高利贷", "于今", "万能", "都行",
              "和睦", "时候", "成本", "易拉罐", "从前", "连忙", "关系", "关机", "应急", "文件",
              "方案", "路上", "明白", "甘肃", "双休", "石榴", "安徽", "高考", "金店", "万达广场",
              "常州银行", "向阳花园", "和平路", "都江堰", "时尚", "成都", "易烊千玺同款",
              "高兴地说", "金额有误", "万一逾期", "常常被催", "向前一步", "和平协商", "都是骗子", "于是报警",
              "石头落地", "安全第一", "浩然之气", "一诺千金的人", "安然入睡", "欣然前往", "宇航服",
              "沭阳花木", "子墨文化", "晨曦之光", "星辰之约", "俊杰辈出"]


def build_preserve(rng):
    cands = []  # (class, line)
    for w in sorted(P_CORE):
        for s in P_CORE[w]:
            subj = s.startswith("^")
            s = s.lstrip("^")
            cls = "word-name phrase" if any(x in s for x in WORD_NAMES + ["沭阳", "思源", "思齐", "平凡"]) \
                else "surname-character phrase"
            base = s.rstrip("。")
            cands.append((cls, base))
            nopunct = PUNCT_RE.sub("", base)
            cands.append((cls + " (voice)", rng.choice(VOICE_LEADS) + nopunct))
            for tail in rng.sample(ENDS, 2):
                cands.append((cls, base + tail))
            if subj:
                for lead in rng.sample(LEADS, 4):
                    cands.append((cls, lead + base))
                tws = rng.sample(TIMES, 12)
                for tw in tws[:10]:
                    sep = rng.choice(["", "", "，"])
                    cands.append((cls + " (after time word)", tw + sep + base))
                for tw in tws[10:]:
                    cands.append((cls + " (voice)", tw + nopunct))
                for lead in rng.sample(["我跟你说", "你知道吗", "问题是", "主要是", "说到底"], 2):
                    cands.append((cls, lead + "，" + base))
    combos = [(a, b, c) for a in WITH_SUBJ for b in WITH_OBJ for c in WITH_PRED]
    for a, b, c in rng.sample(combos, 330):
        cands.append(("after 跟/和", a + b + c))
    for w in BARE_WORDS:
        cands.append(("bare word", w))
    for p in PLACES:
        for role in PLACE_ROLES:
            cands.append(("place + authority", p + role))
    return cands


# ---------------------------------------------------------------- names
class Names:
    def __init__(self, rng):
        self.r = rng

    def given(self, two=None):
        if two is None:
            two = self.r.random() < 0.76
        return self.r.choice(G2) if two else self.r.choice(G1)

    def full(self, tier=None, two=None):
        r = self.r
        if tier is None:
            x = r.random()
            tier = "common" if x < 0.60 else "func" if x < 0.80 else "compound" if x < 0.90 else "rare"
        table = {"common": SC, "func": SF, "compound": SCP, "rare": SR}[tier]
        s = r.choice(table)
        if tier == "compound" and two is None:
            two = r.random() < 0.55
        g = self.given(two)
        form = "%s surname + %d" % (tier, len(g[0]))
        return {"value": s[0] + g[0], "sur": s, "given": g, "form": form, "tier": tier}

    def mixed(self):
        x = self.r.random()
        if x < 0.12:
            g = self.given(True)
            return {"value": g[0], "sur": None, "given": g, "form": "given name alone", "tier": "given"}
        if x < 0.15:
            return self.given_only(word=True)
        return self.full()

    def given_only(self, word=False):
        if word:
            core = ["浩然", "一诺", "思远", "安然", "欣然", "沐阳", "子墨", "宇航"]
            pool = core if self.r.random() < 0.7 else WORD_NAMES
            g = self.r.choice([x for x in G2 if x[0] in pool])
        else:
            g = self.given(True)
        return {"value": g[0], "sur": None, "given": g, "form": "given name alone", "tier": "given"}

    def trad(self, given_only=False):
        if given_only:
            g = self.given(True)
            return {"value": g[2], "sur": None, "given": g, "form": "traditional given alone", "tier": "trad"}
        n = self.full(tier=self.r.choice(["common"] * 6 + ["func", "compound", "rare"]))
        n["value"] = n["sur"][2] + n["given"][2]
        n["form"] = "traditional full"
        if n["value"] == n["sur"][0] + n["given"][0]:
            n["form"] = "traditional full (same glyphs)"
        return n

    def pinyin(self, given_only=False):
        r = self.r
        g = self.given(True if given_only else r.random() < 0.8)
        gp = g[1].replace(" ", "")
        if given_only:
            v = r.choice([gp.capitalize(), gp.capitalize(), gp, gp.upper()])
            return {"value": v, "sur": None, "given": g, "form": "pinyin given alone", "tier": "pinyin"}
        s = r.choice(SC + SF + SCP[:6])
        sp = s[1]
        style = r.choice(["Sur Given", "Sur Given", "SUR Given", "Given Sur", "UPPER", "lower", "fused"])
        if style == "Sur Given":
            v = sp.capitalize() + " " + gp.capitalize()
        elif style == "SUR Given":
            v = sp.upper() + " " + gp.capitalize()
        elif style == "Given Sur":
            v = gp.capitalize() + " " + sp.capitalize()
        elif style == "UPPER":
            v = (sp + " " + gp).upper()
        elif style == "lower":
            v = sp + " " + gp
        else:
            v = (sp + gp).capitalize()
        return {"value": v, "sur": s, "given": g, "form": "pinyin " + style, "tier": "pinyin"}

    def dim(self, n=None):
        r = self.r
        for _ in range(50):
            if n is not None and n["given"] is not None:
                chars = [c for c in n["given"][0] if c in DIM_CHARS]
                if not chars:
                    return None
                c = r.choice(chars)
            else:
                c = r.choice(DIMC)[0]
            f = r.choice(DIM_FORMS)
            v = f.format(c=c)
            if v not in DIM_BAD:
                return {"value": v, "sur": None, "given": None, "form": "diminutive " + f.replace("{c}", "X"),
                        "tier": "dim"}
        return None


# ---------------------------------------------------------------- main
def load_dedupe():
    texts, plines = [], []
    nfiles = 0
    if not DEDUPE_DIR:
        return texts, plines, nfiles
    for f in sorted(os.listdir(DEDUPE_DIR)):
        if f.startswith("scrub_tune45"):
            continue
        p = os.path.join(DEDUPE_DIR, f)
        if f.endswith(".jsonl") and (f.startswith("scrub_") or f.startswith("sms_")):
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        o = json.loads(line)
                    except ValueError:
                        continue
                    t = o.get("text") if isinstance(o, dict) else None
                    if isinstance(t, str):
                        texts.append(t)
        elif f.startswith("scrub_") and "preserve" in f and f.endswith(".txt"):
            nfiles += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if line:
                        plines.append(line)
    return texts, plines, nfiles


TOKEN = re.compile(r"\{([A-Za-z0-9_]+)\}")
NAME_SLOTS = {"A", "B", "C", "G", "H", "W", "F", "F2", "T", "T2", "TG", "P", "P2", "PG", "D", "K"}
DATA_SLOTS = {"phone": "phone", "idn": "id_number", "card": "bank_card", "wx": "wechat", "qq": "qq",
              "email": "email", "acct": "account", "plate": "plate", "addr": "address", "alipay": None}


def main():
    log = {}
    rec_rng = random.Random(SEED)
    pre_rng = random.Random(SEED + 1)
    other_texts, other_plines, nfiles = load_dedupe()
    other_text_exact = set(other_texts)
    other_text_norm = set(norm(t) for t in other_texts)
    other_pl_exact = set(other_plines)
    other_pl_norm = set(norm(t) for t in other_plines)
    other_pl_blob = "\n".join(other_plines)
    log["dedupe_files"] = nfiles
    log["dedupe_texts"] = len(other_texts)
    log["dedupe_preserve_lines"] = len(other_plines)

    # ---------------- preserve list
    cands = build_preserve(pre_rng)
    none_norm = set(norm(t) for t in NONE_TEXTS)
    kept, seen_norm = [], set()
    drop = {"exact": 0, "normalised": 0, "own": 0, "equals none text": 0}
    for cls, line in cands:
        n = norm(line)
        if line in other_pl_exact or line in other_text_exact:
            drop["exact"] += 1
            continue
        if n in other_pl_norm or n in other_text_norm:
            drop["normalised"] += 1
            continue
        if n in none_norm:
            drop["equals none text"] += 1
            continue
        if n in seen_norm:
            drop["own"] += 1
            continue
        seen_norm.add(n)
        kept.append((cls, line))
    log["preserve_candidates"] = len(cands)
    log["preserve_dropped"] = drop
    pre_rng.shuffle(kept)
    own_pl_blob = "\n".join(l for _, l in kept)

    # ---------------- records
    G = Gen(rec_rng)
    NM = Names(rec_rng)
    plan = []
    tid = 0
    template_list = []
    for setname in T:
        for i, t in enumerate(T[setname]):
            template_list.append((setname, "%s-%02d" % (setname, i + 1), t))
    n_none = len(NONE_TEXTS)
    n_tpl = N_RECORDS - n_none
    # every template at least once, the rest round-robin over a shuffled order
    order = list(range(len(template_list)))
    seq = []
    while len(seq) < n_tpl:
        rec_rng.shuffle(order)
        seq.extend(order)
    seq = seq[:n_tpl]
    used_full = set()
    records = []  # dicts with text, spans, meta
    rej = {"name reused": 0, "name in other preserve": 0, "name in own preserve": 0, "span check": 0,
           "earlier value unlabelled in new text": 0, "new value unlabelled in earlier text": 0,
           "text equals other corpus (exact)": 0, "text equals other corpus (normalised)": 0,
           "text repeats own record": 0, "text equals own preserve line": 0, "no diminutive possible": 0}
    own_text_norm = set()
    nonword_vals = []  # (value, record index)

    def is_word(v):
        return v in WORD_NAMES

    def name_for(slot):
        if slot in ("A", "B", "C"):
            return NM.mixed()
        if slot in ("G", "H"):
            return NM.given_only()
        if slot == "W":
            return NM.given_only(word=True)
        if slot in ("F", "F2"):
            return NM.full(tier="func")
        if slot in ("T", "T2"):
            return NM.trad()
        if slot == "TG":
            return NM.trad(given_only=True)
        if slot in ("P", "P2"):
            return NM.pinyin()
        if slot == "PG":
            return NM.pinyin(given_only=True)
        if slot == "D":
            return NM.dim()
        if slot == "K":
            n = NM.given_only()
            n["affix"] = rec_rng.choice(GIVEN_AFFIX)
            n["form"] = "given + " + n["affix"]
            return n
        raise KeyError(slot)

    def render(setname, tpl):
        slots = {}
        pieces = []
        spans = []  # (start, end, kind, value, form)
        text = ""
        toks = TOKEN.findall(tpl)
        # repeat templates need A with a two-char given and no lone given
        for tk in toks:
            base = tk.split("_")[0]
            if base in NAME_SLOTS and base not in slots:
                for _ in range(30):
                    n = name_for(base)
                    if n is None:
                        continue
                    if any(t.startswith(base + "_") for t in toks):
                        if n.get("sur") is None or len(n["given"][0]) != 2 or n["tier"] in ("pinyin",):
                            continue
                        if any(t == base + "_d" for t in toks) and not any(c in DIM_CHARS for c in n["given"][0]):
                            continue
                    if any(n["value"] == o["value"] for o in slots.values() if o):
                        continue
                    break
                slots[base] = n
        pos = 0
        data_vals = {}
        for m in TOKEN.finditer(tpl):
            text += tpl[pos:m.start()]
            pos = m.end()
            tk = m.group(1)
            base = tk.split("_")[0]
            if base in NAME_SLOTS:
                n = slots[base]
                if tk == base:
                    v = n["value"]
                    st = len(text)
                    text += v
                    spans.append((st, st + len(v), "name", v, n["form"]))
                    if "affix" in n:
                        text += n["affix"]
                elif tk.endswith("_g"):
                    v = n["given"][0]
                    st = len(text)
                    text += v
                    spans.append((st, st + len(v), "name", v, "given repeated after full name"))
                elif tk.endswith("_x"):
                    text += n["given"][0][-1]
                elif tk.endswith("_s"):
                    text += n["sur"][0]
                elif tk.endswith("_d"):
                    if "dim" not in n:
                        n["dim"] = NM.dim(n)
                    d = n["dim"]
                    if d is None:
                        return None
                    st = len(text)
                    text += d["value"]
                    spans.append((st, st + len(d["value"]), "name", d["value"], d["form"] + " of full name"))
            elif tk in DATA_SLOTS or tk in ("phone2",):
                if tk not in data_vals:
                    py = None
                    anchor = slots.get("A") or slots.get("G")
                    if anchor and anchor.get("given"):
                        py = anchor["given"][1].replace(" ", "")
                        if anchor.get("sur") and rec_rng.random() < 0.5:
                            py = anchor["sur"][1] + py
                    if tk == "phone":
                        v, f = G.phone(); k = "phone"
                    elif tk == "idn":
                        v, f = G.idn(); k = "id_number"
                    elif tk == "card":
                        v, f = G.card(); k = "bank_card"
                    elif tk == "wx":
                        v, f = G.wx(py); k = "wechat"
                    elif tk == "qq":
                        v, f = G.qq(); k = "qq"
                    elif tk == "email":
                        v, f = G.email(py); k = "email"
                    elif tk == "acct":
                        v, f = G.acct(); k = "account"
                    elif tk == "plate":
                        v, f = G.plate(); k = "plate"
                    elif tk == "addr":
                        v, f = G.addr(); k = "address"
                    elif tk == "alipay":
                        if rec_rng.random() < 0.6:
                            v = G.mobile(); f = "alipay mobile"; k = "phone"
                        else:
                            v, f = G.email(py); k = "email"; f = "alipay e-mail"
                    data_vals[tk] = (v, k, f)
                v, k, f = data_vals[tk]
                st = len(text)
                text += v
                spans.append((st, st + len(v), k, v, f))
            else:
                text += G.fill(tk)
        text += tpl[pos:]
        return text, spans, slots

    def covered(text, v, spans, kinds=None):
        i = text.find(v)
        while i >= 0:
            if not any(s[0] <= i and i + len(v) <= s[1] for s in spans if kinds is None or s[2] in kinds):
                return False
            i = text.find(v, i + 1)
        return True

    tpl_uses = {}
    for ti in seq:
        setname, tname, tpl = template_list[ti]
        if setname in TAIL_SETS and rec_rng.random() < 0.2:
            tail = rec_rng.choice(TAILS)
            if setname == "voice":
                tail = tail.lstrip("，。（").rstrip("）")
                tail = "她电话" + tail if tail.startswith("{") else tail
            tpl = tpl + tail
        ok = False
        for attempt in range(80):
            res = render(setname, tpl)
            if res is None:
                rej["no diminutive possible"] += 1
                continue
            text, spans, slots = res
            vals = []
            for s in spans:
                if s[3] not in [v[0] for v in vals]:
                    vals.append((s[3], s[2], s[4]))
            bad = None
            for v, k, f in vals:
                if k != "name":
                    continue
                full = f not in ("given name alone", "pinyin given alone", "traditional given alone",
                                 "given repeated after full name") and not f.startswith("diminutive") \
                    and not f.startswith("given + ")
                if full and not is_word(v) and v in used_full:
                    bad = "name reused"; break
                if not is_word(v) and v in other_pl_blob:
                    bad = "name in other preserve"; break
                if not is_word(v) and v in own_pl_blob:
                    bad = "name in own preserve"; break
            if bad is None:
                for v, k, f in vals:
                    if not covered(text, v, spans):
                        bad = "span check"; break
            if bad is None:
                name_spans = [s for s in spans if s[2] == "name"]
                for v, ri in nonword_vals:
                    if v in text and not covered(text, v, name_spans):
                        bad = "earlier value unlabelled in new text"; break
            if bad is None:
                for v, k, f in vals:
                    if k != "name" or is_word(v):
                        continue
                    for rr in records:
                        if v in rr["text"] and not covered(rr["text"], v, [s for s in rr["spans"] if s[2] == "name"]):
                            bad = "new value unlabelled in earlier text"; break
                    if bad:
                        break
            if bad is None:
                if text in other_text_exact or text in other_pl_exact:
                    bad = "text equals other corpus (exact)"
                elif norm(text) in other_text_norm or norm(text) in other_pl_norm:
                    bad = "text equals other corpus (normalised)"
                elif text in own_text_norm:
                    bad = "text repeats own record"
                elif norm(text) in seen_norm:
                    bad = "text equals own preserve line"
            if bad:
                rej[bad] += 1
                continue
            ok = True
            break
        if not ok:
            print("template could not be filled:", tname, file=sys.stderr)
            continue
        for v, k, f in vals:
            if k == "name":
                full = f not in ("given name alone", "pinyin given alone", "traditional given alone",
                                 "given repeated after full name") and not f.startswith("diminutive") \
                    and not f.startswith("given + ")
                if full:
                    used_full.add(v)
                if not is_word(v):
                    nonword_vals.append((v, len(records)))
        own_text_norm.add(text)
        tpl_uses[tname] = tpl_uses.get(tname, 0) + 1
        records.append({"text": text, "spans": spans, "set": setname, "tpl": tname})

    none_kept = 0
    for t in NONE_TEXTS:
        if t in other_text_exact or t in other_pl_exact or norm(t) in other_text_norm or norm(t) in other_pl_norm \
                or t in own_text_norm:
            continue
        bad = False
        for v, ri in nonword_vals:
            if v in t:
                bad = True
        if bad:
            continue
        none_kept += 1
        records.append({"text": t, "spans": [], "set": "none", "tpl": "none"})
    log["none_texts"] = len(NONE_TEXTS)
    log["none_kept"] = none_kept
    log["rejected_draws"] = rej

    rec_rng.shuffle(records)
    out = []
    groups = {}
    for i, rr in enumerate(records):
        rid = "t45-%04d" % (i + 1)
        text = rr["text"]
        seenv = []
        for s in rr["spans"]:
            if s[3] not in [x[1] for x in seenv]:
                seenv.append((s[2], s[3], s[4]))
        seenv.sort(key=lambda x: text.find(x[1]))
        pii = [{"kind": k, "value": v} for k, v, f in seenv]
        x = rec_rng.random()
        if x < 0.84:
            sender = None
        elif x < 0.94:
            sender = G.mobile()
        else:
            sender = "1069" + str(rec_rng.randint(1000, 9999)) + G.mobile()
        out.append({"id": rid, "text": text, "sender": sender, "pii": pii})
        groups[rid] = {"set": rr["set"], "template": rr["tpl"], "forms": [f for k, v, f in seenv]}

    # ---------------- final checks (counts only)
    errors = 0
    for o in out:
        last = -1
        for p in o["pii"]:
            i = o["text"].find(p["value"])
            if i < 0 or i < last:
                errors += 1
            last = i
        if "{" in o["text"] or "}" in o["text"]:
            errors += 1
    allvals = set()
    for o in out:
        for p in o["pii"]:
            if not (p["kind"] == "name" and p["value"] in WORD_NAMES):
                allvals.add(p["value"])
    pl_hits = sum(1 for _, l in kept if any(v in l for v in allvals))
    kept_set = set(l for _, l in kept)
    text_eq = sum(1 for o in out if o["text"] in kept_set)
    log["check_errors"] = errors
    log["preserve_lines_with_record_value"] = pl_hits
    log["record_texts_equal_preserve"] = text_eq
    if errors or pl_hits or text_eq:
        print("CHECK FAILED", errors, pl_hits, text_eq, file=sys.stderr)

    # ---------------- stats
    kinds = {}
    forms = {}
    for o in out:
        for p in o["pii"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    for rid in sorted(groups):
        for o_f, p in zip(groups[rid]["forms"], next(o for o in out if o["id"] == rid)["pii"]):
            key = p["kind"] + ": " + o_f
            forms[key] = forms.get(key, 0) + 1
    sets = {}
    for rid in sorted(groups):
        s = groups[rid]["set"]
        sets[s] = sets.get(s, 0) + 1
    log["records"] = len(out)
    log["records_without_pii"] = sum(1 for o in out if not o["pii"])
    log["records_with_name"] = sum(1 for o in out if any(p["kind"] == "name" for p in o["pii"]))
    log["records_with_2plus_names"] = sum(1 for o in out if sum(p["kind"] == "name" for p in o["pii"]) >= 2)
    log["items_by_kind"] = dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    log["items_by_form"] = dict(sorted(forms.items()))
    log["records_by_set"] = dict(sorted(sets.items()))
    log["templates"] = len(template_list)
    log["templates_unused"] = sum(1 for _, tn, _ in template_list if tn not in tpl_uses)
    log["template_uses_min_max"] = [min(tpl_uses.values()), max(tpl_uses.values())]
    log["sender"] = {"null": sum(1 for o in out if o["sender"] is None),
                     "mobile": sum(1 for o in out if o["sender"] and not o["sender"].startswith("1069")),
                     "1069": sum(1 for o in out if o["sender"] and o["sender"].startswith("1069"))}
    log["word_name_items"] = sum(1 for o in out for p in o["pii"] if p["kind"] == "name" and p["value"] in WORD_NAMES)
    log["preserve_lines"] = len(kept)
    pc = {}
    for c, _ in kept:
        pc[c] = pc.get(c, 0) + 1
    log["preserve_by_class"] = dict(sorted(pc.items(), key=lambda kv: (-kv[1], kv[0])))
    log["preserve_lines_with_word_name"] = sum(1 for _, l in kept if any(w in l for w in WORD_NAMES))
    log["distinct_name_values"] = len(set(p["value"] for o in out for p in o["pii"] if p["kind"] == "name"))

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune45.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune45_preserve.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for _, l in kept:
            fh.write(l + "\n")
    with open(os.path.join(OUT_DIR, "groups45.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(groups, fh, ensure_ascii=False, indent=0, sort_keys=True)
    with open(os.path.join(OUT_DIR, "log45.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(log, fh, ensure_ascii=False, indent=1)
    print(json.dumps({k: log[k] for k in ("dedupe_files", "dedupe_texts", "dedupe_preserve_lines", "records",
                                          "records_without_pii", "preserve_lines", "check_errors",
                                          "preserve_lines_with_record_value", "record_texts_equal_preserve",
                                          "templates_unused")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
