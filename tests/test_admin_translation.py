"""The staff review reads in Chinese: no English left on the admin pages a reviewer uses."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from triage import cases
from triage.models import Case, Pattern
from triage.review import families

pytestmark = pytest.mark.django_db

FROZEN = "【招商银行】尊敬的{name}，您尾号{tail}的信用卡因异常交易已被冻结，请于3日内联系{phone}解冻。"
CJK = re.compile(r"[\u3400-\u9fff]")
# Words that are the same in both languages: the staff member's own name, file formats, codes.
ALLOWED = re.compile(r"^(boss|CSV|SVG|SMS|[A-Z0-9]{4,}(-[A-Z0-9]{4,})*|[\w.+-]+@[\w.-]+|\S*https?://\S*)$")


def english_left(html: str) -> list[str]:
    body = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    lines = [unescape(line).strip() for line in re.sub(r"<[^>]+>", "\n", body).splitlines()]
    return sorted(
        {line for line in lines if re.search(r"[A-Za-z]{3,}", line) and not CJK.search(line) and not ALLOWED.match(line)}
    )


@pytest.fixture
def reviewer_pages():
    for name, tail, phone in (("王伟", "1234", "13812345678"), ("李娜", "8877", "15900001111"), ("陈华", "0420", "17712349876")):
        cases.record_case(
            FROZEN.format(name=name, tail=tail, phone=phone), day=timezone.localdate(), source="import", sender=phone
        )
    families.regroup()
    case, pattern = Case.objects.first(), Pattern.objects.get()
    return [
        "/admin/",
        "/admin/triage/",
        "/admin/triage/case/",
        "/admin/triage/case/?days=7&risk=high",
        f"/admin/triage/case/{case.pk}/change/",
        "/admin/triage/case/dashboard/",
        "/admin/triage/pattern/",
        f"/admin/triage/pattern/{pattern.pk}/change/",
        "/admin/triage/patterndecision/",
    ]


class TestAdminInChinese:
    def test_the_pages_a_reviewer_uses_have_no_english_left(self, reviewer_pages):
        client = Client()
        client.force_login(User.objects.create_superuser("boss", "boss@example.com", "pass-for-tests-123"))
        for url in reviewer_pages:
            response = client.get(url)
            assert response.status_code == 200, url
            assert english_left(response.content.decode()) == [], url

    def test_the_day_filter_is_named_in_chinese(self, reviewer_pages):
        client = Client()
        client.force_login(User.objects.create_superuser("boss", "boss@example.com", "pass-for-tests-123"))
        html = client.get("/admin/triage/case/").content.decode()
        assert "按日期筛选" in html and "Filter by" not in html

    def test_the_login_lockout_tables_are_not_shown(self):
        # Failed logins are counted in the cache; the tables would always be empty.
        client = Client()
        client.force_login(User.objects.create_superuser("boss", "boss@example.com", "pass-for-tests-123"))
        assert client.get("/admin/axes/accessattempt/").status_code == 404
