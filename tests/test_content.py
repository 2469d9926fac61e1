"""The strict loader for triage/data/: every file loads, and a misspelt key, a wrong type or a missing
source stops the load with the file, the entry and the key in the message."""

from __future__ import annotations

import copy
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage import content
from triage.content import SCHEMAS, ContentError, check_all, validate

ENTRY_FILES = {
    "red_flags.toml": ("rule", "code"),
    "institutions.toml": ("institution", "code"),
    "channels.toml": ("channel", "id"),
    "steps.toml": ("step", "id"),
    "plan.toml": ("item", "id"),
    "checklist.toml": ("item", "id"),
}


def raw(name: str) -> dict:
    with (content.DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def error_of(name: str, data: dict) -> str:
    with pytest.raises(ContentError) as caught:
        validate(name, data)
    return str(caught.value)


def test_every_file_in_the_data_folder_has_a_schema_and_loads():
    on_disk = {path.name for path in content.DATA_DIR.glob("*.toml")}
    assert on_disk == set(SCHEMAS)
    assert check_all() == []


class TestTheMessageNamesFileEntryAndKey:
    def test_a_misspelt_negation(self):
        data = raw("red_flags.toml")
        data["rule"][0]["negated_bye"] = "denial"
        message = error_of("red_flags.toml", data)
        assert "red_flags.toml" in message and "negated_bye" in message
        assert f'code = "{data["rule"][0]["code"]}"' in message

    def test_a_misspelt_condition(self):
        data = raw("steps.toml")
        entry = next(step for step in data["step"] if step.get("when"))
        entry["when_anny"] = entry.pop("when")
        message = error_of("steps.toml", data)
        assert "when_anny" in message and f'id = "{entry["id"]}"' in message

    def test_a_missing_source(self):
        data = raw("institutions.toml")
        del data["institution"][2]["source"]
        message = error_of("institutions.toml", data)
        assert "source" in message and f'code = "{data["institution"][2]["code"]}"' in message

    def test_a_source_that_is_no_link(self):
        data = raw("red_flags.toml")
        data["rule"][1]["source_url"] = "see the notes"
        assert "source_url" in error_of("red_flags.toml", data)

    def test_a_wrong_type(self):
        data = raw("red_flags.toml")
        data["rule"][0]["weight"] = "8"
        message = error_of("red_flags.toml", data)
        assert "weight" in message and "int" in message

    def test_a_negation_list_that_does_not_exist(self):
        data = raw("red_flags.toml")
        rule = next(r for r in data["rule"] if r.get("negated_by"))
        rule["negated_by"] = "denials"
        assert 'negated_by = "denials"' in error_of("red_flags.toml", data)

    def test_a_pattern_naming_a_fragment_that_does_not_exist(self):
        data = raw("red_flags.toml")
        data["rule"][0]["patterns"].append("(?&no_such_piece)欠款")
        message = error_of("red_flags.toml", data)
        assert "(?&no_such_piece)" in message and data["rule"][0]["code"] in message

    def test_a_fragment_naming_one_that_does_not_exist(self):
        data = raw("red_flags.toml")
        data["fragments"]["broken_piece"] = "(?&no_such_piece)"
        assert 'fragment "broken_piece" names (?&no_such_piece)' in error_of("red_flags.toml", data)

    def test_fragments_that_name_each_other_in_a_circle(self):
        data = raw("red_flags.toml")
        data["fragments"]["piece_a"] = "欠(?&piece_b)"
        data["fragments"]["piece_b"] = "款(?&piece_a)"
        message = error_of("red_flags.toml", data)
        assert 'fragment "piece_a" names itself: piece_a → piece_b → piece_a' in message

    def test_a_fragment_name_that_is_no_plain_word(self):
        data = raw("red_flags.toml")
        data["fragments"]["Boss-Title"] = "老板"
        assert "fragments" in error_of("red_flags.toml", data)

    def test_a_code_used_twice(self):
        data = raw("institutions.toml")
        data["institution"][1]["code"] = data["institution"][0]["code"]
        assert "used twice" in error_of("institutions.toml", data)

    def test_a_letter_text_missing_in_english(self):
        data = raw("letters.toml")
        data["flags"]["en"].pop(next(iter(data["flags"]["en"])))
        assert "[flags.en]" in error_of("letters.toml", data)


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(sorted(ENTRY_FILES)),
    pick=st.integers(min_value=0, max_value=10_000),
    edit=st.sampled_from(["unknown key", "drop a required key", "wrong type"]),
    suffix=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=6),
)
def test_any_broken_entry_is_refused(name, pick, edit, suffix):
    """Generated edits: whichever entry of whichever file, a broken key never loads silently."""
    data = copy.deepcopy(raw(name))
    entries_key, id_key = ENTRY_FILES[name]
    entry = data[entries_key][pick % len(data[entries_key])]
    if edit == "unknown key":
        key = next(k for k in (f"{k}{suffix}" for k in entry) if k not in entry)
        entry[key] = "x"
    elif edit == "drop a required key":
        key = id_key
        del entry[key]
    else:
        key = id_key
        entry[key] = 42
    message = error_of(name, data)
    assert name in message and key in message


