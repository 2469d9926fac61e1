#!/usr/bin/env python3
"""make_scrub_tune23.py -- tuning corpus 23 for the personal-data scrubber.

Written blind (without reading the scrubber, its tests, the bench or the
bodies of other generators).  Own templates, own name tables, own number
formats.  Plain Python, no dependencies.

Writes scrub_tune23.jsonl and scrub_tune23_preserve.txt to TUNE23_OUT_DIR
(default: this file's folder).  If TUNE23_DEDUPE_DIR (default
/work/main/tests/data) exists, record texts and preserve lines are compared
with every other scrub_*.jsonl / scrub_*preserve*.txt there (whitespace
removed) and equal ones are redrawn / dropped; only counts are printed.
"""
import glob
import json
import os
import random
import re
import sys

SEED = 20261223
OUT_DIR = os.environ.get('TUNE23_OUT_DIR', os.path.dirname(os.path.abspath(__file__)))
DEDUPE_DIR = os.environ.get('TUNE23_DEDUPE_DIR', '/work/main/tests/data')
SUMMARY = os.environ.get('TUNE23_SUMMARY') == '1'
OWN_PREFIX = 'scrub_tune23'

# --------------------------------------------------------------------------
# name tables (the writer's own)
# --------------------------------------------------------------------------
_COMMON_W = """王20 李20 张18 刘15 陈14 杨10 黄8 赵8 吴7 周7 徐6 孙6 马5 朱5 胡5 郭5 何4 高4 林4
罗4 郑4 梁4 谢3 宋3 唐3 许3 韩3 冯3 邓3 曹3 彭3 曾3 肖3 田2 董2 袁2 潘2 于2 蒋2 蔡2 余2 杜2
叶2 程2 苏2 魏2 吕2 丁2 任2 沈2 姚2 卢2 姜2 崔2 钟2 谭2 陆2 汪2 范2 金2 石2 廖2 贾2 夏2 韦2
付2 方2 白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 龙2 史2 陶1 黎1 贺1 顾1 毛1 郝1
龚1 邵1 万1 钱1 严1 覃1 武1 戴1 莫1 孔1 向1 汤1 常1 温1 康1 施1 文1 牛1 樊1 葛1 邢1 安1 齐1
易1 乔1 伍1 庞1 颜1 倪1 庄1 聂1 章1 鲁1 岳1 翟1 殷1 詹1 申1 耿1 关1 兰1 焦1 俞1 左1 柳1 甘1
祝1 包1 宁1 尚1 符1 舒1 阮1 柯1 纪1 梅1 童1 凌1 毕1 单1 季1 裴1 霍1 涂1 成1 苗1 谷1 盛1 曲1
翁1 冉1 骆1 蓝1 路1 游1 辛1 靳1 管1 柴1 蒙1 鲍1 华1 喻1 祁1 蒲1 房1 滕1 屈1 饶1 解1 牟1 艾1
尤1 阳1 时1 穆1 农1 司1 卓1 古1 吉1 缪1 简1 车1 项1 连1 麦1 褚1 娄1 窦1 戚1 岑1 景1 党1 宫1
费1 卜1 冷1 晏1 席1 卫1 米1 柏1 宗1 瞿1 桂1 全1 佟1 应1 臧1 闵1 苟1 邬1 边1 卞1 姬1 师1 和1
仇1 栾1 隋1 商1 刁1 沙1 荣1 巫1 寇1 桑1 郎1 甄1 丛1 仲1 虞1 敖1 巩1 明1 佘1 池1 查1 麻1 苑1
迟1 邝1"""
COMMON = []
for tok in _COMMON_W.split():
    COMMON.append((tok[:-1] if not tok[-2].isdigit() else tok[:-2], int(re.sub(r'\D', '', tok))))
SUR_NAMES = [s for s, _ in COMMON]
SUR_WEIGHTS = [w for _, w in COMMON]
# surnames used for two-character names (rarely form ordinary words with the given list)
SUR2 = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁蒋蔡杜叶程苏'
            '魏吕丁沈姚卢姜崔钟谭汪范廖贾邹孟熊秦邱薛闫段雷侯龙陶贺顾郝龚邵覃戴莫孔汤')
RARE = list('禤亓訾仉笪乜酆佴厍逄钭戢郤佀羿郄隗蒯郗冼芮阚眭琚鄢竺暨濮昝谯綦沐雒菅仝蔺')
COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文',
            '司徒', '令狐', '夏侯', '轩辕', '鲜于', '闾丘', '百里', '东郭', '南宫', '呼延', '端木',
            '澹台', '第五', '赫连', '拓跋', '万俟', '独孤', '西门', '申屠', '太史', '公冶', '漆雕',
            '乐正', '巫马']
GIV2_M = ('志刚 建华 海波 国栋 振宇 俊杰 浩然 子豪 文博 宇航 嘉诚 明轩 伟民 立新 德胜 永强 学军 春生 '
          '宏伟 家豪 晓峰 鹏飞 天佑 一鸣 锦程 泽宇 昊天 国华 长林 树根 铁柱 福生 金宝 庆丰 茂林 旭东 '
          '少华 汉卿 润东 绍辉 兆麟 耀祖 世杰 广才 有福 传宝 玉林 怀远 光耀 俊峰 振国 家乐 子轩 '
          '博文 奕辰 梓睿 皓轩 建波 海峰 国强 忠良 德明 永福').split()
GIV2_F = ('秀兰 桂英 淑珍 玉梅 丽娟 晓燕 雪梅 静怡 欣怡 雨桐 梓涵 诗琪 佳慧 婉婷 慧敏 彩霞 翠花 秋菊 '
          '凤英 美玲 艳红 晓丽 梦瑶 思雨 紫萱 一诺 月娥 金凤 巧云 素芬 爱莲 淑华 丽萍 红霞 晓琳 燕妮 '
          '倩雯 梦婷 雅琴 若曦 春兰 冬梅 玉珍 秀芝 桂芳 海霞 丹丹 婷婷 佳琪 可欣 语嫣 沐晴 雨萱 '
          '子涵 思彤 欣妍 美华 玉凤 秀云').split()
GIV1_M = list('伟强磊军勇杰涛斌超鹏辉刚峰亮毅彬锋')
GIV1_F = list('芳娟敏静丽艳娜霞婷琳萍颖倩璐莹瑶蕾')
STOP_NAMES = {'雷峰', '雷锋', '杜蕾', '高超', '高峰', '高亮', '高强', '潘婷', '陆军', '高勇', '丁香', '文静', '安静', '宁静',
              '明亮', '朱丽', '马丽', '龙涛'}
# two-character given names that are ordinary words (the "word-names" of this corpus)
WORD_GIVEN = {'建国': 'm', '海燕': 'f', '平安': 'm', '文明': 'm', '国庆': 'm', '红梅': 'f', '和平': 'm',
              '胜利': 'm', '光明': 'm', '建设': 'm', '长江': 'm', '永康': 'm', '富贵': 'm', '吉祥': 'm',
              '美丽': 'f', '朝阳': 'm', '解放': 'm', '红旗': 'f', '东风': 'm', '新华': 'm', '中华': 'm',
              '幸福': 'f', '玉兰': 'f', '桂花': 'f', '前进': 'm', '爱国': 'm', '明月': 'f', '春雷': 'm',
              '彩虹': 'f', '秋月': 'f'}
WORD_SUR = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗郑梁谢唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶苏魏吕丁'
                '沈姚卢姜崔钟谭汪廖贾邹孟熊秦邱薛闫段雷侯龙史陶贺顾郝龚邵')
# minority names
UY_M = ['艾尔肯', '买买提', '阿不都热合曼', '吐尔洪', '艾力', '努尔买买提', '亚森', '肉孜', '塔依尔', '阿迪力',
        '伊力哈木', '麦麦提敏']
UY_F = ['古丽娜尔', '热依拉', '阿依努尔', '帕提古丽', '迪丽拜尔', '努尔比亚', '米热古丽', '再努尔',
        '阿依加马丽', '祖丽皮亚']
UY_FATHER = ['吐尔逊', '阿不力孜', '买合木提', '司马义', '热合曼', '艾海提', '卡德尔', '依明', '吾守尔',
             '玉素甫', '阿布都拉']
KZ = [('叶尔兰', '努尔别克', 'm'), ('阿依达娜', '哈力木', 'f'), ('加娜尔', '别克', 'f'),
      ('努尔兰', '托合塔尔', 'm'), ('阿斯哈尔', '吐鲁洪', 'm'), ('古丽巴哈尔', '加肯', 'f')]
TIBETAN = [('次仁多吉', 'm'), ('扎西顿珠', 'm'), ('卓玛央金', 'f'), ('格桑拉姆', 'f'), ('旦增尼玛', 'm'),
           ('德吉卓嘎', 'f'), ('索朗次仁', 'm'), ('拉巴普赤', 'f'), ('尼玛扎西', 'm'), ('白玛曲珍', 'f')]
MONGOL = [('巴特尔', 'm'), ('其木格', 'f'), ('乌日娜', 'f'), ('苏和巴鲁', 'm'), ('额尔敦', 'm'),
          ('阿拉坦仓', 'm'), ('萨仁高娃', 'f'), ('图门吉日嘎拉', 'm'), ('斯琴图雅', 'f'), ('宝音德力格尔', 'm')]
YI = [('吉克', '阿呷', 'f'), ('阿苏', '木乃', 'm'), ('沙马', '日火', 'm'), ('曲比', '阿乌', 'f'),
      ('海来', '拉惹', 'm'), ('阿约', '石且', 'm'), ('吉木', '子洛', 'm'), ('俄木', '阿芝', 'f')]
DOTS = ['·', '·', '·', '•', '・', '．', '‧', '-']
PY_SUR = ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Hu',
          'Guo', 'Lin', 'He', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng',
          'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Jiang', 'Cai', 'Du', 'Ye', 'Cheng',
          'Su', 'Wei', 'Lyu', 'Ding', 'Shen', 'Yao', 'Cui', 'Zhong', 'Tan', 'Fan', 'Jin', 'Shi', 'Liao',
          'Jia', 'Xia', 'Fang', 'Bai', 'Zou', 'Meng', 'Xiong', 'Qin', 'Qiu', 'Xue', 'Yan', 'Duan', 'Lei',
          'Long', 'Tao', 'Ouyang', 'Sima', 'Shangguan', 'Zhuge']
PY_GIV = [('Jian', 'guo'), ('Hai', 'yan'), ('Xiu', 'ying'), ('Zhi', 'qiang'), ('Li', 'hua'), ('Xiao', 'ming'),
          ('Yu', 'ting'), ('Zi', 'hao'), ('Jia', 'hui'), ('Wen', 'bo'), ('Shu', 'hua'), ('Guo', 'dong'),
          ('Yu', 'fei'), ('Meng', 'yao'), ('Hao', 'ran'), ('Xin', 'yi'), ('Jun', 'jie'), ('Ling', 'ling'),
          ('Wei', 'min'), ('Chun', 'mei'), ('Dong', 'mei'), ('Jia', 'le'), ('Ruo', 'xi'), ('Tian', 'yu'),
          ('Shuang',), ('Qiang',), ('Min',), ('Jing',), ('Lei',), ('Tao',)]
EN_GIV = ['Kevin', 'Jason', 'Tony', 'Eric', 'David', 'Michael', 'Vivian', 'Lily', 'Amy', 'Cindy', 'Grace',
          'Helen', 'Jenny', 'Linda', 'Sunny', 'Coco', 'Angela', 'Frank', 'Peter', 'Sam', 'Wendy', 'Alan']

# --------------------------------------------------------------------------
# places, institutions, numbers
# --------------------------------------------------------------------------
CITIES = [('广东省', '深圳市', ['宝安区', '龙岗区', '南山区', '福田区']),
          ('广东省', '广州市', ['白云区', '番禺区', '天河区', '海珠区']),
          ('广东省', '东莞市', ['长安镇', '虎门镇', '塘厦镇']),
          ('浙江省', '杭州市', ['余杭区', '西湖区', '拱墅区']),
          ('浙江省', '温州市', ['鹿城区', '瓯海区']),
          ('江苏省', '苏州市', ['吴中区', '相城区', '姑苏区']),
          ('湖北省', '武汉市', ['洪山区', '江岸区', '武昌区']),
          ('四川省', '成都市', ['金牛区', '成华区', '双流区']),
          ('河南省', '郑州市', ['金水区', '二七区', '中原区']),
          ('湖南省', '长沙市', ['岳麓区', '雨花区', '开福区']),
          ('山东省', '济南市', ['历下区', '槐荫区']),
          ('陕西省', '西安市', ['雁塔区', '未央区', '长安区']),
          ('福建省', '厦门市', ['思明区', '湖里区']),
          ('安徽省', '合肥市', ['蜀山区', '包河区']),
          ('江西省', '南昌市', ['青山湖区', '红谷滩区']),
          ('广西壮族自治区', '南宁市', ['青秀区', '西乡塘区']),
          ('云南省', '昆明市', ['五华区', '官渡区']),
          ('贵州省', '贵阳市', ['南明区', '观山湖区']),
          ('河北省', '石家庄市', ['长安区', '裕华区']),
          ('辽宁省', '沈阳市', ['和平区', '铁西区']),
          ('新疆维吾尔自治区', '乌鲁木齐市', ['天山区', '沙依巴克区']),
          ('重庆市', '', ['渝北区', '江北区', '沙坪坝区']),
          ('上海市', '', ['浦东新区', '闵行区', '宝山区']),
          ('北京市', '', ['朝阳区', '海淀区', '丰台区', '昌平区'])]
ROADS = ['建设路', '人民路', '解放路', '中山路', '和平路', '文化路', '新华路', '胜利路', '光明路', '长江路',
         '黄河路', '幸福路', '团结路', '朝阳路', '东风路', '五一路', '金沙路', '桂花路', '青年路', '迎宾大道',
         '滨江大道', '科技园路', '学府路', '工业大道', '环城北路', '松林路', '石桥路', '荷花路', '丽水路',
         '枫林路']
ESTATES = ['阳光花园', '翠湖苑', '金域华府', '锦绣江南', '滨江名苑', '幸福里', '书香门第', '碧水湾',
           '城市之光', '紫荆花园', '春江郦城', '万象新城', '桃源居', '格林小镇', '中海国际社区', '御景湾',
           '丽景天成', '和谐家园', '东湖雅苑', '南湖半岛']
BUILDINGS = ['金融中心', '国贸大厦', '软件园二期', '创业大厦', '数码城', '汇金广场', '环球中心', '财富广场']
COUNTIES = [('河南省', '周口市', '郸城县'), ('河南省', '信阳市', '固始县'), ('湖北省', '恩施州', '巴东县'),
            ('湖南省', '怀化市', '会同县'), ('四川省', '达州市', '宣汉县'), ('广西壮族自治区', '梧州市', '岑溪市'),
            ('福建省', '龙岩市', '上杭县'), ('安徽省', '阜阳市', '临泉县'), ('山东省', '菏泽市', '单县'),
            ('江西省', '赣州市', '宁都县'), ('贵州省', '毕节市', '威宁县'), ('甘肃省', '天水市', '秦安县')]
