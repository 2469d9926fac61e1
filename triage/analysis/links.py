"""Finding links in an SMS, including the ones written to slip past filters.

Scam texts write "abc。com", "abc . cn/x", "abc点cn" or full-width "ａｂｃ．ｃｏｍ" (the last is undone by
NFKC in `fold`). Without a scheme a host is only accepted when its last label is a known top-level
domain, so "3.5", "v2.0" or "file.txt" are not links. A single regex with possessive repetition finds the
candidates (no backtracking, so linear), then a few set look-ups judge each host.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import tldextract

from .normalize import lower_in_place

# Top-level domains accepted without a scheme: the generic ones and those cheap ones common in Chinese
# phishing texts (observed in the anti-fraud notices cited in red_flags.toml); the abused ones and the endings that are
# English words (below) are read too, more strictly. A link with http(s):// is accepted with any TLD.
KNOWN_TLDS = frozenset(
    """com cn net org gov edu info biz cc co io me tv ly gl gd la ws vip top xyz site online club shop
    store wang ltd work link app fun icu live pro mobi asia tk ml ga cf gq pw bid win loan men cyou
    hk tw mo sg jp kr us uk ru in""".split()
)
# Endings that are English words too ("…locked. So annoying", "locked.so annoying", "Today", "help desk"): a link without a scheme
# there is read only when written with plain dots and no spaces, and with a path after it or a hyphen or a digit in its name
# ("s.id/2Mx7q", "appleid-cn.support"), which no sentence run together has ("3点 today" is a time). (Batch 43's parcel and Apple ID
# lures used .support, .help, .homes and the s.id shortener.)
# (And .im, "I'm" run together, the ending of the suo.im shortener: batch 49's "积分兑换最后一天,戳 suo.im/5Hx2aB" was read as no link.)
_WORD_TLDS = frozenset("id so im support help homes life bond today website space tech cloud email".split())
# The Public Suffix List as bundled with tldextract: never fetched (no URLs) nor cached on disk, so nothing
# goes out at run time. Private suffixes count ("abc.github.io" is abc's, not GitHub's).
_PUBLIC_SUFFIXES = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
# Top-level domains that the yearly phishing studies rank among the most abused (Interisle Consulting
# Group, "Phishing Landscape", and Spamhaus, "The World's Most Abused TLDs": cheap or free new generic and
# small country domains) and that no institution in our directory uses (tests/test_analysis_channels.py
# checks that). A link there from a message that names a bank, lender or platform is not a partner's site.
ABUSED_TLDS = frozenset(
    """top xyz icu cc vip club shop site online fun live cyou tk ml ga cf gq pw buzz sbs cfd lol rest
    monster click quest bar bid win loan men""".split()
)
# Public URL shorteners: the real destination is hidden until clicked.
SHORTENER_DOMAINS = frozenset(
    """t.cn url.cn dwz.cn suo.im bit.ly tinyurl.com goo.gl is.gd t.co ow.ly cutt.ly rebrand.ly
    s.id v.gd shorturl.at""".split()
)
_BARE_TLDS = KNOWN_TLDS | ABUSED_TLDS | _WORD_TLDS
_STRICT_TLDS = (ABUSED_TLDS | _WORD_TLDS) - KNOWN_TLDS
# Sites people share links to every day that belong to no institution we list (triage/data/known_sites.txt).
KNOWN_SITES = frozenset(
    line.strip()
    for line in (Path(__file__).resolve().parent.parent / "data" / "known_sites.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def on_known_site(host: str) -> bool:
    """Whether the host is one of `KNOWN_SITES` or under one."""
    return bool(label_suffixes(host) & KNOWN_SITES)


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
# A link with a user name: the scheme, a user name's characters (RFC 3986) up to its last "@", then the host.
_USER_AT = re.compile(
    rf"https?[ \t]?:[ \t]?//[a-z0-9._~%!$&'()*+,;=:@-]{{0,64}}@(?P<host>{_LABEL}(?:{_DOT}(?:xn--)?{_LABEL})++)(?P<path>{_PATH})"
)
# The host after a domain and "@" written with no scheme ("10086.cn@jf-lq.top"): see `_find_links`. (Not a mail service's, where it
# is an e-mail address whose name looks like a domain, "kefu.cn@qq.com".)
_MAIL_HOSTS = frozenset(
    "qq.com foxmail.com 163.com 126.com yeah.net sina.com sina.cn sohu.com 139.com 189.cn wo.cn aliyun.com gmail.com outlook.com "
    "hotmail.com live.com yahoo.com icloud.com".split()
)
_HOST_AFTER_AT = re.compile(rf"@(?P<host>{_LABEL}(?:{_DOT}(?:xn--)?{_LABEL})++)(?P<path>{_PATH})")
# A scheme followed by a host of any script ("https://工商银行.com"), which _HOST cannot start on.
_SCHEME_HOST = re.compile(
    rf"https?[ \t]?:[ \t]?//[ \t]?(?P<host>[^\s/?#:<>\"'，。！？、；：（）【】「」a-z0-9][^\s/?#:<>\"'，。！？、；：（）【】「」]*)(?P<path>{_PATH})"
)
_DOT_SPLIT = re.compile(_DOT)
# Cheap necessary conditions for the scans above, so that they run only on a text that can hold what
# they look for (most messages have no link at all). Each starts on a rare character, so that `re` can
# skip ahead to it; in the first, every alternative starts with a plain character for the same reason.
# _HOST needs a dot (in any of its forms) followed by the first character of a label:
_DOT_THEN_LABEL = re.compile(r"(?:\.|。|点|\(dot\)|\[\.\])[ \t]{0,2}[a-z0-9]")
# _SPACED yields a link only when a spaced-out dot is followed by a spaced-out character:
_SPACED_DOT = re.compile(r" [.。] [a-z0-9]")
# (_SCHEME_HOST, and a scheme before a host, need "http": a plain `in` test.)
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


# A link's host is read against the list once, whichever of the two questions below asks first.
_suffix_parts = functools.lru_cache(maxsize=4096)(_PUBLIC_SUFFIXES.__call__)


def registrable_domain(host: str) -> str:
    """The domain someone registered: "www.icbc.com.cn" → "icbc.com.cn"; a bare suffix ("gov.cn") or an
    unknown one is returned as it is."""
    return _suffix_parts(host).top_domain_under_public_suffix or host


def is_public_suffix(host: str) -> bool:
    """Whether the host is a suffix itself ("gov.cn", "com.cn"), where nobody's site can be."""
    parts = _suffix_parts(host)
    return not parts.domain and bool(parts.suffix)


