"""Bad input gets a clear, translated message, keeps what was entered, and never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def post_raw(client: Client, url: str, body: bytes, **headers):
    return client.generic("POST", url, body, content_type="application/x-www-form-urlencoded", **headers)


class TestMessageStepInput:
    def test_it_rejects_oversized_text_and_gives_it_back(self):
        text = "请还款" * 2000
        response = Client().post("/step/message/", {"sms_text": text, "sender": "95555", "action": "analyse"})
        html = response.content.decode()
        assert response.status_code == 200
        assert "短信内容最多 5,000 字，您输入了 6000 字" in html
        assert text in html and 'value="95555"' in html

    def test_it_rejects_an_oversized_sender(self):
        response = Client().post("/step/message/", {"sms_text": "", "sender": "1" * 41})
        assert response.status_code == 200
        assert "发件号码最多 40 个字符" in response.content.decode()

    def test_nul_bytes_get_a_message_and_the_rest_of_the_text_is_kept(self):
        response = Client().post("/step/message/", {"sms_text": "您好\x00请还款", "sender": ""})
        html = response.content.decode()
        assert response.status_code == 200
        assert "无法识别的字符" in html
        assert "您好\ufffd请还款" in html and "\x00" not in html

    def test_invalid_utf8_never_gives_a_500(self):
        client = Client()
        response = post_raw(client, "/step/message/", b"sms_text=%FF%FE%FA%E4%BD&sender=955%C3%28")
        assert response.status_code == 200
        assert "无法识别的字符" in response.content.decode()

    def test_binary_paste_gets_a_message(self):
        response = Client().post("/step/message/", {"sms_text": "PK\x03\x04\x14\x00\x06\x00binary", "sender": ""})
        assert response.status_code == 200
        assert "无法识别的字符" in response.content.decode()

    def test_html_and_script_are_shown_as_text_not_run(self):
        client = Client()
        client.post("/step/message/", {"sms_text": "<script>alert(1)</script><img src=x onerror=alert(2)>", "action": "analyse"})
        html = client.get("/step/message/").content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_empty_message_step_moves_on(self):
        client = Client()
        response = client.post("/step/message/", {"sms_text": "", "sender": "", "action": "analyse"})
        assert response.status_code == 302 and response["Location"] == "/step/verify/"

    def test_a_body_over_the_upload_limit_gets_a_friendly_400(self):
        body = b"sms_text=" + b"a" * (3 * 1024 * 1024)
        response = post_raw(Client(), "/step/message/", body)
        assert response.status_code == 400
        assert "提交的内容太大或格式有误" in response.content.decode()

    def test_errors_are_translated_to_english(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        response = client.post("/step/message/", {"sms_text": "x" * 5001})
        assert "The message can be at most 5,000 characters; this is 5001 characters." in response.content.decode()

    def test_an_error_does_not_lose_earlier_answers(self):
        client = Client()
        client.post("/step/verify/", {"relation": "mine_known"})
        client.post("/step/message/", {"sms_text": "x" * 5001})
        assert client.session["answers"]["verify"]["relation"] == "mine_known"


class TestTamperedRequests:
    def test_a_step_id_with_odd_characters_is_a_friendly_404(self):
        response = Client().get("/step/%3Cscript%3E/")
        assert response.status_code == 404
        assert "找不到这个页面" in response.content.decode()

    def test_an_unknown_choice_is_a_form_error(self):
        response = Client().post("/step/legal/", {"behaviours": ["threats", "drop table"]})
        assert response.status_code == 200
        assert "drop table" not in Client().get("/step/legal/").content.decode()

    def test_a_post_without_csrf_token_gets_the_expired_page(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post("/step/calm/", {"danger": "no"})
        assert response.status_code == 403
        assert "页面已过期" in response.content.decode()

    def test_a_corrupt_session_value_is_treated_as_no_answers(self):
        client = Client()
        session = client.session
        session["answers"] = "not a dict"
        session.save()
        assert client.get("/step/calm/").status_code == 200
        assert client.get("/plan/").status_code == 200

    def test_a_wrong_method_is_refused_cleanly(self):
        assert Client().put("/step/calm/").status_code == 405

    def test_an_overlong_resume_code_is_a_form_error(self):
        response = Client().post("/resume/", {"code": "A" * 500})
        assert response.status_code == 200
