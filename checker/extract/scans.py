"""Regex scans shared by the extractors of one document.

Numbers leave out dates, codes and periods, so the number extractor scans a block for the
same date and code patterns as the date and code extractors; each scan of a block is run
once per document and its matches kept in the document's cache. The pre-filters of
:func:`grammar.scan` (a digit, the leaf's literals) are applied here with the block's lower-case
text and digit test computed once, not once per pattern.
"""
from __future__ import annotations

import re

from ..model import Document
from . import grammar as g


def matches(doc: Document, leaf: g.Leaf, start: int, end: int, text: str | None = None,
            digits: bool = True) -> list[re.Match]:
    """Matches of ``leaf`` in ``doc.text[start:end]`` (offsets relative to ``start``);
    ``text`` is that slice when the caller has it already."""
    cache = doc.meta.get("_cache")
    if cache is None:
        cache = doc.meta["_cache"] = {}
    key = ("scan", leaf.name, start, end)
    found = cache.get(key)
    if found is not None:
        return found
    block_key = ("scan-block", start, end)
    block = cache.get(block_key)
    if block is None:
        t = doc.text[start:end] if text is None else text
        block = cache[block_key] = (t, t.lower(), g.has_digit(t))
    t, low, has_digit = block
    found = []
    if has_digit or not digits:
        for lit in leaf.needs:
            if lit not in low:
                break
        else:
            found = list(leaf.re.finditer(t))
    cache[key] = found
    return found
