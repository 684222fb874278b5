"""Number tokens: Vietnamese-locale numbers with exact value, precision, unit and cues."""
from __future__ import annotations

import dataclasses

import bisect
import heapq
import re
from decimal import Decimal
from functools import lru_cache

from ..model import Document, NumberToken
from . import grammar as g
from .cue_words import SIGNS, NumberCues, build_number_cues
from .lexicon import LexiconError, read_lexicon
from .scans import matches
from .grammar import has_digit

# Scale words multiply the number; the longest is tried first.
SCALES = {
    # a million tỷ is 10^6 × 10^9 ("1,5 triệu tỉ đồng" of registered capital: 1.500 nghìn tỷ)
    "nghìn tỷ": Decimal(10) ** 12, "ngàn tỷ": Decimal(10) ** 12, "triệu tỷ": Decimal(10) ** 15,
    # "tỉ" is the other spelling of "tỷ", in compounds too ("1.434,4 nghìn tỉ đồng")
    "nghìn tỉ": Decimal(10) ** 12, "ngàn tỉ": Decimal(10) ** 12, "triệu tỉ": Decimal(10) ** 15,
    "tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9, "triệu": Decimal(10) ** 6,
    "nghìn": Decimal(10) ** 3, "ngàn": Decimal(10) ** 3,
    # ten thousand, as harvests are still counted ("sản lượng 8,7 vạn tấn"); in lower case only:
    # "Vạn" opens place names ("Vạn Ninh", "Vạn Giã")
    "vạn": Decimal(10) ** 4,
}
_SCALE_RE = re.compile(
    r"\s{0,3}(?P<scale>nghìn tỷ|ngàn tỷ|triệu tỷ|nghìn tỉ|ngàn tỉ|triệu tỉ|tỷ|tỉ|triệu|nghìn|ngàn|(?-i:vạn))(?=\s|$|[,.;:)])",
    re.IGNORECASE)
# a unit of metres may carry its power ("350 ngàn m3", "1.200 m2", "5 km2": volume and area, not length)
_UNIT_RE = re.compile(r"\s{0,3}(?:/\s{0,3})?(?P<unit>[^\W\d_]+(?:(?<=m)[23](?!\w))?(?:\s+[^\W\d_]+)?)")

# The words that decide what a figure is are data, read once a process (load_number_cues, at
# the end of this module, which reads each file's [[cases]] through this reader):
# rules/lexicon/qualifiers.toml, the words right before a number that make it approximate, a
# bound or an estimate ("khoảng 30", "hơn 1.000", "ước đạt 95%"), and
# rules/lexicon/count-nouns.toml, the count nouns ("2025 TTHC" is a count, not a year) and the
# words before a number that make it a label ("mức độ 3", "quý 1", "Mục 2"). The names
# COUNT_NOUNS, APPROX_CUES, ESTIMATE_CUES, LABEL_WORDS, SECTION_WORDS and the patterns built
# from them (_APPROX_RE, _LABEL_RE, _SECTION_LABEL_RE, _COUNT_AFTER_RE) are bound there. The
# last word before a number decides whether the label and qualifier searches can match at all:
# a set look-up (_LABEL_LAST, _APPROX_LAST) spares them for most numbers ("đã giải quyết 1.234":
# "quyết" is no cue and no label).


def _last_word(before: str, strip_mark: bool) -> str:
    """The run of letters and digits that ends ``before`` (spaces, and one "-" or ":" when
    ``strip_mark``, skipped), in lower case; "" when it ends with another character."""
    b = before.rstrip()
    if strip_mark and b[-1:] in ("-", ":"):
        b = b[:-1].rstrip()
    i = len(b)
    while i and b[i - 1].isalnum():
        i -= 1
    return b[i:].lower()


