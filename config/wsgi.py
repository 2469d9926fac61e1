from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Fail fast: a wrong DATABASE_URL or unapplied migrations stop the app server here, with the reason,
# instead of booting a site that fails on its first POST.
from triage.startup import verify_database  # noqa: E402

verify_database()
