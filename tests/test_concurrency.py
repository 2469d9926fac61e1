"""Concurrent taps against the live server.

A double tap on a slow phone sends the same form twice; both requests read the session before either has
saved it. Each person's taps are fired at once from threads, as plain HTTP against `live_server`, so the
requests really overlap in the database: on SQLite locally (a file, see conftest.py) and on PostgreSQL in
CI, where `.ci/run` sets DATABASE_URL.

The audit of every POST that writes, for what one tap sent twice can do:
- share: one case and one deletion code per page (the code's unique hash is the claim), tested here;
- resume code: one per session (unique session_key), tested here;
- delete: the row goes once; a second tap that finds it gone answers "no case has this code; it may
  have been deleted already" (there is no record of deleted codes to tell the two apart), tested here;
- letters and evidence exports: built from the POST and sent back, no row written, tested here;
- wizard steps, resume (typing a code), start over: they overwrite or flush the person's own session,
  so a repeat leaves the same state.
"""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

import pytest
from django.contrib.sessions.backends.db import SessionStore

from triage.anonymize import scrub, sender_hash
from triage.models import Case, Resume

# Two people tapping four times each: 8 requests in flight at once. Django's server behind live_server
# listens with a backlog of 10 (WSGIServer.request_queue_size); more connections at once are reset.
# Several rounds give the races more chances.
PEOPLE = 2
TAPS = 4
ROUNDS = 3

pytestmark = pytest.mark.django_db(transaction=True)


class Browser:
    """One person's browser: their cookies, a fresh connection per request (as parallel tabs have), no
    redirects followed. Requests may run from several threads at once; the cookies are set up first and
    only read afterwards."""

    def __init__(self, base_url: str, session_key: str):
        self.netloc = urlsplit(base_url).netloc
        self.cookies = {"sessionid": session_key}
        self.csrf = ""

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
        """(status, Location, body) of one request."""
        connection = http.client.HTTPConnection(self.netloc, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode({"csrfmiddlewaretoken": self.csrf, **data})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://{self.netloc}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheader("Location") or "", response.read().decode()
        finally:
            connection.close()

    def open(self, path: str) -> str:
        """GET a page and keep the CSRF cookie and token it hands out, as a browser keeps a form."""
        connection = http.client.HTTPConnection(self.netloc, timeout=30)
        connection.request("GET", path, headers={"Cookie": f"sessionid={self.cookies['sessionid']}"})
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        assert response.status == 200, (path, response.status)
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";")[0].split("=", 1)
            if name == "csrftoken":
                self.cookies["csrftoken"] = value
        self.csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return html


def _person(live_server, number: int) -> Browser:
    """Someone who has been through the wizard: a server-side session with scrubbed answers."""
    text = f"【招商银行】第{number}位，您的借款已逾期，请联系13812345678，否则移交公安"
    session = SessionStore()
    session["answers"] = {
        "message": {
            "sms_text": scrub(text),
            "sender_kind": "mobile",
            "sender_hash": sender_hash("13812345678"),
            "risk": "high",
            "flags": ["fake_legal"],
            "institution": "cmb",
        },
        "verify": {"relation": "mine_unknown"},
    }
    session.create()
    return Browser(live_server.url, session.session_key)


def _all_at_once(calls: list[Callable[[], object]]) -> list[object]:
    """Run every call in its own thread, released together; results in the order of `calls`."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as error:  # reported by the assertions below, not lost in a thread
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def _shown_code(html: str) -> str | None:
    found = re.search(r'id="deletion-code">([^<]+)<', html)
    return found.group(1) if found else None


class TestConcurrentTaps:
    @pytest.mark.parametrize("round_", range(ROUNDS))
    def test_taps_on_share_store_one_case_per_person_and_show_one_code(self, live_server, round_: int) -> None:
        people = [_person(live_server, n) for n in range(PEOPLE)]
        tokens = {}
        for person in people:
            html = person.open("/share/")
            tokens[person] = re.search(r'name="share_token" value="([^"]+)"', html).group(1)

        calls = [
            lambda p=person: p.request("POST", "/share/", {"consent": "on", "share_token": tokens[p]})
            for person in people
            for _ in range(TAPS)
        ]
        results = _all_at_once(calls)

        assert [r for r in results if not isinstance(r, tuple)] == []
        # Every tap is answered with the done page, whichever of them stored the case.
        assert {(status, location) for status, location, _body in results} == {(302, "/share/done/")}
        assert Case.objects.count() == PEOPLE
        codes = []
        for person in people:
            # The browser follows the answer to the last tap: the one code, which belongs to a stored case.
            code = _shown_code(person.request("GET", "/share/done/")[2])
            assert code is not None
            assert Case.objects.filter(deletion_hash=Case.hash_deletion_code(code)).count() == 1
            codes.append(code)
        assert len(set(codes)) == PEOPLE

        # Deleting with the code shown removes everything that person shared, double tap or not.
        for person in people:
            person.open("/delete/")
        calls = [
            lambda p=person, c=code: p.request("POST", "/delete/", {"code": c})
            for person, code in zip(people, codes)
            for _ in range(TAPS)
        ]
        results = _all_at_once(calls)
        assert [r for r in results if not isinstance(r, tuple)] == []
        statuses = [status for status, _location, _body in results]
        assert set(statuses) <= {200, 302}, statuses
        assert statuses.count(302) >= PEOPLE
        assert Case.objects.count() == 0

    @pytest.mark.parametrize("round_", range(ROUNDS))
    def test_taps_on_get_a_resume_code_make_one_code_per_person(self, live_server, round_: int) -> None:
        people = [_person(live_server, n) for n in range(PEOPLE)]
        for person in people:
            person.open("/plan/")
        calls = [lambda p=person: p.request("POST", "/plan/resume-code/", {}) for person in people for _ in range(TAPS)]
        results = _all_at_once(calls)
        assert [r for r in results if not isinstance(r, tuple)] == []
        assert {(status, location) for status, location, _body in results} == {(302, "/plan/#resume")}
        assert Resume.objects.count() == PEOPLE
        assert sorted(Resume.objects.values_list("session_key", flat=True)) == sorted(p.cookies["sessionid"] for p in people)


class TestPostsThatOnlyBuildFiles:
    """The audit's other half: a letter or an evidence export is built from the POST and sent back; no
    row is written, so a double tap can only download the file twice."""

    @staticmethod
    def _writes(client, path: str, data: dict[str, str]) -> list[str]:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = client.post(path, data)
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
        return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]

    def test_an_evidence_export_writes_nothing(self, client) -> None:
        data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "action": "check"}
        data |= {"form-0-when": "2026-11-28T23:10", "form-0-sender": "17099990000", "form-0-channel": "call"}
        assert self._writes(client, "/evidence/export/?format=csv", data) == []

    def test_a_letter_writes_nothing(self, client) -> None:
        data = {"letter": "police-report", "lang": "zh-hans", "format": "txt", "name": "张三", "amount": "100"}
        assert self._writes(client, "/documents/", data) == []
