"""Channels as the core of the analyser: what a message asks you to act through, judged against the
institution it names (issue: real scams rated low). The messages here are written for these tests; the
external corpora are measured in bench/bench_corpus.py and their floors checked at the end."""

from __future__ import annotations

import pytest

from triage.analysis import all_institutions, analyze
from triage.analysis.channels import find_channels
from triage.analysis.normalize import Compact, lower_in_place, normalize


def channels(text: str):
    return find_channels(lower_in_place(normalize(text)))


def severe_codes(result) -> set[str]:
    return {flag.code for flag in result.red_flags if flag.severe}


class TestFindChannels:
    @pytest.mark.parametrize(
        ("text", "kind", "number_kind"),
        [
            ("请联系客服 138 1234 5678 办理", "phone", "mobile"),
            ("详询:0411—39567512", "phone", "landline"),
            ("请致电 138xxxxxxxx 解冻", "phone", "masked_mobile"),
            ("咨询专线 400-xxx-1234", "phone", "masked_hotline"),
            ("请回电 0755-2654 1234", "phone", "landline"),
            ("请转账至新还款账户 6222 0202 0202 0202 0", "account", "account"),
            ("加微信 tx8888 了解", "chat", ""),
            ("进企鹅群:891920458", "chat", ""),
        ],
    )
    def test_it_finds_the_channel(self, text, kind, number_kind):
        found = channels(text)
        assert [(c.kind, c.number_kind) for c in found] == [(kind, number_kind)]

    @pytest.mark.parametrize(
        "text",
        [
            "您尾号1234的信用卡本期账单已出",
            "您的账户6222****1234于05月01日转入人民币500.00元",
            "验证码 482913，请勿泄露",
            "本期应还 12345.67 元，最后还款日 2026-12-20",
            "合同号 20261203000123 已结清",
            "对方户名:张三，转入 500 元",
        ],
    )
    def test_it_finds_nothing_in_an_ordinary_notice(self, text):
        assert channels(text) == []


class TestJudgedAgainstTheNamedInstitution:
    def test_a_bank_claim_with_a_mobile_callback_is_severe(self):
        result = analyze("您的建设银行信用卡因逾期影响征信，现已冻结，请联系客服 13812345678 办理解冻")
        assert result.risk == "high"
        assert {"unofficial_callback", "card_frozen_callback"} <= severe_codes(result)
        callback = next(f for f in result.flags if f.code == "unofficial_callback")
        assert callback.evidence == ("中国建设银行 ← 13812345678",)

    def test_the_same_words_with_the_banks_own_number_are_not_a_scam_pattern(self):
        result = analyze("【建设银行】您的信用卡已逾期，为免影响征信，请及时还款，详询95533。", "95533")
        assert result.risk == "low"
        assert not {"unofficial_callback", "card_frozen_callback"} & result.codes

    def test_a_spoofed_955_sender_does_not_hide_a_foreign_link(self):
        result = analyze("【招商银行】尊敬的客户，您的信用卡可提额至5万，登录 cmb-vip.cc 办理", "95555")
        assert result.risk == "high"
        assert "limit_raise_points" in severe_codes(result)

    def test_a_platform_wind_down_to_a_new_account(self):
        result = analyze("平台清退，您的余额已转至合作机构，请转账至新还款账户 6222020202020202 户名 张某")
        assert result.risk == "high"
        assert {"platform_windup", "pay_to_account"} <= severe_codes(result)

    def test_a_named_person_as_account_holder_is_a_channel(self):
        result = analyze("您的欠款请尽快还款，转账至以下账户，户名：李某某，开户行：某某银行")
        assert "pay_to_account" in severe_codes(result)

    def test_a_personal_alipay_is_a_channel_not_a_message_from_alipay(self):
        result = analyze("还款请转到业务员个人支付宝，到账后销账", None)
        assert result.institution is None
        assert result.risk == "high"

    def test_debt_relief_with_a_fee_and_a_chat_id(self):
        result = analyze("停息挂账，个性化分期，预付资料费300元即可办理，加V: tx8888")
        assert result.risk == "high"
        assert {"debt_relief_agency", "fees", "private_chat"} <= result.codes

    def test_a_fake_annual_fee_with_a_help_line(self):
        result = analyze("我行将从您账户中扣除1200.00元年费，如有疑问请咨询4008121556")
        assert "fake_charge" in severe_codes(result)

    def test_a_masked_link_in_a_quoted_warning_still_counts(self):
        result = analyze("您的医保账户异常，不验证将自动作废，请点击链接确认。")
        assert {"account_problem_link"} <= severe_codes(result)
        assert "link" in result.codes

    def test_traditional_characters_the_old_table_missed(self):
        result = analyze("您的醫保賬戶不驗證自動作廢，請點擊鏈接確認。")
        assert result.risk == "high"

    def test_a_chat_id_is_severe_when_an_institution_is_named(self):
        result = analyze("【京东金融】您的白条已逾期，请添加专员微信 jd_kefu88 协商")
        private = next(f for f in result.flags if f.code == "private_chat")
        assert private.severe and result.risk == "high"

    def test_with_no_institution_named_a_personal_callback_is_a_weaker_sign(self):
        result = analyze("您的欠款已逾期，请速联系 13912345678")
        callback = next(f for f in result.flags if f.code == "unofficial_callback")
        assert not callback.severe
        assert result.risk in ("medium", "high")

    def test_a_public_hotline_in_the_text_is_not_a_stranger(self):
        result = analyze("【建设银行】如收到可疑短信，请拨打 96110 或 12321 举报。", "95533")
        assert "unofficial_callback" not in result.codes and "unlisted_number" not in result.codes


class TestSenders:
    def test_a_106_sender_neither_reassures_nor_alarms(self):
        text = "你再不还款，明天就派人外访到你老家，联合村委会通知你父母"
        assert analyze(text, "10690123456").risk == analyze(text).risk == "high"
        assert "gateway_sender" not in analyze(text, "10690123456").codes

    def test_an_official_sender_does_not_soften_a_severe_pattern(self):
        result = analyze("【工商银行】您的信用卡已冻结，请致电 021-61234567 办理解冻", "95588")
        assert result.risk == "high" and "official_sender" in result.codes


class TestWording:
    def test_no_rule_claims_certainty(self):
        from triage.analysis.rules import RULES

        for rule in RULES.values():
            text = " ".join((rule.title_zh, rule.why_zh, rule.advice_zh, rule.title_en, rule.why_en, rule.advice_en))
            for word in ("一定是诈骗", "肯定是诈骗", "必定是诈骗", "certainly", "definitely a scam", "一定是真的"):
                assert word not in text, (rule.code, word)

    def test_each_channel_and_family_rule_says_what_to_do_instead(self):
        from triage.analysis.rules import RULES

        for code in (
            "unofficial_callback",
            "pay_to_account",
            "card_frozen_callback",
            "limit_raise_points",
            "rate_cut",
            "debt_relief_agency",
            "platform_windup",
            "account_problem_link",
            "fake_charge",
            "prize_claim",
            "stock_tip_group",
            "bait_link",
            "new_number_impersonation",
            "someone_elses_account",
            "relative_needs_money",
            "job_lure",
            "gambling",
            "fake_loan_offer",
        ):
            advice = RULES[code].advice_zh
            assert any(word in advice for word in ("官方", "96110", "110", "12321")), code
            assert (
                RULES[code].source_url.startswith("https://www.")
                and ".gov.cn" in RULES[code].source_url
                or ("china-cba.net" in RULES[code].source_url)
            ), code


class TestDirectory:
    def test_it_covers_the_national_and_joint_stock_banks_and_the_big_lenders(self):
        from triage.analysis.institutions import all_institutions, find_institution

        assert len(all_institutions()) >= 80
        for name in (
            "浙商银行",
            "渤海银行",
            "恒丰银行",
            "北京银行",
            "上海银行",
            "江苏银行",
            "宁波银行",
            "分期乐",
            "拍拍贷",
            "云闪付",
        ):
            assert find_institution(name) is not None, name

    def test_each_creditor_cites_its_own_site(self):
        from urllib.parse import urlsplit

        from triage.analysis.institutions import all_institutions

        group_sites = {"www.qifu.tech", "www.cib.com.cn", "www.suning.com", "www.douyin.com", "www.pingan.com"}
        for inst in all_institutions():
            host = urlsplit(inst.source).hostname or ""
            assert inst.source.startswith("https://"), inst.code
            assert (
                any(host == d or host.endswith("." + d) for d in inst.all_domains)
                or host.endswith(".gov.cn")
                or host in group_sites
            ), inst.code

    def test_a_link_on_the_lenders_own_sms_domain_is_official(self):
        result = analyze("【京东】您有京豆即将过期，请尽快使用，点击查看 3.cn/1abcD-x 回复ND退订")
        assert "official_domain" in result.codes and result.risk == "low"

    def test_a_short_sms_domain_is_no_model_for_look_alikes(self):
        result = analyze("【招商银行】账单详情 t.cn/Ab12Cd")
        assert "lookalike_domain" not in result.codes


@pytest.fixture(scope="module")
def figures():
    """The counts bench/bench_corpus.py reports, measured once for the floors below."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import bench_corpus

    return {name: bench_corpus.measure(records, True)["counts"] for name, records in bench_corpus.sets().items()}


class TestExternalCorpora:
    """Floors on the messages nobody here wrote (bench/bench_corpus.py prints the figures). The floors sit
    a little under what the analyser reached when the evaluation set was frozen, so a change that loses
    real scams, or starts alarming on genuine reminders, fails here; the issue's targets are not met yet
    and are reported in the bench instead."""

    def test_the_evaluation_set(self, figures):
        c = figures["evaluation"]
        assert c["risky"] >= 90 and c["legit"] >= 100
        assert c["risky_flagged"] / c["risky"] >= 0.76
        assert c["scam_high"] / c["scam"] >= 0.74
        assert c["legit_high"] / c["legit"] <= 0.05
        assert c["legit_flagged"] / c["legit"] <= 0.09

    def test_the_tuning_set(self, figures):
        c = figures["tuning"]
        assert c["risky_flagged"] / c["risky"] >= 0.90
        assert c["legit_high"] / c["legit"] <= 0.03

    def test_the_genuine_fourth_batch(self, figures):
        c = figures["tuning, batch 4"]
        assert c["legit"] >= 100
        assert c["legit_high"] / c["legit"] <= 0.05
        assert c["legit_flagged"] / c["legit"] <= 0.10

    def test_the_modelled_fifth_batch(self, figures):
        c = figures["tuning, batch 5 (modelled)"]
        assert c["risky"] >= 200 and c["legit"] >= 100
        assert c["risky_flagged"] / c["risky"] >= 0.95
        assert c["legit_flagged"] / c["legit"] <= 0.03

    def test_the_third_batch(self, figures):
        c = figures["tuning, batch 3"]
        assert c["risky"] >= 100 and c["legit"] >= 70
        assert c["risky_flagged"] / c["risky"] >= 0.85
        assert c["legit_high"] / c["legit"] <= 0.06

    def test_the_sixth_batch(self, figures):
        # Real messages collected blind after batches 3-5 were tuned on; 60.0 % / 8.1 % before tuning on it.
        c = figures["tuning, batch 6"]
        assert c["risky"] >= 80 and c["legit"] >= 60
        assert c["risky_flagged"] / c["risky"] >= 0.88
        assert c["legit_high"] / c["legit"] <= 0.03

    def test_the_seventh_batch(self, figures):
        # Real messages collected blind after batch 6 was tuned on; 75.4 % / 3.8 % / 19.2 % before tuning on it.
        c = figures["tuning, batch 7"]
        assert c["risky"] >= 60 and c["legit"] >= 50
        assert c["risky_flagged"] / c["risky"] >= 0.93
        assert c["legit_high"] / c["legit"] <= 0.03

    def test_the_eighth_batch(self, figures):
        # Real messages collected blind after batch 7 was tuned on; 73.8 % / 8.5 % / 14.9 % before tuning on it.
        c = figures["tuning, batch 8"]
        assert c["risky"] >= 60 and c["legit"] >= 45
        assert c["risky_flagged"] / c["risky"] >= 0.86
        assert c["legit_high"] / c["legit"] <= 0.05

    def test_the_ninth_batch(self, figures):
        # Real messages collected blind after batch 8 was tuned on; 75.6 % / 16.0 % / 20.0 % before tuning on it.
        c = figures["tuning, batch 9"]
        assert c["risky"] >= 45 and c["legit"] >= 50
        assert c["risky_flagged"] / c["risky"] >= 0.84
        assert c["legit_high"] / c["legit"] <= 0.08

    def test_the_tenth_batch(self, figures):
        # Invented blind on public warnings; 88.0 % / 78.1 % / 1.3 % / 4.6 % before tuning on it.
        c = figures["tuning, batch 10 (modelled)"]
        assert c["risky"] >= 150 and c["legit"] >= 150
        assert c["risky_flagged"] / c["risky"] >= 0.97
        assert c["legit_flagged"] / c["legit"] <= 0.02

    def test_the_eleventh_batch(self, figures):
        # Invented blind, pasted as people paste them; 87.5 % / 60.6 % / 4.1 % / 7.4 % before tuning on it.
        c = figures["tuning, batch 11 (modelled)"]
        assert c["risky"] >= 150 and c["legit"] >= 120
        assert c["risky_flagged"] / c["risky"] >= 0.96
        assert c["scam_high"] / c["scam"] >= 0.82
        assert c["legit_flagged"] / c["legit"] <= 0.02

    def test_the_twelfth_batch(self, figures):
        # Invented blind by target group; 76.2 % / 53.0 % / 5.4 % / 10.8 % before tuning on it.
        c = figures["tuning, batch 12 (modelled)"]
        assert c["risky"] >= 125 and c["legit"] >= 125
        assert c["risky_flagged"] / c["risky"] >= 0.88
        assert c["legit_flagged"] / c["legit"] <= 0.06

    def test_the_thirteenth_batch(self, figures):
        # Invented blind in the formats people paste; 77.5 % / 56.4 % / 11.7 % / 26.7 % before tuning on it.
        c = figures["tuning, batch 13 (modelled)"]
        assert c["risky"] >= 115 and c["legit"] >= 115
        assert c["risky_flagged"] / c["risky"] >= 0.75
        assert c["legit_flagged"] / c["legit"] <= 0.18

    def test_the_fourteenth_batch(self, figures):
        # Real messages collected blind; 81.4 % / 69.1 % / 9.1 % / 11.7 % before tuning on it.
        c = figures["tuning, batch 14"]
        assert c["risky"] >= 95 and c["legit"] >= 75
        assert c["risky_flagged"] / c["risky"] >= 0.92
        assert c["scam_high"] / c["scam"] >= 0.80
        assert c["legit_flagged"] / c["legit"] <= 0.07

    def test_the_fifteenth_batch(self, figures):
        # Real messages collected blind; 71.8 % / 57.6 % / 9.5 % / 11.1 % before tuning on it.
        c = figures["tuning, batch 15"]
        assert c["risky"] >= 80 and c["legit"] >= 60
        assert c["risky_flagged"] / c["risky"] >= 0.88
        assert c["scam_high"] / c["scam"] >= 0.72
        assert c["legit_high"] / c["legit"] <= 0.02
        assert c["legit_flagged"] / c["legit"] <= 0.05

    def test_the_seventeenth_batch(self, figures):
        # Invented blind by the lure, with genuine counterparts; 85.0 % / 69.1 % / 3.8 % / 5.6 % before tuning on it.
        c = figures["tuning, batch 17 (modelled)"]
        assert c["risky"] >= 200 and c["legit"] >= 150
        assert c["risky_flagged"] / c["risky"] >= 0.88
        assert c["scam_high"] / c["scam"] >= 0.76
        assert c["legit_high"] / c["legit"] <= 0.02
        assert c["legit_flagged"] / c["legit"] <= 0.04

    def test_the_eighteenth_batch(self, figures):
        # Real messages collected blind (2013-2015 dataset rows); 70.6 % / 61.0 % / 9.8 % / 17.1 % before tuning on it.
        c = figures["tuning, batch 18"]
        assert c["risky"] >= 85 and c["legit"] >= 80
        assert c["risky_flagged"] / c["risky"] >= 0.94
        assert c["scam_high"] / c["scam"] >= 0.83
        assert c["legit_high"] / c["legit"] <= 0.07
        assert c["legit_flagged"] / c["legit"] <= 0.15

    def test_the_nineteenth_batch(self, figures):
        # Real messages collected blind (fake-base-station phishing, 2013-2014 inbox rows); 83.1 % / 70.8 % /
        # 10.0 % / 19.2 % (rules alone) before tuning on it.
        c = figures["tuning, batch 19"]
        assert c["risky"] >= 150 and c["legit"] >= 120
        assert c["risky_flagged"] / c["risky"] >= 0.96
        assert c["scam_high"] / c["scam"] >= 0.94
        assert c["legit_high"] / c["legit"] <= 0.07
        assert c["legit_flagged"] / c["legit"] <= 0.14

    def test_the_twenty_first_batch(self, figures):
        # Real messages collected blind (dataset rows, 2023-2024 Taiwanese texts); 68.2 % / 62.0 % / 3.0 % / 12.0 %
        # before tuning on it.
        c = figures["tuning, batch 21"]
        assert c["risky"] >= 125 and c["legit"] >= 100
        assert c["risky_flagged"] / c["risky"] >= 0.85
        assert c["scam_high"] / c["scam"] >= 0.80
        assert c["legit_high"] / c["legit"] <= 0.04
        assert c["legit_flagged"] / c["legit"] <= 0.10

    def test_the_everyday_twentieth_batch(self, figures):
        # Everyday messages between people, invented blind; 0.7 % high / 7.6 % medium or high (rules alone)
        # before tuning on it, 3.7 % high with the wording model trained before it came.
        c = figures["tuning, batch 20 (modelled)"]
        assert c["legit"] >= 650
        assert c["legit_high"] / c["legit"] <= 0.01
        assert c["legit_flagged"] / c["legit"] <= 0.08

    def test_the_genuine_sixteenth_batch(self, figures):
        # Real genuine messages collected blind; 3.7 % high / 13.4 % medium or high before tuning on it.
        c = figures["tuning, batch 16"]
        assert c["legit"] >= 80
        assert c["legit_high"] / c["legit"] <= 0.03
        assert c["legit_flagged"] / c["legit"] <= 0.11

    def test_the_labelled_set_stays_whole(self, figures):
        c = figures["labelled (own)"]
        assert c["risky_flagged"] == c["risky"] and c["scam_high"] == c["scam"] and c["legit_high"] == 0


class TestLinearOnHostileInput:
    def test_no_channel_pattern_repeats_without_a_bound(self):
        import re as re_module

        from triage.analysis import channels as module
        from triage.analysis.rules import pattern_syntax

        patterns = [value for value in vars(module).values() if isinstance(value, re_module.Pattern)]
        assert len(patterns) >= 10
        for pattern in patterns:
            text = pattern.pattern
            syntax = [(i, char) for i, char, is_syntax in pattern_syntax(text) if is_syntax]
            for i, char in syntax:
                assert char not in "*+", (text, i)
                if char == "{":
                    assert re_module.match(r"\{\d+,\d+\}|\{\d+\}", text[i:]), (text, i)

    @pytest.mark.parametrize("char", ["x", "*", "1", "加", "户", " ", "."])
    def test_a_wall_of_one_character_is_judged(self, char):
        from triage.analysis import analyze

        assert analyze(char * 5000).risk in ("low", "medium", "high")


class TestGatewayNumbersInTheText:
    def test_a_mobile_behind_a_106_prefix_is_the_channel(self):
        result = analyze("您的工商银行信用卡已冻结，请联系 1069 0 13812345678 办理")
        callback = next(f for f in result.flags if f.code == "unofficial_callback")
        assert callback.severe and "13812345678" in callback.evidence[0]

    def test_a_plain_gateway_number_is_no_channel(self):
        assert channels("退订请回复至 10690123 详询") == []


class TestSignatures:
    def test_the_sms_signature_wins_over_a_bracketed_merchant(self):
        result = analyze("您尾号7865卡人民币活期07:45存入1000.00[银联入账:(特约)京东]，可用余额1000.00。【浦发银行】", "95528")
        assert result.institution.code == "spdb" and "claim_sender_mismatch" not in result.codes

    def test_a_courier_of_a_retailer_is_no_lender(self):
        result = analyze("【京东配送】请到便利店领取运单尾号4211包裹，详询134****2114")
        assert result.institution is None and result.risk != "high"

    def test_as_announced_is_no_threat(self):
        assert "third_party_threat" not in analyze("失效和续展时间以公示为准，详见官方APP。").codes


def test_a_help_line_the_source_cut_off_still_counts():
    result = analyze("建行通知:您在商场消费9800元已被确认,逾期将从您名下账户扣除,咨询电话……")
    assert "fake_charge" in {f.code for f in result.red_flags if f.severe}


def test_a_wall_of_numbers_is_judged_up_to_the_cap():
    from triage.analysis.channels import MAX_NUMBERS

    found = channels("请转账至 6222 0000 1111 2222，" * 200)
    assert 0 < len(found) <= MAX_NUMBERS


class TestImpliedChannel:
    """A family claim that asks the person to act but shows no number, link or account: the channel is the
    sender itself or was cut where the message is quoted. Worth checking, never high on its own."""

    def test_a_frozen_card_with_call_us_back_is_medium(self, rules_alone):
        result = analyze("您名下信用卡已被锁卡，回电即可办理解冻")
        assert result.risk == "medium"
        assert "card_frozen_callback" in result.codes and not severe_codes(result)

    def test_worded_like_the_scams_it_is_high(self):
        # The rules' medium, raised by the wording model: the words are the frozen-card scam's own.
        result = analyze("您名下信用卡已被锁卡，回电即可办理解冻")
        assert result.risk == "high" and result.has("worded_like_scams")
        assert not severe_codes(result)

    def test_without_a_request_to_act_the_claim_stays_quiet(self):
        assert analyze("您名下信用卡已被锁卡").risk == "low"

    def test_with_the_banks_own_number_there_is_nothing_implied(self):
        result = analyze("【招商银行】您的信用卡已锁卡，如需解冻请致电95555")
        assert "card_frozen_callback" not in result.codes

    def test_with_the_official_app_named_there_is_nothing_implied(self):
        result = analyze("您的信用卡额度可申请提升，请登录掌上生活办理")
        assert "limit_raise_points" not in result.codes

    def test_opting_out_of_marketing_is_not_a_request(self):
        result = analyze("积分即将清零，退订回T")
        assert "limit_raise_points" not in result.codes


class TestFamiliesFoundSince:
    def test_a_tv_show_prize_is_severe_without_any_channel(self):
        result = analyze("恭喜您被某某卫视节目组选中为幸运观众，奖金58000元")
        assert "prize_claim" in severe_codes(result) and result.risk == "high"

    def test_a_prize_warning_is_not_a_prize(self):
        assert "prize_claim" not in analyze("凡是自称节目组说您是幸运观众的，都是诈骗").codes

    def test_points_expiring_by_date_with_a_click_word(self):
        result = analyze("您账户内的12800分将于月底作废，请尽快点击兑换")
        assert "limit_raise_points" in severe_codes(result)

    def test_urging_before_points_expire_is_not_a_warning_about_them(self):
        result = analyze("您账户内的12800分将于月底作废,谨防过期,请尽快点击兑换")
        assert "limit_raise_points" in severe_codes(result)

    def test_getting_the_parents_to_sort_it_out_is_a_third_party_threat(self):
        assert "third_party_threat" in analyze("我这就跟你父母讲清楚，让他们想办法把钱还上").codes

    def test_a_coming_account_freeze_from_a_law_firm(self):
        assert "fake_legal" in analyze("【某某律所】提醒：您名下账户即将被冻结").codes

    def test_a_phishing_click_word_with_the_link_cut(self):
        result = analyze("【交管12123】您有一条违章未处理，点击查询")
        assert "account_problem_link" in severe_codes(result)


class TestGenuineMessagesStayCalm:
    def test_a_police_public_notice_is_not_a_fake_legal_claim(self):
        result = analyze("公益短信：【某市公安提醒】如接到自称客服的退款电话，请挂断后通过官方渠道核实")
        assert "fake_legal" not in result.codes and result.risk == "low"

    def test_a_fake_police_text_is_still_one(self):
        assert "fake_legal" in analyze("【某市公安】您涉嫌洗钱已被立案，请配合调查").codes

    def test_a_message_carrying_its_own_code(self):
        result = analyze("【中国联通】您正在办理套餐变更，验证码为 482913，确认无误后向营业员提供验证码办理")
        assert "asks_secrets" not in result.codes

    def test_a_stranger_asking_for_the_code_is_still_severe(self):
        assert "asks_secrets" in severe_codes(analyze("请把刚收到的验证码发给客服专员核对"))

    def test_a_couriers_mobile_is_how_deliveries_work(self):
        result = analyze("【丰巢】您的快件已到小区驿站，取件码 5521，有问题联系 139 0000 1234")
        assert "unofficial_callback" not in result.codes and result.risk == "low"

    def test_a_help_line_cut_after_its_area_code(self):
        result = analyze("您的卡已扣除会员费680元，如有疑问请咨询0512。")
        assert "fake_charge" in severe_codes(result)


def test_a_masked_address_followed_by_chinese_is_still_a_link():
    result = analyze("您的积分可兑换现金，请登录**.com领取")
    assert "link" in result.codes and "limit_raise_points" in severe_codes(result)


class TestFamiliesOfBatchThree:
    def test_a_stock_tip_group_is_severe(self):
        result = analyze("资深操盘手免费建群，每晚公布明日牛股，人满即封，加QQ验证")
        assert "stock_tip_group" in severe_codes(result)

    def test_a_brokers_ordinary_notice_is_not_a_stock_tip_group(self):
        assert "stock_tip_group" not in analyze("【某某证券】您的股票账户本月对账单已生成，请登录官方App查看").codes

    def test_a_photo_album_link_from_someone_who_sounds_familiar(self):
        result = analyze("老同学，你看看这是不是你的照片 http://a1b2.cc/x")
        assert "bait_link" in severe_codes(result)

    def test_without_a_link_the_photos_are_only_words(self):
        assert "bait_link" not in analyze("老同学，聚会的照片我晚点发群里，你看看").codes

    def test_a_relative_on_a_new_number_is_worth_a_call_first(self):
        result = analyze("爸，我手机丢了，这是我新号，先帮我转五百块")
        assert "new_number_impersonation" in result.codes and result.risk in ("medium", "high")

    def test_dataset_tokens_stand_for_masked_channels(self):
        result = analyze("您的信用卡已被冻结，请联系客服热线 CELLPHONE 办理解冻")
        assert "card_frozen_callback" in severe_codes(result)
        assert "link" in analyze("积分即将清零，请登录 URL 兑换现金").codes

    def test_the_english_word_phone_is_no_masked_number(self):
        result = analyze("Your card is frozen. Please use phone banking to unfreeze it.")
        assert "unofficial_callback" not in result.codes

    def test_a_warning_about_links_mentions_no_link(self):
        result = analyze("提醒：切勿点击短信中的链接，银行不会以升级为由让您验证证书")
        assert "link" not in result.codes and result.risk == "low"

    def test_a_traffic_police_notice_is_no_fake_legal_claim(self):
        result = analyze("您的机动车在高速公路占用应急车道行驶（江西省公安厅交通警察总队管辖），请及时处理")
        assert "fake_legal" not in result.codes

    def test_someone_saying_they_are_police_still_is(self):
        assert "fake_legal" in analyze("我是市公安局经侦民警，请配合调查您的账户").codes

    def test_a_banks_sms_service_charge_is_no_fee_asked_up_front(self):
        assert "fees" not in analyze("【建设银行】您尾号1234账户支出30元，附言：短信服务费。").codes


class TestGenuineMessagesOfBatchFour:
    def test_a_carriers_bill_from_its_own_number_names_its_creditor(self):
        result = analyze("温馨提示：您上月话费尚未结清，逾期将停机，请登录 www.10010.com 交费。", "10010")
        assert "unknown_platform" not in result.codes and result.risk == "low"

    def test_a_carriers_points_on_its_own_site(self):
        result = analyze("【中国移动】您有3000积分将于年底作废，如需兑换请登录 jf.10086.cn")
        assert result.risk == "low"

    def test_a_carrier_in_an_address_is_a_landmark(self):
        result = analyze("您的快递到了，地址：人民路中国电信营业厅对面，联系电话 13900001234", "13900001234")
        assert "claim_sender_mismatch" not in result.codes and "unofficial_callback" not in result.codes

    def test_a_banks_reminder_with_a_public_shortener_is_not_high(self):
        result = analyze("您的信用卡本月账单3000元，到期还款日5日，点 t.cn/abc123 查看明细[招商银行]", "1065795555")
        assert "foreign_domain" not in result.codes and "shortener" in result.codes
        assert result.risk != "high"

    def test_a_home_delivery_is_no_visit_threat(self):
        assert "threat_or_abuse" not in analyze("【顺丰速运】您的快件预计明天上门派送").codes

    def test_a_police_notice_that_says_beware(self):
        result = analyze("凡是自称公检法要求汇款到安全账户的，请警惕电信诈骗。【某市公安局】")
        assert not severe_codes(result)

    def test_a_branch_landline_in_a_banks_offer_is_worth_a_check_not_severe(self):
        result = analyze("即日起刷卡满百返五元，详询0991-5589056。【中国银行】")
        assert "unofficial_callback" in result.codes and not severe_codes(result)

    def test_a_landline_beside_a_scam_family_is_still_severe(self):
        result = analyze("【中国银行】您的信用卡已冻结，请致电0991-5589056办理解冻")
        assert "card_frozen_callback" in severe_codes(result)

    def test_an_annual_fee_taken_with_a_help_line(self):
        result = analyze("我行已从您账上提取年费1200元，如有疑问请致电0532-68800000")
        assert "fake_charge" in severe_codes(result)

    def test_a_shortened_link_with_a_reminder_to_pay_is_medium(self):
        result = analyze("您尾号1234的信用卡该还款啦！点此 http://t.cn/abcd 快速还款。【支付宝】")
        assert result.risk == "medium"

    def test_the_carriers_other_numbers_and_short_link_domain(self):
        assert analyze("尊敬的客户，您本月获得赠送话费5元。[中国电信]", "10001").risk == "low"
        assert "lookalike_domain" not in analyze("【中国联通】账单详情请点击 http://u.10010.cn/tAE3W").codes

    def test_asking_to_confirm_a_transfer_is_no_request_to_pay(self):
        result = analyze("您正使用网银向他人汇款，收款人：程*；请确认本笔汇款是您本人操作。【中国银行】")
        assert "pay_to_account" not in result.codes

    def test_a_parcel_returned_when_overdue_is_no_debt(self):
        assert "unknown_platform" not in analyze("您有快递一件，请明天取走，逾期退回。").codes

    def test_a_fee_waived_is_no_fee_asked(self):
        assert "fees" not in analyze("年底前开办短信通业务将享受服务费终身全免优惠").codes

    def test_points_due_to_expire_with_a_masked_link(self):
        assert "limit_raise_points" in severe_codes(analyze("您的积分即将到期，请登录网址xxx兑换现金"))

    def test_a_friend_s_phone_after_losing_ones_card(self):
        assert "new_number_impersonation" in analyze("我的卡丢了，这是我朋友号码，钱直接打到她卡上").codes


class TestFamiliesOfBatchFive:
    """Patterns found on the modelled tuning batch, each written here in other words."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("刚才系统给你发了个码，麻烦把收到的码发我核对一下", "asks_secrets"),
            ("为核实身份，请回复您收到的六位数字", "asks_secrets"),
            ("你住的小区我们已经知道了，晚上见", "threat_or_abuse"),
            ("你这种人迟早遭报应", "threat_or_abuse"),
            ("你同事的电话我们都整理好了，一个一个打", "third_party_threat"),
            ("不还钱你的照片就发出去", "third_party_threat"),
            ("已对您申请诉前保全，将限制出行", "fake_legal"),
            ("专家带您投1000返1300，保本保息", "stock_tip_group"),
            ("恭喜中奖，领取需缴纳20%个人所得税", "prize_claim"),
            ("舅舅，我是你外甥，这个号是新办的，先帮我垫一下机票钱", "new_number_impersonation"),
        ],
    )
    def test_it_is_flagged(self, text, code):
        assert code in analyze(text).codes

    def test_a_platform_wound_down_with_a_help_line_nobody_owns(self):
        result = analyze("【某某贷】平台已暂停运营，还款账户变更，请致电客服 4008-123-456 获取新账户")
        assert "platform_windup" in severe_codes(result)

    def test_a_bill_asking_to_keep_the_balance_is_no_safe_account(self):
        result = analyze("【光大银行】您的信用卡本期账单已出，已设置自动还款的客户请保证账户余额充足。", "95595")
        assert "safe_account" not in result.codes

    def test_a_code_carrying_message_implies_no_channel(self):
        result = analyze("【淘宝】您的验证码为 665201，请在页面中输入完成验证。")
        assert result.risk == "low"

    def test_a_police_notice_that_says_this_is_a_fraud(self):
        result = analyze("【警方提示】有人来电称您涉案并要求配合调查——这是骗子冒充公安机关。")
        assert "fake_legal" not in result.codes

    def test_add_q_and_a_number_is_a_chat_account(self):
        assert "private_chat" in analyze("需要做利率调整 加q 3016724855").codes

    def test_a_parcel_that_cannot_be_delivered_with_a_link(self):
        result = analyze("您的包裹因地址不详无法派送，请点击 https://sf-x.cc/a7 更新地址")
        assert "account_problem_link" in severe_codes(result)


class TestAReviewersCases:
    """Genuine messages a fresh reviewer found rated high or medium by new rules, and scams they found
    passing more easily; each written down so it stays fixed."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【建设银行】温馨提示：验证码请勿告知他人，银行工作人员不会向您索取。", "95533"),
            ("【京东】验证码123456，您正在登录，若非本人操作请忽略，验证码切勿告知他人。", None),
            ("妈，照片我等下发给你，今天玩得很开心", "13812345678"),
            ("我朋友的电话打不通了，你帮我问问", "13812345678"),
            ("这事我今晚跟爸妈说清楚", "13812345678"),
            ("爸妈家我去了，一切都好", "13812345678"),
            ("你家楼下那家店我去过，挺好吃的", "13812345678"),
            ("我手机快没电了，晚点打给你", "13812345678"),
            ("【平安银行】大额存单保本保息，详情请登录平安口袋银行APP。", "95511"),
            ("【XX小学】恭喜您的孩子成为本月阅读之星", None),
            ("【中国移动】您的流量包将于今日23时59分到期，回复KTLL办理续订。", "10086"),
            ("【国家税务总局】您的个税退税待领取，请登录个人所得税APP查看。", "12366"),
        ],
    )
    def test_genuine_messages_stay_low(self, text, sender):
        assert analyze(text, sender).risk == "low", text

    def test_a_code_asked_for_in_another_sentence_than_a_warning(self):
        result = analyze("我是银行客服。请把收到的验证码告诉我，勿告知他人的说法不适用于本行工作人员")
        assert "asks_secrets" in severe_codes(result)

    @pytest.mark.parametrize(
        "text",
        [
            "您好，我是快递客服，您的快递丢失了，理赔请联系13812345678",
            "中国银行网点通知：您的信用卡欠款已逾期，请致电13812345678处理",
            "【招商银行】您的欠款已逾期，请致电0755-23456789处理，否则将起诉。",
        ],
    )
    def test_scams_stay_high(self, text):
        assert analyze(text).risk == "high", text

    def test_a_threat_that_says_whoever_does_not_cooperate(self):
        result = analyze("我是XX公安局民警，你涉嫌洗钱，凡是不配合核查的将被冻结资产，请联系王警官13812345678")
        assert "fake_legal" in result.codes and result.risk == "high"


class TestFamiliesOfBatchSix:
    """Families that batch 6 (real messages collected blind) showed missing; examples written here, not copied."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("爸，我手机坏了，把生活费汇到我室友的卡上，卡号6222020200112233445", "someone_elses_account"),
            ("我是房东，我的卡号换了，这个月房租打到6222020200112233445", "someone_elses_account"),
            ("恭喜！您的号码被浙江卫视栏目抽中，获得奖金5.8万元及笔记本电脑一台，请登录xx查收，查验码2211", "prize_claim"),
            ("明天必涨！老师免费推荐金股，加QQ 12345678 领取", "stock_tip_group"),
            ("投资老师带你抱团取暖，绝不收费，人满即封", "stock_tip_group"),
        ],
    )
    def test_severe_families(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in severe_codes(result) and result.risk == "high"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("妈，学校组织集训，培训费4800今天要交", "relative_needs_money"),
            ("爸，我被警方扣了，需要5000元保释金，别打电话", "relative_needs_money"),
            ("招聘兼职打字员，在家日结300元", "job_lure"),
            ("您好，我司收到您投递的简历，请加我微信查看offer", "job_lure"),
        ],
    )
    def test_medium_families(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk in ("medium", "high")

    @pytest.mark.parametrize(
        "text",
        [
            "妈，我下周回家，学费已经交了",
            "妈，你转的学费我收到了",
            "儿子，生活费我已经打到你卡上了",
            "【某银行】温馨提示：本行收款账户已变更，请以官方App显示为准",
            "凡是自称老师推荐金股、承诺必涨的，都是诈骗",
            "【建设银行】月月领红包，点击s.ccb.cn/s/a/Abc。拒收请回复R",
            "【美团月付】您本月账单35.20元待还，点击 mt.cn/Xy12ab 查账",
            "【京东快递】您的快递已到京东派，有事请电联177****0039",
        ],
    )
    def test_genuine_messages_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_link_left_out_after_open_is_a_link(self) -> None:
        assert "link" in analyze("您名下的社保卡已停用，请打开……进行更新升级").codes


class TestQuotedMentions:
    """A warning that quotes a scam describes it: what stands inside the quotation is not asked of anyone."""

    def test_a_carriers_warning_quoting_a_scam_stays_low(self) -> None:
        text = "【中国移动】近期有不法分子冒用我司名义发送“积分即将清零，请登录 jf-10086.cc 兑换现金”的诈骗短信，请勿点击。"
        assert analyze(text, sender="10086").risk == "low"

    def test_a_quoted_link_after_its_content_is_described(self) -> None:
        text = "温馨提醒：近期出现冒充熟人的病毒短信，短信内容为“你看这个 http://x7-album.cc/abc”，请勿点击。"
        assert analyze(text).risk == "low"

    def test_quotation_marks_alone_hide_nothing(self) -> None:
        result = analyze("【ETC】您的“ETC卡”已失效，请点击 etc-renz.cc 认证")
        assert result.risk == "high" and "account_problem_link" in severe_codes(result)

    def test_a_link_outside_the_quotation_still_counts(self) -> None:
        text = "有人发送“您的积分即将清零”的短信，请点击 jf-duihuan.com 查询"
        assert "link" in analyze(text).codes


def test_a_refund_of_school_fees_with_a_masked_number() -> None:
    result = analyze("家长您好，教育局现将退还一部分学杂费，请拨电话XXX办理")
    assert "fake_charge" in result.codes and result.risk in ("medium", "high")


class TestWholeMessageWarnings:
    def test_a_bank_warning_without_punctuation_stays_low(self) -> None:
        text = "尊敬的客户近期有不法分子冒充银行以升级网银需重新认证为由发送短信要求您点击短信中的链接请通过官方渠道办理切勿点击短信中的虚假链接"
        assert analyze(text).risk == "low"

    def test_a_long_clause_after_a_denial_is_still_denied(self) -> None:
        text = "【某银行】温馨提示：银行工作人员不会要求您点击陌生链接或下载会议软件共享屏幕。"
        assert "app_or_screen_share" not in analyze(text, sender="95588").codes

    def test_a_real_link_in_a_warning_still_counts(self) -> None:
        text = "谨防不法分子！您的ETC已失效，请点击 etc-renz.cc 重新认证"
        assert analyze(text).risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "【某驿站】您好，您的快递在运输中破损，请加理赔专员微信abc12345处理",
        "您在邮局有一份包裹未签收，请速来领取，服务电话:0771-2280700",
        "您离线的iPhone已插卡联网，请及时登录 find-iphone.cc 查看位置",
    ],
)
def test_parcel_and_lost_phone_tricks_are_high(text: str) -> None:
    assert analyze(text).risk == "high"


@pytest.mark.parametrize(
    "text",
    ["【菜鸟驿站】您的包裹已滞留3天，请凭取件码尽快取件。", "【顺丰速运】您的快件破损，我们已为您登记理赔，请在顺丰App查看进度"],
)
def test_genuine_parcel_notices_stay_low(text: str) -> None:
    assert analyze(text).risk == "low"


def test_an_address_to_settle_with_the_courier_on_the_phone_is_no_phishing() -> None:
    """Couriers settle an address on their own mobiles; the parcel phishing sends a link, and a claim
    by phone is still the refund trick."""
    assert analyze("【中通快递】您的快递因地址不详无法派送，请联系快递员13812345678确认地址。").risk == "low"
    assert analyze("【中通快递】您的快递因地址不详无法派送，请点击 zt-kd.cc/a 更新地址。").risk == "high"
    assert analyze("您的快递丢失，请联系快递员13812345678办理理赔。").risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "【极兔速递】您的包裹地址不详，请联系快递员18612345678核对，并点击 jt-kd.top 补填信息。",
        "【顺丰】您的快件因地址不详被退回，请回电快递员13700001111，需支付二次派送费20元至其微信。",
        "【顺丰】您的快件地址不详，请联系快递员13512345678，快递员会发送链接给您填写地址和银行卡信息。",
    ],
)
def test_a_couriers_mobile_does_not_excuse_a_link_a_fee_or_card_details(text: str) -> None:
    """Found by the fourth reviewer: the courier's mobile once excused the whole sentence."""
    assert analyze(text).risk == "high"


def test_cash_for_installing_an_app_through_a_link_is_high() -> None:
    assert analyze("下载安装XX钱包App,可得现金红包100元，点击 hb-xx.cc").risk == "high"
    assert analyze("【某银行】下载手机银行App，新户领取10元红包，请在应用商店搜索官方App").risk == "low"


def test_a_child_asking_for_a_training_fee() -> None:
    assert "relative_needs_money" in analyze("妈妈，我想参加一个学校的培训，费用9600。").codes
    assert analyze("妈妈，学校的培训很好玩，我们明天放假").risk == "low"


def test_a_transfer_confirmation_with_a_payee_and_a_transaction_code_is_no_pay_request() -> None:
    text = "您正使用网银向他人汇款，收款人：王*；账号后4位：1234；请确认本笔汇款通过本行官网办理，否则请中止操作，您输入手机交易码后汇款即时生效"
    assert "pay_to_account" not in analyze(text).codes


class TestFamiliesOfBatchSeven:
    """Batch 7 (real, collected blind): examples written here, not copied."""

    @pytest.mark.parametrize(
        "text",
        [
            "近期有人以法院或快递公司的名义通知您有违禁包裹被查获的诈骗案件，请勿轻易相信。",
            "市公安局友情提醒：谨防电话欠费、汽车退税、网络中奖等诈骗，遇到情况请拨110。",
            "【某某会员】注册会员将直接升级2星会员，注册验证码：277710",
            "【诈骗提醒】近日有不法份子假冒我公司发送短信，诱导客户登录网站输入银行卡号及密码。请注意提防。",
            "【自来水公司】您户本月水费已欠费，请及时到营业厅缴清。",
        ],
    )
    def test_genuine_warnings_and_notices_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("您好，请转告李*，其在某某贷的欠款已严重逾期，否则后果自负", "third_party_threat"),
            ("律师函和报案材料已寄往您户籍地村委会，请及时领取", "third_party_threat"),
            ("您订购的航班因机械故障已取消，请致电4000841500办理签改", "fake_charge"),
            ("您有一个包裹在海关被查获，里面藏有毒品", "fake_legal"),
            ("澳门娱乐场开通网上博彩，注册送彩金 abc-bet.cc", "gambling"),
        ],
    )
    def test_families_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk in ("medium", "high")

    def test_a_pretext_in_a_scam_is_not_taken_for_a_warning(self) -> None:
        assert analyze("我是公安局民警，以公安机关的名义正式通知您涉嫌洗钱，请致电 010-88886666").risk == "high"


class TestReviewOfTheNewExceptions:
    """Found by a reviewer who had not written the rules: the exceptions for warnings must not hide scams,
    and the new family rules must not read ordinary family or bank messages as requests."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的ETC认证已失效，您可以登录“etc-renz.top”重新认证",
            "您的快递丢失，以免影响赔付，请点击“kd-lp.cc”填写银行卡信息",
            "提醒：近期有不法分子冒充客服，请提高警惕。您的账户存在风险，请点击链接进行验证。",
            "警惕诈骗短信！您的社保卡已被冻结，请回复本短信或点击短信链接解冻。",
            "为避免您的账户因涉嫌违规操作不能正常使用请务必于今日之内将全部余额转入国家安全账户",
            "任何时候都可以提现只需先缴纳解冻金2000元到指定账户",
            "有人冒充您的身份办理了贷款，涉嫌洗钱，请配合调查，联系王警官13800138000",
        ],
    )
    def test_scams_are_not_hidden_by_the_exceptions(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【某银行】您已成功将5000元转入他行账户（户名：王*），如非本人操作请致电95599",
            "【某公安】近期有人冒充孩子同学，要求家长把钱打到同学卡上，请家长务必先与孩子本人核实",
            "妈，培训费学校说下周五截止，我自己用奖学金交",
            "妈，我被学校选上去参加集训了，费用学校全包",
            "妈，我同学的爸爸被警察抓了，好吓人",
            "【国家反诈中心】“爸，我被警察抓了，快交保释金”是诈骗话术",
            "【国家反诈中心】提醒：“刷单返利”是诈骗，凡是要求垫付的兼职刷单都是骗局",
            "老王，周一必涨这种话你也信？别跟着群里瞎买了",
            "【某电商】您的包裹在配送途中破损，已为您补发新商品，如有疑问请联系官方客服",
            "妈，哥的生活费我已经转到他的卡上了，你不用再打了。",
            "妈，我这学期的报名费和资料费学校都免了，你别担心。",
        ],
    )
    def test_ordinary_messages_are_not_raised(self, text: str) -> None:
        codes = analyze(text).codes
        assert not {
            "someone_elses_account",
            "relative_needs_money",
            "stock_tip_group",
            "job_lure",
            "account_problem_link",
            "fees",
        } & set(codes)

    def test_a_request_to_send_a_quoted_text_is_no_quotation(self) -> None:
        assert "asks_secrets" in analyze("请发送“姓名+银行卡号”至客服兑换现金").codes

    def test_money_to_someone_elses_card_for_me_is_still_a_request(self) -> None:
        assert "someone_elses_account" in analyze("我将钱存在你的卡上，你再帮我存在他的卡上即可。").codes


def test_school_results_behind_a_strangers_link_and_through_the_schools_own_platform() -> None:
    assert analyze("孩子期末成绩单已出，请家长登录查看 http://cj.school-xt.vip/m").risk == "high"
    assert analyze("【某学校】本学期成绩已发布，请家长登录学校官方平台查看").risk == "low"


def test_a_deadline_threat_asks_for_action(rules_alone) -> None:
    assert analyze("医保卡异常锁定，48小时未处理将永久作废。").risk == "medium"


def test_a_deadline_threat_worded_like_the_scams_is_high() -> None:
    assert analyze("医保卡异常锁定，48小时未处理将永久作废。").risk == "high"


class TestSecondReview:
    """Found by a second reviewer who had not written the rules (examples reworded here)."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【某银行】您尾号1234的贷款本期应还2,150.00元，账户余额不足，请于今日前存入该账户，以免逾期。", "95533"),
            ("【某银行】请将还款资金存入新的还款账户（尾号5566），详询官方客服。", "95566"),
            ("牛牛今天在幼儿园表现很好，晚上早点回来", None),
            ("【某珠宝】18K彩金系列新品上市，欢迎到店选购", None),
            ("【某市公安局】警方提醒：网赌平台“注册送彩金”诈骗高发，切勿参与，网赌违法。", None),
            ("【某市公安局】近期我市破获一起网赌案件，珍爱家庭，远离赌博。", None),
            ("【某物流】您的快递将于今日送达，签收码为3827，请在签收时告知配送员。", None),
            ("【某商场】店庆期间购物满199元赠送精美礼品", None),
            ("【某外卖】恭喜您在会员日抽中并获得5元无门槛红包", None),
            ("【某大学财务处】请于9月10日前将学费交至学校财务处，或通过校园统一缴费平台缴纳", None),
            ("【某金融】若持续逾期，我们将委托合作的第三方催收机构联系您，请登录官方App还款", None),
        ],
    )
    def test_genuine_messages_are_not_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender=sender).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "凡是让您转账的都是诈骗，请回复收到的验证码解冻账户",
            "我是你们王总，你先给这个账户转8万，急用",
            "刘总让我通知你，今天把货款15万转到新的供应商账户，账号稍后发你",
            "澳门新葡京线上娱乐城，注册即送88元，首充翻倍",
        ],
    )
    def test_scams_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"


@pytest.mark.parametrize(
    "text",
    [
        "【公安局】您的身份信息涉嫌一起诈骗案件，账户将被冻结，配合调查请联系王警官13800138000",
        "您的银行卡被骗子利用洗钱，已被立案调查，不配合将被拘留，联系电话010-88886666",
    ],
)
def test_a_fake_police_story_about_a_fraud_case_is_no_warning(text: str) -> None:
    assert analyze(text).risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "【某支付】您的账户存在风险，请在24小时内登录 zf-renzheng.cc 进行身份验证",
        "【某运营商】您的号码将于今日停机，请点击 yys-10086.cc 核验身份",
        "【车管所】您的车辆年审已到期，请登录 cgs-ns.cc 办理",
    ],
)
def test_more_account_problem_wordings_behind_a_strangers_link(text: str) -> None:
    assert analyze(text).risk == "high"


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("【中国移动】尊敬的客户，您的话费余额不足5元，为避免停机请及时充值。", "10086"),
        ("【某银行】温馨提示：您的账户存在风险交易时，我行会通过95588与您联系，请勿轻信陌生来电。", "95588"),
    ],
)
def test_genuine_notices_with_those_words_stay_low(text: str, sender: str) -> None:
    assert analyze(text, sender=sender).risk == "low"


class TestThirdReview:
    """Found by a third reviewer who had not written the rules (reworded here)."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的银行卡被诈骗分子用来洗钱，已被冻结，您要配合我们把钱转入安全账户核查。",
            "【公安局】你名下账户涉嫌为犯罪分子洗钱，现通知你将资金转入安全账户接受审查，否则将对你实施拘留。",
            "谨防诈骗，您的ETC已失效，点击 etc-rz.top 重新认证",
            "不法分子很多，你要小心，你的校园贷账户还没注销，请下载会议软件配合注销",
            "小刘，我是王总，明天开会前帮我给这个客户账户转8万，先别打电话",
            "我是你大伯，你表弟出车祸了需要手术费，你先打3万到医院张主任卡上。",
        ],
    )
    def test_scams_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "恭喜您的号码中了二等奖，奖金5万元，需先缴纳个人所得税1000元方可领取。",
            "您好，我是某证券的投资顾问，邀请您进入VIP投资群，跟着老师操作，月收益30%以上。",
            "高薪招聘：境外客服，月薪3万，包吃住包机票，有意者联系 tg @job888。",
            "亲，您购买的衣服甲醛超标，我们为您办理三倍赔偿，请用支付宝扫描二维码领取。",
            "我是你领导，先帮我给一个朋友转5000，他急用，回头我还你。",
        ],
    )
    def test_scams_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【某超市】恭喜您在店庆活动中获得50元购物券，已存入会员账户，下次购物自动抵扣。",
            "【反诈中心】凡是自称公检法要求转账到“安全账户”的都是诈骗！公检法机关没有安全账户。",
            "【反诈提醒】骗子常说：比如注销校园贷、征信修复、刷单返利，只要让你转账就是诈骗。",
        ],
    )
    def test_genuine_messages_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestMaskedFormsOfPublishedDatasets:
    """Published datasets mask digits as DIGIT and glue the URL token to the path after it."""

    def test_points_counted_in_a_digit_token_expire(self) -> None:
        text = "尊敬的用户您的账户积分 DIGIT 分即将到期，请及时登录 URL 兑换 DIGIT 元现金【某银行】"
        assert "limit_raise_points" in analyze(text).codes

    def test_a_digit_token_is_no_digit_in_the_evidence(self) -> None:
        result = analyze("积分 DIGIT 分即将清零，请登录 URL 兑换")
        assert "DIGIT" in result.normalized_text and "00000" not in result.normalized_text

    def test_a_url_token_glued_to_its_path_is_a_link(self) -> None:
        assert "link" in analyze("您离线的iphone已插卡联网，请及时登录 URLfind 查看位置").codes

    def test_a_lower_case_digit_word_stays_a_word(self) -> None:
        assert analyze("Enter the 6-digit code in the app").risk == "low"


@pytest.mark.parametrize(
    "text",
    [
        "【某平台】您开通的百万医疗保障将于次日自动扣费，如需关闭请致电客服 400-6823-197",
        "您的账户正在发生一笔5000元的交易，如非本人操作请登录 yh-jy.cc 查询",
    ],
)
def test_a_charge_to_stop_and_a_transaction_to_check_through_the_message(text: str) -> None:
    assert analyze(text).risk == "high"


def test_a_genuine_autorenewal_reminder_pointing_to_the_app_stays_low() -> None:
    assert analyze("【爱奇艺】您的会员将于明日自动续费，如需取消请在App内操作。").risk == "low"


def test_baitiao_alone_names_jd_but_an_iou_does_not() -> None:
    assert analyze("您的白条本期应还1200元，请于今日前还款").institution.code == "jd"
    assert analyze("他给我打了白条，说好年底还").institution is None


class TestFakeLoanOffers:
    """虚假网络贷款: "no collateral, no credit check, cash today" and a private number or chat."""

    @pytest.mark.parametrize(
        "text",
        [
            "正规银行贷款，无抵押，免担保，24小时放款，详询王经理186****9653",
            "有车即可借款，无视征信，当天下款，加微信 dk8899a",
            "仅凭身份证即可贷款5万，下款快，电话13912345678",
        ],
    )
    def test_a_loan_offer_through_a_private_channel_is_high(self, text: str) -> None:
        result = analyze(text)
        assert result.risk == "high"
        assert "fake_loan_offer" in result.codes

    def test_a_named_banks_offer_is_judged_by_its_channel(self) -> None:
        """A named bank's own offer through a branch landline is not a fake loan for its words alone."""
        result = analyze("【中国银行】中银E贷，无抵押无担保，最快当天放款，详询0991-5589056，退订回T")
        assert "fake_loan_offer" not in result.codes
        assert result.risk == "medium"

    def test_the_offer_through_the_banks_own_number_stays_low(self) -> None:
        assert analyze("【招商银行】闪电贷最快1分钟放款，无需抵押，详询95555").risk == "low"

    def test_a_warning_about_such_offers_is_no_offer(self) -> None:
        text = "警方提示：凡是声称“无抵押、不看征信、当天放款”并要求先交费的，都是诈骗，请拨打96110咨询。"
        assert "fake_loan_offer" not in analyze(text).codes


class TestFamiliesOfBatchEight:
    """Forms from the eighth batch of real messages (tests/data/TUNE8.md), worded here."""

    @pytest.mark.parametrize(
        "text",
        ["钱打过来告诉我一声。卡号：6228****1395776。农业银行某支行。户名：张**", "BANK NAME 请把钱打过来"],
    )
    def test_a_card_given_in_a_persons_words_is_an_account_but_not_severe(self, text: str) -> None:
        """A friend asking to be paid back writes the same (found by the fourth reviewer): medium."""
        result = analyze(text)
        assert "pay_to_account" in result.codes
        assert result.risk == "medium"

    @pytest.mark.parametrize("text", ["王总好，建行卡号 BANK NAME 材料款 DIGIT 元", "财务账号 BANK NAME 收到回个信"])
    def test_a_masked_card_and_its_masked_holder_are_an_account_to_pay(self, text: str) -> None:
        """The datasets mask "卡号 6228… 张三" as "卡号 BANK NAME": a card and the person who holds it."""
        result = analyze(text)
        assert "pay_to_account" in result.codes
        assert result.risk == "medium"

    def test_a_masked_card_alone_is_no_account_to_pay(self) -> None:
        assert "pay_to_account" not in analyze("您尾号 BANK 的信用卡本期账单已出").codes

    def test_a_request_to_pay_a_person_beside_a_scam_family_is_high(self) -> None:
        assert analyze("您的校园贷账户需注销，请把欠款转到6222 0202 0202 0202 020，户名李强").risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "妈，我的卡号是6217 0012 3456 7890 123，户名是我，钱到了我跟你说。",
            "爸，这是我新办的卡，6228 4812 3456 7890 123，户名王小明，以后生活费打这张就行。",
            "小刘，上次你帮我垫付的800块，我转你工行卡了，卡号6212261234567890123，户名刘洋。",
            "【XX法院】被执行人请将执行款缴入本院执行款专户：户名XX市人民法院，账号 1234 5678 9012 3456 789。",
        ],
    )
    def test_family_cards_payments_made_and_a_courts_account_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_a_credit_notice_with_a_card_tail_is_no_pay_request(self) -> None:
        assert analyze("【工商银行】您尾号1234的卡于12月1日转入5000.00元，余额8000.00元。").risk == "low"

    def test_a_letter_o_for_a_zero_does_not_hide_a_number(self) -> None:
        result = analyze("尊敬的客户，农行通知今天要从您账上转出196O元，电话：O311-80797856【某地农行】")
        assert {"fake_charge", "unofficial_callback"} <= set(result.codes)

    def test_an_operators_own_wechat_account_is_no_private_chat(self) -> None:
        text = "余额不足请及时充值以免停机。关注广州移动官方微信（微信号：cmccgz），专享更多优惠。【中国移动】"
        assert "private_chat" not in analyze(text, "10086").codes

    def test_a_bank_saying_a_code_must_not_be_told_is_no_request(self) -> None:
        text = "建行提醒：转账时都会发送验证码，这个验证码不能告诉任何人。"
        assert "asks_secrets" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "请把验证码发给我，不要告诉别人",
            "我是京东客服，请把刚才收到的验证码报给我核实身份，这个验证码不能告诉任何人，只能告诉我们工作人员。",
            "把你手机上收到的验证码发给我，这个验证码不能告诉任何人，只告诉我就行。",
        ],
    )
    def test_a_request_to_keep_quiet_after_asking_for_the_code_still_asks(self, text: str) -> None:
        """Found by the fourth reviewer: "这个验证码不能告诉任何人" once excused the request before it."""
        result = analyze(text)
        assert "asks_secrets" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("澳门威尼斯人盛邀您加入，充值100送100，一倍流水即可提款，网址 wns-88.cc", "gambling"),
            ("老牌分析师推荐，收益全部免费，人满即封，加微信 gp2020abc", "stock_tip_group"),
            ("专业提供股票配资，买涨买跌都赚钱，详询13912345678王老师", "stock_tip_group"),
            ("本公司代开各行业正规机打发票，保真，验后付款，电话13912345678", "fake_invoice_offer"),
        ],
    )
    def test_gambling_stock_tips_and_invoices(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        ["【体育周刊】决赛前瞻：主流机构给出的英格兰夺冠赔率为1赔3.5。", "哥们，今晚皇马对巴萨，我看赔率主胜2.10，你觉得谁赢？"],
    )
    def test_odds_in_sports_talk_are_no_gambling(self, text: str) -> None:
        assert "gambling" not in analyze(text).codes

    def test_a_small_bank_not_in_the_directory_is_named_all_the_same(self) -> None:
        text = "【昆山鹿城村镇银行】我行推出创业贷，无抵押、当天放款，欢迎到网点办理，电话0512-55551234。"
        assert "fake_loan_offer" not in analyze(text).codes

    def test_a_brands_wechat_word_is_no_chat(self) -> None:
        assert analyze("【星巴克】在WECHAT搜索“星巴克中国”公众号领取生日券。").risk == "low"

    def test_a_genuine_receipt_offer_is_no_invoice_offer(self) -> None:
        assert "fake_invoice_offer" not in analyze("缴费后银行可出具正规报销发票，无手续费。").codes

    def test_a_chat_token_of_a_dataset_is_a_chat(self) -> None:
        assert "private_chat" in analyze("有急事找你，麻烦添加下我 WECHAT").codes


class TestMoreFormsOfBatchesSixToEight:
    def test_glued_dataset_tokens_are_read_one_by_one(self) -> None:
        result = analyze("小时放款不看负债不上征信详情 NAME CELLPHONEWECHAT 查询回 y 退订回 t")
        assert "private_chat" in result.codes and "unofficial_callback" in result.codes

    def test_an_uppercase_english_word_holds_no_token(self) -> None:
        assert analyze("IPHONE 17 新品到店，欢迎选购【某商城】").risk == "low"

    def test_a_chat_asked_for_without_its_id_is_a_chat(self) -> None:
        result = analyze("您好我是某某贷平台的，通过率百分之九十六，如有需求请添加我们代办客户 QQ")
        assert {"private_chat", "fake_loan_offer"} <= set(result.codes)
        assert result.risk == "high"

    def test_a_warning_about_chats_adds_none(self) -> None:
        assert "private_chat" not in analyze("警方提醒：不要添加陌生人微信，谨防诈骗。").codes

    def test_a_family_claim_cut_off_by_its_source_is_medium(self, rules_alone) -> None:
        assert analyze("尊敬的用户,您累计131580分即将过期……").risk == "medium"

    def test_the_points_claim_worded_like_the_scams_is_high(self) -> None:
        assert analyze("尊敬的用户,您累计131580分即将过期……").risk == "high"

    def test_a_changed_number_is_the_impersonation_opener_but_not_high(self) -> None:
        result = analyze("本人自今日起手机号码变更为13812345678,原有号码停止使用,请诸位惠存新号")
        assert "new_number_impersonation" in result.codes
        assert "account_problem_link" not in result.codes
        assert result.risk == "medium"

    def test_stock_codes_promised_for_tomorrow(self) -> None:
        text = "某某财富明天公开验证的股票为600000，拉升以上，详情登入 gp-88.cc"
        assert "stock_tip_group" in analyze(text).codes


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("【交通银行】您的信用卡有一笔5,200元的消费，如非本人操作请点击 http://jtyh.cc/c 查询交易并撤销。", "high"),
        ("【某银行】您的信用卡有一笔消费2,999元，如需取消或查询交易请点击 www.yhka.top 查看详情。", "high"),
        ("【交通银行】您尾号1234的信用卡10月20日消费8,800元，如非本人操作请致电95559。", "low"),
        ("【招商银行】您的一卡通消费1,000元，如非本人操作，请登录招商银行App查询。", "low"),
    ],
)
def test_a_charge_you_did_not_make_checked_through_the_messages_link(text: str, risk: str) -> None:
    """Found by the fourth reviewer; the bank's own number or app keeps a genuine alert low."""
    assert analyze(text).risk == risk


@pytest.mark.parametrize(
    "text",
    [
        "【人社局】您可申领2026年育儿补贴3600元，请点击 rsj-bt.vip 填写信息领取。",
        "您好，您申请的以旧换新国家补贴已审核通过，补贴金额2000元，请登录 gb-hx.cn 领取。",
        "【公积金中心】您的住房公积金可全额提取，请登录 gjj-tq.top 申请，名额有限。",
        "老板让你加一下这个QQ群 837465921，有急事要安排。",
        "【国家反诈中心】提醒：您的手机存在涉诈风险，请立即下载 fz-app.cn 进行检测。",
    ],
)
def test_subsidies_housing_funds_a_bosss_group_and_a_public_body_off_gov_cn(text: str) -> None:
    assert analyze(text).risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "【某市人社局】您的2026年育儿补贴3600元已发放至社会保障卡，请注意查收。",
        "【国家税务总局】您有一笔个税退税待确认，请登录个人所得税App查看。",
        "【建设银行】您尾号5092的储蓄卡因多次密码错误已被锁定，请本人携带证件到网点解锁，或登录建行App处理。",
    ],
)
def test_a_subsidy_paid_and_a_request_through_the_institutions_own_app_stay_low(text: str) -> None:
    assert analyze(text).risk == "low"


def test_a_deposit_given_back_is_a_receipt_not_a_demand() -> None:
    text = "【神州租车】您的订单已还车，取车时的订单押金5000.00元，已解冻3000.00元，剩余2000.00元违章押金将于30天后解冻。"
    assert analyze(text).risk == "low"
    assert "fees" in analyze("解冻需缴纳保证金3000元，我们已退还过多位客户的保证金").codes


def test_a_police_tip_line_is_no_callback() -> None:
    text = "“亮剑”行动重点打击两抢一盗、涉毒违法犯罪。举报电话：03163175814，线索属实有奖。【某县公安局】"
    assert analyze(text).risk == "low"
    assert "unofficial_callback" in analyze("您的信用卡已冻结，详情请致电03163175814【某银行】").codes


@pytest.mark.parametrize(
    "text",
    [
        "你老婆的电话我们也有，要不要我们跟她聊聊你借钱的事？",
        "你欠的钱已经转给我们第三方处理，我们不是银行，没那么好说话，自己掂量。",
    ],
)
def test_veiled_collection_threats_are_not_low(text: str) -> None:
    assert analyze(text).risk != "low"


@pytest.mark.parametrize("text", ["我和她聊聊再说吧", "你跟你爸妈说说，别让他们担心"])
def test_talking_with_family_is_no_threat(text: str) -> None:
    assert analyze(text).risk == "low"


def test_a_named_banks_notice_cut_off_is_just_cut_off() -> None:
    assert analyze("【工商银行】尊敬的客户，您的信用卡额度已提升至5万元……").risk == "low"


@pytest.mark.parametrize(
    "text",
    [
        "亲，帮个忙，我在帮你注册抽奖，你会收到个验证码，发给我就行，不要告诉别人哦。",
        "帮我个忙，我在给你转账需要验证码，你收到后截图给我，这个验证码只给我不要告诉别人。",
        "不好意思，我刚才手机号输错了，验证码发到你那里了，麻烦把那个6位数字告诉我一下。",
        "帮我看看你手机收到的那条短信里的数字是多少，我账号登不上了。",
        "需要用你的卡过一下账，钱马上转回来，卡号和密码发我一下。",
    ],
)
def test_code_requests_as_people_write_them(text: str) -> None:
    """Found by the fifth reviewer: across a comma, by screenshot, as "the six digits"."""
    assert "asks_secrets" in analyze(text).codes


@pytest.mark.parametrize(
    "text",
    [
        "【某银行】验证码已发送至您的手机，请勿告诉他人，回复TD退订",
        "之前借你的钱我想还你，你把卡号发我一下",
        "收到验证码后请不要告诉任何人，包括自称客服的人",
    ],
)
def test_a_code_sent_a_card_number_to_be_repaid_and_a_warning_ask_nothing(text: str) -> None:
    assert "asks_secrets" not in analyze(text).codes


def test_v_colon_is_a_wechat_id() -> None:
    assert "private_chat" in analyze("倒贷垫资，代办大额信用卡，包下卡，联系V：xyk5520。").codes


class TestTheFifthReviewersScams:
    """Written by the fifth reviewer, who had not seen the rules; each was low or medium before."""

    @pytest.mark.parametrize(
        "text",
        [
            "快递员：您好，您有一个到付件，运费18元，请扫码支付到我个人微信，电话13766665555。",
            "【顺丰速运】快件因海关查验需缴纳关税268元，请联系快递员13588887777通过微信转账，否则退回。",
            "【农业银行】您的账户于今日发生一笔3980元境外消费，如非本人操作，请致电客服0755-88776655取消。",
            "【XX证券】您关注的股票600519今日涨停，回复1获取明日牛股，名额有限，满员即止。",
            "【兴业银行】您有一笔8,888元的消费即将扣款，如需取消交易请回复本短信或致电021-62223333。",
            "【皇冠体育】您的账户已到账彩金188元，打码量达标即可提现，点击 hg88.top 登录。",
            "【XX市人民政府】2025年消费券发放中，请点击 xzf-xfq.cn 领取。",
            "您好，您儿子在我们学校打架受伤住院了，需交手术费2万元，请马上转到王主任的卡上。",
            "【中国福利彩票】恭喜您获得幸运大奖iPhone16一部，请点击 zgfc-lj.cc 填写收货地址并支付邮费。",
        ],
    )
    def test_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "叔，我是小军，换了新号，先存一下。我这边有个急事，能先借我两万吗？",
            "我是李总，请拉个群把财务小刘也拉进来，有笔款要转。",
            "我是张总，你把我的新微信加一下，明天有事交代：zhangzong2025",
            "【韵达快递】您的包裹已遗失，赔偿金300元，请回复您的支付宝账号和姓名以便转账。",
        ],
    )
    def test_at_least_medium(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "中奖了！奖品已寄出，邮费由我们承担",
            "您好，您的快递已到驿站，如需送货上门，派送费3元可在App内支付",
            "【顺丰速运】您的快件运费18元已支付，感谢使用",
        ],
    )
    def test_genuine_notes_about_fees_and_prizes_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


@pytest.mark.parametrize(
    "text",
    [
        "【XX区人民法院】您好，您的案件已立案，请登录 https://zxfw.court.gov.cn 查询案件进度。",
        "房东王姐：押金3000元已退到你支付宝，请查收，祝工作顺利。",
        "【顺丰】快递员刘师傅13811112222：您的快件已到，请准备好身份证签收（实名认证）。",
    ],
)
def test_a_courts_notice_through_its_own_channels_a_deposit_returned_and_a_real_name_check(text: str) -> None:
    """Found by the fifth reviewer: 立案 in a court's own notice, a deposit given back, 实名认证 at the door."""
    assert analyze(text).risk == "low"


def test_a_fake_court_with_its_own_link_is_still_high() -> None:
    assert analyze("【XX区人民法院】您的案件已立案，请登录 fy-ws.cn 查看传票，并拨打12368核实。").risk == "high"


def test_an_offices_number_change_is_no_impersonation() -> None:
    result = analyze("【XX物业】物业服务中心电话号码变更为0571-87654321，原号码停用。")
    assert "new_number_impersonation" not in result.codes and "card_frozen_callback" not in result.codes


def test_a_casino_in_talk_is_no_gambling_offer() -> None:
    assert analyze("这周末去澳门玩，要不要一起？顺便去看看赌场。").risk == "low"
    assert "gambling" in analyze("线上真人真钱赌场，首存赠送，无需流水即可提现").codes


class TestTheSixthReviewersCases:
    def test_a_fake_court_asking_a_fee_to_a_personal_account_stays_high_with_a_real_link(self) -> None:
        text = "【XX人民法院】您的案件已立案，请登录 https://www.court.gov.cn 查看，另需缴纳保全费2000元至个人账户 6222 1234 5678 0000。"
        assert analyze(text, "106912345678").risk == "high"

    def test_a_court_notice_from_a_private_mobile_keeps_its_legal_words(self) -> None:
        assert analyze("【XX人民法院】您的案件已立案，请登录 https://www.court.gov.cn 查看。", "17011112222").risk == "high"

    def test_a_visit_to_the_parents_after_a_delivery_is_a_threat(self) -> None:
        assert analyze("我们会送货上门，顺便拜访一下你父母，聊聊你欠的那三万块。").risk != "low"

    @pytest.mark.parametrize("text", ["你自己掂量一下吧，这份工作离家这么远", "买不买你自己掂量，那车油耗挺高的。"])
    def test_weighing_things_up_is_everyday_advice(self, text: str) -> None:
        assert analyze(text).risk == "low"


@pytest.mark.parametrize(
    "text",
    [
        "小刘，我是张局长，我这边在开会不方便接电话，你先帮我把5万块钱转给这个账户，回头给你。",
        "在吗？我是王总，现在在外面谈事情，你把对公账户上的余额截图发我看看。",
        "快递柜取件需要身份验证，稍后会有一条短信，收到后回复我里面的数字就行。",
        "麻烦你把手机收到的动态码报一下，我这边马上给你退款。",
        "恭喜您中奖了一台华为手机，只需支付39元邮费即可包邮到家。",
    ],
)
def test_the_sixth_reviewers_scams(text: str) -> None:
    assert analyze(text).risk == "high"


def test_a_personal_request_beside_a_demanded_account_keeps_it_severe() -> None:
    text = "请立即还款至以下账户6222020202020202020，还完打过来告诉我一声，卡号：6217000012345678"
    result = analyze(text)
    assert next(flag for flag in result.flags if flag.code == "pay_to_account").severe


class TestFamiliesOfBatchNine:
    """Forms from the ninth batch of real messages (tests/data/TUNE9.md), worded here."""

    @pytest.mark.parametrize(
        "text",
        [
            "诚聘网络兼职，在家用手机就能做，刷一单佣金8元，工资日结，有意者加QQ 3345678123",
            "您好，我们收到了您的简历，已被录用为线上打字员，当天结算，请添加微信 hr_8866 办理入职",
        ],
    )
    def test_a_job_lure_with_a_chat_account_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "job_lure" in result.codes
        assert result.risk == "high"

    def test_a_job_lure_without_a_channel_stays_a_warning(self, rules_alone) -> None:
        result = analyze("兼职打字员，手机电脑均可，工资日结")
        assert "job_lure" in result.codes
        assert result.risk == "medium"

    def test_worded_like_the_scams_the_job_lure_is_high(self) -> None:
        # The rules' medium raised by the wording model (a blind reviewer's point: say what the user sees).
        assert analyze("兼职打字员，手机电脑均可，工资日结").risk == "high"

    def test_a_dataset_qq_token_is_a_chat_account(self) -> None:
        assert "private_chat" in analyze("兼职刷单日结详情咨询 QQ 客服小张").codes

    @pytest.mark.parametrize(
        "text",
        [
            "那笔钱直接打我建行卡上 6217001234567890123 李强",
            "建行卡号:621700 **** **** 321,户名:周**",
            # The bank it was opened at is a field of where to pay, not a notice of an account opened.
            "温馨提示:户名:赵**,开户行:建行某某支行,帐号:6217************4321,金额:3万元,谢谢!",
        ],
    )
    def test_a_bare_account_with_its_holder_is_where_to_pay(self, text: str) -> None:
        result = analyze(text)
        assert "pay_to_account" in result.codes
        assert result.risk == "medium"

    def test_a_sum_into_the_account_below_is_a_request_to_pay(self) -> None:
        result = analyze("老弟：下午有笔钱到你卡上，请办理25000元入以下账号6228************4321户名钱**")
        assert "pay_to_account" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【建设银行】户名:李* 卡号6217****4321 于12月2日收入3000.00元,余额5200.00元",
            "【XX法院】执行款请缴入本院专户:户名XX区人民法院,账号 6217 0012 3456 7890 123",
            "【农业银行】您尾号4321账户开户成功,户名:李*,开户网点:某某支行,卡号6228****4321",
        ],
    )
    def test_a_banks_notice_or_a_courts_account_is_no_bare_account(self, text: str) -> None:
        assert "pay_to_account" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "尊敬的客户,您的话费余额已不足5元,为避免停机请及时充值,点击 u.10010.cn/abc 即可交费【中国联通】",
            "您已欠费12.30元,号码将于明日停机,请尽快缴费,登录 www.189.cn 查询【中国电信】",
        ],
    )
    def test_a_phone_bill_about_a_cut_off_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_a_number_cut_off_for_a_violation_by_link_stays_high(self) -> None:
        assert analyze("您的手机号涉嫌违规,将于24小时内停机,请点击 x.cn/ab 进行实名认证").risk == "high"

    def test_an_insurers_own_number_and_site_reassure(self) -> None:
        result = analyze("【中国人寿】您的保单即将到期,续保请致电95519或登录 www.chinalife.com.cn 办理。", "95519")
        assert result.institution is not None and result.institution.code == "china_life"
        assert result.risk == "low"

    def test_an_insurer_named_beside_a_lookalike_link_is_high(self) -> None:
        assert analyze("【平安保险】您的保单已失效,退保请点击 pingan-tb.cc 办理,逾期影响征信").risk == "high"

    def test_a_way_to_pay_named_in_a_list_is_not_who_writes(self) -> None:
        text = "话费充值提醒:您的账户余额为8元。可登录移动官网交费,支持网银、支付宝等,或注册银联卡充值。"
        result = analyze(text, "10086")
        assert "claim_sender_mismatch" not in result.codes
        assert "official_sender" in result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "恭喜您成为某商城十周年幸运用户,请登录 abc-gift.cc 查收您的大礼",
            "您已获得感恩回馈活动用户资格,奖金2万元及礼包一份,请到 tb-gift.cc 领取,查收码6612",
        ],
    )
    def test_an_anniversary_lucky_user_with_a_link_is_a_prize_claim(self, text: str) -> None:
        result = analyze(text)
        assert "prize_claim" in result.codes
        assert result.risk == "high"


class TestCuriosityLinks:
    @pytest.mark.parametrize(
        "text",
        ["老同学,你都上新闻了,自己看吧 http://t.cn/Ab12", "你看这是谁 x-news.cc/v/88", "这是你的照片吗 http://pic-88.cc/a"],
    )
    def test_a_link_to_open_out_of_curiosity_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "curiosity_link" in severe_codes(result)
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "您的照片已上传到相册,点击查看 photo.baidu.com",
            "你看看这件衣服好看吗 https://item.taobao.com/item.htm?id=123",
            "你都上新闻了,快看今天的晚报第三版",
        ],
    )
    def test_a_photo_album_a_shop_link_or_no_link_is_not(self, text: str) -> None:
        assert "curiosity_link" not in severe_codes(analyze(text))


class TestFromTheRoundsAnalyserReview:
    """Regressions a reviewer who had not written the rules found in this round's changes."""

    @pytest.mark.parametrize(
        "text",
        [
            "我工资还没结，下个月一定还，求你们别打我家里电话了。",
            "催收员你好，我这个月工资结了就马上还，能不能宽限几天。",
            "老板说这个月工资月底结算，大家再等几天。",
            "您好，您在我司应聘的会计岗位已录用，请于下周一携带身份证到人事部报到。电话0571-86001234。",
        ],
    )
    def test_talk_of_wages_and_a_genuine_offer_are_no_job_lure(self, text: str) -> None:
        assert "job_lure" not in analyze(text, "13912345678").codes

    def test_an_insurance_agent_on_their_own_mobile_makes_no_false_claim(self) -> None:
        text = "您好，我是泰康人寿的业务员小刘，您家那份保险下个月到期了，有空我把续保报价发您看看。"
        assert "claim_sender_mismatch" not in analyze(text, "13800001111").codes

    def test_a_carrier_asking_to_pay_a_persons_card_stays_high(self) -> None:
        text = "【中国联通】您的余额不足将停机，回复1办理话费代充，转账到工行卡号6222021234567890123 户名：张丽，到账即充。"
        assert analyze(text, "13912345678").risk == "high"

    def test_a_scam_naming_a_way_to_pay_still_claims_it(self) -> None:
        result = analyze("注册银联卡进行充值可返现30%，详询客服QQ 2851234567。", "13912345678")
        assert result.institution is not None and result.institution.code == "unionpay"


@pytest.mark.parametrize(
    "text",
    ["今天的工资日结给大家了，工地上这周辛苦了。", "我在厂里做打字员，工资月底结。", "老板娘说这周的工钱当天结算，干完就给。"],
)
def test_a_foreman_paying_out_is_no_job_lure(text: str) -> None:
    assert "job_lure" not in analyze(text).codes


class TestFamiliesOfBatchTen:
    """Forms from the tenth batch (invented blind on public warnings and notices, tests/data/TUNE10.md), worded here."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【东方航空】您的MU5101航班因天气原因取消，可通过东航App或致电95530免费改签或退票。", "95530"),
            ("【顺丰速运】您的快件已由快递员张师傅派送，电话13812345678，请保持电话畅通。", None),
            ("【XX区人民法院】您的案件已转入诉前调解，调解员将与您电话联系，调解不收取任何费用。", None),
            ("【XX市公安局】刚才与您通话的号码涉嫌诈骗，请不要向对方转账，如已转账请立即拨打110。", None),
            ("【国家反诈中心】ETC不会认证失效，收到含链接的此类短信请直接删除。", "10086"),
            ("【中国移动】公安机关提醒：冒充客服要求关闭百万保障扣费的都是诈骗，百万保障免费，切勿共享屏幕。", "10086"),
            ("【12381】如对方以贷款、刷单、投资等理由要求转账，请立即停止。", None),
            ("【中国邮政】您的EMS邮件（XX人民法院寄出）已到达营业部，请凭身份证领取。", None),
            ("【招商银行】您申请的信用卡个性化分期已审批通过，分24期，详情见掌上生活App。", None),
            ("【工商银行】您的账户交易存在异常，已暂停非柜面交易，请本人携带身份证到任一网点核实。", None),
            ("【出入境】您的证件已通过EMS寄出，单号尾号3216，请注意查收。", "12367"),
        ],
    )
    def test_genuine_notices_of_airlines_couriers_courts_police_and_banks_are_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_court_claim_that_presses_without_a_channel_stays_flagged(self) -> None:
        assert "fake_legal" in analyze("【XX法院】您涉嫌恶意欠款已立案，请于24小时内处理，否则移交公安。").codes

    @pytest.mark.parametrize(
        "text",
        [
            "接种疫苗的人员可领取每人2000元补助，领取入口：bz-2000.top",
            "您的快递已破损，可获原价加100元补偿，客服稍后联系您，请准备好接收验证码。",
            "你目前处于监管期，请每日以短信汇报行踪，不得向任何人透露案情。",
            "我先转10万到你卡里，你再帮我转给对方领导，把你的卡号发我。",
            "你在我司做的连单任务已锁定，需再完成3单才能解冻提现本金和佣金。",
            "我是林老师助理，老师今晚直播讲解抄底机会，点击 zb-ls.cc 进群免费听课。",
            "您的贷款资金已被冻结，需预存5000元提高评分后一并到账。",
            "我们的人已经到你小区门口了，出来聊聊还是我们上去？",
            "您的借款已进入司法调查阶段，调查员将核实你的工作单位和户籍，否则按恶意逃废债处理。",
            "数字人民币钱包升级，您的余额需要转入新钱包地址才能使用。",
        ],
    )
    def test_recent_scam_families_are_at_least_medium(self, text: str) -> None:
        assert analyze(text).risk in ("medium", "high")


class TestCommonWordsInThreatsAndGambling:
    """Everyday words the threat and gambling rules had taken for their slang, and the slang itself."""

    @pytest.mark.parametrize(
        "text",
        ["【市气象台】明天有大风降温，出行请注意安全。", "您可在快递APP中随时跟踪您的包裹。", "雨停后河道退水两天，请勿下河。"],
    )
    def test_a_notice_with_the_everyday_words_stays_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize("text", ["钱不还是吧？晚上回家注意安全。", "欠债不还，我们派人跟踪你到底。"])
    def test_the_same_words_as_a_threat_still_count(self, text: str) -> None:
        assert "threat_or_abuse" in analyze(text).codes

    def test_a_gambling_sites_deposit_bonus_and_rebate_are_gambling(self) -> None:
        result = analyze("线路已更新，老会员首进1000赠1000，退水2个点。")
        assert "gambling" in result.codes
        assert result.risk == "high"


class TestLinksUnderAbusedTopLevelDomains:
    def test_a_named_lender_linking_to_a_domain_under_an_abused_tld_is_high(self) -> None:
        result = analyze("【度小满】您本月的账单已出，详情点击 dxm-zd.top 查看。")
        assert "foreign_domain" in result.codes
        assert result.risk == "high"

    def test_the_same_link_under_com_stays_medium(self) -> None:
        """A .com domain that is not the lender's may still be a partner's page: the flag alone is not severe."""
        assert analyze("【度小满】您本月的账单已出，详情点击 dxm-zd.com 查看。").risk == "medium"

    def test_no_institution_in_the_directory_uses_an_abused_tld(self) -> None:
        from triage.analysis.links import ABUSED_TLDS

        own = [
            d
            for inst in all_institutions(include_government=True)
            for d in inst.all_domains
            if d.rpartition(".")[2] in ABUSED_TLDS
        ]
        assert own == []


class TestOfficialAccounts:
    def test_adding_a_carriers_official_account_is_no_private_chat(self) -> None:
        text = "【中国联通】您的话费余额不足10元，可添加微信公众号“中国联通客服”交费。"
        assert "private_chat" not in analyze(text).codes

    def test_adding_its_staffs_wechat_still_is(self) -> None:
        assert "private_chat" in analyze("【中国联通】您的话费余额不足10元，可添加微信客服交费。").codes


class TestPublicShorteners:
    def test_a_banks_reminder_with_a_public_short_link_is_low_and_says_why_to_be_careful(self) -> None:
        result = analyze("您的信用卡本月账单1,200.00元，到期还款日15日，点 t.cn/Ab3xYz9 查看明细【招商银行】")
        assert result.risk == "low"
        assert "shortener" in result.codes  # still shown: the address is hidden, use the app

    def test_a_short_link_beside_a_scam_family_still_rates(self) -> None:
        assert analyze("【招商银行】您的积分即将清零，请点 t.cn/Ab3xYz9 兑换现金").risk in ("medium", "high")


class TestFamiliesOfBatchEleven:
    """Forms from the eleventh batch (invented blind, pasted as people paste them, tests/data/TUNE11.md),
    worded here."""

    @pytest.mark.parametrize(
        "text",
        [
            "在家就能做的兼职，日入300+，详情加 V X：ab***88",
            "诚聘线上推广，不收任何费用，日结150，咨询薇：kk***12",
            "理财群招募，进群+Q：66***41",
            "福利来啦！扫码加助理完成小任务，每单返佣3元",
        ],
    )
    def test_masked_and_disguised_chat_ids_and_qr_codes_are_channels(self, text: str) -> None:
        assert "private_chat" in analyze(text).codes

    def test_a_persons_payment_code_is_an_account(self) -> None:
        result = analyze("钱别拖了，我给你发个收款码，扫这个还就行")
        assert "pay_to_account" in result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "再拖下去，你的照片P好了就发出去",
            "明天你照片就上你老家群，大家都看看",
            "后天我们到你公司，当着你领导的面把账算清楚",
            "不还就告诉她你在外面借网贷",
            "今晚开始你家人就会接到电话",
        ],
    )
    def test_threats_to_shame_the_debtor_before_others(self, text: str) -> None:
        assert "third_party_threat" in analyze(text).codes

    def test_app_followed_by_a_word_is_no_doctored_photo(self) -> None:
        assert analyze("【中国联通】您已通过联通APP成功交费50元。").risk == "low"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("为保障资金安全，请将账户余额转入指定数字钱包监管", "safe_account"),
            ("请提供名下所有银行账户逐一核查", "safe_account"),
            ("您的借款需缴纳认证金3000元后放款", "fees"),
            ("升级会员需充值2000元后方可提现", "fees"),
            ("侦查期间不得与任何人谈论本案，每晚向我报备", "fake_legal"),
            ("登录后输入姓名、银行卡号和收到的验证码即可理赔", "asks_secrets"),
            ("内部渠道可以帮你把逾期撤掉，一条三千", "credit_repair"),
            ("免费理财课今晚开讲，老师手把手教炒股，扫码进群", "stock_tip_group"),
            ("帮主播点赞上粉，一小时可赚50元", "job_lure"),
            ("我不方便出面，你先帮我垫一下，回头还你", "new_number_impersonation"),
        ],
    )
    def test_new_forms_of_known_families(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    def test_money_sent_back_to_a_finance_account_is_an_account_to_pay(self) -> None:
        result = analyze("系统多退了您2万元，请把多出的部分转回到财务账户6222****0913")
        assert "pay_to_account" in result.codes
        assert result.risk == "high"

    def test_a_stop_interest_scheme_is_not_excused_by_the_interest_it_promises_to_waive(self) -> None:
        result = analyze("【信用卡中心】您符合停息挂账政策，可免除全部利息，请点击 tx-ab.cn/go 申请。")
        assert "debt_relief_agency" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【某消费金融】您的借款已逾期10天，如有困难可通过APP“协商还款”入口申请，我们不会联系您的家人或单位。",
            "【市医保局】医保部门从未以短信链接方式要求参保人激活医保卡，官方网站均以gov.cn结尾。",
            "【监管提示】“债务清零”“征信洗白”均为不实宣传，切勿委托不法代理机构。",
            "【反诈中心】您近期收到的“刷单返利”信息为诈骗，请立即停止操作。",
            "【市公安局】收到自称“法务部”的短信要求向个人账户还款的，请保存证据并报警。",
            "【某银行】骗子常以“涉嫌洗钱、医保异常”为名要求转账，任何人索要验证码均为诈骗。",
            "【反诈中心】您当前联系的对象涉嫌电信网络诈骗，请立即中止通话。",
            "【反诈中心】正规退款无需您转账或提供验证码。",
            "【菜鸟】快递员将于明天上午上门取件，无需额外付费。",
            "快递到了，放你家门口了，有事打我电话",
            "【县人民法院】您有一份文书待领取，核实请拨打区号+12368。",
            "【气象台】汛期河道退水慢，请勿靠近。",
        ],
    )
    def test_warnings_promises_and_notices_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestRegistrableDomains:
    """Registrable domains come from the Public Suffix List bundled with tldextract, read offline."""

    @pytest.mark.parametrize(
        ("host", "domain"),
        [
            ("www.icbc.com.cn", "icbc.com.cn"),
            ("m.bank.example.com.hk", "example.com.hk"),
            ("a.b.court.gov.cn", "court.gov.cn"),
            ("pay.someone.github.io", "someone.github.io"),  # a private suffix: the site is someone's own
            ("abc.top", "abc.top"),
        ],
    )
    def test_the_public_suffix_list_decides(self, host: str, domain: str) -> None:
        from triage.analysis.links import registrable_domain

        assert registrable_domain(host) == domain

    def test_every_directory_domain_is_registrable_as_listed(self) -> None:
        from triage.analysis.links import registrable_domain

        listed = [d for inst in all_institutions(include_government=True) for d in inst.all_domains]
        assert [d for d in listed if registrable_domain(d) != d] == []

    def test_the_list_is_never_fetched_nor_cached(self) -> None:
        from triage.analysis import links

        assert links._PUBLIC_SUFFIXES.suffix_list_urls == ()
        assert links._PUBLIC_SUFFIXES._cache.enabled is False


class TestTheEleventhReview:
    """What a reviewer who had not seen the rules found after batch 11 (texts reworded here)."""

    @pytest.mark.parametrize(
        "text",
        [
            "【某银行】验证码 402913，仅用于本次登录，请勿向任何人透露。",
            "取件码 5521，别向任何人透露哦",
            "我车停你家小区门口了，挡着的话打我电话",
            "老婆我到家楼下了，下来拿下东西",
            "同学们扫码进群，这是本学期的课程群",
            "以下话术均为诈骗：“日赚三百”“充值后方可提现”。",
        ],
    )
    def test_ordinary_messages_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_someone_asking_whether_it_is_a_scam_is_not_the_scam(self) -> None:
        assert "credit_repair" not in analyze("网上有人说能把逾期撤掉，这种是骗子吧").codes

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("我们的人已经到你小区门口了，出来聊聊还是我们上去？", "threat_or_abuse"),
            ("侦查期间你不得向任何人透露案情", "fake_legal"),
            ("免费的牛股池，仅限前100名，点击加入", "stock_tip_group"),
            ("再拖着，你的照片就会出现在你们村的微信群里", "third_party_threat"),
            ("我们会在你全体同事面前把这事说清楚", "third_party_threat"),
            ("我是李总，你先帮我垫付一下这笔货款，回头报销", "new_number_impersonation"),
        ],
    )
    def test_the_threats_and_lures_still_count(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "我爸昨天接到电话说是公安局的，说他涉嫌洗钱要把钱转到安全账户，幸好我在旁边",
            "有人加我微信说刷单能赚钱，先垫付再返佣，大家别信",
            "今天被骗子打电话了 说我的学生贷款账户要注销 不然影响征信 我直接挂了",
            "妈，我信用卡还款日到了，能不能先借我两千，下月还你",
            "【某消费金融】您的借款已逾期3天，请登录APP还款，如有困难可在APP内申请协商还款。",
        ],
    )
    def test_someone_telling_what_was_said_to_them_and_ones_own_debts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_scam_that_says_it_received_a_report_is_still_read(self) -> None:
        result = analyze("我们收到信息称您的账户涉嫌洗钱，请将资金转入安全账户配合调查")
        assert "safe_account" in result.codes and result.risk == "high"


class TestFamiliesOfBatchTwelve:
    """Forms from the twelfth batch (invented blind, by target group, tests/data/TUNE12.md), worded here."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("奶奶，我把人家撞伤了，还差两万医药费，我同学下午来找你拿", "relative_needs_money"),
            ("我是班主任，孩子在操场摔伤缝针了，医药费不够，你先转3000过来", "relative_needs_money"),
            ("钱打到我发的卡上，医生等着呢", "relative_needs_money"),
            ("老人家请放心，养老项目年分红15%，零风险", "stock_tip_group"),
            ("进厂名额给你留着，先交500元中介费", "fees"),
            ("我在人社局有熟人，交三万就能办下来", "fees"),
            ("助学金已到账，请到ATM机按工作人员电话指引操作领取", "safe_account"),
            ("请把卡里的钱转到社保核验账户验证一下", "safe_account"),
            ("Your bank accounts will be frozen today. Transfer your funds to the safe account.", "safe_account"),
            ("This is the police: your passport has been linked to a money-laundering case.", "fake_legal"),
            ("你儿子在三小上学吧？明天放学我们就去学校门口等", "threat_or_abuse"),
            ("明天我们的人去你父母家坐坐", "threat_or_abuse"),
        ],
    )
    def test_new_forms_of_known_families(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    def test_the_traffic_police_are_the_police_and_their_link_is_judged_as_theirs(self) -> None:
        result = analyze("【市交警支队】您有一条交通违法记录待处理，详情点击 jj-wz.top 缴纳罚款。")
        assert result.institution is not None and result.institution.code == "police"
        assert result.risk == "high"

    def test_a_traffic_police_notice_with_a_public_short_link_stays_low(self) -> None:
        """Some traffic police's own notices use public shorteners (found by the second blind reviewer)."""
        assert analyze("【市交警支队】元旦期间管制路段详见 t.cn/AbC123 ，违法查询请用交管12123APP。").risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【某消费金融】您的借款已逾期，我司可能委托合作机构与您协商还款，还款请只通过官方APP。",
            "【市社保中心】养老资格认证即将到期，请通过“电子社保卡”APP自助认证，行动不便可联系社区上门服务。",
            "大家好，妈住院押金交了一万，报销后三家平摊，周末当面对账。",
            "【反诈中心】法院不会用短信链接收执行款，更没有“法院安全账户”。",
            "【监管提示】“停息挂账”“征信修复”等代理机构收取高额服务费，易造成二次受骗。",
            "有人私信我说是班主任让交资料费，还发了二维码，我问过老师根本没这回事，大家别扫码！",
            "妈，最近骗子专门给老人打电话说孙子出事要交保证金，还说派人上门取钱，这种全是假的。",
            "[City Hospital] Your appointment is on Dec 8. To cancel, use the hospital WeChat account.",
            "【某银行】大额存单保本保息，详情请登录手机银行APP。",
        ],
    )
    def test_notices_warnings_and_family_messages_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "暑假工急招，报名先交200元体检费到我个人微信，明天统一接站",
            "年检快速通道，转账880元到代办员账户，当天出合格标",
        ],
    )
    def test_a_fee_paid_to_a_persons_account_is_high(self, text: str) -> None:
        result = analyze(text)
        assert {"pay_to_account", "someone_elses_account"} & set(result.codes)
        assert result.risk == "high"

    def test_a_fee_alone_stays_medium(self, rules_alone) -> None:
        assert analyze("报名需先交500元中介费，明天统一接站").risk == "medium"

    def test_a_fee_alone_worded_like_the_scams_is_not_low(self) -> None:
        # (High until the twenty-fifth session: with batch 57 the wording model scores it 2.95, under the 3.0 that raises a medium
        # message, so the rules' medium stands.)
        assert analyze("报名需先交500元中介费，明天统一接站").risk != "low"

    @pytest.mark.parametrize("text", ["老婆，体检费先转我，我明天带妈去医院一起交。", "马拉松报名费先转我，我统一在官网报。"])
    def test_a_family_pooling_a_fee_is_no_fee_fraud(self, text: str) -> None:
        """Found by the second blind reviewer."""
        assert analyze(text).risk == "low"


class TestTheSecondReview:
    """What the second blind reviewer found after batch 12 (texts reworded here)."""

    @pytest.mark.parametrize(
        "text",
        [
            "【某银行】请携带身份证到网点核验账户信息，我行不会通过电话要求核验。",
            "Police will never ask you to move money into a safe account. If in doubt, call 110.",
            "Scam alert: fake police may call and say your passport is linked to a money laundering case.",
            "单位内部名额的疗养报名截止周五，找工会报名，不收费。",
            "社区工作人员周三上门走访，了解老人居家情况。",
        ],
    )
    def test_notices_and_warnings_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_new_number_without_money_is_not_a_relative_asking_for_money(self) -> None:
        assert "relative_needs_money" not in analyze("我换号了，这是新号码，别打我原来号码了。").codes

    @pytest.mark.parametrize(
        "text",
        [
            "Add my WeChat account ab_kefu_77 to get your refund.",
            "I am the class teacher, please add my WeChat and pay the fee today.",
        ],
    )
    def test_a_wechat_asked_for_in_english_is_a_chat(self, text: str) -> None:
        assert "private_chat" in analyze(text).codes

    def test_an_agency_that_names_the_banks_it_negotiates_with_is_still_an_agency(self) -> None:
        result = analyze("这里是债务协商中心，可帮您与招商银行协商停息挂账，需先交服务费2999元。")
        assert "debt_relief_agency" in result.codes
        assert result.risk == "high"

    def test_a_phone_broken_and_a_friends_in_its_place(self) -> None:
        assert "new_number_impersonation" in analyze("奶奶，我手机摔坏了先用同学的，有急事").codes


class TestFormatsOfBatchThirteen:
    """Forms from the thirteenth batch (chats, pushes, e-mails, call summaries; tests/data/TUNE13.md), worded here."""

    @pytest.mark.parametrize(
        "text",
        [
            "微信支付:安全提示 “百万保障”是免费的账户安全保障，无需开通或关闭，客服不会来电要求关闭。",
            "微信服务通知\n订单发货通知\n快递公司:中通快递\n快递单号:7831****2240",
            "国家反诈中心:您刚接听的来电+852****5213被多名用户标记为诈骗电话，请勿透露验证码。",
            "发件人:某某金融 <service@example.com.cn>\n主题:还款提醒\n您本月应还1,200.00元，请在18日前还款。",
            "某某借款App:您的借款已逾期3天，请在App内还款或申请延期。",
            "支付助手:收到一笔转账，转账备注:爸住院押金我出一半",
            "【老年大学群】班长 09:01\n转发一条安全提醒:有人接到“微信客服”电话,说医疗保障要每月扣800,让开屏幕共享。",
            "妈 09:12\n有人打电话说我买的枕头有问题要退三倍钱,让我加微信\n我 09:13\n别加!",
        ],
    )
    def test_notices_and_chats_that_warn_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


def test_an_insult_or_an_english_threat_is_not_taken_for_a_warning() -> None:
    """Words that open a warning ("骗子还说", "never ask") are kept narrow: "骗子说" or "will never" alone are
    often the collector's or the scammer's own."""
    assert "threat_or_abuse" in analyze("你这个骗子说好的今天还呢，再不还我们上门").codes
    assert analyze("You will never see your money again unless you transfer it to the safe account.").risk == "high"


class TestCallSummariesOfBatchThirteen:
    """Risky call summaries and chats from batch 13, and the same words in warnings, worded here."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("对方问我要银行卡号和验证码，说是核对身份", "asks_secrets"),
            ("客服说退款要先开通备用金才能到账", "fees"),
            ("兄弟把你微信收款码借我用用，每笔给你2%", "job_lure"),
            ("平台今天有窗口期，充3000 USDT我带你操作，亏了算我的", "stock_tip_group"),
            ("每天晚上都要向那个警察报告去了哪里，说我卷进了洗钱大案", "fake_legal"),
            ("今天必须付，马上转给对方，手续回头补", "new_number_impersonation"),
            ("我微信额度满了，你转这个卡，户名是我合伙人", "someone_elses_account"),
            ("到了先找你们村支书和邻居坐一坐，让大家都知道你欠钱不还", "third_party_threat"),
            ("车已经在往你老家开了，等着接受短信轰炸吧", "threat_or_abuse"),
        ],
    )
    def test_call_summaries_and_chats_of_known_families(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    def test_a_subsidy_by_qr_code_beside_a_link_is_high(self) -> None:
        result = analyze("请用微信扫描下方二维码申领本季度薪资补贴，收到请勿声张。详见 bt-sq.top")
        assert "limit_raise_points" in result.codes and result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "家长群 分享一下：孩子卖号时对方让扫码找客服，要交800“交易安全保险”，幸好问了我。",
            "你别找抖音上那个“上岸顾问”了，我们自己打银行客服协商。",
            "反诈宣传：骗子说“帮我点赞关注就能日赚三百”，后面就让你充值做任务。",
        ],
    )
    def test_the_same_words_in_a_warning_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestClassicOpeners:
    """Short texts of two families every police warning repeats, worded here."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("我是你领导，明天上午来我办公室一趟", "new_number_impersonation"),
            ("猜猜我是谁？存一下", "new_number_impersonation"),
            ("你的孩子在学校摔伤了，正在医院抢救，速汇款2万到张医生账户", "relative_needs_money"),
            ("你儿子出车祸了，正在医院抢救，急需手术费3万", "relative_needs_money"),
            ("我是你表哥，我在外地出事了，急需5000元，先转我这个卡", "relative_needs_money"),
            ("我是你领导 明早九点来我办公室 先别跟别人说", "new_number_impersonation"),
            ("你孩子被我们绑了，听好了，别挂电话，准备好钱", "threat_or_abuse"),
            ("想要你儿子活命就汇款三十万，报警就等着收尸", "threat_or_abuse"),
            ("你好，你的孩子在我们手上，拿十万块钱来赎人，不许报警", "threat_or_abuse"),
            ("恭喜您获得本公司周年庆二等奖，奖金5.8万元，详情请咨询李经理13800001111", "prize_claim"),
            ("您的社保卡已暂停使用，请尽快登录 shebao-gx.com 更新信息", "account_problem_link"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk != "low"

    def test_money_sent_to_a_doctors_account_is_someone_elses(self) -> None:
        assert "someone_elses_account" in analyze("速汇款2万到张医生账户").codes

    def test_a_courts_own_landline_beside_its_case_is_not_the_severe_pattern(self) -> None:
        result = analyze("【XX法院】您在本院的（2026）XX民初XXX号案件定于3月5日9时开庭，请准时到庭。详询0571-88888888")
        flags = {flag.code: flag for flag in result.flags}
        assert not flags["unofficial_callback"].severe
        mobile = analyze("【XX法院】您涉嫌恶意透支，已被立案，请联系法官13800001111")
        assert {flag.code: flag for flag in mobile.flags}["unofficial_callback"].severe

    def test_a_bank_pausing_its_own_service_is_no_phishing(self) -> None:
        assert analyze("因系统升级，本行网银将于今晚暂停服务2小时").risk == "low"

    def test_a_family_member_telling_what_happened_is_no_demand(self) -> None:
        assert "relative_needs_money" not in analyze("孩子在学校受伤住院了，医生说需要交押金，我已经交了").codes


class TestFamiliesOfBatchFourteen:
    """Old families the fourteenth (real) batch brought, worded here; and the genuine notices it had."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("本节目场外幸运观众，您获得奖金5万元", "prize_claim"),
            ("您有8000元与笔记本电脑未领，请进网站输入验收码", "prize_claim"),
            ("恭喜，你的手机号中了大奖", "prize_claim"),
            ("恭喜您被抽中二等奖，领奖需先支付200元公证费", "prize_claim"),
            ("您获得200元购物卡一张，请拨打12590123按1键领取", "prize_claim"),
            ("王同学家长，孩子的期中考试成绩单请查阅 xxjc-edu.cn/a", "curiosity_link"),
            ("您的简历已通过我司初审，请加QQ 12345678 安排面试", "job_lure"),
            ("首次入款即送彩金，网址 yl-888.vip", "gambling"),
            ("你的邮包里查出毒品，请联系0551-12345678", "account_problem_link"),
            ("您的卡已在某某金店消费了3万元，如有疑问请拨打0755-12345678", "card_frozen_callback"),
            ("本公司代办各类证件、刻章", "fake_invoice_offer"),
            ("免费领取炒股软件，提前掌握内幕", "stock_tip_group"),
            ("您的医保卡已暂停，请登录 yb-gx.cn 处理", "account_problem_link"),
            ("有高血压症状的居民可申请惠民普查补助，申请请回1", "limit_raise_points"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "因会议冲突，下午的视频会议改到明天召开。",
            "您已退订10元流量包，该产品将于下月1日失效。",
            "本公司将于今晚对系统进行升级，敬请谅解。",
            "您的账户支取短信通知服务费2.00元，余额100.00元【中国银行】",
            "持本行借记卡在超市消费满100元立减10元，详询95566【中国银行】",
        ],
    )
    def test_genuine_notices_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheThirdReview:
    """Genuine texts a third blind reviewer wrote, which the first tuning on batch 14 alarmed on."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX银行】恭喜您获得本行信用卡季度抽奖三等奖：50元立减金，已发放至手机银行“我的卡券”，无需任何操作。", "95555"),
            ("李工，方便的话下午三点来我办公室一趟，讨论一下项目进度。", "+8613700001111"),
            (
                "您好，我是XX公司HR小王，您的简历已通过初筛，想约您本周四下午电话面试，方便的话请回复时间，谢谢。",
                "+8613800004444",
            ),
            ('【反诈中心】提醒：收到"您的孩子在学校受伤，需立即转账手术费"的短信，务必先给学校或孩子打电话核实！', "96110"),
            ("恭喜你获得了学校演讲比赛一等奖，周一升旗仪式上颁奖", "+8613955551234"),
            ("【XX商场】恭喜您在周年庆抽奖中获得三等奖：50元购物券，请凭小票到一楼服务台领取。", "1069012345"),
            ("听说你中了大奖 请客请客", "+8613600003333"),
            ("我有幸被选中参加这次夏令营 下周出发", "+8613600003333"),
            ("爸 你手机上的炒股软件怎么登不上了", "+8613600001111"),
            ("那笔钱你打我这个卡吧 上次那张销户了", "+8613600003333"),
            ("钱包找到了，不要报警了", "+8613600003333"),
            ("你老婆的手机在我手里，她落在我车上了，你让她来拿", "+8613600003333"),
            ("【XX新闻】警方破获一起绑架案，嫌疑人索要赎金50万元，人质已获救。", "1069012345"),
            ("小明家长您好，明天下午来我办公室一趟，聊聊孩子最近的情况。王老师", "+8613955551234"),
            ("您孩子在体育课上摔伤了，已送到市医院，医生说需要拍片，请您尽快过来交一下费用", "+8613955551234"),
            ("【XX政务服务】新办企业可免费刻章，请到政务服务中心3号窗口办理。", "12345"),
            ("【XX政务服务中心】本中心提供免费代办证件服务，企业可预约帮办代办。", "12345"),
            ("【支付宝】您的余额宝昨日收益1.23元。", "95188"),
            ("【反诈】“你的简历已通过，请加QQ面试”是刷单诈骗常用话术，正规企业不会这样招聘。", "96110"),
            ('【反诈】"你的账户已被冻结，请点击链接解冻"是典型钓鱼短信，请勿点击！', "96110"),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "你女儿现在在我这里 要想她平安 马上往这个账户打十万 6228 4800 xxxx 别报警",
            "你儿子在学校被车撞了 快打两万块到医院账户 6222xxxx 抢救",
            "您孩子在学校突发疾病晕倒了，已送医院，现在急需手术费，请马上转账给我，我是他班主任",
            "孩子 我是你大姨 我在医院急用钱 你先转我两万 卡号 6222xxxx",
            "我是你爸的朋友 你爸在我这出了点事 需要钱 赶紧打过来",
            "我是你们陈主任 你现在方便吗 我这边有个急事需要你帮忙转一笔钱",
            "我是你房东 我这个卡号变了 这个月的房租打到 6228480012345678 陈梅",
            "你好，你有一份来自美国的国际包裹，里面有现金和珠宝，需缴纳关税5800元才能放行",
            "【医保局】您的医保卡异常，将于今日停用，如有疑问请按9转人工服务",
            "您的孩子在学校犯了错误 请点击链接查看老师的通知 t.cn/Ax8kP",
            "你在酒店的视频我已经拿到了 如果不想让你老婆看到 往这个账户打五万",
            "親愛的用戶，您已獲得本公司十週年慶典大獎，獎金68000元，請登錄 lingjiang-zx.top 確認領取",
        ],
    )
    def test_scams_both_versions_missed_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestWhatTheThirdReviewFoundBothWrong:
    """Texts from the third blind review's list of texts that both versions judged wrong, in our words."""

    @pytest.mark.parametrize(
        "text",
        [
            # A friend's visit, a teacher's home visit, papers the child takes home.
            "今晚去你家吃饭，记得买菜。",
            "周末来你家打麻将啊",
            "明天去你家拜年",
            "班主任将于本周六进行家访，请家长在家等候。",
            "成绩单已发给孩子带回家，请家长签字。",
        ],
    )
    def test_genuine_texts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize("text", ["我们不会上门，请您按时还款。", "【XX银行】我行不会上门催收，也不会联系您的家人。"])
    def test_a_promise_not_to_come_is_no_threat(self, text: str) -> None:
        assert "threat_or_abuse" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "再不还钱明天就上门",
            "你不还我们就派人上门",
            "我们已经到你家楼下了，赶紧下来把钱还了",
            "明天去你单位找你",
        ],
    )
    def test_threats_to_come_are_still_threats(self, text: str) -> None:
        assert "threat_or_abuse" in analyze(text).codes

    def test_a_tv_show_named_with_a_negating_character_is_no_negation(self) -> None:
        # 勿 in 《非诚勿扰》 denies nothing: the prize claim and its link count as in any other show's name.
        text = "恭喜您被《非诚勿扰》栏目组选为幸运观众，获得奖金8万元，请登录 www.fcwr-xx.com 领取"
        assert analyze(text).risk == "high"
        assert "prize_claim" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "我们结婚啦，这是我们的电子请柬 http://t.cn/qj.apk",
            "看看这是不是你 http://qr-album.xyz/xiangce.APK?x=1",
        ],
    )
    def test_a_link_to_an_install_file_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "install_file_link" in result.codes
        assert result.risk == "high"

    def test_an_install_file_on_the_named_institutions_own_domain_is_not_flagged(self) -> None:
        result = analyze("【工商银行】请下载 http://m.icbc.com.cn/icbc.apk", "95588")
        assert "install_file_link" not in result.codes

    def test_an_install_file_flag_says_what_to_do(self) -> None:
        flag = next(f for f in analyze("电子请柬 http://t.cn/qj.apk").flags if f.code == "install_file_link")
        assert "96110" in flag.advice_zh and "应用商店" in flag.advice_zh
        assert "mps.gov.cn" in flag.source_url


class TestShortPhishingWithTheLinkLeftOut:
    """Short phishing texts as warnings quote them: the link masked or only named ("点击解封")."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的淘宝账号被冻结，点击解封",
            "您的账户存在异常登录，请立即验证身份 http://xxx",
            "您的驾驶证即将被扣满12分，请登录网站处理",
            "您的学籍信息有误，请登录学信网核实 xuexin-cx.com",
        ],
    )
    def test_they_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【淘宝】您的账号已解封，点击查看详情", None),
            ("【XX交警】您的驾驶证本记分周期已记6分，请通过交管12123App查询，本短信不含链接。", None),
            ("【XX大学】请同学们登录学信网核对学籍信息，如有误请联系学院教务办。", None),
            ("您的个人信息有误，请到网点柜台更正【中国银行】", "95566"),
        ],
    )
    def test_genuine_notices_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestShortOtherScams:
    """Short "other" scams as warnings quote them: a far-away friend, a sick child, a fee before a job."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("老同学，我在外地出了点事，急需用钱，能借我5000吗", "relative_needs_money"),
            ("您的孩子在学校发烧了，请速转账医药费", "relative_needs_money"),
            ("高薪招聘，无需经验，先交300元培训费", "fees"),
            ("孩子的学籍需要缴纳信息维护费，请扫码支付", "fees"),
            ("你好，我是公司财务，老板让你把这笔款打到新账户", "someone_elses_account"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "物业维护费已缴清，感谢您的支持",
            "妈，我在学校发烧了，你别担心，已经吃药了",
            "老板让你把合同打印好放到新的文件夹里",
            "老同学，我在外地出差，下周回来聚聚",
            "报名费已交，下周一开班",
        ],
    )
    def test_their_innocent_neighbours_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestShortCollectionPressure:
    """Short collection threats as complaints and warnings quote them."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("你的案件已移交法务部，三日内不处理将直接起诉", "unknown_platform"),
            ("再不还款，就让你全家都知道你欠钱", "third_party_threat"),
            ("已将你的情况通报你所在单位人事部门", "third_party_threat"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        ["我已经起诉他了，下周开庭要带齐材料", "全家都知道我要结婚了", "已将会议纪要通报各单位"],
    )
    def test_their_innocent_neighbours_are_not_read_as_collection(self, text: str) -> None:
        codes = analyze(text).codes
        assert "unknown_platform" not in codes and "third_party_threat" not in codes


class TestFamiliesOfBatchFifteen:
    """Older scam families that batch 15's news quotes brought, in our words, and their genuine neighbours."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("【XX银行】您的卡于今日在XX商场刷卡消费×元，已授权通过，如有疑问请拨电话联系。", "fake_charge"),
            ("恭喜你中贰等奖，请速回电领取", "prize_claim"),
            ("您的手机号码已被评选为现金获奖用户，请登录 fx-lj.cn 领取", "prize_claim"),
            ("据内部消息，本期特别号码是12，保证能中奖", "gambling"),
            ("俱乐部招男公关，月薪过万，详询王经理 13900001111", "job_lure"),
            ("我是老王，我的账号是6222xxxx，请速汇钱", "relative_needs_money"),
            ("工行 6222 0000 1111 2222 这是我老婆的卡号", "someone_elses_account"),
            ("这是上次聚会的合照，有空看看吧，点开就能看 http://jh-photo.cn/a", "bait_link"),
            ("您的车辆有一条违法记录，速与交警李警官联系 13700002222", "account_problem_link"),
            ("信用卡垫还、积分折现，资金充足，电话 13800003333", "fake_loan_offer"),
            ("您家的孩子在学校突发疾病，医生要求马上交钱做手术", "relative_needs_money"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    def test_an_install_file_named_with_its_address_cut_off_is_flagged(self) -> None:
        assert "install_file_link" in analyze("老同学看这个：http://cdn……xxshenqi.apk").codes

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您正向他行尾号2076的账户转账200.00元，请核对后输入动态密码223656，请勿泄露[光大银行]", "95595"),
            ("温馨提示：您因未及时交费将被限制呼出，请尽快交费。登录网上营业厅轻松交话费。【中国联通】", "10010"),
            ("您本月话费：套餐月基本费18元，综合信息服务费5元，合计23元。【中国移动】", "10086"),
            ("您的可用余额为4.22元，下载掌厅客户端 http://189.io/OToVdn 或至营业厅缴费。【中国电信】", "10001"),
            ("某某，你已经被某某市某某区人民法院公布为失信被执行人，请自觉履行生效法律文书确定的义务", None),
            (
                "近期冒充客服类电诈高发，不法分子以关闭业务为由，诱导事主共享屏幕，或向指定银行卡转账等。",
                None,
            ),
        ],
    )
    def test_genuine_notices_are_not_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "high"

    def test_a_court_that_lists_a_defaulter_is_the_claimed_sender(self) -> None:
        result = analyze("你已被某某区人民法院列为失信被执行人，请速联系 13800001111 处理")
        assert result.institution is not None and result.institution.code == "court"
        assert result.risk == "high"


class TestTheFourthReview:
    """Innocent texts a fourth blind reviewer wrote against this round's new patterns, which they alarmed on,
    and scams its own texts showed the new patterns still missed."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【微信】你的帐号存在异常行为已被限制登录，可在微信内点击解封按钮按提示操作。", "10690000"),
            ("恭喜你中了二等奖！年会手气真好，请客啊", None),
            ("【招商银行】恭喜您的手机号在周年抽奖中抽中10元话费，已自动充值。", "95555"),
            ("买彩票哪有保证能中奖的，别做梦了。", None),
            ("游戏安装包 minecraft.apk 我发你QQ了，装上试试。", None),
            ("妈，我手机没电了，同学让我用他的手机给你发个消息，晚点回家。", None),
            ("现在公司允许在家就可以工作，通勤省了两小时。", None),
            ("您家孩子发烧了，我们先送到社区医院了，麻烦尽快过来交费。", None),
            ("本月电梯维护费每户50元，请到物业中心缴纳。", None),
            ("我给儿子交2000元培训费了，钢琴班下周开课。", None),
            ("公司统一体检，每人先交200元体检费，报销时一起退。", None),
            ("我准备起诉他，律师说证据够了。", None),
            ("法务部那边合同审完了，明天可以签。", None),
            ("劳动仲裁赢了，律师说会发函给你公司要求支付工资。", None),
        ],
    )
    def test_innocent_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我们结婚了，诚挚邀请您参加我们的婚礼，请帖点击查看：http://xxx/qingjian.apk",
            "您的手机号码已被评选为幸运用户，获得现金奖5.8万元",
            "相册链接 xxx.apk",
        ],
    )
    def test_scams_it_showed_still_missed_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestGenuineNoticesOfBatchSixteen:
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您的号码已进入充值期，请发送短信CZ#充值卡密码到10010，或登录网上营业厅充值。", "10010"),
            ("您的信用卡网络消费金额980元，交易验证码『563201』，请十分钟内认证，密码勿提供他人。", None),
        ],
    )
    def test_they_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_recharge_pin_sent_to_a_mobile_still_counts(self) -> None:
        assert "asks_secrets" in analyze("请发送充值卡密码到13800001111完成充值").codes


class TestWhatTheFourthReviewFoundBothMissed:
    """Scams from the fourth blind reviewer's list that both versions rated low, in our words."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的医保卡被异地盗刷，如非本人操作请回电 400-xxx-xxxx",
            "您有违章未处理，点击×××缴纳",
            "您的借呗已逾期，将影响征信，请拨打 18xxxxxxxxx 处理",
            "抽奖活动您中了手机一部，只需支付邮费39元即可领取",
            "诚招宝妈兼职，每天1小时，月入过万，点击链接报名",
            "急用钱？征信花也能办，下款快，加微 dk8888",
            "你先转2万到 6222 **** **** 1234，别打电话，我在开会",
            "你儿子在学校的照片，老师让你看看 http://***",
            "您已中奖，请先交税",
            "点此领取补贴 👉 ***",
        ],
    )
    def test_they_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "医保卡异常，速回电",
            "你的银行卡被冻结了，回电 ***",
            "兼职点赞 一单5元",
            "你这种人就是社会的垃圾，欠钱不还",
            "你的征信已经黑了，以后坐不了高铁飞机，孩子上不了学",
            "你作为他的联系人必须帮他还，否则我们天天找你",
            "你爸的电话我们已经打了，你妈的电话马上就打",
            "【XX市中级人民法院】您有一张传票未领取，请于今日拨打 ××× 查询",
        ],
    )
    def test_they_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "警方提示：'你的孩子在学校出事了，请马上转账'是常见诈骗话术，务必先联系学校核实。",
            "等着瞧吧，这次比赛我们一定赢",
            "I can't pay today, it's late; I'll pay tomorrow",
            "妈，你先转200到我微信，我明天还你",
        ],
    )
    def test_innocent_neighbours_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestLuresFromTheModelledBatches:
    """Families the tuning batches showed low or medium with a link in hand, in our words. Seven of these
    fourteen fail on the code before (the card-and-code and ETC ones were already high another way)."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("返还学杂费通知：请在 xf-fh.top 填写学生姓名、家长银行卡及密码，周五截止", "asks_secrets"),
            ("高温补贴待发放，打开 bt-ff.vip 登记银行卡号，收到验证码后输入即可到账", "asks_secrets"),
            ("您的ETC因信息不全已停用通行，请点以下链接授权：etc-sq.top", "account_problem_link"),
            ("【交警】您有一条违法记录待确认，违法照片请点 t.cn/AbCd 查看", "account_problem_link"),
            ("恭喜您已被京东评为年度优质会员，请到 jd-vip.cc 领取奖品", "prize_claim"),
            ("看到你想卖号，我出价4000，你去 yxjy-trade.top 上架，挂上我马上拍", "game_trade_link"),
            ("您的视频会员今日到期将自动续费。如需取消请访问客服页面 vip-qx.cn 登记", "fake_charge"),
            ("您名下企业欠缴税款，需缴纳滞纳金1200元，请点击 tax-jn.top 在线缴纳", "fake_charge"),
        ],
    )
    def test_they_are_high(self, text: str, code: str) -> None:
        result = analyze(text)
        assert result.risk == "high" and code in severe_codes(result)

    @pytest.mark.parametrize(
        "text",
        [
            # A government site is nobody's trap, named or not.
            "您的车辆有违章未处理，请登录 https://gab.122.gov.cn 处理",
            "警方提醒：不要在陌生链接里填写银行卡号和密码，收到验证码后不要输入到陌生网页。",
            "收到验证码后填入页面即可完成注册，验证码5分钟内有效。",
            "【中国移动】您订购的视频会员将于月底自动续费。如需取消请发送QXHY至10086。",
            "您有一条新的交通违法记录待确认，请通过交管12123 App查询。",
            "看到你想卖号，可以去交易猫官方App上架，别点陌生人发的链接",
        ],
    )
    def test_genuine_neighbours_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestAnAppThatLooksViolationsUp:
    def test_an_offer_to_look_violations_up_is_no_violation(self) -> None:
        # Batch 16 (a carrier's notice with its links masked by the dataset) was high on "违章" at 4c1df68.
        text = (
            "中国电信提醒您：本月已使用300分钟。查询详情可登录网上营业厅 <URL>。点击 <URL> 下载爱城市客户端：免费查违章、查公交！"
        )
        assert analyze(text).risk == "low"

    def test_a_violation_to_look_up_through_a_link_still_is(self) -> None:
        assert analyze("您有违章未处理，请点击 wz-cx.top 查询违章详情").risk == "high"


class TestLuresOfBatchSeventeen:
    """The lures batch 17 (organised by what the link or number promises) found low or medium, in our words,
    and the genuine notices it found high beside them."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的社保卡即将到期，到期后无法正常使用，请登录 sbk-hk.top 验证银行卡",
            "您的车辆有闯红灯记录，请点击 wz-cl.top 处理，逾期未处理将扣6分",
            "这是我们去年一起拍的照片，记得保存 zp-xc.cn/a1",
            "下个月我结婚，电子请柬在这，点开看座位安排 qj-hy.cn/x",
            "您有一条新的语音留言，点击收听：vm-ly.top/a",
            "You have a new voice message. Listen here: vm-x.link/a",
            "【燃气】您家明日将停气，请点击 rq-jf.top 缴费",
            "您的订单已卡单，请点击 dd-kd.cc 重新支付",
            "您的ETC认证已失效，请尽快更新认证，链接略……",
        ],
    )
    def test_they_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【来电提醒】138****1234于12月03日10:21呼叫过您1次。【中国移动】", "10086"),
            ("【中国联通】您关机期间有2个未接来电：186****5021（2次），最近一次12月04日08:12。", "10010"),
            ("【建设银行】检测到您的设备正在进行屏幕共享，已暂停转账。请立即关闭共享并致电95533。", "95533"),
            ("家长会改用腾讯会议，只开摄像头，不用共享屏幕。", None),
            ("【国网XX供电公司】您户号电费余额不足10元，请通过网上国网App、支付宝生活缴费或营业厅缴费。", "95598"),
            ("【中国移动】您有一条新的语音留言，请拨打12590收听。", "10086"),
            ("【XX水务】您本期水费未缴，可登录 https://www.xxwater.com.cn 查询缴费。", None),
            ("两份文件的链接略有不同，请以学校官网为准。", None),
        ],
    )
    def test_genuine_neighbours_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_callback_in_a_complaint_notice_is_still_a_channel(self) -> None:
        assert analyze("【中国移动】您的号码于12月3日被多次投诉，请在今日回拨 13812345678 核实，否则停机").risk == "high"


class TestDomainsOfDigits:
    def test_another_service_numbers_site_is_no_look_alike(self) -> None:
        # "95598.cn" (the State Grid's) was a look-alike of ICBC's "95588.com" at d96fad8: one digit apart.
        result = analyze("【国网XX供电公司】您的电费已欠费，请通过网上国网App或 https://www.95598.cn 缴费。", "95598")
        assert "lookalike_domain" not in result.codes and result.risk == "low"

    @pytest.mark.parametrize("host", ["www.955888.com", "95588-cn.com", "icbc-95588.top"])
    def test_a_banks_number_inside_a_strangers_name_still_is(self, host: str) -> None:
        assert analyze(f"【工商银行】您的账户异常，请登录 {host} 验证").has("lookalike_domain")


class TestTheSixthBlindReview:
    """A helper wrote 261 probes before reading this session's diff (ec43f04 → 7fec0e7), then read it and wrote
    45 more against what it saw. These are the ones it found rated wrong, by the new code or by both."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【中国银行】您的账户存在风险，请下载会议软件，不用共享屏幕，只需开摄像头核验身份，会议号 666 888 999。", None),
            ("我是银行客服，请下载腾讯会议并开启屏幕共享，我指导您操作，操作完成后再关闭共享就行。", "17012345678"),
            ("我是银行客服，为防止屏幕共享诈骗，请下载腾讯会议并共享屏幕让我核查", None),
            ("【农业银行】检测到您的账户存在异常远程登录，请下载腾讯会议，会议号123456789，共享屏幕配合核查。", None),
            ("【顺丰】您的快递理赔专员 17012345678 于今日14:00致电您未接通，请尽快回电办理三倍赔偿。", None),
            ("【工商银行】您的账户已被冻结，客服17012345678在今日多次致电您未接通，请立即回电解冻。", None),
            ("【工商银行】您的账户异常，未接来电：17012345678，请尽快回电处理，否则冻结。", None),
            ("请柬：XX与XX婚礼 诚邀您光临 [网址] 请务必下载查看现场地址", None),
        ],
    )
    def test_scams_are_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【电力公司】您户已欠费3个月，今日将停电，请立即缴费至以下账户：6222 0212 3456 7890，户名张某。", "13812349999"),
            ("【燃气】您家燃气存在泄漏隐患，我司将派师傅上门更换阀门，请先转账预约费100元至 6228 4800 1234 5678。", None),
        ],
    )
    def test_scams_are_flagged(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            (
                "【腾讯视频】您的VIP会员将于3月10日到期并自动续费。如需取消请在腾讯视频App“我的-设置”中操作，或访问 https://film.qq.com 。",
                None,
            ),
            ("【XX小学】恭喜您的孩子被评为本学期三好学生，请家长于周五到校领取奖状，详情见 https://www.xxschool.edu.cn 。", None),
            ("【深圳供电局】因设备检修，您所在片区明天将停电，时间8:00-17:00，详见 https://www.95598.cn 。", None),
            ("【国网江苏电力】您户号3200123456已欠费，今日将停电，请通过网上国网App或 https://www.95598.cn 缴费。", "95598"),
            ("From 2024-03-05\n【中国移动】您本月话费账单已出，消费58元。", None),
            ("【工商银行】检测到您的手机正在进行屏幕共享，如有陌生人要求您共享屏幕或转账，请立即停止操作，谨防诈骗。", "95588"),
            ("【中国移动】您有来电未接：号码13812340000，时间09:12，次数2次。回拨请直接拨打。", "10086"),
            ("家长会改用腾讯会议，会议号在群公告，只开摄像头，不用共享屏幕。", None),
            ("国家反诈中心:检测到您的手机安装了疑似仿冒“会议”类App,该应用可能被用于屏幕共享诈骗,建议立即卸载。", None),
            ("王老师您好，明晚7点家长会改为腾讯会议，会议号 555 123 987，请家长准时参加。", None),
        ],
    )
    def test_genuine_messages_are_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("恭喜你被评为年度优秀员工，奖金随3月工资发放，有问题找我 13812345678。", "13612345678"),
            ("聚会照片链接：https://pan.baidu.com/s/1xYzAbC 提取码abcd，大家自己下。", "13512340000"),
            ("电子请柬微信上发你了，记得来喝喜酒，有事打我电话13912345678。", "13987654321"),
            ("期末成绩录入有误的同学，请联系教务处修改成绩，电话0755-26531234。", None),
            ("我的梦幻装备已经在藏宝阁上架了，你要的话直接在藏宝阁买，网址 https://xyq.cbg.163.com 。", "13600002222"),
            ("我刚给你发了条语音，你听一下，不方便就回我电话13812345678。", "13612340000"),
            ("妈，班主任给你留言了，让你明天打他电话13712345678。", "13512345678"),
            ("毕业照原图都在这，阿里云盘分享的，我发群里了，密码是班级号。", "13612348765"),
        ],
    )
    def test_peoples_own_messages_are_not_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "high"

    def test_days_of_the_week_are_no_number(self) -> None:
        from triage.analysis.normalize import Compact

        assert not any(c.isdigit() for c in Compact("我们周一二三四五都上班，第一二三四五名有奖").text)


class TestDatasetRowsStillMedium:
    """Rows of the published datasets (numbers and names replaced by tokens) that stayed medium or low, in our
    words: a deposit bonus spaced off, a stock group's own words, returns with principal and interest promised, a prize
    collected through a chat, cash 'gift packs' to install."""

    @pytest.mark.parametrize(
        "text",
        [
            "首充 100 送 100，登录 k9-yl.com 立即体验",
            "尊敬的维尼斯会员，本月幸运彩礼请进入网址领取 wns-vip.cc",
            "操盘高手建群送指标，集体建仓，进群加微信 gp8899",
            "昨日建仓的个股今日有望大涨，获取下一只请致电 13812345678",
            "新平台年化收益超12%本息保证，现在加入立享特权 p2p-jr.top",
            "恭喜您的会员账号获得官方幸运彩金，烦请联系微信客服 kf8899 领取",
            "您已满足兑换300元现金礼包，请登录 yd-sc.top 根据提示下载并安装，即可领取",
        ],
    )
    def test_they_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "恭喜您获得本月幸运抽奖机会，请在App内领取",
            "恭喜你获得一等奖学金，请联系辅导员领取证书",
            "我们的理财产品业绩比较基准3.5%，不保本，投资需谨慎",
            "【某银行】大额存单保本保息，年利率以柜台公布为准，详情请登录手机银行APP。",
        ],
    )
    def test_genuine_neighbours_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestACodeAskedBack:
    @pytest.mark.parametrize(
        "text",
        [
            "我是银行客服，刚给您发了个验证码，麻烦把收到的6位数字回复一下",
            "我手机收不到，刚给你号码发了个码，帮我看看转给我",
            "抽奖要验证手机号，我这边发了个验 证 码，发过来就能领奖",
        ],
    )
    def test_it_is_high(self, text: str) -> None:
        # Batch 5 had these low at 1d6d9ee (the request came after a comma, or as "回复"/"发过来").
        assert analyze(text).has("asks_secrets") and analyze(text).risk == "high"

    def test_a_banks_own_code_message_is_low(self) -> None:
        assert analyze("【XX银行】验证码123456，请勿告诉他人，平台会把验证码发过来，请勿转给任何人。").risk == "low"


class TestFamiliesOfBatchEighteen:
    """The 2013-2016 families batch 18 (real dataset rows) found low, in our words, and the genuine texts it
    found high."""

    @pytest.mark.parametrize(
        "text",
        [
            "你的手机号已被《我是歌手》评为今日幸运号码，获得xxxxx元及笔记本一台，请上 wsgs-hd.cc 领取",
            "你已被东方卫视挑为栏目组特别用户，将获得创业基金和苹果电脑",
            "北京中院通知您：湖南卫视把您的一份违约资料传到本院，请立即与本院联系解除领奖合同",
            "解约中心通知您，您目前属于违约用户，请致电李律师解除协议",
            "我是房东，请把房租打入工商银行，卡号是622xxxxxxxxxxxxxx",
            "股票T+0交易平台，资金放大100倍，详情登录 gp-t0.com",
            "澳门真人荷官在线发牌，登录 am-yl.com 立即体验",
        ],
    )
    def test_they_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text", ["长期办理各种证件，毕业证，资格证，公章，欢迎来电", "法诉通知：你涉嫌贷款欺诈一案，已严重逾期"]
    )
    def test_they_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "订单号：123，机票已经成功退款，请查询您的支付宝帐户。旅行热线：400-1688-688【淘宝网】",
            "春节将至诈骗猖狂，如收到可疑退改签、航班变动短信或电话，请联系卖家核实。【天猫】",
            "根据公安部门通告，境外盗刷银行卡事件猖獗，输入密码时请采用遮挡手势防止偷窥。",
            "房租我已经打到你卡上了，查收一下",
            "期货和股票不一样，期货可以买涨买跌，风险更大",
            "《爸爸去哪儿》这季真好看，我是歌手也不错",
        ],
    )
    def test_genuine_messages_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestIssuersOwnDetails:
    """A refund already gone back the way it came, and a query password the message itself hands out, are
    the issuer's own details, not a charge to dispute or a secret asked for (tuning batches 13 and 18, in our
    words); the scam shapes beside them stay high."""

    @pytest.mark.parametrize(
        "text",
        [
            "【某商城】您的订单已完成退款¥128.00，款项已原路退回，客服热线95123。",
            "退款已原路退回，请留意银行卡到账，如有疑问请拨打400-100-2000。",
            "请登录12345.example.gov.cn，输入受理号及密码（318****）查询办理进度。【某市12345热线】",
        ],
    )
    def test_they_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "您的订单退款无法原路退回，请联系客服400-123-4567办理",
            "您的退款已原路退回失败，请联系客服400-123-4567",
            "请输入银行卡密码（6位数字）完成验证 http://icbc-xx.cn",
            "请回复密码：123 到本号码",
        ],
    )
    def test_the_scam_shapes_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestFormsOfBatchesNineteenAndTwentyOne:
    """Forms the real messages of tuning batches 19 and 21 showed the rules missing or misreading, worded here."""

    @pytest.mark.parametrize(
        "text, code",
        [
            # Trojan links dressed as a friend's photos, an invitation, a picture message or a patch.
            ("你看这相册还有印象吗 http://xc-pic.cn/a1", "bait_link"),
            ("这是我们难忘的美好瞬间 http://pic-mm.cc/p 请保存好哦", "bait_link"),
            ("喜宴敬备薄酒，届时敬请您和家人光临 http://xy-qj.cc/q", "bait_link"),
            ("这是怎么回事 http://kk-v.cc/x 你打开自己看", "curiosity_link"),
            ("你qiao瞧这个 http://kk-v.cc/y", "curiosity_link"),
            ("您有私密彩信未查看，点击阅读 http://mms-see.cc/r", "curiosity_link"),
            ("您的系统存在安全漏洞，请下载最新安全补丁 http://fix-up.cc/s", "curiosity_link"),
            # Prizes with the digits masked or spelled, and a phone sold cheap "to this number only".
            ("你被节目组选为幸运之星，得十八万和笔记本一台，戳 http://hd-lj.cc 输入检验码", "prize_claim"),
            ("亲，您被抽选为二等用户，获万元及苹果笔记本，请登入 http://lj-cx.cc 查收", "prize_claim"),
            ("您已被抽选为场外幸运观众，将得到 oooo 与笔记本一台", "prize_claim"),
            ("iPhone惊喜价399元货到付款，限量100台，限本号抢 http://qg-xx.cc", "prize_claim"),
            # A named bank's loan through a salesman's mobile or a link it does not own.
            ("我处长期和建行合作提供贷款，当天放款，李主任13212341870", "fake_loan_offer"),
            ("无担保个人贷款，1天放款，立即申请 http://dk-xd.cc 【渣打银行】", "fake_loan_offer"),
            # Stock groups and trading "gifts".
            ("我们有个股票交流群，每天开盘前推出3支牛股，回复你的QQ我加你进群", "stock_tip_group"),
            ("A股交易平台大赠送，注册不用充值就送8800元可用资金，盈利即可提现 www.gp-zs.cc", "stock_tip_group"),
            # Casinos in fake-base-station slang.
            ("乐游活动 充100送100 仅1倍水 http://ly-yl.cc", "gambling"),
            ("彩票网五周年庆，充值即送，一倍流水即可取款 http://cp-5.cc", "gambling"),
            # Forged papers and illegal services.
            ("诚信办证刻章，办学校文凭、房产证等，如有需求请致电13912345678", "fake_invoice_offer"),
            ("本公司有各行业正规机打发票出售，永久保真，验后付款，电话13912345678", "fake_invoice_offer"),
            ("专升本考试题及标答提前办理，考前发送，过后再结算，QQ 37131234", "illegal_service_offer"),
            ("会计资格证未过的考生可修改成绩，学生9折，QQ 93641234", "illegal_service_offer"),
            ("我处提供气枪猎枪，本地现货，有意请电15912344551", "illegal_service_offer"),
            ("高价收购银行卡、手机卡，一套800元，安全无风险，加V ks1122", "illegal_service_offer"),
            ("出租银行卡，一张每月3000元，联系QQ 12345678", "illegal_service_offer"),
            ("专职在看守所、监狱办理取保候审、保外就医、假释等放人业务，事成后付款，电话18812349571", "illegal_service_offer"),
            # LINE, the chat of Taiwanese texts.
            ("飆股資訊免費領取，請加賴", "private_chat"),
            ("聯絡代辦專員 LINE ID：dk8899 免費咨詢", "private_chat"),
        ],
    )
    def test_the_scam_form_is_found(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "你看这相册还有印象吗 http://xc-pic.cn/a1",
            "专升本考试题及标答提前办理，考前发送，过后再结算，QQ 37131234",
            "请帮忙汇6000元人民币到以下帐号：林**  6212 1234 5678 9012 430 邮政，谢谢",
        ],
    )
    def test_it_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # Where the institution's own site or app is named, and nothing else is given.
            "您尾号1984的浦发信用卡积分即将清零，请于月底前登陆浦发信用卡网站兑换礼品【浦发银行】",
            "【支付宝】您提交的身份证件审核结果为：审核通过。请登录支付宝-实名认证查看详情。",
            "您可发送JF至10086使用积分兑换20元话费，回复JF可查询剩余积分。",
            # A code given first, then its name.
            "【某视频】778604为本次登录验证的手机验证码，请在5分钟内完成验证。为保证账号安全，请勿泄漏此验证码",
            # Money that arrived, a ticket refunded, a courier, a joke, an airline's advice.
            "您尾号4118信用卡的退款人民币2,516.00元已入账[招商银行]",
            "【申通快递】取件员沈**(133****9712)将尽快上门揽件，请保持手机畅通。",
            "【支付宝】校验码：240680，打死都不能告诉别人哦！唯一热线95188",
            "【中国国航】请避免将密码透露给他人。如您发现账户异常，请及时拨打95583核实。",
            # The carrier's roaming line and the agency's own link.
            "国际漫游时如需帮助可拨打+8613800100186（中国移动客户免费）。中国移动",
            "【携程网】订单已出票。您还可以登录 http://t.ctrip.cn/anl3jD 操作值机选座、改期退票。",
            # Warnings.
            "【国家反诈中心】您近期加入的“股票交流群”疑似投资理财诈骗，请勿充值转账。",
            "【警政署提醒您】加LINE投資風險高，加LINE好友投資必有詐。",
        ],
    )
    def test_genuine_forms_stay_low(self, text: str) -> None:
        result = analyze(text)
        assert result.risk == "low", result.codes

    def test_a_named_banks_landline_offer_is_still_judged_by_its_number_alone(self) -> None:
        # (The salesman's mobile above is what makes the same words a fake loan.)
        result = analyze("【中国银行】中银E贷，无抵押，当天放款，详询0991-5589056")
        assert "fake_loan_offer" not in result.codes and result.risk == "medium"

    def test_a_schools_own_correction_is_no_illegal_service(self) -> None:
        text = "期末成绩录入有误的同学，请联系教务处修改成绩，电话0755-26531234。"
        assert "illegal_service_offer" not in analyze(text).codes

    def test_the_japanese_form_of_a_character_is_simplified(self) -> None:
        from triage.analysis.normalize import normalize as normalise

        assert normalise("代開髪票") == "代开发票"


class TestTheSeventhBlindReview:
    """What the blind review of the batch 19/21 tuning found (probes written before and after reading the
    change, worded here): words that fired alone on genuine messages, and exemptions a scam could use."""

    @pytest.mark.parametrize(
        "text",
        [
            "【中国移动】充话费100元送20元，活动详询10086。",
            "【某外卖平台】新用户注册即送20元无门槛红包，快来下单吧。",
            "【中国福利彩票】本期开奖结果已公布，请登录中国福利彩票网查询。",
            "煮米饭的时候加1.5倍水，口感最好。",
            "【中国联通】您已成功订购10GB流量包，限本号码使用，当月有效。",
            "期末考试得了100分，老师奖励了一支钢笔和笔记本。",
            "【某商城】新款手机首发限量500台，App内抢购。",
            "【某咖啡】恭喜您成为本月会员幸运之星，获赠咖啡一杯，凭短信到店领取。",
            "我们单位有个股票交流群，老王拉你进去聊聊行情。",
            "据报道，警方捣毁一个以“股票交流群”为幌子的诈骗团伙。",
            "【某律师事务所】张先生，您家属的取保候审申请已获批准，请于明日上午到看守所办理手续。",
            "【某考试院】准考证将于考前发送至您的邮箱，请注意查收。",
            "某地警方破获一起网上非法出售枪支案。",
            "【某五金】手枪钻现货特价99元。",
            "【某幼儿园】今天的活动照片已上传，家长们可以看一下照片 https://photo.baidu.com/x1",
            "【某影楼】记录你们的美好瞬间，请登录 www.xxstudio.com 查看。",
            "你瞧瞧这个视频多搞笑 https://v.douyin.com/abc/",
            "明天去参加赖叔叔的寿宴。",
            "他加班赖在公司不想回家。",
            "【中国银行】如有疑问请联系客服热线 Hotline 95566。",
            "请家长加入Online课堂，孩子的作业在里面。",
            "【某幼儿园】明天秋游，请8点前到园，班主任张老师13800001111。",
            "本店出售商品均可开具发票。",
            "【某供应链】请于今日在系统中输入验收数据，谢谢配合。",
            "【某省教育考试院】您的高考成绩已发布，请登录省教育考试院网站查询。",
            "新闻：澳门博彩收入5月同比增长，赌场客流回升。",
            "【某银行】您的验证码为482913，请勿告诉他人。",
            "我在开会，别打电话，晚点回你。",
            "【某银行】网点设有银行卡回收箱，请将作废卡片投入。",
            "辅导员提醒：把自己的收款码、银行卡借给别人代收款就是码商，已有学生被判刑，一律拒绝。",
            "【某证券】研究所本周推荐3只金股：贵州茅台、宁德时代、招商银行，仅供参考，不构成投资建议。",
        ],
    )
    def test_genuine_messages_are_not_high(self, text: str) -> None:
        result = analyze(text)
        assert result.risk != "high", result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "明天去参加赖叔叔的寿宴。",
            "他加班赖在公司不想回家。",
            "【中国银行】如有疑问请联系客服热线 Hotline 95566。",
            "请家长加入Online课堂，孩子的作业在里面。",
        ],
    )
    def test_a_surname_a_verb_or_an_english_word_is_no_line_chat(self, text: str) -> None:
        assert "private_chat" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            # Words of warning that a scam writes too.
            "请立即将资金转入安全账户，否则资金风险极高。",
            "为保障资金安全，请将资金转入安全账户，勿轻信他人。",
            "收到短信：请将资金转入安全账户，疑似诈骗",
            # A page named for the task is no institution's own site or app.
            "【建设银行】您的信用卡已被暂停使用，请前往建设银行认证页面重新激活，否则将注销。",
            "【中国银行】您的账户将被冻结，请登录中国银行安全中心进行身份验证，逾期将影响征信。",
            "【建设银行】您的账户异常已冻结，请登录解冻网站办理解冻。",
            # A code carried in the message, then sent on to a person in the same breath.
            "【微信】验证码 482913，请将验证码告诉客服完成退款。",
            # A person quoting what they or theirs received, and asking about it at length.
            "我收到一条短信说“请转入安全账户”这是诈骗吗？我该怎么办，家里人都很着急，钱都在卡里。",
            "我妈收到一条短信“您的账户已冻结，请联系 17012345678 解冻”，她七十多岁了，这是真的吗？我很担心她上当。",
            # Money asked for from a new number, with the call that would check it forbidden.
            "妈，我手机掉了，这是新号，请帮忙汇款到以下账号：工商银行 6222****1234 张*，急用，别打电话我在开会。",
        ],
    )
    def test_scams_that_borrow_those_words_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestFamiliesOfBatchTwentyTwo:
    """The forms batch 22 (blind, 2026-12-04) was missed by, written anew, and the genuine texts beside them."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            # Taiwanese stock-tip slang, the stock in pinyin, a group joined by sending one's QQ.
            ("今天的飆股已選出，加賴我免費領取", "stock_tip_group"),
            ("強勢短線標的已出，加我領取", "stock_tip_group"),
            ("我是投顧助理，老師免費三檔報牌送給你", "stock_tip_group"),
            ("每天推荐三只牛gu，回复你的qq，邀请你进群", "stock_tip_group"),
            ("昨日早盘建仓，明天强势拉涨，名师带队，加微信 abc888", "stock_tip_group"),
            # "Fees waived" is a warning after a fee, not after a stock tip that is "all free".
            ("名师老李带队，建仓全免费，加微信 abc888", "stock_tip_group"),
            # Prizes in the fake-base-station wording.
            ("您被系统选中为今日幸运用户，请登录网站 http://a.example.top 领取", "prize_claim"),
            ("通知：你的号码被选为本期第三位获奖用户，登录官网速领", "prize_claim"),
            ("节目组为您奉上58000元和电脑一部，请点 http://a.example.top 查看", "prize_claim"),
            # Casinos: a filter-dodging 氺, 采票 for 彩票, an account with its withdrawal password.
            ("注册即送，天天返氺，三分钟到账", "gambling"),
            ("足球采票倍率最高，注册即送", "gambling"),
            ("您在某某国际的会员账号 abc 密码 123 取款密码 456 还有余额，请登入使用", "gambling"),
            # Another person's calls and texts for sale; exam passes "guaranteed".
            ("想知道别人的通话内容吗？询：136****7932 小刘", "illegal_service_offer"),
            ("只要提供他的号码就可听到他的通话和短信，询 159****5812", "illegal_service_offer"),
            ("资格考试保零基础高分过考，加Q 941243251", "illegal_service_offer"),
            # Invoices offered.
            ("你好，请问有需要开发票吗？请电 138****1234", "fake_invoice_offer"),
            ("我公司有正规税票，可查对数据，需要请来电 139****1289", "fake_invoice_offer"),
            ("代理本地区增值税发票，点数最优惠，可验证后付款。180****3168 李小姐", "fake_invoice_offer"),
            # A loan agent's advert with a mobile.
            ("尊敬的客户，我处可申请办理5万额度信用卡，电话 138****1234 王主任", "fake_loan_offer"),
            ("你好，我们主做贷款业务，3天放款，有意联系 138****1234", "fake_loan_offer"),
        ],
    )
    def test_the_forms_it_missed_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    def test_a_bank_named_with_a_mobile_to_ask_at_is_the_callback_pattern(self) -> None:
        result = analyze("银行无抵押贷款，额度高利息低，放款快。询：150****4924【建设银行】")
        assert "unofficial_callback" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "南京六合区彩虹小区明日停水通知，请提前储水。",
            "【如家酒店】请问是否需要开具发票？请到前台办理。",
            "如需开发票，请联系客服。",
            "本公司可提供增值税专用发票，欢迎选购。",
            "代理记账报税，增值税发票申领，详询前台。",
            "包过考驾照，报名请到驾校前台。",
            "我被选为班长了，妈妈很高兴。",
            "请查看对方的短信内容后再回复。",
            "他把明牌打出来了，这局输了。",
            # A code that lapses is no debt claimed.
            "您的验证码为 482913，5分钟内有效，逾期失效，请勿泄露。",
        ],
    )
    def test_the_genuine_texts_beside_them_are_not_flagged(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_group_buying_voucher_lists_the_shops_own_landline(self) -> None:
        text = "您的影视城双人套票密码0751 6833 9930。无需预约。商家电话：0757-82269990。【美团网】"
        result = analyze(text)
        assert "unofficial_callback" not in result.codes
        # A refund through the shop's number is the refund scam, shop or not.
        assert "unofficial_callback" in analyze("【美团】您的订单退款失败，请联系商家电话：138****1234 办理退款").codes


class TestTheEighthBlindReview:
    """A blind review of the batch-22 tuning (223 probes, 143 written before reading it) found the new slang, draw,
    eavesdropping, invoice and shop patterns over-reaching, and easy variants slipping past; the shapes it gave."""

    @pytest.mark.parametrize(
        "text",
        [
            # Stock slang in news, a card game and a lottery; a school's outing "led by teachers".
            "【经济日报】今年台股飙股排行出炉，半导体占六成",
            "今晚掼蛋三缺一，记住剩十张要报牌啊，上次你又忘了",
            "老爸說彩券行老闆把明牌送給他了，哈哈，他今天一定要去買",
            "【阳光小学】本周五组织学生秋游，由各班老师带队，请家长为孩子准备午餐和饮用水。",
            "【市少年宫】合唱团周日赴杭州比赛，名师带队，请家长签回执。",
            # A place called 六合, a lucky draw there, and a bathroom, a necklace and a trip.
            "六合万达广场周年庆抽奖今晚8点开奖，快来参加",
            "家里卫生间返水了，明天找师傅来修一下",
            "老公送我一条彩金项链，好看吗",
            "下周去澳门玩，顺便去威尼斯人逛逛",
            "【中国体育彩票】竞彩足球彩票今日赔率调整，请以官方公布为准。",
            # Someone afraid of being listened to, and shops and hotels asking about invoices.
            "我怀疑手机被监听了，最近老有奇怪的电话，怎么办",
            "亲，您的订单已发货，请问需要开发票吗？需要的话请提供抬头和税号~",
            "【如家酒店】感谢您的入住，请问是否需要开具发票？请到前台或在App内申请。",
            "王总，报价单已发您邮箱，价格含税，我们提供正规税票。",
            # A school's prize, and a carrier's gift already credited.
            "恭喜！你的作文被学校定为一等奖，周五升旗仪式颁奖",
        ],
    )
    def test_everyday_texts_with_the_new_words_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_carriers_gift_already_credited_is_no_prize_claim(self) -> None:
        assert analyze("【中国移动】恭喜您被选为幸运用户，获赠1GB国内流量，已自动到账，无需操作。", "10086").risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # A shop's "trouble" is the impersonation's pretext.
            "【大众点评】您的商户账户存在违规，将冻结结算款，请联系商家热线 13812345678 核实",
            # "Lapses if overdue" beside a debt is no voucher.
            "你的网贷逾期未还，限今日18点前还清，逾期作废减免政策，将移交法务起诉，联系 13812345678",
            # Asking at a mobile with no colon.
            "【工商银行】您的账户已被冻结，询13812345678",
            # Eavesdropping and spying sold in other words.
            "想知道老公在和谁聊天吗？远程监控对方手机，实时同步短信通话，加QQ 998877",
            "可以同步接收对方的短信和通话录音，不被发现，价格优惠 V：jt6677",
            "想知道老婆每天跟谁发短信吗？给我她的手机号就能查，微信 ck6677",
            # Answers before the exam, casino homophones, a "system-drawn" lucky user, stock slang variants.
            "四六级答案 考前一小时发 耳机+答案套餐 需要的加V：cet46da",
            "注册即送菜金88元，真人百家，提款秒到，官网 bj77.cc",
            "【抖音】您是系统抽中的幸运用户，获得88888元红包，请联系客服领取",
            "今日飚股推荐，加微信 gp888 免费领取",
            "老師每天免費報明牌，勝率九成，加LINE：ming88",
            # Invoice slang.
            "开票找我，税点2个，各类票都能开，微信同号 13812345678",
        ],
    )
    def test_the_variants_it_found_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        ["报牌这种东西都是骗人的，妈你千万别加陌生人的赖", "【华泰证券】晨报：今日短线标的关注算力板块，详见App研究栏目。"],
    )
    def test_a_warning_or_a_brokers_note_names_the_slang_without_offering_it(self, text: str) -> None:
        assert "stock_tip_group" not in analyze(text).codes


class TestFamiliesOfBatchTwentyThree:
    """The 2023-2026 lures, illegal collection and genuine notices of batch 23 (modelled blind, 2026-12-04), written anew."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("【医保】您的家庭共济额度2100元已到账，未领取将于月底清零，请点击 yb-gj.cc 领取", "limit_raise_points"),
            ("【XX市民政局】国家育儿补贴申领通道已开放，请点击 yr-bt.top 填写信息申领", "limit_raise_points"),
            ("【工资补贴】请大家扫群里的二维码登记银行卡，逾期视为放弃", "asks_secrets"),
            ("登记完成后会收到一条验证码，填入即可领取补贴", "asks_secrets"),
            ("您好我是税务局的，退税卡在后台了，麻烦核对一下您的身份证号和银行卡号", "asks_secrets"),
            ("这里是支付安全中心，要帮你解除分期扣款需要先验证你的银行卡余额", "asks_secrets"),
            ("【支付宝】您的账户需重新认证并关闭学生借款功能，请联系客服 95188-8，否则影响征信", "student_loan_cancel"),
            ("您好我是售后，您买的面霜检测出重金属超标，要给您退款补偿，先开通一个退款通道，我教您操作", "app_or_screen_share"),
            ("刚才操作失误给您多退了6000元，麻烦尽快转回这个账户，不然影响征信", "someone_elses_account"),
            ("诚邀您帮博主点赞上粉，一小时可得50-300元，详情 dz-kts.xyz", "job_lure"),
            ("康养基地床位最后5个，每年返12%利息，到期本金全退，带老伙伴来参观", "stock_tip_group"),
            ("你老婆在外面欠了我们两万，你是她老公你有义务还，今天不转明天继续打", "third_party_threat"),
            ("今天下午会去你父母家，你父母年纪大了，身体不好吧？", "third_party_threat"),
            ("在吗？刚才视频你看到我了吧，先转我2万交医药费。别打电话了我这边吵听不见", "relative_needs_money"),
            ("还款码发你了，扫这个码还，别走App了，App里还款我们这边查不到", "someone_elses_account"),
        ],
    )
    def test_the_forms_it_missed_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            # A court's own notice from 12368 with the clerk's local landline, and money paid to the person's own account.
            ("【某某区人民法院】李某诉你借款纠纷一案本院已受理，书记员刘某，联系电话029-88881120，请按时应诉。", "12368"),
            ("【某某区人民法院】您申请执行的案件已结案，执行款已发放至您指定账户，可登录 zxfw.court.gov.cn 查询。", "12368"),
            # A utility's reminder to keep enough in the account for its debit.
            ("您户水费已欠费，代扣用户请查看下您银行账户余额以确保正常扣款，谢谢合作。", ""),
            # Warnings that name the lure and call it fraud.
            ("各位家长：群里发的“补贴扫码领取”，是诈骗！学校不会在群里发二维码收银行卡。", ""),
            ("【某某佳缘】安全提示：对方推荐投资、博彩平台的，请立即举报。", ""),
            ("【藏宝阁】交易款项可在App内提现至实名银行卡，提现不收取保证金。", ""),
        ],
    )
    def test_the_genuine_texts_beside_them_are_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender or None).risk == "low"

    def test_a_spoofed_court_sender_pressing_for_a_call_today_stays_high(self) -> None:
        text = "【某某中级人民法院】您有一张传票未领取，请于今日内致电 020-38914025 查询，逾期将强制执行。"
        assert analyze(text, "12368").risk == "high"


class TestTheNinthBlindReview:
    """A blind review of the batch-23 tuning (290 probes, 171 written before reading it) found its new words rating a
    family's and a shop's everyday texts high, and three exemptions a scam could borrow; the shapes it gave."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("妈，会员自动续费要取消的话我教你操作，打开支付宝点我的。", ""),
            ("妈，你把手机银行打开，看看退休金到了没有。", ""),
            ("【XX酒店】入住前请扫码登记身份证信息，感谢您的配合。", ""),
            ("【XX医院】首次就诊请扫描二维码填写身份证信息建档，或到一楼窗口办理。", ""),
            ("爸，淘宝退款已经退回这个卡了，你查一下。", ""),
            ("【XX银行】本行结构性存款为保本浮动收益型，本金保障，详情请咨询网点。", ""),
            ("【XX健身】推荐新会员奖励一个月会籍，详询前台。", ""),
            ("今年全市研发投入850亿元，比五年前翻一倍。", ""),
            ("你是他爸就得帮他想想办法，孩子上学的事不能拖。", ""),
            ("这事儿只能找你帮忙了，我妈还在医院走不开。", ""),
            ("你父母身体不好，多回家看看吧。", ""),
            ("【瑞幸咖啡】关注公众号即可领5元优惠券，新用户专享。", ""),
            ("【XX超市】关注门店企业微信可领10元无门槛券。", ""),
        ],
    )
    def test_everyday_texts_with_the_new_words_stay_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender or None).risk == "low"

    def test_a_banks_bounced_transfer_is_no_request_to_send_back(self) -> None:
        text = "【XX银行】您5月3日的跨行转账因收款人户名不符已被退回，款项已退回该账户。"
        assert "someone_elses_account" not in analyze(text, "95588").codes

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            # A doubt pre-empted is no warning; casino ads that say "anti-fraud" or "report"; a collector's visit.
            ("请扫码登记银行卡领取育儿补贴，很多人担心，是骗子吗？绝对不是，政府项目放心领。", ""),
            ("XX娱乐城，官方防骗认证平台，注册即送88元彩金，提款秒到账。", ""),
            ("XX体育正规平台，支持举报监督，首存送100%彩金，百家乐真人在线。", ""),
            ("已安排专人前往你户籍所在地街道办，联系网格员核实你的家庭住址。", ""),
            # A "summons not signed for" from a spoofed 12368 with a landline.
            ("【XX人民法院】您有一张传票未签收，请致电书记员 010-56781234 查询详情。", "12368"),
        ],
    )
    def test_the_loopholes_it_found_are_closed(self, text: str, sender: str) -> None:
        assert analyze(text, sender or None).risk != "low"

    @pytest.mark.parametrize(
        ("text", "risk"),
        [
            ("大家好，本群是养老金融理财群，年化18%，保本保息，每月分红，拉一个人进群奖励200元。", "high"),
            ("【XX银行】大额存单年化2.1%，保本保息，详询网点。", "low"),
            ("推荐一位朋友办卡奖励50元话费【中国移动】", "low"),
        ],
    )
    def test_double_digit_yields_kept_safe_and_paid_recruits_are_the_lure(self, text: str, risk: str) -> None:
        assert analyze(text).risk == risk


class TestTheSessionsReadThrough:
    """A read of the whole session's change found patterns that fired on what their comments excluded."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您的双人套票密码0751 6833 9930，消费时出示券码即可，商家电话：0757-82269990【美团网】", ""),
            ("【某某人民法院】张某诉你借款纠纷一案，传票已通过电子送达，联系电话029-85551234，请按时到庭", "12368"),
            ("为您提供精准定位服务【某地图】", ""),
            ("居民人均收入至少翻一倍", ""),
            ("介绍一位朋友入会奖励200元", ""),
            ("今日强势股名单出炉，两市成交量增加", ""),
            ("导师带着我们做实验", ""),
            ("请携带身份证前往您户籍所在地派出所办理相关手续", ""),
            ("欠你的人情还没还呢，这事只能找你帮忙了", ""),
            ("周末我们去你父母家吃饭吧，你父母年纪大了", ""),
            ("【某某佳缘】安全提示：对方推荐投资、博彩平台的，请立即举报。", ""),
        ],
    )
    def test_what_the_comments_exclude_stays_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender or None).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "百家乐注册送彩金，如有问题请举报",
            "你是他老婆，你有义务还钱",
            "定期理财年化15%，到期本金全额退还，拉一个人进群奖励200元",
        ],
    )
    def test_what_they_mean_is_still_caught(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_an_account_with_its_holder_field_is_where_to_pay(self) -> None:
        assert "pay_to_account" in analyze("卡号：6222021234567890123，开户名：张三，开户行：工商银行").codes


class TestABossWhoHasAGroupBuilt:
    """Fraud posing as a boss (batch 23's 冒充领导 family, which no rule had): a group built or joined for a payment."""

    @pytest.mark.parametrize(
        "text",
        [
            "小王：你现在建一个部门内部群，先别拉人，建好把群号发给我。我在开会，不方便接电话。",
            "刘经理好，总经理让我拉您进一个项目群，货款这块需要您对接。",
            "我在外面开会，不方便接电话，你先把这笔款付给对方，回来再说。",
        ],
    )
    def test_the_boss_who_has_a_group_built_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "boss_impersonation" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "拉你进群了，周五聚餐",
            "群号发我一下，我加一下",
            "班级群建好了，群号发给大家",
            "我在开会，不方便接电话，晚点回你",
            "我在外地出差，不方便接电话，有事在微信群里说",
            "在外面，不方便接电话，拉肚子了，晚点回",
            "领导让我拉你进项目群，合同细节在群里沟通",
            "王总让我拉你进项目群，下周一开会讨论方案",
            "警惕冒充领导让你建群、把群号发给他的诈骗",
        ],
    )
    def test_groups_meetings_and_warnings_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # (The tenth blind review's: other verbs for the group, what is sent back, the assistant's wording.)
            "我是董事长，你马上建个群，把会计和出纳拉进来，建好把群号告诉我。",
            "马上建个群，建好了把群号私信我。",
            "弄个QQ群，群号发给我，我在外面开会。",
            "建好群後把群號發給我，我在開會。",
            "你好，我是刘总的助理，刘总让我拉你进群，有一笔货款需要你处理一下。",
            "董事长让我把你拉进群里，今天有笔款要付给合作方。",
            "我是张总秘书，张总拉了一个内部群，请你加一下，群里有付款安排。",
            "你老板让我加你，说有一笔业务款要你先垫付。",
            # The meeting, the flight or the refused call beside an order to pay someone else, in either order.
            "我在开会，不方便接电话。你先把款转给对方。",
            "我正在开会，接不了电话，你先给这个账户打5万。",
            "我在开会，说话不方便，你先付给客户，账号稍后发你。",
            "我在开会，不方便接电话，事情很急不能耽误，你马上转账。",
            "我在开会，不方便接电话，你不要声张，先把款转给对方。",
            "我在开会，不方便接电话，公司最近严打诈骗，这笔钱你直接转给合作方。",
            "财务你好，董事长交代今天必须把这笔款付给对方，不用再电话确认。",
            "小张，我是你们部门经理，我在飞机上，落地前需要你把这个款转给客户，千万别耽误。",
            "老板在开会，让我通知你先把这笔货款付给供应商。",
            "我是你们王总，这是我新QQ，你加一下，有笔款要你马上转出去。",
            "我是你们公司的李总，我在国外出差，电话打不通，有一笔紧急款项需要你先付，账号如下。",
            # Gift cards and their codes.
            "帮我去买10张京东购物卡，每张1000面值，买好后把卡号卡密拍照发我，我在开会。",
            "我是陈总，你帮我买几张苹果礼品卡，卡密发我。",
            # The meeting or the refused call first (the pattern's opening had lost them to a misplaced bracket).
            "我在开会，你先去买5张京东卡，卡密拍照发我。",
            "我现在不方便接电话，你帮我买3张苹果卡，卡号卡密拍给我。",
        ],
    )
    def test_the_reviews_boss_scams_are_high(self, text: str) -> None:
        result = analyze(text)
        assert "boss_impersonation" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # Money to the reader, money already paid, papers passed on, a deferral.
            "我在开会，不方便接电话，房租我晚点转给你。",
            "我在開會，不方便接電話，房租我晚點轉給你。",
            "我 在 开 会 ， 不 方 便 接 电 话 ， 钱 已 经 转 给 你 了",
            "妈，我在外面不方便接电话，生活费我晚上转给你。",
            "在外地，不方便接电话，工资周五会转到大家卡上。",
            "我在外地出差，不方便接电话，发票你先转给财务小王。",
            "我在开会，不方便接电话，文件你先转给张经理看一下。",
            "我在开会，不方便接电话，转账的事等我回公司当面说。",
            "我在外地，不方便接电话，货款明天我让财务转给你们。",
            "老公，我在外面不方便接电话，刚才那笔钱我已经转给妈了。",
            "领导在外地，不方便接电话，让我转告你明天的会改到下午。",
            "我在外面，你先建个群，把项目组的人拉进来，下午开会。",
            "老师今天开会说家长不用买购物卡，卡密之类的别信。",
            "开会的时候领导说买了京东卡当奖品，卡密下周发。",
            # 款 as a noun; a class, a reunion, a team building a group.
            "老板让我拉你进群，新款样品图都在群里。",
            "领导让我拉你进项目群，回款进度大家在群里同步。",
            "局长让我拉你进群，扶贫款发放名单在群里公示。",
            "你建一个群，把咱们班的同学拉进来，建好把群号发我，我通知大家聚会时间。",
            "班长，班级群建好了把群号发给我，我发给家长们。",
            "咱们球队建个群吧，建好把群号发我",
            "小组作业建个群吧，建好把二维码发我",
            # Warnings that quote the trick.
            '如果"老板"让你建好群把群号发他，那是骗局',
            '别上当！骗子常说"我在开会，不方便接电话，你先把款转给对方"，遇到一定要核实。',
            "反诈课堂：假老板在开会、不方便接电话、让你转账，都是套路。",
            # Reports and gatherings posted to a group.
            "领导让我们把周报发到群里，今天下班前完成。",
            "这个月大家辛苦了，周五晚上部门聚餐，地点稍后发群里。",
        ],
    )
    def test_the_reviews_workplace_and_family_messages_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestPapersSharedWithAGroup:
    """Answers, minutes and forms posted to a class or work group are no threat to tell the person's circle; a
    debt's details posted there still are."""

    @pytest.mark.parametrize(
        "text",
        [
            "答案已发到群里",
            "作业答案已经发到班级群里了，家长们检查一下",
            "会议纪要我发群里了",
            "资料已发到群里，大家查收",
            "表格发群里了，请各位家长填写",
        ],
    )
    def test_papers_for_a_group_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "再不还钱就把你的照片发到群里",
            "你的欠款信息已经发到你们公司群里了",
            "三天内不还，你的资料就发到群里",
            "你的欠款信息发到群里了，大家看一下这个老赖",
        ],
    )
    def test_a_debt_posted_to_a_group_is_still_a_threat(self, text: str) -> None:
        assert "third_party_threat" in analyze(text).codes


class TestPublicBodiesLinkOnlyToTheirOwnSites:
    """Batch 24: traffic police (12123), social security, medical insurance, the digital yuan and the student-record
    site head the phishing texts every police warning quotes; a link off their own sites is someone else's."""

    @pytest.mark.parametrize(
        "text",
        [
            "【12123】您有3条违法记录待确认，请点 jg-122.cc/q 查看，逾期暂扣驾驶证。",
            "【交管服务】您的驾驶证记分已满，请登录 xf-122.cn 学习消分。",
            "【人社局】您的养老金资格未认证，待遇将暂停，请点 rs-rz.top 认证。",
            "【数字人民币】恭喜预约成功，请点击 ecny-kt.cn 开通钱包。",
            "【学信网】您的学历信息异常，请于今日登录 xx-chsi.top 核验。",
        ],
    )
    def test_a_link_off_their_sites_is_high(self, text: str) -> None:
        result = analyze(text)
        assert result.risk == "high"
        assert {"foreign_domain", "lookalike_domain"} & set(result.codes)

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【交管12123】您的驾驶证记分周期将于下月结束，详情请登录交管12123App查看。", "12123"),
            ("【交管12123】验证码：5521，用于驾驶证业务办理，请勿告诉他人。", "12123"),
            ("【中国人民银行征信中心】您的信用报告查询申请已受理，请于24小时后登录 ipcrs.pbccrc.org.cn 获取。", None),
            ("【人社局】您的社保卡已制作完成，请携带身份证到社保服务大厅领取，咨询12333。", None),
            ("【交管12123】您有一条违法记录，请登录 gab.122.gov.cn 处理。", None),
        ],
    )
    def test_their_own_notices_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestALinkMaskedAfterWhatToDo:
    """A page masks a link after the verb of what to do there, with or without a colon ("请立即核验 ******", "违章抓拍
    请查看:******"); masked or marked left out beside a named institution, whose site it was cannot be checked."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的ETC与行驶证不一致，请立即核验 ******",
            "违章抓拍图像请查看:******",
            "请下载新版钱包:******",
            "积分今晚清零，兑换 ******",
        ],
    )
    def test_a_long_mask_after_the_verb_is_a_link(self, text: str) -> None:
        assert analyze(text).has("link")

    @pytest.mark.parametrize("text", ["您已成功兑换******元", "我的密码是******，你别告诉别人", "验证码******请勿泄露"])
    def test_a_mask_before_a_unit_or_of_a_secret_is_none(self, text: str) -> None:
        assert not analyze(text).has("link")

    @pytest.mark.parametrize(
        "text",
        [
            "【支付宝】您的账户被投诉，已限制收款，申诉请登录 （链接略） 处理。",
            "【中信银行】您的积分今日到期，点击 [网址] 兑换。",
        ],
    )
    def test_a_link_left_out_beside_a_named_institution_is_medium_at_least(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize("text", ["【淘宝】您的账号已解封，点击查看详情", "【花呗】本月账单已出，戳链接还款，已还忽略"])
    def test_words_of_a_link_without_a_mask_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch24sOtherShapes:
    """Batch 24: a certificate falling due, benefits paused for want of a review, a friend's debt told to the contact,
    calls to bombard a parent; and Haier's 够花 app is no money that is enough."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的数字证书即将到期，请登录 zs-gx.top 更新",
            "您的养老待遇资格未认证将暂停发放，请点击 yl-rz.cc 认证",
            "你再不还，等着被短信轰炸吧",
            "【消费金融】温馨提示：您的好友刘**在我司借款已逾期，您作为其联系人请提醒其尽快还款。",
        ],
    )
    def test_they_are_flagged(self, text: str) -> None:
        result = analyze(text)
        assert result.risk != "low"
        assert {"account_problem_link", "third_party_threat"} & set(result.codes)

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【工商银行】您的U盾证书将于2027年01月到期，请登录工行手机银行或到网点免费更新。", "95588"),
            ("【人社局】您的待遇资格认证即将到期，未认证将暂停发放，请通过掌上12333App认证。", "12333"),
            ("爸，别再给我转钱了，我这边工资够花", "13812345678"),
            ("钱不够花了，借我点", "13812345678"),
        ],
    )
    def test_their_look_alikes_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_haiers_app_still_signs(self) -> None:
        assert analyze("【够花】您的借款已逾期，请及时还款").institution.code == "haiercash"


class TestTheEleventhReviewsShapes:
    """The blind review of the batch-24 tuning (299 probes): masks of a name or a number after a verb done already,
    public bodies sending people to a bank's site, their WeChat account or a school's system, warnings quoting a
    scam's signature, certificates that are not a bank's, contacts told nothing of a debt, sales calls that
    "bombard", 够花 in speech; and a link's user name before "@"."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【工商银行】您的U盾已激活 ******，请妥善保管。", "95588"),
            ("【微信支付】您已开通******免密支付服务", None),
            ("【招商银行】您已申请******万元额度提升", None),
            ("【人民银行】2025年贺岁纪念币预约兑换将于12月1日开始，请通过工商银行官网 https://www.icbc.com.cn 预约。", None),
            ("【XX市医保局】2025年度居民医保缴费政策解读，详见 https://mp.weixin.qq.com/s/AbC", "12393"),
            ("【学信网】请于5月30日前核对学籍信息，如有问题请登录学校教务系统 https://jwc.xxu.edu.cn", None),
            ("【人社部】您报考的职业资格证书已可查询，请登录 http://zscx.osta.org.cn 查询。", None),
            ("警方提醒：近日有人收到“【交管12123】您有违章未处理，请立即核验 ******”，这是诈骗。", "12110"),
            ("【阿里云】您的SSL证书即将到期，请登录 https://www.aliyun.com 续费。", None),
            ("【XX酒店】您的好友在本公司预订的房间已确认，您作为其联系人请提醒其按时入住。", None),
            ("孩子期末了，每天被作业轰炸", None),
            ("生活费够花吗？不够跟我说", "13812345678"),
            ("借呗的钱还完了，现在工资勉强够花。", None),
        ],
    )
    def test_genuine_ones_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_sales_calls_that_bombard_threaten_no_third_party(self) -> None:
        assert "third_party_threat" not in analyze("别在网上乱填手机号，不然等着被推销电话轰炸吧。").codes

    @pytest.mark.parametrize(
        "text",
        [
            "【交管12123】您有违章未处理，请登录 https://www.122.gov.cn@jg-wz.top/cl 处理",
            "【交管12123】违章处理：******，逾期扣分。",
            "【人社局】您的补贴待领取，点这里：******",
            "你不还是吧，等着我们每天轰炸你",
        ],
    )
    def test_scams_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestTheReadThroughsShapes:
    """The read-through of the ninth session's change: a public body's WeChat article or a platform it does not name is no
    site of its own; the boss rule's orders not to pay, forwarded papers, 总觉得 and a group built to pull people in; scams
    its exemptions let through; a scam pasted whole in quotation marks; 已失效 then 请立即核验; a school's site for the
    traffic police; a threat that says "别以为这是套路"; a debt's papers posted to a group; a user name before "@"; 够花 in
    speech."""

    @pytest.mark.parametrize(
        "text",
        [
            "【医保局】您的医保卡已被冻结，请于今日登录 https://mp.weixin.qq.com/s/xyz 解冻。",
            "【医保局】您的医保卡已被冻结，请登录 https://shop123.taobao.com 解冻",
            "“【12123】您的驾驶证记分周期即将结束，详情请登录 jg-122.cc 查看。”",
            "【12123】您的驾驶证记分周期即将结束，详情请登录 http://jwc.xxu.edu.cn/122 查看。",
            "【交管12123】您有违章未处理，请登录 https://122gov@jg-wz.top/cl 处理",
            "你建个群吧，先不要拉任何人，建好把群号发我，我在开会。",
            "最近骗子多，我在开会不方便接电话，你直接把货款转给供应商，别打电话了。",
            "建好把群号发我",
            "王总在会上，让你马上把合同款打给对方，他说不用再确认了。",
            "董事长让我把你拉进群里，今天有笔款要付给合作方。",
        ],
    )
    def test_the_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("我是总觉得这事不靠谱，你先别转给对方，等我问清楚。", None),
            ("我在开会，不方便接电话，你先不要给客户打款，等我确认。", None),
            ("电话打不通就算了，你先把图片转给客户确认一下。", None),
            ("信号不好，你先把报价转过去，我回头看。", None),
            ("我是总结一下：今天必须把货款付给供应商，账期到了。", None),
            ("老板在开会，让你先把快递转给客户。", None),
            ("不方便说话，你直接把文件转出去吧。", None),
            ("把你的收款二维码发我，我让财务给你报销。", None),
            ("明天团建，你建个群，建好把二维码发我，我来拉人。", None),
            ("新建一个项目群，建好把群二维码发我，我拉客户进来。", None),
            ("你建个群吧，群号发我，我把球队的人拉进来。", None),
            ("每月三千块挺够花", "13812345678"),
            ("一千块够花一周", "13812345678"),
        ],
    )
    def test_the_genuine_ones_are_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_mask_after_a_clause_of_what_happened_is_still_a_link(self) -> None:
        assert analyze("您的ETC已失效 请立即核验 ******").has("link")

    def test_a_threat_that_says_it_is_no_trick_is_still_a_threat(self) -> None:
        assert "third_party_threat" in analyze("三天内不还款，我们就联系你的紧急联系人和单位，别以为这是套路。").codes

    def test_a_debts_papers_posted_to_a_group_are_a_threat(self) -> None:
        assert "third_party_threat" in analyze("已将你的借款合同文件发到群里").codes

    def test_presents_that_bombard_are_no_threat(self) -> None:
        assert "third_party_threat" not in analyze("双十一等着被快递轰炸吧").codes

    def test_haiers_app_is_still_named(self) -> None:
        assert analyze("够花APP提醒您还款").institution.code == "haiercash"


class TestBatch25sShapes:
    """Batch 25: elder-care "beds" and memberships bought for a return and the principal back, a stranger's payment "made
    by mistake" to send back, 通报所在单位 and 公函 sent to the workplace, a link left out in Taiwan's word (連結已隱去);
    warnings headed as such that call what they quote a scam or unlawful; the rent card the contract already names."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            (
                "阿姨，我们颐养院现在预订床位，交10万锁定一张，每个月还给您返800的床位补贴，三年后不住可以全额退本金。",
                "stock_tip_group",
            ),
            (
                "不好意思加您，我下午扫码付房租扫错了，给您付了3782，能帮忙转回来吗？直接转到我这个新号就行。",
                "someone_elses_account",
            ),
            ("【金融仲裁中心】您的逾期案件已提交仲裁，请于24小时内处理，否则将通报所在单位。", "third_party_threat"),
            ("他欠我们平台钱三个月不还，再不处理我们会发公函到你们公司。", "third_party_threat"),
        ],
    )
    def test_they_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk != "low"

    def test_a_link_left_out_in_taiwans_word_is_a_link(self) -> None:
        assert analyze("您的包裹因收貨地址不清晰無法配送，請點擊 (連結已隱去) 更新地址").has("link")

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【社区民警提醒】近期有节目组中奖短信，称要交保证金、手续费才能领奖，全部是诈骗，节目组从未在短信里发奖。", None),
            ("[转发] 律师提醒：催收威胁“通知你全公司”“P图发村群”都违法，可以保存录音截图向平台投诉。", None),
            ("朋友转给我的，【社区民警提醒】近期有节目组中奖短信，称要交保证金才能领奖，全部是诈骗。", None),
            ("小王，我是房东老周，下个月的房租2600还是转到合同上写的那张建行卡就行。", None),
            ("妈，生活费收到了，这个月怎么多了五百？是不是转错了，我给你退回去", None),
            ("已将会议纪要通报各单位", None),
        ],
    )
    def test_genuine_ones_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestAScamHeadedAsAWarning:
    """A scam headed "【反诈提醒】" or "【银行提醒】" says "不要点", "请核实" and "诈骗高发" too: only a warning that calls what
    it quotes a scam or unlawful is read as a warning throughout."""

    @pytest.mark.parametrize(
        "text",
        [
            "【反诈提醒】您的账户存在风险，不要点陌生链接，请添加专员微信 fz8899 进行资金核验",
            "【银行提醒】您的信用卡将被冻结，请核实，致电 13812345678 解冻",
            "【反诈提醒】您的账户存在风险，这是诈骗高发期，请添加专员微信 fz8899 进行资金核验",
        ],
    )
    def test_it_is_still_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestTheTwelfthReviewsShapes:
    """The blind review of the batch-25 round: a scam may head itself as a warning and call something "不是诈骗", ask
    after the verdict, or fall back on "原来的卡被冻结"; business letters (公函) and schools' 通报 are no threats; a care
    home's deposit is no investment, nor a family's mistaken transfer a scam."""

    @pytest.mark.parametrize(
        "text",
        [
            "【公安局提醒】这不是诈骗，请配合将资金转入安全账户",
            "【社区民警提醒】近期有节目组中奖短信，称要交保证金才能领奖，全部是诈骗。您的包裹异常，请点击 kd-cl.top 处理",
            "爸，我原来的卡被冻结了，这是我同事的卡号，学费转这个",
            "叔叔阿姨，养老基地认购床位权益，2万起投，月返2%，一年后本金原路退回，请到活动中心签约",
            "亲，刚转错了1000元给你，麻烦退回来，直接转我支付宝 13712345678",
        ],
    )
    def test_the_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我们已发公函到你们公司商谈合作",
            "学校将通报所在单位",
            "妈，我刚才转错了，麻烦你退回一笔给我",
            "房东：本月房租2500，打到合同上写的那张卡就行，谢谢",
            "老爸，你别信那个养老卡每个月返钱的，都是诈骗，上次楼下阿姨亏了5万",
        ],
    )
    def test_the_genuine_ones_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestAStrangersMistakenTransfer:
    """A stranger's "I paid you by mistake, please send it back" with nowhere else to pay (the ninth session's review
    probes): medium, with how to check and return it safely; with another account or chat it is severe."""

    @pytest.mark.parametrize(
        "text",
        [
            "你好，我刚才转账转错了，2000元转到你的微信了，麻烦你帮我转回来，谢谢",
            "您好，不好意思，刚才我多转了300块给您，麻烦您退回一下，谢谢！",
            "您好，刚才转错了2000元到您的账户，能不能帮忙退回？",
            "你好，我是骑手，刚转错了200给你，请退给我，谢谢",
        ],
    )
    def test_it_is_medium_with_the_safe_way_back(self, text: str) -> None:
        result = analyze(text)
        assert "stranger_mistaken_transfer" in result.codes
        assert result.risk == "medium"
        flag = next(f for f in result.flags if f.code == "stranger_mistaken_transfer")
        assert "原路退回" in flag.advice_zh and "96110" in flag.advice_zh

    def test_with_another_account_to_pay_it_is_high(self) -> None:
        result = analyze("你好，我刚转错了1000元给你，麻烦退回来，直接转我支付宝 13712345678")
        assert "someone_elses_account" in result.codes and result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "哥，我刚才转错了，本来给妈的500转你微信了，你帮我转给她吧",
            "是不是转错了？我收到你2000块，我给你退回去了",
            "你好，我转错了，钱我退回给你了",
            "您好，您的订单多付了运费，请在App申请退回",
            "你好，我是房东，你这个月房租多转了500，我明天退回给你",
            "你好我多转了你100，不用退回了，算请你喝茶",
            '【公安局提醒】"你转错钱了，请帮忙转回来"是诈骗新套路，请通过银行原路退回。',
        ],
    )
    def test_family_refunds_and_warnings_are_not_it(self, text: str) -> None:
        assert "stranger_mistaken_transfer" not in analyze(text).codes


class TestBatch26GenuineNoticesAndAccounts:
    """Batch 26's genuine side (first measured 36 % flagged): a court's or a bank's own ways, told or pasted."""

    @pytest.mark.parametrize(
        "text",
        [
            "…诉你金融借款合同纠纷一案，本院已立案受理。请于收到本短信之日起15日内提交答辩状，可登录人民法院在线服务小程序查看起诉材料。【XX区人民法院 书记员 何**】",
            "【XX消费金融】关于您的借款纠纷，我司已向XX区人民法院申请诉前调解。调解时间：7月3日14:00，地点：XX区法院诉讼服务中心调解室。",
            "兰溪法院来电:刚才致电您的是本院民一庭书记员,请于本周内携带身份证到本院诉讼服务中心领取传票及起诉状副本。",
        ],
    )
    def test_a_courts_own_ways_to_check_or_come_reassure(self, text: str) -> None:
        result = analyze(text)
        assert "official_channel_advice" in result.codes
        assert result.risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【光大银行】您的信用卡已逾期90天以上，我行拟安排工作人员上门了解您的还款困难，上门前将电话与您预约时间，工作人员将出示证件。",
            "【建设银行】我行委托外访人员将于近期与您预约上门，外访人员须出示工牌及加盖公章的委托书，不收取任何现金。",
            "阿姨您好，派出所刚才来电，民警稍后会上门跟您说明情况。",
        ],
    )
    def test_a_visit_booked_with_papers_or_by_the_police_is_no_threat(self, text: str) -> None:
        assert "threat_or_abuse" not in analyze(text).codes

    def test_the_police_coming_to_arrest_is_still_a_threat(self) -> None:
        assert "threat_or_abuse" in analyze("不还钱就等着坐牢吧，警察明天就上门抓你。").codes

    def test_a_lender_asking_a_contact_who_may_not_know_the_borrower(self) -> None:
        text = "【招联金融】您好，我们正在联系您的亲友陈**，如方便请转告其与我们联系（95786）。如您不认识此人，请回复N。"
        assert "third_party_threat" not in analyze(text, "95786").codes

    @pytest.mark.parametrize(
        "text",
        [
            "我打开支付宝看了一下，确实有“百万保障”，但写着是免费的。打电话说要扣800的是骗子对吧？",
            "那个说要注销校园贷的电话我也接到了，直接挂了。",
        ],
    )
    def test_a_person_telling_the_trick_off(self, text: str) -> None:
        assert "student_loan_cancel" not in analyze(text).codes

    def test_the_free_trial_that_ends_is_still_the_trick(self) -> None:
        text = "您上个月开通的百万保障业务，一个月免费试用期已经到了，今晚12点以后开始每月扣费800元，需要关闭请配合操作。"
        assert "student_loan_cancel" in analyze(text).codes

    def test_what_was_not_asked_is_no_request(self) -> None:
        text = "律师函上有律所全称和执业证号，没有让转个人账户，还款账户写的是银行的。"
        assert "pay_to_account" not in analyze(text).codes


class TestTheSessionsReviewOfItsOwnRound:
    """The blind review of the batch-26 round (/tmp/review28, 127 blind and 97 targeted probes): what its exemptions and new
    patterns had let through or caught, each mended."""

    @pytest.mark.parametrize(
        "text",
        [
            "家里老人要是收到“您的医保卡已被冻结，点击链接解冻”的短信，直接删掉，去社保局问就行",
            "收到“你的银行卡涉嫌洗钱，需转入安全账户配合调查”这样的电话，直接挂断打110",
            "辅导员说了，收到“注销校园贷账户，否则影响征信”的电话，直接挂掉就行",
        ],
    )
    def test_a_quotation_naming_a_kind_of_message_is_told(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "今天收到短信说：“您的账户涉嫌洗钱，请立即转入安全账户”，我老公说别理，可我还是怕",
            "我妈收到：“你儿子打架被拘留了，交两万保证金到民警个人账户6222021001008888”，她差点被骗",
        ],
    )
    def test_after_a_colon_the_quotation_is_judged_unless_called_a_scam(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "别磨蹭了转我个人微信，今晚十点前",
            "不用怕交给专员个人账户也一样能销账，今天下午五点前转",
            "银行没有要求你来柜台办理直接转到安全账户就行，我们帮你解冻",
            "我是之前那个说帮你注销校园贷的客服，你的账户还没注销，会影响征信",
            "您好，您的百万保障，首月是免费的，次月起每月自动扣费，如需关闭请回复1",
            "您孩子突发疾病正在抢救，立即打给医院两万，不然耽误治疗",
        ],
    )
    def test_casual_words_are_no_denial_and_the_scammers_own_words_no_warning(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "外访人员会出示工牌，明天上门，你不开门我们就砸门，后果你自己承担",
            "上门前我们会预约，你要是还不还，我们就天天守在你家门口，让你一家不得安宁",
            "银行委托我们上门，会出示工作证，不还钱就找人收拾你",
        ],
    )
    def test_a_visit_with_papers_and_a_menace_is_a_threat(self, text: str) -> None:
        assert "threat_or_abuse" in analyze(text).codes

    def test_a_contact_relay_that_threatens_is_a_threat(self) -> None:
        text = "请转告你朋友张三，他再不还钱，我们就把他欠钱的事发到你们公司群里，如您不认识此人请回复N"
        assert "third_party_threat" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "请于明天上午到法院诉讼服务中心门口，找李法官，先交5000元保证金现金给他就能撤诉",
            "有问题联系调解员微信fy12368，今天处理",
            "联系王法官 13912368456 处理撤诉",
        ],
    )
    def test_a_court_word_inside_a_scam_is_no_official_channel(self, text: str) -> None:
        assert "official_channel_advice" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "下午开会定了，行政去买20张京东卡当年会奖品，卡号登记好发我核对",
            "今天开会通知：公司给每人充值一张加油卡，卡号已发到各自邮箱",
            "今天开会说了，财务统一购买一批购物卡作节日福利，卡号由行政登记",
            "同事不方便出门，让我顺路去超市买两张购物卡，卡号写在小票上了",
        ],
    )
    def test_office_errands_with_gift_cards_are_no_boss_scam(self, text: str) -> None:
        assert "boss_impersonation" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "有人发“你好，我刚转错了500给你，麻烦退回”的，先查账户明细，钱没到就别管",
            "提醒一下：陌生人说“您好，我多转了钱给您，请退回”的，一律找银行原路退回",
        ],
    )
    def test_a_warning_about_the_mistaken_transfer_is_not_it(self, text: str) -> None:
        assert "stranger_mistaken_transfer" not in analyze(text).codes


class TestBatch26RiskySide:
    """Batch 26's misses, in other words: each was low."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("妈，我手机坏了借别人的打的，你赶紧取现金到银行门口，有个朋友来拿，别告诉别人。", "relative_needs_money"),
            ("小陈，马上建个部门内部群，先别拉人，建好把群号回复我，我在开会。", "boss_impersonation"),
            ("你先帮我转2万给我朋友，钱我已经转到你卡上了，银行显示24小时到账，别跟别人说。", "someone_elses_account"),
            ("平台回购债权，存入金额越大回款越快，存3万当天回款6万，私聊客服。", "platform_windup"),
            ("逾期了？我们帮你暂停利息计算，借款人全程无需参与，点击链接留资料。", "debt_relief_agency"),
            ("明天中午前不还，你自己看后果。", "threat_or_abuse"),
            ("我们的人已经在你家楼下了，下来聊聊吧。", "threat_or_abuse"),
            ("再不还，今天下午我就去你厂里找你主管聊聊。", "third_party_threat"),
        ],
    )
    def test_it_is_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【民生银行】您信用卡6月应还13096.00元，最后还款日7月1日，其中最多可申请11786.40元免息分期。",
            "我们已经在附近的饭店了，你到了直接上二楼。",
            "工资已经转到你卡上了，注意查收。",
        ],
    )
    def test_the_genuine_counterparts_are_not(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheTenthSessionsReadThrough:
    """The read-through of the tenth session's change: scams it had let through, genuine errands it caught."""

    @pytest.mark.parametrize(
        "text",
        [
            "今天收到短信说：“您的账户涉嫌洗钱，请立即转入安全账户6222021001008888”，这是诈骗短信吗？",
            "刚收到“您的ETC已失效，请点击 http://etc-xx.top 重新认证”短信",
            "收到“你在平台的借款已逾期，今天不处理将通知你公司全体同事”的短信",
            "收到“您的账户涉嫌洗钱，请转入安全账户”这样的电话，我该转吗",
            "我收到“您的医保卡已冻结，点击 http://ybk-jd.top 解冻”，不要紧吧？",
            "我妈接到“你儿子出车祸了，速转账5万到6222021001008888”的电话，务必帮我看看",
            "我在开会，帮忙买5张京东卡，把卡密发我",
            "我现在不方便接电话，你帮我买3张苹果卡，卡号卡密拍给我",
            "我行已委托外访人员上门，会出示工作证，到时候让你在小区里抬不起头",
            "我是昨天那个说帮你注销校园贷的客服，你的账户还没注销，会影响征信",
            "你那个说法不成立不还钱我们就去你单位找你领导",
            "你好，我转错了钱给你，请你退回，你拉黑我也没用",
            "你好，刚才扫码多付了你50块，方便的话退给我",
        ],
    )
    def test_a_scam_it_had_let_through_is_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "家里老人要是收到“您的医保卡已被冻结，点击链接解冻”的短信，直接删掉，去社保局问就行",
            "社区通知：居民收到“百万保障即将扣费，请联系客服关闭”的短信，可到社区服务站咨询",
            "我腿脚不方便，你帮我去超市买两张购物卡，卡号拍给我",
            "校长说了，家长不用去买购物卡，卡号卡密都别信",
            "王总说年会要买20张京东卡当奖品，卡号记录在表格里发给行政",
            "【XX银行】您好，我行外访人员将在您方便时上门，请提前与我行客服预约，工作人员会主动出示工作证及授权书。",
        ],
    )
    def test_a_genuine_message_it_had_caught_is_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        ["请通过人民法院在线服务 http://rmfyzx.top 缴纳诉讼费", "先交5000元保证金，然后到法院诉讼服务中心领取撤诉书"],
    )
    def test_a_court_channel_named_beside_a_payment_reassures_nothing(self, text: str) -> None:
        assert "official_channel_advice" not in analyze(text).codes

    def test_a_courts_own_fee_through_its_online_service_still_reassures(self) -> None:
        text = "【诉讼服务】您提交的网上立案申请已通过审核,请于7日内通过人民法院在线服务缴纳诉讼费,逾期视为撤诉。"
        assert "official_channel_advice" in analyze(text).codes


class TestTheReviewOfTheReadThroughsFixes:
    """The blind review of the read-through's fixes (/tmp/review30: 136 blind and 98 targeted probes; 19 / 21 wrong before the
    fixes, 9 / 55 after them): what the fixes broke, mended."""

    @pytest.mark.parametrize(
        "text",
        [
            "受银行委托，你再不还就等着，外访人员明天上门，出示委托书。",
            "你好，我可能转错了500元给你，麻烦退回一下",
            "你好，请问是李女士吗，我转错了500给你，麻烦退回",
            "我这边不方便打电话，你先去买5张京东卡，卡密拍照发我",
            "李总让你去买5张京东卡，把卡号和卡背面的密码拍照发我",
            "如题，收到“您的ETC已失效，请点击 etc-yz.top 认证”的短信，要点吗？",
        ],
    )
    def test_a_scam_the_fixes_had_let_through_is_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "派出所民警明天上门到你家了解情况，请配合。",
            "你好，我转错了钱给你，麻烦退回。以上是骗子常用话术，一律别理。",
            "我在开会，你自己去买两张购物卡吧，卡密收好别给别人",
            "【工商银行】您的工资已转入您的账户，跨行延迟到账，请注意查收。",
            "【工商银行】您的个人贷款已全部结清，自即日起停止计息。",
            "我们的人已经在楼下了，你下来搬一下东西。",
            "到了直接进店找我就行",
            "你作业再不写完，自己看后果",
        ],
    )
    def test_a_genuine_message_the_fixes_had_caught_is_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch27TheCourtNamedAsItIs:
    """Batch 27's genuine side: the bare word 法院 weighed as a fake legal threat in every account of going to court, hearing
    from one or telling about one (first measured 16.7 % of its genuine messages high). The court named as a threat or as
    the caller still is one."""

    @pytest.mark.parametrize(
        "text",
        [
            "朋友借了我三万说一个月还，现在半年了电话都不接。我手里有微信转账记录，想问问直接去法院起诉要准备什么？",
            "我的是法院调解员打的，座机，没让交钱。",
            "今天收到EMS法院专递，我查了法院官网电话是对的。",
        ],
    )
    def test_the_court_a_person_goes_to_or_hears_from_is_no_threat(self, text: str) -> None:
        assert "fake_legal" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "你想赖账是吗，你就等着法院吧",
            "喂，是公司行政部吗？我这边是××法院的，你们公司员工张某涉及一起借贷案件",
            "紧急通知：北京市法院违约通知您，由于你本人在活动中违约，需缴纳违约金",
            "法院将于48小时内冻结您名下所有银行卡",
        ],
    )
    def test_the_court_named_as_a_threat_or_the_caller_is_fake_legal(self, text: str) -> None:
        assert "fake_legal" in analyze(text).codes


class TestTheReviewOfTheCourtWord:
    """The blind review of batch 27's court change (/tmp/review31: 100 blind and 62 targeted probes; 0 / 1 scams low before
    it, 5 / 22 after it): the court as a threat takes many forms."""

    @pytest.mark.parametrize(
        "text",
        [
            "我们下周就起诉到法院，到时候你工作都保不住",
            "不然咱们法院见，你全家都跑不了",
            "小心点，我们跟法院的人都熟，想让你进去很容易",
            "去法院告你是迟早的事，准备卖房吧",
            "这里是北京市第一中级人民法院，您的案件需要配合转账",
            "法院执行局已经在查你的财产了",
            "法院那边的关系我都打点好了，交一万就能撤掉",
            "外访专员明天去你父母家拜访，让你父母知道你干的好事",
            # The final read's: threats the visit exemptions let through, the court in yet other words.
            "我行已委托外访人员，你不还就等着吧，明天上门，上门时会出示工牌",
            "外访专员明天上午到您家拜访，如您不方便可改约，不然打断你的腿",
            "您好，XX法院已对您发起诉讼，请尽快联系处理",
            "我们已经向法院提交了诉讼材料，你看着办",
            "你再不还，我们就去法院起诉",
            "法院明天来人，你准备好",
        ],
    )
    def test_the_court_or_a_visit_as_a_threat_is_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "现在就等法院判决了，律师说下个月出结果",
            "我是在法院上班的，这种短信你别信",
            "妈，法院那边判下来了，房子归我们，周末回家细说",
        ],
    )
    def test_the_court_in_ordinary_talk_is_no_threat(self, text: str) -> None:
        assert "fake_legal" not in analyze(text).codes

    def test_a_banks_booked_visit_that_warns_of_fakes_is_no_threat(self) -> None:
        text = "我行委托外访人员下周上门，上门前会电话预约并出示工牌，谨防骗子冒充"
        assert "threat_or_abuse" not in analyze(text).codes

    def test_the_menace_words_stop_the_exemption(self) -> None:
        # (Each of the words the exemption refuses: with none of them the same notice is exempt.)
        calm = "我行安排工作人员明天上门，会出示工作证"
        assert "threat_or_abuse" not in analyze(calm).codes
        for menace in ("不然去你父母家", "你再不还就等着", "邻居都会知道", "下次就不是这么简单了"):
            assert "threat_or_abuse" in analyze(f"{calm}，{menace}").codes, menace


class TestAPersonsOwnAccountOfADebt:
    """A person telling of their own or a relative's debt is not a debt claimed against them, while abusive
    calls told of are still flagged (eleventh session, from batches 13 and 27)."""

    @pytest.mark.parametrize(
        "text",
        [
            "我弟弟借网贷把我填成紧急联系人，平台打电话问我能不能联系上他，他们就说请转告他回电。需要替他还吗？",
            "我表姐欠了网贷，现在催收天天打我电话，我该怎么办",
            "我欠了一家3000多块，逾期一个月，想问问怎么协商",
        ],
    )
    def test_the_writers_own_debt_is_no_unnamed_claim(self, text: str) -> None:
        assert "unknown_platform" not in analyze(text).codes

    def test_a_debt_claimed_against_the_reader_still_is(self) -> None:
        assert "unknown_platform" in analyze("您的借款已逾期，请尽快还款").codes

    @pytest.mark.parametrize(
        "text",
        [
            "从早上开始一个小时接了三十多个电话，全是不同的号码，接起来就骂，挂了又打。我借的是某个网贷。",
            "每天晚上都有未知号码打过来，一接通就骂，骂得很难听。我借的是正规平台，逾期了二十天。",
        ],
    )
    def test_abusive_calls_told_of_are_flagged(self, text: str) -> None:
        result = analyze(text)
        assert "threat_or_abuse" in result.codes
        assert result.risk != "low"


class TestEleventhSessionTuning:
    """Batches 17, 23–25 and 20 (eleventh session): masked senders, institutions named by their customers, a staff
    member's own payment code, voice menus, refund agents and the court handing over to the police."""

    @pytest.mark.parametrize(
        ("sender", "kind"),
        [
            ("170****5528", "virtual_mobile"),
            ("159****3308", "mobile"),
            ("+86 16*****9012", "mobile"),
            ("159xxxx3308", "mobile"),
            ("1065****2240", "unknown"),
            ("10*****1234", "unknown"),
        ],
    )
    def test_a_masked_mobile_is_still_a_mobile(self, sender: str, kind: str) -> None:
        from triage.analysis.sender import classify_sender

        assert classify_sender(sender).kind == kind

    def test_a_court_notice_from_a_masked_virtual_mobile_is_flagged(self) -> None:
        text = "【XX市人民法院】关于你借款合同纠纷一案,本院已立案受理,你须在接到本通知后2日内向原告还清欠款,否则依法强制执行。"
        result = analyze(text, "170****5528")
        assert {"claim_sender_mismatch", "odd_sender"} <= result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "房东您好，这个月房租3200已经转到您工行卡了，麻烦查收",
            "妈，上个月借你的3000下周一还你，直接打你工行卡上。",
            "下个月的房租还是转到合同上写的那张建行卡就行",
            "淘宝客服说给我退了，原路返回，三个工作日到",
        ],
    )
    def test_an_institution_named_by_its_customer_is_not_the_writer(self, text: str) -> None:
        assert "claim_sender_mismatch" not in analyze(text, "13912345678").codes

    def test_a_message_speaking_as_the_bank_from_a_mobile_still_is(self) -> None:
        assert "claim_sender_mismatch" in analyze("工行提醒您：您的信用卡已逾期，请尽快还款。", "13912345678").codes

    @pytest.mark.parametrize(
        "text",
        ["谢谢大家来参加我们的婚礼！摄影师说照片下周出，到时候发群里", "模拟法庭的剧本发群里了，我演被告代理人，你演法官"],
    )
    def test_party_photos_and_scripts_for_the_group_are_no_threat(self, text: str) -> None:
        assert "third_party_threat" not in analyze(text).codes

    def test_debt_papers_for_the_group_still_are(self) -> None:
        assert "third_party_threat" in analyze("你的欠款照片明天就发群里，让大家都看看").codes

    @pytest.mark.parametrize(
        "text",
        [
            "市慈善会捐款功能正在升级，热心市民可直接扫描工作人员个人微信收款码献爱心。",
            "检查完说我家软管老化，一根管子收680，要扫他们个人的收款码。",
        ],
    )
    def test_staff_taking_money_on_their_own_payment_code(self, text: str) -> None:
        assert "someone_elses_account" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "【最高人民法院】传票通知：您于本院有一宗民事诉讼即将开庭，请按1键查询案件详情，未到庭将被强制执行。",
            "您有一个包裹里面有违禁药品，请按9转接办案民警做笔录。",
        ],
    )
    def test_a_voice_menu_to_the_court_or_police_is_flagged(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【退保通知】您的XX人寿保单可申请全额退保,今日办理免费,回复1由法务专员联系您",
            "【法律援助中心】您的网贷逾期已产生法律风险,将被起诉并上征信,回复1由律师免费帮您处理。",
        ],
    )
    def test_refund_agents_and_free_lawyers_on_a_reply(self, text: str) -> None:
        assert "debt_relief_agency" in analyze(text).codes

    def test_an_insurers_cooling_off_notice_is_no_agent(self) -> None:
        text = "【XX人寿】您的保单已生效，犹豫期内可全额退保，详情请咨询官方客服95519。"
        assert "debt_relief_agency" not in analyze(text).codes

    def test_twenty_odd_calls_in_a_night_are_told_abuse(self) -> None:
        text = "一晚上接了二十多个电话,都是同一段录音,说明天就到我家门口,最后一通是凌晨三点。"
        assert "threat_or_abuse" in analyze(text).codes


class TestTheReviewOfTheEleventhSession:
    """What the blind review of this session's tuning found (/tmp/review32), mended."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您好，我已经把10000元转到您的工行卡了，转多了5000，麻烦退回给我，截图发你了。", "13912345678"),
            ("那张中国银行卡被冻结了，请联系客服 400-888-1234 解冻。", "17012345678"),
            ("你的毕业照片我们已经P好了，明天就发群里，让你同学都看看。", None),
            ("你的聚会视频已经剪好了，今晚发群里。", "17012345678"),
        ],
    )
    def test_scams_and_threats_stay_flagged(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        "text",
        ["你当初说我借的我一定还，现在呢？逾期90天了，马上起诉你。", "你欠款已逾期，我也借了钱给你，你必须今天还。"],
    )
    def test_a_collectors_first_person_is_no_account_of_ones_own_debt(self, text: str) -> None:
        assert "unknown_platform" in analyze(text).codes

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("你怎么一直不接电话？我一个小时打了二十多个电话！", "threat_or_abuse"),
            ("除夕晚上接了十几个电话，都是亲戚拜年的。", "threat_or_abuse"),
            ("今天一天打了二十多个电话给客户推销，累死了。", "threat_or_abuse"),
            ("我妈骂得很难听，说我不孝，怎么办？", "threat_or_abuse"),
            ("客服一接通就骂我，我要投诉！", "threat_or_abuse"),
            ("维修好了，扫师傅个人收款码付款就行。", "someone_elses_account"),
            ("我想退保，保险公司说退保要扣手续费，正常吗？", "debt_relief_agency"),
            ("犹豫期内可以全额退保，如需办理请回复1，专员联系您。", "debt_relief_agency"),
            ("【建设银行】您的信用卡交易涉嫌违规套现，已降低额度，详询95533。", "fake_legal"),
            ("你好，我的社保卡马上被冻结了吗？我收到一条短信说的。", "fake_legal"),
            ("我报警了，110把我转给当地民警了，他们说要我去派出所做笔录。", "fake_legal"),
        ],
    )
    def test_ordinary_words_are_not_flagged(self, text: str, code: str) -> None:
        assert code not in analyze(text).codes

    def test_a_contracts_card_is_the_readers_not_the_writers(self) -> None:
        assert "claim_sender_mismatch" not in analyze("下个月的房租还是转到合同上写的那张建行卡就行", "13912345678").codes


class TestBatch28:
    """Real texts of batch 28 (random rows of published datasets): points as a cash gift, the TV-show prize, invoices cut
    into brackets, Mark Six tips, course fees "returned" through a QQ group, a WeChat id in quotes; and carriers naming a
    way to pay, a data pack that lapses by itself."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("尊敬的工行用户您的积分已达到 DIGIT 元的现金礼包请及时登陆我行网址 URL 进行领取工商银行", "limit_raise_points"),
            ("您已是新声音选出的本季之星将得到 oooo 元请进 URL 输入收领", "prize_claim"),
            ("[增][普][可] [直][通][查] [票][票][验] 张会计137****4565", "fake_invoice_offer"),
            ("尊敬的用户:您的第058期的④碼资料已更新,请登入www.660989.com查看,会员号:802 密码:3355", "gambling"),
            ("【潭州课堂】最后一批仮还学费,请咨询 Ǭ群: 437261049", "fake_charge"),
            ("《XX教育》课程善后退款,协商Q群:571xxxxxx。", "fake_charge"),
            ("四款高收益理财产品，先到先得，详情请关注微信“空中理财客户圈”，微信号“licai76580”[招商银行]", "private_chat"),
        ],
    )
    def test_the_scams_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    def test_a_family_group_and_a_hotline_are_no_qq_group(self) -> None:
        assert "private_chat" not in analyze("发到家庭群：96110是全国统一的反诈预警劝阻电话，一定要接！").codes

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您当前帐户总余额27.64元。如需充值请点击 gd.10086.cn/cz ，可支付宝付款！", "10086"),
            ("登录江西电信网上营业厅 jx.189.cn 使用支付宝、银行卡充话费，单笔满100元送3-5元。", "10001"),
            ("您已成功订购中国移动提供的10元流量加油包，立即生效，次月自动失效。详情 http://t.cn/Rv89hsh", "10086"),
        ],
    )
    def test_a_carriers_own_notices_stay_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk == "low"


class TestAWapPushAndAnUnnamedFriend:
    """A WAP push as the published datasets show it carries a link; an unnamed "friend" who sent photos is the trojan's
    opening (batches 19, 22, 28)."""

    @pytest.mark.parametrize(
        "text",
        ["[PUSH]山西晋中-138****8274您好,您的好友发来自已拍的照片,", "[PUSH]海南海口-188****9921用户:您的好友发来新拍相 片，请"],
    )
    def test_it_is_flagged(self, text: str) -> None:
        result = analyze(text)
        assert "curiosity_link" in result.codes
        assert result.risk == "high"

    def test_a_friend_who_names_themself_is_no_trojan(self) -> None:
        assert "curiosity_link" not in analyze("我的好友给我发来了照片，好漂亮").codes


class TestTheSecondReviewOfTheEleventhSession:
    """What the second blind review (/tmp/review33) found in the first review's fixes and the batch-28 round, mended."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您的账户涉嫌套现，即将被冻结，请速回电 4008889999 处理", None),
            ("您的套餐当月失效，需登录 ydjf.cc 完成认证即可保留", None),
            ("您的医保卡即将被冻结，如有疑问请按9转人工", None),
            ("催收每天给我打几十个电话，还骂得很难听，我该怎么办", None),
            ("他们每天打几十个电话给我妈，说要让她替我还钱", None),
            ("请将款项支付至对方个人收款码，完成后截图", None),
            ("请扫业务员个人收款码支付保费", None),
        ],
    )
    def test_scams_and_abuse_are_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "稍后将电话转给办案警官，请保持手机畅通",
            "马上给你转接公安局，请不要挂机",
            "正在为你转接办案民警",
            "一天打上百个电话，骂得很难听",
            "保险可以全额退，退保只收15%手续费，私信我",
        ],
    )
    def test_these_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【支付宝】您的收款码资料已更新成功。", "95188"),
            ("【京东】新人大礼包验证码：123456，请勿泄露", None),
            ("恭喜您被评为公司本季之星，奖金500元随工资发放", None),
            ("妈，我也借了网贷，现在还不上了", None),
            ("我之前借的网贷逾期了，催收天天打电话，怎么办", None),
            ("其实我弟弟借了网贷逾期了", None),
            ("【XX小学】请新生家长加入家长群：778899", None),
            ("今天聚会的照片我整理好了，晚上发群里", None),
            ("婚礼的照片下周出，到时候发群里让大家看看", None),
            ("老婆，工资我存到那张工商银行卡里了", "13312345678"),
            ("客服一接通就骂我，我要投诉！", None),
        ],
    )
    def test_ordinary_messages_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestBatch29:
    """Real texts of batch 29: the random "landlord" with a card, A-shares T+0 and two-way trading, Mark Six tips and a
    deposit matched on sign-up, a prize's activity site left out, a thank-you "gift" of 9.8万."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("我是房东，请付房租，建行xxxx xxxx xxxx xxxx xxx。李**。谢谢！", "someone_elses_account"),
            ("请速交房租．请存入建行xxxxxxxxxxxxxxxxxxx邹**收．房东．谢谢．", "someone_elses_account"),
            ("【大智慧】沪深A股t＋0。涨与跌双向都可以交易，随时买入卖出。详情登入www.g123.com", "stock_tip_group"),
            ("xx期：一肖平特：马：：绿：蓝必中生肖：龙兔猪马", "gambling"),
            ("PLACE 新 PLACE 赌场 NAME URL 新用户注册存 DIGIT 送 DIGIT 赶快行动吧", "gambling"),
            ("亲！阿里旺旺特举办感恩答谢活动，请速查阅hdypd.com领取9.8万元大礼。验证码(1788).", "prize_claim"),
        ],
    )
    def test_the_scams_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes
        assert result.risk != "low"

    def test_a_prize_whose_activity_site_is_left_out_still_has_a_link(self) -> None:
        text = "元(RMB)及苹果笔记本电脑一台!请及时登陆活动站:****** 查看领取。"
        assert analyze(text).has("link")

    @pytest.mark.parametrize(
        "text",
        [
            "尊敬的动感地带客户您好：您参加营销活动：10畅享合约3年存210送400保底128返还的预存款40.00元",
            "全场平特价，欢迎选购",
            "房东说下个月房租涨两百，我在考虑要不要搬",
        ],
    )
    def test_ordinary_texts_are_not_flagged(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheThirdReviewOfTheEleventhSession:
    """What the third blind review (/tmp/review34) found, mended."""

    @pytest.mark.parametrize(
        "text",
        [
            "你存到那张农业银行卡里的钱已被冻结，请拨打 4001234567 解冻",
            "恭喜您成为《中国好声音》本季之星，获得奖金98000元，请登录 www.hsy-zj.cc 领取",
            "领万元大礼包验证码6688，请登录 www.dlb-x.cc",
            "您的第058期的码资料已更新，请登录查看",
            "免费领取内部资料，扫码进群：12345678",
            "课程费退还专线 4001234567",
        ],
    )
    def test_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    def test_a_shaming_with_edited_photos_is_no_party(self) -> None:
        assert "third_party_threat" in analyze("聚会照片已经P好了，明天发群里让大家都看看").codes

    @pytest.mark.parametrize(
        "text",
        [
            "我打了110，接警员说马上转给当地民警处理",
            "【中国人寿】温馨提示：犹豫期后退保仅收取现金价值，退保费用按合同约定收取3%",
            "恭喜您被评为公司本季之星，奖金500元随工资发放",
        ],
    )
    def test_genuine_texts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_sales_calls_are_no_abuse(self) -> None:
        assert "threat_or_abuse" not in analyze("他们公司每天打十几个电话推销贷款，我都拉黑了").codes


class TestBatch30:
    """Batch 30 (tests/data/TUNE30.md), in our own words: points that "meet the conditions" for an exchange, a membership
    "due" with a large sum taken, TV-show and shop prizes, casino offers with the amount a dataset's token, Mark Six riddles,
    another person's calls for sale; and genuine notices that had been flagged (a count of wrong password tries, a carrier's
    top-up receipt, flow that "不清退")."""

    @pytest.mark.parametrize(
        "text",
        [
            "尊敬的客户，您的网银积分已满足新春礼金兑换条件，请登陆 www.icbc-jf.cc 领取",
            "您的会员已到期，系统将于今晚自动划扣3800元，如有疑问请联系客服 4008123123",
            "你中了央视某栏目特等奖，奖品为笔记本电脑一台，请凭身份证到栏目组领奖",
            "您已被京东选为十周年幸运用户，请登陆官网 www.jd-zn.cc 领取",
            "节目组选中您为幸运观众，详情请点 www.xxk-tv.cc",
            "首充 100 赠 100，登录 www.hjyl8.cc 即可试玩",
            "恭喜您获得会员专属彩金，登录 www.hjyl8.cc 领取",
            "今期特码开猪羊，跑狗诗已送上",
            "第 18 期内部资料：〈马 虎 猴〉，中后讲信用",
            "只要有她的电话就能知道她在哪、跟谁打电话，详询 13912345678",
        ],
    )
    def test_risky_texts_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您于今日输入错误服务密码，今天已累计输错1次，还可以输入4次，服务密码关系您的权益，请注意保管。", "10086"),
            ("您已成功充值50.00元，帐户总余额为49.59元，本月欠费0.00元，违约金0.00元", None),
            ("您已获赠1GB省内流量，仅限当月使用，未使用的流量不累计、不结转不清退。", None),
            ("你被选为班长了，明天早点到", None),
            ("老师选中你为领操员", None),
            ("今年央视春晚的一等奖是谁的节目", None),
            ("恭喜获得奥运纪念彩金币一枚", None),
            ("您的会员将于12月5日到期，届时将自动续费15元，如需取消请在App设置中关闭", None),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("付款校验码：482913，用于开通中国银行快捷支付并付款36.00元。【请勿向任何人提供校验码】——支付宝", "95188"),
            ("您尾号1234卡人民币活期存入500.00[银联入账:京东]，可用余额800.00。——浦发银行", "95528"),
        ],
    )
    def test_a_service_number_whose_owner_signs_is_no_mismatch(self, text: str, sender: str) -> None:
        assert "claim_sender_mismatch" not in analyze(text, sender).codes

    def test_a_bank_named_from_another_banks_number_still_is(self) -> None:
        assert "claim_sender_mismatch" in analyze("【工商银行】您的账户异常，请联系客服", "95188").codes

    @pytest.mark.parametrize(
        "text",
        [
            "您的征信报告显示不良，可联系我们进行征信异议申诉代理，成功率100%",
            "你的照片已经P好了，马上发到你家族群，让你亲戚都看看",
        ],
    )
    def test_credit_repair_for_a_fee_and_a_doctored_photo_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "如对征信报告有异议，可向人民银行征信中心提出异议申请",
            "你的婚纱照片已经P好了，明天发给你",
            "你的照片P好了，发群里了，家人都说好看",
        ],
    )
    def test_their_genuine_neighbours_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestTheFirstReviewOfTheTwelfthSession:
    """What the blind review of the round (/tmp/review12) found in the analyser, mended: prizes, jewellery, dogs and study
    notes read as scams; a person's own search for a debtor read as a snooping offer; a name dropped in passing taken for the
    sender's signature; and close variants of the round's scams."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("我们公司被选为最佳客户服务单位", None),
            ("【京东】恭喜您被选为京东年度最佳会员，获赠京豆500个，可在APP查看", None),
            ("他去年获得了央视的一等奖，在电视台领奖的", None),
            ("他在电视台领奖的视频火了", None),
            ("恭喜您获得周大福彩金手链一条，请到门店领取", None),
            ("店庆活动：获得18K彩金戒指一枚", None),
            ("我家狗每天下午都去公园跑狗", None),
            ("第5期内部资料，马上发给大家学习", None),
            ("我有他的电话，但是不知道他在哪", None),
            ("借我钱的人跑了，我有他手机号，怎么才能知道他在哪", None),
            ("【中国移动】您输入错误服务密码3次，请输入正确的服务密码", "10086"),
            ("平台流量不清退，请放心", None),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【建设银行】您的账户已冻结，请联系客服，中国移动提醒", "10086"),
            ("【中国银行】您的账户异常，请联系客服。工商银行提醒您", "95588"),
            ("【京东】您的账户异常，详情咨询工商银行", "95588"),
        ],
    )
    def test_a_name_in_passing_is_no_signature(self, text: str, sender: str) -> None:
        assert "claim_sender_mismatch" in analyze(text, sender).codes

    @pytest.mark.parametrize(
        "text",
        [
            "今期特马开猪羊",
            "会员到期，将自动扣除5,000元，如有疑问请联系客服4008123123",
            "会员到期，将自动划扣伍仟元，如有疑问请联系客服4008123123",
        ],
    )
    def test_close_variants_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "征信异议申诉代办，成功率高，先办后付",
            "代理征信异议申诉，包成功",
            "只要有他手机号，就能查到他在哪里、和谁通话",
            "提供对方号码，即可定位对方位置",
        ],
    )
    def test_close_variants_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_a_carrier_naming_itself_under_no_bracket_is_its_own_notice(self) -> None:
        text = "您当前余额为88.93元，如需交费请回JHF。天猫中国移动官方旗舰店，新机半价抢购仅售299元"
        assert "claim_sender_mismatch" not in analyze(text, "10086").codes


class TestBatch31:
    """Batch 31 (tests/data/TUNE31.md), in our own words: a warning or a person's own account that calls a scam one, with no
    stranger's number or link in it, is no scam itself; and the scams it missed (a link on any country's domain after www.,
    identity-card photos asked for "to check", 校园代 for 校园贷, a free period "ended")."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("我外婆接到“客服”电话说百万保障每月要扣钱，我帮她看了，百万保障是免费的，一分钱没扣过。大家转告家里老人。", None),
            ("刚才96110打来，说我刚通话的号码是诈骗电话，让我别转账，有疑问打110。", None),
        ],
    )
    def test_a_warning_with_no_strangers_channel_is_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # A warning's words beside a stranger's number or link: judged as any message.
            "百万保障是免费的，别信骗子，但您的保障即将扣费，请立即联系客服 13912345678 关闭",
            "谨防诈骗！您的医保卡已暂停，请登录 www.yb-hf.cc 恢复，官方客服免费办理",
        ],
    )
    def test_scams_stay_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "您的医疗保险报销卡即将到期，请前往www.yb2.ch补充核查，未补充将清除报销资格",
            "【某某资产-小李】：把你身份证正反面和手持照片发过来，核实身份",
        ],
    )
    def test_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    def test_a_scammers_words_are_no_warning(self) -> None:
        from triage.analysis.analyzer import _reads_as_a_warning

        # "千万别告诉他爸妈" is the scammer's, "反诈中心" what the caller claimed, and 110 inside 0096110 no advice to call it.
        assert not _reads_as_a_warning("还说千万别告诉他爸妈，报警来得及吗")
        assert not _reads_as_a_warning("来电显示0096110，对方说他是反诈中心的")

    def test_campus_loans_written_with_a_sound_alike_are_read(self) -> None:
        assert "student_loan_cancel" in analyze("你在校期间开通了校园代账户，需注销，请联系 13912345678").codes

    @pytest.mark.parametrize("text", ["你把身份证照片发我一下，我帮你订票", "请携带身份证正反面复印件到网点办理", "访问www.abc"])
    def test_genuine_texts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheSecondReviewOfTheTwelfthSession:
    """What the second blind review (/tmp/review12b) found, mended: scams that add a warning's or a reassurance's words
    ("谨防诈骗", "别信他人", "不会收取任何费用", "不许报警") were told away as warnings; a fraudster's "，谨防诈骗" after a request
    negated it; a card "frozen" with a 400 line and nobody named decided nothing; 校园代言 read as 校园贷; identity-card
    photos for a ticket or a lease read as a theft."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("你的孩子被我们绑了，准备50万现金，不许报警，否则撕票，别信别人。", None),
            ("您的医保卡已被冻结，请按1转人工客服处理。谨防骗子冒充。", None),
            ("我们不是骗子，不会通过短信收费。您的学生账户需注销，请下载会议app开启屏幕共享。", None),
            ("您的信用卡已冻结，请拨打客服电话4006578901解冻。", None),
            ("谨防诈骗，别信他人。您的信用卡已冻结，请拨打客服电话4006578901解冻。", None),
            ("为核实身份，请把身份证正反面照片发过来。", None),
        ],
    )
    def test_scams_stay_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("恭喜你成为我们品牌的校园代言人！", None),
            ("学校招募校园代表，欢迎报名。", None),
            ("校园代购，正品保证", None),
            ("你把身份证照片发给我，我帮你核对一下高铁票的信息。", None),
            ("房东：麻烦把身份证照片发我核实一下，签合同用。", None),
            ("您的订单已冻结，请致电4001866239处理", None),
            ("【温馨提示】您在天猫中国移动官方旗舰店购买的话费已到账。", "10086"),
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "high"

    def test_a_denied_verdict_is_none(self) -> None:
        from triage.analysis.analyzer import _reads_as_a_warning

        assert not _reads_as_a_warning("我们不是骗子，不会通过短信收费")
        assert not _reads_as_a_warning("这不是诈骗电话，是免费的")
        assert _reads_as_a_warning("那个电话是骗子，百万保障是免费的")


class TestTheThirdReviewOfTheTwelfthSession:
    """What the third blind review (/tmp/review12c) found, mended: banks' own warnings ending in a bare "谨防诈骗" raised to high
    once the negation after a request was narrowed (the narrowing is undone: a fraudster's appended "谨防诈骗" stays an open
    weakness), loan scams asking for identity-card photos "to check" let through, cards "unfrozen" read as frozen."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【农业银行】陌生人让您提供验证码，谨防诈骗。", "95599"),
            ("【建设银行】要求转账到安全账户的，谨防诈骗。", "95533"),
            ("【中国移动】接到让您提供验证码的电话，不要相信他人。", "10086"),
            ("您的卡已解除冻结，可正常使用，详询4008123456。", None),
            ("您的账户资金已解冻，如有疑问请致电4008123456。", None),
            ("房东：麻烦把身份证照片发我核实一下，签合同用。", None),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text", ["把你身份证正反面照片发过来，我们审核一下就放款。", "请把身份证正反面和手持照片发过来认证一下。"]
    )
    def test_identity_photos_to_be_checked_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestAnAppendedWarning:
    """A fraudster's bare "谨防诈骗" or "不要相信他人" after a request the message itself makes of the reader negated the request
    (an open weakness of the twelfth session, a strict xfail then): it negates only a request the sentence describes as
    someone else's (a stranger's, a condition's, a kind's with 的), or one it points back at ("谨防此类诈骗")."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【平安普惠】您的贷款已审批，需缴纳解冻金2000元至指定账户后放款，谨防诈骗，不会收取前期费用。", None),
            ("请回复本短信您的银行卡号和验证码，完成身份核验，谨防诈骗，官方不会收取费用。", None),
            ("【中国移动】请回复验证码完成积分兑换，谨防诈骗。", None),
            ("【平安银行】需缴纳保证金5000元方可放款，请转入指定账户，警惕诈骗。", None),
            ("【公安局】请将资金转入安全账户配合调查，不要相信他人。", None),
        ],
    )
    def test_the_request_stays_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【农业银行】陌生人让您提供验证码，谨防诈骗。", "95599"),
            ("【建设银行】要求转账到安全账户的，谨防诈骗。", "95533"),
            ("【中国移动】接到让您提供验证码的电话，不要相信他人。", "10086"),
            ("【招商银行】您的验证码为123456，请勿告知他人，谨防诈骗。", "95555"),
            ("【国家反诈中心】如有人让您下载会议软件共享屏幕，请立即挂断，谨防诈骗。", None),
            ("【XX消费金融】您的借款已逾期3天，请登录官方APP还款，谨防诈骗，不要相信他人。", "1069012345"),
            ("【工商银行】请通过官方APP或拨打95588办理业务，谨防诈骗。", "95588"),
            ("【招联金融】您本期账单已逾期，请尽快还款，避免影响征信，谨防诈骗。", None),
        ],
    )
    def test_warnings_and_genuine_notices_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestBatches32And33:
    """Batch 32 (real texts) and batch 33 (modelled on 2024–2026 warnings), first measured before anything was tuned: casino
    adverts in their own slang, fake papers, card cash-out, rigged mahjong machines and phone cards cloned to read another's
    texts, an account or licence "in an abnormal state" behind a link, points "all cleared", a loan "pre-approved", fees to
    "verify funds", a VIP to buy or a card number typed wrong, tasks for likes, stock groups through an app, a star's
    "assistant", a statement "taken by phone"; and the genuine texts they must not take: a code sent first, a bank's advice to
    cover the PIN pad, the anti-fraud centre telling of a meeting app it found."""

    @pytest.mark.parametrize(
        "text",
        [
            "网络真人赌厅已开通，投注平台注册即送现金 www.yh88.cc",
            "最大平台首次存赠您100%，超高反水，登录 bo88.top 领取",
            "您的ETC处于禁用状态，请点开 www.etc-jc.top 解除，否则影响出行",
            "您的医保账号属于非正常状态，需登录 ybzx.ws 检查",
            "您的营业执照显示关闭状态，请进入 gs-nb.cc 开通，否则将限制营业",
            "您累积的积分将于本月底全部清零，速点击 jf-dh.cn 换购商品",
            "恭喜您通过系统初审，可获的50000元额度，点击 dk-ed.cc 领取",
            "请打13800001111咨询机麻控制器，作弊一键控制拿好牌",
            "本次走机构通道打新股一字板，请下载盛源证券APP，资金集中统一操作",
            "想见到本人需要先买京东E卡助力，一张5000",
            "系统检测到您的账户异常，为防止屏幕共享诈骗，请下载腾讯会议并共享屏幕",
            "系统监测到您的账户异常，为防止屏幕共享诈骗，请下载腾讯会议并共享屏幕",
        ],
    )
    def test_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "送货上门，信用卡代刷代还，另代办pos机",
            "您的贷款审批通过，需将余额充至借款金额的20%进行验资，验资完成立即放款。",
            "您的会员等级不足，无法走极速放款通道，需升级VIP会员(998元)，升级后30分钟到账",
            "以前那个微信账号不用了,请加我。",
            "今日打榜任务返利30%，最低充值1000，要做的扣1",
        ],
    )
    def test_offers_and_fees_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【京东】750117，请在2分钟内输入校验码。", None),
            ("【农商银行】温馨提示：刷卡消费时请注意防范银行卡信息泄露，输入密码请注意遮挡。", None),
            (
                "【国家反诈中心】我们监测到您正在使用“云会通”等非官方会议软件，该类软件常被用于屏幕共享诈骗。请立即结束共享并卸载。",
                "12381",
            ),
            ("【工商银行】检测到您的手机安装了疑似仿冒“会议”类App，该应用可能被用于屏幕共享诈骗，请立即卸载。", "95588"),
            ("彩票投注站今日正常营业，欢迎购彩。", None),
            ("您的车辆行驶正常，保养提醒：下次保养里程5000公里。", None),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestTheFirstReviewOfTheThirteenthSession:
    """What the first blind review of the thirteenth session (/tmp/review13) found, mended: "注意防范"/"注意遮挡" read as a warning
    after a hit told requests for codes and transfers away (the keypad advice is excused in its own pattern now); a code's
    number anywhere excused a request for the code ("账户 8866，……请将收到的验证码回复至本号码"); single words of the new patterns
    raised genuine notices (a broker's 壳股 warning, a bank's 首次存入即赠, a court's 视频会议, a library card 处于禁用状态, 真人娱乐秀,
    特码头尾货, 机构通道开户, 代办POS机 in a warning, 取保候审金 refunded, a bank's 企业微信); and a fraudster's appended warning still
    hid "请于今日缴纳", "请按要求缴纳", "若要解冻，请先转账"."""

    @pytest.mark.parametrize(
        "text",
        [
            "请回复您的银行卡号和验证码，注意防范诈骗。",
            "需缴纳解冻金2000元至指定账户后放款，注意防范诈骗。",
            "请在页面输入您的银行卡密码和短信验证码，注意遮挡。",
            "【支付宝】账户 8866，存在风险，请将收到的验证码回复至本号码解除限制。",
            "订单号 883621，请将收到的验证码回复至本号码完成退款。",
            "请于今日缴纳解冻金3000元至指定账户，谨防诈骗。",
            "若要解冻，请先转账3000元到指定账户，不要相信他人。",
            "【国家反诈中心】您的银行卡涉嫌洗钱，已被冻结，请立即下载“安全防护”App并按提示操作解冻。",
        ],
    )
    def test_scams_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX银行】在ATM取款输入密码时请注意遮挡，谨防偷窥。", None),
            ("【华泰证券】风险提示：近期部分ST壳股炒作明显，请理性投资。", "95597"),
            ("【中国银行】新客户首次存入即赠精美礼品，详询网点。", "95566"),
            ("【XX法院】定于本周五通过视频会议办理庭前调解，请准时参加。", "12368"),
            ("【XX公证处】您申请的远程公证将通过视频会议核实身份，请按预约时间登录“公证云”小程序。", None),
            ("【XX证券】尊敬的客户，您的机构通道开户申请已受理，请等待审核结果。", None),
            ("【XX服装城】特码头尾货批发，量大从优，地址XX路88号。", None),
            ("【XX体彩中心】中国体彩网是唯一官方信息发布网站，不是投注网，购彩请到实体网点。", None),
            ("【银联】代办POS机需通过银行或持牌收单机构，个人代办存在套现风险。", None),
            ("【XX律师事务所】关于您家属取保候审金的退还，请携带收据原件到公安局法制大队办理。", None),
            ("【中国银行】您的专属客户经理已更新，请添加企业微信获取服务，谨防诈骗。", None),
            ("【平安银行】理赔款需提供您本人银行卡号，请在平安好车主App内填写，谨防诈骗。", None),
            ("【支付宝】您的账号登录密码输错次数过多，已临时冻结，24小时后可正常转账。", None),
            ("今晚的真人娱乐秀八点开播，记得看", None),
        ],
    )
    def test_genuine_texts_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【XX大学图书馆】您的借书证因逾期未还已处于禁用状态，请尽快归还图书，咨询电话0571-88881234。",
            "【XX停车】XX路停车场闸机显示关闭状态，请车主从东门出场，咨询0571-86001234。",
            "【XX代理记账】王总，贵公司还没有上传工商年报，截止6月30日，需要我们代办请致电13712345678。",
        ],
    )
    def test_an_abnormal_state_of_something_else_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestAWarningThatSaysHangUp:
    """Reading a warning that calls a scam one and says "直接挂断"/"别理" as a warning (capped at medium) was tried and undone: the
    second blind review of the session (/tmp/review13b) found scams that append exactly that boilerplate, with a reply, an app or an
    account sent later as their channel, capped at medium too. They stay high."""

    @pytest.mark.parametrize(
        "text",
        [
            "【京东金融】您的学生账户需注销，否则影响征信，请回复1并按提示提供验证码。警惕诈骗电话，陌生来电请直接挂断。",
            "【公安局】您的身份证涉嫌洗钱，请立即将名下资金转入安全账户配合调查。谨防冒充公检法的诈骗电话，陌生来电请直接挂断。",
            "都是骗子别理他们。我是公安局的，你涉嫌一起洗钱案，现在下载“安全防护”App开启屏幕共享，配合把钱转到安全账户。",
        ],
    )
    def test_a_scam_with_the_boilerplate_stays_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestANewNumberAndMoney:
    """A "new number" and money asked for in the same message, across its sentences (batch 33): high, the new number alone stays
    at most medium, and a friend's loan with no new number stays at most medium."""

    @pytest.mark.parametrize(
        "text",
        [
            "老哥我换号了，旧号不用了。我在外地办事有点急，方便的话先转我5000，卡号发你。",
            "我是你表叔 这是我新号 我在医院差一万押金 你先帮我转一下 别跟你爸说",
        ],
    )
    def test_it_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize("text", ["我换号了，这是我新号，有事打这个。", "下个月发工资了还你，上次借我的1500先记着。"])
    def test_either_alone_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestBatch34:
    """Batch 34 (real texts, blind), first measured at c869e47: a bank's "理财金" or points to claim through its "网址", casino slang
    (佰家乐, 必中一肖, 手机投注), a stock "sure to rise tomorrow", papers of every kind, a phone card cloned to hear another's calls,
    a fixer for prisoners; and the genuine texts it must not take: a one-time code's own message that says 完成验证, a carrier's
    password reset texted to 10010, a line cut off past its credit limit."""

    @pytest.mark.parametrize(
        "text",
        [
            "恭喜您获得一笔工行理财金，请即时登录我行网址 gh-lcj.cc 查询领取【工商银行】",
            "您的帐户积分为8600分，登陆我行网址 nh-jf.top 即可兑换现金【农业银行】",
            "佰家乐体育电子游戏，存100赠送100，网址 bjl88.cc",
            "华夏学员今日建仓【300223北京君正】明日盘中必将拉高，预约内线：020-61059778",
        ],
    )
    def test_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "本处可以帮你做和她人相同的手机卡号，凭这个卡你能听到他的讲话，详情请电18275331234",
            "如果您有亲朋好友在看守所服刑，我可以找人疏通关系放出，事后结算，电话15622225819",
        ],
    )
    def test_offers_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            (
                "验证码为650138（京东客服绝不会索取此验证码，切勿告知他人），请在页面中输入以完成验证，有问题请致电400-606-5500。",
                "1069013335500",
            ),
            ("【大众点评】759461（大众点评网身份验证验证码，请完成验证），如非本人操作，请及时修改密码。", None),
            ("尊敬的客户，您好！重置密码的方法：本机发送“MMCZ#6位密码”到10010（免费）。", "10010"),
            ("尊敬的客户，您本机消费因超信用额度，已被限制呼出，请尽快充值。", "10086"),
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "high"

    def test_a_transaction_with_a_code_and_a_page_stays_high(self) -> None:
        assert analyze("你的账户正在发生5000元的交易，校验码639251，请登录 icbc-cx.cc 进行查询").risk == "high"


class TestTheSecondReviewOfTheThirteenthSession:
    """What the second blind review of the session (/tmp/review13b) found, mended (besides the warning reading undone above): a code
    put before a phishing link excused the link's claim; 打给我, 借我的, 不用再转我 read as money asked of a new number; a shop called
    佰家乐, a lottery shop that does not take bets by phone, the news's 必将拉高, a fund that 今日建仓完毕, a university's 各类毕业离校手续,
    发票点清楚, a brand's points to exchange in its app, a plumber's 疏通, a second SIM card all raised."""

    @pytest.mark.parametrize(
        "text",
        [
            "您的验证码 556677，您的ETC已失效，请打开 etc-gx.top 认证，以免影响通行。",
            "【微信】882211（验证码）您的账号存在风险已被限制，进入 wx-safe.cc 解除。",
            "兄弟我换号了，旧号给我儿子用了。对了我在外地办事，有点急事，方便的话转我8000，卡号我发你。",
        ],
    )
    def test_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我换号了，以后有事打给我这个号。",
            "这是我新号，借我的那本书记得还哈。",
            "爸，我换号了，生活费收到了，不用再转我了。",
            "【佰家乐超市】周末会员日全场8折",
            "体彩店：本店不支持手机投注，请到店购买",
            "新闻：专家称降息必将拉高楼市成交量。",
            "老公我今日建仓了一点黄金ETF",
            "【XX大学】请毕业生于6月20日前办理各类毕业离校手续，详见学校官网 https://www.xx.edu.cn",
            "出差回来记得把各种发票点清楚再交给财务。",
            "【星巴克】您的会员积分已累计，登录星巴克App即可兑换饮品。",
            "厨房下水道堵了，我找人疏通了，师傅电话 13812345678",
            "营业厅可以做一张和我一样的手机卡副卡",
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestBatch35:
    """Batch 35 (modelled on pages about debt collection, blind), first measured at 2f5bb71: illegal collection that threatens ruin
    or a family's peace, recites where the family works and studies, jams the lock or paints the door, brings a loudspeaker, an
    advertising van or posters, takes turns at the door; that tells every relative and contact, sends the "lawyer's letter" to the
    parents and the employer, "reminds" a friend fifty times; a court "withdrawal" paid into the judge's account."""

    @pytest.mark.parametrize(
        "text",
        [
            "你今天不拿钱出来，我就让你家破人亡。",
            "你欠的钱不还，那就让你家人不得安宁。",
            "再不还，小心家人出事，冥纸我都帮你准备好了。",
            "你老公在XX公司上班，你儿子在XX小学读书，你再不处理，我们会一直找他们聊。",
            "你妈每天早上去菜市场对吧？我们会在那边等她。",
            "锁眼我们明天给你堵上，门口的字擦一次我们写一次。",
            "传单也印好了，明天带大声公到你店门口喊。",
            "信息已同步你所有亲戚，你二姨、你表哥都收到了。",
            "律师函将寄送至你父母及单位，届时您单位将知悉此事。",
            "你朋友欠款逾期，今天会提醒你50次，直到他还为止。",
        ],
    )
    def test_illegal_collection_is_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_a_withdrawal_paid_to_a_judges_account_is_flagged(self) -> None:
        assert analyze("你被起诉一案原告同意撤诉，需你先缴纳撤诉担保金1800元至承办法官账户，缴纳后即可撤案。").risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "放学时间改了，孩子几点放学你问下老师。",
            "广告车明天来拍宣传片，请大家配合。",
        ],
    )
    def test_genuine_texts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheThirdReviewOfTheThirteenthSession:
    """What the third blind review of the session (/tmp/review13c) found in batch 35's rules, mended: 不向 and 不往 as denials told
    conditions away ("若不向客服提供验证码，账户将被注销"), praise told a collector's doctored photo away ("发你们公司群了，同事们都说P得
    真好看"), and single words raised genuine texts: a court's 送达至户籍地, 你妈…对吧, 我们轮流, 提醒你10次, a missing person's
    寻人启事, 家破人亡 in a drug warning, 不得安宁 of a neighbour's renovation, a driving school's 材料费. Each threat is tied to whom
    it aims at or to a debt now."""

    @pytest.mark.parametrize(
        "text",
        [
            "您若不向客服提供短信验证码，账户将被注销",
            "【公安局】你涉嫌洗钱，不向指定的安全账户转账配合调查，将立即对你实施拘留",
            "你的照片我们P好了，发你们公司群了，同事们都说P得真好看，明天再发你家族群",
            "你头像p好了发到你通讯录所有人了，都说好看，自己看着办",
        ],
    )
    def test_scams_and_threats_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX区人民法院】判决书已邮寄送达至您的户籍地，请注意查收", None),
            ("你妈在人民医院住院对吧？我明天去看她", "13812345678"),
            ("我们轮流开车去接你", "13812345678"),
            ("我都提醒你10次了，出门带钥匙！", "13812345678"),
            ("寻人启事：张某某，男，68岁，于5月3日走失失联，请知情者联系", None),
            ("禁毒宣传：毒品让无数家庭家破人亡", None),
            ("装修吵得不得安宁", None),
            ("你老公在区政府上班，跟他聊聊孩子入学的政策", None),
            ("【XX驾校】请于本周缴纳材料费200元", None),
        ],
    )
    def test_genuine_texts_are_not_raised(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestCardsGivenInAPersonsWords:
    """Batches 29 and 34 (rows of published datasets, 2013-2016) quote the "pay this card" message with the card number masked
    whole ("建设银行：xxxxxxxxxxxxxxxxxxx") or named only by its bank ("你打到我工商银行，6217…"), and ask in a person's words
    ("你打这个卡上就行了", "打款后通知我一下"). The card is a channel to pay into there, as a card after 卡号 was; money that
    has come ("工资打到这张卡上了") and a bank's own notices are not."""

    @pytest.mark.parametrize(
        "text",
        [
            "建设银行：xxxx xxxx xxxx xxxx xxx 户名：王*，麻烦打到这个卡上，打完告诉我",
            "邮政储蓄 xxxxxxxxxxxxxxxxxxx 户名张*，货款打这个卡上就行",
            "你直接打到我工商银行，6217000012345678901 李*",
            "还款请打到我农行卡，6228480012345678901，王*，打完回个信息",
            "xxxxxxxxxxxxxxxxxxx 陈*，建行，你打到这个帐上，完了回信息",
            "钱打到：6222 0212 3456 7890 123 工商银行",
        ],
    )
    def test_a_card_to_pay_is_flagged(self, text: str) -> None:
        result = analyze(text)
        assert result.risk in ("medium", "high")
        assert "pay_to_account" in {flag.code for flag in result.flags}

    def test_a_holder_asked_for_keeps_the_flag_severe(self) -> None:
        # The card masked whole is given first, then the holder and the request: as severe as before the card counted.
        assert analyze("建行卡号:xxxx xxxx xxxx xxxx xxx  开户名:刘**。请把款项打到上面账户。").risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("工资打到这张卡上了，你看看到了没", None),
            ("我已经把钱打到你工商银行卡上了，查收一下", None),
            ("您尾号xxxx的建行卡于x月x日转入xxxx元，余额xxxxx元【建设银行】", None),
            ("您的账户xxxxxxxxxxxxxxxxxxx于x月x日支出xxx元【工商银行】", None),
            ("我的卡号是6217000012345678901，建设银行，你有空帮我查下余额", None),
        ],
    )
    def test_money_that_came_and_bank_notices_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestDatasetSpellingsOfPrizesCasinosAndLoans:
    """Rows of published datasets (batches 29, 32, 34) spell the TV-show prize with the computer misspelt ("笔极本", "萬元及
    apple 笔极本", "场外 NAME 之星"), casinos in their trade's slang ("存款红利", "投注要求只需x倍", "现金网", "娯楽場", "大额无忧",
    "滚球", "一赔 DIGIT") and a loan agent's mobile masked whole after 详询. Each is found; a shop's 假一赔十, a video conference and
    the boccia of 滚球比赛 are not."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("恭喜您被选为场外 NAME 之星获萬及笔极本部，点入 URL 查看", "prize_claim"),
            ("你将得萬元及 apple 笔纪本，详进 URL 输入幸运号", "prize_claim"),
            ("万元 rmb 与笔记本电脑已送出，请进 URL 输入验收号 DIGIT", "prize_claim"),
            ("新会员存款红利30%，投注要求只需5倍，联系客服领取", "gambling"),
            ("老牌现金网 URL 体育 真人 电子，大额无忧", "gambling"),
            ("【金沙娯楽場】诚邀您进入 URL 领取筹码", "gambling"),
            ("世界杯投注站 URL 超高水位，滚球投注半场结算", "gambling"),
            ("特码一赔 48，开户冲 DIGIT 送 DIGIT，URL", "gambling"),
        ],
    )
    def test_found(self, text: str, code: str) -> None:
        result = analyze(text)
        assert result.risk == "high"
        assert code in {flag.code for flag in result.flags}

    def test_a_loan_agents_mobile_masked_whole_is_a_callback(self) -> None:
        result = analyze("只需身份证即可申请银行免押贷款，三天到账，详询xxxxxxxxxxx刘经理【中国平安】")
        assert "unofficial_callback" in {flag.code for flag in result.flags}

    @pytest.mark.parametrize(
        "text",
        [
            "本店承诺假一赔十，欢迎选购",
            "明天下午三点开视讯会议，请准时参加",
            "残奥会滚球比赛今天开赛，中国队出战",
            "我给孩子买了本子和笔记本，花了30元",
            "公司年会我得了二等奖，奖品是笔记本电脑",
        ],
    )
    def test_ordinary_texts_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch36QuotedForms:
    """Batch 36 (modelled on police, regulator and news pages): an ETC "abolished", a transfer to cancel through the message, a
    subsidy paid once a turnover is "verified", a code to scan to give a child's details and a card, an app named in quotes to
    do it through, the boss who cannot talk and has the reader move money. The blind review of the first version (/tmp/review14a)
    found a utility's arrears and cut-off, a parcel to be returned, a camera's photo, a card to register again, a name wrong on a
    ticket, an account that cannot transfer, a receipt sent, a voucher to follow, 一赔, 大额无忧, 存款红利, 视讯, 滚球投注, 验收号
    and a masked one-character holder raising genuine messages, and 不需/无须 as denials telling scams away: those are undone and
    kept here as genuine messages that stay low, and scams that stay high."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【高速中心】您的“高速ETC”于9月15日废除,请点击 etc-cx.cc 重新处理。", None),
            ("您的账户发起一笔25,000元转账,非本人操作请点击 zz-qx.cc 取消", None),
            ("恭喜您获得3万元补贴资格,下载“惠民通”APP完成账户流水认证即可到账。", "1069000"),
            ("各位家长:育儿补贴今晚开始申领,扫码填写孩子信息和银行卡,收到请勿声张。", None),
            ("我是刘总,先把钱转给你,你再转给对方,转账凭证发你了。", None),
            ("我在开会不方便接电话,有一笔13.6万的款要退回原账户,你先处理一下。", None),
        ],
    )
    def test_raised(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk in ("medium", "high")

    @pytest.mark.parametrize(
        "text",
        [
            "【招商银行】您的信用卡可提额至10万不需到网点只需提供验证码即可。",
            "退款无须本人操作只需提供支付宝账号和验证码。",
        ],
    )
    def test_scams_a_denial_word_does_not_tell_away(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【供电公司】因线路检修,明日8时至12时停电,请提前做好准备。", None),
            ("【XX水务】因管网抢修,今晚将停水,请提前储水,咨询电话0531-88886666。", None),
            ("【XX热力】尊敬的用户,您的供暖费尚未缴纳,逾期未交将停止供暖,请到营业厅或登录 www.xxrl.com.cn 缴纳。", None),
            ("【XX驿站】您的快递已在驿站存放3天,将于明日退回,请尽快取件。", None),
            ("【XX景区】您好,您的游客照已拍好,抓拍照片可在 www.xxjq.com.cn 下载。", None),
            ("【携程】您预订的机票乘机人姓名有误,请登录携程APP修改,或致电95010。", "95010"),
            ("【XX人社】您已符合职业技能补贴资格,请登录XX人社APP提交申请,咨询12333。", "12333"),
            ("【XX医保局】参保人员可下载国家医保服务平台APP完成医保电子凭证激活。", None),
            ("【XX银行】您的贷款申请需提供近6个月银行流水,请到网点验证流水。", None),
            ("哥,我支付宝账户不方便转账,被限额了,你微信转我吧。", "13812345678"),
            ("房东你好,房租已转,转账凭证发你了。", "13812345678"),
            ("老王,在开会不方便接电话,货款的事明天再说。", "13812345678"),
            ("会计你好,报销的款先打给供应商,凭证稍后补。", "13812345678"),
            ("本店坏果包赔,少一赔10,放心购买!", None),
            ("兄弟,昨晚那场球一赔30的冷门居然中了,请你吃饭。", "13812345678"),
            ("【XX保险】重疾保障,大额无忧,一家人的保障。退订回T", None),
            ("我们基金的存款红利每年分一次,今年已经打到账户上了。", "13812345678"),
            ("【XX装修】您家厨房已完工,验收号A2024031,请于3日内完成验收签字。", None),
            ("您购买的1.5万元笔记本电脑已送出,请注意查收。", None),
            ("亲,尾款请转到店里这张卡:邮政储蓄6210 9812 3456 7890 123,户名张*,转完发截图给我。", None),
            ("妈,这是王阿姨的电话,手机xxxxxxxxxxx,你有事找她。", None),
            ("我在开会不方便接电话,晚点回你", "13812345678"),
            ("【顺丰速运】您的快件已签收,如有疑问请致电95338。", "95338"),
        ],
    )
    def test_genuine_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "high"


class TestBatch38UncommonScams:
    """Batch 38 (tests/data/TUNE38.md): a "police" or "court" notice that calls the reader a suspect and asks for the call
    its sender's number takes; identity misuse handed to the "police" or a "prosecutor"; a recorded call handed over by 转
    alone; a class fee to pay by a code or a transfer; a boss who moves money through the reader with 帮我 in between; a new
    number to keep and a new work group for finance staff; Taiwan's words for a link and details (連結, 資訊); a link left
    out in angle brackets (<連結>) or marked 已刪 / 已移除."""

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            ("【某市公安局】王**,你名下银行卡涉嫌洗钱,请今天联系办案民警,否则将采取强制措施。", "high"),
            ("【XX区人民法院】你已被列入逮捕名单,即日起由当地派出所执行。", "medium"),
            ("【某运营商】因他人冒用您的身份办理手机卡,涉及诈骗案件,请配合检察官调查。", "medium"),
            ("【上海市公安局】您的银行卡涉嫌非法交易,请于今日内与办案民警联系。", "high"),
            ("您的個人資料遭盜用開立帳戶,已移送地檢署檢察官偵辦,請勿掛斷。", "medium"),
            ("@所有人 本学期统一订购练习册,每人168元,请家长今天转账并把截图发群里。", "medium"),
            ("各位家长:班级统一购买试卷,每人85元,请扫下方收款码。", "medium"),
            ("我是村委会刘主任,我有个朋友急用钱,我先把钱转给你,你再帮我转给他。", "high"),
            ("我是协会张会长,原号码停用,这是新号码请惠存。", "medium"),
            ("各部门:请财务部同事今天加入新工作群(群号:5*****123),后续安排在群里发。", "medium"),
            ("【財政局】職業培訓補貼開放領取,逾期作廢,請點擊連結登記銀行卡資訊。", "high"),
            ("您的账户需于本周内完成实名认证,否则停用,请点此:<链接>", "high"),
            ("【某电商】您的订单付款失败,请重新验证信用卡信息:短网址已移除", "high"),
            ("【電信】您的積分將於今晚到期,請即兌換禮品:(連結已刪)", "high"),
        ],
    )
    def test_scams_are_rated(self, text: str, level: str) -> None:
        assert _RANK[analyze(text).risk] >= _RANK[level]

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【国家反诈中心】您正在联系的号码涉嫌“虚假贷款”诈骗,正规贷款不会先收保证金,请勿转账。", None),
            ("家长们,校服费由学校统一收取,通过学校缴费平台交,班级群里不收任何费用,私下发收款码的一律别理。", None),
            ("财务小王今天入职,大家欢迎,我把她加进新群了。", "13812345678"),
            (
                "法院发的短信我先贴上来(链接我删了):“本院向您电子送达传票,请通过人民法院送达平台查看:[链接已删]。如有疑问请拨打12368。”",
                None,
            ),
            ("朋友聚会的照片发在群相册了,自己去看哈", "13812345678"),
        ],
    )
    def test_genuine_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_front_desks_new_number_is_no_impersonation(self) -> None:
        flags = analyze("各位同事,本周起公司前台电话改为0571-8****300,原号码停用。", "13812345678").flags
        assert "new_number_impersonation" not in {f.code for f in flags}


class TestBatch37AndCollectorsCountingDown:
    """Batch 37's fear lures behind a masked link (a spouse "caught" on video, a customer's ruined face) and batch 38's
    collectors who count down the family or say everyone already has the news (同步给)."""

    @pytest.mark.parametrize(
        "text",
        [
            "你看看你老公在酒店跟一个女的开房的视频,自己留着吧:链接地址:XXX",
            "我已经投诉你们店了,用了你们的面膜脸都烂了,这是照片你看看:链接地址:XXX",
            "你的借款信息已同步给你所有亲戚,今天不处理后果自负。",
            "你姐那边已经打过电话了,下一个打你爸,今天把钱还了。",
        ],
    )
    def test_risky_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "你老公的照片我发你了,就是上次聚会拍的 https://pan.baidu.com/s/abc",
            "你老公和一个男的在楼下等你,说是送快递的",
            "我投诉了你们店,这是截图,请尽快处理退款",
            "下一个轮到你爸发言",
        ],
    )
    def test_genuine_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestTheBlindReviewOfBatch38sFirstVersion:
    """The blind review (/tmp/review15a) of the first version: family money passed on read as a boss, a friend's identity
    theft as a fake police case, hospitals, schools and friends changing numbers as impersonation, a police station's phone
    menu, a traffic notice and a wanted notice as accusations, a class fund kept by the parents' committee as a fake teacher,
    and a link a platform removed as a lure."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("妈,我微信转不了,先把钱转给你,你再帮我转给小姨,是上次借的2000。", None),
            ("老婆,我先把钱转给你,你再帮我转给我妈,我这边操作不了。", "13812345678"),
            ("我的身份证被人冒用了,开了一堆手机卡,我已经去公安局报案了,你们也小心点。", None),
            ("我身份证被人盗用了,开了个公司,明天去公安局说明一下情况。", "13812345678"),
            ("【XX科技】尊敬的客户,我司客服热线由400-111-2222变更为400-333-4444,原号码停用,请知悉。", None),
            ("大家好,我是小王,原号码停用了,以后打这个。", "13812345678"),
            ("【XX市公安局交警支队】您涉嫌交通违法(超速20%以下),请于15日内到交警大队接受处理。", None),
            ("【XX县公安局】敦促在逃人员投案自首通告:对拒不投案的,将依法逮捕并从严惩处。", None),
            ("各位家长:本学期班费每人100元,由家委会统一管理,请在群里接龙后转账给家委会会计张妈妈,明细每月公示。", None),
            ("家长们好,上次订的练习册到了,每人12元,我已经垫付了,大家方便时转给我,不急。", None),
            ("【XX平台】您发布的内容含有违规链接已移除,请遵守社区规范。", None),
        ],
    )
    def test_genuine_are_not_raised(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【XX市第一人民医院】本院预约挂号电话自12月1日起变更为0571-88888888,原号码停用,给您带来不便敬请谅解。",
            "【XX派出所】户籍业务咨询请拨打0571-12345678,按2转户籍民警。",
            "【XX小学】家长您好,学校门卫室电话已更换为0571-87654321,原号码停用,请惠存。",
        ],
    )
    def test_an_offices_own_number_is_no_impersonation(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestBatch39GenuineNotices:
    """Batch 39 (tests/data/TUNE39.md), the genuine side: a person writing to family about a bank or a platform from their
    own mobile claims to be neither; a mass text's own 【群发】 label is no threat to text everyone; a school sends questions
    about grades to the head teacher."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("妈,我刚把花呗这个月的632块还了,您别担心。", "18959220714"),
            ("老公,美团那笔我已经在APP里还了,那条说传票的短信是假的。", "13811902256"),
            ("哥们,上次借你的3000我这周五还,京东金条那边我先还掉了。", "15210628830"),
        ],
    )
    def test_family_about_a_platform_is_no_false_claim(self, text: str, sender: str) -> None:
        assert "claim_sender_mismatch" not in {f.code for f in analyze(text, sender).flags}

    def test_a_mass_texts_label_is_no_threat(self) -> None:
        flags = analyze("【群发】我是陈晓燕,换号了,新号就是本号码,旧号下周注销。").flags
        assert "third_party_threat" not in {f.code for f in flags}

    def test_a_schools_grade_notice_is_no_threat(self) -> None:
        result = analyze("【龍西中學】家長您好,貴子女本次月考成績已公佈,請登錄家校平台查詢,如有疑問請聯繫班主任楊老師。")
        assert "third_party_threat" not in {f.code for f in result.flags}
        assert result.risk != "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX银行】您的花呗已被冻结,请联系专员处理。", "13812345678"),
            ("我们会群发给你所有联系人,让大家都知道你欠钱。", None),
            ("再不还款就联系你孩子的班主任。", None),
        ],
    )
    def test_the_scams_beside_them_stay_flagged(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "low"


class TestTheSecondReviewOfTheFifteenthSession:
    """The second blind review (/tmp/review15a2): a "relative in trouble" who opens with 兄弟, 老婆 or 妈 and asks for money to a
    card kept its flag only through the false claim, which the kin exception dropped; a stranger's 老板, 老师, 小姐 are no kin; a
    collector's "如有疑问联系学校" is no school's notice; "与办案民警联系" is how the police write to someone who reported a
    theft; a school's own fee platform and a mass text's 群发 labels."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("兄弟,急事,我建行卡被冻了,你先帮我往这个账户转1万6217001111333355,明天还你。", "13912345678"),
            ("老婆,我微信被盗了,你帮我往这个建设银行卡转两万6227001234567890,急用。", "15012345678"),
            ("老板,我是建设银行的,您有一笔贷款额度50万,先交3%手续费到6227001111787878即可放款。", "15012345678"),
            ("你的欠款已逾期,我们会把你的事群发给你的同学和老师,如有疑问联系学校。", "16512349999"),
            ("【即将群发】你的欠款信息将发送给你的所有亲友", "13812345678"),
            ("[群发]你的朋友李四欠钱不还,已被起诉,请转告其联系我司处理。", "15012345678"),
            ("哥们,我是老张,在国外,信用卡被银行冻了,急需你帮我转3万到6222021111333344,回国就还。", None),
            ("兄弟,急事,我建行卡被冻了,你先帮我往这个账户转1万6217001111333355,明天还你。", None),
        ],
    )
    def test_risky_are_not_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX派出所】张先生,您丢失的钱包已找到,请携带身份证到所里与办案民警联系领取。", "1069012340005"),
            ("【XX派出所】您好,您报警的被盗案件已受理,如需了解进展请与办案民警联系。", "1069012340002"),
            ("【XX市公安局】您的身份证涉嫌被他人冒用开户,请本人携带身份证到就近派出所核实,切勿向任何账户转账。", "1069012340003"),
            ("家长们,本班教辅资料每人35元,已由学校统一订购,请通过学校缴费平台扫码缴纳。", None),
            ("【群发】各位亲友,我们家小宝满月酒定在本周六中午,欢迎光临。", "13812345678"),
            ("群发,勿回:我下周出差,有事发微信。", "13812345678"),
            ("哥,我卡被冻结了,银行让我去柜台解冻,房租我晚点转给房东。", None),
        ],
    )
    def test_genuine_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestBatches40And41:
    """Batches 40 (links) and 41 (people posing as someone known, scams of no common family): the misses they showed, in other
    words, and the genuine messages beside them that must not move."""

    @pytest.mark.parametrize(
        ("text", "level"),
        [
            # A family member "held", a child "taken" from school, a child collapsed with the operation paid at a counter.
            ("有个男的打电话说你儿子在他们手里,今晚之前打20万到这个卡上,不许报警。", "high"),
            ("王女士,我是幼儿园的李老师,你女儿被一个陌生人抢走了,我在后面跟着,你别挂我电话,也别打给别人。", "high"),
            ("是张明的家长吗?张明体育课上突然晕倒,正在抢救,需要3万手术费,请到柜台汇款,不要用ATM。", "high"),
            # Buy-backs, monthly rebates, full refunds and cures for the old.
            ("赵叔您好,这批生肖纪念币一套3680元,明年公司统一回购,回购价9800元。", "high"),
            ("入会5万元,每月返利3%,一年到期返本,名额有限。", "high"),
            ("明天讲座现场买保健品的,花费第二天全额返还,记得带老伴来。", "high"),
            # A boss's new group: the balance asked for, paperwork after, a transfer through the reader.
            # (Not the firm's balance asked alone: a real accountant's boss asks the same, a second review found.)
            ("[群] 刘总: 这笔货款先付给对方,合同后面补,在开会先转", "high"),
            ("我账户不方便直接转,先转给你,你再帮我转给他,账号发你", "high"),
            # A task site's paid levels and "returned with the commission".
            ("客服:升级黄金会员399元就能进抢单群,单价翻倍", "medium"),
            ("老师:第二单先垫付268元,系统10分钟原路返还加佣金", "medium"),
            # A friend who will not say why or take a call.
            ("阿伟:急事,先借我2000,别问了,回头跟你说,转微信就行", "medium"),
            ("老婆:在外面太吵听不清,微信转就行,快点", "medium"),
            ("老周:我支付宝额度用完了,你先借我1500周转两天", "medium"),
            ("好友申请:误删好友重新添加,我是小林", "medium"),
            # A bank's fraud warning waved away; a landlord "abroad"; a donation to a staff member's code.
            ("转账时提示涉诈账户?那是系统误判,你继续操作就行,房子就给你留着", "high"),
            ("房东在国外不方便收款,租金转到我们财务的支付宝就行", "high"),
            ("请扫描下方工作人员二维码进行捐款,每一份爱心都很重要", "high"),
            # A bank's code asked for by its digits; an identity card and a bank card by reply.
            ("等下你会收到银行发来的六位数字,麻烦报给我,财务报销要用", "high"),
            ("请回复孩子姓名、身份证号及家长银行卡号,三日内退还学杂费", "high"),
            # A stock "teacher" followed to gains, money "to try", a romance that invites to a platform.
            ("群友:跟着王老师就是有肉吃,今天又赚了八千", "high"),
            ("你先拿两万试试,平台注册时邀请码填我的", "high"),
            # Links: an ETC card "due", a fund's review undone, a camera's picture, a supply cut, party photos, a "missing person".
            ("【ETC服务】您的ETC通行卡已到期,请点击 etc-yq.vip 办理延期。", "high"),
            ("【公积金中心】您的账户未完成年度审核,请在 gjj-nsh.top 在线办理。", "high"),
            ("您的车辆违停,抓拍图像请查看 wz-pic.cc/a1", "high"),
            ("【电力公司】您家电费已欠,点击 df-jf.cc 缴费,否则明日起停止供电。", "high"),
            ("老同学,聚会照片已经整理好了,点这里看 jh-pic.cc/p/1", "high"),
            ("给你做了张寻人启事,配上你的照片和身份证号,今晚发你们小区群。", "medium"),
            # A class fee by a code got in private.
            ("各位家长,资料费260元,缴费请私聊王老师获取缴费码。", "medium"),
        ],
    )
    def test_risky_reach_their_level(self, text: str, level: str) -> None:
        assert _RANK[analyze(text, None).risk] >= _RANK[level]

    @pytest.mark.parametrize(
        "text",
        [
            # A colleague's meeting, with the screen theirs to share; the app from the store; kin on how to answer the trick.
            "下午两点的周会改线上,腾讯会议号 512-338-907,我共享屏幕讲一下方案。",
            "明早项目评审用腾讯会议,会议号 776 205 311,我来共享屏幕。",
            "培训用腾讯会议,在应用商店下载腾讯会议就行,别装别的会议App。",
            "爸,我明晚用微信视频教你挂号,别人要你共享屏幕一律别理。",
            # A debt repaid another way; a friend's honest loan; a school's own platform.
            "小何:之前借你的三千,支付宝被锁了转不了,我用银行卡转你了",
            "我卡里余额多少我自己知道,别操心了",
            "这批纪念币是央行发行的,银行网点按面值兑换,不回购。",
        ],
    )
    def test_genuine_are_not_high(self, text: str) -> None:
        assert analyze(text, None).risk != "high"

    def test_a_warning_about_staff_codes_is_no_request(self) -> None:
        text = "民政部提示:公开募捐要看组织是否具备资格,捐款最好汇给机构对公账户,个人收款码的“慈善会”八成是假的。"
        assert "someone_elses_account" not in {flag.code for flag in analyze(text, None).flags}

    def test_a_debt_repaid_another_way_is_no_request(self) -> None:
        text = "小何:之前借你的三千,支付宝被锁了转不了,我用银行卡转你了"
        assert analyze(text, None).risk == "low"


class TestBatch42:
    """Batch 42 (what official pages quote, all families): people passing a warning on from their own mobiles stay below high
    (a cap tried for them was undone after a review showed scams wrapped in a warning slipping under it; the batch's police
    officers and relatives who name the scam's own words are still high, an open weakness), while a "warning" that asks or
    threatens stays high; fake subsidies claimed by a QR code; a fee to "unfreeze" a loan; a "leader's" private number; a
    police warning to stop sharing a screen."""

    @pytest.mark.parametrize(
        "text",
        [
            "小陈，我是老任，你收到一条说我换号的短信吧？那不是我，我号码没换，别存也别转钱。",
            "王姐，跟你通话的那个“张警官”是骗子，千万别转钱，有事打110核实。",
            "李叔，你问的那条短信是骗子群发的，你儿子在网吧呢，千万别转钱，先打他电话确认。",
        ],
    )
    def test_a_persons_own_warning_from_a_mobile_is_not_high(self, text: str) -> None:
        assert analyze(text, "13912345678").risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            # Not where the "warning" comes with a stranger's account, a request for money, or a threat of the writer's own.
            "那个说你涉嫌洗钱的是骗子，千万别转钱给他，把钱转到我们的安全账户6222021111222233就行。",
            "别信那些反催收的都是骗子，千万别转钱给他们，明天我们上门找你家里人。",
            # (A review's: the scam's own orders and claims in the writer's mouth.)
            "你被骗了。我是公安局的民警，你涉嫌洗钱，请配合调查，不要挂断电话，下载会议软件共享屏幕。",
            "这不是我第一次办这种事了，请配合调查，不要挂断电话，下载会议软件共享屏幕。",
            "你欠的钱别以为是骗子，先核实一下你的欠款。三天内不还，我们就打给你单位领导和你父母。",
        ],
    )
    def test_a_warning_that_asks_or_threatens_is_still_high(self, text: str) -> None:
        assert analyze(text, "13912345678").risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【重要通知】2026年个人劳动补贴已下发，请扫描附件二维码申领，收到请勿声张，逾期视为弃权。",
            "您的高温津贴已下发，请查看附件扫码领取。——人事部",
            "【某借款】您的借款因卡号填错导致账户冻结，需缴纳9998元解冻资金，解冻后全额退还。",
        ],
    )
    def test_subsidies_by_a_code_and_unfreezing_fees_are_flagged(self, text: str) -> None:
        assert analyze(text, None).risk != "low"

    def test_a_leaders_private_number_is_flagged(self) -> None:
        assert analyze("刘总你好，我是区里的老王，这是我生活号码，存一下。", "13912345678").has("new_number_impersonation")

    @pytest.mark.parametrize(
        "text",
        [
            "【增城公安】您正在与冒充客服的诈骗分子联系，请立即挂断电话、关闭屏幕共享，不要转账。",
            "【国家补贴】家电以旧换新补贴请到门店扫码，通过云闪付官方App申领。",
        ],
    )
    def test_official_warnings_and_real_subsidies_are_not_high(self, text: str) -> None:
        assert analyze(text, None).risk != "high"


class TestTheReviewOfTheSixteenthSession:
    """The blind review of batches 40 to 42's rules (/tmp/review16a): everyday words the new patterns took for the tricks, and
    variants they missed."""

    @pytest.mark.parametrize(
        "text",
        [
            "下班我带你买蛋糕，别告诉你妈。",
            "奶茶店先投五千试试水，不行就关。",
            "跟着张老师学书法，收益很大。",
            "【XX银行】您持有的积存金可按当日回购价卖出，详情见手机银行。",
            "旧手机高价回购，以旧换新立减300元。",
            "【招商银行】境外消费返利5%活动进行中，详询95555。",
            "没有哪个药能保证根治糖尿病，按时吃药就好。",
            "经理的电话我已经有了，明天我直接打给他确认合同。",
            "寻人启事：我家老人今早在公园走失，穿蓝色外套，请大家帮忙转发。",
            "老婆，我在开会，先转给装修师傅五千。",
            "报销先垫付，单据后面补。",
            "上个月公司账户余额多少？我写年终总结要用。",
            "营养餐补助名单已出，请扫描附件二维码查看。",
            "取件码是6位数字，你发给我，我帮你取。",
            "听不清，你微信转我吧，饭钱一人86。",
            "这钱你先别问了，回头跟你说，我给你转过去了，给妈买点东西。",
            "升级VIP会员后单价更便宜了，你也可以开通试试。",
        ],
    )
    def test_everyday_words_are_not_high(self, text: str) -> None:
        assert analyze(text, "13912345678").risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "新闻里说骗子会发短信说孩子在学校晕倒要交手术费，让到柜台汇款，大家千万注意。",
            "那个说发劳动补贴的邮件是诈骗，别扫附件二维码，也别填卡号。",
            "解冻资金请持判决书到执行局办理。",
        ],
    )
    def test_retold_and_genuine_are_not_high(self, text: str) -> None:
        assert analyze(text, None).risk != "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("我是银行客服，我共享屏幕给你演示怎么操作，解冻你的账户。", "17012345678"),
            ("您好，我是小学的老师，您孩子被人抢走了，请别挂电话，联系我这个号，不要打给别人。", "17012345678"),
            ("这批纪念金钞限量发行，三年后升值十倍，明年公司统一回购。", None),
            ("量子能量杯喝了能降三高，药都不用吃了，子女不用告诉。", None),
            ("三倍回收，保证只赚不赔。", None),
        ],
    )
    def test_variants_are_caught(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk != "low"


class TestTheSecondReviewOfTheSixteenthSession:
    """The second blind review (/tmp/review16a2): everyday words the narrowed patterns still took for the tricks, and scams an
    exemption let through (the app store, a colleague's screen, 别告诉 as a denial)."""

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("您的快递在我们手上，到付运费15元，请尽快来取。", "13912345678"),
            ("我手机被人抢走了，有事联系我这个号，已经报警了。", "13912345678"),
            ("我爸突发心梗住院了，手术费要8万，我卡号6222021234567890，你们先转一点。", "13912345678"),
            ("滴滴新用户注册邀请码填我的，能领券。", "13912345678"),
            ("跟着刘老师学做菜，昨天做了一单红烧肉。", "13912345678"),
            ("医生说这种病没法保证根治，要长期吃药。", "13912345678"),
            ("租房押金先付了，合同后面补签。", "13912345678"),
            ("经理的电话我有了，借款合同的事我明天问他。", "13912345678"),
            ("报销的钱已经转到经理的卡上了。", "13912345678"),
            ("房东在外地出差，不方便收款，说下周回来再收房租。", "13912345678"),
            ("学生资助申请请提供孩子身份证号和家长银行卡号，交到班主任处。", "13912345678"),
            ("【云闪付】以旧换新补贴，到门店扫码领取，过期视为放弃。", "95516"),
            ("工资条已发放，请扫描附件二维码登录员工系统查看。", "10690000123"),
            ("会计小王：月底了，对公账户现在余额有多少，做个报表发我。", "13912345678"),
        ],
    )
    def test_genuine_are_not_high(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "请在应用商店下载向日葵，我们客服帮您远程处理退款。",
            "我是支付宝客服，会议号中我来共享屏幕讲一下退款流程，然后您也打开屏幕共享。",
            "老同学，帮个忙，别告诉别人，我卡被冻结了，你先帮我往这个账户转1万 6228481234567890。",
            "别透露验证码以外的信息，只需要把你收到的银行短信里的6位数字报给我们。",
        ],
    )
    def test_scams_behind_an_exemption_are_caught(self, text: str) -> None:
        assert analyze(text, "17012345678").risk != "low"


class TestBatch43:
    """Lures whose link is almost the only evidence (batch 43): the words beside the link now say what the lure is."""

    @pytest.mark.parametrize(
        "text, sender, code",
        [
            ("【物流通知】您的包裹因地址不完整暂停派送,请于24小时内点击 sf-express.help/a 确认", "", "lure_link"),
            ("【菜鸟驿站】您的快件无法投递 请点击 cnyz-kd.top 补填地址", "", "lure_link"),
            ("Your parcel is on hold due to incomplete address. Update here: s.id/2Mx7q", "", "lure_link"),
            ("Royal Mail: your parcel could not be delivered, a £1.45 redelivery fee is due: rm-redeliver.info", "", "lure_link"),
            ("【Apple】您的Apple ID于异地登录,如非本人操作请立即验证 appleid-cn.support", "", "lure_link"),
            (
                "Your Apple ID was used to sign in on a new device. If this was not you, verify now: apple-id-lock.com",
                "",
                "lure_link",
            ),
            ("【交通局】您的驾驶资格待复核,点 x7k2q9.cn 完成核验", "", "lure_link"),
            ("【高速ETC】您的ETC卡已被禁用,请点击 etcjy.cc 解除", "", "lure_link"),
            ("您的车辆于某路段闯红灯,罚款200元记6分,请尽快处理:wz-cx.top", "155****6107", "lure_link"),
            ("您的车辆有违章待处理,详情 ***", "", "account_problem_link"),
            ("您有一份神秘礼物待领取,点 gift-7.cn/s 查看,回T退订", "10698852014", "lure_link"),
            ("【国家银发健康计划】您已获得进口钙片免费领取资格,仅付邮费,点击 yf-jk.top", "", "lure_link"),
            ("数字人民币预约成功,请点击 dcep-yy.cn 完成开户领取体验金", "", "lure_link"),
            ("价值投资俱乐部今日统一指令,14:30全仓买入,详情群公告 (链接)", "", "stock_tip_group"),
            ("您的视频会员即将自动续费2988元,如非本人操作请点 (链接) 取消", "", "fake_charge"),
            ("[海關通知] 您的國際包裹需補繳關稅 NT$299,點此繳納 (連結)", "", "lure_link"),
            ("梦幻西游号高价收购,去这个平台挂 jym-sell.cc 比交易猫价高", "", "lure_link"),
            ("轻松日赚千元,点赞关注即可,名额有限 zq-rw.top 回T退订", "10692231507", "job_lure"),
            (
                "【保险维权中心】您的保单存在漏洞,继续缴费将亏损,点击 bxwq.cc 免费评估全额退保",
                "10698816605",
                "debt_relief_agency",
            ),
            ("张建国,这是我们的合照,记得保存 xc8.cc/k2", "139****4408", "lure_link"),
            ("王丽,这是我们一年前共同拍下的美好的那一刻 tj.bq*.cn 请一定要收藏好哦", "", "bait_link"),
            ("李敏,我给你照了张相,好看吧 zxp.so/a9", "135****6629", "lure_link"),
            ("音乐节门票转让两张1098,走平台有保障,你点这个付款 piao-zr.top", "", "ticket_resale"),
        ],
    )
    def test_the_lure_beside_its_link_is_high(self, text, sender, code):
        result = analyze(text, sender or None)
        assert result.risk == "high" and result.has(code), (result.risk, sorted(result.codes))

    @pytest.mark.parametrize(
        "text",
        [
            "【XX人寿】您的保单已生效，犹豫期内可全额退保，详情请咨询官方客服95519。",
            "没有哪个药能保证根治糖尿病，按时吃药就好。",
            "奶奶看直播买的那个“一粒降三高”我退掉了,以后要买什么药让她先问社区医生",
            "【瑞幸咖啡】关注公众号即可领5元优惠券，新用户专享。",
            "那天聚餐的照片我传到百度网盘了,pan.baidu.com/s/1aB3 提取码 7xk2,你自己挑着存",
            "【菜鸟】您的包裹已到驿站，取件码 3-2-1108，请凭码取件。",
            "我买的演唱会门票在大麦App上已经出票了，周六一起去。",
        ],
    )
    def test_the_same_words_in_ordinary_messages_are_not_high(self, text):
        assert analyze(text).risk != "high"

    def test_a_look_alike_spelt_with_a_look_alike_character_is_high_even_from_the_carriers_own_number(self):
        # (A decorated name from the institution's own number may be a site the directory does not list; a digit swapped
        # for a letter is no one's real site.)
        assert analyze("【中国移动】充五十元送一百元话费,限今日,点 l0086-cz.cn 充值", "10086").risk == "high"
        assert analyze("【中国移动】充值送话费 点 10086-cz.cn 充值", "10086").risk == "medium"

    @pytest.mark.parametrize(
        "text, host",
        [
            ("Update here: s.id/2Mx7q", "s.id"),
            ("请立即验证 appleid-cn.support", "appleid-cn.support"),
            ("查看 mypost.xxxx.homes/au", "mypost.xxxx.homes"),
            ("领取 abc.buzz/x", "abc.buzz"),
        ],
    )
    def test_links_under_more_top_level_domains_are_found(self, text, host):
        assert [link.host for link in analyze(text).links] == [host]


class TestTheReviewOfTheSeventeenthSession:
    """A blind review of the tuning on batch 43 (/tmp/review17a, 428 probes) found 112 genuine messages made high: English words
    after a full stop read as links ("…locked. So annoying"), parcel, log-in, gift and photo words beside a courier's own number
    or a well-known site's link, "一粒降血压", "全仓买入". The lures now count only beside a link of unknown origin (`lure_link`,
    triage/data/known_sites.txt), and links under the new endings need plain dots. A third of those probes, all genuine."""

    @pytest.mark.parametrize(
        "text, sender",
        [
            (
                "We tried to deliver your parcel today but nobody was home. So I left it with your neighbour at no. 12. Dave (courier)",
                "",
            ),
            ("The courier said the address is incomplete. So I gave him the flat number, it's fine now.", ""),
            ("Mom, my account was suspended by mistake. Help desk fixed it, no worries.", ""),
            ("Grandpa's account got locked again. So I reset it for him, all good.", ""),
            (
                "Your account has been locked after 3 wrong PIN attempts. Please visit a branch with your ID. Today we are open until 5pm.",
                "",
            ),
            ("Your package requires a signature. So please be home tomorrow, love mum", ""),
            ("师傅，快递到了，你地址不完整，放哪？我电话 18600001111", ""),
            ("Royal Mail: Sorry we missed you. To arrange redelivery visit https://www.royalmail.com/redelivery ref 1234", ""),
            ("【网易】您的邮箱账号在异地登录，如非本人操作，请登录 mail.163.com 修改密码", "1069"),
            ("哥，你那辆车违停了，罚款200记3分，交警电话是 010-12345678，你去处理下", ""),
            ("老婆，今晚回家有神秘礼物给你", ""),
            ("这件衣服我不穿了送你，仅付邮费就行", ""),
            ("社区通知：本周六上午免费领取口罩和消毒液，需要邮寄的请在群里填写地址", ""),
            ("同事说苏州发数字人民币红包，体验金要在APP里领，你试试", ""),
            ("妈，你的礼包待领取，在小区门口驿站，取件码3-1-2201", ""),
            ("我昨天全仓买入茅台，亏惨了", ""),
            ("老爸说他上周全仓买入了银行股，我劝他分散点", ""),
            ("新闻说某公司用AI预测涨停，被证监会查了", ""),
            ("这本书叫《涨停秘籍》，我在书店看到的，感觉是忽悠人", ""),
            ("医生说每天早上一粒降血糖的药，饭前吃", ""),
            ("药盒上写着一粒降血压，一天一次", ""),
            ("收到号后去这个平台挂号就行 https://www.114yygh.com", ""),
            ("【XX医院】您好，已收到您的预约号12，请到网站挂号缴费：https://www.xxyy.com.cn", "1069"),
            ("下周财务说要帮公司走流水的事先别弄了，有问题打我电话 13800001234", ""),
            ("婚礼照片都放这里了，大家自己下载 https://pan.quark.cn/s/abc123", ""),
            ("全家福合照记得保存，我发群里了 https://photos.app.goo.gl/abcdef", ""),
            ("给你拍的照片都放这里了，B站相册 https://b23.tv/Ab12Cd3", ""),
            ("文件名是report_v2**.docx，你看看；我的账号已被禁用了，先用你的", ""),
            ("快递地址不完整，详情xxx，我回头再发你", ""),
            ("Re: your order #5521. Shipping label created. Today it goes out with DPD. Thanks for shopping with us!", ""),
            ("Package is waiting for you at the post office. Help yourself, the slip is on the table.", ""),
            ("Reminder: your parcel requires a signature. So someone must be home. Thanks, Mike", ""),
            ("【王者荣耀】您的周年庆礼包待领取，请登录游戏在邮件中领取。", "1069"),
            ("【星巴克】您的生日礼物待领取，请在星巴克APP中查看。", "1069"),
            ("我的账号已被禁用，下午2点help desk帮我解开，别担心", ""),
            ("Parcel on hold at reception. So please pick it up before 6. Thanks, concierge", ""),
            ("Grandma, the parcel could not be delivered. So I'll bring it on Sunday.", ""),
            ("我的B站账号被禁用了，说我刷评论，申诉页面 https://www.bilibili.com/blackboard/appeal", ""),
        ],
    )
    def test_genuine_messages_the_review_found_are_not_high(self, text, sender):
        assert analyze(text, sender or None).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "Your parcel could not be delivered. Redelivery: https://www.royalmail.com/redelivery",
            "毕业合照都放这里了 https://pan.baidu.com/s/1abcDEF 提取码 k3j9",
            "你好，我是顺丰快递员，您的快递地址不完整，麻烦回个电话 13812345678",
        ],
    )
    def test_a_lure_beside_a_known_site_or_a_couriers_number_is_not_high(self, text):
        assert not analyze(text).has("lure_link")

    def test_the_same_lure_beside_a_link_of_unknown_origin_is_high(self):
        result = analyze("Your parcel could not be delivered. Redelivery: https://royalmail-redeliver.top/r")
        assert result.risk == "high" and result.has("lure_link")


class TestBatch44:
    """Debt texts as a frightened person pastes them (batch 44): call transcripts, OCR'd screenshots, people's own chats."""

    @pytest.mark.parametrize(
        "text, code",
        [
            (
                "京东金融这边帮你注销白条 我这边操作的时候你会收到一个六位数的验证码 你直接读给我就行 不用看短信内容",
                "asks_secrets",
            ),
            (
                "抖音客服这边通知您 您不小心开通了抖音月付 不关闭的话每个月会产生费用还会上征信 现在需要您配合关闭",
                "student_loan_cancel",
            ),
            ("您好,我是客服,因你的‘百万保障’免费期已结束,需立即关闭,否则每月自动扣费。", "student_loan_cancel"),
            (
                "【人民法院】您好,您涉嫌信用卡恶意透支,已\n被立案,不出庭则败诉并强制执行,查询请\n回拨 O2l-5l39 8844。拒收请回复R",
                "fake_legal",
            ),
            (
                "老公欠了一笔网贷，今天他们打给我娘家妈妈，说“你女儿也跑不了，父债子还夫债妻还”，我妈吓得一直哭。",
                "third_party_threat",
            ),
        ],
    )
    def test_the_scam_told_or_read_off_a_screen_is_found(self, text, code):
        result = analyze(text)
        assert result.risk == "high" and result.has(code), (result.risk, sorted(result.codes))

    @pytest.mark.parametrize(
        "text",
        [
            "我跟爸妈坦白了网贷逾期的事,让他们这段时间陌生电话别接,我自己联系平台客服申请了分期。说出来反而轻松了",
            "逾期后我直接在银行App里找到“还款困难申请”,上传了医院的诊断证明,银行批了延期三个月。",
            "融360只给我发过“贷款到期”的提醒,说是不做催收。那个自称融360让我交服务费延期的,肯定是冒充的",
            "接到让你注销、清零花呗的电话直接挂",
            "【交通银行】您尾号5l87的信用卡账户已逾期,请于近日通过买单吧App或交通银行App还款。详询4OO8OO9888。",
        ],
    )
    def test_peoples_own_accounts_and_genuine_notices_stay_low(self, text):
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text, read",
        [
            ("回拨 O2l-5l39 8844", "回拨 021-5139 8844"),
            ("尾号5l87的", "尾号5187的"),
            ("点 l0086-cz.cn 充值", "点 l0086-cz.cn 充值"),
            ("Hello lol 2020", "Hello lol 2020"),
            ("v2.l0", "v2.l0"),
            ("2O26-l2-O5", "2026-12-05"),
        ],
    )
    def test_digits_misread_as_letters_are_read_as_digits_only_in_a_number(self, text, read):
        from triage.analysis.normalize import normalize

        assert normalize(text) == read

    @pytest.mark.parametrize("text", ["My Apple ID got locked. So annoying", "明天下午3点 today 我再送", "9点 id 卡带上"])
    def test_english_words_after_a_full_stop_are_no_links(self, text):
        assert analyze(text).links == ()


class TestTheSecondReviewOfTheSeventeenthSession:
    """A second blind review (/tmp/review17b, 453 probes) of the version after the first: digits read off a screen turned
    "l0086。cn" into the carrier's own site, lower-case words after a full stop ("locked.so annoying") were links, a bank's "若您仍
    不处理将影响您的个人征信" and a person's "我想注销花呗" read as the student-loan trick, a collector's own words ("你这就是诈骗",
    "我们不做催收") excused an unnamed debt, a lawyer's "父债子还只在继承遗产的范围内" was a threat, an instalment's "自动扣款1,288元"
    a fake charge. 52 probes were worse than before the session; these 48 are right again (the other four are people quoting a
    lure with its link masked, and a ticket sold through a small platform: judgement calls)."""

    @pytest.mark.parametrize(
        "text, sender, ok",
        [
            ("my apple id account got locked.So annoying, have to reset it again", "", ["low"]),
            ("My account was locked.so annoying lol", "", ["low"]),
            ("I can't log in, account locked.today is a bad day", "", ["low"]),
            ("the package is waiting.so I will pick it up tonight", "", ["low"]),
            ("你的包裹在驿站，取件码 8812。快递员说 parcel is waiting, call me.today", "", ["low", "medium"]),
            ("【德邦快递】您的货件地址不完整，请点击 https://www.deppon.com 核对收件信息。", "95353", ["low", "medium"]),
            ("【腾讯】您的QQ号于异地登录，如非本人操作请登录 https://aq.qq.com 修改密码。", "", ["low", "medium"]),
            ("【招商银行】您的信用卡已逾期，若您仍不处理将影响您的个人征信，请尽快还款。详询95555。", "95555", ["low", "medium"]),
            ("【建设银行】您的贷款已逾期，如不处理，逾期记录将报送征信系统。请及时还款，详询95533。", "", ["low", "medium"]),
            ("我想注销花呗，在哪里操作？", "", ["low"]),
            ("怎么注销借呗？我不想用了。", "", ["low"]),
            ("我已经在支付宝里自己注销花呗了，以后不用了。", "", ["low"]),
            ("我不小心开通了抖音月付，怎么关闭啊？", "", ["low"]),
            ("【抖音】如您误开通会员，可在7天内申请退款，请在抖音APP-我的-钱包中操作。", "", ["low", "medium"]),
            ("交通罚款不处理会影响征信吗？", "", ["low"]),
            ("那种垃圾短信不用看短信内容，直接删掉就好。", "", ["low"]),
            ("银行的那条提醒不用看短信内容了，我已经还完款了。", "", ["low"]),
            ("催收给我打电话说父债子还，让我替我爸还钱，这合法吗？", "", ["low", "medium"]),
            ("律师说父债子还只在继承遗产的范围内，不用担心。", "", ["low"]),
            ("我爸的债，催收说父债子还，我查了一下这是违法的，已经投诉了。", "", ["low", "medium"]),
            ("老话说父债子还，但现在是法治社会，继承了遗产才需要还。", "", ["low"]),
            ("【XX消费金融】您的分期将于7月5日自动扣款1,288元，请保证扣款卡余额充足，客服4001234567。", "", ["low", "medium"]),
            ("【捷信】您的本期分期将于明日自动扣款1,099元，请存入足够金额，咨询4008-123-123。", "", ["low", "medium"]),
            ("我买的那个保险继续缴费会亏损吗？我想问问代理人要不要退保。", "", ["low"]),
            ("我查了保单，发现保单有漏洞吗？好像没有写清楚免责条款，我明天去问保险公司。", "", ["low"]),
            ("朋友说现在新政策支持全额退保，这是真的吗？我觉得是骗人的。", "", ["low"]),
            ("保证治好，三个疗程保证断根，不要信医院忽悠你，今天下单打五折。", "", ["high"]),
            ("投资我们的项目，存入后每月返利15%，别信网上的忽悠，先转10万。", "", ["high"]),
            ("【中国移动】您的积分即将清零，请登录 l0086。cn 兑换现金红包。", "", ["high"]),
            ("【中国移动】您的积分即将清零，请登录 l0086点cn 兑换现金红包。", "", ["high"]),
            ("【中国移动】您的积分即将清零，请登录 l0086 .cn 兑换现金红包。", "", ["high"]),
            ("【中国联通】您的话费返现待领取，请访问 l00l0。com 领取。", "", ["high"]),
            ("【中国移动】积分兑换请登录 l0086[.]cn 领取。", "", ["high"]),
            ("【中国移动】您的积分即将清零，请登录 l0086。cn 兑换现金红包。", "10086", ["high"]),
            ("my parcel could not be delivered.so weird, I'll call the courier", "", ["low"]),
            ("My Apple ID got locked.help me reset it when you're home", "", ["low"]),
            ("我的账户被锁了，account locked.life is hard", "", ["low"]),
            ("My account was suspended.bond with me over this haha", "", ["low"]),
            ("address is incomplete.so the courier called me, all fixed now", "", ["low"]),
            ("【快递100】您的包裹地址不完整，请打开 https://www.kuaidi100.com 查看物流详情。", "", ["low", "medium"]),
            ("老同学聚会合照都放这里了 https://www.dropbox.com/s/abc/photos.zip 记得保存", "", ["low", "medium"]),
            ("我给你拍了几张照片，传到这了 https://www.flickr.com/photos/abc", "", ["low", "medium"]),
            ("【钉钉】您的账号在新设备登录，如非本人操作请立即验证 https://www.dingtalk.com", "", ["low", "medium"]),
            ("【12306】您的账号在异地登录，如非本人操作请登录 https://www.12306.cn 修改密码。", "12306", ["low", "medium"]),
            ("【京东金融】您已成功注销白条，感谢您的使用。如非本人操作，请拨打95118。", "95118", ["low", "medium"]),
            ("【支付宝】您已成功注销花呗服务，如有疑问请拨打95188。", "95188", ["low", "medium"]),
            ("我昨天自己在京东金融APP里注销白条了，以后不想用了。", "", ["low"]),
            ("网上说的“父债子还”没有法律依据，遇到这样威胁的催收可以向银保监投诉。", "", ["low", "medium"]),
        ],
    )
    def test_what_the_review_found_is_right_again(self, text, sender, ok):
        assert analyze(text, sender or None).risk in ok

    @pytest.mark.parametrize(
        "text",
        [
            "您之前开通的白条需要注销，否则会影响您的征信，请配合操作。",
            "您的美团会员下月将自动续费2988元，非本人操作请致电4006668888取消。",
            "你好这边是京东客服 你的白条账户有问题 不处理会影响征信",
        ],
    )
    def test_the_scams_it_found_missed_are_high(self, text):
        assert analyze(text).risk == "high"


class TestWarningsAndCaseReports:
    """Batches 44 and 45, the eighteenth session: a warning that calls the scam one and says what to do (hang up, pay no heed,
    do not download, share, transfer), a case told as a lesson (headed by the police, a court or a bank, or someone else's story
    with what came of it), a person's own "没让我加微信", and a person telling that they were given as the emergency contact are
    no more than medium; the scams they resemble stay high."""

    @pytest.mark.parametrize(
        "text",
        [
            "[转发] 大家注意!有人冒充贷款平台客服打电话,说“根据国家政策要配合注销网贷账号,不然影响征信”,然后让你把各平台额度借出来"
            "转到他的账户。都是骗子!征信谁也改不了。",
            "【转自保卫处】同学们,诈骗分子冒充贷款公司客服,声称“有贷款记录,如不注销会影响个人征信”,引诱填写银行卡号。注销校园贷就是"
            "骗局,接到电话直接挂断!",
            "外婆 15:02\n有个客服说我微信开了百万保障 一个月扣800 要我关\n我 15:03\n外婆那是骗子 百万保障免费的 不会扣钱\n我 15:03\n"
            "你把电话挂了 谁让你下软件都别下",
            "以案说险：保洁王阿姨接到“民警”电话，说她银行卡涉嫌洗钱，对方发来“通缉令”，让她下载屏幕共享软件，把5万转到“安全账户”。"
            "公检法不会通过电话、网络要求转账或共享屏幕。",
            "警方通报：冯女士接到自称某省公安刑警的电话，称其涉嫌“洗黑钱”将被冻结资产、逮捕，要求其新办银行卡转账。民警20分钟内找到她"
            "并劝阻。",
            "征信中心声明(转):征信中心不对外提供逾期记录处理、违规网贷账户关闭、征信修复等服务;添加好友共享屏幕是虚假征信诈骗常用套路;"
            "有疑问请拨打唯一客服电话400-810-8866。",
            "刚接到马上消费的电话,客服很客气,说逾期了让我在app里还,可以申请延期,没让我加微信也没提转账。应该没问题吧",
            "我被表弟填成了紧急联系人,平台打电话只问能不能转告他,没说我要还钱。我转告了,让他自己去App里处理。",
            "转:麻栗坡警方提醒,近期“京东高息注销中心”“支付宝学生状态改成人状态”等说法都是虚假征信诈骗,已有多人被骗。不下载会议软件,"
            "不共享屏幕,不转账。",
        ],
    )
    def test_the_warning_is_not_high(self, text):
        assert analyze(text).risk != "high"

    def test_a_case_report_of_threats_is_medium(self):
        # (A court's or a prosecutor's report of a collector's threats was let off for a while; the second blind review of the session
        # found collectors who open with a case and then threaten the reader, /tmp/review18b, and threats were never told away. Since
        # the twenty-seventh session threat words that speak of no reader, in a text that turns to no one and demands nothing, are
        # told: the report stays worth a second look.)
        result = analyze("钱塘检察：催收团伙冒充律师，对借款人的紧急联系人所在单位持续轰炸、辱骂诅咒，6人以寻衅滋事罪获刑。")
        assert result.risk == "medium" and "third_party_threat" in result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "钱塘检察：催收团伙爆通讯录被判刑。你再不还款，我们就联系你的紧急联系人。",
            "以案说法：催收人员辱骂借款人家属被拘留。今天下午前不还款，将安排人员到其单位走访。",
            "案例：催收人员辱骂借款人家属被拘留。三日内不结清，否则就去其单位张贴。",
        ],
    )
    def test_a_case_followed_by_a_threat_stays_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【国家反诈中心】您的银行账户涉嫌诈骗资金流入，请立即下载指定APP配合核查，并提供收到的验证码。", ""),
            ("【XX市公安局】你名下手机号涉嫌发送诈骗信息，已被立案调查，请于2小时内联系办案民警，否则将被列为网上追逃人员。", ""),
            (
                "您的贷款已逾期,已提交异地仲裁委员会,仲裁裁决等同法院判决,请速联系仲裁员 171****8866 办理和解,和解需先缴纳和解金",
                "",
            ),
            ("我直接挂了，他又打来说我名下信用卡涉嫌洗钱，让我下个视频会议app分享屏幕，我现在该怎么办，要不要配合？", ""),
            ("你被他填成了紧急联系人，不还就发你通讯录", ""),
            ("我被表弟填成了紧急联系人,催收说要打到我单位去", ""),
            ("警方提醒：您的账户涉嫌洗钱，请立即将资金转入安全账户配合调查，否则冻结。", ""),
        ],
    )
    def test_the_scam_stays_high(self, text, sender):
        assert analyze(text, sender or None).risk == "high"


class TestBatch45Retellings:
    """Batch 45, the eighteenth session: a person retelling a call that is still going on — asked for the card number and
    password, to pay into an account the caller gave, to send back "the difference", to download a meeting app — is high;
    what no one asked, or a request the person ignored, is not."""

    @pytest.mark.parametrize(
        "text",
        [
            "有个客服说可以免费帮我代刷经营流水，额度能从20万提到50万，就要我的银行卡号和密码，说卡里没钱不会有损失。你觉得靠谱吗",
            "一个手机号说是光大银行客服，说可以帮我把信用卡升级成白金卡，让我报了卡号和身份证号，然后说验证码不对，一直让我报验证码，报了快十次了",
            "刚才有个说是唯品会客服的打电话，说纸尿裤有质量问题要退我246，让我去支付宝里开备用金领500，多出来的254让我先转回给他们。这个差价要转吗？",
            "学校校长打电话说孩子预录取了，还要交3万赞助费，今天要转到他给的账户，明天去学校签约。这个要转吗？",
            "快递丢了说赔我150，让我下个飞书进会议，操作完我支付宝多了500，现在让我转5000",
        ],
    )
    def test_the_retelling_is_high(self, text):
        # (Each is still under way: the person asks, has done part of it or is being pressed; a retelling that is over is not high.)
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "银行外呼人工问我是不是在办一张附属卡，我说不是，她说已经帮您拦截，最后说请您不要向任何人透露验证码。一句都没让我报验证码。",
            "上周有个“售后”打我电话说给我退款,发了个网址让我填卡号。我没理,直接在淘宝APP里找了店铺,店家说根本没打过电话。",
            "有人打电话让我转到他给的账户，说是退款，我没理他直接挂了。",
            "银行说不会让我报验证码，让我放心",
        ],
    )
    def test_what_was_not_asked_or_was_ignored_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheReviewOfTheEighteenthSession:
    """The blind review of the warnings, case reports and retellings (/tmp/review18a, 392 probes): the version it read capped 80
    scams at medium that borrow a warning's or a case report's words while asking the reader for something, and made 71 genuine
    texts high (people who refused, ordinary requests at work or school). Now none of its probes is worse than 897305c."""

    @pytest.mark.parametrize(
        "text",
        [
            "典型案例：骗子冒充公检法人员，谎称受害人涉嫌洗钱，诱导其转账。您的账户已被列入涉案名单，需要您把验证码报给办案民警进行解冻。",
            "网警提醒：检测到您被骗了，资金仍可追回，需要您把银行卡号和验证码发过来，我们为您止付。",
            "XX检察院：您涉嫌诈骗团伙洗钱，现通知您配合调查，不得告知任何人，否则以妨碍公务论处。",
            "市民刘先生看到网贷广告被骗3000元。您也有征信问题吗？把身份证号和验证码发我，专员帮您一键修复。",
            "受害人陈某轻信刷单被骗8万，现公安机关已追回部分赃款，需要受害人本人先交保证金2000元才能退还。",
            "以案说法：老赖王某因拒不还款被判刑。你现在和他一样，今天不还钱我们就上门，后果自负。",
            "骗子冒充银行的很多，您别相信柜台工作人员的话，他们可能也参与了洗钱。您把钱转到我们的监管账户就安全了，别理其他人。",
            "反诈民警：你被骗了还在转账？别理那个骗子，直接拉黑，然后把剩下的钱转到我们给你的保护账户。",
            "您的信用卡额度可提升至10万，把卡号、有效期和验证码发给客服即可办理。别理其他自称银行的人，都是骗子。",
            "XX大学保卫处：有人冒充学生家长，为保护您的账户，需要您把校园卡绑定的银行卡号和密码回复给我们登记。",
            "网友小王轻信刷单被骗5000元，后来在我们这里做正规兼职日赚300。想做的话回复1，先交199会员费。",
            "受害人周女士被骗20万后，通过我们律所全部追回。您也被骗了吗？需要您先付5000元律师费，我们立刻立案追讨。",
            "被骗了吗？我们是正规追回机构，前期只需交300元保证金，追回后再付尾款，别相信那些骗子。",
        ],
    )
    def test_a_scam_in_a_warnings_words_stays_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "对方要我报验证码，我说你是骗子，他就不吭声了。",
            "对方要我报银行卡号和密码，我根本没告诉他。",
            "他让我把钱打到他给的账户，我说我去派出所问问，他就不说话了。",
            "单位财务让我提供工资卡卡号，每月发工资用。",
            "装修师傅让我把尾款转到他给的账户，就是他店里的收款码，人在现场。",
            "房东让我把押金转到他给的账户，合同上写的就是这个卡号，我们当面签的。",
            "朋友圈看到的：骗子要我的银行卡号和密码，说是帮我退款，大家遇到直接挂。",
            "对方让我报验证码，我直接把电话挂断，然后报警了。",
            "客服让我下个腾讯会议进会议，我说我要先问问家里人，他就急了，我就没再接。",
            "我早就把他拉黑了，之前他一直让我把钱转到他给的账户。",
            "我报警了，警察说那人让我把钱转到一个账户的做法是典型诈骗。",
            "警察打电话来，一句没提要我报验证码，就是提醒我别上当。",
            "班主任要我填一下孩子的银行卡号，学校发助学金，通知是学校官网发的。",
        ],
    )
    def test_a_refusal_or_an_ordinary_request_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestBatch45MoreRetellingsAndThreats:
    """Batch 45: money to "a card of some bank" or "into an account" a caller names, and threats of shaming before colleagues and
    classmates or of knowing where the family is, are high; the same words in ordinary talk are not."""

    @pytest.mark.parametrize(
        "text",
        [
            "說是南京的王警察，講我涉及一起非法集資案，帳戶要被凍結，要我把所有卡裡的錢轉到一張工商銀行的卡上做保護。我應該照做嗎",
            "客服说我买的面膜有问题退我360，但是芝麻分不够退不了，让我先往一个账户转几笔钱刷一下信用额度，第一笔转了5000",
            "你欠钱还有理了我告诉你今天不还明天我让你在你们单位社死你老婆孩子我都认识",
            "你爸欠的钱他不管了是吧？我们知道你在哪个学校读书，明天放学门口见，到时候当着你同学面好好聊聊你们家的事。",
        ],
    )
    def test_it_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "昨天在公司年会上唱跑调了，我真的社死了",
            "老师说明天当着全班同学的面表扬他",
            "我爸让我把压岁钱存到一张工商银行的卡上，是我自己的卡",
        ],
    )
    def test_ordinary_talk_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheSecondReviewOfTheEighteenthSession:
    """The second blind review (/tmp/review18b, 435 probes) read the version after the first review's fixes: 124 probes worse than
    897305c — collectors who open with a case and then threaten (case reports excused threats), scams dressed as case reports or led
    by a line of advice, ads that open with a "case", ordinary requests and refusals read as retellings, everyday words read as
    threats. Now threats are never told away, a case report or a warning turns to its reader only in advice, a firm selling is no
    case, a retelling is high only while the person is still in it. Six of its probes stay worse than old (the wording model's
    retrain raised three calm refusals; a scammer's "别理我妈说的话"; a relayed "张总让你"; a person asking "要不要打110？")."""

    @pytest.mark.parametrize(
        "text",
        [
            "【XX银行】温馨提示：诈骗分子冒充客服猖獗，请直接挂断陌生来电。系统检测到您的账户异常，为了让您的资金安全，请立即将余额转入我行安全账户。",
            "【XX证券】诈骗分子冒充我司员工拉群荐股，切勿相信。我司官方VIP群现开放名额，本周内入金10万即可获得内幕消息，稳赚不赔。",
            "防骗提醒：是骗子就拉黑。恭喜您被抽中为平台幸运用户，奖品为苹果手机一部，付邮费和个人所得税680元即可领取。",
            "警方通报：近期骗子冒充客服实施诈骗。经查，您的银行卡已被诈骗团伙利用，为了让您的资金不受损失，请马上将卡内余额转入公安机关指定的安全账户。",
            "以案说险：王女士因未注销校园贷账户导致征信受损，被骗了5万。如您也有类似账户，请立即联系官方专员办理注销，否则将影响征信。",
            "XX检察：诈骗团伙冒充贷款客服获刑。经核查，您的贷款因银行卡号填写有误被冻结，根据规定，解冻须缴纳贷款额20%的保证金，缴纳后即可放款。",
            "以案释法：诈骗分子冒充老板借钱被判处有期徒刑。小李，我是王总，客户那边催着付定金，你先以个人名义转8万到对方账户，账户我让财务发你，快点办。",
            "警方通报：多名市民因点击钓鱼链接被骗了数万元。您的积分即将清零，可兑换价值888元的商品，打开手机浏览器输入网址 积分兑换.cn 兑换。",
            "普法：老赖王某拒不还款被判处拘留。张三，你的欠款已逾期90天，我们已经把你的照片和欠款信息发到你们公司群和你老家村里，让全村人都知道你是老赖。",
            "XX法院判决：借款人拒不履行被判刑。我们已经查到你老婆在哪上班，孩子在哪个学校读书，明天去学校门口等着接孩子。",
            "普法宣传：恶意拖欠被判刑不是吓唬人。李四，今天下午六点是最后期限，过了这个点，你们单位领导、同事人手一份你的欠款通知书。",
            "警方通报：一男子借款不还被判刑。兄弟，给你最后一次机会，今晚12点前没钱，我们就把你那些照片发到你公司群里，让你在单位社死。",
            "典型案例：借款人拒不还款获刑。我们外访组明天到你家，你爸妈年纪大了，到时候吓出个好歹别怪我们没提醒。",
            "网友说他有内部渠道带我炒币，我已经充了5万，现在说要交保证金才能提现，是骗局吗？要不要拉黑他？",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "你爸妈我都认识，从小看着你长大的，有空回村里来坐坐。",
            "哈哈你这张照片要是发群里能让你在单位社死一整年",
            "公司财务系统升级，会计让我填银行卡号和开户行，下个月工资打新卡。",
            "打印机售后客服让我下个向日葵，远程帮我装驱动，装好了挺快的。",
            "银行客服视频指导我开通了手机银行，挺方便的。",
            "装宽带的技术人员让我下个向日葵，他远程帮我设置路由器。",
            "我们单位系统升级，主任让我下个飞书，以后用飞书审批。",
            "中国银行的客服远程指导我操作开通了手机银行的转账功能，第一次用还有点紧张。",
            "系统显示我考试通过了，老师让我下个会议软件参加线上答辩。",
            "客服说退款多退了我300，让我退回给他们，我说我去官方APP看一下，他就不说话了。",
            "有个理赔客服说我的快递丢了，让我下个飞书，我让他找快递员直接联系我，他就没声了。",
            "客服说我会员要扣费，让我往一个账户转钱取消，我压根不信这套。",
            "客服说操作失误把我设成了代理商，每月扣费，让我下个会议软件取消，我把号码举报了。",
            "单位工会会员福利，工会主席让我填银行卡号，过节费直接打卡。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestBatch45FriendsCardsRefundsAndLinks:
    """Batch 45's scams with little evidence (nineteenth session): a friend whose own card is "limited", a fee to a teacher's
    own card, a refund "paid into your 备用金" with the extra to send back, a donation that returns more than was given, a
    person typing a card into a text's link; and the warnings that tell of a chat with no id added by someone else."""

    @pytest.mark.parametrize(
        "text",
        [
            "我卡今天被限额了，你先打这个卡吧 6222 **** **** 0931，明天还你",
            "我的支付宝被冻结了，你转这个账户吧，户名写我表哥的",
            "6217 **** **** 3308 王**，我同事的卡，你先转过去",
            "转这个支付宝吧，138****7724，写我表弟名字就行",
            "妈，资料费要交860，你直接转给班主任吧，这是班主任的卡号6228****1960",
            "您好我是京东售后，上次给您退款时系统退到您的备用金里了，多了800元，您需要把多的退回来，不然每月有利息",
            "今天配捐活动，捐款100返188，捐500返980，截图找群主领",
            "收到短信说医保卡异常，附了个链接，我点进去了，输了身份证号和银行卡号，现在让我填验证码，要填吗",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "充值100元返20元话费，详询10086",
            "对方说我的备用金要退款，让我先把多出来的差价转回去，我一听就想起新闻了，直接挂了",
            "收到短信说ETC要认证，附了个链接，我没点，直接在官方app里查了，没事",
            "全国学生资助管理中心预警：这是典型的“注销校园贷”骗局。受害人小李毕业三年，对方说出他的注册时间，让他加“注销专员”QQ并借款转出。任何人让你“借款再注销”都是诈骗。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestBatch46LinksAndOtherScams:
    """Batch 46 (nineteenth session): a service's pretext through a link no institution owns (an ETC card "expired", a ticket "to
    be signed for", a licence's points "full", data turned into cash), a share issue "certain to win", a debt-clearing "policy",
    a person typing a card into a page a link led to, compensation to a card whose number the caller asks for, a refund through
    the person's own payment code or credit line, "your" head asking for money or secrecy, a request put as "能不能……"; and
    the warnings and news items that tell of these."""

    @pytest.mark.parametrize(
        "text",
        [
            "【高速服务】您的ETC认证已失效，请尽快重新认证：etc-rz.top/a1",
            "您有一张交通违法电子罚单未签收，请点击 wfcl-122.vip 签收",
            "您的驾照扣分已满12分，请缴纳学习费后在线学习：jz-xx.cc",
            "您本月流量即将清零，可兑换成现金红包，点击 llhb.top 领取",
            "【某证券】恭喜获得新股内部配售名额，中签率100%，登录 zq-px.cc 认购",
            "国家清债政策开始登记，可减免本息，入口 qzdj.vip",
            "刚才点开短信里的链接，要填信用卡号和背面三位，我已经填了，下一步要验证码，怎么办",
            "您好，您的航班取消了，我们给您三百元赔偿，您的银行卡号是多少我给您打过去",
            "亲，理赔走特殊通道，请打开微信收付款截图给我",
            "您好，您的退款我们通过借呗通道给您打款，请先打开借呗看一下额度",
            "我是你们王局，这是我私人号，有个事你先别跟别人说，明天来我办公室",
            "我QQ被盗了，用这个号跟你说，能不能先帮我给医院转3000",
            "招聘:居家做手工穿珠，公司包回收，先交材料押金300元，月入四千",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【中国移动】您本月剩余流量将于月底清零，可登录中国移动App查询",
            "我是你们班主任，这是我的新号，请家长们存一下",
            "二叔，那种说ETC要认证的短信千万别点，点进去输了卡号验证码卡里的钱就没了，有问题打官方电话",
            "北京商报：五部门提示，不法“代理维权”转到直播间，“征信洗白”是最新陷阱，消费者应通过正规渠道维权。",
            "法治日报：一名股民被“股评师”拉进炒股群，群里全是演员，涉案70余万元。警方提醒，所谓内部消息都是诱饵。",
            "[大姨]：转发：社区民警提醒，近期冒充客服说会员自动扣费的诈骗很多，客服让你下载会议软件、共享屏幕的一律挂掉。",
            "爸，基金我是在银行App里买的，那个炒股群你别再听了，老师和学员都可能是托",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheReviewOfTheNineteenthSession:
    """What the blind review of batch 45's and 46's patterns found them raising (/tmp/review19a: 46 probes worse than old)."""

    @pytest.mark.parametrize(
        "text",
        [
            "房产证最后写我老婆名字了，贷款也办完了",
            "快递收件人写我表哥名字，他帮我代收",
            "这是班主任的微信账号，请各位家长添加，备注孩子姓名",
            "这是校长的卡，刚在食堂捡到的，交给保安室了",
            "我的卡被冻结了，工资别打这张卡了，我明天去银行问问",
            "我的银行卡锁了，打这个卡的钱都取不出来，明天得去柜台解锁",
            "【支付宝】您的备用金已还清，多出的50元将原路退回至您的余额，无需操作。",
            "我微信被封了，用这个号跟你说一声，房租我已经让我老婆给房东转了，你不用管",
            "我妈差点被骗，对方说她微信被封了，用新号让她帮忙给医院转钱，我让她先打电话给我表姐本人，果然是假的。",
            "游戏厅活动：投币20元得22个币，会员更优惠",
            "体育课考试投篮10个得20分，我们班平均分挺高的",
            "每捐50元得50个公益积分，积分可以在小程序里兑换证书",
            "扫了共享单车的码，要绑银行卡吗？我用微信支付分不行吗",
            "点开淘宝付款的时候要输支付密码，我忘了怎么办",
            "连上Wi-Fi点进去要输密码，密码贴在前台吗？",
            "培训班退费的话，你把银行卡号发我，财务这周给你打过去。",
            "高温补贴这个月发，工资卡号有变化的同事把卡号发我一下",
            "你打开微信收付款，点二维码收款，截图发我，我扫码给你转饭钱",
            "你把花呗账单截图发我，这个月我帮你还",
            "【国泰君安】新股申购提醒：今日可申购XX科技，申购不保证中签，投资需谨慎，详询95521。",
            "新股上市首日，公司内部员工通过资管计划参与了战略配售，锁定期12个月",
            "我打新三年都没中过，哪有什么必中签的办法",
            "我是你们班主任李老师，明天春游的通知请帮我转告家长，谢谢",
            "我是你们主任，明天上午九点开会，帮我转告一下没进群的同事",
            "银行能不能让人把钱转到安全账户？我觉得不可能吧",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "最近冒充我们的诈骗很多，咱们这边是免费的，您打开腾讯会议开一下屏幕共享，我帮您把扣费关掉",
            "别的群里老师都是托，我们的服务是免费的，跟着今日统一指令全仓买入就行",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestTheSecondReviewOfTheNineteenthSession:
    """What a second blind review of the session's analyser found it raising (/tmp/review19b: 23 genuine probes worse than old)."""

    @pytest.mark.parametrize(
        "text",
        [
            "我银行卡今天限额了，你转这张卡吧，是我另一张工资卡，尾号3321。",
            "我卡限额了，你打这个卡也没用，明天再说吧。",
            "我卡今天被限额了，转这张卡的话明天才能到，不急。",
            "哥，我微信被限额了，你转这个支付宝吧，就是我手机号。",
            "我的卡被冻结了，你转这个账户吧，是我们公司对公账户，发票我开给你。",
            "我卡今天限额了，你打这个卡吧，我农行那张，卡号没变。",
            "工资打到6217****5521，我爱人的卡，上个月也是这张。",
            "这是老师的卡号6228****1960吗？我上次交班费好像转错了，你帮我看看。",
            "我是你们张总，年终奖已经发了，金额各自保密，别跟别人说。",
            "能不能告诉我验证码是干嘛用的？我总收到。",
            "能不能告诉我你的WiFi密码？我到你家楼下了。",
            "老婆，核对下这个月的账，你把微信收付款截图发我。",
            "煤气罐包回收，押金200元，换罐时抵扣。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我卡被限额了,你先帮我垫上,转这个卡,明天就还,别跟我妈说",
            "我是你们刘局，这个号是我私人号，有个事情需要你帮忙，先别跟别人说。",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestTheTwentiethSessionsFeesAndRetoldScams:
    """Scams batches 45 and 46 still rated low, told in other words: a sum to "unfreeze", tax before a prize, money that "cannot
    be taken out", a score raised by paying, savings moved to be "checked", every card told to a caller, credit lines borrowed
    out, a card's expiry and back digits typed in, a "delayed" transfer to advance, a ticket's name "not matching"."""

    @pytest.mark.parametrize(
        "text",
        [
            "客服说提现失败，要再交3000元才能解冻",
            "中了二等奖，对方说要先交20%的个人所得税才能领奖",
            "对方说账户赚了20万，但是要先缴15%的所得税才能提现",
            "客服说要把余额转到数字人民币钱包做一下核验，核验完原路返回",
            "他说是公安局的，要我报名下所有银行卡的余额再转到安全核查账户",
            "客服视频教我开了免密支付，又让我刷了脸",
            "会员期满后将自动扣款3980元，如需取消请拨打客服400-***-1122",
            "我手机账户不方便，先把钱转给你，你再帮我转给这个人",
            "转账截图发你了，显示延迟到账，你先帮我转给对方，晚上还你",
            "需要扫码激活退款通道，才能把钱退给您",
            "您好，您的机票姓名与身份证信息不符，需办理姓名变更，请联系 400-***-3316，否则无法登机。",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "您的信用分不足，需充值1500元提升信用分后放款",
            "我出车祸了，手术费还差6000，你先转我一下好吗",
            "老朋友，我家里出事急用3000，能先借我吗，转微信就行",
            "社保局的人说要帮我转接公安的王警官做笔录",
        ],
    )
    def test_the_scam_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我把信用卡额度全部套出来了，现在还不上，怎么办",
            "钱给你转了，你先付一下房租",
            "本次危废转移联单请于今日填写",
            "报名下周一开始，请准时打卡",
            "房产过户需先缴纳税费才能办理",
            "根据生效判决，被执行人应如实申报名下所有银行卡及存款",
            "提现失败，请核对银行卡信息后重试",
            "积分不足，无法兑换该商品",
            "公安机关不会帮您连线检察院，接到此类电话请挂断",
            "【携程】您预订的机票乘机人姓名有误，请登录携程APP修改。",
        ],
    )
    def test_the_genuine_text_stays_low(self, text):
        assert analyze(text).risk == "low"


class TestBatch47CollectionTexts:
    """Batch 47 (collection texts, tests/data/TUNE47.md) in other words: a fake agency's, law firm's or arbitration's fee to settle
    or withdraw, a collector's own account or code, a "private channel" to write a debt off, a 保全账户, money to the clerk, a
    record "taken off" the credit report, a "fraud list", a meeting app installed at a caller's word; and the genuine texts and
    warnings those words must leave."""

    @pytest.mark.parametrize(
        "text",
        [
            "协商成功后再交1万协商费，前期评估费3000先付",
            "今天缴纳和解金8000元即可撤销仲裁申请",
            "给你走个内部渠道，转我3000，剩下的我这边内部核销",
            "为保障资金安全，请将余额转入保全账户",
            "他们说能把我从征信上撤下来，要先付2000",
            "你已被列入诈骗人员名单，请尽快联系处理",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我们已成功和解，和解金已由银行按协议发放到您本人账户。",
            "老师让我装腾讯会议上网课",
            "客服让我装个会议软件，我没理",
            "我把信用卡额度全部套出来了还债，现在更还不上了",
            "转发：凡自称客服要求注销账户的均为诈骗，请挂断后拨打96110。",
        ],
    )
    def test_the_genuine_text_stays_low(self, text):
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "大学生小王接到自称客服的电话，被要求开启屏幕共享，卡内余额被全部转走。警方提醒不要共享屏幕。",
            "大连博士生共享屏幕被骗1.26万元。",
        ],
    )
    def test_a_case_or_a_regulators_warning_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheReviewOfTheTwentiethSession:
    """What a blind review of the session's analyser found (/tmp/review20a: 56 of its probes right in the old tree, wrong in the
    version it read): genuine texts in the new patterns' words, and scams that opened with a warning's line."""

    @pytest.mark.parametrize(
        "text",
        [
            "公司年审，财务把资金转入基本户进行审核，下周出报告。",
            "欠款的事我不催你了，方便的时候还到我给你的支付宝就行。",
            "法院已受理诉讼保全申请，财产保全账户已依法冻结，请被申请人知悉。",
            "XX律师事务所咨询费300元，到所后前台扫码支付即可。",
            "减免政策说明：申请通过后可在官方APP扫码还款，不收任何手续费。",
            "个人所得税已于今日转入人民银行国库账户，完税证明可在APP查看。",
            "你先把借呗额度借出来还信用卡吗？我觉得不划算。",
            "我妈让我把信用卡额度全部提出来还房贷，我觉得不对，先问问大家。",
            "异议申请成功后，错误的逾期记录会从征信上撤下来，这个是免费的。",
            "我打了110，接警员帮我转接了辖区派出所的民警，做了笔录。",
            "感谢您的举报，该号码已被列入诈骗名单并进行拦截。",
            "儿子周末视频教我设置了手机的人脸解锁，现在方便多了。",
            "我给爸妈都装了华为畅连，以后视频通话方便。",
            "公司系统升级，领导让我装一个叫飞书会议的软件开周会，怎么注册？",
            "办理低保要如实报名下所有银行卡的余额，社区工作人员会上门核查。",
            "我去报案的时候，警察让我报一下所有银行卡的流水，方便追赃。",
            "单位预缴的个税会在发年终奖金时一起扣掉，不用自己去交。",
            "【中国移动】您的积分不足，无法兑换该商品，充值50元可获赠积分。",
            "商户须先在后台开通退款通道，才能给顾客原路退款。",
            "判决书：本案评估费3000元由被告承担。",
            "【XX仲裁委员会】请申请人于七日内缴纳仲裁费，逾期视为撤回申请。",
            "银行贵宾活动：新客入金5万即可参加抽奖，活动详情以手机银行为准。",
            "华泰证券投资者教育交流群，新人请先下载涨乐财富通官方APP认证。",
            "工资还没到账，你先帮我垫一下房租，下周一还你。",
            "哥，爸住院了，押金还差3000，你先转我一下，我在缴费窗口。",
            "车祸住院押金可以转到医院收费处的对公账户，也可以现场刷卡。",
            "演出公司与演员签约后需先付预付款5000元，合同盖章后生效。",
            "骑手新人完成3单才能返奖励，平台规则写着呢。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "反诈提示：此类诈骗均为冒充。如果您名下银行卡涉嫌洗钱，一旦不出庭将被判刑，届时名下资产全部冻结。",
            "男子接到冒充客服电话，卡内余额被全部转走。如果您也开通了百万保障，一旦未关闭每月将扣费2000元，不关闭将影响征信。",
            "【XX法务】李先生接到本部通知后拒不还款，反被法院判决强制执行。如果您今日未结清欠款，一旦立案将冻结名下所有银行卡并列入失信名单。",
            "金融监管总局消保局：近期有不法分子冒充客服。持有京东白条的学生用户必须注销白条，不注销将影响征信，今日为最后期限。",
            "消保局提示：谨防诱骗。学生账户存在问题的用户，务必在今日内注销微粒贷，不注销影响征信。",
            "男子收到法院传票后拒不处理，反被强制执行。涉嫌洗钱的账户持有人不出庭将被判刑，今日为最后期限。",
            "女子看到本通知后未处理，存款被全部转走。持卡人须将余额转到安全账户做一下核验。",
            "【京东金融】冒充客服的均为诈骗，请勿相信。如果您的学生账户不注销，一旦过了今天将影响征信，届时无法贷款。",
        ],
    )
    def test_a_scam_opening_with_a_warning_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestTheSpamOfThePublishedDatasets:
    """Real messages of the published datasets (external tuning sets 14, 21, 29 and 30) still rated low: a casino's and Mark
    Six's slang, part-time lures, another's calls read, photos "left" behind a link, a flash sale through a link the carrier does
    not own; in other words, beside the genuine texts that share them."""

    @pytest.mark.parametrize(
        "text",
        [
            "今期必中，三更五点九出场，特码一珠早注定",
            "急招网赚新手，日赚五百，加微信了解",
            "恭喜获得iphone15秒杀资格，等你来拿 k3g.cc/x",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    def test_an_offer_to_read_anothers_texts_is_not_low(self):
        assert analyze("想获取别人的手机通话和短信内容吗？找李经理").risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("特码尺码齐全，欢迎选购", None),
            ("我的简历已经被录取了，下周一入职", None),
            ("老公想看我手机的聊天记录，怎么办", None),
            ("恭喜您获得本期抽奖资格，请在中国移动APP内参与", "10086"),
            ("有人找你做网赚一律拒绝", None),
            ("一部手机就能操作的手机银行，请在官方应用商店下载", None),
            ("想了解对方是否成功接收短信，可发送KTHZ至10086开通短信回执业务", "10086"),
        ],
    )
    def test_the_genuine_text_stays_low(self, text, sender):
        assert analyze(text, sender).risk == "low"


class TestTheSecondReviewOfTheTwentiethSession:
    """What a second blind review found in the version the first review had mended (/tmp/review20b: 48 genuine probes raised to
    high, 15 scams lowered): a pattern whose gap ran over "不要着急" denied its whole rule and hid the older fee pattern's hit;
    everyday transfers "verified", bills paid by code, calm refusals, a checkout's card digits, meeting apps any boss asks for,
    every card declared to a spouse or a lawyer, family advancing rent; scams opening with a disclaimer and a condition."""

    @pytest.mark.parametrize(
        "text",
        [
            "我把微信零钱余额转到银行卡，需要进行人脸验证，正常吗？",
            "【XX银行】您本期信用卡应还金额3,256元，可通过手机银行扫码还款或自动还款，如已还款请忽略。",
            "对方说是法院书记员，让我把钱转给书记员，我没转，打12368一问法院根本没这人。",
            "银行客服说错误的逾期记录可以从征信上撤下来，这个是免费的，不收任何手续费，自己提异议就行。",
            "主管让我装一个叫腾讯会议的软件，下午开会用，接下来要怎么登录？",
            "老婆让我把所有银行卡的余额报给她，她要记账。",
            "在亚马逊海外购结账要填信用卡号、有效期和背面三位数，这是正常的吧？",
            "医保卡欠费被停了，补缴300元后第二天就解冻了。",
            "工资给你转了，银行说24小时内到账，你先用自己的钱付下房租，到账就平了。",
            "本次危废转移联单任务请今日完成填报。",
            "银行活动：机构专场理财沙龙，入金5万即可参加抽奖。",
            "反诈提醒：公检法不会让您下载软件，无须下载任何会议App，如已下载请立即关闭屏幕共享，不要转账。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "提现失败，不要着急，需缴纳3000元保证金即可解冻到账",
            "你名下的存款要转入国家安全账户，不要声张，进行清查后原路返回。",
            "冒充客服诱导您共享屏幕的均为诈骗，请勿轻信。假如您的白条不关闭将影响征信，别理陌生来电，京东金融专员今日来电指导关闭。",
            "【京东金融】冒充京东客服的均为诈骗，请勿轻信。如果您的学生账户不注销将影响征信，别理陌生来电，官方专员将联系您办理注销。",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestTheThirdReviewOfTheTwentiethSession:
    """What a third blind review found in the version two reviews had mended (/tmp/review20c: 61 genuine probes raised to high, 7
    scams lowered): papers passed to a judge, a court's preservation account, every card declared, settlements, refunds a seller
    activates, meeting apps, credit lines, 以小博大, photos on a cloud drive, warnings quoting the scammer, relatives' stories still
    under way read as news, a scammer's "其他电话均为诈骗"."""

    @pytest.mark.parametrize(
        "text",
        [
            "我的案子已经转给承办法官了，下周开庭。",
            "法院执行局把被执行人的存款转入保全账户，冻结期一年。",
            "离婚协议要列出所有银行卡的余额，然后转账分割。",
            "银行说可以协商还款，不收协商费。",
            "双方签了和解协议，对方今天交和解金2万，我们撤诉。",
            "卖家后台怎么激活退款通道？",
            "公司让大家装迈聆，明天评审用。",
            "老板让我把项目账户额度全部提出来转到供应商。",
            "以小博大是投资里常说的话，别太当真。",
            "聚会照片都上传到这里了 pan.baidu.com/s/1abc",
            "骗子会说：你的校园贷账户务必今天注销。这是诈骗。直接挂断。",
            "防骗须知：骗子会让你下载会议软件，千万不要下载，直接挂断。",
            "中了彩票5000块，要先交20%的税，领奖时直接扣，到手4000。",
            "老朋友急需用钱，我借了他2000，他说下周还我，转给我微信。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "信用分不足，不要慌，先缴纳解冻金3000元即可放款",
            "大学生收到注销校园贷电话，被骗了5000，对方又让他下载腾讯会议共享屏幕继续操作，他已经下载了",
            "客服说别的电话均为诈骗，让我不要相信，然后让我下载腾讯会议共享屏幕，我已经下载了。",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestTheFourthReviewOfTheTwentiethSession:
    """What a fourth blind review found (/tmp/review20d: 17 genuine probes raised to high, 8 scams lowered): a gap or a trigger
    holding 不能 or 不得 denied the whole fee rule; a lender's own repayment account, a court's preservation account, a limit set on
    video, a real job offer, questions about a lure, the Jockey Club's news, a police case told in the past, a scam's demand to
    repay that no verb in _ASKED knew."""

    @pytest.mark.parametrize(
        "text",
        [
            "提现失败，不能到账，需要交3000元手续费才能出款。",
            "提现失败，您的账户不能提现，请先缴纳保证金5000元。",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【XX消费金融】逾期款项请还到我们提供的对公还款账户，切勿转给个人。",
            "执行通知：被执行人账户余额已划转至法院保全账户。",
            "客服远程指导我设置了免密支付的限额，每笔不超过200元。",
            "您的简历已被录用，请于周一到公司人事部报到。",
            "朋友推荐了一个网赚项目，说一部手机就能赚钱，靠谱吗？",
            "香港马会资料显示，本季赛马投注额上升。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    def test_a_scams_demand_to_repay_to_an_account_is_asked(self):
        assert analyze("男子逾期不还被判刑。逾期用户请今日内还款到以下账户：6222 **** 1234").risk == "high"


class TestTheRecoveryOffer:
    """A "second fraud": someone other than the police offers to get lost money back for a fee first (recovery_offer). The
    police's own news of money returned, and warnings about the trick, stay as they were."""

    @pytest.mark.parametrize(
        "text",
        [
            "男子接到电话后被骗5万元，我们是专业追回团队，可帮您追回被骗资金，先交2000手续费。",
            "網絡安全及科技罪案調查科通知:閣下早前被騙款項已追回,請先繳付10%手續費至指定戶口以便發還。",
            "我是研究生，之前被骗了5000，现在有个律师说交3000律师费就能追回，我已经交了，还要交吗？",
            "黑客技术帮你找回被骗的资金，成功率99%，定金500",
        ],
    )
    def test_the_offer_is_high(self, text):
        result = analyze(text)
        assert result.risk == "high"
        assert "recovery_offer" in {flag.code for flag in result.flags}

    @pytest.mark.parametrize(
        "text",
        [
            "熊阿姨您好，追回的28万已经办好手续，明天上午9点我们陪您去银行存回您自己的账户。",
            "劳动监察大队说包工头已被约谈，追回后直接打到我本人银行卡，不收任何费用。",
            "警方提醒：声称可以帮您追回被骗资金、要求先交手续费的，都是二次诈骗。",
            "凡是自称能追回被骗资金并要求缴纳保证金的，均为诈骗。",
        ],
    )
    def test_the_news_and_the_warning_are_not_flagged(self, text):
        assert "recovery_offer" not in {flag.code for flag in analyze(text).flags}


class TestBatch48ShortSms:
    """Batch 48 (short SMS as datasets publish them): sextortion, a form's card-and-password fields, an order-brushing task to pay
    into; and the news and family warnings that tell of such a scam without asking anything."""

    @pytest.mark.parametrize(
        "text",
        [
            "你的视频我录下来了,你家人同事客户的电话都在这,马上转3万过来,不然全发出去",
            "不雅视频已录,转2600,否则发你亲友",
            "刚才的视频已经录好了,不想让你亲友看到就打钱过来,删视频要5000",
            "[截图] 移动掌上营业厅 积分兑现 | 可用积分12600 可兑126.00元 | 请填写:姓名 开户行 卡号 取款密码 身份证号",
            "你裸聊截图和通讯录都在我这,还有你短信记录,不转钱就群发",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        ["你还差5单才能提现,这单需要充2000,充完连本带佣金一次返给你", "这个是连续单,需要刷满3次4899才能一起返款"],
    )
    def test_the_task_to_pay_into_is_flagged(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "金山一男子裸聊10秒后被索要8800元,求助社区协管员后未转账。",
            "遇到以不雅视频要挟转账的,切勿转账,立即报警。",
            "请妥善保管卡号、密码,切勿告知他人。",
            "刚也有人打给我说微信百万保障要扣800一个月,我说那我打110问问,对面立马挂了",
            "扬州8月以来已有178位市民因“关闭百万保障”被骗。警方提醒:该功能为系统自动开启且完全免费,不会自动扣费。",
            "爸,你手机上那个百万保障不收钱的,谁打电话让你关都别理,也别下什么会议软件",
            "刘女士扫描一封名为“内部通知”的邮件里的“税务局二维码”,填写银行卡和验证码后被扣款2000元。警方提醒:退税只在官方APP办理。",
            "证监会提醒:以免费推荐“牛股”“涨停股”吸引投资者加群、再收取会员费的,是非法荐股,请勿轻信。",
            "我在开会,不方便接电话,生活费晚上转给你。",
        ],
    )
    def test_the_news_and_the_warning_are_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheReviewOfTheTwentyFirstSession:
    """What a blind review of batch 48's rules found (/tmp/review21a: 44 genuine probes raised to high, 4 scams lowered): a
    recording "转发" or "转给" someone, a photo "不然发到朋友圈不好看", "删除备份需要5分钟" read as sextortion; a debt, a tax or wages
    recovered and then paid, the police who can get money back, a collection firm, read as a recovery offer; a chairman's or a
    meeting's ordinary payment as a boss's fraud (those two patterns were dropped); "不是非法荐股" read as a warning; 百万保障 "不收钱"
    for three months excusing the fee that follows."""

    @pytest.mark.parametrize(
        "text",
        [
            "婚礼视频已经录好了，尾款转我微信就行，谢谢",
            "会议录屏已保存，稍后转发到群里，没参加的同事可以看",
            "照片记得修一下，不然发到朋友圈不好看",
            "手机照片太多，删除备份需要5分钟左右，耐心等一下",
            "男子裸聊10秒后被索要8800元，对方称不给钱就把视频发给他家人，警方提醒网络交友需谨慎",
            "公司通过诉讼追回欠款，对方已经支付了20万，剩下的下个月付清",
            "税务部门追回偷逃税款500万元，并要求该企业缴纳罚款100万元",
            "爸，派出所说能帮你追回被骗的养老钱，让你周一过去签字",
            "这家追款公司是正规催收机构，受银行委托，不会收你任何费用",
            "老板：财务小李，下午按合同把供应商的货款付给华强公司，走OA审批",
            "我在开会，下午把定金转账给装修公司，先保密，给你爸一个惊喜",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "本平台稳赚不赔，日收益8%，正规持牌，不是非法荐股",
            "您好，我是微信支付客服，您开通的百万保障前三个月不收钱的，现在到期每月扣800元，需要帮您关闭",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestBatch48LuresAndTips:
    """Batch 48's short lures beside a link no one owns (an ETC card disabled, a bonus for forwarding to groups, a lottery prize
    not collected), and stock tips paid by a membership's share of the gains or with losses "made up"; a carrier's own top-up
    offer, couriers' and shops' own notices, partners sharing a shop's profit and a broker's compensation are not (a blind review,
    /tmp/review21b, found 47 genuine texts raised by the first version: its parcel and top-up lures were dropped)."""

    @pytest.mark.parametrize(
        "text",
        [
            "【交管ETC】您的电子IC卡处于禁用状态,请点击 ic-etc.vip 解除",
            "【转发3个群领200话费】运营商周年庆回馈老用户,点击 hf-lq.top 立即领取!",
            "【彩票中心】您有一笔未领取的彩票奖金,请登录 cpzx-lj.top 提供身份证及银行卡完成兑奖。",
            "王先生,连续两天推荐都涨了吧,现在开通会员3000元,后面推荐按盈利50%分成",
            "你好,有股票推荐,账户你自己操作,盈利五五分成,亏损我们补",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            (
                "登录江西电信网上营业厅 jx.189.cn 使用支付宝、银行卡充话费，单笔满100元送3-5元。回复202可查看充200元送50元优惠。",
                "10001",
            ),
            ("您的快递已到驿站，取件码 3-2-1108，请凭码领取。", None),
            ("合伙开店，盈利五五分成，亏了一起扛。", None),
            ("因我司交易系统故障，您的股票委托未成交，造成的亏损公司承担，详询95597。", "95597"),
            ("合买的那只股票卖了，收益五五分成，我已经把你那份转你了", None),
            ("【丰巢】您的快递已存入丰巢柜，取件码123456，超时未领取将收费，详情 fcbox.com", None),
            ("【瑞幸】充值100只要80，会员专享，lkcoffee.com", None),
            ("我用Sketch做的旧图标禁用了，新版在 sketch-share.cc", None),
        ],
    )
    def test_the_genuine_text_is_not_high(self, text, sender):
        assert analyze(text, sender).risk != "high"


class TestBatch49PhishingLinks:
    """Batch 49 (phishing links as they arrive): the suo.im shortener is a link; a host drawn with a Cyrillic or Greek letter
    ("іcbc-bank.com.cn…", "jf-1008б.cc") is read and marked a look-alike, as a punycode host is; news of a victim's loss told with
    what came of it ("资金随即被转走", "钱被转光", "被扣2万元") is a case report. Russian text with a link stays as it was."""

    @pytest.mark.parametrize(
        "text",
        ["积分兑换最后一天,戳 suo.im/5Hx2aB", "这是你吗?照片都传开了 suo.im/8Qd2Lz"],
    )
    def test_the_shortener_is_a_link(self, text):
        result = analyze(text)
        assert result.has("shortener") and result.risk == "high"

    def test_a_host_drawn_with_a_cyrillic_letter_is_a_look_alike(self):
        text = "【清零提示】尊敬的机主,您账户积分426800分将于本月底清零,可抵4268元,请速进 jf-1008б.cc 兑换,过期作废。"
        result = analyze(text)
        assert result.has("punycode") and result.risk == "high"
        assert analyze("网银登录入口 іcbc-bank.com.cn.ebk8.top").has("punycode")

    def test_cyrillic_words_and_latin_links_are_left_alone(self):
        result = analyze("Привет, как дела? www.example.ru")
        assert not result.has("punycode")

    @pytest.mark.parametrize(
        "text",
        [
            "余姚一企业会计按“U盾过期”短信登录钓鱼网站升级,公司账户资金随即被转走。警方提醒U盾升级需到网点办理",
            "杭州赵女士收到“我是你老公女朋友,这里有照片”的短信,点开链接后中了“相册木马”,几张储蓄卡里的钱被转光。",
            "王某收到冒充银行的“积分满可兑2000元现金”短信,按网站提示输入手机号和动态验证码后,卡内被转走2万元。",
        ],
    )
    def test_a_victims_story_told_with_its_loss_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestTheReviewOfBatch49sLinks:
    """What a blind review of batch 49's look-alike reading found (/tmp/review21c: 14 scams lowered): an exact official address
    drawn with a Cyrillic or Greek letter ("аlipay.com", "www.іcbc.com.cn") read as the institution's own site; Russian after a
    full stop read as a link ("Привет.Со мной" as t.co); a bank's story of a victim that then orders every customer to reply or
    move money read as a case report."""

    @pytest.mark.parametrize(
        "text",
        [
            "【支付宝】您的账户异常已冻结,请登录 http://аlipay.com/verify 解冻",
            "【工商银行】您的账户已冻结,请登录 www.іcbc.com.cn/verify 解冻。",
            "【交管12123】您有违章未处理,请缴费 https://gab.122.gоv.cn/pay",
            "【中国银行】孙女士收到短信后资金被转走。本行要求所有客户回复身份证号和卡号进行登记。",
        ],
    )
    def test_the_scam_is_high(self, text):
        result = analyze(text)
        assert result.risk == "high" and not result.has("official_domain")

    @pytest.mark.parametrize("text", ["Привет.Со мной всё хорошо", "вк.сом", "Заказ ozon.ru/my/orders.Спасибо"])
    def test_russian_text_is_no_look_alike(self, text):
        assert not analyze(text).has("punycode")


class TestAFreshReadOfTheTwentyFirstSession:
    """What a fresh-eyes read of the session's change found: a wedding's recording and a sum, a discount (打8折) or seconds read
    as sextortion; a police recovery team; Cyrillic after a dot in a look-alike host read as nothing; 没有涉嫌非法集资 read as a
    warning; a letter's "请点击" or a threatened 将被扣款 read as someone else's story."""

    @pytest.mark.parametrize(
        "text",
        [
            "婚礼视频已经录好了，尾款转一下3000就行",
            "宝宝的视频录好了，照片给你打8折",
            "视频录好了吗？尾款打8000给你",
            "删视频要1200秒",
            "市公安局成立追回小组，为群众追回被骗资金300万元",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【工商银行】您的账户已冻结，请登录 icbc-vip.сом 解冻",
            "本平台日收益8%，稳赚不赔，没有涉嫌非法集资",
            "不想名誉扫地就花钱保平安,3分钟的视频已存好,转4000",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"


class TestMoneyAskedThroughACourtOrALender:
    """Collectors' and "courts'" texts that ask for money through a channel no lender or court uses (tuning batches 27, 40, 44, 45,
    47): a deadline before the sum ("请于3日内将和解款12600元汇入书记员代收账户"), a company's name between the account and its number,
    a code to scan to settle a debt or pay a court, a number or account written with letters for digits, a government's suffix
    inside someone else's host, the debt put in the paper for the family to see. And what is not: the person's own repayment
    account, a utility's bill paid by scanning, a warning that quotes the trick, a suffix at a host's end."""

    @pytest.mark.parametrize(
        "text",
        [
            "【XX区人民法院】刘*：你与XX银行信用卡纠纷一案已受理。如愿意庭外和解，请于3日内将和解款12600元汇入书记员代收账户 "
            "6222****0718（户名：孙*），逾期依法开庭。",
            "【招联金融】客户您好,因系统升级,原App还款通道暂停,请将本期应还 1,866.20 元转入我司对公账户:深圳市某某科技有限公司 "
            "4OOO 02l9 **** 6533 工商银行,备注身份证后四位。",
            "XX区人民法院执行局\n执行款缴纳通知\n被执行人:王**  执行标的:18,600元\n请扫描下方二维码缴纳执行款,缴纳后24小时内解除限制消费",
            "结清通知\n借款人:李** 欠款金额:18,420.00\n优惠结清价:9,800.00(限今日)\n请扫描下方二维码支付,备注身份证后四位",
            "【XX律所】关于您拖欠网贷一案,我所已受理,今日为最后调解日,减免后仅需还款1,860元,扫码支付:▢▢▢",
            "【分期乐】您的账户触发风控,额度即将冻结并上报征信,请在2小时内回拨客服 4 O O - 8 2 3 - l 6 6 O 解除",
            "您被起诉了，请查看起诉状 court-gov.cn.qsz.top",
            "看到没 再不处理明天就见报 你亲戚朋友都能看到",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "请于10日前将款项存入您的还款账户 6222****1234，以免逾期。",
            "【国家电网】您的电费已逾期，请通过网上国网App或扫码缴费。",
            "您的借款已逾期，请登录App还款，或扫码下载App还款。",
            "执行法官提醒:执行款只能缴入法院执行款专户,法院不会发送个人收款二维码。若您收到“扫码缴纳执行款”,请先拨打12368核实。",
            "你说那个“777888gov.cn”肯定不对,政府网站都是 xxx.gov.cn 结尾。",
            "我们的喜讯登报了，亲戚朋友都能看到",
            "hello12345 是我的新账号，300ml 的瓶子",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    def test_letters_for_digits_are_read_as_the_number(self):
        from triage.analysis.channels import find_channels

        (channel,) = find_channels("请回拨客服 4 o o - 8 2 3 - l 6 6 o 解除")
        assert channel.digits == "4008231660"
        assert channel.disguised
        assert find_channels("hello12 的瓶子 300ml") == []


class TestBatch50ArbitrationChildrenAndRefusals:
    """Batch 50: an "arbitration" that texts a debtor to call and settle, an ID's last digits asked back by text, a loan's
    "insurance" paid to release it, a child told to pay with a parent's phone, the anti-fraud centre's "staff"; and what is told,
    not pressed: a person's own account of a scam they saw through, a warning that says what no genuine body does."""

    @pytest.mark.parametrize(
        "text",
        [
            "【仲裁委員會】您所在公司涉及合同糾紛投訴,為應對爭議請致電400-6xx-0217,逾期視為放棄答辯。",
            "【征信中心】您的信用评分已下降,请回复身份证后六位核验,否则将限制贷款申请。",
            "【XX普惠】您的贷款已放款至对公账户,需缴纳首期保险费1200元激活到账,逾期未缴将产生违约金。",
            "主播助理:小朋友,免费皮肤要扫这个码领,用爸爸妈妈的微信扫,领完记得删聊天记录哦。",
            "【官方福利群】限定皮肤免费领!进群后按管理员提示扫码验证,验证需绑定家长支付账户,不收任何费用。",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    def test_the_arbitration_with_a_masked_landline_is_not_low(self):
        # (High at 30bb9b5 only through the wording model; retrained with batch 55's genuine notices of arbitration commissions and
        # notaries, its words weigh less, and the unofficial callback alone makes it medium: "check it yourself".)
        text = "【桂*仲裁委员会】案号(2026)桂仲字第0xx17号,申请人某消费金融公司与你方借款纠纷已受理,请尽快联系0773-3xxx651处理,逾期将缺席裁决。"
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【反诈预警】您近期与涉诈号码有通话记录,请回复1确认本人,否则将限制您名下银行卡交易。",
            "国家反诈中心工作人员:李女士,您家人之前被骗的钱现在可以返还了,先发一下您常用的银行卡号",
        ],
    )
    def test_the_scam_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【XX市劳动人事争议仲裁委员会】您申请的劳动争议仲裁已受理,请于3月5日携身份证到本委处理。",
            "【中国人寿】请缴纳首期保险费,保单次日生效。",
            "请家长用微信扫码进班级群",
            "游戏打完了，用你妈妈的手机给我打个电话",
            "今天有个“某宝客服”说我学生账户要转成人账户不然影响征信,让我加QQ下会议软件,我想起学校发的预警,直接挂了。",
            "有个“警察”打电话说我卡涉嫌洗钱,要我下会议软件共享屏幕,我说我去派出所当面配合,对方立马挂了。",
            "有人说要买我的号,发了个平台链接让我挂售,后来客服说我操作失误要交1000解冻,我直接关了,号还在我手上。",
            "假的!根本没有注销校园贷这回事,征信也不是别人能改的。别加他QQ,别借钱转账,把号码拉黑。",
            "近期多地出现“注销校园贷”新骗局,骗子能准确报出学生姓名。警方提醒:相关部门从未推出“注销校园贷”操作,个人征信无法人为修改。",
            "龙泉一女士点击短信链接申请贷款,被称账号填写错误导致冻结,添加“业务员”后多次转账解冻,损失6.5万元。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            # Still in it, or asking: no account of a scam seen through.
            "刚才视频里是我女儿在哭，说出车祸了急需五万手术费，让我转到医院一个收费员的账户，视频就十几秒说信号不好挂了。我转了两万了",
            "是个00开头的电话,说是淘宝代理商,以后每个月从账户扣500会员费,取消要通过银行转接,让我加他微信。这个是真的还是骗子",
        ],
    )
    def test_a_story_still_under_way_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestEarlierReviewsOnTheTwentySecondSession:
    """Earlier reviews' probes run on the session's change: a debt settled by scanning in the bank's own app, at its counter or by
    the court's own code read as a stranger's channel; a counsellor named as where to send card numbers read as the official one."""

    @pytest.mark.parametrize(
        "text",
        [
            "【XX银行】您的信用卡分期已结清，应还金额0元。如需办理其他业务，可在手机银行扫码还款或咨询95588。",
            "信用卡结清价谈下来了，银行说在网点柜台扫码支付就行，我明天去。",
            "我在法院调解，调解员说结清金额确定后可以通过法院的缴费二维码扫码缴纳，这靠谱吗？",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    def test_a_scam_dressed_as_a_schools_case_report_is_not_told_away(self):
        text = "某同学看到兼职广告被骗2000，学校现已追回赃款，需要被骗同学把银行卡号和验证码发给辅导员登记退款。"
        assert analyze(text).risk == "high"


class TestTheReviewOfTheTwentySecondSession:
    """What a blind review of the session's change found: bills paid by scanning (heating, hospitals, gyms, freight, a court's own
    fee) read as a stranger's channel; a person who hung up and then paid read as a scam seen through; 避免损失 as an outcome; a
    lost paper's 登报声明 as a threat; a child's canteen card and a platform's parental check as a child paying for a game."""

    @pytest.mark.parametrize(
        "text",
        [
            "【XX市人民医院】您在我院住院期间尚有欠款1230元未结清，请到收费处或扫描出院小结上的二维码缴费。",
            "【XX人民法院】您申请执行的案件，被执行人已履行，执行款可在移动微法院查询。如需缴纳申请执行费，请扫描本院缴费通知书二维码缴纳。",
            "【XX健身】会员卡欠款已逾期，本店前台可扫码结清，如有疑问请到店咨询。",
            "【XX物流】您的货物运费到付180元已逾期未结清，请收货时向司机扫码支付。",
            "【XX口腔诊所】您的种牙尾款逾期未结清，下次复诊时可在前台扫码支付，谢谢。",
            "【XX热力】您家供暖费已逾期，请扫码缴纳，以免影响供暖。",
            "我的毕业证丢了，如再不找到，将登报声明作废。",
            "请为孩子的食堂卡绑定家长的银行卡，方便充值。",
            "【腾讯成长守护】您的孩子在游戏中申请充值，需家长确认，请用爸爸妈妈的微信扫码进行人脸验证。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "客服说是百万保障要扣费，我就挂了，然后按他发的步骤在支付宝里借了两万转给他指定的对公账户。",
            "说我信用卡涉嫌洗钱，我没转，他又说交500保证金也行，我就把500转过去了。",
            "刘女士看到通知后及时办理，避免损失2万元。逾期未办理学生账户注销的将影响征信，请立即联系专员注销，今日为最后期限。",
        ],
    )
    def test_the_scam_stays_high(self, text):
        assert analyze(text).risk == "high"


class TestBatch50CreditRepairAndSharedRedPackets:
    """Batch 50: a "credit repair" an agent does for a fee or in a hurry, and a red packet paid once it is shared to N groups through a
    link no one owns; not the state's free 信用修复 of an administrative penalty."""

    @pytest.mark.parametrize(
        "text",
        [
            "【征信服务】一次性信用修复窗口月底关闭!您名下有2条逾期记录,可代理加急处理,今日办理980元,点击 zx-xiufu.top/q 登记",
            "【红包】恭喜发财!您获得328元现金红包,分享至3个群即可提现 hb-lq.top",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize("text", ["【信用中国】行政处罚信用修复可在网站免费申请，无需代理。", "分享到朋友圈集赞"])
    def test_the_genuine_text_is_low(self, text):
        assert analyze(text).risk == "low"


class TestBatch51TheLongTail:
    """Batch 51: a call-forwarding code to dial, gift cards' codes asked in English, a "fraud case" an officer keeps confidential,
    coins bought to move onto a group's platform; and a carrier's own notices of calls forwarded, whose number is not one to
    call."""

    @pytest.mark.parametrize(
        "text",
        [
            "您好,反诈中心回访需要,请您先拨打 **67*1390***2210# 设置一下,我们这边好联系您核实情况",
            "【信号检测】您所在区域基站升级,为保证通话,请拨打 **21*171****8806# 完成检测,检测后自动恢复",
            "【快递通知】您的包裹派送异常,请在拨号界面输入 **21*1706***4419# 后拨出,快递员将与您联系重新派送",
            "IRS Final Notice: you owe back taxes as an F-1 student. Buy $2,000 in gift cards and send the codes today to avoid arrest.",
            "群友都曬收益了你還在猶豫?老師說這個幣三天翻倍,先去交易所買U再轉到我們的平台,充值地址私信發你",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "This is Officer Wang from Shanghai PSB. Your passport was used in a fraud case. Keep this confidential and contact the prosecutor",
        ],
    )
    def test_the_scam_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text, sender",
        [
            ("设置无条件呼叫转移请拨**21*号码#，取消请拨##21#", "10086"),
            ("【中国移动】您的号码已设置无条件呼叫转移,来电将转至170****5516。如非本人操作,请拨打10086", "10086"),
        ],
    )
    def test_the_carriers_own_notice_is_low(self, text, sender):
        assert analyze(text, sender).risk == "low"


class TestTheSecondReviewOfTheTwentySecondSession:
    """A second blind review (22b): SKU商品, U盘, leverage in market news, a friend's payment address, a carrier's how-to for call
    forwarding, a shop's or a warning's gift cards, the free 信用修复, 户主 with no account, a missed-call exemption read off the
    whole message, a forwarding target a scam names; and a victim's story that ends in a warning."""

    @pytest.mark.parametrize(
        "text",
        [
            "【抖店】您的SKU商品已上架，请及时核对库存。",
            "帮我买个U盘，把照片转到我的电脑上",
            "杠杆资金跟着北向资金流入，两市成交额放大。",
            "设置无条件呼叫转移请拨**21*13800000000#，取消请拨##21#。",
            "Tesco: You can buy gift cards at any till and give the card numbers to family to spend online.",
            "If anyone asks you to buy gift cards and send the codes, it is a scam. Hang up.",
            "行政处罚信用修复需缴清罚款2000元，可在信用中国网站申请，不收取任何费用。",
            "请户主核对账号信息",
            "我表哥被人拉进群，说买U转到他们平台能翻倍，结果充了3万全没了，报警了，大家千万别信。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【京东金融】您的白条额度异常，请回电170****1234处理。本服务免费。",
            "请致电呼叫转移到17012345678的专员处理，否则将被冻结",
        ],
    )
    def test_the_scam_is_not_low(self, text):
        assert analyze(text).risk != "low"


class TestAFreshReadOfTheTwentySecondSession:
    """A fresh-eyes read of the session's change: a collector's "别以为是假的" read as the writer's own verdict, a victim who then
    installed the app read as a story seen through, a labour arbitration's own notice, a carrier's how-to, one's own wallet, a gift
    card sum with cents, a host with "gov" inside a word."""

    @pytest.mark.parametrize(
        "text",
        [
            "你欠款的事法院已立案，别以为是假的。",
            "我直接关了，后来又下载了他发的app开了共享屏幕",
            "Buy $2,000.00 in gift cards and send the codes today.",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text, sender",
        [
            ("【XX劳动人事争议仲裁院】请于3日内联系本院处理，逾期视为放弃答辩。", None),
            ("请拨**21*13800000000#即可完成设置", "10086"),
            ("买u转到我的钱包", None),
            ("详见 egovcn.org.cn 的说明", None),
        ],
    )
    def test_the_genuine_text_is_not_high(self, text, sender):
        assert analyze(text, sender).risk != "high"


class TestBatch52OneMessageOneAsk:
    """Batch 52 (one message, one ask): lures whose one evidence is a link on a cheap TLD no institution uses, a code asked back,
    a remote-control app to install, a staff member's own account, a fare "overcharged", a membership renewed unless closed, a
    top-up card's PIN, cash fetched at the door, documents or gifts sent cash on delivery; and the news and warnings that tell of
    them."""

    @pytest.mark.parametrize(
        "text",
        [
            "年终补贴3260元待领:njbt.top",
            "数字人民币平台发红包,速领:dcep-hb.cc",
            "【深圳交警】您绑定的粤B****于12月2日在深南大道变更车道,违法详情点击 szjj-wf.cc 查看",
            "【煤气公司】本期燃气费用逾期未交,请于12月12日前经 towngas-pay.cc 缴费",
            "积分10800可兑现108元,今日清零:jfhx.top",
            "Your parcel is on hold, pay the redelivery fee at sf-post.top",
            "我们给你开通了VIP会员,你手机刚收到一个验证码,发回给我确认一下就完成了",
            "系统显示你的手机号有验证码,请帮忙确认是否是你本人?把数字发给我就行",
            "您尾号0816的手机上月被误开通了付费会员,每月扣399,我这边帮您取消,您先装一下向日葵",
            "这里是供电局,您家欠费已经三个月,今天下午就要停电,现在把钱转到我们工作人员账户可以马上恢复",
            "【航空公司】您好,您的机票多收了费用280元,请拨打 400-8**-**39 办理退还,需提供银行卡授权",
            "【抖音支付】您的“百万保付”服务已到期,若不关闭将自动续订扣费,详询专属客服 400-6**-**19",
            "您好我是快递客服,您买的那件衣服运输中丢了,我们给您退款再额外赔偿,您下载一下这个APP,按我说的填",
            "爸,这是我现在的号,快停机了,帮我在街上买张充值卡把卡号密码发过来",
            "妈,我出事了,被派出所抓了,赶紧拿四万现金,一会儿我朋友上门来拿",
            "老高,我手机丢了换了号,家里出了急事,你先帮我汇三万到我家里人卡上",
            "这里是通讯管理局,你的身份证被冒用涉及300万诈骗案,现在给你转接广州越秀公安陈科长",
            "他们说能把我从征信上撤下来，要先付2000",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "您有一个货到付款快件(重要文件),运费及代收款39元,今日下午送达,请本人签收",
            "您好,商家赠送礼品两件已到,邮费需自付每件39元,送货上门请准备现金或扫码",
        ],
    )
    def test_it_is_medium(self, text):
        assert analyze(text).risk == "medium"

    @pytest.mark.parametrize(
        "text",
        [
            "我用Sketch做的旧图标禁用了，新版在 sketch-share.cc",
            "【机场无线】欢迎使用机场无线上网,您的验证码:8f2k。手机上网直接访问 http://jwf.cc/8f2k",
            "同事收到“198元话费券 xx.cc 领取”的短信,他注意到是个.cc网址,没点,后来在移动APP里查根本没这活动。",
            "【新闻】江西一车主收到“ETC需再次认证”短信后点击链接,输入银行卡号、密码和验证码,随即被扣款2万元。警方提醒:ETC无需二次认证。",
            "【台州】近期发生多起冒充客服以关停“百万保障”为名的诈骗,受害人被要求下载远程软件后资金被转走,最多一人被骗30万余元。",
            "有人说我在北京办的信用卡透支涉嫌洗钱,要把积蓄打到安全账户。我先打了派出所,民警说是典型诈骗,钱没动。",
            "我腿脚不方便，你帮我去超市买两张购物卡，卡号拍给我",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "您的到付件已到,代收98元,请及时签收",
            "最近没等什么文件,却来了印着“重要文件”的到付件?先在快递官方APP查发货地,不确定就拒收。",
            "验证码123456,切勿告诉他人。",
        ],
    )
    def test_the_genuine_text_is_low(self, text):
        assert analyze(text).risk == "low"

    def test_a_cheap_tld_is_named_as_the_reason(self):
        result = analyze("年终补贴3260元待领:njbt.top")
        assert result.has("abused_tld")


class TestBatch52sReview:
    """A blind review of batch 52's rules (/tmp/review23a): a cheap TLD made shops', clubs', schools' and friends' own sites high
    (by score beside a mobile sender, or by everyday words read as bait), warnings and refusals sent from a mobile stayed high, a
    colleague's remote-control app, a mother's top-up PIN, the 12345 hotline's transfer to the police and firms' own COD parcels
    were raised; and a courier's claim app, ToDesk and a gift card's PIN were still missed."""

    @pytest.mark.parametrize(
        "text, sender",
        [
            ("【小鹿咖啡】会员日全场8折，登录 xiaolu.shop 领取优惠券，退订回T", "1069012345"),
            ("Your order #4471 from Moonleaf Candles is out for delivery today. Track it at moonleaf.shop/track", "1069055555"),
            ("【机场免费WiFi】您的验证码为 3321，5分钟内有效，请在 wifi-air.cc 页面输入后登录上网。", "1069033333"),
            ("我博客更新了，写了篇去日本的游记 xiaowang.top 有空看看", "13912345678"),
            ("周六的羽毛球活动改到下午两点了，场地信息我放在 ymq.club 上了", "13912345678"),
            ("【健身工作室】您的会员卡将于6月30日到期，续卡请到前台办理，课程表见 fitgo.club", "1069077777"),
            ("群公告：本周读书会资料已上传，大家可以到 dushu.cc 下载", None),
            ("Reminder: the parking fine for the company van is paid. Receipts uploaded to ops.online/receipts", "13912345678"),
            ("大家注意：同事收到“198元话费券 xx.cc 领取”的短信，他注意到是个.cc网址，没点，大家别上当", "13912345678"),
            ("同事刚发我一个 etc-verify.cc 说要认证，我查了下是钓鱼网站，没点，钱没动。", "13912345678"),
            ("Mum, if you get a text saying pay your toll at ezpass-pay.xyz, it's a scam, ignore it.", "13912345678"),
            ("你电脑装一下向日葵，我远程帮你装打印机驱动，十分钟搞定", "13912345678"),
            ("儿子，帮我买两张话费充值卡，卡密拍给我，我给你奶奶充话费", "13912345678"),
            ("你的身份证被冒用涉及诈骗案的事，我已经陪你去派出所报案了，别担心", "13912345678"),
        ],
    )
    def test_the_genuine_text_is_not_high(self, text, sender):
        assert analyze(text, sender).risk != "high"

    @pytest.mark.parametrize(
        "text, sender",
        [
            ("【12345热线】您反映的噪音扰民问题已为您转接至公安部门处理，感谢您的反馈。", "12345"),
            ("您好，贵公司寄来的样品到付已签收，运费我们已付，谢谢。", None),
            ("李总，合同文件我用顺丰到付寄给你了，单号SF123456789，注意查收", None),
            ("我去公司楼下取了个快递，是老家亲戚寄的礼品，到付了20块", None),
        ],
    )
    def test_the_genuine_text_is_low(self, text, sender):
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "您好，我是快递客服，您的快递被我们弄丢了，理赔需要您下载一个理赔APP，链接发您。",
            "你下一个ToDesk，我远程帮你把钱退回来",
            "表哥,我在车上手机快没钱了,欠费充不进去,你去买张100的充值卡,把卡密发给我,急!",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"


class TestBatch53TheCollectionMessage:
    """Batch 53 (the collection message itself): debts "synced" to friends, papers "sent" to the employer, visits arranged, a
    collector's own account to write a debt off, repayment moved to a code while the app is "under maintenance", discounted
    settlement of every debt, guaranteed credit disputes; and the person's own debt talk, the rules and the news of collectors
    punished, which are no claim against the reader."""

    @pytest.mark.parametrize(
        "text",
        [
            "【**金融】您好,您的好友赵*亮欠款逾期,我司已将其欠款情况同步至其抖音及微信好友,如您与其熟识请劝其今日还款。",
            "【**仲裁服务】你的借款仲裁已受理,裁决书将同步送达你的工作单位人事部门,请于今日处理避免影响工作。",
            "阿姨,你女儿在我们平台的钱今天要是还不上,我们下周就安排人去你们家,你看你这么大年纪,何必呢。",
            "凌晨一点了还不回是吧,你这种人就该全家都知道你欠钱不还,明天让你在公司待不下去。",
            "已提交仲裁,明日出裁决,速回电。",
            "律师函已发出,24小时内处理。",
        ],
    )
    def test_the_threat_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我是负责你这个案子的专员,你的钱直接转我微信,我帮你在系统里销掉,比你在APP还省利息。",
            "我是银行合作的催收机构,你的卡今天必须处理,对公账户已经关闭,你走支付宝转给我们的结算员就行。",
            "【**借】APP系统升级暂停还款,为避免逾期,请关注公众号“**借还款中心”扫码还款,逾期产生的罚息不予减免。",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "4折化债,AMC官方合作,名额不多。",
            "征信异议申诉,百分百成功,不成功退款。",
        ],
    )
    def test_the_agency_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "法院审理一起“软暴力”催收案:催收人员通过微信向借款人发送带花圈的侮辱性图片和短信,并轰炸其通讯录,相关人员被以寻衅滋事罪追诉。法院提示,借款纠纷应依法解决。",
            "催收指引要点:晚22点至早8点不得催收;对同一号码每天主动拨打不超过6次;不得向无关第三人泄露债务或进行催收。",
            "哥,我现在每天只接几个催收电话,态度好的我就讲讲难处,语气冲的我就挂,不跟人吵。工资一发我先还最急的那家,你别替我操心。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我:爸,那个电话是我的借款平台,我逾期三天,今天已经还了",
            "防骗提示:收到陌生“催债”通知,先核实是否真有债务,向对方索取借款合同和债权证明;确认前不向陌生账户转账。",
            "【育才通】各位家長:本週五下午家長會,請準時到校,如有事請提前告知班主任。",
            "刚在你家楼下拍的,小区桂花开了,发你微信了,没发链接哈别担心。",
        ],
    )
    def test_the_genuine_text_is_low(self, text):
        assert analyze(text).risk == "low"

    def test_a_scams_own_warm_reminder_is_still_a_vague_debt(self):
        assert analyze("温馨提示:您的借款利率未符合新规,需关闭旧额度转入低息账户,系统已安排专员与您联系").risk != "low"


class TestTheTwentyThirdSessionsSecondReview:
    """A second blind review of the session's analyser (/tmp/review23b) and a fresh read: a vague debt pressed on the reader excused by a
    rule's word or a tip's heading, home visits and friends' words read as threats, friends settling up read as a collector's account,
    a lender's own notice of its official account, a collector's threat that mentions punished collectors, labour arbitration, policy
    news of "化解债务", clubs' refunds on cheap domains, English told-of words inside other words, a scam's own "如需拒收"."""

    @pytest.mark.parametrize(
        "text",
        [
            "你的欠款已严重逾期，今天必须处理，不得再拖，否则依法起诉，速回电。",
            "催收提醒：你的欠款已逾期，今日内处理，否则移交法务部门起诉。",
            "违规催收可投诉12378，但你的欠款已逾期，今天必须还款，否则起诉。",
            "告诉张三，他再不还钱，他单位领导和全村人都会知道。听说有催收人员被刑事拘留，那又怎样。",
            "Refund of 280 pending for this phishing-protected account: claim at tax-refund.top",
            "您有一份“合同文件”到付件，代收39元，如需拒收请联系派送员",
        ],
    )
    def test_the_pressure_is_not_low(self, text):
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【物业】明天上午安排人员到您家检查燃气管道，请家中留人。",
            "朋友都看到了你的获奖视频，太厉害了！",
            "生日快乐！全家都知道你今天最开心。",
            "下午我去你们单位找你，一起吃个饭。",
            "每天给你发一条早安，直到你烦我为止😄",
            "上次借的两千你还到我微信就行，咱俩就结清了哈。",
            "【XX消费金融】系统升级期间，可通过官方微信公众号还款，请勿向任何个人账户转账。",
            "公司拖欠工资可以申请劳动仲裁，具体可致电12333咨询处理。",
            "财政部：稳妥化解地方政府隐性债务风险",
            "读书会本周活动取消，已交的费用将退还，详见 dushu.club",
            "录取通知书将寄到你的班主任处，请及时领取。",
            "今天的会议纪要已同步给你的同事，请查收邮件。",
            "社会性死亡现场：今天开会把PPT投错了，哈哈哈。",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"


class TestBatches54And55:
    """Batch 54 (everyday-admin lures) and batch 55 (authority as the weapon): a cheap-TLD link that "cancels" a charge about to be
    taken, a court's blacklist to confirm on one; a fee paid first for what a stranger promises at once; a "police officer", a court
    or a social-security office asking the reader for the cards and what is on them. And not (the session's blind review,
    /tmp/review24a): shops', clubs', schools' and hospitals' own cheap-TLD sites with renewals, points, sign-ups and identity numbers,
    a hospital's 建档费, a club's 入会费, a place's 占位费, a court asking for a refund account through its official channels, a window
    clerk, a relative passing on what the police asked, what no one asked, a police reward paid "根据举报人提供的银行账号"."""

    @pytest.mark.parametrize(
        "text",
        [
            "【菜鸟驿站】您的账户已签订自动缴费协议,即将扣费9800元,如需取消请点击 cn-qxxy.cc",
            "您的短视频平台会员即将续费898元,不需要请点 spvip-gb.cc 关闭。",
            "【人民法院在线服务】你有一条失信被执行人公示待确认,请登录 rmfy-zxfw.cc 核对身份信息,确认无误后可申请撤销公示。",
            "[微信] 对方:我们是税务合作的退税绿色通道,走我们通道当天到,先交299元加急费,身份证和卡号发过来。",
            "[QQ] 新生资助老师:同学你好,你符合国家助学金提前发放条件,交50元手续费就能先领3000。",
            "市公安局-刑侦大队:你去把爸爸妈妈的银行卡拿来,拍正反面发给我,还有他们的身份证和手机号。",
            "您好,我是上海市网信办工作人员,您的手机号发布违法信息,需要停机处理。您先把身份证号报一下,我们协助您调查。",
            "这里是社保中心。您有一笔社保补贴金1,280元还没有领取,请您回复银行卡号,我们给您预约发放。",
        ],
    )
    def test_the_scam_is_high(self, text):
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【健身club】本月会员续费立减100元，详情见 fitgo.club ，退订回T。",
            "银行外呼先是语音说“招商银行信用卡中心”，人工问我是不是在办一张附属卡，我说不是，她说好的已经帮您拦截，最后说“请您不要向任何人透露验证码”。一句都没让我报验证码。",
            "凡举报有价值线索的，公安机关将给予举报人奖励（可根据举报人提供的银行账号支付奖金），并严格为举报人保密。",
            "民警提醒：公安机关不会要求你提供银行卡号和密码，接到此类电话请挂断。",
            "【宠物店】您的会员即将续费，详情见 petcare.shop ，如需取消可到门店办理。",
            "羽毛球俱乐部报名请在 hzbadminton.club 填写姓名和身份证号（买保险用）。",
            "星巴克积分兑好礼活动开始啦，详见 starcoffee.shop",
            "社区核酸检测点已调整，新位置见 community.top",
            "夏令营报名链接 camp2024.club ，需填写孩子身份证号。",
            "【区人民法院】如需退还诉讼费，请通过官方渠道提供银行账户信息，法院不会私下索要。",
            "社保中心窗口当面让我提供身份证号，是正常的吧？",
            "老婆，我在派出所办居住证，民警说要你的身份证号，你发给我一下。",
            "社保中心通知：领卡时请您提供身份证号，窗口办理。",
            "快递通知：您的包裹不需要的话19点前退回 http://kd-zq.top",
        ],
    )
    def test_the_genuine_text_is_not_high(self, text):
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "妇幼保健院通知：孕12周请先交200元建档费，当天即可建档。",
            "俱乐部入会费200元，保证每周两次场地。",
            "旅行社说先交占位费才能保留位子。",
            "KTV先交了200占位费就能留大包。",
        ],
    )
    def test_a_genuine_fee_is_low(self, text):
        assert analyze(text).risk == "low"


class TestATextThatTellsOfTheScamsItQuotes:
    """Batch 56 (the twenty-fifth session): two in five genuine texts that quote a scam — the police's and a school's warnings, the
    news of a court case, a person's account of a scam seen through — were high, the quoted scam's words read as the text's own.
    Outside its quotations such a text tells of a scam and asks its reader for nothing; a scam that borrows a warning's words still
    asks, and a person who pastes what they received and asks about it has it judged as it is."""

    @pytest.mark.parametrize(
        "text",
        [
            "【派出所提醒】近期有居民收到“您的社保卡已被冻结,请登录 sbk-jd.top 解冻”之类短信,打开后要求输入银行卡号和密码。社保卡不会因短信冻结,请勿点击。",
            "法院以寻衅滋事罪判处5名催收人员刑罚。他们向欠款人亲友发送“再不还钱就到你单位闹,让你全家出名”等信息,还上门泼漆。",
            "上周有人打电话说“你的快递丢了,我们赔你三倍,加客服QQ办理”,我打开快递App一查,包裹好好的,直接把他拉黑了。大家小心。",
            "提醒大家:近期有骗子发送“【‘12368’法院】您有一份传票未签收,请点击链接查看”的短信,法院不会发这种链接。",
        ],
    )
    def test_a_warning_or_an_account_that_quotes_a_scam_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            # a scam that puts a warning's words before its own request
            "【温馨提示】谨防诈骗!您的“医保卡”已被冻结,请点击 yb-jd.top 解冻。",
            # a person asking about what they received
            "收到这个:“您的账户涉嫌洗钱,请立即转入安全账户 6222021001008888”,这是骗子吧?",
            "我爸收到:“爸,我换号了,急用钱,先转5000到这个卡上 6222021001008888”,他差点就转了",
            # a collector's threat that turns to its reader
            "【XX平台提醒】您的欠款已逾期“90天”,再不处理将联系您的紧急联系人和单位。",
        ],
    )
    def test_a_scam_that_quotes_or_is_quoted_to_be_judged_stays_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text, sender",
        [
            # A blind review of the first version (/tmp/review25a) found 176 of its 313 scams lowered; these were among them.
            # A warning's header or tail on a scam that speaks to its reader, or asks through a verb the first version missed:
            (
                "【国家反诈中心】警方提醒：您的银行卡涉嫌洗钱，为保护资金，请把存款打到“国家安全账户6222021234567890”进行清查。",
                None,
            ),
            ("警方提醒：您的“学生账户”未注销将影响征信，今天致电“021-55558888”注销。", None),
            ("反诈中心提示：您中了“一等奖”，奖金10万，领奖先付“公证费”2000元。", None),
            ("谨防上当！您有“高额退税”待领取，按“个税APP→退税→输入银行卡密码”领取。", None),
            ("警惕套路贷！我们正规“无抵押低息贷款”，放款前只收“工本费”599元，打到“6222 0210 0000 1234”。", None),
            # the whole scam in quotation marks, a warning's tag after it:
            ("“您的账户涉嫌洗钱，已冻结，转入安全账户6222021234567890可解冻”——国家反诈中心提醒", None),
            ("【反诈中心】“您的身份证涉嫌冒用，请下载‘云会议’APP配合调查，会议号 885 234 111”。切勿告知他人，谨防诈骗。", None),
            # the scammer's own denial:
            ("温馨提示：本短信不是诈骗。您的社保卡需重新认证，请访问“shebao-renzheng点com”进行核验，否则停用。", None),
            ("本通知不是诈骗，您的银行卡涉嫌洗钱，把存款打到“安全账户6222021234567890”接受清查。", None),
            ("不存在所谓的“征信修复”骗局，我们是正规机构，可为您“一键消除逾期记录”，费用“1999元”，咨询“13700001111”。", None),
            # a collector's threat in quotation marks, from a platform's header or a person's number:
            ("别把我们当骗子：“三天内不还，直接上门找你父母，让你全村都知道你是老赖”。", None),
            ("平台提醒：“今天不还，明天上门找你父母，通知你单位”。", "13812345678"),
            # a frightened person's paste:
            ("一个陌生号码发来“你孩子在我们手上，准备20万，不许报警，打到6222021234567890”，我快吓死了，会不会是骗局", None),
            ("收到短信：“您已逾期，今日不还将通知您的通讯录联系人”，我确实欠了网贷，这是暴力催收吧，我很害怕", None),
        ],
    )
    def test_a_reviews_scams_dressed_as_warnings_stay_high(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # A second blind review (/tmp/review25b) found 89 of its 300 scams lowered by the fixed version; among them:
            # a collector's defiance of the words that tell of threats,
            "本司拒绝暴力催收，法务部称“今日不还款，明天上门到你单位和家里核实”，望周知",
            "别以为软暴力犯法就没事，我们说“上门找你父母”就一定会去。",
            # a person asking about what they received, the closing question kept,
            "我婆婆收到“您的账户涉嫌洗钱，请立即拨打021-68451234配合调查”的短信，她说是骗子，我不太放心，收到这个怎么办",
            # the scammer's claim of a warning's voice,
            "对方说“您的ETC已失效，请登录 etc-rz.cn 重新认证”，还说自己是警方提醒，懂的人说说",
            # the scam's body in quotation marks after a neutral frame, a slogan elsewhere,
            "【京东金融】谨防诈骗！以下通知请知悉：“您的学生账户未注销将影响征信，请致电0755-86231234注销”。",
            "【抖音】短信显示：“您已被选为周年庆幸运用户，领取请访问 dy-jp.top 并支付邮费9.9元”。官方提醒：谨防假冒，认准本短信。",
            # a request vouched for beside scam words.
            "谨防诈骗！王总私信称“客户尾款急需周转，马上转到6217000012345678”，财务赶紧办",
        ],
    )
    def test_a_second_reviews_scams_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    def test_the_quoted_scams_link_is_still_worth_a_second_look(self) -> None:
        # (Its link is a stranger's: the warning is medium, not low and not high.)
        assert analyze("提醒大家:骗子发来“您的社保卡已被冻结,请登录 sbk-jd.top 解冻”,社保卡不会因短信冻结。").risk == "medium"


class TestBatch57FeesFirst:
    """Batch 57 (the twenty-fifth session): a loan, a tax on a "payout", a card's "instalments" or a lawyer's letter withdrawn,
    paid for first; and a firm's own desk the writer sends someone to, no threat (a review of the twenty-third session)."""

    @pytest.mark.parametrize(
        "text",
        [
            "回款需先缴税,缴税后24小时内到账,缴税账户找群管理员要",
            "我们能帮你把信用卡分成60期,利息全免,打点费3000先付,办不成全退",
            "交600律师费就可以撤回律师函,不然明天起诉",
        ],
    )
    def test_a_fee_paid_first_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "交完电费后记得拍照",
            "房租先付一半,剩下月底给",
            "入职材料请找我们公司人事办理,带好身份证复印件。",
            "你找我们公司前台登记一下就能进来了。",
        ],
    )
    def test_everyday_words_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        ["不还钱就天天打，打到你手机没法用，打到你全家睡不着", "这只是开始，你老婆你爸妈的电话我们都有，一个个打"],
    )
    def test_calls_as_the_weapon_are_a_threat(self, text: str) -> None:
        assert "threat_or_abuse" in analyze(text).codes

    @pytest.mark.parametrize(
        "text", ["充100返20，本月有效，中国移动", "装修费用先付一半，完工后付清尾款，张师傅", "付款后即到账，请留意您的账户"]
    )
    def test_a_fresh_reads_everyday_payments_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_quoted_mobile_that_ends_like_a_hotline_is_a_strangers(self) -> None:
        # (A fresh read: "…0110" read as the police's line made the warning low, with nothing to say why.)
        result = analyze("提醒大家：骗子发来“我是你领导，换号了，新号13912340110”，大家小心")
        assert result.risk == "medium" and "told_scam_channel" in result.codes

    def test_a_call_that_reached_a_phone_is_none(self) -> None:
        assert analyze("打到你手机上了，没接").risk == "low"


class TestBatch58TheClassicYears:
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【中国移动】年终回馈:充100送200,充200送500,仅限今日,登录 http://10086cz-hd.com 办理", "10086"),
            ("【工商银行】您的个人网上银行证书今日到期,到期后无法登录,请立即访问 www.icdl-x.com 续期。", "95588"),
            # (A blind review's probes, /tmp/review26a.)
            ("【中国农业银行】您的手机银行需要更新，请登录 abc95599.com 下载最新版本。", "95599"),
            ("【中国联通】尊敬的用户，您已获得联通回馈话费300元，请登录 10010hf.com 领取。", "10010"),
            ("【兴业银行】您的账户有一笔5000元转账待确认，请登录 cib-qr.com 查看。", "95561"),
        ],
    )
    def test_an_institutions_own_number_sending_a_lure_to_a_domain_it_does_not_own_is_high(self, text: str, sender: str) -> None:
        # (A fake base station shows any sender; the number was taken as reassurance and the look-alike made no more than medium.)
        assert analyze(text, sender).risk == "high"

    def test_a_banks_statement_on_a_short_domain_the_directory_lacks_is_not_high(self) -> None:
        text = (
            "您尾号8931广发卡03月人民币账单金额7,033.53元，最低还款704.00元，还款到期03月26日。请留意电子账单，若已还请勿理会。"
            "点 cgbchina.cn/CBsL41zZTJDod 即可查询当期账单交易明细及自助办理账单分期业务【广发银行】"
        )
        assert analyze(text, "95508").risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【南方航空】提醒:如收到“航班取消,请致电400…改签并获补偿”的短信,请勿拨打。航班动态请以南航APP、官网或95539为准,退改不需ATM操作。",
            "360手机安全报告显示,冒充身份类诈骗短信占用户举报的12.6%,其中“我是房东,房租打到我爱人卡上”最为常见。专家建议,凡涉及转账的短信先打电话确认。",
        ],
    )
    def test_a_warning_that_quotes_a_kind_of_message_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "张伟,我整理了上次同学聚会的照片,都在这里了:http://tongxuehui8.com/pic 看完回我",
            "小芳,这是你结婚那天我拍的,好多都没给你,打开看 http://hlzp.cc/88",
            "周末爬山的照片出来啦~ 快来认认你在哪 zp.pashan9.com",
        ],
    )
    def test_photos_behind_a_strangers_link_are_high(self, text: str) -> None:
        assert analyze(text, "13512346612").risk == "high"

    def test_a_class_album_on_a_cloud_drive_is_not_high(self) -> None:
        text = "家长您好，本周活动照片已上传班级相册，请点击 https://pan.baidu.com/s/1abcXYZ 查看"
        assert analyze(text, "13812345678").risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "你好,我是亮亮班主任张老师,孩子在学校摔伤头了,在医院缝针,我钱没带够,先转5000给我:6217 **** **** 2254",
            "孟**妈妈,孩子上课时晕倒,颅内出血,正在湘雅三医院抢救,请马上去银行柜台汇2万元手术费,ATM要24小时才到账,来不及。",
        ],
    )
    def test_a_hurt_child_and_money_to_send_is_worth_a_look(self, text: str) -> None:
        assert analyze(text, "18112343097").risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            # A blind review (/tmp/review26a) found the first version of this change high on these.
            ("【工商银行】工银信用卡美团外卖周五5折，名额有限，详情 https://www.meituan.com/act/icbc", "95588"),
            ("【中国银行】中行信用卡绑定云闪付，可领10元立减金，详见 https://youhui.95516.com/ac/boc", "95566"),
            ("【中国农业银行】您尾号1234的信用卡本期账单已出，如已逾期请尽快还款，详见 http://www.95599.cn 。", "95599"),
            (
                "【中国太平洋保险】尊敬的客户，您的车险将于2024年07月15日到期，续保请登录 https://www.ecpic.com.cn 或拨打95500。",
                "95500",
            ),
            ("【平安产险】您的爱车保单即将到期，续保可登录 https://www.pa18.com 或平安好车主APP办理。", "95511"),
            ("各位家长，本学期学生综合素质评价情况表已生成，请点击 https://www.xiaoheiban.cn/s/abc 查阅并签字。", "13812340101"),
            ("各位家长好，运动会照片已上传到班级相册，点击 https://photo.baidu.com/photo/web/share?k=abc 查看", "13812340102"),
            ("妈，小宝在幼儿园摔伤了，现在在医院处理，医药费还差一点，你先转500给我，晚上还你。", "13812340302"),
            ("兄弟，上次饭钱你先转500给我，我这边急着还信用卡。", "13812340324"),
        ],
    )
    def test_genuine_promotions_school_notices_and_family_asks_are_not_high(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "各位家长：学平险理赔说明，孩子意外受伤就医的，请将医药费发票、病历及家长银行卡号交班主任汇总。",
            "家长好，孩子在校受伤的医药费理赔款已汇入您提供的账户，请查收。",
            "老公我跟你说，儿子在学校被同学撞伤了鼻子，去医院花了600医药费，对方家长说转给我了。",
            "孩子昨天摔伤缝针的医药费，保险已经赔了，钱打到你卡上了，你查一下。",
        ],
    )
    def test_money_for_a_hurt_child_that_comes_to_the_reader_is_low(self, text: str) -> None:
        assert analyze(text, "13812340315").risk == "low"

    def test_the_carriers_own_number_naming_no_one_with_a_cheap_link_is_high(self) -> None:
        # (The sender's owner is who claims to write: the link was judged as if no one did, a review found.)
        assert analyze("尊敬的客户：您已满足话费充100送100条件，登录 http://cmcc-hd.vip 领取", "10086").risk == "high"

    def test_the_carriers_own_number_linking_to_its_subsidiarys_site_is_low(self) -> None:
        assert analyze("灵犀语音助手—您的移动语音营业厅。下载地址：http://lingxi.voicecloud.cn/", "10086").risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "孩子在学校摔伤了头，在医院缝针，手术费不够，我是班主任，微信转我",
            "您孩子车祸受伤，我是交警，伤者需要抢救，请速交抢救费到 6222 0808 1234 5678",
        ],
    )
    def test_a_hurt_child_and_money_by_wechat_or_paid_in_is_worth_a_look(self, text: str) -> None:
        assert analyze(text, "13812340001").risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            # (A fresh read: a carrier's own promotions link to its subsidiaries' sites, which the directory lacks.)
            "【中国移动】话费充100送100活动开始啦，登录 cmvideo.cn 领取。",
            "【中国移动】您已获得回馈话费100元，请登录 migu.cn 领取。",
        ],
    )
    def test_a_carriers_promotion_on_a_site_the_directory_lacks_is_not_high(self, text: str) -> None:
        assert analyze(text, "10086").risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "【XX小学】王老师：孩子在操场摔伤了头，已送市医院缝针，医药费学校先垫付，请家长尽快到医院急诊和我汇合。",
            "姐，你儿子踢球骨折了，在医院，手术费我先垫了，医院在人民路转3号楼。",
        ],
    )
    def test_a_meeting_or_a_floor_is_no_money_sent(self, text: str) -> None:
        assert analyze(text, "13800138000").risk == "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            # (A blind review's probes: the carriers' own payment, mail, cloud and content sites, which the directory lacked.)
            (
                "【中国移动】尊敬的客户，您的和包电子券10元将于2024年06月30日过期，请尽快登录和包APP或 https://www.cmpay.com 使用。",
                "10086",
            ),
            ("【中国移动】您的移动云盘会员将于2024年07月01日失效，续订请访问 https://yun.139.com 。", "10086"),
            ("【中国移动】您的咪咕音乐白金会员将于2024年06月30日过期，续订请访问 https://music.migu.cn 。", "10086"),
            ("【中国电信】您的翼支付权益金20元将于6月30日过期，请登录翼支付APP或 https://www.bestpay.com.cn 使用。", "10000"),
        ],
    )
    def test_a_carriers_notice_on_its_own_subsidiarys_site_is_not_high(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk != "high"

    def test_a_spoofed_carrier_sending_a_top_up_to_a_cheap_lookalike_is_high(self) -> None:
        assert (
            analyze("尊敬的客户,您的话费余额已不足5元,现充值享5折优惠,充值入口:10086-pay.cc (仅限本机号码)", "10086").risk
            == "high"
        )

    def test_a_teacher_who_asks_the_parent_to_come_is_low(self) -> None:
        text = "您好，我是乐乐的班主任，孩子体育课摔伤了腿，在人民医院拍片，医药费学校保险可以报，您尽快过来"
        assert analyze(text, "13812345678").risk == "low"


class TestAMobileEndingInAPublicLine:
    def test_a_mobile_that_ends_in_96110_is_no_anti_fraud_line(self) -> None:
        # (It was taken for one by its last five digits, as "0717-96110" is.)
        result = analyze("您的银行卡涉嫌洗钱已被冻结，请立即致电13912396110配合调查")
        assert result.risk == "high" and "unofficial_callback" in result.codes

    def test_a_scam_told_with_the_banks_own_site_in_it_points_at_no_stranger(self) -> None:
        result = analyze("警方提醒：近日有市民收到“您的积分即将清零，请登录 www.icbc.com.cn 兑换现金”的短信，系诈骗，请勿相信。")
        assert result.risk == "low"


class TestTheCarriersSubsidiaries:
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            (
                "【中国移动】尊敬的客户，您的咪咕视频钻石会员将于12月10日到期，续费请登录 https://www.miguvideo.com 或咪咕视频APP。",
                "10086",
            ),
            ("【中国移动】您已获得咪咕快游会员体验权益，登录 https://www.migufun.com 领取，有效期7天。", "10086"),
            ("【中国移动】您订购的咪咕视频流量包已生效，详情请访问 http://www.cmvideo.cn 。", "10086"),
            ("【中国联通】您的沃阅读月包已续订，退订请登录 https://10010.woread.com.cn 。", "10010"),
        ],
    )
    def test_a_carriers_notice_on_its_subsidiarys_site_is_low(self, text: str, sender: str) -> None:
        # (Their sites were read as look-alikes of the carriers' or as strangers': medium.)
        assert analyze(text, sender).risk == "low"

    def test_the_unicom_data_query_site_is_not_a_look_alike(self) -> None:
        # (cx.17wo.cn, in a real 10010 usage notice of a published dataset: "wo.cn" is not listed, for this.)
        text = "尊敬的用户：截止2014年08月11日00时，您本月产生的总流量为78.00MB。更多流量详情请查询http://cx.17wo.cn或发送CXLL到10010查询。"
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【中国移动】您的积分即将清零，请登录 miguvideo-jf.com 兑换现金。", "10086"),
            ("【中国联通】您的积分可兑换话费，请登录 woread-jf.cc 领取", "10010"),
        ],
    )
    def test_a_look_alike_of_a_subsidiary_is_still_high(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk == "high"


class TestMoneyToACardTheReaderKnows:
    def test_a_spouse_asking_for_money_to_the_card_the_reader_knows_is_not_high(self) -> None:
        # (A blind review's probe: a child hurt, a hospital and a transfer read as the hurt-child trick, which needs a new account.)
        text = "老婆，儿子踢球摔伤了胳膊，在医院缝针，钱不够了，你转2000到我卡上，卡号你知道的。"
        assert analyze(text, "13812340301").risk != "high"

    def test_a_stranger_with_a_hurt_child_and_a_card_number_is_still_high(self) -> None:
        text = "您好，您儿子在学校摔伤了，正在医院抢救，手术费不够，请马上转2万到卡号6222021234567890，我是他班主任。"
        assert analyze(text, "13812340301").risk == "high"


class TestPhotosOnASharedSite:
    def test_an_album_on_a_cloud_drive_from_a_new_number_is_medium(self) -> None:
        # (A blind review's probe: the trojan's wording with a link to a cloud drive read high.)
        result = analyze("婚礼照片都在这，打开看看 https://www.jianguoyun.com/p/DaBc12", "13812345678")
        assert result.risk == "medium" and "bait_link" in result.codes

    @pytest.mark.parametrize(
        "text",
        ["婚礼照片都在这，打开看看 http://hlzp.cc/88", "这是我们的聚会照片，打开看看 http://pan.baidu.com/s/1abc/photo.apk"],
    )
    def test_an_album_on_its_own_address_or_an_install_file_is_still_high(self, text: str) -> None:
        assert analyze(text, "13812345678").risk == "high"


class TestBatch59ShortTextsAndLongNotices:
    @pytest.mark.parametrize(
        "text",
        [
            # Threat words that speak of no reader, in a warning: the contacts of "users", a woman sent "to the door".
            "【广东移动提醒】有不法分子获取用户通讯录后,假冒机主群发“我换号了,请保存新号码”的短信,再借钱。收到熟人换号短信,请用原号码致电确认;"
            "请勿点击陌生人发来的链接,以免通讯录被读取后被冒用群发。",
            "【某派出所】近日,辖区李先生在网上看到兼职广告,加QQ后被要求先垫资做任务,损失1万元。警方提醒:先垫资再返利的都是诈骗,陌生链接不要点。",
        ],
    )
    def test_a_warning_that_tells_of_threats_or_a_chat_with_no_id_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_a_collectors_notice_that_names_the_readers_contacts_is_still_high(self) -> None:
        assert analyze("【XX平台提醒】您的欠款已逾期90天,将联系您的紧急联系人").risk == "high"

    def test_a_chat_to_add_in_a_job_offer_is_still_high(self) -> None:
        assert analyze("兼职刷单日赚三百,加QQ详聊").risk == "high"

    def test_the_spam_report_centres_site_is_its_own(self) -> None:
        result = analyze("可通过12321.cn或拨打12321举报")
        assert result.risk == "low" and "official_domain" in result.codes

    def test_a_look_alike_of_the_spam_report_centre_is_high(self) -> None:
        result = analyze("【12321举报中心】您的号码涉嫌发送垃圾短信将被停机，请登录 12321-jb.com 申诉")
        assert result.risk == "high" and "lookalike_domain" in result.codes

    @pytest.mark.parametrize(
        "text",
        ["积分商城提醒:您有28650积分可抵扣286元,登录兑换商城即可使用,逾期清零。", "恭喜您的信用卡积分可兑现金368元,登录商城领取"],
    )
    def test_points_worth_money_to_claim_by_logging_in_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_a_banks_own_points_notice_with_its_number_is_low(self) -> None:
        assert analyze("【招商银行】您的积分可抵扣年费，详询95555。", "95555").risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我是李董,今天马上支付合同款60万给对方,流程后面补",
            "这个项目保密,单独建群,保证金15万今天先付给合作方",
            "有笔8万的款要退回,我在开会不方便接电话,你先处理",
        ],
    )
    def test_a_boss_who_pays_now_on_his_own_word_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    def test_a_boss_in_a_meeting_with_no_money_named_is_not_high(self) -> None:
        assert analyze("我在开会不方便接电话,你先办吧,回头细说").risk != "high"

    @pytest.mark.parametrize(
        "text",
        ["有人冒用您的身份洗钱,您的电话已被监控,不要告诉任何人", "已有嫌疑人供出你,需转账证明资金来源,即可不定罪"],
    )
    def test_a_money_laundering_story_about_the_reader_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize("text", ["抱歉刚才转错给你2000元,麻烦转回给我,谢谢", "不好意思多转了你500,请退回一下"])
    def test_an_apology_for_a_transfer_made_by_mistake_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_a_boss_asking_for_the_balance_is_medium(self) -> None:
        assert analyze("把公司账户余额报我一下").risk == "medium"

    def test_a_warning_that_calls_other_addresses_fakes_reads_as_one(self) -> None:
        from triage.analysis.analyzer import _reads_as_a_warning

        assert _reads_as_a_warning("温馨提示:医保电子凭证全程免费,官网网址以nhsa.gov.cn结尾,其他地址均为假冒。此类短信请勿点击。")


class TestABlindReviewOfBatch59sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "【XX消金】警惕不法分子冒充平台工作人员，平台不会向用户发送链接。借款人张三逾期90天，如今日未还款，将上门走访其家庭及单位，"
            "并通知其紧急联系人。",
            "警方通报：冒充平台的诈骗信息增多。欠款人吴某，平台已将其列入黑名单，并将通知其村委会张贴公示。",
            "以案说法：借款人张三逾期90天，将上门走访其家庭及单位。",
        ],
    )
    def test_a_collectors_threat_in_the_third_person_dressed_as_a_warning_stays_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "以案说法：借款人张三逾期90天，今晚上门走访其家庭及单位。",
            "以案说法：借款人张三逾期90天，下周一派人上门走访其家庭及单位，并通知其村委会张贴公示。",
        ],
    )
    def test_a_threat_for_a_day_to_come_is_not_told_away(self, text: str) -> None:
        # (A fresh read: only 将, 会 and 明天 were read as what is still to come.)
        assert analyze(text).risk == "high"

    def test_a_case_that_offers_a_chat_to_add_then_is_high(self) -> None:
        # (A last read: "加……后" was taken for someone in the story who added it, whatever followed.)
        assert analyze("警方通报：有人冒充客服退款被骗。需要正规退款，加客服微信后即可办理。").risk == "high"

    @pytest.mark.parametrize("offer", ["扫码加群", "请扫码加入群聊"])
    def test_a_case_that_offers_its_reader_a_group_stays_high(self, offer: str) -> None:
        assert analyze(f"以案说法：王女士加微信后被拉入投资群，后被骗5万。想了解正规投资，{offer}。").risk == "high"

    def test_blackmail_bait_on_a_cloud_drive_stays_high(self) -> None:
        assert analyze("看你干的好事，证据都在里面 https://pan.baidu.com/s/1Qwe123rt", "13812345678").risk == "high"

    def test_a_card_number_asked_about_is_no_card_the_reader_knows(self) -> None:
        text = "您好，我是您孩子的班主任，孩子在学校摔伤住院，急需手术费2万，请转到学校账户，卡号你有吧，就是交学费那个。"
        assert "relative_needs_money" in analyze(text, "13812345678").codes

    @pytest.mark.parametrize("host", ["miguvideo.com", "10086.cn"])
    def test_an_official_name_before_at_is_a_user_name_not_the_host(self, host: str) -> None:
        result = analyze(f"【中国移动】咪咕视频VIP年卡免费领，复制链接到浏览器打开 {host}@jf-lq.top 领取。")
        assert result.risk == "high" and [link.host for link in result.links] == ["jf-lq.top"]

    def test_an_e_mail_address_is_still_no_link(self) -> None:
        assert analyze("我的邮箱 zhang.wei@163.com 有事发邮件").links == ()

    def test_an_e_mail_address_whose_name_looks_like_a_domain_is_no_link_to_the_mail_host(self) -> None:
        assert [link.host for link in analyze("联系邮箱 kefu.cn@qq.com").links] != ["qq.com"]


class TestBatch60QuietMessages:
    @pytest.mark.parametrize(
        "text",
        [
            "医保卡异地重复开户待核查 回复1由专员联系您",
            "车管中心通知:ETC电子标签与车牌信息不符 已被禁用 回复1获取处理方式",
            "ETC已停用 回1处理",
            "【ETC服务】您的设备因系统升级暂停使用,请回复Y预约客服回电办理。",
            "您的社保卡因认证信息不全已暂停使用,补充信息后即可启用,请回复本短信获取补充方式。",
            "公积金中心:你的公积金账户信息有误,本月缴存未入账,请回复本短信确认单位名称。",
            "你ETC绑定的那张卡停用了,通行费欠着呢,我们这边可以帮你换绑,回个电话",
            "银行通知:您的账户被标记为睡眠户,需本人视频认证激活,专员稍后联系。",
        ],
    )
    def test_a_record_in_trouble_with_a_reply_a_call_back_or_a_visit_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "新版社保卡换发通知:请回复姓名+身份证号,工作人员为您预约办理。",
            "参保人您好,您家庭共济账户绑定有误,下月起家人无法使用,请回复家人姓名及身份证号重新绑定。",
            "中通快递:您的包裹因地址不详被退回,需重新登记地址及身份证号,请回复本条短信。",
        ],
    )
    def test_a_name_or_an_address_with_the_id_number_asked_for_by_reply_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    def test_a_warning_not_to_reply_with_the_id_number_is_not_high(self) -> None:
        text = "北京金融监管局提示:不向个人账户转账,不回复身份证号、工作单位等信息。"
        assert "asks_secrets" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "我新号 存下 明天找你有事",
            "亲家,我新号,上次说的事有眉目了,明天电话跟你细说。",
            "在嗎?我係你表舅,換咗號碼,遲啲同你講件事。",
            "新号请存好,原来那个明天停用,看到回个消息。",
        ],
    )
    def test_a_new_number_announced_in_other_words_is_not_low(self, text: str) -> None:
        assert "new_number_impersonation" in analyze(text).codes

    def test_a_sister_warning_of_someone_on_a_new_number_is_no_new_number(self) -> None:
        text = "姐,如果有人用新号码说是我、让你帮我还网贷转钱,别信,先打我原来的号码或者视频确认。"
        assert "new_number_impersonation" not in analyze(text).codes

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("征信污点可以洗,房贷被拒的找我,先看报告再报价,8000包过。", "credit_repair"),
            ("有闲置银行卡的可以出租,一张一月800,不用你操作,私聊。", "illegal_service_offer"),
            ("抖音点赞员,一单1.5元,日薪百元以上,工资日结,不收押金会费,回复Y进群。", "job_lure"),
            ("你儿子在学校跟人打架把同学打伤了,对方家长要报警,你先转点医药费,我是政教处的", "family_emergency_money"),
            ("奶奶,我是你孙子,在外面出了点事,你别告诉我爸,明天有个叔叔来家里拿钱。", "family_emergency_money"),
            ("别拉黑我,拉黑了我就直接发你所有亲戚。加我回你个话。", "sextortion"),
            ("不还也行,你爸的号码在我这儿,我跟他慢慢聊。", "third_party_threat"),
            ("您好,我是残疾证补办中心的,您家属名下有一笔2000多元残疾补贴未领取,请带银行卡到ATM旁给我回电。", "subsidy_qr"),
            ("村里老人注意,明天上午镇上来人登记政府补贴,每人带存折,登记费20元。", "subsidy_qr"),
            ("刘会计,一会儿我让客户经理加你,他说什么你照办,我在开会不方便接电话。", "boss_impersonation"),
        ],
    )
    def test_the_quiet_tricks_are_named(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【宝妈交流群】@所有人 武汉反诈中心说了,“给大V点赞月入过万”就是刷单诈骗,先给你几块钱佣金,后面让你下APP充钱。",
            "假期找兼职注意:刷单返利、先垫钱、扫码下载来路不明App的一律是诈骗;出租出售电话卡银行卡会被追责。",
            "【XX人社】您申请的稳岗返还/技能提升补贴1,500元已发放至您社保卡金融账户，本补贴无需任何手续费。咨询12333。",
            "【转发海宁公安】征信无人能删改,自称客服指导“影响征信”“注销账户”“调整利率”的都要警惕,可拨打96110咨询。",
            "工行提示:政府发放补贴有公告且不收任何费用,老人接到“补贴登记需交登记费”“复印存折收款”的,请先向村委会核实。",
            "移动数据上网功能暂停服务：发送ZTSJLL到10086暂停移动数据上网功能，当月办理当月生效。",
        ],
    )
    def test_warnings_and_notices_in_the_same_words_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【京东】验证码:538207,您正在申请注销京东账户,如非本人操作请忽略并勿将验证码告诉他人。", "1069****0086"),
            ("【支付宝】校验码731952,您正在进行花呗学生身份认证更新,请勿泄露。", "95188"),
        ],
    )
    def test_a_codes_own_message_for_what_the_person_is_doing_is_low(self, text: str, sender: str) -> None:
        assert analyze(text, sender).risk == "low"

    def test_a_reply_code_to_unsubscribe_is_no_ask(self) -> None:
        assert analyze("【某商城】会员日全场5折,回T退订").risk == "low"


class TestABlindReviewOfBatch60sChange:
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【XX住房公积金】您的公积金账户已于2025年4月封存（单位办理减员），如需转移或提取请登录公积金APP办理。", "12329"),
            ("【ETC服务】尊敬的客户，您的ETC设备已激活成功，回复1评价本次服务，回T退订。", "95022"),
            ("【瑞幸咖啡】您的9.9元优惠券即将到期，回复1领取续期券，拒收请回复R", ""),
            ("【唯品会】会员专享折扣今日失效，回复Y立即抢购，回T退订", ""),
            ("小李，你放在楼道的纸箱我先收到储藏室封存了，回来回个电话给我。房东", "13912340008"),
        ],
    )
    def test_a_promotion_or_a_notice_with_a_reply_code_is_not_raised(self, text: str, sender: str) -> None:
        assert analyze(text, sender or None).risk != "high"
        assert "account_problem_link" not in analyze(text, sender or None).codes

    @pytest.mark.parametrize(
        "text",
        [
            "【XX镇政府】高龄津贴本月已发放，可带上存折到信用社柜台或ATM机查询余额。",
            "奶奶刚才说有人冒充我打电话，说我出了点事，让她别告诉我爸，有叔叔来家里拿钱，还好她没信。",
            "朋友被骗了，对方说她社保停发了，让她回复姓名和身份证号，她都发了，现在怎么办？",
            "明天搬家，我让搬家师傅联系你，他说什么你照办就行，价钱我都谈好了。",
            "你爸的号码我这有，要不要我直接打给他问问？",
            "阿姨，你孩子的电话在我这，回头我让他联系你。",
            "婚礼视频还在剪辑，没删原片，尾款三千块等成片给你再付。",
            "监控录像还在，店里说保留三个月，你要的话找一百块拷一份。",
            "妈，我两台手机都落在家里了，有事打宿舍电话。",
            "我家里两部手机在家放着没用，给你寄一部要不要？",
            "众包骑手招募，每单6元，日结，多劳多得，报名找站长。",
            "我那张不用的银行卡收在抽屉里了，你帮我找一下。",
            "叔叔下午来家里拿钱，是上次借的那两万，你给他就行。",
        ],
    )
    def test_everyday_words_beside_the_new_patterns_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_a_code_message_that_then_threatens_and_gives_a_number_is_still_high(self) -> None:
        assert analyze("验证码886622，您正在申请注销学生贷账户，未完成将影响征信，请立即回电400-820-1234").risk == "high"


class TestAFreshReadOfBatch60sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "昨天有人打电话说我社保停发了，让我回复姓名和身份证号，还问我要银行卡号和验证码",
            "客服说要我回复名字和地址，然后问我要验证码，说是退款用",
            "你欠的钱再不还，我们就通知你家人，还好他没给你担保",
            "验证码123456，您正在申请注销校园贷账户。请把验证码告诉专员完成注销",
        ],
    )
    def test_what_was_high_stays_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "你妈摔伤住院了，你方便的时候打过来",
            "孩子在学校摔伤了，已送医，请家长看到后尽快打过来",
            "班上王同学突发白血病住院，大家自愿捐款，可以转一下班长",
            "这个骗子我已经拉黑并发到朋友圈曝光了",
            "行车记录仪视频还在，赔不赔你考虑清楚",
            "【XX旅行社】请回复出行人姓名和身份证号，用于购买机票和保险",
            "您的社保卡已过期，来回2小时路程",
            "【国家电网】您户电表异常，工作人员将上门检查",
            "停车场门禁使用受限，请联系物业13812345678",
            "车辆信息有误，请联系物业13812345678",
            "闲置的手机卡，去营业厅办理回收销户",
        ],
    )
    def test_genuine_texts_in_the_new_words_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我买了两台手机，一小时后到货",
            "你爸的电话我这有，周末我跟他聊聊钓鱼的事",
            "王律师事务所搬迁，新号码请保存 0571-88886666",
        ],
    )
    def test_everyday_texts_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_scams_own_way_out_is_no_opt_out(self) -> None:
        assert analyze("【某平台】您的账户已冻结，恢复请回Y，放弃回N").risk != "low"


class TestBatch61BareStatements:
    @pytest.mark.parametrize(
        "text",
        [
            "【高速ETC】车主您好,ETC认证状态:已失效。5月20日前未核验将影响高速通行。",
            "您的銀行賬戶異常,已被凍結,請儘快處理。",
            "您的快递地址不详,无法派送,请及时处理。",
            "您的车辆在外地有一条交通违法记录,尚未处理,请及时处理。",
            "您因少缴个税已被列入稽查名单,请尽快处理。",
        ],
    )
    def test_a_claim_that_presses_with_no_way_named_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【兔喜生活】您在XX驿站的包裹已滞留3天，取件码 3-1-207，请尽快领取，逾期将退回。", None),
            ("【农业银行】您尾号5526的账户因密码连续输错已锁定,请本人持证件到网点解锁。", "95599"),
            (
                "【市人社局】您的社会保障卡已于本月到期,到期后社保账户将无法正常使用,请就近到社保卡合作银行网点办理换发,也可通过皖事通App申请。",
                None,
            ),
            ("【招联金融】尊敬的用户，您本期账单已出，请于8月25日前还款，逾期将影响信用记录。", None),
            (
                "刚收到这条，大家别信：“省社保重要通知，所有离退休人员必须月底前人脸识别认证，否则停发退休金”。人社局已经辟谣了。",
                None,
            ),
            ("保定晚报：有群众收到“医疗保险报销卡即将到期”的短信，经医保部门核实为诈骗。参保人可通过12345或经办机构查询。", None),
            ("ETC认证不会失效,收到“认证已失效”“办理到期”短信请勿理会。", None),
            ("我的医保卡好好的,那个说停用的短信我直接删了", None),
        ],
    )
    def test_notices_warnings_and_retellings_that_state_the_same_are_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"


class TestABlindReviewOfBatch61sChange:
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("妈，你的社保断缴两个月了，尽快补缴，否则影响退休金。", "13812345678"),
            ("哥，你的车有违章记录，罚款200记3分，抓紧处理，不然年审过不了。", None),
            ("姐，你个税多缴了，记得尽快申请退税，否则过了6月就不行了。", None),
            ("你上次说的那个包裹滞留在海关了，尽快处理一下吧，否则会退回。", None),
            ("气死了，我的快递被退回了，快递公司说我电话错误，你们能不能尽快处理？", None),
            ("我的ETC被停用了，说是车牌信息不符，你们尽快处理一下好吗。", None),
            ("爸妈，以后收到说你银行卡被冻结、要你尽快处理的短信，千万别信，直接删掉。", None),
            ("公司车辆通知：你开的那台车有两条违章未处理，罚款共400，周五前尽快处理，否则扣工资。", None),
            ("婆婆你的新社保卡还没办理吧，社区说要尽快去办，不然旧卡停用了。", None),
        ],
    )
    def test_a_relatives_a_friends_or_a_complaints_deadline_is_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "会计提醒：您的公司已被列入经营异常名录，请尽快补报年报，否则影响开票。",
            "您的驾照体检即将到期，请尽快到指定医院体检，否则驾驶证将被注销。",
        ],
    )
    def test_a_bare_deadline_is_medium_at_most(self, text: str) -> None:
        assert analyze(text).risk == "medium"


class TestAFreshReadOfBatch61sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "小王，你的ETC被停用了，今天之内尽快处理一下",
            "您好，您孩子的校园卡已停用，请今天之内尽快到学校财务处办理",
            "您的手机卡长期未使用将被注销，请于今日内处理",
            "您好，您的个税多缴了，请于6月30日前办理退税，逾期视为放弃",
        ],
    )
    def test_a_bare_deadline_with_more_rules_is_still_medium_at_most(self, text: str) -> None:
        assert analyze(text).risk == "medium"

    @pytest.mark.parametrize(
        "text",
        [
            "您好，招聘抖音点赞员，一单1.5元，日薪300元以上，名额有限，否则不予录用",
            "您好，代开各类发票，增值税专票，以免影响报销",
        ],
    )
    def test_a_deadline_word_does_not_lower_a_scam(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize("text", ["亲爱的用户，您的ETC已被停用，请尽快处理", "宝贝，您的医保卡已被停用，将于今晚注销"])
    def test_a_strangers_endearment_is_no_relative(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "老妈，你的社保断缴了，尽快补缴",
            "您好，您的银行卡已解除冻结，可正常使用",
            "客服您好，我的医保卡被锁定了，请尽快帮我处理",
            "您的积分即将清零，请尽快兑换，拒收请回复R",
        ],
    )
    def test_a_relative_a_release_the_writers_own_and_a_way_out_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


_RANK = {"low": 0, "medium": 1, "high": 2}


class TestBatch62SignedOneLiners:
    @pytest.mark.parametrize(
        "text",
        [
            "【社保局】因实名认证资料缺项，您的社保卡功能已冻结，请及时处理。",
            "【中国银行】您尾号3381的借记卡因交易异常已被冻结，请及时处理。",
            "【国家税务总局】您有一笔个税退税待领取，逾期不予办理。",
            "【人社局】系统发现您的社保卡有异地违规结算，今日下班前将停卡。",
            "【社保中心】您的养老金资格认证未通过，本月起暂停发放。",
            "国家金融监督中心通知：您名下有一笔不良记录待处理，请及时回电。",
            "【建设银行】您的储蓄卡积分可抵扣现金588元，今日到期。",
        ],
    )
    def test_a_signed_claim_that_presses_with_no_way_named_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【社保局】因实名认证资料缺项，您的社保卡功能已冻结，请及时处理。", "12333"),
            ("【微粒贷】尊敬的用户，您的借款已逾期，请尽快还款，以免影响您的个人信用。", None),
            ("【借呗】您的借款已逾期2天，请尽快还款，以免影响信用记录。", None),
            ("停机提醒：尊敬的客户，您已欠费23元，即将被双向停机，请您尽快交纳欠费。中国移动", None),
            (
                "【中国移动】您的销户申请已受理,号码138****7706将于办理次日注销。请及时解绑银行、支付及社交平台等账户,以免影响使用。",
                None,
            ),
            ("您的借记卡0307于0328发生双信息代收交易，金额209.99人民币，已冻结31.01美元。【中国银行】", None),
            ("【京东】您有订单2205984正在等待审批,未审核的超时订单会自动失效,请尽快登录京东慧采进行审批。", None),
            ("尊敬的会员：“凤凰知音”将于10月18日进行系统升级，在此期间将暂停办理各项会员业务，请提早办理里程补录。", None),
            ("【今日头条】您的帐号通过抖音登录。如非本人操作,请回复AT6NAA锁定帐号(此操作24小时内有效)。", None),
        ],
    )
    def test_its_own_reminders_and_the_readers_own_business_stay_low(self, text: str, sender: str | None) -> None:
        assert analyze(text, sender).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "班费收支明细已发群里，请核对",
            "资料费按学校通知交到学校账户",
            "李老师，资料费我当面给您吧",
            "群里突然要交资料费，先跟班主任当面确认。",
        ],
    )
    def test_a_class_fee_paid_as_the_school_says_is_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize("text", ["你的借款明细已发群里了", "班主任：资料费每人198元，请扫码交一下"])
    def test_a_debt_shown_to_a_group_and_a_class_fee_by_a_code_stay_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestABlindReviewOfBatch62sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "【XX市税务局】您2024年度个人所得税汇算尚未完成，请于6月30日前办理，逾期将影响纳税信用。",
            "【XX市公安局交警支队】您的驾驶证将于下月有效期满，请及时办理换证，逾期将注销。",
            "【XX市公安局】您的身份证将于下月到期，请于一个月内办理，逾期将停用。",
            "【中国银行】您尾号1234的信用卡临时额度将于今日到期，请知悉。",
            "【XX市人社局】您的社保卡将于今日停用，原因：已补领新卡。",
            "【平安银行】您的信用卡已停用，原因：已注销。",
            "【中国人寿】您的保单将于今日失效，请及时办理续保。",
            "【中国工商银行】您尾号1234的信用卡将于今日到期停用，新卡已寄出。",
        ],
    )
    def test_a_paper_or_a_card_renewed_and_a_reason_given_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "先交3000元保证金才能放款，可当面交付。",
            "提现失败，需要再交2200元手续费，可当面交。",
            "各位家长，资料费每人198元，请扫码转到学校账户，截图发我。",
            "【XX小学】家长您好，本学期资料费每人260元，请扫下方二维码转到学校账户，今日内交齐。",
            "【360借条】你的逾期名单已发群里，通讯录好友都能看到。",
            "【12333】您的社保卡将于今日停用，请及时处理。",
            "【中国银行】您的账户因欠款已被冻结，请于今日内处理，否则将永久注销并起诉。",
        ],
    )
    def test_a_fee_a_list_shown_to_a_group_and_a_signed_threat_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestAFreshReadOfBatch62sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "我们当面给你放款，先交3000元保证金",
            "资料费每人198元，请按学校通知扫码转到学校账户。",
            "账目已发群里，让你爸妈都看看",
            "【社保中心】您的养老金资格认证未通过，下月起暂停发放。",
            "【建设银行】您的积分即将清零，请及时打开建设银行积分活动页兑换",
            "交管12123:您有一条异地交通违法未处理，逾期将影响年检。",
        ],
    )
    def test_a_fee_a_threat_and_a_signed_deadline_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "【招商银行】您的信用卡已逾期，请尽快还款，否则将影响您的信用记录",
            "您的借记卡已冻结人民币209.99元【中国银行】",
            "不好意思没及时回电，你的银行卡冻结的事我问过了",
            "【顺丰速运】您的快件已到驿站，请及时领取，逾期将退回",
            "请及时到【营业厅】办理，您的号码将停机",
        ],
    )
    def test_its_own_reminders_a_missed_call_and_a_bracketed_place_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch63AddressedAsks:
    """Batch 63 (written blind): short texts that speak to the reader and ask for something."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("在吗？我买的手机要退货，借你微信收个退款，一会你手机会收到个码，发我一下。", "asks_secrets"),
            ("刚才不小心把你的号填成我的了，你收到一条六位数的短信，截图发我一下，谢谢啊。", "asks_secrets"),
            ("您好，速通卡客服，您的ETC十年到期了，要续约，银行卡信息报一下我帮您处理。", "asks_secrets"),
            ("妈，我在外面欠了点钱，今天必须还上，你先帮我凑两万，别告诉爸。", "relative_needs_money"),
            ("爷爷，是我啊，我闯祸了，您千万别跟我爸说，帮我一次。", "relative_needs_money"),
            ("我是老张，路上出了车祸，人在医院，钱带得不够，你先帮我打两万过来。", "relative_needs_money"),
            ("是浩浩爸爸吗？我是学校的，孩子摔着头了，医生说要马上手术，您先转点钱。", "relative_needs_money"),
            ("阿姨，您的百万医疗保险免费期结束了，现在要马上关掉，不然每年扣两万多。", "student_loan_cancel"),
            ("您好，这边是抖音平台客服，系统显示您看直播时开了会员，下月起每月自动扣780元，您要关掉吗？", "student_loan_cancel"),
            ("您好，您的抖音月付开通了自动扣费，每月扣一次，您要关的话我教您操作。", "student_loan_cancel"),
            ("您好，您在我们平台的会员到期了，续费失败会影响征信，您看要不要关掉？", "student_loan_cancel"),
            ("您好，我是社保中心的，您社保卡被人冒用了，我把电话转给公安，您别挂。", "fake_legal"),
            ("您的医保卡在外地被人补办了一张，产生违规报销，请配合核实。", "fake_legal"),
            ("我是县局的老刘，通过一下，聊点工作上的事。", "new_number_impersonation"),
            ("您网购的东西我们查不到了，给您赔，您下载一个软件我教您填。", "app_or_screen_share"),
            ("再不处理，明天你们全公司都会知道你欠钱不还，你领导的电话我已经有了。", "third_party_threat"),
        ],
    )
    def test_the_ask_is_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in {flag.rule.code for flag in result.red_flags}
        assert result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            # Warnings and a person telling of a call they saw through.
            "【中国移动】反诈提醒:冒充微信、支付宝客服称“百万保障免费期结束,每月收费800元并影响征信”的均为诈骗。百万保障完全免费,无需关闭。",
            "说我的医保卡在外地被重新开了一张,有违规报销,要转接外地公安。我没多说挂了,这是新型骗术。",
            # A genuine notice that sends to the app's own settings.
            "【抖音】您的会员将于12月10日自动续费，如需取消，可在App“我的-设置-自动续费”中关闭。",
            # A teacher who takes no money, and a teacher's home visit.
            "家长您好，我是孩子班主任刘老师，本学期资料费统一在学校缴费平台缴纳，老师不收取任何现金和转账。",
            "资料费一律通过“校园缴费”公众号缴纳，班主任不会发收款码，请家长们相互转告。",
            "陈浩爸爸您好，我是班主任林老师，明天家访大概下午四点到，方便的话回个信息。",
        ],
    )
    def test_warnings_own_settings_and_teachers_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch63LessNoise:
    @pytest.mark.parametrize(
        "text",
        [
            "爆通讯录、发P图、打给领导都是违法催收，欠款可以协商，但不要被吓着转到催收员个人账户。",
            "王姐，我是行政小孙，下午会议室改到三楼，您通知一下部门同事。",
            "练习册已经发给孩子了，学校统一采购，费用从学杂费里出，不用另外交。",
        ],
    )
    def test_a_warning_a_colleague_and_a_school_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "再不还钱就打给你领导，让你全公司都知道，这都是你逼的",
            "您好，我是微信支付客服，您的百万保障不再免费，不取消的话要交一千多保费。",
        ],
    )
    def test_a_threat_and_a_free_period_said_to_end_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestABlindReviewAndAFreshReadOfBatch63sChange:
    """/tmp/review30a (59 worse of 360) and /tmp/fresh30: genuine texts the first version of batch 63's patterns raised."""

    @pytest.mark.parametrize(
        "text",
        [
            "【爱奇艺】您的会员免费期已结束，将按月扣费15元，如需取消可在App内设置。",
            "你那个会员不取消的话下个月还要扣钱",
            "爸，您的视频会员每月自动扣费，我教您关掉",
            "您好，已帮您取消自动续费并退回多扣的款项。",
            "您的报警已转至辖区派出所，民警将与您联系。",
            "这事你直接转到派出所去处理吧",
            "您的医保存在异常报销记录，如有疑问请到医保经办机构核实。",
            "恭喜你！明天全公司都会知道你升职的好消息",
            "奶奶，你下载个软件，我教你怎么视频通话",
            "你银行卡号报一下，我把钱转你",
            "哥，妈生日快到了，咱俩凑钱给她买个金镯子，先别跟妈说啊",
            "爷爷出了点事住院了，不严重，先别跟我妈说，她心脏不好，我这边守着。",
            "宝贝，你惹事了没关系，先别告诉爸，妈妈来处理。",
            "哥，爸住院了，我钱带得不够，你先帮我转三千过来",
            "我是邮局的小王，加一下微信",
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我们不收取任何费用，放款前需先交500元保证金",
            "资料费老师不收现金，请家长扫码转到我微信，每人260元",
        ],
    )
    def test_a_fee_asked_for_after_no_fee_is_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestBatch63sLeftovers:
    """Batch 63's risky texts still rated low at 3170161, and genuine ones rated high, that a careful reader tells apart."""

    @pytest.mark.parametrize(
        "text",
        [
            "外婆，我打架被抓了，警察说交了钱才能放，您先别挂，我让警官跟您说。",
            "您有一份法院重要文件到付，请尽快回复确认签收，否则退回。",
            "你好，你家人给你寄了个到付件，95元，方便的话我现在送上去，微信转我就行。",
            "您好，抖音客服，您的产品订阅将到期扣费，需要帮您退订吗？",
            "各位家长，入学前请交班费358元，扫码即可，交完在群里回复孩子姓名。",
        ],
    )
    def test_risky_asks_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "王老师您好，我是家长群的李妈妈，号码换了，麻烦您更新一下通讯录。",
            "妈，我在给你装医保App，验证码发到你手机上了，我就在你旁边，你念给我听。",
            "有个头像跟你一样的号加我说换微信了，我没通过，先问你一下是不是你。",
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            # (Still a threat, a code still asked for, a link still bait.)
            "你不还钱我就把你通讯录都打一遍，更新一下你的通讯录吧",
            "我问一下是不是你 http://x.top/a",
            "班费每人100元，请通过学校缴费平台缴纳。",
        ],
    )
    def test_the_exceptions_stay_narrow(self, text: str) -> None:
        result = analyze(text)
        if "平台" in text:
            assert result.risk != "high"
        else:
            assert result.risk == "high"
        if "通讯录" in text:
            assert "third_party_threat" in {flag.rule.code for flag in result.red_flags}


class TestBatch64TheInstructionWithoutItsLink:
    """Batch 64 (written blind): the link, code, mini program or app named but cut or masked where the message is quoted."""

    @pytest.mark.parametrize(
        "text",
        [
            "【ETC中心】您的ETC卡已失去使用资格，详见链接办理恢复，逾期注销。",
            "【网银中心】您的U盾证书已过期，长按识别二维码进行更新，逾期网银停用。",
            "【花呗】您的额度即将冻结，请在支付宝搜索小程序“***服务中心”解冻。",
            "您的退税需通过“税务***”APP领取，下载后输入银行卡即可到账。",
            "医保局小王，你的医保卡有异常，通过一下好友，我发链接给你处理。",
            "您的会员自动续费即将生效，扣款5000元，点击下方链接取消。",
            "【征信提醒】您的信用评分已下降，请立即点击***查看并申请修复。",
        ],
    )
    def test_the_instruction_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # (Told or warned of, not asked: the link is not there to follow.)
            "车友群提醒：今天收到“交管12123”让点链接交罚款的短信，网址不是官方的，大家违章一律在12123APP里查。",
            "合肥网警：有人收到“10086”发来“充100送200”的短信，点链接充值后卡被盗刷，运营商称从未发过此类短信。",
            "我那条违章短信是12123那个号发的，APP里能查到，在APP里直接交了，没有让点链接",
            # (A city masked as XX is no app masked.)
            "【XX市社保中心】您的养老待遇资格认证将于12月31日到期，请通过“电子社保卡”或“XX人社”APP自助认证。",
            "我发个链接给你，这家店不错",
        ],
    )
    def test_told_or_official_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestABlindReviewOfBatch64sChange:
    """/tmp/review31a (33 worse of 360 at aa5630e): genuine texts the first version of batches 63's and 64's patterns raised."""

    @pytest.mark.parametrize(
        "text",
        [
            "妈，爱奇艺客服说你的会员下个月开始自动扣费，要我帮你取消吗？",
            "孩子的成绩单发群里了，长按识别二维码进不去",
            "这是你吗？长按识别图片里的二维码可以看原图",
            "同学们注意：学籍信息未补录的，请点此链接填写，截止本周五，辅导员。",
            "班级相册已更新，秋游的照片都在里面，扫描下方二维码进入相册下载。",
            "我朋友寄的到付件到了，帮我扫码付一下运费，晚上还你",
            "货车被扣在收费站了，要交了罚款才能走",
            "我家的狗被物业关起来了，说要交罚款才能放出来，真是离谱。",
            "我的信用分下降了，想申请修复一下，你知道怎么弄吗？",
            "练习册要交56元，我扫码交了",
        ],
    )
    def test_genuine_texts_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_a_code_sent_to_one_who_says_he_is_nearby_is_still_asked_for(self) -> None:
        text = "我是你同事老李，我就在你旁边办公室，把你刚收到的支付宝验证码发我一下"
        assert "asks_secrets" in {flag.rule.code for flag in analyze(text).red_flags}

    @pytest.mark.parametrize(
        "text",
        [
            "妈，我嫖娼被派出所抓了，交罚款才能放人，千万别告诉爸，快转两万",
            "您好，您买的面霜检测不合格，我们全额退款，我发您一个退款链接。",
        ],
    )
    def test_the_scams_it_missed_are_not_low(self, text: str) -> None:
        assert analyze(text).risk != "low"


class TestBatch65TheAskWithoutALink:
    """Batch 65 (written blind): short texts whose only sign is the ask itself: a wallet of the writer's to pay into, a code to send back,
    a fee before a job, a "police" case kept secret, an investment group's lure, a "boss" from a new number."""

    @pytest.mark.parametrize(
        "text",
        [
            "车险给你打七折，钱转我微信，下午就出单。",
            "理赔还差一步，直接转给理赔员的微信就行。",
            "保单补差价720元，直接微信转我，明天一起退给您。",
            "违章的钱先转我这边，我统一帮您销案。",
        ],
    )
    def test_a_persons_wallet_to_pay_into_is_not_low(self, text: str) -> None:
        codes = {flag.rule.code for flag in analyze(text).red_flags}
        assert "pay_to_account" in codes

    @pytest.mark.parametrize(
        "text",
        [
            # (Paid, not asked: the platform sent the money.)
            "平台审核完就把钱转到我支付宝了，一切正常。",
            # (The way one has always paid, and a relative asking to borrow.)
            "这个月房租照旧转我微信就行，我出差回来再抄水表。",
            "姐，这个月生活费紧，先借我800行吗？下周发工资就还，转我微信就行。",
            # (Told as what scammers say.)
            "卖号要小心，骗子常说“别走平台，你直接微信转我”，钱到手就拉黑。",
        ],
    )
    def test_a_wallet_paid_into_told_or_a_relatives_is_not_asked(self, text: str) -> None:
        codes = {flag.rule.code for flag in analyze(text).red_flags}
        assert "pay_to_account" not in codes

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("售后专员：后台刚给您发了一条六位数字，请原样回复给我，好给您退款。", "asks_secrets"),
            ("赠送的年卡已激活一半，系统发了验证码，回复给我就开通了。", "asks_secrets"),
            ("恭喜通过复试，下周一上岗前请先交工装费和体检费320元。", "fees"),
            ("把钱转到我给的账户自证清白，转完马上解冻。", "fake_legal"),
        ],
    )
    def test_the_ask_raises_its_rule(self, text: str, code: str) -> None:
        assert code in {flag.rule.code for flag in analyze(text).red_flags}

    @pytest.mark.parametrize(
        "text",
        [
            "【XX银行】公检法机关不存在“安全账户”，如有人要求您转账“自证清白”，请立即挂断并拨打110。",
            "【XX银行】您的信用卡年化利率为18%，按日计息，详询95555。",
        ],
    )
    def test_warnings_and_notices_in_the_same_words_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # (The person tells what they were made to do and that they saw through it: worth a second look, no more.)
            "有人私信说送我会员，让我把验证码发给他，这不就是骗账号嘛，拉黑了。",
            "让我下个什么会议软件共享屏幕，我直接挂了。",
            "有人拉我进了个荐股群，说有内部消息，我直接退群了。",
            "我爸被拉进好几个理财群，还有导师一对一，我帮他全退了。",
        ],
    )
    def test_a_scam_seen_through_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestABlindReviewOfBatch65sChange:
    """/tmp/review32a (94 worse of 276 at 185f1b0): bills split among friends, a courier paid on WeChat, bosses, teachers, schools and
    companies, and a person still in a scam asking what is going on."""

    @pytest.mark.parametrize(
        "text",
        [
            "室友们，这个月电费一共240，一人60，转我微信就行。",
            "您订的生日蛋糕，订金50元转我微信就行，取货时再付尾款。",
            "到付件运费18元，您可以付现金，也可以转给快递员微信，包裹已放门口。",
            "银行提醒：不要把钱转给客服的微信或支付宝，官方不会这样收款。",
            "保险公司说理赔款这两天会打到我支付宝，到时候分你一半医药费。",
            "研究生入学后由导师一对一指导毕业论文。",
            "公司内部群通知：明天全员加班，收到请扣1。",
            "小李，明天来我办公室一趟，帮我把上个季度的报表整理一下。",
            "老板的小号我存了，他说以后请假直接跟他说。",
            "录用后请先交身份证复印件、学历证书复印件各一份。",
            "工服费公司承担，员工不用先交钱。",
            "出差到了，去酒店开了个房，晚上跟你视频。",
            "入职需要办理工资卡，请把身份证号和银行卡号发给我。——人事部",
            "驾校报名请回复真实姓名和身份证号，用于预约科目一考试。",
        ],
    )
    def test_genuine_texts_in_the_same_words_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_a_mother_telling_her_child_not_to_take_the_banks_calls_is_not_high(self) -> None:
        assert analyze("这几天银行打来的电话不要接，都是推销贷款的，有事我会直接跟你说。").risk != "high"

    def test_a_person_still_in_it_asking_what_is_going_on_is_not_a_refusal(self) -> None:
        text = "客服说我的白条要注销，让我下载会议软件，我没下载，他说今天不弄就影响征信，这到底怎么回事"
        assert analyze(text).risk == "high"


class TestBatch65sLowsFollowedUp:
    """The batch 65 scams still rated low after its review, where the form itself is the scam's own: a cash machine worked by a
    caller's words, a credit line drawn out and paid back or parked in a "中间账户", a fee paid back to the one who promises the money,
    the key to press after what it is for, the code that orders a new SIM card, and a caller who wants the bank and the police kept
    out. Beside them, the same words in genuine use, and the blind review's genuine probes (/tmp/review33a)."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("民政局的，高龄补贴今天发，你带卡去取款机，按我说的步骤操作就能到账。", "safe_account"),
            ("为了把利率降下来，你得把备用金额度全部借出来，再还回去就行。", "safe_account"),
            ("注销账户前，先把余额转到中间账户核对，核对完原路退回。", "safe_account"),
            ("退保金已经到账一部分，按协议先交1500手续费给我，剩下的月底前退完。", "fees"),
            ("您已订购彩铃会员，每月30元，如需取消，请编辑短信HK8861****2093发送至10086。", "asks_secrets"),
            ("这个案子要保密，这几天派出所打来的也别接，只跟我联系。", "fake_legal"),
        ],
    )
    def test_the_scams_own_forms_are_flagged(self, text: str, code: str) -> None:
        result = analyze(text)
        assert code in result.codes and result.risk != "low"

    def test_the_key_to_press_after_what_it_is_for_is_the_channel(self) -> None:
        assert analyze("您的医保卡使用异常，为不影响看病，了解详情请按9，人工为您核对。").risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "妈，你去取款机，按我说的操作就能取钱了，先插卡。",
            "你先把借呗额度借出来还信用卡吗？",
            "10086提醒：任何人让您编辑HK加数字发到10086都不要照做，那是补卡指令。",
            "我妈差点按短信编辑HK发10086退订，还好我拦住了。",
            "反诈中心提醒：96110打来的电话一定要接。",
            "【招商银行】您的信用卡账单已出，查询请按1。",
            "代办公司说先付服务费，我没理。",
            "平台的结算流程：买家付款先转入中间账户，确认收货后再打给商家。",
            "妈，去银行办卡的时候，柜员问你就说办一张社保卡。",
            "柜员问起来你就说要办挂失，身份证一定带上。",
            "我把借呗额度全部借出来再还回去了，想看看能不能提额，结果没用。",
            "骗子会让你去ATM机，按他说的操作说钱就能退回，千万别去！",
            "妈，人社局办退休要你的身份证和银行卡正反面，你拍个正反面发我。",
            "财政局的补贴下来了，你把银行卡号跟我说一下，我帮你填表。",
        ],
    )
    def test_the_same_words_in_genuine_use_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "考试期间手机关机，家人打来的也别接，考完再说。",
            "如果对方叫你连派出所打来的电话也别接，那百分之百是诈骗。",
        ],
    )
    def test_calls_not_to_be_taken_in_genuine_use_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch66ThePhoneItselfAsTheWayIn:
    """Batch 66 (tests/data/TUNE66.md): the scam that works through the phone — the code that orders a new SIM card, a dialling
    code that forwards the calls, the carrier's service password, a voice menu's key, collectors who bomb the phone or call the
    boss. Beside them the carrier's own notices and the warnings and accounts that retell such asks."""

    @pytest.mark.parametrize(
        "text",
        [
            "您订购的音乐包每月15元，退订请把代码HK8986****2210原样发送到10086。",
            "彩铃费用即将扣除，如需取消请回复HK+下列编号：8986****7731。",
            "**67*158****4420# 输完按拨号，赔款马上到账。",
            "办案需要，请你现在拨**21*，后面加我给你的号码，再按#号。",
            "请您现在拨打 *72 加上我报给您的号码，检察院的电话才能打进来。",
        ],
    )
    def test_the_codes_that_hand_over_the_number_are_high(self, text: str) -> None:
        result = analyze(text)
        assert "asks_secrets" in result.codes and result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "语音提示：您的包裹运输中丢失，理赔请按1转专员。",
            "自动语音：您的宽带上网异常，两小时后停用，如有疑问请拨9转接人工服务。",
        ],
    )
    def test_a_voice_menus_key_is_the_channel(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("再不还，明天我们打你们领导电话，让你单位都知道你欠钱。", "third_party_threat"),
            ("不接是吧，以后每天一百个电话打到你爆。", "threat_or_abuse"),
        ],
    )
    def test_collectors_who_call_the_boss_or_bomb_the_phone_are_flagged(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "【中国移动】您的号码已设置无条件呼叫转移，来电将转至170****5516。如非本人操作，请联系10086取消。",
            "“快递员”让我在拨号盘输入**21*加一串号码，我查了是呼叫转移，没按，直接挂了。",
            "谁让你在拨号盘输**21*都别输，那是转走你电话的。",
            "手机打不进来可能被设置了呼叫转移，先拨##002#取消，再打96110。",
            "【中国移动】服务密码是您的重要凭证，请勿告诉他人。",
            "【中国移动】您本月已用流量18GB，回复“LLCX”查询流量明细。",
            "京东快递语音：您的包裹即将派送，确认在家请按1，改约时间请按2。",
            "12520发来的让我把一串HK开头的发10086，我一查是换卡指令，没发。",
            "我们公司订单号HK202312051234，有问题打10010联通客服。",
            "快递单号HK6601234567，派件员电话10010打不通的话就打我。",
            "出差期间办公室电话全部转到我这边，有事直接打我。",
            "爸，你手机没信号时，电话会转到我这边，别担心接不到。",
            "我打10086人工客服，她让我报了服务密码才能查详单。",
        ],
    )
    def test_the_carriers_own_notices_and_warnings_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "你再不接我电话，我打爆你的手机哈哈，快回我！",
            "快递小哥每天几十个电话打你，是因为你地址写错了。",
            "我们明天打你们领导电话约个时间开会，你帮忙问一下。",
            "今天电话银行升级了，查询余额请按1，转账请按2，挂失请按3。",
        ],
    )
    def test_jokes_work_and_a_banks_own_menu_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"


class TestBatch67SomeoneYouKnowAndTheCallRetold:
    """Batch 67 (tests/data/TUNE67.md): someone you know on a new number, and the call retold — money asked with the family or the
    call kept out of it, a class fee paid by a code, a code or a card number to be read out, a person who has already paid; and the
    blind review of 2ed1e75's finds that were wrong in both versions. Beside them real new numbers that invite a check, warnings and
    people who refused."""

    @pytest.mark.parametrize(
        "text",
        [
            "大姐，我是二弟，换了个号。我这边急用八千块，你先转我，过几天还你，别跟妈说免得她担心。",
            "老张：孩子那边急要一笔钱，能不能先借我1500？下礼拜就还你，我在外地不方便打电话。",
            "儿子：妈，宿舍要交罚款，先转给我同学，账号发你，现在别打电话。",
        ],
    )
    def test_money_asked_with_the_family_or_the_call_kept_out_is_flagged(self, text: str) -> None:
        result = analyze(text)
        assert "relative_needs_money" in result.codes and result.risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我在外地出差，不方便接电话，发票你先转给财务小王。",
            "李老师，我刚收到一条短信让我先转5,000给“班主任”，还说别打电话。是您发的吗？",
            "生活费我已经转你了，别跟你爸说，他又要念叨。",
        ],
    )
    def test_papers_a_check_with_the_one_named_and_money_sent_are_not_that_ask(self, text: str) -> None:
        assert "relative_needs_money" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "【班级群】王老师：各位家长，明天要交餐卡充值费，每人500元，直接转给我，我统一交给食堂。",
            "【高一新生群】各位家长，教务处通知，本学期教材费和校服费合计1260元，请在今晚十点前转账。",
        ],
    )
    def test_a_class_fee_by_a_code_or_a_transfer_is_flagged(self, text: str) -> None:
        assert "fees" in analyze(text).codes

    def test_a_class_fee_through_the_schools_platform_is_not(self) -> None:
        text = "各位家长：本学期校服费每套388元，请通过学校统一缴费平台缴纳，班主任不收转账。"
        assert "fees" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "一个说是移动客服的打来，说我的卡没做实名认证马上停机，让我现在报身份证号补登。",
            "来电说酒店系统出错要退我双倍房费，让我报银行卡号和验证码办理退款。",
            "他让我把HK开头那串发到10086，说是退订无线TV，不然每个月扣118。",
        ],
    )
    def test_a_code_or_a_card_number_to_read_out_is_asked_for(self, text: str) -> None:
        assert "asks_secrets" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "说快递丢了让我报验证码理赔，我没报，挂了。",
            "联通打过来推荐宽带提速，客服说不要我报任何验证码，要办的话自己在APP上点就行。",
            "妈，不管谁让你把什么HK开头的发到10086都别发，有扣费的事你拍照给我。",
            "我今天去报名了，老师让我报一下身份证号后四位登记。",
        ],
    )
    def test_refusals_warnings_and_sign_ups_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "我按京东客服说的把额度借出来转到了他给的账户，说注销完就退回来，现在电话打不通了，我已经转了两万怎么办？",
            "早上收到儿子的短信说学费账户改了，我就转了三千，给儿子打电话他说根本没发。",
        ],
    )
    def test_a_person_who_has_already_paid_is_told_what_to_do(self, text: str) -> None:
        result = analyze(text)
        assert "already_paid" in result.codes and result.risk != "low"
        flag = next(f for f in result.flags if f.code == "already_paid")
        assert "110" in flag.rule.advice_zh and "止付" in flag.rule.advice_zh

    @pytest.mark.parametrize(
        "text",
        [
            "如果已经转了怎么办？立即拨打110，并联系银行止付。",
            "我差点就转了，后来他说根本没这回事。",
            "我打了10086，人家说从来没发过兑换积分的短信。",
        ],
    )
    def test_advice_a_near_miss_and_a_check_are_not_already_paid(self, text: str) -> None:
        assert "already_paid" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "我是李明，换号了，这个是新号，存一下。不放心可以先打我旧号问一声。",
            "爸，我换了个新号，旧号也还能用。你先打我旧号确认一下是我，再存这个。",
            "我是房东老李，换了新号码，你存一下，原号也还在用。",
        ],
    )
    def test_a_new_number_that_asks_to_be_checked_on_the_old_one_is_not_flagged(self, text: str) -> None:
        assert "new_number_impersonation" not in analyze(text).codes

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("我们每天打二十个电话给你，打到你崩溃。", "threat_or_abuse"),
            ("你欠的钱我们会跟你的亲戚朋友们一个个说清楚。", "third_party_threat"),
            ("办理费先付给我，我这边马上帮你解冻。", "fees"),
            ("这里是社保局，您的社保卡需要更新，请把身份证正反面发过来。", "asks_secrets"),
            ("我妈现在在ATM前面，对方让她把界面换成英文，她不让银行的人靠近。", "safe_account"),
        ],
    )
    def test_the_reviews_misses_are_flagged(self, text: str, code: str) -> None:
        assert code in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "这场比赛我们输了，从来没输得这么惨过。",
            "我交了三年社保，从没断过。",
            "淘宝上买的衣服，付了钱三天了，卖家还没发货。",
            "我已经交了房租，钥匙丢了怎么办？",
            "我刚交了话费，还是显示停机，怎么办？",
            "他已经借了我两千，一直不还怎么办？",
            "我差一点就转了，后来打电话问我儿子，他说根本没换号。",
            "新闻说有个大妈转了三万给冒充儿子的骗子，后来儿子说从来没发过短信，大家提醒家里老人。",
            "别跟你爸说，我先转你一千零花钱。",
            "把婚礼视频转我一下，先别告诉新娘。",
            "妈，我不方便接电话，在上课，钱够用，不用转我。",
            "手机界面换成英文了怎么改回来？",
            "这台取款机可以选英文界面，外国朋友也能用。",
            "提醒：骗子会让你在ATM上把界面换成英文，说输入退款编号就能退钱，千万别信！",
            "酒店前台让我报身份证号办了入住。",
            "银行柜台让我报卡号，然后输密码取的钱。",
            "别急，一个个说，我都记着呢。",
            "今晚开黑，我打到你服为止哈哈。",
            "学费交给我们，立刻给您开发票。",
            "我打了京东官方客服，退款请按2，查询订单请按1。",
        ],
    )
    def test_the_blind_reviews_genuine_probes_stay_low(self, text: str) -> None:
        # (A blind review of c0cdc16, /tmp/review34a: each of these rose at c0cdc16.)
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "爸，我换号了，老号不能用了，存一下这个新号，明天有事跟你说。",
            "爸，我换号了，旧号没停但是信号不好，先别打电话，急用3000块钱给我转一下。",
            "姐，这是我新号。你不放心可以视频，但我摄像头坏了。先借我6000急用。",
        ],
    )
    def test_a_new_number_that_refuses_the_check_is_still_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text",
        [
            "群里那个通知帮我转给我同事，我在开会不方便接电话。",
            "我是派出所民警小王，请您明天把身份证带上来所里做个笔录。",
            "同事们，我之前的号码不用了，这是新号，明天办公室见。",
        ],
    )
    def test_the_blind_reviews_probes_that_were_medium_before_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestBatch68TroubleRightNow:
    """Batch 68 (tests/data/TUNE68.md): trouble right now — a child hurt at school and money asked at once by a "teacher" or a
    "doctor". Beside them school notices that ask for no money, warnings that quote the ask, parents' own money and everyday
    payments (the blind review of a0d4c38)."""

    @pytest.mark.parametrize(
        "text",
        [
            "一个护士打来说我女儿在学校晕倒了要抢救，让我马上汇两万过去",
            "班主任来电话说儿子体育课摔伤了在医院拍片，要先交押金，让我先转给她",
            "老师说孩子被开水烫伤了送去医院，让家长先打8000到她卡上",
        ],
    )
    def test_a_child_hurt_and_money_asked_at_once_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "family_emergency_money" in result.codes and result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "孩子在学校摔伤了，请家长下午到校医室接一下，不用带钱",
            "【学校】学生在校突发疾病，学校将拨打120并第一时间电话通知家长",
            "各位家长注意：有人冒充班主任打电话说孩子摔伤要先转医药费，请一律先打学校电话核实",
        ],
    )
    def test_a_schools_notice_and_a_warning_are_not_that_ask(self, text: str) -> None:
        assert "family_emergency_money" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            # (A blind review of a0d4c38: a parent who declines the money, sends it, a village's donation, a warning that opens with 如果.)
            "妈，孩子摔了一下没事，你别着急打钱过来，我这边钱够用。",
            "孩子摔了，我先转你两千，你先带她去看医生，不够再跟我说。",
            "小孩出车祸的那家人很可怜，村里在组织捐款，想捐的可以扫码，收款的是村委会账户。",
            "如果接到陌生人说你孩子受伤让转钱，先挂掉，打给孩子和老师核实。",
            "老婆，儿子踢球摔伤了胳膊，在医院缝针，钱不够了，你转2000到我卡上，卡号你知道的。",
        ],
    )
    def test_family_money_declined_sent_or_given_is_not_that_ask(self, text: str) -> None:
        assert "family_emergency_money" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            # (The review found its guards must not hide the rule's older patterns: a kidnapping that says "如接到其他电话不要理".)
            "孩子在我们手里，不许报警，两小时内打20万，如接到其他电话不要理。",
            "家长你好，孩子摔伤了，情况紧急，你先转两万过来，卡号你知道的那个，我是学校财务。",
        ],
    )
    def test_the_guards_hide_no_older_pattern(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # (A pattern for "paid, then the one paid out of reach" was taken out after the review: 45 everyday payments followed by a
            # phone that is off or busy read as a person defrauded.)
            "我刚给我妈转了2000生活费，她手机关机了，可能没电了。",
            "已经给搬家公司转了300定金，司机电话打不通，公司客服说司机在路上，马上到。",
        ],
    )
    def test_a_payment_and_a_phone_that_is_off_are_not_already_paid(self, text: str) -> None:
        assert "already_paid" not in analyze(text).codes


class TestBatch69AfterTheMoneyLeft:
    """Batch 69 (tests/data/TUNE69.md): after the money left — "recovery" helpers who want a fee first, refunds and payouts that cost
    money, a payment followed by being blocked, a collector's own account, beside police and court notices that ask the person to
    come in, victims who reported it and warnings that quote the asks."""

    @pytest.mark.parametrize(
        "text",
        [
            "我们有技术可以从对方后台拦截资金，先付1500服务器费用就开始",
            "专业追款，先交手续费，追回后再结尾款，私信我",
            "你被骗的钱已经追回来了，现在冻结中，需要充值VIP会员才能解冻",
            "我去年也被骗了四万，找人全追回了，需要的话私聊我",
            "他说是反诈中心的，我上次被骗的钱追回了，让我加QQ办理退还",
        ],
    )
    def test_a_recovery_for_a_fee_is_flagged(self, text: str) -> None:
        assert "recovery_offer" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "“黑客追款”都是骗局，对方要的技术费会打水漂",
            "那个说能追回的人要我先交服务费，我没交，直接报了警",
            "我被骗了两万，报警后民警追回来了，有事可以私信我",
            # (A debt or wages got back and the lawyer paid, a blind review of cd0c18e.)
            "律师帮我把拖欠的工资要回来了，律师费三千，值了",
            "手机丢了，好心人帮我找回来了，我给了他两百块辛苦费",
        ],
    )
    def test_a_warning_a_refusal_or_the_polices_recovery_is_not(self, text: str) -> None:
        assert "recovery_offer" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "卖家说可以退钱给我，但要先交300手续费",
            "客服说交150登记费就能优先退赔",
            "提现的时候客服说要先交20%个人所得税",
            "收款卡号填错资金被锁定，需转入等额资金解锁",
        ],
    )
    def test_money_asked_before_a_refund_or_a_withdrawal_is_a_fee(self, text: str) -> None:
        assert "fees" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "定金已付，三百，周末我来取货",
            "您的退款已原路退回，退款无需支付任何费用",
        ],
    )
    def test_a_deposit_already_paid_and_a_free_refund_are_not(self, text: str) -> None:
        assert "fees" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "驾校说中途退费要交300元手续费，扣完剩下的月底退",
            "【XX银行】您的信用卡本期应还2300元，请在还款日前存入等额资金以便自动扣款",
            "提现的时候要交个税是正常的，劳务报酬按规定预扣",
        ],
    )
    def test_a_deduction_an_autopay_and_a_withheld_tax_are_not_fees_first(self, text: str) -> None:
        # (A blind review of cd0c18e.)
        assert "fees" not in analyze(text).codes

    def test_a_deposit_asked_now_is_still_a_fee(self) -> None:
        assert "fees" in analyze("交500定金已经给你安排好了，名额紧张，下午前转过来").codes

    @pytest.mark.parametrize(
        "text",
        ["钱打过去以后对方就把我拉黑了，怎么办", "充了三千做任务，群就解散了"],
    )
    def test_paid_then_blocked_is_already_paid(self, text: str) -> None:
        assert "already_paid" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "大家别买那个号，我同学付了钱就被拉黑了",
            # (Everyday groups that close after a payment, a warning and a break-up: a blind review of cd0c18e.)
            "班费交了，学期结束群就解散了，剩的钱班长说会退",
            "千万别给陌生人转钱，转了就会被拉黑",
            "转了红包给前女友，她把我拉黑了，哈哈，算了",
        ],
    )
    def test_someone_else_blocked_an_everyday_group_or_a_warning_is_not(self, text: str) -> None:
        assert "already_paid" not in analyze(text).codes

    def test_a_repayment_to_a_collectors_own_account_is_flagged(self) -> None:
        assert "someone_elses_account" in analyze("催收说能减罚息，让我把钱转到他个人支付宝").codes

    def test_a_relatives_account_is_not(self) -> None:
        assert "someone_elses_account" not in analyze("我妈的花呗逾期了，我转到她支付宝让她自己还").codes

    @pytest.mark.parametrize(
        "text",
        [
            "我是城南派出所民警，您报的案子追回了一部分钱，请您带身份证来所里领取",
            "这里是区法院执行局，执行款已到，请本人携带身份证到立案大厅办理",
        ],
    )
    def test_the_police_or_a_court_asking_you_to_come_in_is_not_fake_legal(self, text: str) -> None:
        assert "fake_legal" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "我是城南派出所民警，请带身份证来所里，来之前先把保证金转到指定账户",
            "你涉嫌非法集资已被立案，带身份证来局里之前，先缴纳两万元取保候审金",
            "公安局通知：你名下银行卡涉嫌洗钱，民警已经冻结止付，请立即回电配合调查，否则将被通缉",
        ],
    )
    def test_a_call_to_come_in_or_a_freeze_that_also_asks_or_threatens_stays_fake_legal(self, text: str) -> None:
        assert "fake_legal" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        ["我女儿刷单被骗了五千，昨天已经去派出所报了案", "【反诈提醒】刷单就是诈骗，先垫钱的兼职都是骗局"],
    )
    def test_order_brushing_told_as_a_fraud_with_the_police_is_not_a_lure(self, text: str) -> None:
        assert "job_lure" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        ["在家刷单，每单佣金5元，日结，加我微信", "兼职不是骗局，合法合规不违法，日结300，动动手指就能做，加QQ 58473291"],
    )
    def test_an_order_brushing_lure_still_is(self, text: str) -> None:
        assert "job_lure" in analyze(text).codes


class TestBatch70TheReassuringLine:
    """Batch 70 (tests/data/TUNE70.md): scams that borrow an anti-fraud warning or a reassurance and then ask the reader to go around
    the institution, beside genuine notices that warn in one sentence and name their own channel in another, and people who saw
    through one."""

    @pytest.mark.parametrize(
        "text",
        [
            "谨防冒充！罚款请扫专员收款码缴纳。",
            "为防诈骗请认准本通知，3日内向以下专户汇款处理。",
            "不听不信不转账！家中存款请交民警统一保管。",
            "退款不收任何费用哦，先借备用金验证一下收款能力。",
            "勿信假客服！还款请转我私人微信，到账即销账。",
            "本短信真实有效，为防诈骗，请将验证码回复给客服专员核实。",
            "防诈骗，此事不要电话确认，按我说的先付款。",
            "我们法院不会骗人，您先把和解金转入调解员账户即可撤诉。",
            # (A blind review of 741161c: the ask in a clause a denial word stood before in the same sentence, after 不过, further on, or
            # in other words; and the ask first, the warning after it.)
            "【XX银行】谨防诈骗，请勿还款至APP，请扫专员码还款。",
            "防骗提醒，我们从不收钱，不过这次放款需要先交一笔验证资金，到账后全额退还。",
            "放心，我们从来不收钱。但这次办理需要你先借一笔微粒贷来验证流水。",
            "【反诈中心】防诈预警：您名下账户被不法分子利用，请在今日内将资金转至反诈专户进行保护。",
            "防诈提醒：您的款项需要先打到我们经理的支付宝上，核实后再退还。",
            "不是骗子哈，你把银行APP登录的短信码截图发我，我帮你查账。",
            "我们是正规的，不要去银行柜台办理，柜员不懂这个业务，在手机上按我说的转就行。",
            "请扫专员二维码还款，谨防诈骗，认准本条短信。",
            "你领一下备用金转给我，我给你把订单退了，我们是官方客服放心。",
            # (A new number that warns about the old one, a deposit window, the police who "do not work online" but want secrecy, a refund
            # kept from the police station, a group's helper to add.)
            "我是王总，换新号了，旧号被盗勿信。先帮我转三万给客户。",
            "谨防冒充，本群导师不收任何费用。入金通道今晚十点关闭。",
            "公检法不会线上办案，但你这个案子比较特殊，请保密。",
            "为确保退赔款不被二次诈骗，也不要去派出所咨询，以免影响流程。",
            "本群真实有效，不收任何入会费，下单前请先加接待员领取任务。",
        ],
    )
    def test_a_warning_then_an_ask_around_the_institution_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "warning_then_ask" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            # The genuine notice: the warning, then its own app, number or counter.
            "【某银行】为防诈骗，请通过官方APP还款，切勿转入任何个人账户。",
            "谨防诈骗：本行不会要求您向个人账户转账，如有疑问请拨打卡背面客服电话。",
            "为防诈骗，住院押金请到医院收费窗口缴纳。",
            "请走银行正规渠道，短信验证码不要告诉任何人。",
            # A warning that tells of the scam's ask, and a parent group told not to scan.
            "最近有骗子冒充班主任，还会说“别信私聊，只在群里交”。群里出现收款码大家一律不扫，先打电话问班主任。",
            "防骗小贴士：贷款前还要先交“通道费”的，基本可以判定是假平台，可向12321举报。",
            # Someone else's ask, told by the anti-fraud centre.
            "这里是市反诈中心，对方自称追回中心，要他先交三万手续费，请您尽快回家劝阻。",
            # (A blind review of 741161c: a warning that quotes the scam's ask, a family's and a landlord's everyday words, a notice that
            # names its own counter, and banks' warnings whose ask is denied.)
            "防诈小课堂：骗子会说“不要打电话确认，直接转到以下账户”，遇到请拨打96110。",
            "朋友们防诈啊，我同事收到短信说“请将存款转入安全账户”，幸好没理。",
            "防诈宣传：为防诈骗，请大家牢记，任何要求“汇款到以下账户”的陌生信息都不要相信。",
            "【XX公安】提醒：不会要求群众“请保密”并转账，遇到请拨110。",
            "放心吧妈，我到家了，钱你转到我新卡上就行，旧卡我注销了。",
            "【XX房管局】谨防诈骗：购房资金监管请存入监管账户，账号以合同备案信息为准，请到银行网点柜台办理。",
            "【工商银行】提醒您：银行工作人员不会打电话指导您转账，更不存在所谓“安全账户”。请勿向陌生账户转账，谨防诈骗。",
            "【中信银行】温馨提示：本行不会以短信或电话要求您提供验证码、转账到“安全账户”，请谨防诈骗。",
            "如有人以“还款未入账”为由要求您转入个人账户，请拨打官方客服举报。",
            "为保障您的资金安全，请勿将验证码告诉他人，如非本人操作请致电95588。",
            "公检法不会线上办案，更不会要求您转账，接到此类电话请拨打110。",
        ],
    )
    def test_a_genuine_notice_or_a_warning_is_not(self, text: str) -> None:
        assert "warning_then_ask" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "有人让我把钱转到监管账户，柜员帮我打了95588核实，钱没转出去，谢天谢地。",
            "老同学说验证码发错到我手机让我截图给他，我打电话问了，他QQ被盗了，差点就把验证码给出去了。",
        ],
    )
    def test_a_person_who_saw_through_it_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    def test_still_in_it_after_nearly_paying_stays_high(self) -> None:
        text = "我妈接了视频，对方穿着警服让她开屏幕共享核查资金，她已经找我爸借钱，还差点把钱转到对方说的安全账户里。"
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "请通过官方APP还款。今天18点前未处理，我们将致电您的父母和单位领导说明情况。",
            "您再不还款，我们将向您父母所在社区寄送催款函。",
            "我们已经在联系您哥哥，也会把您的事跟您哥嫂的单位讲清楚。",
        ],
    )
    def test_a_polite_collector_who_tells_the_family_or_the_employer_is_flagged(self, text: str) -> None:
        assert "third_party_threat" in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            "如有怀疑请致电煤气公司客服热线查证。",
            "班主任不会通过私人微信收费，有疑问请致电学校财务室。",
        ],
    )
    def test_advice_to_call_someone_is_not_a_threat(self, text: str) -> None:
        assert "third_party_threat" not in analyze(text).codes


class TestBatch71TheWayOutOffered:
    """Batch 71 (tests/data/TUNE71.md): debt-relief, credit-repair and "negotiation" agencies that offer a way out, beside the real
    routes a borrower takes himself (个性化分期, 延期还款 and 协商还款 through the lender's own hotline or app) and warnings, case reports
    and people's accounts that name the agencies' words."""

    @pytest.mark.parametrize(
        "text",
        [
            "【某某消费金融】您在APP里提交的延期还款申请已通过，本期账单顺延30天，不另收费用。",
            "老公，个性化分期要本人去银行申请，带上身份证和收入证明，柜员说不收钱。",
            "【国家开发银行】如暂时无法按期偿还助学贷款，可在学生在线服务系统申请延期还款，申请免费。",
            "我已经跟平台协商了，罚息减了一部分，剩下的分12期，新合同在APP里。",
            "【某某金融监管局】警惕代理投诉陷阱。协商还款请直接联系您的金融机构。",
        ],
    )
    def test_the_route_a_borrower_takes_himself_is_no_agency(self, text: str) -> None:
        result = analyze(text)
        assert "debt_relief_agency" not in result.codes
        assert result.risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "个性化分期代办，建档费299，包批。",
            "您的逾期协商申请已由我司受理，请于今晚前支付评估费880元。",
            "个性化分期你自己打客服批不下来，我们帮你走特殊渠道，签个委托书就行。",
            "专业办理延期还款，成功后再收费。",
        ],
    )
    def test_the_same_route_sold_as_a_service_is_an_agency(self, text: str) -> None:
        assert "debt_relief_agency" in analyze(text).codes

    def test_a_code_to_read_out_on_a_call_back_is_asked_for(self) -> None:
        result = analyze("您的信用卡可申请延期还款，回电并报验证码办理。")
        assert "asks_secrets" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text", ["爸，积分兑换要自己编辑短信发到营业厅号码，别点别人的链接，也别报验证码。", "有人举报验证码被盗用。"]
    )
    def test_a_code_not_to_read_out_is_not_asked_for(self, text: str) -> None:
        assert "asks_secrets" not in analyze(text).codes

    @pytest.mark.parametrize(
        "text",
        [
            # The verdict after what it judges, in the same clause (batch 70's police and family warnings).
            "妈，群里那条提醒后半截让人转安全账户的那段是骗人的，赶紧撤回。",
            "您好，这里是96110，对方是不是说您的账户要注销不然影响征信让您下载会议软件共享屏幕这个是诈骗您千万不要操作。",
            # A bank's own denial of an account, and what staff may not do.
            "【某某银行】本行无“协商过渡账户”，请勿转账。",
            "【某某消费金融】还款计划已调整。我司还款仅通过APP或官方对公账户完成，员工无权让您转入个人账户。",
            # A case told as a lesson, whose closing advice refuses the ask it names.
            "【以案说险】持卡人李某找到所谓代理维权公司，交了定金并提供卡号密码，对方随后失联。停息挂账须本人与银行协商，切勿把密码交给他人。",
            "【某某银行】以案说险：有客户委托“反催收”团队，交了服务费并提供身份证和验证码，结果罚息上涨。协商还款请直接联系本行，切勿轻信代理。",
            # A person who saw through it and reported it.
            "注销校园贷的电话今天又来了，已报警。",
        ],
    )
    def test_a_warning_that_names_the_ask_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            # Not a denial, nor asked, nor said of the accusers: the verdict words hide no scam's own ask.
            "这不是诈骗，请把保证金转到监管账户。",
            "你问是诈骗吗？放心，请把保证金转到监管账户。",
            "说我们是骗子的都是同行，请把保证金转到监管账户。",
        ],
    )
    def test_a_scam_that_denies_being_one_stays_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    # (A blind review of 04061ad, /tmp/review38a: the route words sold through a chat or a mobile number, for a commission, or as a
    # "qualification" to claim by a link; a notice copied to the employer; and genuine custody accounts, warnings and retellings.)
    @pytest.mark.parametrize(
        "text",
        [
            "个性化分期办理，成功率98%，不成功不收费，加微信yq8866咨询。",
            "延期还款找我们，成功后按减免金额收取15%佣金，电话13611112222。",
            "为您办理个性化分期，最长可分60期，免息免罚，详询15012345678。",
            "信用卡延期还款，可以搞，收你一千，成了再付尾款，电话15611223344。",
            "分期协商办理中心：最低分60期，免罚息，联系客服18600009999。",
            "个性化分期专办，不成功不收钱，微信gxh666。",
            "将收到的验证码报过来，即可完成个性化分期办理。",
            "逾期的通知会抄送你单位领导。",
            "尊敬的用户，您的延期还款资格已开通，请点击 http://yanqi-hk.com 领取。",
            "【XX银行】尊敬的客户，您的信用卡可申请延期还款，请点击 http://xx-bank-yq.cn 填写资料并支付评估费99元。",
        ],
    )
    def test_the_blind_reviews_scams_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "妈，有人打电话让你报验证码，你千万别报，直接挂掉。",
            "【XX证券】客户交易结算资金存放于第三方存管银行托管账户，请放心。",
            "我们小区的物业维修基金在银行托管账户里，业主可以查询。",
            "预付卡资金已存入银行托管账户，消费者权益受保障。",
            "今天有人让我把钱转到托管账户，说是银行要求的，我没转，打了银行电话确认是诈骗。",
        ],
    )
    def test_the_blind_reviews_genuine_texts_are_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    def test_an_id_number_someone_was_told_to_reply_with_is_not_asked(self) -> None:
        assert "asks_secrets" not in analyze("我妈收到个短信让回复身份证号领补贴，我让她别回，是骗人的。").codes

    def test_a_masked_lenders_head_is_its_signature(self) -> None:
        text = "**消费金融:您的借款已逾期5天，当前应还2318.60元。请尽快登录APP还款，如有困难可在APP内申请延期。"
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        ["个性化分期代办，建档费399，包批。", "代理投诉银行，先交材料费，保证减免。", "信用卡停息挂账，先交手续费，包办成。"],
    )
    def test_an_agency_that_asks_its_fee_first_is_high(self, text: str) -> None:
        result = analyze(text)
        assert "debt_relief_agency" in result.codes
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "本行协商还款不收手续费。[招商银行]",
            "短信说可以帮我协商免息，要我先交评估费，是骗子吧？",
            "我最后没找那个“债务优化”公司，直接打了信用卡背面的电话，银行给我批了分期，没收手续费。",
        ],
    )
    def test_a_fee_denied_or_retold_beside_an_agency_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "姐，你别找网上那些收服务费的债务公司了，我刚问了12348，免费咨询。",
            "【某某律师事务所】尊敬的客户，您委托的案件已完成立案，代理费已按合同收讫，后续无其他费用。",
        ],
    )
    def test_a_fee_warned_off_or_already_settled_is_not_asked(self, text: str) -> None:
        assert "fees" not in analyze(text).codes

    # (A second blind review, of 446df1b, /tmp/review38b: 别找 inside 特别找 and 区别找; 已按 before a fee still asked; a fee paid, told or
    # not needed, and a warning after it, read as an agency's fee asked first.)
    @pytest.mark.parametrize(
        "text",
        [
            "我们特别找了银行内部人员帮您停息挂账，先交评估费500元。",
            "区别找我们办理停息挂账的客户都上岸了，先交评估费。",
            "停息挂账，咨询费已按您的情况核算为1200元，付款后安排专员。",
            "代理费已按合同写明，签字后先付3000元即可启动停息挂账。",
        ],
    )
    def test_the_second_reviews_agencies_are_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "中介要求我先交评估费，说能办停息挂账，我拒绝了。",
            "我被停息挂账骗了，先交了评估费2000，现在人联系不上了，怎么报警？",
            "去年我找了家债务优化公司，交了建档费399，结果啥也没办，大家别上当。",
            "姐，我问了招行，个性化分期自己打95555就能申请，不用先交什么评估费。",
            "会计：本月材料费2000元已报销，债务处理专项会议周五召开。",
            "妈，那个停息挂账的中介要先交评估费，千万别信。",
            "老婆，逾期了也别找停息挂账中介，他们要先交评估费。",
            "律所：您的债务纠纷案代理费已按合同约定付清，感谢信任。",
        ],
    )
    def test_the_second_reviews_genuine_texts_are_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"


class TestBatch72TheDisguisedText:
    """Batch 72 (tests/data/TUNE72.md): scams and unlawful collection spelled to slip past filters — pinyin initials and syllables,
    look-alike characters, hearts for 信 — read as the words they stand for; beside genuine texts with the same odd typing."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("回复yzm即可解除限制", "验证码"),
            ("xyk额度可提至5w", "信用卡"),
            ("dk5w当天到", "贷款"),
            ("不看zx", "征信"),
            ("岱款已批", "贷款"),
            ("征❤有问题", "征信"),
            ("已逾⑦,请处理", "逾期"),
            ("需交手续fei", "手续费"),
            ("今天就能放kuan", "放款"),
            ("校园dai账户", "校园贷"),
        ],
    )
    def test_a_disguised_word_is_read_as_the_word(self, text: str, word: str) -> None:
        normalized = normalize(text)
        assert word in Compact(normalized, lower_in_place(normalized)).text

    @pytest.mark.parametrize("text", ["可回复SD锁定邮箱", "加v:dk888", "我买了张sd卡", "已逾7天未还款", "他的微信是xyk5520"])
    def test_a_reply_code_an_id_or_a_card_is_not_read_as_a_word(self, text: str) -> None:
        normalized = normalize(text)
        compact = Compact(normalized, lower_in_place(normalized)).text
        assert "刷单" not in compact and "贷款" not in compact and "信用卡" not in compact and "逾期" not in compact

    def test_evidence_read_from_pinyin_maps_back_to_the_syllable(self) -> None:
        text = "急用钱的加我，先交手续fei再放kuan"
        normalized = normalize(text)
        compact = Compact(normalized, lower_in_place(normalized))
        at = compact.text.index("手续费")
        start, end = compact.original_span(at, at + 3)
        assert normalized[start:end] == "手续fei"

    @pytest.mark.parametrize(
        "text",
        [
            "岱-款 3-20W, 不看征❤, 加-V-详-谈",
            "ｄｋ５Ｗ秒下，不看ｚｘ，加ｖ",
            "额度已批，交保险fei马上放kuan",
            "xyk提额5W，回卡号+yzm即办",
            "帮我收个yzm，发错到你手机了",
        ],
    )
    def test_a_disguised_scam_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "宝 验证码别告诉别人哦 我这边在帮你改密码 弄完跟你说",
            "我不加v私下转哈，平台上拍就行",
            "周末去爬山吗 yyds 我dd你",
            "【某某银行】骗子会把“验证码”写成“yzm”让您回复。本行绝不会短信索要验证码，请勿回复。",
        ],
    )
    def test_genuine_odd_typing_is_not_high(self, text: str) -> None:
        assert analyze(text).risk != "high"

    @pytest.mark.parametrize(
        "text",
        [
            "额度已审批，交完保险费马上给您放款",
            "放款前需先交一笔验证金",
            "先垫付800，十分钟后返960，做完截图",
            "下午把你的欠款情况发到你们公司群里",
            "你先帮我给这个人转500，我晚上还你",
        ],
    )
    def test_the_same_asks_in_plain_words_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        "text", ["充100返20，本月有效", "保洁4小时160元，完工后付款，不收定金", "我把那个APP的通讯录权限关了"]
    )
    def test_everyday_money_and_settings_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # (The blind review of the change, /tmp/review39a: initials that are a name, a brand or a card; fees of a mortgage; a fan's
            # call; a work group; a question back; asks told of.)
            "明天dk的演唱会你去不去？票我买好了",
            "dk哥明天来我们家吃饭",
            "这个相机支持SD和CF双卡",
            "txl是什么意思？我看不懂你们年轻人的缩写",
            "房贷放款前要交契税和维修基金，这是正常流程",
            "银行说放款前需要先交首付款，我已经交了",
            "给偶像打call，一次买了十张票",
            "月底前请把发票发到你们部门群里",
            "帮我给这个人转800？你是我朋友吗，先视频一下",
            "客服说让我加V，我没加，这种一听就不对",
            "有人让我帮忙收个验证码，我没帮，已拉黑",
        ],
    )
    def test_the_reviews_genuine_probes_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            # (The second blind review, /tmp/review39b: a call, a score, a report or stars after 帮我给他打/汇; a card's number found back;
            # a premium, a car park's fee, a carrier's first top-up, a mortgage's registration fee; money advanced and reimbursed; photos
            # and a contract sent to a family's or a work group; a version number.)
            "你帮我给他打3次电话，他不接我的，你问问他到底来不来。",
            "帮我给他汇报2个事：周报延期、周三开会。",
            "我的社保卡丢了，怎么找回卡号和密码啊？",
            "车险下个月到期了，我这边还差一笔保险费没交，周末去4S店办一下。",
            "停车场说交了停车费才放车，我在出口排队呢，晚点到。",
            "【中国移动】新办号卡需先交50元话费激活，激活后即可正常使用。",
            "我们买房的银行说放款前要先交抵押登记费用，这个是正常流程吧？",
            "我先垫付了300块打车费，下周公司报销会返300给我。",
            "聚会的照片我都传到你们家族群了，奶奶说拍得好。",
            "开会别忘了加V1.2版本的修改意见。",
        ],
    )
    def test_the_second_reviews_genuine_probes_stay_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "我们有你手机的通讯录权限，你所有亲戚朋友我们都能联系到，自己看着办。",
            "【交管12123】您有一条违章未处理，今日点链接缴罚款，逾期将加收滞纳金。",
        ],
    )
    def test_the_second_reviews_risky_probes_are_flagged(self, text: str) -> None:
        assert analyze(text).risk != "low"

    @pytest.mark.parametrize(
        ("text", "compact"),
        [
            # (A fresh read of the change: a share, a sum, a breach of rules, a heart before the 信 it stands beside, a spaced 验证.)
            ("调查显示，逾7成受访者", "逾7成"),
            ("损失逾7万元", "逾7万"),
            ("违反利率规定", "违反利率"),
            ("微❤信联系", "微信联系"),
            ("稍微❤笑", "稍微笑"),
            ("验 证ma发我", "验证码发我"),
        ],
    )
    def test_what_is_no_disguise_is_read_as_written(self, text: str, compact: str) -> None:
        normalized = normalize(text)
        assert compact in Compact(normalized, lower_in_place(normalized)).text

    def test_a_span_read_from_pinyin_stops_before_the_separator_after_it(self) -> None:
        normalized = normalize("手续fei★★请联系")
        compact = Compact(normalized, lower_in_place(normalized))
        start, end = compact.original_span(0, 3)
        assert normalized[start:end] == "手续fei"

    @pytest.mark.parametrize(
        "text",
        [
            "我司贷款已批下来，请尽快还款",
            "先生，我行贷款批下来了，还款逾期将影响征信",
            "我这边给您的贷款批下来了，逾期未提取将作废",
        ],
    )
    def test_a_lenders_own_loan_is_no_writers_own(self, text: str) -> None:
        assert analyze(text).risk != "low"

    def test_a_screenshot_and_a_call_to_customer_service_is_no_transfer(self) -> None:
        assert analyze("截图发你了，你打给客服问问怎么回事").risk == "low"

    def test_a_chat_id_after_how_to_use_it_is_a_channel(self) -> None:
        assert analyze("微xin联系：kk9988，无抵押贷款").risk == "high"

    def test_an_unshown_link_asked_for_counts(self) -> None:
        assert analyze("医保卡未升级，暂无法报销，点此升级").risk != "low"

    def test_an_unshown_link_told_of_does_not(self) -> None:
        assert analyze("收到短信让我点链接激活，我直接删了").risk == "low"


class TestBatch73LendMeWhatIsYours:
    """Batch 73 (tests/data/TUNE73.md): offers to rent, lend or buy the reader's own card, payment code, phone card, account, face
    or name for others' money to pass through, and the warnings that quote them. Written here in other words than the batch's."""

    @pytest.mark.parametrize(
        "text",
        [
            "长期高价收卡，一类卡带U盾一套九百，当天结清",
            "你那张工行卡空着也是空着，租我走几天账，一天给你两百",
            "帮忙收款再转出，按流水千三佣金，日结",
            "号卡回收：名下不用的手机号高价回收，随时结算",
            "刷个脸150，五分钟搞定，就在你家附近",
            "公司缺个挂名法人，每月给你两千，什么都不用管",
            "辅助解封一单25，扫码就行，秒结",
            "取现兼职：拿我们的卡去ATM取钱，每取一万给你两百",
            "柬埔寨招客服，月薪两万包机票，护照到了统一保管",
            "你身份证借我用一下，办个执照开个收款码，每个月分你600",
            "你手机开个热点让我连着跑程序，一小时给你40",
            "以卡抵债了解一下，你名下的卡出租给别人一天几百，够还网贷了",
            "急收二类卡和对公户，价格好谈",
            "别人付款给你，你再转给我，每天保底两百",
            "一卡一天三百，不压卡不压证",
            "接码兼职，一条验证码三块，日结",
            "闲置手机交工作室统一挂机，每台每天六十",
            "海外陪聊，月入两万五，包路费",
        ],
    )
    def test_the_offer_is_high(self, text: str) -> None:
        result = analyze(text)
        assert result.risk == "high"
        assert "money_mule_offer" in result.codes

    @pytest.mark.parametrize(
        "text",
        [
            "【工商银行】请勿出租、出借、出售银行卡和收款码，参与“跑分”涉嫌帮信罪。",
            "【反诈中心】“闲卡出租一天200”是收卡团伙的话术，出租出借银行卡将涉嫌帮信罪。",
            "朋友圈有人发“高价收v，不想卖的可以租”，出租微信号会被用于诈骗，大家转告家里人",
            "表弟发我一个“东南亚客服月薪两万包机票”的招聘，我让他别去",
            "有人问我要收款码帮他收钱再转给他，我直接拒绝了",
            "你爸把工资卡放我这了，说下个月给你交学费用",
            "我那张农行卡借你妈用一下交学费，交完就还我",
            "老公我微信被误封了，申诉要好友辅助，你点一下“我认识TA”就行",
            "高价收号的让我去别的网站挂，没去。",
            "有人让我跑腿送文件袋，不见面交接，我觉得不对劲就报了警",
            "闺女，那个要用你的手机卡发短信的兼职咱不做了",
        ],
    )
    def test_warnings_and_family_matters_are_not(self, text: str) -> None:
        assert "money_mule_offer" not in analyze(text).codes
        assert analyze(text).risk != "high"

    def test_a_question_answered_at_once_with_the_verdict_is_no_question(self) -> None:
        assert analyze("贷款要交解冻金？骗子，已报警。").risk != "high"

    def test_a_question_told_is_no_question_to_the_reader(self) -> None:
        text = "我奶奶收到一条“恭喜獲得iPhone一台，付郵費領取”，她问我是不是真的，我说繁体字加付邮费，妥妥骗子，我已经拉黑了"
        assert analyze(text).risk != "high"

    def test_evidence_is_quoted_as_typed_not_as_read(self) -> None:
        # (A disguise the compact copy reads as a word of the same length is quoted as the person typed it.)
        flags = {flag.code: flag.evidence for flag in analyze("急用dk 3-20w，无抵押秒下，加薇❤ abc123").flags}
        assert "dk" in flags["unknown_platform"]
        assert "贷款" not in flags["unknown_platform"]


class TestBatch73FirstReview:
    """The first blind review of `money_mule_offer` (/tmp/review40a: 60 probes frozen before the diff was read, 200 written after):
    harmless texts the first version read as offers (a phone's benchmark score, 扫码商城, 手机口袋, a game's 租号, a layover in Dubai, a
    car lent for a day, a flat let by the month, a canteen card, wages into a relative's card, a pickup code, paying by face, a bank's
    card-issuing job, an accountant's 过账, a platform's ban on account trading, people who refused), and offers it had to catch."""

    @pytest.mark.parametrize(
        "text",
        [
            "新手机到了，安兔兔跑分120万，比旧的快多了。",
            "扫码商城下单满99包邮，今天最后一天。",
            "我把手机放裤子手机口袋里了，你打我电话听不到。",
            "复制这条手机口令打开淘宝，领20元优惠券。",
            "周末在租号玩上租了个王者号玩了两小时，才花了5块。",
            "小红书新号要先养号，一天刷半小时，别急着发广告。",
            "我手机开热点一小时用了2G流量，套餐快不够了。",
            "航班延误，在迪拜转机，航空公司包吃住，明天早上到家。",
            "表姐出国留学，在那边找了份翻译的兼职，挺锻炼人的。",
            "签证办理需要护照先交旅行社，出签后统一寄回。",
            "参团须知：出境后护照由领队统一保管，回国后发还。",
            "下雨了，大路堵死了，我们走小路过去吧。",
            "终于把信用卡的债全清了！今晚请大家吃饭。",
            "你的车明天借我一天，我要去搬家，油我加满还你。",
            "我那套房子租出去一个月3000，租客是个老师。",
            "饭卡借我刷一下，我的没钱了，一会儿给你转10块。",
            "健身卡借给我朋友用一个月行吗？他给你200。",
            "超市购物卡用不完，拿去卖了换点现金。",
            "本店收卡也收现金，奶茶一杯15元。",
            "爸，工资进你卡里了，你转2000给房东就行。",
            "妈，帮我取点现金，2000，明天交学费用。",
            "过年给爸妈送现金红包2000，你觉得够不够？",
            "生日礼物寄到了，先别问是什么，拆开你就知道了。",
            "菜鸟驿站代收包裹，取件码8-2-301，请尽快领取。",
            "奶奶，我帮你收快递再转寄给你，那边不送货。",
            "跨行ATM每取1000元收取2元手续费，建议用本行卡。",
            "去泰国玩要带卡出境吗？还是直接换现金方便？",
            "疫情解封后，小区每户发了50块消费券。",
            "我微信终于解封了，谢谢你帮忙，给你发个红包。",
            "表妹，我微信被封了，你帮我辅助验证一下，完了给你发个红包，谢谢啦。",
            "你电脑上微信扫一下码登录，我给你传个文件。",
            "超市刷脸支付满50减5元，今天活动最后一天。",
            "高铁站现在可以刷脸进站了，一次就过，特别快。",
            "【支付宝】为保障账户安全，请在App内授权人脸验证后继续操作。",
            "招聘银行信用卡开卡专员，底薪3000+提成，五险一金。",
            "银行招信用卡办卡兼职，大学生优先，按件计提成。",
            "妈，你身份证借我用一下，我帮你去营业厅补手机卡，补好给你送回去。",
            "爸，用你的名字办张银行卡给孩子存压岁钱吧，我的卡太多了。",
            "这个游戏号卖我吧，给你800，我想玩很久了。",
            "会计：本月凭证已审核，各账户过账完成，请查收报表。",
            "这笔货款先从公司账户过账，月底再对。",
            "银行：您尾号1234的卡走账异常，请携带身份证到柜台办理。",
            "柬埔寨吴哥窟五日游，包机票包酒店，4999元。",
            "我弟去缅甸做玉石生意，月薪比国内高多了，做了好几年了。",
            "出国劳务正规公司，日本护工，月薪1.5万，需要护照由公司统一办理签证。",
            "我们去银行办两张卡，一张给孩子存钱，一张给我妈用。",
            "你那个QQ号借我登一下，我打个游戏，给你带早饭。",
            "你扫一下我发的码登录网页版，一天就能把表格填完。",
            "新闻里说有人租出去一个月的银行卡被冻了。",
            "楼下贴了个小广告，高价收卡，一看就不正经，没打那个电话。",
            "表弟发我一条招聘，说柬埔寨月薪三万包机票，我让他别信。",
            "以前我也收到过收卡的短信，一张给500，我没搭理。",
            "我哥说他的身份证借给朋友办公司挂名法人，现在成了被执行人，后悔死了。",
            "【抖音】账号买卖违反平台规则，我们将对租号、卖号行为进行封禁处理。",
            "【快手】平台禁止账号买卖，发现卖号、租号将永久封禁。",
            "老师：期末考试跑分系统维护，成绩明天公布。",
            "我的美团会员卡租出去一个月，这个能退吗？",
            "婆婆不会用手机，我帮她刷脸认证了养老金，一次就过了。",
            "今天带外婆去银行做了个人脸识别，办好了社保卡，给你报个平安。",
            "老乡在柬埔寨开餐馆，招厨师，包吃住，月薪八千，我表哥去了两年了。",
            "大学生暑假去泰国做志愿者，包机票，不发工资。",
            "哥，你工资卡借我一下，我去柜台帮你查个流水，办房贷要用。",
            "你QQ借我登一下，领个活动奖励，领完给你。",
            "小孩子的抖音号借我，我帮你把视频都下载下来，给你存U盘里。",
            "你帮我扫一下这个码，登录我的学习通签到，一天就这一次。",
            "老板：月底给工人送现金工资，一共20人，明天早上到工地发。",
        ],
    )
    def test_the_harmless_text_is_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "闲置的卡别浪费，租我一天两百，什么都不用干。",
            "你好，收购二手微信号，实名的一个300，当面结。",
            "招兼职：用自己的支付宝帮商家收款，收到后转到指定账户，每单提成1%。",
            "急需银行卡走几天账，一张给你三千，U盾一起。",
            "做代收的，千三佣金，有卡就能做，日结。",
            "收对公账户，一个月5000，材料齐全的优先。",
            "有营业执照的兄弟，对公户出租一个月给你8000。",
            "帮忙开两张电话卡，一张给你150，身份证带上就行。",
            "帮我去银行办张卡，办完给我，给你好处费500。",
            "刷脸认证兼职，十分钟完成，日结200。",
            "陪同客户去银行做个人脸识别，日薪400。",
            "公司注册缺个法人，你挂个名，每个月给你2000挂名费。",
            "你身份证借我用一下，注册个公司，每月分你500，不用你管。",
            "微信辅助解封，一单30，秒结，名额有限。",
            "刚加你的是我朋友，他微信被封了，你帮他辅助解封一下，给你50块。",
            "手机挂机兼职，一台手机一天给80，日结。",
            "招聘养号员，在家用手机养号，每周结800。",
            "接个验证码给你20，一分钟的事。",
            "实名手机号出租，收个验证码就给你30。",
            "帮老板送现金到指定地点，一趟给你300，当天结。",
            "帮我取点现金，每家银行取两万，给你1000辛苦费。",
            "带几张银行卡去边境，一趟给你5000，包路费。",
            "帮忙送一箱东西到昆明，给600，别问里面是啥。",
            "代收境外包裹，一个给你100，在家就能做。",
            "招中文打字员（柬埔寨），月薪2万，包机票包吃住。",
            "高价收银行卡，一张一个月给你800，不用你操作，只要卡和U盾，有意加微信。",
            "兄弟，你那张不用的农行卡借我过一下账，流水走完就还你，给你2000辛苦费。",
            "收手机卡，实名的，一张两百，当天结钱，需要的私聊。",
            "你好，我们招聘跑分员，在家用你的支付宝收款再转出，每天轻松赚300+。",
            "把你的收款码租给我一天，给你两百，钱进来我会马上转走，不影响你。",
            "微信号出租，一天50，老号优先，实名的更贵，加我QQ详谈。",
            "刷脸兼职，去银行刷个脸激活一下就行，一次500，包车接送。",
            "有公司需要挂名法人，你只要提供身份证，每月给你3000，不用上班。",
            "亲，帮忙辅助解封一下微信，一单20元，几分钟搞定，很简单的。",
            "招聘取现兼职，帮老板去ATM取现金送到指定地点，日结500。",
            "东南亚高薪招聘，柬埔寨客服，月薪三万起，包机票包吃住，不需要经验。",
            "帮我带个包裹到深圳，别问里面是什么，到了给你1000块路费。",
            "你欠的8000块可以用银行卡抵，把卡和密码给我们用三个月就算还清了。",
            "抖音号收购，千粉以上200一个，实名认证的优先，秒结。",
            "你去办几张电话卡给我，一张给你100，身份证拿上就行，很快的。",
        ],
    )
    def test_the_offer_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"


class TestBatch73SecondReview:
    """The second blind review of `money_mule_offer` (/tmp/review40b: 60 probes frozen before the diff was read, 214 written after):
    harmless texts the reviewed version (62a36ec) still read as offers (a gift-card shop, a power bank rented by app, a bank's referral
    cashback, a firm's 对公卡 and its rent, a taxi, a flat or a car rented, a benchmark app, an air conditioner's 挂机, a new account's
    养号, a game's 租号, a face at a scenic spot's gate, a builder's contract abroad, a holiday's cards, a gift "先别问里面是啥", a
    library book and a bus card lent), and offers it had to catch."""

    @pytest.mark.parametrize(
        "text",
        [
            "我们店只收银行卡和现金，满300包邮",
            "企业400电话号码租用，资费优惠，欢迎咨询",
            "扫码用手机号租用充电宝，每小时2元",
            "新买的手机用安兔兔跑分app测了一下，跑了160万分",
            "骁龙8跑分能到两百万，玩游戏平台上的大作都很流畅",
            "您的店铺已开通二维码商户收款服务，资金T+1到账",
            "wifi密码商家贴在收银台墙上了，自己看一下",
            "采购款统一走对公卡过账，下周五对账",
            "老板说以后货款都用公司卡走账，单据要齐全",
            "【建设银行】您尾号1234的借记卡收款1000.00元，余额5230.12元",
            "【招商银行】推荐好友开卡，每成功开一张给您返现100元",
            "营业厅招办电话卡兼职促销员，底薪加提成，需到店培训",
            "景区刷脸入园，门票120元，记得带身份证",
            "医院可以刷脸挂号，挂号费20元，不用带卡",
            "健身房刷脸进门，月卡300，年卡2000",
            "工地日薪300，进场要人脸识别考勤，明早七点集合",
            "公司变更法人下周去工商局办，我不想再挂名法人了",
            "请家长用您的身份证帮孩子实名注册学习平台账号",
            "哥，我去领新手机了，旧号登录要辅助验证，你帮我扫一下，刚打电话说的",
            "空调挂机每台2999，柜机4999，包安装",
            "孩子周末游戏挂机一天10个小时，说了也不听",
            "抖音新号要养号，每天刷视频一天30分钟就够",
            "这个王者号是在租号平台租的，租号一天8块，周末玩玩",
            "你王者账号借我玩一天给你20块，我想冲个星耀",
            "老婆，给你寄了个快递，先别问里面是啥，到了再拆😊",
            "两个包裹，一个给你妈，一个给你，放门卫了",
            "我表哥在迪拜做工程，月薪两万多，公司包机票，一年回来一次",
            "去泰国玩一个月3万够不够，机票已经买了",
            "中建海外项目招焊工，月薪2万，包机票，签正式劳动合同",
            "下个月带爸妈去云南玩，带张银行卡去云南就够了吧，机票来回4000",
            "带银联卡去澳门旅游，换了1万港币现金",
            "我把公交卡借出来给我妈用了，她这周去医院复查",
            "用学生卡借出来的书下周要还，别忘了",
            "家里旧电瓶车拿去卖了凑点学费",
            "你那套房子租给我，一个月2500行不行",
            "你车借我开一天给你加200油，周六去接我丈母娘",
            "搬家租卡车一天多少钱？我们东西不多",
            "健身房办卡介绍一个人给200好处费，你要不要办",
            "工资卡设置了钱进来就自动转走还房贷，挺省心的",
            "你那张周杰伦演唱会的票卖我一张，原价给你",
            "新手机支持人脸和指纹解锁，挺方便的",
            "考勤机支持人脸和指纹打卡，明天开始用",
            "请把货款打到我们对公账户，我们收对公户的款才能开专票",
            "每月用对公账户支付办公室租金，记得留回单",
            "工资发放只需提供卡号即可，开户行写到支行",
            "你的会员卡留店里了，下次来理发时再拿",
            "请用您的实名账号登录国家政务服务平台办理",
            "请用你实名的微信扫码报名，方便学校核对",
            "老人行动不便，可委托家属代取现金，需带双方身份证",
            "电子厂招普工，月薪6000包吃住包路费，长期稳定",
            "用微信叫出租车，到了直接扫码付款",
            "支付宝打出租车可以开电子发票",
            "我落了东西在出租车上，出租车司机的手机号是多少",
        ],
    )
    def test_the_harmless_text_is_low(self, text: str) -> None:
        assert analyze(text).risk == "low"

    @pytest.mark.parametrize(
        "text",
        [
            "收卡，一类卡带盾，价格美丽，当面结",
            "出张卡给你八百，三天就还你",
            "招卡农，日结，懂的来",
            "有没有做U商的，跑U日入上千",
            "上门收购闲置银行卡，现金结算",
            "把你卡给我，我帮你刷流水，三天就能还清网贷",
            "人在国外，月入过万，负债可上岸，包食宿",
            "去西港做业务，落地就安排，底薪一万五，负债的兄弟优先",
            "帮我带几张卡去边境，一趟3000，来回车费我出",
            "刷脸一次200，去银行配合一下就行",
            "辅助验证，一次30，秒到账",
            "手机借我们挂机，一天给你50，不影响你用",
            "放心，绝对安全，警方查不到，借卡走几天账一天三百",
            "不算帮信罪，就是帮忙收款，借你卡收几笔，一笔给你100",
            "正规平台不是骗局，出租收款码一天300",
            "不怕反诈，兼职刷脸一次300",
            "你欠的7800今天必须处理，没钱就把手机卡和银行卡拿去卖了也能凑够",
            "没钱还？以卡抵债，一张卡抵800",
            "租卡还网贷，一天就能凑到，联系我",
            "帮我办三张电话卡，一张给你200，身份证带上",
            "开两张银行卡，一张能卖五百，明天陪你去",
            "用你名字注册个公司，每个月给你1500，啥都不用管",
            "身份证借我用一下，注册几个账号，分你300",
            "热点开着给我用，一天给你30，手机放我这",
            "接个验证码给你10块，就说是你朋友",
            "高价收银行卡，一张800，当天结算，不用你操心，加微信详聊",
            "兄弟，你那张农行卡借我走几天流水，一天给你300，不会有事的",
            "收手机卡，实名的都要，一张两百，有意向私聊",
            "招聘跑分人员，有支付宝微信就行，日入500+，零门槛👉加Q 28371923",
            "你的收款码租我一天，收到钱马上转出去，给你抽5个点",
            "刷脸兼职，在家就能做，一次150，手机上操作十分钟",
            "我们公司需要挂名法人，什么都不用管，每月给你2000",
            "妹子，你身份证借我注册个公司用一下，分你500块",
            "微信辅助解封，一单20元，动动手指就有钱，需要的滴滴我",
            "老乡，帮我带个包裹到深圳，路费我出再给你1000，别问里面是啥",
            "取现兼职，拿卡去ATM取现金送到指定地点，一趟给800",
            "柬埔寨招客服，月薪两万起，包机票包吃住，不需要经验",
        ],
    )
    def test_the_offer_is_high(self, text: str) -> None:
        assert analyze(text).risk == "high"
