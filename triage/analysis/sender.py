"""What kind of number an SMS came from.

Mainland number formats (see triage/data/red_flags.toml for the sources):
- mobile: 11 digits starting with 1, optionally +86 / 0086; virtual-operator ranges 162, 165, 167, 170,
  171 (outsourced collectors on such numbers are a red flag);
- 106 + up to 17 more digits: SMS gateways; 1065x the operators' own, 1066 national commercial,
  1069 national public-interest, 1062/1063 provincial, 1064 machine-to-machine;
- 955xx: large national service firms (banks, insurers); other 95/96 numbers are call centres;
- 12xxx: government service lines (12368 courts, 12381 anti-fraud warnings, 12321 spam reports);
- 100xx: the operators' own service numbers; 400/800: company hotlines;
- anything with another country code is foreign.
`phonenumbers` parses international prefixes and validates mobile and landline numbers; the short codes
above are not in its metadata, so they are matched here first.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberType

from .normalize import fold
from .numbers import GATEWAY_SUBKINDS, public_kind

# phonenumbers compiles its metadata patterns through `re`'s own cache, which holds 512 patterns for
# the whole process: in a server whose other code compiles patterns too, the long ones are evicted and
# compiled again (the mainland landline pattern takes ~3.5 ms to compile). The library's own cache keeps
# them, and its look-up is cheaper: number_type() for a mobile number drops from ~17 µs to ~8 µs.
phonenumbers.enable_pattern_cache()

# Virtual network operators' ranges in mainland China (numbering plan of the MIIT, www.miit.gov.cn).
VIRTUAL_MOBILE_PREFIXES = ("162", "165", "167", "170", "171")
# Long enough for any real sender string; anything longer is classified as unknown without parsing.
MAX_SENDER_LENGTH = 40

_SEPARATORS = re.compile(r"[\s\-().\u00a0/]+")
_DIGIT_RUN = re.compile(r"\+?\d{3,20}")
_LATIN = re.compile("[A-Za-z@*×]")
# A mobile number copied with its middle masked ("170****5528", "+86 16*****9012", "159xxxx3308"): eleven places
# in all, the first two digits of a mobile, a run of masks, digits at the end. Whose it is cannot be known,
# what kind it is can: it is no bank's service number.
_MASKED_MOBILE = re.compile(r"(?:\+?86)?(1[3-9]\d{0,3})([*×xX]{3,7})(\d{1,4})")

SENDER_KIND_LABELS: dict[str, tuple[str, str]] = {
    "none": ("未提供发送号码", "no sender given"),
    "mobile": ("个人手机号", "personal mobile number"),
    "virtual_mobile": ("虚拟运营商手机号（162/165/167/170/171）", "virtual-operator mobile (162/165/167/170/171)"),
    "gateway_106": ("106 短信平台号", "106 SMS gateway"),
    "service_955": ("955xx 全国性服务号（银行、保险等）", "955xx national service number (banks, insurers)"),
    "service_95_96": ("95/96 开头的客服号", "other 95/96 call-centre number"),
    "gov_short": ("12 开头的政府服务号（如 12368、12381）", "12xxx government service line (e.g. 12368, 12381)"),
    "carrier_service": ("运营商客服号（如 10086）", "mobile operator's service number (e.g. 10086)"),
    "hotline_400": ("400/800 企业客服热线", "400/800 company hotline"),
    "landline": ("固定电话", "landline"),
    "foreign": ("境外号码", "foreign number"),
    "unknown": ("无法识别的号码", "unrecognised number"),
}

GATEWAY_SUBKIND_LABELS: dict[str, tuple[str, str]] = {
    "1065": ("运营商自有通道", "operator's own channel"),
    "1066": ("全国商业类", "national commercial"),
    "1069": ("全国公益类", "national public-interest"),
    "1062": ("省级通道", "provincial"),
    "1063": ("省级通道", "provincial"),
    "1064": ("物联网（机器对机器）", "machine-to-machine"),
}


class SenderInfo(NamedTuple):
    kind: str
    subkind: str  # gateway prefix ("1069"), foreign region ("HK"), service number, or ""
    digits: str  # national significant digits, "" when not a number


def sender_kind_label(kind: str, lang: str = "zh-hans") -> str:
    zh, en = SENDER_KIND_LABELS.get(kind, SENDER_KIND_LABELS["unknown"])
    return en if lang.startswith("en") else zh


@functools.lru_cache(maxsize=4096)
def classify_sender(sender: str | None) -> SenderInfo:
    """Classify a sender string; never raises. Cached because the same senders come back often."""
    if sender is None:
        return SenderInfo("none", "", "")
    # Phones copy numbers with bidi marks (U+202A–U+202E, U+2066–U+2069) or zero-width characters
    # around them, and some keyboards type full-width digits ("９５５８８", "＋８６"): `fold` removes the
    # former and NFKC turns the latter into ASCII. A very long string is no number: not folded at all.
    if len(sender) > MAX_SENDER_LENGTH * 4:
        return SenderInfo("unknown", "", "") if sender.strip() else SenderInfo("none", "", "")
    raw = _SEPARATORS.sub("", fold(sender).strip())
    if not raw:
        return SenderInfo("none", "", "")
    if len(raw) > MAX_SENDER_LENGTH:
        return SenderInfo("unknown", "", "")
    masked = _MASKED_MOBILE.fullmatch(raw)
    if masked and sum(len(part) for part in masked.groups()) == 11:
        virtual = len(masked[1]) >= 3 and masked[1].startswith(VIRTUAL_MOBILE_PREFIXES)
        return SenderInfo("virtual_mobile" if virtual else "mobile", "", "")
    if raw.startswith("+") or raw.startswith("00"):
        return _classify_international(raw)
    if not raw.isascii() or not raw.isdigit():
        # A number copied with its label ("中国移动10086", "95588(工商银行)", "【95588】", "发件人:1069…"): the one
        # run of digits, where the rest holds no Latin letter (an e-mail or an app name is no number) and no mask.
        runs = _DIGIT_RUN.findall(raw)
        if len(runs) == 1 and _LATIN.search(_DIGIT_RUN.sub("", raw)) is None:
            return classify_sender(runs[0])
        return SenderInfo("unknown", "", "")
    if raw.startswith("86") and len(raw) == 13 and raw[2] == "1":
        raw = raw[2:]  # "86138…" written without the plus sign
    return _classify_domestic(raw)


def _classify_international(raw: str) -> SenderInfo:
    text = "+" + raw[2:] if raw.startswith("00") else raw
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return SenderInfo("unknown", "", "")
    if number.country_code == 86:
        national = str(number.national_number)
        if not national.isdigit():
            return SenderInfo("unknown", "", "")
        # Domestic numbers keep their leading 0 only for landlines; phonenumbers drops it.
        info = _classify_domestic(national)
        if info.kind == "unknown" and not national.startswith("1"):
            info = _classify_domestic("0" + national)
        return info
    region = phonenumbers.region_code_for_number(number) or ""
    return SenderInfo("foreign", region, str(number.national_number))


def _classify_domestic(digits: str) -> SenderInfo:
    length = len(digits)
    # Public shapes are defined once, in numbers.py (shared with the scrubber and the session).
    kind = public_kind(digits)
    if kind == "gateway_106":
        return SenderInfo(kind, digits[:4] if digits[:4] in GATEWAY_SUBKINDS else "", digits)
    if kind == "service_955":
        return SenderInfo(kind, digits[:5], digits)
    if kind == "service_95_96":
        return SenderInfo(kind, "96110" if digits.startswith("0") else digits, digits)
    if kind is not None:
        return SenderInfo(kind, "" if kind == "hotline_400" else digits, digits)
    if length == 11 and digits.startswith("1"):
        if _is_valid_mobile_block(digits[:7]):
            kind = "virtual_mobile" if digits.startswith(VIRTUAL_MOBILE_PREFIXES) else "mobile"
            return SenderInfo(kind, "", digits)
        return SenderInfo("unknown", "", digits)
    if digits.startswith("0") and 10 <= length <= 12:
        if _is_valid(digits, PhoneNumberType.FIXED_LINE):
            return SenderInfo("landline", "", digits)
        return SenderInfo("unknown", "", digits)
    if length in (7, 8) and digits[0] in "2345678":
        # A local landline number dialled without its area code.
        return SenderInfo("landline", "", digits)
    return SenderInfo("unknown", "", digits)


@functools.lru_cache(maxsize=4096)
def _is_valid_mobile_block(block: str) -> bool:
    """Whether the 11-digit mobiles beginning with `block` (their first seven digits, the number block an
    operator is assigned) are valid: phonenumbers' Chinese mobile ranges end within the first seven
    digits, so one look-up answers for the whole block, and a stream of new numbers shares few blocks."""
    return _is_valid(block + "0000", PhoneNumberType.MOBILE)


def _is_valid(digits: str, expected: int) -> bool:
    # Built directly rather than through phonenumbers.parse (the digits are already clean); the leading
    # 0 of a landline is the trunk prefix, not part of the national number. number_type() returns
    # UNKNOWN for numbers outside every valid range, so it doubles as the validity check.
    national = digits[1:] if digits.startswith("0") else digits
    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(national))
    return phonenumbers.number_type(number) in (expected, PhoneNumberType.FIXED_LINE_OR_MOBILE)
