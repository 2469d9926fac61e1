from __future__ import annotations

import hashlib
import itertools
import re

import pytest
from django.test import Client
from helpers import share

from triage import wizard
from triage.models import Resume

pytestmark = pytest.mark.django_db

SCAM_TEXT = "【法院】您涉嫌恶意欠款已立案，请于24小时内将资金转入安全账户 http://bit.ly/x7 否则移交公安"


def answer(client: Client, step: str, data: dict, **headers):
    return client.post(f"/step/{step}/", data, **headers)


class TestStepGraph:
    def test_path_for_a_known_debt_includes_contact_and_skips_branches(self):
        answers = {"verify": {"relation": "mine_known"}, "protect": {"shared": ["none"]}}
        ids = [step.id for step in wizard.path_for(answers)]
        assert ids == ["calm", "message", "verify", "protect", "contact", "legal"]

    def test_unknown_debt_opens_identity_step(self):
        ids = [step.id for step in wizard.path_for({"verify": {"relation": "mine_unknown"}})]
        assert "identity" in ids and "contact" not in ids and "third_party" not in ids

    def test_someone_elses_debt_opens_third_party_step(self):
        ids = [step.id for step in wizard.path_for({"verify": {"relation": "someone_else"}})]
        assert "third_party" in ids and "contact" not in ids

    def test_fake_legal_flag_or_claim_opens_court_check(self):
        assert "court_check" in [s.id for s in wizard.path_for({"message": {"flags": ["fake_legal"]}})]
        assert "court_check" in [s.id for s in wizard.path_for({"verify": {"legal_claim": "yes"}})]
        assert "court_check" not in [s.id for s in wizard.path_for({"verify": {"legal_claim": "no"}})]

    def test_sharing_something_opens_damage_control(self):
        assert "damage" in [s.id for s in wizard.path_for({"protect": {"shared": ["code"]}})]
        assert "damage" not in [s.id for s in wizard.path_for({"protect": {"shared": ["none"]}})]

    def test_progress_keeps_the_same_total_on_every_branch(self):
        for relation, legal_claim, shared in BRANCHES:
            answers = {"verify": {"relation": relation, "legal_claim": legal_claim}, "protect": {"shared": shared}}
            seen = [wizard.progress(answers, step.id) for step in wizard.path_for(answers)]
            assert {total for _, total in seen} == {5}
            positions = [position for position, _ in seen]
            assert positions == sorted(positions) and positions[0] == 1 and positions[-1] == 5

    def test_every_step_belongs_to_a_part_of_the_progress(self):
        assert sorted(step.id for step in wizard.steps()) == sorted(itertools.chain(*wizard.PARTS))

    def test_every_step_and_plan_item_has_both_languages_and_a_source(self):
        for step in wizard.steps():
            assert step.title.zh and step.title.en and step.lead.zh and step.lead.en
            for advice in step.advice:
                assert advice.text.zh and advice.text.en and advice.source.zh and advice.source.en
        for item in wizard.plan_items():
            assert item.text.zh and item.text.en and item.source.zh and item.source.en
            for ref in item.numbers:
                assert ref == "creditor" or ref in wizard.channels()


# Every combination of the answers that branch the journey.
BRANCHES = list(
    itertools.product(
        ["mine_known", "mine_unknown", "someone_else", "unsure"],  # verify.relation
        ["yes", "no"],  # verify.legal_claim
        [["none"], ["code", "transfer"]],  # protect.shared
    )
)


