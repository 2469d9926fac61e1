from __future__ import annotations

import io
import json
import logging
import sys
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.utils import timezone, translation
from django.views.debug import ExceptionReporter
from helpers import share, share_token
from test_anonymize import personal_corpus

import triage.analysis
from triage import cases
from triage.anonymize import scrub, sender_hash
from triage.models import Case
from triage.views.cases import SHARE_KEY

SECRET_TEXT = "尊敬的张三先生，您的借款已逾期，请联系13812345678，身份证11010519491231002X"
SECRET_VALUES = ["张三", "13812345678", "11010519491231002X"]
# For the chained-exception report: defined far from the `raise`, whose surrounding source lines are shown.
CAUSE_MESSAGE = "徐海涛 13812345678"
NOTE_MESSAGE = "for 张三 11010519491231002X"
CHAINED_SECRETS = ["徐海涛", "13812345678", "张三", "11010519491231002X"]


def _personal_request():
    # Built far from the `raise` in TestErrorReports: a report shows the source lines around it.
    request = RequestFactory().post(
        "/share/?phone=13812345678",
        {"consent": "on", "sms_text": SECRET_TEXT},
        HTTP_USER_AGENT="Mozilla/5.0 (张三的手机)",
        REMOTE_ADDR="203.0.113.77",
    )
    request.COOKIES["sessionid"] = "secret-session-key"
    return request


@pytest.fixture
def analyser():
    return triage.analysis.analyze


def _wizard_session(client: Client, text: str = SECRET_TEXT, sender: str = "13812345678", extra: dict | None = None) -> None:
    """Session answers as the wizard leaves them: scrubbed text, sender kind and hash only."""
    session = client.session
    session["answers"] = {
        "message": {
            "sms_text": scrub(text),
            "sender_kind": "mobile",
            "sender_hash": sender_hash(sender),
            "risk": "high",
            "flags": ["fake_legal"],
            "institution": "cmb",
        },
        "verify": {"relation": "mine_unknown", "legal_claim": "yes"},
        "legal": {"behaviours": ["threats", "night"]},
        **(extra or {}),
    }
    session.save()


# Random values that hold no content: keys, codes and hex digests. Short secrets such as a room number
# ("2501") turn up in them by chance, so they are left out of the search (a hash cannot leak text).
# Every field named "..._hash" is a digest, so a new one cannot make the search flaky again.
RANDOM_FIELDS = {"code", "session_key", "session_data"}


def _is_random(field: str) -> bool:
    return field in RANDOM_FIELDS or field.endswith("_hash")


def _dump_everything() -> str:
    """Every table, as text a person could read (JSON escapes undone, sessions decoded)."""
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    rows = [
        {"model": row["model"], "fields": {k: v for k, v in row["fields"].items() if not _is_random(k)}}
        for row in json.loads(out.getvalue())
    ]
    # The share state in a session is random too: a token, a deletion code, a digest of the message.
    sessions = [
        {key: value for key, value in SessionStore().decode(s.session_data).items() if key != SHARE_KEY}
        for s in Session.objects.all()
    ]
    return json.dumps([rows, sessions], ensure_ascii=False)


