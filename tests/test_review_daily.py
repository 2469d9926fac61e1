"""The dashboard's counts per day (triage.review.daily): kept up to date when cases are stored, deleted
or purged, counted again when the table changed some other way, and read without any case's text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from triage import cases
from triage.models import Case, CaseDay
from triage.review import daily

pytestmark = pytest.mark.django_db

FROZEN = (
    "【招商银行】尊敬的王伟，您尾号1234的信用卡因异常交易已被冻结，请于3日内联系13812345678解冻，详见 http://cmb-pay1.xyz/77 。"
)
OTHER = "【花呗】您本月账单320元将于10日到期，请登录支付宝还款，如已还款请忽略。"


def share(text: str, *, days_ago: int = 0, sender: str | None = "13812345678") -> Case:
    day = timezone.localdate() - timedelta(days=days_ago)
    return cases.record_case(text, day=day, source="import", sender=sender).case


def recounted(first, last) -> dict:
    """The counts as they come from the cases themselves, with every stored row dropped first."""
    CaseDay.objects.all().delete()
    return daily.counts_between(first, last)


def reviewer() -> Client:
    user = User.objects.create_user("rev", password="pass-for-tests-123", is_staff=True)
    user.groups.add(Group.objects.get(name="reviewer"))
    client = Client()
    client.force_login(user)
    return client


class TestDailyCounts:
    def test_storing_cases_keeps_the_counts_equal_to_counting_again(self):
        share(FROZEN)
        cases.record_cases(
            [
                cases.CaseInput(text=t, day=timezone.localdate() - timedelta(days=2), source="import", sender=None)
                for t in (FROZEN, OTHER)
            ]
        )
        share(OTHER, sender="95188")
        today = timezone.localdate()
        kept = daily.counts_between(today - timedelta(days=10), today)
        assert kept[today]["cases"] == 2 and kept[today - timedelta(days=2)]["cases"] == 2
        assert kept[today]["domains"] == {"cmb-pay1.xyz": 1}
        assert kept[today]["risk"] and kept[today]["senders"]
        assert kept == recounted(today - timedelta(days=10), today)

    def test_a_wizard_share_is_counted(self):
        case = cases.build_case(cases.CaseInput(text=FROZEN, day=timezone.localdate(), source="wizard", sender="13812345678"))
        data = cases.CaseInput(text=case.text, day=case.day, source="wizard", analysis={"risk": case.risk, "flags": case.flags})
        assert cases.record_shared_case(data, cases.new_deletion_code())
        assert CaseDay.objects.get(day=case.day).cases == 1

    def test_a_deletion_by_code_drops_the_day_and_the_next_load_counts_it_again(self):
        share(FROZEN)
        recorded = cases.record_case(OTHER, day=timezone.localdate(), source="import", sender="95188")
        assert CaseDay.objects.get().cases == 2
        assert cases.delete_by_code(recorded.deletion_code)
        assert not CaseDay.objects.exists()
        today = timezone.localdate()
        assert daily.counts_between(today, today)[today]["cases"] == 1
        assert CaseDay.objects.get().cases == 1

    def test_purging_drops_the_old_days(self):
        share(FROZEN, days_ago=400)
        share(FROZEN)
        cases.purge(365)
        assert list(CaseDay.objects.values_list("day", flat=True)) == [timezone.localdate()]

    def test_a_change_made_outside_the_pipeline_is_corrected_on_the_next_load(self):
        share(FROZEN, days_ago=1)
        share(OTHER, days_ago=1, sender="95188")
        share(OTHER, days_ago=3, sender="95188")
        # As the admin's delete action or a script would: the stored counts do not know.
        Case.objects.filter(text__contains="花呗", day=timezone.localdate() - timedelta(days=1)).delete()
        Case.objects.filter(day=timezone.localdate() - timedelta(days=3)).delete()
        today = timezone.localdate()
        counts = daily.counts_between(today - timedelta(days=7), today)
        assert list(counts) == [today - timedelta(days=1)] and counts[today - timedelta(days=1)]["cases"] == 1
        assert counts == recounted(today - timedelta(days=7), today)
        assert list(CaseDay.objects.values_list("day", "cases")) == [(today - timedelta(days=1), 1)]

    def test_a_day_stored_before_its_row_existed_is_counted_in_full(self):
        share(FROZEN)
        CaseDay.objects.all().delete()
        share(OTHER, sender="95188")  # starts the day's row with this case only
        today = timezone.localdate()
        assert daily.counts_between(today, today)[today]["cases"] == 2


class TestDashboardReadsCounts:
    def test_a_load_reads_no_case_text_once_the_counts_are_kept(self):
        for days_ago in (0, 1, 8, 40, 100):
            share(FROZEN, days_ago=days_ago)
        client = reviewer()
        with CaptureQueriesContext(connection) as seen:
            html = client.get("/admin/triage/case/dashboard/").content.decode()
        assert "cmb-pay1.xyz" in html
        case_queries = [q["sql"] for q in seen.captured_queries if '"triage_case"' in q["sql"]]
        assert case_queries and not any('"text"' in sql for sql in case_queries)

    def test_the_figures_are_the_same_as_counted_from_the_cases(self):
        for days_ago in (0, 2, 9, 35, 95):
            share(FROZEN, days_ago=days_ago)
            share(OTHER, days_ago=days_ago + 1, sender="95188")
        client = reviewer()
        kept = client.get("/admin/triage/case/dashboard/export/").content
        CaseDay.objects.all().delete()
        assert client.get("/admin/triage/case/dashboard/export/").content == kept


@pytest.mark.django_db(transaction=True)
class TestConcurrentImports:
    def test_two_imports_of_one_new_day_add_up_without_a_recount(self):
        import threading

        from django.db import connections

        day = timezone.localdate() - timedelta(days=1)
        start = threading.Barrier(2)
        failures: list[BaseException] = []

        def import_batch(text: str) -> None:
            try:
                batch = [cases.build_case(cases.CaseInput(text=text, day=day, source="import", sender=None)) for _ in range(5)]
                start.wait(timeout=10)
                cases.record_cases(batch)
            except BaseException as error:  # reported below, in the test's own thread
                failures.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=import_batch, args=(text,)) for text in (FROZEN, OTHER)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        row = CaseDay.objects.get(day=day)
        assert row.cases == 10 == Case.objects.filter(day=day).count()
        assert row.counts["domains"] == {"cmb-pay1.xyz": 5}


class TestGroupCasesCommand:
    def test_it_counts_the_days_the_dashboard_shows(self):
        from io import StringIO

        from django.core.management import call_command

        share(FROZEN, days_ago=3)
        share(OTHER, days_ago=300, sender="95188")  # older than anything the dashboard shows
        CaseDay.objects.all().delete()  # as after a bulk load outside the pipeline
        out = StringIO()
        call_command("group_cases", stdout=out)
        assert "dashboard: days with cases counted: 1" in out.getvalue()
        assert list(CaseDay.objects.values_list("day", "cases")) == [(timezone.localdate() - timedelta(days=3), 1)]
