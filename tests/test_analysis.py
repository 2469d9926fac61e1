"""The SMS analyser: normaliser, sender, links, rules, analyze, command, labelled set."""

from __future__ import annotations

import io
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.analysis import (
    MAX_TEXT_LENGTH,
    Analysis,
    TextTooLong,
    all_institutions,
    analyze,
    find_institution,
    flag_for_code,
    fold,
    normalize,
    sender_kind_label,
)
from triage.analysis import institutions as institutions_module
from triage.analysis import links as links_module
from triage.analysis.links import find_links
from triage.analysis.normalize import _DODGE_SEPARATORS, Compact
from triage.analysis.rules import DATA_FILE as RED_FLAGS_FILE
from triage.analysis.rules import RULES, _split_top_level, pattern_syntax
from triage.analysis.sender import classify_sender

LABELLED = Path(__file__).parent / "data" / "sms_labelled.jsonl"
GENUINE_CMB = (
    "【招商银行】您尾号1234的信用卡本期账单已逾期，请尽快还款，以免影响个人征信。详情请通过掌上生活APP或拨打卡背面客服电话咨询。"
)


def codes(result: Analysis) -> set[str]:
    return {flag.code for flag in result.flags}


class TestNormalize:
    def test_it_folds_full_width_digits_and_letters(self):
        assert fold("ａｂｃ．ｃｏｍ １２３") == "abc.com 123"

    def test_it_removes_zero_width_characters(self):
        assert fold("安\u200b全\u200d账\ufeff户") == "安全账户"

    def test_it_maps_traditional_characters_to_simplified(self):
        assert normalize("轉帳到安全賬戶") == "转帐到安全账户"

    def test_it_joins_characters_spaced_or_split_by_symbols(self):
        for dodged in ("转 账", "转-账", "转.账", "转 * 账", "转|账"):
            assert Compact(normalize(dodged)).text == "转账", dodged

    def test_it_keeps_clause_punctuation_between_characters(self):
        assert Compact(normalize("请勿泄露，转账")).text == "请勿泄露,转账"

    def test_it_maps_compact_spans_back_to_the_text_the_person_sees(self):
        text = normalize("请 转-入 安 全 账 户")
        compact = Compact(text)
        start = compact.text.index("安全账户")
        begin, end = compact.original_span(start, start + 4)
        assert text[begin:end] == "安 全 账 户"

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_fold_equals_plain_nfkc_fold(self, text):
        # fold normalises runs between CJK ideographs for speed; it must equal whole-text NFKC.
        assert fold(text) == fold(unicodedata.normalize("NFKC", text))
        assert unicodedata.is_normalized("NFKC", unicodedata.normalize("NFKC", text))


class TestSender:
    @pytest.mark.parametrize(
        ("sender", "kind", "subkind"),
        [
            ("13812345678", "mobile", ""),
            ("+86 138 1234 5678", "mobile", ""),
            ("008613812345678", "mobile", ""),
            ("17012345678", "virtual_mobile", ""),
            ("16512345678", "virtual_mobile", ""),
            ("1069012345", "gateway_106", "1069"),
            ("106575261234", "gateway_106", "1065"),
            ("1066881234", "gateway_106", "1066"),
            ("10620001", "gateway_106", "1062"),
            ("10640001234", "gateway_106", "1064"),
            ("95588", "service_955", "95588"),
            ("95188", "service_95_96", "95188"),
            ("021-96110", "service_95_96", "96110"),
            ("12368", "gov_short", "12368"),
            ("400-830-8003", "hotline_400", ""),
            ("010-62345678", "landline", ""),
            ("+852 9123 4567", "foreign", "HK"),
            ("00886912345678", "foreign", "TW"),
            ("招商银行", "unknown", ""),
            ("", "none", ""),
            (None, "none", ""),
        ],
    )
    def test_it_classifies_sender_formats(self, sender, kind, subkind):
        info = classify_sender(sender)
        assert (info.kind, info.subkind) == (kind, subkind)

    def test_it_labels_kinds_in_both_languages(self):
        assert sender_kind_label("gateway_106", "zh-hans") == "106 短信平台号"
        assert sender_kind_label("gateway_106", "en") == "106 SMS gateway"
        assert sender_kind_label("no-such-kind", "en") == "unrecognised number"


