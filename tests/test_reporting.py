"""Error reports and log records carry no personal data, whatever part of the request holds it."""

from __future__ import annotations

import logging
import sys

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.views.debug import get_exception_reporter_class

from triage.reporting import ScrubLogFilter

# Built at run time: the report shows source lines around each frame, and these must not be found there.
MOBILE = "138" + "12345678"
ID_NUMBER = "110105" + "19491231002X"
NAME = "王" + "建国"


def report_for(request, exc: BaseException) -> tuple[str, str]:
    try:
        raise exc
    except type(exc):
        reporter = get_exception_reporter_class(request)(request, *sys.exc_info())
    return reporter.get_traceback_html(), reporter.get_traceback_text()


class TestTechnicalReport:
    def test_the_path_is_scrubbed_in_title_heading_and_url(self):
        request = RequestFactory().get(f"/documents/x-{MOBILE}-{ID_NUMBER}/")
        for report in report_for(request, RuntimeError("boom")):
            assert MOBILE not in report and ID_NUMBER not in report
            assert "/documents/x-" in report

    def test_uploaded_file_names_are_hidden(self):
        upload = SimpleUploadedFile(f"{NAME}_身份证{ID_NUMBER}.jpg", b"\xff\xd8", content_type="image/jpeg")
        request = RequestFactory().post("/documents/", {"photo": upload})
        for report in report_for(request, RuntimeError("boom")):
            assert ID_NUMBER not in report and NAME not in report

    def test_the_unicode_hint_is_hidden(self):
        request = RequestFactory().get("/")
        error = UnicodeDecodeError("utf-8", f"{NAME} 手机{MOBILE}".encode(), 0, 30, "bad")
        for report in report_for(request, error):
            assert MOBILE not in report and NAME not in report


class TestLogFilter:
    def test_no_handler_after_the_filter_sees_the_raw_exception(self):
        try:
            raise ValueError(f"cannot analyse sender={MOBILE}")
        except ValueError:
            record = logging.getLogger("test").makeRecord(
                "test", logging.ERROR, __file__, 1, "failed for %s", (MOBILE,), sys.exc_info()
            )
        assert ScrubLogFilter().filter(record)
        assert record.exc_info is None
        assert MOBILE not in record.getMessage() and MOBILE not in record.exc_text
        assert "ValueError" in record.exc_text
