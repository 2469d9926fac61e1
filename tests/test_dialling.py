"""Official numbers can be tapped: tel: to call, an SMS to 12321 to report; other numbers stay text."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

import pytest
from django.test import Client
from helpers import with_answers

from triage.dialling import link_numbers, report_body, sms_href

pytestmark = pytest.mark.django_db

SCAM_TEXT = "【XX银行】您的信用卡已冻结，请联系专员 17012345678 或转账到安全账户 6222000011112222"
SCAM_SENDER = "+86 170 1234 5678"


def sms_links(html: str) -> list[str]:
    return [unquote(href.replace("&amp;", "&")) for href in re.findall(r'href="(sms:[^"]*)"', html)]


class TestLinkNumbers:
    def test_official_numbers_become_links_and_12321_an_sms(self):
        html = link_numbers("拨打 12368 或 400-810-8866；向12321举报")
        assert '<a class="tel nowrap" href="tel:12368">12368</a>' in html
        assert 'href="tel:4008108866">400-810-8866</a>' in html
        assert '向<a class="tel nowrap" href="sms:12321">12321</a>举报' in html

    def test_a_number_from_a_message_is_never_a_link(self):
        html = link_numbers("不要回拨 17012345678 或 170-1234-5678")
        assert "<a" not in html and '<span class="nowrap">170-1234-5678</span>' in html

    def test_addresses_stay_whole_and_their_digits_are_not_numbers(self):
        html = link_numbers("官网 www.12321.cn 与 ipcrs.pbccrc.org.cn。")
        assert '<span class="nowrap">www.12321.cn</span>' in html and "<a" not in html
        assert '<span class="nowrap">ipcrs.pbccrc.org.cn</span>。' in html

    def test_the_text_is_escaped(self):
        assert "&lt;b&gt;" in link_numbers("<b>110</b>")

    def test_the_report_body_is_number_star_message(self):
        assert report_body(" +86 170-1234 5678 ", "您好，\n请还款") == "+8617012345678*您好， 请还款"
        assert unquote(sms_href("1*a b")) == "sms:12321?&body=1*a b"
        assert sms_href("") == "sms:12321"


class TestStepTexts:
    def test_numbers_in_the_advice_can_be_called(self):
        html = Client().get("/step/calm/").content.decode()
        advice = html.split('class="advice"')[1].split("</ul>")[0]
        assert 'href="tel:110"' in advice

    def test_the_identity_step_links_the_credit_centre_and_keeps_its_address_whole(self):
        client = with_answers(Client(), {"verify": {"relation": "mine_unknown"}})
        html = client.get("/step/identity/").content.decode()
        assert 'href="tel:4008108866"' in html and 'href="tel:12363"' in html
        assert '<span class="nowrap">ipcrs.pbccrc.org.cn</span>' in html


class TestReportingTo12321:
    def test_the_checklist_texts_12321_and_calls_010_12321(self):
        html = Client().get("/checklist/").content.decode()
        assert 'href="sms:12321"' in html and 'href="tel:01012321"' in html
        assert 'href="tel:12321"' not in html

    def test_right_after_a_check_the_sms_carries_the_number_and_message_as_typed(self):
        client = Client()
        response = client.post("/step/message/", {"sms_text": SCAM_TEXT, "sender": SCAM_SENDER, "action": "analyse"})
        html = response.content.decode()
        assert f"sms:12321?&body=+8617012345678*{SCAM_TEXT}" in sms_links(html)
        assert 'href="tel:01012321"' in html
        assert "本站不保存这些内容" in html
        # Nothing of it was kept: the session holds neither the number nor the account.
        stored = json.dumps(client.session["answers"], ensure_ascii=False)
        assert "17012345678" not in stored and "6222000011112222" not in stored
        # A later visit has only what was stored: the SMS opens empty for the person to fill.
        later = client.get("/step/message/").content.decode()
        assert "sms:12321" in sms_links(later) and "17012345678" not in "".join(sms_links(later))

    def test_the_plan_fills_in_a_public_sender_only(self):
        public = with_answers(
            Client(),
            {
                "message": {
                    "sms_text": "〔姓名〕您好",
                    "risk": "high",
                    "flags": ["link"],
                    "sender_kind": "gateway_106",
                    "sender_public": "10691234",
                    "institution": "",
                }
            },
        )
        assert "sms:12321?&body=10691234*" in sms_links(public.get("/plan/").content.decode())
        personal = with_answers(
            Client(),
            {
                "message": {
                    "sms_text": "〔姓名〕您好",
                    "risk": "high",
                    "flags": ["link"],
                    "sender_kind": "mobile",
                    "sender_public": "",
                    "sender_hash": "f" * 64,
                    "institution": "",
                }
            },
        )
        links = sms_links(personal.get("/plan/").content.decode())
        assert links and all(link == "sms:12321" for link in links)

    def test_in_english_the_format_is_explained(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en"})
        html = client.get("/checklist/").content.decode()
        assert 'href="sms:12321"' in html
