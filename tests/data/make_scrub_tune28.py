#!/usr/bin/env python3
"""Tuning corpus 28 for the personal-data scrubber (blind writer).

Focus: the phone screen as evidence.  Call logs and 通话详情, 备忘录 notes,
hand-written logs copied out, tables with | and tabs, WeChat / QQ export
artefacts (撤回, 拍了拍, 引用回复, 合并转发, 语音通话, 红包/转账, @, 群昵称),
screenshot OCR (status bar, watermark, look-alike misreads 形近字, a line
break inside a name, spaced characters), text mixing simplified and
traditional characters, pinyin and English nicknames; kinship and address
forms (前妻, 继父, 干妈, 师父, 哥们, 老X, X总, 阿X, X某某); and minority peoples
that earlier corpora hardly cover (布依, 水, 仫佬, 毛南, 羌, 土, 锡伯, 鄂温克,
达斡尔, 赫哲, 畲, 京, 朝鲜, 俄罗斯).

Standard library only.  One random.Random(SEED) for records, one
random.Random(SEED + 1) for the preserve list.  No set is iterated.
"""
import glob
import json
import os
import re
import sys
import random

SEED = 20261228
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE28_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE28_DEDUPE_DIR", HERE)
SUMMARY = os.environ.get("TUNE28_SUMMARY") == "1"

def W(s):
    return s.split()

# ----------------------------------------------------------------- names
SUR_COMMON = W("""王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓
曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾
夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫
孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦
俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全""")
SUR_TOP = W("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐")
SUR_RARE = W("禤 亓 訾 仉 笪 乜 酆 揭 缑 璩 逄 郏 蹇 隗 眭 雒 冼 闵 甄 佘 鄢 郄 厍 逯 蒯 郗 芮 阚 矫 栾 綦 銮 昝 宓 楚 桑 巫 查 井")
SUR_COMPOUND = W("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 西门 呼延 夏侯 令狐 端木 独孤 南宫 闻人 第五 万俟 澹台 公冶 赫连 钟离 申屠 轩辕")

GIVEN = {
    ("old", "m"): W("""建国 国庆 德福 福生 志刚 建军 卫国 国强 振华 保国 永福 长生 金山 有才 建设 树林 凤山 文斌 水生 玉堂 根生
    宝山 德胜 庆丰 守义 自强 兴旺 春生 红旗 援朝 跃进 学军 向阳 新民 继红 抗美 忠诚 开明 永祥 万福"""),
    ("old", "f"): W("""秀英 桂兰 玉珍 淑芬 凤英 桂英 秀兰 玉兰 翠花 素珍 月娥 淑珍 桂芳 金凤 秀珍 玉梅 兰英 春花 爱华
    凤兰 秀云 桂珍 招娣 来娣 冬梅 银花 彩霞 巧云 美玲 腊梅 素芬 月英 二妹 淑华 荣华 惠珍"""),
    ("mid", "m"): W("""志强 海涛 建华 晓东 永刚 国栋 振宇 伟东 俊峰 立新 晓峰 海波 小军 红军 卫东 洪涛 志勇 建平 文杰
    宏伟 少华 锦涛 春雷 光明 雪峰 志明 东升 学文 长江 海龙 德明 军辉 振江 庆华 家豪 国辉 宏亮 永强 剑锋"""),
    ("mid", "f"): W("""丽娟 海燕 晓燕 红梅 丽华 春燕 美华 晓红 秀娟 雪梅 艳红 丽萍 晓丽 慧敏 玉洁 凤琴 小燕 彩云 艳玲
    晓梅 丽红 秋菊 金花 丽君 红霞 淑敏 文静 亚琴 建芳 春梅 月华 晓霞 玉凤 桂香 海霞 丹凤 燕飞 素梅"""),
    ("young", "m"): W("""子轩 浩然 宇航 俊熙 梓豪 一鸣 博文 皓轩 子墨 沐阳 宇轩 思远 天佑 睿泽 嘉诚 晨阳 俊杰 浩宇 明轩
    泽宇 奕辰 铭泽 梓睿 煜祺 星辰 锦程 承泽 弘毅 逸飞 哲瀚 昊天 子健 文博 嘉懿 允诺 乐天 书恒 瑞霖"""),
    ("young", "f"): W("""梓涵 欣怡 雨桐 思彤 诗涵 一诺 紫萱 可馨 若曦 梦琪 佳怡 语嫣 子琪 雨萱 心悦 艺涵 沐晴 芷若 依依
    诗雨 梦瑶 欣妍 嘉怡 婉清 静怡 梓萱 雅琪 思琪 佳琪 语桐 可欣 晨曦 安琪 书瑶 星玥 楚涵 钰彤 晓彤"""),
}
ONE = {"m": W("伟 磊 强 军 勇 杰 涛 斌 超 鹏 辉 刚 健 峰 亮 浩 宇 凯 帆 龙 彬 锐 坤 旭"),
       "f": W("芳 敏 静 丽 娟 艳 娜 霞 玲 燕 萍 红 琳 莉 倩 婷 雪 颖 蕾 媛 瑶 璐 洁 岚")}
DUP = {"m": W("磊磊 乐乐 壮壮 聪聪 豆豆 亮亮 冬冬 阳阳 鑫鑫 浩浩"),
       "f": W("婷婷 丹丹 晶晶 莹莹 倩倩 菲菲 露露 甜甜 璐璐 娜娜 欢欢 悦悦")}
TRAD = dict(zip("陈张刘杨黄赵吴孙马郑谢韩冯邓许萧罗叶苏卢蒋贾钟陆龙国华伟丽红兰凤军东刚庆宝荣贵义杰鸿进强丰胜爱云凤桂梅玲娟艳燕涛辉锋亮龙龚汤邹严钱顾乔纪宁齐廖戴钟邝谭汤邵声振俊晓慧",
                "陳張劉楊黃趙吳孫馬鄭謝韓馮鄧許蕭羅葉蘇盧蔣賈鍾陸龍國華偉麗紅蘭鳳軍東剛慶寶榮貴義傑鴻進強豐勝愛雲鳳桂梅玲娟豔燕濤輝鋒亮龍龔湯鄒嚴錢顧喬紀寧齊廖戴鍾鄺譚湯邵聲振俊曉慧"))
TRAD_SUR = W("陈 张 刘 杨 黄 赵 吴 孙 郑 谢 韩 冯 邓 许 罗 叶 苏 卢 蒋 钟 陆 龚 邹 严 钱 顾 纪 谭")
TRAD_GIVEN = {"m": W("国华 伟强 志军 东升 刚毅 庆丰 宝荣 义杰 鸿进 家强 丰年 胜利 涛声 辉煌 锋亮 玉龙 宏伟 国强 振东 俊杰"),
              "f": W("丽红 秀兰 美凤 贵芬 爱云 凤娟 艳玲 燕华 淑华 丽娟 玉兰 秀英 丽华 凤英 红梅 美玲 慧敏 晓燕")}
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
          "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "林": "Lin",
          "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "唐": "Tang", "韩": "Han", "冯": "Feng", "邓": "Deng",
          "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "蒋": "Jiang", "蔡": "Cai", "欧阳": "Ouyang", "司徒": "Situ"}
PY_GIVEN = [("志强", "Zhi", "qiang"), ("海涛", "Hai", "tao"), ("晓东", "Xiao", "dong"), ("丽娟", "Li", "juan"),
            ("海燕", "Hai", "yan"), ("子轩", "Zi", "xuan"), ("欣怡", "Xin", "yi"), ("雨桐", "Yu", "tong"),
            ("俊杰", "Jun", "jie"), ("浩然", "Hao", "ran"), ("建华", "Jian", "hua"), ("美玲", "Mei", "ling"),
            ("嘉怡", "Jia", "yi"), ("振宇", "Zhen", "yu"), ("思远", "Si", "yuan"), ("文静", "Wen", "jing"),
            ("国栋", "Guo", "dong"), ("晨曦", "Chen", "xi"), ("一鸣", "Yi", "ming"), ("佳琪", "Jia", "qi")]
EN_NICK = W("Tony Kevin Jason Eric Jack Leo Amy Lily Cherry Vivian Coco Sunny Linda Grace Sandy Bella")

# minority peoples little covered before
MIN = {
    "布依": (W("韦 罗 岑 莫 班 伍 陆 王 黄 杨"), W("正贵 朝英 明芬 国荣 老幺 光秀 成芬 德兴 文金 祖英 开权 玉兰 春美 家林")),
    "水": (W("韦 潘 蒙 石 吴 陆"), W("秀花 海生 树春 老五 正英 家福 国芬 金培 朝明 月英")),
    "仫佬": (W("银 吴 罗 谢 潘 梁 谭"), W("桂芳 建平 锦华 秀琼 振球 明珍 春兰 福堂 汉文")),
    "毛南": (W("谭 覃 卢 蒙 韦"), W("日升 金英 启文 美团 正才 秀枝 显旺 凤娇")),
    "羌": (W("余 母 王 杨 何 陈 苟 肖"), W("志明 明芳 兴华 秀珍 成金 阿斗 永兵 春梅 尔玛")),
    "土": (W("星 祁 鲁 吕 李 汪"), W("明德 永福 才让 桂花 索南 拉毛 德成 青措 进财")),
    "锡伯": (W("佟 关 吴 何 安 韩 伊"), W("吉善 春芳 图尔 丰阿 金山 玉兰 扎拉 永胜 苏尔")),
    "鄂温克": ([], W("涂克冬·芭杰 杜拉尔·索伦 涂克冬·娜仁 那哈塔·阿荣 杜·宝音 何·乌云其其格 涂·萨仁")),
    "达斡尔": ([], W("郭布罗·乌云 敖·其其格 鄂·巴图 孟·德力格尔 何·额尔敦 苏·阿拉坦 郭·斯琴")),
    "赫哲": (W("尤 毕 吴 付 卢 葛"), W("金玉 福林 文凤 翠兰 永山 淑琴 大海 金生")),
    "畲": (W("蓝 雷 钟 盘 李"), W("玉英 金凤 来福 阿妹 春莲 石贵 细妹 荣华 水生 小花")),
    "京": ([], W("阮氏梅 阮氏兰 武文光 苏维芳 黄氏凤 杜文雄 阮文海 武氏青 裴氏娥 苏氏妙")),
    "朝鲜": ([], W("朴英子 金哲洙 崔成浩 玄美兰 千顺姬 尹光日 全永哲 朴顺爱 李贤淑 金明锡 崔银珠 郑英男 姜贞淑 南宫秀英 朴正日 金春植")),
    "俄罗斯": ([], W("安德烈·伊万诺夫 娜塔莎·彼得罗娃 尼古拉·索科洛夫 伊琳娜·库兹涅佐娃 瓦连京·谢苗诺夫 柳德米拉·巴甫洛娃 阿廖沙·别洛夫 塔玛拉·诺维科娃")),
}
MIN_KEYS = list(MIN.keys())
OCR_MIS = {"玉": "王", "王": "玉", "田": "由", "申": "甲", "白": "自", "天": "夭", "士": "土", "末": "未",
           "今": "令", "千": "干", "日": "曰", "春": "舂", "晶": "品", "大": "太", "人": "入", "明": "朋",
           "杰": "木", "涛": "祷", "辉": "挥", "峰": "锋", "娟": "涓", "霞": "震",
           "兰": "三", "军": "车", "刚": "刖", "林": "材", "红": "缸", "平": "乎"}

