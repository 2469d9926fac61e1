#!/usr/bin/env python3
"""Scrubber tuning corpora, third writer: person names with no cue word.

Writes, next to this file:
  scrub_tune2.jsonl           400 records {"id", "text", "sender", "pii": [{"kind", "value"}]}
  scrub_tune2_preserve.txt    1,000+ ordinary lines with no personal data

Written by a helper that had read neither the scrubber nor the other corpora;
only SCRUB_CORPUS.md (record format and labelling conventions) was read.

Run from the repository root:  .venv/bin/python tests/data/make_scrub_tune2.py
Only dependency: Faker.  Deterministic: fixed SEED, one random.Random, Faker
seeded from it.

Focus: names placed mid-sentence with no cue word (no 您好/先生/借款人 next to
them), names that are also ordinary words, two-character names, rare and
compound surnames, names after numbers and amounts, at the very start or end
with no punctuation, inside quotes or brackets, repeated in short forms
(王建国 / 建国 / 老王: only the full name is labelled), and two or three names
side by side with no separator.

The preserve file holds the other direction: ordinary debt/bank/collection
sentences in which a surname character starts an ordinary word mid-sentence.
Names that are also ordinary words (WORD_NAMES: 高峰, 江山, 夏天 ...) are used
as names in the jsonl AND, on purpose, inside their ordinary words in the
preserve file (高峰期, 江山易改, 夏天到了 ...).  They are the only generated
names allowed in preserve lines; every other generated name is checked absent.
"""
import json
import os
import random
import re

from faker import Faker

SEED = 20261217
N_RECORDS = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "scrub_tune2.jsonl")
OUT_PRESERVE = os.path.join(HERE, "scrub_tune2_preserve.txt")

rng = random.Random(SEED)
fk = Faker("zh_CN")
fk.seed_instance(rng.randrange(1 << 30))

# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------
# Names that are also ordinary words.
WORD_NAMES = [
    "高峰", "江山", "白雪", "金鑫", "田野", "海洋", "安然", "向阳", "林海", "方圆",
    "夏天", "文明", "武功", "常青", "石磊", "毛毛", "黎明", "江涛", "白云", "高原",
    "常胜", "宁静", "华夏", "金星", "程序", "章程", "于是", "万全", "夏雨", "林业",
]
# 程序/章程/于是/林业 are too risky to be sensible names; keep only the plausible ones.
WORD_NAMES = [w for w in WORD_NAMES if w not in ("程序", "章程", "于是", "林业", "万全")]

TWO_CHAR = [
    "王芳", "李强", "周杰", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "吴军",
    "徐丽", "孙浩", "马超", "朱琳", "胡斌", "郭亮", "何勇", "罗娟", "梁红", "宋涛",
    "郑爽", "谢娜", "韩冰", "唐宁", "冯刚", "董洁", "程鹏", "曹颖", "袁野", "邓超",
    "许晴", "傅彪", "沈腾", "曾毅", "吕方", "卢静", "蒋勤", "蔡军", "贾玲", "丁磊",
    "魏巍", "付强", "江华", "叶青", "潘虹", "杜鹃", "范伟", "彭丽", "苏琪", "姜文",
]
RARE_SURNAMES = [
    "禤", "仉", "眭", "琚", "邝", "鄢", "郄", "厍", "佘", "訾", "亓", "滕",
    "笪", "乜", "酆", "逯", "隗", "蒯", "郗", "冼", "覃", "芮", "阚", "缪",
]
COMPOUND_SURNAMES = [
    "欧阳", "司马", "诸葛", "上官", "尉迟", "皇甫", "慕容", "令狐", "公孙",
    "端木", "澹台", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "闻人",
]
GIVEN_2 = [
    "建国", "海涛", "志强", "秀英", "桂芳", "晓明", "丽娟", "国庆", "春燕", "永刚",
    "德胜", "玉兰", "红梅", "文杰", "俊峰", "雅琴", "宏伟", "淑珍", "立新", "子豪",
    "梓涵", "浩然", "思雨", "振华", "金凤", "明辉", "小龙", "翠花", "家乐", "伟东",
]
GIVEN_1 = ["伟", "芳", "敏", "静", "军", "勇", "艳", "杰", "娟", "涛", "明", "超",
           "霞", "平", "刚", "辉", "玲", "斌", "鹏", "琳", "倩", "磊", "洁", "峰"]


