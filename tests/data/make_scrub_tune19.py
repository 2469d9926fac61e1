#!/usr/bin/env python3
"""Build scrub_tune19.jsonl and scrub_tune19_preserve.txt (tuning corpora, 20th writer).

Focus: text that has been *handled* after it was written -- corrected and
re-sent, saved as file names, typed into search boxes, run through a
translation app or an input method -- plus new situations around a debt
(second-hand trading, job ads and training loans, pawnshops, prepaid gym and
beauty cards, the income-tax app, army families, TV help programmes, lottery
kiosks, phone repair ...), foreign spouses and traders written in their own
scripts (Japanese kanji and kana, Korean Hangul, Vietnamese with diacritics,
Chinese transliterations with ·, ・, ‧, • or a space), pasted complaints that
mix several speakers, and the name positions the brief listed.

Run:  /work/main/.venv/bin/python make_scrub_tune19.py
Env:  TUNE19_OUT_DIR (default: the script's directory)
      TUNE19_DEDUPE_DIR (default: /work/main/tests/data)
Needs Faker (zh_CN) and OpenCC (s2t / s2hk), both in the project venv.
The dedupe step reads the other scrub_*.jsonl / scrub_*preserve*.txt files
and prints counts only.
"""
import glob
import json
import os
import random
import re
import sys

from faker import Faker
import opencc

SEED = 20270519
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE19_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE19_DEDUPE_DIR", "/work/main/tests/data")

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randint(0, 10 ** 9))
S2T = opencc.OpenCC("s2t")
S2HK = opencc.OpenCC("s2hk")

# ---------------------------------------------------------------------------
# stop list: public figures and combinations we must not produce
STOP_NAMES = set("""
刘涛 周涛 李静 王菲 李娜 刘翔 姚明 马云 马化腾 李彦宏 雷军 成龙 周杰伦 王力宏 张杰 杨幂 赵薇 范冰冰
李冰冰 黄渤 沈腾 郭德纲 于谦 孙俪 刘德华 张学友 黎明 郭富城 刘强东 董明珠 王健林 许家印 马丽 贾玲
杨洋 王鸥 李晨 郑恺 陈赫 鹿晗 吴亦凡 张艺兴 黄子韬 蔡徐坤 王一博 肖战 易烊千玺 汪峰 那英 韩红
毛阿敏 宋丹丹 赵本山 范伟 冯巩 李宁 郎平 朱婷 孙杨 叶诗文 谷爱凌 苏炳添 刘国梁 马龙 张继科 丁宁
邓亚萍 王楠 孔令辉 邓超 孙红雷 黄磊 何炅 谢娜 汪涵 李湘 王小丫 白岩松 崔永元 董卿 朱军 李咏
毕福剑 撒贝宁 康辉 高圆圆 周迅 章子怡 巩俐 张曼玉 林青霞 王祖贤 舒淇 赵丽颖 杨紫 唐嫣 刘诗诗
刘亦菲 倪妮 周冬雨 白百何 马伊琍 文章 姚晨 江疏影 张静初 秦岚 金晨 宋茜 高晓松 李健 朴树 许巍
许嵩 林俊杰 陈奕迅 张国荣 梅艳芳 王杰 齐秦 齐豫 周华健 任贤齐 张信哲 刘若英 莫文蔚 孙燕姿
蔡依林 萧亚轩 王心凌 杨丞琳 罗志祥 张韶涵 范玮琪 梁静茹 李宇春 张靓颖 周笔畅 何洁 尚雯婕
谭维维 华晨宇 张碧晨 毛不易 薛之谦 李荣浩 邓紫棋 李强 王毅 李克强 赵乐际 王沪宁 蔡奇 丁薛祥
李希 韩正 胡锦涛 温家宝 江泽民 朱镕基 毛泽东 周恩来 邓小平 刘少奇 朱德 彭德怀 雷锋 鲁迅 孙中山
蒋介石 王刚 刘洋 杨利伟 王亚平 景海鹏 聂海胜 翟志刚 周深 王源 王俊凯 黄晓明 张伟 王伟 李伟
张涛 陈坤 黄轩 王凯 刘烨 徐峥 宁浩 张艺谋 陈凯歌 冯小刚 姜文 葛优 陈道明 张国立 王志文 李幼斌
孙俪 邓伦 杨紫琼 李连杰 甄子丹 吴京 张译 于和伟 段奕宏 陈建斌 蒋勤勤 海清 闫妮 倪萍 袁隆平
钟南山 屠呦呦 杨振宁 钱学森 邓稼先 华罗庚 陈景润 张海迪 郭晶晶 田亮 刘璇 李小鹏 杨威 邹市明
""".split())
KR_STOP = {"박지훈", "박서준", "김지훈", "정지훈", "이승현", "최수빈", "김민준", "강승현", "이현우",
           "김서연", "한지민", "송혜교", "이민호", "김수현", "이지은"}
JP_STOP = {"木村拓也", "山田太郎", "田中角荣", "村上春树", "高桥一生", "吉田茂"}

# ---------------------------------------------------------------------------
# Han names with pinyin (own pool)
SUR_PY = dict(x.split(":") for x in """
王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma
朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu
韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang
蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang
崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao 贾:jia 夏:xia 韦:wei 付:fu 方:fang
白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou
龙:long 史:shi 陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan 武:wu
戴:dai 莫:mo 孔:kong 向:xiang 汤:tang 常:chang 关:guan 文:wen 安:an 成:cheng 和:he 明:ming 单:shan
""".split())
# surname characters the brief asked to stress (also used as surnames in records)
STRESS_SUR = list("高黄金白关常向于和文明安严周万方石钱成江")
GIV_M = dict(x.split(":") for x in """
建国:jianguo 志强:zhiqiang 海涛:haitao 国庆:guoqing 俊杰:junjie 浩然:haoran 子轩:zixuan 宇航:yuhang
文博:wenbo 明辉:minghui 永刚:yonggang 德福:defu 振华:zhenhua 立新:lixin 红兵:hongbing 卫东:weidong
鹏飞:pengfei 家豪:jiahao 天佑:tianyou 磊:lei 勇:yong 斌:bin 军:jun 涛:tao 杰:jie 鑫:xin 超:chao
亮:liang 平安:pingan 建华:jianhua 国栋:guodong 春生:chunsheng 长林:changlin 金龙:jinlong
晓东:xiaodong 志明:zhiming 少华:shaohua 永福:yongfu 保国:baoguo 世杰:shijie 宏伟:hongwei
俊峰:junfeng 海龙:hailong 一鸣:yiming 博文:bowen 铁柱:tiezhu 满仓:mancang 志刚:zhigang 玉林:yulin
""".split())
GIV_F = dict(x.split(":") for x in """
海燕:haiyan 春花:chunhua 秀芳:xiufang 丽娟:lijuan 桂兰:guilan 淑珍:shuzhen 美玲:meiling 晓雯:xiaowen
雨欣:yuxin 梓涵:zihan 诗琪:shiqi 欣怡:xinyi 婷婷:tingting 静:jing 芳:fang 敏:min 丹:dan 艳:yan
霞:xia 玉兰:yulan 红梅:hongmei 翠花:cuihua 金凤:jinfeng 思雨:siyu 佳怡:jiayi 慧敏:huimin
晓燕:xiaoyan 凤英:fengying 秀英:xiuying 春燕:chunyan 丽华:lihua 雪梅:xuemei 玉珍:yuzhen 素芬:sufen
巧云:qiaoyun 彩霞:caixia 晓丽:xiaoli 梦琪:mengqi 若曦:ruoxi 可馨:kexin 秀兰:xiulan 美华:meihua
""".split())
OLD_M = ["建国", "德福", "满仓", "保国", "永福", "春生", "长林", "铁柱", "红兵", "卫东", "立新", "玉林"]
OLD_F = ["秀英", "桂兰", "凤英", "玉珍", "淑珍", "素芬", "秀兰", "翠花", "春花", "玉兰", "巧云", "彩霞"]
YOUNG_M = ["子轩", "浩然", "宇航", "一鸣", "博文", "家豪", "天佑", "俊杰"]
YOUNG_F = ["梓涵", "诗琪", "欣怡", "雨欣", "若曦", "可馨", "思雨", "佳怡", "梦琪"]
# homophone typos for given-name characters (what a pinyin IME or ASR produces)
TYPO = dict(x.split(":") for x in """
燕:艳 芳:方 强:墙 国:果 涛:滔 娟:鹃 兰:岚 英:莹 华:桦 军:君 杰:洁 静:晶 敏:闽 丽:莉 霞:侠 红:宏
明:铭 辉:晖 鹏:朋 峰:锋 磊:垒 勇:永 斌:彬 超:潮 亮:靓 鑫:新 婷:亭 梅:玫 花:华 凤:风 玉:宇 秀:修
建:健 志:智 文:雯 晓:小 雨:宇 欣:新 怡:仪 琪:琦 涵:晗 佳:嘉 慧:惠 思:丝 子:紫 浩:昊 轩:宣 宇:雨
博:波 航:杭 俊:骏 豪:浩 天:田 佑:右 飞:菲 东:冬 兵:冰 新:欣 立:利 振:震 刚:钢 永:勇 德:得 福:富
平:萍 春:纯 桂:贵 淑:舒 珍:真 美:梅 玲:铃 雯:文 翠:萃 林:琳 龙:隆 生:声 仓:苍 柱:住 云:芸 彩:采
曦:溪 馨:欣 梦:孟 雪:学 素:苏 巧:俏 丹:单 艳:燕 满:曼 保:宝 世:仕 宏:洪 伟:玮 鸣:明 铁:帖 金:今
安:按 海:还 卫:为 长:常 少:绍 家:佳 一:依 国:郭 庆:青 诗:师 怡:宜 若:弱 可:科 娜:纳
""".split())

# ---------------------------------------------------------------------------
# Japanese, Korean, Vietnamese, foreign transliterations, Hong Kong
JP_SUR = [("佐藤", "佐藤", "Sato", "さとう"), ("鈴木", "铃木", "Suzuki", "すずき"),
          ("高橋", "高桥", "Takahashi", "たかはし"), ("田中", "田中", "Tanaka", "たなか"),
          ("渡辺", "渡边", "Watanabe", "わたなべ"), ("伊藤", "伊藤", "Ito", "いとう"),
          ("山本", "山本", "Yamamoto", "やまもと"), ("中村", "中村", "Nakamura", "なかむら"),
          ("小林", "小林", "Kobayashi", "こばやし"), ("加藤", "加藤", "Kato", "かとう"),
          ("吉田", "吉田", "Yoshida", "よしだ"), ("松本", "松本", "Matsumoto", "まつもと"),
          ("井上", "井上", "Inoue", "いのうえ"), ("清水", "清水", "Shimizu", "しみず"),
          ("池田", "池田", "Ikeda", "いけだ"), ("橋本", "桥本", "Hashimoto", "はしもと"),
          ("石川", "石川", "Ishikawa", "いしかわ"), ("前田", "前田", "Maeda", "まえだ"),
          ("藤田", "藤田", "Fujita", "ふじた"), ("岡田", "冈田", "Okada", "おかだ"),
          ("森田", "森田", "Morita", "もりた"), ("長谷川", "长谷川", "Hasegawa", "はせがわ")]
JP_GIV_F = [("美咲", "美咲", "Misaki", "みさき"), ("陽菜", "阳菜", "Hina", "ひな"),
            ("結衣", "结衣", "Yui", "ゆい"), ("恵子", "惠子", "Keiko", "けいこ"),
            ("裕子", "裕子", "Yuko", "ゆうこ"), ("直美", "直美", "Naomi", "なおみ"),
            ("由美", "由美", "Yumi", "ゆみ"), ("明美", "明美", "Akemi", "あけみ"),
            ("真由美", "真由美", "Mayumi", "まゆみ"), ("沙織", "沙织", "Saori", "さおり"),
            ("麻衣", "麻衣", "Mai", "まい"), ("千尋", "千寻", "Chihiro", "ちひろ")]
JP_GIV_M = [("健一", "健一", "Kenichi", "けんいち"), ("大輔", "大辅", "Daisuke", "だいすけ"),
            ("翔太", "翔太", "Shota", "しょうた"), ("拓也", "拓也", "Takuya", "たくや"),
            ("浩二", "浩二", "Koji", "こうじ"), ("誠", "诚", "Makoto", "まこと"),
            ("隆", "隆", "Takashi", "たかし"), ("和也", "和也", "Kazuya", "かずや"),
            ("直樹", "直树", "Naoki", "なおき"), ("雄一", "雄一", "Yuichi", "ゆういち")]
KR_SUR = [("김", "金", "Kim"), ("이", "李", "Lee"), ("박", "朴", "Park"), ("최", "崔", "Choi"),
          ("정", "郑", "Jung"), ("강", "姜", "Kang"), ("윤", "尹", "Yoon"), ("장", "张", "Jang"),
          ("임", "林", "Lim"), ("오", "吴", "Oh"), ("신", "申", "Shin"), ("권", "权", "Kwon"),
          ("황", "黄", "Hwang"), ("송", "宋", "Song"), ("류", "柳", "Ryu"), ("한", "韩", "Han"),
          ("조", "赵", "Cho")]
KR_GIV_M = [("민준", "敏俊", "Min-jun"), ("지훈", "智勋", "Ji-hoon"), ("도윤", "道允", "Do-yoon"),
            ("서준", "瑞俊", "Seo-jun"), ("지호", "志浩", "Ji-ho"), ("승현", "承炫", "Seung-hyun"),
            ("현우", "贤宇", "Hyun-woo"), ("영호", "英浩", "Young-ho"), ("상철", "相哲", "Sang-chul"),
            ("태양", "泰阳", "Tae-yang")]