# ----------------------------------------------------------------- fillers
PLAT = W("""马上消费金融 招联金融 安逸花 度小满 京东金条 美团借钱 分期乐 360借条 拍拍贷 众安贷 小赢卡贷 平安普惠
宜人贷 中原消费金融 携程金融 羊小咩 洋钱罐 你我贷 玖富万卡 还呗 省呗 好分期 来分期 桔多多 榕树贷款 微粒贷 借呗""")
BANK = W("""招商银行 中国工商银行 中国建设银行 中国农业银行 中国银行 交通银行 中信银行 光大银行 浦发银行 广发银行
兴业银行 民生银行 平安银行 华夏银行 中国邮政储蓄银行 北京银行 上海银行 宁波银行""")
BANK_HOT = {"招商银行": "95555", "中国工商银行": "95588", "中国建设银行": "95533", "中国农业银行": "95599",
            "中国银行": "95566", "交通银行": "95559", "中信银行": "95558", "光大银行": "95595", "浦发银行": "95528",
            "广发银行": "95508", "兴业银行": "95561", "民生银行": "95568", "平安银行": "95511", "华夏银行": "95577",
            "中国邮政储蓄银行": "95580", "北京银行": "95526", "上海银行": "95594", "宁波银行": "95574"}
ORG = W("""某某资产管理有限公司 某信息咨询服务有限公司 委外催收公司 第三方催收机构 某法务咨询公司 贷后调解中心
某律师事务所 资产保全部 逾期处置中心 风险管理部 贷后管理部 调解中心""")
REL_ANY = W("爸 妈 老公 老婆 姐 哥 弟弟 妹妹 表姐 表哥 堂弟 舅舅 小姨 姑姑 大伯 婆婆 岳母 公公 儿子 女儿 同事 领导 室友 发小")
KIN = W("前妻 前夫 继父 继母 干爹 干妈 师父 哥们 发小 表姐 表哥 堂弟 大舅子 小姨子 妯娌 公公 婆婆 岳母 女婿 儿媳 外甥 侄子 房东 男朋友 女朋友 老乡 班主任 辅导员 主管 组长 老板娘")
BOSS = W("主管 人事 财务 经理 老板 组长 车间主任 店长 部门领导 辅导员 班主任 队长")
LOC = ["广东 深圳", "四川 成都", "湖南 长沙", "江西 南昌", "河南 郑州", "湖北 武汉", "广西 南宁", "重庆",
       "浙江 杭州", "江苏 苏州", "山东 临沂", "福建 泉州", "安徽 合肥", "云南 昆明", "贵州 贵阳", "陕西 西安",
       "河北 石家庄", "辽宁 沈阳", "北京", "上海", "天津", "海南 海口", "吉林 长春", "黑龙江 哈尔滨"]
PLACE = W("""小区门口 公司楼下 菜市场 地铁口 万达广场 人民医院门诊楼 学校门口 厂门口 村口 镇上 超市门口 公交站 快递驿站 工地
银行门口 派出所门口 老家 单位食堂 停车场 楼道里""")
EMO = W("[微笑] [捂脸] [呲牙] [偷笑] [愉快] [发怒] [流泪] [抱拳] [OK] [强] [疑问] [叹气] [裂开] [苦涩] [让我看看] [吃瓜] [玫瑰] [炸弹] [菜刀]")
HOT = W("12378 12363 12315 12345 110 96110 12321")
CITY = W("""深圳 广州 东莞 佛山 长沙 株洲 衡阳 岳阳 武汉 宜昌 成都 绵阳 南充 重庆 贵阳 遵义 昆明 曲靖 南宁 柳州 桂林
杭州 温州 宁波 苏州 无锡 南京 合肥 阜阳 郑州 洛阳 周口 石家庄 保定 邯郸 太原 西安 兰州 银川 西宁 乌鲁木齐 济南 临沂
青岛 哈尔滨 长春 沈阳 大连 福州 泉州 厦门 南昌 赣州 海口 三亚 呼和浩特 拉萨""")
WEEK = W("周一 周二 周三 周四 周五 周六 周日 星期一 星期二 星期三 星期四 星期五 星期六 星期天 礼拜一 礼拜三 礼拜五 礼拜天")
CN_NUM = W("一 二 三 四 五 六 七 八 九 十 十一 十二")
TC = ["早上七点多", "上午九点", "上午十点半", "中午十二点", "中午一点多", "下午两点", "下午三点半", "下午四点多",
      "傍晚六点", "晚上七点", "晚上八点多", "晚上九点半", "晚上十点", "半夜十一点多", "凌晨一点", "早上六点半"]
MK = W("12 37 58 106 233 519 1024 2376 4891")
CITYCOURT = W("深圳市宝安区 长沙市岳麓区 成都市武侯区 武汉市洪山区 郑州市金水区 南宁市青秀区 杭州市西湖区 西安市雁塔区 重庆市渝北区 昆明市五华区 贵阳市云岩区 合肥市蜀山区")


def fill_simple(r, base):
    if base == "d":
        return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))
    if base == "dd":
        return "2025-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28))
    if base == "ds":
        return "%d/%d" % (r.randint(1, 12), r.randint(1, 28))
    if base == "dy":
        return "%d年%d月%d日" % (r.choice([2024, 2025, 2025]), r.randint(1, 12), r.randint(1, 28))
    if base == "wd":
        return r.choice(WEEK)
    if base == "t":
        return "%02d:%02d" % (r.randint(7, 23), r.randint(0, 59))
    if base == "ts":
        return "%02d:%02d:%02d" % (r.randint(7, 23), r.randint(0, 59), r.randint(0, 59))
    if base == "tc":
        return r.choice(TC)
    if base == "dur":
        return r.choice(["%d分%d秒" % (r.randint(0, 12), r.randint(1, 59)), "%02d:%02d" % (r.randint(0, 15), r.randint(0, 59)), "%d秒" % r.randint(3, 59)])
    if base == "amt":
        v = r.choice([r.randint(3, 90) * 100, r.randint(1000, 59999), r.randint(2, 30) * 1000])
        return r.choice([str(v), "%d元" % v, "{:,}元".format(v), "%d.%02d元" % (v, r.randint(0, 99)), "%d块" % v])
    if base == "wan":
        return r.choice(["一万二", "两万", "三万多", "四万五", "八千", "六千多", "一万", "五万"])
    if base == "plat":
        return r.choice(PLAT)
    if base == "bank":
        return r.choice(BANK)
    if base == "org":
        return r.choice(ORG)
    if base == "rel":
        return r.choice(REL_ANY)
    if base == "kin":
        return r.choice(KIN)
    if base == "boss":
        return r.choice(BOSS)
    if base == "loc":
        return r.choice(LOC)
    if base == "place":
        return r.choice(PLACE)
    if base == "emo":
        return r.choice(EMO)
    if base == "hot":
        return r.choice(HOT)
    if base == "city":
        return r.choice(CITY)
    if base == "mk":
        return r.choice(MK)
    if base == "n":
        return str(r.randint(2, 19))
    if base == "od":
        return str(r.randint(3, 420))
    if base == "cn":
        return r.choice(CN_NUM)
    if base == "court":
        return r.choice(CITYCOURT) + "人民法院"
    if base == "gh":
        return r.choice(["CS", "HS", "TJ", "FW", ""]) + str(r.randint(1000, 99999))
    if base == "batt":
        return str(r.randint(8, 99))
    raise KeyError(base)

# ----------------------------------------------------------------- other PII
MOB_PRE = W("130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199")
AREA = W("0755 020 0769 0731 027 028 023 0851 0871 0771 0571 0577 0512 025 0551 0371 0379 029 0931 0311 0351 0532 0539 024 0411 0591 0595 0791 0898 0471")
ID_AREA = W("""110105 310115 440305 440306 510107 420106 430104 330106 320102 370102 410105 610113 500103 350203 530102 450103
520102 620102 650102 210102 230103 130104 140105 360102 340104 460105 150102 220102 532801 522701 451221 513221 632126
654022 150782 530722 350822 451024 430626 422801 522732 371312 412702""")
BIN = ["622848", "621700", "622700", "621226", "622202", "622588", "621483", "622262", "621098", "621799", "623668", "622609", "625965", "628288", "622155", "621661"]


def luhn_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def id_check(body):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def make_phone(r, fmt=None):
    num = r.choice(MOB_PRE) + "".join(str(r.randint(0, 9)) for _ in range(8))
    fmt = fmt or r.choice(["p"] * 6 + ["s", "s", "d", "+86", "ocr", "p"])
    if fmt == "p":
        return num
    if fmt == "s":
        return "%s %s %s" % (num[:3], num[3:7], num[7:])
    if fmt == "d":
        return "%s-%s-%s" % (num[:3], num[3:7], num[7:])
    if fmt == "+86":
        return r.choice(["+86", "+86 ", "86-"]) + num
    if fmt == "ocr":  # OCR splits the number where the line wrapped / odd grouping
        return "%s %s %s" % (num[:4], num[4:8], num[8:])
    if fmt == "land":
        a = r.choice(AREA)
        n = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(7 if len(a) == 3 else 6))
        return r.choice(["%s-%s" % (a, n), "(%s)%s" % (a, n), "%s %s" % (a, n)])
    raise KeyError(fmt)


def make_id(r, gen="mid", sex="m", fmt=None):
    y = {"old": r.randint(1946, 1965), "mid": r.randint(1966, 1990), "young": r.randint(1991, 2005)}[gen]
    body = r.choice(ID_AREA) + "%04d%02d%02d" % (y, r.randint(1, 12), r.randint(1, 28))
    seq = r.randint(0, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "m" else r.choice([0, 2, 4, 6, 8]))
    body += "%03d" % seq
    full = body + id_check(body)
    fmt = fmt or r.choice(["p"] * 5 + ["684", "x"])
    if fmt == "684":
        return "%s %s %s" % (full[:6], full[6:14], full[14:]), full
    if fmt == "x":
        return full.lower(), full
    return full, full


def make_card(r, fmt=None):
    b = r.choice(BIN)
    ln = r.choice([16, 19, 19])
    body = b + "".join(str(r.randint(0, 9)) for _ in range(ln - len(b) - 1))
    num = body + luhn_check(body)
    fmt = fmt or r.choice(["p", "p", "4s", "4s", "4d"])
    if fmt == "4s":
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4)), num
    if fmt == "4d":
        return "-".join(num[i:i + 4] for i in range(0, len(num), 4)), num
    return num, num


ADDR_CITY = [("广东省", "深圳市", W("宝安区 龙岗区 龙华区 南山区")), ("广东省", "东莞市", W("长安镇 虎门镇 塘厦镇")),
             ("湖南省", "长沙市", W("岳麓区 雨花区 开福区")), ("湖北省", "武汉市", W("洪山区 江夏区 汉阳区")),
             ("四川省", "成都市", W("武侯区 双流区 郫都区")), ("河南省", "郑州市", W("金水区 中原区 管城回族区")),
             ("", "重庆市", W("渝北区 九龙坡区 江北区")), ("广西壮族自治区", "南宁市", W("青秀区 西乡塘区")),
             ("贵州省", "贵阳市", W("云岩区 观山湖区 花溪区")), ("浙江省", "杭州市", W("西湖区 余杭区 萧山区")),
             ("江苏省", "苏州市", W("吴中区 昆山市 相城区")), ("陕西省", "西安市", W("雁塔区 未央区 长安区")),
             ("吉林省", "延吉市", W("河南街道 建工街道")), ("黑龙江省", "哈尔滨市", W("道里区 南岗区")),
             ("云南省", "昆明市", W("五华区 官渡区")), ("山东省", "临沂市", W("兰山区 河东区"))]
ROAD = W("建设路 人民北路 解放西路 新华路 朝阳路 学府路 幸福路 工农路 团结路 光华大道 长江中路 迎宾大道 和平街 滨河路 站前路 育才路 东风路 青年路")
ESTATE = W("阳光花园 锦绣家园 翠苑小区 金地名苑 碧桂园 恒大绿洲 幸福里 和谐家园 世纪城 御景湾 丽景苑 南湖新村 电力宿舍 纺织厂家属院 城南花园")
RURAL = [("贵州省", "黔南州三都县", W("周覃镇 九阡镇 中和镇"), W("板南村 水各村 姑鲁村")),
         ("广西壮族自治区", "河池市罗城县", W("东门镇 四把镇 龙岸镇"), W("大勒洞村 石门村 新安村")),
         ("四川省", "阿坝州茂县", W("凤仪镇 南新镇 叠溪镇"), W("坪头村 牟托村 较场村")),
         ("浙江省", "丽水市景宁县", W("鹤溪街道 澄照乡 大均乡"), W("东弄村 金坵村 李宝村")),
         ("河南省", "周口市郸城县", W("宁平镇 汲冢镇 巴集乡"), W("刘楼村 王寨村 徐庄村")),
         ("湖南省", "邵阳市邵东市", W("仙槎桥镇 廉桥镇 流泽镇"), W("石门村 光陂村 新村村")),
         ("江西省", "赣州市于都县", W("贡江镇 银坑镇 岭背镇"), W("上欧村 窑塘村 固院村")),
         ("内蒙古自治区", "呼伦贝尔市鄂温克族自治旗", W("巴彦托海镇 伊敏河镇 红花尔基镇"), W("团结嘎查 孟根楚鲁嘎查 维纳河嘎查")),
         ("青海省", "海东市互助县", W("威远镇 丹麻镇 五十镇"), W("小庄村 班彦村 土观村"))]


