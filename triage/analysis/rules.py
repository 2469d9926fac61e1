r"""Red-flag rules as data: loaded once from triage/data/red_flags.toml and compiled.

Speed: `re` scans fast only when it knows the set of characters a match can start with, and it knows
that for an alternation only when every alternative starts with a plain character. So each rule's
patterns are split at their top-level "|"; an alternative starting with a group of plain words
("(修复|洗白)征信") is expanded into one alternative per word; all plain-first alternatives are joined
into one regex, and the few others (starting with \d or a class) get a regex each. A rule then costs
one or two fast scans instead of a position-by-position crawl.

A joined scan, like any alternation, reports matches that do not overlap: where two alternatives of
the same scanner match overlapping text, only the earlier one is a hit. Which alternatives share a
scanner therefore shapes the evidence and the highlights, so rewriting a pattern so that it moves
between scanners ("群发给?" → "群发给|群发") changes results. Two tests hold the line:
`test_the_joined_scanners_keep_the_rule_as_written` (tests/test_analysis_speed.py) generates pattern
lists and texts and checks that the scanners fire on the same texts as the one regex the patterns spell,
that every hit is a match of that regex, and that every match of it is covered; and every result on the
labelled set is compared with tests/data/sms_labelled_results.jsonl.

In the data file "~" stands for "any character except clause punctuation", the usual gap allowed
between two words of a phrase ("转入~{0,8}个人账户").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from triage.content import load as load_content

from .alternation import SPECIAL, by_first_character, pattern_syntax, plain_start
from .alternation import split_top_level as _split_top_level
from .prefilter import PairFilter, Source, pairs_in

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "red_flags.toml"
# How far back a negating word may stand from a hit ("银行工作人员不会要求您将资金转入所谓安全账户").
NEGATION_WINDOW = 16
# How far back a strong denial (不会, 切勿 …) may stand, in the same clause.
STRONG_NEGATION_WINDOW = 24
# How far ahead a following warning may stand ("……转入安全账户的，都是诈骗").
AFTER_WINDOW = 20
# Characters that do not end a clause, and that do not end a sentence.
_IN_CLAUSE = r"[^，。！？；,!?;\n]"
# What "~" means in a pattern: NFKC has turned ，；：！？ into ASCII by the time rules run.
GAP = r"[^,.;:!?，。；：！？\n]"
# Work per rule per message is capped: enough hits to highlight, bounded on adversarial input.
MAX_HITS_PER_RULE = 40
_IN_SENTENCE = r"[^。！？!?\n]"


@dataclass(frozen=True)
class Rule:
    code: str
    detector: str
    weight: int
    severe: bool
    title_zh: str
    title_en: str
    why_zh: str
    why_en: str
    advice_zh: str
    advice_en: str
    source_zh: str
    source_en: str
    source_url: str
    confidence: str
    scanners: tuple[re.Pattern[str], ...] = field(default=(), compare=False)  # the patterns, split for speed
    unless: tuple[re.Pattern[str], ...] = field(default=(), compare=False)  # the unless_patterns, the same way
    unless_scope: str = "sentence"
    unless_anywhere: tuple[re.Pattern[str], ...] = field(default=(), compare=False)  # the unless_anywhere_patterns
    # The negating words as a search for one that stands in the hit's own clause (see `is_negated`).
    negation: re.Pattern[str] | None = field(default=None, compare=False)
    weight_by_kind: dict[str, int] = field(default_factory=dict, compare=False)
    kinds: tuple[str, ...] = ()
    # A scam-family rule: shown, and severe, only beside a channel the named institution does not own;
    # alone it weighs weight_alone (0: not shown). See the "scam families" part of the data file.
    needs_channel: bool = False
    weight_alone: int = 0
    any_number: bool = False
    # A family for which a 400/800 line no institution owns is the channel, in a message nobody names or signs.
    any_hotline: bool = False
    # A family that counts only when the message names no institution, or names one but gives a mobile, a chat
    # or a link it does not own: a named bank's own offer through a branch landline ("中银E贷，无抵押，详询0991-…")
    # is judged by whether that number is the bank's (unofficial_callback), not by its words.
    unnamed_only: bool = False
    # Whether the wording model may raise a message this flag made medium: not for an opener that a friend
    # or a relative writes in the same words ("这是我新号，存一下", "钱打过来，卡号……").
    wording_raises: bool = True
    # A lure whose words a genuine notice shares ("地址不完整", "your parcel could not be delivered", "照片都放这里了"): it counts only
    # beside a link that is neither the institution's nor on a site people share links to every day (`links.KNOWN_SITES`): a
    # look-alike, a shortener, an unknown domain, or a link left out where the message is quoted. A phone number is not enough.
    suspicious_link_only: bool = False

    @property
    def reassuring(self) -> bool:
        return self.weight < 0


def _expand(pattern: str) -> str:
    """Replace "~" by GAP and make every group non-capturing (the combined scanner numbers its own)."""
    out = []
    for i, char, syntax in pattern_syntax(pattern):
        if syntax and char == "~":
            char = GAP
        elif syntax and char == "(" and not pattern.startswith("?", i + 1):
            char = "(?:"
        out.append(char)
    return "".join(out)


_LEADING_WORDS = re.compile(r"\(([^()\[\]{}\\.^$?*+~]+)\)(?![?*+{])(.*)", re.DOTALL)


def _split_for_speed(patterns: list[str]) -> tuple[list[str], list[str]]:
    """(alternatives starting with a plain character, the other alternatives), all expanded."""
    plain_first: list[str] = []
    others: list[str] = []
    for pattern in patterns:
        for alternative in _split_top_level(pattern):
            words = _LEADING_WORDS.fullmatch(alternative)
            if words:
                rest = words.group(2)
                plain_first.extend(word + (f"(?:{rest})" if rest else "") for word in words.group(1).split("|"))
            elif alternative and alternative[0] not in SPECIAL:
                plain_first.append(alternative)
            else:
                others.append(alternative)
    return [_expand(a) for a in plain_first], [_expand(a) for a in others]


def _scanners(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    plain_first, others = _split_for_speed(patterns)
    # A quantified first character ("你?的") cannot be taken out of its alternative: those stay apart.
    grouped = [a for a in plain_first if plain_start(a)]
    others = [a for a in plain_first if not plain_start(a)] + others
    compiled = [re.compile(by_first_character(grouped))] if grouped else []
    return tuple(compiled + [re.compile(a) for a in others])


# A denial word right before these is a selling point, not a warning: "绝不收费，人满即封", "无需抵押",
# "不上征信".
_SELLING_POINT = "(?!任何|收费|收取|收任何|收一分|押金|抵押|担保|上征信|查征信|看征信|看负债|门槛|费用|手续费|经验|学历)"
# The strong denials, searched in the longer window (filled by _load).
_STRONG: dict[re.Pattern[str], re.Pattern[str]] = {}
# Each negation's words on their own, to look for them inside a hit (filled by _load).
_INSIDE: dict[re.Pattern[str], re.Pattern[str]] = {}
# Each negation's words with no condition, to see once per text whether any stands in it (filled by _load).
_ANY: dict[re.Pattern[str], re.Pattern[str]] = {}


def _load() -> tuple[dict[str, Rule], tuple[int, int, int], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    data = load_content(DATA_FILE.name)
    # A negating word in the hit's clause: no clause punctuation between it and the end of the window.
    negations: dict[str, re.Pattern[str]] = {}
    strong = data["negations"]["strong"].split("|")
    for name, words in data["negations"].items():
        if name in ("after", "strong"):
            continue
        negation = negations[name] = re.compile(f"(?:{words}){_SELLING_POINT}{_IN_CLAUSE}*\\Z")
        # The same words inside a hit: a gap in a pattern ("验证码~{0,12}告知") must not swallow "请勿".
        _INSIDE[negation] = re.compile(f"(?:{words}){_SELLING_POINT}")
        # Any of the words anywhere: where none is, only a warning after a hit can negate it.
        _ANY[negation] = re.compile(f"(?:{words})")
        # A list's own strong words: "切勿" does not deny a court claim, whose list has no "切勿".
        own = "|".join(w for w in strong if w in words.split("|")) or "(?!)"
        _STRONG[negation] = re.compile(f"(?:{own}){_IN_CLAUSE}*\\Z")
    # A warning after the hit, in the same sentence: only non-sentence-ending characters before it. (What
    # `_warning_after` finds, as one regex: the tests compare with it.)
    after = re.compile(f"{_IN_SENTENCE}*?(?:{data['negations']['after']})")
    # The same warnings split as the rules' patterns are, for `_warning_after`.
    after_scanners = _scanners([data["negations"]["after"]])
    rules: dict[str, Rule] = {}
    for entry in data["rule"]:
        rules[entry["code"]] = Rule(
            code=entry["code"],
            detector=entry["detector"],
            weight=int(entry["weight"]),
            severe=bool(entry.get("severe", False)),
            title_zh=entry["title_zh"],
            title_en=entry["title_en"],
            why_zh=entry["why_zh"],
            why_en=entry["why_en"],
            advice_zh=entry["advice_zh"],
            advice_en=entry["advice_en"],
            source_zh=entry["source_zh"],
            source_en=entry["source_en"],
            source_url=entry["source_url"],
            confidence=entry.get("confidence", ""),
            scanners=_scanners(entry.get("patterns", [])),
            unless=_scanners(entry.get("unless_patterns", [])),
            unless_scope=entry.get("unless_scope", "sentence"),
            unless_anywhere=_scanners(entry.get("unless_anywhere_patterns", [])),
            negation=negations[entry["negated_by"]] if "negated_by" in entry else None,
            weight_by_kind=dict(entry.get("weight_by_kind", {})),
            kinds=tuple(entry.get("kinds", ())),
            needs_channel=bool(entry.get("needs_channel", False)),
            weight_alone=int(entry.get("weight_alone", 0)),
            any_number=bool(entry.get("any_number", False)),
            any_hotline=bool(entry.get("any_hotline", False)),
            unnamed_only=bool(entry.get("unnamed_only", False)),
            wording_raises=bool(entry.get("wording_raises", True)),
            suspicious_link_only=bool(entry.get("suspicious_link_only", False)),
        )
    scoring = data["scoring"]
    return rules, (int(scoring["high"]), int(scoring["medium"]), int(scoring["implied_channel"])), after, after_scanners


RULES, (HIGH_SCORE, MEDIUM_SCORE, IMPLIED_CHANNEL_WEIGHT), _AFTER, _AFTER_SCANNERS = _load()
TEXT_RULES = tuple(rule for rule in RULES.values() if rule.detector == "text" and rule.scanners)


def is_negated(rule: Rule, text: str, start: int, end: int) -> bool:
    """Whether the hit text[start:end] is part of a warning against it rather than a demand.

    It is when a negating word stands before it in the same clause, at most NEGATION_WINDOW characters
    back ("银行不会要求您转入安全账户"), or a warning follows it in the same sentence, at most
    AFTER_WINDOW characters on ("……转入安全账户的，都是诈骗"). Each is one search bounded by pos and endpos:
    no slices, and the window keeps it linear however long the text.
    """
    if rule.negation is None:
        return False
    return _negated(rule.negation, text, start, end)


def _negated(
    negation: re.Pattern[str], text: str, start: int, end: int, words_in_text: bool = True, warning_in_text: bool = True
) -> bool:
    """See `is_negated`. With words_in_text False (none of the negation's words is anywhere in the text)
    only the warning after the hit is looked for: the other three searches could find nothing; with
    warning_in_text False (no warning `_warning_after` looks for can stand in the text) not that one."""
    if not words_in_text:
        return warning_in_text and _warning_after(text, start, end)
    return (
        negation.search(text, max(0, start - NEGATION_WINDOW), start) is not None
        or _STRONG[negation].search(text, max(0, start - STRONG_NEGATION_WINDOW), start) is not None
        or _INSIDE[negation].search(text, start, end) is not None
        or (warning_in_text and _warning_after(text, start, end))
    )


def _warning_after(text: str, start: int, end: int) -> bool:
    """Whether `_AFTER` matches at `end` within AFTER_WINDOW characters: a warning starts in the window
    with no sentence end before it (and a bare one does not follow a request made of the reader: see
    `_asked_of_the_reader`).

    `_AFTER`'s lazy gap tries every warning at each position of the window (~2.6 µs a hit); here each
    scanner finds its first warning in the window, skipping ahead to the warnings' first characters,
    and only then is the text before it read for a sentence end (~1.1 µs). A later warning could not do
    better than the first: the text before it holds the same sentence end.
    """
    window_end = end + AFTER_WINDOW
    for scanner in _AFTER_SCANNERS:
        found = scanner.search(text, end, window_end)
        while found is not None and _SENTENCE_END.search(text, end, found.start()) is None:
            if _BARE_WARNING.match(text, found.start()) is None or not _asked_of_the_reader(text, start, end, found.start()):
                return True
            found = scanner.search(text, found.start() + 1, window_end)  # (a later warning may still point back)
    return False


# A bare warning after a hit ("谨防诈骗", "不要相信他人"), pointing back at nothing ("谨防此类诈骗" does).
_BARE_WARNING = re.compile(
    "(?:谨防|提防|警惕)(?!此|这|以上|上述|该类|类似)|(?:请勿|不要|切勿)(?:相信|理会|轻信)(?!此|这|以上|上述|该)"
)
# The message itself asks the reader to act ("请回复", "需缴纳", "请于今日缴纳", "务必立即转账"; not "无需缴纳", "请勿").
_ASKED_OF_THE_READER = re.compile(
    "(?:请(?!勿|不要|别)|(?<![无不])需要|(?<![无不])[需须]|必须|务必)[^，,。！？!?\n]{0,8}?"
    "(?:回复|缴纳|支付|缴费|付款|转账|汇款|转入|转到|存入|充值|提供|发送|告知|点击|登录|登陆|下载|安装|添加|联系|拨打|致电|填写|上传|扫码|开通|共享)"
)
# The request is someone else's, described: a stranger's, a condition's, a kind's ("陌生人让您提供验证码", "如有人要求",
# "要求转账到安全账户的，"); or one made through the institution's own app, branch, counter or WeChat for business ("理赔款需提供您
# 本人银行卡号，请在平安好车主App内填写，谨防诈骗", "您的客户经理已变更，请添加企业微信，谨防诈骗"). (Not the reader's own
# condition: "若要解冻，请先转账" and "如需放款，请先缴纳" are demands.)
_SOMEONE_ELSES_REQUEST = re.compile(
    "陌生|他人|有人|别人|对方|骗子|不法|犯罪|冒充|假冒|自称|让您|让你|(?<!按)要求|接到|如遇|若遇|如果有|凡|任何|一旦|的[，,]"
    "|app内|官方app|营业网点|网点|柜台|企业微信"
)
# How far back the sentence of a hit is looked for.
SENTENCE_BACK = 40


def _asked_of_the_reader(text: str, start: int, end: int, warning: int) -> bool:
    """The hit's sentence asks the reader to act, in the message's own voice, and describes no one else's request up to
    the bare warning: the warning is what a fraudster appends to a demand ("请回复您的银行卡号和验证码，完成身份核验，
    谨防诈骗", "需缴纳解冻金2000元至指定账户后放款，谨防诈骗") and negates nothing. (Left as a negation, it let both
    through as low; narrowed for every hit instead, it raised banks' own warnings: "【建设银行】要求转账到安全账户的，谨防诈骗".)"""
    sentence = max(0, start - SENTENCE_BACK)
    for stop in _SENTENCE_END.finditer(text, sentence, start):
        sentence = stop.end()
    return (
        _ASKED_OF_THE_READER.search(text, sentence, end) is not None
        and _SOMEONE_ELSES_REQUEST.search(text, sentence, warning) is None
    )


def first_match(scanners: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The leftmost match of any of `scanners` in `text`, or None.

    On a tie the first scanner's match is kept, which is not always the alternative listed first in
    the data file (the scanners regroup the alternatives); only the evidence shown could differ.
    """
    best = None
    for scanner in scanners:
        match = scanner.search(text)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    return best


# Every scanner of every text rule with its rule, in rule order, for `all_text_hits`.
_SCANS = tuple((rule, scanner) for rule in TEXT_RULES for scanner in rule.scanners)


def _parts(scanner: re.Pattern[str]) -> list[Source]:
    """The scanner's top-level alternatives, each on its own, where each starts with a plain character of its own (a
    scanner joined by `by_first_character`): at any position at most one of them can match, the one its character
    starts, and it matches there what the scanner does. Otherwise the scanner alone."""
    parts = _split_top_level(scanner.pattern)
    # (Not a scanner with a group of its own: a part could refer to one another part holds.)
    if scanner.groups or len(parts) < 2 or not all(map(plain_start, parts)) or len({part[0] for part in parts}) < len(parts):
        return [Source(scanner.pattern, scanner.flags)]
    return [Source(part, scanner.flags) for part in parts]


# Each scanner cut into its parts, (index in _SCANS, part): a joined scanner's alternatives starting with 你, 不, 逾 …
# are let through the filter one by one, so a message with "逾期" but no "你妈" is searched for neither.
_PARTS = tuple((index, part) for index, (_, scanner) in enumerate(_SCANS) for part in _parts(scanner))
# Which of them can match a given text, and whether a warning after a hit can (see prefilter.py).
_SCAN_FILTER = PairFilter([part for _, part in _PARTS])
_AFTER_FILTER = PairFilter(_AFTER_SCANNERS)
# The parts compiled when first searched (some two thousand of them: compiling all at import took a second and a half).
_COMPILED: list[re.Pattern[str] | None] = [None] * len(_PARTS)


def _compiled(index: int) -> re.Pattern[str]:
    """The part _PARTS[index] compiled."""
    compiled = _COMPILED[index]
    if compiled is None:
        compiled = _COMPILED[index] = re.compile(*_PARTS[index][1])
    return compiled


def _leftmost_each(parts: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """What finditer of the scanner `parts` were cut from finds in `text`, where no other part of it can match.

    Each part's next match is kept, and searched again only once the scan has passed its start: parts start with
    different characters, so the leftmost of them is the scanner's match there, never a tie, and never empty."""
    nexts = [part.search(text) for part in parts]
    while True:
        best = None
        for match in nexts:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        at = best.end()
        nexts = [match if match is None or match.start() >= at else part.search(text, at) for part, match in zip(parts, nexts)]


def all_text_hits(text: str) -> list[tuple[Rule, list[tuple[int, int]]]]:
    """(rule, spans) for each text rule that fires in `text` (the compact matching copy), in rule order.

    The spans are where the rule fires and is not negated, sorted. One flat loop over the scanners that
    can match the text at all, each searched only for its parts that can (`_SCAN_FILTER`, `_PARTS`): most
    of those find nothing in a given message either, and for those this costs one search and no Python call.
    """
    found: dict[str, tuple[Rule, list[tuple[int, int]]]] = {}
    words_in_text: dict[re.Pattern[str], bool] = {}  # per negation list, searched once when first needed
    pairs = pairs_in(text)
    warning_in_text: bool | None = None  # worked out at the first hit
    possible = _SCAN_FILTER.possible(text, pairs)
    for scan, indexes in itertools.groupby(possible, key=lambda index: _PARTS[index][0]):
        rule = _SCANS[scan][0]
        parts = [_COMPILED[index] or _compiled(index) for index in indexes]
        matches: Iterator[re.Match[str]]
        if len(parts) == 1:
            first = parts[0].search(text)
            if first is None:
                continue
            matches = parts[0].finditer(text, first.start())
        else:
            matches = _leftmost_each(parts, text)
            first = next(matches, None)
            if first is None:
                continue
            matches = itertools.chain((first,), matches)
        hits = found.setdefault(rule.code, (rule, []))[1]
        negation = rule.negation
        if negation is not None and negation not in words_in_text:
            words_in_text[negation] = _ANY[negation].search(text) is not None
        if warning_in_text is None:
            warning_in_text = bool(_AFTER_FILTER.possible(text, pairs))
        _collect(rule, matches, text, hits, negation is None or words_in_text[negation], warning_in_text)
    result = []
    for rule, hits in found.values():
        if hits and rule.unless_anywhere and first_match(rule.unless_anywhere, text) is not None:
            hits = []
        if hits and rule.unless:
            hits = _outside_unless(rule, text, hits)
        if hits:
            if len(rule.scanners) > 1:
                hits.sort()
            result.append((rule, hits))
    return result


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _outside_unless(rule: Rule, text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hits in no sentence where one of the rule's unless_patterns stands: a warning or a code in one
    sentence does not excuse a demand made in another ("验证码为382910。请把收到的码告诉客服")."""
    excused = [m.start() for scanner in rule.unless for m in itertools.islice(scanner.finditer(text), 8)]
    if not excused:
        return hits
    if rule.unless_scope == "message":
        return []
    ends = [m.start() for m in itertools.islice(_SENTENCE_END.finditer(text), 200)]

    def sentence(position: int) -> int:
        return bisect.bisect_left(ends, position)

    excused_sentences = {sentence(position) for position in excused}
    return [hit for hit in hits if sentence(hit[0]) not in excused_sentences]


def _collect(
    rule: Rule,
    matches: Iterator[re.Match[str]],
    text: str,
    hits: list[tuple[int, int]],
    words_in_text: bool = True,
    warning_in_text: bool = True,
) -> None:
    """Add the hits among a scanner's `matches` (from its first on), not negated, up to the cap."""
    negation = rule.negation if words_in_text or warning_in_text else None  # (else nothing can negate them)
    # At most MAX_HITS_PER_RULE * 4 matches looked at per scanner, MAX_HITS_PER_RULE kept in all.
    for match in itertools.islice(matches, MAX_HITS_PER_RULE * 4):
        if len(hits) >= MAX_HITS_PER_RULE:
            break
        start, end = match.span()
        if end > start and (negation is None or not _negated(negation, text, start, end, words_in_text, warning_in_text)):
            hits.append((start, end))