# a footnote mark pasted with the text ("kể từ năm 2011 trở về đây[2], trong đó …"): no figure
_FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|<[^<>\s]+>|(?<!\S)[^\s@]+@\S+\.\w+")  # starts at a token: linear
# "8:30", "8h30", "14 giờ"; the first digit, then the look-behind (see grammar.NUMBER_RE)
_TIME_RE = re.compile(r"\d(?<!\w\d)(?:\d?:\d{2}|\d?\s?h\s?\d{2}|\d?\s?giờ)\b")
_PERCENT = re.compile(g.PERCENT_RE)
_FIGURES_ONLY = re.compile(r"[\d.,%\s]*")
_RANGE_AFTER_RE = re.compile(r"\s?[-–]\s?\d")
_RANGE_BEFORE_RE = re.compile(r"\d\s?%?\s?[-–]\s?$")
# run on a few characters around a bare "21/7" (see _daymonth_context) and before a year
_DATE_CUE_BEFORE = re.compile(r"(từ|đến|ngày|hết|tới)\s*$")
_DATE_CUE_AFTER = re.compile(r"\s*(đến|-|–)\s*\d")
_GLUED_HINT = re.compile(r"\d[^\W\d_]")  # a letter right after a digit: a glued unit may stand there
_LABEL_COLON_BEFORE = re.compile(r"[^\W\d_]\s*:\s*$")  # "Năm: 2020" is a count, not a year


# The largest figure the arithmetic kinds judge: a figure written with more digits (integer and
# decimal digits, the thousands dots not counted) is read as a token but is *out of range*: the
# kinds skip every relation, share or comparison that involves it, so it is never a guess. No
# quantity of a report comes near (a national budget in đồng has 16 digits), and the cost of exact
# arithmetic does: converting a 1,000,000-digit Decimal to a Fraction takes 30 s, Python refuses
# int(str) beyond 4,300 digits. 28 is decimal's default precision: a figure in range is held
# exactly by a Decimal of the default context. The kinds compute in ints and Fractions and format
# with integer rounding (kinds/_arith.fmt_vn), so sums of such figures are exact too.
MAX_FIGURE_DIGITS = 28


def figure_digits(value: Decimal, decimals: int) -> int:
    """The digits a figure is written with, from its value (O(1): no digit tuple is built)."""
    if not value.is_finite():
        return MAX_FIGURE_DIGITS + 1
    if not value:
        return 1 + decimals
    # adjusted() is the exponent of the first significant digit: 1234,5 -> 3, 0,05 -> -2
    return max(value.adjusted(), 0) + 1 + decimals


def in_range(tok: NumberToken) -> bool:
    """Can the kinds judge this token: its figure, and its denominator's, within MAX_FIGURE_DIGITS,
    and read in a number format the document makes certain (not "1,250" that could be 1,25 or
    1.250)."""
    if tok.number_format == "ambiguous" or figure_digits(tok.value, tok.decimals) > MAX_FIGURE_DIGITS:
        return False
    den = tok.denominator
    return den is None or figure_digits(den.value, den.decimals) <= MAX_FIGURE_DIGITS


def in_range_together(*toks: NumberToken) -> bool:
    """Can the kinds judge a ratio of these tokens? As :func:`in_range`, except that figures
    all undecided between the formats ("357,792 tỷ đồng … 173,592 tỷ đồng": 357,792 or 357.792)
    are judged together: one document reads them all one way, and a ratio of two of them is the
    same either way (both readings differ by the same factor of 1.000, their precision too)."""
    if all(t.number_format == "ambiguous" for t in toks):
        return all(in_range(dataclasses.replace(t, number_format="vi")) for t in toks)
    return all(in_range(t) for t in toks)


def parse_vn_number(int_part: str, dec_part: str | None) -> tuple[Decimal, int]:
    """(value, decimals) of a number written the Vietnamese way."""
    digits = int_part.replace(".", "")
    if dec_part:
        return Decimal(f"{digits}.{dec_part}"), len(dec_part)
    return Decimal(digits), 0


