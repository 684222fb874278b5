"""Every extraction grammar of draftcheck, in one place (pyparsing).

Leaves are single regex elements with named groups (:class:`Leaf`, a ``pp.Regex`` built on
first use, named with ``set_name``): pyparsing's cost is in failed alternatives, and a Regex
is one attempt. Scanning uses each leaf's compiled regex after a cheap pre-filter
(:func:`scan`); the composite citation grammar (``CITATION``) is also compiled into one
pattern (``CITATION_RE``) for the scan, and a test keeps the two in agreement.

This module imports nothing from the rest of the package, so it can be tested alone:

>>> VN_NUMBER.parse_string("1.234.567,5")["int"]
'1.234.567'
"""
from __future__ import annotations

import re
from typing import Iterator



class Leaf:
    """A named regular-expression leaf of the grammar.

    Scanning uses the compiled pattern (``.re``) directly; the pyparsing element
    (``.element``: ``pp.Regex(pattern).set_name(name)``) is built on first use, and every
    other attribute — ``parse_string``, ``scan_string``, results names, ``+`` — goes to it.
    So the grammar stays a pyparsing grammar that tests can drive, while a plain check never
    pays pyparsing's import (about 60 ms of a cold start).
    """

    __slots__ = ("pattern", "name", "needs", "index", "_compiled", "_element")
    count = 0  # leaves made so far: ``index`` numbers them (a slot in per-block scan results)

    def __init__(self, pattern: str, name: str, needs: tuple[str, ...] = ()):
        # ``needs``: lower-case literals that every match contains (the scan's pre-filter: a
        # block without "/" has no code, fraction or slash date, and is not scanned for them)
        self.pattern, self.name, self.needs = pattern, name, needs
        self.index = Leaf.count
        Leaf.count += 1
        self._compiled = None
        self._element = None

    @property
    def re(self) -> "re.Pattern":
        if self._compiled is None:
            self._compiled = _re_compile(self.pattern)
        return self._compiled

    @property
    def element(self):
        if self._element is None:
            import pyparsing as pp

            self._element = pp.Regex(self.pattern).set_name(self.name)
        return self._element

    def __getattr__(self, attr: str):
        return getattr(self.element, attr)

    def __call__(self, results_name: str):
        return self.element(results_name)

    def __add__(self, other):
        return self.element + (other.element if isinstance(other, Leaf) else other)

    def __repr__(self) -> str:
        return f"Leaf({self.name})"


_re_compile = re.compile

# ----------------------------------------------------------------------------- numbers
# Vietnamese locale: "." groups thousands (exactly three digits a group), "," is the
# decimal mark. A run of digits without separators is a plain integer ("2203", "06").
_INT = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
# Scanning patterns open with their first digit and check the character before it with a
# look-behind after it ("\d(?<!x\d)" is "(?<!x)\d"): a pattern that starts with a character
# class lets the regex engine skip to the next digit, one that starts with a look-behind is
# tried at every position (three times slower on a report).
_INT_TAIL = r"(?:\d{0,2}(?:\.\d{3})+|\d*)"  # _INT after its first digit
NUMBER_RE = (
    r"(?P<int>\d(?<![\w.,/:-]\d)(?<!\d[.,]\d)" + _INT_TAIL + ")"
    r"(?:,(?P<dec>\d+))?"
    r"(?![\w]|[.,]\d|/\d|:\d)"
)
VN_NUMBER = Leaf(NUMBER_RE, "vn_number")

# a fraction "677/2203", "2.678/14.877", "45/45"
FRACTION_RE = (
    rf"(?P<num>\d(?<![\w.,/:-]\d){_INT_TAIL}(?:,\d+)?)\s?/\s?(?P<den>{_INT}(?:,\d+)?)(?![\w/]|[.,]\d)"
)
FRACTION = Leaf(FRACTION_RE, "fraction", needs=("/",))

PERCENT_RE = r"\s?%"

