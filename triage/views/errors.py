"""Friendly error pages: translated, with the way back, never a stack trace."""

from __future__ import annotations

import re
import sys

from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy


def _error(request, status: int, title: str, message: str):
    ctx = {"title": title, "message": message, "status": status}
    return render(request, "triage/error.html", ctx, status=status)


def bad_request(request, exception=None):
    return _error(
        request,
        400,
        _("We could not read that"),
        _("What was sent was too large or malformed. Nothing was saved from it. Go back and try again with a shorter text."),
    )


def forbidden(request, exception=None, reason: str = ""):
    return _error(
        request,
        403,
        _("This page has expired"),
        _("The form was open too long or cookies are blocked. Reload the page and send it again; your saved answers are kept."),
    )


def not_found(request, exception=None):
    return _error(request, 404, _("Page not found"), _("This address does not exist. Start from the first step."))


def server_error(request):
    # Raised outside a view (the session saved in a middleware, the cache) while the database is down.
    if isinstance(sys.exc_info()[1], DatabaseError):
        return database_unavailable(request)
    return _error(
        request, 500, _("Something went wrong on our side"), _("Your saved answers are kept. Please try again in a moment.")
    )


def csrf_failure(request, reason: str = ""):
    return forbidden(request)


# POST fields never given back: the CSRF token is renewed by the page, a password is never echoed.
_NOT_KEPT = ("csrfmiddlewaretoken", "password")
_CHOICE_VALUE = re.compile(r"[a-z0-9_-]{0,40}")
# Labels for the free-text fields people type most; any other keeps a generic label.
_KEPT_LABELS = {
    "sms_text": _lazy("The text message"),
    "sender": _lazy("Sender number"),
    "code": _lazy("Code"),
}


def _kept_fields(request) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
    """What was posted, to give back: free text as visible boxes, choices and buttons as hidden fields."""
    if request.method != "POST":
        return [], []
    try:
        posted = request.POST
    except Exception:  # a body Django refuses to parse has nothing to give back
        return [], []
    visible: list[dict[str, str]] = []
    hidden: list[tuple[str, str]] = []
    for name, values in posted.lists():
        if name.startswith(_NOT_KEPT):
            continue
        for value in values:
            if len(values) == 1 and (name in _KEPT_LABELS or not _CHOICE_VALUE.fullmatch(value)):
                label = _KEPT_LABELS.get(name) or _("Your entry (%(name)s)") % {"name": name}
                visible.append({"name": name, "value": value, "label": str(label), "id": f"kept-{len(visible)}"})
            else:
                hidden.append((name, value))
    return visible, hidden


def _keeping_input(request, status: int, title: str, message: str, *, retry_after: int):
    """A page that says what happened and gives back everything typed, ready to send again."""
    visible, hidden = _kept_fields(request)
    ctx = {
        "title": title,
        "message": message,
        "status": status,
        "kept": visible,
        "kept_hidden": hidden,
        "action": request.path if request.method == "POST" else "",
        "retry_minutes": max(1, -(-retry_after // 60)),
    }
    response = render(request, "triage/error.html", ctx, status=status)
    response["Retry-After"] = str(retry_after)
    if getattr(request, "htmx", None):
        # htmx swaps these two statuses (base.html's htmx-config): the whole page, not into a step panel.
        response["HX-Retarget"] = "body"
        response["HX-Reswap"] = "innerHTML"
    return response


def login_flood_page() -> str:
    """The small 429 a login flood gets, in the active language: no template, nothing typed given back."""
    return "<!doctype html><title>429</title><h1>{}</h1><p>{}</p>".format(
        escape(_("Too many attempts")), escape(_("Wait a minute and try again."))
    )


def too_many_requests(request, exception=None):
    """RATELIMIT_VIEW: one client posted more than triage.limits allows."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "admin_login_limited":
        # A login flood is answered as cheaply as possible, without the site's template, so that it
        # takes little from the people using the site meanwhile; nothing typed there is given back.
        return HttpResponse(
            login_flood_page(), status=429, headers={"Retry-After": "60", "Content-Language": get_language() or ""}
        )
    return _keeping_input(
        request,
        429,
        _("Too many attempts"),
        _(
            "This was sent too often from your connection. Nothing was saved from this attempt; your saved answers are kept. Wait a minute and send it again."
        ),
        retry_after=60,
    )


def admin_locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: this user name is locked out after too many wrong passwords."""
    from django.conf import settings

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _keeping_input(
        request,
        429,
        _("Too many wrong passwords"),
        _("This account is locked for %(minutes)d minutes after too many wrong passwords. Try again later.")
        % {"minutes": minutes},
        retry_after=minutes * 60,
    )


# Seconds a client is told to wait while the database is down; a restart of PostgreSQL takes about that.
OUTAGE_RETRY_AFTER = 30


def database_unavailable(request):
    return _keeping_input(
        request,
        503,
        _("The site is briefly unavailable"),
        _(
            "We cannot reach our database just now. Your saved answers are kept, and what you just typed is below: nothing was lost. Try again in a minute."
        ),
        retry_after=OUTAGE_RETRY_AFTER,
    )
