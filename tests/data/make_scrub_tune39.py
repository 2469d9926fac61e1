#!/usr/bin/env python3
"""Tuning corpus 39 for the personal-data scrubber (blind writer).

Theme: work and small business around a debt (riders, drivers, building
sites, factory lines, shops and stalls, online sellers, wage arrears,
suppliers, WeChat remarks, work group chats, pay slips, IOUs, bosses).

Standard library only.  Deterministic: one random.Random(SEED) for the
records, random.Random(SEED + 1) for the preserve list.

Environment:
  TUNE39_OUT_DIR     output folder (default: this script's folder)
  TUNE39_DEDUPE_DIR  folder with other corpora to dedupe against (default: none)

Writes scrub_tune39.jsonl, scrub_tune39_preserve.txt, groups39.json,
log39.json.  Prints counts only.
"""
import json
import os
import re
import sys
import random
import unicodedata

SEED = 20261239
N_RECORDS = 1000
N_NONE_FIXED = 42      # fixed none texts picked
N_NONE_GEN = 10        # generated bare-surname / shop-name none texts

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE39_OUT_DIR") or HERE
DEDUPE_DIR = os.environ.get("TUNE39_DEDUPE_DIR") or ""
OWN_FILES = ("scrub_tune39.jsonl", "scrub_tune39_preserve.txt")

# ---------------------------------------------------------------- tables
COMMON_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范廖方邹熊邱侯孟秦薛阎段雷龙史陶贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹耿焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简娄窦戚岑党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄虞敖巩佘苑迟邝")
WORD_SUR = list("高石常白文金万江向")   # surnames that are common words
COMPOUND_SUR = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "令狐", "公孙",
                "端木", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "东方",
                "尉迟", "独孤", "钟离", "申屠", "轩辕", "澹台", "闻人", "拓跋"]
RARE_SUR = list("禤亓訾仉笪乜酆逯蒯郗眭琚厍郄隗阚冼鄢晁昝缑佴帅")
GIVEN2 = ["建华", "建平", "志明", "志刚", "秀英", "桂英", "玉兰", "丽娟", "晓东",
          "晓峰", "文杰", "俊杰", "子豪", "浩宇", "宇航", "欣怡", "佳怡", "雨婷",
          "丽华", "春梅", "秋菊", "冬梅", "德明", "德胜", "永强", "永刚", "永红",
          "红霞", "艳红", "丽萍", "小燕", "小军", "卫东", "卫国", "振华", "振宇",
          "立新", "立军", "新民", "庆华", "宏伟", "宏亮", "金凤", "凤英", "翠花",
          "桂芳", "淑珍", "淑华", "玉梅", "宝山", "大伟", "大鹏", "鹏飞", "国栋",
          "国良", "国强", "家豪", "嘉伟", "思远", "明辉", "晓丽", "秀兰", "秀珍",
          "美玲", "雪梅", "雅琴", "慧敏", "海涛", "海波", "继东", "红英", "银花",
          "春生", "冬生", "满仓", "来福", "长贵", "兴旺", "德贵", "学文", "德才",
          "玉珍", "月娥", "素芬", "爱华", "爱萍", "少华", "少军", "文斌", "俊峰",
          "晨阳", "梓航", "一鸣", "锦程", "子墨", "雨辰", "诗涵", "梦琪", "静怡"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚斌鑫波辉琳浩凯峰婷雪燕玲萍彬健锋蓉倩翔毅鹏")
# word-names: ordinary words that are also given names (brief)
WORD_NAMES = ["国庆", "建军", "江河", "青山", "春燕", "海军", "红旗", "志强",
              "胜利", "平安", "金龙"]
TRAD_SUR = ["陳", "黃", "劉", "張", "趙", "吳", "鄭", "謝", "許", "蕭", "蘇", "葉",
            "盧", "楊", "鍾", "羅", "何", "林", "馮", "鄧"]
TRAD_GIVEN = ["志偉", "淑芬", "美玲", "俊傑", "建國", "家豪", "雅婷", "國華", "麗華",
              "嘉慧", "冠宇", "怡君", "宗翰", "振興", "文龍", "佩珊", "惠玲", "明輝",
              "偉強", "詠琪", "錦濤", "寶華"]
UY_PARTS = ["艾力", "买买提", "阿不都", "吐尔逊", "热合曼", "阿迪力", "努尔", "艾则孜",
            "古丽", "阿依古丽", "迪丽拜尔", "热依拉", "帕提古丽", "麦合木提", "吾守尔",
            "卡德尔", "托合提", "阿吾提", "依明", "库尔班"]
KZ_PARTS = ["叶尔兰", "努尔兰", "阿斯哈尔", "木拉提", "别克", "加娜尔", "哈力木"]
TIB_PARTS = ["扎西", "次仁", "格桑", "丹增", "尼玛", "达瓦", "央金", "卓玛", "拉姆",
             "顿珠", "旺堆", "平措", "多吉", "白玛"]
MON_PARTS = ["巴特尔", "乌云", "其其格", "苏日娜", "额尔敦", "巴根", "那仁", "图雅",
             "阿拉坦", "敖其尔", "宝音", "朝鲁"]
YI_PARTS1 = ["阿鲁", "吉克", "沙马", "曲比", "阿苏", "海来", "吉伍"]
YI_PARTS2 = ["木呷", "阿依", "拉且", "阿果", "伍沙", "石则", "日哈"]
ZHUANG = ["韦达福", "覃特良", "韦金妹", "黄达贵", "蓝桂宝", "覃美兰", "陆达成"]
PY_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
          ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
          ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
          ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
          ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"),
          ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("蒋", "Jiang")]
PY_GIVEN = [("Jian", "Hua"), ("Zhi", "Ming"), ("Xiao", "Dong"), ("Hai", "Tao"),
            ("Guo", "Qiang"), ("De", "Hua"), ("Xiu", "Ying"), ("Mei", "Ling"),
            ("Jia", "Hui"), ("Zi", "Hao"), ("Yu", "Xuan"), ("Wen", "Jie"),
            ("Li", "Juan"), ("Peng", "Fei"), ("Chun", "Mei"), ("Yong", "Gang"),
            ("Shao", "Hua"), ("Jun", "Feng"), ("Ya", "Qin"), ("Hong", "Xia"),
            ("Kai", None), ("Lei", None), ("Bin", None), ("Na", None), ("Tao", None)]
EN_GIVEN = ["David", "Kevin", "Amy", "Tony", "Jason", "Lily", "Jack", "Eric",
            "Vivian", "Linda", "Leo", "Cindy", "Alan", "Steven", "Helen", "Jenny",
            "Mike", "Peter", "Tina", "Bella", "Ryan", "Wendy", "Allen", "Shirley",
            "Vincent", "Ivy", "Jerry", "Frankie", "Candy", "Kelly"]
INITIAL_BLOCK = {"APP", "GPS", "KPI", "ETC", "VIP", "CEO", "POS", "SOS", "ATM",
                 "CPU", "USB", "LED", "DIY", "SUV", "MPV", "CCTV", "PDF", "WTO",
                 "HHH", "SSS", "ZZZ", "WWW", "XXX", "LOL", "OMG", "WTF", "CNY",
                 "RMB", "JPG", "PNG", "CBD", "EMS", "SF", "BYD", "HR", "QQ"}

# non-personal fillers
APPS = ["美团", "饿了么", "滴滴", "货拉拉", "满帮", "快狗打车", "曹操出行", "T3出行",
        "高德打车", "达达", "闪送", "顺丰同城", "美团众包", "蜂鸟众包"]
EAPPS = ["淘宝", "拼多多", "抖音小店", "快手小店", "京东", "闲鱼", "微店", "小红书"]
LENDERS = ["借呗", "花呗", "微粒贷", "京东金条", "美团借钱", "360借条", "分期乐",
           "安逸花", "网商贷", "度小满", "众安贷", "招联金融"]
SHOPTYPES = ["烧烤店", "面馆", "五金店", "水果摊", "小超市", "快餐店", "奶茶店",
             "修车铺", "理发店", "早餐店", "麻辣烫", "卤菜店", "服装店", "手机店",
             "装修建材店", "洗车店", "干洗店", "快递驿站", "炸鸡店", "凉皮摊"]
SHOPN_FMT = ["老{s}烧烤", "{s}记面馆", "{s}姐五金店", "{s}氏修车行", "老{s}家卤菜",
             "{s}嫂早餐", "{s}哥水果", "小{s}快餐", "{s}记麻辣烫", "{s}师傅修车",
             "{s}家凉皮", "老{s}五金", "{s}记牛肉面", "{s}姐奶茶"]
GOODS = ["烤冷面", "臭豆腐", "手机壳", "袜子", "炒粉", "烤红薯", "凉皮", "糖葫芦",
         "充电宝", "鲜花", "煎饼果子", "水果捞"]
COMPANIES = ["鑫源建筑劳务有限公司", "恒信物流有限公司", "兴旺电子厂", "永盛包装制品厂",
             "华辰服装厂", "佳和食品厂", "众诚人力资源公司", "远航货运公司",
             "城通配送服务公司", "宏图装饰工程公司", "顺达汽车运输队", "锦华纺织厂",
             "新宇塑胶制品厂", "盛达钢结构公司"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "招商银行", "中国邮政储蓄银行",
         "农村信用社", "中国银行", "交通银行"]
