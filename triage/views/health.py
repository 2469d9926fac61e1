"""/healthz for the reverse proxy and the deploy script: the database answers and every migration is
applied. Plain text, no session, no template, so it stays cheap and says nothing about anyone."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from triage.startup import database_problem


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    if database_problem():
        # The reason goes to the operator's own check (manage.py check --database default), not to the web.
        return HttpResponse("unavailable\n", status=503, content_type="text/plain", headers={"Retry-After": "30"})
    return HttpResponse("ok\n", content_type="text/plain")
