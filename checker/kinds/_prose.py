"""Sentence and parenthesis structure of a prose block, for the arithmetic kinds."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Block, Document, Heading, ListItem, NumberToken, Paragraph
from .. import extract

# a sentence ends at ". " / "! " / "? " / "; " is NOT an end (it separates list parts)
_SENT_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|[.!?]\s*$|\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    start: int  # absolute offsets in doc.text
    end: int
    numbers: tuple[NumberToken, ...]


def prose_blocks(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if isinstance(b, (Paragraph, ListItem, Heading))]


def sentences(doc: Document, block: Block) -> list[Sentence]:
    """Sentences of a block with the quantities in each (cached per block)."""
    cache = doc.meta.setdefault("_cache", {})
    key = f"sentences:{block.start}"
    if key in cache:
        return cache[key]
    text = block.text
    toks = extract.numbers(doc, block)
    out: list[Sentence] = []
    pos = 0
    depth_at = paren_depths(text)
    cuts = []
    for m in _SENT_END.finditer(text):
        if depth_at[m.start()] > 0:
            continue  # a full stop inside parentheses does not end the sentence
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


def paren_depths(text: str) -> list[int]:
    """Parenthesis depth at every offset (and one past the end)."""
    depths, d = [], 0
    for ch in text:
        if ch == "(":
            d += 1
            depths.append(d)
            continue
        depths.append(d)
        if ch == ")" and d > 0:
            d -= 1
    depths.append(d)
    return depths


def depth_in(doc: Document, sentence: Sentence, offset: int) -> int:
    """Parenthesis depth of an absolute offset within a sentence."""
    text = doc.text[sentence.start:offset]
    d = 0
    for ch in text:
        if ch == "(":
            d += 1
        elif ch == ")" and d > 0:
            d -= 1
    return d


def unit_key(tok: NumberToken) -> str:
    """A comparable unit: first word of the unit, lower case ("hồ sơ" → "hồ")."""
    if tok.percent:
        return "%"
    u = tok.unit.strip().lower()
    return u.split()[0] if u else ""


MONEY_WORDS = ("đồng", "usd", "vnđ", "vnd", "tỷ", "tỉ", "triệu", "nghìn", "ngàn")


def is_money(tok: NumberToken) -> bool:
    return tok.scale != 1 or unit_key(tok) in MONEY_WORDS


def compatible(total: NumberToken, part: NumberToken) -> bool:
    """Can ``part`` be a component of ``total``? Counts with counts, money with money."""
    if total.percent or part.percent:
        return False
    return is_money(total) == is_money(part)
