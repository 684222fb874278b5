"""From a file to a :class:`~checker.model.Document`, and the tokens in it.

``read_path`` reads .txt/.md (and .docx through :mod:`checker.extract.docx`); token
accessors (:func:`numbers`, :func:`dates`, ...) are computed once a document and cached
on it, so every check kind shares one extraction.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from ..model import Block, Document, Heading, ListItem, Paragraph, Table
from .blocks import parse_blocks
from .reader import InputError, decode, default_max_bytes, normalize_with_map, read_bounded, require_regular

__all__ = ["InputError", "build_document", "read_path", "numbers", "dates", "periods", "codes",
           "citations", "text_blocks", "TEXT_SUFFIXES", "DOCX_SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
DOCX_SUFFIXES = {".docx"}
T = TypeVar("T")


def build_document(source: str, path: str = "<text>", meta: dict | None = None) -> Document:
    """Build a document from text as read (any line endings, any Unicode normal form)."""
    if source.startswith("\ufeff"):
        source = source[1:]
    text, offsets = normalize_with_map(source)
    doc = Document(path=path, source=source, text=text, offsets=offsets, meta=dict(meta or {}))
    doc.blocks = parse_blocks(text, doc.line_of)
    return doc


def read_path(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read a draft from disk (read-only). Raises :class:`InputError` with a one-line reason.
    ``max_bytes``: the size limit (default: ``$DRAFTCHECK_MAX_BYTES`` or 20 MB, see reader.py)."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in DOCX_SUFFIXES or suffix in (".doc", ".odt"):  # .odt: refused there with a clear message
        from .docx import read_docx  # lazy: python-docx is heavy

        require_regular(p)  # a device or FIFO named .docx is refused before python-docx opens it
        return read_docx(p, max_bytes=max_bytes)
    data = read_bounded(p, max_bytes)
    if data[:4] == b"PK\x03\x04":
        from ..i18n import msg

        raise InputError(msg("input.zip-not-docx"))
    from .legacy import detect_legacy_bytes, detect_legacy_encoding, legacy_message

    try:
        text, encoding = decode(data, str(p))
    except InputError:
        legacy = detect_legacy_bytes(data)  # 8-bit TCVN3/VNI bytes are not UTF-8
        if legacy:
            raise InputError(legacy_message(legacy)) from None
        raise
    legacy = detect_legacy_encoding(text)
    if legacy:
        raise InputError(legacy_message(legacy))
    return build_document(text, str(path), {"encoding": encoding, "format": suffix.lstrip(".") or "txt"})


# ----------------------------------------------------------------------------- tokens
def _cached(doc: Document, key, compute: Callable[[], T]) -> T:
    cache = doc.meta.setdefault("_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def text_blocks(doc: Document) -> list[Block]:
    """Blocks whose text is prose: paragraphs, list items and heading titles."""
    return [b for b in doc.blocks if isinstance(b, (Paragraph, ListItem, Heading))]


def _over_blocks(doc: Document, fn, include_tables: bool = True) -> list:
    out = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            out.extend(fn(doc, b.end - len(b.title), b.end))  # not the numbering label
        elif isinstance(b, (Paragraph, ListItem)):
            out.extend(fn(doc, b.start, b.end))
        elif include_tables and isinstance(b, Table):
            for row in b.rows:
                for cell in row.cells:
                    if cell.text:
                        out.extend(fn(doc, cell.start, cell.end))
    return out


def numbers(doc: Document, block: Block | None = None):
    from .number_tokens import extract_numbers

    if block is not None:
        start = block.end - len(block.title) if isinstance(block, Heading) else block.start
        # an empty result is the shared empty tuple: a 10 MB text has ~100,000 blocks
        return _cached(doc, ("numbers", block.start), lambda: extract_numbers(doc, start, block.end) or ())
    return _cached(doc, "numbers", lambda: _all_numbers(doc))


def _all_numbers(doc: Document) -> list:
    """Every number of the document; prose blocks reuse their per-block tokens (one scan each)."""
    from .number_tokens import extract_numbers

    out = []
    for b in doc.blocks:
        if isinstance(b, (Heading, Paragraph, ListItem)):
            out.extend(numbers(doc, b))
        elif isinstance(b, Table):
            for row in b.rows:
                for cell in row.cells:
                    if cell.text:
                        out.extend(extract_numbers(doc, cell.start, cell.end))
    return out


def dates(doc: Document):
    from .date_tokens import extract_dates

    return _cached(doc, "dates", lambda: _over_blocks(doc, extract_dates))


def periods(doc: Document):
    from .date_tokens import extract_periods

    return _cached(doc, "periods", lambda: _over_blocks(doc, extract_periods, include_tables=False))


def codes(doc: Document):
    from .code_tokens import extract_codes

    return _cached(doc, "codes", lambda: _over_blocks(doc, extract_codes))


def citations(doc: Document):
    from .code_tokens import extract_citations

    return _cached(doc, "citations", lambda: _over_blocks(doc, extract_citations, include_tables=False))


def render(doc: Document) -> str:
    """The stable text rendering of what the checker read, one line per line of the text:
    ``line  kind  [location]  text``. ``kind`` is the block starting on that line
    (``heading II``, ``paragraph``, ``table``...); for a .docx, ``location`` says where the line
    came from in the Word file (``¶12`` body paragraph, ``T2 R3`` table row, ``T1 R1 C2`` cell
    of a layout table, ``header ¶1``, ``textbox 1``). Line numbers are those of the findings.
    After the lines, each table as it was understood: header rows, column types, which row is a
    total or a part of which, or why it is not read with confidence."""
    out = []
    kinds = {}
    for b in doc.blocks:
        kinds.setdefault(b.line, b.kind + (f" {b.label}" if isinstance(b, Heading) and b.label else ""))
    count = doc.line_count
    if count > 1 and doc.source.endswith("\n"):
        count -= 1  # the empty "line" after the final newline
    width = len(str(count))
    locations = doc.meta.get("docx_locations")
    if locations:
        from .docx import describe_location, location_at

        where = {n: describe_location(location_at(locations, n) or {}) for n in locations}
        loc_width = max((len(w) for w in where.values()), default=0)
    for n in range(1, count + 1):
        line = doc.source_line(n)
        kind = kinds.get(n, "")
        if locations:
            out.append(f"{n:>{width}} {kind:<14} {where.get(n, ''):<{loc_width}} {line}".rstrip())
        else:
            out.append(f"{n:>{width}} {kind:<14} {line}".rstrip())
    if doc.tables:  # then each table as it was understood (checker.extract.tables)
        from .tables import describe, table_models

        out.append("")
        out.extend(line for m in table_models(doc) for line in describe(m))
    return "\n".join(out) + "\n"
