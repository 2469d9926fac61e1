"""What the scrubber learnt from the twenty-third writer's corpus (tests/data/SCRUB_TUNE22.md): staff numbers after their label
in traditional characters or with a dot ("工號TJ8051", "員工編號NO.88443"), a firm's longer name after a city, landmarks that end
in 阁 or 祠, and words taken for names after a cue (签收, 阿拉娘). Each case that must go failed before; each that must stay is an
ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheTwentyThirdWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("對方自稱是鼎盛資管的法務專員，工號TJ8051，說要起訴", "TJ8051"),
            ("員工編號NO.88443，打咗十幾次去我公司", "88443"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "本调解书经各方当事人签收后，即具有法律效力",
            "阿拉娘也知道这件事了",
            "他们说要去文昌阁找我",
            "快递寄到了武侯祠",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)

    def test_a_firms_long_name_after_a_city_is_no_persons(self) -> None:
        assert "〔姓名〕" not in scrub("被申请人：东莞鸿达精密电子有限公司")


class TestTheThirdReviewOfTheTwelfthSession:
    """What the third blind review (/tmp/review12c) found in the scrubber, mended: traditional stop characters that given names
    hold (會, 來, 與, 銀, 經) ending names."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("何會玲欠款未還。", "會玲"),
            ("林與婷欠款未還。", "與婷"),
            ("李銀花欠款未還。", "銀花"),
            ("借款人吳來順已逾期。", "來順"),
            ("王經緯欠款未還。", "經緯"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    def test_a_measure_word_in_traditional_script_stops_a_name_as_in_simplified(self) -> None:
        assert scrub("那個何先生又打來了") == fold("那個何先生又打來了")
