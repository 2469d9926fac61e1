"""The analyser's speed rewrites give the same answers as the plain versions they replaced.

Each fast path (there for the throughput target in bench/bench_analysis.py) is checked against a reference written the obvious way,
kept here as the oracle: the negation window, the one-pass fold, the traditional-character table, the
per-rule scan, the look-alike index and the link reader. The timings themselves are in
bench/bench_analysis.py, not in a test.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.analysis import all_institutions, analyze, fold
from triage.analysis import analyzer as analyzer_module
from triage.analysis import links as links_module
from triage.analysis import rules as rules_module
from triage.analysis.alternation import by_first_character, plain_start
from triage.analysis.institutions import institution_for_number
from triage.analysis.links import Lookalikes, OfficialDomain, find_links
from triage.analysis.normalize import _TRAD_SIMP, Compact, lower_in_place, to_simplified
from triage.analysis.rules import (
    _AFTER,
    AFTER_WINDOW,
    NEGATION_WINDOW,
    RULES,
    STRONG_NEGATION_WINDOW,
    TEXT_RULES,
    all_text_hits,
    first_match,
    is_negated,
)

# The package exports a function called normalize, which hides the module of that name.
normalize_module = importlib.import_module("triage.analysis.normalize")

# Characters the rules, negations and punctuation are made of, so that random texts hit them often.
RULE_ALPHABET = (
    "转入安全账户不会要求您把钱是诈骗骗子都，。！？；,!?;\n 冒充所谓法院起诉传票立即还款小时内12你家单位"
    "征信修复黑名单验证码屏幕共享注销学生贷通讯录曝光保证金欠款逾期尾号1234的信用卡"
)


def _reference_is_negated(rule, text: str, start: int, end: int) -> bool:
    """The negation check as first written: slice the windows, cut at clause and sentence ends."""
    if rule.negation is None:
        return False
    words = rule.negation.pattern.removesuffix(f"{rules_module._IN_CLAUSE}*\\Z")
    before = text[max(0, start - NEGATION_WINDOW) : start]
    breaks = list(re.finditer(r"[，。！？；,!?;\n]", before))
    if breaks:
        before = before[breaks[-1].end() :]
    if re.search(words, before):
        return True
    before = text[max(0, start - STRONG_NEGATION_WINDOW) : start]
    breaks = list(re.finditer(r"[，。！？；,!?;\n]", before))
    if breaks:
        before = before[breaks[-1].end() :]
    if re.search(rules_module._STRONG[rule.negation].pattern.removesuffix(f"{rules_module._IN_CLAUSE}*\\Z"), before):
        return True
    # A denial inside the hit itself, added later: a gap in a pattern must not swallow "请勿" (found by
    # hypothesis: "1111111冒充" with the whole text as the hit).
    if rules_module._INSIDE[rule.negation].search(text[:end], start) is not None:
        return True
    after = text[end : end + AFTER_WINDOW]
    sentence_end = re.search(r"[。！？!?\n]", after)
    if sentence_end:
        after = after[: sentence_end.start()]
    warning = _AFTER.pattern.removeprefix(f"{rules_module._IN_SENTENCE}*?")
    # A bare warning after a request the hit's sentence makes of the reader in its own voice negates nothing (added later).
    sentence = text[max(0, start - rules_module.SENTENCE_BACK) : start]
    sentence = re.split(r"[。！？!?\n]", sentence)[-1]
    asked = rules_module._ASKED_OF_THE_READER.search(text[:end], start - len(sentence)) is not None
    for at in range(len(after)):
        if re.match(warning, after[at:]) is None:
            continue
        bare = rules_module._BARE_WARNING.match(after, at) is not None
        described = rules_module._SOMEONE_ELSES_REQUEST.search(sentence + text[start : end + at]) is not None
        if not (bare and asked and not described):
            return True
    return False


NEGATED_RULES = [rule for rule in TEXT_RULES if rule.negation is not None]


# Pieces of text around a hit: rule words, negating words, warnings, clause and sentence ends, fillers
# of several lengths so that words fall on both sides of the window edges.
NEGATION_PIECES = [
    "转入安全账户",
    "注销学生贷",
    "征信修复",
    "不会",
    "切勿",
    "冒充",
    "所谓",
    "都是诈骗",
    "均属骗局",
    "谨防",
    "请勿相信",
    "，",
    "。",
    "！",
    ";",
    "\n",
    " ",
    "x",
    "xx",
    "xxxxx",
    "xxxxxxxxxxxxxxx",
    "请",
    "的",
    # (A request made of the reader, and someone else's: a bare warning after the first negates nothing.)
    "回复",
    "需缴纳",
    "陌生人",
    "谨防诈骗",
    "不要相信他人",
]


class TestNegation:
    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(NEGATION_PIECES), max_size=14), st.sampled_from(NEGATED_RULES))
    def test_the_bounded_searches_equal_the_sliced_windows(self, pieces, rule):
        text = "".join(pieces)
        for scanner in rule.scanners:
            for match in scanner.finditer(text):
                start, end = match.span()
                assert is_negated(rule, text, start, end) == _reference_is_negated(rule, text, start, end)

    @pytest.mark.parametrize("gap", range(NEGATION_WINDOW - 4, STRONG_NEGATION_WINDOW + 4))
    def test_at_the_edges_of_the_windows(self, gap):
        rule = RULES["safe_account"]
        weak = "不能" + "x" * gap + "转入安全账户"  # a denial
        strong = "不会" + "x" * gap + "转入安全账户"  # a strong denial, with the longer window
        after = "转入安全账户" + "x" * gap + "都是诈骗"
        for text in (weak, strong, after):
            start = text.index("转入")
            assert is_negated(rule, text, start, start + 6) == _reference_is_negated(rule, text, start, start + 6)
        assert is_negated(rule, weak, weak.index("转入"), weak.index("转入") + 6) is (gap <= NEGATION_WINDOW - 2)
        assert is_negated(rule, strong, strong.index("转入"), strong.index("转入") + 6) is (gap <= STRONG_NEGATION_WINDOW - 2)
        assert is_negated(rule, after, 0, 6) is (gap <= AFTER_WINDOW - 4)

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=RULE_ALPHABET, max_size=80), st.data())
    def test_at_any_position(self, text, data):
        rule = data.draw(st.sampled_from(NEGATED_RULES))
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert is_negated(rule, text, start, end) == _reference_is_negated(rule, text, start, end)

    @pytest.mark.parametrize(
        ("text", "negated"),
        [
            ("银行不会要求您转入安全账户", True),
            ("不会的，请转入安全账户", False),  # the denial is in another clause
            ("请转入安全账户的都是诈骗", True),
            ("请转入安全账户。都是诈骗分子干的", False),  # the warning is in the next sentence
            # A bare warning after a request the message makes of the reader negates nothing; after a request it describes
            # (a stranger's, one "的" makes a kind of) it does.
            ("请转入安全账户，谨防诈骗", False),
            ("需要您转入安全账户后放款，不要相信他人", False),
            ("请转入安全账户的，谨防诈骗", True),
            ("陌生人请您转入安全账户，谨防诈骗", True),
            ("请转入安全账户，谨防此类诈骗", True),  # it points back
            ("无需转入安全账户，谨防诈骗", True),
        ],
    )
    def test_examples(self, text, negated):
        start = text.index("转入")
        assert is_negated(RULES["safe_account"], text, start, start + 6) is negated
        assert _reference_is_negated(RULES["safe_account"], text, start, start + 6) is negated


def _reference_text_hits(rule, text: str) -> list[tuple[int, int]]:
    """text_hits as first written: every scanner iterated from the start, a slice per negation check."""
    hits: list[tuple[int, int]] = []
    for scanner in rule.scanners:
        seen = 0
        for match in scanner.finditer(text):
            seen += 1
            if seen > rules_module.MAX_HITS_PER_RULE * 4 or len(hits) >= rules_module.MAX_HITS_PER_RULE:
                break
            start, end = match.span()
            if end > start and not _reference_is_negated(rule, text, start, end):
                hits.append((start, end))
    hits.sort()
    return hits


# Long enough to reach the caps: 40 hits kept per rule, 160 matches looked at per scanner.
CAP_PIECES = ["转入安全账户", "不会", "都是诈骗", "，", "。", "x", "24小时内", "立即还款", "曝光", "你家", "上门", "冒充"]


class TestScanning:
    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=RULE_ALPHABET, max_size=300))
    def test_all_text_hits_equals_the_plain_per_rule_scan(self, text):
        expected = [(rule.code, hits) for rule in TEXT_RULES if (hits := _reference_text_hits(rule, text))]
        assert [(rule.code, hits) for rule, hits in all_text_hits(text)] == expected

    @pytest.mark.parametrize(("negated", "plain", "kept"), [(150, 10, 10), (170, 10, 0), (0, 50, 40)])
    def test_the_caps_on_matches_looked_at_and_hits_kept(self, negated, plain, kept):
        # A scanner looks at 160 matches at most (most of them may be warnings), and a rule keeps 40.
        text = "不会转入安全账户。" * negated + "请转入安全账户。" * plain
        rule = RULES["safe_account"]
        hits = dict((found.code, spans) for found, spans in all_text_hits(text)).get(rule.code, [])
        assert len(hits) == kept
        assert hits == _reference_text_hits(rule, text)

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(CAP_PIECES), min_size=200, max_size=600))
    def test_at_the_caps(self, pieces):
        text = "".join(pieces)
        expected = [(rule.code, hits) for rule in TEXT_RULES if (hits := _reference_text_hits(rule, text))]
        assert [(rule.code, hits) for rule, hits in all_text_hits(text)] == expected

    def test_first_match_is_the_leftmost_over_all_scanners(self):
        scanners = (re.compile("bb"), re.compile("a"), re.compile("b"))
        assert first_match(scanners, "xxbbxa").group() == "bb"  # a tie at 2: the first scanner's
        assert first_match(scanners, "xab").group() == "a"
        assert first_match(scanners, "xyz") is None

    def test_unknown_platform_uses_the_unless_patterns(self):
        assert "unknown_platform" in {f.code for f in analyze("你的欠款还不还").flags}
        assert "unknown_platform" not in {f.code for f in analyze("你的欠款还不还，借款编号 A1").flags}
        assert "unknown_platform" not in {f.code for f in analyze("你尾号 1234 的信用卡欠款还不还").flags}


class TestSkipAhead:
    """Each pattern run on every message lets `re` skip to where a match can start.

    `re` skips ahead only when it knows the characters a match can start with; a pattern starting with
    a look-behind, or an alternation with one alternative starting with a class, is tried at every
    position, and costs several times more. Checked with CPython's own pattern analysis (private
    functions of the `re` package: if a future Python renames them these tests fail, loudly, and need
    the new names; they are never skipped).
    """

    @staticmethod
    def _skips(pattern: re.Pattern[str]) -> bool:
        import re._compiler as compiler
        import re._parser as parser

        parsed = parser.parse(pattern.pattern, pattern.flags)
        prefix, _, _ = compiler._get_literal_prefix(parsed, pattern.flags)
        return bool(prefix) or bool(compiler._get_charset_prefix(parsed, pattern.flags))

    def test_every_rule_scanner_skips_ahead(self):
        slow = [
            f"{rule.code}: {scanner.pattern[:40]}"
            for rule in RULES.values()
            for scanner in rule.scanners + rule.unless
            if not self._skips(scanner)
        ]
        assert slow == []

    def test_the_negation_windows_and_link_prechecks_skip_ahead(self):
        patterns = [rule.negation for rule in NEGATED_RULES] + [
            links_module._DOT_THEN_LABEL,
            links_module._SPACED_DOT,
            links_module._HOST,
            links_module._SPACED,
            normalize_module._REMOVED,
            normalize_module._TRAD_CHARS,
            normalize_module._DODGE_SPLIT,
        ]
        assert [p.pattern[:40] for p in patterns if not self._skips(p)] == []

    def test_a_look_behind_first_pattern_is_caught(self):
        assert not self._skips(re.compile(r"(?<!\d)\d{1,3}小时"))
        assert self._skips(re.compile(r"\d(?<!\d\d)\d{0,2}小时"))


def _reference_fold(text: str) -> str:
    """fold as first written: NFKC, then invisible characters, line ends, controls, in that order."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]", "", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)


