"""Which of many regexes can match a text at all, read from the pairs of characters in the text.

The text rules' scanners (rules.all_text_hits) are searched in every message, and `re` pays at each
position where one of a scanner's first characters stands (你, 我, 的, 请 … start some alternative of
most of them), trying there every alternative in turn: on a 200-character message the 41 scanners took
a third of the analyser's time, though one or two of them match. Every match of a scanner holds one of
a set of literal strings, its *required strings* ("安全账户", "冻结", "qq" …, read from the pattern by
`required_strings`), and a string stands in a text only where each pair of adjacent characters in it
does. `PairFilter` keeps one pair per required string (the rare string of one character is looked for
itself) and, for a text, finds in one pass over its pairs which scanners could match: only those are
searched (about 8 of the 41 on the labelled messages). A scanner is skipped only where it cannot match,
so every answer stays the same. (The same holds for the warnings looked for after a hit,
rules._warning_after.)

A pattern let through by its required strings must also meet its other required sets (`required_clauses`):
"逾期~{0,12}(?:你爸|你妈|…)" is let through by 逾期 and then searched only where one of 你爸, 你妈 … stands too.
rules.py gives the filter each joined scanner cut into its parts (one per first character), so that a
scanner is searched only for the parts that can match.

The patterns are read with `re._parser`, the parser `re` itself compiles them with: CPython's, private,
there since Python 3.11 (tests/test_analysis_speed.py reads it as well; were it renamed, the import
fails loudly). A pattern whose required strings cannot be told is searched in every text, as before.
"""

from __future__ import annotations

import re
import re._parser as _parser
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple, Protocol

# Limits on the analysis, far above what the rules need (their largest scanner has ~740 required strings):
# strings in one set, and steps in reading one pattern (an alternation is read once per alternative).
_MAX_STRINGS = 1024
_MAX_STEPS = 5000


class _TooComplex(Exception):
    pass


def _cross(before: set[str] | None, after: set[str] | None) -> set[str] | None:
    """Every string of `before` followed by every string of `after`, or None when there are too many."""
    if before is None or after is None or len(before) * len(after) > _MAX_STRINGS:
        return None
    return {first + second for first in before for second in after}


def _exact(items) -> set[str] | None:
    """Every string the sequence of parsed items can match, when they are few; look-arounds match "" (they
    only narrow the matches down); None for anything open-ended (a class like [^，。], \\d, a gap)."""
    found: set[str] | None = {""}
    for op, av in items:
        found = _cross(found, _exact_item(op, av))
        if found is None:
            return None
    return found


def _exact_item(op, av) -> set[str] | None:
    if op is _parser.LITERAL:
        return {chr(av)}
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return {""}
    if op is _parser.IN:
        if not all(kind is _parser.LITERAL for kind, _ in av):
            return None  # a range, a category or a negated class
        return {chr(code) for _, code in av}
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _exact(inner.data)
    if op is _parser.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            strings = _exact(alternative.data)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, high, inner = av
        each = _exact(inner.data) if high <= 4 else None
        if each is None:
            return None
        any_count: set[str] = set()
        repeated: set[str] | None = {""}  # the strings of `count` repetitions
        for count in range(high + 1):
            if repeated is None:
                return None
            if count >= low:
                any_count |= repeated
            repeated = _cross(repeated, each)
        return any_count
    return None


def _alternatives(op, av) -> list[list] | None:
    """A plain group or alternation as its alternatives (lists of items); None for any other item."""
    if op is _parser.SUBPATTERN and not av[1] and not av[2]:
        inner = list(av[3].data)
        return _alternatives(*inner[0]) if len(inner) == 1 and inner[0][0] is _parser.BRANCH else [inner]
    if op is _parser.BRANCH:
        return [list(alternative.data) for alternative in av[1]]
    return None


def _better(first: set[str] | None, second: set[str] | None, commonness: _Commonness) -> set[str] | None:
    """The more useful of two sets that are both required: strings of two characters or more (a pair can
    be taken from each), then the less common (`_Commonness`)."""
    if first is None or second is None:
        return first if second is None else second
    return first if commonness.of(first) <= commonness.of(second) else second


