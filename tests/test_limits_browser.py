"""Over the limit with JavaScript on: htmx shows the whole 429 page, with the text as typed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from playwright.sync_api import Browser, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MESSAGE = "【某银行】您的信用卡已逾期，请于今日内联系专员处理。"


@pytest.fixture(autouse=True)
def limits_on(settings, monkeypatch):
    settings.RATELIMIT_ENABLE = True
    # A still clock: the 60 posts below must fall into one window of the step limit.
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: 1_800_000_000.0))
    cache.clear()
    yield
    cache.clear()


def test_the_429_page_replaces_the_step_and_keeps_the_message(browser: Browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/step/message/")
    token = next(cookie["value"] for cookie in context.cookies() if cookie["name"] == "csrftoken")
    for _ in range(60):
        page.request.post(
            live_server.url + "/step/calm/",
            form={"danger": "no"},
            headers={"X-CSRFToken": token, "Referer": live_server.url + "/step/calm/"},
            max_redirects=0,
        )
    page.get_by_label("短信内容").fill(MESSAGE)
    page.get_by_role("button", name="分析这条短信").click()
    expect(page.get_by_role("heading", name="尝试次数过多")).to_be_visible()
    expect(page.get_by_role("textbox", name="短信内容")).to_have_value(MESSAGE)
    context.close()
