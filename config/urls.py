from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("triage.urls")),
]

handler400 = "triage.views.errors.bad_request"
handler403 = "triage.views.errors.forbidden"
handler404 = "triage.views.errors.not_found"
handler500 = "triage.views.errors.server_error"
