#!/usr/bin/env python3
"""Tuning corpus 32 for the personal-data scrubber (blind writer).

Focus: names of China's minority peoples as they are written in Chinese
(Dai, Yi, Mongolian, Tibetan Lhasa/Amdo, Hui, Dongxiang, Uyghur, Kazakh,
Zhuang, Miao, Yao, Bai, Naxi, Hani, Lisu, Korean) plus Han word-names after
speaker labels and in glued lists, each in many positions.

Standard library only. Deterministic: one random.Random per output, no set
iteration. Output folder: TUNE32_OUT_DIR (default: this script's folder).
Dedupe folder: TUNE32_DEDUPE_DIR (default: this script's folder). The dedupe
step reads the other scrub_* corpora and prints counts only.
"""
import json
import os
import random
import sys

SEED = 20261232
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE32_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE32_DEDUPE_DIR", HERE)
SUMMARY = os.environ.get("TUNE32_SUMMARY") == "1"
OWN = ("scrub_tune32.jsonl", "scrub_tune32_preserve.txt")

def S(s):
    return s.split()

# ---------------------------------------------------------------- name tables
DAI_GIVEN = S("罕 香 应 温 叫 光 坎 庄 板 丙 嫩 喃 帅 坦 胆 扁 砍 捧 相 腊 论 旺 保 宰 囡 甩 燕 拉 涛 甩 涛 儿 康 章 勐 棒 朗 砂 捆 波 岱")
DAI_GIVEN2 = S("应香 罕香 温叫 光罕 香叫 坎章 丙光 嫩罕 捧相 应罕 儿坎 庄香 扁保 帅温 叫香 香温 腊罕 甩保 论光 胆香")
DAI_HAN = S("建华 国强 志明 秀英 丽萍 永明 春燕 云华 德明 海燕 卫东 金凤 志刚 红梅 晓东 正华 翠兰 世荣")
YI_CLAN = S("吉克 阿苏 沙马 曲比 海来 阿约 俄底 吉伍 马海 阿的 勒格 瓦扎 吉木 阿尔 马黑 吉吉 阿库 日火 俄木 吉尔 木乃 沙玛 阿西 阿鲁 加拉 的日 尔古 俄比 吉色 依火 吉布 阿力 巴莫 倮伍 阿说 洛古 比子 吉史")
YI_GIVEN = S("阿依 拉哈 伍牛 石布 依作 木呷 尔日 子哈 阿果 日哈 伍各 拉则 依洛 尔布 古木 阿呷 莫色 拉比 体各 约哈 阿支 呷呷 日体 衣则 有色 木牛 曲布 金布 布哈 阿衣 拉莫 阿牛 么且 日者 克惹 尔呷 伍沙 你哈 石哈 拉格 阿木 尔坡")
YI_HAN = S("小芳 建英 志军 春梅 文华 国华 海英 子豪 丽娟 永福")
MONGOL_PIECE = S("巴特尔 其其格 乌云 娜仁 图雅 阿拉坦 孟根 斯琴 苏日娜 宝音 朝鲁 额尔敦 毕力格 哈斯 萨仁 格日勒 达来 满都拉 敖登 那仁 吉日木图 呼和 特木尔 巴雅尔 图门 阿古拉 额日和 布和 乌日娜 塔娜 高娃 琪琪格 苏和 道尔吉 桑布 巴图 青格勒 旭日 德力格尔 宝力道 阿木尔 敖其尔 那木汗 乌力吉 赛罕 萨日朗 其木格 格根 苏布道 巴音 陶格斯 乌恩 朝克图 阿拉腾 额尔德尼 其勒木格 宝力尔 达古拉 包勒尔")
MONGOL_SUR = S("包 鲍 白 韩 宝 吴 王 李 张 刘 金 陈 奥 那 乌 佟 赵 郭 敖 云 何 康 额 哈 特 孟")
TIB_LHASA = S("扎西 次仁 多吉 央金 卓玛 拉姆 格桑 平措 尼玛 达娃 米玛 普布 巴桑 边巴 旺堆 德吉 曲珍 白玛 索朗 旦增 顿珠 强巴 洛桑 嘎玛 贡布 罗布 次旦 桑珠 益西 朗杰 仁增 群培 玉珍 卓嘎 旺姆 央宗 措姆 次珍 拉巴 土登 琼达 德央 普赤 欧珠 加措 扎桑")
TIB_AMDO = S("才让 东智 卓玛措 拉毛 才让吉 多杰 万玛 更登 桑杰 加央 卓么 措吉 仁青 完德 官却 才旦 夏吾 先巴 华旦 切吉 周措 吉先加 尕藏 索南 贡保 完么 李毛 卓玛加 旦正 公保 万德 南加 杨毛吉 拉毛草 才让卓玛 尖措 久美 吉毛 扎西才让 周毛 措毛 卡加 娘吉")
TIB_AMDO_SUR = S("杨 李 马 王 赵 韩 张")
HUI_SUR = S("马 白 哈 纳 撒 穆 沙 锁 妥 冶 喇 丁 海 虎 者 拜 麻 达 金 杨 韩 米 苏")
HUI_GIVEN = S("尕西 木沙 法图麦 尕林 阿西 建福 文秀 玉兰 国平 福海 德清 海燕 少华 尕娃 有福 秀兰 进财 阿舍 尔沙 亥麦 玉梅 正清 学成 哈克 麦燕 维林 彦虎 尕哈 有良 明德 乃麦 尕玉")
DX_SUR = S("马 汪 妥 唐 何 赵 陈 张 王 韩 马家 锁")
DX_GIVEN = S("哈三 伊不拉 尔里 乙四夫 胡赛尼 牙古布 穆萨 法土麦 义乃 尕么 尕布 五十七 舍么 乙布拉 尔萨 阿不都 苏来曼 哈伍德 尔德 六十五 三十八 尕什 哈克木 尔西 亥麦 阿里 尤素夫 乃麦")
UY_GIVEN = S("阿不都热合曼 买买提 艾山 热依拉 阿依古丽 库尔班 吐尔逊 艾力 买合木提 帕提古丽 阿卜杜拉 米日古丽 祖力皮亚 热合曼 吾买尔 依明 托合提 玉苏甫 阿迪力 艾尔肯 迪丽努尔 努尔麦麦提 木拉提 吐尔洪 肉孜 赛买提 亚森 阿娜尔 古再丽努尔 沙吾提 卡德尔 阿合买提 如克亚 阿布力孜 麦尔旦 吾斯曼 塔依尔 萨拉买提 排尔哈提 迪力夏提 再努尔 祖丽胡玛尔 海米提 麦迪娜 阿依努尔 吐逊古丽 伊力夏提")
UY_FATHER = S("阿不都拉 买买提 吐尔逊 艾力 热合曼 依明 托合提 玉素甫 卡德尔 肉孜 吾守尔 阿西木 斯迪克 沙吾提 艾买提 库尔班 牙生 吐尔地 阿布来提 哈斯木 努尔 尼亚孜 巴克 热西提")
KZ_GIVEN = S("叶尔肯 努尔兰 阿斯哈尔 别克波拉提 哈那提 加娜尔 阿依达娜 古丽娜尔 阿勒腾 达吾列提 叶尔江 赛力克 马合沙提 哈依那尔 沙吾列 阿曼 托列吾汗 巴合提别克 库兰 阿尔曼 吐尔逊江 哈孜汗 叶尔扎提 努尔江 阿丽娅 塔斯肯 扎纳尔 胡安 贾娜尔 叶尔兰 巴合提 叶尔波拉 阿依别克 加尔肯 哈布都 别里克 沙依拉 吾拉孜汗")
KZ_FATHER = S("吐尔逊 努尔别克 卡德尔 巴依 阿不力 哈吉 加肯 木合塔尔 托合塔尔 沙力 哈米提 吐尔汗 阿汗 达吾提 叶尔波力 马吾列提 哈孜 别克 胡马尔 赛力克 阿布都力 加纳提")
ZH_SUR = S("韦 覃 蓝 莫 农 黄 陆 梁 卢 潘 磨 闭 零 岑 凌 廖 侬 罗 韦 覃 农 蒙 谭 龙")
ZH_GIVEN = S("达福 特良 特勇 娅梅 妚兰 金凤 秀英 桂兰 日新 振山 达明 特强 娅芳 美兰 春花 福兴 达贵 爱莲 永规 妹英 文宝 金秀 达康 特生 娅丽 光荣 国贤 秀琼")
MIAO_SUR = S("龙 石 吴 杨 麻 王 熊 侯 滕 欧 田 时 潘 张 梁")
MIAO_GIVEN = S("金秀 秀银 银花 春花 老九 略 当九 阿妹 金妹 往略 里哈 诺 务拉 秀芝 光辉 玉花 老庚 正龙 仙娥 保金 勇略 当里 九妹 德胜 银秀 应花 通略")
YAO_SUR = S("盘 赵 邓 冯 黄 李 蒋 沈 庞 胡 奉 唐 房 雷")
YAO_GIVEN = S("金凤 福贵 有财 进才 二妹 三妹 四妹 德田 贵清 桂英 妹姣 成养 财保 玉娇 明富 香妹 贵生 法旺 金旺 凤妹 贵财 木生 六妹 仁富")
BAI_SUR = S("段 杨 赵 李 张 董 尹 字 寸 苏 施 洪 王 严 杜 何 奚")
BAI_GIVEN = S("金花 阿鹏 绍文 丽华 兴荣 建国 春燕 继红 凤英 志坚 玉兰 家祥 树林 海宏 月娥 宝昌 银凤 发富 绍兵 润芝")
NAXI_SUR = S("和 木 杨 李 习 赵 王 牛 和 和")
NAXI_GIVEN = S("秀英 志强 丽红 学文 正清 云华 国光 丽梅 晓燕 建忠 绍先 耀华 玉莲 世雄 开祥 丽军 桂英 红梅 树荣 春花")
HANI_SUR = S("李 白 马 卢 杨 陈 车 普 朱 高 王")
HANI_SYL = S("者 龙 努 沙 斗 腊 然 扎 批 黑 卡 约 才 收 波 德 那 则 期 阿 追 布 美 成 们")
LISU_SUR = S("余 李 和 熊 蜂 胡 麻 密 恒 褚 丰 邓 曹 欧")
LISU_GIVEN = S("阿四 阿普 阿娜 阿花 阿三 付才 扒才 四妹 老五 阿恒 友才 八妹 伍妹 新华 秀花 腊妹 阿开")
KO_SUR = S("金 李 朴 崔 郑 姜 赵 尹 张 林 韩 申 吴 徐 权 黄 安 宋 洪 全 柳 高 文 南 沈 卢 玄 禹 车 千 元 延 池 都 奇 太 方 许 裴")
KO_GIVEN = S("顺姬 英浩 成哲 明玉 英子 顺子 美善 贞淑 英爱 哲洙 光洙 东哲 永哲 成浩 俊浩 明哲 熙珍 美兰 贤淑 善花 惠英 英实 京子 春子 昌浩 承焕 在焕 泰焕 银姬 玉姬 香淑 恩淑 贞爱 秀晶 民锡 相哲 炳浩 龙洙 哲浩 圣勋 莲花 顺玉 英男 哲浩 贞姬 玉顺")
WORD_NAMES = S("常青 夏天 黎明 江山 高峰 白雪 金星 安然 向阳 海洋 田野 林海 方圆 文明 宁静 华夏 白云 高原 石磊 江涛 夏雨 柳青 马力 向前 文静 高明 甘甜 钟声 金鑫 万里 秦川 高山 夏至 春雨 明月 童话")
HAN_SUR = S("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤")
HAN_GIVEN = S("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 志强 晓燕 丽娟 海燕 玉梅 建军 国庆 文杰 俊杰 子涵 雨涵 浩然 欣怡 梓轩 思远 佳怡 宇航 晨曦 一鸣 嘉怡 春生 秋菊 冬梅 二虎 铁柱 翠花 金龙 红霞 雪梅 建国 卫国 爱民")
FAMOUS = S("刀美兰 斯琴高娃 乌兰图雅 腾格尔 德德玛 金正日 金正恩 朴槿惠 阿诗玛 杨丽萍 才旦卓玛 万玛才旦 韩红 李玉刚 吉克隽逸 降央卓玛 其其格玛 那英 马云 马化腾 刘三姐 和珅 木府 白云 黎明")
FAMOUS_FULL = [x for x in FAMOUS if x not in ("白云", "黎明")]

