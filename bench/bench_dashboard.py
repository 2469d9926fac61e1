"""The review at scale, on PostgreSQL: the dashboard and the day's grouping with a million shared cases.

    DATABASE_URL=postgres://user:pass@localhost/scratch DEBUG=true .venv/bin/python bench/bench_dashboard.py
        [--cases 1000000] [--days 730] [--new-day 10000] [--runs 7] [--fresh]

Point it at a scratch database: it migrates it and fills it with synthetic cases (COPY), which it keeps
so that a rerun is quick; `--fresh` deletes every case and pattern and fills again. The history ends
yesterday; each run deletes today's cases and imports a new day of `--new-day` cases through the one
pipeline (analysis, scrubber, keyed hash), as `import_cases` would.

Prints, beside a yardstick of the machine's core:
- the dashboard's server time for a reviewer (Django test client, whole middleware stack): the first
  load, then the best and median of `--runs` loads. After a fill (COPY, outside the pipeline) the first
  load counts each day of the half year from the cases (triage.review.daily); after the import it finds
  the new day already counted;
- the grouping of the last 90 days once the new day is in (what `manage.py group_cases` does after the
  day's import): seconds, and on the synthetic families recall (share of scam cases in their template's
  largest family) and wrong (share of cases in a family that belongs to another template or to noise),
  over the whole window and over the new day's cases.
Targets (README): dashboard ≤ 500 ms, grouping ≤ 60 s, recall ≥ 95 %, wrong ≤ 2 %.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production-0123456789")
os.environ["ALLOWED_HOSTS"] = "testserver"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from triage.cases import CaseInput, build_case, record_cases  # noqa: E402
from triage.models import CODE_ALPHABET, Case, Pattern  # noqa: E402
from triage.review import families  # noqa: E402
from triage.review.synthetic import TEMPLATES, messages, noise  # noqa: E402

# Distinct messages run through the real pipeline once and then copied over the history: the pipeline
# takes about 1 ms a message, so a million of them would take a quarter of an hour.
POOL = 20_000
# Senders as imports carry them (as demo_cases): personal, virtual-operator, gateway, a bank's own, none.
SENDERS = ["13812345678", "17012345678", "1069012345", "95555", None]
NOISE = -1  # triage.review.synthetic's family for one-off messages
COLUMNS = (
    "id",
    "code",
    "deletion_hash",
    "text",
    "sender_kind",
    "sender_hash",
    "institution",
    "flags",
    "risk",
    "answers",
    "language",
    "day",
    "source",
)


def analysed(count: int, seed: int) -> list[tuple[int, tuple]]:
    """(family, column values without the keys and the day) for `count` synthetic messages."""
    rng = random.Random(seed)
    out = []
    for message in messages(count, seed=seed):
        case = build_case(CaseInput(text=message.text, day=timezone.localdate(), source="import", sender=rng.choice(SENDERS)))
        values = (case.text, case.sender_kind, case.sender_hash, case.institution, json.dumps(case.flags), case.risk)
        out.append((message.family, values))
    return out


def fill(total: int, days: int, seed: int = 7) -> dict[str, int]:
    """COPY `total` cases over the `days` days before today; returns the family of each distinct text."""
    started = time.perf_counter()
    pool = analysed(POOL, seed)
    by_family: dict[int, list[tuple]] = {}
    for family, values in pool:
        by_family.setdefault(family, []).append(values)
    print(f"  pool: {POOL:,} messages through the pipeline in {time.perf_counter() - started:.0f} s")
    rng = random.Random(seed)
    today = timezone.localdate()
    labels = sorted(by_family)
    phases = {label: rng.random() * 2 * math.pi for label in labels}
    # Cases per day grow over the period (sharing spreads), fewer at weekends; each family waxes and
    # wanes on its own cycle, so the top lists and the chart change from week to week.
    weights = []
    for back in range(days, 0, -1):
        day = today - timedelta(days=back)
        weights.append((0.5 + (days - back) / days) * (0.8 if day.weekday() >= 5 else 1.0))
    scale = total / sum(weights)
    started = time.perf_counter()
    written = 0
    with connection.cursor() as cursor, transaction.atomic():
        with cursor.cursor.copy(f"COPY triage_case ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for i, back in enumerate(range(days, 0, -1)):
                day = today - timedelta(days=back)
                count = round(weights[i] * scale) if i < days - 1 else total - written
                mix = [1.2 + math.sin(2 * math.pi * back / (40 + 7 * (label % 9)) + phases[label]) for label in labels]
                for label in rng.choices(labels, mix, k=count):
                    values = rng.choice(by_family[label])
                    if label == NOISE:
                        # One-off messages are one-off: copies of the pool's would make families of noise.
                        values = (noise(rng), *values[1:])
                    copy.write_row(
                        (
                            f"{rng.getrandbits(128):032x}",
                            "".join(rng.choices(CODE_ALPHABET, k=10)),
                            f"{rng.getrandbits(256):064x}",
                            *values[:4],
                            values[4],
                            values[5],
                            "{}",
                            "zh-hans",
                            day,
                            "import",
                        )
                    )
                written += count
    print(f"  COPY of {written:,} cases in {time.perf_counter() - started:.0f} s")
    return {values[0]: family for family, values in pool}


def score(rows: list[tuple], found: list[list[int]], label_of: dict[str, int], among: set[int]) -> tuple[float, float]:
    """(recall, wrong) over the rows whose index is in `among`, as bench_families.score counts them:
    a family belongs to its most common label over the whole window."""
    labels = [label_of.get(row[0], -1) for row in rows]
    owner_of: dict[int, int] = {}
    largest: dict[int, tuple[int, int]] = {}  # label → (size, family number) of its largest family
    for number, family in enumerate(found):
        counts = Counter(labels[i] for i in family)
        owner, size = counts.most_common(1)[0]
        for i in family:
            owner_of[i] = owner
        for label, n in counts.items():
            if label >= 0 and n > largest.get(label, (0, -1))[0]:
                largest[label] = (n, number)
    in_largest = {i for _size, number in largest.values() for i in found[number]}
    scams = [i for i in among if labels[i] >= 0]
    recalled = sum(1 for i in scams if i in in_largest and owner_of.get(i) == labels[i])
    wrong = sum(1 for i in among if i in owner_of and (owner_of[i] != labels[i] or owner_of[i] == -1))
    return recalled / max(len(scams), 1), wrong / max(len(among), 1)


def time_dashboard(client: Client, url: str, runs: int) -> tuple[float, list[float]]:
    samples = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return samples[0], samples[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--new-day", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--fresh", action="store_true", help="delete every case and pattern and fill again")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        print("DATABASE_URL is not PostgreSQL: skipped (point it at a scratch PostgreSQL database)")
        return 0

    from bench_analysis import yardstick  # (this folder is on the path when a bench script runs)

    print(f"yardstick: 10M empty loop iterations take {yardstick():.2f} s CPU (compare machines with this)")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    today = timezone.localdate()
    Case.objects.filter(day__gte=today).delete()
    history = Case.objects.count()
    # Which synthetic family each distinct text came from, kept beside the reused cases.
    label_file = Path(tempfile.gettempdir()) / f"{connection.settings_dict['NAME']}-bench-labels.json"
    if args.fresh or history < 0.99 * args.cases or not label_file.exists():
        print(f"filling {args.cases:,} cases over {args.days} days (found {history:,})")
        with connection.cursor() as cursor:
            # The day counts go too: the first load then counts every day from the cases.
            cursor.execute("TRUNCATE triage_case, triage_caseday")
        Pattern.objects.all().delete()
        label_of = fill(args.cases, args.days)
        label_file.write_text(json.dumps(label_of, ensure_ascii=False), encoding="utf-8")
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE triage_case")
        print(f"  VACUUM ANALYZE in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        result = families.regroup(today=today - timedelta(days=1))
        print(
            f"  grouping of the history's last 90 days: {result.cases:,} cases, {result.families} families, "
            f"{time.perf_counter() - started:.1f} s"
        )
    else:
        print(f"reusing {history:,} cases (--fresh to fill again)")
        label_of = json.loads(label_file.read_text(encoding="utf-8"))
    print(f"cases: {Case.objects.count():,}, patterns: {Pattern.objects.count():,}")

    from django.contrib.auth.models import Group, User

    reviewer, _created = User.objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    client = Client()
    client.force_login(reviewer)
    url = reverse("admin:triage_case_dashboard")
    first, samples = time_dashboard(client, url, args.runs)
    print(
        f"dashboard (history only): first load {first:.0f} ms, then best {min(samples):.0f} ms, "
        f"median {statistics.median(samples):.0f} ms of {args.runs} (target ≤ 500 ms)"
    )

    new_day = messages(args.new_day, seed=int(today.strftime("%Y%m%d")))
    rng = random.Random(1)
    started = time.perf_counter()
    for start in range(0, len(new_day), 1000):
        recorded = record_cases(
            CaseInput(text=m.text, day=today, source="import", sender=rng.choice(SENDERS)) for m in new_day[start : start + 1000]
        )
        for message, item in zip(new_day[start : start + 1000], recorded):
            label_of.setdefault(item.case.text, message.family)
    print(f"new day: {len(new_day):,} cases imported through the pipeline in {time.perf_counter() - started:.1f} s")

    first, samples = time_dashboard(client, url, args.runs)
    print(
        f"dashboard (with the new day): first load {first:.0f} ms, then best {min(samples):.0f} ms, "
        f"median {statistics.median(samples):.0f} ms of {args.runs} (target ≤ 500 ms)"
    )

    started = time.perf_counter()
    rows = families.window(today)
    read = time.perf_counter() - started
    found = families.find_families(rows)
    grouped = time.perf_counter() - started - read
    created, updated = families.update_patterns(rows, found)
    seconds = time.perf_counter() - started
    print(
        f"grouping after the new day: {len(rows):,} cases of the last {families.WINDOW_DAYS} days, {len(found)} families, "
        f"{created} new candidates, {updated} updated, in {seconds:.1f} s (read {read:.1f} s, group {grouped:.1f} s; target ≤ 60 s)"
    )
    recall, wrong = score(rows, found, label_of, set(range(len(rows))))
    print(f"  whole window: recall {recall:.1%} (target ≥ 95 %), wrong family {wrong:.2%} (target ≤ 2 %)")
    new = {i for i, row in enumerate(rows) if row[1] == today}
    recall, wrong = score(rows, found, label_of, new)
    print(f"  the new day's {len(new):,} cases: recall {recall:.1%}, wrong family {wrong:.2%} ({len(TEMPLATES)} scam templates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