class TestOutcomesFollowThePath:
    def test_answers_of_a_step_that_no_longer_applies_do_not_shape_the_plan(self):
        client = Client()
        answer(client, "verify", {"relation": "mine_known"})
        answer(client, "contact", {"wants": ["instalments", "verify_debt"]})
        answer(client, "verify", {"relation": "someone_else"})
        html = client.get("/plan/").content.decode()
        assert 'id="plan-instalments"' not in html and 'id="plan-ask_verification"' not in html
        assert 'id="plan-stop_third_party"' in html
        # Switching back brings them back: they were kept.
        answer(client, "verify", {"relation": "mine_known"})
        assert 'id="plan-instalments"' in client.get("/plan/").content.decode()

    def test_letters_and_checklist_ignore_answers_of_steps_off_the_path(self):
        client = Client()
        answer(client, "verify", {"relation": "mine_known"})
        answer(client, "contact", {"wants": ["instalments"]})
        assert "/documents/repayment-plan/" in client.get("/plan/").content.decode()
        answer(client, "verify", {"relation": "someone_else"})
        assert "/documents/repayment-plan/" not in client.get("/plan/").content.decode()

    def test_a_shared_case_keeps_only_answers_of_steps_on_the_path(self):
        from triage.models import Case

        client = Client()
        answer(client, "message", {"sms_text": "【招商银行】您的信用卡已逾期，请转入安全账户。", "sender": ""})
        answer(client, "verify", {"relation": "mine_known"})
        answer(client, "contact", {"wants": ["instalments"]})
        answer(client, "verify", {"relation": "someone_else"})
        assert share(client).status_code == 302
        assert "contact" not in Case.objects.get().answers

    def test_red_flags_in_the_message_choose_the_regulator_without_ticking_them_again(self):
        answers = {"verify": {"relation": "mine_known", "creditor_type": "bank"}, "message": {"flags": ["threat_or_abuse"]}}
        ids = [item.id for item in wizard.build_plan(answers)]
        assert "regulator_bank" in ids and "police" in ids

    def test_every_flag_code_the_content_files_mention_exists_in_the_analyser(self):
        from triage.analysis.rules import RULES

        conditions = [c for s in wizard.steps() for c in s.when + s.when_any]
        conditions += [c for i in wizard.plan_items() for c in i.when + i.when_any]
        for condition in conditions:
            if condition.path == "message.flags":
                assert set(condition.any_of) <= set(RULES), condition


class TestEveryPath:
    @pytest.mark.parametrize(("relation", "legal_claim", "shared"), BRANCHES)
    def test_walking_the_wizard_visits_exactly_the_steps_of_the_graph(self, relation, legal_claim, shared):
        client = Client()
        form_data = {
            "calm": {"danger": "no"},
            "message": {"sms_text": "", "sender": "", "action": "next"},
            "verify": {"relation": relation, "legal_claim": legal_claim, "creditor_type": "bank"},
            "protect": {"shared": shared},
            "contact": {"wants": ["instalments"]},
            "legal": {"behaviours": ["night"]},
        }
        visited = []
        url = "/step/calm/"
        while url.startswith("/step/"):
            step_id = url.split("/")[2]
            visited.append(step_id)
            page = client.get(url)
            assert page.status_code == 200
            response = client.post(url, form_data.get(step_id, {}))
            assert response.status_code == 302, response.content[:500]
            url = response["Location"]
        assert url == "/plan/"
        answers = client.session["answers"]
        assert visited == [step.id for step in wizard.path_for(answers)]
        plan = client.get("/plan/")
        assert plan.status_code == 200
        plan_ids = [item.id for item in wizard.build_plan(answers)]
        for plan_id in plan_ids:
            assert f'id="plan-{plan_id}"' in plan.content.decode()
        if relation == "someone_else":
            assert "stop_third_party" in plan_ids
        if "transfer" in shared:
            assert plan_ids.index("money_sent") < plan_ids.index("keep_evidence")