CITIES = ["郑州", "东莞", "苏州", "杭州", "成都", "武汉", "广州", "长沙", "合肥",
          "西安", "重庆", "宁波", "佛山", "泉州", "温州", "昆山", "义乌", "临沂"]
DISTRICTN = ["金水区", "二七区", "宝安区", "龙华区", "吴中区", "余杭区", "武侯区",
             "洪山区", "白云区", "雨花区", "蜀山区", "雁塔区", "渝北区", "鄞州区"]
MONTHS = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月",
          "十月", "十一月", "十二月", "上个月", "这个月"]

CITY_DIST = [
    ("郑州市", ["金水区", "二七区", "管城回族区", "中原区", "惠济区", "郑东新区"]),
    ("深圳市", ["宝安区", "龙华区", "龙岗区", "南山区", "坪山区"]),
    ("东莞市", ["长安镇", "虎门镇", "塘厦镇", "凤岗镇", "松山湖"]),
    ("苏州市", ["吴中区", "相城区", "工业园区", "昆山市"]),
    ("杭州市", ["余杭区", "萧山区", "拱墅区", "滨江区"]),
    ("成都市", ["武侯区", "成华区", "双流区", "郫都区"]),
    ("武汉市", ["洪山区", "江夏区", "硚口区", "汉阳区"]),
    ("广州市", ["白云区", "番禺区", "天河区", "海珠区"]),
    ("长沙市", ["雨花区", "岳麓区", "开福区"]),
    ("合肥市", ["蜀山区", "包河区", "瑶海区"]),
    ("西安市", ["雁塔区", "未央区", "长安区"]),
    ("重庆市", ["渝北区", "九龙坡区", "沙坪坝区"]),
    ("宁波市", ["鄞州区", "北仑区"]),
    ("佛山市", ["南海区", "顺德区"]),
    ("泉州市", ["晋江市", "石狮市"]),
]
ROADS = ["文化路", "建设路", "人民路", "解放路", "中山路", "工农路", "和平路", "长江路",
         "黄河路", "花园路", "农业路", "纬五路", "经三路", "桂花路", "民主路", "新华路",
         "东风路", "幸福路", "育英路", "迎宾大道", "科技大道", "工业大道", "创业路",
         "兴业路", "富民路", "振兴路", "南环路", "北环路", "滨河路", "丰产路", "商城路"]
MARKETS = ["农贸市场", "建材市场", "五金城", "小商品城", "批发市场", "夜市街"]
PROJECTS = ["锦绣花园三期", "翡翠城", "滨江壹号", "御景湾", "碧水蓝湾", "书香苑",
            "阳光新城", "盛世名门", "紫荆苑二期", "宏图大厦", "幸福里安置房", "产业园二期"]
PARKS = ["科技", "电子", "光电", "服装", "物流", "食品"]
COUNTIES = ["河南省太康县", "河南省固始县", "安徽省临泉县", "安徽省寿县", "四川省仁寿县",
            "四川省大竹县", "湖南省邵东市", "江西省于都县", "贵州省毕节市七星关区",
            "广西壮族自治区博白县", "湖北省监利市", "甘肃省会宁县", "山东省曹县",
            "河北省大名县"]
TOWNS = ["城关镇", "马集镇", "老庄镇", "白土镇", "三河镇", "新店镇", "龙塘镇",
         "高桥镇", "黄庄乡", "石桥镇"]
VILLAGES = ["李楼村", "王营村", "后张庄村", "小河村", "前湾村", "刘岗村", "周寨村",
            "大柳树村", "杨湾村", "十里铺村"]
CN_NUM = "一二三四五六七八九十"
PROVS = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                 "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
                 "186", "187", "188", "189", "191", "198", "199"]
AREA_CODES = ["010", "021", "020", "0755", "0371", "0512", "0769", "0574", "028",
              "023", "0531", "027", "029", "0571", "0592", "0551", "0731", "0757"]
ID_AREAS = ["410102", "411421", "430521", "510181", "320382", "370783", "130682",
            "420117", "350627", "522401", "445281", "362430", "500228", "610527",
            "140581", "412726", "341221", "450922", "620422", "371721"]
CARD_PREFIX = [("622848", 19), ("621700", 19), ("622202", 19), ("621226", 19),
               ("622588", 16), ("436742", 16), ("621483", 16), ("622908", 19),
               ("623058", 19), ("621799", 19), ("622262", 19), ("625965", 16)]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                "hotmail.com", "outlook.com", "yeah.net"]

