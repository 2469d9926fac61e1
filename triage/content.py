"""One strict loader for the content files in triage/data/.

The content lives in TOML so that a reviewer can correct it without reading Python. The danger of that is
silence: a misspelt key ("negated_bye", "when_anny", "sourse") used to be ignored, and the rule then ran
without its negation or the step without its condition. Here every file has a typed schema (msgspec
Structs with forbid_unknown_fields), so an unknown key, a wrong type or a missing required key (sources
included) stops the load with the file, the entry and the key in the message:

    triage/data/red_flags.toml: Object contains unknown field `negated_bye` - at `$.rule[3]` (code = "fees")

`load(name)` returns the file's data as plain dicts and lists, as `tomllib` gives it, after the check.
`check_all()` loads every file; the system check in triage/checks.py runs it at start-up, and
tests/test_content.py loads every file and feeds each schema broken copies.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

DATA_DIR = Path(__file__).resolve().parent / "data"

# A link to the issuing body or the institution: scheme and host at least.
Url = Annotated[str, Meta(pattern=r"^https?://[^\s/]+")]
# The same or nothing, where the source is the self-help article the steps follow.
OptionalUrl = Annotated[str, Meta(pattern=r"^(https?://[^\s/]+|$)")]
NonEmpty = Annotated[str, Meta(min_length=1)]
Mark = Literal["✔", "◐"]


# ------------------------------------------------------------------------------------- red_flags.toml
class Scoring(Struct, forbid_unknown_fields=True, kw_only=True):
    high: int
    medium: int
    implied_channel: int


class Rule(Struct, forbid_unknown_fields=True, kw_only=True):
    code: NonEmpty
    detector: Literal["text", "sender", "claim", "link", "unknown_platform", "channel", "wording"]
    weight: int
    severe: bool = False
    negated_by: str | None = None
    patterns: list[str] = []
    unless_patterns: list[str] = []
    # Where an unless pattern excuses a hit: in the same sentence (the default), or anywhere in the message.
    unless_scope: Literal["sentence", "message"] = "sentence"
    # Patterns that excuse every hit wherever they stand in the message, beside unless_patterns in their scope.
    unless_anywhere_patterns: list[str] = []
    weight_by_kind: dict[str, int] = {}
    kinds: list[str] = []
    needs_channel: bool = False
    weight_alone: int = 0
    any_number: bool = False
    any_hotline: bool = False
    unnamed_only: bool = False
    # Whether the wording model may raise a message this flag made medium (triage/analysis/wording.py).
    wording_raises: bool = True
    # Whether the family counts only beside a link of unknown origin, not any channel (triage/analysis/rules.py).
    suspicious_link_only: bool = False
    title_zh: NonEmpty
    title_en: NonEmpty
    why_zh: NonEmpty
    why_en: NonEmpty
    advice_zh: NonEmpty
    advice_en: NonEmpty
    # The citation as shown (title, issuing body, document number, date, article) and the issuing body alone,
    # which the citation must name (tests/test_sources.py).
    source_zh: NonEmpty
    source_en: NonEmpty
    source_by_zh: NonEmpty
    source_by_en: NonEmpty
    source_url: Url
    confidence: Literal["✔", "◐", ""] = ""


class RedFlags(Struct, forbid_unknown_fields=True, kw_only=True):
    scoring: Scoring
    negations: dict[str, NonEmpty]
    # Pieces of pattern that patterns name as (?&name), put in by `load` before anything compiles.
    fragments: dict[Annotated[str, Meta(pattern=r"^[a-z_][a-z0-9_]*$")], NonEmpty] = {}
    rule: list[Rule]


# ---------------------------------------------------------------------------------- institutions.toml
class Institution(Struct, forbid_unknown_fields=True, kw_only=True):
    code: NonEmpty
    name_zh: NonEmpty
    name_en: NonEmpty
    kind: Literal[
        "bank",
        "consumer_finance",
        "online_platform",
        "small_loan",
        "carrier",
        "insurer",
        "airline",
        "courier",
        "utility",
        "government",
    ]
    aliases: list[NonEmpty]
    service_numbers: list[Annotated[str, Meta(pattern=r"^\d{3,20}$")]]
    domains: list[NonEmpty]
    sms_domains: list[NonEmpty] = []
    source: Url
    confidence: Literal["✔", "◐", ""] = ""


class Institutions(Struct, forbid_unknown_fields=True, kw_only=True):
    not_institutions: list[str] = []
    standalone_aliases: list[str] = []
    institution: list[Institution]


# -------------------------------------------------------------------------------------- channels.toml
class Channel(Struct, forbid_unknown_fields=True, kw_only=True):
    id: NonEmpty
    number: str
    name_zh: NonEmpty
    name_en: NonEmpty
    handles_zh: NonEmpty
    handles_en: NonEmpty
    how_zh: NonEmpty
    how_en: NonEmpty
    source_zh: NonEmpty
    source_en: NonEmpty
    source_by_zh: NonEmpty
    source_by_en: NonEmpty
    source_url: Url
    confidence: Mark


class Channels(Struct, forbid_unknown_fields=True, kw_only=True):
    channel: list[Channel]


# ---------------------------------------------------------------------------------- legal_bases.toml
class Law(Struct, forbid_unknown_fields=True, kw_only=True):
    # The title is the full citation; issuer_* is the issuing body it names.
    title_zh: NonEmpty
    title_en: NonEmpty
    issuer_zh: NonEmpty
    issuer_en: NonEmpty
    text_zh: NonEmpty
    text_en: NonEmpty
    source: Url
    mark: Mark


class LegalChannel(Struct, forbid_unknown_fields=True, kw_only=True):
    number: str
    name_zh: NonEmpty
    name_en: NonEmpty
    text_zh: NonEmpty
    text_en: NonEmpty
    source_zh: NonEmpty
    source_en: NonEmpty
    source_by_zh: NonEmpty
    source_by_en: NonEmpty
    source: Url
    mark: Mark


class LegalBases(Struct, forbid_unknown_fields=True, kw_only=True):
    law: dict[str, Law]
    channel: dict[str, LegalChannel]


# ------------------------------------------------------- conditions: letters, steps, plan, checklist
# The one condition language (triage/answers.py): "step.field" matches any_of and/or none_of, at least one.
AnswerPath = Annotated[str, Meta(pattern=r"^[a-z_]+\.[a-z_]+$")]


class Condition(Struct, forbid_unknown_fields=True, kw_only=True):
    path: AnswerPath
    any_of: list[str] = []
    none_of: list[str] = []


# An item of `when` / `when_any`: a condition as above, or a group of conditions that must all hold (`all`) or
# one of which must (`any`). One struct for both because msgspec cannot tell two untagged structs apart; the
# cross-checks demand exactly one of path, all and any, and no empty group.
class Clause(Struct, forbid_unknown_fields=True, kw_only=True):
    path: AnswerPath | None = None
    any_of: list[str] = []
    none_of: list[str] = []
    all: list[Condition] = []
    any: list[Condition] = []


# -------------------------------------------------------------------------------------- letters.toml
class LetterText(Struct, forbid_unknown_fields=True, kw_only=True):
    title: NonEmpty
    file_title: NonEmpty
    recipient: NonEmpty
    body: list[str]


class Letter(Struct, forbid_unknown_fields=True, kw_only=True):
    order: int
    fields: list[str]
    bases: list[str]
    channels: list[str]
    # When the letter is offered, in the condition language above; a letter without
    # conditions would be offered to everyone, so at least one is required (cross-check).
    when: list[Clause] = []
    when_any: list[Clause] = []
    zh: LetterText
    en: LetterText


class ByLanguage(Struct, forbid_unknown_fields=True, kw_only=True):
    zh: dict[str, str]
    en: dict[str, str]


class Letters(Struct, forbid_unknown_fields=True, kw_only=True):
    common: ByLanguage
    third_party_roles: ByLanguage
    behaviours: ByLanguage
    flags: ByLanguage
    letter: dict[str, Letter]


# ------------------------------------------------------------------- steps.toml, plan.toml, checklist.toml


class Advice(Struct, forbid_unknown_fields=True, kw_only=True):
    text_zh: NonEmpty
    text_en: NonEmpty
    source_zh: NonEmpty
    source_en: NonEmpty
    source_by_zh: NonEmpty
    source_by_en: NonEmpty
    source_url: OptionalUrl = ""


class Step(Struct, forbid_unknown_fields=True, kw_only=True):
    id: NonEmpty
    title_zh: NonEmpty
    title_en: NonEmpty
    lead_zh: NonEmpty
    lead_en: NonEmpty
    form: str | None = None
    precaution: Literal["fraud", "look_up", "evidence"] | None = None
    advice: list[Advice] = []
    when: list[Clause] = []
    when_any: list[Clause] = []


class Steps(Struct, forbid_unknown_fields=True, kw_only=True):
    step: list[Step]


class PlanItem(Struct, forbid_unknown_fields=True, kw_only=True):
    id: NonEmpty
    text_zh: NonEmpty
    text_en: NonEmpty
    source_zh: NonEmpty
    source_en: NonEmpty
    source_by_zh: NonEmpty
    source_by_en: NonEmpty
    source_url: OptionalUrl = ""
    numbers: list[str] = []
    when: list[Clause] = []
    when_any: list[Clause] = []


class Plan(Struct, forbid_unknown_fields=True, kw_only=True):
    item: list[PlanItem]


class ChecklistItem(Struct, forbid_unknown_fields=True, kw_only=True):
    id: NonEmpty
    when: list[Clause] = []
    when_any: list[Clause] = []


class Checklist(Struct, forbid_unknown_fields=True, kw_only=True):
    item: list[ChecklistItem]


# ---------------------------------------------------------------------------------- official_hosts.toml
class OfficialHost(Struct, forbid_unknown_fields=True, kw_only=True):
    host: Annotated[str, Meta(pattern=r"^[a-z0-9.-]+\.[a-z]+$")]
    body_zh: NonEmpty
    body_en: NonEmpty


class OfficialHosts(Struct, forbid_unknown_fields=True, kw_only=True):
    government_suffix: Annotated[str, Meta(pattern=r"^\.[a-z.]+$")]
    host: list[OfficialHost]


# --------------------------------------------------------------------- word lists for the name finder
# Their keys are word lists the name finder reads by name; values are strings of characters or lists
# of words, one level of tables deep.
WordLists = dict[str, str | list[str] | dict[str, str | list[str]]]


SCHEMAS: dict[str, Any] = {
    "red_flags.toml": RedFlags,
    "institutions.toml": Institutions,
    "channels.toml": Channels,
    "legal_bases.toml": LegalBases,
    "letters.toml": Letters,
    "steps.toml": Steps,
    "plan.toml": Plan,
    "checklist.toml": Checklist,
    "official_hosts.toml": OfficialHosts,
    "names.toml": WordLists,
    "name_chars.toml": WordLists,
}


class ContentError(ValueError):
    """A content file that does not fit its schema; the message names the file, entry and key."""


_WHERE = re.compile(r"`\$((?:\.[A-Za-z0-9_\-]+|\[\d+\])+)`")
_STEP = re.compile(r"\.([A-Za-z0-9_\-]+)|\[(\d+)\]")


def _entry_hint(data: Any, message: str) -> str:
    """' (code = "fees")' for the entry an error points into, when that entry has a code or an id."""
    where = _WHERE.search(message)
    if where is None:
        return ""
    node, hint = data, ""
    for key, index in _STEP.findall(where.group(1)):
        try:
            node = node[key] if key else node[int(index)]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            for name in ("code", "id"):
                if isinstance(node.get(name), str):
                    hint = f' ({name} = "{node[name]}")'
    return hint


def validate(name: str, data: Any) -> None:
    """Raise ContentError unless `data` fits the schema of triage/data/`name`, then the cross-checks."""
    schema = SCHEMAS[name]
    try:
        msgspec.convert(data, type=schema, strict=True)
    except msgspec.ValidationError as error:
        raise ContentError(f"triage/data/{name}: {error}{_entry_hint(data, str(error))}") from None
    for problem in _cross_checks(name, data):
        raise ContentError(f"triage/data/{name}: {problem}")


def _cross_checks(name: str, data: dict[str, Any]) -> list[str]:
    """What a schema cannot say: references between entries, unique codes."""
    problems: list[str] = []
    entries_key = {
        "red_flags.toml": "rule",
        "institutions.toml": "institution",
        "channels.toml": "channel",
        "steps.toml": "step",
        "plan.toml": "item",
        "checklist.toml": "item",
        "official_hosts.toml": "host",
    }.get(name)
    if entries_key:
        field = {"red_flags.toml": "code", "institutions.toml": "code", "official_hosts.toml": "host"}.get(name, "id")
        seen: set[str] = set()
        for entry in data[entries_key]:
            if entry[field] in seen:
                problems.append(f'{field} "{entry[field]}" is used twice')
            seen.add(entry[field])
    if name == "red_flags.toml":
        problems.extend(_fragment_problems(data))
        for entry in data["rule"]:
            negated_by = entry.get("negated_by")
            if negated_by is not None and (negated_by == "after" or negated_by not in data["negations"]):
                problems.append(f'rule "{entry["code"]}": negated_by = "{negated_by}" names no word list in [negations]')
            if entry["detector"] == "text" and not entry.get("patterns"):
                problems.append(f'rule "{entry["code"]}": a text rule needs patterns')
        if "after" not in data["negations"]:
            problems.append("[negations] needs the list `after`")
    if name in ("steps.toml", "plan.toml", "checklist.toml"):
        for entry in data[entries_key or ""]:
            problems.extend(_clause_problems(entry["id"], entry))
    if name == "letters.toml":
        for slug, letter in data["letter"].items():
            if not letter.get("when") and not letter.get("when_any"):
                problems.append(f'letter "{slug}": needs `when` or `when_any`, or it is offered to everyone')
            problems.extend(_clause_problems(slug, letter))
        for language in ("zh", "en"):
            for table in ("common", "third_party_roles", "behaviours", "flags"):
                if set(data[table][language]) != set(data[table]["zh"]):
                    problems.append(f"[{table}.{language}] and [{table}.zh] name different keys")
    return problems


# A pattern's reference to a fragment: "(?&boss_title)". Python's re has no such syntax, so a reference left in a
# pattern would not compile; `load` replaces each before the rules see them.
FRAGMENT_REFERENCE = re.compile(r"\(\?&([a-z_][a-z0-9_]*)\)")
# The keys of a rule that hold patterns: each may name fragments, and each is checked as patterns are.
PATTERN_KEYS = ("patterns", "unless_patterns", "unless_anywhere_patterns")


def _fragment_problems(data: dict[str, Any]) -> list[str]:
    """References to fragments that do not exist or are misspelt, fragments that name themselves however far round, and
    fragments whose alternatives are not grouped (put into "x(?&name)y" they would change what the pattern says)."""
    fragments: dict[str, str] = data.get("fragments", {})
    problems: list[str] = []
    for entry in data["rule"]:
        for pattern in (pattern for key in PATTERN_KEYS for pattern in entry.get(key, [])):
            for missing in sorted({n for n in FRAGMENT_REFERENCE.findall(pattern) if n not in fragments}):
                problems.append(f'rule "{entry["code"]}": a pattern names (?&{missing}), which is not in [fragments]')
            if pattern.count("(?&") != len(FRAGMENT_REFERENCE.findall(pattern)):
                problems.append(f'rule "{entry["code"]}": a pattern has a "(?&" that names no fragment the loader can read')
    for name, words in data["negations"].items():
        if "(?&" in words:
            problems.append(f"[negations] {name}: fragments are put into the rules' patterns only")
    for name, text in fragments.items():
        for missing in sorted({n for n in FRAGMENT_REFERENCE.findall(text) if n not in fragments}):
            problems.append(f'fragment "{name}" names (?&{missing}), which is not in [fragments]')
        if _top_level_alternatives(text):
            problems.append(f'fragment "{name}": its alternatives must stand in a group, "(a|b)", not "a|b"')
    for name in fragments:
        loop = _path_back(name, name, fragments, [])
        if loop:
            problems.append(f'fragment "{name}" names itself: {" → ".join([name, *loop])}')
    return problems


def _path_back(name: str, start: str, fragments: dict[str, str], path: list[str]) -> list[str]:
    """The fragments from `start` that lead back to `name` ([] if none): a depth-first walk, each fragment once."""
    for inner in FRAGMENT_REFERENCE.findall(fragments.get(start, "")):
        if inner == name:
            return [*path, inner]
        if inner not in path and inner in fragments:
            found = _path_back(name, inner, fragments, [*path, inner])
            if found:
                return found
    return []


def _top_level_alternatives(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group and class."""
    # (Imported here: triage.analysis loads this module's files when it is imported.)
    from triage.analysis.alternation import split_top_level

    return len(split_top_level(pattern)) > 1


