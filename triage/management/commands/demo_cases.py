"""Synthetic shared cases for a local review, the dashboard and benchmarks: scam templates
with variants, genuine reminders and noise (triage.review.synthetic), spread over the last days, stored
through the one pipeline like any import. Never run it against a production database."""

from __future__ import annotations

import random
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from triage.cases import CaseInput, record_cases
from triage.review.synthetic import messages

# Senders as imports carry them: personal, virtual-operator and gateway numbers, a bank's own, none.
SENDERS = ["13812345678", "17012345678", "1069012345", "95555", None]


class Command(BaseCommand):
    help = "Store N synthetic shared cases (scam families, genuine reminders, noise) over the last D days."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--days", type=int, default=120)
        parser.add_argument("--seed", type=int, default=11)

    def handle(self, *args, count: int, days: int, seed: int, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("demo_cases is for local development (DEBUG=true) only.")
        rng = random.Random(seed)
        today = timezone.localdate()
        inputs = [
            CaseInput(text=m.text, day=today - timedelta(days=rng.randrange(days)), source="import", sender=rng.choice(SENDERS))
            for m in messages(count, seed=seed)
        ]
        for start in range(0, len(inputs), 1000):
            record_cases(inputs[start : start + 1000])
        self.stdout.write(f"stored {count} synthetic cases over {days} days")
