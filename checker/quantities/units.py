"""What a figure measures: its unit class and dimension, from ``rules/lexicon/units.toml``.

Classes: ``money`` (đồng, USD; a scale word alone, "1.690 tỷ", as budget reports write it),
``physical`` (tấn, ha, lít, MWh, cái, viên … each with a dimension and a factor to its base
unit), ``percent``, ``count`` (any other noun: hồ sơ, TTHC, xã, người — the noun is the
dimension) and ``bare`` (no unit at all: "gồm 4 và 5"). Two figures can be added or compared
only when :func:`compatible` says so; the kinds ask it before proposing any relation.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import field
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from ..records import record
from ..model import NumberToken
from .words import LexiconError, read_lexicon

SCALE_WORDS = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn")
CLASSES = ("money", "physical", "percent", "count", "bare")


@record(frozen=True, slots=True)
class UnitReading:
    """What a figure measures."""

    cls: str  # one of CLASSES
    dimension: str = ""  # physical: mass, area, … or the piece noun; count: the noun's first word
    factor: Fraction = Fraction(1)  # to the dimension's base unit (physical only)
    kind: str = ""  # count: what is counted (person, event, file …; units.toml [count_kinds]), or ""


@record(frozen=True)
class UnitLexicon:
    money: tuple[tuple[str, ...], ...]
    physical: dict[tuple[str, ...], tuple[str, Fraction]]
    bare_words: frozenset[str] = frozenset()
    count_kinds: dict[tuple[str, ...], str] = field(default_factory=dict)  # noun words -> kind
    # words that only package a count noun after them: "57.689 bộ hồ sơ" counts files
    classifiers: frozenset[str] = frozenset()
    path: str = ""
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def classify_unit(self, unit: str, percent: bool = False, scaled: bool = False) -> UnitReading:
        """The reading of a unit as written after a figure ("triệu lít", "tỷ đồng", "hồ sơ")."""
        if percent:
            return UnitReading("percent")
        words = _words(unit)
        while words and words[0] in SCALE_WORDS:
            words = words[1:]
        if not words or words[0] in self.bare_words:
            return UnitReading("money") if scaled else UnitReading("bare")
        if len(words) > 1 and words[0] in self.classifiers:
            rest = tuple(words[1:])
            # the unit as read may stop inside the noun ("bộ hồ" of "bộ hồ sơ"): a prefix counts
            noun = next((k for k in self.count_kinds if k[:len(rest)] == rest or rest[:len(k)] == k), None)
            if noun is not None:
                return UnitReading("count", noun[0], kind=self.count_kinds[noun])  # "bộ hồ sơ": files
        for size in (3, 2, 1):  # the longest entry first: "lượt khách" before a count of "lượt"
            head = tuple(words[:size])
            if len(head) == size:
                if head in self.money:
                    return UnitReading("money")
                if head in self.physical:
                    dim, factor = self.physical[head]
                    return UnitReading("physical", dim, factor)
        kind = ""
        for size in (3, 2, 1):  # "người lao động" before "người"
            head = tuple(words[:size])
            if len(head) == size and head in self.count_kinds:
                kind = self.count_kinds[head]
                break
        return UnitReading("count", words[0], kind=kind)

    def classify(self, tok: NumberToken, text_after: str = "") -> UnitReading:
        """The reading of a number token; ``text_after`` is the text right after the figure,
        which keeps what the token's unit drops ("m2", "tạ/ha")."""
        unit = tok.unit
        if text_after:
            m = _FIRST_WORD.match(text_after)
            first = m.group(1) if m else ""
            if first and _UNIT_MARKS.search(first):
                unit = first
        return self._classify_cached(unit, tok.percent, tok.scale != 1)

    def _classify_cached(self, unit: str, percent: bool, scaled: bool) -> UnitReading:
        # a report repeats a few units thousands of times: each is read once
        key = (unit, percent, scaled)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 4096:
                self._memo.clear()
            found = self._memo[key] = self.classify_unit(unit, percent, scaled)
        return found


# the first word after a figure ("m2", "tạ/ha", "m²"): kept as the unit when it carries a mark
# the token's unit drops (a slash, a digit, a superscript)
_FIRST_WORD = re.compile(r"\s*+([^\s,;:().]{1,40})")
_UNIT_MARKS = re.compile(r"[/\d²³]")


def compatible(a: UnitReading, b: UnitReading) -> bool:
    """Can figures read as ``a`` and ``b`` be added or compared? A bare figure takes the unit
    of the figures it stands with ("gồm 4 và 5 hồ sơ"); physical figures only in one dimension
    (litres never with pieces); counts of different nouns may be (the parts of "11 VBQPPL" are
    Quyết định and Nghị quyết), as may amounts of money in any scale."""
    if a.cls == "bare" or b.cls == "bare":
        return "percent" not in (a.cls, b.cls) or a.cls == b.cls
    if {a.cls, b.cls} == {"count", "physical"}:
        # "1.000 lượt khách, gồm khách quốc tế 100 lượt, …": the count's noun is the head of the
        # measure's name, the rest of which the part's label carries
        count, measure = (a, b) if a.cls == "count" else (b, a)
        return not count.kind and measure.dimension.split()[:1] == [count.dimension]
    if a.cls != b.cls:
        return False
    if a.cls == "physical":
        return a.dimension == b.dimension
    if a.cls == "count" and a.kind and b.kind:
        return a.kind == b.kind  # accidents and people are never added ("916 vụ, 477 người")
    return True


