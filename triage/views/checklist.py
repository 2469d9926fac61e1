"""The printable checklist: the person's own steps from their answers, then who to call."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from triage import dialling, letters
from triage.answers import Answers, Clause, conditions
from triage.content import load as load_content
from triage.languages import ui_lang
from triage.views.takeaway import read_answers

# The wording of the personal items in triage/data/checklist.toml, by id; gettext_noop so that makemessages
# finds them, translated when the list is made.
PERSONAL_ITEMS: dict[str, str] = {
    "danger": gettext_noop("If you are in danger now, call 110."),
    "money_sent": gettext_noop("You sent money: call 110 or 96110 now and ask your bank to stop the payment."),
    "card_details_shared": gettext_noop(
        "Call your bank on the number on the back of your card; freeze the card and change passwords."
    ),
    "screen_shared": gettext_noop("End any screen sharing, uninstall apps you were asked to install, change your passwords."),
    "id_photo_sent": gettext_noop(
        "You sent a photo of your ID: check your credit report in a few weeks for loans you did not take."
    ),
    "safe_account": gettext_noop('Do not transfer money or give any code: no real institution uses a "safe account".'),
    "court_claim": gettext_noop('Check any "court" or "case filed" claim by calling 12368 yourself.'),
    "credit_report": gettext_noop("Get your own credit report (ipcrs.pbccrc.org.cn) to see whether this debt exists."),
    "verification_letter": gettext_noop("Send the creditor the debt-verification letter before paying anything."),
    "not_your_debt": gettext_noop(
        "You are not liable for someone else's debt: send the letter asking them to stop contacting you."
    ),
    "stop_third_party": gettext_noop("Send the letter asking the creditor to stop contacting third parties."),
    "complain_bank": gettext_noop("Complain to the creditor first, then to 12378 if nothing changes."),
    "complain_small_loan": gettext_noop("Complain to the creditor first, then to the local financial regulatory bureau."),
    "report_platform": gettext_noop("Report the platform to NIFA (jubao.nifa.org.cn)."),
    "police_report": gettext_noop("Report threats or fraud to the police (110) with your evidence log."),
    "spam_report": gettext_noop('Report the message to 12321 (text "number*content" to 12321).'),
    "repayment_plan": gettext_noop("If you cannot pay in full, send the repayment-plan request to the creditor."),
}

# The steps everyone should take: keep evidence, use official channels only.
EVERYONE_ITEMS: tuple[str, ...] = (
    gettext_noop("Do not click links in the message and do not call back the number that sent it."),
    gettext_noop("Screenshot every message and keep the call log; note the date and time of each contact."),
    gettext_noop("Contact the creditor only through its official app or the number on your card or contract."),
    gettext_noop("Pay only into the creditor's official account, never a personal one, and keep the receipt."),
    gettext_noop("For free legal advice or legal aid, call 12348."),
)


@dataclass(frozen=True)
class ChecklistRule:
    id: str
    when: tuple[Clause, ...]
    when_any: tuple[Clause, ...]


@cache
def checklist_rules() -> tuple[ChecklistRule, ...]:
    return tuple(
        ChecklistRule(id=entry["id"], when=conditions(entry), when_any=conditions(entry, "when_any"))
        for entry in load_content("checklist.toml")["item"]
    )


def checklist_items(answers: Answers | Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Tick-box items: the personal ones from the answers first, then the steps everyone should take."""
    parsed = Answers.of(answers)
    personal = [PERSONAL_ITEMS[rule.id] for rule in checklist_rules() if parsed.applies(rule.when, rule.when_any)]
    return [{"text": gettext(text)} for text in (*personal, *EVERYONE_ITEMS)]


CHECKLIST_CHANNELS = ("c110", "c96110", "c12321", "c12378", "c12363", "credit_center", "nifa", "c12348", "c12368")


def _institution(answers: Answers) -> Any:
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
    lang = ui_lang()
    suffix = letters.data_lang(lang)
    answers = read_answers(request)
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
            {"slug": slug, "title": letters.registry()[slug].title(lang)} for slug in letters.applicable_letters(answers)
        ],
    }
    return render(request, "triage/checklist.html", ctx)