class TestLinks:
    @pytest.mark.parametrize(
        ("text", "host"),
        [
            ("点击 abc。com/x 处理", "abc.com"),
            ("访问 abc . cn/x 处理", "abc.cn"),
            ("ａｂｃ．ｃｏｍ", "abc.com"),
            ("登录abc点cn", "abc.cn"),
            ("HTTPS://WWW.CMBCHINA.COM/x", "www.cmbchina.com"),
            ("https://工商银行.com/a", "工商银行.com"),
        ],
    )
    def test_it_finds_links_written_to_dodge_filters(self, text, host):
        assert [link.host for link in find_links(normalize(text))] == [host]

    @pytest.mark.parametrize("text", ["版本3.5升级", "附件a.txt", "邮箱 zhang@qq.com", "金额1,234.56元"])
    def test_it_ignores_things_that_are_not_links(self, text):
        assert find_links(normalize(text)) == []

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("点击 t.cn/A6abc 处理", "shortener"),
            ("登录 http://103.45.67.89/login", "raw_ip"),
            ("登录 xn--fiqs8s.com", "punycode"),
            ("【工商银行】请登录 icbc-vip.cn 处理", "lookalike_domain"),
            ("【工商银行】请登录 lcbc.com.cn 处理", "lookalike_domain"),
            ("【工商银行】请登录 icbc.com.cn.verify.top 处理", "lookalike_domain"),
            ("【招商银行】请登录 95555-kf.com 处理", "lookalike_domain"),
            ("【工商银行】请登录 zhuanzhang.com 处理", "foreign_domain"),
        ],
    )
    def test_it_flags_risky_links(self, text, code):
        result = analyze(text)
        assert code in codes(result)
        assert any(code in link.kinds for link in result.links)

    def test_it_reassures_when_links_only_go_to_the_named_institutions_domain(self):
        result = analyze("【招商银行】账单已出，详见 https://www.cmbchina.com/x", "95555")
        assert "official_domain" in codes(result)
        assert "link" not in codes(result)


