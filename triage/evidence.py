"""The evidence log: check the logged contacts against the collection rules, and export them.

The rows come from the person's browser on every request and go straight back out as a file; nothing here
touches the database. static/js/evidence.js mirrors `check_entries` for the JavaScript path: change both.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from triage.analysis.numbers import canonical

# Collection hours and daily attempts: 《金融机构个人消费类贷款催收工作指引（试行）》 (China Banking
# Association, 2026-01-30, self-regulatory; https://www.china-cba.net/, 以官方发布为准): no collection
# 22:00–08:00 without consent (未经同意), at most 6 unanswered (未接通) attempts per contact per day. The log
# says neither whether the person agreed nor whether a call was answered, so a breach is worded as "unless
# you agreed" and "may exceed … if unanswered", and the check counts the entries from one number on one day.
NIGHT_STARTS = time(22, 0)
NIGHT_ENDS = time(8, 0)
MAX_ATTEMPTS_PER_DAY = 6

# Wall-clock times are judged where the person lives.
LOCAL_ZONE = ZoneInfo("Asia/Shanghai")

CHANNELS = ("sms", "call", "wechat", "other")

# Which entries in triage/data/legal_bases.toml each rule rests on. Third parties: the 2026 guideline (only to
# find the debtor, never revealing the debt), the small-loan rule, and (◐) credit-card rule Art. 68.
RULE_BASES: dict[str, tuple[str, ...]] = {
    "night": ("cba_guideline_2026",),
    "too_many": ("cba_guideline_2026",),
    "third_party": ("cba_guideline_2026", "small_loan_2025", "credit_card_68_69"),
    "threats": ("cba_guideline_2026", "small_loan_2025"),
}


@dataclass(frozen=True)
class Entry:
    when: datetime | None
    sender: str = ""
    channel: str = "sms"
    demanded: str = ""
    threats: str = ""
    third_parties: str = ""
    fingerprint: str = ""

    @property
    def local_when(self) -> datetime | None:
        """The time on the person's clock, without a zone (aware times are converted to China time)."""
        if self.when is None:
            return None
        if self.when.tzinfo is not None:
            return self.when.astimezone(LOCAL_ZONE).replace(tzinfo=None)
        return self.when


@dataclass(frozen=True)
class Breach:
    """One rule broken. `rows` are 1-based positions in the log, as the person sees them; `sender` is the
    number as first typed, for the per-number daily limit."""

    rule: str
    rows: tuple[int, ...]
    day: date | None = None
    count: int = 0
    sender: str = ""

    @property
    def bases(self) -> tuple[str, ...]:
        return RULE_BASES[self.rule]


def is_night(moment: datetime) -> bool:
    clock = moment.time()
    return clock >= NIGHT_STARTS or clock < NIGHT_ENDS


def sender_key(sender: str) -> str:
    """One number however it was typed: "+86 170-9999-0000", "0086 17099990000" and "17099990000" match."""
    return canonical(sender)


def check_entries(entries: Sequence[Entry]) -> list[Breach]:
    """The rules these contacts broke, in a stable order: night, too many a day, third parties, threats.

    "Too many" counts per number and day, since the rule limits the attempts by one collector on one day; an
    entry without a number is left out of that count.
    """
    night_rows: list[int] = []
    third_party_rows: list[int] = []
    threat_rows: list[int] = []
    per_day: dict[tuple[date, str], list[int]] = defaultdict(list)
    first_typed: dict[str, str] = {}
    for row, entry in enumerate(entries, start=1):
        moment = entry.local_when
        key = sender_key(entry.sender)
        if moment is not None:
            if is_night(moment):
                night_rows.append(row)
            if key:
                per_day[(moment.date(), key)].append(row)
                first_typed.setdefault(key, entry.sender.strip())
        if entry.third_parties.strip():
            third_party_rows.append(row)
        if entry.threats.strip():
            threat_rows.append(row)

    breaches: list[Breach] = []
    if night_rows:
        breaches.append(Breach("night", tuple(night_rows), count=len(night_rows)))
    for day, key in sorted(per_day, key=lambda pair: (pair[0], per_day[pair][0])):
        rows = per_day[(day, key)]
        if len(rows) > MAX_ATTEMPTS_PER_DAY:
            breaches.append(Breach("too_many", tuple(rows), day=day, count=len(rows), sender=first_typed[key]))
    if third_party_rows:
        breaches.append(Breach("third_party", tuple(third_party_rows), count=len(third_party_rows)))
    if threat_rows:
        breaches.append(Breach("threats", tuple(threat_rows), count=len(threat_rows)))
    return breaches


