"""Date and period extraction: every supported form parses back to itself (hypothesis), and
the forms of real reports (weekdays, holidays, the place-and-date line, day-month ranges)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from checker.extract import build_document, dates, periods
from checker.extract.date_tokens import find_place_date

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31))


def _num(n: int, pad: bool) -> str:
    return f"{n:02d}" if pad else str(n)


FORMS = ["long", "slash", "slash_ngay", "month_slash", "month_nam"]


def _write(d: date, form: str, pad_d: bool, pad_m: bool) -> tuple[str, tuple]:
    dd, mm = _num(d.day, pad_d), _num(d.month, pad_m)
    if form == "long":
        return f"ngày {dd} tháng {mm} năm {d.year}", (d.day, d.month, d.year)
    if form == "slash":
        return f"{dd}/{mm}/{d.year}", (d.day, d.month, d.year)
    if form == "slash_ngay":
        return f"ngày {dd}/{mm}/{d.year}", (d.day, d.month, d.year)
    if form == "month_slash":
        return f"tháng {mm}/{d.year}", (None, d.month, d.year)
    return f"tháng {mm} năm {d.year}", (None, d.month, d.year)


@settings(max_examples=300, deadline=None)
@given(DAYS, st.sampled_from(FORMS), st.booleans(), st.booleans())
def test_every_valid_date_parses_back_to_itself(d, form, pad_d, pad_m):
    written, want = _write(d, form, pad_d, pad_m)
    doc = build_document(f"Trong kỳ, {written}, Ủy ban nhân dân tỉnh đã họp.")
    toks = dates(doc)
    assert len(toks) == 1, [t.text for t in toks]
    t = toks[0]
    assert (t.day, t.month, t.year) == want
    assert t.valid
    assert doc.text[t.start:t.end] == t.text and written in t.text


@settings(max_examples=200, deadline=None)
@given(DAYS, st.integers(min_value=1, max_value=60), st.booleans())
def test_day_month_range_takes_its_year_from_context(end, span, pad):
    start = end - timedelta(days=span)
    if start.year != end.year:
        start = date(end.year, 1, 1)
    text = f"Đợt cao điểm từ ngày {_num(start.day, pad)}/{_num(start.month, pad)} đến {end.day}/{end.month}/{end.year}."
    toks = dates(build_document(text))
    assert [(t.day, t.month, t.year) for t in toks] == [(start.day, start.month, None), (end.day, end.month, end.year)]
    assert toks[0].form == "daymonth"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.integers(1990, 2039), st.sampled_from(["long", "slash"]))
def test_impossible_dates_are_still_tokens(day, month, year, form):
    valid = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    written = f"ngày {day} tháng {month} năm {year}" if form == "long" else f"ngày {day}/{month}/{year}"
    toks = dates(build_document(f"Theo văn bản {written} của tỉnh."))
    assert len(toks) == 1
    assert (toks[0].day, toks[0].month, toks[0].year, toks[0].valid) == (day, month, year, valid)


def test_forms_of_real_reports():
    text = ("Từ ngày 21/7đến 20/8/2021, tổ chức tháng 09/2021; nghỉ lễ ngày Quốc khánh 2-9; "
            "Thứ Hai, ngày 06/4/2020 họp; ngày 01/4/2020 (thứ Tư) họp.")
    toks = dates(build_document(text))
    got = [(t.form, t.day, t.month, t.year, t.weekday) for t in toks]
    assert got == [
        ("daymonth", 21, 7, None, None), ("slash", 20, 8, 2021, None), ("month", None, 9, 2021, None),
        ("holiday", 2, 9, None, None), ("slash", 6, 4, 2020, "Thứ Hai"), ("slash", 1, 4, 2020, "thứ Tư"),
    ]


def test_counts_and_ranges_are_not_dates():
    doc = build_document("Tỉnh có 2025 TTHC và 45/45 đơn vị; giai đoạn 2011 - 2020; năm học 2019 - 2020.")
    assert dates(doc) == []
    ps = [(p.kind, p.year, p.end_year) for p in periods(doc) if p.kind == "range"]
    assert ps == [("range", 2011, 2020), ("range", 2019, 2020)]


def test_periods_of_real_reports():
    text = ("quý I/2020, quý III năm 2021, quí I, 6 tháng đầu năm, bốn tháng đầu năm 2020, năm 2022, "
            "giai đoạn 2021-2030, từ đầu năm đến nay.")
    got = [(p.kind, p.year, p.quarter, p.months, p.end_year) for p in periods(build_document(text))]
    assert got == [
        ("quarter", 2020, 1, None, None), ("quarter", 2021, 3, None, None), ("quarter", None, 1, None, None),
        ("months", None, None, 6, None), ("months", 2020, None, 4, None), ("year", 2022, None, None, None),
        ("range", 2021, None, None, 2030), ("ytd", None, None, None, None),
    ]


def test_place_date_line():
    doc = build_document("UBND TỈNH X\n\nThành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019\n\nBÁO CÁO\n")
    tok = find_place_date(doc)
    assert tok is not None and (tok.day, tok.month, tok.year, tok.span.line) == (29, 6, 2019, 3)
    assert find_place_date(build_document("Ngày 22 tháng 05 năm 2018\n\nTrong khi đó, ngày 5 tháng 3 năm 2020, họp.")) is None