class TestRecordCase:
    def test_it_stores_scrubbed_text_and_sender_kind_and_hash_only(self, db) -> None:
        recorded = cases.record_case(SECRET_TEXT, sender="+86 138 1234 5678", day=timezone.localdate(), source="import")
        case = Case.objects.get()
        assert case.text == scrub(SECRET_TEXT)
        assert case.sender_hash == sender_hash("13812345678")
        for value in SECRET_VALUES:
            assert value not in _dump_everything()
        assert recorded.deletion_code not in _dump_everything()
        assert case.deletion_hash == Case.hash_deletion_code(recorded.deletion_code)

    def test_it_stores_the_analysers_flags_risk_and_institution(self, db, analyser) -> None:
        text = "【招商银行】您的案件已移交公安"
        cases.record_case(text, day=timezone.localdate(), source="wizard")
        case = Case.objects.get()
        analysis = analyser(text)
        assert case.flags == [flag.code for flag in analysis.flags]
        assert case.risk == analysis.risk
        assert case.institution == (analysis.institution.code if analysis.institution else "")

    def test_it_keeps_only_whitelisted_answers(self, db) -> None:
        answers = {
            "verify": {"relation": "someone_else", "note": "张三 13812345678", "legal_claim": "张三"},
            "protect": {"shared": ["code", "13812345678", "code"]},
            "message": {"sms_text": "raw 13812345678"},
            "free": {"text": "张三"},
        }
        cases.record_case("text", answers=answers, day=timezone.localdate(), source="wizard")
        assert Case.objects.get().answers == {"verify": {"relation": "someone_else"}, "protect": {"shared": ["code"]}}

    def test_it_never_stores_a_number_passed_as_hash(self, db) -> None:
        cases.record_case("text", sender_kind="mobile", sender_hash="13812345678", day=timezone.localdate(), source="wizard")
        assert Case.objects.get().sender_hash == ""

    def test_whitelist_values_still_exist_in_the_wizard_forms(self) -> None:
        forms = pytest.importorskip("triage.forms")
        by_form = {
            "calm": "CalmForm",
            "verify": "VerifyForm",
            "protect": "ProtectForm",
            "contact": "ContactForm",
            "legal": "LegalForm",
        }
        for step, fields in cases.ANSWER_CHOICES.items():
            form = getattr(forms, by_form[step])()
            for name, allowed in fields.items():
                assert allowed <= {value for value, _label in form.fields[name].choices}, (step, name)

    def test_it_has_a_readable_str(self, db) -> None:
        cases.record_case("text", day=timezone.localdate(), source="wizard")
        case = Case.objects.get()
        with translation.override("en"):
            assert str(case) == f"case {case.code} (Low, {case.day:%Y-%m-%d})"
        with translation.override("zh-hans"):
            assert str(case) == f"案例 {case.code}（低，{case.day:%Y-%m-%d}）"


class TestShareView:
    def test_it_says_there_is_nothing_to_share_without_a_message(self, client, db) -> None:
        response = client.get("/share/")
        assert response.status_code == 200
        assert b'href="/step/calm/"' in response.content
        assert b'name="consent"' not in response.content

    def test_it_previews_exactly_what_would_be_stored_with_an_unticked_box(self, client, db) -> None:
        _wizard_session(client)
        response = client.get("/share/")
        content = response.content.decode()
        assert scrub(SECRET_TEXT) in content
        assert 'type="checkbox" name="consent"' in content
        assert "checked" not in content
        for value in SECRET_VALUES:
            assert value not in content
        assert Case.objects.count() == 0

    def test_it_stores_nothing_without_consent(self, client, db) -> None:
        _wizard_session(client)
        response = client.post("/share/", {"share_token": share_token(client)})
        assert response.status_code == 200
        assert 'role="alert"' in response.content.decode()
        assert 'aria-describedby="id_consent_error"' in response.content.decode()
        assert Case.objects.count() == 0

    def test_it_stores_the_case_and_shows_the_deletion_code_once(self, client, db) -> None:
        _wizard_session(client)
        preview = client.get("/share/").content.decode()
        token = preview.split('name="share_token" value="')[1].split('"')[0]
        response = client.post("/share/", {"consent": "on", "share_token": token})
        assert response.status_code == 302
        assert response["Location"] == "/share/done/"
        case = Case.objects.get()
        assert case.text in preview
        assert case.source == "wizard"
        assert case.sender_kind == "mobile"
        assert case.sender_hash == sender_hash("13812345678")
        assert case.answers == {
            "verify": {"relation": "mine_unknown", "legal_claim": "yes"},
            "legal": {"behaviours": ["threats", "night"]},
        }
        assert case.day == timezone.localdate()
        done = client.get("/share/done/").content.decode()
        code = done.split('id="deletion-code">')[1].split("<")[0]
        assert case.deletion_hash == Case.hash_deletion_code(code)
        assert code not in client.get("/share/done/").content.decode()

    def test_it_does_not_store_the_same_message_twice(self, client, db) -> None:
        _wizard_session(client)
        token = share_token(client)
        client.post("/share/", {"consent": "on", "share_token": token})
        client.get("/share/done/")
        response = client.post("/share/", {"consent": "on", "share_token": token})
        assert response.status_code == 200
        assert "已经在此浏览器中分享过" in response.content.decode()
        assert Case.objects.count() == 1

    def test_a_second_tap_after_the_first_was_stored_shows_the_same_code(self, client, db) -> None:
        _wizard_session(client)
        token = share_token(client)
        first = client.post("/share/", {"consent": "on", "share_token": token})
        second = client.post("/share/", {"consent": "on", "share_token": token})
        assert first["Location"] == second["Location"] == "/share/done/"
        code = client.get("/share/done/").content.decode().split('id="deletion-code">')[1].split("<")[0]
        assert Case.objects.get().deletion_hash == Case.hash_deletion_code(code)

    def test_submits_that_raced_past_the_session_store_one_case_under_one_code(self, db) -> None:
        """Two taps whose requests both read the session before either saved it: both reach the
        database with the same deletion code; the second INSERT loses to the unique index."""
        first, second = Client(), Client()
        _wizard_session(first)
        token = share_token(first)
        second.cookies = first.cookies
        stale_session = first.session.session_key
        assert first.post("/share/", {"consent": "on", "share_token": token}).status_code == 302
        # The second request's view of the session, as it was before the first saved it.
        from django.contrib.sessions.backends.db import SessionStore as Store

        store = Store(session_key=stale_session)
        store["case_share"] = {**store["case_share"], "shared": False}
        store.save()
        assert second.post("/share/", {"consent": "on", "share_token": token}).status_code == 302
        assert Case.objects.count() == 1
        code = first.get("/share/done/").content.decode().split('id="deletion-code">')[1].split("<")[0]
        assert Case.objects.get().deletion_hash == Case.hash_deletion_code(code)

    def test_a_page_shown_for_another_message_stores_nothing(self, client, db) -> None:
        _wizard_session(client)
        token = share_token(client)
        _wizard_session(client, text="【招商银行】您的案件已移交公安")
        response = client.post("/share/", {"consent": "on", "share_token": token})
        assert response.status_code == 200
        content = response.content.decode()
        assert "此页面已过期" in content
        assert 'name="share_token" value="' in content and token not in content
        assert Case.objects.count() == 0

    def test_a_post_without_the_pages_token_stores_nothing(self, client, db) -> None:
        _wizard_session(client)
        assert client.post("/share/", {"consent": "on"}).status_code == 200
        assert Case.objects.count() == 0