class TestNormalising:
    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="\r\n\x01\x1f\x7f\u200b\u202e\ufeff\u00ad转账ａ１，。 ", max_size=60))
    def test_fold_keeps_the_order_of_its_steps(self, text):
        # "\r\u200b\n" is one line end once the zero-width space is gone; "\r\x01\n" is two.
        assert fold(text) == _reference_fold(text)

    def test_line_ends_around_removed_characters(self):
        assert fold("a\r\u200b\nb") == "a\nb"
        assert fold("a\r\x01\nb") == "a\n\nb"

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="".join(_TRAD_SIMP) + "".join(_TRAD_SIMP.values()) + "abc，", max_size=200))
    def test_to_simplified_equals_one_translate(self, text):
        assert to_simplified(text) == text.translate(str.maketrans(_TRAD_SIMP))

    def test_no_simplified_character_is_itself_mapped_again(self):
        # to_simplified replaces one distinct character after another: a chain would map twice.
        assert set(_TRAD_SIMP.values()).isdisjoint(_TRAD_SIMP)

    def test_compact_reuses_the_lowered_text_only_when_nothing_was_removed(self):
        text = "请转入ABC安全账户"
        assert Compact(text, lower_in_place(text)).text == Compact(text).text == "请转入abc安全账户"
        spaced = "请转 入ABC"
        assert Compact(spaced, lower_in_place(spaced)).text == "请转入abc"