def make_addr(r, kind=None):
    kind = kind or r.choice(["u", "u", "u", "e", "r", "r", "sp"])
    if kind in ("u", "sp"):
        p, c, ds = r.choice(ADDR_CITY)
        d = r.choice(ds)
        base = (p if r.random() < 0.5 else "") + c + d
        rd = r.choice(ROAD) + "%d号" % r.randint(1, 399)
        tail = r.choice(["%s%d栋%d单元%d%02d室" % (r.choice(ESTATE), r.randint(1, 32), r.randint(1, 6), r.randint(1, 33), r.randint(1, 8)),
                         "%s%d号楼%d%02d" % (r.choice(ESTATE), r.randint(1, 20), r.randint(1, 28), r.randint(1, 6)),
                         "%d栋%d%02d" % (r.randint(1, 18), r.randint(2, 30), r.randint(1, 6)), ""])
        if kind == "sp":
            return " ".join(x for x in [c, d, rd, tail] if x)
        return base + rd + tail
    if kind == "e":
        p, c, ds = r.choice(ADDR_CITY)
        return c + r.choice(ds) + r.choice(ESTATE) + "%d栋%d单元%d%02d" % (r.randint(1, 30), r.randint(1, 5), r.randint(1, 26), r.randint(1, 4))
    p, c, towns, vills = r.choice(RURAL)
    return (p if r.random() < 0.4 else "") + c + r.choice(towns) + r.choice(vills) + r.choice(["%s组%d号" % (r.choice(CN_NUM[:8]), r.randint(1, 80)), "%d组%d号" % (r.randint(1, 12), r.randint(1, 80))])


def make_account(r, kind=None):
    kind = kind or r.choice(["ht", "jk", "zfb", "wx", "case", "gh", "ord"])
    dt = "2025%02d%02d" % (r.randint(1, 11), r.randint(1, 28))
    if kind == "ht":
        return r.choice(["HT", "XF", "DK", "MS"]) + dt + "%05d" % r.randint(0, 99999)
    if kind == "jk":
        return "JK" + dt + "%06d" % r.randint(0, 999999)
    if kind == "zfb":
        return dt + "2200" + "".join(str(r.randint(0, 9)) for _ in range(16))
    if kind == "wx":
        return "1000" + "".join(str(r.randint(0, 9)) for _ in range(6)) + dt + "".join(str(r.randint(0, 9)) for _ in range(10))
    if kind == "case":
        return "（%d）%s%s民初%d号" % (r.choice([2024, 2025]), r.choice(["粤", "湘", "川", "鄂", "豫", "桂", "黔"]), "0%d%02d" % (r.randint(1, 9), r.randint(1, 30)), r.randint(100, 29999))
    if kind == "gh":
        return r.choice(["CS", "HS", "TJ", "MS"]) + "%05d" % r.randint(1000, 99999)
    return "".join(str(r.randint(0, 9)) for _ in range(r.choice([18, 20])))


def make_email(r, py):
    local = r.choice([py.lower().replace(" ", ""), py.lower().replace(" ", ".") , py.lower().split()[0] + str(r.randint(70, 2005))])
    if r.random() < 0.3:
        local = "".join(str(r.randint(0, 9)) for _ in range(r.randint(8, 10)))
    return local + "@" + r.choice(["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com", "gmail.com", "139.com"])


def make_qq(r):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(7, 9)))


def make_wx(r, py):
    if r.random() < 0.5:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    return py.lower().replace(" ", "") + r.choice(["_", "", "-"]) + str(r.randint(80, 2008))


def make_plate(r):
    p = r.choice(W("粤B 湘A 川A 鄂A 豫P 桂A 黔J 浙A 苏E 陕A 吉H 蒙E"))
    tail = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4)) + str(r.randint(0, 9))
    return r.choice([p + tail, p + "·" + tail, p + " " + tail])

# ----------------------------------------------------------------- name objects
GEN_W = ["old"] * 3 + ["mid"] * 4 + ["young"] * 3
FORMS = ["h", "one", "dup", "cmp", "rare", "trad", "py", "ocr", "fw", "brk", "mis", "min"]


def pick_sur(r):
    return r.choice(SUR_TOP) if r.random() < 0.45 else r.choice(SUR_COMMON)


def han(r, gen, sex, form="h", sur=None):
    if sur is None:
        if form == "cmp":
            sur = r.choice(SUR_COMPOUND)
        elif form == "rare":
            sur = r.choice(SUR_RARE)
        else:
            x = r.random()
            if form == "h" and x < 0.06:
                sur = r.choice(SUR_COMPOUND)
            elif form == "h" and x < 0.13:
                sur = r.choice(SUR_RARE)
            else:
                sur = pick_sur(r)
    if form == "one" or (form == "h" and r.random() < (0.2 if gen != "young" else 0.08)):
        given = r.choice(ONE[sex])
    elif form == "dup" or (form == "h" and gen == "young" and r.random() < 0.08):
        given = r.choice(DUP[sex])
    else:
        given = r.choice(GIVEN[(gen, sex)])
    return sur, given


def make_name(r, style, objs):
    toks = style.split("_") if style else []
    gen = next((t for t in toks if t in ("old", "mid", "young")), None) or r.choice(GEN_W)
    sex = next((t for t in toks if t in ("f", "m")), None) or r.choice(["f", "m"])
    form = next((t for t in toks if t in FORMS), "h")
    fam = None
    if "fam" in toks:
        fam = objs[toks[toks.index("fam") + 1]]["sur"]
    o = {"gen": gen, "sex": sex, "form": form, "cn": None}
    if form == "min":
        grp = next((t for t in toks if t in MIN), None) or r.choice(MIN_KEYS)
        surs, givs = MIN[grp]
        if surs:
            sur, given = r.choice(surs), r.choice(givs)
            full = sur + given
        else:
            full = r.choice(givs)
            if "·" in full:
                sur, given = full.split("·", 1)
            elif full.startswith("南宫"):
                sur, given = full[:2], full[2:]
            else:
                sur, given = full[0], full[1:]
        o.update(full=full, sur=sur, given=given, grp=grp)
        return o
    if form == "trad":
        sur = fam or r.choice(TRAD_SUR)
        given = r.choice(TRAD_GIVEN[sex])
        sur_t = "".join(TRAD.get(c, c) for c in sur)
        given_t = "".join(TRAD.get(c, c) for c in given)
        o.update(full=sur_t + given_t, sur=sur_t, given=given_t)
        return o
    if form == "py":
        sur = r.choice(list(PY_SUR.keys()))
        g, a, b = r.choice(PY_GIVEN)
        ps = PY_SUR[sur]
        f = r.choice(["Ps Ab", "PS Ab", "Ab Ps", "ps ab", "Ps A B", "PS AB", "Ps Ab"])
        full = (f.replace("PS", ps.upper()).replace("Ps", ps).replace("ps", ps.lower())
                .replace("AB", (a + b).upper()).replace("Ab", a + b).replace("ab", (a + b).lower())
                .replace("A B", a + " " + b.capitalize()))
        o.update(full=full, sur=sur, given=g, cn=sur + g)
        return o
    if form == "mis":
        for _ in range(80):
            sur, given = han(r, gen, sex, "h", fam)
            base = sur + given
            idx = [i for i, c in enumerate(base) if c in OCR_MIS and OCR_MIS[c] != c]
            if idx:
                i = r.choice(idx)
                full = base[:i] + OCR_MIS[base[i]] + base[i + 1:]
                o.update(full=full, sur=sur, given=given, base=base)
                return o
        raise RuntimeError("mis")
    hf = form if form in ("one", "dup", "cmp", "rare") else "h"
    if form == "brk":
        hf = "h"
    sur, given = han(r, gen, sex, hf, fam)
    if form == "brk":
        while len(sur + given) < 3:
            sur, given = han(r, gen, sex, "h", fam)
    full = sur + given
    if form == "ocr":
        full = r.choice([" ", "  "]).join(full)
    elif form == "fw":
        full = sur + "\u3000" + given
    elif form == "brk":
        cut = r.choice([1, 2]) if len(full) >= 3 else 1
        full = full[:cut] + "\n" + full[cut:]
    o.update(full=full, sur=sur, given=given)
    return o


def name_attr(o, a):
    s, g = o["sur"], o["given"]
    if a == "s":
        return s
    if a == "g":
        return g
    if a == "lao":
        return "老" + s
    if a == "xiao":
        return "小" + s
    if a == "zong":
        return s + "总"
    if a == "jie":
        return s + "姐"
    if a == "ge":
        return s + "哥"
    if a == "a":
        return "阿" + g[-1]
    if a == "mm":
        return s + "某某"
    if a == "m":
        return s + "某"
    if a == "gg":
        return g[-1] * 2
    raise KeyError(a)


KIND = {"N": "name", "P": "phone", "I": "id_number", "C": "bank_card", "A": "address", "K": "account",
        "E": "email", "Q": "qq", "V": "wechat", "L": "plate"}
PY_POOL = ["zhang wei", "li na", "wang lei", "liu yang", "chen jing", "yang fan", "huang tao", "zhao min",
           "wu hao", "zhou jie", "xu li", "sun qiang", "zhu ying", "hu bin", "guo rui", "lin xia"]


def make_obj(r, key, style, objs):
    k = KIND[key[0]]
    toks = style.split("_") if style else []
    if k == "name":
        return make_name(r, style, objs)
    if k == "phone":
        fmt = next((t for t in toks if t in ("p", "s", "d", "+86", "ocr", "land")), None)
        return {"full": make_phone(r, fmt)}
    if k == "id_number":
        ref = next((objs[t] for t in toks if t in objs), None)
        gen = ref["gen"] if ref else r.choice(GEN_W)
        sex = ref["sex"] if ref else r.choice(["f", "m"])
        fmt = next((t for t in toks if t in ("p", "684", "x")), None)
        shown, full = make_id(r, gen, sex, fmt)
        return {"full": shown, "y": full[6:10], "mo": str(int(full[10:12])), "da": str(int(full[12:14]))}
    if k == "bank_card":
        fmt = next((t for t in toks if t in ("p", "4s", "4d")), None)
        shown, full = make_card(r, fmt)
        return {"full": shown, "t4": full[-4:]}
    if k == "address":
        return {"full": make_addr(r, toks[0] if toks else None)}
    if k == "account":
        return {"full": make_account(r, toks[0] if toks else None)}
    if k == "email":
        return {"full": make_email(r, r.choice(PY_POOL))}
    if k == "qq":
        return {"full": make_qq(r)}
    if k == "wechat":
        return {"full": make_wx(r, r.choice(PY_POOL))}
    if k == "plate":
        return {"full": make_plate(r)}
    raise KeyError(key)


REL_NAME = re.compile(r"\{(rel[0-9]*)\}\{(N[0-9]+)(?::([^{}.]+))?\}|\{(N[0-9]+)(?::[^{}.]+)?\}（\{(rel[0-9]*)\}）")
REL_SEX = {"爸": ("m", "old"), "妈": ("f", "old"), "老公": ("m", None), "老婆": ("f", None), "姐": ("f", None),
           "哥": ("m", None), "弟弟": ("m", None), "妹妹": ("f", None), "表姐": ("f", None), "表哥": ("m", None),
           "堂弟": ("m", None), "舅舅": ("m", None), "小姨": ("f", None), "姑姑": ("f", None), "大伯": ("m", "old"),
           "婆婆": ("f", "old"), "岳母": ("f", "old"), "公公": ("m", "old"), "儿子": ("m", "young"), "女儿": ("f", "young")}