class TestRules:
    def test_every_domain_red_flag_has_a_rule_with_a_source(self):
        required = {
            "safe_account",
            "student_loan_cancel",
            "credit_repair",
            "fake_legal",
            "third_party_threat",
            "threat_or_abuse",
            "link",
            "app_or_screen_share",
            "asks_secrets",
            "urgency",
            "fees",
            "unknown_platform",
            "odd_sender",
            "claim_sender_mismatch",
            "shortener",
            "raw_ip",
            "punycode",
            "lookalike_domain",
            "foreign_domain",
            "official_sender",
            "official_domain",
            "official_channel_advice",
        }
        assert required <= set(RULES)
        for rule in RULES.values():
            assert rule.source_url.startswith("http"), rule.code
            assert rule.title_zh and rule.title_en and rule.why_en and rule.advice_zh, rule.code
            if rule.confidence == "◐":
                assert "according to" in (rule.why_en + rule.source_en).lower(), rule.code

    def test_reassuring_signs_have_negative_weights(self):
        for code in ("official_sender", "official_domain", "official_channel_advice"):
            assert RULES[code].weight < 0

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("请将资金转 入 安 全 账 户", "safe_account"),
            ("请将资金转入安-全-账-户", "safe_account"),
            ("请转入安全賬戶", "safe_account"),
            ("请转入安\u200b全账户", "safe_account"),
            ("您的校园贷账户需要注销", "student_loan_cancel"),
            ("学生账户需转为成人账户", "student_loan_cancel"),
            ("专业修复征信，删除逾期记录", "credit_repair"),
            ("您的案件已立案，将移交公安", "fake_legal"),
            ("我们将爆你通讯录", "third_party_threat"),
            ("马上通知你单位领导", "third_party_threat"),
            ("明天上门找你", "threat_or_abuse"),
            ("老赖，你等着", "threat_or_abuse"),
            ("请下载腾讯会议并共享屏幕", "app_or_screen_share"),
            ("请提供收到的验证码", "asks_secrets"),
            ("请在24小时内处理", "urgency"),
            ("需缴纳解冻金2000元", "fees"),
            ("请添加专员微信处理", "private_chat"),
            ("将列入失信黑名单", "blacklist_claim"),
        ],
    )
    def test_it_flags_each_red_flag_pattern(self, text, code):
        assert code in codes(analyze(text))

    def test_it_flags_safe_account_transfer_with_spaced_characters(self):
        result = analyze("请把钱转 到 安 全 账 户")
        flag = next(f for f in result.flags if f.code == "safe_account")
        assert flag.evidence == ("安 全 账 户",)
        assert result.risk == "high"

    @pytest.mark.parametrize(
        "text",
        [
            "银行工作人员不会要求您将资金转入所谓安全账户",
            "凡是要求转入安全账户的，都是诈骗",
            "请勿向任何人提供验证码",
            "谨防冒充公安机关的诈骗电话",
        ],
    )
    def test_it_does_not_flag_warnings_against_the_red_flag(self, text):
        red = {f.code for f in analyze(text).red_flags}
        assert not red & {"safe_account", "asks_secrets", "fake_legal"}

    def test_a_negating_word_in_another_clause_does_not_cancel_a_hit(self):
        assert "safe_account" in codes(analyze("请不要挂断，将资金转入安全账户"))

    def test_it_flags_a_debt_claim_without_a_named_lender(self):
        assert "unknown_platform" in codes(analyze("你的借款已逾期，请马上还钱"))
        assert "unknown_platform" not in codes(analyze("【招商银行】您的借款已逾期"))

    def test_an_institutions_own_domain_names_the_platform(self):
        bill = "您的电话已欠费，请登录www.10010.com网上营业厅缴费。"
        assert "unknown_platform" not in codes(analyze(bill, "81731310"))
        assert "unknown_platform" in codes(analyze(bill.replace("www.10010.com", "www.pay-bill.cc"), "81731310"))


class TestAnalyze:
    def test_a_genuine_bank_reminder_from_its_official_number_is_low_risk(self):
        result = analyze(GENUINE_CMB, "95555")
        assert result.risk == "low"
        assert {"official_sender", "official_channel_advice"} <= codes(result)
        assert all(f.reassuring for f in result.flags)
        assert result.institution is not None and result.institution.code == "cmb"

    def test_the_same_text_from_a_personal_mobile_is_a_claim_sender_mismatch(self):
        result = analyze(GENUINE_CMB, "13812345678")
        assert {"claim_sender_mismatch", "odd_sender"} <= codes(result)
        assert result.risk in ("medium", "high")

    def test_a_106_gateway_is_not_a_mismatch(self):
        result = analyze(GENUINE_CMB, "1065502010095555")
        assert "claim_sender_mismatch" not in codes(result)
        assert result.sender_kind == "gateway_106" and result.sender_subkind == "1065"

    def test_another_banks_955_number_is_a_mismatch(self):
        assert "claim_sender_mismatch" in codes(analyze(GENUINE_CMB, "95588"))

    def test_a_severe_flag_makes_it_high_even_from_the_official_number(self):
        result = analyze("【招商银行】请将资金转入安全账户", "95555")
        assert result.risk == "high"
        assert "official_sender" in codes(result)

    def test_red_flags_come_first_heaviest_first(self):
        result = analyze("【招商银行】请24小时内转入安全账户，详询卡背面客服电话", "13812345678")
        weights = [f.weight for f in result.flags]
        red = [w for w in weights if w > 0]
        assert weights[: len(red)] == sorted(red, reverse=True)
        assert all(w < 0 for w in weights[len(red) :])

    def test_highlighted_marks_the_triggering_words(self):
        result = analyze("您好，请转 入 安 全 账 户。")
        hits = [segment for segment, is_hit in result.highlighted() if is_hit]
        assert hits == ["安 全 账 户"]
        assert "".join(segment for segment, _ in result.highlighted()) == result.normalized_text

    def test_flag_helpers_pick_the_language(self):
        flag = analyze("请转入安全账户").flags[0]
        assert flag.title("en") == flag.title_en and flag.title("zh-hans") == flag.title_zh
        assert flag.why("en") == flag.why_en and flag.advice("zh-hans") == flag.advice_zh
        assert flag.source_label("en") == flag.source_en and flag.source_url.startswith("http")

    def test_flag_for_code_gives_the_texts_of_a_stored_flag(self):
        flag = flag_for_code("fake_legal")
        assert flag.title_zh == RULES["fake_legal"].title_zh and flag.evidence == ()
        assert flag_for_code("no_such_flag") is None

    def test_it_rejects_text_over_the_limit(self):
        analyze("好" * MAX_TEXT_LENGTH)
        with pytest.raises(TextTooLong):
            analyze("好" * (MAX_TEXT_LENGTH + 1))
        assert issubclass(TextTooLong, ValueError)

    def test_institutions_are_found_by_code_alias_or_text(self):
        assert find_institution("icbc").service_numbers[0] == "95588"
        assert find_institution("工行").code == "icbc"
        assert find_institution("【微粒贷】").service_numbers == ("95384",)
        assert find_institution("不存在的银行") is None
        creditors = all_institutions()
        assert {"icbc", "ccb", "abc", "boc", "bocom", "psbc", "cmb", "ant", "jd", "webank"} <= {i.code for i in creditors}
        assert all(i.kind != "government" for i in creditors)
        assert all(i.source.startswith("http") for i in all_institutions(include_government=True))


