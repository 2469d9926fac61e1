"""Throughput of the SMS analyser, printed as figures (not a timed test).

    .venv/bin/python bench/bench_analysis.py

Targets (issue 3): at least 5,000 messages/s on one core for 200-character messages, and a
5,000-character message in under 5 ms. The messages are built from the labelled set, padded or cut
to length, with a mix of senders. Times are CPU time of this process (time.process_time), so other
work on a shared machine inflates them less than wall-clock time would; a pure-Python loop is timed
first as a yardstick for how fast this machine's core is.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triage.analysis import MAX_TEXT_LENGTH, analyze  # noqa: E402
from triage.analysis.sender import classify_sender  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "sms_labelled.jsonl"
SHORT_LENGTH = 200  # the typical message length
ROUNDS = 7
REPEATS_LONG = 5  # each 5,000-character message is timed this many times; the best counts
clock = time.process_time


def _records() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _fit(text: str, length: int) -> str:
    while len(text) < length:
        text = text + " " + text
    return text[:length]


def yardstick() -> float:
    start = clock()
    for _ in range(10_000_000):
        pass
    return clock() - start


def main() -> None:
    print(f"yardstick: 10M empty loop iterations take {yardstick():.2f} s CPU (compare machines with this)")
    records = _records()
    short = [(_fit(r["text"], SHORT_LENGTH), r.get("sender")) for r in records]
    for cold in (True, False):
        rates = []
        for _ in range(ROUNDS):
            if cold:
                classify_sender.cache_clear()
            start = clock()
            for text, sender in short:
                analyze(text, sender)
            rates.append(len(short) / (clock() - start))
        cache = "sender cache cleared each round" if cold else "senders cached"
        print(f"{SHORT_LENGTH}-char messages ({cache}): median {statistics.median(rates):,.0f} msg/s, "
              f"best {max(rates):,.0f} ({len(short)} messages x {ROUNDS} rounds)")

    long_texts = [_fit(r["text"], MAX_TEXT_LENGTH) for r in records[:40]]
    adversarial = [
        "转 " * (MAX_TEXT_LENGTH // 2),
        "a." * (MAX_TEXT_LENGTH // 2),
        "安全账户" * (MAX_TEXT_LENGTH // 4),
        "http://" * (MAX_TEXT_LENGTH // 7),
        "\u200b转" * (MAX_TEXT_LENGTH // 2),
    ]
    for label, texts in (("realistic", long_texts), ("adversarial", adversarial)):
        timings = []
        for text in texts:
            best = float("inf")
            for _ in range(REPEATS_LONG):
                start = clock()
                analyze(text, "13812345678")
                best = min(best, clock() - start)
            timings.append(best * 1000)
        print(f"{MAX_TEXT_LENGTH}-char messages ({label}): median {statistics.median(timings):.2f} ms, "
              f"max {max(timings):.2f} ms over {len(texts)}")


if __name__ == "__main__":
    main()
