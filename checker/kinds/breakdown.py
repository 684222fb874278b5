"""Kind ``breakdown``: a stated total against the parts listed with it.

## What it does
Finds a total and its parts in one sentence — ``X …, trong đó A …, B …`` (partial),
``X … gồm / bao gồm / cụ thể: A, B`` (exhaustive), ``X (nhãn: A; nhãn: B)``, a colon list
``X …: A …; B …``, nested parentheses (``1.140 thủ tục (906 …; 234 …)``) and a sentence
that opens with "Trong đó"/"Trong số đó" about the total of the sentence before — and
recomputes the sum with exact interval arithmetic.

## Why is this bad?
A total that its own parts do not add up to is the error that embarrasses a signer most.

## Example
``ban hành 11 VBQPPL đề: thay thế 01 Quyết định; … bãi bỏ 05 Nghị quyết, 05 Quyết định``
(the parts add up to 15).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from dataclasses import field
from fractions import Fraction
from typing import Iterable

from ..records import record
from ..extract.number_tokens import default_cues, in_range
from ..model import Document, Heading, ListItem, NumberToken, Paragraph
from . import Context, Hit, Kind, register
from ._arith import base_value, exact, fmt_vn, interval_of, ladder, sum_intervals, written
from ..quantities import compatible, load_roles, load_units, same_measure
from ..quantities.roles import MAX_SIDES
from ._prose import Sentence, depth_in, prose_blocks, sentence_parens, sentences, unit_key

# sentences after a "Trong đó" sentence that may carry its list on, one part each
MAX_CONTINUED = 4


_TIME_UNITS = frozenset({"ngày", "tuần", "tháng", "quý", "năm", "giờ"})
# figures that count no thing a list could split: a multiplier, criteria, steps
_NO_TOTAL_UNITS = frozenset({"lần", "tiêu"})


def _norm_words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]


# the words and figures of a short window, one piece each ("từ", "6", "m", ";")
_PIECE = re.compile(r"[^\W\d_]+|\d[\d.,]*|\S")

# Bounds of relation proposal. Each keeps the work on a sentence linear in its length, whatever
# the text (a 100 KB line of "tổng 10 gồm 4 và 5" took minutes when every cue took every number
# after it as a part); none is reached by a report.
MAX_PARTS = 64  # a list of more parts than this is not judged (silence, not a truncated sum)
MAX_WALK = 4 * MAX_PARTS  # numbers visited to gather one list (deeper numbers are skipped in jumps)
MAX_DEPTH = 8  # parenthesis depth at which lists are still proposed
MAX_TOTAL_LOOKBACK = 16  # numbers looked back over for the total of a cue
MAX_TOTAL_GAP_CHARS = 400  # characters between a total and its cue (the rule is 8 words)


_LABEL_SEP = re.compile(r"[;,:(]")
# a change, its unit, a comma: the figure after it in the same list is a change as well
_CHANGE_LIST_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)[ \t]{1,3}\d[\d.,]{0,20}(?:[ \t]{1,3}[^\W\d_]{1,12}){0,3}[ \t]{0,3},[ \t]{0,3}\Z",
                                 re.IGNORECASE)
# ", với 51 lao động …" after a part: the breakdown of that part (a figure right after "với")
_WITH_SUB = re.compile(r"[ \t]{0,3}+với[ \t]++(?:[^\W\d_]++[ \t]++)?\d", re.IGNORECASE)
# a short opener before a sentence's own cue: "Theo đó, ", "Năm 2021, ", "Theo Tổng cục Thống kê, " (at most
# six words and a comma; possessive: linear)
_OPENER = re.compile(r"(?<![^\W_])(?:[^\W_]++[ \t]{1,3}+){0,5}+[^\W_]++[ \t]{0,3}+,[ \t]{1,3}+")
# what may stand between a total and its cue, the total's own change: " tỷ USD, tăng 53,3% so với
# cùng kỳ năm 2017, " (the total's unit, a number, "so với" and a few words of period; each
# piece bounded or possessive: linear)
_CHANGE_CLAUSE = re.compile(
    r"[ \t]{0,3}+(?:(?<![^\W\d_])[^\W\d_]++[ \t]{0,3}+){0,4}+[,(]"
    r"(?:[ \t]{0,3}+(?:và[ \t]++)?(?:ước[ \t]++)?(?:tăng|giảm|bằng)[ \t]++\d[\d.,]{0,20}+[ \t]?(?:%|lần)?"
    r"(?:[ \t]++so[ \t]++(?:với[ \t]++)?(?:(?<![^\W_])(?!và(?!\w))[^\W_]++[ \t/]{0,3}+){1,7}+)?){1,2}+"
    r"[ \t]{0,3}+\)?[ \t]{0,3}+,?[ \t]{0,3}+",
    re.IGNORECASE)
# the total's own share between it and its cue: "10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh
# (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%), trong đó có …" (a bracket of its own change may follow)
_SHARE_CLAUSE = re.compile(
    r"[ \t]{0,3}+(?:(?<![^\W\d_])[^\W\d_]++[ \t]{0,3}+){0,4}+,[ \t]{0,3}+(?:chiếm|bằng)[ \t]++(?:(?:tỷ|tỉ)[ \t]++lệ[ \t]++)?"
    r"\d[\d.,]{0,20}+[ \t]?%(?:[ \t]++(?:so[ \t]++với[ \t]++)?(?:(?<![^\W_])[^\W_]++[ \t/]{0,3}+){1,8}+)?"
    r"[ \t]{0,3}+(?:\([^()]{0,160}+\))?[ \t]{0,3}+,[ \t]{0,3}+",
    re.IGNORECASE)
# a total that is the second of two joined by "và" or a comma: "274 đơn khiếu nại và 105 đơn tố
# cáo", "32/52 vụ việc KN, 63/78 vụ việc TC" (the first figure, its unit words, the link, right
# before the second; bounded and possessive: linear)
_TWO_TOTALS = re.compile(r"\d[ \t]++(?:(?:(?!và(?!\w))[^\W\d_]++[ \t]++){1,5}+và[ \t]++"
                         r"|(?P<comma>(?:[^\W\d_]++[ \t]++){0,4}+[^\W\d_]++,[ \t]++))\Z")


_FINAL_AND = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]++")
# between a total's noun and another noun of its list: "cơ quan, đơn vị", "xã và phường"
_NOUN_LIST_GAP = re.compile(r"[ \t]*+(?:,[ \t]*+|(?:và|hoặc)[ \t]++)"
                             r"(?:(?:[^\W\d_]++[ \t]++){0,3}+[^\W\d_]++[ \t]*+,[ \t]*+){0,3}+")
# a semicolon, then a word run opening a clause of its own before a cue ("; các bai, đập dâng gồm")
_SUBJECT_AFTER_SEMICOLON = re.compile(r";[ \t]*+[^\W\d_]{2,}+")


def _without_sub_breakdown(text: str, parts: list[NumberToken]) -> list[NumberToken]:
    """The parts without a trailing group that breaks down the part before it: "144 đơn. Trong
    đó, có 2 đơn không đủ điều kiện, 142 đơn đủ điều kiện xử lý; chuyển 31 đơn …, tiếp nhận 111
    đơn thuộc thẩm quyền" — after the semicolon, 31 + 111 is the 142, not two more parts. Read
    from the figures: the group must add up to that part exactly, as written."""
    for k in range(1, len(parts) - 2):
        if ";" not in text[parts[k].end:parts[k + 1].start]:
            continue
        tail = parts[k + 1:]
        if sum_intervals(interval_of(p) for p in tail).intersects(interval_of(parts[k])):
            return parts[:k + 1]
    return parts


_LINK_WORDS = frozenset("đạt là có được với số ước và thì".split())


# after a count of people: they are the prize winners ("thí sinh đoạt giải", "học sinh đạt giải")
_WINNERS = re.compile(r"[ \t]*+(?:[^\W\d_]++[ \t]++){0,2}?(?:đoạt|đạt|giành|được|nhận)[ \t]++giải(?!\w)", re.IGNORECASE)
# a prize of a grade right after a figure ("9 giải nhất", "21 giải khuyến khích"), not a team's
_GRADE_AFTER = re.compile(r"[ \t]*+giải[ \t]++(?:nhất|nhì|ba|khuyến[ \t]++khích|đặc[ \t]++biệt|i{1,3}(?!\w))", re.IGNORECASE)
# right before a part: a figure for each of several ("cùng 1 vụ", "mỗi xã 2 vụ", "đều có 3 hộ")
_EACH_BEFORE = re.compile(r"(?<!\w)(?:cùng|đều|mỗi(?:[ \t]++[^\W\d_]++){0,2}+)(?:[ \t]++(?:có|là|đạt|xảy[ \t]++ra))?"
                          r"[ \t]*+\Z", re.IGNORECASE)
# a part's progress rate right after it: "hiện đã thu 2,6 tỷ đồng, đạt 74%"
_PROGRESS_RATE = re.compile(r"(?:[ \t]*+(?!(?:đạt|bằng)(?!\w))[^\W\d_]++){0,3}+[ \t]*+,?[ \t]*+(?:đạt|bằng)[ \t]++"
                            r"(?:(?:tỷ|tỉ)[ \t]++lệ[ \t]++)?",
                            re.IGNORECASE)


def _without_progress_of_the_part_before(text: str, s: Sentence, parts: list[NumberToken]) -> list[NumberToken]:
    """The parts without those that are the progress of the part right before them, as their own
    rate shows: "kiến nghị thu ngân sách 3,5 tỷ đồng, hiện đã thu 2,6 tỷ đồng, đạt 74%; kiến nghị
    điều chỉnh 0,8 tỷ đồng" — 2,6 is 74 % of 3,5, a share of it, not a third part. The rate must
    fit that quotient within the rounding of the three figures, and no semicolon stand between the
    two (items of a semicolon list are siblings)."""
    nums = s.numbers
    starts = [n.start for n in nums]
    keep = [parts[0]]
    for prev, p in zip(parts, parts[1:]):
        k = bisect.bisect_left(starts, p.start)
        rate = nums[k + 1] if k + 1 < len(nums) and nums[k].start == p.start else None
        if rate is not None and rate.percent and ";" not in text[prev.end:p.start] \
                and _PROGRESS_RATE.fullmatch(text, p.end, rate.start) and base_value(prev) > 0:
            a, b, r = interval_of(p), interval_of(prev), interval_of(rate)
            if None not in (a.lo, a.hi, b.lo, b.hi, r.lo, r.hi) and b.lo > 0 \
                    and 100 * a.lo / b.hi <= r.hi and r.lo <= 100 * a.hi / b.lo:
                continue
        keep.append(p)
    return keep


# right after a list's last part, the rest named as one more item with no figure of its own
_REST_UNCOUNTED = re.compile(r"[ \t]*+(?:[^\W\d_]{1,12}+[ \t]*+){0,2}?,?[ \t]*+(?:còn[ \t]++lại|và[ \t]++các[ \t]++(?:loại|lĩnh[ \t]++vực)[ \t]++khác)"
                             r"(?![^\d.;]*\d)", re.IGNORECASE)


def _complete_prefix_makes(total: NumberToken, parts: list[NumberToken], labels: list[str]) -> bool:
    """Do the first few parts, labelled with every side of one set, add up to the total?"""
    roles = load_roles()
    whole = interval_of(total, Fraction(1))
    for k in range(2, min(len(parts), MAX_SIDES + 1)):
        if roles.complete_set(labels[:k]):
            return sum_intervals(interval_of(p, Fraction(1)) for p in parts[:k]).intersects(whole)
    return False


def _measure_words(text: str, lo: int, tok: NumberToken) -> tuple[str, ...]:
    """The last two words that name what a figure measures, in its clause before it, link words
    left out: "khối lượng thực hiện đạt 2.603" → ("thực", "hiện")."""
    cut = max(text.rfind(",", lo, tok.start), text.rfind(";", lo, tok.start), text.rfind(":", lo, tok.start),
              text.rfind("(", lo, tok.start))
    words = [w for w in _norm_words(text[max(lo, cut + 1):tok.start]) if w not in _LINK_WORDS]
    return tuple(words[-2:])


def _parallel_measures(text: str, prev: Sentence, parts: list[NumberToken]) -> bool:
    """Do two or more parts name the measures of two or more different figures of the sentence
    before (the same two words before each)? Then the list restates those measures for a subset."""
    before = {}
    for n in prev.numbers:
        if not n.percent:
            w = _measure_words(text, max(prev.start, n.start - 80), n)
            if len(w) == 2:
                before.setdefault(w, n)
    hit = {id(before[w]) for w in (_measure_words(text, max(0, p.start - 80), p) for p in parts) if w in before}
    return len(hit) >= 2


def _paired(text: str, parts: list[NumberToken]) -> list[tuple[NumberToken, NumberToken]] | None:
    """The parts as pairs when every item of the list says two measures, joined by a short link
    ("2.383 lượt với 1.855 người; 1.555 lượt với 1.237 người", "12 xã, 3.400 hộ; …"): two units
    alternating, each pair within one clause. None when they do not."""
    if len(parts) < 4 or len(parts) % 2:
        return None
    a, b = unit_key(parts[0]), unit_key(parts[1])
    if not a or not b or a == b:
        return None
    pairs = []
    for k in range(0, len(parts), 2):
        x, y = parts[k], parts[k + 1]
        gap = text[x.end:y.start]
        # the link may hold the first measure's label ("5 khách sạn 3 sao với 400 phòng")
        if unit_key(x) != a or unit_key(y) != b or ";" in gap or len(gap.split()) > 6:
            return None
        pairs.append((x, y))
    return pairs


def _second_of_two(text: str, nums: list[NumberToken], total: NumberToken, lo: int) -> bool:
    """Is ``total`` the second of two coordinated totals (_TWO_TOTALS)? After a comma only when
    the first counts the same thing ("Trong 6 tháng, 1.200 hồ sơ" is a period and a total)."""
    m = _TWO_TOTALS.search(text, max(lo, total.start - 60), total.start)
    if m is None:
        return False
    if not m["comma"]:
        return True
    k = bisect.bisect_left(nums, total.start, key=lambda n: n.start)  # nums in order: no scan of the sentence
    return 0 < k < len(nums) and nums[k] is total and unit_key(nums[k - 1]) == unit_key(total) \
        and unit_key(total) not in _TIME_UNITS
def _first_view(text: str, total: NumberToken, parts: list[NumberToken]) -> int:
    """Where a second breakdown of the same total starts: the number of parts (two or more,
    joined by commas or "và") before the first ";" when they already make the total (within the
    precision written) and parts follow it; 0 when none. A list whose every item ends on ";"
    ("cấp tỉnh: 1.644; cấp huyện: 263; cấp xã: 118") is one list."""
    if len(parts) < 3 or total.percent:
        return 0
    k = next((k for k in range(1, len(parts)) if ";" in text[parts[k - 1].end:parts[k].start]), 0)
    if k < 2:
        return 0
    return k if sum_intervals(interval_of(p) for p in parts[:k]).intersects(interval_of(total)) else 0


def _last_of_list(doc: Document, s: Sentence, total: NumberToken) -> bool:
    """Is ``total`` the last item of a coordinated list of its sentence: a figure of the same
    unit before it, "và" between them and no clause break ("…, 30 chợ hạng 2 và 126 chợ hạng 3")?"""
    k = bisect.bisect_left(s.numbers, total.start, key=lambda n: n.start)
    if k == 0 or k >= len(s.numbers) or s.numbers[k] is not total:
        return False
    prev = next((n for n in reversed(s.numbers[:k]) if not n.percent and depth_in(doc, s, n.start) == 0), None)
    if prev is None or unit_key(prev) != unit_key(total) or total.start - prev.end > 80:
        return False
    # "và" right before the figure: an item of the list, not "… và giải quyết được 17.922 hồ sơ"
    # (a second measure, whose own parts may follow)
    between = doc.text[prev.end:total.start]
    if ";" not in between and _AND_RIGHT_BEFORE.search(between) is not None:
        return True
    # "Địa bàn: Đăk Hà 03 vụ, Tp. Kon Tum 02 vụ, Sa Thầy 01 vụ, Kon Rẫy 01 vụ.": three or more
    # figures of the unit, each after a comma and a short name — the last item of a list too
    run, cur = 1, total
    for n in reversed(s.numbers[:k]):
        if n.percent or depth_in(doc, s, n.start) != 0:
            continue
        if unit_key(n) != unit_key(total) or not _LIST_ITEM_GAP.fullmatch(doc.text, n.end, cur.start):
            break
        run, cur = run + 1, n
        if run >= 3:
            return True
    return False


# between two items of a comma list: the unit, a comma, a short name (no figure, no clause break)
_LIST_ITEM_GAP = re.compile(r"[ \t]*+[^\W\d_]*+(?:[ \t]++[^\W\d_]++)?+[ \t]*+,[ \t]*+(?:[^\W\d_.]++\.?[ \t]*+){1,5}+")


_AND_RIGHT_BEFORE = re.compile(r"(?<!\w)và[ \t]*+\Z", re.IGNORECASE)
# digits grouped by dots, to be told well or badly grouped
_DOTTED = re.compile(r"(?<![\d.,])\d++(?:\.\d++)++")


def _outlier_of_another_measure(total: NumberToken, parts: list[NumberToken]) -> bool:
    """Is one part alone far larger than the total (twice or more) while the other parts make
    it? A part a little above the total is a wrong part, reported; one several times the whole
    counts another population."""
    t = interval_of(total)
    for k, p in enumerate(parts):
        if base_value(p) >= 2 * base_value(total):
            rest = sum_intervals(interval_of(q) for j, q in enumerate(parts) if j != k)
            if rest.intersects(t):
                return True
    return False


def _malformed_between(text: str, start: int, end: int) -> bool:
    """A figure grouped as no reader reads it in ``text[start:end]``: a group after a dot that is
    not three digits ("3.3000 tỷ đồng"), or more than three before the first dot ("3300.000")."""
    for m in _DOTTED.finditer(text, start, end):
        groups = m.group().split(".")
        if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            if len(groups) == 2 and len(groups[1]) <= 2 and len(groups[0]) <= 2:
                continue  # "30.9", "1.5": a date or a decimal point, read (or not) elsewhere
            return True
    return False
# figures read after a list closed by "và" for the rest of it
MAX_TAIL = 6
# a clause break between two parts of a list of outcomes
_CLAUSE_BREAK = re.compile(r"[;,]")
# sentences before a list of outcomes searched for its total
_REST_LOOKBACK = 8
# a rate per something after a figure's unit: "100 thuê bao/100 dân", "45 giường bệnh/vạn dân"
_PER_RATE = re.compile(r"[ \t]*+(?:[^\W\d_]++[ \t]*+){1,3}+/[ \t]*+(?:\d[\d.,]*+[ \t]*+)?[^\W\d_]")
# a figure right after a cue (one word may stand between: "có khoảng 20", "có tổng 20")
_FIGURE_NEXT = re.compile(r"\s*+(?:[^\W\d_]++\s++)?\d")
# a web address: its dots end no sentence
_URL = re.compile(r"<[^<>\s]{1,300}>|https?://\S{1,300}")
# words between a complete list's cue and a total stated before it with no figure between
MAX_FAR_TOTAL_WORDS = 30
# what closes a part's label after its figure
_LABEL_END = re.compile(r"[;.,(]")
# the last connector between two parts: what stands before it labels the first
_CONNECTOR = re.compile(r"\s(?:và|còn)\s|[,;]")


def _label_before(text: str, start: int, end: int) -> str:
    """The words right before a number: from the last ";", ",", ":" or "(" before it."""
    seg = text[start:end]
    cut = 0
    for m in _LABEL_SEP.finditer(seg):
        cut = m.end()
    return seg[cut:]


# the unit words after a total, then "(": "54.575 hồ sơ (" opens its parts
_OPEN_PAREN_AFTER_UNIT = re.compile(r"(?:[^\d();.]|(?<=m)[23]){0,40}?\(")  # "m3 (": a power is no figure
# a rate of a period's plan: "vượt 3,6% kế hoạch tháng" names no period of the figures
_PLAN_OF_PERIOD = re.compile(r"%[ \t]*+(?:so[ \t]++với[ \t]++)?(?:kế[ \t]++hoạch|dự[ \t]++toán|chỉ[ \t]++tiêu)"
                             r"[ \t]++(?:tháng|quý|năm)(?!\w)", re.IGNORECASE)
# … or after the total's own change: "ước đạt 349.000 lượt, tăng 11,25% so với cùng kỳ năm trước
# (khách quốc tế 210.000 lượt, …; khách trong nước 139.000 lượt, …)"
_CHANGE_THEN_PAREN = re.compile(
    r"[^\d();.,]{0,30}+,[ \t]{0,3}+(?:ước[ \t]++)?(?:tăng|giảm)[ \t]++\d[\d.,]{0,20}+[ \t]?%?"
    r"(?:[ \t]++so[ \t]++(?:với[ \t]++)?(?:(?<![^\W_])[^\W_]++[ \t/]{0,3}+){1,7}+)?[ \t]{0,3}+\("
    # … or its rate of the plan: "1,13 triệu tấn, vượt 3,7% kế hoạch tháng (trong đó: …)"
    r"|[^\d();.,]{0,30}+,[ \t]{0,3}+(?:vượt|đạt|bằng)[ \t]++\d[\d.,]{0,20}+[ \t]?%"
    r"(?:[ \t]++(?:so[ \t]++(?:với[ \t]++)?)?(?:kế[ \t]++hoạch|dự[ \t]++toán|chỉ[ \t]++tiêu)"
    r"(?:[ \t]++(?<![^\W_])[^\W_]++){0,5}+)[ \t]{0,3}+\(",
    re.IGNORECASE)


class _Layout:
    """Where each number of a sentence stands, for gathering lists in O(parts).

    ``level[i]``: the parenthesis level before number i, counted as written from the start of
    the sentence (a ")" counts -1 even when unmatched, as the list walk counts it);
    ``next_le[i]`` / ``next_lt[i]``: the next number at a level <= / < ``level[i]`` (N if none),
    so a walk jumps over a parenthesis instead of visiting the numbers inside it;
    ``next_pct[i]``: the first percentage at index >= i (N if none); ``kind[i]``: what number i
    measures (a :class:`checker.quantities.UnitReading`)."""

    __slots__ = ("starts", "starts_set", "level", "next_le", "next_lt", "next_pct", "paren_pos", "paren_raw", "kind")

    def __init__(self, doc: Document, s: Sentence):
        nums = s.numbers
        n = len(nums)
        self.starts = [t.start for t in nums]
        self.starts_set = frozenset(self.starts)
        parens = sentence_parens(doc, s)
        self.paren_pos = parens.positions
        raw, r = [0], 0
        for d in parens.deltas:
            r += d
            raw.append(r)
        self.paren_raw = raw  # raw[k]: the level after the first k parentheses
        self.level = [raw[bisect.bisect_left(parens.positions, a)] for a in self.starts]
        self.next_le, self.next_lt = [n] * n, [n] * n
        le_stack: list[int] = []  # indices still waiting for a later number at a level <= theirs
        lt_stack: list[int] = []
        for i, lv in enumerate(self.level):
            while le_stack and self.level[le_stack[-1]] >= lv:
                self.next_le[le_stack.pop()] = i
            le_stack.append(i)
            while lt_stack and self.level[lt_stack[-1]] > lv:
                self.next_lt[lt_stack.pop()] = i
            lt_stack.append(i)
        # what a number measures (checker.quantities): litres, pieces and đồng are never parts
        # of one another, whatever scale word they carry
        lex = load_units()
        self.kind = [lex.classify(t, doc.text[t.end:t.end + 40]) for t in nums]
        self.next_pct = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            self.next_pct[i] = i if nums[i].percent else self.next_pct[i + 1]

    def level_at(self, offset: int) -> int:
        return self.paren_raw[bisect.bisect_left(self.paren_pos, offset)]


def _layout(doc: Document, s: Sentence) -> _Layout:
    cache = doc.meta.setdefault("_cache", {})
    key = ("breakdown-layout", s.start, s.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _Layout(doc, s)
    return found


@record(frozen=True, slots=True)
class Relation:
    total: NumberToken
    parts: tuple[NumberToken, ...]
    exhaustive: bool
    pattern: str
    shares: tuple[NumberToken, ...] = ()
    # the highest severity the evidence supports: "" (an explicit connector ties total and
    # parts: up to error) or "warning" (the link is inferred: a weak connector, a complete
    # list read from complementary labels, a total far before its cue)
    cap: str = ""


_RANGE_AFTER = re.compile(r"(?:[ \t]++[^\W\d_]++){0,2}?[ \t]*+(?:đến|tới)[ \t]++(?:khoảng[ \t]++)?\d|[ \t]?[-–][ \t]?\d",
                          re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d(?:[ \t]++[^\W\d_]++){0,2}?[ \t]++(?:đến|tới)[ \t]++(?:khoảng[ \t]++)?\Z|\d[ \t]?[-–][ \t]?\Z",
                           re.IGNORECASE)
# an average's word right before a figure: "bình quân hàng năm đầu tư khoảng 36"
_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:bình[ \t]++quân|trung[ \t]++bình)(?!\w)[^\d,;:()]{0,30}+\Z", re.IGNORECASE)


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        c = unicodedata.normalize("NFD", w[:1].lower())[:1]
        out.append("d" if c == "đ" else c)
    return "".join(out)


def _noun_of(text: str, n: NumberToken, reading) -> str:
    """What a count counts, for comparing nouns: an abbreviation as written ("GPXD"), else the
    noun's first word."""
    return n.unit.split()[0].lower() if n.unit and n.unit.split()[0].isupper() else reading.dimension


