from __future__ import annotations

from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = "应对催收短信"

    def ready(self) -> None:
        from triage import checks  # noqa: F401  (registers the deploy checks)
