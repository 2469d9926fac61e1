"""What the scrubber learnt from tune 62 (tests/data/SCRUB_TUNE62.md): text spoken into the phone. Numbers read out in numerals
after a QQ or WeChat label or a plate's province and letter, rooms and house numbers read out, a village's group, e-mail addresses
said aloud, and the 一 and 发 given names. Each case that must go was kept before; each that must stay is an ordinary phrase beside
it."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


class TestNumbersReadOutAfterALabel:
    @pytest.mark.parametrize(
        ("text", "value", "placeholder"),
        [
            ("楼下停了辆车车牌是京A幺二三四五一直没走", "幺二三四五", "〔车牌号〕"),
            ("就是车牌闽C 七七四八六呃 贷款账号", "七七四八六", "〔车牌号〕"),
            ("车牌号是滇K 三零六 九零你知道吧", "三零六 九零", "〔车牌号〕"),
            ("宋小涛的QQ号是四三八 七零零，还说要告诉我们村的人", "四三八 七零零", "〔QQ号〕"),
            ("尹强坤的QQ号是八四六四三五他们主管说", "八四六四三五", "〔QQ号〕"),
            ("中微信号是M A 零八二九零二老鼻子了", "零八二九零二", "〔微信号〕"),
            ("加他微信L I U 三五幺八零 就是这么个事", "三五幺八零", "〔微信号〕"),
        ],
    )
    def test_the_number_goes(self, text: str, value: str, placeholder: str) -> None:
        scrubbed = scrub(text)
        assert value not in scrubbed
        assert placeholder in scrubbed

    def test_the_word_after_the_number_stays(self) -> None:
        # (The 一 of 一直 is no digit of the plate, nor of an id written in digits.)
        assert scrub("车牌是京A幺二三四五一直没走").endswith("一直没走")
        assert scrub("微信号lvtong2000一直加我").endswith("一直加我")

    @pytest.mark.parametrize(
        "text",
        [
            "逾期九十天了还没还上",
            "可以分二十四期每期一千二",
            "打幺二三一五投诉了",
            "下个月十五号之前还",
            "川A那边的朋友说五六七八九月都行",
        ],
    )
    def test_counts_and_sums_read_out_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestAddressesReadOut:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我们是王庄村三组的俺娘也被打了电话", "王庄村三组"),
            ("俺家在黄泥塘村9组 后面那个男的说", "黄泥塘村9组"),
            ("我住陈家坝村四组 我想想啊", "陈家坝村四组"),
            ("俺住建设路两千零三号那个院子", "两千零三号"),
            ("楼下的邻居家在怡景湾八栋五单元二四零幺，对方说", "二四零幺"),
        ],
    )
    def test_the_address_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    def test_the_whole_village_address_goes_not_only_its_group(self) -> None:
        scrubbed = scrub("还有我们家的地址河南省周口市郸城县石桥镇陈家村五组。")
        assert "石桥镇" not in scrubbed and "陈家" not in scrubbed

    @pytest.mark.parametrize(
        "text",
        ["我们村一组人都去了", "农村一组数据显示", "西江千户苗寨很美", "这两层楼都是他的", "村委会三组组长开会"],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestEmailAddressesSaidAloud:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("他让我发到张三 at 一六三 点 com说是发材料", "一六三 点 com"),
            ("她的邮箱yuyu859 at 一六三 点 net 你记一下", "yuyu859"),
            ("邮箱ahua零七五 at 一六三点com嘎哈", "ahua零七五"),
            ("他让我发到laozhou1530 圈a 一六三 点 net", "laozhou1530"),
            ("肖艳的邮箱kevin零三九@一六三 dot net然后", "kevin零三九"),
        ],
    )
    def test_the_address_goes(self, text: str, value: str) -> None:
        scrubbed = scrub(text)
        assert value not in scrubbed
        assert "〔邮箱〕" in scrubbed

    def test_a_time_with_at_stays(self) -> None:
        assert scrub("我们 at 三点 com 见") == "我们 at 三点 com 见"


class TestGivenNamesOfOneAndFa:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("薛一敏身份证号不知道 就是说他再不还就让我坐牢", "薛一敏"),
            ("甲：韦一浩留的紧急联系人是你", "韦一浩"),
            ("你不还我们就联系我们车间主任董一龙", "董一龙"),
            ("嗯嗯 杜发强的QQ号我记不住了，请核实", "杜发强"),
            ("我姓邓 又耳邓 全名邓红发", "邓红发"),
            ("叫孙家发就是你说咋办嘛", "孙家发"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["广发林和西支行", "周一上午去银行", "王一直没回我", "一头金发的小伙子", "她剪了长发", "李发了个红包"],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestSurnamesThatAreNothingElse:
    """Rare surnames that stand in no everyday word or place name (禤, 仉, 笪, 庹, 蒯, 訾 …) weigh as frequent ones: a surname
    wherever it stands, as tune 62's "我前两天见了笪建斌" and tune 61's "庹瑶", "禤瑶", "蒯珩" needed."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我前两天见了笪建斌 然后他们主管说要上门", "笪建斌"),
            ("你打电话找仉一斌，对对对", "仉一斌"),
            ("跟庹瑶说过了", "庹瑶"),
            ("禤瑶打电话来催", "禤瑶"),
            ("蒯珩是我的紧急联系人", "蒯珩"),
            ("上门顺序：第一晏天佑，第二于浩，第三訾乐怡", "乐怡"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["濮阳的亲戚也被打了电话", "鄞州区法院发来传票", "付清了所有欠款", "秋天再还剩下的", "毋庸置疑是他借的"],
    )
    def test_words_and_places_stay(self, text: str) -> None:
        assert scrub(text) == text
