"""One regular-expression alternation of many words, written so that `re` scans it fast.

`re` tries each alternative of "a|b|c" in turn at every position whose character starts any of them. With
hundreds of words and common first characters (你, 到, 1) most of those tries fail on the first
character. Grouped by leading characters, as a trie ("你(?:a|b)|到(?:c)"), each position tries only the
alternatives that start with its character.
"""

from __future__ import annotations

import re

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


def pattern_syntax(pattern: str):
    """(index, character, is_syntax) for each character of a pattern.

    is_syntax is False inside a [character class] and for an escaped character: only the others can be
    groups, alternation bars, quantifiers or the rules' "~" gap.
    """
    in_class, escaped = False, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
            yield i, char, False
        elif char == "\\":
            escaped = True
            yield i, char, False
        elif in_class:
            in_class = char != "]"
            yield i, char, False
        elif char == "[":
            in_class = True
            yield i, char, False
        else:
            yield i, char, True


def split_top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern`: split at each "|" outside groups and [classes]."""
    parts, depth, start = [], 0, 0
    for i, char, syntax in pattern_syntax(pattern):
        if not syntax:
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# A top-level alternative that starts with a group of words, "(?:致电|拨打)…", or with a [class] of plain
# characters, "[*x×]…", neither quantified: the words (or the characters), then the rest.
_LEADING_GROUP = re.compile(r"\(\?:([^()\[\]\\]+)\)(?![?*+{])(.*)", re.DOTALL)
_LEADING_CLASS = re.compile(r"\[([^\[\]\\^-]+)\](?![?*+{])(.*)", re.DOTALL)


def skipping_ahead(pattern: str) -> str:
    """`pattern` written so that `re` can skip ahead to the characters a match can start with.

    `re` skips ahead only when every top-level alternative starts with a plain character: one that starts
    with a group of words, "(?:致电|拨打)X", or a class, "[*x×]X", has it try the whole alternation at every
    position of the text. Each such alternative is spread into one alternative per word or character,
    "致电(?:X)|拨打(?:X)", tried in the same order, so the pattern matches exactly as before: the same text
    at the same places. (X is written once per word, so it may hold no capturing group.)
    """
    parts = []
    for alternative in split_top_level(pattern):
        group = _LEADING_GROUP.fullmatch(alternative)
        chars = _LEADING_CLASS.fullmatch(alternative)
        if group and all(plain_start(word) for word in group[1].split("|")):
            firsts, rest = group[1].split("|"), group[2]
        elif chars:
            firsts, rest = [re.escape(char) for char in chars[1]], chars[2]
        else:
            parts.append(alternative)
            continue
        if re.compile(rest).groups:
            raise ValueError(f"a capturing group would be repeated: {alternative!r}")
        parts += [f"{first}(?:{rest})" if rest else first for first in firsts]
    return "|".join(parts)
