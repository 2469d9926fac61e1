"""Friendly error pages: translated, with the way back, never a stack trace."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _


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
    return _error(request, 500, _("Something went wrong on our side"), _("Your saved answers are kept. Please try again in a moment."))


def csrf_failure(request, reason: str = ""):
    return forbidden(request)
