"""The wizard as data: the steps, the conditions that switch them on, and the personal plan.

A step or a plan item applies when all of its conditions hold against the person's answers. Nothing
here knows about requests or the database: the views read answers from the session and ask this module
where to go next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from triage.answers import Answers as ParsedAnswers
from triage.answers import Clause, conditions
from triage.content import load as load_content

# The answers as the session stores them; `triage.answers.Answers` is how they are read.
Answers = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang.startswith("en") else self.zh


def _text(entry: dict[str, Any], name: str) -> Text:
    return Text(zh=entry.get(f"{name}_zh", ""), en=entry.get(f"{name}_en", ""))


@dataclass(frozen=True)
class Advice:
    text: Text
    source: Text
    source_url: str = ""


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    lead: Text
    advice: tuple[Advice, ...]
    precaution: str = ""  # which of the three precautions this step carries, if any
    when: tuple[Clause, ...] = ()
    form: str = ""  # name of the form class in triage.forms; "" for a read-only step
    when_any: tuple[Clause, ...] = ()

    def applies(self, answers: Answers | ParsedAnswers) -> bool:
        return ParsedAnswers.of(answers).applies(self.when, self.when_any)


@dataclass(frozen=True)
class PlanItem:
    id: str
    text: Text
    numbers: tuple[str, ...]
    source: Text
    source_url: str
    when: tuple[Clause, ...] = field(default=())
    when_any: tuple[Clause, ...] = field(default=())

    def applies(self, answers: Answers | ParsedAnswers) -> bool:
        return ParsedAnswers.of(answers).applies(self.when, self.when_any)


@dataclass(frozen=True)
class Channel:
    id: str
    number: str
    name: Text
    handles: Text
    how: Text
    source_url: str
    confidence: str


@cache
def _load(name: str) -> dict[str, Any]:
    return load_content(name)


def _advice(entry: dict[str, Any]) -> tuple[Advice, ...]:
    return tuple(
        Advice(text=_text(item, "text"), source=_text(item, "source"), source_url=item.get("source_url", ""))
        for item in entry.get("advice", ())
    )


@cache
def steps() -> tuple[Step, ...]:
    return tuple(
        Step(
            id=entry["id"],
            title=_text(entry, "title"),
            lead=_text(entry, "lead"),
            advice=_advice(entry),
            precaution=entry.get("precaution", ""),
            when=conditions(entry),
            when_any=conditions(entry, "when_any"),
            form=entry.get("form", ""),
        )
        for entry in _load("steps.toml")["step"]
    )


@cache
def plan_items() -> tuple[PlanItem, ...]:
    return tuple(
        PlanItem(
            id=entry["id"],
            text=_text(entry, "text"),
            numbers=tuple(entry.get("numbers", ())),
            source=_text(entry, "source"),
            source_url=entry.get("source_url", ""),
            when=conditions(entry),
            when_any=conditions(entry, "when_any"),
        )
        for entry in _load("plan.toml")["item"]
    )


@cache
def channels() -> dict[str, Channel]:
    return {
        entry["id"]: Channel(
            id=entry["id"],
            number=entry["number"],
            name=_text(entry, "name"),
            handles=_text(entry, "handles"),
            how=_text(entry, "how"),
            source_url=entry["source_url"],
            confidence=entry["confidence"],
        )
        for entry in _load("channels.toml")["channel"]
    }


def step_by_id(step_id: str) -> Step | None:
    return next((step for step in steps() if step.id == step_id), None)


def path_for(answers: Answers) -> list[Step]:
    """The steps that apply to this person, in order (the summary is not a step)."""
    parsed = ParsedAnswers.of(answers)
    return [step for step in steps() if step.applies(parsed)]


def next_step(answers: Answers, current: str) -> Step | None:
    """The first applicable step after `current`; None means the plan comes next."""
    ids = [step.id for step in steps()]
    if current not in ids:
        return path_for(answers)[0]
    parsed = ParsedAnswers.of(answers)
    for step in steps()[ids.index(current) + 1 :]:
        if step.applies(parsed):
            return step
    return None


def previous_step(answers: Answers, current: str) -> Step | None:
    path = path_for(answers)
    ids = [step.id for step in path]
    if current not in ids:
        return path[-1] if path else None
    index = ids.index(current)
    return path[index - 1] if index > 0 else None


# The parts of the guidance every person goes through, as the home page and README tell it: stay calm,
# look at the message, check who is writing, protect your data, act and get help. Branch steps belong to
# the part they deepen, so "第 3 步，共 5 步" never grows as answers open branches.
PARTS: tuple[tuple[str, ...], ...] = (
    ("calm",),
    ("message",),
    ("verify", "court_check", "identity", "third_party"),
    ("protect", "damage"),
    ("contact", "legal"),
)


def progress(answers: Answers, current: str) -> tuple[int, int]:
    """(part, number of parts) for "第 3 步，共 5 步": the same total on every branch."""
    for number, part in enumerate(PARTS, start=1):
        if current in part:
            return number, len(PARTS)
    return len(PARTS), len(PARTS)


def first_open_step(answers: Answers) -> Step:
    """Where to send someone who arrives at a step that does not apply: the first unanswered step."""
    path = path_for(answers)
    for step in path:
        if step.form and step.id not in answers:
            return step
    return path[-1]


def active_answers(answers: Answers) -> Answers:
    """The answers of the steps on this person's path only.

    Answers to a step that no longer applies (contact, after switching to someone else's debt) stay
    stored, in case the person switches back, but must not shape the plan or the letters.
    """
    on_path = {step.id for step in path_for(answers)}
    return {step_id: values for step_id, values in answers.items() if step_id in on_path}


def build_plan(answers: Answers) -> list[PlanItem]:
    active = ParsedAnswers.of(active_answers(answers))
    return [item for item in plan_items() if item.applies(active)]
