"""The words around a figure that decide what it is, as data: ``rules/lexicon/qualifiers.toml``
(approximations, bounds and estimates: "khoảng", "hơn", "gần", "ước đạt") and
``rules/lexicon/count-nouns.toml`` (count nouns, label words, section words: "2025 TTHC",
"mức độ 3", "Mục 2").

This module checks the shape of the two files and builds the patterns the number reader runs
(each compiled once, when the files are loaded); the reader itself
(:func:`checker.extract.number_tokens.load_number_cues`) checks each file's ``[[cases]]`` by
reading them, so a case is read exactly as a report is.
"""
from __future__ import annotations

import re

from ..records import record
from .lexicon import LexiconError, check_keys, norm_phrase, word_list, word_table

QUALIFIER_TABLES = ("about", "above", "below", "estimate")  # one meaning each; [linking] aside
BOUND_OF = {"about": "both", "above": "lower", "below": "upper"}
READINGS = {"qualifiers": ("exact", "estimate", "approximate"), "count-nouns": ("count", "figure", "label", "year")}
BOUNDS = ("lower", "upper", "both")
SIGNS = ("~", "≈")  # signs, not words, of an approximation on either side ("~30")


@record(frozen=True, slots=True, eq=False)  # one object a process: compared and hashed by identity
class NumberCues:
    """The words of both files and the patterns built from them."""

    approx_cues: tuple[str, ...]  # every qualifier phrase (lower case), the longest first
    approx_after: tuple[str, ...]  # the [linking] words
    estimate_cues: frozenset[str]
    lower_bound: tuple[str, ...]  # the [above] phrases: the true value is above the figure
    upper_bound: tuple[str, ...]  # the [below] phrases
    count_nouns: tuple[str, ...]  # lower case: a unit counts when it starts with one
    label_words: tuple[str, ...]
    section_words: tuple[str, ...]
    approx_re: re.Pattern  # a qualifier (and a linking word) ending the text before a figure
    label_re: re.Pattern  # a label word ending it
    section_re: re.Pattern  # a section word ending it
    count_after_re: re.Pattern  # a count noun right after a figure
    approx_last: frozenset[str]  # the last words those patterns can end on (a set look-up first)
    label_last: frozenset[str]
    sides: dict  # qualifier phrase -> "lower" | "upper" | "both"
    paths: tuple[str, str]  # (qualifiers file, count-nouns file)
    glued_re: re.Pattern | None = None  # a figure with its unit written against it ("2.066ha")
    grade_re: re.Pattern | None = None  # a grade word right after a figure: "đạt 4 sao" is a label
    measure_after_re: re.Pattern | None = None  # a unit of measure after a figure: "ngắn ngày 06 ha" is an area

    def bound(self, cue: str) -> str:
        """The side a figure with qualifier ``cue`` bounds: "lower" (the true value is above
        it), "upper" (below it) or "both" (near it, either side: "khoảng", "~")."""
        return self.sides.get(" ".join(cue.lower().split()), "both")

    def counts(self, unit: str) -> bool:
        """Is a figure with ``unit`` a count (the unit starts with a count noun)?"""
        return unit.lower().startswith(self.count_nouns)


def alternation(words, special: dict[str, str] | None = None) -> str:
    """``a|b|…`` of the phrases, escaped, their words one or more spaces apart; ``special``
    gives the pattern of a phrase in place of its escaped text."""
    special = special or {}
    return "|".join(special.get(w) or _phrase(w) for w in words)


