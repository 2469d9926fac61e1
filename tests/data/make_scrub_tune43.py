#!/usr/bin/env python3
"""Tuning corpus 43 for the personal-data scrubber: social media, forums and
complaint platforms.  Standard library only.  Deterministic (SEED).

Env:
  TUNE43_OUT_DIR     output folder (default: this script's folder)
  TUNE43_DEDUPE_DIR  folder of other corpora to dedupe against (default: none).
                     Only counts are printed; no corpus content is printed.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SEED = 20261243
N_RECORDS = 1000
N_PRESERVE = 3000

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.environ.get("TUNE43_OUT_DIR") or HERE
DEDUPE_DIR = os.environ.get("TUNE43_DEDUPE_DIR") or ""
OWN_FILES = ("scrub_tune43.jsonl", "scrub_tune43_preserve.txt")

# ---------------------------------------------------------------- names
SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
       ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
       ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
       ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"),
       ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
       ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
       ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
       ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"),
       ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"),
       ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"), ("姚", "yao"),
       ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"), ("谭", "tan"),
       ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"),
       ("廖", "liao"), ("贾", "jia"), ("夏", "xia"), ("韦", "wei"), ("付", "fu"),
       ("方", "fang"), ("邹", "zou"), ("熊", "xiong"), ("孟", "meng"), ("秦", "qin"),
       ("邱", "qiu"), ("侯", "hou"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"),
       ("闫", "yan"), ("段", "duan"), ("雷", "lei"), ("龙", "long"), ("黎", "li"),
       ("史", "shi"), ("陶", "tao"), ("贺", "he"), ("顾", "gu"), ("毛", "mao"),
       ("郝", "hao"), ("龚", "gong"), ("邵", "shao"), ("万", "wan"), ("覃", "qin"),
       ("武", "wu"), ("戴", "dai"), ("孔", "kong"), ("严", "yan"), ("白", "bai"),
       ("向", "xiang"), ("于", "yu")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
         ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
         ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
         ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"),
         ("刚", "gang"), ("桂", "gui"), ("玲", "ling"), ("华", "hua"), ("飞", "fei"),
         ("鹏", "peng"), ("辉", "hui"), ("婷", "ting"), ("建", "jian"), ("俊", "jun"),
         ("欣", "xin"), ("宇", "yu"), ("浩", "hao"), ("凯", "kai"), ("佳", "jia"),
         ("晨", "chen"), ("琳", "lin"), ("雪", "xue"), ("梅", "mei"), ("倩", "qian"),
         ("颖", "ying"), ("慧", "hui"), ("莉", "li"), ("思", "si"), ("萌", "meng"),
         ("瑶", "yao"), ("博", "bo"), ("文", "wen"), ("斌", "bin"), ("志", "zhi"),
         ("海", "hai"), ("红", "hong"), ("燕", "yan"), ("晓", "xiao"), ("子", "zi"),
         ("梓", "zi"), ("涵", "han"), ("轩", "xuan"), ("睿", "rui"), ("妍", "yan"),
         ("嘉", "jia"), ("怡", "yi"), ("诗", "shi"), ("雨", "yu"), ("峰", "feng"),
         ("亮", "liang"), ("成", "cheng"), ("春", "chun"), ("丹", "dan"), ("蕾", "lei"),
         ("彬", "bin"), ("昊", "hao"), ("晴", "qing"), ("露", "lu"), ("蓉", "rong"),
         ("国", "guo"), ("庆", "qing"), ("永", "yong"), ("德", "de"), ("福", "fu"),
         ("玉", "yu"), ("兰", "lan"), ("凤", "feng"), ("云", "yun"), ("波", "bo"),
         ("鑫", "xin"), ("宁", "ning"), ("琪", "qi"), ("冰", "bing"), ("婧", "jing"),
         ("璐", "lu"), ("航", "hang"), ("泽", "ze"), ("皓", "hao"), ("铭", "ming"),
         ("逸", "yi"), ("舒", "shu"), ("然", "ran"), ("楠", "nan"), ("玥", "yue")]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐", "夏侯",
            "尉迟", "公孙", "长孙", "司徒", "端木", "南宫", "宇文", "呼延"]
RARE = ["禤", "亓", "訾", "仉", "笪", "乜", "酆", "逯", "隗", "蒯", "郗", "冼", "阚",
        "缪", "佘", "邝", "鄢", "郄", "眭", "琚"]
TR_SUR = ["陳", "張", "黃", "劉", "楊", "吳", "趙", "鄭", "謝", "許", "蔡", "林", "王", "李", "蕭", "葉"]
TR_GIVEN = ["偉", "華", "龍", "麗", "國", "強", "傑", "婷", "寶", "鳳", "詩", "嘉", "穎",
            "誠", "銘", "豪", "佩", "怡", "雅", "俊", "志", "瑋", "慧", "軒", "賢"]
UY_GIVEN = ["阿卜杜拉", "古丽米拉", "热依拉", "买买提江", "迪丽努尔", "艾尔肯", "努尔兰",
            "阿依古丽", "米日古丽", "帕尔哈提", "玉苏甫", "阿力木", "布合力其", "祖丽皮亚",
            "吐尔洪", "再努尔", "依明江", "排尔达"]
UY_FATHER = ["买买提", "艾买提", "吐尔逊", "阿不都拉", "艾力", "吾斯曼", "哈力木",
             "热合曼", "艾则孜", "沙吾提", "亚森", "卡德尔", "托合提", "肉孜"]
TIBMON = ["扎西次仁", "次仁卓玛", "格桑央金", "达瓦顿珠", "巴特尔", "其其格",
          "乌日娜", "斯琴图雅", "阿拉坦仓", "朝鲁门", "索朗旺姆", "洛桑丹增"]
YI = ["吉克·阿依", "阿硕·伍各", "海来·木呷", "沙马·拉则"]
DOTS = ["·", "•", "・"]
NAME_BLACK = {"金华", "高明", "高超", "文静", "江华", "海明", "黄海", "江海", "程明",
              "马超", "周杰", "李宁", "高强", "方明", "高平", "方华", "海华", "文华",
              "石林", "林海", "江涛", "孟浩", "黎明", "白雪", "夏雨", "韩红", "毛毛",
              "龙华", "雷鸣", "刘强", "李娜", "马云", "白云", "向阳", "金鑫", "安然",
              "高峰", "石磊", "丁香", "田园", "武汉", "余杭", "于是", "万能", "方圆",
              "平安", "华夏", "高洁", "常春", "金星", "程序", "江宁", "罗平", "史诗",
              "史玉", "白露", "金凤", "石涛", "高兴", "夏天", "宁波", "海宁", "文成",
              "建国", "国庆", "万福", "龙凤", "兰州", "杨凌", "秦岭", "宋城", "向明",
              "钟楼", "孔明", "诸葛亮", "金玉", "夏至", "白洋", "汪洋", "武宁"}


class Gen:
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- names -------------------------------------------------------
    def common2(self):
        s = self.pick(SUR)[0]
        return s + self.pick(GIVEN)[0] + self.pick(GIVEN)[0]

    def common1(self):
        return self.pick(SUR)[0] + self.pick(GIVEN)[0]

    def name(self, form=None):
        r = self.r
        if form is None:
            x = r.random()
            form = ("c2" if x < 0.50 else "c1" if x < 0.66 else "comp" if x < 0.74 else
                    "rare" if x < 0.81 else "min" if x < 0.86 else "sp" if x < 0.91 else
                    "tr" if x < 0.96 else "py")
        if form == "c2":
            v = self.common2()
        elif form == "c1":
            v = self.common1()
        elif form == "comp":
            v = self.pick(COMPOUND) + "".join(self.pick(GIVEN)[0] for _ in range(r.choice([1, 2, 2])))
        elif form == "rare":
            v = self.pick(RARE) + "".join(self.pick(GIVEN)[0] for _ in range(r.choice([1, 2, 2])))
        elif form == "min":
            x = r.random()
            if x < 0.7:
                v = self.pick(UY_GIVEN) + self.pick(DOTS) + self.pick(UY_FATHER)
            elif x < 0.9:
                v = self.pick(TIBMON)
            else:
                v = self.pick(YI)
        elif form == "sp":
            base = self.r.choice([self.common2(), self.pick(COMPOUND) + self.pick(GIVEN)[0] + self.pick(GIVEN)[0]])
            sep = self.r.choice([" ", " ", "\u3000"])
            if base[:2] in COMPOUND:
                v = base[:2] + sep + base[2:]
            elif r.random() < 0.5:
                v = sep.join(base)
            else:
                v = base[0] + sep + base[1:]
        elif form == "tr":
            v = self.pick(TR_SUR) + "".join(self.pick(TR_GIVEN) for _ in range(r.choice([1, 2, 2])))
        elif form == "py":
            v = self.pinyin_name()
        else:
            raise ValueError(form)
        return v, form

    def pinyin_name(self):
        s = self.pick(SUR)[1]
        g = "".join(self.pick(GIVEN)[1] for _ in range(self.r.choice([1, 2, 2])))
        st = self.r.randrange(6)
        if st == 0:
            return s.capitalize() + " " + g.capitalize()
        if st == 1:
            return s.upper() + " " + g.capitalize()
        if st == 2:
            return g.capitalize() + " " + s.capitalize()
        if st == 3:
            return s.upper() + " " + g.upper()
        if st == 4:
            return s + " " + g
        return g.capitalize() + " " + s.upper()

    def masked(self):
        s = self.pick(SUR)[0]
        g1, g2 = self.pick(GIVEN)[0], self.pick(GIVEN)[0]
        st = self.r.randrange(7)
        if st == 0:
            return s + "*" + g2, "X*Y"
        if st == 1:
            return s + "**", "X**"
        if st == 2:
            return s + "*", "X*"
        if st == 3:
            return "*" + g1 + g2, "*YZ"
        if st == 4:
            return "**" + g2, "**Y"
        if st == 5:
            return s + "x" + g2, "XxY"
        return s + "〇" + g2, "X〇Y"

    # ---- numbers -----------------------------------------------------
    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def mobile(self, need_zero=False):
        pre = self.pick(["130", "131", "132", "133", "135", "136", "137", "138", "139",
                         "150", "151", "152", "153", "155", "156", "157", "158", "159",
                         "166", "176", "177", "178", "180", "181", "182", "183", "185",
                         "186", "187", "188", "189", "191", "195", "198", "199"])
        while True:
            m = pre + "".join(self.r.choice("0123456789") for _ in range(8))
            if not need_zero or m.count("0") >= 1:
                return m

    def phone(self):
        m = self.mobile()
        st = self.r.randrange(6)
        if st == 0:
            return m, "plain"
        if st == 1:
            return m[:3] + " " + m[3:7] + " " + m[7:], "344"
        if st == 2:
            return m[:3] + "-" + m[3:7] + "-" + m[7:], "dash"
        if st == 3:
            return "+86 " + m, "+86"
        if st == 4:
            return m, "plain"
        return m[:3] + " " + m[3:7] + " " + m[7:], "344"

    EMO_SEP = ["🌸", "⭐", "🍑", "❤", "🔥", "✨", "🍀", "🐷", "💰", "🌟", "☁️", "🍓"]
    CN_DIG = {"0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五",
              "6": "六", "7": "七", "8": "八", "9": "九"}
    KEYCAP = {d: d + "\ufe0f\u20e3" for d in "0123456789"}

    def hard_phone(self):
        r = self.r
        st = r.randrange(10)
        if st == 0:
            m = self.mobile()
            return " ".join(m), "every-digit spaced"
        if st == 1:
            m = self.mobile()
            e = self.pick(self.EMO_SEP)
            return m[:3] + e + m[3:7] + e + m[7:], "emoji between groups"
        if st == 2:
            m = self.mobile()
            i = r.randrange(4, 9)
            return m[:i] + self.pick(self.EMO_SEP) + m[i:], "one emoji inside"
        if st == 3:
            m = self.mobile()
            return m[:3] + "·" + m[3:7] + "·" + m[7:], "split by ·"
        if st == 4:
            m = self.mobile(need_zero=True)
            z = self.pick(["〇", "零", "🈚", "🈚️", "O", "o"])
            return m.replace("0", z), "zero as 〇/零/🈚/O"
        if st == 5:
            m = self.mobile()
            out = "".join(self.CN_DIG[c] for c in m)
            if r.random() < 0.5:
                out = out.replace("一", "幺")
            return out, "Chinese numerals"
        if st == 6:
            m = self.mobile()
            return "".join(self.KEYCAP[c] for c in m), "keycap emoji"
        if st == 7:
            m = self.mobile()
            return "".join(chr(0xFF10 + int(c)) for c in m), "full-width"
        if st == 8:
            m = self.mobile(need_zero=True)
            s = m[:3] + " " + m[3:7] + " " + m[7:]
            return s.replace("0", self.pick(["〇", "零"])), "spaced + 〇/零"
        m = self.mobile()
        return m[:3] + "-" + m[3:7] + "-" + m[7:], "dash"

    def landline(self):
        area = self.pick(["010", "020", "021", "0755", "0571", "028", "027", "0731", "0371", "0531"])
        n = self.digits(8, "2345678")
        st = self.r.randrange(3)
        if st == 0:
            return area + "-" + n
        if st == 1:
            return "(" + area + ")" + n
        return area + " " + n[:4] + " " + n[4:]

    def qq(self):
        return self.digits(self.r.choice([8, 9, 9, 10, 10]))

    def hard_qq(self):
        q = self.qq()
        st = self.r.randrange(4)
        if st == 0:
            return q, "plain"
        if st == 1:
            return " ".join(q), "every-digit spaced"
        if st == 2:
            i = self.r.randrange(3, len(q) - 2)
            return q[:i] + self.pick(self.EMO_SEP) + q[i:], "emoji inside"
        return q[:3] + "·" + q[3:6] + "·" + q[6:], "split by ·"

    def wechat(self):
        r = self.r
        st = r.randrange(5)
        if st == 0:
            return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12)), "wxid"
        if st == 1:
            s, g = self.pick(SUR)[1], self.pick(GIVEN)[1] + self.pick(GIVEN)[1]
            return s + g + r.choice(["", "_", ""]) + str(r.randrange(1975, 2006)), "pinyin+year"
        if st == 2:
            w = self.pick(["xiaoyu", "tiantian", "momo", "lucky", "sunny", "kiki", "leo", "ahao",
                           "coco", "mumu", "dudu", "xixi", "nana", "kevin", "amy", "jack"])
            return w + r.choice(["_", "", "-"]) + str(r.randrange(100, 99999)), "word+digits"
        if st == 3:
            return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randrange(3, 6))) + str(r.randrange(1000, 999999)), "letters+digits"
        s = self.pick(SUR)[1].capitalize()
        return s + r.choice(["_", ""]) + self.pick(["fa", "lvshi", "xieshang", "fw", "hz", "kefu"]) + str(r.randrange(10, 9999)), "pinyin+role"

    def luhn_digit(self, s):
        tot = 0
        for i, c in enumerate(reversed(s)):
            d = int(c)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        return str((10 - tot % 10) % 10)

    def card_digits(self):
        pre = self.pick(["622202", "622848", "621700", "622588", "621483", "623668",
                         "622609", "621226", "622700", "621661", "625967", "622260",
                         "436742", "622908", "621799", "628288"])
        n = self.r.choice([16, 19, 19])
        body = pre + "".join(self.r.choice("0123456789") for _ in range(n - len(pre) - 1))
        return body + self.luhn_digit(body)

    def card(self):
        c = self.card_digits()
        st = self.r.randrange(5)
        if st == 0:
            return c, "plain"
        if st == 1:
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "spaced by 4"
        if st == 2:
            return "-".join(c[i:i + 4] for i in range(0, len(c), 4)), "dashed"
        if st == 3:
            e = self.pick(self.EMO_SEP)
            return e.join(c[i:i + 4] for i in range(0, len(c), 4)), "emoji between groups"
        return c[:6] + " " + c[6:], "6+rest"

    def card_masked(self):
        c = self.card_digits()
        st = self.r.randrange(3)
        if st == 0:
            return c[:4] + " **** **** " + c[-4:]
        if st == 1:
            return c[:6] + "*" * (len(c) - 10) + c[-4:]
        return c[:4] + "****" + c[-4:]

    AREAS = ["110105", "310115", "440106", "440305", "330106", "510107", "420106",
             "430104", "410105", "370102", "610113", "450103", "530102", "500103",
             "320106", "350203", "130102", "210102", "340104", "360102"]

    def id_digits(self):
        area = self.pick(self.AREAS)
        y = self.r.randrange(1965, 2004)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        seq = "%03d" % self.r.randrange(1, 999)
        body = area + "%04d%02d%02d" % (y, m, d) + seq
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(a) * b for a, b in zip(body, w)) % 11
        return body + "10X98765432"[s]

    def idn(self):
        v = self.id_digits()
        st = self.r.randrange(5)
        if st == 0 or st == 1:
            return v, "plain"
        if st == 2:
            return v[:6] + " " + v[6:14] + " " + v[14:], "spaced 6-8-4"
        if st == 3:
            e = self.pick(self.EMO_SEP)
            return v[:6] + e + v[6:14] + e + v[14:], "emoji 6-8-4"
        return v.replace("X", "x"), "plain lower x"

    def id_masked(self):
        v = self.id_digits()
        st = self.r.randrange(2)
        if st == 0:
            return v[:4] + "*" * 10 + v[-4:]
        return v[:6] + "********" + v[-4:]

    PROV_CITY = [("广东省", "深圳市", ["南山区", "福田区", "龙岗区", "宝安区"]),
                 ("广东省", "广州市", ["天河区", "白云区", "番禺区", "海珠区"]),
                 ("浙江省", "杭州市", ["西湖区", "余杭区", "拱墅区", "滨江区"]),
                 ("四川省", "成都市", ["武侯区", "锦江区", "成华区", "郫都区"]),
                 ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
                 ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
                 ("河南省", "郑州市", ["金水区", "中原区", "二七区"]),
                 ("山东省", "济南市", ["历下区", "槐荫区", "天桥区"]),
                 ("江苏省", "南京市", ["鼓楼区", "江宁区", "玄武区"]),
                 ("陕西省", "西安市", ["雁塔区", "未央区", "长安区"]),
                 ("福建省", "厦门市", ["思明区", "湖里区", "集美区"])]
    ROADS = ["建设路", "人民路", "解放路", "中山路", "文化路", "新华路", "幸福路", "青年路",
             "学府路", "光明街", "胜利路", "迎宾大道", "滨江路", "花园路", "工农路"]
    ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "碧桂园", "金色港湾", "龙湖春江郦城", "万科城",
               "保利香槟国际", "绿地新都会", "恒大名都", "橡树湾", "御景湾", "东方家园", "书香门第"]
    VILLAGES = ["大王庄村", "小河村", "石桥村", "新丰村", "李家湾村", "红星村", "东坡村"]
    TOWNS = ["城关镇", "新集镇", "马庄镇", "白沙镇", "清水镇"]

    def address(self):
        r = self.r
        p, c, ds = self.pick(self.PROV_CITY)
        d = self.pick(ds)
        st = r.randrange(6)
        if st == 0:
            return p + c + d + self.pick(self.ROADS) + str(r.randrange(1, 999)) + "号", "province-road-号"
        if st == 1:
            return (c + d + self.pick(self.ESTATES) + str(r.randrange(1, 30)) + "栋" +
                    str(r.randrange(1, 6)) + "单元" + str(r.randrange(1, 33)) + "0" + str(r.randrange(1, 5)) + "室"), "city-estate-栋-单元-室"
        if st == 2:
            return (self.pick(self.ESTATES) + str(r.randrange(1, 30)) + "号楼" +
                    str(r.randrange(1, 6)) + "单元" + str(r.randrange(101, 2405))), "estate-号楼-单元"
        if st == 3:
            return (c + " " + d + " " + self.pick(self.ROADS) + " " + str(r.randrange(1, 999)) + "号 " +
                    self.pick(self.ESTATES) + " " + str(r.randrange(1, 30)) + "-" + str(r.randrange(101, 2405))), "spaced"
        if st == 4:
            return (p + self.pick(["信阳市光山县", "周口市淮阳区", "赣州市于都县", "邵阳市隆回县", "南充市仪陇县"]) +
                    self.pick(self.TOWNS) + self.pick(self.VILLAGES) + str(r.randrange(1, 12)) + "组"), "village"
        return (d + self.pick(self.ROADS) + str(r.randrange(1, 999)) + "号" + self.pick(self.ESTATES) +
                str(r.randrange(1, 30)) + "栋" + str(r.randrange(101, 3305))), "district-road-estate"

    PLATE_PRE = ["粤B", "粤A", "浙A", "川A", "鄂A", "湘A", "豫A", "鲁A", "苏A", "陕A", "闽D", "京N", "沪C", "渝B"]

    def plate(self):
        r = self.r
        pre = self.pick(self.PLATE_PRE)
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if r.random() < 0.25:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice(letters + "0123456789" * 3) for _ in range(5))
            if not any(ch.isdigit() for ch in tail):
                tail = tail[:4] + "7"
        sep = r.choice(["", "·", " ", "", "·"])
        return pre + sep + tail

    def email(self):
        r = self.r
        st = r.randrange(4)
        dom = self.pick(["qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com", "outlook.com", "139.com"])
        if st == 0:
            return self.qq() + "@qq.com"
        if st == 1:
            return self.pick(SUR)[1] + self.pick(GIVEN)[1] + str(r.randrange(1, 9999)) + "@" + dom
        if st == 2:
            return self.pick(SUR)[1] + "." + self.pick(GIVEN)[1] + self.pick(GIVEN)[1] + "@" + dom
        return self.pick(["lvshi", "fawu", "law", "xieshang", "tiaojie", "cuishou"]) + str(r.randrange(10, 99999)) + "@" + dom

    def handle(self):
        r = self.r
        s, g = self.pick(SUR)[1], self.pick(GIVEN)[1] + (self.pick(GIVEN)[1] if r.random() < 0.7 else "")
        st = r.randrange(6)
        if st == 0:
            return s + g + str(r.randrange(1975, 2008))
        if st == 1:
            return s.capitalize() + "_" + g.capitalize()
        if st == 2:
            return s + g + "_" + "%04d" % r.randrange(101, 1231)
        if st == 3:
            return g + "." + s + self.pick(["", ".sz", ".gz", ".cd", "_hz"])
        if st == 4:
            return s.capitalize() + g.capitalize() + str(r.randrange(1, 999))
        return "xiao" + g + "_" + s + str(r.randrange(10, 99))

    def uid(self):
        r = self.r
        st = r.randrange(3)
        if st == 0:
            return self.digits(10, "23567"), "小红书号/抖音号 digits"
        if st == 1:
            return "dy" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.randrange(7, 11))), "抖音号 dy…"
        return self.digits(9, "123456789"), "9 digits"

    def weibo_uid(self):
        return self.digits(10, "1235567")

    def gonghao(self):
        r = self.r
        st = r.randrange(5)
        if st == 0:
            return "A" + str(r.randrange(1000, 9999))
        if st == 1:
            return "CS" + str(r.randrange(10000, 99999))
        if st == 2:
            return str(r.randrange(1000, 99999))
        if st == 3:
            return self.pick(["HN", "SZ", "GZ", "CD", "WH"]) + "-" + "%04d" % r.randrange(1, 9999)
        return "K" + str(r.randrange(100, 9999))

    def tousu(self):
        return "17" + self.digits(9, "3")

    def order(self):
        r = self.r
        return self.pick(["3", "2", "1"]) + "".join(r.choice("0123456789") for _ in range(r.choice([17, 18])))

    def kuaidi(self):
        r = self.r
        st = r.randrange(3)
        if st == 0:
            return "SF" + self.digits(13)
        if st == 1:
            return "YT" + self.digits(13)
        return "JT" + self.digits(13)

    def zfb(self):
        if self.r.random() < 0.6:
            m = self.mobile()
            if self.r.random() < 0.3:
                return m[:3] + "****" + m[7:], "phone", "masked mobile"
            return m, "phone", "mobile"
        return self.email(), "email", "email"


# ---------------------------------------------------------------- fillers
LENDERS = ["平安普惠", "招联金融", "马上消费金融", "中银消费金融", "捷信", "度小满", "分期乐",
           "安逸花", "360借条", "美团生活费", "京东金条", "借呗", "花呗", "微粒贷", "宜人贷",
           "拍拍贷", "你我贷", "小赢卡贷", "还呗", "洋钱罐", "众安小贷", "放心借", "好分期",
           "榕树贷款", "省呗", "维信卡卡贷", "苏宁任性付", "兴业消费金融", "中原消费金融",
           "锦程消费金融", "哈啰借钱", "滴滴金融", "携程借去花", "抖音放心借", "快手有钱花"]
BANKS = ["招商银行", "中国工商银行", "建设银行", "交通银行", "浦发银行", "中信银行", "广发银行",
         "光大银行", "民生银行", "兴业银行", "平安银行", "华夏银行", "农业银行", "中国银行", "邮储银行"]
OFFICIAL = ["黑猫投诉", "微博客服", "微博管理员", "人民网", "新浪财经", "央视财经", "中国消费者协会",
            "平安普惠官方微博", "招联金融官方微博", "小红书薯管家", "抖音小助手", "12315"]
PLATS = ["黑猫投诉", "微博", "小红书", "抖音", "快手", "贴吧", "知乎", "豆瓣", "12315", "12378"]
TOPICS = ["反暴力催收", "网贷逾期", "负债上岸", "征信修复骗局", "反催收", "逾期互助", "曝光暴力催收",
          "债务协商", "信用卡逾期", "网贷上岸日记", "避雷", "停息挂账", "打工人的负债日常", "上岸倒计时",
          "催收骚扰通讯录", "黑猫投诉", "消费者维权", "防骗指南"]
EMO = ["😭", "😡", "🙏", "😤", "💔", "🤡", "😅", "👍", "🆘", "❗️", "😮‍💨", "🥲", "😰", "💢", "👀", "🤬"]
EMONAME = ["[流泪]", "[怒]", "[允悲]", "[捂脸]", "[doge]", "[二哈]", "[吃瓜]", "[微笑]", "[裂开]",
           "[哭哭]", "[抓狂]", "[费解]", "[汗]", "[摊手]", "[笑cry]", "[衰]"]
PROVS = ["广东", "浙江", "北京", "上海", "江苏", "四川", "湖南", "湖北", "河南", "山东", "福建",
         "陕西", "重庆", "辽宁", "广西", "云南", "安徽", "江西", "河北", "天津", "海南", "美国", "日本"]
CITIES = ["深圳", "杭州", "成都", "武汉", "长沙", "郑州", "济南", "西安", "南宁", "昆明", "重庆",
          "广州", "苏州", "合肥", "南昌", "东莞", "佛山", "石家庄", "贵阳", "太原"]
NICKS = ["吃土少女", "一只咸鱼", "奶茶三分糖", "上岸的小猪", "负债小白", "今天也要努力", "不吃香菜",
         "熬夜冠军", "打工人阿呆", "momo", "橘子汽水", "躺平青年", "月光族本族", "小透明", "路人甲",
         "柠檬不萌", "芒果布丁", "用户已注销", "努力上岸中", "西瓜味的夏", "早睡早起", "emo怪",
         "一颗卤蛋", "追风少年", "快乐星球", "晚风", "小熊软糖", "无名之辈", "夜猫子", "咸鱼翻身ing"]
ITEMS = ["iPhone 13", "二手电动车", "Switch游戏机", "婴儿推车", "笔记本电脑", "单反相机",
         "戴森吹风机", "金项链", "iPad Pro", "山地自行车", "LV包包", "空调挂机"]
VXP = ["vx：", "VX:", "v：", "V❤ ", "薇：", "薇信 ", "威信：", "wx：", "微信：", "微信号 ",
       "➕V ", "+v ", "绿泡泡：", "卫星：", "V信 "]
QQP = ["QQ：", "qq ", "扣扣：", "企鹅号：", "Q：", "扣：", "QQ号 "]
STATUS = ["处理中", "已解决", "已回复", "已完成", "待分配", "商家处理中"]
REQS = ["停止暴力催收", "停止骚扰家人", "退还砍头息", "协商分期还款", "减免罚息", "删除违规催收记录",
        "道歉并赔偿", "停息挂账", "退还多收利息", "核实债务"]


def amount(r):
    x = r.random()
    if x < 0.4:
        return str(r.randrange(5, 300) * 100)
    if x < 0.6:
        v = r.randrange(1000, 90000)
        return "{:,}".format(v)
    if x < 0.8:
        return str(r.randrange(1, 40)) + "." + str(r.randrange(0, 10)) + "万"
    return "%d.%02d" % (r.randrange(100, 30000), r.randrange(0, 100))


def date(r):
    st = r.randrange(4)
    if st == 0:
        return "2026-%02d-%02d" % (r.randrange(1, 12), r.randrange(1, 29))
    if st == 1:
        return "%d月%d日" % (r.randrange(1, 12), r.randrange(1, 29))
    if st == 2:
        return "%02d-%02d" % (r.randrange(1, 12), r.randrange(1, 29))
    return r.choice(["昨天", "前天", "今天", "上周三", "3天前", "2小时前"])


# ---------------------------------------------------------------- templates
# Labelled placeholders (kind):
LABELLED = {
    "A": "name", "B": "name", "C": "name", "D": "name", "PY": "name", "MK": "name",
    "TRN": "name", "MN": "name", "SPN": "name",
    "PH": "phone", "PH2": "phone", "PHX": "phone", "PHX2": "phone", "PHL": "phone",
    "WX": "wechat", "WX2": "wechat", "QQ": "qq", "QQX": "qq",
    "ID": "id_number", "IDM": "id_number",
    "CARD": "bank_card", "CARDM": "bank_card",
    "ADDR": "address", "PL": "plate", "EM": "email",
    "HD": "account", "UID": "account", "UIDW": "account", "GH": "account",
    "TS": "account", "ORD": "account", "KD": "account",
    "ZFB": None,  # phone or email by shape
}

T = OrderedDict()
T["weibo"] = [
    "#{topic}# 今天又被{lender}的催收轰炸了，自称{A}的人一天打了{n}个电话，号码{PH}，有没有同样遭遇的家人们{emo}",
    "@{official} 你们平台的催收{A}，工号{GH}，辱骂我家人，请给个说法！#暴力催收#",
    "{A}你别再打我妈电话了，{PH}这个号我已经截图发{plat}了 #{topic}#",
    "救命{emoname}{lender}的{A}说今天不还就上门，还把我身份证号{ID}发到我同事群里，这合法吗？",
    "转发抽奖不如转发这个：冒充{bank}客服的骗子，收款卡{CARD}，户名{A}，大家避雷！！",
    "#{topic}#超话 打卡第{n}天，今天{A}又来电，我直接说已投诉到黑猫，他挂了{emo}",
    "微博私信收到的：“你好，我是{lender}贷后{A}，你的欠款已转法务，联系{PH}”，大家看看是不是诈骗",
    "求扩散🙏 骗子{A}，{vxp}{WX}，以帮忙停催为名骗了我{amt}元",
    "{lender}的{A}把我照片P了发到朋友圈，我已报警，报警回执都有。#{topic}#",
    "真的会谢{emoname} {A}打给我领导{B}，说我欠钱不还，现在全公司都知道了",
    "晚上十一点还打电话的{A}（{PH}），你们{lender}没有下班时间吗 @{official}",
    "有没有人认识{A}？{city}的，自称{lender}外包，手机{PHX}，{vxp}{WX}",
]
T["repost"] = [
    "转发微博 //@{A}:我也被这个号{PH}骚扰过 //@{nick}:避雷",
    "//@{A}:同款催收，{lender}的 //@{B}:顶上去 //@{official}:已关注",
    "说得对//@{A}: 催收不能联系通讯录里的无关人员，{B}你可以直接投诉",
    "回复@{A}:我也是{lender}，打的是{PH}吗？//@{A}:求问{lender}协商有用吗",
    "//@{nick}:马了 //@{A}:我表姐{B}也被骚扰了，人家根本不认识借款人",
    "帮转//@{A}:寻人：{B}，欠我{amt}元跑了，{city}人，电话{PHX}",
    "转发理由：{emoname}{emoname} //@{A}：这个{lender}的催收{B}工号{GH}，录音都在",
    "//@{HD}:楼上说的对 //@{A}:谁有{lender}的官方投诉电话",
    "转发 //@{A}: 我朋友{B}就是这么被骗的，对方{qqp}{QQ}",
    "//@{A}:赞同 //@{B}:赞同 //@{C}:原博说的{lender}我也在还",
    "轉發 //@{TRN}：同樣被{lender}騷擾，對方自稱律師",
]
T["xhs"] = [
    "宝子们救救我😭 催收{A}说要给我爸{B}打电话，我该怎么办\n{nick}\n{date} IP属地：{prov}",
    "{A}的日常\n{date} {prov}\n姐妹们避雷{lender}！！催收打到我单位前台了",
    "评论区：{A}：我也是被{PH}这个号打爆了\n作者回复：宝子去黑猫投诉",
    "笔记：网贷上岸第{n}天✨ 之前天天被{lender}的{A}骚扰，现在协商成功分{n2}期了\nIP属地：{prov}",
    "💡避雷帖｜{lender}催收{A}\n📞{PHX}\n🏠说要上门到{ADDR}\n姐妹们看到这个号直接挂！",
    "{nick}回复{A}：宝，他们打你紧急联系人是违规的，直接12378",
    "小红书号：{UID}\n主页有我整理的{lender}协商话术，私信别发我真名哈",
    "😭😭 家人们谁懂啊，催收把我和男朋友{A}的合照发到他家族群了",
    "姐妹{A}说她也被同一个号码骚扰，{PHX}，大家互相提醒一下🙏",
    "求助帖 | 收到{lender}法务{A}的短信说要起诉，案号都没有，是不是吓唬人 IP属地：{prov}",
    "{A}🌷\n{date} IP属地：{prov}\n回复 {nick}：我也是{lender}，协商了三次才成",
]
T["douyin"] = [
    "{A}：我也是这个{lender}，天天打 {emo}\n作者赞过",
    "抖音号{UID} 私信我，教你怎么投诉{lender}催收",
    "@{A} 快看，这不就是上次打你电话那个{B}吗",
    "置顶评论：视频里那个催收员叫{A}，工号{GH}，已经投诉了",
    "快手评论：{A}🐶 我前年也在{lender}借过，后来{B}帮我协商减免了",
    "{nick}：主播能不能帮我看看这个号{PHX}是不是{lender}的",
    "回复 {A}：别信那些说能停催的，都是骗子，我被骗了{amt}",
    "作者回复@{A}：私信发我截图，名字打码就行",
    "{A}的妈妈：我儿子欠的钱为什么天天打我电话 [流泪]",
    "看完视频我才知道{A}（那个自称{lender}法务的）根本不是律师",
    "{nick}\n{A}说的那个“征信修复”就是骗局，他收了我{amt}\n{date} · {prov} 回复",
]
T["tieba"] = [
    "1楼 {A}\n楼主被{lender}催收了，求吧友支招\n2楼 {nick}\n沙发，蹲一个后续",
    "回复 {A}：你那个是外包，直接问他工号，他叫{B}的话就是上次那个",
    "{n}楼 楼主 {A}：更新一下，今天{B}又打来了，号码{PH}",
    "{n}楼\n{A}：顶，{lender}的{B}也打给过我",
    "回复 {nick} ：我记得催我的是{A}，不是{B}",
    "楼主{A}被骗了，骗子收款支付宝{ZFB}，大家别再上当",
    "吧务提醒：禁止发他人电话，{A}你发的{PH}已删",
    "贴吧ID {HD}：我整理了一份{lender}各地区催收外包名单",
    "{n}楼 {A}\n我老家在{ADDR}，催收都找上门了，真的离谱",
    "回复 {A} :楼上{B}说的对，打12378比打客服管用",
    "楼中楼 {A} 回复 {B}：你说的那个{lender}的群我也在",
]
T["zhihu"] = [
    "谢邀。利益相关：前{lender}催收。我们组长{A}常说的话就是“先吓住再说”。",
    "先说结论：可以投诉。我去年被{A}（自称{lender}委外）骚扰，打了12378后停了。",
    "{A}的回答：作为{city}的律师，建议保留录音。赞同 {n}",
    "知乎用户{A}：催收把我通讯录里的{B}都打了一遍，请问怎么维权？",
    "匿名用户：别信网上的“反催收联盟”，我被其中一个叫{A}的骗了{amt}元，他的微信是{WX}",
    "更新：{date} 今天收到{lender}的协商短信，专员{A}电话{PH}，已经谈下来了。",
    "评论区{A}：我也是这家，分期{n}期，专员叫{B}",
    "编辑于 {date}：有朋友私信问{A}的联系方式，这里统一回复，不提供。",
    "作者：{A}\n链接：知乎\n来源：知乎\n著作权归作者所有。",
    "我舅舅{A}就是被这种平台坑的，借{amt}，还了一倍多",
    "{PY} 在评论里说，他在{lender}做过两年外包催收，KPI就是回款率",
]
T["complaint"] = [
    "【投诉对象】{lender}\n【投诉问题】暴力催收\n【投诉要求】停止骚扰、道歉\n【涉诉金额】{amt}元\n催收员{A}多次拨打我家人{B}电话，号码{PH}。",
    "投诉编号：{TS}\n投诉对象：{lender}\n投诉要求：{req}\n{date} 催收员{A}（工号{GH}）辱骂本人。",
    "黑猫投诉｜{lender}委外机构{A}冒充律师，威胁上门到{ADDR}",
    "投诉人：{A}\n被投诉方：{lender}\n诉求：退还砍头息{amt}元\n联系电话：{PH}",
    "12315投诉：{city}某贷款中介{A}收取服务费{amt}元后失联，其收款卡号{CARD}",
    "官方回复：您好，关于您反映的{A}催收问题，我司已核实并处理。\n状态：已解决",
    "我在黑猫投诉了{lender}，客服{A}打来说给我减免，让我撤诉，大家怎么看",
    "投诉进度：处理中\n商家回复：已安排专员{A}与您联系，请保持{PH}畅通",
    "投诉内容：{date}起，{lender}通过{PH}、{PH2}等号码骚扰我同事{A}、{B}",
    "12378投诉记录：我投诉{bank}信用卡中心外包催收{A}，对方称要上门到我户籍地{ADDR}",
    "补充投诉：对方又用企鹅号{QQ}加我，昵称就叫“{lender}{A}”",
    "【涉诉金额】{amt}元\n【投诉要求】删除我的身份证信息{ID}、退还多扣款项",
    "[投诉] {lender}催收员{A}冒用我表弟{B}的名义借款\n投诉编号 {TS}",
]
T["douban"] = [
    "小组：负债者互助\n标题：被{lender}的{A}骚扰到失眠\n正文：每天早上八点准时来电。",
    "豆瓣网友{A}说她用录音投诉成功了，我来学一下",
    "组长{A}置顶：发帖不要带他人真实姓名和电话！",
    "回应 {A}：我上周也接到自称{B}的电话，说是{lender}法务",
    "加组内互助群请豆邮，不要在帖子里留vx，{A}你那条留了{WX}的已经删了",
    "{date} 更新：和{lender}谈好了，经办人{A}，每月还{amt}",
    "楼主我姐{A}也是这样，最后去{city}法院起诉了中介",
    "豆邮截图：“你好{A}，我是{B}，你欠款的事我们聊聊”",
    "{A}\n{date} {prov}\n谢谢组里姐妹，{lender}终于同意停息挂账了",
]
T["group"] = [
    "群公告：@所有人 近期有人冒充群主{A}私聊借钱，群主不会私聊任何人！骗子{vxp}{WX}",
    "【群公告】本群禁止发广告，违者踢。管理员：{A}、{B}",
    "@全体成员 {A}是骗子，收了大家的“停催费”跑了，{qqp}{QQX}",
    "“{A}”邀请“{B}”加入了群聊",
    "“{A}”撤回了一条消息",
    "{A}修改群名为“{lender}协商互助群”",
    "群主{A}：明晚八点语音分享协商经验，有问题提前@我",
    "你已被“{A}”移出群聊",
    "{A}发起了群收款，每人{amt2}元，备注：律师咨询费",
    "{A}：我把{lender}催收的号码整理了，{PH}、{PH2}都是他们的",
    "群公告\n1. 不许发他人隐私\n2. 有问题找管理员{A}\n3. 谨防冒充{lender}客服的诈骗",
]
T["xianyu"] = [
    "闲鱼｜转卖{item}，急用钱还网贷，{city}同城自提，联系{A}{PH}",
    "卖家：{A}\n宝贝：{item}\n订单编号：{ORD}\n状态：交易成功",
    "我已拍下，收货地址：{ADDR}，收件人{A}，电话{PH}",
    "买家{A}：能便宜点吗\n卖家：已经是最低了，不议价",
    "被闲鱼骗子{A}骗了，他让我加{vxp}{WX}走“担保交易”",
    "转转聊天：{A}：亲，支付宝{ZFB}转我就行，平台手续费太高",
    "闲鱼昵称{nick}，实名{A}，说是卖二手手机，收了钱不发货",
    "发货信息：顺丰{KD}，收件人：{A}，{ADDR}",
    "二手群：出{item}，九成新，有意私{A}，{qqp}{QQX}",
    "闲鱼小法庭：买家{A}说没收到货，但物流{KD}显示已签收",
]
T["live"] = [
    "{A}：主播帮我看看{lender}能不能协商",
    "弹幕：{A} 进入直播间",
    "{A}送出了小心心x{n}",
    "[弹幕] {A}：我被{B}催了一个月了 {emo}",
    "直播连麦，连麦的是{A}，说自己被{lender}起诉了",
    "{A}：666\n{B}：主播说得对\n{nick}：上岸的扣1",
    "感谢{A}的嘉年华！主播今天讲怎么应对{lender}",
    "{A}：家人们别信私信说能“停催”的，我被骗了{amt}",
    "欢迎{A}来到直播间🎉 点点关注不迷路",
]
T["expose"] = [
    "曝光！{lender}委外催收：姓名{A}，工号{GH}，电话{PHX}，这个人专门打通讯录",
    "#曝光催收员{A}# 他自己发我的车牌{PL}，还说知道我住{ADDR}",
    "挂人：{A}，身份证{ID}，冒充{bank}法务骗了我{amt}元",
    "🔥{A}🔥 这个人的{vxp}{WX} {qqp}{QQ} 都是骗子号",
    "骗子{A}的邮箱{EM}，发来的“律师函”全是PS的",
    "{A}（{PY}），自称某国际律所，邮箱{EM}，大家别上当",
    "大家记住这个名字：{A}！{lender}催收里最恶心的一个",
    "曝光一个假“法务”{A}，他给的对公账户其实是个人卡{CARD}",
    "这人叫{A}，在{city}，开{PL}的车，专门帮{lender}上门催收",
    "{A}的电话：{PHX}，{vxp}{WX}，{lender}外包的，骂人特别脏",
    "❗️避雷❗️{MN}，说能帮忙“征信洗白”，收了{amt}就拉黑",
]
T["hardph"] = [
    "有事联系我：{PHX}（{A}）",
    "{vxp}{WX}  备注“协商”，{A}帮你看合同",
    "{vxp}{WX}",
    "{vxp}{WX} {qqp}{QQX}",
    "{vxp}{WX} 专业处理网贷逾期（别信，这就是骗子{A}）",
    "{qqp}{QQX}，昵称{nick}",
    "电话就是{PHX}，打过去是{A}接的",
    "📱{PHX} 📱{PHX2}",
    "收款码名字显示{MK}，支付宝账号{ZFB}",
    "他发的号码是{PHX}，打过去是空号",
    "座机{PHL}，接电话的自称{A}",
]
T["handle"] = [
    "@{HD} 就是你！用小号骂我的{lender}催收",
    "他的小号@{HD}，大号@{A}工作室",
    "微博@{A}律师 在直播讲怎么应对暴力催收",
    "@{A}_{n4} 你发的那个电话{PH}是不是{lender}的？",
    "抖音搜{HD}就能看到他发的催收视频",
    "@{A}的小号 别装了，{lender}的工号{GH}就是你",
    "私信我的是@{HD}，头像是个卡通猫",
    "ins上那个{HD}就是他，照片也是他本人",
    "@{A}同学 上次说的协商模板发我一份🙏",
    "微博UID {UIDW}，每天私信辱骂，已举报",
    "@{SPN} 你的评论被折叠了，去看看",
]
T["masked"] = [
    "催收员自称{MK}，工号{GH}，号码{PH}",
    "收款人显示“{MK}”，卡号{CARDM}",
    "截图里对方名字是{MK}，我打码了一半",
    "黑猫投诉原文：催收人员{MK}多次辱骂投诉人",
    "{MK}（{lender}外包）说今天不还就上门",
    "{MK}，{IDM}，这个人冒充法院",
    "转账记录显示对方是{MK}，{date}收的钱",
    "他的实名是{MK}，支付宝{ZFB}",
    "@{MK} 别再打我电话了",
]
T["kin"] = [
    "{A}的妈妈在评论区说她儿子欠了{lender}{amt}",
    "我是{A}的姐姐，催收打到我这里，我根本不知道他借了钱",
    "{A}他爸：孩子的事我们家长不知道，别再打了",
    "催收把我婆婆{A}的电话都找到了，{PH}",
    "我同事{A}被当成我的紧急联系人，天天被问我在哪",
    "我老公{A}背着我借了{lender}，现在催收打给我",
    "催收打给我表哥{A}和大姨{B}，说我是老赖",
    "我前任{A}用我的身份证{ID}借了{lender}！！",
    "我闺蜜{A}的朋友圈被催收评论了",
    "{A}家属：我们已经在{plat}上投诉了，请{lender}不要再打",
]
T["quote"] = [
    "晒一下今天收到的短信：【{lender}】{A}您好，您的欠款已逾期{n}天，请速联系{PH}处理。",
    "这条短信大家看看：“{A}，你的案件已移交{city}调解中心，请联系调解员{B}{PH}”",
    "收到的：{A}先生，你再不处理我们将联系你的紧急联系人{B}。",
    "截图内容：尊敬的{A}，您在{lender}的借款已逾期，请还款至{CARD}",
    "发帖记录一下，今天的短信：{A}女士，您的账户存在异常，请添加专员{vxp}{WX}",
    "这种短信是不是诈骗？“{A}您好，您涉嫌恶意逃废债，身份证{ID}已上报”",
]
T["data"] = [
    "这个号{PH}是{lender}的催收，标记一下",
    "谁知道{PHL}是哪家的？一天打三次",
    "催收上门了，就在{ADDR}楼下",
    "车牌{PL}的车在我家门口停了一上午",
    "骗子卡号{CARD}，{bank}的，大家避雷",
    "冒充客服加我的{qqp}{QQ}",
    "发律师函的邮箱{EM}",
    "我身份证{ID}被盗用借了网贷，怎么办",
    "{vxp}{WX}是骗子，说能消除逾期记录",
    "订单号{ORD}，闲鱼买的，结果是假货",
    "标记：{PHX} 冒充{lender}客服 已举报",
]
T["bare"] = [
    "{sur}姐说她也被{lender}催过，后来协商成功了",
    "评论区的小{sur}同学说得对，先投诉再协商",
    "催收员{sur}某某说要联系我单位",
    "{L}先生你好，你的欠款已逾期，请尽快处理",
    "{sur}经理又打来了，还是那套说辞",
    "{sur}女士（{lender}客服）回复说已登记",
    "{sur}律师？查了一下根本没有执业证",
    "老{sur}说他被{lender}起诉了",
    "投诉对象：{lender}\n投诉要求：{req}\n状态：{status}",
]
BARE_USES = 2

NONE_TEXTS = [
    "家人们谁懂啊，今天终于上岸了😭",
    "蹲一个后续👀",
    "沙发！楼主加油",
    "顶顶顶，别沉了",
    "绝绝子，这个方法亲测有效",
    "#反暴力催收# 转发给需要的人",
    "求扩散！遇到暴力催收直接打12378",
    "黑猫投诉已解决，感谢官方介入",
    "投诉对象：平安普惠\n投诉要求：停止骚扰\n状态：处理中",
    "官方回复：您好，已收到您的反馈，将在3个工作日内处理",
    "楼主，你后来协商成功了吗？",
    "马住，慢慢看",
    "[允悲][允悲][允悲]",
    "宝子们，记得保存通话录音",
    "避雷！别信任何“征信修复”广告",
    "鲁迅说过：真的猛士，敢于直面惨淡的人生。欠债也一样",
    "诸葛亮借东风，我借网贷，结局都挺惨",
    "孙悟空都逃不出如来佛的手掌心，逾期也逃不出征信",
    "人在江湖飘，哪能不挨刀[捂脸]",
    "王炸来了：招联金融同意停息挂账了",
    "张嘴就是“你的案子已经立案”，吓唬谁呢",
    "李代桃僵那一套别对我用",
    "黄牛号别来私信我",
    "白嫖的经验贴，先收藏了",
    "马甲号别跳，一眼假",
    "钱包空空，心也空空",
    "高赞回答说得很清楚了：先投诉再协商",
    "周报写完了，欠款还没还完",
    "石锤了，这就是外包催收",
    "安利一个查征信的官方渠道：中国人民银行征信中心",
    "何必呢，好好协商不行吗",
    "方便的话私信交流，别在评论区留联系方式",
    "万能的网友们，协商还款到底怎么谈？",
    "于心不忍，但还是要提醒大家别借网贷",
    "向上滑查看更多评论",
    "许愿年底前上岸🙏",
    "程序员负债三十万，现在每月还一万二",
    "江湖救急，在线等",
    "金句：不接陌生电话，一切以官方为准",
    "宋体打印的“律师函”，一看就是假的",
    "毛病真多，客服电话永远打不通",
    "常驻超话的都知道，协商要找官方客服",
    "沈阳的家人们，有人去过当地金融监管局吗",
    "林林总总算下来，利息比本金还高",
    "陈年旧账也会上征信吗？",
    "韩剧看多了，以为催收都很有礼貌",
    "杨梅季到了，可我只想还钱",
    "冯唐易老，李广难封，我只想上岸",
    "雷锋精神值得学习，但借钱给别人要谨慎",
    "包青天在世也管不了这些高利贷",
    "一整个无语住，客服说“系统问题”",
    "蚌埠住了，催收说要“爆通讯录”",
    "已举报，已拉黑，已投诉",
    "12315和12378都打过了，在等回复",
    "IP属地：广东",
    "发布于 11-23 IP属地：浙江",
    "3楼 楼主\n更新：已协商成功",
    "此楼层已被删除",
    "该评论已折叠",
    "作者赞过",
    "热评第一说得太对了",
    "转发微博",
    "超话签到第100天",
    "抖音小助手：该视频涉及敏感信息，已隐藏",
    "闲鱼交易成功，已确认收货",
    "群公告：禁止发他人隐私，违者移出",
    "@所有人 今晚八点语音分享协商经验",
    "感谢老铁的嘉年华！",
    "上岸的扣1，没上岸的扣2",
    "知乎：谢邀，人在上海，刚下飞机",
]

NICK_FREE_SURNAMES = [s for s, _ in SUR]


# ---------------------------------------------------------------- preserve
SLANG = ["超话", "楼主", "沙发", "板凳", "地板", "顶", "蹲一个", "绝绝子", "家人们", "避雷",
         "黑猫投诉", "投诉对象", "已解决", "处理中", "官方回复", "宝子们", "姐妹们", "兄弟们",
         "老铁", "yyds", "破防了", "上岸", "哭死", "栓Q", "谢邀", "马住", "码住", "插眼", "吃瓜",
         "求扩散", "已举报", "已拉黑", "互关", "回关", "私信", "已赞", "转发", "评论", "收藏",
         "点赞", "双击", "关注", "取关", "置顶", "热评", "楼中楼", "水贴", "灌水", "潜水", "冒泡",
         "打卡", "签到", "求助", "干货", "经验贴", "避坑", "血泪教训", "亲测有效", "无语子",
         "蚌埠住了", "真的会谢", "一整个无语住", "集美", "扣1", "扣2", "666", "哈哈哈哈",
         "求带", "同问", "同款", "同求", "蹲后续", "已阅", "路过", "围观", "前排", "火钳刘明",
         "楼上说得对", "楼下继续", "作者赞过", "作者回复", "展开", "收起", "查看更多回复",
         "该评论已删除", "此楼层已被删除", "该内容已被折叠", "发布于", "编辑于", "IP属地",
         "赞同", "反对", "匿名用户", "知乎用户", "回应", "豆邮", "小组", "组长", "置顶帖",
         "精华帖", "吧务", "吧主", "小吧主", "弹幕", "连麦", "小心心", "嘉年华", "直播间",
         "点点关注不迷路", "群公告", "@所有人", "@全体成员", "撤回了一条消息", "群收款",
         "已确认收货", "交易成功", "等待卖家发货", "小刀", "包邮", "不议价", "同城自提",
         "擦边", "种草", "拔草", "安利", "白嫖", "暴雷", "爆通讯录", "停催", "停息挂账",
         "个性化分期", "协商还款", "减免罚息", "砍头息", "征信修复", "债务优化", "反催收联盟"]
EMONAMES_ALL = EMONAME + ["[赞]", "[心]", "[good]", "[ok]", "[抱抱]", "[可怜]", "[偷笑]",
                          "[思考]", "[太开心]", "[泪]", "[生病]", "[晕]", "[挖鼻]", "[憧憬]"]
PUBLIC = ["国家金融监督管理总局", "中国人民银行征信中心", "中国互联网金融协会", "中国消费者协会",
          "国家反诈中心", "市场监督管理局", "公安局反诈中心", "人民法院", "人民检察院",
          "银行保险消费者投诉维权热线", "12378银保监投诉热线", "12315消费者投诉举报专线",
          "12363金融消费权益保护咨询投诉电话", "96110反诈劝阻专线", "12321网络不良与垃圾信息举报受理中心",
          "110报警", "互联网法院", "仲裁委员会", "司法局", "律师协会", "信访局"]
SURWORDS = ["王炸", "王者荣耀", "张嘴", "张贴", "李子柒螺蛳粉", "黄牛", "黄金周", "白嫖", "白条",
            "马甲", "马上", "钱包", "钱款", "杨梅", "江湖", "金句", "安利", "宋体", "毛病", "常驻",
            "何必", "万能", "于是", "向上滑", "许愿", "石锤", "程序员", "方便", "田园", "林林总总",
            "陈年旧账", "韩剧", "冯唐易老", "周报", "高赞", "高利贷", "孙子兵法", "朱砂痣", "胡说八道",
            "郭德纲相声", "罗生门", "梁山好汉", "谢邀", "唐突", "曹操说曹操到", "彭于晏同款", "曾几何时",
            "田忌赛马", "董事会", "潘多拉", "袁大头", "蔡徐坤粉丝", "蒋公", "余额宝", "杜绝", "叶公好龙",
            "魏晋风度", "苏州园林", "吕布", "丁克", "任性付", "沈阳大街", "姚明同款", "卢浮宫",
            "姜还是老的辣", "崔健的歌", "钟表", "谭咏麟", "陆地", "汪汪队", "范儿", "金条", "石家庄",
            "廖廖数语", "贾宝玉", "夏天", "韦小宝", "付款码", "方言", "邹城", "熊孩子", "孟婆汤",
            "秦始皇", "邱比特", "侯门", "江苏", "尹天仇", "薛定谔的猫", "段子", "雷锋", "龙卷风",
            "黎明前", "史上最强", "陶渊明", "贺卡", "顾客", "毛毛雨", "郝思嘉", "龚琳娜", "邵氏电影",
            "万元", "覃姓", "武大郎", "戴口罩", "孔乙己", "严重逾期", "白月光", "向日葵", "于谦相声"]
# some of these contain public figures (celebrities, historical and fictional people): not personal data
CELEB_LINES = ["鲁迅说过", "李白斗酒诗百篇", "杜甫很忙", "苏轼的东坡肉", "诸葛亮借东风",
               "孙悟空大闹天宫", "猪八戒背媳妇", "林黛玉葬花", "岳飞精忠报国", "包青天断案",
               "雷锋精神", "罗翔老师讲刑法", "周杰伦新歌", "刘德华演唱会", "成龙的电影",
               "易烊千玺同款", "姚明同款球鞋", "郭德纲说相声", "马云说过的话", "李子柒螺蛳粉"]
CORE = [
    "遇到暴力催收先录音再投诉", "不要接陌生号码的视频通话", "催收不能联系无关第三人",
    "协商还款一定要找官方客服", "所有要求转到个人账户的都是诈骗", "征信修复都是骗局",
    "逾期不会坐牢，但要积极还款", "停息挂账可以跟银行协商", "先投诉到黑猫再说",
    "打12378比打客服管用", "网贷上岸第一天", "每个月按时还一点也是态度", "催收说的上门基本是吓唬",
    "保留好通话录音和短信截图", "别信私信说能停催的", "官方回复说已经停止委外催收",
    "投诉后催收电话明显少了", "协商成功分了36期", "减免了全部罚息", "上岸的经验分享给大家",
    "负债不可怕，可怕的是以贷养贷", "先保证基本生活再谈还款", "通讯录权限一定要关掉",
    "不要下载来路不明的借款APP", "砍头息可以要求退还", "利率超过24%的部分可以不还",
    "律师函一般都是催收公司发的", "真正的起诉会有法院的传票", "案号可以在裁判文书网查",
    "银行也可以申请个性化分期", "评论区的家人们说得对", "楼主后续呢", "同款遭遇，抱抱",
    "我也被打了一天电话", "今天又是被催收的一天", "已经投诉到金融监管局了",
    "工作日白天才会打电话", "晚上十点以后打电话可以投诉", "催收骂人可以报警",
    "爆通讯录是违法的", "拒绝任何线下见面", "小心冒充客服的诈骗", "网贷平台的官方APP里能协商",
    "别借新还旧", "记账是上岸的第一步", "信用卡最低还款也要按时还", "先还利息高的那笔",
    "今天打卡还款成功", "离上岸还有三个月", "感谢超话里的姐妹们", "这个话题下的经验贴都很有用",
    "弹幕说得对", "主播讲得很清楚", "群里有人分享了协商模板", "闲鱼卖了点东西还钱",
    "二手群里出闲置还网贷", "挂了所有陌生来电", "打开了骚扰拦截", "手机号标记为催收",
    "催收号码都是虚拟号", "这种都是外包公司打的", "官方客服态度还不错", "黑猫投诉三天就回复了",
    "投诉状态变成已完成了", "商家已回复，等待用户评价", "12315转给了当地市场监管局",
]
PREFIX = ["", "家人们，", "宝子们，", "姐妹们，", "楼主，", "求助：", "避雷：", "#反催收# ",
          "#网贷上岸# ", "转发：", "更新：", "补充一下，", "经验贴｜", "总结：", "回复楼上：",
          "热评：", "弹幕：", "群公告：", "官方回复：", "置顶："]
SUFFIX = ["", "😭", "🙏", "👍", "[允悲]", "[doge]", "！！", "～", "…", "✨", " #避雷#", "（亲测）"]


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        out.append(ch)
    return re.sub(r"\d+", "0", "".join(out))


def load_dedupe():
    texts, lines = [], []
    nfiles = 0
    if not DEDUPE_DIR or not os.path.isdir(DEDUPE_DIR):
        return texts, lines, nfiles
    for fn in sorted(os.listdir(DEDUPE_DIR)):
        if fn in OWN_FILES:
            continue
        p = os.path.join(DEDUPE_DIR, fn)
        if (fn.startswith("scrub_") or fn.startswith("sms_")) and fn.endswith(".jsonl"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.strip()
                    if not ln:
                        continue
                    try:
                        o = json.loads(ln)
                    except ValueError:
                        continue
                    if isinstance(o, dict) and isinstance(o.get("text"), str):
                        texts.append(o["text"])
        elif fn.startswith("scrub_") and "preserve" in fn and fn.endswith(".txt"):
            nfiles += 1
            with open(p, encoding="utf-8") as f:
                for ln in f:
                    ln = ln.rstrip("\n")
                    if ln:
                        lines.append(ln)
    return texts, lines, nfiles


# ---------------------------------------------------------------- build preserve
def build_preserve(rng, other_exact, other_norm, log):
    cands = []  # (class, line)

    def add(cls, s):
        cands.append((cls, s))

    for w in SLANG:
        add("slang", w)
    for e in EMONAMES_ALL:
        add("emoji names", e)
        add("emoji names", e + e)
        add("emoji names", e + e + e)
    for e in EMO:
        add("emoji names", e + e)
    for t in TOPICS:
        add("hashtags", "#" + t + "#")
        add("hashtags", "#" + t + "#超话")
        add("hashtags", t + "超话签到")
        add("hashtags", "#" + t + "# 转发给需要的人")
    for p in PROVS:
        add("IP属地 lines", "IP属地：" + p)
        add("IP属地 lines", "IP属地:" + p)
        for _ in range(2):
            add("IP属地 lines", "发布于 " + date(rng) + " IP属地：" + p)
    for lender in LENDERS:
        for suf in ["官方微博", "官方客服", "贷后管理部", "客服热线", "官方APP", "投诉渠道",
                    "协商还款", "停息挂账", "委外催收", "暴力催收", "已回复", "官方回复", "超话"]:
            add("lender phrases", lender + suf)
        add("complaint fields", "投诉对象：" + lender)
        add("complaint fields", "【投诉对象】" + lender)
        add("complaint fields", "被投诉方：" + lender)
        add("complaint fields", "黑猫投诉｜" + lender + "暴力催收")
    for b in BANKS:
        for suf in ["信用卡中心", "客服", "官方微博", "消费者权益保护部", "个性化分期", "停息挂账",
                    "委外催收", "APP", "网点", "贷后管理部"]:
            add("bank phrases", b + suf)
    for req in REQS:
        add("complaint fields", "投诉要求：" + req)
        add("complaint fields", "【投诉要求】" + req)
        add("complaint fields", "诉求：" + req)
    for st in STATUS:
        add("complaint fields", "投诉进度：" + st)
        add("complaint fields", "状态：" + st)
    for _ in range(40):
        add("complaint fields", "涉诉金额：" + amount(rng) + "元")
        add("complaint fields", "【涉诉金额】" + amount(rng) + "元")
    for pub in PUBLIC:
        add("public bodies", pub)
    for c in CITIES:
        for suf in ["市市场监督管理局", "市公安局反诈中心", "市中级人民法院", "金融监管局", "互联网法院", "同城"]:
            add("public bodies", c + suf)
    for o in OFFICIAL:
        add("platform phrases", "@" + o)
    for p in PLATS:
        for suf in ["热搜", "客服", "投诉", "私信", "评论区", "官方", "举报中心"]:
            add("platform phrases", p + suf)
    for w in SURWORDS:
        add("surname-character words", w)
    for w in CELEB_LINES:
        add("public figures", w)
    for n in range(1, 200):
        add("floors", "%d楼" % n)
    for n in range(1, 60):
        add("floors", "%d楼 楼主" % n)
        add("floors", "回复 %d楼" % n)
    for c in CORE:
        add("core sentences", c)
    combos = []
    for c in CORE:
        for p in PREFIX:
            for s in SUFFIX:
                if p or s:
                    combos.append(p + c + s)
    rng.shuffle(combos)
    for s in combos[:1500]:
        add("core sentences with prefix/suffix", s)
    for lender in LENDERS:
        for req in REQS:
            add("complaint titles", lender + "暴力催收，要求" + req)
    for w in SURWORDS:
        for tmpl in ["评论区说的{w}", "{w}，家人们", "关于{w}的帖子", "#{w}#"]:
            add("surname-character phrases", tmpl.replace("{w}", w))

    seen_norm = set()
    out = []
    cls_count = Counter()
    for cls, s in cands:
        if not s or "\n" in s or "\r" in s:
            continue
        if s in other_exact:
            log["preserve_drop_exact"] += 1
            continue
        n = norm(s)
        if n in other_norm:
            log["preserve_drop_norm"] += 1
            continue
        if n in seen_norm:
            log["preserve_drop_own"] += 1
            continue
        seen_norm.add(n)
        out.append((cls, s))
    rng.shuffle(out)
    out = out[:N_PRESERVE] if len(out) > N_PRESERVE else out
    for cls, _ in out:
        cls_count[cls] += 1
    return [s for _, s in out], cls_count


# ---------------------------------------------------------------- records
PH_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")


class Rejected(Exception):
    pass


def render(tmpl, g, r, ctx):
    """Fill a template.  Returns text, list of (kind, value, style, ph)."""
    vals = {}
    lab_of = {}
    labelled = []
    pieces = []
    pos = 0
    for m in PH_RE.finditer(tmpl):
        pieces.append(tmpl[pos:m.start()])
        key = m.group(1)
        pos = m.end()
        if key in vals:
            v = vals[key]
            pieces.append(v)
            if key in lab_of:
                labelled.append(lab_of[key])
            continue
        kind, style = None, None
        if key in ("A", "B", "C", "D"):
            while True:
                v, style = g.name()
                if v not in NAME_BLACK and v not in ctx["used_names"] and v not in vals.values():
                    break
            kind = "name"
        elif key == "PY":
            while True:
                v = g.pinyin_name()
                if v not in ctx["used_names"]:
                    break
            kind, style = "name", "py"
        elif key == "TRN":
            v, style = g.name("tr")
            kind = "name"
        elif key == "MN":
            v, style = g.name("min")
            kind = "name"
        elif key == "SPN":
            v, style = g.name("sp")
            kind = "name"
        elif key == "MK":
            v, style = g.masked()
            kind, style = "name", "masked " + style
        elif key in ("PH", "PH2"):
            v, style = g.phone()
            kind = "phone"
        elif key in ("PHX", "PHX2"):
            v, style = g.hard_phone()
            kind = "phone"
        elif key == "PHL":
            v, style = g.landline(), "landline"
            kind = "phone"
        elif key in ("WX", "WX2"):
            v, style = g.wechat()
            kind = "wechat"
        elif key == "QQ":
            v, style = g.qq(), "plain"
            kind = "qq"
        elif key == "QQX":
            v, style = g.hard_qq()
            kind = "qq"
        elif key == "ID":
            v, style = g.idn()
            kind = "id_number"
        elif key == "IDM":
            v, style = g.id_masked(), "masked"
            kind = "id_number"
        elif key == "CARD":
            v, style = g.card()
            kind = "bank_card"
        elif key == "CARDM":
            v, style = g.card_masked(), "masked"
            kind = "bank_card"
        elif key == "ADDR":
            v, style = g.address()
            kind = "address"
        elif key == "PL":
            v, style = g.plate(), "plate"
            kind = "plate"
        elif key == "EM":
            v, style = g.email(), "email"
            kind = "email"
        elif key == "HD":
            v, style = g.handle(), "pinyin handle"
            kind = "account"
        elif key == "UID":
            v, style = g.uid()
            kind = "account"
        elif key == "UIDW":
            v, style = g.weibo_uid(), "weibo UID"
            kind = "account"
        elif key == "GH":
            v, style = g.gonghao(), "工号"
            kind = "account"
        elif key == "TS":
            v, style = g.tousu(), "投诉编号"
            kind = "account"
        elif key == "ORD":
            v, style = g.order(), "闲鱼订单号"
            kind = "account"
        elif key == "KD":
            v, style = g.kuaidi(), "快递单号"
            kind = "account"
        elif key == "ZFB":
            v, kind, style = g.zfb()
            style = "支付宝 " + style
        # fillers
        elif key == "lender":
            v = g.pick(LENDERS)
        elif key == "bank":
            v = g.pick(BANKS)
        elif key == "official":
            v = g.pick(OFFICIAL)
        elif key == "plat":
            v = g.pick(PLATS)
        elif key == "topic":
            v = g.pick(TOPICS)
        elif key == "emo":
            v = g.pick(EMO)
        elif key == "emoname":
            v = g.pick(EMONAME)
        elif key == "prov":
            v = g.pick(PROVS)
        elif key == "city":
            v = g.pick(CITIES)
        elif key == "nick":
            v = g.pick(NICKS)
        elif key == "item":
            v = g.pick(ITEMS)
        elif key == "vxp":
            v = g.pick(VXP)
        elif key == "qqp":
            v = g.pick(QQP)
        elif key == "req":
            v = g.pick(REQS)
        elif key == "status":
            v = g.pick(STATUS)
        elif key == "amt":
            v = amount(r)
        elif key == "amt2":
            v = str(r.choice([20, 50, 88, 99, 100, 200]))
        elif key == "n":
            v = str(r.randrange(2, 60))
        elif key == "n2":
            v = str(r.choice([6, 12, 18, 24, 36, 48, 60]))
        elif key == "n4":
            v = str(r.randrange(1000, 9999))
        elif key == "date":
            v = date(r)
        elif key == "sur":
            v = g.pick(SUR)[0]
        elif key == "L":
            v = r.choice("ABCDEFGHJKLMNPQRSTWXYZ")
        else:
            raise KeyError(key)
        vals[key] = v
        pieces.append(v)
        if kind is not None:
            labelled.append((kind, v, style, key))
            lab_of[key] = (kind, v, style, key)
    pieces.append(tmpl[pos:])
    return "".join(pieces), labelled


def count_occ(text, v):
    n, i = 0, text.find(v)
    while i >= 0:
        n += 1
        i = text.find(v, i + 1)
    return n


def build_records(rng, preserve, other_exact, other_norm, other_pres_blob, log):
    g = Gen(rng)
    own_pres_blob = "\n".join(preserve)
    own_pres_set = set(preserve)
    sets = list(T.keys())
    jobs = []
    n_bare = len(T["bare"]) * BARE_USES
    none_kept = []
    for s in NONE_TEXTS:
        if s in other_exact or norm(s) in other_norm:
            log["none_drop"] += 1
            continue
        if s in own_pres_set:
            log["none_drop_in_preserve"] += 1
            continue
        none_kept.append(s)
    n_tmpl_total = sum(len(T[s]) for s in sets if s != "bare")
    n_target = N_RECORDS - len(none_kept) - n_bare
    base, extra = divmod(n_target, n_tmpl_total)
    all_t = [(s, i) for s in sets if s != "bare" for i in range(len(T[s]))]
    extra_set = set(rng.sample(range(len(all_t)), extra))
    for k, (s, i) in enumerate(all_t):
        jobs.extend([(s, i)] * (base + (1 if k in extra_set else 0)))
    for i in range(len(T["bare"])):
        jobs.extend([("bare", i)] * BARE_USES)

    ctx = {"used_names": set()}
    used_names_list = []  # ordered
    all_texts_blob = list(none_kept)
    texts_seen = set()
    records = []
    for (s, i) in jobs:
        tmpl = T[s][i]
        for attempt in range(500):
            text, lab = render(tmpl, g, rng, ctx)
            # dedupe
            if text in other_exact:
                log["rec_reject_exact"] += 1
                continue
            if norm(text) in other_norm:
                log["rec_reject_norm"] += 1
                continue
            if text in texts_seen:
                log["rec_reject_own"] += 1
                continue
            if text in own_pres_set:
                log["rec_reject_in_preserve"] += 1
                continue
            ok = True
            # each labelled value: occurrences == placed count; no value inside another
            placed = Counter(v for _, v, _, _ in lab)
            uniq = list(OrderedDict((v, k) for k, v, _, _ in lab).items())
            for v, cnt in placed.items():
                if count_occ(text, v) != cnt:
                    ok = False
                    log["rec_reject_span"] += 1
                    break
            if not ok:
                continue
            for v1, _ in uniq:
                for v2, _ in uniq:
                    if v1 != v2 and v1 in v2:
                        ok = False
                if not ok:
                    break
            if not ok:
                log["rec_reject_nested"] += 1
                continue
            # names: global uniqueness (masked names exempt), preserve, other corpora preserve
            blob = "\n".join(all_texts_blob)
            new_names = [v for k, v, st, key in lab if k == "name" and not st.startswith("masked")]
            for v in new_names:
                if v in blob:
                    log["name_reject_used"] += 1
                    ok = False
                    break
                if v in own_pres_blob:
                    log["name_reject_own_preserve"] += 1
                    ok = False
                    break
                if v.replace(" ", "").replace("\u3000", "") in own_pres_blob:
                    log["name_reject_own_preserve"] += 1
                    ok = False
                    break
                if other_pres_blob and v in other_pres_blob:
                    log["name_reject_other_preserve"] += 1
                    ok = False
                    break
            if not ok:
                continue
            label_spans = set(v for k, v, _, _ in lab if k == "name")
            for v in used_names_list:
                if v in text and v not in label_spans:
                    log["name_reject_earlier_in_text"] += 1
                    ok = False
                    break
            if not ok:
                continue
            # other labelled values must not occur in preserve list
            for k, v, st, key in lab:
                if v in own_pres_blob:
                    log["value_reject_in_preserve"] += 1
                    ok = False
                    break
            if not ok:
                continue
            break
        else:
            raise RuntimeError("could not fill template %s/%d" % (s, i))
        for k, v, st, key in lab:
            if k == "name" and not st.startswith("masked") and v not in ctx["used_names"]:
                ctx["used_names"].add(v)
                used_names_list.append(v)
        texts_seen.add(text)
        all_texts_blob.append(text)
        # pii in order of first appearance, once
        seen = OrderedDict()
        for k, v, st, key in lab:
            if v not in seen:
                seen[v] = (k, st, key)
        items = sorted(seen.items(), key=lambda kv: text.find(kv[0]))
        pii = [{"kind": k, "value": v} for v, (k, st, key) in items]
        styles = [st for v, (k, st, key) in items]
        sender = None
        if s == "quote":
            x = rng.random()
            if x < 0.5:
                sender = g.mobile()
            elif x < 0.8:
                sender = "1069" + g.digits(8, "0123456789")
            else:
                sender = rng.choice(["95588", "95555", "95511", "106980095188"])
        records.append({"set": s, "tmpl": i, "text": text, "sender": sender, "pii": pii, "styles": styles})
    for t in none_kept:
        records.append({"set": "none", "tmpl": -1, "text": t, "sender": None, "pii": [], "styles": []})
    rng.shuffle(records)
    return records


def main():
    log = Counter()
    texts, lines, nfiles = load_dedupe()
    other_exact = set(texts) | set(lines)
    other_norm = set(norm(t) for t in texts) | set(norm(l) for l in lines)
    other_pres_blob = "\n".join(lines)
    print("dedupe: %d files, %d texts, %d preserve lines" % (nfiles, len(texts), len(lines)))

    rng_pres = random.Random(SEED + 1)
    preserve, pres_cls = build_preserve(rng_pres, other_exact, other_norm, log)
    rng_rec = random.Random(SEED)
    records = build_records(rng_rec, preserve, other_exact, other_norm, other_pres_blob, log)

    # final checks
    all_names = Counter()
    for rec in records:
        for it in rec["pii"]:
            assert it["value"] in rec["text"]
        if rec["pii"]:
            firsts = [rec["text"].find(it["value"]) for it in rec["pii"]]
            assert firsts == sorted(firsts)
            assert len(set(it["value"] for it in rec["pii"])) == len(rec["pii"])
        assert not PH_RE.search(rec["text"]), rec["set"]
    name_vals = []
    for rec in records:
        for it, st in zip(rec["pii"], rec["styles"]):
            if it["kind"] == "name" and not st.startswith("masked"):
                name_vals.append(it["value"])
    dup_names = sum(1 for v, c in Counter(name_vals).items() if c > 1)
    unl = 0
    for v in set(name_vals):
        pass
    # name occurring outside its labelled record
    owner = {}
    for idx, rec in enumerate(records):
        for it, st in zip(rec["pii"], rec["styles"]):
            if it["kind"] == "name" and not st.startswith("masked"):
                owner[it["value"]] = idx
    for v in sorted(owner):
        for idx, rec in enumerate(records):
            if idx != owner[v] and v in rec["text"]:
                unl += 1
    pres_blob = "\n".join(preserve)
    pres_hits = 0
    for rec in records:
        for it in rec["pii"]:
            if it["value"] in pres_blob:
                pres_hits += 1
    text_eq_pres = sum(1 for rec in records if rec["text"] in set(preserve))
    log["check_dup_names"] = dup_names
    log["check_name_in_other_record"] = unl
    log["check_value_in_preserve"] = pres_hits
    log["check_text_equals_preserve"] = text_eq_pres
    assert dup_names == 0 and unl == 0 and pres_hits == 0 and text_eq_pres == 0

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "scrub_tune43.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, rec in enumerate(records, 1):
            o = OrderedDict([("id", "t43-%04d" % n), ("text", rec["text"]),
                             ("sender", rec["sender"]), ("pii", rec["pii"])])
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "scrub_tune43_preserve.txt"), "w", encoding="utf-8", newline="\n") as f:
        for s in preserve:
            f.write(s + "\n")
    groups = OrderedDict()
    for n, rec in enumerate(records, 1):
        groups["t43-%04d" % n] = {"set": rec["set"], "tmpl": rec["tmpl"], "styles": rec["styles"]}
    with open(os.path.join(OUT_DIR, "groups43.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    logd = OrderedDict(sorted(log.items()))
    logd["preserve_classes"] = OrderedDict(sorted(pres_cls.items(), key=lambda kv: (-kv[1], kv[0])))
    with open(os.path.join(OUT_DIR, "log43.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(logd, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("records %d, preserve %d" % (len(records), len(preserve)))
    for k, v in sorted(log.items()):
        print("  %s: %d" % (k, v))


if __name__ == "__main__":
    main()
