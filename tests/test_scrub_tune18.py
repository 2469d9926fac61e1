"""What the scrubber learnt from the nineteenth writer's corpus (tests/data/SCRUB_TUNE18.md): each case that must go
failed before the change it names; each case that must stay is an ordinary phrase beside it. A bare surname with a
title (周师傅, 孙总, 陈会计) and the characters of songs and films (《刘三姐》) stay hidden by design, in either script."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


@pytest.mark.parametrize(
    "text",
    [
        # Kin words are what someone is to the writer, never who; nor does a name begin with one ("干妈家").
        "催收打给了二伯，这算不算骚扰",
        "干妈家的电话也被打了",
        "短信发到了我阿兄，我真的没脸见人了",
        "今天又打给连襟，还说要上门",
        "阿姊不让我告诉别人",
        # Counties and towns that begin with a surname character, at home and in Malaysia.
        "去田阳打工",
        "景洪人民医院",
        "古晋那边",
        "汪清的天气",
        # A thing of minority life; a numbered list is no telephone number.
        "包尔萨克外卖到了",
        "一、二、三、四、五",
        # Verbs first, not the long tail's surnames: 改, 过.
        "把紧急联系人改掉",
        "你是否收到过律师函？",
        "过敏史：无",
        # In traditional script as in simplified: 係 does not stand in a given name, and a law firm is no title.
        "我跟我姐夫關係不好",
        "上海瀚川律師事務所",
    ],
)
def test_ordinary_phrases_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Mobiles split by enumeration commas or a spoken 杠, in digits or numerals.
        ("我老公的电话185、8195、3807", "3807"),
        ("电话一八七、七一八二、零一五九", "零一五九"),
        ("我爸电话136杠8947杠0614", "0614"),
        # Surnames of the Hui and of Koreans in China, Amdo Tibetan and Yi openings, beside a cue.
        ("我公公喇建军是阿訇", "喇建军"),
        ("我姑父玄京洙去了韩国", "玄京洙"),
        ("前年从那曲的老乡土登久美那里收了一批虫草", "土登久美"),
        # A foreman named by his trade; a village woman's "bring a brother" name.
        ("我们几个都被包工头潘龙用身份证办了贷款", "潘龙"),
        ("我儿子去年娶了胡招娣", "胡招娣"),
    ],
)
def test_names_and_numbers_go(text: str, value: str) -> None:
    assert value not in scrub(text)


@pytest.mark.parametrize(("simplified", "traditional"), [("车队老板孙总", "車隊老闆孫總"), ("陈师傅说明天来", "陳師傅說明天來")])
def test_a_surname_before_a_title_is_hidden_in_either_script(simplified: str, traditional: str) -> None:
    assert "孙" not in scrub(simplified) and "陈" not in scrub(simplified)
    assert "孫" not in scrub(traditional) and "陳" not in scrub(traditional)
