"""The SMS analyser: plain Python, no Django, so views, commands and reviews share it.

from triage.analysis import analyze
result = analyze("【招商银行】您尾号1234的信用卡已逾期……", sender="95555")
result.risk, result.flags, result.highlighted()
"""

from __future__ import annotations

from .analyzer import MAX_TEXT_LENGTH, RISK_LABELS, Analysis, Flag, Link, TextTooLong, analyze, flag_for_code
from .institutions import Institution, all_institutions, find_institution
from .normalize import fold, normalize
from .sender import classify_sender, sender_kind_label

__all__ = [
    "MAX_TEXT_LENGTH",
    "RISK_LABELS",
    "Analysis",
    "Flag",
    "Institution",
    "Link",
    "TextTooLong",
    "all_institutions",
    "analyze",
    "classify_sender",
    "find_institution",
    "flag_for_code",
    "fold",
    "normalize",
    "sender_kind_label",
]