TOK = re.compile(r"\{\?([^{}]*)\}|\{([A-Za-z]+[0-9]*)(?::([^{}.]+))?(?:\.([a-z0-9]+))?\}")


def render(r, tpl):
    objs, cache, pii, out = {}, {}, [], []
    styles = {}
    for m in TOK.finditer(tpl):
        if m.group(2) and m.group(3) and m.group(2) not in styles:
            styles[m.group(2)] = m.group(3)
    for m in REL_NAME.finditer(tpl):
        rk = m.group(1) or m.group(5)
        nk = m.group(2) or m.group(4)
        if rk not in cache:
            cache[rk] = fill_simple(r, "rel")
        sx, gn = REL_SEX.get(cache[rk], (None, None))
        toks = (styles.get(nk) or "").split("_") if styles.get(nk) else []
        if sx and not any(t in ("f", "m") for t in toks):
            toks.append(sx)
        if gn and not any(t in ("old", "mid", "young") for t in toks):
            toks.append(gn)
        if toks:
            styles[nk] = "_".join(toks)
    pos = 0
    for m in TOK.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            out.append(r.choice(m.group(1).split("|")))
            continue
        key, style, attr = m.group(2), m.group(3), m.group(4)
        if key[0].islower():
            base = key.rstrip("0123456789")
            if key not in cache:
                if base == "bkhot":
                    cache[key] = BANK_HOT[cache["bank"]]
                elif base == "en":
                    cache[key] = r.choice(EN_NICK)
                elif base == "t4d":
                    cache[key] = "%04d" % r.randint(0, 9999)
                else:
                    cache[key] = fill_simple(r, base)
            out.append(cache[key])
            continue
        if key not in objs:
            objs[key] = make_obj(r, key, styles.get(key), objs)
        o = objs[key]
        if attr:
            if attr == "cn":
                val = o["cn"]
                pii.append(("name", val))
            elif KIND[key[0]] == "name":
                val = name_attr(o, attr)
            else:
                val = o[attr]
        else:
            val = o["full"]
            pii.append((KIND[key[0]], val))
        out.append(val)
    out.append(tpl[pos:])
    text = "".join(out)
    uniq = []
    for kv in pii:
        if kv not in uniq:
            uniq.append(kv)
    uniq.sort(key=lambda kv: text.find(kv[1]))
    return text, uniq, objs

