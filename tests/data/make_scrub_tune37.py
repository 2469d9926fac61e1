#!/usr/bin/env python3
"""Tuning corpus 37 for the personal-data scrubber (blind writer).

Theme: what a person writes TO OTHERS for help (complaints to 12378 / 12321 /
12315 / 12345, police reports, court statements, forum complaint posts,
letters to collectors, WeChat to family, messages to a boss/HR, group chat),
and the people named in it, often in weak or relational positions.

Standard library only.  Deterministic: random.Random(SEED) for records,
random.Random(SEED + 1) for the preserve list, no set iteration in output.

Env:
  TUNE37_OUT_DIR     output folder (default: this script's folder)
  TUNE37_DEDUPE_DIR  folder holding other corpora (scrub_*.jsonl,
                     scrub_*preserve*.txt); only counts are printed.
"""
import json
import os
import re
import random
import unicodedata

SEED = 20261237
N_RECORDS = 1000
OUT_DIR = os.environ.get("TUNE37_OUT_DIR") or os.path.dirname(os.path.abspath(__file__))
DEDUPE_DIR = os.environ.get("TUNE37_DEDUPE_DIR") or ""

# ---------------------------------------------------------------- names
COMMON_SUR = list("王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗林宋郑梁谢唐韩冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方谭廖邹熊陆郝孔邵孟龙段雷钱汤尹易乔贺赖龚")
WORD_SUR = list("高石常白文金万牛路简明")
COMPOUND_SUR = ["欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "东方", "令狐", "公孙",
                "端木", "夏侯", "长孙", "宇文", "司徒", "南宫", "呼延", "独孤", "钟离", "澹台"]
RARE_SUR = list("禤亓訾仉笪乜酆逯隗蒯郗冼覃阚缪厍佘眭琚鄢郄揭靳晏栾冉郏巩蔺")
G1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞刚桂英玉萍鹏辉飞斌波浩凯欣婷琳慧颖晨帆倩璐鑫瑶佳晓志俊亮荣卫兵莉蕾薇彬琦岚昊睿妍哲锋坤淑翠")
G2 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚英萍鹏辉飞斌波浩凯欣婷琳慧颖晨帆倩璐鑫瑶佳俊亮荣兵莉蕾薇彬琦岚昊睿妍哲锋坤翠梅兰菊峰龙虎成祥福生")
WORD_NAMES = ["江河", "青山", "春燕", "国庆", "建国", "海军", "和平"]
PY_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
          "赵": "Zhao", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "马": "Ma", "胡": "Hu", "朱": "Zhu",
          "郭": "Guo", "何": "He", "罗": "Luo", "林": "Lin", "宋": "Song", "郑": "Zheng", "梁": "Liang",
          "谢": "Xie", "唐": "Tang", "韩": "Han", "冯": "Feng", "高": "Gao", "石": "Shi", "白": "Bai"}
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie",
            "Juan", "Tao", "Chao", "Xia", "Gang", "Ying", "Ping", "Peng", "Hui", "Fei", "Bin", "Bo", "Hao",
            "Kai", "Xin", "Ting", "Lin", "Chen", "Fan", "Qian", "Lu", "Yao", "Jia", "Xiao", "Zhi", "Rui",
            "Kun", "Mei", "Lan", "Feng", "Long", "Cheng", "Xiang", "Fu", "Sheng", "Hong", "Yu"]
UYGHUR_G = ["买买提", "艾力", "阿不都", "热合曼", "吐尔逊", "艾合买提", "努尔", "古丽", "阿依古丽", "帕提古丽",
            "迪丽拜尔", "米热古丽", "阿力木", "依明", "托合提", "阿卜杜拉", "麦合木提", "沙吾尔", "如克亚", "祖农"]
UYGHUR_F = ["吐尔洪", "阿西木", "卡德尔", "司马义", "哈力克", "玉苏甫", "赛买提", "克里木", "尼亚孜", "肉孜",
            "阿布拉", "巴拉提", "艾买尔", "吾守尔", "亚森"]
TIBET = ["扎西", "次仁", "卓玛", "格桑", "旺堆", "央金", "拉姆", "顿珠", "尼玛", "普布", "德吉", "白玛", "平措",
         "洛桑", "曲珍", "索朗", "达瓦", "边巴", "仁增", "多吉"]
YI_CLAN = ["吉克", "阿苦", "沙马", "阿牛", "吉木", "曲比", "俄木", "海来", "马海", "日火"]
YI_GIVEN = ["阿依", "日哈", "拉则", "木呷", "阿呷", "伍沙", "尔古", "约哈", "石者", "么妞"]
MONGOL = ["巴特尔", "其木格", "那顺", "乌云", "苏和", "额尔敦", "斯琴", "图雅", "朝鲁", "萨仁", "宝音", "哈斯",
          "阿拉坦", "敖登", "孟和", "娜仁"]
EMOJI = ["😭", "🙏", "😢", "🍀", "💔", "🌸", "😔", "⭐"]

# ---------------------------------------------------------------- fillers (not personal)
SMALL_LENDERS = [
    "恒信资产管理有限公司", "中诚信资产管理有限公司", "湖南鑫达资产管理有限公司", "浙江汇通资产管理有限公司",
    "深圳前海德润小额贷款有限公司", "重庆中科小额贷款有限公司", "广州瑞丰小额贷款有限公司",
    "马上消费金融股份有限公司", "中邮消费金融有限公司", "招联消费金融股份有限公司", "湖北消费金融股份有限公司",
    "长银五八消费金融股份有限公司", "兴业消费金融股份公司", "中原消费金融股份有限公司", "杭银消费金融股份有限公司",
    "北京永信致远信息咨询有限公司", "上海鼎诚商务外包服务有限公司", "成都锐达信息咨询服务有限公司",
    "中国华融资产管理股份有限公司", "长安新生（深圳）金融投资有限公司", "郑州海联商务咨询有限公司",
    "新郑农村商业银行", "巩义市农村商业银行", "信阳平桥村镇银行", "长沙银行", "湖南邵阳农村商业银行",
]
LAWFIRMS = ["河南郑商律师事务所", "湖南湘江律师事务所", "广东南粤律师事务所", "上海浦江律师事务所",
            "四川蜀都律师事务所", "江苏金陵律师事务所", "浙江钱塘律师事务所", "山东泉城律师事务所"]
APPS = ["安逸花", "分期乐", "360借条", "信用飞", "拍拍贷", "宜人贷", "小赢卡贷", "美团借钱", "度小满",
        "省呗", "还呗", "洋钱罐", "榕树贷款", "平安普惠", "众安贷", "你我贷", "玖富万卡", "借呗", "花呗",
        "京东金条", "微粒贷", "来分期", "人品贷", "好分期"]
CITIES = ["郑州", "长沙", "成都", "重庆", "武汉", "合肥", "南昌", "西安", "济南", "石家庄", "太原", "南宁",
          "昆明", "贵阳", "福州", "杭州", "南京", "广州", "深圳", "沈阳", "哈尔滨", "兰州", "洛阳", "信阳",
          "周口", "邵阳", "衡阳", "赣州", "绵阳", "宜昌"]
DISTRICTS = ["金水区", "二七区", "雨花区", "岳麓区", "武侯区", "锦江区", "江岸区", "洪山区", "蜀山区",
             "包河区", "雁塔区", "未央区", "历下区", "天河区", "福田区", "龙岗区", "浑南区", "城关区",
             "西湖区", "鼓楼区", "江北区", "渝中区", "青秀区", "五华区"]
