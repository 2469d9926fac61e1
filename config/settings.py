"""Settings for 应对催收短信 · Collection-SMS Triage.

One file, every value from the environment with a safe local default, so a fresh clone runs.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

# A placeholder that the system check (triage/checks.py) refuses in production.
PLACEHOLDER_SECRET_KEY = "dev-only-insecure-key-change-me"


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("true", "1", "yes", "on"):
        return True
    if value.lower() in ("false", "0", "no", "off"):
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return int(value)


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Shorter keys are guessable offline from a copy of the case table or a signed cookie.
MIN_KEY_LENGTH = 32


def env_key(name: str, default: str, *, production: bool) -> str:
    """A secret from the environment: set but empty is always a mistake, and in production it must be
    long. Refusing here stops the app (gunicorn, manage.py, check --deploy) with the reason."""
    from django.core.exceptions import ImproperlyConfigured

    value = os.environ.get(name)
    if value is None:
        return default
    if not value.strip():
        raise ImproperlyConfigured(f"{name} is set but empty (see README, Configuration).")
    if production and len(value) < MIN_KEY_LENGTH:
        raise ImproperlyConfigured(
            f"{name} is {len(value)} characters long; production needs {MIN_KEY_LENGTH} or more random characters."
        )
    return value


DEBUG = env_bool("DEBUG", False)
# The placeholder is accepted outside DEBUG only when asked for explicitly (the benchmarks do).
_PRODUCTION = not DEBUG and not env_bool("ALLOW_PLACEHOLDER_SECRET", False)
SECRET_KEY = env_key("SECRET_KEY", PLACEHOLDER_SECRET_KEY, production=_PRODUCTION)
if _PRODUCTION and SECRET_KEY == PLACEHOLDER_SECRET_KEY:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see README, Configuration).")
# Key for the keyed hash of sender numbers in the case store; falls back to SECRET_KEY.
SENDER_HASH_KEY = env_key("SENDER_HASH_KEY", SECRET_KEY, production=_PRODUCTION)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "triage",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "triage.middleware.PrivatePagesMiddleware",
    # Refuses an admin-login flood before anything that touches the database.
    "triage.middleware.LoginFloodGateMiddleware",
    # Django's, plus a 503 page when the database is down as the session is saved.
    "triage.middleware.SessionMiddleware",
    "triage.middleware.ChineseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so their process_exception sees what the views raise.
    "triage.middleware.DatabaseOutageMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default is written by every app server worker at once (the rate limits' and the admin lockout's cache rows):
    # a transaction takes the write lock when it begins, so two writers never meet halfway and fail with "database is locked",
    # and a writer waits up to 20 s for the lock instead of 5. (A login flood in `make bench` drew one 500 on this file.)
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds rate-limit counters and admin lockouts, shared by every app server: the database
# (table made by `manage.py createcachetable`) unless REDIS_URL names a Redis server.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "triage_cache"}
    )
}

# Per-client limits on every POST that writes (triage/limits.py); over the limit, the 429 page keeps
# what was typed. A client is an IPv4 address or an IPv6 /64; behind the proxy, the address it saw.
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
RATELIMIT_USE_CACHE = "default"
RATELIMIT_VIEW = "triage.views.errors.too_many_requests"
RATELIMIT_IP_META_KEY = "triage.limits.client_ip"
# A cache that cannot answer must not take the site down with it: the database outage page covers that.
RATELIMIT_FAIL_OPEN = True

# Admin login: django-axes locks a user name, or a client address, out after 5 wrong passwords for 15
# minutes. Attempts are counted in the cache under a SHA-256 of the name or address, never in a table,
# and expire with the lockout window; nothing is logged with them (AXES_VERBOSE off).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "triage.limits.client_ip"
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOCKOUT_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "triage.views.errors.admin_locked_out"
# The attempts live in the cache, so axes' own admin tables stay empty: hiding them keeps the review's
# home page to what reviewers use (and free of axes' untranslated English).
AXES_ENABLE_ADMIN = False
# The admin lives at its own path (ADMIN_PATH), so scripts knocking at /admin/ find nothing.
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/").strip("/") + "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions live in the database, so several app servers share them and none keeps local state.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Answers expire after 7 days. A session is only made when an answer is saved; one whose
# answers are all empty lives an hour (triage/session.py).
SESSION_COOKIE_AGE = 7 * 24 * 3600
EMPTY_SESSION_AGE = 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
# Opt-in: preloading is hard to undo, and other subdomains may not all serve HTTPS yet.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Django's checks ask for both; they are a choice here, not an oversight (see above).
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
# "same-origin": other sites never learn where a visitor came from; "no-referrer" would make
# Chromium send "Origin: null" on our own form posts, which CSRF rejects.
SECURE_REFERRER_POLICY = "same-origin"
CSRF_FAILURE_VIEW = "triage.views.errors.csrf_failure"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Nothing may come from another origin: no CDN, no font, no analytics.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 7 * 24 * 3600
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Bodies up to 2 MB reach the form, which explains its 5,000-character limit and gives the text back;
# only beyond that does the request stop at a friendly 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 400

# Error reports never carry request bodies or personal data.
DEFAULT_EXCEPTION_REPORTER_FILTER = "triage.reporting.ScrubbingExceptionReporterFilter"
DEFAULT_EXCEPTION_REPORTER = "triage.reporting.ScrubbingExceptionReporter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "scrub": {"()": "triage.reporting.ScrubLogFilter"},
        "once_a_minute": {"()": "triage.reporting.OncePerMinuteFilter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["scrub"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Django's own defaults add handlers without the filter (a console one and mail_admins on "django",
    # one on "django.server"): these entries replace them. A deploy check (triage.W004) warns about any
    # handler without the scrub filter.
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Request errors are logged without the request object (which holds the body).
        # One line per kind of failure a minute: an outage must not log a traceback per request.
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["once_a_minute"],
        },
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

LOGIN_URL = f"/{ADMIN_PATH}login/"

# Cases older than this are purged by `manage.py purge_cases`.
CASE_RETENTION_DAYS = env_int("CASE_RETENTION_DAYS", 365)