def _phrase(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


def _one_space(words: str) -> str:
    """A phrase of fixed width for a look-behind: its words exactly one space apart."""
    return re.escape(words).replace(r"\ ", r"\s")


def _last_words(*groups) -> frozenset[str]:
    return frozenset(w.split()[-1].lower() for words in groups for w in words)


def build_number_cues(q_where: str, q_data: dict, c_where: str, c_data: dict) -> tuple[NumberCues, list, list]:
    """(cues, qualifier cases, count-noun cases) of the two files' data; a bad entry is a
    :class:`LexiconError` ``path: key: reason``. Each case is (index, text, reads, bound)."""
    # ---- qualifiers.toml
    check_keys(q_where, q_data, ("description", *QUALIFIER_TABLES, "linking", "cases"))
    meaning: dict[str, str] = {}
    tables: dict[str, tuple[str, ...]] = {}
    for key in QUALIFIER_TABLES:
        words = tuple(w.lower() for w in word_list(q_where, word_table(q_where, q_data, key), key))
        for i, w in enumerate(words):
            if w in meaning:
                raise LexiconError(f"{q_where}: {key}.words[{i}]: {w!r} đã có trong [{meaning[w]}] "
                                   "(a phrase has one meaning)")
            meaning[w] = key
        tables[key] = words
    linking = tuple(w.lower() for w in word_list(q_where, word_table(q_where, q_data, "linking"), "linking"))
    for i, w in enumerate(linking):
        if len(w.split()) != 1:
            raise LexiconError(f"{q_where}: linking.words[{i}]: cần một từ (one word), có {w!r}")
    # longest first: "ước khoảng" is a cue of its own, not "ước" then a word
    cues = tuple(sorted((w for key in QUALIFIER_TABLES for w in tables[key]), key=len, reverse=True))
    approx_re = re.compile(
        rf"(?<!\w)(?P<cue>{alternation(cues)}|{'|'.join(map(re.escape, SIGNS))})\s*"
        rf"(?:(?:{alternation(linking)})\s+)?$",
        re.IGNORECASE,
    )
    # ---- count-nouns.toml
    check_keys(c_where, c_data, ("description", "count_nouns", "labels", "sections", "glued_units", "grades",
                                 "cases"))
    nouns = tuple(w.lower() for w in word_list(c_where, word_table(c_where, c_data, "count_nouns"), "count_nouns"))
    labels_table = word_table(c_where, c_data, "labels", ("words", "not_after"))
    labels = word_list(c_where, labels_table, "labels")
    sections = word_list(c_where, word_table(c_where, c_data, "sections"), "sections")
    not_after = labels_table.get("not_after", {})
    if not isinstance(not_after, dict):
        raise LexiconError(f"{c_where}: labels.not_after: cần bảng từ nhãn = [từ đứng trước] "
                           "(table of label word = [words before it])")
    special = {}
    for word, before in not_after.items():
        key = f"labels.not_after.{word}"
        if norm_phrase(word) not in labels:
            raise LexiconError(f"{c_where}: {key}: không có trong labels.words (not a label word)")
        if not isinstance(before, list) or not before or not all(isinstance(b, str) and b.strip() for b in before):
            raise LexiconError(f"{c_where}: {key}: cần danh sách từ không rỗng (non-empty list of words)")
        # a look-behind of fixed width: each word and the one space after it
        behind = "".join(rf"(?<!{_one_space(norm_phrase(b))}\s)" for b in before)
        special[norm_phrase(word)] = behind + _phrase(norm_phrase(word))
    label_re = re.compile(rf"(?:(?<!\w)(?:{alternation(labels, special)})\s*[-:]?\s*)$", re.IGNORECASE)
    section_re = re.compile(rf"(?<!\w)(?:{alternation(sections)})\s*$")
    count_after_re = re.compile(
        rf"[ \t]{{1,3}}(?:{alternation(sorted(nouns, key=len, reverse=True))})(?!\w)", re.IGNORECASE)
    glued_re = measure_after_re = None
    if "glued_units" in c_data:
        glued = word_list(c_where, word_table(c_where, c_data, "glued_units"), "glued_units")
        for i, w in enumerate(glued):
            if len(w.split()) != 1:
                raise LexiconError(f"{c_where}: glued_units.words[{i}]: cần một từ (one word), có {w!r}")
        # the number leaf of the grammar, then one of the units right against it and a word end:
        # "2.066ha", "6m", "15MW" — "12A", "H5N1", "3G" stay codes
        from . import grammar as g
        glued_re = re.compile(
            r"(?P<int>\d(?<![\w.,/:-]\d)(?<!\d[.,]\d)" + g._INT_TAIL + r")(?:,(?P<dec>\d+))?"
            rf"(?=(?:{alternation(sorted((w.lower() for w in glued), key=len, reverse=True))})(?!\w))",
            re.IGNORECASE)
        # the same units, written apart or against the figure ("rau các loại 250ha"): a figure they
        # follow measures, whatever word precedes it
        measure_after_re = re.compile(
            rf"[ \t]{{0,3}}(?:{alternation(sorted((w.lower() for w in glued), key=len, reverse=True))})(?![\w/])",
            re.IGNORECASE)
    grade_re = None
    if "grades" in c_data:
        grades = word_list(c_where, word_table(c_where, c_data, "grades"), "grades")
        grade_re = re.compile(rf"[ \t]{{1,3}}(?:{alternation(sorted(grades, key=len, reverse=True))})(?!\w)",
                              re.IGNORECASE)
    sides = {w: BOUND_OF[key] for key in ("about", "above", "below") for w in tables[key]}
    out = NumberCues(
        approx_cues=cues, approx_after=linking, estimate_cues=frozenset(tables["estimate"]),
        lower_bound=tables["above"], upper_bound=tables["below"], count_nouns=nouns, label_words=labels,
        section_words=sections, approx_re=approx_re, label_re=label_re, section_re=section_re,
        count_after_re=count_after_re, approx_last=_last_words(cues, linking),
        label_last=_last_words(labels, sections), sides=sides, paths=(q_where, c_where), glued_re=glued_re, measure_after_re=measure_after_re,
        grade_re=grade_re)
    return out, _cases(q_where, q_data, "qualifiers"), _cases(c_where, c_data, "count-nouns")


def _cases(where: str, data: dict, kind: str) -> list[tuple[int, str, str, str]]:
    """The file's ``[[cases]]`` as (index, text, reads, bound), their shape checked."""
    cases = data.get("cases")
    if not isinstance(cases, list) or not cases:
        raise LexiconError(f"{where}: cases: cần ít nhất một [[cases]] (text, reads)")
    readings = READINGS[kind]
    out = []
    for i, case in enumerate(cases):
        key = f"cases[{i}]"
        allowed = {"text", "reads", "bound"} if kind == "qualifiers" else {"text", "reads"}
        if not isinstance(case, dict) or not {"text", "reads"} <= set(case) <= allowed \
                or not all(isinstance(v, str) for v in case.values()):
            raise LexiconError(f"{where}: {key}: cần text = \"…\" và reads = \"…\" (chuỗi)"
                               + ("; bound = \"…\" với approximate" if kind == "qualifiers" else ""))
        if case["reads"] not in readings:
            raise LexiconError(f"{where}: {key}.reads: {case['reads']!r} không hợp lệ; có: {', '.join(readings)}")
        bound = case.get("bound", "")
        if kind == "qualifiers" and (case["reads"] == "approximate") != bool(bound):
            raise LexiconError(f"{where}: {key}.bound: cần bound với reads = \"approximate\", và chỉ khi đó "
                               "(bound goes with an approximation only)")
        if bound and bound not in BOUNDS:
            raise LexiconError(f"{where}: {key}.bound: {bound!r} không hợp lệ; có: {', '.join(BOUNDS)}")
        if not re.search(r"\d", case["text"]):
            raise LexiconError(f"{where}: {key}.text: không có số (no figure)")
        out.append((i, case["text"], case["reads"], bound))
    return out
