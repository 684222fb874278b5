"""Shared helpers of the hand-run benchmarks (not collected by pytest: collect_ignore in tests/conftest.py)."""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "corpus" / "docs" / "tiengiang-cchc-4thang-2020.txt"
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))


def reference_draft() -> Path:
    """The reference draft (../shared seed), or the largest sample when it is absent."""
    if SEED.exists():
        return SEED
    return max(SAMPLES.glob("*.md"), key=lambda p: p.stat().st_size)


def machine() -> str:
    return (f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"{platform.machine()}, {platform.system()}")


def timed(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    return time.perf_counter() - t0, proc


def med(xs) -> float:
    return statistics.median(xs)
