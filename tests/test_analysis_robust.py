"""The analyser judges a message the same however it is spaced: spaces or symbols put between Chinese
characters to dodge keyword filters, and line breaks after punctuation, change nothing.

Each test rewrites every message of the tuning corpora (never the evaluation set) the same fixed way and
counts the risky messages whose rating falls, and the genuine ones whose rating rises. At 8a7bbc1, before
the analyser read everything from its compact copy and took stars, emoji and line breaks after punctuation
for separators, the four rewrites below lost 102, 670, 448 and 28 of the 1,518 risky messages and raised
42, 64, 54 and 22 of the 1,437 genuine ones ("服 务 电 话" and "点 击" were looked for in the text as
written; a star was no separator; a line break ended the sentence). Now: 0, 1, 1, 0 and 0, 0, 0, 0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import opencc
import pytest

from triage.analysis import analyze

ROOT = Path(__file__).resolve().parent.parent
RANK = {"low": 0, "medium": 1, "high": 2}
_CJK = re.compile("([\u4e00-\u9fff])")
_CJK_BEFORE_CJK = re.compile("([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _tuning_records() -> list[dict]:
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_corpus

    return [record for name, records in bench_corpus.sets().items() if name != "evaluation" for record in records]


def _every(n: int, mark: str, where: re.Pattern[str] = _CJK):
    def rewrite(text: str) -> str:
        count = 0

        def put(match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return match.group(1) + (mark if count % n == 0 else "")

        return where.sub(put, text)

    return rewrite


REWRITES = {
    # "您的 信用 卡被 冻结" (between two Chinese characters: "拨打 138…" is how numbers are written anyway)
    "a space after every second Chinese character": _every(2, " ", _CJK_BEFORE_CJK),
    # "您的信★用卡被★冻结"
    "a star after every third Chinese character": _every(3, "★"),
    # "您的信❤️用卡被冻结❤️" (U+2764 and the variation selector after it)
    "a heart after every fourth Chinese character": _every(4, "\u2764\ufe0f"),
    # "您的信用卡被凍結,回覆電話可以激活。"
    "in traditional characters": opencc.OpenCC("s2t").convert,
    # "恭喜您中奖,⏎请速回电。⏎"
    "a line break after each comma and full stop": lambda text: re.sub("([，,。；;])", "\\1\n", text),
}


@pytest.fixture(scope="module")
def ratings():
    records = _tuning_records()
    before = [analyze(r["text"], r.get("sender")).risk for r in records]
    return records, before


def _rewritten(ratings, rewrite, legit: bool):
    """(text, rank before, rank after) for each genuine (or risky) record whose text `rewrite` changes."""
    records, before = ratings
    for record, risk in zip(records, before):
        if (record["label"] == "legit") == legit:
            text = rewrite(record["text"])
            if text != record["text"]:
                yield record["text"], RANK[risk], RANK[analyze(text, record.get("sender")).risk]


def _fell(ratings, rewrite) -> list[str]:
    """The risky records that `rewrite` rates lower."""
    return [text for text, before, after in _rewritten(ratings, rewrite, legit=False) if after < before]


def _rose(ratings, rewrite) -> list[str]:
    """The genuine records that `rewrite` rates higher."""
    return [text for text, before, after in _rewritten(ratings, rewrite, legit=True) if after > before]


@pytest.mark.parametrize("name", list(REWRITES))
def test_rewriting_loses_no_risky_message(ratings, name):
    records, _ = ratings
    fell = _fell(ratings, REWRITES[name])
    risky = sum(r["label"] != "legit" for r in records)
    assert risky > 1200
    # (At most two in a thousand: a space before an ASCII ID, "微 信 abc", still hides the ID.)
    assert len(fell) <= risky // 500, fell[:5]


@pytest.mark.parametrize("name", list(REWRITES))
def test_rewriting_raises_no_genuine_message(ratings, name):
    rose = _rose(ratings, REWRITES[name])
    assert len(rose) <= 2, rose[:5]


class TestWhatStaysApart:
    def test_evidence_is_quoted_and_highlighted_as_written(self):
        result = analyze("您的信用卡已冻 结，请致 电 021-61020064 解冻")
        assert result.risk == "high"
        flag = next(f for f in result.flags if f.code == "card_frozen_callback")
        assert "冻 结" in flag.evidence
        highlighted = "".join(part for part, hit in result.highlighted() if hit)
        assert "冻 结" in highlighted and "021-61020064" in highlighted

    def test_a_channel_and_a_link_are_quoted_as_written(self):
        result = analyze("请 加 微 信 ：zxc12345 领取补贴")
        chat = next(f for f in result.flags if f.code == "private_chat")
        assert all(item.startswith("加 微 信") for item in chat.evidence)
        result = analyze("请访问 www.icbc-vip🔥.com 验证")
        (link,) = result.links
        assert link.text == result.normalized_text[link.span[0] : link.span[1]] == "www.icbc-vip🔥.com"

    def test_a_quotation_between_chinese_characters_is_still_a_quotation(self):
        text = '【反诈】提醒：收到"您的孩子在学校受伤，需立即转账手术费"的短信，务必先给学校打电话核实！'
        assert analyze(text, "96110").risk == "low"

    def test_a_mask_or_a_cut_is_no_separator(self):
        # "打开" and what was masked after it stay apart: the masked link is still seen.
        assert analyze("您的医疗卡已停请打开******进行信息完善").risk == "high"
        assert analyze("您名下的医保卡已停用,请打开……对医保卡进行更新升级方可启用。").risk == "high"

    def test_a_line_break_after_a_comma_does_not_end_the_sentence(self):
        assert analyze("恭喜你中贰等奖,\n请领取大奖,\n速回电话").risk == "high"
        assert analyze("据彩票中心内部消息,\n××是本期特别号码,\n保证能中奖。").risk == "high"

    def test_a_spaced_bank_name_still_names_the_bank(self):
        result = analyze("【交通 银 行 】您尾号8843卡片涉及一笔境外大额消费，若非本人操作请及时回拨 4001-866-239 冻结止付。")
        assert result.institution is not None and result.institution.code == "bocom"
        assert result.risk == "high"


class TestTraditionalPhrases:
    @pytest.mark.parametrize(
        "text",
        ["您的信用卡被凍結,回覆電話可以激活。", "【快手】您好，您的賬號存在違規操作將被封禁，申訴請將收到的驗證碼回覆至本號碼"],
    )
    def test_a_phrase_written_differently_in_traditional_script_is_read(self, text):
        # "回覆" is "回复" only as a phrase: one character at a time it stayed "回覆".
        simplified = opencc.OpenCC("t2s").convert(text)
        assert "回复" in simplified
        assert analyze(text).risk == analyze(simplified).risk != "low"


class TestALoneSurrogate:
    @pytest.mark.parametrize("text", ["請點擊\ud83d連結", "請\ud83d\ude00點擊"])
    def test_a_lone_surrogate_beside_traditional_characters_is_no_crash(self, text):
        # OpenCC reads UTF-8, which a lone surrogate cannot be written in: the one-for-one table takes over.
        assert analyze(text).risk in RANK


class TestABankNameMasked:
    """Pages that quote a scam mask the bank's name ("【XX银行】", "××银行通知"): some bank still claims to
    write, and no bank answers on a 400 line the directory does not list."""

    @pytest.mark.parametrize(
        "text",
        [
            "【XX银行】您尾号8843卡片涉及一笔境外大额消费￥18,600.00，若非本人操作请及时回拨4001-866-239冻结止付。",
            "××银行通知：您尾号8843卡片涉及一笔境外大额消费，若非本人操作请及时回拨4001-866-239冻结止付。",
            "【**银行信用卡】您的卡片存在异常交易风险，已临时冻结，请致电 400-8826-135 解冻。",
        ],
    )
    def test_a_card_frozen_callback_on_an_unlisted_400_line_is_high(self, text):
        result = analyze(text)
        assert result.institution is None
        assert result.risk == "high" and result.has("card_frozen_callback")

    def test_without_the_masked_bank_the_400_line_alone_decides_nothing(self):
        # (A shop or a courier may well answer on a 400 line.)
        assert analyze("您的订单已冻结，请致电4001-866-239处理").risk != "high"

    def test_a_masked_banks_own_reminder_stays_low(self):
        text = "【XX银行信用卡】尊敬的客户，您尾号0615的信用卡本期账单已逾期3天，请通过本行App或柜台还款。"
        assert analyze(text, "95588").risk == "low"


_LINK = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|cn|cc|top|vip|net|xyz|fyi|co|me|io|app|shop|info|org|link|club)(?:/[\w/\-?=&.%#]*)?",
    re.I,
)


class TestALinkThePageLeftOut:
    """Police and news pages quote a scam with its link masked or left out. At 6ef6385, masking the links of
    the 238 tuning scams that have one lost 39 ("******"), 41 ("（链接略）") and 43 ("[网址]") of them. Batch 17
    brought 36 more scams with a link (274 in all): "******" then lost 26 at dcd5d07, and 28 once the rules
    tuned on batch 17 made more of the originals high; a long mask after a word of where or how ("通过",
    "至", "在", "办理", "→") brought that to 20 (and raised one genuine carrier notice more of the 1,437). Batch 18
    added real scams with a link whose originals the rules now rate high (two stock platforms "T+0" among
    them): 22. Batch 22 added a commission lure whose link is its one channel: 23. Batch 23 five more (medical
    insurance, social-security card, a courier's claim, a membership fee, a likes-for-pay task): 28. Batch 24 (71
    phishing links) brought 13 more whose link is their one channel (a mask after 核验, 详见, "App:", "充值:"): 41, 12
    and 12 when it came in. A long mask after a verb of what to do there is a link now, and one masked or marked left
    out beside a named institution weighs as a channel left out (medium): 31, 11 and 11 (and a public body's link
    off its own site, now high, loses its one channel when masked). Batch 30 brought a casino's advert whose one channel is
    its link, and the wording model retrained with it leaves a commission lure whose one channel is its link to the rules
    alone once the link is masked: 33. The wording model retrained with batches 32 and 33 rates a loan lure with a link high
    ("【360借条】……点击 360-jd.top 申请"), which "[网址]" leaves medium: 12. Batch 34 brought a "photo from a friend" whose one
    channel is its link ("[WAP推送] ……你的朋友给你发了一张相片 http://…"): 34 with "******". Batch 35 a debt's "details" behind a
    short link, its one channel: 35. Batch 36 (phishing as police pages quote it) brought five more whose link is their one channel
    (a carrier's top-up offer, a cash-on-delivery parcel to redirect, two party photos, an ETC "abolished"): 38, 13 and 14.
    Batch 39 (phishing beside the notices it imitates) two whose one channel is a look-alike link, one from the bank's own
    95533 ("建行通知:……请登录 ccb-edu.cc 提交申请"), which masked reads as the bank's own notice: 40, 14 and 16. Batch 40 (links)
    brought 14 whose one evidence is the link itself (a look-alike or an official domain used as a subdomain, "icbc.com.cn.verify-
    login.cn"; an .apk; a game-trading site), and one more fell elsewhere once the wording model was retrained: 55, 15 and 19.
    Batch 42 (what official pages quote) four more whose one channel is their link (an ETC "repair", a bank's points, a carrier's
    top-up, a social-security card "suspended"): 58, 17 and 20. Batch 43 was written to be lures whose one evidence is their
    link (parcels held at customs, a carrier's top-up, tickets, stock tips, photos), and the wording model retrained with it:
    76, 25 and 27. Tuning on batch 43 made eighteen of those lures high by their words beside the link (a parcel held or its address
    "incomplete", in English too; an Apple ID signed in elsewhere; photos "to keep"; tickets; a look-alike of 10086 from 10086
    itself, a game buyer), and masked, most have no channel left: 83, 27 and 29 (an English verb before a long mask, "Update here: ******",
    now reads as a link left out). Batch 44 (debt texts as pasted, OCR'd screenshots among them) brought two whose one channel is their
    link (a carrier's top-up lure read off a screen, a lender's text the person asks about), and the wording model retrained with it
    left an Apple ID lure and a game buyer's site to the link alone: 85. Batch 46 (phishing links) brought ten lures whose one
    channel is their link (points, medical insurance, a tax refund, a traffic fine, a licence's points, a top-up, a prize, a game
    buyer, a voicemail): 94. Batch 47 (collection texts) brought four whose one channel is their link (a credit "repair" page, a
    lender's "special channel", a card "resumed" by a look-alike, a "credit centre" chat) and two short ones whose link is all they
    give ("欠款7折结清仅限今日,点 js7z.cc"): 97, 30 and 35. A real carrier's "flash sale" through a link the carrier does not own
    (external tune 21), high now by its words beside the link: 98 with "******". Batch 48 (short SMS as datasets publish them)
    brought loan ads and a points lure whose one channel is their link ("秒下款,当天到账,无抵押免担保 t.cn/xxxx", "已审核通过8万元,
    点击 jd-jindu.cc 领取到账"): 101, 31 and 37. Batch 49 was written as phishing texts whose link is the evidence (look-alike
    and sub-domain hosts, "95533k.vip", "cmbchina.kf-up.top", "wap.lcbc-jf.cn"), and 30 of them have no channel left once it is
    masked: 131, 47 and 55. A government's suffix inside someone else's host now reads as a look-alike ("请查看起诉状
    court-gov.cn.qsz.top", batch 40), whose one evidence is that host: 132, 48 and 56. A red packet paid once shared to three groups
    through a link no one owns (batch 50): 133 with "******". Batch 51 (the long tail) brought wedding and reunion invitations and
    photo albums as .apk links, a customs fee and a bank's "new app" whose one evidence is the link, and the wording model retrained
    with it: 142, 50 and 60. Batch 52 (one message, one ask) showed how many lures have nothing but a link on a cheap TLD no
    institution uses (.top, .cc, .vip: "年终补贴3260元待领:njbt.top", "【深圳交警】……违法详情点击 szjj-wf.cc 查看"); such a link is
    now evidence of its own, high beside money, a parcel, a fine or an account to check, and masked, the 60 or so scams it made
    high are back to what their words alone give: 202, 104 and 111. Batch 54 (everyday-admin lures) brought cheap links beside money
    about to be taken, an identity or exam number asked, a licence to apply for ("即将扣费9800元,如需取消请点击 cn-qxxy.cc",
    "输入准考证号及身份证号即可查询:gk-cf.vip"), high by the link and back to their words once it is masked: 205, 104 and 113. Batch 58
    (the classic years of fake base stations) is made of one-line lures whose only evidence is the link ("周末爬山的照片出来啦~ 快来
    认认你在哪 <link>"): 20, 10 and 11 of its scams fall, the older corpora's 201, 98 and 109 as before: 221, 108 and 120."""

    @pytest.mark.parametrize("mask, most", [("******", 221), ("（链接略）", 108), ("[网址]", 120)])
    def test_masking_the_link_loses_few_scams(self, ratings, mask, most):
        # (A text with no link is left as it is, so only the scams with one count.)
        fell = _fell(ratings, lambda text: _LINK.sub(mask, text))
        assert len(fell) <= most, fell[:5]

    @pytest.mark.parametrize(
        "text",
        [
            "【电子社保卡】您的社保账户未上传电子审核，请于7月20日前在认证入口：****** 签署，过时将被停用。",
            "【个人所得税】您的个税申报信息有误，影响征信，请点 ****** 更正",
            "您的联通积分已满足兑换条件，兑换现金请点 （链接略） 过期清零",
            "尊敬的建行用户,您当前账户积分已可兑换378.50元现金,请登录手机网查询兑换******逾期清零。",
            "亲爱的用户，您的话费满足抽奖条件，已抽中iPhone一部，领取地址 [网址]",
            "【华泰证券】您已入选机构大户席位，享内部荐股服务，请通过 ****** 认证。",
            "【电子社保卡】您的社保账户未上传电子审核，请于7月20日前在 ****** 签署，过时将被停用。",
            "您的ETC已失效，请重新绑定认证→ ****** 通行优惠5%",
        ],
    )
    def test_a_left_out_link_is_a_link(self, text):
        result = analyze(text)
        assert result.has("link") and result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "会议改到下午3点 ****** 到齐后开始",
            "快递已放在家门口，地址：******，请查收",
            "我的密码是******，你别告诉别人",
            "请至***派出所办理，通过***转账的款项已冻结",
            "钱已经转至 ****** 尾号的卡上了",
        ],
    )
    def test_a_mask_that_is_no_link_is_not_one(self, text):
        assert not analyze(text).has("link")

    @pytest.mark.parametrize(
        "text",
        [
            "【招商银行】您的信用卡额度已提升，请登录掌上生活查看尾号****卡片额度。",
            "【招商银行】您的信用卡额度已调整，请登录掌上生活APP查看卡号****1234的最新额度。",
            "【中国移动】您的积分即将清零，请登录中国移动APP查看手机号138****5678的积分明细。",
            "【中国银行】您的账户因长期未使用已冻结，请持本人身份证到网点办理，或登录手机银行查看账号****详情。",
            "【建设银行】您尾号1234的账户已冻结，请携带身份证到网点办理，或登录手机银行查看 ******。",
            "【平安银行】您的额度可提升至8万元，打开平安口袋银行APP查看******。",
            "【美团】您的账户存在异常登录，请打开美团APP查看 ******，如非本人操作请修改密码。",
            "【税务局】您有一笔个税退税待领取，请登录个人所得税APP查看 ****** 。",
            "【交通银行】您的信用卡积分将于月底清零，请登录买单吧APP查看****。",
            "【万达广场】会员积分兑换活动：\n【时间】10月1日-7日\n【地址】XXX万达广场一楼服务台",
            "高龄补贴请于本月到社区领取，领取地点：***社区居委会。",
            "【社保局】您的养老金补贴已到账，查看明细请前往 *** 社保服务大厅。",
            "恭喜您获得本次抽奖二等奖，请于周五下午两点 **** 到公司前台领取奖品。",
        ],
    )
    def test_a_genuine_notice_with_a_number_name_or_place_masked_stays_low(self, text):
        # A fifth blind review's probes: a masked card, phone or account number after 尾号/卡号/号码, a place
        # or a time before a mask ("领取地点：***", "两点 ****"), a mask after the institution's own app.
        assert analyze(text).risk == "low"


class TestAPersonAskingAboutTheMessage:
    """A frightened person may type around what they paste: "收到一条“……”的短信，是真的吗？". At 48af082 that
    quotation counted as a scam described, not asked for, and 1,251 of the 1,518 tuning scams wrapped so fell. (41 since the wording
    model was retrained with batch 56, whose genuine texts quote scams and ask about them: one more short scam that its words alone
    made high. 42 with batch 58: one of its own, a short lure whose link alone made it high. 43 with batch 59: one of its own, a short
    points lure whose words alone make it high. 44 with batch 61: one of its own, "你有一个包裹被拦截,请速办", medium for its bare deadline.
    52 with batch 62: eight of its own, short or signed scams medium for a bare deadline or by their words alone; no earlier one. 54 with
    batch 64: two of its own, signed 12123 lures whose masked link alone makes them high; no earlier one. 55 with batch 65: one of its own,
    a "boss" from a new number asking to be added, "我是你老板，加我这个微信。"; no earlier one. 56 with batch 66: one of its own, a
    call retold after the key was pressed, "按照语音按了9，接线的女的说……"; no earlier one. 61 with batch 67: five of its own, victims'
    accounts now read as asked of them, "……让我编辑HK加一串数字发10086退订，我发了……怎么办？", "……让我现在去银行转钱到安全账户……", quoted
    inside the question as a message received; no earlier one. 63 with batch 68: two of its own, people retelling a "prosecutor's" or
    "police" call, "……叫我把积蓄转到安全账户……想问问这是不是真的", read as a message received once quoted; no earlier one. 66 with
    batch 70: three of its own, a fake anti-fraud refund and a fake court's notice whose warning and ask read as a warning once quoted; no
    earlier one. 67 with batch 71: one of its own, a borrower's account of a collector who pushes him to borrow elsewhere, "……还教我去别的
    平台借钱先还他们……我已经借了两家了。", read as a message received once quoted. 74 with batch 72: seven of its own, task groups'
    "充值垫付越多返得越多" and "先垫付1999……返2199", link-less lures written apart ("违.章未处理，今日点链接缴罚款"), and borrowers quoting a
    collector's threat and asking what to do, read as a message received and asked about once quoted; no earlier one. 75 with batch 73:
    one of its own, a "安全验证任务" ad that pays by the piece, read as a message received once quoted; no earlier one.)"""

    def test_wrapping_the_message_in_a_question_loses_few_scams(self, ratings):
        fell = _fell(ratings, lambda text: f"收到一条“{text}”的短信，是真的吗？")
        assert len(fell) <= 75, fell[:5]

    @pytest.mark.parametrize("ask", ["是真的吗？", "是不是诈骗？", "我该怎么办", "要不要回电话？"])
    def test_the_question_asks_about_the_quoted_message(self, ask):
        text = f"收到“【建设银行】您的信用卡已冻结，请致电 0755-23456789 解冻”的短信，{ask}"
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "收到“您的信用卡已冻结，请致电 0755-23456789 解冻”的短信怎么办？警方提醒：不要回拨，直接挂断。",
            '【反诈中心】提醒：收到"您的孩子在学校受伤，需立即转账手术费"的短信，务必先给学校打电话核实！',
            "“您的信用卡已冻结，请致电 0755-23456789 解冻”是典型诈骗话术，请勿相信。",
        ],
    )
    def test_a_warning_that_quotes_a_scam_is_still_a_warning(self, text):
        assert analyze(text, "96110").risk == "low"


class TestASenderCopiedWithItsLabel:
    @pytest.mark.parametrize(
        "sender, kind",
        [
            ("95588 (工商银行)", "service_955"),
            ("工商银行 95588", "service_955"),
            ("【95588】", "service_955"),
            ("中国移动10086", "carrier_service"),
            ("发件人：10690123", "gateway_106"),
        ],
    )
    def test_the_number_is_read_past_its_label(self, sender, kind):
        from triage.analysis.sender import classify_sender

        assert classify_sender(sender).kind == kind

    @pytest.mark.parametrize("sender", ["abc123@qq.com", "App 12345", "955**", "12368*", "95588工行 95566", "工商银行"])
    def test_an_address_a_mask_or_two_numbers_stay_unknown(self, sender):
        from triage.analysis.sender import classify_sender

        assert classify_sender(sender).kind == "unknown"

    def test_a_genuine_notice_from_a_labelled_sender_is_reassured(self):
        text = "【工商银行】您尾号1234卡12月3日支出(消费)128.00元，余额5,321.09元。"
        assert analyze(text, "95588 (工商银行)").has("official_sender")


class TestSoundAlikeDodges:
    """Words written with a character that sounds alike ("扣扣" for QQ, "代款" for 贷款, "欲期" for 逾期, "薇信"
    for 微信). At 4fb5f62 these rewrites lost 11, 10, 13 and 1 of the tuning scams that have the word. (校园代 for 校园贷 since batch 31;
    5 for 代 once batch 35's collection scams came in, whose 网贷 and 贷后 a rewrite turns into words no rule reads.)"""

    @pytest.mark.parametrize(
        "rewrite, most",
        [
            (lambda text: re.sub("(?i)qq", "扣扣", text), 5),
            # (7 with batch 39: two 微粒贷 lures whose look-alike link is their one channel name no lender once 贷 is 代.)
            (lambda text: text.replace("贷", "代"), 7),
            (lambda text: text.replace("逾期", "欲期"), 1),
            (lambda text: text.replace("微信", "薇信"), 0),
        ],
        ids=["扣扣", "代", "欲期", "薇信"],
    )
    def test_a_sound_alike_loses_few_scams(self, ratings, rewrite, most):
        fell = _fell(ratings, rewrite)
        assert len(fell) <= most, fell[:5]

    def test_an_everyday_word_is_left_alone(self):
        assert analyze("老支书在村里很有威信，大家都听他的。").risk == "low"


def _chat_names_apart(mark: str):
    """ "QQ" → "Q<mark>Q", "微信" → "微<mark>信", "加V" → "加<mark>V" …"""
    return lambda text: re.sub("(?i)(微信|qq|vx|wx|加v|加q)", lambda m: mark.join(m.group(0)), text)


def _numbers_in(table: dict[int, int]):
    """Every run of five digits or more written with `table`'s characters ("幺三八……", "１３８……")."""
    # (Not a number read off a screenshot with a letter for its first digit, "I8302181668": the analyser reads it as
    # 18302181668, and rewriting only its digits would leave a letter glued to numerals, which nobody writes.)
    return lambda text: re.sub(r"(?<![OolI\d])\d{5,}", lambda m: m.group(0).translate(table), text)


class TestChatNamesAndNumbersSpelledToDodge:
    """ "加 Q Q", "Q.Q", "v x", and a number in Chinese numerals ("请致电幺三八……"). At eaff381 spelling the chat
    names apart lost 33 (dots) and 32 (spaces) of the tuning scams that have one, and numbers in Chinese
    numerals lost 55 scams and raised 17 genuine messages (their 955xx sender written out was no longer read). (7 and 7 since
    the wording model was retrained with batches 54 and 55: one more old job ad, "……请及时加人事 QQ PLACE", high only by its
    words beside the chat name, which spelled apart no longer reads as one. 8 with dots with batch 73: one of its own, an account
    buyer's "……一个800……联系：vx yh***21", high by the offer and the chat, medium by the offer alone once "v.x" no longer reads as one.)"""

    @pytest.mark.parametrize(
        "rewrite, most",
        [(_chat_names_apart("."), 8), (_chat_names_apart(" "), 7)],
        ids=["dots", "spaces"],
    )
    def test_chat_names_spelled_apart_lose_few_scams(self, ratings, rewrite, most):
        # (The few left glue the ID to a dataset's placeholder: "Q QWECHAT", and since batch 18 "Q Qxxxxxxxxx".)
        fell = _fell(ratings, rewrite)
        assert len(fell) <= most, fell[:5]

    @pytest.mark.parametrize(
        "table",
        [str.maketrans("0123456789", "零幺二三四五六七八九"), str.maketrans("0123456789", "０１２３４５６７８９")],
        ids=["chinese", "fullwidth"],
    )
    def test_numbers_in_numerals_lose_no_scam_and_raise_no_genuine_message(self, ratings, table):
        assert _fell(ratings, _numbers_in(table)) == []
        assert _rose(ratings, _numbers_in(table)) == []

    def test_a_callback_in_chinese_numerals_is_the_channel(self):
        result = analyze("【招商银行】您的信用卡已被冻结，请致电幺三八幺二三四五六七八解冻")
        assert result.risk == "high" and result.has("unofficial_callback")
        # Quoted as written.
        assert any("幺三八" in e or "13812345678" in e for f in result.flags for e in f.evidence)

    @pytest.mark.parametrize("text", ["加 Q Q：12345678 办理理赔退款", "理赔退款请加.V：lp8899", "退款加 v x: lp8899"])
    def test_a_chat_name_spelled_apart_is_a_chat(self, text):
        assert analyze(text).has("private_chat")

    @pytest.mark.parametrize(
        "text", ["我们一五一十地说清楚了。", "二〇二六年的账单已出", "二零二五年十二月", "解 冻 请 点 w x j d . c c"]
    )
    def test_ordinary_numerals_and_a_spelled_address_are_left_alone(self, text):
        from triage.analysis.normalize import Compact

        compact = Compact(text).text
        assert not any(c.isdigit() for c in compact) and ("w x" in compact) == ("w x" in text)


class TestAPersonsOwnWordsAroundThePaste:
    """ "今天收到短信说：……", "朋友转给我的，……", "…… 收到这个怎么办？". At eaff381 these lost 12, 1 and 6 of
    the tuning scams and the second raised 6 genuine messages ("转给我" read as "pay me")."""

    @pytest.mark.parametrize(
        "wrap, most_fell, most_rose",
        [
            # (9 when batch 25 came in: its call transcripts open with a quotation mark, and after "收到" a quotation was read
            # as the person's report of a scam; 11 once its elder-care and 公函 texts were tuned on. Now a quotation after
            # "收到" is told only with a word of warning around it.)
            # (Batch 33 brought people's own accounts of a scam, labelled as the scam: "朋友圈看到的：“征信花了？……”这种是不是都是
            # 骗人的", "点进那个ETC链接……这是想刷光我卡吧". Now high, each falls to medium once wrapped in more of a person's words:
            # 2 and 1.)
            # (Batches 40 and 41: a warning a person passes on, a scam quoted in it and called one ("……这种就是刷单诈骗", "……根本没发过，
            # 别转"), reads as that scam asked about once "收到这个怎么办？" follows it: 2 rose; and with the wording model retrained,
            # "BANK NAME 请把钱打过来" after "朋友转给我的，" and a 医保 lure a person asks about: 2 fell.)
            # (Batch 55 brought a regulator's warning in traditional characters, "國家金融監督管理總局發布風險提示:近期有不法分子冒充……", and
            # a lender's reminder that says whom it will not contact: after "今天收到短信说：" or "朋友转给我的，" the quoted scam words
            # and the debt read as a scam passed on: 2 rose.)
            # (The twenty-fifth session's reading of texts that tell of the scams they quote, batch 56: a warning that opens with the
            # scam's quotation, "“欠款逾期不要紧,专业团队帮你优化债务”——近期……", now low or medium, reads after "今天收到短信说：" as the
            # message the person received, pasted to be judged: 5 rose.)
            # (Batch 67: two of its own warnings that open with the scam's quotation, "“爸我被派出所扣了要保释金不能接电话”——我儿子昨晚还跟我
            # 视频呢……", read after "今天收到短信说：" as the message received: 7 rose; no earlier one.)
            # (9 in the thirty-eighth session: a masked lender's receipt, "**分期:您好,您已于今日结清全部借款……", and a law firm's letter
            # that offers to negotiate repayment, now low as sent (the masked head read as a signature, 协商还款 no longer as an agency's
            # word), medium once "今天收到短信说：" puts them in a quotation, as they were before.)
            (lambda text: "今天收到短信说：" + text, 2, 9),
            # (Batch 64: a child telling a parent the "ETC已锁定" text is fake, read after "朋友转给我的，" as the lure passed on: 3 rose.)
            # (3 fell with batch 70: one of its own, "注销学生账户防征信受损，请共享屏幕，谨防他人冒充。", after "朋友转给我的，".)
            # (5 in the thirty-eighth session: the same two as after "今天收到短信说：".)
            (lambda text: "朋友转给我的，" + text, 3, 5),
            # (Batch 44: a person's account of a claim settled in the courier's app, "……没有人加我QQ,也没让我共享屏幕", read as the
            # screen-share trick asked about once "收到这个怎么办？" follows it: 3 rose. With the wording model retrained with batch 49,
            # a mother's e-token lure her child saw through, "我妈收到“密码器次日过期……”的短信……果然是诈骗", the same: 4. Batch 52
            # brought a paper's report of a fake-diploma text, low as it is and medium once asked about: 5. With the wording model
            # retrained with batches 54 and 55, a person's own account of a cloned boyfriend's account and a task group's ad fall
            # to medium once asked about: 2 fell; and batch 55's warnings that quote the scams they warn of ("“关闭校园贷账户否则影响征信”
            # 都是典型的注销校园贷骗局") read as those scams asked about: 7 rose; 8 with batch 56, which is made of such texts; 10 with
            # batch 58, two of whose warnings quote the lure they warn of. 13 in the twenty-seventh session, which tells away warnings whose
            # threat words speak of no reader and a chat with no id in a case told: a child's "我收到一条说我欠款要通知家属的短信……是诈骗
            # 短信" and a traditional-script police warning, now medium, read as the threat asked about; and one of batch 59's. 14 with
            # batch 66: a person's own call to 95588 whose voice menu asked for the card number, "语音让我输卡号再按#号", asked about.)
            # (15 with batch 67: one of its own, "收到一条“爸，这是我新号，帮我买充值卡”，我还没结婚哪来的孩子……", asked about.)
            # (16 with batch 71: one of its own, a person who reported the call, "注销校园贷的电话又来了，已报警。", asked about.)
            # (19 with batch 72: two of its own and one of batch 57, people who show a disguised scam and say they reported or deleted it,
            # "……一眼骗子，已举报😂", "……这明显是套信息的,已举报", now low as written, medium once asked about as they were before.)
            # (21 with batch 73: one of its own and one of batch 71, people who say it is a scam right after its ask or after they
            # refused it, "贷款要交解冻金？骗子，已报警。", "……他就不回了，果然是骗子", now medium or low as written, asked about as before.)
            (lambda text: text + "\n收到这个怎么办？", 2, 21),
        ],
        ids=["told", "forwarded", "asked"],
    )
    def test_the_message_is_judged_past_the_persons_words(self, ratings, wrap, most_fell, most_rose):
        fell, rose = _fell(ratings, wrap), _rose(ratings, wrap)
        assert len(fell) <= most_fell, fell[:5]
        assert len(rose) <= most_rose, rose[:5]

    def test_a_message_quoted_after_told_words_is_judged(self):
        assert analyze("今天收到短信说：再不还款就把你P的图发到你家族群").risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "今天收到短信说：“您好，这里是中国移动客服中心，您的号码实名信息不完整，两小时后停机。请提供身份证号和服务密码。”",
            "我妈接到电话说「这里是法院执行局，如需撤销执行，请按提示转账至执行专户」",
            "收到一条：“你在平台的借款已逾期，今天18点前不处理，将通知你公司全体同事及你的直系亲属。”",
        ],
    )
    def test_a_quotation_of_what_the_person_received_is_judged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "收到“您的孩子受伤，需立即转账”的短信，务必先打电话核实。",
            "我刚收到订单备注“该店被锁，需登录网址解除限定”，是钓鱼的，别点！",
            "你收到的那个让交“撤诉费”的是骗子，别理。",
        ],
    )
    def test_a_quotation_of_what_someone_received_told_as_a_warning_is_no_demand(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_cut_message_with_a_question_after_it_is_still_cut(self):
        text = "为庆祝本公司成立十周年，特举行抽奖活动，您有幸被抽中一等奖…… 收到这个怎么办？"
        assert analyze(text).risk == analyze(text.split(" 收到")[0]).risk != "low"

    @pytest.mark.parametrize("text", ["你把钱转给我，我帮你还", "先转给我的卡上，我再帮你处理"])
    def test_pay_me_is_still_pay_me(self, text):
        from triage.analysis.channels import asks_to_pay

        assert asks_to_pay(text)


class TestASenderPastedAtTheHead:
    """ "发件人：95588⏎……" pasted with the message and the sender box left empty. At d1bc759 the number was read
    as part of the text: moving every tuning sender into the text so lost 58 of 510 scams and raised 15 of
    880 genuine messages."""

    def test_moving_the_sender_into_the_text_changes_little(self, ratings):
        records, before = ratings
        fell = rose = 0
        for record, risk in zip(records, before):
            # (A number: batch 23's senders "微信:王老师", "钉钉:徐**（人事）" name a chat, which no one pastes so.)
            if record.get("sender") and re.fullmatch(r"[\d+*()\s-]+", record["sender"]):
                after = RANK[analyze(f"发件人：{record['sender']}\n{record['text']}").risk]
                fell += record["label"] != "legit" and after < RANK[risk]
                rose += record["label"] == "legit" and after > RANK[risk]
        assert fell <= 2 and rose == 0

    def test_the_number_is_the_sender(self):
        text = "【工商银行】您尾号1234卡12月3日支出(消费)128.00元，余额5,321.09元。"
        result = analyze(f"发件人：95588\n{text}")
        assert result.has("official_sender") and result.sender_kind == analyze(text, "95588").sender_kind

    @pytest.mark.parametrize("number", ["13812345678", "138****5678", "+63 9****2241"])
    def test_a_mobile_masked_or_not_is_read_as_the_sender(self, number):
        text = "妈，我换号了，这是我新号，明天跟你说个事"
        result, direct = analyze(f"来自 {number}\n{text}"), analyze(text, number)
        assert (result.risk, result.sender_kind, result.codes) == (direct.risk, direct.sender_kind, direct.codes)
        assert result.sender_kind != "none"

    def test_the_highlights_still_fall_on_the_words(self):
        text = "发件人：16500001234\n您的信用卡已冻结，请致电 0755-23456789 解冻"
        result = analyze(text)
        assert result.normalized_text.startswith("发件人:16500001234\n")
        marked = "".join(part for part, hit in result.highlighted() if hit)
        assert "冻结" in marked and "发件人" not in marked

    @pytest.mark.parametrize(
        "text", ["来自95588的提醒：您的账单已出", "发件人：95588 您的账单已出", "您的验证码\n发件人：95588\n"]
    )
    def test_a_number_not_on_a_line_of_its_own_at_the_head_is_text(self, text):
        assert analyze(text).sender_kind == "none"


class TestASignatureWrittenOtherwise:
    """A signature pasted without its brackets: "小米钱包:您的合同已超期……" at the head, "……余额6.66元。——工商银行"
    at the end. At d49ab3b the first raised 12 of 825 genuine messages so rewritten and the second 10 of 197
    (a debt with nobody named, or "支付宝" in the text taken for the writer beside a bank's number)."""

    @pytest.mark.parametrize(
        "rewrite, most",
        [
            # (2 since batch 23 came in: "XX市卫生健康委:国家育儿补贴申领已开放……" without its brackets names nobody, and its
            # subsidy words then weigh as a lure's; 3 when batch 24 came in, 5 with batch 25, 6 with batch 31: a court's "以案释法"
            # column without its brackets.)
            # (11 with batch 35: genuine notices of collection agencies, mediation committees and law firms, whose bracket names who
            # writes; without it the debt names nobody and is medium.)
            # (12 with batch 39: an ETC issuer's toll notice from 95022, "江苏高速:……" no longer signed by the issuer it names; 13 with
            # batch 42: a street office's warning about fake collection texts, "XX街道办事处:提醒：近期有人冒充……".)
            # (14 with batch 44: a collection agency's visit notice and a student-loan reminder, "XX资产管理:……前往您登记的居住地址",
            # "学生在线服务系统:……存入还款账户".)
            # (15 with batch 46: an ETC toll notice headed by what it is, "ETC补缴提醒:……", which no longer names its writer; 16 with
            # batch 47: a lender's collection notice headed "贷后服务:", the same.)
            # (19 with batch 50: a lender's repayment reminder "惠e贷:……", an insurer's loan notice "XX人寿:……" and a forwarded
            # regulator's warning "转:监管提示:……", each no longer signed.)
            # (28 with batch 53: lenders', banks' and agencies' notices whose signature the writer masked, "【**消费金融】……", which once
            # out of its brackets names nobody.)
            # (35 with batch 55: arbitration commissions', notaries' and mediation centres' notices signed with their masked names,
            # "【**市**公证处】……", "【衢州仲裁委员会】……", which out of their brackets name nobody beside a debt.)
            # (37 with the twenty-fifth session's reading of texts that tell of the scams they quote: a paper's and a news site's reports,
            # "【今日平湖】市民小方接到……", "【大河网】近期“注销‘校园贷’”新骗局多发……", now low, are medium once "今日平湖:" heads them, the
            # heading read as a platform beside a debt.)
            # (45 with batch 57: lenders', a bank's, a court's and a community's notices that warn of fakes ("【**分期】……不会要求您向个人
            # 账户付款", "【本院声明】近期有人伪造本院“传票”……"), masked or generic signatures that out of their brackets name nobody.)
            # (51 with batch 60: six lenders', a guarantor's and a mediation centre's notices with masked names, "【**消费金融】……", "【**调解
            # 中心】……", which out of their brackets name nobody beside a debt.)
            # (52 with batch 62: an ETC card's "【鲁通卡】……已记欠费，请及时补缴", low now its signature reads as the institution pressing for its own
            # dues; unsigned, "鲁通卡:" is an unknown platform beside a debt, medium as before.)
            # (54 with batch 66: a card centre's and a lender's reminders with masked names, "【**银行信用卡中心】……", "【**借款】……".)
            # (56 with batch 67: two lenders' reminders with masked names, "【**借款】……", "【**消费金融】……".)
            # (60 with batch 68: four lenders' reminders and receipts with masked names, "【**贷】……", "【**金融】……".)
            # (63 with batch 69: a court's, a lender's and an anti-fraud notice with masked signatures, "【**县人民法院执行局】……",
            # "【**借款】……", "【防骗提示】……", which out of their brackets name nobody beside a debt or a fee.)
            # (67 with batch 70: four lenders' reminders with masked names, "【**金融】……", "【**消费金融】……", "【**借款】……".)
            # (40 in the thirty-eighth session, which reads a masked name before a colon at the head, "**消费金融:您的借款已逾期……", as the
            # signature it was: 46 fewer rose, batch 71's own lenders' notices among them; 17 of batch 71's had risen before.)
            # (41 with batch 72: one of its own, "【**花】您已逾期，请尽快在APP还款……", whose short masked name is no signature once unbracketed.)
            (lambda text: re.sub(r"^【([^】]{1,12})】", r"\1:", text), 41),
            # (3 since batch 19 came in: "……点击 m.lakala.com/s 用拉卡拉一键还款。——拉卡拉", a link with the
            # signature now read as no institution's.)
            # (4 with batch 61: a lender's "……已按您的申请注销,无未结清借款。【某消费金融】", its account closure read as a scam's once unsigned.)
            (lambda text: re.sub(r"【([^】]{1,12})】$", r"——\1", text), 4),
        ],
        ids=["head", "end"],
    )
    def test_it_raises_few_genuine_messages_and_loses_no_scam(self, ratings, rewrite, most):
        assert len(_rose(ratings, rewrite)) <= most
        assert _fell(ratings, rewrite) == []

    def test_a_bank_signing_after_a_dash_is_the_writer(self):
        result = analyze("尾号5537卡11月11日12:39支出(消费支付宝-严)28.1元，余额6.66元。——工商银行", "95588")
        assert result.risk == "low" and result.institution is not None and result.institution.code == "icbc"

    @pytest.mark.parametrize(
        "text, signature",
        [("小米钱包:尊敬的客户，您的合同已超期54天", "小米钱包"), ("荆州公积金:您好，04日是您的约定还款日", "荆州公积金")],
    )
    def test_a_firms_name_before_a_colon_at_the_head_signs_it(self, text, signature):
        from triage.analysis.institutions import claimed_institution

        assert claimed_institution(text)[1] == signature

    @pytest.mark.parametrize("text", ["你欠的钱今天必须还——张三", "妈:我换号了，存一下", "注意:您的账户有风险"])
    def test_a_person_or_a_word_is_no_signature(self, text):
        from triage.analysis.institutions import claimed_institution

        assert claimed_institution(text)[:2] == (None, "")
