"""The site's forms: the wizard's steps, then the letters and the evidence log a person takes away.

Each `clean_*` returns a domain value; views copy fields explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from triage import evidence, letters
from triage.languages import punctuation

# The analyser's own limit: a real SMS is at most a few hundred characters; 5,000 leaves room for a
# whole conversation pasted at once.
MAX_TEXT_LENGTH = 5000
MAX_SENDER_LENGTH = 40

# C0 controls other than tab and newlines arrive from binary pastes and NUL bytes; the replacement
# character is what Django puts where the body was not valid UTF-8.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def displayable(data: QueryDict) -> QueryDict:
    """A copy of the POST data safe to echo back: unreadable characters become U+FFFD.

    The person keeps everything they typed; the form then explains which field holds unreadable data.
    """
    copy = data.copy()
    for key in copy:
        copy.setlist(key, [_UNREADABLE.sub("\ufffd", value) for value in copy.getlist(key)])
    return copy


def _reject_unreadable(value: str) -> str:
    if _UNREADABLE.search(value):
        raise forms.ValidationError(
            _("This contains characters that cannot be read (they are shown as �). Paste the message as plain text."),
            code="unreadable",
        )
    return value


YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class CalmForm(forms.Form):
    danger = forms.ChoiceField(
        label=_("Is anyone threatening your safety right now, or waiting for you at home or at work?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )


class MessageForm(forms.Form):
    sms_text = forms.CharField(
        label=_("Text of the message"),
        help_text=_("Paste the whole message. Up to 5,000 characters."),
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off", "spellcheck": "false"}),
        required=False,
        strip=True,
    )
    sender = forms.CharField(
        label=_("Sender's number"),
        help_text=_("As shown on your phone, e.g. 106980095555 or +86 170 1234 5678."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
        required=False,
        strip=True,
    )

    def clean_sms_text(self) -> str:
        text = _reject_unreadable(self.cleaned_data["sms_text"])
        if len(text) > MAX_TEXT_LENGTH:
            raise forms.ValidationError(
                _("The message can be at most 5,000 characters; this is %(count)d characters. Paste only the message itself."),
                params={"count": len(text)},
                code="too_long",
            )
        return text

    def clean_sender(self) -> str:
        sender = _reject_unreadable(self.cleaned_data["sender"])
        if len(sender) > MAX_SENDER_LENGTH:
            raise forms.ValidationError(_("A sender's number is at most 40 characters. Copy only the number."), code="too_long")
        return sender


# The kinds of creditor the analyser's institution list knows; the verify step pre-selects one of them.
CREDITOR_TYPES = ("bank", "consumer_finance", "online_platform", "small_loan")


class VerifyForm(forms.Form):
    relation = forms.ChoiceField(
        label=_("Whose debt is the message about?"),
        choices=[
            ("mine_known", _("Mine: I know this loan or card")),
            ("mine_unknown", _("It names me, but I do not recognise this debt")),
            ("someone_else", _("Someone else's: a relative, colleague or friend")),
            ("unsure", _("I am not sure")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the answer closest to your situation.")},
    )
    creditor_type = forms.ChoiceField(
        label=_("Who says you owe them?"),
        choices=[
            ("bank", _("A bank or its credit-card centre")),
            ("consumer_finance", _("A consumer-finance company")),
            ("online_platform", _("An online lending app or platform")),
            ("small_loan", _("A small-loan company")),
            ("unknown", _("The message does not say / I do not know")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )
    third_party_role = forms.ChoiceField(
        label=_("If it is someone else's debt: who are you to them?"),
        choices=[
            ("family", _("Family member")),
            ("employer", _("Employer or colleague")),
            ("contact", _("Friend or other contact")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )
    legal_claim = forms.ChoiceField(
        label=_("Does the message say you have been sued, or that a court or the police are involved?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )


def _without_none(values: list[str]) -> list[str]:
    """ "None of these" only counts when nothing else is ticked."""
    chosen = [value for value in values if value != "none"]
    return chosen or (["none"] if "none" in values else [])


class ProtectForm(forms.Form):
    shared = forms.MultipleChoiceField(
        label=_("Have you already given them any of these?"),
        choices=[
            ("code", _("A verification code from a text message")),
            ("password", _("A password or PIN")),
            ("card", _("My full bank-card number")),
            ("id_photo", _("A photo of my ID card")),
            ("screen_share", _("I shared my screen or installed an app they suggested")),
            ("transfer", _("I transferred money")),
            ("none", _("None of these")),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def clean_shared(self) -> list[str]:
        return _without_none(self.cleaned_data["shared"])


class ContactForm(forms.Form):
    wants = forms.MultipleChoiceField(
        label=_("What do you want from the creditor?"),
        choices=[
            ("verify_debt", _("A written explanation of the debt")),
            ("instalments", _("More time or instalments: I cannot pay it all now")),
            ("stop_third_party", _("Stop contacting my family, employer or friends")),
            ("none", _("Nothing for now")),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def clean_wants(self) -> list[str]:
        return _without_none(self.cleaned_data["wants"])


class LegalForm(forms.Form):
    behaviours = forms.MultipleChoiceField(
        label=_("Has the collector done any of these?"),
        choices=[
            ("threats", _("Threatened me or my family")),
            ("violence", _("Used or promised violence, came to my home")),
            ("insults", _("Insulted or humiliated me")),
            ("night", _("Called or texted between 22:00 and 08:00")),
            ("frequent", _("Kept calling: more than 6 unanswered attempts in a day")),
            ("third_party", _("Contacted my family, employer or contacts")),
            ("fake_legal", _("Pretended to be a court, lawyer or the police")),
            ("fees", _("Asked for extra fees, a deposit or a new loan")),
            ("fraud", _("Asked me to transfer money to a personal or “safe” account")),
            ("none", _("None of these")),
        ],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def clean_behaviours(self) -> list[str]:
        return _without_none(self.cleaned_data["behaviours"])


class ResumeForm(forms.Form):
    code = forms.CharField(
        label=_("Resume code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
        error_messages={"required": _("Enter the code shown on your plan.")},
    )

    def clean_code(self) -> str:
        return _reject_unreadable(self.cleaned_data["code"])


STEP_FORMS: dict[str, type[forms.Form]] = {
    "CalmForm": CalmForm,
    "MessageForm": MessageForm,
    "VerifyForm": VerifyForm,
    "ProtectForm": ProtectForm,
    "ContactForm": ContactForm,
    "LegalForm": LegalForm,
}


# ---------------------------------------------------------------------------------------------------------
# What the person takes away: nothing typed on these forms is stored
# ---------------------------------------------------------------------------------------------------------


class LabelSuffixMixin:
    """Form labels end in "：" in Chinese and ":" in English (Django's default is ":" in both)."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", punctuation()["suffix"])
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]


