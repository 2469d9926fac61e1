"""Staff review: the reviewer group, the case list, the dashboard, families of
near-duplicates, decisions on them, and confirmed patterns warning the next person."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from triage import cases
from triage.analysis import patterns
from triage.models import Case, Pattern, PatternDecision
from triage.review import families

pytestmark = pytest.mark.django_db

# Three copies of one scam template with other names, amounts, numbers and links; one unrelated message.
FROZEN = "【招商银行】尊敬的{name}，您尾号{tail}的信用卡因异常交易已被冻结，请于{days}日内联系{phone}解冻，逾期将影响征信。"
FROZEN_COPIES = [
    FROZEN.format(name="王伟", tail="1234", days=3, phone="13812345678"),
    FROZEN.format(name="李娜女士", tail="8877", days=5, phone="15900001111"),
    FROZEN.format(name="陈建华", tail="0420", days=2, phone="17712349876"),
]
OTHER = "【花呗】您本月账单320元将于10日到期，请登录支付宝还款，如已还款请忽略。"
ZH: dict[str, str] = {}  # Chinese unless the language cookie says otherwise


def in_english(client: Client) -> Client:
    client.cookies["django_language"] = "en"
    return client


def share(text: str, *, days_ago: int = 0, sender: str | None = "13812345678") -> Case:
    """A case through the one pipeline, as an import would store it."""
    day = timezone.localdate() - timedelta(days=days_ago)
    return cases.record_case(text, day=day, source="import", sender=sender).case


def person(name: str, *, staff: bool = True, group: str | None = None, superuser: bool = False) -> Client:
    if superuser:
        user = User.objects.create_superuser(name, password="pass-for-tests-123")
    else:
        user = User.objects.create_user(name, password="pass-for-tests-123", is_staff=staff)
    if group:
        user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def confirmed_pattern(reports: int = 3) -> Pattern:
    for text in FROZEN_COPIES[:reports]:
        share(text)
    families.regroup()
    pattern = Pattern.objects.get()
    pattern.confirm(
        User.objects.create_user("lead"),
        title_zh="信用卡“冻结”解冻诈骗",
        title_en="Card 'frozen' scam",
        advice_zh="银行不会让您打短信里的号码解冻，请拨打卡背面的官方客服电话核实。",
        advice_en="Banks never ask you to call a number in a text to unfreeze a card.",
    )
    return pattern


class TestReviewerGroup:
    def test_the_migration_gives_the_group_read_and_decide_rights_only(self):
        codenames = set(Group.objects.get(name="reviewer").permissions.values_list("codename", flat=True))
        assert codenames == {"view_case", "view_pattern", "view_patterndecision", "decide_pattern"}

    def test_a_reviewer_reads_cases_but_cannot_change_or_delete_one(self):
        case = share(FROZEN_COPIES[0])
        client = person("rev", group="reviewer")
        assert client.get("/admin/triage/case/").status_code == 200
        page = client.get(f"/admin/triage/case/{case.pk}/change/", **ZH)
        assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
        assert client.post(f"/admin/triage/case/{case.pk}/change/", {"text": "changed"}).status_code == 403
        assert client.post(f"/admin/triage/case/{case.pk}/delete/", {"post": "yes"}).status_code == 403
        case.refresh_from_db()
        assert case.text != "changed"

    def test_staff_outside_the_group_see_nothing(self):
        share(FROZEN_COPIES[0])
        client = person("other")
        assert client.get("/admin/triage/case/").status_code == 403
        assert client.get("/admin/triage/case/dashboard/").status_code == 403


class TestCaseList:
    def test_it_is_translated(self):
        share(FROZEN_COPIES[0])
        client = person("rev", group="reviewer")
        zh = client.get("/admin/triage/case/", **ZH).content.decode()
        assert "共享案例" in zh and "发送号码类型" in zh and "声称的机构" in zh
        assert "信用卡" in zh  # a flag's title, not its code
        en = in_english(client).get("/admin/triage/case/").content.decode()
        assert "shared cases" in en.lower() and "sender kind" in en.lower()

    def test_filters_and_search(self):
        frozen = share(FROZEN_COPIES[0])
        old = share(OTHER, days_ago=40, sender="95188")
        client = person("rev", group="reviewer")

        def codes(query: str) -> set[str]:
            html = client.get(f"/admin/triage/case/?{query}").content.decode()
            return {code for code in (frozen.code, old.code) if code in html}

        assert codes("days=7") == {frozen.code}
        assert codes("days=90") == {frozen.code, old.code}
        assert codes(f"risk={frozen.risk}") >= {frozen.code}
        assert codes(f"flag={frozen.flags[0]}") == {frozen.code}
        assert codes(f"sender_kind={frozen.sender_kind}") == {frozen.code}
        assert codes(f"institution={frozen.institution}") == {frozen.code}
        assert codes("q=冻结") == {frozen.code}

    @pytest.mark.parametrize("url", ["/admin/triage/case/", "/admin/triage/pattern/", "/admin/triage/patterndecision/"])
    def test_list_pages_take_the_same_queries_for_more_rows(self, url):
        client = person("admin", superuser=True)
        share(FROZEN_COPIES[0])
        families.regroup()
        client.get(url)
        with CaptureQueriesContext(connection) as few:
            assert client.get(url).status_code == 200
        for text in FROZEN_COPIES + [OTHER] * 3:
            share(text)
        families.regroup()
        rev = User.objects.create_user("rev")
        for pattern in Pattern.objects.all():
            pattern.dismiss(rev, "test")
            pattern.confirm(rev, title_zh="标题")
        with CaptureQueriesContext(connection) as many:
            assert client.get(url).status_code == 200
        assert len(many) == len(few)

    def test_case_list_queries_are_pinned(self, django_assert_num_queries):
        client = person("admin", superuser=True)
        for text in FROZEN_COPIES:
            share(text)
        client.get("/admin/triage/case/")
        # session, user, institution filter choices, count, total count, page of rows, date hierarchy.
        with CaptureQueriesContext(connection) as seen:
            client.get("/admin/triage/case/")
        with django_assert_num_queries(len(seen)):
            client.get("/admin/triage/case/?days=30&q=冻结")


class TestDashboard:
    def test_it_is_for_staff_only(self):
        assert Client().get("/admin/triage/case/dashboard/").status_code == 302
        assert person("visitor", staff=False).get("/admin/triage/case/dashboard/").status_code == 302

    def test_it_draws_weeks_by_risk_and_the_top_lists_with_their_change(self):
        for text in FROZEN_COPIES:
            share(text)
        share(FROZEN_COPIES[0], days_ago=10)
        share(OTHER, days_ago=3, sender="95188")
        html = person("rev", group="reviewer").get("/admin/triage/case/dashboard/", **ZH).content.decode()
        assert "<svg" in html and "<rect" in html
        assert '<script src="http' not in html and "cdn" not in html.lower()
        assert "每周共享案例（按风险）" in html
        # 3 frozen-card cases in the last 7 days, 1 in the 7 before: +2 (+200 %).
        assert "招商银行" in html and "+2 (+200 %)" in html
        assert "个人手机号" in html

    def test_it_takes_the_same_queries_for_more_cases(self):
        client = person("rev", group="reviewer")
        share(OTHER)
        client.get("/admin/triage/case/dashboard/")
        with CaptureQueriesContext(connection) as few:
            client.get("/admin/triage/case/dashboard/")
        for days_ago in (1, 8, 40, 100):
            share(FROZEN_COPIES[0], days_ago=days_ago)
        with CaptureQueriesContext(connection) as many:
            client.get("/admin/triage/case/dashboard/")
        assert len(many) == len(few)


class TestFamilies:
    def test_copies_of_one_template_become_one_candidate_with_its_figures(self):
        for days_ago, text in zip((5, 2, 1), FROZEN_COPIES):
            share(text, days_ago=days_ago)
        share(OTHER)
        result = families.regroup()
        assert (result.families, result.created) == (1, 1)
        pattern = Pattern.objects.get()
        today = timezone.localdate()
        assert pattern.status == Pattern.Status.CANDIDATE and pattern.reports == 3
        assert (pattern.first_day, pattern.last_day) == (today - timedelta(days=5), today - timedelta(days=1))
        assert "〔姓名〕" in pattern.example and "陈建华" not in pattern.example
        assert pattern.flags and pattern.sender_kinds == [["mobile", 3]]

    def test_regrouping_updates_a_pattern_and_a_dismissal_stands(self):
        for text in FROZEN_COPIES:
            share(text)
        families.regroup()
        pattern = Pattern.objects.get()
        pattern.dismiss(User.objects.create_user("rev"), "bank's own wording")
        share(FROZEN.format(name="赵敏", tail="5555", days=7, phone="13900002222"))
        result = families.regroup()
        assert (result.created, result.updated) == (0, 1)
        pattern.refresh_from_db()
        assert pattern.status == Pattern.Status.DISMISSED and pattern.reports == 4

    def test_two_copies_are_not_yet_a_family(self):
        for text in FROZEN_COPIES[:2]:
            share(text)
        assert families.regroup().created == 0

    def test_the_command_groups(self):
        from django.core.management import call_command

        for text in FROZEN_COPIES:
            share(text)
        call_command("group_cases")
        assert Pattern.objects.count() == 1


class TestDecisions:
    def _candidate(self) -> Pattern:
        for text in FROZEN_COPIES:
            share(text)
        families.regroup()
        return Pattern.objects.get()

    def test_a_reviewer_confirms_a_candidate_and_the_decision_is_recorded(self):
        pattern = self._candidate()
        client = person("rev", group="reviewer")
        url = f"/admin/triage/pattern/{pattern.pk}/decide/"
        assert client.get(url).status_code == 200
        texts = {
            "title_zh": "信用卡冻结诈骗",
            "title_en": "Card frozen scam",
            "description_zh": "冒充银行称卡被冻结。",
            "description_en": "Poses as a bank.",
            "advice_zh": "打卡背面的电话核实。",
            "advice_en": "Call the number on your card.",
        }
        response = client.post(url, {**texts, "decision": "confirm"})
        assert response.status_code == 302
        pattern.refresh_from_db()
        assert pattern.status == Pattern.Status.CONFIRMED and pattern.title_zh == "信用卡冻结诈骗"
        decision = PatternDecision.objects.get()
        assert decision.reviewer_name == "rev" and decision.action == "confirm"
        assert decision.details["title_en"] == "Card frozen scam"
        assert abs(decision.at - timezone.now()) < timedelta(minutes=1)

    def test_confirming_needs_both_languages(self):
        pattern = self._candidate()
        client = person("rev", group="reviewer")
        response = client.post(f"/admin/triage/pattern/{pattern.pk}/decide/", {"title_zh": "只有中文", "decision": "confirm"})
        assert response.status_code == 200
        pattern.refresh_from_db()
        assert pattern.status == Pattern.Status.CANDIDATE and not PatternDecision.objects.exists()

    def test_a_dismissal_is_recorded(self):
        pattern = self._candidate()
        client = person("rev", group="reviewer")
        client.post(f"/admin/triage/pattern/{pattern.pk}/decide/", {"decision": "dismiss", "note": "genuine reminder"})
        pattern.refresh_from_db()
        decision = PatternDecision.objects.get()
        assert pattern.status == Pattern.Status.DISMISSED
        assert (decision.action, decision.reviewer_name, decision.details) == ("dismiss", "rev", {"note": "genuine reminder"})

    def test_staff_without_the_decide_right_cannot_decide(self):
        pattern = self._candidate()
        user = User.objects.create_user("viewer", is_staff=True)
        from django.contrib.auth.models import Permission

        user.user_permissions.add(Permission.objects.get(codename="view_pattern"))
        client = Client()
        client.force_login(user)
        url = f"/admin/triage/pattern/{pattern.pk}/decide/"
        assert client.get(url).status_code == 200
        assert client.post(url, {"decision": "dismiss"}).status_code == 403
        assert client.post("/admin/triage/pattern/regroup/").status_code == 403
        assert not PatternDecision.objects.exists()

    def test_the_decision_record_cannot_be_changed(self):
        self._candidate().dismiss(User.objects.create_user("rev"))
        client = person("admin", superuser=True)
        decision = PatternDecision.objects.get()
        assert client.post(f"/admin/triage/patterndecision/{decision.pk}/delete/", {"post": "yes"}).status_code == 403
        assert PatternDecision.objects.count() == 1


class TestConfirmedPatternWarns:
    def test_a_matching_message_is_warned_and_a_different_one_is_not(self):
        confirmed_pattern()
        client = Client()
        new_copy = FROZEN.format(name="孙丽", tail="9999", days=4, phone="18600001234")
        html = client.post("/step/message/", {"sms_text": new_copy, "sender": "", "action": "analyse"}, **ZH).content.decode()
        assert "与已确认的诈骗模式相似：信用卡“冻结”解冻诈骗（已有 3 人报告）" in html
        assert "请拨打卡背面的官方客服电话核实" in html
        other = Client().post("/step/message/", {"sms_text": OTHER, "sender": "", "action": "analyse"}, **ZH).content.decode()
        assert "与已确认的诈骗模式相似" not in other

    def test_in_english(self):
        confirmed_pattern()
        new_copy = FROZEN.format(name="孙丽", tail="9999", days=4, phone="18600001234")
        html = (
            in_english(Client())
            .post("/step/message/", {"sms_text": new_copy, "sender": "", "action": "analyse"})
            .content.decode()
        )
        assert "Card &#x27;frozen&#x27; scam (3 people have reported it)" in html

    def test_a_candidate_or_dismissed_pattern_warns_nobody(self):
        for text in FROZEN_COPIES:
            share(text)
        families.regroup()
        html = (
            Client()
            .post("/step/message/", {"sms_text": FROZEN_COPIES[0], "sender": "", "action": "analyse"}, **ZH)
            .content.decode()
        )
        assert "与已确认的诈骗模式相似" not in html


class TestPatternMatching:
    """triage/analysis/patterns.py is pure: confirmed patterns come in as data."""

    def test_it_imports_no_django(self):
        source = (Path(patterns.__file__)).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) (django|triage\.models)", source, re.M)

    def test_copies_match_and_other_messages_do_not(self):
        known = [patterns.KnownPattern("P1", "冻结", "Frozen", "打官方电话", "Call", FROZEN_COPIES[0], 3)]
        found = patterns.match_pattern(FROZEN_COPIES[2], known)
        assert found is not None and found.pattern.code == "P1" and found.score >= patterns.MATCH_THRESHOLD
        assert patterns.match_pattern(OTHER, known) is None
        assert patterns.match_pattern("请还款", known) is None

    def test_grouping_keeps_templates_apart(self):
        groups = patterns.group([*FROZEN_COPIES, OTHER, OTHER.replace("320", "1,280")])
        assert sorted(map(sorted, groups)) == [[0, 1, 2], [3, 4]]

    def test_synthetic_families_are_found(self):
        from triage.anonymize import scrub
        from triage.review.synthetic import messages

        sample = messages(600, seed=3)
        groups = patterns.group([scrub(m.text) for m in sample])
        by_label: dict[int, int] = {}
        wrong = 0
        for found in groups:
            if len(found) < 2:
                continue
            labels = [sample[i].family for i in found]
            top = max(set(labels), key=labels.count)
            wrong += len(labels) - labels.count(top) if top != -1 else len(labels)
            if top >= 0:
                by_label[top] = max(by_label.get(top, 0), labels.count(top))
        scams = sum(1 for m in sample if m.family >= 0)
        assert sum(by_label.values()) / scams >= 0.95 and wrong / len(sample) <= 0.02


class TestDemoCases:
    def test_it_stores_synthetic_cases_through_the_pipeline(self, settings):
        from django.core.management import call_command

        settings.DEBUG = True
        call_command("demo_cases", "40", "--days", "10")
        assert Case.objects.count() == 40
        assert not Case.objects.filter(text__regex=r"1[3-9]\d{9}").exists()  # numbers scrubbed
        assert families.regroup().families >= 1


class TestFiguresExport:
    def test_it_holds_codes_and_counts_and_no_message_text(self):
        import csv
        import io

        for text in FROZEN_COPIES:
            share(text)
        response = person("rev", group="reviewer").get("/admin/triage/case/dashboard/export/")
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        content = response.content.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(content)))
        assert rows[0] == ["section", "period_days", "start", "code", "label", "cases", "cases_period_before"]
        assert ["total", "7", "", "", "", "3", "0"] in rows
        assert any(row[0] == "senders" and row[3] == "mobile" and row[5] == "3" for row in rows)
        assert "逾期将影响征信" not in content and "〔" not in content

    def test_it_is_for_staff_who_read_cases(self):
        assert person("other").get("/admin/triage/case/dashboard/export/").status_code == 403
        assert Client().get("/admin/triage/case/dashboard/export/").status_code == 302


class TestPublicPatternsPage:
    def test_it_shows_confirmed_patterns_only_with_count_example_and_advice(self):
        pattern = confirmed_pattern()
        Pattern.objects.create(code="CANDID01", example=OTHER, reports=5)
        html = Client().get("/patterns/").content.decode()
        assert "常见诈骗模式" in html and "信用卡“冻结”解冻诈骗" in html and "已有 3 人报告。" in html
        assert "〔姓名〕" in html and "请拨打卡背面的官方客服电话核实" in html
        assert OTHER not in html
        assert f'id="pattern-{pattern.code}"' in html

    def test_home_and_the_warning_link_to_it(self):
        pattern = confirmed_pattern()
        assert 'href="/patterns/"' in Client().get("/").content.decode()
        new_copy = FROZEN.format(name="孙丽", tail="9999", days=4, phone="18600001234")
        html = Client().post("/step/message/", {"sms_text": new_copy, "sender": "", "action": "analyse"}).content.decode()
        assert f'href="/patterns/#pattern-{pattern.code}"' in html

    def test_it_is_empty_before_any_confirmation(self):
        assert "目前还没有经确认的诈骗模式" in Client().get("/patterns/").content.decode()
