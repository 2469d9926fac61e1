from __future__ import annotations

import os

# Playwright's sync API runs an event loop in the test thread; live_server's ORM calls are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