# ----------------------------------------------------------------- templates
T = {}
T["calllog"] = [
    "催收的说要把律师函寄到{A1}，这是我爸{N1:old_m}家的地址，他们怎么查到的\n来电号码{P1}",
    "{dd} {t} {P1} 自称{N1}，报出了我的住址{A1}和我老婆的名字{N2:f}",
    "通话记录（我自己整理的）\n{dd} {t} 呼入 {P1} 时长{dur} 自称{plat}贷后的{N1}，说今天不还就联系我{rel}\n{dd} {t2} 未接 {P2}\n{dd} {t3} 呼入 {P2} 时长{dur2} 还是{N1.s}那个人，直接开骂\n{dd2} {t4} 我{rel}{N2}说也接到了",
    "{t}来电{P1}那个男的说他叫{N1}是{org}的 {t2}又换了个号码{P2:s}打给我老公{N2:mid_m}",
    "通话详情\n{P1}\n{loc} 疑似催收 被{mk}人标记\n{dd} {t} 呼入 {dur}\n{dd} {t2} 呼入 未接通\n我的备注：{N1}，{plat}的，说要去我单位找{boss}{N2}",
    "未接来电（{n}）\n{P1}  {loc}\n{P2}  {loc2}\n{N1}（{rel}）\n{N2}\n{N2}和{N1}都回电话问我是不是欠钱了",
    "{dy}{tc}开始{P1}连续打了{n}个电话我没接，中午{N1:f}给我发微信说她也接到了，对方说我是她的紧急联系人。其实我从来没填过{N1}的号码。",
    "最近通话\n{N1:old_f} 手机 {t}\n{P1} {loc} {t2}\n{N2:mid_m} 手机 昨天\n{P2} 骚扰电话 昨天\n{N3} 手机 {wd}\n——{N1}是我妈，{N2}是我老板，{N3}是我同学，催收的把他们都打了一遍",
    "{dd} {ts} 呼出 {P1} {dur}（我打回去问他叫什么，他说他姓{N1.s}，全名{N1}，工号{K1:gh}）",
    "通话录音转文字 {dd} {t}\n对方：你好是{N1}吗\n我：你哪位\n对方：我是{plat}的{N2}，你这个账单逾期{od}天了，你{rel}{N3}电话是不是{P1}？\n我：你们怎么有我家人号码",
    "{wd}{tc}{N1}打过来说是{court}的 我查了根本没有这个人 号码{P1}",
    "来电{P1:land} 说是{bank}信用卡中心外包的 {N1}专员 要我今天存{amt}",
    "{P1}\n{loc}\n已被{mk}人标记为催收\n这个号 {ds} 打给了我哥{N1:m} {ds2} 打给了我嫂子{N2:f} 今天又打给了我们村主任{N3:old_m}",
    "拦截记录\n{P1} {dd} {t} 已拦截\n{P2} {dd} {t2} 已拦截\n{N1} {dd} {t3} 响一声\n上面{N1}是我以前的同事，她说催收的冒充快递问她要我地址",
    "座机{P1:land}打到我们公司前台，前台小姑娘{N1:young_f}接的，对方说找我们部门的{N2}，还把{N2}的身份证号念了一遍{I1:N2}",
    "{t}—{t2} 共{n}个未接来电，全部是{loc}的号码，其中{P1}最多。{t3}我{rel}{N1}接了一个，对方骂了十几分钟",
    "呼入 {P1:s}\n{dd} {t}\n通话 {dur}\n录音已保存：{N1}_{P1}_{dd}.m4a",
    "通讯录里存的：\n{N1}催收 {P1}\n{N2}律师？ {P2}\n{plat}{N3} {P3}\n都是他们自己报的名字，不知道真假",
]
T["wechat"] = [
    "{N1}：还款账户 {C1} 户名{N2} 开户行{bank}{city}分行\n{N1}：转完截图发我\n我：为什么是个人卡？",
    "{N1}：{N2}是住{A1}吧\n{N1}：我们同事明天过去{emo}",
    "{N1}撤回了一条消息\n{N1}：刚才发错了\n{N1}：你{rel}{N2}的电话我们已经拿到了{emo}\n我：你们凭什么联系我家人\n{N1}：那你就还钱啊",
    "\"{N1}\" 拍了拍我\n{N1}：在吗\n{N1}：{amt}今天必须处理，不然明天{t}就把你的事发到公司群里，{N2}是你们财务吧",
    "「{N1}：今天下午五点前处理不了就走流程」\n- - - - - - - - - - - - - - -\n那你走啊，我已经打{hot}投诉了",
    "{N1}和{N2:f}的聊天记录\n{dd} {t}\n{N1}：你老公{N3:mid_m}欠我们平台钱你知道吧\n{N2}：我们早离婚了\n{N1}：离婚了也是你们家的事{emo}",
    "\"{N1}\"邀请\"{N2}\"、\"{N3}\"加入了群聊\n群聊名称改为“{N4}欠款通知群”\n{N1}：@{N2} 你是{N4}的什么人\n{N2}：同事\n{N1}：麻烦转告{N4.g}还钱",
    "@{N1} 你表哥{N2:m}欠我们{amt}{emo}你劝劝他，不然只能联系你们单位了",
    "催收专员-{N1}：你好，{plat}贷后\n催收专员-{N1}：{N2}是你本人吧\n催收专员-{N1}：[语音] {n}\"\n我：你哪位\n\"催收专员-{N1}\" 撤回了一条消息",
    "转账\n¥{amt}\n转账给{N1}\n{dd} {ts}\n转账单号 {K1:wx}\n——这是我还给{N1}的，他现在说没收到",
    "支付宝 账单详情\n-{amt}\n对方账户 {N1} {E1}\n交易时间 {dd} {ts}\n订单号 {K1:zfb}\n备注：还{plat}，是{N1}让我转的",
    "{N1}领取了你的红包\n{N1}：谢谢哥\n{N1}：对了有个{plat}的人加我微信说你欠钱，我没理他",
    "以下为新消息\n{N1}：{emo}{emo}\n{N1}：你把{N2}拉黑了？他让我问问你\n{N1}：他说你再不回就去你老家找{N3:old_m}",
    "语音通话 时长 {dur}\n{N1}：你别接他们电话了\n{N1}：我刚才跟{N2}视频，他说催收的说要起诉你\n语音通话 对方已取消",
    "{emo}{emo}{N1}又来了\n{N1}：您好，{plat}提醒您账单已逾期，请尽快处理，否则将联系您的紧急联系人{N2:old_f}\n我：{N2}是我八十岁的奶奶你们也打？",
    "群昵称：{plat}法务部 {N1}\n{N1}：@所有人 {N2}在{plat}借款{amt}逾期{od}天，请各位亲朋好友转告{N2}",
    "你已添加了{N1}，现在可以开始聊天了。\n{N1}：你好我是{org}的调解员，你叫我{N1.xiao}就行\n{N1}：你妈妈{N2:old_f}的电话是不是这个{P1}",
    "{N1}({Q1}) {dd} {ts}\n你借的钱什么时候还\n{N2}({Q2}) {dd} {ts2}\n说了下个月\n{N1}({Q1}) {dd} {ts3}\n下个月？你{rel}{N3}说你早就有钱了",
    "【聊天记录】\n{N1}  {t}\n你再不还钱我就去{place}等你\n{N1}  {t2}\n{N2}在你隔壁住吧{emo}",
    "引用 {N1}：下周三前不还就上门\n回复：我已经录音了，你说的每句话我都会交给{hot}",
    "{N1}：[图片]\n{N1}：这是你家吧\n{N1}：{N2}每天几点下班我们都知道\n我：你再发我就报警了\n{N1}：{emo}",
    "[转账] 对方已收款\n{N1}：收到了，剩下的{amt}月底前转给{N2}就行\n我：好的{emo}",
    "群公告\n本群为{N1}债务协商群，{N2}、{N3}为其担保人，请于{d}前联系{plat}处理\n——群主 {N4}",
    "\"{N1}\" 与 \"{N2}\" 的聊天记录\n[合并转发]\n{N1}：你弟{N3:fam_N2}的事你管不管\n{N2}：他成年了\n{N1}：那我们就去你爸单位",
    "{N1}(微信号：{V1})\n地区：{city}\n来源：通过搜索手机号添加\n打招呼内容：我是{plat}的，你认识{N2}吗",
    "{t} {N1}\n@{N2} 看到回复\n{t2} {N1}\n@{N2} 再不回复我们就公开了\n{t3} {N3}\n{N2}不在这个群里吧？你们发错了",
]
T["ocr"] = [
    "{t} .ıll 5G ▢{batt}\n< {P1}\n短信/彩信\n{dd} {t2}\n【{plat}】{N1}您好，您在我司的借款己逾期{od}天，我司已将情况告知您的紧急联系人{N2}，请于今日{tc}前处理。",
    "尊 敬 的 {N1:ocr} 先 生 ：您 在 {plat} 的 借 款 已 逾 期 {od} 天 ， 请 联 系 专 员 {N2:ocr} 。",
    "截图时间 {dd} {t}\n{N1}：你欠的钱今天到底\n还不还\n{N1}：不还我们就上门了\n仅用于投诉 截图时间 {dd} {t}",
    "关于借款人{N1:brk}于{dy}在{plat}的借款，经多次催告仍未还款，现委托我司处理。联系人：{N2}，电话：{P1}",
    "拍照识别的（纸质催收函）：\n催 告 函\n{N1:mis}：\n你于{dy}向{plat}借款{amt}，截至今日己逾期{od}天。经办人：{N2:mis}  联系电话：{P1:ocr}",
    "{N1:fw}：\n您好！您在{bank}的信用卡己逾期，本中心将于{d}派员上门核实，请予配合。\n外访专员：{N2}",
    "OCR识别结果\n-------\n姓名 {N1:ocr}\n身份证号 {I1:N1}\n欠款金额 {amt}\n逾期天数 {od}\n联系人 {N2}（{rel}）\n-------",
    "律 师 函\n致：{N1}\n我所受{plat}委托，就你方借款逾期事宜致函如下：……\n承办律师：{N2} {N3}\n联系电话：{P1:land}",
    "这是短信截图里的字，识别出来有点乱\n【{bank}】尊敬的{N1}客户:您尾号{t4d}卡己逾期,如有疑问请致电{bkhot} 我行将依法追索,联系人{N2}",
    "识别：\n{N1} {t}\n你妈{N2:old_f}今天接电话了吗\n{N1} {t2}\n明天你爸{N3:old_m}单位也会收到材料",
    "{t}\n< 返回    {N1:brk}\n{N1.s}经理：我们已经在你家{place}了",
    "图片转文字：\n欠款人 {N1} 身份证 {I1:N1_684}\n紧急联系人 {N2} {P1}\n紧急联系人 {N3} {P2}\n以上信息已报备",
    "【{plat}】 {N1:mis_m}先生，您的账单己逾期，我司将于今曰起启动上门程序，详询{N2:mis}专员。",
    "{batt}%  {t}\n{N1}\n{P1}\n{loc}\n通话 {dur}\n----\n{N1}是催收给的名字 声音像是同一个人换了名字",
    "家 属 您 好 ， {N1:ocr} 在 我 司 欠 款 {amt} ， 请 转 告 其 本 人 。 经 办 ： {N2}",
    "微信 ({n})\n{N1:brk}\n{t}\n兄弟你欠的钱什么时候还\n[图片]\n{N2}也在问",
    "水印：{plat} 内部资料 严禁外传\n借款人：{N1}  手机：{P1}\n单位：{city}某物流公司  {boss}：{N2}",
]
T["memo"] = [
    "还款记录\n{ds} 转{C1}（户名{N1}）{amt}\n{ds2} 转{C2}（户名{N2}）{amt2}\n都是催收让我转的个人卡，平台说没收到",
    "地址都被他们知道了：\n我家 {A1}\n我爸妈家 {A2:r}\n我上班的地方 {city}某电子厂 {boss}{N1}",
    "时间 | 号码 | 自称 | 内容\n{d} {t} | {P1} | {N1} | 说要上门\n{d2} {t2} | {P2} | {N2} | 骂我{rel}\n{d3} {t3} | {P1} | {N1} | 说已经立案",
    "日期\t来电人\t说了什么\n{ds}\t{N1}\t要我今天还{amt}\n{ds2}\t{N2}\t说联系了我{rel}\n{ds3}\t{N1}\t骂人，我挂了",
    "备忘录\n{dy} {wd}\n1、{t} 未接来电 {P1}\n2、{t2} 接通，对方自称{org}的{N1}，说已经给我{rel}{N2}打过电话\n3、{t3} {N1.s}经理又打来，骂了十分钟\n截图已保存",
    "（手写的，拍照转文字）\n{d} 下午 {N1}来电 说我不还就去找我爸{N2:old_m}\n{d2} {N1}又来 说找了我们村主任{N3:old_m}\n{d3} 村主任{N3.lao}打电话问我怎么回事",
    "证据清单：\n1. 与{N1}的通话录音{n}段\n2. {N1}发给我{rel}{N2}的短信截图{n2}张\n3. 微信聊天记录（对方昵称“{plat}-{N3}”）\n4. 还款凭证，收款人{N4}",
    "便签：\n找{N1}要借条复印件\n问{N2}那天有没有录音\n{wd}给{hot}打电话\n{N3}律师 {P1}",
    "{dd}\n上午 {N1}（{plat}）电话×{n}\n下午 {N2}（自称律师）电话×{n2} 微信×1\n晚上 {N1}又打给我{rel}",
    "我记的账：\n{ds} 借{N1} {amt}\n{ds2} 还{N1} {amt2}\n{ds3} {N2}帮我还了{amt3}\n{ds4} 借{N3} {amt4}（还没还）",
    "日程\n{dd} {t} 去{court}立案庭 找{N1}法官\n{dd2} {t2} {N2}律师免费咨询 {A1}",
    "时间线：\n{dy} 在{plat}借款{amt}\n{dy2} 开始逾期\n{dy3} {N1}第一次打电话给我{rel}\n{dy4} {N2}给我单位发短信，{boss}{N3}找我谈话\n{dy5} 打了{hot}",
    "{ds} {t} {N1} 催\n{ds} {t2} {N1} 催\n{ds2} {t3} {N2} 催 说明天上门\n{ds3} {t4} {N2} 没来",
    "序号,日期,对方姓名,对方号码,备注\n1,{dd},{N1},{P1},威胁上门\n2,{dd2},{N2},{P2},冒充律师\n3,{dd3},{N1},{P1},打给我{rel}",
    "记下来怕忘：\n催收的{N1}说他们老板叫{N2}\n{N2}的公司在{A1}\n我已经把这些告诉{N3}了",
    "【待办】\n□ 给{N1}回电话说分期的事\n□ 把{N2}的录音导出来\n☑ {wd}去{bank}打流水\n□ 问{N3}要不要写证明",
]
T["mixed"] = [
    "我婆婆在台湾住过，她手机是繁体的，转给我的：「{N1:trad_f}小姐您好，您的欠款已逾期，請盡快處理，否則將通知您的家人{N2:trad}。」",
    "對方說他叫{N1:trad}，是{plat}的專員，要我今天把錢還了，不然就找我{rel}{N2}",
    "他发的是英文邮件，署名 {N1:py}，Collection Department，抄送给了我同事{N2}",
    "微信名叫{en}的那个人，真名{N1}，他自己说的，{P1}",
    "{N1:py}（{N1.cn}）is my emergency contact，催收的一直打她电话，请问这合法吗",
    "催收員{N1:trad}說：你不還我們就去你老家找{N2:trad}，你媽媽{N3:old_f}電話我們也有",
    "对方邮箱{E1}，署名{N1:py}，他说他是{plat}的外包，叫他{en}就行",
    "我老公{N1:m}（{en}）在外企上班，催收打到他们公司前台，前台以为是找{N2:py}的",
    "我是香港身份證，在深圳借的{plat}，催收{N1}打給我阿媽{N2:trad}，想問點投訴",
    "簡體繁體我都打不好 將就看：催收的{N1}今天又打給我哥{N2:m}，說要告我詐騙",
    "Hi, my name is {N1:py}. I got SMS from {plat} saying my mother {N2:old_f} owes money. 但我妈根本没借过",
    "Dear {N1:py},\nYour account is overdue for {od} days. Please contact our agent {N2:py} at {P1:+86}.\n——我收到的英文催收邮件，是真的吗",
    "催收的叫{N1}，英文名{en}，微信{V1}，朋友圈全是豪车",
    "我用繁體輸入法：{dy}，{N1:trad}打電話給我老闆{N2}，說我欠{plat}的錢，老闆讓我自己處理",
    "签名是 {N1:py} / {N2}，不知道是不是一个人",
]
T["kin"] = [
    "我妈{N1:old_f}住{A1:r}，他们说下周要去那里找她",
    "我哥们{N1:m}让我用我的卡{C1}帮他收过一笔钱，现在说我是共犯",
    "我前妻{N1:f}那边也接到电话了，说我欠{amt}，她现在天天找我闹",
    "{N1:old_f}是我干妈，七十多了，催收的打到她那，她吓得一晚上没睡",
    "我师父{N1:mid_m}带我入行十几年，他们居然打到他那去，{N1.lao}现在都不太理我了",
    "我继父{N1:old_m}根本不知道我借钱，{plat}的人打电话跟他说我是诈骗犯",
    "我哥们{N1:m}借了我的身份证去办的，现在逾期了催收打给我，{N1.a}说过几天还",
    "发给{N1.jie}的：\n{N1.jie}，对不起，{plat}的催收打到你那了，你是我填的紧急联系人，我下个月一定处理。——{N2}\n（{N1.jie}就是{N1:f}，以前一个厂的）",
    "催收说的{N1.mm}就是我，他们群发短信给我所有联系人：“{N1.mm}欠款不还，请转告”，我表哥{N2:m}、我同学{N3}都收到了",
    "我小舅子{N1:m}欠的钱，凭什么打给我老婆{N2:f}？她都被吓哭了",
    "{N1}是我发小，{N2}是我高中同学，{N3}是我大学室友，这三个人都被{plat}打了电话",
    "房东{N1}今天跟我说有人到出租屋敲门找我，{N1.lao}把我电话给了人家",
    "我是{N1:old_m}的女婿，我岳母{N2:old_f}接到电话说{N1}欠钱，{N1}根本没用过智能手机",
    "{N1.lao}（{N1:mid_m}）是我们车间的，他说催收员{N2}打了他{n}次",
    "{N1.ge}，就是{N1:m}，说借我的两万是{N2}的钱，现在{N2}让催收来找我",
    "我男朋友{N1:m}背着我借了{plat}，现在催收打给我和我妈{N2:old_f}",
    "{N1:f}她老公{N2:m}在{plat}借的，催收的把我当成{N2}的妹妹天天打",
    "{N1:young}他妈{N2:old_f}今天来我家哭，说催收的把{N1}的照片P了发到他们村群里",
    "我是{N1:young}的辅导员，学校接到{plat}的电话，说{N1}逾期，我们已经跟{N1}家长{N2:mid}联系了",
    "我们组长{N1}说再接到一次催收电话就让我走人，{N1.s}组长人其实挺好的",
    "干爹{N1:old_m}、干妈{N2:old_f}，这事是我不对，我自己处理，你们别接陌生电话了。——{N3:young}",
    "{N1.jie}是我们店的老板娘，全名{N1:f}，{N2}打电话到店里骂了半个小时",
    "{N1}、{N2}、{N3}、{N4}都是我通讯录里的人，{plat}一个个打过去说我欠钱跑路了",
    "我们家都叫我弟{N1.a}，大名{N1:young_m}，催收的连小名都知道，肯定是从他手机里拿的",
    "我外甥{N1:young}在读大三，他说有人冒充{court}给他打电话说我欠钱",
    "我儿媳{N1:mid_f}跟我儿子{N2:mid_m}都在外地，催收天天打我座机，我老头子{N3:old_m}心脏不好",
    "{N1.zong}，不好意思，催收的电话打到公司来了，是我个人的事，我会处理好。——{N2}\n（发给我们老板{N1:mid_m}的）",
    "我妯娌{N1:mid_f}说，催收的人管我叫“{N2.mm}家的”，{N2:mid_m}是我老公",
    "我姐{N1:f}和我姐夫{N2:m}都被打了，我姐夫{N2.s}家那边的亲戚也接到了",
    "我爸{N1:old_m}说，要是{N2}再打来就让他直接来家里谈，{N1.lao}不怕这个",
    "王者荣耀里认识的哥们{N1}，借了我账号去贷款，现在{plat}说是我借的",
    "师傅{N1:old_m}您好，我是您以前的徒弟{N2}，催收的给您打电话的事真对不起",
]
T["glue"] = [
    "{N1}住{A1}就在我家楼下",
    "{N1}让我把钱转到{C1}我没转",
    "{A1:sp}{N1}收",
    "昨天{tc}{N1}打我单位座机",
    "{amt}{N1}说月底前给",
    "{N1}{t}在{place}堵我",
    "转了{amt}给{N1}他还说没收到",
    "{place}{N1}等了我一下午",
    "喂你好我是{N1:m}的老婆我叫{N2:f}他们天天打电话到我这来说{N1}欠了{plat}的钱我想问一下这个我要不要还",
    "就是那个{N1}啊他{wd}又打过来了说要起诉我还说我{rel}{N2}也要承担责任这是真的吗",
    "我{cn}号给{N1}还了{amt}然后{N2}又说没收到让我再还一次",
    "{dd}{N1}{P1}来电",
    "下午{N1}来电{dur}",
    "{N1}骂我{rel}{N2}骂了一个多小时",
    "今天早上{N1}发短信给{N2}说我欠钱不还",
    "{od}天了{N1}每天打{n}个电话",
    "问了{N1}他说{N2}上周就把钱还了",
    "我{city}老乡{N1}帮我垫了{amt}",
    "嗯那个我想问一下就是有个叫{N1}的人一直给我打电话说他是{plat}的然后我跟他说我现在没钱他就说要去找我妈{N2:old_f}还说要到我老家{city}去",
    "{N1}说{N2}借的{amt}要我还凭什么",
    "{wd}{N1}{wd2}{N2}{wd3}又是{N1}",
    "{t}{N1}打来{t2}{N2}打来{t3}{N1}又打来",
    "给{N1}打了电话{N1}没接",
    "我跟你说啊这个{N1:f}她不是我什么亲戚就是以前一起打工的他们把她电话都打爆了她老公{N2:m}还跑来问我",
    "找{N1}借{amt}找{N2}借{amt2}都还了就剩{plat}",
    "语音转文字：那个{N1}刚才又打电话了说你要是今天不还明天就到你单位去找你们{boss}我跟他说你别吓唬人了",
    "{N1}在{place}拍了我家门牌发群里",
    "{N1}{N2}{N3}都说接到了",
    "催收员{N1}{P1}天天打",
    "{N1}欠{amt}逾期{od}天不是我",
    "{ds}{N1}上门{ds2}{N2}上门",
    "对方自称{N1}今天{tc}到",
    "刚才{N1}打给我妈我妈血压一下就上来了",
    "电话里那个人说他叫{N1}然后又说他叫{N2}名字都对不上",
    "{N1}和{N2}是一伙的{N1}唱红脸{N2}唱白脸",
    "{plat}{N1}{plat2}{N2}都是同一个号码打来的",
    "你好我想咨询一下我叫{N1}今年{n}岁在{plat}借了{amt}现在还不上了他们说要告我",
    "第{cn}次了{N1}还是那套话",
    "{N1}跟{N2}说我去{city}了其实我没去",
    "录音里{N1}说的原话是不还钱就让你在{city}待不下去",
    "你帮我问问{N1}他那边有没有接到",
]
T["complaint"] = [
    "我是{N1}，住{A1}，{dy}有{n}个人到我家门口拍照，其中一个穿黑衣服的自称{plat}的{N2}，我已报警，回执在派出所",
    "投诉内容（准备打12378）：\n本人于{dy}在{bank}办理信用卡，因失业逾期。{dy2}起，自称{bank}委外催收的{N1}（{P1}）多次拨打我父亲{N2:old_m}、我同事{N3}的电话，透露我的欠款信息。要求：停止骚扰第三人。\n投诉人：{N4}  联系电话：{P2}",
    "向国家金融监督管理总局投诉的材料\n被投诉机构：{plat}\n投诉人：{N1}，身份证号{I1:N1}\n事实：{dy}至今，催收员{N2}、{N3}每天拨打我{rel}{N4}电话，并在微信群发布我的照片。\n证据：通话录音、截图。",
    "12345工单备注：市民{N1}反映，其母亲{N2:old_f}（住{A1}）近期多次接到自称{plat}催收人员电话，对方称将上门，市民要求核查。",
    "我要报警 110 我叫{N1} 住{A1} 今天{tc}有两个男的在我家门口喷漆写欠债还钱 其中一个说他叫{N2}",
    "12363（人民银行）投诉：征信报告上有一笔我不认识的{plat}贷款，合同号{K1:ht}，我从来没有借过。对方说是{N1}用我身份信息办的，{N1}是我前同事。",
    "写给{bank}消保部：\n我是持卡人{N1}，卡号{C1}。贵行委托的催收人员{N2}在{dy}给我单位{boss}{N3}打电话，称我“诈骗”，请贵行核查并答复。",
    "12315投诉：{plat}捆绑销售会员费，客服{N1}工号{K1:gh}承诺退款未兑现，我的订单号{K2:ord}",
    "反诈96110回访记录：受害人{N1}，自称{N2}的人以“注销校园贷”为由让其转账{amt}，对方收款账户户名{N3}",
    "补充说明（第二次投诉）：\n1. 催收员{N1}仍在联系我{rel}{N2}\n2. 催收员{N3}在{dy}晚上{t}打了{n}次\n3. 我已于{dy2}还款{amt}，收款户名{N4}\n请监管部门督促处理。{N5}",
    "我想投诉{plat}，他们的人{N1}打电话给我七十多岁的外婆{N2:old_f}，说不还钱就让我坐牢。我外婆有高血压。我叫{N3}，电话{P1}。",
    "致{court}：申请人{N1}，住{A1}，与被申请人{plat}（委托代理人{N2}）借款纠纷一案，案号{K1:case}，现申请延期开庭。",
    "情况说明\n我叫{N1}，身份证{I1:N1}，{dy}被人冒用身份在{plat}借款{amt}。冒用人{N2}已被{city}市公安局立案。现催收员{N3}仍在骚扰我{rel}{N4}。",
    "投诉对象：{plat}委外催收 {N1}、{N2}\n投诉人：{N3}  {P1}\n诉求：删除我通讯录信息，停止联系{N4}（我女儿，{n}岁）",
    "{hot}接线员让我整理好再打：\n姓名 {N1}\n借款平台 {plat}\n催收人员自报姓名 {N2}\n被骚扰的人 {N3}（{rel}）、{N4}（同事）\n地址 {A1}",
]
T["minority"] = [
    "催收的打给我阿爸{N1:min}，他汉话说不好，听不懂，吓坏了",
    "我叫{N1:min}，{plat}的人说我欠{amt}，我没借过",
    "{N1:min}是我们村的，他说有人打电话问我在哪打工",
    "紧急联系人：{N1:min}（{rel}） {P1}",
    "{N1:min}和{N2:min}都接到了电话，说我再不还就起诉",
    "我老公{N1:min}在外面跑车，{plat}的人打到他那里",
    "通话记录\n{dd} {t} {N1:min} {dur}\n{dd} {t2} {P1} 未接\n——{N1}是我表姐，她说对方问我在哪",
    "催收员{N2}说我表姐{N1:min}也是担保人，她根本没签过字",
    "村里的{N1:min}大叔帮我接的电话，对方说我欠钱跑路了",
    "@{N1:min} 你是{N2:min}的家属吗，请转告其尽快处理{plat}欠款",
    "我是{N1:min_朝鲜}，朝鲜族，在{city}打工，催收给我在韩国的姐姐{N2:min_朝鲜}打国际长途",
    "{N1:min_京}在东兴做海产生意，欠了{plat}的钱，催收打到码头",
    "我爷爷{N1:min_俄罗斯}住在额尔古纳，催收的打电话骂他",
    "我叫{N1:min_畲}，景宁的，{plat}催收说要来我家",
    "{N1:min_布依}、{N2:min_水}在三都一起开店，催收打到店里找{N1}",
    "我阿妈{N1:min}说有人打电话讲汉话很快她听不懂就挂了后来又打给我姐{N2:min}",
    "{N1:min_鄂温克}在牧场，手机信号不好，催收打了{n}次都没接通，就打给了{N2:min_达斡尔}",
    "{N1:min_锡伯}是我舅舅，在察布查尔，他收到短信说我欠款",
    "我是{N1:min_羌}，茂县人，{N2:min_羌}是我堂哥，催收说他是我的担保人",
    "{N1:min_土}在互助县，他老婆{N2:min_土}也接到电话",
    "群里有人@{N1:min_赫哲}，说他儿子欠钱，{N1}是我们同江的老渔民",
    "{N1:min_仫佬}和{N2:min_毛南}是我在罗城的同学",
]
T["other"] = [
    "收款卡号{C1:4d} 他说是公司对公账户，我查了是个人卡",
    "寄到{A1:sp}的律师函是假的吧",
    "{C1}\n{C2}\n两张都被冻结了",
    "这个号码{P1}今天打了{n}次，归属地{loc}",
    "{P1:land}打到我单位的，前台说对方口气很凶",
    "催收短信里的回拨号码{P1}，还有一个{P2}",
    "他们说我的身份证{I1}已经被列入黑名单，真的假的",
    "还款卡号{C1}，{dy}已还{amt}，截图在这",
    "对方让我转到这个卡{C1}，户名没说",
    "催收说要上门{A1}，这是我现在住的地方他们怎么知道的",
    "合同编号{K1:ht} 借款编号{K2:jk}",
    "催收的微信号{V1}，QQ{Q1}",
    "我的邮箱{E1}收到了律师函",
    "车牌{L1}，他们说要拖我的车",
    "支付宝交易号{K1:zfb}，这笔是还款",
    "我家地址{A1:r}，催收说下周来",
    "{P1}\n{P2}\n{P3}\n都是今天打来的",
    "案号{K1:case}，我{wd}才收到传票",
    "{dd} {t} {P1:s} 呼入 {dur}",
    "回拨{P1:+86}显示空号",
    "他们发了我身份证号{I1:684}和住址{A1}到群里",
]
GROUP_N = {"calllog": 64, "wechat": 84, "ocr": 66, "memo": 54, "mixed": 44, "kin": 78, "glue": 84,
           "complaint": 44, "minority": 48, "other": 40}

