from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "production-secret-0123456789-abcdefghijklmnop",
    "SENDER_HASH_KEY": "h" * 50,
    "DATABASE_URL": "postgres://triage:secret@db.internal:5432/triage",
    "ALLOWED_HOSTS": "triage.example.cn",
    "CSRF_TRUSTED_ORIGINS": "https://triage.example.cn",
    "BEHIND_PROXY": "true",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # The test run's own variables (async-unsafe for live_server, the test key) are not production's.
    dropped = set(PRODUCTION) | {"DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean | env, capture_output=True, text=True, timeout=120
    )


class TestProductionSettings:
    def test_check_deploy_is_silent_with_production_variables(self):
        result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "WARNING" not in result.stderr

    def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off(self):
        env = {key: value for key, value in PRODUCTION.items() if key != "SECRET_KEY"}
        result = manage("check", env=env)
        assert result.returncode != 0
        assert "SECRET_KEY must be set" in result.stderr

    def test_check_deploy_warns_about_sqlite_in_production(self):
        env = {key: value for key, value in PRODUCTION.items() if key != "DATABASE_URL"}
        result = manage("check", "--deploy", env=env)
        assert "triage.W003" in result.stderr

    def test_the_embedded_sqlite_takes_the_write_lock_up_front_and_waits_for_it(self):
        # (Two app server workers writing the cache rows at once drew a 500, "database is locked", in make bench.)
        show = "from django.conf import settings; print(sorted(settings.DATABASES['default']['OPTIONS'].items()))"
        result = manage("shell", "-c", show, env={"DEBUG": "true"})
        assert result.returncode == 0, result.stderr
        assert "('timeout', 20)" in result.stdout and "('transaction_mode', 'IMMEDIATE')" in result.stdout

    def test_debug_accepts_only_true_or_false(self):
        result = manage("check", env={"DEBUG": "maybe"})
        assert result.returncode != 0 and "DEBUG must be true or false" in result.stderr


@pytest.mark.django_db
class TestHeaders:
    def test_pages_send_a_strict_same_origin_csp(self):
        response = Client().get("/step/calm/")
        csp = response["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self' 'nonce-" in csp
        assert "http" not in csp.replace("'self'", "")

    def test_pages_load_nothing_from_other_origins(self):
        for url in ["/", "/step/calm/", "/step/message/", "/plan/", "/resume/", "/exit/"]:
            html = Client().get(url).content.decode()
            assert 'src="http' not in html and "src='http" not in html
            assert '<link rel="stylesheet" href="http' not in html
            assert "@import" not in html

    def test_the_htmx_script_carries_the_nonce_and_is_served_locally(self):
        response = Client().get("/step/calm/")
        html = response.content.decode()
        nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
        assert f'nonce="{nonce}"' in html
        assert 'src="/static/django_htmx/htmx-2.min.' in html

    def test_the_site_is_not_framed_and_sends_no_referrer_to_others(self):
        response = Client().get("/")
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_it_was_given():
    """CI runs the suite a second time with DATABASE_URL pointing at PostgreSQL: make sure it really does."""
    from django.db import connection

    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected


class TestLogHandlerCheck:
    def test_a_handler_without_the_scrub_filter_is_reported_but_a_null_handler_is_not(self) -> None:
        import logging

        from triage.checks import check_log_handlers_scrub

        logger = logging.getLogger("triage.tests.unfiltered")
        stream, null = logging.StreamHandler(), logging.NullHandler()
        logger.addHandler(stream)
        logger.addHandler(null)
        try:
            reported = [w.msg for w in check_log_handlers_scrub(None)]
            assert any(repr(stream) in message for message in reported)
            assert not any(repr(null) in message for message in reported)
        finally:
            logger.removeHandler(stream)
            logger.removeHandler(null)