def _reference_imitates(link, official: OfficialDomain) -> bool:
    """The look-alike test as first written: one official domain at a time."""
    forms = links_module._LinkForms(link)
    host, domain = forms.host, official.domain
    if host == domain or host.endswith("." + domain):
        return False
    if f".{domain}." in f".{host}.":
        return True
    name = official.name_skeleton
    if forms.skeleton == name or name in forms.tokens:
        return True
    if len(name) >= 4 and name in forms.skeleton:
        return True
    # (A name of digits alone one edit from another is another service number's site: "95598.cn".)
    if len(name) >= 5 and not forms.name.isdigit() and links_module._within_one_edit(forms.skeleton, name):
        return True
    if forms.host_skeleton == official.domain_skeleton or forms.host_skeleton.endswith("." + official.domain_skeleton):
        return True
    if name in forms.host_labels:
        return True
    return any(number in forms.name for number in official.service_numbers if len(number) >= 5)


OFFICIALS = analyzer_module._OFFICIALS
_NAMES = sorted({o.domain.split(".")[0] for o in OFFICIALS})
_SUFFIXES = ["com", "cn", "com.cn", "top", "vip", "xyz", "net", "gov.cn"]


@st.composite
def lookalike_hosts(draw) -> str:
    """Hosts near the official ones: names with a slip, decoration, numbers, other suffixes, nesting."""
    name = draw(st.sampled_from(_NAMES))
    edit = draw(st.sampled_from(["none", "swap", "drop", "add", "confusable", "decorate", "number"]))
    if edit == "swap" and len(name) > 1:
        i = draw(st.integers(0, len(name) - 1))
        name = name[:i] + draw(st.sampled_from("abclo1")) + name[i + 1 :]
    elif edit == "drop" and len(name) > 1:
        i = draw(st.integers(0, len(name) - 1))
        name = name[:i] + name[i + 1 :]
    elif edit == "add":
        i = draw(st.integers(0, len(name)))
        name = name[:i] + draw(st.sampled_from("abx-")) + name[i:]
    elif edit == "confusable":
        name = name.replace("o", "0").replace("l", "1").replace("m", "rn")
    elif edit == "decorate":
        name = name + draw(st.sampled_from(["-vip", "-kf", "95588", "-cn", "kf"]))
    elif edit == "number":
        name = draw(st.sampled_from(["95588", "95555", "95533", "12368"])) + "-" + name
    host = f"{name.strip('-') or 'x'}.{draw(st.sampled_from(_SUFFIXES))}"
    if draw(st.booleans()):
        host = draw(st.sampled_from(["m.", "www.", "verify."])) + host
    if draw(st.booleans()):
        host = draw(st.sampled_from([o.domain for o in OFFICIALS])) + "." + host
    return host