# ----------------------------------------------------------------- records without personal data
NONE_TEXTS = [
    "通话记录\n03-12 09:14 呼入 时长2分13秒\n03-12 11:02 未接\n03-12 15:40 呼入 时长45秒\n都是同一个平台的，号码每次都不一样",
    "对方撤回了一条消息\n[捂脸][捂脸]\n你撤回了一条消息\n以下为新消息\n语音通话 对方已取消",
    "09:41 .ıll 5G ▢76\n< 短信\n【马上消费金融】您的账单己逾期，请于今曰内处理，详询客服。",
    "时间 | 号码 | 自称 | 内容\n3/12 上午 | 没显示 | 律师 | 说要起诉\n3/13 晚上 | 没显示 | 调解员 | 说可以减免",
    "我前妻那边也接到电话了，她现在天天找我闹，我真的不知道怎么办",
    "干妈七十多了，催收的打到她那，她吓得一晚上没睡，这个能投诉吗",
    "老王说他也接到了，小李也接到了，我们车间一半的人都接到了",
    "催收群发的短信：“王某某欠款不还，请转告”，我所有联系人都收到了",
    "您的帳戶已逾期，請盡快還款，否則將影響您的信用記錄。",
    "Dear customer, your account is overdue. Please contact our Collection Department.",
    "喂你好我想问一下就是我在网上借了钱现在还不上了他们天天打我家里电话我妈都不敢接了这个怎么办",
    "备忘录\n周三 上午 打12378 没打通\n周三 下午 打12378 接通了 让我先找平台\n周四 打平台客服 说三个工作日回复",
    "证据清单：\n1. 通话录音5段\n2. 短信截图12张\n3. 微信聊天记录\n4. 还款凭证",
    "国家金融监督管理总局投诉电话是12378，人民银行是12363，市场监管是12315",
    "截图时间 2025-03-12 21:04 仅用于投诉",
    "[转账] 对方已收款\n[红包] 恭喜发财，大吉大利\n你领取了红包",
    "群聊名称改为“逾期协商群”\n@所有人 请各位按时还款\n你被移出了群聊",
    "黄金周过后再还行不行，张家界回来工资就到了",
    "马上消费金融和招联金融哪个催收更狠，有没有人知道",
    "我在周口上班，老家是马鞍山的，催收说要去我老家",
    "他们说根据《刑法》第二百九十三条之一，我这种情况不构成犯罪吗？",
    "法释〔2020〕17号里说民间借贷利率上限是LPR的四倍",
    "阿姨你别怕，这种电话直接挂，实在不行打110",
    "师傅说明天来修，房东也知道了，就是催收的事还没解决",
    "OCR识别结果\n-------\n姓名 \n身份证号 \n欠款金额 12,800.00\n逾期天数 47\n-------",
    "日期\t来电人\t说了什么\n3/12\t不知道\t要我今天还\n3/13\t不知道\t说联系了我家人",
    "石家庄的房子卖了就能还上，麻烦再宽限一个月",
    "簡體繁體我都打不好，將就看：催收的今天又打給我哥，說要告我詐騙",
    "微信名叫Tony的那个人说他是平台外包，我没加他",
    "杨国福麻辣烫店门口有个人一直在拍我，是不是催收的",
    "拦截记录\n已拦截 骚扰电话 12次\n已拦截 疑似诈骗 3次",
    "语音转文字：你今天下午三点之前不处理我们就按流程走了到时候别说我们没提醒你",
    "催收说明天九点半到我单位，我们单位在万达广场B座",
    "我是香港身份證，在深圳借的錢，想問點投訴",
    "12345工单已受理，请耐心等待回复，工单编号请以短信为准",
    "高峰期转账可能延迟到账，请勿重复操作",
    "王牌律师团队为您免费咨询债务问题，回T退订",
    "周六周日也打，凌晨一点还打，这个合法吗",
    "合并转发的聊天记录\n[图片]\n[图片]\n[语音] 12\"\n[文件] 通话录音.m4a",
    "村主任说村委会也接到电话了，让我赶紧处理，别给村里丢人",
]
NONE_N = len(NONE_TEXTS)

