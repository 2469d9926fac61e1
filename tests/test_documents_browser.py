"""The take-away documents in real Chromium: the checklist prints on at most two A4 pages."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EVERY_BRANCH = [
    ("/step/calm/", {"danger": "yes"}),
    ("/step/verify/", {"relation": "mine_unknown", "creditor_type": "online_platform", "legal_claim": "yes"}),
    ("/step/protect/", {"shared": ["code", "password", "card", "id_photo", "screen_share", "transfer"]}),
    (
        "/step/legal/",
        {"behaviours": ["threats", "violence", "insults", "night", "frequent", "third_party", "fake_legal", "fees", "fraud"]},
    ),
]


def pdf_pages(browser: Browser, url: str, setup=None, lang: str = "zh") -> int:
    return len(PdfReader(io.BytesIO(printed(browser, url, setup, lang))).pages)


def printed(browser: Browser, url: str, setup=None, lang: str = "zh") -> bytes:
    # Without JavaScript every answer is a plain navigation, so each click settles before the next.
    context = browser.new_context(locale="zh-CN", java_script_enabled=False)
    page = context.new_page()
    if setup:
        setup(page)
    if lang == "en":
        page.goto(url)
        page.get_by_role("button", name="English").click()
    page.goto(url)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    context.close()
    return pdf


def fill_every_branch(live_server):
    def setup(page):
        for path, data in EVERY_BRANCH:
            page.goto(live_server.url + path)
            for name, value in data.items():
                for item in value if isinstance(value, list) else [value]:
                    page.locator(f'input[name="{name}"][value="{item}"]').check()
            page.locator('button[value="next"]').click()
            page.wait_for_load_state()

    return setup


class TestChecklistPrint:
    def test_the_generic_checklist_fits_on_two_pages(self, browser: Browser, live_server):
        assert pdf_pages(browser, live_server.url + "/checklist/") <= 2

    @pytest.mark.parametrize("lang", ["zh", "en"])
    def test_the_fullest_personal_checklist_fits_on_two_pages(self, browser: Browser, live_server, lang):
        pages = pdf_pages(browser, live_server.url + "/checklist/", setup=fill_every_branch(live_server), lang=lang)
        assert 1 <= pages <= 2

    @pytest.mark.parametrize("lang", ["zh", "en"])
    def test_numbers_and_addresses_are_not_split_and_the_table_stays_on_one_sheet(self, browser: Browser, live_server, lang):
        pdf = printed(browser, live_server.url + "/checklist/", setup=fill_every_branch(live_server), lang=lang)
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
        lines = [line.strip() for text in pages for line in text.splitlines()]
        for whole in ("400-810-8866", "jubao.nifa.org.cn", "96110", "12321"):
            assert any(whole in line for line in lines), (whole, lines)
        assert not any(line.endswith(("400-810-", "400-", "jubao.nifa.", "jubao.nifa.o")) for line in lines), lines
        if lang == "en":
            # One header row: the table did not continue on a second sheet.
            assert sum(line.startswith("Number Who For what") for line in lines) == 1, lines
