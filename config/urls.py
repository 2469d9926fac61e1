from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from triage.limits import limit_posts
from triage.views import health

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    # Before the admin's own URLs: the login form, limited per client (django-axes adds the lockout).
    path(f"{settings.ADMIN_PATH}login/", limit_posts("admin_login")(admin.site.login), name="admin_login_limited"),
    path(settings.ADMIN_PATH, admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("", include("triage.urls")),
]

handler400 = "triage.views.errors.bad_request"
handler403 = "triage.views.errors.forbidden"
handler404 = "triage.views.errors.not_found"
handler500 = "triage.views.errors.server_error"
