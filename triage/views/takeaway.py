"""What the pages a person takes away (letters, the evidence log, the checklist) share.

Everything typed on these pages is used for one response and dropped: no model, no session write, no log
line. `sensitive_post_parameters` keeps the fields out of error reports too; `never_cache` keeps the files
and the print page out of shared caches.
"""

from __future__ import annotations

from urllib.parse import quote

from django.http import HttpRequest, HttpResponse

from triage.answers import Answers
from triage.session import get_active_answers


def read_answers(request: HttpRequest) -> Answers:
    # Read only: the documents pages never write to the session. Only steps on the person's path count.
    return Answers.of(get_active_answers(request.session))


def attachment(content: bytes, content_type: str, filename: str, ascii_filename: str) -> HttpResponse:
    """A download whose name is readable in Chinese, with an ASCII name for clients that ignore filename*."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename=\"{ascii_filename}\"; filename*=UTF-8''{quote(filename, safe='')}"
    return response
