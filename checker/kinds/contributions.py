"""Kind ``contributions``: the contributions of categories to a growth rate.

## What it does
A statistics release states how much each sector contributed to the growth of the whole:
"Tổng sản phẩm trong nước (GDP) quý I/2011 ước tính tăng 5,43% so với cùng kỳ năm 2010, bao gồm
khu vực nông, lâm nghiệp và thủy sản tăng 2,05%; … Trong tốc độ tăng trưởng chung của toàn nền
kinh tế, khu vực nông, lâm nghiệp và thủy sản đóng góp 0,24 điểm phần trăm; khu vực công nghiệp và
xây dựng đóng góp 2,36 điểm phần trăm; khu vực dịch vụ đóng góp 2,83 điểm phần trăm."

Contributions are the figures right after a contribution cue ("đóng góp", ``contribution_cues``)
or a negative one ("làm giảm", "đóng góp âm": ``negative_cues``, subtracted). In per cent
("đóng góp 38,24%") they are shares of the growth and make 100 %; in percentage points
("đóng góp 0,91 điểm phần trăm") they make the growth rate itself, which is read

* in the opener ("Trong mức tăng 6,81% của toàn nền kinh tế, …"), or
* from the aggregate's own growth: earlier in the sentence ("GDP tăng 5,1%, trong đó …"), in the
  sentence before, or in the first sentence of the paragraph (or of the paragraph before). Its
  subject must name the whole (``aggregates``: GDP, GRDP, tổng sản phẩm, giá trị tăng thêm, tổng
  mức bán lẻ, IIP …) and no sector after it ("khu vực dịch vụ tăng 6,28%" is a part's growth),
  and agree with the aggregate the opener names. Two different candidates (two aggregates, or two
  periods: "GDP 6 tháng tăng 5,8%, trong đó quý II tăng 6,1%"), a sentence before holding only
  sectors' growths, or a list of contributions before it: nothing is said.

A contribution to something other than the growth ("đóng góp 5% vào ngân sách": an
``object_links`` word not followed by a ``growth_trailers`` phrase), or one the number reader did
not read ("đóng góp -0,2 điểm phần trăm"), leaves its sentence unjudged.

The list is complete when the opener says so ("toàn nền kinh tế", "chung": ``complete_words``)
or when it has as many items as the sectors listed after "bao gồm" in the growth sentence; then
any difference beyond rounding is reported. A list that is explicitly partial ("Trong đó …",
``partial_cues``), or not known to be complete, is reported only when it exceeds the whole.
Product taxes are part of GDP from 2015 (``taxed_groups``, ``taxes_from_year``): a list of points
without them ("thuế sản phẩm …", ``tax_words``) may fall short of a GDP growth, and is then
reported only when it exceeds it.

A sub-list of a sector's branches — "…, đóng góp 2,9 điểm phần trăm, trong đó ngành A đóng
góp …; ngành B …", or a sentence "Trong khu vực công nghiệp và xây dựng, ngành A …" about a sector
whose contribution was stated before — is partial: it may not exceed its sector's contribution.

Every finding is a warning: the link between the figures is inferred from the words.

## Why is this bad?
Contributions that do not add up mean a sector's figure was copied from another period or
mistyped: the whole breakdown of growth the report rests on is then in doubt.

## Example
``Trong mức tăng …, khu vực I …, đóng góp 5,11%; khu vực II …, đóng góp 38,24%; khu vực III …,
đóng góp 57,65%`` total 101,00 %; ``GDP … tăng 5,43% …. Trong tốc độ tăng trưởng chung …, … đóng
góp 0,24 điểm phần trăm; … 2,36 …; … 3,25 điểm phần trăm`` total 5,85.
"""
from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, Heading, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, exact, fmt_vn, interval_of, ladder, sum_intervals, written
from ._prose import Sentence, alternation, depth_in, prose_blocks, sentences

_CLAUSE_MARKS = (", ", ",\t", ",\n", ";", ":")
_SUBJECT_SPAN = 160  # characters before a growth verb read as its subject
_LABEL_SPAN = 200  # characters before a contribution read as its label
_OPENER_SPAN = 200  # characters after the frame read as the opener


# a growth rate ending right where a bracket opens: "tăng 8,64% (", "giảm 1,2 % ("
_GROWTH_BEFORE_BRACKET = re.compile(r"(?:tăng|giảm)[ \t]{1,3}\d{1,3}(?:[.,]\d{1,3})?[ \t]?%[ \t]{0,3}\Z")


