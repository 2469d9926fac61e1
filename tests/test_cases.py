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
from django.utils import timezone
from django.views.debug import ExceptionReporter
from test_anonymize import personal_corpus

import triage.analysis
from triage import cases
from triage.anonymize import scrub, sender_hash
from triage.models import Case

SECRET_TEXT = "尊敬的张三先生，您的借款已逾期，请联系13812345678，身份证11010519491231002X"
SECRET_VALUES = ["张三", "13812345678", "11010519491231002X"]


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


def _dump_everything() -> str:
    """Every table, as text a person could read (JSON escapes undone, sessions decoded)."""
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    rows = json.loads(out.getvalue())
    sessions = [SessionStore().decode(s.session_data) for s in Session.objects.all()]
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
        by_form = {"calm": "CalmForm", "verify": "VerifyForm", "protect": "ProtectForm", "contact": "ContactForm", "legal": "LegalForm"}
        for step, fields in cases.ANSWER_CHOICES.items():
            form = getattr(forms, by_form[step])()
            for name, allowed in fields.items():
                assert allowed <= {value for value, _label in form.fields[name].choices}, (step, name)

    def test_it_has_a_readable_str(self, db) -> None:
        cases.record_case("text", day=timezone.localdate(), source="wizard")
        case = Case.objects.get()
        assert str(case) == f"case {case.code} (low, {case.day:%Y-%m-%d})"


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
        response = client.post("/share/", {})
        assert response.status_code == 200
        assert 'role="alert"' in response.content.decode()
        assert 'aria-describedby="id_consent_error"' in response.content.decode()
        assert Case.objects.count() == 0

    def test_it_stores_the_case_and_shows_the_deletion_code_once(self, client, db) -> None:
        _wizard_session(client)
        preview = client.get("/share/").content.decode()
        response = client.post("/share/", {"consent": "on"})
        assert response.status_code == 302
        assert response["Location"] == "/share/done/"
        case = Case.objects.get()
        assert case.text in preview
        assert case.source == "wizard"
        assert case.sender_kind == "mobile"
        assert case.sender_hash == sender_hash("13812345678")
        assert case.answers == {"verify": {"relation": "mine_unknown", "legal_claim": "yes"}, "legal": {"behaviours": ["threats", "night"]}}
        assert case.day == timezone.localdate()
        done = client.get("/share/done/").content.decode()
        code = done.split('id="deletion-code">')[1].split("<")[0]
        assert case.deletion_hash == Case.hash_deletion_code(code)
        assert code not in client.get("/share/done/").content.decode()

    def test_it_does_not_store_the_same_message_twice(self, client, db) -> None:
        _wizard_session(client)
        client.post("/share/", {"consent": "on"})
        response = client.post("/share/", {"consent": "on"})
        assert response.status_code == 200
        assert Case.objects.count() == 1


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
        for number, reason in [(2, "bad JSON"), (3, "missing text"), (4, "text over 5,000"), (5, "bad date"), (6, "date in the future"), (7, "answers"), (8, "not a JSON object")]:
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
        assert sorted(Case.objects.values_list("text", flat=True)) == sorted([scrub(SECRET_TEXT), scrub("【招商银行】您的案件已移交公安")])

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
            assert client.post("/share/", {"consent": "on", "sms_text": text}).status_code == 302
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
            assert response.status_code == 302
            assert client.get("/step/message/").status_code == 200
            client.post("/step/verify/", {"relation": "mine_unknown"})
            client.post("/plan/resume-code/")
            assert client.post("/share/", {"consent": "on"}).status_code == 302
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

        monkeypatch.setattr("triage.views.cases.record_case", explode)
        handler = next(h for h in logging.getLogger("django.request").handlers if isinstance(h, logging.StreamHandler))
        stream = io.StringIO()
        old_stream = handler.setStream(stream)
        try:
            client = Client(raise_request_exception=False)
            _wizard_session(client)
            response = client.post("/share/", {"consent": "on", "sms_text": SECRET_TEXT, "sender": "13812345678"})
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
