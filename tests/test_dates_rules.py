"""Date rules: one impossible-date finding per impossible date (hypothesis); each finding
quotes both dates and their lines; silence on the reference draft and the corpus."""
from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from checker.engine import Options, run
from checker.extract import build_document, read_path

from _family import family
from conftest import CORPUS, SEED, needs_shared

DT = family("DT")
DT001 = family("DT").select(["DT001"])


def codes(text: str, ruleset=DT, **opts) -> list[tuple[int, str]]:
    report = run(build_document(text), ruleset, Options(**opts))
    assert not report.internal_errors, report.internal_errors
    return sorted((f.span.line, f.code) for f in report.findings)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.integers(1990, 2039), st.sampled_from(["long", "slash", "month"]))
def test_every_impossible_date_gives_exactly_one_finding(day, month, year, form):
    if form == "month":
        if 1 <= month <= 12:
            month += 12
        written = f"tháng {month}/{year}"
    else:
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            day = calendar.monthrange(year, month)[1] + 1
        written = f"ngày {day} tháng {month} năm {year}" if form == "long" else f"ngày {day}/{month}/{year}"
    report = run(build_document(f"Theo văn bản {written} của tỉnh."), DT001)
    assert [f.code for f in report.findings] == ["DT001"]
    assert written.split(" ", 1)[-1] in report.findings[0].message


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)))
def test_valid_dates_and_right_weekdays_are_silent(d):
    wd = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")[d.weekday()]
    text = f"{wd[0].upper() + wd[1:]}, ngày {d.day}/{d.month}/{d.year}, Ủy ban nhân dân tỉnh họp."
    assert codes(text) == []


def test_weekday_mismatch_names_the_right_day():
    report = run(build_document("Thứ Ba, ngày 06/4/2020, Ủy ban nhân dân tỉnh họp."), DT)
    (f,) = report.findings
    assert f.code == "DT003" and "thứ Hai" in f.message and "thứ Hai" in f.suggestion


def test_reversed_range_quotes_both_dates_and_lines():
    report = run(build_document("Từ ngày 15/4/2020 đến\nngày 01/4/2020, đã tiếp nhận hồ sơ."), DT)
    (f,) = report.findings
    assert f.code == "DT002"
    assert "15/4/2020" in f.message and "01/4/2020" in f.message and "dòng 1" in f.message and "dòng 2" in f.message


def test_report_date_from_option_and_line():
    text = "Ngày 15/5/2020, Ủy ban nhân dân tỉnh đã tổ chức hội nghị."
    assert codes(text) == []
    assert codes(text, report_date=date(2020, 5, 10)) == [(1, "DT004")]
    assert codes(text, report_date=date(2020, 5, 20)) == []
    with_line = "Tiền Giang, ngày 10 tháng 5 năm 2020\n\n" + text
    assert codes(with_line) == [(3, "DT004")]
    # plans may lie ahead
    assert codes("Tiền Giang, ngày 10 tháng 5 năm 2020\n\nHội đồng sẽ họp, dự kiến ngày 15/5/2020.") == []


def test_fiscal_quarter_is_not_an_error():
    text = ("BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2020\n\n"
            "Trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020) toàn tỉnh đã tiếp nhận hồ sơ.\n\n"
            "Ngày 15/3/2020, Ủy ban nhân dân tỉnh đã họp.")
    assert codes(text) == []


def test_publication_before_period_end_is_not_an_error():
    text = "Kết quả tháng 9 và quý III/2021\n\n29/09/2021\n\nTháng 9/2021, Trung tâm đã tiếp nhận 4.131 hồ sơ."
    assert codes(text) == []


def test_date_line_zeros():
    assert codes("Tiền Giang, ngày 05 tháng 03 năm 2020") == [(1, "DT007")]
    assert codes("Tiền Giang, ngày 05 tháng 3 năm 2020") == []
    assert codes("Ngày 22 tháng 05 năm 2018") == []


@needs_shared()
def test_reference_draft_has_no_date_warning():
    report = run(read_path(SEED), DT)
    assert not report.internal_errors
    assert [(f.span.line, f.code) for f in report.findings if f.severity != "info"] == []


@needs_shared()
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else [], ids=lambda p: p.stem)
def test_corpus_date_notes_are_respected(path):
    report = run(read_path(path), DT)
    assert not report.internal_errors
    assert [(f.span.line, f.code, f.message) for f in report.findings if f.severity != "info"] == []
