"""Kind ``date_valid``: a date that does not exist on the calendar.

## What it does
Checks every date written in the draft (``ngày 31 tháng 4 năm 2020``, ``30/02/2021``,
``tháng 13/2020``) against the calendar, leap years included.

## Why is this bad?
A cited document or an event dated on a day that never existed sends the reader nowhere.

## Example
``Kế hoạch số 12/KH-UBND ngày 30/02/2021`` — February 2021 has 28 days.
"""
from __future__ import annotations

import calendar
from typing import Iterable

from .. import extract
from ..model import Document
from . import Context, Hit, Kind, register


@register("date_valid")
class DateValid(Kind):
    placeholders = frozenset({"date", "day", "month", "year", "last_day", "reason"})

    Params = Kind.Params  # no parameters

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for d in extract.dates(doc):
            if d.valid:
                continue
            if not 1 <= d.month <= 12:
                reason_vi = f"không có tháng {d.month}"
                last = None
            else:
                last = calendar.monthrange(d.year or 2000, d.month)[1]
                reason_vi = f"tháng {d.month}" + (f"/{d.year}" if d.year else "") + f" chỉ có {last} ngày"
            yield Hit(d.start, d.end, {
                "date": d.text, "day": d.day, "month": d.month, "year": d.year or "",
                "last_day": last or "", "reason": reason_vi,
            }, data={"day": d.day, "month": d.month, "year": d.year, "last_day": last})
