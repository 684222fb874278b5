"""The large fuzz campaign (issue #9): the property tests of tests/test_fuzz_*.py with
HYPOTHESIS_PROFILE=large (12,500 examples a test by default, >= 100,000 in all), reporting the
example count and the wall time. Run by hand; it takes about an hour on two cores.

    python tests/bench/bench_fuzz_large.py [--per-test 12500] [--processes 2] [-k NAME]

The property tests are shared round-robin between ``--processes`` pytest processes run side
by side (no pytest plugin needed); each prints hypothesis' statistics, which are summed here.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time

from _common import ROOT, machine

FUZZ = ["tests/test_fuzz_text.py", "tests/test_fuzz_inputs.py", "tests/test_hostile_docx.py"]


def property_tests() -> list[str]:
    """Node ids of the hypothesis tests (``@given``) of the fuzz modules."""
    ids = []
    for path in FUZZ:
        src = (ROOT / path).read_text(encoding="utf-8")
        for m in re.finditer(r"@given\([^\n]*\n(?:@[^\n]*\n)*def (test_\w+)", src):
            ids.append(f"{path}::{m.group(1)}")
    return ids


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-test", type=int, default=12500)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("-k", dest="only", help="only the property tests whose name contains this")
    args = ap.parse_args()
    tests = [t for t in property_tests() if not args.only or args.only in t]
    groups = [tests[i::args.processes] for i in range(args.processes)]
    env = dict(os.environ, HYPOTHESIS_PROFILE="large", HYPOTHESIS_MAX_EXAMPLES=str(args.per_test))
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:warnings",
                               "--hypothesis-show-statistics", *group],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for group in groups if group]
    outputs = [p.communicate()[0] for p in procs]
    wall = time.perf_counter() - t0
    total, rows, failed = 0, [], False
    for out, proc in zip(outputs, procs):
        failed |= proc.returncode != 0
        for name, count in re.findall(r"::(test_\w+)[^\n]*:\n(?:(?!::test_).*\n)*?\s+- (\d+) passing(?: examples)?", out):
            rows.append((name, int(count)))
            total += int(count)
        print(out[-2500:])
    print(f"machine: {machine()}")
    for name, count in rows:
        print(f"  {count:>7,}  {name}")
    print(f"large profile: {total:,} passing examples in {len(rows)} property tests, "
          f"wall time {wall / 60:.1f} min on {len(procs)} processes, "
          f"{'FAILED' if failed else 'all passed'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