# ---------------------------------------------------------------------------------------------------------
# Exports
# ---------------------------------------------------------------------------------------------------------

# Column headings of the exported log. They are part of the document (like the letters), so they live here in
# both languages rather than following the page's language negotiation.
COLUMNS: dict[str, tuple[str, ...]] = {
    "zh-hans": (
        "序号",
        "日期时间",
        "号码/发送方",
        "方式",
        "对方要求",
        "威胁内容",
        "被联系的第三人",
        "截图SHA-256指纹",
        "夜间(22:00-08:00)",
    ),
    "en": (
        "No.",
        "Date and time",
        "Number / sender",
        "Channel",
        "What was demanded",
        "Threats",
        "Third parties contacted",
        "Screenshot SHA-256",
        "At night (22:00-08:00)",
    ),
}
CHANNEL_NAMES: dict[str, dict[str, str]] = {
    "zh-hans": {"sms": "短信", "call": "电话", "wechat": "微信", "other": "其他"},
    "en": {"sms": "SMS", "call": "Call", "wechat": "WeChat", "other": "Other"},
}
YES = {"zh-hans": "是", "en": "yes"}
SHEET_TITLE = {"zh-hans": "证据记录", "en": "Evidence log"}
BREACH_SHEET_TITLE = {"zh-hans": "违规情况", "en": "Rules broken"}
# The breaches sheet cites each rule as a lawyer would: the title (with the article where the rule is one),
# who issued it, and where the official text is.
BREACH_COLUMNS: dict[str, tuple[str, ...]] = {
    "zh-hans": ("违规情况", "依据（名称、文号、条款）", "发布机关", "官方来源"),
    "en": ("What the log shows", "Rule (title, number, article)", "Issued by", "Official source"),
}
SINGLE_REPORT = {"zh-hans": "（据单一来源，以官方发布为准）", "en": " (single report; the official text prevails)"}
# Excel's own date-and-time format; the cell holds a real date, so it sorts and filters as one.
DATE_FORMAT = "yyyy-mm-dd hh:mm"
FILE_TITLE = {"zh-hans": "催收证据记录", "en": "collection-evidence-log"}

# A spreadsheet treats a cell starting with one of these as a formula; a typed "=HYPERLINK(...)" must stay
# text (CSV injection). A leading +/- is left alone when the rest is a phone number, e.g. +8613800000000.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(value: str) -> bool:
    if value.startswith(FORMULA_STARTS):
        return not (value[0] in "+-" and value[1:].replace(" ", "").isdigit())
    return False


def _safe_cell(value: str) -> str:
    """For CSV, which has no types: a leading apostrophe makes Excel read the cell as text."""
    return "'" + value if _looks_like_formula(value) else value


