"""Is this a person's name? Decided from several signals together, not from one cue word.

Used by the scrubber (`triage.anonymize`) for names that stand where no cue list expects them: between
commas, right after 您好 with no punctuation, before "（身份证…）", in lists, after a department.
Each candidate is a surname from the lexicon (single or compound) followed by one or two given-name
characters, optionally spaced ("王 秀英"). Its score adds up:

- the surname's frequency tier (triage/data/names.toml);
- each given character's tier from name statistics (triage/data/name_chars.toml, generated from
  jieba's dictionary by scripts/make_name_lists.py);
- the words around it: address terms, roles and verbs of telling or owing before it; titles, 您好,
  identity documents and debt verbs after it; a list separator next to another name; punctuation or a
  placeholder on either side (triage/data/names.toml, [context]);
- a heavy penalty when the candidate is, or begins with, an ordinary word (triage/data/ordinary_words.txt:
  严重, 高度, 周末, 万元 …), which only the strongest cues on both sides outweigh.

A segmenter's person tag was measured first: jieba.posseg found 286 of 400 generated names in such
sentences (72 %) and took 98 ms for 5,000 characters, twice the whole scrubber's budget; its dictionary
is used instead, offline, as the source of the statistics.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"

# Weights of the evidence; a candidate scoring THRESHOLD or more is a name. Tuned on tests/test_scrub_names.py
# (names in the places the issue lists, and ordinary phrases that must stay).
THRESHOLD = 3.0
SURNAME_WEIGHT = {"compound": 2.0, "common": 1.0, "frequent": 0.0, "rare": -1.0, "unlisted": -2.0}
GIVEN_WEIGHT = {"strong": 2.0, "likely": 1.0, "possible": 0.0}
GIVEN_UNLIKELY = -2.5
# What a two-character given name seen after several surnames in the dictionary (names.toml pairs) weighs
# at least: a strong character and a likely one.
GIVEN_PAIR = 3.0
# A character of transliterated foreign names (斯, 尔, 萨): a little against a Han given name.
GIVEN_FOREIGN = -1.5
# A character too rare in the dictionary to have statistics.
GIVEN_UNKNOWN = -0.5
# One given character carries a name alone ("李娜"): its weight counts one and a half times.
SINGLE_GIVEN_FACTOR = 1.5
ORDINARY_WORD_PENALTY = -5.0
# An ordinary word that is a common name too (高峰, 白雪, 陆军: jieba tags it as a person): one strong cue
# beside it ("高峰先生", "尊敬的白雪", "张宁:您的账单") makes it a name, a weak one does not.
PERSON_WORD_PENALTY = -3.0
STRONG_CUE = 3.0
WEAK_CUE = 1.5
BOUNDARY = 1.0
EDGE = 0.5
INSIDE_WORD = -0.5
LIST_NEIGHBOUR = 2.5
STANDALONE = 1.0
# A message that opens with a word and ",你"/",您" addresses someone by it: even an ordinary word that is
# not a hand-listed one (严重, 周末) is then a name.
VOCATIVE = 2.0
_VOCATIVES = frozenset({",你", ",您", ":你", ":您"})
# The last word of a message, after a space: where a sender signs ("法务部 王伟").
SIGNATURE = 1.0
# "多" after a unit of time ends the time ("十点多", "一年多"), not a quantity before a classifier ("多张卡"); so does a
# day of the week ("周五刘建国来过", "星期一谢兰值班"), not a number before one ("一张卡").
# (And an hour on the dot or and a half, "中午十二点整龚丽萍又打来", "夜里十点半顾梓萱在楼下等", tune 47.)
_ENDS_A_TIME = re.compile("[点年天月岁周]多|(?:周|期|拜)[一二三四五六日天]|[点點][整半]")
# A name at a line's start followed by a colon, a closing bracket or "说:": a speaker in a copied chat.
SPEAKER = 2.0
# (The scrubber has put a marker where a time or number was: "魏巍 〔0时〕" + a new line is a chat header.)
_SPEAKER = re.compile(r" ?(?::|>|\]|说:|\((?=[^()\n]{0,40}\):)|[\ue000-\ue1ff]+[ \t]*\n)")
CUT_WORD = -3.0
ALIGNED = 0.5
FUNCTION_WORD = -2.0
# The given characters themselves must look like a name (one "likely" character at least), unless the
# surname is compound or cues on both sides are strong.
MIN_GIVEN_EVIDENCE = 1.0
# A character that stands only in given names (names.toml given.only: 嬅, 珺) is evidence enough with an unlikely
# one beside it ("杨千嬅": 千).
GIVEN_ONLY = MIN_GIVEN_EVIDENCE - GIVEN_UNLIKELY
# Two given characters that weigh less than an unlikely and a likely one together are not a city's last
# character and a given name's ("邢台宇": 台 unlikely, 宇 likely): the city check skips them (it runs per candidate).
CITY_GIVEN = GIVEN_UNLIKELY + GIVEN_WEIGHT["likely"]

_CJK = re.compile("[\u4e00-\u9fff]")
# Characters that stand for hidden digits ("XXX元", "**元").
_MASK_DIGITS = frozenset("Xx×*＊")
# What may stand between the characters of one name: a space, an ideographic space, a dash.
_NAME_GAP = " \u3000-"


@dataclass(frozen=True, slots=True)
class Lexicon:
    surname_tier: dict[str, str]
    compound: frozenset[str]
    compound_first: frozenset[str]
    given_weight: dict[str, float]
    ordinary: frozenset[str]
    # Rarer three- and four-character words (孙子兵法, 高峰期): a name does not end inside one.
    longer: frozenset[str]
    hand_ordinary: frozenset[str]
    # Words that say when, what trade, what ails one or how one feels, never who (元旦, 车主, 高烧, 高兴).
    no_one: frozenset[str]
    times: frozenset[str]  # holidays, seasons, solar terms, weekdays, times of day (元旦, 谷雨, 白天)
    seasons: frozenset[str]  # the seasons and solar terms among them, given names as often (夏天, 白露)
    when: frozenset[str]  # the others, which a clause opens with before who acted (清明节, 后天); not 枫丹白露
    when_last: frozenset[str]  # their last characters (节, 天): one look-up decides most places
    provinces: frozenset[str]
    hand_words: frozenset[str]
    # Kin words (二伯, 干妈, 阿兄): ordinary words that no name begins with.
    kin: frozenset[str]
    # Words that open with a surname and never open a name (胡同, 马上): read whole, weighed at no position.
    never_open: frozenset[str]
    # The longer hand-listed words ("锡林郭勒", "哈萨克") by their first two characters, the longest first: read whole
    # wherever they start, so no name is found inside them ("锡林郭勒盟" holds no 林郭). (Their first characters are
    # asked first: 黄, 雷 and 老 begin some, and a run of surnames would otherwise slice at each.)
    long_hand_words: dict[str, tuple[str, ...]]
    long_hand_firsts: frozenset[str]
    person_words: frozenset[str]
    places: frozenset[str]
    # County-level places without their endings (county_places.txt), less those that are given names or common names too.
    counties: frozenset[str]
    boundary: frozenset[str]
    unbroken: frozenset[str]  # money words a three-character candidate that opens with a word does not end inside (names.toml)
    not_given: re.Pattern[str]
    strong_before_words: frozenset[str]
    weak_before_words: frozenset[str]
    weak_before_of_anything: frozenset[str]
    strong_after: re.Pattern[str]
    weak_after: re.Pattern[str]
    never_after: re.Pattern[str]
    # The same word lists, to find every position where one starts.
    strong_after_at: _WordStarts
    weak_after_at: _WordStarts
    # Words of one character after a name that are no given name's character (却, 先, 去, 已): no name ends on
    # one before a clause act ("李娜却说她不认识我" is 李娜, then 却).
    weak_after_single: frozenset[str]
    not_given_at: _WordStarts
    never_after_at: _WordStarts
    # Cue words before a name that begin with a surname character (房东, 伯父, 付给): read whole, so that
    # their first character does not start a name that swallows the real one ("房东刘建军").
    surname_cues: re.Pattern[str]
    never_before: frozenset[str]
    function_surnames: frozenset[str]
    roles: frozenset[str]
    never_given: frozenset[str]
    person_after: tuple[str, ...]
    person_acts: tuple[str, ...]  # the part of person_after that only a person does (作证, 出差了)
    person_after_first: frozenset[str]  # their first characters: most places need no startswith
    person_before: frozenset[str]
    clause_acts: tuple[str, ...]  # what a person does, said at a clause's start (让我, 借的钱)
    clause_acts_of_anything: tuple[str, ...]  # the part of them said of a place or a thing too (竟然, 也收到)
    clause_acts_at: _WordStarts
    clause_openers: frozenset[str]
    line_break_cues: frozenset[str]
    # The last characters of the cue words before a name: a character outside these ends no cue.
    cue_last: frozenset[str]
    given_pairs: frozenset[str]
    word_given_pairs: frozenset[str]  # given names that are frequent words too (新民, 建国)
    hand_given_pairs: frozenset[str]  # the given names of names.toml, listed by hand (水生, 春花, 建国, 二狗)
    list_separators: frozenset[str]
    # Modal particles that end a spoken clause ("嗯", "啦", "咯", "嘞"): in a transcript without punctuation
    # they stand where a comma would.
    particles: frozenset[str]
    # Characters that end a village's or a landmark's name ("蒋家桥", "张家湾", "贾鲁河", "保国寺").
    place_ends: frozenset[str]
    family_place_ends: frozenset[str]  # place_ends and those that end a place only after "X家"
    # Provinces and prefecture-level cities (names.toml): a given name may begin with the rest of one ("邢台宇").
    cities: frozenset[str]
    # Figures and brands places and things are named after (宋庆龄, 邵逸夫, 周大福), by their first two characters, and
    # what is named after them (故居, 医院, 门店).
    named_after: dict[str, tuple[str, ...]]
    named_after_words: re.Pattern[str]


def _alternation(words: list[str], anchor: str) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "$" for words that end right before a name; "" for words matched (with .match) right after one.
    return re.compile(f"(?:{body}){anchor}")


class _WordStarts:
    """Where any of `words` starts in a text, overlapping starts included.

    A class of the words' first characters finds the places to try (the regex engine skips ahead to
    them), and only the words with the character found there are tried: a look-ahead scan tried every
    word at every position, which was a fifth of the scrubber's time on a long text (an alternation of
    all the words at each place: the five lists on the worst hostile text 11.5 -> 9 ms).
    """

    def __init__(self, words: list[str]) -> None:
        self.first = re.compile("[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]")
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[0], []).append(word)
        self.words = {first: tuple(group) for first, group in by_first.items()}

    def starts(self, text: str) -> frozenset[int]:
        words = self.words
        return frozenset(m.start() for m in self.first.finditer(text) if text.startswith(words[m.group()], m.start()))


_LINE_BREAK = re.compile("\n")
# 路 after a name makes a road of it ("张伟路"), but not where it begins a word of going ("张伟路过我家").
_NOT_A_ROAD = re.compile("路(?:过|上|费|程|途)")


@dataclass(frozen=True)
class _Marks:
    """Where, in one text, a word of each context list starts: one regex scan per list, then set look-ups."""

    strong_after: frozenset[int]
    weak_after: frozenset[int]
    not_given: frozenset[int]
    never_after: frozenset[int]
    # Where a cue word that begins with a surname character starts, and where it ends.
    surname_cues: dict[int, int]
    clause_acts: frozenset[int]
    line_breaks: frozenset[int]

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> _Marks:
        return cls(
            lex.strong_after_at.starts(text),
            lex.weak_after_at.starts(text),
            lex.not_given_at.starts(text),
            lex.never_after_at.starts(text) - frozenset(m.start() for m in _NOT_A_ROAD.finditer(text)),
            {m.start(): m.end() for m in lex.surname_cues.finditer(text)},
            lex.clause_acts_at.starts(text),
            frozenset(m.start() for m in _LINE_BREAK.finditer(text)),
        )


@functools.cache
def _names_data() -> dict[str, Any]:
    """triage/data/names.toml, read once for the lexicon and the transliteration tables."""
    return tomllib.loads((DATA / "names.toml").read_text(encoding="utf-8"))


@functools.cache
def lexicon() -> Lexicon:
    names = _names_data()
    chars = tomllib.loads((DATA / "name_chars.toml").read_text(encoding="utf-8"))
    surnames = names["surnames"]
    tier: dict[str, str] = {}
    for name, group in (
        ("rare", "".join(surnames["rare"])),
        ("frequent", "".join(surnames["frequent"]) + surnames["only"]),
        ("common", surnames["common"]),
    ):
        for ch in group:
            tier[ch] = name  # a surname listed twice takes its most frequent tier
    starters = list(surnames["compound"]) + list(surnames["name_starts"])
    for compound in starters:
        tier[compound] = "compound"
    given = {ch: GIVEN_UNLIKELY for ch in chars["unlikely"]}
    given |= {ch: GIVEN_WEIGHT[t] for t in ("possible", "likely", "strong") for ch in chars[t]}
    given |= {ch: max(given.get(ch, GIVEN_UNKNOWN), GIVEN_WEIGHT["likely"]) for ch in names["given"]["likely"]}
    given |= {ch: GIVEN_WEIGHT["strong"] for ch in names["given"]["strong"]}
    given |= {ch: GIVEN_UNLIKELY for ch in names["given"]["never"]}
    given |= {ch: GIVEN_FOREIGN for ch in names["given"]["foreign"]}
    given |= {ch: GIVEN_ONLY for ch in names["given"]["only"]}
    ordinary_lines = (DATA / "ordinary_words.txt").read_text(encoding="utf-8").splitlines()
    ordinary = (
        {w for w in ordinary_lines if w and not w.startswith("#")}
        | set(names["ordinary"]["words"])
        | set(names["ordinary"]["places"])
        | set(names["ordinary"]["kin"])
    )
    ordinary -= set(names["ordinary"]["names_after_all"]) | set(starters)
    context = names["context"]
    boundary_lines = (DATA / "boundary_words.txt").read_text(encoding="utf-8").splitlines()
    place_lines = (DATA / "place_words.txt").read_text(encoding="utf-8").splitlines()
    person_lines = (DATA / "person_words.txt").read_text(encoding="utf-8").splitlines()
    longer_lines = (DATA / "longer_words.txt").read_text(encoding="utf-8").splitlines()
    county_lines = (DATA / "county_places.txt").read_text(encoding="utf-8").splitlines()
    word_pairs = frozenset(names["given"]["word_pairs"].split() + names["given"]["nicknames"].split())
    hand_pairs = frozenset((names["given"]["pairs"] + " " + names["given"]["pairs_more"]).split()) | word_pairs
    given_pairs = frozenset(chars["pairs"].split()) | hand_pairs
    person_words = frozenset(w for w in person_lines if w and not w.startswith("#")) - frozenset(names["ordinary"]["words"])
    return Lexicon(
        boundary=frozenset(w for w in boundary_lines if w and not w.startswith("#")),
        unbroken=frozenset(names["ordinary"]["unbroken"]),
        not_given=_alternation(context["not_given"], ""),
        surname_tier=tier,
        compound=frozenset(starters),
        compound_first=frozenset(c[0] for c in starters),
        given_weight=given,
        ordinary=frozenset(ordinary),
        longer=frozenset(w for w in longer_lines if w and not w.startswith("#")) - frozenset(starters),
        hand_ordinary=frozenset(names["ordinary"]["words"]) | frozenset(names["ordinary"]["places"]),
        hand_words=frozenset(names["ordinary"]["words"]),
        kin=frozenset(names["ordinary"]["kin"]),
        never_open=frozenset(names["ordinary"]["never_open"]),
        no_one=frozenset(names["ordinary"]["trades"] + names["ordinary"]["states"]),
        times=frozenset(names["ordinary"]["times"] + names["ordinary"]["seasons"]),
        seasons=frozenset(names["ordinary"]["seasons"]),
        when=frozenset(names["ordinary"]["times"]),
        when_last=frozenset(word[-1] for word in names["ordinary"]["times"]),
        provinces=frozenset(names["ordinary"]["provinces"]),
        long_hand_words=_by_first_two([w for w in names["ordinary"]["words"] if len(w) >= 3]),
        long_hand_firsts=frozenset(w[0] for w in names["ordinary"]["words"] if len(w) >= 3),
        person_words=person_words,
        places=frozenset(w for w in place_lines if w and not w.startswith("#")) - frozenset(names["ordinary"]["places"]),
        counties=frozenset(w for w in county_lines if w and not w.startswith("#")) - given_pairs - person_words,
        strong_before_words=frozenset(context["strong_before"]),
        weak_before_words=frozenset(context["weak_before"]),
        weak_before_of_anything=frozenset(context["weak_before_of_anything"]),
        strong_after=_alternation(context["strong_after"], ""),
        weak_after=_alternation(context["weak_after"], ""),
        never_after=_alternation(context["never_after"], ""),
        strong_after_at=_WordStarts(context["strong_after"]),
        weak_after_at=_WordStarts(context["weak_after"]),
        weak_after_single=frozenset(
            w for w in context["weak_after"] if len(w) == 1 and given.get(w, GIVEN_UNKNOWN) < GIVEN_WEIGHT["possible"]
        ),
        not_given_at=_WordStarts(context["not_given"]),
        never_after_at=_WordStarts(context["never_after"]),
        surname_cues=_alternation(
            [w for w in context["strong_before"] if len(w) >= 2 and w[0] in tier and "一" <= w[-1] <= "鿿"], ""
        ),
        never_before=frozenset(context["never_before"]),
        function_surnames=frozenset(context["function_surnames"]),
        roles=frozenset(names["ordinary"]["roles"]),
        never_given=frozenset(names["given"]["never"]),
        person_after=tuple(context["person_after"] + context["person_acts"]),
        person_acts=tuple(context["person_acts"]),
        person_after_first=frozenset(w[0] for w in context["person_after"] + context["person_acts"]),
        person_before=frozenset(context["person_before"]),
        clause_acts=tuple(context["clause_acts"] + context["clause_acts_of_anything"]),
        clause_acts_of_anything=tuple(context["clause_acts_of_anything"]),
        clause_acts_at=_WordStarts(context["clause_acts"] + context["clause_acts_of_anything"]),
        clause_openers=frozenset(context["clause_openers"]),
        line_break_cues=frozenset(context["line_break_cues"]),
        cue_last=frozenset(w[-1] for w in context["strong_before"] + context["weak_before"]),
        given_pairs=given_pairs,
        word_given_pairs=word_pairs,
        hand_given_pairs=hand_pairs,
        list_separators=frozenset(context["list_separators"]),
        particles=frozenset(context["particles"]),
        place_ends=frozenset(context["place_ends"]),
        family_place_ends=frozenset(context["place_ends"] + context["family_place_ends"]),
        cities=frozenset(names["ordinary"]["provinces"])
        | (frozenset(names["ordinary"]["places"]) - frozenset(names["ordinary"]["words"])),
        named_after=_by_first_two(names["ordinary"]["named_after"]),
        named_after_words=re.compile("|".join(sorted(context["named_after_words"], key=len, reverse=True))),
    )


@functools.cache
def dotted_name_pattern() -> re.Pattern[str]:
    """Transliterated names with a middle dot ("买买提·艾力", "迪丽热巴·迪力木拉提"): two to four parts. The dot
    may also be Taiwan's hyphenation point U+2027 ("爱新觉罗‧启宏", "曲比‧日火")."""
    return re.compile("[\u4e00-\u9fff]{1,12}(?:\\s?[·•・‧]\\s?[\u4e00-\u9fff]{1,10}){1,3}")