class TestLookalikes:
    @settings(max_examples=400, deadline=None)
    @given(lookalike_hosts())
    def test_the_index_finds_what_the_loop_over_domains_finds(self, host):
        (link,) = find_links(f"请访问 https://{host}/a 核实")
        expected = {o for o in OFFICIALS if _reference_imitates(link, o)}
        assert Lookalikes(OFFICIALS).imitated(link) == expected

    def test_examples(self):
        index = analyzer_module._LOOKALIKES
        (fake,) = find_links("cmbchlna.com")
        (real,) = find_links("www.cmbchina.com")
        assert {o.domain for o in index.imitated(fake)} >= {"cmbchina.com"}
        assert "cmbchina.com" not in {o.domain for o in index.imitated(real)}


def _reference_find_links(text: str) -> list:
    """find_links as first written: every scan over the whole text, each host read at each match."""
    lowered = lower_in_place(text)
    found = []

    def make(match, scheme_start, span=None):
        read = links_module._read_host(match.group("host"), scheme_start is not None)
        if read is None:
            return None
        start = scheme_start if scheme_start is not None else match.start("host")
        start, end = span if span is not None else (start, match.end())
        return links_module.FoundLink(
            text[start:end], read.host, read.domain, start, end, scheme_start is not None, read.is_ip, read.is_punycode
        )

    for match in links_module._HOST.finditer(lowered):
        host_start = match.start("host")
        scheme = links_module._SCHEME_BEFORE.search(lowered, max(0, host_start - 12), host_start)
        found.append(make(match, scheme.start() if scheme else None))
    for match in links_module._SCHEME_HOST.finditer(lowered):
        found.append(make(match, match.start()))
    spaced = []
    for run in links_module._SPACED.finditer(lowered):
        joined = run.group()[::2]
        if "." in joined or "。" in joined:
            for match in links_module._HOST.finditer(joined):
                span = (run.start() + 2 * match.start(), run.start() + 2 * (match.end() - 1) + 1)
                spaced.append(make(match, None, span))
    found = [link for link in found if link is not None]
    spaced = [link for link in spaced if link is not None]
    if spaced:
        found = [link for link in found if not any(s.start <= link.start < s.end for s in spaced)] + spaced
    return sorted(found, key=lambda link: link.start)