KR_GIV_F = [("서연", "瑞妍", "Seo-yeon"), ("수빈", "秀彬", "Su-bin"), ("하은", "夏恩", "Ha-eun"),
            ("예린", "艺琳", "Ye-rin"), ("유나", "有娜", "Yu-na"), ("은지", "恩智", "Eun-ji"),
            ("미경", "美京", "Mi-kyung"), ("정숙", "贞淑", "Jung-sook"), ("혜진", "惠珍", "Hye-jin")]
VN_SUR = [("Nguyễn", "Nguyen", "阮"), ("Trần", "Tran", "陈"), ("Lê", "Le", "黎"), ("Phạm", "Pham", "范"),
          ("Hoàng", "Hoang", "黄"), ("Vũ", "Vu", "武"), ("Đặng", "Dang", "邓"), ("Bùi", "Bui", "裴"),
          ("Đỗ", "Do", "杜"), ("Huỳnh", "Huynh", "黄")]
VN_GIV_F = [("Hoa", "Hoa", "花"), ("Lan", "Lan", "兰"), ("Thu", "Thu", "秋"), ("Mai", "Mai", "梅"),
            ("Hằng", "Hang", "姮"), ("Ngọc", "Ngoc", "玉"), ("Thảo", "Thao", "草"), ("Nhung", "Nhung", "绒")]
VN_GIV_M = [("Nam", "Nam", "南"), ("Minh", "Minh", "明"), ("Hùng", "Hung", "雄"), ("Tài", "Tai", "才"),
            ("Dũng", "Dung", "勇"), ("Tuấn", "Tuan", "俊"), ("Phúc", "Phuc", "福")]
# foreign transliterations: (latin given, latin family, zh given, zh family, sex)
FX = {
    "pk": [("Muhammad", "Asif", "穆罕默德", "阿西夫", "m"), ("Bilal", "Ahmed", "比拉勒", "艾哈迈德", "m"),
           ("Usman", "Tariq", "奥斯曼", "塔里克", "m"), ("Faisal", "Mahmood", "费萨尔", "马哈茂德", "m"),
           ("Zeeshan", "Akhtar", "齐山", "阿赫塔尔", "m"), ("Hamza", "Qureshi", "哈姆扎", "库雷希", "m")],
    "ng": [("Chinedu", "Okeke", "奇内杜", "奥凯克", "m"), ("Emeka", "Nwosu", "埃梅卡", "恩沃苏", "m"),
           ("Tunde", "Bakare", "通德", "巴卡雷", "m"), ("Kwame", "Mensah", "夸梅", "门萨", "m"),
           ("Ibrahim", "Diallo", "易卜拉欣", "迪亚洛", "m"), ("Ngozi", "Eze", "恩戈齐", "埃泽", "f")],
    "ru": [("Natalia", "Ivanova", "娜塔莉亚", "伊万诺娃", "f"), ("Olga", "Smirnova", "奥莉加", "斯米尔诺娃", "f"),
           ("Irina", "Volkova", "伊琳娜", "沃尔科娃", "f"), ("Svetlana", "Orlova", "斯韦特兰娜", "奥尔洛娃", "f"),
           ("Sergei", "Kuznetsov", "谢尔盖", "库兹涅佐夫", "m"), ("Dmitry", "Sokolov", "德米特里", "索科洛夫", "m")],
    "ph": [("Maria", "Santos", "玛丽亚", "桑托斯", "f"), ("Rosalie", "Dela Cruz", "罗莎莉", "德拉克鲁兹", "f"),
           ("Jocelyn", "Reyes", "乔斯琳", "雷耶斯", "f"), ("Analyn", "Bautista", "安娜琳", "鲍蒂斯塔", "f")],
    "id": [("Budi", "Santoso", "布迪", "桑托索", "m"), ("Rina", "Susanti", "丽娜", "苏珊蒂", "f"),
           ("Agus", "Setiawan", "阿古斯", "塞蒂亚万", "m"), ("Nur", "Aini", "努尔", "艾妮", "f")],
    "de": [("Daniel", "Becker", "丹尼尔", "贝克尔", "m"), ("Sophie", "Martin", "索菲", "马丁", "f"),
           ("Lukas", "Hoffmann", "卢卡斯", "霍夫曼", "m"), ("Emily", "Carter", "艾米丽", "卡特", "f")],
}
FX_SEPS = ["·", "・", "‧", " ", "•"]
HK_SUR = [("陳", "Chan"), ("李", "Lee"), ("張", "Cheung"), ("黃", "Wong"), ("何", "Ho"), ("梁", "Leung"),
          ("林", "Lam"), ("劉", "Lau"), ("鄧", "Tang"), ("吳", "Ng"), ("周", "Chow"), ("馮", "Fung"),
          ("麥", "Mak"), ("羅", "Law"), ("葉", "Yip"), ("蔡", "Choi")]
HK_GIV = [("嘉", "Ka"), ("欣", "Yan"), ("偉", "Wai"), ("詠", "Wing"), ("詩", "Sze"), ("志", "Chi"),
          ("美", "Mei"), ("玲", "Ling"), ("俊", "Chun"), ("文", "Man"), ("婷", "Ting"), ("浩", "Ho"),
          ("傑", "Kit"), ("芷", "Tsz"), ("晴", "Ching"), ("樂", "Lok"), ("瑩", "Ying"), ("寶", "Po"),
          ("鳳", "Fung"), ("敏", "Man"), ("霖", "Lam"), ("朗", "Long")]
HK_EN_F = ["Karen", "Winnie", "Ivy", "Cherry", "Fanny", "Gigi", "Queenie", "Mandy", "Bonnie", "Connie"]
HK_EN_M = ["Peter", "Kelvin", "Eric", "Vincent", "Jacky", "Alan", "Raymond", "Dickson", "Wilson", "Ken"]

# word-names (declared, one record each; their ordinary sense is in the preserve file)
WORD_NAMES = ["江海", "钱程", "石英", "白玉", "成才", "万年", "白鸽", "周游", "向晚", "高歌", "和风", "常春"]

# ---------------------------------------------------------------------------
# fillers
PLATS = ["安逸花", "分期乐", "来分期", "你我贷", "拍拍贷", "美团借钱", "360借条", "度小满", "省呗",
         "招联金融", "平安普惠", "小赢卡贷", "洋钱罐", "宜人贷", "借呗", "微粒贷", "京东金条", "好分期"]
CITIES = ["郑州", "长沙", "合肥", "南昌", "贵阳", "昆明", "南宁", "石家庄", "太原", "济南", "西安",
          "兰州", "武汉", "成都", "重庆", "杭州", "福州", "沈阳", "哈尔滨", "义乌", "东莞", "佛山"]
AMTS = ["三千八", "五千", "八千二", "一万二", "两万", "六千五", "九千", "一万五", "三万", "四千六"]

def amt2():
    return str(rng.choice([1200, 2600, 3200, 4850, 5300, 6780, 8800, 12000, 15600, 23000]))

def mkdate():
    return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))

def mktimes(n=3):
    h = rng.randint(8, 19)
    m = rng.randint(0, 40)
    out = []
    for _ in range(n):
        out.append("%02d:%02d" % (h, m))
        m += rng.randint(1, 9)
        if m >= 60:
            m -= 60
            h += 1
    return out

# ---------------------------------------------------------------------------
# number generators
CN_DIG = "零一二三四五六七八九"
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                 "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180",
                 "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
USED = set()

def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("uniq")

def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)

def cn_num(s, yao=None):
    if yao is None:
        yao = rng.random() < 0.5
    out = []
    for c in s:
        if c == "1" and yao:
            out.append("幺")
        elif c.isdigit():
            out.append(CN_DIG[int(c)])
        else:
            out.append(c)
    return "".join(out)

def mobile_digits():
    return uniq(lambda: rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8)))

def phone_style(d, style):
    if style == "plain":
        return d
    if style == "sp":
        return d[:3] + " " + d[3:7] + " " + d[7:]
    if style == "dash":
        return d[:3] + "-" + d[3:7] + "-" + d[7:]
    if style == "fw":
        return fw(rng.choice([d, d[:3] + " " + d[3:7] + " " + d[7:]]))
    if style == "cn":
        return cn_num(rng.choice([d, d[:3] + " " + d[3:7] + " " + d[7:]]))
    if style == "mix":
        a = rng.randint(3, 7)
        b = rng.randint(a + 1, 10)
        return d[:a] + cn_num(d[a:b]) + d[b:]
    if style == "br":
        return rng.choice([d[:3] + "\n" + d[3:7] + "\n" + d[7:], d[:7] + "\n" + d[7:], d[:5] + "\n" + d[5:]])
    if style == "intl":
        return rng.choice(["+86 " + d[:3] + " " + d[3:7] + " " + d[7:], "+86-" + d, "+86" + d])
    raise ValueError(style)

def gen_phone(opt):
    style = opt or rng.choices(["plain", "sp", "dash", "fw", "cn", "mix", "br", "intl"],
                               [30, 14, 10, 10, 12, 8, 8, 8])[0]
    return phone_style(mobile_digits(), style)

def foreign_phone(cc):
    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    f = {
        "jp": lambda: rng.choice(["090-%s-%s" % (d(4), d(4)), "+81 80-%s-%s" % (d(4), d(4))]),
        "kr": lambda: rng.choice(["010-%s-%s" % (d(4), d(4)), "+82 10-%s-%s" % (d(4), d(4))]),
        "pk": lambda: "+92 3%s %s" % (d(2), d(7)),
        "ng": lambda: "+234 80%s %s %s" % (d(1), d(3), d(4)),
        "ru": lambda: "+7 914 %s-%s-%s" % (d(3), d(2), d(2)),
        "hk": lambda: rng.choice(["+852 9%s %s" % (d(3), d(4)), "6%s %s" % (d(3), d(4))]),
        "id": lambda: "+62 812-%s-%s" % (d(4), d(4)),
        "vn": lambda: "+84 9%s %s %s" % (d(2), d(3), d(3)),
        "ph": lambda: "+63 917 %s %s" % (d(3), d(4)),
        "de": lambda: "+49 15%s %s" % (d(2), d(7)),
    }[cc]
    return uniq(f)

AREAS = ["110105", "310104", "440305", "510104", "420106", "330106", "320102", "370102", "410105",
         "430104", "350203", "210102", "610113", "500103", "130102", "140105", "150102", "220102",
         "230103", "340104", "360102", "450103", "460105", "520102", "530102", "620102", "411624",
         "412726", "341221", "522401", "330782", "440106", "231102", "371523", "421381", "130682"]

def id_digits(force_x=False):
    def f():
        area = rng.choice(AREAS)
        y = rng.randint(1955, 2004)
        m = rng.randint(1, 12)
        dd = rng.randint(1, 28)
        body = "%s%04d%02d%02d%03d" % (area, y, m, dd, rng.randint(1, 999))
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w)) % 11
        chk = "10X98765432"[s]
        if force_x and chk != "X":
            return None
        return body + chk
    for _ in range(5000):
        v = f()
        if v and v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("id")

def gen_id(opt):
    if opt == "x":
        v = id_digits(True)
        return v[:-1] + "x"
    v = id_digits(rng.random() < 0.2)
    style = opt or rng.choices(["plain", "sp", "fw", "lx"], [60, 15, 10, 15])[0]
    if v.endswith("X") and rng.random() < 0.5:
        v = v[:-1] + "x"
    if style == "sp":
        return v[:6] + " " + v[6:14] + " " + v[14:]
    if style == "fw":
        return fw(v).replace("X", "Ｘ").replace("x", "ｘ")
    if style == "br":
        k = rng.choice([6, 10, 14])
        return v[:k] + "\n" + v[k:]
    return v

BANKS = [("工商银行", ["622202", "621226"]), ("建设银行", ["621700", "622700"]),
         ("农业银行", ["622848", "622845"]), ("中国银行", ["621661", "621785"]),
         ("招商银行", ["622588", "621483"]), ("交通银行", ["622262"]), ("邮储银行", ["622188", "621799"]),
         ("农商银行", ["622909"]), ("兴业银行", ["622909"]), ("浦发银行", ["622521"])]

def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)

def gen_card(opt):
    bank, pres = rng.choice(BANKS)
    d = uniq(lambda: luhn_complete(rng.choice(pres), rng.choice([16, 19, 19])))
    sp4 = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    if opt == "bank":
        return [(rng.choice([bank + " ", bank + "卡号 ", bank + "：", bank]), None),
                (rng.choice([sp4, d]), "bank_card")]
    if opt == "sp4":
        return [(sp4, "bank_card")]
    if opt == "br":
        k = rng.choice([6, 8, 10])
        return [(d[:k] + "\n" + d[k:], "bank_card")]
    return [(rng.choice([d, sp4, d]), "bank_card")]

EMAIL_DOM = ["163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "yeah.net",
             "139.com", "hotmail.com", "sohu.com"]

def email_local():
    sur = rng.choice(list(SUR_PY.values()))
    giv = rng.choice(list(GIV_M.values()) + list(GIV_F.values()))
    return rng.choice([sur + giv, sur + "_" + giv, giv + sur, sur[0] + giv, sur + giv[:3]]) + \
        rng.choice(["", str(rng.randint(70, 99)), str(rng.randint(1970, 2003)), str(rng.randint(100, 9999))])

def gen_email(opt):
    def f():
        return email_local() + "|" + rng.choice(EMAIL_DOM)
    lp, dom = uniq(f).split("|")
    style = opt or rng.choices(["plain", "sp", "at", "paren", "hash", "aite", "fwat", "dot"],
                               [30, 14, 12, 10, 8, 8, 8, 10])[0]
    name, tld = dom.rsplit(".", 1)
    if style == "plain":
        return lp + "@" + dom
    if style == "sp":
        return lp + " @ " + dom
    if style == "at":
        return lp + " at " + name + " dot " + tld
    if style == "paren":
        return lp + rng.choice(["(at)", "[at]", "（at）"]) + dom
    if style == "hash":
        return lp + "#" + dom
    if style == "aite":
        return lp + "艾特" + dom
    if style == "fwat":
        return lp + "＠" + dom
    if style == "dot":
        return lp + "@" + name + "点" + tld
    raise ValueError(style)

