"""The staff dashboard (issue 11): in the admin's frame (wrapped by `admin_view` in triage/admin.py, which
asks for a staff login), for staff who may read cases."""

from __future__ import annotations

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
