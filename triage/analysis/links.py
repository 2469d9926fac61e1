"""Finding links in an SMS, including the ones written to slip past filters.

Scam texts write "abc。com", "abc . cn/x", "abc点cn" or full-width "ａｂｃ．ｃｏｍ" (the last is undone by
NFKC in `fold`). Without a scheme a host is only accepted when its last label is a known top-level
domain, so "3.5", "v2.0" or "file.txt" are not links. A single regex with possessive repetition finds the
candidates (no backtracking, so linear), then a few set look-ups judge each host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Top-level domains accepted without a scheme: the generic ones and those cheap ones common in Chinese
# phishing texts (observed in the anti-fraud notices cited in red_flags.toml). A link with http(s)://
# is accepted with any TLD.
KNOWN_TLDS = frozenset(
    """com cn net org gov edu info biz cc co io me tv ly gl gd la ws vip top xyz site online club shop
    store wang ltd work link app fun icu live pro mobi asia tk ml ga cf gq pw bid win loan men cyou
    hk tw mo sg jp kr us uk ru in""".split()
)
# Second-level public suffixes, so the registrable domain of "www.icbc.com.cn" is "icbc.com.cn".
MULTI_LABEL_SUFFIXES = frozenset(
    """com.cn net.cn org.cn gov.cn edu.cn ac.cn mil.cn com.hk org.hk net.hk gov.hk com.tw org.tw
    com.mo co.uk org.uk com.au co.jp com.sg""".split()
)
# Public URL shorteners: the real destination is hidden until clicked.
SHORTENER_DOMAINS = frozenset(
    """t.cn url.cn dwz.cn suo.im bit.ly tinyurl.com goo.gl is.gd t.co ow.ly cutt.ly rebrand.ly
    s.id v.gd shorturl.at""".split()
)

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# A dot, or the ways it is written to dodge filters: 。 (and ｡ after NFKC), 点, "(dot)", "[.]", with a
# couple of spaces either side.
_DOT = r"[ \t]{0,2}(?:\.|。|点|\(dot\)|\[\.\])[ \t]{0,2}"
_PATH = r"(?::\d{1,5})?(?:[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?"
# Starts with the host's first character so that `re` can skip ahead to ASCII letters and digits (a
# leading optional scheme or look-behind would make it try every position); the scheme is checked in
# Python. The look-behind right after that first character refuses a start in the middle of a word or
# after "@", "_", "-" or "." (the tail of an e-mail address or of a longer word, never a link): without
# it a long run of letters was retried from each of its positions, up to 63 characters each time
# ("x" * 5000 took ~30 ms). The "xn--" of a punycode first label is matched by the label itself. Runs on
# lower-cased text, so no IGNORECASE (which also defeats skipping).
_FIRST_LABEL = r"[a-z0-9](?<![a-z0-9@_\-.][a-z0-9])(?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"(?P<host>{_FIRST_LABEL}(?:{_DOT}(?:xn--)?{_LABEL})++)(?P<path>{_PATH})")
# A link written with a space between every character ("w w w . i c b c . c o m"): one character, then
# possessive (space, character) pairs, never started inside such a run (the look-behind), so each run is
# read once. The run is then read again with the spaces taken out.
_SPACED = re.compile(r"[a-z0-9](?<![a-z0-9@_\-.。][a-z0-9])(?<![a-z0-9.。] [a-z0-9])(?: [a-z0-9.。/-])++")
_SCHEME_BEFORE = re.compile(r"https?[ \t]?:[ \t]?//[ \t]?\Z")
# A scheme followed by a host of any script ("https://工商银行.com"), which _HOST cannot start on.
_SCHEME_HOST = re.compile(
    rf"https?[ \t]?:[ \t]?//[ \t]?(?P<host>[^\s/?#:<>\"'，。！？、；：（）【】「」a-z0-9][^\s/?#:<>\"'，。！？、；：（）【】「」]*)(?P<path>{_PATH})"
)
_DOT_SPLIT = re.compile(_DOT)
# Cheap necessary conditions, each a scan that starts on a rare character, so that the scans above run
# only on a text that can hold what they look for (most messages have no link at all):
# - _HOST needs a dot (in any of its forms) followed by the first character of a label;
_DOT_THEN_LABEL = re.compile(r"(?:[.。点]|\(dot\)|\[\.\])[ \t]{0,2}[a-z0-9]")
# - _SPACED yields a link only when a spaced-out dot is followed by a spaced-out character.
_SPACED_DOT = re.compile(r" [.。] [a-z0-9]")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


@dataclass(frozen=True)
class FoundLink:
    text: str  # as written in the normalised text
    host: str  # lower-case, dots restored ("abc。com" → "abc.com")
    domain: str  # registrable domain ("m.icbc.com.cn" → "icbc.com.cn"); the IP for raw IP hosts
    start: int
    end: int
    has_scheme: bool
    is_ip: bool
    is_punycode: bool  # a label in xn-- form or any non-ASCII host


def registrable_domain(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in MULTI_LABEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def lower_in_place(text: str) -> str:
    """`text` in lower case with every character where it was (str.lower can lengthen a few, "İ")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = re.sub("[A-Z]+", lambda m: m.group().lower(), text)
    return lowered


