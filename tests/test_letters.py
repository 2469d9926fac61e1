from __future__ import annotations

import io
import logging
import re
from datetime import date
from urllib.parse import unquote

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from docx import Document

from triage import letters

# Values no one would type by chance, so finding them anywhere proves a leak.
TYPED = {
    "name": "测试姓名Zhuang-Q7X",
    "contact": "zhuangq7x@example.test",
    "creditor": "甲乙消费金融Q7X",
    "collector_number": "17099990000",
    "message_date": "2026-11-28",
    "amount": "12345.67元",
    "what_happened": "对方说要通知我的单位Q7X。\n第二天又打了十次。",
}

ANSWERS = {
    "calm": {"danger": "no"},
    "message": {"sms_text": "【某金融】您已逾期，今天不还款就通知你单位和家人", "risk": "high", "flags": ["third_party_threat", "link"], "institution": ""},
    "verify": {"relation": "mine_unknown", "creditor_type": "consumer_finance", "third_party_role": ""},
    "protect": {"shared": ["none"]},
    "contact": {"wants": ["verify_debt", "instalments", "stop_third_party"]},
    "legal": {"behaviours": ["night", "third_party", "threats"]},
}

ALL_SLUGS = [
    "police-report",
    "spam-report",
    "debt-verification",
    "stop-third-party",
    "third-party-stop",
    "repayment-plan",
    "regulator-complaint",
    "nifa-report",
    "credit-dispute",
]


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def with_answers(client: Client, answers: dict) -> Client:
    session = client.session
    session["answers"] = answers
    session.save()
    return client


class TestRegistry:
    def test_it_has_every_letter_kind_in_order_of_relevance(self):
        assert list(letters.registry()) == ALL_SLUGS

    def test_every_kind_has_both_languages_and_known_fields(self):
        for kind in letters.registry().values():
            assert kind.title("zh-hans") and kind.title("en")
            assert set(kind.fields) <= set(letters.FIELDS)
            assert kind.bases, kind.slug

    def test_every_cited_basis_has_a_source_and_no_unverified_mark(self):
        laws = letters.legal_bases()["law"]
        for kind in letters.registry().values():
            for key in kind.bases:
                assert laws[key]["source"].startswith("http")
        for entry in [*laws.values(), *letters.legal_bases()["channel"].values()]:
            assert entry["mark"] in ("✔", "◐")

    def test_single_source_facts_are_phrased_cautiously(self):
        data = letters.legal_bases()
        for entry in [*data["law"].values(), *data["channel"].values()]:
            if entry["mark"] == "◐":
                assert entry["text_zh"].startswith("据"), entry["text_zh"]
                assert entry["text_en"].startswith("According to"), entry["text_en"]


class TestApplicableLetters:
    def test_no_answers_means_no_suggestions(self):
        assert letters.applicable_letters({}) == []
        assert letters.applicable_letters(None) == []

    def test_unknown_debt_suggests_verification_and_credit_report_dispute(self):
        slugs = letters.applicable_letters({"verify": {"relation": "mine_unknown"}})
        assert slugs == ["debt-verification", "credit-dispute"]

    def test_threats_and_fraud_put_the_police_report_first(self):
        slugs = letters.applicable_letters({"legal": {"behaviours": ["threats"]}, "message": {"flags": ["safe_account"]}})
        assert slugs[0] == "police-report"
        assert "spam-report" in slugs

    def test_someone_else_gets_the_third_party_letter_not_the_debtor_ones(self):
        slugs = letters.applicable_letters(
            {"verify": {"relation": "someone_else", "third_party_role": "family"}, "legal": {"behaviours": ["third_party"]}}
        )
        assert "third-party-stop" in slugs
        assert "stop-third-party" not in slugs and "repayment-plan" not in slugs

    def test_complaint_goes_to_regulator_for_licensed_lenders_and_nifa_for_platforms(self):
        bank = {"verify": {"relation": "mine_known", "creditor_type": "bank"}, "legal": {"behaviours": ["night"]}}
        platform = {"verify": {"relation": "mine_known", "creditor_type": "online_platform"}, "legal": {"behaviours": ["night"]}}
        assert "regulator-complaint" in letters.applicable_letters(bank)
        assert "nifa-report" not in letters.applicable_letters(bank)
        assert "nifa-report" in letters.applicable_letters(platform)
        assert "regulator-complaint" not in letters.applicable_letters(platform)

    def test_hardship_suggests_repayment_plan(self):
        slugs = letters.applicable_letters({"verify": {"relation": "mine_known"}, "contact": {"wants": ["instalments"]}})
        assert slugs == ["repayment-plan"]

    def test_it_tolerates_malformed_answers(self):
        assert letters.applicable_letters({"legal": "nonsense", "message": {"flags": None}}) == []