# Cyrillic and Greek letters drawn like Latin ones (the Unicode confusables that phishing domains use), read as those where they
# touch a Latin letter or a digit: "іcbc-bank.com.cn" (a Cyrillic і), "jf-1008б.cc" (batches 48 and 49). A link
# holding one is a look-alike, as a punycode host is.
# (б is drawn as the digit 6: "jf-1008б.cc" imitates 10086.)
_LATIN_LOOKALIKES = dict(zip("аеорсухіјѕԁԛԝвкмнтбαορτυνικ", "aeopcyxijsdqwbkmht6aoptuvik", strict=True))
_LOOKALIKE_CLASS = "[" + "".join(_LATIN_LOOKALIKES) + "]"
# (Touching a Latin letter or a digit, or a dot with one on its other side ("icbc-vip.сом", "www.icbc.сом.cn"): not a dot between
# Russian words, "Привет.Со мной", which read so was the t.co shortener, a review found.) Both alternatives open on the letters
# themselves, so `re` skips ahead to them: this runs on every message that is not ASCII (0.22 ms on 5,000 characters with the
# look-behind first, 0.04 ms so).
_LOOKALIKE_IN_A_WORD = re.compile(
    f"{_LOOKALIKE_CLASS}(?:(?<=[a-z0-9]{_LOOKALIKE_CLASS})|(?<=[a-z0-9]\\.{_LOOKALIKE_CLASS})){_LOOKALIKE_CLASS}*"
    f"|{_LOOKALIKE_CLASS}+(?=\\.?[a-z0-9])"
)


def find_links(text: str, lowered: str | None = None, limit: int | None = None) -> list[FoundLink]:
    """All links in `text` (already normalised), in order. `lowered`: lower_in_place(text), if known.

    With `limit`, each scan stops after that many links and the first `limit` are returned: the same
    links as without it, except that when a spaced-out link replaces some of them fewer may be left.
    The work on a pasted wall of links ("a.cn " x 1000) stays bounded.
    """
    if lowered is None:
        lowered = lower_in_place(text)
    drawn = [] if lowered.isascii() else [match.span() for match in _LOOKALIKE_IN_A_WORD.finditer(lowered)]
    if not drawn:
        return _find_links(text, lowered, limit)
    pieces, at = [], 0
    for start, end in drawn:  # (one letter for one: the same length, the same places)
        pieces += [lowered[at:start], "".join(_LATIN_LOOKALIKES[c] for c in lowered[start:end])]
        at = end
    read = "".join(pieces) + lowered[at:]
    return [
        replace(link, is_punycode=True) if any(_in_host(read, link, start, end) for start, end in drawn) else link
        for link in _find_links(text, read, limit)
    ]


