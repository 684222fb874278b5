"""1,000 drafts (generated from the samples and the reference draft) with ``--jobs 2``
(goal ≤ 20 s on two cores), and optionally a pyinstrument profile of one worker's share.

    python tests/bench/bench_batch.py [--n 1000] [--jobs 2] [--profile]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SAMPLES, machine, reference_draft, timed


def generate(folder: Path, n: int, seed: int = 9) -> list[Path]:
    """``n`` drafts: the samples and the reference draft with their numbers and dates varied
    (so no two files are the same), one file a draft, in 10 sub-folders."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.md"))]
    sources.append(reference_draft().read_text(encoding="utf-8"))

    def vary(m: re.Match) -> str:
        s = m.group(0)
        return s if rng.random() < 0.8 else str(max(0, int(s.replace(".", "")) + rng.randint(-3, 3)))

    out = []
    for i in range(n):
        text = re.sub(r"(?<![\d/.,])\d{1,3}(?:\.\d{3})*(?![\d/.,])", vary, sources[i % len(sources)])
        d = folder / f"batch{i % 10}"
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"draft-{i:04d}.md"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="draftcheck-batch-") as tmp:
        folder = Path(tmp)
        files = generate(folder, args.n)
        size = sum(f.stat().st_size for f in files)
        cmd = [sys.executable, "-m", "checker", "check", "--jobs", str(args.jobs), "--format", "json",
               "-o", str(folder / "out.json"), str(folder)]
        elapsed, proc = timed(cmd, cwd=ROOT)
        assert proc.returncode in (0, 1), proc.stderr[-2000:]
        print(f"machine: {machine()}")
        print(f"{len(files)} drafts ({size / 1e6:.1f} MB) with --jobs {args.jobs}: {elapsed:.1f} s "
              f"({elapsed / len(files) * 1000:.1f} ms a draft); goal <= 20 s on two cores")
        if args.profile:
            from pyinstrument import Profiler

            from checker import check_path, load_ruleset

            rules = load_ruleset()
            p = Profiler()
            t0 = time.perf_counter()
            p.start()
            for f in files[: len(files) // args.jobs]:
                check_path(str(f), rules)
            p.stop()
            print(f"one worker's share in-process: {time.perf_counter() - t0:.1f} s")
            print(p.output_text(unicode=True, color=False))


if __name__ == "__main__":
    main()
