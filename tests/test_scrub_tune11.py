"""What the scrubber learnt from the twelfth writer's corpus (tests/data/SCRUB_TUNE11.md): each case failed
before the change it names."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


@pytest.mark.parametrize(
    "text",
    [
        "岳父岳母都在老家",
        "岳父岳母刚出院",
        "我舅舅舅妈都知道了",
        "我丈母娘天天打电话问",
        "他们找到了我丈母娘",
        "干妈的微信也被加了",
        "干妈的手机也被打了",
        "干爹说他来想办法",
        "妈妈节送了一束康乃馨",
        "担保人和代理律师是两个人",
    ],
)
def test_a_kin_word_after_a_kin_word_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [("岳父岳母王秀英也接到了电话", "王秀英"), ("同事朋友刘强都知道", "刘强"), ("我干妈刘芳住院了", "刘芳")],
)
def test_a_name_after_two_kin_words_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("堂哥跃进说有人去他厂里找我", "跃进"),
        ("我对象丽娟说要分手", "丽娟"),
        ("我大姐继红在深圳打工", "继红"),
        ("我大伯红军腿脚不好", "红军"),
        ("我公公长生住院了", "长生"),
        ("彩霞婶子在村口听人说了", "彩霞"),
        ("手机里存的是“国强哥”", "国强"),
        ("阿爸話淑芬（我二姨）都收到短訊", "淑芬"),
        ("爸(志强):别管这事", "志强"),
    ],
)
def test_a_given_name_beside_a_kin_word_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "我姐今天去医院了",
        "我哥身体不好",
        "我姑姑刚出院",
        "我姐夫刚换了工作",
        "我妈年纪大了不会用手机",
        "二叔家的孩子才上初中",
        "大伯父母都在老家",
        "婆婆公公都不知道",
        "我姐解放前就出生了",
        "我哥富贵病犯了",
    ],
)
def test_what_follows_a_kin_word_stays_when_no_given_name(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Beneficiary: Zhou.Xiaoyan", "Xiaoyan"),
        ("我表妹 Tang.Lihua 也被打了", "Lihua"),
        ("Payee Kong.Weiming, please confirm", "Weiming"),
        ("收款人写的是 Luo.Jianping，对吗", "Jianping"),
    ],
)
def test_a_pinyin_name_joined_by_a_dot_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["Mr.Li called again", "打开 Wang.Fang.txt 看看", "see www.Li.Ning.com"])
def test_a_dot_between_words_that_are_no_name_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("「秋月：你弟弟的钱到底还不还」\n- - - - - - - -\n我不知道", "秋月"),
        ("「江山：「李梅：月底前还清」他说的不算」", "江山"),
        ("「夏雨：我是他表姐，有事跟我说」", "夏雨"),
        ("「翠兰：别再打我电话了」", "翠兰"),
    ],
)
def test_who_opens_a_quoted_reply_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text", ["「客服：请提供截图」", "「催收员：今天必须还」", "「陌生人：你好」", "「对方：再宽限几天」", "「系统：消息已撤回」"]
)
def test_a_role_opening_a_quoted_reply_stays(text: str) -> None:
    assert "〔" not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [("丽娟：他们又打到我厂里了\n我：谁打的\n丽娟：说是某某金融", "丽娟"), ("秀英：你在哪\n我：在家", "秀英")],
)
def test_a_given_name_speaking_in_a_copied_chat_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("借条\n今借到江月人民币叁仟元整，月底归还。\n借款人：王建", "江月"),
        ("今借夏雨现金五千，年前还清", "夏雨"),
        ("收条\n今收到金铃交来还款捌佰元", "金铃"),
        ("还款承诺书\n……\n承诺人：宁静\n二〇二六年五月一日", "宁静"),
        ("出借人（甲方）：乔木\n借款人（乙方）：马红", "乔木"),
        ("欠款人：柳青（按手印）", "柳青"),
    ],
)
def test_a_party_of_an_iou_goes_even_when_a_word(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "借款人：________",
        "见证人：无",
        "借款人：本人",
        "出借人：平台",
        "出借人：公司",
        "今借到人民币伍仟元整",
        "「平台：您的订单已逾期」",
    ],
)
def test_a_blank_or_an_organisation_in_an_iou_field_stays(text: str) -> None:
    assert "〔姓名〕" not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("“夏雨”修改群名为“还钱群”", "夏雨"),
        ("“江山”将“王芳”移出了群聊", "江山"),
        ("“刘洋”邀请你和陈静、白雪加入了群聊", "白雪"),
        ("金铃 请求添加你为朋友\n附言：关于欠款", "金铃"),
        ("评论：\n时光回复明月：别乱传", "时光"),
        ("评论：\n时光回复明月：别乱传", "明月"),
    ],
)
def test_a_name_in_wechats_system_lines_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["客服回复：已处理", "群主回复：收到", "回复：好的", "我回复：私聊"])
def test_a_role_replying_stays(text: str) -> None:
    assert "〔姓名〕" not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("My brother Jianguo was called at work too.", "Jianguo"),
        ("They also texted my aunt Guifang twice.", "Guifang"),
        ("凌霄发了条朋友圈说我欠钱", "凌霄"),
        ("我没借过钱，柳青发了朋友圈骂我", "柳青"),
        ("对方在群里@了夏雨和时光", "夏雨"),
    ],
)
def test_a_name_beside_what_only_a_person_does_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["My mum is old and sick.", "我发了条朋友圈说明情况", "他们@了所有人"])
def test_what_only_a_person_does_without_a_name_stays(text: str) -> None:
    assert "〔姓名〕" not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("郑州的号码打来，自称南阳，说是律所的", "南阳"),
        ("来电的人自称常德，让我今天还", "常德"),
        ("我问他是谁，他叫信阳，别的不说", "信阳"),
    ],
)
def test_a_city_someone_calls_himself_by_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["他自称北京的人", "他们自称上海来的", "自称是广州的律所"])
def test_a_city_after_a_claim_that_goes_on_stays(text: str) -> None:
    assert "〔姓名〕" not in scrub(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("有人把我的欠款发到了朋友圈\n♡ 夏雨，王丽", "夏雨"),
        ("♡ 白雪", "白雪"),
        ("家长群\n明月（班主任）：请家长们看一下通知", "明月"),
        ("村里的群\n江河(村支书):大家注意", "江河"),
    ],
)
def test_who_liked_a_post_or_speaks_with_a_role_goes(text: str, gone: str) -> None:
    assert gone not in scrub(text)


@pytest.mark.parametrize("text", ["♡ 已赞", "客服（班主任）：请核对", "我（家长）：收到"])
def test_no_name_liking_or_speaking_with_a_role_stays(text: str) -> None:
    assert "〔姓名〕" not in scrub(text)