class TestCommand:
    def run(self, monkeypatch, lines: list[str]) -> list[dict]:
        monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
        out = io.StringIO()
        call_command("analyze_sms", stdout=out)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    def test_it_writes_one_result_per_line(self, monkeypatch):
        lines = [
            json.dumps({"id": 1, "text": GENUINE_CMB, "sender": "95555"}, ensure_ascii=False),
            json.dumps({"id": "b", "text": "请转入安全账户"}, ensure_ascii=False),
        ]
        first, second = self.run(monkeypatch, lines)
        assert first["id"] == 1 and first["risk"] == "low" and first["sender_kind"] == "service_955"
        assert second["risk"] == "high" and second["sender_kind"] == "none"
        assert second["flags"][0] == {
            "code": "safe_account",
            "title": RULES["safe_account"].title_zh,
            "evidence": ["安全账户"],
            "reassuring": False,
        }
        assert [f["reassuring"] for f in first["flags"]] == [True] * len(first["flags"])

    def test_it_reports_bad_lines_and_goes_on(self, monkeypatch):
        lines = [
            "not json",
            "[1, 2]",
            json.dumps({"id": 3}),
            json.dumps({"id": 4, "text": 5}),
            json.dumps({"id": 5, "text": "x" * (MAX_TEXT_LENGTH + 1)}),
            json.dumps({"id": 6, "text": "好"}),
        ]
        results = self.run(monkeypatch, lines)
        assert [r.get("id") for r in results] == [None, None, 3, 4, 5, 6]
        assert all("error" in r for r in results[:5])
        assert results[5]["risk"] == "low"


@pytest.fixture(scope="module")
def outcomes():
    with LABELLED.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [(r, analyze(r["text"], r.get("sender"))) for r in records]


