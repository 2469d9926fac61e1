"""The one text normaliser shared by the analyser and the scrubber.

`fold` keeps a 1:1-ish readable text: NFKC (full-width digits and letters to ASCII), no zero-width or
control characters, no NUL. Anything that changes length in other ways belongs in its own function.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi formatting characters used to split words past keyword filters.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
# C0/C1 controls except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text
