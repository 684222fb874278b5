"""Citations: parsing (type, number, year, code, date, issuer), the citation rules on the
forms of the issue, and silence on any consistent set of citations (hypothesis)."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from checker.engine import Options, run
from checker.extract import build_document, citations, read_path

from _family import family
from conftest import SEED, needs_shared

CT = family("CT")
ALL = family("CT", "DT")


def found(text: str, ruleset=CT, **opts) -> list[tuple[int, str]]:
    report = run(build_document(text), ruleset, Options(**opts))
    assert not report.internal_errors, report.internal_errors
    return sorted((f.span.line, f.code) for f in report.findings)


def test_citation_is_parsed_into_its_parts():
    (c,) = citations(build_document("Thực hiện Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ sửa đổi."))
    assert (c.type_word, c.code.number, c.code.year, c.code.code, c.issuer) == (
        "Nghị định", "32", 2020, "NĐ-CP", "Chính phủ")
    assert (c.date.day, c.date.month, c.date.year) == (5, 3, 2020)


def test_year_mismatch_quotes_code_and_date():
    report = run(build_document("Thực hiện Nghị định số 32/2020/NĐ-CP ngày 05/3/2019 của Chính phủ."), CT)
    (f,) = report.findings
    assert f.code == "CT001" and "32/2020/NĐ-CP" in f.message and "05/3/2019" in f.message


def test_two_dates_for_one_document_quote_both_lines():
    text = "Theo Kế hoạch số 15/KH-UBND ngày 20/01/2020.\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 21/01/2020."
    report = run(build_document(text), CT)
    (f,) = report.findings
    assert f.code == "CT002" and f.span.line == 3
    assert "20/01/2020" in f.message and "dòng 1" in f.message and "21/01/2020" in f.message and "dòng 3" in f.message


def test_malformed_codes():
    assert found("thực hiện Nghị quyết số 08/NQ/CP ngày 24/01/2018 của Chính phủ.") == [(1, "CT004")]
    assert found("thực hiện Nghị quyết số 35/NQ- CP của Chính phủ.") == [(1, "CT004")]
    assert found("thực hiện Nghị quyết số 08/NQ-CP ngày 24/01/2018 của Chính phủ.") == []


def test_citation_after_report():
    text = "Thực hiện Kế hoạch số 83/KH-UBND ngày 07/6/2020 của UBND tỉnh."
    assert found(text) == []
    assert found(text, report_date=date(2020, 5, 5)) == [(1, "CT005")]
    assert found("Tiền Giang, ngày 05 tháng 5 năm 2020\n\n" + text) == [(3, "CT005")]


def test_normative_code_without_year():
    assert found("Thực hiện Nghị định số 43/NĐ-CP của Chính phủ.") == [(1, "CT006")]
    assert found("Theo Quyết định số 18/2020/QĐ-TTg. Triển khai Quyết định số 18/QĐ-TTg.") == [(1, "CT006")]
    assert found("Triển khai Quyết định số 18/QĐ-TTg và Chỉ thị số 16/CT-TTg.") == []


KINDS_OF_DOCS = [  # (type word, code, normative: the number carries the year)
    ("Nghị định", "NĐ-CP", True), ("Thông tư", "TT-BNV", True), ("Quyết định", "QĐ-UBND", False),
    ("Kế hoạch", "KH-UBND", False), ("Nghị quyết", "NQ-CP", False), ("Báo cáo", "BC-UBND", False),
    ("Chỉ thị", "CT-TTg", False), ("Quyết định", "QĐ-TTg", True),
]
DOC = st.tuples(st.integers(0, len(KINDS_OF_DOCS) - 1), st.integers(1, 999),
                st.dates(min_value=date(2005, 1, 1), max_value=date(2024, 12, 31)))


@settings(max_examples=150, deadline=None)
@given(st.lists(DOC, min_size=1, max_size=6, unique_by=lambda d: (d[0], d[1])),
       st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.booleans()), min_size=1, max_size=12))
def test_consistent_citations_give_no_finding(docs, mentions):
    sentences = []
    for idx, with_date, with_so in mentions:
        kind, number, d = docs[idx % len(docs)]
        word, code, normative = KINDS_OF_DOCS[kind]
        num = f"{number:02d}/{d.year}/{code}" if normative else f"{number:02d}/{code}"
        text = f"Thực hiện {word} {'số ' if with_so else ''}{num}"
        if with_date:
            text += f" ngày {d.day:02d}/{d.month:02d}/{d.year}"
        sentences.append(text + " của cơ quan có thẩm quyền.")
    report = run(build_document("\n\n".join(sentences)), ALL)
    assert not report.internal_errors
    assert [(f.code, f.message) for f in report.findings] == []


@needs_shared()
def test_reference_draft_citations():
    report = run(read_path(SEED), CT)
    got = [(f.span.line, f.code) for f in report.findings]
    assert got == [(194, "CT004")]
    assert "08/NQ/CP" in report.findings[0].message
