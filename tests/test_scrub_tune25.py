"""What the scrubber learnt from the twenty-sixth writer's corpus (tests/data/SCRUB_TUNE25.md): a mobile read by OCR with its first
1 as I or l, a name @-mentioned in a chat, handles in a repost chain or on a forum's floor; and words it must not take: a new
district's branch (郑东新区支行), 那达慕, a school spoken of in traditional script ("你想讓學校知道嗎"). Each case that must go failed
before; each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheTwentySixthWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("截图里的来电 I39 1234 5678 一天打了十几次", "I39 1234 5678"),
            ("@陳志明 你欠我的錢什麼時候要還？", "陳志明"),
            ("//@风吹麦浪88:这个网贷的催收打到我单位了", "风吹麦浪88"),
            ("3楼 小鱼儿2020：楼主坚持住", "小鱼儿2020"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "工商银行郑东新区支行",
            "转发：那达慕大会开幕了",
            "你想讓學校知道嗎",
            "@全体成员 明天开会",
            "楼主：大家好",
            "3楼：同意楼上",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)
