"""Adversarial strings and a timing helper shared by the fuzz and limit tests (not a test module).

"Linear" is checked as a size ratio with a wide margin: the input grows ``GROWTH``× and the
time may grow at most ``MAX_RATIO``× (linear ≈ 16×, quadratic ≈ 256×), and only when the
large run is slow enough (``FLOOR`` seconds) for the ratio to mean something.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import time

GROWTH = 16
MAX_RATIO = 64
FLOOR = 0.05

# units repeated many times: digits, separators, Vietnamese cue words, brackets, code pieces
UNITS = [
    "1", "1.", "1,", "1/", "1 /", "1-", "1:", "1 ", "12.345", "1,5%", "01/02/", "1/2/2020 ",
    "a", "a ", "a.", "a-", "a/", "a@", "@", ".", ",", "/", "-", "–", ":", "|", "#", "*", "(", ")", "((",
    "<", "<a", ">", " ", "\t", "\n", " \n", "\n\n", "I", "I. ", "IV", "A", "A-", "A/", "AB-CD/", "Đ",
    "ĐĐ-", "UBND", "QĐ-", "1/QĐ-", "1/2020/", "ngày ", "ngày 1 ", "tháng ", "tháng 1 ", "năm ",
    "năm 2020 ", "quý ", "quý I ", "thứ ", "thứ hai ", "chủ nhật ", "của ", "của A ", "số ",
    "Nghị định ", "Nghị định số ", "1 tháng ", "từ đầu năm ", "khoảng ", "tổng ", "gồm ", "trong đó ",
    "tỷ ", "1 tỷ ", "1 hồ sơ, ", "1 hồ sơ (", "đạt 1%, ", "www.", "http://", "a@a.", "x ngày 1/",
    "Tiền Giang, ", ", ngày ", "- ", "+ ", "1) ", "a) ", "1.1. ", "| 1 ", "1\t", "<!-- ", "Nơi nhận:",
    "e\u0301", "\u0301", "ư", "Ư ", "\u00a0", "\ufeff", "\r\n", "\r",
    # the shapes of tests/test_hostile_text.py: letter runs, NUL bytes, list cues, parentheses
    "x", "xx ", "1 x", "x:", ": x", "1 x ", "\x00", "1\x00", "a\x00 ", "tổng 1 gồm 1 và 1 ", "(gồm 1 ", "1 (",
    "gồm 1, ", "1 hồ sơ, đạt ", "1 hồ sơ ", "đạt tỷ lệ ", "tăng 1% so với ", "1/2 ", "  ", "\t ",
]

# (prefix, unit): the unit repeated after a prefix that sets up a late failure: a long run of
# letters after a number or a colon (the breakdown colon list), spaces after a count (the share
# links), a NUL run after a number (tests/test_hostile_text.py has the whole-pipeline shapes)
PREFIXED = [
    ("1 ", "x"), ("Báo cáo: có 10 ", "x"), (": ", "x"), ("1 x", " "), ("1 hồ sơ", " "), ("1 hồ sơ ", "x"),
    ("1 hồ sơ, ", " "), ("1 ", "x "), ("1", "\x00"), ("tổng 10 ", "gồm 4 và 5 "), ("Tổng 10 hồ sơ ", "(gồm 5 "),
    ("đạt tỷ", " "), ("so", " "), ("1 ", "\x00x"),
]


def adversarial(unit: str, n: int, prefix: str = "") -> str:
    """``prefix``, then ``unit`` repeated ``n`` times, ended by a character that makes a match fail late."""
    return prefix + unit * n + "!"


def best_time(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def superlinear(fn, make, small: int, growth: int = GROWTH) -> tuple[bool, float, float]:
    """(too slow?, t_small, t_large) for ``fn(make(small))`` vs ``fn(make(small * growth))``.

    Too slow = the large run takes more than FLOOR seconds and more than MAX_RATIO× the small
    one, AND the growth is steep on both halves (small → 4× → 16×, each step > 10×, where a
    linear run gives 4×): a quadratic run is steep on both, a cache or load hiccup on one.
    """
    a, b = make(small), make(small * growth)
    t1 = best_time(fn, a)
    t2 = best_time(fn, b, repeat=1)
    for _ in range(3):  # confirm a slow run before blaming the input: interleave, keep the best
        if not (t2 > FLOOR and t2 > MAX_RATIO * max(t1, 1e-4)):
            return False, t1, t2
        t1, t2 = min(t1, best_time(fn, a, repeat=1)), min(t2, best_time(fn, b, repeat=1))
    if not (t2 > FLOOR and t2 > MAX_RATIO * max(t1, 1e-4)):
        return False, t1, t2
    mid = best_time(fn, make(small * int(growth ** 0.5)), repeat=2)
    steep = mid > 10 * max(t1, 1e-5) and t2 > 10 * mid
    return steep, t1, t2


# patterns only ever used anchored, ``rx.match(text, pos)`` at the end of a token (a leading ``\s*``
# is linear there; scanning them with finditer over a run of spaces would be quadratic by design)
MATCH_ONLY = {
    "checker.extract.number_tokens._SCALE_RE", "checker.extract.number_tokens._UNIT_RE",
    "checker.extract.number_tokens._RANGE_AFTER_RE", "checker.extract.code_tokens._ISSUER",
    "checker.extract.number_tokens._DATE_CUE_AFTER", "checker.extract.date_tokens._RANGE_CUE_AFTER",
    "checker.kinds.amount_words._OPEN_AFTER", "checker.kinds.breakdown._PER_RATE",
    "checker.kinds.listed_count._NAME_NEXT", "checker.kinds.breakdown._RANGE_AFTER",
    "checker.kinds.ratio._PLAN_WORD_AFTER", "checker.kinds.plan._CLAUSE_END",
    "checker.kinds.growth_from_parts._AGAINST", "checker.kinds.average._SHARE_AFTER",
    "checker.kinds.ratio._PERIOD_WORD_AFTER", "checker.kinds.plan._MARK_BRACKET", "checker.kinds.change._PERIOD_NEXT",
    "checker.kinds.ratio._NAMED_AFTER", "checker.kinds.ratio._BARE_AFTER", "checker.kinds.ratio._NAMED_TOTAL",
    "checker.kinds.breakdown._REST_UNCOUNTED", "checker.kinds.contributions._CUMULATIVE",
    "checker.kinds.breakdown._WINNERS", "checker.kinds.breakdown._GRADE_AFTER",
}
# module patterns only ever run over a few characters, by name: the window's length
BOUNDED_WINDOW = {
    "checker.extract.number_tokens._DATE_CUE_BEFORE": 12, "checker.extract.number_tokens._LABEL_COLON_BEFORE": 24,
    "checker.extract.date_tokens._RANGE_CUE_BEFORE": 12, "checker.extract.date_tokens._WEEKDAY_GAP": 24,
    # breakdown: the 30 characters before a figure (a range's lower end), the 40 before a part (an
    # average's word); change: the gap between "so với" and an old value (at most 20 words)
    "checker.kinds.breakdown._RANGE_BEFORE": 30, "checker.kinds.breakdown._AVERAGE_BEFORE": 40,
    "checker.kinds.change._COMMA_WITH": 200, "checker.kinds.breakdown._JOIN": 30,
    # ratio: the 12 characters before a rate ("bằng "); the clause (<= 60) before an average's figure
    "checker.kinds.ratio._BARE_BANG": 12, "checker.kinds.average._WHOLE_LABEL": 60,
    # change: the gap (<= 100) between a change and the range it carries onto
    "checker.kinds.change._CARRIES": 100, "checker.kinds.ratio._IN_SENTENCE_CUE": 400,
    "checker.kinds.change._CARRIES_ON": 800,  # the gap after "so với" (at most 20 words)
    "checker.kinds.breakdown._EACH_BEFORE": 24,  # the 24 characters before a part
    # the gap between a total's noun and another it lists (60); a total and its cue (400)
    "checker.kinds.breakdown._NOUN_LIST_GAP": 60, "checker.kinds.breakdown._WORD": 40, "checker.kinds.breakdown._SUBJECT_AFTER_SEMICOLON": 400,
}
# patterns only ever used with ``fullmatch`` on a short value (an attribute of a .docx part)
FULLMATCH_ONLY = {"checker.extract.docx._DECIMAL_RE",
                  # plan: the words between a plan word and the next figure (at most 60 characters)
                  "checker.kinds.plan._PLAN_NAMED_AFTER",
                  # breakdown: the words between two sibling counts (bounded by the sentence's figures)
                  "checker.kinds.breakdown._SIBLING_GAP",
                  # ratio: the words between a count and the rate that names it (fullmatch, possessive)
                  "checker.kinds.ratio._RATE_NAMED",
                  # breakdown: the words between two items of a comma list (fullmatch, possessive)
                  "checker.kinds.breakdown._LIST_ITEM_GAP",
                  # breakdown: the words between a part and its own rate (fullmatch, possessive)
                  "checker.kinds.breakdown._PROGRESS_RATE",
                  # change: the gaps of "543 đơn, giảm 55 đơn, bằng" (fullmatch between figures)
                  "checker.kinds.change._INDEX_CHANGE_GAP", "checker.kinds.change._INDEX_AFTER_CHANGE",
                  # growth_from_parts: the gap between a figure and its rate (fullmatch, possessive)
                  "checker.kinds.growth_from_parts._OWN_RATE", "checker.kinds.growth_from_parts._PLAN_RATE_BEFORE",
                  # ratio: the words between a count and its "chiếm" share (fullmatch, possessive)
                  "checker.kinds.ratio._CHIEM_LINK"}
# attributes of the kinds' objects holding patterns used anchored: ``match`` at a token end, or
# ``fullmatch`` of the text between two tokens (see each kind's code)
ANCHORED_ATTRS = {
    "colon_re": "match", "compare_re": "match", "base_noun_re": "match", "start_re": "match",
    "start_exh_re": "match", "share_link": "fullmatch", "count_link": "fullmatch", "grim_link": "fullmatch",
    "fraction_link": "fullmatch", "paren_link": "fullmatch", "fraction_paren_link": "fullmatch",
    "over_link": "fullmatch", "range_link": "fullmatch", "compared_after_re": "match",
    # breakdown: a figure right after a cue; contributions: the sentence's frame, "điểm phần trăm"
    # after a figure; per_each: "Mỗi" opening a sentence
    "_FIGURE_NEXT": "match", "frame_re": "match", "points_re": "match", "each_re": "match", "after_re": "match",
    "_POINTS_UNIT": "match", "_FIRST_WORD": "match",
    # average: the per word after a cue, the name of X, the words between a cue and its figure,
    # a unit and "/" after a figure
    "per_after_re": "match", "per_noun_re": "match", "average_gap": "fullmatch", "per_mark_re": "match",
    # listed_count: the noun after a count, a sentence's opener, "các tỉnh:" after an opener
    "noun_re": "match", "sentence_re": "match", "det_re": "match", "det_only_re": "match",
    # change: a plan word right after "so với" (a plan fulfilment rate, not an index)
    "plan_re": "match",
}
# patterns the kinds only ever run over a window of bounded length (a few dozen characters before
# or after a number), by attribute: their cost cannot grow with the text, so they are matched on
# a window of that length, not scanned over a long string
BOUNDED_WINDOW_ATTRS = {
    "cue_re": 60,  # change: the 12 characters before a change; restated: the 60 before a number
    "share_cue_re": 20,  # plausibility: the 20 characters before a percentage
    "compiled": 80,  # identity: slot cues, in the window (80) before or after a number
    "period_res": 60,  # plausibility: the window (60) before a figure
    "siblings": 60,  # breakdown: the label (at most 60 characters) before a part
    "level_res": 80,  # identity: the lead (80 characters) of a paragraph
    "bound_re": 120, "target_re": 120, "change_re": 120,  # ratio: the clause (<= 120) before a figure
    "_PERIOD_RE": 40,  # change: the 40 characters before a figure
    "link_re": 80, "before_re": 60,  # plan: between a figure and its rate; before a plan figure
    "excess_re": 140,  # plan: "vượt" between a figure and its rate (the same window as link_re's)
    "each_before_re": 60, "period_cue_re": 20,  # average: "mỗi xã" before a cue; "trong" before a count of days
    "index_re": 12, "from_re": 40,  # change: the few characters before a figure; rank_change: 40 before a rank
}


def how_used(name: str) -> tuple[str, int]:
    """(how a collected pattern is run, window length or 0) from its collected name."""
    if name in MATCH_ONLY:
        return "match", 0
    if name in FULLMATCH_ONLY:
        return "fullmatch", 0
    if name in BOUNDED_WINDOW:
        return "window", BOUNDED_WINDOW[name]
    attr = name.split(".")[-1].split("[")[0]
    if attr in ANCHORED_ATTRS:
        return ANCHORED_ATTRS[attr], 0
    if attr in BOUNDED_WINDOW_ATTRS:
        return "window", BOUNDED_WINDOW_ATTRS[attr]
    return "scan", 0


def all_patterns() -> list[tuple[str, re.Pattern]]:
    """Every compiled regular expression at module level in the checker package (including the
    compiled pattern of each pyparsing Regex leaf), as ("module.NAME", pattern)."""
    import pyparsing as pp

    import checker

    out, seen = [], set()
    names = ["checker"] + [m.name for m in pkgutil.walk_packages(checker.__path__, "checker.")]
    for name in sorted(names):
        if name.endswith(("cli", "__main__")):
            continue
        try:
            mod = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an optional module that does not import is not ours to test
            continue
        items = sorted(vars(mod).items())
        # patterns kept on classes of the module (and their nested classes), as "module.Class.NAME"
        classes = [(f"{a}", v) for a, v in items if isinstance(v, type) and v.__module__ == name]
        while classes:
            cname, cls = classes.pop(0)
            for cattr, cvalue in sorted(vars(cls).items()):
                if isinstance(cvalue, type) and cvalue.__module__ == name and cvalue is not cls:
                    classes.append((f"{cname}.{cattr}", cvalue))
                elif isinstance(cvalue, re.Pattern):
                    items.append((f"{cname}.{cattr}", cvalue))
        for attr, value in items:
            pats = []
            if isinstance(value, re.Pattern):
                pats = [value]
            elif isinstance(value, pp.Regex) or type(value).__name__ == "Leaf":
                pats = [value.re]  # a pyparsing Regex leaf, or grammar.Leaf (its lazy wrapper)
            elif isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value):
                pats = list(value)
            for i, p in enumerate(pats):
                key = (p.pattern, p.flags)
                if key in seen:
                    continue
                seen.add(key)
                out.append((f"{name}.{attr}" + (f"[{i}]" if len(pats) > 1 else ""), p))
    return out


def _walk(obj, path: str, out: dict, depth: int = 0) -> None:
    """Every compiled pattern reachable from ``obj`` through the attributes of checker objects
    and the items of lists, tuples, sets and dicts, as ``out[(pattern, flags)] = (path, pattern)``."""
    if depth > 6:
        return
    if isinstance(obj, re.Pattern):
        out.setdefault((obj.pattern, obj.flags), (path, obj))
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            _walk(v, f"{path}[{i}]", out, depth + 1)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, f"{path}[{k!r}]", out, depth + 1)
    elif type(obj).__module__.startswith("checker."):
        attrs = dict(vars(obj)) if hasattr(obj, "__dict__") else {}
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                attrs[slot] = getattr(obj, slot)
        for k, v in attrs.items():
            _walk(v, f"{path}.{k}", out, depth + 1)


def rule_patterns() -> list[tuple[str, re.Pattern]]:
    """The patterns the loaded rule set compiles from ``rules/*.toml`` data: every pattern held by
    a rule's checker object (the kinds compile their parameters in their constructors), as
    ("CODE.attribute", pattern)."""
    from checker.ruleset import load_ruleset

    found: dict = {}
    for rule in load_ruleset().rules:
        _walk(rule.checker, rule.code, found)
    return list(found.values())


def runtime_patterns(texts) -> list[tuple[str, re.Pattern]]:
    """The patterns that checker code compiles while the whole rule set checks ``texts`` (the
    ``re.search(r"…", …)`` calls in function bodies, patterns built from data at run time), as
    ("runtime:module:line", pattern). Found by recording every call of ``re._compile`` made from
    a ``checker`` module: ``re.compile``, ``re.search`` and the rest all compile through it."""
    import sys

    from checker.engine import run
    from checker.extract import build_document
    from checker.ruleset import load_ruleset

    found: dict = {}
    real = re._compile

    def recording(pattern, flags):
        compiled = real(pattern, flags)
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            for _ in range(3):  # re.search -> _compile; re.compile -> _compile; an alias of either
                if frame is None:
                    break
                mod = frame.f_globals.get("__name__", "")
                if mod.startswith("checker"):
                    key = (compiled.pattern, compiled.flags)
                    if key not in found:
                        name = f"runtime:{mod}:{frame.f_lineno}"
                        same = sum(1 for n, _ in found.values() if n.split("#")[0] == name)
                        found[key] = (f"{name}#{same}" if same else name, compiled)
                    break
                frame = frame.f_back
        return compiled

    # checker code caches what it computed (normalised headings, parsed profiles): emptied first,
    # so every pattern is compiled again whatever ran in this process before
    for name, mod in list(sys.modules.items()):
        if name.startswith("checker") and mod is not None:
            for value in list(vars(mod).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    re._compile = recording
    try:
        rules = load_ruleset()
        for text in texts:
            run(build_document(text), rules)
    finally:
        re._compile = real
    return list(found.values())


def sample_texts() -> list[str]:
    """Texts that make every kind run: the samples of the repository and the rules' own cases."""
    from pathlib import Path

    from checker.ruleset import load_ruleset

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "samples").glob("*")) if p.suffix in (".md", ".txt")]
    texts += [case.text for rule in load_ruleset().rules for case in rule.cases]
    return texts


@functools.lru_cache(maxsize=1)  # once a process: checker code caches what it computed (a profile's
def _every_pattern() -> tuple:  # normalised headings), so a second run would compile less than the first
    out, seen = [], set()
    for name, p in all_patterns() + rule_patterns() + runtime_patterns(sample_texts()):
        key = (p.pattern, p.flags)
        if key not in seen:
            seen.add(key)
            out.append((name, p))
    return tuple(out)


def every_pattern() -> list[tuple[str, re.Pattern]]:
    """Module- and class-level patterns, the rule set's, and those compiled at run time: each
    (pattern, flags) once, under the first name it was found by."""
    return list(_every_pattern())