class TestDeleteView:
    def test_it_deletes_the_case_with_a_valid_code(self, client, db) -> None:
        recorded = cases.record_case("text", day=timezone.localdate(), source="wizard")
        typed = recorded.display_deletion_code.lower()
        response = client.post("/delete/", {"code": typed})
        assert response.status_code == 302
        assert response["Location"] == "/delete/done/"
        assert Case.objects.count() == 0
        assert client.get("/delete/done/").status_code == 200

    def test_it_explains_an_unknown_code_and_keeps_what_was_typed(self, client, db) -> None:
        cases.record_case("text", day=timezone.localdate(), source="wizard")
        response = client.post("/delete/", {"code": "ABCD-EFGH-JKLM-NPQR"})
        assert response.status_code == 200
        content = response.content.decode()
        assert 'value="ABCD-EFGH-JKLM-NPQR"' in content
        assert 'role="alert"' in content
        assert Case.objects.count() == 1


class TestPurgeCases:
    def test_it_purges_cases_older_than_the_retention_period(self, db, settings) -> None:
        settings.CASE_RETENTION_DAYS = 30
        today = timezone.localdate()
        for days in (0, 30, 31, 400):
            cases.record_case("text", day=today - timedelta(days=days), source="import")
        out = io.StringIO()
        call_command("purge_cases", stdout=out)
        assert "purged 2 " in out.getvalue()
        assert sorted((today - c.day).days for c in Case.objects.all()) == [0, 30]

    def test_it_takes_days_from_the_command_line(self, db) -> None:
        cases.record_case("text", day=timezone.localdate() - timedelta(days=5), source="import")
        out = io.StringIO()
        call_command("purge_cases", "--days", "3", stdout=out)
        assert "purged 1 " in out.getvalue()
        assert Case.objects.count() == 0


def _write_jsonl(tmp_path, lines: list[str]):
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(text: str = SECRET_TEXT, **overrides) -> str:
    data = {"text": text, "sender": "+86 138 1234 5678", "received_at": timezone.localdate().isoformat(), "answers": {}}
    return json.dumps({**data, **overrides}, ensure_ascii=False)