TOWNS = ['城关镇', '新集镇', '石桥镇', '龙王庙镇', '白马镇', '三河镇', '黄土岗镇', '柳林镇', '双庙乡', '金盆乡']
VILLAGES = ['王庄村', '大李村', '石门村', '新店村', '杨湾村', '周家坝村', '后营村', '枣树岗村', '高台村',
            '东湖村', '马鞍山村', '刘家沟村']
AREA = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029', '0371', '0731', '0551',
        '0591', '0771', '0871', '0991', '0898', '0755', '0769', '0512', '0571']
MOB_PRE = ('130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 '
           '165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 '
           '191 192 193 195 196 197 198 199').split()
REGION = ['440306', '440307', '440106', '441900', '330110', '330302', '320506', '420111', '510106',
          '410105', '430104', '370102', '610113', '350203', '340104', '360111', '450103', '530102',
          '520102', '130102', '210102', '500112', '310115', '110105', '411625', '413026', '422823',
          '431225', '511722', '450481', '350823', '341221', '371722', '360730', '522427', '620522']
REGION_BY = {'uy': ['650102', '650103', '653101', '652901'], 'kz': ['654002', '654021'],
             'tib': ['540102', '542621'], 'mon': ['150102', '152501'], 'yi': ['513401', '513431']}
CARD_BIN = [('622202', 19), ('621226', 19), ('621700', 19), ('436742', 16), ('622848', 19),
            ('621661', 19), ('622588', 16), ('621483', 16), ('622262', 19), ('623058', 19),
            ('621098', 19), ('622150', 19), ('625809', 16), ('628288', 16)]
PROV_ABBR = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼'
PLATE_CH = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
MAIL_DOM = ['qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'foxmail.com', 'outlook.com',
            'gmail.com', 'yeah.net', '139.com', '189.cn', 'aliyun.com', 'hotmail.com', 'icloud.com']
PLATFORMS = ['安逸花', '分期乐', '360借条', '美团月付', '拍拍贷', '你我贷', '小赢卡贷', '宜人贷', '招联金融',
             '马上消费', '洋钱罐', '众安小贷', '度小满', '来分期', '桔子分期', '省呗', '借呗', '京东金条',
             '微粒贷', '榕树贷款']
BANKS = ['工商银行', '建设银行', '农业银行', '中国银行', '招商银行', '交通银行', '邮储银行', '平安银行',
         '浦发银行', '中信银行', '光大银行', '民生银行', '兴业银行', '华夏银行', '广发银行']
AGENCIES = ['鼎信资产管理有限公司', '华融汇通调解中心', '诚和信息咨询服务部', '信达安商务服务有限公司',
            '正源律师事务所', '恒泰法律服务中心', '安稳债务协商中心', '东来企业管理咨询有限公司']
CONSTR = ['中建X局', '华南建工', '鸿运劳务', '宏达建筑劳务有限公司', '远大幕墙', '鑫泰钢构']
WX_NICK = ['静待花开', '平安是福', '岁月静好', '阳光总在风雨后', '知足常乐', '一帆风顺', '荷塘月色', '淡定',
           '向日葵🌻', '天道酬勤', '海阔天空', '花开富贵', '心若止水', '老兵', '简单点', '追梦人', '大漠孤烟',
           '🍀四叶草', '晴天☀️', 'A.专业债务规划', '上岸了吗', '南山南', '清风徐来', '浪花一朵朵', '~微笑~',
           '努力搬砖', '😊', '风中的承诺', '可乐加冰', 'Ms.Q']

FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN = str.maketrans('0123456789', '零一二三四五六七八九')
CN_YAO = str.maketrans('0123456789', '零幺二三四五六七八九')


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def id_check(d17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(d17, w)) % 11]


def squash(s):
    return re.sub(r'\s+', '', s)


