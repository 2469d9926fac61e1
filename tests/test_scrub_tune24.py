"""What the scrubber learnt from the twenty-fifth writer's corpus (tests/data/SCRUB_TUNE24.md): initials with a pinyin surname
("J.J. Zhao", "Sun B.W."), Taiwan's and Hong Kong's plates after a car or its label ("的車4642-SR", "車牌GR 997"), a name glued to
a time of day ("11:15王永强"), and words taken for names (那笔欠款, 易拉宝, 常青树, 虞美人, Hong Kong's districts, a famous person's
memorial hall). Each case that must go failed before; each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheTwentyFifthWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("K.W. Zhang（外访组）说他今晚转账", "K.W. Zhang"),
            ("借款人 Liu X.Y. 的紧急联系人已通知", "Liu X.Y."),
            ("陳家明的車ABC-1234常停喺樓下", "ABC-1234"),
            ("佢架車（車牌KT 5821）成日泊喺停車場", "KT 5821"),
            ("已外呼：09:40王永强10:20未接通", "王永强"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "温馨提示：那笔欠款已经结清",
            "易拉宝上印着欠款公示",
            "常青树下面那家店",
            "元朗和何文田都有分店",
            "周末去詹天佑纪念馆",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)
