"""Citation kinds: cited documents (``Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ``)
and document codes.

## What it does
Parses each citation into type, number, year, code, date and issuer, and checks them against
each other, against the other citations of the same document and against the report date.

## Why is this bad?
A citation that cannot be looked up (wrong year, two dates, malformed code) leaves the
legal basis of the report unverifiable.

## Example
``Nghị quyết số 08/NQ/CP`` (should be ``08/NQ-CP``); ``Nghị định số 32/2020/NĐ-CP ngày 05/3/2019``.

Kinds:

* ``citation_year`` — the year in the number is not the year of the date.
* ``citation_conflict`` — the same number and code cited with two dates (``compare = "date"``)
  or with two type words (``compare = "type"``).
* ``code_malformed`` — ``08/NQ/CP``, ``35/NQ- CP``, an en dash, a type code outside NĐ 30's
  table, a type code that is not the cited type's.
* ``citation_after_report`` — a cited document dated after the report itself.
* ``code_missing_year`` — a legal normative document (``NĐ-CP``, ``TT-…``, or a code cited
  elsewhere with its year) cited without its year.
"""
from __future__ import annotations

import fnmatch
from typing import Iterable

from ..records import record
from .. import extract
from ..model import Document
from . import Context, Hit, Kind, register
from ._dates import as_date, fmt, report_date

# NĐ 30/2020, Phụ lục III, Mục I (administrative types) and the copy types.
ND30_TYPE_CODES = ("NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN BTT GUQ GM GGT GNP "
                   "PG PC PB SY TrS SL").split()
# type word → the type code its ký hiệu must start with (administrative documents, no year)
TYPE_WORD_CODES = {
    "nghị quyết": "NQ", "quyết định": "QĐ", "chỉ thị": "CT", "quy chế": "QC", "quy định": "QyĐ",
    "thông báo": "TB", "hướng dẫn": "HD", "chương trình": "CTr", "kế hoạch": "KH", "đề án": "ĐA",
    "báo cáo": "BC", "tờ trình": "TTr", "công điện": "CĐ",
}
GENERIC_TYPES = {"văn bản"}
# Party (Đảng) documents write "18-NQ/TW": a slash before the issuer is their own convention.
DEFAULT_PARTY_ISSUERS = ["TW", "TƯ", "TU", "HU", "QU", "TXU", "ĐU", "ĐUK", "BCSĐ", "ĐĐ", "BTGTW", "BTCTW",
                         "UBKTTW", "VPTW", "BBT", "BCT"]


def _line(doc: Document, offset: int) -> int:
    return doc.line_of(offset)


def _same_issuer(a: str, b: str) -> bool:
    return not a or not b or a.lower() == b.lower()


@register("citation_year")
class CitationYear(Kind):
    placeholders = frozenset({"citation", "code", "code_year", "date", "date_year", "line"})

    Params = Kind.Params  # no parameters

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for c in extract.citations(doc):
            if c.date is None or c.code.year is None or c.date.year is None or c.date.year == c.code.year:
                continue
            yield Hit(c.code.start, c.date.end, {
                "citation": doc.text[c.start:c.date.end], "code": c.code.text, "code_year": c.code.year,
                "date": c.date.text, "date_year": c.date.year, "line": _line(doc, c.start),
            }, data={"code": c.code.key, "date_year": c.date.year})


@register("citation_conflict")
class CitationConflict(Kind):
    """The same document (number and code) cited twice with different dates or type words."""

    placeholders = frozenset({"code", "first", "first_line", "second", "second_line"})

    @record(frozen=True, eq=False)
    class Params:
        compare: str = "date"  # "date" or "type"

        def __post_init__(self):
            if self.compare not in ("date", "type"):
                raise ValueError("compare phải là 'date' hoặc 'type'")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        seen: dict[str, dict[tuple, object]] = {}
        for c in extract.citations(doc):
            earlier = seen.setdefault(c.code.key, {})
            prior = [p for p in earlier.values() if self._comparable(p, c)]
            # flagged only when it agrees with no earlier comparable citation of the same document
            if prior and not any(self._same(p, c) for p in prior):
                yield self._hit(doc, prior[0], c)
            # earlier citations alike in all that the comparison reads are one: the first is kept
            # (a document citing one plan a thousand times is not compared a million times)
            earlier.setdefault(self._signature(c), c)

    @staticmethod
    def _signature(c) -> tuple:
        return (c.issuer, as_date(c.date) if c.date is not None else None, c.date is None,
                c.code.year is None, c.type_word.lower())

    def _comparable(self, a, b) -> bool:
        if not _same_issuer(a.issuer, b.issuer):
            return False
        if self.params.compare == "date":
            if a.date is None or b.date is None:
                return False
            da, db = as_date(a.date), as_date(b.date)
            # numbering restarts every year: 15/KH-UBND of 2019 and of 2020 are two documents
            return da is not None and db is not None and (a.code.year is not None or da.year == db.year)
        ta, tb = a.type_word.lower(), b.type_word.lower()
        return bool(ta and tb) and ta not in GENERIC_TYPES and tb not in GENERIC_TYPES

    def _same(self, a, b) -> bool:
        if self.params.compare == "date":
            return as_date(a.date) == as_date(b.date)
        return a.type_word.lower() == b.type_word.lower()

    def _hit(self, doc: Document, a, b) -> Hit:
        if self.params.compare == "date":
            return Hit(b.date.start, b.date.end, {
                "code": b.code.text, "first": a.date.text, "first_line": _line(doc, a.date.start),
                "second": b.date.text, "second_line": _line(doc, b.date.start)},
                data={"code": b.code.key, "first": fmt(as_date(a.date)), "second": fmt(as_date(b.date))})
        return Hit(b.start, b.code.end, {
            "code": b.code.text, "first": a.type_word, "first_line": _line(doc, a.start),
            "second": b.type_word, "second_line": _line(doc, b.start)},
            data={"code": b.code.key, "first": a.type_word, "second": b.type_word})


