"""Families of near-duplicate shared cases become pattern candidates.

`regroup` reads the scrubbed text of recent cases, groups them with triage.analysis.patterns.group
(exact trigram Jaccard; bench/bench_families.py measures it against MinHash LSH), and brings the
Pattern table up to date: a family like an existing pattern updates that pattern's figures (a dismissed
one stays dismissed, a confirmed one keeps warning with the new count), any other family of at least
MIN_FAMILY_SIZE cases becomes a new candidate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from triage.analysis.patterns import MATCH_THRESHOLD, KnownPattern, group, shingles, similarity
from triage.models import Case, Pattern, random_code

# A scam template seen three times is worth a reviewer's look; two copies are often one person sharing twice.
MIN_FAMILY_SIZE = 3
# Cases older than this are not regrouped: patterns are about what is going round now.
WINDOW_DAYS = 90
# A flag is "common" to a family when at least this share of its cases carries it.
COMMON_FLAG_SHARE = 0.5


@dataclass(frozen=True)
class RegroupResult:
    cases: int
    families: int
    created: int
    updated: int


def _figures(rows: list[tuple[str, date, list[str], str]]) -> dict:
    flags = Counter(code for _text, _day, codes, _kind in rows for code in set(codes))
    kinds = Counter(kind or "none" for *_rest, kind in rows)
    return {
        "reports": len(rows),
        "first_day": min(day for _text, day, *_rest in rows),
        "last_day": max(day for _text, day, *_rest in rows),
        "flags": [[code, n] for code, n in flags.most_common() if n >= COMMON_FLAG_SHARE * len(rows)],
        "sender_kinds": [[kind, n] for kind, n in kinds.most_common()],
    }


def window(today: date, days: int = WINDOW_DAYS) -> list[tuple[str, date, list[str], str]]:
    """The cases grouped on `today`: (text, day, flags, sender kind) of the last `days` days, oldest first."""
    return list(
        Case.objects.filter(day__gt=today - timedelta(days=days))
        .order_by("day", "code")
        .values_list("text", "day", "flags", "sender_kind")
    )


def find_families(rows: list[tuple[str, date, list[str], str]]) -> list[list[int]]:
    """Families of at least MIN_FAMILY_SIZE near-duplicates among `rows`, as lists of row indexes."""
    return [family for family in group([row[0] for row in rows]) if len(family) >= MIN_FAMILY_SIZE]


def update_patterns(rows: list[tuple[str, date, list[str], str]], families: list[list[int]]) -> tuple[int, int]:
    """Bring the Pattern table up to date with `families`; returns (created, updated)."""
    existing = [(pattern, shingles(pattern.example)) for pattern in Pattern.objects.all()]
    created, updated = [], []
    for family in families:
        members = [rows[i] for i in family]
        example = members[-1][0]  # the latest copy: the template as it goes round now
        own = shingles(example)
        best, best_score = None, MATCH_THRESHOLD
        for pattern, signature in existing:
            score = similarity(own, signature)
            if score >= best_score:
                best, best_score = pattern, score
        figures = _figures(members)
        if best is not None and best.pk is None:
            continue  # a second family like one made in this run: the first one stands for both
        if best is not None:
            for name, value in figures.items():
                setattr(best, name, value)
            updated.append(best)
        else:
            pattern = Pattern(code=random_code(8), example=example, **figures)
            created.append(pattern)
            existing.append((pattern, own))
    with transaction.atomic():
        Pattern.objects.bulk_create(created)
        Pattern.objects.bulk_update(updated, ["reports", "first_day", "last_day", "flags", "sender_kinds"])
    return len(created), len(updated)


def regroup(*, today: date | None = None, days: int = WINDOW_DAYS) -> RegroupResult:
    rows = window(today or timezone.localdate(), days)
    families = find_families(rows)
    created, updated = update_patterns(rows, families)
    return RegroupResult(cases=len(rows), families=len(families), created=created, updated=updated)


def known_patterns() -> list[KnownPattern]:
    """The confirmed patterns as data for triage.analysis.patterns.match_pattern (one query)."""
    return [
        KnownPattern(
            code=p.code,
            title_zh=p.title_zh,
            title_en=p.title_en,
            advice_zh=p.advice_zh,
            advice_en=p.advice_en,
            example=p.example,
            reports=p.reports,
        )
        for p in Pattern.objects.confirmed().only("code", "title_zh", "title_en", "advice_zh", "advice_en", "example", "reports")
    ]