class TestBuildLetter:
    @pytest.mark.parametrize("lang", ["zh-hans", "en"])
    @pytest.mark.parametrize("slug", ALL_SLUGS)
    def test_every_letter_opens_in_word_and_contains_the_typed_fields(self, slug, lang):
        letter = letters.build_letter(slug, lang, ANSWERS, TYPED, today=date(2026, 11, 29))
        text = docx_text(letters.to_docx(letter))
        assert letter.title in text
        for name in letters.registry()[slug].fields:
            for line in TYPED[name].splitlines():
                assert line in text, (slug, lang, name)
        assert "2026-11-29" in text
        # It cites its legal basis, with the source.
        for citation in letter.citations:
            assert citation.source in text

    @pytest.mark.parametrize("lang", ["zh-hans", "en"])
    @pytest.mark.parametrize("slug", ALL_SLUGS)
    def test_txt_is_utf8_with_the_same_content(self, slug, lang):
        letter = letters.build_letter(slug, lang, ANSWERS, TYPED)
        text = letters.to_txt(letter).decode("utf-8")
        assert letter.title in text
        assert TYPED["name"] in text

    def test_empty_fields_leave_a_visible_blank(self):
        zh = letters.to_txt(letters.build_letter("debt-verification", "zh-hans", {}, {})).decode()
        en = letters.to_txt(letters.build_letter("debt-verification", "en", {}, {})).decode()
        assert "致：＿＿＿＿＿＿" in zh
        assert "To: __________" in en

    def test_docx_sets_an_east_asian_font_on_styles_and_runs(self):
        content = letters.to_docx(letters.build_letter("police-report", "zh-hans", ANSWERS, TYPED))
        document = Document(io.BytesIO(content))
        normal = document.styles["Normal"].element.rPr.rFonts
        assert normal.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "SimSun"
        run = document.paragraphs[1].runs[0].element.rPr.rFonts
        assert run.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "SimSun"
        assert document.core_properties.author == ""

    def test_it_quotes_the_scrubbed_message_and_lists_the_conduct(self):
        text = letters.to_txt(letters.build_letter("police-report", "zh-hans", ANSWERS, {})).decode()
        assert ANSWERS["message"]["sms_text"] in text
        assert "在22:00至次日08:00之间联系" in text

    def test_bank_only_rules_are_not_cited_against_a_small_loan_company(self):
        answers = {"verify": {"creditor_type": "small_loan"}, "legal": {"behaviours": ["night"]}}
        letter = letters.build_letter("regulator-complaint", "zh-hans", answers, {})
        titles = " ".join(c.title for c in letter.citations)
        assert "小额贷款公司" in titles and "信用卡" not in titles
        assert "地方金融管理局" in letter.recipient

    def test_a_recognised_institution_fills_the_creditor_when_none_is_typed(self):
        answers = {"message": {"institution": "icbc"}}
        assert letters.build_letter("debt-verification", "zh-hans", answers, {}).recipient == "致：中国工商银行"
        typed = letters.build_letter("debt-verification", "zh-hans", answers, {"creditor": "别的公司"})
        assert typed.recipient == "致：别的公司"

    def test_control_characters_do_not_break_the_docx(self):
        letter = letters.build_letter("debt-verification", "en", {}, {"name": "a\x00b\x07c"})
        assert "abc" in docx_text(letters.to_docx(letter))

    def test_file_names_are_readable_with_an_ascii_fallback(self):
        letter = letters.build_letter("debt-verification", "zh-hans", {}, {}, today=date(2026, 11, 29))
        assert letter.filename("docx") == "债务核实函-2026-11-29.docx"
        assert letter.ascii_filename("docx") == "debt-verification-2026-11-29.docx"