ROADS = ["人民路", "解放路", "中山路", "文化路", "纬五路", "农业路", "花园路", "东风路", "黄河路",
         "迎宾大道", "滨河路", "胜利街", "工农路", "北京路", "青年路", "建设路", "经三路", "长江路",
         "友谊路", "红旗路", "新华路", "幸福路", "学府路", "光明街"]
XIAOQU = ["阳光花园", "锦绣家园", "金色港湾", "翠湖苑", "御景湾", "绿城百合公寓", "幸福里", "康桥水乡",
          "碧桂园", "世纪城", "东方今典", "怡馨苑", "盛世名门", "丽水佳园", "华府名邸", "书香苑", "紫荆城",
          "滨江一号", "铁路家属院", "电业局家属院", "二棉宿舍"]
COUNTIES = ["沈丘县", "郸城县", "固始县", "新蔡县", "邵东县", "隆回县", "宁乡县", "资中县", "仁寿县",
            "宿松县", "于都县", "会昌县", "平乡县", "阳谷县", "曹县"]
TOWNS = ["城关镇", "老城镇", "槐店镇", "北关镇", "付井镇", "刘庄店镇", "白马镇", "石桥镇", "新店乡", "三河乡"]
VILLAGES = ["王庄村", "李楼村", "张湾村", "大刘庄", "后寨村", "前进村", "小河村", "杨集村", "周营村", "东岗村"]
LANDMARKS = ["县医院", "人民公园", "实验小学", "汽车站", "农贸市场", "加油站", "第一中学", "万达广场", "火车站"]
KIN = ["老婆", "老公", "哥哥", "姐姐", "弟弟", "妹妹", "表妹", "表哥", "表姐", "儿子", "女儿", "妈妈", "爸爸",
       "堂弟", "堂哥", "小姨", "舅舅", "岳父", "婆婆", "嫂子", "姐夫", "妹夫", "二叔", "大姨"]
TITLES_FULL = ["经理", "律师", "老师", "主任", "警官", "总", "专员", "法官"]
TITLES_SUR = ["总", "经理", "律师", "老师", "主任", "警官", "所长", "科长"]
AMTS = ["3000元", "5800元", "12000元", "两万多", "8600块", "1.2万", "4万3", "三千五", "26000元", "986.5元",
        "15万", "七千多", "2400块", "9800元"]
DATES = ["2026年3月2日", "3月15日", "上个月18号", "去年11月", "2025年12月", "本月初", "前天晚上", "昨天下午",
         "4月7号", "今年春节前", "上周五", "2026年1月9日"]
HOTLINES = ["12378", "12321", "12315", "12345", "110", "12368", "95588", "96110"]

