"""Analyse SMS in bulk: JSON Lines in on stdin, one JSON line out per input line.

    echo '{"id": 1, "text": "…", "sender": "95588"}' | python manage.py analyze_sms

A bad line gives {"id", "error"} and the run goes on, so one broken record never stops an import.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from triage.analysis import MAX_TEXT_LENGTH, TextTooLong, analyze


def analyze_line(line: str, lang: str = "zh-hans") -> dict[str, Any]:
    """The output record for one input line; never raises."""
    try:
        record = json.loads(line)
    except ValueError:
        return {"id": None, "error": "not valid JSON"}
    if not isinstance(record, dict):
        return {"id": None, "error": "not a JSON object"}
    record_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": record_id, "error": "text is missing or not a string"}
    sender = record.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)  # a number written without quotes, e.g. 95588
    if sender is not None and not isinstance(sender, str):
        return {"id": record_id, "error": "sender is not a string"}
    try:
        result = analyze(text, sender)
    except TextTooLong:
        return {"id": record_id, "error": f"text is longer than {MAX_TEXT_LENGTH} characters"}
    return {
        "id": record_id,
        "risk": result.risk,
        "flags": [
            {"code": flag.code, "title": flag.title(lang), "evidence": list(flag.evidence)}
            for flag in result.flags
        ],
        "sender_kind": result.sender_kind,
    }


class Command(BaseCommand):
    help = "Read JSON Lines {id, text, sender?} on stdin and write one JSON line of analysis per input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lang", default="zh-hans", choices=["zh-hans", "en"], help="language of flag titles")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        for line in sys.stdin:
            if not line.strip():
                continue  # blank lines (e.g. a trailing newline) are not records
            self.stdout.write(json.dumps(analyze_line(line, lang), ensure_ascii=False))