MAX_LENGTH_MESSAGE = _("Please shorten this to %(limit_value)d characters (it has %(show_value)d).")
NULL_CHARACTER_MESSAGE = _("This contains an invisible control character, often from copying. Please retype it.")


def _explain_null_characters(field: forms.Field) -> None:
    # Django's own wording for a NUL byte is cryptic (and its Chinese translation wrong); say what to do.
    for validator in field.validators:
        if isinstance(validator, ProhibitNullCharactersValidator):
            validator.message = NULL_CHARACTER_MESSAGE


# Letters

LANG_CHOICES = [("zh-hans", "中文（简体）"), ("en", "English")]

FIELD_LABELS = {
    "name": _("Your name"),
    "contact": _("Your phone number or email"),
    "creditor": _("Name of the creditor or platform"),
    "collector_number": _("The collector's phone number"),
    "message_date": _("Date of the message or call"),
    "amount": _("Amount claimed"),
    "original_text": _("The message as received (original text)"),
    "what_happened": _("What happened"),
}
FIELD_HELP = {
    "message_date": _("For example 2026-11-28."),
    "amount": _("For example 5000; the letter adds the unit (yuan)."),
    "original_text": _(
        "Optional, up to 2,000 characters: paste the message exactly as it arrived, with the number or account in "
        "it. It replaces the copy with personal data removed. Like everything here, it is not saved."
    ),
    "what_happened": _("In your own words, up to 2,000 characters. Leave it empty to write it by hand."),
}


