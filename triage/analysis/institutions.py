"""Official channels of the main creditors (and of the public bodies fake collectors pose as).

Loaded once from triage/data/institutions.toml. The wizard's verify step uses `find_institution` and
`all_institutions` to say "call 95588, not the number in the message".
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from triage.content import load as load_content

from .alternation import by_first_character
from .normalize import lower_in_place

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "institutions.toml"
CREDITOR_KINDS = frozenset({"bank", "consumer_finance", "online_platform", "small_loan"})


@dataclass(frozen=True)
class Institution:
    code: str
    name_zh: str
    name_en: str
    kind: str  # bank | consumer_finance | online_platform | small_loan | government
    aliases: tuple[str, ...]
    service_numbers: tuple[str, ...]
    domains: tuple[str, ...]
    source: str
    # Short-link and other domains it sends in its SMS (JD's 3.cn, Taobao's tb.cn): links there are its
    # own, but they are too short to serve as models in the look-alike check.
    sms_domains: tuple[str, ...] = ()

    @property
    def all_domains(self) -> tuple[str, ...]:
        return self.domains + self.sms_domains

    def name(self, lang: str = "zh-hans") -> str:
        return self.name_en if lang.startswith("en") else self.name_zh

    def owns_number(self, digits: str) -> bool:
        # Banks send from the bare number or with an extension ("9555801" for 95558 channels).
        return any(digits == n or (digits.startswith(n) and len(n) >= 5) for n in self.service_numbers)


def _load() -> tuple[tuple[Institution, ...], frozenset[str], frozenset[str]]:
    data = load_content(DATA_FILE.name)
    not_institutions = frozenset(name.lower() for name in data.get("not_institutions", []))
    standalone = frozenset(name.lower() for name in data.get("standalone_aliases", []))
    return (
        tuple(
            Institution(
                code=entry["code"],
                name_zh=entry["name_zh"],
                name_en=entry["name_en"],
                kind=entry["kind"],
                aliases=tuple(entry["aliases"]),
                service_numbers=tuple(entry["service_numbers"]),
                domains=tuple(entry["domains"]),
                source=entry["source"],
                sms_domains=tuple(entry.get("sms_domains", ())),
            )
            for entry in data["institution"]
        ),
        not_institutions,
        standalone,
    )


_INSTITUTIONS, NOT_INSTITUTIONS, STANDALONE_ALIASES = _load()
_BY_CODE = {inst.code: inst for inst in _INSTITUTIONS}
_BY_ALIAS = {alias.lower(): inst for inst in _INSTITUTIONS for alias in inst.aliases}


def _alias_pattern(alias: str) -> str:
    """The alias, refused where it is only part of a longer name in NOT_INSTITUTIONS.

    For a longer name prefix + alias + suffix the check comes after the alias (so every alternative
    still starts with a plain character and `re` can skip ahead): not followed by the suffix when
    preceded by prefix + alias. "中国银行" becomes 中国银行(?!业协会)…, "京东" 京东(?!方).
    """
    guards = []
    for name in sorted(NOT_INSTITUTIONS):
        at = name.find(alias)
        while at >= 0:
            prefix, suffix = re.escape(name[:at]), re.escape(name[at + len(alias) :])
            if prefix and suffix:
                guards.append(f"(?!(?<={prefix}{re.escape(alias)}){suffix})")
            elif prefix:
                guards.append(f"(?<!{prefix}{re.escape(alias)})")
            elif suffix:
                guards.append(f"(?!{suffix})")
            at = name.find(alias, at + 1)
    if alias in STANDALONE_ALIASES:
        # An everyday word as well as a name ("够花"): a name only where no Chinese character stands right before it
        # ("【够花】", "够花App提醒您"), not "工资够花", "挺够花"; nor before a question or a measure ("够花吗", "够花一周").
        guards.append("(?<![\u4e00-\u9fff]" + re.escape(alias) + ")(?![吗吧啊呀呢么不一,，。?？!！])")
    return re.escape(alias) + "".join(guards)


# A court or other public body counts as the sender outside the 【signature】 only when the message
# speaks as it: the name followed by "通知/提醒/…" or a colon ("XX法院通知您", "XX人民法院:"), not
# when it merely mentions one ("可能被起诉到法院").
# (Or acts as it: "你已经被……人民法院公布为失信被执行人".)
_SPEAKS_AS = r"(?=\s{0,2}(?:通知|提醒|提示|告知|温馨提示|郑重提醒|郑重提示|公告|公布为|列为|列入|:))"
# One alternation, longest alias first, so "中国工商银行" wins over "工商银行" and "招联金融" over "招联".
# No IGNORECASE: with it `re` cannot skip ahead on first characters; callers lower-case instead.
_BY_LENGTH = sorted(_BY_ALIAS, key=len, reverse=True)
_ALIAS_RE = re.compile(by_first_character([_alias_pattern(a) for a in _BY_LENGTH]))
# The same for the text outside the signature, where a public body's name must be followed by _SPEAKS_AS.
_CLAIM_RE = re.compile(
    by_first_character([_alias_pattern(a) + (_SPEAKS_AS if _BY_ALIAS[a].kind == "government" else "") for a in _BY_LENGTH])
)
# "业务员个人支付宝", "我的微信": a payment or chat account of a person, not a message from that company.
_PERSONAL_BEFORE = re.compile(
    r"(?:个人|私人|本人|业务员|专员|我的|他的|她的|对方)的?\Z|(?:到|进|打|转|存)(?:你|您)的?\Z|(?:写的|上的|前的|来的)那张\Z|我(?:存到|打到|转到|交到|用的)那张\Z"
)
# The institution as someone the writer heard from ("淘宝客服说给我退了", "银行那边告诉我"): reported, not the writer.
_REPORTED_AFTER = re.compile(r"(?:客服|那边|的人|工作人员)?(?:说|讲|告诉我|跟我说|回复我|回我)")
# An institution named as one way to pay among others ("支持网银、支付宝、财付通", "注册银联卡进行充值", "可支付宝付款",
# "使用支付宝、银行卡充话费"):
# a means, not who is writing.
_MEANS_BEFORE = re.compile(r"(?:支持|注册|绑定|、|或者?|以及|可用?|使用|通过)\Z")
_CARRIED_BY = re.compile(r"(?:通过|经|由|用|走)\Z")
_CARRIED = re.compile(r"(?:邮件|快递)?(?:寄出|寄送|邮寄|发出|单号|运单)")
# An institution named as a landmark: in an address, or beside a word of place.
_PLACE_AFTER = re.compile(r"(?:营业厅|网点)?(?:对面|旁边|隔壁|附近|楼下|楼上|门口|斜对面|东侧|西侧|南侧|北侧)")
_PLACE_BEFORE = re.compile(r"(?:地址|地点|位于|取件点|自提点)[:：]?[^,.;!?，。；！？\n]{0,10}\Z|(?:对面|旁边|隔壁|附近)的?\Z")
# Where an e-mail or an app's push names its writer, read in lower case: "发件人:XX金融 <…>", "XX借款app:".
# Also a name of a firm's or office's shape before a colon at the very head, as a signature pasted without its
# brackets ("小米钱包:您的合同已超期", "荆州公积金:……", "XX医院:您预约的……"), masked or not ("**消费金融:您的借款已逾期", batch 71).
_HEADER = re.compile(
    r"\s*(?:发件人[:：]\s*([^\s<:：]{2,20})|([^\s:：,。!?]{2,16}app"
    r"|[\u4e00-\u9fffa-z*＊×]{0,10}(?:银行|金融|钱包|借款|借贷|贷款|公积金|租车|保险|证券|信用卡|白条|分期|小贷|支付|中心|医院|公安|公安局|大学|学校|物业|公司|集团))[:：])"
)
# The signature in 【】 (or [] after NFKC folding of full-width brackets) at either end of an SMS.
_SIGNATURE_RE = re.compile(r"【([^【】\n]{1,20})】|\[([^\[\]\n]{1,20})\]")
_QUOTE_OPENS = frozenset("“\"「『‘'")
# A signature after a dash at the very end, as some phones and pages show it: "……余额6.66元。——工商银行".
_DASH_SIGNATURE = re.compile(r"(?:——|—|--)\s{0,2}([^\s,.;:!?，。；：！？—\-]{2,20})\s{0,3}\Z")


def all_institutions(include_government: bool = False) -> tuple[Institution, ...]:
    """The creditors, in data-file order; the courts and anti-fraud centre only when asked."""
    if include_government:
        return _INSTITUTIONS
    return tuple(inst for inst in _INSTITUTIONS if inst.kind in CREDITOR_KINDS)


def find_institution(name_or_code: str) -> Institution | None:
    """Look an institution up by code ("icbc"), any alias ("工行") or text naming it ("【工商银行】")."""
    key = name_or_code.strip()
    if not key:
        return None
    if key in _BY_CODE:
        return _BY_CODE[key]
    if key.lower() in _BY_ALIAS:
        return _BY_ALIAS[key.lower()]
    match = _ALIAS_RE.search(key.lower())
    return _BY_ALIAS[match.group(0)] if match else None


def _index_numbers() -> dict[str, list[tuple[int, Institution]]]:
    """Service number → (position in the data file, institution) for each institution listing it."""
    by_number: dict[str, list[tuple[int, Institution]]] = {}
    for index, inst in enumerate(_INSTITUTIONS):
        for number in inst.service_numbers:
            by_number.setdefault(number, []).append((index, inst))
    return by_number


_BY_NUMBER = _index_numbers()
# The lengths of the numbers that also own their extensions (owns_number: five digits or more).
_PREFIX_LENGTHS = sorted({len(number) for number in _BY_NUMBER if len(number) >= 5})


# The same few senders recur (every bank texts from its own numbers): look each up once.
@functools.lru_cache(maxsize=4096)
def institution_for_number(digits: str) -> Institution | None:
    """The first institution (in data-file order) that owns `digits`, by look-ups, not a loop over all."""
    owners = list(_BY_NUMBER.get(digits, ()))
    for length in _PREFIX_LENGTHS:
        if length < len(digits):
            owners += _BY_NUMBER.get(digits[:length], ())
    return min(owners, key=lambda owner: owner[0])[1] if owners else None


def claimed_institution(
    text: str, lowered: str | None = None, official_sender: bool = False
) -> tuple[Institution | None, str, tuple[int, int] | None]:
    """Who the message says it is from: (institution, signature text, span of the naming words).

    The 【signature】 counts first because that is where an SMS names its sender; otherwise the first
    institution named anywhere, except that a court or other public body outside the signature counts
    only where the message speaks as it ("XX法院通知您"), and a longer name that merely contains an
    alias ("中国银行业协会") names nobody. The signature is returned even when it names no known institution, so
    a debt claim signed 【某某金融】 is not treated as anonymous; with no 【】, an e-mail's sender or an app's
    push header stands for one ("发件人:XX金融 <service@…>", "XX借款App:您的借款已逾期"). With `official_sender` (the message comes from
    some institution's own number), an institution named as one way to pay among others ("支持网银、支付宝")
    is not taken for the writer.
    """
    # Aliases are stored in lower case; lowering in place keeps every position where it was.
    text = lower_in_place(text) if lowered is None else lowered
    signature = ""
    # 【】 is the SMS signature proper; [] counts only when there is none ("[银联入账:京东] …【浦发银行】"
    # is signed by the bank). At most a few of each are read.
    matches = list(itertools.islice(_SIGNATURE_RE.finditer(text), 8))
    matches.sort(key=lambda match: match.group(1) is None)
    for match in matches:
        if match.start() > 1 and text[match.start() - 1] in _QUOTE_OPENS and text[: match.start() - 1].strip():
            # A warning quotes a scam's signature ("近期“【医保局】医保卡异常……”类短信均为诈骗"): not who writes. (Not a pasted
            # message that is all quotation, "“【12123】您的驾驶证……”": its signature is the sender's.)
            continue
        content = match.group(1) or match.group(2) or ""
        if not signature:
            signature = content
        group = 1 if match.group(1) is not None else 2
        named = _ALIAS_RE.search(text, match.start(group), match.end(group))
        if named:
            return _BY_ALIAS[named.group(0)], content, named.span()
    if not signature and (dash := _DASH_SIGNATURE.search(text, max(0, len(text) - 30))) is not None:
        # (Only where it names an institution: "——张三" signs a person's note, not a firm's notice.)
        named = _ALIAS_RE.search(text, dash.start(1), dash.end(1))
        if named:
            return _BY_ALIAS[named.group(0)], dash.group(1), named.span()
    if not signature:
        header = _HEADER.match(text)
        signature = (header.group(1) or header.group(2)) if header else ""
    for named in itertools.islice(_CLAIM_RE.finditer(text), 20):
        if _PERSONAL_BEFORE.search(text, max(0, named.start() - 6), named.start()) is not None or _REPORTED_AFTER.match(
            text, named.end()
        ):
            continue
        if _BY_ALIAS[named.group(0)].kind == "courier" and (
            _CARRIED_BY.search(text, max(0, named.start() - 2), named.start()) or _CARRIED.match(text, named.end())
        ):
            continue  # "证件已通过EMS寄出", "顺丰单号": the courier carries the letter, someone else writes
        if (official_sender or signature) and _MEANS_BEFORE.search(text, max(0, named.start() - 2), named.start()):
            # (Only from an institution's own number, or under a signature of the writer's own ("【国网XX供电公司】
            # ……请通过网上国网App、支付宝生活缴费"): a scam's bare "注册银联卡" still claims UnionPay.)
            continue
        if _PLACE_AFTER.match(text, named.end()) or _PLACE_BEFORE.search(text, max(0, named.start() - 12), named.start()):
            continue  # a landmark in an address ("地址:百大超市对面中国电信"), not who is writing
        return _BY_ALIAS[named.group(0)], signature, named.span()
    return None, signature, None


def all_official_domains(include_sms: bool = False) -> tuple[tuple[str, Institution], ...]:
    """(domain, institution) for every official domain; with include_sms, the SMS link domains too."""
    return tuple((domain, inst) for inst in _INSTITUTIONS for domain in (inst.all_domains if include_sms else inst.domains))
