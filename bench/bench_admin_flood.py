"""Admin-login flood: /checklist/ throughput alone, then while 4 clients hammer the login.

Before the limits, 1,000 wrong passwords took /checklist/ from 1,106 to 7.4 requests/s (PBKDF2 on every
attempt). Now the per-client limit and django-axes answer 429 before any password is hashed. Target:
/checklist/ keeps >= 50 % of its normal throughput. Runs gunicorn (2 sync workers)
on a scratch SQLite file, or on BENCH_DATABASE_URL (a scratch PostgreSQL database).
"""

from __future__ import annotations

import http.client
import multiprocessing
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    # A port nobody listens on: another developer's server on a fixed port would be measured instead.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
SECONDS = 10
SETTLE = 5
HAMMERS = 4


def env_for(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-secret-key-not-for-production-0123456789"),
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "RATELIMIT_ENABLE": "true",
    }


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)


def count_checklist(seconds: float, threads: int = 2) -> float:
    """Requests per second /checklist/ answers 200 from `threads` clients."""
    done = [0] * threads
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        while time.monotonic() < stop:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            connection.request("GET", "/checklist/")
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status == 200:
                done[index] += 1

    workers = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(done) / seconds


def hammer(stop_at: float, counts) -> None:
    """One client posting wrong passwords to the admin login as fast as it is answered."""
    statuses: dict[int, int] = {}
    # The login form once, as a script would: its CSRF cookie and token serve every attempt after it.
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    connection.request("GET", "/admin/login/")
    page = connection.getresponse()
    html = page.read().decode()
    connection.close()
    cookie = page.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    body = f"csrfmiddlewaretoken={token.group(1) if token else ''}&username=reviewer&password=wrong&next=/admin/"
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": cookie,
        "Referer": f"http://127.0.0.1:{PORT}/admin/login/",
    }
    while time.time() < stop_at:
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        connection.request("POST", "/admin/login/", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        statuses[response.status] = statuses.get(response.status, 0) + 1
    counts.put(statuses)


def wait_for_port() -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start")


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        env = env_for(os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{scratch}/bench.sqlite3"))
        manage(env, "migrate", "--noinput")
        manage(env, "createcachetable")
        # Counters and lockouts left by an earlier run on the same database would skew this one.
        manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        manage(env, "collectstatic", "--noinput")
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import django; django.setup(); from django.contrib.auth.models import User; "
                "User.objects.filter(username='reviewer').exists() or User.objects.create_superuser('reviewer', password='violet-harbour-lantern-93')",
            ],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
            check=True,
        )
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--workers",
                "2",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port()
            if server.poll() is not None:
                raise RuntimeError("gunicorn exited")
            count_checklist(1)  # warm up both workers
            alone = count_checklist(SECONDS)
            counts: multiprocessing.Queue = multiprocessing.Queue()
            stop_at = time.time() + SECONDS + SETTLE + 1
            hammers = [multiprocessing.Process(target=hammer, args=(stop_at, counts)) for _ in range(HAMMERS)]
            for process in hammers:
                process.start()
            # The first few wrong passwords are checked (PBKDF2, ~0.5 s each) before the lockout starts:
            # what is measured is the flood that goes on for minutes, not its first seconds.
            time.sleep(SETTLE)
            flooded = count_checklist(SECONDS)
            for process in hammers:
                process.join()
            statuses: dict[int, int] = {}
            for _ in hammers:
                for status, n in counts.get().items():
                    statuses[status] = statuses.get(status, 0) + n
        finally:
            server.terminate()
            server.wait(timeout=10)
    share = flooded / alone * 100 if alone else 0.0
    print(f"/checklist/ alone                     {alone:8.1f} req/s")
    print(f"/checklist/ with {HAMMERS} clients on the login {flooded:8.1f} req/s ({share:.0f} %, target >= 50 %)")
    print(
        "login answers during the flood (200 = a wrong password checked, 429 = refused before hashing): "
        + ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