# ---------------------------------------------------------------- templates
# Placeholders (personal):  N N2 N3 (mixed names), NW (word-name), NS (surname that is a word),
#   NP (pinyin), NM (minority), NI (initials), NX (space/emoji inside), P phone, PC phone in Chinese
#   digits, L landline, ID, IDC (Chinese-digit ID), C card, CT typo card, A address, AV village address,
#   W wechat, Q qq, QC qq in Chinese digits, E email, AC contract no., O order no., DY douyin, KS kuaishou,
#   WB weibo, TB taobao, ZFB alipay account (phone or email), PL plate.
# Non-personal fillers: SUR (bare surname, unlabelled), CO, LAW, APP, CITY, DIST, KIN, TF, TS, AMT, DATE, HOT
T = {}
T["reg"] = [
    "致12378：本人{N}，身份证号{ID}，在{APP}借款{AMT}，逾期后催收人员频繁骚扰我的家人，请求核查处理。联系电话{P}",
    "12378投诉：{CO}委托的催收公司打给了我{KIN}{N2}和我同事{N3}，要求监管部门处理",
    "向12321举报：号码{P}连续三天发送侮辱短信，短信里点名道姓骂我{KIN}{N}",
    "12321网络不良与垃圾信息举报：对方用{P}冒充律师，自称{SUR}律师，要求我转账到{C}",
    "12315投诉：在{APP}购买分期商品，订单号{O}，被强制搭售会员，本人{N}，电话{P}",
    "打12345市长热线反映：{CO}的人上门到{A}，堵门找我{KIN}{N}",
    "12345工单补充材料：投诉人{N}，地址{A}，催收员自称{SUR}经理，电话{L}",
    "给12378写的投诉信：借款合同编号{AC}，借款人{N}，我已经协商过三次，{CO}拒绝分期",
    "银保监投诉内容：{APP}把我的欠款信息发给了我领导{N}，还打给了{N2}",
    "12378电话里工作人员让我写清楚：姓名{N}，身份证{IDC}，涉及平台{APP}",
    "投诉对象：{CO}\n投诉人：{N}\n联系电话：{PC}\n诉求：停止骚扰第三人",
    "我在12378留言：{N}，手机{P}，借款合同编号{AC}，要求提供催收录音",
    "金融监管总局投诉：{CO}外包的催收员{NP}每天给我打二十多个电话",
    "12321受理编号是系统给的，举报人写的{N}，被举报号码{P}和{L}",
    "12345投诉：有人在小区门口贴我照片，写着{N}欠钱不还，地址写的{A}",
    "我要投诉{APP}，他们找我表妹{N}借钱替我还，还加了她微信{W}",
    "12378：催收员把我身份证号{ID}发在群里，群里有我{KIN}{N}",
    "向消保委反映：{CO}的{SUR}主任说不还钱就去我单位，我单位领导是{N}",
]
T["police"] = [
    "报案材料\n报案人：{N}，男，身份证号码{ID}，住{A}\n事由：被{CO}催收人员恐吓",
    "报案材料：{DATE}起，{P}不停打给我和我{KIN}{N}，扬言要上门",
    "情况是这样的警官，我找{N}借了{AMT}，后来他转给{N2}一部分，现在催收的人打到我家",
    "派出所做笔录时我说了：担保人是我朋友{N}，他帮我担保的是{APP}那笔",
    "报案人{N}，联系电话{PC}，被恐吓短信的发送号码{P}",
    "受案回执上写着报案人{N}，我把通话录音也交给了{SUR}警官",
    "我已经去{DIST}派出所报案了，接警的是{N}警官，让我保留证据",
    "我要报警，催收员{N}在抖音上发我照片，他的抖音号{DY}",
    "报案材料附件：1.通话录音 2.短信截图（发送方{P}）3.转账记录（收款人{N}，卡号{C}）",
    "110出警后，民警让我把对方的微信{W}和收款支付宝账号{ZFB}都写下来",
    "催收的人开着{PL}的车到我老家{AV}，我爸{N}吓得住院了",
    "报案：被冒充{APP}客服诈骗{AMT}，转到了{C}，户名{N}",
    "我和{KIN}{N}一起去派出所，值班警官姓{SUR}",
]
T["lender"] = [
    "致{APP}客服：我是借款人{N}，借款合同编号{AC}，请停止联系我的紧急联系人{N2}",
    "{APP}在线客服：你们的催收员打给了我女儿{N}的学校，请给个说法",
    "给{CO}投诉部的邮件：本人{N}，邮箱{E}，要求提供债权转让通知",
    "{APP}投诉专线我打了，让我提供订单号{O}和注册手机{P}",
    "致{CO}：贵公司委托的{LAW}{N}律师给我发律师函，我要求核实身份",
    "我是{N}，{APP}账号{P}，我不认可你们加收的服务费",
    "{CO}客户服务中心：借款人{N}已于{DATE}还款{AMT}，请更新记录",
    "{APP}回复说已经转给{SUR}经理处理，但{DATE}还是有人打给{N}",
    "我在{APP}上提交了申诉，申诉人{N}，证件号{ID}",
    "麻烦{CO}核实：合同上借款人是{N}，不是我{KIN}{N2}",
]
T["court"] = [
    "情况说明\n本人{N}，身份证号{ID}，与{CO}借款合同纠纷一案，现将情况说明如下",
    "情况说明：被告{N}因疫情失业，无力一次性偿还，恳请法院准许分期",
    "尊敬的法官：我叫{N}，住{A}，原告{CO}诉我一案，我没有收到起诉状",
    "致{CITY}市{DIST}人民法院：被执行人{N}现申请和解，联系电话{P}",
    "情况说明：借款实际由{N}使用，我只是帮{N2}担保",
    "承办法官{N}您好，我是本案被告，我的银行卡{C}被冻结了，里面是工资",
    "诉前调解时调解员{N}让我补交收入证明",
    "我给法院写的说明里提到了我{KIN}{N}，她身份证{IDC}也被要求提供",
    "答辩状：答辩人{N}，男，{DATE}出生，住{A}",
]
T["forum"] = [
    "投诉标题：{APP}暴力催收，骚扰家人\n正文：{DATE}起，催收员打给了我{KIN}{N}，言语侮辱",
    "【投诉】{CO}冒充法院 诉求：停止骚扰\n我叫{N}，对方号码{P}",
    "黑猫投诉：{APP}催收爆通讯录，打给了我同事{N}和领导{N2}总",
    "投诉标题：{CO}威胁上门\n正文：他们说要去{A}找我，还说认识我表哥{N}",
    "求助帖：被{APP}催收员{N}加了微信{W}，天天发恐吓语音",
    "曝光一下这个催收员，自称{N}，电话{P}，抖音号{DY}",
    "投诉标题：{APP}订单号{O}重复扣款\n正文：本人{NP}，申请退款未果",
    "我在贴吧发帖求助，有个叫{N}的网友说他也被{CO}起诉了",
    "微博私信我的人说自己是{APP}法务，微博号{WB}，让我加QQ{Q}",
    "投诉标题：催收员侮辱我母亲\n正文：我母亲{N}已经六十多岁，{DATE}被对方骂哭",
    "分享一下经验，我投诉{APP}之后，一个叫{N}的主管打给我说可以停息挂账",
    "快手上有人冒充催收，快手号{KS}，@我说我欠钱",
]
T["letter"] = [
    "致催收员{N}：我不是借款人，请不要再打我电话{P}",
    "给{CO}的信：我弟{N}的欠款与我无关，请停止联系我",
    "{N}先生：你在电话里说的话我都录音了，我会交给12378",
    "致{LAW}：你所{N}律师寄来的律师函我已收到，我对金额有异议",
    "写给催收的：你们找{N}没有用，他只是我的同学",
    "回复{SUR}经理：我本月会先还{AMT}，剩下的请协商分期，还款卡号{C}",
]
T["family"] = [
    "妈，如果有人打电话说是{APP}的，找我或者找{N}，你直接挂掉",
    "哥，我在{APP}借的钱逾期了，他们可能会打给嫂子{N}，你帮我解释一下",
    "老婆{N}，对不起，这事我一直没敢跟你说",
    "姐你别担心，我已经找{N}借了{AMT}先还上",
    "爸，我把钱转给{N}了，他明天帮我还到{C}",
    "儿子{N}，你要是接到催收电话就说不认识我",
    "表妹{N}，催收的人要是加你微信就拉黑",
    "跟你说一下，我在{APP}那笔是{N}帮我担保的，他们可能会找他",
    "我哥{N}说他认识一个律师，明天带我去咨询",
    "媳妇，我给{N}打了电话，他说下个月才能还我们",
    "舅舅，那个{P}的号码是催收的，别接",
    "二姨，{N}跟你说我欠钱的事是真的，但我在想办法",
    "姑姑，我把身份证号{ID}给了{N}办贷款，现在后悔死了",
    "老公{N}，你明天下班去{A}拿一下法院的信",
    "闺蜜{N}：你别借我钱了，我自己能处理",
    "女儿{N}上学的学校也被打电话了，我真的受不了",
]
T["boss"] = [
    "{N}总您好，我是{DIST}门店的员工，有催收电话打到公司，非常抱歉",
    "{SUR}总，给您添麻烦了，打电话的是{APP}的人，我会尽快处理",
    "HR{N}：我想预支下个月工资{AMT}，因为家里急用",
    "领导，催收的人说要去公司找{N}经理，我已经跟他们说不要打扰单位",
    "{N}经理，我的工资卡{C}被冻结了，能不能这个月发现金",
    "人事部{N}老师，麻烦帮我开一份收入证明，法院要的",
    "跟{N}主任请个假，明天要去法院",
    "老板，催收的人给{N}打了电话，说我欠钱，我跟您解释一下",
    "王总办公室的座机{L}被打爆了，是冲我来的，我很抱歉",
    "各位领导：我已与{CO}协商，{N}经理可以作证",
]
T["group"] = [
    "大家好，我是{N}，最近有人冒充我借钱，请不要相信",
    "群里的亲戚们：如果有人加你们说我欠钱，不用理会。我现在的电话是{P}",
    "有没有人认识{N}？他说是{CO}的，要我去{A}面谈",
    "@{N} 你是不是也接到{APP}的电话了",
    "声明：本人{N}从未委托任何人代为借款，我的微信号{W}被盗用",
    "同学群里有人说{N}被起诉了，是真的吗",
    "各位家长，{N}妈妈的电话{P}被人挂到网上了，大家注意",
    "业主群：{A}的邻居们，门口贴的东西不是真的，{N}是我{KIN}",
]
T["kin"] = [
    "他们打给了我老婆{N}", "催收员找到了我哥{N}的单位", "表妹{N}被拉进了一个群",
    "儿子{N}在学校接到电话", "我姐{N}说有人在她楼下转悠", "我妈{N}的电话被打了几十次",
    "我弟{N}帮我还了{AMT}", "我爸{N}，身份证{IDC}，被他们说成是担保人", "岳父{N}知道了以后气得不行",
    "嫂子{N}的微信{W}也被加了", "我二叔{N}住{AV}，也被找上门了", "女儿{N}的老师收到了短信",
]
T["title"] = [
    "打给了{N}经理，他说不归他管", "我找{N}律师咨询过，他说可以起诉", "{N}老师，您上次说的法律援助怎么申请",
    "{N}主任答应帮我协调", "{N}警官让我明天带材料过去", "{N}总说公司不会开除我",
    "跟{SUR}经理说好了分期，结果{N}又打来催全款", "{SUR}律师和{N}律师都是{LAW}的",
    "调解员{N}老师说可以减免部分利息", "{N}法官助理给我打过电话，电话是{L}",
    "{SUR}警官说这个归{N}警官管", "我们单位的{N}主任也被打了电话",
]
T["word"] = [
    "打给了{NW}", "找{NW}借了{AMT}", "钱我转给{NW}了", "{NW}帮我担保的", "老婆{NW}知道了",
    "我哥{NW}说别怕", "表妹{NW}被拉群了", "儿子{NW}的学校也被打了", "{NW}经理说不管", "{NW}，你别借钱给我了",
    "催收员打给了我同学{NW}", "跟{NW}说一声，我下个月还",
]
T["surword"] = [
    "找{NS}借了{AMT}", "打给了{NS}", "{NS}帮我担保", "转给{NS}了", "我同事{NS}也被打扰了",
    "{NS}经理说可以协商", "老公{NS}不知道这件事", "催收员说认识{NS}",
]
T["list"] = [
    "被骚扰的人：{N}、{N2}、{N3}", "紧急联系人：1.{N} 2.{N2}", "通讯录里被打的有{N}，{N2}，还有{N3}",
    "姓名 | 关系 | 电话\n{N} | 母亲 | {P}", "名单：{N}（同事）{N2}（表哥）", "借款人{N}，担保人{N2}，共同还款人{N3}",
    "序号1 {N} 被骚扰3次\n序号2 {N2} 被骚扰5次", "他们打了我通讯录前三个：{N}、{N2}和{N3}",
]
T["variant"] = [
    "落款：{NI}", "我同事{NI}帮我担保的", "投诉人：{NX}", "打给了{NX}", "老婆{NX}说没事",
    "我叫{NP}，在{APP}借了钱", "催收员英文名写的{NP}", "{NM}是我的担保人", "打给了我同事{NM}",
    "我哥{NX}被拉进群了", "签名 {NI} {DATE}", "找{NM}借了{AMT}",
]
T["platform"] = [
    "支付宝账号{ZFB}，被他们拿去查了", "他的抖音号{DY}，每天发视频骂我", "快手号{KS}也在发我的照片",
    "微博{WB}，把我的借款信息挂出来了", "淘宝账号{TB}被冻结了", "借款合同编号{AC}，本金{AMT}",
    "订单号{O}，申请了退款", "我的QQ是{QC}，有事可以找我", "他们的座机是{L}", "手机号{PC}是我本人的",
    "身份证{IDC}，麻烦核实", "收款账户{C}，户名是公司的", "他们的支付宝{ZFB}，让我私下转账",
    "车牌{PL}的车在楼下停了一上午", "邮箱{E}收到了律师函", "QQ{Q}的人冒充法院",
    "订单编号：{O}\n借款合同编号：{AC}", "还款卡{CT}，好像写错了一位",
]
T["addr"] = [
    "我家住{A}，催收的人上门了", "地址是{A}，被人贴了大字报", "老家地址{AV}，我爸妈住那儿",
    "他们说要去{A}找我", "现住址：{A}", "收件地址写的{A}，法院寄的传票",
    "我住在{AV}，离县城很远", "催收员在{A}门口拍照发到群里",
]
GROUP_COUNTS = {"reg": 90, "police": 70, "lender": 60, "court": 55, "forum": 65, "letter": 35,
                "family": 80, "boss": 60, "group": 45, "kin": 60, "title": 55, "word": 50,
                "surword": 30, "list": 40, "variant": 55, "platform": 60, "addr": 30}
