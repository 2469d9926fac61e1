"""Every source the site cites, and whether its link goes to an official host.

A site that tells frightened people not to open unknown links must not send them to repost, news or
commercial pages either. The one allowlist is triage/data/official_hosts.toml: the issuing bodies' own sites
and the national databases, every host under .gov.cn, and, for an institution's own numbers, the domains
institutions.toml lists for it. tests/test_sources.py reads every source gathered here (and every link in
the templates and the generated letters) against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from triage.content import load


@dataclass(frozen=True)
class Source:
    """One citation: where it stands, the citation as shown (title), the issuing body, the link if any."""

    where: str
    title_zh: str
    title_en: str
    body_zh: str
    body_en: str
    url: str = ""
    own_domains: tuple[str, ...] = ()


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


@cache
def official_hosts() -> frozenset[str]:
    return frozenset(entry["host"] for entry in load("official_hosts.toml")["host"])


def is_official(url: str, own_domains: Iterable[str] = ()) -> bool:
    """True for a link to an allowlisted host, a government host, or one of `own_domains` (and subdomains)."""
    host = host_of(url)
    if not host:
        return False
    if host in official_hosts() or host.endswith(load("official_hosts.toml")["government_suffix"]):
        return True
    return any(host == domain or host.endswith("." + domain) for domain in own_domains)


def institution_domains() -> frozenset[str]:
    """Every domain institutions.toml lists (web and SMS link domains)."""
    return frozenset(
        domain
        for entry in load("institutions.toml")["institution"]
        for domain in (*entry["domains"], *entry.get("sms_domains", ()))
    )


def _cited(where: str, entry: dict[str, Any], url_key: str = "source_url") -> Source:
    return Source(
        where,
        entry["source_zh"],
        entry["source_en"],
        entry["source_by_zh"],
        entry["source_by_en"],
        entry.get(url_key, ""),
    )


def content_sources() -> Iterator[Source]:
    """Every source in triage/data/: rules, steps, plan, channels, legal bases, institutions."""
    for rule in load("red_flags.toml")["rule"]:
        yield _cited(f"red_flags.toml rule {rule['code']}", rule)
    for step in load("steps.toml")["step"]:
        for number, advice in enumerate(step.get("advice", ()), 1):
            yield _cited(f"steps.toml step {step['id']} advice {number}", advice)
    for item in load("plan.toml")["item"]:
        yield _cited(f"plan.toml item {item['id']}", item)
    for channel in load("channels.toml")["channel"]:
        yield _cited(f"channels.toml channel {channel['id']}", channel)
    bases = load("legal_bases.toml")
    for key, law in bases["law"].items():
        yield Source(
            f"legal_bases.toml law.{key}", law["title_zh"], law["title_en"], law["issuer_zh"], law["issuer_en"], law["source"]
        )
    for key, channel in bases["channel"].items():
        yield _cited(f"legal_bases.toml channel.{key}", channel, "source")
    for institution in load("institutions.toml")["institution"]:
        # The institution is the issuing body of its own numbers and domains; its site is the title.
        yield Source(
            f"institutions.toml institution {institution['code']}",
            institution["name_zh"],
            institution["name_en"],
            institution["name_zh"],
            institution["name_en"],
            institution["source"],
            tuple(institution["domains"]),
        )
