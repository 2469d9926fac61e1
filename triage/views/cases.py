"""Sharing a case anonymously and deleting it again. Thin: the pipeline is triage.cases."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from triage.cases import (
    AnalysisSummary,
    CaseInput,
    build_case,
    delete_by_code,
    display_deletion_code,
    new_deletion_code,
    record_shared_case,
)
from triage.forms import CalmForm, ContactForm, LegalForm, ProtectForm, VerifyForm
from triage.limits import limit_posts
from triage.models import Case
from triage.session import get_active_answers

# Session key of this person's share of their current message (see `_share_state`).
SHARE_KEY = "case_share"


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_("I agree that exactly the data shown above is stored anonymously"),
        required=True,
        error_messages={"required": _("Tick the box to agree, or leave this page: nothing is stored without it.")},
    )


class DeleteForm(forms.Form):
    code = forms.CharField(
        label=_("Deletion code"),
        help_text=_("The code shown when you shared your case, e.g. ABCD-EFGH-JKLM-NPQR."),
        max_length=40,
        error_messages={"required": _("Enter the deletion code.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


def _message(request: HttpRequest) -> dict[str, Any] | None:
    answers = request.session.get("answers")
    if not isinstance(answers, dict):
        return None
    message = answers.get("message")
    if not isinstance(message, dict) or not isinstance(message.get("sms_text"), str) or not message["sms_text"].strip():
        return None
    return message


def _case_input(request: HttpRequest, message: dict[str, Any]) -> CaseInput:
    # The session holds scrubbed text, the sender's kind and hash, and the analysis made on the raw text
    # and sender (risk, flags, institution). The pipeline uses that analysis, after whitelisting its
    # codes, instead of re-analysing the scrubbed text without a sender.
    return CaseInput(
        text=message["sms_text"],
        analysis=AnalysisSummary.from_mapping(message),
        # Only the steps on the person's path: an abandoned branch's answers are not part of the case.
        answers=get_active_answers(request.session),
        language=get_language() or "",
        day=timezone.localdate(),
        source=Case.Source.WIZARD,
    )


# The wizard's forms, by step: their labels and choices describe the stored answers in words.
_STEP_FORMS: dict[str, type[forms.Form]] = {
    "calm": CalmForm,
    "verify": VerifyForm,
    "protect": ProtectForm,
    "contact": ContactForm,
    "legal": LegalForm,
}


def _answer_lines(answers: dict[str, Any]) -> list[str]:
    """One line per stored answer: the question and the chosen answers in words, then the stored codes."""
    lines = []
    for step, fields in answers.items():
        form_class = _STEP_FORMS.get(step)
        for name, value in fields.items():
            values = value if isinstance(value, list) else [value]
            field = form_class.base_fields.get(name) if form_class else None
            choices = {code: str(label) for code, label in getattr(field, "choices", [])} if field else {}
            question = str(field.label) if field is not None and field.label else f"{step}.{name}"
            chosen = "; ".join(str(choices.get(code, code)) for code in values)
            lines.append(f"{question} {chosen} ({step}.{name} = {', '.join(values)})")
    return lines


def _preview_rows(case: Case) -> list[tuple[Any, str]]:
    """Every field the Case will store, in words, with the stored code beside it, so consent is given to
    exactly this."""
    from triage.analysis import find_institution, flag_for_code
    from triage.analysis.sender import sender_kind_label

    lang = get_language() or settings.LANGUAGE_CODE
    kind = f"{sender_kind_label(case.sender_kind, lang)} ({case.sender_kind})" if case.sender_kind else "—"
    institution = find_institution(case.institution) if case.institution else None
    flags = []
    for code in case.flags:
        flag = flag_for_code(code)
        flags.append(f"{flag.title(lang)} ({code})" if flag is not None else code)
    languages = dict(settings.LANGUAGES)
    return [
        (_("Message, with personal data removed"), case.text),
        (_("Kind of sender"), kind),
        (_("Sender number"), str(_("not stored; only a one-way keyed code")) if case.sender_hash else "—"),
        (
            _("Claimed institution"),
            f"{institution.name(lang)} ({case.institution})" if institution else (case.institution or "—"),
        ),
        (_("Red flags"), "\n".join(flags) or "—"),
        (_("Risk"), f"{case.get_risk_display()} ({case.risk})"),
        (_("Your choices in the steps"), "\n".join(_answer_lines(case.answers)) or "—"),
        (_("Language"), f"{languages.get(case.language, case.language)} ({case.language})"),
        (_("Day"), case.day.isoformat()),
    ]


def _share_state(request: HttpRequest, text: str) -> dict[str, Any]:
    """This person's share of this message, issued once with the consent page and kept in the session:
    `token`, which the page's form carries back, and `deletion_code`, the code the case will be stored
    under. Every submit of the page, however many arrive at once, brings the same code, and the code's
    hash is a unique column: one case is stored and every response shows that code
    (`record_shared_case`). The code waits in the session until the done page has shown it once."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    state = request.session.get(SHARE_KEY)
    if not isinstance(state, dict) or state.get("message") != digest:
        state = {
            "message": digest,
            "token": secrets.token_urlsafe(16),
            "deletion_code": new_deletion_code(),
            "shared": False,
        }
        request.session[SHARE_KEY] = state
    return state


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
@limit_posts("share")
def share(request: HttpRequest) -> HttpResponse:
    message = _message(request)
    if message is None:
        return render(request, "triage/share.html", {"nothing": True})
    data = _case_input(request, message)
    state = _share_state(request, data.text)
    form = ConsentForm(request.POST if request.method == "POST" else None)
    outdated = False
    if request.method == "POST":
        if request.POST.get("share_token") != state["token"]:
            # The page was shown for another message (or another visit): consent was given to
            # something else than what would be stored now. Show the current preview instead.
            outdated, form = True, ConsentForm()
        elif state["shared"]:
            if state["deletion_code"]:
                # A second tap that arrived after the first was stored: the code is still to be shown.
                return redirect("triage:share_done")
        elif form.is_valid():
            record_shared_case(data, state["deletion_code"])
            request.session[SHARE_KEY] = {**state, "shared": True}
            return redirect("triage:share_done")
    ctx = {
        "rows": _preview_rows(build_case(data)),
        "form": form,
        "already": state["shared"],
        "outdated": outdated,
        "share_token": state["token"],
    }
    return render(request, "triage/share.html", ctx)


@never_cache
def share_done(request: HttpRequest) -> HttpResponse:
    # Shown once: a reload or the back button will not show the code again.
    state = request.session.get(SHARE_KEY)
    code = None
    if isinstance(state, dict) and state.get("shared") and state.get("deletion_code"):
        code = display_deletion_code(state["deletion_code"])
        request.session[SHARE_KEY] = {**state, "deletion_code": ""}
    return render(request, "triage/share.html", {"done": True, "deletion_code": code})


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
@limit_posts("delete")
def delete(request: HttpRequest) -> HttpResponse:
    form = DeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if delete_by_code(form.cleaned_data["code"]):
            return redirect("triage:delete_done")
        form.add_error(
            "code",
            _("No shared case has this deletion code. Check it letter by letter; it may also have been deleted already."),
        )
    return render(request, "triage/delete.html", {"form": form})


def delete_done(request: HttpRequest) -> HttpResponse:
    return render(request, "triage/delete.html", {"done": True})
