"""Regex scans shared by the extractors of one document.

Numbers leave out dates, codes and periods, so the number extractor scans a block for the
same date and code patterns as the date and code extractors; each scan of a block is run
once per document and its matches kept in the document's cache.
"""
from __future__ import annotations

import re

from ..model import Document
from . import grammar as g


def matches(doc: Document, leaf: g.Leaf, start: int, end: int, text: str | None = None,
            digits: bool = True) -> list[re.Match]:
    """Matches of ``leaf`` in ``doc.text[start:end]`` (offsets relative to ``start``);
    ``text`` is that slice when the caller has it already."""
    memo = doc.meta.setdefault("_cache", {}).setdefault("scans", {})
    key = (leaf.name, start, end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = list(g.scan(leaf, doc.text[start:end] if text is None else text, digits))
    return found
