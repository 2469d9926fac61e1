from __future__ import annotations

import io
import logging
import re
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from docx import Document
from helpers import OVERFLOWING, assert_fits_the_phone, with_answers

from triage import letters

# Values no one would type by chance, so finding them anywhere proves a leak.
TYPED = {
    "name": "测试姓名Zhuang-Q7X",
    "contact": "zhuangq7x@example.test",
    "creditor": "甲乙消费金融Q7X",
    "collector_number": "17099990000",
    "message_date": "2026-11-28",
    "amount": "12345.67元",
    "original_text": "【某金融】尾号6222Q7X的借款已逾期，立即转账至6217000011112222Q7X",
    "what_happened": "对方说要通知我的单位Q7X。\n第二天又打了十次。",
}

ANSWERS = {
    "calm": {"danger": "no"},
    "message": {
        "sms_text": "【某金融】您已逾期，今天不还款就通知你单位和家人",
        "risk": "high",
        "flags": ["third_party_threat", "link"],
        "institution": "",
    },
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
            typed = letters.format_amount(TYPED[name], lang) if name == "amount" else TYPED[name]
            for line in typed.splitlines():
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

    @pytest.mark.parametrize("bad", ["\uffff", "\ufffe", "\x0b", "\x1f", "\x0c", "\r"])
    @pytest.mark.parametrize("lang", ["zh-hans", "en"])
    def test_xml_invalid_characters_in_any_field_do_not_break_any_format(self, bad, lang):
        fields = {name: f"{value}{bad}尾" for name, value in TYPED.items()}
        for slug in ALL_SLUGS:
            letter = letters.build_letter(slug, lang, {"message": {"sms_text": f"短信{bad}原文"}}, fields)
            text = docx_text(letters.to_docx(letter))
            assert TYPED["name"] in text and "尾" in text
            assert bad not in letters.to_txt(letter).decode("utf-8").replace("\r\n", "\n")

    @pytest.mark.parametrize(
        ("typed", "zh", "en"),
        [
            ("5000", "5000元", "CNY 5,000"),
            ("12,345.5", "12,345.5元", "CNY 12,345.5"),
            ("5000元", "5000元", "CNY 5,000"),
            ("¥5000", "¥5000", "CNY 5,000"),
            ("RMB 5000", "RMB 5000", "CNY 5,000"),
            ("1.2万", "1.2万元", "CNY 12,000"),
            ("5000 yuan", "5000 yuan", "CNY 5,000"),
            ("约五千", "约五千", "约五千"),
        ],
    )
    def test_the_amount_gets_its_unit_once(self, typed, zh, en):
        assert letters.format_amount(typed, "zh-hans") == zh
        assert letters.format_amount(typed, "en") == en

    def test_the_letter_says_the_amount_in_yuan(self):
        zh = letters.to_txt(letters.build_letter("debt-verification", "zh-hans", {}, {"amount": "5000"})).decode()
        en = letters.to_txt(letters.build_letter("debt-verification", "en", {}, {"amount": "5000"})).decode()
        assert "称本人欠款5000元。" in zh
        assert "saying that I owe CNY 5,000." in en
        doubled = letters.to_txt(letters.build_letter("debt-verification", "zh-hans", {}, {"amount": "5000元"})).decode()
        assert "欠款5000元。" in doubled and "元元" not in doubled

    @pytest.mark.parametrize(
        ("role", "zh", "en"),
        [
            ("family", "系贵方所称债务人的家人", "I am a family member of the person you say owes the debt."),
            ("employer", "系贵方所称债务人的工作单位或同事", "I am the employer or a colleague of the person"),
            ("contact", "系贵方所称债务人的朋友或联系人", "I am a friend or contact of the person"),
        ],
    )
    def test_the_third_party_letter_says_who_the_writer_is(self, role, zh, en):
        answers = {"verify": {"relation": "someone_else", "third_party_role": role}}
        zh_text = letters.to_txt(letters.build_letter("third-party-stop", "zh-hans", answers, {"name": "王五"})).decode()
        en_text = letters.to_txt(letters.build_letter("third-party-stop", "en", answers, {"name": "Wang"})).decode()
        assert f"本人王五，{zh}，不是贵方所催收债务的借款人或担保人" in zh_text
        assert f"My name is Wang. {en}" in en_text

    def test_without_a_role_the_third_party_letter_reads_as_before(self):
        answers = {"verify": {"relation": "someone_else", "third_party_role": "nonsense"}}
        text = letters.to_txt(letters.build_letter("third-party-stop", "zh-hans", answers, {"name": "王五"})).decode()
        assert "本人王五，不是贵方所催收债务的借款人或担保人" in text

    @pytest.mark.parametrize("slug", ["police-report", "spam-report"])
    def test_the_original_message_replaces_the_scrubbed_one_in_reports(self, slug):
        answers = {"message": {"sms_text": "请向〔银行卡号〕转账"}}
        scrubbed = letters.to_txt(letters.build_letter(slug, "zh-hans", answers, {})).decode()
        assert "请向〔银行卡号〕转账" in scrubbed and "已去除个人信息" in scrubbed
        original = letters.build_letter(slug, "zh-hans", answers, {"original_text": "请向6217000011112222转账\n第二行"})
        text = letters.to_txt(original).decode()
        assert "  > 请向6217000011112222转账\r\n  > 第二行" in text
        assert "〔银行卡号〕" not in text and "已去除个人信息" not in text
        assert "请向6217000011112222转账" in docx_text(letters.to_docx(original))
        en = letters.to_txt(letters.build_letter(slug, "en", answers, {"original_text": "pay 6217000011112222"})).decode()
        assert "pay 6217000011112222" in en and "personal data removed" not in en

    def test_letters_without_the_field_keep_quoting_the_scrubbed_message(self):
        answers = {"message": {"sms_text": "请向〔银行卡号〕转账"}}
        letter = letters.build_letter("nifa-report", "zh-hans", answers, {"original_text": "请向6217000011112222转账"})
        text = letters.to_txt(letter).decode()
        assert "〔银行卡号〕" in text and "6217000011112222" not in text

    def test_docx_metadata_is_neutral(self):
        import zipfile

        letter = letters.build_letter("police-report", "zh-hans", ANSWERS, TYPED, today=date(2026, 11, 29))
        content = letters.to_docx(letter)
        props = Document(io.BytesIO(content)).core_properties
        assert props.author == "" and props.last_modified_by == "" and props.comments == ""
        assert props.created.date() == date(2026, 11, 29) and props.modified.date() == date(2026, 11, 29)
        assert props.revision == 1
        package = zipfile.ZipFile(io.BytesIO(content))
        core = package.read("docProps/core.xml").decode()
        app = package.read("docProps/app.xml").decode()
        for noise in ("python-docx", "2013-12-23"):
            assert noise not in core
        for noise in ("Microsoft", "Macintosh", "AppVersion", "Template", "Company"):
            assert noise not in app
        assert package.testzip() is None

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
        response = Client().post("/documents/", {"letter": "debt-verification", "lang": "zh-hans", "format": "docx", **TYPED})
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
        # Going back to the form and switching language carry the fields in the page, nowhere else.
        client.post("/documents/", {"letter": "police-report", "lang": "zh-hans", "format": "print", **TYPED, "edit": "1"})
        client.post("/documents/", {"letter": "police-report", "lang": "zh-hans", "format": "print", **TYPED, "ui_lang": "en"})
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

    @pytest.mark.parametrize("fmt", ["docx", "txt", "print"])
    def test_xml_invalid_characters_are_not_a_server_error_in_any_format(self, fmt):
        data = {name: f"{value}\uffff\ufffe\x0b" for name, value in TYPED.items()}
        for slug in ALL_SLUGS:
            response = Client().post(f"/documents/{slug}/", {"letter": slug, "lang": "zh-hans", "format": fmt, **data})
            assert response.status_code == 200, (slug, fmt)
            if fmt == "docx":
                assert TYPED["name"] in docx_text(response.content)
            else:
                assert TYPED["name"] in response.content.decode("utf-8")

    def test_the_original_message_field_is_offered_where_it_is_used(self):
        assert 'name="original_text"' in Client().get("/documents/police-report/").content.decode()
        assert 'name="original_text"' in Client().get("/documents/spam-report/").content.decode()
        assert 'name="original_text"' not in Client().get("/documents/debt-verification/").content.decode()
        response = Client().post(
            "/documents/police-report/", {"letter": "police-report", "lang": "en", "format": "txt", "original_text": "x" * 2001}
        )
        assert 'class="error-summary"' in response.content.decode()

    def printed(self, client: Client, path: str, **extra) -> str:
        response = client.post(path, {"letter": "police-report", "lang": "zh-hans", "format": "print", **TYPED, **extra})
        assert "triage/letter.html" in [t.name for t in response.templates]
        return response.content.decode()

    @staticmethod
    def carried(html: str) -> dict[str, str]:
        """What the letter page's own form would post: its hidden inputs, as a browser decodes them."""
        from html import unescape

        form = re.search(r'<form method="post" action="([^"]*)" class="letter-carry".*?</form>', html, re.S)
        assert form, "the letter page has no form carrying the typed fields"
        fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0))
        return {name: unescape(value) for name, value in fields if name != "csrfmiddlewaretoken"}

    @pytest.mark.parametrize("path", ["/documents/", "/documents/police-report/"])
    def test_back_to_the_form_brings_back_everything_typed(self, path):
        client = Client()
        html = self.printed(client, path)
        assert '<a class="button secondary" href="/documents/' not in html
        carried = self.carried(html)
        for name in letters.registry()["police-report"].fields:
            assert carried[name].replace("\r\n", "\n") == TYPED[name], name
        assert carried["format"] == "print" and carried["lang"] == "zh-hans"
        # A letter posted to the list page (older pages) goes back to that letter's own page and form.
        back = "/documents/police-report/"
        assert re.search(rf'<form method="post" action="{re.escape(back)}" class="letter-carry"', html)
        assert re.search(r'<button type="submit" name="edit" value="1"', html)

        response = client.post(back, {**carried, "edit": "1"})
        assert response.status_code == 200
        assert "triage/documents.html" in [t.name for t in response.templates]
        assert "Content-Disposition" not in response
        form_html = response.content.decode()
        assert 'class="error-summary"' not in form_html
        assert f'value="{TYPED["name"]}"' in form_html
        assert TYPED["what_happened"].splitlines()[1] in form_html
        assert TYPED["original_text"] in form_html
        assert re.search(r'value="print"[^>]*checked', form_html)

    def test_the_letter_pages_language_switch_keeps_the_letter(self):
        client = Client()
        carried = self.carried(self.printed(client, "/documents/police-report/"))
        response = client.post("/documents/police-report/", {**carried, "ui_lang": "en"})
        assert response.status_code == 200
        assert "triage/letter.html" in [t.name for t in response.templates]
        html = response.content.decode()
        assert 'lang="en"' in html and "Back to the form" in html
        # The letter stays in the language chosen for it; the page around it changes.
        assert "报案材料" in html and TYPED["name"] in html
        assert response.cookies["django_language"].value == "en"
        assert self.carried(html)["what_happened"].replace("\r\n", "\n") == TYPED["what_happened"]
        # The header's switch (which would reload an empty form) gives way to this one on screen.
        css = (Path(__file__).resolve().parent.parent / "static" / "css" / "documents.css").read_text()
        assert "body:has([data-letter-carry]) .site-header .lang-switch { display: none; }" in css

    def test_downloads_are_not_cached(self):
        response = Client().post("/documents/", {"letter": "debt-verification", "lang": "en", "format": "txt"})
        assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestLetterPageInBrowser:
    """Printing a letter and going back, without JavaScript: nothing typed is lost, nothing is stored."""

    @pytest.mark.parametrize("javascript", [False, True])
    def test_back_to_the_form_and_the_language_switch_keep_what_was_typed(self, browser, live_server, javascript):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.goto(f"{live_server.url}/documents/police-report/")
        page.locator('[name="name"]').fill(TYPED["name"])
        page.locator('[name="original_text"]').fill(TYPED["original_text"])
        page.locator('[name="what_happened"]').fill(TYPED["what_happened"])
        page.locator('input[name="format"][value="print"]').check()
        page.locator(".letter-form button[type=submit]").click()
        page.wait_for_load_state()
        assert TYPED["original_text"] in page.locator("article.letter").inner_text()
        # The header's switch would reload an empty form; on this page it gives way to the letter's own.
        assert not page.locator(".site-header .lang-switch").is_visible()
        page.locator('[data-letter-carry] button[name="ui_lang"]').click()
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "en"
        assert TYPED["name"] in page.locator("article.letter").inner_text()
        page.get_by_role("button", name="Back to the form").click()
        page.wait_for_load_state()
        assert page.locator('[name="name"]').input_value() == TYPED["name"]
        assert page.locator('[name="original_text"]').input_value() == TYPED["original_text"]
        assert page.locator('[name="what_happened"]').input_value() == TYPED["what_happened"]
        assert page.locator('input[name="format"][value="print"]').is_checked()
        context.close()


