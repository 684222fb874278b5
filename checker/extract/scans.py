"""Regex scans shared by the extractors of one document.

Numbers leave out dates, codes and periods, so the number extractor scans a block for the
same date and code patterns as the date and code extractors; each scan of a block is run
once per document and its matches kept in the document's cache. The pre-filters of
:func:`grammar.scan` (a digit, the leaf's literals) are decided once a block: which of the
literals the leaves need it contains, not its lower-case copy, is what is kept.

Memory matters here (a 10 MB text has ~100,000 blocks): one cache entry a block, a shared
empty tuple for every scan that found nothing.
"""
from __future__ import annotations

import re

from ..model import Document
from . import grammar as g

_NONE: tuple = ()


class _BlockScans:
    __slots__ = ("has_digit", "literals", "found")

    def __init__(self, text: str):
        self.has_digit = g.has_digit(text)
        low = text.lower()
        literals = frozenset(lit for lit in g.NEEDED_LITERALS if lit in low)
        self.literals = _LITERAL_SETS.setdefault(literals, literals)  # a handful of distinct sets
        self.found: list = [None] * g.Leaf.count  # by leaf index


_LITERAL_SETS: dict[frozenset, frozenset] = {}


def matches(doc: Document, leaf: g.Leaf, start: int, end: int, text: str | None = None,
            digits: bool = True) -> list[re.Match] | tuple:
    """Matches of ``leaf`` in ``doc.text[start:end]`` (offsets relative to ``start``);
    ``text`` is that slice when the caller has it already."""
    cache = doc.meta.get("_cache")
    if cache is None:
        cache = doc.meta["_cache"] = {}
    key = ("scans", start, end)
    block = cache.get(key)
    if block is None:
        block = cache[key] = _BlockScans(doc.text[start:end] if text is None else text)
    found = block.found[leaf.index]
    if found is not None:
        return found
    found = _NONE
    if (block.has_digit or not digits) and block.literals.issuperset(leaf.needs):
        found = list(leaf.re.finditer(doc.text[start:end] if text is None else text)) or _NONE
    block.found[leaf.index] = found
    return found
