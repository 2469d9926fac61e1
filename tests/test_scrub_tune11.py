"""What the scrubber learnt from the twelfth writer's corpus (tests/data/SCRUB_TUNE11.md): each case failed
before the change it names."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


@pytest.mark.parametrize(
    "text",
    [
        "岳父岳母都在老家",
        "岳父岳母刚出院",
        "我舅舅舅妈都知道了",
        "我丈母娘天天打电话问",
        "他们找到了我丈母娘",
        "干妈的微信也被加了",
        "干妈的手机也被打了",
        "干爹说他来想办法",
        "妈妈节送了一束康乃馨",
        "担保人和代理律师是两个人",
    ],
)
def test_a_kin_word_after_a_kin_word_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [("岳父岳母王秀英也接到了电话", "王秀英"), ("同事朋友刘强都知道", "刘强"), ("我干妈刘芳住院了", "刘芳")],
)
def test_a_name_after_two_kin_words_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)