# ----------------------------------------------------------------- preserve candidates
P_CITIES = W("""张家界市 马鞍山市 周口市 石家庄市 黄山市 常州市 温州市 金华市 钟祥市 高州市 江门市 林芝市 白城市 白银市
吉安市 安顺市 贺州市 梅州市 邵阳市 韩城市 宁德市 许昌市 郑州市 曲靖市 黄石市 何家庄 汤阴县 武功县 岳阳市 龙岩市
秦皇岛市 毕节市 侯马市 孟州市 牛街 丁蜀镇 庞各庄镇 谢家集区 杜集区 邓州市 彭州市 章丘区 唐山市 柳州市 宋庄镇 鲁山县
潘家园 罗湖区 洪山区 魏县 高平市 卢龙县 丰都县 蒙城县 叶县 万宁市 沈北新区 韦曲街道 甘孜州 欧家庄""")
P_MIN_AREAS = W("""黔南布依族苗族自治州 黔西南布依族苗族自治州 三都水族自治县 罗城仫佬族自治县 环江毛南族自治县 北川羌族自治县
互助土族自治县 察布查尔锡伯自治县 鄂温克族自治旗 莫力达瓦达斡尔族自治旗 同江市街津口赫哲族乡 景宁畲族自治县
延边朝鲜族自治州 额尔古纳市 东兴市江平镇 茂县 汶川县 民和回族土族自治县 大通回族土族自治县 镇宁布依族苗族自治县""")
P_BODIES = W("""人民法院 中级人民法院 公安局 派出所 信访局 司法局 人民调解委员会 市场监督管理局 金融监管分局 法律援助中心 政务服务中心 人民医院""")
BRANDS = W("""周大福 周生生 老凤祥 王老吉 李锦记 张小泉 陈克明 黄焖鸡米饭 沙县小吃 钱大妈 马应龙 云南白药 汤臣倍健 海底捞 安踏
特步 鸿星尔克 海尔 格力 美的 华为 小米 荣耀 欧派 王守义十三香 叶氏兄弟 廖排骨 谭木匠 白象 曹操出行 高德地图 丁香医生
贾国龙功夫菜 何氏眼科 吴裕泰 张一元 胡姬花 金龙鱼 秦老太 黎明屯铁锅炖 董小姐 毛戈平 袁记云饺 柳州螺蛳粉 江小白 唐久便利""")
BRAND_FRAMES = ["在{b}门口等我", "{b}旁边那个路口", "我在{b}上班", "{b}门店", "{b}附近有人跟着我", "刚从{b}出来", "{b}分期付款", "{b}的工资卡"]
FIN_JOBS = W("催收专员 贷后专员 调解员 外访专员 法务专员 客服专员 风控专员 理财经理 大堂经理 柜员")
JOB_FRAMES = ["{j}也接到了电话", "找{j}反映情况", "{j}说不认识我", "我们{j}找我谈话", "{j}让我自己处理", "打给了{j}", "{j}问我是不是欠钱了"]
IDIOMS = W("""张冠李戴 完璧归赵 毛遂自荐 孟母三迁 程门立雪 司马昭之心 东施效颦 叶公好龙 江郎才尽 杞人忧天 邯郸学步 黄粱一梦
马到成功 高枕无忧 石沉大海 金玉良言 白纸黑字 钱可通神 万无一失 于心何忍 周而复始 朱门酒肉臭 柳暗花明 任重道远
安居乐业 常备不懈 胡搅蛮缠 秦晋之好 宋襄之仁 曹刿论战 韩信点兵 庞然大物 龙飞凤舞 罗雀掘鼠 谢天谢地 潘安再世
欧风美雨 苏武牧羊 白头偕老 贾人渡河 陆海潘江 田忌赛马 方寸大乱 文过饰非 康庄大道 雷厉风行 梁上君子 鲁莽行事""")
JOBS = W("""催收专员 贷后专员 调解员 外访专员 法务专员 客服专员 风控专员 执行法官 书记员 审判员 值班民警 辅警 网格员
村主任 妇女主任 驻村第一书记 信访专干 楼栋长 班组长 车间主任 人事专员 出纳 会计 辅导员 班主任 教导主任 主治医生
护士长 保安队长 物业管家 快递员 外卖骑手 网约车司机 房产中介 保险代理人 理财经理 大堂经理 柜员 律师助理 实习律师""")
LAWS = ["《民法典》第六百七十五条", "《民法典》第一千零三十二条", "《民法典》第一千零三十四条", "《刑法》第二百九十三条之一",
        "《刑法》第二百五十三条之一", "《个人信息保护法》第十三条", "《个人信息保护法》第二十八条", "《治安管理处罚法》第四十二条",
        "《商业银行信用卡业务监督管理办法》第六十八条", "《民事诉讼法》第一百二十二条", "《消费者权益保护法》第二十九条",
        "法释〔2020〕17号", "法释〔2015〕18号", "《银行保险机构消费者权益保护管理办法》", "《互联网金融逾期债务催收自律公约（试行）》",
        "《关于办理非法放贷刑事案件若干问题的意见》", "《征信业管理条例》第二十五条", "《防范和处置非法集资条例》"]
LAW_FRAMES = ["根据{x}", "{x}规定", "对方违反了{x}", "请对照{x}处理", "参见{x}", "{x}原文是怎么写的", "律师让我看看{x}"]
HOTS = ["12378", "12363", "12315", "12345", "110", "96110", "12321", "12348", "12368"]
HOT_FRAMES = ["打{h}投诉", "{h}打不通就多打几次", "{h}接线员说会转给属地", "已拨打{h}，工单已受理", "{h}是免费电话",
              "晚上也能打{h}吗", "{h}让我先找平台协商", "我打了{h}，对方说三个工作日内回复", "可以拨打{h}反映情况"]
WX_SYS = ["对方撤回了一条消息", "你撤回了一条消息 重新编辑", "该消息已被撤回", "以下为新消息", "语音通话 对方已取消",
          "语音通话 对方已拒绝", "视频通话 对方无应答", "[图片]", "[视频]", "[文件] 通话录音.m4a", "[转账] 请收款",
          "[转账] 已被退还", "[红包] 恭喜发财，大吉大利", "你领取了红包", "你已添加了对方，现在可以开始聊天了。",
          "消息已发出，但被对方拒收了。", "对方开启了朋友验证，你还不是他（她）朋友。", "群聊名称改为“逾期协商群”",
          "你被移出了群聊", "该群已解散", "@所有人 请按时还款", "对方正在输入…", "[位置]", "[聊天记录]", "[链接] 还款入口",
          "拍了拍我", "我拍了拍自己", "撤回了一条消息", "引用：下周三前不还就上门", "- - - - - - - - - - - - - - -",
          "[合并转发] 聊天记录", "开启了消息免打扰", "已读", "未读", "对方已收款", "转账单号请在账单中查看"]
OCR_LINES = ["您的借款己逾期{n}天，请于今曰内处理", "逾期费用将持续产生，请尽快还款", "本中心将于{d}派员上门核实",
             "如有疑问请致电客服", "截图时间 {dd} {t}", "仅用于投诉", "{t} .ıll 5G ▢{b}", "{t} .ıll 4G ▢{b}", "< 返回",
             "短信/彩信", "{dd} {t}", "拒收短信请回复R", "退订回T", "催 告 函", "律 师 函", "我所受委托致函如下",
             "您尾号{t4}的卡己逾期", "请勿轻信他人代还款", "本短信由系统自动发送", "详询{h}"]
TRAD_LINES = ["您的帳戶已逾期，請盡快還款", "國家金融監督管理總局", "請勿將驗證碼告訴他人", "如有疑問請致電客服",
              "我們已將您的情況報備", "逾期將影響您的信用記錄", "本人已於今日還款", "請停止騷擾我的家人",
              "對方說要上門", "我想投訴催收人員", "銀行信用卡中心", "法院傳票要怎麼查真假", "律師函是真的嗎",
              "我媽媽嚇壞了", "他們打到我公司了", "這個號碼一直打來", "簡體繁體我都打不好", "將就看吧"]
KIN_LINES = ["我前妻那边也接到电话了", "干妈七十多了，被吓得不轻", "师父让我别理他们", "继父根本不知道我借钱",
             "哥们借了我的身份证去办的", "我小舅子欠的钱凭什么打给我老婆", "房东说有人敲门找我", "岳母接到电话说我欠钱",
             "我们车间主任也接到了", "男朋友背着我借的", "辅导员说学校接到电话了", "组长说再接到一次就让我走人",
             "老板娘说不认识这个人", "发小说他也接到了", "妯娌说催收的管我叫某某家的", "外甥说有人冒充法院给他打电话",
             "儿媳跟儿子都在外地", "老头子心脏不好别吓他", "姐夫家那边的亲戚也接到了", "村主任让我赶紧处理",
             "我老乡帮我垫了一部分", "阿姨你别怕直接挂", "大爷说他不认识我", "表姐说她根本没签过字", "我堂弟也被打了",
             "老家的亲戚都知道了", "婆婆天天在家哭", "公公说让我自己处理", "女婿说帮我问问律师", "侄子在上大学别打给他"]
SENT_FRAMES = ["{p}打电话给我{k}", "{p}说我{k}是担保人", "{p}把我的事告诉了我{k}", "{p}威胁要去找我{k}",
               "{p}的催收员骂了我{k}", "{k}问我{p}是怎么回事", "{k}让我赶紧把{p}还了", "{k}接到了{p}的电话"]
