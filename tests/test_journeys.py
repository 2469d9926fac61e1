"""Journeys a person clicks through, in real Chromium on a phone-sized screen.

Run with and without JavaScript, in Chinese and English; axe-core checks every page the JS journeys see.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from helpers import assert_fits_the_phone
from playwright.sync_api import Browser, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}

SCAM_SMS = "【XX法院】您的欠款已立案，涉嫌诈骗，请于24小时内将资金转入安全账户 6222 0000 1111 2222，否则移交公安。详情 http://bit.ly/3xYz"
SCAM_SENDER = "+86 170 1234 5678"

# Visible words per language: what a person reads and clicks.
WORDS = {
    "zh": {
        "next": "下一步",
        "analyse": "分析这条短信",
        "sms": "短信内容",
        "sender": "发件号码",
        "no_danger": "否",
        "yes": "是",
        "exit": "快速离开",
        "legal_title": "修改.*寻求帮助",
        "save_back": "保存并返回行动清单",
        "relation": {
            "mine_known": "我的：我知道这笔借款或这张卡",
            "mine_unknown": "写的是我，但我不认识这笔债",
            "someone_else": "别人的：家人、同事或朋友",
        },
        "bank": "银行或信用卡中心",
        "none": "都没有",
        "code": "短信验证码",
        "night": "晚上 22 点到早上 8 点之间打电话或发短信",
        "plan": "您的行动清单",
        "progress": r"第 \d+ 步，共 \d+ 步",
        "high": "高风险",
        "previous": "上一步",
        "clear": "清除我的回答",
        "get_code": "获取恢复码",
        "continue": "继续",
        "resume_label": "恢复码",
        "start": "开始",
    },
    "en": {
        "next": "Next",
        "analyse": "Check this message",
        "sms": "Text of the message",
        "sender": "Sender's number",
        "no_danger": "No",
        "yes": "Yes",
        "exit": "Quick exit",
        "legal_title": "Change.*Get help",
        "save_back": "Save and back to the plan",
        "relation": {
            "mine_known": "Mine: I know this loan or card",
            "mine_unknown": "It names me, but I do not recognise this debt",
            "someone_else": "Someone else's: a relative, colleague or friend",
        },
        "bank": "A bank or its credit-card centre",
        "none": "None of these",
        "code": "A verification code from a text message",
        "night": "Called or texted between 22:00 and 08:00",
        "plan": "Your action plan",
        "progress": r"Step \d+ of \d+",
        "high": "High risk",
        "previous": "Previous step",
        "clear": "Clear my answers",
        "get_code": "Get a resume code",
        "continue": "Continue",
        "resume_label": "Resume code",
        "start": "Start",
    },
}

# The steps each branch goes through after the message step, in order (from triage/data/steps.toml).
BRANCH_STEPS = {
    "mine_known": ["verify", "court_check", "protect", "contact", "legal"],
    "mine_unknown": ["verify", "court_check", "identity", "protect", "damage", "legal"],
    "someone_else": ["verify", "court_check", "third_party", "protect", "legal"],
}


def new_page(browser: Browser, live_server, *, js: bool, lang: str) -> Page:
    context = browser.new_context(**PHONE, java_script_enabled=js, locale="zh-CN")
    page = context.new_page()
    foreign: list[str] = []
    server = urlparse(live_server.url).netloc
    page.on("request", lambda request: foreign.append(request.url) if _foreign(request.url, server) else None)
    page.foreign_requests = foreign  # checked at the end of each journey
    page.goto(live_server.url + "/")
    if lang == "en":
        page.get_by_role("button", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
    return page


def _foreign(url: str, server: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https", "ws", "wss") and parsed.netloc != server


def assert_accessible(page: Page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def at_step(page: Page, live_server, step: str, words: dict, *, js: bool) -> None:
    expect(page).to_have_url(f"{live_server.url}/step/{step}/")
    expect(page.get_by_text(re.compile(words["progress"]))).to_be_visible()
    # Mobile first: nothing is wider than the phone's screen.
    assert_fits_the_phone(page)
    if js:
        assert_accessible(page)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("relation", ["mine_known", "mine_unknown", "someone_else"])
def test_whole_journey_on_each_branch(browser: Browser, live_server, relation: str, lang: str, js: bool):
    words = WORDS[lang]
    page = new_page(browser, live_server, js=js, lang=lang)
    if js:
        assert_accessible(page)
    page.get_by_role("link", name=words["start"], exact=True).click()

    at_step(page, live_server, "calm", words, js=js)
    page.get_by_role("radio", name=words["no_danger"], exact=True).check()
    page.get_by_role("button", name=words["next"]).click()

    at_step(page, live_server, "message", words, js=js)
    page.get_by_label(words["sms"]).fill(SCAM_SMS)
    page.get_by_label(words["sender"]).fill(SCAM_SENDER)
    page.get_by_role("button", name=words["analyse"]).click()
    expect(page.get_by_role("heading", name=words["high"])).to_be_visible()
    # The box keeps the message as typed (this response only); the result shows the scrubbed copy.
    expect(page.get_by_label(words["sms"])).to_have_value(SCAM_SMS)
    expect(page.locator("#result").get_by_text("6222 0000 1111 2222")).to_have_count(0)
    if js:
        assert_accessible(page)
    page.get_by_role("button", name=words["next"]).click()

    for step in BRANCH_STEPS[relation]:
        at_step(page, live_server, step, words, js=js)
        if step == "verify":
            page.get_by_role("radio", name=words["relation"][relation]).check()
            page.get_by_role("radio", name=words["bank"]).check()
        elif step == "protect":
            name = words["code"] if relation == "mine_unknown" else words["none"]
            page.get_by_role("checkbox", name=name).check()
        elif step == "legal":
            page.get_by_role("checkbox", name=words["night"]).check()
        page.get_by_role("button", name=words["next"]).click()

    expect(page).to_have_url(f"{live_server.url}/plan/")
    expect(page.get_by_role("heading", name=words["plan"], level=1)).to_be_visible()
    expect(page.locator("#plan-court_check")).to_be_visible()
    expect(page.locator("#plan-report_sms")).to_be_visible()
    expect(page.locator("#plan-regulator_bank")).to_be_visible()
    if relation == "someone_else":
        expect(page.locator("#plan-stop_third_party")).to_be_visible()
    if relation == "mine_unknown":
        expect(page.locator("#plan-credit_report")).to_be_visible()
        expect(page.locator("#plan-secure_accounts")).to_be_visible()
    if js:
        assert_accessible(page)
    assert page.foreign_requests == []


def walk_to_verify(page: Page, live_server, words: dict) -> None:
    """From the first step to the verify step, answering nothing: Next, Next."""
    page.goto(live_server.url + "/step/calm/")
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "message", words, js=False)
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "verify", words, js=False)


def test_back_and_forward_buttons_and_reload_with_javascript(browser: Browser, live_server):
    words = WORDS["zh"]
    page = new_page(browser, live_server, js=True, lang="zh")
    walk_to_verify(page, live_server, words)
    page.get_by_role("radio", name=words["relation"]["mine_known"]).check()
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "protect", words, js=False)

    page.go_back()
    at_step(page, live_server, "verify", words, js=False)
    # The answer given before is still there.
    expect(page.get_by_role("radio", name=words["relation"]["mine_known"])).to_be_checked()
    page.go_forward()
    at_step(page, live_server, "protect", words, js=False)
    page.reload()
    at_step(page, live_server, "protect", words, js=False)
    # The on-page "previous step" link goes back without losing answers.
    page.get_by_role("link", name=words["previous"]).click()
    at_step(page, live_server, "verify", words, js=False)
    expect(page.get_by_role("radio", name=words["relation"]["mine_known"])).to_be_checked()


def test_the_language_switch_stays_on_the_current_step_after_htmx_navigation(browser: Browser, live_server):
    words = WORDS["zh"]
    page = new_page(browser, live_server, js=True, lang="zh")
    walk_to_verify(page, live_server, words)
    page.get_by_role("button", name="English").click()
    at_step(page, live_server, "verify", WORDS["en"], js=False)


def test_only_the_step_panel_is_swapped_with_javascript(browser: Browser, live_server):
    words = WORDS["zh"]
    page = new_page(browser, live_server, js=True, lang="zh")
    page.goto(live_server.url + "/step/calm/")
    page.evaluate("document.querySelector('.site-header').dataset.marker = 'kept'")
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "message", words, js=False)
    # The header is the same element: no full page load happened.
    assert page.evaluate("document.querySelector('.site-header').dataset.marker") == "kept"


def test_errors_keep_what_was_typed(browser: Browser, live_server):
    words = WORDS["zh"]
    for js in (True, False):
        page = new_page(browser, live_server, js=js, lang="zh")
        page.goto(live_server.url + "/step/message/")
        page.get_by_label(words["sms"]).fill("催" * 5001)
        page.get_by_label(words["sender"]).fill("95555")
        page.get_by_role("button", name=words["analyse"]).click()
        expect(page.get_by_role("alert")).to_contain_text("最多 5,000 字")
        expect(page.get_by_label(words["sms"])).to_have_value("催" * 5001)
        expect(page.get_by_label(words["sender"])).to_have_value("95555")
        if js:
            assert_accessible(page)


def test_start_over_deletes_everything(browser: Browser, live_server):
    words = WORDS["zh"]
    page = new_page(browser, live_server, js=True, lang="zh")
    page.goto(live_server.url + "/step/verify/")
    page.get_by_role("radio", name=words["relation"]["someone_else"]).check()
    page.get_by_role("button", name=words["next"]).click()
    # The answer is saved once the next step shows; a "start over" sent while that request is still in
    # flight would be undone by it (seen once in CI on a loaded machine).
    expect(page).not_to_have_url(re.compile(r"/step/verify/?$"))
    page.evaluate("localStorage.setItem('triage.evidence.v1', '[1]')")
    page.get_by_role("button", name=words["clear"]).click()
    expect(page.get_by_text("您的回答已从本站删除")).to_be_visible()
    assert page.evaluate("localStorage.getItem('triage.evidence.v1')") is None
    page.goto(live_server.url + "/step/verify/")
    expect(page.get_by_role("radio", name=words["relation"]["someone_else"])).not_to_be_checked()


def test_resume_code_restores_answers_on_another_device(browser: Browser, live_server):
    words = WORDS["zh"]
    phone = new_page(browser, live_server, js=True, lang="zh")
    phone.goto(live_server.url + "/step/verify/")
    phone.get_by_role("radio", name=words["relation"]["mine_unknown"]).check()
    phone.get_by_role("button", name=words["next"]).click()
    expect(phone).to_have_url(f"{live_server.url}/step/identity/")
    phone.goto(live_server.url + "/plan/")
    phone.get_by_role("button", name=words["get_code"]).click()
    code = phone.locator(".code").inner_text()
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code)

    laptop = new_page(browser, live_server, js=False, lang="zh")
    laptop.goto(live_server.url + "/resume/")
    laptop.get_by_label(words["resume_label"]).fill(code.lower())
    laptop.get_by_role("button", name=words["continue"]).click()
    expect(laptop).to_have_url(f"{live_server.url}/plan/")
    expect(laptop.locator("#plan-credit_report")).to_be_visible()


def test_quick_exit_replaces_the_history_entry(browser: Browser, live_server):
    page = new_page(browser, live_server, js=True, lang="zh")
    page.goto(live_server.url + "/step/calm/")
    page.goto(live_server.url + "/step/message/")
    page.get_by_role("link", name="快速离开").click()
    expect(page).to_have_url(f"{live_server.url}/exit/")
    page.go_back()
    # "Back" skips the page that was left: it lands on the step before it.
    expect(page).to_have_url(f"{live_server.url}/step/calm/")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_other_page_is_accessible(browser: Browser, live_server, lang: str):
    """axe-core on the pages outside the steps, with a filled-in session so they show their full content."""
    page = new_page(browser, live_server, js=True, lang=lang)
    page.goto(live_server.url + "/step/message/")
    page.get_by_label(WORDS[lang]["sms"]).fill(SCAM_SMS)
    page.get_by_role("button", name=WORDS[lang]["next"]).click()
    # "Next" with a message not yet checked shows the verdict first; the second "Next" moves on.
    expect(page.get_by_role("heading", name=WORDS[lang]["high"])).to_be_visible()
    page.get_by_role("button", name=WORDS[lang]["next"]).click()
    expect(page).to_have_url(f"{live_server.url}/step/verify/")
    page.get_by_role("radio", name=WORDS[lang]["relation"]["someone_else"]).check()
    page.get_by_role("button", name=WORDS[lang]["next"]).click()
    expect(page).not_to_have_url(f"{live_server.url}/step/verify/")
    for path in [
        "/",
        "/plan/",
        "/resume/",
        "/documents/",
        "/documents/police-report/",
        "/evidence/",
        "/checklist/",
        "/share/",
        "/delete/",
        "/exit/",
        "/no-such-page/",
    ]:
        page.goto(live_server.url + path)
        assert_accessible(page)
        assert_fits_the_phone(page)
    assert page.foreign_requests == []


def in_viewport(page: Page, locator) -> bool:
    box = locator.bounding_box()
    height = page.evaluate("window.innerHeight")
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_danger_and_the_quick_exit_stay_on_screen_after_a_step_change(browser: Browser, live_server, lang: str, js: bool):
    """The 110 alert is not scrolled away by the step change, the quick exit is sticky."""
    words = WORDS[lang]
    page = new_page(browser, live_server, js=js, lang=lang)
    page.goto(live_server.url + "/step/calm/")
    # The person has scrolled down to the button, as on a phone.
    page.get_by_role("radio", name=words["yes"], exact=True).check()
    page.get_by_role("button", name=words["next"]).scroll_into_view_if_needed()
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "message", words, js=js)
    alert = page.locator(".urgent")
    expect(alert).to_be_visible()
    page.wait_for_timeout(200)  # the scroll after htmx settles
    assert in_viewport(page, alert), alert.bounding_box()
    assert in_viewport(page, page.get_by_role("link", name=words["exit"]))
    # Far down the page, the quick exit and the 110 line are still on screen.
    page.evaluate("window.scrollTo(0, 2000)")
    assert page.evaluate("window.scrollY") > 300
    assert in_viewport(page, page.get_by_role("link", name=words["exit"]))
    assert in_viewport(page, page.locator(".emergency"))
    if js:
        # Focus is on the alert, so a screen reader announces it first.
        assert page.evaluate("document.activeElement.classList.contains('urgent')")


def test_the_result_of_next_is_brought_into_view(browser: Browser, live_server):
    words = WORDS["zh"]
    page = new_page(browser, live_server, js=True, lang="zh")
    page.goto(live_server.url + "/step/message/")
    page.get_by_label(words["sms"]).fill(SCAM_SMS)
    page.get_by_role("button", name=words["next"]).click()
    heading = page.get_by_role("heading", name=words["high"])
    expect(heading).to_be_visible()
    page.wait_for_timeout(200)
    assert in_viewport(page, heading), heading.bounding_box()
    # Below the sticky header, not hidden under it.
    assert heading.bounding_box()["y"] >= page.locator(".site-header").bounding_box()["height"]


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_answer_is_changed_from_the_plan_and_back_in_two_taps(browser: Browser, live_server, lang: str, js: bool):
    """The review shows the answers in words; "Change" → the step → save → the plan."""
    words = WORDS[lang]
    page = new_page(browser, live_server, js=js, lang=lang)
    page.goto(live_server.url + "/step/verify/")
    page.get_by_role("radio", name=words["relation"]["mine_known"]).check()
    page.get_by_role("button", name=words["next"]).click()
    at_step(page, live_server, "protect", words, js=js)
    page.goto(live_server.url + "/plan/")
    review = page.locator("#answers")
    expect(review).to_contain_text(words["relation"]["mine_known"])
    review.get_by_role("link", name=re.compile(words["legal_title"])).click()
    expect(page).to_have_url(re.compile(r"/step/legal/\?return=plan$"))
    page.get_by_role("checkbox", name=words["night"]).check()
    page.get_by_role("button", name=words["save_back"]).click()
    expect(page).to_have_url(f"{live_server.url}/plan/#answers")
    expect(page.locator("#answers")).to_contain_text(words["night"])
    assert_fits_the_phone(page)
    if js:
        assert_accessible(page)
