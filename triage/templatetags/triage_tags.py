from __future__ import annotations

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
