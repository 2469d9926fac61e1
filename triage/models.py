from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Crockford-style alphabet without look-alikes (0/O, 1/I/L), easy to read out over the phone.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
# Resume codes: 12 characters, about 59 bits (twelve or more are asked for).
RESUME_CODE_LENGTH = 12


def random_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalize_code(raw: str) -> str:
    """Accept codes typed with spaces, dashes or lower case."""
    return "".join(ch for ch in raw.upper() if ch in CODE_ALPHABET)


class ResumeManager(models.Manager):
    def live(self):
        return self.filter(expires_at__gt=timezone.now())


class Resume(models.Model):
    """A code that lets a person open their answers on another device.

    It points at a server-side session (which holds only scrubbed answers) and dies with it. The code is
    12 characters from a 31-letter alphabet (about 59 bits) derived from the session key with
    SECRET_KEY, so every request for the session shows the same code without keeping it anywhere; the
    table keeps only its keyed hash, so a copy of the table opens nothing, and guesses are
    limited per client (triage.limits).
    """

    code_hash = models.CharField(max_length=64, unique=True)
    # One code per session: the unique column is what makes two taps on "get a code" give one code.
    session_key = models.CharField(max_length=40, unique=True)
    expires_at = models.DateTimeField()

    objects = ResumeManager()

    def __str__(self) -> str:
        return f"resume code expiring {self.expires_at:%Y-%m-%d}"

    @staticmethod
    def hash_code(raw: str) -> str:
        return hmac.new(settings.SECRET_KEY.encode(), b"resume:" + normalize_code(raw).encode(), hashlib.sha256).hexdigest()

    @staticmethod
    def code_for(session_key: str) -> str:
        """The session's code: the same on every request, unknown without SECRET_KEY."""
        digest = hmac.new(settings.SECRET_KEY.encode(), b"resume-code:" + session_key.encode(), hashlib.sha256).digest()
        number, letters = int.from_bytes(digest, "big"), []
        for _place in range(RESUME_CODE_LENGTH):
            number, index = divmod(number, len(CODE_ALPHABET))
            letters.append(CODE_ALPHABET[index])
        return "".join(letters)

    @classmethod
    def find(cls, raw: str) -> Resume | None:
        return cls.objects.live().filter(code_hash=cls.hash_code(raw)).first() if normalize_code(raw) else None

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
        code_hash = cls.hash_code(cls.code_for(session_key))
        try:
            with transaction.atomic():
                return cls.objects.create(code_hash=code_hash, session_key=session_key, expires_at=expires_at)
        except IntegrityError:
            # Another request for this session won.
            existing = cls.objects.live().filter(session_key=session_key).first()
            if existing is None:
                raise
            return existing

    @property
    def display_code(self) -> str:
        """The code as the plan shows it, or "" if SECRET_KEY changed since it was issued."""
        code = self.code_for(self.session_key)
        if self.hash_code(code) != self.code_hash:
            return ""
        return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


class CaseQuerySet(models.QuerySet):
    def older_than(self, days: int):
        """Cases whose day lies more than `days` days back (retention)."""
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
    # Verbose names: the review is in Chinese too, and the admin builds labels ("按日期筛选") from them.
    code = models.CharField(_("code"), max_length=16, unique=True)
    deletion_hash = models.CharField(_("deletion code hash"), max_length=64, unique=True)
    text = models.TextField(_("scrubbed text"))
    sender_kind = models.CharField(_("sender kind"), max_length=32, blank=True)
    sender_hash = models.CharField(_("sender hash"), max_length=64, blank=True, db_index=True)
    institution = models.CharField(_("claimed institution"), max_length=32, blank=True)
    flags = models.JSONField(_("warning signs"), default=list, blank=True)
    risk = models.CharField(_("risk"), max_length=8, choices=Risk.choices)
    answers = models.JSONField(_("answers (choices only)"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=8)
    day = models.DateField(_("day"), db_index=True)
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)

    objects = CaseQuerySet.as_manager()

    class Meta:
        # Never by id or insertion order: within a day the random public code decides.
        ordering = ["-day", "code"]
        verbose_name = _("shared case")
        verbose_name_plural = _("shared cases")

    def __str__(self) -> str:
        # The admin's headings and breadcrumbs show this: in the reviewer's language.
        return gettext("case %(code)s (%(risk)s, %(day)s)") % {
            "code": self.code,
            "risk": self.get_risk_display(),
            "day": f"{self.day:%Y-%m-%d}",
        }

    @staticmethod
    def hash_deletion_code(raw: str) -> str:
        return hashlib.sha256(normalize_code(raw).encode()).hexdigest()


class PatternQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Pattern.Status.CONFIRMED)


class Pattern(models.Model):
    """A family of near-duplicate shared cases (one scam template), found by triage.review.families.

    It starts as a candidate; a reviewer confirms it as a named pattern, which then warns people whose
    message matches it, or dismisses it. Each decision is a PatternDecision. The example is the scrubbed
    text of one case of the family, never anything more.
    """

    class Status(models.TextChoices):
        CANDIDATE = "candidate", _("Candidate")
        CONFIRMED = "confirmed", _("Confirmed")
        DISMISSED = "dismissed", _("Dismissed")

    code = models.CharField(_("code"), max_length=16, unique=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.CANDIDATE)
    example = models.TextField(_("example (scrubbed)"))
    reports = models.PositiveIntegerField(_("reports"), default=0)
    first_day = models.DateField(_("first day"), null=True)
    last_day = models.DateField(_("last day"), null=True)
    # [[code, how many cases of the family carry it], …], most frequent first.
    flags = models.JSONField(_("common flags"), default=list, blank=True)
    sender_kinds = models.JSONField(_("sender kinds"), default=list, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=120, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=120, blank=True)
    description_zh = models.TextField(_("description (Chinese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    advice_zh = models.TextField(_("advice (Chinese)"), blank=True)
    advice_en = models.TextField(_("advice (English)"), blank=True)

    objects = PatternQuerySet.as_manager()

    class Meta:
        ordering = ["status", "-reports", "code"]
        verbose_name = _("scam pattern")
        verbose_name_plural = _("scam patterns")
        permissions = [("decide_pattern", _("Can confirm or dismiss a pattern candidate"))]

    def __str__(self) -> str:
        return self.title_zh or f"{self.get_status_display()} {self.code}"

    # Bilingual texts for the `local` template filter ({{ pattern|local:"title" }}).
    def title(self, lang: str) -> str:
        return self.title_en if lang.startswith("en") and self.title_en else self.title_zh

    def description(self, lang: str) -> str:
        return self.description_en if lang.startswith("en") and self.description_en else self.description_zh

    def advice(self, lang: str) -> str:
        return self.advice_en if lang.startswith("en") and self.advice_en else self.advice_zh

    def confirm(self, reviewer, **texts: str) -> PatternDecision:
        """Name the pattern (title, description, advice in both languages) and make it warn people."""
        with transaction.atomic():
            for name, value in texts.items():
                setattr(self, name, value)
            self.status = self.Status.CONFIRMED
            self.save()
            return PatternDecision.record(self, reviewer, PatternDecision.Action.CONFIRM, texts)

    def dismiss(self, reviewer, note: str = "") -> PatternDecision:
        with transaction.atomic():
            self.status = self.Status.DISMISSED
            self.save(update_fields=["status"])
            return PatternDecision.record(self, reviewer, PatternDecision.Action.DISMISS, {"note": note})


class PatternDecision(models.Model):
    """Who decided what about a pattern, and when. Never changed after it is written."""

    class Action(models.TextChoices):
        CONFIRM = "confirm", _("Confirmed")
        DISMISS = "dismiss", _("Dismissed")

    pattern = models.ForeignKey(Pattern, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("pattern"))
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    # The account may be deleted later; the name it had stays with the decision.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("reviewer")
    )
    reviewer_name = models.CharField(_("reviewer name"), max_length=150)
    at = models.DateTimeField(_("at"), default=timezone.now)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("pattern decision")
        verbose_name_plural = _("pattern decisions")

    def __str__(self) -> str:
        return f"{self.reviewer_name} {self.get_action_display()} {self.pattern.code} {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, pattern: Pattern, reviewer, action: str, details: dict) -> PatternDecision:
        return cls.objects.create(
            pattern=pattern, action=action, reviewer=reviewer, reviewer_name=reviewer.get_username(), details=details
        )


class CaseDay(models.Model):
    """What the review dashboard counts for one day of shared cases, kept so that a load reads a row a
    day instead of every case of the last half year (triage.review.daily keeps it up to date).

    `counts` holds codes and numbers only, never text: {"risk": {"high": 3, …}, "flags": {…},
    "institutions": {…}, "domains": {…}, "senders": {…}}.
    """

    day = models.DateField(_("day"), unique=True)
    cases = models.PositiveIntegerField(_("cases"), default=0)
    counts = models.JSONField(_("counts"), default=dict)

    class Meta:
        ordering = ["day"]
        verbose_name = _("day of cases")
        verbose_name_plural = _("days of cases")

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d}: {self.cases}"
