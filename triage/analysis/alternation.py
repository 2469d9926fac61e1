"""One regular-expression alternation of many words, written so that `re` scans it fast.

`re` tries each alternative of "a|b|c" in turn at every position whose character starts any of them. With
hundreds of words and common first characters (你, 到, 1) most of those tries fail on the first
character. Grouped by leading characters, as a trie ("你(?:a|b)|到(?:c)"), each position tries only the
alternatives that start with its character.
"""

from __future__ import annotations

# Characters that are syntax at the start of an alternative (or of what follows its first character).
SPECIAL = frozenset("()[]{}\\.^$|?*+~")


def plain_start(alternative: str) -> bool:
    """Whether the alternative starts with a plain character that no quantifier follows ("你?的" does not)."""
    return bool(alternative) and alternative[0] not in SPECIAL and alternative[1:2] not in ("?", "*", "+", "{")


def by_first_character(alternatives: list[str]) -> str:
    """The alternatives, each starting with a plain character (`plain_start`), as one alternation grouped
    by leading characters.

    It matches exactly what "|".join(alternatives) matches: at a given position only the alternatives
    starting with that character can match, and within a group the order is kept (so "longest first"
    lists keep their meaning). A group is split again only when every alternative in it goes on with a
    plain character: an empty rest, a "[class]" or a look-around could match where a later one does, so
    their order must stay.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not plain_start(alternative):
            raise ValueError(f"an alternative must start with a plain character: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = []
    for first, rests in groups.items():
        if rests == [""]:
            parts.append(first)
        elif all(plain_start(rest) for rest in rests):
            parts.append(f"{first}(?:{by_first_character(rests)})")
        else:
            parts.append(f"{first}(?:{'|'.join(rests)})")
    return "|".join(parts)
