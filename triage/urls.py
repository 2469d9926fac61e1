from __future__ import annotations

from django.urls import path

from triage.views import wizard

app_name = "triage"

urlpatterns = [
    path("", wizard.home, name="home"),
]