def dotted_name_span(found: str) -> tuple[int, int] | None:
    """The name inside a dotted run, as (start, end) in `found`; None for "中国·北京" and the like.

    The first part is cut after a cue word ("联系人阿依古丽·吐尔逊"); each part must be two characters or
    more and not all parts dictionary words. Parts made only of transliteration characters are names
    whatever stands around them; others need the cue.
    """
    lex = lexicon()
    parts = re.split("\\s?[·•・‧]\\s?", found)
    first = parts[0]
    cut = 0
    for n in range(min(len(first) - 2, MAX_CUE_LENGTH), 0, -1):
        if first[:n] in lex.strong_before_words or first[:n] in lex.weak_before_words:
            cut = n
            break
    if len(first) - cut > 6:
        # A strong cue inside the run ("给我女儿的班主任曲比·阿果"): the name starts after the last one.
        strong = lex.strong_before_words
        cut = next(
            (
                k
                for k in range(len(first) - 2, 1, -1)
                if any(first[k - n : k] in strong for n in range(2, min(MAX_CUE_LENGTH, k) + 1))
            ),
            cut,
        )
    translit = _transliteration_chars()
    if not cut and len(first) > 2:
        run = len(first) - len(first.rstrip("".join(translit)))
        cut = len(first) - max(run, 2) if run < len(first) else 0
    else:
        # After a weak cue, a run of transliteration characters at the end is the name ("还有一个叫依明·肉孜").
        run = len(first) - len(first.rstrip("".join(translit)))
        if 2 <= run < len(first) - cut:
            cut = len(first) - run
    head = first[cut:]
    last = parts[-1]
    # The last part stops where a word that follows names begins ("艾力已逾期", "托合提的电话").
    run = len(last) - len(last.lstrip("".join(translit)))
    stop = next((i for i in range(2, len(last)) if lex.strong_after.match(last, i)), len(last))
    if run >= 2:
        stop = min(stop, run)  # "阿不都 欠款": the transliteration characters are the name
    else:
        stop = next((i for i in range(2, stop) if lex.weak_after.match(last, i)), stop)
    parts[-1] = last[:stop]
    if len(head) < 2 or len(head) > 6 or any(len(p) < 2 for p in parts[1:]):
        return None
    if all(p in lex.boundary or p in lex.ordinary for p in [head, *parts[1:]]):
        return None
    # A part that begins with a dictionary word and is not all transliteration characters: "中国·北京欢迎你".
    if any(is_dictionary_word(p[:2]) and not all(ch in translit for ch in p) for p in [head, *parts[1:]]):
        return None
    return cut, len(found) - (len(last) - stop)


@functools.cache
def _transliteration_chars() -> frozenset[str]:
    return frozenset(_names_data()["transliterated"]["chars"])


@functools.cache
def undotted_name_pattern() -> re.Pattern[str]:
    """A piece only transliterated names hold ("买买提", "古丽"): where a name without a dot may be."""
    table = _names_data()["transliterated"]
    return re.compile("|".join(sorted(table["markers"], key=len, reverse=True)))


@functools.cache
def _tibetan_pieces() -> frozenset[str]:
    return frozenset(_names_data()["transliterated"]["tibetan"])


@functools.cache
def names_alone() -> tuple[str, ...]:
    """Tibetan, Mongolian, Uyghur and Kazakh names written alone (names.toml [transliterated] alone), longest first."""
    return tuple(sorted(_names_data()["transliterated"]["alone"], key=len, reverse=True))


@functools.cache
def tibetan_name_pattern() -> re.Pattern[str]:
    """Four characters that may be two pieces of a Tibetan name ("旺姆多吉"): classes of the pieces' first and second
    characters, checked whole by `tibetan_name_span` (one alternation of all the pieces, tried at every place of a
    long text, cost a millisecond; the classes cost a twentieth of that)."""
    pieces = _tibetan_pieces()
    first, second = ("".join(sorted({p[i] for p in pieces})) for i in (0, 1))
    return re.compile(f"(?=[{first}][{second}][{first}][{second}])")


