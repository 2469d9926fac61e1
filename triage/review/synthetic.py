"""Synthetic shared messages for the families benchmark and tests: scam templates with variants (other
names, amounts, numbers, links and a few swapped words), genuine reminders, and one-off noise.

Templates are written after the scam families the README lists (card frozen, limit raise, platform
wind-down, fake legal action, debt relief, invented fees); the texts are invented, not real messages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华"]
HOSTS = ["cmb-pay", "jd-jr", "icbc-vip", "hb-clear", "fq-tk", "zx-law", "wd-kf", "bb-zx", "kf-365", "xy-help"]
TLDS = ["xyz", "top", "cc", "vip", "com"]

# {n} name, {a} amount, {p} phone, {l} link, {d} days, {c} card tail; [x|y] is a word that varies.
TEMPLATES: list[str] = [
    "【招商银行】尊敬的{n}，您尾号{c}的信用卡因异常交易已被[冻结|暂停使用]，请于{d}日内联系{p}解冻，逾期将影响征信。",
    "您的借呗账户被系统判定为[违规|异常]，需缴纳保证金{a}元方可解除，请添加客服QQ{p}办理。",
    "{n}您好，您在某平台的网贷已逾期{d}天，我司已受理[起诉|立案]，传票将寄至户籍地，速还{a}元撤诉，联系{p}。",
    "【京东金融】您已获得{a}元提额资格，点击{l}完成[认证|验证]，{d}小时内有效，回T退订。",
    "【中国银联】您的账户[积分|奖励金]{a}即将清零，请登录{l}兑换现金，退订回T。",
    "{n}，我们是债务优化中心，可为您[停息挂账|减免利息]，协商还款仅需手续费{a}元，详询{p}。",
    "通知：您名下的网贷平台即将清退，为避免影响征信请于{d}日内注销账户，客服{p}，链接{l}。",
    "{n}你欠的{a}元今天再不还，我们就[上门|联系你家人]，通讯录已经导出，别怪我们不客气，回电{p}。",
    "【微众银行】您的微粒贷利率可下调至[3.6%|年化3%]，仅限今日，请下载APP {l} 申请。",
    "尊敬的客户，您的学生贷记录未注销将影响征信，请按要求将余额{a}元转入安全账户{c}，详询{p}。",
    "【法院通知】{n}因欠款{a}元被列为被告，案件已进入[执行|诉讼]程序，请查看{l}。",
    "您的快递在运输中丢失，我司将理赔{a}元，请添加理赔专员微信{p}办理，{d}天内有效。",
]

LEGIT: list[str] = [
    "【招商银行】您尾号{c}的信用卡本期账单{a}元，到期还款日{d}日，请按时还款。如已还款请忽略。",
    "【中国建设银行】您尾号{c}的贷款本月应还{a}元，请于{d}日前存入足额资金。",
    "【花呗】您本月账单{a}元将于{d}日到期，请登录支付宝还款。",
    "【平安银行】尊敬的{n}，您的个人贷款已逾期{d}天，请尽快还款，官方客服95511。",
]

# What senders add or cut between copies of one template: a prefix, a closing line, a dropped clause.
PREFIXES = ["【重要通知】", "【温馨提示】", "紧急！", ""]
SUFFIXES = ["请勿回复本短信。", "详情咨询在线客服。", "退订回T", "如有疑问请及时联系。", ""]

NOISE_WORDS = "今天明天会议快递取件验证码天气不错请回复谢谢收到好的下午见晚上吃饭周末电影孩子学校医院预约车票机场"


@dataclass(frozen=True)
class Message:
    text: str
    family: int  # index into TEMPLATES, -2 - index into LEGIT for a genuine reminder, -1 for noise


def _fill(rng: random.Random, template: str) -> str:
    out = template
    while "[" in out:
        start, end = out.index("["), out.index("]")
        out = out[:start] + rng.choice(out[start + 1 : end].split("|")) + out[end + 1 :]
    return out.format(
        n=rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(["", "先生", "女士"]),
        a=f"{rng.randint(2, 900) * 100:,}" if rng.random() < 0.5 else str(rng.randint(200, 90000)),
        p="1" + rng.choice("3578") + "".join(rng.choice("0123456789") for _ in range(9)),
        l=f"http://{rng.choice(HOSTS)}{rng.randint(1, 99)}.{rng.choice(TLDS)}/{rng.randint(100, 9999)}",
        d=rng.randint(1, 30),
        c="".join(rng.choice("0123456789") for _ in range(4)),
    )


def _vary(rng: random.Random, text: str) -> str:
    clauses = text.split("，")
    if len(clauses) > 3 and rng.random() < 0.25:
        del clauses[rng.randrange(1, len(clauses) - 1)]
    return rng.choice(PREFIXES) + "，".join(clauses) + rng.choice(SUFFIXES)


def noise(rng: random.Random) -> str:
    """A one-off message: ordinary words in random order, like no other."""
    return "".join(rng.choice(NOISE_WORDS) for _ in range(rng.randint(14, 40)))


def messages(count: int, *, seed: int = 11, scam_share: float = 0.7, legit_share: float = 0.15) -> list[Message]:
    """`count` raw messages: scams from TEMPLATES, genuine reminders and noise, shuffled."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < scam_share:
            family = rng.randrange(len(TEMPLATES))
            out.append(Message(_vary(rng, _fill(rng, TEMPLATES[family])), family))
        elif roll < scam_share + legit_share:
            legit = rng.randrange(len(LEGIT))
            out.append(Message(_fill(rng, LEGIT[legit]), -2 - legit))
        else:
            out.append(Message(noise(rng), -1))
    return out
