"""What the scrubber learnt from the thirteenth writer's corpus (tests/data/SCRUB_TUNE12.md): each case that
must go failed before the change it names; each case that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("柯建军先垫上了这期的钱", "柯建军"),
        ("俞建华却一口咬定没借过", "俞建华"),
        ("没想到童建军去派出所报了案", "童建军"),
        ("我劝过宁丹别借网贷", "宁丹"),
    ],
)
def test_a_name_before_an_adverb_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "首先去银行打流水",
        "高速先封了一段",
        "周末刚过就来催了",
        "我自己先还一部分",
        "问题却一直没解决",
        "白天才有空",
    ],
)
def test_an_adverb_after_an_ordinary_word_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("我真不敢再麻烦俞新民", "俞新民"),
        ("他们去堵柯建军", "柯建军"),
        ("小区门口碰到童新民", "童新民"),
        ("我送宁建国去医院", "宁建国"),
        ("在超市门口碰见柯建华了", "柯建华"),
    ],
)
def test_a_name_after_a_verb_of_asking_or_meeting_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    ["麻烦您尽快处理", "碰到周末就不上班", "我劝过他别借", "拜托你们别打了", "送到门口就行", "连累家人不是我想的"],
)
def test_a_verb_of_asking_or_meeting_before_an_ordinary_word_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("借条上写的是杨\n建平，不是我", "杨建平"),
        ("昨天我陪着何\n秀英去了法院", "何秀英"),
        ("名单里有邓\n建华", "邓建华"),
    ],
)
def test_a_name_broken_across_a_line_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text).replace("\n", "")


@pytest.mark.parametrize("text", ["他们都在吴\n明天再说", "我在江\n南边上班", "今天先到这\n明天继续", "我姓王\n家里穷"])
def test_a_line_break_after_a_surname_character_before_no_given_name_stays(text: str) -> None:
    assert scrub(text) == text