class _Commonness:
    """How common a set of strings is in messages, guessed from the patterns being read: a character or a
    pair found in many of them ("你", "账户", "您的") is common in messages too."""

    def __init__(self, patterns: Sequence[Written]) -> None:
        self._counts: Counter[str] = Counter()
        for pattern in patterns:
            self._counts.update(pattern.pattern)
            self._counts.update(pattern.pattern[i : i + 2] for i in range(len(pattern.pattern) - 1))
        self._strings: dict[str, int] = {}

    def of(self, strings: set[str]) -> tuple[bool, int]:
        """(whether a string is one character only, how common the strings are together)"""
        return min(map(len, strings)) < 2, sum(map(self._string, strings))

    def _string(self, string: str) -> int:
        # A string is as common as its least common pair (one of a single character, as that character),
        # plus one: each string more is one more chance.
        if string not in self._strings:
            self._strings[string] = min(self._counts[string[i : i + 2]] for i in range(max(1, len(string) - 1))) + 1
        return self._strings[string]


def _required(items: list, before: set[str], steps: list[int], commonness: _Commonness) -> set[str] | None:
    """Strings one of which every match of `items` holds, counting the text just matched before them (one
    of `before`, "" for nothing known); None if no such strings were found.

    Runs of items that match few exact strings ("安全", "(?:是|为)") are joined; a run ends at an
    open-ended item (a gap, a class, \\d). An alternation is read once per alternative, each followed
    by the rest of the sequence, so "秒(?:~{0,2}放款|批)" requires one of 放款 or 秒批.
    """
    steps[0] += 1
    if steps[0] > _MAX_STEPS:
        raise _TooComplex
    best: set[str] | None = None
    run = before  # the exact text matched since the last open-ended item: one of these strings
    for index, (op, av) in enumerate(items):
        exact = _exact_item(op, av)
        if exact is not None:
            joined = _cross(run, exact)
            if joined is None:  # too many strings: keep what the run requires so far, start again
                best = _better(best, run if "" not in run else None, commonness)
                joined = exact
            run = joined
            continue
        alternatives = _alternatives(op, av)
        if alternatives is not None:
            rest = items[index + 1 :]
            found: set[str] | None = set()
            for alternative in alternatives:
                strings = _required(alternative + rest, run, steps, commonness)
                if strings is None or found is None:
                    found = None
                    break
                found |= strings
            return _better(best, found, commonness)
        best = _better(best, run if "" not in run else None, commonness)
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            # Every match of the repeat holds one match of what it repeats at least.
            best = _better(best, _required(list(av[2].data), {""}, steps, commonness), commonness)
        run = {""}
    return _better(best, run if "" not in run else None, commonness)


class Written(Protocol):
    """A pattern as written: a compiled one, or its source and flags not compiled yet (`Source`)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


class Source(NamedTuple):
    """A pattern's source and flags, read by `PairFilter` before (or without) compiling it."""

    pattern: str
    flags: int = 0


def _items(pattern: Written) -> list | None:
    """The pattern parsed by `re`'s own parser, as a list of items; None for a case-blind pattern."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    # (The flags as parsed: a source not compiled yet may set its own, "(?i)…".)
    return None if (pattern.flags | parsed.state.flags) & re.IGNORECASE else list(parsed.data)


def required_strings(pattern: Written, commonness: _Commonness | None = None) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds; None when none can be told. Where there is a
    choice, the least common strings are taken (by `commonness`, or by their number)."""
    items = _items(pattern)
    return None if items is None else _required_strings(items, commonness or _Commonness([]))


def _required_strings(items: list, commonness: _Commonness) -> frozenset[str] | None:
    try:
        found = _required(items, {""}, [0], commonness)
    except _TooComplex:
        return None
    return frozenset(found) if found else None


def _clauses(items: list, steps: list[int], before: set[str] | None = None) -> list[set[str]]:
    """Sets of strings such that every match of `items` holds one string of each set (a conjunction of
    choices; `_required` picks one such set, the least common, this keeps every one it can tell), counting
    the text just matched before them (one of `before`).

    Each run of items that match few exact strings is one set; a plain group, and a repeat of at least
    once, give the sets of what they hold, read after the run before them; an alternation gives one set,
    the union of one set of each of its alternatives (`_one_of`), when every alternative has one.
    Look-arounds, classes and gaps give none, as does a group with flags of its own ("(?i:…)").
    """
    steps[0] += 1
    if steps[0] > _MAX_STEPS:
        raise _TooComplex
    found: list[set[str]] = []
    run: set[str] = before or {""}  # (kept by the caller as it stands: only what it is joined to is added here)
    for op, av in items:
        exact = _exact_item(op, av)
        if exact is not None:
            joined = _cross(run, exact)
            if joined is not None:
                run = joined
                continue
            if "" not in run and run is not before:
                found.append(run)
            run = exact
            continue
        if "" not in run and run is not before:
            found.append(run)
        if op is _parser.SUBPATTERN and not av[1] and not av[2]:
            found += _clauses(list(av[3].data), steps, run)
        elif op is _parser.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                own = _clauses(list(alternative.data), steps, run)
                if not own:
                    break
                union |= min(own, key=_one_of)
            else:
                if len(union) <= _MAX_STRINGS:
                    found.append(union)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and av[0] >= 1:
            found += _clauses(list(av[2].data), steps, run)
        run = {""}
    if "" not in run and run is not before:
        found.append(run)
    return found