NONE_TEXTS = [
    "我给12378打了电话，工作人员让我写书面投诉", "12321的网站上可以直接举报骚扰短信", "打了12345，说会转给金融办",
    "报案材料要写清楚时间、地点和经过", "情况说明需要本人签字按手印吗", "我哥说先别告诉我妈",
    "老婆知道以后一直在哭", "经理说这件事公司不管", "律师说可以申请诉前调解", "表妹也被拉进了群",
    "儿子问我是不是欠钱了", "平安到家了，别担心", "我明白了，谢谢你", "祝你万事如意", "安全起见先别转账",
    "长安街附近的派出所可以报案吗", "中国华融资产管理股份有限公司是正规的吗", "国庆节期间催收也没停",
    "和平解决是最好的", "海军退役的老兵也被骗过", "江河湖海都去过，就是没见过这样催收的",
    "青山绿水的老家回不去了", "建国以来第一次这么绝望", "春燕归来的时候我一定还清",
    "高兴不起来，又被打了一天电话", "石头落地了，法院准许分期", "常常半夜被电话吵醒", "白天上班晚上送外卖还债",
    "文明催收是监管要求", "金额不对，多算了利息", "万一他们真的上门怎么办", "牛市也救不了我",
    "路上接到三个催收电话", "简单说就是还不上了", "明天去法院递交材料", "消费金融公司的催收可以投诉吗",
    "小额贷款公司的利息超过法定上限了吗", "资产管理公司买了我的债，合法吗", "律师事务所发的律师函要理会吗",
    "村镇银行的贷款也会上征信吗", "投诉标题怎么写比较好", "群里有人说可以停息挂账", "HR找我谈话了",
    "领导让我尽快处理好", "我妈说卖了老家的房子帮我还", "老公不同意我去借钱", "姐夫也被骚扰了",
    "主任说单位不会因此开除我", "警官说这属于民事纠纷", "法官助理让我等电话通知", "调解员说还可以再谈",
    "抖音上有人发视频说我欠钱", "快手也能举报吗", "微博私信被轰炸了", "淘宝店铺被他们留言骚扰",
    "支付宝被冻结了一部分", "借款合同编号在哪里看", "订单号找不到了怎么办", "身份证复印件要不要交",
    "地址要写到门牌号吗",
]

PLACEHOLDER_RE = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17):
    return ID_C[sum(int(a) * b for a, b in zip(first17, ID_W)) % 11]


AREAS = ["410102", "410105", "411622", "411302", "430103", "430521", "510107", "511102", "420111", "370202",
         "330106", "350203", "130102", "140105", "360731", "450103", "520102", "610113", "340104", "440305"]
CARD_PFX = ["622202", "621700", "622848", "621483", "622588", "621226", "625965", "622700", "623052",
            "621799", "622609", "621661", "622908", "628288"]
PHONE_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
             "155", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185",
             "186", "187", "188", "189", "191", "195", "198", "199"]
AREA_CODES = ["0371", "0731", "028", "023", "027", "0551", "0791", "029", "0531", "0311", "0771", "0871",
              "0591", "0571", "025", "020", "0755", "010", "021", "0376", "0394", "0739"]


