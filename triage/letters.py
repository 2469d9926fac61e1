"""The letters a person takes away: which apply, how they are filled, and the .docx / .txt files.

Everything here works on plain data: the wizard's (already scrubbed) session answers and the fields typed on
the download form. Nothing is stored and nothing here imports a model, so a typed name cannot end up in the
database by accident. The wording lives in triage/data/letters.toml and triage/data/legal_bases.toml.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from triage.answers import Answers, Clause, conditions
from triage.content import load as load_content

# The site's languages (settings.LANGUAGES); the data files key their texts by the short form.
LANGS = ("zh-hans", "en")
DATA_LANG = {"zh-hans": "zh", "en": "en"}

# The person is in mainland China: "today" on a letter is the date there, whatever the server's zone.
LOCAL_ZONE = ZoneInfo("Asia/Shanghai")

# What a person may type on the download form, with the longest value each accepts. The form in
# triage/forms.py uses the same limits. 2,000 characters for the free text leave room for a
# long account of what happened.
FIELD_MAX_LENGTH: dict[str, int] = {
    "name": 100,
    "contact": 200,
    "creditor": 200,
    "collector_number": 100,
    "message_date": 50,
    "amount": 50,
    # The message exactly as it arrived, numbers and accounts included: the police and 12321 need them, while
    # the wizard only keeps the scrubbed text. Typed on the form like the rest, so never stored either.
    "original_text": 2000,
    "what_happened": 2000,
}
FIELDS = tuple(FIELD_MAX_LENGTH)
# Fields that are whole paragraphs rather than a value put into a sentence.
TEXT_FIELDS = ("original_text", "what_happened")

# Fonts Word and WPS both have on a Chinese Windows: SimSun for body text, SimHei for headings, and a Latin
# font for ASCII runs, so mixed text does not fall back to a font without CJK glyphs.
BODY_FONT_EAST_ASIA = "SimSun"
HEADING_FONT_EAST_ASIA = "SimHei"
LATIN_FONT = "Times New Roman"

BlockKind = Literal["p", "li", "quote", "h"]


def _load(name: str) -> dict[str, Any]:
    return load_content(name)


@cache
def letters_data() -> dict[str, Any]:
    return _load("letters.toml")


@cache
def legal_bases() -> dict[str, Any]:
    """Laws (`law`) and official channels (`channel`), each with its source and confidence mark."""
    return _load("legal_bases.toml")


def data_lang(lang: str) -> str:
    return DATA_LANG.get(lang, "zh")


# ---------------------------------------------------------------------------------------------------------
# Which letters apply to which answers
# ---------------------------------------------------------------------------------------------------------

# What the letters are built from: the session's answers as they are stored, or already read. Which letters
# fit which answers is said by each letter's `when` and `when_any` in letters.toml.
AnswersLike = Answers | Mapping[str, Any]


@dataclass(frozen=True)
class LetterKind:
    slug: str
    order: int
    fields: tuple[str, ...]
    bases: tuple[str, ...]
    channels: tuple[str, ...]
    # When the letter is offered: its `when` and `when_any` in letters.toml.
    when: tuple[Clause, ...]
    when_any: tuple[Clause, ...]

    def relevant(self, answers: Answers) -> bool:
        return answers.applies(self.when, self.when_any)

    def text(self, lang: str) -> Mapping[str, Any]:
        return letters_data()["letter"][self.slug][data_lang(lang)]

    def title(self, lang: str) -> str:
        return str(self.text(lang)["title"])

    def file_title(self, lang: str) -> str:
        return str(self.text(lang)["file_title"])


@cache
def registry() -> dict[str, LetterKind]:
    """Every letter kind, keyed by slug, in the data file's order of relevance."""
    kinds = []
    for slug, entry in letters_data()["letter"].items():
        kinds.append(
            LetterKind(
                slug=slug,
                order=int(entry["order"]),
                fields=tuple(entry["fields"]),
                bases=tuple(entry["bases"]),
                channels=tuple(entry["channels"]),
                when=conditions(entry),
                when_any=conditions(entry, "when_any"),
            )
        )
    kinds.sort(key=lambda kind: kind.order)
    return {kind.slug: kind for kind in kinds}


