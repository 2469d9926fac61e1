"""Keep request bodies and personal data out of error reports and logs.

- `ScrubbingExceptionReporterFilter` (settings.DEFAULT_EXCEPTION_REPORTER_FILTER): no POST values, no
  cookies, no local variables, and of the request environment only a few technical keys (no IP address,
  no user agent, no referrer).
- `ScrubbingExceptionReporter` (settings.DEFAULT_EXCEPTION_REPORTER): also scrubs what the filter has no
  hook for: the exception message (scrubbed), its notes and the message of every chained cause ("The
  above exception (…) was the direct cause …"; only the cause's type is shown), the query string and GET
  values. Causes and notes lose their text entirely: they are often built from raw input ("徐海涛
  13812345678") where a bare name has no cue for the scrubber to find.
- `ScrubLogFilter` (on every log handler; a deploy check insists): no request object and no exception
  object on the record, message and traceback text passed through the scrubber.
"""

from __future__ import annotations

import logging
from typing import Any

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

# The only request environment keys an error report keeps: enough to tell what was called, nothing
# about who called it.
SAFE_META_KEYS = frozenset(
    {
        "REQUEST_METHOD",
        "PATH_INFO",
        "SCRIPT_NAME",
        "SERVER_NAME",
        "SERVER_PORT",
        "SERVER_PROTOCOL",
        "CONTENT_TYPE",
        "CONTENT_LENGTH",
        "wsgi.url_scheme",
    }
)


def _scrub(text: str) -> str:
    # Imported late: logging is configured before the apps are ready.
    from triage.anonymize import scrub

    return scrub(text)


class ScrubbingExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports show no POST data, no cookies, no local variables and no identifying headers."""

    def is_active(self, request) -> bool:
        # Also with DEBUG on: a developer's screen or a pasted report must not show a person's message.
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [("(hidden)", self.cleansed_substitute)]

    def get_safe_cookies(self, request):
        if not hasattr(request, "COOKIES"):
            return {}
        return {key: self.cleansed_substitute for key in request.COOKIES}

    def get_safe_request_meta(self, request):
        if not hasattr(request, "META"):
            return {}
        return {
            key: (_scrub(str(value)) if key in SAFE_META_KEYS else self.cleansed_substitute)
            for key, value in request.META.items()
            if key in SAFE_META_KEYS or key.startswith("HTTP_")
        }


class ScrubbingExceptionReporter(ExceptionReporter):
    """The technical 500 report (and the admin e-mail) without personal data in what the filter misses."""

    def get_traceback_data(self) -> dict[str, Any]:
        data = super().get_traceback_data()
        cleansed = ScrubbingExceptionReporterFilter.cleansed_substitute
        if data.get("exception_value"):
            data["exception_value"] = _scrub(str(data["exception_value"]))
        if data.get("exception_notes"):
            data["exception_notes"] = "\n(notes hidden)"
        if "request_GET_items" in data:
            data["request_GET_items"] = [(key, cleansed) for key, _value in data["request_GET_items"]]
        if data.get("request_insecure_uri") and self.request is not None:
            data["request_insecure_uri"] = _scrub(self.request.path)
        if data.get("request") is not None and self.request is not None:
            data["request_GET_items"] = [(key, cleansed) for key in self.request.GET]
            # The templates print request.path_info in the title and heading.
            data["request"] = _ScrubbedRequest(self.request)
        if "request_FILES_items" in data:
            # An uploaded file's name can be "王建国_身份证….jpg".
            data["request_FILES_items"] = [(key, cleansed) for key, _value in data["request_FILES_items"]]
        if data.get("unicode_hint"):
            data["unicode_hint"] = cleansed
        return data

    def get_traceback_frames(self):
        # Each frame names the exception that caused the one it belongs to (`raise … from exc`, or an
        # exception raised while handling another); both report templates print its message.
        frames = super().get_traceback_frames()
        for frame in frames:
            cause = frame.get("exc_cause")
            if cause is not None:
                frame["exc_cause"] = f"{type(cause).__module__}.{type(cause).__qualname__}: (message hidden)"
        return frames


class _ScrubbedRequest:
    """The request as the report templates see it: the same, but with a scrubbed path."""

    def __init__(self, request) -> None:
        self._request = request
        self.path = _scrub(request.path)
        self.path_info = _scrub(request.path_info)

    def __getattr__(self, name: str):
        return getattr(self._request, name)


class ScrubLogFilter(logging.Filter):
    """Drop the request object from log records and scrub personal data from messages and tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            # The request holds the body and the client's address; handlers must not see it.
            record.request = None
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 -- a broken format string still gets logged, scrubbed
            message = str(record.msg)
        record.msg = _scrub(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            # Formatted here so the text handlers print (Formatter reuses exc_text) is the scrubbed one.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _scrub(record.exc_text)
        # Handlers that read the exception object itself (error trackers, mail) would see it raw.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = _scrub(record.stack_info)
        return True


class OncePerMinuteFilter(logging.Filter):
    """One record per kind of failure a minute on `django.request`.

    During a database outage every request fails the same way: thousands of identical tracebacks a
    minute bury everything else and fill the disk. A kind is the exception's class and where it was
    raised (or the status code for a failure answered without one, such as the 503 page). Database
    errors are logged as one line without the traceback: it says nothing the first line does not.
    Counted per process, which is what a log reader sees anyway.
    """

    WINDOW = 60  # seconds

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[tuple[str, ...], float] = {}
        self._dropped: dict[tuple[str, ...], int] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        import time

        from django.db import DatabaseError

        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else ""
            kind: tuple[str, ...] = (type(exc).__name__, where)
        else:
            kind = (str(getattr(record, "status_code", "")), record.levelname)
        now = time.monotonic()
        if now - self._last.get(kind, -self.WINDOW) < self.WINDOW:
            self._dropped[kind] = self._dropped.get(kind, 0) + 1
            return False
        self._last[kind] = now
        dropped = self._dropped.pop(kind, 0)
        if isinstance(exc, DatabaseError):
            first_line = (str(exc).strip().splitlines() or [""])[0][:200]
            record.msg = "Database unavailable (%s: %s)"
            record.args = (type(exc).__name__, first_line)
            record.exc_info = None
            record.exc_text = None
        if dropped:
            record.msg = f"{record.msg} [{dropped} more like this in the last minute not logged]"
        return True
