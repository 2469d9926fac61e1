"""The site's two languages as the take-away pages write them: which one is active, and its punctuation."""

from __future__ import annotations

from django.utils.translation import get_language

from triage import letters

UI_LANGS = {"zh-hans", "en"}

# Punctuation between a label and its value and in lists: full-width in Chinese ("姓名：", "第1、2条").
PUNCTUATION = {
    "zh-hans": {"colon": "：", "list": "、", "semi": "；", "comma": "，", "open": "（", "close": "）", "suffix": "："},
    "en": {"colon": ": ", "list": ", ", "semi": "; ", "comma": ", ", "open": " (", "close": ")", "suffix": ":"},
}


def ui_lang() -> str:
    lang = get_language() or letters.LANGS[0]
    return "en" if lang.startswith("en") else "zh-hans"


def punctuation() -> dict[str, str]:
    return PUNCTUATION[ui_lang()]
