"""What the scrubber learnt from the seventeenth writer's corpus (tests/data/SCRUB_TUNE16.md): each case that
must go failed before the change it names; each case that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Addresses abroad, where relatives live and collectors now call.
        ("住12 Station Street, Box Hill VIC 3128，手机", "Station Street"),
        ("英国地址Flat 7, 18 Wilmslow Road, Manchester M14 5TQ，手机", "Wilmslow Road"),
        ("我住52 8th Ave, Brooklyn, NY 11220。他们", "8th Ave"),
        ("地址No. 23, Lorong Merbah 3, Taman Bukit Indah, 81200 Johor Bahru, Johor，电话", "Lorong Merbah"),
        ("收件地址：美国加州圣盖博Del Mar Blvd 228号", "Del Mar Blvd"),
        ("住在大阪府大阪市生野区鶴橋2-4-11，电话", "2-4-11"),
        ("我住美国纽约法拉盛缅街41-20号3楼。", "41-20"),
    ],
)
def test_an_address_abroad_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "北京国安主场3-2赢了",
        "朝阳区法院3-2号法庭",
        "比分是3-2，很精彩",
        "I waited 2 hours on Main Street yesterday",
        "户名Bank Of China",
        "收款人Apple Store",
        "我表姐在Kuala Lumpur工作",
    ],
)
def test_scores_rooms_and_firms_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("让我加邹平检察官的微信", "邹平"),
        ("网约车司机戚勇，车牌", "戚勇"),
        ("亓想排行老三，我们都叫他老三", "亓想"),
        ("找钟平安（就是我），店里电话", "钟平安"),
        ("我表姐Tan Siew Lan在马来西亚", "Siew"),
        ("户名Lim Boon Keat，Maybank 账号", "Boon"),
        ("Remitter: Grace Lim Pei Ling\nBeneficiary: 夏方舟\nBank: 光大银行", "夏方舟"),
    ],
)
def test_names_beside_new_cues_go(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "西门町在台北",
        "邱陵地带的村子也有人来催",
        "东方既白，电话又响了",
        "公孙树就是银杏树",
        "祝您身体康健，万事如意",
        "回族聚居区的法院也有双语法官",
        "新西兰的手机号码格式",
        "司机师傅说",
        "他排行老三",
    ],
)
def test_ordinary_phrases_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    "text",
    [
        # (The blind review of the tune-16 round: a street's words with nothing to show an address, a Malaysian street's
        # word in a sentence, dashed numbers after a district that are no block number, a stall, a payment form's field
        # that names no one, greetings, places and firms after a kin word, roles before a word.)
        "我有 2 Google Drive 账号",
        "Level 3 Food Court",
        "Top 10 Summer Drive Songs",
        "He won 3 Times In A Row",
        "Day 2 Jalan Jalan in Penang, we had fun",
        "去 Times Square 2号门等你",
        "Grand Court 2号厅开庭",
        "社区篮球赛3-2-1赢了",
        "本市气温12-18-20度",
        "美食街3-5号摊位",
        "Payer: Company Account",
        "Guarantor: Not Required",
        "Remitter: Same As Above",
        "Remitter: 工资代发",
        "我表姐Happy New Year",
        "表哥Good Morning",
        "舅舅Las Vegas",
        "户名Maybank Berhad",
        "户名Hong Leong Islamic",
        "骑手小哥很辛苦",
        "检察官查明事实",
        "快递员贺喜我们",
        "经检察官审查后",
        "他曾任检察官多年",
    ],
)
def test_the_reviews_ordinary_phrases_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("我家是 12 Abbey Road", "Abbey Road"),
        ("my address is 42 Wallaby Way, Sydney", "Wallaby Way"),
        ("寄到 221B Baker Street, London NW1 6XE", "6XE"),
        ("悉尼 George St 123号", "George St"),
        ("户名TEH KAH WAI，账号", "KAH"),
        ("Account Name: TEH KAH WAI", "KAH"),
        ("姐夫Chong Kok Leong说", "Kok"),
        ("自称是王检察官", "王检察官"),
    ],
)
def test_the_reviews_personal_data_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # (The read-through of the ninth session's change: a Chinese city's district before a score or a forecast, a court
        # room, a film's year, a Malaysian street's word in a sentence, a song's title, nobody in a payment form.)
        "北京市朝阳区比分3-2-1",
        "杭州市西湖区今天气温12-18-20",
        "在Supreme Court 2号法庭开庭",
        "电影21 Jump Street 2012年上映",
        "Day 2 Jalan Jalan in Taman Negara, we saw 3 tigers",
        "No5 Main Street is a song title",
        "Guarantor: Not Required",
        "Payer: Company Account",
    ],
)
def test_the_read_throughs_ordinary_phrases_stay(text: str) -> None:
    assert scrub(text) == fold(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("姓名：张无忌", "张无忌"),
        ("Name: 王无尘", "王无尘"),
        ("Name: SEE KAH HOE", "KAH"),
        ("曾检察官说下周约谈", "曾检察官"),
        ("姓名Teh Kah Wai", "Kah"),
        ("联系人Teh Kah Wai", "Kah"),
        ("大阪市北区梅田3-1-3，电话找我", "3-1-3"),
        ("名古屋市中村区名駅1-1-4", "1-1-4"),
    ],
)
def test_the_read_throughs_personal_data_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)