@pytest.mark.django_db
class TestDocumentsView:
    def test_it_lists_every_letter(self):
        response = Client().get("/documents/")
        assert response.status_code == 200
        for slug in ALL_SLUGS:
            assert f'href="/documents/{slug}/"' in response.content.decode()

    def test_applicable_letters_come_first_and_are_marked(self):
        client = with_answers(Client(), {"verify": {"relation": "mine_known"}, "contact": {"wants": ["instalments"]}})
        html = client.get("/documents/").content.decode()
        links = re.findall(r'href="/documents/([a-z0-9-]+)/"', html)
        assert links[0] == "repayment-plan"
        assert re.search(r'class="applicable">\s*<a href="/documents/repayment-plan/"', html)
        assert html.count('class="applicable"') == 1

    def test_it_downloads_a_docx_with_a_readable_file_name(self):
        response = Client().post(
            "/documents/", {"letter": "debt-verification", "lang": "zh-hans", "format": "docx", **TYPED}
        )
        assert response.status_code == 200
        disposition = response["Content-Disposition"]
        assert disposition.startswith('attachment; filename="debt-verification-')
        assert "债务核实函-" in unquote(disposition.split("filename*=UTF-8''")[1])
        assert TYPED["creditor"] in docx_text(response.content)

    def test_it_downloads_utf8_text_in_english(self):
        response = Client().post("/documents/spam-report/", {"letter": "spam-report", "lang": "en", "format": "txt", **TYPED})
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        text = response.content.decode("utf-8")
        assert "Report of a spam or fraud SMS" in text and TYPED["collector_number"] in text

    def test_print_format_renders_the_letter_page(self):
        response = Client().post(
            "/documents/repayment-plan/", {"letter": "repayment-plan", "lang": "zh-hans", "format": "print", **TYPED}
        )
        assert response.status_code == 200
        assert "triage/letter.html" in [t.name for t in response.templates]
        assert TYPED["name"] in response.content.decode()

    def test_per_letter_page_only_asks_for_that_letters_fields(self):
        html = Client().get("/documents/repayment-plan/").content.decode()
        assert 'name="amount"' in html and 'name="collector_number"' not in html

    def test_it_rejects_an_over_long_field_and_keeps_what_was_typed(self):
        data = {"letter": "debt-verification", "lang": "zh-hans", "format": "docx", **TYPED, "what_happened": "长" * 2001}
        response = Client().post("/documents/", data)
        assert response.status_code == 200
        assert "attachment" not in response.get("Content-Disposition", "")
        html = response.content.decode()
        assert 'class="error-summary"' in html
        assert TYPED["name"] in html and "长" * 2001 in html

    def test_it_rejects_nul_bytes_without_a_server_error(self):
        data = {"letter": "debt-verification", "lang": "en", "format": "txt", "name": "bad\x00name"}
        response = Client().post("/documents/", data)
        assert response.status_code == 200
        assert 'class="error-summary"' in response.content.decode()

    def test_an_unknown_letter_or_format_is_refused_politely(self):
        response = Client().post("/documents/", {"letter": "no-such-letter", "lang": "en", "format": "exe"})
        assert response.status_code == 200
        assert 'class="error-summary"' in response.content.decode()

    def test_unknown_slug_is_a_404_page(self):
        assert Client().get("/documents/no-such-letter/").status_code == 404
        assert Client().post("/documents/no-such-letter/", {"format": "docx"}).status_code == 404

    def test_nothing_typed_reaches_the_database_the_session_or_the_logs(self, caplog, capsys):
        caplog.set_level(logging.DEBUG)
        client = with_answers(Client(), ANSWERS)
        for fmt in ("docx", "txt", "print"):
            client.post("/documents/", {"letter": "police-report", "lang": "zh-hans", "format": fmt, **TYPED})
        # Invalid posts too: the re-rendered form must not park the values anywhere.
        client.post("/documents/", {"letter": "police-report", "lang": "zh-hans", "format": "docx", **TYPED, "amount": "9" * 99})

        out = io.StringIO()
        call_command("dumpdata", stdout=out)
        dump = out.getvalue()
        sessions = " ".join(str(s.get_decoded()) for s in Session.objects.all())
        logs = caplog.text + capsys.readouterr().err
        for value in (TYPED["name"], TYPED["contact"], "Q7X", TYPED["collector_number"]):
            assert value not in dump
            assert value not in sessions
            assert value not in logs
        assert client.session["answers"] == ANSWERS

    def test_downloads_are_not_cached(self):
        response = Client().post("/documents/", {"letter": "debt-verification", "lang": "en", "format": "txt"})
        assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
