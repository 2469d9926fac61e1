"""Share under load: many people sharing at once, some tapping twice, through gunicorn.

    DATABASE_URL=postgres://user:pass@localhost/scratch .venv/bin/python bench/bench_share.py \
        [--clients 50] [--flows 100] [--workers 2] [--double-tap-every 5]

Each of `--clients` threads runs `--flows` whole flows, one new person each: the message step (the raw
text and sender, analysed), the consent page, the share POST, the done page with the deletion code.
Every `--double-tap-every`-th flow sends the share POST twice at once, as a double tap on a slow phone
does. Prints shares accepted, cases stored, duplicates and missing cases (a code shown but no case
stored under it), 5xx answers, and p50/p99 of the share POST. Needs PostgreSQL (a scratch database: it
is migrated, and the cases and sessions this run made are deleted afterwards); on any other database it
says so and does nothing. gunicorn runs with --no-control-socket, so it touches no other deployment's
control socket.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = (
    "【招商银行】尊敬的客户，您的信用卡已逾期{n}天，请于今日还款，否则将上门催收并通知您的家人。",
    "您在平台的借款已逾期，已立案处理，请联系专员13{n:09d}处理，否则移交公安。",
    "【某某消费金融】您本月账单{n}元已到期，请通过官方App还款，勿向个人账户转账。",
)


class Person:
    """One person's browser over plain HTTP: their cookies, the CSRF token of the last page shown."""

    def __init__(self, port: int, errors: list[str]):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.csrf = ""
        self.errors = errors

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode({"csrfmiddlewaretoken": self.csrf, **data}, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            html = response.read().decode()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";")[0].split("=", 1)
            if value and value != '""':
                self.cookies[name] = value
        if response.status >= 400:
            self.errors.append(f"{response.status} {method} {path}")
        return response.status, response.getheader("Location") or "", html

    def open(self, path: str) -> str:
        status, _location, html = self.request("GET", path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        if status == 200 and found:
            self.csrf = found.group(1)
        return html


def flow(port: int, number: int, double_tap: bool, errors: list[str]) -> dict:
    """One person, start to finish. Returns the share POST timings, what was accepted and the code shown."""
    person = Person(port, errors)
    person.open("/step/message/")
    text = MESSAGES[number % len(MESSAGES)].format(n=number)
    person.request("POST", "/step/message/", {"sms_text": text, "sender": f"+86 139{number:08d}", "action": "analyse"})
    html = person.open("/share/")
    found = re.search(r'name="share_token" value="([^"]+)"', html)
    if not found:
        errors.append(f"no consent form for flow {number}")
        return {"timings": [], "accepted": False, "code": None, "session": person.cookies.get("sessionid")}
    data = {"consent": "on", "share_token": found.group(1)}

    def tap() -> tuple[float, int, str]:
        start = time.perf_counter()
        status, location, _html = person.request("POST", "/share/", data)
        return time.perf_counter() - start, status, location

    if double_tap:
        with ThreadPoolExecutor(2) as pool:
            taps = list(pool.map(lambda _i: tap(), range(2)))
    else:
        taps = [tap()]
    accepted = all(status == 302 and location == "/share/done/" for _t, status, location in taps)
    code = None
    if accepted:
        _status, _location, done = person.request("GET", "/share/done/")
        shown = re.search(r'id="deletion-code">([^<]+)<', done)
        code = shown.group(1) if shown else None
    return {"timings": [t for t, _s, _l in taps], "accepted": accepted, "code": code, "session": person.cookies.get("sessionid")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(port: int, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("gunicorn did not answer within 30 s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--flows", type=int, default=100, help="flows per client")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--double-tap-every", type=int, default=5)
    args = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        print("skipped: set DATABASE_URL to a scratch PostgreSQL database to measure sharing under load")
        return 0
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdef")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.sessions.models import Session
    from django.core.management import call_command

    from triage.models import Case

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)  # a no-op unless a database cache is configured
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)

    port = _free_port()
    env = {
        **os.environ,
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "LOG_LEVEL": "ERROR",
        # Every simulated person comes from 127.0.0.1: per-client limits would refuse most of them.
        "RATELIMIT_ENABLE": "false",
    }
    gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}"]
    gunicorn += ["--workers", str(args.workers), "--no-control-socket", "--backlog", "2048"]
    server = subprocess.Popen(gunicorn, cwd=ROOT, env=env)
    errors: list[str] = []
    existing = set(Case.objects.values_list("pk", flat=True))
    try:
        _wait_until_up(port, server)
        total = args.clients * args.flows
        lock = threading.Lock()
        results: list[dict] = []

        def client(index: int) -> None:
            for n in range(args.flows):
                number = index * args.flows + n
                result = flow(port, number, number % args.double_tap_every == 0, errors)
                with lock:
                    results.append(result)

        start = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(client, range(args.clients)))
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(30)

    accepted = [r for r in results if r["accepted"]]
    codes = [r["code"] for r in accepted if r["code"]]
    hashes = [Case.hash_deletion_code(code) for code in codes]
    found = set(Case.objects.filter(deletion_hash__in=hashes).values_list("deletion_hash", flat=True))
    stored = Case.objects.exclude(pk__in=existing).count()
    timings = [t for r in results for t in r["timings"]]
    double_taps = sum(1 for r in results if len(r["timings"]) == 2)
    print(f"database: postgresql, gunicorn {args.workers} workers, {args.clients} clients × {args.flows} flows")
    print(f"flows: {total:,} in {elapsed:.1f} s, {double_taps:,} of them with a double tap on 匿名分享")
    print(
        f"shares accepted: {len(accepted):,}; cases stored: {stored:,}; duplicated: {stored - len(found):,}; "
        f"missing (code shown, no case): {len(set(hashes)) - len(found):,}; codes not shown: {len(accepted) - len(codes):,}"
    )
    print(f"5xx: {sum(1 for e in errors if e[:1] == '5')}; other errors: {sum(1 for e in errors if e[:1] != '5')}")
    for error in sorted(set(errors))[:5]:
        print(f"  e.g. {error}")
    if timings:
        print(
            f"share POST: p50 {statistics.median(timings) * 1000:.0f} ms, p99 {percentile(timings, 0.99) * 1000:.0f} ms, "
            f"max {max(timings) * 1000:.0f} ms"
        )
    # Leave the scratch database as it was: this run's cases and sessions.
    Case.objects.exclude(pk__in=existing).filter(source="wizard").delete()
    Session.objects.filter(session_key__in=[r["session"] for r in results if r["session"]]).delete()
    ok = not errors and stored == len(accepted) == len(found) == total
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