def _excluded_spans(doc: Document, start: int, end: int, text: str) -> list[tuple[int, int]]:
    spans = []
    for leaf in (g.DATE_LONG, g.DATE_SLASH, g.DATE_MONTH, g.DOC_CODE, g.DATE_HOLIDAY,
                 g.PERIOD_RANGE):
        spans.extend(m.span() for m in matches(doc, leaf, start, end, text))
    # the period extractor scans quarters without the digit pre-filter ("quý II"); a quarter
    # here only matters when it has digits to hide
    spans.extend(m.span() for m in matches(doc, g.PERIOD_QUARTER, start, end, text, digits=False))
    for m in matches(doc, g.DATE_DAYMONTH, start, end, text):
        if m["cue"] or _daymonth_context(text, m.start(), m.end()):
            spans.append(m.span())
    if "@" in text or "<" in text or "www." in text or "http" in text:
        spans.extend(m.span() for m in _URL_RE.finditer(text))
    if "[" in text:
        spans.extend(m.span() for m in _FOOTNOTE_RE.finditer(text))
    if "/" in text:
        # "1/ Lễ hội Nàng Hai …", "2/ Về công tác …": an item's number at a line's start, no quantity
        spans.extend(m.span() for m in _ITEM_MARK_RE.finditer(text))
    if ", " in text:
        # "sản lượng ước đạt 167, 2 tấn", "tổng số tiền gần 14, 5 tỷ đồng": a decimal written with
        # a space after its mark — neither "167" nor "2 tấn" is the figure meant, so neither is read
        spans.extend(m.span(1) for m in _SPACED_DECIMAL_RE.finditer(text))
    if ",%" in text:
        # "bằng 95,% dự toán": a rate with its decimals lost is no figure a sum or a share can use
        spans.extend(m.span() for m in _BROKEN_PERCENT_RE.finditer(text))
    if "- " in text:
        # "… như sau: 1- Nghệ An: 552 2- Sơn La: 1.616 …": an item's number inside a run-on list
        spans.extend(m.span() for m in _INLINE_ITEM_MARK_RE.finditer(text))
    spans.extend(m.span() for m in _TIME_RE.finditer(text))
    return sorted(spans)


_ITEM_MARK_RE = re.compile(r"^[ \t]*+\d{1,3}+/(?=[ \t])", re.MULTILINE)
_SPACED_DECIMAL_RE = re.compile(r"(?<!\w)(?:đạt|là|được|gần|khoảng|hơn|trên|ước|xấp[ \t]xỉ|tiền)[ \t]++(\d[\d.]{0,15}+,[ \t]\d{1,2}+)"
                                r"(?=[ \t]?+(?:tấn|tạ|ha|kg|m2|m3|lít|triệu|tỷ|nghìn)(?!\w))", re.IGNORECASE)
_BROKEN_PERCENT_RE = re.compile(r"\d(?<![\w.,]\d)[\d.]{0,20}+,%")
# a number, a dash and a capitalised name: "1- Nghệ An", "2- Sơn La" (a range is "5-7", a
# difference "5 - 3"); the digit first, then the look-behind (see grammar.NUMBER_RE)
_INLINE_ITEM_MARK_RE = re.compile(r"\d(?<![\w.,/]\d)\d?-(?=[ \t][A-ZĐÀ-Ỹ])")


def _daymonth_context(text: str, start: int, end: int) -> bool:
    """A bare "21/7" is a date when "từ/đến/ngày" stands before it or "đến" after it."""
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 8].lower()
    return bool(_DATE_CUE_BEFORE.search(before) or _DATE_CUE_AFTER.match(after))


class _Spans:
    """Spans added in order of start; ``covers(s, e)`` (is [s, e) inside one?) in O(log n) through
    a running maximum of the ends, so a block with 100,000 numbers stays linear."""

    __slots__ = ("starts", "ends", "maxend")

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.maxend: list[int] = []
        for a, b in sorted(spans):
            self.append((a, b))

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        if self.starts and a < self.starts[-1]:
            raise ValueError("spans must be added in order of start")
        self.starts.append(a)
        self.ends.append(b)
        self.maxend.append(max(b, self.maxend[-1]) if self.maxend else b)

    def covers(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, s)
        return i > 0 and self.maxend[i - 1] >= e


