#!/usr/bin/env python3
"""Tuning corpus 44 for the personal-data scrubber (blind writer).

Theme: where people live and where they are -- addresses, places and the
people tied to them, and the public places and address-like words that must
survive.  Standard library only.  Deterministic: SEED = 20261244, one
random.Random for records and one for the preserve list.

Env: TUNE44_OUT_DIR (default: this script's folder),
     TUNE44_DEDUPE_DIR (default: none, no dedupe).
Prints counts only.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
import random

SEED = 20261244
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE44_OUT_DIR") or HERE
DEDUPE_DIR = os.environ.get("TUNE44_DEDUPE_DIR") or ""
OWN_PREFIX = "scrub_tune44"
N_RECORDS = 1000
N_NONE = 50
BARE_USES = 3
PRESERVE_TARGET = 3000

# ---------------------------------------------------------------- tables
GEO = [
    ("", "北京市", ["朝阳区", "海淀区", "丰台区", "西城区", "东城区", "通州区", "昌平区"]),
    ("", "上海市", ["浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "普陀区", "宝山区"]),
    ("", "天津市", ["和平区", "南开区", "河西区", "滨海新区"]),
    ("", "重庆市", ["渝中区", "江北区", "沙坪坝区", "九龙坡区", "万州区"]),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "白云区", "番禺区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "罗湖区", "宝安区", "龙岗区"]),
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "上城区", "滨江区", "余杭区"]),
    ("江苏省", "南京市", ["玄武区", "鼓楼区", "秦淮区", "建邺区", "江宁区"]),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区", "吴江区"]),
    ("湖北省", "武汉市", ["江汉区", "武昌区", "洪山区", "江岸区", "汉阳区"]),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "天心区", "开福区", "雨花区"]),
    ("四川省", "成都市", ["锦江区", "武侯区", "青羊区", "成华区", "金牛区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城回族区"]),
    ("山东省", "济南市", ["历下区", "市中区", "槐荫区", "天桥区"]),
    ("山东省", "青岛市", ["市南区", "市北区", "崂山区", "黄岛区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区", "莲湖区"]),
    ("河北省", "石家庄市", ["长安区", "桥西区", "新华区", "裕华区"]),
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区", "庐阳区", "瑶海区"]),
    ("江西省", "南昌市", ["东湖区", "青山湖区", "红谷滩区"]),
    ("辽宁省", "沈阳市", ["沈河区", "皇姑区", "铁西区"]),
    ("吉林省", "长春市", ["南关区", "绿园区", "宽城区"]),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区", "香坊区"]),
    ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区"]),
    ("贵州省", "贵阳市", ["云岩区", "南明区", "观山湖区"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "兴宁区", "西乡塘区"]),
    ("山西省", "太原市", ["小店区", "迎泽区", "杏花岭区"]),
    ("甘肃省", "兰州市", ["城关区", "七里河区", "安宁区"]),
]
ROADS = ["人民路", "解放路", "中山路", "建设路", "胜利路", "新华路", "文化路", "青年路",
         "光明路", "幸福路", "友谊路", "团结路", "东风路", "长江路", "黄河路", "延安路",
         "滨江路", "花园路", "学府路", "工业路", "健康路", "育才路", "迎宾大道", "世纪大道",
         "科技路", "振兴路", "民主路", "红旗路", "五一路", "新村路", "湖滨路", "站前路",
         "北京路", "南京路", "广场路", "铁路街", "东大街", "西大街", "桃源路", "金沙路"]
ESTATES = ["幸福家园", "阳光花园", "锦绣华庭", "金色港湾", "翠苑小区", "和谐家园", "天鹅湖小区",
           "绿城桂花苑", "世纪新城", "怡景苑", "丽水佳园", "嘉禾苑", "南湖小区", "东湖新村",
           "望江花园", "明珠苑", "书香门第", "城南家园", "滨河小区", "紫荆花园", "香樟园",
           "碧水湾小区", "御景华府", "盛世华城", "水岸名都", "枫林绿洲", "康乐小区",
           "电力小区", "教师新村", "纺织厂宿舍", "粮食局家属院", "铁路新村", "天合苑", "融侨观邸"]
OFFICE_BLD = ["国贸", "环球", "汇金", "时代", "中天", "鼎盛", "宏达", "财富", "新世纪", "东方"]
SH_ROADS = ["昌平路", "延安西路", "武宁路", "曹杨路", "凯旋路", "控江路", "长阳路", "天山路", "虹桥路", "宜山路"]
SH_DIST = ["静安区", "普陀区", "长宁区", "杨浦区", "徐汇区", "虹口区"]

COUNTIES = [
    ("河南省", "周口市", "郸城县"), ("河南省", "驻马店市", "上蔡县"), ("安徽省", "阜阳市", "临泉县"),
    ("山东省", "菏泽市", "曹县"), ("四川省", "南充市", "仪陇县"), ("湖南省", "邵阳市", "隆回县"),
    ("江西省", "赣州市", "于都县"), ("河北省", "保定市", "阜平县"), ("甘肃省", "定西市", "通渭县"),
    ("湖北省", "黄冈市", "蕲春县"), ("江苏省", "徐州市", "沛县"), ("福建省", "莆田市", "仙游县"),
    ("云南省", "昭通市", "镇雄县"), ("陕西省", "渭南市", "蒲城县"), ("广西壮族自治区", "玉林市", "博白县"),
    ("山西省", "吕梁市", "临县"), ("重庆市", "", "巫山县"), ("贵州省", "遵义市", "桐梓县"),
]
TOWN_ROOT = ["双河", "古城", "青龙", "龙泉", "三河", "大营", "柳林", "桃园", "清水", "长岭",
             "太平", "兴隆", "永安", "东坝", "西岭", "新集", "石桥", "白庙", "黄岗", "马集"]
VILLAGE_ROOT = ["红星", "前进", "东方红", "光明", "新民", "五一", "团结", "建设", "大王庄",
                "小李庄", "后张", "前刘", "杨家湾", "赵家沟", "石门", "柳树", "枣林", "下河",
                "上坪", "槐树", "杏花", "陈家岗", "孙家洼", "周楼", "高庙"]
TUN_COUNTY = [("吉林省", "松原市", "前郭尔罗斯蒙古族自治县"), ("黑龙江省", "绥化市", "青冈县"),
              ("辽宁省", "铁岭市", "昌图县"), ("吉林省", "四平市", "梨树县"), ("黑龙江省", "齐齐哈尔市", "拜泉县")]
TUN = ["王家屯", "李家屯", "后屯", "三家子屯", "靠山屯", "兴隆屯", "五家户屯", "老营屯", "东屯", "腰屯"]
NM_QI = [("锡林郭勒盟", "正蓝旗"), ("呼伦贝尔市", "陈巴尔虎旗"), ("鄂尔多斯市", "乌审旗"),
         ("通辽市", "科尔沁左翼中旗"), ("赤峰市", "阿鲁科尔沁旗"), ("兴安盟", "科尔沁右翼前旗")]
SUMU = ["那日图苏木", "宝力根苏木", "巴彦胡硕苏木", "额很乌苏苏木", "达来苏木", "呼和诺尔苏木"]
GACHA = ["巴彦嘎查", "乌兰嘎查", "阿拉坦嘎查", "额尔敦嘎查", "查干淖尔嘎查", "宝日陶勒盖嘎查", "哈日根台嘎查"]
SHI = ["一", "二", "四", "五", "六", "七", "八", "九", "十"]
TUAN = ["一二一", "一三三", "一四三", "一五〇", "一二三", "一四七", "二二二", "三〇一"]
FARMS = ["友谊", "八五三", "二九〇", "七星", "胜利", "红卫"]
FORESTS = ["塞罕坝机械", "图强", "带岭", "露水河", "绰尔", "汪清"]
MINES = [("河南省", "平顶山市", "十一"), ("山西省", "大同市", "云冈"), ("安徽省", "淮南市", "潘一"),
         ("黑龙江省", "鹤岗市", "兴安"), ("山东省", "枣庄市", "柴里")]
MINO = [
    ("新疆伊犁哈萨克自治州伊宁市", ["解放路", "斯大林街", "艾兰木巴格路", "新华东路"], "lane"),
    ("新疆喀什地区喀什市", ["人民东路", "解放北路", "色满路", "吐曼路"], "lane"),
    ("新疆维吾尔自治区和田地区和田县", ["巴格其镇", "拉依喀乡", "罕艾日克镇"], "vilug"),
    ("西藏自治区拉萨市城关区", ["北京中路", "江苏路", "林廓北路", "娘热路"], "road"),
    ("西藏自治区日喀则市桑珠孜区", ["甲措雄乡", "聂日雄乡"], "viltb"),
    ("云南省西双版纳傣族自治州景洪市", ["嘎洒镇", "勐罕镇"], "dai"),
    ("四川省凉山彝族自治州昭觉县", ["四开乡", "竹核乡", "比尔乡"], "vil"),
    ("吉林省延边朝鲜族自治州延吉市", ["光明街", "河南街", "新兴街", "局子街"], "road"),
    ("广西壮族自治区百色市那坡县", ["城厢镇", "百省乡", "平孟镇"], "tunz"),
    ("宁夏回族自治区吴忠市利通区", ["利宁街", "裕民路", "朝阳街"], "road"),
    ("青海省玉树藏族自治州玉树市", ["结古镇", "扎西科路", "胜利路"], "road"),
]
HK_DIST = ["九龍旺角", "九龍觀塘", "香港北角", "香港灣仔", "新界沙田", "新界荃灣", "新界元朗", "九龍深水埗"]
HK_STREET = ["彌敦道", "英皇道", "軒尼詩道", "青山公路", "大埔道", "觀塘道", "荔枝角道", "沙咀道"]
HK_BLD = ["富豪大廈", "華豐大廈", "嘉輝中心", "利豐樓", "新興大廈", "金龍樓", "海景大廈", "怡安閣"]
HK_EST = ["沙田第一城", "美孚新邨", "太古城", "麗港城", "黃埔花園", "嘉湖山莊"]
MO_STREET = ["高士德大馬路", "罅些喇提督大馬路", "黑沙環新街", "氹仔柯維納馬路", "提督馬路", "筷子基北街"]
MO_BLD = ["金利達花園", "海景大廈", "恒豐大廈", "友誼大廈", "寶豐大廈", "濠景花園"]
TW_CITY = ["臺北市大安區", "臺北市信義區", "新北市板橋區", "臺中市西屯區", "高雄市苓雅區", "臺南市東區", "桃園市中壢區", "新竹市東區"]
TW_ROAD = ["仁愛路", "信義路", "忠孝東路", "復興南路", "民生路", "中正路", "中山北路", "建國路", "光復路", "文化路"]
TW_LI = ["文化里", "民生里", "忠孝里", "福德里", "中正里", "光明里", "仁愛里", "興隆里"]
EN_CITY = [("Beijing", ["Chaoyang", "Haidian", "Dongcheng"]), ("Shanghai", ["Xuhui", "Pudong New Area", "Jing'an"]),
           ("Guangzhou", ["Tianhe", "Yuexiu"]), ("Shenzhen", ["Nanshan", "Futian"]),
           ("Hangzhou", ["Xihu", "Binjiang"]), ("Chengdu", ["Wuhou", "Jinjiang"]), ("Wuhan", ["Hongshan", "Wuchang"])]
EN_PROV = {"Guangzhou": "Guangdong", "Shenzhen": "Guangdong", "Hangzhou": "Zhejiang", "Chengdu": "Sichuan",
           "Wuhan": "Hubei", "Beijing": "", "Shanghai": ""}
EN_ROAD = ["Zhongshan", "Renmin", "Jiefang", "Jianshe", "Xinhua", "Heping", "Changjiang", "Yan'an", "Kexue", "Wenhua"]
EN_EST = ["Jinxiu Garden", "Xingfu Jiayuan", "Yangguang Huayuan", "Binjiang Mingyuan", "Taoyuan Xincun",
          "Century City", "Lakeside Villa", "Cuiyuan Xiaoqu"]
HK_EN_EST = ["Taikoo Shing", "Mei Foo Sun Chuen", "City One Shatin", "Laguna City", "Whampoa Garden"]
HK_EN_ST = ["Nathan Road", "King's Road", "Hennessy Road", "Castle Peak Road", "Tai Po Road"]
HK_EN_DIST = ["Mong Kok, Kowloon", "North Point", "Wan Chai", "Sha Tin, New Territories", "Tsuen Wan, New Territories"]
PY_PROV = [("Hubei", "Wuhan", "Hongshan"), ("Hunan", "Changsha", "Yuelu"), ("Henan", "Zhengzhou", "Jinshui"),
           ("Sichuan", "Chengdu", "Wuhou"), ("Guangdong", "Dongguan", "Nancheng"), ("Shandong", "Jinan", "Lixia")]
PY_ROAD = ["Luoyu", "Renmin", "Jiefang", "Zhongshan", "Xingfu", "Jianshe", "Wenhua", "Huayuan"]
PY_EST = ["Xingfu Jiayuan", "Yangguang Huayuan", "Jinse Ganwan", "Hexie Jiayuan", "Nanhu Xiaoqu", "Donghu Xincun"]
LM_SHOP = ["华联超市", "永辉超市", "新华书店", "农商银行", "邮政储蓄", "中国石化加油站", "老街粮油店", "红旗连锁"]
LM_BRAND = ["蜜雪冰城", "肯德基", "瑞幸咖啡", "名创优品", "华莱士", "正新鸡排"]

# non-personal fillers
LENDERS = ["某某消费金融", "安逸花", "分期乐", "360借条", "美团借钱", "京东金条", "招联金融", "平安普惠",
           "拍拍贷", "洋钱罐", "宜人贷", "度小满", "借呗", "微粒贷", "小赢卡贷", "你我贷"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "中国邮政储蓄银行",
         "兴业银行", "浦发银行", "中信银行", "民生银行", "光大银行", "平安银行", "华夏银行", "广发银行", "农村商业银行"]
MALLS = ["万达广场", "吾悦广场", "大悦城", "万象城", "银泰城", "龙湖天街", "凯德广场", "苏宁广场", "印象城", "来福士"]
BRANDS = ["星巴克", "肯德基", "麦当劳", "瑞幸咖啡", "蜜雪冰城", "海底捞", "优衣库", "名创优品", "华为体验店",
          "小米之家", "喜茶", "必胜客", "沃尔玛", "盒马鲜生", "屈臣氏", "周大福", "老乡鸡", "西贝莜面村"]
HOSP_FIXED = ["华西医院", "湘雅医院", "协和医院", "瑞金医院", "中山大学附属第一医院", "同济医院", "齐鲁医院",
              "西京医院", "郑大一附院", "鼓楼医院", "301医院", "天坛医院"]
SCHOOL_FIXED = ["北京大学", "武汉大学", "四川大学", "中山大学", "浙江大学", "山东大学", "郑州大学", "湖南大学",
                "兰州大学", "厦门大学", "吉林大学", "新疆大学", "西藏大学"]
STATIONS = ["北京西站", "北京南站", "上海虹桥站", "广州南站", "深圳北站", "成都东站", "武汉站", "杭州东站",
            "郑州东站", "长沙南站", "西安北站", "南京南站", "重庆北站", "合肥南站", "济南西站", "贵阳北站"]
AIRPORTS = ["首都国际机场", "大兴国际机场", "浦东国际机场", "虹桥国际机场", "白云国际机场", "宝安国际机场",
            "天府国际机场", "双流国际机场", "天河国际机场", "萧山国际机场", "咸阳国际机场", "黄花国际机场",
            "地窝堡国际机场", "贡嘎国际机场", "长水国际机场", "新郑国际机场"]
SCENIC = ["西湖", "故宫", "黄山", "张家界", "九寨沟", "洪崖洞", "鼓浪屿", "宽窄巷子", "夫子庙", "田子坊",
          "南锣鼓巷", "橘子洲", "兵马俑", "布达拉宫", "喀纳斯", "天山天池", "维多利亚港", "日月潭", "大三巴牌坊",
          "丽江古城", "凤凰古城", "泰山", "峨眉山", "外滩", "五大道", "趵突泉", "千岛湖", "呼伦贝尔大草原"]
FWQ = ["京港澳高速新乡服务区", "沪昆高速金华服务区", "京沪高速梁山服务区", "连霍高速三门峡服务区",
       "沈海高速宁德服务区", "京哈高速山海关服务区", "沪蓉高速麻城服务区", "包茂高速延安服务区",
       "杭金衢高速诸暨服务区", "长深高速天长服务区", "大广高速蕲春服务区", "京昆高速雅安服务区"]
PARK_FIXED = ["苏州工业园区", "张江高科技园区", "中关村软件园", "光谷软件园", "漕河泾开发区", "天府软件园",
              "深圳湾科技生态园", "武汉经济技术开发区", "郑州航空港经济综合实验区", "两江新区"]
JD_ROOT = ["南湖", "城关", "东城", "西湖", "新华", "解放", "朝阳", "和平", "花园", "滨江", "站前", "建设", "五一", "桃园"]
HOTLINES = ["12345", "12378", "12363", "95533", "95588", "400-820-8820"]

SUR_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
                  "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏辉建志文海波宁飞鑫彬浩宇晨雪琳婷慧倩颖佳"
             "欣怡嘉俊凯博思梦瑶子轩涵睿泽宏永春荣凤亮斌健峰东成德福贵云珍梅莉燕蓉丹晓立庆振翠琴淑")
SUR_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "尉迟", "公孙", "令狐", "宇文",
                "长孙", "司徒", "夏侯", "南宫", "端木", "独孤", "呼延"]
SUR_RARE = list("禤亓訾仉笪乜酆逯隗蒯郗冼芮阚缪眭琚鄢郄厍佘")
TR_SUR = list("陳黃張劉林王吳蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴")
TR_GIVEN = ["志明", "淑芬", "雅婷", "家豪", "怡君", "冠宇", "俊傑", "美玲", "建宏", "佩珊", "宗翰", "欣怡",
            "承恩", "詠晴", "偉倫", "嘉欣", "國華", "麗華", "文傑", "曉雯", "子豪", "慧敏", "振興", "秀蘭",
            "嘉慧", "浩然", "永康", "寶珠", "錦榮", "月娥", "志強", "穎琳"]
UG = ["买买提", "艾力", "阿不都", "吐尔逊", "热依拉", "古丽娜尔", "阿依古丽", "帕提古丽", "努尔兰", "艾合买提",
      "麦麦提", "依明", "热合曼", "阿迪力", "迪丽拜尔", "玉素甫", "库尔班", "阿布来提", "叶尔兰", "哈力木"]
TIB_A = ["扎西", "次仁", "格桑", "达瓦", "尼玛", "洛桑", "索朗", "平措", "旺堆", "边巴", "普布", "拉巴"]
TIB_B = ["多吉", "卓玛", "顿珠", "旦增", "拉姆", "央宗", "措姆", "卓嘎", "罗布", "曲珍"]
MON_A = ["巴特", "额尔敦", "朝鲁", "宝音", "那仁", "乌日", "阿拉坦", "斯琴", "其其"]
MON_B = ["其木格", "毕力格", "巴雅尔", "图雅", "高娃", "苏和", "达来", "格日勒"]
YI_A = ["吉克", "阿苏", "沙马", "吉木", "阿合", "俄木"]
YI_B = ["阿依", "木呷", "拉且", "尔古", "拉哈", "子哈"]
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
          "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Han", "Feng", "Deng"]
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yong", "Yan", "Jie", "Tao", "Ming",
            "Chao", "Xiaoming", "Jianguo", "Haiyan", "Zhiqiang", "Lihua", "Guoqing", "Yuting", "Zihan",
            "Haoran", "Xiuying", "Jianhua", "Meiling", "Chunlan", "Yufei", "Kaiwen", "Shuang"]
CHAN = [("CHAN", "Tai-man"), ("WONG", "Ka-ho"), ("LEUNG", "Siu-ming"), ("CHEUNG", "Wing-yan"), ("LAU", "Chi-keung"),
        ("HO", "Mei-ling"), ("NG", "Kwok-wai"), ("LEE", "Hoi-yan"), ("TSANG", "Chun-kit"), ("YEUNG", "Suk-fan")]

MOBILE_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
              "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREA = ["010", "021", "022", "023", "020", "0755", "0571", "025", "027", "0731", "028", "0371", "0531", "029", "0311"]
ID_AREA = ["110105", "310104", "440305", "420106", "510107", "430104", "410105", "370102", "330106", "320102",
           "650102", "540102", "152501", "532801", "513431", "222401", "450103", "411625", "341221", "372922",
           "511324", "430524", "360731", "130624"]
CARD_PRE = ["622202", "621700", "622848", "621661", "622588", "621483", "622260", "623058", "622700", "621226",
            "622908", "621799", "622155", "623668"]
PLATE_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏宁")
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
CN_DIG = "零一二三四五六七八九"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

# --------------------------------------------------------------- helpers


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_digits(s):
    return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise ValueError


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def hk_check(letter, digits):
    tot = 36 * 9 + (ord(letter) - 55) * 8
    for i, d in enumerate(digits):
        tot += int(d) * (7 - i)
    r = (11 - tot % 11) % 11
    return "A" if r == 10 else str(r)


TW_L = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
        "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
        "W": 32, "X": 30, "Y": 31, "Z": 33}


def tw_id_ok(s):
    v = TW_L[s[0]]
    tot = v // 10 + (v % 10) * 9
    for i, d in enumerate(s[1:9]):
        tot += int(d) * (8 - i)
    tot += int(s[9])
    return tot % 10 == 0


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return re.sub(r"\d+", "0", "".join(out))


# ------------------------------------------------------------ generators
class Gen:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    # ---- names
    def name(self, form=None):
        r = self.r
        if form is None:
            form = r.choices(["c3", "c2", "comp", "rare", "tr", "mi", "sp", "py"],
                             [46, 18, 8, 7, 4, 5, 6, 2])[0]
        if form == "c3":
            return self.c(SUR_COMMON) + self.c(GIVEN) + self.c(GIVEN), "common3"
        if form == "c2":
            return self.c(SUR_COMMON) + self.c(GIVEN), "common2"
        if form == "comp":
            g = self.c(GIVEN) + (self.c(GIVEN) if r.random() < 0.5 else "")
            return self.c(SUR_COMPOUND) + g, "compound"
        if form == "rare":
            g = self.c(GIVEN) + (self.c(GIVEN) if r.random() < 0.6 else "")
            return self.c(SUR_RARE) + g, "rare"
        if form == "tr":
            return self.c(TR_SUR) + self.c(TR_GIVEN), "traditional"
        if form == "sp":
            n = self.c(SUR_COMMON) + self.c(GIVEN) + (self.c(GIVEN) if r.random() < 0.7 else "")
            sep = self.c([" ", " ", "\u3000"])
            if r.random() < 0.5:
                return n[0] + sep + n[1:], "spaced"
            return sep.join(n), "spaced"
        if form == "py":
            s, g = self.c(PY_SUR), self.c(PY_GIVEN)
            k = r.randrange(5)
            if k == 0:
                return s + " " + g, "pinyin"
            if k == 1:
                return s.upper() + " " + g, "pinyin"
            if k == 2:
                return g + " " + s, "pinyin"
            if k == 3:
                return (s + " " + g).upper(), "pinyin"
            a, b = self.c(CHAN)
            return a + " " + b, "pinyin"
        if form == "mi":
            k = r.choices(["ug", "tib", "mon", "yi", "dai"], [45, 20, 15, 12, 8])[0]
            if k == "ug":
                a = self.c(UG)
                b = self.c([x for x in UG if x != a])
                return a + self.c(["·", "·", "•", "・"]) + b, "minority-uyghur"
            if k == "tib":
                return self.c(TIB_A) + self.c(TIB_B), "minority-tibetan"
            if k == "mon":
                return self.c(MON_A) + self.c(MON_B), "minority-mongolian"
            if k == "yi":
                return self.c(YI_A) + "·" + self.c(YI_B), "minority-yi"
            return self.c("岩玉") + self.c("温罕香叫应光南旺"), "minority-dai"
        raise KeyError(form)

    # ---- phones
    def mobile(self):
        return self.c(MOBILE_PRE) + "".join(self.c("0123456789") for _ in range(8))

    def phone(self, form=None):
        r = self.r
        m = self.mobile()
        if form is None:
            form = r.choices(["plain", "sp", "dash", "p86", "fw", "land"], [50, 20, 8, 6, 4, 12])[0]
        if form == "plain":
            return m, "mobile-plain"
        if form == "sp":
            sep = self.c([" ", " ", "\u3000"])
            return m[:3] + sep + m[3:7] + sep + m[7:], "mobile-spaced"
        if form == "dash":
            return m[:3] + "-" + m[3:7] + "-" + m[7:], "mobile-dashed"
        if form == "p86":
            return self.c(["+86 ", "+86", "+86-"]) + m, "mobile-+86"
        if form == "fw":
            return m.translate(FW), "mobile-fullwidth"
        if form == "mask":
            return m[:3] + "****" + m[7:], "mobile-masked"
        if form == "land":
            a = self.c(AREA)
            n = str(r.randint(2, 8)) + "".join(self.c("0123456789") for _ in range(7 if len(a) == 3 else 6))
            return self.c([a + "-" + n, "(" + a + ")" + n, a + " " + n]), "landline"
        if form == "hk":
            n = self.c("569") + "".join(self.c("0123456789") for _ in range(7))
            return self.c(["", "+852 ", "(852) "]) + n[:4] + " " + n[4:], "hongkong"
        if form == "mo":
            n = "6" + "".join(self.c("0123456789") for _ in range(7))
            return self.c(["", "+853 "]) + n[:4] + " " + n[4:], "macau"
        if form == "tw":
            n = "09" + "".join(self.c("0123456789") for _ in range(8))
            return self.c([n[:4] + "-" + n[4:7] + "-" + n[7:], n, "+886 " + n[1:4] + " " + n[4:7] + " " + n[7:]]), "taiwan"
        raise KeyError(form)

    # ---- ids
    def idnum(self, form=None):
        r = self.r
        if form == "hk":
            L = self.c("ACDEGHKMPRVYZ")
            d = "".join(self.c("0123456789") for _ in range(6))
            return L + d + "(" + hk_check(L, d) + ")", "hongkong"
        if form == "tw":
            while True:
                s = self.c("ABDEFHKNPQRSTU") + self.c("12") + "".join(self.c("0123456789") for _ in range(8))
                if tw_id_ok(s):
                    return s, "taiwan"
        y = r.randint(1960, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = self.c(ID_AREA) + "%04d%02d%02d" % (y, m, d) + "%03d" % r.randint(1, 999)
        full = s17 + id_check(s17)
        if form is None:
            form = r.choices(["plain", "sp", "sp4", "fw"], [70, 18, 6, 6])[0]
        if form == "plain":
            if full.endswith("X") and r.random() < 0.3:
                return full[:-1] + "x", "plain-x"
            return full, "plain"
        if form == "sp":
            return full[:6] + " " + full[6:14] + " " + full[14:], "spaced-6-8-4"
        if form == "sp4":
            return full[:6] + " " + full[6:10] + " " + full[10:14] + " " + full[14:], "spaced-6-4-4-4"
        return full.translate(FW), "fullwidth"

    def card(self):
        ln = self.c([16, 19, 19])
        p = self.c(CARD_PRE) + "".join(self.c("0123456789") for _ in range(ln - 7))
        c = luhn_complete(p)
        k = self.r.choices(["plain", "sp"], [60, 40])[0]
        if k == "sp":
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "spaced"
        return c, "plain"

    def plate(self):
        r = self.r
        pv = self.c(PLATE_PROV) + self.c(PLATE_LET)
        if r.random() < 0.25:
            rest = self.c("DF") + self.c(ALNUM) + "".join(self.c("0123456789") for _ in range(4))
            st = "new-energy"
        else:
            rest = "".join(self.c(ALNUM) for _ in range(5))
            if not any(ch.isdigit() for ch in rest):
                rest = rest[:4] + self.c("0123456789")
            st = "ordinary"
        sep = r.choices(["", "·", " ", "-"], [60, 20, 15, 5])[0]
        return pv + sep + rest, st + ("" if not sep else "-sep")

    def wechat(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return "wxid_" + "".join(self.c("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), "wxid"
        if k == 1:
            return self.c(PY_SUR).lower() + self.c(PY_GIVEN).lower() + str(r.randint(1970, 2005)), "pinyin-year"
        return self.c(["xiaoyu", "sunny", "happy", "lucky", "mumu", "dabao", "ahua"]) + "_" + str(r.randint(100, 99999)), "word-digits"

    def qq(self):
        return str(self.r.randint(1, 9)) + "".join(self.c("0123456789") for _ in range(self.r.randint(5, 9))), "qq"

    def email(self):
        r = self.r
        k = r.randrange(3)
        dom = self.c(["163.com", "126.com", "qq.com", "sina.com", "outlook.com", "gmail.com", "foxmail.com"])
        if k == 0 or dom == "qq.com":
            user = str(r.randint(10000, 2999999999)) if dom == "qq.com" else self.c(PY_SUR).lower() + str(r.randint(10, 9999))
        elif k == 1:
            user = self.c(PY_SUR).lower() + "." + self.c(PY_GIVEN).lower()
        else:
            user = self.c(PY_GIVEN).lower() + self.c(PY_SUR).lower() + str(r.randint(80, 99))
        return user + "@" + dom, "email"

    def account(self, form=None):
        r = self.r
        if form is None:
            form = self.c(["sf", "zto", "mt", "ht", "hh"])
        if form == "sf":
            return "SF" + "".join(self.c("0123456789") for _ in range(13)), "waybill"
        if form == "zto":
            return "7" + "".join(self.c("0123456789") for _ in range(13)), "waybill"
        if form == "mt":
            return "".join(self.c("0123456789") for _ in range(19)), "takeaway-order"
        if form == "ht":
            return "ZL" + str(r.randint(2019, 2026)) + "%06d" % r.randint(1, 999999), "rental-contract"
        return "".join(self.c("0123456789") for _ in range(10)), "utility-account"

    # ---- addresses
    def geo(self):
        return self.c(GEO)

    def prefix(self, full_p=0.5):
        p, c, ds = self.geo()
        d = self.c(ds)
        k = self.r.random()
        if k < full_p:
            return p + c + d
        if k < full_p + 0.3:
            return c + d
        return d

    def room(self):
        f = self.r.randint(1, 28)
        return "%d%02d" % (f, self.r.randint(1, 4))

    def num(self):
        return str(self.r.choice([self.r.randint(1, 30), self.r.randint(1, 200), self.r.randint(1, 999)]))

    def estate_part(self, style=None):
        r = self.r
        e = self.c(ESTATES)
        b, u, rm = r.randint(1, 32), r.randint(1, 6), self.room()
        if style is None:
            style = r.choices(["du", "hl", "d", "dash", "dush"], [45, 20, 15, 12, 8])[0]
        if style == "du":
            return e + "%d栋%d单元%s室" % (b, u, rm)
        if style == "hl":
            return e + "%d号楼%d门%s" % (b, u, rm)
        if style == "d":
            return e + "%d幢%s室" % (b, rm)
        if style == "dash":
            return e + "%d-%d-%s" % (b, u, rm)
        return e + "%d栋%d单元%s" % (b, u, rm)

    def addr(self, style=None):
        r = self.r
        if style is None:
            style = r.choices(["urb", "est", "dash", "road", "vil", "off", "sh", "cn", "fw", "sp", "tun",
                               "nm", "farm", "lm"], [25, 20, 8, 8, 10, 4, 4, 4, 3, 3, 2, 2, 2, 2])[0]
        if style == "urb":
            p = self.prefix(0.45)
            return p + self.c(ROADS) + self.num() + "号" + self.estate_part(), "urban-full"
        if style == "est":
            if r.random() < 0.3:
                return self.prefix(0.1) + self.estate_part(), "estate+district"
            return self.estate_part(), "estate-building-room"
        if style == "dash":
            if r.random() < 0.5:
                return self.estate_part("dash"), "dashed"
            return self.c(ROADS) + self.num() + "号%d-%d-%s" % (r.randint(1, 20), r.randint(1, 6), self.room()), "dashed"
        if style == "road":
            p = self.prefix(0.2) if r.random() < 0.5 else ""
            return p + self.c(ROADS) + self.num() + "号", "road+number"
        if style == "cn":
            e = self.c(ESTATES)
            b, u = r.randint(1, 29), r.randint(1, 6)
            rm = self.room()
            tail = self.c([cn_digits(rm) + "室", rm + "室", rm, cn_digits(rm)])
            return e + cn_num(b) + self.c(["栋", "号楼", "幢"]) + cn_num(u) + "单元" + tail, "chinese-numerals"
        if style == "fw":
            a = self.c([self.estate_part(), self.c(ROADS) + self.num() + "号" + self.estate_part("du")])
            return a.translate(FW), "fullwidth"
        if style == "sp":
            p, c, ds = self.geo()
            parts = ([p] if p else []) + [c, self.c(ds), self.c(ROADS), self.num() + "号",
                                             self.c(ESTATES), "%d栋" % r.randint(1, 30), self.room() + "室"]
            if r.random() < 0.4:
                parts = parts[-5:]
            sep = self.c([" ", " ", "\u3000"])
            return sep.join(parts), "spaced"
        if style == "ml":
            p, c, ds = self.geo()
            l1 = p + c + self.c(ds)
            if r.random() < 0.5:
                return l1 + "\n" + self.c(ROADS) + self.num() + "号" + self.estate_part("du"), "multi-line"
            return l1 + self.c(ROADS) + self.num() + "号\n" + self.estate_part("du"), "multi-line"
        if style == "sh":
            pre = self.c(["上海市", ""]) + self.c(SH_DIST)
            return pre + self.c(SH_ROADS) + "%d弄%d号%s室" % (r.randint(1, 1200), r.randint(1, 60), self.room()), "shanghai-lane"
        if style == "off":
            p = self.prefix(0.2)
            return (p + self.c(ROADS) + self.num() + "号" + self.c(OFFICE_BLD) + "大厦" + self.c("ABCD") + "座"
                    + "%d层" % r.randint(2, 40) + self.c(["", self.room() + "室"])), "office"
        if style == "vil":
            pv, ci, co = self.c(COUNTIES)
            town = self.c(TOWN_ROOT) + self.c(["镇", "镇", "乡"])
            vil = self.c(VILLAGE_ROOT) + "村"
            k = r.randrange(5)
            if k == 0:
                g = "%d组%d号" % (r.randint(1, 15), r.randint(1, 80))
            elif k == 1:
                g = cn_num(r.randint(1, 12)) + "组" + str(r.randint(1, 60)) + "号"
            elif k == 2:
                g = "%d队" % r.randint(1, 12)
            elif k == 3:
                g = "%d社%d号" % (r.randint(1, 9), r.randint(1, 50))
            else:
                g = cn_num(r.randint(1, 9)) + "组"
            pre = self.c([pv + ci + co, ci + co, co, pv + co])
            return pre + town + vil + g, "village"
        if style == "tun":
            pv, ci, co = self.c(TUN_COUNTY)
            town = self.c(TOWN_ROOT) + "镇"
            if r.random() < 0.5:
                return self.c([pv + ci + co, co]) + town + self.c(VILLAGE_ROOT) + "村" + self.c(TUN) + "%d号" % r.randint(1, 60), "tun"
            return co + town + self.c(TUN) + "%d号" % r.randint(1, 60), "tun"
        if style == "nm":
            ci, qi = self.c(NM_QI)
            pre = self.c(["内蒙古自治区" + ci + qi, ci + qi, qi])
            return pre + self.c(SUMU) + self.c(GACHA) + self.c(["%d号" % r.randint(1, 80), "%d组" % r.randint(1, 6), ""]) , "sumu-gacha"
        if style == "bt":
            k = r.randrange(3)
            if k == 0:
                return "新疆生产建设兵团第%s师%s团%s连%d号" % (self.c(SHI), self.c(TUAN), cn_num(r.randint(1, 20)), r.randint(1, 90)), "bingtuan"
            if k == 1:
                return "兵团%s师%s团%d连%d栋%d号" % (self.c(SHI), self.c(TUAN), r.randint(1, 20), r.randint(1, 12), r.randint(1, 40)), "bingtuan"
            return "第%s师%s团%s连住宅区%d号" % (self.c(SHI), self.c(TUAN), cn_num(r.randint(1, 20)), r.randint(1, 90)), "bingtuan"
        if style == "farm":
            k = r.randrange(3)
            if k == 0:
                return self.c(["黑龙江省", ""]) + self.c(FARMS) + "农场第%s管理区%d号" % (cn_num(r.randint(1, 12)), r.randint(1, 120)), "farm"
            if k == 1:
                return self.c(FORESTS) + "林场%s工区家属房%d号" % (cn_num(r.randint(1, 9)), r.randint(1, 60)), "forest"
            pv, ci, mn = self.c(MINES)
            if r.random() < 0.5:
                return self.c([pv + ci, ci, ""]) + mn + "矿区%d号家属院%d栋%d号" % (r.randint(1, 9), r.randint(1, 20), r.randint(1, 60)), "mine"
            return self.c([pv + ci, ci]) + mn + "矿家属院%d栋%d单元%d号" % (r.randint(1, 20), r.randint(1, 5), r.randint(1, 60)), "mine"
        if style == "mino":
            pre, subs, kind = self.c(MINO)
            s = self.c(subs)
            if kind == "lane":
                return pre + s + "%d巷%d号" % (r.randint(1, 40), r.randint(1, 90)), "minority-region"
            if kind == "road":
                return pre + s + "%d号" % r.randint(1, 300) + self.c(["", "%d栋%s室" % (r.randint(1, 12), self.room())]), "minority-region"
            if kind == "dai":
                return pre + s + self.c(["曼景法村", "曼达村", "曼迈村", "曼听村"]) + "%d号" % r.randint(1, 120), "minority-region"
            if kind == "tunz":
                return pre + s + self.c(["那布屯", "弄陇屯", "坡皿屯", "念井屯"]) + "%d号" % r.randint(1, 60), "minority-region"
            vl = {"vilug": ["阿依巴格村", "托万克村", "英阿瓦提村"], "viltb": ["达孜村", "念扎村", "曲美村"]}.get(kind, ["吉觉村", "日哈村", "四开村"])
            return pre + s + self.c(vl) + "%d组%d号" % (r.randint(1, 9), r.randint(1, 60)), "minority-region"
        if style == "hk":
            if r.random() < 0.5:
                return (self.c(["香港", ""]) + self.c(HK_DIST) + self.c(HK_STREET) + "%d號" % r.randint(1, 600)
                        + self.c(HK_BLD) + "%d樓%s室" % (r.randint(2, 30), self.c("ABCDEFGH"))), "hongkong"
            return (self.c(["新界", "九龍", "香港"]) + self.c(HK_EST) + "%d座%d樓%s室" % (r.randint(1, 40), r.randint(2, 30), self.c("ABCDEFGH"))), "hongkong"
        if style == "mo":
            return ("澳門" + self.c(MO_STREET) + "%d號" % r.randint(1, 300) + self.c(MO_BLD)
                    + "%d樓%s座" % (r.randint(1, 30), self.c("ABCDEFG"))), "macau"
        if style == "tw":
            k = r.randrange(3)
            city = self.c(TW_CITY)
            if k == 0:
                return (city + self.c(TW_ROAD) + self.c(["一", "二", "三", "四"]) + "段%d巷%d弄%d號%d樓"
                        % (r.randint(1, 300), r.randint(1, 30), r.randint(1, 80), r.randint(2, 15))), "taiwan-lane"
            if k == 1:
                return (city + self.c(TW_LI) + "%d鄰" % r.randint(1, 30) + self.c(TW_ROAD)
                        + "%d號%d樓" % (r.randint(1, 400), r.randint(1, 12)) + self.c(["", "之1", "之2"])), "taiwan-li-lin"
            return (city + self.c(TW_ROAD) + "%d巷%d號%d樓之%d" % (r.randint(1, 200), r.randint(1, 90), r.randint(2, 12), r.randint(1, 5))), "taiwan-lane"
        if style == "en":
            if r.random() < 0.3:
                return ("Flat %s, %d/F, Block %d, %s, %s, Hong Kong" % (self.c("ABCDEFGH"), r.randint(2, 30), r.randint(1, 20),
                                                                         self.c(HK_EN_EST), self.c(HK_EN_DIST))), "english-hk"
            city, ds = self.c(EN_CITY)
            pv = EN_PROV[city]
            tail = ", " + self.c(ds) + " District, " + city + ((", " + pv) if pv else "")
            if r.random() < 0.5:
                return ("Room %s, Unit %d, Building %d, %s, No. %d %s Road%s"
                        % (self.room(), r.randint(1, 6), r.randint(1, 30), self.c(EN_EST), r.randint(1, 400), self.c(EN_ROAD), tail)), "english"
            return ("%d %s Road, %s Bldg %d Rm %s%s" % (r.randint(1, 400), self.c(EN_ROAD), self.c(EN_EST), r.randint(1, 30), self.room(), tail)), "english"
        if style == "py":
            pv, ci, di = self.c(PY_PROV)
            k = r.randrange(3)
            if k == 0:
                return "%s Sheng %s Shi %s Qu %s Lu %d Hao" % (pv, ci, di, self.c(PY_ROAD), r.randint(1, 300)), "pinyin"
            if k == 1:
                return "%s %d Dong %d Danyuan %s" % (self.c(PY_EST), r.randint(1, 30), r.randint(1, 6), self.room()), "pinyin"
            return "%s Lu %d Hao %s %d-%d-%s" % (self.c(PY_ROAD), r.randint(1, 300), self.c(PY_EST), r.randint(1, 30), r.randint(1, 6), self.room()), "pinyin"
        if style == "lm":
            k = r.randrange(6)
            if k == 0:
                return self.c(ROADS) + self.c(LM_SHOP) + "对面二楼", "landmark"
            if k == 1:
                return self.c(VILLAGE_ROOT) + "村菜市场后门第三家", "landmark"
            if k == 2:
                return self.c(ROADS) + self.c(LM_SHOP) + "旁边巷子进去第二家", "landmark"
            if k == 3:
                return self.c(TOWN_ROOT) + "镇卫生院后面那栋红砖房", "landmark"
            if k == 4:
                return self.c(ESTATES) + "北门" + self.c(LM_BRAND) + "楼上", "landmark"
            return self.c(VILLAGE_ROOT) + "村村委会斜对面两层小楼", "landmark"
        if style == "eo":
            return self.c(ESTATES), "estate-only"
        raise KeyError(style)


# ------------------------------------------------------------- templates
# Placeholders: {N},{N2},{N3} names (optional :form), {A},{A2},{A3} addresses
# (optional :style), {PH},{PH2} phones (optional :form), {ID} (:hk/:tw),
# {CARD},{PL},{WX},{QQ},{EM},{ACC} (optional :form).  Lower-case
# placeholders are non-personal fillers.
SETS = OrderedDict()
SETS["visit"] = [
    "{N}你好，我们外访人员已到你{A:est}楼下，请下楼协商{lend}欠款{amt}元。",
    "通知：{N}，因你长期拖欠，我司定于{date}上门外访，地址{A}，请家人知悉。",
    "我们已经到你{A:est}楼下了，你不下来我们就敲门，邻居都会知道你欠钱",
    "{N}，你户籍地{A:vil}我们已派人核实，村里人都会知道你的事。",
    "外访通知\n被访人：{N}\n外访地址：{A}\n外访时间：{date}\n请做好准备",
    "你单位{A:off}我们明天过去，找你们领导谈谈{N}欠款的事",
    "{N}，{lend}已安排属地催收，今天下午到{A}，联系电话{PH}",
    "兄弟们已经在{A:dash}门口了，{N}你最好开门",
    "明天上午去{A:urb}找你父母{N2}，别说没提醒你，{N}",
    "逾期{days}天，如不处理将委托当地工作人员前往{A}及单位进行走访，{N}请知悉",
    "我们外访员{N2}已到{A:est}，电话{PH}，{N}请尽快联系",
    "{N}你好，你登记的现居地址{A}，工作地址{A2:off}，我们会同时上门",
    "你家{A:cn}对吧？你老婆{N2}也在家吧",
    "在{road}口见面谈也行，或者我们直接去{A}找你，{N}你自己选",
]
SETS["verify"] = [
    "【{lend}】尊敬的{N}，为核实您的居住信息，请确认您的现住址是否为{A}，回复1确认。",
    "{N}您好，您在{lend}填写的单位地址为{A:off}，我们将进行电话核实，请保持{PH}畅通。",
    "【{lend}】{N}，您提交的收货地址{A}与身份证地址不一致，请补充材料。",
    "信息核对：姓名{N}，身份证{ID}，居住地址{A}，如有变更请及时更新。",
    "{N}先生您好，我是{lend}回访专员，您申请时留的地址是{A}吗？",
    "您好{N}，根据您的授权，我们将向{A:off}所在单位核实您的在职情况",
    "借款人{N}的紧急联系人{N2}（{PH}）住址{A}，核实完毕",
    "【{lend}】地址变更成功：原地址{A}，新地址{A2}。如非本人操作请致电{hot}。",
    "亲，麻烦确认下收货地址：{N} {PH} {A}",
    "审核备注：申请人{N}，单位地址{A:off}，家庭地址{A2:vil}",
]
SETS["courier"] = [
    "【顺丰速运】{N}您好，您的快件已到{A:est}，快递员{N2} {PH}",
    "收件人：{N}\n电话：{PH}\n地址：{A}",
    "外卖备注：放{A:est}门口，不要敲门，电话{PH}",
    "【中通快递】运单{ACC:zto}已由{A}门卫代收，收件人{N}",
    "骑手{N2}：您好，我到{A}楼下了，没有门禁卡，麻烦下来拿一下",
    "寄件人：{N} {PH}\n寄件地址：{A}\n收件人：{N2} {PH2}\n收件地址：{A2}",
    "{N}的快递放{A:lm}了，记得拿",
    "美团订单{ACC:mt}：送至{A}，{N}（先生）{PH:mask}",
    "京东快递：{N}，您的订单将于今日送达{A}，配送员电话{PH}",
    "快递柜通知：{N}，您在{A:est}丰巢柜的包裹已超时，请尽快取件",
    "Delivery to {N:py}, {A:en}, Tel {PH}",
    "顺丰单号{ACC:sf}，收件人{N}，{A:vil}，派送员已联系",
]
SETS["hukou"] = [
    "姓名 {N}\n性别 男\n民族 汉\n住址 {A}\n公民身份号码 {ID}",
    "{N}\n户籍地址：{A:vil}\n现住址：{A2}\n单位地址：{A3:off}",
    "居住证\n姓名：{N}\n身份证号：{ID}\n居住地址：{A}\n签发机关：{city}公安局{dist}分局",
    "户口本首页：户主{N}，住址{A:vil}，承办人签章",
    "{N}，户籍地址{A}，现住址{A2:dash}",
    "常住人口登记卡：姓名{N}，曾用名{N2}，住址{A}",
    "证明：兹有我村村民{N}（身份证号{ID}），家住{A:vil}，特此证明。",
    "身份证地址：{A}\n通讯地址：{A2}\n姓名：{N}",
    "申请人{N}，家庭住址{A:sp}，联系电话{PH}",
    "暂住登记：{N}，{ID}，暂住地址{A:est}，房东{N2}",
]
SETS["rent"] = [
    "房屋租赁合同\n出租方（甲方）：{N}  身份证号：{ID}\n承租方（乙方）：{N2}\n房屋坐落：{A}",
    "房东{N}：{N2}你好，{A:est}的房租{amt}元这个月还没交，再拖就换锁了",
    "租金收据：今收到{N}交来{A:dash}房屋租金{amt}元。收款人{N2}",
    "中介{N}：您好，{A}那套两居室房东同意降到{amt}元/月了，电话{PH}",
    "合租室友招募：{A:est}次卧，联系{N} 微信{WX}",
    "退租交接：房屋地址{A}，水表读数1234，电表读数5678，交接人{N}、{N2}",
    "我是{A:est}的房东，你们说的那个{N}早就搬走了，别再来了",
    "押一付三，房屋地址：{A}，出租人{N}，手机{PH}，收款卡号{CARD}",
    "合同编号{ACC:ht}，租赁房屋：{A:sh}，承租人{N}",
    "{N}，你住的{A:eo}房子是租的吧？我们已经联系上房东了",
]
SETS["village"] = [
    "{N}，你家在{A:vil}吧，我们已经联系了村支书{N2}",
    "网格员{N}：{A:vil}的住户请注意，近期有自称催收的人员上门",
    "我们的人已到{A:tun}，{N}你父母都在家",
    "{A:nm}的{N}，你在{lend}的借款已逾期{days}天",
    "兵团地址：{A:bt}，借款人{N}，电话{PH}",
    "{N}，你老家{A:farm}，我们会把催收函寄到那里",
    "收货地址：{A:vil}，{N}收，{PH}",
    "{N}在{A:farm}上班，住家属院，车牌{PL}",
    "村委会证明：{N}系{A:vil}村民，家庭困难，无力偿还。",
    "老乡{N}说你回{A:vil}了，你躲不掉的",
    "{A:tun}{N}，逾期金额{amt}元，本地外访组将于{date}上门",
    "快递寄到{A:nm}，收件人{N:mi}，电话{PH}",
    "{N}，{A:bt}的连队领导我们也联系了",
    "借款人{N}，籍贯{prov}，户籍地址{A:vil}，现在{city}打工",
]
SETS["minority"] = [
    "{N:mi}，你在{A:mino}的住址我们已经核实，请尽快还款",
    "收件人：{N:mi}\n地址：{A:mino}\n电话：{PH}",
    "{N:mi}的担保人{N2:mi}，住{A:mino}，身份证{ID}",
    "尊敬的{N:mi}：您的借款已逾期，外访人员将前往{A:mino}",
    "户籍地址：{A:mino}\n姓名：{N:mi}",
    "{N:mi}你好，你家{A:mino}附近的商店我们也去问过",
    "{A:mino}，{N:mi}（{PH}）",
    "紧急联系人{N:mi}，关系：哥哥，住址：{A:mino}",
]
SETS["trad"] = [
    "{N:tr}先生/女士：閣下欠款HK${amt}已逾期，本公司職員將於{date}前往閣下住址{A:hk}跟進。",
    "收件人：{N:tr}\n地址：{A:tw}\n電話：{PH:tw}",
    "{N:tr}您好，您的帳單地址為{A:tw}，如有變更請致電客服。",
    "澳門住址：{A:mo}，聯絡人{N:tr}，電話{PH:mo}",
    "{N:tr}，你住{A:hk}我哋已經知道，唔還錢就上門",
    "租約：業主{N:tr}，租客{N2:tr}，物業地址{A:hk}，月租HK${amt}",
    "戶籍地址：{A:tw}\n身分證字號：{ID:tw}\n姓名：{N:tr}",
    "我們已到{A:tw}樓下，{N:tr}請出來面談",
    "香港身份證{ID:hk}，住址{A:hk}，{N:tr}，電話{PH:hk}",
    "里長{N:tr}：{A:tw}的住戶請注意，有陌生人來找{N2:tr}",
]
SETS["eng"] = [
    "Dear {N:py}, our field agent will visit your registered address {A:en} on {date_en}.",
    "Name: {N:py}\nAddress: {A:en}\nTel: {PH}",
    "Ship to: {N:py}, {A:py}, {PH}",
    "{N:py} lives at {A:en}, please verify.",
    "Home address (pinyin): {A:py}; Work address: {A2:en}; contact {N:py}",
    "Hi {N:py}, the courier is downstairs at {A:en}. Call {PH}.",
    "Landlord: {N:py}\nTenant: {N2:py}\nProperty: {A:en}",
    "收货地址写拼音也行：{A:py}，收件人{N}",
]
SETS["landmark"] = [
    "你家不就在{A:lm}吗？我们已经问过隔壁了，{N}",
    "{N}，{A:lm}那家是你开的店吧",
    "外卖送到{A:lm}，{N} {PH}",
    "我们打听到了，{N}住{A:lm}，门口停着{PL}",
    "地址：{A:lm}，找{N}就行",
    "{N}的父母住在{A:lm}，我们下午过去",
    "{N}你好，快递员说{A:lm}没人，改天再送",
    "你母亲{N}说你搬到{A:lm}了",
]
SETS["format"] = [
    "{N}\n{A:ml}\n{PH}",
    "{N} 住址：{A:sp} 电话：{PH:sp}",
    "{N}，你住{A:fw}对吧",
    "{A:cn}，{N}收",
    "{N}家：{A:dash}",
    "收件信息｜{N}｜{PH}｜{A}",
    "{N}：{A:ml}",
    "地址 {A:sp}\n收件人 {N}",
    "{A:fw}\u3000{N}\u3000{PH:fw}",
    "现住{A:cn}，联系人{N}",
    "{N} {PH} {A:dash}",
    "你在{A:sh}的房子我们已经查到，{N}",
]
SETS["who"] = [
    "我是{A:est}的邻居{N}，你们别半夜打电话了",
    "物业的{N}：{A:dash}业主请注意，有人在楼道张贴催收单，已报{ps}",
    "村支书{N}：{N2}家在{A:vil}，他家里人会转告他",
    "网格员{N}提醒：{A:est}的居民如遇暴力催收可拨打110或12345",
    "房东{N}说{N2}三个月没交房租了，房子在{A}",
    "楼下邻居{N}反映，你们在{A:dash}门上喷了油漆",
    "物业管家{N}（{PH}）：{A:est}门口的车{PL}请挪一下",
    "社区网格员{N}已上门走访{A}，核实{N2}的居住情况",
    "我是{N2}的邻居{N}，住{A:est}隔壁，麻烦你们别再敲错门",
    "{N}是{A:vil}的村干部，电话{PH}",
    "保安{N}说{N2}住{A:est}，每天早上七点出门",
    "你同事{N}告诉我们你住{A}",
]
SETS["mixed"] = [
    "{N}家，{A:road}",
    "{N}{A}{PH}",
    "{A}{N}{ID}",
    "{N}，{ID}，{A}，{PL}",
    "{N}住{A}，车牌号{PL}，手机{PH}",
    "{N}家{A:est}",
    "欠款人：{N}（{ID}）住址：{A} 名下车辆：{PL}",
    "{N}/{PH}/{A}/{EM}",
    "{N} 微信{WX} 地址{A}",
    "QQ{QQ}，{N}，{A:vil}",
]
SETS["public"] = [
    "{N}，请于{date}到{court}（{road}{pn}号）参加调解，你的住址{A}已登记",
    "{N}你好，我是{ps}民警，你反映的{A:est}被人贴条的事已受理",
    "我们约在{mall}一楼{brand}见面吧，{N}，别让我们去{A}找你",
    "{N}，我们去了{A}没找到你，已经联系{jd}街道办事处和{jd}社区居委会",
    "{N}在{hosp}住院，家属住{A}",
    "{N}，你孩子在{school}上学吧？你家{A:est}离学校不远",
    "{N}从{station}下车后直接回了{A}，我们的人一直跟着",
    "已向{city}市场监督管理局投诉，被投诉人上门骚扰地址为我家{A}，投诉人{N}",
    "{N}，下午三点{fwq}碰头，你开{PL}过来",
    "{N}上班的地方在{park}，具体是{A:off}",
    "{N}，明天上午到{bank}{city}分行（{road}{pn}号）办理还款，或我们上门到{A}",
    "{N}，到{airport}了给我打电话{PH}，我送你回{A}",
]
SETS["data"] = [
    "地址：{A}\n电话：{PH}",
    "外访地址：{A}；车牌：{PL}",
    "{A} {PH}",
    "你家是不是{A}？",
    "收货地址{A}，微信{WX}",
    "身份证{ID}，户籍地址{A:vil}",
    "现住址{A}，单位地址{A2:off}，单位电话{PH:land}",
    "邮箱{EM}，通讯地址{A:en}",
]
SETS["bare"] = [
    "【菜鸟驿站】您的包裹已到{road}菜鸟驿站，取件码{pick}，凭码领取。",
    "{sur}经理说下午到{mall}{brand}门口见",
    "请到{court}诉讼服务中心（{road}{pn}号）领取材料",
    "我们在{road}和{road2}交叉口的{brand}等你",
    "{jd}街道办事处提醒：{dist}的居民遇到上门催收骚扰可拨打12345",
    "房东{sur}阿姨说下个月涨房租",
    "快递放{sur}师傅那里了，在{road}那个驿站",
]
NONE_TPL = [
    "周末去{city}步行街逛逛，别老想着催收的事",
    "{court}的诉讼服务中心在一楼，可以去咨询",
    "我们在{fwq}休息一下再走",
    "村里人都说{lend}是套路贷",
    "室友说催收电话打到宿舍来了",
    "先弄清楚合同条款再还，别被骗了",
    "巷子口那家{brand}关门了",
    "这个号码是不是催收的？老是打过来",
    "楼主说的情况我也遇到过，外访人员根本没来",
    "单元测试全部通过，今晚上线",
    "组织上会帮你解决困难的",
    "往前走200米，{bank}对面就是{ps}",
    "请到社区居委会开具居住证明",
    "{airport}T2航站楼到达口见",
    "去{scenic}玩了三天，回来就接到催收电话",
    "{station}出站口往左就是地铁",
    "拨打12345反映暴力催收问题，{jd}街道办事处已经回复",
    "{park}里的公司很多在招人",
    "{hosp}门诊楼三楼缴费",
    "他是国家的栋梁，不会赖账的",
    "从{city}到{city2}开车要五个小时",
    "{mall}三楼有{brand}，我们在那儿谈",
    "{city}市场监督管理局的投诉电话是12315",
    "快递柜在小区东门，取件码发你手机上了",
    "催收说要去我户籍地，户籍地址能随便查吗？",
    "外访人员上门必须出示工作证，否则可以报警",
    "{prov}的法院判决书可以在裁判文书网查",
    "我现在在{road}，离{bank}网点不到一公里",
    "门牌号写错了，快递退回了",
    "小区物业说不让陌生人进",
]

# ------------------------------------------------------------ fillers


def filler(g, key, ctx):
    r = g.r
    if key in ctx:
        return ctx[key]
    base = re.sub(r"\d$", "", key)
    if "_geo" not in ctx:
        ctx["_geo"] = g.geo()
    p, c, ds = ctx["_geo"] if key[-1] != "2" else g.geo()
    if base == "city":
        v = c
    elif base == "prov":
        v = p or c
    elif base == "dist":
        v = g.c(ds)
    elif base == "court":
        v = g.c([c + g.c(ds) + "人民法院", c + "中级人民法院", c + g.c(ds) + "人民法院"])
    elif base == "ps":
        v = g.c([c + "公安局" + g.c(ds) + "分局", g.c(JD_ROOT) + "派出所", g.c(ds) + g.c(JD_ROOT) + "派出所"])
    elif base == "jd":
        v = g.c(JD_ROOT)
    elif base == "bank":
        v = g.c(BANKS)
    elif base == "hosp":
        v = g.c(HOSP_FIXED + [c + "第一人民医院", c + "中心医院", c + "妇幼保健院", c + "中医院"])
    elif base == "school":
        v = g.c([c + "第一中学", c + "实验小学", c + "外国语学校", c + "第二中学"] + SCHOOL_FIXED[:4])
    elif base == "station":
        v = g.c(STATIONS)
    elif base == "airport":
        v = g.c(AIRPORTS)
    elif base == "mall":
        v = g.c(MALLS)
    elif base == "brand":
        v = g.c(BRANDS)
    elif base == "scenic":
        v = g.c(SCENIC)
    elif base == "fwq":
        v = g.c(FWQ)
    elif base == "park":
        v = g.c(PARK_FIXED + [c + "高新技术产业开发区", c + "经济技术开发区"])
    elif base == "road":
        v = g.c(ROADS)
        while key != "road" and v == ctx.get("road"):
            v = g.c(ROADS)
    elif base == "pn":
        v = str(r.randint(1, 400))
    elif base == "lend":
        v = g.c(LENDERS)
    elif base == "amt":
        v = g.c(["%d" % r.randint(500, 50000), "%d.%02d" % (r.randint(100, 30000), r.randint(0, 99)), "%d,%03d" % (r.randint(1, 80), r.randint(0, 999))])
    elif base == "date":
        v = g.c(["%d月%d日" % (r.randint(1, 12), r.randint(1, 28)), "本周六", "明天上午", "%d年%d月%d日" % (2026, r.randint(1, 12), r.randint(1, 28))])
    elif base == "date_en":
        v = "%s %d" % (g.c(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]), r.randint(1, 28))
    elif base == "days":
        v = str(r.randint(3, 400))
    elif base == "hot":
        v = g.c(HOTLINES)
    elif base == "sur":
        v = g.c(SUR_COMMON)
    elif base == "pick":
        v = "%d-%d-%d" % (r.randint(1, 20), r.randint(1, 6), r.randint(1000, 9999))
    else:
        raise KeyError(key)
    ctx[key] = v
    return v


PH_RE = re.compile(r"\{([A-Za-z_]+[0-9]?)(?::([a-z]+))?\}")
PII_KEYS = {"N": "name", "A": "address", "PH": "phone", "ID": "id_number", "CARD": "bank_card", "PL": "plate",
            "WX": "wechat", "QQ": "qq", "EM": "email", "ACC": "account"}


def fill(g, tpl):
    out = []
    spans = []  # (start, end, kind, value, style)
    vals = {}
    ctx = {}
    pos = 0
    length = 0
    for m in PH_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        key, form = m.group(1), m.group(2)
        base = re.sub(r"\d$", "", key)
        if base in PII_KEYS:
            kind = PII_KEYS[base]
            if key not in vals:
                if kind == "name":
                    vals[key] = g.name(form)
                elif kind == "address":
                    vals[key] = g.addr(form)
                elif kind == "phone":
                    vals[key] = g.phone(form)
                elif kind == "id_number":
                    vals[key] = g.idnum(form)
                elif kind == "bank_card":
                    vals[key] = g.card()
                elif kind == "plate":
                    vals[key] = g.plate()
                elif kind == "wechat":
                    vals[key] = g.wechat()
                elif kind == "qq":
                    vals[key] = g.qq()
                elif kind == "email":
                    vals[key] = g.email()
                else:
                    vals[key] = g.account(form)
            v, st = vals[key]
            spans.append((length, length + len(v), kind, v, st))
        else:
            v = filler(g, key, ctx)
        out.append(v)
        length += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


# ------------------------------------------------------------ preserve


def build_preserve(g):
    r = g.r
    classes = OrderedDict()

    def add(cls, line):
        classes.setdefault(cls, []).append(line)

    for p, c, ds in GEO:
        if p:
            add("place-alone", p)
        add("place-alone", c)
        for d in ds:
            add("place-alone", d)
            add("place-alone", c + d)
            add("court", c + d + "人民法院")
            add("court", c + d + "人民法院诉讼服务中心")
            add("court", c + d + "人民法院执行局")
            add("police", c + "公安局" + d + "分局")
            add("police", d + "公安分局" + g.c(JD_ROOT) + "派出所")
            add("bank-branch", g.c(BANKS) + c + d + "支行")
            add("bank-branch", g.c(BANKS) + c + g.c(ROADS) + "支行")
        add("court", c + "中级人民法院")
        add("court", c + "仲裁委员会")
        add("government", c + "市场监督管理局")
        add("government", c + "住房和城乡建设局")
        add("government", c + "信访局")
        add("government", c + "12345政务服务便民热线")
        add("government", c + "地方金融监督管理局")
        add("government", c + "公安局出入境管理支队")
        add("hospital", c + "第一人民医院")
        add("hospital", c + "中心医院")
        add("hospital", c + "中医院")
        add("hospital", c + "妇幼保健院")
        add("school", c + "第一中学")
        add("school", c + "实验小学")
        add("school", c + "职业技术学院")
        add("park", c + "高新技术产业开发区")
        add("park", c + "经济技术开发区")
        for m in MALLS:
            if r.random() < 0.35:
                add("mall", m + "（" + c + g.c(ds) + "店）")
        add("sentence-city", "周末去" + c + "步行街逛逛")
        add("sentence-city", "下周出差去" + c)
        add("sentence-city", "我现在人在" + c + "打工")
        add("sentence-city", c + "今天下雨了")
        add("sentence-city", "从" + c + "坐高铁回老家")
    for co in COUNTIES:
        add("place-alone", co[2])
        add("court", (co[1] or co[0]) + co[2] + "人民法院")
        add("government", co[2] + "人民政府")
        add("government", co[2] + "信访局")
    for jd in JD_ROOT:
        add("street-office", jd + "街道办事处")
        add("street-office", jd + "社区居委会")
        add("street-office", jd + "街道综治中心")
        add("street-office", jd + "社区网格服务站")
        add("police", jd + "派出所")
        add("police", jd + "派出所户籍室")
        add("police", jd + "派出所值班室")
    for h in HOSP_FIXED:
        add("hospital", h)
        add("hospital", h + "门诊楼")
        add("hospital", "去" + h + "挂号")
    for s in SCHOOL_FIXED:
        add("school", s)
        add("school", s + "东门")
    for s in STATIONS:
        add("station", s)
        add("station", s + "出站口")
        add("station", "在" + s + "候车")
    for a in AIRPORTS:
        add("airport", a)
        add("airport", a + "T2航站楼")
    for s in SCENIC:
        add("scenic", s)
        add("scenic", "去" + s + "玩")
        add("scenic", s + "景区门票")
    for f in FWQ:
        add("service-area", f)
        add("service-area", "在" + f + "休息")
    for pk in PARK_FIXED:
        add("park", pk)
    for b in BRANDS:
        for _ in range(6):
            add("brand-store", b + "（" + g.c(ROADS) + "店）")
        add("brand-store", b + g.c(MALLS) + "店")
    for rd in ROADS:
        add("road-meet", "在" + rd + "口等你")
        add("road-meet", rd + "地铁站B口见")
        add("road-meet", "我在" + rd + "上堵车了")
        add("road-meet", rd + "和" + g.c(ROADS) + "交叉口见")
        add("road-alone", rd)
        add("road-meet", "去" + rd + "步行街逛逛")
    for bk in BANKS:
        add("bank", bk)
        add("bank", bk + "营业厅")
        add("bank", bk + "自助银行")
    for ld in LENDERS:
        add("lender", ld + "客服中心")
    words = ["单元测试", "号码", "楼主", "村里人", "栋梁", "弄清楚", "巷子口", "组织", "室友", "门牌号",
             "户籍制度", "号召", "楼盘", "楼市", "单元格", "村官", "乡亲们", "小区物业", "楼道", "街坊",
             "邻里关系", "路过", "路上", "路口", "门口", "号称", "组长", "组合贷", "室内", "工作室",
             "办公室", "会议室", "栋梁之才", "弄堂", "巷战", "里程", "里面", "老乡", "屯粮", "嘎嘎",
             "连续", "连队生活", "团队", "团购", "农场游戏", "林场风光", "矿区生态", "乡村振兴", "城乡居民",
             "县城", "镇上", "村口", "街头", "社区服务", "居住证", "户口迁移", "门禁卡", "快递柜", "驿站",
             "取件码", "收货地址", "家庭住址", "现住址", "户籍地", "单位地址", "通讯地址", "详细地址",
             "地址栏", "地址簿", "IP地址", "地址不详", "楼下", "楼上", "隔壁", "对面", "附近"]
    for w in words:
        add("lookalike-word", w)
    lookalike_sent = [
        "单元测试没过，明天再改", "这个号码不要接", "楼主说的对", "村里人都知道这事", "他是国家栋梁",
        "先弄清楚再说", "在巷子口等你", "组织上会处理", "室友帮我收的快递", "门牌号被风吹掉了",
        "号召大家理性消费", "楼盘烂尾了还要还房贷吗", "单元格里填金额", "村官说可以调解",
        "乡亲们别借网贷", "楼道里贴满了催收单", "邻里关系很重要", "路过顺便看看", "路上注意安全",
        "工作室下个月搬家", "会议室在三楼", "弄堂里很安静", "里程数不够", "老乡见老乡",
        "团队今天聚餐", "团购了两张电影票", "乡村振兴贷款政策", "县城的房价跌了", "镇上赶集",
        "居住证要半年才能办", "户口迁移需要准迁证", "门禁卡丢了", "快递柜满了", "取件码发你了",
        "请填写收货地址", "不要透露家庭住址", "请核对现住址", "户籍地不等于现住址", "单位地址请写全",
        "详细地址请精确到门牌号", "IP地址显示在外省", "地址不详，快递退回", "我在楼下等你",
        "对面那家店关门了", "附近有没有银行网点", "隔壁在装修，太吵了"]
    for s in lookalike_sent:
        add("lookalike-sentence", s)
    dirs = ["往前走%d米右转", "距离地铁站约%d公里", "出门左转%d米", "沿着主路直走%d分钟", "过两个红绿灯再走%d米",
            "导航显示还有%d公里", "步行约%d分钟", "往北开%d公里下高速"]
    for dtpl in dirs:
        for n in [1, 2, 3, 5, 8, 10, 15, 20, 50, 100, 200, 300, 500, 800]:
            add("direction", dtpl % n)
    for w in ["东边", "西边", "南门", "北门", "东南方向", "西北角", "斜对面", "正对面", "马路对面", "十字路口左手边"]:
        add("direction", w)
    genre = [
        "催收人员无权上门骚扰", "外访必须两人以上并出示工作证", "不得向借款人以外的人透露债务信息",
        "不得到借款人工作单位催收", "遇到暴力催收可以报警", "可以拨打12345反映情况", "可以向银保监投诉",
        "请勿泄露家庭住址", "对方声称已到楼下，先别开门", "核实外访人员身份", "上门催收要提前预约",
        "外访通知不具备法律效力", "律师函不等于起诉", "法院不会通过短信送达传票", "请到当地派出所报案",
        "户籍信息属于个人隐私", "快递面单请撕掉再扔", "外卖备注不要写全名", "收货地址可以写驿站",
        "请勿在群里发自己的住址", "催收短信不要回复", "协商还款请保留录音", "把催收短信截图保存",
        "地址核实是贷前审核环节", "平台不能把地址告诉第三方", "村委会不负责替人还债",
        "物业不能随便放催收人员进小区", "网格员可以帮忙联系社区民警", "租房合同要写清楚房屋坐落",
        "房东无权扣押租客物品", "居委会可以开具居住证明", "派出所可以开具户籍证明",
        "外访人员在小区门口拍照属于骚扰", "催收员说要去老家找父母", "老家在农村也不怕",
        "兵团连队有自己的管理规定", "林场职工住家属房", "矿区家属院很老了", "嘎查和苏木是内蒙古的行政单位",
        "屯是东北对村子的叫法", "鄰和里是台湾的基层单位", "香港地址用樓和室", "澳门地址常写座和樓",
    ]
    for s in genre:
        add("genre-sentence", s)
    pub_addr = []
    for _ in range(150):
        p, c, ds = g.geo()
        pub_addr.append(g.c([c + g.c(ds) + "人民法院（" + g.c(ROADS) + "%d号）" % r.randint(1, 400),
                             g.c(JD_ROOT) + "派出所（" + g.c(ROADS) + "%d号）" % r.randint(1, 400),
                             g.c(BANKS) + c + "分行（" + g.c(ROADS) + "%d号）" % r.randint(1, 400),
                             c + "市场监督管理局（" + g.c(ROADS) + "%d号）" % r.randint(1, 400)]))
    for s in pub_addr:
        add("public-office-address", s)
    for s in ["香港九龍城裁判法院", "香港東區裁判法院", "臺灣臺北地方法院", "臺灣新北地方法院", "臺北市政府警察局大安分局",
              "澳門初級法院", "澳門治安警察局", "Hong Kong International Airport", "Shanghai Hongqiao Railway Station",
              "Beijing Capital International Airport", "Wuhan University", "West Lake, Hangzhou", "Victoria Harbour",
              "The Bund, Shanghai", "Chengdu Tianfu Software Park", "Zhongshan Park", "Guangzhou South Railway Station",
              "香港灣仔入境事務大樓", "九龍旺角朗豪坊", "澳門威尼斯人", "臺北101", "西門町", "士林夜市", "銅鑼灣時代廣場",
              "沙田新城市廣場", "尖沙咀海港城", "新竹科學園區", "高雄85大樓"]:
        add("hk-tw-english-public", s)
    for k in range(80):
        add("courier-generic", g.c(["您的包裹已到", "快件已放入", "包裹已存放在"]) + g.c(ROADS) + g.c(["菜鸟驿站", "丰巢快递柜", "兔喜生活", "妈妈驿站"])
            + "，取件码%d-%d-%d" % (r.randint(1, 20), r.randint(1, 6), r.randint(1000, 9999)))
    for p, c, ds in GEO:
        for d in ds:
            add("bank-branch", g.c(BANKS) + c + d + "支行营业部")
    ptpl = ["明天去{court}开庭", "{ps}的民警打电话来了", "到{jd}街道办事处反映情况", "{hosp}住院部在后面那栋楼",
            "在{station}等车", "{airport}的航班延误了", "{mall}{brand}门口见", "去{scenic}旅游了", "在{fwq}加油",
            "在{park}上班", "到{city}市场监督管理局投诉", "{school}放暑假了", "走{road}近一点", "{court}立案庭在二楼",
            "去{ps}开无犯罪记录证明", "{jd}社区居委会盖章", "{bank}{city}分行营业部", "在{mall}逛了一下午",
            "{city}{dist}的房租涨了", "从{station}打车到{airport}", "{road}修路，绕道走", "到{hosp}体检",
            "{fwq}人太多了", "{court}执行局打来电话", "先去{bank}把钱取了", "回{prov}老家过年"]
    for _ in range(1500):
        t, _sp = fill(g, g.c(ptpl))
        add("public-sentence", t)
    caps = {"public-sentence": 700, "bank-branch": 330, "brand-store": 130, "public-office-address": 120, "direction": 120,
            "courier-generic": 60, "sentence-city": 130, "mall": 120}
    out = []
    log = OrderedDict()
    for cls, lines in classes.items():
        r.shuffle(lines)
        cap = caps.get(cls)
        if cap is not None:
            lines = lines[:cap]
        for ln in lines:
            out.append((cls, ln))
    return out


# ------------------------------------------------------------------ main


def load_dedupe():
    texts, plines = [], []
    nfiles = 0
    if not DEDUPE_DIR:
        return texts, plines, nfiles
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if fn.startswith(OWN_PREFIX):
            continue
        path = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl") and (fn.startswith("scrub_") or fn.startswith("sms_")):
            nfiles += 1
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        obj = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                        texts.append(obj["text"])
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if line:
                        plines.append(line)
    return texts, plines, nfiles


def main():
    log = OrderedDict()
    other_texts, other_plines, nfiles = load_dedupe()
    log["dedupe_files"] = nfiles
    log["dedupe_texts"] = len(other_texts)
    log["dedupe_preserve_lines"] = len(other_plines)
    other_exact = set(other_texts) | set(other_plines)
    other_norm = set(norm(t) for t in other_texts) | set(norm(t) for t in other_plines)
    other_pjoined = "\n".join(other_plines)

    # ---- preserve list
    pg = Gen(random.Random(SEED + 1))
    cands = build_preserve(pg)
    log["preserve_candidates"] = len(cands)
    seen_norm = set()
    pres = []
    c_exact = c_norm = c_own = 0
    for cls, ln in cands:
        if "\n" in ln or "\r" in ln or not ln.strip():
            continue
        if ln in other_exact:
            c_exact += 1
            continue
        n = norm(ln)
        if n in other_norm:
            c_norm += 1
            continue
        if n in seen_norm or not n:
            c_own += 1
            continue
        seen_norm.add(n)
        pres.append((cls, ln))
    pg.r.shuffle(pres)
    c_cut = max(0, len(pres) - PRESERVE_TARGET)
    pres = pres[:PRESERVE_TARGET]
    log["preserve_dropped_exact"] = c_exact
    log["preserve_dropped_normalised"] = c_norm
    log["preserve_dropped_own"] = c_own
    log["preserve_cut_to_target"] = c_cut
    log["preserve_lines"] = len(pres)
    log["preserve_by_class"] = OrderedDict(sorted(Counter(c for c, _ in pres).items(), key=lambda kv: (-kv[1], kv[0])))
    pres_lines = [ln for _, ln in pres]
    pres_set = set(pres_lines)
    pres_joined = "\n".join(pres_lines)

    # ---- records
    rng = random.Random(SEED)
    g = Gen(rng)
    jobs = []
    total_tpl = sum(len(v) for k, v in SETS.items() if k != "bare")
    n_bare = len(SETS["bare"]) * BARE_USES
    n_main = N_RECORDS - N_NONE - n_bare
    per = n_main // total_tpl
    extra = n_main - per * total_tpl
    main_list = [(s, i) for s, tl in SETS.items() if s != "bare" for i in range(len(tl))]
    for s, i in main_list:
        jobs.extend([(s, i)] * per)
    jobs.extend(rng.sample(main_list, extra))
    for i in range(len(SETS["bare"])):
        jobs.extend([("bare", i)] * BARE_USES)
    none_idx = list(range(len(NONE_TPL)))
    for k in range(N_NONE):
        jobs.append(("none", none_idx[k % len(none_idx)]))
    rng.shuffle(jobs)

    used_names = []
    used_name_set = set()
    all_text = ""
    rec_exact = set()
    rec_norm = set()
    recs = []
    rej = Counter()
    for s, i in jobs:
        tpl = NONE_TPL[i] if s == "none" else SETS[s][i]
        for attempt in range(200):
            if s == "none" and attempt and attempt % 10 == 0:
                rej["none template switched"] += 1
                i = (i + 1) % len(NONE_TPL)
                tpl = NONE_TPL[i]
            text, spans = fill(g, tpl)
            ok = True
            if text in other_exact or text in rec_exact or text in pres_set:
                rej["exact"] += 1
                ok = False
            elif norm(text) in other_norm or norm(text) in rec_norm:
                rej["normalised"] += 1
                ok = False
            if ok:
                values = OrderedDict()
                for st, en, kind, v, sty in spans:
                    values.setdefault((v, kind), []).append((st, en, sty))
                for (v, kind), occ in values.items():
                    if text.count(v) != len(occ):
                        rej["value occurs outside its spans"] += 1
                        ok = False
                        break
                    for (v2, k2) in values:
                        if v2 != v and v in v2:
                            rej["value inside another value"] += 1
                            ok = False
                            break
                    if not ok:
                        break
                    if v in pres_joined:
                        rej["value in own preserve"] += 1
                        ok = False
                        break
                    if kind == "name":
                        if v in used_name_set or v in all_text:
                            rej["name used or in earlier record"] += 1
                            ok = False
                            break
                        if v in other_pjoined:
                            rej["name in other corpus preserve"] += 1
                            ok = False
                            break
            if ok:
                for nm in used_names:
                    if nm in text and not any(v == nm and kind == "name" for (v, kind) in values):
                        rej["earlier name unlabelled in new text"] += 1
                        ok = False
                        break
            if ok:
                if PH_RE.search(text):
                    raise SystemExit("unfilled placeholder")
                break
        else:
            raise SystemExit("could not fill template %s/%d" % (s, i))
        pii = []
        styles = []
        seen = set()
        for st, en, kind, v, sty in sorted(spans, key=lambda x: x[0]):
            if (v, kind) in seen:
                continue
            seen.add((v, kind))
            pii.append(OrderedDict([("kind", kind), ("value", v)]))
            styles.append(sty)
            if kind == "name" and v not in used_name_set:
                used_name_set.add(v)
                used_names.append(v)
        rec_exact.add(text)
        rec_norm.add(norm(text))
        all_text += "\n" + text
        recs.append((s, i, text, pii, styles))

    # senders
    out_recs = []
    groups = OrderedDict()
    for k, (s, i, text, pii, styles) in enumerate(recs, 1):
        rid = "t44-%04d" % k
        x = rng.random()
        if x < 0.74:
            sender = None
        elif x < 0.86:
            sender = g.mobile()
        elif x < 0.94:
            sender = "1069" + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
        else:
            sender = rng.choice(["95338", "95311", "95546", "95543", "95554", "95188", "95511", "95555"])
        out_recs.append(OrderedDict([("id", rid), ("text", text), ("sender", sender), ("pii", pii)]))
        groups[rid] = OrderedDict([("set", s), ("template", i), ("styles", styles)])

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune44.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in out_recs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune44_preserve.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in pres_lines:
            fh.write(ln + "\n")
    with open(os.path.join(OUT_DIR, "groups44.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(groups, fh, ensure_ascii=False, indent=0)
        fh.write("\n")

    log["records"] = len(out_recs)
    log["record_rejections"] = OrderedDict(sorted(rej.items()))
    kinds = Counter(p["kind"] for o in out_recs for p in o["pii"])
    log["items_by_kind"] = OrderedDict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    log["records_without_pii"] = sum(1 for o in out_recs if not o["pii"])
    with open(os.path.join(OUT_DIR, "log44.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(log, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(json.dumps(log, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
