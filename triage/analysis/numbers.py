"""Telephone numbers: which are public service numbers, which are personal, and one canonical form.

The one definition for the analyser (`sender.classify_sender`), the scrubber (`triage.anonymize`), the
session (`triage.session.public_sender`) and the evidence log (`triage.evidence.sender_key`), so that
"public" cannot mean one thing where a case is stored and another where a session is.

Mainland shapes (sources in triage/data/red_flags.toml):
- 955xx: national service firms (banks, insurers); other 95xxx(x) and 96xxx(x): call centres; an area
  code + 96110 is the anti-fraud line;
- 12xxx: government service lines (12368 courts, 12321 spam reports); 100xx (and 10xxx/11xxx short
  codes): the operators' own; 1010 + 4 digits: national customer-service numbers the ministry assigns to
  companies (1010 9955); 400/800 + 7 digits: company hotlines;
- 106 + more digits: SMS gateways (1065x operators' own, 1066 commercial, 1069 public-interest,
  1062/1063 provincial, 1064 machine-to-machine). Senders append anything behind the prefix, so a 106
  number is public only when nothing personal sits behind it: never a mobile number ("1069 0
  13812345678") and never more than 14 digits in all, where a card or landline fits ("1069 6222 0212
  3456 7890"). Over 14 digits the 106 shape is not public; `gateway_split` gives prefix and the rest.
Only the standard library and the normaliser are imported: the scrubber runs this on every digit run.
"""

from __future__ import annotations

import re

from .normalize import fold

# Gateway sub-kinds by prefix; 1065x covers 10650–10659 (the operators' own channels).
GATEWAY_SUBKINDS = ("1062", "1063", "1064", "1065", "1066", "1069")
# The longest 106 number kept as public (the limit the session has always used): prefix, provider and
# service code fit; longer ones are where senders append a landline, a card or an account number.
MAX_PUBLIC_GATEWAY_LENGTH = 14

MOBILE = re.compile(r"1[3-9]\d{9}")
# Public service numbers, whole (national digits, no separators).
_PUBLIC = re.compile(
    r"955\d{2}|95\d{3,6}|96\d{3,6}|12\d{3}|1[01]\d{3}|1010\d{4}|[48]00\d{7}|0\d{2,3}(?:96\d{3}|12\d{3})|106\d{2,11}"
)
_SEPARATORS = re.compile(r"[\s\-().\u00a0/（）]+")


def canonical(number: str) -> str:
    """One form per number, however typed: digits without the +86 / 0086 country code.

    "+86 138-1234-5678", "0086 13812345678", "86 13812345678" and full-width digits give "13812345678";
    another country keeps its code behind "00" ("+852 6123 4567" → "0085261234567"). A sender that is
    no number ("ICBC") is folded and lower-cased. This is the form the sender's keyed hash is made of:
    changing it regroups every stored case.
    """
    folded = fold(number or "").strip()
    digits = "".join(ch for ch in folded if ch.isascii() and ch.isdigit())
    if not digits:
        return folded.lower()
    if folded.lstrip().startswith("+") and not digits.startswith("00"):
        digits = "00" + digits
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]
    return digits


def digits_of(number: str) -> str:
    """The number as written without separators (spaces, dashes, brackets, dots, slashes); not folded."""
    return _SEPARATORS.sub("", number)


def gateway_split(digits: str) -> tuple[str, str]:
    """A 106 number as (gateway part, what a sender put behind it); ("", "") for no 106 number.

    The part behind is "" when the number is an ordinary gateway. Otherwise it starts at the mobile
    number inside ("1069013812345678" → ("10690", "13812345678")) or, for a number too long to be a
    gateway, after the four-digit prefix ("106962220212…" → ("1069", "62220212…")).
    """
    if not digits.startswith("106"):
        return "", ""
    inside = MOBILE.search(digits, 3)
    if inside is not None:
        return digits[: inside.start()], digits[inside.start() :]
    if len(digits) > MAX_PUBLIC_GATEWAY_LENGTH:
        return digits[:4], digits[4:]
    return digits, ""


def is_public(digits: str) -> bool:
    """True for an institution's public service number (national digits, no separators)."""
    if not _PUBLIC.fullmatch(digits):
        return False
    return not (digits.startswith("106") and gateway_split(digits)[1])


def public_kind(digits: str) -> str | None:
    """The sender kind of a public number shape, or None: gateway_106, service_955, service_95_96,
    gov_short, carrier_service, hotline_400. A 106 number is a gateway whatever is behind its prefix
    (the sender kind); whether it may be kept as written is `is_public`."""
    length = len(digits)
    if digits.startswith("106") and 5 <= length <= 20:
        return "gateway_106"
    if digits.startswith("955") and 5 <= length <= 8:
        return "service_955"
    if digits[:2] in ("95", "96") and 5 <= length <= 8:
        return "service_95_96"
    if digits.startswith("12") and length == 5:
        return "gov_short"
    if digits.startswith("100") and length == 5:
        return "carrier_service"
    if digits[:3] in ("400", "800") and length == 10:
        return "hotline_400"
    if digits.startswith("0") and digits.endswith("96110") and 8 <= length <= 9:
        return "service_95_96"  # the national anti-fraud line shows as area code + 96110
    return None


# The public lines nobody can own for a trap: the police (110), the anti-fraud line (96110) and the
# government's 12xxx lines, alone or after an area code ("0717-96110", "010-12321"); not a mobile that
# ends in their digits ("13912340110", "13912396110").
_PUBLIC_LINE = re.compile(r"110|(?:0\d{2,3})?(?:96110|12\d{3})")


def is_public_line(digits: str) -> bool:
    """True for 110, 96110 or a 12xxx government line, alone or after an area code (national digits)."""
    return _PUBLIC_LINE.fullmatch(digits) is not None


def is_mobile(digits: str) -> bool:
    return MOBILE.fullmatch(digits) is not None
