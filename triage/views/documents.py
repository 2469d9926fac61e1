"""What the person takes away: letters, the evidence log and the printable checklist.

Everything typed on these forms is used for one response and dropped: no model, no session write, no log
line. `sensitive_post_parameters` keeps the fields out of error reports too; `never_cache` keeps the files
and the print page out of shared caches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from django import forms
from django.conf import settings
from django.core.validators import ProhibitNullCharactersValidator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import activate, get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from triage import dialling, evidence, letters
from triage.limits import limit_posts
from triage.session import get_active_answers

# ---------------------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------------------


def _answers(request: HttpRequest) -> Mapping[str, Any]:
    # Read only: the documents pages never write to the session. Only steps on the person's path count.
    return get_active_answers(request.session)


def _ui_lang() -> str:
    lang = get_language() or letters.LANGS[0]
    return "en" if lang.startswith("en") else "zh-hans"


def _attachment(content: bytes, content_type: str, filename: str, ascii_filename: str) -> HttpResponse:
    """A download whose name is readable in Chinese, with an ASCII name for clients that ignore filename*."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{ascii_filename}"; filename*=UTF-8\'\'{quote(filename, safe="")}'
    )
    return response


LANG_CHOICES = [("zh-hans", "中文（简体）"), ("en", "English")]


# Punctuation between a label and its value and in lists: full-width in Chinese ("姓名：", "第1、2条").
PUNCTUATION = {
    "zh-hans": {"colon": "：", "list": "、", "semi": "；", "comma": "，", "open": "（", "close": "）", "suffix": "："},
    "en": {"colon": ": ", "list": ", ", "semi": "; ", "comma": ", ", "open": " (", "close": ")", "suffix": ":"},
}


def _punct() -> dict[str, str]:
    return PUNCTUATION[_ui_lang()]


class LabelSuffixMixin:
    """Form labels end in "：" in Chinese and ":" in English (Django's default is ":" in both)."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("label_suffix", _punct()["suffix"])
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]


# ---------------------------------------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------------------------------------

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


MAX_LENGTH_MESSAGE = _("Please shorten this to %(limit_value)d characters (it has %(show_value)d).")
NULL_CHARACTER_MESSAGE = _("This contains an invisible control character, often from copying. Please retype it.")


def _explain_null_characters(field: forms.Field) -> None:
    # Django's own wording for a NUL byte is cryptic (and its Chinese translation wrong); say what to do.
    for validator in field.validators:
        if isinstance(validator, ProhibitNullCharactersValidator):
            validator.message = NULL_CHARACTER_MESSAGE


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


UI_LANGS = {"zh-hans", "en"}


def _set_language_cookie(response: HttpResponse, lang: str) -> None:
    """What Django's set_language view does, for the switch on the letter page (a preference, not a field)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        lang,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,  # type: ignore[arg-type]  # a setting, "Lax" by default
    )


def _ordered_slugs(applicable: Sequence[str]) -> list[str]:
    """Applicable letters first (in their order of relevance), then the rest."""
    rest = [slug for slug in letters.registry() if slug not in applicable]
    return [*applicable, *rest]


def _letter_page(request: HttpRequest, kind: letters.LetterKind | None) -> HttpResponse:
    # The letter page's own language switch posts the typed fields back here (the header's switch would
    # redirect to an empty form): the new language applies to this response and is remembered in the cookie.
    ui_lang = request.POST.get("ui_lang", "") if request.method == "POST" else ""
    if ui_lang in UI_LANGS:
        activate(ui_lang)
        request.LANGUAGE_CODE = ui_lang
    lang = _ui_lang()
    answers = _answers(request)
    applicable = letters.applicable_letters(answers)
    slugs = _ordered_slugs(applicable)
    form = LetterForm(request.POST or None, slugs=slugs, lang=lang, kind=kind, applicable=applicable)
    # "Back to the form" on the letter page posts everything back: the form comes back filled, nothing stored.
    editing = request.method == "POST" and "edit" in request.POST
    if request.method == "POST" and form.is_valid() and not editing:
        data = form.cleaned_data
        # On a letter's own page the page decides which letter, whatever the hidden field says.
        slug = kind.slug if kind is not None else data["letter"]
        letter = letters.build_letter(slug, data["lang"], answers, data)
        if data["format"] == "print":
            ctx = {
                "letter": letter,
                "form": form,
                "back_url": reverse("triage:letter", args=[kind.slug]) if kind is not None else request.path,
                "other_lang": "en" if lang == "zh-hans" else "zh-hans",
            }
            response = render(request, "triage/letter.html", ctx)
            if ui_lang in UI_LANGS:
                _set_language_cookie(response, ui_lang)
            return response
        to_bytes, content_type = letters.FORMATS[data["format"]]
        ext = data["format"]
        return _attachment(to_bytes(letter), content_type, letter.filename(ext), letter.ascii_filename(ext))

    ctx = {
        "form": form,
        "kind": kind,
        "kind_title": kind.title(lang) if kind else "",
        "kinds": [
            {"slug": slug, "title": letters.registry()[slug].title(lang), "applicable": slug in applicable}
            for slug in slugs
        ],
        "has_answers": bool(answers),
        "punct": _punct(),
    }
    response = render(request, "triage/documents.html", ctx)
    if ui_lang in UI_LANGS:
        _set_language_cookie(response, ui_lang)
    return response


