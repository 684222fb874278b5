"""Kind ``exclusion``: a total stated again without one of its parts.

## What it does
Budget and statistics reports restate a total leaving a part out: "Trong đó, thu nội địa đạt
16.186 tỷ đồng … Không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng)
thì thu nội địa thực hiện 11.104 tỷ đồng". The clause opens on an exclusion word
(``exclusion_cues``: không tính, không kể, loại trừ …), names the part left out with its figure,
and after ``thì`` (``then_words``) states what remains under a label; the whole is the nearest
earlier figure of the same measure whose clause carries that label ("thu nội địa đạt 16.186 tỷ
đồng"), in the paragraph or the one before. What remains must be the whole minus the part, to
the precision written. The whole is found by its label, not stated by a connector: a mismatch
is a warning, and with no figure carrying the label nothing is said.

## Why is this bad?
The figure "without land revenue" is the one the council compares across years; when it is not
the total minus the excluded part, one of the three figures is wrong.

## Example
``thu nội địa đạt 16.186 tỷ đồng`` … ``Không tính … (5.056 tỷ đồng) thì thu nội địa thực hiện
11.104 tỷ đồng`` — 16.186 − 5.056 = 11.130.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from ..quantities import load_roles, load_units, same_measure
from . import Context, Hit, Kind, register
from ._arith import fmt_vn, interval_of, sum_intervals, written
from ._prose import alternation, prose_blocks, sentences

_WORD = re.compile(r"[^\W\d_]+")
# the whole is looked for among this many figures before the exclusion (a paragraph or two)
MAX_LOOKBACK = 40


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


@register("exclusion")
class Exclusion(Kind):
    placeholders = frozenset({"stated", "whole", "excluded", "computed", "computation", "difference", "label"})

    @record(frozen=True, eq=False)
    class Params:
        exclusion_cues: list[str] = field(default_factory=lambda: [
            "không tính", "nếu không tính", "không kể", "nếu không kể", "loại trừ", "nếu loại trừ"])
        then_words: list[str] = field(default_factory=lambda: ["thì"])
        # words between the label and the figure that state, not name ("thu nội địa thực hiện 11.104")
        verbs: list[str] = field(default_factory=lambda: [
            "thực hiện", "ước thực hiện", "đạt", "ước đạt", "ước", "là", "còn", "chỉ còn", "được", "có", "chỉ đạt"])
        max_label_words: int = 6
        max_excluded_words: int = 30

    def __init__(self, params: "Exclusion.Params"):
        super().__init__(params)
        if not params.exclusion_cues or not params.then_words:
            raise ValueError("exclusion_cues và then_words không được rỗng")
        cues = alternation(params.exclusion_cues)
        # the cue opens the sentence or a clause of it
        self.open_re = re.compile(rf"\s{{0,3}}+(?P<cue>{cues})(?!\w)", re.IGNORECASE)
        self.inner_re = re.compile(rf"[,;:][ \t]{{0,3}}+(?P<cue>{cues})(?!\w)", re.IGNORECASE)
        self.then_re = re.compile(rf"(?<!\w)(?:{alternation(params.then_words)})(?!\w)", re.IGNORECASE)
        self.verbs = sorted((tuple(_norm(v).split()) for v in params.verbs if v.split()), key=len, reverse=True)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        lex = load_units()
        earlier: list[NumberToken] = []  # figures of this paragraph and the one before
        for block in prose_blocks(doc):
            sents = sentences(doc, block)
            for s in sents:
                m = self.open_re.match(text, s.start, s.end) or self.inner_re.search(text, s.start, s.end)
                if m is not None:
                    hit = self._one(doc, s, m, earlier, lex)
                    if hit is not None:
                        yield hit
                earlier.extend(s.numbers[-MAX_LOOKBACK:])
                del earlier[:-MAX_LOOKBACK]  # bounded: a huge paragraph is read in linear time

    def _one(self, doc: Document, s, m: re.Match, earlier: list[NumberToken], lex) -> Optional[Hit]:
        text = doc.text
        then = self.then_re.search(text, m.end(), s.end)
        if then is None or len(text[m.end():then.start()].split()) > self.params.max_excluded_words:
            return None
        nums = s.numbers
        excluded = [n for n in nums if m.end() <= n.start < then.start()]
        rest = [n for n in nums if n.start >= then.end()]
        if not excluded or not rest:
            return None
        b = rest[0]
        if b.percent or b.approx or not in_range(b) or any(n.percent or n.approx or not in_range(n) for n in excluded):
            return None
        kind = lex.classify(b, text[b.end:b.end + 40])
        if any(not same_measure(kind, lex.classify(n, text[n.end:n.end + 40])) for n in excluded):
            return None  # "Không tính 3 xã … thì tiếp nhận 1.000 hồ sơ": the part is not of what remains
        label = self._label(text[then.end():b.start])
        if label is None:
            return None
        whole = self._whole(doc, earlier + [n for n in nums if n.end <= m.start()], label, kind, lex)
        if whole is None or not in_range(whole):
            return None
        computed = interval_of(whole) - sum_intervals(interval_of(n) for n in excluded)
        if computed.intersects(interval_of(b)):
            return None
        loose = interval_of(whole, Fraction(1)) - sum_intervals(interval_of(n, Fraction(1)) for n in excluded)
        severity = "info" if loose.intersects(interval_of(b, Fraction(1))) else "warning"
        scale = Fraction(b.scale)
        value = (Fraction(whole.value) * Fraction(whole.scale) - sum(Fraction(n.value) * Fraction(n.scale)
                                                                      for n in excluded)) / scale
        dec = max([b.decimals, whole.decimals, *(n.decimals for n in excluded)])
        comp = f"{written(whole)} − " + " − ".join(written(n) for n in excluded) + f" = {fmt_vn(value, dec)}"
        diff = abs(value - Fraction(b.value))
        values = {"stated": f"{written(b)} {b.unit}".strip(), "whole": f"{written(whole)} {whole.unit}".strip(),
                  "excluded": " + ".join(written(n) for n in excluded), "computed": fmt_vn(value, dec),
                  "computation": comp, "difference": fmt_vn(diff, dec), "label": label}
        data = {"relation": "remaining = whole − excluded", "stated": written(b), "whole": written(whole),
                "excluded": [written(n) for n in excluded], "computed": fmt_vn(value, dec),
                "difference": fmt_vn(diff, dec), "label": label}
        return Hit(b.start, b.end + (len(b.unit) + 1 if b.unit else 0), values, severity=severity, data=data)

    def _label(self, between: str) -> Optional[str]:
        """The label of what remains: the words between "thì" and its figure, the stating verb
        at their end left out ("thu nội địa thực hiện" → "thu nội địa")."""
        if re.search(r"[\d,;:()]", between):
            return None
        words = _norm(between).split()
        for v in self.verbs:
            if len(words) > len(v) and tuple(words[-len(v):]) == v:
                words = words[:-len(v)]
                break
        if not words or len(words) > self.params.max_label_words:
            return None
        return " ".join(words)

    def _whole(self, doc: Document, figures: list[NumberToken], label: str, kind, lex) -> Optional[NumberToken]:
        """The nearest earlier figure of the same measure whose clause, before it, carries the
        label as whole words."""
        text = doc.text
        pattern = re.compile(r"(?<!\w)" + re.escape(label).replace(r"\ ", " ") + r"(?!\w)")
        for n in reversed(figures):
            if n.percent or n.approx or n.denominator is not None:
                continue
            if not same_measure(kind, lex.classify(n, text[n.end:n.end + 40])):
                continue
            before = text[max(0, n.start - 80):n.start]
            cut = max(before.rfind(","), before.rfind(";"), before.rfind(". "), before.rfind("("))
            clause = _norm(before[cut + 1:])
            if load_roles().is_change_before(before):
                continue
            if pattern.search(clause):
                return n
        return None