def find_links(text: str, lowered: str | None = None) -> list[FoundLink]:
    """All links in `text` (already normalised), in order. `lowered`: lower_in_place(text), if known."""
    if lowered is None:
        lowered = lower_in_place(text)
    found: list[FoundLink] = []
    if _DOT_THEN_LABEL.search(lowered):
        for match in _HOST.finditer(lowered):
            host_start = match.start("host")
            scheme = _SCHEME_BEFORE.search(lowered, max(0, host_start - 12), host_start)
            link = _make_link(text, match, scheme.start() if scheme else None)
            if link is not None:
                found.append(link)
    if "http" in lowered:
        for match in _SCHEME_HOST.finditer(lowered):
            link = _make_link(text, match, match.start())
            if link is not None:
                found.append(link)
    spaced = _spaced_links(text, lowered) if _SPACED_DOT.search(lowered) else []
    if spaced:
        # A spaced-out link replaces the bits of it the other scans may have read as links.
        found = [link for link in found if not any(s.start <= link.start < s.end for s in spaced)] + spaced
    found.sort(key=lambda link: link.start)
    return found


def _spaced_links(text: str, lowered: str) -> list[FoundLink]:
    links: list[FoundLink] = []
    for run in _SPACED.finditer(lowered):
        joined = run.group()[::2]  # every other character: the spaces sit at the odd positions
        if "." not in joined and "。" not in joined:
            continue
        offset = run.start()
        for match in _HOST.finditer(joined):
            start, end = offset + 2 * match.start(), offset + 2 * (match.end() - 1) + 1
            link = _make_link(text, match, None, span=(start, end))
            if link is not None:
                links.append(link)
    return links


def _make_link(
    text: str, match: re.Match[str], scheme_start: int | None, span: tuple[int, int] | None = None
) -> FoundLink | None:
    has_scheme = scheme_start is not None
    host = ".".join(part for part in _DOT_SPLIT.split(match.group("host")) if part)
    if not host:
        return None
    is_ip = bool(_IPV4.fullmatch(host)) and all(int(p) <= 255 for p in host.split("."))
    if not (has_scheme or is_ip or host.rsplit(".", 1)[-1] in KNOWN_TLDS):
        return None
    if "." not in host and not has_scheme:
        return None
    is_punycode = not host.isascii() or any(label.startswith("xn--") for label in host.split("."))
    start = scheme_start if scheme_start is not None else match.start("host")
    end = match.end()
    if span is not None:
        start, end = span
    return FoundLink(
        text=text[start:end],
        host=host,
        domain=host if is_ip else registrable_domain(host),
        start=start,
        end=end,
        has_scheme=has_scheme,
        is_ip=is_ip,
        is_punycode=is_punycode,
    )


def is_shortener(link: FoundLink) -> bool:
    return link.host in SHORTENER_DOMAINS or link.domain in SHORTENER_DOMAINS


def host_belongs_to(host: str, domains: tuple[str, ...] | frozenset[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def is_gov_cn_host(host: str) -> bool:
    """A host under .gov.cn, the suffix registered only to Chinese government bodies (courts included)."""
    return host.endswith(".gov.cn") and host != ".gov.cn"


# Characters swapped in look-alike domains (digits for letters, "rn" for "m", "vv" for "w").
_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "i": "l", "3": "e", "5": "s", "8": "b", "_": "-"})


def _skeleton(label: str) -> str:
    return label.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class OfficialDomain:
    """An institution's domain with the forms `looks_like` compares against, computed once."""

    domain: str
    service_numbers: tuple[str, ...]
    name_skeleton: str  # "icbc" for icbc.com.cn
    domain_skeleton: str

    @classmethod
    def of(cls, domain: str, service_numbers: tuple[str, ...]) -> OfficialDomain:
        return cls(domain, service_numbers, _skeleton(domain.split(".")[0]), _skeleton(domain))


class _LinkForms:
    __slots__ = ("host", "name", "skeleton", "tokens", "host_skeleton", "host_labels")

    def __init__(self, link: FoundLink) -> None:
        self.host = link.host
        self.name = link.domain.split(".")[0]
        self.skeleton = _skeleton(self.name)
        self.tokens = re.split(r"[-0-9]+", self.skeleton)
        self.host_skeleton = _skeleton(link.host)
        self.host_labels = self.host_skeleton.split(".")[:-1]


def looks_like(link: FoundLink, officials: tuple[OfficialDomain, ...]) -> bool:
    """Whether `link` imitates one of `officials` without being it.

    Caught: the official domain used as a subdomain of another ("icbc.com.cn.abc.xyz"); the official
    name plus decoration ("icbc-vip.cn", "cmbchina95555.com"); a one-character slip or a confusable
    swap ("cmbchlna.com", "lcbc.com.cn"); the same name under another suffix ("icbc.com" for
    icbc.com.cn); the institution's service number in the name ("95588-cn.com").
    """
    if link.is_ip:
        return False
    forms = _LinkForms(link)
    return any(_imitates(forms, official) for official in officials)


def _imitates(forms: _LinkForms, official: OfficialDomain) -> bool:
    host, domain = forms.host, official.domain
    if host == domain or host.endswith("." + domain):
        return False
    if f".{domain}." in f".{host}.":
        return True
    name_skeleton = official.name_skeleton
    if forms.skeleton == name_skeleton or name_skeleton in forms.tokens:
        return True
    if len(name_skeleton) >= 4 and name_skeleton in forms.skeleton:
        return True
    if len(name_skeleton) >= 5 and _within_one_edit(forms.skeleton, name_skeleton):
        return True
    if forms.host_skeleton == official.domain_skeleton or forms.host_skeleton.endswith("." + official.domain_skeleton):
        return True  # "icbc.corn.cn": a confusable in the suffix
    if name_skeleton in forms.host_labels:
        return True  # "icbc.abc.xyz": the name as a subdomain of someone else's domain
    return any(number in forms.name for number in official.service_numbers if len(number) >= 5)
