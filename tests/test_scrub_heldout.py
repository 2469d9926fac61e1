"""The scrubber against corpora written by someone else (issue: "No name, number or address survives").

tests/data/scrub_heldout.jsonl and tests/data/scrub_preserve.txt are held out: the scrubber is never
tuned on them, so these tests report counts only, never a text, an item or an id (bench/bench_scrub.py
prints the same figures, by kind). Skipped where the files are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from triage.anonymize import WITHHELD, scrub

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_scrub  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (bench_scrub.HELDOUT.exists() and bench_scrub.PRESERVE.exists()), reason="held-out corpora not present"
)


@pytest.fixture(scope="module")
def figures() -> dict:
    return bench_scrub.measure(scrub)


class TestHeldOutCorpus:
    # Not met yet (bench/bench_scrub.py prints where it stands): the target is kept here, not lowered.
    @pytest.mark.xfail(strict=False, reason="the issue's target of 0 leaked items is not met yet")
    def test_no_personal_item_survives(self, figures: dict) -> None:
        leaks = sum(figures["leaks"].values())
        by_kind = dict(sorted(figures["leaks"].items()))
        assert leaks == 0, f"{leaks} items leaked in {figures['records_leaking']} records, by kind {by_kind}"

    def test_at_most_half_a_percent_of_ordinary_phrases_loses_a_word(self, figures: dict) -> None:
        # Amounts and times turned into their bands are the scrubber's contract, not words destroyed.
        rate = figures["words_destroyed"] / max(1, figures["phrases"])
        damage = dict(figures["damage"].most_common())
        assert rate <= 0.005, f"{figures['words_destroyed']} of {figures['phrases']} phrases lost a word, by placeholder {damage}"

    def test_no_text_is_withheld_whole(self, figures: dict) -> None:
        # The scrubber withholds a whole text when it fails: no leak, so the figures above would not show it.
        assert bench_scrub.WITHHELD == WITHHELD
        assert (figures["records_withheld"], figures["phrases_withheld"]) == (0, 0)


@pytest.mark.parametrize(
    ("name", "items_kept", "words"),
    # Ceilings a little above where the scrubber stands on the writers' tuning corpora (bench/bench_scrub.py):
    # a change that keeps more names or damages more words there fails here.
    [
        ("tuning corpora 4", 56, 0.012),
        ("tuning corpora 5", 35, 0.018),
        ("tuning corpora 6", 27, 0.003),
        ("tuning corpora 7", 12, 0.007),
        ("tuning corpora 8", 79, 0.002),
        # First measured at e4d5c7d: 142 of 1,452 items kept, 34 of 2,304 phrases damaged (1.48 %); tuned on
        # at 2cf4cef: 45 items kept, 20 phrases damaged (0.87 %).
        ("tuning corpora 9", 50, 0.010),
        # First measured at fcfb8ce: 209 of 3,095 items kept, 22 of 2,755 phrases damaged (0.80 %); tuned on
        # at 827c450: 104 items kept (100 names, 3 WeChat ids, 1 e-mail), 10 phrases damaged (0.36 %); again at
        # e6bc8b5: 43 items kept (42 names, 1 WeChat id), no phrase damaged.
        ("tuning corpora 10", 48, 0.002),
    ],
)
def test_the_later_writers_tuning_corpora_do_not_slip(name: str, items_kept: int, words: float) -> None:
    corpus, preserve = next((c, p) for n, c, p in bench_scrub.TUNING if n == name)
    figures = bench_scrub.measure(scrub, corpus=corpus, preserve=preserve)
    assert sum(figures["leaks"].values()) <= items_kept
    assert (figures["records_withheld"], figures["phrases_withheld"]) == (0, 0)
    assert figures["words_destroyed"] / max(1, figures["phrases"]) <= words
