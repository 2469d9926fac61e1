from __future__ import annotations

import csv
import io
import logging
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from helpers import assert_fits_the_phone
from openpyxl import load_workbook

from triage import evidence
from triage.evidence import Breach, Entry


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def rows_post(rows: list[dict], action: str = "check") -> dict:
    """The POST body the evidence form sends: formset management data plus one prefix per row."""
    data = {"form-TOTAL_FORMS": str(len(rows)), "form-INITIAL_FORMS": "0", "action": action}
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"form-{index}-{key}"] = value
    return data


class TestCheckEntries:
    def test_contact_at_night_breaks_the_hours_rule(self):
        entries = [
            Entry(at("2026-11-28 21:59")),
            Entry(at("2026-11-28 22:00")),
            Entry(at("2026-11-29 07:59")),
            Entry(at("2026-11-29 08:00")),
        ]
        assert evidence.check_entries(entries) == [Breach("night", (2, 3), count=2)]

    def test_aware_times_are_judged_on_the_clock_in_china(self):
        # 15:30 UTC is 23:30 in Shanghai.
        entry = Entry(datetime(2026, 11, 28, 15, 30, tzinfo=ZoneInfo("UTC")))
        assert [b.rule for b in evidence.check_entries([entry])] == ["night"]

    def test_six_contacts_a_day_from_one_number_are_allowed_seven_may_not_be(self):
        six = [Entry(at(f"2026-11-28 {hour}:00"), sender="17099990000") for hour in range(10, 16)]
        assert evidence.check_entries(six) == []
        seven = [*six, Entry(at("2026-11-28 17:00"), sender="17099990000"), Entry(at("2026-11-29 10:00"), sender="17099990000")]
        breaches = evidence.check_entries(seven)
        day = datetime(2026, 11, 28).date()
        assert breaches == [Breach("too_many", (1, 2, 3, 4, 5, 6, 7), day=day, count=7, sender="17099990000")]

    def test_the_daily_limit_counts_per_number_not_across_senders(self):
        # Seven contacts in a day from four different numbers: no one collector went over the limit.
        senders = ["17099990000", "17099990001", "95555", "17099990002"] * 2
        entries = [Entry(at(f"2026-11-28 {10 + i}:00"), sender=sender) for i, sender in enumerate(senders[:7])]
        assert evidence.check_entries(entries) == []
        # Entries with no number cannot be attributed to a collector and are not counted.
        assert evidence.check_entries([Entry(at(f"2026-11-28 {h}:00")) for h in range(9, 17)]) == []

    def test_one_number_typed_in_different_ways_is_counted_together(self):
        typed = [
            "+86 170 9999 0000",
            "17099990000",
            "170-9999-0000",
            "0086 17099990000",
            "+8617099990000",
            "(170) 99990000",
            "170.9999.0000",
        ]
        entries = [Entry(at(f"2026-11-28 {10 + i}:00"), sender=sender) for i, sender in enumerate(typed)]
        entries.append(Entry(at("2026-11-28 18:00"), sender="17099990001"))
        [breach] = evidence.check_entries(entries)
        assert breach.rule == "too_many" and breach.rows == (1, 2, 3, 4, 5, 6, 7) and breach.sender == "+86 170 9999 0000"

    def test_contacting_third_parties_is_a_breach(self):
        entries = [Entry(at("2026-11-28 10:00")), Entry(at("2026-11-28 11:00"), third_parties="我妈妈、单位领导")]
        assert evidence.check_entries(entries) == [Breach("third_party", (2,), count=1)]

    def test_threats_are_a_breach(self):
        assert [b.rule for b in evidence.check_entries([Entry(at("2026-11-28 10:00"), threats="上门")])] == ["threats"]

    def test_every_rule_rests_on_a_cited_basis(self):
        from triage.letters import legal_bases

        for bases in evidence.RULE_BASES.values():
            for key in bases:
                assert key in legal_bases()["law"]


