"""Sources a frightened person can trust: every citation names its title and issuing body, and every link,
in the data files, the templates and the generated letters, goes to a host in the one allowlist
(triage/data/official_hosts.toml), a .gov.cn host, or an institution's own domain for its own numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django.test import Client
from helpers import with_answers

from triage import letters, sources
from triage.content import DATA_DIR, load

ROOT = Path(__file__).resolve().parent.parent

# A link, or a bare host as written in a citation ("（www.mps.gov.cn，以官方发布为准）").
LINK = re.compile(r"https?://([^/\s\"'<>)）,，;；]+)")
BARE_HOST = re.compile(r"(?<![\w.@/-])((?:[a-z0-9-]+\.)+(?:cn|com|net|org|tech|info|top|xyz|cc|io|hk))(?![\w-])", re.IGNORECASE)
# Hosts that are no source: XML namespaces inside a .docx, made-up examples.
NOT_SOURCES = {"schemas.openxmlformats.org", "example.test", "example.com"}

# Answers under which every letter applies and cites every basis it has (no creditor type filters any out).
ANSWERS = {
    "message": {"sms_text": "【某金融】您已逾期，今天不还款就通知你单位和家人", "risk": "high", "flags": ["third_party_threat"]},
    "verify": {"relation": "mine_unknown", "creditor_type": "unknown", "third_party_role": "family"},
    "contact": {"wants": ["verify_debt", "instalments", "stop_third_party"]},
    "legal": {"behaviours": ["night", "frequent", "third_party", "threats", "fees"]},
}
TYPED = {
    "name": "陈小明",
    "contact": "13800000000",
    "creditor": "甲乙消费金融",
    "collector_number": "17099990000",
    "message_date": "2026-11-28",
    "amount": "5000",
    "what_happened": "对方说要通知我的单位。",
}


def hosts_in(text: str, bare: bool = True) -> set[str]:
    found = {match.lower().split("@")[-1].split(":")[0] for match in LINK.findall(text)}
    if bare:
        found |= {match.lower() for match in BARE_HOST.findall(text)}
    return found - NOT_SOURCES


def unofficial(hosts: set[str], own_domains: frozenset[str] = frozenset()) -> set[str]:
    return {host for host in hosts if not sources.is_official(f"https://{host}/", own_domains)}


class TestAllowlist:
    def test_it_holds_the_national_databases_and_regulators(self):
        hosts = sources.official_hosts()
        for host in (
            "flk.npc.gov.cn",
            "www.nfra.gov.cn",
            "www.pbc.gov.cn",
            "www.court.gov.cn",
            "www.12321.cn",
            "www.mps.gov.cn",
            "www.miit.gov.cn",
            "www.china-cba.net",
        ):
            assert host in hosts

    def test_government_hosts_and_own_domains_count_and_reposts_do_not(self):
        assert sources.is_official("https://flk.npc.gov.cn/")
        assert sources.is_official("http://hshmqfy.nmgfy.gov.cn/article/1.shtml")
        assert sources.is_official("https://www.icbc.com.cn/", ("icbc.com.cn",))
        assert not sources.is_official("https://www.icbc.com.cn/", ("ccb.com",))
        for repost in (
            "https://reportify.cn/news/1",
            "http://wwpfw.com/x.html",
            "https://finance.sina.cn/zl/1.html",
            "https://gov.cn.example.com/",
            "https://www.mps.gov.cn.evil.com/",
            "",
        ):
            assert not sources.is_official(repost), repost


class TestContentSources:
    def test_every_source_names_a_title_and_its_issuing_body(self):
        problems = []
        for source in sources.content_sources():
            if not (source.title_zh.strip() and source.title_en.strip()):
                problems.append(f"{source.where}: no title")
            if not (source.body_zh.strip() and source.body_en.strip()):
                problems.append(f"{source.where}: no issuing body")
            elif source.body_zh not in source.title_zh or source.body_en.lower() not in source.title_en.lower():
                problems.append(f"{source.where}: the citation does not name its issuing body")
        assert problems == []

    def test_every_link_goes_to_an_official_host(self):
        problems = [
            f"{source.where}: {source.url}"
            for source in sources.content_sources()
            if source.url and not sources.is_official(source.url, source.own_domains)
        ]
        assert problems == []

    def test_only_our_own_advice_and_the_banks_own_numbers_go_without_a_link(self):
        unlinked = {source.body_zh for source in sources.content_sources() if not source.url}
        assert unlinked <= {"本站", "各银行"}

    def test_a_home_page_link_says_the_official_release_prevails(self):
        # Laws carry the words in the letters' source lines; an institution links its own site.
        for source in sources.content_sources():
            if source.url and not source.where.startswith(("legal_bases.toml law", "institutions.toml")):
                assert "以官方发布为准" in source.title_zh, source.where
                assert "the official release prevails" in source.title_en, source.where

    def test_no_data_file_mentions_a_host_outside_the_allowlist(self):
        # Comments and texts included: a repost link kept "for reference" is still a repost link.
        own = sources.institution_domains()
        problems = {}
        for path in sorted(DATA_DIR.glob("*.toml")):
            # The directory of institutions names domains as data (what a message's link is judged against):
            # only its links are sources there.
            text = path.read_text(encoding="utf-8")
            found = unofficial(hosts_in(text, bare=path.name != "institutions.toml"), own)
            if found:
                problems[path.name] = sorted(found)
        assert problems == {}

    def test_single_report_rules_keep_their_cautious_wording(self):
        for rule in load("red_flags.toml")["rule"]:
            if rule.get("confidence") == "◐":
                assert "据" in rule["why_zh"] + rule["source_zh"], rule["code"]
                assert "according to" in (rule["why_en"] + rule["source_en"]).lower(), rule["code"]


class TestTemplates:
    def test_no_template_or_script_links_outside_the_allowlist(self):
        problems = {}
        paths = [*ROOT.glob("templates/**/*.html"), *ROOT.glob("static/js/*.js"), ROOT / "triage" / "evidence.py"]
        for path in paths:
            found = unofficial(hosts_in(path.read_text(encoding="utf-8")))
            if found:
                problems[str(path.relative_to(ROOT))] = sorted(found)
        assert problems == {}


@pytest.mark.django_db
class TestPages:
    def test_every_step_and_take_away_page_links_nowhere_else(self):
        from triage import wizard

        shown = set()
        # Each relation to the debt opens its own steps; between them every step is shown once at least.
        for relation in ("mine_unknown", "someone_else", "mine_known"):
            answers = {
                **ANSWERS,
                "calm": {"danger": "yes"},
                "verify": {**ANSWERS["verify"], "relation": relation, "legal_claim": "yes"},
                "protect": {"shared": ["transfer", "code"]},
                "message": {**ANSWERS["message"], "flags": ["fake_legal", "credit_repair", "third_party_threat"]},
            }
            client = with_answers(Client(), answers)
            steps = [f"/step/{step.id}/" for step in wizard.path_for(answers)]
            for path in [*steps, "/plan/", "/checklist/", "/evidence/", "/documents/"]:
                response = client.get(path)
                assert response.status_code == 200, path
                html = response.content.decode()
                assert unofficial(hosts_in(html)) == set(), path
                if path == "/plan/":
                    assert "www.mps.gov.cn" in hosts_in(html) and "以官方发布为准" in html
            shown.update(steps)
        assert shown == {f"/step/{step.id}/" for step in wizard.steps()}


class TestLetters:
    @pytest.mark.parametrize("lang", ["zh-hans", "en"])
    @pytest.mark.parametrize("slug", list(letters.registry()))
    def test_every_letter_cites_official_sources_only(self, slug, lang):
        letter = letters.build_letter(slug, lang, ANSWERS, TYPED, today=date(2026, 11, 29))
        assert letter.citations, slug
        text = "\n".join(letter.plain_lines())
        for citation in letter.citations:
            assert citation.title and citation.issuer and citation.issuer in citation.title, citation
            assert sources.is_official(citation.source), citation.source
            assert citation.line(letter.label_sep) in text
            assert ("以官方发布为准" if lang == "zh-hans" else "the official release prevails") in citation.note
        assert unofficial(hosts_in(text)) == set()

    @pytest.mark.django_db
    @pytest.mark.parametrize("slug", list(letters.registry()))
    def test_the_printed_letter_page_links_nowhere_else(self, slug):
        client = with_answers(Client(), ANSWERS)
        response = client.post(f"/documents/{slug}/", {"letter": slug, "lang": "zh-hans", "format": "print", **TYPED})
        assert response.status_code == 200
        html = response.content.decode()
        assert "资料来源" in html
        assert unofficial(hosts_in(html)) == set()


def test_the_allowlist_is_one_file():
    assert (DATA_DIR / "official_hosts.toml").exists()
    assert load("official_hosts.toml")["government_suffix"] == ".gov.cn"
