"""What the scrubber learnt from the fourteenth writer's corpus (tests/data/SCRUB_TUNE13.md): each case that
must go failed before the change it names; each case that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("陳先生今天沒來電", "陳"),
        ("凌晨1點20分又打來了", "20分"),
    ],
)
def test_traditional_characters_are_read_as_simplified(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["连妈妈都被他们骂了", "連媽媽都被他們罵了", "连舅舅也接到了"])
def test_even_before_kin_is_no_surname(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("我住在苏州市吴中区光福工业园精工电子厂8号宿舍楼3楼6房", "8号宿舍楼"),
        ("厂里宿舍是东莞市塘厦镇科技产业园宏图五金厂2号宿舍楼5楼", "宏图五金厂"),
        ("信寄到城南师范学院东校区女生宿舍四舍212了", "212"),
        ("他们说去过嘉兴市南湖区云栖雅筑5-2-801", "5-2-801"),
    ],
)
def test_a_dormitory_in_a_park_or_a_college_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    ["工业园区管委会的电话", "师范学院保卫处", "他们退避三舍了", "我真的好怕被学校知道", "乡村振兴的补贴", "纺织厂家属院门口"],
)
def test_parks_colleges_and_idioms_stay(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("学号：ZS20931", "ZS20931"),
        ("值班的是卢海燕 QK40021、石凤兰 QK40022", "QK40021"),
        ("来的是韦建明（TX70455），说要见我", "TX70455"),
        ("工号是JR50312和TX-70455", "TX-70455"),
    ],
)
def test_a_staff_or_student_code_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["我用的是A股账户", "iPhone 15的屏幕", "第三季度报表"])
def test_codes_that_point_at_no_one_stay(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "被告孙某某未出庭",
        "证人欧阳某说没见过",
        "原告钱氏已撤诉",
        "二姨的手机也被打了",
        "连二舅都接到了电话",
        "签收人:门卫",
        "这是第五次来电了",
    ],
)
def test_withheld_names_kin_and_counting_stay(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("收件人：韩团结", "韩团结"),
        ("室友邓开心替我接了一个", "邓开心"),
        ("承办人严聪明没回电话", "严聪明"),
        ("我表姐贺团结也被打了", "贺团结"),
    ],
)
def test_a_word_given_as_a_name_after_a_cue_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["我老公高兴坏了", "我哥马上到", "紧急联系人和保证人不同", "我妈钱不够了"])
def test_a_word_after_kin_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [("收款人显示为谭X军，不是他", "谭X军"), ("被告冯*芳、石x伟", "石x伟")],
)
def test_a_name_masked_in_the_middle_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["王**这种写法", "型号X系列", "A*B测试"])
def test_a_surname_alone_masked_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("他们还打给了我小叔子温江 问我在哪", "温江"),
        ("打电话给我二婶余冬了", "余冬"),
        ("本案承办人金山", "金山"),
        ("宿舍在9栋402 室友石团结接的电话", "石团结"),
    ],
)
def test_a_name_after_an_in_law_or_a_case_officer_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["第三人:鑫源资产管理有限公司", "承办人:", "我小叔子在外地"])
def test_a_company_or_nobody_after_the_cue_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(("text", "gone"), [("收件人：龚可以\n电话：略", "龚可以"), ("寄件人：蒋可以，电话略", "蒋可以")])
def test_a_word_with_a_function_character_alone_in_a_field_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["我表哥王可以帮忙", "我妈要强了一辈子"])
def test_such_a_word_in_running_text_stays(text: str) -> None:
    assert scrub(text) == text


def test_a_name_before_a_staff_number_goes() -> None:
    assert "向丽" not in scrub("记下的是向丽工号BX20011")


@pytest.mark.parametrize("text", ["请提供工号", "员工工号查询", "客服工号是多少"])
def test_a_staff_number_asked_for_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"), [("来的是韩奋斗杭州总部的", "韩奋斗"), ("找到了村里的秦开心人民医院上班的地方", "秦开心")]
)
def test_a_name_glued_to_a_workplace_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["自称是南京分公司打来的", "县人民医院的医生", "他在第一人民医院上班", "华南区域深圳分公司"])
def test_a_workplace_alone_stays(text: str) -> None:
    assert scrub(text) == text
