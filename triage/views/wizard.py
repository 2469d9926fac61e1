"""The wizard's views: thin, they read the request, ask triage.wizard where to go and render.

Every step is a real form at its own URL: POST → redirect → GET (except "check this message", which answers
with the result and the person's own text, kept nowhere else). With htmx only the step panel is
swapped and the URL pushed; without JavaScript the same URLs serve whole pages.
"""

from __future__ import annotations

import re
from typing import Any, cast

from django.contrib import messages
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, push_url

from triage import analysis as analyser
from triage import dialling, letters, wizard
from triage.analysis.patterns import match_pattern
from triage.analysis.sender import GATEWAY_SUBKIND_LABELS
from triage.anonymize import scrub
from triage.answers import Answers
from triage.forms import CREDITOR_TYPES, STEP_FORMS, ResumeForm, displayable
from triage.limits import limit_posts
from triage.models import Resume
from triage.review.families import known_patterns
from triage.session import ANSWERS_KEY, get_answers, mark_cleared, message_answers, save_answers

# The query value on a step's "修改" link from the plan's review of answers.
RETURN_TO_PLAN = "plan"


def _wants_partial(request: HttpRequest) -> bool:
    htmx = getattr(request, "htmx", None)
    if not htmx:
        return False
    return not htmx.boosted and not htmx.history_restore_request


def _lang() -> str:
    return get_language() or "zh-hans"


def home(request: HttpRequest) -> HttpResponse:
    answers = get_answers(request.session)
    ctx = {"has_answers": bool(answers), "continue_step": wizard.first_open_step(answers) if answers else None}
    return render(request, "triage/home.html", ctx)


def _initial(step: wizard.Step, answers: wizard.Answers) -> dict[str, Any]:
    if step.id == "message":
        parsed = Answers.of(answers)
        return {"sms_text": parsed.sms_text, "sender": parsed.sender_public}
    saved = answers.get(step.id, {})
    if step.id == "verify" and not saved:
        initial = _known_from_message(answers)
        institution = _claimed_institution(answers)
        if institution is not None and institution.kind in CREDITOR_TYPES:
            initial["creditor_type"] = institution.kind
        return initial
    return dict(saved)


# Words of the third-party rule that show the message is written to someone other than the debtor: the
# debtor is named as a contact or guarantor who is behind, or the reader is asked to make "them" pay.
# Evidence that speaks to the reader (你/您: "联系人将会收到您逾期的通知") is about the reader's own debt.
_ABOUT_SOMEONE_ELSE = re.compile(r"(联系人|担保人|关联人|关联用户).{0,12}(逾期|欠款|未还|拖欠)|督促|(代|帮)(其|他|她)")


def _known_from_message(answers: wizard.Answers) -> dict[str, str]:
    """Verify-step answers the checked message already gives: it claims a court or the police (the
    analyser's fake_legal flag), or it is written to a contact about another person's debt. They are
    only pre-selected; the person sees them and can change them."""
    saved = answers.get("message") or {}
    flags = set(saved.get("flags") or ())
    known: dict[str, str] = {}
    if "fake_legal" in flags:
        known["legal_claim"] = "yes"
    evidence = (saved.get("evidence") or {}).get("third_party_threat") or []
    if any(_ABOUT_SOMEONE_ELSE.search(str(item)) and not re.search("[你您]", str(item)) for item in evidence):
        known["relation"] = "someone_else"
    return known


