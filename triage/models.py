from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

# Crockford-style alphabet without look-alikes (0/O, 1/I/L), easy to read out over the phone.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def random_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalize_code(raw: str) -> str:
    """Accept codes typed with spaces, dashes or lower case."""
    return "".join(ch for ch in raw.upper() if ch in CODE_ALPHABET)


class ResumeManager(models.Manager):
    def live(self):
        return self.filter(expires_at__gt=timezone.now())


class Resume(models.Model):
    """A short code that lets a person open their answers on another device.

    It points at a server-side session (which holds only scrubbed answers) and dies with it.
    10 characters from a 31-letter alphabet: about 49 bits, unguessable at any rate we would allow.
    """

    code = models.CharField(max_length=16, unique=True)
    session_key = models.CharField(max_length=40, db_index=True)
    expires_at = models.DateTimeField()

    objects = ResumeManager()

    def __str__(self) -> str:
        return f"resume code expiring {self.expires_at:%Y-%m-%d}"

    @classmethod
    def issue(cls, session_key: str) -> Resume:
        existing = cls.objects.live().filter(session_key=session_key).first()
        if existing:
            return existing
        expires_at = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
        return cls.objects.create(code=random_code(10), session_key=session_key, expires_at=expires_at)

    @property
    def display_code(self) -> str:
        return f"{self.code[:5]}-{self.code[5:]}"