_PAST_THE_HOST = re.compile("[/?#]")


def _in_host(read: str, link: FoundLink, start: int, end: int) -> bool:
    """Whether a look-alike letter drawn at start..end stands in the link's host, not in its path ("ozon.ru/my/orders.Спасибо":
    a word run on after the path is no look-alike host)."""
    if not (link.start < end and start < link.end):
        return False
    before = read[link.start : max(start, link.start)]
    return _PAST_THE_HOST.search(before.split("//", 1)[-1]) is None


def _find_links(text: str, lowered: str, limit: int | None) -> list[FoundLink]:
    found: list[FoundLink] = []
    reader = _HostReader()
    any_scheme = "http" in lowered
    if _DOT_THEN_LABEL.search(lowered):
        for match in _HOST.finditer(lowered):
            written = match.group("host")
            if not reader.could_be_link(written, any_scheme):
                continue  # e.g. "3.5" or "v2.0" (with no scheme in front): no need to look for one
            host_start = match.start("host")
            scheme = _SCHEME_BEFORE.search(lowered, max(0, host_start - 12), host_start) if any_scheme else None
            start = scheme.start() if scheme else host_start
            if scheme is not None and lowered.startswith("@", match.end()):
                continue  # a user name before "@": the link with its real host is read below (_USER_AT)
            if scheme is None and lowered.startswith("@", match.end()):
                # "miguvideo.com@jf-lq.top", "10086.cn@jf-lq.top" with no scheme: a browser reads what stands before "@" as a user
                # name too, and goes to the host after it (a review found the official name taken for the host).
                real = _HOST_AFTER_AT.match(lowered, match.end())
                if real is not None and real.group("host") not in _MAIL_HOSTS:
                    link = reader.link(text, real.group("host"), False, start, real.end(), real.group("path").startswith("/"))
                    if link is not None:
                        found.append(link)
                    continue
            link = reader.link(text, written, scheme is not None, start, match.end(), match.group("path").startswith("/"))
            if link is not None:
                found.append(link)
                if len(found) == limit:
                    break
    if any_scheme and "@" in lowered:
        # "https://www.122.gov.cn@jg-wz.top/cl", "https://122gov@jg-wz.top": what stands between the scheme and the last
        # "@" before the path is a user name the browser ignores; the host is the one after it.
        for match in _USER_AT.finditer(lowered):
            link = reader.link(text, match.group("host"), True, match.start(), match.end())
            if link is not None:
                found = [other for other in found if not match.start() <= other.start < match.end()]
                found.append(link)
    if any_scheme:
        with_scheme = 0
        for match in _SCHEME_HOST.finditer(lowered):
            link = reader.link(text, match.group("host"), True, match.start(), match.end())
            if link is not None:
                found.append(link)
                with_scheme += 1
                if with_scheme == limit:
                    break
    spaced = _spaced_links(text, lowered, reader, limit) if _SPACED_DOT.search(lowered) else []
    if spaced:
        # A spaced-out link replaces the bits of it the other scans may have read as links.
        found = [link for link in found if not any(s.start <= link.start < s.end for s in spaced)] + spaced
    found.sort(key=lambda link: link.start)
    return found[:limit]


def _spaced_links(text: str, lowered: str, reader: _HostReader, limit: int | None) -> list[FoundLink]:
    links: list[FoundLink] = []
    for run in _SPACED.finditer(lowered):
        joined = run.group()[::2]  # every other character: the spaces sit at the odd positions
        if "." not in joined and "。" not in joined:
            continue
        offset = run.start()
        for match in _HOST.finditer(joined):
            start, end = offset + 2 * match.start(), offset + 2 * (match.end() - 1) + 1
            link = reader.link(text, match.group("host"), False, start, end)
            if link is not None:
                links.append(link)
                if len(links) == limit:
                    return links
    return links


class _Host(NamedTuple):
    host: str  # lower-case, dots restored
    domain: str
    is_ip: bool
    is_punycode: bool


