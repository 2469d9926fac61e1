from __future__ import annotations

import re

import pytest
from django.test import Client

from triage.views.documents import checklist_items


def with_answers(client: Client, answers: dict) -> Client:
    session = client.session
    session["answers"] = answers
    session.save()
    return client


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
        numbers = re.findall(r'<td class="number">([^<]+)</td>', html)
        for number in self.NUMBERS:
            assert number in numbers

    def test_it_is_personalised_from_the_answers(self):
        client = with_answers(Client(), {"verify": {"relation": "mine_unknown"}, "protect": {"shared": ["code"]}})
        html = client.get("/checklist/").content.decode()
        assert "ipcrs.pbccrc.org.cn" in html
        assert 'href="/documents/debt-verification/"' in html

    def test_it_adds_the_creditors_official_number_when_the_institution_is_known(self):
        client = with_answers(Client(), {"message": {"institution": "icbc"}})
        html = client.get("/checklist/").content.decode()
        assert '<td class="number">95588</td>' in html

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
        assert checklist_items(damaged)