def _one_of(strings: AbstractSet[str]) -> tuple[bool, int]:
    """Which of an alternative's sets goes into the alternation's: one the pairs can tell (no string of one character), then the
    smallest."""
    return min(map(len, strings)) < 2, len(strings)


def required_clauses(pattern: Written) -> list[frozenset[str]]:
    """Sets of strings such that every match of `pattern` holds one string of each set (see `_clauses`);
    [] when none can be told."""
    items = _items(pattern)
    return [] if items is None else _required_clauses(items)


def _required_clauses(items: list) -> list[frozenset[str]]:
    try:
        found = _clauses(items, [0])
    except _TooComplex:
        return []
    return list(dict.fromkeys(frozenset(strings) for strings in found if strings))


def pairs_in(text: str) -> set[int]:
    """Every pair of adjacent characters in `text`, each as one number: the two characters' UTF-32 code
    units read as one 64-bit integer. Built in C from the encoded text (the pairs at even and at odd
    positions), three times as fast as a set of two-character strings."""
    data = memoryview(text.encode("utf-32-le", "surrogatepass"))
    pairs = set(data[: len(data) // 8 * 8].cast("Q"))
    pairs.update(data[4 : 4 + (len(data) - 4) // 8 * 8].cast("Q"))
    return pairs


class PairFilter:
    """For a list of patterns, the ones that can match a given text (see the module docstring)."""

    def __init__(self, patterns: Sequence[Written]) -> None:
        commonness = _Commonness(patterns)
        parsed = [_items(pattern) for pattern in patterns]
        required = [None if items is None else _required_strings(items, commonness) for items in parsed]
        # One pair per required string, the one that the fewest required strings share: a pair in many of
        # the rules' words ("账户", "您的") is common in messages too, and would let more patterns through.
        shared: Counter[str] = Counter()
        for strings in required:
            for string in strings or ():
                shared.update({string[i : i + 2] for i in range(len(string) - 1)})
        self._always: list[int] = []  # patterns with no required strings: searched in every text
        by_pair: dict[int, set[int]] = {}
        # A required string of one character ("刷" of "刷~{0,2}单") is looked for itself: few patterns have one.
        by_character: dict[str, set[int]] = {}
        for index, strings in enumerate(required):
            if strings is None:
                self._always.append(index)
                continue
            for string in strings:
                if len(string) == 1:
                    by_character.setdefault(string, set()).add(index)
                    continue
                pair = min((string[i : i + 2] for i in range(len(string) - 1)), key=shared.__getitem__)
                by_pair.setdefault(pairs_in(pair).pop(), set()).add(index)
        self._by_pair = {pair: frozenset(indexes) for pair, indexes in by_pair.items()}
        self._known = frozenset(self._by_pair)
        self._by_character = {character: frozenset(indexes) for character, indexes in by_character.items()}
        # Then each pattern's other required sets (`required_clauses`), as one pair per string, each of which must
        # meet the text's pairs: "逾期~{0,12}(你爸|你妈|…)" is let through by 逾期 and searched only beside 你爸, 你妈 ….
        # (Sets with a string of one character are left out: the pairs cannot tell them.)
        self._also: list[tuple[frozenset[int], ...]] = [
            tuple(
                frozenset(pairs_in(min((s[i : i + 2] for i in range(len(s) - 1)), key=shared.__getitem__)).pop() for s in strings)
                for strings in ([] if items is None else _required_clauses(items))
                if strings != required[index] and min(map(len, strings)) >= 2
            )
            for index, items in enumerate(parsed)
        ]

    def possible(self, text: str, pairs: set[int]) -> list[int]:
        """The indexes of the patterns that can match `text`, whose pairs are `pairs` (`pairs_in`), in order."""
        indexes = set(self._always).union(*map(self._by_pair.__getitem__, self._known.intersection(pairs)))
        for character, found in self._by_character.items():
            if character in text:
                indexes |= found
        also, isdisjoint = self._also, pairs.isdisjoint
        return [index for index in sorted(indexes) if not any(map(isdisjoint, also[index]))]
