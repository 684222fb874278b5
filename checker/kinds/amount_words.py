"""Kind ``amount_words``: a figure and the same figure written in words disagree.

## What it does
Reads the number words beside a figure — ``05 (năm) ngày``, ``25% (hai mươi lăm phần
trăm)``, ``1.690 tỷ đồng (Bằng chữ: Một nghìn sáu trăm chín mươi tỷ đồng)``, or a
``Bằng chữ: …`` line after the amount — with the Vietnamese number grammar
(:mod:`checker.quantities.words`), and reports when the two values differ.

Silent unless the link is explicit and the words are one whole number: the words must
stand in parentheses right after the figure (or after its unit) or follow a cue such as
``bằng chữ``; what follows the number words may only be the figure's own unit, a currency
or percent word, or ``chẵn``. "10 cán bộ (hai nữ)" is a sub-count, not the figure in words,
and "12 tháng (một năm)" is not one number: both stay silent.

## Why is this bad?
In a budget or financial report the amount in words is the legally binding one; a figure
that disagrees with it is a defect a reviewer must catch before signature.

## Example
``Tổng số tiền: 1.690.000.000.000 đồng (Bằng chữ: Một nghìn sáu trăm tám mươi tỷ đồng)``.
"""
from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal
from typing import Iterable, Optional

from ..records import record
from ..model import Document, NumberToken
from ..quantities import load_number_words, split_words
from . import Context, Hit, Kind, register
from ._prose import prose_blocks
from .. import extract

_MAX_WORDS_CHARS = 240  # "(Bằng chữ: chín trăm chín mươi chín nghìn … đồng)" is under 200
# the opening parenthesis at the figure or after a few words of its unit ("05 ngày làm việc (năm)");
# the words are separated by required blanks and hold none, so the repetition cannot backtrack
_OPEN_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,4}[ \t]{0,3}\(")
_DIGIT = re.compile(r"\d")


@register("amount_words")
class AmountWords(Kind):
    placeholders = frozenset({"figure", "words", "words_value"})

    @record(frozen=True, eq=False)
    class Params:
        # words allowed after the number words, besides the figure's own unit
        trailing: list[str] = field(default_factory=lambda: ["đồng", "phần trăm", "%", "việt nam đồng", "vnđ",
                                                             "vnd"])
        lexicon: str = ""  # a number-words lexicon file; "" for rules/lexicon/number-words.toml

    def __init__(self, params: "AmountWords.Params"):
        super().__init__(params)
        self.words = load_number_words(params.lexicon or None)
        self.vocabulary = self.words.vocabulary
        self.trailing = {tuple(split_words(t)) for t in params.trailing}
        cues = sorted((" ".join(c) for c in self.words.amount_cues), key=len, reverse=True)
        # a cue is looked for only in a document that holds one (a case-insensitive alternation
        # is tried at every character of the text; one literal-led pattern a cue, on the
        # lower-case text, is a fast prefix search)
        self.cue_probes = tuple(re.compile(r"\s+".join(re.escape(w.lower()) for w in c))
                                for c in self.words.amount_cues if c)
        self.cue_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
                                 + r")(?!\w)[ \t]*(?:là[ \t]*)?:?[ \t]*", re.IGNORECASE)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        previous: Optional[NumberToken] = None
        low = text.lower()
        any_cue = any(p.search(low) for p in self.cue_probes)
        for block in prose_blocks(doc):
            numbers = [n for n in extract.numbers(doc, block) if n.denominator is None]
            used_cues: set[int] = set()
            # words in parentheses need a "(" after the figure: one C-level find a block, not
            # a pattern tried at every figure
            paren = text.find("(", block.start, block.end)
            for n in numbers:
                if paren < 0:
                    break
                if paren < n.end:
                    paren = text.find("(", n.end, block.end)
                    if paren < 0:
                        break
                hit = self._parenthesised(doc, n, used_cues)
                if hit:
                    yield hit
            # a cue outside those parentheses: the words follow it, the figure comes before it
            for m in (self.cue_re.finditer(text, block.start, block.end) if any_cue else ()):
                if m.start() in used_cues:
                    continue
                before = [n for n in numbers if n.end <= m.start()]
                figure = before[-1] if before else (previous if not text[block.start:m.start()].strip(" -–+*:(")
                                                    else None)
                if figure is None or m.start() - figure.end > _MAX_WORDS_CHARS:
                    continue
                end = _words_end(text, m.end(), block.end)
                hit = self._judge(doc, figure, m.end(), end, figure.unit)
                if hit:
                    yield hit
            if numbers:
                previous = numbers[-1]

    def _parenthesised(self, doc: Document, n: NumberToken, used_cues: set[int]) -> Optional[Hit]:
        """``N (words)`` or ``N unit (words)``, a cue inside the parentheses allowed."""
        text = doc.text
        m = _OPEN_AFTER.match(text, n.end)
        if m:
            close = text.find(")", m.end(), m.end() + _MAX_WORDS_CHARS)
            if close < 0 or "(" in text[m.end():close]:
                return None
            start = m.end()
            cue = self.cue_re.match(text, start)
            if cue:
                used_cues.add(cue.start())
                start = cue.end()
            written_unit = text[n.end:m.end() - 1].strip() or n.unit  # "ngày làm việc", all of it
            return self._judge(doc, n, start, close, written_unit, end_span=close + 1)
        return None

    def _judge(self, doc: Document, n: NumberToken, start: int, end: int, unit: str,
               end_span: int | None = None) -> Optional[Hit]:
        phrase = doc.text[start:end]
        if not phrase.strip() or _DIGIT.search(phrase):
            return None
        tokens = split_words(phrase.replace(".", " ").replace("/", " "))
        k = 0
        while k < len(tokens) and tokens[k] in self.vocabulary:
            k += 1
        if k == 0:
            return None
        number_words, tail = tokens[:k], tuple(tokens[k:])
        if tail and not self._allowed_tail(tail, unit):
            return None
        value = self.words.read(number_words)
        if value is None:
            return None
        stated = n.value
        if value == stated or value == stated * n.scale:
            return None
        shown = " ".join(phrase.split())
        values = {"figure": n.text + ("%" if n.percent else "") + (f" {n.unit}" if n.unit else ""),
                  "words": shown, "words_value": _vn(value)}
        data = {"relation": "amount in words", "stated": n.text, "words": shown, "words_value": _vn(value),
                "computed": _vn(stated * n.scale if value > stated * 10 else stated)}
        return Hit(n.start, end_span or end, values, severity="error", data=data)

    def _allowed_tail(self, tail: tuple[str, ...], unit: str) -> bool:
        """After the number words only the figure's unit (whole, or its first words), a currency
        or percent word, then at most "chẵn": "(hai đợt đột xuất)" names a part, not the figure."""
        if tail[-1:] == ("chẵn",):
            tail = tail[:-1]
        if not tail or tail in self.trailing:
            return True
        unit_words = tuple(split_words(unit))
        return bool(unit_words) and unit_words[:len(tail)] == tail


def _words_end(text: str, start: int, limit: int) -> int:
    """Where the words after a cue end: a closing parenthesis, a full stop, a line end."""
    stop = min(limit, start + _MAX_WORDS_CHARS)
    for i in range(start, stop):
        if text[i] in ")\n;" or (text[i] == "." and (i + 1 >= len(text) or text[i + 1] in " \n/")):
            return i
    return stop


def _vn(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    s = f"{abs(value):f}"
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    frac = frac.rstrip("0")
    return sign + ".".join(groups) + ("," + frac if frac else "")