# ----------------------------------------------------------------------------- dates
_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>\d{4})"
DATE_LONG_RE = rf"(?i:ngày)\s+{_D}\s+(?i:tháng)\s+{_M}\s+(?i:năm)\s+{_Y}"
# "(?=[\dNn])": a match opens with a digit or "ngày"; the look-ahead spares the look-behind at
# every other character (a quarter of the scan)
DATE_SLASH_RE = rf"(?=[\dNn])(?<![\w/.,])(?:(?i:ngày)\s+)?{_D}\s?/\s?{_M}\s?/\s?{_Y}(?![\w/])"
DATE_DAYMONTH_RE = rf"(?=[\dNn])(?<![\w/.,])(?P<cue>(?i:ngày)\s+)?{_D}/{_M}(?:(?![\w/]|[.,]\d)|(?=(?i:đến)\b))"
DATE_MONTH_RE = rf"(?i:tháng)\s+{_M}\s?(?:/\s?|\s+(?i:năm)\s+){_Y}(?![\w/])"
# not "ngày 17 - 19.9": a range of days before the month ("17 to 19 September")
DATE_HOLIDAY_RE = r"(?i:ngày)(?:\s+[A-ZĐ]\w*(?:\s+[^\W\d]+){0,3})?\s+(?P<d>\d{1,2})\s?[-/]\s?(?P<m>\d{1,2})(?![\w/-]|[.,]\d)"
WEEKDAY_RE = r"(?P<wd>(?i:thứ)\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|(?i:chủ\s+nhật))"

DATE_LONG = Leaf(DATE_LONG_RE, "date_long", needs=("ngày", "tháng", "năm"))
DATE_SLASH = Leaf(DATE_SLASH_RE, "date_slash", needs=("/",))
DATE_DAYMONTH = Leaf(DATE_DAYMONTH_RE, "date_daymonth", needs=("/",))
DATE_MONTH = Leaf(DATE_MONTH_RE, "date_month", needs=("tháng",))
DATE_HOLIDAY = Leaf(DATE_HOLIDAY_RE, "date_holiday", needs=("ngày",))
WEEKDAY = Leaf(WEEKDAY_RE, "weekday")

# the NĐ 30 place-and-date line: "Tiền Giang, ngày 05 tháng 01 năm 2020" alone on its line
# (or in a header-table cell); day and month kept as written to check the leading zeros.
PLACE_DATE_RE = (
    r"(?m)(?:^|\t|\|)[ *_]{0,8}(?P<place>[A-ZĐ][^\W\d_]*(?:(?:[ \t]+|\.[ \t]*)[^\W\d_]+){0,6}\.?)[ \t]*,[ \t]*"
    r"(?i:ngày)[ \t]+(?P<d>\d{1,2})[ \t]+(?i:tháng)[ \t]+(?P<m>\d{1,2})[ \t]+(?i:năm)[ \t]+(?P<y>\d{4})"
    r"[ \t*_.]*(?=$|\t|\|)"
)
PLACE_DATE = Leaf(PLACE_DATE_RE, "place_date_line", needs=("ngày", "tháng", "năm"))

# ----------------------------------------------------------------------------- periods
_QNUM = r"(?P<q>IV|I{1,3}|[1-4])"
_WORD_MONTHS = r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một"
PERIOD_QUARTER_RE = rf"(?i:qu[ýíy])\s+{_QNUM}(?![\w])(?:\s?/\s?(?P<y>\d{{4}})|\s+(?i:năm)\s+(?P<y2>\d{{4}}))?"
# the count of months, "\d{1,2}|(?i:một|hai|…|mười một)", written first-character-first (one
# character class, then the rest of each word): the engine skips to a possible first letter
# instead of trying eleven case-insensitive words at every position
_MONTH_COUNT = (r"(?P<n>[\dMmHhBbNnSsTtCc](?:(?<=\d)\d?|(?<=[Mm])(?i:ột|ười|ười một)|(?<=[Hh])(?i:ai)"
                r"|(?<=[Bb])(?i:a|ốn|ảy)|(?<=[Nn])(?i:ăm)|(?<=[Ss])(?i:áu)|(?<=[Tt])(?i:ám)|(?<=[Cc])(?i:hín)))")
PERIOD_MONTHS_RE = (
    rf"{_MONTH_COUNT}\s+(?i:tháng)(?:\s+(?P<pos>(?i:đầu|cuối))\s+(?i:năm))?"
    r"(?:\s+(?:(?i:năm)\s+)?(?P<y>\d{4}))?(?![\w/])"
)
PERIOD_RANGE_RE = (  # "(?<![\w/.,])(?:19|20)" with the look-behind after the first digit
    r"(?P<y1>(?:1(?<![\w/.,]1)9|2(?<![\w/.,]2)0)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\w/])")
PERIOD_YEAR_RE = r"(?i:năm)\s+(?P<y>(?:19|20)\d{2})(?![\w/-])"
PERIOD_YTD_RE = r"(?i:từ\s+đầu\s+năm(?:\s+(?P<y>\d{4}))?\s+(?:đến\s+nay|đến\s+thời\s+điểm\s+báo\s+cáo))"

