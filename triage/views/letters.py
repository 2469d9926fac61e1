"""Letters a person can send, made on the fly from the answers and what they type on the page."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import activate
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from triage import letters
from triage.forms import LetterForm
from triage.languages import UI_LANGS, punctuation, ui_lang
from triage.limits import limit_posts
from triage.views.takeaway import attachment, read_answers


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
    new_ui_lang = request.POST.get("ui_lang", "") if request.method == "POST" else ""
    if new_ui_lang in UI_LANGS:
        activate(new_ui_lang)
        request.LANGUAGE_CODE = new_ui_lang
    lang = ui_lang()
    answers = read_answers(request)
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
            if new_ui_lang in UI_LANGS:
                _set_language_cookie(response, new_ui_lang)
            return response
        to_bytes, content_type = letters.FORMATS[data["format"]]
        ext = data["format"]
        return attachment(to_bytes(letter), content_type, letter.filename(ext), letter.ascii_filename(ext))

    ctx = {
        "form": form,
        "kind": kind,
        "kind_title": kind.title(lang) if kind else "",
        "kinds": [
            {"slug": slug, "title": letters.registry()[slug].title(lang), "applicable": slug in applicable} for slug in slugs
        ],
        "has_answers": bool(answers),
        "punct": punctuation(),
    }
    response = render(request, "triage/documents.html", ctx)
    if new_ui_lang in UI_LANGS:
        _set_language_cookie(response, new_ui_lang)
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