def get_kind(slug: str) -> LetterKind | None:
    return registry().get(slug)


def applicable_letters(answers: AnswersLike | None) -> list[str]:
    """Slugs of the letters that fit these answers, most urgent first (safety, creditor, complaints)."""
    parsed = Answers.of(answers)
    return [slug for slug, kind in registry().items() if kind.relevant(parsed)]


# ---------------------------------------------------------------------------------------------------------
# Building a letter
# ---------------------------------------------------------------------------------------------------------


# The page's list titles end with where the letter goes, in brackets: "征信异议申请（征信中心，其后12363）".
_ROUTING = re.compile(r"\s*[（(][^（）()]*[）)]$")


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True)
class Citation:
    """A rule as a lawyer cites it: `title` names the issuing body, `issuer`; `source` links to that body's
    own site or the national database (triage/data/official_hosts.toml), usually its home page, which
    `note` says (以官方发布为准)."""

    title: str
    text: str
    source: str
    issuer: str = ""
    note: str = ""

    def line(self, sep: str) -> str:
        return f"{self.title}{sep}{self.source}{self.note}"


@dataclass
class Letter:
    slug: str
    lang: str
    title: str
    recipient: str
    blocks: list[Block]
    citations: list[Citation]
    signature: list[str]
    footer: str
    made_on: date
    file_title: str = ""
    sources_heading: str = ""
    bases_heading: str = ""
    # Between a label and its value: "：" in Chinese, ": " in English (letters.toml `label_sep`).
    label_sep: str = ": "

    def filename(self, ext: str) -> str:
        """A readable name in the letter's language, e.g. 债务核实函-2026-11-29.docx."""
        return f"{self.file_title}-{self.made_on.isoformat()}.{ext}"

    def ascii_filename(self, ext: str) -> str:
        """The fallback for clients that ignore filename*, e.g. debt-verification-2026-11-29.docx."""
        return f"{self.slug}-{self.made_on.isoformat()}.{ext}"

    def groups(self) -> list[tuple[str, list[str]]]:
        """Blocks with consecutive list items gathered, so a page can wrap them in one <ul>."""
        groups: list[tuple[str, list[str]]] = []
        for block in self.blocks:
            if block.kind == "li" and groups and groups[-1][0] == "li":
                groups[-1][1].append(block.text)
            else:
                groups.append((block.kind, [block.text]))
        return groups

    def plain_lines(self) -> list[str]:
        """The letter as text lines; shared by the .txt file and the tests."""
        lines = [self.title, "", self.recipient, ""]
        for block in self.blocks:
            if block.kind == "li":
                lines.append(f"  • {block.text}")
            elif block.kind == "quote":
                lines.extend(f"  > {line}" for line in block.text.splitlines() or [""])
            elif block.kind == "h":
                lines.extend(["", block.text])
            else:
                lines.extend([block.text, ""])
        lines.append("")
        lines.extend(self.signature)
        if self.citations:
            lines.extend(["", self.sources_heading])
            lines.extend(f"  {c.line(self.label_sep)}" for c in self.citations)
        lines.extend(["", self.footer])
        return lines


def today_local() -> date:
    return datetime.now(LOCAL_ZONE).date()


# Characters XML 1.0 does not allow (lxml refuses them, so Word could not be written): C0 controls other than
# tab and newline, lone surrogates and the non-characters U+FFFE / U+FFFF. Carriage returns go too: lines are
# split on "\n". Pasting from Word or a phone brings these in (a vertical tab for a line break, for one).
XML_INVALID_RE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without the characters a .docx cannot hold; a vertical tab or form feed becomes a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return XML_INVALID_RE.sub("", text)