class Gen:
    def __init__(self, rng, banned_blob):
        self.rng = rng
        self.banned_blob = banned_blob  # other corpora's preserve lines joined
        self.used_names = []
        self.used_norm = {}
        self.name_redraws = 0
        self.stats = {}

    def R(self, seq):
        return self.rng.choice(seq)

    # ------------- names
    def given(self):
        r = self.rng.random()
        if r < 0.3:
            return self.R(G1)
        return self.R(G1) + self.R(G2)

    def han(self, sur):
        return sur + self.given()

    def raw_name(self, form):
        R = self.R
        if form == "common":
            return self.han(R(COMMON_SUR))
        if form == "compound":
            return R(COMPOUND_SUR) + self.given()
        if form == "rare":
            return R(RARE_SUR) + self.given()
        if form == "surword":
            return R(WORD_SUR) + self.given()
        if form == "pinyin":
            s = R(sorted(PY_SUR))
            sp = PY_SUR[s]
            g = R(PY_GIVEN)
            if self.rng.random() < 0.5:
                g = g + R(PY_GIVEN).lower()
            st = self.rng.randrange(5)
            if st == 0:
                return sp + " " + g
            if st == 1:
                return g + " " + sp
            if st == 2:
                return (sp + " " + g).upper()
            if st == 3:
                return (sp + g).lower()
            return sp.upper() + " " + g
        if form == "minority":
            k = self.rng.randrange(4)
            if k == 0:
                return R(UYGHUR_G) + R(["·", "·", "•"]) + R(UYGHUR_F)
            if k == 1:
                a, b = R(TIBET), R(TIBET)
                while b == a:
                    b = R(TIBET)
                return a + R(["", "·"]) + b
            if k == 2:
                return R(YI_CLAN) + "·" + R(YI_GIVEN)
            a, b = R(MONGOL), R(MONGOL)
            while b == a:
                b = R(MONGOL)
            return a + R(["", "·"]) + b
        if form == "initials":
            s = R(sorted(PY_SUR))
            g = R(PY_GIVEN)
            a, b = PY_SUR[s][0], g[0]
            st = self.rng.randrange(5)
            if st == 0:
                return a + "." + b + "."
            if st == 1:
                return a.lower() + " " + b.lower()
            if st == 2:
                return a + b
            if st == 3:
                return a + b + R(PY_GIVEN)[0]
            return a.lower() + "." + b.lower()
        if form == "spaced":
            n = self.han(R(COMMON_SUR + WORD_SUR))
            if self.rng.random() < 0.5:
                return n[0] + R([" ", "  ", "\u3000"]) + n[1:]
            return " ".join(n)
        if form == "emoji":
            n = self.han(R(COMMON_SUR))
            if len(n) == 2:
                return n[0] + R(EMOJI) + n[1]
            i = self.rng.randrange(1, len(n))
            return n[:i] + R(EMOJI) + n[i:]
        raise ValueError(form)

    def norm_name(self, s):
        return re.sub(r"[\s\u3000·•.\-_,]", "", s).lower()

    def name(self, form):
        for _ in range(200):
            n = self.raw_name(form)
            key = self.norm_name(n)
            if key in self.used_norm:
                continue
            if len(key) >= 2 and (n in self.banned_blob or key in self.banned_blob):
                self.name_redraws += 1
                continue
            if any(n in w or w in n for w in WORD_NAMES):
                continue
            if n in TEMPLATE_BLOB or key in TEMPLATE_BLOB:
                continue
            if form == "initials" and re.sub(r"[^A-Za-z]", "", n).upper()[:2] in BAD_INITIALS:
                continue
            return n
        raise RuntimeError("name space exhausted")

    def mixed_form(self):
        r = self.rng.random()
        table = [(0.55, "common"), (0.65, "compound"), (0.73, "rare"), (0.80, "surword"), (0.86, "minority"),
                 (0.91, "pinyin"), (0.95, "spaced"), (0.98, "emoji"), (1.01, "initials")]
        for p, f in table:
            if r < p:
                return f
        return "common"

    # ------------- numbers
    def digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self):
        return self.R(PHONE_PFX) + self.digits(8)

    def phone(self):
        m = self.mobile()
        st = self.rng.randrange(6)
        if st == 0:
            return m[:3] + " " + m[3:7] + " " + m[7:], "spaced"
        if st == 1:
            return m[:3] + "-" + m[3:7] + "-" + m[7:], "dashed"
        if st == 2:
            return "+86 " + m, "plus86"
        return m, "plain"

    def cn_digits(self, s, group):
        out = []
        spoken = self.rng.random() < 0.6
        for ch in s:
            if ch == "1" and spoken:
                out.append("幺")
            elif ch == "0" and spoken and self.rng.random() < 0.5:
                out.append("洞")
            elif ch == "7" and spoken and self.rng.random() < 0.3:
                out.append("拐")
            elif ch in "Xx":
                out.append(ch)
            else:
                out.append("零一二三四五六七八九"[int(ch)])
        txt = "".join(out)
        if group:
            parts, i = [], 0
            for g in group:
                parts.append(txt[i:i + g])
                i += g
            if i < len(txt):
                parts.append(txt[i:])
            return " ".join(parts)
        return txt

    def phone_cn(self):
        m = self.mobile()
        return self.cn_digits(m, self.R([None, [3, 4, 4]])), "chinese"

    def landline(self):
        ac = self.R(AREA_CODES)
        n = self.R("2345678") + self.digits(7 if len(ac) == 3 else 6 + self.rng.randrange(2))
        st = self.rng.randrange(4)
        if st == 0:
            return ac + "-" + n, "landline-dash"
        if st == 1:
            return "(" + ac + ")" + n, "landline-paren"
        if st == 2:
            return ac + " " + n, "landline-space"
        return ac + "-" + n + "转" + str(self.rng.randrange(800, 9000)), "landline-ext"

    def idnum(self):
        y = self.rng.randrange(1962, 2004)
        m = self.rng.randrange(1, 13)
        d = self.rng.randrange(1, 29)
        f17 = self.R(AREAS) + "%04d%02d%02d" % (y, m, d) + self.digits(3)
        return f17 + id_check(f17)

    def id_fmt(self):
        v = self.idnum()
        st = self.rng.randrange(4)
        if st == 0:
            return v[:6] + " " + v[6:14] + " " + v[14:], "spaced"
        return v, "plain"

    def id_cn(self):
        v = self.idnum()
        return self.cn_digits(v, self.R([None, None, [6, 8, 4]])), "chinese"

    def card_raw(self):
        pfx = self.R(CARD_PFX)
        ln = self.R([16, 19, 19])
        p = pfx + self.digits(ln - len(pfx) - 1)
        return p + luhn_digit(p)

    def card(self):
        v = self.card_raw()
        assert luhn_ok(v)
        st = self.rng.randrange(4)
        if st == 0:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "grouped"
        return v, "plain"

    def card_typo(self):
        v = self.card_raw()
        i = self.rng.randrange(6, len(v) - 1)
        nd = str((int(v[i]) + self.rng.randrange(1, 10)) % 10)
        w = v[:i] + nd + v[i + 1:]
        if luhn_ok(w):
            w = v[:i] + str((int(nd) + 1) % 10) + v[i + 1:]
        return w, "typo"

    def address(self):
        R = self.R
        st = self.rng.randrange(5)
        if st == 0:
            return "%s%s%s%d号%s%d栋%d单元%d%02d室" % (R(CITIES) + "市", R(DISTRICTS), R(ROADS), self.rng.randrange(1, 300),
                                                R(XIAOQU), self.rng.randrange(1, 30), self.rng.randrange(1, 6),
                                                self.rng.randrange(1, 33), self.rng.randrange(1, 5)), "city-district-road-xiaoqu"
        if st == 1:
            return "%s%s%d号%s%d号楼%d%02d" % (R(DISTRICTS), R(ROADS), self.rng.randrange(1, 300), R(XIAOQU),
                                          self.rng.randrange(1, 30), self.rng.randrange(1, 33),
                                          self.rng.randrange(1, 5)), "district-road-xiaoqu"
        if st == 2:
            return "%s%s对面%s%d栋%d单元" % (R(COUNTIES), R(LANDMARKS), R(XIAOQU), self.rng.randrange(1, 30),
                                       self.rng.randrange(1, 6)), "landmark"
        if st == 3:
            return "%s%d栋%d%02d室" % (R(XIAOQU), self.rng.randrange(1, 40), self.rng.randrange(1, 33),
                                    self.rng.randrange(1, 5)), "xiaoqu-room"
        return "%s%s与%s交叉口%s%d号院" % (R(DISTRICTS), R(ROADS), R(ROADS), R(XIAOQU), self.rng.randrange(1, 99)), "crossing"

    def village(self):
        R = self.R
        st = self.rng.randrange(3)
        if st == 0:
            return "%s%s%s%d组" % (R(COUNTIES), R(TOWNS), R(VILLAGES), self.rng.randrange(1, 12)), "county-town-village-group"
        if st == 1:
            return "%s%s%d组%d号" % (R(TOWNS), R(VILLAGES), self.rng.randrange(1, 12), self.rng.randrange(1, 80)), "town-village-group-no"
        return "%s%s%s%s组" % (R(COUNTIES), R(TOWNS), R(VILLAGES), R("一二三四五六七八")), "village-cn-group"

    def wechat(self):
        st = self.rng.randrange(3)
        al = "abcdefghijklmnopqrstuvwxyz0123456789"
        if st == 0:
            return "wxid_" + "".join(self.R(al) for _ in range(14)), "wxid"
        if st == 1:
            return self.R(sorted(PY_SUR.values())).lower() + self.R(PY_GIVEN).lower() + self.digits(4), "pinyin-digits"
        return self.R("abcdefghijklmnopqrstuvwxyz") + "".join(self.R(al) for _ in range(7)) + "_" + self.digits(2), "letters"

    def qq(self):
        return str(self.rng.randrange(1, 10)) + self.digits(self.rng.randrange(6, 10)), "plain"

    def qq_cn(self):
        v, _ = self.qq()
        return self.cn_digits(v, None), "chinese"

    def email(self):
        user = self.R(sorted(PY_SUR.values())).lower() + self.R(["", ".", "_"]) + self.R(PY_GIVEN).lower() + self.digits(self.rng.randrange(2, 5))
        return user + "@" + self.R(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net"]), "email"

    def contract(self):
        st = self.rng.randrange(4)
        if st == 0:
            return "JK2026" + self.digits(10), "JK"
        if st == 1:
            return "HT-2025-" + self.digits(6), "HT-dash"
        if st == 2:
            return "XF" + self.digits(14), "XF"
        return "DK20260" + self.digits(9) + self.R("ABCDEFGH"), "DK"

    def order(self):
        st = self.rng.randrange(2)
        if st == 0:
            return "2026" + self.digits(15), "19-digit"
        return "SO" + self.digits(12), "SO"

    def douyin(self):
        st = self.rng.randrange(2)
        if st == 0:
            return self.digits(1).replace("0", "5") + self.digits(9), "digits"
        return "dy" + self.R("abcdefghijklmnopqrstuvwxyz") + self.digits(6), "dy-letters"

    def kuaishou(self):
        if self.rng.random() < 0.5:
            return "KS" + self.digits(9), "KS"
        return str(self.rng.randrange(1, 10)) + self.digits(8), "digits"

    def weibo(self):
        return str(self.rng.randrange(1, 8)) + self.digits(9), "uid"

    def taobao(self):
        if self.rng.random() < 0.5:
            return "tb" + self.digits(9), "tb-digits"
        return "tb_" + self.R(sorted(PY_SUR.values())).lower() + self.digits(5), "tb-pinyin"

    def plate(self):
        prov = self.R("豫湘川渝鄂皖赣陕鲁冀晋桂云黔闽浙苏粤")
        letter = self.R("ABCDEFGHJKLMNP")
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        body = "".join(self.R(al) for _ in range(5))
        st = self.rng.randrange(3)
        if st == 0:
            return prov + letter + body, "plain"
        if st == 1:
            return prov + letter + "·" + body, "dot"
        return prov + letter + " D" + "".join(self.R("0123456789") for _ in range(5)), "new-energy-space"


NAME_PH = {"N": None, "N2": None, "N3": None, "NW": "word", "NS": "surword", "NP": "pinyin", "NM": "minority",
           "NI": "initials", "NX": None}


def fill(g, tpl, group):
    """Return (text, pii list, styles) or None on a rejected draw."""
    vals = {}
    pii_vals = {}  # placeholder -> (kind, value, style)
    rng = g.rng
    out = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(tpl):
        out.append(tpl[pos:m.start()])
        pos = m.end()
        ph = m.group(1)
        if ph not in vals:
            kind, v, style = None, None, None
            if ph in NAME_PH:
                if ph == "NW":
                    v, style = g.R(WORD_NAMES), "word"
                elif ph == "NX":
                    style = g.R(["spaced", "spaced", "emoji"])
                    v = g.name(style)
                elif ph in ("N", "N2", "N3"):
                    style = g.mixed_form()
                    v = g.name(style)
                else:
                    style = NAME_PH[ph]
                    v = g.name(style)
                kind = "name"
            elif ph == "P":
                kind, (v, style) = "phone", g.phone()
            elif ph == "PC":
                kind, (v, style) = "phone", g.phone_cn()
            elif ph == "L":
                kind, (v, style) = "phone", g.landline()
            elif ph == "ID":
                kind, (v, style) = "id_number", g.id_fmt()
            elif ph == "IDC":
                kind, (v, style) = "id_number", g.id_cn()
            elif ph == "C":
                kind, (v, style) = "bank_card", g.card()
            elif ph == "CT":
                kind, (v, style) = "bank_card", g.card_typo()
            elif ph == "A":
                kind, (v, style) = "address", g.address()
            elif ph == "AV":
                kind, (v, style) = "address", g.village()
            elif ph == "W":
                kind, (v, style) = "wechat", g.wechat()
            elif ph == "Q":
                kind, (v, style) = "qq", g.qq()
            elif ph == "QC":
                kind, (v, style) = "qq", g.qq_cn()
            elif ph == "E":
                kind, (v, style) = "email", g.email()
            elif ph == "AC":
                kind, (v, style) = "account", g.contract()
            elif ph == "O":
                kind, (v, style) = "account", g.order()
            elif ph == "DY":
                kind, (v, style) = "account", g.douyin()
            elif ph == "KS":
                kind, (v, style) = "account", g.kuaishou()
            elif ph == "WB":
                kind, (v, style) = "account", g.weibo()
            elif ph == "TB":
                kind, (v, style) = "account", g.taobao()
            elif ph == "ZFB":
                if rng.random() < 0.6:
                    v, style = g.mobile(), "alipay-phone"
                    kind = "phone"
                else:
                    kind, (v, style) = "email", g.email()
                    style = "alipay-email"
            elif ph == "PL":
                kind, (v, style) = "plate", g.plate()
            elif ph == "SUR":
                v = g.R(COMMON_SUR + WORD_SUR)
            elif ph == "CO":
                v = g.R(SMALL_LENDERS)
            elif ph == "LAW":
                v = g.R(LAWFIRMS)
            elif ph == "APP":
                v = g.R(APPS)
            elif ph == "CITY":
                v = g.R(CITIES)
            elif ph == "DIST":
                v = g.R(DISTRICTS)
            elif ph == "KIN":
                v = g.R(KIN)
            elif ph == "AMT":
                v = g.R(AMTS)
            elif ph == "DATE":
                v = g.R(DATES)
            elif ph == "HOT":
                v = g.R(HOTLINES)
            else:
                raise KeyError(ph)
            vals[ph] = v
            if kind:
                pii_vals[ph] = (kind, v, style)
        out.append(vals[ph])
    out.append(tpl[pos:])
    text = "".join(out)
    # order by first appearance
    items = []
    seen = []
    for ph, (kind, v, style) in pii_vals.items():
        if v in seen:
            return None
        seen.append(v)
        items.append((text.find(v), kind, v, style))
    items.sort(key=lambda x: x[0])
    # a value occurring inside another value of the record -> reject
    for i in range(len(items)):
        for j in range(len(items)):
            if i != j and items[i][2] in items[j][2]:
                return None
    # each value must occur exactly where placed: count occurrences == placements
    for ph, (kind, v, style) in pii_vals.items():
        placed = tpl.count("{" + ph + "}")
        if text.count(v) != placed:
            return None
    return text, items


def norm_text(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch)[0] in "PSZC")
    return re.sub(r"\d+", "0", s)