def gen_qq(opt):
    return uniq(lambda: str(rng.randint(1, 9)) + "".join(rng.choice("0123456789")
                                                        for _ in range(rng.choice([7, 8, 9, 9, 10]))))

def gen_wechat(opt):
    def f():
        k = rng.random()
        if k < 0.25:
            return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
        sur = rng.choice(list(SUR_PY.values()))
        giv = rng.choice(list(GIV_M.values()) + list(GIV_F.values()))
        base = rng.choice([sur + giv, sur[0] + giv[0] + "x", giv + "_" + sur, sur.upper() + giv, "a" + giv])
        return base + rng.choice(["", "_", "-"]) + str(rng.randint(1, 9999))
    return uniq(f)

PROVS = ["京", "沪", "粤", "浙", "苏", "豫", "鲁", "川", "湘", "鄂", "皖", "冀", "晋", "陕", "赣", "闽",
         "桂", "黔", "滇", "辽", "吉", "黑", "蒙", "渝", "津"]
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"

def gen_plate(opt):
    def f():
        p = rng.choice(PROVS) + rng.choice("ABCDEFGHJK")
        if rng.random() < 0.25:
            tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        else:
            nl = rng.choice([0, 1, 1, 2, 2])
            letters_at = set(rng.sample(range(5), nl))
            tail = "".join(rng.choice(PL) if i in letters_at else rng.choice("0123456789") for i in range(5))
        return p + "|" + tail
    p, tail = uniq(f).split("|")
    style = opt or rng.choices(["plain", "sp", "dot", "dash"], [30, 40, 20, 10])[0]
    return p + {"plain": "", "sp": " ", "dot": "·", "dash": "-"}[style] + tail

def gen_account(opt):
    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    f = {
        "order": lambda: rng.choice(["3", "4"]) + d(18),
        "pawn": lambda: "DP" + "2026" + d(8),
        "member": lambda: rng.choice(["VIP", "HY", "M"]) + d(rng.choice([6, 7, 8])),
        "contract": lambda: rng.choice(["PXD-2026-", "JY2026", "HT-PX-"]) + d(6),
        "lic": lambda: "1" + d(16),
        "dy": lambda: rng.choice(["dy", "DY", ""]) + d(rng.choice([9, 10, 11])),
        "staff": lambda: rng.choice(["CS", "YW", "A"]) + d(rng.choice([4, 5, 6])),
        "soc": lambda: rng.choice(["A", "B", "C"]) + d(8),
        "loan": lambda: rng.choice(["JK", "LN", "DK"]) + d(12),
    }[opt or "loan"]
    return uniq(f)

def gen_passport(opt):
    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    f = {
        "cn": lambda: rng.choice(["E", "EJ", "EH"]) + d(8 if rng.random() < 0.5 else 7),
        "jp": lambda: rng.choice(["TK", "TR", "MZ"]) + d(7),
        "kr": lambda: "M" + d(8),
        "vn": lambda: rng.choice(["C", "B"]) + d(7),
        "pk": lambda: rng.choice(["AB", "BK", "CF"]) + d(7),
        "ng": lambda: "A" + d(8),
        "ru": lambda: "7" + d(1) + " " + d(7),
    }[opt or "cn"]
    return uniq(f)

# ---------------------------------------------------------------------------
# addresses
RURAL = [("河南省", "周口市", "沈丘县", ["付井镇", "刘庄店镇", "槐店镇"]),
         ("河南省", "驻马店市", "上蔡县", ["邵店镇", "黄埠镇", "杨集镇"]),
         ("安徽省", "阜阳市", "临泉县", ["姜寨镇", "迎仙镇", "长官镇"]),
         ("山东省", "菏泽市", "曹县", ["青堌集镇", "韩集镇", "桃源集镇"]),
         ("湖北省", "黄冈市", "蕲春县", ["漕河镇", "株林镇", "檀林镇"]),
         ("江西省", "赣州市", "于都县", ["岭背镇", "银坑镇", "罗坳镇"]),
         ("四川省", "南充市", "仪陇县", ["马鞍镇", "新政镇", "土门镇"]),
         ("河北省", "邯郸市", "大名县", ["龙王庙镇", "束馆镇", "金滩镇"]),
         ("贵州省", "毕节市", "织金县", ["八步街道", "珠藏镇", "猫场镇"]),
         ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇", "荷香桥镇"]),
         ("广西壮族自治区", "玉林市", "博白县", ["沙河镇", "东平镇", "顿谷镇"]),
         ("甘肃省", "天水市", "秦安县", ["兴国镇", "莲花镇", "郭嘉镇"])]
VILLAGES = ["王营", "李庄", "前进", "红旗", "大柳树", "后屯", "张湾", "杨树沟", "马家坪", "刘集", "新庄",
            "东岗", "北坡", "石桥", "黄土岭", "高家堡", "小河", "枣林", "三里井", "双塘", "凤凰", "白沙"]
URBAN = [("河南省", "郑州市", "金水区", ["文化路", "农业路", "经三路", "花园路"]),
         ("湖南省", "长沙市", "岳麓区", ["麓山南路", "桐梓坡路", "枫林三路"]),
         ("四川省", "成都市", "成华区", ["建设路", "杉板桥路", "双林路"]),
         ("安徽省", "合肥市", "蜀山区", ["长江西路", "望江西路", "潜山路"]),
         ("浙江省", "杭州市", "拱墅区", ["莫干山路", "湖墅南路", "上塘路"]),
         ("广东省", "广州市", "白云区", ["机场路", "同和路", "云城西路"]),
         ("湖北省", "武汉市", "洪山区", ["珞喻路", "雄楚大道", "卓刀泉路"]),
         ("陕西省", "西安市", "雁塔区", ["小寨东路", "电子二路", "长安南路"]),
         ("山东省", "济南市", "历下区", ["经十路", "文化东路", "山大路"]),
         ("江西省", "南昌市", "青山湖区", ["北京东路", "上海路", "湖滨东路"]),
         ("浙江省", "金华市", "义乌市", ["宾王路", "稠州北路", "工人北路"]),
         ("黑龙江省", "黑河市", "爱辉区", ["王肃街", "海兰街", "通江路"])]
ESTATES = ["阳光花园", "金色家园", "锦绣华庭", "幸福里", "翠湖苑", "盛世名门", "御景湾", "滨河花园",
           "碧桂园", "新城国际", "东方明珠苑", "紫荆园", "龙湖春江郦城", "绿地香树花城", "万科城市花园"]

def cn_small(n):
    # 1..99 -> Chinese (十二, 二十三)
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])

def gen_address(opt):
    style = opt or rng.choice(["rural", "rural", "cnnum", "cnnum", "urban", "sp"])
    if style in ("rural", "ruralshort"):
        p, c, county, towns = rng.choice(RURAL)
        town = rng.choice(towns)
        vil = rng.choice(VILLAGES) + "村"
        g = rng.randint(1, 12)
        grp = rng.choice([cn_small(g) + "组", str(g) + "组", "第" + cn_small(g) + "村民小组", cn_small(g) + "队"])
        house = rng.choice(["", "", str(rng.randint(1, 88)) + "号"])
        form = rng.choice(["full", "county", "town"]) if style == "rural" else "town"
        if form == "full":
            v = p + c + county + town + vil + grp + house
        elif form == "county":
            v = county + town + vil + grp + house
        else:
            v = town + vil + grp + house
        return uniq(lambda: v if v not in USED else v + str(rng.randint(1, 99)) + "号")
    if style in ("cnnum", "urban", "sp"):
        def f():
            p, c, d, roads = rng.choice(URBAN)
            road = rng.choice(roads)
            no = rng.randint(3, 288)
            est = rng.choice(ESTATES)
            b = rng.randint(1, 32)
            u = rng.randint(1, 6)
            fl = rng.randint(2, 28)
            r = "%d%02d" % (fl, rng.randint(1, 4))
            lead = rng.choice([p + c + d, c + d, d])
            if style == "cnnum":
                room = cn_num(r, False)
                tail = rng.choice(["%s号楼%s单元%s室" % (cn_small(b), cn_small(u), room),
                                   "%s栋%s单元%s" % (cn_small(b), cn_small(u), room),
                                   "%s号楼%s单元%s室" % (cn_small(b), cn_small(u), room)])
                return lead + road + cn_small(no % 99 + 1) + "号" + est + tail
            if style == "urban":
                tail = rng.choice(["%d号楼%d单元%s室" % (b, u, r), "%d栋%d单元%s" % (b, u, r),
                                   "%d-%d-%s" % (b, u, r)])
                return lead + road + "%d号" % no + est + tail
            return " ".join([p, c, d, road + "%d号" % no, est, "%d号楼" % b, "%d单元" % u, r + "室"])
        return uniq(f)
    if style == "jp":
        return uniq(lambda: rng.choice([
            "大阪府大阪市生野区桃谷%d-%d-%d コーポ桃谷%d号室" % (rng.randint(1, 5), rng.randint(1, 20), rng.randint(1, 30), rng.randint(101, 305)),
            "東京都江戸川区西葛西%d-%d-%d-%d" % (rng.randint(1, 8), rng.randint(1, 20), rng.randint(1, 20), rng.randint(101, 509)),
            "埼玉県川口市芝%d-%d-%d" % (rng.randint(1, 8), rng.randint(1, 30), rng.randint(1, 20))]))
    if style == "kr":
        return uniq(lambda: rng.choice([
            "서울특별시 마포구 월드컵북로%d길 %d, %d호" % (rng.randint(1, 30), rng.randint(1, 99), rng.randint(101, 905)),
            "首尔市冠岳区新林洞%d-%d号%d层" % (rng.randint(100, 999), rng.randint(1, 30), rng.randint(1, 5)),
            "경기도 안산시 단원구 원곡로 %d, %d호" % (rng.randint(1, 200), rng.randint(101, 605))]))
    if style == "vn":
        return uniq(lambda: "Số %d ngõ %d phố Kim Mã, Ba Đình, Hà Nội" % (rng.randint(1, 99), rng.randint(10, 200)))
    if style == "gz":
        return uniq(lambda: "广州市越秀区环市中路天秀大厦%s座%d%02d" % (rng.choice("ABC"), rng.randint(8, 22), rng.randint(1, 12)))
    raise ValueError(style)

# ---------------------------------------------------------------------------
# names
NAMES_USED = set()
BLOCK_TEXT = ""   # preserve lines + template literals, filled in later

CITYLIKE = set(CITIES) | set("""安阳 安庆 安康 常州 常德 高平 江山 万宁 文昌 明光 和田 成都 石林 金华 金昌 金乡 高邮
江门 江阴 万州 方城 石首 钱塘 成安 白山 白城 黄山 黄冈 关岭 向阳 于田 和平 文山 明溪 严州 周口 周至
""".split())

def name_ok(v, extra=()):
    if v in NAMES_USED or v in STOP_NAMES or v in CITYLIKE:
        return False
    if v in BLOCK_TEXT:
        return False
    for e in extra:
        if v in e or e in v:
            return False
    for u in NAMES_USED:
        if len(u) >= 2 and len(v) >= 2 and (u in v or v in u):
            return False
    return True

def mk_han(opts):
    sex = "f" if "f" in opts or "old_f" in opts or "young_f" in opts else \
        "m" if "m" in opts or "old_m" in opts or "young_m" in opts else rng.choice("mf")
    sur = opts.get("sur")
    need_py = opts.get("py")
    old = "old_f" in opts or "old_m" in opts or "old" in opts
    young = "young_f" in opts or "young_m" in opts or "young" in opts
    for _ in range(400):
        s = sur
        if s is None:
            r = rng.random()
            if need_py or r < 0.35:
                s = rng.choice(list(SUR_PY)) if rng.random() < 0.7 else rng.choice(STRESS_SUR)
            elif r < 0.5:
                s = rng.choice(STRESS_SUR)
            else:
                s = fk.last_name()
                if len(s) > 1 and rng.random() < 0.7:
                    s = fk.last_name()
        if need_py or old or young or rng.random() < 0.3:
            if old:
                g = rng.choice(OLD_F if sex == "f" else OLD_M)
            elif young:
                g = rng.choice(YOUNG_F if sex == "f" else YOUNG_M)
            else:
                g = rng.choice(list(GIV_F if sex == "f" else GIV_M))
            src = "own"
        else:
            g = fk.first_name_female() if sex == "f" else fk.first_name_male()
            if len(g) == 1 and rng.random() < 0.5:
                g = fk.first_name_female() if sex == "f" else fk.first_name_male()
            src = "faker"
        if need_py and (s not in SUR_PY or g not in (GIV_F if sex == "f" else GIV_M)):
            continue
        v = s + g
        if len(v) < 2 or not name_ok(v):
            continue
        if opts.get("g2") and len(g) != 2:
            continue
        if need_py:
            py = (SUR_PY[s], (GIV_F if sex == "f" else GIV_M)[g])
        else:
            py = None
        return {"main": v, "s": s, "g": g, "sex": sex, "py": py, "src": src}
    raise RuntimeError("han")

def title(s):
    return s[:1].upper() + s[1:]

class Ent:
    def __init__(self, kind, attrs, label_kind):
        self.kind = kind
        self.attrs = attrs          # attr -> list of (str, kind|None)
        self.label_kind = label_kind