PERIOD_QUARTER = Leaf(PERIOD_QUARTER_RE, "period_quarter", needs=("qu",))
PERIOD_MONTHS = Leaf(PERIOD_MONTHS_RE, "period_months", needs=("tháng",))
PERIOD_RANGE = Leaf(PERIOD_RANGE_RE, "period_range")
PERIOD_YEAR = Leaf(PERIOD_YEAR_RE, "period_year", needs=("năm",))
PERIOD_YTD = Leaf(PERIOD_YTD_RE, "period_ytd", needs=("từ", "đầu", "năm"))

# ----------------------------------------------------------------------------- codes
# số/ký hiệu: "424/KH-UBND", "32/2020/NĐ-CP", "30c/NQ-CP", "2231/SNV-CCHC&PC", "64/2025/QH15".
_GRP = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
CODE_RE = (
    r"(?P<num>\d(?<![\w/.,]\d)\d{0,5}[a-zđ]?)\s?/\s?(?:(?P<year>(?:19|20)\d{2})\s?/\s?)?"
    rf"(?P<kh>{_GRP}(?:(?:\s?[-–]\s?|/)(?!(?:19|20)\d{{2}}\b){_GRP})*)"
    r"(?![\w])"
)
DOC_CODE = Leaf(CODE_RE, "doc_code", needs=("/",))

DOC_TYPES = (
    "Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Nghị quyết", "Thông tư liên tịch", "Thông tư",
    "Quyết định", "Chỉ thị", "Kế hoạch", "Báo cáo", "Công văn", "Tờ trình", "Thông báo",
    "Hướng dẫn", "Văn bản", "Chương trình", "Đề án", "Công điện", "Quy chế", "Quy định",
)
_TYPES = "|".join(sorted((re.escape(t) for t in DOC_TYPES), key=len, reverse=True))
DOC_TYPE = Leaf(rf"(?i:{_TYPES})(?=\s)", "doc_type")
CITATION_HEAD_RE = rf"(?P<type>(?i:{_TYPES}))\s+(?:(?i:số)\s+)?"
CITATION_DATE_RE = r"\s*(?:,\s*)?(?:(?i:ban\s+hành\s+)?ngày\s+)(?P<date>\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
# The same grammar as one compiled pattern: the scan runs this (one regex pass per block,
# no per-index parse attempts); CITATION above is the pyparsing form, tested to agree with it.
CITATION_RE = CITATION_HEAD_RE + f"(?P<code>{CODE_RE})" + f"(?:{CITATION_DATE_RE})?"


def _citation():
    """The citation grammar (pyparsing): type word, optional "số", code, optional date."""
    import pyparsing as pp

    return (
        pp.Regex(CITATION_HEAD_RE).set_name("citation_type")
        + DOC_CODE.element.copy()("code")
        + pp.Opt(pp.Regex(CITATION_DATE_RE).set_name("citation_date"))("date")
    ).set_name("citation").leave_whitespace()


_LAZY = {"CITATION": _citation}
_BUILT: dict = {}


def __getattr__(name: str):
    """Composite pyparsing expressions are built on first access (module ``__getattr__``)."""
    if name in _LAZY:
        if name not in _BUILT:
            _BUILT[name] = _LAZY[name]()
        return _BUILT[name]
    raise AttributeError(name)


# every literal a leaf's pre-filter looks for (checker.extract.scans records which a block has)
NEEDED_LITERALS = frozenset(lit for leaf in (v for v in list(globals().values()) if isinstance(v, Leaf))
                            for lit in leaf.needs)

# ----------------------------------------------------------------------------- helpers
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """The cheap pre-filter of every number and date scan (a C-level search, not a Python loop)."""
    return _DIGIT.search(text) is not None


def compiled(leaf: Leaf) -> re.Pattern:
    """The compiled pattern of a Regex leaf (pyparsing keeps it as ``.re``)."""
    return leaf.re


def scan(leaf: Leaf, text: str, digits: bool = True) -> Iterator[re.Match]:
    """Matches of a Regex leaf in ``text``, after cheap pre-filters: a digit (unless
    ``digits=False``: "sáu tháng" has none) and the leaf's required literals."""
    if digits and not _DIGIT.search(text):
        return iter(())
    if leaf.needs:
        low = text if all(n == "/" for n in leaf.needs) else text.lower()
        for lit in leaf.needs:
            if lit not in low:
                return iter(())
    return compiled(leaf).finditer(text)