def _inside(spans, s: int, e: int) -> bool:
    if isinstance(spans, _Spans):
        return spans.covers(s, e)
    return any(a <= s and e <= b for a, b in spans)


# words that end a unit: "356 TTHC theo …" has the unit "TTHC", not "TTHC theo"
_UNIT_STOP = frozenset("và hoặc được đã đang sẽ của theo thuộc trên tại cho là có với trong từ đến để "
                       "so bằng đạt chiếm gồm như nhưng thì mà do vì nên khi các những ở bị tăng giảm phân chia còn".split())


# words that never open a unit: after "1.100 " they go on with the sentence ("1.100 trong tổng số …")
_UNIT_STOP_FIRST = frozenset("trong trên và hoặc của so với".split())


def unit_after(text: str, pos: int) -> tuple[str, Decimal, int]:
    """(unit words, scale, end offset) following a number at ``pos``."""
    scale = Decimal(1)
    m = _SCALE_RE.match(text, pos)
    unit_start = pos
    if m:
        scale = SCALES[m["scale"].lower()]
        unit_start = m.end()
    mu = _UNIT_RE.match(text, unit_start)
    if mu:
        words = mu["unit"].split()
        if not m and words[0].lower() in _UNIT_STOP_FIRST:
            return "", scale, pos  # "1.100 trong tổng số 1.250 hồ sơ": a word of the sentence, no unit
        if len(words) == 2 and words[1].lower() in _UNIT_STOP:
            return (f"{m['scale']} {words[0]}" if m else words[0]), scale, mu.start("unit") + len(words[0])
    if m and mu:
        unit = f"{m['scale']} {mu['unit']}".strip()
        return unit, scale, mu.end()
    if m:
        return m["scale"], scale, m.end()
    if mu:
        return mu["unit"], scale, mu.end()
    return "", scale, pos


# International format, only where it cannot be Vietnamese: several comma groups ("1,250,000"),
# comma groups with a decimal point ("12,345.67"), or a decimal point in a percentage, a number
# of points or a multiple ("30.73%", "0.65 điểm phần trăm", "2.5 lần": a Vietnamese "." always
# groups three digits). Each piece is bounded or possessive: linear.
_INTL_RE = re.compile(
    r"\d(?<![\w.,/]\d)(?:\d{0,2}(?:,\d{3}){2,}+(?:\.\d++)?|\d{0,2}(?:,\d{3})++\.\d++|\d{0,2}\.\d{1,2}(?=\s?%|[ \t]{1,3}(?:điểm|lần)(?!\w)))"
    r"(?![\w]|[.,]\d|/\d)")
# what decides a "1,250" (one comma, three digits): figures elsewhere in the document that can
# only be Vietnamese ("1.644", "30,73", "0,5") or only international
_VI_EVIDENCE = re.compile(r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3})++(?![\d.]|,\d{3}(?!\d))|\d(?<![\w.,]\d)\d*+,(?:\d{1,2}|\d{4,})(?![\d.,])")
_AMBIGUOUS_DEC = 3
# "1.020 hồ sơ/1.200 hồ sơ", "45 xã/52 xã": a fraction with the same unit on both sides (the same
# words after each figure, one to three of them), read as "1.020/1.200 hồ sơ" — the numerator's
# own label may follow its unit ("6.367 thí sinh đỗ tốt nghiệp/8.292 thí sinh dự thi": up to
# six words; each run bounded, each word taken whole: linear)
_VN_FIGURE = r"\d{1,3}(?:\.\d{3})++(?:,\d++)?|\d++(?:,\d++)?"
_UNIT_FRACTION_RE = re.compile(
    rf"(?<![\w.,/])(?P<num>{_VN_FIGURE})[ \t]++(?P<u>[^\W\d_]++(?:[ \t]++[^\W\d_]++){{0,2}}?)"
    rf"(?:[ \t]++[^\W\d_]++){{0,6}}?[ \t]?/[ \t]?"
    rf"(?P<den>{_VN_FIGURE})[ \t]++(?P=u)(?!\w)")