class TestExports:
    ENTRIES = [
        Entry(at("2026-11-28 23:15"), sender="+8617099990000", channel="call", demanded="今天还清", threats="爆通讯录"),
        Entry(at("2026-11-29 09:00"), sender='=HYPERLINK("http://x")', channel="wechat", fingerprint="a" * 64),
    ]

    def test_csv_starts_with_a_bom_and_keeps_chinese(self):
        content = evidence.to_csv(self.ENTRIES, "zh-hans")
        assert content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        assert rows[0][0] == "序号"
        assert rows[1][2] == "+8617099990000" and rows[1][3] == "电话" and rows[1][8] == "是"

    def test_formulas_typed_in_a_cell_stay_text(self):
        rows = list(csv.reader(io.StringIO(evidence.to_csv(self.ENTRIES, "en").decode("utf-8-sig"))))
        assert rows[2][2].startswith("'=")

    def test_xlsx_opens_with_both_sheets(self):
        content = evidence.to_xlsx(self.ENTRIES, "en", ["1 contact at night"])
        workbook = load_workbook(io.BytesIO(content))
        log = workbook["Evidence log"]
        assert log["A1"].value == "No."
        assert log["E2"].value == "今天还清"
        assert log["C3"].data_type == "s"
        assert workbook["Rules broken"]["A2"].value == "1 contact at night"

    def test_xlsx_keeps_a_typed_formula_as_text_without_a_visible_apostrophe(self):
        entries = [*self.ENTRIES, Entry(at("2026-11-29 10:00"), sender="-1+2", demanded="@SUM(A1)", threats="+cmd")]
        workbook = load_workbook(io.BytesIO(evidence.to_xlsx(entries, "en", ["=1+1"])))
        log = workbook["Evidence log"]
        assert log["C3"].value == '=HYPERLINK("http://x")'
        assert log["C3"].data_type == "s" and log["C3"].quotePrefix
        assert (log["C4"].value, log["E4"].value, log["F4"].value) == ("-1+2", "@SUM(A1)", "+cmd")
        assert all(cell.quotePrefix for cell in (log["C4"], log["E4"], log["F4"]))
        # A phone number with a + is a number, not a formula: no marker, and no apostrophe either.
        assert log["C2"].value == "+8617099990000"
        assert workbook["Rules broken"]["A2"].value == "=1+1" and workbook["Rules broken"]["A2"].data_type == "s"

    def test_xlsx_drops_characters_a_spreadsheet_cannot_hold(self):
        entry = Entry(at("2026-11-28 10:00"), sender="170\x0199990000", demanded="还钱\x0b今天\x00\x1f", threats="a\x0cb")
        workbook = load_workbook(io.BytesIO(evidence.to_xlsx([entry], "zh-hans", ["第1条\x0b"])))
        log = workbook.active
        assert (log["C2"].value, log["E2"].value, log["F2"].value) == ("17099990000", "还钱\n今天", "a\nb")
        assert workbook["违规情况"]["A2"].value == "第1条\n"

    def test_xlsx_dates_are_dates(self):
        workbook = load_workbook(io.BytesIO(evidence.to_xlsx(self.ENTRIES, "zh-hans")))
        cell = workbook.active["B2"]
        assert cell.is_date and cell.value == datetime(2026, 11, 28, 23, 15)
        assert cell.number_format == "yyyy-mm-dd hh:mm"
        # CSV has no types: there the date stays text a person can read.
        assert "2026-11-28 23:15" in evidence.to_csv(self.ENTRIES, "zh-hans").decode("utf-8-sig")

    def test_xlsx_dates_are_on_the_clock_in_china(self):
        entry = Entry(datetime(2026, 11, 28, 15, 30, tzinfo=ZoneInfo("UTC")))
        cell = load_workbook(io.BytesIO(evidence.to_xlsx([entry], "en"))).active["B2"]
        assert cell.value == datetime(2026, 11, 28, 23, 30)

    def test_a_row_without_a_time_leaves_the_date_empty(self):
        cell = load_workbook(io.BytesIO(evidence.to_xlsx([Entry(None, sender="110")], "en"))).active["B2"]
        assert cell.value is None


