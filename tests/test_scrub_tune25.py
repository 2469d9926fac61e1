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


class TestTheScrubbersThirdReviewOfTheThirteenthSession:
    """What the third blind review of the scrubber (/tmp/review13s3) found in tune 25's change, mended: a forum floor's "handle" took
    labels and clauses and the value after them then stayed ("5楼 借款人：李强", "3楼 我也被催了，他们说："), a time ("12楼 14:30");
    an @-mention took roads, lending apps and 老大; 新区 let a name before it through ("借款人陈伟新区的房子"); product codes were
    read as OCR'd mobiles ("款号l39-2023-0815")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("5楼 借款人：李强", "李强"),
            ("借款人陈伟新区的房子被查封了", "陈伟"),
            ("//@隗静:转发 我和隗静一起被骚扰", "隗静"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "3楼 我也被催了，他们说：不还就上门",
            "12楼 会议室：下午两点有协商会",
            "@向钱贷 你们的催收太过分了",
            "@凤起路 见",
            "@老大 你好",
            "款号l39-2023-0815",
            "工单 I58 2023 1201",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)