LINK_PIECES = [
    "icbc.com.cn",
    "a.cn",
    "3.5",
    "v2.0",
    "http://",
    "https://",
    "w . w",
    "i c b c . c n",
    "w w w . x y z . c o m",
    "x.top/a?b=1",
    "1.2.3.4",
    "工行.com",
    "点com",
    "(dot)",
    "[.]",
    "。",
    " ",
    "x",
    "，",
    "请访问",
    "\n",
    "A.CN",
    "İ",
]


class TestLinkReader:
    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(LINK_PIECES), max_size=30))
    def test_the_prechecks_and_the_reader_find_what_the_plain_scans_find(self, pieces):
        text = "".join(pieces)
        expected = _reference_find_links(text)
        assert find_links(text) == expected
        assert find_links(text, limit=3) == expected[:3]

    @settings(max_examples=30, deadline=None)
    @given(
        st.lists(
            st.sampled_from(["a.cn ", "http://b.cn/x ", "c . c n ", "w w w . x y z . c o m ", "x"]), min_size=60, max_size=200
        )
    )
    def test_a_long_wall_of_links_stops_at_the_limit(self, pieces):
        text = "".join(pieces)
        assert find_links(text, limit=50) == _reference_find_links(text)[:50]

    def test_the_analyser_keeps_the_first_fifty(self):
        result = analyze("请访问 " + "a.cn " * 900)
        assert len(result.links) == analyzer_module.MAX_LINKS

    def test_a_host_valid_only_with_a_scheme_needs_one(self):
        assert find_links("w . w " * 50) == []
        assert [link.host for link in find_links("http://w . w 然后 w . w")] == ["w.w"]