DOTS = ["·", "·", "·", "•", "・"]


def mk_dai(r):
    k = r.random()
    if k < 0.28:
        return r.choice(["玉", "岩"]) + r.choice(DAI_GIVEN), "Dai"
    if k < 0.52:
        return r.choice(["玉", "岩", "依", "咪"]) + r.choice(DAI_GIVEN2), "Dai"
    if k < 0.70:
        return r.choice(["依", "咪", "咪", "依"]) + r.choice(DAI_GIVEN), "Dai"
    if k < 0.88:
        return "刀" + r.choice(DAI_HAN + DAI_GIVEN2), "Dai"
    return r.choice(["刀", "召", "思", "线", "孟", "龚", "郎"]) + r.choice(DAI_GIVEN) + r.choice(DAI_GIVEN), "Dai"


def mk_yi(r):
    c, g = r.choice(YI_CLAN), r.choice(YI_GIVEN)
    k = r.random()
    if k < 0.6:
        return c + g, "Yi"
    if k < 0.82:
        return c + r.choice(DOTS) + g, "Yi"
    if k < 0.92:
        return c + r.choice(YI_HAN), "Yi"
    return g + r.choice(DOTS) + c, "Yi"


def mk_mongol(r):
    k = r.random()
    a, b = r.choice(MONGOL_PIECE), r.choice(MONGOL_PIECE)
    while b == a:
        b = r.choice(MONGOL_PIECE)
    if k < 0.40:
        return a + b, "Mongolian"
    if k < 0.78:
        return r.choice(MONGOL_SUR) + a, "Mongolian"
    if k < 0.90:
        return a + r.choice(DOTS) + b, "Mongolian"
    return r.choice(MONGOL_SUR) + a + b if len(a + b) <= 5 else r.choice(MONGOL_SUR) + a, "Mongolian"


def mk_tib_lhasa(r):
    a, b = r.choice(TIB_LHASA), r.choice(TIB_LHASA)
    while b == a:
        b = r.choice(TIB_LHASA)
    if r.random() < 0.78:
        return a + b, "Tibetan-Lhasa"
    return a + r.choice(DOTS) + b, "Tibetan-Lhasa"


def mk_tib_amdo(r):
    a, b = r.choice(TIB_AMDO), r.choice(TIB_AMDO)
    k = r.random()
    if k < 0.55 and b != a and len(a + b) <= 6:
        return a + b, "Tibetan-Amdo"
    if k < 0.80 and not a.startswith(("杨", "李")):
        return r.choice(["才让", "多杰", "扎西"]) + r.choice(["卓玛", "东智", "加", "吉", "措"]), "Tibetan-Amdo"
    if b != a and len(a + b) <= 6:
        return a + r.choice(DOTS) + b, "Tibetan-Amdo"
    return r.choice(["才让", "多杰", "扎西"]) + r.choice(["卓玛", "东智", "加", "吉", "措"]), "Tibetan-Amdo"


def mk_hui(r):
    return r.choice(HUI_SUR) + r.choice(HUI_GIVEN), "Hui"


def mk_dx(r):
    return r.choice(DX_SUR) + r.choice(DX_GIVEN), "Dongxiang"


def mk_uy(r):
    g, f = r.choice(UY_GIVEN), r.choice(UY_FATHER)
    while f == g:
        f = r.choice(UY_FATHER)
    k = r.random()
    if k < 0.55:
        return g + r.choice(DOTS) + f, "Uyghur"
    if k < 0.80:
        return g + f, "Uyghur"
    if k < 0.90:
        return g + "." + f, "Uyghur"
    return g + " " + f, "Uyghur"


def mk_kz(r):
    g, f = r.choice(KZ_GIVEN), r.choice(KZ_FATHER)
    while f == g:
        f = r.choice(KZ_FATHER)
    k = r.random()
    if k < 0.55:
        return g + r.choice(DOTS) + f, "Kazakh"
    if k < 0.85:
        return g + f, "Kazakh"
    return g + r.choice(["•", "・", " "]) + f, "Kazakh"


def mk_zh(r):
    return r.choice(ZH_SUR) + r.choice(ZH_GIVEN), "Zhuang"


def mk_miao(r):
    return r.choice(MIAO_SUR) + r.choice(MIAO_GIVEN), "Miao"


def mk_yao(r):
    return r.choice(YAO_SUR) + r.choice(YAO_GIVEN), "Yao"


def mk_bai(r):
    return r.choice(BAI_SUR) + r.choice(BAI_GIVEN), "Bai"