def _faker_given():
    g = fk.first_name()
    return g


def draw_name(kind):
    """Return (full, surname, given)."""
    if kind == "word":
        w = rng.choice(WORD_NAMES)
        return w, w[0], w[1:]
    if kind == "two":
        if rng.random() < 0.6:
            w = rng.choice(TWO_CHAR)
        else:
            s = fk.last_name()
            while len(s) != 1:
                s = fk.last_name()
            w = s + rng.choice(GIVEN_1)
        return w, w[0], w[1:]
    if kind == "rare":
        s = rng.choice(RARE_SURNAMES)
        g = rng.choice(GIVEN_2) if rng.random() < 0.6 else _faker_given()
        return s + g, s, g
    if kind == "compound":
        s = rng.choice(COMPOUND_SURNAMES)
        g = rng.choice(GIVEN_1) if rng.random() < 0.45 else rng.choice(GIVEN_2)
        return s + g, s, g
    # "faker": ordinary three-character names
    while True:
        s = fk.last_name()
        if len(s) != 1:
            continue
        g = _faker_given() if rng.random() < 0.6 else rng.choice(GIVEN_2)
        if len(g) == 2:
            return s + g, s, g


NAME_KINDS = ["faker"] * 34 + ["two"] * 18 + ["word"] * 18 + ["rare"] * 15 + ["compound"] * 15

# --------------------------------------------------------------------------
# Other personal data
# --------------------------------------------------------------------------
MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                   "151", "152", "155", "156", "157", "158", "159", "166", "173", "176",
                   "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
                   "189", "191", "198", "199"]


def mobile():
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def phone_value():
    m = mobile()
    r = rng.random()
    if r < 0.6:
        return m
    if r < 0.8:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    return f"{m[:3]}-{m[3:7]}-{m[7:]}"