class TestCase:
    def test_an_upper_case_name_is_found_beside_a_character_that_lowers_longer(self):
        # "İ".lower() is two characters: the text is lowered in place (ASCII only), so "ICBC" is still
        # read as the bank. Before, one such character anywhere hid every upper-case name.
        result = analyze("ICBC提醒您的贷款已逾期 İstanbul")
        assert result.institution is not None and result.institution.code == "icbc"


# Every result on the labelled set, as the analyser gave it before the speed work: a change of rules or
# scanners that changes any of them (risk, score, flags with their evidence, highlights, links) fails
# here. When a change is meant, regenerate with UPDATE_ANALYSER_RESULTS=1 and read the diff.
RESULTS = Path(__file__).parent / "data" / "sms_labelled_results.jsonl"
LABELLED = Path(__file__).parent / "data" / "sms_labelled.jsonl"


def _fit(text: str, length: int) -> str:
    while len(text) < length:
        text = text + " " + text
    return text[:length]


def _labelled_results() -> list[dict]:
    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for n, record in enumerate(records):
        senders = ([record["sender"]] if record.get("sender") else []) + [None]
        cases = [(record["text"], sender, "as written") for sender in senders]
        cases.append((_fit(record["text"], 200), record.get("sender"), "repeated to 200"))
        if n % 12 == 0:
            cases.append((_fit(record["text"], 5000), record.get("sender"), "repeated to 5000"))
        for text, sender, form in cases:
            result = analyze(text, sender)
            results.append(
                {
                    "id": record["id"],
                    "form": form,
                    "sender": sender,
                    "risk": result.risk,
                    "score": result.score,
                    "flags": [[f.code, f.weight, f.severe, list(f.evidence)] for f in result.flags],
                    "hit_spans": [list(span) for span in result.hit_spans],
                    "sender_kind": result.sender_kind,
                    "institution": result.institution.code if result.institution else None,
                    "links": [[link.host, list(link.kinds), list(link.span)] for link in result.links],
                }
            )
    return results


def test_every_labelled_result_is_unchanged():
    results = _labelled_results()
    if os.environ.get("UPDATE_ANALYSER_RESULTS"):
        RESULTS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
        pytest.skip(f"{RESULTS.name} regenerated: read its diff, then run the tests without UPDATE_ANALYSER_RESULTS")
    expected = [json.loads(line) for line in RESULTS.read_text(encoding="utf-8").splitlines()]
    changed = [(old["id"], old["form"], old["sender"]) for old, new in zip(expected, results) if old != new]
    assert len(results) == len(expected)
    assert changed == []


