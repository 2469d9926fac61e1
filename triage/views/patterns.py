"""The public page of confirmed scam patterns: what reviewers named, with a scrubbed example,
how many people reported it and what to do."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from triage.models import Pattern


def patterns(request: HttpRequest) -> HttpResponse:
    ctx = {"patterns": Pattern.objects.confirmed().order_by("-reports", "code")}
    return render(request, "triage/patterns.html", ctx)
