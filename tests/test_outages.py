"""Misconfiguration stops the app with the reason; a database outage answers a friendly 503 that keeps
what was typed, and logs one line per kind of failure a minute."""

from __future__ import annotations

import logging
import sys

import pytest
from django.db import OperationalError
from django.test import Client, RequestFactory
from test_settings import PRODUCTION, manage

from triage.reporting import OncePerMinuteFilter

MESSAGE = "【某银行】您的信用卡已逾期，请于今日内联系专员处理，否则将上报征信。"


@pytest.fixture
def database_down(monkeypatch):
    """Every new query fails as it does when PostgreSQL is stopped."""

    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "db.internal", port 5432 failed: Connection refused')

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", refuse)


@pytest.fixture
def request_log():
    """What reaches the handlers of `django.request`, the filter's memory emptied first."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    logger = logging.getLogger("django.request")
    for log_filter in logger.filters:
        if isinstance(log_filter, OncePerMinuteFilter):
            log_filter._last.clear()
            log_filter._dropped.clear()
    handler = Keep()
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


@pytest.mark.django_db
class TestDatabaseOutage:
    def test_a_step_answers_503_with_retry_after_and_the_typed_message(self, database_down):
        response = Client().post("/step/message/", {"sms_text": MESSAGE, "sender": "", "action": "analyse"})
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        html = response.content.decode()
        assert "网站暂时无法使用" in html and "没有丢失" in html
        assert f">\n{MESSAGE}</textarea>" in html and 'action="/step/message/"' in html

    def test_a_failed_session_save_answers_503_too(self, monkeypatch):
        def refuse(self, must_create=False):
            raise OperationalError("the database system is shutting down")

        monkeypatch.setattr("django.contrib.sessions.backends.db.SessionStore.save", refuse)
        response = Client().post("/step/calm/", {"danger": "no"})
        assert response.status_code == 503
        assert response["Retry-After"] == "30"

    def test_pages_that_read_nothing_from_the_database_still_work(self, database_down):
        assert Client().get("/exit/").status_code == 200

    def test_an_outage_outside_any_view_gets_the_503_page_from_the_500_handler(self):
        from triage.views.errors import server_error

        request = RequestFactory().post("/share/", {"consent": "on"})
        try:
            raise OperationalError("server closed the connection unexpectedly")
        except OperationalError:
            response = server_error(request)
        assert response.status_code == 503 and response["Retry-After"] == "30"

    def test_other_errors_stay_500(self):
        from triage.views.errors import server_error

        try:
            raise KeyError("bug")
        except KeyError:
            response = server_error(RequestFactory().get("/"))
        assert response.status_code == 500

    def test_an_outage_logs_one_line_per_kind_not_a_traceback_per_request(self, database_down, request_log):
        for _ in range(20):
            Client().post("/step/message/", {"sms_text": MESSAGE, "sender": "", "action": "next"})
        assert 1 <= len(request_log) <= 2
        assert all(record.exc_info is None for record in request_log)
        assert any("Database unavailable (OperationalError" in record.getMessage() for record in request_log)

    def test_healthz_says_unavailable(self, database_down):
        response = Client().get("/healthz")
        assert response.status_code == 503 and response["Retry-After"] == "30"


@pytest.mark.django_db
def test_healthz_says_ok_when_the_database_is_ready():
    response = Client().get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"


class TestOncePerMinuteFilter:
    def record(self, exc: BaseException | None = None) -> logging.LogRecord:
        exc_info = None
        if exc is not None:
            try:
                raise exc
            except type(exc):
                exc_info = sys.exc_info()
        return logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/",), exc_info)

    def test_it_lets_one_record_per_kind_through_each_minute(self, monkeypatch):
        clock = [1000.0]
        monkeypatch.setattr("time.monotonic", lambda: clock[0])
        log_filter = OncePerMinuteFilter()
        passed = [log_filter.filter(self.record(OperationalError("down"))) for _ in range(100)]
        assert passed.count(True) == 1
        assert log_filter.filter(self.record(KeyError("other"))) is True
        clock[0] += 61
        again = self.record(OperationalError("down"))
        assert log_filter.filter(again) is True
        assert "99 more like this" in again.getMessage()

    def test_database_errors_lose_their_traceback(self):
        record = self.record(OperationalError("could not connect\nDETAIL: more"))
        OncePerMinuteFilter().filter(record)
        assert record.exc_info is None
        assert record.getMessage() == "Database unavailable (OperationalError: could not connect)"

    def test_other_errors_keep_theirs(self):
        record = self.record(KeyError("bug"))
        OncePerMinuteFilter().filter(record)
        assert record.exc_info is not None


class TestFailFast:
    def test_an_empty_secret_key_stops_the_app(self):
        result = manage("check", env=PRODUCTION | {"SECRET_KEY": ""})
        assert result.returncode != 0 and "SECRET_KEY is set but empty" in result.stderr

    def test_an_empty_secret_key_stops_it_even_with_debug_on(self):
        result = manage("check", env={"DEBUG": "true", "SECRET_KEY": ""})
        assert result.returncode != 0 and "SECRET_KEY is set but empty" in result.stderr

    def test_a_short_secret_key_stops_the_app_in_production(self):
        result = manage("check", "--deploy", env=PRODUCTION | {"SECRET_KEY": "short-key-123"})
        assert result.returncode != 0 and "SECRET_KEY is 13 characters long" in result.stderr

    def test_an_empty_sender_hash_key_stops_the_app(self):
        result = manage("check", env=PRODUCTION | {"SENDER_HASH_KEY": ""})
        assert result.returncode != 0 and "SENDER_HASH_KEY is set but empty" in result.stderr

    def test_a_short_sender_hash_key_stops_the_app_in_production(self):
        result = manage("check", "--deploy", env=PRODUCTION | {"SENDER_HASH_KEY": "abc"})
        assert result.returncode != 0 and "SENDER_HASH_KEY is 3 characters long" in result.stderr

    def test_unapplied_migrations_stop_the_app_server(self, tmp_path):
        env = {"DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}"}
        result = wsgi_start(env)
        assert result.returncode != 0 and "Refusing to start" in result.stderr and "not applied" in result.stderr
        # migrate itself is not held up by the check.
        migrate = manage("migrate", "--noinput", env=env)
        assert migrate.returncode == 0 and "not applied" not in migrate.stderr

    def test_an_unreachable_database_stops_the_app_server(self):
        env = {"DEBUG": "true", "DATABASE_URL": "postgres://triage:x@127.0.0.1:1/triage"}
        result = wsgi_start(env)
        assert result.returncode != 0 and "cannot be reached" in result.stderr
        check = manage("check", "--database", "default", env=env)
        assert check.returncode != 0 and "triage.E001" in check.stderr

    def test_a_migrated_database_starts(self, tmp_path):
        env = {"DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'ready.sqlite3'}"}
        assert manage("migrate", "--noinput", env=env).returncode == 0
        result = wsgi_start(env)
        assert result.returncode == 0, result.stderr


def wsgi_start(env: dict[str, str]):
    """What gunicorn does first: import the WSGI module."""
    import os
    import subprocess

    from test_settings import ROOT

    clean = {key: value for key, value in os.environ.items() if key not in set(PRODUCTION) | {"DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=ROOT, env=clean | env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.django_db
class TestPrivatePages:
    @pytest.mark.parametrize("url", ["/step/calm/", "/step/message/", "/plan/", "/resume/", "/"])
    def test_pages_with_answers_or_codes_are_never_stored(self, url):
        response = Client().get(url)
        assert "no-store" in response["Cache-Control"]

    def test_a_redirect_after_a_saved_answer_is_not_stored_either(self):
        assert "no-store" in Client().post("/step/calm/", {"danger": "no"})["Cache-Control"]

    def test_every_page_sends_a_permissions_policy(self):
        policy = Client().get("/step/calm/")["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_hsts_subdomains_and_preload_are_opt_in():
    from django.conf import settings

    assert settings.SECURE_HSTS_INCLUDE_SUBDOMAINS is False and settings.SECURE_HSTS_PRELOAD is False
