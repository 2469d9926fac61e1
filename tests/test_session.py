from __future__ import annotations

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import Client

from triage.session import public_sender

pytestmark = pytest.mark.django_db


class TestPublicSender:
    @pytest.mark.parametrize(
        ("sender", "kind", "kept"),
        [
            ("95555", "service_955", "95555"),
            ("106980095555", "gateway_106", "106980095555"),
            ("1069 0000 95588", "gateway_106", "1069000095588"),
            ("12368", "gov_short", "12368"),
            ("400-830-8003", "hotline_400", "4008308003"),
            # A gateway number carrying a mobile number inside is not kept.
            ("10690000 13812345678", "gateway_106", ""),
            ("1069013812345678", "gateway_106", ""),
            ("１０６５９０２０８７６５４３２１", "gateway_106", ""),
            ("1069 6222 0212 3456 7890", "gateway_106", ""),
            ("10690000123", "gateway_106", "10690000123"),
            # Personal kinds are never kept, whatever their shape.
            ("13812345678", "mobile", ""),
            ("17012345678", "virtual_mobile", ""),
            ("+852 6123 4567", "foreign", ""),
            ("010-12345678", "landline", ""),
            ("95555 张三", "service_955", ""),
        ],
    )
    def test_it_keeps_only_public_numbers(self, sender, kind, kept):
        assert public_sender(sender, kind) == kept


class TestSessionHoldsOnlyScrubbedData:
    def test_the_message_step_stores_no_raw_number_name_or_card(self):
        client = Client()
        client.post(
            "/step/message/",
            {
                "sms_text": "尊敬的张伟先生，您尾号1234的卡已逾期，请联系13987654321，身份证11010519491231002X",
                "sender": "1069013812345678",
                "action": "analyse",
            },
        )
        stored = str([SessionStore().decode(s.session_data) for s in Session.objects.all()])
        for secret in ["张伟", "13987654321", "11010519491231002X", "13812345678"]:
            assert secret not in stored
        assert "gateway_106" in stored


class TestMessageBoxKeepsWhatWasTyped:
    RAW = "尊敬的张伟先生，您尾号1234的卡已逾期，请联系13987654321"

    def test_after_the_check_the_box_shows_the_text_as_typed(self):
        client = Client()
        response = client.post("/step/message/", {"sms_text": self.RAW, "sender": "", "action": "analyse"})
        assert response.status_code == 200
        html = response.content.decode()
        assert self.RAW in html and 'id="result"' in html

    def test_the_raw_text_is_in_the_response_only_never_in_the_session(self):
        client = Client()
        client.post("/step/message/", {"sms_text": self.RAW, "sender": "13812345678", "action": "analyse"})
        stored = str([SessionStore().decode(s.session_data) for s in Session.objects.all()])
        assert "张伟" not in stored and "13987654321" not in stored and "13812345678" not in stored
        # A later visit shows the scrubbed copy, the one the session holds.
        page = client.get("/step/message/").content.decode()
        assert "张伟" not in page and "〔姓名〕" in page

    def test_next_with_the_typed_text_keeps_the_analysis_of_a_personal_sender(self):
        client = Client()
        client.post("/step/message/", {"sms_text": self.RAW, "sender": "17012345678", "action": "analyse"})
        before = dict(client.session["answers"]["message"])
        client.post("/step/message/", {"sms_text": self.RAW, "sender": "", "action": "next"})
        assert client.session["answers"]["message"] == before
