"""What the scrubber learnt from the twenty-seventh writer's corpus (tests/data/SCRUB_TUNE26.md): a name after a day of the week
("周五刘建国来公司"), given names in 义 and 根生, a court's party who 主张, the Naxi surname 木, a word-shaped name whose kin,
contact or presence is spoken of ("温暖和高尚都是你的紧急联系人", "请周全本人尽快回电"); and words it must not take: what is named
after a public figure or a brand ("宋庆龄故居", "邵逸夫医院", "中山纪念堂", "周大福门店"), a village of "X家" + 岩/岗/庵, a market
on a road ("民主路菜市场"), the way somewhere ("去老乡鸡的路上"), the county-level city 巩义. Each case that must go failed before;
each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


class TestTheTwentySeventhWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("周五刘建国来公司找过你", "刘建国"),
            ("下周一谢建兰还要来", "谢建兰"),
            ("本周值班：周一滕超 周二吴福贵", "滕超"),
            ("星期三邹义去过你家", "邹义"),
            ("第8期王义应还1237元", "王义"),
            ("原告苏义主张的借款本金无异议", "苏义"),
            ("昨天刘根生说他没钱", "刘根生"),
            ("紧急联系人：和海波（表哥）、木秀英（同乡）", "木秀英"),
            ("请杨勇和木若曦转告家里人", "木若曦"),
            ("温暖和高尚都是你的紧急联系人", "温暖"),
            ("温暖和高尚都是你的紧急联系人", "高尚"),
            ("【分期乐】借款人林立，请周全本人尽快回电", "周全"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "参观宋庆龄故居和鲁迅纪念馆",
            "地址在邵逸夫医院旁边",
            "中山纪念堂讲解员",
            "仲恺农业工程学院",
            "李嘉诚图书馆门口",
            "周大福会员日打八折",
            "王老吉专卖店",
            "曾家岩公交站",
            "袁家岗农贸市场",
            "田家庵卫生院",
            "民主路菜市场",
            "去老乡鸡的路上注意安全",
            "巩义今天下雨",
            "杨凌示范区人民法院",
            "孟府开放时间",
            "对方说他姓李，木子李",
            "买了木耳和木瓜",
            "周一我们开会",
            "工资打到卡上了，一张卡就够",
        ],
    )
    def test_it_stays(self, text: str) -> None:
        assert scrub(text) == text.replace("，", ",")

    def test_a_person_of_a_figures_name_still_goes(self) -> None:
        # Alone, or before what a person does, a figure's name is weighed as any other: the brand or the memorial only
        # keeps it before what is named after it.
        assert "宋庆龄" not in scrub("欠款人宋庆龄，请尽快还款")
        assert "李宁" not in scrub("借款人李宁逾期未还")