@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "POST"])
@limit_posts("documents")
def documents(request: HttpRequest) -> HttpResponse:
    # The list of letters only; each letter's own page holds its form. A POST naming a letter (older pages
    # and bookmarks posted here) is handled as that letter's page.
    if request.method == "POST":
        kind = letters.get_kind(str(request.POST.get("letter", "")))
        if kind is not None:
            return _letter_page(request, kind)
    return _letter_page(request, None)


@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "POST"])
@limit_posts("documents")
def letter(request: HttpRequest, slug: str) -> HttpResponse:
    kind = letters.get_kind(slug)
    if kind is None:
        raise Http404("unknown letter")
    return _letter_page(request, kind)


# ---------------------------------------------------------------------------------------------------------
# Evidence log
# ---------------------------------------------------------------------------------------------------------

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


def _entries(formset: Any) -> list[evidence.Entry]:
    """The filled, not-deleted rows, in the order the person entered them (breaches cite row numbers)."""
    return [form.to_entry() for form in formset.forms if form.has_changed() and not form.cleaned_data.get("DELETE")]


def breach_messages(breaches: Sequence[evidence.Breach], lang: str) -> list[dict[str, Any]]:
    """Each broken rule in words, with the legal bases it rests on (wording from legal_bases.toml)."""
    laws = letters.legal_bases()["law"]
    suffix = letters.data_lang(lang)
    messages = []
    for breach in breaches:
        rows = PUNCTUATION["en" if suffix == "en" else "zh-hans"]["list"].join(str(row) for row in breach.rows)
        if breach.rule == "night":
            text = gettext(
                "Contacts between 22:00 and 08:00: %(count)s (rows %(rows)s). "
                "Unless you agreed to them, the guideline does not allow these."
            ) % {
                "count": breach.count,
                "rows": rows,
            }
        elif breach.rule == "too_many":
            # The log does not say whether the calls were answered; the rule only limits unanswered ones.
            text = gettext(
                "%(count)s contacts from %(sender)s on %(day)s (rows %(rows)s): if these calls went unanswered, "
                "this may exceed the limit of 6 unanswered attempts a day."
            ) % {
                "count": breach.count,
                "sender": breach.sender,
                "day": breach.day.isoformat() if breach.day else "",
                "rows": rows,
            }
        elif breach.rule == "third_party":
            text = gettext("Third parties were contacted (rows %(rows)s).") % {"rows": rows}
        else:
            text = gettext("Threats were made (rows %(rows)s).") % {"rows": rows}
        bases = [
            {
                "title": laws[key][f"title_{suffix}"],
                "issuer": laws[key].get(f"issuer_{suffix}", ""),
                "source": laws[key]["source"],
                "mark": laws[key]["mark"],
            }
            for key in breach.bases
        ]
        messages.append({"rule": breach.rule, "text": text, "bases": bases})
    return messages


def _with_extra_row(data: Mapping[str, Any]) -> dict[str, Any]:
    """The POSTed rows plus one empty row: "add a row" without JavaScript, nothing kept on the server."""
    copy = {key: data.get(key) for key in data}
    key = "form-TOTAL_FORMS"
    try:
        total = int(copy.get(key) or 0)
    except ValueError:
        total = 0
    copy[key] = str(min(total + 1, MAX_EVIDENCE_ROWS))
    if total < MAX_EVIDENCE_ROWS:
        # The new row carries the channel a blank row shows; without it the row counts as changed, is
        # validated, and greets the person with "required" on every field they have not reached yet.
        copy.setdefault(f"form-{total}-channel", EvidenceEntryForm.base_fields["channel"].initial)
    return copy


def _evidence_page(
    request: HttpRequest, formset: Any, status: int = 200, printing: bool = False, prefilled: bool = False
) -> HttpResponse:
    lang = _ui_lang()
    entries: list[evidence.Entry] = []
    breaches: list[dict[str, Any]] = []
    checked = False
    if formset.is_bound and formset.is_valid():
        entries = _entries(formset)
        breaches = breach_messages(evidence.check_entries(entries), lang)
        checked = True
    channel_names = dict(CHANNEL_CHOICES)
    ctx = {
        "formset": formset,
        "entries": [
            {"entry": entry, "when": entry.local_when, "channel": channel_names.get(entry.channel, entry.channel)}
            for entry in entries
        ],
        "breaches": breaches,
        "checked": checked,
        "printing": printing and checked,
        "prefilled": prefilled,
        "max_rows": MAX_EVIDENCE_ROWS,
        "punct": _punct(),
        "rules": {"night_from": "22:00", "night_to": "08:00", "per_day": evidence.MAX_ATTEMPTS_PER_DAY},
    }
    return render(request, "triage/evidence.html", ctx, status=status)


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

