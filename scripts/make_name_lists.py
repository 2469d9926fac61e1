"""Write triage/data/name_chars.toml and triage/data/ordinary_words.txt from jieba's dictionary.

    .venv/bin/pip install jieba==0.42.1 && .venv/bin/python scripts/make_name_lists.py

Run once by hand when the lists are to be rebuilt; jieba is not a runtime dependency. Its dict.txt
(MIT licence, about 349,000 words with a frequency and a part-of-speech tag) gives two things:
- given-name character statistics: how much more often a character stands in the given-name position
  of a word tagged `nr` (person name) whose first character is a surname than in ordinary words;
- ordinary words that begin with a surname character (严重, 高度, 周末, 万元 …): never taken for a name
  without a strong cue, because "欠款已严重逾期" is not about a person called 严重.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DICT = Path(jieba.__file__).parent / "dict.txt"
PERSON_TAGS = {"nr", "nrt", "nrfg"}
# A word is "ordinary" at this dictionary frequency or above (jieba's counts: 严重 10445, 周末 654,
# 万元 7476; rare compounds and old names sit below 50).
ORDINARY_MIN_FREQUENCY = 50
# Two-character words tagged as a person name this often are as likely the word (毛利, 石英, 许诺) as a
# name: a name only beside a strong cue.
NAME_WORD_MIN_FREQUENCY = 50
# Words tagged as a person name yet common enough to be ordinary words first (文明 6584, 高峰 1556).
PERSON_WORD_ORDINARY_FREQUENCY = 1000
# Two-character words at least this frequent mark a word boundary: a surname character that ends
# such a word with the character before it ("及时登入", "部门") or a given character that begins one
# with the character after it ("公证费") belongs to that word, not to a name.
BOUNDARY_MIN_FREQUENCY = 100
# Four-character dictionary words of any tag, and three-character ones not tagged as a person, used at
# least this often, that begin with a surname character (孙子兵法, 东方明珠, 高峰期): a name does not end
# inside one. No single-surname name has four characters, so jieba's person tag on 孙子兵法 or 白雪公主
# is ignored there; a three-character word tagged as a person is most often a real name (陈志强, 周杰伦),
# and a two-character name before its last character would be lost.
LONGER_WORD_MIN_FREQUENCY = 3
# A given-name pair seen after this many different surnames counts as a given name.
GIVEN_PAIR_MIN_SURNAMES = 3
# Person-tagged words this frequent are words first (高明 1000+, 黎明, 白云), whatever the surname.
PERSON_WORD_COMMON_FREQUENCY = 200
STRONG_GIVEN_SCORE = 1.5
# A person-tagged word of a common surname stays a name when its second character scores this much.
LIKELY_GIVEN_SCORE = 0.5
# Tiers of log(P(char in a given name) / P(char in ordinary words)), smoothed by 50 counts.
TIERS = (("strong", 1.5), ("likely", 0.5), ("possible", -0.5), ("unlikely", -math.inf))


def main() -> None:
    import tomllib

    names = tomllib.loads((ROOT / "triage" / "data" / "names.toml").read_text(encoding="utf-8"))
    table = names["surnames"]
    surnames = set(table["common"] + "".join(table["frequent"]) + "".join(table["rare"]))
    surnames |= {compound[0] for compound in table["compound"]}
    common = set(table["common"]) | {c[0] for c in names["surnames"]["compound"]}
    given, general = Counter(), Counter()
    given_pair_surnames: dict[str, set[str]] = {}
    ordinary = set()
    person_tagged: list[str] = []
    frequent_person_tagged: list[str] = []
    boundary = set()
    places = set()
    person_tag: dict[str, bool] = {}
    name_words = set()
    longer = set()
    for line in DICT.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        count = int(frequency)
        person_tag[word] = tag in PERSON_TAGS
        if tag == "nr" and len(word) in (2, 3) and word[0] in surnames:
            given.update(word[1:])
            if len(word) == 3:
                given_pair_surnames.setdefault(word[1:], set()).add(word[0])
        elif tag not in PERSON_TAGS:
            for ch in word:
                general[ch] += math.log1p(count)
        if (
            len(word) == 2
            and tag not in PERSON_TAGS
            and count >= BOUNDARY_MIN_FREQUENCY
            and all("\u4e00" <= ch <= "\u9fff" for ch in word)
        ):
            boundary.add(word)
        first_is_surname = word[0] in surnames
        if (
            first_is_surname
            and (len(word) == 4 or (len(word) == 3 and tag not in PERSON_TAGS))
            and count >= LONGER_WORD_MIN_FREQUENCY
            and all("\u4e00" <= ch <= "\u9fff" for ch in word)
        ):
            longer.add(word)
        if first_is_surname and len(word) == 2 and tag in PERSON_TAGS and count >= NAME_WORD_MIN_FREQUENCY:
            name_words.add(word)
        if first_is_surname and 2 <= len(word) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            if (tag not in PERSON_TAGS and count >= ORDINARY_MIN_FREQUENCY) or count >= PERSON_WORD_ORDINARY_FREQUENCY:
                ordinary.add(word)
                if tag == "ns" and len(word) == 2:
                    places.add(word)
            elif len(word) == 2 and tag in PERSON_TAGS and count >= ORDINARY_MIN_FREQUENCY:
                # jieba tags many ordinary words as names (祝福, 华为, 周转, 陈述 are "nr"); with a surname
                # outside the hundred most common, or a second character that is no given name, the word is
                # the likelier reading. 李娜, 高明 stay names.
                person_tagged.append(word)
                if count >= PERSON_WORD_COMMON_FREQUENCY:
                    frequent_person_tagged.append(word)
    given_total, general_total = sum(given.values()), sum(general.values())
    scores = {
        ch: math.log((given[ch] / given_total) / ((general[ch] + 50) / general_total))
        for ch in given
        if given[ch] >= 5 and "\u4e00" <= ch <= "\u9fff"
    }
    lines = [
        "# Given-name characters by how strongly they suggest a person's name (scripts/make_name_lists.py,",
        "# from jieba 0.42.1 dict.txt, MIT): tiers of log(P(char in a given name) / P(char in ordinary words)).",
        "# Read by triage/names.py. Characters in no tier (too rare in the dictionary to judge) count a little against.",
        "",
    ]
    upper = math.inf
    for tier, lower in TIERS:
        chars = "".join(sorted(ch for ch, s in scores.items() if lower <= s < upper))
        lines.append(f'{tier} = "{chars}"')
        upper = lower
    hand_given = set(names["given"]["strong"] + names["given"]["likely"])
    for word in person_tagged:
        if word[0] not in common or (scores.get(word[1], -9.0) < LIKELY_GIVEN_SCORE and word[1] not in hand_given):
            ordinary.add(word)
    strong_given = set(names["given"]["strong"]) | {ch for ch, score in scores.items() if score >= STRONG_GIVEN_SCORE}
    for word in frequent_person_tagged:
        # Frequent enough to be read as a word (高明, 黎明, 白云), unless the second character is a strong
        # given-name one (李娜, 王芳).
        if word[1] not in strong_given:
            ordinary.add(word)
    pairs = sorted(p for p, owners in given_pair_surnames.items() if len(owners) >= GIVEN_PAIR_MIN_SURNAMES)
    lines += [
        "",
        f"# Two-character given names found after at least {GIVEN_PAIR_MIN_SURNAMES} different surnames (王建国, 李建国, 张建国 …):",
        "# such a pair is a name even where it is also an ordinary word (建国, 国庆).",
        'pairs = "' + " ".join(pairs) + '"',
    ]
    (ROOT / "triage" / "data" / "name_chars.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    header = (
        "# Ordinary words that begin with a surname character (scripts/make_name_lists.py, from jieba 0.42.1\n"
        f"# dict.txt, MIT: words not tagged as a person with frequency >= {ORDINARY_MIN_FREQUENCY}, and person-tagged\n"
        f"# words with frequency >= {PERSON_WORD_ORDINARY_FREQUENCY}). One a line; read by triage/names.py.\n"
    )
    (ROOT / "triage" / "data" / "ordinary_words.txt").write_text(header + "\n".join(sorted(ordinary)) + "\n", encoding="utf-8")
    header = (
        "# Words that jieba tags as a person's name (高峰, 白雪, 安娜, 陆军, and two-character ones used at least\n"
        f'# {NAME_WORD_MIN_FREQUENCY} times: 毛利, 石英): a name beside one strong cue ("高峰先生", "尊敬的白雪"), a word\n'
        "# otherwise. Read by triage/names.py.\n"
    )
    person_words = sorted({w for w in ordinary if person_tag.get(w)} | name_words)
    (ROOT / "triage" / "data" / "person_words.txt").write_text(header + "\n".join(person_words) + "\n", encoding="utf-8")
    header = (
        "# Two-character place names among the ordinary words (jieba tag ns): they begin given names as often\n"
        "# (徐海 → 徐海涛, 金华 → 金华强). Read by triage/names.py.\n"
    )
    (ROOT / "triage" / "data" / "place_words.txt").write_text(header + "\n".join(sorted(places)) + "\n", encoding="utf-8")
    header = (
        "# Frequent two-character words (scripts/make_name_lists.py, from jieba 0.42.1 dict.txt, MIT: not tagged as\n"
        f"# a person, frequency >= {BOUNDARY_MIN_FREQUENCY}). A name does not cut through one. Read by triage/names.py.\n"
    )
    (ROOT / "triage" / "data" / "boundary_words.txt").write_text(header + "\n".join(sorted(boundary)) + "\n", encoding="utf-8")
    header = (
        "# Three- and four-character words that begin with a surname character (scripts/make_name_lists.py, from\n"
        f"# jieba 0.42.1 dict.txt, MIT: four characters any tag, three not tagged as a person; frequency >=\n"
        f"# {LONGER_WORD_MIN_FREQUENCY}). A candidate name that one of them runs past is part of the word (孙子兵法,\n"
        "# 东方明珠, 高峰期). Read by triage/names.py.\n"
    )
    (ROOT / "triage" / "data" / "longer_words.txt").write_text(
        header + "\n".join(sorted(longer - ordinary)) + "\n", encoding="utf-8"
    )
    print(f"{len(scores)} given-name characters, {len(ordinary)} ordinary words, {len(boundary)} boundary words")


if __name__ == "__main__":
    main()
