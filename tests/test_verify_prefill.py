"""The verify step does not ask again what the checked message already says: a court or police claim,
a message written to a contact about someone else's debt. It chooses the answer and says so; the person
can change it."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.django_db

COURT = "【XX法院】您涉嫌恶意欠款已立案，请于24小时内处理，否则移交公安。"
TO_A_CONTACT = "您好，您的紧急联系人〔姓名〕在XX平台借款已逾期30天，请督促其尽快还款。"
OWN_DEBT_WITH_THREATS = "您再不还款我们将联系您的紧急联系人和家人，您逾期已久。"


def checked(html: str, name: str) -> list[str]:
    return re.findall(rf'name="{name}" value="([a-z_]+)" id="[^"]+" checked', html)


def verify_after(text: str) -> tuple[Client, str]:
    client = Client()
    client.post("/step/message/", {"sms_text": text, "sender": "", "action": "analyse"})
    return client, client.get("/step/verify/").content.decode()


class TestKnownAnswers:
    def test_a_court_claim_in_the_message_is_chosen(self):
        _, html = verify_after(COURT)
        assert checked(html, "legal_claim") == ["yes"] and checked(html, "relation") == []
        assert "data-known-answers" in html and "您检查过的短信已经回答了下面的问题" in html

    def test_a_message_to_a_contact_is_about_someone_elses_debt(self):
        _, html = verify_after(TO_A_CONTACT)
        assert checked(html, "relation") == ["someone_else"]

    def test_threats_to_tell_the_contacts_do_not_make_it_someone_elses_debt(self):
        _, html = verify_after(OWN_DEBT_WITH_THREATS)
        assert checked(html, "relation") == [] and "data-known-answers" not in html

    def test_the_person_can_change_it(self):
        client, _ = verify_after(COURT)
        client.post("/step/verify/", {"relation": "mine_known", "legal_claim": "no"})
        assert client.session["answers"]["verify"]["legal_claim"] == "no"
        html = client.get("/step/verify/").content.decode()
        # Their own answer now, not the message's: no note.
        assert checked(html, "legal_claim") == ["no"] and "data-known-answers" not in html

    def test_without_a_message_nothing_is_chosen(self):
        html = Client().get("/step/verify/").content.decode()
        assert checked(html, "legal_claim") == [] and "data-known-answers" not in html


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
WORDS = {
    "zh": {
        "sms": "短信内容",
        "analyse": "分析这条短信",
        "yes": "是",
        "no": "否",
        "mine": "我的：我知道这笔借款或这张卡",
        "next": "下一步",
    },
    "en": {
        "sms": "Text of the message",
        "analyse": "Check this message",
        "yes": "Yes",
        "no": "No",
        "mine": "Mine: I know this loan or card",
        "next": "Next",
    },
}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_court_claim_is_chosen_and_can_be_changed(browser: Browser, live_server, lang: str, js: bool):
    words = WORDS[lang]
    context = browser.new_context(**PHONE, java_script_enabled=js, locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/")
    if lang == "en":
        page.get_by_role("button", name="English").click()
    page.goto(live_server.url + "/step/message/")
    page.get_by_label(words["sms"]).fill(COURT)
    page.get_by_role("button", name=words["analyse"]).click()
    page.locator("#result").wait_for()
    page.goto(live_server.url + "/step/verify/")
    claim = page.locator("fieldset", has=page.locator('input[name="legal_claim"]'))
    expect(claim.get_by_role("radio", name=words["yes"], exact=True)).to_be_checked()
    expect(page.locator("[data-known-answers]")).to_be_visible()
    claim.get_by_role("radio", name=words["no"], exact=True).check()
    page.get_by_role("radio", name=words["mine"]).check()
    page.get_by_role("button", name=words["next"]).click()
    expect(page).not_to_have_url(f"{live_server.url}/step/verify/")
    page.goto(live_server.url + "/step/verify/")
    expect(claim.get_by_role("radio", name=words["no"], exact=True)).to_be_checked()
    context.close()
