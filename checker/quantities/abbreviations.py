"""Abbreviations a document defines for itself: "doanh nghiệp (DN)", "thủ tục hành chính (TTHC)".

A report names a thing in full once, with its abbreviation in brackets, and uses the
abbreviation after: "114.400 doanh nghiệp (DN) đăng ký thành lập mới … Vốn đăng ký bình quân một
DN … đạt 12,5 tỉ đồng". The abbreviation counts what the words before it count. It is read only
where the initials of the words right before the bracket spell it (Đ as D or Đ), so a bracket of
another kind ("(QBĐT)", "(tăng 5%)") defines nothing.
"""
from __future__ import annotations

import re
import unicodedata

from ..model import Document

# up to six words, then "(ABBR)": the abbreviation is 2 to 6 capital letters; the words are
# matched from the bracket backwards by the initials, so the regex only finds the brackets
_BRACKET = re.compile(r"\(([A-ZĐ]{2,6})\)")
_WORD = re.compile(r"[^\W\d_]+")
MAX_DEFINITIONS = 200  # brackets read per document: a definition list, not a corpus


def _initial(word: str) -> str:
    base = unicodedata.normalize("NFD", word)[0].upper()
    return "D" if base in ("Đ", "D") else base


def abbreviations(doc: Document) -> dict[str, tuple[str, ...]]:
    """Abbreviation (lower case) -> the words it stands for (lower case), as the document
    defines them; cached on the document."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("abbreviations")
    if found is not None:
        return found
    found = {}
    text = doc.text
    for k, m in enumerate(_BRACKET.finditer(text)):
        if k >= MAX_DEFINITIONS:
            break
        abbr = m.group(1)
        before = text[max(0, m.start() - 80):m.start()].rstrip()
        words = _WORD.findall(before)
        n = len(abbr)
        if len(words) < n or not before.endswith(words[-1]):
            continue
        tail = words[-n:]
        if "".join(_initial(w) for w in tail) != abbr.replace("Đ", "D"):
            continue
        key = abbr.lower()
        value = tuple(w.lower() for w in tail)
        if found.get(key, value) != value:
            found[key] = ()  # defined two ways: not read
        else:
            found[key] = value
    found = {k: v for k, v in found.items() if v}
    cache["abbreviations"] = found
    return found