# Characters openpyxl refuses (they are not allowed in XML): control characters pasted from Word, a vertical
# tab for a line break above all. openpyxl's error would quote the cell, so they go before they reach it.
def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = value.replace("\x0b", "\n").replace("\x0c", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _write_text(cell: Any, value: str) -> None:
    """A typed value as a text cell: never a formula, and without a visible apostrophe (the cell is typed as
    a string and marked with Excel's quote prefix, so editing it later does not turn it into a formula)."""
    value = _xlsx_text(value)
    cell.value = value
    if _looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _lang(lang: str) -> str:
    return lang if lang in COLUMNS else "zh-hans"


def entry_rows(entries: Iterable[Entry], lang: str, guard: bool = True) -> list[list[str]]:
    """The log as rows of text; `guard` adds CSV's apostrophe to cells a spreadsheet would run as formulas."""
    lang = _lang(lang)
    typed = _safe_cell if guard else str
    rows = []
    for number, entry in enumerate(entries, start=1):
        moment = entry.local_when
        rows.append(
            [
                str(number),
                moment.strftime("%Y-%m-%d %H:%M") if moment else "",
                typed(entry.sender),
                CHANNEL_NAMES[lang].get(entry.channel, entry.channel),
                typed(entry.demanded),
                typed(entry.threats),
                typed(entry.third_parties),
                typed(entry.fingerprint),
                YES[lang] if moment and is_night(moment) else "",
            ]
        )
    return rows


def to_csv(entries: Sequence[Entry], lang: str) -> bytes:
    """UTF-8 with a BOM: without it Excel on a Chinese Windows reads the file as GBK and garbles it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS[_lang(lang)])
    writer.writerows(entry_rows(entries, lang))
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def _finding(item: str | Mapping[str, Any]) -> tuple[str, Sequence[Mapping[str, str]]]:
    # A finding is its wording and the rules it rests on (views.evidence.breach_messages); a bare line
    # has no citation.
    if isinstance(item, str):
        return item, ()
    return str(item.get("text", "")), item.get("bases") or ()


def to_xlsx(entries: Sequence[Entry], lang: str, breaches: Sequence[str | Mapping[str, Any]] = ()) -> bytes:
    """One sheet with the log and, when rules were broken, a second sheet saying which (already worded),
    one line per rule each finding rests on, with its citation."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    lang = _lang(lang)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE[lang]
    sheet.append(list(COLUMNS[lang]))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, (entry, row) in enumerate(zip(entries, entry_rows(entries, lang, guard=False), strict=True), start=2):
        for column, value in enumerate(row, start=1):
            _write_text(sheet.cell(row=number, column=column), value)
        moment = entry.local_when
        if moment is not None:
            # A date, not the text of one, so the log sorts by time and a court's clerk can filter it.
            cell = sheet.cell(row=number, column=2)
            cell.value = moment.replace(second=0, microsecond=0)
            cell.number_format = DATE_FORMAT
    for letter, width in zip("ABCDEFGHI", (6, 18, 20, 8, 30, 30, 24, 20, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    if breaches:
        found = workbook.create_sheet(BREACH_SHEET_TITLE[lang])
        found.append(list(BREACH_COLUMNS[lang]))
        for cell in found[1]:
            cell.font = Font(bold=True)
        for letter, width in zip("ABCD", (60, 60, 24, 28), strict=True):
            found.column_dimensions[letter].width = width
        row_number = 2
        for item in breaches:
            text, bases = _finding(item)
            _write_text(found.cell(row=row_number, column=1), text)
            for basis in bases or [{}]:
                title = basis.get("title", "")
                if title and basis.get("mark") == "◐":
                    title += SINGLE_REPORT[lang]
                _write_text(found.cell(row=row_number, column=2), title)
                _write_text(found.cell(row=row_number, column=3), basis.get("issuer", ""))
                _write_text(found.cell(row=row_number, column=4), basis.get("source", ""))
                row_number += 1
        for row in found.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        found.freeze_panes = "A2"
    # No creator: the file carries nothing about who made it.
    workbook.properties.creator = ""
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def file_name(lang: str, ext: str, day: date) -> str:
    return f"{FILE_TITLE[_lang(lang)]}-{day.isoformat()}.{ext}"


def ascii_file_name(ext: str, day: date) -> str:
    return f"{FILE_TITLE['en']}-{day.isoformat()}.{ext}"