class TestStepView:
    def test_it_shows_progress_in_chinese_by_default(self):
        response = Client().get("/step/calm/")
        assert response.status_code == 200
        assert "第 1 步，共 5 步" in response.content.decode()
        assert "不是法律意见" in response.content.decode() or "不构成法律意见" in response.content.decode()
        # The urgent 110 banner waits until the person says they are in danger (see TestUrgentAndTappable).
        assert 'class="button danger" href="tel:110"' not in response.content.decode()

    def test_it_returns_only_the_panel_for_htmx(self):
        response = Client().get("/step/calm/", headers={"HX-Request": "true"})
        html = response.content.decode()
        assert html.lstrip().startswith('<section id="step-panel"')
        assert "<html" not in html
        assert response["HX-Push-Url"] == "/step/calm/"
        assert "HX-Request" in response["Vary"]

    def test_it_returns_the_whole_page_for_a_history_restore(self):
        response = Client().get("/step/calm/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
        assert "<html" in response.content.decode()

    def test_it_redirects_after_a_valid_post(self):
        client = Client()
        response = answer(client, "calm", {"danger": "no"})
        assert response.status_code == 302 and response["Location"] == "/step/message/"
        assert client.session["answers"]["calm"] == {"danger": "no"}

    def test_htmx_post_follows_the_redirect_to_the_next_panel(self):
        client = Client(headers={"HX-Request": "true"})
        response = client.post("/step/calm/", {"danger": "no"}, follow=True)
        assert response.redirect_chain == [("/step/message/", 302)]
        assert response.content.decode().lstrip().startswith('<section id="step-panel"')

    def test_htmx_post_of_the_last_step_navigates_to_the_plan_page(self):
        response = answer(Client(), "legal", {"behaviours": ["night"]}, headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert response["HX-Redirect"] == "/plan/"

    def test_it_rejects_a_missing_required_answer_with_a_message(self):
        response = answer(Client(), "verify", {})
        assert response.status_code == 200
        assert "请选择最符合您情况的一项" in response.content.decode()

    def test_invalid_htmx_post_does_not_push_a_history_entry(self):
        response = answer(Client(), "verify", {}, headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert response["HX-Push-Url"] == "false"

    def test_it_rejects_a_tampered_choice(self):
        response = answer(Client(), "verify", {"relation": "<script>alert(1)</script>"})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()

    def test_unknown_step_goes_to_the_next_open_step_with_a_message(self):
        client = Client()
        answer(client, "calm", {"danger": "no"})
        response = client.get("/step/../../etc/", follow=True)
        assert response.status_code in (200, 404)
        response = client.get("/step/nonsense/", follow=True)
        assert response.redirect_chain[-1][0] == "/step/message/"
        assert "这一步不存在" in response.content.decode()
        assert client.session["answers"]["calm"] == {"danger": "no"}

    def test_a_step_that_does_not_apply_redirects(self):
        client = Client()
        answer(client, "verify", {"relation": "someone_else"})
        response = client.get("/step/contact/")
        assert response.status_code == 302

    def test_going_back_keeps_the_other_answers(self):
        client = Client()
        answer(client, "calm", {"danger": "no"})
        answer(client, "verify", {"relation": "mine_known", "creditor_type": "bank"})
        answer(client, "legal", {"behaviours": ["night", "insults"]})
        answer(client, "verify", {"relation": "mine_known", "creditor_type": "online_platform"})
        answers = client.session["answers"]
        assert answers["legal"] == {"behaviours": ["night", "insults"]}
        assert answers["verify"]["creditor_type"] == "online_platform"
        page = client.get("/step/legal/").content.decode()
        assert re.search(r'value="night"[^>]*checked', page) and re.search(r'value="insults"[^>]*checked', page)

    def test_a_saved_answer_is_shown_when_the_step_is_reopened(self):
        client = Client()
        answer(client, "verify", {"relation": "mine_unknown"})
        page = client.get("/step/verify/").content.decode()
        assert re.search(r'value="mine_unknown"[^>]*checked', page)
        assert not re.search(r'value="mine_known"[^>]*checked', page)

    def test_none_of_these_is_dropped_when_something_else_is_ticked(self):
        client = Client()
        answer(client, "protect", {"shared": ["none", "code"]})
        assert client.session["answers"]["protect"] == {"shared": ["code"]}


class TestVerifyStepUsesTheAnalysis:
    def test_it_gives_the_official_number_of_the_institution_the_message_names(self):
        client = Client()
        answer(client, "message", {"sms_text": "【工商银行】您的信用卡已逾期，请尽快还款。", "sender": "17012345678"})
        html = client.get("/step/verify/").content.decode()
        assert "95588" in html and "不要打短信里的号码" in html

    def test_it_sends_to_the_official_app_when_no_number_is_confirmed(self):
        client = Client()
        answer(client, "message", {"sms_text": "【招联金融】您的借款已逾期，请尽快处理。", "sender": ""})
        html = client.get("/step/verify/").content.decode()
        assert "官方 App 或官网上查到客服电话" in html

    def test_a_fake_court_message_opens_the_court_check_step(self):
        client = Client()
        answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "next"})
        # The first "Next" shows the verdict (TestTheVerdictIsPartOfThePath), the second moves on.
        response = answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "next"})
        assert client.session["answers"]["message"]["risk"] == "high"
        answer(client, "verify", {"relation": "mine_unknown"})
        assert [s.id for s in wizard.path_for(client.session["answers"])][3] == "court_check"
        assert response["Location"] == "/step/verify/"


