"""Every regular expression of the package through a static ReDoS analyser (regexploit).

The patterns are collected from everywhere they live (tests/_adversarial.every_pattern): module
and class attributes of every ``checker`` module (grammar leaves included), the patterns each
loaded rule's checker object compiles from ``rules/*.toml`` data, and those that checker code
compiles while the rule set runs over the samples and the rules' own cases (``re.search(r"…")``
in function bodies, patterns built from data at run time).

regexploit is used with two corrections, both in this file:

* bounded repeats are widened: regexploit ignores ``{m,n}``, so ``\\s*(?:[^\\W\\d_]+\\s*){0,4}:``,
  which backtracks as n**4 on a run of n letters (the breakdown colon list, 90 s on 400 letters),
  passed it. A bounded repeat whose body holds an unbounded repeat is analysed as unbounded —
  more ambiguous than the real pattern, so nothing the real one does is missed;
* ``Category`` gets an order: regexploit sorts the categories of a character class to hash it,
  and the Enum has none, so any class of two categories (``[^\\W\\d_]``) raised TypeError.

A pattern regexploit cannot parse is not skipped: it must be listed in ``UNPARSED`` with the
reason, and tests/test_fuzz_regex.py must time it on adversarial strings (it runs every pattern
``every_pattern`` finds). The tests at the end show the analyser fails on the patterns this
suite was written for.
"""
from __future__ import annotations

import re
import warnings
from re import _constants as sre  # the opcodes of sre_parse (sre_constants, deprecated, re-exports them)

import pytest

with warnings.catch_warnings():  # regexploit imports sre_parse, deprecated since Python 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    from regexploit.ast.categories import Category
    from regexploit.ast.sre import SreOpParser
    from regexploit.redos import find

from _adversarial import every_pattern

PATTERNS = every_pattern()