class LetterForm(LabelSuffixMixin, forms.Form):
    """The typed fields of a letter; all optional, since a blank is left visible to fill in by hand."""

    letter = forms.ChoiceField(label=_("Letter"), widget=forms.RadioSelect)
    lang = forms.ChoiceField(label=_("Language of the letter"), choices=LANG_CHOICES, widget=forms.RadioSelect)
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("docx", _("Word document (.docx)")), ("txt", _("Plain text (.txt)")), ("print", _("Page to print"))],
        initial="docx",
        widget=forms.RadioSelect,
    )

    def __init__(
        self,
        *args: Any,
        slugs: Sequence[str],
        lang: str,
        kind: letters.LetterKind | None = None,
        applicable: Sequence[str] = (),
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        letter_field = self.fields["letter"]
        assert isinstance(letter_field, forms.ChoiceField)
        letter_field.choices = [(slug, letters.registry()[slug].title(lang)) for slug in slugs]
        self.fields["lang"].initial = lang
        if applicable:
            self.fields["letter"].initial = applicable[0]
        if kind is not None:
            # One letter per page: the chooser becomes a fixed hidden value.
            self.fields["letter"].initial = kind.slug
            self.fields["letter"].widget = forms.HiddenInput()
        field_names = kind.fields if kind is not None else letters.FIELDS
        for name in field_names:
            widget = forms.Textarea(attrs={"rows": 6}) if name in letters.TEXT_FIELDS else forms.TextInput()
            self.fields[name] = forms.CharField(
                label=FIELD_LABELS[name],
                help_text=FIELD_HELP.get(name, ""),
                required=False,
                max_length=letters.FIELD_MAX_LENGTH[name],
                widget=widget,
                error_messages={"max_length": MAX_LENGTH_MESSAGE},
            )
            _explain_null_characters(self.fields[name])

    @property
    def typed_fields(self):
        return [self[name] for name in letters.FIELDS if name in self.fields]

    @property
    def carried_fields(self):
        """Everything the letter page hands back to the form, so going back (or switching language) loses nothing."""
        return [self["letter"], self["lang"], self["format"], *self.typed_fields]


# The evidence log

# Each row is 8 fields; the settings allow 400 fields per request, so 40 rows leave room for the rest.
MAX_EVIDENCE_ROWS = 40
START_ROWS = 3

CHANNEL_CHOICES = [("sms", _("SMS")), ("call", _("Phone call")), ("wechat", _("WeChat")), ("other", _("Other"))]


class EvidenceEntryForm(LabelSuffixMixin, forms.Form):
    when = forms.DateTimeField(
        label=_("Date and time"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    sender = forms.CharField(label=_("Number or sender"), max_length=100, required=False)
    channel = forms.ChoiceField(label=_("Channel"), choices=CHANNEL_CHOICES, initial="sms")
    demanded = forms.CharField(label=_("What was demanded"), max_length=500, required=False)
    threats = forms.CharField(label=_("Threats, if any"), max_length=500, required=False)
    third_parties = forms.CharField(label=_("Third parties contacted, if any"), max_length=300, required=False)
    fingerprint = forms.RegexField(
        label=_("Screenshot fingerprint (SHA-256)"),
        regex=r"^[0-9a-fA-F]{64}$",
        required=False,
        error_messages={"invalid": _("A fingerprint is 64 characters from 0–9 and a–f.")},
    )

    def to_entry(self) -> evidence.Entry:
        data = self.cleaned_data
        return evidence.Entry(
            when=data["when"],
            sender=data["sender"],
            channel=data["channel"],
            demanded=data["demanded"],
            threats=data["threats"],
            third_parties=data["third_parties"],
            fingerprint=data["fingerprint"].lower(),
        )


for _field in EvidenceEntryForm.base_fields.values():
    _explain_null_characters(_field)


EvidenceFormSet = forms.formset_factory(
    EvidenceEntryForm,
    extra=0,
    can_delete=True,
    max_num=MAX_EVIDENCE_ROWS,
    absolute_max=MAX_EVIDENCE_ROWS,
    validate_max=True,
)


class _StartingFormSet(forms.BaseFormSet):
    # A row filled from the checked message is a suggestion, not a saved entry: the form tells the server
    # it has no initial rows, so a posted row is judged only on what it holds, and a row the person clears
    # is simply left out.
    def initial_form_count(self) -> int:
        return 0 if not self.is_bound else super().initial_form_count()


# The first visit shows a few empty rows; posted formsets use EvidenceFormSet (no extra rows).
BlankEvidenceFormSet = forms.formset_factory(
    EvidenceEntryForm,
    formset=_StartingFormSet,
    extra=START_ROWS,
    can_delete=True,
    max_num=MAX_EVIDENCE_ROWS,
    absolute_max=MAX_EVIDENCE_ROWS,
)