@pytest.mark.django_db
class TestEvidenceView:
    NIGHT_ROW = {"when": "2026-11-28T23:10", "sender": "17099990000", "channel": "call", "third_parties": "单位同事Q7X"}

    def test_it_shows_a_form_with_empty_rows_and_a_file_input_that_is_never_sent(self):
        html = Client().get("/evidence/").content.decode()
        assert 'name="form-TOTAL_FORMS"' in html and 'name="form-0-when"' in html
        file_inputs = re.findall(r"<input[^>]*type=\"file\"[^>]*>", html)
        assert file_inputs and all("name=" not in tag for tag in file_inputs)
        assert "js/evidence." in html

    def test_it_names_the_rules_broken(self):
        response = Client().post("/evidence/", rows_post([self.NIGHT_ROW]))
        assert response.status_code == 200
        rules = [b["rule"] for b in response.context["breaches"]]
        assert rules == ["night", "third_party"]
        assert "单位同事Q7X" in response.content.decode()

    def test_add_a_row_keeps_the_rows_and_adds_one(self):
        response = Client().post("/evidence/", rows_post([self.NIGHT_ROW], action="add"))
        html = response.content.decode()
        assert 'name="form-1-when"' in html and 'name="form-2-when"' not in html
        assert 'value="17099990000"' in html

    def test_the_added_row_is_blank_not_wrong(self):
        response = Client().post("/evidence/", rows_post([self.NIGHT_ROW], action="add"))
        html = response.content.decode()
        assert response.status_code == 200
        assert 'class="error-summary"' not in html and 'class="errorlist' not in html
        assert response.context["formset"].forms[1].errors == {}
        # The finished row is still checked, and the page opens at the new row.
        assert [b["rule"] for b in response.context["breaches"]] == ["night", "third_party"]
        assert 'id="entry-2"' in html and 'formaction="/evidence/#entry-3"' in html

    def test_a_half_filled_row_still_says_what_is_missing_when_adding(self):
        response = Client().post("/evidence/", rows_post([{"sender": "17099990000", "channel": "call"}], action="add"))
        assert response.context["formset"].forms[0].errors
        assert response.context["formset"].forms[1].errors == {}

    def test_the_first_row_comes_from_the_checked_message(self):
        from helpers import with_answers

        client = with_answers(
            Client(),
            {
                "message": {
                    "sms_text": "〔姓名〕您好，您在XX平台的欠款已逾期，请今日还清。",
                    "risk": "high",
                    "flags": [],
                    "sender_kind": "mobile",
                    "sender_public": "",
                    "sender_hash": "f" * 64,
                }
            },
        )
        response = client.get("/evidence/")
        first = response.context["formset"].forms[0]
        assert first.initial == {
            "channel": "sms",
            "sender": "〔个人手机号〕",
            "demanded": "〔姓名〕您好，您在XX平台的欠款已逾期，请今日还清。",
        }
        html = response.content.decode()
        assert "第1条已根据您检查过的短信填好" in html
        # The time it arrived is not known: the person fills it in. The other rows stay blank.
        assert not first.initial.get("when") and response.context["formset"].forms[1].initial == {}
        assert 'name="form-INITIAL_FORMS" value="0"' in html and 'name="form-TOTAL_FORMS" value="3"' in html

    def test_a_public_sender_is_filled_in_as_the_number(self):
        from helpers import with_answers

        client = with_answers(Client(), {"message": {"sms_text": "", "sender_kind": "service_955", "sender_public": "95588"}})
        assert client.get("/evidence/").context["formset"].forms[0].initial["sender"] == "95588"

    def test_filling_in_the_log_from_the_message_stores_nothing(self):
        from helpers import with_answers

        answers = {"message": {"sms_text": "x" * 600, "risk": "low", "flags": [], "sender_kind": "none"}}
        client = with_answers(Client(), answers)
        before = dict(client.session.items())
        demanded = client.get("/evidence/").context["formset"].forms[0].initial["demanded"]
        assert len(demanded) == 500 and demanded.endswith("…")
        assert dict(client.session.items()) == before

    def test_without_a_checked_message_the_rows_are_blank(self):
        response = Client().get("/evidence/")
        assert all(form.initial == {} for form in response.context["formset"].forms)
        assert "data-prefilled" not in response.content.decode()

    def test_the_filled_row_is_judged_as_posted(self):
        # Posted back without a time, the suggested row asks for one; cleared, it is simply left out.
        row = {"sender": "〔个人手机号〕", "channel": "sms", "demanded": "请今日还清"}
        response = Client().post("/evidence/", rows_post([row]))
        assert "when" in response.context["formset"].forms[0].errors
        cleared = Client().post("/evidence/", rows_post([{"channel": "sms"}, self.NIGHT_ROW]))
        assert len(cleared.context["entries"]) == 1

    def test_a_deleted_row_is_left_out(self):
        data = rows_post([self.NIGHT_ROW, {"when": "2026-11-28T10:00", "channel": "sms", "DELETE": "on"}])
        response = Client().post("/evidence/", data)
        assert len(response.context["entries"]) == 1

    def test_an_invalid_row_is_explained_and_kept(self):
        data = rows_post([{"when": "yesterday", "sender": "keep-me", "channel": "sms"}])
        response = Client().post("/evidence/", data)
        html = response.content.decode()
        assert response.status_code == 200 and 'class="error-summary"' in html and 'value="keep-me"' in html

    def test_broken_management_data_is_not_a_server_error(self):
        response = Client().post("/evidence/", {"form-TOTAL_FORMS": "x", "action": "add"})
        assert response.status_code == 200

    def test_it_exports_csv_with_a_bom(self):
        response = Client().post("/evidence/export/?format=csv", rows_post([self.NIGHT_ROW]))
        assert response.status_code == 200
        assert response.content.startswith(b"\xef\xbb\xbf")
        assert 'filename="collection-evidence-log-' in response["Content-Disposition"]

    def test_it_exports_xlsx(self):
        response = Client().post("/evidence/export/?format=xlsx", rows_post([self.NIGHT_ROW]))
        workbook = load_workbook(io.BytesIO(response.content))
        assert workbook.active["C2"].value == "17099990000"
        assert workbook.active["B2"].value == datetime(2026, 11, 28, 23, 10)
        assert len(workbook.sheetnames) == 2

    def test_the_breaches_sheet_cites_each_rule(self):
        response = Client().post("/evidence/export/?format=xlsx", rows_post([self.NIGHT_ROW]))
        sheet = load_workbook(io.BytesIO(response.content))["违规情况"]
        rows = [[cell.value or "" for cell in row] for row in sheet.iter_rows()]
        assert rows[0] == ["违规情况", "依据（名称、文号、条款）", "发布机关", "官方来源"]
        # Night contact: the banking association's guideline, with its body and the association's own site.
        assert "22:00" in rows[1][0]
        assert rows[1][1].startswith("《金融机构个人消费类贷款催收工作指引（试行）》")
        assert rows[1][2] == "中国银行业协会" and rows[1][3] == "https://www.china-cba.net/"
        # Third parties rest on three rules, one line each; the credit-card articles are named, from a single report.
        third = [row for row in rows if "第三人" in row[0]][0]
        cited = rows[rows.index(third) : rows.index(third) + 3]
        assert [row[2] for row in cited] == ["中国银行业协会", "国家金融监督管理总局", "中国银行业监督管理委员会"]
        assert "第六十八条" in cited[2][1] and "以官方发布为准" in cited[2][1]
        assert all(row[0] == "" for row in cited[1:])

    def test_the_breaches_sheet_in_english(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en"})
        response = client.post("/evidence/export/?format=xlsx", rows_post([self.NIGHT_ROW]))
        sheet = load_workbook(io.BytesIO(response.content))["Rules broken"]
        assert sheet["B1"].value == "Rule (title, number, article)"
        assert sheet["C2"].value == "China Banking Association"

    def test_export_with_an_unknown_format_re_renders_the_page(self):
        response = Client().post("/evidence/export/?format=exe", rows_post([self.NIGHT_ROW]))
        assert response.status_code == 200 and "Content-Disposition" not in response

    def test_export_needs_a_post(self):
        assert Client().get("/evidence/export/?format=csv").status_code == 405

    def test_pasted_control_characters_do_not_break_the_excel_download_or_reach_the_log(self, caplog):
        caplog.set_level(logging.DEBUG)
        typed = "还钱Q7X\x0b今天必须还清Q7Y"
        row = {**self.NIGHT_ROW, "demanded": typed, "threats": "\x0c上门Q7Z", "sender": "1709999\x010000"}
        client = Client(raise_request_exception=False)
        response = client.post("/evidence/export/?format=xlsx", rows_post([row]))
        assert response.status_code == 200
        workbook = load_workbook(io.BytesIO(response.content))
        assert workbook.active["E2"].value == "还钱Q7X\n今天必须还清Q7Y"
        assert workbook.active["C2"].value == "17099990000"
        for value in ("Q7X", "Q7Y", "Q7Z", "今天必须还清", "17099990000", "1709999"):
            assert value not in caplog.text
        # CSV holds any character; it still downloads.
        assert client.post("/evidence/export/?format=csv", rows_post([row])).status_code == 200

    def test_the_page_words_the_daily_limit_per_number_and_with_care(self):
        rows = [{"when": f"2026-11-28T{10 + i}:00", "sender": "17099990000", "channel": "call"} for i in range(7)]
        client = Client()
        client.cookies["django_language"] = "en"
        html = client.post("/evidence/", rows_post(rows)).content.decode()
        assert (
            "7 contacts from 17099990000 on 2026-11-28 (rows 1, 2, 3, 4, 5, 6, 7): if these calls went unanswered, "
            "this may exceed the limit of 6 unanswered attempts a day." in html
        )
        # The JavaScript path gets the same wording, with the number to fill in.
        assert "%(count)s contacts from %(sender)s on %(day)s (rows %(rows)s): if these calls went unanswered" in html
        mixed = [{**row, "sender": f"1709999000{i % 4}"} for i, row in enumerate(rows)]
        assert client.post("/evidence/", rows_post(mixed)).context["breaches"] == []

    def test_it_says_the_log_stays_on_this_device_until_cleared(self):
        client = Client()
        client.cookies["django_language"] = "en"
        html = client.get("/evidence/").content.decode()
        assert "The log stays on this device until you clear it, even after you close the page." in html

    def test_nothing_logged_is_stored_or_logged(self, caplog):
        caplog.set_level(logging.DEBUG)
        client = Client()
        client.post("/evidence/", rows_post([self.NIGHT_ROW]))
        client.post("/evidence/export/?format=csv", rows_post([self.NIGHT_ROW]))
        out = io.StringIO()
        call_command("dumpdata", stdout=out)
        sessions = " ".join(str(s.get_decoded()) for s in Session.objects.all())
        for value in ("17099990000", "Q7X"):
            assert value not in out.getvalue() and value not in sessions and value not in caplog.text


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestEvidenceInBrowser:
    """The JavaScript path: live rule checks mirroring check_entries, fingerprints, rows kept on reload."""

    SCREENSHOT = b"\x89PNG not really a picture, but bytes to hash"

    def open_log(self, page, live_server):
        page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
        page.goto(f"{live_server.url}/evidence/")

    def test_it_checks_the_rules_as_the_person_types(self, page, live_server):
        from playwright.sync_api import expect

        self.open_log(page, live_server)
        page.get_by_label("Date and time").first.fill("2026-11-28T23:10")
        page.get_by_label("Third parties contacted, if any").first.fill("my mother")
        results = page.locator("#js-breaches")
        expect(results).to_contain_text("Contacts between 22:00 and 08:00: 1 (rows 1).")
        expect(results).to_contain_text("Third parties were contacted (rows 1).")

    def test_it_fingerprints_a_screenshot_without_sending_it(self, page, live_server):
        import hashlib

        from playwright.sync_api import expect

        self.open_log(page, live_server)
        page.get_by_label("Screenshot to fingerprint").first.set_input_files(
            {"name": "shot.png", "mimeType": "image/png", "buffer": self.SCREENSHOT}
        )
        expect(page.get_by_label("Screenshot fingerprint (SHA-256)").first).to_have_value(
            hashlib.sha256(self.SCREENSHOT).hexdigest()
        )

    def test_a_reload_loses_nothing_and_add_a_row_works_in_place(self, page, live_server):
        from playwright.sync_api import expect

        self.open_log(page, live_server)
        page.get_by_label("Number or sender").first.fill("17099990000")
        page.get_by_role("button", name="Add a row").click()
        expect(page.get_by_label("Number or sender")).to_have_count(4)
        page.reload()
        expect(page.get_by_label("Number or sender").first).to_have_value("17099990000")

    def test_the_daily_limit_is_checked_per_number_as_the_person_types(self, page, live_server):
        from playwright.sync_api import expect

        self.open_log(page, live_server)
        # Seven contacts on one day: six from one number (in two spellings) and one from another, then a
        # seventh from the first number.
        senders = ["+86 170 9999 0000", "17099990000", "170-9999-0000", "17099990000", "17099990000", "0086 17099990000", "95555"]
        for _ in range(len(senders) - 3):
            page.get_by_role("button", name="Add a row").click()
        for index, sender in enumerate(senders):
            page.get_by_label("Date and time").nth(index).fill(f"2026-11-28T{10 + index}:00")
            page.get_by_label("Number or sender").nth(index).fill(sender)
        results = page.locator("#js-breaches")
        expect(results).to_contain_text("No entry breaks the rules this page can check so far.")
        page.get_by_role("button", name="Add a row").click()
        page.get_by_label("Date and time").nth(7).fill("2026-11-28T18:00")
        page.get_by_label("Number or sender").nth(7).fill("17099990000")
        expect(results).to_contain_text(
            "7 contacts from +86 170 9999 0000 on 2026-11-28 (rows 1, 2, 3, 4, 5, 6, 8): if these calls went "
            "unanswered, this may exceed the limit of 6 unanswered attempts a day."
        )


@pytest.mark.django_db
class TestEvidenceWording:
    ROWS = [
        {"when": "2026-11-28T23:10", "sender": "17099990000", "channel": "call", "third_parties": "单位同事"},
        {"when": "2026-11-29T06:10", "sender": "17099990000", "channel": "call", "threats": "上门"},
    ]

    def test_row_numbers_are_listed_with_a_chinese_enumeration_comma(self):
        html = Client().post("/evidence/", rows_post(self.ROWS)).content.decode()
        assert "（第1、2条）" in html and "第1, 2条" not in html
        assert 'data-row-sep="、"' in html
        client = Client()
        client.cookies["django_language"] = "en"
        html = client.post("/evidence/", rows_post(self.ROWS)).content.decode()
        assert "(rows 1, 2)" in html and 'data-row-sep=", "' in html

    def test_labels_and_the_rule_line_use_full_width_punctuation_in_chinese(self):
        html = Client().get("/evidence/").content.decode()
        assert re.search(r'<label for="id_form-0-sender">[^<]*：</label>', html)
        assert not re.search(r"<label[^>]*>[^<]*[\u4e00-\u9fff]:</label>", html)
        checked = Client().post("/evidence/", rows_post(self.ROWS)).content.decode()
        rule = re.search(r'<span class="source">(.*?)</span>', checked, re.S).group(1)
        assert rule.startswith("依据：") and "; " not in rule and " (" not in rule

    def test_without_javascript_the_notice_says_nothing_is_kept(self):
        html = Client().get("/evidence/").content.decode()
        unstored = re.search(r"<p data-unstored-notice>(.*?)</p>", html, re.S)
        assert unstored and "不会保存在任何地方" in unstored.group(1)
        # The wording about a log kept on this device, and its "clear" button, are hidden until evidence.js runs.
        stored = re.search(r"<div data-stored-notice hidden>(.*?)</div>", html, re.S)
        assert stored and "从这个浏览器清除记录" in stored.group(1)
        assert "从这个浏览器清除记录" not in html.replace(stored.group(0), "").split("data-clear-log hidden>")[0]

    def test_the_findings_print(self):
        from pathlib import Path

        from django.conf import settings

        css = (Path(settings.BASE_DIR) / "static/css/print.css").read_text()
        assert "#js-breaches:not([hidden]) { display: block !important; }" in css


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
class TestEvidenceOnAPhone:
    FINGERPRINT = "a" * 64

    def check_two_rows(self, page, live_server):
        page.goto(f"{live_server.url}/evidence/")
        page.locator('[name="form-0-when"]').fill("2026-11-28T23:10")
        page.locator('[name="form-0-sender"]').fill("17099990000")
        page.locator('[name="form-0-third_parties"]').fill("单位同事")
        page.locator('[name="form-0-fingerprint"]').fill(self.FINGERPRINT)
        page.locator('[name="form-1-when"]').fill("2026-11-29T06:10")
        page.locator('[name="form-1-threats"]').fill("上门")
        page.locator('button[name="action"][value="check"]').click()
        page.wait_for_load_state()

    @pytest.mark.parametrize("javascript", [False, True])
    def test_the_checked_log_fits_and_rows_stay_short(self, browser, live_server, javascript):
        context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN"
        )
        page = context.new_page()
        self.check_two_rows(page, live_server)
        assert page.locator(".evidence-table").is_visible()
        assert_fits_the_phone(page)
        for row in page.locator(".evidence-table tbody tr").all():
            assert row.bounding_box()["height"] < 500
        assert self.FINGERPRINT in page.locator(".evidence-table .hash").first.inner_text().replace("\n", "")
        context.close()

    @pytest.mark.parametrize("javascript", [False, True])
    def test_the_table_caption_reads_on_one_line(self, browser, live_server, javascript):
        # On a phone the table is a stack of cards; its caption must stay a heading, not a column one
        # character wide.
        context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN"
        )
        page = context.new_page()
        self.check_two_rows(page, live_server)
        caption = page.locator(".evidence-table caption")
        box = caption.bounding_box()
        line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.evidence-table caption')).lineHeight)")
        assert box["height"] < 2 * line, box
        assert box["width"] > 200, box
        context.close()

    @pytest.mark.parametrize("javascript", [False, True])
    def test_the_checked_message_fills_the_first_row(self, browser, live_server, javascript):
        context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN"
        )
        page = context.new_page()
        page.goto(f"{live_server.url}/step/message/")
        page.get_by_label("短信内容").fill("【XX银行】张伟先生，您的信用卡已逾期，请立即转账到 6222 0000 1111 2222。")
        page.get_by_label("发件号码").fill("+86 170 1234 5678")
        page.get_by_role("button", name="分析这条短信").click()
        page.get_by_role("heading", name="高风险").wait_for()
        page.goto(f"{live_server.url}/evidence/")
        demanded = page.locator('[name="form-0-demanded"]').input_value()
        assert "信用卡已逾期" in demanded and "张伟" not in demanded and "6222" not in demanded
        sender = page.locator('[name="form-0-sender"]').input_value()
        assert sender.startswith("〔") and "1234" not in sender
        assert page.locator('[name="form-0-when"]').input_value() == ""
        assert page.locator("[data-prefilled]").is_visible()
        assert_fits_the_phone(page)
        context.close()

    def test_without_javascript_the_notice_says_nothing_is_kept(self, browser, live_server):
        context = browser.new_context(java_script_enabled=False, locale="zh-CN")
        page = context.new_page()
        page.goto(f"{live_server.url}/evidence/")
        assert page.locator("[data-unstored-notice]").is_visible()
        assert not page.locator("[data-stored-notice]").is_visible()
        assert not page.get_by_text("从这个浏览器清除记录").first.is_visible()
        context.close()

    def test_with_javascript_the_notice_says_the_log_stays_here(self, page, live_server):
        from playwright.sync_api import expect

        page.goto(f"{live_server.url}/evidence/")
        expect(page.locator("[data-stored-notice]")).to_be_visible()
        expect(page.locator("[data-unstored-notice]")).to_be_hidden()
        expect(page.locator("[data-clear-log]")).to_be_visible()

    @pytest.mark.parametrize("javascript", [False, True])
    def test_the_print_view_keeps_what_the_log_shows(self, browser, live_server, javascript):
        context = browser.new_context(java_script_enabled=javascript, locale="zh-CN")
        page = context.new_page()
        self.check_two_rows(page, live_server)
        page.emulate_media(media="print")
        shown = [b for b in page.locator(".breaches").all() if b.is_visible()]
        assert len(shown) == 1
        assert "22:00" in shown[0].inner_text() and "第1、2条" in shown[0].inner_text()
        assert "联系了第三人（第1条）" in shown[0].inner_text()
        context.close()
