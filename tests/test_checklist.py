from __future__ import annotations

import re

import pytest
from django.test import Client
from helpers import assert_fits_the_phone, with_answers

from triage.views.checklist import checklist_items


def number_cells(html: str) -> list[str]:
    """The text of each number cell, links and all (numbers are tel: links on screen)."""
    cells = re.findall(r'<td class="number">(.*?)</td>', html, re.S)
    return [re.sub(r"<[^>]+>", "", cell) for cell in cells]


class TestChecklistItems:
    def test_without_answers_it_gives_the_generic_steps(self):
        texts = [item["text"] for item in checklist_items({})]
        assert any("12348" in text for text in texts)
        assert not any("110" in text for text in texts)

    def test_danger_and_a_transfer_come_first(self):
        texts = [item["text"] for item in checklist_items({"calm": {"danger": "yes"}, "protect": {"shared": ["transfer"]}})]
        assert "110" in texts[0] and "96110" in texts[1]

    def test_items_are_not_repeated(self):
        texts = [item["text"] for item in checklist_items({"legal": {"behaviours": ["threats", "fraud", "violence"]}})]
        assert len(texts) == len(set(texts))


@pytest.mark.django_db
class TestChecklistView:
    NUMBERS = ("110", "96110", "12321", "12378", "12363", "jubao.nifa.org.cn", "12348", "12368")

    def test_generic_checklist_has_tick_boxes_and_every_official_number(self):
        response = Client().get("/checklist/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "☐" in html
        # A cell may hold more than one number: 12321 is texted, and called on 010-12321.
        numbers = [cell.split(" / ")[0] for cell in number_cells(html)]
        for number in self.NUMBERS:
            assert number in numbers
        assert "12321 / 010-12321" in number_cells(html)

    def test_it_is_personalised_from_the_answers(self):
        client = with_answers(Client(), {"verify": {"relation": "mine_unknown"}, "protect": {"shared": ["code"]}})
        html = client.get("/checklist/").content.decode()
        assert "ipcrs.pbccrc.org.cn" in html
        assert 'href="/documents/debt-verification/"' in html

    def test_it_adds_the_creditors_official_number_when_the_institution_is_known(self):
        client = with_answers(Client(), {"message": {"institution": "icbc"}})
        html = client.get("/checklist/").content.decode()
        assert number_cells(html)[0].split(" / ")[0] == "95588"
        assert '<a class="tel" href="tel:95588">95588</a>' in html

    def test_numbers_are_tel_links_but_a_web_address_is_not(self):
        html = Client().get("/checklist/").content.decode()
        assert '<a class="tel" href="tel:110">110</a>' in html
        assert '<a class="tel" href="tel:12368">12368</a>' in html
        assert 'href="tel:jubao' not in html

    @pytest.mark.parametrize("code", ["court", "anti_fraud"])
    def test_a_court_named_in_a_fake_message_is_not_listed_as_the_creditor(self, code):
        from triage.analysis import find_institution

        assert find_institution(code).kind == "government"
        client = with_answers(Client(), {"message": {"institution": code, "flags": ["fake_legal"]}})
        html = client.get("/checklist/").content.decode()
        assert "债权人的官方客服电话" not in html
        cells = number_cells(html)
        assert len(cells) == len(set(cells)) and cells.count("12368") == 1
        assert '<td class="who">人民法院</td>' not in html and '<td class="who">国家反诈中心</td>' not in html

    def test_only_lenders_count_as_the_creditor(self):
        from triage.analysis import all_institutions
        from triage.views.checklist import _institution

        for institution in all_institutions(include_government=True):
            found = _institution({"message": {"institution": institution.code}})
            if institution.kind in ("bank", "consumer_finance", "online_platform", "small_loan"):
                assert found is institution, institution.code
            else:
                assert found is None, institution.code

    def test_it_loads_the_a4_print_stylesheet_and_hides_navigation_in_print(self):
        from pathlib import Path

        from django.conf import settings

        html = Client().get("/checklist/").content.decode()
        assert "css/print" in html
        css = (Path(settings.BASE_DIR) / "static/css/print.css").read_text()
        assert "size: A4" in css and ".no-print" in css

    def test_it_stays_compact(self):
        # The lead's browser test checks the two A4 pages; here: a bounded number of lines to print.
        everything = {
            "calm": {"danger": "yes"},
            "message": {"risk": "high", "flags": ["safe_account", "fake_legal", "link", "unknown_platform"]},
            "verify": {"relation": "mine_unknown", "creditor_type": "online_platform"},
            "protect": {"shared": ["code", "transfer", "screen_share", "id_photo"]},
            "contact": {"wants": ["instalments"]},
            "legal": {"behaviours": ["threats", "third_party", "fraud", "violence"]},
        }
        assert len(checklist_items(everything)) <= 22

    def test_it_is_a_get_only_page(self):
        assert Client().post("/checklist/").status_code == 405


class TestChecklistRobustness:
    def test_damaged_answers_do_not_break_it(self):
        damaged = {"calm": "yes", "contact": {"wants": 3}, "legal": {"behaviours": None}, "protect": []}
        # A damaged step counts as not answered: the list is the one for a person who answered nothing.
        assert checklist_items(damaged) == checklist_items({})


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestChecklistOnAPhone:
    def test_the_numbers_fit_the_screen_and_can_be_tapped(self, page, live_server):
        page.goto(f"{live_server.url}/checklist/")
        assert_fits_the_phone(page)
        # Every column, "用途" included, is on screen.
        for cell in page.locator(".numbers-table td.what").all():
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 391
        assert page.locator('.numbers-table a[href="tel:110"]').is_visible()