# ---------------------------------------------------------------- templates
T = {}
T["rider"] = [
    "站长{A}说这个月的跑单补贴先扣着，因为有人打电话到站里催我还{LEND}的钱",
    "{A}站长，催收的人又打到站里了，我下周就还，别停我的单",
    "我是{APP}骑手{A}，骑手ID {RIDER}，催收把电话打到了配送站，站长{B}让我自己处理",
    "配送站在{ADDR_SHOP}，他们上门找{A}，说他欠了{LEND}{AMT}",
    "骑手群里@{A} 你电话是不是{PH}？有人在问你",
    "{A}的电动车牌{EBIKE}被催收拍了发到群里",
    "站长{A}{PH}，有事直接找他，别打我家里",
    "今天{A}跑了{N}单，催收打了十几个电话，差点超时",
    "骑手{A}和{B}都被问到了，说我借了他们的名字",
    "跟站长{A}借了{AMT}交电动车押金，{DATE}还他",
    "{A}是我们站的片区经理，催收找到他那边去了",
    "催收说要去{ADDR_SHOP}堵我，那是我们站点，站长{A}已经知道了",
    "新来的骑手{A}，骑手ID {RIDER}，手机{PH}，欠了网贷想问问怎么办",
    "{A}师傅送外卖摔了，医药费{AMT}还是跟我借的",
]
T["driver"] = [
    "车队长{A}：明天早上六点装货，{B}的车{TRUCK}去{CITYN}",
    "调度{A}说催收打到公司了，让我先把车停在场里",
    "我跑网约车，车牌{PLATE}，平台派单的时候乘客说有人在找{A}",
    "货车{TRUCK}的车主是{A}，挂靠在我们公司，他欠的钱我们不管",
    "{A}开的{PLATE}那辆车被拖走了，说是车贷逾期",
    "{A}师傅你好，我是车队的{B}，催收的电话我已经转给老板了",
    "司机{A}（{PH}）这个月运费还差{AMT}没结",
    "网约车司机{A}，司机ID {DRIVER}，流水被冻结了",
    "调度群：@{A} 你那车{PLATE}下午去年检，别让催收的人跟着",
    "车队长{A}替我垫了{AMT}油钱，{DATE}从运费里扣",
    "找{A}拉货的老板说，{A}的手机号{PH}被挂到网上了",
    "{A}的驾驶证和身份证{ID}都押在车队那里",
    "{A}和{B}两个人合伙买的车，车贷是{B}的名字",
]
T["site"] = [
    "包工头{A}欠我们班组工钱{AMT}，过年前说好给的",
    "工长{A}：明天{ADDR_SITE}浇筑，七点到，迟到扣钱",
    "班组长{A}说催收打到项目部了，项目经理{B}很生气",
    "{A}工，图纸我放在工地办公室了，你那个网贷的事赶紧处理",
    "我们在{ADDR_SITE}干了四个月，包工头{A}跑了，电话{PH}打不通",
    "{A}带的木工班组一共{N}个人，工钱都压在{B}那里",
    "钢筋工{A}，身份证{ID}，欠薪{AMT}，要求项目部结清",
    "{A}师傅（瓦工）{PH}，活干完了钱一直拖着",
    "项目经理{A}说总包没拨款，让我们找劳务公司的{B}",
    "催收打给工地门卫，说要找{A}，门卫说没这个人",
    "包工头{A}让我们把工资卡交给他保管，我的卡号{CARD}",
    "{A}{AMT}{B}{AMT2}，这是去年十二月的欠薪",
    "住在工地宿舍{ADDR_DORM}的{A}被人堵了",
    "安全员{A}说工地上不让外人进，催收的人就在门口等",
]
T["factory"] = [
    "线长{A}：今天加班到十点，{B}和{C}调到二号线",
    "拉长{A}把我叫去办公室，说催收打到人事部了",
    "组长{A}，工号{EMP}，夜班",
    "我在电子厂上班，宿舍在{ADDR_DORM}，催收说要来找我",
    "人事{A}说再有电话打到厂里就让我走人",
    "{A}是我们线上的质检，她借了我{AMT}一直没还",
    "车间主任{A}问我是不是欠了网贷，厂里接了好几个电话",
    "工号{EMP}的{A}今天没来，催收的人在厂门口问",
    "和{A}一个宿舍，他把我的电话{PH}填成了紧急联系人",
    "{A}组长你好，我想预支{AMT}工资，下个月扣",
    "白班：{A}、{B}；夜班：{C}",
    "厂里的财务{A}说我的工资卡{CARD}被冻结了",
    "{A}拉长说新来的{B}是催收冒充的，别理",
]
T["shop"] = [
    "{SHOPN}的老板{A}说我赊了{AMT}的货",
    "我在{ADDR_SHOP}开了个{SHOPTYPE}，催收天天来店里找{A}",
    "{A} {SHOPTYPE} {ADDR_SHOP} 电话{PH}",
    "隔壁{SHOPN}的{A}帮我挡了一下",
    "房东{A}说再欠房租就把{SHOPTYPE}的门锁了",
    "{A}在夜市摆摊卖{GOOD}，欠了我两个月的摊位费",
    "我们{SHOPN}的收款码是{A}的，钱都进了他的卡{CARD}",
    "{A}老板，你店里的员工{B}借了我{AMT}",
    "{SHOPN}转让，联系{A}{PH}",
    "催收冒充顾客到{SHOPN}，问{A}在不在",
    "菜市场{STALL}号摊位的{A}，欠供货款{AMT}",
    "{A}姐的{SHOPTYPE}被人贴了催款单",
    "合伙开店的{A}卷了钱跑了，营业执照上还是我的名字",
    "店员{A}说有个人拿着我的身份证复印件{ID}在店门口问",
]
T["online"] = [
    "店主{A}：亲，退款已经处理了，别再打我们店铺电话了",
    "客服{A}说店铺ID {STORE}被平台限制提现",
    "主播{A}直播的时候有人刷屏说她欠钱不还",
    "我在{EAPP}开网店，催收冒充买家给客服{A}发消息",
    "{A}的支付宝{ALIPAY}，货款{AMT}已经转过去了",
    "店铺后台登记的负责人是{A}，身份证{ID}",
    "主播{A}的经纪人{B}说直播间被人挂了",
    "供货商{A}发货晚了，我的店被扣了保证金",
    "客服{A}，工号{EMP}，今天晚班",
    "{A}你好，我是网店客服，你的收货地址{ADDR_HOME}对吗",
    "买家{A}退货不退钱，还留言说我欠他钱",
    "合作的带货主播{A}，微信{WX}，佣金还没结",
    "店主{A}的邮箱{EMAIL}收到了平台的冻结通知",
]
T["wage"] = [
    "我要投诉{COMPANY}拖欠工资，负责人{A}，电话{PH}，欠薪{AMT}",
    "已经打了12333，劳动监察的{A}说三个工作日内回复",
    "劳动监察大队{A}：你反映的{COMPANY}欠薪问题已受理",
    "仲裁申请人：{A}，身份证号{ID}，被申请人：{COMPANY}",
    "我们班组一共{N}人，{A}、{B}、{C}都没拿到工资",
    "欠薪的老板{A}说要等甲方回款，我们等不了了",
    "劳动仲裁委的{A}让我把考勤表和工资条带过去",
    "工友{A}说可以去人社局找{B}科长",
    "投诉人{A}，住址{ADDR_HOME}，被投诉单位拖欠工资{AMT}",
    "12333接线员说让我去{DISTRICTN}劳动监察大队，找{A}",
    "老板{A}欠薪跑路了，他身份证{ID}，车牌{PLATE}",
    "欠我工资的是{COMPANY}的{A}，他现在又去做别的工程了",
]
T["supplier"] = [
    "{A}，你上个月的货款{AMT}什么时候结？",
    "对账单：客户{A}，{DATE}，赊账{AMT}",
    "送货单上签收人是{A}，不是我",
    "供应商{A}的对公账户打不进去，让打到他个人卡{CARD}",
    "{A}老板说货款要等下游客户{B}结了才能给",
    "老客户{A}欠了半年的货款，电话{PH}也换了",
    "{A}经理，这批货的发票已经开好了",
    "{A}在我这拿了三年的货，去年开始赊账",
    "我跟{A}对了一下账，他还欠{AMT}，约好{DATE}前付清",
    "物流说收货人{A}，地址{ADDR_SHOP}，拒收",
    "催收打电话给我的客户{A}，说我欠钱不还，生意都黄了",
    "货款转给{A}了，他的微信是{WX}",
    "对账单发到{A}的邮箱{EMAIL}了",
    "{A}加我QQ{QQ}要货，说货款下月结",
]
T["remark"] = [
    "微信备注：{A}-装修",
    "我手机里存的是“{A} 五金”，号码{PH}",
    "通讯录里{A}-水电、{B}-瓷砖、{C}-货车都被打了电话",
    "备注名“{A}（欠{AMT}）”，是我自己记账用的",
    "他微信备注是{A}-搬家，微信号{WX}",
    "备注：{A} 站长 {PH}",
    "我给他的备注是“{A}包工头”",
    "{A}-货拉拉 {PH}",
    "通讯录：{A} 车队；{B} 调度；{C} 房东",
    "备注{A}·{SHOPTYPE}，催收也打过去了",
    "微信备注“{I}-工地”的那个是我们班组长",
    "存的名字是{A}五金，其实是供货的",
    "{A}-装修队 QQ{QQ}",
]
T["group"] = [
    "@{A} 明天早班六点，别迟到",
    "{A}：@{B} 你欠的钱别让人打到群里来",
    "工地群里{A}发了一张催款函，上面有{B}的名字",
    "@{A} @{B} 今天的工资条发了，自己看",
    "群公告：{A}已离职，有事找{B}",
    "“{A}”撤回了一条消息",
    "@所有人 有陌生人加群说找{A}，大家别理",
    "“{A}”拍了拍“{B}”",
    "车队群：{A} 今天跑{CITYN}，{B} 休息",
    "“{A}”邀请“{B}”加入了群聊",
    "店里的群：@{A} 收银台的钱少了{AMT}",
    "@{A} 你的电话{PH}被人发到我们骑手群了",
    "工友QQ群里{A}说他QQ{QQ}被盗了，别信借钱的消息",
]
T["payslip"] = [
    "工资条 姓名：{A} 工号：{EMP} 应发{PAY} 实发{PAY2}",
    "姓名 {A} | 工号 {EMP} | 卡号 {CARD} | 实发 {PAY}",
    "排班表：周一{A} 周二{B} 周三{C}",
    "{MON}工资：{A}{PAY}，{B}{PAY2}",
    "考勤：{A} 迟到2次 扣{AMT}",
    "{A}\n工号{EMP}\n开户行{BANK}\n卡号{CARD}",
    "早班 {A} 中班 {B} 夜班 {C}",
    "工资条上的名字是{A}，但卡号{CARD}不是我的",
    "{DATE}{A}借支{AMT}",
    "{A}\t{EMP}\t{PAY}",
    "发薪日改到{DAYN}号，{A}的工资由{B}代领",
    "{A} 身份证{ID} 银行卡{CARD} 这是入职登记的",
]
T["iou"] = [
    "借条\n今借到{A}人民币{AMT}，于{DATE}前归还。\n借款人：{B}\n身份证号：{ID}",
    "借条：本人{A}向工友{B}借款{AMT}，{DATE}发工资还",
    "{A}借我{AMT}写了借条，现在他说不认",
    "收条：今收到{A}还款{AMT}",
    "借款人{A}（{PH}）借同事{B}{AMT}",
    "同事{A}拿我的名字去借钱，借条上写的是我身份证号{ID}",
    "{A}打的借条我拍照了，上面还有他手机{PH}",
    "我借给{A}{AMT}，他又借给{B}，现在谁也不还",
    "欠条：{A}欠{B}工资{AMT}，{DATE}前付清。",
    "借条上的担保人是{A}",
    "{A}说借条丢了，让我再写一张",
    "{A}{DATE}借{AMT}，{B}{DATE2}借{AMT2}",
]
T["boss"] = [
    "催收打到我老板{A}那里，说我不还钱就去公司闹",
    "{A}总，我是{B}，催收的事我一定处理好，不会再影响店里",
    "老板{A}把我叫过去，说催收给他发了短信",
    "催收给我同事{A}、{B}都打了电话",
    "我们经理{A}的电话{PH}被他们查到了",
    "工友{A}说有人冒充公安问他我住哪",
    "{A}经理您好，我是{LEND}的，找一下你们员工{B}",
    "{A}说老板要开除我，因为催收天天打",
    "同事{A}替我接了电话，说我不在",
    "催收说再不还就发函给你们公司的{A}",
    "老板娘{A}很生气，说下次再有人来就报警",
    "以前的老板{A}，座机{LL}，也被打了",
    "老板{A}说把情况写清楚发他邮箱{EMAIL}",
    "催收加了我同事{A}的微信{WX}，发了我的照片",
]
T["word"] = [
    "站长{W}说今天单多，别请假",
    "@{W} 你的电动车挡住门了",
    "{W}师傅的货车今天不出车",
    "工长{W}：明天八点开工",
    "欠我钱的是{W}，在{CITYN}跑车",
    "{W}和{W2}都在二号线上",
    "借条上写的是{W}，不是我",
    "线长{W}让我加班到十点",
    "催收找{W}要我的新号码",
    "微信备注：{W}-水电",
    "{W}{AMT}，这是欠他的工钱",
]
T["form"] = [
    "群里的{I}说下周发工资",
    "备注{I}，是我们车队的",
    "{E}是我们店的运营，他说催收电话打到公司座机了",
    "Hi {E}，催收又给我们店打电话了",
    "站长{SP}说别接陌生电话",
    "工友{MIN}借了我{AMT}",
    "包工头{CMP}的电话{PH}",
    "{PY} is our supplier，货款还差{AMT}",
    "{A}工说图纸改了，明天返工",
    "{A}主管让我写情况说明",
    "客服{E}：您好，您的订单已发货",
    "{I}：明天的货我来送",
    "调度{PY}说今天不派单",
    "线长{SP}：{B}请假，{C}顶班",
]
T["trad"] = [
    "{TR}師傅，工錢什麼時候結？",
    "老闆{TR}欠我三個月工資，電話{PH}",
    "店長{TR}說催收打到店裡來了",
    "借據：今借到{TR}人民幣{AMT}",
    "{TR}的貨款{AMT}還沒付",
]
T["data"] = [
    "催收号码{PH}，一天打二十多次",
    "工资卡{CARD}被冻结了，工资发不出来",
    "我的身份证{ID}被人拿去注册了骑手账号",
    "骑手ID {RIDER} 被封了，站点说是因为有人投诉",
    "工号{EMP}，上个月的加班费没算",
    "支付宝{ALIPAY}收到一笔陌生转账",
    "车牌{TRUCK}的货车被扣在停车场",
    "店铺ID {STORE}，保证金被扣",
    "加我微信{WX}，发你工资条",
    "QQ{QQ}，工友群里有人发的",
    "简历发到{EMAIL}",
    "座机{LL}是我们店的，别再打了",
    "网约车{PLATE}，乘客投诉被扣分",
    "电动车{EBIKE}被偷了",
    "司机ID {DRIVER}，流水冻结",
    "紧急联系人电话{PH}，是我爱人的",
]
T["addr"] = [
    "店铺地址：{ADDR_SHOP}",
    "工地在{ADDR_SITE}",
    "宿舍：{ADDR_DORM}",
    "催收说要来{ADDR_SHOP}上门",
    "货送到{ADDR_SHOP}，到了打电话",
    "我住{ADDR_DORM}，他们寄了律师函",
    "老家地址{ADDR_HOME}被他们查到了",
    "摊位在{ADDR_SHOP}门口，每天晚上六点出摊",
]
# generated texts with a bare surname or a trade name only: no labelled value
T["bare"] = [
    "{SUR}姐 五金 这个备注是我供货商，催收也打给她了",
    "{SHOPN}的老板说下次再有人来就报警",
    "{SUR}站长说这个月补贴照发",
    "{SUR}师傅的车今天去{CITYN}",
    "{SUR}工说图纸明天再改",
    "{SUR}总说工资月底一起结",
]
NONE_FIXED = [
    "国庆节加班有三倍工资吗",
    "八一建军节那天工地也没停",
    "平安保险的电话，不是催收",
    "中国平安打来的是车险续保",
    "胜利在望，欠薪的事劳动监察已经受理了",
    "青山绿水的，工地搬到山里去了",
    "红旗渠精神，工头天天挂在嘴上",
    "金龙鱼油一箱，是老板发的福利",
    "江河湖海都是水，欠的钱都是债",
    "春燕归来，工地也要开工了",
    "海军蓝的工装下周发",
    "站长说这个月补贴先不发",
    "包工头跑了，我们班组的工钱还没结",
    "线长让我今晚加班到十点",
    "拉长说催收打到车间了",
    "车队长说明天五点出车",
    "调度说今天不派单",
    "欠薪的事已经打了12333",
    "劳动监察大队说三个工作日内回复",
    "工资条上的加班费算错了",
    "这个月的全勤奖被扣了",
    "两班倒太累了，还要接催收电话",
    "夜班下班才看到催收的短信",
    "店里的生意被催收搅黄了",
    "夜市摆摊的钱都拿去还网贷了",
    "网店的保证金被冻结了",
    "直播间有人刷屏说主播欠钱",
    "货款还没结，供应商天天催",
    "赊账的客户一个都联系不上",
    "借条丢了，还能要回钱吗",
    "工友借的钱说发工资就还",
    "老板说再有电话打到公司就开除我",
    "同事都知道我欠钱了",
    "催收冒充顾客到店里闹",
    "骑手群里有人发了催款通知",
    "配送站的站长也接到了电话",
    "车贷逾期，车被拖走了",
    "跑网约车的流水被冻结了",
    "工地门卫说外人不让进",
    "宿舍楼下有人一直在等",
    "欠薪四个月了，过年回不了家",
    "劳动仲裁要准备考勤表和工资条",
    "恶意欠薪可以报警吗",
    "农民工工资专用账户里有钱吗",
    "日结的工钱也被拖了",
    "计件工资这个月少了一半",
    "试用期被辞退有补偿吗",
    "网贷逾期会不会影响工作",
    "催收说要给公司发律师函",
    "客服说退款三个工作日到账",
    "平安夜还在跑单",
    "国庆假期也在工地上",
    "胜利油田那边的活还没结钱",
    "老王烧烤今天不开门",
    "张记面馆的老板说先赊着",
    "李姐五金店的货款月底结",
    "Z总说下周发工资",
    "A姐说店里缺人",
    "工资卡被冻结了，发工资也取不出来",
    "货拉拉的单子今天一单都没接",
]

