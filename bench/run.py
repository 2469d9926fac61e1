"""`make bench`: run every benchmark script in this folder and print their figures.

Each script prints its own lines; targets are documented in the README and checked by eye, never in
the test suite (timed tests are flaky on shared machines).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Benchmarks that fill their database with a million rows: only on a PostgreSQL scratch database, never
# on the SQLite file of a local clone.
NEEDS_POSTGRES = {"bench_dashboard"}


def main() -> int:
    env = {"SECRET_KEY": "bench-secret-key-not-for-production-0123456789", **os.environ}
    failed = 0
    postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    for script in sorted(HERE.glob("bench_*.py")):
        if script.stem in NEEDS_POSTGRES and not postgres:
            print(f"== {script.stem}: skipped (set DATABASE_URL to a scratch PostgreSQL database) ==", flush=True)
            continue
        print(f"== {script.stem} ==", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, env=env)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
