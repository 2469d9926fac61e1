"""Worded like the scams: a statistical second opinion beside the rules.

The rules look for a request made through a channel the named institution does not own, and for the
families the police warn about. Where they find something but not enough (a claim with its channel cut
off where the message was quoted, a fee with no account given), they rate the message medium: on the
tuning batches two in three of the scams not rated high stood there, beside genuine notices. This module
reads the words themselves. Every message of the tuning corpora (`tests/data`, the evaluation set never) is cut
into pairs and triples of characters; a pair or triple seen in at least `MIN_MESSAGES` messages gets a
weight, the log of how much more often it stands in scams than in genuine messages (naive Bayes with
add-one smoothing, over presence, not counts). A message's score is the sum of the weights of the grams it
has, divided by the square root of their number plus one, which keeps a short message's few grams from
deciding alone (a long message whose grams lean one way still scores higher; its sentences are also scored
one by one, see `score`).

What the score may do is small on purpose: it raises a message the rules rate medium, for something
other than its sender alone, to high when the score is above `RAISE_ABOVE`. It never touches a message
the rules rate low: tried on a blind batch of 698 everyday messages between people (batch 20), reading
low messages too flagged a third of them, while on the real batches it caught about as many scams as it
raised genuine notices. The threshold was set by leaving one tuning batch out at a time, training on the
others and rating the one left out (`python -m triage.analysis.wording_train --measure`); see the README.

Digits become "0" and Latin letters "a" before the grams are cut (amounts, dates and link names vary from
copy to copy; that there is one does not), and punctuation ends a gram. Text the analyser reads as a
warning or a quotation of a scam (see `analyzer.warning_clauses`) is left out, as the rules leave it out,
and so are a person's own words around what they pasted ("朋友转给我的，", "收到这个怎么办？"; see
`analyzer.persons_own_words`), which the modelled batches' questions had made sound like scams.

The model is data: `triage/data/wording_model.json`, written by `python -m triage.analysis.wording_train`
from the corpora listed in its header. tests/test_wording.py checks that the file is what the corpora give.
"""

from __future__ import annotations

import json
import math
import operator
import re
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "wording_model.json"
GRAM_SIZES = (2, 3)
MIN_MESSAGES = 3
# A medium message whose score is above this is raised to high.
RAISE_ABOVE = 3.0
# A sentence scored on its own needs this many known grams (about six characters' worth).
MIN_SEGMENT_GRAMS = 16
SEGMENT_SEPARATORS = re.compile("[。!?\n]")
_SEGMENT = re.compile("[^。!?\n]+")
# Only the start of a long paste is read: the longest message trained on has about 530 characters (99 in
# 100 have fewer than 200), so what the model knows says little about a 5,000-character chat log, and
# reading one costs more than all the rules (bench/bench_analysis.py).
MAX_CHARACTERS = 1000
# The grams quoted as evidence and highlighted: the heaviest few, which read as words ("积分兑换", "点击").
MAX_EVIDENCE_GRAMS = 4

# Length-preserving, so that a gram's position is its position in the text read by the rules.
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[a-z]")
_NOT_A_WORD = re.compile(r"[\W_]")
# Stand-ins for a name in quoted texts ("某某", "某先生"): the news quotes scams with them, so they would
# read as scam words.
_STAND_IN = re.compile("某+")


def shape(text: str, hidden: list[tuple[int, int]] | tuple[()] = ()) -> str:
    """`text` (the analyser's lower-case compact copy) as the model reads it: digits "0", Latin letters "a",
    punctuation and the `hidden` spans blank."""
    # (C-speed substitutions: str.translate with a table is slower on non-ASCII text.)
    shaped = _STAND_IN.sub(_blank, _NOT_A_WORD.sub(" ", _LETTER.sub("a", _DIGIT.sub("0", text[:MAX_CHARACTERS]))))
    for start, end in hidden:
        end = min(end, len(shaped))
        if start < end:
            shaped = shaped[:start] + " " * (end - start) + shaped[end:]
    return shaped


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _all_grams(shaped: str) -> set[str]:
    # Built by `map` over shifted copies, in C: a loop of slices cost more than the rules (bench/bench_analysis.py).
    pairs = list(map(operator.add, shaped, shaped[1:]))
    found = set(pairs)
    found.update(map(operator.add, pairs, shaped[2:]))
    return found


def grams(shaped: str) -> set[str]:
    """The pairs and triples of characters in `shaped` with no blank inside."""
    return {gram for gram in _all_grams(shaped) if " " not in gram}


def load(path: Path = MODEL_FILE) -> dict[str, float]:
    """The weights of a model file; none if there is no file yet (before the first training)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return dict(json.load(fh)["weights"])


# Loaded once at import, like the rules: static data, not a per-message memo.
WEIGHTS = load()
KNOWN = frozenset(WEIGHTS)


def _known(shaped: str) -> set[str]:
    # Grams with a blank inside were never trained on: the intersection drops them with the unknown ones.
    return _all_grams(shaped) & KNOWN


def _mean(known: set[str]) -> float:
    return math.fsum(map(WEIGHTS.__getitem__, known)) / math.sqrt(len(known) + 1) if known else 0.0


def score(shaped: str, text: str = "") -> float:
    """The message's score: its known grams' weights summed, over the square root of their number plus one.

    With `text` (what `shaped` was made from), each sentence is scored too and the highest counts: a
    person's own words in a sentence of their own ("……⏎收到这个怎么办？") do not water the message down.
    (Not each quotation: a warning's quoted scam, "看到“您的积分即将清零”这种短信直接删掉", would win over the
    warning around it. No gram crosses a sentence end, a blank in `shaped`, so the whole's grams are the
    sentences' together.)"""
    if not text or SEGMENT_SEPARATORS.search(text) is None:
        return _mean(_known(shaped))
    whole: set[str] = set()
    best = -math.inf
    for match in _SEGMENT.finditer(text):
        known = _known(shaped[match.start() : match.end()])
        whole |= known
        if len(known) >= MIN_SEGMENT_GRAMS:
            best = max(best, _mean(known))
    return max(best, _mean(whole))


def heaviest(shaped: str) -> list[str]:
    """The message's heaviest scam-side grams, at most MAX_EVIDENCE_GRAMS, heaviest first (ties by gram)."""
    known = [gram for gram in grams(shaped) if WEIGHTS.get(gram, 0.0) > 0]
    return sorted(known, key=lambda gram: (-WEIGHTS[gram], gram))[:MAX_EVIDENCE_GRAMS]


def spans_of(shaped: str, chosen: list[str]) -> list[tuple[int, int]]:
    """Where the chosen grams first stand in `shaped`, overlapping ones merged, in text order."""
    found = sorted((start, start + len(gram)) for gram in chosen if (start := shaped.find(gram)) >= 0)
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