def luhn_complete(body):
    digits = [int(c) for c in body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


CARD_PREFIXES = ["622202", "622848", "621700", "622588", "621226", "622260", "621483",
                 "622700", "623668", "621799", "622609", "625965"]


def card_value():
    length = rng.choice([16, 19, 19])
    body = rng.choice(CARD_PREFIXES)
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    c = luhn_complete(body)
    if rng.random() < 0.3:
        c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return c


AREAS = ["110101", "310104", "440106", "510107", "420102", "330106", "320102",
         "370102", "410105", "430103", "350203", "610113", "130102", "500103"]


def id_value():
    y = rng.randint(1962, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = f"{rng.choice(AREAS)}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body, w))
    return body + "10X98765432"[s % 11]


def amount():
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(5, 900) * 100}元"
    if r < 0.55:
        return f"{rng.randint(2, 90) * 100}块"
    if r < 0.75:
        return f"{rng.randint(1, 30)}.{rng.randint(1, 9)}万"
    return f"{rng.randint(1000, 99999):,}元"


PLATS = ["借呗", "微粒贷", "花呗", "京东金条", "美团借钱", "360借条", "安逸花",
         "度小满", "招联金融", "分期乐", "平安普惠", "拍拍贷"]
BANKS = ["招商银行", "工商银行", "建设银行", "农业银行", "交通银行", "浦发银行",
         "中信银行", "光大银行", "平安银行", "广发银行", "民生银行", "兴业银行"]

# --------------------------------------------------------------------------
# Name templates.  {A} {B} {C}: full names (labelled).  {Ag}: given-name form
# (建国, or 小芳 for a one-character given name), {Ao}: 老+surname, {Ax}:
# 小+surname -- these short forms are NOT labelled.  {amt} {n} {plat} {bank}
# are not personal data.  {phone} {card} {idn} are labelled.
# --------------------------------------------------------------------------
NAME_TEMPLATES = [
    # no cue, mid-sentence
    "这事你跟{A}说一下",
    "我们上周已经去过{A}家了",
    "{A}上次答应的钱呢",
    "{A}那边怎么说",
    "通知了{A}和他老婆",
    "欠款人{A}至今未还",
    "你让{A}明天之前把钱打过来",
    "昨天{A}来电话说下个月一定还",
    "麻烦转告{A}这周必须处理",
    "{A}的事我们不想闹大，你们家里商量一下",
    "听说{A}换了工作还在本市",
    "我们已经联系过{A}的单位了",
    "你和{A}什么关系？他在{plat}欠了{amt}",
    "前天看到{A}在小区门口晃",
    "{A}说钱已经打了但我们这边没收到",
    "我是{A}的同学，他借我手机发的",
    "哥你借{A}的钱我会帮你要回来",
    "妈，{A}又打电话来催了",
    "这个月{A}一分钱没还",
    "刚才{A}的老婆接的电话说不知道",
    "律师函已经寄到{A}老家了",
    "要是{A}再不还我们就只能上门了",
    "你替{A}还一部分也行",
    "告诉{A}别再躲了",
    "跟{A}讲清楚逾期的后果",
    "我们查到{A}名下还有一辆车",
    "以后{A}的事别再找我",
    "我跟{A}早就离婚了，他的债跟我没关系",
    "{A}的电话一直关机，你知道他在哪吗",
    "请{A}今天下午五点前回电",
    "对{A}我们已经很宽容了",
    "就算{A}不在家我们也会再去",
    "除了{A}还有谁能联系上他",
    "等{A}回来我让他给你们回电话",
    "把{A}的新号码发给我们",
    "已经把{A}报给失信名单了",
    "下周三之前{A}必须到场",
    "我们跟{A}谈过了，他同意分期",
    "你是不是{A}的姐姐",
    "没想到{A}会借这么多",
    "按{A}的说法钱早就还了",
    "如果你见到{A}让他回个电话",
    "村里都知道{A}欠钱不还",
    "法院已经受理了对{A}的起诉",
    "我们会把{A}的情况告诉你们领导",
    "拜托你劝劝{A}吧",
    "去年{A}就开始拖欠了",
    "当时{A}借钱填的紧急联系人是你",
    "所以{A}这笔钱你们家打算怎么处理",
    "其实{A}人不坏就是一时困难",
    "明天上门拜访{A}，请家里留人",
    "这笔账只能算到{A}头上",
    "我是{A}他弟弟，有事找我",
    "他让我问一下{A}的还款账号",
    "喂，是{A}吗？这里是{plat}贷后",
    "老公说{A}上个月就还清了",
    "问过{A}了，他说不知道这事",
    "催了{A}好几回了一点用没有",
    "{A}这个人你们自己去找，别打我电话",
    "{A}早就不住这里了",
    "之前{A}答应过我们三天内还",
    "据{A}的同事说他已经辞职了",
    "你表哥{A}的贷款逾期了",
    "签字的是{A}不是我",
    "请让{A}本人接电话",
    "和{A}核实后再答复你",
    "因为{A}一直不还，我们只能起诉",
    "帮忙找一下{A}，谢谢",
    "看在{A}的面子上再宽限几天",
    "原来{A}就是借款人",
    "估计{A}又换号了",
    "难道{A}没跟你说过这笔钱",
    "要不你去{A}店里找找",
    "你跟{A}一起借的这笔钱吧",
    "{A}那套房子已经被查封了",
    "我叫{A}，是你儿子的朋友",
    "反正{A}的债你们得想办法",
    "好的我会转告{A}",
    "不好意思，{A}最近住院了",
    "刚刚{A}把钱还上了，谢谢",
    "以{A}名义借的款要由本人处理",
    "本案由{A}负责跟进",
    "对接人换成{A}了，以后找他",
    "人家{A}都还了你还拖着",
    "只有{A}能联系到他",
    "听他们说{A}去深圳打工了",
    "上次{A}在电话里骂人，我们都有录音",
    "麻烦你跟{A}带句话，再不处理就走法律程序",
    "{A}在{bank}的信用卡一直没还",
    "{A}在{plat}的借款已逾期{n}天",
    "逾期{n}天了{A}还是不接电话",
    "{A}家里人说他出差了",
    "公司这边已经把{A}的案子移交了",
    "他朋友{A}今天来过一次",
    "你们找{A}去，借钱的又不是我",
    "为什么{A}的欠款要打我电话",
    "据我们了解{A}目前有还款能力",
    "请你提醒{A}按时还款",
    # at the very start / end, no punctuation
    "{A}还钱",
    "{A}你到底什么意思",
    "{A}看到回电话",
    "{A}欠的钱今天必须处理",
    "钱到底什么时候还{A}",
    "你心里没数吗{A}",
    "有问题请直接联系{A}",
    "这件事我已经交给{A}",
    "已还清请勿再打扰{A}",
    # after numbers and amounts
    "{amt}{A}说下周一还清",
    "一共{amt}{A}只还了一半",
    "还差{amt}{A}说月底凑齐",
    "欠款{amt}{A}承诺分三期还",
    "{n}号那天{A}说在外地",
    "上个月还了{amt}之后{A}就没动静了",
    "第{n}次上门{A}还是不在",
    "转了{amt}给{A}，你们查一下",
    "{A}那{amt}到底什么时候还",
    "这是{A}第{n}次违约",
    "本金{amt}利息{amt2}{A}一直拖着",
    "共{n}笔{A}名下的欠款已逾期",
    # quotes and brackets
    "“{A}”这个名字你认识吧",
    "【{A}】逾期{n}天请尽快处理",
    "你去问（{A}）本人",
    "案件当事人「{A}」已被列为重点",
    "他微信名就叫\"{A}\"，你搜一下",
    "[{A}] 的账单已出，请留意",
    "关于《{A}借款纠纷》一案请按时到庭",
    "（{A}）请于今日内回电",
    # repeated in short forms; only the full name is labelled
    "{A}到底还不还钱？{Ao}你给句话",
    "{A}欠的钱{Ag}自己心里清楚",
    "我们找{Ag}好几次了，{A}一直躲着",
    "{Ao}，{A}的事你知道吧",
    "{Ag}啊，{A}这个名字下面还挂着{amt}",
    "问了{Ao}的邻居，{A}最近没回来",
    "{A}啊{A}，你躲得了初一躲不过十五",
    "{Ax}，你跟{A}说一声，{Ag}的欠款该还了",
    "{Ao}说他不认识{A}？{A}的借款合同上签的就是他",
    "跟{Ag}说，{A}再不还我们就找{Ao}单位",
    # two or three names side by side, no separator
    "{A}{B}都是你的联系人吧",
    "上午{A}{B}两个人都没接电话",
    "你问问{A}{B}他们知不知道",
    "{A}跟{B}说好的事又变卦了",
    "有人看见{A}{B}在一起吃饭",
    "{A}和{B}是担保关系",
    "我替{A}还了{amt}剩下的找{B}",
    "{A}{B}{C}三个人都说没钱",
    "名单上有{A}{B}还有你",
    "听{A}{B}说你出国了",
    "又是{A}又是{B}，都说没钱",
    "还有{A}跟{B}的那笔没结",
    "“{A}{B}”两个人的账合并处理",
    "通知了{A}{B}，明天一起过来",
    "{A}的担保人{B}也联系不上",
    "你让{A}找{B}要，钱在{B}那",
    "{A}{B}",
    # other personal data alongside names
    "{A}的卡号{card}请核对",
    "{A}身份证{idn}已被起诉",
    "有事打{A}电话{phone}",
    "{A}的新手机{phone}你们打这个",
    "{phone}是{A}的号码吗",
    "催收员{A}{phone}有问题随时联系",
    "账户{card}户主{A}",
    "{A}{idn}逾期{n}天",
    "你转到{A}的卡{card}就行",
    "{A}现在用的号是{phone}，{B}的号停机了",
]

TAIL_SEPS = ["，", "。", " ", "！"]
TAILS = [
    "{B}也知道这事",
    "这事{B}可以作证",
    "不信你问{B}",
    "{B}那边我们也会去",
    "{B}",
    "{B}上次也是这么说的",
    "钱是{B}经手的",
    "回头我再找{B}",
    "连{B}都劝过他",
    "{B}已经替他还过{amt}",
]

# Other personal data, no name.
OTHER_TEMPLATES = [
    "你的{bank}卡{card}已逾期{n}天",
    "回电{phone}，过时不候",
    "身份证{idn}名下有{n}笔逾期",
    "这是我新号{phone}有事打这个",
    "还款请转入{card}，备注手机号",
    "{phone}这个号是你家里谁用的",
]

# No personal data in the jsonl (hard negatives, surname-initial words).
NEG_TEMPLATES = [
    "周末也可以还款，到账时间以银行为准",
    "金额以账单为准，请勿多转",
    "余额不足，请及时存入",
    "万一逾期会影响征信",
    "方便的时候回个电话",
    "于是我们决定向法院起诉",
    "白条分期已出账，请按时还款",
    "安全起见请勿向陌生账户转账",
    "向法院申请强制执行需要一定时间",
    "马上到期了，记得存钱",
    "何时方便我们再沟通",
    "黄金周期间客服正常上班",
    "严重逾期将上报征信系统",
    "程序上我们只能这么处理",
    "钱款已原路退回，请查收",
    "常规提醒：本期账单已出",
    "石家庄分行通知：系统升级暂停服务",
    "宋体打印的催款函无效，以盖章原件为准",
    "郑重提醒：请勿相信代办停息挂账",
    "任何人索要验证码都是诈骗",
    "许可证号以官网公示为准",
    "毛利率下降不是拖欠的理由",
    "陈述清楚逾期原因有助于协商",
    "曾经逾期的记录五年后消除",
    "江苏分公司负责您的案件",
]

# --------------------------------------------------------------------------
# Preserve lines
# --------------------------------------------------------------------------
PRESERVE_CORE = [
    # the same words as WORD_NAMES, in ordinary use
    "高峰期间可能延迟到账", "还款高峰期请提前操作", "月底是转账高峰期，建议错峰还款",
    "早高峰时段客服排队较长", "逾期率已从高峰回落", "业务量达到高峰，请耐心等待",
    "江山易改本性难移，欠款总是要还的", "打江山容易守江山难，信用也是一样",
    "白雪公主联名信用卡已停止发卡", "白雪覆盖路段网点暂停营业",
    "海洋馆年卡分期已出账", "海洋局职工消费贷款", "海洋馆门票可用信用卡积分兑换",
    "安然无恙是最好的结果，请尽快还款", "资金安然到账，请查收",
    "向阳花园小区物业费代扣失败", "向阳区人民法院已立案", "向阳而生，信用先行",
    "方圆十里都知道这家网点", "方圆之内守规矩，借款之后守信用",
    "文明催收，从我做起", "我们坚持文明催收，请您配合", "文明用语，规范催收",
    "夏天到了，记得按时还款", "夏天用电多，电费代扣请留足余额", "今年夏天的账单已出",
    "夏季促销分期免息", "夏令营费用分期",
    "田野调查补贴已发放", "希望的田野上信用最珍贵",
    "林海雪原主题游分期付款", "林业局公积金贷款", "林场职工贷款",
    "武功县人民法院执行局", "武功山旅游分期已出账",
    "常青藤教育分期已逾期", "常年有效，欢迎咨询", "常青基金到期赎回",
    "毛毛雨天气请注意出行安全", "毛利润不能作为还款来源",
    "黎明前到账的款项次日入账", "黎明时分系统维护",
    "江涛汹涌的季节请注意防汛", "白云区人民法院送达通知", "白云机场停车费代扣",
    "高原地区网点营业时间调整", "常胜将军也有逾期的时候", "宁静致远，理性消费",
    "华夏银行信用卡中心提醒您", "华夏银行客服热线95577",
    "金星路网点暂停营业", "金额以账单为准", "金条借款已到期",
    "石磊路支行迁址公告", "石化加油卡充值成功", "石家庄中级人民法院",
    "夏雨时节请注意防潮", "方便的时候回个电话", "方圆集团员工贷款",
    # ordinary surname-initial words mid-sentence
    "周末也可以还款", "这个周末前请完成还款", "本周末系统升级暂停转账",
    "余额不足请及时存入", "您的账户余额不足以支付本期账单",
    "万一逾期会影响征信", "千万不要借新还旧",
    "于是我们决定起诉", "由于您长期未还款，于是转入法务流程",
    "白条分期已出账", "白条额度已冻结",
    "安全起见请勿转账", "为了资金安全请勿透露验证码",
    "向法院申请强制执行", "我们已向法院提交材料", "请向客服说明情况",
    "马上就要到期了", "请马上处理逾期款项",
    "黄金周期间正常扣款", "黄金回收不能抵扣欠款",
    "严重逾期将影响您的出行", "情节严重的将移送公安",
    "高度重视您的还款问题", "请高度重视本通知",
    "何时还款请给个准话", "任何时候都可以线上还款",
    "杨柳依依，账单如期", "李子成熟季果园贷款",
    "王牌客服为您服务", "张贴公告前会再次通知",
    "钱款到账后系统自动销账", "刘海屏手机分期已逾期",
    "朱红色印章为有效印章", "程序合法，证据齐全",
    "陈述事实有助于协商", "孙子兵法不是拖欠的借口",
    "宋体字打印的文书", "许可证编号可在官网查询",
    "曾经逾期不代表永远失信", "江苏银行信用卡中心",
    "韩国免税店消费已入账", "唐朝风格主题乐园年卡分期",
    "郑重声明：本公司从未委托第三方收款", "田地承包款代收代付",
    "常用联系人信息请及时更新", "任务完成后积分自动到账",
    "胡同口的网点已撤并", "罗列如下几项费用", "章程规定不得暴力催收",
    "毛利率不是还款理由", "温馨提示请按时还款", "温度较低请注意保暖",
    "邓州市人民法院执行局", "沈阳分行通知", "谢谢您的配合",
    "贾家庄村委会证明", "韦尔股份分红已到账", "鲁能小区物业费",
    "方式有两种，线上或线下", "于今日起停止计息", "上官方网站核实真伪",
    "司法程序已经启动", "欧阳路支行营业时间", "东方明珠门票分期",
    "诸如此类的费用不会收取", "公孙树下的营业厅已搬迁",
    "强制执行申请已提交", "高利贷不受法律保护", "高额利息部分不予支持",
    "向阳路网点正常营业", "金融监管部门投诉电话12378", "周期性扣款失败",
    "吴中区人民法院", "何况逾期会产生罚息", "包括本金利息和罚息",
    "明天是最后还款日", "明细请登录APP查看", "华为手机分期已结清",
    "万元以上转账需人脸核验", "雷雨天气网点提前关门", "柏林墙主题展门票分期",
    "单位证明需加盖公章", "齐全的材料可加快审核", "顾客至上是我们的宗旨",
    "苗木种植贷款已发放", "成都分行信用卡中心", "甘肃地区暂不支持上门",
    "车贷已结清请领取登记证书", "龙湖小区业主专享分期", "路况原因上门推迟",
    "丁克家庭也可以申请", "和解协议已经生效", "和平区人民法院",
    "平安起见请核实对方身份", "平时记得留意账单", "伍仟元以下免手续费",
    "汤圆店经营贷已放款", "殷切希望您按时还款", "岳阳分行通知",
    "文件已送达，请签收", "文明用语请您监督", "金秋助学贷款已发放",
    "毕业季学生贷款延期", "戴口罩到网点办理业务", "夏收贷款扶持政策",
    "洪水地区可申请延期", "石头也能被水滴穿，信用要坚持", "白天打不通晚上再打",
    "海关扣押物品需缴费", "海量账单请分批查询", "安排专人上门核实",
    "安心还款，安心生活", "林立的网点方便您还款", "方案已发送，请查看",
    "江河日下，信用不可失", "高新区人民法院", "高速通行费代扣失败",
    "常州分行提醒您", "武汉分行通知", "文化宫网点暂停服务", "毛巾厂职工贷款",
    "宁波银行信用卡中心", "黎平县农村信用社", "金鑫小贷公司已注销", "田园综合体项目贷款",
]

PRESERVE_PREFIX = ["", "【{bank}】", "温馨提示：", "您好，", "提醒：", "{plat}提醒您：",
                   "贷后管理部：", "客服专员："]
PRESERVE_SUFFIX = ["", "。", "，谢谢。", "。如有疑问请致电客服。", " 回T退订", "，请知悉。"]
PRESERVE_WORDS = [
    "高峰期", "江山", "白雪公主", "海洋馆", "安然无恙", "向阳花园", "方圆十里", "文明催收",
    "夏天", "夏季", "田野", "林海雪原", "武功县", "常青藤", "毛毛雨", "黎明", "白云区",
    "高原", "华夏银行", "金星路", "石化", "石家庄", "周末", "余额", "万一", "于是", "白条",
    "安全", "向法院", "马上", "黄金", "严重", "高度", "何时", "任何", "王牌", "张贴",
    "钱款", "朱红", "程序", "陈述", "许可", "曾经", "郑重", "常用", "胡同", "章程",
    "毛利", "温馨", "谢谢", "方便", "金额", "金条", "林业局", "常年有效", "夏季促销",
]
BANK_DEPTS = ["信用卡中心", "法务部", "贷后管理部", "客服中心", "风险管理部", "资产保全部"]


def build_preserve():
    lines = []
    seen = set()

    def add(s):
        if s not in seen:
            seen.add(s)
            lines.append(s)

    for w in PRESERVE_WORDS:
        add(w)
    for s in PRESERVE_CORE:
        add(s)
        for _ in range(5):
            p = rng.choice(PRESERVE_PREFIX).format(bank=rng.choice(BANKS), plat=rng.choice(PLATS))
            q = rng.choice(PRESERVE_SUFFIX)
            add(p + s + q)
    for b in BANKS:
        for d in BANK_DEPTS:
            add(b + d)
    return lines


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------
def sender():
    r = rng.random()
    if r < 0.2:
        return None
    if r < 0.35:
        return rng.choice(["95588", "95555", "95533", "95599", "95566", "95559", "95528", "95577"])
    if r < 0.55:
        return "1069" + "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10])))
    return mobile()


FIELD_RE = re.compile(r"\{(\w+)\}")


def fill(template, names):
    """Fill a template.  names: dict slot -> (full, surname, given).
    Returns (text, [(kind, value)...]) with values in order of appearance."""
    parts = []
    labelled = []
    pos = 0
    cache = {}
    for m in FIELD_RE.finditer(template):
        parts.append(template[pos:m.start()])
        f = m.group(1)
        kind = None
        if f in ("A", "B", "C"):
            val, kind = names[f][0], "name"
        elif f.endswith("g") and f[:-1] in names:
            full, s, g = names[f[:-1]]
            val = g if len(g) >= 2 else "小" + g
        elif f.endswith("o") and f[:-1] in names:
            val = "老" + names[f[:-1]][1]
        elif f.endswith("x") and f[:-1] in names:
            val = "小" + names[f[:-1]][1]
        elif f in ("amt", "amt2"):
            val = amount()
        elif f == "n":
            val = str(rng.randint(2, 90))
        elif f == "plat":
            val = rng.choice(PLATS)
        elif f == "bank":
            val = rng.choice(BANKS)
        elif f in ("phone", "card", "idn"):
            if f not in cache:
                cache[f] = {"phone": phone_value, "card": card_value, "idn": id_value}[f]()
            val = cache[f]
            kind = {"phone": "phone", "card": "bank_card", "idn": "id_number"}[f]
        else:
            raise KeyError(f)
        parts.append(val)
        if kind and (kind, val) not in labelled:
            labelled.append((kind, val))
        pos = m.end()
    parts.append(template[pos:])
    text = "".join(parts)
    labelled.sort(key=lambda kv: text.index(kv[1]))
    return text, labelled


def static_text():
    return "".join(FIELD_RE.sub("\x00", t) for t in NAME_TEMPLATES + OTHER_TEMPLATES + NEG_TEMPLATES)


def main():
    preserve = build_preserve()
    preserve_blob = "\n".join(preserve)
    tmpl_blob = static_text()

    def name_ok(full):
        if full in WORD_NAMES:
            return full not in tmpl_blob
        return full not in preserve_blob and full not in tmpl_blob

    # Plan: every name template at least once, then fill up.
    n_neg = 24
    n_other = 12
    n_name = N_RECORDS - n_neg - n_other
    plan = [("name", t) for t in NAME_TEMPLATES]
    multi = [t for t in NAME_TEMPLATES if "{B}" in t]
    while len(plan) < n_name:
        plan.append(("name", rng.choice(multi if rng.random() < 0.35 else NAME_TEMPLATES)))
    # a second sentence with another name, no cue, on about 30 % of the
    # single-name records
    for i, (kind, t) in enumerate(plan):
        if "{B}" not in t and rng.random() < 0.3:
            plan[i] = (kind, t + rng.choice(TAIL_SEPS) + rng.choice(TAILS))
    plan += [("other", OTHER_TEMPLATES[i % len(OTHER_TEMPLATES)]) for i in range(n_other)]
    plan += [("neg", NEG_TEMPLATES[i % len(NEG_TEMPLATES)]) for i in range(n_neg)]
    rng.shuffle(plan)

    records = []
    all_names = set()
    for kind, t in plan:
        while True:
            names = {}
            for slot in ("A", "B", "C"):
                if "{" + slot in t:
                    while True:
                        nm = draw_name(rng.choice(NAME_KINDS))
                        if name_ok(nm[0]) and nm[0] not in [v[0] for v in names.values()]:
                            break
                    names[slot] = nm
            text, labelled = fill(t, names)
            # no name may be a substring of another in the same record
            fulls = [v[0] for v in names.values()]
            if any(a != b and a in b for a in fulls for b in fulls):
                continue
            break
        for v in names.values():
            all_names.add(v[0])
        records.append({"text": text, "sender": sender(),
                        "pii": [{"kind": k, "value": v} for k, v in labelled]})

    # ---- validation and re-draw of records that contain an unlabelled generated name
    def unlabelled_hits(rec):
        t = rec["text"]
        for p in sorted(rec["pii"], key=lambda p: -len(p["value"])):
            t = t.replace(p["value"], "\x00")
        return [n for n in all_names if n in t]

    for i, rec in enumerate(records):
        hits = unlabelled_hits(rec)
        assert not hits, (rec, hits)
        for p in rec["pii"]:
            assert p["value"] in rec["text"], rec
        idx = [rec["text"].index(p["value"]) for p in rec["pii"]]
        assert idx == sorted(idx), rec
        rec_id = f"u-{i + 1:04d}"
        records[i] = {"id": rec_id, **rec}
    for line in preserve:
        for n in all_names:
            if n in WORD_NAMES:
                continue
            assert n not in line, (n, line)
    assert len(preserve) >= 1000, len(preserve)
    n_items = sum(1 for r in records for p in r["pii"] if p["kind"] == "name")
    assert n_items >= 500, n_items
    assert len(NAME_TEMPLATES) >= 100

    with open(OUT_JSONL, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT_PRESERVE, "w", encoding="utf-8") as fh:
        for line in preserve:
            fh.write(line + "\n")

    # ---- summary
    from collections import Counter
    kinds = Counter(p["kind"] for r in records for p in r["pii"])
    print("records", len(records), "preserve lines", len(preserve))
    print("items", dict(kinds))
    print("records without pii", sum(1 for r in records if not r["pii"]))
    print("records with a name", sum(1 for r in records if any(p["kind"] == "name" for p in r["pii"])))
    print("distinct names", len({p["value"] for r in records for p in r["pii"] if p["kind"] == "name"}))
    print("name templates", len(NAME_TEMPLATES), "other", len(OTHER_TEMPLATES), "neg", len(NEG_TEMPLATES))
    forms = Counter()
    for r in records:
        for p in r["pii"]:
            if p["kind"] != "name":
                continue
            v = p["value"]
            if v in WORD_NAMES:
                forms["word"] += 1
            elif v[:2] in COMPOUND_SURNAMES:
                forms["compound"] += 1
            elif v[0] in RARE_SURNAMES:
                forms["rare"] += 1
            elif len(v) == 2:
                forms["two-char"] += 1
            else:
                forms["three-char"] += 1
    print("name forms", dict(forms))


if __name__ == "__main__":
    main()