def _with_fragments(data: dict[str, Any]) -> dict[str, Any]:
    """red_flags.toml's data with every (?&name) in the rules' patterns replaced by the fragment's text (after
    `validate`: every name exists and none leads back to itself)."""
    fragments: dict[str, str] = data.get("fragments", {})

    def put_in(pattern: str) -> str:
        while FRAGMENT_REFERENCE.search(pattern):
            pattern = FRAGMENT_REFERENCE.sub(lambda m: fragments[m.group(1)], pattern)
        return pattern

    for entry in data["rule"]:
        for key in PATTERN_KEYS:
            if key in entry:
                entry[key] = [put_in(pattern) for pattern in entry[key]]
    return data


def _clause_problems(entry_id: str, entry: dict[str, Any]) -> list[str]:
    """What the one Clause struct cannot say: an item is a condition or a non-empty group, never both, and
    a condition that names no value would hold for every answer (none_of) or for none (any_of)."""
    problems: list[str] = []
    for key in ("when", "when_any"):
        for clause in entry.get(key, ()):
            kinds = [kind for kind in ("path", "all", "any") if kind in clause]
            if len(kinds) != 1:
                problems.append(f'"{entry_id}": a {key} item needs exactly one of path, all and any')
                continue
            if kinds == ["path"]:
                members = [clause]
            elif not clause[kinds[0]]:
                problems.append(f'"{entry_id}": an empty `{kinds[0]}` group in {key}')
                continue
            elif "any_of" in clause or "none_of" in clause:
                problems.append(f'"{entry_id}": a group in {key} takes no any_of or none_of of its own')
                continue
            else:
                members = clause[kinds[0]]
            for condition in members:
                if not condition.get("any_of") and not condition.get("none_of"):
                    problems.append(f'"{entry_id}": a condition on {condition["path"]} needs any_of or none_of')
    return problems


@cache
def load(name: str) -> dict[str, Any]:
    """triage/data/`name` as tomllib reads it, after `validate`. Raises ContentError."""
    path = DATA_DIR / name
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"triage/data/{name}: not valid TOML: {error}") from None
    validate(name, data)
    return _with_fragments(data) if name == "red_flags.toml" else data


def check_all() -> list[str]:
    """Every content file's problem, as messages; [] when all of them load."""
    problems = []
    for name in SCHEMAS:
        try:
            load.__wrapped__(name)
        except ContentError as error:
            problems.append(str(error))
    return problems
