"""One definition of public and personal numbers (triage/analysis/numbers.py), used everywhere."""

from __future__ import annotations

import pytest

from triage.analysis import numbers
from triage.analysis.sender import classify_sender
from triage.anonymize import normalise_sender, scrub
from triage.evidence import sender_key
from triage.session import public_sender


class TestCanonical:
    @pytest.mark.parametrize(
        "typed", ["+86 138-1234-5678", "0086 13812345678", "8613812345678", "１３８１２３４５６７８", "(138) 1234 5678"]
    )
    def test_every_form_of_one_number_is_one_number(self, typed: str) -> None:
        assert numbers.canonical(typed) == "13812345678"

    def test_the_hash_the_session_and_the_evidence_log_use_the_same_form(self) -> None:
        for typed in ("+86 170-9999-0000", "0086 17099990000"):
            assert normalise_sender(typed) == sender_key(typed) == numbers.canonical(typed)


class TestPublicNumbers:
    @pytest.mark.parametrize("digits", ["95588", "95555", "96110", "12368", "12321", "10086", "4008308003", "106980095555"])
    def test_service_numbers_are_public(self, digits: str) -> None:
        assert numbers.is_public(digits)

    @pytest.mark.parametrize("digits", ["1069013812345678", "10613812345678", "106962220212345678", "13812345678", "01012345678"])
    def test_nothing_personal_hides_behind_a_106_prefix(self, digits: str) -> None:
        assert not numbers.is_public(digits)

    def test_a_gateway_splits_where_the_mobile_starts(self) -> None:
        assert numbers.gateway_split("1069013812345678") == ("10690", "13812345678")
        assert numbers.gateway_split("106980095555") == ("106980095555", "")

    @pytest.mark.parametrize("sender", ["1069013812345678", "106 13812345678", "106980095555"])
    def test_the_sender_kind_of_a_gateway_is_unchanged(self, sender: str) -> None:
        assert classify_sender(sender).kind == "gateway_106"

    @pytest.mark.parametrize("digits", ["110", "96110", "071796110", "12368", "01012321"])
    def test_the_public_lines_alone_or_after_an_area_code(self, digits: str) -> None:
        assert numbers.is_public_line(digits)

    @pytest.mark.parametrize("digits", ["13912340110", "13912396110", "4008308003", "95588", "0717110", "123680"])
    def test_a_mobile_that_ends_in_a_public_lines_digits_is_none(self, digits: str) -> None:
        assert not numbers.is_public_line(digits)


class TestEveryModuleAgrees:
    @pytest.mark.parametrize(
        ("text", "secret"),
        [
            ("紧急联系人电话 106 13812345678", "13812345678"),
            ("发件号 1069 0 138 1234 5678", "13812345678"),
            ("短信来自1069013812345678", "13812345678"),
        ],
    )
    def test_the_scrubber_keeps_the_gateway_but_not_the_mobile(self, text: str, secret: str) -> None:
        scrubbed = scrub(text)
        assert secret not in scrubbed.replace(" ", "") and "〔手机号〕" in scrubbed

    @pytest.mark.parametrize("sender", ["1069 0 13812345678", "106 13812345678", "10690000 13812345678"])
    def test_the_session_keeps_no_gateway_with_a_mobile(self, sender: str) -> None:
        assert public_sender(sender, "gateway_106") == ""

    def test_the_scrubber_and_the_session_keep_the_same_public_numbers(self) -> None:
        for number in ("95588", "106980095555", "4008308003", "12368"):
            assert scrub(f"请拨打{number}") == f"请拨打{number}"
            assert public_sender(number, classify_sender(number).kind) == number


class TestOtherFormats:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("卡号6222/0212/3456/7893", "卡号〔账号〕"),
            ("家住上海市浦东新区张杨路 1000 弄 12 号 301 室", "家住〔地址〕"),
            ("地址：北京市朝阳区建国路 88 号 2 单元 1203", "地址:〔地址〕"),
            ("微 信：abcd1234", "微 信:〔微信号〕"),
            ("Q号 345678", "Q号 〔QQ号〕"),
        ],
    )
    def test_it_replaces_spaced_and_slashed_forms(self, text: str, expected: str) -> None:
        assert scrub(text) == expected

    @pytest.mark.parametrize("text", ["分3/5期", "2026/3/5还款", "第1/2页", "住在3号 2024年"])
    def test_it_keeps_short_fractions_and_dates(self, text: str) -> None:
        assert scrub(text) == text
