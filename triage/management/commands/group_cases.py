"""Group recent shared cases into families and update the pattern candidates; run daily
after import_cases, or from the admin's "Find patterns now" button.

It also brings the dashboard's counts per day up to date, so that after a change the pipeline did not
see (a bulk load, a restore) no reviewer waits while the half year is counted again."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils import timezone

from triage.review import daily, dashboard
from triage.review.families import WINDOW_DAYS, regroup


class Command(BaseCommand):
    help = "Group recent shared cases into families of near-duplicates and update pattern candidates."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=WINDOW_DAYS, help="how many days of cases to group")

    def handle(self, *args, days: int, **options) -> None:
        result = regroup(days=days)
        self.stdout.write(
            f"{result.cases} cases, {result.families} families: {result.created} new candidates, {result.updated} updated"
        )
        today = timezone.localdate()
        counted = daily.counts_between(dashboard.first_day(today), today)
        self.stdout.write(f"dashboard: days with cases counted: {len(counted)}")
