"""The phrasing generators at a large size, family by family (issue 14's goal: >= 95 % of broken
relations found at their line, <= 1 % of consistent cases flagged, per family).

    python tests/bench/bench_phrasing_rates.py [N]     # N cases per family and side (default 200)

Each generator module of the test suite is driven one family at a time (its template list
narrowed to that family), N consistent and N broken cases drawn by its own strategy; a case
counts as found when the test's own oracle holds (the rule on the relation's line). Not
collected by pytest; the suite runs the same strategies at the ci profile.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import NonInteractiveExampleWarning  # noqa: E402

warnings.simplefilter("ignore", NonInteractiveExampleWarning)


def draw_many(strategy, n: int) -> list:
    out = []

    @settings(max_examples=n, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(x):
        out.append(x)

    collect()
    return out


def rates(name, families, make, flagged_at, n):
    """families: list of (label, patch) — patch() narrows the module to that family."""
    rows = []
    for label, patch in families:
        restore = patch()
        try:
            ok = draw_many(make(False), n)
            bad = draw_many(make(True), n)
        finally:
            restore()
        fa = sum(1 for case in ok if flagged_at(case, consistent=True))
        found = sum(1 for case in bad if flagged_at(case, consistent=False))
        rows.append((name, label, len(bad), found, len(ok), fa))
    return rows


def narrowing(module, attr, items):
    """One family of ``module.attr`` at a time."""
    out = []
    for item in items:
        def patch(item=item):
            old = getattr(module, attr)
            setattr(module, attr, [item])
            return lambda: setattr(module, attr, old)
        label = item[0] if isinstance(item, tuple) and isinstance(item[0], str) and "{" not in item[0] else str(item)[:60]
        out.append((label, patch))
    return out


def main(n: int) -> None:
    import test_phrasing_breakdown as tb
    import test_phrasing_change as tc
    import test_phrasing_complements as tk
    import test_phrasing_contributions as tq
    import test_phrasing_lists as tl
    import test_phrasing_per_each as tp
    import test_phrasing_rank as tr
    import test_phrasing_share as ts
    import test_phrasing_plan as tpl
    import test_phrasing_points as tpt
    import test_phrasing_periods as tpe
    import test_phrasing_average as tav
    import test_phrasing_implicit_change as tic

    def oracle(fn, code):
        def at(case, consistent):
            text, line = case
            found = fn(text)
            return bool(found) if consistent else (code, line) in found
        return at

    rows = []
    # shares: the strategy takes its family as arguments
    for fam, tmpl in ts.FAMILIES:
        rows += rates("share", [(fam, lambda: (lambda: None))], lambda broken, f=fam, t=tmpl: ts.share_case(f, t, broken),
                      oracle(ts._flagged, "AR003"), n)
    rows += rates("total", narrowing(tb, "FAMILIES", tb.FAMILIES), lambda b: tb.breakdown_case(broken=b),
                  oracle(tb._flagged, "AR001"), n)
    rows += rates("change", narrowing(tc, "FAMILIES", tc.FAMILIES), lambda b: tc.change_case(broken=b),
                  oracle(tc._flagged, "AR005"), n)

    def k_flag(text):
        return [(c, ln) for c, ln, sev in tk._findings(text) if sev != "info"]
    rows += rates("complement", narrowing(tk, "FAMILIES", tk.FAMILIES), lambda b: tk.split_case(broken=b),
                  oracle(k_flag, "AR001"), n)
    rows += rates("list", narrowing(tl, "INTROS_COMPLETE", tl.INTROS_COMPLETE), lambda b: tl.list_case(broken=b),
                  oracle(tl._flagged, "AR001"), n)
    rows += rates("rank", narrowing(tr, "FAMILIES", tr.FAMILIES), lambda b: tr.rank_case(broken=b),
                  oracle(tr._found, "AR032"), n)
    rows += rates("per-each", narrowing(tp, "DESIGNS", tp.DESIGNS), lambda b: tp.design_case(broken=b),
                  oracle(tp._found, "AR034"), n)
    rows += rates("contribution", narrowing(tq, "FAMILIES", tq.FAMILIES), lambda b: tq.contribution_case(broken=b),
                  oracle(tq._found, "AR033"), n)
    rows += rates("plan", narrowing(tpl, "FAMILIES", tpl.FAMILIES), lambda b: tpl.plan_case(broken=b),
                  oracle(tpl._found, "AR037"), n)

    def pt_flag(text):
        return [(f.code, f.span.line) for f in tpt._found(text)]
    rows += rates("points", narrowing(tpt, "FAMILIES", tpt.FAMILIES),
                  lambda b: tpt.points_case(broken=b).map(lambda c: c[:2]), oracle(pt_flag, "AR005"), n)
    rows += rates("period change", narrowing(tpe, "FAMILIES", tpe.FAMILIES), lambda b: tpe.period_case(broken=b),
                  oracle(tpe._found, "AR005"), n)
    rows += rates("implicit change", narrowing(tic, "FAMILIES", tic.FAMILIES), lambda b: tic.implicit_case(broken=b),
                  oracle(tic._flagged, "AR005"), n)
    rows += rates("average", narrowing(tav, "FAMILIES", tav.FAMILIES), lambda b: tav.average_case(broken=b),
                  oracle(tav._found, "AR038"), n)
    worst_found, worst_fa = 1.0, 0.0
    print(f"{'relation':<13} {'family':<46} {'broken found':>14} {'consistent flagged':>19}")
    for name, label, nb, found, nok, fa in rows:
        rf, rfa = found / nb if nb else 1.0, fa / nok if nok else 0.0
        worst_found, worst_fa = min(worst_found, rf), max(worst_fa, rfa)
        print(f"{name:<13} {label[:46]:<46} {found:>5}/{nb:<4} {rf:6.1%} {fa:>5}/{nok:<4} {rfa:6.1%}")
    print(f"worst family: {worst_found:.1%} of broken found, {worst_fa:.1%} of consistent flagged")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
