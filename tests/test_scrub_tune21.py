"""What the scrubber learnt from the twenty-second writer's corpus (tests/data/SCRUB_TUNE21.md): pinyin names in English word
order in small letters ("yandan qiu", "bo-fu peng"), a given name joined by a dash ("Dan-wen Sun"), names typed half in pinyin
("黄cuifeng", "sun丽悦", "zhou俊"), a name right after a cue whose last character makes a word with the surname ("村支书" +
包国强 is no 书包), and a city opening a company's name ("武汉恒达资产管理有限公司" is no 武 + 汉恒). Each case that must go failed
before; each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheTwentySecondWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("yandan qiu是我在国外的表妹，催收连她都找到了", "yandan"),
            ("短信里写的 fengtao zhao 逾期了", "fengtao"),
            ("Dear gangde xu, your loan with 安心借 is 23 days overdue.", "gangde"),
            ("Contact jungang lei at 15832057399.", "jungang"),
            ("bo-fu peng 和 Dan-wen Sun 都被打了电话", "bo-fu"),
            ("bo-fu peng 和 Dan-wen Sun 都被打了电话", "Dan-wen"),
            ("欠款人黄cuifeng说她不知道", "cuifeng"),
            ("朱fujun，你好", "fujun"),
            ("对方说：“你是zhou俊吧？”", "zhou俊"),
            ("sun丽悦是我同事", "丽悦"),
            ("我们村的村支书包国强发了条通知", "包国强"),
            ("村支书包瑜发了条：请家属联系村委会", "包瑜"),
            ("主持人：班主任何秀兰", "何秀兰"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "武汉恒达资产管理有限公司发来的律师函",
            "查不到武汉恒达资产管理有限公司这家公司",
            "please change li to wang",
            "他住 renmin lu 88号",
            "打车 taxi li",
            "他说he说过",
            "wang卡",
            "用weixin转账",
            "下载taobao",
            "我在jingdong上买的",
            "村支书包了饺子",
            "我姐夫刚做完手术",
            "我姑姑刚做完手术",
            "会长老金",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)


class TestTheFirstReviewOfTheTwelfthSession:
    """What the blind review of the round (/tmp/review12) found in the scrubber, mended: people whose names begin with a
    city before a company's word, pinyin words in small letters read as names, and a lane repeated past the time budget."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("常德胜是集团的老板", "常德胜"),
            ("邵阳明被调查了", "邵阳明"),
            ("黄石磊是有限公司的法人", "黄石磊"),
            ("龙岩峰在调查这个事", "龙岩峰"),
            ("他叫 yandan qiu", "qiu"),
            ("收款人都是朱fujun", "fujun"),
            ("老北京胡同里住着胡同庆", "胡同庆"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "被申请人：东莞鸿达电子有限公司",
            "钦州德和衡律师事务所的律师",
            "申请人：广州安和信息科技有限公司",
            "他说 meiyou qian，没办法",
            "催收说 buhuan qian 就上门",
            "我在 xiamen shi 工作",
            "还说 mingtian lai",
            "我去 chaoyang qu 了",
            "jiedai wang 上借的钱",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)


class TestTheSecondReviewOfTheTwelfthSession:
    """What the second blind review (/tmp/review12b) found in the scrubber, mended: pinyin names in small letters before what
    is said of a person or after a greeting, and 胡同 as a name after a cue."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("xiaoming wang 欠款三万未还", "xiaoming"),
            ("lihua zhang欠钱不还", "lihua"),
            ("lihua zhang，你好", "lihua"),
            ("你好 lihua zhang", "lihua"),
            ("联系人：胡同，电话13912345678", "胡同"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize("text", ["meiyou qian", "xiamen shi的天气", "胡同 胡同 胡同"])
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)