# --------------------------------------------------------------------------
# the generator state
# --------------------------------------------------------------------------
class G:
    def __init__(self, seed, blocked_text):
        self.r = random.Random(seed)
        self.used_names = []
        self.used_set = set()
        self.blocked = blocked_text          # preserve text + template text, squashed, lowercase
        self.sex = {}
        self.form = {}
        self.nums = set()

    # ---------- names ----------
    def _ok_name(self, v):
        k = squash(v).lower()
        if len(k) < 2 or k in STOP_NAMES:
            return False
        if k in self.blocked:
            return False
        for u in self.used_set:
            if k in u or u in k:
                return False
        return True

    def _take(self, v, sex, **kw):
        k = squash(v).lower()
        self.form[v] = kw.get('form')
        self.used_set.add(k)
        self.used_names.append(v)
        self.sex[v] = sex
        p = {'v': v, 'sex': sex}
        p.update(kw)
        return p

    def _free_given(self, sur, sex):
        for _ in range(500):
            gv = self.r.choice(GIV2_M if sex == 'm' else GIV2_F)
            if self._ok_name(sur + gv):
                return gv
        raise RuntimeError('given')

    def han3(self, sex=None):
        r = self.r
        for _ in range(500):
            sx = sex or r.choice('mf')
            s = r.choices(SUR_NAMES, SUR_WEIGHTS)[0]
            gv = r.choice(GIV2_M if sx == 'm' else GIV2_F)
            v = s + gv
            if self._ok_name(v):
                return self._take(v, sx, sur=s, giv=gv, form='han3')
        raise RuntimeError('han3')

    def han2(self, sex=None):
        r = self.r
        for _ in range(500):
            sx = sex or r.choice('mf')
            s = r.choice(SUR2)
            gv = r.choice(GIV1_M if sx == 'm' else GIV1_F)
            v = s + gv
            if self._ok_name(v):
                return self._take(v, sx, sur=s, giv=gv, form='han2')
        raise RuntimeError('han2')

    def rare(self, sex=None):
        r = self.r
        for _ in range(500):
            sx = sex or r.choice('mf')
            s = r.choice(RARE)
            if r.random() < 0.35:
                gv = r.choice(GIV1_M if sx == 'm' else GIV1_F)
            else:
                gv = r.choice(GIV2_M if sx == 'm' else GIV2_F)
            v = s + gv
            if self._ok_name(v):
                return self._take(v, sx, sur=s, giv=gv, form='rare')
        raise RuntimeError('rare')

    def compound(self, sex=None):
        r = self.r
        for _ in range(500):
            sx = sex or r.choice('mf')
            s = r.choice(COMPOUND)
            if r.random() < 0.4:
                gv = r.choice(GIV1_M if sx == 'm' else GIV1_F)
            else:
                gv = r.choice(GIV2_M if sx == 'm' else GIV2_F)
            v = s + gv
            if self._ok_name(v):
                return self._take(v, sx, sur=s, giv=gv, form='compound')
        raise RuntimeError('compound')

    def wordname(self, giv=None, sex=None):
        r = self.r
        pool = sorted(k for k, v in WORD_GIVEN.items() if sex in (None, v))
        for _ in range(500):
            gv = giv or r.choice(pool)
            s = r.choice(WORD_SUR)
            v = s + gv
            if self._ok_name(v):
                return self._take(v, WORD_GIVEN[gv], sur=s, giv=gv, form='wordname')
            if giv and _ > 200:
                giv = None
        raise RuntimeError('wordname')

    def minority(self, group=None, dot=None):
        r = self.r
        for _ in range(500):
            grp = group or r.choices(['uy', 'kz', 'tib', 'mon', 'yi'], [5, 2, 2, 2, 2])[0]
            d = dot if dot is not None else r.choice(DOTS)
            if grp == 'uy':
                sx = r.choice('mf')
                a = r.choice(UY_M if sx == 'm' else UY_F)
                b = r.choice(UY_FATHER)
                v = a + d + b
                giv = a
            elif grp == 'kz':
                a, b, sx = r.choice(KZ)
                v = a + d + b
                giv = a
            elif grp == 'tib':
                v, sx = r.choice(TIBETAN)
                giv = v[:2]
            elif grp == 'mon':
                a, sx = r.choice(MONGOL)
                if r.random() < 0.5:
                    v = a
                else:
                    b = r.choice([x for x, _ in MONGOL if x != a])
                    v = a + d + b
                giv = a
            else:
                a, b, sx = r.choice(YI)
                v = a + (d if r.random() < 0.6 else '') + b
                giv = b
            if self._ok_name(v):
                return self._take(v, sx, sur='', giv=giv, form='minority', grp=grp)
        raise RuntimeError('minority')

    def pinyin(self):
        r = self.r
        for _ in range(500):
            s = r.choice(PY_SUR)
            if r.random() < 0.3:
                gv = r.choice(EN_GIV)
                form = r.choice(['{g} {s}', '{g} {S}', '{S} {g}', '{S}, {g}'])
                v = form.format(g=gv, s=s, S=s.upper())
            else:
                gp = r.choice(PY_GIV)
                gj = ''.join(gp)
                gj = gj[0] + gj[1:].lower()
                style = r.randrange(6)
                if style == 0:
                    v = f'{s} {gj}'
                elif style == 1:
                    v = f'{s.upper()} {gj.upper()}'
                elif style == 2:
                    v = f'{s.upper()} {gj}'
                elif style == 3:
                    v = f'{gj} {s}'
                elif style == 4:
                    v = (s + ' ' + ' '.join(gp)).lower() if len(gp) > 1 else f'{s.lower()} {gj.lower()}'
                else:
                    v = f'{s.upper()} ' + '-'.join([gp[0]] + [x.lower() for x in gp[1:]])
            if self._ok_name(v):
                return self._take(v, '?', sur=s, giv='', form='pinyin')
        raise RuntimeError('pinyin')

    def person(self, kind=None, sex=None):
        r = self.r
        if kind is None:
            kind = r.choices(['han3', 'han2', 'rare', 'compound', 'minority', 'pinyin', 'wordname'],
                             [50, 14, 8, 8, 10, 5, 5])[0]
        if kind == 'minority':
            return self.minority()
        if kind == 'pinyin':
            return self.pinyin()
        if kind == 'wordname':
            return self.wordname(sex=sex)
        return getattr(self, kind)(sex)

    def han(self, sex=None):
        return self.person(self.r.choices(['han3', 'han2', 'rare', 'compound', 'wordname'],
                                          [62, 16, 8, 8, 6])[0], sex)

    def spaced(self, p, sep=None):
        """A second written form of a Han name with every character separated."""
        sep = sep or self.r.choice([' ', '　', '  '])
        v = sep.join(p['v'])
        self.used_names.append(v)
        self.form[v] = 'spaced'
        return v

    def zwsp(self, p):
        v = '\u200b'.join(p['v'])
        self.used_names.append(v)
        self.form[v] = 'zwsp'
        return v

    def nick(self, p):
        r = self.r
        s = p.get('sur') or ''
        if not s or len(s) > 1:
            return r.choice(['老板', '这个人'])
        return r.choice([f'老{s}', f'小{s}', f'{s}哥' if p['sex'] == 'm' else f'{s}姐', f'{s}总'])

    # ---------- numbers ----------
    def _uniq(self, v):
        if v in self.nums:
            return False
        self.nums.add(v)
        return True

    def mobile_digits(self):
        while True:
            d = self.r.choice(MOB_PRE) + ''.join(self.r.choice('0123456789') for _ in range(8))
            if self._uniq(d):
                return d

    def fmt_mobile(self, d, style=None):
        r = self.r
        if style is None:
            style = r.choices(['plain', 'sp', 'dash', '+86 ', '+86', '+86-', 'fw', '3-8', '4-4-3', '0086'],
                              [40, 12, 10, 6, 4, 3, 5, 4, 3, 2])[0]
        if style == 'plain':
            return d
        if style == 'sp':
            return f'{d[:3]} {d[3:7]} {d[7:]}'
        if style == 'dash':
            return f'{d[:3]}-{d[3:7]}-{d[7:]}'
        if style == '+86 ':
            return '+86 ' + d
        if style == '+86':
            return '+86' + d
        if style == '+86-':
            return '+86-' + f'{d[:3]}-{d[3:7]}-{d[7:]}'
        if style == 'fw':
            return d.translate(FW)
        if style == '3-8':
            return f'{d[:3]} {d[3:]}'
        if style == '4-4-3':
            return f'{d[:4]} {d[4:8]} {d[8:]}'
        if style == '0086':
            return '0086 ' + d
        if style == 'cn':
            return d.translate(CN_YAO if r.random() < 0.6 else CN)
        if style == 'cnsp':
            t = CN_YAO if r.random() < 0.6 else CN
            return f'{d[:3].translate(t)} {d[3:7].translate(t)} {d[7:].translate(t)}'
        raise ValueError(style)

    def phone(self, style=None):
        return ('phone', self.fmt_mobile(self.mobile_digits(), style))

    def landline(self, ext=None):
        r = self.r
        while True:
            a = r.choice(AREA)
            n = r.choice('23456789') + ''.join(r.choice('0123456789') for _ in range(7 if len(a) == 3 else r.choice([6, 7])))
            if self._uniq(a + n):
                break
        n_fmt = n if r.random() < 0.5 else n[:4] + ' ' + n[4:] if len(n) == 8 else n
        style = r.randrange(6)
        if style == 0:
            v = f'{a}-{n_fmt}'
        elif style == 1:
            v = f'({a}){n_fmt}'
        elif style == 2:
            v = f'（{a}）{n_fmt}'
        elif style == 3:
            v = f'{a}－{n}'
        elif style == 4:
            v = f'{a} {n}'
        else:
            v = a + n
        if ext or (ext is None and r.random() < 0.15):
            v += r.choice(['转', ' 转 ', '-']) + str(r.randint(801, 8899))
        return ('phone', v)

    def idnum(self, sex=None, grp=None, style=None, year=None):
        r = self.r
        while True:
            reg = r.choice(REGION_BY.get(grp, REGION))
            y = year or r.randint(1962, 2004)
            m = r.randint(1, 12)
            dd = r.randint(1, 28)
            seq = r.randint(0, 99) * 10
            sx = sex if sex in ('m', 'f') else r.choice('mf')
            g = r.choice([1, 3, 5, 7, 9] if sx == 'm' else [0, 2, 4, 6, 8])
            d17 = f'{reg}{y:04d}{m:02d}{dd:02d}{seq // 10:02d}{g}'
            d = d17 + id_check(d17)
            if self._uniq(d):
                break
        if style is None:
            style = r.choices(['plain', 'x', 'sp684', 'dash', 'fw', 'sp6444'], [55, 0, 12, 8, 8, 6])[0]
        if d.endswith('X') and r.random() < 0.3:
            d = d[:-1] + 'x'
        if style == 'plain' or style == 'x':
            return ('id_number', d)
        if style == 'sp684':
            return ('id_number', f'{d[:6]} {d[6:14]} {d[14:]}')
        if style == 'dash':
            return ('id_number', f'{d[:6]}-{d[6:14]}-{d[14:]}')
        if style == 'fw':
            return ('id_number', d.translate(FW).replace('X', 'Ｘ'))
        if style == 'sp6444':
            return ('id_number', f'{d[:6]} {d[6:10]} {d[10:14]} {d[14:]}')
        if style == 'cn':
            return ('id_number', d.translate(CN_YAO if r.random() < 0.5 else CN).replace('X', '叉'))
        raise ValueError(style)

    def card(self, style=None):
        r = self.r
        while True:
            b, n = r.choice(CARD_BIN)
            body = b + ''.join(r.choice('0123456789') for _ in range(n - len(b) - 1))
            for c in '0123456789':
                if luhn_ok(body + c):
                    d = body + c
                    break
            if self._uniq(d):
                break
        if style is None:
            style = r.choices(['plain', 'sp4', 'dash4', 'slash', 'fw', '6rest', 'sp4fw'], [40, 25, 8, 6, 7, 8, 3])[0]
        g4 = [d[i:i + 4] for i in range(0, len(d), 4)]
        if style == 'plain':
            v = d
        elif style == 'sp4':
            v = ' '.join(g4)
        elif style == 'dash4':
            v = '-'.join(g4)
        elif style == 'slash':
            v = '/'.join(g4)
        elif style == 'fw':
            v = d.translate(FW)
        elif style == '6rest':
            v = d[:6] + ' ' + d[6:]
        elif style == 'sp4fw':
            v = ' '.join(g4).translate(FW)
        elif style == 'cn':
            v = d.translate(CN_YAO if r.random() < 0.5 else CN)
        else:
            raise ValueError(style)
        return ('bank_card', v)

    def plate(self, style=None):
        r = self.r
        while True:
            p = r.choice(PROV_ABBR)
            l = r.choice('ABCDEFGHJKLMN')
            if r.random() < 0.3:
                tail = r.choice('DF') + ''.join(r.choice('0123456789') for _ in range(5))
            else:
                tail = ''.join(r.choice(PLATE_CH) for _ in range(5))
                if not any(c.isdigit() for c in tail):
                    continue
            if self._uniq(p + l + tail):
                break
        style = style or r.choice(['plain', 'plain', 'dot', 'sp', 'dash'])
        sep = {'plain': '', 'dot': '·', 'sp': ' ', 'dash': '-'}[style]
        return ('plate', p + l + sep + tail)

    def email(self, p=None):
        r = self.r
        while True:
            k = r.randrange(5)
            if k == 0:
                v = str(r.randint(10000, 3999999999)) + '@qq.com'
            elif k == 1:
                v = r.choice(PY_SUR).lower() + r.choice(['', '.', '_']) + ''.join(
                    r.choice('abcdefghjklmnpqrstwxyz') for _ in range(r.randint(1, 3))) + str(r.randint(1, 2009)) + '@' + r.choice(MAIL_DOM)
            elif k == 2:
                v = r.choice(EN_GIV).lower() + r.choice(['', '_', '.']) + r.choice(PY_SUR).lower() + '@' + r.choice(MAIL_DOM)
            elif k == 3:
                v = r.choice(['xiaoyu', 'happy', 'sunshine', 'mumu', 'tiantian', 'dabai', 'lucky', 'ddd', 'xixi'])\
                    + str(r.randint(60, 2024)) + '@' + r.choice(MAIL_DOM)
            else:
                v = r.choice(PY_SUR).lower() + ''.join(r.choice(PY_GIV)).lower() + '@' + r.choice(MAIL_DOM)
            if self._uniq(v):
                return ('email', v)

    def qq(self):
        while True:
            v = str(self.r.randint(100000, 3999999999))
            if self._uniq(v):
                return ('qq', v)

    def wechat(self):
        r = self.r
        while True:
            k = r.randrange(4)
            if k == 0:
                v = 'wxid_' + ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14))
            elif k == 1:
                v = r.choice(PY_SUR).lower() + r.choice(['_', '-', '']) + ''.join(r.choice('abcdefghjkmnpqrstwxyz') for _ in range(2)) + str(r.randint(70, 2008))
            elif k == 2:
                v = r.choice(['A', 'a', 'Z', 'x']) + r.choice(PY_SUR).lower() + str(r.randint(1000, 99999))
            else:
                v = r.choice(EN_GIV) + '_' + str(r.randint(100, 9999))
            if self._uniq(v):
                return ('wechat', v)

    def acct(self, kind):
        r = self.r
        while True:
            if kind == 'gh':          # 工号
                pre = r.choice(['', 'CS', 'A', 'HX', 'DX', 'TJ'])
                v = pre + str(r.randint(1000 if pre else 10000, 99999))
            elif kind == 'gjj':       # 公积金个人账号
                v = str(r.randint(10 ** 11, 10 ** 12 - 1))
            elif kind == 'ht':        # 合同编号
                v = r.choice(['HT', 'JK', 'XD', 'LN']) + str(r.randint(2023, 2026)) + ''.join(r.choice('0123456789') for _ in range(r.randint(8, 11)))
            elif kind == 'gd':        # 12345 工单编号
                v = r.choice(['GD', '']) + str(r.randint(2026, 2026)) + f'{r.randint(1, 12):02d}{r.randint(1, 28):02d}' + ''.join(r.choice('0123456789') for _ in range(6))
            elif kind == 'ts':        # 投诉单号
                v = 'TS' + str(r.randint(3000000000, 3999999999))
            elif kind == 'dy':        # 抖音号 / 快手号
                v = r.choice(['dy', 'ks', '']) + ''.join(r.choice('abcdefghjkmnpqrstwxyz0123456789') for _ in range(r.randint(7, 10)))
            elif kind == 'vip':       # 会员号 / 用户ID
                v = str(r.randint(10 ** 7, 10 ** 10))
            elif kind == 'dd':        # 钉钉号
                v = ''.join(r.choice('abcdefghjkmnpqrstwxyz0123456789') for _ in range(10))
            elif kind == 'bz':        # 班组/考勤号
                v = 'BZ' + str(r.randint(100, 9999))
            elif kind == 'sb':        # 社保卡号 (9 chars, not the ID)
                v = r.choice('ABCDEFGHJKLM') + ''.join(r.choice('0123456789') for _ in range(8))
            else:
                raise ValueError(kind)
            if self._uniq(v):
                return ('account', v)

    def address(self, style=None):
        r = self.r
        prov, city, dists = r.choice(CITIES)
        dist = r.choice(dists)
        head = (prov if city else '') + city + dist if r.random() < 0.55 else city + dist if city else prov + dist
        road = r.choice(ROADS)
        no = r.randint(1, 999)
        est = r.choice(ESTATES)
        b, u, f, rm = r.randint(1, 32), r.randint(1, 6), r.randint(1, 33), r.randint(1, 8)
        room = f'{f}{rm:02d}'
        if style is None:
            style = r.choices(['full', 'dash', 'short', 'work', 'village', 'sh', 'fw', 'spaced'],
                              [22, 10, 18, 10, 16, 8, 5, 5])[0]
        if style == 'full':
            v = f'{head}{road}{no}号{est}{b}栋{u}单元{room}室'
        elif style == 'dash':
            v = f'{city or prov}{dist}{est}{b}-{u}-{room}'
        elif style == 'short':
            v = f'{dist}{est}{b}栋{room}'
        elif style == 'work':
            v = f'{city or prov}{dist}{road}{no}号{r.choice(BUILDINGS)}{r.choice("ABCD")}座{f}层{room}'
        elif style == 'village':
            pv, ct, cy = r.choice(COUNTIES)
            t, vl = r.choice(TOWNS), r.choice(VILLAGES)
            grp = r.choice([f'{r.randint(1, 12)}组', f'{"一二三四五六七八九"[r.randint(0, 8)]}组', f'{r.randint(1, 9)}队'])
            v = (pv if r.random() < 0.4 else '') + f'{ct}{cy}{t}{vl}{grp}' + (f'{r.randint(1, 88)}号' if r.random() < 0.6 else '')
        elif style == 'sh':
            v = f'上海市{r.choice(["浦东新区", "闵行区", "宝山区", "普陀区"])}{r.choice(["昌里路", "沪太路", "武宁路", "浦建路"])}{r.randint(10, 1800)}弄{r.randint(1, 99)}号{r.randint(101, 1802)}室'
        elif style == 'fw':
            v = f'{dist}{road}{no}号{est}{b}栋{u}单元{room}室'.translate(FW)
        elif style == 'spaced':
            v = f'{city or prov} {dist} {road}{no}号 {est} {b}栋{u}单元 {room}'
        elif style == 'cn':
            t = CN
            v = f'{dist}{est}{str(b).translate(t)}栋{str(u).translate(t)}单元{room.translate(t)}'
        elif style == 'dorm':
            v = f'{r.choice(["湖北工业大学", "郑州轻工业大学", "江西财经大学", "成都理工大学", "广西民族大学"])}{r.choice(["东区", "西区", "南苑", "北苑"])}{r.randint(1, 22)}栋{r.randint(1, 6)}{r.randint(1, 40):02d}'
        else:
            raise ValueError(style)
        return ('address', v)

    # ---------- plain filler ----------
    def amt(self):
        r = self.r
        k = r.randrange(7)
        n = r.choice([800, 1200, 1580, 2000, 2680, 3000, 3500, 4999, 5000, 6800, 8000, 9600, 12000,
                      15000, 18800, 20000, 23500, 30000, 46000, 50000, 80000, 120000])
        if k == 0:
            return f'{n}元'
        if k == 1:
            return f'{n:,}元'
        if k == 2:
            return f'¥{n:,}.00'
        if k == 3:
            return f'{n}'
        if k == 4:
            return f'{n / 10000:g}万' if n >= 10000 else f'{n}块'
        if k == 5 and n < 10000:
            return f'{n}.{r.randint(10, 99)}元'
        if k == 5:
            return f'{n:,}元'
        return f'{n}块钱'

    def date(self):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        k = r.randrange(6)
        if k == 0:
            return f'2026年{m}月{d}日'
        if k == 1:
            return f'{m}月{d}号'
        if k == 2:
            return f'2026-{m:02d}-{d:02d}'
        if k == 3:
            return f'{m}.{d}'
        if k == 4:
            return f'2026/{m}/{d}'
        return f'{m}月{d}日'

    def ts(self):
        r = self.r
        return f'2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}'

    def ts_seq(self, n):
        r = self.r
        m, d = r.randint(1, 11), r.randint(1, 27)
        h, mi = r.randint(7, 20), r.randint(0, 40)
        out = []
        for _ in range(n):
            out.append(f'2026-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{r.randint(0, 59):02d}')
            mi += r.randint(1, 9)
            if mi > 59:
                mi -= 60
                h += 1
        return out

    def hm(self):
        return f'{self.r.randint(7, 23):02d}:{self.r.randint(0, 59):02d}'

    def days(self):
        return str(self.r.choice([3, 7, 15, 21, 30, 45, 60, 90, 100, 180, 210, 365]))

    def plat(self):
        return self.r.choice(PLATFORMS)

    def bank(self):
        return self.r.choice(BANKS)

    def agency(self):
        return self.r.choice(AGENCIES)

    def wxnick(self):
        return self.r.choice(WX_NICK)

    def age(self):
        return str(self.r.randint(19, 63))


def N(p):
    return ('name', p['v'])


PH = re.compile(r'\{(\w+)\}')


def fill(tpl, **kw):
    """Split a template into plain and labelled segments."""
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            segs.append(tpl[pos:m.start()])
        val = kw[m.group(1)]
        if isinstance(val, dict):
            val = N(val)
        segs.append(val)
        pos = m.end()
    if pos < len(tpl):
        segs.append(tpl[pos:])
    return segs