class TestFragments:
    def test_every_reference_is_replaced_by_the_fragment_text_pieces_inside_pieces_too(self) -> None:
        loaded = content.load("red_flags.toml")
        on_disk = raw("red_flags.toml")
        assert on_disk["fragments"], "the data file names no fragment: nothing here is tested"
        for rule in loaded["rule"]:
            for pattern in (pattern for key in content.PATTERN_KEYS for pattern in rule.get(key, [])):
                assert "(?&" not in pattern, rule["code"]
        boss = next(rule for rule in loaded["rule"] if rule["code"] == "boss_impersonation")
        title = on_disk["fragments"]["boss_title"]
        assert "(?&" not in title
        assert sum(title in pattern for pattern in boss["patterns"]) >= 5
        # A piece inside a piece: the payee list, which only boss_order_to_payee names, reaches the patterns through it.
        payee = on_disk["fragments"]["boss_payee"]
        assert not any(payee in pattern for pattern in on_disk["rule"][0]["patterns"])
        assert sum(payee in pattern for pattern in boss["patterns"]) >= 7

    def test_the_loader_puts_pieces_in_and_the_rules_compile_them(self) -> None:
        from triage.analysis.rules import _scanners

        data = raw("red_flags.toml")
        data["fragments"] = {"owed": "(欠款|欠钱)", "owed_now": "(?&owed)~{0,2}(马上|立即)还"}
        data["rule"] = [dict(data["rule"][0], patterns=["(?&owed_now)", "不(?&owed)"], unless_patterns=[])]
        validate("red_flags.toml", data)
        expanded = content._with_fragments(data)["rule"][0]["patterns"]
        assert expanded == ["(欠款|欠钱)~{0,2}(马上|立即)还", "不(欠款|欠钱)"]
        scanners = _scanners(expanded)
        assert any(scanner.search("欠钱要马上还") for scanner in scanners)
        assert not any(scanner.search("欠条已经还了") for scanner in scanners)

    def test_a_misspelt_reference_is_named_at_load_not_at_import(self) -> None:
        data = raw("red_flags.toml")
        data["rule"][0]["patterns"].append("(?&Boss_title)欠款")
        message = error_of("red_flags.toml", data)
        assert data["rule"][0]["code"] in message and "(?&" in message

    def test_a_fragment_with_alternatives_outside_a_group(self) -> None:
        data = raw("red_flags.toml")
        data["fragments"]["loose"] = "欠款|欠钱"
        assert 'fragment "loose": its alternatives must stand in a group' in error_of("red_flags.toml", data)
        data["fragments"]["loose"] = "(欠款|欠钱)[|]\\|"
        validate("red_flags.toml", data)

    def test_the_circle_is_named_in_its_order(self) -> None:
        data = raw("red_flags.toml")
        data["fragments"] |= {"piece_a": "欠(?&piece_b)", "piece_b": "款(?&piece_c)", "piece_c": "了(?&piece_b)"}
        message = error_of("red_flags.toml", data)
        assert "piece_b → piece_c → piece_b" in message

    def test_a_negation_list_takes_no_fragment(self) -> None:
        data = raw("red_flags.toml")
        data["negations"]["denial"] += "|(?&boss_title)"
        assert "[negations] denial" in error_of("red_flags.toml", data)


def test_the_system_check_reports_a_broken_file(monkeypatch):
    from triage.checks import check_content_files

    monkeypatch.setattr(content, "check_all", lambda: ["triage/data/plan.toml: something"])
    errors = check_content_files(None)
    assert [e.id for e in errors] == ["triage.E010"] and "plan.toml" in errors[0].msg
    monkeypatch.undo()
    assert check_content_files(None) == []


class TestLetterConditions:
    """The letters' `when` / `when_any`: conditions, or groups of them, checked like the steps'."""

    def test_every_letter_has_a_condition(self):
        data = raw("letters.toml")
        letter = data["letter"]["spam-report"]
        letter.pop("when", None), letter.pop("when_any", None)
        assert 'letter "spam-report"' in error_of("letters.toml", data)

    @pytest.mark.parametrize("group", ["all", "any"])
    def test_an_empty_group_is_refused(self, group):
        data = raw("letters.toml")
        data["letter"]["debt-verification"]["when_any"].append({group: []})
        message = error_of("letters.toml", data)
        assert f"empty `{group}` group" in message and '"debt-verification"' in message

    def test_a_group_that_is_also_a_condition_is_refused(self):
        data = raw("letters.toml")
        data["letter"]["credit-dispute"]["when"].append({"path": "verify.relation", "any_of": ["x"], "all": []})
        assert "exactly one of path, all and any" in error_of("letters.toml", data)

    def test_a_group_with_values_of_its_own_is_refused(self):
        data = raw("letters.toml")
        group = {"any": [{"path": "verify.relation", "any_of": ["mine_unknown"]}], "none_of": ["someone_else"]}
        data["letter"]["credit-dispute"]["when"].append(group)
        assert "takes no any_of or none_of" in error_of("letters.toml", data)

    def test_a_condition_in_a_group_needs_values(self):
        data = raw("letters.toml")
        data["letter"]["repayment-plan"]["when"].append({"all": [{"path": "verify.relation"}]})
        assert "verify.relation needs any_of or none_of" in error_of("letters.toml", data)

    def test_a_misspelt_key_in_a_group_is_refused(self):
        data = raw("letters.toml")
        data["letter"]["repayment-plan"]["when"].append({"all": [{"path": "verify.relation", "any_off": ["x"]}]})
        assert "any_off" in error_of("letters.toml", data)

    def test_groups_nest_one_level_only(self):
        data = raw("letters.toml")
        data["letter"]["repayment-plan"]["when"].append({"any": [{"all": [{"path": "verify.relation"}]}]})
        assert "letters.toml" in error_of("letters.toml", data)

    def test_the_steps_take_groups_too(self):
        data = raw("steps.toml")
        data["step"][0]["when"] = [{"any": []}]
        assert "empty `any` group" in error_of("steps.toml", data)