# a clause opening on a cumulative period: the aggregate's growth over it
_CUMULATIVE = re.compile(r"(?:tính[ \t]++chung|lũy[ \t]++kế|luỹ[ \t]++kế|cộng[ \t]++dồn)(?!\w)", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@record(frozen=True, slots=True)
class Entry:
    tok: NumberToken
    sign: int  # -1 after a negative cue ("làm giảm 0,76 điểm phần trăm")
    unit: str  # "share" (per cent of the growth) or "points"
    cue: int  # where its cue starts
    end: int  # after the figure and its unit words
    label: int = 0  # where its label starts (set by the structure)


@record
class Info:
    """What a sentence states about contributions (cached per sentence)."""

    entries: list[Entry]
    unreadable: bool  # a contribution the number reader left out ("đóng góp -0,2 …"), or of another period
    named: Optional[list[tuple[Optional[str], Entry]]] = None  # the entries with the part each is about


@record(frozen=True)
class Whole:
    tok: Optional[NumberToken]  # None: 100 % (the shares)
    group: Optional[str]
    sentence: Optional[Sentence]  # the growth sentence, when read from one
    source: str  # "opener", "shares", "sentence" (inferred), "sector" (a sector's contribution)


@register("contributions")
class Contributions(Kind):
    placeholders = frozenset({"computation", "computed", "stated", "difference"})

    @record(frozen=True, eq=False)
    class Params:
        # the frame that opens the sentence of contributions
        frames: list[str] = field(default_factory=lambda: [
            "trong mức tăng", "trong tốc độ tăng", "trong mức tăng trưởng", "trong tăng trưởng",
            "về đóng góp vào", "về mức đóng góp", "đóng góp vào mức tăng"])
        # in the opener: the list covers the whole
        complete_words: list[str] = field(default_factory=lambda: ["toàn nền kinh tế", "chung", "toàn ngành"])
        # before the list or an item: only some of the parts are listed
        partial_cues: list[str] = field(default_factory=lambda: ["trong đó", "riêng", "chủ yếu"])
        # "Trong khu vực công nghiệp và xây dựng, ngành A …": a sentence about one sector
        sector_openers: list[str] = field(default_factory=lambda: ["trong", "đối với"])
        # the word right before each contribution
        contribution_cues: list[str] = field(default_factory=lambda: ["đóng góp", "góp"])
        negative_cues: list[str] = field(default_factory=lambda: ["làm giảm", "đóng góp âm", "góp âm", "kéo giảm"])
        points_words: list[str] = field(default_factory=lambda: ["điểm phần trăm", "điểm %"])
        # after a contribution: it is one to the growth ("đóng góp 0,24 điểm phần trăm vào mức tăng chung")
        growth_trailers: list[str] = field(default_factory=lambda: [
            "vào mức tăng", "vào tốc độ tăng", "vào tăng trưởng", "cho mức tăng", "cho tăng trưởng",
            "mức tăng trưởng chung", "mức tăng chung"])
        # right before the growth of the whole ("ước tính tăng 5,43%")
        growth_cues: list[str] = field(default_factory=lambda: [
            "tăng", "tăng trưởng", "tăng ở mức", "tăng trưởng ở mức", "tăng trưởng đạt"])
        change_verbs: list[str] = field(default_factory=lambda: ["tăng", "giảm"])
        # the subjects whose growth is the whole, by aggregate
        aggregates: dict[str, list[str]] = field(default_factory=lambda: {
            "gdp": ["tổng sản phẩm trong nước", "tổng sản phẩm trên địa bàn", "tổng sản phẩm", "gdp", "grdp"],
            "value_added": ["tổng giá trị tăng thêm", "giá trị tăng thêm"],
            "industry": ["chỉ số sản xuất toàn ngành công nghiệp", "chỉ số sản xuất công nghiệp", "iip"],
            "retail": ["tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tổng mức bán lẻ"],
            "economy": ["toàn nền kinh tế", "nền kinh tế"],
        })
        # a general aggregate and the specific ones it may stand for
        compatible: dict[str, list[str]] = field(default_factory=lambda: {"economy": ["gdp", "value_added"]})
        # aggregates whose growth includes product taxes (from taxes_from_year)
        taxed_groups: list[str] = field(default_factory=lambda: ["gdp", "economy"])
        tax_words: list[str] = field(default_factory=lambda: ["thuế sản phẩm"])
        taxes_from_year: int = 2015
        # the head of a part ("khu vực dịch vụ", "ngành khai khoáng")
        level_words: list[str] = field(default_factory=lambda: ["khu vực", "ngành", "nhóm ngành", "nhóm hàng", "lĩnh vực"])
        # a subject that names the aggregate but measures something else
        other_measures: list[str] = field(default_factory=lambda: ["bình quân", "đầu người", "giảm phát", "chỉ số giá"])
        # in the growth sentence, before the sectors' growths that make the whole
        cover_cues: list[str] = field(default_factory=lambda: ["bao gồm", "gồm"])
        # a growth whose subject is only a period ("…, quý II tăng 6,1%"): the whole of another
        # period, so two candidates
        period_words: list[str] = field(default_factory=lambda: ["quý", "tháng", "năm", "cả năm", "tuần"])
        # before the head of a part ("; và khu vực dịch vụ …")
        connectors: list[str] = field(default_factory=lambda: ["và", "còn"])
        # right after a contribution, what it is to: not the growth (no trailer) is another relation
        # ("đóng góp 5% vào ngân sách")
        object_links: list[str] = field(default_factory=lambda: ["vào", "cho"])
        # in the clause of a contribution: it is another period's ("(cùng kỳ năm 2010 đóng góp 2,1 …)"),
        # left out when in brackets, else the sentence compares periods and is not judged
        other_period_cues: list[str] = field(default_factory=lambda: [
            "cùng kỳ", "năm trước", "quý trước", "tháng trước", "kỳ trước", "năm ngoái"])
        # the complete sets of sectors of an aggregate: a list naming each side once, one
        # contribution each, covers the whole even after "trong đó" (the four industries of IIP)
        complete_sets: dict[str, list[list[str]]] = field(default_factory=dict)
        min_parts: int = 3  # a complete list
        min_partial_parts: int = 2  # a partial list or a sub-list, judged when it exceeds
        lookback_sentences: int = 8

    def __init__(self, params: "Contributions.Params"):
        super().__init__(params)
        if not params.frames or not params.contribution_cues or params.min_parts < 2 \
                or params.min_partial_parts < 2 or not params.aggregates or not params.growth_cues \
                or not params.level_words:
            raise ValueError("frames, contribution_cues, aggregates, growth_cues và level_words không được rỗng; "
                             "min_parts, min_partial_parts ≥ 2")
        i = re.IGNORECASE

        def words(items):
            return rf"(?<!\w)(?:{alternation(items)})(?!\w)"

        self.frame_re = re.compile(rf"\s*+(?:{alternation(params.frames)})(?!\w)", i)
        self.cue_re = re.compile(rf"(?<!\w)(?:{alternation(params.contribution_cues)})[ \t]++(?:vào[ \t]++)?$", i)
        self.points_re = re.compile(rf"[ \t]*+(?:{alternation(params.points_words)})(?!\w)", i) \
            if params.points_words else None
        self.negative_re = re.compile(rf"(?<!\w)(?:{alternation(params.negative_cues)})[ \t]+$", i) \
            if params.negative_cues else None
        # a contribution the number reader does not read: "đóng góp -0,2", "đóng góp âm -0,2"
        self.minus_re = re.compile(rf"(?<!\w)(?:{alternation(list(params.contribution_cues) + list(params.negative_cues))})"
                                   r"[ \t]*[-−–][ \t]*\d", i)
        self.partial_re = re.compile(words(params.partial_cues), i) if params.partial_cues else None
        self.complete_re = re.compile(words(params.complete_words), i) if params.complete_words else None
        self.cover_re = re.compile(words(params.cover_cues), i) if params.cover_cues else None
        self.trailer_re = re.compile(rf"(?:{alternation(params.growth_trailers)})(?!\w)", i) \
            if params.growth_trailers else None
        self.growth_re = re.compile(rf"(?<!\w)(?:{alternation(params.growth_cues)})[ \t]+$", i)
        self.verb_re = re.compile(words(params.change_verbs), i) if params.change_verbs else None
        self.aggregate_res = [(g, re.compile(words(ws), i)) for g, ws in params.aggregates.items() if ws]
        self.other_re = re.compile(words(params.other_measures), i) if params.other_measures else None
        heads = list(params.level_words) + list(params.tax_words)
        self.level_re = re.compile(words(params.level_words), i)
        # at the start of a label (its blanks stripped): the head of a part
        conn = rf"(?:(?:{alternation(params.connectors)})\s+)?" if params.connectors else ""
        self.head_re = re.compile(rf"{conn}({alternation(heads)})(?!\w)", i)
        self.tax_re = re.compile(words(params.tax_words), i) if params.tax_words else None
        self.sector_open_re = re.compile(
            rf"(?:{alternation(params.sector_openers)})\s+(?=(?:{alternation(params.level_words)})(?!\w))", i) \
            if params.sector_openers else None
        # the end of an opener or of a sector's name: a comma before the head of a part
        self.name_end_re = re.compile(rf",\s*(?={conn}(?:{alternation(heads)})(?!\w))", i)
        # connectors and a count of months before a period ("trong đó quý IV", "6 tháng")
        self.period_re = re.compile(rf"(?:(?:{alternation(list(params.partial_cues) + list(params.connectors))})\s+)?(?:(?<!\d)\d+\s+)?"
                                    rf"(?:{alternation(params.period_words)})(?!\w)", i) if params.period_words else None
        self.other_period_re = re.compile(words(params.other_period_cues), i) if params.other_period_cues else None
        self.object_re = re.compile(rf"(?:{alternation(params.object_links)})(?!\w)", i) if params.object_links else None
        self.year_re = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
        self.cue_words = tuple(w.lower() for w in list(params.contribution_cues) + list(params.negative_cues))
        self.taxed = frozenset(params.taxed_groups)
        self.compatible = {k: frozenset(v) for k, v in params.compatible.items()}
        for name, sides in params.complete_sets.items():
            if len(sides) < 2 or not all(isinstance(x, list) and x and all(isinstance(w, str) and w.strip() for w in x)
                                         for x in sides):
                raise ValueError(f"complete_sets.{name}: cần ít nhất hai nhóm từ, mỗi nhóm một danh sách từ không rỗng")
        # each side its phrases as one alternation, longest first ("ngoài nhà nước" before "nhà nước")
        self.sets = [[re.compile(words(sorted(x, key=len, reverse=True)), i) for x in sides]
                     for sides in params.complete_sets.values()]

    # ------------------------------------------------------------------ the document
    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        blocks = prose_blocks(doc)
        if not any(self._has_cue(b.text) for b in blocks):
            return
        order = {id(b): k for k, b in enumerate(doc.blocks)}
        keep = self.params.lookback_sentences + 2
        history: deque = deque(maxlen=keep)  # (sentence, paragraph number)
        infos: dict[int, Info] = {}
        para, last = 0, None
        for b in blocks:
            k = order.get(id(b), -10)
            if last is None or k != last + 1 or isinstance(b, Heading):
                history.clear()  # a table, a heading or a gap between: no growth is read across it
            last = k
            has_cue = self._has_cue(b.text)
            for j, s in enumerate(sentences(doc, b)):
                if j == 0 or "\n" in doc.text[s.start:s.start + self._lead(doc.text, s)]:
                    para += 1
                history.append((s, para))
                if has_cue:
                    yield from self._sentence(doc, list(history), infos)

    def _has_cue(self, text: str) -> bool:
        low = text.lower()
        return any(w in low for w in self.cue_words)

    @staticmethod
    def _lead(text: str, s: Sentence) -> int:
        """Blanks at the start of a sentence."""
        body = text[s.start:s.end]
        return len(body) - len(body.lstrip())

    def _info(self, doc: Document, s: Sentence, infos: dict[int, Info]) -> Info:
        found = infos.get(s.start)
        if found is not None:
            return found
        text = doc.text
        out = []
        unreadable = False
        for n in s.numbers:
            a = max(s.start, n.start - 24)
            m = self.cue_re.search(text, a, n.start)
            sign = 1
            if m is None and self.negative_re is not None:
                m = self.negative_re.search(text, a, n.start)
                sign = -1
            if m is None:
                continue
            if n.percent:
                unit, end = "share", n.end
            else:
                pm = self.points_re.match(text, n.end) if self.points_re is not None else None
                if pm is None:
                    continue
                unit, end = "points", pm.end()
            if self.other_period_re is not None:
                lo = max(s.start, m.start() - _LABEL_SPAN)
                clause = max(text.rfind(", ", lo, m.start()), text.rfind(";", lo, m.start()), text.rfind("(", lo, m.start()))
                other = self.other_period_re.search(text, clause + 1 if clause >= 0 else lo, m.start()) is not None
                if depth_in(doc, s, n.start) > 0 and not self._own_bracket(doc, s, m.start()):
                    if not other:
                        unreadable = True  # a contribution in brackets, of what is not told
                    continue  # "(cùng kỳ năm 2010 đóng góp 2,1 điểm phần trăm)": another period's
                if other:
                    unreadable = True  # "…, cùng kỳ năm trước đóng góp 2,1 …": two periods in one list
            out.append(Entry(n, sign, unit, m.start(), end))
        unreadable = unreadable or bool(out) and self.minus_re.search(text, s.start, s.end) is not None
        infos[s.start] = found = Info(out, unreadable)
        return found

    @staticmethod
    def _own_bracket(doc: Document, s: Sentence, cue: int) -> bool:
        """Is the contribution at ``cue`` the first words of a bracket right after a growth rate
        ("khu vực dịch vụ tăng 8,64% (đóng góp 5,16 điểm phần trăm vào tăng trưởng chung)")? It
        is then the contribution of the sector named before the bracket, as if after a comma."""
        text = doc.text
        k = text.rfind("(", s.start, cue)
        if k < 0 or text[k + 1:cue].strip() or depth_in(doc, s, cue) != 1:
            return False
        return _GROWTH_BEFORE_BRACKET.search(text, max(s.start, k - 40), k) is not None

    # ------------------------------------------------------------------ one sentence
    def _sentence(self, doc: Document, hist: list, infos: dict[int, Info]) -> Iterable[Hit]:
        text = doc.text
        s, _ = hist[-1]
        info = self._info(doc, s, infos)
        entries = info.entries
        if not entries or info.unreadable:
            return
        p0 = s.start + self._lead(text, s)
        limit = entries[0].cue
        frame = self.frame_re.match(text, s.start, limit)
        sector_name = None
        opener_end = s.start
        if frame is not None:
            opener_end = self._opener_end(text, frame.end(), limit)
        elif self.sector_open_re is not None:
            sm = self.sector_open_re.match(text, p0, limit)
            if sm is not None:
                nm = self.name_end_re.search(text, sm.end(), min(limit, sm.end() + _OPENER_SPAN))
                if nm is None:
                    return  # a sector named, but where its name ends is not clear
                sector_name = text[sm.end():nm.start()]
                opener_end = nm.start() + 1
        structure = self._structure(text, s, entries, opener_end)
        if structure is None:
            return
        top, subs, first_partial, regions = structure
        # a contribution "vào" something other than the growth is another relation
        trailer = False
        for e in entries:
            tail = text[e.end:min(s.end, e.end + 80)].lstrip(" \t")
            if self.trailer_re is not None and self.trailer_re.match(tail):
                trailer = True
            elif self.object_re is not None and self.object_re.match(tail):
                return
        for parent, subl in subs:
            yield from self._judge_sub(text, parent, subl)
        units = {e.unit for e in top}
        if len(units) != 1:
            return  # mixed units: not one list
        unit = units.pop()
        region = text[s.start:opener_end] if frame is not None else ""
        opener_group, opener_groups_clash = self._group_of(region) if region else (None, False)
        if opener_groups_clash:
            return
        complete_claim = frame is not None and self.complete_re is not None and bool(self.complete_re.search(region))
        if sector_name is not None:
            parent = self._sector_parent(doc, hist, infos, sector_name, unit)
            if parent is None:
                return
            yield from self._judge_sub(text, parent, top)
            return
        if unit == "share":
            if frame is None and not trailer:
                return  # shares with nothing that says what they are shares of
            whole = Whole(None, opener_group, None, "shares")
        else:
            whole = None
            if frame is not None:
                for n in s.numbers:
                    if n.start >= opener_end:
                        break
                    if n.start < frame.end() or not n.percent:
                        continue
                    if any(ch in text[frame.end():n.start] for ch in ",;") or any(e.tok is n for e in entries):
                        break
                    if n.approx:
                        return
                    whole = Whole(n, opener_group, None, "opener")  # "Trong mức tăng 6,81% của …"
                    break
            if whole is None:
                whole = self._growth_whole(doc, hist, infos, limit, opener_group, regions)
                if whole is None:
                    return
        complete = (not first_partial and (complete_claim or self._covered(doc, whole, s, top, regions))) \
            or self._every_sector(text, top)
        both_ways = complete
        if unit == "points" and complete and self._taxed(doc, whole, s, top):
            both_ways = False  # product taxes may be the rest
        if len(top) < self.params.min_parts:
            both_ways = False  # too few to be sure nothing is left out: judged if it exceeds
        if len(top) < self.params.min_partial_parts:
            return
        if unit == "share" and whole.tok is None:
            hit = self._judge(top, None, both_ways, loose_tier=True)
            if hit is not None and self._points_as_percent(doc, hist, infos, limit, opener_group, regions, top):
                return  # "đóng góp 2,83%" that make the growth: points written as per cent
        else:
            hit = self._judge(top, whole.tok, both_ways, loose_tier=whole.source == "opener")
        if hit is not None:
            yield hit

    def _opener_end(self, text: str, start: int, limit: int) -> int:
        hi = min(limit, start + _OPENER_SPAN)
        m = self.name_end_re.search(text, start, hi)
        if m is not None:
            return m.start() + 1
        comma = text.find(", ", start, hi)  # not a decimal comma
        return comma + 1 if comma >= 0 else start

    def _structure(self, text: str, s: Sentence, entries: list[Entry], opener_end: int):
        """(top-level entries, [(parent, sub-list)], list opened as partial, sub-list regions),
        or None when where a sub-list ends cannot be told."""
        top: list[Entry] = []
        subs: list[tuple[Entry, list[Entry]]] = []
        regions: list[tuple[int, int]] = []
        first_partial = False
        top_head = sub_head = None
        current: Optional[list[Entry]] = None
        prev_end = opener_end
        for k, e in enumerate(entries):
            lo = max(prev_end, e.cue - _LABEL_SPAN) if k else max(s.start, e.cue - _LABEL_SPAN)
            cue = None
            if self.partial_re is not None:
                for m in self.partial_re.finditer(text, max(lo, opener_end if k == 0 else lo), e.cue):
                    cue = m
            semi = text.rfind(";", lo, e.cue)
            start = max(lo, semi + 1, cue.end() if cue is not None else lo, opener_end if k == 0 else lo)
            if k == 0 and self.cover_re is not None:
                for m in self.cover_re.finditer(text, start, e.cue):
                    start = m.end()
            head = self._head(text, start, e.cue)
            e = Entry(e.tok, e.sign, e.unit, e.cue, e.end, start)
            prev_end = e.end
            if k == 0:
                first_partial = cue is not None
                top_head = head
                top.append(e)
                continue
            if cue is not None:
                if text.rfind(";", lo, cue.start()) >= 0 or current is not None:
                    return None  # "…; khu vực II tăng 8,85%, trong đó ngành A đóng góp …": a part without its own figure
                if head is None or head == top_head:
                    return None  # the sub-list's items look like the list's own
                current, sub_head = [e], head
                subs.append((top[-1], current))
                regions.append((cue.start(), e.end))
                continue
            if current is not None:
                if head == sub_head:
                    current.append(e)
                    regions[-1] = (regions[-1][0], e.end)
                    continue
                if head is None:
                    return None
                current = None
            top.append(e)
        return top, subs, first_partial, regions

    def _head(self, text: str, start: int, end: int) -> Optional[str]:
        label = text[start:end]
        body = label.lstrip(" \t\n,:;-–")
        m = self.head_re.match(body)
        return _norm(m.group(1)) if m else None

    def _name(self, text: str, e: Entry) -> Optional[str]:
        """The part an entry is about: its label from the head to its growth verb."""
        label = text[e.label:e.cue]
        body = label.lstrip(" \t\n,:;-–")
        m = self.head_re.match(body)
        if m is None:
            return None
        rest = body[m.start(1):]
        cut = len(rest)
        if self.verb_re is not None:
            v = self.verb_re.search(rest)
            if v is not None:
                cut = v.start()
        paren = rest.find("(")
        if 0 <= paren < cut:
            cut = paren
        return _norm(rest[:cut]) or None

    # ------------------------------------------------------------------ the whole
    def _group_of(self, subject: str) -> tuple[Optional[str], bool]:
        """(the aggregate a text names, two different ones named)."""
        found = {g for g, rx in self.aggregate_res if rx.search(subject)}
        for general, specific in self.compatible.items():
            if general in found and found & specific:
                found.discard(general)
        if len(found) > 1:
            return None, True
        return (found.pop() if found else None), False

    def _fits(self, a: Optional[str], b: Optional[str]) -> bool:
        if a is None or b is None or a == b:
            return True
        return b in self.compatible.get(a, ()) or a in self.compatible.get(b, ())

    def _growths(self, doc: Document, g: Sentence, hi: int, skip: list[tuple[int, int]] | tuple = ()):
        """The growth figures of a sentence before ``hi``: [(figure, aggregate or None, kind)],
        kind "whole" (its subject names the aggregate), "part" (a sector's) or "other"."""
        text = doc.text
        out = []
        starts = [a for a, _ in skip]  # sorted, disjoint: a bisection, not a scan a figure
        for n in g.numbers:
            if n.start >= hi:
                break
            if not n.percent:
                continue
            r = bisect.bisect_right(starts, n.start) - 1
            if r >= 0 and n.start < skip[r][1]:
                continue  # inside a sub-list
            m = self.growth_re.search(text, max(g.start, n.start - 30), n.start)
            if m is None:
                continue
            subject = self._subject(text, g.start, m.start())
            last = -1
            for _, rx in self.aggregate_res:
                for am in rx.finditer(subject):
                    last = max(last, am.end())
            if last < 0:
                if _CUMULATIVE.match(subject.lstrip(" \t\n,;:")):
                    # "quý III ước tăng 10,0%…; tính chung 9 tháng ước tăng 9,1%": the aggregate
                    # again, over another period — two wholes, which one the list is of is unsaid
                    out.append((n, None, "whole"))
                    continue
                if self.period_re is not None and self.period_re.match(subject.lstrip(" \t\n,;:")):
                    out.append((n, None, "whole"))  # "GDP 6 tháng tăng 5,8%, quý II tăng 6,1%"
                    continue
                out.append((n, None, "part" if self.level_re.search(subject) else "other"))
            elif self.level_re.search(subject, last) or self.tax_re is not None and self.tax_re.search(subject, last):
                out.append((n, None, "part"))  # "Giá trị tăng thêm khu vực dịch vụ tăng 6,28%"
            elif self.other_re is not None and self.other_re.search(subject):
                out.append((n, None, "other"))  # "GDP bình quân đầu người tăng …"
            else:
                group, clash = self._group_of(subject)
                out.append((n, None, "other") if clash else (n, group, "whole"))
        return out

    @staticmethod
    def _subject(text: str, lo: int, verb: int) -> str:
        """The clause before a growth verb; "…, tăng 8,6%" reads the clause before that."""
        a = max(lo, verb - _SUBJECT_SPAN)

        def cut_before(end: int) -> int:  # a decimal comma ("5.679,9") is no clause mark
            return max(text.rfind(c, a, end) for c in _CLAUSE_MARKS)
        cut = cut_before(verb)
        if cut >= 0 and not any(ch.isalpha() for ch in text[cut + 1:verb]):
            cut = cut_before(cut)
        return text[cut + 1 if cut >= 0 else a:verb]

    def _decide(self, growths, group: Optional[str]):
        """"found" with the figure, "ambiguous", "part" (only sectors' growths) or "none"."""
        wholes = [(n, g) for n, g, kind in growths if kind == "whole" and self._fits(group, g)]
        if not wholes:
            if any(kind == "whole" for _, _, kind in growths):
                return "ambiguous", None  # the growth of another aggregate
            return ("part", None) if any(kind == "part" for _, _, kind in growths) else ("none", None)
        values = {n.value for n, _ in wholes}
        if len(values) > 1 or any(n.approx for n, _ in wholes):
            return "ambiguous", None
        return "found", wholes[0]

    def _growth_whole(self, doc, hist, infos, limit, group, regions) -> Optional[Whole]:
        s, para = hist[-1]
        verdict, found = self._decide(self._growths(doc, s, limit, regions), group)
        if verdict == "found":
            return Whole(found[0], found[1] or group, s, "sentence")
        if verdict == "ambiguous":
            return None
        # the sentence before, then the first sentence of its paragraph
        if len(hist) < 2:
            return None
        prev, prev_para = hist[-2]
        tried = [prev]
        first = next((x for x, p in hist if p == prev_para), None)
        if first is not None and first is not prev:
            tried.append(first)
        for k, g in enumerate(tried):
            if self._info(doc, g, infos).entries:
                return None  # contributions before: this list may be a part of one of them
            verdict, found = self._decide(self._growths(doc, g, g.end), group)
            if verdict == "found":
                return Whole(found[0], found[1] or group, g, "sentence")
            if verdict in ("ambiguous", "part"):
                return None
        return None

    def _covered(self, doc: Document, whole: Whole, s: Sentence, top: list[Entry], regions) -> bool:
        """The growth sentence lists the sectors ("bao gồm khu vực I tăng …; …") and the list has
        one contribution each."""
        g = whole.sentence
        if g is None or whole.tok is None or self.cover_re is None:
            return False
        m = self.cover_re.search(doc.text, whole.tok.end, min(g.end, whole.tok.end + 120))
        if m is None:
            return False
        parts = [n for n, _, _ in self._growths(doc, g, g.end, regions if g is s else ()) if n.start > m.end()]
        return len(parts) >= 2 and len(parts) == len(top)

    def _every_sector(self, text: str, top: list[Entry]) -> bool:
        """Does the list name every sector of one complete set, each once, one contribution
        each ("ngành chế biến, chế tạo …; … điện …; … cung cấp nước …; ngành khai khoáng …")?"""
        for sides in self.sets:
            if len(top) != len(sides):
                continue
            seen = set()
            for e in top:
                label = text[e.label:e.cue]
                hit = [k for k, rx in enumerate(sides) if rx.search(label)]
                if len(hit) != 1 or hit[0] in seen:
                    break
                seen.add(hit[0])
            else:
                return True
        return False

    def _taxed(self, doc: Document, whole: Whole, s: Sentence, top: list[Entry]) -> bool:
        """Product taxes may be part of the whole and are not in the list."""
        text = doc.text
        if self.tax_re is not None and any(self.tax_re.search(text, e.label, e.cue) for e in top):
            return False
        if whole.group is not None and whole.group not in self.taxed:
            return False
        years = [int(m.group()) for g in {s, whole.sentence} if g is not None
                 for m in self.year_re.finditer(text, g.start, g.end)]
        return not (years and max(years) < self.params.taxes_from_year)

    def _points_as_percent(self, doc, hist, infos, limit, group, regions, top) -> bool:
        whole = self._growth_whole(doc, hist, infos, limit, group, regions)
        if whole is None or whole.tok is None:
            return False
        total = sum_intervals(self._interval(e, Fraction(1)) for e in top)
        return total.intersects(interval_of(whole.tok, Fraction(1)))

    def _sector_parent(self, doc, hist, infos, name: str, unit: str) -> Optional[Entry]:
        """The contribution stated before for the sector a sentence opens with."""
        want = _norm(name)
        text = doc.text
        for g, _ in reversed(hist[:-1]):
            info = self._info(doc, g, infos)
            if info.named is None:
                info.named = [(self._name(text, e), e) for e in self._labelled(doc, g, infos)]
            found = [e for name, e in info.named if name == want]
            if found:
                values = {(e.tok.value, e.sign, e.unit) for e in found}
                if len(values) != 1 or found[0].unit != unit or found[0].sign < 0 or found[0].tok.approx:
                    return None
                return found[0]
        return None

    def _labelled(self, doc: Document, g: Sentence, infos: dict[int, Info]) -> list[Entry]:
        info = self._info(doc, g, infos)
        if not info.entries:
            return []
        text = doc.text
        p0 = g.start + self._lead(text, g)
        frame = self.frame_re.match(text, g.start, info.entries[0].cue)
        opener_end = self._opener_end(text, frame.end(), info.entries[0].cue) if frame is not None else p0
        if frame is None and self.sector_open_re is not None:
            sm = self.sector_open_re.match(text, p0, info.entries[0].cue)
            if sm is not None:
                nm = self.name_end_re.search(text, sm.end(), min(info.entries[0].cue, sm.end() + _OPENER_SPAN))
                if nm is not None:
                    opener_end = nm.start() + 1
        structure = self._structure(text, g, info.entries, opener_end)
        if structure is None:
            return []
        top, subs, _, _ = structure
        return top + [e for _, sl in subs for e in sl]

    # ------------------------------------------------------------------ judging
    @staticmethod
    def _interval(e: Entry, ulps: Fraction = Fraction(1, 2)) -> Interval:
        iv = interval_of(e.tok, ulps)
        return iv if e.sign > 0 else Interval(-iv.hi, -iv.lo)

    def _judge_sub(self, text: str, parent: Entry, subl: list[Entry]) -> Iterable[Hit]:
        if len(subl) < self.params.min_partial_parts or parent.sign < 0 or parent.tok.approx:
            return
        if any(e.unit != parent.unit for e in subl):
            return
        hit = self._judge(subl, parent.tok, False, loose_tier=False,
                          stated_text=written(parent.tok) + text[parent.tok.end:parent.end])  # "0,24 điểm phần trăm"
        if hit is not None:
            yield hit

    def _judge(self, parts: list[Entry], whole: Optional[NumberToken], both_ways: bool,
               loose_tier: bool, stated_text: Optional[str] = None) -> Optional[Hit]:
        """``whole`` None: the shares make 100 %. ``both_ways``: the list is complete (any
        difference beyond rounding), else only a list that exceeds the whole. ``loose_tier``: a
        difference that 1-ulp rounding explains is reported too (the whole stated in the opener)."""
        if any(p.tok.approx or not in_range(p.tok) for p in parts) or whole is not None and not in_range(whole):
            return None
        if whole is None:
            stated, strict, loose, stated_text = Fraction(100), exact(100), exact(100), "100%"
        else:
            stated, strict, loose = Fraction(whole.value), interval_of(whole), interval_of(whole, Fraction(1))
            stated_text = stated_text or written(whole)
        c_strict = sum_intervals(self._interval(p) for p in parts)
        c_loose = sum_intervals(self._interval(p, Fraction(1)) for p in parts)
        computed = sum((p.sign * Fraction(p.tok.value) for p in parts), Fraction(0))
        if both_ways:
            status = ladder(strict, c_strict, loose, c_loose, stated, computed).status
            if status == "ok" or status == "warning" and not loose_tier:
                return None
            relation = "contributions of complete categories = whole"
        else:
            if not c_loose.above(loose):
                return None
            relation = "contributions of listed categories <= whole"
        dec = max(p.tok.decimals for p in parts)
        comp = ""
        for k, p in enumerate(parts):
            if k == 0:
                comp = ("−" if p.sign < 0 else "") + written(p.tok)
            else:
                comp += (" − " if p.sign < 0 else " + ") + written(p.tok)
        comp += f" = {fmt_vn(computed, dec)}"
        return Hit(parts[0].tok.start, parts[-1].tok.end,
                   {"computation": comp, "computed": fmt_vn(computed, dec), "stated": stated_text,
                    "difference": fmt_vn(abs(computed - stated), dec)},
                   severity="warning",
                   data={"relation": relation, "parts": [("-" if p.sign < 0 else "") + p.tok.text for p in parts],
                         "computed": fmt_vn(computed, dec), "stated": stated_text})