class TestImportCases:
    def test_it_imports_good_lines_and_reports_each_bad_one(self, db, tmp_path) -> None:
        tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
        lines = [
            _line(),
            "{not json",
            _line(text=""),
            _line(text="长" * 5001),
            _line(received_at="2026-13-40"),
            _line(received_at=tomorrow),
            _line(answers=["张三"]),
            json.dumps(["a list"]),
            _line(answers={"verify": {"relation": "mine_known"}}),
        ]
        out, err = io.StringIO(), io.StringIO()
        call_command("import_cases", str(_write_jsonl(tmp_path, lines)), stdout=out, stderr=err)
        assert out.getvalue().strip() == "imported 2, rejected 7"
        report = err.getvalue()
        for number, reason in [
            (2, "bad JSON"),
            (3, "missing text"),
            (4, "text over 5,000"),
            (5, "bad date"),
            (6, "date in the future"),
            (7, "answers"),
            (8, "not a JSON object"),
        ]:
            assert f"line {number}: rejected: {reason}" in report
        assert "13812345678" not in report
        assert Case.objects.filter(source="import").count() == 2
        assert Case.objects.filter(answers={"verify": {"relation": "mine_known"}}).count() == 1

    def test_it_goes_through_the_same_pipeline_as_the_wizard(self, db, tmp_path) -> None:
        call_command("import_cases", str(_write_jsonl(tmp_path, [_line()])), stdout=io.StringIO())
        imported = Case.objects.get()
        expected = cases.build_case(
            cases.CaseInput(text=SECRET_TEXT, sender="+86 138 1234 5678", day=timezone.localdate(), source="import")
        )
        fields = ["text", "sender_kind", "sender_hash", "institution", "flags", "risk", "answers", "language", "day", "source"]
        assert {f: getattr(imported, f) for f in fields} == {f: getattr(expected, f) for f in fields}

    def test_it_gives_the_same_result_with_parallel_workers(self, db, tmp_path) -> None:
        lines = [_line(), "{not json", _line(text="【招商银行】您的案件已移交公安"), _line(text="")]
        out, err = io.StringIO(), io.StringIO()
        call_command("import_cases", str(_write_jsonl(tmp_path, lines)), "--jobs", "2", stdout=out, stderr=err)
        assert out.getvalue().strip() == "imported 2, rejected 2"
        assert [line.split(":")[0] for line in err.getvalue().splitlines()] == ["line 2", "line 4"]
        assert sorted(Case.objects.values_list("text", flat=True)) == sorted(
            [scrub(SECRET_TEXT), scrub("【招商银行】您的案件已移交公安")]
        )

    def test_it_fails_clearly_on_a_missing_file(self, db, tmp_path) -> None:
        from django.core.management.base import CommandError

        with pytest.raises(CommandError):
            call_command("import_cases", str(tmp_path / "missing.jsonl"))


class TestNoPersonalDataStored:
    """The generated corpus, through both doors, leaves no personal value anywhere in the database."""

    def test_it_leaves_none_through_the_share_view(self, db) -> None:
        corpus = personal_corpus(60, seed=11)
        for text, _secrets in corpus:
            client = Client()
            # Free text in the answers (scrubbed, as the wizard keeps it) is dropped by the whitelist.
            _wizard_session(client, text=text, extra={"protect": {"shared": ["code", scrub(text)], "note": scrub(text)}})
            assert share(client, {"sms_text": text}).status_code == 302
        assert Case.objects.count() == len(corpus)
        dump = _dump_everything()
        leaks = [secret for _text, secrets in corpus for secret in secrets if secret in dump]
        assert leaks == []

    def test_it_leaves_none_through_the_real_wizard_steps(self, db, caplog) -> None:
        """The message step itself, with the raw text and sender as a person types them, then sharing."""
        corpus = personal_corpus(40, seed=13)
        caplog.set_level("DEBUG")
        for text, secrets in corpus:
            client = Client()
            sender = next((s for s in secrets if s.isdigit() and len(s) == 11), "13912345678")
            response = client.post("/step/message/", {"sms_text": text, "sender": sender, "action": "analyse"})
            assert response.status_code == 200
            assert client.get("/step/message/").status_code == 200
            client.post("/step/verify/", {"relation": "mine_unknown"})
            client.post("/plan/resume-code/")
            assert share(client).status_code == 302
        assert Case.objects.filter(source="wizard").count() == len(corpus)
        dump = _dump_everything() + caplog.text
        leaks = [secret for _text, secrets in corpus for secret in secrets if secret in dump]
        assert leaks == []

    def test_it_leaves_none_through_import_cases(self, db, tmp_path) -> None:
        corpus = personal_corpus(120, seed=12)
        path = _write_jsonl(tmp_path, [_line(text=text, sender=secrets[0] if secrets else "") for text, secrets in corpus])
        out = io.StringIO()
        call_command("import_cases", str(path), stdout=out, stderr=io.StringIO())
        assert out.getvalue().strip() == f"imported {len(corpus)}, rejected 0"
        dump = _dump_everything()
        leaks = [secret for _text, secrets in corpus for secret in secrets if secret in dump]
        assert leaks == []


