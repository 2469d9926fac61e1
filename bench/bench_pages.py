"""Server time for the wizard's pages through the full middleware stack (Django test client, one core).

Template rendering of a 5 KB page takes about 1.8 ms on these machines: that is the figure to
compare with. Prints the median of repeated requests for a full step page, an htmx panel and the plan.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production-0123456789")
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "sqlite://:memory:")
os.environ["ALLOWED_HOSTS"] = "testserver"
# One client posting hundreds of times a minute is what the limits stop; here the pages are measured.
os.environ["RATELIMIT_ENABLE"] = "false"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

ROUNDS = 300


def median_ms(call) -> float:
    for _ in range(20):
        call()
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    if not (Path(django.conf.settings.STATIC_ROOT) / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()
    client.post("/step/verify/", {"relation": "mine_known", "creditor_type": "bank"})
    client.post(
        "/step/message/",
        {
            "sms_text": "【招商银行】您的信用卡已逾期，请于24小时内还款，否则将上门催收并通知您的家人。",
            "sender": "+86 170 1234 5678",
            "action": "analyse",
        },
    )
    htmx = Client(headers={"HX-Request": "true"})
    htmx.cookies = client.cookies
    print(f"GET  /step/verify/ (full page)   {median_ms(lambda: client.get('/step/verify/')):6.2f} ms median")
    print(f"GET  /step/verify/ (htmx panel)  {median_ms(lambda: htmx.get('/step/verify/')):6.2f} ms median")
    print(f"GET  /step/message/ (analysis)   {median_ms(lambda: client.get('/step/message/')):6.2f} ms median")
    print(
        f"POST /step/legal/ (save+redirect){median_ms(lambda: client.post('/step/legal/', {'behaviours': ['night']})):6.2f} ms median"
    )
    print(f"GET  /plan/                      {median_ms(lambda: client.get('/plan/')):6.2f} ms median")


if __name__ == "__main__":
    main()
