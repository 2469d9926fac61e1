"""Readable names for the analyser's codes in the reviewer's language: flags, institutions, sender
kinds. The codes are what cases store; the texts live with the analyser (one home per fact)."""

from __future__ import annotations

import functools

from django.utils.translation import get_language

from triage.analysis import find_institution, flag_for_code, sender_kind_label
from triage.analysis.rules import RULES


def _english() -> bool:
    return (get_language() or "zh-hans").startswith("en")


def flag_label(code: str) -> str:
    flag = flag_for_code(code)
    if flag is None:
        return code
    return flag.title_en if _english() else flag.title_zh


def institution_label(code: str) -> str:
    institution = find_institution(code) if code else None
    if institution is None or institution.code != code:
        return code
    return institution.name("en" if _english() else "zh-hans")


def sender_label(kind: str) -> str:
    return sender_kind_label(kind or "none", "en" if _english() else "zh-hans")


@functools.cache
def flag_codes() -> tuple[str, ...]:
    return tuple(code for code, rule in RULES.items() if not rule.reassuring)