def han_entity(opts, typo_need=False):
    for _ in range(200):
        d = mk_han(opts)
        v, s, g = d["main"], d["s"], d["g"]
        at = {"main": [(v, "name")], "s": [(s, None)], "g": [(g, None)], "g1": [(g[-1], None)],
              "xiao": [("小" + g[-1], None)], "a": [("阿" + g[-1], None)], "lao": [("老" + s, None)],
              "jie": [(s + "姐", None)], "ge": [(g[-1] + "哥", None)], "dd": [(g[-1] * 2, None)],
              "mask": [(s + rng.choice(["**", "＊＊", "*", "XX", "xx"]), None)],
              "mou": [(s + "某某", None)], "mou1": [(s + "某", None)],
              "br": [(s + "\n" + g, "name")],
              "half": [(s + rng.choice(["*", "＊", "×"]) + g[-1], "name" if len(g) == 2 else None)]}
        if typo_need:
            idx = [i for i, c in enumerate(g) if c in TYPO]
            if not idx:
                continue
            i = rng.choice(idx)
            t = s + g[:i] + TYPO[g[i]] + g[i + 1:]
            if t == v or not name_ok(t, [v]):
                continue
            at["typo"] = [(t, "name")]
        if d["py"]:
            ps, pg = d["py"]
            at["py"] = [(title(ps) + " " + title(pg), "name")]
            at["pyu"] = [(ps.upper() + " " + title(pg), "name")]
            at["pyl"] = [(ps + pg, "name")]
            at["ini"] = [(ps[0] + "".join(_syll_initials(pg)), None)]
            # mixed hanzi/pinyin as typed when the IME is switched half-way
            at["mix"] = [(rng.choice([s + pg, ps + g, s + " " + pg]), "name")]
        e = Ent("name", at, "name")
        e.cls = "han-" + d["src"]
        e.main = v
        e.sex = d["sex"]
        e.s = s
        NAMES_USED.add(v)
        if "typo" in at:
            NAMES_USED.add(at["typo"][0][0])
        return e
    raise RuntimeError("han_entity")

SYLLABLES = set("""
jian guo zhi qiang hai tao qing jun jie hao ran zi xuan yu hang wen bo ming hui yong gang de fu zhen hua
li xin hong bing wei dong peng fei jia tian you lei bin chao liang ping an chun sheng chang lin jin long
xiao shao bao shi tie zhu man cang yan juan gui lan shu mei ling yue han qi yi ting fang min dan xia cui
feng si ying su fen qiao yun cai meng ruo ke xiu e na jing xue mo xi
""".split())

def _syll_initials(py):
    if py in SYLLABLES:
        return [py[0]]
    for k in range(1, len(py)):
        if py[:k] in SYLLABLES and py[k:] in SYLLABLES:
            return [py[0], py[k]]
    raise ValueError(py)

def jp_entity(opts):
    for _ in range(200):
        sx = want_sex(opts) or rng.choice("mf")
        su = opts.get("jsur") or rng.choice(JP_SUR)
        gi = rng.choice(JP_GIV_F if sx == "f" else JP_GIV_M)
        kanji = su[0] + gi[0]
        if kanji in JP_STOP or su[1] + gi[1] in JP_STOP or not name_ok(kanji) or not name_ok(su[1] + gi[1]):
            continue
        form = rng.choice(["ja", "ja", "zh", "sp"])
        main = {"ja": kanji, "zh": su[1] + gi[1], "sp": su[0] + " " + gi[0]}[form]
        roma = rng.choice([su[2] + " " + gi[2], su[2].upper() + " " + gi[2], gi[2] + " " + su[2]])
        kana = su[3] + rng.choice([" ", "　", ""]) + gi[3]
        at = {"main": [(main, "name")], "roma": [(roma, "name")], "kana": [(kana, "name")],
              "s": [(su[1], None)], "sama": [(su[0] + "さん", None)]}
        e = Ent("name", at, "name")
        e.main, e.sex, e.jsur = main, sx, su
        e.cls = "jp"
        NAMES_USED.add(main)
        NAMES_USED.add(kanji)
        NAMES_USED.add(su[1] + gi[1])
        return e
    raise RuntimeError("jp")

def want_sex(opts):
    return "f" if "f" in opts else "m" if "m" in opts else opts.get("sexc")

def kr_entity(opts):
    for _ in range(200):
        sx = want_sex(opts) or rng.choice("mf")
        su = rng.choice(KR_SUR)
        gi = rng.choice(KR_GIV_F if sx == "f" else KR_GIV_M)
        hangul = su[0] + gi[0]
        if hangul in KR_STOP or not name_ok(hangul) or not name_ok(su[1] + gi[1]):
            continue
        rom = rng.choice([su[2] + " " + gi[2], gi[2] + " " + su[2], su[2].upper() + " " + gi[2].replace("-", " ")])
        at = {"main": [(hangul, "name")], "hanja": [(su[1] + gi[1], "name")], "rom": [(rom, "name")]}
        e = Ent("name", at, "name")
        e.main, e.sex = hangul, sx
        e.cls = "kr"
        NAMES_USED.add(hangul)
        NAMES_USED.add(su[1] + gi[1])
        return e
    raise RuntimeError("kr")

def vn_entity(opts):
    for _ in range(200):
        sx = want_sex(opts) or rng.choice("ffm")
        su = rng.choice(VN_SUR)
        gi = rng.choice(VN_GIV_F if sx == "f" else VN_GIV_M)
        mid = ("Thị", "Thi", "氏") if sx == "f" else ("Văn", "Van", "文")
        full = " ".join([su[0], mid[0], gi[0]])
        nod = " ".join([su[1], mid[1], gi[1]])
        zh = su[2] + mid[2] + gi[2]
        if not name_ok(full) or not name_ok(zh):
            continue
        at = {"main": [(full, "name")], "nod": [(nod, "name")], "zh": [(zh, "name")],
              "giv": [(gi[0], None)]}
        e = Ent("name", at, "name")
        e.main, e.sex = full, sx
        e.cls = "vn"
        NAMES_USED.add(full)
        NAMES_USED.add(zh)
        return e
    raise RuntimeError("vn")

def fx_entity(opts):
    grp = opts.get("fx") or rng.choice(list(FX))
    for _ in range(200):
        lg, lf, zg, zf, sx = rng.choice(FX[grp])
        if want_sex(opts) and sx != want_sex(opts):
            continue
        sep = rng.choice(FX_SEPS)
        zh = zg + sep + zf
        en = rng.choice([lg + " " + lf, lg + " " + lf.upper(), lf.upper() + " " + lg])
        if not name_ok(zh) or not name_ok(lg + " " + lf) or not name_ok(zg + zf):
            continue
        at = {"main": [(zh, "name")], "en": [(en, "name")], "zg": [(zg, None)]}
        e = Ent("name", at, "name")
        e.main, e.sex, e.grp = zh, sx, grp
        e.cls = "fx-" + grp
        NAMES_USED.add(zh)
        NAMES_USED.add(zg + zf)
        NAMES_USED.add(lg + " " + lf)
        return e
    raise RuntimeError("fx")

def hk_entity(opts):
    for _ in range(200):
        sx = want_sex(opts) or rng.choice("mf")
        su = rng.choice(HK_SUR)
        g1, g2 = rng.sample(HK_GIV, 2)
        zh = su[0] + g1[0] + g2[0]
        eng = rng.choice(HK_EN_F if sx == "f" else HK_EN_M)
        if not name_ok(zh):
            continue
        main = rng.choice([zh + " " + eng, eng + " " + zh, zh])
        en = rng.choice([eng + " " + su[1] + " " + g1[1] + " " + g2[1],
                         su[1].upper() + " " + g1[1] + " " + g2[1],
                         su[1].upper() + ", " + g1[1] + " " + g2[1]])
        at = {"main": [(main, "name")], "en": [(en, "name")], "zh": [(zh, "name")],
              "eng": [(eng, None)], "s": [(su[0], None)]}
        e = Ent("name", at, "name")
        e.main, e.sex = main, sx
        e.cls = "hk"
        NAMES_USED.add(zh)
        return e
    raise RuntimeError("hk")

WORD_QUEUE = list(WORD_NAMES)

def word_entity(opts):
    v = opts["word"]
    at = {"main": [(v, "name")]}
    e = Ent("name", at, "name")
    e.main, e.sex = v, "?"
    e.cls = "word"
    NAMES_USED.add(v)
    return e

def simple(kind, segs):
    if isinstance(segs, str):
        segs = [(segs, kind)]
    e = Ent(kind, {"main": segs}, kind)
    e.cls = kind
    return e

def make_entity(key, opts, ents):
    letters = re.match(r"[A-Z]+", key).group(0)
    if letters == "N":
        o = dict(opts)
        if "same" in o:
            o["sur"] = ents[o["same"]].s
        if "word" in o:
            return word_entity(o)
        return han_entity(o, typo_need=o.get("typo", False))
    if letters == "J":
        o = dict(opts)
        if "same" in o:
            o["jsur"] = ents[o["same"]].jsur
        return jp_entity(o)
    if letters == "KR":
        return kr_entity(opts)
    if letters == "VN":
        return vn_entity(opts)
    if letters == "F":
        return fx_entity(opts)
    if letters == "HK":
        return hk_entity(opts)
    if letters == "P":
        return simple("phone", gen_phone(opts.get("style")))
    if letters == "FP":
        return simple("phone", foreign_phone(opts.get("style")))
    if letters == "L":
        d = uniq(lambda: rng.choice(["0579", "020", "0371", "0731", "028", "0551", "0456"]) +
                 "".join(rng.choice("0123456789") for _ in range(8 if rng.random() < 0.6 else 7)))
        ac = d[:4] if d[:3] not in ("020", "028") else d[:3]
        v = rng.choice([ac + "-" + d[len(ac):], "(" + ac + ")" + d[len(ac):], ac + " " + d[len(ac):]])
        return simple("phone", v)
    if letters == "I":
        return simple("id_number", gen_id(opts.get("style")))
    if letters == "PASS":
        return simple("id_number", gen_passport(opts.get("style")))
    if letters == "C":
        return simple("bank_card", gen_card(opts.get("style")))
    if letters == "E":
        return simple("email", gen_email(opts.get("style")))
    if letters == "A":
        return simple("address", gen_address(opts.get("style")))
    if letters == "Q":
        return simple("qq", gen_qq(opts.get("style")))
    if letters == "W":
        return simple("wechat", gen_wechat(opts.get("style")))
    if letters == "V":
        return simple("plate", gen_plate(opts.get("style")))
    if letters == "AC":
        return simple("account", gen_account(opts.get("style")))
    raise ValueError(key)

def filler(key, cache):
    if key in cache:
        return cache[key]
    if key.startswith("time"):
        ts = mktimes(3)
        cache["time"], cache["time2"], cache["time3"] = ts
        return cache[key]
    v = {
        "amt": lambda: rng.choice(AMTS),
        "amt2": amt2,
        "date": mkdate,
        "plat": lambda: rng.choice(PLATS),
        "plat2": lambda: rng.choice(PLATS),
        "city": lambda: rng.choice(CITIES),
        "days": lambda: str(rng.randint(15, 210)),
        "age": lambda: str(rng.randint(48, 71)),
        "n1": lambda: str(rng.randint(3, 9)),
        "n2": lambda: str(rng.randint(10, 99)),
        "n4": lambda: str(rng.randint(1000, 9999)),
        "mmdd": lambda: "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "ts": lambda: "2026%02d%02d%02d%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                   rng.randint(0, 59), rng.randint(0, 59)),
        "code": lambda: "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)),
        "kb": lambda: "%d.%dKB" % (rng.randint(12, 980), rng.randint(0, 9)),
        "mb": lambda: "%d.%dMB" % (rng.randint(1, 9), rng.randint(0, 9)),
    }[key]()
    cache[key] = v
    return v

# ---------------------------------------------------------------------------
# templates: (group, template, sender_kind)
T = []

def add(group, *tpls, sender=None):
    for t in tpls:
        T.append((group, t, sender))

# --- corrections and edits --------------------------------------------------
add("corr",
    "催收员说他叫{N1:typo,m}\n更正：刚才打错字了，是{N1.typo}，我听录音又确认了一遍。他同事{N2}也打过，号码{P1}",
    "今天{N1}又打电话来了\n*{N2}\n打错了，是{N2}，{N1}是上个月那个，早就不打了",
    "借款人：~~{N1}~~ {N2:m}\n（前面填错了，借款人是我老公{N2}，{N1}是我自己）",
    "修改前：紧急联系人 {N1} {P1}\n修改后：紧急联系人 {N2} {P2}\n改完第二天{N2}就接到了催收电话",
    "语音转文字把名字转错了 我说的是{N1:typo,f} 它打成了{N1.typo} 你们别弄混了 {N1}是我大姑子",
    "[撤回了一条消息]\n重发一下：我表哥{N1:m}，电话{P1:style=fw}，不是刚才发的那个",
    "第二条作废。正确的是：担保人{N1}，身份证{I1}，住{A1:style=rural}",
    "他留给我的电话是{P1}，不对，中间少打了一位，应该是{P2}。这是{N1:m}本人的号，{N1}的老婆{N2:f}也用过",
    "上面说的“{N1}”是我打错了，正确的是“{N2}”。{N1}是另一个人，跟这件事没关系，麻烦把{N1}删掉",
    "补充一下：前面说我婆婆叫{N1:typo,old_f}，其实她身份证上是{N1.typo}，平时村里都写{N1}，催收电话里念的也是{N1.typo}",
    "编辑于 {date} {time}\n原文：{N1}借了我八千\n修改为：{N1}和{N2}一起借了我八千，{N2}拿了五千",
    "更正一下地址：不是{A1}，是{A2}，{N1}前年就搬过去了",
    "发错群了，这条是给{N1}的：{N2}的卡号是{C1:style=bank}，你转的时候备注一下",
    "刚才那条语音里说的{N1.g}，全名叫{N1}，不是{N2}，你们别搞错了",
    "抱歉，刚才把{N1:typo}写成了{N1.typo}，两个名字就差一个字，{N1.typo}是我初中同学，跟借钱没关系",
    "纠正：我妹{N1:f}的QQ不是{Q1}，是{Q2}，扣扣名叫“{N1.dd}”",
    "他们发来的短信里名字是错的，写的是“{N1.typo:m}”，我老公叫{N1}，身份证号码倒是对的{I1}",
    "前面发的车牌{V1}打错了，是{V2}，车主是{N1}，{N1}说车早卖了",
    "我说错了，不是我舅舅{N1:m}接的电话，是我小舅{N2:m,same=N1}，{N1}那天在医院",
    "（已编辑）{N1}的电话是{P1}，{N2}的是{P2}，刚才两个号写反了",
    )
