"""Keep request bodies and personal data out of error reports and logs."""

from __future__ import annotations

import logging

from django.views.debug import SafeExceptionReporterFilter


class ScrubbingExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports show no POST data, no cookies and no local variables at all."""

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [("(hidden)", self.cleansed_substitute)]

    def is_active(self, request) -> bool:
        return True


class ScrubLogFilter(logging.Filter):
    """Drop the request object from log records and scrub personal data from messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            record.request = None
        try:
            message = record.getMessage()
        except Exception:
            return True
        from triage.anonymize import scrub

        record.msg = scrub(message)
        record.args = ()
        return True