def mk_naxi(r):
    return r.choice(NAXI_SUR) + r.choice(NAXI_GIVEN), "Naxi"


def mk_hani(r):
    a, b = r.choice(HANI_SYL), r.choice(HANI_SYL)
    if r.random() < 0.7:
        return r.choice(HANI_SUR) + a + b, "Hani"
    return a + b + r.choice(HANI_SYL), "Hani"


def mk_lisu(r):
    return r.choice(LISU_SUR) + r.choice(LISU_GIVEN), "Lisu"


def mk_ko(r):
    return r.choice(KO_SUR) + r.choice(KO_GIVEN), "Korean"


def mk_word(r):
    return r.choice(WORD_NAMES), "Han word-name"


def mk_han(r):
    return r.choice(HAN_SUR) + r.choice(HAN_GIVEN), "Han"


ORIGINS = [  # (maker, weight)
    (mk_dai, 14), (mk_yi, 13), (mk_mongol, 12), (mk_tib_lhasa, 8), (mk_tib_amdo, 6),
    (mk_hui, 5), (mk_dx, 5), (mk_uy, 6), (mk_kz, 6), (mk_zh, 4), (mk_miao, 4),
    (mk_yao, 4), (mk_bai, 4), (mk_naxi, 4), (mk_hani, 4), (mk_lisu, 4), (mk_ko, 5),
    (mk_word, 8), (mk_han, 3),
]
ORIGIN_TOTAL = sum(w for _, w in ORIGINS)

# ---------------------------------------------------------------- fillers
PLATFORMS = S("借呗 花呗 微粒贷 京东金条 美团借钱 360借条 安逸花 招联好期贷 分期乐 度小满 拍拍贷 中邮消费金融 富滇银行 云南农信 内蒙古银行 西藏银行 青海银行 桂林银行 延边农商行 新疆银行 甘肃银行 宁夏银行 凉山州农信社")
PLACES = S("景洪 勐海 勐腊 芒市 瑞丽 陇川 孟连 澜沧 昭觉 美姑 布拖 喜德 越西 西昌 宁蒗 楚雄 大理 剑川 丽江 香格里拉 元阳 绿春 锡林浩特 通辽 赤峰 海拉尔 呼和浩特 拉萨 日喀则 林芝 那曲 同仁 夏河 合作 玛曲 临夏 东乡 广河 喀什 和田 阿克苏 伊宁 阿勒泰 塔城 武鸣 都安 巴马 百色 靖西 凯里 雷山 从江 吉首 凤凰 江华 延吉 图们 珲春 福贡 泸水 红河 墨江")
KINS = S("我表姐 我表哥 他老婆 她老公 你舅舅 你二姐 你三姐 你大哥 你阿妈 你阿爸 他阿佳 你女婿 她儿媳 你小姑子 你嫂子 你妹夫 他堂弟 你亲家母 你干爹 他岳父 我侄子 我外甥女 你阿妈妮 你阿爸吉 你姨妈 他媳妇 她弟弟 你姑父 我二舅 你三叔 她婆婆 我大姨 他阿哥 你阿妹 我嫂子 你姐夫")
KINB = S("表姐 表哥 舅舅 二姐 三姐 大哥 阿妈 阿爸 阿佳 女婿 儿媳 小姑子 嫂子 妹夫 堂弟 亲家母 干爹 岳父 侄子 外甥女 阿妈妮 阿爸吉 姨妈 媳妇 弟弟 姑父 二舅 三叔 婆婆 大姨 阿哥 阿妹 姐夫")
ROLE_LABELS = S("大哥 二哥 三哥 大姐 二姐 三姐 小妹 小弟 老舅 二叔 三叔 表姐 表哥 阿妈 阿爸 阿佳 阿哥 阿妹 姐夫 嫂子 老公 老婆 媳妇 女儿 儿子 同事 室友 老乡 房东 村主任 老板 担保人 紧急联系人 联系人1 联系人2 亲属 朋友 邻居 工友")
COLONS = ["：", "：", "：", ":", ": ", "：", " "]
TIMES = ["昨晚9点", "今天上午10:20", "11月3日", "2026-11-03 14:22", "周二下午", "前天半夜", "凌晨两点", "中午12点多", "10月28号晚上", "上周五", "今早7:45", "刚才", "晚上八点半", "11.16", "2026年10月9日", "腊月初八", "泼水节前一天", "火把节那天", "古尔邦节后", "那达慕期间", "藏历新年前", "三月三放假时", "中秋节前", "下午三点零五分"]
TIMESTAMPS = ["10:32", "[14:05]", "2026-11-03 09:18", "(21:40)", "11/05 18:02", "08:57", "【23:11】", "2026/10/30 16:45", "19:03:22", "昨天 22:10"]
AMOUNTS = ["3200元", "1,580.00元", "8000块", "五千", "2.6万", "12600元", "760元", "4500", "998.50元", "1.2万元", "三千二", "600块钱", "27,300元", "两万", "1888元"]
DATES = ["2026年11月3日", "2026.11.16", "11月20日", "2026-10-28", "十一月五号", "2026年12月1日", "10月9日"]


def pick_place(r):
    return r.choice(PLACES)