def _listed_with_the_noun(text: str, total: NumberToken, noun: str) -> bool:
    """Is ``noun`` one of the nouns the total names ("44 cơ quan, đơn vị, địa phương": after its
    unit, with only commas or "và" between), not the object of its verb ("4 đảng bộ kết nạp ĐV
    mới")?"""
    start = total.end
    first = _WORD.search(text, start, start + 40)
    if first is not None and first.group().lower() == noun.lower():
        return True  # "110 /lớp": the noun itself, however written
    unit_at = text.find(total.unit, start, start + 40) if total.unit else -1
    pos = unit_at + len(total.unit) if unit_at >= 0 else start
    m = re.search(rf"(?<!\w){re.escape(noun)}", text[pos:pos + 60], re.IGNORECASE)
    if m is None:
        return False
    gap = text[pos:pos + m.start()]
    if gap.lstrip(" \t").startswith("(") and ")" not in gap:
        return True  # "69 học sinh (15 giải Nhất, 31 giải Nhì …)": its bracket breaks it down
    return _NOUN_LIST_GAP.fullmatch(gap) is not None


def _parts_of_another_noun(text: str, total: NumberToken, parts: list[NumberToken]) -> bool:
    """"3 trụ cột … gồm 8 chỉ số chính với 47 chỉ số thành phần", "3 trụ cột: … đạt 0,6683 điểm; …":
    every part counts one noun and the total another, of no kind in common — the parts are what
    the total's members hold, not its parts. An abbreviation of the total's noun is that noun
    ("3.040 giấy phép xây dựng … 2.580 GPXD")."""
    lex = load_units()
    rt = lex.classify(total, text[total.end:total.end + 40])
    if rt.cls != "count" or not total.unit:
        return False
    reads = [lex.classify(p, text[p.end:p.end + 40]) for p in parts]
    if any(r.cls != "count" or not p.unit for r, p in zip(reads, parts)):
        return False
    nouns = {_noun_of(text, p, r) for p, r in zip(parts, reads)}
    if len(nouns) != 1 or rt.dimension in nouns or any(r.kind and r.kind == rt.kind for r in reads):
        return False
    noun = next(iter(nouns))
    after = [w for w in _PIECE.findall(text, total.end, total.end + 60) if w[:1].isalpha()][:6]
    if _listed_with_the_noun(text, total, noun):
        return False  # "44 cơ quan, đơn vị, địa phương … có 30 đơn vị …": a noun of the total's own
    if noun.isalpha() and len(noun) >= 2 and _initials(after).startswith(noun.lower()):
        return False  # "giấy phép xây dựng" … "GPXD"
    if noun == "giải" and rt.kind == "person" and _WINNERS.match(text, total.end) \
            and all(_GRADE_AFTER.match(text, p.end) for p in parts):
        return False  # "129 thí sinh đoạt giải (9 giải nhất, 35 giải nhì, …)": one prize a winner
    return True


def _odd_last_part(total: NumberToken, parts: list[NumberToken], partial: bool = False,
                   cut_by_level: bool = False) -> bool:
    """"… 57 GPXD cấp cho công trình có thời hạn và 337 trường hợp … được miễn cấp GPXD": the last
    part counts another noun than every part before it, which make the total without it — two
    readings, one consistent: nothing is said. After a partial cue the noun need not differ when
    the last item's label names a level the others do not (``cut_by_level``: "80 lễ hội, trong
    đó: Dân gian: 53, Tôn giáo: 22, lịch sử cách mạng: 5, cấp Tỉnh quản lý: 1"): the list had
    made its total, and the last item counts by another cut."""
    if len(parts) < 3:
        return False
    keys = [unit_key(p) for p in parts]
    if len(set(keys[:-1])) != 1 or keys[-1] in (keys[0], unit_key(total)) or not keys[-1]:
        if not (partial and cut_by_level):
            return False
    return sum_intervals(interval_of(p) for p in parts[:-1]).intersects(interval_of(total))


_LEVEL_CUT = re.compile(r"(?<!\w)cấp[ \t]++(?:tỉnh|huyện|xã|trung[ \t]++ương|bộ|thành[ \t]++phố)(?!\w)", re.IGNORECASE)


def _cut_by_level(text: str, parts: list[NumberToken]) -> bool:
    """Does the last part's label (from the part before it) name an administrative level that no
    earlier part's label names ("…, lịch sử cách mạng: 5, cấp Tỉnh quản lý: 1")?"""
    labels = [text[a.end:b.start] for a, b in zip(parts, parts[1:])]
    return bool(labels) and _LEVEL_CUT.search(labels[-1]) is not None and \
        not any(_LEVEL_CUT.search(x) for x in labels[:-1])


# a full stop and a capital inside a bracket never closed: "(Hà Giang 5 người …; Lào Cai 1 người
# bị lũ cuốn trôi. Đến nay, 10 người mất tích …" — not after an abbreviation ("TP. Hồ Chí Minh")
_END_IN_BRACKET = re.compile(r"(?<![A-ZĐ][A-ZĐa-z])(?<![A-ZĐ])\.[ \t]++(?=[A-ZĐÀ-Ỹ])")


def _before_sentence_end(text: str, open_pos: int, parts: list[NumberToken]) -> list[NumberToken]:
    """The parts of a bracket up to the first sentence end inside it (a bracket left open)."""
    m = _END_IN_BRACKET.search(text, open_pos, parts[-1].start)
    return parts if m is None else [p for p in parts if p.start < m.start()]


# a count spelled out, then a noun: "bốn giải Nhất", "bảy giải Nhất", "hai xã"
_SPELLED_COUNT = re.compile(r"(?<!\w)(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)[ \t]++(?P<noun>[^\W\d_]++)",
                            re.IGNORECASE)