def load_others():
    texts, plines = [], []
    nfiles = 0
    if not DEDUPE_DIR:
        return texts, plines, nfiles
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if "tune37" in fn or not fn.startswith("scrub_"):
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line:
                        try:
                            texts.append(json.loads(line)["text"])
                        except Exception:
                            pass
        elif fn.endswith(".txt") and "preserve" in fn:
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                plines.extend(l.rstrip("\n") for l in f if l.strip())
    return texts, plines, nfiles


def mask(text, items):
    for _, _, v, _ in sorted(items, key=lambda x: -len(x[2])):
        text = text.replace(v, "\x00")
    return text


def make_records(others_texts, others_plines, log):
    rng = random.Random(SEED)
    banned_blob = "\n".join(others_plines)
    g = Gen(rng, banned_blob)
    other_exact = dict.fromkeys(others_texts + others_plines)
    other_norm = dict.fromkeys(norm_text(t) for t in others_texts + others_plines)
    plan = []
    for grp in sorted(GROUP_COUNTS):
        tpls = T[grp]
        n = GROUP_COUNTS[grp]
        lst = list(range(len(tpls))) + [rng.randrange(len(tpls)) for _ in range(n - len(tpls))]
        for ti in lst:
            plan.append((grp, ti))
    rng.shuffle(plan)
    recs = []
    own_norm = {}
    masked_texts = []
    nonword_names = []
    rej = {"exact": 0, "norm": 0, "own": 0, "cross_name": 0, "draw": 0, "wordname": 0}
    for grp, ti in plan:
        tpl = T[grp][ti]
        for attempt in range(300):
            r = fill(g, tpl, grp)
            if r is None:
                rej["draw"] += 1
                continue
            text, items = r
            if text in other_exact:
                rej["exact"] += 1
                continue
            nt = norm_text(text)
            if nt in other_norm:
                rej["norm"] += 1
                continue
            if text in own_norm:
                rej["own"] += 1
                continue
            mt = mask(text, items)
            if any(w in mt for w in WORD_NAMES):
                rej["wordname"] += 1
                continue
            names = [v for _, k, v, s in items if k == "name" and s != "word"]
            bad = False
            for nm in names:
                if any(nm in e or e in nm for e in nonword_names):
                    bad = True
                    break
            for nm in names:
                if any(nm in t for t in masked_texts):
                    bad = True
                    break
            if not bad:
                for nm in nonword_names:
                    if nm in mt:
                        bad = True
                        break
            if bad:
                rej["cross_name"] += 1
                continue
            break
        else:
            raise RuntimeError("could not fill " + tpl)
        for nm in names:
            g.used_norm[g.norm_name(nm)] = 1
            nonword_names.append(nm)
        own_norm[text] = 1
        masked_texts.append(mt)
        sender = None
        if rng.random() < 0.15:
            sender = g.mobile()
        recs.append({"group": grp, "tpl": "%s-%02d" % (grp, ti), "text": text, "sender": sender, "items": items})
    # none records
    none_kept = 0
    none_drop = 0
    for t in NONE_TEXTS:
        if t in other_exact or norm_text(t) in other_norm or t in own_norm:
            none_drop += 1
            continue
        own_norm[t] = 1
        none_kept += 1
        recs.append({"group": "none", "tpl": "none", "text": t, "sender": None, "items": []})
    rng.shuffle(recs)
    log["record_rejections"] = rej
    log["name_redraws_other_preserve"] = g.name_redraws
    log["none_kept"] = none_kept
    log["none_dropped"] = none_drop
    return recs, nonword_names


