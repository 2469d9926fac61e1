"""Bulk import of cases from partner hotlines: one JSON object per line.

Each line goes through the same pipeline as the wizard (`triage.cases.build_case`). Lines are
validated and built first, then saved in batches: a bad line is reported and skipped, it never stops the
others and never leaves half a case behind.

- Any error while building a line (even a bug) rejects that line only, as "internal error": the report
  names the line number and the reason, never the text.
- Each batch is saved in one transaction. If saving fails, nothing of the batch stays and its lines are
  saved one by one, so only the lines that cannot be saved are rejected and a re-run duplicates nothing
  that was reported as rejected.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from triage.cases import CaseInput, build_case, record_cases
from triage.models import Case

# The analyser's limit (triage.analysis.TextTooLong); checked here too so the reason is plain.
MAX_TEXT_LENGTH = 5000
# Saved in batches so a 100,000-line file neither holds everything in memory nor takes one INSERT per row.
BATCH_SIZE = 1000
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class LineError(ValueError):
    pass


def parse_line(raw: str, today: date, retention_days: int) -> CaseInput:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(f"bad JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise LineError("not a JSON object")
    try:
        # "\ud800" is valid JSON but no text: a lone surrogate cannot be stored (or shown) anywhere.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise LineError("invalid Unicode (lone surrogate)") from None
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LineError("missing text")
    if len(text) > MAX_TEXT_LENGTH:
        raise LineError(f"text over {MAX_TEXT_LENGTH:,} characters")
    sender = data.get("sender", "")
    if sender is None:
        sender = ""
    if not isinstance(sender, str):
        raise LineError("sender is not a string")
    received = data.get("received_at")
    if not isinstance(received, str):
        raise LineError("missing received_at")
    if not _ISO_DAY.fullmatch(received):
        # date.fromisoformat also takes "20261130" and week dates such as "2026-W47-1".
        raise LineError("bad date (expected YYYY-MM-DD)")
    try:
        day = date.fromisoformat(received)
    except ValueError:
        raise LineError("bad date (expected YYYY-MM-DD)") from None
    if day > today:
        raise LineError("date in the future")
    if day < today - timedelta(days=retention_days):
        raise LineError(f"older than the retention period ({retention_days} days)")
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        raise LineError("answers is not an object")
    language = data.get("language", "")
    return CaseInput(
        text=text,
        sender=sender,
        day=day,
        source=Case.Source.IMPORT,
        answers=answers,
        language=language if isinstance(language, str) else "",
    )


def _build(item: tuple[int, str], today: date, retention_days: int) -> tuple[int, Case | None, str]:
    """Line number, the built (unsaved) case or None, and the reason for a rejection."""
    from triage.analysis import TextTooLong

    number, raw = item
    try:
        return number, build_case(parse_line(raw, today, retention_days)), ""
    except LineError as exc:
        return number, None, str(exc)
    except TextTooLong:
        return number, None, f"text over {MAX_TEXT_LENGTH:,} characters"
    except Exception as exc:  # noqa: BLE001 -- one bad line must not stop the others
        # The exception's type only: its message may quote the unscrubbed text.
        return number, None, f"internal error ({type(exc).__name__})"


class Command(BaseCommand):
    help = "Import anonymised cases from a JSON Lines file (text, sender, received_at, answers)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="JSON Lines file, UTF-8, one case per line")
        parser.add_argument(
            "--jobs",
            type=int,
            default=None,
            help="processes that analyse and scrub in parallel (default: CPU count for 1,000+ lines)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        # utf-8-sig: a byte-order mark (as some editors on Windows write) is not part of the first line.
        with path.open(encoding="utf-8-sig", errors="replace") as fh:
            items = [(number, raw) for number, raw in enumerate(fh, start=1) if raw.strip()]
        jobs = options["jobs"] or ((os.cpu_count() or 1) if len(items) >= 1000 else 1)
        build = partial(_build, today=timezone.localdate(), retention_days=settings.CASE_RETENTION_DAYS)

        imported = rejected = 0
        pending: list[tuple[int, Case]] = []
        for number, case, reason in self._built(build, items, jobs):
            if case is None:
                rejected += 1
                # The reason only, never the line: it holds the unscrubbed message.
                self.stderr.write(f"line {number}: rejected: {reason}")
                continue
            pending.append((number, case))
            if len(pending) >= BATCH_SIZE:
                saved, failed = self._save(pending)
                imported, rejected, pending = imported + saved, rejected + failed, []
        if pending:
            saved, failed = self._save(pending)
            imported, rejected = imported + saved, rejected + failed
        self.stdout.write(f"imported {imported}, rejected {rejected}")

    def _save(self, batch: list[tuple[int, Case]]) -> tuple[int, int]:
        """Save a batch in one transaction; if that fails, line by line. Returns (saved, rejected)."""
        try:
            return len(record_cases([case for _number, case in batch])), 0
        except Exception:  # noqa: BLE001 -- the transaction is rolled back: retry each line alone
            pass
        saved = failed = 0
        for number, case in batch:
            try:
                record_cases([case])
                saved += 1
            except Exception as exc:  # noqa: BLE001
                failed += 1
                self.stderr.write(f"line {number}: rejected: internal error while saving ({type(exc).__name__})")
        return saved, failed

    @staticmethod
    def _built(build, items: list[tuple[int, str]], jobs: int):
        """Analysis and scrubbing are pure CPU work: spread them over processes, keep line order.

        Workers are forked from this process (settings and the analyser's data come along) and never touch
        the database; saving stays here, in batches.
        """
        if jobs <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            yield from map(build, items)
            return
        chunksize = max(1, min(250, len(items) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(build, items, chunksize=chunksize)
