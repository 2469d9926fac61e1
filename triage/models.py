from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
    # One code per session: the unique column is what makes two taps on "get a code" give one code.
    session_key = models.CharField(max_length=40, unique=True)
    expires_at = models.DateTimeField()

    objects = ResumeManager()

    def __str__(self) -> str:
        return f"resume code expiring {self.expires_at:%Y-%m-%d}"

    @classmethod
    def issue(cls, session_key: str) -> Resume:
        """The session's live code, made if there is none. Concurrent calls for one session return the
        same row: the loser of the INSERT race finds the winner's."""
        # Dead codes point at sessions that no longer exist: drop them whenever a new one is made.
        cls.objects.filter(expires_at__lte=timezone.now()).delete()
        existing = cls.objects.live().filter(session_key=session_key).first()
        if existing:
            return existing
        expires_at = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
        try:
            with transaction.atomic():
                return cls.objects.create(code=random_code(10), session_key=session_key, expires_at=expires_at)
        except IntegrityError:
            # Another request for this session won (or, once in 2^49, the random code was taken).
            existing = cls.objects.live().filter(session_key=session_key).first()
            if existing is None:
                raise
            return existing

    @property
    def display_code(self) -> str:
        return f"{self.code[:5]}-{self.code[5:]}"


class CaseQuerySet(models.QuerySet):
    def older_than(self, days: int):
        """Cases whose day lies more than `days` days back (retention, issue 4)."""
        return self.filter(day__lt=timezone.localdate() - timedelta(days=days))


class Case(models.Model):
    """One anonymously shared collection message, for warning others and for reviewers.

    Only scrubbed and coded data: no sender number (its kind and a keyed hash), no IP address, no user
    agent, no time of day (the day only). The primary key is a random UUID, not a sequence, so a row's
    position cannot be matched against the time and IP address in access logs. The deletion code is stored as a SHA-256 hash, so a copy of
    the table cannot be used to delete cases; 16 characters from a 31-letter alphabet (about 79 bits)
    make a plain hash safe against guessing.
    """

    class Risk(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM = "medium", _("Medium")
        LOW = "low", _("Low")

    class Source(models.TextChoices):
        WIZARD = "wizard", _("Wizard")
        IMPORT = "import", _("Import")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(max_length=16, unique=True)
    deletion_hash = models.CharField(max_length=64, unique=True)
    text = models.TextField()
    sender_kind = models.CharField(max_length=32, blank=True)
    sender_hash = models.CharField(max_length=64, blank=True, db_index=True)
    institution = models.CharField(max_length=32, blank=True)
    flags = models.JSONField(default=list, blank=True)
    risk = models.CharField(max_length=8, choices=Risk.choices)
    answers = models.JSONField(default=dict, blank=True)
    language = models.CharField(max_length=8)
    day = models.DateField(db_index=True)
    source = models.CharField(max_length=8, choices=Source.choices)

    objects = CaseQuerySet.as_manager()

    class Meta:
        # Never by id or insertion order: within a day the random public code decides.
        ordering = ["-day", "code"]

    def __str__(self) -> str:
        return f"case {self.code} ({self.risk}, {self.day:%Y-%m-%d})"

    @staticmethod
    def hash_deletion_code(raw: str) -> str:
        return hashlib.sha256(normalize_code(raw).encode()).hexdigest()
