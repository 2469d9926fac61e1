"""Per-client limits on the POSTs that write, the admin login lockout and the 429 page."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from helpers import share_token

pytestmark = pytest.mark.django_db

MESSAGE = "【某银行】您的信用卡已逾期，请于今日内联系专员处理，否则将上报征信。"


@pytest.fixture(autouse=True)
def clock(settings, monkeypatch) -> SimpleNamespace:
    """The suite runs with the limits off (pyproject.toml); here they are the subject. The counters
    live in the cache, which is emptied before and after each test so none leaks into another.

    django-ratelimit counts in fixed windows of the clock: a test whose posts straddle a minute's end
    would start counting again. Its clock stands still here, and moves only when a test moves it."""
    settings.RATELIMIT_ENABLE = True
    now = SimpleNamespace(now=1_800_000_000.0)
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: now.now))
    cache.clear()
    yield now
    cache.clear()


def visitor(address: str = "203.0.113.7") -> Client:
    return Client(REMOTE_ADDR=address)


def typed_message(client: Client) -> Client:
    """A visitor whose message step holds the text."""
    client.post("/step/message/", {"sms_text": MESSAGE, "sender": "", "action": "next"})
    return client


class TestStepLimit:
    def test_the_61st_post_in_a_minute_gets_429_and_the_typed_text_back(self):
        client = visitor()
        for _ in range(60):
            assert client.post("/step/calm/", {"danger": "no"}).status_code == 302
        response = client.post("/step/message/", {"sms_text": MESSAGE, "sender": "95555", "action": "analyse"})
        assert response.status_code == 429
        assert response["Retry-After"] == "60"
        html = response.content.decode()
        assert "尝试次数过多" in html
        # What was typed comes back in a form that sends it to the same step again.
        assert f">\n{MESSAGE}</textarea>" in html and 'action="/step/message/"' in html
        assert 'name="sender"' in html and "95555" in html
        assert '<input type="hidden" name="action" value="analyse">' in html

    def test_the_count_starts_again_the_next_minute(self, clock):
        client = visitor()
        for _ in range(61):
            client.post("/step/calm/", {"danger": "no"})
        clock.now += 61
        assert client.post("/step/calm/", {"danger": "no"}).status_code == 302

    def test_gets_are_never_counted(self):
        client = visitor()
        for _ in range(70):
            client.get("/step/calm/")
        assert client.post("/step/calm/", {"danger": "no"}).status_code == 302

    def test_another_client_is_not_held_back(self):
        busy = visitor("203.0.113.7")
        for _ in range(61):
            busy.post("/step/calm/", {"danger": "no"})
        assert visitor("198.51.100.9").post("/step/calm/", {"danger": "no"}).status_code == 302

    def test_the_429_page_is_translated(self):
        client = visitor()
        client.cookies["django_language"] = "en"
        for _ in range(61):
            response = client.post("/step/calm/", {"danger": "no"})
        assert response.status_code == 429
        assert "Too many attempts" in response.content.decode()

    def test_htmx_swaps_the_whole_page(self):
        client = visitor()
        for _ in range(61):
            response = client.post("/step/calm/", {"danger": "no"}, headers={"HX-Request": "true"})
        assert response.status_code == 429
        assert response["HX-Retarget"] == "body" and response["HX-Reswap"] == "innerHTML"


class TestShareLimit:
    def test_the_11th_share_in_a_minute_gets_429_and_the_message_survives(self):
        client = typed_message(visitor())
        # One consent page sent again and again, as a script would: one case, then the same answer.
        consent = {"consent": "on", "share_token": share_token(client)}
        for _ in range(10):
            assert client.post("/share/", consent).status_code != 429
        response = client.post("/share/", consent)
        assert response.status_code == 429 and response["Retry-After"] == "60"
        assert "尝试次数过多" in response.content.decode()
        assert client.session["answers"]["message"]["sms_text"].startswith("【某银行】")
        assert MESSAGE[:10] in client.get("/step/message/").content.decode()


class TestDeleteLimit:
    def test_the_11th_deletion_attempt_in_a_minute_gets_429_with_the_code_kept(self):
        client = visitor()
        for _ in range(10):
            assert client.post("/delete/", {"code": "ABCD-EFGH-JKLM-NPQR"}).status_code == 200
        response = client.post("/delete/", {"code": "ABCD-EFGH-JKLM-NPQR"})
        assert response.status_code == 429
        assert "ABCD-EFGH-JKLM-NPQR" in response.content.decode()


class TestResumeGuesses:
    def test_the_11th_guess_in_a_minute_gets_429(self):
        client = visitor()
        for _ in range(10):
            assert client.post("/resume/", {"code": "2345-6789-ABCD"}).status_code == 200
        assert client.post("/resume/", {"code": "2345-6789-ABCD"}).status_code == 429

    def test_no_more_than_50_guesses_a_day(self, clock):
        # The clock moves a minute on between rounds: the minute's counter starts again, the day's does not.
        client = visitor()
        for _ in range(5):
            for _ in range(10):
                assert client.post("/resume/", {"code": "2345-6789-ABCD"}).status_code == 200
            clock.now += 61
        assert client.post("/resume/", {"code": "2345-6789-ABCD"}).status_code == 429


class TestDocumentsLimit:
    def test_the_31st_evidence_export_in_a_minute_gets_429(self):
        client = visitor()
        for _ in range(30):
            assert client.post("/evidence/", {"action": "check"}).status_code != 429
        assert client.post("/evidence/", {"action": "check"}).status_code == 429


class TestEmptyPostsMakeNoSessions:
    def test_posts_that_save_nothing_leave_no_session_row(self):
        client = visitor()
        client.post("/resume/", {"code": "2345-6789-ABCD"})
        client.post("/share/", {"consent": "on"})
        client.post("/delete/", {"code": "ABCD-EFGH-JKLM-NPQR"})
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        client.get("/plan/")
        assert Session.objects.count() == 0

    def test_an_empty_message_step_lives_an_hour_not_a_week(self):
        client = visitor()
        client.post("/step/message/", {"sms_text": "", "sender": "", "action": "next"})
        assert client.session.get_expiry_age() == 3600

    def test_a_saved_answer_keeps_the_week(self):
        client = visitor()
        client.post("/step/message/", {"sms_text": "", "sender": "", "action": "next"})
        client.post("/step/calm/", {"danger": "no"})
        assert client.session.get_expiry_age() == 7 * 24 * 3600


class TestAdminLogin:
    @pytest.fixture(autouse=True)
    def fast_hashes(self, settings):
        # What is tested is the counting, not PBKDF2's cost.
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    @pytest.fixture
    def staff(self):
        return User.objects.create_superuser("reviewer", password="correct horse battery staple")

    def login(self, client: Client, password: str):
        return client.post("/admin/login/", {"username": "reviewer", "password": password, "next": "/admin/"})

    def test_five_wrong_passwords_lock_the_account_even_with_the_right_one(self, staff):
        client = visitor()
        for _ in range(5):
            assert self.login(client, "wrong").status_code in (200, 429)
        response = self.login(visitor("198.51.100.9"), "correct horse battery staple")
        assert response.status_code == 429
        html = response.content.decode()
        assert "密码错误次数过多" in html
        # The password typed is never given back.
        assert "correct horse battery staple" not in html

    def test_a_right_password_before_the_lockout_still_works(self, staff):
        client = visitor()
        for _ in range(3):
            self.login(client, "wrong")
        assert self.login(client, "correct horse battery staple").status_code == 302

    def test_the_lockout_stores_no_address_in_the_database(self, staff):
        from django.db import connection

        client = visitor("203.0.113.77")
        for _ in range(6):
            self.login(client, "wrong")
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names():
                cursor.execute(f'SELECT * FROM "{table}"')
                assert "203.0.113.77" not in str(cursor.fetchall()), table

    def test_one_client_trying_many_user_names_is_limited(self):
        client = visitor()
        statuses = [
            client.post("/admin/login/", {"username": f"user{n}", "password": "wrong", "next": "/admin/"}).status_code
            for n in range(11)
        ]
        assert statuses[-1] == 429

    def test_a_login_flood_gets_a_small_translated_429(self):
        client = visitor()
        for n in range(11):
            response = client.post("/admin/login/", {"username": f"user{n}", "password": "wrong"})
        assert response.status_code == 429 and response["Retry-After"] == "60"
        html = response.content.decode()
        assert "尝试次数过多" in html and "请等一分钟后再试" in html
        assert "wrong" not in html and len(html) < 300


class TestPasswordValidators:
    @pytest.mark.parametrize("password", ["1", "password1234", "123456789012", "short-pass"])
    def test_weak_staff_passwords_are_refused(self, password):
        from django.contrib.auth.password_validation import validate_password
        from django.core.exceptions import ValidationError

        with pytest.raises(ValidationError):
            validate_password(password, User(username="reviewer"))

    def test_a_long_uncommon_password_is_accepted(self):
        from django.contrib.auth.password_validation import validate_password

        validate_password("violet-harbour-lantern-93", User(username="reviewer"))


class TestLoginFloodGate:
    """The in-process gate in front of the admin login: the shared limit stays the rule, the gate makes
    each refusal cheap (no session, no CSRF check, no database)."""

    def login(self, client: Client):
        return client.post("/admin/login/", {"username": "reviewer", "password": "wrong"})

    def test_the_11th_post_is_refused_without_touching_the_database(self, django_assert_num_queries):
        client = visitor("203.0.113.50")
        for _ in range(10):
            self.login(client)
        with django_assert_num_queries(0):
            response = self.login(client)
        assert response.status_code == 429 and response["Retry-After"] == "60"
        assert "尝试次数过多" in response.content.decode()
        assert response["X-Frame-Options"] == "DENY" and "default-src 'none'" in response["Content-Security-Policy"]

    def test_in_english_when_chosen(self):
        client = visitor("203.0.113.51")
        client.cookies["django_language"] = "en"
        for _ in range(11):
            response = self.login(client)
        assert response.status_code == 429 and "Too many attempts" in response.content.decode()

    def test_other_clients_and_pages_are_not_held_back(self):
        client = visitor("203.0.113.52")
        for _ in range(11):
            self.login(client)
        # (another user name: the flood's own, "reviewer", is locked by django-axes by now)
        other = visitor("203.0.113.53").post("/admin/login/", {"username": "someone", "password": "wrong"})
        assert other.status_code == 200
        assert client.get("/admin/login/").status_code == 200

    def test_the_window_moves_on(self, monkeypatch):
        from triage import middleware

        now = SimpleNamespace(value=1000.0)
        monkeypatch.setattr(middleware.time, "monotonic", lambda: now.value)
        gate = middleware.LoginFloodGateMiddleware(lambda request: None)
        request = SimpleNamespace(method="POST", path=gate.path, META={"REMOTE_ADDR": "203.0.113.54"}, COOKIES={})
        assert [gate._over(request) for _ in range(11)] == [False] * 10 + [True]
        now.value += 61
        assert gate._over(request) is False

    def test_it_forgets_the_oldest_clients_beyond_its_bound(self, monkeypatch):
        from triage import middleware

        monkeypatch.setattr(middleware.LoginFloodGateMiddleware, "MAX_CLIENTS", 3)
        gate = middleware.LoginFloodGateMiddleware(lambda request: None)
        for n in range(5):
            gate._over(SimpleNamespace(META={"REMOTE_ADDR": f"203.0.113.{n}"}))
        assert list(gate.seen) == ["203.0.113.2", "203.0.113.3", "203.0.113.4"]

    def test_it_is_off_with_the_limits(self, settings):
        from django.core.exceptions import MiddlewareNotUsed

        from triage.middleware import LoginFloodGateMiddleware

        settings.RATELIMIT_ENABLE = False
        with pytest.raises(MiddlewareNotUsed):
            LoginFloodGateMiddleware(lambda request: None)