def clean_fields(fields: Mapping[str, Any] | None) -> dict[str, str]:
    """Only the known fields, as stripped strings within their limits (the form enforces the same)."""
    fields = fields or {}
    cleaned: dict[str, str] = {}
    for name, limit in FIELD_MAX_LENGTH.items():
        value = fields.get(name)
        text = "" if value is None else str(value)
        # NUL, other controls and U+FFFE/U+FFFF break Word's XML; the form rejects NUL, this keeps the builder
        # safe alone and keeps everything else that was typed.
        text = xml_safe(text)
        if name not in TEXT_FIELDS:
            # One-line values go into a sentence: a pasted line break would split it.
            text = " ".join(text.split("\n"))
        cleaned[name] = text.strip()[:limit]
    return cleaned


# An amount as people type it: an optional currency sign or code, a number (with thousands separators and
# decimals), an optional 万 (ten thousand) and an optional unit. Anything else is left exactly as typed.
_AMOUNT_RE = re.compile(
    r"^(?P<pre>¥|￥|RMB|CNY|人民币)?\s*(?P<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<wan>万)?\s*(?P<post>元|块|圆|人民币|yuan|RMB|CNY)?$",
    re.IGNORECASE,
)
_UNIT_RE = re.compile(r"元|块|圆|¥|￥|RMB|CNY|人民币|yuan", re.IGNORECASE)


def format_amount(typed: str, lang: str) -> str:
    """The typed amount with its unit, never doubled: 5000 → 5000元 / CNY 5,000; 5000元 and ¥5000 stay in Chinese.

    Free text ("about 5000, maybe more") is left as typed, with 元 added in Chinese only when it has no unit.
    """
    typed = typed.strip()
    if not typed:
        return typed
    match = _AMOUNT_RE.match(typed)
    if data_lang(lang) == "zh":
        if _UNIT_RE.search(typed) or not match:
            return typed
        return f"{typed}元"
    if not match:
        return typed
    try:
        number = Decimal(re.sub(r"[,，]", "", match["num"]))
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return typed
    if match["wan"]:
        number *= 10000
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return f"CNY {number:,}"


# The kinds of institution that lend money. A court, the police or another public body named in a message is
# never the creditor: a fake-court text must not get a letter addressed "To: People's Court".
CREDITOR_KINDS = frozenset({"bank", "consumer_finance", "online_platform", "small_loan"})


def creditor_institution(answers: AnswersLike | None) -> Any:
    """The institution the analyser recognised, only if it is a lender (see CREDITOR_KINDS), else None."""
    code = Answers.of(answers).institution_code
    if not code:
        return None
    try:
        from triage.analysis import find_institution  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        institution = find_institution(code)
    except (LookupError, TypeError, ValueError):
        return None
    if institution is None or getattr(institution, "kind", "") not in CREDITOR_KINDS:
        return None
    return institution


def _institution_name(answers: Answers, lang: str) -> str:
    """The official name of the creditor the analyser recognised, if any."""
    institution = creditor_institution(answers)
    if institution is None:
        return ""
    try:
        return str(institution.name(lang))
    except (AttributeError, TypeError):
        return ""


def _sms_text(answers: Answers) -> str:
    return xml_safe(answers.sms_text).strip()


