"""Official numbers a person can tap: tel: links to call, and an SMS to 12321 to report a message.

Only the numbers of the official channels (triage/data/channels.toml, with their sources) become links;
any other number in a text, above all one a message gave, stays plain text, since calling back the
sender's number is what the site warns against.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# 12321 takes reports by SMS in the form "被举报号码*短信内容"; its line for calls is 010-12321
# (网络不良与垃圾信息举报受理中心, www.12321.cn, as channels.toml and legal_bases.toml cite it).
REPORT_SMS_NUMBER = "12321"
REPORT_CALL_NUMBER = "010-12321"

# An SMS body longer than this is cut: 12321 reads one message, and a 5,000-character link is more than
# some phones hand to their messaging app.
MAX_SMS_BODY = 600

# A web address or a number, as the texts write them: "ipcrs.pbccrc.org.cn", "400-810-8866", "12368".
# The address goes first so that the digits of "www.12321.cn" are not read as a number.
# Chinese runs straight into a number ("向12321举报"), so only Latin letters and digits bound a token.
_TOKEN = re.compile(
    r"(?P<host>(?<![A-Za-z0-9.-])(?:[a-z0-9-]+\.)+(?:cn|com|org|net)(?![A-Za-z0-9-]|\.[A-Za-z0-9]))"
    r"|(?P<number>(?<![A-Za-z0-9.+-])\d[\d-]*\d(?![A-Za-z0-9-]))",
    re.IGNORECASE,
)


@functools.cache
def official_numbers() -> frozenset[str]:
    """The dialable numbers of the official channels, digits only, and 12321's line for calls."""
    from triage import wizard

    numbers = {re.sub(r"\D", "", channel.number) for channel in wizard.channels().values() if channel.number}
    numbers = {number for number in numbers if number}
    return frozenset(numbers | {re.sub(r"\D", "", REPORT_CALL_NUMBER)})


def tel_href(number: str) -> str:
    return "tel:" + re.sub(r"[^\d+]", "", number)


def sms_href(body: str = "") -> str:
    """An SMS to 12321, its body filled when there is one. "?&body=" is what both Android (RFC 5724's
    "?body=") and iOS ("&body=") read."""
    if not body:
        return f"sms:{REPORT_SMS_NUMBER}"
    return f"sms:{REPORT_SMS_NUMBER}?&body={quote(body[:MAX_SMS_BODY], safe='')}"


def report_body(sender: str, text: str) -> str:
    """12321's format, "号码*内容", from what the person typed (never from storage: see the message step)."""
    text = " ".join(text.split())
    sender = re.sub(r"[\s()（）-]", "", sender)
    return f"{sender}*{text}" if text or sender else ""


def link_numbers(text: str, sms_body: str = "") -> SafeString:
    """The text, escaped, with each official number a link (12321 one to report by SMS) and web addresses
    and numbers kept whole on one line."""
    out: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        out.append(escape(text[last : match.start()]))
        token = match.group(0)
        digits = re.sub(r"\D", "", token)
        if match.group("number") and digits == REPORT_SMS_NUMBER:
            out.append(f'<a class="tel nowrap" href="{escape(sms_href(sms_body))}">{escape(token)}</a>')
        elif match.group("number") and digits in official_numbers():
            out.append(f'<a class="tel nowrap" href="{tel_href(token)}">{escape(token)}</a>')
        elif match.group("host") or "-" in token:
            out.append(f'<span class="nowrap">{escape(token)}</span>')
        else:
            out.append(escape(token))
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))