def _message_context(answers: wizard.Answers) -> dict[str, Any]:
    """The stored analysis of the message step, ready for the template."""
    saved = answers.get("message")
    if not saved or not saved.get("risk"):
        return {}
    text = saved.get("sms_text", "")
    sender_public = Answers.of(answers).sender_public
    rerun = analyser.analyze(text, sender_public or None) if text else None
    by_code = {flag.code: flag for flag in rerun.flags} if rerun else {}
    flags = []
    for code in saved.get("flags", []):
        flag = by_code.get(code) or analyser.flag_for_code(code)
        if flag is not None:
            flags.append({"flag": flag, "evidence": saved.get("evidence", {}).get(code, [])})
    institution = analyser.find_institution(saved["institution"]) if saved.get("institution") else None
    return {
        "risk": saved["risk"],
        "flags": [item for item in flags if not item["flag"].reassuring],
        "reassuring": [item for item in flags if item["flag"].reassuring],
        "segments": rerun.highlighted() if rerun else [],
        "sender_kind_label": _sender_label(saved),
        "sender_withheld": bool(saved.get("sender_hash")) and not sender_public,
        "institution": institution,
        # Confirmed scam patterns, matched on the scrubbed text as the cases hold it.
        "pattern": match_pattern(text, known_patterns()) if text else None,
    }


def _sender_label(saved: dict[str, Any]) -> str:
    label = analyser.sender_kind_label(saved.get("sender_kind", "none"), _lang())
    subkind = saved.get("sender_subkind", "")
    if subkind in GATEWAY_SUBKIND_LABELS:
        zh, en = GATEWAY_SUBKIND_LABELS[subkind]
        label = f"{label}（{zh}）" if _lang() != "en" else f"{label} ({en})"
    return label


def _render_step(
    request: HttpRequest, step: wizard.Step, form: Any, answers: wizard.Answers, *, status: int = 200, pushed: bool = True
) -> HttpResponse:
    position, total = wizard.progress(answers, step.id)
    previous = wizard.previous_step(answers, step.id)
    returning = _returning(request)
    upcoming = wizard.next_step(answers, step.id)
    ctx = {
        "step": step,
        "lang": _lang(),
        "form": form,
        "position": position,
        "total": total,
        "previous": previous,
        "next_url": reverse("triage:step", args=[upcoming.id]) if upcoming and not returning else reverse("triage:plan"),
        "returning": returning,
        "path": wizard.path_for(answers),
        "answered": set(answers),
        "analysis": _message_context(answers) if step.id == "message" else {},
        # The verdict stays in sight on the steps after the message.
        "verdict": _message_context(answers) if step.id not in ("calm", "message") else {},
        "institution": _claimed_institution(answers),
        "channels": wizard.channels(),
        "in_danger": Answers.of(answers).in_danger,
    }
    if step.id == "verify" and form is not None and not form.is_bound and "verify" not in answers:
        ctx["known_from_message"] = [
            (form[name].label, dict(form.fields[name].choices).get(value, value))
            for name, value in _known_from_message(answers).items()
        ]
    if step.id == "message":
        typed = form is not None and form.is_bound and form.is_valid()
        # Right after a check, the SMS to 12321 carries the number and message as typed: they are in this
        # response (the form shows them too) and nowhere else. Later visits have only what was stored.
        ctx["report_sms_body"] = (
            dialling.report_body(form.cleaned_data["sender"], form.cleaned_data["sms_text"])
            if typed
            else _stored_report_body(answers)
        )
        ctx["report_as_typed"] = typed
    if _wants_partial(request):
        response = render(request, "triage/step.html#panel", ctx, status=status)
        # A re-rendered form is not a new place in history; a step reached by GET is.
        push_url(response, request.get_full_path() if pushed else "false")
        return response
    return render(request, "triage/step.html", ctx, status=status)


def _claimed_institution(answers: wizard.Answers) -> Any:
    code = Answers.of(answers).institution_code
    return analyser.find_institution(code) if code else None


