"""What the wizard keeps in the server-side session: scrubbed answers only.

The session holds choices, and free text only after `scrub`. The sender's number itself is kept only
when it is a public service number (955xx, 106 gateways …); otherwise only its kind and a keyed hash.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.cache import cache

from triage.analysis import fold
from triage.analysis.numbers import digits_of, is_public
from triage.anonymize import scrub, scrub_with_names
from triage.wizard import Answers, active_answers

ANSWERS_KEY = "answers"

# Sender kinds that are public numbers of institutions, not a person's phone.
PUBLIC_SENDER_KINDS = {"gateway_106", "service_955", "service_95_96", "hotline_400", "gov_short", "carrier_service"}


def public_sender(sender: str, kind: str) -> str:
    """The sender, kept only when it is an institution's public number with nothing personal behind it.

    What counts as public is `triage.analysis.numbers.is_public`: a 106 number carrying a mobile number
    or longer than a gateway ("1069 0 13812345678", "1069 6222 0212 3456 7890") is not kept; only its
    kind and subkind are.
    """
    digits = digits_of(fold(sender))
    if kind in PUBLIC_SENDER_KINDS and digits.isascii() and digits.isdigit() and is_public(digits):
        return digits
    return ""


# How long after "start over" an answer that was already on its way is still recognised and dropped.
CLEARED_FOR = 10 * 60


def _cleared_key(session_key: str) -> str:
    # The cache holds a hash of the deleted session's key, never the key itself, and nothing else.
    return "cleared-session:" + hashlib.sha256(session_key.encode()).hexdigest()


def mark_cleared(request: Any) -> None:
    """Remember, for a few minutes, that this request's session was deleted on the person's request.

    An answer sent just before "start over" can reach the server after it, carrying the deleted
    session's cookie; without this it would quietly open a new session holding that answer.
    """
    request.triage_cleared_here = True
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return
    try:
        cache.set(_cleared_key(session_key), True, CLEARED_FOR)
    except Exception:  # any cache backend's failure; the deletion itself has happened
        logging.getLogger(__name__).warning("Could not record a cleared session in the cache.")


def cleared_in(request: Any) -> bool:
    """This request is the "start over" itself (its confirmation message may open a fresh session)."""
    return getattr(request, "triage_cleared_here", False)


def was_cleared(session_key: str | None) -> bool:
    """Whether a session with this key was deleted by "start over" in the last few minutes."""
    if not session_key:
        return False
    try:
        return bool(cache.get(_cleared_key(session_key)))
    except Exception:  # as in mark_cleared: a cache that cannot answer changes nothing
        return False


def get_answers(session: SessionBase) -> Answers:
    answers = session.get(ANSWERS_KEY)
    return answers if isinstance(answers, dict) else {}


def get_active_answers(session: SessionBase) -> Answers:
    """What the plan, the checklist and the letters are built from: answers of steps on the path."""
    return active_answers(get_answers(session))


def has_content(answers: Answers) -> bool:
    """Whether the answers hold anything a person would miss: a choice, or a message or sender."""
    for step_id, values in answers.items():
        if step_id == "message":
            if isinstance(values, dict) and any(values.get(key) for key in ("sms_text", "sender_hash", "sender_public")):
                return True
        elif values:
            return True
    return False


def save_answers(session: SessionBase, step_id: str, values: dict[str, Any]) -> None:
    """Store one step's answers. Saving answers is what creates a session (nothing else in the wizard
    writes to it); a session holding nothing but an empty message step lives EMPTY_SESSION_AGE instead
    of a week, so scripted posts of empty forms leave no week-long rows behind."""
    from django.conf import settings

    answers = get_answers(session)
    answers[step_id] = values
    session[ANSWERS_KEY] = answers
    session.set_expiry(settings.SESSION_COOKIE_AGE if has_content(answers) else settings.EMPTY_SESSION_AGE)


def message_answers(text: str, sender: str, analysis: Any) -> dict[str, Any]:
    """The message step's answers, built from the raw input and its analysis, with personal data removed."""
    from triage.anonymize import sender_hash

    # Names found in the whole message go from the evidence fragments too, where no cue is left around them.
    scrubbed, names = scrub_with_names(text) if text else ("", frozenset())
    values: dict[str, Any] = {"sms_text": scrubbed}
    if analysis is None:
        return values | {"risk": "", "flags": [], "sender_kind": "none", "institution": ""}
    kind = analysis.sender_kind
    values.update(
        {
            "risk": analysis.risk if text or sender else "",
            "flags": [flag.code for flag in analysis.flags],
            "evidence": {flag.code: [scrub(item, names) for item in flag.evidence][:5] for flag in analysis.flags},
            "sender_kind": kind,
            "sender_subkind": getattr(analysis, "sender_subkind", ""),
            "institution": analysis.institution.code if analysis.institution else "",
            "sender_public": public_sender(sender, kind),
            "sender_hash": sender_hash(sender) if sender else "",
        }
    )
    return values
