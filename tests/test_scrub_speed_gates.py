"""The scrubber's shortcuts for long hostile texts (bench/bench_scrub.py measures the time) keep every result: a
lane's name still ends an address (胡同), a place that begins with 同 is still taken whole ("同心县"), and a country's
people ("韩国人") are read as a word, never as a surname and a given name, while the names beside them still go."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


class TestShortcutsKeepResults:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我家在同心县韦州镇韦一村第三生产队", "同心县"),
            ("他住在北京东城区帽儿胡同12号", "帽儿胡同"),
            ("住在东四十条胡同", "东四十条胡同"),
            ("韩国人金敏是我同事", "金敏"),
            ("越南人阮文雄、韩国人朴志勋都被打了电话", "阮文雄"),
        ],
    )
    def test_the_personal_part_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["韩国人也收到过这种短信", "日本人和美国人都不认识", "同事同学同乡都收到了", "老地方胡同口见"],
    )
    def test_ordinary_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    def test_a_long_list_of_foreigners_still_hides_every_name(self) -> None:
        text = "韩国人金敏、" * 300
        assert "金敏" not in scrub(text)
