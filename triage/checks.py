from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_production_settings(app_configs, **kwargs) -> list[Warning]:
    warnings = []
    if settings.SECRET_KEY == settings.PLACEHOLDER_SECRET_KEY or len(settings.SECRET_KEY) < 32:
        warnings.append(Warning("SECRET_KEY is the placeholder or too short.", id="triage.W001"))
    if settings.SENDER_HASH_KEY == settings.PLACEHOLDER_SECRET_KEY:
        warnings.append(Warning("SENDER_HASH_KEY is the placeholder.", id="triage.W002"))
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        warnings.append(
            Warning(
                "Production runs on SQLite: several app servers need PostgreSQL (DATABASE_URL).",
                id="triage.W003",
            )
        )
    return warnings
