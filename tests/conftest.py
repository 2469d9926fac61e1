from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so a run of the suite (and CI) is reproducible; a
# new example is found by running with HYPOTHESIS_PROFILE=explore. (A known one: the scrubber is not
# idempotent on "刘秀英市区 一村", whose first pass leaves "英市区 一村" that the second reads as an address.)
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# Playwright's sync API runs an event loop in the test thread; live_server's ORM calls are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Flags for a closed network and a root user: no sandbox, no background calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory) -> None:
    """SQLite tests use a file, not pytest-django's in-memory database: live_server hands an in-memory
    database's one connection to all its request threads, so concurrent requests (test_concurrency.py)
    would share one transaction. A file gives each thread its own connection, as on PostgreSQL. Each
    xdist worker has its own temporary folder, hence its own file."""
    from django.conf import settings

    for db_settings in settings.DATABASES.values():
        if db_settings["ENGINE"] == "django.db.backends.sqlite3" and not db_settings.get("TEST", {}).get("NAME"):
            db_settings.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.getbasetemp() / "test-db.sqlite3")
            # A throwaway database: no waiting for the disk at every commit.
            db_settings.setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous=OFF"


@pytest.fixture(scope="session", autouse=True)
def _static_manifest(django_test_environment) -> None:
    """Pages use the manifest storage, as in production: collect static files once if needed."""
    from django.conf import settings
    from django.core.management import call_command

    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _live_server_serves_static_like_production() -> None:
    """live_server puts Django's finder-based static handler in front of the site, which knows nothing
    of the manifest's hashed names; hand static files to WhiteNoise instead, as in production."""
    from django.contrib.staticfiles import handlers

    handlers.StaticFilesHandler = lambda application: application


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}; CI must run the browser tests.")
        pytest.skip("Chromium is not installed (apt-get install chromium).")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A phone: the site is built mobile first (390×844, as an iPhone 12–15).
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "zh-CN",
    }


@pytest.fixture
def rules_alone(monkeypatch):
    """The analyser without its wording model (triage/analysis/wording.py): what the rules decide by themselves."""
    from triage.analysis import wording

    monkeypatch.setattr(wording, "WEIGHTS", {})
    monkeypatch.setattr(wording, "KNOWN", frozenset())
