"""`analyze(text, sender)`: the risk level and red flags of one collection SMS.

Plain Python on purpose (no Django): the wizard, the import command and the review tools all call it.
The result never says "certainly a scam": it is a risk level plus the reasons, each with its source.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from . import wording
from .alternation import by_first_character, skipping_ahead
from .channels import (
    ASK_WORDS,
    BARE_REPLY,
    CARRIES_CODE,
    CHAT_WORDS,
    DATE,
    DONE_BEFORE,
    LEFT_OUT_LINK,
    LEFT_OUT_MARK,
    LINK_WORDS,
    MASK_TOKENS,
    NUMBER_WORDS,
    OPT_OUT,
    PERSONAL_ACCOUNT_WORDS,
    PERSONAL_REQUEST,
    QR_CHAT_WORDS,
    QR_PAY_WORDS,
    SERVICE_OR_FEE,
    UNSHOWN_LINK_ASK,
    WALLET_OF_MINE,
    Channel,
    asks_to_pay,
    find_channels,
    masked_links,
    may_have_left_out_link,
)
from .institutions import Institution, all_official_domains, claimed_institution, institution_for_number
from .links import (
    ABUSED_TLDS,
    FoundLink,
    Lookalikes,
    OfficialDomain,
    find_links,
    host_belongs_to,
    is_gov_cn_host,
    is_shortener,
    label_suffixes,
    on_known_site,
)
from .normalize import Compact, fold, lower_in_place, normalize
from .numbers import is_public_line
from .rules import HIGH_SCORE, IMPLIED_CHANNEL_WEIGHT, MEDIUM_SCORE, RULES, Rule, all_text_hits, first_match, is_negated
from .sender import SenderInfo, classify_sender

# Kinds of a number written in the text that are some organisation's service line: judged against the
# claimed institution's published numbers, but not personal.
_SERVICE_NUMBER_KINDS = frozenset({"service_955", "service_95_96", "hotline_400", "carrier_service", "masked_hotline"})
# Text rules that are themselves a request to act through a channel no institution uses.
# A debt or a legal case claimed in the message (the words the unknown-platform rule looks for, and more).
_DEBT_OR_CASE = re.compile(r"欠款|欠费|欠债|逾期|还款|拖欠|催收|起诉|诉讼|立案|法院|律师|冻结")
# Senders whose short code is a carrier's or a public body's own: a bill from 10086 names its creditor by
# the number it comes from.
_OWN_SHORT_KINDS = frozenset({"carrier_service", "gov_short"})
# A signature naming a bank the directory does not list ("【昆山鹿城村镇银行】"), not "【正规银行放款】".
_BANK_SIGNATURE = re.compile(r"(?:银行|信用社|信用合作联社|农商行|农信社)\Z")
# A bank whose name the page quoting the message masked ("【XX银行】", "××银行通知:", "**银行信用卡中心:"):
# some bank claims to write, and no bank answers on a 400 line the directory does not list.
_MASKED_BANK = re.compile(r"(?:x{1,4}|×{1,4}|\*{1,4}|某{1,2})(?:银行|银联)[^,.;:!?。\n]{0,6}(?:通知|提醒|提示|:)")
# The named institution's own website, by name and without an address: "请登陆浦发信用卡网站兑换", "登录官方网站查询".
# Where to go, not a link given (not "登录以下网站", "点击该网页").
# The site must carry the institution's name or 官方 (checked in `_own_site`); not a page named for the task:
# "登录手机银行维护网站", "进入激活网站", "登录解冻网站".
_OWN_SITE = re.compile(
    r"(?:登录|登陆|登入|访问|进入)(?!以下|下列|下方|如下|此|该|这个|指定|相关)"
    r"((?:(?!维护|升级|激活|认证|验证|安全|更新|专属|活动|领取|兑换|解冻|冻结|注销)[\u4e00-\u9fff]){2,6})(?:网站|官网)"
)
_OPEN_VERB = re.compile(r"(?:登录|登陆|打开)")
# What may follow the name: the app itself, its own site, or a menu path ("支付宝-实名认证"); not a page
# named for the task ("前往建设银行认证页面", "登录中国银行安全中心").
_OWN_APP_AFTER = re.compile(r"\s{0,2}(?:app|客户端|手机银行|网上银行|官网|官方网站|官方app|[-—–>》])")


@functools.cache
def _names_own(claimed: Institution) -> tuple[str, ...]:
    """The institution's names in lower case (asked by `_own_site` and `_opens_by_name` for each message naming it)."""
    return tuple(alias.lower() for alias in claimed.aliases + (claimed.name_zh,) if len(alias) >= 2)


# A message that calls its reader or the reader's account a suspect, or puts the reader on an arrest list (see the government
# block in `_analyze`).
# (Not a notice of a traffic offence, "您涉嫌交通违法……请于15日内到交警大队接受处理", nor a wanted notice to the public, "对拒不投案的，
# 将依法逮捕", "将依法上网通缉": a review found those.)
_ACCUSED = re.compile(
    "(?:你|您)(?:名下)?的?(?:账户|帐户|银行卡|身份证|身份信息)(?:已经|已|因|因为)?涉嫌"
    "|(?:你|您)(?:已经|已)?涉嫌[^,.;:!?，。；：！？\n]{0,12}(?:洗钱|犯罪|诈骗|非法|案件)"
    "|(?:你|您)[^,.;:!?，。；：！？\n]{0,8}(?:列入|纳入|上了)[^,.;:!?，。；：！？\n]{0,4}(?:逮捕|通缉)"
)


def _after_its_name_opened(lowered: str, claimed: Institution) -> Iterator[int]:
    """Where the text goes on after a verb of opening and the named institution's name ("请登录支付宝-实名认证": after 支付宝)."""
    aliases = _names_own(claimed)
    for verb in itertools.islice(_OPEN_VERB.finditer(lowered), 8):
        for alias in aliases:
            if lowered.startswith(alias, verb.end()):
                yield verb.end() + len(alias)


def _opens_by_name(lowered: str, claimed: Institution) -> bool:
    """The text sends the person into the named institution's own app by its name: "请登录支付宝-实名认证查看详情"."""
    return any(_OWN_APP_AFTER.match(lowered, at) is not None for at in _after_its_name_opened(lowered, claimed))


def _names_its_own_system(lowered: str, claimed: Institution) -> bool:
    """The text sends the person into a system of the named institution by its name: "请尽快登录京东慧采进行审批". Not a page named for
    the task, as `_opens_by_name` says ("打开建设银行积分活动页兑换", a fresh read found)."""
    return any(_A_PAGE.search(lowered, at, at + 8) is None for at in _after_its_name_opened(lowered, claimed))


_A_PAGE = re.compile("页|链接|网址|中心|入口")


def _without_signature(lowered: str, signature: str) -> str:
    """The text without the signature it opens or ends with ("【12333】……", "交管12123:……", "……【中国银行】"), or opens a message the
    person pastes with ("今天收到短信说：【交管12123】……"); a bracket inside a sentence ("请及时到【营业厅】办理") is no signature."""
    at = lowered.find(signature.lower()) if signature else -1
    if at < 0 or 2 < at < len(lowered) - len(signature) - 2 and "\u4e00" <= lowered[at - 2] <= "\u9fff":
        heading = _HEADING.match(lowered)  # (or the heading it opens with, "交管12123:……")
        return lowered[heading.end() :] if heading else lowered
    return lowered[:at] + lowered[at + len(signature) :]


_HEADING = re.compile("[^:\n]{1,12}:")


def _own_site(match: re.Match[str] | None, claimed: Institution | None, signature: str) -> bool:
    """`_OWN_SITE` matched a site that carries the named institution's name, the signer's or 官方 ("登陆浦发信用卡
    网站", "【某省教育考试院】……请登录省教育考试院网站查询")."""
    if match is None:
        return False
    name = match.group(1)
    return (
        "官方" in name
        or (len(name) >= 3 and name in signature)
        or (claimed is not None and any(alias in name for alias in _names_own(claimed)))
    )


# A short service number standing alone in the text ("发送JFHB1117至10086", "回复1至95555").
_SHORT_NUMBER = re.compile(r"(?<![\d-])(?:1\d{4}|9\d{4})(?![\d-])")


def _to_service_number(lowered: str) -> bool:
    """The text sends the person to some institution's own short service number: no channel is left out."""
    return any(institution_for_number(m.group(0)) is not None for m in itertools.islice(_SHORT_NUMBER.finditer(lowered), 8))


_OWN_APP = re.compile(
    skipping_ahead(
        # (Not after 下载: the look-behind stands after the two-character word, so that `re` can skip ahead to the words.)
        r"(?:登录|登陆|打开|通过|使用|前往)(?<!下载..)[^,.;:!?，。；：！？\n]{0,12}(?:app|客户端|手机银行|小程序)"
        # A branch or counter in person ("请本人携带身份证到任一网点核实"), or the shop's own order page.
        r"|(?:到|前往|去|至)(?:任一|附近|就近|当地|各)?的?(?:营业网点|网点|营业厅|柜台|柜面|支行|分行)"
        r"|(?:留意|查看)[^,.;:!?，。；：！？\n]{0,8}(?:订单|购物平台)"
    )
)
# What an agency charges for its "service", asked first (batch 71). Not one a person was told to pay, paid already or need not pay
# ("要我先交评估费", "中介要求我先交评估费", "先交了评估费2000", "交了建档费399", "不用先交什么评估费", two reviews), nor a firm's materials
# ("本月材料费2000元已报销").
_AGENCY_FEE = re.compile(
    "(?<!要我)(?<!让我)(?<!叫我)(?<!求我)(?<!不用)(?<!无需)(?<!不需)(?<!不必)(?:先交|先付|先缴|需交|需付|需缴)(?!了)[^。!?\n,，]{0,6}"
    "(?:评估费|建档费|材料费|资料费|服务费|定金|手续费|佣金|押金|会员费|咨询费|代理费|前期费用)"
    "|(?<!交了)(?<!花了)(?<!付了)(?:评估费|建档费)\\d"
)
# A court's own channels excuse its words only where nothing asks for money ("另需缴纳保全费至个人账户").
_MONEY_DEMANDS = frozenset({"fees", "pay_to_account", "someone_elses_account", "safe_account", "asks_secrets"})
_REASSURING = frozenset({"official_sender", "official_domain", "official_channel_advice"})
_CHANNEL_TEXT_RULES = ("safe_account", "private_chat", "app_or_screen_share", "asks_secrets")
# Rules whose pattern begins with a warning's words and goes on to an ask: a warning clause does not hide them (batch 70, "谨防诈骗，请勿还款至
# APP，请扫专员码还款" reads as one warning sentence).
_READS_PAST_WARNINGS = frozenset({"warning_then_ask"})

# The longest SMS the site accepts: a long-SMS chain tops out far below this (about 1,000 characters
# in practice); the cap keeps one request's work bounded (see bench/bench_analysis.py).
MAX_TEXT_LENGTH = 5000
# Links judged per message: far more than any real SMS has, bounded for pasted junk.
MAX_LINKS = 50
# Evidence strings kept per flag: enough to show the pattern, not the whole message.
MAX_EVIDENCE = 5

RISK_LEVELS = ("high", "medium", "low")
RISK_LABELS = {"high": ("高风险", "High risk"), "medium": ("中风险", "Medium risk"), "low": ("低风险", "Low risk")}

# Sender kinds a bank or licensed lender does not text from; a claim from one is a mismatch.
_PERSONAL_KINDS = frozenset({"mobile", "virtual_mobile", "foreign", "landline"})
# Sender kinds that are some organisation's service number: a mismatch only when we know the claimed
# institution's own numbers (or the number is another institution's).
_SERVICE_KINDS = frozenset({"service_955", "service_95_96", "hotline_400", "gov_short", "carrier_service"})


# Every official domain with the forms the look-alike check needs, built once at import.
_OFFICIALS = tuple(OfficialDomain.of(domain, inst.service_numbers) for domain, inst in all_official_domains())
_OWNER = {domain: inst for domain, inst in all_official_domains(include_sms=True)}
_LOOKALIKES = Lookalikes(_OFFICIALS)
# A government's suffix inside a host that is not under it ("court-gov.cn.qsz.top", "12123-gov-cn.com").
# (Not at the host's end: "777888gov.cn" is its own registered name, told of as a fake in a warning, and no look-alike of a suffix.)
_GOV_CN_INSIDE = re.compile(r"(?<![a-z0-9])gov[.\-_]?cn(?=[.\-_])")


class TextTooLong(ValueError):
    """The message is longer than MAX_TEXT_LENGTH characters."""

    def __init__(self, length: int) -> None:
        super().__init__(f"text is {length} characters long; the limit is {MAX_TEXT_LENGTH}")
        self.length = length
        self.limit = MAX_TEXT_LENGTH


def _lang_is_en(lang: str) -> bool:
    return lang.lower().startswith("en")


class Flag(NamedTuple):
    """One red flag or reassuring sign found in a message: its rule's texts plus this message's evidence.

    A tuple holding a reference to the rule rather than copies of its eleven texts: a message gets
    several flags, and building them is on the analyser's hot path. (As a NamedTuple it also has a
    length and unpacks to (rule, weight, severe, evidence); nothing relies on that.)
    """

    rule: Rule
    weight: int
    severe: bool
    evidence: tuple[str, ...]

    # The rule's texts, read through from the rule (spelled out one by one so that type checkers see them).
    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def title_zh(self) -> str:
        return self.rule.title_zh

    @property
    def title_en(self) -> str:
        return self.rule.title_en

    @property
    def why_zh(self) -> str:
        return self.rule.why_zh

    @property
    def why_en(self) -> str:
        return self.rule.why_en

    @property
    def advice_zh(self) -> str:
        return self.rule.advice_zh

    @property
    def advice_en(self) -> str:
        return self.rule.advice_en

    @property
    def source_zh(self) -> str:
        return self.rule.source_zh

    @property
    def source_en(self) -> str:
        return self.rule.source_en

    @property
    def source_url(self) -> str:
        return self.rule.source_url

    @property
    def confidence(self) -> str:  # "✔" two or more consistent sources, "◐" one; "" for our own checks
        return self.rule.confidence

    @property
    def reassuring(self) -> bool:
        return self.rule.reassuring

    @property
    def source(self) -> str:
        return self.rule.source_zh

    def title(self, lang: str = "zh-hans") -> str:
        return self.rule.title_en if _lang_is_en(lang) else self.rule.title_zh

    def why(self, lang: str = "zh-hans") -> str:
        return self.rule.why_en if _lang_is_en(lang) else self.rule.why_zh

    def advice(self, lang: str = "zh-hans") -> str:
        return self.rule.advice_en if _lang_is_en(lang) else self.rule.advice_zh

    def source_label(self, lang: str = "zh-hans") -> str:
        return self.rule.source_en if _lang_is_en(lang) else self.rule.source_zh


@dataclass(frozen=True)
class Link:
    text: str  # as written in normalized_text
    host: str  # lower-case with dots restored
    kinds: tuple[str, ...]  # flag codes that apply: link, shortener, raw_ip, punycode, lookalike_domain,
    # foreign_domain, or official_domain for a link to the named institution's own domain
    domain: str = ""  # registrable domain, e.g. "icbc.com.cn"
    span: tuple[int, int] = (0, 0)  # position in normalized_text


@dataclass(frozen=True)
class Analysis:
    risk: str  # "high" | "medium" | "low"
    score: int
    flags: tuple[Flag, ...]  # red flags first (heaviest first), then reassuring signs
    sender_kind: str
    sender_subkind: str
    institution: Institution | None
    links: tuple[Link, ...]
    normalized_text: str
    hit_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # red-flag hits, merged

    @property
    def red_flags(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if not f.reassuring)

    @property
    def reassuring_flags(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.reassuring)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(f.code for f in self.flags)

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.flags)

    def risk_label(self, lang: str = "zh-hans") -> str:
        zh, en = RISK_LABELS[self.risk]
        return en if _lang_is_en(lang) else zh

    def highlighted(self) -> list[tuple[str, bool]]:
        """normalized_text cut into (segment, is_hit) pieces; hits are the words behind red flags."""
        pieces: list[tuple[str, bool]] = []
        last = 0
        for start, end in self.hit_spans:
            if start > last:
                pieces.append((self.normalized_text[last:start], False))
            pieces.append((self.normalized_text[start:end], True))
            last = end
        if last < len(self.normalized_text):
            pieces.append((self.normalized_text[last:], False))
        return pieces


def _make_flag(rule: Rule, weight: int, evidence: tuple[str, ...], severe: bool | None = None) -> Flag:
    return Flag(rule, weight, rule.severe if severe is None else severe, evidence)


def flag_for_code(code: str) -> Flag | None:
    """The texts of a flag by its code, without evidence (for answers stored earlier); None if unknown."""
    rule = RULES.get(code)
    return _make_flag(rule, rule.weight, ()) if rule is not None else None


_RULE_ORDER = {code: index for index, code in enumerate(RULES)}
# "Look at these photos" where every link is on a site people share every day: with a stranger's number and the link, medium.
_BAIT_ON_A_SHARED_SITE_WEIGHT = 2
# Bait that frightens rather than shares, wherever its link is ("看你干的好事，证据都在里面 <cloud drive>", "这是你吗", a review found).
_BLACKMAIL_BAIT = re.compile("干的好事|证据都在|做出[^。!?\n]{0,4}(?:这样|这种)的?事|是你吧|是不是你|是你吗|的是你")


class _Collector:
    """Gathers flags with their evidence and spans while the checks run."""

    def __init__(self, compact: Compact, as_written: str) -> None:
        # Spans are positions in the compact copy; a text rule's evidence is quoted as written.
        self.compact = compact
        self.as_written = as_written
        self.evidence: dict[str, list[str]] = {}
        self.weights: dict[str, int] = {}
        self.spans: list[tuple[int, int]] = []
        self.not_severe: set[str] = set()  # severe rules that do not decide alone in this message
        self.made_severe: set[str] = set()  # rules that are severe in this message though not in general

    def discard(self, code: str) -> None:
        self.evidence.pop(code, None)
        self.weights.pop(code, None)

    def add(self, rule: Rule, evidence: str, span: tuple[int, int] | None = None, weight: int | None = None) -> None:
        if span is not None and evidence in (self.compact.cased[span[0] : span[1]], self.compact.plain[span[0] : span[1]]):
            # Words found in the compact copy are quoted as written: "加 微 信", not "加微信", and "dk", "逾⑦" or "扣扣" as the
            # person typed them, not the words the compact copy reads them as (a same-length rewrite removes nothing).
            evidence = self.as_written[slice(*self.compact.original_span(*span))]
        self._add(rule, (evidence,), () if span is None else (span,), rule.weight if weight is None else weight)

    def add_spans(self, rule: Rule, spans: list[tuple[int, int]], weight: int | None = None) -> None:
        """`add` for each of a text rule's hits (spans in the compact copy), in one go."""
        quoted = (self.as_written[start:end] for start, end in self.compact.original_spans(spans))
        self._add(rule, quoted, spans, rule.weight if weight is None else weight)

    def _add(self, rule: Rule, evidence: Iterable[str], spans: Iterable[tuple[int, int]], weight: int) -> None:
        found = self.evidence.setdefault(rule.code, [])
        for item in evidence:
            if len(found) >= MAX_EVIDENCE:
                break
            if item and item not in found:
                found.append(item)
        self.weights[rule.code] = weight
        if not rule.reassuring:
            self.spans.extend(span for span in spans if span[1] > span[0])

    def flags(self) -> tuple[Flag, ...]:
        made = [
            Flag(
                rule,
                self.weights[code],
                (rule.severe and code not in self.not_severe) or code in self.made_severe,
                tuple(self.evidence[code]),
            )
            for code, rule in zip(self.evidence, map(RULES.__getitem__, self.evidence))
        ]
        # Red flags by weight, heaviest first; reassuring signs after them, strongest first; ties in
        # the order of the rules file.
        made.sort(key=lambda f: (f.rule.reassuring, -abs(f.weight), _RULE_ORDER[f.rule.code]))
        return tuple(made)

    def merged_spans(self) -> tuple[tuple[int, int], ...]:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return tuple(merged)


