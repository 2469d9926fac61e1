"""Official channels of the main creditors (and of the public bodies fake collectors pose as).

Loaded once from triage/data/institutions.toml. The wizard's verify step uses `find_institution` and
`all_institutions` to say "call 95588, not the number in the message".
"""

from __future__ import annotations

import functools

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "institutions.toml"
CREDITOR_KINDS = frozenset({"bank", "consumer_finance", "online_platform", "small_loan"})


@dataclass(frozen=True)
class Institution:
    code: str
    name_zh: str
    name_en: str
    kind: str  # bank | consumer_finance | online_platform | small_loan | government
    aliases: tuple[str, ...]
    service_numbers: tuple[str, ...]
    domains: tuple[str, ...]
    source: str

    def name(self, lang: str = "zh-hans") -> str:
        return self.name_en if lang.startswith("en") else self.name_zh

    def owns_number(self, digits: str) -> bool:
        # Banks send from the bare number or with an extension ("9555801" for 95558 channels).
        return any(digits == n or (digits.startswith(n) and len(n) >= 5) for n in self.service_numbers)


def _load() -> tuple[Institution, ...]:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        Institution(
            code=entry["code"],
            name_zh=entry["name_zh"],
            name_en=entry["name_en"],
            kind=entry["kind"],
            aliases=tuple(entry["aliases"]),
            service_numbers=tuple(entry["service_numbers"]),
            domains=tuple(entry["domains"]),
            source=entry["source"],
        )
        for entry in data["institution"]
    )


_INSTITUTIONS = _load()
_BY_CODE = {inst.code: inst for inst in _INSTITUTIONS}
_BY_ALIAS = {alias.lower(): inst for inst in _INSTITUTIONS for alias in inst.aliases}
# One alternation, longest alias first, so "中国工商银行" wins over "工商银行" and "招联金融" over "招联".
_ALIAS_RE = re.compile(
    "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))
)  # no IGNORECASE: with it `re` cannot skip ahead on first characters; callers lower-case instead
# The signature in 【】 (or [] after NFKC folding of full-width brackets) at either end of an SMS.
_SIGNATURE_RE = re.compile(r"【([^【】\n]{1,20})】|\[([^\[\]\n]{1,20})\]")


def all_institutions(include_government: bool = False) -> tuple[Institution, ...]:
    """The creditors, in data-file order; the courts and anti-fraud centre only when asked."""
    if include_government:
        return _INSTITUTIONS
    return tuple(inst for inst in _INSTITUTIONS if inst.kind in CREDITOR_KINDS)


def find_institution(name_or_code: str) -> Institution | None:
    """Look an institution up by code ("icbc"), any alias ("工行") or text naming it ("【工商银行】")."""
    key = name_or_code.strip()
    if not key:
        return None
    if key in _BY_CODE:
        return _BY_CODE[key]
    if key.lower() in _BY_ALIAS:
        return _BY_ALIAS[key.lower()]
    match = _ALIAS_RE.search(key.lower())
    return _BY_ALIAS[match.group(0).lower()] if match else None


# The same few senders recur (every bank texts from its own numbers): look each up once.
@functools.lru_cache(maxsize=4096)
def institution_for_number(digits: str) -> Institution | None:
    for inst in _INSTITUTIONS:
        if inst.owns_number(digits):
            return inst
    return None


def claimed_institution(text: str) -> tuple[Institution | None, str, tuple[int, int] | None]:
    """Who the message says it is from: (institution, signature text, span of the naming words).

    The 【signature】 counts first because that is where an SMS names its sender; otherwise the first
    institution named anywhere. The signature is returned even when it names no known institution, so
    a debt claim signed 【某某金融】 is not treated as anonymous.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered  # positions still line up; aliases are stored in lower case
    signature = ""
    for match in _SIGNATURE_RE.finditer(text):
        content = match.group(1) or match.group(2) or ""
        if not signature:
            signature = content
        named = _ALIAS_RE.search(content)
        if named:
            offset = match.start(1) if match.group(1) is not None else match.start(2)
            return _BY_ALIAS[named.group(0).lower()], content, (offset + named.start(), offset + named.end())
    named = _ALIAS_RE.search(text)
    if named:
        return _BY_ALIAS[named.group(0).lower()], signature, named.span()
    return None, signature, None


def all_official_domains() -> tuple[tuple[str, Institution], ...]:
    return tuple((domain, inst) for inst in _INSTITUTIONS for domain in inst.domains)
