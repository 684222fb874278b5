"""Every extraction grammar of draftcheck, in one place (pyparsing).

Leaves are single ``pp.Regex`` elements with named groups (fast: pyparsing's cost is in
failed alternatives, and a Regex is one attempt), each with ``set_name``. Scanning long
text uses the leaf's compiled regex after a cheap pre-filter (:func:`scan`); composite
expressions (citations) run ``scan_string`` only on blocks that pass a pre-filter.

This module imports nothing from the rest of the package, so it can be tested alone:

>>> VN_NUMBER.parse_string("1.234.567,5")["int"]
'1.234.567'
"""
from __future__ import annotations

import re
from typing import Iterator

import pyparsing as pp

# ----------------------------------------------------------------------------- numbers
# Vietnamese locale: "." groups thousands (exactly three digits a group), "," is the
# decimal mark. A run of digits without separators is a plain integer ("2203", "06").
_INT = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
NUMBER_RE = (
    r"(?<![\w.,/:-])(?<!\d[.,])"
    rf"(?P<int>{_INT})(?:,(?P<dec>\d+))?"
    r"(?![\w]|[.,]\d|/\d|:\d)"
)
VN_NUMBER = pp.Regex(NUMBER_RE).set_name("vn_number")

# a fraction "677/2203", "2.678/14.877", "45/45"
FRACTION_RE = (
    rf"(?<![\w.,/:-])(?P<num>{_INT}(?:,\d+)?)\s?/\s?(?P<den>{_INT}(?:,\d+)?)(?![\w/]|[.,]\d)"
)
FRACTION = pp.Regex(FRACTION_RE).set_name("fraction")

PERCENT_RE = r"\s?%"

# ----------------------------------------------------------------------------- dates
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>\d{4})"
DATE_LONG_RE = rf"(?i:ngày)\s+{_D}\s+(?i:tháng)\s+{_M}\s+(?i:năm)\s+{_Y}"
DATE_SLASH_RE = rf"(?<![\w/.,])(?:(?i:ngày)\s+)?{_D}\s?/\s?{_M}\s?/\s?{_Y}(?![\w/])"
DATE_DAYMONTH_RE = rf"(?<![\w/.,])(?P<cue>(?i:ngày)\s+)?{_D}/{_M}(?:(?![\w/]|[.,]\d)|(?=(?i:đến)\b))"
DATE_MONTH_RE = rf"(?i:tháng)\s+{_M}\s?(?:/\s?|\s+(?i:năm)\s+){_Y}(?![\w/])"
DATE_HOLIDAY_RE = r"(?i:ngày)(?:\s+[A-ZĐ]\w*(?:\s+[^\W\d]+){0,3})?\s+(?P<d>\d{1,2})\s?[-/]\s?(?P<m>\d{1,2})(?![\w/-])"
WEEKDAY_RE = r"(?P<wd>(?i:thứ)\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|(?i:chủ\s+nhật))"

DATE_LONG = pp.Regex(DATE_LONG_RE).set_name("date_long")
DATE_SLASH = pp.Regex(DATE_SLASH_RE).set_name("date_slash")
DATE_DAYMONTH = pp.Regex(DATE_DAYMONTH_RE).set_name("date_daymonth")
DATE_MONTH = pp.Regex(DATE_MONTH_RE).set_name("date_month")
DATE_HOLIDAY = pp.Regex(DATE_HOLIDAY_RE).set_name("date_holiday")
WEEKDAY = pp.Regex(WEEKDAY_RE).set_name("weekday")

# the NĐ 30 place-and-date line: "Tiền Giang, ngày 05 tháng 01 năm 2020" alone on its line
# (or in a header-table cell); day and month kept as written to check the leading zeros.
PLACE_DATE_RE = (
    r"(?m)(?:^|\t|\|)[ *_]{0,8}(?P<place>[A-ZĐ][^\W\d_]*(?:(?:[ \t]+|\.[ \t]*)[^\W\d_]+){0,6}\.?)[ \t]*,[ \t]*"
    r"(?i:ngày)[ \t]+(?P<d>\d{1,2})[ \t]+(?i:tháng)[ \t]+(?P<m>\d{1,2})[ \t]+(?i:năm)[ \t]+(?P<y>\d{4})"
    r"[ \t*_.]*(?=$|\t|\|)"
)
PLACE_DATE = pp.Regex(PLACE_DATE_RE).set_name("place_date_line")

