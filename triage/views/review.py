"""The staff dashboard: in the admin's frame (wrapped by `admin_view` in triage/admin.py, which
asks for a staff login), for staff who may read cases."""

from __future__ import annotations

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from triage.review import dashboard as figures


def dashboard(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("triage.view_case"):
        raise PermissionDenied
    ctx = {**admin.site.each_context(request), "title": _("Review dashboard"), **figures.figures(timezone.localdate())}
    return render(request, "admin/triage/dashboard.html", ctx)


def dashboard_export(request: HttpRequest) -> HttpResponse:
    """The dashboard's figures as CSV for researchers and regulators: codes and counts, no free text."""
    if not request.user.has_perm("triage.view_case"):
        raise PermissionDenied
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="review-figures-{today:%Y-%m-%d}.csv"'
    # A byte-order mark so that Excel reads the Chinese labels as UTF-8.
    response.write("\ufeff")
    csv.writer(response).writerows(figures.export_rows(figures.figures(today)))
    return response
