"""Hostile text shapes at 100 KB and 1 MB: the whole rule set must stay linear on each.

Run by hand (not collected by pytest): ``python tests/bench/bench_hostile_shapes.py``
(``--small 20000 --growth 10`` to change the sizes, ``--only nested`` for one shape,
``--profile NAME`` for a cProfile of one shape at the large size).

For each shape one paragraph of about ``small`` and ``small * growth`` characters is built
in memory and checked in-process with every rule (the read, the extraction and the kinds, as
``draftcheck check`` runs them, without the process start). The ratio of the two times should be
close to the growth (10: linear); a quadratic step shows as ~100. Internal errors (CK000) are
counted too: a shape must not crash a rule at any size.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, reference_draft  # noqa: E402

from checker.engine import run  # noqa: E402
from checker.extract import build_document  # noqa: E402
from checker.ruleset import load_ruleset  # noqa: E402


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def colon_letters(size: int) -> str:
    # a number, then a long run of letters with no colon after it, in one sentence
    return _fill("Kết quả: có 10 " + "x" * 400 + " ", size) + "hết."


def tong_gom_va(size: int) -> str:
    return _fill("tổng 10 gồm 4 và 5 ", size)


def nested_parens(size: int) -> str:
    k = max(1, (size - 14) // 8)
    return "Tổng 10 hồ sơ " + "(gồm 5 " * k + ")" * k


def huge_figures(size: int) -> str:
    # figures of 29 to 40 digits in sums, shares and changes, one line
    unit = ("tổng 5" + "0" * 30 + " hồ sơ, gồm 4 hồ sơ và 5" + "0" * 28 + " hồ sơ, đạt 9" + "9" * 29 + "% "
            "(677/2" + "2" * 35 + " hồ sơ), tăng 1" + "1" * 39 + "% so với cùng kỳ 18%; ")
    return _fill(unit, size)


def report_line(size: int) -> str:
    # ordinary report text, every line of the reference draft joined into one line
    text = " ".join(reference_draft().read_text(encoding="utf-8").split())
    return _fill(text + " ", size)


def short_sentences(size: int) -> str:
    # one paragraph of many short sentences, a list of outcomes among them: each sentence looks
    # back over the few before it, never over all (that slice was quadratic)
    return _fill("Khám phá 10 vụ. Khởi tố 5 vụ; xử lý hành chính 3 vụ; xử lý khác 2 vụ. Có 12 hộ. ", size)


SHAPES = {
    "colon+letters": colon_letters,
    "short-sentences": short_sentences,
    "tổng/gồm/và": tong_gom_va,
    "nested": nested_parens,
    "29+digits": huge_figures,
    "report-line": report_line,
}


def check_once(rules, text: str) -> tuple[float, int, int]:
    doc = build_document(text)
    t0 = time.perf_counter()
    report = run(doc, rules)
    dt = time.perf_counter() - t0
    return dt, len(report.internal_errors), len(report.findings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=100_000, help="characters of the small paragraph")
    ap.add_argument("--growth", type=int, default=10, help="the large paragraph is this many times longer")
    ap.add_argument("--only", default="", help="run only the shapes whose name contains this")
    ap.add_argument("--profile", default="", help="cProfile one shape (by name) at the large size")
    args = ap.parse_args()
    rules = load_ruleset()
    if args.profile:
        import cProfile
        import pstats

        make = next(f for name, f in SHAPES.items() if args.profile in name)
        doc = build_document(make(args.small * args.growth))
        prof = cProfile.Profile()
        prof.enable()
        run(doc, rules)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return
    print(machine())
    print(f"{'shape':<16}{'small':>10}{'t small':>10}{'large':>11}{'t large':>10}{'ratio':>8}{'CK000':>7}{'findings':>10}")
    check_once(rules, "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.")  # warm the rule set's caches
    for name, make in SHAPES.items():
        if args.only and args.only not in name:
            continue
        small, large = make(args.small), make(args.small * args.growth)
        t1, e1, _ = min(check_once(rules, small) for _ in range(2))
        t2, e2, n2 = check_once(rules, large)
        print(f"{name:<16}{len(small):>10}{t1:>9.2f}s{len(large):>11}{t2:>9.2f}s{t2 / max(t1, 1e-6):>8.1f}"
              f"{e1 + e2:>7}{n2:>10}")


if __name__ == "__main__":
    main()