def _reads_as_host(written: str, host: str, has_path: bool) -> bool:
    if written != host:
        return False
    name = host.rsplit(".", 1)[0]
    return not name.isdigit() and (has_path or any(ch.isdigit() or ch == "-" for ch in name))


def _read_host(written: str, has_scheme: bool, has_path: bool = False) -> _Host | None:
    """The host as written ("abc 。com"), read; None when it is no link (no known TLD, no dot)."""
    host = ".".join(part for part in _DOT_SPLIT.split(written) if part)
    if not host:
        return None
    is_ip = bool(_IPV4.fullmatch(host)) and all(int(p) <= 255 for p in host.split("."))
    # (Any country's TLD after www., which only a site's address opens with: "前往www.tm2.ch补充核查".)
    www = host.startswith("www.") and host.count(".") >= 2 and bool(_suffix_parts(host).suffix)
    tld = host.rsplit(".", 1)[-1]
    if not (has_scheme or is_ip or www or tld in _BARE_TLDS):
        return None
    if tld in _STRICT_TLDS and not (has_scheme or www) and not _reads_as_host(written, host, has_path):
        return None
    if "." not in host and not has_scheme:
        return None
    if not has_scheme and is_public_suffix(host):
        return None  # "官方网站均以gov.cn结尾": a suffix named, no site to go to
    is_punycode = not host.isascii() or any(label.startswith("xn--") for label in host.split("."))
    return _Host(host, host if is_ip else registrable_domain(host), is_ip, is_punycode)