class TestTheVerdictIsPartOfThePath:
    """The risk level and the warnings cannot be skipped on the way to the plan."""

    def test_next_with_a_new_message_shows_the_result_before_moving_on(self):
        client = Client()
        response = answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "next"})
        assert response.status_code == 200
        html = response.content.decode()
        assert 'id="result"' in html and "高风险" in html
        again = answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "next"})
        assert again["Location"] == "/step/verify/"

    def test_next_after_checking_moves_on_at_once(self):
        client = Client()
        answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "analyse"})
        response = answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "next"})
        assert response["Location"] == "/step/verify/"

    def test_a_changed_message_is_shown_again(self):
        client = Client()
        answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "analyse"})
        response = answer(
            client, "message", {"sms_text": "【工商银行】您的信用卡已逾期，请尽快还款。", "sender": "", "action": "next"}
        )
        assert response.status_code == 200 and 'id="result"' in response.content.decode()

    def test_next_with_no_message_moves_on(self):
        response = answer(Client(), "message", {"sms_text": "", "sender": "", "action": "next"})
        assert response["Location"] == "/step/verify/"

    def test_checking_is_the_primary_button(self):
        html = Client().get("/step/message/").content.decode()
        analyse = html.index('value="analyse"')
        assert html.index('value="next" class="secondary"') > analyse
        assert 'class="secondary"' not in html[html.rindex("<button", 0, analyse) : analyse]

    def test_the_next_step_and_the_plan_show_the_risk_and_the_warnings(self):
        client = Client()
        answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "analyse"})
        flags = client.session["answers"]["message"]["flags"]
        title = wizard_flag_title(flags[0])
        for url in ("/step/verify/", "/plan/"):
            html = client.get(url).content.decode()
            assert 'class="verdict risk-high"' in html and "高风险" in html, url
            assert title in html, url
            assert 'href="/step/message/#result"' in html, url

    def test_no_verdict_before_a_message_is_checked(self):
        client = Client()
        answer(client, "calm", {"danger": "no"})
        assert 'class="verdict' not in client.get("/step/verify/").content.decode()
        assert 'class="verdict' not in client.get("/plan/").content.decode()


def wizard_flag_title(code: str) -> str:
    from django.utils.html import escape

    from triage import analysis

    return str(escape(analysis.flag_for_code(code).title_zh))


