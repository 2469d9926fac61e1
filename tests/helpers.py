"""Small pieces shared by the tests."""

from __future__ import annotations

from django.test import Client


def with_answers(client: Client, answers: dict) -> Client:
    """A visitor who has already answered the wizard's steps (as the session holds them)."""
    session = client.session
    session["answers"] = answers
    session.save()
    return client


def share_token(client: Client) -> str:
    """The one-time share token of the consent page, as the form carries it back."""
    html = client.get("/share/").content.decode()
    return html.split('name="share_token" value="')[1].split('"')[0]


def share(client: Client, data: dict | None = None):
    """Open the consent page and agree, as a person does: the POST carries the page's share token."""
    return client.post("/share/", {"consent": "on", "share_token": share_token(client), **(data or {})})


# Elements wider than the phone (tag, class, width); empty when the page fits in 390 px.
OVERFLOWING = """() => {
  const width = window.innerWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.width > width + 1 || box.right > width + 1) out.push(`${el.tagName}.${el.className} ${Math.round(box.width)}`);
  }
  return out;
}"""


def assert_fits_the_phone(page) -> None:
    assert page.evaluate("window.innerWidth") == 390
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), page.evaluate(OVERFLOWING)
    assert page.evaluate(OVERFLOWING) == []