def number_convention(doc: Document) -> str:
    """"vi", "intl" or "unknown": the number format a document's unambiguous figures use
    (computed once per document)."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("number-convention")
    if found is None:
        vi = _VI_EVIDENCE.search(doc.text) is not None
        intl = _has_intl(doc)
        found = cache["number-convention"] = "vi" if vi and not intl else "intl" if intl and not vi else "unknown"
    return found


def _has_intl(doc: Document) -> bool:
    """Does the document hold any figure only the international format can be (one scan of the
    whole text, cached: the blocks are scanned for them only when it does)?"""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("has-intl")
    if found is None:
        found = cache["has-intl"] = _INTL_RE.search(doc.text) is not None
    return found


def _ambiguous_comma(int_part: str, dec_part: str | None) -> bool:
    """"1,250": one comma and exactly three digits after it, no thousands dot before it."""
    return bool(dec_part) and len(dec_part) == _AMBIGUOUS_DEC and "." not in int_part and len(int_part) <= 3 \
        and int_part != "0"


def _intl_value(written: str) -> tuple[Decimal, int]:
    whole, _, frac = written.partition(".")
    digits = whole.replace(",", "")
    return (Decimal(f"{digits}.{frac}"), len(frac)) if frac else (Decimal(digits), 0)


def extract_numbers(doc: Document, start: int, end: int, cues: NumberCues | None = None) -> list[NumberToken]:
    """Quantities in ``doc.text[start:end]``: labels, years, dates, codes, ranges left out;
    ``cues``, the words read (the files of ``rules/lexicon/`` unless given)."""
    cues = cues or default_cues()
    text = doc.text[start:end]
    if not has_digit(text):
        return []
    # a cell or line of bare figures ("1.234", "98,5 %") holds no date, code, range, time or
    # address: none of those patterns can match without a letter, "/", "-" or ":"
    excluded = _Spans() if _FIGURES_ONLY.fullmatch(text) else _Spans(_excluded_spans(doc, start, end, text))
    out: list[NumberToken] = []
    taken = _Spans()  # fraction matches, in order
    for m in g.scan(g.FRACTION, text):
        if _inside(excluded, *m.span()):
            continue
        d_start = m.start() + m.group(0).rindex(m["den"])
        tok = _fraction(doc, text, start, m, m.start(), d_start, m.end(), cues)
        if tok is not None:
            out.append(tok)
            taken.append(m.span())
    if "/" in text:
        more = []  # found in their own order, which may go back before a fraction of the first scan
        for m in _UNIT_FRACTION_RE.finditer(text):
            if _inside(excluded, *m.span()) or _inside(taken, *m.span()):
                continue
            tok = _fraction(doc, text, start, m, m.start(), m.start("den"), m.end("den"), cues)
            if tok is not None:
                out.append(tok)
                more.append(m.span())
        if more:
            taken = _Spans(list(zip(taken.starts, taken.ends)) + more)
    matches = g.scan(g.VN_NUMBER, text)
    if cues.glued_re is not None and _GLUED_HINT.search(text):
        # "2.066ha": the number leaf stops before a letter; a known unit against it is no code.
        # Both scans stream, merged in order: a huge block holds no list of its matches
        matches = heapq.merge(matches, cues.glued_re.finditer(text), key=lambda m: m.start())
    for m in matches:
        s, e = m.span()
        if _inside(excluded, s, e) or _inside(taken, s, e):
            continue
        before = text[max(0, s - 24):s]
        if _label_before(before, cues) and not _quantity_after_label_word(text, m, cues):
            continue
        if cues.grade_re is not None and not m["dec"] and cues.grade_re.match(text, e):
            continue  # "15 sản phẩm đạt chuẩn 4 sao": a grade, not a quantity
        if _RANGE_AFTER_RE.match(text, e) and not text[e:e + 3].strip().startswith("%"):
            # "01 - 03%", "2019 - 2020": a range, not a quantity
            continue
        if _RANGE_BEFORE_RE.search(text[max(0, s - 6):s]):
            continue
        value, decimals = parse_vn_number(m["int"], m["dec"])
        fmt = "vi"
        if _ambiguous_comma(m["int"], m["dec"]):
            convention = number_convention(doc)
            if convention == "intl":
                value, decimals, fmt = Decimal(m["int"] + m["dec"]), 0, "intl"  # "1,250" = 1.250
            elif convention == "unknown" or _count_noun_after(text, e, cues):
                fmt = "ambiguous"  # nothing says which, or "1,250 hồ sơ" (no fraction of a file)
        tok = _token(doc, text, start, s, e, m.group(0), value, decimals, m["int"], number_format=fmt, cues=cues)
        if (not tok.percent and decimals == 0 and "." not in m["int"] and len(m["int"]) == 4
                and 1900 <= value <= 2100 and not cues.counts(tok.unit) and tok.scale == 1
                and not tok.unit.isupper() and not _LABEL_COLON_BEFORE.search(before)):
            continue  # a year (not "1991 tỷ đồng": a scale word makes it an amount)
        out.append(tok)
    if ("," in text or "." in text) and _has_intl(doc):
        for m in _INTL_RE.finditer(text):
            s, e = m.span()
            if _inside(excluded, s, e) or _inside(taken, s, e):
                continue
            value, decimals = _intl_value(m.group(0))
            out.append(_token(doc, text, start, s, e, m.group(0), value, decimals, m.group(0).split(".")[0],
                              number_format="intl", cues=cues))
    out.sort(key=lambda t: t.start)
    if len(out) > 1 and _SCALE_HINT.search(text):
        out = _compound_amounts(doc, out)
    return out


# "470 tỷ 581 triệu 046 nghìn đồng": one amount written in its scale words, each piece below the
# one before it — read as one figure, exact to its last piece, not as three
_SCALE_HINT = re.compile(r"\d[ \t]{1,3}(?:tỷ|tỉ|triệu|nghìn|ngàn)[ \t]{1,3}\d", re.IGNORECASE)
_COMPOUND_SCALES = (Decimal(10) ** 9, Decimal(10) ** 6, Decimal(10) ** 3)


def _compound_amounts(doc: Document, toks: list[NumberToken]) -> list[NumberToken]:
    text = doc.text
    out: list[NumberToken] = []
    i = 0
    while i < len(toks):
        run = [toks[i]]
        scale_end = None
        while True:
            cur = run[-1]
            if cur.percent or cur.decimals or cur.denominator is not None or cur.scale not in _COMPOUND_SCALES \
                    or cur.unit.strip().lower() not in SCALES:
                break  # only a bare scale word ("470 tỷ") goes on into a smaller piece
            sm = _SCALE_RE.match(text, cur.end)
            nxt = toks[i + len(run)] if i + len(run) < len(toks) else None
            if sm is None or nxt is None or text[sm.end():nxt.start].strip(" \t") or nxt.start - sm.end() > 3 \
                    or nxt.percent or nxt.decimals or nxt.denominator is not None or nxt.approx \
                    or nxt.value * nxt.scale >= cur.scale:
                break
            scale_end = sm.end()
            run.append(nxt)
        if len(run) == 1:
            out.append(toks[i])
            i += 1
            continue
        last = run[-1]
        value = sum((t.value * t.scale for t in run), Decimal(0))
        unit, end = last.unit, last.end
        if last.scale != 1:
            sm = _SCALE_RE.match(text, last.end)
            end = sm.end() if sm else last.end
            unit = " ".join(last.unit.split()[1:])  # "nghìn đồng": the scale is in the value now
        first = run[0]
        out.append(dataclasses.replace(first, value=value, text=text[first.start:end], decimals=0, end=end,
                                       span=doc.span(first.start, end), unit=unit, scale=Decimal(1)))
        i += len(run)
    return out


def _fraction(doc: Document, text: str, base: int, m, num_start: int, den_start: int,
              fraction_end: int, cues: NumberCues) -> NumberToken | None:
    """The numerator token of a fraction match (groups "num" and "den"), its denominator
    attached; None when either is no Vietnamese figure or the denominator is 0."""
    num = g.compiled(g.VN_NUMBER).fullmatch(m["num"])
    den = g.compiled(g.VN_NUMBER).fullmatch(m["den"])
    if not num or not den:
        return None
    nv, nd = parse_vn_number(num["int"], num["dec"])
    dv, dd = parse_vn_number(den["int"], den["dec"])
    if dv == 0:
        return None
    den_tok = _token(doc, text, base, den_start, den_start + len(m["den"]), m["den"], dv, dd, den["int"], cues=cues)
    return _token(doc, text, base, num_start, num_start + len(m["num"]), m["num"], nv, nd, num["int"],
                  fraction_end=fraction_end, denominator=den_tok, cues=cues)


def _count_noun_after(text: str, pos: int, cues: NumberCues) -> bool:
    """A count noun right after ``pos`` ("1,250 hồ sơ")."""
    return cues.count_after_re.match(text, pos) is not None


def _label_before(before: str, cues: NumberCues) -> bool:
    """Does ``before`` (the text right before a number) end with a label or section word?"""
    return _last_word(before, True) in cues.label_last \
        and (cues.label_re.search(before) is not None or cues.section_re.search(before) is not None)


def _quantity_after_label_word(text: str, m, cues: NumberCues) -> bool:
    """A figure after a word that can start a label ("tuyến", "mức", "nhóm", "số") is still a
    quantity when it is grouped in thousands or a count noun follows it: "nộp trực tuyến 1.020
    hồ sơ", "số 25 hồ sơ", or a scale word or a per cent sign does ("tổng mức 370 nghìn tỷ đồng",
    "mức 95%"). Labels are small bare numbers: "mức độ 3", "nhóm 2 có 30 đơn vị"."""
    if "." in m["int"] and not m["dec"]:
        return True
    if _PERCENT.match(text, m.end(), m.end() + 2) or unit_after(text, m.end())[1] != 1:
        return True
    if cues.measure_after_re is not None and cues.measure_after_re.match(text, m.end()):
        return True  # "cây công nghiệp ngắn ngày 06 ha": an area after the "ngày" of a crop class
    return _count_noun_after(text, m.end(), cues)


def _token(doc: Document, text: str, base: int, s: int, e: int, written: str, value: Decimal,
           decimals: int, int_part: str, fraction_end: int | None = None,
           denominator: NumberToken | None = None, number_format: str = "vi",
           cues: NumberCues | None = None) -> NumberToken:
    after = fraction_end if fraction_end is not None else e
    percent = False
    pm = _PERCENT.match(text, after, after + 2)
    end = after
    if pm:
        percent = True
        end = pm.end()  # absolute: matched at pos
        unit, scale, _ = "%", Decimal(1), end
    else:
        unit, scale, _ = unit_after(text, after)
    before = text[max(0, s - 24):s]
    am = None
    cues = cues or default_cues()
    last = _last_word(before, False)
    if last in cues.approx_last or last.endswith(cues.approx_after) or before.rstrip().endswith(SIGNS):
        am = cues.approx_re.search(before)
    approx = " ".join(am["cue"].lower().split()) if am else ""  # "ước  đạt" as "ước đạt"
    estimate = False
    if approx in cues.estimate_cues:
        # "ước đạt 1.250 triệu USD": an estimate of what will be, written to its digits — the
        # relations stated with it hold exactly ("tăng 15% so với cùng kỳ (1.000)")
        approx, estimate = "", True
    leading_zero = len(int_part) > 1 and int_part.startswith("0")
    return NumberToken(
        value=value, text=written, decimals=decimals, start=base + s, end=base + end,
        span=doc.span(base + s, base + end), percent=percent, unit=unit, scale=scale,
        approx=approx, denominator=denominator, leading_zero=leading_zero, number_format=number_format,
        estimate=estimate,
    )


# ----------------------------------------------------------------------------- the words, as data
@lru_cache(maxsize=4)
def load_number_cues(qualifiers: str | None = None, count_nouns: str | None = None) -> NumberCues:
    """The qualifiers and count nouns (``rules/lexicon/qualifiers.toml`` and
    ``count-nouns.toml``, or the files given), read once and checked: a bad entry, or a
    ``[[cases]]`` entry that this reader does not read as it says, is a :class:`LexiconError`
    ``path: key: reason``."""
    q_where, q_data = read_lexicon(qualifiers, "qualifiers.toml")
    c_where, c_data = read_lexicon(count_nouns, "count-nouns.toml")
    cues, q_cases, c_cases = build_number_cues(q_where, q_data, c_where, c_data)
    for where, cases, kind in ((q_where, q_cases, "qualifiers"), (c_where, c_cases, "count-nouns")):
        for i, text, reads, bound in cases:
            got, got_bound = read_case(text, cues, kind)
            if (got, got_bound) != (reads, bound):
                said = f"{reads} ({bound})" if bound else reads
                raise LexiconError(f"{where}: cases[{i}]: {text!r} đọc ra {got}"
                                   f"{f' ({got_bound})' if got_bound else ''} thay vì {said}")
    return cues


def read_case(text: str, cues: NumberCues, kind: str) -> tuple[str, str]:
    """(reading, bound) of the first figure of ``text``, as the cases of a lexicon file say it:
    "label", "year" or "none" (no quantity: a label word before it, a bare year, or another
    reason, a date, a range); a quantity is, in qualifiers.toml (``kind`` "qualifiers"),
    "estimate", "approximate" (with its bound) or "exact", and in count-nouns.toml "count" (its
    unit a count noun) or "figure"."""
    doc = Document(path="<lexicon case>", source=text, text=text, offsets=list(range(len(text) + 1)))
    s = re.search(r"\d", text).start()
    tok = next((t for t in extract_numbers(doc, 0, len(text), cues) if t.start <= s < t.end), None)
    if tok is None:
        if _label_before(text[max(0, s - 24):s], cues):
            return "label", ""
        figure = re.match(r"\d+", text[s:])
        if cues.grade_re is not None and cues.grade_re.match(text, s + figure.end()):
            return "label", ""  # "đạt 4 sao": a grade
        year = re.match(r"\d{4}(?!\d)", text[s:])
        return ("year" if year and 1900 <= int(year.group()) <= 2100 else "none"), ""
    if kind != "qualifiers":
        return ("count" if cues.counts(tok.unit) else "figure"), ""
    if tok.estimate:
        return "estimate", ""
    return ("approximate", cues.bound(tok.approx)) if tok.approx else ("exact", "")


def default_cues() -> NumberCues:
    """The shipped qualifiers and count nouns, read on first use rather than at import, so that
    a bad lexicon file is the load error of the run that meets it (``load_ruleset`` reads it
    first and says so, exit 2), never a traceback of ``import checker``."""
    return load_number_cues()


# the shipped cues under their old module-level names, read lazily (PEP 562)
_LAZY = {
    "CUES": lambda c: c,
    "COUNT_NOUNS": lambda c: c.count_nouns,  # count nouns: "2025 TTHC" is a count, not a year
    "APPROX_CUES": lambda c: c.approx_cues,  # qualifiers right before a number: "khoảng 30"
    "_APPROX_AFTER": lambda c: c.approx_after,  # "khoảng là 30"
    "ESTIMATE_CUES": lambda c: c.estimate_cues,  # an estimate: the figure is exact as written
    "LABEL_WORDS": lambda c: c.label_words,  # a number after one is a label: "mức độ 3", "quý 1"
    "SECTION_WORDS": lambda c: c.section_words,  # labels only capitalised: "Mục 2"
    "_APPROX_RE": lambda c: c.approx_re, "_LABEL_RE": lambda c: c.label_re,
    "_SECTION_LABEL_RE": lambda c: c.section_re, "_COUNT_AFTER_RE": lambda c: c.count_after_re,
    "_LABEL_LAST": lambda c: c.label_last, "_APPROX_LAST": lambda c: c.approx_last,
}


def __getattr__(name: str):
    if name in _LAZY:
        return _LAZY[name](default_cues())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