class TestMessageStepKeepsTheSender:
    def test_next_after_check_keeps_the_analysis_of_a_personal_sender(self):
        client = Client()
        answer(
            client,
            "message",
            {"sms_text": "【工商银行】您的信用卡已逾期，请尽快还款。", "sender": "17012345678", "action": "analyse"},
        )
        before = dict(client.session["answers"]["message"])
        assert before["sender_kind"] == "virtual_mobile" and before["sender_public"] == ""
        page = client.get("/step/message/").content.decode()
        assert "只保存了号码类型" in page
        # The form comes back with the scrubbed text and an empty sender box; "Next" changes nothing.
        answer(client, "message", {"sms_text": before["sms_text"], "sender": "", "action": "next"})
        assert client.session["answers"]["message"] == before

    def test_a_changed_text_is_analysed_afresh(self):
        client = Client()
        answer(client, "message", {"sms_text": "【工商银行】您的信用卡已逾期。", "sender": "17012345678"})
        answer(client, "message", {"sms_text": "明天下午三点开会。", "sender": ""})
        assert client.session["answers"]["message"]["sender_kind"] == "none"

    def test_verify_preselects_the_kind_of_creditor_the_message_names(self):
        client = Client()
        answer(client, "message", {"sms_text": "【招商银行】您的信用卡已逾期。", "sender": ""})
        html = client.get("/step/verify/").content.decode()
        assert re.search(r'value="bank"[^>]*checked', html)


class TestUrgentAndTappable:
    def test_saying_you_are_in_danger_puts_110_on_every_following_step(self):
        client = Client()
        answer(client, "calm", {"danger": "yes"})
        html = client.get("/step/message/").content.decode()
        assert 'role="alert"' in html and 'href="tel:110"' in html and "现在拨打 110" in html
        answer(client, "calm", {"danger": "no"})
        assert "现在拨打 110" not in client.get("/step/message/").content.decode()

    def test_a_court_named_in_a_scam_is_never_offered_as_the_creditor_to_call(self):
        client = Client()
        answer(client, "message", {"sms_text": "【最高人民法院】您的欠款已立案，请转入安全账户。", "sender": ""})
        answer(client, "protect", {"shared": ["code"]})
        html = client.get("/plan/").content.decode()
        secure = html.split('id="plan-secure_accounts"')[1].split("</li>\n  \n")[0]
        assert "12368" not in secure

    def test_plan_numbers_are_tappable(self):
        client = Client()
        answer(client, "message", {"sms_text": "【招商银行】您的信用卡已逾期。", "sender": ""})
        answer(client, "verify", {"relation": "mine_known"})
        html = client.get("/plan/").content.decode()
        assert '<a class="tel" href="tel:95555">95555</a>' in html