@functools.cache
def piece_name_pattern() -> re.Pattern[str]:
    """Mongolian names of two pieces (or a piece and 花, 仓, 桑; or a common surname and a longer piece) and Yi names of a clan
    and a given name (names.toml [transliterated]): no Chinese word is made so, though a piece alone may stand in one."""
    table, lex = _names_data()["transliterated"], lexicon()

    def alternation(words: list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    pieces, endings = alternation(table["mongolian"]), table["mongolian_endings"]
    # (And 宝, a Mongolian family's Chinese surname: "宝乌日娜".)
    surnames = "".join(sorted({ch for ch, tier in lex.surname_tier.items() if tier in ("common", "frequent")} | {"宝"}))
    not_a_place = "(?!浩特|察布|巴托|县|旗|盟|市)"
    return re.compile(
        f"(?:{pieces}){not_a_place}(?:(?:{pieces}){not_a_place}|[{endings}])"
        # (A class of the pieces' first characters right after the surname: a run of surnames fails at once.)
        f"|[{surnames}](?=[{''.join(sorted({p[0] for p in table['mongolian_after_surname']}))}])"
        f"(?:{alternation(table['mongolian_after_surname'])}){not_a_place}"
        f"|(?:{alternation(table['yi_clans'])})(?:{alternation(table['yi_given'])})"
        f"|[{table['dai_openings']}][{table['dai_syllables']}]{{2}}"
    )


def piece_name_spans(text: str) -> list[tuple[int, int]]:
    """`piece_name_pattern`'s names, where no word runs into them: not where a word ends on the first piece's first character
    ("帆布和花布"), nor where a surname and the piece's first character make a word ("高呼和平", and "俄罗斯琴行"), and without an
    ending that makes a word with what follows ("吉雅花园": a second piece is needed then)."""
    lex, spans = lexicon(), []
    table = _names_data()["transliterated"]
    after_surname, endings = frozenset(table["mongolian_after_surname"]), table["mongolian_endings"]
    dai_openings = table["dai_openings"]
    for match in piece_name_pattern().finditer(text):
        start, end = match.span()
        if text[start] in dai_openings and end - start == 3 and _not_a_dai_name(text, start, end, lex):
            continue
        if text[start + 1 : end] in after_surname:
            if is_dictionary_word(text[start : start + 2]) or text[max(0, start - 1) : start + 1] == "俄罗":
                continue
        elif text[start] in "布苏呼斯" and start and is_dictionary_word(text[start - 1 : start + 1]):
            continue  # a piece whose first character ends everyday words: "帆布和花布", "分布和仓库", "欢呼和"
        if end - start >= 3 and text[end - 1 : end + 1] in lex.boundary and text[end - 1] in endings:
            continue
        spans.append((start, end))
    return spans


# Dai syllables that stand in no common word: with one of them, an opening that makes a word ("刀光", "线香") still opens a name
# ("刀光罕").
_RARE_DAI_SYLLABLES = frozenset("罕甩腊捧囡勐喃砍坎嫩宰坦岱扁丙")


def _not_a_dai_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """What looks like a Dai name and is not (/tmp/review18s): a Han name's given name ("刘玉香康复出院", "王玉光香港工作"), the end
    of a word ("生产线保养", "菜刀应保管好"), two syllables that are a word ("线保养"), a last syllable that opens one ("应保管"), an
    opening that makes a word with a common syllable ("线香香气")."""
    before = text[start - 1] if start else ""
    if (
        before
        and before not in "和与及跟同向"
        and (lex.surname_tier.get(before) in ("common", "frequent") or is_dictionary_word(before + text[start]))
    ):
        return True
    if text[start + 1] == text[start + 2] or is_dictionary_word(text[start + 1 : start + 3]):
        return True  # (and a syllable said twice: "玉温温的", "猫咪香香的")
    if end < len(text) and is_dictionary_word(text[end - 1 : end + 1]):
        return True
    return is_dictionary_word(text[start : start + 2]) and text[end - 1] not in _RARE_DAI_SYLLABLES


def tibetan_name_span(text: str, start: int) -> tuple[int, int] | None:
    """Two pieces of a Tibetan name side by side at `start` are a name (no Chinese word is made of two)."""
    pieces = _tibetan_pieces()
    if text[start : start + 2] in pieces and text[start + 2 : start + 4] in pieces:
        return start, start + 4
    return None


def undotted_name_span(text: str, start: int, end: int, longest: int = 10) -> tuple[int, int] | None:
    """The whole transliterated name around a marker at text[start:end] ("努尔" + "买买提"): the run of
    transliteration characters on both sides, or None when it is shorter than three characters."""
    chars = _transliteration_chars()
    left = start
    while left > 0 and start - left < longest and text[left - 1] in chars:
        left -= 1
    right = end
    while right < len(text) and right - left < longest and text[right] in chars:
        right += 1
    if right - left < 3:
        return None
    # A place whose name reads like one is cut away ("额尔古纳市公安局", "我在额尔古纳打工"); a name beside it is still one
    # ("乌鲁木齐买买提说", "紧急联系人是克拉玛依阿依古丽").
    for place in _transliterated_places():
        at = text.find(place, max(0, left - len(place)), right + len(place))
        if at < 0 or at >= right or at + len(place) <= left:
            continue
        if at <= left:
            left = at + len(place)
        elif at + len(place) >= right:
            right = at
        else:
            left, right = max((left, at), (at + len(place), right), key=lambda side: side[1] - side[0])
    return (left, right) if right - left >= 3 else None


@functools.cache
def _transliterated_places() -> tuple[str, ...]:
    """Places of names.toml of four characters or more that run through transliteration characters (额尔古纳, 乌鲁木齐)."""
    chars = _transliteration_chars()
    return tuple(p for p in _names_data()["ordinary"]["places"] if len(p) >= 4 and sum(c in chars for c in p) >= 2)


def transliterated_tail(name: str, after: str, longest: int = 8) -> str:
    """The rest of a transliterated name that runs on past a name of a Han name's length
    ("穆萨喀" + "迪尔说…" gives "迪尔"): empty unless every character after the first is one of the
    transliteration characters of names.toml and so are the ones that follow."""
    chars = _transliteration_chars()
    if len(name) < 3 or not all(ch in chars for ch in name[1:]):
        return ""
    tail = ""
    for ch in after[: max(0, longest - len(name))]:
        if ch not in chars:
            break
        tail += ch
    return tail


@functools.cache
def surname_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) of triage/data/names.toml (built once: a row's every
    cell asks)."""
    lex = lexicon()
    return frozenset(s for s in lex.surname_tier if len(s) == 1), lex.compound


@functools.lru_cache(maxsize=8192)
def is_ordinary_word(word: str) -> bool:
    """True for a dictionary word that starts like a name ("严重", "周末"): not a name without a strong cue."""
    lex = lexicon()
    words = lex.ordinary
    if word in words:
        return True
    if word[:2] in lex.compound:
        return False  # "诸葛亮亮", "东方红梅": a compound surname begins a name, whatever word it starts
    if word[:2] in lex.kin or word[:3] in lex.kin:
        return True  # "干妈家", "阿兄说": what someone is, then what follows, not 干 or 阿 and a given name
    # "严重逾期", "华为云": a name that begins with an ordinary word is taken for the word, unless the
    # word is a place and a given-name character follows ("徐海涛": 徐海 is a place in jieba's list).
    for cut in (3, 2):
        prefix = word[:cut]
        if len(word) > cut and prefix in words:
            if prefix in lex.places and lex.given_weight.get(word[cut], GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"]:
                continue
            if (
                cut == 2
                and len(word) == 3
                and lex.given_weight.get(word[2], GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"]
                and prefix not in lex.strong_before_words
                and not _noun_in_zi(word, lex)
                and (prefix not in lex.times or prefix in lex.seasons)
                # (Nor thanks: "谢谢" + 王伟 is no 谢谢王, tune 31.)
                and prefix != "谢谢"
            ):
                # "李家豪", "孟家豪": 李家 is a word, but a given-name character follows (not "孙子帮"; nor a time
                # but a season, which is a given name as often: "周末刚过" is no 周末刚, "夏天宇" is a name)
                continue
            return True
    return False


def _noun_in_zi(word: str, lex: Lexicon) -> bool:
    """A thing named with the suffix 子 after a surname character (李子, 燕子, 栗子), then a character that goes
    on with it ("李子树", "燕子飞"): 子 begins given names as often (子豪, 子轩), but then a known given pair or a
    strong given character follows."""
    return (
        word[1] == "子"
        and word[1:] not in lex.given_pairs
        and lex.given_weight.get(word[2], GIVEN_UNKNOWN) < GIVEN_WEIGHT["strong"]
    )


# A place or a public body begins right after the word ("吴中区人民法院", "石磊路支行", "白云机场"): the word
# names a place, not a person. (人民币 is money: "欠张三人民币5万".)
_PLACE_OR_BODY_AFTER = re.compile(
    "[路街区县市镇乡村]?(?:人民(?:法院|检察院|政府)|支行|分行|营业厅|营业部|派出所|法院|检察院|机场|火车站|高铁站|汽车站|公园|景区|医院|小学|中学|大学)"
)
# After a plain name (no dictionary word), only a bank's branch named after a road is taken for a place
# ("石磊路支行"): a person is named before a hospital, an airport or a court as often ("赵磊医院那边",
# "被告胡海峰区人民法院已立案"), and a name kept is worse than a word lost.
_BRANCH_AFTER = re.compile("[路街]?(?:支行|分行|营业厅|营业部)")


def _by_first_two(words: list[str]) -> dict[str, tuple[str, ...]]:
    """`words` (two characters or more) grouped by their first two, the longest first."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        grouped.setdefault(word[:2], []).append(word)
    return {first: tuple(group) for first, group in grouped.items()}


def named_after_at(text: str, start: int) -> int:
    """Where a figure's or a brand's name at `start` and what is named after it end ("宋庆龄故居", "邵逸夫医院",
    "周大福门店"), else 0."""
    lex = lexicon()
    for figure in lex.named_after.get(text[start : start + 2], ()):
        if text.startswith(figure, start):
            named = lex.named_after_words.match(text, start + len(figure))
            if named is not None:
                return named.end()
    return 0


def runs_into_word(name: str, after: str) -> bool:
    """`name` is the start of a longer word that goes on in `after` ("高峰" + "期间", "毛毛" + "雨天气"), or a
    place or public body follows it ("石磊" + "路支行"). The longer word counts only when `name` is itself a
    word that could be read either way: a plain name may run into a dictionary word by chance."""
    lex = lexicon()
    name = name.replace(" ", "")
    if len(name) == 3 and name[:2] not in lex.compound and runs_into_word(name[:2], name[2:] + after):
        return True  # "丁克家" + "庭", "吴中区" + "人民法院": the name taken one character too far
    ambiguous = is_dictionary_word(name) or is_person_word(name)
    if (_PLACE_OR_BODY_AFTER if ambiguous else _BRANCH_AFTER).match(after):
        return True
    if len(name) == 2 and len(after) >= 2 and _is_longer_word(name + after[:2], lex):
        return True  # "丁克家庭", "林海雪原": no single-surname name has four characters
    if not ambiguous:
        return False
    return any(_is_longer_word(name + after[:k], lex) for k in range(1, 5 - len(name)) if len(after) >= k)


