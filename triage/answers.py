"""The person's answers, read once from the session, and the one condition language that asks about them.

The session holds a plain dict (step → field → value) that may be old, partial or tampered with. `Answers`
reads it once, tolerating any shape, and offers what the site asks about as typed properties; the rules in
triage/data/ (steps.toml, plan.toml, checklist.toml, letters.toml) are `Condition`s and `Group`s evaluated by
`Answers.applies`. Nothing here knows about requests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# What the wizard asks, step → field → the values a choice may take (the message step's fields come from the
# analyser instead). A shared case keeps only these (triage/cases.py); the conditions in triage/data/ may
# name only these (tests/test_answers.py). Kept in step with triage/forms.py; tests check the values still
# exist there.
ANSWER_CHOICES: dict[str, dict[str, frozenset[str]]] = {
    "calm": {"danger": frozenset({"yes", "no"})},
    "verify": {
        "relation": frozenset({"mine_known", "mine_unknown", "someone_else", "unsure"}),
        "creditor_type": frozenset({"bank", "consumer_finance", "online_platform", "small_loan", "unknown"}),
        "third_party_role": frozenset({"family", "employer", "contact"}),
        "legal_claim": frozenset({"yes", "no"}),
    },
    "protect": {
        "shared": frozenset({"code", "password", "card", "id_photo", "screen_share", "transfer", "none"}),
    },
    "contact": {"wants": frozenset({"verify_debt", "instalments", "stop_third_party", "none"})},
    "legal": {
        "behaviours": frozenset(
            {"threats", "violence", "insults", "night", "frequent", "third_party", "fake_legal", "fees", "fraud", "none"}
        ),
    },
}

# The fields where the wizard's form takes several answers (a list); every other field is one string.
MULTIPLE_CHOICE: dict[str, frozenset[str]] = {
    "protect": frozenset({"shared"}),
    "contact": frozenset({"wants"}),
    "legal": frozenset({"behaviours"}),
}


@dataclass(frozen=True)
class Condition:
    """`path` is "step.field"; the condition holds when the answer matches.

    any_of: the answer (or, for a list answer, one of its items) is one of these values.
    none_of: the answer (or no item of a list answer) is one of these values; an unanswered field holds.
    """

    path: str
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Condition:
        return cls(
            path=data["path"],
            any_of=tuple(data.get("any_of", ())),
            none_of=tuple(data.get("none_of", ())),
        )


@dataclass(frozen=True)
class Group:
    """Conditions that hold together (`all = [...]` in the data) or one of them (`any = [...]`): the "or"
    inside an "and" and the "and" inside an "or" that some letters need. One level deep, never empty."""

    conditions: tuple[Condition, ...]
    every: bool

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Group:
        every = "all" in data
        return cls(conditions=tuple(Condition.from_data(item) for item in data["all" if every else "any"]), every=every)


# One item of an entry's `when` or `when_any`.
Clause = Condition | Group


def conditions(entry: Mapping[str, Any], key: str = "when") -> tuple[Clause, ...]:
    """The conditions and groups under `key` ("when" or "when_any") of a data-file entry."""
    return tuple(
        Group.from_data(item) if "all" in item or "any" in item else Condition.from_data(item) for item in entry.get(key, ())
    )


class Answers(Mapping[str, Any]):
    """A read-only view of the session's answers. Build it with `Answers.of(...)`, which accepts the raw
    dict, an `Answers` or anything else (read as no answers). Still a mapping of step → values, so code
    that reads a step's raw values (the message's evidence, the sender) takes it as it took the dict."""

    __slots__ = ("_raw",)

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = raw

    def __getitem__(self, step: str) -> Any:
        return self._raw[step]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    @classmethod
    def of(cls, answers: Answers | Mapping[str, Any] | None | Any) -> Answers:
        if isinstance(answers, Answers):
            return answers
        return cls(answers if isinstance(answers, Mapping) else {})

    # -- reading one step or field, whatever shape the session left it in ---------------------------
    def step(self, name: str) -> Mapping[str, Any]:
        # Sessions outlive deployments: a step saved in an older or damaged shape reads as unanswered.
        value = self._raw.get(name)
        return value if isinstance(value, Mapping) else {}

    def text(self, step: str, field: str) -> str:
        return str(self.step(step).get(field) or "")

    def codes(self, step: str, field: str) -> frozenset[str]:
        """A multiple-choice field's values; anything but a list reads as none."""
        value = self.step(step).get(field)
        return frozenset(str(v) for v in value) if isinstance(value, (list, tuple, set, frozenset)) else frozenset()

    def at(self, path: str) -> frozenset[str]:
        """The answer at "step.field" as a set: a list's items, a single value, or nothing when unanswered."""
        step, _, field = path.partition(".")
        value = self.step(step).get(field)
        if isinstance(value, (list, tuple, set, frozenset)):
            return frozenset(str(v) for v in value)
        return frozenset({str(value)}) if value else frozenset()

    # -- the condition language of triage/data/ ----------------------------------------------------
    def matches(self, condition: Condition) -> bool:
        values = self.at(condition.path)
        if condition.any_of and not values & set(condition.any_of):
            return False
        return not (condition.none_of and values & set(condition.none_of))

    def holds(self, clause: Clause) -> bool:
        if isinstance(clause, Group):
            results = (self.matches(condition) for condition in clause.conditions)
            return all(results) if clause.every else any(results)
        return self.matches(clause)

    def applies(self, when: Iterable[Clause], when_any: Iterable[Clause] = ()) -> bool:
        """Every `when` clause holds, and at least one `when_any` clause if there are any."""
        if not all(self.holds(clause) for clause in when):
            return False
        when_any = tuple(when_any)
        return not when_any or any(self.holds(clause) for clause in when_any)

    # -- what the site asks ------------------------------------------------------------------------
    @property
    def in_danger(self) -> bool:
        return self.step("calm").get("danger") == "yes"

    @property
    def relation(self) -> str:
        """Whose debt: mine_known, mine_unknown, someone_else, unsure, or "" unanswered."""
        return self.text("verify", "relation")

    @property
    def creditor_type(self) -> str:
        return self.text("verify", "creditor_type")

    @property
    def third_party_role(self) -> str:
        return self.text("verify", "third_party_role")

    @property
    def shared(self) -> frozenset[str]:
        """What the person gave away (protect step)."""
        return self.codes("protect", "shared")

    @property
    def wants(self) -> frozenset[str]:
        return self.codes("contact", "wants")

    @property
    def behaviours(self) -> frozenset[str]:
        """The collector's conduct the person ticked (legal step)."""
        return self.codes("legal", "behaviours")

    @property
    def flags(self) -> frozenset[str]:
        """The analyser's red-flag codes for the message."""
        return self.codes("message", "flags")

    @property
    def risk(self) -> str:
        return self.text("message", "risk")

    @property
    def institution_code(self) -> str:
        return self.text("message", "institution")

    @property
    def sms_text(self) -> str:
        return self.text("message", "sms_text")

    @property
    def sender_public(self) -> str:
        """The sender's number when it is an institution's public one; a personal number is never kept."""
        return self.text("message", "sender_public")

    @property
    def sender_kind(self) -> str:
        return self.text("message", "sender_kind")

    @property
    def is_debtor(self) -> bool:
        return self.relation in ("mine_known", "mine_unknown")
