from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_production_settings(app_configs, **kwargs) -> list[Warning]:
    warnings = []
    if settings.SECRET_KEY == settings.PLACEHOLDER_SECRET_KEY or len(settings.SECRET_KEY) < 32:
        warnings.append(Warning("SECRET_KEY is the placeholder or too short.", id="triage.W001"))
    if settings.SENDER_HASH_KEY == settings.PLACEHOLDER_SECRET_KEY or len(settings.SENDER_HASH_KEY) < 32:
        warnings.append(
            Warning("SENDER_HASH_KEY is the placeholder or too short: stored sender hashes could be reversed.", id="triage.W002")
        )
    if not settings.REDIS_URL and not settings.CACHES["default"]["BACKEND"].endswith(("DatabaseCache", "RedisCache")):
        warnings.append(
            Warning("The cache is local to each process: rate limits and lockouts would not be shared.", id="triage.W005")
        )
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        warnings.append(
            Warning(
                "Production runs on SQLite: several app servers need PostgreSQL (DATABASE_URL).",
                id="triage.W003",
            )
        )
    return warnings


@register(Tags.security, deploy=True)
def check_log_handlers_scrub(app_configs, **kwargs) -> list[Warning]:
    """Every log handler must carry the scrubbing filter: a handler without it would log raw text."""
    import logging

    from triage.reporting import ScrubLogFilter

    loggers = [logging.getLogger()] + [
        logger for logger in logging.Logger.manager.loggerDict.values() if isinstance(logger, logging.Logger)
    ]
    unfiltered = {
        handler
        for logger in loggers
        for handler in logger.handlers
        # (A library's NullHandler, e.g. tldextract's, writes nothing anywhere.)
        if not isinstance(handler, logging.NullHandler) and not any(isinstance(f, ScrubLogFilter) for f in handler.filters)
    }
    return [
        Warning(f"Log handler {handler!r} has no ScrubLogFilter: it could log personal data.", id="triage.W004")
        for handler in sorted(unfiltered, key=repr)
    ]


@register()
def check_content_files(app_configs, **kwargs) -> list[Error]:
    """Every content file in triage/data/ fits its schema: no unknown keys, wrong types or missing sources."""
    from triage.content import check_all

    return [Error(problem, id="triage.E010") for problem in check_all()]


@register(Tags.database)
def check_database_reachable(app_configs, databases=None, **kwargs) -> list[Error]:
    """`manage.py check --database default`: the database in DATABASE_URL answers. (Unapplied
    migrations are the startup check's business, config/wsgi.py: `migrate` runs this check too, just
    before it applies them.)"""
    from triage.startup import database_problem

    found: list[Error] = []
    for alias in databases or []:
        problem = database_problem(alias)
        if problem and "not applied" not in problem:
            found.append(Error(f"Database {alias!r}: {problem}.", id="triage.E001"))
    return found
