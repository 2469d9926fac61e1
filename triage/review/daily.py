"""The dashboard's counts per day (CaseDay), so that a load reads one row a day and not every case.

With a million shared cases the dashboard's half year holds about 250,000 of them, and reading their
text for link domains took seconds per load. Instead:

- storing cases (triage.cases) adds them to their day's counts in the same transaction (`add`);
- deleting through the site or purging drops the day's row (`forget`), to be counted again;
- every load (`counts_between`) compares each day's stored total with the number of cases that day
  (one GROUP BY on the indexed day column) and counts again, from the cases, any day that differs or
  has no row. Whatever else changes the table (the admin, a script, two imports racing to create one
  day's row) is therefore corrected on the next load instead of showing wrong figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.db.models import Count

from triage.analysis.links import find_links
from triage.models import Case, CaseDay

SECTIONS = ("risk", "flags", "institutions", "domains", "senders")
# What a day's counts are made from, in this order.
FIELDS = ("day", "risk", "flags", "institution", "sender_kind", "text")


def _count(rows: Iterable[tuple], into: dict[date, dict[str, Counter]]) -> None:
    for day, risk, flags, institution, sender_kind, text in rows:
        counts = into.setdefault(day, {section: Counter() for section in SECTIONS})
        counts["risk"][risk] += 1
        counts["flags"].update(set(flags))
        if institution:
            counts["institutions"][institution] += 1
        # The scrubber keeps hosts and replaces only query parameters, so the domains are still there.
        counts["domains"].update({link.domain for link in find_links(text) if link.domain})
        counts["senders"][sender_kind or "none"] += 1


def _total(counts: dict[str, Counter]) -> int:
    return sum(counts["risk"].values())


def _merge(stored: dict, more: dict[str, Counter]) -> dict:
    return {section: dict(Counter(stored.get(section, {})) + more[section]) for section in SECTIONS}


def add(cases: Iterable[Case]) -> None:
    """Add newly stored cases to their days' counts; call inside the transaction that stores them."""
    new: dict[date, dict[str, Counter]] = {}
    _count(((c.day, c.risk, c.flags, c.institution, c.sender_kind, c.text) for c in cases), new)
    if not new:
        return
    with transaction.atomic():
        # Every day gets a row first, so that concurrent imports of one day queue on its lock below
        # instead of both creating it. A day that had cases before its row existed starts from nothing
        # here; its total then differs from the table's and the next load counts it again.
        CaseDay.objects.bulk_create([CaseDay(day=day) for day in sorted(new)], ignore_conflicts=True)
        # Locked in day order, so two imports touching the same days cannot deadlock.
        rows = list(CaseDay.objects.select_for_update().filter(day__in=new).order_by("day"))
        for row in rows:
            row.counts = _merge(row.counts, new[row.day])
            row.cases += _total(new[row.day])
        CaseDay.objects.bulk_update(rows, ["cases", "counts"])


def forget(days: Iterable[date] = (), *, before: date | None = None) -> None:
    """Drop the counts of these days (or of every day before `before`): cases were deleted there."""
    days = set(days)
    if days:
        CaseDay.objects.filter(day__in=days).delete()
    if before is not None:
        CaseDay.objects.filter(day__lt=before).delete()


def counts_between(first: date, last: date) -> dict[date, dict]:
    """{day: {"cases": n, "risk": {...}, "flags": {...}, …}} for every day with cases in [first, last]."""
    actual = dict(Case.objects.filter(day__gte=first, day__lte=last).order_by().values_list("day").annotate(n=Count("*")))
    stored = {row.day: row for row in CaseDay.objects.filter(day__gte=first, day__lte=last)}
    stale = [day for day, n in actual.items() if day not in stored or stored[day].cases != n]
    gone = [day for day in stored if day not in actual]
    if stale:
        recounted: dict[date, dict[str, Counter]] = {}
        _count(Case.objects.filter(day__in=stale).order_by().values_list(*FIELDS).iterator(chunk_size=5000), recounted)
        fresh = [CaseDay(day=day, cases=_total(c), counts=_merge({}, c)) for day, c in recounted.items()]
        CaseDay.objects.bulk_create(fresh, update_conflicts=True, unique_fields=["day"], update_fields=["cases", "counts"])
        stored.update((row.day, row) for row in fresh)
    if gone:
        CaseDay.objects.filter(day__in=gone).delete()
    return {day: {"cases": row.cases, **row.counts} for day, row in stored.items() if day in actual}