def J(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


# ==========================================================================
# templates.  Each returns (segments, sender).  Placeholders in {…} are
# filled by labelled tuples (or person dicts); everything else is plain text.
# ==========================================================================
def _title(g):
    return g.r.choice(['相亲相爱一家人', '老家亲戚群', '幸福一家人', '我们的大家庭', '初三（2）班同学会',
                       '工地兄弟群', '还款协商群', '情况说明群', '紧急联系人沟通群'])


# ---------------- groupchat: exports, system lines, 备注, 群昵称, @ ------------
def gc_sys(g):
    A, B, C, D = g.han(), g.person(), g.person(), g.han('m')
    t = ('"{A}"邀请"{B}"和"{C}"加入了群聊\n"{A}"修改群名为"{D}债务协商"\n'
         '{A}：各位好，拉大家进来是想把{D}的事说清楚，他在' + g.plat() + '借的' + g.amt() +
         '已经逾期' + g.days() + '天了\n{B}：我跟他早就没联系了\n你将"{C}"移出了群聊')
    return fill(t, A=A, B=B, C=C, D=D), None


def gc_export(g):
    A, B = g.han(), g.person()
    n1 = g.wxnick()
    t1, t2, t3 = g.ts_seq(3)
    t = ('—————  ' + t1[:10] + '  —————\n' + t1 + ' ' + n1 + '(备注:{A})\n你是不是{B}的家属？\n'
         + t2 + ' 我\n不是，我不认识什么' + g.nick(B) + '\n' + t3 + ' ' + n1 +
         '(备注:{A})\n{B}填的紧急联系人就是你，电话{P}，别装了')
    return fill(t, A=A, B=B, P=g.phone()), None


def gc_members(g):
    A, B, C, D, E = g.han(), g.han(), g.person(), g.han(), g.han()
    ns = g.r.sample(WX_NICK, 4)
    t = ('群聊“' + _title(g) + '”成员列表（' + str(g.r.randint(8, 60)) + '人）\n'
         '群主  ' + ns[0] + '  群昵称：{A}\n'
         '管理员  ' + ns[1] + '  群昵称：{B}-调解\n'
         '成员  ' + ns[2] + '  群昵称：{C}  我的备注：{D}\n'
         '成员  ' + ns[3] + '  群昵称：未设置  我的备注：{E}表哥\n'
         '——上面这个“{B}-调解”就是催收混进来的，群主{A}说不认识他')
    return fill(t, A=A, B=B, C=C, D=D, E=E), None


def gc_at(g):
    A, B, C = g.han(), g.han(), g.han('m')
    k = g.r.randrange(3)
    if k == 0:
        t = '@{A}\u2005@{B}\u2005你们俩谁是{C}的家里人？他欠' + g.plat() + g.amt() + '，今天再不处理就上门了'
    elif k == 1:
        t = '@{A}\u2005麻烦转告一下{C}，电话一直关机，再联系不上就按流程走了 @{B}\u2005你也看一下'
    else:
        t = '{C}的事情谁能做主？@{A}\u2005@{B}\u2005别装看不见'
    return fill(t, A=A, B=B, C=C), None


def gc_remark(g):
    A, B = g.han(), g.person()
    n = g.wxnick()
    t = ('你已添加了' + n + '，现在可以开始聊天了。\n' + n + '：我是' + g.agency() +
         '的{A}，工号{GH}，关于{B}的借款想跟你聊两句\n你将"' + n + '"的备注名修改为"{A}-催收"')
    return fill(t, A=A, B=B, GH=g.acct('gh')), None


def gc_qq(g):
    A, B = g.han(), g.han()
    n = g.wxnick()
    t1, t2, t3 = g.ts_seq(3)
    t = (t1 + ' {A}({Q1})\n{B}你到底还不还钱，你妈都说了让你自己处理\n' + t2 + ' ' + n +
         '({Q2})\n别在群里说这个，私聊\n' + t3 + ' {A}({Q1})\n私聊他也不回')
    return fill(t, A=A, B=B, Q1=g.qq(), Q2=g.qq()), None


def gc_jielong(g):
    A, B, C, D, E = g.han(), g.han(), g.han(), g.han(), g.person()
    t = ('#接龙\n给{D}凑钱还网贷，自愿，不勉强\n例 姓名+金额\n1. {A} 2000\n2. {B}1000\n3. {C}  500（下个月给）\n'
         '4. {E}' + str(g.r.choice([300, 600, 800, 1500])) + '\n5. ' + g.wxnick())
    return fill(t, A=A, B=B, C=C, D=D, E=E), None


def gc_revoke(g):
    A, B, D = g.han(), g.han(), g.person()
    t = ('"{A}"撤回了一条消息\n{B}：撤回也没用，我截图了，你刚才发的是{D}的身份证{ID}\n"{A}" 拍了拍 "{B}"\n'
         '{A}：发错群了')
    return fill(t, A=A, B=B, D=D, ID=g.idnum(D['sex'])), None


def gc_rename(g):
    A, B = g.han(), g.han()
    n = g.wxnick()
    t = ('"' + n + '"修改群昵称为"{A}"\n{A}：我是{B}的律师助理，{B}委托我跟大家说明一下，欠款正在协商，'
         '请各位亲友不要再转发那些截图了')
    return fill(t, A=A, B=B), None


def gc_kick(g):
    A, B, C = g.han(), g.person(), g.han()
    t = ('"{A}"将"{B}"移出了群聊\n"{A}"开启了"仅群主可修改群名称"\n{A}：{C}的家属请私聊我，其他人不要在群里议论，'
         '刚才那个自称法务的人已经踢了')
    return fill(t, A=A, B=B, C=C), None


def gc_redpacket(g):
    A, B, C = g.han(), g.han(), g.han()
    t = ('{B}发出了红包“先还一点”\n{A}领取了{B}的红包\n{A}：收到了，剩下的' + g.amt() +
         '让{C}自己转到这张卡{K}，户名是我表弟')
    return fill(t, A=A, B=B, C=C, K=g.card()), None


def gc_dingtalk(g):
    A, B = g.han(), g.han()
    t = ('【钉钉】{A}（人事行政部）在“' + g.r.choice(['全员群', '生产部通知群', '销售二组']) + '”中@了你：\n'
         '@{B} 你好，今天上午有外部人员打电话到前台找你，自称' + g.agency() + '，对方号码{P}，'
         '请尽快处理个人事务，不要影响正常工作。\n{A} 撤回了一条消息')
    return fill(t, A=A, B=B, P=g.phone()), None


def gc_voice(g):
    A, B = g.han(), g.han()
    t = ('[语音] ' + str(g.r.randint(8, 59)) + '″\n转文字：{A}你跟{B}说一下他那个钱人家又打到我这来了我都说了'
         '我们分家了他的事我管不了')
    return fill(t, A=A, B=B), None


def gc_nicknames(g):
    A, B, C = g.han(), g.han(), g.person()
    forms = ['{A}🌸', 'A{A}律师', '{A}（' + g.agency()[:4] + '）']
    nick = g.r.choice(forms)
    t = ('群里那个叫“' + nick + '”的，就是天天给我打电话的人。另一个“' + g.wxnick() + '”其实是{B}，'
         '他俩一唱一和，说{C}要是不还就让全村都知道')
    return fill(t, A=A, B=B, C=C), None


def gc_owner(g):
    A, B, C = g.han(), g.person(), g.han()
    t = ('【业主群】\n【' + str(g.r.randint(1, 18)) + '栋-{A}】：楼下来了两个男的，说找{B}，在电梯口拍照，开的是{PL}\n'
         '【物业-{C}】：收到，保安已经过去了\n【' + str(g.r.randint(1, 18)) + '栋-' + g.wxnick() +
         '】：又是催债的吧，上次贴纸条的也是')
    return fill(t, A=A, B=B, C=C, PL=g.plate()), None


def gc_class(g):
    A, B, C = g.han('f'), g.han(), g.han()
    t = ('班主任{A}：@所有人 各位家长，最近有陌生号码冒充学校打电话，问{B}家长的情况，请大家不要透露孩子信息。\n'
         '{C}爸爸：收到\n' + g.wxnick() + '：收到，谢谢' + g.r.choice(['老师', '{A}老师']))
    return fill(t, A=A, B=B, C=C), None


# ---------------- shame: 寻人启事, 悬赏, 登报, 门贴, 横幅, 传单 -------------------
def sh_xunren(g):
    A, B = g.han(), g.han()
    sx = '男' if A['sex'] == 'm' else '女'
    age = g.r.randint(22, 58)
    t = ('寻人启事\n{A}，' + sx + '，' + str(age) + '岁，身份证号{ID}，身高约1' + str(g.r.randint(55, 82)) +
         'cm，' + g.r.choice(['河南', '四川', '东北', '湖南', '安徽']) + '口音，于' + g.date() +
         '离家至今未归。知情者请联系{B}{P}，必有重谢！\n——这是他们印的，根本不是家里人发的')
    return fill(t, A=A, B=B, ID=g.idnum(A['sex'], year=2025 - age), P=g.phone()), None


def sh_xuanshang(g):
    A, B = g.han(), g.han()
    t = ('悬赏通告\n现悬赏寻找{A}（身份证{ID}），户籍地址{AD}，提供有效线索者奖励' +
         g.r.choice(['2000元', '5000元', '壹万元']) + '。\n联系人：{B} {P}')
    return fill(t, A=A, B=B, ID=g.idnum(A['sex']), AD=g.address('village'), P=g.phone()), None


def sh_yishi(g):
    A = g.han()
    t = ('遗失声明\n{A}遗失第二代居民身份证，证号{ID}，特此声明作废。\n登完报才知道有人拿这个证在' + g.plat() +
         '借了' + g.amt() + '，现在催收天天打给我')
    return fill(t, A=A, ID=g.idnum(A['sex'])), None


def sh_dengbao(g):
    A = g.han()
    B = g.han('m' if A['sex'] == 'f' else 'f')
    t = ('郑重声明：本人{A}（身份证号{ID}）与{B}已于' + g.date() + '解除婚姻关系，{B}此后以个人名义产生的一切借贷'
         '均与本人无关。特此声明。声明人：{A}')
    return fill(t, A=A, B=B, ID=g.idnum(A['sex'])), None


def sh_menti(g):
    A = g.han()
    k = g.r.randrange(2)
    if k == 0:
        t = '他们在我家门上贴了张纸：“{A}欠钱不还 老赖 电话{P}”，还用红笔圈起来了'
        return fill(t, A=A, P=g.phone()), None
    t = '早上开门看见门缝里塞了张单子，写着“{A}，你在' + g.plat() + '的欠款已移交上门，住址{AD}已登记”'
    return fill(t, A=A, AD=g.address('full')), None


def sh_hengfu(g):
    A, B = g.han(), g.han()
    t = '村口挂了条横幅：“{A}还钱 担保人{B}也跑不掉”，村支书让人摘了，第二天又挂上'
    return fill(t, A=A, B=B), None


def sh_chuandan(g):
    A = g.han('m')
    t = ('小区里有人发传单，上面印着我老公{A}的照片、身份证号{ID}和车牌{PL}，说他“骗贷潜逃”，'
         '物业说监控拍到了发传单的人')
    return fill(t, A=A, ID=g.idnum(A['sex']), PL=g.plate()), None


def sh_pyq(g):
    A = g.han()
    t = ('曝光！！！{A}，{P}，微信{W}，在' + g.r.choice(['富士康', '顺丰', '美的', '某物流园', '万达广场']) +
         '上班，借钱不还，大家认识的转告一下\n（这是催收用我头像发的朋友圈截图）')
    return fill(t, A=A, P=g.phone(), W=g.wechat()), None


def sh_penqi(g):
    A = g.han()
    t = '楼道墙上喷了“{A}还钱”四个大红字，物业说要我们自己出钱刷墙，这算什么事'
    return fill(t, A=A), None


def sh_video(g):
    A = g.han()
    t = ('他们在' + g.r.choice(['抖音', '快手']) + '上发视频曝光{A}，配文“欠钱不还还有理了”，账号{DY}，'
         '我举报了三次都没删')
    return fill(t, A=A, DY=g.acct('dy')), None


def sh_office(g):
    A, B = g.han(), g.han()
    t = ('致' + g.r.choice(['贵公司', '各位同事', '公司全体员工']) + '：贵司员工{A}在' + g.plat() +
         '借款逾期' + g.days() + '天，经多次联系拒不处理，请贵司督促其尽快还款。如有疑问请联系{B}，{P}。'
         '——这张纸被贴在我们公司前台')
    return fill(t, A=A, B=B, P=g.phone()), None


def sh_list(g):
    A, B = g.han(), g.han()
    m1 = g.r.choice(SUR2) + '**'
    t = ('“老赖公示”\n1. {A}  欠款' + g.amt() + '  身份证{ID}\n2. ' + m1 + '  欠款' + g.amt() +
         '\n3. {B}  欠款' + g.amt() + '\n这张图在好几个群里转，第一个就是我')
    return fill(t, A=A, B=B, ID=g.idnum(A['sex'])), None


# ---------------- review: complaints, comments, government channels ------------
def rv_heimao(g):
    A, D = g.han(), g.han('f')
    t = ('【投诉对象】' + g.plat() + '\n【投诉问题】暴力催收、骚扰亲友\n【投诉要求】停止催收、道歉\n【涉诉金额】' +
         g.amt() + '\n【投诉进度】处理中\n催收员自称{A}，工号{GH}，号码{P}，打给我妈{D}说要去老家找人')
    return fill(t, A=A, D=D, GH=g.acct('gh'), P=g.phone()), None


def rv_star(g):
    A, B = g.han(), g.han()
    t = ('★☆☆☆☆ 一星都不想给。催收员{A}打到我单位，还问我同事{B}我平时住哪，' + g.r.choice(
        ['这叫文明催收？', '客服说会核实，然后就没下文了', '卸载了']))
    return fill(t, A=A, B=B), None


def rv_comment(g):
    A = g.han()
    n1, n2 = g.r.sample(WX_NICK, 2)
    t = ('回复 @' + n1 + '：同一个人！也是{A}打的，号码{P}，一开口就说要起诉\n'
         '  └ ' + n2 + '：我这边也是这个号，还说是' + g.agency() + '的')
    return fill(t, A=A, P=g.phone()), None


def rv_12345(g):
    A, B = g.han(), g.han()
    t = ('工单编号：{GD}\n来电人：{A}\n联系电话：{P}\n诉求类型：投诉\n反映内容：来电人反映有自称' + g.agency() +
         '的人员{B}多次拨打其家人电话，辱骂威胁，要求相关部门核查。\n承办单位：区金融工作局\n办理时限：5个工作日')
    return fill(t, A=A, B=B, GD=g.acct('gd'), P=g.phone()), None


def rv_jiwei(g):
    A, B, C = g.han(), g.han(), g.han()
    t = ('尊敬的区纪委领导：\n我是{AD}的居民{A}，实名反映：社区工作人员{B}把我家的户籍信息给了催收公司，'
         '催收员{C}拿着我家地址上门。请领导调查。\n联系电话：{P}')
    return fill(t, A=A, B=B, C=C, AD=g.address('full'), P=g.phone()), None


def rv_renda(g):
    A, B = g.han(), g.han('m')
    t = ('代表留言板\n留言人：{A}\n留言主题：建议规范网贷催收\n内容：我弟弟{B}因为网贷逾期，家里七十多岁的老人天天接到恐吓电话，'
         '希望人大代表能提建议，管一管这些公司。')
    return fill(t, A=A, B=B), None


def rv_juwei(g):
    A, B, C = g.han(), g.han('f'), g.han()
    t = ('居委会{B}主任今天上门了，说有人打12345投诉我们家门口有人喷字，网格员{C}也跟着来了，做了个笔录。'
         '{B}主任说{A}的事她们管不了债务，只能协调不让人再来闹')
    return fill(t, A=A, B=B, C=C), None


def rv_zhihu(g):
    A, B = g.han('m'), g.han()
    t = ('谢邀。我表弟{A}的情况差不多，他在' + g.plat() + '借了' + g.amt() + '，催收打给了他所有通讯录联系人，'
         '连他高中班主任{B}都接到了。建议：1. 录音；2. 打12378；3. 不要私下转账到个人卡。')
    return fill(t, A=A, B=B), None


def rv_xhs(g):
    A = g.han()
    t = ('姐妹们谁懂啊😭 被催收打到公司了，前台直接把电话转给我领导。催收员叫{A}，号码{P}，大家遇到了直接挂\n'
         '#网贷逾期 #催收 #上岸日记')
    return fill(t, A=A, P=g.phone()), None


def rv_12315(g):
    A, B = g.han(), g.han()
    t = ('全国12315平台 投诉信息\n投诉人姓名：{A}\n手机：{P}\n被投诉方：' + g.agency() +
         '\n投诉内容：该公司员工{B}以“债务优化”名义收取服务费' + g.amt() + '后失联。\n期望：退还服务费')
    return fill(t, A=A, B=B, P=g.phone()), None


def rv_reply(g):
    A, B = g.han(), g.han()
    t = ('商家回复：尊敬的用户，您好！关于您反馈的催收员{A}（工号{GH}）言语不当一事，我司已核实并暂停其作业。'
         '您的案件已转由专员{B}跟进，如有疑问可拨打客服热线。')
    return fill(t, A=A, B=B, GH=g.acct('gh')), None


# ---------------- wage: construction sites, 欠薪, 包工头 ------------------------
def wg_voice(g):
    A, B = g.han('m'), g.han('f')
    t = ('我在工地干了八个月包工头{A}一分钱没给说等甲方结账工资差不多' + g.amt() + '所以网贷才还不上催收还打到我老婆{B}那里'
         '我也不是不还是真没钱')
    return fill(t, A=A, B=B), None


def wg_table(g):
    rows = []
    kw = {}
    n = g.r.randint(3, 4)
    for i in range(n):
        p = g.han('m')
        kw[f'N{i}'] = p
        kw[f'I{i}'] = g.idnum('m', style='plain')
        kw[f'K{i}'] = g.card(g.r.choice(['plain', 'sp4']))
        sep = g.r.choice(['  ', '\t', ' ', '　'])
        rows.append('{N%d}%s{I%d}%s%d%s{K%d}' % (i, sep, i, sep, g.r.choice([18600, 23400, 31200, 9800, 42000]), sep, i))
    t = ('欠薪人员花名册（' + g.r.choice(CONSTR) + '项目部）\n姓名  身份证号  欠薪金额  工资卡号\n' + '\n'.join(rows))
    return fill(t, **kw), None


def wg_jiancha(g):
    A, B = g.han('m'), g.han('m')
    t = ('劳动保障监察投诉\n投诉人：{A}  电话：{P1}\n被投诉单位：' + g.r.choice(CONSTR) + '\n项目负责人：{B}  电话：{P2}\n'
         '工程地点：{AD}\n投诉事项：拖欠' + str(g.r.randint(6, 31)) + '名工人工资共计' + g.amt())
    return fill(t, A=A, B=B, P1=g.phone(), P2=g.phone(), AD=g.address('work')), None


def wg_qiantiao(g):
    A, B = g.han('m'), g.han('m')
    t = ('欠条\n今欠到{A}等' + str(g.r.randint(5, 14)) + '人工资共计人民币' + g.r.choice(['壹拾贰万元整', '捌万陆仟元整', '伍万元整']) +
         '，于' + g.date() + '前付清。\n欠款人：{B}\n身份证：{ID}\n' + g.date())
    return fill(t, A=A, B=B, ID=g.idnum('m')), None


def wg_group(g):
    A, B, C = g.han('m'), g.han('m'), g.han('m')
    t = ('讨薪群里{A}说明天去住建局门口，{B}不同意，说先找{C}要个说法，他是总包那边管劳务的。我没去，'
         '我就想把这' + g.amt() + '拿到手先把' + g.plat() + '还了')
    return fill(t, A=A, B=B, C=C), None


def wg_card(g):
    A = g.han('m')
    t = ('工资卡一直在班组长{A}手里，卡号{K}，工资打进去他就取走，说月底统一发。现在银行说这张卡被' + g.plat() +
         '扣款了，我根本不知道')
    return fill(t, A=A, K=g.card()), None


def wg_zhongcai(g):
    A, B = g.han(), g.han('m')
    t = ('劳动仲裁申请书\n申请人：{A}，身份证号{ID}，住{AD}，电话{P}\n被申请人：' + g.r.choice(CONSTR) +
         '，法定代表人{B}\n仲裁请求：支付拖欠工资' + g.amt() + '及经济补偿')
    return fill(t, A=A, B=B, ID=g.idnum(A['sex']), AD=g.address('village'), P=g.phone()), None


def wg_rider(g):
    A, B = g.han('m'), g.han()
    t = ('站长{A}扣了我两个月的配送费，说是罚款，骑手号{AC}，我找他要他说找{B}，{B}是片区经理，'
         '两个人推来推去，我的花呗已经逾期了')
    return fill(t, A=A, B=B, AC=g.acct('vip')), None


# ---------------- contacts: caller ID, address book, vCard, mail ---------------
def ct_callerid(g):
    A = g.han()
    t = ('来电显示\n{P}\n' + g.r.choice(['广东 深圳', '湖南 长沙', '四川 成都', '江苏 南京']) + ' ' +
         g.r.choice(['移动', '联通', '电信']) + '\n被' + str(g.r.randint(30, 900)) + '人标记为“催收”\n'
         '我给这个号存的名字是“{A}（自称律师）”')
    return fill(t, A=A, P=g.phone('plain')), None


def ct_addrbook(g):
    A, B, C, D = g.han(), g.han(), g.han(), g.han()
    t = ('他们说手里有我的通讯录，念了几个：\n{A}  {P1}\n{B}\n{C}（我舅）  {P2}\n{D}\n全都对得上')
    return fill(t, A=A, B=B, C=C, D=D, P1=g.phone(), P2=g.phone()), None


def ct_vcard(g):
    A = g.han()
    t = ('BEGIN:VCARD\nVERSION:3.0\nFN:{A}\nN:{A};;;;\nORG:' + g.agency() + '\nTEL;TYPE=CELL:{P}\nEMAIL:{E}\nEND:VCARD\n'
         '这是对方发到我手机上的名片文件')
    return fill(t, A=A, P=g.phone('plain'), E=g.email()), None


def ct_mailhead(g):
    A, B, C, D = g.han(), g.han(), g.han(), g.han()
    t = ('发件人：{A} <{E1}>\n收件人：{E2}\n抄送：{B} <{E3}>; {C}\n主题：关于{D}逾期款项的律师告知函\n'
         '附件：告知函.pdf（' + str(g.r.randint(120, 980)) + 'KB）')
    return fill(t, A=A, B=B, C=C, D=D, E1=g.email(), E2=g.email(), E3=g.email()), None


def ct_signature(g):
    A, B = g.han(), g.han('m')
    t = ('{B}先生：\n请于' + g.date() + '前联系我处协商还款方案，逾期将依法提起诉讼。\n--\n{A}\n' + g.agency() +
         ' 法务部 高级专员\n手机：{P}\n邮箱：{E}\n地址：{AD}')
    return fill(t, A=A, B=B, P=g.phone(), E=g.email(), AD=g.address('work')), None


def ct_detail(g):
    A = g.han()
    t = ('联系人详情\n姓名  {A}\n公司  ' + g.plat() + '贷后\n电话  {P}\n微信  {W}\n备注  说是我' +
         g.r.choice(['表哥', '前同事', '老乡']) + '的担保人，欠' + g.amt())
    return fill(t, A=A, P=g.phone(), W=g.wechat()), None


def ct_card(g):
    A, B = g.han(), g.han()
    t = ('[个人名片] {A}\n微信号：{W}\n地区：' + g.r.choice(['广东 广州', '福建 厦门', '浙江 杭州', '重庆']) +
         '\n{B}把这个名片推给我，说有事直接找他谈')
    return fill(t, A=A, B=B, W=g.wechat()), None


def ct_calllog(g):
    A, B = g.han(), g.han()
    t = ('最近通话\n{A}  手机  ' + g.hm() + '\n{P}  ' + g.r.choice(['广东广州', '江西南昌', '河北廊坊']) + '  ' + g.hm() +
         '（响一声）\n{B}（未接）  ' + g.hm() + '\n{L}  ' + g.hm())
    return fill(t, A=A, B=B, P=g.phone('plain'), L=g.landline(ext=False)), None


def ct_work(g):
    A, B = g.han(), g.han()
    t = ('{A}｜贷后管理部｜工号{GH}\n钉钉号：{DD}\n这是他们给我同事{B}发的工作名片，说是来“核实在职情况”')
    return fill(t, A=A, B=B, GH=g.acct('gh'), DD=g.acct('dd')), None


def ct_parking(g):
    A, B = g.han(), g.han()
    t = ('小区临时停车登记\n车牌：{PL}\n车主：{A}\n电话：{P}\n来访：找{B}\n——保安拍给我的，这车天天停我家楼下')
    return fill(t, A=A, B=B, PL=g.plate(), P=g.phone()), None


def ct_mark(g):
    A, B = g.han(), g.person()
    t = ('这个号{P}我标记了“骚扰电话”，存的备注是“{A} 催{B}的钱”，今天又换了{P2}打过来')
    return fill(t, A=A, B=B, P=g.phone(), P2=g.phone()), None


# ---------------- smstpl: mass-text templates filled (or mis-filled) -----------
def _gw(g):
    return '10690' + ''.join(g.r.choice('0123456789') for _ in range(g.r.choice([7, 8, 9])))


def tp_double(g):
    A = g.han()
    t = '【' + g.plat() + '】尊敬的{A}{A}您好，您的账单已逾期' + g.days() + '天，请于今日24点前处理，以免影响个人征信。'
    return fill(t, A=A), _gw(g)


def tp_xiansheng(g):
    A = g.han()
    t = '{A}先生/女士：您在' + g.plat() + '的借款（合同号{HT}）已严重逾期，我司将于' + g.date() + '安排外访核实。'
    return fill(t, A=A, HT=g.acct('ht')), _gw(g)


def tp_contact(g):
    A, B = g.han(), g.han()
    t = '{B}您好，{A}将您预留为紧急联系人，其借款已逾期，请转告其尽快与我司联系。退订回T'
    return fill(t, A=A, B=B), _gw(g)


def tp_english(g):
    A = g.pinyin()
    t = ('Dear {A}, your account with ' + g.r.choice(['Home Credit', 'WeLend', 'Atome', 'Kredivo']) +
         ' is ' + g.days() + ' days past due. Please call {P} to arrange repayment.')
    return fill(t, A=A, P=g.phone(g.r.choice(['+86 ', '+86', 'plain']))), _gw(g)


def tp_bracket(g):
    A = g.han()
    t = '【{A}】您好，您名下' + g.bank() + '信用卡已逾期，欠款' + g.amt() + '，请于' + g.date() + '前还款。'
    return fill(t, A=A), g.r.choice(['95555', '95588', '95533', None])


def tp_sign(g):
    A, B = g.han(), g.han()
    t = ('{B}：您的案件已进入诉前调解阶段，请于3个工作日内回电。拒收请回复R。经办人{A}')
    return fill(t, A=A, B=B), _gw(g)


def tp_payee(g):
    A, B = g.han(), g.han()
    t = ('尊敬的{A}，您的' + g.plat() + '借款请于' + g.date() + '前还款至{B}名下' + g.r.choice(['工行', '建行', '农行']) +
         '卡{K}，备注您的姓名。')
    return fill(t, A=A, B=B, K=g.card()), _gw(g)


# ---------------- life: 遗嘱, 公积金, 挂失, 继承, 社保 -------------------------
def lf_yizhu(g):
    A, B, C, D, E = g.han('m'), g.han('m'), g.han('f'), g.han(), g.han()
    t = ('（遗嘱节选）立遗嘱人{A}，男，身份证号{ID}，现住{AD}。我名下房产由儿子{B}继承，'
         '女儿{C}自愿放弃。我生前所欠个人借款由{B}负责清偿。\n见证人：{D}、{E}')
    return fill(t, A=A, B=B, C=C, D=D, E=E, ID=g.idnum('m', year=g.r.randint(1940, 1958)),
                AD=g.address(g.r.choice(['full', 'village']))), None


def lf_gjj(g):
    A = g.han()
    t = ('住房公积金提取业务回单\n姓名：{A}\n个人账号：{GJ}\n证件号码：{ID}\n提取原因：偿还购房贷款本息\n提取金额：' +
         g.amt() + '\n收款账户：{K}')
    return fill(t, A=A, GJ=g.acct('gjj'), ID=g.idnum(A['sex']), K=g.card()), None


def lf_guashi(g):
    A = g.han()
    t = ('银行卡挂失申请\n持卡人：{A}\n卡号：{K}\n证件号码：{ID}\n联系电话：{P}\n挂失原因：卡被他人借走后用于' +
         g.plat() + '还款代扣')
    return fill(t, A=A, K=g.card(), ID=g.idnum(A['sex']), P=g.phone()), None


def lf_jicheng(g):
    A = g.han('m')
    B = g.person('han3', 'm') if g.r.random() < 0.5 else dict(g._take(A['sur'] + g._free_given(A['sur'], 'm'), 'm', sur=A['sur'], form='han3'))
    C = g.han('f')
    t = ('我爸{A}去年走了，催收现在让我哥{B}还他的网贷，说父债子还。我们没继承任何遗产，房子还是我妈{C}的名字')
    return fill(t, A=A, B=B, C=C), None


def lf_shebao(g):
    A = g.han()
    t = ('社会保障卡补换业务受理单\n姓名：{A}\n社保卡号：{SB}\n身份证号：{ID}\n领卡网点：' +
         g.bank() + g.r.choice(['城北支行', '高新区支行', '人民路支行']) + '\n——原卡被催收员骗走了')
    return fill(t, A=A, SB=g.acct('sb'), ID=g.idnum(A['sex'])), None


# ---------------- wordname: given names that are ordinary words ---------------
def wn_pingan(g):
    A = g.wordname('平安')
    t = '{A}平安到家了吗？到了回个电话，' + g.plat() + '的人又打来问他在哪'
    return fill(t, A=A), None


def wn_jianguo(g):
    A = g.wordname('建国')
    t = '{A}建国路那套房子早卖了，你们去那也找不到他'
    return fill(t, A=A), None


def wn_wenming(g):
    A = g.wordname('文明')
    t = '你们说是文明催收，{A}在电话里骂我妈算什么文明？录音我都留着'
    return fill(t, A=A), None


def wn_haiyan(g):
    A = g.wordname('海燕')
    t = '{A}' + g.amt() + '今天必须到账，海燕你别再躲了'
    return fill(t, A=A), None


def wn_amount(g):
    A = g.wordname()
    k = g.r.randrange(3)
    if k == 0:
        t = g.date() + '{A}借款' + g.r.choice(['两万', '八千', '一万五']) + '，约定' + g.r.choice(['三个月', '半年']) + '还清'
    elif k == 1:
        t = '还款记录：' + g.date() + '{A}' + g.amt() + '，' + g.date() + '{A}' + g.amt()
    else:
        t = '欠款人{A}' + g.amt() + '逾期' + g.days() + '天'
    return fill(t, A=A), None


def wn_start(g):
    A = g.wordname()
    t = g.r.choice(['{A}你躲得了初一躲不了十五', '{A}我知道你看得到消息', '{A}，明天上午十点前回电话',
                    '{A}别以为换了号就没事了'])
    return fill(t, A=A), g.r.choice([None, '1' + g.mobile_digits()[1:]])


def wn_end(g):
    A = g.wordname()
    t = g.r.choice(['有事找{A}', '钱的事你去问{A}', '这个月的款已经转给{A}', '以上情况属实 签名{A}',
                    '我没借过钱，借钱的是{A}'])
    return fill(t, A=A), None


def wn_pair(g):
    A, B = g.wordname(), g.wordname()
    t = ('{A}和{B}是两口子，' + A['giv'] + '这个词你们别当成普通的词，上次系统把他名字漏了')
    return fill(t, A=A, B=B), None


def wn_guoqing(g):
    A = g.wordname('国庆')
    t = '国庆节前你们说不催了，结果国庆第二天就给{A}单位打电话'
    return fill(t, A=A), None


def wn_hepi(g):
    A = g.wordname('和平')
    t = '能不能和平解决？{A}说他愿意分十二期，每期' + g.amt()
    return fill(t, A=A), None


def wn_guangming(g):
    A = g.wordname('光明')
    t = '光明正大地来谈，别搞那些小动作。{A}的电话{P}，你们直接找他'
    return fill(t, A=A, P=g.phone()), None


def wn_xingfu(g):
    A = g.wordname('幸福')
    t = '我们家原本挺幸福的，自从{A}借了网贷，天天有人打电话到幸福路的店里'
    return fill(t, A=A), None


def wn_changjiang(g):
    A = g.wordname('长江')
    t = '{A}在长江边上跑船，信号不好，你们打不通不是他故意的'
    return fill(t, A=A), None


def wn_jixiang(g):
    A = g.wordname()
    w = A['giv']
    t = '“' + w + '”是名字不是词：借款人{A}，担保人' + g.r.choice(['{B}', '{B}（他表哥）']) + '，两人都在' + g.plat() + '有逾期'
    return fill(t, A=A, B=g.wordname()), None


# ---------------- voice: speech-to-text without punctuation -------------------
def vc_phone(g):
    A, B = g.han('f'), g.han('m')
    t = '喂你好我是{A}啊就是{B}他姐我跟你说一下他现在那个号码换了新号是{P}你们别再打我这个了'
    return fill(t, A=A, B=B, P=g.phone(g.r.choice(['cn', 'cnsp', 'plain']))), None


def vc_id(g):
    A = g.han()
    t = '他让我把身份证号念一遍我就念了{ID}然后他说{A}是吧你名下还有一笔没还'
    return fill(t, A=A, ID=g.idnum(A['sex'], style=g.r.choice(['cn', 'plain']))), None


def vc_addr(g):
    A, B = g.han('m'), g.han('f')
    t = '那个男的说我知道你住在{AD}你老公{A}天天几点出门我都清楚还有你女儿{B}在哪上学'
    return fill(t, A=A, B=B, AD=g.address(g.r.choice(['cn', 'short', 'dash']))), None


def vc_card(g):
    A = g.han()
    t = '他说卡号你记一下{K}户名{A}今天转进去就给你停催'
    return fill(t, A=A, K=g.card(g.r.choice(['cn', 'plain', 'sp4']))), None


def vc_names(g):
    A, B, C = g.han(), g.han(), g.han()
    t = '就是{A}{B}还有那个{C}三个人轮流打电话早上七点多就开始打晚上十一点还在打'
    return fill(t, A=A, B=B, C=C), None


def vc_mixed(g):
    A = g.han('m')
    t = '嗯对我是{A}的老婆嗯他微信是{W}你们加他嘛不要老打我电话我在上班'
    return fill(t, A=A, W=g.wechat()), None


# ---------------- edge: glue, position, invisible characters ------------------
def ed_glue_amt(g):
    A, B, C = g.person(), g.han(), g.han()
    t = '上个月的还款：{A}' + str(g.r.choice([500, 800, 1200])) + '{B}' + str(g.r.choice([300, 1000, 2000])) + '{C}' + str(g.r.choice([600, 900])) + '，合计对不上'
    return fill(t, A=A, B=B, C=C), None


def ed_glue_date(g):
    A = g.person()
    t = g.r.choice(['0315{A}来电', g.date() + '{A}上门', '截至' + g.date() + '{A}仍未还款', g.hm() + '{A}又打了三个'])
    return fill(t, A=A), None


def ed_zwsp(g):
    A = g.han()
    z = g.zwsp(A)
    t = '他们发的短信里名字中间夹了看不见的字符：“{Z}，你已被列入重点催收名单”，复制出来才发现'
    return fill(t, Z=('name', z)), None


def ed_book(g):
    A, B = g.han(), g.han()
    t = '律师发来一份《关于{A}与{B}民间借贷纠纷的情况说明》，让我签字'
    return fill(t, A=A, B=B), None


def ed_hashtag(g):
    A = g.han()
    t = '#{A}老赖# 这个话题是谁建的？我是他妹妹，请管理员删除'
    return fill(t, A=A), None


def ed_kin(g):
    A, B = g.han(), g.han('m')
    t = '{A}他妈昨天也接到电话了，{B}媳妇说她也接了'
    return fill(t, A=A, B=B), None


def ed_excl(g):
    A = g.person()
    t = g.r.choice(['{A}！！！还钱！！！', '{A}？？？人呢？？？', '{A}……你真的不打算管了吗'])
    return fill(t, A=A), None


def ed_minority(g):
    A = g.minority()
    t = g.r.choice(['{A}的电话一直打不通，他们就打到' + g.r.choice(['喀什', '伊犁', '拉萨', '锡林浩特', '西昌']) + '老家去了',
                    '借款人：{A}，逾期' + g.days() + '天', '{A}' + g.amt() + '已还清，请核实'])
    return fill(t, A=A), None


def ed_pinyin(g):
    A = g.pinyin()
    t = g.r.choice(['催收员说他叫{A}，英文名都报出来了', '转账备注写的是{A}', '{A}，' + g.amt() + ' overdue'])
    return fill(t, A=A), None


def ed_compound(g):
    A, B = g.compound(), g.rare()
    t = '{A}{B}这两个人都说是' + g.agency() + '的，一个管调解一个管诉讼'
    return fill(t, A=A, B=B), None


def ed_spaced(g):
    A = g.han()
    s = g.spaced(A)
    t = '名单上写的是“{S}”，中间全是空格，其实就是{A}'
    return fill(t, S=('name', s), A=A), None


def ed_transfer(g):
    A, B = g.han(), g.han()
    t = ('[转账] ¥' + str(g.r.choice([300, 500, 800, 1000, 1500])) + '.00\n转账说明：替{A}还' + g.plat() +
         '第' + str(g.r.randint(2, 9)) + '期\n已被{B}接收\n——这个{B}根本不是平台的人')
    return fill(t, A=A, B=B), None


def ed_paren(g):
    A = g.han()
    n = g.wxnick()
    t = n + '（{A}）：你不还，我们就按程序走了'
    return fill(t, A=A), None


# ---------------- mixed: minority and romanised names in the same genres ------
def mx_yi_workers(g):
    A, B, C = g.minority('yi'), g.minority('yi'), g.han('m')
    t = ('我们班组有几个彝族工友，{A}、{B}，都是跟着{C}从西昌出来的，' + g.r.choice(['工资三个月没发', '工钱被扣了一半']) +
         '，{A}的网贷也是这么逾期的')
    return fill(t, A=A, B=B, C=C), None


def mx_group(g):
    A, B = g.minority(g.r.choice(['uy', 'kz'])), g.han()
    C = g.minority()
    t = ('"{B}"邀请"{A}"加入了群聊\n{A}：我是{C}的同事，他的事我真的不清楚，请不要再@我\n"{B}"将"{A}"移出了群聊')
    return fill(t, A=A, B=B, C=C), None


def mx_mail(g):
    A, B, C = g.pinyin(), g.pinyin(), g.han()
    t = ('From: {A} <{E1}>\nTo: {E2}\nCc: {B}\nSubject: Overdue notice - {C}\n\nDear Sir/Madam, we are writing on behalf of '
         + g.plat() + ' regarding the outstanding balance of {C}.')
    return fill(t, A=A, B=B, C=C, E1=g.email(), E2=g.email()), None


def mx_comment(g):
    A, B = g.pinyin(), g.minority(g.r.choice(['tib', 'mon']))
    t = ('回复 @' + g.wxnick() + '：打给我的那个自称{A}，说是外包的，还说认识我们单位的{B}，吓唬谁呢')
    return fill(t, A=A, B=B), None


def mx_12345(g):
    A, B = g.minority(), g.han()
    t = ('工单编号：{GD}\n来电人：{A}\n联系电话：{P}\n反映内容：来电人称其亲属{B}欠款，催收人员每天拨打其电话十余次。\n承办单位：区金融工作局')
    return fill(t, A=A, B=B, GD=g.acct('gd'), P=g.phone()), None


# ---------------- long: a whole group-chat export -----------------------------
def lg_export(g):
    r = g.r
    n = r.randint(4, 6)
    people = [g.person() for _ in range(n)]
    debtor = g.han('m')
    nicks = r.sample(WX_NICK, n)
    kw = {'D': debtor}
    for i, p in enumerate(people):
        kw[f'N{i}'] = p
    lines = ['以下为群聊“' + _title(g) + '”的聊天记录（导出）', '']
    tss = g.ts_seq(18)
    ti = 0
    lines.append('"{N0}"邀请"{N1}"、"{N2}"加入了群聊')
    says = [
        '{D}到底借了多少？',
        '他说是' + g.plat() + '和' + g.plat() + '两家，加起来' + g.amt(),
        '昨天又有人打到我这来，说是{D}的紧急联系人填的我',
        '@{N%d}\u2005你们是亲戚你劝劝他',
        '我劝了没用，他说下个月发工资再说',
        '对方号码{P1}，大家看到别接',
        '{D}你在群里吗？出来说句话',
        '别在群里说了，让他自己处理',
        '我把{N%d}拉进来了，在银行上班的，懂这些',
        '先别转钱给个人账户，那个卡号{K}户名不是平台的',
        '收到',
        '好的',
    ]
    has_remark = [r.random() < 0.6 for _ in range(n)]
    for j, say in enumerate(says):
        k = r.randrange(n)
        if '%d' in say:
            say = say % r.choice([x for x in range(n) if x != k])
        remark = '(备注:{N%d})' % k if has_remark[k] else ''
        lines.append(tss[ti] + ' ' + nicks[k] + remark)
        ti += 1
        lines.append(say)
        if j == 6:
            lines.append('"{N0}"撤回了一条消息')
        if j == 9 and n > 3:
            lines.append('"{N0}"将"{N3}"移出了群聊')
    t = '\n'.join(lines)
    kw['P1'] = g.phone()
    kw['K'] = g.card()
    return fill(t, **kw), None


# ---------------- other: personal data, no name -----------------------------
def ot_phones(g):
    t = '这几天打我的号码：\n{P1}\n{P2}\n{L}'
    return fill(t, P1=g.phone(), P2=g.phone(), L=g.landline()), None


def ot_card(g):
    t = '他们让我把钱转到这张卡：{K}，说是“公司对公账户”，可是开户的是个人'
    return fill(t, K=g.card()), None


def ot_wx(g):
    t = '对方微信{W}，QQ{Q}，邮箱{E}，都是同一个人用的'
    return fill(t, W=g.wechat(), Q=g.qq(), E=g.email()), None


def ot_addr(g):
    t = '催收说下周去我户籍地{AD}上门，问我家里还有没有人'
    return fill(t, AD=g.address(g.r.choice(['village', 'full']))), None


def ot_plate(g):
    t = '楼下停了辆车{PL}，车上两个人盯了我一下午'
    return fill(t, PL=g.plate()), None


def ot_id(g):
    t = '他们群发的图片里有我的身份证号{ID}，怎么处理'
    return fill(t, ID=g.idnum()), None


def ot_gd(g):
    t = '12345给我回电了，工单号{GD}，说已经转给金融办'
    return fill(t, GD=g.acct('gd')), None


def ot_gjj(g):
    t = '公积金账号{GJ}被冻结了，说是法院来函，可我没收到任何传票'
    return fill(t, GJ=g.acct('gjj')), None


def ot_dy(g):
    t = '发曝光视频的账号是{DY}，粉丝才十几个，专门发这种'
    return fill(t, DY=g.acct('dy')), None


def ot_mail(g):
    t = '律师函发到了我的工作邮箱{E}，同事都能看到收件列表'
    return fill(t, E=g.email()), None


def ot_ts(g):
    t = '黑猫投诉单号{TS}，商家三天没回复'
    return fill(t, TS=g.acct('ts')), None


def ot_voice(g):
    t = '他说你记一下我的号码{P}有事打这个'
    return fill(t, P=g.phone(g.r.choice(['cn', 'cnsp']))), None


# ---------------- none: no personal data (fixed texts) ----------------------
NONE_TEXTS = [
    '"静待花开"邀请"平安是福"加入了群聊\n"平安是福"修改群名为"还款协商"\n你将"岁月静好"移出了群聊',
    '尊敬的${custName}您好，您的账单已逾期${overdueDays}天，请于${dueDate}前还款。',
    '【姓名】先生/女士：您尾号【卡号后四位】的信用卡已逾期，请尽快处理。',
    '寻人启事\n张**，男，35岁，河南口音。知情者请拨打110。',
    '悬赏通告模板：现悬赏寻找XXX（身份证号：XXXXXXXXXXXXXXXXXX），提供线索者重谢。',
    '遗失声明：本人不慎遗失身份证一张，特此声明作废。（名字和号码我没敢发）',
    '★★★★☆ 客服态度还行，就是周末打不进去，余额也查不到',
    '回复 @知足常乐：同一个号，周一到周五天天打，周末也不停',
    '工单编号见短信，承办单位：区金融工作局，办理时限5个工作日',
    '我在工地干了八个月，包工头说等甲方结账，现在网贷也还不上，怎么办',
    '来电显示 广东 深圳 移动 被326人标记为“催收”',
    'BEGIN:VCARD\nVERSION:3.0\nFN:客服\nORG:某某资产管理\nEND:VCARD',
    '建国路和平里那边的网点周末也营业吗？我想去办挂失',
    '平安银行的人说文明催收，海燕牌的热水器都被他们说成抵押物了，太离谱',
    '老王和小李都说没接到电话，王哥让我别慌',
    '国庆节后第一个工作日还款，光明正大地谈，和平解决',
    '家族群凑钱接龙：1. 大舅 2000 2. 二姨 1000 3. 表哥 500',
    '业主群里说楼下来了两个人拍照，物业保安已经过去了',
    '社区网格员和居委会主任一起上门做了笔录，说债务问题要走司法程序',
    '住房公积金提取成功，到账金额以银行入账为准',
    '【钉钉】人事行政部：近期有外部人员冒充法院致电前台，请勿透露员工信息。',
    '工资卡在班组长手里，工资到了他就取走，这合法吗',
    '#网贷逾期 #催收 #上岸日记 姐妹们被打到公司了怎么办',
    '律师发来一份《关于民间借贷纠纷的情况说明》，让我签字',
    '王*芳 2000  李** 1500  张某某 800（截图里的名字都打了码）',
    'Dear customer, your account is 30 days past due. Please contact our hotline 95511.',
    '温馨提示：长江、黄河沿线部分网点因防汛暂停营业，给您带来不便敬请谅解。',
    '幸福路店铺门口被喷了字，派出所说属于民事纠纷先调解',
]


def none_tpl(i):
    def f(g):
        return [NONE_TEXTS[i]], None
    f.__name__ = f'none_{i:02d}'
    return f


GROUPS = [
    ('groupchat', 24, [gc_sys, gc_export, gc_members, gc_at, gc_remark, gc_qq, gc_jielong, gc_revoke,
                       gc_rename, gc_kick, gc_redpacket, gc_dingtalk, gc_voice, gc_nicknames, gc_owner, gc_class]),
    ('shame', 18, [sh_xunren, sh_xuanshang, sh_yishi, sh_dengbao, sh_menti, sh_hengfu, sh_chuandan, sh_pyq,
                   sh_penqi, sh_video, sh_office, sh_list]),
    ('review', 18, [rv_heimao, rv_star, rv_comment, rv_12345, rv_jiwei, rv_renda, rv_juwei, rv_zhihu, rv_xhs,
                    rv_12315, rv_reply]),
    ('wage', 12, [wg_voice, wg_table, wg_jiancha, wg_qiantiao, wg_group, wg_card, wg_zhongcai, wg_rider]),
    ('contacts', 16, [ct_callerid, ct_addrbook, ct_vcard, ct_mailhead, ct_signature, ct_detail, ct_card,
                      ct_calllog, ct_work, ct_mark, ct_parking]),
    ('smstpl', 10, [tp_double, tp_xiansheng, tp_contact, tp_english, tp_bracket, tp_sign, tp_payee]),
    ('life', 8, [lf_yizhu, lf_gjj, lf_guashi, lf_jicheng, lf_shebao]),
    ('wordname', 18, [wn_pingan, wn_jianguo, wn_wenming, wn_haiyan, wn_amount, wn_start, wn_end, wn_pair,
                      wn_guoqing, wn_hepi, wn_guangming, wn_xingfu, wn_changjiang, wn_jixiang]),
    ('voice', 10, [vc_phone, vc_id, vc_addr, vc_card, vc_names, vc_mixed]),
    ('edge', 13, [ed_glue_amt, ed_glue_date, ed_zwsp, ed_book, ed_hashtag, ed_kin, ed_excl, ed_minority,
                  ed_pinyin, ed_compound, ed_spaced, ed_paren, ed_transfer]),
    ('mixed', 9, [mx_yi_workers, mx_group, mx_mail, mx_comment, mx_12345]),
    ('long', 4, [lg_export]),
    ('other', 12, [ot_phones, ot_card, ot_wx, ot_addr, ot_plate, ot_id, ot_gd, ot_gjj, ot_dy, ot_mail, ot_ts,
                   ot_voice]),
    ('none', len(NONE_TEXTS), [none_tpl(i) for i in range(len(NONE_TEXTS))]),
]


# ==========================================================================
# preserve list: ordinary words and phrases that must survive
# ==========================================================================
# (a) words that begin with a surname character, each in a short phrase of its own
SURNAME_WORDS = """
王府井支行营业时间调整|王道就是按时还款|张罗着给孩子交学费|张口就要三万|到处张望的陌生人
陈年旧账翻出来|陈列在营业厅的宣传册|陈设简单的调解室|杨梅季节店里生意好|黄昏时分又来了电话
黄牛代办征信修复是骗局|黄页上查不到这家公司|黄码期间暂停外访|周转不开先还最低|周全考虑再签字
周到的服务从来没有|周边网点都能办理|周年庆活动免息券|徐徐图之不要着急|马虎不得的合同条款
马路对面停着一辆车|马甲号在评论区带节奏|胡说八道的催收话术|胡同口贴了通知|胡乱扣款的平台
胡萝卜加大棒的套路|何必为难家里老人|何况本金早就还清了|何处可以投诉|何种情形可以申请停催
高速路口被拦下|高利贷不受法律保护|高额服务费涉嫌违规|高管亲自打电话道歉|高铁票都买不起了
高考前别打扰孩子|林地承包款还没到|罗列了一堆费用明细|郑重提醒您注意账户安全|梁上挂着的横幅被风吹掉
谢谢您的耐心等待|谢绝一切上门拜访|唐突打扰请见谅|许多用户反映类似问题|许诺的减免没有兑现
许久没有收到回复|韩元汇率又变了|曾孙满月酒也得随礼|肖像权受法律保护|田间地头都是干活的人
董事会决议已公告|董事长信箱已留言|于今已有三个月|于法有据的催收才合规|余下的款项分期支付
余地不大只能先还一部分|杜绝暴力催收行为|杜撰的法院传票|叶子落了才想起还款|程序合法才能立案
程度较轻的逾期可以协商|苏醒过来第一件事是看手机|丁点儿利息都不肯减|任何人不得泄露客户信息
任务量压得催收员喘不过气|任性分期的后果|任意扣款属于违约|钟点工的工资被拖欠|钟表店门口来了两个人
陆续收到三条短信|陆地运输公司代扣失败|汪洋大海一样的债务|范围以外的联系人不得骚扰|范本仅供参考
金额以实际到账为准|金融办已受理投诉|金卡用户专属通道|金条借款提前还款|石油公司加油卡充值
石头砸坏了车窗|石化加油站附近的网点|夏季作息时间调整|夏令营费用已缴清|付清全部欠款后出具结清证明
付息日为每月二十号|付费会员自动续费|方便的时候回个电话|方式不对再多电话也没用|方案确认后签署协议
白天上班没法接电话|白条分期已出账|白忙活一整天|白纸黑字写得清清楚楚|白名单用户不受影响
熊孩子拿手机借了钱|秦岭脚下的小县城|江湖救急借了五千|江湖规矩那一套不管用|江边的烧烤摊也被贴了纸
段时间内无法还清|雷区千万别碰|雷同的催收短信|龙头企业也会拖欠货款|史上最严催收新规
陶瓷厂停工工资没发|黎明时分还在打电话|贺卡里夹了一张催款单|顾客投诉处理流程|顾虑太多反而耽误事
毛利率太低撑不下去|毛病不改还会逾期|万元以下可以申请分期|万一逾期会影响征信|万分抱歉给您带来不便
万无一失的还款计划|钱款往来要留凭证|钱包里只剩二十块|严重逾期将上报征信|严格按照合同执行
严禁冒充公检法|严肃处理违规催收员|武汉分中心来电|莫名其妙多了一笔借款|莫须有的罪名
孔子说过民无信不立|向法院申请强制执行|向来按时还款从未逾期|汤圆店老板也被问了|常规流程是先发短信
常用联系人已更新|常住地址变更需本人办理|温馨提示请勿轻信陌生来电|温和一点的沟通方式|康复期间无力还款
施工队撤场后没结账|施压手段越来越多|文件已通过邮箱发送|文书送达以签收为准|文字版协议请查收
牛奶厂的货款结不了|安排专人上门核实|安全起见请勿转账给个人|安心养病别管这些电话|齐全的材料才能受理
易拉罐厂裁员了|乔迁新居不到一个月|庞大的利息滚下来|颜色鲜艳的催款单|庄稼还没收就来要钱
章程规定不得外包催收|鲁莽的做法只会激化矛盾|岳父岳母也接到了电话|殷切希望您配合处理
申请延期还款需要提交材料|申诉渠道已开通|耿直的人也被逼急了|关于您的账户情况说明|关注公众号查询账单
关机三天也躲不过去|关联账户已被冻结|兰州拉面馆的老板娘借了钱|焦虑到睡不着觉|左右为难的担保人
柳树下面停着外访的车|甘心被这样骚扰吗|祝您生活愉快|包括本金利息和罚息|包裹里寄来一张律师函
宁可分期也别借新还旧|尚未结清的账单|尚有余额可以抵扣|符合条件的可减免罚息|舒服日子没过几天
纪律严明的正规机构|纪念日都在还钱|梅雨季节网点照常营业|童年的伙伴也被打了电话|凌晨两点还在催
毕业后才开始还助学贷款|毕竟是自己借的钱|单位地址被泄露|单据请妥善保管|季度账单已生成
涂改过的借条无效|成功还款后短信通知|成本太高的贷款别碰|成立专项小组处理投诉|苗头不对赶紧止损
谷底反弹的机会|盛情难却借了钱|曲线救国先还小额的|骆驼祥子式的生活|蓝色的催收短信
蓝牙耳机分期买的|路费都是借的|路口的监控拍到了|游戏充值花光了生活费|辛苦攒的钱全还了利息
管理费另外收取|管辖法院以合同约定为准|柴米油盐都要算着花|蒙受了不白之冤|华为手机分期还剩三期
华夏银行信用卡中心|房租押一付三|房贷和网贷一起压着|房东也被问了一遍|屈服于恐吓不是办法
饶了我们全家吧|解决问题的态度很重要|解释权归平台所有|解除合同需书面通知|牟利行为已被查处
尤其是老人和孩子|阳台上晾的衣服被拍了|时间不早了明天再说|时候到了自然会还|农行卡余额不足
农村信用社的贷款|农民工工资专用账户|司法途径解决纠纷|司法确认需双方到场|卓越客服中心
古董抵押的借款|吉利汽车金融公司|简单说明一下情况|简历上的电话被打爆了|车贷还剩两年
车辆被拖走了|项目停工半年了|连续三期未还|连带责任保证人|麦当劳门口碰的面
党员干部带头调解|宫殿一样的售楼处|费用明细请查看附件|冷静下来再谈|冷漠的回复
席位已满请改日再来|卫生院的医药费还欠着|卫星电话都打不通|米面粮油都赊账|柏油路修好了
宗旨是化解纠纷|桂林分行的来电|全额还款可免罚息|全部款项已结清|应该先核实身份
应当依法催收|应付账款月底结算|苟且偷生的日子|边境小城的网点|师傅修车的钱还没付
和解协议已生效|和平里社区居委会|仇恨是解决不了问题的|商量一个分期方案|商户收款码被冻结
刁难老人算什么本事|沙发上坐着两个陌生人|荣誉证书都被拍了照|甄别真假催收短信|丛林法则不适用
仲裁委员会已受理|巩固还款意愿|明天上午十点前还款|明细已发送至您的邮箱|池塘边的鱼塘承包款
查询征信报告|查收附件中的协议|麻烦您转告一下|迟到的还款也是还款|迟延履行金按日计算
官方客服电话|官网公示的催收机构名单|封号处理|封存的账户|谈判破裂|谈话记录已存档
鞠躬道歉也没用|惠民贷款政策|乐意配合调查|郁闷得一晚没睡|南方冬天也冷|班主任在家长群提醒
储蓄卡余额不足|原告提交的证据|原件需当面核对|原因是系统扣款失败|栗子摊的老板娘
燕窝礼盒也是分期买的|劳务派遣公司拖欠工资|劳动监察大队已立案|皮包公司跑路了|楼下停了两辆车
楼道里贴满了纸|盘点一下所有欠款|满意度回访短信|闻讯赶来的邻居|位置共享已关闭
厉害了我的催收|区域经理来电|海关查验延误|海报贴在小区门口|花呗还款日|花费清单请核对
权利义务以合同为准|权益受损可投诉|强制执行通知书|豆浆店门口被堵|朴素的愿望就是还清
盖章后生效|廉价的道歉|祖国各地都有网点|巴士站旁边的营业厅|丰富的还款方式
支付宝账单已出|支行营业时间|国家反诈中心提醒|国庆假期正常扣款|平台客服电话
平时不接陌生电话|计算器按了一晚上|计息方式请查看合同|索赔金额过高|索要服务费是违规的
宣传册上写着低息|相关证据请保留|相信法律会公正|初次逾期可申请减免|初期还款压力小
门口站着两个人|门牌号被拍了下来|云闪付扣款成功|容易被骗的老人|敬请谅解|来电请说明来意
来源不明的借款|都市报上登的声明|普通话不标准的催收员|浦东新区人民法院|戈壁滩上跑运输
薄利多销的小本生意|辜负了家人的信任|羊毛出在羊身上|阿姨在家带孩子|乌鲁木齐分行
母亲节前一天还在催|修改预留手机号|修复征信的都是骗子|杭州互联网法院|况且利息已经超标
宿舍楼下来了人|鲜花店的老板借了钱|印章是伪造的|印象中没签过这份合同|隆重推出新的分期产品
诸位亲友请勿转账|战略合作的催收机构|慕名而来的债务咨询|危险驾驶的罪名|危害公民人身安全
玉米还没卖钱就到期了|银行卡被冻结了|银联在线支付|公安机关已立案|公告送达期为三十日
公积金中心来电|哈尔滨中院的电话|湛江分行营业部|宾馆前台也被问了|勾结内部人员泄露信息
茅台酒抵债不合法|利息不得超过法定上限|利率调整通知|呼叫中心的坐席|呼吁大家理性借贷
居民身份证挂失|居委会调解室|揭发违规催收有奖励|干扰正常生活|但是我真的没钱
冶金厂的工资还没发|元旦假期暂停催收|束手无策只能求助|衣服店的货款收不回来|信用卡逾期
信用报告查询|展期申请已提交|阴影笼罩着全家|智能语音外呼|幸福感全没了
奉劝你们守法经营|植物园门口见面|衡量一下还款能力|富裕一点再还|闭嘴不说话也没用|由于系统升级暂停还款
对此事高度关注的家属|周末两天暂停外呼|黄金首饰不能拿来抵网贷|于是我又借了一笔|何时还款请给个准话
等您方便再约调解时间|何时结清何时出具证明|方便面都是赊的
"""

# (b) word-names in their ordinary sense (the same strings are given names in the records)
WORDNAME_USES = """
建国门外大街的写字楼|建国路支行营业时间|海燕牌自行车也能分期|课文里的海燕在暴风雨中飞翔|平安银行信用卡中心
平安保险理赔专线|一路平安早点回家|文明催收从我做起|文明城市创建期间禁止张贴|国庆节后统一还款
国庆假期客服正常上班|红梅花开的时候|和平解决最好|和平路营业部|胜利在望还剩最后一期
胜利油田职工医院|光明正大地谈|光明乳业的账单|建设银行储蓄卡|建设路与人民路交叉口
长江沿线防汛期间|长江边跑船的人信号不好|永康五金城的店铺|富贵不能淫|吉祥如意的春联
美丽乡村建设项目|朝阳区人民法院|朝阳群众举报|解放军医院|解放路派出所|红旗渠精神
红旗轿车分期|东风汽车金融|东风路网点|新华书店的发票|新华路营业厅|中华人民共和国民法典
中华保险理赔|幸福来得太突然|幸福路的店铺|玉兰油的专柜|白玉兰广场|桂花飘香的季节
桂花路小区门口|前进一步就是悬崖|爱国卫生运动|明月几时有|春雷响了该种地了|彩虹桥下的网点|秋月梨的货款
"""

# (c) genre words, system lines and institutions of this corpus, without names
GENRE = """
邀请你加入了群聊|你已被移出群聊|群主已开启全员禁言|仅群主可修改群名称|撤回了一条消息
拍了拍我的肩膀|以上是打招呼的内容|你已添加了对方，现在可以开始聊天了|修改群昵称需要群主同意
我的备注|群昵称未设置|群成员列表|@所有人 请勿在群内讨论债务|接龙格式：序号+金额|领取了你的红包
[语音]转文字失败|[图片]|[文件]还款计划.xlsx|[个人名片]|[位置]|聊天记录导出于今日
寻人启事模板|悬赏通告须经公安机关备案|遗失声明登报|声明作废|郑重声明|特此声明
门上贴的纸已经撕了|横幅已被村委会摘除|传单上的照片是偷拍的|朋友圈曝光图已举报|喷漆涉嫌寻衅滋事
黑猫投诉|投诉对象|投诉问题|投诉要求|涉诉金额|投诉进度|商家回复|用户补充|已完成
一星差评|评论区|回复楼主|楼中楼|点赞最多的回答|谢邀|姐妹们谁懂啊|上岸日记
12345政务服务便民热线|工单编号|承办单位|办理时限|回访满意度|区金融工作局|区纪委监委信访室
人大代表联络站|代表留言板|社区居委会|网格员|居委会调解室|街道综治中心|人民调解委员会
12315平台|市场监督管理局|消费者协会|劳动保障监察大队|劳动人事争议仲裁委员会|住建局欠薪专班
欠薪人员花名册|农民工工资专用账户|总包单位|劳务分包|班组长|项目部|工程款|讨薪
来电显示|标记为“催收”|骚扰拦截|通话记录|未接来电|响一声就挂|个人名片|钉钉号|企业微信
BEGIN:VCARD|VERSION:3.0|END:VCARD|TEL;TYPE=CELL|发件人|收件人|抄送|密送|主题|附件
律师告知函|高级专员|法务部|贷后管理部|外访组|调解中心|资产管理有限公司
尊敬的${custName}|${overdueDays}|【姓名】|【卡号后四位】|XXX先生/女士|{客户姓名}|先生/女士
退订回T|拒收请回复R|回TD退订|本短信由系统自动发送|请勿回复本短信
立遗嘱人|见证人|代书人|遗嘱执行人|法定继承|放弃继承声明|父债子还没有法律依据
住房公积金管理中心|个人账号|提取原因|提取金额|社会保障卡|社保卡补换|领卡网点|挂失申请
转文字|语音通话|视频通话|通话时长|已拒接|对方已挂断
"""

# (d) titles, nicknames, masked forms and surname-only mentions (never a full name)
NICKS = """
老王说他明天来|小李今天请假|张哥帮忙问问|刘姐那边怎么说|陈总在开会|杨经理稍后回电
黄老师已经知道了|赵主任出差了|吴师傅修车去了|周律师的助理|徐会计对过账了|孙阿姨在带孩子
马叔叔也被打了电话|朱老板欠着货款|胡大爷不会用微信|郭同学的家长|何女士来电|高先生请回电
林专员负责调解|罗警官做了笔录|郑法官的书记员|梁调解员|谢科长|宋站长|唐组长|许店长
王某某|李某|张某某|刘**|陈*|杨X|黄XX|赵某|W先生|L女士|Z姓催收员|姓王的那个
免贵姓张|弓长张|木子李|耳东陈|口天吴|立早章|文刀刘|双口吕|草头黄|人可何
王*芳|李**|张**|**明|*强|CHEN**|W**G|wang***@163.com
"""

# (e) places and institutions that contain surname characters or look like names
PLACES = """
石家庄市长安区人民法院|周口市中级人民法院|高新区人民调解委员会|马鞍山市公安局|黄石市劳动监察支队
江夏区人民法院|金水区人民检察院|白云区市场监督管理局|龙岗区信访局|万州区人民政府
常德市住房公积金管理中心|文山州人民医院|余杭区社区矫正中心|叶集区劳动人事争议仲裁委员会
何家湾村村民委员会|张家港市人民法院|王家坝镇政府|李家沱街道办|杨家坪派出所|赵家庄调解室
钱塘江边的网点|孙家湾社区|胡家庙派出所|郭家桥小学|林家巷居委会|罗湖区人民法院
许昌市中级人民法院|韩城市公安局|冯家湾工业园|邓州市人民医院|曹妃甸区劳动监察大队
彭州市市场监管局|曾都区人民法院|田林街道|董家渡派出所|潘家园旧货市场|蒋村街道
蔡甸区人民法院|杜集区信访局|程家桥街道|苏家屯区人民法院|魏公村|吕梁市中级人民法院
沈河区人民法院|姚家园社区|卢湾分局|姜堰区劳动仲裁院|崔各庄乡|钟楼区人民法院|谭家湾
陆家嘴金融城|汪家巷|范县人民法院|廖家坡|贾汪区人民法院|夏邑县人民法院|付村镇
方庄街道|白沙洲大市场|邹城市公安局|孟津区人民法院|熊家冢|秦淮区调解中心|邱县人民法院
江北区劳动监察大队|尹庄镇|薛城区人民法院|段家滩|雷山县人民法院|侯马市公安局|龙华区法院
中山路派出所|左权县人民法院|志丹县劳动监察大队|靖宇县信访局|黄花岗街道|宋庆龄基金会
"""


def preserve_lines(g):
    out = []
    for block in (SURNAME_WORDS, WORDNAME_USES, GENRE, NICKS, PLACES):
        for line in block.strip().split('\n'):
            out.extend(x.strip() for x in line.split('|') if x.strip())
    return out


FRAMES = ['【{bank}】{x}', '温馨提示：{x}', '{x}。', '{plat}提醒您：{x}', '{x}，如有疑问请致电客服。',
          '群公告：{x}', '转文字：{x}', '{x}（已编辑）']


# ==========================================================================
# building and checking
# ==========================================================================
def build(segs):
    text = []
    spans = []
    pos = 0
    for s in segs:
        if isinstance(s, tuple):
            kind, v = s
            spans.append((pos, pos + len(v), kind, v))
            text.append(v)
            pos += len(v)
        else:
            text.append(s)
            pos += len(s)
    text = ''.join(text)
    pii = []
    seen = set()
    for st, en, kind, v in sorted(spans):
        if v not in seen:
            seen.add(v)
            pii.append({'kind': kind, 'value': v})
    return text, spans, pii


def occurrences(text, v):
    i = text.find(v)
    while i >= 0:
        yield i
        i = text.find(v, i + 1)


def covered(text, spans, v):
    """Every occurrence of v in text lies inside a labelled span."""
    for i in occurrences(text, v):
        if not any(st <= i and i + len(v) <= en for st, en, _, _ in spans):
            return False
    return True


def load_others():
    texts, lines = set(), set()
    nfiles = 0
    if not os.path.isdir(DEDUPE_DIR):
        return texts, lines, nfiles
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, 'scrub_*.jsonl'))):
        if os.path.basename(f).startswith(OWN_PREFIX):
            continue
        nfiles += 1
        with open(f, encoding='utf-8') as fh:
            for ln in fh:
                ln = ln.strip()
                if ln:
                    try:
                        texts.add(squash(json.loads(ln)['text']))
                    except (ValueError, KeyError):
                        pass
    for f in sorted(glob.glob(os.path.join(DEDUPE_DIR, 'scrub_*preserve*.txt'))):
        if os.path.basename(f).startswith(OWN_PREFIX):
            continue
        nfiles += 1
        with open(f, encoding='utf-8') as fh:
            for ln in fh:
                if ln.strip():
                    lines.add(squash(ln))
    return texts, lines, nfiles


