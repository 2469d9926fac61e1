"""What the scrubber learnt from the fifteenth writer's corpus (tests/data/SCRUB_TUNE14.md): each case that
must go failed before the change it names; each case that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


@pytest.mark.parametrize(
    "text",
    [
        # Who posts on a forum or runs a group, at a line's opening.
        "楼主：房东说再拖就搬走",
        "群主：今晚八点开会",
        # Parents together after a verb of telling; a live stream's call-in; a letter's closing wish.
        "告诉爸妈别信",
        "下一位连麦的朋友请说",
        "顺颂商祺。",
        # A county-level city of Inner Mongolia; appearing in court; a dandelion opening a clause.
        "锡林浩特市人民法院诉前调解中心",
        "原告的委托代理人到庭。",
        "蒲公英开满了，债还没还完",
        # A form's cell that points elsewhere; a superlative and a deed after a party's colon in minutes.
        "配偶姓名：见附表",
        "当事人：最多能还五百。",
        "当事人：上过一次门。",
        # (The blind review's: a poster greeted, a forum's "this brother", 曾 the adverb.)
        "楼主，你好，我也是",
        "这位仁兄：你说得对",
        "诸位贤弟：\n见字如面。",
        "其母曾多次代为还款",
    ],
)
def test_ordinary_words_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Kin in a record's words, the old of a family, a radio call-in's host.
        ("经调解，双方同意分期归还，由其兄柯阳担保。", "柯阳"),
        ("我家老爷子喻建被人骗去借了网贷", "喻建"),
        ("他家老人尚兵瘫在床上，儿子在外地打工", "尚兵"),
        ("主持人阚平：老人家多大年纪了？", "阚平"),
        # An IOU's lender, a letter's friend, someone who used another's identity.
        ("借據\n今借到顏政宏澳門幣2600元正", "顏政宏"),
        ("晓光吾兄：\n见字如面。", "晓光"),
        ("但该账户系桑海假冒本人办理。", "桑海"),
        ("但该账户系桑海冒用本人身份办理。", "桑海"),
    ],
)
def test_names_beside_new_cues_go(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # A surname alone on its line, its given name on the next.
        ("便签：\n冼\n斌\n13243341166", "冼\n斌"),
        ("序号　姓名　　关系\n３　　逯\n飞　　朋友", "逯\n飞"),
        ("便签：\n上官\n燕\n15378290346", "上官\n燕"),
    ],
)
def test_a_name_wrapped_after_its_surname_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "今天是个好日子\n高\n中毕业那年",
        "上\n午好",
        "考试成绩：\n高\n分通过",
        # (The blind review's: words, and runs of one-character lines.)
        "谢\n谢",
        "江\n湖",
        "周\n一",
        "催收：\n钱\n呢？",
        "床\n前\n明\n月\n光",
        "高\n中\n低",
        "赵\n钱\n孙\n李",
    ],
)
def test_a_lone_character_that_is_no_surname_line_stays(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("嘎查地址：内蒙古锡林郭勒盟正蓝旗那日图苏木道老都嘎查", "那日图苏木"),
        ("住内蒙古通辽市科尔沁左翼中旗巴音苏木额尔敦嘎查", "额尔敦嘎查"),
    ],
)
def test_an_address_in_banners_and_sumu_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(("text", "gone"), [("俄狄石哈在西昌打工", "俄狄石哈"), ("我朋友俄狄阿呷也接到了电话", "俄狄阿呷")])
def test_a_yi_clan_name_opens_a_name(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(("text", "gone"), [("高建国家的情况我清楚", "高建国"), ("刘卫国家里没人接电话", "刘卫国")])
def test_a_name_before_its_family_goes(text: str, gone: str) -> None:
    # 国家 and 华家 are words, but a given name of two before 家的 / 家里 / 家人 is whose family it is.
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["我爱国家的每一寸土地", "他们说建国家的事"])
def test_the_word_before_its_family_stays(text: str) -> None:
    assert scrub(text) == fold(text)
