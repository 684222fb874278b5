"""Document number/code tokens (số, ký hiệu) and citations of documents."""
from __future__ import annotations

import re
from typing import Optional

from ..records import record
from ..model import CodeToken, DateToken, Document
from . import grammar as g
from .scans import matches
from .date_tokens import is_valid


def _malformed(raw_code: str, whole: str = "") -> str:
    if re.search(r"\s", raw_code) or re.search(r"\s", whole):
        return "space"
    if "/" in raw_code:
        return "slash"
    if "–" in raw_code:
        return "dash"
    return ""


def extract_codes(doc: Document, start: int, end: int) -> list[CodeToken]:
    cache = doc.meta.setdefault("_cache", {})
    key = ("codes", start, end)  # the codes of a block, and the citations built on them
    found = cache.get(key)
    if found is None:
        found = cache[key] = _extract_codes(doc, start, end) or ()
    return found


def _extract_codes(doc: Document, start: int, end: int) -> list[CodeToken]:
    text = doc.text[start:end]
    out = []
    for m in matches(doc, g.DOC_CODE, start, end, text):
        raw = m["kh"]
        # a code must have a hyphen or a slash group, or be a known single group (QH15, UBTVQH14)
        if "-" not in raw and "/" not in raw and "–" not in raw and not re.fullmatch(r"(?:QH|UBTVQH)\d+", raw):
            continue
        s, e = m.span()
        out.append(CodeToken(number=m["num"], year=int(m["year"]) if m["year"] else None,
                             code=re.sub(r"\s", "", raw).replace("–", "-"), text=m.group(0),
                             start=start + s, end=start + e, span=doc.span(start + s, start + e),
                             malformed=_malformed(raw, m.group(0))))
    return out


@record(frozen=True, slots=True)
class Citation:
    """``Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ``."""

    type_word: str
    code: CodeToken
    date: Optional[DateToken]
    start: int
    end: int
    issuer: str = ""  # "Chính phủ", "UBND tỉnh", "Thủ tướng Chính phủ" (after "của")


_DATE_IN_CITE = re.compile(
    r"(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<y>\d{4})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})")


# "của Chính phủ", "của UBND tỉnh", "của Bộ trưởng Bộ Nội vụ": up to the first word that starts
# the subject matter ("về", "sửa đổi", "quy định", ...) or punctuation.
_ISSUER = re.compile(
    r"[ \t]{0,3}(?:,[ \t]{0,3})?(?i:của)[ \t]+(?P<issuer>(?:(?!(?i:về|v/v|sửa|quy\s+định|ban\s+hành|hướng\s+dẫn|phê\s+duyệt|"
    r"thành\s+lập|triển\s+khai|thực\s+hiện|tổ\s+chức|và|trong|tại|đã|đến|theo)\b)"
    r"[^\W\d_]\w*(?:\.(?=\w)\w*)?(?:[ \t]+|(?=\W))){1,6})")


_CITATION_RE: re.Pattern | None = None
_HEAD_BEFORE: re.Pattern | None = None
HEAD_WINDOW = 64  # characters before a code searched for its type word ("Thông tư liên tịch số ")


def _citation_re() -> re.Pattern:
    global _CITATION_RE, _HEAD_BEFORE
    if _CITATION_RE is None:
        _CITATION_RE = re.compile(g.CITATION_RE)
        _HEAD_BEFORE = re.compile(g.CITATION_HEAD_RE + r"\Z")
    return _CITATION_RE


def citation_matches(text: str, code_starts: list[int]) -> list[re.Match]:
    """The matches of the citation pattern in ``text`` whose code starts at one of
    ``code_starts`` (sorted), as a scan of the whole text would find them.

    A citation is its type word right before a code, so the type word is searched for only in
    the few characters before each code (a case-insensitive alternation of 21 type words is
    slow to try at every position of a report), and the whole pattern matched from there."""
    rx = _citation_re()
    out: list[re.Match] = []
    last_end = 0
    for c in code_starts:
        if c < last_end:
            continue  # inside the previous citation (its date)
        head = _HEAD_BEFORE.search(text, max(last_end, c - HEAD_WINDOW), c)
        if head is None:
            continue
        m = rx.match(text, head.start())
        if m is None or m.start("code") != c:
            continue
        out.append(m)
        last_end = m.end()
    return out


def extract_citations(doc: Document, start: int, end: int) -> list[Citation]:
    text = doc.text[start:end]
    if "/" not in text:
        return []  # cheap pre-filter before the scans
    codes = {c.start: c for c in extract_codes(doc, start, end)}
    if not codes:
        return []  # a citation is a type word and a code token
    out = []
    for m in citation_matches(text, sorted(c - start for c in codes)):
        s, e = m.span()
        code = codes.get(start + m.start("code"))
        if code is None:
            continue
        date = None
        if m["date"]:
            dm = _DATE_IN_CITE.search(m["date"])
            if dm:
                d, mo, y = (int(dm["d"]), int(dm["m"]), int(dm["y"])) if dm["d"] else (
                    int(dm["d2"]), int(dm["m2"]), int(dm["y2"]))
                ds = start + m.start("date") + dm.start()
                date = DateToken(day=d, month=mo, year=y, text=dm.group(0), start=ds,
                                 end=ds + len(dm.group(0)), span=doc.span(ds, ds + len(dm.group(0))),
                                 form="slash" if dm["d"] else "long", valid=is_valid(d, mo, y))
        im = _ISSUER.match(text, e)
        issuer = im["issuer"].strip().rstrip(".") if im else ""
        out.append(Citation(type_word=" ".join(m["type"].split()), code=code,
                            date=date, start=start + s, end=start + e, issuer=issuer))
    return out