SURWORDS = W("""王牌 张贴 李子 黄金 高度 周末 马上 白条 金条 杨柳 朱红 林业 何时 于是 陈述 孙子 钱款 宋体 余额 许可
曾经 江苏 韩国 唐朝 郑重 田地 常用 任务 严重 万一 程序 石化 毛利 罗列 胡同 章程 付款 连续 车位 温馨 方便 安全 向日葵
沈阳 吉林 贺卡 时间 谢谢 龙头 钟点工 关机 包含 戴口罩 邓小平理论 康复 文件 柏油路 苗木 房贷 牛奶 宫颈 解释
路费 原告 简单 甘肃 单位 全额 鲁莽 冷静 华为 晏昼 邢台 齐全 段落 阎王 潘多拉 邵氏 武汉 伍佰元 凌晨""")
SW_FRAMES = ["{w}", "{w}之后再说", "关于{w}的问题", "今天{w}", "{w}和还款有关吗", "提到了{w}"]
REAL_LINES = [
    "这个号码一直打来，归属地{loc}", "{dd} {t} 呼入 时长{dur}", "{dd} {t} 未接来电", "{dd} {t} 已拦截 骚扰电话",
    "疑似催收 被{mk}人标记", "通话 {dur}", "呼出 {dur}", "{t}—{t2} 共{n}个未接来电", "录音已保存",
    "{plat}说今天不还就联系我家人", "{plat}的人说要上门", "{plat}贷后说可以协商分期", "{plat}说要起诉我",
    "{bank}信用卡中心外包的说要我今天存{amt}", "{bank}客服说可以申请停息挂账", "{bank}说要上门外访",
    "{tc}又打来了", "{wd}{tc}打到我单位", "{wd}打了{n}次", "我{rel}也接到了", "他们把我{rel}电话打爆了",
    "催收的骂我{rel}骂了一个多小时", "今天{tc}有人在{place}拍照", "有人在{place}等我", "{place}有人堵我",
    "已还{amt}，剩下的月底前还", "还差{amt}", "逾期{od}天了", "{dy}在{plat}借款{amt}", "{dy}开始逾期",
    "我想协商分期，每个月还{amt}", "本金{amt}，利息和罚息加起来比本金还多", "收款户名他们没说",
    "{city}的号码", "{loc}的号码，每次都换", "对方自称{org}的", "对方自称{court}的", "说是{org}委托的",
    "把录音导出来", "去{bank}打流水", "问律师要不要写证明", "证据清单第{cn}项", "截图{n}张", "录音{n}段",
    "给{h}打电话", "{h}说先找平台协商", "准备向{city}金融监管分局投诉", "向国家金融监督管理总局{city}监管局反映",
    "{city}市12345热线", "{dy}打了{h}",
]


def build_preserve(r):
    out = []
    for c in P_CITIES + P_MIN_AREAS:
        for b in P_BODIES:
            if r.random() < 0.55:
                out.append(c + b)
    for b in BRANDS:
        for t in r.sample(BRAND_FRAMES, 3):
            out.append(t.replace("{b}", b))
        out.append(b)
    out += IDIOMS
    for j in JOBS:
        out.append(j)
        if j in FIN_JOBS:
            for _ in range(4):
                out.append(r.choice([r.choice(BANK), r.choice(PLAT)]) + r.choice(["", "的"]) + j)
        else:
            for t in r.sample(JOB_FRAMES, 3):
                out.append(t.replace("{j}", j))
    for law in LAWS:
        for f in LAW_FRAMES:
            out.append(f.replace("{x}", law))
    for h in HOTS:
        for f in HOT_FRAMES:
            out.append(f.replace("{h}", h))
    for b in BANK:
        out.append("%s客服热线%s" % (b, BANK_HOT[b]))
        out.append("%s信用卡中心%s" % (b, BANK_HOT[b]))
        for dpt in W("信用卡中心 消费者权益保护部 资产保全部 贷后管理部 零售信贷部 客户服务中心"):
            out.append(b + dpt)
    for p in PLAT:
        for f in ["{p}逾期了怎么办", "{p}催收合法吗", "{p}客服电话打不通", "{p}说要联系紧急联系人", "{p}可以协商吗", "{p}贷后管理部"]:
            out.append(f.replace("{p}", p))
    out += WX_SYS
    for e in EMO:
        out.append(e)
        out.append(e + e)
        out.append(r.choice(WX_SYS) + e)
    out += TRAD_LINES + KIN_LINES
    for _ in range(360):
        out.append(r.choice(SENT_FRAMES).replace("{p}", r.choice(PLAT)).replace("{k}", r.choice(KIN + REL_ANY)))
    for w in SURWORDS:
        for f in r.sample(SW_FRAMES, 3):
            out.append(f.replace("{w}", w))

    def fill_line(t):
        def rep(m):
            k = m.group(1)
            base = k.rstrip("0123456789")
            if base == "h":
                return r.choice(HOTS)
            if base == "b":
                return str(r.randint(8, 99))
            if base == "t4":
                return "%04d" % r.randint(0, 9999)
            return fill_simple(r, base)
        return re.sub(r"\{([a-z]+[0-9]*)\}", rep, t)
    for _ in range(420):
        out.append(fill_line(r.choice(OCR_LINES)))
    for _ in range(1250):
        out.append(fill_line(r.choice(REAL_LINES)))
    for _ in range(150):
        out.append(" ".join(fill_line(r.choice(["{dd} {t} 呼入 {dur}", "{ds} {t} 催", "{d} {wd} {tc}", "序号,日期,备注"]))
                            .split(" ")) + " | " + r.choice(["威胁上门", "冒充律师", "骂人", "说已立案", "没接", "挂了", "说要联系单位"]))
    # own duplicates out, order kept
    seen, res = {}, []
    for x in out:
        x = x.strip()
        if x and x not in seen:
            seen[x] = 1
            res.append(x)
    return res

# ----------------------------------------------------------------- dedupe sources
def nows(s):
    return re.sub(r"\s", "", s)


def load_others(d):
    texts, lines, nfiles = {}, {}, 0
    own = ("scrub_tune28.jsonl", "scrub_tune28_preserve.txt")
    for p in sorted(glob.glob(os.path.join(d, "scrub_*.jsonl"))):
        if os.path.basename(p) in own:
            continue
        nfiles += 1
        with open(p, encoding="utf-8") as f:
            for ln in f:
                ln = ln.strip()
                if not ln:
                    continue
                try:
                    t = json.loads(ln).get("text") or ""
                except ValueError:
                    continue
                texts[nows(t)] = 1
    for p in sorted(glob.glob(os.path.join(d, "scrub_*preserve*.txt"))):
        if os.path.basename(p) in own:
            continue
        nfiles += 1
        with open(p, encoding="utf-8") as f:
            for ln in f:
                if ln.strip():
                    lines[nows(ln)] = 1
    return nfiles, texts, lines


def mask(text, values):
    chars = list(text)
    for v in values:
        i = text.find(v)
        while i >= 0:
            for j in range(i, i + len(v)):
                chars[j] = "\x00"
            i = text.find(v, i + 1)
    return "".join(chars)


def main():
    nfiles, other_texts, other_lines = load_others(DEDUPE_DIR)
    other_pre_big = "\n".join(other_lines.keys())
    rp = random.Random(SEED + 1)
    cands = build_preserve(rp)
    n_cand = len(cands)
    pres, drop_other = [], 0
    for x in cands:
        k = nows(x)
        if k in other_lines or k in other_texts:
            drop_other += 1
            continue
        pres.append(x)
    static_parts = []
    for g in T:
        static_parts += T[g]
    static_parts += NONE_TEXTS + cands + PLAT + BANK + ORG + KIN + REL_ANY + BOSS + LOC + PLACE + CITY + CITYCOURT
    static_parts += ESTATE + ROAD + TC + WEEK
    static_big = nows("\n".join(static_parts))

    r = random.Random(SEED)
    used = {}
    stats = {"redraw": 0, "rej_other_pre": 0, "rej_static": 0, "rej_used": 0, "rec_dup_other": 0}

    def names_ok(pii):
        vals = [v for _, v in pii]
        for i, a in enumerate(vals):
            for j, b in enumerate(vals):
                if i != j and a in b:
                    return False
        for k, v in pii:
            if k != "name":
                continue
            p = nows(v)
            if len(p) < 2:
                return False
            if p in used:
                stats["rej_used"] += 1
                return False
            if p in static_big:
                stats["rej_static"] += 1
                return False
            if p in other_pre_big:
                stats["rej_other_pre"] += 1
                return False
        return True

    def one(group, tpl):
        for _ in range(200):
            text, pii, _o = render(r, tpl)
            if not all(v in text for _, v in pii):
                stats["redraw"] += 1
                continue
            if not names_ok(pii):
                stats["redraw"] += 1
                continue
            if nows(text) in other_texts:
                stats["rec_dup_other"] += 1
                continue
            for k, v in pii:
                if k == "name":
                    used[nows(v)] = 1
            return text, pii
        raise RuntimeError("cannot fill " + tpl[:30])

    recs = []
    tpl_use = {}
    for g in T:
        tpls = T[g]
        order = []
        for i in range(GROUP_N[g]):
            if not order:
                order = list(range(len(tpls)))
                r.shuffle(order)
            ti = order.pop()
            text, pii = one(g, tpls[ti])
            tpl_use[(g, ti)] = tpl_use.get((g, ti), 0) + 1
            recs.append({"group": g, "tpl": ti, "text": text, "pii": pii})
    for t in NONE_TEXTS:
        if nows(t) in other_texts:
            stats["rec_dup_other"] += 1
            continue
        recs.append({"group": "none", "tpl": -1, "text": t, "pii": []})
    # cross-record check: no value of any record outside labelled spans of any record
    for _round in range(20):
        allv = []
        for rec in recs:
            for k, v in rec["pii"]:
                if len(nows(v)) >= 2 and v not in allv:
                    allv.append(v)
        bad = []
        for idx, rec in enumerate(recs):
            m = mask(rec["text"], [v for _, v in rec["pii"]])
            if any(v in m for v in allv):
                bad.append(idx)
        if not bad:
            break
        stats["cross_redraw"] = stats.get("cross_redraw", 0) + len(bad)
        for idx in bad:
            rec = recs[idx]
            if rec["group"] == "none":
                raise RuntimeError("none text holds a value: " + rec["text"][:20])
            for k, v in rec["pii"]:
                used.pop(nows(v), None)
            text, pii = one(rec["group"], T[rec["group"]][rec["tpl"]])
            rec["text"], rec["pii"] = text, pii
    else:
        raise RuntimeError("cross check did not converge")
    texts_seen = {}
    for rec in recs:
        k = nows(rec["text"])
        assert k not in texts_seen, rec["text"][:40]
        texts_seen[k] = 1
    r.shuffle(recs)
    # preserve: drop lines containing any value
    vals = []
    for rec in recs:
        for k, v in rec["pii"]:
            vals.append(nows(v).lower())
    final_pres, drop_val = [], 0
    for x in pres:
        xl = nows(x).lower()
        if any(v in xl for v in vals):
            drop_val += 1
            continue
        final_pres.append(x)
    rp.shuffle(final_pres)
    os.makedirs(OUT_DIR, exist_ok=True)
    senders = [None] * 15 + ["gw", "gw", "bank", "bank", "mob"]
    with open(os.path.join(OUT_DIR, "scrub_tune28.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, rec in enumerate(recs, 1):
            s = r.choice(senders)
            if s == "gw":
                s = "1069" + "".join(str(r.randint(0, 9)) for _ in range(r.choice([8, 10])))
            elif s == "bank":
                s = r.choice(list(BANK_HOT.values()))
            elif s == "mob":
                s = make_phone(r, "p")
            obj = {"id": "t28-%04d" % i, "text": rec["text"], "sender": s,
                   "pii": [{"kind": k, "value": v} for k, v in rec["pii"]]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune28_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for x in final_pres:
            f.write(x + "\n")
    unused = [(g, i) for g in T for i in range(len(T[g])) if (g, i) not in tpl_use]
    print("dedupe: %d files, %d distinct texts, %d distinct preserve lines" % (nfiles, len(other_texts), len(other_lines)))
    print("preserve candidates %d, dropped as in other corpora %d, dropped for a value %d, kept %d"
          % (n_cand, drop_other, drop_val, len(final_pres)))
    print("records %d; stats %s; unused templates %d" % (len(recs), json.dumps(stats, sort_keys=True), len(unused)))
    if SUMMARY:
        summ = {"groups": [[rec_id, rec["group"]] for rec_id, rec in [("t28-%04d" % i, x) for i, x in enumerate(recs, 1)]],
                "templates": {g: len(T[g]) for g in T}, "stats": stats, "n_cand": n_cand,
                "drop_other": drop_other, "drop_val": drop_val, "unused": unused}
        with open(os.path.join(OUT_DIR, "summary28.json"), "w", encoding="utf-8") as f:
            json.dump(summ, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