class TestLanguage:
    def test_english_is_complete_on_a_step(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en", "next": "/step/verify/"})
        html = client.get("/step/verify/").content.decode()
        assert "Step 3 of 5" in html
        assert "Check who is writing" in html
        assert "not legal advice" in html
        assert "核实" not in html

    def test_chinese_is_the_default_whatever_the_browser_asks_for(self):
        html = Client(headers={"Accept-Language": "en-US,en;q=0.9"}).get("/step/calm/").content.decode()
        assert 'lang="zh-Hans"' in html and "第 1 步" in html

    def test_a_chosen_language_sticks_through_the_journey(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        for url in ["/step/calm/", "/step/verify/", "/plan/", "/checklist/", "/documents/", "/evidence/"]:
            assert 'lang="en"' in client.get(url).content.decode(), url

    def test_the_language_switch_returns_to_the_same_step(self):
        response = Client().post("/i18n/setlang/", {"language": "en", "next": "/step/protect/"})
        assert response["Location"] == "/step/protect/"


class TestStartOver:
    def test_it_deletes_answers_session_and_resume_codes(self):
        client = Client()
        answer(client, "calm", {"danger": "no"})
        client.post("/plan/resume-code/")
        assert Resume.objects.count() == 1
        from django.contrib.sessions.models import Session

        assert Session.objects.count() == 1
        response = client.post("/start-over/", follow=True)
        assert "您的回答已从本站删除" in response.content.decode()
        assert Resume.objects.count() == 0
        assert "answers" not in client.session
        assert not any("answers" in s.get_decoded() for s in Session.objects.all())

    def test_an_answer_arriving_after_it_is_not_kept(self):
        # An answer sent just before "start over" reaches the server after it, with the old cookie.
        from django.conf import settings
        from django.contrib.sessions.models import Session

        client = Client()
        answer(client, "calm", {"danger": "no"})
        old_key = client.cookies[settings.SESSION_COOKIE_NAME].value
        client.post("/start-over/")
        late = Client()
        late.cookies[settings.SESSION_COOKIE_NAME] = old_key
        response = answer(late, "verify", {"relation": "someone_else", "third_party_role": "family"})
        assert response.status_code == 302
        assert not any("answers" in s.get_decoded() for s in Session.objects.all())
        assert settings.SESSION_COOKIE_NAME not in response.cookies

    def test_a_session_that_merely_expired_still_takes_a_new_answer(self):
        from django.conf import settings
        from django.contrib.sessions.models import Session

        client = Client()
        answer(client, "calm", {"danger": "no"})
        Session.objects.all().delete()  # expired and cleaned up, not deleted by the person
        answer(client, "verify", {"relation": "someone_else", "third_party_role": "family"})
        assert client.session["answers"]["verify"]["relation"] == "someone_else"
        assert client.cookies[settings.SESSION_COOKIE_NAME].value

    def test_it_needs_post(self):
        assert Client().get("/start-over/").status_code == 405

    def test_it_asks_the_browser_to_clear_local_storage(self):
        assert Client().post("/start-over/")["Clear-Site-Data"] == '"storage"'


class TestResume:
    def test_a_code_restores_answers_on_another_device(self):
        phone = Client()
        answer(phone, "verify", {"relation": "someone_else", "third_party_role": "family"})
        phone.post("/plan/resume-code/")
        code = shown_resume_code(phone)
        assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code)
        laptop = Client()
        response = laptop.post("/resume/", {"code": f" {code[:7].lower()} {code[7:]} "})
        assert response.status_code == 302 and response["Location"] == "/plan/"
        assert laptop.session["answers"]["verify"]["relation"] == "someone_else"

    def test_a_stale_code_gets_a_message_and_keeps_what_was_typed(self):
        response = Client().post("/resume/", {"code": "ABCDE-FGHJK"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "恢复码不存在或已过期" in html
        assert 'value="ABCDE-FGHJK"' in html

    def test_an_expired_code_does_not_restore(self):
        from datetime import timedelta

        from django.utils import timezone

        phone = Client()
        answer(phone, "calm", {"danger": "yes"})
        phone.post("/plan/resume-code/")
        Resume.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
        response = Client().post("/resume/", {"code": shown_resume_code(phone) or Resume.code_for(phone.session.session_key)})
        assert response.status_code == 200

    def test_issuing_a_code_drops_expired_ones(self):
        from datetime import timedelta

        from django.utils import timezone

        old = Resume.issue("old-session")
        Resume.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(days=1))
        Resume.issue("new-session")
        assert list(Resume.objects.values_list("session_key", flat=True)) == ["new-session"]

    def test_codes_are_random_and_long_enough(self):
        codes = {Resume.issue(f"session{i}").display_code for i in range(50)}
        assert len(codes) == 50 and all(len(code.replace("-", "")) == 12 for code in codes)

    def test_the_table_holds_only_a_keyed_hash_of_the_code(self):
        phone = Client()
        answer(phone, "calm", {"danger": "no"})
        phone.post("/plan/resume-code/")
        code = shown_resume_code(phone).replace("-", "")
        stored = Resume.objects.values_list()[0]
        assert all(code not in str(value) for value in stored)
        assert Resume.objects.get().code_hash != hashlib.sha256(code.encode()).hexdigest()
        assert Resume.find(code.lower()) == Resume.objects.get()


def shown_resume_code(client: Client) -> str:
    """The resume code as the plan page shows it."""
    found = re.search(r'class="code">([^<]*)<', client.get("/plan/").content.decode())
    return found.group(1) if found else ""


class TestQuickExit:
    def test_every_page_has_the_quick_exit_and_the_exit_page_is_neutral(self):
        for url in ["/", "/step/calm/", "/plan/", "/resume/"]:
            html = Client().get(url).content.decode()
            assert 'href="/exit/"' in html and "data-quick-exit" in html
        exit_page = Client().get("/exit/").content.decode()
        assert "催收" not in exit_page and "debt" not in exit_page.lower()


class TestReviewOfAnswers:
    """The plan lists the answers in words, each with a way to change it and come back."""

    ANSWERS = {
        "calm": {"danger": "no"},
        "message": {"sms_text": "", "risk": "", "flags": [], "sender_kind": "none", "institution": ""},
        "verify": {"relation": "mine_known", "creditor_type": "bank", "third_party_role": "", "legal_claim": "no"},
        "protect": {"shared": ["none"]},
        "contact": {"wants": []},
        "legal": {"behaviours": ["night"]},
    }

    def client(self) -> Client:
        from helpers import with_answers

        return with_answers(Client(), {step: dict(values) for step, values in self.ANSWERS.items()})

    def test_the_plan_shows_each_answer_in_words_with_a_change_link(self):
        html = self.client().get("/plan/").content.decode()
        for words in ("我的：我知道这笔借款或这张卡", "银行或信用卡中心", "都没有", "晚上 22 点到早上 8 点之间打电话或发短信"):
            assert words in html
        assert 'href="/step/verify/?return=plan"' in html and "修改" in html
        assert "mine_known" not in html.split('id="answers"')[1]

    def test_a_changed_answer_goes_straight_back_to_the_plan(self):
        client = self.client()
        page = client.get("/step/legal/?return=plan").content.decode()
        assert 'name="return" value="plan"' in page and "保存并返回行动清单" in page
        response = answer(client, "legal", {"behaviours": ["threats"], "return": "plan"})
        assert response["Location"] == "/plan/#answers"
        assert client.session["answers"]["legal"]["behaviours"] == ["threats"]

    def test_with_htmx_it_goes_back_to_the_plan_too(self):
        response = answer(self.client(), "legal", {"behaviours": ["threats"], "return": "plan"}, headers={"HX-Request": "true"})
        assert response["HX-Redirect"] == "/plan/#answers"

    def test_an_answer_that_opens_a_new_question_asks_it_first(self):
        from helpers import with_answers

        client = with_answers(Client(), {step: values for step, values in self.ANSWERS.items() if step != "contact"})
        answer(client, "verify", {"relation": "someone_else"})
        response = answer(client, "verify", {"relation": "mine_known", "return": "plan"})
        assert response["Location"] == "/step/contact/?return=plan"
        response = answer(client, "contact", {"wants": [], "return": "plan"})
        assert response["Location"] == "/plan/#answers"

    def test_without_return_the_step_goes_on_as_before(self):
        response = answer(self.client(), "legal", {"behaviours": ["threats"]})
        assert response["Location"] == "/plan/"


class TestAnalysisWording:
    def test_english_labels_are_followed_by_a_space(self):
        client = Client()
        client.post("/i18n/setlang/", {"language": "en"})
        html = answer(client, "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "analyse"}).content.decode()
        assert "Found: <mark>" in html and "Found:<mark>" not in html
        assert "Why it matters:</strong> " in html

    def test_chinese_labels_keep_the_full_width_colon_alone(self):
        html = answer(Client(), "message", {"sms_text": SCAM_TEXT, "sender": "", "action": "analyse"}).content.decode()
        assert "发现：<mark>" in html