# --- file names and attachments ---------------------------------------------
add("files",
    "证据我整理好了，文件名如下：\n1.{N1}_借条.jpg\n2.{N1}_转账记录.png\n3.录音_{N2}_{mmdd}.m4a\n4.微信图片_{ts}.jpg",
    "附件：{N1}-还款承诺书.docx（{mb}）、{N2}身份证正反面.pdf（{kb}）",
    "网盘里有个文件夹叫“{N1}欠款证据”，里面是{N2}发的威胁短信截图，提取码 {code}",
    "我电脑上存在 D:\\证据\\{N1}\\通话录音\\{P1:style=plain}.amr，一共十七个文件",
    "[文件] {N1}的还款计划.xlsx {kb}\n[文件] 催收话术-{N2}组.pdf {mb}\n这两个是我前同事{N3}偷偷发给我的",
    "IMG_{n4}({N1}身份证).JPG 这张千万别外传，是{N2}帮我拍的",
    "通讯录被导出来了，文件名是 {P1:style=plain}_{N1}.vcf 和 {P2:style=plain}_{N2}.vcf，他们就照着这个一个个打",
    "邮件主题：{N1}逾期材料\n附件：{N1}征信报告.pdf；{N2}担保函.jpg\n发件人：{E1}",
    "录音文件“新录音 {n2}.m4a”里他自己说他叫{N1:m}，还说认识我表姐{N2:f}",
    "截图_{N1}_朋友圈.png\n截图_{N2}_拉群.png\n截图_{N3}_私聊.png\n三张图都在这里了",
    "文件传输助手：\n{N1}身份证号.txt\n{I1}",
    "合同我拍下来了，文件名是“借款合同（{N1}）第3页.heic”，看不清的话我再拍一张，{N2}那份我还没拿到",
    "压缩包：{N1}+{N2}+证据.zip\n解压密码是我生日，{N1}和{N2}都是被冒用的",
    "剪映导出：{N1}上门_1080P.mp4，视频里能看到他的车牌{V1}，副驾驶坐的是{N2}",
    "微信收藏里有条笔记叫“{N1} 欠款明细”，第一行写着“{N2}借两万”",
    "表格有三个工作表：sheet1（{N1}）、sheet2（{N2}）、sheet3（空白）",
    "打印店的{N1}说，有人拿U盘来打印一个叫“{N2}的欠款公示.docx”的文件，上面还有我的电话{P1}",
    )
# --- search queries -----------------------------------------------------------
add("query",
    "{N1} 律师 真的假的",
    "搜索记录：\n{N1} 法务\n{P1:style=plain} 是哪个公司\n暴力催收 怎么投诉\n{N2} 调解员",
    "{N1} {N2} 催收 曝光",
    "百度搜了“{N1} 调解中心”什么都搜不到，是不是假的",
    "{P1:style=dash} 标记 催收 {N1}",
    "帮我查一下 {N1} 律师执业证号 {AC1:style=lic} 是不是真的",
    "企查查上{N1}是这家公司的监事，{N2}是股东，{N3}是法定代表人",
    "{N1}湖南 催收公司 电话",
    "小红书搜“{N1:f}”出来好多帖子说被她骗了",
    "搜{N1}出来的头像，跟让我加vx{W1}的那个一模一样",
    "抖音号{AC1:style=dy} 昵称“{N1}法务”，说能停息挂账",
    "裁判文书网搜 {N1} 民间借贷 出来三条，原告都是{N2}",
    "失信被执行人查询 姓名：{N1} 证件号码：{I1}",
    "知乎提问：{N1}（自称{plat}法务）说要起诉我，这个人是真的吗？",
    "输入 {N1} {city} 律师事务所 查不到这个人",
    )
# --- translation apps ---------------------------------------------------------
add("mt",
    "原文：Dear {N1.py}, your repayment of RMB {amt2} is overdue for {days} days.\n翻译：亲爱的{N1}，您的{amt2}元还款已逾期{days}天。\n这是我在国外的女儿{N2:f}转给我的",
    "我用翻译软件帮我老公看的：Mr. {N1.py:m}, if you do not pay today, we will contact your wife {N2.py:f}.\n{N1}是我老公，{N2}就是我",
    "日文原文：{J1:sexc=f}様、お支払いが遅れています。\n翻译：{J1}女士，您的付款已延迟。\n{J1}是我日本的儿媳妇，她看不懂中文",
    "韩文：{KR1}씨, 연체되었습니다. 연락 주세요.\n翻译：{KR1}，已逾期，请联系。\n{KR1:m}是我姐夫，中文名{KR1.hanja}",
    "越南语：Chị {VN1:sexc=f} ơi, em gọi về khoản vay.\n翻译：{VN1}姐，我打电话是关于贷款的事。\n我嫂子说她根本没借过",
    "微信翻译把“{N1}”翻成了“{N1.pyu}”，催收那边拿着拼音名字到处问人",
    "English version for my husband: They called my mother-in-law {N1:old_f} and my brother {N2:m}, and they said they know our address {A1}.",
    "我女儿{N1:f}在澳洲，她帮我翻译的英文投诉信，落款写的是 {N2.py}，也就是我",
    "{N1}翻译成英文是 {N1.py}，护照上写的是{N1.pyu}，护照号{PASS1}",
    "有道翻译结果：“{N1.py}，你的债务已经转给我们公司”——原文是英文邮件，发件人{E1}",
    )
# --- foreign spouses, traders, colleagues ------------------------------------
add("foreign",
    "我老婆是日本人，叫{J1:sexc=f}（{J1.roma}），催收连她在大阪的妹妹{J2:same=J1,sexc=f}都找到了，打到她日本的手机{FP1:style=jp}",
    "日语班的{J1:sexc=f}老师说她也收到了催收短信，说我是她的紧急联系人，号码是{P1}",
    "我在日企上班，部长{J1:sexc=m}收到了一封催收邮件，发件人是{E1}，部长问我是不是欠钱了",
    "我老公是韩国人{KR1:m}（{KR1.hanja}），韩国手机{FP1:style=kr}，催收说要打到他首尔的公司去",
    "韩国房东{KR1:f}说有人用中文给她打电话，问我是不是还住在{A1:style=kr}",
    "我嫂子是越南人，{VN1:sexc=f}，中文名叫{VN1.zh}，没有身份证只有护照{PASS1:style=vn}，催收说她是我的共同借款人",
    "越南媳妇{VN1.nod:sexc=f}娘家在河内，我哥{N1:m}说催收连越南那边{FP1:style=vn}都打了",
    "我在义乌做外贸，巴基斯坦客户{F1:fx=pk}欠我货款三万多，我自己又欠网贷，催收把{F1}的WhatsApp {FP1:style=pk}也打了",
    "广州小北的尼日利亚朋友{F1:fx=ng,m}给我做过担保，英文名{F1.en}，现在催收天天打他电话{P1}，他住{A1:style=gz}",
    "我媳妇是俄罗斯人{F1:fx=ru,f}，在黑河开店，催收说要去店里找她，店里的员工{N1}也接了电话",
    "我在香港做家务助理的菲律宾同事{F1:fx=ph}借过我钱，她雇主{HK1}昨天问我是不是欠了内地的网贷",
    "我老公是德国人{F1:fx=de,m}，孩子叫{N1:young}随我姓，催收打电话问{N1}在哪个学校",
    "我姐夫{F1:fx=id,m}是印尼华侨，中文名{N1:m}，他在雅加达的电话{FP1:style=id}也被打了",
    "表姐{HK1:f}話佢老細都收到電話，佢電話{FP1:style=hk}，叫我快啲處理",
    "日本人{J1}、韩国人{KR1}、越南人{VN1}，这三个都是我们厂的外籍员工，催收把他们的名字在群里念了一遍",
    "我老婆的名字日文写法是{J1:sexc=f}，假名是{J1.kana}，催收打电话来一直念错",
    "{F1:fx=pk}和{F2:fx=ng}是我在义乌的两个客户，{F1}欠我的钱比我欠网贷的还多",
    "前男友{F1:fx=pk}用我的名字办了一张卡{C1}，现在他回国了，催收只找我",
    "我香港的表妹{HK1:f}，身份证上的英文名是{HK1.en}，催收打去她公司，她同事{HK2}接的",
    "我老婆{F1:fx=ru,f}的护照号{PASS1:style=ru}被他们拿去注册了借款，她的中国名字叫{N1:f}",
    "韩国来的留学生{KR1}在我店里兼职，催收把{KR1.rom}这个名字也写进了“通讯录名单”",
    "越南来的{VN1:sexc=f}和{VN2:sexc=f}都在我们厂里打工，她们俩的护照被老板{N1}扣着",
    )
# --- new situations -------------------------------------------------------------
add("newsit",
    "闲鱼上有个买家{N1:m}拍了我的旧手机，一直不确认收货，后来发现他就是催收公司的人。订单号{AC1:style=order}，收货地址写的{A1:style=urban}",
    "在转转卖旧手机没清数据，回收商那边一个叫{N1}的说通讯录他都能看到，里面有我爸{N2:old_m}和我妈{N3:old_f}",
    "BOSS直聘上的HR{N1}让我先办培训贷，说学完包就业。合同号{AC1:style=contract}，课程顾问{N2}，班主任{N3}，现在三个人都联系不上",
    "我的简历被人拿去了：\n姓名：{N1}\n电话：{P1}\n邮箱：{E1}\n现在催收拿着这份简历打到我新公司",
    "面试的时候人事{N1}让我填了紧急联系人，我填的我妈{N2:old_f} {P1}，现在我妈天天接催收电话",
    "美容培训学校的{N1}校长跑路了，我们三十多个学员每人背着一万多的培训贷，群里{N2}、{N3}、{N4}都被起诉了",
    "当票上写着：当户{N1}，证件号码{I1}，当物金项链一条，当票号{AC1:style=pawn}，经办人{N2}",
    "健身房倒闭了，私教{N1}劝我办的分期，会员卡号{AC1:style=member}，店长{N2}的电话{P1}打不通",
    "美容院老板娘{N1:f}用我的名字办了三万块的美容卡分期，她老公{N2:m}说他不知道",
    "个税APP里能看到任职受雇单位，催收就是这么找到我们公司的。财务{N1}说是前台{N2}接的电话",
    "我老公{N1:m}在部队，催收打到了连队，指导员{N2}给我打电话问是怎么回事",
    "我是军嫂，我弟弟{N1:m}借的钱，催收说要去部队找我老公{N2:m}，还说知道我们住{A1}",
    "致《帮忙》栏目组：\n我叫{N1:old}，今年{age}岁。去年在{plat}借了两万，现在催收天天打给我儿子{N2:same=N1,m}的学校。联系电话{P1}",
    "电视台记者{N1:f}联系我说要采访，让我提供催收员{N2}的电话，我给了她{P1}",
    "我爸{N1:old_m}在村口开彩票站，催收天天去站里闹，隔壁小卖部的{N2}都看到了",
    "手机送修的时候维修店的{N1}把我相册里{N2}的身份证照片传出去了，身份证号{I1}",
    "社工{N1}上门做回访，回访记录上写着联系人{N2:f}，关系：女儿",
    "网吧实名登记用的是我弟弟{N1:m}的身份证，网管{N2}说有人来问过他在不在",
    "房产中介{N1}把我们的购房意向登记表给了别人，上面有我老婆{N2:f}的电话{P1}，现在她天天接到催收",
    "保姆{N1:f}在我家做了半年，她借网贷填的紧急联系人是我，我老公{N2:m}接了好几次",
    "驾考报名的时候教练{N1}拿了我的身份证复印件，后来我名下多了一笔贷款，放款短信里收款人是{N2}",
    "婚纱影楼的客服{N1}说我们还欠尾款，打给了我老公{N2:m}和我婆婆{N3:old_f}",
    "快递驿站老板{N1}说有人冒充我去取件，取件人写的是{N2}，手机号{P1}也不是我的",
    "我在{city}跑代驾，同行{N1}用我的账号接单还欠了平台的钱，平台客服{N2}说要我承担",
    "家长群里有人发：“{N1:young}的爸爸{N2:same=N1,m}欠钱不还，大家小心”，{N1}才上二年级",
    "我在养殖场打工，老板{N1}拖了三个月工资，我只能借网贷，现在催收找到了场里的会计{N2}",
    "献血证上写着我的名字{N1}，催收说他们连这个都查到了，还说我妹{N2:f}在医院上班",
    "我在殡仪馆上班，同事{N1}说有人打电话到单位找我，说是我叔{N2:m}欠的钱",
    "社保卡{AC1:style=soc}被冻结了，社保局的{N1}说是法院冻结的，承办人叫{N2}",
    "二手车商{N1}卖给我的车{V1}原来还押在{plat}，车主是{N2}，现在GPS公司的人要拖车",
    )