# ---------------------------------------------------------------- numbers
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def make_card(r):
    pre = r.choice(["622848", "621700", "622202", "621226", "622588", "623058", "622700", "621799", "622262"])
    n = r.choice([16, 19, 19])
    body = pre + "".join(str(r.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    st = r.random()
    if st < 0.6:
        return num
    sep = r.choice([" ", "-", " "])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


ID_AREAS = S("532801 532822 532823 513431 513436 513429 513432 152502 150102 540102 632321 622921 622926 652901 654002 654301 450122 522634 532901 530702 532531 533323 222401 653101 513401 150302 542301 632521")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def make_id(r):
    area = r.choice(ID_AREAS)
    y = r.randrange(1962, 2005)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    seq = "%03d" % r.randrange(1, 999)
    body = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    chk = "10X98765432"[s % 11]
    if chk == "X" and r.random() < 0.3:
        chk = "x"
    num = body + chk
    if r.random() < 0.12:
        return num[:6] + " " + num[6:14] + " " + num[14:]
    return num


def make_phone(r):
    pre = r.choice(S("138 139 137 136 135 158 159 150 151 152 187 188 182 183 130 131 132 155 156 186 185 133 153 180 181 189 177 173 199 198 191 166 176"))
    num = pre + "".join(str(r.randrange(10)) for _ in range(8))
    k = r.random()
    if k < 0.62:
        return num
    if k < 0.80:
        return num[:3] + " " + num[3:7] + " " + num[7:]
    if k < 0.92:
        return num[:3] + "-" + num[3:7] + "-" + num[7:]
    return "+86 " + num


ADDR_URBAN = [
    ("西双版纳州景洪市", ["勐泐大道", "宣慰大道", "嘎兰中路", "曼听路"]),
    ("凉山州西昌市", ["航天大道", "三岔口南路", "胜利路"]),
    ("锡林浩特市", ["额尔敦路", "锡林大街", "团结大街"]),
    ("拉萨市城关区", ["北京中路", "江苏路", "金珠西路"]),
    ("临夏市", ["团结路", "解放路", "红园路"]),
    ("伊宁市", ["解放路", "斯大林街", "新华西路"]),
    ("延吉市", ["光明街", "人民路", "局子街"]),
    ("大理市", ["人民路", "洱河南路", "苍山路"]),
    ("凯里市", ["韶山南路", "营盘东路", "北京东路"]),
    ("喀什市", ["人民东路", "解放北路", "色满路"]),
]
VILLAGE = [
    ("昭觉县", "竹核乡", "温泉村"), ("美姑县", "巴普镇", "依果觉村"), ("勐海县", "勐遮镇", "曼令村"),
    ("东乡族自治县", "锁南镇", "红柳村"), ("雷山县", "西江镇", "羊排村"), ("元阳县", "新街镇", "箐口村"),
    ("阿巴嘎旗", "别力古台镇", "巴彦图嘎嘎查"), ("同仁市", "隆务镇", "吾屯村"), ("都安瑶族自治县", "地苏镇", "大定村"),
    ("宁蒗彝族自治县", "永宁镇", "落水村"),
]


def make_addr(r):
    if r.random() < 0.55:
        city, roads = r.choice(ADDR_URBAN)
        return "%s%s%d号%s小区%d栋%d单元%d室" % (city, r.choice(roads), r.randrange(1, 300), r.choice(S("阳光 金色 团结 民族 丝路 锦绣 东方 和谐")), r.randrange(1, 30), r.randrange(1, 6), r.randrange(101, 2400))
    c, t, v = r.choice(VILLAGE)
    return "%s%s%s%d组%d号" % (c, t, v, r.randrange(1, 12), r.randrange(1, 90))


def make_wx(r):
    if r.random() < 0.5:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return r.choice(S("yu xiang dao ayi mgl zx tib sun moon")) + "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(3)) + str(r.randrange(1000, 99999))


def make_qq(r):
    return str(r.randrange(10 ** 7, 10 ** 10))


def make_acc(r):
    return r.choice(["JK", "HT", "DK2026"]) + "".join(str(r.randrange(10)) for _ in range(12))


# ---------------------------------------------------------------- templates
# Slots: {N1}..{N5} names (labelled), {PH} phone, {ID}, {CARD}, {ADDR}, {WX},
# {QQ}, {ACC} (labelled); {KIN}, {KIN2}, {ROLE}, {ROLE2}, {C}, {TIME}, {TS},
# {AMT}, {PLAT}, {PLACE}, {DATE} (not labelled); {LIST} a list of 3-5 names.

BODY = [
    "你在{PLAT}借的{AMT}已经逾期{D}天",
    "欠款{AMT}到现在一分没还",
    "{PLAT}的账单今天必须结清",
    "我们已经把材料递到{PLACE}人民法院了",
    "说好这个月还{AMT}，到现在也没动静",
    "催收的人又打到{PLACE}老家去了",
    "征信已经上报，后果自负",
    "你再不接电话我们就联系你单位",
    "钱我下周一定还，别再打给家里人了",
    "他们在群里发了我的照片，我已经报警",
]

T_SPEAKER = [
    "{N1}{C}{AMT}我下周还，别再打我{KIN}的电话了\n{N2}{C}那你先还一半\n{N1}{C}好",
    "群聊记录\n{N1}{C}谁把我拉进这个群的\n{N2}{C}{PLAT}法务，你欠款{AMT}逾期{D}天\n{N3}{C}我不认识她，别@我",
    "{TS} {N1}：钱什么时候打过来\n{TS} {N2}：{PLACE}这边收了玉米就还",
    "紧急联系人\n{ROLE}{C}{N1}\n{ROLE2}{C}{N2}",
    "{ROLE}{C}{N1} {PH}\n{ROLE2}{C}{N2}\n以上是借款人在{PLAT}填写的联系人",
    "【{N1}】我已经还了{AMT}，截图发你了\n【{N2}】收到，剩下的月底前结清",
    "{N1}说：我不是担保人，你们找{N2}去\n催收员说：{N2}电话打不通",
    "聊天截图整理：\n{N1}：在吗\n{N1}：这个月能不能先还{AMT}\n{N2}：不行，今天必须全额",
    "{ROLE}{C}{N1}\n身份证：{ID}\n{ROLE2}{C}{N2}",
    "通讯录导出\n{ROLE}{C}{N1}\n{ROLE2}{C}{N2}\n{ROLE3}{C}{N3}",
    "语音转文字：{N1}：喂 我是{PLACE}的 那个钱我真的还不上\n{N2}：你别跟我说这些",
    "{N1}(借款人)：我已经在{PLAT}申请了延期\n{N2}(客服)：请提供收入证明",
    "借款人{C}{N1}\n共同借款人{C}{N2}\n放款平台：{PLAT}",
    "{N1}撤回了一条消息\n{N2}：刚才发的是什么\n{N1}：卡号发错了",
    "@{N1} 你欠的{AMT}今天能不能处理\n{N1}：明天",
]

T_KIN = [
    "{KIN}{N1}说你欠了{PLAT}{AMT}，天天有人打电话到{PLACE}家里",
    "我们已经联系了{KIN}{N1}，请你今天之内回电",
    "你{AMT}的欠款不还，{KIN}{N1}和{KIN2}{N2}都会收到通知",
    "{KIN}{N1}已经替你还了一部分，剩下{AMT}请尽快处理",
    "催收员打到{KIN}{N1}单位去了，说再不还就去{PLACE}找人",
    "{KIN} {N1}的电话也被打爆了，我要投诉{PLAT}",
    "我{KINB}叫{N1}，不是借款人，请不要再联系我家里人",
    "借款人的{KINB}是{N1}，联系电话{PH}",
    "{N1}是我{KINB}，她在{PLACE}住院，钱的事找我",
    "你们找错人了，我是{N1}的{KINB}",
    "听{KIN}{N1}讲，你在{PLACE}打工，工资一发就还钱",
    "{KIN}{N1}今天带着{AMT}来{PLACE}找我们谈分期",
    "请转告{KIN}{N1}：{BODY}",
    "{KIN}{N1}、{KIN2}{N2}都说不知道你去哪了",
]

T_TIME = [
    "{TIME}{N1}打来电话说{BODY}",
    "{TIME}，{N1}又在群里发了我的欠款截图",
    "{TIME}{N1}转来{AMT}，说是替{N2}还的",
    "{TS} {N1}\n{BODY}",
    "{TIME} {N1}到{PLACE}我家门口坐了一下午",
    "{DATE}{N1}在{PLAT}借款{AMT}，约定{D}天后归还",
    "{TIME}{N1}给我发短信，说{AMT}再不还就起诉",
    "通话记录：{TS} {N1} 呼入 3分12秒；{TS} {N2} 未接",
    "{TIME}我和{N1}在{PLACE}派出所做了笔录",
    "{DATE} {N1}第一次上门，{DATE} {N2}第二次上门",
    "{TIME}{N1}{N2}两个人一起来的，说是{PLAT}外包",
]

T_LIST = [
    "你通讯录里的{LIST}都收到了催收短信",
    "紧急联系人：{LIST}",
    "{LIST}这几个人都被打过电话了，你还不还",
    "担保人{LIST}已经全部通知到位",
    "借款名单：{LIST}，每人欠{AMT}",
    "{PLACE}村里借了{PLAT}的有{LIST}",
    "群成员：{LIST}",
    "被骚扰的亲友：{LIST}。请{PLAT}立即停止",
    "本次调解到场人员{LIST}",
    "请{LIST}于{DATE}前到{PLACE}人民法院领取文书",
]

T_SIG = [
    "{BODY}，请{PLAT}给个说法。\n——{N1}",
    "投诉：{BODY}。\n投诉人：{N1}\n{DATE}",
    "{BODY}。\n{N1}\n{DATE}",
    "{BODY}，我愿意分期还款，每月{AMT}。\n此致\n敬礼\n{N1}",
    "还款承诺书：本人承诺{DATE}前还清{AMT}。承诺人：{N1}",
    "{BODY}。{N1}敬上",
    "{BODY}，有事请联系我。{N1} {PH}",
    "{BODY}\n—— {N1}（{PLACE}）",
    "情况说明：{BODY}。\n落款：{N1}",
    "{BODY}。{N1}留",
    "{BODY}\n{N1}/{N2} 联名",
    "我们是{PLACE}的，{BODY}。\n签名：{N1}、{N2}",
]

T_START = [
    "{N1}，{BODY}",
    "{N1}你好，{BODY}",
    "{N1}欠款{AMT}，逾期{D}天，请今日处理",
    "{N1} 您在{PLAT}的借款已逾期",
    "{N1}！！！{BODY}",
    "{N1}在不在？{BODY}",
    "{N1}还钱",
    "{N1}：{BODY}",
    "{N1}我是{PLAT}的，{BODY}",
    "{N1} {AMT} 今天到期",
    "{N1}的账户已冻结，{BODY}",
    "{N1}和{N2}，{BODY}",
]

T_MIXED = [
    "{N1}你好，我是{PLAT}的。{KIN}{N2}说你在{PLACE}，{TIME}{N3}也来过电话。{BODY}。\n——{N4}",
    "投诉信\n我叫{N1}，{PLACE}人。{TIME}{N2}打给{KIN}{N3}，{BODY}。电话{PH}。\n{N1}\n{DATE}",
    "{ROLE}{C}{N1}\n{ROLE2}{C}{N2}\n{TS} {N3}：{BODY}\n{N1}：知道了",
    "{N1}欠款{AMT}。联系人{LIST}。{TIME}{N2}已上门。",
    "{TIME}{KIN}{N1}打电话说{N2}{N3}都被催了，{BODY}。{N4}",
]

T_OTHER = [
    "您尾号{CARD4}的卡片本期应还{AMT}，如需分期请联系客户经理{PH}",
    "借款人身份证{ID}，在{PLAT}的借款已逾期，请联系{PH}",
    "还款请转账至{CARD}，附言写合同号{ACC}",
    "我们已查到你住在{ADDR}，明天上门",
    "加我微信{WX}，发还款截图",
    "QQ{QQ}是我的，有事联系，别打家里",
    "合同编号{ACC}，逾期{D}天，请拨打{PH}",
    "{PLACE}的老乡请注意，陌生号码{PH}自称{PLAT}客服，是诈骗",
    "我家地址{ADDR}，你们来吧，我没钱",
    "卡号{CARD}，户名见截图，今天转{AMT}",
]

NONE_TEXTS = [
    "泼水节快到了，{PLAT}提醒您合理消费，按时还款",
    "扎西德勒！藏历新年期间客服热线照常服务，请按时还款",
    "景洪的岩石路面很滑，雨季外出注意安全",
    "依照合同约定，逾期会产生罚息，请依法还款",
    "玉溪、玉龙、玉树三地网点本周末正常营业",
    "那达慕大会期间锡林浩特分行营业时间调整为9:00-17:00",
    "火把节放假三天，昭觉县信用社暂停柜面业务",
    "双方已达成和解，和解协议于本周五签署",
    "古尔邦节快乐！临夏网点节日期间暂停营业",
    "三月三歌圩节期间，武鸣支行正常营业",
    "刀口舔血的日子不好过，别去借网贷了",
    "咪表停车费可以用云闪付缴纳",
    "阿妈说今年的酥油茶特别香",
    "大哥：我下午到。\n三姐：好的，路上慢点。\n阿妈：记得带糌粑。",
    "催收员：你好，请问是借款人本人吗？\n借款人：不是，你打错了。",
    "格桑花开了，纳木错的游客比去年多",
    "乌云密布，看样子今晚有雨，明天再去农行还款",
    "其其格是蒙古语里花的意思，很多姑娘都叫这个",
    "白族的姑娘叫金花，小伙子叫阿鹏，这是大理的老习惯",
    "余额不足，请及时存入，以免影响征信",
    "马帮古道现在是景区了，门票六十",
    "东乡手抓和临夏的酿皮都值得一试",
    "和田玉、阿勒泰的羊、伊犁的薰衣草，都是新疆特产",
    "延吉冷面配辣白菜，朝鲜族的老味道",
    "彝族年期间美姑县政务服务中心放假",
    "群公告：本群仅用于还款提醒，禁止发广告",
    "请勿向陌生账户转账，国家反诈中心提醒",
    "老王说下个月还，小李说再等等，王经理说不行",
    "张某某与某某消费金融有限公司借款合同纠纷一案，已调解结案",
    "【{PLAT}】您的账单已出，回TD退订",
    "夏天到了，巴马的长寿村游客很多",
    "常青藤学校的学费也能分期，但要慎重",
    "黎明时分的纳木错，湖面一片金色",
    "江山如画，甘南的草原美得不真实",
    "高峰期转账可能延迟到账，请耐心等待",
    "白雪皑皑的梅里雪山，日照金山很难遇到",
    "向阳花开的季节，勐海的茶叶上市了",
    "华夏银行信用卡中心提醒您按时还款",
    "金星路网点今日暂停营业",
    "安然无恙地回到了家，钱的事慢慢来",
    "刀耕火种的年代早就过去了，现在种茶也能贷款",
    "依依不舍地离开了丽江古城",
]

SENDERS_GW = ["106980095588", "10690588", "1069012345", "106575", "10659"]


class Builder:
    def __init__(self, r, names_fn):
        self.r = r
        self.names_fn = names_fn

    def fill(self, tpl, forced=None):
        r = self.r
        out = []
        pii = []  # (pos, kind, value)
        seen = {}
        names = {}
        pieces = []
        i = 0
        # resolve nested BODY first (BODY has its own slots)
        while "{BODY}" in tpl:
            tpl = tpl.replace("{BODY}", r.choice(BODY), 1)
        text = ""
        while True:
            j = tpl.find("{", i)
            if j < 0:
                text += tpl[i:]
                break
            k = tpl.find("}", j)
            text += tpl[i:j]
            slot = tpl[j + 1:k]
            i = k + 1
            val, kind = self.slot(slot, names, forced)
            if kind == "list":
                for n, (v, sep) in enumerate(val):
                    pos = len(text)
                    text += v
                    if v not in seen:
                        seen[v] = 1
                        pii.append((pos, "name", v))
                    text += sep
                continue
            pos = len(text)
            text += val
            if kind and val not in seen:
                seen[val] = 1
                pii.append((pos, kind, val))
        pii.sort(key=lambda t: t[0])
        return text, [{"kind": kd, "value": v} for _, kd, v in pii]

    def slot(self, slot, names, forced):
        r = self.r
        if slot.startswith("N") and slot[1:].isdigit():
            if slot not in names:
                names[slot] = self.names_fn(forced if slot == "N1" else None, list(names.values()))
            return names[slot], "name"
        if slot == "LIST":
            cnt = r.choice([2, 3, 3, 4, 5])
            glued = r.random() < 0.35
            sep = "" if glued else r.choice(["、", "、", "，", ",", " ", "/", "；"])
            vals = []
            for n in range(cnt):
                v = self.names_fn(forced if n == 0 else None, list(names.values()) + [x for x, _ in vals])
                names["L%d" % n] = v
                vals.append((v, sep if n < cnt - 1 else ""))
            if not glued and cnt >= 3 and r.random() < 0.3:
                vals[-2] = (vals[-2][0], "和")
            return vals, "list"
        if slot == "PH":
            return make_phone(r), "phone"
        if slot == "ID":
            return make_id(r), "id_number"
        if slot == "CARD":
            return make_card(r), "bank_card"
        if slot == "CARD4":
            return str(r.randrange(1000, 9999)), None
        if slot == "ADDR":
            return make_addr(r), "address"
        if slot == "WX":
            return make_wx(r), "wechat"
        if slot == "QQ":
            return make_qq(r), "qq"
        if slot == "ACC":
            return make_acc(r), "account"
        if slot == "KINB":
            return r.choice(KINB), None
        if slot in ("KIN", "KIN2"):
            return r.choice(KINS), None
        if slot in ("ROLE", "ROLE2", "ROLE3"):
            return r.choice(ROLE_LABELS), None
        if slot == "C":
            return r.choice(COLONS), None
        if slot == "TIME":
            return r.choice(TIMES), None
        if slot == "TS":
            return r.choice(TIMESTAMPS), None
        if slot == "AMT":
            return r.choice(AMOUNTS), None
        if slot == "PLAT":
            return r.choice(PLATFORMS), None
        if slot == "PLACE":
            return pick_place(r), None
        if slot == "DATE":
            return r.choice(DATES), None
        if slot == "D":
            return str(r.randrange(3, 400)), None
        raise KeyError(slot)


# ---------------------------------------------------------------- preserve
COUNTIES = S("景洪市 勐海县 勐腊县 芒市 瑞丽市 陇川县 盈江县 梁河县 孟连县 西盟县 澜沧县 沧源县 耿马县 昭觉县 美姑县 布拖县 喜德县 越西县 甘洛县 金阳县 雷波县 普格县 盐源县 木里县 宁蒗县 石林县 峨山县 巍山县 剑川县 鹤庆县 洱源县 玉龙县 香格里拉市 德钦县 维西县 贡山县 福贡县 泸水市 兰坪县 元阳县 绿春县 金平县 屏边县 墨江县 江城县 宁洱县 锡林浩特市 阿巴嘎旗 苏尼特左旗 正蓝旗 多伦县 东乌珠穆沁旗 西乌珠穆沁旗 科尔沁右翼中旗 扎鲁特旗 巴林右旗 阿鲁科尔沁旗 翁牛特旗 鄂托克旗 乌审旗 额济纳旗 阿拉善左旗 四子王旗 陈巴尔虎旗 新巴尔虎左旗 鄂温克族自治旗 莫力达瓦旗 满洲里市 二连浩特市 乌兰浩特市 当雄县 墨竹工卡县 达孜区 堆龙德庆区 江孜县 亚东县 定日县 错那市 八宿县 波密县 察隅县 米林市 工布江达县 尼玛县 同仁市 泽库县 尖扎县 贵德县 共和县 同德县 兴海县 玛沁县 玛多县 久治县 班玛县 达日县 甘德县 玉树市 称多县 囊谦县 治多县 杂多县 曲麻莱县 夏河县 碌曲县 玛曲县 合作市 卓尼县 迭部县 舟曲县 临潭县 天祝县 红原县 若尔盖县 马尔康市 色达县 理塘县 稻城县 康定市 东乡族自治县 积石山县 广河县 和政县 康乐县 永靖县 循化县 化隆县 门源县 民和县 互助县 同心县 西吉县 泾源县 海原县 库车市 霍城县 察布查尔县 特克斯县 昭苏县 新源县 尼勒克县 巩留县 富蕴县 青河县 布尔津县 哈巴河县 鄯善县 托克逊县 巴里坤县 木垒县 伊吾县 焉耆县 和静县 和硕县 博湖县 若羌县 且末县 莎车县 叶城县 疏附县 疏勒县 英吉沙县 泽普县 麦盖提县 巴楚县 塔什库尔干县 阿图什市 乌恰县 阿合奇县 上林县 马山县 都安县 大化县 巴马县 凤山县 东兰县 天峨县 南丹县 环江县 罗城县 融水县 三江县 龙胜县 恭城县 富川县 金秀县 靖西市 那坡县 德保县 田阳区 田东县 平果市 隆林县 西林县 凌云县 乐业县 龙州县 凭祥市 大新县 天等县 宁明县 雷山县 台江县 剑河县 榕江县 从江县 黎平县 凯里市 丹寨县 麻江县 三都县 荔波县 花垣县 凤凰县 吉首市 保靖县 永顺县 龙山县 古丈县 泸溪县 江华县 江永县 连南县 乳源县 延吉市 图们市 敦化市 珲春市 龙井市 和龙市 汪清县 安图县 长白县")
TOWNS = S("勐仑镇 勐罕镇 打洛镇 嘎洒镇 勐养镇 基诺山乡 勐遮镇 勐混镇 勐满镇 姐告 弄岛镇 畹町 大研街道 束河街道 白沙镇 拉市镇 永宁镇 喜洲镇 周城村 双廊镇 挖色镇 沙溪镇 诺邓村 黑井镇 坝美村 普者黑 箐口村 阿者科村 多依树 坝达 西江镇 郎德镇 肇兴镇 岜沙村 加榜乡 德夯村 矮寨镇 芙蓉镇 郎木寺镇 扎尕那 隆务镇 锁南镇 唐汪镇 竹核乡 巴普镇 别力古台镇 地苏镇 新街镇 贝子庙 希拉穆仁镇 室韦镇 恩和乡 黑山头镇 禾木乡 白哈巴村 那拉提镇 巴音布鲁克镇 琼库什台村 夏塔乡 然乌镇 鲁朗镇 新都桥镇 塔公镇 和顺镇 黄姚镇 程阳八寨 龙脊镇 朗德上寨")
SIGHTS = S("曼听公园 勐泐大佛寺 告庄西双景 曼飞龙佛塔 野象谷 泸沽湖 邛海 螺髻山 程海 巍宝山 鸡足山 苍山 洱海 崇圣寺三塔 蝴蝶泉 玉龙雪山 虎跳峡 梅里雪山 独克宗古城 松赞林寺 普达措 丽江古城 木府 黑龙潭 哈尼梯田 老虎嘴 西江千户苗寨 小七孔 大七孔 九寨沟 黄龙 拉卜楞寺 塔尔寺 青海湖 茶卡盐湖 纳木错 羊卓雍错 巴松措 八廓街 大昭寺 哲蚌寺 色拉寺 扎什伦布寺 布达拉宫 罗布林卡 稻城亚丁 海螺沟 木格措 呼伦贝尔草原 锡林郭勒草原 科尔沁草原 辉腾锡勒 格根塔拉 响沙湾 成吉思汗陵 五当召 大召寺 席力图召 阿尔山 额尔古纳湿地 喀纳斯 赛里木湖 果子沟 喀拉峻 天山天池 火焰山 葡萄沟 坎儿井 交河故城 高昌故城 艾提尕尔清真寺 帕米尔高原 白沙湖 石头城 盘龙古道 查干湖 长白山天池 帽儿山 龙潭山 刘三姐景观园 德天瀑布 通灵大峡谷 龙脊梯田 程阳风雨桥 凤凰古城 沱江 芙蓉镇瀑布 拉市海 石林 九乡 元谋土林 沙马拉达隧道 乌兰布统 达里诺尔 宝格达山 巴丹吉林沙漠 黑城遗址 马蹄寺 炳灵寺 松鸣岩 积石山大禹治水遗址")
FESTIVALS = S("泼水节 火把节 那达慕 古尔邦节 开斋节 肉孜节 雪顿节 藏历新年 望果节 三月三 歌圩节 苗年 姊妹节 芦笙节 盘王节 三月街 绕三灵 三朵节 长街宴 十月年 刀杆节 阔时节 彝族年 赛马节 目瑙纵歌 花山节 牛王节 端节 花儿会 六月六 达努节 祭敖包 诺茹孜节 阿肯弹唱会 秋夕 开门节 关门节 赶摆 耍海节 跳花节 采花节 摆手节 侗年 新米节 嘎汤帕节 卡雀哇节")
DISHES = S("手抓饭 烤包子 大盘鸡 拉条子 馕 薄皮包子 手抓羊肉 奶茶 奶皮子 炒米 手把肉 烤全羊 奶豆腐 蒙古馅饼 酥油茶 糌粑 甜茶 藏面 牦牛肉干 青稞酒 风干肉 坨坨肉 荞粑粑 酸菜土豆汤 苦荞茶 香茅草烤鱼 菠萝饭 撒撇 喃咪 舂鸡脚 鬼鸡 乳扇 乳饼 砂锅鱼 饵块 鸡豆凉粉 丽江粑粑 腊排骨火锅 酸汤鱼 冷面 打糕 辣白菜 石锅拌饭 米肠 明太鱼 五色糯米饭 螺蛳粉 老友粉 柠檬鸭 打油茶 竹筒饭 腌鱼 牛瘪 东乡手抓 油香 馓子 牛肉面 酿皮 甜醅 尕面片 炮仗面 羊肉垫卷子 黄焖羊肉 过桥米线 稀豆粉 破酥包子 紫米粑粑 牛干巴 血肠 抓饭 格瓦斯 酸奶疙瘩")
SONGS = S("《敖包相会》 《美丽的草原我的家》 《鸿雁》 《吉祥三宝》 《乌兰巴托的夜》 《月光下的凤尾竹》 《小河淌水》 《阿细跳月》 《远方的客人请你留下来》 《达坂城的姑娘》 《掀起你的盖头来》 《阿拉木汗》 《玛依拉》 《燕子》 《在那遥远的地方》 《康定情歌》 《北京的金山上》 《青藏高原》 《天路》 《卓玛》 《洗衣歌》 《阿里郎》 《桔梗谣》 《刘三姐》 《山歌好比春江水》 《蝴蝶泉边》 《五朵金花》 《阿诗玛》 《彝人回家》 《梦中的额吉》 《呼伦贝尔大草原》 《父亲的草原母亲的河》 《陪你一起看草原》 《香巴拉并不遥远》 《格桑花》 《金孔雀轻轻跳》 《苗岭的早晨》 《侗族大歌》 《赶圩归来阿哩哩》 《花儿与少年》 《阿瓦人民唱新歌》 《草原上升起不落的太阳》 《一杯美酒》 《可爱的一朵玫瑰花》")
WORDY = [  # ordinary words starting with name-like pieces
    "玉米", "玉器", "玉兰花", "岩石", "岩画", "岩溶地貌", "刀具", "刀口", "刀削面", "依法", "依照", "依据", "依次", "咪表", "吉祥", "阿妈", "阿佳", "沙马拉达", "曲比较陡", "海来不了",
    "乌云", "图雅这个词", "其其格", "阿拉坦合力嘎查", "孟根布拉格", "斯琴", "扎西德勒", "格桑花", "卓玛拉康", "尼玛县", "达娃（月亮）", "罗布林卡", "强巴林寺",
    "马帮", "马家窑", "哈达", "撒拉族", "锁南镇", "唐汪川", "古丽巴格", "巴扎", "木卡姆", "麦西来甫", "冬不拉", "阿肯", "叼羊", "姑娘追",
    "金达莱", "阿里郎", "朴素", "农行", "蓝天", "莫非", "陆续", "零钱", "闭环", "凌晨", "岑溪", "龙舟", "石头", "麻烦", "熊猫", "盘古", "盘王", "奉节", "段落", "字据", "寸步难行", "和解", "和谐", "木府", "习惯", "普洱", "车辆", "余额", "蜂蜜", "密码", "恒温", "胡同", "覃塘区", "黄姚",
]
PRES_FRAMES = [
    "{COUNTY}人民法院", "{COUNTY}人民法院执行局", "{COUNTY}公安局{TOWN}派出所", "{TOWN}卫生院", "{TOWN}人民政府", "{COUNTY}农村信用合作联社", "{COUNTY}司法局法律援助中心", "{COUNTY}{FEST}放假通知",
    "{COUNTY}", "{TOWN}", "{SIGHT}", "{FEST}", "{DISH}", "{SONG}",
    "今年{FEST}我没回{COUNTY}，在外面打工还网贷",
    "{FEST}期间{COUNTY}各网点照常营业",
    "去{SIGHT}的门票可以用{PLAT}分期",
    "{TOWN}的{DISH}一碗十五块",
    "我在{COUNTY}打工，工资依照合同按月发放",
    "{COUNTY}的玉米今年收成不好，贷款只能延期",
    "{TOWN}到{SIGHT}的路上全是岩石，车开不快",
    "双方在{COUNTY}人民调解委员会达成和解",
    "{COUNTY}人民法院依法裁定准许撤诉",
    "KTV里点了一首{SONG}，唱完就去还款",
    "{SIGHT}附近的农行ATM可以取现",
    "{FEST}那天{TOWN}的集市特别热闹",
    "阿妈做的{DISH}最好吃，阿爸在{COUNTY}放牛",
    "大哥在{COUNTY}开车，三姐在{TOWN}卖{DISH}",
    "{COUNTY}的老乡都说{PLAT}利息太高",
    "余额只够买一份{DISH}了",
    "从{COUNTY}到{SIGHT}的班车每天两趟",
    "{TOWN}信用社的柜员说要带身份证原件",
    "扎西德勒！{FEST}快乐",
    "格桑花开的时候{SIGHT}游客最多",
    "乌云压在{SIGHT}上，看来要下雨",
    "马帮走过的古道现在修成了{COUNTY}的旅游公路",
    "{COUNTY}的字据要按手印才算数",
    "{WORD}、{WORD2}和{DISH}",
    "催收的说{COUNTY}有人上门，后来发现是诈骗",
    "{TOWN}的{FEST}要办三天，银行只开半天",
    "关于{COUNTY}{WORD}问题的说明",
    "{PLAT}在{COUNTY}设了线下还款点",
    "{SONG}是{COUNTY}人都会唱的歌",
    "{DISH}配{DISH2}，是{COUNTY}的吃法",
    "夏天去{SIGHT}，冬天去{SIGHT2}",
    "{SIGHT}的黎明特别美",
    "常青藤学校在{COUNTY}也有分校",
    "向阳坡上的{DISH}原料最好",
    "江山多娇，{SIGHT}是其中一处",
    "高峰时段{COUNTY}政务大厅要排队",
    "白雪覆盖了{SIGHT}",
    "宁静的{TOWN}，{FEST}一过就冷清了",
    "金星路上的{PLAT}线下门店已关闭",
    "{COUNTY}公安提醒：{FEST}期间谨防冒充客服诈骗",
    "去{TOWN}的路上吃了{DISH}，付款时余额不足",
    "{WORD}是{COUNTY}的常见说法",
    "我们{COUNTY}的{FEST}比过年还热闹",
    "玉米收完再还{PLAT}，今年{COUNTY}雨水多",
    "{COUNTY}的岩画是省级文物保护单位",
    "依照{COUNTY}的老规矩，{FEST}不谈欠钱的事",
    "刀耕火种早就过去了，现在{TOWN}种茶也能贷款",
    "阿依是彝语里孩子的意思，{COUNTY}的学校里到处能听到",
    "沙马拉达隧道堵车，去{COUNTY}还款晚了半天",
    "乌兰牧骑今晚在{TOWN}演出",
    "巴扎上买了{DISH}，微信付款时余额不足",
    "献哈达是{COUNTY}待客的礼节",
    "金达莱花开了，{COUNTY}的冷面馆排起长队",
    "阿妈妮做的{DISH}，配一碗冷面",
    "阿佳在八廓街卖{DISH}，收款码贴在门口",
    "{COUNTY}的木府、字据和老照片都在博物馆里",
    "盘王节那天{COUNTY}的瑶寨唱了一整夜",
    "{TOWN}的蜂蜜和普洱茶都可以寄快递",
    "格桑花、金达莱、玉兰花，都是催收短信里没有的美",
    "努尔巴格街道的{DISH}店关门了",
    "宝力格苏木到{COUNTY}的班车停运",
    "查干淖尔的冬捕，{FEST}前后最热闹",
    "扎西宗乡离珠峰大本营不远",
    "阿拉坦合力嘎查的牧民贷款可以延期",
    "孟根布拉格是银泉的意思，{COUNTY}有好几个同名的地方",
    "{COUNTY}的阿肯弹唱会上，冬不拉一响全场安静",
    "老人说乌云、格桑、其其格这些词在{COUNTY}随处可见",
    "{TOWN}的马帮驿站改成了民宿",
    "和解协议书一式三份，{COUNTY}人民调解委员会留存一份",
    "三姐：{DISH}做好了\n大哥：马上到" if False else "三姐说{DISH}做好了，大哥说马上到",
    "{COUNTY}农行的柜员会说{LANG}",
    "嫂子在{TOWN}开了家{DISH}店，扫码能分期",
]


def build_preserve(r):
    lines = []
    idx = {}
    tries = 0
    while len(lines) < 3400 and tries < 60000:
        tries += 1
        f = r.choice(PRES_FRAMES)
        rep = {
            "{COUNTY}": r.choice(COUNTIES), "{TOWN}": r.choice(TOWNS), "{SIGHT}": r.choice(SIGHTS),
            "{SIGHT2}": r.choice(SIGHTS), "{FEST}": r.choice(FESTIVALS), "{DISH}": r.choice(DISHES),
            "{DISH2}": r.choice(DISHES), "{SONG}": r.choice(SONGS), "{PLAT}": r.choice(PLATFORMS),
            "{WORD}": r.choice(WORDY), "{WORD2}": r.choice(WORDY),
            "{LANG}": r.choice(["傣语", "彝语", "蒙古语", "藏语", "维吾尔语", "哈萨克语", "壮语", "苗语", "朝鲜语", "纳西话", "哈尼话", "傈僳语", "白族话", "瑶话", "东乡语"]),
        }
        for k in sorted(rep, key=len, reverse=True):
            f = f.replace(k, rep[k])
        if r.random() < 0.25:
            f = r.choice(["温馨提示：", "【通知】", "网友说：", "老乡群里：", "导游：", ""]) + f
        if f not in idx:
            idx[f] = 1
            lines.append(f)
    return lines


# ---------------------------------------------------------------- dedupe
def norm(s):
    return "".join(s.split())


def load_others():
    texts, plines = {}, {}
    files = 0
    if not os.path.isdir(DEDUPE_DIR):
        return texts, plines, files
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or fn in OWN:
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            files += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        t = json.loads(line).get("text", "")
                    except Exception:
                        continue
                    texts[norm(t)] = 1
        elif fn.endswith(".txt") and "preserve" in fn:
            files += 1
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if line.strip():
                        plines[norm(line)] = 1
    return texts, plines, files


# ---------------------------------------------------------------- main
def main():
    other_texts, other_plines, nfiles = load_others()
    other_pres_blob = "\n".join(other_plines.keys())
    rp = random.Random(SEED + 1)
    cand = build_preserve(rp)
    stats = {"pres_cand": len(cand), "pres_dup_other": 0}
    preserve = []
    for l in cand:
        if norm(l) in other_texts or norm(l) in other_plines:
            stats["pres_dup_other"] += 1
            continue
        preserve.append(l)
    preserve = preserve[:3000]
    own_pres_blob = "\n".join(norm(l) for l in preserve)
    fixed_blob = norm("\n".join(T_SPEAKER + T_KIN + T_TIME + T_LIST + T_SIG + T_START + T_MIXED + T_OTHER + BODY
                            + KINS + ROLE_LABELS + TIMES + PLACES + PLATFORMS + AMOUNTS + DATES + TIMESTAMPS))

    banned = {}
    rounds = 0
    while True:
        rounds += 1
        res = generate(preserve, own_pres_blob, other_pres_blob, fixed_blob, banned, other_texts, stats)
        records, origin_of, viol = res
        if not viol:
            break
        for v in viol:
            banned[v] = 1
        if rounds > 30:
            sys.exit("could not converge")
    stats["rounds"] = rounds
    stats["banned_after_check"] = len(banned)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, OWN[0]), "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, OWN[1]), "w", encoding="utf-8", newline="\n") as fh:
        for l in preserve:
            fh.write(l + "\n")

    # summary (counts only)
    print("dedupe files read:", nfiles, "distinct texts:", len(other_texts), "distinct preserve lines:", len(other_plines))
    print("records:", len(records), "rejected equal to other text:", stats["rec_dup_other"])
    print("preserve lines:", len(preserve), "candidates:", stats["pres_cand"], "rejected equal to other:", stats["pres_dup_other"])
    print("name draws rejected: other preserve", stats["rej_other_pres"], "own preserve", stats["rej_own_pres"],
          "fixed text", stats["rej_fixed"], "used/sub", stats["rej_used"], "famous", stats["rej_famous"], "rounds", rounds, "banned", len(banned))
    if SUMMARY:
        summary(records, origin_of, preserve)


def generate(preserve, own_pres_blob, other_pres_blob, fixed_blob, banned, other_texts, stats):
    r = random.Random(SEED)
    for k in ("rej_other_pres", "rej_own_pres", "rej_fixed", "rej_used", "rej_famous", "rec_dup_other"):
        stats[k] = 0
    used = {}
    origin_of = {}
    word_uses = {}

    def draw_name(forced_origin, in_record):
        for _ in range(400):
            if forced_origin is not None:
                mk = forced_origin
            else:
                x = r.randrange(ORIGIN_TOTAL)
                for mk, w in ORIGINS:
                    if x < w:
                        break
                    x -= w
            v, org = mk(r)
            if v in banned:
                continue
            if v in FAMOUS_FULL:
                stats["rej_famous"] += 1
                continue
            is_word = org == "Han word-name"
            nv = norm(v)
            if not is_word:
                if nv in other_pres_blob:
                    stats["rej_other_pres"] += 1
                    continue
                if nv in own_pres_blob:
                    stats["rej_own_pres"] += 1
                    continue
                if nv in fixed_blob:
                    stats["rej_fixed"] += 1
                    continue
                if v in used:
                    stats["rej_used"] += 1
                    continue
                bad = False
                for u in in_record:
                    if nv in norm(u) or norm(u) in nv:
                        bad = True
                        break
                if bad:
                    stats["rej_used"] += 1
                    continue
            else:
                if v in in_record or word_uses.get(v, 0) >= 4:
                    stats["rej_used"] += 1
                    continue
                bad = False
                for u in in_record:
                    if v in u or u in v:
                        bad = True
                if bad:
                    continue
                word_uses[v] = word_uses.get(v, 0) + 1
            used[v] = 1
            origin_of[v] = org
            return v
        raise RuntimeError("name pool exhausted")

    b = Builder(r, draw_name)
    plan = [("speaker", T_SPEAKER, 100), ("kin", T_KIN, 95), ("time", T_TIME, 85), ("list", T_LIST, 90),
            ("signature", T_SIG, 80), ("start", T_START, 80), ("mixed", T_MIXED, 40), ("other", T_OTHER, 25)]
    makers = [m for m, _ in ORIGINS]
    recs = []
    for grp, tpls, n in plan:
        for i in range(n):
            tpl = tpls[i % len(tpls)] if i < len(tpls) else r.choice(tpls)
            forced = None
            if grp != "other":
                # cycle origins so every origin appears in every position group
                forced = makers[(i + len(recs)) % len(makers)] if r.random() < 0.6 else None
                if grp == "speaker" and "ROLE" in tpl and r.random() < 0.5:
                    forced = mk_word
            ok = False
            for attempt in range(20):
                text, pii = b.fill(tpl, forced)
                if norm(text) in other_texts:
                    stats["rec_dup_other"] += 1
                    continue
                ok = True
                break
            if ok:
                recs.append((grp, text, pii))
    # none records
    for t in NONE_TEXTS:
        text, pii = b.fill(t)
        if norm(text) in other_texts:
            stats["rec_dup_other"] += 1
            continue
        recs.append(("none", text, pii))
    r.shuffle(recs)

    # checks
    all_names = [v for v in used if origin_of[v] != "Han word-name"] + [w for w in WORD_NAMES if w in used]
    all_names.sort(key=len, reverse=True)
    viol = []
    viol_idx = {}
    pres_all = own_pres_blob
    for grp, text, pii in recs:
        for it in pii:
            assert it["value"] in text, it
        vals = sorted([it["value"] for it in pii], key=len, reverse=True)
        rest = text
        for v in vals:
            rest = rest.replace(v, "\x00")
        if grp == "none":
            continue
        for nm in all_names:
            if nm in rest and nm not in viol_idx:
                viol_idx[nm] = 1
                viol.append(nm)
        for it in pii:
            if it["kind"] != "name":
                for nm in all_names:
                    if nm in it["value"] and nm not in viol_idx:
                        viol_idx[nm] = 1
                        viol.append(nm)
    # none records: only word-names may occur
    for grp, text, pii in recs:
        if grp != "none":
            continue
        for nm in all_names:
            if origin_of.get(nm) != "Han word-name" and nm in text and nm not in viol_idx:
                viol_idx[nm] = 1
                viol.append(nm)
    records = []
    for n, (grp, text, pii) in enumerate(recs):
        sender = None
        x = r.random()
        if x < 0.12:
            sender = r.choice(SENDERS_GW)
        elif x < 0.18 and grp in ("start", "kin"):
            sender = make_phone(r).replace(" ", "").replace("-", "").replace("+86", "")
        records.append({"id": "t32-%04d" % (n + 1), "text": text, "sender": sender, "pii": pii, "_g": grp})
    origin_of["_groups"] = {}
    out = []
    for rec in records:
        g = rec.pop("_g")
        origin_of["_groups"][rec["id"]] = g
        out.append(rec)
    return out, origin_of, viol


def summary(records, origin_of, preserve):
    groups = origin_of["_groups"]
    kinds = ["name", "phone", "id_number", "bank_card", "address", "wechat", "qq", "account"]
    tab = {}
    gorder = []
    for rec in records:
        g = groups[rec["id"]]
        if g not in tab:
            tab[g] = [0] * (len(kinds) + 1)
            gorder.append(g)
        tab[g][0] += 1
        for it in rec["pii"]:
            tab[g][1 + kinds.index(it["kind"])] += 1
    print("group", "records", *kinds)
    tot = [0] * (len(kinds) + 1)
    for g in gorder:
        print(g, *tab[g])
        tot = [a + b for a, b in zip(tot, tab[g])]
    print("total", *tot)
    org = {}
    oorder = []
    distinct = {}
    shape = {"dot": 0, "space": 0, "2": 0, "3": 0, "4+": 0}
    for rec in records:
        for it in rec["pii"]:
            if it["kind"] != "name":
                continue
            o = origin_of[it["value"]]
            if o not in org:
                org[o] = 0
                oorder.append(o)
            org[o] += 1
            distinct[it["value"]] = 1
            v = it["value"]
            if any(c in v for c in "·•・."):
                shape["dot"] += 1
            elif " " in v:
                shape["space"] += 1
            elif len(v) == 2:
                shape["2"] += 1
            elif len(v) == 3:
                shape["3"] += 1
            else:
                shape["4+"] += 1
    for o in sorted(oorder, key=lambda x: -org[x]):
        print("origin", o, org[o])
    print("distinct names", len(distinct), "shape", shape)
    nonerec = sum(1 for rec in records if not rec["pii"])
    multi = sum(1 for rec in records if sum(1 for it in rec["pii"] if it["kind"] == "name") >= 2)
    print("records without pii", nonerec, "records with 2+ names", multi)
    print("senders null", sum(1 for rec in records if rec["sender"] is None))
    mat = {}
    gl = []
    for rec in records:
        g = groups[rec["id"]]
        if g not in gl:
            gl.append(g)
        for it in rec["pii"]:
            if it["kind"] == "name":
                o = origin_of[it["value"]]
                mat[(o, g)] = mat.get((o, g), 0) + 1
    gl = [g for g in gl if g not in ("none", "other")]
    print("origin x group:", *gl)
    for o in sorted(oorder, key=lambda x: -org[x]):
        print(o, *[mat.get((o, g), 0) for g in gl])
    # word-names in preserve
    wn = 0
    for l in preserve:
        if any(w in l for w in WORD_NAMES if w in distinct):
            wn += 1
    print("preserve lines containing a used word-name", wn)


if __name__ == "__main__":
    main()
