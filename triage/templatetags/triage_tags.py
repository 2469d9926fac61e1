from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def local(value: Any, attr: str = "") -> str:
    """Pick the current language from bilingual content.

    `{{ step.title|local }}` for objects with `.get(lang)`; `{{ flag|local:"title" }}` for objects with
    a method taking the language, as the analyser's flags and institutions have.
    """
    lang = get_language() or "zh-hans"
    if attr:
        member = getattr(value, attr, "")
        return member(lang) if callable(member) else str(member)
    return value.get(lang) if hasattr(value, "get") else str(value)


# What the share preview puts after a word: the stored code, "(virtual_mobile)", "(calm.danger = no)",
# "(zh-hans)". A person reads the words; the codes are for the reviewers.
_STORED_CODE = re.compile(r" ?\((?:[a-z][a-z0-9_.-]*)(?: = [a-z0-9_, -]*)?\)")


@register.filter
def without_codes(value: Any) -> str:
    """The preview line without the internal codes beside its words."""
    return _STORED_CODE.sub("", str(value))


@register.filter
def dial(value: Any, sms_body: str = "") -> str:
    """Official numbers in a text become tap-to-call links (12321 an SMS to report, its body `sms_body`);
    addresses and numbers stay whole on one line. Other numbers stay text."""
    from triage.dialling import link_numbers

    return link_numbers(str(value), sms_body)


@register.filter
def report_sms(body: Any) -> str:
    """The sms: link that reports a message to 12321, its body filled with `body` when there is one."""
    from triage.dialling import sms_href

    return sms_href(str(body or ""))