class TestSenderPatterns:
    def test_phonenumbers_does_not_compile_its_patterns_again(self, monkeypatch):
        # Not re's bounded cache: a long metadata pattern evicted from it takes milliseconds to compile.
        # Once the first numbers are classified, later ones compile nothing.
        from triage.analysis.sender import classify_sender

        classify_sender("13812340001"), classify_sender("02161234567")
        calls = []
        original = re.compile
        monkeypatch.setattr(re, "compile", lambda *args, **kwargs: calls.append(args) or original(*args, **kwargs))
        assert classify_sender("13912340002").kind == "mobile"
        assert classify_sender("02161234568").kind == "landline"
        assert calls == []


class TestInstitutionForNumber:
    @settings(max_examples=300, deadline=None)
    @given(st.data())
    def test_the_index_finds_the_first_owner_as_the_loop_did(self, data):
        numbers = [n for inst in all_institutions(include_government=True) for n in inst.service_numbers]
        digits = data.draw(st.one_of(st.sampled_from(numbers), st.text(alphabet="0123456789", max_size=12)))
        digits += data.draw(st.text(alphabet="0123456789", max_size=4))
        expected = next((inst for inst in all_institutions(include_government=True) if inst.owns_number(digits)), None)
        assert institution_for_number(digits) == expected


