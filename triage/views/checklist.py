"""The printable checklist: the person's own steps from their answers, then who to call."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from triage import dialling, letters
from triage.languages import ui_lang
from triage.views.takeaway import read_answers


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
        items.append(gettext('Do not transfer money or give any code: no real institution uses a "safe account".'))
    if "fake_legal" in flags or "fake_legal" in behaviours:
        items.append(gettext('Check any "court" or "case filed" claim by calling 12368 yourself.'))
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
        items.append(gettext('Report the message to 12321 (text "number*content" to 12321).'))
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