# ---------------------------------------------------------------- preserve list
CO_CORES = ["恒信", "中诚", "鑫达", "汇通", "德润", "瑞丰", "永信", "鼎诚", "锐达", "海联", "华信", "国泰", "长城",
            "东方", "金诚", "正元", "宏达", "安信", "平安", "长安", "华融", "信达", "中银", "兴邦", "富民", "聚信"]
CO_SUFFIX = ["资产管理有限公司", "小额贷款有限公司", "信息咨询服务有限公司", "商务外包服务有限公司",
             "融资担保有限公司", "网络科技有限公司", "消费金融股份有限公司", "律师事务所"]
PLACES = ["河南", "湖南", "四川", "重庆", "湖北", "安徽", "江西", "陕西", "山东", "河北", "广西", "云南",
          "贵州", "福建", "浙江", "江苏", "广东", "深圳前海", "上海", "北京"] + CITIES
RURAL = ["农村商业银行", "农村信用合作联社", "村镇银行", "农商银行"]
OFFICES = ["公安局", "派出所", "人民法院", "中级人民法院", "人民检察院", "司法局", "法律援助中心", "信访局",
           "市场监督管理局", "金融工作局", "消费者协会", "公证处", "仲裁委员会", "人力资源和社会保障局"]
HOT_LINES = ["12378银行保险消费者投诉热线", "12321网络不良与垃圾信息举报受理中心", "12315消费者投诉举报专线",
             "12345政务服务便民热线", "110报警电话", "12368诉讼服务热线", "12348法律服务热线",
             "96110反诈预警劝阻专线", "12363金融消费权益保护咨询投诉电话"]
LEGAL = ["情况说明", "报案材料", "受案回执", "不予立案通知书", "暴力催收", "软暴力", "寻衅滋事", "侵犯公民个人信息罪",
         "民事诉讼", "支付令", "诉前调解", "仲裁裁决", "立案", "证据材料", "通话录音", "聊天截图", "律师函", "催收函",
         "债权转让通知书", "停息挂账", "个性化分期", "协商还款", "减免利息", "违约金", "罚息", "综合年化利率",
         "超过法定利率上限", "征信异议", "强制执行", "失信被执行人", "限制高消费", "财产保全", "答辩状", "起诉状",
         "传票", "举证期限", "开庭时间", "调解书", "判决书", "撤诉", "和解协议", "委托代理人", "授权委托书"]
KIN_ALONE = KIN + ["我哥", "我姐", "我弟", "我妹", "我妈", "我爸", "我老婆", "我妈妈", "我爸爸", "亲戚", "家属", "紧急联系人", "通讯录好友", "同事", "同学", "室友", "邻居",
                   "房东", "发小", "战友", "老乡"]
TITLES_ALONE = ["经理", "律师", "主任", "警官", "老师", "总经理", "人事", "HR", "领导", "主管", "法官", "法官助理",
                "书记员", "调解员", "民警", "辅警", "所长", "科长", "专员", "客服", "组长", "店长", "老板"]
LOOKALIKE = ["平安", "安全", "明白", "如意", "长安", "华融", "吉祥", "富贵", "光明", "永安", "国泰", "长城", "东方",
             "文明", "高兴", "石头", "常常", "白天", "金额", "万一", "牛市", "路上", "简单", "明天", "高利贷",
             "石家庄", "常规", "白条", "文件", "金条", "万元", "牛皮癣广告", "路费", "简历", "明细", "和平", "建国",
             "国庆", "海军", "江河", "青山", "春燕"]
WORD_USES = ["国庆节", "国庆长假", "和平路", "和平解决", "建国门", "建国以来", "海军陆战队", "海军蓝", "江河湖海",
             "江河日下", "青山绿水", "青山依旧在", "春燕归来", "春燕衔泥"]