def inside_longer_word(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a longer dictionary word that begins before it ("尚" + "方宝剑", "柳暗" +
    "花明", "展翅" + "高飞"): an idiom's or a word's middle, not a name. The dictionary's own names of
    Mongolian or transliterated shape ("斯琴高娃", "阿卜杜拉") do not count: a name's tail is still a name."""
    if start < 1 or text[start - 1 : start + 1] not in _pairs_inside_longer_words():
        return False  # (asked of every name found, several hundred in a hostile text: one look-up decides most)
    lex = lexicon()
    longer, ordinary = lex.longer, lex.ordinary
    for begin in range(max(0, start - 3, end - 4), start):
        for stop in range(max(end, begin + 3), min(begin + 4, len(text)) + 1):
            word = text[begin:stop]
            if word in longer or word in ordinary:
                translit = _transliteration_chars()
                return word[:2] not in lex.compound and not all(ch in translit for ch in word)
    return False


@functools.cache
def _pairs_inside_longer_words() -> frozenset[str]:
    """Every two characters that stand side by side in a word of three or four characters, the second not
    the word's first: where a name found could begin inside such a word."""
    lex = lexicon()
    return frozenset(
        word[k - 1 : k + 1] for word in lex.longer | lex.ordinary if 3 <= len(word) <= 4 for k in range(1, len(word) - 1)
    )


def _is_longer_word(word: str, lex: Lexicon) -> bool:
    """A dictionary word a name does not end inside: an ordinary word or one of the rarer longer ones."""
    return word in lex.ordinary or word in lex.longer


def likely_given(ch: str) -> bool:
    """A character that the statistics hold likely or strong in given names (文, 静, 梅, 明), not merely possible (便, 全) or unlikely (一, 额)."""
    return bool(ch) and lexicon().given_weight.get(ch, GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"]


def begins_no_given_name(given: str) -> bool:
    """What follows a surname character begins with a word that is no given name ("一直", "明天", "经理")."""
    return lexicon().not_given.match(given) is not None


def is_hand_word(word: str) -> bool:
    """A word listed by hand in names.toml as seen taken for a name (严重, 周末, 万元); not the cities,
    which are names too where a message addresses someone by them ("沈阳,您好")."""
    return word in lexicon().hand_words


def reads_as_full_name(label: str) -> bool:
    """A label of two to four characters that reads as a name by itself: a listed surname, then two given
    characters that are no function word, or one that weighs as a name's; and no dictionary word ("黄金",
    "车险", "方案一" no)."""
    lex = lexicon()
    if not 2 <= len(label) <= 4 or is_dictionary_word(label) or label in lex.boundary:
        return False
    if label[:2] in lex.compound:
        surname, tier = label[:2], "compound"
    elif label[0] in lex.surname_tier:
        surname, tier = label[0], lex.surname_tier[label[0]]
    else:
        return False
    given = list(label[len(surname) :])
    if not given or len(given) > 2 or has_function_character("".join(given)):
        return False
    # Two given characters that are no word make a name's shape on their own ("郭心怡"); one must weigh.
    return len(given) == 2 or _given_score(given, tier, lex) >= MIN_GIVEN_EVIDENCE


def reads_as_name_apart(chars: list[str], dotted: bool) -> bool:
    """Characters written one by one with a mark between each ("钱.凤.霞", "诸·葛·艳·红", "蒋 天 佑") read as
    a name: a surname (a compound one may be split too), then one or two given characters that are no
    function word, and together no word. Nobody writes a word so, but "中·美" or "高 中 生" happen: a lone
    given character must weigh as a name's and be dotted, not spaced."""
    lex = lexicon()
    if len(chars) >= 3 and chars[0] + chars[1] in lex.compound:
        given = chars[2:]
    elif chars[0] in lex.surname_tier and lex.surname_tier[chars[0]] != "rare":
        given = chars[1:]
    else:
        return False
    joined = "".join(chars)
    if not 1 <= len(given) <= 2 or has_function_character("".join(given)) or is_ordinary_word(joined):
        return False
    if any(ch in "你您我他她它" for ch in given):
        return False  # "张 三 你好": a name spaced apart, then who is spoken to
    if joined in lex.boundary or joined in lex.person_words or lex.not_given.match("".join(given)):
        return False
    if len(given) == 1 and len(chars) == 2:
        return dotted and lex.given_weight.get(given[0], GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"]
    return True


def is_cue_word(word: str) -> bool:
    """A word that stands before or after a name as its cue (律师, 经理, 母亲, 客服), not a name itself."""
    lex = lexicon()
    return word in lex.strong_before_words or word in lex.weak_before_words or lex.strong_after.fullmatch(word) is not None


def after_strong_cue(text: str, start: int) -> bool:
    """A strong cue for a name ends right before `start` ("客服" + 孔Zoe, "本人" + 苏Alice), gaps and a colon aside."""
    return _after_strong_cue(text, start, lexicon())


def is_person_word(word: str) -> bool:
    """An ordinary word that is a common name too (高峰, 白雪, 陆军): a name beside a strong cue."""
    return word in lexicon().person_words


def function_surnames() -> frozenset[str]:
    """Surname characters that are far more often a conjunction or preposition (和, 由, 向)."""
    return lexicon().function_surnames


def ends_a_word(text: str, start: int) -> bool:
    """The character at `start` ends a frequent word or a role with the one before it ("授权", "有钱",
    "贷后"; "朋友圈和" no)."""
    pair = text[start - 1 : start + 1]
    lex = lexicon()
    return start > 0 and (pair in lex.boundary or pair in lex.roles or pair in lex.hand_words)


def has_function_character(given: str) -> bool:
    """A character that never stands in a given name (的, 了, 是 …) is among `given` ("打印的律师函")."""
    never = lexicon().never_given
    return any(ch in never for ch in given)


def ends_unlike_a_name(name: str) -> bool:
    """The last character of a three-character candidate is one that given names avoid ("柳絮飘": 飘); not one
    said twice, as pet names and given names are ("钱多多", "王乐乐")."""
    return len(name) == 3 and lexicon().given_weight.get(name[2]) == GIVEN_UNLIKELY and name[1] != name[2]


def is_role(word: str) -> bool:
    """The word is, or ends with, a department or duty ("法务", "钱客户" in "借钱客户经理")."""
    roles = lexicon().roles
    return any(word[-n:] in roles for n in (2, 3) if len(word) >= n)


def ordinary_words() -> frozenset[str]:
    return lexicon().ordinary


def _two_words(name: str, after: str, lex: Lexicon) -> bool:
    """A candidate of three is a word and the start of one of the `unbroken` money words ("罗列" + "明细", "毛巾" + "礼盒"), and
    its given part no given name ("王子明细说", "王国明细心" are 子明's and 国明's, whose surname and first given character make a
    word by chance: a fresh read found them lost)."""
    return (
        (name[-1] + after[:1]) in lex.unbroken
        and is_dictionary_word(name[:2])
        and name[1:] not in lex.given_pairs
        and name[1:] not in lex.word_given_pairs
    )


def cuts_a_word(name: str, after: str, *, labelled: bool = False, closed: bool = False) -> bool:
    """The name's end and what follows are one word ("能修" + "改"), or its given part is a word that is
    no given name ("能" + "修改"): the surname character belongs to the phrase, not to a person.

    `labelled`: the name stands where a label puts a person ("报案人：沈光大", "收款人是程南阳"). There a
    frequent surname before a word or a place whose characters weigh as a given name's is a full name (光大,
    南阳, 安阳 are given names too; not 口罩, 算账, 纪委), unless the surname is also a function character
    (于, 向) or a rare one, its first two characters are a word themselves or its given part is a role or kin word (其丈夫).
    `closed`: besides, the label says who with 是, 为, 叫 or a colon and the name ends where the clause or the
    list's item ends ("担保人为吴天下及…", "户名是邱银河；"): then any word after a frequent surname is taken, and a
    place after any surname ("当事人为訾黄河 ")."""
    lex = lexicon()
    if after[:1] and (name[-1] + after[:1]) in lex.boundary:
        return True
    if len(name) == 3 and after[:1] and _two_words(name, after, lex):
        return True  # "请罗列明细" is 罗列 + 明细, "毛巾礼盒" 毛巾 + 礼盒 (not "李明细说", "王小明细心": no word before)
    given = name[-2:] if len(name) == 3 and name[:2] not in lex.compound else ""
    if (
        labelled
        and given
        and (
            (lex.surname_tier.get(name[0]) in ("common", "frequent") and name[0] not in lex.function_surnames)
            # (A rarer surname, or one that is also a function character, before a place: "当事人为訾黄河 ", "收款人叫于南阳,".)
            or (closed and name[0] in lex.surname_tier and is_place(given))
        )
        and not is_dictionary_word(name[:2])
        and not is_cue_word(given)
        and (closed or _given_score(list(given), lex.surname_tier[name[0]], lex) >= MIN_GIVEN_EVIDENCE)
    ):
        return False
    return bool(given) and given in lex.boundary and given not in lex.given_pairs


def says_what_of(name: str) -> bool:
    """After a kin word or a role, the candidate begins what is said of them, not who they are: a function
    character (都, 和) before what weighs as no given name or names a relative ("朋友都躲着我", "借款人和出借人",
    "女儿和孙子"), or a rare surname's character that begins a frequent word ("年纪大了", "年轻时", "从小就乖": 年
    and 从 are surnames, but seldom). Not a function character before a given name ("同事向阳也", "叫于新民的")."""
    lex = lexicon()
    if name[:2] in lex.compound:
        return False
    tier = lex.surname_tier.get(name[0], "unlisted")
    given = name[1:]
    if name[0] in lex.function_surnames and (is_cue_word(given) or _given_score(list(given), tier, lex) < MIN_GIVEN_EVIDENCE):
        return True
    word = name[:2]
    return tier == "rare" and (word in lex.boundary or word in lex.ordinary) and word not in lex.person_words


def said_of_a_person(after: str) -> bool:
    """What `after` begins with is said only of a person: a debt, a title, a kin word's or a document's owner
    ("欠我钱", "先生", "的电话", "的身份证"), or what a person does at a clause's start ("让我", "借的钱")."""
    lex = lexicon()
    return lex.strong_after.match(after) is not None or after.startswith(lex.person_after) or after.startswith(lex.clause_acts)


def is_dictionary_word(word: str) -> bool:
    """An ordinary word, or any frequent two-character word ("车主", "业主", "希望"), whatever its first
    character, or what begins with one ("希望帖")."""
    lex = lexicon()
    return is_ordinary_word(word) or word in lex.boundary or (word[:2] in lex.boundary and word[:2] not in lex.compound)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# Where a name stands between 《》 all the same: a signature's word before, a greeting or a debt after.
_NAMED_BEFORE_TITLE_MARK = re.compile("(?:签字|签名|署名|落款|姓名|名字|名叫|叫做?)[:：]?\\s?\\Z")
_NAMED_AFTER_TITLE_MARK = re.compile(
    "\\s?[,，]?\\s?(?:你好|您好|欠|先生|女士|本人|同志|的电话|的手机|的账户|的卡|[:：]|[,，]?[你您])"
)


def find_names(
    text: str, personal_at: Callable[[int], bool] = lambda _: False, personal_end: Callable[[int], bool] = lambda _: False
) -> list[tuple[int, int]]:
    """Spans (start, end) of person names in `text`, left to right, not overlapping.

    `personal_at(i)` says whether a placeholder for a person's number or document starts at i (a name
    right before "〔身份证号〕" is more likely a name); `personal_end(i)` whether one ends at i (a list of
    contacts: "贾彬 〔手机号〕 林建军"). Characters outside CJK, such as the scrubber's
    private-use markers, count as word boundaries.
    """
    lex = lexicon()
    marks = _Marks.of(text, lex)
    personal: Personal = (personal_at, personal_end, marks, {})
    spans: list[tuple[int, int]] = []
    last_end = -1
    i, length = 0, len(text)
    while i < length:
        ch = text[i]
        if ch in lex.long_hand_firsts and text[i : i + 2] in lex.long_hand_words:
            word = next((w for w in lex.long_hand_words[text[i : i + 2]] if text.startswith(w, i)), "")
            if word:
                i += len(word)
                continue
        # (Not after a strong cue: "欠款人王守义医院那边" names the debtor.)
        named_end = named_after_at(text, i) if text[i : i + 2] in lex.named_after and not _after_strong_cue(text, i, lex) else 0
        if named_end:
            i = named_end  # "宋庆龄故居", "中山纪念堂", "周大福门店": a place or a thing, and whom it is named after
            continue
        if ch not in lex.surname_tier and ch not in lex.compound_first:
            # A surname outside the lexicon (禤, 仉) only right after a strong cue ("尊敬的禤国华").
            # (Nor the last character of a longer cue: "老板" + 娘 is 老板娘, "哥们" + 儿 is 哥们儿.)
            unlisted = (
                is_cjk(ch)
                and text[i : i + 2] not in lex.boundary
                and text[i : i + 2] not in lex.hand_ordinary
                and (_after_strong_cue(text, i, lex) or (_clause_start(text, i) and _before_strong_cue(text, i, marks)))
                and not _cue_ends_at(text, i, lex)
            )
            best = _best_candidate(text, i, lex, personal, last_end, unlisted=True) if unlisted else None
            if best is not None:
                spans.append((i, best))
                last_end = i = best
                continue
            # A frequent word is read whole, so its second character does not start a name ("部门司法").
            # (Not "小张"/"老王" before a given name: "发小张明明" names 张明明.)
            # (But a cue word is read whole: "老公" + 刘俊良 is no 公刘俊.)
            nickname = (
                ch in "小老阿"
                and i + 2 < length
                and text[i + 1] in lex.surname_tier
                and is_cjk(text[i + 2])
                and text[i : i + 2] not in lex.strong_before_words
                and text[i : i + 2] not in _NO_NICKNAMES
            )
            # (Nor a word whose second character begins a compound surname: "跟上" + "官艳" is 跟 + 上官艳.)
            # (Nor a day of the week's last character: "星期一" + 张丽 is no 一张.)
            # (Nor a word whose second character begins a longer one listed by hand: "吃叫" + "花鸡" is 吃 + 叫花鸡, tune 30.)
            # (Nor where a strong cue ends with 人 or 给: "报警人" + 马慧浩 is no 人马, tune 41's review, "转账给" + 钱睿杰 no 给钱, tune 42; not
            # "风控部" + 门正, a department.)
            starts_word = (
                (text[i : i + 2] in lex.boundary or text[i : i + 2] in lex.strong_before_words)
                and text[i + 1 : i + 3] not in lex.compound
                and not (i and text[i - 1 : i + 1] in _TIMES_BEFORE_A_NAME)
                # (Nor an ordinal's number: "第二" + 万诗琪 is no 二万, tune 48.)
                and not (i and text[i - 1] == "第" and ch in _ORDINAL_NUMBERS)
                and text[i + 1 : i + 3] not in lex.long_hand_words
                and not (ch in "人给" and i >= 2 and text[i : i + 2] not in _WORDS_OF_PEOPLE and _cue_ends_at(text, i, lex))
            )
            i += 2 if starts_word and not nickname else 1
            continue
        if i and text[i - 1 : i + 1] in lex.compound:
            i += 1  # the second character of a compound surname already weighed as one ("欧阳")
            continue
        if i in marks.surname_cues:
            i = marks.surname_cues[i]  # "房东刘建军": 房东 is the cue, 刘建军 the name
            continue
        kin = 3 if text[i : i + 3] in lex.kin else 2 if text[i : i + 2] in lex.kin else 0
        if (
            not kin
            and text[i : i + 2] in lex.never_open
            and not is_cjk(text[i + 2 : i + 3] or " ")
            and not _after_strong_cue(text, i, lex)
        ):
            kin = 2  # (only where no given character follows, "胡同庆" may be a name, and no cue stands before: "联系人：胡同")
        if kin:
            i += kin  # "阿兄", "干妈家": what someone is, read whole (and no name weighed at each of a run of them)
            continue
        best = _best_candidate(text, i, lex, personal, last_end)
        if best is None:
            # Not a name here: an ordinary word starting here is read whole ("法兰克福" is no "兰克福").
            # (Written out, not as a generator: this runs at nearly every position of a run of surnames.)
            ordinary = lex.ordinary
            if text[i : i + 4] in ordinary:
                i += 4
            elif text[i : i + 3] in ordinary:
                i += 3
            else:
                # (A cue word too: "其母曾多次" is 其母 + 曾, not 其 + 母曾; 其 opens the names 其美 and 其其. But not a word that begins with
                # a strong cue's last character: "联系不上" + 司徒斌娥 is no 上司, "联系不上" + 路莉彤 no 上路, tune 59.)
                i += (
                    2
                    if (text[i : i + 2] in ordinary or text[i : i + 2] in lex.strong_before_words)
                    and not _cue_ends_at(text, i, lex)
                    else 1
                )
            continue
        if (
            i
            and text[i - 1] == "《"
            and text.startswith("》", best)
            and not _after_strong_cue_before_mark(text, i, lex)
            and _NAMED_BEFORE_TITLE_MARK.search(text, max(0, i - 6), i - 1) is None
            and _NAMED_AFTER_TITLE_MARK.match(text, best + 1) is None
        ):
            # "《海燕》这篇课文", "《满江红》的结局": a work's title, whole between its marks (tune 35); not a person's name in them where
            # a cue stands before or after, "借款人《王芳》", "签字:《孙丽》", "《刘洋》你好", "《王建国》欠款" (/tmp/review19s)
            i = best
            continue
        spans.append((i, best))
        last_end = best
        i = best
    return spans


# personal_at, personal_end, where the context words start, and the weights of what follows a place in
# the text (filled as candidates are weighed).
Personal = tuple[Callable[[int], bool], Callable[[int], bool], "_Marks", dict[tuple[int, bool], float | None]]


# Times of day a clause opens with, whose last character makes a word with a surname after it ("早上周婷婷打来": not 上周).
# And days of the week, whose last character makes a word with a surname after it ("周一张伟来过": not 一张, "星期五周平来过").
_TIMES_BEFORE_A_NAME = frozenset(
    {"早上", "晚上", "上午", "下午", "中午", "凌晨", "半夜"} | {head + day for head in "周期拜" for day in "一二三四五六日天"}
)


_ORDINAL_NUMBERS = frozenset("一二三四五六七八九十")

# Words that 人 opens, which a cue ending in 人 runs into ("当事人员", "报警人家属"): read whole even there.
_WORDS_OF_PEOPLE = frozenset(
    {"人员", "人家", "人们", "人民", "人口", "人士", "人物", "人群", "人数", "人身", "人手", "人力", "人才"}
)

# Words of 小 or 老 and a surname's character that are no nickname ("老家德宏的": 老家 + 德宏, not 老 + 家德宏) (tune 31).
_NO_NICKNAMES = frozenset({"老家", "小时", "老年", "小区", "老区"})

# Phrases of two that end a clause's verb, whose last character makes a word with a surname after it ("问一下" + 马: not 下马).
_PHRASES_BEFORE_A_NAME = frozenset({"一下", "一声", "一句", "一遍", "一趟"})

# A verb of going right before, an errand right after: the place gone to, not a person ("去贺州出差了", "去剑南春面试了",
# "我在景洪上班" is weighed as ever) (tune 30).
_GONE_TO = frozenset("去到回赴")
_ERRANDS = (
    "出差",
    "面试",
    "上班",
    "打工",
    "开会",
    "旅游",
    "旅行",
    "办事",
    "读书",
    "上学",
    "看病",
    "培训",
    "考试",
    "探亲",
    "过年",
    "度假",
    "做生意",
)


def _a_place_or_a_word(name: str) -> bool:
    return is_place(name) or is_ordinary_word(name)


def _best_candidate(text: str, start: int, lex: Lexicon, personal: Personal, last_end: int, unlisted: bool = False) -> int | None:
    previous = text[start - 1] if start else ""
    if (
        (previous.isdigit() and not _after_an_amount(text, start, lex))
        or (
            previous in lex.never_before
            # (Not 第一, an ordinal as 第二 is: "上门顺序：第一宋诗琪，第二熊耀祖", tune 48.)
            and text[max(0, start - 2) : start] != "第一"
            and not _ENDS_A_TIME.match(text, max(0, start - 2), start)
            and not _echoes_a_word(text, start, lex)
        )
    ):
        return None  # "每张卡", "3000元将"; but "十点多" ends a time ("晚上十点多梁强来电")
    if text[start : start + 2] == "师傅" and not _ends_a_trade(text, start, previous, lex):
        return None  # "找师傅修一下": a workman addressed (师 a frequent surname, 傅 a strong given character)
    if previous in _MASK_DIGITS and start > 1 and (text[start - 2] in _MASK_DIGITS or text[start - 2].isdigit()):
        return None  # "转账XXX元至": a masked amount
    if previous in _TOWARDS and text[start] in _DIRECTIONS:
        return None  # "一路向南进发", "往北开": a direction to go in, not 南进发
    if (
        previous
        and ((previous + text[start]) in lex.boundary or (previous + text[start]) in lex.unbroken)
        and previous not in "小老阿"
        and text[start : start + 2] not in lex.compound
        and not (start >= 2 and text[start - 2 : start] in _TIMES_BEFORE_A_NAME)
        # (Nor a day that ends in the character: "昨天" + 马佳怡 is no 天马, "那天" + 马金宝; nor a phrase that does, "问一下" +
        # 马尕保 (tune 30).)
        and not (previous in lex.when_last and _ends_with(text[max(0, start - 4) : start], lex.when))
        and not (start >= 2 and text[start - 2 : start] in _PHRASES_BEFORE_A_NAME)
        and not (start >= 2 and text[start - 2] == "第" and previous in _ORDINAL_NUMBERS)
        and not (
            text[start] not in "小老阿"
            and previous in _last_characters(lex.strong_before_words)
            and _after_strong_cue(text, start, lex)
            and not is_cue_word(previous + text[start])
        )
    ):
        # "及时登入", "微信": the character ends the word before it (but "小张" + 明明 is a name, and "村支书" + 包国强
        # is no 书包: a cue ends there; "我姐" + 夫 is still 姐夫, and "会长" + 老金 a nickname's 长老)
        return None
    options = []  # (surname as written, its length in the text, tier)
    if text[start : start + 2] in lex.compound:
        options.append((text[start : start + 2], 2, "compound"))
    elif text[start + 1 : start + 2] in _NAME_GAP and (text[start] + text[start + 2 : start + 3]) in lex.compound:
        options.append((text[start] + text[start + 2], 3, "compound"))  # "皇 甫 涛"
    if text[start] in lex.surname_tier and not options:
        # A compound surname is read as one ("欧阳娜娜" is not 欧 + 阳娜).
        options.append((text[start], 1, lex.surname_tier[text[start]]))
    elif unlisted and not options and lex.given_weight.get(text[start]) != GIVEN_UNLIKELY:
        options.append((text[start], 1, "unlisted"))
    left: tuple[float, bool] | None = None
    # A signature ends the text within a name's length; a vocative needs the text's or a line's start.
    signed = previous.isspace() and start >= 2 and not text[start - 2].isspace() and start + 8 >= _content_end(text)
    opening = not previous or previous in "】]\n"
    # A line of a copied chat starts with who speaks ("[梁山] 明天给你", "<郭心怡> 钱到了没").
    line_start = opening or (previous in "<[【" and (start < 2 or text[start - 2] == "\n"))
    best_score, best_end = THRESHOLD, None
    length, marks, rights, place_ends, family_place_ends = (
        len(text),
        personal[2],
        personal[3],
        lex.place_ends,
        lex.family_place_ends,
    )
    # "我劝过华\n建平别碰": a line broken after a surname, before a given name of two, goes on with the name.
    # (Looked for only in a text with a line break: the check runs at every surname.)
    broken = (
        _line_broken_name(text, start, previous, lex, personal, last_end)
        if marks.line_breaks
        and (start + 1 in marks.line_breaks or (text[start + 1 : start + 2] in _LINE_GAP and "\n" in text[start + 1 : start + 4]))
        else 0
    )
    for surname, surname_len, tier in options:
        pos = start + surname_len
        chars: list[str] = []
        for _ in range(2):
            gap = 0
            while pos + gap < length and text[pos + gap] in _NAME_GAP and gap < 2:
                gap += 1
            if broken and not chars and surname_len == 1:
                gap = broken
            at = pos + gap
            if at >= length or not "\u4e00" <= text[at] <= "\u9fff" or at in marks.strong_after or at in marks.not_given:
                break
            if text[at : at + 2] in lex.long_hand_words and any(
                text.startswith(w, at) for w in lex.long_hand_words[text[at : at + 2]]
            ):
                break  # a word listed by hand begins here: "诸葛亮" + "草船借箭", not 诸葛 + 亮草 (tune 31)
            if chars and text[at] in lex.weak_after_single and (at in marks.clause_acts or at + 1 in marks.clause_acts):
                break  # "李娜却说她不认识我", "李娜借过": what is said of who is named begins there
            pos += gap + 1
            chars.append(text[pos - 1])
            if text[pos - 1] in place_ends or (text[pos - 1] in family_place_ends and text[pos - 2] == "家"):
                break  # "赵州桥", "上官村", "闫家沟", "袁家岭": a place's name, and no longer name goes on past it
            if len(chars) == 1 and chars[0] == "家" and tier != "compound":
                continue  # "郝家", "蒋家": a family or its house; "王家乐" is weighed next
            if left is None:
                left = _left_score(text, start, previous, lex, personal, last_end)
            # Two candidates often end at the same place (one given character after 王, two after the
            # character before it): what follows is weighed once per place.
            key = (pos, left[1])
            right = (
                rights[key]
                if key in rights
                else rights.setdefault(key, _right_score(text, pos, chars[-1], left[1], lex, personal))
            )
            if right is not None and signed and pos >= _content_end(text):
                right += SIGNATURE  # "……请回电 王伟": a name signing off the message
            if right is not None and opening and text[pos : pos + 2] in _VOCATIVES and not is_hand_word(surname + "".join(chars)):
                right += VOCATIVE  # "【通知】金兵,你的借款…": the message opens by addressing someone
            if right is not None and line_start and _SPEAKER.match(text, pos) and not is_ordinary_word(surname + "".join(chars)):
                right += SPEAKER  # "何广才:我是他同事", "<郭心怡> 钱到了没": who speaks in a copied chat
            acts = (
                pos in marks.clause_acts
                and right is not None
                and right < STRONG_CUE
                and surname not in lex.function_surnames
                and _opens_clause(text, start, lex)
                and not names_no_one(surname + "".join(chars))
            )
            if acts:
                right = STRONG_CUE  # "陈静借的钱", "上周于飞去了一趟派出所" (not "从岳阳打来"): who acts, opening a clause
            if previous in _GONE_TO and text.startswith(_ERRANDS, pos) and _a_place_or_a_word(surname + "".join(chars)):
                continue  # "去贺州出差了": where one went for an errand (a place or a word only: "要到王伟上班的地方去闹" names him)
            if right is None:
                # An organisation or a place begins here ("金鑫" + "小贷公司", "何家" + "庄"): a longer
                # candidate would only take its first character into the name.
                break
            cue = left
            if left[0] == WEAK_CUE and _done_to_anything(text, start, surname + "".join(chars), right, lex):
                cue = (ALIGNED, left[1])  # "送柳丁。", "碰到孔雀": given or met, but a thing or an animal
            # The candidate's own weight is at most its surname and given characters (the rest are
            # penalties): when even that with the context is short of a name, the word checks are skipped.
            given_score = _given_score(chars, tier, lex)
            if CITY_GIVEN <= given_score < MIN_GIVEN_EVIDENCE and len(chars) == 2 and surname + chars[0] in lex.cities:
                given_score = max(given_score, _given_after_a_city(chars, lex))
            if SURNAME_WEIGHT[tier] + given_score + cue[0] + right < best_score:
                continue
            core, word = _name_score(text, start, pos, surname, chars, tier, lex, given_score)
            score = core + cue[0] + right
            named = (
                bool(word)
                and given_score >= 0
                and _named_all_the_same(cue, right, word, text, start, pos, surname + "".join(chars), lex)
            )
            if named:
                score -= word
            if (
                tier != "compound"
                and not named
                and given_score < MIN_GIVEN_EVIDENCE
                and score < THRESHOLD + STRONG_CUE
                and not (
                    given_score >= 0 and text[pos : pos + 1] in lex.person_after_first and text.startswith(lex.person_acts, pos)
                )
                and not (named and text.startswith(lex.clause_acts, pos))
                and not (named and _object_of_strong_cue(cue, text, start, pos))
                and not _cued_on_both_sides(cue[0], right, surname, chars, tier, given_score, score, acts)
            ):
                continue  # a cue alone does not make "尊敬的储蓄卡" a name (but "龙腾说明天来" is one)
            if score >= best_score:
                best_score, best_end = score, pos
    return best_end


def _cued_on_both_sides(
    left: float, right: float, surname: str, chars: list[str], tier: str, given_score: float, score: float, acts: bool = False
) -> bool:
    """One given character that is merely possible in names (新, 民, 山, 乐: as common in words), with a cue on each side: "他们
    骗沈民说", "我同事戚乐明天要去" (tune 53), or at a clause's start before what a person does ("曹生不接电话", tune 54). Not an unlikely one, nor a cue on one side only, nor a surname outside the lists ("打我家里人,
    你说呢": 里), nor a title after a surname ("那个朱总又打来了")."""
    return (
        len(chars) == 1
        and given_score == 0
        and tier != "unlisted"
        and surname not in _NOUNS_BEFORE_A_VERB
        and chars[0] not in _TITLES_AFTER_A_SURNAME
        and chars[0] not in _NOT_GIVEN_BETWEEN_CUES
        # (Or what only a person does right after it, at a clause's or the text's start: "曹生不接电话", tune 54.)
        and ((left >= WEAK_CUE and right >= WEAK_CUE) or (left >= EDGE and acts))
        and score >= THRESHOLD + 1.0
    )


# Surnames that are the nouns a debtor's sentence turns on, before an adverb or a verb ("我已经把钱全还了", "他把钱花在赌博上了", "后来钱白给
# 他们了"): never a name on the two weak cues alone (a review of tune 53's change).
_NOUNS_BEFORE_A_VERB = frozenset("钱白")
# Characters after a surname that make a word of people or of days, not a given name ("那个马仔又来了", "黄毛也来了", "那个周天也打过来",
# a review of tune 53's change), or of papers ("简章明确说了不收任何费用", "文章明确说了", a review of tune 54's change).
_NOT_GIVEN_BETWEEN_CUES = frozenset("仔毛天章")
# What follows a surname to address its bearer by rank, trade or kinship (朱总, 王董, 李局, 张哥, 刘姨, 张舅), or begins such a title (王主任,
# 李经理, 张律师, 刘医生, 王校长); and 金主, a lender ("王磊跟金主说了", a review of tune 51).
_TITLES_AFTER_A_SURNAME = frozenset("总董局处科哥姐叔姨婶伯嫂舅奶爹父工队所主经律医警师校")


# Trades whose name ends in 师 ("工程师傅伟来了": 傅伟 after the trade, not 师傅).
_TRADES_IN_SHI = frozenset(
    "工程 会计 设计 理发 营养 药剂 建筑 摄影 化妆 咨询 规划 心理 美容 按摩 造价 审计 精算 评估 厨 律 医 技 教 讲 法 牧".split()
)


def _ends_a_trade(text: str, start: int, previous: str, lex: Lexicon) -> bool:
    """The 师 at `start` ends a trade's name (律师, 工程师) or follows a hidden name ("〔姓名〕师傅明", where 张律 was taken): what
    follows it may be a name with the surname 傅 ("律师傅明说要起诉")."""
    if not previous:
        return False  # the text opens with 师傅: a workman addressed
    if "\ue000" <= previous <= "\ue1ff":
        return True  # right after a hidden name's marker
    if previous in "老大":
        return False  # 老师傅, 大师傅: a workman still ("找个老师傅修一下")
    return (previous + "师") in lex.boundary or text[max(0, start - 2) : start] in _TRADES_IN_SHI or previous in _TRADES_IN_SHI


def _after_an_amount(text: str, start: int, lex: Lexicon) -> bool:
    """Three digits at least right before `start` (or an amount with its cents, "3000.00"), not a count ("5张卡", "3个人"): an
    amount or a number that a list glues a name to ("呼延芳1200濮永强1000", "0315长孙传宝来电"); but not a unit that a number
    takes ("2024年", "3000万元", "1234号") nor a word of three or four that begins there. Or a month and a day
    (`_DATE_BEFORE`), which a log glues a name to whatever its first character ("10/18张伟打来")."""
    if start < 3:
        return False
    if _DATE_BEFORE.search(text, max(0, start - 12), start) is not None:
        # A log's date glued to who called ("10/18苗婉清又说", "3.6刘艳把……", "11-21舒铭泽", "12·8孙欣妍", "10/18张伟打来"); not
        # a word read whole there ("10/18马拉松比赛", "10/18华润万家买的").
        return not _long_word_at(text, start, lex) and text[start : start + 2] not in lex.hand_ordinary
    if text[start] in _UNITS_AFTER_A_NUMBER:
        return False
    before = text[start - 3 : start]
    # (Or a time of day: "已外呼：11:15逢永强13:00薄美华".)
    if not (before.isdigit() or (before[0] in ".:" and before[1:].isdigit() and start >= 4 and text[start - 4].isdigit())):
        return False
    # (A word of two is left to the name's own weighing: 王国 and 黄金 begin names as often, "1200王国庆1000".)
    return not _long_word_at(text, start, lex)


def _long_word_at(text: str, start: int, lex: Lexicon) -> bool:
    """A word of three or four characters begins at `start` ("马拉松", "王府井")."""
    return any(text[start : start + n] in lex.ordinary or text[start : start + n] in lex.boundary for n in (3, 4))


# A month and a day (and a year) written with dots, slashes, dashes or middle dots, right before a name (tune 29).
# (Not a fraction or a count: "3/5张卡", "1/3杨梅" are no dates with a day under 10 after a slash and a one-digit month.)
# (And a month and a day with 月 but no 日, or an hour and its minutes with 点 but no 分: "2月8李桂香给我妈打电话", "3月28刘大勇打来电话",
# "晚上8点40刘冬梅答应我", tune 30.)
_DATE_BEFORE = re.compile(
    r"(?<![\d./·-])(?:\d{2,4}[./·-])?(?:1[0-2]|0?[1-9])(?:[.·-](?:[12]\d|3[01]|0?[1-9])|/(?:[12]\d|3[01]))\Z"
    r"|(?<![\d./·-])(?:1[0-2]|0[1-9])/0?[1-9]\Z"
    r"|(?<!\d)(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])\Z"
    r"|(?<!\d)(?:[01]?\d|2[0-3])点[0-5]\d\Z"
)

# Units and counters written right after a number, several of them a surname's character too (年, 万, 张, 时, 期, 包).
_UNITS_AFTER_A_NUMBER = frozenset("年月日号时分秒点期次个元块万亿千百张笔家位名条天周岁倍楼层室栋单户米斤包件台辆")


def _done_to_anything(text: str, start: int, name: str, right: float, lex: Lexicon) -> bool:
    """A verb of giving or meeting that is done to a thing too (送, 碰到) right before a dictionary word ("碰到孔雀",
    "遇到雷雨天"), or a verb of one character (送, 堵, 劝) before a name of two characters that nothing after marks
    as a person ("送柳丁。")."""
    before = text[max(0, start - MAX_CUE_LENGTH) : start].rstrip(_NAME_GAP)
    if not _ends_with(before, lex.weak_before_of_anything):
        return False
    return is_dictionary_word(name) or (len(name) == 2 and right < WEAK_CUE and before[-1] in lex.weak_before_of_anything)


_LINE_GAP = frozenset(" \u3000\t\r")
_BROKEN_LINE = re.compile("[ \u3000\t\r]{0,2}\n[ \u3000\t]{0,2}")


def _line_broken_name(text: str, start: int, previous: str, lex: Lexicon, personal: Personal, last_end: int) -> int:
    """How many characters of a line break stand between the surname at `start` and a given name of two ("是杨\n
    建平", "陪着何\n　秀英"), or 0: only after a cue, a line's or the text's start (not "违约金\n国庆", "账单\n道德",
    "利息太高\n文明"), and not where the surname ends a word with the character before it ("还有钱\n国庆"). Or a given name of
    one, alone on its line, after a form's label ("姓名田\n悦，电话…")."""
    gap = _BROKEN_LINE.match(text, start + 1)
    if gap is None or ends_a_word(text, start):
        return 0
    if not _given_pair_at(text, gap.end(), lex):
        # One given character alone on the next line, after a form's label ("姓名田\n悦，电话…", "买家：韩\n佳", tune 40).
        single = text[gap.end() : gap.end() + 1]
        after = text[gap.end() + 1 : gap.end() + 2]
        if (
            single
            and is_cjk(single)
            and lex.given_weight.get(single, GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"]
            and not (after and is_cjk(after))
            and _after_strong_cue(text, start, lex)
        ):
            return gap.end() - start - 1
        return 0
    cued = (
        not previous
        or not is_cjk(previous)
        or _ends_with(text[max(0, start - MAX_CUE_LENGTH) : start], lex.line_break_cues)
        or _left_score(text, start, previous, lex, personal, last_end)[0] >= WEAK_CUE
    )
    return gap.end() - start - 1 if cued else 0


def _given_pair_at(text: str, at: int, lex: Lexicon) -> bool:
    """Two characters at `at` that are a given name of two by themselves (a pair seen after several surnames, or
    two characters that stand in given names, one of them often): only then does a name go on past a line break."""
    pair = text[at : at + 2]
    if len(pair) < 2 or not all(is_cjk(ch) for ch in pair) or pair in lex.boundary and pair not in lex.word_given_pairs:
        return False
    if pair in lex.given_pairs or pair in lex.word_given_pairs:
        return True
    return _given_characters(pair, lex)


def _given_characters(pair: str, lex: Lexicon) -> bool:
    """Two characters that both stand in given names, one of them often (淑芬, 继红)."""
    weights = [lex.given_weight.get(ch, GIVEN_UNKNOWN) for ch in pair]
    return min(weights) >= GIVEN_WEIGHT["likely"] and max(weights) >= GIVEN_WEIGHT["strong"]


def _given_after_a_city(chars: list[str], lex: Lexicon) -> float:
    """A surname and a given name that begins with the rest of a city's or a province's name (names.toml: "邢台宇",
    邢台 a city, 台 no given name's character): the last character weighs as a given name of one character would;
    the city's is no evidence against a name."""
    last = lex.given_weight.get(chars[1], GIVEN_UNKNOWN)
    return last * SINGLE_GIVEN_FACTOR if last >= GIVEN_WEIGHT["likely"] else GIVEN_UNLIKELY


def _named_all_the_same(
    left: tuple[float, bool], right: float, word: float, text: str, start: int, end: int, name: str, lex: Lexicon
) -> bool:
    """A word that is a common name too (田野, 高山) is a name between cues, or with a cue on one side and a
    clause of its own ("请转告田野,", "找高山,他欠…"), and beside a word that only stands beside a person
    ("白雪的担保人", "户名:高峰"). Other ordinary words are not, whatever stands around them ("尊敬的车主您
    好", "房东的身份证", "万达的联系人"), nor words listed by hand as seen taken for names (严重, 周末)."""
    if word not in (PERSON_WORD_PENALTY, ORDINARY_WORD_PENALTY) or names_no_one(name, False):
        return False  # (nor a word that names no one: "车主先生您好", "你是黄牛吧", "我是白领")
    if addressed_by_title(text, end) and not is_cue_word(name):
        return True  # "白露女士您好", "明月小姐,您的账单": a title, then who is spoken to (even a listed word)
    if name in lex.hand_words:
        return False
    if name in lex.strong_before_words or name in lex.weak_before_words:
        return False  # (a cue word itself, 母亲 or 家人, is no name beside another cue)
    following = text[end : end + 8].lstrip(_NAME_GAP)
    if following.startswith(lex.clause_acts_of_anything) and _a_place_or_a_thing(name, word, lex):
        return False  # "江西说他们没有这个规定", "车子竟然被拖走了": said of a place or a thing as well
    if following.startswith(lex.clause_acts):
        # Who acts at a clause's start ("高山让我转告你", "上周金秋去了一趟派出所"); not a time ("凌晨打来",
        # "年初又打来了").
        return _opens_clause(text, start, lex) and name[-1] not in _TIME_ENDS and not names_no_one(name)
    if following.startswith(lex.person_after) or _ends_with(
        text[max(0, start - 8) : start].rstrip(_NAME_GAP + ":"), lex.person_before
    ):
        # A word that is a name too; or any ordinary word of a name's shape before what only a person does
        # ("这事方圆可以作证", "钱是高原经手的"), not before what an organisation has too ("万达的联系人"); after a
        # party of a case, any word standing alone ("紧急联系人明月。").
        return (
            word == PERSON_WORD_PENALTY
            or following.startswith(lex.person_acts)
            or (not following.startswith(lex.person_after) and _alone_after_a_cue(left, text, start, end, name))
        )
    if (start == 0 or text[start - 1] in "】]\n") and text[end : end + 2] in _VOCATIVES and not names_no_one(name):
        # The message opens by addressing someone, a word of a name's shape alone before ",你" ("江河,你在…
        # 欠款…"): who is addressed (not a place: "江苏,你…").
        return not is_city(name)
    if _alone_after_a_cue(left, text, start, end, name):
        # "你好 我是王芳的同事明月", "吴刚打给方圆,", "你是高山吧": a cue of its own, then the clause ends (not
        # a time: "我妈白天,").
        return True
    if word != PERSON_WORD_PENALTY:
        return False
    strong_left, strong_right = left[0] >= STRONG_CUE, right >= STRONG_CUE
    alone_after = end >= len(text) or not is_cjk(text[end])
    # Asked after or greeted and standing alone: "找高山,他欠…", "尊敬的高峰您好". (Not joined to a thing by 和:
    # "桃子和李子" names a fruit beside a fruit.)
    return (
        (strong_left and strong_right)
        or (left[0] >= WEAK_CUE and alone_after and not _joined_to_a_thing(text, start, lex))
        or (strong_right and left[1])
    )


def _a_place_or_a_thing(name: str, word: float, lex: Lexicon) -> bool:
    """A province or a city (江苏, 武汉), or a word that is no name too and is a thing in 子 (车子, 金子) or a place
    that is no town (华山, 江湖: not 江山, a town's name and a given name) whose second character seldom stands in a
    given name (not 云海): what is said of anything at a clause's start is said of it, not of a person so named."""
    if is_city(name):
        return True
    if word == PERSON_WORD_PENALTY:
        return False
    return name[-1] == "子" or (
        name in lex.places
        and not any(name + end in lex.longer or name + end in lex.ordinary for end in "市县")
        and lex.given_weight.get(name[-1], GIVEN_UNKNOWN) < GIVEN_WEIGHT["likely"]
    )


def addressed_by_title(text: str, end: int) -> bool:
    """A title, then a greeting or who is spoken to, stands at `end` ("女士您好", "小姐,您的账单"); or an elder's title after a
    season's or a solar term's name ("谷雨阿姨,您儿子……")."""
    if _ADDRESSED.match(text, end) is not None:
        before = text[max(0, end - 2) : end]
        return not (text.startswith("同志", end) and (before in _COMRADES_OF_A_BODY or before[-1:] in _COMRADES_OF_A_BODY))
    return _ADDRESSED_ALSO_AS_WHAT.match(text, end) is not None and is_season(text[max(0, end - 2) : end])


def _alone_after_a_cue(left: tuple[float, bool], text: str, start: int, end: int, name: str) -> bool:
    """The word stands alone after a strong cue (`_object_of_strong_cue`) and says who, not when or what one is."""
    if not _object_of_strong_cue(left, text, start, end):
        return False
    if is_season(name) and text[max(0, start - 4) : start].rstrip(" ,:").endswith("人"):
        return True  # "联系人夏天": after a party of a case a season is who, not when ("我妈夏天," is when)
    return name[-1] not in _TIME_ENDS and not names_no_one(name)


def is_season(word: str) -> bool:
    """A season or a solar term (names.toml seasons): a time, and a given name as often (夏天, 白露, 谷雨)."""
    return word in lexicon().seasons


def _joined_to_a_thing(text: str, start: int, lex: Lexicon) -> bool:
    """A conjunction joins the word to a dictionary word that names no one ("桃子和李子", "苹果与燕子")."""
    before = text[max(0, start - 3) : start]
    if len(before) < 3 or before[-1] not in "和与及":
        return False
    thing = before[:2]
    if not all(is_cjk(ch) and ch not in "我你您他她它们" for ch in thing) or is_cue_word(thing) or thing in lex.person_words:
        return False
    # A word that begins with no surname character cannot be a name ("桃子", "苹果"); one that does must be a word.
    return thing[0] not in lex.surname_tier or is_dictionary_word(thing)


# Which way one goes ("向南进发", "往东走", "朝北开"): the direction character there is no surname.
_TOWARDS = frozenset("向往朝")
_DIRECTIONS = frozenset("东南西北")


# Last characters of words of time (凌晨, 年初, 月底, 周末, 半夜, 傍晚, 中午, 白天, 上旬).
_TIME_ENDS = frozenset("晨初底末夜晚午天旬")
# Last characters of words of a trade or a role (车主, 农户, 文员, 石匠, 商贩, 富商, 白领) and of an illness or a
# mishap (毛病, 皮炎, 高烧, 车祸, 白内障).
_TRADE_ENDS = frozenset("主户员匠贩商领")
_AILMENT_ENDS = frozenset("病症炎癌障瘤伤祸烧疮")


@functools.lru_cache(maxsize=4096)
def names_no_one(word: str, times: bool = True) -> bool:
    """A word that says when, what trade or role, what ails one or how one feels, never who: listed in
    names.toml (元旦, 国庆, 黄牛, 高兴, 花呗), or a dictionary word that ends like a time (白天, 凌晨; not 蓝天,
    a name too), a trade (车主, 白领) or an illness (高烧, 车祸, 白内障), or one character said twice (常常).
    Where a word of a name's shape is a name only by where it stands, such a word is not. With `times`
    False, times are left out (after a tie a solar term is a name as often: "我前妻谷雨")."""
    lex = lexicon()
    if word in lex.no_one or (times and word in lex.times):
        return True
    if len(word) < 2 or not is_dictionary_word(word):
        return False
    last = word[-1]
    return (
        (len(word) == 2 and word[0] == last)
        or last in _TRADE_ENDS
        or last in _AILMENT_ENDS
        or (times and last in _TIME_ENDS and not is_person_word(word))
    )


def given_name_alone(pair: str) -> bool:
    """Two characters that read as a given name with no surname, where a kin word beside them says who they are
    ("我姐春花", "二叔跃进", "永刚叔"): a listed given name, the frequent words among them too (建国, 富贵: in a
    family a given name is all a reader needs), or two characters that stand in given names, one of them
    rarely elsewhere, that make no word (继红, 淑芬). Not what names no one, a cue, a role or a place."""
    lex = lexicon()
    if len(pair) != 2 or not (is_cjk(pair[0]) and is_cjk(pair[1])) or has_function_character(pair):
        return False
    if names_no_one(pair, False) or is_cue_word(pair) or is_role(pair) or is_city(pair) or is_place(pair):
        return False
    if pair in lex.given_pairs:
        return True
    return _given_characters(pair, lex) and not is_dictionary_word(pair) and pair not in lex.person_words


# What follows a person named by a kin word and a given name that is a word too ("二叔红军七十多了", "岳父跃进身体
# 不好"): the age, the body, as in the kinship sentences of collection complaints.
_AGE_OR_BODY = re.compile("[二三四五六七八九]十|身体|腿脚|耳朵|眼睛|血压|心脏")


def word_given_name_ends(pair: str, after: str) -> bool:
    """A given name that is a word too (红军, 富贵, 解放) stands alone only where its clause goes on as it does
    after a person: a mark, what is said of a person, a weak cue (说, 在, 把), an age or the body; not where it
    runs on as the word ("富贵病犯了", "解放前")."""
    lex = lexicon()
    if not (is_dictionary_word(pair) or pair in lex.word_given_pairs or pair in lex.person_words):
        return True
    return (
        not after[:1]
        or not is_cjk(after[0])
        or said_of_a_person(after)
        or lex.weak_after.match(after) is not None
        or _AGE_OR_BODY.match(after) is not None
    )


def two_character_name(item: str, words_too: bool) -> bool:
    """Two characters that have a name's shape: a surname, then a character that stands in given names (a list's
    item, a word addressed with a title). `words_too`: where they stand says "person" (another item of the list is a
    name, a title and a greeting follow), so an ordinary word is a name as well ("王芳、江河、夏天", "江河女士您好"),
    unless it names no one (花呗, 白领, 车主), is a place or a hand-listed word other than a time (京东; but 白露, a
    solar term, is a given name too). Otherwise the surname is a common one and the item no word ("郑爽、杨幂", not
    "黄瓜、白菜")."""
    lex = lexicon()
    tier = lex.surname_tier.get(item[0])
    if len(item) != 2 or tier is None or tier == "compound" or has_function_character(item[1]):
        return False
    if names_no_one(item, False) or is_city(item) or is_cue_word(item) or is_role(item):
        return False
    if words_too:
        return item not in lex.hand_words or item in lex.times
    return (
        tier in ("common", "frequent")
        and item[0] not in lex.function_surnames
        and not is_dictionary_word(item)
        and item not in lex.person_words
        and item not in lex.hand_ordinary
        and not is_place(item)
        and lex.given_weight.get(item[1]) != GIVEN_FOREIGN
    )


_GREETINGS = ("尊敬的", "亲爱的", "您好", "你好")
# Last characters of the cue words that are a role, a tie or who one is ("同事", "队长", "老公", "你是"), not
# a verb that takes things too ("送达文书", "打给万达").
_PERSON_NOUN_ENDS = frozenset("事友学居公婆妈爸哥姐弟妹叔姨舅伯爷奶婶嫂长员师主任书计儿女子夫妻是人")
# ... but not "I myself" and "family", after which what is said of them stands as often ("本人明白", "家人放心").
_NOT_A_PARTY = ("本人", "家人")
# A title, then a greeting or who is spoken to ("女士您好", "小姐,您的账单", "先生,你好").
# (And a comrade a letter opens with, "江南同志:请于……" — tune 35.)
_ADDRESSED = re.compile("[ ]?(?:先生|女士|小姐|同志)(?:[ ,:!]*[您你]|[ ]?:)")
# A body of people addressed as comrades, who names none ("全体同志:", "公安同志:", "男同志", /tmp/review19s).
_COMRADES_OF_A_BODY = frozenset("全体 广大 各位 诸位 公安 民警 警察 青年 党员 干部 职工 群众 工作 值班 男 女 老".split())
# Titles that greet a word for what someone is as often as a name ("楼下阿姨,你好", "数学老师您好"): a word addressed by one is a
# name only if it is a time a person is named after too ("谷雨阿姨,您儿子……", tune 35).
_ADDRESSED_ALSO_AS_WHAT = re.compile("[ ]?(?:阿姨|叔叔|老师|师傅)[ ,:!]*[您你]")
# Particles that end a spoken clause after who it is about ("你是高山吧", "认识万福吗").
_CLOSING_PARTICLES = frozenset("吗呢吧啊呀嘛啦")


def _object_of_strong_cue(left: tuple[float, bool], text: str, start: int, end: int) -> bool:
    """A strong cue before the word (a role, a kin word, 打给, 我是) and the clause ends right after it,
    perhaps after a closing particle: the word stands alone where a name stands. Not after a greeting,
    which addresses roles and places as often ("尊敬的车主", "您好,苏格兰")."""
    before = text[max(0, start - 4) : start].rstrip(" ,:")
    if (
        left[0] < STRONG_CUE
        or before.endswith(_GREETINGS)
        or before[-1:] not in _PERSON_NOUN_ENDS
        or before.endswith(_NOT_A_PARTY)
    ):
        return False
    if end < len(text) and text[end] in _CLOSING_PARTICLES:
        end += 1
    return end >= len(text) or not is_cjk(text[end])


def _opens_clause(text: str, start: int, lex: Lexicon) -> bool:
    """A clause starts at `start`: the text's or a line's start, punctuation, a space, or a word that opens a
    spoken clause ("昨天晚上", "那个")."""
    return start == 0 or not is_cjk(text[start - 1]) or _ends_with(text[max(0, start - 6) : start], lex.clause_openers)


def is_place(name: str) -> bool:
    """A city's or a county's name: listed as a place, or the dictionary has it with 市 or 县 after it."""
    lex = lexicon()
    if name in lex.places or (name in lex.hand_ordinary and name not in lex.hand_words):
        return True
    return any(name + end in lex.longer or name + end in lex.ordinary for end in "市县")


def is_county(name: str) -> bool:
    """A county's, a county-level city's or a district's name without its ending (祁阳, 武冈, 余杭): where people are from, unless
    it is a given name as well (建华, 新华 are districts too)."""
    return name in lexicon().counties


def is_city(name: str) -> bool:
    """A province or a prefecture-level city of names.toml (江苏, 黄石, 金华), or a place of the dictionary's that
    is no ordinary word or name as well (林州, not 江山 or 高原): where people are from, never a person's name."""
    lex = lexicon()
    if (name in lex.hand_ordinary and name not in lex.hand_words) or name in lex.provinces:
        return True
    return is_place(name) and not is_ordinary_word(name) and not is_person_word(name)


# The most the words around a candidate can add: a strong cue on each side and a list neighbour each.
MAX_CONTEXT = 2 * STRONG_CUE + 2 * LIST_NEIGHBOUR


def _given_score(given: list[str], tier: str, lex: Lexicon) -> float:
    """What the given characters weigh (the part of `_name_score` that rewards, never penalises)."""
    weight = lex.given_weight.get
    first = weight(given[0], GIVEN_UNKNOWN)
    if tier == "compound" and first < GIVEN_UNKNOWN:
        # A compound surname is evidence enough that what follows is a given name, whatever its characters.
        first = GIVEN_UNKNOWN
    if len(given) == 1:
        return first * SINGLE_GIVEN_FACTOR
    second = weight(given[1], GIVEN_UNKNOWN)
    if tier == "compound" and second < GIVEN_UNKNOWN:
        second = GIVEN_UNKNOWN
    pair = given[0] + given[1]
    if pair in lex.given_pairs and pair not in lex.boundary:
        # A given name seen after several surnames (浩然, 桂芝): the pair is evidence whatever each
        # character's own statistics say; not a frequent word as well (帽子, 国庆).
        return max(first + second, GIVEN_PAIR)
    if pair in lex.word_given_pairs:
        # A given name that is a frequent word as well (新民, 建国): evidence enough beside a strong cue
        # ("律师王新民"), not a name by itself.
        return max(first + second, MIN_GIVEN_EVIDENCE)
    if first >= GIVEN_ONLY and is_cjk(given[1]) and given[1] not in lex.never_given:
        # A character that stands only in names goes on with the next, whatever its statistics ("马尕保", not 马尕 + 保) (tune 30).
        return max(first + second, first * SINGLE_GIVEN_FACTOR + 0.5)
    return first + second


# What follows 家 when it is someone's family or home ("X家的情况", "X家里", "X家人").
_FAMILY_AFTER = frozenset("的里人")


def _name_score(
    text: str, start: int, end: int, surname: str, given: list[str], tier: str, lex: Lexicon, given_score: float
) -> tuple[float, float]:
    """The candidate itself: surname tier, given characters, and the words it would cut through.

    `given_score` is `_given_score` of the given characters, already weighed by the caller. Returns (score,
    the part for being an ordinary word, 0 or less).
    """
    score = SURNAME_WEIGHT[tier]
    pair = "".join(given)
    if (
        len(given) == 2
        and pair in lex.boundary
        and pair not in lex.given_pairs
        and not (given[0] == given[1] and lex.given_weight.get(given[0], GIVEN_UNKNOWN) >= GIVEN_WEIGHT["likely"])
    ):
        # "都知道", "全公司": what follows the surname character is a word, not a name. A doubled given
        # name is one all the same ("张明明", "李婷婷"), however often 明明 is a word.
        score += CUT_WORD
    name = surname + pair
    score += given_score
    if surname in lex.function_surnames:
        score += FUNCTION_WORD  # "同事和朋友", "向刘": 和 and 向 are conjunctions and prepositions first
    # An ordinary word starts where the name would and runs past its end ("苏格兰", "安史之乱").
    goes_on = any(_is_longer_word(text[start:cut], lex) for cut in range(end + 1, min(start + 5, len(text) + 1)))
    word = 0.0
    if goes_on or (tier == "unlisted" and is_dictionary_word(name[:2])):
        word = ORDINARY_WORD_PENALTY
    elif len(name) >= 4 and name in lex.longer:
        word = ORDINARY_WORD_PENALTY  # "东方明珠": a compound surname and a word, a name between strong cues only
    elif name in lex.person_words:
        word = PERSON_WORD_PENALTY
    elif is_ordinary_word(name):
        word = PERSON_WORD_PENALTY if _person_word(name, lex) else ORDINARY_WORD_PENALTY
    score += word
    following = text[end : end + 1]
    if (
        following
        and (given[-1] + following) in lex.boundary
        # (Not a given name of two before 家的, 家里 or 家人: "高建国家的情况我清楚" is 高建国's family, not 国家; nor before 还, what a
        # debtor does: "冯水生还了8425", not 生还, tune 48.)
        and not (
            (following == "家" and text[end + 1 : end + 2] in _FAMILY_AFTER or following == "还")
            and len(given) == 2
            and (pair in lex.given_pairs or pair in lex.word_given_pairs)
        )
    ):
        score += CUT_WORD  # "律师费和公证费": 公 begins the word 公证
    elif following and len(name) == 3 and _two_words(name, following, lex):
        score += CUT_WORD  # "请罗列明细": 罗列 + 明细, two words (not "李明细说", nor "王小明细心": no word before)
    return score, word


def _left_score(text: str, start: int, previous: str, lex: Lexicon, personal: Personal, last_end: int) -> tuple[float, bool]:
    """What stands before the name; and whether that is punctuation (for "a clause of its own")."""
    if previous and "\u4e00" <= previous <= "\u9fff" and previous not in lex.cue_last and previous not in lex.list_separators:
        # The common case, decided without slicing: a character that ends no cue word, right before.
        if previous in lex.particles:
            return BOUNDARY, False  # "嗯向海涛你听我说", "还咗一万多啦樊晓东仲话": a spoken clause starts
        if personal[1](start):
            return WEAK_CUE, False
        if start == last_end:
            return ALIGNED + LIST_NEIGHBOUR, False  # names written one after the other ("徐丽纪琳冼春燕三个人")
        if text[start - 2 : start - 1] == text[start] and _echoes_a_word(text, start, lex):
            return WEAK_CUE, False  # "尤其尤建平最凶", "许多许玉的钱": the surname again right after a word it begins
        if previous in lex.when_last and _ends_with(text[max(0, start - 4) : start], lex.when):
            return BOUNDARY, False  # a clause opens with when: "清明节孟婉清回村", "端午节杨婉婷又来了"
        if previous == "点" and start >= 2 and text[start - 2].isdigit():
            return BOUNDARY, False  # or with the hour: "下午1点王海军李佳怡一起来的" (tune 30)
        if _after_a_count_or_time(text, start, previous):
            return (
                BOUNDARY,
                False,
            )  # or with a count or a day: "第8次张建国没接", "7月18日史水生八百", "晚上七点多逄兆丰：" (tune 48)
        return (ALIGNED if _word_at(text, start - 2, lex) else INSIDE_WORD), False
    before = text[max(0, start - 8) : start]
    stripped = before.rstrip(_NAME_GAP)
    cue_end = stripped.rstrip(_NAME_GAP + ":")  # "委托人:" is the cue 委托人
    bounded = False
    if _ends_with(stripped, lex.strong_before_words) or _ends_with(cue_end, lex.strong_before_words):
        score = STRONG_CUE
    elif _ends_with(stripped, lex.weak_before_words):
        score = WEAK_CUE
    elif personal[1](start - (len(before) - len(stripped))):
        score = WEAK_CUE  # a contact list: "贾彬 138… 林建军"
    elif (
        previous == "的"
        and _a_place_before(text, start - 1)
        and not is_ordinary_word(text[start : start + 2])
        and not is_dictionary_word(text[start + 2 : start + 4])
    ):
        # Who is from a place, or works there: "曲靖的笪香", "渭南的邓铭翰都接到了" (tune 60); not what is there, "古城的黎明特别美".
        score = WEAK_CUE
    elif previous in lex.when_last and _ends_with(stripped, lex.when):
        score = BOUNDARY  # a clause opens with when, its last character a cue's too ("星期天焦月娥")
    elif _after_a_count_or_time(text, start, previous):
        score = BOUNDARY  # a count or a day whose last character ends a cue too ("第9名暨静怡", "逾期92天阚璐仍未处理", tune 49)
    elif previous and is_cjk(previous):
        # A word ending right before the name ("尊敬" before it) means the name is a token of its own;
        # otherwise it may be cut out of a longer phrase.
        score = ALIGNED if _word_at(text, start - 2, lex) else INSIDE_WORD
    else:
        # The start of the text is weaker evidence than punctuation: a short phrase starts there too.
        score = BOUNDARY if previous else EDGE
        bounded = bool(previous)
    if stripped and stripped[-1] in lex.list_separators and last_end >= 0 and start - last_end <= len(before) - len(stripped) + 2:
        score += LIST_NEIGHBOUR
    elif (
        last_end >= 0
        and 0 < start - last_end <= 2
        and not text[last_end:start].strip(" \u3000")
        and text[start : start + 2] not in lex.hand_ordinary
        and text[start : start + 3] not in lex.hand_ordinary
    ):
        # Names with only a space between ("刘芳 雷锦程 李强 这三个人轮流打"); not where a place follows ("刘洋 常州人").
        score += LIST_NEIGHBOUR
    return score, bounded


def _a_place_before(text: str, end: int) -> bool:
    """A city's or a county's name of two or three characters ends at `end` (before its 的)."""
    return any(end - length >= 0 and (is_city(place := text[end - length : end]) or is_county(place)) for length in (2, 3))


# A count, a day or an hour that a log's line opens with, glued to who it is about: the name stands as after punctuation. (Digits or
# 第 + a number before 次, 笔, 名, 期 or 回, not "一次" or "一笔" + 钱; digits before 日, 号, 天 or 个月; a written hour only with 多, 半, 整,
# 钟 or 过 after 点, not "一点".)
_COUNT_OR_TIME_BEFORE = re.compile(
    "(?:第[0-9一二三四五六七八九十]+|[0-9]+)[次笔名期回]\\Z|[0-9](?:[日号天]|个月)\\Z|[0-9一二两三四五六七八九十][点點](?:[多半整钟]|过)\\Z"
)
_COUNT_OR_TIME_LAST = frozenset("次笔名期回日号天月多半整钟过")


def _after_a_count_or_time(text: str, start: int, previous: str) -> bool:
    return previous in _COUNT_OR_TIME_LAST and _COUNT_OR_TIME_BEFORE.search(text, max(0, start - 8), start) is not None


# What divides a row's cells ("汤爱民|152…|8300块", "宓鹤/139…/7.2万"): a name's cell before a number's weighs as a name glued to it.
_CELL_SEPARATORS = frozenset("|/｜／\t,，;；")


def _right_score(text: str, end: int, last: str, bounded: bool, lex: Lexicon, personal: Personal) -> float | None:
    """What follows the name; None when it makes the candidate an organisation or a place."""
    marks = personal[2]
    following = text[end : end + 1]
    if end in marks.never_after or (last == "家" and following in lex.family_place_ends):
        return None  # (a family's place: "邓家" + "湾水库", "蒋家" + "桥")
    if "\u4e00" <= following <= "\u9fff":
        # The common case, decided without slicing: a Chinese character right after, no gap.
        # (A word that only stands beside a person, "可以作证", "经手的", weighs as a strong cue.)
        if (
            end in marks.strong_after
            or personal[0](end)
            or (following in lex.person_after_first and text.startswith(lex.person_after, end))
            # (And who uses a number: "付海燕用132…打给你", tune 49.)
            or (following == "用" and personal[0](end + 1))
        ):
            score = STRONG_CUE
        elif end in marks.weak_after:
            score = WEAK_CUE
        elif following in lex.particles:
            score = BOUNDARY  # "那个郑天佑咯天天打电话": the spoken clause ends
        else:
            # (的 ends a noun phrase: "禤桂芳的卡" is no word cut through.)
            score = ALIGNED if following == "的" or _word_at(text, end, lex) else INSIDE_WORD
        if following in lex.list_separators and _looks_like_name_next(text[end + 1 : end + 8], lex):
            score += LIST_NEIGHBOUR
        return score
    after = text[end : end + 8]
    gap_after = after.lstrip(_NAME_GAP)
    next_word = end + len(after) - len(gap_after)
    if (
        next_word in marks.strong_after
        or personal[0](next_word)
        or (text[next_word : next_word + 1] in lex.person_after_first and text.startswith(lex.person_after, next_word))
        or (
            gap_after[:1] in _CELL_SEPARATORS and personal[0](next_word + 1 + len(gap_after[1:]) - len(gap_after[1:].lstrip(" ")))
        )
    ):
        score = STRONG_CUE
    elif next_word in marks.weak_after:
        score = WEAK_CUE
    elif not following or not is_cjk(following):
        # Standing alone between punctuation ("我们联系了，何成，他说"): a clause of its own.
        score = (BOUNDARY if following else EDGE) + (STANDALONE if bounded and following else 0.0)
    else:
        score = ALIGNED if _word_at(text, end, lex) else INSIDE_WORD
    if gap_after[:1] in lex.list_separators and _looks_like_name_next(gap_after[1:], lex):
        score += LIST_NEIGHBOUR
    return score


@functools.lru_cache(maxsize=4)
def _content_end(text: str) -> int:
    """Where the text ends without its trailing white space (cached: asked once per candidate)."""
    return len(text.rstrip())


def _clause_start(text: str, start: int) -> bool:
    return start == 0 or not is_cjk(text[start - 1])


def _before_strong_cue(text: str, start: int, marks: _Marks) -> bool:
    """A title or 身份证 two or three characters on ("禤国华先生", "仉立新(身份证…)")."""
    return any(all(is_cjk(ch) for ch in text[start : start + n]) and (start + n in marks.strong_after) for n in (2, 3))


def _after_strong_cue(text: str, start: int, lex: Lexicon) -> bool:
    if not is_cjk(text[start]):
        return False
    before = text[max(0, start - 8) : start].rstrip(_NAME_GAP)
    return _ends_with(before, lex.strong_before_words) or _ends_with(before.rstrip(_NAME_GAP + ":"), lex.strong_before_words)


def _after_strong_cue_before_mark(text: str, start: int, lex: Lexicon) -> bool:
    """A strong cue right before the mark at `start - 1` ("借款人《王芳》"): read on the few characters around it, the mark left
    out, not on a copy of the whole text (a hostile run of "《王芳》" asks this at each)."""
    window = text[max(0, start - 9) : start - 1] + text[start : start + 1]
    return _after_strong_cue(window, len(window) - 1, lex)


def _cue_ends_at(text: str, i: int, lex: Lexicon) -> bool:
    """A strong cue word ends with the character at `i` ("联系不上" at 上, "报警人" at 人)."""
    return _ends_with(text[max(0, i - MAX_CUE_LENGTH + 1) : i + 1], lex.strong_before_words)


def _ends_with(text: str, words: frozenset[str]) -> bool:
    if not text or text[-1] not in _last_characters(words):
        return False  # the common case, decided by one look-up
    return any(text[-n:] in words for n in range(1, min(len(text), MAX_CUE_LENGTH) + 1))


@functools.lru_cache(maxsize=32)  # (one entry for each list of words asked about: eight or so)
def _last_characters(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[-1] for w in words)


# The longest cue word before a name in names.toml ("紧急联系人", "法定代表人" are five characters).
MAX_CUE_LENGTH = 6


def _echoes_a_word(text: str, start: int, lex: Lexicon) -> bool:
    """The surname at `start` repeats the first character of the word of two right before it ("尤其" + 尤建平, "宋体"
    + 宋龙): a word ends there, and the same character starting again starts something else, a name."""
    return start >= 2 and text[start - 2] == text[start] and text[start - 1] != text[start] and _word_at(text, start - 2, lex)


def _word_at(text: str, start: int, lex: Lexicon) -> bool:
    pair = text[start : start + 2] if start >= 0 else ""
    return pair in lex.boundary or pair in lex.ordinary


def _person_word(name: str, lex: Lexicon) -> bool:
    """The candidate is a word that is a name too ("高峰"), or begins with one and is no word itself ("王平安")."""
    if name in lex.person_words:
        return True
    return len(name) == 3 and name not in lex.ordinary and name[:2] in lex.person_words


def _looks_like_name_next(after: str, lex: Lexicon) -> bool:
    after = after.lstrip(_NAME_GAP)
    if after[:2] in lex.compound:
        return True
    return bool(after) and after[0] in lex.surname_tier and len(after) > 1 and lex.given_weight.get(after[1], GIVEN_UNKNOWN) > 0