# patterns regexploit 1.0 cannot parse, by the attribute that holds them (the last part of the
# name every_pattern gives): possessive quantifiers (Python 3.11) have no handler in its parser
# (no ``from_POSSESSIVE_REPEAT``). Each is possessive precisely so that it cannot backtrack, and
# each is timed by test_fuzz_regex on adversarial strings.
UNPARSED = {
    "_SPELLED_COUNT": "possessive quantifiers (breakdown: a count spelled out among the parts)",
    "_JOIN": "possessive quantifiers (breakdown: two figures joined by a comma or 'và')",
    "_NOUN_LIST_GAP": "possessive quantifiers (breakdown: between the nouns a total names)",
    "_WORD": "possessive quantifiers (breakdown: a word, taken whole)",
    "_SUBJECT_AFTER_SEMICOLON": "possessive quantifiers (breakdown: a clause's own subject after a semicolon)",
    "_PLAN_WORD_AFTER": "possessive quantifiers (ratio: a plan word right after a rate)",
    "_END_IN_BRACKET": "possessive quantifiers (breakdown: a sentence's end inside a bracket left open)",
    "_LEVEL_CUT": "possessive quantifiers (breakdown: a level named by a last item's label)",
    "_RANGE_AFTER": "possessive quantifiers (breakdown: a range's upper end after a figure)",
    "_RANGE_BEFORE": "possessive quantifiers (breakdown: a range's lower end before a figure)",
    "_AVERAGE_BEFORE": "possessive quantifiers (breakdown: an average's word before a part)",
    "_COMMA_WITH": "possessive quantifiers (change: ', với' opening a list of parts)",
    "_PLAN_OF_PERIOD": "possessive quantifiers (breakdown: a part's own rate of a period's plan)",
    "plan_re": "possessive quantifiers (change: a plan word right after \"so với\")",
    "_AFTER_RATE": "possessive quantifiers (plan: a plan word right after a rate)",
    "noun_re": "possessive quantifiers (listed_count: the noun after a count)",
    "sentence_re": "possessive quantifiers (listed_count: a sentence opening on a list)",
    "det_re": "possessive quantifiers (listed_count: 'các tỉnh:' after an opener)",
    "det_only_re": "possessive quantifiers (listed_count: 'các' after an opener)",
    "_AND": "possessive quantifiers (listed_count: 'và' joining the last two names)",
    "_CLAUSE_OPEN": "possessive quantifiers (identity: a period opening a clause)",
    "_PER_RATE": "possessive quantifiers (breakdown: a rate per something after a unit)",
    "_AND_RIGHT_BEFORE": "possessive quantifiers (breakdown: 'và' right before a figure)",
    "_NAME_NEXT": "possessive quantifiers (listed_count: a name right after a semicolon)",
    "_DOTTED": "possessive quantifiers (breakdown: digits grouped by dots)",
    "_ITEM_MARK_RE": "possessive quantifiers (number_tokens: '1/ ' opening a line)",
    "_PAREN_SHARE_GAP": "possessive quantifiers (ratio: a count's label, then its share in brackets)",
    "_AND_FIGURE": "possessive quantifiers (change: 'và' right before a figure)",
    "_GROWTH_OLD": "possessive quantifiers (change: 'mức tăng' before the compared growth rate)",
    "_OWN_SHARE_AFTER": "possessive quantifiers (change: a share right after a candidate earlier value)",
    "enders_re": "possessive quantifiers (breakdown: a clause opener that ends a list)",
    "_OWN_CHANGE": "possessive quantifiers (identity: a balance's own change after its unit)",
    "colon_re": "possessive quantifiers (breakdown: a number, up to 4 label words, a colon)",
    "count_link": "possessive quantifiers (ratio: the words between a count and its share)",
    "share_link": "possessive quantifiers (identity: the words between a count and its share)",
    "paren_link": "possessive quantifiers (ratio: the words between a percentage and its bracketed counts)",
    "fraction_paren_link": "possessive quantifiers (ratio: the words between a/b and its bracketed percentage)",
    "over_link": "possessive quantifiers (ratio: 'a hồ sơ trên tổng số b')",
    "bound_re": "possessive quantifiers (ratio: a bound or target word before a percentage)",
    "range_link": "possessive quantifiers (change: 'từ old lên new')",
    "compared_after_re": "possessive quantifiers (ratio: a plan or period after a percentage)",
    "_FIGURE_NEXT": "possessive quantifiers (breakdown: a figure right after a cue, one word between at most)",
    "rank_re": "possessive quantifiers (rank_change: a rank cue and 'n/N')",
    "change_re": "possessive quantifiers (rank_change: 'tăng k bậc')",
    "from_re": "possessive quantifiers (rank_change: 'từ' and up to 4 words before a rank)",
    "frame_re": "possessive quantifiers (contributions: the frame opening the sentence)",
    "cue_re": "possessive quantifiers (contributions: 'đóng góp' right before a figure)",
    "points_re": "possessive quantifiers (contributions: 'điểm phần trăm' after a figure)",
    "each_re": "possessive quantifiers (per_each: 'Mỗi' opening the sentence)",
    "_INTL_RE": "possessive quantifiers (number_tokens: a figure only the international format can be)",
    "_VI_EVIDENCE": "possessive quantifiers (number_tokens: a figure only the Vietnamese format can be)",
    "_UNIT_FRACTION_RE": "possessive quantifiers (number_tokens: 'a hồ sơ/b hồ sơ', the same unit both sides)",
    "_CHANGE_CLAUSE": "possessive quantifiers (breakdown: a total's own change between it and its cue)",
    "_TWO_TOTALS": "possessive quantifiers (breakdown: two totals joined by 'và' before a cue)",
    "_OPENER": "possessive quantifiers (breakdown: a short opener before 'trong số')",
    "_AND_TOTAL_LINK": "possessive quantifiers (ratio: 'là a và tổng số … là b')",
    "list_intro_re": "possessive quantifiers (breakdown: a block ending on a cue and a colon)",
    "after_re": "possessive quantifiers (plan: a plan word right after a percentage)",
    "before_re": "possessive quantifiers (plan: a plan word and up to 8 words before a figure)",
    "link_re": "possessive quantifiers (plan: the words between a figure and its rate)",
    "_CHANGE_THEN_PAREN": "possessive quantifiers (breakdown: a total's own change, then a bracket of its parts)",
    "opener_re": "possessive quantifiers (ratio: a breakdown word opening a sentence)",
    "open_re": "possessive quantifiers (exclusion: 'không tính …' opening a sentence)",
    "inner_re": "possessive quantifiers (exclusion: 'không tính …' opening a clause)",
    "_SIGNED_RATE": "possessive quantifiers (change: a signed rate in its own bracket, '(-29,93%)')",
    "_SCALED_AMOUNT": "possessive quantifiers (plausibility: an amount with a scale word, read or not)",
    "_POINTS_UNIT": "possessive quantifiers (change: 'điểm phần trăm' right after a figure)",
    "_PERIOD_RE": "possessive quantifiers (change: the period labelling a figure, 'năm 2023', 'cùng kỳ')",
    "_FIRST_WORD": "possessive quantifiers (units: the first word after a figure)",
    "per_after_re": "possessive quantifiers (average: 'trên một', 'mỗi' right after the cue)",
    "per_noun_re": "possessive quantifiers (average: up to 8 words naming the unit an average is per)",
    "average_gap": "possessive quantifiers (average: up to 4 words between the cue and its figure)",
    "per_mark_re": "possessive quantifiers (average: a unit and '/' right after a figure)",
    "each_before_re": "possessive quantifiers (average: 'mỗi xã' right before the cue)",
    "period_cue_re": "possessive quantifiers (average: 'trong' right before a number of days)",
    "_PLAN_AFTER": "possessive quantifiers (ratio: 'so với kế hoạch' right after a rate)",
    "_WITH_SUB": "possessive quantifiers (breakdown: ', với 51 …' opening a part's own breakdown)",
    "_SHARE_CLAUSE": "possessive quantifiers (breakdown: a total's own share between it and its cue)",
    "_NEW_SUBJECT": "possessive quantifiers (change: 'và' + a subject + a verb of level, another clause)",
    "_SHORT_OPENER": "possessive quantifiers (change: 'Cụ thể, ' opening a clause)",
    "_CHANGE_AFTER_COUNT": "possessive quantifiers (ratio: a count's own change before its share)",
    "_SHARE_AFTER_CHANGE": "possessive quantifiers (ratio: the comparison and the share cue after a change)",
    # compiled at run time (named by where they are compiled, so recognised by their text)
    "change-tail": "possessive quantifiers (change: the words between the old value and 'tăng')",
    "nguoi-ky-ho-ten": "possessive quantifiers (nd30-bao-cao profile: the signer's name line)",
    "_COMMA_CLAUSE": "possessive quantifiers (change: a comma clause right before a candidate earlier value)",
    "_LINKED_OLD": "possessive quantifiers (change: 'là', 'ở mức' linking an earlier value after a comma)",
    "_PLAN_NAMED_AFTER": "possessive quantifiers (plan: 'kế hoạch năm nay là' before the plan's value)",
    "_YEAR_LABEL": "possessive quantifiers (breakdown: 'năm 2011' labelling a bracket's first figure)",
    "_CLAUSE_END": "possessive quantifiers (plan: the end of a rate's clause right after it)",
    "_SIBLING_GAP": "possessive quantifiers (breakdown: a sibling count's label and a comma before a total)",
    "_RATE_NAMED": "possessive quantifiers (ratio: 'tỷ lệ' and words of a count's label after it)",
    "_AFTER_ITS_RATE": "possessive quantifiers (ratio: a bracket opening right after a rate)",
    "_BROKEN_PERCENT_RE": "possessive quantifiers (number_tokens: a rate with its decimals lost, '95,%')",
    "_LIST_ITEM_GAP": "possessive quantifiers (breakdown: a unit, a comma and a short name between list items)",
    "_SPACED_DECIMAL_RE": "possessive quantifiers (number_tokens: a decimal written with a space, 'đạt 167, 2 tấn')",
    "excess_re": "possessive quantifiers (plan: 'vượt' between a figure and its rate)",
    "_CARRIES": "possessive quantifiers (change: ', đưa' carrying a change onto the range it moved)",
    "_IN_SENTENCE_CUE": "possessive quantifiers (ratio: '; trong đó' inside a sentence, before a part)",
    "_MARK_BRACKET": "possessive quantifiers (plan: a note's mark '(3)' in a bracket)",
    "_PERIOD_WORD_AFTER": "possessive quantifiers (ratio: 'cùng kỳ năm trước' right after a rate)",
    "_PROGRESS_RATE": "possessive quantifiers (breakdown: a part's progress rate, ', đạt 74%', after it)",
    "_INDEX_CHANGE_GAP": "possessive quantifiers (change: the unit and the comma between a figure and its change)",
    "_INDEX_AFTER_CHANGE": "possessive quantifiers (change: ', bằng' between a change and an index)",
    "_BARE_BANG": "possessive quantifiers (ratio: 'bằng' right before a rate)",
    "_OWN_RATE": "possessive quantifiers (growth_from_parts: a figure's own 'tăng' before its rate)",
    "_PLAN_RATE_BEFORE": "possessive quantifiers (growth_from_parts: ', đạt' before a plan's rate)",
    "_AGAINST": "possessive quantifiers (growth_from_parts: what a rate is compared with, after it)",
    "_SHARE_AFTER": "possessive quantifiers (average: a figure's share, '(chiếm', after it)",
    "_PERIOD_NEXT": "possessive quantifiers (change: 'cùng kỳ năm trước' right after an index)",
    "_CHIEM_LINK": "possessive quantifiers (ratio: a count's noun and 'chiếm tỷ lệ' before its share)",
    "_NAMED_AFTER": "possessive quantifiers (ratio: a base named in words right after a share)",
    "_BARE_AFTER": "possessive quantifiers (ratio: the end of a share's clause right after it)",
    "_CARRIES_ON": "possessive quantifiers (change: 'nâng', 'làm cho' between a comparison and a figure)",
    "_NAMED_TOTAL": "possessive quantifiers (ratio: 'tổng vốn đầu tư' naming a share's whole)",
    "_REST_UNCOUNTED": "possessive quantifiers (breakdown: 'còn lại …' with no figure after a list's last part)",
    "_CUMULATIVE": "possessive quantifiers (contributions: 'tính chung', 'lũy kế' opening a clause)",
    "_EACH_BEFORE": "possessive quantifiers (breakdown: 'cùng', 'mỗi xã' right before a part)",
    "_WINNERS": "possessive quantifiers (breakdown: 'thí sinh đoạt giải' after a count of people)",
    "_GRADE_AFTER": "possessive quantifiers (breakdown: 'giải nhất' right after a figure)",
}
# runtime patterns have no attribute name: the piece of their text that identifies them
UNPARSED_TEXT = {"nguoi-ky-ho-ten": "^[ \\t]*+(?:(?:GS|PGS", "change-tail": "(?:[^\\W\\d_]++|[\\s,)]++)*+"}


