#!/usr/bin/env python3
"""Generator for scrub_tune35.jsonl and scrub_tune35_preserve.txt.

Blind tuning corpus 35: names that a reader knows to be a person only from
their position (identity questions, titles, possessives, 转告/代还, signatures,
greetings without punctuation, lists, spaced names, brackets and quotes,
speaker labels in chat transcripts, chat system messages, business cards,
memos, e-mail headers), plus other personal data in new formats.

Standard library only.  Deterministic: one random.Random(SEED) for records,
random.Random(SEED + 1) for the preserve list.  No set is iterated.

Environment:
  TUNE35_OUT_DIR     output folder (default: this script's folder)
  TUNE35_DEDUPE_DIR  folder holding the other scrub_* corpora (default: none)
  TUNE35_SUMMARY=1   print count tables (counts only)
The dedupe step opens the other corpora and prints only counts.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20261235
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE35_OUT_DIR", HERE)
DEDUPE_DIR = os.environ.get("TUNE35_DEDUPE_DIR", "")
SUMMARY = os.environ.get("TUNE35_SUMMARY", "") == "1"
PREFIX = "t35"
KINDS = ["name", "phone", "id_number", "bank_card", "address", "email",
         "wechat", "qq", "account", "plate"]

FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                   "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
                   "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")


def fullwidth(s):
    return s.translate(FW).replace(" ", "\u3000")


# ---------------------------------------------------------------------------
# normalisation used by the dedupe and the cross checks
# ---------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat[0] in "PSZ" or cat == "Cc":
            continue
        out.append(ch)
    return re.sub(r"[0-9]+", "0", "".join(out))


def name_key(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\s\u00b7\u2022\u30fb.\-,'’]", "", s)


# ---------------------------------------------------------------------------
# name tables (writer's own)
# ---------------------------------------------------------------------------
WORD_NAMES_MAIN = ["谷雨", "白露", "常青", "夏天", "向前", "高山", "文静", "海燕"]
WORD_NAMES_MORE = ["金秋", "江南", "方正", "安心", "林立", "雷鸣", "单纯", "齐心",
                   "严明", "甘甜", "童心", "温馨", "向东", "石林", "高远", "秦川",
                   "夏至", "高兴", "万一", "任意", "常乐", "景明"]
WORD_NAMES = WORD_NAMES_MAIN + WORD_NAMES_MORE

SUR_COMMON = list("王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾"
                  "肖董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖贾韦付邹"
                  "熊孟秦邱侯尹薛闫段龙黎史陶贺郝顾龚邵覃钱戴莫孔汤康乔牛")
SUR_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "慕容", "令狐", "公孙", "端木",
                "东方", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "闻人", "澹台",
                "尉迟", "第五", "轩辕", "钟离", "百里", "濮阳", "申屠", "赫连", "太史",
                "公冶", "左丘", "梁丘", "巫马", "乐正", "万俟", "独孤", "西门", "东郭"]
SUR_RARE = list("禤亓訾仉笪乜酆眭琚邝鄢郄厍佘逯隗蒯郗冼阚缪庹蔺冉揭宓昝羿晏扈谯"
                "靳粟茹宦辜刁储甄鲍桑佟郜郦")
GIVEN2 = ["建华", "秀英", "志强", "丽娟", "海波", "晓燕", "明辉", "婷婷", "子涵", "浩然",
          "雨桐", "俊杰", "佳怡", "思远", "文博", "欣然", "梓萱", "嘉懿", "一鸣", "昊天",
          "瑞雪", "梦琪", "国栋", "德明", "桂兰", "淑珍", "玉梅", "永福", "春生", "秋菊",
          "冬梅", "学军", "卫东", "红梅", "振华", "立新", "庆丰", "家豪", "雅琴", "慧敏",
          "晓东", "锦程", "若曦", "少华", "宏伟", "启航", "泽宇", "心怡", "安琪", "铭轩",
          "书瑶", "静怡", "子墨", "天佑", "诗涵", "宇航", "晨曦", "博文", "思琪", "嘉豪",
          "凤英", "金凤", "月娥", "玉珍", "长顺", "有才", "满仓", "二丫", "小龙", "建平",
          "海龙", "红霞", "春燕", "新民", "志刚", "丽萍", "艳红", "晓峰", "美玲", "伟东",
          "佳琪", "子豪", "诗雨", "昕妍", "睿泽", "沐阳", "可馨", "梓涵", "一诺", "奕辰"]
GIVEN1 = list("伟敏静磊洋勇军杰娟涛斌超霞平刚燕辉玲鹏丹萍颖琳亮峰凯晨璐倩蕾薇瑶"
              "岚昊翔欣怡琪")

HUI_SUR = ["马"] * 6 + ["纳"] * 4 + ["喇", "哈", "虎", "穆", "者", "沙", "锁", "拜", "撒",
                                     "米", "麻", "海"]
HUI_GIVEN = ["伊斯哈格", "阿依莎", "尤素福", "法图麦", "穆萨", "哈桑", "侯赛因", "阿布杜拉",
             "萨利哈", "宰乃白", "奥斯曼", "尤努斯", "阿丽玛", "努尔", "亚库布", "达吾德",
             "麦尔彦", "海迪彻", "赛里麦", "阿米乃", "伊萨", "阿丹", "萨拉", "鲁克雅",
             "祖拜尔", "叶海亚", "伊勒亚斯", "阿依舍", "苏莱曼", "舍里夫", "哈伦", "阿伊莎"]
UYG_GIVEN = ["阿依努尔", "热依拉", "米日古丽", "帕提古丽", "阿卜杜热合曼", "艾合买提",
             "买买提江", "吐尔逊", "艾力", "热孜万古丽", "努尔艾力", "麦麦提敏", "图尔荪",
             "阿迪力", "阿布来提", "买合木提", "玉苏甫江", "阿依夏木", "艾尼瓦尔", "如克亚",
             "古再丽努尔", "帕尔哈提", "海力且木", "再努尔", "阿力木江", "努尔麦麦提",
             "布合力其", "迪力夏提", "阿依先木", "祖力皮卡尔"]
UYG_FATHER = ["买买提", "艾则孜", "吐尔地", "阿木提", "热合曼", "卡德尔", "艾买提", "肉孜",
              "吾守尔", "司马义", "伊敏", "亚森", "苏来曼", "阿不力孜", "奥斯曼", "依沙克",
              "托乎提", "尼亚孜", "赛买提", "哈斯木", "阿西木", "吐逊", "铁木尔", "乌斯曼"]
KAZ_GIVEN = ["叶尔兰", "阿依达娜", "努尔兰", "别克扎提", "赛力克", "古丽米拉", "达吾列提",
             "阿合买提", "加尔肯", "哈依沙", "巴合提", "叶尔波拉提", "阿斯哈尔", "玛迪娜"]
KAZ_FATHER = ["努尔别克", "哈布都拉", "加肯", "沙肯", "叶尔肯", "胡安", "马合沙提",
              "阿吾力汗", "吐尔逊别克", "托合塔尔"]
TIB_PARTS = ["扎西", "次仁", "卓玛", "格桑", "央金", "拉姆", "多吉", "旺堆", "平措", "德吉",
             "尼玛", "达瓦", "普布", "巴桑", "边巴", "次旦", "索朗", "罗布", "曲珍", "白玛",
             "泽仁", "顿珠", "益西", "桑珠", "群培", "洛桑", "仁增", "贡布", "拉巴", "米玛",
             "旦增", "嘎玛", "央拉", "阿旺", "曲措", "尼珍", "玉珍", "德庆"]
MON_PARTS = ["其其格", "乌日娜", "额尔敦", "苏和", "朝鲁", "那仁", "阿拉坦", "敖登", "图雅",
             "萨仁", "宝音", "孟和", "哈斯", "毕力格", "乌云", "格日勒", "吉雅", "斯琴",
             "查干", "特木尔", "巴雅尔", "达来", "额日和", "诺敏", "阿木尔", "青格勒",
             "满都呼", "苏布达", "塔拉", "阿如汗", "吉日嘎拉", "朝克图"]
MON_SUR = ["包", "白", "韩", "吴", "鲍", "佟", "云", "奇", "宝"]
YI_CLAN = ["吉克", "阿苏", "曲比", "沙马", "阿约", "吉伍", "马黑", "俄木", "海来", "阿尔",
           "阿侯", "瓦扎", "吉木", "阿西", "勒格", "沙玛", "阿的", "日火", "吉伙", "苏呷"]
YI_GIVEN = ["阿依", "拉且", "阿呷", "尔古", "木沙", "伍呷", "阿果", "石者", "日哈", "子拉",
            "阿木", "依火", "史诺", "阿牛", "尔布", "拉哈", "莫色", "阿支", "尔者", "曲木"]
RU_GIVEN = ["娜塔莎", "安德烈", "伊琳娜", "谢尔盖", "塔季扬娜", "阿廖沙", "瓦莲京娜", "尼古拉"]
RU_SUR_M = ["彼得罗夫", "伊万诺夫", "索科洛夫", "瓦西里耶夫", "库兹涅佐夫", "巴甫洛夫"]
RU_SUR_F = ["彼得罗娃", "伊万诺娃", "索科洛娃", "瓦西里耶娃", "库兹涅佐娃", "巴甫洛娃"]
RU_FEM = ["娜塔莎", "伊琳娜", "塔季扬娜", "瓦莲京娜"]

HK_SUR = [("陳", "Chan"), ("黃", "Wong"), ("張", "Cheung"), ("李", "Lee"), ("梁", "Leung"),
          ("劉", "Lau"), ("何", "Ho"), ("林", "Lam"), ("吳", "Ng"), ("曾", "Tsang"),
          ("楊", "Yeung"), ("周", "Chow"), ("謝", "Tse"), ("朱", "Chu"), ("郭", "Kwok"),
          ("羅", "Lo"), ("葉", "Yip"), ("馮", "Fung"), ("麥", "Mak"), ("潘", "Poon"),
          ("鄧", "Tang"), ("關", "Kwan"), ("趙", "Chiu"), ("譚", "Tam"), ("蕭", "Siu"),
          ("袁", "Yuen"), ("蔡", "Choi"), ("許", "Hui"), ("高", "Ko"), ("黎", "Lai"),
          ("區", "Au"), ("邱", "Yau"), ("鍾", "Chung"), ("溫", "Wan"), ("岑", "Shum")]
HK_GIVEN = [("嘉欣", "Ka Yan"), ("志軒", "Chi Hin"), ("詠詩", "Wing Sze"), ("家俊", "Ka Chun"),
            ("凱琳", "Hoi Lam"), ("偉樂", "Wai Lok"), ("美琪", "Mei Kei"), ("子晴", "Tsz Ching"),
            ("浩賢", "Ho Yin"), ("佩珊", "Pui Shan"), ("俊傑", "Chun Kit"), ("詩敏", "Sze Man"),
            ("卓霖", "Cheuk Lam"), ("樂怡", "Lok Yi"), ("振邦", "Chun Pong"), ("綺雯", "Yee Man"),
            ("耀明", "Yiu Ming"), ("潔瑩", "Kit Ying"), ("健雄", "Kin Hung"), ("曉彤", "Hiu Tung"),
            ("家樂", "Ka Lok"), ("芷晴", "Tsz Ching"), ("永康", "Wing Hong"), ("淑儀", "Suk Yi")]
HK_ENG = ["Fanny", "Kelvin", "Winnie", "Ivan", "Cheryl", "Dickson", "Gigi", "Hilda", "Rex",
          "Venus", "Alvin", "Cyrus", "Kenneth", "Natalie", "Priscilla", "Wilson", "Eunice",
          "Jacky", "Ricky", "Sharon", "Yoyo", "Edmond", "Carmen", "Heidi", "Raymond", "Connie",
          "Terence", "Bonnie", "Samson", "Queenie"]
MO_SUR = [("楊", "Ieong"), ("梁", "Leong"), ("周", "Chao"), ("邱", "Iao"), ("黃", "Vong"),
          ("蘇", "Sou"), ("李", "Lei"), ("余", "U"), ("郭", "Kuok"), ("蔡", "Choi"),
          ("譚", "Tam"), ("何", "Ho"), ("林", "Lam"), ("方", "Fong"), ("盧", "Lou"),
          ("鄭", "Cheang"), ("吳", "Ng"), ("陳", "Chan")]
MO_GIVEN = [("國豪", "Kuok Hou"), ("詠欣", "Weng Ian"), ("少玲", "Sio Leng"), ("家雯", "Ka Man"),
            ("志強", "Chi Keong"), ("曉欣", "Hio Ian"), ("偉傑", "Wai Kit"), ("文豪", "Man Hou"),
            ("倩瑜", "Sin U"), ("佩珊", "Pui San"), ("玉娟", "Iok Kuan"), ("嘉樂", "Ka Lok")]
TW_SUR = [("張", "Chang"), ("林", "Lin"), ("黃", "Huang"), ("陳", "Chen"), ("吳", "Wu"),
          ("蔡", "Tsai"), ("許", "Hsu"), ("鄭", "Cheng"), ("謝", "Hsieh"), ("郭", "Kuo"),
          ("曾", "Tseng"), ("周", "Chou"), ("葉", "Yeh"), ("蘇", "Su"), ("呂", "Lu"),
          ("簡", "Chien"), ("洪", "Hung"), ("邱", "Chiu"), ("廖", "Liao"), ("賴", "Lai"),
          ("詹", "Chan"), ("游", "Yu"), ("柯", "Ko"), ("翁", "Weng")]
TW_GIVEN = [("志豪", "Chih-hao"), ("淑芬", "Shu-fen"), ("雅婷", "Ya-ting"), ("家宏", "Chia-hung"),
            ("宇辰", "Yu-chen"), ("欣怡", "Hsin-yi"), ("俊傑", "Chun-chieh"), ("美玲", "Mei-ling"),
            ("宗翰", "Tsung-han"), ("佩瑜", "Pei-yu"), ("文雄", "Wen-hsiung"), ("冠廷", "Kuan-ting"),
            ("怡婷", "I-ting"), ("建宏", "Chien-hung"), ("惠雯", "Hui-wen"), ("承恩", "Cheng-en")]
PY_SUR = ["Zhou", "Liu", "Sun", "Xu", "Guo", "Ma", "Hu", "Zhu", "Lin", "He", "Luo", "Song",
          "Xie", "Han", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng"]
PY_GIVEN = ["Yiming", "Shuang", "Haoran", "Jiayi", "Zixuan", "Ruolan", "Weidong", "Xinyue",
            "Mingze", "Siyu", "Jianguo", "Lina", "Kaiwen", "Yutong", "Zhiyuan", "Mengqi"]

FAMOUS = ["才旦卓玛", "丹增嘉措", "斯琴高娃", "腾格尔", "迪丽热巴", "古力娜扎", "乌云其木格",
          "马云", "马化腾", "王菲", "李娜", "张伟", "王伟", "扎西顿珠", "巴特尔", "热依扎",
          "那英", "欧阳娜娜", "上官婉儿", "诸葛亮", "司马光", "夏侯惇", "令狐冲", "东方不败",
          "西门庆", "慕容复", "欧阳锋", "宇文化及"]

# ---------------------------------------------------------------------------
# fillers that are not personal data
# ---------------------------------------------------------------------------
PLATS = ["安逸花", "360借条", "美团月付", "分期乐", "拍拍贷", "小赢卡贷", "宜人贷", "你我贷",
         "洋钱罐", "众安贷", "榕树贷款", "中邮消费金融", "招联金融", "马上消费金融", "微众银行",
         "京东金条", "抖音月付", "携程拿去花", "度小满", "省呗", "还呗", "好分期", "苏宁任性付",
         "哈啰借钱", "信用飞", "羊小咩", "桔多多", "小花钱包"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "浦发银行",
         "中信银行", "民生银行", "兴业银行", "平安银行", "广发银行", "光大银行", "华夏银行",
         "邮储银行", "北京银行", "宁波银行", "江苏银行", "上海银行", "浙商银行"]
COS = ["江苏恒信资产管理有限公司", "广州粤诚信息咨询有限公司", "深圳前海汇通商务服务有限公司",
       "四川锦诚调解服务中心", "湖南中诚企业管理咨询有限公司", "上海佳速商务咨询有限公司",
       "北京信达远管理咨询有限公司", "重庆渝信资产管理有限公司", "山东鲁诚法律咨询服务有限公司",
       "河南豫顺商务信息咨询有限公司", "安徽徽融资产管理有限公司", "福建闽信商务服务有限公司"]
FIRMS = ["浙江明和律师事务所", "广东正平律师事务所", "上海恒望律师事务所", "四川衡达律师事务所",
         "北京信立律师事务所", "湖北楚信律师事务所", "江苏秉正律师事务所", "陕西汉唐律师事务所",
         "云南滇信律师事务所", "辽宁诚远律师事务所"]
DEPTS = ["法务部", "贷后管理部", "催收中心", "资产保全部", "客户服务中心", "风险管理部",
         "委外管理部", "调解中心", "诉讼部", "信用卡中心", "逾期管理组", "贷后二组"]
TITLES = ["专员", "经理", "主任", "律师", "老师", "阿姨", "主管", "调解员", "组长", "法务",
          "助理", "会计", "师傅", "姐", "哥", "女士", "先生", "总", "科长", "法官", "书记员",
          "大姐", "大哥", "同志"]
TITLE2 = ["催收专员", "客服专员", "区域经理", "贷后专员", "法务专员", "调解员", "风控专员",
          "客户经理", "外访专员", "资产管理专员", "案件经办人", "贷后主管"]
COURTS = ["杭州市西湖区人民法院", "广州市天河区人民法院", "成都市武侯区人民法院",
          "武汉市江汉区人民法院", "南京市鼓楼区人民法院", "长沙市岳麓区人民法院",
          "郑州市金水区人民法院", "西安市雁塔区人民法院", "昆明市五华区人民法院",
          "南宁市江南区人民法院", "重庆市渝中区人民法院", "济南市历下区人民法院",
          "合肥市蜀山区人民法院", "福州市鼓楼区人民法院", "石林彝族自治县人民法院",
          "沈阳市和平区人民法院", "深圳市福田区人民法院", "临夏市人民法院",
          "喀什市人民法院", "西昌市人民法院", "拉萨市城关区人民法院", "呼和浩特市新城区人民法院"]
HK_BANKS = ["恒生銀行", "中銀香港", "東亞銀行", "大新銀行", "星展銀行（香港）", "建行（亞洲）",
            "信銀國際", "富邦銀行（香港）"]
HK_BANKS_EN = ["Hang Seng Bank", "Bank of East Asia", "Dah Sing Bank", "Chong Hing Bank",
               "Public Bank (Hong Kong)", "Fubon Bank"]
TW_BANKS = ["國泰世華銀行", "玉山銀行", "台新銀行", "中國信託", "永豐銀行", "第一銀行", "華南銀行",
            "台北富邦銀行"]
MO_BANKS = ["大豐銀行", "澳門商業銀行", "大西洋銀行", "澳門國際銀行"]

PHRASES_GREET = ["", "", "", "打扰了，", "不好意思，", "再说一遍，"]

MOBILE_PFX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
              "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
              "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
              "186", "187", "188", "189", "191", "198", "199"]
AREA = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0551",
        "0591", "0731", "0871", "0951", "0991", "0891", "0471", "0834", "0930", "0531", "0371"]
REGION = ["110105", "310115", "440106", "330106", "510107", "420103", "320106", "430104",
          "410105", "610113", "530102", "450105", "500103", "370102", "340104", "640104",
          "650102", "540102", "150102", "513401", "622901", "630102", "652801", "653101",
          "654002", "350102", "210102", "440305", "530126", "513229"]
CARD_PFX = ["622202", "621700", "622848", "621661", "622588", "622260", "621226", "622700",
            "623668", "621483", "622609", "622155", "621799", "622908", "628288", "625965"]
PLATE_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com",
            "gmail.com", "yeah.net", "139.com", "hotmail.com", "sohu.com"]
PY_SYL = ["chen", "lin", "yu", "xiao", "ming", "hua", "jie", "li", "fang", "wen", "tao", "hong",
          "qing", "yun", "feng", "lei", "na", "ping", "jun", "xin", "hao", "bo", "kai", "ying"]

PROV_CITY = [("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区", "滨江区"]),
             ("广东省", "广州市", ["天河区", "海珠区", "白云区", "番禺区"]),
             ("广东省", "深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]),
             ("四川省", "成都市", ["武侯区", "锦江区", "成华区", "郫都区"]),
             ("湖北省", "武汉市", ["江汉区", "洪山区", "武昌区"]),
             ("江苏省", "南京市", ["鼓楼区", "秦淮区", "江宁区"]),
             ("河南省", "郑州市", ["金水区", "中原区", "二七区"]),
             ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
             ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区"]),
             ("宁夏回族自治区", "银川市", ["兴庆区", "金凤区"]),
             ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区", "水磨沟区"]),
             ("内蒙古自治区", "呼和浩特市", ["新城区", "赛罕区"]),
             ("西藏自治区", "拉萨市", ["城关区", "堆龙德庆区"]),
             ("甘肃省", "临夏回族自治州", ["临夏市"]),
             ("四川省", "凉山彝族自治州", ["西昌市"]),
             ("", "上海市", ["浦东新区", "徐汇区", "闵行区"]),
             ("", "北京市", ["朝阳区", "海淀区", "丰台区"])]
ROADS = ["文三路", "学院路", "建设北路", "解放大道", "中山南路", "长江路", "团结路", "友谊路",
         "幸福大街", "光华路", "科华北路", "金沙西路", "青年路", "北京南路", "新华街", "民族路",
         "红旗路", "育才路", "东风路", "花园街", "和平路", "滨河路", "五一路", "东环路"]
ESTATES = ["阳光花园", "锦绣家园", "翠苑小区", "金色港湾", "富力城", "万科城市花园", "怡和苑",
           "碧桂园", "丽景湾", "紫荆苑", "书香名邸", "东方华庭", "嘉禾小区", "芳草园"]
TOWNS = [("河南省", "周口市", "郸城县", "宁平镇", "李楼村"),
         ("安徽省", "阜阳市", "临泉县", "杨桥镇", "王营村"),
         ("四川省", "凉山彝族自治州", "昭觉县", "竹核乡", "木渣洛村"),
         ("甘肃省", "临夏回族自治州", "广河县", "三甲集镇", "康家村"),
         ("新疆维吾尔自治区", "喀什地区", "疏附县", "托克扎克镇", "阿亚格曼干村"),
         ("湖南省", "邵阳市", "隆回县", "六都寨镇", "龙山村"),
         ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村")]
HK_ADDR_ZH = [("九龍", "觀塘", "協和街"), ("新界", "沙田", "大圍道"), ("香港", "北角", "英皇道"),
              ("九龍", "深水埗", "長沙灣道"), ("新界", "荃灣", "青山公路"), ("香港", "灣仔", "軒尼詩道")]
HK_ADDR_EN = [("Hip Wo Street", "Kwun Tong", "Kowloon"), ("Tai Wai Road", "Sha Tin", "New Territories"),
              ("King's Road", "North Point", "Hong Kong"), ("Cheung Sha Wan Road", "Sham Shui Po", "Kowloon"),
              ("Castle Peak Road", "Tsuen Wan", "New Territories"), ("Hennessy Road", "Wan Chai", "Hong Kong")]
TW_ADDR = [("台北市", "大安區", "復興南路一段"), ("新北市", "板橋區", "中山路二段"), ("台中市", "西屯區", "台灣大道三段"),
           ("高雄市", "苓雅區", "四維三路"), ("桃園市", "中壢區", "中正路"), ("台南市", "東區", "長榮路二段")]
MO_ADDR = [("澳門", "黑沙環", "馬場北大馬路"), ("澳門", "下環", "河邊新街"), ("氹仔", "", "孫逸仙博士大馬路")]


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def mobile(r):
    return r.choice(MOBILE_PFX) + "".join(r.choice("0123456789") for _ in range(8))


def phone_fmt(r, m=None):
    """A mainland mobile in one of many formats; returns (prefix_text, value)."""
    m = m or mobile(r)
    k = r.randrange(15)
    if k == 0:
        return "", m
    if k == 14:
        return r.choice(["1069 0 ", "10690", "1069-", "106980 ", "1069 "]), m
    if k == 1:
        return "", f"{m[:3]} {m[3:7]} {m[7:]}"
    if k == 2:
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if k == 3:
        return "", f"{m[:3]}/{m[3:7]}/{m[7:]}"
    if k == 4:
        return "", fullwidth(m)
    if k == 5:
        return "", fullwidth(f"{m[:3]} {m[3:7]} {m[7:]}")
    if k == 6:
        return "", "+86 " + f"{m[:3]} {m[3:7]} {m[7:]}"
    if k == 7:
        return "", "(+86)" + m
    if k == 8:
        return "", "0086-" + m
    if k == 9:
        return r.choice(["1069 0 ", "10690", "1069-", "106980 ", "1069 "]), m
    if k == 10:
        return "", f"{m[:3]}.{m[3:7]}.{m[7:]}"
    if k == 11:
        return "", f"{m[:3]} {m[3:]}"
    if k == 12:
        return "", f"{m[:3]}\u3000{m[3:7]}\u3000{m[7:]}"
    return "", m


def landline(r):
    a = r.choice(AREA)
    n = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(7 if len(a) == 3 else 6))
    k = r.randrange(6)
    if k == 0:
        return f"{a}-{n}"
    if k == 1:
        return f"（{a}）{n}"
    if k == 2:
        return f"({a}) {n[:4]} {n[4:]}"
    if k == 3:
        return f"{a}/{n}"
    if k == 4:
        return f"{a} {n[:len(n)//2]} {n[len(n)//2:]}"
    return fullwidth(f"{a}-{n}")


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def id_number(r):
    y = r.randint(1962, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    s17 = f"{r.choice(REGION)}{y:04d}{m:02d}{d:02d}{r.randint(1, 998):03d}"
    full = s17 + id_check(s17)
    if full.endswith("X") and r.random() < 0.3:
        full = full[:-1] + "x"
    k = r.randrange(7)
    if k == 0 or k == 1:
        return full
    if k == 2:
        return f"{full[:6]} {full[6:14]} {full[14:]}"
    if k == 3:
        return f"{full[:6]}/{full[6:14]}/{full[14:]}"
    if k == 4:
        return fullwidth(full)
    if k == 5:
        return f"{full[:6]}-{full[6:14]}-{full[14:]}"
    return f"{full[:3]} {full[3:6]} {full[6:10]} {full[10:14]} {full[14:]}"


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


def bank_card(r):
    n = r.choice([16, 16, 19, 19, 19, 18])
    body = r.choice(CARD_PFX) + "".join(r.choice("0123456789") for _ in range(n - 7))
    c = body + luhn_digit(body)
    k = r.randrange(7)
    g4 = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if k == 0:
        return c
    if k == 1:
        return g4
    if k == 2:
        return g4.replace(" ", "/")
    if k == 3:
        return fullwidth(c)
    if k == 4:
        return g4.replace(" ", "-")
    if k == 5:
        return c[:6] + " " + c[6:]
    return fullwidth(g4)


def address(r):
    k = r.randrange(7)
    sp = r.choice([" ", " ", "", "\u3000"])
    if k == 5:
        p, c, cty, town, vil = r.choice(TOWNS)
        parts = [p, c, cty, town, vil, f"{r.randint(1, 12)}组", f"{r.randint(1, 199)}号"]
        return sp.join(parts)
    p, c, ds = r.choice(PROV_CITY)
    d = r.choice(ds)
    road = r.choice(ROADS)
    head = [x for x in (p if r.random() < 0.4 else "", c, d) if x]
    if k == 0:
        tail = [road, f"{r.randint(1, 999)}号", f"{r.randint(1, 30)}幢", f"{r.randint(1, 6)}单元",
                f"{r.randint(1, 33)}0{r.randint(1, 6)}室"]
    elif k == 1:
        tail = [r.choice(ESTATES), f"{r.randint(1, 40)}栋", f"{r.randint(1, 4)}单元",
                f"{r.randint(2, 32)}0{r.randint(1, 4)}"]
    elif k == 2:
        tail = [road, f"{r.randint(100, 2999)}弄", f"{r.randint(1, 80)}号", f"{r.randint(1, 30)}0{r.randint(1, 4)}室"]
    elif k == 3:
        fl = r.randint(2, 38)
        tail = [road, f"{r.randint(1, 300)}号", r.choice(["A座", "B座", "C座", "2号楼"]),
                f"{fl}层", f"{fl}{r.randint(1, 30):02d}室"]
    elif k == 4:
        tail = [r.choice(ESTATES), f"{r.randint(1, 30)}号楼", f"{r.randint(1, 6)}门", f"{r.randint(1, 24)}0{r.randint(1, 4)}"]
    else:
        tail = [road, f"{r.randint(1, 500)}号院", f"{r.randint(1, 20)}号楼", f"{r.randint(1, 6)}单元",
                f"{r.randint(1, 18)}0{r.randint(1, 4)}室"]
    s = sp.join(head + tail)
    if r.random() < 0.12:
        s = fullwidth(s)
    return s


def hk_address(r, english=False):
    if english:
        st, dist, reg = r.choice(HK_ADDR_EN)
        return f"Flat {r.choice('ABCDEFGH')}, {r.randint(2, 40)}/F, Block {r.randint(1, 6)}, {r.randint(1, 400)} {st}, {dist}, {reg}"
    reg, dist, st = r.choice(HK_ADDR_ZH)
    sp = r.choice([" ", ""])
    return sp.join([reg, dist, st, f"{r.randint(1, 400)}號", f"{r.randint(1, 6)}座", f"{r.randint(2, 40)}樓",
                    f"{r.choice('ABCDEFGH')}室"])


def tw_address(r):
    c, d, road = r.choice(TW_ADDR)
    sp = r.choice([" ", ""])
    return sp.join([c, d, road, f"{r.randint(1, 400)}號", f"{r.randint(2, 20)}樓之{r.randint(1, 9)}"])


def mo_address(r):
    a, b, c = r.choice(MO_ADDR)
    sp = r.choice([" ", ""])
    parts = [x for x in (a, b, c) if x]
    return sp.join(parts + [f"{r.randint(1, 300)}號", f"{r.choice(['利達', '海濱', '東南', '永寧', '富華'])}大廈",
                             f"{r.randint(2, 30)}樓{r.choice('ABCDEFGH')}"])


def email(r):
    user = r.choice(PY_SYL) + r.choice(["", ".", "_"]) + r.choice(PY_SYL)
    if r.random() < 0.7:
        user += str(r.randint(1, 2005))
    if r.random() < 0.2:
        user = str(r.randint(10000, 999999999))
    return f"{user}@{r.choice(MAIL_DOM)}"


def wechat_id(r):
    k = r.randrange(5)
    if k == 0:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if k == 1:
        return r.choice(PY_SYL) + r.choice(PY_SYL) + str(r.randint(10, 9999))
    if k == 2:
        return r.choice(PY_SYL).capitalize() + "_" + r.choice(PY_SYL) + str(r.randint(80, 99))
    if k == 3:
        return r.choice("abcdefghjkmnpqrstwxyz") + r.choice(PY_SYL) + "-" + str(r.randint(100, 99999))
    return r.choice(PY_SYL) + str(r.randint(1000, 99999)) + r.choice(["", "a", "x", "_"])


def qq_number(r):
    n = r.randint(6, 11)
    return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 1))


def account(r):
    k = r.randrange(7)
    d = "".join(r.choice("0123456789") for _ in range(8))
    if k == 0:
        return f"HT/2026/{d[:4]}/{d[4:]}"
    if k == 1:
        return f"JK-2026 {d[:4]} {d[4:]}"
    if k == 2:
        return "DD" + "".join(r.choice("0123456789") for _ in range(14))
    if k == 3:
        return "U" + d + d[:3]
    if k == 4:
        return fullwidth("LN2026" + d)
    if k == 5:
        return f"JJ{r.randint(2023, 2026)}{d}"
    return "C" + d[:2] + "-" + d[2:] + "-" + str(r.randint(10, 99))


def plate(r):
    prov = r.choice(PLATE_PROV)
    let = r.choice(PLATE_LET)
    if r.random() < 0.25:
        tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    else:
        chars = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.randint(0, 2)):
            chars[r.randrange(5)] = r.choice(PLATE_LET)
        tail = "".join(chars)
    sep = r.choice(["", "·", " ", "-", "·"])
    s = f"{prov}{let}{sep}{tail}"
    if r.random() < 0.12:
        s = prov + fullwidth(let + sep.replace(" ", "") + tail)
    return s


def hk_phone(r):
    n = r.choice("569") + "".join(r.choice("0123456789") for _ in range(7))
    k = r.randrange(5)
    if k == 0:
        return f"{n[:4]} {n[4:]}"
    if k == 1:
        return f"+852 {n[:4]} {n[4:]}"
    if k == 2:
        return f"(852) {n[:4]}-{n[4:]}"
    if k == 3:
        return f"852-{n}"
    return n


def mo_phone(r):
    n = "6" + r.choice("2368") + "".join(r.choice("0123456789") for _ in range(6))
    return r.choice([f"+853 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"(853){n}"])


def tw_phone(r):
    n = "09" + "".join(r.choice("0123456789") for _ in range(8))
    return r.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}", f"+886 {n[1:4]} {n[4:7]} {n[7:]}", n, f"{n[:4]} {n[4:]}"])


def hkid(r):
    L = r.choice("ABCDEGHKMPRSVYZ")
    d = "".join(r.choice("0123456789") for _ in range(6))
    vals = [36, ord(L) - 55] + [int(x) for x in d]
    w = [9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(vals, w))
    c = (11 - s % 11) % 11
    cc = "A" if c == 10 else str(c)
    return r.choice([f"{L}{d}({cc})", f"{L}{d}（{cc}）", f"{L}{d}{cc}"])


TW_LETTER = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18,
             "K": 19, "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27,
             "U": 28, "V": 29, "X": 30, "Y": 31, "W": 32, "Z": 33}


def tw_id(r):
    L = r.choice("ABCDEFHJKLMNPQRSTUV")
    g = r.choice("12")
    d = "".join(r.choice("0123456789") for _ in range(7))
    n = TW_LETTER[L]
    digs = [n // 10, n % 10, int(g)] + [int(x) for x in d]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    s = sum(a * b for a, b in zip(digs, w))
    c = (10 - s % 10) % 10
    return f"{L}{g}{d}{c}"


def amount(r):
    k = r.randrange(5)
    n = r.randint(300, 98000)
    if k == 0:
        return str(n)
    if k == 1:
        return f"{n:,}.{r.randint(0, 99):02d}"
    if k == 2:
        return f"{n}.{r.randint(0, 99):02d}"
    if k == 3:
        return str(r.randint(1, 9) * 1000)
    return f"{n:,}"


def date_cn(r):
    k = r.randrange(6)
    d = r.randint(1, 28)
    if k == 0:
        return f"12月{d}日"
    if k == 1:
        return f"2026年12月{d}日"
    if k == 2:
        return r.choice(["本周五", "下周一", "明天中午", "月底", "今天下午五点", "后天"])
    if k == 3:
        return f"12/{d}"
    if k == 4:
        return f"2026-12-{d:02d}"
    return f"1月{d}日"


def time_s(r):
    return f"{r.randint(7, 23):02d}:{r.randint(0, 59):02d}"


# ---------------------------------------------------------------------------
# name samplers: each returns (value, origin)
# ---------------------------------------------------------------------------
def draw_word(r):
    pool = WORD_NAMES_MAIN * 3 + WORD_NAMES_MORE
    return r.choice(pool), "word"


def draw_han(r):
    x = r.random()
    if x < 0.55:
        s, o = r.choice(SUR_COMMON), "han"
    elif x < 0.8:
        s, o = r.choice(SUR_COMPOUND), "han_compound"
    else:
        s, o = r.choice(SUR_RARE), "han_rare"
    g = r.choice(GIVEN2) if r.random() < 0.7 else r.choice(GIVEN1)
    return s + g, o


def spaced(r, name, origin):
    if origin.startswith("han_compound"):
        sur, giv = name[:2], name[2:]
    else:
        sur, giv = name[:1], name[1:]
    k = r.randrange(4)
    if k == 0:
        return sur + " " + giv
    if k == 1:
        return " ".join([sur] + list(giv))
    if k == 2:
        return sur + "\u3000" + giv
    return " ".join(list(name))


def draw_hanspace(r):
    n, o = draw_han(r)
    return spaced(r, n, o), o + "_spaced"


def draw_wordspace(r):
    n, _ = draw_word(r)
    return r.choice([" ", "\u3000"]).join(n), "word_spaced"


def draw_hui(r):
    s = r.choice(HUI_SUR)
    g = r.choice(HUI_GIVEN)
    k = r.random()
    if k < 0.6:
        return s + g, "hui"
    if k < 0.85:
        return s + "·" + g, "hui"
    if k < 0.95:
        return s + " " + g, "hui"
    return s + "•" + g, "hui"


def _sep(r):
    x = r.random()
    if x < 0.45:
        return "·"
    if x < 0.65:
        return ""
    if x < 0.75:
        return "•"
    if x < 0.85:
        return " "
    if x < 0.93:
        return "・"
    return "."


def draw_uyg(r):
    return r.choice(UYG_GIVEN) + _sep(r) + r.choice(UYG_FATHER), "uyghur"


def draw_kaz(r):
    return r.choice(KAZ_GIVEN) + _sep(r) + r.choice(KAZ_FATHER), "kazakh"


def draw_tib(r):
    x = r.random()
    a = r.choice(TIB_PARTS)
    b = r.choice([p for p in TIB_PARTS if p != a])
    if x < 0.55:
        return a + b, "tibetan"
    if x < 0.75:
        return a + "·" + b, "tibetan"
    if x < 0.85:
        return a + " " + b, "tibetan"
    return a, "tibetan"


def draw_mon(r):
    x = r.random()
    a = r.choice(MON_PARTS)
    b = r.choice([p for p in MON_PARTS if p != a])
    if x < 0.35:
        return a + b, "mongolian"
    if x < 0.55:
        return a + "·" + b, "mongolian"
    if x < 0.8:
        return r.choice(MON_SUR) + a, "mongolian"
    return a, "mongolian"


def draw_yi(r):
    x = r.random()
    c, g = r.choice(YI_CLAN), r.choice(YI_GIVEN)
    if x < 0.4:
        return c + g, "yi"
    if x < 0.75:
        return c + "·" + g, "yi"
    if x < 0.9:
        return c + " " + g, "yi"
    return c + "•" + g, "yi"


def draw_ru(r):
    g = r.choice(RU_GIVEN)
    s = r.choice(RU_SUR_F) if g in RU_FEM else r.choice(RU_SUR_M)
    return g + "·" + s, "russian"


def draw_hk(r):
    (sz, sr), (gz, gr) = r.choice(HK_SUR), r.choice(HK_GIVEN)
    eng = r.choice(HK_ENG)
    k = r.randrange(8)
    if k == 0:
        return f"{eng} {sr}", "hk_roman"
    if k == 1:
        return f"{sr.upper()} {gr}", "hk_roman"
    if k == 2:
        a, b = gr.split()
        return f"{sr} {a}-{b.lower()}", "hk_roman"
    if k == 3:
        return f"{eng} {sr.upper()} {gr}", "hk_roman"
    if k == 4:
        return f"{sr}, {gr}", "hk_roman"
    if k == 5:
        return f"{eng} {sr.upper()}", "hk_roman"
    return sz + gz, "hk_trad"


def draw_mo(r):
    (sz, sr), (gz, gr) = r.choice(MO_SUR), r.choice(MO_GIVEN)
    k = r.randrange(4)
    if k == 0:
        return f"{sr.upper()} {gr}", "mo_roman"
    if k == 1:
        return f"{sr} {gr}", "mo_roman"
    if k == 2:
        return f"{sr.upper()}, {gr.upper()}", "mo_roman"
    return sz + gz, "mo_trad"


def draw_tw(r):
    (sz, sr), (gz, gr) = r.choice(TW_SUR), r.choice(TW_GIVEN)
    k = r.randrange(5)
    if k == 0:
        return f"{sr} {gr}", "tw_roman"
    if k == 1:
        return f"{sr.upper()}, {gr}", "tw_roman"
    if k == 2:
        return f"{gr} {sr}", "tw_roman"
    return sz + gz, "tw_trad"


def draw_pinyin(r):
    s, g = r.choice(PY_SUR), r.choice(PY_GIVEN)
    k = r.randrange(3)
    if k == 0:
        return f"{s} {g}", "pinyin"
    if k == 1:
        return f"{g} {s}", "pinyin"
    return f"{s.upper()} {g}", "pinyin"


def draw_minority(r):
    return r.choice([draw_hui, draw_hui, draw_uyg, draw_uyg, draw_kaz, draw_tib, draw_tib,
                     draw_mon, draw_mon, draw_yi, draw_yi, draw_ru])(r)


def draw_roman(r):
    return r.choice([draw_hk, draw_hk, draw_hk, draw_mo, draw_tw, draw_tw])(r)


def draw_mixed(r):
    x = r.random()
    if x < 0.5:
        return draw_han(r)
    if x < 0.68:
        return draw_word(r)
    if x < 0.85:
        return draw_minority(r)
    if x < 0.95:
        return draw_roman(r)
    return draw_pinyin(r)


def draw_label(r):
    """Speaker labels in transcripts: every kind of name."""
    x = r.random()
    if x < 0.32:
        return draw_han(r)
    if x < 0.52:
        return draw_word(r)
    if x < 0.72:
        return draw_minority(r)
    if x < 0.9:
        return draw_roman(r)
    return draw_pinyin(r)


SAMPLERS = {"word": draw_word, "han": draw_han, "hanspace": draw_hanspace,
            "wordspace": draw_wordspace, "hui": draw_hui, "uyg": draw_uyg, "kaz": draw_kaz,
            "tib": draw_tib, "mon": draw_mon, "yi": draw_yi, "ru": draw_ru, "hk": draw_hk,
            "mo": draw_mo, "tw": draw_tw, "pinyin": draw_pinyin, "minority": draw_minority,
            "roman": draw_roman, "mixed": draw_mixed, "label": draw_label}
WORD_ORIGINS = ("word", "word_spaced")


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# Placeholders: {A}..{E} names (class after a colon, e.g. {B:han}); personal
# data {phone} {mob} {land} {idn} {card} {addr} {email} {wx} {qq} {acc}
# {plate} {wxp} {qqp} {hkphone} {hkaddr} {hkaddren} {hkid} {twphone} {twid}
# {twaddr} {mophone} {moaddr}; fillers {plat} {bank} {co} {firm} {dept}
# {title} {title2} {court} {amt} {days} {date} {time} {tail} {n} {hkbank}
# {hkbanken} {twbank} {mobank}.

T_POS = [
    # identity questions
    ("sms", "你是{A}吗？这里是{plat}贷后管理部，你的借款已逾期{days}天，请尽快处理。"),
    ("sms", "请问是{A}吗？我这边是{bank}信用卡中心，您的账单还有{amt}元未还。"),
    ("voice", "喂是{A}吗我是{plat}的{title2}你这个钱什么时候能还上"),
    ("sms", "是{A}本人吗？请回复1确认，回复2表示不是本人。"),
    ("sms", "你好，{A}本人在吗？我们{date}上门核实情况。"),
    ("letter", "{A}本人已于{date}签收催告函，至今仍未履行还款义务。"),
    ("chat1", "我就是{A}本人，你们有事直接找我，别再骚扰我家人。"),
    ("voice", "你是不是{A}你别装不认识我们有你的借款合同"),
    ("chat1", "你到底是不是{A}？是就回个话。"),
    ("sms", "{A}吗？我{B}，上回说的那{amt}块钱这周能给我吗"),
    # name + title
    ("chat1", "{A}{title}您好，我想问一下能不能分{n}期还。"),
    ("chat1", "{A}{title}，我已经按你说的把截图发过去了。"),
    ("chat1", "麻烦{A}{title}帮我查一下，我这笔到底还欠多少。"),
    ("question", "刚才{A}{title}打电话说今天不还就上门，这合法吗？"),
    ("question", "经理{A}答应减免违约金，为什么账单一分没变？"),
    ("chat1", "{title2}{A}您好，这是我这个月的还款凭证。"),
    ("chat1", "{A}阿姨，您儿子欠的钱再不还我们就起诉了。"),
    ("chat1", "{A}老师，您是{B}的班主任吧？麻烦通知一下家长。"),
    ("chat1", "{A}律师，律师函上的金额和我算的不一样。"),
    ("chat1", "{A}主任，调解能不能改到{date}？"),
    ("chat1", "{A}专员，我上午已经还了{amt}元，麻烦查收。"),
    ("question", "{A}经理说可以停息挂账，是真的吗？"),
    ("chat1", "{A}姐，帮我跟公司说说再宽限一周。"),
    ("chat1", "{A}师傅，车{plate}停在地库B2了，钥匙在门卫。"),
    ("letter", "{A}同志：请于{date}到{court}领取法律文书。"),
    ("sms", "{A}女士你好，经核实你名下还有一笔{amt}元的欠款未结清。"),
    ("sms", "尊敬的{A}先生：您在{bank}的分期已全部结清，感谢使用。"),
    ("chat1", "{A}组长，今天的外访名单发我一下。"),
    ("chat1", "{A}科长，单位那边能不能别再接催收电话了"),
    # possessives
    ("chat1", "{A}的电话一直打不通，你是他什么人？"),
    ("chat1", "这是{A}的电话{phone}，以后别打给我了。"),
    ("question", "{A}的名片上写的是{bank}，可他打来的号码是{phone}，是真的吗？"),
    ("chat1", "我手里有{A}的名片，上面只有一个座机{land}。"),
    ("chat1", "钱已经转进{A}的账户了，卡号{card}。"),
    ("chat1", "{A}的账户被冻结了，钱转不出来。"),
    ("chat1", "{A}的{wxp}，你们找他去。"),
    ("chat1", "{A}的身份证号是{idn}，不是我。"),
    ("chat1", "{A}的车{plate}已经抵押出去了。"),
    ("chat1", "{A}的地址是{addr}，你们别来我家。"),
    ("chat1", "{A}的邮箱{email}，合同发那里。"),
    # 转告 / 代还
    ("sms", "请转告{A}，{plat}的欠款{amt}元今天务必处理。"),
    ("sms", "麻烦转告一下{A}，让他回个电话{phone}。"),
    ("chat1", "你帮我转告{A}：钱我月底一定还。"),
    ("voice", "那你转告{A}一声让他今天之内联系我们"),
    ("chat1", "代{A}还款{amt}元，已转账，请核销。"),
    ("chat1", "我是替{A}还的钱，你们不要再打给他了。"),
    ("question", "代{A}还的那{amt}元，能不能开个结清证明？"),
    ("sms", "您代{A}偿还的{amt}元已入账，剩余本金{amt}元。"),
    # greetings without punctuation
    ("sms", "您好{A}您在{plat}的借款已逾期{days}天请尽快还款"),
    ("sms", "你好{A}我是{bank}的{title2}有件事跟你确认一下"),
    ("sms", "您好{A}，{date}是您的最后还款日。"),
    ("sms", "你好{A}这边是{co}受{plat}委托联系你"),
    ("chat1", "{A}你好 我是你同学 借你的钱这周还"),
    ("chat1", "嗨{A}，那笔钱你到底打算怎么办？"),
    ("letter", "{A}：\n你好，关于你在{plat}的借款，我们希望和你协商。"),
    ("letter", "致{A}：请于{date}前结清欠款{amt}元。"),
    ("sms", "早上好{A}今天是还款日别忘了"),
    # brackets / quotes
    ("sms", "【{A}】您尾号{tail}的信用卡本期应还{amt}元。"),
    ("sms", "（{A}）您的{plat}账单已出，请按时还款。"),
    ("question", "“{A}”是谁？我不认识这个人，为什么老给我打电话？"),
    ("chat1", "他们嘴里的\"{A}\"根本不是我"),
    ("sms", "借款人（{A}）已失联，请您协助联系。"),
    ("chat1", "「{A}」这个名字你们从哪里查到的？"),
    ("chat1", "[{A}] 已还{amt}，剩余待还。"),
    # denial / bare / mid
    ("chat1", "我不是{A}，你们打错了！"),
    ("chat1", "你找{A}就找{A}，打我电话干什么？"),
    ("chat1", "{A}？早就不在我们公司了。"),
    ("chat1", "{A}吗？他上个月就离职了。"),
    ("chat1", "找{A}。"),
    ("chat1", "{A}在吗？"),
    ("chat1", "给{A}打了三次都没人接，你们自己看着办。"),
    ("chat1", "这个月的钱是{A}经手的，你问{B}也没用。"),
    ("sms", "你是{A}的什么人？他留的联系人是你。"),
    ("chat1", "我是{A}的同事，不清楚他借钱的事。"),
    ("letter", "经查，该笔款项由{A}代为偿还。"),
    ("question", "截图里收款人显示{A}，是你们公司的人吗？"),
    ("question", "{A}拿走的是我的身份证{idn}，钱不是我借的，怎么办？"),
    ("chat1", "{A}和{B}都是你的紧急联系人吗？"),
]

SIG_BODIES = [
    "您在{plat}的借款已逾期{days}天，请于{date}前处理，以免影响个人征信。",
    "关于您的欠款，我司已受{bank}委托，现正式通知您尽快还款。",
    "如您对账单有异议，可在工作日回电，我们会为您核实。",
    "以上是本月的还款安排，请知悉。",
    "感谢您对我们工作的配合，剩余款项请按约定时间归还。",
    "本函自送达之日起生效，请于七日内与我方联系。",
    "您上次提出的分期方案已审批通过，首期{amt}元请于{date}前存入。",
    "催告函已邮寄至您的户籍地，请注意查收。",
    "您的减免申请仍在审核中，请耐心等待。",
    "我们理解您的困难，但借款合同仍需履行。",
]
SIG_FORMS = [
    "\n——{A}", "\n—— {A}", "\n{A} 敬上", "\n{A}敬上\n{date}", "\n{dept} {A}",
    "\n{co}{dept} {A}", "\n此致\n敬礼！\n{A}", "\n顺颂商祺\n{A}\n{firm}", "\n{firm} {A}律师",
    " —{A}", "（{A}）", "\n{A}\n{date}", "\n[{A}]", "\n{A} 谨启", "\n您的客户经理 {A}",
    "\n{A} {mob}", "\n{A}（{dept}）", "\n发自 {A} 的 iPhone", "\n{dept}  {A}  {land}",
    " 祝好，{A}", "\n{title2} {A} 敬上",
]

T_LIST = [
    ("list", "{A}、{B}、{C}，你们三个谁能联系上他？"),
    ("list", "{A} {B} {C} 都在通讯录里，我们会逐一联系。"),
    ("list", "通讯录里的{A}/{B}/{C}我们都会打一遍。"),
    ("list", "{A}，{B}，{C}，{D}"),
    ("list", "{A}、{B}两位，请转告借款人尽快还款。"),
    ("list", "名单如下：\n1. {A}\n2. {B}\n3. {C}"),
    ("list", "{A}和{B}我都问过了，都说不知道。"),
    ("list", "抄送：{A}；{B}"),
    ("list", "@{A} @{B} 请两位核对一下金额。"),
    ("list", "{A}（{title}）、{B}（{title}）已到场。"),
    ("list", "在场人员：{A}、{B}、{C}"),
    ("list", "{A}|{B}|{C}"),
    ("list", "今天打了{A}、{B}，明天打{C}。"),
]

T_SPACE = [
    ("sms", "尊敬的 {A} 先生：您本期账单已逾期，请尽快还款。"),
    ("sms", "客户 {A} 您好，您的借款将于{date}到期。"),
    ("letter", "{A} 女士：\n您好！关于您在{plat}的欠款，特此函告。"),
    ("sms", "亲爱的 {A} ：您有一笔{amt}元的账单待处理。"),
    ("letter", "致 {A}\n请于{date}前与本所联系。\n{firm}"),
    ("chat1", "{A} 你好，我是{co}的。"),
    ("sms", "【{plat}】{A} 您好，您的还款计划已生成。"),
]

T_MIN = [
    ("chat1", "{A}你好，开斋节快乐，不过你在{plat}的钱该还了。"),
    ("sms", "{A}，古尔邦节过完了，{amt}元的借款请尽快处理。"),
    ("sms", "请问是{A}吗？你在{bank}乌鲁木齐分行的贷款已经逾期。"),
    ("chat1", "{A}的拉面馆我们去过了，门关着。"),
    ("chat1", "{A}你好，那达慕结束了，钱什么时候还？"),
    ("chat1", "{A}，火把节回凉山了吗？借款还差{amt}元。"),
    ("sms", "{A}大哥，牧区信号不好，看到短信回个电话{phone}。"),
    ("chat1", "{A}大姐，虫草卖了先把{plat}还上吧。"),
    ("sms", "您好{A}您在{bank}喀什分行的贷款已逾期{days}天"),
    ("chat1", "你是{A}的弟弟吧？我们联系不上他。"),
    ("chat1", "{A}的身份证上写的是{idn}，跟合同对不上。"),
    ("chat1", "{A}本人在伊犁，电话是{phone}。"),
    ("sms", "给{A}捎个话，{plat}的钱拖了{days}天了。"),
    ("chat1", "{A}老师，您学生家长欠款的事麻烦您提一下。"),
    ("letter", "被申请人{A}，住{addr}。"),
    ("chat1", "雪顿节后我们会再联系{A}。"),
    ("question", "我叫{A}，在西宁打工，{plat}说要起诉我，该怎么办？"),
    ("chat1", "{A}阿姨，您在临夏吗？{B}的钱您知道吗"),
    ("sms", "{A}你好我是{plat}的{title2}你在拉萨吗"),
    ("chat1", "转告{A}：{date}前还不上就移交{court}。"),
    ("chat1", "{A}专员，我是阿克苏的，能不能少还一点"),
    ("voice", "喂{A}吗你在昭觉还是在西昌啊钱的事你考虑好没有"),
]

T_HK = [
    ("letter_en", "Dear {A},\nYour account is overdue by {days} days. Please settle HK${amt} by {datee}.\nCollections Department, {hkbanken}"),
    ("sms_hk", "{A}你好，我哋係{hkbank}追收部，你張卡已經逾期{days}日。"),
    ("sms_hk", "請問係咪{A}？你嘅貸款已經拖咗{days}日，請致電我哋。"),
    ("sms_hk", "唔該轉告{A}，佢張信用卡欠款要盡快還。"),
    ("chat_hk", "{A}小姐你好，請喺{datehk}前回覆。"),
    ("sms_en", "Hi {A}, this is a reminder from {hkbanken}. Please call our hotline during office hours."),
    ("letter_en", "Your repayment plan is attached.\nRegards,\n{A}\nRecovery Officer"),
    ("voice_en", "Hello is this {A} we are calling about your personal loan"),
    ("sms_en", "Please pass this message to {A}: the outstanding balance is HK${amt}."),
    ("sms_hk", "{A}本人請致電{hkphone}，多謝。"),
    ("letter_hk", "掛號信\n收件人：{A}\n送達地址：{hkaddr}\n事由：信用卡欠款追收"),
    ("letter_en", "To: {A}\nAddress: {hkaddren}\nRe: Outstanding balance HK${amt}"),
    ("sms_tw", "{A}您好，您於{twbank}之信用卡帳款已逾期，請儘速繳納。"),
    ("sms_tw", "請問是{A}本人嗎？這裡是{twbank}債權管理部。"),
    ("letter_tw", "{A}先生：本公司受託催收，特此函告。\n{twfirm} 敬啟"),
    ("sms_tw", "代{A}清償之款項新台幣{amt}元已入帳。"),
    ("letter_en", "Kindly contact us within 7 days.\nSincerely,\n{A}"),
    ("email_en", "Best regards,\n{A} | Collections\n{hkbanken}"),
    ("chat_hk", "你筆數幾時還？\n—— {A}"),
    ("letter_mo", "Exmo.(a) Sr.(a) {A},\nO seu empréstimo encontra-se em atraso há {days} dias."),
    ("chat_hk", "{A}：你筆錢幾時還？"),
    ("chat_hk", "{A}，我係{B}，上次借你嗰{amt}蚊幾時還？"),
    ("sms_hk", "{A}先生，{hkbank}職員{B}會再同你聯絡。"),
    ("sms_hk", "你好{A}你嘅{hkbank}私人貸款已經逾期"),
    ("chat_tw", "{A}的電話是{twphone}，你們自己找他。"),
    ("letter_tw", "債務人{A}（身分證字號{twid}），住{twaddr}。"),
    ("sms_mo", "{A}您好，{mobank}提提您：信用卡已逾期，請致電{mophone}。"),
    ("letter_mo", "致{A}：請於{datehk}前清還欠款。地址：{moaddr}"),
    ("chat_hk", "我唔係{A}，你哋打錯。"),
    ("chat_hk", "{A}嘅身份證號碼係{hkid}，同我無關。"),
    ("email_en", "From: {A} <{email}>\nSubject: Repayment arrangement\n\nPlease find the schedule attached."),
    ("chat_tw", "{A}小姐，您的分期已核准，首期{amt}元。"),
    ("letter_en", "cc: {A}; {B}"),
    ("chat_hk", "唔該幫我同{A}講聲，聽日會過數。"),
]

T_OTHER = [
    ("other", "紧急联系电话 {phone}，请勿关机。"),
    ("other", "回电请拨 {phone}（工作日9:00-18:00）"),
    ("other", "请将款项转入 {card}，转账后截图。"),
    ("other", "身份证号码 {idn} 已录入失信名单预审系统。"),
    ("other", "收货地址：{addr}"),
    ("other", "上门地址已确认：{addr}，外访人员{date}到达。"),
    ("other", "加{wxp}，领取减免名额。"),
    ("other", "有问题找我{qqp}"),
    ("other", "车牌 {plate} 的车辆已被列入资产处置清单。"),
    ("other", "合同编号 {acc}，逾期{days}天。"),
    ("other", "订单号：{acc}\n应还：{amt}元"),
    ("other", "邮箱 {email}，电子版借款合同已发送。"),
    ("other", "座机{land}，手机{phone}，两个都能打。"),
    ("other", "卡号：{card}\n开户行：{bank}"),
    ("other", "这是我的身份证：{idn}，你们核一下。"),
    ("other", "我的{wxp}，有事发消息，别打电话。"),
    ("other", "{qqp}，加我发你材料。"),
    ("other", "快递寄到 {addr}，收件电话 {phone}"),
    ("other", "你的车 {plate} 我们已经找到了，停在小区门口。"),
    ("other", "借据号 {acc} 的款项已逾期，请登录APP查看。"),
    ("other", "请拨打{phone}或{land}联系法务。"),
    ("other", "对方账户：{card}（{bank}）"),
    ("other", "邮寄地址 {addr} 不对，请更新。"),
    ("other", "短信回复太慢，加{wxp}更快"),
    ("other", "催收的号码是{phone}，你们查查是不是真的"),
    ("other", "转账备注写{acc}，不然系统匹配不上"),
    ("other", "号码{phone}\n卡号{card}\n身份证{idn}"),
    ("other", "家里地址：{addr}；单位电话：{land}"),
    ("other", "邮件请发 {email} 抄送 {email}"),
    ("other", "{qqp} / {wxp}"),
    ("other", "车辆 {plate}（车主已失联）已由外访组拖回。"),
    ("other", "身份证 {idn}\n银行卡 {card}"),
    ("question", "我的卡{card}被冻结了，说是因为欠{plat}的钱，怎么解冻？"),
    ("other", "ID：{idn}，请核对是否本人。"),
    ("other", "停车场监控拍到 {plate} 在小区出入。"),
    ("other", "还款账户：{card}\n借据：{acc}"),
]


# ---------------------------------------------------------------------------
# chat transcripts, system messages, documents (builders)
# ---------------------------------------------------------------------------
UTTER = ["钱什么时候还？", "下周一定还", "别再打我单位电话了", "我已经还了一部分", "你们这是暴力催收",
         "协商一下分期可以吗", "收到", "嗯", "好的", "我在开会，晚点说", "不是我借的", "截图发你了",
         "[图片]", "[语音] 12\"", "这个月工资还没发", "再宽限三天", "今天下午五点前必须到账",
         "你们的工号多少？", "我要投诉", "已转", "您稍等", "到账了吗", "麻烦看下", "群里别说这个",
         "谁拉我进来的？", "我跟他不熟", "他欠钱关我什么事", "[表情]", "收到，谢谢", "？",
         "我没钱", "明天给你答复", "能不能先还利息", "不要再打了", "发个还款码过来", "[文件] 还款计划.pdf",
         "今天能处理完吗", "你先别急", "我问问家里", "已经报警了", "这个号码是空号", "没问题",
         "那就按你说的办", "利息太高了", "我在外地", "下午三点再打给你", "你们自己去起诉吧",
         "[视频通话] 通话时长 01:12", "[转账] ¥200.00"]
UTTER_TO = ["@{X} 你看下", "{X}你别装死", "{X}，你收到没", "问{X}", "{X}说的对", "{X}？",
            "@{X}\u2005回个话", "跟{X}确认过了"]


def build_transcript(r, ctx, fmt):
    nsp = 2 if fmt == "mergefwd" else r.choice([2, 2, 3, 3, 3, 4])
    labels = [ctx.name(chr(ord("A") + i), "label") for i in range(nsp)]
    others = ["我", "客服", "对方"]
    turns = []
    # each speaker speaks at least once; some only once
    order = list(range(nsp))
    extra = r.randint(0, 3)
    for _ in range(extra):
        order.append(r.randrange(nsp))
    r.shuffle(order)
    if r.random() < 0.35 and fmt != "mergefwd":
        order.insert(r.randrange(len(order) + 1), -1)
    segs = []
    if fmt == "mergefwd":
        a, b = labels[0], labels[1] if nsp > 1 else None
        segs += [(a, "name"), ("和", None), (b, "name"), ("的聊天记录\n", None)]
    h, m = r.randint(8, 22), r.randint(0, 50)
    day = r.randint(10, 27)
    qqs = {}
    for i, sp in enumerate(order):
        utt = r.choice(UTTER)
        if sp == -1:
            lab = [(r.choice(others), None)]
        else:
            lab = [(labels[sp], "name")]
        m += r.randint(0, 4)
        if m >= 60:
            m -= 60
            h += 1
        if h >= 24:
            h = 0
            day += 1
        ts = f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"
        if fmt in ("colon", "mergefwd"):
            segs += lab + [("：", None)]
        elif fmt == "ascii":
            segs += lab + [(": ", None)]
        elif fmt == "bracket":
            segs += [("[", None)] + lab + [("] ", None)]
        elif fmt == "pcexport":
            segs += lab + [(f"  2026/11/{day} {ts}\n", None)]
        elif fmt == "qqexport":
            segs += [(f"2026-11-{day} {ts} ", None)] + lab
            if sp != -1:
                if sp not in qqs:
                    qqs[sp] = qq_number(r)
                segs += [("(", None), (qqs[sp], "qq"), (")", None)]
            segs += [("\n", None)]
        # utterance, sometimes addressing another speaker by name
        if sp != -1 and nsp > 1 and r.random() < 0.25:
            tgt = r.choice([j for j in range(nsp) if j != sp])
            form = r.choice(UTTER_TO)
            pre, post = form.split("{X}")
            segs += [(pre, None), (labels[tgt], "name"), (post, None)]
        else:
            segs += [(utt, None)]
        if i != len(order) - 1:
            segs += [("\n\n" if fmt in ("pcexport", "qqexport") else "\n", None)]
    return segs


SYS_LINES = [
    "“{A}”邀请“{B}”加入了群聊",
    "{A}邀请你和{B}、{C}加入了群聊",
    "{A} 拍了拍 {B}",
    "我拍了拍“{A}”",
    "“{A}”撤回了一条消息",
    "你已添加了{A}，现在可以开始聊天了。",
    "{A}修改群名为“还款协商群”",
    "{A}领取了你的红包",
    "你将“{A}”移出了群聊",
    "{A}已开启了朋友验证，你还不是他（她）朋友。请先发送朋友验证请求，对方验证通过后，才能聊天。",
    "“{A}”通过扫描“{B}”分享的二维码加入群聊",
    "{A}开启了群聊邀请确认",
    "{A}向你推荐了{B}",
    "{A} 已收款",
    "以下是新消息",
    "{A}：[语音]",
    "{A}：好的",
    "“{A}”与群里其他人都不是朋友关系，请注意隐私安全",
    "{A} 加入本群",
    "{A} 退出了群聊",
]


def build_sysmsg(r, ctx):
    n = r.randint(2, 4)
    lines = r.sample(SYS_LINES, n)
    if not any("{" in l for l in lines):
        lines[0] = SYS_LINES[0]
    segs = []
    for i, l in enumerate(lines):
        if r.random() < 0.3:
            segs += [(f"{time_s(r)}\n", None)]
        segs += ctx.render_segments(l)
        if i != len(lines) - 1:
            segs += [("\n", None)]
    return segs


T_DOC = [
    ("email", "发件人：{A} <{email}>\n时间：{date} {time}\n收件人：{B}\n主题：关于{plat}欠款的协商\n\n{B}您好：\n附件是还款计划，请查收。\n\n此致\n{A}\n{co}{dept}"),
    ("email", "From: {A} <{email}>\nTo: {B}\n主题：催告函（第二次）\n\n您好，请于{date}前回复。\n—— {A}"),
    ("email", "{B}：\n您在{plat}的借款已逾期，我司已受托处理。\n如有异议请回复本邮件。\n\n{A}\n{dept} | {co}\n电话：{land}"),
    ("email", "回复：{B}的还款申请\n\n> {B} 写道：\n> 能不能分十二期？\n\n可以，按十二期处理。\n{A}"),
    ("email", "收件人：{B}；{C}\n抄送：{A}\n\n各位好，本案{date}开庭，请准时到场。\n{firm}"),
    ("card", "{A}\n{title2}\n{co}\n手机 {mob}\n地址 {addr}"),
    ("card", "[名片] {A}\n{co}\n微信号：{wx}"),
    ("card", "{co}\n{A} | {title2}\nTel：{land}\nMob：{phone}\nE-mail：{email}"),
    ("card", "{A}向你推荐了{B}"),
    ("card", "{A}\n{firm}\n执业律师\n{mob}"),
    ("card", "名片识别结果\n{A}\n{dept}经理\n{phone}"),
    ("note", "备忘：\n11/03 {A}来电，催{plat}\n11/05 回电{B}，答应月底还"),
    ("note", "待办\n□ 给{A}回电话\n□ 转{amt}给{B}\n□ 问{C}要借条"),
    ("note", "通话记录\n{A}  呼入  2分14秒\n{B}  未接来电\n{mob}  呼出  38秒"),
    ("note", "通讯录\n{A}\n{mob}\n\n{B}\n{mob}"),
    ("note", "日记：今天{A}又打电话来了，说再不还就找我单位的{B}。"),
    ("note", "12/{n} 还{A} {amt}\n12/{n} 还{B} {amt}\n剩{amt}"),
    ("note", "记账：{A} 借 {amt}（已还一半）；{B} 借 {amt}"),
    ("note", "最近来电：\n{phone}\n{A}\n{B}（3）"),
    ("note", "录音文件：与{A}的通话_{time}.m4a"),
    ("note", "{A}的来电 {time}\n未接"),
]

# decorations, so that a template used twice does not give the same skeleton
SMS_PRE = ["", "", "", "【{plat}】", "【{bank}】", "{bank}：", "[{plat}]", "{time} "]
SMS_POST = ["", "", "", "回T退订", "【{plat}】", "（本短信由系统发送）", " 拒收请回复R", "（{dept}）"]
CHAT_PRE = ["", "", "", "{time} ", "[{time}] ", "昨天 {time}\n"]
HK_PRE = ["", "", "【{hkbank}】", "{hkbank}：", "{datehk} "]
HK_POST = ["", "", " 多謝。", " 如已還款請忽略此訊息。", "（{hkbank}）"]
EN_POST = ["", "", " Please ignore this message if payment has been made.", " Thank you.", " ({hkbanken})"]
TW_PRE = ["", "", "【{twbank}】", "{twbank}通知："]


def add_tail(ctx, segs, tail):
    """Append a personal-data tail; after a full stop a comma tail starts a new line."""
    last = segs[-1][0] if segs else ""
    if tail.startswith("，") and last[-1:] in "。！？!?":
        tail = "\n" + tail[1:]
    elif tail.startswith("。") and last[-1:] in "。！？!?":
        tail = "\n" + tail[1:]
    return segs + ctx.render_segments(tail)


def decorate(r, style, tpl):
    if style in ("sms", "other"):
        return r.choice(SMS_PRE) + tpl + r.choice(SMS_POST)
    if style in ("chat1", "voice", "question", "list"):
        return r.choice(CHAT_PRE) + tpl
    if style in ("sms_hk", "chat_hk", "sms_mo", "letter_mo", "letter_hk"):
        return r.choice(HK_PRE) + tpl + r.choice(HK_POST)
    if style in ("sms_en", "voice_en", "email_en", "letter_en"):
        return tpl + r.choice(EN_POST)
    if style in ("sms_tw", "chat_tw", "letter_tw"):
        return r.choice(TW_PRE) + tpl
    return tpl


# extra personal data appended to some name records
TAILS = ["，回电{phone}", "，打{phone}找我", "\n联系电话 {phone}", "（{phone}）", "\n（薇：{wx}）", "，扣扣{qq}", "\n地址：{addr}", "\n车：{plate}",
         "。卡号{card}", "\n身份证 {idn}", "，邮箱{email}", "，合同号{acc}", "，或者打{land}",
         "\nV：{wx}", "\n企鹅 {qq}"]

# ---------------------------------------------------------------------------
# texts without personal data (word-names and cue words in ordinary use)
# ---------------------------------------------------------------------------
NONE_TEXTS = [
    "谷雨时节到了，提醒您本月账单已出，请于{date}前还款。",
    "白露过后早晚凉，别忘了{plat}的还款日是{date}。",
    "常青藤教育分期本期应还{amt}元，请按时还款。",
    "夏天到了，空调电费也别忘了交，信用卡记得按时还。",
    "向前看，欠的钱一笔一笔还，总会还完的。",
    "高山镇人民政府提醒：警惕冒充法院的催收电话。",
    "我女儿性格文静，接到催收电话吓哭了，这种情况能投诉吗？",
    "海燕在暴风雨中飞翔，我们也要扛过这一关，先把最急的那笔还上。",
    "金秋十月，{bank}信用卡分期手续费八折。",
    "江南水乡一日游的团费，我用{plat}分了六期。",
    "字体请用方正仿宋，借条模板已发群里。",
    "请安心等待审核结果，不要相信任何代办征信修复的广告。",
    "这条街高楼林立，外访人员根本找不到门牌。",
    "电话那头电闪雷鸣的，没听清催收员说什么。",
    "我想得太单纯了，以为借五千还五千。",
    "全家齐心协力，三个月把网贷全还清了。",
    "催收公司号称纪律严明，结果还是爆了我通讯录。",
    "泉水甘甜，日子再苦也会过去。",
    "童心未泯的我，居然在游戏里充了两万。",
    "温馨提示：{bank}不会以任何理由要求您转账到陌生账户。",
    "沿着解放大道一直向东走五百米就是{bank}营业厅。",
    "石林彝族自治县人民法院诉讼服务中心工作时间为9:00-17:00。",
    "志向高远是好事，但先把{plat}的账单还了。",
    "八百里秦川，欠款也得一笔笔还。",
    "夏至那天开始逾期的，到现在已经{days}天了。",
    "很高兴为您服务，请问还有什么可以帮您？",
    "万一逾期，会影响个人征信，请提前安排资金。",
    "任意金额均可提前还款，无违约金。",
    "知足常乐，不要再借新还旧了。",
    "春和景明，{plat}踏春分期免息。",
    "您是本人吗？请本人接听后回复1。",
    "请借款人本人到柜台签字确认。",
    "非本人操作请立即致电{bank}客服。",
    "本人已知悉上述还款条款。",
    "客服专员会在24小时内与您联系。",
    "区域经理今天不在，明天再打过来吧。",
    "您的客户经理已变更，请以短信通知为准。",
    "请转告您的家人，不要轻信陌生来电。",
    "代他人还款前请先核实对方身份。",
    "律师的电话打不通，我去律所当面问了。",
    "对公账户信息以官网公布为准。",
    "{bank}信用卡中心 敬上",
    "此致\n敬礼！\n{co}",
    "——{bank}客户服务中心",
    "以上，敬请知悉。{dept}",
    "你撤回了一条消息",
    "对方撤回了一条消息",
    "以下是新消息",
    "群主已开启了群聊邀请确认",
    "客服：您好，请问有什么可以帮您？",
    "系统消息：您的还款已到账。",
    "我：能不能再宽限几天\n客服：这个需要申请",
    "催收员：今天必须还\n借款人：我真的没钱",
    "蔷薇花开的季节，我的网贷却越滚越多。",
    "VIP会员费被自动扣款了，能退吗？",
    "扣款失败，请确认还款卡余额充足。",
    "QQ邮箱收到的账单是不是钓鱼邮件？",
    "回复TD退订，回复1了解详情。",
    "{bank}客服热线95588，请勿回拨陌生号码。",
    "开斋节期间营业时间调整，还款请走手机银行。",
    "那达慕大会期间呼和浩特网点照常营业。",
    "火把节放假三天，还款日不顺延。",
    "一只海燕掠过海面，我坐在码头想怎么还钱。",
    "老师说孩子最近很文静，我才知道家里被催收的事影响了她。",
    "去年夏天开始逾期，今年夏天终于还清了。",
    "谷雨前后雨水多，外访改到下周。",
    "常青树下的长椅上，我给客服打了一个小时电话。",
    "案号（2026）浙0106民初{n}号，请于{date}前提交答辩状。",
    "尾号{tail}的卡片已冻结，请本人携带身份证到网点办理。",
    "你好谷雨时节新茶上市，{plat}分期免息。",
    "您好白露过后早晚凉，{bank}提醒您按时还款。",
    "你好高山镇营业厅今天照常营业，还款请带上银行卡。",
    "立秋、处暑、白露、秋分，一转眼又逾期了一个季度。",
    "春天、夏天、秋天、冬天，催收电话一年四季都没停过。",
    "【温馨提示】本人签字的借条才有效。",
    "客服专员：请问是您本人吗？\n我：是本人。",
    "法务部 敬上\n{date}",
    "高山镇政府的电话打不通，我想问问调解的事。",
    "“常青藤”分期是正规平台吗？",
]

# ---------------------------------------------------------------------------
# preserve list (built from its own random stream)
# ---------------------------------------------------------------------------
OVERLAP_PHRASES = {
    "谷雨": ["谷雨时节", "谷雨前后雨水多", "谷雨过后就是立夏", "今年谷雨在四月二十日", "谷雨茶已经上市",
             "谷雨那天是还款日", "谷雨节气", "谷雨时节的新茶"],
    "白露": ["白露过后早晚凉", "白露节气", "白露为霜", "白露时节天气转凉", "白露前后注意添衣", "白露过后"],
    "常青": ["常青藤", "常青藤学校", "四季常青", "万古常青", "常青树", "常青藤教育", "松柏常青"],
    "夏天": ["夏天到了", "今年夏天特别热", "夏天的电费账单", "去年夏天开始逾期", "夏天过去了",
             "整个夏天", "夏天的时候", "到了夏天"],
    "向前": ["向前看", "一路向前", "勇敢向前", "向前一步", "继续向前", "从今天起向前看", "向前走"],
    "高山": ["高山镇", "高山镇人民政府", "高山流水", "高山上的雪", "高山族", "翻过高山", "高山镇卫生院"],
    "文静": ["文静的女孩", "性格文静", "她很文静", "说话文静", "文静内向", "文静的孩子"],
    "海燕": ["海燕在暴风雨中飞翔", "海燕是一种海鸟", "像海燕一样", "《海燕》这篇课文", "一只海燕掠过海面",
             "海燕在礁石上筑巢"],
    "金秋": ["金秋十月", "金秋时节", "金秋优惠活动", "金秋助学"],
    "江南": ["江南水乡", "南宁市江南区人民法院", "烟雨江南", "江南一带", "江南的梅雨季"],
    "方正": ["方正字体", "方正仿宋", "字迹方正", "为人方正", "方正县"],
    "安心": ["安心还款", "请安心", "安心等待审核结果", "让家人安心", "安心住院"],
    "林立": ["高楼林立", "门店林立", "网贷平台林立"],
    "雷鸣": ["电闪雷鸣", "掌声雷鸣", "雷鸣般的掌声"],
    "单纯": ["单纯的想法", "想得太单纯", "单纯靠工资还不上", "单纯的利息"],
    "齐心": ["齐心协力", "全家齐心", "齐心渡过难关"],
    "严明": ["纪律严明", "赏罚严明", "法纪严明"],
    "甘甜": ["泉水甘甜", "味道甘甜", "甘甜的泉水"],
    "童心": ["童心未泯", "保持童心", "童心书店"],
    "温馨": ["温馨提示", "温馨提醒", "温馨的家", "温馨小贴士"],
    "向东": ["向东走五百米", "一路向东", "大门向东开"],
    "石林": ["石林风景区", "石林彝族自治县", "石林彝族自治县人民法院", "路南石林"],
    "高远": ["志向高远", "天空高远", "目光高远"],
    "秦川": ["八百里秦川", "秦川大地"],
    "夏至": ["夏至那天", "夏至过后", "今天夏至", "冬至夏至"],
    "高兴": ["很高兴为您服务", "高兴得太早", "不高兴", "很高兴认识您"],
    "万一": ["万一逾期", "万一还不上", "以防万一", "万一联系不上"],
    "任意": ["任意金额", "任意一期", "任意一家银行", "任意门"],
    "常乐": ["知足常乐", "常乐我净"],
    "景明": ["春和景明"],
}
TITLE_WORDS = ["客服专员", "区域经理", "催收专员", "法务专员", "贷后经理", "调解员", "书记员",
               "业务主管", "风控经理", "客户经理", "理财经理", "大堂经理", "值班律师", "代理律师",
               "承办法官", "执行法官", "社区主任", "居委会主任", "班主任", "辅导老师", "保洁阿姨",
               "食堂阿姨", "楼下阿姨", "外访专员", "案件经办人", "贷后主管", "客服组长", "网点主任",
               "信贷员", "柜员", "合规专员", "人事经理", "财务主管", "物业经理", "门卫师傅", "司机师傅"]
SELF_WORDS = ["本人签字", "您是本人吗", "请本人到场", "非本人操作", "本人已知悉", "借款人本人",
              "本人承诺按时还款", "须本人办理", "本人签字确认", "是本人吗？请回复1", "请问是机主本人吗",
              "您好，请问是本人吗", "本人身份证原件", "本人名下", "非本人接听", "本人手机号",
              "由本人亲自办理", "本人与借款人无关", "本人不是借款人", "本人同意"]
SIGN_WORDS = ["敬上", "此致 敬礼", "特此通知", "顺颂商祺", "谨启", "敬启", "客服中心 敬上",
              "信用卡中心 敬上", "全体员工 敬上", "法务部 敬上", "此致", "特此函告", "谨此通知",
              "祝好", "盼复", "Yours faithfully", "Kind regards", "Best regards", "Sincerely",
              "Yours sincerely", "Collections Department", "Customer Service Team", "Recovery Officer",
              "Relationship Manager", "——客户服务中心", "——法务部", "落款：公司盖章", "发自我的iPhone",
              "发自我的华为手机"]
ASK_WORDS = ["你是他什么人？", "请转告借款人", "请转告您的家人", "代还款需本人授权", "代家人还款",
             "请勿代他人还款", "代偿后可申请结清证明", "请转告当事人尽快联系我们", "你认识借款人吗？",
             "你是借款人的什么人？", "你是紧急联系人吗？", "麻烦转告一下", "代为转告", "代他还了",
             "客户经理的名片", "律师的电话", "对公账户", "本人账户", "他人账户", "公司的对公账户",
             "法院的电话", "调解中心的地址", "客服的工号", "经理的电话打不通"]
CHAT_SYS = ["你撤回了一条消息", "对方撤回了一条消息", "以下是新消息", "群聊名称已修改",
            "对方已收款", "该消息已过期", "你已退出群聊", "群主已开启群聊邀请确认", "[图片]", "[语音]",
            "[文件]", "[转账]", "[红包]", "消息已发出，但被对方拒收了", "对方正在输入…", "已读",
            "你拍了拍自己", "你领取了红包", "聊天记录", "群公告", "[视频通话] 已取消"]
LABELS = ["客服", "系统消息", "对方", "我", "机器人", "群主", "管理员", "律师", "调解员", "书记员",
          "法官", "催收员", "借款人", "担保人", "家属", "同事", "班主任", "房东", "快递员", "网格员"]
LABEL_LINES = ["您好，请问有什么可以帮您？", "今天必须还款", "我真的没钱", "收到", "已转账", "请核实",
               "这个需要申请", "好的", "稍等", "请保持电话畅通", "请勿轻信陌生来电"]
NUM_LINES = ["客服热线95588", "400-820-8820", "12368诉讼服务热线", "96110反诈专线", "12378银行保险消费投诉",
             "尾号 6621", "尾号6621的卡", "2026/11/03", "2026/12/01到期", "11/03 21:14", "１２月１日",
             "第１２期", "第3/12期", "￥1,280.00", "¥ 3 000.00", "１２８０元", "(2026)浙0106民初1234号",
             "（2026）川3401执567号", "还款日：每月15日", "12/24期", "3期/6期/12期可选", "年化利率24%",
             "日息0.05%", "逾期第31天", "逾期 90+ 天", "借款金额 50,000.00", "剩余本金 12 345.67",
             "账单日 07/15", "营业时间 9:00-17:00", "工作日 09:00/18:00", "人工服务请按0",
             "验证码123456，5分钟内有效", "回复1确认，回复2取消", "编号见附件", "10086查询话费",
             "95533转人工", "1069开头的短信也可能是诈骗", "106开头的号码", "V1.2版本更新",
             "QQ群公告", "微信支付", "支付宝还款", "云闪付", "第１期 ／ 共１２期"]
VQ_LINES = ["蔷薇花开", "紫薇花", "薇甘菊", "V字形反弹", "VIP会员", "扣款失败", "扣费提醒", "扣款成功",
            "QQ音乐会员", "QQ邮箱登录", "微信公众号", "企鹅电竞", "扣扣子", "微信转账", "V领毛衣",
            "VR眼镜分期", "QQ钱包", "微信群聊", "扣分", "扣除违约金"]
REGION_LINES = ["开斋节", "古尔邦节", "那达慕", "火把节", "雪顿节", "肉孜节", "三月三", "泼水节",
                "清真寺", "拉面馆", "牧区", "虫草季", "乌鲁木齐", "喀什", "吐鲁番", "阿克苏", "伊犁",
                "昭觉县", "凉山彝族自治州", "甘孜藏族自治州", "临夏回族自治州", "西宁", "呼伦贝尔",
                "锡林郭勒盟", "巴音郭楞", "拉萨", "日喀则", "那曲", "西昌", "昭苏", "博尔塔拉",
                "新疆维吾尔自治区", "宁夏回族自治区", "内蒙古自治区", "西藏自治区", "回族", "维吾尔族",
                "哈萨克族", "藏族", "蒙古族", "彝族", "俄罗斯族", "经名", "清真食品", "手抓饭", "酥油茶",
                "奶茶店", "马奶酒", "坨坨肉", "藏历新年"]
HKTW_LINES = ["追收部", "私人貸款", "信用卡欠款", "轉數快", "八達通", "唔該", "你好，我哋係客戶服務部",
              "請喺限期前還款", "唔好信陌生來電", "債權管理部", "存證信函", "新台幣", "身分證字號",
              "悠遊卡", "前置協商", "更生清算", "台北市大安區", "九龍觀塘", "旺角", "銅鑼灣", "灣仔",
              "尖沙咀", "氹仔", "黑沙環", "澳門元", "大豐銀行", "恒生銀行", "玉山銀行", "國泰世華銀行",
              "Mong Kok", "Causeway Bay", "Wan Chai", "Kwun Tong", "Sha Tin", "Tsuen Wan", "Taipa",
              "Hang Seng Bank", "Octopus card", "Faster Payment System", "Your payment is overdue",
              "Please contact our Collections Department", "Outstanding balance", "Minimum payment due",
              "Statement date", "grace period", "Dear Customer", "Dear Sir or Madam", "To whom it may concern",
              "Estimado cliente", "Exmo. Senhor"]
DEBT_CLAUSES = ["，请按时还款", "，还款日不变", "，记得查看账单", "，逾期会影响征信", "，协商请拨打官方客服",
                "，请勿轻信陌生来电", "，本期账单已出", "，请保持电话畅通", "，催收电话照样打",
                "，但欠款还是要还", "，我还在想办法还钱", "，请于月底前处理", "，利息照算",
                "，分期申请已提交", "，请提前安排资金"]
WRAPS_PRE = ["温馨提示：", "【提醒】", "转写：", "备注：", "群消息：", "截图文字：", "来电备注：", "通知："]
WRAPS_POST = ["。回复TD退订", "（系统消息）", "。如有疑问请致电客服。", "，请知悉。", "。", "！"]
# position contrasts: a cue word (greeting, 的电话, brackets, lists, signature
# slot, speaker slot) followed or preceded by an ordinary word, not a name
CONTRAST_LINES = [
    "您好客服我想协商还款", "你好经理这笔能分期吗", "您好律师函我收到了", "你好法务部的同事",
    "您好本人已还款", "你好请问是机主吗", "您好请问您是哪位", "你好客服专员在吗", "您好区域经理今天在吗",
    "你好谷雨时节新茶上市", "您好白露过后早晚凉请注意添衣", "你好高山镇营业厅今天照常营业",
    "你好向前走五十米就是营业厅", "您好夏天到了空调分期免息", "您好温馨提示您账单已出",
    "你好万一还不上可以申请延期吗", "您好任意金额都可以还吗", "您好很高兴为您服务",
    "高山镇政府的电话", "常青藤学校的账户", "海燕牌自行车的发票", "江南区法院的地址",
    "石林县营业部的名片", "方正证券的客服电话", "夏天的电费账单", "文静的女孩是我女儿",
    "【温馨提示】您的账单已出", "【谷雨时节】春茶分期", "「向前看」公益讲座", "（夏天限定）分期优惠",
    "“高山流水”是一首古琴曲", "《海燕》是高尔基的散文诗", "“常青藤”指美国的几所大学",
    "立春、雨水、惊蛰、春分、清明、谷雨", "立秋、处暑、白露、秋分、寒露、霜降",
    "芒种、夏至、小暑、大暑", "春天、夏天、秋天、冬天", "高山、大海、平原、盆地",
    "金秋、初冬、早春", "客服专员、区域经理、法务专员", "借款人、担保人、紧急联系人",
    "——客服专员", "——您的客户经理", "法务部 敬上", "调解员 敬上", "客服中心 谨启",
    "区域经理：明天上门", "客服专员：请您核实", "书记员：请签收", "本人：已知晓",
    "你是借款人吗？", "你是他家属吗？", "请问是您本人吗", "请转告他尽快还款", "代朋友还款可以吗",
    "经理您好", "律师您好", "阿姨您好", "老师好", "主任您好", "专员您好",
    "本人签字：＿＿＿＿", "签字（本人）：", "代还人签字", "本人（签字）", "本人账户的电话",
    "夏天本人也在外地打工", "向前看吧，本人已经还了一半", "谷雨本人没去过茶山",
    "白露那天本人去了银行", "高山上本人信号不好",
]
TITLE_CTX = ["{t}会在24小时内联系您", "请联系您的{t}", "{t}今天不在", "{t}说可以分期", "找{t}也没用",
             "{t}的电话打不通", "{t}已经下班了", "麻烦转给{t}", "{t}您好", "请{t}核实一下",
             "{t}本人签字", "这位{t}态度很好", "我要投诉这个{t}"]


def build_preserve(r):
    cand = []
    bare = []
    for k in WORD_NAMES:
        bare += OVERLAP_PHRASES.get(k, [])
    bare += TITLE_WORDS + SELF_WORDS + SIGN_WORDS + ASK_WORDS + CHAT_SYS + NUM_LINES + VQ_LINES
    bare += REGION_LINES + HKTW_LINES + CONTRAST_LINES
    bare += [f"{l}：{t}" for l, t in zip(LABELS, LABEL_LINES * 3)]
    cand += bare
    combo = []
    ov = [p for k in WORD_NAMES for p in OVERLAP_PHRASES.get(k, [])]
    for p in ov:
        for c in r.sample(DEBT_CLAUSES, 7):
            combo.append(p + c)
    for t in TITLE_WORDS:
        for c in r.sample(TITLE_CTX, 5):
            combo.append(c.format(t=t))
    for t in TITLE_WORDS[:14] + ["外访专员", "案件经办人", "贷后主管", "客服组长", "网点主任", "信贷员", "柜员", "合规专员"]:
        combo.append(r.choice(BANKS + PLATS) + t)
        combo.append(r.choice(BANKS) + r.choice(DEPTS) + t)
    for w in SELF_WORDS + ASK_WORDS + SIGN_WORDS[:15]:
        for c in r.sample(DEBT_CLAUSES, 2):
            combo.append(w.rstrip("？?") + c)
    for w in REGION_LINES:
        for c in r.sample(DEBT_CLAUSES, 2):
            if w.endswith("节") and r.random() < 0.5:
                combo.append(w + "期间" + c.lstrip("，"))
            else:
                combo.append(w + c)
    for w in CONTRAST_LINES:
        for c in r.sample(DEBT_CLAUSES, 2):
            combo.append(w.rstrip("？?") + c)
    for b in BANKS:
        combo.append(f"{b}信用卡中心 敬上")
        combo.append(f"——{b}{r.choice(DEPTS)}")
    for lab in LABELS:
        for t in r.sample(LABEL_LINES, 3):
            combo.append(f"{lab}：{t}")
    for w in VQ_LINES + NUM_LINES:
        combo.append(w + r.choice(DEBT_CLAUSES))
    r.shuffle(combo)
    wrapped = []
    for s in combo[:900]:
        if r.random() < 0.5:
            wrapped.append(r.choice(WRAPS_PRE) + s)
        else:
            wrapped.append(s + r.choice(WRAPS_POST))
    cand += combo + wrapped
    return cand


# ---------------------------------------------------------------------------
# record context
# ---------------------------------------------------------------------------
PH = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?\}")


class Ctx:
    def __init__(self, r, default_cls, gen):
        self.r = r
        self.default = default_cls
        self.names = {}
        self.origins = {}
        self.gen = gen

    def name(self, letter, cls=None):
        if letter not in self.names:
            cls = cls or (self.default if letter == "A" else self.gen.secondary)
            val, origin = self.gen.draw_name(self.r, cls, self.names.values())
            self.names[letter] = val
            self.origins[val] = origin
        return self.names[letter]

    def render_segments(self, tpl):
        r = self.r
        segs = []
        pos = 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                segs.append((tpl[pos:m.start()], None))
            key, cls = m.group(1), m.group(2)
            segs += self.fill(key, cls)
            pos = m.end()
        if pos < len(tpl):
            segs.append((tpl[pos:], None))
        return segs

    def fill(self, key, cls):
        r = self.r
        if len(key) == 1 and key.isupper():
            return [(self.name(key, cls), "name")]
        if key == "phone":
            pre, v = phone_fmt(r)
            return ([(pre, None)] if pre else []) + [(v, "phone")]
        if key == "mob":
            m = mobile(r)
            return [(r.choice([m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}"]), "phone")]
        if key == "land":
            return [(landline(r), "phone")]
        if key == "idn":
            return [(id_number(r), "id_number")]
        if key == "card":
            return [(bank_card(r), "bank_card")]
        if key == "addr":
            return [(address(r), "address")]
        if key == "email":
            return [(email(r), "email")]
        if key == "wx":
            return [(wechat_id(r), "wechat")]
        if key == "qq":
            return [(qq_number(r), "qq")]
        if key == "acc":
            return [(account(r), "account")]
        if key == "plate":
            return [(plate(r), "plate")]
        if key == "wxp":
            pre = r.choice(["薇：", "薇信 ", "V：", "v信", "vx ", "威信号", "加V ", "➕薇", "wx：", "VX:",
                            "绿泡泡 ", "微❤："])
            return [(pre, None), (wechat_id(r), "wechat")]
        if key == "qqp":
            pre = r.choice(["扣扣 ", "扣扣号：", "Q", "企鹅号", "QQ/", "扣扣:", "q q ", "秋秋"])
            return [(pre, None), (qq_number(r), "qq")]
        if key == "hkphone":
            return [(hk_phone(r), "phone")]
        if key == "mophone":
            return [(mo_phone(r), "phone")]
        if key == "twphone":
            return [(tw_phone(r), "phone")]
        if key == "hkaddr":
            return [(hk_address(r), "address")]
        if key == "hkaddren":
            return [(hk_address(r, True), "address")]
        if key == "twaddr":
            return [(tw_address(r), "address")]
        if key == "moaddr":
            return [(mo_address(r), "address")]
        if key == "hkid":
            return [(hkid(r), "id_number")]
        if key == "twid":
            return [(tw_id(r), "id_number")]
        filler = {
            "plat": lambda: r.choice(PLATS), "bank": lambda: r.choice(BANKS),
            "co": lambda: r.choice(COS), "firm": lambda: r.choice(FIRMS),
            "dept": lambda: r.choice(DEPTS), "title": lambda: r.choice(TITLES),
            "title2": lambda: r.choice(TITLE2), "court": lambda: r.choice(COURTS),
            "amt": lambda: amount(r), "days": lambda: str(r.randint(5, 420)),
            "date": lambda: date_cn(r), "time": lambda: time_s(r),
            "tail": lambda: f"{r.randint(0, 9999):04d}", "n": lambda: str(r.randint(2, 36)),
            "hkbank": lambda: r.choice(HK_BANKS), "hkbanken": lambda: r.choice(HK_BANKS_EN),
            "twbank": lambda: r.choice(TW_BANKS), "mobank": lambda: r.choice(MO_BANKS),
            "twfirm": lambda: r.choice(["永信法律事務所", "德和聯合法律事務所", "宏達資產管理股份有限公司"]),
            "datee": lambda: f"{r.randint(1, 28)} December 2026",
            "datehk": lambda: f"12月{r.randint(1, 28)}日",
        }
        if key in filler:
            return [(filler[key](), None)]
        raise KeyError(key)


class Gen:
    def __init__(self, r, forbid_text, other_pres_blob):
        self.r = r
        self.forbid = forbid_text          # my preserve + none texts + template text, normalised keys
        self.other_pres = other_pres_blob  # other corpora's preserve lines, joined
        self.used_keys = {}
        self.secondary = "han"
        self.reject = {"other_preserve": 0, "own_preserve_or_fixed": 0, "used": 0, "famous": 0,
                       "same_record": 0}

    def draw_name(self, r, cls, current):
        cur = list(current)
        for _ in range(400):
            val, origin = SAMPLERS[cls](r)
            key = name_key(val)
            if any(name_key(c) == key or name_key(c) in key or key in name_key(c) for c in cur):
                self.reject["same_record"] += 1
                continue
            if origin in WORD_ORIGINS:
                return val, origin
            if key in (name_key(w) for w in WORD_NAMES):
                self.reject["own_preserve_or_fixed"] += 1
                continue
            if val in FAMOUS or key in (name_key(f) for f in FAMOUS):
                self.reject["famous"] += 1
                continue
            if key in self.used_keys:
                self.reject["used"] += 1
                continue
            if key in self.forbid:
                self.reject["own_preserve_or_fixed"] += 1
                continue
            if self.other_pres and key in self.other_pres:
                self.reject["other_preserve"] += 1
                continue
            return val, origin
        raise RuntimeError("cannot draw name " + cls)


def assemble(segs):
    text = ""
    spans = []
    for s, k in segs:
        if k:
            spans.append((len(text), len(text) + len(s), k, s))
        text += s
    return text, spans


def validate(text, spans):
    vals = {}
    for a, b, k, v in spans:
        if v in vals and vals[v] != k:
            return None
        vals[v] = k
    # a value must not occur inside another value
    vs = list(vals)
    for v in vs:
        for w in vs:
            if v != w and v in w:
                return None
    # every occurrence of a value must be one of its spans
    starts = {}
    for a, b, k, v in spans:
        starts.setdefault(v, []).append(a)
    for v in vs:
        i = text.find(v)
        while i != -1:
            if i not in starts[v]:
                return None
            i = text.find(v, i + 1)
    pii = []
    seen = {}
    for a, b, k, v in sorted(spans):
        if v not in seen:
            seen[v] = 1
            pii.append({"kind": k, "value": v})
    return pii


# ---------------------------------------------------------------------------
# dedupe (prints only counts)
# ---------------------------------------------------------------------------
def skeleton(text, pii):
    s = text
    for p in sorted(pii, key=lambda p: -len(p["value"])):
        s = s.replace(p["value"], "⁅" + p["kind"] + "⁆")
    return norm(s)


def load_others():
    texts, skels, pres = {}, {}, {}
    files = 0
    if not DEDUPE_DIR:
        return texts, skels, pres, files
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if not fn.startswith("scrub_") or "tune35" in fn:
            continue
        path = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            files += 1
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        o = json.loads(line)
                    except ValueError:
                        continue
                    t = o.get("text", "")
                    texts[norm(t)] = 1
                    if isinstance(o.get("pii"), list):
                        try:
                            skels[skeleton(t, o["pii"])] = 1
                        except (KeyError, TypeError):
                            pass
        elif fn.endswith(".txt") and "preserve" in fn:
            files += 1
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if line.strip():
                        pres[norm(line)] = 1
    return texts, skels, pres, files


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
PLAN = [
    # group, count, default class for A, template source
    ("word", 132), ("han", 100), ("minority", 84), ("hkmotw", 50), ("chat", 52),
    ("sysmsg", 28), ("doc", 54), ("other", 60),
]


def main():
    log = {}
    o_texts, o_skels, o_pres, nfiles = load_others()
    log["dedupe_files"] = nfiles
    log["other_texts"] = len(o_texts)
    log["other_skeletons"] = len(o_skels)
    log["other_preserve"] = len(o_pres)
    other_pres_blob = "\n".join(name_key(k) for k in o_pres) if o_pres else ""

    # ---- preserve list
    rp = random.Random(SEED + 1)
    cand = build_preserve(rp)
    preserve, pseen = [], {}
    drop_other = drop_self = 0
    for line in cand:
        line = line.replace("\n", " ").strip()
        if not line:
            continue
        k = norm(line)
        if not k:
            continue
        if k in o_pres or k in o_texts:
            drop_other += 1
            continue
        if k in pseen:
            drop_self += 1
            continue
        pseen[k] = 1
        preserve.append(line)
    rp.shuffle(preserve)
    log["preserve_candidates"] = len(cand)
    log["preserve_dropped_other"] = drop_other
    log["preserve_dropped_self"] = drop_self
    log["preserve_lines"] = len(preserve)

    # ---- records
    r = random.Random(SEED)
    fixed_text = "\n".join(preserve) + "\n" + "\n".join(NONE_TEXTS)
    all_tpl = [t for _, t in T_POS + T_LIST + T_SPACE + T_MIN + T_HK + T_OTHER + T_DOC] + SIG_BODIES + \
              SIG_FORMS + UTTER + UTTER_TO + SYS_LINES + TAILS + PLATS + BANKS + COS + FIRMS + DEPTS + \
              TITLES + TITLE2 + COURTS + HK_BANKS + TW_BANKS + MO_BANKS + ROADS + ESTATES + \
              [" ".join(t) for t in TOWNS] + [" ".join(t) for t in HK_ADDR_ZH] + \
              [" ".join(t) for t in TW_ADDR] + [" ".join(t) for t in MO_ADDR]
    forbid_blob = name_key(fixed_text + "\n" + "\n".join(all_tpl))

    class Forbid:
        def __contains__(self, k):
            return k in forbid_blob
    gen = Gen(r, Forbid(), other_pres_blob)

    records = []   # (text, spans, group, style, tpl_id, origins)
    rejects = {"invalid_spans": 0, "dup_other": 0, "dup_self": 0, "cross_record": 0}
    my_norms, my_skels = {}, {}
    nonword_names = []  # (key, record index)
    rec_keys = []

    def accept(text, spans, group, style, tid, origins):
        pii = validate(text, spans)
        if pii is None:
            rejects["invalid_spans"] += 1
            return False
        k = norm(text)
        sk = skeleton(text, pii)
        if k in o_texts or k in o_pres or sk in o_skels or sk in o_texts or sk in o_pres:
            rejects["dup_other"] += 1
            return False
        if k in my_norms or (pii and sk in my_skels):
            rejects["dup_self"] += 1
            return False
        tkey = name_key(text)
        # no earlier non-word name may occur in this text
        for nk, _ in nonword_names:
            if nk in tkey:
                own = [name_key(p["value"]) for p in pii if p["kind"] == "name"]
                if nk not in own:
                    rejects["cross_record"] += 1
                    return False
        # no new non-word name may occur in an earlier text
        new_nw = [(name_key(p["value"])) for p in pii
                  if p["kind"] == "name" and origins.get(p["value"], "") not in WORD_ORIGINS]
        for nk in new_nw:
            for rk in rec_keys:
                if nk in rk:
                    rejects["cross_record"] += 1
                    return False
        my_norms[k] = 1
        my_skels[sk] = 1
        rec_keys.append(tkey)
        for nk in new_nw:
            nonword_names.append((nk, len(records)))
            gen.used_keys[nk] = 1
        records.append({"text": text, "pii": pii, "group": group, "style": style, "tpl": tid,
                        "origins": {p["value"]: origins.get(p["value"], "") for p in pii
                                    if p["kind"] == "name"}})
        return True

    def cycle(templates, n, n_own):
        own = list(range(n_own))
        rest = list(range(n_own, len(templates)))
        order = []
        while len(order) < n:
            r.shuffle(own)
            r.shuffle(rest)
            order += own + rest
        return order[:n]

    # --- template groups with names
    sig_tpls = [("letter_sig", b + s) for b in SIG_BODIES for s in SIG_FORMS]
    r.shuffle(sig_tpls)
    grp_tpls = {
        "word": [(f"pos{i}", t) for i, t in enumerate(T_POS)] + [(f"sig{i}", t) for i, t in enumerate(sig_tpls[:30])]
                + [(f"list{i}", t) for i, t in enumerate(T_LIST)],
        "han": [(f"space{i}", t) for i, t in enumerate(T_SPACE)] + [(f"sig{i}", t) for i, t in enumerate(sig_tpls[30:60])]
               + [(f"list{i}", t) for i, t in enumerate(T_LIST)] + [(f"pos{i}", t) for i, t in enumerate(T_POS)],
        "minority": [(f"min{i}", t) for i, t in enumerate(T_MIN)] + [(f"pos{i}", t) for i, t in enumerate(T_POS)]
                    + [(f"sig{i}", t) for i, t in enumerate(sig_tpls[60:75])],
        "hkmotw": [(f"hk{i}", t) for i, t in enumerate(T_HK)],
        "doc": [(f"doc{i}", t) for i, t in enumerate(T_DOC)],
        "other": [(f"other{i}", t) for i, t in enumerate(T_OTHER)],
    }
    tpl_use = {}
    failed_tpl = {}
    for group, count in PLAN:
        made = 0
        if group in grp_tpls:
            tpls = grp_tpls[group]
            # own templates first so that every template is used at least once
            n_own = {"han": len(T_SPACE) + 30, "minority": len(T_MIN)}.get(group, len(tpls))
            order = cycle(tpls, count * 3, n_own)
            oi = 0
            while made < count:
                tid, (style, tpl) = tpls[order[oi % len(order)]]
                oi += 1
                for attempt in range(30):
                    if group == "word":
                        cls = "wordspace" if tid.startswith("space") else "word"
                        gen.secondary = r.choice(["han", "han", "word", "mixed"])
                    elif group == "han":
                        cls = "hanspace" if tid.startswith("space") or r.random() < 0.08 else "han"
                        gen.secondary = r.choice(["han", "word", "mixed"])
                    elif group == "minority":
                        cls = "minority"
                        gen.secondary = r.choice(["minority", "han", "mixed"])
                    elif group == "hkmotw":
                        if style.endswith("_tw") or style == "chat_tw":
                            cls = "tw"
                        elif style.endswith("_mo"):
                            cls = "mo"
                        else:
                            cls = r.choice(["hk", "hk", "hk", "mo", "tw", "pinyin"]) if style.endswith("_en") else "hk"
                        gen.secondary = cls
                    elif group == "doc":
                        cls = "label"
                        gen.secondary = "label"
                    else:
                        cls = "han"
                        gen.secondary = "han"
                    ctx = Ctx(r, cls, gen)
                    segs = ctx.render_segments(decorate(r, style, tpl) if tpl_use.get((group, tid)) or attempt else tpl)
                    if group not in ("other", "hkmotw") and r.random() < 0.2:
                        segs = add_tail(ctx, segs, r.choice(TAILS))
                    text, spans = assemble(segs)
                    if accept(text, spans, group, style, tid, ctx.origins):
                        made += 1
                        tpl_use[(group, tid)] = tpl_use.get((group, tid), 0) + 1
                        break
                else:
                    failed_tpl[tid] = failed_tpl.get(tid, 0) + 1
        elif group == "chat":
            fmts = ["colon", "ascii", "colon", "bracket", "pcexport", "qqexport", "mergefwd", "colon"]
            for i in range(count):
                fmt = fmts[i % len(fmts)]
                for attempt in range(50):
                    gen.secondary = "label"
                    ctx = Ctx(r, "label", gen)
                    segs = build_transcript(r, ctx, fmt)
                    if r.random() < 0.15:
                        segs = add_tail(ctx, segs, r.choice(TAILS))
                    text, spans = assemble(segs)
                    if accept(text, spans, group, "chat_" + fmt, "chat_" + fmt, ctx.origins):
                        tpl_use[(group, fmt)] = tpl_use.get((group, fmt), 0) + 1
                        break
                else:
                    raise RuntimeError("chat failing")
        elif group == "sysmsg":
            for i in range(count):
                for attempt in range(50):
                    gen.secondary = "label"
                    ctx = Ctx(r, "label", gen)
                    segs = build_sysmsg(r, ctx)
                    text, spans = assemble(segs)
                    if accept(text, spans, group, "sysmsg", "sysmsg", ctx.origins):
                        break
                else:
                    raise RuntimeError("sysmsg failing")

    # --- none records
    none_kept = 0
    none_drop = 0
    for t in NONE_TEXTS:
        ctx = Ctx(r, "han", gen)
        segs = ctx.render_segments(t)
        text, spans = assemble(segs)
        assert not spans
        k = norm(text)
        if k in o_texts or k in o_pres or k in my_norms:
            none_drop += 1
            continue
        # no name of any record may occur here, except word-names
        tkey = name_key(text)
        if any(nk in tkey for nk, _ in nonword_names):
            none_drop += 1
            continue
        my_norms[k] = 1
        records.append({"text": text, "pii": [], "group": "none", "style": "none", "tpl": "none",
                        "origins": {}})
        none_kept += 1
    log["none_kept"] = none_kept
    log["none_dropped"] = none_drop

    # final safety: no non-word record name occurs in a preserve line
    pres_blob = name_key("\n".join(preserve))
    for nk, _ in nonword_names:
        assert nk not in pres_blob, "name in preserve"

    # shuffle and number
    r.shuffle(records)
    senders = []
    for rec in records:
        x = r.random()
        st = rec["style"]
        if st.startswith(("chat", "note", "card", "email", "question", "sysmsg", "list")) or st == "voice":
            sender = None if x < 0.85 else mobile(r)
        elif st.startswith(("sms_hk", "sms_en")):
            sender = None if x < 0.6 else "+852 " + str(r.randint(5000, 9999)) + " " + str(r.randint(1000, 9999))
        elif st.startswith("sms_tw"):
            sender = None if x < 0.6 else "+886 9" + str(r.randint(10, 99)) + " " + str(r.randint(100, 999)) + " " + str(r.randint(100, 999))
        else:
            if x < 0.55:
                sender = None
            elif x < 0.75:
                sender = "1069" + "".join(r.choice("0123456789") for _ in range(r.randint(6, 10)))
            elif x < 0.9:
                sender = r.choice(["95588", "95533", "95599", "95566", "95555", "95559", "95528",
                                   "95558", "95568", "95595", "95508", "95561"])
            else:
                sender = mobile(r)
        senders.append(sender)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune35.jsonl"), "w", encoding="utf-8") as f:
        for i, (rec, snd) in enumerate(zip(records, senders), 1):
            rec["id"] = f"{PREFIX}-{i:04d}"
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "sender": snd, "pii": rec["pii"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune35_preserve.txt"), "w", encoding="utf-8") as f:
        for line in preserve:
            f.write(line + "\n")
    with open(os.path.join(OUT_DIR, "groups35.json"), "w", encoding="utf-8") as f:
        json.dump({rec["id"]: {"group": rec["group"], "style": rec["style"], "tpl": rec["tpl"],
                               "origins": rec["origins"]} for rec in records},
                  f, ensure_ascii=False, indent=0, sort_keys=True)

    # ---- log (counts only)
    log["records"] = len(records)
    log["record_rejects"] = rejects
    log["name_rejects"] = gen.reject
    kinds = {k: 0 for k in KINDS}
    for rec in records:
        for p in rec["pii"]:
            kinds[p["kind"]] += 1
    log["items"] = kinds
    log["items_total"] = sum(kinds.values())
    used_t = {t: 1 for (g, t) in tpl_use}
    unused = sorted({t: 1 for g, tpls in grp_tpls.items() for t, _ in tpls if t not in used_t})
    log["templates_total"] = len({t: 1 for g, tpls in grp_tpls.items() for t, _ in tpls})
    log["templates_unused"] = unused
    log["templates_failed"] = failed_tpl
    with open(os.path.join(OUT_DIR, "log35.json"), "w", encoding="utf-8") as f:
        json.dump(log, f, ensure_ascii=False, indent=1, sort_keys=True)
    if SUMMARY:
        print(json.dumps(log, ensure_ascii=False, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