class TestLabelledSet:
    def test_the_set_is_large_sourced_and_mixed(self, outcomes):
        labels = Counter(r["label"] for r, _ in outcomes)
        assert len(outcomes) >= 100
        assert set(labels) == {"scam", "illegal_collection", "legit"}
        assert all(r["source"].startswith("http") for r, _ in outcomes)

    def test_risky_messages_are_rated_high_or_medium(self, outcomes):
        risky = [a.risk for r, a in outcomes if r["label"] != "legit"]
        assert sum(risk in ("high", "medium") for risk in risky) / len(risky) >= 0.95

    def test_legit_messages_are_rarely_rated_high(self, outcomes):
        legit = [a.risk for r, a in outcomes if r["label"] == "legit"]
        assert sum(risk == "high" for risk in legit) / len(legit) <= 0.05


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=600), st.one_of(st.none(), st.text(max_size=40)))
    def test_any_unicode_input_returns_an_analysis(self, text, sender):
        result = analyze(text, sender)
        assert result.risk in ("high", "medium", "low")
        assert "".join(segment for segment, _ in result.highlighted()) == result.normalized_text

    @settings(max_examples=100, deadline=None)
    @given(st.text(alphabet="转账安全户 -.·*\u200b0123456789abc。.com", max_size=400))
    def test_dodging_alphabets_map_spans_back_inside_the_text(self, text):
        result = analyze(text)
        for start, end in result.hit_spans:
            assert 0 <= start < end <= len(result.normalized_text)