def same_measure(a: UnitReading, b: UnitReading) -> bool:
    """Do ``a`` and ``b`` count or measure the same thing, so that one can be the base of a
    share of the other? Money with money; a count with a count of the same noun or of the same
    kind ("20.283 người" of "24.694 lao động"); a physical unit in its own dimension."""
    if a.cls != b.cls or a.cls in ("bare", "percent"):
        return False
    if a.cls == "count":
        return a.dimension == b.dimension or bool(a.kind) and a.kind == b.kind
    if a.cls == "physical":
        return a.dimension == b.dimension
    return True


def _words(unit: str) -> list[str]:
    return unicodedata.normalize("NFC", unit).lower().split()


@lru_cache(maxsize=4)
def load_units(path: str | None = None) -> UnitLexicon:
    """Read and validate the unit lexicon (every [[cases]] entry must read as it says)."""
    where, data = read_lexicon(path, "units.toml")

    def err(key: str, why: str) -> LexiconError:
        return LexiconError(f"{where}: {key}: {why}")

    for key in data:
        if key not in ("description", "money", "physical", "bare", "count_kinds", "classifiers", "cases"):
            raise err(key, "khóa không hợp lệ (unknown key); có: bare, cases, classifiers, count_kinds, description, "
                           "money, physical")
    money = data.get("money")
    if not isinstance(money, dict) or set(money) != {"units"} or not isinstance(money["units"], list) \
            or not all(isinstance(u, str) and u.strip() for u in money["units"]):
        raise err("money.units", "cần danh sách đơn vị tiền (list of strings)")
    physical = data.get("physical")
    if not isinstance(physical, dict) or not physical:
        raise err("physical", "cần bảng đơn vị = [chiều, hệ số]")
    phys: dict[tuple[str, ...], tuple[str, Fraction]] = {}
    for unit, entry in physical.items():
        ok = (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str) and entry[0].strip()
              and isinstance(entry[1], (int, float)) and not isinstance(entry[1], bool) and 0 < entry[1] < 1e12)
        if not ok:
            raise err(f"physical.{unit}", "phải là [\"chiều\", hệ số > 0] (dimension, positive factor)")
        phys[tuple(_words(unit))] = (entry[0].strip().lower(), Fraction(str(entry[1])))
    bare = data.get("bare", {"words": []})
    if not isinstance(bare, dict) or set(bare) != {"words"} or not isinstance(bare["words"], list) \
            or not all(isinstance(w, str) and w.strip() and len(w.split()) == 1 for w in bare["words"]):
        raise err("bare.words", "cần danh sách từ đơn (list of single words)")
    kinds_raw = data.get("count_kinds", {})
    if not isinstance(kinds_raw, dict):
        raise err("count_kinds", "cần bảng loại = [danh từ đếm] (kind = list of count nouns)")
    kinds: dict[tuple[str, ...], str] = {}
    for kind, nouns in kinds_raw.items():
        if not isinstance(nouns, list) or not nouns or not all(isinstance(w, str) and w.strip() for w in nouns):
            raise err(f"count_kinds.{kind}", "cần danh sách danh từ đếm (list of strings)")
        for w in nouns:
            key = tuple(_words(w))
            if key in kinds and kinds[key] != kind:
                raise err(f"count_kinds.{kind}", f"{w!r} đã thuộc loại {kinds[key]!r} (a noun in two kinds)")
            kinds[key] = kind
    classifiers = data.get("classifiers", {"words": []})
    if not isinstance(classifiers, dict) or set(classifiers) != {"words"} or not isinstance(classifiers["words"], list) \
            or not all(isinstance(w, str) and w.strip() and len(w.split()) == 1 for w in classifiers["words"]):
        raise err("classifiers.words", "cần danh sách từ đơn (list of single words)")
    lex = UnitLexicon(money=tuple(tuple(_words(u)) for u in money["units"]), physical=phys,
                      bare_words=frozenset(_words(" ".join(bare["words"]))), count_kinds=kinds,
                      classifiers=frozenset(_words(" ".join(classifiers["words"]))), path=where)
    cases = data.get("cases")
    if not isinstance(cases, list) or not cases:
        raise err("cases", "cần ít nhất một [[cases]] (unit, class, dimension)")
    for i, case in enumerate(cases):
        if not isinstance(case, dict) or not {"unit", "class", "dimension"} <= set(case) <= \
                {"unit", "class", "dimension", "kind"} or not all(isinstance(case[k], str) for k in case):
            raise err(f"cases[{i}]", "cần unit, class, dimension (chuỗi), và có thể kind")
        got = lex.classify(_Probe(case["unit"]), case["unit"])
        if (got.cls, got.dimension) != (case["class"], case["dimension"]) or \
                ("kind" in case and got.kind != case["kind"]):
            raise err(f"cases[{i}]", f"{case['unit']!r} đọc ra {got.cls}/{got.dimension}/{got.kind} thay vì "
                                     f"{case['class']}/{case['dimension']}/{case.get('kind', '')}")
    return lex


class _Probe:
    """A stand-in token for the lexicon's own cases: the unit as written after a figure."""

    def __init__(self, unit: str):
        words = _words(unit)
        self.percent = unit.strip() == "%"
        self.scale = 1000 if words and words[0] in SCALE_WORDS else 1
        self.unit = unit


def reading(tok: NumberToken, text: str, lexicon: Optional[UnitLexicon] = None) -> UnitReading:
    """The reading of ``tok`` in the document text ``text``."""
    lex = lexicon or load_units()
    return lex.classify(tok, text[tok.end:tok.end + 40])
