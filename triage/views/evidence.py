"""The evidence log: rows the person types, checked against the collection rules, printed or exported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from triage import evidence, letters
from triage.forms import CHANNEL_CHOICES, MAX_EVIDENCE_ROWS, BlankEvidenceFormSet, EvidenceEntryForm, EvidenceFormSet
from triage.languages import PUNCTUATION, punctuation, ui_lang
from triage.limits import limit_posts
from triage.views.takeaway import attachment, read_answers


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
    lang = ui_lang()
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
        "punct": punctuation(),
        "rules": {"night_from": "22:00", "night_to": "08:00", "per_day": evidence.MAX_ATTEMPTS_PER_DAY},
    }
    return render(request, "triage/evidence.html", ctx, status=status)


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
        sender = f"〔{sender_kind_label(kind, ui_lang())}〕"
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
        row = message_row(read_answers(request))
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
    lang = ui_lang()
    entries = _entries(formset)
    today = timezone.localdate()
    name, ascii_name = evidence.file_name(lang, fmt, today), evidence.ascii_file_name(fmt, today)
    if fmt == "csv":
        return attachment(evidence.to_csv(entries, lang), "text/csv; charset=utf-8", name, ascii_name)
    findings = breach_messages(evidence.check_entries(entries), lang)
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return attachment(evidence.to_xlsx(entries, lang, findings), content_type, name, ascii_name)