# --- pasted complaints mixing speakers -----------------------------------------
add("multi",
    "他们的原话我抄下来了：\n“{N1}你听好了，明天不还我们就去找{N2}”——{time}\n“你老婆{N3:f}的单位我们也知道”——{time2}\n我根本不认识{N2}",
    "截图文字：\n{N1} {time}\n你什么时候还\n我 {time2}\n下周\n{N1} {time3}\n下周？你跟{N2}说去吧\n（{N1}是催收，{N2}是我舅舅）",
    "群成员（6）：{N1}、{N2}、{N3}、催收-小刘、我、{N4}\n{N1}：这个就是{N5:m}的女儿吧\n{N2}：对，她爸欠了{plat}八万\n我：我爸{N5}已经去世两年了",
    "喂就是那个叫{N1}的他说我要是不还钱就去找我妹妹{N2:f}我说我妹早就嫁出去了他说那就找你妹夫{N3:m}也一样然后还说要爆我的同讯录",
    "我跟{N1}的对话：\n我：你到底是哪个公司的\n{N1}：你别管，你就说{N2:m}是不是你老公\n我：是又怎么样\n{N1}：那就好办了，{N2}的单位在哪我们都查到了",
    "「{N1}」 {time}\n@{N2} 你家那个还不还钱\n「{N2}」 {time2}\n谁啊\n「{N3}」 {time3}\n就是{N4}啊，你外甥",
    "我婆婆{N1:old_f}转述的：那个人说“我是{N2}，是你儿子的朋友”，我婆婆就把我的电话{P1}给他了",
    "{N1:f}跟我说，{N2}跟她说，催收跟{N2}说“你们家{N3}欠了八万”，可我们家根本没有叫{N3}的",
    "语音转文字有错字：那个姓{N1.s}的叫{N1:typo,m}还是{N1.typo}我没听清 他说他是{plat}的 然后说我哥{N2:m}填的紧急联系人是我",
    "我把他们的话一条条贴出来：\n[{date} {time}] 催收：{N1}在不在\n[{date} {time2}] 我：打错了\n[{date} {time3}] 催收：那你认识{N2:m}吗，他填的是你\n{N2}是我前同事，离职三年了",
    "我老公{N1:m}说的：“{N2}上个月就把钱还了”\n催收说的：“{N2}没还，{N3}可以作证”\n到底谁说的是真的",
    "{N1} {time}：我是{N2}的律师\n{N1} {time2}：你再不接我就给{N3:old_f}打了\n（{N3}是我妈）",
    "【群聊】{N1}家族群（{n2}人）\n{N2}：谁借钱了？有人打电话给我\n{N3}：我也接到了，说是找{N4}\n{N4}：不是我，是{N5}\n{N5}：……",
    "我妈{N1:old_f}打字不方便，我替她发：催收打给了我舅{N2:m}和我姨{N3:f}，我舅说“{N4}是谁我不认识”，我姨直接挂了",
    "早上{N1}打来，中午{N2}打来，晚上换了个号码说他是{N3}，三个人都说是{plat}的",
    "备注一下：下面截图里的“{N1.lao}”就是{N1}，“{N2.xiao}”是{N2}，“{N3.ge}”是{N3}",
    "聊天记录（对方）：{N1}你给我听着 你家{N2:m}我们已经找到了\n（我）：{N2}跟我早就离婚了\n（对方）：离没离你说了不算",
    "我整理的通话：\n第一通 {time} {N1} 自称律师\n第二通 {time2} {N2} 自称法务\n第三通 {time3} {N1} 又打来，说{N3}是担保人",
    "转发的聊天记录：\n{N1}：你弟{N2:m}欠的钱你管不管\n我：他成年了\n{N1}：那我们就去你爸{N3:old_m,same=N2}那里",
    "邻居{N1}跟我说：“今天有两个人来敲你家门，一个说他叫{N2}，一个不说名字，开的车是{V1}”",
    )
add("sms",
    "【{plat}】{N1}您好，您的借款已逾期{days}天，我司已将案件移交{N2}处理，联系电话{P1:style=plain}。",
    "{N1}：您在{plat}的欠款{amt2}元今日到期，如您不便，请您的紧急联系人{N2}代为转告。【{plat}】",
    "【调解通知】{N1}先生/女士：您与{plat}的纠纷已由调解员{N2}受理，请于三日内联系{L1}。",
    "{N1}你好，我是{plat}贷后的{N2}，你弟弟{N3:m}的事情你知道吧，回电{P1:style=plain}",
    sender="sms")
# --- input-method artefacts -----------------------------------------------------
add("ime",
    "催收的叫{N1.mix}（拼音打得太快了，其实是{N1}）",
    "我老公手机里给他存的是“{N1.ini:m}”，拼音首字母，其实就是{N1}",
    "我打字不好 {N1.pyl:f} 是我小姨 电话{P1}",
    "九宫格打字老打错，{N1:typo}就是{N1.typo}，{N2:typo}就是{N2.typo}",
    "他微信名是{N1.py:m}，头像是一只猫，真名叫{N1}",
    "五笔打不出来那个字，先写拼音：{N1.pyl:m}，我姑父",
    "备注：{N1.ini}={N1}，{N2.ini}={N2}，群里都用缩写",
    "他签名写的是{N1.py:m}，身份证上是{N1}",
    "我妈手机通讯录里我爸叫“{N1.pyl:old_m}”，催收就是照着这个打的",
    "输入法把{N1:typo}联想成了{N1.typo}，我发出去才发现，{N1}是我嫂子",
    )
# --- positions the brief listed -------------------------------------------------
add("pos",
    "{N1:m}说他下个月一定还，结果{N1}昨天把我拉黑了",
    "{N1:old_m}昨天去了派出所，{N2}陪着去的",
    "我借给了{N1}两万，{N1}又借给了{N2}，现在催收找我要",
    "{N1:m}的老婆{N2:f}说这事跟她没关系",
    "{N1}5000，{N2}3200，{N3}1800，这是我帮他们垫的",
    "{N1}主任说可以开证明，{N2}经理不同意",
    "{N1}和{N2}都是我同学，{N3}跟{N4}是我同事，{N5}与我没有任何关系",
    "{N1:f}（我们都叫她{N1.xiao}）昨天也接到了，{N2:m}，就是{N2.lao}，说他没接到",
    "{N1.jie}就是{N1:f}，{N2.ge}就是{N2:m}，他们俩都被打了",
    "催收一开始说是{N1.mask}，后来我才知道全名叫{N1}",
    "判决书上写的是被告{N1.mou}，其实就是{N1}",
    "担保人是{N1.br}，电话{P1}",
    "{N1}{P1:style=plain}\n{N2}{P2:style=plain}\n这是他们发给我的名单",
    "今天上午{N1}、下午{N2}、晚上{N3}，一天三个人轮流打",
    "找{N1}去吧，别找我，钱是{N1}借的",
    "连{N1:old}都被他们骂了，{N1}都七十多了",
    "{N1:m}他爸{N2:old_m,same=N1}是村里的会计",
    "{N1:m}？{N1}是我前夫，我们离婚五年了",
    "我和{N1}、{N2}三个人一起开的奶茶店，现在店倒了",
    "把钱打给{N1}了，{N1}说会转给{N2}",
    "{N1}律师、{N2}法官、{N3}调解员，这几个名字都是他们自己报的",
    "是{N1}先动手的，{N2}只是拉架",
    "{N1}{I1}，这是催收在群里发的",
    "我大伯{N1:old_m}跟我堂哥{N2:same=N1,m}两个人都被打了电话",
    "{N1}经理\n{N2}助理\n{N3}\n名片上就这三个名字",
    "他说他是{N1.mou1}，后来在判决书上看到全名{N1}",
    )
# --- declared word-names ----------------------------------------------------------
WORD_T = {
    "江海": "我们车间的组长叫江海，江海说催收打到厂里三次了",
    "钱程": "介绍我借网贷的是钱程，钱程自己现在也还不上了，他老婆{N1:f}天天哭",
    "石英": "担保人：石英（我大学室友），电话{P1}",
    "白玉": "我婆婆白玉今年七十了，催收还天天给她打电话",
    "成才": "放款的业务员叫成才，工号{AC1:style=staff}",
    "万年": "村会计万年说可以帮我开证明，村支书{N1:m}不同意",
    "白鸽": "我闺蜜白鸽也被爆了通讯录，她说要跟我绝交",
    "周游": "周游是我前男友，他用我的身份证借的钱",
    "向晚": "收款人：向晚，卡号{C1:style=sp4}",
    "高歌": "我表哥高歌在部队，催收打到他们连部去了",
    "和风": "截图里那个叫和风的人就是催收，他说他跟{N1}是一个组的",
    "常春": "调解员常春打电话来说可以减免一部分",
}
for w, t in WORD_T.items():
    t = t.replace(w, "{N0}")
    t = t.replace("{N0}", "{N0:word=%s}" % w, 1)
    T.append(("word", t, None))
# --- other personal data, no name -------------------------------------------------
add("other",
    "他留的电话是{P1:style=fw}，全角的，复制不了",
    "号码是{P1:style=cn}，他念得很快我就这么记的",
    "对方手机\n{P1:style=br}\n我分两行抄的",
    "收款卡：{C1:style=bank}",
    "身份证号{I1:style=x}，最后是小写的x，他们念的时候说成“叉”",
    "发律师函的邮箱是{E1:style=sp}，中间有空格，我照抄的",
    "他让我把材料发到 {E1:style=at}",
    "催收上门说我家在{A1:style=rural}，其实那是我老家",
    "家里地址{A1:style=cnnum}，他们怎么知道的",
    "加他 v:{W1} 说可以协商",
    "让我加vx{W1}，说是法务部的",
    "威信{W1}，他说加了就给我减免",
    "薇{W1}，备注“协商”",
    "扣扣{Q1}，说是群里的客服",
    "停在我家楼下的车是{V1:style=sp}，连着三天了",
    "搜索记录：{P1:style=plain} 是哪里的号码",
    "更正：号码不是{P1}，是{P2}",
    "文件名：{P1:style=plain}_通话录音_{mmdd}.mp3",
    "他给的“对公账户”：{C1:style=bank}，户名是个人，我没转",
    "Translation: please call back {P1:style=intl} or email {E1}",
    "老家{A1:style=rural}，现在住{A2:style=cnnum}，这两个地址他们都有",
    "群里有人发了一个QQ号{Q1}和一个微信号{W1}，说都是同一伙人",
    "我的护照号{PASS1}被他们拿去注册了",
    "手机号后来换成了{P1:style=mix}，旧号不用了",
    "邮箱{E1:style=hash}（#换成@）",
    "他的车牌{V1:style=dot}，白色的",
    )
# --- more foreign, positions and other data ----------------------------------------
add("foreign",
    "我老公{J1:sexc=m}是日本人，在{city}开居酒屋，催收打到店里，店长{N1}接的，还报了他的在留卡上的名字{J1.roma}",
    "韩国留学生{KR1:f}在我家租房，押金打的是她的卡{C1:style=bank}，现在催收说我拿了她的钱",
    "越南嫂子{VN1:sexc=f}（{VN1.zh}）的Zalo号码{FP1:style=vn}被催收打爆了，我哥{N1:m}让我来问问",
    "我老婆{F1:fx=ph}在香港做过家务助理，她的前雇主{HK1}说有人冒充她借了钱",
    "{KR1:m}씨（{KR1.hanja}）是我公司的韩国同事，催收给他发了韩文短信，他拿给我看我才知道是找我的",
    "我在义乌的合伙人{F1:fx=pk}说，{F2:fx=ng}也被催收骚扰过，他们俩的电话都在我的通讯录里",
    "我先生是日本人{J1:sexc=m}，我们的孩子{N1:young}在日本上学，催收说要打到学校去",
    "{J1:sexc=f}和{J2:sexc=f}是我在日本打工时的同事，回国以后我借网贷，催收不知道从哪里拿到了她们的名字",
    )
add("pos",
    "紧急联系人那一栏写的是{N1.br}，换行了我差点没看出来是一个人",
    "短信里写的是{N1.half}，我一看就知道是{N1}",
    "他们群发的名单上是“{N1.half}、{N2.half}”，就是我爸{N1:old_m}和我妈{N2:old_f}",
    "{N1}跟{N2}与{N3}三个人是一伙的",
    )
add("other",
    "收款账户：{C1:style=bank}，户名我没看清",
    "身份证号码{I1:style=sp}，是他们群发的",
    "号码是{P1:style=cn}，中间有两个幺",
    "他把我的手机号写成了{P1:style=fw}，全角数字，系统识别不了",
    "发到这个邮箱：{E1:style=paren}",
    "邮箱写的是{E1:style=aite}，他们说艾特就是@",
    "上门那辆车{V1:style=sp}，我拍了照片",
    "两辆车：{V1}和{V2:style=sp}",
    "我住{A1:style=cnnum}，他们说今晚就上门",
    "户籍地址{A1:style=rural}，他们寄了“律师函”过去",
    "对方QQ：{Q1}，企鹅昵称“法务专员”",
    "vx：{W1}\nQQ：{Q1}\n电话：{P1}",
    "身份证{I1:style=fw}，全角的",
    "卡号\n{C1:style=br}\n分两行写的",
    "他报的工号是{AC1:style=staff}",
    "借款编号{AC1:style=loan}，合同上写的",
    "加我V：{W1}，备注还款",
    "小程序订单号{AC1:style=order}，收货地址{A1:style=urban}",
    )
# --- no personal data -------------------------------------------------------------
NONE_TEXTS = [
    "上条打错了，是明天不是后天，麻烦帮我改一下",
    "*周三 不是周二",
    "微信图片_20261103213355.jpg\n微信图片_20261103213402.jpg\n这两张是催收短信截图",
    "搜索记录：\n暴力催收 爆通讯录 怎么办\n停息挂账 真的假的\n12378 投诉流程",
    "他自称王经理，全名不肯说",
    "判决书上写的是原告张某某、被告李某，名字都打码了",
    "小芳说她也接到了，阿强那边还没有，老周说他换号了",
    "周姐和强哥都劝我先报警",
    "催收的备注名是zjg，我也不知道是谁",
    "谷歌翻译把“逾期”翻成了overdue，把“催收”翻成了collection",
    "日语里的“様”是尊称，不是名字的一部分",
    "闲鱼上卖旧手机之前一定要恢复出厂设置",
    "BOSS直聘上那个岗位要先交培训费，我没去",
    "个税APP里的任职受雇信息能不能隐藏？",
    "当票丢了还能赎回金项链吗",
    "健身卡退不了，店门口贴了停业通知",
    "我是用语音打的字，可能有错别字，大家将就看",
    "王**、李**、张**，这是他们发在群里的打码名单，我不知道是谁",
    "把“逾期”输成了“鱼期”，九宫格老是打错",
    "文件夹名：催收证据_2026年11月",
    "截图_朋友圈.png\n截图_拉群.png\n截图_私聊.png",
    "搜“催收 上门 违法吗”出来好多律师广告",
    "越南语的“chị”是姐姐的意思",
    "记者说会做匿名处理，名字用化名",
    "指导员说部队不管个人债务，让我们自己协商",
    "彩票站老板说他们再来闹就报警",
    "（已编辑）金额是八千不是六千",
    "压缩包：证据合集.zip\n解压密码私聊",
    "截图文字：\n催收 10:32\n你什么时候还\n我 10:35\n下周",
    "【群聊】家族群\n大姨：谁借钱了？有人打电话给我\n二舅：我也接到了",
    "语音转文字：喂你好请问是本人吗我们这边是贷后的",
    "English version: They called my mother-in-law and my brother.",
    "高山流水遇知音，这事我只跟你说",
    "金山银山不如平安是福",
    "和风细雨地跟他们谈没用，他们根本不讲理",
    "常春藤的学历也扛不住网贷啊",
    "周游世界是不可能了，先把网贷还完",
    "老家的白玉兰开花了，我却不敢回去",
]
for t in NONE_TEXTS:
    T.append(("none", t, None))