PLACEHOLDER = re.compile(r"\{([A-Z_0-9]+)\}")
NAME_KEYS = {"A", "B", "C", "D", "W", "W2", "I", "E", "TR", "SP", "MIN", "CMP", "PY"}


# ---------------------------------------------------------------- helpers
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return re.sub(r"\d+", "0", "".join(out))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.ch("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.ch("123456789") + s[1:]
        return s

    # ---- names: return (value, style)
    def name_general(self):
        x = self.r.random()
        if x < 0.60:
            return self.name_common()
        if x < 0.66:
            return self.name_wordsur()
        if x < 0.73:
            return self.name_compound()
        if x < 0.79:
            return self.name_rare()
        if x < 0.84:
            return self.name_trad()
        if x < 0.88:
            return self.name_minority()
        if x < 0.92:
            return self.name_spaced()
        if x < 0.95:
            return self.name_pinyin()
        if x < 0.975:
            return self.name_english()
        return self.name_initials()

    def given(self):
        return self.ch(GIVEN2) if self.r.random() < 0.7 else self.ch(GIVEN1)

    def name_common(self):
        g = self.given()
        return self.ch(COMMON_SUR) + g, "common%d" % (1 + len(g))

    def name_wordsur(self):
        return self.ch(WORD_SUR) + self.given(), "wordsur"

    def name_compound(self):
        return self.ch(COMPOUND_SUR) + self.given(), "compound"

    def name_rare(self):
        return self.ch(RARE_SUR) + self.given(), "rare"

    def name_trad(self):
        return self.ch(TRAD_SUR) + self.ch(TRAD_GIVEN), "trad"

    def name_minority(self):
        x = self.r.random()
        sep = self.ch(["·", "·", "·", "•", "・"])
        if x < 0.35:
            a, b = self.r.sample(UY_PARTS, 2)
            return a + sep + b, "min_uyghur"
        if x < 0.45:
            a, b = self.r.sample(KZ_PARTS, 2)
            return a + sep + b, "min_kazakh"
        if x < 0.65:
            a, b = self.r.sample(TIB_PARTS, 2)
            return (a + b if self.r.random() < 0.6 else a + "·" + b), "min_tibetan"
        if x < 0.80:
            a, b = self.r.sample(MON_PARTS, 2)
            return (a + b if self.r.random() < 0.6 else a + "·" + b), "min_mongol"
        if x < 0.92:
            return self.ch(YI_PARTS1) + "·" + self.ch(YI_PARTS2), "min_yi"
        return self.ch(ZHUANG), "min_zhuang"

    def name_spaced(self):
        x = self.r.random()
        if x < 0.3:
            s, g = self.ch(COMPOUND_SUR), self.ch(GIVEN2)
        else:
            s, g = self.ch(COMMON_SUR), self.ch(GIVEN2)
        y = self.r.random()
        if y < 0.4:
            return s + " " + g, "spaced_ascii"
        if y < 0.7:
            return s + "\u3000" + g, "spaced_ideo"
        return " ".join(list(s + g)), "spaced_every"

    def py_parts(self):
        sz, sp = self.ch(PY_SUR)
        g = self.ch(PY_GIVEN)
        return sz, sp, g

    def name_pinyin(self):
        _, sp, g = self.py_parts()
        given = g[0] + (g[1].lower() if g[1] else "")
        x = self.r.random()
        if x < 0.4:
            return sp + " " + given, "pinyin_sg"
        if x < 0.6:
            return sp.upper() + " " + given, "pinyin_SG"
        if x < 0.8:
            return given + " " + sp, "pinyin_gs"
        return (sp + given).lower(), "pinyin_fused"

    def name_english(self):
        e = self.ch(EN_GIVEN)
        x = self.r.random()
        if x < 0.45:
            return e, "english_single"
        _, sp, _ = self.py_parts()
        if (e, sp) in (("Jack", "Ma"),):
            sp = "Zhou"
        return e + " " + sp, "english_full"

    def name_initials(self):
        while True:
            _, sp, g = self.py_parts()
            ini = sp[0] + g[0][0] + (g[1][0] if g[1] else "")
            if len(ini) < 3 or ini in INITIAL_BLOCK:
                continue
            return (ini if self.r.random() < 0.6 else ini.lower()), "initials"

    def name_word(self):
        w = self.ch(WORD_NAMES)
        if self.r.random() < 0.5:
            return w, "word_bare"
        return self.ch(COMMON_SUR + WORD_SUR) + w, "word_sur"

    # ---- other personal data
    def mobile_raw(self):
        return self.ch(MOBILE_PREFIX) + self.digits(8)

    def phone(self):
        m = self.mobile_raw()
        x = self.r.random()
        if x < 0.40:
            return m, "mobile_plain"
        if x < 0.58:
            return "%s %s %s" % (m[:3], m[3:7], m[7:]), "mobile_space"
        if x < 0.72:
            return "%s-%s-%s" % (m[:3], m[3:7], m[7:]), "mobile_dash"
        if x < 0.82:
            return "+86 " + m, "mobile_+86sp"
        if x < 0.90:
            return "+86" + m, "mobile_+86"
        if x < 0.95:
            return "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:]), "mobile_+86dash"
        return "0086 " + m, "mobile_0086"

    def landline(self):
        ac = self.ch(AREA_CODES)
        n = 8 if len(ac) == 3 or self.r.random() < 0.6 else 7
        loc = self.digits(n)
        loc = self.ch("2345678") + loc[1:]
        x = self.r.random()
        if x < 0.45:
            v = ac + "-" + loc
        elif x < 0.65:
            v = "(" + ac + ")" + loc
        elif x < 0.8:
            v = ac + " " + (loc[:4] + " " + loc[4:] if n == 8 else loc)
        else:
            v = ac + "-" + loc
        if self.r.random() < 0.2:
            v += "转" + self.digits(self.ch([3, 4]), True)
            return v, "landline_ext"
        return v, "landline"

    def idn(self):
        area = self.ch(ID_AREAS)
        y = self.r.randint(1965, 2004)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        body = "%s%04d%02d%02d%s" % (area, y, m, d, self.digits(3))
        c = id_check(body)
        v = body + c
        if c == "X" and self.r.random() < 0.4:
            v = body + "x"
        if self.r.random() < 0.15:
            return "%s %s %s" % (v[:6], v[6:14], v[14:]), "id_spaced"
        return v, "id_plain" if c != "X" else "id_X"

    def card(self):
        pre, ln = self.ch(CARD_PREFIX)
        body = pre + self.digits(ln - len(pre) - 1)
        v = body + luhn_digit(body)
        x = self.r.random()
        if x < 0.65:
            return v, "card_plain"
        groups = [v[i:i + 4] for i in range(0, len(v), 4)]
        if x < 0.9:
            return " ".join(groups), "card_space4"
        return "-".join(groups), "card_dash4"

    def plate_tail(self, n=5):
        chars = []
        letters = 0
        for i in range(n):
            if letters < 2 and self.r.random() < 0.2:
                chars.append(self.ch(PLATE_LETTERS))
                letters += 1
            else:
                chars.append(self.ch("0123456789"))
        return "".join(chars)

    def plate(self):
        p = self.ch(PROVS) + self.ch(PLATE_LETTERS)
        if self.r.random() < 0.25:
            tail = self.ch("DF") + self.digits(5)
            style = "plate_ne"
        else:
            tail = self.plate_tail()
            style = "plate"
        sep = self.ch(["", "", "·", " ", "-"])
        return p + sep + tail, style + ("_sep" if sep else "")

    def truck(self):
        p = self.ch(PROVS) + self.ch(PLATE_LETTERS)
        sep = self.ch(["", "·", " "])
        if self.r.random() < 0.35:
            return p + sep + self.digits(4) + "挂", "truck_trailer"
        return p + sep + self.plate_tail(), "truck"

    def ebike(self):
        p = self.ch(PROVS) + self.ch(PLATE_LETTERS)
        sep = self.ch(["", "·"])
        return p + sep + self.digits(6), "ebike"

    def pinyin_local(self):
        _, sp, g = self.py_parts()
        given = (g[0] + (g[1] if g[1] else "")).lower()
        x = self.r.random()
        if x < 0.4:
            return sp.lower() + given
        if x < 0.7:
            return (sp[0] + g[0][0] + (g[1][0] if g[1] else "")).lower()
        return given + "_" + sp.lower()

    def wechat(self):
        x = self.r.random()
        if x < 0.3:
            return "wxid_" + "".join(self.ch("abcdefghijklmnopqrstuvwxyz0123456789")
                                     for _ in range(14)), "wx_wxid"
        if x < 0.7:
            return self.pinyin_local() + self.ch(["", "_", ""]) + str(self.r.randint(1975, 2005)), "wx_pinyin_year"
        return self.ch(["laoban", "wujin", "zhuangxiu", "huoche", "shaokao", "siji"]) + \
            self.ch(["_", ""]) + self.pinyin_local() + self.digits(3), "wx_trade"

    def qq(self):
        return self.digits(self.r.randint(6, 10), True), "qq"

    def email(self):
        x = self.r.random()
        if x < 0.35:
            return self.digits(self.r.randint(7, 10), True) + "@qq.com", "email_qq"
        return self.pinyin_local() + self.digits(self.ch([0, 2, 3, 4])) + "@" + \
            self.ch(MAIL_DOMAINS), "email_pinyin"

    def emp(self):
        x = self.r.random()
        if x < 0.35:
            return self.digits(self.ch([6, 7, 8]), True), "emp_digits"
        if x < 0.7:
            return self.ch(["GH", "A", "F", "SZ", "DG", "YG"]) + self.digits(self.ch([5, 6, 7])), "emp_prefix"
        return self.ch(["2023", "2024", "2025", "2026"]) + self.digits(4), "emp_year"

    def rider(self):
        if self.r.random() < 0.6:
            return self.digits(self.ch([9, 10, 11]), True), "rider_digits"
        return self.ch(["MT", "QS", "ELM", "RD"]) + self.digits(8), "rider_prefix"

    def driver(self):
        if self.r.random() < 0.5:
            return self.digits(self.ch([10, 12]), True), "driver_digits"
        return "D" + self.digits(9), "driver_prefix"

    def store(self):
        if self.r.random() < 0.6:
            return self.digits(self.ch([8, 9, 10, 12]), True), "store_digits"
        return self.ch(["DP", "S"]) + self.digits(8), "store_prefix"

    def alipay(self):
        x = self.r.random()
        if x < 0.45:
            m = self.mobile_raw()
            return ("phone", m, "alipay_mobile")
        if x < 0.65:
            m = self.mobile_raw()
            return ("phone", "%s %s %s" % (m[:3], m[3:7], m[7:]), "alipay_mobile_space")
        if x < 0.85:
            v, _ = self.email()
            return ("email", v, "alipay_email")
        return ("account", "2088" + self.digits(12), "alipay_uid")

    def addr_shop(self):
        city, dists = self.ch(CITY_DIST)
        d = self.ch(dists)
        x = self.r.random()
        pre = (city if self.r.random() < 0.7 else "") + d
        if x < 0.55:
            tail = self.ch(["", "", "一楼门面", "101铺", "临街第三间", "负一楼B%s铺位" % self.digits(3)])
            return pre + self.ch(ROADS) + str(self.r.randint(1, 399)) + "号" + tail, "addr_shop_road"
        if x < 0.85:
            return pre + self.ch(ROADS) + self.ch(MARKETS) + self.ch("ABCDE") + "区" + \
                str(self.r.randint(1, 80)) + "号", "addr_shop_market"
        return pre + self.ch(ROADS) + str(self.r.randint(1, 300)) + "号" + \
            self.ch(["商业街", "底商", "综合楼"]) + str(self.r.randint(1, 30)) + "号铺", "addr_shop_shopno"

    def addr_site(self):
        city, dists = self.ch(CITY_DIST)
        d = self.ch(dists)
        pre = (city if self.r.random() < 0.5 else "") + d
        if self.r.random() < 0.5:
            return pre + self.ch(ROADS) + str(self.r.randint(1, 500)) + "号" + \
                self.ch(PROJECTS) + "项目工地", "addr_site_no"
        r1, r2 = self.r.sample(ROADS, 2)
        return pre + r1 + "与" + r2 + "交叉口" + self.ch(PROJECTS) + \
            str(self.r.randint(1, 18)) + "号楼", "addr_site_bld"

    def addr_dorm(self):
        city, dists = self.ch(CITY_DIST)
        d = self.ch(dists)
        pre = (city if self.r.random() < 0.5 else "") + d
        if self.r.random() < 0.5:
            return pre + self.ch(PARKS) + "工业园" + str(self.r.randint(1, 12)) + "号宿舍楼" + \
                str(self.r.randint(1, 6)) + "%02d" % self.r.randint(1, 30) + "室", "addr_dorm_park"
        return pre + self.ch(ROADS) + str(self.r.randint(1, 400)) + "号" + \
            self.ch(["员工宿舍", "职工公寓", "工人宿舍"]) + self.ch("ABCDEFG") + "栋" + \
            str(self.r.randint(1, 6)) + "%02d" % self.r.randint(1, 30), "addr_dorm_road"

    def addr_home(self):
        c = self.ch(COUNTIES)
        if self.r.random() < 0.5:
            return c + self.ch(TOWNS) + self.ch(VILLAGES) + str(self.r.randint(1, 12)) + "组" + \
                str(self.r.randint(1, 80)) + "号", "addr_home_village"
        city, dists = self.ch(CITY_DIST)
        return city + self.ch(dists) + self.ch(ROADS) + str(self.r.randint(1, 300)) + "号" + \
            str(self.r.randint(1, 20)) + "栋" + str(self.r.randint(1, 4)) + "单元" + \
            str(self.r.randint(1, 30)) + "%02d" % self.r.randint(1, 4) + "室", "addr_home_estate"

    # ---- non-personal fillers
    def amount(self):
        x = self.r.random()
        if x < 0.35:
            return str(self.r.randint(2, 98) * 100) + "元"
        if x < 0.55:
            return "%d.%d万" % (self.r.randint(1, 9), self.r.randint(1, 9))
        if x < 0.7:
            return str(self.r.randint(1, 60) * 100)
        if x < 0.85:
            return "%d万%d" % (self.r.randint(1, 9), self.r.randint(1, 9))
        return self.ch(["三千", "五千", "八百", "两万", "一万二", "六千五", "四千块"])

    def date(self):
        x = self.r.random()
        if x < 0.5:
            return "%d月%d号" % (self.r.randint(1, 12), self.r.randint(1, 28))
        if x < 0.75:
            return "%d月%d日" % (self.r.randint(1, 12), self.r.randint(1, 28))
        if x < 0.9:
            return "2026年%d月%d日" % (self.r.randint(1, 12), self.r.randint(1, 28))
        return self.ch(["月底", "下月初", "年底", "过完年", "下周五"])

    def sur_bare(self):
        return self.ch(COMMON_SUR[:60])

    def shopn(self):
        return self.ch(SHOPN_FMT).format(s=self.sur_bare())


PII_KIND = {
    "PH": "phone", "PH2": "phone", "LL": "phone", "ID": "id_number", "CARD": "bank_card",
    "ADDR_SHOP": "address", "ADDR_SITE": "address", "ADDR_DORM": "address",
    "ADDR_HOME": "address", "PLATE": "plate", "TRUCK": "plate", "EBIKE": "plate",
    "WX": "wechat", "QQ": "qq", "EMAIL": "email", "EMP": "account", "RIDER": "account",
    "DRIVER": "account", "STORE": "account", "ALIPAY": None,
}


def load_dedupe(folder):
    texts, plines = [], []
    files = 0
    if not folder or not os.path.isdir(folder):
        return texts, plines, files
    for fn in sorted(os.listdir(folder)):
        if fn in OWN_FILES:
            continue
        p = os.path.join(folder, fn)
        if fn.startswith(("scrub_", "sms_")) and fn.endswith(".jsonl"):
            files += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        o = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(o, dict) and isinstance(o.get("text"), str):
                        texts.append(o["text"])
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            files += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if line:
                        plines.append(line)
    return texts, plines, files


# ---------------------------------------------------------------- preserve list
def build_preserve(rng):
    g = Gen(rng)
    C = []   # (class, line)

    def add(cls, s):
        C.append((cls, s))

    titles = ["站长", "副站长", "骑手", "外卖员", "配送员", "片区经理", "调度", "车队长",
              "司机", "货车司机", "网约车司机", "代驾", "包工头", "工长", "班组长", "项目经理",
              "安全员", "施工员", "钢筋工", "木工", "瓦工", "水电工", "油漆工", "小工", "线长",
              "拉长", "组长", "车间主任", "质检员", "仓管", "人事", "财务", "出纳", "店主",
              "老板", "老板娘", "店员", "收银员", "客服", "主播", "运营", "助播", "供应商",
              "客户", "房东", "门卫", "保安", "劳动监察员", "仲裁员", "工友", "同事", "师傅",
              "学徒", "主管", "经理", "厂长", "技术员", "装卸工", "叉车工", "搬运工", "保洁"]
    tframes = ["{t}", "{t}说下周发工资", "{t}让我明天早点到", "{t}也接到了催收电话",
               "问问{t}再说", "{t}在群里发了通知", "找{t}签字", "{t}今天不在", "{t}已经知道了",
               "给{t}打个电话", "{t}说这事他管不了", "我们{t}人挺好的", "{t}让我写个情况说明",
               "{t}把工资条发群里了", "{t}说别接陌生电话", "新来的{t}", "{t}帮我挡了一下",
               "{t}说再有人来就报警", "跟{t}请了半天假", "{t}替我垫了钱",
               "{t}说钱到了就发", "{t}的电话打不通", "{t}让我先回宿舍", "我们{t}换人了",
               "{t}也被催收骚扰过", "{t}说去劳动监察投诉", "{t}开会说了这个事",
               "等{t}回来再说", "{t}叫我去办公室", "{t}说明天再结"]
    for t in titles:
        for fr in rng.sample(tframes, 17):
            add("title", fr.format(t=t))
    shifts = ["早班", "中班", "晚班", "夜班", "白班", "两班倒", "三班倒", "倒班", "调休",
              "加班", "轮休", "请假", "旷工", "打卡", "考勤", "计件", "计时", "底薪", "提成",
              "绩效", "全勤奖", "跑单", "接单", "派单", "超时", "差评", "罚款", "押金",
              "工装", "日结", "周结", "月结", "借支", "预支", "顶班", "换班", "补卡", "餐补",
              "房补", "高温补贴", "夜班补贴", "冲单奖"]
    sframes = ["{s}", "这周{s}", "明天{s}", "{s}的钱什么时候发", "{s}扣了多少",
               "这个月{s}少了", "{s}怎么算", "今天{s}，晚点回你", "{s}被取消了",
               "{s}也要扣？", "问一下{s}的规定", "我这个月没有{s}"]
    for s in shifts:
        for fr in rng.sample(sframes, 9):
            add("shift", fr.format(s=s))
    shopframes = ["{x}", "开了个{x}", "{x}今天不开门", "在{x}门口等", "{x}的生意不好",
                  "{x}被人贴了催款单", "{x}转让", "{x}的房租涨了", "隔壁{x}", "{x}的货款"]
    shopframes += ["{x}的老板", "{x}早上七点开门", "{x}晚上十点关门", "{x}缺人手",
                   "{x}被城管查了", "{x}的收款码", "{x}装修停业", "{x}进货去了"]
    for x in SHOPTYPES:
        for fr in rng.sample(shopframes, 13):
            add("shop", fr.format(x=x))
    # trade names with a bare surname (decision: not personal)
    for fmt in SHOPN_FMT:
        for s in rng.sample(COMMON_SUR[:60], 10):
            sn = fmt.format(s=s)
            add("tradename", rng.choice(["{x}", "{x}的老板说先赊着", "{x}今天没开",
                                         "去{x}吃饭", "{x}的货款月底结", "{x}门口"]).format(x=sn))
    # bare surname + title (not personal)
    bare_titles = ["站长", "师傅", "经理", "工", "总", "姐", "哥", "老板", "老板娘", "组长",
                   "线长", "拉长", "主任", "队长", "会计", "科长"]
    bframes = ["{s}{t}说", "{s}{t}让我去一趟", "{s}{t}也接到了", "找{s}{t}", "{s}{t}不在",
               "问{s}{t}", "{s}{t}说月底结"]
    for t in bare_titles:
        for s in rng.sample(COMMON_SUR[:60], 9):
            add("bare_title", rng.choice(bframes).format(s=s, t=t))
    for s in rng.sample(COMMON_SUR[:60], 20):
        add("bare_title", rng.choice(["老{s}说的", "小{s}今天没来", "老{s}家", "小{s}帮我代班"]).format(s=s))
    for x in ["Z总", "L总", "W总", "A姐", "C哥", "K哥", "J工", "H经理"]:
        for fr in ["{x}说下周发工资", "{x}在开会", "找{x}签字", "{x}让我先回去"]:
            add("bare_title", fr.format(x=x))
    # place words: roads without a number, districts, parks, markets
    roads_pres = ROADS + ["胜利路", "红旗路", "青山路", "平安路", "金龙路", "建军路", "国庆路"]
    pframes = ["{r}", "{r}夜市", "{r}那边的工地", "{r}口", "在{r}上", "{r}堵车了", "{r}往北",
               "{r}修路", "{r}那个路口"]
    for r in roads_pres:
        for fr in rng.sample(pframes, 6):
            add("place", fr.format(r=r))
    for c in CITIES:
        for fr in rng.sample(["{c}南站", "去{c}送货", "{c}的工地", "{c}东站", "在{c}跑车",
                              "{c}工业园", "{c}打工", "回{c}"], 5):
            add("place", fr.format(c=c))
    for d in DISTRICTN:
        for fr in rng.sample(["{d}劳动监察大队", "{d}人社局", "{d}人民法院", "{d}劳动人事争议仲裁委员会", "{d}工业园"], 3):
            add("place", fr.format(d=d))
    for m in MARKETS + [p + "项目" for p in PROJECTS]:
        add("place", m)
        add("place", "在" + m + "干活")
    times = ["明天早上六点", "下午三点", "晚上十点", "周五", "月底", "年底", "下个月十五号",
             "过完年", "国庆以后", "中秋前", "这周末", "后天上午", "夜里两点", "春节前"]
    for tm in times:
        for fr in rng.sample(["{t}", "{t}再说", "{t}到工地", "{t}去站点", "{t}发工资",
                              "{t}对账", "{t}结货款", "{t}交房租", "{t}上夜班", "{t}出车",
                              "{t}开工", "{t}还钱"], 9):
            add("time", fr.format(t=tm))
    for gd in GOODS:
        for fr in rng.sample(["卖{g}", "{g}摊", "{g}一份", "夜市卖{g}的", "{g}今天卖完了", "进了一批{g}"], 4):
            add("shop", fr.format(g=gd))
    # companies (no person)
    for co in COMPANIES:
        for fr in rng.sample(["{c}", "{c}拖欠工资", "投诉{c}", "{c}的工资还没发", "{c}的老板跑了"], 3):
            add("company", fr.format(c=co))
    # apps
    aframes = ["{a}", "{a}的单子", "{a}骑手", "{a}商家后台", "{a}的客服", "{a}封号了",
               "在{a}上接单", "{a}的钱提不出来", "{a}派单少了", "{a}扣了保证金"]
    for a in APPS + EAPPS + ["支付宝", "微信", "钉钉", "企业微信", "闲鱼", "58同城", "BOSS直聘", "鱼泡网"]:
        for fr in rng.sample(aframes, 6):
            add("app", fr.format(a=a))
    for a in LENDERS:
        for fr in rng.sample(["{a}逾期了", "{a}的催收", "{a}还款日", "{a}打到公司了", "{a}的钱还了"], 3):
            add("lender", fr.format(a=a))
    # amounts and dates
    for i in range(180):
        x = rng.choice(["欠薪{a}", "日结{a}", "月薪{a}", "时薪{h}元", "{m}工资", "每月{d}号发工资",
                        "货款{a}", "赊了{a}", "押金{a}", "欠了{a}的货款", "{m}的工资还没发",
                        "{dt}前结清", "{dt}发工资", "加班费{a}", "借支{a}", "工钱{a}"])
        add("amount", x.format(a=g.amount(), h=rng.randint(16, 35), m=rng.choice(MONTHS),
                               d=rng.randint(1, 28), dt=g.date()))
    # word-names in ordinary use
    word_lines = ["国庆节加班", "国庆节加班有三倍工资", "国庆假期", "国庆七天不休息", "国庆前结工钱",
                  "八一建军节", "建军节", "建军节快乐", "江河湖海", "大江大河", "江河日下",
                  "青山绿水", "青山依旧在", "留得青山在", "春燕归来", "燕子归来", "海军蓝",
                  "海军蓝工装", "海军陆战队", "红旗渠", "红旗连锁", "红旗轿车", "红旗飘飘",
                  "平安保险", "中国平安", "平安银行", "平安夜", "平安到家", "出入平安", "平安符",
                  "岁岁平安", "胜利在望", "胜利油田", "抗战胜利纪念日", "胜利大街", "金龙鱼",
                  "金龙客车", "金龙鱼油", "舞金龙", "有志强国", "平安保险的业务员",
                  "红旗渠精神", "国庆节也在跑单", "平安夜加班", "金龙鱼一箱是福利"]
    for w in word_lines:
        add("wordname", w)
        add("wordname", rng.choice(["{w}那几天", "说起{w}", "{w}，没办法", "{w}的时候"]).format(w=w))
    # labour law words
    laws = ["劳动合同法", "劳动法", "保障农民工工资支付条例", "拖欠工资", "欠薪", "劳动仲裁",
            "劳动监察", "经济补偿金", "加班费", "最低工资标准", "工伤认定", "社保", "公积金",
            "试用期", "解除劳动合同", "工资支付", "恶意欠薪", "农民工工资专用账户", "实名制",
            "工资保证金", "劳动关系", "劳务派遣", "双倍工资", "仲裁时效", "支付令", "拒不支付劳动报酬罪"]
    lframes = ["{l}", "根据{l}", "{l}怎么算", "{l}有规定", "申请{l}", "关于{l}的问题",
               "{l}可以维权吗", "打12333问{l}", "{l}的材料"]
    for l in laws:
        for fr in rng.sample(lframes, 7):
            add("law", fr.format(l=l))
    # hotlines and public numbers
    for h in ["12333", "12345", "110", "12315", "12368", "95588", "400-820-5555", "12328"]:
        for fr in ["打{h}", "{h}投诉", "{h}说会转给劳动监察", "{h}打不通"]:
            add("hotline", fr.format(h=h))
    # work sentences combined
    subj = ["催收", "他们", "催收的人", "讨债的", "网贷公司"]
    verbs = ["打到了", "找到了", "跑到了", "发短信到", "寄信到"]
    places = ["工地", "站点", "配送站", "车队", "厂里", "车间", "店里", "摊位", "项目部",
              "公司", "宿舍", "仓库", "直播间", "网店后台", "人事部", "财务室"]
    for s in subj:
        for v in verbs:
            for p in rng.sample(places, 8):
                add("work_sentence", s + v + p)
    return C


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    prng = random.Random(SEED + 1)
    ded_texts, ded_plines, ded_files = load_dedupe(DEDUPE_DIR)
    ded_exact = set(ded_texts) | set(ded_plines)
    ded_norm = set(norm(s) for s in ded_texts) | set(norm(s) for s in ded_plines)
    other_preserve_blob = "\n".join(ded_plines)
    other_preserve_blob_ns = re.sub(r"\s+", "", other_preserve_blob)
    log = {"dedupe_files": ded_files, "dedupe_texts": len(ded_texts),
           "dedupe_preserve_lines": len(ded_plines)}

    # ---- preserve
    cands = build_preserve(prng)
    log["preserve_candidates"] = len(cands)
    kept, seen_norm = [], set()
    drop_exact = drop_norm = drop_own = 0
    for cls, line in cands:
        if line in ded_exact:
            drop_exact += 1
            continue
        n = norm(line)
        if n in ded_norm:
            drop_norm += 1
            continue
        if n in seen_norm or not n:
            drop_own += 1
            continue
        seen_norm.add(n)
        kept.append((cls, line))
    prng.shuffle(kept)
    log.update(preserve_drop_exact=drop_exact, preserve_drop_norm=drop_norm,
               preserve_drop_own=drop_own, preserve_kept=len(kept))
    cls_count = {}
    for cls, _ in kept:
        cls_count[cls] = cls_count.get(cls, 0) + 1
    log["preserve_by_class"] = dict(sorted(cls_count.items()))
    preserve_lines = [l for _, l in kept]
    own_preserve_blob = "\n".join(preserve_lines)
    own_preserve_blob_ns = re.sub(r"\s+", "", own_preserve_blob)
    template_blob = "\n".join(t for g in T.values() for t in g) + "\n".join(NONE_FIXED)

    # ---- records
    gen = Gen(rng)
    groups = [g for g in T if g != "bare"]
    plan = []
    for g in groups:
        for i in range(len(T[g])):
            plan.append((g, i))
    base = list(plan) * 4
    n_target = N_RECORDS - N_NONE_FIXED - N_NONE_GEN
    extra = n_target - len(base)
    for _ in range(extra):
        base.append(rng.choice(plan))
    for _ in range(N_NONE_GEN):
        base.append(("bare", rng.randrange(len(T["bare"]))))
    # make sure every bare template is used
    for i in range(len(T["bare"])):
        base[-1 - i] = ("bare", i)
    rng.shuffle(base)

    used_names = []          # non-word names (distinct)
    used_name_set = set()
    texts_blob_parts = []
    records = []
    seen_texts = set()
    rej = {"exact_other": 0, "norm_other": 0, "own_repeat": 0, "name_clash": 0,
           "name_in_other_preserve": 0, "span_check": 0}

    def name_ok(v, style):
        if style == "word_bare":
            return True
        ns = re.sub(r"\s+", "", v)
        if v in used_name_set:
            return False
        if v in template_blob or ns in template_blob:
            return False
        if ns in own_preserve_blob_ns or v in own_preserve_blob:
            return False
        if any(v in t for t in texts_blob_parts):
            return False
        if ded_plines and (v in other_preserve_blob or ns in other_preserve_blob_ns):
            rej["name_in_other_preserve"] += 1
            return False
        return True

    def draw_name(key):
        for _ in range(200):
            if key in ("A", "B", "C", "D"):
                v, st = gen.name_general()
            elif key in ("W", "W2"):
                v, st = gen.name_word()
            elif key == "I":
                v, st = gen.name_initials()
            elif key == "E":
                v, st = gen.name_english()
            elif key == "TR":
                v, st = gen.name_trad()
            elif key == "SP":
                v, st = gen.name_spaced()
            elif key == "MIN":
                v, st = gen.name_minority()
            elif key == "CMP":
                v, st = gen.name_compound()
            elif key == "PY":
                v, st = gen.name_pinyin()
            if name_ok(v, st):
                return v, st
            rej["name_clash"] += 1
        raise RuntimeError("cannot draw name")

    def fill(tpl):
        cache = {}
        spans = []   # (kind, value, style)
        out = []
        pos = 0
        for m in PLACEHOLDER.finditer(tpl):
            out.append(tpl[pos:m.start()])
            pos = m.end()
            key = m.group(1)
            if key not in cache:
                if key in NAME_KEYS:
                    while True:
                        v, st = draw_name(key)
                        if all(v != c[1] for c in cache.values() if c[0] == "name"):
                            break
                    cache[key] = ("name", v, st)
                elif key in PII_KIND:
                    if key in ("PH", "PH2"):
                        v, st = gen.phone()
                    elif key == "LL":
                        v, st = gen.landline()
                    elif key == "ID":
                        v, st = gen.idn()
                    elif key == "CARD":
                        v, st = gen.card()
                    elif key == "ADDR_SHOP":
                        v, st = gen.addr_shop()
                    elif key == "ADDR_SITE":
                        v, st = gen.addr_site()
                    elif key == "ADDR_DORM":
                        v, st = gen.addr_dorm()
                    elif key == "ADDR_HOME":
                        v, st = gen.addr_home()
                    elif key == "PLATE":
                        v, st = gen.plate()
                    elif key == "TRUCK":
                        v, st = gen.truck()
                    elif key == "EBIKE":
                        v, st = gen.ebike()
                    elif key == "WX":
                        v, st = gen.wechat()
                    elif key == "QQ":
                        v, st = gen.qq()
                    elif key == "EMAIL":
                        v, st = gen.email()
                    elif key == "EMP":
                        v, st = gen.emp()
                    elif key == "RIDER":
                        v, st = gen.rider()
                    elif key == "DRIVER":
                        v, st = gen.driver()
                    elif key == "STORE":
                        v, st = gen.store()
                    if key == "ALIPAY":
                        kind, v, st = gen.alipay()
                    else:
                        kind = PII_KIND[key]
                    cache[key] = (kind, v, st)
                else:
                    if key in ("AMT", "AMT2"):
                        v = gen.amount()
                    elif key in ("PAY", "PAY2"):
                        v = str(rng.randint(28, 95) * 100) + rng.choice(["", "", "元", ".00"])
                    elif key in ("DATE", "DATE2"):
                        v = gen.date()
                    elif key == "APP":
                        v = gen.ch(APPS)
                    elif key == "EAPP":
                        v = gen.ch(EAPPS)
                    elif key == "LEND":
                        v = gen.ch(LENDERS)
                    elif key == "SHOPTYPE":
                        v = gen.ch(SHOPTYPES)
                    elif key == "SHOPN":
                        v = gen.shopn()
                    elif key == "SUR":
                        v = gen.sur_bare()
                    elif key == "CITYN":
                        v = gen.ch(CITIES)
                    elif key == "COMPANY":
                        v = gen.ch(COMPANIES)
                    elif key == "GOOD":
                        v = gen.ch(GOODS)
                    elif key == "STALL":
                        v = str(rng.randint(1, 120))
                    elif key == "N":
                        v = str(rng.randint(3, 46))
                    elif key == "MON":
                        v = gen.ch(MONTHS)
                    elif key == "DAYN":
                        v = str(rng.randint(5, 25))
                    elif key == "BANK":
                        v = gen.ch(BANKS)
                    elif key == "DISTRICTN":
                        v = gen.ch(DISTRICTN)
                    else:
                        raise KeyError(key)
                    cache[key] = (None, v, None)
            kind, v, st = cache[key]
            out.append(v)
            if kind:
                spans.append((kind, v, st))
        out.append(tpl[pos:])
        return "".join(out), spans

    def check_record(text, spans):
        vals = []
        for kind, v, st in spans:
            if (kind, v) not in [(k, x) for k, x, _ in vals]:
                vals.append((kind, v, st))
        # a value must not occur inside another value of the record
        for i, (_, a, _) in enumerate(vals):
            for j, (_, b, _) in enumerate(vals):
                if i != j and a in b:
                    return None
        # each occurrence of a value must be a placed one
        for kind, v, st in vals:
            placed = sum(1 for s in spans if s[1] == v)
            if text.count(v) != placed:
                return None
        # coverage of labelled spans
        covered = [False] * len(text)
        for _, v, _ in vals:
            i = text.find(v)
            while i >= 0:
                for k in range(i, i + len(v)):
                    covered[k] = True
                i = text.find(v, i + 1)
        # word-names anywhere must be inside a labelled span (when pii present)
        for w in WORD_NAMES:
            i = text.find(w)
            while i >= 0:
                if vals and not all(covered[i:i + len(w)]):
                    return None
                if not vals:
                    return None
                i = text.find(w, i + 1)
        # previously used names must not occur in this text
        for n in used_names:
            if n in text:
                return None
        vals.sort(key=lambda x: text.find(x[1]))
        return vals

    log_tpl_uses = {}
    groups_out = {}
    raw = []
    for g, i in base:
        tpl = T[g][i]
        for attempt in range(500):
            text, spans = fill(tpl)
            if text in ded_exact:
                rej["exact_other"] += 1
                continue
            if norm(text) in ded_norm:
                rej["norm_other"] += 1
                continue
            if text in seen_texts:
                rej["own_repeat"] += 1
                continue
            vals = check_record(text, spans)
            if vals is None:
                rej["span_check"] += 1
                continue
            break
        else:
            raise RuntimeError("cannot fill %s %d" % (g, i))
        seen_texts.add(text)
        texts_blob_parts.append(text)
        for kind, v, st in vals:
            if kind == "name" and st != "word_bare" and v not in used_name_set:
                used_names.append(v)
                used_name_set.add(v)
        raw.append((g, i, text, vals))
        key = "%s-%02d" % (g, i + 1)
        log_tpl_uses[key] = log_tpl_uses.get(key, 0) + 1

    # fixed none texts
    nf = list(NONE_FIXED)
    rng.shuffle(nf)
    picked = nf[:N_NONE_FIXED + 8]
    none_kept = 0
    none_drop = {"exact_other": 0, "norm_other": 0, "own_repeat": 0, "has_name": 0}
    for s in picked:
        if none_kept >= N_NONE_FIXED:
            break
        if s in ded_exact:
            none_drop["exact_other"] += 1
            continue
        if norm(s) in ded_norm:
            none_drop["norm_other"] += 1
            continue
        if s in seen_texts:
            none_drop["own_repeat"] += 1
            continue
        if any(n in s for n in used_names):
            none_drop["has_name"] += 1
            continue
        seen_texts.add(s)
        raw.append(("none", NONE_FIXED.index(s), s, []))
        none_kept += 1
    log["none_fixed_picked_scanned"] = len(picked)
    log["none_fixed_kept"] = none_kept
    log["none_drop"] = none_drop

    rng.shuffle(raw)
    out_records = []
    for n, (g, i, text, vals) in enumerate(raw, 1):
        rid = "t39-%04d" % n
        sender = None
        if rng.random() < 0.18:
            sender = gen.mobile_raw()
        out_records.append({"id": rid, "text": text, "sender": sender,
                            "pii": [{"kind": k, "value": v} for k, v, _ in vals]})
        groups_out[rid] = {"group": g, "template": "%s-%02d" % (g, i + 1),
                           "styles": [st for _, _, st in vals]}

    # final self-checks
    for r in out_records:
        for p in r["pii"]:
            assert p["value"] in r["text"], r["id"]
    for n in used_names:
        c = sum(1 for r in out_records if n in r["text"])
        assert c == 1, n
        assert n not in own_preserve_blob
    all_vals = set(p["value"] for r in out_records for p in r["pii"]
                   if p["value"] not in WORD_NAMES)
    for v in all_vals:
        assert v not in own_preserve_blob, v
    unused = [(g, i) for g in T for i in range(len(T[g]))
              if "%s-%02d" % (g, i + 1) not in log_tpl_uses]
    assert not unused, unused

    log["records"] = len(out_records)
    log["record_rejections"] = rej
    log["template_uses_min"] = min(log_tpl_uses.values())
    log["template_uses_max"] = max(log_tpl_uses.values())
    log["templates"] = sum(len(v) for v in T.values())
    log["none_fixed_total"] = len(NONE_FIXED)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune39.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out_records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune39_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for l in preserve_lines:
            f.write(l + "\n")
    with open(os.path.join(OUT_DIR, "groups39.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups_out, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    with open(os.path.join(OUT_DIR, "log39.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps(log, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
