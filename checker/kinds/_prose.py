"""Sentence and parenthesis structure of a prose block, for the arithmetic kinds."""
from __future__ import annotations

import bisect
import re

from ..records import record
from ..model import Block, Document, Heading, ListItem, NumberToken, Paragraph
from .. import extract
from ..quantities import compatible as units_compatible, load_units

# a sentence ends at ". " / "! " / "? " / "; " is NOT an end (it separates list parts)
# "…" ends a sentence as "." does: "…đạt 42% so với dự toán giao…" then "Chi ngân sách …"
# a full stop with no space before a capitalised word also ends one, after a digit or a small
# letter ("… so với năm 2018.Tỉnh Nghệ An …"), never inside "TP.HCM" or "TP.Hồ Chí Minh"
_SENT_END = re.compile(r"[.!?…](?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|[.!?…]\s*$|\n\s*\n"
                       r"|(?<=[0-9a-zà-ỹđ])\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


@record(frozen=True, slots=True)
class Sentence:
    start: int  # absolute offsets in doc.text
    end: int
    numbers: tuple[NumberToken, ...]


def prose_blocks(doc: Document) -> list[Block]:
    """Paragraphs, list items and headings, in order (cached: every arithmetic kind asks)."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("prose_blocks")
    if found is None:
        found = cache["prose_blocks"] = [b for b in doc.blocks if isinstance(b, (Paragraph, ListItem, Heading))]
    return found


def sentences(doc: Document, block: Block) -> list[Sentence]:
    """Sentences of a block with the quantities in each (cached per block)."""
    cache = doc.meta.setdefault("_cache", {})
    key = ("sentences", block.start)
    found = cache.get(key)
    if found is not None:
        return found
    text = block.text
    toks = extract.numbers(doc, block)
    out: list[Sentence] = []
    pos = 0
    parens = Parens(text, 0, len(text))
    cuts = []
    for m in _SENT_END.finditer(text):
        if parens.depth(m.start()) > 0 and parens.closes_after(m.start()):
            # a full stop inside parentheses does not end the sentence — unless the bracket is
            # never closed ("Hải Dương 67 giải (năm 2011 là 72 giải, …" to the end of the page)
            continue
        cuts.append(m.end())
    if not cuts or cuts[-1] < len(text):
        cuts.append(len(text))
    starts = [t.start for t in toks]  # sorted: bisect, not a scan a sentence (linear blocks)
    for cut in cuts:
        s, e = block.start + pos, block.start + cut
        nums = tuple(toks[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)])
        if text[pos:cut].strip():
            out.append(Sentence(s, e, nums))
        pos = cut
    cache[key] = out
    return out


_PAREN = re.compile(r"[()]")


class Parens:
    """The parentheses of ``text[start:end]``, found by one C-level scan: the depth at any
    offset is a bisection over them, not a walk over the characters (a 10,000-character
    sentence is asked for the depth of each of its numbers)."""

    __slots__ = ("positions", "deltas", "clamped", "_suffix_min")

    def __init__(self, text: str, start: int, end: int):
        self.positions: list[int] = []  # every "(" and ")"
        self.deltas: list[int] = []  # +1 / -1, as written
        self.clamped: list[int] = []  # depth after each one, an unmatched ")" ignored
        d = 0
        for m in _PAREN.finditer(text, start, end):
            if m.group() == "(":
                d += 1
                self.deltas.append(1)
            else:
                d = max(0, d - 1)
                self.deltas.append(-1)
            self.positions.append(m.start())
            self.clamped.append(d)

    def depth(self, offset: int) -> int:
        """Depth after ``text[start:offset]`` (an unmatched ")" is ignored)."""
        i = bisect.bisect_left(self.positions, offset)
        return self.clamped[i - 1] if i else 0

    def closes_after(self, offset: int) -> bool:
        """Is the innermost bracket open at ``offset`` closed later in the text scanned? (One
        pass for all offsets: the least depth after each parenthesis, read from the end.)"""
        try:
            suffix = self._suffix_min
        except AttributeError:
            suffix, low = [0] * (len(self.clamped) + 1), 1 << 30
            suffix[-1] = low
            for k in range(len(self.clamped) - 1, -1, -1):
                low = min(low, self.clamped[k])
                suffix[k] = low
            self._suffix_min = suffix
        i = bisect.bisect_left(self.positions, offset)
        return suffix[i] < self.depth(offset)


_NO_PARENS = Parens("", 0, 0)


def sentence_parens(doc: Document, sentence: Sentence) -> Parens:
    # cached whether or not the sentence has parentheses: looking for them again on every call
    # made each depth question a scan of the sentence (quadratic on a 100 KB one-line paragraph)
    cache = doc.meta.setdefault("_cache", {})
    key = ("parens", sentence.start, sentence.end)
    found = cache.get(key)
    if found is None:
        if doc.text.find("(", sentence.start, sentence.end) < 0 and \
                doc.text.find(")", sentence.start, sentence.end) < 0:
            found = _NO_PARENS  # shared: most sentences have none
        else:
            found = Parens(doc.text, sentence.start, sentence.end)
        cache[key] = found
    return found


def depth_in(doc: Document, sentence: Sentence, offset: int) -> int:
    """Parenthesis depth of an absolute offset within a sentence."""
    if not sentence.start <= offset <= sentence.end:
        return Parens(doc.text, sentence.start, offset).depth(offset)
    return sentence_parens(doc, sentence).depth(offset)


def unit_key(tok: NumberToken) -> str:
    """A comparable unit: first word of the unit, lower case ("hồ sơ" → "hồ")."""
    if tok.percent:
        return "%"
    u = tok.unit.strip().lower()
    return u.split()[0] if u else ""


def is_money(tok: NumberToken) -> bool:
    """An amount of money (đồng, USD, a scale word alone), as the quantity layer reads it: "9,5
    triệu lít" carries a scale word and is not money."""
    return load_units().classify_unit(tok.unit, tok.percent, tok.scale != 1).cls == "money"


def compatible(total: NumberToken, part: NumberToken) -> bool:
    """Can ``part`` be a component of ``total``? By what each measures (checker.quantities):
    counts with counts, money with money, a physical unit only in its own dimension."""
    if total.percent or part.percent:
        return False
    lex = load_units()
    return units_compatible(lex.classify_unit(total.unit, False, total.scale != 1),
                            lex.classify_unit(part.unit, False, part.scale != 1))


def alternation(words: list[str]) -> str:
    """A regular-expression alternation of cue words, longest first, any run of blanks between
    their words ("dự toán" matches "dự  toán")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