TIME_WORDS = ["今天", "明天", "后天", "昨天", "上周", "下个月", "月底", "月初", "年底", "春节前", "国庆后",
              "工作日", "周末", "晚上十点以后", "早上八点之前", "中午", "凌晨", "三个工作日内", "七天之内"]
CASE_WORDS = ["案号", "受理编号", "工单号", "投诉编号", "回执编号", "案由", "借款合同纠纷", "金融借款合同纠纷",
              "民间借贷纠纷", "信用卡纠纷", "网络侵权责任纠纷"]

TEMPLATE_BLOB = "\n".join([t for g in sorted(T) for t in T[g]] + NONE_TEXTS + SMALL_LENDERS + LAWFIRMS + APPS
                          + CITIES + DISTRICTS + ROADS + XIAOQU + COUNTIES + TOWNS + VILLAGES + LANDMARKS + CO_CORES + PLACES + OFFICES + HOT_LINES + LEGAL
                          + KIN_ALONE + TITLES_ALONE + LOOKALIKE + WORD_USES + TIME_WORDS + CASE_WORDS)
BAD_INITIALS = ["HR", "KS", "DY", "TB", "SO", "JK", "HT", "XF", "DK", "QQ", "ID", "WX", "DD"]

PRESERVE_FRAMES = [
    "{x}", "向{x}投诉", "{x}的催收电话", "{x}打来的", "{x}说要起诉我", "我在{x}借过钱", "{x}是正规公司吗",
    "{x}委托的外包公司", "{x}发来的短信", "收到{x}的律师函", "{x}可以协商吗",
]
KIN_FRAMES = ["{x}", "{x}也接到了电话", "{x}被拉进群了", "别告诉{x}", "{x}知道了", "{x}帮我还了一部分",
              "{x}的电话被打爆了", "催收打给了{x}"]
TITLE_FRAMES = ["{x}", "那个{x}说", "{x}让我写材料", "打给了{x}", "{x}答应帮我问问", "找{x}咨询"]
LOOK_FRAMES = ["{x}", "{x}的事", "我说的{x}", "{x}就好"]


def make_preserve(record_values, others_plines, others_texts, log):
    rng = random.Random(SEED + 1)
    cands = []
    ents = []
    for p in PLACES:
        for c in rng.sample(CO_CORES, 8):
            ents.append(p + c + rng.choice(CO_SUFFIX))
        ents.append(p + rng.choice(RURAL))
    ents += SMALL_LENDERS + LAWFIRMS + APPS
    for e in ents:
        cands.append(e)
        cands.append(rng.choice(PRESERVE_FRAMES).replace("{x}", e))
        cands.append(rng.choice(PRESERVE_FRAMES).replace("{x}", e))
    for city in CITIES:
        for off in OFFICES:
            cands.append(city + "市" + off)
        cands.append(city + "市" + rng.choice(DISTRICTS) + rng.choice(OFFICES))
        cands.append("去" + city + "市" + rng.choice(OFFICES) + "递交" + rng.choice(LEGAL))
    for h in HOT_LINES:
        cands.append(h)
        cands.append("拨打" + h)
        cands.append("我向" + h + "反映了情况")
    for l in LEGAL:
        cands.append(l)
        cands.append(l + "怎么写")
        cands.append("需要准备" + l + "吗")
        cands.append(rng.choice(APPS) + rng.choice(["说要", "威胁", "提到"]) + l)
    for k in KIN_ALONE:
        for fr in KIN_FRAMES:
            cands.append(fr.replace("{x}", k))
    for t in TITLES_ALONE:
        for fr in TITLE_FRAMES:
            cands.append(fr.replace("{x}", t))
    for w in LOOKALIKE:
        for fr in LOOK_FRAMES:
            cands.append(fr.replace("{x}", w))
    for w in WORD_USES:
        cands.append(w)
        cands.append(w + "，" + rng.choice(["催收还在打", "我还是还不上", "先把材料交了", "心里很乱"]))
    for t in TIME_WORDS:
        cands.append(t)
        cands.append(t + "再联系" + rng.choice(APPS))
        cands.append(rng.choice(KIN_ALONE) + "说" + t + "去" + rng.choice(OFFICES))
    for c in CASE_WORDS:
        cands.append(c)
        cands.append(c + "在回执上")
    for a in AMTS:
        cands.append("欠款" + a)
        cands.append("已经还了" + a)
    for i in range(400):
        cands.append("投诉标题：%s%s，%s" % (rng.choice(APPS), rng.choice(["暴力催收", "爆通讯录", "冒充法院", "乱收费", "骚扰家人"]),
                                        rng.choice(["请求处理", "要求停止", "诉求协商还款", "已提供证据"])))
        cands.append("%s打给了我%s" % (rng.choice(SMALL_LENDERS[:20]), rng.choice(KIN)))
        cands.append("找%s的%s咨询%s" % (rng.choice(LAWFIRMS), rng.choice(["律师", "主任", "律师助理"]), rng.choice(LEGAL)))
        cands.append("%s%s说%s可以%s" % (rng.choice(CITIES), rng.choice(["派出所", "法院", "信访局"]), rng.choice(["警官", "法官", "工作人员", "调解员"]),
                                        rng.choice(["协调", "调解", "受理", "出具回执"])))
    log["preserve_candidates"] = len(cands)
    other_exact = dict.fromkeys(others_plines + others_texts)
    other_norm = dict.fromkeys(norm_text(t) for t in others_plines + others_texts)
    own = {}
    out = []
    drop = {"exact": 0, "norm": 0, "own": 0, "value": 0}
    vals = [v for v in record_values]
    for c in cands:
        if c in other_exact:
            drop["exact"] += 1
            continue
        n = norm_text(c)
        if n in other_norm:
            drop["norm"] += 1
            continue
        if n in own or not n:
            drop["own"] += 1
            continue
        if any(v in c for v in vals):
            drop["value"] += 1
            continue
        own[n] = 1
        out.append(c)
    rng.shuffle(out)
    log["preserve_drops"] = drop
    log["preserve_lines"] = len(out)
    return out


def main():
    log = {}
    others_texts, others_plines, nfiles = load_others()
    log["dedupe_files"] = nfiles
    log["dedupe_texts"] = len(others_texts)
    log["dedupe_preserve_lines"] = len(others_plines)
    recs, names = make_records(others_texts, others_plines, log)
    # record values that must not appear in preserve (word-names exempt)
    rv = []
    for r in recs:
        for _, k, v, s in r["items"]:
            if s != "word" and v not in rv:
                rv.append(v)
    pres = make_preserve(rv, others_plines, others_texts, log)
    os.makedirs(OUT_DIR, exist_ok=True)
    groups = {}
    with open(os.path.join(OUT_DIR, "scrub_tune37.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, r in enumerate(recs, 1):
            rid = "t37-%04d" % i
            pii = [{"kind": k, "value": v} for _, k, v, s in r["items"]]
            for p in pii:
                assert p["value"] in r["text"]
            f.write(json.dumps({"id": rid, "text": r["text"], "sender": r["sender"], "pii": pii}, ensure_ascii=False) + "\n")
            groups[rid] = {"group": r["group"], "tpl": r["tpl"], "styles": [s for _, k, v, s in r["items"]]}
    with open(os.path.join(OUT_DIR, "scrub_tune37_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for l in pres:
            f.write(l + "\n")
    with open(os.path.join(OUT_DIR, "groups37.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, ensure_ascii=False, indent=0, sort_keys=True)
    log["records"] = len(recs)
    with open(os.path.join(OUT_DIR, "log37.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(log, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