def build_letter(
    slug: str,
    lang: str,
    answers: AnswersLike | None,
    fields: Mapping[str, Any] | None,
    today: date | None = None,
) -> Letter:
    """Fill one letter from the wizard's answers and the typed fields; empty fields stay visible blanks.

    Raises KeyError for an unknown slug (the view turns that into a 404 before getting here).
    """
    kind = registry()[slug]
    if lang not in LANGS:
        lang = LANGS[0]
    parsed = Answers.of(answers)
    today = today or today_local()
    common = letters_data()["common"][data_lang(lang)]
    text = kind.text(lang)
    blank = str(common["blank"])
    sep = str(common["label_sep"])
    typed = clean_fields(fields)

    values = {name: (typed[name] or blank) for name in FIELDS if name not in TEXT_FIELDS}
    if typed["amount"]:
        values["amount"] = format_amount(typed["amount"], lang)
    if not typed["creditor"]:
        values["creditor"] = _institution_name(parsed, lang) or blank
    roles = letters_data()["third_party_roles"][data_lang(lang)]
    values["role"] = str(roles.get(parsed.third_party_role, ""))
    # The original message, numbers and all, replaces the scrubbed one where the letter asks for it.
    original = typed["original_text"] if "original_text" in kind.fields else ""
    values["sms_note"] = "" if original else str(common["sms_scrubbed_note"])
    values["today"] = today.isoformat()
    values["regulator"] = str(
        common["regulator_small_loan"] if parsed.creditor_type == "small_loan" else common["regulator_default"]
    )

    def fill(template: str) -> str:
        # format_map only parses the template from our data file; typed values are inserted verbatim.
        return template.format_map(values)

    citations = _citations(kind, lang, parsed)
    blocks: list[Block] = []
    for line in text["body"]:
        if line == "[[behaviours]]":
            names = letters_data()["behaviours"][data_lang(lang)]
            items = [names[code] for code in names if code in parsed.behaviours]
            # Nothing ticked: leave a line to fill in, unless the person's own account already follows.
            if not items and not typed["what_happened"]:
                items = [str(common["no_behaviours"]) + " " + blank]
            blocks.extend(Block("li", item) for item in items)
        elif line == "[[flags]]":
            names = letters_data()["flags"][data_lang(lang)]
            items = [names[code] for code in names if code in parsed.flags]
            if not items and not typed["what_happened"]:
                items = [str(common["no_flags"]) + " " + blank]
            blocks.extend(Block("li", item) for item in items)
        elif line == "[[sms_text]]":
            sms = original or _sms_text(parsed)
            blocks.append(Block("quote", sms) if sms else Block("p", str(common["no_sms"])))
        elif line == "[[what_happened]]":
            story = typed["what_happened"]
            if story:
                blocks.extend(Block("p", part.strip()) for part in story.splitlines() if part.strip())
            else:
                blocks.extend(Block("p", blank * 4) for _ in range(3))
        elif line == "[[bases]]":
            if citations:
                blocks.append(Block("h", str(common["bases_heading"])))
                blocks.append(Block("p", str(common["bases_intro"])))
                blocks.extend(Block("li", f"{c.title}{sep}{c.text}") for c in citations)
        else:
            blocks.append(Block("p", fill(line)))

    signature = [
        f"{common['name_label']}{sep}{values['name']}",
        f"{common['contact_label']}{sep}{values['contact']}",
        f"{common['signature_label']}{sep}{blank}",
        f"{common['date_label']}{sep}{values['today']}",
    ]
    return Letter(
        slug=slug,
        lang=lang,
        # The document names the letter; where to send it (12321, 12363 …) is guidance for the page.
        title=_ROUTING.sub("", str(text["title"])),
        recipient=fill(str(text["recipient"])),
        blocks=blocks,
        citations=citations,
        signature=signature,
        footer=str(common["footer"]),
        made_on=today,
        file_title=str(text["file_title"]),
        sources_heading=str(common["sources_heading"]),
        bases_heading=str(common["bases_heading"]),
        label_sep=sep,
    )


# A rule that only binds one kind of creditor is cited only when the creditor could be that kind.
BASIS_CREDITOR_TYPES: dict[str, set[str]] = {
    "credit_card_68_69": {"bank"},
    "small_loan_2025": {"small_loan", "online_platform"},
}


def _citations(kind: LetterKind, lang: str, answers: Answers) -> list[Citation]:
    laws = legal_bases()["law"]
    creditor_type = answers.creditor_type
    suffix = data_lang(lang)
    citations = []
    for key in kind.bases:
        only_for = BASIS_CREDITOR_TYPES.get(key)
        if only_for and creditor_type and creditor_type != "unknown" and creditor_type not in only_for:
            continue
        law = laws[key]
        note = str(letters_data()["common"][suffix]["official_note"])
        citations.append(Citation(law[f"title_{suffix}"], law[f"text_{suffix}"], law["source"], law[f"issuer_{suffix}"], note))
    return citations


# ---------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------


def to_txt(letter: Letter) -> bytes:
    # CRLF so that old Notepad on a Chinese Windows shows the lines; UTF-8 without BOM is what the issue asks.
    return "\r\n".join(letter.plain_lines()).encode("utf-8") + b"\r\n"