class TestCreditorIsNeverACourt:
    FAKE_COURT = {"message": {"institution": "court", "flags": ["fake_legal"]}, "verify": {"relation": "mine_unknown"}}

    @pytest.mark.parametrize("code", ["court", "anti_fraud"])
    def test_a_public_body_named_in_the_message_is_not_the_creditor(self, code):
        from triage.analysis import find_institution

        assert find_institution(code).kind == "government"
        answers = {**self.FAKE_COURT, "message": {"institution": code}}
        for lang in letters.LANGS:
            letter = letters.build_letter("debt-verification", lang, answers, {})
            blank = letters.letters_data()["common"][letters.data_lang(lang)]["blank"]
            assert blank in letter.recipient, letter.recipient
            assert "法院" not in letter.recipient and "Court" not in letter.recipient
            assert "反诈" not in letter.recipient
        assert letters.creditor_institution(answers) is None

    def test_a_lender_still_fills_the_creditor(self):
        answers = {"message": {"institution": "icbc"}}
        assert letters.creditor_institution(answers).kind == "bank"
        assert "中国工商银行" in letters.build_letter("debt-verification", "zh-hans", answers, {}).recipient

    @pytest.mark.django_db
    def test_the_letter_page_is_not_addressed_to_the_court(self):
        client = with_answers(Client(), self.FAKE_COURT)
        html = client.post(
            "/documents/debt-verification/", {"letter": "debt-verification", "lang": "zh-hans", "format": "print"}
        ).content.decode()
        assert "人民法院" not in re.search(r'<p class="recipient">(.*?)</p>', html).group(1)


