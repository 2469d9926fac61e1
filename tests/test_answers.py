"""`Answers` and its condition language decide exactly what the rules read straight from the session dict
decided: the same letters, checklist items, steps and plan for every answer combination.

The `reference_*` functions are the rules as they were written before `Answers` (verbatim, reading the raw
dict); they are kept here so that a later change to the data or the code that shifts a decision shows up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage import letters, wizard
from triage.answers import ANSWER_CHOICES, Answers, Condition, Group, conditions
from triage.content import ContentError, load, validate
from triage.views.checklist import PERSONAL_ITEMS, checklist_items, checklist_rules

# ------------------------------------------------------------------------------ answers to generate

# Every flag the analyser can raise, so that each flag any rule names is generated.
MESSAGE_FLAGS = sorted(rule["code"] for rule in load("red_flags.toml")["rule"])
MULTIPLE = {("protect", "shared"), ("contact", "wants"), ("legal", "behaviours")}


def _field(step: str, name: str, allowed: frozenset[str]) -> st.SearchStrategy[Any]:
    if (step, name) in MULTIPLE:
        return st.lists(st.sampled_from(sorted(allowed)), max_size=4, unique=True)
    return st.sampled_from(sorted(allowed) + [""])


def _step(step: str, fields: Mapping[str, frozenset[str]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={name: _field(step, name, allowed) for name, allowed in fields.items()})


MESSAGE = st.fixed_dictionaries(
    {},
    optional={
        "risk": st.sampled_from(["high", "medium", "low", ""]),
        "flags": st.lists(st.sampled_from(MESSAGE_FLAGS), max_size=5, unique=True),
        "institution": st.sampled_from(["", "icbc", "cmb", "court"]),
        "sms_text": st.sampled_from(["", "您的账户已逾期"]),
    },
)
ANSWERS = st.fixed_dictionaries(
    {},
    optional={"message": MESSAGE} | {step: _step(step, fields) for step, fields in ANSWER_CHOICES.items()},
)
SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------------ the rules as they were written


def reference_holds(condition: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    step, _, name = condition["path"].partition(".")
    value = answers.get(step, {}).get(name)
    values = set(value) if isinstance(value, (list, tuple)) else ({value} if value else set())
    if condition.get("any_of") and not values & set(condition["any_of"]):
        return False
    return not (condition.get("none_of") and values & set(condition["none_of"]))


def reference_applies(entry: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    if not all(reference_holds(c, answers) for c in entry.get("when", ())):
        return False
    when_any = entry.get("when_any", ())
    return not when_any or any(reference_holds(c, answers) for c in when_any)


def reference_path(answers: Mapping[str, Any]) -> list[str]:
    return [entry["id"] for entry in load("steps.toml")["step"] if reference_applies(entry, answers)]


def reference_plan(answers: Mapping[str, Any]) -> list[str]:
    on_path = set(reference_path(answers))
    active = {step: values for step, values in answers.items() if step in on_path}
    return [entry["id"] for entry in load("plan.toml")["item"] if reference_applies(entry, active)]


def reference_checklist(answers: Mapping[str, Any]) -> list[str]:
    def step(name: str) -> Mapping[str, Any]:
        value = answers.get(name)
        return value if isinstance(value, Mapping) else {}

    def codes(name: str, key: str) -> set[str]:
        value = step(name).get(key)
        return {str(v) for v in value} if isinstance(value, (list, tuple, set)) else set()

    calm, message, verify = step("calm"), step("message"), step("verify")
    shared = codes("protect", "shared") - {"none"}
    flags = codes("message", "flags")
    behaviours = codes("legal", "behaviours")
    wants = codes("contact", "wants")
    relation = verify.get("relation", "")
    creditor_type = verify.get("creditor_type", "")

    items: list[str] = []
    if calm.get("danger") == "yes" or behaviours & {"violence"}:
        items.append("danger")
    if "transfer" in shared:
        items.append("money_sent")
    if shared & {"code", "password", "card"}:
        items.append("card_details_shared")
    if "screen_share" in shared:
        items.append("screen_shared")
    if "id_photo" in shared:
        items.append("id_photo_sent")
    if flags & {"safe_account", "student_loan_cancel", "asks_secrets"}:
        items.append("safe_account")
    if "fake_legal" in flags or "fake_legal" in behaviours:
        items.append("court_claim")
    if relation == "mine_unknown" or "unknown_platform" in flags:
        items.append("credit_report")
        items.append("verification_letter")
    if relation == "someone_else":
        items.append("not_your_debt")
    if behaviours & {"third_party"} and relation != "someone_else":
        items.append("stop_third_party")
    if behaviours & {"threats", "insults", "night", "frequent", "third_party", "fake_legal", "fees"}:
        if creditor_type in ("bank", "consumer_finance"):
            items.append("complain_bank")
        elif creditor_type == "small_loan":
            items.append("complain_small_loan")
        elif creditor_type == "online_platform":
            items.append("report_platform")
    if behaviours & {"threats", "fraud"}:
        items.append("police_report")
    if message.get("risk") in ("high", "medium") or flags & {"link", "odd_sender"}:
        items.append("spam_report")
    if "instalments" in wants and relation != "someone_else":
        items.append("repayment_plan")
    return items


# The letters' sets of codes as letters.py had them next to its rules.
MISCONDUCT = {"threats", "violence", "insults", "night", "frequent", "third_party", "fake_legal", "fees", "fraud"}
MISCONDUCT_FLAGS = {"third_party_threat", "threat_or_abuse", "fake_legal", "fees"}
FRAUD_FLAGS = {
    "safe_account",
    "student_loan_cancel",
    "credit_repair",
    "asks_secrets",
    "pay_to_account",
    "card_frozen_callback",
    "limit_raise_points",
    "rate_cut",
    "platform_windup",
    "account_problem_link",
    "fake_charge",
    "prize_claim",
    "stock_tip_group",
    "bait_link",
    "someone_elses_account",
    "relative_needs_money",
    "job_lure",
    "gambling",
    "fake_loan_offer",
    "app_or_screen_share",
    "curiosity_link",
    "install_file_link",
    "game_trade_link",
    "boss_impersonation",
    "lure_link",
    "ticket_resale",
    "recovery_offer",
    "sextortion",
}
SPAM_FLAGS = FRAUD_FLAGS | {
    "fake_invoice_offer",
    "illegal_service_offer",
    "money_mule_offer",
    "link",
    "odd_sender",
    "claim_sender_mismatch",
    "fake_legal",
    "unofficial_callback",
    "debt_relief_agency",
    "new_number_impersonation",
}
SHARED_DAMAGE = {"code", "password", "card", "transfer", "screen_share"}


def reference_letters(answers: Mapping[str, Any]) -> list[str]:
    def step(name: str) -> Mapping[str, Any]:
        value = answers.get(name)
        return value if isinstance(value, Mapping) else {}

    def codes(name: str, key: str) -> set[str]:
        value = step(name).get(key)
        return {str(v) for v in value} if isinstance(value, (list, tuple, set)) else set()

    behaviours, flags, wants = codes("legal", "behaviours"), codes("message", "flags"), codes("contact", "wants")
    relation = str(step("verify").get("relation") or "")
    creditor_type = str(step("verify").get("creditor_type") or "")
    risk = step("message").get("risk")
    misconduct = bool(behaviours & MISCONDUCT or flags & MISCONDUCT_FLAGS)
    is_debtor = relation in ("mine_known", "mine_unknown")
    scam_without_creditor = creditor_type in ("", "unknown") and risk == "high"
    relevant = {
        "police-report": bool(
            behaviours & {"threats", "violence", "fraud"}
            or flags & (FRAUD_FLAGS - {"credit_repair"})
            or codes("protect", "shared") & SHARED_DAMAGE
            or step("calm").get("danger") == "yes"
        ),
        "spam-report": bool(risk in ("high", "medium") or flags & SPAM_FLAGS or "fraud" in behaviours),
        "debt-verification": (
            relation == "mine_unknown" or "verify_debt" in wants or ("unknown_platform" in flags and relation != "someone_else")
        )
        and not scam_without_creditor,
        "stop-third-party": relation != "someone_else"
        and bool("stop_third_party" in wants or "third_party" in behaviours or (is_debtor and "third_party_threat" in flags))
        and not scam_without_creditor,
        "third-party-stop": relation == "someone_else" and not scam_without_creditor,
        "repayment-plan": "instalments" in wants and relation != "someone_else" and not scam_without_creditor,
        "regulator-complaint": creditor_type in ("bank", "consumer_finance", "small_loan") and misconduct,
        "nifa-report": creditor_type == "online_platform" and misconduct,
        "credit-dispute": relation != "someone_else"
        and (relation == "mine_unknown" or bool(flags & {"unknown_platform", "credit_repair"})),
    }
    return [slug for slug in letters.registry() if relevant[slug]]


# ---------------------------------------------------------------------------------------------- tests


class TestSameDecisions:
    @SETTINGS
    @given(ANSWERS)
    def test_the_same_letters_are_offered(self, answers):
        assert letters.applicable_letters(answers) == reference_letters(answers)
        assert letters.applicable_letters(Answers.of(answers)) == reference_letters(answers)

    @SETTINGS
    @given(ANSWERS)
    def test_the_same_checklist_items_are_listed(self, answers):
        with translation.override("en"):
            texts = [item["text"] for item in checklist_items(answers)]
            expected = [gettext(PERSONAL_ITEMS[item_id]) for item_id in reference_checklist(answers)]
        assert texts[: len(expected)] == expected
        assert len(texts) == len(expected) + 5  # then the five steps everyone should take

    @SETTINGS
    @given(ANSWERS)
    def test_the_same_steps_and_plan(self, answers):
        assert [step.id for step in wizard.path_for(answers)] == reference_path(answers)
        assert [item.id for item in wizard.build_plan(answers)] == reference_plan(answers)


class TestAnswers:
    def test_it_reads_a_damaged_session_as_no_answers(self):
        damaged = Answers.of({"verify": "mine_unknown", "legal": {"behaviours": "threats"}, "calm": None})
        assert (damaged.relation, damaged.behaviours, damaged.in_danger) == ("", frozenset(), False)
        assert Answers.of(["not", "a", "dict"]).flags == frozenset()

    def test_it_reads_the_senders_public_number_and_kind(self):
        answers = Answers.of({"message": {"sender_public": "95588", "sender_kind": "service_number"}})
        assert (answers.sender_public, answers.sender_kind) == ("95588", "service_number")
        assert Answers.of({"message": ["95588"]}).sender_public == ""

    def test_it_is_still_the_mapping_it_was_read_from(self):
        raw = {"message": {"sender_public": "95588"}}
        assert Answers.of(raw) == raw and Answers.of(raw)["message"]["sender_public"] == "95588"
        assert not Answers.of({}) and Answers.of(Answers.of(raw)) == raw

    def test_none_of_holds_for_an_unanswered_field(self):
        condition = Condition(path="verify.relation", none_of=("someone_else",))
        assert Answers.of({}).matches(condition)
        assert not Answers.of({"verify": {"relation": "someone_else"}}).matches(condition)

    def test_any_of_matches_one_item_of_a_list_answer(self):
        condition = Condition(path="legal.behaviours", any_of=("threats", "fraud"))
        assert Answers.of({"legal": {"behaviours": ["night", "fraud"]}}).matches(condition)
        assert not Answers.of({"legal": {"behaviours": ["night"]}}).matches(condition)

    def test_an_all_group_needs_every_condition_and_an_any_group_one(self):
        unknown_platform = Condition(path="message.flags", any_of=("unknown_platform",))
        not_someone_elses = Condition(path="verify.relation", none_of=("someone_else",))
        both, either = (
            Group((unknown_platform, not_someone_elses), every=True),
            Group((unknown_platform, not_someone_elses), every=False),
        )
        someone_elses = Answers.of({"message": {"flags": ["unknown_platform"]}, "verify": {"relation": "someone_else"}})
        assert not someone_elses.holds(both) and someone_elses.holds(either)
        assert Answers.of({"message": {"flags": ["unknown_platform"]}}).holds(both)
        assert not Answers.of({"verify": {"relation": "someone_else"}}).applies((), when_any=(both, either))

    def test_groups_are_read_from_the_data(self):
        entry = {
            "when": [{"any": [{"path": "message.risk", "none_of": ["high"]}]}],
            "when_any": [{"path": "calm.danger", "any_of": ["yes"]}],
        }
        assert conditions(entry) == (Group((Condition(path="message.risk", none_of=("high",)),), every=False),)
        assert conditions(entry, "when_any") == (Condition(path="calm.danger", any_of=("yes",)),)


class TestConditionsInTheData:
    """A condition naming an answer the site never gives (a misspelt value) would never hold, silently."""

    @pytest.mark.parametrize(
        "name, entries", [("steps.toml", "step"), ("plan.toml", "item"), ("checklist.toml", "item"), ("letters.toml", "letter")]
    )
    def test_every_condition_names_an_answer_the_site_gives(self, name, entries):
        known = {f"{step}.{field}": set(values) for step, fields in ANSWER_CHOICES.items() for field, values in fields.items()}
        known["message.risk"] = {"high", "medium", "low"}
        known["message.flags"] = {rule["code"] for rule in load("red_flags.toml")["rule"]}
        listed = load(name)[entries]
        for entry_id, entry in listed.items() if isinstance(listed, dict) else ((e["id"], e) for e in listed):
            for clause in (*entry.get("when", ()), *entry.get("when_any", ())):
                for condition in clause.get("all", clause.get("any", [clause])):
                    assert condition["path"] in known, (entry_id, condition["path"])
                    named = set(condition.get("any_of", ())) | set(condition.get("none_of", ()))
                    assert named <= known[condition["path"]], (entry_id, named - known[condition["path"]])


class TestChecklistData:
    def test_every_rule_has_its_wording_and_every_wording_a_rule(self):
        assert [rule.id for rule in checklist_rules()] == list(PERSONAL_ITEMS)

    def test_a_condition_without_any_of_or_none_of_is_refused(self):
        data = {"item": [{"id": "danger", "when": [{"path": "calm.danger"}]}]}
        with pytest.raises(ContentError, match="needs any_of or none_of"):
            validate("checklist.toml", data)