class _HostReader:
    """Reads each host as written once per text: a pasted text repeats the same few many times."""

    def __init__(self) -> None:
        self._read: dict[tuple[str, bool, bool], _Host | None] = {}

    def _host(self, written: str, has_scheme: bool, has_path: bool = False) -> _Host | None:
        key = (written, has_scheme, has_path)
        if key not in self._read:
            self._read[key] = _read_host(written, has_scheme, has_path)
        return self._read[key]

    def could_be_link(self, written: str, scheme_possible: bool) -> bool:
        return self._host(written, False, True) is not None or (scheme_possible and self._host(written, True) is not None)

    def link(self, text: str, written: str, has_scheme: bool, start: int, end: int, has_path: bool = False) -> FoundLink | None:
        read = self._host(written, has_scheme, has_path)
        if read is None:
            return None
        return FoundLink(
            text=text[start:end],
            host=read.host,
            domain=read.domain,
            start=start,
            end=end,
            has_scheme=has_scheme,
            is_ip=read.is_ip,
            is_punycode=read.is_punycode,
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


def _one_left_out(word: str) -> list[tuple[int, str]]:
    """(place, the word without its character there) for each place."""
    return [(place, word[:place] + word[place + 1 :]) for place in range(len(word))]


def _within_one_edit(a: str, b: str) -> bool:
    # (What `Lookalikes` finds by look-ups; the tests compare the two.)
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
    """An institution's domain with the forms `Lookalikes` compares against, computed once."""

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
        self.tokens = _TOKEN_SPLIT.split(self.skeleton)
        self.host_skeleton = _skeleton(link.host)
        self.host_labels = self.host_skeleton.split(".")[:-1]


_TOKEN_SPLIT = re.compile(r"[-0-9]+")
_FIVE_DIGITS = re.compile(r"\d{5}")


def _label_runs(host: str) -> set[str]:
    """Every run of whole labels in `host`: "a.b.c" → a, b, c, a.b, b.c, a.b.c."""
    labels = host.split(".")
    return {".".join(labels[i:j]) for i in range(len(labels)) for j in range(i + 1, len(labels) + 1)}


def label_suffixes(host: str) -> set[str]:
    """The host and every domain it is under: "m.icbc.com.cn" → m.icbc.com.cn, icbc.com.cn, com.cn, cn."""
    labels = host.split(".")
    return {".".join(labels[i:]) for i in range(len(labels))}


class Lookalikes:
    """Which of a list of official domains a link imitates, by look-ups rather than a loop over them.

    Caught: the official domain used as a subdomain of another ("icbc.com.cn.abc.xyz"); the official
    name plus decoration ("icbc-vip.cn", "cmbchina95555.com"); a one-character slip or a confusable
    swap ("cmbchlna.com", "lcbc.com.cn"); the same name under another suffix ("icbc.com" for
    icbc.com.cn); a confusable in the suffix ("icbc.corn.cn"); the name as a subdomain of someone
    else's domain ("icbc.abc.xyz"); the institution's service number in the name ("95588-cn.com").
    A host that is the official domain or under it imitates nothing of that domain.
    """

    def __init__(self, officials: tuple[OfficialDomain, ...]) -> None:
        self._by_domain = self._index(officials, lambda o: [o.domain])
        self._by_name = self._index(officials, lambda o: [o.name_skeleton])
        self._by_domain_skeleton = self._index(officials, lambda o: [o.domain_skeleton])
        # The names of four characters or more, by their first character: only those starting with a character
        # of the link's name can stand in it.
        self._long_names: dict[str, list[tuple[str, frozenset[OfficialDomain]]]] = {}
        for name, found in self._index([o for o in officials if len(o.name_skeleton) >= 4], lambda o: [o.name_skeleton]).items():
            self._long_names.setdefault(name[0], []).append((name, found))
        # One slip from a name of five characters or more (`_within_one_edit`), by look-ups: the names; the
        # names with one character left out (a skeleton one shorter); the names with one character left
        # out at a given place (a skeleton as long, which differs from the name there only).
        slipped = [o for o in officials if len(o.name_skeleton) >= 5]
        self._edit_names = self._index(slipped, lambda o: [o.name_skeleton])
        self._edit_shorter = self._index(slipped, lambda o: [left_out for _, left_out in _one_left_out(o.name_skeleton)])
        self._edit_replaced: dict[tuple[int, str], set[OfficialDomain]] = {}
        for official in slipped:
            for place in _one_left_out(official.name_skeleton):
                self._edit_replaced.setdefault(place, set()).add(official)
        self._numbers = tuple(self._index(officials, lambda o: [n for n in o.service_numbers if len(n) >= 5]).items())

    @staticmethod
    def _index(officials, keys) -> dict[str, frozenset[OfficialDomain]]:
        index: dict[str, set[OfficialDomain]] = {}
        for official in officials:
            for key in keys(official):
                index.setdefault(key, set()).add(official)
        return {key: frozenset(found) for key, found in index.items()}

    def imitated(self, link: FoundLink) -> set[OfficialDomain]:
        if link.is_ip:
            return set()
        forms = _LinkForms(link)
        hits: set[OfficialDomain] = set()
        for run in _label_runs(forms.host):  # "icbc.com.cn.abc.xyz"
            hits.update(self._by_domain.get(run, ()))
        for word in {forms.skeleton, *forms.tokens, *forms.host_labels}:  # "icbc-vip.cn", "icbc.abc.xyz"
            hits.update(self._by_name.get(word, ()))
        for first in set(forms.skeleton):  # "cmbchina95555.com"
            for name, found in self._long_names.get(first, ()):
                if name in forms.skeleton:
                    hits.update(found)
        # (Not a name of digits alone: one digit apart is another service number's own site, "95598.cn" is the
        # State Grid's, not a look-alike of ICBC's "95588.com"; a digit added still contains the number, below.)
        if not forms.name.isdigit():  # "cmbchlna.com"
            hits.update(self._edit_names.get(forms.skeleton, ()))
            hits.update(self._edit_shorter.get(forms.skeleton, ()))
            for place, left_out in _one_left_out(forms.skeleton):
                hits.update(self._edit_names.get(left_out, ()))  # one character more than a name
                hits.update(self._edit_replaced.get((place, left_out), ()))
        for suffix in label_suffixes(forms.host_skeleton):  # "icbc.corn.cn"
            hits.update(self._by_domain_skeleton.get(suffix, ()))
        if _FIVE_DIGITS.search(forms.name):  # "95588-cn.com"
            for number, found in self._numbers:
                if number in forms.name:
                    hits.update(found)
        if hits:
            own = label_suffixes(forms.host)
            hits = {official for official in hits if official.domain not in own}
        return hits

    def disguises(self, link: FoundLink) -> bool:
        """Whether the link spells an official name with a look-alike character ("l0086-cz.cn" for 10086, "lcbc.com.cn"):
        the name's skeleton is in the host's, the name itself is not. An institution's own site never does that, so
        an incomplete domain list cannot explain it (a decorated name, "icbc-vip.cn", might be a site we do not list)."""
        if link.is_ip:
            return False
        host_skeleton = _skeleton(link.host)
        return any(
            official.domain.split(".")[0] not in link.host and official.name_skeleton in host_skeleton
            for official in self.imitated(link)
        )