# ----------------------------------------------------------------------------- periods
_QNUM = r"(?P<q>IV|I{1,3}|[1-4])"
_WORD_MONTHS = r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một"
PERIOD_QUARTER_RE = rf"(?i:qu[ýíy])\s+{_QNUM}(?![\w])(?:\s?/\s?(?P<y>\d{{4}})|\s+(?i:năm)\s+(?P<y2>\d{{4}}))?"
PERIOD_MONTHS_RE = (
    rf"(?P<n>\d{{1,2}}|(?i:{_WORD_MONTHS}))\s+(?i:tháng)(?:\s+(?P<pos>(?i:đầu|cuối))\s+(?i:năm))?"
    r"(?:\s+(?:(?i:năm)\s+)?(?P<y>\d{4}))?(?![\w/])"
)
PERIOD_RANGE_RE = r"(?<![\w/.,])(?P<y1>(?:19|20)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\w/])"
PERIOD_YEAR_RE = r"(?i:năm)\s+(?P<y>(?:19|20)\d{2})(?![\w/-])"
PERIOD_YTD_RE = r"(?i:từ\s+đầu\s+năm(?:\s+(?P<y>\d{4}))?\s+(?:đến\s+nay|đến\s+thời\s+điểm\s+báo\s+cáo))"

PERIOD_QUARTER = pp.Regex(PERIOD_QUARTER_RE).set_name("period_quarter")
PERIOD_MONTHS = pp.Regex(PERIOD_MONTHS_RE).set_name("period_months")
PERIOD_RANGE = pp.Regex(PERIOD_RANGE_RE).set_name("period_range")
PERIOD_YEAR = pp.Regex(PERIOD_YEAR_RE).set_name("period_year")
PERIOD_YTD = pp.Regex(PERIOD_YTD_RE).set_name("period_ytd")

# ----------------------------------------------------------------------------- codes
# số/ký hiệu: "424/KH-UBND", "32/2020/NĐ-CP", "30c/NQ-CP", "2231/SNV-CCHC&PC", "64/2025/QH15".
_GRP = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
CODE_RE = (
    r"(?<![\w/.,])(?P<num>\d{1,6}[a-zđ]?)\s?/\s?(?:(?P<year>(?:19|20)\d{2})\s?/\s?)?"
    rf"(?P<kh>{_GRP}(?:(?:\s?[-–]\s?|/)(?!(?:19|20)\d{{2}}\b){_GRP})*)"
    r"(?![\w])"
)
DOC_CODE = pp.Regex(CODE_RE).set_name("doc_code")

DOC_TYPES = (
    "Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Nghị quyết", "Thông tư liên tịch", "Thông tư",
    "Quyết định", "Chỉ thị", "Kế hoạch", "Báo cáo", "Công văn", "Tờ trình", "Thông báo",
    "Hướng dẫn", "Văn bản", "Chương trình", "Đề án", "Công điện", "Quy chế", "Quy định",
)
_TYPES = "|".join(sorted((re.escape(t) for t in DOC_TYPES), key=len, reverse=True))
DOC_TYPE = pp.Regex(rf"(?i:{_TYPES})(?=\s)").set_name("doc_type")
CITATION_HEAD_RE = rf"(?P<type>(?i:{_TYPES}))\s+(?:(?i:số)\s+)?"
CITATION_DATE_RE = r"\s*(?:,\s*)?(?:(?i:ban\s+hành\s+)?ngày\s+)(?P<date>\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
# The same grammar as one compiled pattern: the scan runs this (one regex pass per block,
# no per-index parse attempts); CITATION above is the pyparsing form, tested to agree with it.
CITATION_RE = CITATION_HEAD_RE + f"(?P<code>{CODE_RE})" + f"(?:{CITATION_DATE_RE})?"
CITATION = (
    pp.Regex(CITATION_HEAD_RE).set_name("citation_type")
    + DOC_CODE("code")
    + pp.Opt(pp.Regex(CITATION_DATE_RE).set_name("citation_date"))("date")
).set_name("citation").leave_whitespace()

# ----------------------------------------------------------------------------- helpers
_DIGIT = re.compile(r"\d")


def compiled(leaf: pp.Regex) -> re.Pattern:
    """The compiled pattern of a Regex leaf (pyparsing keeps it as ``.re``)."""
    return leaf.re


def scan(leaf: pp.Regex, text: str) -> Iterator[re.Match]:
    """Matches of a Regex leaf in ``text``; a cheap digit pre-filter first."""
    if not _DIGIT.search(text):
        return iter(())
    return compiled(leaf).finditer(text)