# ---------------------------------------------------------------- the speed layer's contract
# rules.py regroups each rule's patterns into joined scanners. Whatever a reviewer writes in the TOML, the
# rule must behave as the one regex its patterns spell: it fires on exactly the same texts, every piece of
# evidence it shows is a match of that regex there, and every place that regex matches is shown. (Where
# two alternatives of one rule overlap in a text, the joined scanners may cut the evidence differently
# from the one regex; the three properties still hold.)
_WORDS = ["转账", "安全", "账户", "验证", "码", "冻结", "ab", "a", "b"]
_word = st.sampled_from(_WORDS)
_group = st.lists(_word, min_size=1, max_size=3, unique=True).map(lambda ws: "(" + "|".join(ws) + ")")
_atom = st.one_of(_word, _group, st.just(r"\d(?<!\d\d)\d{0,2}"), st.just("~{0,3}"), st.just("[ab]"))
_alternative = st.lists(_atom, min_size=1, max_size=3).map("".join).filter(lambda a: not a.startswith("~"))
_pattern = st.lists(_alternative, min_size=1, max_size=3).map("|".join)
_text = st.lists(st.sampled_from(_WORDS + ["1", "23", "，", "x", " "]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(patterns=st.lists(_pattern, min_size=1, max_size=4), text=_text)
def test_the_joined_scanners_keep_the_rule_as_written(patterns, text):
    scanners = rules_module._scanners(patterns)
    written = re.compile("|".join(f"(?:{rules_module._expand(p)})" for p in patterns))
    joined_hits = sorted({m.span() for scanner in scanners for m in scanner.finditer(text) if m.end() > m.start()})
    written_hits = [m.span() for m in written.finditer(text) if m.end() > m.start()]
    assert bool(joined_hits) == bool(written_hits)
    for start, end in joined_hits:
        assert written.fullmatch(text, start, end), (start, end)
    for start, _ in written_hits:
        assert any(s <= start < e or s == start for s, e in joined_hits), start


def test_every_scanner_but_the_digit_one_starts_on_a_plain_character() -> None:
    """A pattern whose first group has an optional character ("需要?"), a class or a look-behind gets a scan
    of its own over every message; written as plain alternatives it joins its rule's one scanner."""
    from triage.analysis import rules as rules_module

    own = [
        (rule.code, scanner.pattern[:40])
        for rule, scanner in rules_module._SCANS
        if not re.match(r"(?:\(\?:)?[\u4e00-\u9fffa-z0-9]", scanner.pattern)
    ]
    assert [code for code, _pattern in own] == ["urgency"], own  # "\d小时内": a digit starts it


_SHARING = st.sampled_from(["验证码", "验证", "验", "证", "ab", "a", "ba", "b", "~{0,2}", "(码|a)", "[ab]", r"\d"])


@settings(max_examples=400, deadline=None)
@given(
    alternatives=st.lists(st.lists(_SHARING, min_size=1, max_size=3).map("".join).filter(plain_start), min_size=1, max_size=6),
    text=st.lists(st.sampled_from(["验证码", "验", "证", "码", "a", "b", "，", "1"]), max_size=20).map("".join),
)
def test_the_alternatives_grouped_by_first_character_match_as_joined(alternatives, text):
    """Grouping a scanner's alternatives by leading characters (a trie, for speed) finds exactly what
    the alternatives joined in their order find: the same spans, one by one."""
    expanded = [rules_module._expand(a) for a in alternatives]
    grouped = re.compile(by_first_character(expanded))
    joined = re.compile("|".join(expanded))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in joined.finditer(text)]


def test_every_rule_scanner_matches_as_its_alternatives_joined() -> None:
    """The same on every rule of the data file over the labelled messages and the seeded snippets."""
    from triage.content import PATTERN_KEYS
    from triage.content import load as load_content

    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [record["text"] for record in records] + [
        "您的家人我们都知道，上门催收，通讯录已经爆了",
        "请立即到您的户籍地派出所，移交公安",
    ]
    for entry in load_content(rules_module.DATA_FILE.name)["rule"]:
        for patterns in (entry.get(key, []) for key in PATTERN_KEYS):
            plain_first, _others = rules_module._split_for_speed(patterns)
            grouped = [a for a in plain_first if plain_start(a)]
            if not grouped:
                continue
            fast = re.compile(by_first_character(grouped))
            slow = re.compile("|".join(grouped))
            for text in texts:
                lowered = lower_in_place(normalize_module.normalize(text))
                assert [m.span() for m in fast.finditer(lowered)] == [m.span() for m in slow.finditer(lowered)], (
                    entry["code"],
                    text,
                )


def test_the_institution_names_grouped_by_first_character_match_as_joined() -> None:
    """The alias scans (longest name first) find the same names at the same places as the plain joins."""
    from triage.analysis import institutions as inst

    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [lower_in_place(normalize_module.normalize(record["text"])) for record in records]
    texts += ["中国工商银行和工商银行，中国银行业协会", "12368 提醒：95588 与 1" + "1" * 60]
    aliases = [inst._alias_pattern(a) for a in inst._BY_LENGTH]
    claims = [a + (inst._SPEAKS_AS if inst._BY_ALIAS[n].kind == "government" else "") for a, n in zip(aliases, inst._BY_LENGTH)]
    for fast, slow in ((inst._ALIAS_RE, re.compile("|".join(aliases))), (inst._CLAIM_RE, re.compile("|".join(claims)))):
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def test_a_quantified_or_special_first_character_is_refused() -> None:
    with pytest.raises(ValueError):
        by_first_character(["你?的", "到家"])


@settings(max_examples=400, deadline=None)
@given(patterns=st.lists(_pattern, min_size=1, max_size=4), text=_text)
def test_the_scanners_cut_into_parts_find_what_they_find(patterns, text):
    """A joined scanner cut into its parts (rules._parts), searched only where the prefilter lets each part through,
    finds the same matches one by one as the scanner; and each set of strings a part requires stands in any text it
    matches (prefilter.required_clauses)."""
    from triage.analysis.prefilter import PairFilter, pairs_in, required_clauses

    for scanner in rules_module._scanners(patterns):
        parts = [re.compile(*part) for part in rules_module._parts(scanner)]
        for part in parts:
            if part.search(text) is not None:
                assert all(any(string in text for string in strings) for strings in required_clauses(part))
        possible = [parts[index] for index in PairFilter(parts).possible(text, pairs_in(text))]
        expected = [m.span() for m in scanner.finditer(text)]
        found = (
            [m.span() for m in possible[0].finditer(text)]
            if len(possible) == 1
            else [m.span() for m in rules_module._leftmost_each(possible, text)]
        )
        assert found == expected