@register("code_malformed")
class CodeMalformed(Kind):
    placeholders = frozenset({"code", "problem", "problem_en", "expected", "line"})

    @record(frozen=True, eq=False)
    class Params:
        party_issuers: list[str] = tuple(DEFAULT_PARTY_ISSUERS)  # type: ignore[assignment]
        type_codes: list[str] = tuple(ND30_TYPE_CODES)  # type: ignore[assignment]
        unknown_type_severity: str = "info"

        def __post_init__(self):
            if self.unknown_type_severity not in ("info", "warning", "error"):
                raise ValueError("unknown_type_severity phải là info, warning hoặc error")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        party = {p.upper() for p in self.params.party_issuers}
        table = {t.upper() for t in self.params.type_codes}
        flagged: set[int] = set()
        for c in extract.codes(doc):
            if not c.malformed:
                continue
            groups = [g for g in c.code.replace("/", "-").split("-") if g]
            if c.malformed == "slash" and groups and groups[-1].upper() in party:
                continue
            expected = f"{c.number}/" + (f"{c.year}/" if c.year else "") + "-".join(groups)
            problem = {"slash": "dấu '/' thay cho dấu '-' giữa các nhóm chữ",
                       "space": "có khoảng trắng trong số, ký hiệu",
                       "dash": "dấu gạch dài '–' thay cho dấu '-'"}[c.malformed]
            problem_en = {"slash": "a '/' where a '-' belongs between the letter groups",
                          "space": "a space inside the number and code",
                          "dash": "an en dash '–' instead of '-'"}[c.malformed]
            flagged.add(c.start)
            yield Hit(c.start, c.end, {"code": c.text, "problem": problem, "problem_en": problem_en,
                                       "expected": expected,
                                       "line": _line(doc, c.start)}, data={"reason": c.malformed})
        for cit in extract.citations(doc):
            c = cit.code
            if c.start in flagged or c.year is not None or "-" not in c.code:
                continue
            want = TYPE_WORD_CODES.get(" ".join(cit.type_word.lower().split()))
            if want is None:
                continue
            got = c.code.split("-")[0]
            if got.upper() == want.upper():
                continue
            if got.upper() not in table:
                problem = f"ký hiệu loại '{got}' không có trong bảng chữ viết tắt của NĐ 30/2020/NĐ-CP"
                problem_en = f"type code '{got}' is not in the table of Decree 30/2020"
                sev = self.params.unknown_type_severity
            else:
                problem = f"'{cit.type_word}' phải có ký hiệu loại '{want}', không phải '{got}'"
                problem_en = f"a '{cit.type_word}' has the type code '{want}', not '{got}'"
                sev = None
            yield Hit(c.start, c.end, {"code": c.text, "problem": problem, "problem_en": problem_en,
                                       "expected": f"{c.number}/{want}-" + "-".join(c.code.split("-")[1:]),
                                       "line": _line(doc, c.start)},
                      severity=sev, data={"reason": "type_code", "type_word": cit.type_word})


@register("citation_after_report")
class CitationAfterReport(Kind):
    placeholders = frozenset({"citation", "date", "line", "report_date", "report_where"})

    Params = Kind.Params  # no parameters

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        rd, where, tok = report_date(doc, ctx)
        if rd is None:
            return
        for c in extract.citations(doc):
            if c.date is None or (tok is not None and tok.start <= c.start < tok.end):
                continue
            d = as_date(c.date)
            if d is None or d <= rd:
                continue
            yield Hit(c.start, c.date.end, {"citation": doc.text[c.start:c.date.end], "date": c.date.text,
                                             "line": _line(doc, c.start), "report_date": fmt(rd),
                                             "report_where": where},
                      data={"code": c.code.key, "date": fmt(d), "report_date": fmt(rd)})


@register("code_missing_year")
class CodeMissingYear(Kind):
    placeholders = frozenset({"code", "line", "with_year", "with_year_line", "reason", "reason_en"})

    @record(frozen=True, eq=False)
    class Params:
        normative_codes: list[str] = ("NĐ-CP", "TT-*", "TTLT-*")  # type: ignore[assignment]

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        codes = extract.codes(doc)
        with_year = {}
        for c in codes:
            if c.year is not None:
                with_year.setdefault((c.number.lstrip("0"), c.code.upper()), c)
        for c in codes:
            if c.year is not None or c.malformed:
                continue
            other = with_year.get((c.number.lstrip("0"), c.code.upper()))
            if other is not None:
                reason = f"cùng văn bản được ghi có năm: '{other.text}' (dòng {_line(doc, other.start)})"
                reason_en = f"the same document is cited with its year: '{other.text}' (line {_line(doc, other.start)})"
                yield Hit(c.start, c.end, {"code": c.text, "line": _line(doc, c.start), "with_year": other.text,
                                           "with_year_line": _line(doc, other.start), "reason": reason,
                                           "reason_en": reason_en},
                          data={"with_year": other.key})
            elif any(fnmatch.fnmatchcase(c.code.upper(), p.upper()) for p in self.params.normative_codes):
                reason = f"ký hiệu '{c.code}' là của văn bản quy phạm pháp luật, luôn có năm ban hành"
                reason_en = f"'{c.code}' is the code of a legal normative document, which always carries its year"
                yield Hit(c.start, c.end, {"code": c.text, "line": _line(doc, c.start), "with_year": "",
                                           "with_year_line": "", "reason": reason, "reason_en": reason_en}, data={})