class TestReviewFindings:
    """Regressions from the review of the analyser (court domains, slow patterns, senders, names)."""

    # 1. Courts: every court has its own host under .gov.cn.
    @pytest.mark.parametrize(
        "text",
        [
            "【北京法院】您有一份诉讼文书，请登录 https://www.bjcourt.gov.cn 查看",
            "【广东法院】请登录 ssfw.gdcourts.gov.cn 查看送达文书",
            "【回民区法院】您的案件文书已送达，请登录 http://hshmqfy.nmgfy.gov.cn 查看",
            "您有一份法院文书，请登录 https://hshmqfy.nmgfy.gov.cn 查看",
        ],
    )
    def test_a_court_text_from_12368_with_a_gov_cn_link_is_not_high(self, text):
        result = analyze(text, "12368")
        assert result.risk != "high"
        assert not codes(result) & {"lookalike_domain", "foreign_domain"}
        assert all("official_domain" in link.kinds for link in result.links)

    def test_a_gov_cn_host_is_never_a_lookalike_even_in_a_bank_text(self):
        result = analyze("【工商银行】详见 https://www.icbc.gov.cn/x", "95588")
        assert not codes(result) & {"lookalike_domain", "foreign_domain"}

    def test_a_fake_court_domain_outside_gov_cn_is_still_a_lookalike(self):
        result = analyze("【北京法院】请登录 court.gov.cn.verify.top 查看", "13812345678")
        assert "lookalike_domain" in codes(result) and result.risk == "high"

    # 2. Patterns: bounded repetition only, checked on the pattern text rather than by timing.
    @staticmethod
    def _unbounded_repetition(pattern: str) -> list[str]:
        """Quantifiers in `pattern` with no upper bound (*, + or {n,}), outside classes and escapes. (A "+" right after a
        bounded {m,n} makes it possessive, still bounded.)"""
        found = []
        for i, char, syntax in pattern_syntax(pattern):
            if not syntax:
                continue
            if char == "+" and pattern[i - 1 : i] == "}" and not pattern[: i - 1].endswith(",") and "{" in pattern[:i]:
                continue
            if char in "*+":
                found.append(pattern[max(0, i - 6) : i + 1])
            elif char == "{":
                bound = pattern[i : pattern.find("}", i) + 1]
                if bound.endswith(",}"):
                    found.append(bound)
        return found

    def test_no_red_flag_pattern_has_unbounded_repetition(self):
        from triage.content import PATTERN_KEYS, load

        # As the rules read them: with the fragments they name put in.
        data = load(RED_FLAGS_FILE.name)
        problems = {}
        for rule in data["rule"]:
            for pattern in (pattern for key in PATTERN_KEYS for pattern in rule.get(key, [])):
                for alternative in _split_top_level(pattern):
                    bad = self._unbounded_repetition(alternative)
                    if bad:
                        problems[f"{rule['code']}: {alternative}"] = bad
        assert problems == {}

    def test_a_digit_run_is_read_from_its_first_digit_only(self):
        # "\\d(?<!\\d\\d)\\d{0,2}": a long digit run cannot be retried from each of its digits.
        assert "urgency" in codes(analyze("请在72小时内处理"))
        assert "urgency" not in codes(analyze("1" * 4000 + "小时内"))

    def test_the_link_scanner_does_not_start_inside_a_word(self):
        text = "x" * 300
        assert links_module._HOST.match(text, 0) is None  # no dot: no link
        assert all(links_module._HOST.match(text, i) is None for i in range(1, 300))
        assert links_module._HOST.match("ab.com", 1) is None
        assert links_module._HOST.match(" ab.com", 1) is not None

    def test_the_separator_scanner_does_not_start_inside_a_run(self):
        text = "转" + " " * 300 + "x"
        assert all(_DODGE_SEPARATORS.match(text, i) is None for i in range(len(text)))
        assert _DODGE_SEPARATORS.match("转  账", 1).group() == "  "
        assert _DODGE_SEPARATORS.match("转  账", 2) is None

    @pytest.mark.parametrize(
        "text",
        [
            "1" * MAX_TEXT_LENGTH,
            "转入" + "x" * 4990,
            "http://" + "a" * 4990,
            "转 " * 2500,
            " " * MAX_TEXT_LENGTH,
            "a " * 2500,
            "转" + "-" * 4998 + "x",
        ],
    )
    def test_adversarial_inputs_are_analysed(self, text):
        # Not timed (see bench/bench_analysis.py for the figures); only that they run and stay consistent.
        result = analyze(text, "13812345678")
        assert "".join(segment for segment, _ in result.highlighted()) == result.normalized_text

    # 3. Senders as phones copy them.
    @pytest.mark.parametrize(
        ("sender", "kind"),
        [
            ("９５５８８", "service_955"),
            ("＋８６ １７０１２３４５６７８", "virtual_mobile"),
            ("\u200b95588", "service_955"),
            ("\u202a17012345678\u202c", "virtual_mobile"),
            ("\u2066+86 170 1234 5678\u2069", "virtual_mobile"),
            ("\u202d１０６９０１２３４５\u202c", "gateway_106"),
        ],
    )
    def test_full_width_and_bidi_marked_senders_are_classified(self, sender, kind):
        assert classify_sender(sender).kind == kind

    def test_a_bank_text_from_a_full_width_virtual_number_is_rated_as_such(self):
        result = analyze("【工商银行】您的信用卡已逾期，请尽快还款", "１７０１２３４５６７８")
        assert result.sender_kind == "virtual_mobile"
        assert {"odd_sender", "claim_sender_mismatch"} <= codes(result)
        odd = next(f for f in result.flags if f.code == "odd_sender")
        assert odd.evidence == ("17012345678",)

    # 5. Institutions named only by a longer name, or a court merely mentioned.
    @pytest.mark.parametrize(
        "text",
        [
            "【中国银行业协会】提醒：谨防催收诈骗",
            "中国银行保险监督管理委员会提醒您谨防诈骗",
            "京东方科技招聘",
            "社交行为规范",
        ],
    )
    def test_a_longer_name_containing_an_alias_names_no_institution(self, text):
        assert analyze(text).institution is None
        assert find_institution(text) is None

    def test_every_longer_name_contains_an_alias(self):
        aliases = {alias.lower() for inst in all_institutions(True) for alias in inst.aliases}
        for name in institutions_module.NOT_INSTITUTIONS:
            assert any(alias in name for alias in aliases), name

    def test_the_real_names_are_still_found(self):
        assert analyze("【中国银行】您的信用卡已逾期").institution.code == "boc"
        assert find_institution("交行").code == "bocom"

    def test_mentioning_a_court_is_not_claiming_to_be_one(self):
        result = analyze("你的借款已逾期，再不还款可能被起诉到法院", "13812345678")
        assert "claim_sender_mismatch" not in codes(result)
        assert result.institution is None

    @pytest.mark.parametrize(
        "text",
        ["【朝阳法院】您的案件已立案", "北京市朝阳区人民法院通知您：您的案件已立案", "朝阳区人民法院:您的案件已立案"],
    )
    def test_speaking_as_a_court_is_claiming_to_be_one(self, text):
        result = analyze(text, "13812345678")
        assert result.institution is not None and result.institution.code == "court"
        assert "claim_sender_mismatch" in codes(result)

    # 6. Domains and numbers of the banks' card centres.
    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            ("【中信银行】您的信用卡已逾期，详见 https://creditcard.citiccard.com", "95558"),
            ("【浦发信用卡】您的账单已逾期，详见 https://www.spdbccc.com.cn", "95528"),
        ],
    )
    def test_card_centre_domains_are_official(self, text, sender):
        result = analyze(text, sender)
        assert result.risk == "low" and "official_domain" in codes(result)

    def test_guangfa_texts_from_95508(self):
        result = analyze("【广发银行】您的信用卡已逾期，请通过发现精彩APP还款", "95508")
        assert "official_sender" in codes(result) and "claim_sender_mismatch" not in codes(result)

    def test_a_lookalike_from_the_institutions_own_number_is_not_severe_alone(self):
        result = analyze("【工商银行】账单详见 icbc-card.cn", "95588")
        flag = next(f for f in result.flags if f.code == "lookalike_domain")
        assert not flag.severe and result.risk != "high"
        elsewhere = analyze("【工商银行】账单详见 icbc-card.cn", "13812345678")
        assert next(f for f in elsewhere.flags if f.code == "lookalike_domain").severe
        assert elsewhere.risk == "high"

    # 7. Links written with a space between characters.
    @pytest.mark.parametrize(
        ("text", "host"),
        [("请登录 w w w . i c b c . c o m 处理", "www.icbc.com"), ("网址 a b c 。 c n", "abc.cn")],
    )
    def test_spaced_out_links_are_found(self, text, host):
        found = find_links(normalize(text))
        assert [link.host for link in found] == [host]
        assert found[0].text.replace(" ", "").replace("。", ".") == host

    def test_a_spaced_out_lookalike_is_flagged(self):
        result = analyze("【工商银行】请登录 w w w . i c b c - v i p . c n", "13812345678")
        assert "lookalike_domain" in codes(result)

    @pytest.mark.parametrize("text", ["a b c d e", "1 2 3 . 5", "版本 3 . 5 升级", "P . S 谢谢"])
    def test_spaced_letters_that_are_not_links(self, text):
        assert find_links(normalize(text)) == []

    # 8. A 106 gateway does not soften a fake court text.
    def test_a_gateway_sender_does_not_soften_a_fake_court_text(self):
        result = analyze("【XX法院】您涉嫌恶意透支已立案，请联系专员处理", "10657001234")
        assert "gateway_sender" not in codes(result)
        assert result.score >= RULES["fake_legal"].weight

    def test_a_gateway_sender_is_neutral(self):
        # Anyone can rent a 106 number and fake base stations send any sender: it neither helps nor hurts.
        for text in (GENUINE_CMB, "你再不还款，我们就通知你们村委会和你父母，派人外访到你老家"):
            with_gateway, without = analyze(text, "1065502010095555"), analyze(text)
            assert (with_gateway.score, with_gateway.risk) == (without.score, without.risk)
            assert with_gateway.codes == without.codes


class TestCommandBadBytes:
    """4. The command survives lines that are not UTF-8 and ids that cannot be encoded."""

    def run_bytes(self, monkeypatch, data: bytes) -> list[dict]:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict"))
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", write_through=True)
        call_command("analyze_sms", stdout=out)
        out.flush()
        return [json.loads(line) for line in raw.getvalue().decode("utf-8").splitlines()]

    def test_a_lone_surrogate_and_invalid_utf8_do_not_stop_the_run(self, monkeypatch):
        data = (
            b'{"id":"\\ud800","text":"x"}\n'
            + b'{"id":2,"text":"\xff\xfe"}\n'
            + b"\xff\n"
            + json.dumps({"id": 4, "text": "请转入安全账户"}, ensure_ascii=False).encode("utf-8")
            + b"\n"
        )
        results = self.run_bytes(monkeypatch, data)
        assert [r["id"] for r in results] == ["\ud800", 2, None, 4]
        assert results[0]["risk"] == "low"
        assert "error" in results[1] and "error" in results[2]
        assert results[3]["risk"] == "high" and results[3]["flags"][0]["reassuring"] is False
