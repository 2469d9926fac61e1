"""Links a finger has to hit on a 390×844 phone: 依据 (basis) links and tap-to-call numbers.

WCAG 2.2 asks for at least 24 × 24 CSS px (2.5.8); on a phone we aim for 44 px high (2.5.5).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
FINGER = 44
WCAG_MINIMUM = 24

SCAM_SMS = "【XX法院】您的欠款已立案，请于24小时内将资金转入安全账户 6222 0000 1111 2222。详情 http://bit.ly/3xYz"


def heights(page, selector: str) -> list[tuple[str, float, float]]:
    return [
        (link.inner_text(), box["height"], box["width"])
        for link in page.locator(selector).all()
        if link.is_visible() and (box := link.bounding_box())
    ]


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_basis_links_and_numbers_are_big_enough_to_tap(browser: Browser, live_server, lang: str, js: bool):
    context = browser.new_context(**PHONE, java_script_enabled=js, locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/")
    if lang == "en":
        page.get_by_role("button", name="English").click()
    page.goto(live_server.url + "/step/message/")
    page.locator('textarea[name="sms_text"]').fill(SCAM_SMS)
    page.locator('button[value="analyse"]').click()
    page.locator("#result").wait_for()
    for summary in page.locator(".flag summary").all():
        summary.click()
    found = []
    for path in (None, "/step/calm/", "/plan/", "/checklist/"):
        if path:
            page.goto(live_server.url + path)
        basis = heights(page, ".source a")
        numbers = heights(page, "a.tel")
        found += basis + numbers
        assert all(height >= FINGER for _, height, _ in basis), (path, basis)
        assert all(height >= FINGER and width >= WCAG_MINIMUM for _, height, width in numbers), (path, numbers)
    # The pages above do have such links: the check is not vacuous.
    assert len(found) > 10
    context.close()
