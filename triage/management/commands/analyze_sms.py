"""Analyse SMS in bulk: JSON Lines in on stdin, one JSON line out per input line.

    echo '{"id": 1, "text": "…", "sender": "95588"}' | python manage.py analyze_sms

A bad line gives {"id", "error"} and the run goes on, so one broken record never stops an import:
stdin is read as bytes and each line decoded on its own (a line that is not UTF-8 gets an error, with
its id when one can still be read), and a line whose output cannot be encoded (a lone surrogate such
as "\\ud800" is valid JSON) is written with \\u escapes instead. Each flag is written as
{"code", "title", "evidence", "reassuring"}.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
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
            {
                "code": flag.code,
                "title": flag.title(lang),
                "evidence": list(flag.evidence),
                "reassuring": flag.reassuring,
            }
            for flag in result.flags
        ],
        "sender_kind": result.sender_kind,
    }


def analyze_bytes(raw: bytes, lang: str = "zh-hans") -> dict[str, Any]:
    """`analyze_line` for one undecoded line; never raises."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            record = json.loads(raw.decode("utf-8", errors="replace"))
        except ValueError:
            record = None
        record_id = record.get("id") if isinstance(record, dict) else None
        return {"id": record_id, "error": "line is not valid UTF-8"}
    return analyze_line(line, lang)


def _input_lines() -> Iterator[bytes]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        yield from stream
    else:  # a text stream without bytes underneath (e.g. io.StringIO in tests)
        for line in sys.stdin:
            yield line.encode("utf-8", errors="surrogatepass")


class Command(BaseCommand):
    help = "Read JSON Lines {id, text, sender?} on stdin and write one JSON line of analysis per input."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--lang", default="zh-hans", choices=["zh-hans", "en"], help="language of flag titles")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        for raw in _input_lines():
            if not raw.strip():
                continue  # blank lines (e.g. a trailing newline) are not records
            result = analyze_bytes(raw, lang)
            try:
                self.stdout.write(json.dumps(result, ensure_ascii=False))
            except UnicodeEncodeError:
                # A lone surrogate, or an output stream that cannot take Chinese: \u escapes always can.
                self.stdout.write(json.dumps(result, ensure_ascii=True))
