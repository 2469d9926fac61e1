"""What the scrubber learnt from the nineteenth writer's corpus (tests/data/SCRUB_TUNE18.md): each case that must go
failed before the change it names; each case that must stay is an ordinary phrase beside it. A bare surname with a
title (周师傅, 孙总, 陈会计) and the characters of songs and films (《刘三姐》) stay hidden by design, in either script."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheNineteenthWritersCorpus:
    """Tune 18's names, numbers and ordinary phrases, and its blind review's."""

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
            "厂长说下个月发",
            "黔东南州的天气",
            # The review of the round: a list of amounts or room numbers split by 、 is no telephone number; openings and surnames
            # that begin ordinary words; traditional script like simplified.
            "三期分别还了150、1200、1500。",
            "我查了三个房间号：138、1201、1502。",
            "如果基本的生活都保证不了",
            "好久美国那边没消息了",
            "广东知名律师说的",
            "我朋友刀子嘴豆腐心",
            "我同学纳凉去了",
            "寨子的路修好了",
            "钱总算还清了",
            # (Not 钱总是: "李总是我们公司老板" names someone, so 总是 after a surname stays a title, by choice.)
            # Verbs first, not the long tail's surnames: 改, 过.
            "把紧急联系人改掉",
            "你是否收到过律师函？",
            "过敏史：无",
            # In traditional script as in simplified: 係 does not stand in a given name, and a law firm is no title.
            "我跟我姐夫關係不好",
            "上海瀚川律師事務所",
        ],
    )
    def test_ordinary_phrases_stay(self, text: str) -> None:
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
            # More trades and ties as cues: a co-op's head, a loan officer, a factory head, a father-in-law, an imam.
            ("现在农商行信贷员和晓东天天打我电话", "和晓东"),
            ("我们厂长葛文说下个月一起发", "葛文"),
            ("催收打给了我老丈人万学文", "万学文"),
            ("清真寺的阿訇妥建华出面调解过一次", "妥建华"),
            # A split number with a separator after it; a name in traditional script with 萬 in it.
            ("号码：138、1234、5678、别删", "5678"),
            ("我表哥張萬福替我擔保。", "張萬福"),
            # A plate written with a province's other short name.
            ("车牌黔B JB6M4，ETC也被停了", "JB6M4"),
        ],
    )
    def test_names_and_numbers_go(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        ("simplified", "traditional"),
        [
            ("车队老板孙总", "車隊老闆孫總"),
            ("陈师傅说明天来", "陳師傅說明天來"),
            ("陈老师叫我明天去学校", "陳老師叫我明天去學校"),
        ],
    )
    def test_a_surname_before_a_title_is_hidden_in_either_script(self, simplified: str, traditional: str) -> None:
        # (老师 too: "陳老師" in traditional script was kept while "陈老师" was hidden.)
        assert "孙" not in scrub(simplified) and "陈" not in scrub(simplified)
        assert "孫" not in scrub(traditional) and "陳" not in scrub(traditional)


class TestTheReviewOfTheReadThroughsFixes:
    """What the read-through's scrubber fixes had broken (/tmp/review30), mended."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我的号是138、1234、5678", "5678"),
            ("加我138杠1234杠5678", "5678"),
            ("有事找我：139、8888、6666", "6666"),
            ("借款人王強還沒還錢", "王強"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["每月还180、2000、3000不等", "参加人数分别为145、1200、1300人。", "第135、1000、2000名都有奖。", "志愿者老师们辛苦了"],
    )
    def test_a_list_of_counts_and_a_word_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)

    def test_what_follows_a_traditional_name_stays(self) -> None:
        assert scrub("借款人王強還沒還錢").endswith("還沒還錢")
