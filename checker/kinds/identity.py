"""Kind ``identity``: domain identities over named quantities ("slots"), declared per domain.

## What it does
Each number of a prose paragraph is given a *slot* (``received``, ``resolved``, ``on_time``,
``late``, ``in_progress``, ``due``, ``thu_noi_dia``, ``tong_chi`` …) from the cue words
written next to it — the cue regexes are rule parameters, so a new domain (budget reports:
thu, chi) is a new rule file, not new code. A percentage right after a count
(``635.593 hồ sơ, chiếm tỷ lệ 98,81%``) is the *share* of that count's slot; a percentage
after cue words alone (``Tỷ lệ hồ sơ trễ hạn chiếm tỷ lệ 6,4%``) is the share of the cued slot.

Identities are equations over slot names, with a mode:

* ``exact`` — whole = Σ parts (the arithmetic ladder: ok / warning / error);
* ``at_least`` — whole ≥ Σ parts: parts above the whole is a warning or an error, parts below
  is only information (e.g. returned or withdrawn files not reported);
* ``shares`` — the shares of the parts total 100 % (categories exhaustive and exclusive).

Scopes are paragraphs, and windows of up to ``max_scope_paragraphs`` consecutive paragraphs of
one section; a slot with two different values in a scope is ambiguous and not used. With
``check = "levels"``, paragraphs that open with a level cue (``cấp tỉnh``, ``cấp huyện``,
``cấp xã``) are level scopes, and each slot of the paragraphs before them (the whole) must
equal the sum of the levels.

## Why is this bad?
Reports restate the same flows in several places; a received total smaller than resolved +
in progress, or on-time and late shares that miss 100 %, means one of the figures is wrong.

## Example
``tiếp nhận 54.575 hồ sơ; đã giải quyết 51.780 hồ sơ … đang giải quyết gồm 2.800 hồ sơ``:
51.780 + 2.800 = 54.580, five more than were received.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract import numbers as doc_numbers, periods as doc_periods
from ..extract.number_tokens import extract_numbers, in_range
from ..model import Block, Document, Heading, ListItem, NumberToken, Paragraph
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, exact, fmt_vn, interval_of, ladder, sum_intervals, written
from ._prose import is_money, sentences, unit_key
from ..extract.grammar import has_digit


# ----------------------------------------------------------------------------- slot tagging
@record(frozen=True, slots=True)
class Fact:
    """A number with its slot: a count/amount, or (``share``) a percentage of the slot."""

    slot: str
    tok: NumberToken
    share: bool
    paragraph: int  # index of the paragraph in the list of prose blocks


TIME_UNITS = ("tháng", "năm", "ngày", "tuần", "giờ", "quý", "phút", "lần")
_SEP_RE = re.compile(r"[,;:()]|\s(?:và|còn|với)\s|\.(?:\s|$)")


class SlotCues(list):
    """(slot, compiled cue) pairs, with ``words``: for each cue, the word every match of it
    contains (``tiếp`` of ``tiếp\\s+nhận``), in lower case, or None. A sentence without that word
    cannot match the cue anywhere, so each sentence is searched only with the cues whose word it
    contains (most sentences of a report have numbers but few cues)."""

    words: tuple[Optional[str], ...] = ()


_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")  # (?<!và\s), (?!\s+và): no nested group


def _leading_literal(pattern: str) -> Optional[str]:
    """The literal text every match of ``pattern`` (without look-arounds) starts with."""
    if _top_level_bar(pattern):
        return None
    pattern = re.sub(r"^(?:\(\?:[^()]*\)\?)+", "", pattern)  # "(?:thu\s+từ\s+)?dầu\s+thô": "dầu"
    m = re.match(r"[^\W\d_]+", pattern)
    if not m:
        return None
    word = m.group(0)
    if pattern[m.end():m.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the last letter is optional
    return word.lower() or None


def _top_level_bar(pattern: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _relaxed(pattern: str) -> Optional[str]:
    """``pattern`` without its look-arounds, or None when it has assertions this cannot drop."""
    plain = _LOOKAROUND.sub("", pattern)
    if re.search(r"\(\?<?[!=]|\\[bBAZ]|[\^$]", plain):
        return None
    return plain


def _compile_slots(slots: dict[str, list[str]]) -> SlotCues:
    out = SlotCues()
    for name, cues in slots.items():
        for cue in cues:
            out.append((name, re.compile(cue, re.IGNORECASE)))
    out.words = tuple(_leading_literal(p) if p is not None else None
                      for p in (_relaxed(rx.pattern) for _, rx in out))
    return out


def _best_cue(text: str, compiled: list[tuple[str, re.Pattern]]) -> Optional[str]:
    """The slot whose cue ends last in ``text`` (closest to the number); ties: the longest."""
    best, key = None, None
    for name, rx in compiled:
        for m in rx.finditer(text):
            k = (m.end(), m.end() - m.start())
            if key is None or k > key:
                best, key = name, k
    return best


# a figure labelled with an earlier period, not compared with one ("cùng kỳ 2022 xuất siêu 41,3",
# not "tăng 5% so với cùng kỳ")
# ("kỳ trước", "năm trước" are left out: "hồ sơ tồn kỳ trước chuyển sang", "năm trước chuyển
# sang 39 bản án" name this period's carried-over slot)
_EARLIER_LABEL = re.compile(r"(?<!so\s)(?<!với\s)(?<!\w)cùng\s+kỳ(?!\w)", re.IGNORECASE)


def tag_paragraph(doc: Document, block: Block, index: int, compiled: list[tuple[str, re.Pattern]],
                  share_link: re.Pattern, window: int, money_only: bool = False) -> list[Fact]:
    """Slot facts of one prose block (``money_only``: amounts of money and their percentages
    only, so that "3.447 m2 đất" beside "119.452,43 triệu đồng" is not a second value of a slot)."""
    facts: list[Fact] = []
    text = doc.text
    words = getattr(compiled, "words", ())
    for s in sentences(doc, block):
        if not s.numbers:
            continue
        cues = compiled
        if words:
            low = text[s.start:s.end].lower()
            cues = [c for c, w in zip(compiled, words) if w is None or w in low]
            if not cues:
                continue  # no cue word in the sentence: none of its numbers has a slot
        nums = [n for n in s.numbers if unit_key(n) not in TIME_UNITS and (not money_only or n.percent or is_money(n))]
        slot_of: dict[int, str] = {}
        for i, n in enumerate(nums):
            prev_end = nums[i - 1].end if i > 0 else s.start
            nxt_start = nums[i + 1].start if i + 1 < len(nums) else s.end
            # the gap before n: the part after the first separator belongs to n
            gap = text[prev_end:n.start]
            if i > 0:
                m = _SEP_RE.search(gap)
                before = gap[m.end():] if m else gap
                # a bracket closed or a clause ended in the gap: what stands before that belongs
                # to the figure before ("(…, chưa bao gồm hồ sơ … tiếp nhận trên hệ thống …); 38.613
                # hồ sơ trực tiếp": 38.613 is not "tiếp nhận")
                cut = max(before.rfind(";"), before.rfind(")"))
                if cut >= 0:
                    before = before[cut + 1:]
            else:
                before = gap
            before = before[-window:]
            after_gap = text[n.end:nxt_start]
            m = _SEP_RE.search(after_gap)
            after = after_gap[:m.start()] if m else after_gap
            after = after[:window]
            if n.percent and i > 0 and not nums[i - 1].percent and (i - 1) in slot_of:
                link = text[nums[i - 1].end:n.start]
                if share_link.fullmatch(link):
                    facts.append(Fact(slot_of[i - 1], n, True, index))
                    continue
            slot = _best_cue(before, cues) or _best_cue(after, cues)
            if slot is None:
                continue
            # read a few characters further back than ``before``: the separator cut off may be the
            # "so với" that makes "cùng kỳ" a comparison
            label = text[max(0, n.start - len(before) - 8):n.start]
            if _EARLIER_LABEL.search(label[label.rfind("(") + 1:]):
                continue  # "(cùng kỳ 2022 xuất siêu 41,3 triệu USD)": another period's value of the slot
            if n.percent:
                facts.append(Fact(slot, n, True, index))
            elif n.denominator is None:
                slot_of[i] = slot
                facts.append(Fact(slot, n, False, index))
    return facts


def _unique(facts: list[Fact]) -> Optional[Fact]:
    """The one value of a slot in a scope (duplicates with equal value are one)."""
    if not facts:
        return None
    if not all(in_range(f.tok) for f in facts):
        return None  # a figure beyond the reader's bound: the slot is not judged, as if ambiguous
    first = facts[0]
    v = base_value(first.tok)
    for f in facts[1:]:
        if base_value(f.tok) != v or f.tok.decimals != first.tok.decimals:
            return None
    return first


# a balance's own change right after it: "713 tỷ đồng, tăng 3,2% so với cuối năm 2021" (the unit
# and a few words, a comma, the direction and the figure; bounded: linear)
# a clause's opening right before an offset: the start of the text, or ".", ";", ":", then at most
# three words ("Lũy kế", "Tính đến hết")
_CLAUSE_OPEN = re.compile(r"(?:^|[.;:\n])[ \t]*+(?:[^\W\d_]++[ \t]++){0,3}+\Z")
_OWN_CHANGE = re.compile(r"[^\d;.()%]{0,30}?,[ \t]{0,3}+(?P<dir>tăng|giảm)[ \t]{1,3}+(?P<num>\d[\d.,]{0,20}+)"
                         r"[ \t]?(?P<pct>%)?", re.IGNORECASE)


# ----------------------------------------------------------------------------- the kind
def _label(spec: "IdentitySpec"):
    """The identity's name in the reader's language (the engine picks one of the two)."""
    vi = spec.label_vi or spec.name
    return {"vi": vi, "en": spec.label_en or vi}


@record(frozen=True)
class IdentitySpec:
    name: str = ""
    whole: str = ""
    parts: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    mode: str = "exact"  # exact | at_least | shares | derived_share | ratio | flow
    # flow: whole is a balance at the end of the period, parts are [inflow, outflow]: the
    # balance's own change ("nâng tổng dư nợ lên 713 tỷ đồng, tăng 3,2% so với cuối năm 2021")
    # must be inflow − outflow ("doanh số cho vay 197,6 tỷ đồng …, thu nợ 184,2 tỷ đồng")
    # ratio: the share stated for ``share_of`` is its count over the whole's count ("kiến nghị
    # thu hồi 6,51 tỷ đồng …; đã thu được 3,26 tỷ đồng (đạt 50%)")
    # derived_share: the slot whose share of the whole is stated while its count is only
    # approximate ("gần 27.000 hồ sơ, đạt 93,5%"): the count is whole − the other parts
    share_of: str = ""
    # skip when these slots are stated in the scope (shares: have shares; sums: have counts)
    exclusive_with: list[str] = field(default_factory=list)
    # shares: a subset of the parts whose shares making 100 % satisfies the identity as well —
    # "đúng hạn 97%; quá hạn 3%; đang giải quyết 21%": the first two may be of the resolved
    # files, the third of the received ones
    alternative: list[str] = field(default_factory=list)
    label_vi: str = ""
    label_en: str = ""


@register("identity")
class Identity(Kind):
    placeholders = frozenset({"identity", "stated", "computed", "computation", "difference", "implied",
                              "relation", "gap"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "identities"  # "identities" | "levels"
        slots: dict[str, list[str]] = field(default_factory=dict)
        identities: list[IdentitySpec] = field(default_factory=list)
        # "\s*(?:[^\W\d_]+\s*){0,5}[,(]?\s*(?:đạt|chiếm|bằng)?\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*" written so that
        # it cannot backtrack: a word is a whole run of letters (++), a run of spaces is taken once
        # (*+; three "\s*" in a row were cubic, 25 s on 500 spaces); only the number of label words
        # (0 to 5) is tried again, so the cue words may follow any of them
        share_link: str = (r"\s*+(?:[^\W\d_]++\s*+){0,5}[,(]?\s*+(?:(?:đạt|chiếm|bằng)\s*+)?"
                           r"(?:(?:tỷ|tỉ)\s++lệ\s*+)?")
        window: int = 80
        max_scope_paragraphs: int = 3
        level_cues: list[str] = field(default_factory=list)
        level_lead_chars: int = 80
        level_slots: list[str] = field(default_factory=list)
        report_gap: bool = True  # at_least: report parts below the whole as info
        approx_relative: float = 0.03
        money_only: bool = False  # slots of amounts of money only (inspection findings in đồng)
        # the strongest verdict: "warning" where the slots are linked by cue words alone
        max_severity: str = "error"

    def __init__(self, params: "Identity.Params"):
        super().__init__(params)
        if params.max_severity not in ("error", "warning"):
            raise ValueError("max_severity phải là 'error' hoặc 'warning'")
        if params.check not in ("identities", "levels"):
            raise ValueError("check phải là 'identities' hoặc 'levels'")
        for spec in params.identities:
            if spec.mode not in ("exact", "at_least", "shares", "derived_share", "ratio", "flow"):
                raise ValueError(f"identity {spec.name}: mode phải là exact, at_least, shares, derived_share, ratio "
                                 f"hoặc flow")
            if spec.mode == "flow" and (not spec.whole or len(spec.parts) != 2):
                raise ValueError(f"identity {spec.name}: flow cần whole (số dư) và parts = [vào, ra]")
            if spec.mode == "derived_share" and (not spec.whole or spec.share_of not in spec.parts):
                raise ValueError(f"identity {spec.name}: derived_share cần whole và share_of là một trong parts")
            if spec.mode == "ratio" and (not spec.whole or not spec.share_of or spec.share_of == spec.whole):
                raise ValueError(f"identity {spec.name}: ratio cần whole và share_of khác nhau")
            if any(a not in spec.parts for a in spec.alternative):
                raise ValueError(f"identity {spec.name}: alternative phải là các slot trong parts")
            for s in [spec.whole, *spec.parts, *spec.optional, *spec.exclusive_with]:
                if s and s not in params.slots:
                    raise ValueError(f"identity {spec.name}: slot '{s}' chưa khai báo trong slots")
        self.compiled = _compile_slots(params.slots)
        self._tagging = repr((sorted(params.slots.items()), params.share_link, params.window, params.money_only))
        self.share_link = re.compile(params.share_link, re.IGNORECASE)
        self.level_res = [(c, re.compile(rf"(?<!\w){re.escape(c)}(?!\w)", re.IGNORECASE))
                          for c in params.level_cues]
        self.rel = Fraction(params.approx_relative).limit_denominator(10000)

    # ------------------------------------------------------------------ scopes
    def _paragraphs(self, doc: Document) -> list[tuple[int, Block, int, Optional[str]]]:
        """(index, block, section number, level cue) of each prose paragraph."""
        out = []
        section = 0
        idx = 0
        for b in doc.blocks:
            if isinstance(b, Heading):
                section += 1
                continue
            if not isinstance(b, (Paragraph, ListItem)):
                if b.kind not in ("directive",):
                    section += 1  # a table or a closing block ends the run
                continue
            level = None
            if self.level_res:
                lead = b.text[:self.params.level_lead_chars]
                found = {c for c, rx in self.level_res if rx.search(lead)}
                if len(found) == 1:
                    level = found.pop()
            out.append((idx, b, section, level))
            idx += 1
        return out

    def _facts(self, doc: Document) -> tuple[list, dict[int, list[Fact]]]:
        key = f"identity-facts:{id(self.params)}"
        cache = doc.meta.setdefault("_cache", {})
        if key not in cache:
            paras = self._paragraphs(doc)
            # rules with the same slots (the identities and the level sums of hồ sơ) tag the
            # paragraphs once: the facts depend on the slots, the share link and the window only
            tags_key = ("identity-tags", self._tagging)
            facts = cache.get(tags_key)
            if facts is None:
                facts = {}
                for idx, b, _, _ in paras:
                    if has_digit(b.text):
                        found = tag_paragraph(doc, b, idx, self.compiled, self.share_link, self.params.window,
                                              self.params.money_only)
                        facts[idx] = found or ()
                    else:
                        facts[idx] = ()
                cache[tags_key] = facts
            cache[key] = (paras, facts)
        return cache[key]

    def _breakdown_sets(self, doc: Document) -> set[frozenset]:
        """Token sets the breakdown kind already judges (one finding for one relation)."""
        from .breakdown import judged_relations

        cache = doc.meta.setdefault("_cache", {})
        if "identity-covered" not in cache:
            # (a list the breakdown kind completes only by the labels early / on time / late is
            # this kind's own identity, stated more strongly here: not covered)
            cache["identity-covered"] = {tuple(sorted(base_value(t) for t in [r.total, *r.parts]))
                                         for r in judged_relations(doc)
                                         if not r.pattern.endswith("+resolved-early-ontime-late")}
        return cache["identity-covered"]

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        paras, facts = self._facts(doc)
        self._covered = self._breakdown_sets(doc)
        if self.params.check == "levels":
            yield from self._levels(doc, paras, facts)
            return
        seen: set[tuple] = set()
        # a sentence is a scope of its own: "đã giải quyết 51.780 hồ sơ, đúng và trước hạn 51.072,
        # quá hạn 708 …; trong số đang giải quyết …, có 128 hồ sơ đã quá hạn" states two overdue
        # counts in one paragraph (ambiguous there), one in each sentence
        for idx, block, _, _ in paras:
            para_facts = facts[idx]
            if len(para_facts) < 3:
                continue
            sents = sentences(doc, block)
            if len(sents) < 2:
                continue
            starts = [x.start for x in sents]
            groups: dict[int, list[Fact]] = {}
            for f in para_facts:
                groups.setdefault(bisect.bisect_right(starts, f.tok.start) - 1, []).append(f)
            slots_in_para = {f.slot for f in para_facts}
            for group in groups.values():
                if len(group) < 2 or len(group) == len(para_facts):
                    continue
                for hit, key in self._evaluate(group, slots_in_para, doc):
                    if key not in seen:
                        seen.add(key)
                        yield hit
        cap = max(1, self.params.max_scope_paragraphs)
        for i in range(len(paras)):
            for size in range(1, cap + 1):
                window = paras[i:i + size]
                if len(window) < size or len({p[2] for p in window}) > 1:
                    break
                if size > 1 and len({p[3] for p in window}) > 1:
                    break  # a level paragraph is its own scope
                scope = [f for p in window for f in facts[p[0]]]
                if not scope:
                    continue
                for hit, key in self._evaluate(scope, doc=doc):
                    if key not in seen:
                        seen.add(key)
                        yield hit

    # ------------------------------------------------------------------ identities
    def _slot_map(self, scope: list[Fact]) -> tuple[dict[str, list[Fact]], dict[str, list[Fact]]]:
        counts: dict[str, list[Fact]] = {}
        shares: dict[str, list[Fact]] = {}
        for f in scope:
            (shares if f.share else counts).setdefault(f.slot, []).append(f)
        return counts, shares

    def _evaluate(self, scope: list[Fact], around: set[str] | None = None, doc: Optional[Document] = None):
        """Identities that hold or fail in ``scope``; ``around``: the slots of the paragraph a
        sentence scope stands in — an identity with an optional slot stated elsewhere in the
        paragraph is not judged from the sentence alone (the early files may follow)."""
        counts, shares = self._slot_map(scope)
        for spec in self.params.identities:
            if around is not None and any(o in around and o not in counts and o not in shares
                                          for o in spec.optional + spec.exclusive_with):
                continue
            if spec.mode == "shares":
                res = self._shares(spec, shares, doc)
            elif spec.mode == "derived_share":
                res = self._derived_share(spec, counts, shares)
            elif spec.mode == "ratio":
                res = self._ratio(spec, counts, shares)
            elif spec.mode == "flow":
                res = self._flow(spec, counts, doc)
            else:
                res = self._sum(spec, counts)
            if res is not None:
                hit, key = res
                if self.params.max_severity == "warning" and hit.severity == "error":
                    hit = dataclasses.replace(hit, severity="warning")
                yield hit, key

    def _sum(self, spec: IdentitySpec, counts: dict[str, list[Fact]]):
        whole = _unique(counts.get(spec.whole, []))
        if whole is None:
            return None
        parts = []
        for name in spec.parts:
            f = _unique(counts.get(name, []))
            if f is None:
                return None
            parts.append(f)
        for name in spec.optional:
            if counts.get(name):
                f = _unique(counts[name])
                if f is None:
                    return None
                parts.append(f)
        for name in spec.exclusive_with:
            if counts.get(name):
                return None  # a broader slot is stated: the identity over it is the one judged
        toks = [whole.tok] + [p.tok for p in parts]
        if len({t.start for t in toks}) < len(toks):
            return None
        if tuple(sorted(base_value(t) for t in toks)) in getattr(self, "_covered", ()):
            return None  # the same relation is a written breakdown: reported by that rule
        if len({unit_key(t) for t in toks if not t.scale != 1 and unit_key(t)}) > 1:
            return None  # different units: not the same kind of quantity
        return self._judge(spec, whole.tok, [p.tok for p in parts], spec.mode)

    def _shares(self, spec: IdentitySpec, shares: dict[str, list[Fact]], doc: Optional[Document] = None):
        parts = []
        for name in spec.parts:
            f = _unique(shares.get(name, []))
            if f is None:
                return None
            parts.append(f)
        for name in spec.exclusive_with:
            if shares.get(name):
                return None  # a third category has a share: the two need not make 100 %
        toks = [p.tok for p in parts]
        if len({t.start for t in toks}) < len(toks) or any(t.approx for t in toks):
            return None
        # "giải quyết được 17.922 hồ sơ, chiếm tỷ lệ 97,26%. Trong đó, trước hạn … (88,5%); đúng
        # hạn … (3,6%); trễ hạn … (5,16%)": shares of the received files add up to the resolved
        # files' own share, not to 100 % — a share of another slot stated with them that their
        # sum makes is the whole they split
        half = Fraction(1, 2)
        total = sum_intervals(interval_of(t, half, self.rel) for t in toks)
        if spec.alternative:
            sub = [p.tok for name, p in zip(spec.parts, parts) if name in spec.alternative]
            if sum_intervals(interval_of(t, half, self.rel) for t in sub).intersects(exact(100)):
                return None
        if doc is not None:
            lo, hi = max(0, min(t.start for t in toks) - 400), max(t.end for t in toks)
            starts = {t.start for t in toks}
            if any(o.percent and o.start not in starts and not o.approx and interval_of(o, half, self.rel).intersects(total)
                   for o in extract_numbers(doc, lo, hi)):
                return None
        return self._judge(spec, None, toks, "exact")

    def _derived_share(self, spec: IdentitySpec, counts: dict[str, list[Fact]], shares: dict[str, list[Fact]]):
        """A share stated for a part whose count is approximate or not written: its count is read
        from the whole and the other parts (exact figures all), and the share must be that
        count's share of the whole. "tiếp nhận 28.817 …; đã giải quyết gần 27.000, đạt 93,5%; …
        đang giải quyết 1.207": if every file not in progress is resolved, the rate is
        (28.817 − 1.207) / 28.817 = 95,81 %, not 93,5 %. Files returned or withdrawn may explain
        the gap (the same doubt as the ≥ identity's), so the finding is only information."""
        whole = _unique(counts.get(spec.whole, []))
        share = _unique(shares.get(spec.share_of, []))
        if whole is None or share is None or whole.tok.approx or share.tok.approx or not base_value(whole.tok):
            return None
        own = counts.get(spec.share_of, [])
        if own and not all(f.tok.approx for f in own):
            return None  # the count is written exactly: its share is judged from it directly
        others = []
        for name in [*spec.parts, *spec.optional]:
            if name == spec.share_of:
                continue
            if name in spec.parts or counts.get(name):
                f = _unique(counts.get(name, []))
                if f is None or f.tok.approx:
                    return None
                others.append(f.tok)
        for name in spec.exclusive_with:
            if counts.get(name):
                return None
        toks = [whole.tok, *others]
        if len({t.start for t in toks}) < len(toks) or len({unit_key(t) for t in toks if unit_key(t)}) > 1:
            return None
        if any(t.scale != whole.tok.scale for t in others):
            return None
        derived = base_value(whole.tok) - sum((base_value(t) for t in others), Fraction(0))
        if derived <= 0:
            return None
        implied = derived / base_value(whole.tok) * 100
        # the share as written, half a unit of its last digit either way (a whole-number share
        # at least ±0,5 points): the counts are exact, only the share is rounded
        if interval_of(share.tok, Fraction(1, 2), self.rel).intersects(exact(implied)):
            return None
        dec = max(share.tok.decimals, 2)
        minus = " − ".join(written(t) for t in others)
        values = {
            "identity": _label(spec),
            "relation": "=",
            "stated": written(share.tok),
            "computed": f"{fmt_vn(implied, dec)}%",
            "computation": f"({written(whole.tok)} − {minus}) / {written(whole.tok)} = {fmt_vn(implied, dec)}%",
            "difference": fmt_vn(abs(implied - base_value(share.tok)), dec),
            "implied": f"{fmt_vn(implied, dec)}%",
            "gap": fmt_vn(abs(implied - base_value(share.tok)), dec),
        }
        data = {"relation": spec.name, "mode": spec.mode, "stated": written(share.tok),
                "parts": [written(whole.tok), *(written(t) for t in others)],
                "computed": f"{fmt_vn(implied, dec)}%", "difference": values["difference"],
                "implied": values["implied"]}
        key = (spec.name, (base_value(share.tok), *(base_value(t) for t in toks)))
        return Hit(share.tok.start, share.tok.end, values, severity="info", data=data), key

    def _ratio(self, spec: IdentitySpec, counts: dict[str, list[Fact]], shares: dict[str, list[Fact]]):
        """The share stated for a slot against its count over the whole's: "kiến nghị thu hồi hơn
        6,51 tỷ đồng, kiến nghị khác hơn 5,4 tỷ đồng; đã thu được hơn 2,77 tỷ đồng (đạt 50%)" —
        2,77 / 6,51 = 42,5 %. The two are linked by their cue words only: a warning at most."""
        whole = _unique(counts.get(spec.whole, []))
        part = _unique(counts.get(spec.share_of, []))
        share = _unique(shares.get(spec.share_of, []))
        if whole is None or part is None or share is None:
            return None
        w, a, pct = whole.tok, part.tok, share.tok
        if len({w.start, a.start, pct.start}) < 3 or not (in_range(w) and in_range(a) and in_range(pct)):
            return None
        if unit_key(w) != unit_key(a) and not (is_money(w) and is_money(a)):
            return None
        half, one = Fraction(1, 2), Fraction(1)
        iw, ia = interval_of(w, half, self.rel), interval_of(a, half, self.rel)
        if iw.lo is None or iw.hi is None or ia.lo is None or ia.hi is None or iw.lo <= 0:
            return None
        implied = Interval(100 * ia.lo / iw.hi, 100 * ia.hi / iw.lo)
        if implied.intersects(interval_of(pct, half, self.rel)):
            return None
        wl, al = interval_of(w, one, self.rel), interval_of(a, one, self.rel)
        loose = Interval(100 * al.lo / wl.hi, 100 * al.hi / wl.lo) if wl.lo and wl.lo > 0 else implied
        severity = "warning" if not loose.intersects(interval_of(pct, one, self.rel)) else "info"
        computed = 100 * base_value(a) / base_value(w)
        dec = max(pct.decimals, 1)
        values = {
            "identity": _label(spec),
            "relation": "=",
            "stated": written(pct),
            "computed": f"{fmt_vn(computed, dec)}%",
            "computation": f"{_with_cue(a)} / {_with_cue(w)} × 100 = {fmt_vn(computed, dec)}%",
            "difference": fmt_vn(abs(computed - base_value(pct)), dec),
            "implied": f"{fmt_vn(computed, pct.decimals)}%",
            "gap": fmt_vn(abs(computed - base_value(pct)), dec),
        }
        data = {"relation": spec.name, "mode": spec.mode, "stated": written(pct),
                "numerator": written(a), "denominator": written(w), "computed": values["computed"],
                "difference": values["difference"], "implied": values["implied"]}
        key = (spec.name, (base_value(pct), base_value(a), base_value(w)))
        return Hit(min(a.start, pct.start), max(a.end, pct.end), values, severity=severity, data=data), key

    def _flow(self, spec: IdentitySpec, counts: dict[str, list[Fact]], doc: Optional[Document]):
        """A balance's change over the period against what came in and went out: the opening
        balance from the closing one's own change right after it (a rate, or an amount in its
        unit), the net flow from the two parts. Nothing when the change is not written."""
        closing = _unique(counts.get(spec.whole, []))
        flows = [_unique(counts.get(n, [])) for n in spec.parts]
        if doc is None or closing is None or any(f is None for f in flows):
            return None
        b, inflow, outflow = closing.tok, flows[0].tok, flows[1].tok
        if len({t.start for t in (b, inflow, outflow)}) < 3 or not all(is_money(t) for t in (b, inflow, outflow)):
            return None
        m = _OWN_CHANGE.match(doc.text, b.end)
        if m is None:
            return None
        lo, hi = min(b.start, inflow.start, outflow.start), max(b.start, inflow.start, outflow.start)
        if any(lo < p.start < hi and _CLAUSE_OPEN.search(doc.text, max(0, p.start - 30), p.start)
               for p in doc_periods(doc)):
            # "Tháng 11/2024, doanh số cho vay … thu nợ …. 11 tháng năm 2024, tổng dư nợ …, tăng 4% so
            # với đầu năm": a period opening a clause between them — the month's flows are not the
            # eleven months' change
            return None
        # the change as the reader read it (its scale and unit), not read a second time
        toks = doc_numbers(doc)
        k = bisect.bisect_left(toks, m.start("num"), key=lambda t: t.start)
        rate = toks[k] if k < len(toks) and toks[k].start == m.start("num") else None
        if rate is None or rate.approx or (rate.percent != bool(m["pct"])):
            return None
        sign = 1 if m["dir"].lower() == "tăng" else -1
        half, one = Fraction(1, 2), Fraction(1)

        def net_stated(u: Fraction) -> Interval:
            close = interval_of(b, u, self.rel)
            if rate.percent:
                r = interval_of(rate, u, self.rel)
                factors = [1 + sign * x / 100 for x in (r.lo, r.hi)]
                if min(factors) <= 0 or close.lo is None or close.hi is None:
                    return Interval(None, None)
                # closing − closing / factor, over the ends of both intervals
                ends = [c - c / f for c in (close.lo, close.hi) for f in factors]
                return Interval(min(ends), max(ends))
            d = interval_of(dataclasses.replace(rate, scale=b.scale) if rate.scale == 1 and not rate.unit.strip()
                            else rate, u, self.rel)
            return d if sign > 0 else Interval(-d.hi, -d.lo)

        def net_flow(u: Fraction) -> Interval:
            return interval_of(inflow, u, self.rel) - interval_of(outflow, u, self.rel)

        if net_stated(half).intersects(net_flow(half)):
            return None
        status = "warning" if net_stated(one).intersects(net_flow(one)) else "error"
        stated = base_value(b) - base_value(b) / (1 + sign * Fraction(rate.value) / 100) if rate.percent \
            else sign * base_value(rate) * (Fraction(b.scale) if rate.scale == 1 and not rate.unit.strip() else 1)
        computed = base_value(inflow) - base_value(outflow)
        scale = Fraction(b.scale)
        dec = max(b.decimals, inflow.decimals, outflow.decimals, 1)
        name = _label(spec)
        change_txt = f"{m['dir'].lower()} {written(rate)}"
        values = {
            "identity": name, "relation": "=",
            "stated": f"{change_txt} ({fmt_vn(stated / scale, dec)})",
            "computed": fmt_vn(computed / scale, dec),
            "computation": f"{written(inflow)} − {written(outflow)} = {fmt_vn(computed / scale, dec)}",
            "difference": fmt_vn(abs(computed - stated) / scale, dec),
            "implied": fmt_vn(computed / scale, dec), "gap": fmt_vn(abs(computed - stated) / scale, dec),
        }
        data = {"relation": spec.name, "mode": spec.mode, "stated": values["stated"],
                "parts": [written(inflow), written(outflow)], "computed": values["computed"],
                "difference": fmt_vn((computed - stated) / scale, dec), "implied": values["implied"]}
        key = (spec.name, (base_value(b), base_value(inflow), base_value(outflow)))
        return Hit(b.start, m.end(), values, severity=status, data=data), key

    def _judge(self, spec: IdentitySpec, whole: Optional[NumberToken], parts: list[NumberToken], mode: str):
        half, one = Fraction(1, 2), Fraction(1)
        if whole is None:  # shares: the whole is exactly 100 %
            w_strict = w_loose = exact(100)
            stated = Fraction(100)
        else:
            w_strict = interval_of(whole, half, self.rel)
            w_loose = interval_of(whole, one, self.rel)
            stated = base_value(whole)
        c_strict = sum_intervals(interval_of(p, half, self.rel) for p in parts)
        c_loose = sum_intervals(interval_of(p, one, self.rel) for p in parts)
        computed = sum((base_value(p) for p in parts), Fraction(0))
        if mode == "exact":
            status = ladder(w_strict, c_strict, w_loose, c_loose, stated, computed).status
            relation = "="
        else:
            relation = "≥"
            if c_strict.above(w_strict):
                status = "warning" if c_loose.intersects(w_loose) else "error"
            elif c_strict.below(w_strict) and self.params.report_gap:
                status = "info"
            else:
                status = "ok"
        if status == "ok":
            return None
        approx = any(t.approx for t in parts) or (whole is not None and whole.approx)
        if approx and status == "error":
            wide = Fraction(1, 5)
            w = interval_of(whole, one, wide) if whole is not None else exact(100)
            if w.intersects(sum_intervals(interval_of(p, one, wide) for p in parts)):
                status = "warning"
        return self._hit(spec, whole, parts, stated, computed, status, relation)

    def _hit(self, spec: IdentitySpec, whole: Optional[NumberToken], parts: list[NumberToken],
             stated: Fraction, computed: Fraction, severity: str, relation: str, extra: dict | None = None):
        ref = whole or parts[0]
        scale = Fraction(ref.scale)
        dec = max([p.decimals for p in parts] + ([whole.decimals] if whole else []))
        if whole is None:
            stated_txt = "100%"
            comp = " + ".join(written(p) for p in parts) + f" = {fmt_vn(computed, dec)}%"
        else:
            unit = f" {whole.unit}" if whole.unit else ""
            stated_txt = f"{whole.approx + ' ' if whole.approx else ''}{written(whole)}{unit}"
            comp = " + ".join(_with_cue(p) for p in parts) + f" = {fmt_vn(computed / scale, dec)}"
        diff = computed - stated
        diff_txt = fmt_vn(abs(diff) / scale, dec)
        implied_whole = fmt_vn(computed / scale, dec)
        implied = implied_whole
        if whole is None and len(parts) == 2:
            # the last share as the complement of the other: 100 − 93,54 = 6,46
            implied = fmt_vn(Fraction(100) - base_value(parts[0]), parts[0].decimals)
        name = _label(spec)
        values = {
            "identity": name,
            "relation": relation,
            "stated": stated_txt,
            "computed": fmt_vn(computed / scale, dec),
            "computation": comp,
            "difference": diff_txt,
            "implied": implied,
            "gap": diff_txt,
        }
        data = {
            "relation": spec.name,
            "mode": spec.mode,
            "stated": stated_txt,
            "parts": [written(p) for p in parts],
            "computed": fmt_vn(computed / scale, dec),
            "difference": fmt_vn(diff / scale, dec),
            "implied": implied,
        }
        if extra:
            data.update(extra)
        toks = ([whole] if whole else []) + list(parts)
        start, end = ref.start, ref.end
        if whole is None:
            start, end = min(t.start for t in toks), max(t.end for t in toks)
        key = (spec.name, tuple(base_value(t) for t in toks))
        return Hit(start, end, values, severity=severity, data=data), key

    # ------------------------------------------------------------------ levels
    def _levels(self, doc: Document, paras, facts):
        """whole = Σ levels, for each declared slot, over a run 'whole paragraphs, level paragraphs'."""
        n = len(paras)
        i = 0
        seen = set()
        while i < n:
            if paras[i][3] is None:
                i += 1
                continue
            # a run of level paragraphs in one section
            j = i
            while j < n and paras[j][3] is not None and paras[j][2] == paras[i][2]:
                j += 1
            levels: dict[str, list[int]] = {}
            for k in range(i, j):
                levels.setdefault(paras[k][3], []).append(paras[k][0])
            # the whole: up to max_scope_paragraphs non-level paragraphs before, same section
            whole_idx: list[int] = []
            k = i - 1
            while k >= 0 and paras[k][3] is None and paras[k][2] == paras[i][2] \
                    and len(whole_idx) < self.params.max_scope_paragraphs:
                whole_idx.append(paras[k][0])
                k -= 1
            whole_idx.sort()
            if whole_idx and len(levels) == len(self.level_res) and len(levels) >= 2:
                wcounts, _ = self._slot_map([f for x in whole_idx for f in facts[x]])
                lcounts = {lv: self._slot_map([f for x in idxs for f in facts[x]])[0]
                           for lv, idxs in levels.items()}
                for slot in self.params.level_slots:
                    whole = _unique(wcounts.get(slot, []))
                    if whole is None:
                        continue
                    parts = []
                    for cue, _ in self.level_res:
                        f = _unique(lcounts.get(cue, {}).get(slot, []))
                        if f is None:
                            break
                        parts.append(f.tok)
                    else:
                        spec = IdentitySpec(name=f"levels:{slot}", whole=slot, parts=[], mode="exact",
                                            label_vi=f"{slot} = tổng các cấp")
                        res = self._judge(spec, whole.tok, parts, "exact")
                        if res is not None and res[1] not in seen:
                            seen.add(res[1])
                            hit, _ = res
                            hit.values["identity"] = _slot_label(self.params, slot)
                            hit.data["levels"] = [c for c, _ in self.level_res]
                            hit.data["slot"] = slot
                            yield hit
            i = j


def _slot_label(params, slot: str):
    for spec in params.identities:
        if spec.whole == slot and spec.label_vi:
            return _label(spec)
    return slot


def _with_cue(tok: NumberToken) -> str:
    return f"{tok.approx + ' ' if tok.approx else ''}{written(tok)}"