def analyze(text: str, sender: str | None = None) -> Analysis:
    """Rate one SMS. Raises TextTooLong above MAX_TEXT_LENGTH characters and TypeError for non-text."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if len(text) > MAX_TEXT_LENGTH:
        raise TextTooLong(len(text))
    if sender is not None and not isinstance(sender, str):
        sender = str(sender)
    if not sender and (head := _SENDER_LINE.match(text)) is not None and _looks_like_a_sender(head.group("number")):
        # "发件人：95588⏎……" pasted with the message and the sender box left empty: the number is its sender.
        return _after(normalize(text[: head.end()]), _analyze(text[head.end() :], head.group("number")))
    return _analyze(text, sender)


# A sender copied at the head of the message, on a line of its own: "发件人：95588", "来自 +86 138 0013 8000", masked as a
# page prints it, "发件人：17*********".
_SENDER_LINE = re.compile(
    r"\s{0,3}(?:发件人|发信人|发送人|发送方|发送号码|短信来自|来自|sender|from)\s{0,2}[:：]?\s{0,3}"
    r"(?P<number>\+?[\d\s\-()*×xX]{3,24}[\d*×xX])\s{0,3}(?:\n|内容[:：])",
    re.IGNORECASE,
)


def _looks_like_a_sender(number: str) -> bool:
    """Five digits at least (masks count), and not a date ("From 2024-03-05")."""
    return sum(c.isdigit() or c in "*×xX" for c in number) >= 5 and DATE.fullmatch(number.strip()) is None


def _after(head: str, result: Analysis) -> Analysis:
    """`result` for the text after `head` (normalized), with `head` put back before it and every span moved."""
    shift = len(head)
    return replace(
        result,
        normalized_text=head + result.normalized_text,
        hit_spans=tuple((start + shift, end + shift) for start, end in result.hit_spans),
        links=tuple(replace(link, span=(link.span[0] + shift, link.span[1] + shift)) for link in result.links),
    )


def _analyze(text: str, sender: str | None) -> Analysis:
    as_written = normalize(text)
    written_lower = lower_in_place(as_written)
    compact = Compact(as_written, written_lower)
    # Every check reads the compact copy, where separators put between Chinese characters are gone ("服 务
    # 电 话", "【交通 银 行】", "点★击") and a line break after punctuation no longer ends the sentence; its
    # positions go back to the text as written at the end.
    normalized, lowered = compact.cased, compact.plain
    info = classify_sender(sender)
    sender = fold(sender).strip() if sender else ""  # shown as evidence: no bidi or zero-width marks
    found = _Collector(compact, as_written)

    sender_owner = institution_for_number(info.digits) if info.digits else None
    institution, signature, naming_span = claimed_institution(normalized, lowered, official_sender=sender_owner is not None)
    claimed = institution
    if institution is None:
        institution = sender_owner

    # A scam quoted by a warning ("近期有不法分子发送“积分可兑换现金”的诈骗短信"): what stands inside the
    # quotation is described, not asked for, so no rule, link or number counts there.
    mentioned = quoted_mentions(normalized)
    # A text that only tells of the scams it quotes (a warning, the news, a person's account after the fact, batch 56): no rule
    # counts inside its quotations, and the text is judged as a warning below. (Their numbers and links still count, as what
    # is worth a second look: "我妈收到：“……交两万保证金到民警个人账户6222…”，她差点被骗".)
    narrated = _narrated_quotations(normalized, lowered) if info.kind not in _PERSONAL_KINDS else []
    # A clause that names the fraudsters ("不法分子冒充银行……要求您点击短信中的链接"), and the clauses that
    # go on telling what they do, describe a scam: no rule hit and no words about a link count inside
    # them. Only those: a warning put before a scam's own request ("近期有不法分子冒充客服，请提高警惕。
    # 您的账户存在风险，请点击链接验证") changes nothing.
    warned = warning_clauses(normalized)
    hidden = mentioned + warned + narrated
    # Scam-family rules wait until the channels are known: they count only beside an unofficial one.
    family_hits: list[tuple[Rule, list[tuple[int, int]]]] = []
    # A family that is judged by its words only where no institution is named, or where the channel is a
    # salesman's (below).
    named = claimed is not None or _BANK_SIGNATURE.search(signature) is not None
    named_hits: list[tuple[Rule, list[tuple[int, int]]]] = []
    for rule, hits in all_text_hits(compact.text):
        spans = hits
        # (A rule whose first half is the warning itself is hidden only by a quotation or a case told, not by its own warning's clause.)
        unseen = (mentioned + narrated) if rule.code in _READS_PAST_WARNINGS else hidden
        if unseen:
            spans = [span for span in spans if not _inside(span, unseen)]
            if not spans:
                continue
        if rule.needs_channel:
            if rule.unnamed_only and named:
                named_hits.append((rule, spans))
            else:
                family_hits.append((rule, spans))
        else:
            found.add_spans(rule, spans)

    _check_sender(found, info, sender, claimed, signature, naming_span, normalized)
    # The sender is one of the named institution's own numbers (or, with no name, some institution's).
    official_number = sender_owner is not None and (claimed is None or claimed.owns_number(info.digits))
    found_links = find_links(normalized, lowered, MAX_LINKS)
    if mentioned:
        found_links = [link for link in found_links if not _inside((link.start, link.end), mentioned)]
    links = _check_links(found, found_links, claimed, institution if official_number else None, lowered)
    # A debt with no platform named, unless the sender or a link is some institution's own ("您的电话已
    # 欠费，可登录www.10010.com缴费": the domain names who is writing).
    if sender_owner is None and info.kind not in _OWN_SHORT_KINDS and not any("official_domain" in link.kinds for link in links):
        _check_unknown_platform(found, compact, claimed, signature, hidden)
    channels = find_channels(lowered, [link.span for link in links])
    if mentioned:
        channels = [channel for channel in channels if not _inside(channel.span, mentioned)]
    tokens = (
        {m.group(0): m for m in itertools.islice(MASK_TOKENS.finditer(normalized), 8)}
        if "L" in normalized or "E" in normalized or "K" in normalized or "QQ " in normalized
        else {}
    )
    words = NUMBER_WORDS.search(lowered) if not any(c.kind == "phone" for c in channels) else None
    words = words or next((m for m in tokens.values() if not (m.group("link") or m.group("chat") or m.group("account"))), None)
    if words is not None:
        channels.append(Channel("phone", words.group(0), words.span(), "x", "masked"))
    kinds = {channel.kind for channel in channels}
    if "chat" not in kinds and ("加" in lowered or "扫" in lowered or "add " in lowered):
        # The chat ID left out ("加下我 QQ"), unless the words are a warning about such requests.
        chat_words = (CHAT_WORDS.search(lowered) if "加" in lowered or "add " in lowered else None) or (
            QR_CHAT_WORDS.search(lowered) if "扫" in lowered else None
        )
        if (
            chat_words is not None
            # "添加微信公众号“中国电信广东客服”": an organisation's official account, not a person's chat.
            and not lowered.startswith(("公众号", "服务号", "订阅号"), chat_words.end())
            and not _inside(chat_words.span(), hidden)
            and not is_negated(RULES["private_chat"], lowered, *chat_words.span())
        ):
            channels.append(Channel("chat", chat_words.group(0), chat_words.span(), "", "left_out"))
            kinds.add("chat")
    for token in tokens.values():
        if token.group("chat") and "chat" not in kinds:
            channels.append(Channel("chat", token.group(0), token.span(), "", ""))
            kinds.add("chat")
        elif (
            token.group("account")
            and "account" not in kinds
            # "农行卡号 BANK NAME": the card and its holder, masked, as a friend or a "boss" gives them.
            and (asks_to_pay(lowered) or normalized.startswith(" NAME", token.end()))
        ):
            channels.append(Channel("account", token.group(0), token.span(), "", PERSONAL_REQUEST))
            kinds.add("account")
    if "account" not in kinds and (
        "扫" in lowered or "收款码" in lowered or "个人" in lowered or "员" in lowered or "我" in lowered or "服" in lowered
    ):
        # (The first one neither in a warning nor said to be unasked: "不要转到个人账户，请转到我的个人账户".)
        qr_pay = next(
            (
                match
                for words in (QR_PAY_WORDS, PERSONAL_ACCOUNT_WORDS, WALLET_OF_MINE)
                for match in itertools.islice(words.finditer(lowered), 4)
                if not _inside(match.span(), hidden)
                and _NOT_ASKED.search(lowered, max(0, match.start() - 8), match.start()) is None
                and _NOT_ASKED_WITH_OBJECT.search(lowered, max(0, match.start() - 12), match.start()) is None
                # (Nor the way one has always paid a landlord or a relative: "房租还是按老样子转我微信"; nor a son or a brother asking to
                # borrow, "哥，……先借我1500行吗？……转我微信就行", batches 12, 23 and 42: a relative's own request, not a stranger's account.)
                and _AS_EVER.search(lowered, max(0, match.start() - 10), match.start()) is None
                and not (match.group().startswith(_TO_ME) and _KIN_OPENING.match(lowered) is not None)
                and (
                    words is not WALLET_OF_MINE
                    or SERVICE_OR_FEE.search(
                        lowered, _sentence_start(lowered, match.start()), _sentence_end(lowered, match.end())
                    )
                    is not None
                )
            ),
            None,
        )
        if qr_pay is not None:
            channels.append(Channel("account", qr_pay.group(0), qr_pay.span(), "", PERSONAL_REQUEST))
            kinds.add("account")
    # (A lure that counts only beside a link of unknown origin does not make a courier's own number a scam's.)
    family = any(not rule.suspicious_link_only for rule, _ in family_hits)
    unofficial, unowned_number = _check_channels(found, channels, claimed, compact.text, family, official_number)
    # (Only beside a card or an account: a shop or a courier may well answer on a 400 line, "您的订单已冻结，请致电400…".)
    unowned_hotline = (
        claimed is None
        and not signature
        and _CARD_OR_ACCOUNT.search(lowered) is not None
        and any(channel.number_kind == "hotline_400" and not _is_public_or_owned(channel, None) for channel in channels)
    )
    implied = False
    implied_by_a_deadline = False
    implied_codes: set[str] = set()
    masked_link = False
    if not links:
        # A link left out or masked where the message is quoted ("请点击链接确认", "登录网址xxx"), unless
        # the words warn about links ("切勿点击短信中的链接", "不法分子……要求您点击链接").
        # Masked links and named install files, searched once and only where "://" or ".apk" stands.
        masked = masked_links(lowered, 8)
        # (Not where the mask stands after the institution's own app: "请登录手机银行查看 ******".)
        left_out = (
            (
                m
                for m in itertools.islice(LEFT_OUT_LINK.finditer(lowered), 8)
                if _OWN_APP.search(lowered, max(0, m.start() - 16), m.end()) is None
                and not (m.group("after_verb") and DONE_BEFORE.search(lowered, max(0, m.start() - 16), m.start() + 2))
            )
            if may_have_left_out_link(lowered)
            else ()
        )
        words = next(
            (
                m
                for m in itertools.chain(itertools.islice(LINK_WORDS.finditer(lowered), 8), masked, left_out)
                if not is_negated(RULES["link"], lowered, *m.span())
                and not _inside(m.span(), hidden)
                and not _own_site(_OWN_SITE.fullmatch(m.group(0)), claimed, signature)
            ),
            None,
        )
        # (A link masked or marked as left out where an institution is named, "申诉请登录（链接略）处理": whose site it was
        # cannot be checked, so it weighs as much as a channel left out does: medium, "check it through the institution's
        # own app or number". Not words alone, "点击查看详情", nor a dataset's <URL> token: a notice copied without its
        # link, the institution's own as often as not. Masked: "http://xxx", "******" or a note such as "(链接略)" in the
        # words found or right after them.)
        left_out_for_named = (
            words is not None
            and claimed is not None
            and LEFT_OUT_MARK.search(lowered, words.start(), words.end() + 12) is not None
        )
        masked_link = words is not None
        words = words or tokens.get("URL")
        if words is not None:
            found.add(RULES["link"], words.group(0), words.span(), weight=IMPLIED_CHANNEL_WEIGHT if left_out_for_named else None)
            # An install file anywhere among the link's words ("请帖点击查看：http://xxx/qingjian.apk").
            install = next((m for m in masked if _INSTALL_FILE.search(m.group(0)) and not _inside(m.span(), hidden)), None)
            if install is not None and not is_negated(RULES["link"], lowered, *install.span()):
                found.add(RULES["install_file_link"], install.group(0), install.span())
            unofficial = True
        elif not channels and family_hits and not official_number and "official_channel_advice" not in found.evidence:
            # A message that ends cut off ("……请点击…", "全部失效……") may have lost its request with its end.
            # (Only where no institution is named: a bank's own notice cut off is just cut off.)
            cut_off = claimed is None and _ends_cut_off(lowered)
            asked = (
                ASK_WORDS.search(lowered) is not None
                or cut_off
                or (BARE_REPLY.search(lowered) is not None and OPT_OUT.search(lowered) is None)
            )
            # (The text without the signature it opens or ends with, which anyone can write: a hotline inside "【12333】" or "交管12123:"
            # is no route named.)
            unsigned = _without_signature(lowered, signature)
            pressed = (
                # A claim that presses with a deadline or a consequence and names no way to deal with it at all, as warnings and people
                # quote such texts with the link and number cut ("您的ETC认证状态已失效，5月20日前未核验将影响高速通行", "您的医保电子凭证未
                # 激活，次月起停止报销", batch 61): the way was left out. Where an institution signs or is named too, for a signature is no
                # proof of whose the text is ("【社保局】……您的社保卡功能已冻结，请及时处理", batch 62) — unless it presses for the reader's
                # own business, as its own reminders do ("【招联金融】……请于8月25日前还款，逾期将影响信用记录", a carrier's "欠费超过……将会
                # 双向停机"), and threatens nothing beyond, or sends to its own system by name. Not where the sender is its own number, nor
                # where the text names its own route (a branch, an app, a window, a hotline), nor a promotion one can unsubscribe from; and the
                # deadline the message's own, not one it quotes ("大家别信：“……否则停发退休金”"). It decides medium at most: the wording does
                # not raise it (a review found a relative's "社保断缴了，尽快补缴" raised to high by its words).
                not asked
                and (
                    claimed is None
                    or (
                        (_ITS_OWN_BUSINESS.search(lowered) is None or _A_THREAT_BEYOND.search(lowered) is not None)
                        and not _names_its_own_system(lowered, claimed)
                    )
                )
                and any(not _inside(m.span(), hidden) for m in itertools.islice(_A_DEADLINE.finditer(lowered), 8))
                # (Said to the reader's own record, outside what a warning quotes: "您…", "你的…"; a person's question around the
                # message they paste keeps it theirs. Not a relative or a friend addressed by name, "妈，你的社保……", nor a complaint to
                # a firm, "你们尽快处理", nor the writer's own, "我的ETC被停用了", a review found.)
                and any(not _inside(m.span(), hidden) for m in itertools.islice(_YOUR.finditer(lowered), 16))
                and _KIN_OPENING.match(lowered) is None
                and _OWN_ROUTE.search(unsigned) is None
                and "退订" not in lowered
                and OPT_OUT.search(lowered) is None
            )
            asks = asked or pressed
            # "请登录个人所得税App查看", "请登录招商银行App处理": the named institution's own app is no hidden channel.
            own_app = _own_site(_OWN_SITE.search(lowered), claimed, signature) or (
                # (The name is looked for as written: the compact copy has lost the dash of "支付宝-实名认证".)
                claimed is not None and (_OWN_APP.search(lowered) is not None or _opens_by_name(written_lower, claimed))
            )
            # (A service number only in the signature sends to none beside a bare deadline: "【12333】您的社保卡将于今日停用，请及时处理", a
            # review found. Where the text asks for something, the signature's number counts: "【12333】您咨询的……短信非本部门发送".)
            implied = (
                asks
                and CARRIES_CODE.search(lowered) is None
                and not own_app
                # (Nor for a link asked for and not shown, "【交管12123】……今日点链接缴罚款": the signature's number is no route to it.)
                and not _to_service_number(unsigned if pressed or UNSHOWN_LINK_ASK.search(lowered) else lowered)
            )
            implied_by_a_deadline = implied and pressed
    unofficial = (
        unofficial
        or any("official_domain" not in link.kinds for link in links)
        or any(code in found.evidence for code in _CHANNEL_TEXT_RULES)
    )
    if unofficial and "fees" in found.evidence:
        # A fee asked before a loan, a job or a refund, paid through a channel the message's institution (or no
        # institution) does not own ("报名先交押金500元，转账到我个人微信"): the advance-fee fraud itself.
        found.made_severe.add("fees")
    masked_bank = claimed is None and (
        _MASKED_BANK.match(lowered) is not None or bool(signature) and _MASKED_BANK.match(signature.lower() + ":") is not None
    )
    # A named institution's own offer through a branch landline is judged by that number alone; a mobile, a
    # chat or a link it does not own is a salesman's ("我处长期和建行合作提供贷款……李主任132…").
    if named_hits and (
        any(
            channel.kind == "chat" or channel.number_kind in ("mobile", "virtual_mobile", "masked_mobile") for channel in channels
        )
        or any("official_domain" not in link.kinds for link in links)
    ):
        family_hits += named_hits
    # A link neither the institution's nor on a site people share every day, or one the quoting page masked.
    suspicious_link = masked_link or any("official_domain" not in link.kinds and not on_known_site(link.host) for link in links)
    for rule, spans in family_hits:
        if rule.suspicious_link_only:
            channelled = suspicious_link
        else:
            channelled = (
                unofficial or ((rule.any_number or masked_bank) and unowned_number) or (rule.any_hotline and unowned_hotline)
            )
        if (
            channelled
            and rule.code == "bait_link"
            and links
            and not suspicious_link
            and not any(_BLACKMAIL_BAIT.search(lowered, start, end) for start, end in spans)
        ):
            # "Look at these photos" with a link only to a site people share every day, a cloud drive or a photo site ("婚礼照片都在这，
            # 打开看看 <jianguoyun.com>"): how friends share albums; a trojan needs its own address. It counts, but does not decide.
            found.add_spans(rule, spans, weight=_BAIT_ON_A_SHARED_SITE_WEIGHT)
            found.not_severe.add(rule.code)
        elif channelled:
            found.add_spans(rule, spans)
        elif rule.weight_alone or (implied and not rule.suspicious_link_only):
            found.add_spans(rule, spans, weight=max(rule.weight_alone, IMPLIED_CHANNEL_WEIGHT if implied else 0))
            found.not_severe.add(rule.code)
            if implied and not rule.weight_alone:
                implied_codes.add(rule.code)  # (counted only for the channel left out)
    if (
        "debt_relief_agency" in found.evidence
        and (
            "fees" in found.evidence
            or any(not _inside(m.span(), hidden) for m in itertools.islice(_AGENCY_FEE.finditer(lowered), 4))
        )
        # (Not a warning or a person's own account of one refused: "那个停息挂账的中介要先交评估费，千万别信", a second review.)
        and not _reads_as_a_warning(lowered)
        and not _reads_as_a_refusal(lowered)
    ):
        # An agency that asks its fee first ("个性化分期代办，建档费399，包批", "代理投诉银行，先交材料费"): the advance-fee scam itself,
        # whatever channel it names or leaves out (batch 71).
        found.made_severe.add("debt_relief_agency")
    # A fake base station shows any sender: the institution's own number sending the reader to a domain it does not own, to claim,
    # renew or check something ("【中国移动】……充100送200……登录 10086cz-hd.com", "【工商银行】……证书今日到期……访问 www.icdl-x.com",
    # batch 58), is the classic lure, and its number no reassurance.
    # (Not a partner's site or a site people share every day, where a genuine promotion sends its customers: "工银信用卡美团外卖周五5折
    # meituan.com", "云闪付可领10元立减金 youhui.95516.com", a review found.)
    lured = official_number and any(
        ("lookalike_domain" in judged.kinds or "foreign_domain" in judged.kinds)
        and not on_known_site(judged.host)
        and not label_suffixes(judged.host) & _OWNER.keys()
        for judged in links
    )
    if lured:
        unlinked = _without_links(lowered, found_links)
        lured = (
            _LINK_BAIT.search(unlinked) is not None
            or _OFFICIAL_LURE.search(unlinked) is not None
            # (A gift or a bonus only to a look-alike of its name: a carrier's own promotions link to its subsidiaries' sites the
            # directory lacks, "【中国移动】……充100送100……登录 cmvideo.cn 领取", a fresh read found.)
            or (_OFFICIAL_PROMOTION.search(unlinked) is not None and any("lookalike_domain" in judged.kinds for judged in links))
            # (Or a cheap ending no institution uses: "现充值享5折优惠,充值入口:10086-pay.cc", batch 24.)
            or any("abused_tld" in judged.kinds for judged in links)
        )
    if lured:
        found.made_severe.update(code for code in ("lookalike_domain", "foreign_domain") if code in found.evidence)
    elif official_number and not any(
        "lookalike_domain" in judged.kinds and _LOOKALIKES.disguises(link) for link, judged in zip(found_links, links)
    ):
        # The domain lists are incomplete: a link that merely resembles the institution's domain, in a
        # message from its own number, counts but does not make the message high on its own. (Unless it
        # spells the name with a look-alike character, "l0086-cz.cn" from 10086 (batch 43): no list misses that.)
        found.not_severe.add("lookalike_domain")
    if (
        claimed is not None
        and claimed.kind == "government"
        and not unofficial
        and "fake_legal" in found.evidence
        and info.kind not in _PERSONAL_KINDS
        and info.kind != "gateway_106"
        and not found.evidence.keys() & _MONEY_DEMANDS
    ):
        # A court's own notice speaks of 立案 and 传票: where every channel it gives is its own (12368, a
        # .gov.cn link, its own sender), those words are not a collector's pretence.
        own = official_number or any("official_domain" in link.kinds for link in links)
        # (Or no channel and nothing else at all: "……已转入诉前调解，调解员将与您电话联系" leads nowhere by
        # itself; "已立案，请于24小时内处理，否则移交公安" presses, and stays.)
        # A court names those it lists as defaulters in the same plain words ("你已经被……人民法院公布为失信被执行人，
        # 请自觉履行生效法律文书确定的义务").
        # (Not where it asks for a call or a click through a channel left out: "请于今日拨打 ××× 查询".)
        # (Nor where it calls the person a suspect: "【北京市公安局】你名下账户涉嫌洗钱……请于今日联系办案民警" asks for the
        # call the sender's number takes; the police never tell a suspect so by text.)
        alone = not (
            channels or links or implied or ASK_WORDS.search(lowered) or _ACCUSED.search(lowered)
        ) and not found.evidence.keys() - _REASSURING - {"fake_legal", "blacklist_claim"}
        if own or any(number in lowered for number in claimed.service_numbers) or alone:
            found.discard("fake_legal")

    if "abused_tld" in found.made_severe and (
        _reads_as_a_refusal(lowered)
        or _reads_as_a_warning(lowered)
        or _reads_as_a_case_report(lowered)
        or _TOLD_OF_IN_ENGLISH.search(lowered) is not None
    ):
        # A cheap TLD told of, not sent ("同事收到“198元话费券 xx.cc 领取”的短信,他注意到是个.cc网址,没点"), from anyone's number: the
        # link still counts, but does not decide alone. (Not a question about it, "……收到这个怎么办？": the lure asked about is judged
        # as it is, tests/test_analysis_robust.py.)
        found.made_severe.discard("abused_tld")
    # (The cheap conditions first: the warning's and the case's patterns are read only where they could matter.)
    told_as_a_warning = False
    # (Threats are not told away, a collector dresses his as a warning; but news of collectors punished for them is told: "……催收人员
    # ……轰炸其通讯录,相关人员被以寻衅滋事罪追诉", batch 53; and threat words that speak of no reader, with nothing still to come, see
    # `_threats_at_no_reader`.)
    if info.kind not in _PERSONAL_KINDS and (
        not found.evidence.keys() & _NEVER_TOLD_AWAY
        or _reads_as_news_of_punishment(lowered)
        # (Threats told of, by a text that turns to no reader outside its quotations: "某催收公司员工向欠款人单位发送“……”等信息,还以送花圈
        # 上门相威胁。法院以寻衅滋事罪判处……", batch 56. Not "【XX平台提醒】您的欠款已逾期“90天”,将联系您的紧急联系人".)
        or bool(narrated)
        and not _addresses_the_reader(lowered)
        and _threat_told(_QUOTATION.sub("", lowered))
        or _threats_at_no_reader(found.evidence, lowered)
    ):
        refusal = _reads_as_a_refusal(lowered)
        told_as_a_warning = not _strangers_channel(channels, links, lowered, refusal, narrated) and (
            refusal or bool(narrated) or _reads_as_a_warning(lowered) or _reads_as_a_case_report(lowered)
        )
    if told_as_a_warning:
        # A warning or a person's own account that calls a scam one and says what the genuine service does ("那个说百万保障
        # 要扣钱的电话是骗子，微信里的百万保障是免费的"), with no number, link or account of a stranger's to act on, from no
        # personal number: the scam's words it tells of decide nothing alone; it stays worth a second look (medium).
        found.not_severe.update(found.evidence.keys())
        found.made_severe.clear()
    flags = found.flags()
    score = sum(f.weight for f in flags)
    # What the message weighs without what a bare deadline added (see `pressed`).
    without_the_deadline = (
        score - sum(f.weight for f in flags if f.rule.code in implied_codes) if implied_by_a_deadline else score
    )
    if without_the_deadline < HIGH_SCORE:
        # A bare deadline decides medium at most: what else the message holds must make it high by itself (two family rules counted
        # for the same left-out channel, "……已被停用，今天之内尽快处理", went high, a fresh read found).
        score = min(score, max(without_the_deadline, HIGH_SCORE - 1))
    high = not told_as_a_warning and (any(f.severe for f in flags) or score >= HIGH_SCORE)
    if told_as_a_warning and score >= HIGH_SCORE:
        score = HIGH_SCORE - 1  # (medium: the weight of the words told of, capped)
    stranger = (
        next(
            (
                found_in
                for start, end in narrated
                if not _inside((start, end), mentioned)
                for found_in in [_stranger_in(links, normalized, start, end)]
                if found_in
            ),
            None,
        )
        if narrated and score < MEDIUM_SCORE
        else None
    )
    if stranger is not None:
        # A number or a link in the scam a text tells of is worth a second look, medium ("提醒大家:骗子发来“……请登录 sbk-jd.top 解冻”,
        # 社保卡不会因短信冻结"), with the reason shown; unless the warning's words describe it as a kind of message, which no one is asked
        # to act on ("……发送“积分即将清零，请登录 jf-10086.cc 兑换现金”的诈骗短信", see `quoted_mentions`).
        found.add(RULES["told_scam_channel"], stranger[0], stranger[1], weight=MEDIUM_SCORE - score)
        flags = found.flags()
        score = sum(f.weight for f in flags)
    if (
        not high
        and not told_as_a_warning
        # (Not where only a deadline with no way named makes it medium: see `pressed`.)
        and without_the_deadline >= MEDIUM_SCORE
        and score >= MEDIUM_SCORE
        and any(not f.reassuring and f.rule.detector != "sender" and f.rule.wording_raises for f in flags)
    ):
        # The wording, read statistically (wording.py): a second opinion that may raise a medium message the
        # rules found something in (not only its sender, nor only an opener a friend writes too) to high,
        # never decide a level alone.
        shaped = _wording_view(compact, hidden)
        if wording.score(shaped, compact.text) > wording.RAISE_ABOVE:
            extra = HIGH_SCORE - score
            found.add_spans(RULES["worded_like_scams"], wording.spans_of(shaped, wording.heaviest(shaped)), weight=extra)
            flags = found.flags()
            score, high = HIGH_SCORE, True
    if compact.removed:
        found.spans = compact.original_spans(found.spans)
        links = tuple(
            replace(link, span=(span := compact.original_span(*link.span)), text=as_written[span[0] : span[1]]) for link in links
        )
    if high:
        risk = "high"
    elif score >= MEDIUM_SCORE:
        risk = "medium"
    else:
        risk = "low"
    return Analysis(
        risk=risk,
        score=score,
        flags=flags,
        sender_kind=info.kind,
        sender_subkind=info.subkind,
        institution=institution,
        links=links,
        normalized_text=as_written,
        hit_spans=found.merged_spans(),
    )


# A refusal with what is not to be paid between ("不要把钱转给客服的微信", "千万别把钱打到客服的支付宝", a review of the change).
_NOT_ASKED_WITH_OBJECT = re.compile("(?:不要|别|不能|切勿|请勿|不可以|不用|无需)把[^,.;:!?，。；：！？\n]{0,8}\\Z")
# The way one has always paid ("还是按老样子", "照旧"), before a person's account (see `PERSONAL_ACCOUNT_WORDS`).
_AS_EVER = re.compile("(?:老样子|照旧|照常|跟以前一样|和以前一样|跟之前一样|和之前一样)[^,.;:!?，。；：！？\n]{0,4}\\Z")
# A person's own wallet to pay into, in the writer's words ("转我微信", "打到我支付宝").
_TO_ME = tuple(verb + to for verb in "转打交付汇" for to in ("我", "到我", "至我", "给我"))
# A card or an account frozen now (not "已解除冻结", "资金已解冻", "卡已失效").
_CARD_OR_ACCOUNT = re.compile("(?:卡|账户|帐户)[^。!?\n]{0,16}(?<!解除)冻结")
# Flags a warning's frame does not excuse: threats and shaming are the message's own words whatever else it says ("不许报警，
# 否则……"; but see `_threats_at_no_reader` and `_reads_as_news_of_punishment`), and a sender that is not who the text claims is
# no warning's.
_NEVER_TOLD_AWAY = frozenset({"threat_or_abuse", "third_party_threat", "claim_sender_mismatch", "odd_sender"})


# Someone told of, in the sentence before a chat with no id: made to add it ("对方……让他加“注销专员”QQ", batch 45), or a person of a case
# ("辖区张女士……加微信后被发来“入职明白书”", batch 59). (Not "你", which a relayed request says too, "张总让你加他QQ"; "我" only where the
# text tells of a scam the writer saw through, `_CHAT_TOLD_OF_ME`: "……让我加QQ下会议软件,我想起学校发的预警,直接挂了", batch 50.)
# (The words that make someone do something, shared with `_TOLD_OF`.)
_MADE_TO = "(?:让|(?<!需)要|叫|诱导|引导|骗)"
_CHAT_TOLD_OF_ME = re.compile(f"{_MADE_TO}我")
_CHAT_TOLD_OF = re.compile(
    f"{_MADE_TO}(?:她|他|其|受害人|老人|事主)(?!们)"
    "|有人说|女士|先生|市民|受害人|事主|老人|网友|男子|女子|小伙|大学生|[王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文]某"
)
# A chat with no id that the text says not to add ("请同学们不加QQ", "别加他QQ", batch 50), or that someone added and what was then done to
# them ("加微信后被发来……", "加QQ后被要求先垫资", "添加QQ后按指示操作"; not an offer's "加客服微信后即可办理").
_NOT_TO_ADD = re.compile("(?:不|别|勿|不要)再?(?:加|添加|联系)?(?:他|她|对方)?的?\\Z")
_ADDED_THEN = re.compile("[^。!?\\n,，]{0,2}(?:后|之后|以后)(?:被|便被|就被|即被|对方|他|她|又|按(?:指示|要求|对方|其))")


def _chat_told_of(lowered: str, span: tuple[int, int], refused: bool) -> bool:
    start, end = span
    sentence = _sentence_start(lowered, start)
    return (
        _CHAT_TOLD_OF.search(lowered, sentence, start) is not None
        or refused
        and _CHAT_TOLD_OF_ME.search(lowered, sentence, start) is not None
        or _NOT_TO_ADD.search(lowered, max(0, start - 4), start) is not None
        or _ADDED_THEN.match(lowered, end) is not None
    )


_THREATS = frozenset({"threat_or_abuse", "third_party_threat"})
_YOU = re.compile("[你您]")


def _threats_at_no_reader(evidence: dict[str, list[str]], lowered: str) -> bool:
    """The threat's words speak of no one the text addresses ("获取用户通讯录后……群发", "遇到问题先告诉家长或老师", "还派一名女子上门",
    batch 59) and the text turns to no one (see `_turns_to_no_one`): words of a warning or a case, which may then be told away. (Not
    "将联系您的紧急联系人", nor a personal number's: those stay.)"""
    codes = evidence.keys() & _NEVER_TOLD_AWAY
    if not codes or not codes <= _THREATS:
        return False
    for code in codes:
        for quoted in evidence[code]:
            # (Evidence is quoted as written; the text read here is the compact copy, without the separators that dodge a filter.)
            piece = Compact(quoted, lower_in_place(quoted)).plain
            at = lowered.find(piece)
            if at < 0 or _YOU.search(lowered, max(0, at - 8), at + len(piece) + 4) is not None:
                return False
            if _FUTURE_BEFORE.search(lowered, _sentence_start(lowered, at), at) is not None:
                return False  # what will be done, not what was: "借款人张三……将上门走访其家庭及单位", a review found
    return _THREAT_AHEAD.search(lowered) is None and _DEMAND_AHEAD.search(lowered) is None and _turns_to_no_one(lowered)


# A demand with a deadline or a condition, which a collector's case-then-threat carries ("以案说法：……今天下午前不还款，将安排人员到其单位
# 走访", /tmp/review18b's kind; "如今日未还款", "若仍未还款", "三天内未结清", a review of the twenty-seventh session).
_DEMAND_AHEAD = re.compile(
    "(?:前|再)不(?:还|处理|联系|结清)|(?:否则|不然)[^。!?\n]{0,12}(?:将|就|会)"
    "|(?:如|若|如果|倘若|一旦)[^。!?\n]{0,8}(?:未|不|没有?)(?:还|结清|处理|联系|缴|归还|偿还)|(?:天|日|小时)内(?:仍)?未(?:还|结清|处理)"
)
# Words of what is still to come before a threat's words in their sentence: the threat made, not told ("并将通知其村委会张贴公示", "今晚上门
# 走访其家庭"). (Not 今天, which tells of what came as often: "今天收到短信说：……", a person's words around the paste.)
_FUTURE_BEFORE = re.compile(
    "将|將|会|會|准备|準備|马上|馬上|立即|即刻|稍后|随后|随时|择日|拟|明日|明天|明早|明晚|今晚|今夜|后天|下周|下月|安排人"
)


def _strangers_channel(
    channels: list[Channel],
    links: tuple[Link, ...],
    lowered: str,
    refused: bool = False,
    narrated: list[tuple[int, int]] | None = None,
) -> bool:
    """A number, an account, a chat id or a link, in a text told as a warning, a case or a refusal, that no institution of the
    directory owns. `narrated`: the quotations of the scams it tells of (see `_narrated_quotations`), whose channels are the
    scam's, told. A chat with no id is no one's to add where the text tells of someone who added it (see `_CHAT_TOLD_OF`) or says
    not to; one it offers its reader still counts ("……想了解正规投资，扫码加群", a review found)."""
    if narrated:
        # (Beside quotations told, no chat with no id is anyone's to add: "……称可以申请清退,扫码添加清退专员。市场监管部门提醒……".)
        channels = [c for c in channels if c.number_kind != "left_out" and not _inside(c.span, narrated)]
        links = tuple(link for link in links if not _inside(link.span, narrated))
    else:
        channels = [c for c in channels if c.number_kind != "left_out" or not _chat_told_of(lowered, c.span, refused)]
    for channel in channels:
        if channel.kind != "phone" or "x" in channel.digits:
            return True
        if institution_for_number(channel.digits) is None and not is_public_line(channel.digits):
            return True  # (110, 96110 and the 12xxx lines are nobody's trap; a 400 line or a short number no institution owns may be)
    return any("official_domain" not in link.kinds for link in links)


# What a warning, or a person telling of a scam, says of it: that it is one ("那个电话是骗子", "那条是假的"), not denied ("我们
# 不是骗子", "这不是诈骗电话"); and what the genuine service does ("百万保障是免费的", "银行不会通过短信发链接"). (Not the words a
# scammer or a collector uses too: 谨防, 别信, 报警, 110, 官方客服, 无需视频, "别报警", "不会让你好过".)
_VERDICT = re.compile(
    "(?:(?:是|都是|就是|全是)(?:骗子|诈骗|骗局|假的|盗号)|诈骗(?:短信|电话|分子|手法|套路|团伙)"
    # (A kind of message and that it is not to be acted on: "收到要求登录陌生网址输入密码、验证码的短信,请勿操作", batch 58.)
    "|(?:收到|接到)[^。!?\n]{0,40}的(?:短信|电话|信息|链接)[,，]?(?:请勿|切勿|千万不要|不要|千万别|别)"
    # (Or who did it and what came of it: "诈骗分子冒充……", "骗子冒充客服", "我朋友昨天被骗了18万", "最新套路".)
    "|骗子(?:冒充|会|说|让|打|称)|被骗(?:了)?|(?:新|老|常见|常用|最新)套路"
    # ("近期冒充客服……的诈骗很多", "老师和学员都可能是托", batch 46.)
    "|的诈骗(?:很多|频发|高发|多发|增多)|(?:都|全)可能是托"
    # ("……等说法都是虚假征信诈骗", "几种假催收短信".)
    "|是虚假[^。!?\n]{0,6}诈骗|假(?:催收|客服|警察|民警)(?:短信|电话)?"
    # ("凡自称客服要求注销账户……的均为诈骗", "您正在接触的可能是“注销网贷账户”类诈骗", batch 47; not a fake police text's "涉嫌……类诈骗".)
    "|(?:均为|均属|均是|都属于)诈骗|(?:可能是|属于)[^。!?\n]{0,12}?类诈骗"
    # (Batch 50: "近期多地出现“注销校园贷”新骗局", "……=诈骗!", "“刷单高额返现”……都是诱饵", "网络兼职陷阱多", "此群为刷单诈骗群".)
    "|新骗局|[=＝]诈骗|都是诱饵|陷阱多|诈骗群|(?:^|(?<=[:：\n,，]))(?:是)?假的[!！,，]"
    # (Batch 59: "其他地址均为假冒", "有不法分子获取用户通讯录后……", "冒充……的诈骗信息增多", "民警告诉她这是典型诈骗".)
    "|(?:均为|均属|均是|都是|系)假冒|不法分子(?:冒充|假冒|获取|利用|通过|伪装|以)|诈骗(?:信息|案件|警情|陷阱)|典型(?:的)?诈骗"
    # (Batch 72's second review: "肯定是盗号的".)
    # (Not asked: "这是新套路吗？", "是骗子吧？")
    ")(?![吗么吧嘛不?？])"
)
_DENIED_BEFORE = re.compile("(?:不|并非|并不|没|才不)[^,;:。!?\n]{0,2}\\Z")
_REASSURANCE = re.compile(
    "(?:是|完全|都是)免费的|一分钱(?:都)?没(?:扣|花|交)|没有什么安全账户|(?:不会|从不|从来不|绝不)(?:通过|用)(?:短信|电话|链接|视频|邮件)"
    # (Batch 59: "合作银行均不会向用户发送含链接的短信", "公检法人员绝不会在电话中要求转钱".)
    "|(?:不会|从不|绝不会|从来不会)向[^。!?\n]{0,6}发送?[^。!?\n]{0,6}(?:链接|网址)|(?:绝不会|从不|不会)在电话(?:中|里)要求"
    # (Batch 72: "本行绝不会短信索要卡号和验证码".)
    "|(?:不会|从不|绝不会?|从来不会?)(?:通过|用|以)?(?:短信|电话)(?:索要|索取|要求提供)"
)
# Advice a warning gives (batches 44 and 45), taken only where the text asks its reader for nothing: scams append the same
# boilerplate to their own request ("……请回复1并按提示提供验证码。警惕诈骗电话，陌生来电请直接挂断", /tmp/review13b).
_ADVICE = re.compile(
    "(?<!要不要)(?<!该不该)(?<!能不能)(?<!是不是)(?:"
    # What to do, as a warning tells it: hang up, pay no heed, do not pay, download, share or click ("接到电话直接挂断",
    # "看到就挂", "千万别下", "别理"; not a scammer's "不要挂电话", "千万不要告诉别人", nor a person's own "我直接挂了").
    "(?:直接|一律|立即|立刻|马上|赶紧|看到就|就)挂(?:断|掉|电话)?(?![了断掉电])|(?:别|不用|不要)理"
    "|(?:千万|一定)?(?:别|不要|切勿|勿)再?(?:轻信|相信|听|转账|转钱|点击?|下载?|共享|借|交钱|寄|扫|操作|拨打|理会|回复)"
    # (And the police's run of them: "不点击、不下载、不转账", "不下载会议软件,不共享屏幕,不转账".)
    "|不(?:点击?|下载|共享|转账|透露)[^。!?\n]{0,10}[,，、][^。!?\n]{0,4}不(?:点击?|下载|共享|转账|透露)"
    # What no genuine body does or offers ("征信谁也改不了", "不存在“注销校园贷”业务", "不对外提供……征信修复等服务").
    "|征信(?:谁也|任何人都?|都)(?:改|修复)不了|不存在[^。!?\n]{0,12}(?:业务|账户|说法)|不(?:对外)?提供[^。!?\n]{0,30}服务"
    "|无权冻结|不(?:会)?收(?:取)?任何|不会(?:扣钱|扣费|收费|让你交)"
    # (Batch 50: "个人征信无法人为修改", "征信也不是别人能改的", "相关部门从未推出……操作", "没有任何部门要求注销", "根本没有注销校园贷这回事",
    # "凡是要求先垫付的一律拒绝", "遇到请直接报警", "来历不明的到付快递请直接拒收".)
    "|征信(?:也)?(?:无法|不能|不可能)人为(?:修改|修复)|征信(?:也)?不是(?:别人|任何人)能改|从未(?:推出|开展|要求)"
    "|没有任何(?:部门|机构|单位)(?:会)?要求|根本没有[^。!?\n]{0,12}这回事|一律拒绝|(?:请)?直接(?:拒收|报警)"
    # Check with the people it names, or the police ("先给老师或孩子本人打电话", "先打给孙子本人或子女核实", "拨110或96110",
    # "拉黑").
    "|(?:打给|打电话给|给)[^。!?\n]{0,8}(?:本人|子女|老师|孩子|家人|儿子|女儿)[^。!?\n]{0,8}(?:核实|确认|问|打电话)"
    "|(?:拨打?|打)(?:110|96110)|拉黑"
    ")(?![^。!?\n]{0,6}[吗?？])"
)


def _reads_as_a_warning(lowered: str) -> bool:
    """The text calls a scam one, undenied, and says what the genuine service does: both, in its own words."""
    verdict = any(
        _DENIED_BEFORE.search(lowered, max(0, match.start() - 4), match.start()) is None
        for match in itertools.islice(_VERDICT.finditer(lowered), 8)
    )
    if not verdict:
        return False
    if _REASSURANCE.search(lowered) is not None:
        # (Not where the text turns to its reader: "最近冒充我们的诈骗很多，咱们这边是免费的，您打开腾讯会议……", /tmp/review19a.)
        return not _asks_the_reader(lowered) and (_SELLING.search(lowered) is None or not _addresses_the_reader(lowered))
    # (Advice words a scam puts before its own request are no warning: "温馨提示：骗子冒充公检法，别理！您的医保卡在外地被冒用……".)
    return _ADVICE.search(lowered) is not None and _turns_to_no_one(lowered)


def _turns_to_no_one(lowered: str, told_by_me: bool = False) -> bool:
    """What a warning and a case report share: no firm speaking of itself, nothing asked of the reader, the reader addressed
    only inside a quotation of the scam or in advice, and no one still in it (see `_ONGOING`). `told_by_me`: the writer tells of a
    scam they saw through, so what someone made them do is told too ("让我把验证码发给他,……拉黑了", batch 65)."""
    return (
        _SELLING.search(lowered) is None
        and not _asks_the_reader(lowered, told_by_me)
        and not _addresses_the_reader(lowered)
        and _ONGOING.search(lowered) is None
    )


def _addresses_the_reader(lowered: str) -> bool:
    """The reader addressed outside a quotation of the scam and outside advice (see `_ADDRESSED_OUTSIDE_ADVICE`)."""
    return _ADDRESSED_OUTSIDE_ADVICE.search(_QUOTATION.sub("", lowered)) is not None


# A request to the reader, or a caller saying who they are: "请回复1并提供验证码", "现在下载……App开启屏幕共享", "我是公安局的"
# (not "请勿转账", "请立即停止转账", "请拨打96110").
_ASKED = re.compile(
    "(?:请|现在|立即|马上|尽快|速|需要|必须|务必|(?<![无毋不勿])须(?!知)|今日内|今天内)[^。!?\n,，;；]{0,20}?"
    "(?:回复|提供|转入|转到|转账|转给|汇|存入|下载|点击|登录|扫码|填写|输入|联系|添加|开启|配合|缴纳|支付|发给|告诉|报给|发过来"
    # (And what a scam orders done to a loan or an account: "学生账户必须注销", "务必在今日内注销微粒贷", a review found; not 关闭, which
    # advice asks too, "如已下载请立即关闭屏幕共享", nor "无须下载", a second review found.)
    "|发至|发送至|发到|交至|注销|还款到|还到)"
    "|把[^。!?\n,，;；]{0,20}(?:发给|发过来|发我|报给|回复给|转到|转入|交给|告诉|存到)|(?:发给|告诉|转给|报给)我(?!的|了|说)"
    # (Pay first, reply with a digit, money to "our" account, the caller's own claim: "先交保证金2000元", "回复1", "转到我们的监管账户".)
    "|(?:先|只需|需要)[^。!?\n,，]{0,6}(?:交|付|缴)[^。!?\n,，]{0,8}(?:元|费|金)|回复[0-9一二]|我们(?:给你)?的(?:监管|保护|安全)账户"
    "|配合调查|我是[^。!?\n,，]{0,8}(?:公安|警察|民警|警官|检察|法院|客服|专员)|(?:https?://|www\\.)"
    # (A clause that opens on a group to join by its code: "……想了解正规投资，扫码加群", a review of the twenty-seventh session.)
    "|(?:^|(?<=[,，。!！?？:：]))请?(?:扫码|扫二维码|扫描二维码)(?:加入?|进入?|入)群"
    # (A firm's order to its customers after a victim's story: "孙女士收到短信后资金被转走。……本行要求所有客户回复身份证号和卡号进行
    # 登记", a review of batch 49's case reports.)
    "|(?:本行|我行|本平台|我司|本公司)[^。!?\n]{0,8}要求(?:所有|各位|广大)?(?:客户|用户|储户|持卡人)[^。!?\n,，;；]{0,12}?(?:回复|提供|转入|转到|登记|点击|填写)"
)
# (Nor a request to go to the official channel: "逾期请联系银行官方协商", "请拨打96110", see _OFFICIAL_AHEAD.)
# (Batch 50: "请大家注意:没有任何部门要求注销", "请家长管好支付密码".)
_REFUSED = re.compile(
    "停止|不要|不|别|勿|拒绝|切勿|官方|官网|96110|110|12368|本人核实|没有|沒有|从未|無需|无需|管好|保管好|保护好"
)


def _asks_the_reader(lowered: str, told_by_me: bool = False) -> bool:
    return any(
        _a_request(lowered, match)
        and not _TOLD_OF.search(before := lowered[_sentence_start(lowered, match.start()) : match.start()])
        and not (told_by_me and _MADE_TO_ME.search(before))
        for match in itertools.islice(_ASKED.finditer(lowered), 8)
    )


_MADE_TO_ME = re.compile(f"{_MADE_TO}我(?!们)")


def _a_request(text: str, match: re.Match[str]) -> bool:
    """An `_ASKED` match that refuses nothing ("请勿转账", "不要点击") and sends no one to the official channel."""
    return (
        _REFUSED.search(match.group()) is None
        and not match.group().startswith(("请勿", "请不要"))
        and _OFFICIAL_AHEAD.match(text, match.end()) is None
        and not (match.group().startswith("把") and _REFUSED_BEFORE_OBJECT.search(text, max(0, match.start() - 4), match.start()))
    )


# What a scammer asks, told in a warning: the sentence says who was made to ("然后让你把各平台额度借出来转到他的账户", "让她下载屏幕共享
# 软件，把5万转到“安全账户”").
_TOLD_OF = re.compile(
    f"{_MADE_TO}(?:你|您|她|他|其|受害人|老人|对方|事主|大家)|对方的?指导下"
    # (Or what the scammer says of "you": "骗子说你的白条必须注销", a third review found.)
    '|(?:骗子|对方|不法分子)[^。!?\n,，]{0,4}(?:说|称)[:：“"]?(?:你|您)'
)


def _sentence_start(lowered: str, at: int) -> int:
    return max(lowered.rfind(mark, max(0, at - 120), at) for mark in "。!?\n") + 1


# (Or the company itself, with no number of a stranger's after it: "请直接联系保险公司", "可以立即联系快递公司说明情况", batch 50. Not
# a counsellor or a head teacher, whom a scam names as where to send card numbers: "……把银行卡号和验证码发给辅导员登记退款", a review.)
_OFFICIAL_AHEAD = re.compile(
    "[^。!?\n,，]{0,4}(?:官方|官网|96110|110|12368|(?:快递公司|保险公司|航空公司|发卡行|本行|我行|银行|金融机构|贷款机构|债权人)"
    "(?![^。!?\n]{0,12}\\d))"
)
# A refusal right before an ask that opens on its object ("切勿把密码交给他人", batch 71).
_REFUSED_BEFORE_OBJECT = re.compile("(?:切勿|请勿|不要|别|勿|不能|不得|千万别|千万不要)\\Z")


# A quotation of the scam, left out where the reader's address is looked for.
_QUOTATION = re.compile('[“「『"][^”」』"\n]{0,160}[”」』"]')
# The reader addressed in a clause that is no advice (advice: 请勿, 不要, 切勿, 别, 谨防, 警惕, 如遇, 遇到, 接到, 拨打, 挂断, 核实).
_ADDRESSED_OUTSIDE_ADVICE = re.compile(
    "(?:^|[。!?\n,，;；:：])(?![^。!?\n,，;；]{0,12}(?:请勿|不要|切勿|别|谨防|警惕|如遇|遇到|接到|拨打|挂断|核实|提醒|千万|一律|务必"
    # (or what the scammer tells "you", described: "骗子会说你……", "如有人……指你……", "让你新办银行卡")
    "|骗子|诈骗分子|不法分子|对方|他们|有人|冒充|自称|谎称|让你|让您|要你|要您|说你|说您|指你|称你|称您"
    # (or shows them something, "你们看我收到的：“……”", batch 72)
    "|你们看|你看看|你看这|你看我"
    # (or leads them on, "往往诱导您……", or meets them in a condition that advice closes: "如果你没有贷款却……,请不要转账", batch 47; not a
    # condition with a threat, "如果您名下银行卡涉嫌洗钱，一旦不出庭将被判刑", "假如您的白条不关闭将影响征信，别理陌生来电", nor one that
    # forbids the police, "……不要报警", two reviews found)
    "|诱导|诱骗|引诱|(?:如果|假如|一旦)(?:(?!将|影响|冻结|判刑|起诉|注销|关闭)[^。!?\n]){0,60}?(?:请勿|请不要|不要转账|不要理|别理|挂断|拨打(?:110|96110)|(?<!不要)(?<!别)报警)))"
    "[^。!?\n,，;；]{0,30}(?:你|您)"
)
# A firm speaking of itself: a case told to sell ("典型案例：学员王先生……本周免费进群", "以案说险：……我司为正规持牌机构").
_SELLING = re.compile("我司|我们|本公司|本平台|我平台|我这边|名额|加入|进群|限时|免费领|先办|先做")
# A case the police, a court or a bank tells as a lesson: headed as one ("以案说险", "警方通报", "典型案例", "法院判决:"), or
# someone else's story told with what came of it ("保洁王阿姨接到……被骗30余万元", "冯女士接到自称……民警20分钟内找到她").
# A scam speaks to its reader and never tells itself as another person's case.
_CASE_HEADING = re.compile(
    "[^。!?\n]{0,24}(?:以案说险|以案释法|以案说法|案例[一二三四五1-9]|典型案例|警情通[报告]|警方通报|反诈(?:课堂|宣传|小课堂)|普法|法治网"
    "|(?:法院|法庭)(?:判决|审结|宣判)[:：])"
)
_SOMEONE_ELSE = re.compile(
    "(?:女士|先生|阿姨|大爷|大妈|老人|市民|居民|同学|网友|事主|受害人|某某|博士生|研究生|大学生|男子|女子|小伙|老太|企业会计|公司会计"
    # (Batch 52: "江西一车主收到……", "一房东收到“租客”发来的……", "受害人被要求下载远程软件后……".)
    "|车主|房东|店主|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐冯]某)"
    # (Not a letter's "尊敬的王先生，请点击……": what the person did, "点开“10086”……短信", "按“U盾过期”短信……".)
    '[^。!?\n]{0,12}(?:接到|收到|看到|轻信|被骗|扫描|扫码|(?<!请)点开|(?<!请)点击了|(?<!请)点击(?=短信|链接)|下载了|接电话|被要求|按(?=[“"照提对]))'
)
_WHAT_CAME_OF_IT = re.compile(
    "被骗(?:了)?[0-9一二三四五六七八九十几余多]|[0-9一二三四五六七八九十几余多]元?被(?:转|骗)走"
    # (Or "卡内余额被全部转走", batch 47; not "反被强制执行", which a scam tells as a warning to its reader, a review found.)
    "|(?:余额|存款|积蓄)[^。!?\n]{0,2}被(?:全部|全数)?(?:转|骗)走|民警[^。!?\n]{0,12}(?:劝阻|拦下|拦截|止付|找到)"
    # (What came of it, not what is threatened: "……不出庭将被判刑", a review found.)
    "|(?<![将会要])(?:被|遭)(?:行政)?拘留|(?<![将会要])被判(?:处|刑)"
    # (Batch 48: "被扣款2000元", "转了7531元……才知航班正常", "及时停止操作,未受损失", "养老钱保住了".)
    "|(?<![将会要])被扣款?[0-9一二三四五六七八九十几余多]|了[0-9]{3,}元[^。!?\n]{0,24}(?:才知|才发现|后发现)|未受损失|没有受骗|(?:钱|积蓄|养老钱|存款)保住了"
    # (Batch 49: "公司账户资金随即被转走", "几张储蓄卡里的钱被转光", "随即被消费5000元", "卡内被转走2万元".)
    "|(?:资金|钱)[^。!?\n]{0,4}被(?:转走|骗光)|被转光|被消费[0-9]|被(?:转|骗)走[0-9一二三四五六七八九十几]"
    # (Batch 52: "……往卡里存入一万元后被转走".)
    "|元后被(?:转走|骗走|盗刷)"
    # (Batch 50: "……多次转账解冻,损失6.5万元", "对方又要求清空剩余3600元时,小方起疑报警".)
    "|(?<![将会要免])(?<!以免)(?<!防止)损失(?:了)?[0-9一二三四五六七八九十几余多]|起疑|识破"
    # (Batch 53: "……被公安立案", "被查处".)
    "|被公安立案|被查处"
)

# A public body's or a paper's name heading the text with a colon ("钱塘检察:", "厦门警方“一图读懂贷款诈骗”:",
# "东港发布:", "转一个真实案例:"), read as a case report only beside the words a teller uses for the scam (骗子, 冒充, 谎称 …).
_BODY_HEADING = re.compile(
    "^[^。!?\n]{0,14}(?:警方|公安|反诈|检察|法院|网警|派出所|监管局|银保监局|证监会|证监局|保卫处|资助管理中心|发布|真实案例|骗子剧本|揭秘"
    # (Batch 53: "方圆报道:", "象山警方通报:", "柒财经调查:", "法条提示:", "催收指引要点:", "识别真假催收:".)
    "|报道|通报|调查|法条|法律提示|要点|指引|识别真假"
    # (A paper's name: "北京商报:", "法治日报:", "工人建设时报:", batch 46.)
    "|日报|时报|商报|晚报|晨报|都市报|电讯)"
    "[^。!?\n:：]{0,14}[:：]"
)
# (Not 诈骗 alone: a fake police text tells the reader "你涉嫌诈骗".)
_TELLER_WORDS = re.compile(
    "骗子|骗局|冒充|假冒|谎称|自称|被骗|陷阱|诱饵|騙子|騙局|诈骗(?:分子|团伙|手法|套路|电话|短信|警情|案)|非法荐股|非法证券"
    # (Batch 53: what the rules and the news call unlawful collection.)
    "|违规催收|违法催收|暴力催收|非法催收|软暴力|寻衅滋事|黑灰产"
)


# A collector, a gang or an agency punished, as news tells it (batch 53: "催收人员通过微信……相关人员被以寻衅滋事罪追诉", "一家催收公司……被查处,
# 主犯……被判刑", "公安机关打掉一家从事“反催收/债务优化”的公司", "一个……恶势力催收集团被摧毁").
_PUNISHED = re.compile(
    "(?:催收|团伙|集团|公司|中介|主犯|人员)[^。!?\n]{0,60}(?:被以[^。!?\n]{0,12}罪|被查处|被采取刑事强制措施|(?<![将会要])被判处?|被追诉"
    "|被刑事拘留|被立案侦查)|(?:打掉|摧毁|捣毁)[^。!?\n]{0,24}(?:团伙|集团|公司|窝点)|(?:团伙|集团|公司|窝点)[^。!?\n]{0,4}被(?:打掉|摧毁|捣毁)"
)


def _reads_as_news_of_punishment(lowered: str) -> bool:
    """News of collectors punished, under a paper's, a court's or the police's heading, that threatens no one ahead (not "……听说有催收人员
    被刑事拘留，那又怎样" nor "……今日不还，将安排人员到其单位张贴。有催收公司被查处过", a review found)."""
    return (
        _PUNISHED.search(lowered) is not None
        and (_CASE_HEADING.match(lowered) is not None or _BODY_HEADING.search(lowered) is not None)
        and _THREAT_AHEAD.search(lowered) is None
        and _turns_to_no_one(lowered)
    )


_THREAT_AHEAD = re.compile("再不|今天不还|今日不还|不还钱|将安排|都会知道|那又怎样|等着")


def _reads_as_a_case_report(lowered: str) -> bool:
    """The text tells a case as a lesson — headed as one, or someone else's story with its outcome — and asks its reader for
    nothing (a scam dresses as a case report too: "以案说险：……如您也收到类似通知，请回复银行卡号及验证码", /tmp/review18a)."""
    told = (
        _CASE_HEADING.match(lowered) is not None
        or (_BODY_HEADING.search(lowered) is not None and _TELLER_WORDS.search(lowered) is not None)
        or (_SOMEONE_ELSE.search(lowered) is not None and _WHAT_CAME_OF_IT.search(lowered) is not None)
        or _PUNISHED.search(lowered) is not None
    )
    # A case is told of others: the reader is addressed only inside a quotation of the scam, or in the closing advice ("请勿……",
    # "如遇……请拨打96110"); a scam dressed as a case turns to its reader ("您的银行卡已被诈骗团伙利用……", /tmp/review18b).
    return told and _turns_to_no_one(lowered)


# A person's own account of a scam they saw through, told after the fact (batch 50): "……让我加QQ下会议软件,我想起学校发的预警,直接挂了",
# "……后来客服说我操作失误要交1000解冻,我直接关了", "我说我去派出所当面配合,对方立马挂了", "……没扫,损失了200定金", "那个APP就是假的,
# 卸载了", "我没借过钱……是诈骗短信". (Not "我没转，现在让我转5000" nor "……我该不该转？": still in it, or asking.)
_SAW_THROUGH = re.compile(
    "(?:我|俺)(?:就|也|已经?|直接|立马|马上|当场|赶紧|果断|当时就|随即|立刻)?"
    "(?:挂了|挂断了|关了|删了|卸载了|拉黑了|拒了|拒绝了|报警了|没理(?:他|它|她|会)?|没扫|没转|没点|没下载?|没填|没给|没报(?![警案名])|没发(?![现生出])"
    # (Batch 65: "……我直接退群了", "……我没加", "……我没通过", "我没回".)
    "|退群了|退出了?群聊?|没加|没通过|没回复?(?![来去家])|帮(?:他|她)(?:全|都)?(?:退了|删了|拉黑了)"
    # (Batch 56: "……直接把他删了"; batch 66, "一搜才知道是换卡指令，没发".)
    "|把(?:他|她|对方|它)(?:删|拉黑|屏蔽)了)"
    "(?![^。!?\\n]{0,4}(?:吗|么|\\?|？))"
    # (The subject left out at a clause's start: "我想起学校发的预警,直接挂了"; not the caller's "视频就十几秒说信号不好挂了".)
    # (Or "……,他注意到是个.cc网址,没点,……", batch 49.)
    "|[,，](?:直接|就|马上|立马|果断|赶紧|已经?)?(?:挂了|挂断了|关了|删了|卸载了|拉黑了|没点|没扫|没转|没填|没发|退群了|没加|没通过)(?:[,，。!！]|\\Z)"
    # (Or the money left alone: "……民警说是典型诈骗,钱没动", batch 52; "钱没转出去，谢天谢地", batch 70.)
    "|[,，。]钱(?:没动|没转|没给|没交|没转出去|保住了)(?:[,，。!！]|\\Z)"
    # (Batch 71: the subject left out before the report, at the text's end: "贷款要交解冻金？骗子，已报警。".)
    "|[,，。]已报警[。!！]?\\Z"
    # (Batch 72: reported or deleted, "……一眼骗子，已举报😂", "……骗子真费心。已删".)
    "|[,，。](?:我已经?|已经?|我)(?:举报|删|删除|拉黑)了?[^\u4e00-\u9fff\\n]{0,4}\\Z"
    # (Batch 70: the institution checked on its own number and denied it, the person nearly paid and did not, or went to the police
    # instead: "差点就把验证码给出去了", "直接去了派出所", "我直接打了银行背面的电话"; not "还差点把钱转到对方说的账户里", still in it.)
    "|(?<!还)差点(?:就)?(?:把|去|转|交|上当|被骗|信了)"
    # (A service number called, not a sum paid: "我直接打了95588", not "我直接打了9千过去".)
    "|(?:直接|就|马上|赶紧)(?:去了|跑到|到了)派出所|我直接打了(?:银行|官方|客服|95\\d{3}(?![\\d元块万千])|96110|12381)"
    "|对方(?:立马|马上|就|立刻)?挂了|(?<!还)(?<!不)(?<!并非)(?<!以为)(?<!当作)(?<!当成)(?<!当)(?:是|就是)(?:诈骗|骗子|假的)(?:短信|电话)?[,，。!！]?\\Z"
)


# What the person did after all, or what came after the refusal (a review of the session's change: "……我没转，他又说交500也行，我就把500
# 转过去了", "我直接挂了……让我交8000元和解费……我只好交了", "准备交了", "开启了屏幕共享", "凑了2万"): no scam seen through. (Not
# "他让我装了国家反诈中心app", "打了一份征信报告", "准备去营业厅问问": what the police or the person did after, as they should.)
_THEN_ACTED = re.compile(
    "(?:转|交|付|汇|给|存)(?:过去|进去|了|给)|凑了|凑够|只好|(?:准备|打算)(?:去)?(?:转|交|付|汇|借)|开启了|共享了|借钱|借了"
    "|按(?:照)?他|照做|又(?:说|打来|让|要|发)|(?:他|她|对方)(?:让|要|叫)我(?:先)?(?:转|交|付|汇|借|下载|开)"
    # (Or went along another way: "……后来又下载了他发的app开了共享屏幕", a fresh read found.)
    "|下载了|输入了|告诉了?他|指导下|开了共享|开了屏幕|点了链接|扫了码|填了(?:卡号|密码|验证码)"
)


def _reads_as_a_refusal(lowered: str) -> bool:
    """The person tells in their own words a scam they did not fall for, asking the reader nothing and asking no question (not
    "我直接挂了，他又打来说……我现在该怎么办，要不要配合？": still in it). A short question of the kind that closes a paste ("……直接挂了。
    收到这个怎么办？") is left out."""
    saw = _SAW_THROUGH.search(lowered)
    if saw is None or _THEN_ACTED.search(lowered, saw.end()) is not None:
        return False
    told = lowered.rstrip()
    tail = _TAIL_QUESTION.search(told, max(0, len(told) - 24))
    if tail is not None and tail.start() > 0:
        told = told[: tail.start()]
    if "?" in told:
        told = _ANSWERED_AT_ONCE.sub("", told)
    if "问我" in told:
        told = _ASKED_ME.sub("", told)
    return _ASKS_WHAT_TO_DO.search(told) is None and _turns_to_no_one(lowered, told_by_me=True)


# A question the writer answers at once with the verdict ("贷款要交解冻金？骗子，已报警。", "中奖了？假的"): no question to the reader.
_ANSWERED_AT_ONCE = re.compile("[?](?=(?:都是|就是|全是|是|纯|妥妥的?|一眼)?(?:骗子|骗局|诈骗|假的|骗人的))")
# A question told, asked of the writer ("她问我是不是真的，我说……骗子", batch 72): the writer's answer follows; the reader is asked nothing.
_ASKED_ME = re.compile("问我[^,，。!！?\n]{0,20}")


# The person still in it ("她正在发", "他还在转", "现在让我转"): no case closed, no warning told after the fact (a third review found
# relatives' stories under way read as news).
_ONGOING = re.compile(
    "(?:我|她|他)(?:正在|还在)|(?:正在|还在)(?:转|发|汇|操作|打款|付)|现在(?:让|要|叫)(?:我|她|他)|继续操作"
    "|我已经(?:下载|转|付|交|汇|扫)|我(?:转|汇|付|交)了[0-9一二两三四五六七八九十几]"
)


# A quotation (at most 160 characters) that a warning describes: introduced as what a message says
# ("短信内容为“…”", "冒用…发送“…”") or named as a scam right after ("“…”的诈骗短信", "“…”等信息", "以“…”为由").
# (No opening mark inside either: a run of opening marks, "“" x 5,000, was read 160 characters on from each of them, 8 ms.)
_QUOTED = re.compile("[“「『\"‘']([^“「『‘”」』\"’'\n]{1,160})[”」』\"’']")
# ("请发送“姓名+卡号”至客服" asks: 发送 describes only when nobody is asked to send.)
_MENTION_BEFORE = re.compile(
    "(?:内容为|内容是|短信称|信息称|(?<!请)(?<!您)发送|冒用|冒充|谎称|声称|自称|诸如|类似|从未|从来没有|话术|套路|骗子(?:常|会|总|还|就)?说|别找|不要找|别信|不要信"
    "|没有|并无|不存在)"
    "[^。!?\n]{0,12}\\Z"
)
# "收到“您的孩子受伤，需立即转账”的短信，务必先核实": what a message or a call said, told in a warning. (Only as a kind of
# message, in advice, or with a word of warning beside it — see `quoted_mentions`: in "今天收到短信说：“……”" the person quotes
# what they received, to have it judged.)
# "接到“……”这样的电话", "收到“……”之类的短信": the quotation stands for a kind of message, told about, not the one pasted.
_QUOTE_AS_A_KIND = re.compile("(?:这样|这类|这种|之类|一类)的?(?:短信|电话|信息|消息|来电|微信|通知|语音|视频)")
_RECEIVED_BEFORE = re.compile("(?<!请)(?<!您)(?<!已)(?:收到|接到)[^。!?\n]{0,12}\\Z")
# "要是收到“……”的短信", "以后接到“……”的电话", "居民收到“……”的短信，可到社区服务站咨询": what one might receive, or others did,
# told in advice.
_IF_RECEIVED = re.compile(
    "(?:如果|要是|若|万一|假如|一旦|以后|凡是|如遇|如有|有人|居民|市民|群众|家长|不少人|很多人)[^。!?\n]{0,8}"
    "(?:收到|接到)[^。!?\n]{0,12}\\Z"
)
_MENTION_AFTER = re.compile(
    "(?:的|等|之类的?|这类|这样的|一类的?)?(?:诈骗|虚假|钓鱼|病毒|可疑|不明|陌生)(?:短信|信息|链接|网址|电话|骗局|话术)?"
    "|为由|为名|等(?:短信|信息)|(?:信息|短信|电话)?(?:都|均|就|一律)?(?:是|为)(?:诈骗|骗局)"
    "|(?:均|都)?(?:为|是|属)?(?:不实|虚假)宣传|相?威胁"
    # "“…”等代理机构收取高额服务费", "“…”这种是假的".
    "|等(?:代理)?(?:机构|公司|中介|广告|说法|话术|业务)|(?:这种|这些|这类|这个)?(?:都|全)?(?:是|就是)?(?:假的|骗子|骗局)"
    # "“你的简历已通过，请加QQ面试”是刷单诈骗常用话术", "“……”是典型钓鱼短信".
    '|(?:都|均|就)?是[^”」』"。!?\n]{0,6}(?:诈骗|骗局|钓鱼)'
)
# Words that make a clause a description of a scam: the fraudsters named, or a scam called one. Not the
# scam's own story: someone impersonating you ("冒充您"), your card "used by criminals" ("被犯罪分子盗用",
# "涉嫌为犯罪分子洗钱"), "您涉嫌一起诈骗案件", "被骗子利用".
_NOT_YOU = "(?!您|你)"
_NOT_USED = "(?!盗用|利用|冒用|用来|用于|洗钱)"
# Not "我们收到", "本中心收到", "您收到": a message that speaks of what it received is no story about one.
_TOLD = "(?<![们司心局您])的?了?[^,.;:!?。\\n]{0,14}?(?:电话|短信|信息|消息),?(?:说|称)"
_WARNING_WORDS = re.compile(
    by_first_character(
        [f"{word}{_NOT_YOU}" for word in ("冒充", "假冒", "自称")]
        # (Not the scam's own claim that the reader's papers were misused: "您的身份证被他人冒用", "医保卡遭冒用".)
        + [f"冒用(?<!人冒用)(?<!被冒用)(?<!遭冒用){_NOT_YOU}"]
        + [f"{word}[分份]子(?<![被为给替帮]{word}.子){_NOT_USED}" for word in ("不法", "诈骗", "犯罪")]
        # A third party suspected ("您当前联系的对象涉嫌电信网络诈骗"), what a genuine service never asks
        # ("正规退款无需您转账").
        + [f"{who}涉嫌" for who in ("对象", "对方", "此人", "该号码", "来电", "客服", "客服”", '客服"')]
        + ["正规[^,;:。!?\\n]{0,6}(?:无需|不会|不需要|从不|绝不|不用)"]
        + ["谨防骗子", "小心骗子", "警惕骗子", "骗子常说", "骗子会说", "骗子常用", "骗子常以", "骗子的话术", "诈骗话术"]
        # "春节将至诈骗猖狂，如收到可疑退改签、航班变动短信或电话，请联系卖家核实".
        + ["诈骗猖狂", "骗子猖狂", "如收到可疑", "若收到可疑", "收到可疑"]
        # (Not a question: "这是诈骗吗？".)
        + [f"{word}(?!吗|么|不|吧)" for word in ("都是诈骗", "均是诈骗", "就是诈骗", "这是诈骗", "一律是诈骗")]
        + ["谨防诈骗"]
        # The verdict after what it judges, in the same clause: "对方让您交保证金是诈骗", "后半截让人转安全账户的那段是骗人的".
        # (Not "这不是诈骗", "并非是诈骗"; not asked: "让交保证金是诈骗吗"; not "是诈骗分子的账户".)
        + [f"是(?<![不非]是){what}(?!吗|么|不|吧|呢|啊|分子|团伙|犯罪|案件|嫌疑)" for what in ("诈骗", "骗人的", "骗子", "骗局")]
        # "私信说有内部票的都是骗子".
        + ["的都是骗子", "的全是骗子", "的一律是骗子"]
        # Someone telling what a call or message said to them or theirs ("我妈接到电话说是公安局的", "有同学接到
        # “助学贷款中心”电话说……", "有个人加我微信说刷单能赚钱", "我今天被骗子打电话了"): told, not asked.
        + [f"{verb}{_TOLD}" for verb in ("接到", "收到")]
        + [
            f"{who}{act}"
            for who in ("有人", "有个人")
            for act in ("加我", "给我打电话", "打电话给我", "发短信给我", "联系我", "私信我", "找我")
        ]
        + ["被骗子打", "被骗子骗", "被骗子加", "被骗子联系"]
        + [f"骗子{how}{act}" for how in ("专门", "经常", "常常", "最近", "会") for act in ("给", "打电话", "发短信", "冒充")]
        + [
            "千万别信",
            "千万不要信",
            "别信",
            "不要信",
            "那些说",
            # (Not the scammer's own "我是昨天那个说帮你注销校园贷的客服", nor 那个说法, 那种说话.)
            "那个说(?![法话辞])(?<![我就]是那个说)(?<![我就]是.那个说)(?<![我就]是..那个说)(?<![我就]是...那个说)",
            "那种说(?![法话辞])",
            "那些声称",
            "那些号称",
            # (Not "骗子说" alone: "你这个骗子说好的今天还呢" is an insult.)
            "骗子还说",
            "骗子还让",
        ]
        # Told in a chat or a group: "有人打电话说……", "有骗子在游戏里……", "有人盗用领导照片……", "……就是刷单诈骗",
        # "这种群里除了你全是托".
        + [f"有人{act}" for act in ("打电话说", "打来电话说", "盗用", "冒用", "假冒")]
        + ["有骗子", "全是托", "都是托", "就是[^,;:。!?\\n]{0,6}诈骗"]
        # In English: "Scam alert: fake police may call you and say your passport is involved in a case".
        + ["fake police", "fake officers", "scammers", "fraudsters", "scam alert", "fraud alert", "beware of"]
        # (Not "will never" alone: "you will never see your money again unless you transfer …" is the scam.)
        + ["never ask", "does not ask", "do not ask"]
    )
)
_SENTENCE_END = re.compile("[。!?\n]")
_WARNS_OFF = re.compile("切勿|请勿|谨防|提高警惕|不要相信|千万不要|不要轻信")
_CLAUSE_BREAK = re.compile("[,;:]")
# A clause after the warning's own that goes on telling what the fraudsters do ("近期有人冒充孩子同学，
# 要求家长把钱打到同学卡上") is described too; one that turns to the reader ("谨防诈骗，您的ETC已失效") is not.
_DESCRIPTION_GOES_ON = re.compile(
    "\\s*(?:发来|要求|让|叫|诱导|诱骗|骗取|骗|以|称|谎称|声称|说|还说|发送|并|再|然后|进而|从而|以此|实施|通过|利用|盗取|套取|比如|例如|如|或|或者|以及)"
)


# A message headed as a warning ("【社区民警提醒】", "[转发] 律师提醒:", "【永州市公安局提醒】") …
# (At the start, or after a person's own words before the paste: "朋友转给我的，【社区民警提醒】……".)
_WARNING_HEADING = re.compile(
    r"(?:^|(?<=[:,\n]))\s{0,2}(?:\[转发\]\s{0,2})?[【\[]?[^】\]:\n]{0,12}(?:民警|警方|公安局|公安|派出所|反诈中心|反诈|律师|法院|检察院)"
    r"(?:温馨)?(?:提醒|提示)[】\]:]"
)
# … that calls something a scam or unlawful. (Not "不要点", "请核实": a scam headed "【反诈提醒】" says those too.)
_WARNING_VERDICT = re.compile(
    r"(?:是|均为|都是|全是|全部是|属于)(?<!不是)(?<!并非是)(?:诈骗|骗局)(?!高发|案|分子|团伙|手段|的?高发)"
    r"|[”」\"'](?:的)?,?都违法|从未(?:要求|通过|设立|以|会|在|向)"
)


def warning_clauses(normalized: str) -> list[tuple[int, int]]:
    """Spans of the clauses that name fraudsters or call something a scam (see `_WARNING_WORDS`), with
    the clauses right after them that go on describing what the fraudsters do."""
    spans: list[tuple[int, int]] = []
    verdict = _WARNING_VERDICT.search(normalized) if _WARNING_HEADING.search(normalized, 0, 40) else None
    if verdict is not None:
        # A warning from the police or a lawyer, headed as one and calling something a scam or unlawful ("【社区民警提醒】
        # 近期有……中奖短信，称要交保证金……全部是诈骗", "律师提醒:催收威胁“通知你全公司”……都违法"): what it quotes, up to the
        # sentence of the verdict, is described, not asked. (Not what it asks after that, nor its links and numbers.)
        return [(0, _sentence_end(normalized, verdict.end()))]
    taken_to = -1
    for match in itertools.islice(_WARNING_WORDS.finditer(normalized), 16):
        if match.start() < taken_to:
            continue  # in a span already taken
        sentence_start = max(normalized.rfind(mark, 0, match.start()) for mark in "。!?\n") + 1
        sentence_end = _sentence_end(normalized, match.end())
        clause_start = max(sentence_start, max(normalized.rfind(mark, 0, match.start()) for mark in ",;:") + 1)
        if normalized.startswith((":", "“", "「", '"'), match.end()) and match.group().startswith(("收到", "接到")):
            # "今天收到短信说：……", "我收到一条短信说“……”": what follows the colon or the opening quotation mark is
            # the message itself, quoted to be judged; only the words that introduce it are told.
            spans.append((clause_start, match.end()))
            taken_to = match.end()
            continue
        end = _clause_end(normalized, match.end(), sentence_end)
        # The description goes on through the clauses that tell what the fraudsters do next.
        while end < sentence_end and _DESCRIPTION_GOES_ON.match(normalized, end + 1, sentence_end):
            end = _clause_end(normalized, end + 1, sentence_end)
        # A sentence that calls something a scam and then warns the reader off ("……的都是诈骗，百万保障免费，
        # 切勿下载会议软件") is a warning to its end.
        if end < sentence_end and _WARNS_OFF.search(normalized, end, sentence_end):
            end = sentence_end
        spans.append((clause_start, end))
        taken_to = end
    return spans


def _sentence_end(normalized: str, position: int) -> int:
    found = _SENTENCE_END.search(normalized, position)
    return found.start() if found else len(normalized)


def _clause_end(normalized: str, position: int, sentence_end: int) -> int:
    found = _CLAUSE_BREAK.search(normalized, position, sentence_end)
    return found.start() if found else sentence_end


# A pretext described, not given: "不法分子冒充银行以升级手机银行需重新验证证书为由发送短信".
_PRETEXT = re.compile("以([^。!?\n]{2,30}?)(?:为由|为名|等?理由)|以([^。!?\n]{2,16}?)的?名义")


def quoted_mentions(normalized: str) -> list[tuple[int, int]]:
    """Spans of quotations that a warning describes rather than a message asks (see `_QUOTED`), and of
    pretexts named as such (`_PRETEXT`)."""
    spans = []
    if "为由" in normalized or "为名" in normalized or "名义" in normalized or "理由" in normalized:
        for match in itertools.islice(_PRETEXT.finditer(normalized), 8):
            # The pretext and the rest of its clause ("以公安局的名义通知您有违禁邮包被查获……").
            spans.append((match.start(), _clause_end(normalized, match.end(), _sentence_end(normalized, match.end()))))
    if not any(mark in normalized for mark in "“「『\"‘'"):
        return spans
    # Quotations one after another ("“全额退保”“债务清零”均为不实宣传") are one list: what stands before the
    # first and after the last describes them all.
    runs: list[list[tuple[int, int]]] = []
    for match in itertools.islice(_QUOTED.finditer(normalized), 16):
        start, end = match.span()
        if runs and _LIST_JOIN.fullmatch(normalized, runs[-1][-1][1], start):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    for run in runs:
        start, end = run[0][0], run[-1][1]
        if normalized.startswith(("至", "到", "给"), end):
            continue  # "……发送“姓名+卡号”至客服": what to send, and where
        if len(runs) == 1 and _asks_about_it(normalized[:start] + normalized[end:]):
            continue  # "收到一条“……”的短信，是真的吗？": the person asks about the message they pasted
        if _MENTION_BEFORE.search(normalized, max(0, start - 14), start) or _MENTION_AFTER.match(normalized, end, end + 12):
            spans.extend(run)
        elif (
            _RECEIVED_BEFORE.search(normalized, max(0, start - 14), start)
            and (
                # (Not where the person asks what to do with it: "收到“……”这样的电话，我该转吗".)
                (
                    (_QUOTE_AS_A_KIND.match(normalized, end) or _IF_RECEIVED.search(normalized, max(0, start - 24), start))
                    and _ASKS_WHAT_TO_DO.search(normalized, end, end + 24) is None
                )
                # After a colon the quotation is what was received, pasted to be judged ("今天收到短信说：“……”，我老公说别理"):
                # told only where the words call it a scam.
                or _said_around(
                    normalized, start, end, _CALLED_A_SCAM if normalized[:start].rstrip().endswith(":") else _TOLD_AS_WARNING
                )
            )
        ):
            spans.extend(run)
    return spans


# What a text says of a scam it tells of, outside the quotations of it: the scam called one, the fraudsters named, a warning
# given, a rule of what no genuine body does, what came of it in court ("……的短信,系谣言", "骗子自称……", "警方提醒", "警察不会
# 私信小孩", "软暴力催收也是犯罪", "……被判刑"). (Not "你涉嫌诈骗", a fake police text's, see `_ACCUSES_BEFORE`.)
_TELLS_OF_A_SCAM = re.compile(
    "骗子|骗局|诈骗|冒充|假冒|谎称|不法分子|犯罪分子|钓鱼|谣言|陷阱|被骗|受骗|上当|警惕|谨防|当心|套路|软暴力|寻衅滋事|不可信|轻信"
    "|违规催收|暴力催收|非法催收|违法催收|所谓“|记者(?:调查|发现|了解|暗访)|虚假(?:信息|短信|退款|客服|网站|链接|贷款|平台|宣传|广告)"
    "|假(?:警察|民警|公安|客服|律师|法官|检察官|老师|班主任|领导|网警|催收)"
    "|(?:警方|民警|公安|派出所|网警|反诈|银行|法院|检察院|部门|学校|社区|街道|物业|律师|平台|官方|中心|局)(?:温馨)?(?:提醒|提示)"
    "|(?:防骗|防诈)(?:提醒|提示)|提醒(?:大家|广大|各位|市民|群众|家长|同学)"
    "|(?:警察|公安|民警|法院|银行|官方|平台|部门|学校|老师|客服|正规[^。!?\n]{0,6})(?:绝|都|也|从来)?(?:不会|从不|从未)|不存在|根本没(?:有)?这回事"
    "|是违法的|都违法|属于违法|违法行为|是犯罪|犯罪集团|被判|判处|宣判|判刑|立案侦查|被抓|抓获|被逮捕|批准逮捕|嫌疑人(?:被|已|落网|到案)|打掉|摧毁|捣毁"
    "|不得(?:骚扰|侮辱|恐吓|威胁|向)|大家小心|大家注意|朋友们?注意|引以为戒|以假乱真"
    # (A kind of message and what not to do with it: "如收到“航班取消,请致电400…改签”的短信,请勿拨打", batch 58.)
    "|(?:如|若|如果)(?:收到|接到)[^。!?\n]{0,60}?(?:请勿|切勿|不要|别)(?:理会|拨打|回复|点击|相信|轻信|转账|操作)"
)
# (Where the scam's own accusation is told: "你涉嫌诈骗", "跟诈骗团伙有关", "办了张卡发诈骗短信".)
_ACCUSES_BEFORE = re.compile("(?:涉嫌|涉及|参与|从事|跟|与|和|(?<!高)发|用于|用来)[^。!?\n,，]{0,2}\\Z")
# The line a person puts after a paste ("……\n收到这个怎么办？"). (Not "……我该怎么办？", which asks about what the person is in.)
# (The compact copy has joined the line break: "……运营商不会这样发收到这个怎么办?".)
_CLOSING_QUESTION = re.compile("收到(?:这个|这条|这种)[^。!?\n]{0,10}[?？]?\\s*\\Z")
# The writer asking whether it is one ("这是骗子吧?", "我是被骗了吗?", "這是詐騙對吧?"), or asking in their own words ("我平时就刷刷
# 视频,怎么就跟诈骗团伙有关了?"): the message is put to be judged, not told of. (Not a warning's rhetorical question, "申请“网络贷款”要先付
# 手续费?".)
_ASKS_IF_ONE = re.compile(
    "(?:骗子|诈骗|骗局|被骗|假的|骗人|托)(?:短信|电话|信息|链接)?(?:了)?(?:吧|吗|么|不是)|是不是被骗|对吧"
    "|(?<![给转发])(?:我|俺)[^。!?\n]{0,40}[?？]|[吗么吧呢?？][^。!?\n]{0,3}\\Z"
)
# Where a request outside the quotations is the advice of the warning ("已填写信息的请立即联系银行冻结卡片并报警", "务必私下电话联系老师本人
# 确认"), or what the scammer said, reported ("然后他说要把花呗额度提出来转到监管账户"), or denied ("平台交易不需要卖家交保证金").
_ADVICE_AHEAD = re.compile(
    "[^。!?\n,，]{0,8}(?:银行|报警|派出所|发卡|本人|辅导员|老师|班主任|家人|孩子|子女|爸妈|监管部门)(?![^。!?\n]{0,12}[0-9“])"
)
# Requests `_ASKED` leaves to the rules ("今天致电“021-…”注销", "打到“6222…”", "访问“shebao…”", a review).
_ASKED_TOO = re.compile(
    "(?:请|速|立即|马上|尽快|今天|今日|务必|需|须)[^。!?\n,，;；]{0,12}?"
    "(?:拨打|致电|回电|打到|打款|打入|转至|访问|进入|登陆|前往|加[^。!?\n,，]{0,6}好友|付款|付清|交(?:纳)?[^。!?\n,，]{0,6}(?:元|费|金))"
)
_CLAIM_ABOUT_READER = re.compile("(?:^|[。!?\n,，;；:：】])\\s*(?:您|你)(?!好|们好)")
# The writer unsure, afraid, asking for help: the message is put to be judged (a review: "……我快吓死了,会不会是骗局").
_UNSURE = re.compile(
    "不太放心|懂的人|在线等|谁知道|求大神|咋整|会不会|算不算|能不能|帮(?:我|忙)看|求助|求鉴定|害怕|吓死|担心|不放心|不确定|不知道(?:怎么|该|是不是|真假)"
)
# A scam-naming word the text denies or forecasts ("本通知不是诈骗", "将被判刑").
_SELF_DENIED = re.compile("(?:不是|并非|绝非|非|当成?)[^。!?\n,，]{0,2}\\Z")
# A punishment forecast, not told ("……否则将被判刑"): the words of a case's end after 会, 将 or 要.
_FORECAST = re.compile("(?:会|将|要)被?\\Z")
_PUNISHMENT = ("被判", "判处", "判刑", "被抓", "被逮捕", "犯罪")
# How a warning introduces the words it quotes, before them or after them.
_FRAMED_BEFORE = re.compile(
    "(?:收到|接到|发来|发送|发了|发出|群发|称|说|声称|谎称|宣称|冒充|自称|诸如|类似|如|例如|比如|私信|配文|威胁|要挟|写着|写明|显示|内容"
    "|打着|所谓|假冒|伪造|告知|被要求|话术|广告|网传|语音|短信|电话|信息|视频|留言|通知|提示|其中)[^。!?\n“”]{0,8}\\Z"
)
_FRAMED_AFTER = re.compile(
    "[^。!?\n“]{0,16}?(?:此类|这类|这种|这样的|类似|之类|一类|等(?:短信|信息|电话|话术|说法|名义|名目|字样|广告|情况)?|的(?:短信|电话|信息|说法|广告|旗号|私信|语音)"
    "|为由|为名|相要挟|相威胁|为内容|系谣言|是谣言|是假的|是骗|都是|均为|属于|(?:最为|最|较为|比较)?常见|居多)"
)
_QUOTED_THREAT = re.compile(
    '(?:你|您)[^”」』"]{0,40}(?:上门|单位|通讯录|联系人|家人|父母|爸妈|老婆|孩子|女儿|儿子|学校|打断|遗照|泼|花圈|老家|村委会|楼下|堵)'
    '|(?:上门|打断|遗照|爆通讯录)[^”」』"]{0,20}(?:你|您)'
)


# Any number a told scam gives, not only one it asks to call ("骗子发来“我是你领导，换号了，新号13912340110”"): `find_channels`
# wants a call cue.
_QUOTED_NUMBER = re.compile("[0-9](?:[ -]?[0-9]){6,}")


def _stranger_in(links: Iterable[Link], normalized: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first link or number between `start` and `end` that no institution owns (not "0717-96110", not "95588")."""
    found = [(link.text, link.span) for link in links if "official_domain" not in link.kinds and start <= link.span[0] < end]
    for match in itertools.islice(_QUOTED_NUMBER.finditer(normalized, start, end), 8):
        digits = match.group().replace(" ", "").replace("-", "")
        if institution_for_number(digits) is None and not is_public_line(digits):
            found.append((match.group(), match.span()))
            break
    return min(found, key=lambda item: item[1], default=None)


_THREAT_TOLD = re.compile(
    "报警|截图|录音|不得|违规催收|暴力催收|违法催收|软暴力|寻衅滋事|如收到|受害人|举报|投诉|判处|被判|宣判|判刑|犯罪|识破|止付"
)
# A collector's defiance around those words ("本司拒绝暴力催收，法务部称“……上门到你单位”", "寻衅滋事吓不到我们", a second review).
_DEFIED = re.compile("不要说|别说|别以为|不怕|没用|又怎样|随便|随你|吓不到|拒绝|反对|严禁|不搞|不是|就没事")


def _threat_told(text: str) -> bool:
    """News of a case or advice about threats (see `_THREAT_TOLD`), not a collector's defiance of them."""
    return any(
        _DEFIED.search(text, max(0, m.start() - 8), min(len(text), m.end() + 6)) is None
        for m in itertools.islice(_THREAT_TOLD.finditer(text), 8)
    )


# Words outside the quotations that vouch for or pass on the quoted request ("……此类理赔真实有效", "财务赶紧办", "以本短信为准", a second
# review): the quotation is the message's own, whatever scam words stand beside it.
_VOUCHED = re.compile(
    "真实有效|属实|正常业务|为准|认准本|照办|照做|请知悉|特此告知|这个是真的|合法合规|名额|赶紧办|抓紧|尽快办理|按提示|按短信|凑一凑"
)
# The scammer's claim of a warning's voice ("对方……还说自己是警方提醒").
_SELF_CLAIMED = re.compile("(?:说自己是|自称是?|说是)[^。!?\n,，]{0,2}\\Z")
# A neutral frame, the institution's own voice ("系统提示“……”", "……中心通知“……”"): it tells of a scam only after a fraud word in the
# clause ("骗子通知“……”").
_NEUTRAL_FRAME = re.compile("(?:通知|提示|显示|告知)[^。!?\n“”]{0,8}\\Z")
_FRAUD_WORD = re.compile("骗子|不法分子|犯罪分子|冒充|假冒|谎称|嫌疑人|对方|自称")
# What the writer received, opening the text ("收到“……”的短信……", "骗子发来“……”"): a closing question asks about it.
_OPENS_ON_RECEIVED = re.compile("[^。!?\n“]{0,10}(?:收到|接到|发来)[^。!?\n“]{0,8}“")
_REPORTED_BEFORE = re.compile(
    "(?:他|她|对方|骗子|客服|嫌疑人|团伙)[^。!?\n,，]{0,3}(?:说|称|让|要|叫)|(?:^|[,，])(?:还)?说(?:要|让)"
)
_NEGATED_JUST_BEFORE = re.compile("[不无没未]\\Z")


_INNER_MARKS = str.maketrans("‘’", "()")
_PASTED_BEFORE = re.compile(
    "(?:我|俺|妈|爸|爷|奶|婆|公|同事|朋友|今天|刚才|刚刚)[^。!?\n“”]{0,8}(?:收到|接到)[^。!?\n“”]{0,10}:\\s*\\Z"
)
_CALLS_IT_ONE = re.compile("(?:是|为|系|属于?)[^。!?\n]{0,10}(?:骗局|诈骗|骗子|钓鱼|谣言|假的)|都是骗|不可信")


def _narrated_quotations(normalized: str, lowered: str) -> list[tuple[int, int]]:
    """The quotations of a text that, outside them, tells of a scam and asks its reader for nothing: no request, no question
    about the message ("是真的吗", "怎么办"), no one still in it. Empty where the text is not such a telling. (Its numbers and
    links outside the quotations are judged as ever: a stranger's makes no warning, see `_strangers_channel`.)"""
    if not any(mark in normalized for mark in "“「『\"‘'"):
        return []
    # (Single marks inside double ones are read as brackets: "近期有骗子发送“【‘96110’反诈中心】您的银行账户……”的短信".)
    quotations = [match.span() for match in itertools.islice(_QUOTED.finditer(normalized.translate(_INNER_MARKS)), 16)]
    if not quotations:
        return []
    outside = lowered
    for start, end in quotations:
        outside = outside[:start] + "“" + " " * (end - start - 2) + "”" + outside[end:]
    if (
        any(_PASTED_BEFORE.search(lowered, max(0, start - 20), start) is not None for start, _ in quotations)
        and _CALLS_IT_ONE.search(outside) is None
    ):
        # "我妈收到：“……交两万保证金到民警个人账户6222…”，她差点被骗": what the writer or theirs received, after a colon, is pasted
        # to be judged, unless the writer calls it a scam ("我同事收到的:“……”——这是典型的注销校园贷骗局").
        return []
    if _VOUCHED.search(outside) is not None:
        return []
    told_at = [
        match.start()
        for match in itertools.islice(_TELLS_OF_A_SCAM.finditer(outside), 8)
        if _SELF_DENIED.search(outside, max(0, match.start() - 6), match.start()) is None
        and not (match.group().startswith(_PUNISHMENT) and _FORECAST.search(outside, max(0, match.start() - 2), match.start()))
        and _SELF_CLAIMED.search(outside, max(0, match.start() - 8), match.start()) is None
        and (
            not match.group().startswith("诈骗")
            or _ACCUSES_BEFORE.search(outside, max(0, match.start() - 5), match.start()) is None
        )
    ]
    tells = bool(told_at)
    # (A short question of the kind that closes a paste, "……\n收到这个怎么办？", is the person's, about the warning they pasted: left
    # out, as in `_reads_as_a_refusal`.)
    told = outside.rstrip()
    tail = _CLOSING_QUESTION.search(told, max(0, len(told) - 24))
    # (Kept where the text opens on what the writer received, unless they call it a scam: "收到“……”的短信,骗子真多,收到这种短信怎么办?",
    # a second review.)
    if (
        tail is not None
        and tail.start() > 0
        and (_OPENS_ON_RECEIVED.match(told) is None or _CALLS_IT_ONE.search(told, 0, tail.start()) is not None)
    ):
        told = told[: tail.start()]
    if (
        not tells
        or _asks_outside(outside)
        # (A claim about the reader outside the quotations is the message's own: "警方提醒：您的“学生账户”未注销将影响征信……", a review.)
        or _CLAIM_ABOUT_READER.search(outside) is not None
        or _ASKS_ABOUT_IT.search(told) is not None
        or _ASKS_IF_ONE.search(told) is not None
        or _UNSURE.search(told) is not None
        or _ONGOING.search(outside) is not None
    ):
        return []
    # Only a quotation told as what someone said or sent ("收到“……”之类短信", "骗子称“……”", "“……”近期,有多名群众反映收到此类短信"): one
    # that only stands out in the message ("“您的账户涉嫌洗钱……”——国家反诈中心提醒", a review) is the message's own.
    # (Framed before only, the scam is named in the quotation's own sentence; and a neutral frame only after a fraud word in its
    # clause: "【京东金融】通知：“……请致电0755-…注销”。谨防诈骗。" is the scam's, a second review.)
    framed = []
    for start, end in quotations:
        if _FRAMED_AFTER.match(outside, end) is not None:
            framed.append((start, end))
            continue
        if _FRAMED_BEFORE.search(outside, max(0, start - 12), start) is None:
            continue
        sentence = (_sentence_start(outside, start), _sentence_end(outside, end))
        if not any(sentence[0] <= at < sentence[1] for at in told_at):
            continue
        clause = re.split("[,，;；]", outside[sentence[0] : start])[-1]
        if _NEUTRAL_FRAME.search(outside, max(0, start - 12), start) is not None and _FRAUD_WORD.search(clause) is None:
            continue
        framed.append((start, end))
    if not framed:
        return []
    # A threat to the reader in a quotation stays the threat, unless the text is news of a case or advice about such texts
    # ("平台提醒：“今天不还,明天上门找你父母”", a review; not "如收到“……打到你单位”一类催收短信,可保存截图……报警").
    if any(_QUOTED_THREAT.search(lowered, start, end) for start, end in framed) and not _threat_told(outside):
        return []
    return framed


def _asks_outside(outside: str) -> bool:
    """A request to the reader in the text outside its quotations, that is no advice, no report of the scammer's words, no denial
    and no rhetorical question (see `_asks_the_reader`)."""
    asked = itertools.chain(itertools.islice(_ASKED.finditer(outside), 8), itertools.islice(_ASKED_TOO.finditer(outside), 8))
    for match in asked:
        if not _a_request(outside, match) or _ADVICE_AHEAD.match(outside, match.end()) is not None:
            continue
        before = outside[_sentence_start(outside, match.start()) : match.start()]
        # (Reported, unless it speaks to "您": "客服要求您今日内缴纳“解冻费”", a review.)
        if "您" not in match.group() and (_TOLD_OF.search(before) is not None or _REPORTED_BEFORE.search(before) is not None):
            continue
        if _NEGATED_JUST_BEFORE.search(outside, max(0, match.start() - 1), match.start()) is not None:
            continue
        end = _sentence_end(outside, match.end())
        if outside.startswith("?", end):
            continue
        return True
    return False


# A person asking about the message they quote ("收到一条“……”的短信，是真的吗？", "“……”这个是不是诈骗"), in
# few words and with no word of a warning: the quotation is the message to judge, not one described.
_ASKS_ABOUT_IT = re.compile(
    "是真的吗|真的吗|是真是假|真的假的|是不是(?:真的|诈骗|骗子|骗人|骗局)|是诈骗吗|是骗子吗|是骗局吗|可信吗|靠谱吗|能信吗"
    "|怎么办|咋办|该怎么|要不要|是否(?:真实|属实|是诈骗)|(?:回|打|点)(?:不|没)(?:回|打|点)"
)
_WARNS = re.compile(
    "警方|公安|反诈|提醒|提示|警惕|谨防|切勿|请勿|(?<!要)不要|务必|不法分子|犯罪分子|骗子常|冒充|话术|典型|均为|都是|一律"
)
# A quotation of what someone received is told as a warning when these stand around it ("我刚收到订单备注“……”，是钓鱼的，
# 别点！", "你收到的那个让交“撤诉费”的是骗子", "……的电话，直接挂掉就行"). (Not "不要紧吧", "务必帮我看看", "我怕被骗".)
_TOLD_AS_WARNING = re.compile(
    "警方|公安|反诈|提醒|提示|警惕|谨防|切勿|请勿|(?<!要)不要(?!紧)|务必(?!帮)|不法分子|犯罪分子|冒充|话术|典型|一律"
    "|骗子|诈骗|骗局|钓鱼|别点|别信|别回|别转|别理|不用理|直接删|删掉|直接挂|挂掉|挂断|拉黑|核实|问清楚|官方电话"
)
_CALLED_A_SCAM = re.compile("是诈骗|是骗子|是骗局|是钓鱼|是假的|都是骗|诈骗短信|诈骗电话|骗子短信|骗子电话")
# (么 only as a question's particle: not in 什么, 这么, 那么, 多么, 要么, "让我下个什么会议软件共享屏幕,我直接挂了", batch 65; but 怎么 asks,
# "……这到底怎么回事", a review of the change.)
_ASKS_WHAT_TO_DO = re.compile("[吗?]|(?<![什这那多要])么|该不该|要不要|怎么办|咋办|会不会|是不是|真的还是|还是假的|还是骗")
# A question right after the words: "这是诈骗短信吗？", "是假的吧？" ask, they do not tell.
_ASKED_AFTER = re.compile("[^,;:。!\\n]{0,6}[吗么吧呢啊?]")


def _said_around(normalized: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """Whether one of `words` stands in the clause before the quotation normalized[start:end] or in the words after it,
    not asked as a question."""
    for lo, hi in ((max(0, start - 30), start), (end, min(len(normalized), end + 40))):
        for match in itertools.islice(words.finditer(normalized, lo, hi), 4):
            if not _ASKED_AFTER.match(normalized, match.end()):
                return True
    return False


def wording_view(text: str) -> str:
    """`text` as the wording check reads it in `_analyze` (for training the model on the same view)."""
    as_written = normalize(text)
    compact = Compact(as_written, lower_in_place(as_written))
    # (The texts that tell of the scams they quote too, as the analyser reads them: unless the sender is a person, whom training
    # does not know.)
    hidden = quoted_mentions(compact.cased) + warning_clauses(compact.cased) + _narrated_quotations(compact.cased, compact.plain)
    return _wording_view(compact, hidden)


def _wording_view(compact: Compact, hidden: list[tuple[int, int]]) -> str:
    """The compact text shaped for the wording model, with what the rules leave out (warnings, quoted scams:
    `hidden`) and the person's own words around a paste blanked."""
    return wording.shape(compact.text, hidden + persons_own_words(compact.cased))


# A person's own words around what they paste: "朋友转给我的，……", "今天收到短信说：……" before it, "收到这个怎么办？"
# after it. (Not "照片发给我，……" or "验证码发给我：", a request; not "要不要我们去你老家看看？", a threat.) Read by
# the wording check only: the rules have their own ways with them.
_FORWARDED = re.compile(
    "[^,:;。!?\n]{0,12}(?:转给我|转发给我|转发来|(?:发给我|收到)(?:的)?(?:一条|这条|条)?(?:短信|信息|消息))[^,:;。!?\n]{0,8}[,:;\n]"
)
# (Not "请把钱转给我，……": a request to pay, which is the message itself.)
_NOT_A_FRAME = re.compile("钱|款|账|卡|元|请|把|先|帮")
# The question itself, from its first word to the end: the compact copy has joined a line break, so the
# last "sentence" may hold the message's own last words ("……电话马上接⏎收到这个怎么办？").
_TAIL_QUESTION = re.compile(
    "(?:收到|这个|这条|这是|请问|是真|真的|我该|该怎么|怎么办|咋办|可信|靠谱|能信)[^。!?\n,]{0,16}[?!。]{0,3}\\Z"
)


def persons_own_words(normalized: str) -> list[tuple[int, int]]:
    """Spans of the person's own words before and after a pasted message (see `_FORWARDED`)."""
    spans = []
    head = _FORWARDED.match(normalized)
    if head is not None and _WARNS.search(head.group()) is None and _NOT_A_FRAME.search(head.group()) is None:
        spans.append(head.span())
    quotes = list(itertools.islice(_QUOTED.finditer(normalized), 2))
    if len(quotes) == 1:
        # "收到一条“……”的短信，是真的吗？": all but the quotation is the person asking about it.
        # (Not a name in quotation marks inside the message itself: "「某某贷款中心」正式开启……收到这个怎么办？",
        # where the quotation is the shorter part.)
        start, end = quotes[0].span(1)
        outside = normalized[:start] + normalized[end:]
        if end - start >= len(outside) and _asks_about_it(outside):
            return [span for span in ((0, start), (end, len(normalized))) if span[1] > span[0]]
    text = normalized.rstrip()
    tail = _TAIL_QUESTION.search(text, max(0, len(text) - 24))
    if tail is not None and tail.start() > 0 and _asks_about_it(tail.group()):
        spans.append(tail.span())
    return spans


# (您好 only after what the reader is, "车主您好": "客服您好，我的医保卡被锁定了" is the writer's own, a fresh read found.)
_YOUR = re.compile(
    "您(?!好)|(?:车主|用户|客户|会员|先生|女士|参保人|持卡人|机主|家长)您好|你的|你(?:名下|账户|尾号|手机|号码|车辆|驾驶证)"
)
# A relative addressed by the message's first word (not 亲爱的 or 宝贝, with which strangers open too, "亲爱的用户，您的ETC已被停用"; see also
# `_KIN_ADDRESSED`).
_KIN_OPENING = re.compile(
    r"\s{0,2}(?:老?妈妈?|老?爸爸?|爸妈|哥哥?|姐姐?|弟弟?|妹妹?|老婆|老公|媳妇|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|儿子|女儿|阿姨|叔叔)\s{0,2}(?:[,，:：]|你)"
)
# A deadline or a consequence that presses the reader (batch 61): "请尽快处理", "未核验将影响通行", "否则作废", "逾期视为放弃", "将于今晚停机",
# "已被冻结".
_A_DEADLINE = re.compile(
    skipping_ahead(
        r"(?:尽快|及时|速|立即|抓紧|马上)(?!为您|为你|帮我|帮您)[^,.;:!?，。；：！？\n]{0,4}(?:处理|办理|确认|核验|核实|认证|兑换|续约|续费|领取|补缴|缴纳|提交|激活|办(?!理))(?!退款)"
        r"|未[^,.;:!?，。；：！？\n]{0,10}(?:将|会(?!员)|的将)|否则|以免|逾期[^,.;:!?，。；：！？\n]{0,4}(?:作废|清零|视为|将|不予)|视为放弃"
        # (A day or hours to act in, batch 62: "请于今日内办理", "请24小时内完成二次实名", "今日有效", "过时不候"; not what a security notice
        # says of its own reply code, "(此操作24小时内有效)".)
        r"|(?:请|须|需)(?:于|在)?(?:今日|今天|当日|当天|[0-9]{1,2}小时|[一二三两0-9]日)内|(?:今日|今天|当日|当天|月底前)(?:有效|到期)"
        r"|过时不候"
        r"|将(?:被|于|在)?[^,.;:!?，。；：！？\n]{0,8}(?:冻结|停用|注销|作废|清零|停机|停卡|取消|销户|终止|暂停|上报|起诉|封卡)"
        r"|(?:暂停|停止)发放"
        r"|即将[^,.;:!?，。；：！？\n]{0,4}(?:到期|作废|清零|失效|停用|届满)"
        # (Not an amount frozen in a card's transaction notice: "已冻结31.01美元", "已冻结人民币209.99元".)
        r"|已被?(?:(?!解除|恢复)[^,.;:!?，。；：！？\n]){0,4}(?:冻结(?!(?:人民币|金额|资金)?[0-9])|锁定|停用|禁用|封号|限制使用|限制交易|暂停使用)"
        r"|(?:务必|必须)[^,.;:!?，。；：！？\n]{0,4}(?:处理|办理|缴纳|补缴)|停止报销|尚未处理|加倍罚款|列入稽查"
        r"|将(?:于|在)?(?:今晚|今日|今天|明早|明天)[^,.;:!?，。；：！？\n]{0,6}(?:退回|停机|停用|注销)"
        r"|(?:今晚|今日|今天|明早|明天)将[^,.;:!?，。；：！？\n]{0,6}(?:退回|停机|停用|注销)"
    )
)
# What an institution's own notice presses for or tells of (batch 62): paying what one owes ("请尽快还款，以免影响信用", "请尽快交纳欠费"),
# what the reader asked for ("您的销户申请已受理"), its own system's upkeep ("将进行系统升级，在此期间将暂停办理"; not a card to reactivate
# "因系统升级", as scams say).
# A lock the reader's own mistakes set off, which lifts itself ("密码输错次数过多，已临时冻结，24小时后可正常转账"). A card or a paper that
# expires and is renewed, a reason given, a notice to take note of ("驾驶证将于下月有效期满，请及时办理换证", "已停用，原因：已注销", "临时额度
# 将于今日到期，请知悉", "年度个人所得税汇算尚未完成"), or a month away ("身份证将于下月到期"; a review of batch 62's change).
_ITS_OWN_BUSINESS = re.compile(
    "还款|还清|应还|欠费|交费|缴费|交纳|缴纳|存入|账单|续费|已受理|(?:升级|维护)期间|进行系统(?:升级|维护)|输错|密码错误|临时冻结"
    "|(?:小时|分钟|天)后(?:可|将|自动)(?:正常|恢复|解除|解冻)"
    "|有效期满|换证|换卡|新卡已|补领|签注|续保|汇算|办结|原因:|请知悉|(?:下月|下个月)[^,.;:!?，。；：！？\n]{0,4}(?:到期|期满)|一个月内|30日内"
    # (A traffic offence told with its points, as the police's own notice tells it: "……实施违反禁令标志指示的违法行为,记3分,罚款200元".)
    "|记[0-9一二三六]{1,2}分"
)
# ... unless it accuses or threatens beyond that ("……已被临时冻结，否则将永久冻结", "因欠费已被冻结……并起诉", "因账户存在违规操作且欠款逾期，
# 您的卡片已被临时冻结"). (Not "否则将影响您的信用记录", which its own reminders say too, a fresh read found.)
_A_THREAT_BEYOND = re.compile("否则(?!将?影响)|起诉|永久|追究|法律责任|上门|违规|涉嫌")
# The institution's own way named: a branch, a counter or a window, its app, its site or its hotline ("请本人持证件到网点解锁", "可通过皖事通App
# 申请", "在微信内还款", "上12123查询"), or a parcel's pick-up code or locker ("取件码 3-1-207，请尽快领取，逾期将退回").
_OWN_ROUTE = re.compile(
    skipping_ahead(
        r"(?:网点|营业厅|柜台|柜面|窗口|服务大厅|经办大厅|app|客户端|小程序|官网|官方|手机银行|网银|微信内|支付宝内|"
        r"详询|持证件|持身份证|本人携带|携带身份证|取件码|快递柜|丰巢|到驿站|至驿站|在驿站)"
        # (A hotline as a whole number, not inside an amount: "冻结金额95000元", a fresh read found.)
        r"|(?<![0-9])(?:12123|12333|12366|12329|12393|96110|12122|95[0-9]{3}|10086|10010|10000)(?![0-9])"
    )
)


def _ends_cut_off(lowered: str) -> bool:
    """Whether the message ends cut off ("……请点击…"), or so with the person's short question after it
    ("……都放在这里了…… 收到这个怎么办？")."""
    text = lowered.rstrip()
    if text.endswith(("…", "...")):
        return True
    cut = max(text.rfind("…"), text.rfind("..."))
    return cut >= 0 and len(text) - cut <= 24 and _asks_about_it(text[cut:].lstrip(".…"))


def _asks_about_it(outside: str) -> bool:
    # (Longer where the words say the message was received: "我妈收到一条短信“……”，她已经七十多岁了，这是真的吗？
    # 我很担心她会上当受骗，不知道该怎么办才好".)
    limit = 100 if _RECEIVED.search(outside, 0, 24) is not None else 40
    return len(outside) <= limit and _ASKS_ABOUT_IT.search(outside) is not None and _WARNS.search(outside) is None


_RECEIVED = re.compile("收到(?:了)?(?:一条|一个|条|这条|这样的)?(?:短信|信息|消息)")


# What may stand between two quotations of one list.
_LIST_JOIN = re.compile("[、,和或及与 ]?")


def _inside(span: tuple[int, int], mentioned: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in mentioned)


# A payment to a person said not to be asked, just before the words ("没有让转个人账户", "不会让你转给个人", "从不要求转到个人
# 账户"): the person telling what the message did not ask, or a lender's own warning.
_NOT_ASKED = re.compile(
    "(?:(?:没有|没|不会|并未|从不|从来不|从未|不)(?:让|要求|叫)(?:你|您|我|客户|大家)?|无需|不需要|不用|不要|切勿|请勿|严禁)\\Z"
)


def _check_unknown_platform(
    found: _Collector, compact: Compact, claimed: Institution | None, signature: str, hidden: list[tuple[int, int]]
) -> None:
    rule = RULES["unknown_platform"]
    if claimed is not None or signature:
        return
    debt = first_match(rule.scanners, compact.text)
    if debt is None or first_match(rule.unless, compact.text) is not None:
        return
    if _RULES_AND_TIPS.search(compact.text) is not None and _PRESSED.search(compact.text) is None:
        return  # a rule, a tip or a warning that names such debts, pressing no one's (batch 53)
    if hidden and _inside(debt.span(), hidden):
        # The first debt word stands in a quotation or a told story: the first one outside them, if any.
        outside = [
            match
            for scanner in rule.scanners
            for match in itertools.islice(scanner.finditer(compact.text), 16)
            if not _inside(match.span(), hidden)
        ]
        if not outside:
            return
        debt = min(outside, key=lambda match: match.start())
    found.add(rule, debt.group(0), debt.span())


# The rules and the tips that name vague debts ("不得向无关第三人……", "防骗提示:", "……都是骗局", batch 53): no claim, unless a debt of
# the reader's is pressed in the same text, as a collector writes "不得再拖", "催收提醒：你的欠款……今日内处理", "违规催收可投诉12378，但你
# 的欠款……今天必须还款" (a review found).
_RULES_AND_TIPS = re.compile(
    "不得|禁止|违规催收|违法催收|暴力催收|黑灰产|12378|12363|12321|是骗局|均为诈骗|诈骗手段"
    "|(?:提示|提醒|指引|要点|案例)(?<!温馨提示)(?<!重要提示)(?<!友情提示)(?<!温馨提醒)(?<!重要提醒)(?<!友情提醒)[:：]"
)
_PRESSED = re.compile(
    "(?:你|您)的?(?:欠款|借款|贷款|逾期|账单|网贷|欠)|今日内|今天内|今天必须|今日必须|速回电|否则|限期|立即还款|马上还"
)


def _check_sender(
    found: _Collector,
    info: SenderInfo,
    sender: str,
    claimed: Institution | None,
    signature: str,
    naming_span: tuple[int, int] | None,
    normalized: str,
) -> None:
    odd = RULES["odd_sender"]
    if info.kind in odd.kinds:
        found.add(odd, sender.strip(), weight=odd.weight_by_kind.get(info.kind, odd.weight))
    if info.kind == "none":
        return
    if claimed is None:
        owner = institution_for_number(info.digits) if info.digits else None
        if owner is not None:
            found.add(RULES["official_sender"], sender.strip())
        return
    claim_words = normalized[naming_span[0] : naming_span[1]] if naming_span else claimed.name_zh
    if info.digits and claimed.owns_number(info.digits):
        found.add(RULES["official_sender"], sender.strip())
    elif info.kind == "gateway_106":
        pass  # anyone can rent a 106 number, and fake base stations send any sender: neutral
    elif claimed.kind == "government" and (
        info.kind in ("carrier_service", "service_955", "gov_short") or (info.kind == "service_95_96" and info.subkind == "96110")
    ):
        pass  # carriers, banks and public lines (12110, 12381, 96110) pass on public bodies' warnings from their own numbers
    elif claimed.kind in ("insurer", "courier") and info.kind in _PERSONAL_KINDS:
        pass  # an insurer's agents and a courier's riders text from their own mobiles: no false claim by itself
    elif (
        info.kind in _PERSONAL_KINDS
        and not signature
        and _KIN_ADDRESSED.search(normalized, 0, 40) is not None
        and _ASKS_FOR_MONEY.search(normalized) is None
    ):
        # A person writing to family of a bank or a platform ("妈,我刚把花呗这个月的632块还了"): no claim to be it (batch 39).
        # (Not one who asks for money to a card or an account, or says theirs is frozen: "兄弟,急事,我建行卡被冻了,你先帮我往
        # 这个账户转1万" is the "relative in trouble" fraud, a review found.)
        pass
    elif info.kind in _SERVICE_KINDS and _owner_named(info.digits, normalized, claimed):
        # The service number's owner signs or names itself too: its own notice that names another ("付款校验码……用于开通
        # 中国农业银行快捷支付……——支付宝" from 95188) (batch 30).
        pass
    elif info.kind in _PERSONAL_KINDS or (
        info.kind in _SERVICE_KINDS and (claimed.service_numbers or institution_for_number(info.digits) is not None)
    ):
        found.add(RULES["claim_sender_mismatch"], f"{claim_words} ← {sender.strip()}", naming_span)


# A text that opens by addressing family or a friend ("妈,", "老公,", "哥们,"), at its start or after the words a person
# put before the paste ("朋友转给我的,妈,……"): a person's own message.
# (Kin only: not 老板, 老师, 小姐, 老铁 or 亲爱的, which a stranger's pitch opens with too.)
_KIN_ADDRESSED = re.compile(
    r"(?:^|(?<=[:,\n]))\s{0,2}(?:妈|爸|妈妈|爸爸|老妈|老爸|老公|老婆|媳妇|哥们|兄弟|儿子|闺女|女儿|[大二三小]?[哥姐弟妹叔姨舅])[,:!，：！ ]"
)
# A request for money to an account, a card or a number, or a frozen account or a lost phone, the "relative in trouble"
# fraud's words ("你先帮我往这个账户转1万", "我借呗被冻结了", "手机坏了换了个号").
_ASKS_FOR_MONEY = re.compile(
    r"\d{8,19}|[a-z]{2,}\d{4,}|账户|帐户|账号|卡号|户名|收款码|新卡|这张卡|这个卡"
    r"|(?:帮我|你先|您先|给我|你帮|您帮|快|赶紧)[^,.;:!?\n]{0,10}(?:转|打|汇|充|垫)"
    r"|冻结|冻了|被封|被盗|急用|急需|换了个?号|新号|手机坏|手机丢|手机没电|手机进水"
)

# The bracket a text opens with ("【建设银行】", "【温馨提示】").
_OPENING_BRACKET = re.compile(r"[【\[]([^】\]]{1,16})[】\]]")


def _owner_named(digits: str, normalized: str, claimed: Institution) -> bool:
    """The institution whose service number `digits` is signs the text: in brackets at its head or end ("【支付宝】"), or
    after a dash at its end ("——浦发银行"); or names itself anywhere in a text that no other's bracket opens ("……天猫中国移动
    官方旗舰店" from 10086). Under another's bracket a name dropped in passing ("【建设银行】……中国移动提醒") is no signature."""
    owner = institution_for_number(digits) if digits else None
    if owner is None:
        return False
    lowered = normalized.lower().strip()
    tail = lowered.rstrip("。.!！ ")
    names = _names_own(owner)
    for name in names:
        if lowered.startswith(("【" + name + "】", "[" + name + "]")):
            return True
        if tail.endswith(("【" + name + "】", "[" + name + "]", "—" + name, "-" + name, "(" + name + ")")):
            return True
    # (A bracket that names no institution, "【温馨提示】", is no other's.)
    bracket = _OPENING_BRACKET.match(lowered)
    others_bracket = bracket is not None and any(name in bracket.group(1) for name in _names_own(claimed))
    return not others_bracket and any(name in lowered for name in names)


def _check_links(
    found: _Collector,
    found_links: list[FoundLink],
    claimed: Institution | None,
    sender_owner: Institution | None,
    lowered: str = "",
) -> tuple[Link, ...]:
    links: list[Link] = []
    judged: dict[str, tuple[str, ...]] = {}  # host → kinds: a repeated link is judged once
    for link in found_links[:MAX_LINKS]:
        kinds = list(judged.get(link.host, ())) or _judge_link(link, claimed, sender_owner, lowered)
        judged[link.host] = tuple(kinds)
        if "official_domain" not in kinds and _INSTALL_FILE.search(link.text):
            kinds.append("install_file_link")  # (by its path: not cached with the host's kinds)
        links.append(Link(text=link.text, host=link.host, kinds=tuple(kinds), domain=link.domain, span=(link.start, link.end)))
        for code in kinds:
            if code != "official_domain":
                found.add(RULES[code], link.text, (link.start, link.end))
        if (
            claimed is not None
            and "foreign_domain" in kinds
            and (
                # A court, the tax office or the anti-fraud centre links only to .gov.cn hosts (and their own).
                claimed.kind == "government"
                # No bank, lender or platform sends its customers to a domain under a TLD phishers favour.
                or link.host.rpartition(".")[2] in ABUSED_TLDS
            )
        ):
            found.made_severe.add("foreign_domain")
        if (
            "abused_tld" in kinds
            and "abused_tld" not in found.made_severe
            and _LINK_BAIT.search(_without_links(lowered, found_links))
        ):
            found.made_severe.add("abused_tld")
    if links and all("official_domain" in judged_link.kinds for judged_link in links):
        for judged_link in links:
            found.add(RULES["official_domain"], judged_link.text)
    return tuple(links)


# What a link on a cheap TLD is sent for: money to claim or get back, a penalty or arrears, an account to check or unfreeze
# ("积分10800可兑现108元,今日清零:jfhx.top", "考试报名未缴费,今晚截止:bm-jf.top"). Not a shop's, a club's or a friend's everyday
# words (领 alone, 会员, 预约, 报名, 查询, 下载, 登录, 更新, 快递, "delivery", "pay", "fee"), which a blind review found on .shop, .club
# and .vip sites (/tmp/review23a); nor a code given to the reader: an airport's Wi-Fi sends "您的验证码……访问 xx.cc".
_LINK_BAIT = re.compile(
    "(?:待|速|可|请|点击|点)领(?:取)?[^。!?\n]{0,6}(?:元|补贴|补助|津贴|红包|奖金|现金|话费)|(?:元|补贴|补助|津贴|红包|奖金)[^。!?\n]{0,6}(?:待领|领取|速领|可领)"
    "|提现|兑现|清零|(?<!已)(?<!原路)退款|理赔|赔付|罚款|违章|违法(?:记录|详情|未处理)|欠费|逾期|未缴|补缴|停机|停电|停气|停水|冻结|注销|解封"
    "|认证|核验|验证(?!码)|激活|失效|过期|(?:借款|贷款|信用)额度|额度[^。!?\n]{0,2}(?:提升|已批|待领|激活)|(?:贷款|借款)[^。!?\n]{0,4}(?:到账|审批|下款|放款)"
    "|关税|医保|社保|公积金|实名|暂停使用|未领取|未取件|将退回|话费[^。!?\n]{0,4}(?:返还|赠送|券|红包|领取|清零|余额不足)|(?:返还|赠送)[^。!?\n]{0,6}话费|数字人民币|数币"
    "|奖金|大奖|中奖|募捐|捐赠|捐款|献爱心|扶贫|结清|减免|续保|成绩已(?:出|发布)"
    # (Batch 54: a charge about to be taken that the link "cancels": "即将扣费9800元,如需取消请点击", "会员即将续费898元,不需要请点……关闭".
    # Not a shop's or a club's own renewal, points or sign-up page with an identity number to fill in, "会员即将续费,可到门店取消",
    # "积分兑好礼", "填写身份证号买保险": a review found those words on genuine cheap-TLD sites.)
    # (A click, not an hour: not "不需要的话19点前退回", a fresh read.)
    "|(?:扣费|续费|扣款)[^。!?\n]{0,16}(?:取消|关闭)(?:请点(?![0-9])|点击|点此|点开|点这)"
    "|(?:不需要|如需取消|如非本人)[^。!?\n]{0,6}(?:请点(?![0-9])|点击|点此|点开|点这)"
    # (Batch 55: a court's "blacklist" to confirm on a cheap link, "失信被执行人公示待确认,请登录 rmfy-zxfw.cc 核对身份信息".)
    "|失信[^。!?\n]{0,12}(?:待确认|撤销|核对)"
    "|(?<![a-z])(?:verify|verification|suspend|suspended|locked|refund|unpaid|overdue|redeliver|redelivery|penalty|toll)(?![a-z])"
)


# What an institution's spoofed number sends a link for, beyond `_LINK_BAIT`: a top-up bonus, a certificate or a token that expires, an
# upgrade of online banking (batch 58).
_OFFICIAL_LURE = re.compile(
    "证书|密码器|u盾|口令卡|(?:升级|更新)[^。!?\n]{0,4}(?:账户|网银|网上银行|系统|客户端)"
    # (A review of batch 58: "手机银行需要更新，请登录 … 下载最新版本", "一笔5000元转账待确认".)
    "|下载[^。!?\n]{0,4}(?:最新版|新版本)|转账待确认"
)
# A top-up bonus or a gift to collect, which genuine promotions offer too: bait only beside a look-alike of the institution's domain
# ("【中国移动】年终回馈:充100送200……登录 10086cz-hd.com", "您已获得联通回馈话费300元，请登录 10010hf.com 领取").
_OFFICIAL_PROMOTION = re.compile(
    "(?:充|存|预存)[^。!?\n]{0,8}(?:送|得|返)[0-9]|(?:获得|获赠|赠送|回馈)[^。!?\n]{0,12}(?:元|话费|积分)[^。!?\n]{0,20}领取"
)


# The same in English: "…pay your toll at ezpass-pay.xyz, it's a scam, ignore it", "…I didn't click, that's a scam right?" (a review);
# not a bare question, "Is this legit?", which is judged as it is.
_TOLD_OF_IN_ENGLISH = re.compile(
    r"(?<![a-z])(?:it'?s|that'?s|this is|was) (?:a |an )?(?:scam|fake|phishing)(?![a-z-])"
    r"|(?<![a-z])(?:i|we|he|she|they|mum|mom|dad) (?:didn'?t|did not|never) (?:click|open|tap)(?![a-z])"
)


def _without_links(lowered: str, found_links: list[FoundLink]) -> str:
    """`lowered` with every link blanked, so that words are not read inside hosts ("sketch-share.cc" holds no "etc")."""
    pieces, at = [], 0
    for link in found_links:
        pieces += [lowered[at : link.start], " " * (link.end - link.start)]
        at = max(at, link.end)
    return "".join(pieces) + lowered[at:]


# A link straight to an Android install file ("http://t.cn/qj.apk", "…/xiangce.apk?id=3"): opening it installs
# an app from outside any app store.
_INSTALL_FILE = re.compile(r"\.apk(?![a-z0-9])", re.IGNORECASE)


# Hosts where public bodies publish their own articles (their WeChat official accounts).
_PUBLIC_ACCOUNT_HOSTS = frozenset({"mp.weixin.qq.com"})


def _judge_link(
    link: FoundLink, claimed: Institution | None, sender_owner: Institution | None = None, lowered: str = ""
) -> list[str]:
    """The flag codes that apply to one link (see `Link.kinds`).

    Hosts under .gov.cn are registered only to government bodies (every court has its own: bjcourt.gov.cn,
    ssfw.gdcourts.gov.cn, hshmqfy.nmgfy.gov.cn …), so no list of court domains can be complete: such a
    host is official for a message from a court or other public body (named, or the sender's number is
    its own, e.g. 12368) or from nobody named, and never a look-alike or someone else's domain.
    """
    kinds: list[str] = []
    government = claimed or sender_owner
    is_gov_cn = not link.is_ip and is_gov_cn_host(link.host)
    # The institutions whose official domain the host is, or is under.
    owner_institutions = {_OWNER[suffix] for suffix in label_suffixes(link.host) if suffix in _OWNER}
    owners = {owner.code for owner in owner_institutions}
    if claimed is not None:
        official = host_belongs_to(link.host, claimed.all_domains)
    else:
        official = bool(owners)
    # (Not .edu.cn: schools' sites are hacked to host phishing pages often enough that a link there proves nothing.)
    if (
        claimed is not None
        and claimed.kind == "government"
        and any(name in lowered for owner in owner_institutions for name in _names_own(owner))
    ):
        # A public body sends people to a bank's own site, named beside it ("纪念币预约请通过工商银行官网 icbc.com.cn"); not
        # to a platform's it does not name ("【医保局】……请登录 shop123.taobao.com 解冻").
        official = True
    if is_gov_cn and (government is None or government.kind == "government"):
        # (With no institution named at all, a government site is still nobody's trap: "您有违章未处理，请登录
        # https://gab.122.gov.cn 处理".)
        official = True
    if link.is_punycode:
        # A host drawn with a letter from another script or in punycode is no one's own, whatever it reads as: "аlipay.com" with a
        # Cyrillic а read as alipay.com was taken for Alipay's own site (a blind review of batch 49's look-alike reading).
        official = False
    if official:
        kinds.append("official_domain")
    else:
        kinds.append("link")
        if is_shortener(link):
            kinds.append("shortener")
        if link.is_ip:
            kinds.append("raw_ip")
        if link.is_punycode:
            kinds.append("punycode")
        if is_gov_cn:
            pass  # a government site: not a look-alike of a bank, nor a stranger's domain
        elif claimed is not None and claimed.kind == "government" and link.host in _PUBLIC_ACCOUNT_HOSTS:
            pass  # its WeChat account's articles (mp.weixin.qq.com), where anyone publishes too: neither its own nor foreign
        elif any(_OWNER[imitated.domain].code not in owners for imitated in _LOOKALIKES.imitated(link)):
            # (A link to another institution's real domain is not a look-alike: it is foreign_domain.)
            kinds.append("lookalike_domain")
        elif _GOV_CN_INSIDE.search(link.host) is not None:
            # "court-gov.cn.qsz.top", "ybj.gov-cn.vip": a government's suffix written inside someone else's domain, where no
            # government site can be (batch 40). Every .gov.cn host is official above, so this is a copy of one.
            kinds.append("lookalike_domain")
        elif claimed is not None and claimed.code == "chsi" and link.host.endswith(".edu.cn"):
            pass  # a school's own system ("学信网……请登录学校教务系统 jwc.xxu.edu.cn"): no one else's domain, nor proven official
        elif claimed is not None and not link.is_ip and "shortener" not in kinds:
            # (A public shortener hides whose the address is: "shortener" already says so, and a bank's
            # own reminders used them for years, as some traffic police's notices do.)
            kinds.append("foreign_domain")
        elif (
            sender_owner is not None
            and not link.is_ip
            and link.host.rpartition(".")[2] in ABUSED_TLDS
            and not owners
            and not on_known_site(link.host)
        ):
            # The sender's own number naming no one: its owner is who claims to write, and a domain under a cheap ending is foreign
            # to it ("10086: 您已满足话费充100送100条件，登录 cmcc-hd.vip 领取", a review of batch 58). (Not any domain the directory
            # lacks: carriers link to their own subsidiaries' sites, voicecloud.cn, cmvideo.cn, 10018gd.com.)
            kinds.append("foreign_domain")
        if not link.is_ip and not is_gov_cn and link.host.rpartition(".")[2] in ABUSED_TLDS and not on_known_site(link.host):
            # A cheap TLD no institution of the directory uses, named or not ("年终补贴3260元待领:njbt.top", "【深圳交警】……违法详情
            # 点击 szjj-wf.cc 查看", batch 52): of every tuning batch's messages with such a link, 3 were genuine and 58 of the
            # scams had stood low or medium on "link" alone.
            kinds.append("abused_tld")
    return kinds


# Words that press for a call or a payment now: with them, a "court" notice from 12368 naming a landline is the scam
# of a spoofed sender ("传票未签收……请于今日内致电……逾期将强制执行"), not a clerk's contact line. (Not 传票 or 逾期
# alone: a real notice says "传票已通过电子送达" and "逾期视为放弃".)
_PRESSES = re.compile("强制执行|今日内|今天内|立即|马上|否则|冻结|拘留|通缉|未签收|未领取|查询详情")


def _check_channels(
    found: _Collector,
    channels: list[Channel],
    claimed: Institution | None,
    compact: str,
    family: bool = False,
    official_sender: bool = False,
) -> tuple[bool, bool]:
    """Flag each channel the claimed institution does not own.

    Returns (whether any such channel was found, whether a service number no institution owns was).

    A number the named institution publishes, a public hotline (12xxx, 96110) or, with no institution
    named, any institution's service number is fine. A personal, landline, foreign or masked number is
    the core scam pattern when an institution is named (severe); with none named it is a weaker sign.
    An unknown 400/95 line counts only when we know the named institution's own numbers. `official_sender`: the
    sender is the claimed institution's own number (a court's 12368), so a public body's local landline in a notice
    that does not press is its clerk's.
    """
    unofficial = unowned_number = False
    # (One account asked for in an institution's words keeps the flag severe beside a personal one.)
    personal_accounts_only = all(c.number_kind == PERSONAL_REQUEST for c in channels if c.kind == "account")
    for channel in channels:
        if channel.kind == "account":
            found.add(RULES["pay_to_account"], channel.text, channel.span)
            if channel.number_kind == PERSONAL_REQUEST and not family and personal_accounts_only:
                # "打过来告诉我一声。卡号…": a friend asking to be paid back writes the same.
                found.not_severe.add("pay_to_account")
            unofficial = True
            continue
        if channel.kind == "chat":
            rule = RULES["private_chat"]
            found.add(rule, channel.text, channel.span)
            if claimed is not None and "企业微信" not in channel.text:
                found.made_severe.add(rule.code)
            unofficial = True
            continue
        if _is_public_or_owned(channel, claimed) or channel.number_kind in ("courier", "shop"):
            continue  # (a courier's own mobile or a shop's own line, with no money or trouble: how deliveries are settled)
        if channel.number_kind in _SERVICE_NUMBER_KINDS:
            if claimed is not None and claimed.service_numbers:
                found.add(RULES["unlisted_number"], f"{claimed.name_zh} ← {channel.text}", channel.span)
                unofficial = True
            elif claimed is None and channel.number_kind == "masked_hotline":
                unofficial = True  # a hotline the source masked: a scam family beside it still counts
            elif channel.disguised:
                # "回拨客服 4 O O - 8 2 3 - l 6 6 O": a hotline spelled to dodge filters is no one's published line.
                unofficial = True
            unowned_number = True
            continue
        rule = RULES["unofficial_callback"]
        if claimed is not None and claimed.kind == "courier" and not family:
            continue  # a courier company's notice gives the rider's or the depot's own number
        if (
            claimed is not None
            and claimed.kind == "government"
            and channel.number_kind in ("landline", "masked_landline")
            and official_sender
            and _PRESSES.search(compact) is None
        ):
            # A court's notice from 12368 names the judge's or the clerk's own local landline ("……本院已受理……联系电话
            # 029-8…，请按时应诉"); a spoofed sender that presses for a call today is the scam ("传票未领取……请于今日内
            # 致电……逾期将强制执行").
            continue
        if claimed is not None:
            found.add(rule, f"{claimed.name_zh} ← {channel.text}", channel.span)
            if (
                channel.number_kind == "landline"
                and not family
                and (claimed.kind == "government" or not _DEBT_OR_CASE.search(compact))
            ):
                # A branch's own landline in a bank's offer ("详询0991-5589056【中国银行】") is common; beside
                # a debt, a case or a scam family ("欠款已逾期，请致电0755-…") it is the scam pattern again. A
                # court or a public office answers on its own local landline, which no directory lists: a
                # case beside it is what a court writes about.
                found.not_severe.add(rule.code)
        elif not family and first_match(rule.unless, compact) is not None:
            continue  # a courier's or a shop's number, with no institution named and no scam family
        else:
            found.add(rule, channel.text, channel.span, weight=3)
            found.not_severe.add(rule.code)
        unofficial = True
    return unofficial, unowned_number


def _is_public_or_owned(channel: Channel, claimed: Institution | None) -> bool:
    if "x" in channel.digits:
        return False
    digits = classify_sender(channel.digits).digits or channel.digits
    if channel.number_kind == "gov_short" or is_public_line(digits):
        return True
    if claimed is not None and claimed.owns_number(digits):
        return True
    owner = institution_for_number(digits)
    return owner is not None and (claimed is None or owner.kind == "government")