class TestErrorReports:
    """An exception in a view with personal data in the POST leaves none of it in logs or reports."""

    def test_the_logged_record_holds_no_personal_data(self, db, monkeypatch) -> None:
        def explode(*args, **kwargs):
            raise RuntimeError(f"could not store {SECRET_TEXT}")

        monkeypatch.setattr("triage.views.cases.record_shared_case", explode)
        handler = next(h for h in logging.getLogger("django.request").handlers if isinstance(h, logging.StreamHandler))
        stream = io.StringIO()
        old_stream = handler.setStream(stream)
        try:
            client = Client(raise_request_exception=False)
            _wizard_session(client)
            response = share(client, {"sms_text": SECRET_TEXT, "sender": "13812345678"})
        finally:
            handler.setStream(old_stream)
        assert response.status_code == 500
        logged = stream.getvalue()
        assert "Internal Server Error: /share/" in logged
        assert "RuntimeError" in logged
        for value in SECRET_VALUES:
            assert value not in logged

    def test_the_technical_500_report_holds_no_personal_data(self, settings) -> None:
        settings.DEFAULT_EXCEPTION_REPORTER = "triage.reporting.ScrubbingExceptionReporter"
        request = _personal_request()
        try:
            raise RuntimeError(f"could not store {SECRET_TEXT}")
        except RuntimeError:
            from django.views.debug import get_exception_reporter_class

            reporter_class = get_exception_reporter_class(request)
            reporter = reporter_class(request, *sys.exc_info())
        assert issubclass(reporter_class, ExceptionReporter)
        for report in (reporter.get_traceback_html(), reporter.get_traceback_text()):
            for value in [*SECRET_VALUES, "203.0.113.77", "张三的手机", "secret-session-key"]:
                assert value not in report


class TestCaseAdmin:
    def test_staff_see_a_read_only_list(self, db) -> None:
        from django.contrib.auth.models import User

        cases.record_case("【招商银行】您的案件已移交公安", day=timezone.localdate(), source="import")
        staff = User.objects.create_superuser("reviewer", password="review-pass-123")
        client = Client()
        client.force_login(staff)
        assert client.get("/admin/triage/case/").status_code == 200
        assert client.get("/admin/triage/case/?q=公安").status_code == 200
        assert client.get("/admin/triage/case/add/").status_code == 403
        case = Case.objects.get()
        response = client.post(f"/admin/triage/case/{case.pk}/change/", {"text": "changed"})
        assert response.status_code in (200, 403)
        case.refresh_from_db()
        assert case.text != "changed"