# "What was demanded" holds at most this much of the message (the field's max_length).
DEMANDED_MAX_LENGTH = getattr(EvidenceEntryForm.base_fields["demanded"], "max_length", None) or 500


def message_row(answers: Mapping[str, Any]) -> dict[str, str] | None:
    """The first row of the log, from the message the person checked: only what the session already holds
    (the text with personal details replaced, the sender's kind or public number). The date it arrived is
    not known here and is left for the person to fill in."""
    from triage.analysis.sender import sender_kind_label

    saved = answers.get("message")
    if not isinstance(saved, Mapping):
        return None
    text = str(saved.get("sms_text") or "").strip()
    public = str(saved.get("sender_public") or "")
    kind = str(saved.get("sender_kind") or "none")
    if not text and not public and kind == "none":
        return None
    if public:
        sender = public
    elif kind not in ("", "none"):
        # Bracketed like the scrubber's placeholders: a kind stands where the number was, to be typed over.
        sender = f"〔{sender_kind_label(kind, _ui_lang())}〕"
    else:
        sender = ""
    if len(text) > DEMANDED_MAX_LENGTH:
        text = text[: DEMANDED_MAX_LENGTH - 1] + "…"
    return {"channel": "sms", "sender": sender, "demanded": text}


@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "POST"])
@limit_posts("documents")
def evidence_log(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        row = message_row(_answers(request))
        return _evidence_page(request, BlankEvidenceFormSet(initial=[row] if row else None), prefilled=bool(row))
    action = request.POST.get("action", "check")
    if action == "add":
        return _evidence_page(request, EvidenceFormSet(_with_extra_row(request.POST)))
    return _evidence_page(request, EvidenceFormSet(request.POST), printing=action == "print")


@sensitive_post_parameters()
@never_cache
@require_POST
@limit_posts("documents")
def evidence_export(request: HttpRequest) -> HttpResponse:
    fmt = request.GET.get("format", "")
    formset = EvidenceFormSet(request.POST)
    if fmt not in ("xlsx", "csv") or not formset.is_valid():
        return _evidence_page(request, formset)
    lang = _ui_lang()
    entries = _entries(formset)
    today = timezone.localdate()
    name, ascii_name = evidence.file_name(lang, fmt, today), evidence.ascii_file_name(fmt, today)
    if fmt == "csv":
        return _attachment(evidence.to_csv(entries, lang), "text/csv; charset=utf-8", name, ascii_name)
    findings = breach_messages(evidence.check_entries(entries), lang)
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return _attachment(evidence.to_xlsx(entries, lang, findings), content_type, name, ascii_name)


# ---------------------------------------------------------------------------------------------------------
# Checklist
# ---------------------------------------------------------------------------------------------------------


def checklist_items(answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Tick-box items: the personal ones from the answers first, then the steps everyone should take."""
    def step(name: str) -> Mapping[str, Any]:
        # Sessions outlive deployments: tolerate a step saved in an older or damaged shape.
        value = answers.get(name)
        return value if isinstance(value, Mapping) else {}

    def codes(name: str, key: str) -> set[str]:
        value = step(name).get(key)
        return {str(v) for v in value} if isinstance(value, (list, tuple, set)) else set()

    calm, message, verify = step("calm"), step("message"), step("verify")
    shared = codes("protect", "shared") - {"none"}
    flags = codes("message", "flags")
    behaviours = codes("legal", "behaviours")
    wants = codes("contact", "wants")
    relation = verify.get("relation", "")
    creditor_type = verify.get("creditor_type", "")

    items: list[str] = []
    if calm.get("danger") == "yes" or behaviours & {"violence"}:
        items.append(gettext("If you are in danger now, call 110."))
    if "transfer" in shared:
        items.append(gettext("You sent money: call 110 or 96110 now and ask your bank to stop the payment."))
    if shared & {"code", "password", "card"}:
        items.append(gettext("Call your bank on the number on the back of your card; freeze the card and change passwords."))
    if "screen_share" in shared:
        items.append(gettext("End any screen sharing, uninstall apps you were asked to install, change your passwords."))
    if "id_photo" in shared:
        items.append(gettext("You sent a photo of your ID: check your credit report in a few weeks for loans you did not take."))
    if flags & {"safe_account", "student_loan_cancel", "asks_secrets"}:
        items.append(gettext("Do not transfer money or give any code: no real institution uses a \"safe account\"."))
    if "fake_legal" in flags or "fake_legal" in behaviours:
        items.append(gettext("Check any \"court\" or \"case filed\" claim by calling 12368 yourself."))
    if relation == "mine_unknown" or "unknown_platform" in flags:
        items.append(gettext("Get your own credit report (ipcrs.pbccrc.org.cn) to see whether this debt exists."))
        items.append(gettext("Send the creditor the debt-verification letter before paying anything."))
    if relation == "someone_else":
        items.append(gettext("You are not liable for someone else's debt: send the letter asking them to stop contacting you."))
    if behaviours & {"third_party"} and relation != "someone_else":
        items.append(gettext("Send the letter asking the creditor to stop contacting third parties."))
    if behaviours & {"threats", "insults", "night", "frequent", "third_party", "fake_legal", "fees"}:
        if creditor_type in ("bank", "consumer_finance"):
            items.append(gettext("Complain to the creditor first, then to 12378 if nothing changes."))
        elif creditor_type == "small_loan":
            items.append(gettext("Complain to the creditor first, then to the local financial regulatory bureau."))
        elif creditor_type == "online_platform":
            items.append(gettext("Report the platform to NIFA (jubao.nifa.org.cn)."))
    if behaviours & {"threats", "fraud"}:
        items.append(gettext("Report threats or fraud to the police (110) with your evidence log."))
    if message.get("risk") in ("high", "medium") or flags & {"link", "odd_sender"}:
        items.append(gettext("Report the message to 12321 (text \"number*content\" to 12321)."))
    if "instalments" in wants and relation != "someone_else":
        items.append(gettext("If you cannot pay in full, send the repayment-plan request to the creditor."))

    # Everyone: keep evidence, use official channels only.
    items += [
        gettext("Do not click links in the message and do not call back the number that sent it."),
        gettext("Screenshot every message and keep the call log; note the date and time of each contact."),
        gettext("Contact the creditor only through its official app or the number on your card or contract."),
        gettext("Pay only into the creditor's official account, never a personal one, and keep the receipt."),
        gettext("For free legal advice or legal aid, call 12348."),
    ]
    unique = list(dict.fromkeys(items))  # the first of each, in order
    return [{"text": text} for text in unique]


CHECKLIST_CHANNELS = ("c110", "c96110", "c12321", "c12378", "c12363", "credit_center", "nifa", "c12348", "c12368")


def _institution(answers: Mapping[str, Any]) -> Any:
    # Only a lender: a court or the police named in a fake message is not "the creditor" (letters.CREDITOR_KINDS).
    return letters.creditor_institution(answers)


_PHONE_RE = re.compile(r"^\+?[0-9][0-9 -]*[0-9]$")


def _dialable(numbers: Sequence[str]) -> list[dict[str, str]]:
    """Each number with a link when it is a phone number (a web address such as NIFA's has none): 12321
    takes reports by SMS, and calls on its own line beside it."""
    out = []
    for number in numbers:
        text = str(number).strip()
        if text == dialling.REPORT_SMS_NUMBER:
            out.append({"text": text, "href": dialling.sms_href()})
            out.append({"text": dialling.REPORT_CALL_NUMBER, "href": dialling.tel_href(dialling.REPORT_CALL_NUMBER)})
            continue
        href = dialling.tel_href(text) if _PHONE_RE.match(text) else ""
        out.append({"text": text, "href": href})
    return out


@never_cache
@require_http_methods(["GET"])
def checklist(request: HttpRequest) -> HttpResponse:
    lang = _ui_lang()
    suffix = letters.data_lang(lang)
    answers = _answers(request)
    channels = letters.legal_bases()["channel"]
    numbers = [
        {
            "numbers": _dialable([channels[key]["number"]]),
            "name": channels[key][f"name_{suffix}"],
            "text": channels[key][f"text_{suffix}"],
        }
        for key in CHECKLIST_CHANNELS
    ]
    institution = _institution(answers)
    if institution is not None:
        listed = {channels[key]["number"] for key in CHECKLIST_CHANNELS}
        service_numbers = [str(n) for n in getattr(institution, "service_numbers", ()) or () if str(n) not in listed]
        if service_numbers:
            numbers.insert(
                0,
                {
                    "numbers": _dialable(service_numbers),
                    "name": institution.name(lang),
                    "text": gettext("The creditor's official customer-service number."),
                },
            )
    ctx = {
        "items": checklist_items(answers),
        "numbers": numbers,
        "personal": bool(answers),
        "letters": [
            {"slug": slug, "title": letters.registry()[slug].title(lang)}
            for slug in letters.applicable_letters(answers)
        ],
    }
    return render(request, "triage/checklist.html", ctx)