@sensitive_post_parameters("sms_text", "sender")
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
@limit_posts("step")
def step(request: HttpRequest, step_id: str) -> HttpResponse:
    answers = get_answers(request.session)
    current = wizard.step_by_id(step_id)
    if current is None or not current.applies(answers):
        open_step = wizard.first_open_step(answers)
        messages.info(
            request,
            _(
                "That step does not exist or does not apply to your answers. You are on the next open step; nothing you entered was lost."
            ),
        )
        return redirect("triage:step", open_step.id)

    form_class = STEP_FORMS.get(current.form)
    if request.method == "POST" and form_class is None:
        return redirect(_after(answers, current))
    if request.method == "GET":
        form = form_class(initial=_initial(current, answers)) if form_class else None
        return _render_step(request, current, form, answers)

    if form_class is None:  # (a POST to a step without a form was answered above)
        return redirect(_after(answers, current))
    form = form_class(displayable(request.POST))
    if not form.is_valid():
        return _render_step(request, current, form, answers, pushed=False)

    path_before = wizard.path_for(answers)  # before saving: `answers` may be the session's own dict
    if current.id == "message":
        before = _verdict(Answers.of(answers))
        _save_message(request, form.cleaned_data)
        after = _verdict(Answers.of(get_answers(request.session)))
        # The verdict is part of the path: "Next" with a message not yet checked shows the result
        # first, as "Check this message" does; with the result seen, it moves on.
        if after and (request.POST.get("action") == "analyse" or after != before):
            # The result comes back with the person's own text in the box: it lives in this response and
            # the browser only. The session holds the scrubbed copy, which a later visit to the step shows.
            return _render_step(request, current, form, get_answers(request.session), pushed=False)
    else:
        save_answers(request.session, current.id, dict(form.cleaned_data))
    target = _after(get_answers(request.session), current)
    if _returning(request):
        target = _back_to_plan(get_answers(request.session), before=path_before)
    if _wants_partial(request) and not target.startswith("/step/"):
        # The plan is a whole page, not a step panel: let htmx navigate to it.
        return HttpResponseClientRedirect(target)
    return redirect(target)


def _returning(request: HttpRequest) -> bool:
    """The person came from the review of answers on the plan to change one answer."""
    return RETURN_TO_PLAN in (request.GET.get("return"), request.POST.get("return"))


def _back_to_plan(answers: wizard.Answers, before: list[wizard.Step]) -> str:
    """Straight back to the review, unless the changed answer opened a step with questions not yet answered."""
    for open_step in wizard.path_for(answers):
        if open_step.form and open_step.id not in answers and open_step not in before:
            return reverse("triage:step", args=[open_step.id]) + f"?return={RETURN_TO_PLAN}"
    return reverse("triage:plan") + "#answers"


def _answers_in_words(answers: wizard.Answers) -> list[dict[str, Any]]:
    """Each question step on the person's path with its answers as the form words them, for the review."""
    review = []
    for shown in wizard.path_for(answers):
        form_class = STEP_FORMS.get(shown.form)
        if form_class is None:
            continue
        saved = answers.get(shown.id)
        rows: list[tuple[str, str]] = []
        if shown.id == "message" and saved:
            text = saved.get("sms_text", "")
            if text:
                rows.append((_("Text of the message"), text if len(text) <= 80 else text[:80] + "…"))
            if saved.get("sender_kind", "none") != "none":
                rows.append((_("Sender's number"), _sender_label(saved)))
        elif saved:
            for name, field in form_class.base_fields.items():
                value = saved.get(name)
                if not value:
                    continue
                words = dict(getattr(field, "choices", ()))
                values = value if isinstance(value, (list, tuple)) else [value]
                separator = ", " if _lang() == "en" else "、"
                rows.append((str(field.label), separator.join(str(words.get(item, item)) for item in values)))
        review.append({"step": shown, "rows": rows, "answered": saved is not None})
    return review


def _verdict(answers: Answers) -> tuple[Any, ...]:
    """What the person is shown about their message; empty when there is nothing to show."""
    if not answers.risk:
        return ()
    return (answers.risk, answers.sms_text, answers.flags, answers.sender_kind)


def _save_message(request: HttpRequest, data: dict[str, str]) -> None:
    text, sender = data["sms_text"], data["sender"]
    saved = get_answers(request.session).get("message", {})
    if saved.get("sender_hash") and not sender and scrub(text) == saved.get("sms_text"):
        # The personal number typed before was analysed but never kept: the form comes back with an
        # empty sender box. Same text and no new number means "unchanged", not "no sender".
        return
    result = analyser.analyze(text, sender or None) if (text or sender) else None
    save_answers(request.session, "message", message_answers(text, sender, result))


