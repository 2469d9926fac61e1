"""The one pipeline that stores a shared case: analysis → scrub → hash → whitelist → save.

The share view and `manage.py import_cases` both go through `build_case` (and `record_cases` to save),
so there is no second way into the Case table that could skip the scrubber.

Two kinds of input, one result:
- import: the raw text and sender number; the pipeline analyses them itself.
- wizard: the session holds only the scrubbed text, the sender's kind and keyed hash, and the summary
  of the analysis made on the raw text and sender (`AnalysisSummary`). Re-analysing the scrubbed text
  without a sender would lose every sender-based flag, so the summary is used instead, after every code
  in it has been checked against the analyser's own rule and institution codes.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from triage.anonymize import scrub, sender_hash
from triage.answers import ANSWER_CHOICES, MULTIPLE_CHOICE
from triage.models import CODE_ALPHABET, Case, random_code
from triage.review import daily

# Sender kinds are the analyser's codes: short slugs. Anything else is not stored.
_MAX_CODE_LENGTH = 32
_HEX = frozenset("0123456789abcdef")
DELETION_CODE_LENGTH = 16
PUBLIC_CODE_LENGTH = 10


@dataclass(frozen=True)
class AnalysisSummary:
    """The analysis of the raw text and sender, as the wizard keeps it in the session.

    Built with `from_mapping` from untrusted data (a session may be old or tampered with): the codes are
    whitelisted when the case is built, not here.
    """

    risk: str = ""
    flags: tuple[str, ...] = ()
    institution: str = ""
    sender_kind: str = ""
    sender_hash: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | Any) -> AnalysisSummary:
        if not isinstance(data, Mapping):
            return cls()
        flags = data.get("flags")

        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        return cls(
            risk=text("risk"),
            flags=tuple(f for f in flags if isinstance(f, str)) if isinstance(flags, (list, tuple)) else (),
            institution=text("institution"),
            sender_kind=text("sender_kind"),
            sender_hash=text("sender_hash"),
        )


@dataclass
class CaseInput:
    """What a caller hands to the pipeline: either the raw `sender` (import; the text is analysed here)
    or `analysis`, the summary made from the raw text and sender (wizard; `text` is already scrubbed).
    `sender_kind` / `sender_hash` alone (no sender, no summary) are still accepted for callers that
    only know those."""

    text: str
    day: date
    source: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    language: str = ""
    sender: str | None = None
    sender_kind: str = ""
    sender_hash: str = ""
    analysis: AnalysisSummary | Mapping[str, Any] | None = None


@dataclass
class RecordedCase:
    case: Case
    deletion_code: str  # shown to the person once, never stored

    @property
    def display_deletion_code(self) -> str:
        return display_deletion_code(self.deletion_code)


def clean_answers(answers: Mapping[str, Any] | Any) -> dict[str, Any]:
    """Only whitelisted steps, fields and values; lists keep their order, without duplicates."""
    cleaned: dict[str, Any] = {}
    if not isinstance(answers, Mapping):
        return cleaned
    for step, fields in ANSWER_CHOICES.items():
        given = answers.get(step)
        if not isinstance(given, Mapping):
            continue
        kept: dict[str, Any] = {}
        for name, allowed in fields.items():
            value = given.get(name)
            multiple = name in MULTIPLE_CHOICE.get(step, ())
            if isinstance(value, str) and value in allowed:
                kept[name] = [value] if multiple else value
            elif multiple and isinstance(value, (list, tuple)):
                # A list only where the form takes several answers; a list for a single-choice
                # question ("relation": ["mine_known", "someone_else"]) is dropped, not stored.
                values = list(dict.fromkeys(v for v in value if isinstance(v, str) and v in allowed))
                if values:
                    kept[name] = values
        if kept:
            cleaned[step] = kept
    return cleaned


def _code(value: Any) -> str:
    """A short slug code from the analyser, or "" for anything that is not one."""
    if not isinstance(value, str) or len(value) > _MAX_CODE_LENGTH:
        return ""
    return value if value.replace("_", "").replace("-", "").isalnum() and value.isascii() else ""


def _language(value: str) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return value if value in codes else settings.LANGUAGE_CODE


def _rule_code(value: Any) -> str:
    from triage.analysis.rules import RULES

    return value if isinstance(value, str) and value in RULES else ""


def _institution_code(value: Any) -> str:
    from triage.analysis import find_institution

    if not isinstance(value, str) or not _code(value):
        return ""
    found = find_institution(value)
    return value if found is not None and found.code == value else ""


def _sender_kind(value: Any) -> str:
    from triage.analysis.sender import SENDER_KIND_LABELS

    return value if isinstance(value, str) and value in SENDER_KIND_LABELS else ""


def _hex_hash(value: Any) -> str:
    # Only ever a hex HMAC: a number passed here by mistake is not stored.
    return value if isinstance(value, str) and len(value) == 64 and set(value) <= _HEX else ""


def summarise(text: str, sender: str | None) -> AnalysisSummary:
    """Analyse the raw text and sender: the summary the wizard keeps, made here for imports."""
    from triage.analysis import analyze

    analysis = analyze(text, sender=sender)
    return AnalysisSummary(
        risk=analysis.risk,
        flags=tuple(flag.code for flag in analysis.flags),
        institution=analysis.institution.code if analysis.institution else "",
        sender_kind=analysis.sender_kind if sender is not None else "",
        sender_hash=sender_hash(sender) if sender else "",
    )


def build_case(data: CaseInput) -> Case:
    """An unsaved Case holding exactly what would be stored; also what the share preview shows.

    Raises `TextTooLong` (a ValueError) for text over the analyser's limit.
    """
    if data.sender is not None:
        summary = summarise(data.text, data.sender)
    elif data.analysis is not None:
        summary = data.analysis if isinstance(data.analysis, AnalysisSummary) else AnalysisSummary.from_mapping(data.analysis)
        from triage.analysis import MAX_TEXT_LENGTH, TextTooLong

        if len(data.text) > MAX_TEXT_LENGTH:
            raise TextTooLong(len(data.text))
    else:
        summary = replace(summarise(data.text, None), sender_kind=data.sender_kind, sender_hash=data.sender_hash)
    return Case(
        text=scrub(data.text),
        sender_kind=_sender_kind(summary.sender_kind),
        sender_hash=_hex_hash(summary.sender_hash),
        institution=_institution_code(summary.institution),
        flags=list(dict.fromkeys(code for code in map(_rule_code, summary.flags) if code)),
        risk=summary.risk if summary.risk in Case.Risk.values else Case.Risk.LOW,
        answers=clean_answers(data.answers),
        language=_language(data.language),
        day=data.day,
        source=data.source,
    )


def new_deletion_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(DELETION_CODE_LENGTH))


def display_deletion_code(code: str) -> str:
    """ABCD-EFGH-JKLM-NPQR: the form shown to the person and accepted back with or without dashes."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def record_cases(inputs: Iterable[CaseInput | Case]) -> list[RecordedCase]:
    """Build (if needed) and save cases in one transaction with one INSERT per batch: all or none.

    Accepts already built Cases so a caller can validate lines first (import_cases) and save later.
    """
    recorded = []
    for item in inputs:
        case = item if isinstance(item, Case) else build_case(item)
        deletion_code = new_deletion_code()
        case.code = random_code(PUBLIC_CODE_LENGTH)
        case.deletion_hash = Case.hash_deletion_code(deletion_code)
        recorded.append(RecordedCase(case=case, deletion_code=deletion_code))
    with transaction.atomic():
        Case.objects.bulk_create([r.case for r in recorded], batch_size=500)
        daily.add(r.case for r in recorded)
    return recorded