class TestWizardAndImportAgree:
    """The wizard keeps the analysis of the raw text and sender; the case uses it."""

    RAW = "【招商银行】您的案件已移交公安，请联系13812345678"
    SENDER = "13987654321"

    def test_a_wizard_case_gets_the_same_flags_and_risk_as_an_imported_one(self, db) -> None:
        client = Client()
        response = client.post("/step/message/", {"sms_text": self.RAW, "sender": self.SENDER, "action": "analyse"})
        assert response.status_code == 200
        assert share(client).status_code == 302
        wizard = Case.objects.get(source="wizard")
        imported = cases.build_case(cases.CaseInput(text=self.RAW, sender=self.SENDER, day=timezone.localdate(), source="import"))
        fields = ["text", "sender_kind", "sender_hash", "institution", "flags", "risk"]
        assert {f: getattr(wizard, f) for f in fields} == {f: getattr(imported, f) for f in fields}
        # Sender-based flags exist only when the sender is analysed with the text.
        assert {"odd_sender", "claim_sender_mismatch"} <= set(wizard.flags)

    def test_every_code_from_the_session_is_whitelisted(self, db) -> None:
        client = Client()
        session = client.session
        session["answers"] = {
            "message": {
                "sms_text": "您的案件已移交公安",
                "risk": "critical",
                "flags": ["fake_legal", "not_a_rule", "<b>x</b>", 7, "fake_legal"],
                "institution": "evil<script>",
                "sender_kind": "mobile'; DROP TABLE",
                "sender_hash": "13812345678",
            }
        }
        session.save()
        assert share(client).status_code == 302
        case = Case.objects.get()
        assert (case.flags, case.risk, case.institution, case.sender_kind, case.sender_hash) == (
            ["fake_legal"],
            "low",
            "",
            "",
            "",
        )

    def test_an_unknown_institution_code_is_dropped_but_a_known_one_kept(self) -> None:
        day = timezone.localdate()
        known = cases.build_case(cases.CaseInput(text="x", day=day, source="wizard", analysis={"institution": "cmb"}))
        alias = cases.build_case(cases.CaseInput(text="x", day=day, source="wizard", analysis={"institution": "招行"}))
        assert (known.institution, alias.institution) == ("cmb", "")


class TestCaseIdentity:
    """No sequential id that could be lined up with access logs."""

    def test_the_primary_key_is_a_random_uuid_and_ordering_ignores_it(self, db) -> None:
        import uuid

        day = timezone.localdate()
        first = cases.record_case("text", day=day, source="import").case
        second = cases.record_case("text", day=day, source="import").case
        assert isinstance(first.pk, uuid.UUID) and first.pk.version == 4
        assert Case._meta.pk.get_internal_type() == "UUIDField"
        assert Case._meta.ordering == ["-day", "code"]
        assert list(Case.objects.values_list("code", flat=True)) == sorted([first.code, second.code])
        assert first.pk != second.pk