class TestSomeoneElsesDebt:
    @pytest.mark.parametrize("flags", [[], ["unknown_platform"], ["credit_repair"]])
    def test_no_credit_report_dispute_for_someone_elses_debt(self, flags):
        slugs = letters.applicable_letters({"verify": {"relation": "someone_else"}, "message": {"flags": flags}})
        assert "credit-dispute" not in slugs
        assert "third-party-stop" in slugs

    def test_the_debtor_still_gets_it(self):
        assert "credit-dispute" in letters.applicable_letters({"verify": {"relation": "mine_unknown"}})
        assert "credit-dispute" in letters.applicable_letters({"message": {"flags": ["credit_repair"]}})


class TestChinesePunctuation:
    FIELDS = {"name": "陈小明", "contact": "13800000000"}

    def test_chinese_letters_use_full_width_colons(self):
        letter = letters.build_letter("police-report", "zh-hans", ANSWERS, self.FIELDS, today=date(2026, 11, 29))
        assert "姓名：陈小明" in letter.signature
        assert "联系方式：13800000000" in letter.signature
        assert "日期：2026-11-29" in letter.signature
        text = "\n".join(letter.plain_lines())
        assert "姓名: " not in text
        for citation in letter.citations:
            assert f"{citation.title}：{citation.source}" in text
            assert f"{citation.title}: " not in text
        assert f"{letter.citations[0].title}：{letter.citations[0].source}" in docx_text(letters.to_docx(letter))

    def test_english_letters_keep_ascii_colons(self):
        letter = letters.build_letter("police-report", "en", ANSWERS, self.FIELDS)
        assert "Name: 陈小明" in letter.signature

    @pytest.mark.django_db
    def test_the_print_page_and_the_form_labels_use_full_width_colons(self):
        html = (
            Client()
            .post("/documents/police-report/", {"letter": "police-report", "lang": "zh-hans", "format": "print", **self.FIELDS})
            .content.decode()
        )
        assert "姓名：陈小明" in html and "姓名: " not in html
        form = Client().get("/documents/police-report/").content.decode()
        assert re.search(r'<label for="id_name">您的姓名：</label>', form)
        assert not re.search(r"<label[^>]*>[^<]*[\u4e00-\u9fff]:</label>", form)
        client = Client()
        client.cookies["django_language"] = "en"
        assert '<label for="id_name">Your name:</label>' in client.get("/documents/police-report/").content.decode()


