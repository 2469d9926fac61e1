"""The staff dashboard in Chromium: the chart is drawn by the server, nothing comes from elsewhere, and
axe-core finds no violations."""

from __future__ import annotations

import importlib
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone
from playwright.sync_api import Browser, expect

from triage import cases

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_dashboard_is_accessible_and_self_contained(browser: Browser, live_server):
    for text in ("【招商银行】尊敬的王伟，您的信用卡已被冻结，请联系13812345678解冻。", "【花呗】您本月账单320元将于10日到期。"):
        cases.record_case(text, day=timezone.localdate(), source="import", sender="13812345678")
    reviewer = User.objects.create_user("rev", password="pass-for-tests-123", is_staff=True)
    # Transactional tests empty every table, the migration's group included: make it again as it does.
    importlib.import_module("triage.migrations.0005_reviewer_group").create_reviewer_group(django_apps, None)
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    client = Client()
    client.force_login(reviewer)
    server = urlparse(live_server.url)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    foreign: list[str] = []
    page.on(
        "request",
        lambda request: (
            foreign.append(request.url)
            if urlparse(request.url).netloc not in ("", server.netloc) and not request.url.startswith("data:")
            else None
        ),
    )
    page.goto(live_server.url + "/admin/triage/case/dashboard/")

    expect(page.get_by_role("img", name="每周共享案例（按风险）")).to_be_visible()
    expect(page.get_by_role("table", name="最常见的发送号码类型").first).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert foreign == []
    context.close()


def test_the_public_patterns_page_is_accessible_on_a_phone(page, live_server):
    from triage.models import Pattern

    reviewer = User.objects.create_user("lead")
    pattern = Pattern.objects.create(
        code="PATTERN1", example="【招商银行】尊敬的〔姓名〕，您的信用卡已被冻结，请联系〔手机号〕解冻。", reports=4
    )
    pattern.confirm(
        reviewer,
        title_zh="信用卡冻结诈骗",
        title_en="Card frozen scam",
        advice_zh="打卡背面的电话核实。",
        advice_en="Call the number on your card.",
    )
    page.goto(live_server.url + "/patterns/")
    expect(page.get_by_role("heading", name="信用卡冻结诈骗")).to_be_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