def _unparsed_key(name: str, pattern: re.Pattern) -> str:
    for key, piece in UNPARSED_TEXT.items():
        if piece in pattern.pattern:
            return key
    return _attr(name)


def _attr(name: str) -> str:
    return name.split(".")[-1].split("[")[0]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _has_unbounded_repeat(ops) -> bool:
    for op, av in ops:
        if op in _REPEATS:
            if av[1] is sre.MAXREPEAT or _has_unbounded_repeat(av[2]):
                return True
        elif op is sre.SUBPATTERN:
            if _has_unbounded_repeat(av[3]):
                return True
        elif op is sre.BRANCH:
            if any(_has_unbounded_repeat(b) for b in av[1]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _has_unbounded_repeat(av[1]):
                return True
        elif op is sre.ATOMIC_GROUP:
            if _has_unbounded_repeat(av):
                return True
    return False


class WideningParser(SreOpParser):
    """regexploit's parser, reading ``(…X*…){m,n}`` (n > 1) as ``(…X*…){m,}``."""

    def from_MAX_REPEAT(self, data):  # MIN_REPEAT (lazy) is handed on to this too
        lo, hi, body = data
        if hi is not sre.MAXREPEAT and hi > 1 and _has_unbounded_repeat(body):
            data = (lo, sre.MAXREPEAT, body)
        return super().from_MAX_REPEAT(data)


@pytest.fixture(autouse=True, scope="module")
def _ordered_categories():
    had = "__lt__" in vars(Category)
    old = vars(Category).get("__lt__")
    Category.__lt__ = lambda a, b: a.value < b.value
    yield
    if had:
        Category.__lt__ = old
    else:
        del Category.__lt__


def redos(pattern: str, flags: int = 0, parser=WideningParser) -> list:
    """regexploit's findings for a pattern: polynomial of degree 3 or more, or exponential
    (``starriness`` > 2, the threshold of its command line)."""
    return [r for r in find(parser().parse_sre(pattern, flags)) if r.starriness > 2]


def _parse_error(pattern: re.Pattern) -> str | None:
    try:
        WideningParser().parse_sre(pattern.pattern, pattern.flags)
    except Exception as e:  # noqa: BLE001 - any parser failure is recorded, none is skipped
        return f"{type(e).__name__}: {e}"
    return None


def test_patterns_are_collected():
    names = [n for n, _ in PATTERNS]
    # each source must contribute, or the test below proves nothing about it
    assert any(n.startswith("checker.extract.grammar.") for n in names)  # grammar leaves
    assert any(n.startswith("checker.kinds.") and n.count(".") >= 4 for n in names)  # class level
    assert any(n.startswith(("AR001.", "AR002.")) for n in names)  # the rule set's
    assert any(n.startswith("runtime:") for n in names)  # compiled at run time
    assert "AR001.colon_re" in names
    assert len(PATTERNS) >= 150


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_super_linear_pattern(name, pattern):
    error = _parse_error(pattern)
    if error is not None:
        assert _unparsed_key(name, pattern) in UNPARSED, f"regexploit cannot parse {name} ({error}): record it in UNPARSED"
        assert "POSSESSIVE_REPEAT" in error, f"{name}: unexpected parse failure {error}"
        return  # timed on adversarial strings by test_fuzz_regex (test_unparsed_are_timed)
    found = redos(pattern.pattern, pattern.flags)
    assert not found, (f"{name} backtracks super-linearly: {pattern.pattern!r}; regexploit: "
                       f"starriness {found[0].starriness}, e.g. {found[0].example()}")


def test_unparsed_are_recorded_and_timed():
    import test_fuzz_regex

    unparsed = {n for n, p in PATTERNS if _parse_error(p) is not None}
    assert {_unparsed_key(n, p) for n, p in PATTERNS if n in unparsed} == set(UNPARSED), \
        "UNPARSED must list exactly the patterns regexploit cannot parse"
    timed = {n for n, _ in test_fuzz_regex.PATTERNS}
    assert unparsed <= timed, f"not timed on adversarial strings: {sorted(unparsed - timed)}"


# ----------------------------------------------------------------------------- the analyser can fail
@pytest.mark.parametrize("pattern", [
    r"\s*(?:[^\W\d_]+\s*){0,4}:",  # breakdown colon_re before the fix: n**4 on a letter run
    r"\s*(?:[^\W\d_]+\s*){0,5}[,(]?\s*(?:đạt|chiếm|bằng)?\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*",  # identity share_link
    r"\s*(?:[^\W\d_]+\s*){0,3}[,(]\s*(?:đạt|chiếm)\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*",  # ratio count_link
    r"(?:a+)+$",
    r"\s*\s*\s*x",
])
def test_analyser_finds_known_redos(pattern):
    assert redos(pattern, re.IGNORECASE)


def test_widening_is_what_finds_bounded_redos():
    # regexploit alone misses the colon-list pattern that hung the checker: the widening is needed
    assert not redos(r"\s*(?:[^\W\d_]+\s*){0,4}:", parser=SreOpParser)
    assert redos(r"\s*(?:[^\W\d_]+\s*){0,4}:")


@pytest.mark.parametrize("pattern", [
    r"\d{1,3}(?:\.\d{3})+",  # bounded repeats without a nested unbounded one are left alone
    r"(?:\s+[^\W\d_]+){0,3}",  # unambiguous: a word needs the spaces before it
    r"\s*(?:trên|của)\s+(?:[^\W\d_]+\s+){0,3}?",
])
def test_analyser_passes_linear_patterns(pattern):
    assert not redos(pattern, re.IGNORECASE)
