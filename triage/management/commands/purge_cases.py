"""Delete shared cases older than the retention period. Run it daily from cron or a timer."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from triage.cases import purge


class Command(BaseCommand):
    help = "Delete shared cases older than CASE_RETENTION_DAYS (or --days N)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--days", type=int, default=None, help="keep cases from the last N days")

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"] if options["days"] is not None else settings.CASE_RETENTION_DAYS
        if days < 0:
            raise CommandError("--days must be 0 or more")
        self.stdout.write(f"purged {purge(days)} cases older than {days} days")