PRESERVE_TARGET = 590


def main():
    other_texts, other_lines, nfiles = load_others()
    other_all = other_texts | other_lines

    # ---- preserve candidates (fixed order, then framed variants) ----
    rp = random.Random(SEED + 1)
    core = preserve_lines(None)
    cand = list(core)
    framed_src = rp.sample(core, 120)
    for x in framed_src:
        fr = rp.choice(FRAMES)
        cand.append(fr.format(x=x, bank=rp.choice(BANKS), plat=rp.choice(PLATFORMS)))
    own_rep = 0
    dup_other = 0
    pres = []
    seen = set()
    for x in cand:
        k = squash(x)
        if k in seen:
            own_rep += 1
            continue
        seen.add(k)
        if k in other_all:
            dup_other += 1
            continue
        pres.append(x)
    n_core_kept = sum(1 for x in pres if x in set(core))
    # keep every core line of (a) (b) (d); trim the rest to the target
    must = set()
    for block in (SURNAME_WORDS, WORDNAME_USES, NICKS, PLACES):
        for line in block.strip().split('\n'):
            must.update(x.strip() for x in line.split('|') if x.strip())
    keep = [x for x in pres if x in must]
    rest = [x for x in pres if x not in must]
    rp.shuffle(rest)
    keep += rest[:max(0, PRESERVE_TARGET - len(keep))]
    rp.shuffle(keep)
    preserve = keep

    blocked = squash('\n'.join(preserve + NONE_TEXTS + WX_NICK + AGENCIES + PLATFORMS + BANKS + ROADS +
                               ESTATES + BUILDINGS + VILLAGES + TOWNS + CONSTR)).lower()
    g = G(SEED, blocked)

    # ---- records ----
    records = []         # (group, tplname, text, spans, pii, sender)
    own_texts = set()
    retries = {'local': 0, 'global': 0, 'dup_other': 0, 'dup_own': 0}
    for group, target, tpls in GROUPS:
        plan = list(tpls)
        while len(plan) < target:
            plan.append(g.r.choice(tpls))
        for f in plan:
            for attempt in range(60):
                segs, sender = f(g)
                text, spans, pii = build(segs)
                vals = [p['value'] for p in pii]
                if not all(covered(text, spans, v) for v in vals):
                    retries['local'] += 1
                    continue
                bad = False
                for nm in g.used_names:
                    if nm in text and not covered(text, spans, nm):
                        bad = True
                        break
                if not bad:
                    for (_, _, t2, sp2, _, _) in records:
                        for v in vals:
                            if v in t2 and not covered(t2, sp2, v):
                                bad = True
                                break
                        if bad:
                            break
                if bad:
                    retries['global'] += 1
                    continue
                k = squash(text)
                if k in other_all:
                    retries['dup_other'] += 1
                    continue
                if k in own_texts:
                    retries['dup_own'] += 1
                    continue
                own_texts.add(k)
                records.append((group, f.__name__, text, spans, pii, sender))
                break
            else:
                raise RuntimeError('could not place ' + f.__name__)

    # ---- final checks ----
    allvals = set()
    for (_, _, text, spans, pii, _) in records:
        pos = -1
        for p in pii:
            assert p['value'] in text
            i = text.find(p['value'])
            assert i >= pos, 'order'
            pos = i
            allvals.add(p['value'])
            if p['kind'] == 'bank_card':
                d = re.sub(r'\D', '', p['value'].translate(str.maketrans('０１２３４５６７８９', '0123456789')))
                if len(d) >= 16:
                    assert luhn_ok(d), p['value']
            if p['kind'] == 'id_number':
                d = re.sub(r'[\s\-]', '', p['value'].translate(str.maketrans('０１２３４５６７８９Ｘ', '0123456789X')))
                if re.fullmatch(r'\d{17}[\dXx]', d):
                    assert id_check(d[:17]) == d[17].upper(), p['value']
    for (_, _, text, spans, pii, _) in records:
        for v in allvals:
            if v in text:
                assert covered(text, spans, v), 'uncovered value'
    pres_sq = [squash(x).lower() for x in preserve]
    bad_pres = 0
    for v in allvals:
        k = squash(v).lower()
        for x in pres_sq:
            if k in x:
                bad_pres += 1
    assert bad_pres == 0, bad_pres
    assert len(set(squash(x) for x in preserve)) == len(preserve)

    # ---- shuffle and write ----
    order = list(range(len(records)))
    g.r.shuffle(order)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, 'scrub_tune23.jsonl'), 'w', encoding='utf-8') as fh:
        for n, i in enumerate(order, 1):
            group, tname, text, spans, pii, sender = records[i]
            fh.write(json.dumps({'id': f't23-{n:04d}', 'text': text, 'sender': sender, 'pii': pii},
                                ensure_ascii=False) + '\n')
    with open(os.path.join(OUT_DIR, 'scrub_tune23_preserve.txt'), 'w', encoding='utf-8') as fh:
        for x in preserve:
            fh.write(x + '\n')

    # ---- counts only ----
    print(f'dedupe: {nfiles} other files, {len(other_texts)} distinct texts, {len(other_lines)} distinct preserve lines')
    print(f'preserve: {len(cand)} candidates, {own_rep} own repeats, {dup_other} equal to another corpus, '
          f'{len(pres)} left, {len(preserve)} written')
    print(f'records: {len(records)} written; redraws {retries}')
    if SUMMARY:
        from collections import Counter
        kinds = Counter()
        forms = Counter()
        by_group = Counter()
        names_by_group = Counter()
        tpl_by_group = {}
        lens = Counter()
        pres_parts = Counter()
        sets = {'a': SURNAME_WORDS, 'b': WORDNAME_USES, 'c': GENRE, 'd': NICKS, 'e': PLACES}
        setl = {}
        for k, block in sets.items():
            for line in block.strip().split('\n'):
                for x in line.split('|'):
                    if x.strip():
                        setl[x.strip()] = k
        for x in preserve:
            pres_parts[setl.get(x, 'framed')] += 1
        print('preserve parts:', dict(pres_parts), 'candidates per part:', dict(Counter(setl.values())))
        for (group, tname, text, spans, pii, sender) in records:
            by_group[group] += 1
            tpl_by_group.setdefault(group, set()).add(tname)
            for p in pii:
                kinds[p['kind']] += 1
                if p['kind'] == 'name':
                    names_by_group[group] += 1
            L = len(text)
            lens['<50' if L < 50 else '50-149' if L < 150 else '150-299' if L < 300 else '300+'] += 1
        print('by group:', {k: (len(tpl_by_group[k]), by_group[k], names_by_group[k]) for k in by_group})
        print('kinds:', dict(kinds.most_common()), 'total', sum(kinds.values()))
        print('no pii:', sum(1 for r in records if not r[4]),
              'pii but no name:', sum(1 for r in records if r[4] and not any(p['kind'] == 'name' for p in r[4])))
        print('with name:', sum(1 for r in records if any(p['kind'] == 'name' for p in r[4])),
              '2+ names:', sum(1 for r in records if sum(p['kind'] == 'name' for p in r[4]) >= 2))
        print('lengths:', dict(lens), 'with newline:', sum(1 for r in records if '\n' in r[2]),
              'max len', max(len(r[2]) for r in records))
        print('senders non-null:', sum(1 for r in records if r[5]))
        forms = Counter()
        distinct = set()
        for r in records:
            for p in r[4]:
                if p['kind'] == 'name':
                    forms[g.form.get(p['value'])] += 1
                    distinct.add(p['value'])
        print('name forms:', dict(forms.most_common()), 'distinct names', len(distinct))
        sep = Counter()
        for r in records:
            for p in r[4]:
                if p['kind'] == 'name' and g.form.get(p['value']) == 'minority':
                    m = re.search(r'[·•・．‧\-]', p['value'])
                    sep[m.group(0) if m else 'fused'] += 1
        print('minority separators:', dict(sep))
        fmt = Counter()
        for r in records:
            for p in r[4]:
                v = p['value']
                if p['kind'] in ('phone', 'id_number', 'bank_card', 'address', 'plate', 'account'):
                    f = ('fullwidth' if re.search('[０-９]', v) else 'cn-numeral' if re.search('[零幺一二三四五六七八九]', v) and p['kind'] != 'address' else
                         'spaced' if ' ' in v else 'dashed' if re.search(r'\d[-－]\d', v) else '+86/0086' if v.startswith(('+86', '0086')) else 'plain')
                    fmt[(p['kind'], f)] += 1
        print('formats:', sorted(fmt.items()))
        acc = Counter()
        for r in records:
            for p in r[4]:
                if p['kind'] == 'account':
                    i = r[2].find(p['value'])
                    acc[r[2][max(0, i - 6):i]] += 1
        print('account cues:', dict(acc))


if __name__ == '__main__':
    main()
