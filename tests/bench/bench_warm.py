"""Warm, in-process: the reference draft (goal ≤ 30 ms) and growth for 1×, 10×, 100× the text
(goal ≤ 1.1× linear: time(k×)/(k × time(1×)) ≤ 1.1).

    python tests/bench/bench_warm.py [--repeat 7] [--profile]
"""
from __future__ import annotations

import argparse
import time

from _common import machine, reference_draft


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="pyinstrument profile of the 10x run")
    args = ap.parse_args()
    from checker import check_text, load_ruleset

    rules = load_ruleset()
    draft = reference_draft()
    text = draft.read_text(encoding="utf-8")
    check_text(text, rules)  # warm: imports, compiled patterns

    def best(t: str, repeat: int) -> float:
        out = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            check_text(t, rules)
            out = min(out, time.perf_counter() - t0)
        return out

    print(f"machine: {machine()}")
    base = best(text, args.repeat)
    print(f"reference draft {draft.name} ({len(text):,} chars): {base * 1000:.1f} ms (best of {args.repeat}); "
          "goal <= 30 ms")
    for k in (1, 10, 100):
        big = "\n\n".join([text] * k)
        t = best(big, max(1, args.repeat // k) if k > 1 else args.repeat)
        print(f"  {k:>3}x ({len(big):>10,} chars): {t * 1000:9.1f} ms  per-copy {t / k * 1000:7.1f} ms  "
              f"growth vs linear {t / (k * base):.2f} (goal <= 1.1)")
    if args.profile:
        from pyinstrument import Profiler

        p = Profiler()
        p.start()
        check_text("\n\n".join([text] * 10), rules)
        p.stop()
        print(p.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
