from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict, deque

from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.db import DatabaseError, DataError, IntegrityError
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import add_never_cache_headers


def chosen_language(request) -> str:
    """The language the person chose with the switch on the page, else simplified Chinese."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in {code for code, _name in settings.LANGUAGES} else settings.LANGUAGE_CODE


class ChineseFirstLocaleMiddleware(LocaleMiddleware):
    """Simplified Chinese unless the person chose English with the switch on the page.

    The browser's Accept-Language is ignored on purpose: the site is for people in mainland China, many
    on phones set to English, and a page that opens in the wrong language is one more thing to fear.
    """

    def process_request(self, request) -> None:
        translation.activate(chosen_language(request))
        request.LANGUAGE_CODE = translation.get_language()


# Features no page of ours uses; a script injected despite the CSP gets none of them either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "usb",
        "browsing-topics",
    )
)


class PrivatePagesMiddleware:
    """No page of the site may be kept by a browser or proxy cache: the steps and the plan show a
    person's answers and resume code, and a shared phone's back button or history must not bring them
    back. Static files are served before this by WhiteNoise, with their long cache headers.
    Also the Permissions-Policy header, on every response."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        add_never_cache_headers(response)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class LoginFloodGateMiddleware:
    """A first, in-process gate on the admin login: a client that has posted more wrong-password
    attempts to this worker than the shared limit allows is refused at once, before the session, the
    CSRF check, the database cache and the view.

    The shared limit (triage.limits, counted in the database cache or Redis) stays the rule; this only
    makes each refusal cheap, so that a flood takes little from the people using the site meanwhile.
    A worker counts only what it saw, over a sliding window as long as the shared limit's: no client
    gets more refusals from it than the shared limit allows attempts, though just after the shared
    limit's fixed window turns over it may still refuse for the rest of its own minute. The addresses
    live in this process's memory for one window at most and are never written anywhere.
    """

    MAX_CLIENTS = 10_000  # beyond this, the clients seen longest ago are forgotten first

    def __init__(self, get_response) -> None:
        from django.core.exceptions import MiddlewareNotUsed

        from triage.limits import RATES

        if not settings.RATELIMIT_ENABLE:
            raise MiddlewareNotUsed  # the limits are off (as in most tests): so is this mirror of one
        self.get_response = get_response
        self.path = f"/{settings.ADMIN_PATH}login/"
        count, _slash, period = RATES["admin_login"][0].partition("/")
        self.count = int(count)
        self.period = {"s": 1, "m": 60, "h": 3600, "d": 86400}[period]
        self.seen: OrderedDict[str, deque[float]] = OrderedDict()
        self.lock = threading.Lock()

    def __call__(self, request):
        if request.method == "POST" and request.path_info == self.path and self._over(request):
            return self._refuse(request)
        return self.get_response(request)

    def _over(self, request) -> bool:
        from triage.limits import client_ip

        key, now = client_ip(request), time.monotonic()
        with self.lock:
            times = self.seen.pop(key, None) or deque()
            while times and now - times[0] >= self.period:
                times.popleft()
            over = len(times) >= self.count
            if not over:
                times.append(now)
            self.seen[key] = times
            while len(self.seen) > self.MAX_CLIENTS:
                self.seen.popitem(last=False)
        return over

    def _refuse(self, request):
        from django.http import HttpResponse

        from triage.views.errors import login_flood_page

        language = chosen_language(request)
        with translation.override(language):
            body = login_flood_page()
        # Answered before the CSP and clickjacking middleware run: their headers are set here.
        headers = {
            "Retry-After": str(self.period),
            "Content-Language": language,
            "Content-Security-Policy": "default-src 'none'",
            "X-Frame-Options": "DENY",
        }
        return HttpResponse(body, status=429, headers=headers)


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's, except that a database outage while saving the session answers the 503 page (with
    what was typed) instead of a 500 with a traceback, and that a request still carrying the cookie of a
    session the person deleted with "start over" cannot open a new session with what it brought."""

    def process_response(self, request, response):
        session = getattr(request, "session", None)
        if session is not None and session.modified and _from_cleared_session(request):
            # An answer sent just before "start over" arrived after it: drop it rather than keep it in a
            # new session the person believes was deleted.
            # The cookies are left alone: "start over" already answered with the browser's new state.
            session.modified = False
        try:
            return super().process_response(request, response)
        except DatabaseError as exc:
            from triage.views.errors import database_unavailable

            _log_outage(request, exc)
            return database_unavailable(request)


def _from_cleared_session(request) -> bool:
    """The cookie named a session that is gone (its key did not load) and that an earlier "start over"
    deleted; "start over" itself may open a fresh session for its confirmation."""
    from triage.session import cleared_in, was_cleared

    cookie_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not cookie_key or request.session.session_key is not None or cleared_in(request):
        return False
    return was_cleared(cookie_key)


class DatabaseOutageMiddleware:
    """A view (or the session it reads) that cannot reach the database answers 503 with Retry-After,
    the site's own page and what was typed, also with DEBUG on. Logged once a minute per kind."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError) or isinstance(exception, (IntegrityError, DataError)):
            # A broken constraint or a bad value is a bug in our code, not an outage: let it be a 500.
            return None
        from triage.views.errors import database_unavailable

        _log_outage(request, exception)
        return database_unavailable(request)


def _log_outage(request, exc: BaseException) -> None:
    # Through django.request, whose filter keeps one line per kind a minute.
    logging.getLogger("django.request").error(
        "Service Unavailable: %s", request.path, exc_info=(type(exc), exc, exc.__traceback__), extra={"status_code": 503}
    )
