"""The large fuzz campaign (issue #9): the fuzz tests with HYPOTHESIS_PROFILE=large
(12,500 examples a test by default, >= 100,000 in all), reporting the example count and the
wall time. Run by hand; it takes hours on two cores.

    python tests/bench/bench_fuzz_large.py [--per-test 12500] [-n 2]

``-n 2`` runs the tests in two processes when pytest-xdist is installed.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time

from _common import ROOT, machine

FUZZ = ["tests/test_fuzz_text.py", "tests/test_fuzz_inputs.py"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-test", type=int, default=12500)
    ap.add_argument("-n", type=int, default=1, help="pytest-xdist processes")
    args = ap.parse_args()
    env = dict(os.environ, HYPOTHESIS_PROFILE="large", HYPOTHESIS_MAX_EXAMPLES=str(args.per_test))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:warnings", "--hypothesis-show-statistics", *FUZZ]
    if args.n > 1:
        cmd += ["-n", str(args.n)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    counts = [int(n) for n in re.findall(r"- (\d+) passing examples", proc.stdout)]
    print(proc.stdout[-3000:])
    print(f"machine: {machine()}")
    print(f"large profile: {sum(counts):,} passing examples in {len(counts)} property tests, "
          f"wall time {wall / 60:.1f} min, pytest exit {proc.returncode}")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
