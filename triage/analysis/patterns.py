"""Near-duplicate messages: the same scam template with other names, amounts, numbers and links.

Pure Python, no Django: the confirmed patterns come in as data (`KnownPattern`), built by the caller from
the database, so the analyser's room never reads a table. The review's grouping of
shared cases into families (triage/review/families.py) uses the same `shingles` and `similarity`, so
"same template" means one thing for grouping and for warning.

A message is reduced to its template before comparison: the scrubber's placeholders (〔姓名〕,
〔金额:1千-5千元〕 …), links, numbers and Latin words each become one marker letter, punctuation and
spaces go. What is left is compared as sets of character trigrams (Jaccard similarity): a new message
matches a confirmed pattern's example at MATCH_THRESHOLD; families are grouped in two passes (`group`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .normalize import fold, to_simplified

# Trigrams: on Chinese text bigrams make unrelated collection messages look alike (逾期, 还款, 联系 …),
# 4-grams let one changed character break four shingles. Trigrams were best on the synthetic families.
SHINGLE_SIZE = 3
# The Jaccard similarity from which two messages are one template (see the module docstring).
MATCH_THRESHOLD = 0.5
# Leaders of two first-pass families are variants of one template from this similarity: on the synthetic
# families with prefixes, closing lines and dropped clauses (bench/bench_families.py) 0.3 took recall
# from 62 % to 98 % with no message in a wrong family; 0.5 alone splits variants, single linkage of
# all pairs (MinHash LSH + union-find) chains templates together.
MERGE_THRESHOLD = 0.3
# Templates shorter than this many characters are too generic to call anything a pattern ("请尽快还款").
MIN_TEMPLATE_LENGTH = 12

_PLACEHOLDER = re.compile(r"〔[^〕]{1,20}〕")
_LINK = re.compile(r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|top|xyz|vip|cc|org|me|io|co)\b\S*", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[a-z]+")
# Everything that is not a letter, digit or one of the markers: punctuation, symbols, spaces.
_NOISE = re.compile(r"[\W_]+")


def template(text: str) -> str:
    """The message with what varies between copies of one template replaced by marker characters."""
    text = to_simplified(fold(text)).lower()
    text = _LINK.sub("L", text)
    text = _PLACEHOLDER.sub("P", text)
    text = _NUMBER.sub("0", text)
    text = _LATIN.sub("a", text)
    return _NOISE.sub("", text)


def shingles(text: str) -> frozenset[str]:
    """The set of character trigrams of the message's template; empty for a too short template."""
    shape = template(text)
    if len(shape) < MIN_TEMPLATE_LENGTH:
        return frozenset()
    return frozenset(shape[i : i + SHINGLE_SIZE] for i in range(len(shape) - SHINGLE_SIZE + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


@dataclass(frozen=True)
class KnownPattern:
    """A pattern a reviewer confirmed, as data: its texts in both languages, an example and its count."""

    code: str
    title_zh: str
    title_en: str
    advice_zh: str
    advice_en: str
    example: str
    reports: int
    signature: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        if not self.signature:
            object.__setattr__(self, "signature", shingles(self.example))

    def title(self, lang: str) -> str:
        return self.title_en if lang.startswith("en") and self.title_en else self.title_zh

    def advice(self, lang: str) -> str:
        return self.advice_en if lang.startswith("en") and self.advice_en else self.advice_zh


@dataclass(frozen=True)
class PatternMatch:
    pattern: KnownPattern
    score: float


def match_pattern(text: str, patterns: Iterable[KnownPattern], threshold: float = MATCH_THRESHOLD) -> PatternMatch | None:
    """The confirmed pattern this message is most like, if any is at least `threshold` alike."""
    own = shingles(text)
    if not own:
        return None
    best: PatternMatch | None = None
    for pattern in patterns:
        score = similarity(own, pattern.signature)
        if score >= threshold and (best is None or score > best.score):
            best = PatternMatch(pattern, score)
    return best


def _leader_pass(signatures: Sequence[frozenset[str]], threshold: float) -> list[list[int]]:
    """Leader clustering: each set joins the most similar leader at or above `threshold`, or leads a
    new family. Shared trigrams are counted through an index from trigram to leaders, so a set is
    compared only with leaders it has something in common with, and the count is the size of the
    intersection itself (exact Jaccard, no sketch). Empty sets are left out."""
    leaders: list[frozenset[str]] = []
    members: list[list[int]] = []
    index: dict[str, list[int]] = {}
    for position, own in enumerate(signatures):
        if not own:
            continue
        common: dict[int, int] = {}
        for shingle in own:
            for leader in index.get(shingle, ()):
                common[leader] = common.get(leader, 0) + 1
        best, best_score = -1, threshold
        size = len(own)
        for leader, shared in common.items():
            score = shared / (size + len(leaders[leader]) - shared)
            if score >= best_score:
                best, best_score = leader, score
        if best < 0:
            best = len(leaders)
            leaders.append(own)
            members.append([])
            for shingle in own:
                index.setdefault(shingle, []).append(best)
        members[best].append(position)
    return members


def group(texts: Sequence[str], threshold: float = MATCH_THRESHOLD, merge_threshold: float = MERGE_THRESHOLD) -> list[list[int]]:
    """Families of near-duplicates among `texts`, as lists of indexes, largest first.

    Two passes: messages join leaders at `threshold`; then the families' leaders, largest family first,
    are clustered the same way at `merge_threshold`, which joins the variants of one template (a
    prefix added, a clause cut) that the first pass split, without chaining message to message.
    Messages with a too short template are left out.
    """
    signatures = [shingles(text) for text in texts]
    families = sorted(_leader_pass(signatures, threshold), key=len, reverse=True)
    merged = _leader_pass([signatures[family[0]] for family in families], merge_threshold)
    return sorted(([i for f in found for i in families[f]] for found in merged), key=len, reverse=True)