@pytest.mark.django_db
class TestOneListOfLetters:
    def test_the_list_page_lists_the_letters_once_and_holds_no_form(self):
        html = Client().get("/documents/").content.decode()
        for slug in ALL_SLUGS:
            assert html.count(f'href="/documents/{slug}/"') == 1
        assert 'type="radio"' not in html and "letter-form" not in html
        assert 'name="what_happened"' not in html

    def test_each_letters_page_holds_its_form(self):
        for slug in ALL_SLUGS:
            html = Client().get(f"/documents/{slug}/").content.decode()
            assert f'action="/documents/{slug}/" class="letter-form"' in html
            assert 'name="format"' in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestLetterPagesOnAPhone:
    """390×844: the list, a letter's form and the printable letter fit the screen."""

    def test_the_list_and_a_letters_form_fit_and_radio_labels_sit_beside_the_radio(self, page, live_server):
        page.goto(f"{live_server.url}/documents/")
        assert_fits_the_phone(page)
        page.goto(f"{live_server.url}/documents/police-report/")
        assert_fits_the_phone(page)
        # A label long enough to wrap on a phone, as a long letter title or translation would.
        page.locator('input[name="format"][value="print"]').evaluate(
            "r => r.parentElement.lastChild.textContent = ' ' + '打印页面，用浏览器的打印菜单保存为PDF文件'.repeat(3)"
        )
        for radio in page.locator('.letter-form input[type="radio"]').all():
            label = radio.locator("xpath=ancestor::label[1]")
            radio_box, label_box = radio.bounding_box(), label.bounding_box()
            # Text that wraps starts to the right of the radio, never under it.
            text_left = label.evaluate(
                "l => { const r = document.createRange(); const t = [...l.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());"
                " r.selectNodeContents(t); return Math.min(...[...r.getClientRects()].map(b => b.left)); }"
            )
            assert text_left >= radio_box["x"] + radio_box["width"] - 1, label.inner_text()
            assert label_box["width"] <= 390

    def test_the_printable_letter_fits_with_its_sources(self, page, live_server):
        page.goto(f"{live_server.url}/documents/police-report/")
        page.locator('[name="name"]').fill("陈小明")
        page.locator('input[name="format"][value="print"]').check()
        page.locator(".letter-form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".letter .sources li").count() > 0
        assert_fits_the_phone(page)
        page.emulate_media(media="print")
        assert page.evaluate(OVERFLOWING) == []


class TestLettersFitTheirReader:
    """The document names the letter and carries no guidance for the person; a scam from
    an unknown creditor is not answered with letters to that creditor."""

    SCAM = {
        "message": {"risk": "high", "flags": ["safe_account", "fake_legal"]},
        "verify": {"relation": "mine_unknown", "creditor_type": "unknown"},
        "protect": {"shared": ["none"]},
        "contact": {"wants": ["verify_debt", "stop_third_party", "instalments"]},
        "legal": {"behaviours": ["third_party", "fraud"]},
    }

    def test_a_scam_with_no_known_creditor_gets_reports_not_creditor_letters(self):
        slugs = letters.applicable_letters(self.SCAM)
        assert "spam-report" in slugs and "police-report" in slugs
        for creditor_letter in ("debt-verification", "stop-third-party", "repayment-plan", "third-party-stop"):
            assert creditor_letter not in slugs

    def test_a_named_creditor_still_gets_the_creditor_letters(self):
        answers = {**self.SCAM, "verify": {"relation": "mine_unknown", "creditor_type": "bank"}}
        assert "debt-verification" in letters.applicable_letters(answers)
        answers = {**self.SCAM, "message": {"risk": "medium", "flags": []}}
        assert "debt-verification" in letters.applicable_letters(answers)

    @pytest.mark.parametrize("lang", ["zh-hans", "en"])
    def test_no_letter_carries_tips_or_routing_for_the_person(self, lang):
        for slug in letters.registry():
            letter = letters.build_letter(slug, lang, self.SCAM, {"name": "王五", "collector_number": "95588"})
            text = letters.to_txt(letter).decode()
            assert "提示" not in text and "Tip:" not in text, slug
            assert not letter.title.endswith(("）", ")")), (slug, letter.title)
        assert letters.build_letter("credit-dispute", "zh-hans", self.SCAM, {}).title == "征信异议申请"