def _set_fonts(target: Any, east_asia: str) -> None:
    """Set the Latin and the East Asian font on a style or a run (python-docx only sets the Latin one)."""
    from docx.oxml.ns import qn

    target.font.name = LATIN_FONT
    # get_or_add_rFonts keeps the schema's element order, which Word insists on.
    fonts = target.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asia)


def to_docx(letter: Letter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    # The default template says "python-docx" as author and 2013-12-23 as its dates; a letter carries no
    # metadata about anyone: no author, no editor, the letter's own date, revision 1.
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.title = letter.title
    props.language = "zh-CN" if letter.lang == "zh-hans" else "en"
    props.revision = 1
    made = datetime.combine(letter.made_on, time(0), tzinfo=UTC)
    props.created = made
    props.modified = made

    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
        section.top_margin = section.bottom_margin = Cm(2.5)
        section.left_margin = section.right_margin = Cm(2.5)

    styles = document.styles
    for name in ("Normal", "List Bullet", "Quote"):
        _set_fonts(styles[name], BODY_FONT_EAST_ASIA)
        styles[name].font.size = Pt(12)
    for name in ("Title", "Heading 2"):
        _set_fonts(styles[name], HEADING_FONT_EAST_ASIA)
    # Mark the East Asian text as Chinese so Word and WPS pick Chinese punctuation and line breaking.
    normal_rpr = styles["Normal"].element.get_or_add_rPr()
    lang_el = normal_rpr.find(qn("w:lang"))
    if lang_el is None:
        # w:lang comes after every formatting element python-docx writes, so appending keeps schema order.
        lang_el = OxmlElement("w:lang")
        normal_rpr.append(lang_el)
    lang_el.set(qn("w:eastAsia"), "zh-CN")
    lang_el.set(qn("w:val"), "zh-CN" if letter.lang == "zh-hans" else "en-US")

    def add(text: str, style: str | None = None, east_asia: str = BODY_FONT_EAST_ASIA):
        paragraph = document.add_paragraph(style=style)
        run = paragraph.add_run(text)
        _set_fonts(run, east_asia)
        return paragraph

    title = add(letter.title, "Title", HEADING_FONT_EAST_ASIA)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(letter.recipient)
    for block in letter.blocks:
        if block.kind == "li":
            add(block.text, "List Bullet")
        elif block.kind == "quote":
            add(block.text, "Quote")
        elif block.kind == "h":
            add(block.text, "Heading 2", HEADING_FONT_EAST_ASIA)
        else:
            add(block.text)
    document.add_paragraph()
    for line in letter.signature:
        add(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if letter.citations:
        add(letter.sources_heading, "Heading 2", HEADING_FONT_EAST_ASIA)
        for citation in letter.citations:
            add(citation.line(letter.label_sep)).runs[0].font.size = Pt(9)
    add(letter.footer).runs[0].font.size = Pt(9)

    out = io.BytesIO()
    document.save(out)
    return _neutral_app_properties(out.getvalue())


# docProps/app.xml of python-docx's template names "Microsoft Macintosh Word" 14.0 and the template's stale
# counts; Word and WPS recompute what they need, so the file says nothing about the program that made it.
NEUTRAL_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    b"<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _neutral_app_properties(content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = NEUTRAL_APP_XML if info.filename == "docProps/app.xml" else source.read(info)
            target.writestr(info, data)
    return out.getvalue()


FORMATS: dict[str, tuple[Callable[[Letter], bytes], str]] = {
    "docx": (to_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "txt": (to_txt, "text/plain; charset=utf-8"),
}


def field_names(slug: str) -> tuple[str, ...]:
    kind = get_kind(slug)
    return kind.fields if kind else ()


__all__ = [
    "FIELDS",
    "FIELD_MAX_LENGTH",
    "FORMATS",
    "LANGS",
    "Block",
    "Citation",
    "Letter",
    "LetterKind",
    "applicable_letters",
    "build_letter",
    "creditor_institution",
    "field_names",
    "get_kind",
    "legal_bases",
    "registry",
    "to_docx",
    "to_txt",
]
