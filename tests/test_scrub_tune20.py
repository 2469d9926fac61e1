"""What the scrubber learnt from the twenty-first writer's corpus (tests/data/SCRUB_TUNE20.md): numbers drawn as keycaps or
spelled in sound-alike characters, flats and streets abroad written in English, pinyin names after English words for a
person, WeChat ids added or given as another account, a surname spelled by its parts, brands with their product, a kin word
before 学校. Each case that must go failed before; each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import fold, scrub


class TestTheTwentyFirstWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("现在两个人一起打 幺舞洞酒巴寺武寺两妻寺", "酒巴寺"),
            ("让我加他 依酒扒依武尔两洞依尔妻", "依武尔"),
            ("I live in Auckland now (24/271 Little Lonsdale Street, Melbourne VIC 305).", "Lonsdale"),
            (
                "They will visit my parents at Room 1504, Unit 1, Building 19, Hexie Jiayuan, 135 Beijing East Road, Qingshanhu District, Nanchang.",
                "Hexie",
            ),
            ("They sent my photos to my ex-colleague Xie Caixia.", "Caixia"),
            ("Hi, my name is Siyuan Xue. I'm a student in Manchester.", "Siyuan"),
            ("有个人说能帮我协商网贷，让我加sun-rf97668，是不是骗子", "sun-rf97668"),
            ("微信wxid_gyom9w5cpuuecx，另一个号haoyvp20715", "haoyvp20715"),
            ("他让我扫码加好友，扫出来是 weixin://contacts/profile/a_wsfw8846", "a_wsfw8846"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    def test_a_mobile_drawn_as_keycaps_goes(self) -> None:
        assert "〔手机号〕" in scrub("向铭轩 电话 1️⃣6️⃣6️⃣3️⃣3️⃣9️⃣3️⃣0️⃣4️⃣2️⃣7️⃣ 这人说能代还")

    @pytest.mark.parametrize(
        "text",
        [
            "今天❤️好开心",
            "依依不舍久久不能平静",
            "我加iPhone15了",
            "加油abc2024",
            "对方说他姓赵，走肖赵",
            "免贵姓杨，木易杨",
            "王麻子剪刀也能分期？",
            "点了一份武大郎烧饼",
            "孩子学校的老师也接到电话了",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)


class TestTheThirdReviewOfTheEleventhSession:
    """What the third blind review (/tmp/review34) found in the scrubber, mended."""

    @pytest.mark.parametrize(
        "text",
        [
            "韩国朋友住在한남동附近",
            "我去过여의도",
            "在김해시的工厂",
            "我买了신라면",
            "Hồ Gươm",
            "Châu Úc",
            "I called Hong Kong police yesterday",
            "电脑加win11系统",
            "参加cet46考试",
            "我在学小号Trumpet",
            "叫车didi快",
            "小区一期二期三期四期五期六区都交房了",
            "日本的武田制药是一家大公司",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == fold(text)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("日本那边的负责人是铃木一郎，电话080-1234-5678", "一郎"),
            ("我的越南同事Hồ Thị Lan下周来", "Hồ Thị Lan"),
            ("韩国同事박재동明天来北京", "박재동"),
        ],
    )
    def test_names_go(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    def test_a_japanese_name_takes_no_pronoun_after_it(self) -> None:
        assert "和我一起去" in scrub("日本的同事田中和我一起去")