GROUP_TARGET = {"corr": 26, "files": 22, "query": 18, "mt": 12, "foreign": 40, "newsit": 38,
                "multi": 32, "sms": 5, "ime": 12, "pos": 38, "word": 12, "other": 44, "none": 38}

# a personal-data tail added to some name records (outside the name slot)
TAILS = ["。对方号码{P9}", "。催收留的微信v:{W9}", "。催收的QQ是{Q9}", "。他们还念了我的身份证号{I9}",
         "。催收让我把钱转到{C9:style=bank}", "。他们说知道我住{A9}", "。上门那辆车是{V9}",
         "。律师函是从{E9}发来的", "\n来电：{P9}", "。催收的扣扣{Q9}", "。催收让我加vx：{W9}",
         "。催收的薇：{W9}", "。他们还说要去我老家{A9:style=rural}", "。楼下停的车牌{V9:style=sp}",
         "。群里还发了我的身份证{I9:style=x}", "。催收的手机{P9:style=cn}", "\n对方号码\n{P9:style=br}",
         "。邮箱{E9:style=at}也收到了律师函", "。收款卡号{C9:style=sp4}", "。我现在住{A9:style=cnnum}"]
TAIL_GROUPS = {"corr": 0.3, "files": 0.3, "query": 0.1, "newsit": 0.45, "multi": 0.4, "pos": 0.45,
               "foreign": 0.25, "ime": 0.3}

SMS_SENDERS = ["10690" + "%07d" % i for i in (2851234, 5718890, 3302176)] + ["1069012345678", "106980095188"]

# ---------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Za-z]+\d*)(?:\.([a-z0-9]+))?(?::([^}]*))?\}")

def parse_opts(s):
    o = {}
    if not s:
        return o
    for part in s.split(","):
        if "=" in part:
            k, v = part.split("=", 1)
            o[k] = v
        else:
            o[part] = True
    return o

def render(tpl, group):
    # collect entities and their options
    ent_opts = {}
    order = []
    for m in PH_RE.finditer(tpl):
        key, attr, opt = m.group(1), m.group(2), m.group(3)
        if key[0].islower():
            continue
        if key not in ent_opts:
            ent_opts[key] = {}
            order.append(key)
        ent_opts[key].update(parse_opts(opt))
        if attr == "typo":
            ent_opts[key]["typo"] = True
        if attr == "half":
            ent_opts[key]["g2"] = True
        if attr in ("py", "pyu", "pyl", "ini", "mix"):
            ent_opts[key]["py"] = True
    ents = {}

    def draw(k):
        if k in ents:
            return
        o = ent_opts[k]
        if "same" in o:
            draw(o["same"])
        ents[k] = make_entity(k, o, ents)
    for k in order:
        draw(k)
    cache = {}
    out = []
    spans = []
    pos = 0
    last = 0
    for m in PH_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        key, attr = m.group(1), m.group(2) or "main"
        if key[0].islower():
            v = filler(key, cache)
            out.append(v)
            pos += len(v)
            continue
        segs = ents[key].attrs[attr]
        for s, kind in segs:
            if kind:
                spans.append((pos, pos + len(s), kind, s, ents[key].cls + "." + attr))
            out.append(s)
            pos += len(s)
    out.append(tpl[last:])
    text = "".join(out)
    return text, spans, ents

def masked(text, spans):
    chars = list(text)
    for a, b, *_ in spans:
        for i in range(a, b):
            chars[i] = "\x00"
    return "".join(chars)

def norm_ws(s):
    return re.sub(r"\s+", "", s)

# ===========================================================================
# preserve lines
# ===========================================================================
SURWORD = {
    "高": ["高利贷不受法律保护", "高铁上接到了催收电话", "高新区法院的传票是真的吗", "高速上开车不方便接电话",
          "高考前别让孩子知道这事", "高血压的药不能停", "高额利息的部分可以不还吗", "高峰期转账会延迟到账",
          "高中同学群里也有人收到了", "高空作业的工资还没结", "高价回收旧手机是真的吗", "高情商怎么回复催收"],
    "黄": ["黄金周之后再还行不行", "黄焖鸡米饭外卖到了", "黄牛票千万别买", "黄色预警停课一天", "黄河边上的村子",
          "黄历上说今天不宜出门", "等他们回电话黄花菜都凉了", "黄鹤楼烟一条多少钱", "黄豆酱炒肉"],
    "金": ["金条借款已经逾期了", "金额跟合同上对不上", "金项链当了三千块", "金融纠纷调解中心打来的", "金秋助学金申请",
          "金毛犬走丢了三天", "金针菇又涨价了", "金山区人民法院的短信", "金牌调解员说可以减免", "金卡客户专线太难打了"],
    "白": ["白条分期还款提醒", "白天上班不方便接电话", "白班夜班倒着上", "白酒一箱送到村口", "白纸黑字写着呢",
          "白血病筹款链接", "白菜价处理二手家具", "白云区人民法院的传票", "白领公寓的房租又涨了"],
    "关": ["关于延期还款的申请", "关机了他们还在打", "关注公众号领免息券", "关联账户被冻结了", "关心则乱，先别慌",
          "关键是没有签合同", "便利店的关东煮", "关口查车排了半小时"],
    "常": ["常用联系人被他们知道了", "常住地址变更要去派出所", "常州的号码又打来了", "常见问题解答里没写",
          "这是他们的常规操作", "常年在外打工不回家", "常温保存三天", "常德米粉加个蛋"],
    "向": ["向法院申请强制执行", "向金融监管部门投诉", "向日葵开了一大片", "向阳路支行排队的人很多", "金额向上取整",
          "向左拐就到营业厅", "向亲戚借钱太难开口了", "向派出所报了案"],
    "于": ["于是我就报警了", "于心不忍还是接了电话", "于都县的号码打来的", "现在说这些于事无补", "这样做于法有据",
          "合同于今年三月到期"],
    "和": ["和解协议书签了没有", "和平区人民法院执行局", "和田玉手镯当了", "和家里人商量一下再说", "和气生财，别吵",
          "和他们通了二十分钟电话", "和面蒸馒头"],
    "文": ["文件传输助手里存着截图", "要求文明催收", "录音转成文字版了", "文具店门口贴了告示", "文昌鸡饭",
          "文化路派出所报的案", "文档已加密，密码私聊"],
    "明": ["明天再说吧", "明细账单发我邮箱了", "明码标价的利息", "这是明知故犯", "明光路那家营业厅",
          "明年开春再还", "已经明确告知不接受分期"],
    "安": ["安全起见先别转账", "安心睡一觉明天再说", "安装了国家反诈中心APP", "安排了十二期分期", "安宁疗护病房",
          "安徽的号码又打来了", "安居客上看的房子"],
    "严": ["严重逾期三个月了", "严格保密，不会告诉家里人", "严禁爆通讯录", "严冬腊月上门催收", "严打电信诈骗",
          "严家村的路修好了"],
    "周": ["周末也打电话", "周转不开了", "周期性还款提醒", "周边的人都知道了", "孩子的周岁宴", "周口的号码",
          "周黑鸭买了两盒"],
    "万": ["万一被起诉怎么办", "万元户那是八十年代的事了", "万达广场门口见", "万能钥匙连不上网", "万事开头难",
          "万用表借我用一下", "万宁的海边"],
    "方": ["方便接电话吗", "还款方案已通过", "方向盘锁买了一个", "一箱方便面", "方言听不懂", "方圆几里都知道了"],
    "石": ["石家庄的号码", "石锅拌饭加个蛋", "问了三次都石沉大海", "石膏还没拆", "石榴熟了", "石化加油站",
          "石狮服装城进的货"],
    "钱": ["钱不是不还，是真没有", "钱包被偷了", "钱塘江大潮", "钱款已到账", "钱货两清以后就没关系了"],
    "成": ["成都的号码", "按成本价卖了", "成功申请了停息挂账", "成年人的崩溃就在一瞬间", "孩子的成绩单",
          "成华区的那个调解室", "成交记录截图了"],
    "江": ["江苏的号码", "江湖救急借的钱", "江北新区的房租", "江西老表", "江边散步接的电话", "江米条",
          "江南皮革厂倒闭了"],
    "other": ["王牌调解员说可以减免", "王府井逛街的时候接到电话", "张贴欠款公告是违法的", "张家口的号码",
              "李子园的奶", "刘海剪短了", "陈年旧账翻出来了", "杨梅汁", "赵家楼", "孙子满月酒", "马上还款",
              "朱砂痣", "胡同口有人蹲守", "何去何从", "林业站的工资卡", "罗马假日", "郑重声明", "梁上君子",
              "谢谢配合", "宋体小四号字", "唐诗三百首", "许可证编号", "韩式烤肉", "邓州的号码", "曹县老家",
              "彭水县", "曾经借过一次", "肖像权被侵犯了", "田间地头", "董事会决议", "袁大头银元", "潘家园",
              "蔡司镜片", "余额不足", "杜鹃花", "叶子黄了", "程序员加班", "苏州的号码", "吕梁山区", "丁香医生",
              "任何人都不能爆通讯录", "沈阳的号码", "卢沟桥", "姜汤", "钟点工", "谭木匠梳子", "汪汪队立大功",
              "范围太大了", "廖记棒棒鸡", "夏天到了", "付款码", "邹城的号码", "孟婆汤", "熊孩子", "薛定谔的猫",
              "段子", "雷雨天别打电话", "史上最严的规定", "陶瓷碗", "黎明前最黑暗", "贺卡", "顾客至上",
              "毛衣织好了", "邵阳的号码", "武汉的号码", "戴口罩", "莫名其妙", "汤圆馅", "单位领导", "冷静期"],
}
SURWORD_FRAMES = ["{w}", "{w}。", "{w}，怎么办", "{w}……", "补充：{w}", "（原话）{w}", "{w}？？"]

STYLE_LINES = """
上条打错了，是下周一不是这周一
*八千
*周四
更正：金额是一万二
撤回了一条消息
（已编辑）
修改前：分期12期　修改后：分期24期
第二条作废
前面说错了，是招商银行不是工商银行
我说错了，是二舅不是三舅
纠正一下，是上个月十五号借的
发错群了，不好意思
刚才那条语音转文字有错别字
两个号码写反了，我重新发
前面的截图顺序乱了
IMG_4821.JPG
微信图片_20261104.jpg
录音_催收_1105.m4a
证据合集.zip
借条照片第2页.heic
还款计划表.xlsx
通话录音2026-11-05.amr
屏幕录制2026-11-06.mp4
截图_还款记录.png
律师函扫描件.pdf
征信报告（简版）.pdf
催收短信汇总.docx
新建文本文档.txt
网盘提取码私聊
文件太大传不上来
附件：还款承诺书.docx
[文件] 还款计划.xlsx
压缩包解压密码是生日
暴力催收 投诉 电话
网贷 逾期 多久 上征信
停息挂账 怎么 申请
催收 爆通讯录 违法吗
12378 是什么电话
网贷 起诉 会坐牢吗
律师函 真假 怎么辨别
微信零钱 被冻结
失信被执行人 查询
个人破产 哪里可以申请
协商还款 话术
征信 逾期记录 多久消除
催收 上门 可以报警吗
网贷 利息 超过 24% 还要还吗
搜不到这个调解中心
百度 搜 律师事务所 查不到
企查查 查 催收公司
天眼查 会员 多少钱
裁判文书网 怎么搜
谷歌翻译
有道翻译
微信翻译
翻译成英文
原文：Your payment is overdue.
翻译：您的付款已逾期。
Dear customer, please repay as soon as possible.
overdue 是逾期的意思
collection agency 就是催收公司
debt collector 就是催收员
日语的様和さん都是称呼
韩语的씨是称呼
越南语的anh是哥哥的意思
翻译软件翻得乱七八糟
我看不懂英文邮件
王**
李某某
张某
小芳和阿强都说没接到
老周说他换号了
周姐让我先报警
强哥说别理他们
王总没回消息
刘姐在开会
老李头也接到了电话
小王同学
被告王某某
原告张某
某某公司的法务
化名处理
打码以后再发出来
拼音首字母看不出是谁
闲鱼上卖旧手机之前要恢复出厂设置
转转回收的价格太低
简历上千万别写身份证号
培训贷的合同能撤销吗
包就业都是骗人的
当铺的利息怎么算
当票丢了能补吗
健身卡退不了费
私教课分期逾期了
美容卡里的钱还剩一半
个税APP能看到任职单位
部队里不让用手机
军嫂也有难处
指导员打电话来问情况
连队的座机
电视台的帮忙栏目
记者说要核实一下
彩票站门口被泼了油漆
维修店把照片传出去了
社工回访记录
网吧实名登记
房产中介的意向登记表
保姆的工资按月结
驾校报名费
影楼尾款
快递驿站取件码
代驾平台的保证金
家长群里有人说闲话
养殖场的工资拖了三个月
献血证也能查到
殡仪馆上班的人也要还网贷
社保卡被冻结了
二手车还押着贷款
日语班的老师人很好
韩国综艺里也演过催收
义乌国际商贸城
广州小北的外贸店
黑河口岸过关
外籍员工的护照被扣了
签证快到期了
护照过期了还能用吗
打国际长途太贵了
WhatsApp 也能被打爆
LINE上收到了日文的催收
""".strip().split("\n")

