"""What the scrubber learnt from the twenty-eighth, twenty-ninth and thirtieth writers' corpora (tests/data/SCRUB_TUNE27.md,
SCRUB_TUNE28.md and SCRUB_TUNE29.md): a name after a festival or a day counted from today ("清明节孟婉清回村", "端午节杨婉婷又来了"), three more rare surnames
beside a cue (雒, 肇, 虎), staff named by their office ("司法所工作人员肇婉清"), 有 no longer a surname ("联系人有王浩宇"),
爱民, 抗美 and 锦程 as given names, teachers of a trade, step-parents, an old husband, a mate, a boss and a person's real name as
cues ("我师父窦建华", "我继父孙兴旺", "真名龚沐晴"), and names with only a space between ("刘芳 雷锦程 李强 这三个人"); and words it
must not take: autonomous prefectures and counties ("隆林各族自治县", "玉龙纳西族自治县", "楚雄州"), shops and sights that are no
one's name ("沃尔玛", "滕王阁"), 请 in a given name ("我没有钱请律师"), a solar term before a gate ("枫丹白露门岗"). Each case
that must go failed before; each that must stay is an ordinary phrase beside it."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


class TestTheTwentyEighthAndTwentyNinthWritersCorpora:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("清明节郝静怡回老家了", "郝静怡"),
            ("端午节杨婉婷又来了一趟", "杨婉婷"),
            ("今天冯磊明天丁浩然后天邓超，轮流打你电话", "邓超"),
            ("群聊记录 20:13 肇秀兰：谁知道他在哪", "肇秀兰"),
            ("雒建平说他没钱", "雒建平"),
            ("司法所工作人员肇明月。", "肇明月"),
            ("紧急联系人有王浩宇、曹爱民以及宋东升", "王浩宇"),
            ("紧急联系人有王浩宇、曹爱民以及宋东升", "曹爱民"),
            ("我师父窦建华带我入行", "窦建华"),
            ("我继父孙兴旺根本不知道", "孙兴旺"),
            ("我老头子蒯兴旺心脏不好", "蒯兴旺"),
            ("认识的哥们郗文博借了我账号", "郗文博"),
            ("打电话给我老板吴抗美，说我欠钱", "吴抗美"),
            ("微信名叫小雨的那个人，真名龚沐晴", "龚沐晴"),
            ("大名周锦程，小名叫阿程", "周锦程"),
            ("刘芳 雷锦程 李强 这三个人轮流打", "李强"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "隆林各族自治县司法局",
            "玉龙纳西族自治县人民医院",
            "宁蒗彝族自治县",
            "沃尔玛门口有自助取款机",
            "滕王阁附近有银行网点吗",
            "星巴克加盟店",
            "我没有钱请律师",
            "枫丹白露门岗",
            "今天高兴",
            "明天方便吗",
            "今天余额不足",
            "昨天金价涨了",
            "工作人员态度很差",
            "工作人员曾经说过",
            "锁屏密码忘了",
            "肇事司机跑了",
            "老板娘说明天再来",
            "找师傅修一下",
            "老伴儿身体不好",
            "本名单仅供参考",
            "拥军爱民",
        ],
    )
    def test_it_stays(self, text: str) -> None:
        assert scrub(text) == text.replace("，", ",")

    def test_a_word_after_a_name_and_a_space_stays(self) -> None:
        assert scrub("张伟 高兴地说") == "〔姓名〕 高兴地说"


class TestTheBlindReviewOfTheFifteenthSession:
    """The blind review of the first version (/tmp/review15s): a longer cue's last character read as a surname ("老板" + 娘刘,
    "哥们" + 儿陈), names beside 州 and beside a place read like a transliterated name kept, a city after a space taken for a
    name, 锁 taking 锁匠."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我老板娘刘美玲也被催过", "美玲"),
            ("超市老板娘陈秀芳借过我钱", "秀芳"),
            ("我老伴儿李秀兰病了", "秀兰"),
            ("我哥们儿陈志强", "志强"),
            ("我朋友陈德州被骚扰了", "陈德州"),
            ("律师王晓州说违法", "王晓州"),
            ("乌鲁木齐买买提说他是律师", "买买提"),
            ("紧急联系人是克拉玛依阿依古丽", "阿依古丽"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("我老板娘刘美玲也被催过", "老板娘"),
            ("我老伴儿李秀兰病了", "老伴儿"),
            ("刘洋 常州人", "常州人"),
            ("叫锁匠来开门", "锁匠"),
            ("紧急联系人是克拉玛依阿依古丽", "克拉玛依"),
            ("额尔古纳市公安局", "额尔古纳"),
        ],
    )
    def test_the_word_stays(self, text: str, kept: str) -> None:
        assert kept in scrub(text)


class TestTheThirtiethWritersCorpus:
    """Tune 29 (tests/data/SCRUB_TUNE29.md): a log's date glued to who called ("10/18苗婉清又说", "3.6刘艳把……"), a day of the week
    whose last character ends a cue too ("星期天焦月娥"), a call centre's seat number ("座席号CS26962", "坐席TJ00910") and a staff
    code after a hidden name and a colon ("主管薛若曦：HN30388"); and a count or a score before a surname stays."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("10/18苗婉清又说没收到", "苗婉清"),
            ("3.6刘艳把我身份证号发到了家族群", "刘艳"),
            ("11-21舒铭泽把我的照片发到了群里", "舒铭泽"),
            ("结果12·8孙欣妍又打来", "孙欣妍"),
            ("下周一靳淑英，星期天焦月娥，每天都有人打", "焦月娥"),
            ("坐席员赵睿，座席号CS26962，下午来电", "CS26962"),
            ("坐席TJ00910梁新民，态度极差", "TJ00910"),
            ("主管薛若曦：HN30388；专员罗彩霞：CS-9165", "HN30388"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["已交3/5张表格", "版本1.2王者荣耀", "比分3-1马刺赢了", "坐席很忙", "星期天焦虑得睡不着", "周末王府井人多"],
    )
    def test_it_stays(self, text: str) -> None:
        assert scrub(text) == text


class TestTheSecondScrubberReviewOfTheFifteenthSession:
    """The second blind review (/tmp/review15s2): a date before 张, 周 or 单 (counters as well as surnames), after a colon or a
    comma; and kept: seats counted after 坐席 or 座席, a train, a flight or a certificate after a name and a colon, a
    fraction or a count before a surname, words read whole after a date (马拉松, 华润万家)."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("10/18张伟打来电话", "张伟"),
            ("11-21周平又打了", "周平"),
            ("备注:3.6刘艳来电", "刘艳"),
            ("10/18李娜,10/19王强,10/20陈静", "王强"),
            ("座席號CS26962", "CS26962"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("坐席2000个", "2000"),
            ("人工坐席1对1服务", "1对1"),
            ("坐席是AI机器人", "AI"),
            ("李娜:G1234次列车晚点了", "G1234"),
            ("3/5张卡", "张卡"),
            ("1/3杨梅坏了", "杨梅"),
            ("10/18马拉松比赛取消了", "马拉松"),
            ("10/18华润万家买的", "华润万家"),
        ],
    )
    def test_the_word_stays(self, text: str, kept: str) -> None:
        assert kept in scrub(text)