def _spelled_part(text: str, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
    """Does a count spelled out in words, of the parts' own noun, stand among the parts (before
    the first, between two, or right after the last in its clause)? The list is then read short
    of one part: "Vĩnh Phúc có 63 học sinh (bốn giải Nhất, 34 giaỉ Nhì, 25 giải Ba)"."""
    nouns = {p.unit.split()[0].lower() for p in parts if p.unit.split()}
    if not nouns:
        return False
    lo = total.end
    hi = min(s.end, parts[-1].end + 40)
    for m in _SPELLED_COUNT.finditer(text, lo, hi):
        if m["noun"].lower() in nouns:
            return True
    return False


def _joined_other_noun(text: str, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
    """Is ``total`` joined (by a comma or "và") to a figure right before it of another noun that
    the parts count too ("5 tập thể, 5 cá nhân (hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá
    nhân; …)")?"""
    k = bisect.bisect_left(s.numbers, total.start, key=lambda n: n.start)
    if k == 0 or k >= len(s.numbers) or s.numbers[k] is not total:
        return False
    prev = s.numbers[k - 1]
    gap = text[prev.end:total.start]
    if len(gap) > 30 or not _JOIN.fullmatch(gap[len(prev.unit) + 1 if gap.startswith(" " + prev.unit) else 0:]):
        return False
    other = unit_key(prev)
    return bool(other) and other != unit_key(total) and any(unit_key(p) == other for p in parts)


_JOIN = re.compile(r"[ \t]*+(?:,|và)[ \t]*+", re.IGNORECASE)


def _value_range(text: str, n: NumberToken) -> bool:
    """Is ``n`` an end of a range of values, "180 đến 200 ngàn tỷ đồng", "11 - 12%"?"""
    return _RANGE_AFTER.match(text, n.end, n.end + 30) is not None or \
        _RANGE_BEFORE.search(text, max(0, n.start - 30), n.start) is not None


_QUALIFYING = frozenset({"trên", "hơn", "gần", "khoảng", "xấp", "xỉ", "ước", "đạt", "tính", "mới"})
# words that open a clause without stating an action: "; do chết, chuyển đi nơi khác … là 44 hộ"
_NO_VERBS = frozenset({"do", "vì", "bởi", "theo", "từ", "tại", "ở", "cho", "về", "còn", "với", "khác", "các",
                       "những", "số", "tổng", "riêng", "gồm", "bao", "cụ", "như", "ngoài", "sau", "trước"})


def _class_words(text: str, n: NumberToken) -> tuple[str, ...]:
    """The words after a figure to its clause's end, its unit's included (at most six): "hộ
    nghèo" of "100 hộ nghèo", "xã chưa đạt chuẩn" of "10 xã chưa đạt chuẩn"."""
    words = []
    for m in _PIECE.finditer(text, n.end, n.end + 60):
        w = m.group().lower()
        if not w[0].isalpha() or len(words) >= 6:
            break
        words.append(w)
    return tuple(words)


def _members_bound(text: str, s: Sentence, total: NumberToken) -> bool:
    """"có 3 đơn vị đạt số thu trên 10.000 tỷ đồng, gồm: …", "5 xã có dưới 100 hộ nghèo là …":
    a bound right after a count of members ("3 đơn vị", a count of another noun, a few words
    before it in its clause) is the mark each member passed, not the sum of theirs."""
    if default_cues().bound(total.approx) == "both":
        return False  # "khoảng 10.000 tỷ đồng": near the figure, a sum
    lex = load_units()
    for c in s.numbers:
        if c.end > total.start:
            break
        if c.percent or c.denominator is not None or unit_key(c) == unit_key(total) or not c.unit:
            continue
        gap = text[c.end:total.start]
        if len(gap) > 80 or len(gap.split()) > 10 or any(ch in gap for ch in ",;:()"):
            continue
        if lex.classify(c, text[c.end:c.end + 40]).cls == "count":
            return True
    return False


def _one_part_overlaps(text: str, total: NumberToken, parts: list[NumberToken], markers: frozenset) -> bool:
    """Exact counts of a partial list above their total that make it exactly without the one
    part whose label alone restricts it to a field ("thuộc lĩnh vực …"): "tiếp nhận 116.383 hồ
    sơ …; đã giải quyết 116.008 hồ sơ đúng hạn, 375 hồ sơ đang giải quyết, 27 hồ sơ quá hạn thuộc
    lĩnh vực đất đai" — the 27 are files of the others, not a third share of the total. Without
    that word ("… 16 phiên, lưu động 2 phiên và 58 phiên …" = 76 of 74) the sum is a slip."""
    if len(parts) < 3 or not total.is_count or total.approx or any(not p.is_count or p.approx for p in parts) \
            or not in_range(total) or not all(in_range(p) for p in parts):
        return False
    whole, t = sum(int(p.value) for p in parts), int(total.value)
    if whole <= t:
        return False
    marked = []
    for k, p in enumerate(parts):
        end = parts[k + 1].start if k + 1 < len(parts) else p.end + 60
        marked.append(bool(markers & set(_norm_words(text[p.end:min(end, p.end + 60)]))))
    if sum(marked) != 1:
        return False
    k = marked.index(True)
    return whole - int(parts[k].value) == t


def _parts_of_a_sibling_class(text: str, total: NumberToken, parts: list[NumberToken]) -> bool:
    """Parts that all name one class right after their unit, the total another: "tạo nguồn
    nước cho khoảng 87.837 ha màu … 1.408 ha lúa …; 1.205 ha lúa …; 13.533 ha lúa" — areas of
    rice are no parts of the area of other crops (the total's class word in none of them)."""
    def after_unit(n: NumberToken) -> tuple[str, ...]:
        # the words after the figure's unit of measure ("lúa" of "1.408 ha lúa 2 vụ")
        words = _class_words(text, n)
        unit = n.unit.lower()
        return words[1:] if unit and words[:1] == (unit.split()[0],) else ()
    lex = load_units()
    if any(lex.classify_unit(n.unit.split()[0] if n.unit else "", False, False).cls != "physical"
           for n in (total, *parts)):
        return False  # a count's words after its noun are mostly its verb ("hồ sơ giải quyết …")
    own = after_unit(total)
    if not own or len(parts) < 2:
        return False
    heads = set()
    for p in parts:
        words = after_unit(p)
        if not words or own[0] in words:
            return False
        heads.add(words[0])
    return len(heads) == 1


def _item_of_a_list(text: str, s: Sentence, total: NumberToken) -> bool:
    """Is ``total`` the first figure of an item of a semicolon list: after a colon or a
    semicolon with no figure between, and a semicolon after it in the sentence?"""
    # bounded windows: a sentence of thousands of items is read in linear time
    lo_bound = max(s.start, total.start - MAX_TOTAL_GAP_CHARS)
    lo = max(text.rfind(";", lo_bound, total.start), text.rfind(":", lo_bound, total.start))
    if lo < 0 or text.find(";", total.end, min(s.end, total.end + MAX_TOTAL_GAP_CHARS)) < 0:
        return False
    starts = [n.start for n in s.numbers] if len(s.numbers) <= 64 else None
    if starts is None:
        k = next((i for i, n in enumerate(s.numbers) if n is total), -1)
        return k == 0 or (k > 0 and s.numbers[k - 1].start < lo)
    return not any(lo < x < total.start for x in starts)


def _sum_of_another_total(text: str, s: Sentence, total: NumberToken, parts: list[NumberToken], cues) -> bool:
    """Exact counts that miss their cue's total, itself a part of an earlier figure of its unit
    (a cue between them), and make that figure exactly: "432 công trình …; trong đó, 48 công
    trình do cấp tỉnh quản lý, 384 công trình do cấp huyện quản lý, gồm 222 hồ chứa; 87 đập
    dâng; 19 trạm bơm; 92 đập tạm; 12 kênh tiêu úng" — the kinds are of all 432, the cue only
    stands after the 384."""
    if not total.is_count or total.approx or any(not p.is_count or p.approx for p in parts) \
            or not in_range(total) or not all(in_range(p) for p in parts):
        return False  # (a figure out of range is never converted: thousands of digits are quadratic)
    whole = sum(int(p.value) for p in parts)
    if whole == int(total.value):
        return False
    key = unit_key(total)
    k = bisect.bisect_left([n.start for n in s.numbers], total.start) if len(s.numbers) <= 256 else -1
    if k < 0:
        return False  # a sentence of hundreds of figures: not looked into (linear time)
    return any(not n.percent and n.denominator is None and not n.approx
               and unit_key(n) == key and in_range(n) and n.value == int(n.value) and int(n.value) == whole
               and _listed_after(text, n, total, cues)
               for n in s.numbers[max(0, k - MAX_TOTAL_LOOKBACK):k])


def _listed_after(text: str, n: NumberToken, total: NumberToken, cues) -> bool:
    """Is ``total`` in the list a cue opens after ``n`` (the cue within a few words of it, no
    semicolon between the cue and ``total``)?"""
    for c in cues:
        m = c.search(text, n.end, total.start)
        if m is not None and len(text[n.end:m.start()].split()) <= 8 and ";" not in text[m.end():total.start]:
            return True
    return False


def _sum_with_a_sibling_before(text: str, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
    """Do the parts add up to the total and a figure of its unit right before it in its sentence?"""
    if not (s.start <= total.start < s.end) or len(parts) < 2 or not all(in_range(p) for p in parts):
        return False
    k = next((j for j, n in enumerate(s.numbers) if n is total), -1)
    if k < 1:
        return False
    n = s.numbers[k - 1]  # the figure right before, a comma between: "13 sản phẩm …, 131 sản phẩm"
    return not n.percent and n.denominator is None and in_range(n) and unit_key(n) == unit_key(total) \
        and _SIBLING_GAP.fullmatch(text, n.end, total.start) is not None \
        and sum(base_value(p) for p in parts) == base_value(n) + base_value(total)


# between two sibling counts: the first one's label and a comma, no cue, no other clause
_SIBLING_GAP = re.compile(r"[ \t]*+(?:[^\W_]++[ \t]*+){0,8}+,[ \t]*+")
_YEAR_LABEL = re.compile(r"(?<!\w)năm[ \t]++(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def _is_pair(tok: NumberToken) -> bool:
    """Two counts written with a slash, the first the larger ("7.582/1": cases and deaths), never
    a fraction of one whole."""
    return tok.denominator is not None and tok.value > tok.denominator.value


def _cue_regex(cues: Iterable[str], clause_initial: Iterable[str] = ()) -> re.Pattern | None:
    """The cues as whole words; one of ``clause_initial`` only where no word stands right
    before it (a clause's head: "; riêng xã A …", not the adjective of "nhà ở riêng lẻ")."""
    cues = [c for c in cues if c.strip()]
    if not cues:
        return None
    heads = {" ".join(c.lower().split()) for c in clause_initial}

    def alt(c: str) -> str:
        body = re.escape(c).replace(r"\ ", r"\s+")
        if " ".join(c.lower().split()) in heads:
            return rf"(?<![^\W_][ \t])(?<![^\W_][ \t][ \t]){body}"
        return body

    alts = "|".join(alt(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@register("breakdown")
class Breakdown(Kind):
    placeholders = frozenset({"stated", "computed", "computation", "difference", "pattern", "implied"})

    @record(frozen=True, eq=False)
    class Params:
        report: str = "mismatch"  # "mismatch": sums that cannot hold; "short": partial lists below the total
        partial_cues: list[str] = field(default_factory=lambda: ["trong đó", "trong số đó", "riêng"])
        # cues that open parts only at the head of a clause: "; riêng xã A có 30 hộ", never the
        # "riêng" of "nhà ở riêng lẻ có 7.045 căn" (a label) after a word
        clause_initial_cues: list[str] = field(default_factory=lambda: ["riêng"])
        exhaustive_cues: list[str] = field(default_factory=lambda: ["gồm", "bao gồm", "cụ thể", "chia ra", "như sau"])
        sentence_start_cues: list[str] = field(
            default_factory=lambda: ["Trong đó", "Trong số đó", "Trong số trên", "Trong tổng số đó", "Trong số này",
                                     "Trong tổng số này"])
        # a partial list after a weak connector: ", có 5.950 hồ sơ chưa đến hạn và 1.222 hồ sơ
        # quá hạn" — only right after a comma or semicolon and right before a figure, and at
        # most a warning (the word is too common to be sure of the link)
        weak_partial_cues: list[str] = field(default_factory=lambda: ["có"])
        # "… là 1.706 người (đạt 100,3%), với 51 lao động đi theo tuyến … và 1.606 lao động …": a list
        # after ", với", right before a figure, whose parts all count what the total counts (at
        # most a warning: the word also joins a figure of another measure, "20 lớp, với 600 học viên")
        with_cues: list[str] = field(default_factory=lambda: ["với"])
        # a sentence that opens on its total: "Trong số 3.405 hồ sơ đang giải quyết, A …, B …"
        opening_total_cues: list[str] = field(default_factory=lambda: ["Trong số", "Trong tổng số", "Trong tổng"])
        # … and a bare "Trong" before a count, whose parts count the same noun: "Trong 11 nhóm
        # hàng chính, có 2 nhóm tăng giá; 7 nhóm giảm giá; 2 nhóm ổn định"
        opening_count_cues: list[str] = field(default_factory=lambda: ["Trong"])
        # a complete list read from its labels (rules/lexicon/roles.toml complements): two
        # parts, one on each side of a pair ("chưa đến hạn" / "quá hạn"), split the total
        complements: bool = True
        # a total whose parts follow as list items, one a line ("…, gồm:" then "- Cấp tỉnh: 1.644")
        list_breakdown: bool = True
        sentence_start_exhaustive_cues: list[str] = field(default_factory=lambda: ["Cụ thể", "Bao gồm", "Gồm", "Chia ra"])
        parenthetical: bool = True
        colon_list: bool = True
        max_label_words: int = 4
        # states beside a total, not parts of it: in "đã giải quyết 27.000 hồ sơ; trong đó đúng hạn
        # 25.000; đang giải quyết 1.207", the files in progress are not among those resolved. Key: a
        # word of the total's label; value: the words that open the label of a sibling state.
        sibling_states: dict[str, list[str]] = field(default_factory=lambda: {"đã": ["đang", "chưa"]})
        # a word that turns the total's class into its sibling: "100 hộ nghèo; riêng xã A có 120
        # hộ cận nghèo", "50 xã đạt chuẩn, trong đó 10 xã chưa đạt chuẩn" — a part so labelled is of
        # another class, and the list is not read
        sibling_modifiers: list[str] = field(default_factory=lambda: ["cận", "thoát", "chưa", "không", "ngoài",
                                                                      "phi"])
        # a count of kinds is no total of what the kinds hold: "7.960 lễ hội, trong đó có 5 loại lễ
        # hội như: Dân gian: 7.039 (88,36%), Tôn giáo: 544 …" — 5 is the number of kinds
        category_nouns: list[str] = field(default_factory=lambda: ["loại", "nhóm", "hình thức", "lĩnh vực", "dạng",
                                                                   "kiểu", "hạng mục", "mảng", "khối"])
        # a total stated after its parts: "cấp tỉnh 1.020 hồ sơ, cấp huyện 560 hồ sơ; tổng cộng 1.580 hồ sơ"
        total_after_cues: list[str] = field(default_factory=lambda: [
            "tổng cộng", "nâng tổng số lên", "nâng tổng số", "tổng cộng là", "tổng số là", "tính chung", "cộng chung",
            "tổng số", "đưa tổng số lên", "đưa tổng số"])
        # a total that the parts raise, not make: "có thêm 5 xã …, 2 xã …, nâng tổng số xã đạt chuẩn
        # lên 85 xã" is the stock before them plus them, so it holds them, not only them (partial)
        cumulative_total_cues: list[str] = field(default_factory=lambda: [
            "nâng tổng số lên", "nâng tổng số", "đưa tổng số lên", "đưa tổng số"])
        # a bare total word after parts only at a clause's head: not the base of "trên tổng số"
        clause_head_total_cues: list[str] = field(default_factory=lambda: ["tổng số"])
        # a word after one part of a partial list that restricts it to a field of the others:
        # "27 hồ sơ quá hạn thuộc lĩnh vực đất đai" (when the list makes its total without it)
        subset_markers: list[str] = field(default_factory=lambda: ["thuộc"])
        # the words of a total's label after its cue that say nothing of what it counts
        # ("tổng số hồ sơ tiếp nhận trong kỳ là"): any other word must be the lead's
        total_label_fillers: list[str] = field(default_factory=lambda: [
            "lên", "là", "đạt", "được", "có", "các", "số", "đã", "đến", "nay", "hiện", "toàn", "cả", "chung", "trên",
            "địa", "bàn"])
        # words of a label that say where or how, not what: "cấp huyện tiếp nhận" and "cấp xã tiếp
        # nhận" state the same thing; "tiếp nhận" and "giải quyết" do not, and are never summed
        level_words: list[str] = field(default_factory=lambda: [
            "cấp", "tỉnh", "huyện", "xã", "sở", "ngành", "trực", "tuyến", "tiếp", "qua", "bưu", "chính", "nộp",
            "hồ", "sơ", "trong", "kỳ", "đó", "và", "có", "là", "được", "với", "của", "các", "thành", "phố",
            "thị", "phường", "thị trấn", "đơn", "vị", "mức", "độ", "khu", "vực", "nhóm", "loại"])
        approx_relative: float = 0.03
        min_parts: int = 2  # a single part is only checked against "above the total"
        # a semicolon clause opening on one of these, after parts that did not, states what
        # became of the total, not another part: "…; 4.910 hồ sơ từ kỳ trước; đã giải quyết
        # 48.249 hồ sơ; 6.539 hồ sơ đang …"
        state_openers: list[str] = field(default_factory=lambda: ["đã", "đang", "chưa", "kiến nghị", "đề nghị"])
        # a clause after a comma or a semicolon opening on one of these is no more of a list:
        # ", đồng thời, các chủ rừng … bảo vệ 9.759 ha", "; ngoài ra, …"
        # a total of cereals, and the cereals: its parts are of them only
        cereal_totals: list[str] = field(default_factory=lambda: ["lương thực có hạt"])
        cereals: list[str] = field(default_factory=lambda: ["lúa", "thóc", "ngô", "bắp", "kê", "lúa mì", "cao lương"])
        list_enders: list[str] = field(default_factory=lambda: ["đồng thời", "ngoài ra", "bên cạnh đó", "mặt khác",
                                                                "tuy nhiên", "trong khi đó", "ngoài các", "nâng tổng",
                                                                "đưa tổng", "tính chung", "lũy kế", "luỹ kế", "cộng dồn",
                                                                "thì năm nay"])
        period_openers: list[str] = field(default_factory=lambda: ["tính chung", "lũy kế", "luỹ kế", "cộng dồn"])
        # a figure that bounds a class names the class, it counts nothing: "tàu dưới 6m 271
        # chiếc; từ 6 đến dưới 12m 912 chiếc; từ 15m trở lên 15 chiếc", "hộ có từ 3 đến 5
        # người 120 hộ". The lower end of a worded range ("từ" N "đến"/"tới" …) and a bound
        # before "trở lên"/"trở xuống" are never parts.
        # words that name another period: a bracket after a change that opens on one holds the
        # earlier value ("tăng 11,25% so với cùng kỳ (cùng kỳ năm 2023: 313.000 lượt)"), not parts
        period_words: list[str] = field(default_factory=lambda: [
            "cùng kỳ", "kỳ trước", "năm trước", "năm", "tháng", "quý", "lũy kế"])
        range_from: list[str] = field(default_factory=lambda: ["từ"])
        range_to: list[str] = field(default_factory=lambda: ["đến", "tới"])
        bound_after: list[str] = field(default_factory=lambda: ["trở lên", "trở xuống", "trở lại"])
        # a figure after one of these bounds a class, it totals nothing ("ba tỉnh có kim ngạch
        # xuất khẩu chưa đến 1 triệu USD. Cụ thể, Lai Châu …"); "gần", "hơn", "trên" only round one
        bound_totals: list[str] = field(default_factory=lambda: ["dưới", "chưa đến", "chưa tới", "tối đa",
                                                                 "tối thiểu", "không quá"])

    def __init__(self, params: "Breakdown.Params"):
        super().__init__(params)
        if params.report not in ("mismatch", "short"):
            raise ValueError("report phải là 'mismatch' hoặc 'short'")
        self.partial_re = _cue_regex(params.partial_cues, params.clause_initial_cues)
        self.exhaustive_re = _cue_regex(params.exhaustive_cues)
        self.start_re = _cue_regex(params.sentence_start_cues)
        self.start_exh_re = _cue_regex(params.sentence_start_exhaustive_cues)
        self.weak_re = _cue_regex(params.weak_partial_cues)
        self.with_re = _cue_regex(params.with_cues)
        self.state_re = _cue_regex(params.state_openers)
        # a block that ends on a cue and a colon opens a list of parts on the lines after it
        list_cues = sorted((re.escape(c).replace(r"\ ", r"\s+") for c in params.exhaustive_cues + params.partial_cues
                            if c.strip()), key=len, reverse=True)
        self.list_intro_re = re.compile(
            rf"(?<!\w)(?P<cue>{'|'.join(list_cues)})"
            r"(?:\s++(?:như\s++sau|cụ\s++thể|các\s++loại|các\s++lĩnh\s++vực))?\s*+:$",
            re.IGNORECASE) if list_cues and params.list_breakdown else None
        self.opening_re = _cue_regex(params.opening_total_cues)
        self.opening_count_re = _cue_regex(params.opening_count_cues)
        self.cereal_total_re = _cue_regex(params.cereal_totals) if params.cereal_totals and params.cereals else None
        self.cereal_re = _cue_regex(params.cereals) if params.cereals else None
        enders = _cue_regex(params.list_enders)
        self.enders_re = re.compile(r"[,;][ \t]{0,3}+(?:" + enders.pattern + ")", re.IGNORECASE) if enders else None
        # a sentence opening on another period ("Tính chung 8 tháng, …"): no more parts of a list
        # carried on from the sentence before
        self.period_open_re = _cue_regex(params.period_openers)
        # possessive: a run of letters is one word, taken whole; "[^\W\d_]+\s*" repeated could split
        # a run of n letters k ways, n**k attempts before the missing ":" fails (90 s on 400 letters)
        self.total_after_re = _cue_regex(params.total_after_cues)
        self.cumulative_cues = frozenset(" ".join(c.lower().split()) for c in params.cumulative_total_cues)
        self.clause_head_cues = frozenset(" ".join(c.lower().split()) for c in params.clause_head_total_cues)
        self.label_fillers = frozenset(w.lower() for w in params.total_label_fillers)
        self.subset_markers = frozenset(w.lower() for w in params.subset_markers)
        # the words of a class bound, as word tuples (read from the few words around a figure)
        self.period_re = _cue_regex(params.period_words)
        self.range_from = frozenset(tuple(w.lower().split()) for w in params.range_from if w.split())
        self.range_to = frozenset(tuple(w.lower().split()) for w in params.range_to if w.split())
        self.bound_after = frozenset(tuple(w.lower().split()) for w in params.bound_after if w.split())
        self._bound_hints = tuple({t[0] for t in (*self.range_from, *self.range_to, *self.bound_after)})
        self.level_words = frozenset(w.lower() for w in params.level_words)
        self.bound_totals = frozenset(" ".join(w.lower().split()) for w in params.bound_totals)
        self.colon_re = re.compile(rf"\s*+(?:[^\W\d_]++\s*+){{0,{params.max_label_words}}}+:", re.UNICODE)
        self.rel = Fraction(params.approx_relative).limit_denominator(10000)
        # the sibling's state word anywhere in its label: "; hiện toàn tỉnh đang tiếp tục xử lý 22.010"
        self.siblings = [(re.compile(rf"(?<!\w){re.escape(k)}(?!\w)", re.IGNORECASE),
                          re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in v)})(?!\w)", re.IGNORECASE))
                         for k, v in params.sibling_states.items() if v]
        # relations depend on the cue parameters only: rules that differ in what they report
        # (AR001 mismatch, the identity kind's de-duplication) share one extraction per document
        self.sibling_modifiers = frozenset(w.lower() for w in params.sibling_modifiers if w.strip())
        self.category_nouns = tuple(sorted({tuple(w.lower().split()) for w in params.category_nouns if w.split()},
                                           key=len, reverse=True))
        self._relations_key = "breakdown:" + repr(dataclasses.replace(params, report="", approx_relative=0.0))

    # ------------------------------------------------------------------ extraction
    def relations(self, doc: Document) -> list[Relation]:
        key = self._relations_key
        cache = doc.meta.setdefault("_cache", {})
        if key not in cache:
            found: dict[tuple, Relation] = {}
            values_seen: set[tuple] = set()
            last: Sentence | None = None  # the last sentence of the paragraph before
            # the sentences of this paragraph and the two before it (a list of outcomes may close
            # on the rest two paragraphs after its total); a heading starts afresh
            window: list[list[Sentence]] = []
            for block in prose_blocks(doc):
                sents = sentences(doc, block)
                if isinstance(block, Heading):
                    window = []
                window = (window + [sents])[-3:]
                for i, s in enumerate(sents):
                    # "Trong số này, …" opening a paragraph is about the total that closed the
                    # one before it
                    prev = sents[i - 1] if i > 0 else last
                    # the last few sentences only: slicing all before would be quadratic in a
                    # paragraph of many sentences
                    recent = tuple(sents[max(0, i - _REST_LOOKBACK):i])
                    if len(recent) < _REST_LOOKBACK:
                        before = [x for b in window[:-1] for x in b[-_REST_LOOKBACK:]]
                        recent = (tuple(before) + recent)[-_REST_LOOKBACK:]
                    for rel in self._in_sentence(doc, s, prev, recent):
                        if rel.pattern in ("next-sentence", "opening-total") and not rel.exhaustive and rel.parts:
                            rel = self._continued(doc, sents, i, rel)
                        k = (rel.total.start, tuple(p.start for p in rel.parts))
                        # a paragraph repeated word for word states the relation once
                        v = (rel.total.value, rel.total.unit, tuple(p.value for p in rel.parts),
                             doc.text[rel.total.start - 40:rel.total.start])
                        if v in values_seen:
                            continue
                        values_seen.add(v)
                        found.setdefault(k, rel)
                last = sents[-1] if sents and isinstance(block, Paragraph) else None
            for rel in self._list_relations(doc):
                found.setdefault((rel.total.start, tuple(p.start for p in rel.parts)), rel)
            cache[key] = list(found.values())
        return cache[key]

    def _is_list_item(self, doc: Document, s: Sentence, tok: NumberToken) -> bool:
        """Is ``tok`` an item of a list: its clause (from the comma or semicolon before it) holds a
        partial-list cue ("trong đó có 13.767 …") or opens with the weak "có" of a parallel item?
        Not "gồm": "Số hồ sơ đang giải quyết gồm 3.405 hồ sơ, có …" states the total with it."""
        text = doc.text
        lo = max(s.start, tok.start - 80)
        cut = max(text.rfind(",", lo, tok.start), text.rfind(";", lo, tok.start), text.rfind(":", lo, tok.start))
        clause = text[(cut + 1 if cut >= 0 else lo):tok.start]
        return (self.partial_re is not None and self.partial_re.search(clause) is not None) or \
            (self.weak_re is not None and self.weak_re.match(clause.lstrip()) is not None)

    @staticmethod
    def _in_semicolon_list(doc: Document, s: Sentence, tok: NumberToken, nums: list[NumberToken]) -> bool:
        """Does ``tok`` stand in the third or a later clause of a list of semicolon-separated
        clauses of its sentence, each before it holding a figure? A total opens a list; the
        figures of a run of such clauses are items."""
        text = doc.text
        lo = max(s.start, tok.start - 400)  # a bounded look-back: linear in a long sentence
        cuts, i = [], text.find(";", lo, tok.start)
        while i >= 0:
            cuts.append(i)
            i = text.find(";", i + 1, tok.start)
        if len(cuts) < 2:
            return False
        bounds = [lo, *cuts]
        starts = [n.start for n in nums]
        # each clause before tok's own one holds a figure
        return all(bisect.bisect_left(starts, a) < bisect.bisect_left(starts, b) for a, b in zip(bounds, bounds[1:]))

    def _opens_sub_list(self, doc: Document, after: int, before: int, total: NumberToken) -> bool:
        """Does a clause between two figures open on a breakdown cue ("; trong đó", ", gồm"),
        or a semicolon clause on a new state of another action than the total's ("đã tiếp nhận 56.039 hồ
        sơ. Trong đó, …; 4.910 hồ sơ từ kỳ trước; đã giải quyết 48.249 hồ sơ; …": ``state_openers``)
        after parts that did not? Its figures are not more parts of the list. A state of the
        total's own action ("Đã giải quyết …; trong đó …; đang giải quyết 1.207 …") is a sibling,
        left out on its own (``sibling_states``)."""
        text = doc.text
        # "…; 34.046 người hệ sơ cấp, trong đó … 10.550 người": a cue after a comma too opens
        # the breakdown of the part before it
        semi = text.rfind(";", after, before)
        comma = max(text.rfind(",", after, before), semi)
        if comma < 0:
            return False
        if any(r is not None and r.match(text[comma + 1:before].lstrip()) is not None
               for r in (self.partial_re, self.exhaustive_re)):
            return True
        if _WITH_SUB.match(text, comma + 1, before + 1):
            return True  # "… là 1.706 người (đạt 100,3%), với 51 lao động … và 1.606 …": the part's own
        if semi < 0:
            return False
        head = text[semi + 1:before].lstrip()
        if any(r is not None and r.match(head) is not None for r in (self.partial_re, self.exhaustive_re)):
            return True
        if self.state_re is None:
            return False
        m = self.state_re.match(head)
        if m is None or self.state_re.match(text[max(text.rfind(";", 0, after), text.rfind(":", 0, after),
                                                      text.rfind(",", 0, after)) + 1:after].lstrip()) is not None:
            return False
        action = " ".join(head[m.end():].split()[:2]).lower()
        label = " ".join(text[max(0, total.start - 60):total.start].lower().split())
        named = " ".join(text[total.end:total.end + 60].lower().split())
        if " " in m.group().strip() and (
                head[m.end():].lstrip().startswith(",")
                or re.search(rf"(?<!\w){re.escape(' '.join(m.group().lower().split()))}(?!\w)", named)):
            # "376 đơn tố cáo, kiến nghị, phản ánh … Trong đó: …; kiến nghị, phản ánh 295 đơn": the
            # opener names a kind of what the total counts (the total's own words, or a list of
            # nouns it opens), not another action on it
            return False
        return bool(action) and action not in label

    def _has_own_list(self, doc: Document, s: Sentence, tok: NumberToken) -> bool:
        """Does a breakdown cue open right after ``tok``'s own clause ("23 trường tiểu học, gồm
        14 …", "1.200 hộ; trong đó …"), before the next figure of the sentence?"""
        k = bisect.bisect_right(_layout(doc, s).starts, tok.start)
        if k >= len(s.numbers):
            return False
        text, before = doc.text, s.numbers[k].start
        cut = max(text.rfind(",", tok.end, before), text.rfind(";", tok.end, before))
        head = text[cut + 1:before].lstrip() if cut >= 0 else ""
        return any(r is not None and r.match(head) is not None for r in (self.partial_re, self.exhaustive_re))

    def _item_of_earlier_list(self, doc: Document, s: Sentence, tok: NumberToken) -> bool:
        """Is ``tok`` an item of a list opened earlier in its clause (back to a semicolon): a
        breakdown cue before it with a figure between the cue and it?"""
        text = doc.text
        lo = max(s.start, text.rfind(";", max(s.start, tok.start - 400), tok.start) + 1)
        # a length of time between the cue and ``tok`` is no item ("Riêng đối với nuôi trồng
        # thủy sản, tổng diện tích thả giống trong 4 tháng đầu năm đạt 2.066ha, trong đó …")
        starts = [n.start for n in s.numbers if unit_key(n) not in _TIME_UNITS]
        for r in (self.exhaustive_re, self.partial_re):
            if r is None:
                continue
            for m in r.finditer(text, lo, tok.start):
                k = bisect.bisect_left(starts, m.end())
                if k < len(starts) and starts[k] < tok.start:
                    return True
        return False

    @staticmethod
    def _earlier_total(doc: Document, s: Sentence, nums: list[NumberToken], total: NumberToken,
                       parts: list[NumberToken]) -> NumberToken | None:
        """An earlier figure of the sentence that counts what the parts count, when ``total``
        does not: "công bố 7.518 TTHC ở 3 cấp: …, trong đó: 3.595 TTHC …", "810 thủ tục … tại 75
        dự thảo, trong đó … 91 thủ tục …". None when ``total`` does, or none earlier does (a
        category may have parts of other nouns: "11 VBQPPL: 01 Quyết định, 01 Nghị quyết")."""
        lex = load_units()
        rt = lex.classify(total)
        if rt.cls != "count" or not total.unit.strip():
            return None
        counts = [r for r in (lex.classify(p) for p in parts if p.unit.strip()) if r.cls == "count"]
        if not counts or any(same_measure(rt, r) for r in counts):
            return None
        depth = depth_in(doc, s, total.start)
        k = next((j for j, n in enumerate(nums) if n is total), None)
        if k is None:
            return None
        for n in reversed(nums[max(0, k - 4):k]):
            if ";" in doc.text[n.end:total.start]:
                break  # "…, 18 giải khuyến khích; 73 em …, trong đó 24 giải …": another clause's part
            if n.percent or depth_in(doc, s, n.start) != depth or total.start - n.end > MAX_TOTAL_GAP_CHARS:
                continue
            rn = lex.classify(n)
            if rn.cls == "count" and n.unit.strip() and all(same_measure(rn, r) for r in counts):
                return n
        return None

    def _joined_total(self, doc: Document, s: Sentence, nums: list[NumberToken], k: int,
                      depth: int) -> NumberToken | None:
        """The figure that ``nums[k]`` is joined to by a short link ("5.664 tàu cá với 1.851.808
        CV", "1.200 hộ, 4.800 nhân khẩu"): the one right before it, in the same clause."""
        if k < 1:
            return None
        prev, cur = nums[k - 1], nums[k]
        gap = doc.text[prev.end + len(prev.unit):cur.start]  # past the unit as read ("hồ sơ")
        if prev.percent or depth_in(doc, s, prev.start) != depth or re.search(r"[;:()]|\.\s", gap) \
                or len(gap.split()) > 5 or self._is_change(doc, prev) or self._is_change(doc, cur):
            return None
        return prev

    def _not_a_sum(self, doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
        """Figures a breakdown cue links that are no sum: a length of time as the total ("7 tháng
        năm 2024 …"), a balance as the total ("xuất siêu 10,73 tỷ USD. Trong đó, xuất khẩu …, nhập
        khẩu …": a difference), or a list of extremes ("nhiều nhất là 773 …; ít nhất là 4 …")."""
        lex = load_units()
        if lex.classify(total).kind == "period":
            return True
        if self._is_category_count(total) and all(unit_key(p) != unit_key(total) for p in parts):
            return True  # "5 loại lễ hội như: Dân gian: 7.039, …": a count of kinds, not of what they hold
        roles = load_roles()
        if roles.is_difference_before(doc.text[max(0, total.start - 60):total.start]):
            return True
        return any(roles.is_extreme_before(doc.text[max(s.start, p.start - 30):p.start]) for p in parts)

    @staticmethod
    def _is_change(doc: Document, tok: NumberToken) -> bool:
        """A change of a quantity, not the quantity: the figure right after a word of change
        (rules/lexicon/roles.toml [change]: "…, giảm 74 người bị thương. Trong đó, …" breaks down
        the accidents, not the 74)."""
        before = doc.text[max(0, tok.start - 60):tok.start]
        if tok.approx:
            # "tăng trên 2.700 người bị thương": the qualifier stands between the word and the figure
            q = default_cues().approx_re.search(before)
            before = before[:q.start()] if q else before
        # "giảm 146 lượt tiếp, 127 lượt người": the next figure of a list of changes is one too
        return load_roles().is_change_before(before[-40:]) or _CHANGE_LIST_BEFORE.search(before) is not None

    def _attribute_after_colon(self, doc: Document, s: Sentence, n: NumberToken, pos: int) -> bool:
        """The colon after a count gives that count's own measure, not its parts: "10 trại vịt:
        35.500 con; 11 trại cút: 332.000 con" — the first figure after it is of another class or
        counts another kind, or another noun when a later count of the first's noun has a colon
        of its own (records "N cơ sở X: M lao động; N cơ sở Y: …")."""
        k = bisect.bisect_left([x.start for x in s.numbers], pos)
        if k >= len(s.numbers):
            return False
        first = s.numbers[k]
        if first.percent or first.start - pos > 40:
            return False
        lex = load_units()
        here = lex.classify(n, doc.text[n.end:n.end + 40])
        there = lex.classify(first, doc.text[first.end:first.end + 40])
        if not compatible(here, there):
            return True
        if here.cls != "count" or there.cls != "count" or here.dimension == there.dimension:
            return False
        if here.kind and there.kind and here.kind != there.kind:
            return True  # counts of two known kinds ("5 đoàn: 120 người")
        # a noun of no known kind may be a kind of the other ("11 VBQPPL: … 01 Quyết định"),
        # unless the records repeat: a later count of the first's noun with its own colon
        key = unit_key(n)
        for x in s.numbers[k + 1:k + 1 + MAX_PARTS]:
            if unit_key(x) == key and self.colon_re.match(doc.text, x.end, s.end):
                return True
        return False

    def _parts_after(self, doc: Document, s: Sentence, pos: int,
                     total: NumberToken) -> list[NumberToken] | None:
        """Compatible numbers after ``pos`` at the same parenthesis depth, up to the end of
        that depth (a closing parenthesis) or of the sentence; None when there are more than
        MAX_PARTS of them, or gathering them would visit more than MAX_WALK numbers."""
        lay = _layout(doc, s)
        nums = s.numbers
        if total.percent:
            return []  # nothing is a part of a percentage (_prose.compatible)
        total_kind = lay.kind[bisect.bisect_left(lay.starts, total.start)] \
            if total.start in lay.starts_set else load_units().classify(total, doc.text[total.end:total.end + 40])
        r0 = lay.level_at(pos)  # a number below this level is past the closing parenthesis
        j, n_nums, walked = bisect.bisect_left(lay.starts, pos), len(nums), 0
        # the parentheses passed so far: a bracket that closes ends the list even when another
        # opens after it ("(3,93 triệu tấn), chưa đạt chỉ tiêu … (giảm còn khoảng 3,72 triệu tấn)")
        pk, n_parens = bisect.bisect_left(lay.paren_pos, pos), len(lay.paren_pos)
        out: list[NumberToken] = []
        lead_share: NumberToken | None = None
        closed = False  # the last part taken was the one a final "và" introduces
        while j < n_nums:
            walked += 1
            if walked > MAX_WALK:
                return None
            lv = lay.level[j]
            if lv < r0:
                break
            closed_before = False
            while r0 and pk < n_parens and lay.paren_pos[pk] < nums[j].start:
                if lay.paren_raw[pk + 1] < r0:
                    closed_before = True
                    break
                pk += 1
            if closed_before:
                break
            if lv == r0:
                n = nums[j]
                if out and self._opens_sub_list(doc, out[-1].end, n.start, total):
                    break  # "…, 134 thủ tục cấp xã; trong đó …": a new breakdown, not more parts
                if out and ";" in doc.text[out[-1].end:n.start] and ";" not in doc.text[out[0].end:out[-1].start] \
                        and self._has_own_list(doc, s, n):
                    # "18 trường mầm non, gồm 9 …, 3 … và 6 …; 23 trường tiểu học, gồm 14 …": the
                    # parts were told apart by commas; after the semicolon, a figure with a list of
                    # its own is the next whole, a sibling (not so in a list of semicolons: "455
                    # người …; 2.766 người …; 34.046 người hệ sơ cấp, trong đó …")
                    break
                if not out and n.percent and lead_share is None:
                    lead_share = n  # "trong đó bò lai chiếm 75% so với tổng đàn; đàn trâu 2.850 con"
                if n is not total and compatible(total_kind, lay.kind[j]):
                    if not out and lead_share is not None and ";" in doc.text[lead_share.end:n.start]:
                        break  # the list was of shares, closed by the semicolon: what follows are other wholes
                    if not out and self.enders_re is not None and n.start - pos <= 2000 \
                            and self.enders_re.search(doc.text, pos, n.start):
                        break  # "trong đó: … 359 đồng chí, …, đưa tổng số đảng viên … đạt 74.108": no part
                    if out:
                        gap = doc.text[out[-1].end:n.start]
                        if closed and ";" not in gap and not load_roles().is_remainder(gap, ""):
                            # (not ", còn lại 100 hộ …": the rest of the whole closes the list after it)
                            # "608 ha …, 30 ha … và … 22 ha diện tích rừng được chăm sóc … 480 ha": the
                            # item after the final "và" was the last; a figure after it is not one
                            break
                        if self.enders_re is not None and self.enders_re.search(gap):
                            break  # ", đồng thời, các chủ rừng … bảo vệ 9.759 ha": another clause
                        # the "và" of the last item: right after the part before ("30 ha … và 22 ha")
                        # or opening a comma's clause (", và 22 ha"); not the "và" inside a label
                        # (", số việc tư vấn pháp luật và dịch vụ pháp lý khác là 127, trợ giúp …")
                        tail = gap[gap.rfind(",") + 1:]
                        fin = _FINAL_AND.search(tail)
                        closed = ";" not in gap and fin is not None and ("," not in gap or not tail[:fin.start()].strip())
                    out.append(n)
                    if len(out) > MAX_PARTS:
                        return None
                j = lay.next_le[j]
            else:
                j = lay.next_lt[j]  # inside a deeper parenthesis: jump past it
        if len(out) >= 2:
            out = self._before_sibling(doc, s, total, out)
        # a bound naming a class is no part ("từ 6 đến dưới 12m 912 chiếc"): read on the few
        # parts gathered, not on every figure walked
        out = [p for p in out if not self._class_bound(doc.text, p)]
        if self.siblings and out:
            out = self._without_siblings(doc, s, total, out)
        return out

    def _continued(self, doc: Document, sents: list[Sentence], i: int, rel: Relation) -> Relation:
        """A "Trong đó" list carried on in the sentences after it, each opening on the head of
        the first part's label and stating one part of its measure: "Trong đó, sản lượng khai
        thác 50.706 tấn, … . Sản lượng nuôi trồng ước đạt 10.005 tấn, …". The link is read from
        the label, so the list's verdict is at most a warning."""
        text = doc.text
        first = rel.parts[0]
        s = sents[i]
        # the first part's label: after the sentence's cue, or after the comma that closes an
        # opening total ("Theo Tổng cục Thống kê, trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ
        # hàng hóa đạt 277,2 …")
        lo = s.start if rel.pattern != "opening-total" else max(s.start, text.rfind(",", s.start, first.start) + 1)
        label = _norm_words(text[lo:first.start])
        opener = self.start_re.match(text[lo:first.start].lstrip()) if self.start_re is not None else None
        if opener is not None:
            label = _norm_words(text[lo:first.start].lstrip()[opener.end():])
        head = tuple(label[:2])
        if len(head) < 2 or not all(w.isalpha() for w in head):
            return rel
        lex = load_units()
        kind = lex.classify(first, text[first.end:first.end + 40])
        parts = list(rel.parts)
        def part_of_clause(lo: int, hi: int, numbers) -> NumberToken | None:
            """The one part a clause opening on the head states (its first figure), else None."""
            words = _norm_words(text[lo:lo + 40])
            n = next((x for x in numbers if lo <= x.start < hi), None)
            if tuple(words[:2]) != head or n is None:
                return None
            lead = text[lo:n.start]
            # a label may hold one comma ("doanh thu dịch vụ lưu trú, ăn uống chỉ đạt 45,1 …")
            if n.percent or n.denominator is not None or len(lead.split()) > 16 or re.search(r"[;:()]", lead) \
                    or lead.count(",") > 1 or load_roles().is_excluding(lead) \
                    or self.period_re is not None and self.period_re.search(lead) \
                    or self._is_change(doc, n) or not same_measure(kind, lex.classify(n, text[n.end:n.end + 40])):
                return None
            return n

        for t in sents[i + 1:i + 1 + MAX_CONTINUED]:
            start = t.start + len(text[t.start:t.end]) - len(text[t.start:t.end].lstrip())
            if self.period_open_re is not None and self.period_open_re.match(text, start, t.end):
                break  # "Tính chung 8 tháng, doanh thu vận tải đạt …": another period's whole, no more parts
            o = _OPENER.match(text, start, t.end)  # "Trong khi đó, doanh thu dịch vụ …"
            if o is not None and tuple(_norm_words(text[start:o.end()])[:2]) != head:
                start = o.end()
            n = part_of_clause(start, t.end, t.numbers)
            if n is None:
                break
            parts.append(n)
            # "…; doanh thu dịch vụ khác đạt 50,7 nghìn tỷ đồng": more clauses on the same head
            semi = text.find(";", n.end, t.end)
            while semi >= 0 and len(parts) <= MAX_PARTS:
                lo = semi + 1 + len(text[semi + 1:t.end]) - len(text[semi + 1:t.end].lstrip())
                more = part_of_clause(lo, t.end, [x for x in t.numbers if x.start > semi])
                if more is None:
                    break
                parts.append(more)
                semi = text.find(";", more.end, t.end)
        if len(parts) == len(rel.parts):
            return rel
        return dataclasses.replace(rel, parts=tuple(parts), pattern=rel.pattern + "+continued", cap="warning")

    def _class_bound(self, text: str, n: NumberToken) -> bool:
        """Does ``n`` bound a class in a label ("từ 6 đến dưới 12m", "từ 15m trở lên", "từ 6
        đến 11 tuổi")? Read on the few words around it: its unit (one word or two) may stand
        between it and the range word."""
        window = text[max(0, n.start - 40):n.end + 24].lower()
        if not any(w in window for w in self._bound_hints):
            return False  # no range or bound word near: the common case, decided without reading words
        after = [w.lower() for w in _PIECE.findall(text, n.end, n.end + 24)]
        for k in range(0, 3):  # "15m trở lên", "12 tuổi trở lên", "3 nhân khẩu trở lên"
            if k and (k > len(after) or not after[k - 1].isalpha()):
                break
            if any(tuple(after[k:k + len(b)]) == b for b in self.bound_after):
                return True
            if tuple(after[k:k + 1]) in self.range_to:
                return self._range_from_before(text, n.start)
        before = [w.lower() for w in _PIECE.findall(text, max(0, n.start - 40), n.start)]
        # the upper end: "từ" N (unit) "đến" (dưới) n
        for q in (1, 2):  # the to-word right before n, or with one qualifier between
            if len(before) >= q and tuple(before[-q:-q + 1 or None]) in self.range_to:
                rest = before[:-q]
                for _ in range(2):  # the lower end's unit: "từ 6m đến", "từ 2 nhân khẩu đến"
                    if rest and rest[-1].isalpha():
                        rest = rest[:-1]
                if len(rest) >= 2 and rest[-1][0].isdigit() and (rest[-2],) in self.range_from:
                    return True
        return False

    def _range_from_before(self, text: str, start: int) -> bool:
        before = [w.lower() for w in _PIECE.findall(text, max(0, start - 12), start)]
        return bool(before) and (before[-1],) in self.range_from

    @staticmethod
    def _nested_part(doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
        """Is a part a subset of an earlier one, the list adding up without it? "tổng số khách …
        374.560 lượt. Trong đó, khách quốc tế đến Hà Nội ước đạt 124.560 lượt; khách du lịch quốc
        tế đến có lưu trú ước đạt 89.690 lượt; khách nội địa … 250.000": the words that set the
        second apart (its label less the words every label has) hold three words in a row of the
        first's, it is no larger, and 124.560 + 250.000 is the total."""
        text = doc.text
        half = Fraction(1, 2)
        t_iv = interval_of(total, half)
        whole = [interval_of(p, half) for p in parts]

        def adds_up_without(k: int) -> bool:
            return t_iv.intersects(sum_intervals(iv for j, iv in enumerate(whole) if j != k))
        labels = []
        for k, p in enumerate(parts):
            lo = parts[k - 1].end if k else max(s.start, p.start - 60)
            before = _label_before(text, lo, p.start)
            hi = min(s.end, p.end + 40, parts[k + 1].start if k + 1 < len(parts) else s.end)
            tail = text[p.end:hi]
            cut = re.search(r"[,;:()]|\svà\s", tail)
            labels.append(_norm_words(before + " " + (tail[:cut.start()] if cut else tail)))
        common = set.intersection(*(set(x) for x in labels))
        own = [[w for w in x if w not in common] for x in labels]
        # three words in a row in common ("quốc tế đến"): one names a subset of the other; two
        # ("đang hoạt động" / "ngừng hoạt động") are siblings told apart by their first word
        for k in range(1, len(parts)):
            grams = {tuple(own[k][i:i + 3]) for i in range(len(own[k]) - 2)}
            for j in range(k):
                if base_value(parts[k]) <= base_value(parts[j]) and \
                        any(tuple(own[j][i:i + 3]) in grams for i in range(len(own[j]) - 2)) and adds_up_without(k):
                    return True
        return False

    def _only_total_of_parts(self, doc: Document, s: Sentence, prev: Sentence, offset: int, last: NumberToken):
        """(total, parts) when exactly one figure of the previous sentence (outside brackets, not
        a percentage, not a change) has parts after ``offset``."""
        found = None
        lex = load_units()
        for n in prev.numbers:
            if n is last or n.percent or depth_in(doc, prev, n.start) != 0 or self._is_change(doc, n):
                continue
            parts = self._parts_after(doc, s, offset, n)
            # the parts count what it counts ("87 dự án" of "141 dự án", not of "12 huyện")
            if parts and same_measure(lex.classify(n), lex.classify(parts[0])):
                if found is not None:
                    return None  # two figures the parts could break down: not said which
                found = (n, parts)
        return found

    @staticmethod
    def _before_sibling(doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> list[NumberToken]:
        """The parts up to a sibling of the total: "Hộ nghèo có 10.689 hộ, …, trong đó có 3.373 hộ
        …; hộ cận nghèo có 14.994 hộ" — after a semicolon, a figure labelled the way the total is
        (the same first word and the same verb before it, "hộ … có") while the first part is
        not, is another whole stated beside the total, not one of its parts."""
        text = doc.text

        def label(t: NumberToken) -> list[str]:
            return _norm_words(_label_before(text, max(s.start, t.start - 60), t.start))

        tl = label(total)
        if len(tl) < 2 or tl[-1] not in ("có", "là"):
            return parts  # "thu nội địa đạt 2.433 …, gồm: …; thu tiền sử dụng đất đạt 1.312": parts

        def mirrors(t: NumberToken) -> bool:
            pl = label(t)
            return len(pl) >= 2 and pl[0] == tl[0] and pl[-1] == tl[-1] and pl != tl

        if tl[0] in label(parts[0]):
            return parts  # the first part is labelled with the total's noun too: the list is parallel
        for k in range(1, len(parts)):
            if ";" in text[parts[k - 1].end:parts[k].start] and mirrors(parts[k]):
                return parts[:k]
        return parts

    def _no_sum_of_these(self, doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken],
                         exhaustive: bool, roles) -> bool:
        """Figures a cue links that the quantity layer reads as no total and its parts: a bound
        each member passed, one a sibling class of the total, another activity's clause, parts
        counting another noun or a last part by another cut, ranks, a part spelled out in words."""
        text = doc.text
        if total.approx and _members_bound(text, s, total):
            return True
        if total.approx and len(parts) >= 2 and default_cues().bound(total.approx) == "lower" \
                and all(base_value(p) >= base_value(total) for p in parts):
            return True  # "có nơi trên 60 mm như: La Dạ 62,9 mm, Đắk Ru 110,8 mm …": each passed the mark
        if self.sibling_modifiers and self._sibling_class(text, total, parts):
            return True
        if self.cereal_total_re is not None and self._non_cereal_part(text, total, parts):
            # "tổng sản lượng lương thực có hạt … 20.787 tấn. Cụ thể: Lúa … 1.180 tấn; cây ngô …
            # 19.606 tấn; thuốc lá … 2.736 tấn": cereals only make that total; a list of every crop
            # breaks down the season, not it
            return True

        if len(parts) >= 2 and total.unit.strip() and total.denominator is None and total.scale == 1 \
                and in_range(total) and Fraction(total.value) == len(parts) and not any(unit_key(p) == unit_key(total) for p in parts) \
                and sum(Fraction(p.value) * Fraction(p.scale) for p in parts if in_range(p)) > 10 * len(parts):
            # "4.897 người được tiêm tại 09 tỉnh/TP … như sau: 1- Nghệ An: 552 2- Sơn La: 1.616 …": the
            # total counts the items, whose figures measure something else
            return True
        if not exhaustive and self._other_actions(text, s, total, parts):
            return True
        if len(parts) >= 2 and self.params.complements and roles.cross_cutting(self._part_labels(doc, s, parts)) \
                and not self._two_cuts(doc, s, parts):
            # "6 đại biểu …, trong đó có 1 đại biểu nữ, 6 đại biểu dân tộc thiểu số": two traits of
            # the same members (rules/lexicon/roles.toml), not a split of them
            return True
        if not exhaustive and self.subset_markers and _one_part_overlaps(text, total, parts, self.subset_markers):
            return True
        if _sum_of_another_total(text, s, total, parts, [r for r in (self.partial_re, self.exhaustive_re) if r]):
            return True
        if _parts_of_a_sibling_class(text, total, parts):
            return True
        if _parts_of_another_noun(text, total, parts) or \
                _odd_last_part(total, parts, not exhaustive, len(parts) >= 3 and _cut_by_level(text, parts)):
            return True
        # (a total in the sentence before "Trong đó" is read in its own sentence's words)
        if any(roles.is_rank_before(text[max(s.start if n.start >= s.start else 0, n.start - 16):n.start])
               for n in (total, *parts)):
            return True  # "xếp thứ 24/63 … Trong đó, CQS xếp thứ 40/63 …": ranks add up to nothing
        # "63 học sinh (bốn giải Nhất, 34 giải Nhì, 25 giải Ba)": a part in words, unread
        return _spelled_part(text, s, total, parts)

    def _non_cereal_part(self, text: str, total: NumberToken, parts: list[NumberToken]) -> bool:
        """A total of cereals (``cereal_totals``: "lương thực có hạt") with a part whose clause
        names no cereal (``cereals``)."""
        if not self.cereal_total_re.search(text, max(0, total.start - 80), total.start):
            return False
        lo = max(0, parts[0].start - 120)
        for p in parts:
            if not self.cereal_re.search(text, lo, p.start):
                return True
            lo = p.end
        return False

    def _other_actions(self, text: str, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
        """"đã trồng trên 8.300ha rừng … Trong đó, trồng cây gỗ lớn gần 1.900ha; trồng rừng đặc dụng
        50ha; chăm sóc rừng trồng gần 29.000ha; chuyển hóa gỗ lớn gần 300ha": after a partial cue,
        a semicolon clause opening on another verb than the total's ("chăm sóc", where the others
        open on its "trồng") states another activity of the same unit, not a part — the list is
        not read. Words of place and manner (``level_words``) and names are no verbs."""
        lo = max(s.start - 200, total.start - 80, 0)
        seg = text[lo:total.start]
        cut = max(seg.rfind(c) for c in ",;:.(")
        # the total's verb: the last word before it that is no word of place or manner, no
        # qualifier and no function word ("đã trồng trên 8.300ha" → "trồng")
        words = [w.lower() for w in _PIECE.findall(seg[cut + 1:]) if w[:1].isalpha()]
        words = [w for w in words if w not in self.level_words and w not in _NO_VERBS and w not in _QUALIFYING]
        if not words:
            return False
        own = {words[-1]}
        same = other = 0
        first_same = None
        prev = total.end
        for p in parts:
            gap = text[prev:p.start]
            semi = gap.rfind(";")
            cut_at = max(semi, gap.rfind(". "), gap.rfind(":"), gap.rfind("\n"))
            if self.partial_re is not None:
                for m in self.partial_re.finditer(gap):  # ", trong đó trồng cây …": the label opens after the cue
                    cut_at = max(cut_at, m.end() - 1)
            head = gap[cut_at + 1:] if cut_at >= 0 else gap
            semi = semi if semi == cut_at else -1  # a clause after a semicolon, not after the cue
            words = [w for w in _PIECE.findall(head) if w[:1].isalpha()]
            words = [w for w in words if w.lower() not in self.level_words and w.lower() not in ("trong", "đó")]
            if words:
                lead = words[0]
                if lead.lower() in own:
                    same += 1
                elif semi >= 0 and lead[:1].islower() and lead.lower() not in _NO_VERBS:
                    other += 1
                if first_same is None:
                    first_same = lead.lower() in own
            prev = p.end
        # the list opens on the total's verb, twice or more, before another verb's clause: one
        # shared noun ("tổng nguồn vốn … ; vốn huy động …") is no such list
        return bool(first_same) and same >= 2 and other >= 1

    def _is_category_count(self, n: NumberToken) -> bool:
        unit = tuple(n.unit.lower().split())
        return any(unit[:len(c)] == c for c in self.category_nouns)

    def _sibling_class(self, text: str, total: NumberToken, parts: list[NumberToken]) -> bool:
        """Is a part labelled as the total's sibling class ("120 hộ cận nghèo" beside "100 hộ
        nghèo": the class word of the total after a ``sibling_modifiers`` word)?"""
        own = _class_words(text, total)
        classes = set(own[1:])  # the words after its noun: "nghèo" of "hộ nghèo"
        if not classes or classes & self.sibling_modifiers:
            return False  # "100 hộ nghèo và cận nghèo": both classes are of the total
        for p in parts:
            words = _class_words(text, p)
            if any(words[k] in self.sibling_modifiers and words[k + 1] in classes for k in range(len(words) - 1)):
                return True
        return False

    def _sibling_classes_of_another(self, text: str, label: str, total: NumberToken,
                                    parts: list[NumberToken]) -> bool:
        """Parts of a class and of its sibling ("120 hộ nghèo, 80 hộ cận nghèo") before a total
        whose label names neither ("tổng số hộ 2.000 hộ"): two classes of a scale, and the total
        the whole population they are drawn from, not their sum."""
        classes = {w for p in parts for w in _class_words(text, p)}
        pairs = set()
        for p in parts:
            words = _class_words(text, p)
            pairs |= {words[k + 1] for k in range(len(words) - 1)
                      if words[k] in self.sibling_modifiers and words[k + 1] in classes}
        if not pairs:
            return False
        own = set(_norm_words(label)) | set(_class_words(text, total))
        return not (pairs & own)

    def _without_siblings(self, doc: Document, s: Sentence, total: NumberToken,
                          parts: list[NumberToken]) -> list[NumberToken]:
        """Leave out the parts labelled as a state beside the total (``sibling_states``)."""
        text = doc.text
        total_label = _label_before(text, max(s.start, total.start - 60), total.start)
        for total_re, sibling_re in self.siblings:
            if total_re.search(total_label):
                parts = [p for p in parts
                         if not sibling_re.search(_label_before(text, max(s.start, p.start - 60), p.start))]
        return parts

    def _parallel_parts(self, doc: Document, s: Sentence, before: list[NumberToken],
                        total: NumberToken) -> list[NumberToken] | None:
        """The numbers before a total-after cue, when they are parallel parts of it: outside
        brackets, what the total measures, at most MAX_PARTS, and labelled alike — the last word
        before each, words of place and manner left out, is the same or absent ("cấp huyện
        tiếp nhận 560", "cấp xã tiếp nhận 420"). Numbers that state different things
        ("tiếp nhận 1.020 …, giải quyết 900 …") are not summed: None, silence."""
        if total.percent or not before or len(before) > MAX_PARTS:
            return None
        lay = _layout(doc, s)
        lex = load_units()
        kind = lex.classify(total, doc.text[total.end:total.end + 40])
        parts = []
        for n in before:
            if n.percent or n.denominator is not None or depth_in(doc, s, n.start) != 0:
                return None
            if not compatible(kind, lay.kind[bisect.bisect_left(lay.starts, n.start)]):
                return None
            parts.append(n)
        roles = set()
        prev_end = s.start
        # the unit words of the figures are no role ("1 TTHC trực tiếp và 1 TTHC …")
        unit_words = {w for n in parts + [total] for w in n.unit.lower().split()}
        for n in parts:
            label = _label_before(doc.text, max(prev_end, n.start - 60), n.start)
            label = label.rsplit(" và ", 1)[-1]  # "…, 560 hồ sơ xây dựng và 420 …": what follows "và"
            # the role is the last word of the label that is not a word of place or manner: the verb
            # right before the figure ("… tiếp nhận 560"), whatever category precedes it
            words = [w for w in label.lower().split() if w not in self.level_words and w not in unit_words]
            if words:
                roles.add(words[-1])
            prev_end = n.end
        return parts if len(roles) <= 1 else None

    def _label_of_lead(self, gap: str, lead: str, total: NumberToken, cumulative: bool) -> bool:
        """Does the label between a total-after cue and its figure name what the lead already
        counts ("…, nâng tổng số xã đạt chuẩn lên 85 xã", "… 250 hồ sơ trực tiếp, tổng số hồ sơ
        tiếp nhận là 1.270")? At most eight words, each a filler, a word of place or manner, the
        total's unit, or a word the sentence used before the cue; "tổng số hồ sơ giải quyết đúng
        hạn 1.200" names another measure and is not the parts' total."""
        words = [w.strip(",:;()").lower() for w in gap.split()]
        if len(words) > 8:
            return False
        if cumulative and words and words[-1] == "lên":
            return True  # "nâng tổng số … lên": whatever it names, the parts raised it
        known = set(_norm_words(lead)) | self.label_fillers | self.level_words | set(total.unit.lower().split())
        return all(not w or w in known for w in words)

    def _shares(self, doc: Document, s: Sentence, parts: list[NumberToken]) -> list[NumberToken]:
        """The percentage written right after each part ("635.593 hồ sơ, chiếm 98,81%")."""
        lay = _layout(doc, s)
        shares = []
        for i, p in enumerate(parts):
            nxt = parts[i + 1].start if i + 1 < len(parts) else s.end
            k = lay.next_pct[bisect.bisect_left(lay.starts, p.end)]
            if k >= len(s.numbers) or s.numbers[k].start >= nxt:
                return []
            shares.append(s.numbers[k])
        return shares

    def _list_relations(self, doc: Document) -> list[Relation]:
        """A total whose parts follow as a list, one item a line:

            Tổng số TTHC của tỉnh là 2.030 TTHC, gồm:
            - Cấp tỉnh: 1.644 TTHC;
            - Cấp huyện: 263 TTHC; …

        The block ends with a cue and a colon; each item that follows with the first item's
        marker holds one part (its first figure outside brackets); items with another marker are
        sub-items and skipped. An item without such a figure leaves the list unjudged."""
        if self.list_intro_re is None:
            return []
        out: list[Relation] = []
        blocks = prose_blocks(doc)
        index_of = {id(b): i for i, b in enumerate(doc.blocks)}
        lex = load_units()
        for bi, block in enumerate(blocks[:-1]):
            if not block.text.rstrip().endswith(":"):
                continue
            m = self.list_intro_re.search(block.text.rstrip())
            if not m:
                continue
            cue = m.group("cue").lower()
            exhaustive = not self.partial_re or not self.partial_re.fullmatch(cue)
            cue_pos = block.start + m.start()
            sents = sentences(doc, block)
            s = next((x for x in reversed(sents) if x.start <= cue_pos), None)
            if s is None:
                continue
            # "… là 24.610 tỷ đồng; so với 31/12/2021 tăng 2.375 tỷ đồng (+10,7%) cụ thể như sau:": the
            # total's change is no total, the figure it changes is
            before = [n for n in s.numbers if n.end <= cue_pos and not n.percent and depth_in(doc, s, n.start) == 0
                      and not self._is_change(doc, n)]
            cap = ""
            if not before:
                # "Tổng số hồ sơ tiếp nhận là 1.250 hồ sơ." then "Trong đó:" (a sentence or a line
                # of its own) then the items: the cue is of the sentence before, whose last figure
                # is the total; read across a sentence, the link is inferred
                s = self._sentence_before_cue(doc, blocks, bi, sents, s, cue_pos, index_of)
                if s is None:
                    continue
                cue_pos = s.end
                before = [n for n in s.numbers if not n.percent and depth_in(doc, s, n.start) == 0
                          and not self._is_change(doc, n)]
                if not before or sum(unit_key(n) == unit_key(before[-1]) for n in before) > 1:
                    continue  # "tiếp nhận 1.250 hồ sơ, giải quyết 1.200 hồ sơ. Trong đó:": of which?
                cap = "warning"
            total = before[-1]
            gap = _URL.sub(" ", doc.text[total.end:cue_pos])
            if "." in gap.rstrip(" ,;:.") or len(gap.split()) > MAX_FAR_TOTAL_WORDS:
                continue
            if unit_key(total) in _TIME_UNITS:
                continue  # "Kết quả THADS 09 tháng đầu năm 2017, cụ thể như sau:": a length of time
            cap = cap or ("warning" if len(gap.split()) > 8 else "")
            kind = lex.classify(total, doc.text[total.end:total.end + 40])
            # "Kế hoạch … là 7.314,3 tỷ đồng, giá trị giải ngân là 5.375,5 tỷ đồng, …, trong đó:" then
            # "- Vốn …: Kế hoạch … 1.156,4 tỷ đồng, giá trị giải ngân 884,5 tỷ đồng …": each item
            # repeats the lead's figures in their order, and the total's place there is its part's
            intro = [n for n in before if unit_key(n) == unit_key(total)]
            place = len(intro) - 1 if len(intro) > 1 and intro[-1] is total else 0
            parts: list[NumberToken] = []
            items: list[ListItem] = []
            marker = None
            j, pos = bi + 1, index_of.get(id(block), -1)
            ok = True
            while j < len(blocks) and isinstance(blocks[j], ListItem) and index_of.get(id(blocks[j])) == pos + 1:
                item = blocks[j]
                pos, j = pos + 1, j + 1
                if marker is None:
                    marker = item.marker
                if item.marker != marker:
                    continue  # a sub-item
                isents = sentences(doc, item)
                nums = [n for x in isents for n in x.numbers
                        if not n.percent and depth_in(doc, x, n.start) == 0
                        and compatible(kind, lex.classify(n, doc.text[n.end:n.end + 40]))]
                if not nums or len(parts) >= MAX_PARTS or (place and len(nums) <= place):
                    ok = False
                    break
                part = nums[place]
                if not place and unit_key(part) != unit_key(total):
                    # "• 07 Khách sạn 4 sao với 856 phòng" under "75 cơ sở …, với 4.195 phòng": the
                    # item's figure of the total's own unit is its part
                    part = next((n for n in nums if unit_key(n) == unit_key(total)), part)
                parts.append(part)
                items.append(item)
            if not ok or len(parts) < 2 or not in_range(total) or not all(in_range(p) for p in parts):
                continue
            if total.scale != 1:
                parts = [dataclasses.replace(p, scale=total.scale) if p.scale == 1 and not p.unit.strip() else p
                         for p in parts]
            pattern = "list"
            if 3 <= len(parts) <= 2 * MAX_SIDES and self.params.complements \
                    and _complete_prefix_makes(total, parts, [it.text for it in items]):
                continue  # "+ Khách quốc tế …; + Khách nội địa …; + Khách lưu trú …" (Breakdown._complete_run)
            if not exhaustive and 2 <= len(parts) <= MAX_SIDES and self.params.complements:
                pair = load_roles().complete_pair(items[0].text, items[1].text)
                if pair:
                    exhaustive, pattern, cap = True, f"list+{pair}", "warning"
            out.append(Relation(total, tuple(parts), exhaustive, pattern, (), cap))
        return out

    @staticmethod
    def _sentence_before_cue(doc: Document, blocks: list, bi: int, sents: list[Sentence], s: Sentence,
                             cue_pos: int, index_of: dict) -> Sentence | None:
        """The sentence a list cue with no figure before it continues: the one before it in its
        block, or the last of the block right before when the cue opens its block. Only when
        nothing but a word or two stands before the cue ("Trong đó:", "Kết quả cụ thể:"): a
        sentence of its own that names something ("Các xã còn lại gồm:") is about that."""
        if len(doc.text[s.start:cue_pos].split()) > 2:
            return None
        k = next((i for i, x in enumerate(sents) if x is s), -1)
        if k > 0:
            return sents[k - 1]
        if k < 0 or bi == 0:
            return None
        prev = blocks[bi - 1]
        if isinstance(prev, Heading) or index_of.get(id(prev), -2) != index_of.get(id(blocks[bi]), -1) - 1:
            return None
        if doc.text[prev.start:prev.end].rstrip().endswith(":"):
            return None  # the block before opens a list of its own
        psents = sentences(doc, prev)
        return psents[-1] if psents else None

    @staticmethod
    def _ends_on_remainder(doc: Document, s: Sentence, parts: list[NumberToken]) -> bool:
        """Is the last part labelled as the rest of the whole (rules/lexicon/roles.toml
        [remainder]), before it after the part ahead of it, or after it?"""
        text, last = doc.text, parts[-1]
        before = text[max(s.start, parts[-2].end, last.start - 60):last.start]
        after_start = last.end + len(last.unit) if text.startswith(last.unit, last.end + 1) else last.end
        after = text[after_start:min(s.end, after_start + 60)]
        if _REST_UNCOUNTED.match(after):
            # "… bưởi 22,23 ha còn lại các loại cây ăn trái khác": the rest is another item, left
            # without a figure — the last part is not it, and the list is not whole
            return False
        return load_roles().is_remainder(before, after)

    def _complement(self, doc: Document, s: Sentence, parts: list[NumberToken]) -> str | None:
        """The complementary set (rules/lexicon/roles.toml: a pair, or three or more sides) whose
        sides label the parts, one each."""
        return load_roles().complete_set(self._part_labels(doc, s, parts))

    def _two_cuts(self, doc: Document, s: Sentence, parts: list[NumberToken]) -> list[list[NumberToken]]:
        """The parts as two complete cuts of one total, one after the other ("dân số thành thị …;
        dân số nông thôn …; dân số nam …; dân số nữ …"): each cut is the whole, not half of it."""
        if not 4 <= len(parts) <= 2 * MAX_SIDES or not self.params.complements:
            return []
        labels = self._part_labels(doc, s, parts)
        roles = load_roles()
        for k in range(2, len(parts) - 1):
            if roles.complete_set(labels[:k]) and roles.complete_set(labels[k:]):
                return [parts[:k], parts[k:]]
        return []

    def _complete_run(self, doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
        """Do the first few parts name every side of one set and make the total, others after
        them? "Toàn tỉnh đón 1.000 lượt, trong đó: khách quốc tế là 100 lượt; khách nội địa là 900
        lượt; khách lưu trú là 300 lượt": the guests staying overnight are another view of the same
        guests, not a third kind. (When the sides do not make the total, the part after them may
        be a side the set does not know — "…; qua ứng dụng 5 hồ sơ" after three channels — and
        the list is read as before.)"""
        if not 3 <= len(parts) <= 2 * MAX_SIDES or not self.params.complements:
            return False
        labels = self._part_labels(doc, s, parts)
        return _complete_prefix_makes(total, parts, labels)

    def _part_labels(self, doc: Document, s: Sentence, parts: list[NumberToken]) -> list[str]:
        """Each part's label: from the last connector before it (for the first part, the words
        before it) through the words after it up to the last connector before the next part (for
        the last part, up to the end of its label)."""
        text = doc.text
        pieces = [_label_before(text, max(s.start, parts[0].start - 60), parts[0].start)]
        for a, b in zip(parts, parts[1:]):
            between = text[a.end:b.start]
            # the last semicolon between them ("…; kiến nghị, phản ánh 295 đơn": a comma inside the
            # label), else the last comma, else the last "và" ("đúng và trước hạn" has one)
            cut = between.rfind(";")
            if cut < 0:
                cut = between.rfind(",")
            if cut < 0:
                cut = 0
                for m in _CONNECTOR.finditer(between):
                    cut = m.start()
            pieces[-1] += " " + between[:cut]
            pieces.append(between[cut:])
        tail = text[parts[-1].end:min(s.end, parts[-1].end + 60)]
        end = _LABEL_END.search(tail)
        pieces[-1] += " " + (tail[:end.start()] if end else tail)
        return pieces

    @staticmethod
    def _made_by_another(doc: Document, total: NumberToken, parts: list[NumberToken],
                         recent: tuple[Sentence, ...]) -> bool:
        """Do the parts of a "Trong tổng số này, …" sentence make, not the figure before it, but
        another figure of their measure stated just before ("… tinh giản 608 trường hợp … khối
        chính quyền: 589 người … Trong tổng số này, viên chức 491 người, … 113 người, … 04 người"
        = 608)? Which one "này" means is then not written: nothing is said."""
        got = sum_intervals(interval_of(p) for p in parts)
        if got.intersects(interval_of(total)):
            return False
        lex = load_units()
        tk = lex.classify(total)
        for r in recent[-3:]:
            for n in r.numbers[:MAX_PARTS * 4]:
                if n is not total and not n.percent and n.denominator is None and n.scale == total.scale \
                        and compatible(tk, lex.classify(n)) and got.intersects(interval_of(n)):
                    return True  # "608 trường hợp" is a count of anything: people too
        return False

    @staticmethod
    def _made_with_the_rest(doc: Document, s: Sentence, total: NumberToken, parts: list[NumberToken]) -> bool:
        """Does the total hold with the figures of the parts' measure that follow the list in its
        clause, after a comma ("gồm có: 9 trường …, 3 trường …, 5 trường … và 8 trường …, 6 trường
        mầm non …" = 31)? The final "và" then did not close the list: two readings, one consistent,
        so nothing is said."""
        key = unit_key(parts[-1])
        k = bisect.bisect_right(s.numbers, parts[-1].start, key=lambda n: n.start)
        stop = doc.text.find(";", parts[-1].end, s.end)
        stop = s.end if stop < 0 else stop
        extra = []
        level = depth_in(doc, s, parts[-1].start)
        # a few figures at most: the tail of one list, not the rest of a long sentence (linear)
        for n in s.numbers[k:k + MAX_TAIL]:
            if n.start >= stop:
                break
            if not n.percent and depth_in(doc, s, n.start) == level and unit_key(n) == key:
                extra.append(n)
        if not extra:
            return False
        return sum_intervals(interval_of(p) for p in (*parts, *extra)).intersects(interval_of(total))

    def _rest_ended_list(self, doc: Document, s: Sentence, nums: list[NumberToken],
                         recent: tuple[Sentence, ...]) -> list[tuple[NumberToken, list[NumberToken]]]:
        """(total, parts) of a sentence that lists three or more figures of one measure, each in a
        clause of its own, the last labelled as the rest — when the sentences before state exactly
        one figure of that measure above every part, and this one states none before its list.
        Each measure is read on its own; people are one measure whatever the noun ("2.590 bị can;
        … 1.690 người; … 79 nghi phạm" of "4.139 nghi phạm")."""
        text = doc.text
        if not load_roles().mentions("remainder", text[s.start:s.end]):
            return []  # no word of the rest in the sentence: the common case, decided at once
        figures = [n for n in nums if n.denominator is None and not n.approx and depth_in(doc, s, n.start) == 0
                   and not self._is_change(doc, n)]
        if len(figures) < 3:
            return []
        if any(n.percent and figures[0].start < n.start for n in s.numbers):
            # "… 5.205,2 triệu USD, chiếm 39,4% tổng vốn đăng ký cấp mới; …; các ngành còn lại …":
            # shares name the whole the list is of, which need not be a figure before it
            return []
        lex = load_units()

        def measure(n: NumberToken) -> str:
            kind = getattr(lex.classify(n), "kind", "")
            return f"kind:{kind}" if kind == "person" else unit_key(n)

        out = []
        # "1.566 vụ với 2.467 bị can; … 254 vụ với 1.505 đối tượng; xử lý khác 33 vụ với 49 đối
        # tượng": each measure on its own, each whose list closes on the rest
        for key in list(dict.fromkeys(measure(n) for n in figures))[:4]:  # a few measures, not one a figure
            parts = [n for n in figures if measure(n) == key]
            if not key or key in _TIME_UNITS or len(parts) < 3 \
                    or not all(_CLAUSE_BREAK.search(text, a.end, b.start) for a, b in zip(parts, parts[1:])) \
                    or not self._ends_on_remainder(doc, s, parts):
                continue
            if (self.partial_re is not None and self.partial_re.search(text, s.start, parts[0].start)) \
                    or (self.exhaustive_re is not None and self.exhaustive_re.search(text, s.start, parts[0].start)):
                continue  # a cue of its own: the kinds' other readings apply
            top = max(base_value(p) for p in parts)
            totals = {}
            for r in recent:
                for n in r.numbers:
                    if n.percent or n.denominator is not None or measure(n) != key or depth_in(doc, r, n.start) \
                            or self._is_change(doc, n):
                        continue
                    totals.setdefault(base_value(n), n)
            if len(totals) != 1:
                continue  # none, or two figures of the measure: which one is the whole is not written
            total = next(iter(totals.values()))
            if base_value(total) > top:  # a part above it: not its whole
                out.append((total, parts))
        return out

    def _in_sentence(self, doc: Document, s: Sentence, prev: Sentence | None,
                     recent: tuple[Sentence, ...] = ()) -> list[Relation]:
        text = doc.text
        rels: list[Relation] = []
        nums = [n for n in s.numbers if not n.percent]
        if not nums:
            return rels  # no count or amount: nothing can be a part
        stext = text[s.start:s.end]

        def add(total: NumberToken, parts: list[NumberToken], exhaustive: bool, pattern: str, cap: str = "",
                complete_only: bool = False) -> None:
            if len(parts) >= 2:
                parts = _without_progress_of_the_part_before(doc.text, s, parts)
            if any(_EACH_BEFORE.search(doc.text, max(s.start, p.start - 24), p.start) for p in parts):
                # "Can Lộc và Đức Thọ cùng 1 vụ", "các xã còn lại mỗi xã 2 vụ": a figure for each of
                # several, how many is not summed here
                return
            if not parts or self._is_change(doc, total) or self._not_a_sum(doc, s, total, parts):
                return
            if self._class_bound(doc.text, total) or " ".join(total.approx.lower().split()) in self.bound_totals:
                return  # "hộ có từ 2 nhân khẩu trở lên: 1 hộ": a class's bound totals nothing
            roles = load_roles()
            if not pattern.endswith("+cut"):
                cuts = self._two_cuts(doc, s, parts)
                if cuts:
                    # "94,66 triệu người, bao gồm thành thị 33,63 …; nông thôn 61,03 …; nam 46,75 …;
                    # nữ 47,91 …": each cut is judged against the total on its own
                    for cut in cuts:
                        add(total, cut, True, pattern + "+cut", "warning")
                    return
            if self._complete_run(doc, s, total, parts):
                # "khách quốc tế 100 lượt; khách nội địa 900 lượt; khách lưu trú 300 lượt": the
                # sides of one set make the whole, the part after them is another view of it
                return
            if pattern == "partial" and ";" not in doc.text[total.end:parts[0].start] \
                    and _item_of_a_list(doc.text, s, total):
                # "Bao gồm: 59 trạm bơm điện trong đó 33 trạm còn hoạt động, …; 43 trạm thuỷ luân
                # …": the cue is the item's, and its parts end with the item
                parts = [p for p in parts if ";" not in doc.text[total.end:p.start]]
                if not parts:
                    return
            if self._no_sum_of_these(doc, s, total, parts, exhaustive, roles):
                return
            if _joined_other_noun(doc.text, s, total, parts) and _paired(doc.text, parts) is None:
                # "cho 5 tập thể, 5 cá nhân (hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; …)": the
                # bracket breaks down both figures, each by its own noun
                parts = [p for p in parts if unit_key(p) == unit_key(total)]
                if len(parts) < 2:
                    return
            if any(_value_range(doc.text, n) for n in (total, *parts)):
                return  # "khoảng 180 đến 200 ngàn tỷ đồng": an end of a range is no amount to add
            if any(_AVERAGE_BEFORE.search(doc.text, max(s.start, p.start - 40), p.start) for p in parts):
                return  # "(bình quân hàng năm đầu tư khoảng 36 …)": an average, no part
            # a pair among the figures ("1 tử vong. Trong đó, số nhập viện là 7.582/1": cases and
            # deaths) is no amount to add: the list is not read — unless the total is a fraction
            # too ("415/415 đơn vị … Cấp tỉnh: 45/45 …": done out of all, level by level)
            fractions = total.denominator is not None
            if not fractions and any(p.denominator is not None and base_value(p.denominator) != base_value(total)
                                     for p in parts):
                return  # "70 xã …, trong đó …, 171/191 xã đạt tiêu chí": a fraction of another whole
            if any(_is_pair(p) and not fractions for p in parts) or (_is_pair(total) and
                                                                    not all(p.denominator for p in parts)):
                return
            # a change after a part ("600 hồ sơ trực tuyến, tăng 50 hồ sơ") is that part's change,
            # never another part; nor is a length of time ("(6 tháng đầu năm 2019 đã tiếp …)")
            parts = [p for p in parts if not self._is_change(doc, p) and unit_key(p) not in _TIME_UNITS]
            # "7.960 lễ hội, trong đó có 5 loại lễ hội như: Dân gian: 7.039, …": a count of kinds
            # among the parts is the number of kinds, not one of them
            parts = [p for p in parts if not (self._is_category_count(p) and unit_key(p) != unit_key(total))]
            if not parts:
                return
            if len(parts) >= 3 and roles.is_difference_before(doc.text[max(s.start, parts[-2].end):parts[-1].start]):
                # "… trong đó, xuất khẩu 336,3 tỷ USD …; nhập khẩu 332,2 tỷ USD …; xuất siêu hơn 4 tỷ
                # USD": a balance closing the list is the difference of the parts, not one of them
                parts = parts[:-1]
            pairs = _paired(doc.text, parts)
            if pairs is not None:
                # "3.938 lượt công dân với 3.092 người; trong đó … 2.383 lượt với 1.855 người; …
                # 1.555 lượt với 1.237 người": each item says two measures; each total is the
                # sum of its own measure's parts, never of both
                key = unit_key(total)
                mine = [p for p in parts if unit_key(p) == key]
                others = [p for p in parts if unit_key(p) != key]
                if len(mine) == len(parts) or not mine:
                    return
                k = bisect.bisect_left(s.numbers, total.start, key=lambda n: n.start)
                partner = self._joined_total(doc, s, s.numbers, k, depth(total.start)) \
                    if k < len(s.numbers) and s.numbers[k] is total else None
                if partner is not None and unit_key(partner) == unit_key(others[0]):
                    add(partner, others, exhaustive, pattern, cap)
                parts = mine
            if unit_key(total) in _TIME_UNITS:
                return  # "Kết quả THADS 09 tháng đầu năm 2017, cụ thể như sau: - …": a length of time
            if total.unit.strip() and unit_key(total) in _NO_TOTAL_UNITS:
                return  # "tăng gần 3 lần", "giảm cả 3 tiêu chí": a multiplier or a count of criteria
            lex = load_units()
            kinds = [lex.classify(p) for p in parts]
            if len(parts) >= 2 and any(k.cls == "bare" for k in kinds) and not all(k.cls == "bare" for k in kinds):
                # "05 tỉnh cao nhất là: Hà Nam với 727,215 người, …; Bắc Giang là 1.617,981, …": a bare
                # figure among figures of another kind than the total's is of their kind, no part
                lo = bisect.bisect_left(s.numbers, parts[0].start, key=lambda n: n.start)
                hi = bisect.bisect_right(s.numbers, parts[-1].start, key=lambda n: n.start)
                tk = lex.classify(total)
                if any(not n.percent and lex.classify(n).cls != "bare" and not compatible(tk, lex.classify(n))
                       for n in s.numbers[lo:hi][:MAX_PARTS * 4]):
                    parts = [p for p, k in zip(parts, kinds) if k.cls != "bare"]
                    kinds = [k for k in kinds if k.cls != "bare"]
                    if not parts:
                        return
            if any(not compatible(a, b) for a in kinds for b in kinds[:1]):
                return  # "191 vụ …, 103 người chết, 135 người bị thương": no sum of one measure
            if pattern == "next-sentence" and total.decimals and len(parts) >= 2 \
                    and any(p.value == total.value and p.scale == total.scale for p in parts) \
                    and any(p.value for p in parts if p.value != total.value):
                # the figure before "Trong đó" is itself one of the items, to the last decimal ("…
                # đóng góp 3,93 điểm phần trăm. Trong đó, … 0,49 …; … 3,93 …; … 2,07 …"): no sum
                return
            if len(parts) >= 3 and self._nested_part(doc, s, total, parts):
                return  # one part is a subset of another, and without it the list adds up
            if len(parts) >= 4:
                parts = _without_sub_breakdown(doc.text, parts)
            if len(parts) >= 2 and any(load_roles().is_excluding(doc.text[parts[k - 1].end:parts[k].start])
                                       for k in range(1, len(parts))):
                # "Thu nội địa 20.107 tỷ đồng, …; thu nội địa không kể tiền sử dụng đất, thu xổ số
                # kiến thiết 19.836 tỷ đồng": a part net of something is a subset of another part
                return
            if not in_range(total) or not all(in_range(p) for p in parts):
                return  # a figure beyond the reader's bound: not judged (number_tokens.MAX_FIGURE_DIGITS)
            view = _first_view(doc.text, total, parts)
            if view:
                # "Trong 82 chợ …, phân theo hạng chợ có 6 chợ hạng 1, 5 chợ hạng 2 và 71 chợ hạng 3;
                # phân theo khu vực có 32 chợ thành thị và 50 chợ nông thôn": the clauses up to a
                # ";" make the total, those after it break it down again — two lists, each of it
                add(total, parts[:view], exhaustive, pattern, cap, complete_only)
                add(total, parts[view:], exhaustive, pattern, cap, complete_only)
                return
            if total.scale != 1:
                # bare parts of a scaled total are in its unit: "3 triệu đồng (trực tuyến: 1; …)"
                parts = [dataclasses.replace(p, scale=total.scale) if p.scale == 1 and not p.unit.strip() else p
                         for p in parts]
            shares = self._shares(doc, s, parts) if len(parts) >= 2 else []
            if shares and not exhaustive and pattern != "cumulative":
                if not all(in_range(x) for x in shares):
                    return
                tot = sum_intervals(interval_of(x) for x in shares)
                if tot.intersects(exact(100)):
                    exhaustive = True  # the parts' shares make 100 %: the list is complete
            # the increments of a stock complete nothing: "… thành thị và … nông thôn, nâng tổng số lên"
            if not exhaustive and 2 <= len(parts) <= MAX_SIDES and self.params.complements and pattern != "cumulative" \
                    and sum(base_value(p) for p in parts) <= base_value(total):
                # (parts above their total are an error read as they are: no completeness to infer)
                pair = self._complement(doc, s, parts)
                if pair:
                    exhaustive, pattern, cap = True, f"{pattern}+{pair}", "warning"
            if not exhaustive and len(parts) >= 2 and not any(p.denominator is not None for p in parts) \
                    and pattern != "cumulative" and self._ends_on_remainder(doc, s, parts):
                # "trong đó tôm 1.113ha; cá 305,5ha và các loại thủy sản khác 636ha": the last
                # part is the rest of the whole, so the list is complete (inferred from the words);
                # not after "238/316 vụ việc": the rest may be of the fraction's own base
                exhaustive, pattern, cap = True, f"{pattern}+remainder", "warning"
            if complete_only and not exhaustive:
                return
            if exhaustive and self._made_with_the_rest(doc, s, total, parts):
                return
            if len(parts) >= 3 and _outlier_of_another_measure(total, parts):
                # "14.844.857 người tham gia BHXH … Trong đó, BHXH bắt buộc 13.662.083 …; BHXH tự
                # nguyện 1.182.774 …; bảo hiểm y tế có 85.243.768 người": the others make the total
                # and one alone is larger than it — that one counts something else
                return
            lo_, hi_ = min(total.start, parts[0].start), max(total.end, parts[-1].end)
            if hi_ - lo_ <= 2000 and _malformed_between(doc.text, lo_, min(hi_ + 40, max(s.end, hi_))):
                # "doanh thu du lịch lữ hành đạt 3.3000 tỷ đồng": a part the reader cannot read is
                # missing from the sum, and the "gap" is that part: nothing is said
                return
            if pattern == "next-sentence" and recent and self._made_by_another(doc, total, parts, recent):
                return
            rels.append(Relation(total, tuple(parts), exhaustive, pattern, tuple(shares), cap))

        def depth(offset: int) -> int:
            return depth_in(doc, s, offset)

        # 1. X (A; B) — a parenthesis right after the total and its unit
        if self.params.parenthetical and "(" in stext:
            for n in nums:
                m = _OPEN_PAREN_AFTER_UNIT.match(text, n.end, s.end)
                after_change = False
                if not m and not n.percent:
                    m = _CHANGE_THEN_PAREN.match(text, n.end + len(n.unit) + 1 if n.unit else n.end, s.end)
                    after_change = m is not None
                if not m:
                    continue
                open_pos = m.end()
                if depth(open_pos) > MAX_DEPTH:
                    continue
                parts = self._parts_after(doc, s, open_pos, n)
                if parts:
                    parts = _before_sentence_end(text, open_pos, parts)
                if parts is not None and after_change:
                    # the bracket after a change may hold the earlier value and its own change
                    # ("(cùng kỳ 313.000 lượt, tăng 36.000 lượt)"): only a list of two or more
                    # figures besides changes, labelled by no period word, breaks the total down
                    lead = text[open_pos:parts[-1].start] if parts else ""
                    if any(self._is_change(doc, p) for p in parts) and \
                            len([p for p in parts if not self._is_change(doc, p)]) < 2 or \
                            self.period_re is not None and self.period_re.search(_PLAN_OF_PERIOD.sub(" ", lead)):
                        continue  # (not "vượt 3,6% kế hoạch tháng": a part's own rate of its plan)
                    parts = [p for p in parts if not self._is_change(doc, p)]
                if parts is not None and len(parts) >= 2 and _YEAR_LABEL.search(text, open_pos, parts[0].start) \
                        and not _YEAR_LABEL.search(text, parts[0].end, parts[1].start):
                    # "Hải Dương 67 giải (năm 2011 là 72 giải, Nghệ An với 70 giải …": the bracket
                    # opens on the total's value in another year; what follows is another subject's
                    continue
                if parts is not None and len(parts) >= 2:
                    # "3.831 thủ tục (trong đó, Bộ Tài chính … 773 …; …)": a bracket that opens
                    # on a partial cue lists some parts only
                    lead = text[open_pos:parts[0].start]
                    partial = self.partial_re is not None and self.partial_re.match(lead.lstrip(" \t")) is not None
                    add(n, parts, not partial, "parenthetical-partial" if partial else "parenthetical",
                        "warning" if after_change else "")
        # 2. cue inside the sentence: total before it, parts after it
        num_ends = [n.end for n in nums]
        for cue_re, exhaustive, pattern in ((self.partial_re, False, "partial"),
                                            (self.exhaustive_re, True, "exhaustive"),
                                            (self.weak_re, False, "weak-partial"),
                                            (self.with_re, True, "with")):
            if cue_re is None:
                continue
            for m in cue_re.finditer(stext):
                cue_pos = s.start + m.start()
                if m.start() < 3 and pattern != "exhaustive":
                    continue  # a sentence-start cue: handled below
                cap = ""
                if pattern in ("weak-partial", "with"):
                    # only ", có 5.950 …": after a comma or semicolon, right before a figure
                    if not stext[max(0, m.start() - 4):m.start()].rstrip().endswith((",", ";")) or \
                            not _FIGURE_NEXT.match(stext, m.end()):
                        continue
                    cap = "warning"
                cue_depth = depth(cue_pos)
                if cue_depth > MAX_DEPTH:
                    continue
                # the total: the last number before the cue at its depth, looked for among the
                # few numbers before it (it must stand within 8 words of the cue anyway)
                total = None
                i = bisect.bisect_right(num_ends, cue_pos) - 1
                for k in range(i, max(-1, i - MAX_TOTAL_LOOKBACK), -1):
                    if depth(nums[k].start) == cue_depth:
                        total = nums[k]
                        break
                if total is None or cue_pos - total.end > MAX_TOTAL_GAP_CHARS:
                    continue
                if self._class_bound(text, total):
                    # "là 207.794 người, chiếm 81,18% dân số từ 15 tuổi trở lên; trong đó …": the
                    # bound names a class, the figure counted before it is the total (inferred)
                    total = next((nums[j] for j in range(k - 1, max(-1, k - MAX_TOTAL_LOOKBACK), -1)
                                  if depth(nums[j].start) == cue_depth and not nums[j].percent
                                  and not self._class_bound(text, nums[j])), None)
                    if total is None or cue_pos - total.end > MAX_TOTAL_GAP_CHARS:
                        continue
                    cap, beyond_bound = "warning", True
                else:
                    beyond_bound = False
                if _second_of_two(text, nums, total, s.start) and i >= 1 \
                        and depth(nums[i - 1].start) == cue_depth:
                    # "đã giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có …; có …": the
                    # parts are of both figures, as the writer groups them — not read
                    continue
                if pattern != "exhaustive" and self._item_of_earlier_list(doc, s, total):
                    # "gồm 1.833 …, 301 … và 134 thủ tục cấp xã; trong đó …": the figure before
                    # the cue is the last item of a list, not the total of what follows
                    continue
                if pattern == "weak-partial" and self._is_list_item(doc, s, total):
                    # "trong đó có 13.767 hồ sơ trước hạn; có 3.254 …": the figure before ", có" is
                    # itself an item of a list, and "có" opens the next item, not its parts
                    continue
                if pattern != "exhaustive" and not text[text.rfind(";", total.end, cue_pos) + 1:cue_pos].strip() \
                        and ";" in text[total.end:cue_pos] and self._in_semicolon_list(doc, s, total, nums):
                    # "Gạo 226.679 tấn, tăng 34,12%; …; Cá cơm sấy 297 tấn, …; Riêng mặt hàng tôm
                    # đông 1.238 tấn …": the figure before the cue is one item of a list, not a total
                    continue
                if pattern == "exhaustive" and ";" in text[total.end:cue_pos] \
                        and _SUBJECT_AFTER_SEMICOLON.search(text, text.rfind(";", total.end, cue_pos), cue_pos):
                    # "… 13.533 ha lúa 2 vụ; các bai, đập dâng gồm 636 chiếc": the clause after the
                    # semicolon names its own subject, whose members the cue lists
                    continue
                between = _URL.sub(" ", text[total.end:cue_pos])
                own_clause = _CHANGE_CLAUSE.fullmatch(between) or _SHARE_CLAUSE.fullmatch(between)
                if "." in between.rstrip(" ,;:") and not own_clause:
                    continue  # another sentence stands between the number and the cue
                if own_clause:
                    # "4,79 tỷ USD, tăng 53,3% so với cùng kỳ năm 2017, trong đó …": the total's
                    # own change stands between it and the cue
                    between = ""
                far = False
                if len(between.split()) > 8 and not beyond_bound:
                    # "có 2.033 TTHC và được đăng tải trên … tại: <url>, cụ thể: …": a complete
                    # list announced far from its total, no figure between them — inferred
                    if len(between.split()) > MAX_FAR_TOTAL_WORDS:
                        continue  # the number is too far from the cue to be its total
                    # "có 11.396.402 ha rừng được giao cho các chủ rừng để quản lý, bảo vệ, trong
                    # đó: …; các tổ chức khác 148.793 ha": after a partial cue, only a list its
                    # words make complete (a remainder, complementary labels) is of that total
                    far, cap = not exhaustive, "warning"
                parts = self._parts_after(doc, s, s.start + m.end(), total)
                if pattern == "with" and parts:
                    semi = text.find(";", s.start + m.end(), parts[-1].start)
                    if semi >= 0:
                        # "23.233 hồ sơ, với 6.596 hồ sơ trực tuyến (…); cấp huyện tiếp nhận 6.776 …": the
                        # clause after the semicolon is another level's, not more of the list
                        parts = [p for p in parts if p.start < semi]
                    lex = load_units()
                    t_read = lex.classify(total, text[total.end:total.end + 40])
                    if len(parts) < 2 or not all(same_measure(t_read, lex.classify(p, text[p.end:p.end + 40]))
                                                 for p in parts):
                        continue  # "20 lớp, với 600 học viên": another measure joined, no list
                    if len({unit_key(p) for p in parts}) != 1 or " và " not in text[parts[-2].end:parts[-1].start] \
                            or any(c in text[s.start + m.end():parts[-1].start] for c in ":\n"):
                        continue  # "với A … và B …", one noun, one clause: nothing looser is a list
                if parts and exhaustive and ";" in text[s.start + m.end():parts[0].start]:
                    # "3 xã … gồm A Rooi, A Ting, Jơ Ngây; 4 xã … gồm …": the cue's own clause lists
                    # names, and the figures after the semicolon are other clauses' totals
                    continue
                if parts == []:
                    # "5.664 tàu cá với 1.851.808 CV; trong đó … 271 chiếc; …": the figure before
                    # the cue measures nothing the parts do; the one it was joined to may (inferred)
                    joined = self._joined_total(doc, s, nums, k, cue_depth)
                    if joined is not None:
                        parts = self._parts_after(doc, s, s.start + m.end(), joined)
                        if parts:
                            total, cap = joined, "warning"
                if parts is None:
                    continue
                earlier = self._earlier_total(doc, s, nums, total, parts) if parts else None
                if earlier is not None:
                    # "7.518 TTHC ở 3 cấp: tỉnh, huyện, xã, trong đó: 3.595 TTHC …": the figure
                    # before the cue counts something else than its parts, and an earlier one
                    # of the parts' own measure is the total
                    total, cap = earlier, "warning"
                    parts = [p for p in parts if p is not total]
                if parts and _sum_with_a_sibling_before(text, s, total, parts):
                    # "13 sản phẩm OCOP 4 sao, 131 sản phẩm OCOP 3 sao của 91 chủ thể, …, trong đó 124
                    # …; 11 …; 6 …; 3 …": the cue breaks down the two counts together, not the last
                    # one (a bracket right after a figure is that figure's own: not so read)
                    continue
                if len(parts) >= self.params.min_parts or (parts and not exhaustive):
                    add(total, parts, exhaustive, pattern, cap, complete_only=far)
        # 2b. a sentence that opens on its total: "Trong số 3.405 hồ sơ đang giải quyết, số hồ sơ
        # chưa đến hạn là 2.436 hồ sơ và có 969 hồ sơ đã quá hạn"
        if self.opening_re is not None:
            lead = len(stext) - len(stext.lstrip())
            o = _OPENER.match(stext, lead)

            def opening(cue_re: re.Pattern, at: int) -> re.Match | None:
                if self.start_re is not None and self.start_re.match(stext, at):
                    # "Tổng số 10 hồ sơ, trong đó 3 hồ sơ …", "…, trong số đó 3 …": the opener
                    # holds the total and the cue opens its parts, not a total of its own
                    return None
                return cue_re.match(stext, at)

            m = opening(self.opening_re, lead)
            if m is None and o is not None:
                # after a short opener: "Theo đó, trong số 44 cơ quan, …", "Năm 2021, trong số …"
                m = opening(self.opening_re, o.end())
            alike = False  # "Trong 11 nhóm hàng, …": a bare "Trong" opens on a total only of its parts' noun
            if m is None and self.opening_count_re is not None:
                m = opening(self.opening_count_re, o.end() if o else lead)
                alike = m is not None
            fm = _FIGURE_NEXT.match(stext, m.end()) if m else None
            first = next((n for n in nums if n.start >= s.start + m.end()), None) if fm else None
            if first is not None and first.start == s.start + fm.end() - 1:
                total = first
                comma = text.find(",", total.end, s.end)
                if comma > 0 and depth(comma) == 0 and len(text[total.end:comma].split()) <= 12:
                    parts = self._parts_after(doc, s, comma + 1, total)
                    if parts and alike:
                        lex = load_units()
                        rt = lex.classify(total)
                        parts = parts if rt.cls == "count" and total.unit.strip() and all(
                            same_measure(rt, lex.classify(p)) for p in parts) else []
                    if parts:
                        add(total, parts, False, "opening-total")
        # 3. a sentence that opens with "Trong đó" about the previous sentence's total
        for cue_re, exhaustive, pattern in ((self.start_re, False, "next-sentence"),
                                            (self.start_exh_re, True, "next-sentence")):
            if cue_re is None or prev is None:
                continue
            m = cue_re.match(stext.lstrip())
            if not m:
                continue
            # the last figure of the sentence before, but not a change or a multiplier ("… 8,61
            # triệu lượt khách, tăng gần 3 lần so với cùng kỳ. Trong đó, …")
            # nor a rate per something ("đạt tỷ lệ xấp xỉ 100 thuê bao/100 dân"): the count before it is
            total = next((n for n in reversed(prev.numbers)
                          if not n.percent and depth_in(doc, prev, n.start) == 0 and not self._is_change(doc, n)
                          and unit_key(n) not in _NO_TOTAL_UNITS and not _PER_RATE.match(doc.text, n.end)), None)
            if total is None:
                continue
            cue = self.exhaustive_re.search(doc.text, prev.start, total.start) if self.exhaustive_re else None
            if cue is not None and prev.numbers and prev.numbers[0].start < cue.start() < total.start:
                # "… đạt 798,1 nghìn tấn, …, bao gồm: Cá …; tôm …; thủy sản khác đạt 106,6 nghìn tấn …
                # Trong đó, sản lượng nuôi trồng …": the last figure is the last item of a complete
                # list, not the total the new list breaks down
                continue
            if _last_of_list(doc, prev, total):
                # "… 1 chợ đầu mối, 9 chợ hạng 1, 30 chợ hạng 2 và 126 chợ hạng 3. Trong đó, có 40 chợ
                # thành thị và 120 chợ nông thôn": of the whole list, not of its last item
                continue
            if self.partial_re is not None and self.partial_re.search(doc.text, prev.start, total.start):
                # "…là 21.686 hồ sơ, trong đó tiếp nhận mới 18.477 hồ sơ. Trong số này …": the last
                # figure is itself a part; which of the two "này" means is not written: silence
                continue
            if _second_of_two(doc.text, prev.numbers, total, prev.start):
                # "… 2.000 hộ nghèo và 3.000 hộ cận nghèo. Trong đó, …": of which, not written
                continue
            offset = s.start + (len(stext) - len(stext.lstrip())) + m.end()
            parts = self._parts_after(doc, s, offset, total)
            cap = ""
            if parts == []:
                # "… có 141 dự án …, với tổng diện tích gần 241 ha. Cụ thể, 87 dự án …, 21 dự án …":
                # the last figure measures something else; the one figure before it of the parts'
                # measure is the total (inferred: a warning)
                alt = self._only_total_of_parts(doc, s, prev, offset, total)
                if alt is not None:
                    total, parts, cap = alt[0], alt[1], "warning"
            if parts is None:
                continue
            if parts and len(parts) >= 2 and _parallel_measures(doc.text, prev, parts):
                # "… khối lượng thực hiện đạt 2.933 tỷ đồng, …, giải ngân đạt 2.844 tỷ đồng. Trong đó,
                # kế hoạch vốn …: đã phân bổ 5.564,5 …, khối lượng thực hiện đạt 2.603 …, số vốn giải
                # ngân đạt 2.537 …": the measures of the sentence before, again for a subset
                continue
            nested = self.partial_re.search(doc.text, parts[0].end, s.end) \
                if self.partial_re is not None and parts else None
            inner = self.exhaustive_re.search(doc.text, parts[0].end, parts[1].start) \
                if self.exhaustive_re is not None and len(parts) >= 3 else None
            if inner is not None and (depth_in(doc, s, inner.start()) != depth_in(doc, s, parts[0].start)
                                      or parts[1].start - inner.end() > 40):
                inner = None  # "(…, chưa bao gồm hồ sơ …)": a remark in brackets, not the first part's list
            if inner is not None and (nested is None or inner.start() < nested.start()):
                # "Trong đó, có 1.474 đơn đủ điều kiện xử lý gồm: 420 …, 26 … và 1.028 …": the
                # first part is broken down in its turn; its own list is no more parts of the total
                nested = inner
            if nested is not None:
                # "Trong số này đã giải quyết 17.651 hồ sơ, trong đó có 13.767 …": what follows the
                # inner cue are the parts of 17.651, not of the sentence before's total
                parts = [p for p in parts if p.start < nested.start()]
            if len(parts) >= self.params.min_parts or (parts and not exhaustive):
                add(total, parts, exhaustive, pattern, cap)
        # 6. a list of outcomes in clauses of their own, the last the rest ("đã khởi tố 1.566 vụ …;
        # xử lý hành chính 254 vụ …; xử lý khác 33 vụ …"): complete, so of the one figure of their
        # measure stated in the sentences before ("… khám phá 1.853 vụ vi phạm …") — inferred
        if recent:
            for total, parts in self._rest_ended_list(doc, s, nums, recent):
                add(total, parts, True, "rest-after-total", "warning")
        # 5. the total after its parts: "A hồ sơ, B hồ sơ và C hồ sơ; tổng cộng X hồ sơ"
        if self.total_after_re is not None:
            for m in self.total_after_re.finditer(stext):
                cue_pos = s.start + m.start()
                if m.start() < 3:
                    continue
                lead = text[s.start:cue_pos].rstrip()
                if depth(cue_pos) != 0 and not (depth(cue_pos) == 1 and lead.endswith("(")):
                    continue  # "…, 250 hồ sơ trực tiếp (tổng số 1.270 hồ sơ)": a bracket it opens is the cue's
                cue = " ".join(m.group(0).lower().split())
                if cue in self.clause_head_cues and not (lead.endswith((",", ";", "(", ":"))
                                                          or lead.lower().endswith((" và", " là"))):
                    continue  # "… chiếm 12% trên tổng số 1.250 hồ sơ": a base, not a total of the parts
                if cue in self.clause_head_cues and re.search(rf"(?<!\w){re.escape(m.group(0))}(?!\w)",
                                                              lead[-MAX_TOTAL_GAP_CHARS:], re.IGNORECASE):
                    continue  # "tổng số hộ nghèo là 10.220 hộ; … tổng số hộ cận nghèo là 6.568 hộ": each figure's label
                after = [n for n in nums if n.start >= s.start + m.end()]
                if not after:
                    continue
                gap = text[s.start + m.end():after[0].start]
                if len(gap) > 160:
                    continue
                if len(gap.split()) > 3 and not self._label_of_lead(gap, lead[-MAX_TOTAL_GAP_CHARS:], after[0],
                                                                     cue in self.cumulative_cues):
                    continue
                total = after[0]
                parts = self._parallel_parts(doc, s, [n for n in nums if n.end <= cue_pos], total)
                if parts is not None and cue in self.clause_head_cues and gap.split() \
                        and self._sibling_classes_of_another(text, gap, total, parts):
                    continue
                if parts is not None and len(parts) >= self.params.min_parts:
                    if cue in self.cumulative_cues:
                        add(total, parts, False, "cumulative")
                    else:
                        add(total, parts, True, "total-after")
        # 4. a colon list: "11 VBQPPL đề: A; B; C"
        if self.params.colon_list and ":" in stext:
            for n in nums:
                m = self.colon_re.match(text, n.end, s.end)
                if not m or depth(n.start) != depth(m.end()) or depth(m.end()) > MAX_DEPTH:
                    continue
                if self._attribute_after_colon(doc, s, n, m.end()):
                    continue
                parts = self._parts_after(doc, s, m.end(), n)
                if parts is not None and len(parts) >= 2 and self._earlier_total(doc, s, nums, n, parts) is None:
                    add(n, parts, True, "colon")
        return rels

    # ------------------------------------------------------------------ checking
    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for rel in self.relations(doc):
            hit = self._judge(rel)
            if hit is not None:
                yield hit

    def _judge(self, rel: Relation) -> Hit | None:
        total, parts = rel.total, rel.parts
        if total.is_count and not total.approx and all(p.is_count and not p.approx for p in parts):
            # exact counts: every interval below is a point, so the verdict is integer arithmetic
            # (ints, not a Decimal sum: that rounds to the context's 28 digits)
            stated, computed = int(total.value), sum(int(p.value) for p in parts)
            if self.params.report == "short":
                if rel.exhaustive or len(parts) < 2 or computed >= stated or rel.pattern == "cumulative":
                    return None
            elif computed == stated or (computed < stated and not (rel.exhaustive and len(parts) >= 2)):
                return None
        half, one = Fraction(1, 2), Fraction(1)
        t_strict = interval_of(total, half, self.rel)
        t_loose = interval_of(total, one, self.rel)
        c_strict = sum_intervals(interval_of(p, half, self.rel) for p in parts)
        c_loose = sum_intervals(interval_of(p, one, self.rel) for p in parts)
        stated = Fraction(total.value) * Fraction(total.scale)
        computed = sum((Fraction(p.value) * Fraction(p.scale) for p in parts), Fraction(0))
        approx = bool(total.approx or any(p.approx for p in parts))
        if self.params.report == "short":
            if rel.exhaustive or len(parts) < 2 or total.approx or rel.pattern == "cumulative":
                return None  # a stock the parts raised is always more than they are
            if c_strict.below(t_strict) and not any(p.approx for p in parts):
                return self._hit(rel, stated, computed, "info", "short")
            return None
        if rel.exhaustive and len(parts) >= 2:
            v = ladder(t_strict, c_strict, t_loose, c_loose, stated, computed)
            status = v.status
        else:
            # a partial list can only be wrong when its parts exceed the total
            if c_strict.above(t_strict):
                status = "warning" if c_loose.intersects(t_loose) else "error"
            else:
                status = "ok"
        if status == "ok":
            return None
        if rel.cap == "warning" and status == "error":
            status = "warning"  # the link is inferred: never more than a warning
        if approx and status == "error":
            wide = Fraction(1, 5)
            if interval_of(total, one, wide).intersects(sum_intervals(interval_of(p, one, wide) for p in parts)):
                status = "warning"
        return self._hit(rel, stated, computed, status, "mismatch")

    def _hit(self, rel: Relation, stated: Fraction, computed: Fraction, severity: str, what: str) -> Hit:
        total, parts = rel.total, rel.parts
        scale = Fraction(total.scale)
        shown = [_in_scale_of(p, total) for p in parts]  # a part in another scale, in the total's
        dec = max([total.decimals] + [d for _, d in shown])
        if len(parts) == 1:
            p0 = parts[0]
            comp_txt = f"riêng {p0.approx + ' ' if p0.approx else ''}{shown[0][0]} đã lớn hơn tổng"
        else:
            comp_txt = " + ".join(t for t, _ in shown) + f" = {fmt_vn(computed / scale, dec)}"
        diff = computed - stated
        unit = f" {total.unit}" if total.unit else ""
        values = {
            "stated": f"{total.approx + ' ' if total.approx else ''}{written(total)}{unit}",
            "computed": fmt_vn(computed / scale, dec),
            "computation": comp_txt,
            "difference": fmt_vn(abs(diff) / scale, dec),
            "pattern": rel.pattern,
            "implied": fmt_vn(computed / scale, dec),
        }
        data = {
            "relation": "total = sum of parts",
            "pattern": rel.pattern,
            "exhaustive": rel.exhaustive,
            "stated": total.text,
            "parts": [p.text for p in parts],
            "computed": fmt_vn(computed / scale, dec),
            "difference": fmt_vn(diff / scale, dec),
            "implied_total": fmt_vn(computed / scale, dec),
            "kind": what,
        }
        if rel.shares:
            data["shares"] = [written(x) for x in rel.shares]
        start = min([total.start] + [p.start for p in parts])
        end = max([total.end] + [p.end for p in parts])
        return Hit(start, end, values, severity=severity, data=data)


def _in_scale_of(p: NumberToken, total: NumberToken) -> tuple[str, int]:
    """A part as the sum shows it, and its decimals there: as written when it has the total's
    scale, else converted to it ("4,52 ngàn" under a total in units is 4.520: the sum of a
    written "4,52" and "12" would read as 16,52)."""
    if p.scale == total.scale or p.denominator is not None:
        return written(p), p.decimals
    ratio = Fraction(p.scale) / Fraction(total.scale)
    shift = 0
    while ratio >= 10 and shift < 30:
        ratio /= 10
        shift += 1
    finer = 0  # "230 nghìn người" under a total in triệu is 0,230 (not "0": the sum shown must add up)
    while ratio < 1 and finer < 30:
        ratio *= 10
        finer += 1
    dec = max(0, p.decimals - shift) + finer if ratio == 1 else p.decimals + finer
    return fmt_vn(base_value(p) / Fraction(total.scale), dec), dec


_DEFAULT: "Breakdown | None" = None


def _default() -> Breakdown:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Breakdown(Breakdown.Params())
    return _DEFAULT


def default_relations(doc: Document) -> list[Relation]:
    """The relations the default breakdown parameters find."""
    return _default().relations(doc)


def judged_relations(doc: Document) -> list[Relation]:
    """The relations whose verdict the breakdown kind gives in full (used by other kinds to
    avoid reporting one relation twice): exhaustive lists, and partial lists it reports. A
    partial list ("trong đó …") below its total says nothing; another kind that knows the
    parts are exhaustive (on time + late = resolved) may still judge it."""
    b = _default()
    return [r for r in b.relations(doc) if (r.exhaustive and len(r.parts) >= 2) or b._judge(r) is not None]