WORD_PRESERVE = {
    "江海": ["江门市江海区人民法院的传票是真的吗", "江海联运的集装箱", "江海区的出租屋"],
    "钱程": ["祝大家钱程似锦", "钱程无忧是个什么平台", "他们的广告写着“钱程似锦”"],
    "石英": ["石英表没电了", "石英砂厂招工", "老石英钟停了"],
    "白玉": ["白玉兰酒店门口", "白玉无瑕", "和田白玉手镯当了两千"],
    "成才": ["自学成才", "孩子成才比什么都重要", "成才之路报名费"],
    "万年": ["万年历上看是初八", "江西万年县的号码", "遗臭万年"],
    "白鸽": ["广场上的白鸽", "和平白鸽", "一群白鸽飞过去了"],
    "周游": ["周游世界是不可能了", "周游列国", "等还完钱我要去周游一圈"],
    "向晚": ["天色向晚", "向晚的时候下起了雨", "向晚时分又打来了"],
    "高歌": ["高歌猛进", "放声高歌", "KTV里放声高歌一首"],
    "和风": ["和风细雨地谈", "和风料理店", "和风日丽的天气"],
    "常春": ["常春藤", "常春藤盟校", "院子里的常春藤"],
}

KIN = ["大舅", "二舅", "三姨", "小姨", "大姑", "姑父", "表哥", "表姐", "堂弟", "堂妹", "婆婆", "公公", "岳父",
       "岳母", "大伯", "小叔子", "嫂子", "弟媳", "姐夫", "妹夫", "外婆", "外公", "奶奶", "爷爷", "干妈",
       "亲家母", "前夫", "前妻", "闺蜜", "发小", "室友", "同桌", "老乡", "房东", "邻居", "师傅", "徒弟",
       "班主任", "辅导员", "指导员", "连长", "教练", "私教", "店长", "课程顾问", "当铺掌柜", "网管", "中介",
       "保姆", "社工", "记者", "站长", "会计", "出纳", "人事", "前台", "车间主任", "村支书", "网格员"]
KIN_FRAMES = ["我{k}也接到了电话", "连{k}都被问了", "{k}说别理他们", "催收打给了{k}", "{k}家的电话也被打了"]

APPS = ["闲鱼", "转转", "BOSS直聘", "智联招聘", "前程无忧", "个人所得税APP", "天眼查", "企查查", "百度网盘",
        "夸克网盘", "WPS", "剪映", "美图秀秀", "有道翻译", "谷歌翻译", "百度翻译", "微信翻译", "讯飞输入法",
        "搜狗输入法", "百度输入法", "五笔输入法", "WhatsApp", "LINE", "KakaoTalk", "Zalo", "国家反诈中心",
        "中国裁判文书网", "中国执行信息公开网", "12368诉讼服务", "丰巢", "菜鸟驿站", "美团", "饿了么", "滴滴代驾",
        "e代驾", "安居客", "贝壳找房", "58同城", "小红书", "知乎", "抖音", "快手", "微博", "支付宝", "云闪付"]
APP_FRAMES = ["{a}上也能查到", "在{a}里看到的", "{a}怎么注销", "卸载了{a}"]

FOODS = ["寿司", "拉面", "天妇罗", "章鱼小丸子", "部队火锅", "石锅拌饭", "炸酱面", "越南河粉", "越南春卷",
         "法棍", "罗宋汤", "大列巴", "手抓饭", "烤馕", "咖喱饭", "印尼炒饭", "沙嗲串", "黄焖鸡", "白切鸡",
         "金汤肥牛", "石锅鱼", "文昌鸡", "常德米粉", "万州烤鱼", "明炉烧鸭", "安庆炒米", "严州干菜饼",
         "周村烧饼", "方糕", "钱江肉丝", "成都冒菜", "江团鱼", "关东煮", "向阳红枣", "于都米粉", "和田大枣",
         "高庄馒头", "白吉馍", "黄米年糕", "金华火腿"]
FOOD_FRAMES = ["中午吃的{f}", "{f}多少钱一份", "想吃{f}了", "楼下新开了家{f}"]

DIALECT = ["俺也不知道咋整", "莫得钱还", "晓得了", "侬晓得伐", "阿拉勿晓得", "搞么事啊", "中不中给个话",
           "得劲得很", "巴适得很", "嘚瑟啥", "别忽悠我", "扯犊子", "靓仔你好", "唔该晒", "冇问题", "揾钱好难",
           "倒灶得很", "老表你听我说", "老铁没毛病", "整明白了再说", "啥子情况", "要得要得", "恁弄啥嘞",
           "额滴神啊", "咋回事儿", "么得办法", "耍朋友", "瓜兮兮的", "贼拉冷", "嘎哈呢"]

HK_LINES = ["佢哋成日打嚟", "我冇借過錢", "財務公司話要上門", "追數公司好惡", "大耳窿唔好借",
            "唔好俾佢哋知道你住邊", "報咗警未", "打去我公司搵我", "屋企人都收到電話", "我哋傾吓點還",
            "個律師信係真定假", "唔該你幫我睇吓", "呢個號碼係邊個", "咪理佢", "入咗數未"]

def build_preserve():
    cands = []
    for ch, words in SURWORD.items():
        for w in words:
            cands.append(w)
            for fr in rng.sample(SURWORD_FRAMES[1:], 1):
                cands.append(fr.format(w=w))
    cands += STYLE_LINES
    for w, lines in WORD_PRESERVE.items():
        cands += lines
    for k in KIN:
        for fr in rng.sample(KIN_FRAMES, 2):
            cands.append(fr.format(k=k))
    for a in APPS:
        for fr in rng.sample(APP_FRAMES, 2):
            cands.append(fr.format(a=a))
    for f in FOODS:
        for fr in rng.sample(FOOD_FRAMES, 2):
            cands.append(fr.format(f=f))
    cands += DIALECT
    cands += HK_LINES
    # traditional-character versions of a sample of the sentences
    pool = [c for c in cands if re.search(r"[\u4e00-\u9fff]", c) and not re.search(r"[a-zA-Z]", c)]
    for c in rng.sample(pool, 160):
        t = (S2HK if rng.random() < 0.3 else S2T).convert(c)
        if t != c:
            cands.append(t)
    return cands

# ===========================================================================
# dedupe against the other corpora (counts only)
# ===========================================================================
def load_other():
    texts, lines = set(), set()
    nfiles = 0
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*.jsonl"))):
        if os.path.basename(f).startswith("scrub_tune19"):
            continue
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.strip()
                if ln:
                    try:
                        texts.add(norm_ws(json.loads(ln)["text"]))
                    except Exception:
                        pass
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, "scrub_*preserve*.txt"))):
        if os.path.basename(f).startswith("scrub_tune19"):
            continue
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for ln in fh:
                ln = ln.rstrip("\n")
                if ln.strip():
                    lines.add(norm_ws(ln))
    return texts, lines, nfiles

# ===========================================================================
def main():
    global BLOCK_TEXT
    other_texts, other_lines, nfiles = load_other()
    print("dedupe: read %d files (%d record texts, %d preserve lines)" % (nfiles, len(other_texts), len(other_lines)))
    # ---- preserve
    cands = build_preserve()
    seen = set()
    pres = []
    n_own_rep = n_eq = 0
    for c in cands:
        k = norm_ws(c)
        if not k or k in seen:
            n_own_rep += 1
            continue
        seen.add(k)
        if k in other_lines or k in other_texts:
            n_eq += 1
            continue
        pres.append(c)
    print("preserve: %d candidates, %d own repeats, %d dropped as equal to another corpus, %d kept"
          % (len(cands), n_own_rep, n_eq, len(pres)))
    # ---- block text: preserve + template literals (names must not occur there)
    lits = []
    for g, t, _ in T:
        lits.append(PH_RE.sub("\x00", t))
    BLOCK_TEXT = "\n".join(pres) + "\n" + "\n".join(lits)
    # ---- plan
    by_group = {}
    for i, (g, t, snd) in enumerate(T):
        by_group.setdefault(g, []).append(i)
    plan = []
    for g, idxs in by_group.items():
        target = max(GROUP_TARGET[g], len(idxs)) if g != "none" else len(idxs)
        chosen = list(idxs)
        while len(chosen) < target:
            chosen.append(rng.choice(idxs))
        plan += chosen
    rng.shuffle(plan)
    records = []
    prev_masked = []
    all_names = []
    word_set = set(WORD_NAMES)
    n_rec_dup = n_none_skip = n_retry = 0
    own_keys = set()
    for ti in plan:
        g, tpl, snd = T[ti]
        if g in TAIL_GROUPS and rng.random() < TAIL_GROUPS[g]:
            base = tpl.rstrip("。")
            tail = rng.choice(TAILS)
            if base[-1:] in "？！…”）" and tail.startswith("。"):
                tail = tail[1:]
            tpl = base + tail
        ok = False
        for attempt in range(80):
            text, spans, ents = render(tpl, g)
            k = norm_ws(text)
            if k in other_texts:
                n_rec_dup += 1
                if g == "none":
                    break
                continue
            if k in own_keys:
                if g == "none":
                    break
                n_retry += 1
                continue
            m = masked(text, spans)
            names = [sp[3] for sp in spans if sp[2] == "name"]
            bad = False
            for v in set(sp[3] for sp in spans):
                if v in m:
                    bad = True
            for v in names:
                vv = v.replace("\n", "")
                if vv in word_set:
                    continue
                if any(vv in pm for pm in prev_masked):
                    bad = True
                    break
            for v in all_names:
                if v in m:
                    bad = True
                    break
            if bad:
                n_retry += 1
                continue
            ok = True
            break
        if not ok:
            if g == "none":
                n_none_skip += 1
                continue
            raise RuntimeError("could not render: " + tpl[:40])
        own_keys.add(k)
        prev_masked.append(m)
        for v in names:
            vv = v.replace("\n", "")
            if vv not in word_set and len(vv) >= 2:
                all_names.append(vv)
        # pii list: order of first appearance, once per (kind, value)
        pii = []
        seenv = set()
        for a, b, kind, v, cls in sorted(spans, key=lambda x: x[0]):
            if (kind, v) in seenv:
                continue
            seenv.add((kind, v))
            pii.append({"kind": kind, "value": v, "_cls": cls})
        sender = None
        if snd == "sms":
            sender = rng.choice(SMS_SENDERS)
        records.append({"group": g, "text": text, "sender": sender, "pii": pii})
    print("records: %d planned, %d draws equal to another corpus's text, %d none-texts skipped, %d redraws"
          % (len(plan), n_rec_dup, n_none_skip, n_retry))
    rng.shuffle(records)
    # ---- final checks
    pres_blob_lines = pres
    for r in records:
        for p in r["pii"]:
            assert p["value"] in r["text"], p
    all_vals = {}
    for r in records:
        for p in r["pii"]:
            all_vals.setdefault(p["value"], p["kind"])
    for ln in pres_blob_lines:
        for v, kind in all_vals.items():
            vv = v.replace("\n", "")
            if kind == "name" and vv in word_set:
                continue
            if len(vv) >= 2 and vv in ln:
                raise RuntimeError("value in preserve line")
    assert len(pres) >= 800, len(pres)
    # ---- write
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune19.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            o = {"id": "t19-%04d" % i, "text": r["text"], "sender": r["sender"],
                 "pii": [{"kind": p["kind"], "value": p["value"]} for p in r["pii"]]}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    rng2 = random.Random(SEED + 1)
    rng2.shuffle(pres)
    with open(os.path.join(OUT_DIR, "scrub_tune19_preserve.txt"), "w", encoding="utf-8") as fh:
        for ln in pres:
            fh.write(ln.replace("\n", " ") + "\n")
    # ---- stats
    from collections import Counter
    kc = Counter(p["kind"] for r in records for p in r["pii"])
    print("records written: %d; with no PII: %d; with a name: %d" % (
        len(records), sum(1 for r in records if not r["pii"]),
        sum(1 for r in records if any(p["kind"] == "name" for p in r["pii"]))))
    print("kinds:", dict(kc.most_common()), "total", sum(kc.values()))
    cc = Counter(p["_cls"] for r in records for p in r["pii"] if p["kind"] == "name")
    print("name forms:", dict(cc.most_common()))
    gc = Counter(r["group"] for r in records)
    gn = Counter()
    for r in records:
        gn[r["group"]] += sum(1 for p in r["pii"] if p["kind"] == "name")
    print("groups:", {g: (gc[g], gn[g]) for g in gc})
    ln_c = Counter()
    for r in records:
        for p in r["pii"]:
            if p["kind"] == "name":
                v = p["value"]
                if re.search(r"[A-Za-z]", v):
                    ln_c["latin"] += 1
                elif re.search(r"[·・‧• \n]", v):
                    ln_c["with separator or line break"] += 1
                elif re.search(r"[\u3040-\u30fa]", v):
                    ln_c["kana"] += 1
                elif re.search(r"[\uac00-\ud7af]", v):
                    ln_c["hangul"] += 1
                elif re.search(r"[·・‧• \n]", v):
                    ln_c["with separator or line break"] += 1
                else:
                    ln_c["%d chars" % len(v)] += 1
    print("name lengths/scripts:", dict(ln_c.most_common()))
    print("preserve lines written:", len(pres))
    uses = Counter(plan)
    per = {}
    for i, (g, t, _) in enumerate(T):
        per.setdefault(g, []).append(uses[i])
    print("uses per template:", {g: (min(v), max(v)) for g, v in per.items()})

if __name__ == "__main__":
    main()
