"""What the scrubber learnt from the twenty-seventh writer's corpus (tests/data/SCRUB_TUNE26.md): a name after a day of the week
("周五刘建国来公司", "周一张伟来过"), given names in 义 and 根生, a court's party who 主张, a word-shaped name whose contact is
spoken of ("温暖和高尚都是你的紧急联系人"); and words it must not take: what is named after a public figure or a brand, right
after the name ("宋庆龄故居", "邵逸夫医院", "中山纪念堂", "周大福门店"), a village of "X家" + 庵/墩/巷/场, a market on a road
("民主路菜市场"), the county-level city 巩义. Each case that must go failed before; each that must stay is an ordinary phrase
beside it. The blind review of the first version (/tmp/review14s) found names kept after a figure's name ("欠款人王守义号码",
"张亮星期天来过", "朱德明在人民医院"), addresses kept before 路上 ("住址:郑州市金水区农业路上"), people named X家岗 kept and words
taken after new cues ("我是明星的弟弟", "木工师傅来过"): those are the last class's cases."""

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
            ("周一张伟来过我家", "张伟"),
            ("星期一张丽值班", "张丽"),
            ("温暖和高尚都是你的紧急联系人", "温暖"),
            ("温暖和高尚都是你的紧急联系人", "高尚"),
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
            "李嘉诚图书馆门口",
            "周大福会员日打八折",
            "王老吉专卖店",
            "田家庵卫生院",
            "民主路菜市场",
            "巩义今天下雨",
            "杨凌示范区人民法院",
            "孟府开放时间",
            "对方说他姓李，木子李",
            "买了木耳和木瓜",
            "周一我们开会",
            "周一张贴通知",
            "星期一张榜公布",
            "田家庵菜市场",
            "田家庵公交站",
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


class TestTheFirstReviewOfTuneTwentySix:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("欠款人王守义号码已停机", "王守义"),
            ("紧急联系人张亮号码已核实", "张亮"),
            ("张亮星期天来过我家要钱", "张亮"),
            ("王守义在人民医院上班,我们会去单位找他", "王守义"),
            ("朱德明在人民医院", "朱德明"),
            ("李宁和刘华在医院陪床", "刘华"),
            ("李嘉诚在广州大学读书", "李嘉诚"),
            ("住址:郑州市金水区农业路上", "农业路"),
            ("住在北京市朝阳区建国路上", "建国路"),
            ("家住广州市越秀区北京路过街天桥旁", "北京路"),
            ("王家岗欠我三万块钱不还", "王家岗"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize("text", ["我是明星的弟弟", "明星本人回应了", "木工师傅来过", "我是木匠的弟弟", "木材厂老板本人"])
    def test_it_stays(self, text: str) -> None:
        assert scrub(text) == text
