"""Families of near-duplicates: exact shingle Jaccard (triage.analysis.patterns.group) against MinHash LSH
(datasketch, if importable) on synthetic scrubbed messages (triage.review.synthetic).

Prints, for each method: seconds to group, recall (share of scam messages in their template's largest
family) and wrong (share of messages in a family led by another template or by a non-scam).

    DEBUG=true .venv/bin/python bench/bench_families.py [count]
    PYTHONPATH=/tmp/dsk DEBUG=true .venv/bin/python bench/bench_families.py 10000   # with datasketch
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from triage.analysis.patterns import MATCH_THRESHOLD, MERGE_THRESHOLD, SHINGLE_SIZE, group, shingles, template  # noqa: E402
from triage.anonymize import scrub  # noqa: E402
from triage.review.synthetic import TEMPLATES, messages  # noqa: E402


def score(families: list[list[int]], labels: list[int]) -> tuple[float, float]:
    """(recall, wrong) for families of size >= 2; a family belongs to its most common label. Genuine
    reminders of one template are a family too (not a scam one); noise (-1) is never in a family."""
    wrong, scams = 0, sum(1 for label in labels if label >= 0)
    best_family_for: dict[int, int] = {}
    for family in families:
        if len(family) < 2:
            continue
        label, size = Counter(labels[i] for i in family).most_common(1)[0]
        wrong += len(family) - size if label != -1 else len(family)
        if label >= 0:
            best_family_for[label] = max(best_family_for.get(label, 0), size)
    return sum(best_family_for.values()) / max(scams, 1), wrong / max(len(labels), 1)


def minhash_families(texts: list[str], threshold: float) -> list[list[int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, text in enumerate(texts):
        own = shingles(text)
        if not own:
            continue
        sketch = MinHash(num_perm=128)
        sketch.update_batch([s.encode() for s in own])
        for j in lsh.query(sketch):
            parent[find(i)] = find(j)
        lsh.insert(i, sketch)
    families: dict[int, list[int]] = {}
    for i in range(len(texts)):
        if shingles(texts[i]):
            families.setdefault(find(i), []).append(i)
    return sorted(families.values(), key=len, reverse=True)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    generated = messages(count)
    started = time.perf_counter()
    texts = [scrub(m.text) for m in generated]
    print(f"{count} messages, {len(TEMPLATES)} templates, scrubbed in {time.perf_counter() - started:.1f} s")
    print(f"trigrams (k={SHINGLE_SIZE}), threshold {MATCH_THRESHOLD}, leaders merged at {MERGE_THRESHOLD}")
    print(f"example template: {template(texts[0])}")
    labels = [m.family for m in generated]
    started = time.perf_counter()
    families = group(texts)
    seconds = time.perf_counter() - started
    recall, wrong = score(families, labels)
    print(
        f"shingle Jaccard (2 passes):{seconds:6.2f} s  recall {recall:6.1%}  wrong {wrong:5.1%}  families>=2 {sum(len(f) > 1 for f in families)}"
    )
    try:
        import datasketch  # noqa: F401
    except ImportError:
        print("datasketch not importable: MinHash LSH skipped")
        return
    started = time.perf_counter()
    families = minhash_families(texts, MATCH_THRESHOLD)
    seconds = time.perf_counter() - started
    recall, wrong = score(families, labels)
    print(
        f"MinHash LSH (datasketch):  {seconds:6.2f} s  recall {recall:6.1%}  wrong {wrong:5.1%}  families>=2 {sum(len(f) > 1 for f in families)}"
    )


if __name__ == "__main__":
    main()