def record_case(
    text: str,
    *,
    day: date,
    source: str,
    answers: Mapping[str, Any] | None = None,
    language: str = "",
    sender: str | None = None,
    sender_kind: str = "",
    sender_hash: str = "",
    analysis: AnalysisSummary | Mapping[str, Any] | None = None,
) -> RecordedCase:
    """Store one case; returns it with its deletion code (to show once)."""
    data = CaseInput(
        text=text,
        day=day,
        source=source,
        answers=answers or {},
        language=language,
        sender=sender,
        sender_kind=sender_kind,
        sender_hash=sender_hash,
        analysis=analysis,
    )
    return record_cases([data])[0]


def record_shared_case(data: CaseInput, deletion_code: str) -> bool:
    """Store a case shared from the wizard under a deletion code issued in advance, at most once.

    The share view issues the code with the consent page and keeps it in the session; every submit of
    that page carries the same code. Its hash is a unique column, so the INSERT is the claim: of
    concurrent submits one row is written, the others hit the unique index (on PostgreSQL they wait for
    the winner's commit first) and find the row, and every response can show the same code.
    Returns False when the code had already been claimed.
    """
    case = build_case(data)
    case.deletion_hash = Case.hash_deletion_code(deletion_code)
    for _attempt in range(3):
        case.code = random_code(PUBLIC_CODE_LENGTH)
        try:
            with transaction.atomic():
                case.save(force_insert=True)
                daily.add([case])
            return True
        except IntegrityError:
            if Case.objects.filter(deletion_hash=case.deletion_hash).exists():
                return False
            # Otherwise the random public code was taken (about 1 in 2^49): draw another.
    raise IntegrityError("no free public code after 3 attempts")


def delete_by_code(raw_code: str) -> bool:
    """Delete the case whose deletion code this is; False if there is none."""
    if not raw_code.strip():
        return False
    found = Case.objects.filter(deletion_hash=Case.hash_deletion_code(raw_code))
    days = list(found.values_list("day", flat=True))
    deleted, _per_model = found.delete()
    daily.forget(days)
    return deleted > 0


def purge(days: int) -> int:
    """Delete cases older than `days` days; returns how many."""
    deleted, _per_model = Case.objects.older_than(days).delete()
    daily.forget(before=timezone.localdate() - timedelta(days=days))
    return deleted