def _after(answers: wizard.Answers, current: wizard.Step) -> str:
    upcoming = wizard.next_step(answers, current.id)
    return reverse("triage:step", args=[upcoming.id]) if upcoming else reverse("triage:plan")


@vary_on_headers("HX-Request")
def plan(request: HttpRequest) -> HttpResponse:
    answers = get_answers(request.session)
    lang = _lang()
    institution = _claimed_institution(answers)
    channels = wizard.channels()
    items = []
    for item in wizard.build_plan(answers):
        numbers: list[tuple[str, str]] = []
        for ref in item.numbers:
            if ref == "creditor":
                # A court or the police named in a scam is not a creditor: never send people there.
                if institution is not None and institution.kind in CREDITOR_TYPES:
                    numbers.extend((institution.name(lang), number) for number in institution.service_numbers)
            elif ref in channels:
                numbers.append((channels[ref].name.get(lang), channels[ref].number))
        items.append({"item": item, "numbers": numbers})
    resume = Resume.objects.live().filter(session_key=request.session.session_key or "").first()
    ctx = {
        "answers": answers,
        "items": items,
        "lang": lang,
        "institution": institution,
        "path": wizard.path_for(answers),
        "resume": resume,
        "letters": _applicable_letters(wizard.active_answers(answers)),
        "verdict": _message_context(answers),
        "review": _answers_in_words(answers),
        "return_to_plan": RETURN_TO_PLAN,
        "report_sms_body": _stored_report_body(answers),
    }
    return render(request, "triage/plan.html", ctx)


def _stored_report_body(answers: wizard.Answers) -> str:
    """The 12321 SMS as far as the session can fill it: an institution's public number, kept because it is
    public. A personal number was never kept, and the scrubbed text would report placeholders instead of
    the account or link 12321 needs, so the person adds the rest from the message itself."""
    public = Answers.of(answers).sender_public
    return f"{public}*" if public else ""


def _applicable_letters(answers: wizard.Answers) -> list[Any]:
    kinds = letters.registry()
    return [kinds[slug] for slug in letters.applicable_letters(answers)]


@require_POST
@limit_posts("resume_code")
def issue_resume_code(request: HttpRequest) -> HttpResponse:
    if not get_answers(request.session):
        messages.info(request, _("There are no answers to save yet."))
        return redirect("triage:plan")
    if request.session.session_key is None:
        request.session.save()
    Resume.issue(cast(str, request.session.session_key))  # saved just above, so it has its key
    return redirect(reverse("triage:plan") + "#resume")


@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
@limit_posts("resume")
def resume(request: HttpRequest) -> HttpResponse:
    form = ResumeForm(displayable(request.POST) if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        found = Resume.find(form.cleaned_data["code"])
        stored = SessionStore(session_key=found.session_key).load() if found else {}
        if found and stored.get(ANSWERS_KEY):
            request.session[ANSWERS_KEY] = stored[ANSWERS_KEY]
            messages.success(request, _("Your answers are back. Check them and carry on."))
            return redirect("triage:plan")
        form.add_error(
            "code",
            _("This code is unknown or has expired (codes last 7 days). Check it, or start again from the first step."),
        )
    return render(request, "triage/resume.html", {"form": form})


@require_POST
@limit_posts("start_over")
def start_over(request: HttpRequest) -> HttpResponse:
    """Delete everything this person left on the server: answers, session row, resume codes."""
    if request.session.session_key:
        Resume.objects.filter(session_key=request.session.session_key).delete()
    mark_cleared(request)
    request.session.flush()
    messages.success(request, _("Your answers have been deleted from this site."))
    response = redirect("triage:home")
    # Browsers without JavaScript clear the evidence log kept in local storage too (on HTTPS).
    response["Clear-Site-Data"] = '"storage"'
    return response


def quick_exit(request: HttpRequest) -> HttpResponse:
    """A page with nothing about debts on it, for someone who has to hide the screen."""
    return render(request, "triage/exit.html")
