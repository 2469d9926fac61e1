"""The one pipeline that stores a shared case: analysis → scrub → hash → save (issue 4).

The share view and `manage.py import_cases` both go through `build_case` (and `record_cases` to save),
so there is no second way into the Case table that could skip the scrubber.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction

from triage.anonymize import scrub, sender_hash
from triage.models import CODE_ALPHABET, Case, random_code

# The wizard's choices that may be stored, step → field → allowed values. Everything else (free text,
# unknown keys, unknown values) is dropped. Kept in step with triage/forms.py; tests check the values
# still exist there.
ANSWER_CHOICES: dict[str, dict[str, frozenset[str]]] = {
    "calm": {"danger": frozenset({"yes", "no"})},
    "verify": {
        "relation": frozenset({"mine_known", "mine_unknown", "someone_else", "unsure"}),
        "creditor_type": frozenset({"bank", "consumer_finance", "online_platform", "small_loan", "unknown"}),
        "third_party_role": frozenset({"family", "employer", "contact"}),
        "legal_claim": frozenset({"yes", "no"}),
    },
    "protect": {
        "shared": frozenset({"code", "password", "card", "id_photo", "screen_share", "transfer", "none"}),
    },
    "contact": {"wants": frozenset({"verify_debt", "instalments", "stop_third_party", "none"})},
    "legal": {
        "behaviours": frozenset(
            {"threats", "violence", "insults", "night", "frequent", "third_party", "fake_legal", "fees", "fraud", "none"}
        ),
    },
}

# Sender kinds are the analyser's codes: short slugs. Anything else is not stored.
_MAX_CODE_LENGTH = 32
DELETION_CODE_LENGTH = 16
PUBLIC_CODE_LENGTH = 10


@dataclass
class CaseInput:
    """What a caller hands to the pipeline. `sender` is the raw number (import) or None (wizard,
    where the session holds only `sender_kind` and `sender_hash`)."""

    text: str
    day: date
    source: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    language: str = ""
    sender: str | None = None
    sender_kind: str = ""
    sender_hash: str = ""


@dataclass
class RecordedCase:
    case: Case
    deletion_code: str  # shown to the person once, never stored

    @property
    def display_deletion_code(self) -> str:
        code = self.deletion_code
        return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


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
            if isinstance(value, str) and value in allowed:
                kept[name] = value
            elif isinstance(value, (list, tuple)):
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


def build_case(data: CaseInput) -> Case:
    """An unsaved Case holding exactly what would be stored; also what the share preview shows.

    Raises `TextTooLong` (a ValueError) for text over the analyser's limit.
    """
    from triage.analysis import analyze

    analysis = analyze(data.text, sender=data.sender)
    if data.sender is not None:
        kind, hashed = _code(analysis.sender_kind), sender_hash(data.sender)
    else:
        kind, hashed = _code(data.sender_kind), data.sender_hash
    if len(hashed) != 64 or not all(ch in "0123456789abcdef" for ch in hashed):
        hashed = ""  # only ever a hex HMAC: a number passed here by mistake is not stored
    return Case(
        text=scrub(data.text),
        sender_kind=kind,
        sender_hash=hashed,
        institution=_code(analysis.institution.code) if analysis.institution else "",
        flags=list(dict.fromkeys(_code(flag.code) for flag in analysis.flags if _code(flag.code))),
        risk=analysis.risk if analysis.risk in Case.Risk.values else Case.Risk.LOW,
        answers=clean_answers(data.answers),
        language=_language(data.language),
        day=data.day,
        source=data.source,
    )


def _new_deletion_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(DELETION_CODE_LENGTH))


def record_cases(inputs: Iterable[CaseInput | Case]) -> list[RecordedCase]:
    """Build (if needed) and save cases in one transaction with one INSERT per batch.

    Accepts already built Cases so a caller can validate lines first (import_cases) and save later.
    """
    recorded = []
    for item in inputs:
        case = item if isinstance(item, Case) else build_case(item)
        deletion_code = _new_deletion_code()
        case.code = random_code(PUBLIC_CODE_LENGTH)
        case.deletion_hash = Case.hash_deletion_code(deletion_code)
        recorded.append(RecordedCase(case=case, deletion_code=deletion_code))
    with transaction.atomic():
        Case.objects.bulk_create([r.case for r in recorded], batch_size=500)
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
    )
    return record_cases([data])[0]


def delete_by_code(raw_code: str) -> bool:
    """Delete the case whose deletion code this is; False if there is none."""
    if not raw_code.strip():
        return False
    deleted, _per_model = Case.objects.filter(deletion_hash=Case.hash_deletion_code(raw_code)).delete()
    return deleted > 0


def purge(days: int) -> int:
    """Delete cases older than `days` days; returns how many."""
    deleted, _per_model = Case.objects.older_than(days).delete()
    return deleted