class TestSharePreviewInWords:
    """The consent preview names flags, sender kind, institution, answers and language in words."""

    def test_it_shows_words_and_no_internal_codes(self, client, db, settings) -> None:
        from django.utils import translation

        from triage.analysis import find_institution, flag_for_code
        from triage.analysis.sender import sender_kind_label
        from triage.forms import CalmForm, VerifyForm

        _wizard_session(client, extra={"calm": {"danger": "no"}})
        lang = settings.LANGUAGE_CODE
        content = client.get("/share/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
        with translation.override(lang):
            relation = dict(VerifyForm.base_fields["relation"].choices)["mine_unknown"]
            danger_label = str(CalmForm.base_fields["danger"].label)
            expected = [
                flag_for_code("fake_legal").title(lang),
                sender_kind_label("mobile", lang),
                find_institution("cmb").name(lang),
                relation,
                f"{danger_label} {dict(CalmForm.base_fields['danger'].choices)['no']}",
                dict(settings.LANGUAGES)[lang],
            ]
        from django.utils.html import escape

        for text in expected:
            assert escape(str(text)) in content, text
        # A person reads words; the stored codes are for the reviewers.
        preview = content.split('class="case-preview"')[1].split("</dl>")[0]
        for code in (
            "(fake_legal)",
            "(mobile)",
            "(cmb)",
            "(verify.relation = mine_unknown)",
            "(calm.danger = no)",
            f"({lang})",
            "(high)",
        ):
            assert code not in preview, code

    def test_the_consent_is_one_large_box_right_before_the_button(self, client, db) -> None:
        _wizard_session(client)
        content = client.get("/share/").content.decode()
        form = content.split('action="/share/"')[1]
        assert form.index('class="consent"') < form.index('type="checkbox" name="consent"') < form.index('type="submit"')


class TestImportRobustness:
    """One bad line never throws away the others."""

    def test_a_lone_surrogate_is_rejected_and_the_rest_imported(self, db, tmp_path) -> None:
        bad = _line(text="PLACEHOLDER").replace("PLACEHOLDER", "\\ud800 张三 13812345678")
        out, err = io.StringIO(), io.StringIO()
        call_command("import_cases", str(_write_jsonl(tmp_path, [_line(), bad, _line()])), stdout=out, stderr=err)
        assert out.getvalue().strip() == "imported 2, rejected 1"
        assert "line 2: rejected: invalid Unicode" in err.getvalue()
        assert "13812345678" not in err.getvalue()

    def test_an_unexpected_error_in_one_line_rejects_only_that_line(self, db, tmp_path, monkeypatch) -> None:
        from triage.management.commands import import_cases

        real = import_cases.build_case

        def flaky(data):
            if "BOOM" in data.text:
                raise KeyError(f"BOOM {data.text}")
            return real(data)

        monkeypatch.setattr(import_cases, "build_case", flaky)
        out, err = io.StringIO(), io.StringIO()
        lines = [_line(), _line(text="BOOM 张三 13812345678"), _line()]
        call_command("import_cases", str(_write_jsonl(tmp_path, lines)), "--jobs", "1", stdout=out, stderr=err)
        assert out.getvalue().strip() == "imported 2, rejected 1"
        assert err.getvalue().strip() == "line 2: rejected: internal error (KeyError)"

    def test_a_failing_batch_is_rolled_back_and_saved_line_by_line(self, db, tmp_path, monkeypatch) -> None:
        real = Case.objects.bulk_create

        def failing(objs, *args, **kwargs):
            created = real(objs, *args, **kwargs)  # written, then the failure: the transaction must undo it
            if any("BOOM" in case.text for case in objs):
                raise RuntimeError("database said no")
            return created

        monkeypatch.setattr(Case.objects, "bulk_create", failing)
        lines = [_line(text="第一条"), _line(text="BOOM"), _line(text="第三条")]
        out, err = io.StringIO(), io.StringIO()
        call_command("import_cases", str(_write_jsonl(tmp_path, lines)), stdout=out, stderr=err)
        assert out.getvalue().strip() == "imported 2, rejected 1"
        assert "line 2: rejected: internal error while saving" in err.getvalue()
        assert sorted(Case.objects.values_list("text", flat=True)) == ["第一条", "第三条"]

    def test_a_byte_order_mark_on_the_first_line_is_fine(self, db, tmp_path) -> None:
        path = tmp_path / "bom.jsonl"
        path.write_text(_line() + "\n" + _line() + "\n", encoding="utf-8-sig")
        out = io.StringIO()
        call_command("import_cases", str(path), stdout=out, stderr=io.StringIO())
        assert out.getvalue().strip() == "imported 2, rejected 0"

    @pytest.mark.parametrize("received", ["2026-W47-1", "20261130", "2026-11-30T10:00", "2026-11-3"])
    def test_only_plain_iso_days_are_accepted(self, db, tmp_path, received: str) -> None:
        err = io.StringIO()
        call_command("import_cases", str(_write_jsonl(tmp_path, [_line(received_at=received)])), stdout=io.StringIO(), stderr=err)
        assert "line 1: rejected: bad date" in err.getvalue()
        assert Case.objects.count() == 0

    def test_a_list_for_a_single_choice_answer_is_dropped(self, db, tmp_path) -> None:
        answers = {"verify": {"relation": ["mine_known", "someone_else"], "legal_claim": "yes"}, "legal": {"behaviours": "night"}}
        call_command("import_cases", str(_write_jsonl(tmp_path, [_line(answers=answers)])), stdout=io.StringIO())
        assert Case.objects.get().answers == {"verify": {"legal_claim": "yes"}, "legal": {"behaviours": ["night"]}}


class TestChainedErrorReports:
    """The messages of chained exceptions are scrubbed too."""

    @pytest.mark.parametrize("explicit", [True, False])
    def test_causes_and_notes_are_scrubbed_in_html_and_text(self, settings, explicit: bool) -> None:
        from django.views.debug import get_exception_reporter_class

        settings.DEFAULT_EXCEPTION_REPORTER = "triage.reporting.ScrubbingExceptionReporter"
        request = _personal_request()
        try:
            try:
                raise ValueError(CAUSE_MESSAGE)
            except ValueError as inner:
                outer = RuntimeError("could not store")
                outer.add_note(NOTE_MESSAGE)
                if explicit:
                    raise outer from inner
                raise outer  # noqa: B904 -- the implicit chain ("During handling …") is what is tested
        except RuntimeError:
            reporter = get_exception_reporter_class(request)(request, *sys.exc_info())
        for report in (reporter.get_traceback_html(), reporter.get_traceback_text()):
            assert "ValueError" in report
            for value in CHAINED_SECRETS:
                assert value not in report
