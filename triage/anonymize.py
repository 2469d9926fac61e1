"""Placeholder until the scrubber lands (issue 4)."""
from __future__ import annotations


def scrub(text: str) -> str:
    return text
