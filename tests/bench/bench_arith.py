"""Benchmark of the arithmetic family (run by hand, not collected by pytest):

    python tests/bench/bench_arith.py [path-to-reference-draft]

Times the reference draft and a synthetic report 10× and 100× its size (the draft's body
repeated), and prints the time per size and the growth factor, which must be ~linear.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from checker import load_ruleset
from checker.engine import run
from checker.extract import build_document
from checker.ruleset import RuleSet

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT.parent / "shared" / "seed" / "tiengiang-cchc-4thang-2020.txt"
SYNTHETIC = """Cấp tỉnh đã tiếp nhận 54.575 hồ sơ; đã giải quyết 51.780 hồ sơ, đúng và trước hạn 51.072 hồ sơ, đạt tỷ lệ 98,63%; quá hạn còn 708 hồ sơ, chiếm tỷ lệ 1,37%.

Tỉnh có 2025 TTHC (cấp tỉnh: 1.644; cấp huyện: 263; cấp xã: 118); tỷ lệ nộp trực tuyến đạt 30,73% (677/2203 hồ sơ) tăng 12,73% so với kỳ trước là 18% (2.678/14.877 hồ sơ).
"""


def timed(text: str, rules: RuleSet, reps: int = 3) -> tuple[float, float, int]:
    """(seconds to read the text, seconds for the arithmetic rules, findings); best of reps.
    Reading (NFC map, blocks) belongs to the extract layer and is reported apart."""
    best_read, best, n = float("inf"), float("inf"), 0
    for _ in range(reps):
        t0 = time.perf_counter()
        doc = build_document(text)
        t1 = time.perf_counter()
        report = run(doc, rules)
        best = min(best, time.perf_counter() - t1)
        best_read = min(best_read, t1 - t0)
        n = len(report.findings)
    return best_read, best, n


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    base = path.read_text(encoding="utf-8") if path.exists() else SYNTHETIC * 40
    body = base.split("Nơi nhận")[0]  # the closing blocks once, at the end
    rules = RuleSet([r for r in load_ruleset().rules if r.category == "arithmetic"])
    rows = []
    for factor in (1, 10, 100):
        text = "\n\n".join([body] * factor) + base[len(body):]
        read, secs, n = timed(text, rules, reps=3 if factor < 100 else 1)
        rows.append((factor, len(text), secs, n, read))
    print(f"{'size':>6} {'chars':>10} {'check s':>9} {'findings':>9} {'s / 1× size':>12} {'read s':>9}")
    for factor, chars, secs, n, read in rows:
        print(f"{factor:>5}× {chars:>10} {secs:>9.3f} {n:>9} {secs / factor:>12.4f} {read:>9.3f}")
    g10 = rows[1][2] / rows[0][2]
    g100 = rows[2][2] / rows[1][2]
    print(f"growth 1×→10×: {g10:.1f}  10×→100×: {g100:.1f}  (linear ≈ 10)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
