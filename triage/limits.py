"""Per-client limits on the POSTs that write, through django-ratelimit and Django's cache.

The counters live in the shared cache (the database, or Redis with REDIS_URL), so every app server
counts the same client together. A cache key is a hash of the client's address and the window; it
expires with the window, so no address outlives it. Over the limit, `RatelimitMiddleware` hands the
request to `triage.views.errors.too_many_requests`, a 429 page that gives back what was typed.

The rates: a person filling in the wizard posts a step every few seconds at most, shares one case,
deletes one, and types a resume code once or twice. Each limit is several times that and far below
the floods once measured here (9,860 shares a minute and 468 resume guesses a second from one client).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.decorators import ratelimit

# group → rates; every rate in the list applies (a burst limit and a longer one).
RATES: dict[str, tuple[str, ...]] = {
    # Answering a step or checking a message: 60 a minute is one a second, beyond any person.
    "step": ("60/m",),
    # The 11th share in a minute from one client is refused.
    "share": ("10/m", "50/h"),
    "delete": ("10/m", "50/h"),
    # Resume codes: about 59 bits each (12 characters); 10 guesses a minute and 50 a day from one
    # client make a search hopeless even with a million live codes.
    "resume": ("10/m", "50/d"),
    "resume_code": ("10/m",),
    "start_over": ("20/m",),
    # Letters and evidence exports are built on the fly from what was typed: CPU, not storage.
    "documents": ("30/m",),
    # Wrong admin passwords are also counted per user name by django-axes; this caps one client's
    # PBKDF2 work whatever user names it tries.
    "admin_login": ("10/m", "100/h"),
}


def client_ip(request: HttpRequest) -> str:
    """The client's address: behind the proxy (BEHIND_PROXY) the last X-Forwarded-For entry, the one
    our own proxy appended; anything before it was written by the client and proves nothing."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"


def limit_posts(group: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Every rate of `group`, per client address, on POST only; GETs are never counted."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        for rate in reversed(RATES[group]):
            view = ratelimit(group=f"triage.{group}", key="ip", rate=rate, method="POST", block=True)(view)
        return view

    return decorate
