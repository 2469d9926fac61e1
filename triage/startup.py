"""Is the database this process was given usable? Asked at startup (config/wsgi.py), by
`manage.py check --database default` and by /healthz.

A wrong DATABASE_URL or a release whose migrations were not applied used to boot and then fail on the
first POST; now the app server refuses to start with the reason.
"""

from __future__ import annotations


def database_problem(alias: str = "default") -> str:
    """Why the database cannot serve this code, or "" when it can."""
    from django.db import DatabaseError, connections
    from django.db.migrations.executor import MigrationExecutor

    connection = connections[alias]
    try:
        connection.ensure_connection()
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        first_line = (str(exc).strip().splitlines() or [""])[0]
        return f"the database in DATABASE_URL cannot be reached ({type(exc).__name__}: {first_line})"
    if pending:
        names = ", ".join(f"{migration.app_label}.{migration.name}" for migration, _backwards in pending[:5])
        return f"{len(pending)} migration(s) not applied ({names}); run manage.py migrate"
    return ""


def verify_database() -> None:
    """Raise ImproperlyConfigured, stopping the app server, when the database cannot serve this code."""
    from django.core.exceptions import ImproperlyConfigured

    problem = database_problem()
    if problem:
        raise ImproperlyConfigured(f"Refusing to start: {problem}.")
