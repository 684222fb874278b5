"""Word (.docx) input: render the document into the same plain text the text reader reads.

The rendering is stable and simple, so every check runs unchanged on .docx:

* one paragraph a line (a line break inside a paragraph starts a new line), a blank line
  between paragraphs;
* Word list numbering rendered to the label the reader sees ("II. ", "5.2. ", "a) "), from
  the numbering definitions (abstractNum levels, ``lvlText``, ``start``, ``lvlOverride``/
  ``startOverride``, ``isLgl``), including numbering inherited from a paragraph style;
* data tables as tab-separated rows, one line a row, columns on the table grid: a
  horizontally merged cell gives its text to its first grid column and leaves the others
  empty, a vertically merged cell is empty below its first row;
* layout tables (the header table with the Quốc hiệu and the ``Số:`` line, the
  ``Nơi nhận``/signer table, single-column boxes) in reading order: the left column top to
  bottom, then the right column — agency and ``Số:`` then Quốc hiệu, Tiêu ngữ and the place
  and date; ``Nơi nhận:`` then the signer;
* text boxes before the paragraph they are anchored to, the page header of the first
  section (where agencies sometimes put the Quốc hiệu) at the very top.

``meta["docx_locations"]`` maps each rendered line (1-based) to where it came from:
``{"paragraph": i}``, ``{"table": t, "row": r}`` (plus the cell from the column, see
:func:`location_at`), ``{"table": t, "row": r, "cell": c}`` for layout tables,
``{"textbox": n, "paragraph": i}``, ``{"header": "default"|"first", "paragraph": j}``.
Paragraphs, tables, rows and cells are counted from 1 in document order (cells on the
table grid); ``draftcheck extract FILE.docx`` shows the rendering with these locations.

Bad input is refused before python-docx opens it, each with a one-line
:class:`~checker.extract.reader.InputError`: not a zip, a zip bomb (by declared size, and by
the size each member really inflates to, counted while streaming), a password-protected
file, an old binary ``.doc``, an RTF file named .doc, an empty document. Running out of
memory or stack while reading is such an error too, so one file never stops a batch.

What a document can make the reader build is bounded by what Word itself accepts: a cell
spans at most the table grid (never more than :data:`MAX_TABLE_COLUMNS` columns), list
levels are 0-8, numbering values are 32-bit, and a number is drawn as letters or roman
numerals only while that fits a Word label (:data:`MAX_NUMBER_LABEL`), else as digits.
"""
from __future__ import annotations

import bisect
import hashlib
import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any, Iterator

from ..i18n import msg
from ..model import Document, word_location_at
from .reader import MAX_INPUT_BYTES, InputError

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # sum of the declared sizes of the zip members
MAX_MEMBERS = 5000
MAX_RATIO = 200  # compression ratio of one member, checked when it is larger than RATIO_MIN_SIZE
RATIO_MIN_SIZE = 10 * 1024 * 1024
# compressed bytes fed to zlib at a time when counting what a member really inflates to, and
# the most one call may give back: the memory of the check, whatever the member claims
INFLATE_CHUNK = 64 * 1024
LOCAL_HEADER_SIZE = 30  # the fixed part of a zip local file header (APPNOTE 4.3.7)

# Word's own limits (MS-OI29500, the notes on how Word implements ECMA-376), used to bound
# what a hostile document can make the reader build:
# * Word tables have at most 63 columns; other producers go wider, so the cap is generous.
#   A span or w:gridBefore never reaches past the table grid, and the grid never past this.
MAX_TABLE_COLUMNS = 1000
# * list levels: "Word will not load a file with ilvl less than 0 or greater than 8" (2.1.280)
WORD_LEVELS = range(9)
# * ST_DecimalNumber is unbounded in the schema; Word and the Open XML SDK read w:start,
#   w:startOverride... as a 32-bit int. Clamping keeps counters small numbers (and str()/int()
#   clear of Python's 4,300-digit limit).
DECIMAL_MIN, DECIMAL_MAX = -2 ** 31, 2 ** 31 - 1
# * "Word requires that the length of the val attribute [of lvlText] be at most 31 characters
#   after instances of the % syntax are converted to their final values" (2.1.283). A number
#   whose letters or roman numerals would be longer cannot come from Word, and drawing it
#   costs its size (lowerLetter 999999999999 is 38 billion letters): it is drawn as digits.
MAX_NUMBER_LABEL = 31
# * the lvlText itself: Word's is at most 31 characters plus the %n it replaces; a longer one
#   is cut here, so a label costs the same on every numbered paragraph of a long document
MAX_LVL_TEXT = 255

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R, W_T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
W_TXBX = _w("txbxContent")
_SKIP_IN_TEXT = {_w(t) for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText", "drawing",
                                 "pict", "object", "footnoteReference", "endnoteReference",
                                 "commentReference", "annotationRef", "fldData")}
_SKIP_IN_TEXT |= {f"{{{MC_NS}}}AlternateContent", W_TXBX}
_BREAKS = {_w("br"), _w("cr")}


# ----------------------------------------------------------------------------- public API
def read_docx(path: str | Path, max_bytes: int = MAX_INPUT_BYTES,
              max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> Document:
    """Read a .docx (or a .doc that is really a .docx) into a :class:`Document`."""
    # a hostile file that still gets past the bounds below must cost this file, not the batch:
    # the CLI reports an InputError for the file and goes on, anything else stops every file
    try:
        return _read_docx(path, max_bytes, max_uncompressed)
    except MemoryError:
        raise InputError(msg("docx.out-of-memory")) from None
    except RecursionError:
        raise InputError(msg("docx.too-deep")) from None


def _read_docx(path: str | Path, max_bytes: int, max_uncompressed: int) -> Document:
    from . import build_document

    from .reader import read_bounded

    p = Path(path)
    data = read_bounded(p, max_bytes)  # a regular file only, never more than max_bytes read
    sniff(data)
    check_zip(data, max_uncompressed)
    document = _open(data)
    renderer = DocxRenderer(document, max_chars=max_bytes)
    lines, locations = renderer.render()
    text = "\n".join(lines).rstrip("\n")  # lines never start blank: locations stay in step
    if not text.strip():
        raise InputError(msg("docx.empty-document"))
    from .legacy import detect_legacy_encoding, legacy_message

    legacy = detect_legacy_encoding(text)
    if legacy:
        raise InputError(legacy_message(legacy))
    doc = build_document(text + "\n", str(path), {
        "format": "docx", "docx_locations": locations, "docx_anchors": renderer.anchors,
        # the reviewed copy is made from these very bytes: a file changed since is refused
        "docx_sha256": hashlib.sha256(data).hexdigest()})
    doc.meta["comments"] = read_comments(document, renderer, doc)
    return doc


def location_at(locations: dict, line: int, column: int | None = None) -> dict | None:
    """Where line ``line`` (column ``column``) of a .docx rendering came from, or None. On a
    data-table row the column picks the cell; without a column only the row is given.
    (The lookup itself is the model's, so that no caller outside the reader needs this module.)"""
    return word_location_at(locations, line, column)


def describe_location(loc: dict) -> str:
    """Short human form of a location: ``¶12``, ``T2 R3 C4``, ``header ¶1``, ``textbox 1``."""
    if not loc:
        return ""
    if "header" in loc:
        return f"header ¶{loc.get('paragraph', '')}".strip()
    if "textbox" in loc:
        return f"textbox {loc['textbox']}"
    if "table" in loc:
        s = f"T{loc['table']} R{loc['row']}"
        return s + (f" C{loc['cell']}" if "cell" in loc else "")
    if "paragraph" in loc:
        return f"¶{loc['paragraph']}"
    return ""


# ----------------------------------------------------------------------------- comments and anchors
W_COMMENT_START, W_COMMENT_END, W_COMMENT_REF = _w("commentRangeStart"), _w("commentRangeEnd"), _w("commentReference")
_COMMENT_MARKS = {W_COMMENT_START, W_COMMENT_END, W_COMMENT_REF}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _hidden(run) -> bool:
    rpr = run.find(_w("rPr"))
    vanish = rpr.find(_w("vanish")) if rpr is not None else None
    return vanish is not None and vanish.get(_w("val")) not in ("0", "false", "off")


def visible_text(el) -> str:
    """The text element ``el`` adds to :func:`paragraph_text` of its paragraph (the same rules,
    one element at a time: what the reviewed copy splits and a comment's anchor counts)."""
    tag = el.tag
    if not isinstance(tag, str) or tag in _SKIP_IN_TEXT:
        return ""
    if tag == W_T:
        return el.text or ""
    if tag == _w("tab") or tag == _w("ptab"):
        return "\t"
    if tag in _BREAKS:
        return "" if el.get(_w("type")) in ("page", "column") else "\n"
    if tag == _w("noBreakHyphen"):
        return "-"
    if tag == _w("sym"):
        try:
            code = int(el.get(_w("char")) or "", 16)
        except ValueError:
            return ""
        if code >= 0xF000:
            code -= 0xF000
        return chr(code) if 0x20 <= code < 0xD800 else ""
    if tag == W_R and _hidden(el):
        return ""
    return "".join(visible_text(c) for c in el)


def run_pieces(p) -> tuple[list[tuple[Any, list[tuple[Any, int, int]]]], list[tuple[Any, int]]]:
    """The visible runs of w:p ``p`` in reading order, each with its children and the offsets
    (start, end) in :func:`paragraph_text` each child covers; and the comment markers
    (range start/end, reference) met on the way, each with its offset."""
    runs: list[tuple[Any, list[tuple[Any, int, int]]]] = []
    marks: list[tuple[Any, int]] = []
    pos = 0

    def walk(el) -> None:
        nonlocal pos
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in _COMMENT_MARKS:
                marks.append((child, pos))
                continue
            if tag in _SKIP_IN_TEXT:
                continue
            if tag == W_R:
                if _hidden(child):
                    continue
                pieces = []
                for c in child:
                    if c.tag == W_COMMENT_REF:
                        marks.append((c, pos))
                    n = len(visible_text(c))
                    pieces.append((c, pos, pos + n))
                    pos += n
                runs.append((child, pieces))
            elif tag == W_T or tag in _BREAKS or tag in (_w("tab"), _w("ptab"), _w("noBreakHyphen"), _w("sym")):
                pos += len(visible_text(child))  # text outside a run (a broken file): counted, never split
            else:
                walk(child)

    walk(p)
    return runs, marks


def _enclosing_paragraph(el):
    while el is not None and el.tag != W_P:
        el = el.getparent()
    return el


def read_comments(document, renderer: "DocxRenderer", doc: Document) -> list[dict]:
    """The Word comments of the main document, each with the offsets in ``doc.text`` of the
    text it is anchored to (``commentRangeStart`` … ``commentRangeEnd``; a comment with only a
    reference covers its paragraph): ``{"id", "author", "text", "start", "end"}``, in the
    order of their anchors. Never raises on a damaged comments part: it has no comments."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        comments_el = document.part.part_related_by(RT.COMMENTS).element
    except (KeyError, AttributeError, ValueError):
        return []
    texts: dict[str, tuple[str, str]] = {}
    for c in comments_el.iter(_w("comment")):
        body = "\n".join(paragraph_text(q) for q in c.iter(W_P))
        texts[c.get(_w("id"), "")] = (c.get(_w("author"), ""), body)
    if not texts:
        return []
    source_starts = [0]
    for line in renderer.lines:
        source_starts.append(source_starts[-1] + len(line) + 1)
    rendered = sorted(set(renderer.par_lines) | set(renderer.cell_lines))
    pieces_cache: dict[Any, dict[Any, int]] = {}

    def text_offset(index: int | None, offset: int, at_end: bool) -> int:
        """``doc.text`` offset of ``offset`` in body paragraph ``index`` (a paragraph that was
        not rendered, e.g. empty: the next one rendered, or the previous one for an end)."""
        if index not in renderer.par_lines and index not in renderer.cell_lines:
            k = bisect.bisect_left(rendered, index if index is not None else 0)
            if at_end and k > 0:
                index, offset = rendered[k - 1], 1 << 30
            elif k < len(rendered):
                index, offset = rendered[k], 0
            else:
                return len(doc.text)
        if index in renderer.par_lines:
            spans = renderer.par_lines[index]
            line, start, length = spans[0]
            for candidate in spans:
                if candidate[1] <= offset:
                    line, start, length = candidate
            src = source_starts[line - 1] + min(max(0, offset - start), length)
        else:
            line, col, length = renderer.cell_lines[index]
            src = source_starts[line - 1] + col + min(max(0, offset), length)
        return bisect.bisect_left(doc.offsets, src)

    def where(marker, at_end: bool) -> int:
        p = _enclosing_paragraph(marker)
        if p is None:  # a range marker between paragraphs: the paragraph it stands before (after)
            sibling = None
            for s in marker.itersiblings(preceding=at_end):
                paragraphs = [s] if s.tag == W_P else list(s.iter(W_P)) if isinstance(s.tag, str) else []
                if paragraphs:
                    sibling = paragraphs[-1] if at_end else paragraphs[0]
                    break
            index = renderer._index_of(sibling) if sibling is not None else None
            return text_offset(index, 1 << 30 if at_end else 0, at_end)
        if p not in pieces_cache:  # the elements are the keys: kept alive, lxml gives the same ones back
            pieces_cache[p] = dict(run_pieces(p)[1])
        return text_offset(renderer._index_of(p), pieces_cache[p].get(marker, 0), at_end)

    body = document.element.body
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    refs: dict[str, Any] = {}
    for marker in body.iter(W_COMMENT_START, W_COMMENT_END, W_COMMENT_REF):
        cid = marker.get(_w("id"), "")
        if cid not in texts:
            continue
        if marker.tag == W_COMMENT_START:
            starts.setdefault(cid, where(marker, False))
        elif marker.tag == W_COMMENT_END:
            ends[cid] = where(marker, True)
        else:
            refs.setdefault(cid, marker)
    out = []
    for cid, (author, text) in texts.items():
        if cid in starts:
            start = starts[cid]
            end = max(start, ends.get(cid, start))
        elif cid in refs:  # no range: the comment is about its paragraph
            p = _enclosing_paragraph(refs[cid])
            index = renderer._index_of(p) if p is not None else None
            start, end = text_offset(index, 0, False), text_offset(index, 1 << 30, True)
        else:
            continue
        out.append({"id": cid, "author": author, "text": text, "start": start, "end": max(start, end)})
    out.sort(key=lambda c: (c["start"], c["end"]))
    return out


def open_for_review(path: str | Path, sha256: str, max_bytes: int = MAX_INPUT_BYTES):
    """The python-docx Document of the .docx at ``path`` for the reviewed copy: read within the
    same bounds as :func:`read_docx`, and only if its bytes are still the ones checked (``sha256``
    from ``doc.meta["docx_sha256"]``), so that a comment is never placed on text it is not about."""
    from .reader import read_bounded

    data = read_bounded(Path(path), max_bytes)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise InputError(msg("docx.changed"))
    sniff(data)
    check_zip(data)
    return _open(data)


# ----------------------------------------------------------------------------- bad input
def sniff(data: bytes) -> None:
    """Refuse what is not a .docx zip: OLE files (encrypted .docx, old .doc), RTF, others."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(msg("docx.password"))
        raise InputError(msg("docx.old-doc"))
    if data.lstrip()[:5] == b"{\\rtf":
        raise InputError(msg("docx.rtf"))
    if not data:
        raise InputError(msg("input.empty"))
    if not data.startswith(ZIP_MAGIC):
        raise InputError(msg("docx.not-zip"))


def check_zip(data: bytes, max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> None:
    """Bound what opening the zip could cost (declared sizes are enforced when reading)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except ZIP_ERRORS as e:  # found by the large fuzz campaign: "zip file version 6.4" is NotImplementedError
        raise InputError(msg("docx.corrupt-zip", reason=_one_line(e))) from None
    if len(infos) > MAX_MEMBERS:
        raise InputError(msg("docx.too-many-members", count=len(infos), limit=MAX_MEMBERS))
    total = sum(i.file_size for i in infos)
    if total > max_uncompressed:
        raise InputError(msg("docx.zip-bomb-total", total=total, limit=max_uncompressed))
    for i in infos:
        if i.file_size > RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InputError(msg("docx.zip-bomb-ratio", member=_printable(i.filename),
                                 ratio=i.file_size // max(i.compress_size, 1)))
    names = {i.filename for i in infos}
    if "content.xml" in names and not any(n.startswith("word/") for n in names):
        raise InputError(msg("docx.odt"))
    if "[Content_Types].xml" not in names:
        raise InputError(msg("docx.zip-not-word"))
    check_inflated_sizes(data, infos, max_uncompressed)


def check_inflated_sizes(data: bytes, infos: list[zipfile.ZipInfo],
                         max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> None:
    """Inflate every member as a stream, counting the bytes it really gives, and refuse the
    file as soon as one member gives more than it declares or all give more than
    ``max_uncompressed``. The declared sizes were bounded by :func:`check_zip`, but zipfile
    (so python-docx) inflates a whole member in one call and only then cuts it to the
    declared size: a member declaring 1,000 bytes that inflates to 2 GB costs 2 GB before
    the CRC refuses it. Here it costs :data:`INFLATE_CHUNK`."""
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            continue  # encrypted: zipfile refuses it unread when python-docx opens it
        if info.compress_type == zipfile.ZIP_STORED:
            total += info.file_size  # zipfile reads at most that many bytes, no inflation
            continue
        if info.compress_type != zipfile.ZIP_DEFLATED:
            # OPC (ECMA-376 Part 2, annex C) allows only stored and deflate, the only methods
            # Word writes; zipfile's bzip2/lzma readers inflate a read's worth of input at once
            raise InputError(msg("docx.bad-method", member=_printable(info.filename), method=info.compress_type))
        budget = min(info.file_size, max_uncompressed - total)
        produced = _inflated_size(data, info, budget)
        if produced > info.file_size:
            raise InputError(msg("docx.inflates-beyond", member=_printable(info.filename), size=info.file_size))
        if produced > budget:  # after check_zip, members within their declared sizes stay within this
            raise InputError(msg("docx.inflates-total", limit=max_uncompressed))
        total += produced


def _inflated_size(data: bytes, info: zipfile.ZipInfo, budget: int) -> int:
    """The bytes member ``info`` inflates to, counting stopped once past ``budget``."""
    start = _member_data_offset(data, info)
    end = min(start + info.compress_size, len(data))  # a truncated member: zipfile says so later
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as in a zip member
    produced = 0
    try:
        for pos in range(start, end, INFLATE_CHUNK):
            chunk = data[pos:min(pos + INFLATE_CHUNK, end)]
            while True:
                out = inflater.decompress(chunk, INFLATE_CHUNK)
                produced += len(out)
                if produced > budget or inflater.eof:
                    return produced
                chunk = inflater.unconsumed_tail
                if not chunk and len(out) < INFLATE_CHUNK:
                    break  # this input is used up and its output drained
    except zlib.error as e:
        raise InputError(msg("docx.corrupt-zip", reason=_one_line(e))) from None
    return produced


def _member_data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    """Where the compressed bytes of ``info`` start: after its local header, whose name and
    extra field lengths may differ from the central directory's."""
    h = info.header_offset
    header = data[h:h + LOCAL_HEADER_SIZE]
    if len(header) < LOCAL_HEADER_SIZE or not header.startswith(ZIP_MAGIC):
        raise InputError(msg("docx.bad-local-header", member=_printable(info.filename)))
    name_length, extra_length = struct.unpack("<HH", header[26:30])  # the header's last two fields
    return h + LOCAL_HEADER_SIZE + name_length + extra_length


def _printable(name: str) -> str:
    """A member name fit for a one-line message: no control characters, not too long."""
    s = "".join(ch if ch.isprintable() else "?" for ch in name)
    return s[:120] + ("…" if len(s) > 120 else "")


# what zipfile raises on a damaged or unusual archive: bad structure, an unsupported zip version
# or compression method, an encrypted member, a truncated stream, a corrupt deflate stream
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError,
              ValueError, OSError, zlib.error)


def _open(data: bytes):
    import docx  # lazy: python-docx is heavy
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as e:
        raise InputError(msg("docx.zip-not-word-because", reason=_one_line(e))) from None
    except ValueError as e:  # e.g. a template or macro document: wrong content type
        raise InputError(msg("docx.not-word", reason=_one_line(e))) from None
    except (MemoryError, RecursionError):
        raise  # read_docx names these; "corrupt" would be wrong
    except Exception as e:  # noqa: BLE001 - malformed XML and friends: one line, not a traceback
        raise InputError(msg("docx.corrupt", reason=f"{type(e).__name__}: {_one_line(e)}")) from None


def _one_line(e: BaseException) -> str:
    s = " ".join(str(e).split())
    return s[:160] + ("…" if len(s) > 160 else "")


# ----------------------------------------------------------------------------- numbering
_DECIMAL_RE = re.compile(r"\s*([+-]?)([0-9]+)\s*")


def decimal_number(text: str | None, default: int | None = None) -> int | None:
    """An ST_DecimalNumber attribute (``w:val``) as Word reads it: ASCII digits, optionally
    signed, clamped to a 32-bit int (see :data:`DECIMAL_MIN`); ``default`` if it is not one.
    (``str.isdigit`` accepts "²", which ``int`` refuses; ``int`` accepts "1_000" and refuses
    more than 4,300 digits.)"""
    m = _DECIMAL_RE.fullmatch(text) if text is not None else None
    if m is None:
        return default
    digits = m.group(2).lstrip("0") or "0"
    if len(digits) > len(str(DECIMAL_MAX)):  # too long to be a 32-bit int: no int() of it
        return DECIMAL_MIN if m.group(1) == "-" else DECIMAL_MAX
    value = -int(digits) if m.group(1) == "-" else int(digits)
    return max(DECIMAL_MIN, min(DECIMAL_MAX, value))


def _level_index(text: str | None) -> int | None:
    """The w:ilvl of a level definition Word would load (0-8), or None."""
    value = decimal_number(text)
    return value if value in WORD_LEVELS else None


def _paragraph_level(text: str | None) -> int | None:
    """The w:ilvl of a paragraph's w:numPr: None when it is not a number (then the style or
    level 0 decides); a level with no definition (9, 99999) draws no label."""
    value = decimal_number(text)
    return value if value is not None and value >= 0 else None


def _to_roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, aa … zz, aaa …"""
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt`` (w:numFmt); a roman or letter
    number longer than a Word label can be (:data:`MAX_NUMBER_LABEL`) is drawn as digits."""
    if fmt in ("upperRoman", "lowerRoman") and n // 1000 + len(_to_roman(n % 1000)) > MAX_NUMBER_LABEL:
        return str(n)  # (one "M" a thousand: the length without building the numeral)
    if fmt in ("upperLetter", "lowerLetter") and (n - 1) // 26 >= MAX_NUMBER_LABEL:  # 27 is "aa"
        return str(n)
    if fmt == "upperRoman":
        return _to_roman(n) if n > 0 else str(n)
    if fmt == "lowerRoman":
        return _to_roman(n).lower() if n > 0 else str(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, ordinal, cardinalText... rendered as digits


_BULLET_DASH = {"-", "–", "—", "‒", "\uf02d", "\uf0ad"}


def _bullet(text: str) -> str:
    t = text.strip()
    if not t:
        return ""
    if t in _BULLET_DASH:
        return "-"
    if t == "+":
        return "+"
    return "•"


class _Level:
    __slots__ = ("fmt", "text", "start", "lgl", "restart", "style")

    def __init__(self, el):
        def val(tag, default=None):
            c = el.find(_w(tag))
            return c.get(_w("val"), default) if c is not None else default

        self.fmt = val("numFmt", "decimal")
        self.text = val("lvlText", "")[:MAX_LVL_TEXT]
        self.start = decimal_number(val("start"), 1)
        self.lgl = el.find(_w("isLgl")) is not None and val("isLgl", "1") not in ("0", "false")
        r = decimal_number(val("lvlRestart"))
        self.restart = r if r is not None and r >= 0 else None
        self.style = val("pStyle")


class Numbering:
    """Word list numbering: the label each numbered paragraph shows, in document order."""

    def __init__(self, numbering_el, styles_el):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum -> numbering style it takes its levels from
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.applied: set[str] = set()
        self.style_num: dict[str, tuple[str | None, int | None, str | None]] = {}
        self.style_num_cache: dict[str, tuple[str | None, int | None]] = {}
        self.default_style: str | None = None
        if numbering_el is not None:
            for an in numbering_el.iter(_w("abstractNum")):
                aid = an.get(_w("abstractNumId"))
                levels = {}
                for lvl in an.findall(_w("lvl")):
                    ilvl = _level_index(lvl.get(_w("ilvl"), "0"))
                    if ilvl is not None:  # others Word refuses; 9 levels keep a label O(1)
                        levels[ilvl] = _Level(lvl)
                self.abstract[aid] = levels
                link = an.find(_w("numStyleLink"))
                if link is not None and link.get(_w("val")):
                    self.style_link[aid] = link.get(_w("val"))
            for num in numbering_el.iter(_w("num")):
                nid = num.get(_w("numId"))
                an = num.find(_w("abstractNumId"))
                aid = an.get(_w("val")) if an is not None else None
                starts, lvls = {}, {}
                for ov in num.findall(_w("lvlOverride")):
                    ilvl = _level_index(ov.get(_w("ilvl"), "0"))
                    if ilvl is None:
                        continue
                    so = ov.find(_w("startOverride"))
                    start = decimal_number(so.get(_w("val"))) if so is not None else None
                    if start is not None:
                        starts[ilvl] = start
                    lv = ov.find(_w("lvl"))
                    if lv is not None:
                        lvls[ilvl] = _Level(lv)
                        if so is None:
                            starts[ilvl] = lvls[ilvl].start
                self.nums[nid] = (aid, starts, lvls)
        if styles_el is not None:
            for st in styles_el.iter(_w("style")):
                if st.get(_w("type")) not in ("paragraph", "numbering"):
                    continue
                sid = st.get(_w("styleId"))
                if st.get(_w("type")) == "paragraph" and st.get(_w("default")) in ("1", "true", "on"):
                    self.default_style = sid
                based = st.find(_w("basedOn"))
                num_id = ilvl = None
                numpr = st.find(f"{_w('pPr')}/{_w('numPr')}")
                if numpr is not None:
                    n = numpr.find(_w("numId"))
                    i = numpr.find(_w("ilvl"))
                    num_id = n.get(_w("val")) if n is not None else None
                    ilvl = _paragraph_level(i.get(_w("val"))) if i is not None else None
                self.style_num[sid] = (num_id, ilvl, based.get(_w("val")) if based is not None else None)

    def _num_of(self, p) -> tuple[str | None, int | None, str | None]:
        """(numId, ilvl, style id) of a paragraph, from its own numPr or its style chain."""
        ppr = p.find(_w("pPr"))
        style = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            style = ps.get(_w("val")) if ps is not None else None
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                n = numpr.find(_w("numId"))
                i = numpr.find(_w("ilvl"))
                num_id = n.get(_w("val")) if n is not None else None
                ilvl = _paragraph_level(i.get(_w("val"))) if i is not None else None
                if num_id is None:  # only the level given: the style gives the list
                    num_id = self._style_num(style or self.default_style)[0]
                return num_id, ilvl, style
        sid = style or self.default_style
        num_id, ilvl = self._style_num(sid)
        return num_id, ilvl, sid

    def _style_num(self, sid: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives, from itself or the styles it is based on.
        Every style on the chain walked keeps the answer: a long w:basedOn chain is then
        walked once, not once a paragraph."""
        path, found = [], (None, None)
        seen = set()
        while sid and sid not in seen and sid in self.style_num:
            if sid in self.style_num_cache:
                found = self.style_num_cache[sid]
                break
            seen.add(sid)
            path.append(sid)
            num_id, ilvl, based = self.style_num[sid]
            if num_id is not None:
                found = (num_id, ilvl)
                break
            sid = based
        for s in path:
            self.style_num_cache[s] = found
        return found

    def label(self, p) -> str:
        """The label Word shows before paragraph ``p`` ("II.", "5.2.", "a)", "-"), or ""."""
        num_id, ilvl, style = self._num_of(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts, overrides = self.nums[num_id]
        if not self.abstract.get(aid) and aid in self.style_link:  # levels defined by a numbering style
            linked = self._style_num(self.style_link[aid])[0]
            if linked and linked in self.nums and linked != num_id:
                aid = self.nums[linked][0]
        levels = dict(self.abstract.get(aid, {}))
        levels.update(overrides)
        if ilvl is None:  # a style linked from a level (w:pStyle) chooses that level
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        key = aid if aid is not None else f"num:{num_id}"
        counters = self.counters.setdefault(key, {})
        if num_id not in self.applied:  # a startOverride restarts the list where it is first used
            self.applied.add(num_id)
            for i, s in starts.items():
                counters[i] = s - 1
                for deeper in [d for d in counters if d > i]:
                    del counters[deeper]
        if level.fmt == "bullet":
            return _bullet(level.text)
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for d in [d for d in counters if d > ilvl]:
            lv = levels.get(d)
            # w:lvlRestart n: restart only after a level up to n (1-based) is used; 0: never
            if lv is not None and lv.restart is not None and ilvl >= lv.restart:
                continue
            del counters[d]
        if level.fmt == "none":
            return level.text.strip() if "%" not in level.text else ""

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            value = counters.get(k, lv.start if lv is not None else 1)
            fmt = "decimal" if (level.lgl and k != ilvl) or lv is None else lv.fmt
            if fmt == "bullet":
                return ""
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", sub, level.text).strip()


# ----------------------------------------------------------------------------- rendering
_LAYOUT_RE = re.compile(r"C[ỘO]NG\s+H[ÒOÓÀ]A|Độc\s+lập\s*[-–]|Nơi\s+nhận\s*:|^[^\S\n]*Số\s*:|"
                        r"^[^\S\n]*(?:TM|KT|TL|TUQ)\.\s", re.IGNORECASE | re.MULTILINE)


def paragraph_text(p) -> str:
    """The visible text of a w:p: runs, tabs, breaks; not deleted text, field codes, text boxes."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_IN_TEXT:
                continue
            if tag == W_T:
                out.append(child.text or "")
            elif tag == _w("tab") or tag == _w("ptab"):
                out.append("\t")
            elif tag in _BREAKS:
                if child.get(_w("type")) not in ("page", "column"):
                    out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _w("sym"):
                ch = child.get(_w("char")) or ""
                try:
                    code = int(ch, 16)
                except ValueError:
                    continue
                if code >= 0xF000:
                    code -= 0xF000
                if 0x20 <= code < 0xD800:
                    out.append(chr(code))
            elif tag == W_R:
                rpr = child.find(_w("rPr"))
                vanish = rpr.find(_w("vanish")) if rpr is not None else None
                if vanish is not None and vanish.get(_w("val")) not in ("0", "false", "off"):
                    continue
                walk(child)
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _textboxes(p) -> list:
    """w:txbxContent elements anchored in paragraph ``p`` (the VML fallback copy skipped)."""
    found = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == f"{{{MC_NS}}}Fallback":
                continue
            if tag == W_TXBX:
                found.append(child)
                continue
            walk(child)

    walk(p)
    return found


def _iter_block_items(parent) -> Iterator:
    """w:p and w:tbl children in order, looking through content controls and custom XML."""
    for child in parent:
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _iter_block_items(content)
        elif child.tag == W_CUSTOM_XML:
            yield from _iter_block_items(child)


def _iter_cells(tr) -> Iterator:
    for child in tr:
        if child.tag == W_TC:
            yield child
        elif child.tag in (W_SDT, W_CUSTOM_XML):
            content = child.find(W_SDT_CONTENT) if child.tag == W_SDT else child
            if content is not None:
                yield from _iter_cells(content)


def _iter_rows(tbl) -> Iterator:
    for child in tbl:
        if child.tag == W_TR:
            yield child
        elif child.tag in (W_SDT, W_CUSTOM_XML):
            content = child.find(W_SDT_CONTENT) if child.tag == W_SDT else child
            if content is not None:
                yield from _iter_rows(content)


def _int_val(el, path: str, default: int) -> int:
    c = el.find(path)
    if c is None:
        return default
    return decimal_number(c.get(_w("val")), default)


class _GridCell:
    __slots__ = ("col", "span", "tc", "continued")

    def __init__(self, col, span, tc, continued):
        self.col, self.span, self.tc, self.continued = col, span, tc, continued


def grid_width(tbl, rows_of_cells: list[list]) -> int:
    """How many grid columns a cell may reach: the w:gridCol of the table grid or, with no
    grid, the most cells of a row; at most :data:`MAX_TABLE_COLUMNS`. (The standard lets a
    span widen the grid; only a broken or hostile file does, and one gridSpan of 99999999
    would be 99999999 columns on the line.)"""
    grid = tbl.find(_w("tblGrid"))
    width = sum(1 for c in grid if c.tag == _w("gridCol")) if grid is not None else 0
    if not width:
        width = max((len(cells) for cells in rows_of_cells), default=0)
    return max(1, min(width, MAX_TABLE_COLUMNS))


def table_grid(tbl) -> list[list[_GridCell]]:
    """Rows of cells placed on the table grid (gridBefore, gridSpan, vMerge). Every cell
    keeps a column of its own; gridBefore and spans stop at :func:`grid_width`."""
    trs = [(tr, list(_iter_cells(tr))) for tr in _iter_rows(tbl)]
    width = grid_width(tbl, [cells for _, cells in trs])
    rows = []
    for tr, tcs in trs:
        col = min(max(0, _int_val(tr, f"{_w('trPr')}/{_w('gridBefore')}", 0)), width)
        cells = []
        for tc in tcs:
            span = max(1, min(_int_val(tc, f"{_w('tcPr')}/{_w('gridSpan')}", 1), width - col))
            vm = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
            continued = vm is not None and vm.get(_w("val"), "continue") == "continue"
            cells.append(_GridCell(col, span, tc, continued))
            col += span
        rows.append(cells)
    return rows


class DocxRenderer:
    """Walk a python-docx Document and produce (lines, {line: location}).

    At most ``max_chars`` characters are rendered (the text reader's input limit): spans,
    labels and line breaks make a few bytes of XML many characters of text, and a .docx must
    not make the checker read more than a text draft may hold."""

    def __init__(self, document, max_chars: int = MAX_INPUT_BYTES):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        self.document = document
        part = document.part
        try:
            numbering_el = part.part_related_by(RT.NUMBERING).element
        except (KeyError, AttributeError):
            numbering_el = None
        try:
            styles_el = part.part_related_by(RT.STYLES).element
        except (KeyError, AttributeError):
            styles_el = None
        self.numbering = Numbering(numbering_el, styles_el)
        self.lines: list[str] = []
        self.locs: dict[int, dict[str, Any]] = {}
        self.n_par = 0
        self.n_table = 0
        self.n_textbox = 0
        self.max_chars = max_chars
        self.chars = 0
        self._paragraph_index: dict | None = None
        # rendered line -> where the reviewed copy anchors a comment on it (meta["docx_anchors"]):
        # "paragraph" (index of the w:p in body.iter(w:p)) and "offset" (of column 1 in its
        # visible text), or "cells" (grid column -> the cell's paragraph indexes) on a data-table
        # row, and "host" (the body paragraph to comment instead: text box, page header = -1)
        self.anchors: dict[int, dict[str, Any]] = {}
        # body paragraph index -> [(line, offset of column 1, length)], and for a data-table
        # cell's paragraphs (line, 0-based column where the cell starts, length of the cell):
        # where a position in a Word paragraph (a comment's anchor) is in the rendering
        self.par_lines: dict[int, list[tuple[int, int, int]]] = {}
        self.cell_lines: dict[int, tuple[int, int, int]] = {}

    # -- output
    def _add_line(self, line: str, loc: dict[str, Any] | None) -> None:
        self.chars += len(line) + 1
        if self.chars > self.max_chars:
            raise InputError(msg("docx.text-too-large", limit=self.max_chars))
        self.lines.append(line)
        if loc is not None:
            self.locs[len(self.lines)] = loc

    def _emit_paragraph(self, text: str, loc: dict[str, Any], anchor: tuple[Any, int] | None = None,
                        host: int | None = None) -> None:
        """The lines of one paragraph. ``anchor``: (the w:p, the offset in its visible text of
        ``text[0]``, negative when a numbering label comes first), so that each line's column
        maps back into the Word paragraph; ``host``: the body paragraph a text box or page
        header line is commented on (-1: the start of the document). See ``self.anchors``."""
        text = text.replace("\r", "").replace("\v", "\n").replace("\x0b", "\n")
        raw = text.split("\n")
        parts = [ln.rstrip() for ln in raw]
        # blank lines at either end dropped by index: popping the front one by one is
        # quadratic in a paragraph that starts with thousands of line breaks
        first = next((i for i, ln in enumerate(parts) if ln.strip()), len(parts))
        last = next((i for i in range(len(parts) - 1, first - 1, -1) if parts[i].strip()), first - 1)
        if first > last:
            return
        if self.lines and self.lines[-1] != "":
            self._add_line("", None)
        index = self._index_of(anchor[0]) if anchor is not None else None
        offset = 0 if index is None else anchor[1] + sum(len(ln) + 1 for ln in raw[:first])
        for i in range(first, last + 1):
            number = len(self.lines) + 1
            if index is not None:
                self.anchors[number] = {"paragraph": index, "offset": offset}
                self.par_lines.setdefault(index, []).append((number, offset, len(parts[i])))
            if host is not None:
                self.anchors.setdefault(number, {})["host"] = host
            self._add_line(parts[i], dict(loc))
            if index is not None:
                offset += len(raw[i]) + 1

    def _index_of(self, p) -> int | None:
        """Index of w:p ``p`` among the body's paragraphs in document order (``body.iter(w:p)``,
        the order a reopened copy of the file has too), or None when it is not in the body."""
        if self._paragraph_index is None:
            self._paragraph_index = {el: i for i, el in enumerate(self.document.element.body.iter(W_P))}
        return self._paragraph_index.get(p)

    def _labelled_anchor(self, p) -> tuple[str, int]:
        """The paragraph as read (label, then text) and the offset in its visible text of the
        first character of that reading (see :meth:`_emit_paragraph`)."""
        label = self.numbering.label(p)
        text = paragraph_text(p)
        if label and text.strip():
            stripped = text.lstrip()
            return f"{label} {stripped}", len(text) - len(stripped) - len(label) - 1
        if label:
            return label, -len(label)
        return text, 0

    def _labelled(self, p) -> str:
        return self._labelled_anchor(p)[0]

    # -- walk
    def render(self) -> tuple[list[str], dict[int, dict[str, Any]]]:
        self._page_header()
        body = self.document.element.body
        self._blocks(_iter_block_items(body))
        return self.lines, self.locs

    def _page_header(self) -> None:
        sections = self.document.sections
        if not len(sections):
            return
        sec = sections[0]
        candidates = []
        try:
            if sec.different_first_page_header_footer and not sec.first_page_header.is_linked_to_previous:
                candidates.append(("first", sec.first_page_header))
            if not sec.header.is_linked_to_previous:
                candidates.append(("default", sec.header))
        except Exception:  # noqa: BLE001 - a broken header must not stop the body
            return
        for kind, hdr in candidates:
            try:
                el = hdr._element
            except Exception:  # noqa: BLE001
                continue
            items = list(_iter_block_items(el))
            texts = " ".join(paragraph_text(p) if p.tag == W_P else "".join(t.text or "" for t in p.iter(W_T))
                             for p in items)
            if not re.search(r"[^\W\d_]{2,}", texts):
                continue  # only page numbers
            j = 0
            for item in items:
                if item.tag == W_P:
                    j += 1
                    self._emit_paragraph(paragraph_text(item), {"header": kind, "paragraph": j}, host=-1)
                else:
                    self._layout_table(item, {"header": kind}, host=-1)
            break  # one page header: the one on the first page

    def _blocks(self, items) -> None:
        for item in items:
            if item.tag == W_P:
                self._paragraph(item)
            else:
                self._table(item)

    def _paragraph(self, p) -> None:
        self.n_par += 1
        index = self.n_par
        boxes = _textboxes(p)
        host = self._index_of(p) if boxes else None
        for box in boxes:
            self.n_textbox += 1
            n = self.n_textbox
            k = 0
            for item in _iter_block_items(box):
                if item.tag == W_P:
                    k += 1
                    text, offset = self._labelled_anchor(item)
                    self._emit_paragraph(text, {"textbox": n, "paragraph": k}, (item, offset), host=host)
                else:
                    self._layout_table(item, {"textbox": n}, host=host)
        text, offset = self._labelled_anchor(p)
        self._emit_paragraph(text, {"paragraph": index}, (p, offset))

    def _cell_paragraphs(self, tc) -> list[tuple[str, Any, int]]:
        """(text as read, w:p, offset of the text's first character, see _labelled_anchor) of
        each paragraph of a cell, nested tables' cells in reading order."""
        out = []
        for item in _iter_block_items(tc):
            if item.tag == W_P:
                text, offset = self._labelled_anchor(item)
                out.append((text, item, offset))
            else:  # nested table: its cells' text in reading order
                for row in table_grid(item):
                    for c in row:
                        if not c.continued:
                            out.extend(self._cell_paragraphs(c.tc))
        return out

    def _cell_paragraph_texts(self, tc) -> list[str]:
        return [text for text, _, _ in self._cell_paragraphs(tc)]

    def _is_layout(self, grid: list[list[_GridCell]]) -> bool:
        width = max((c.col + c.span for row in grid for c in row), default=0)
        if width <= 1:
            return True
        if len(grid) > 4 or width > 3:
            return False
        text = "\n".join(paragraph_text(p) for row in grid for c in row for p in c.tc.iter(W_P))
        return bool(_LAYOUT_RE.search(text))

    def _table(self, tbl) -> None:
        self.n_table += 1
        grid = table_grid(tbl)
        if self._is_layout(grid):
            self._layout_table(tbl, {}, grid)
            return
        t = self.n_table
        if self.lines and self.lines[-1] != "":
            self._add_line("", None)
        for r, row in enumerate(grid, start=1):
            width = max((c.col + c.span for c in row), default=0)
            texts = [""] * width
            cells: dict[int, tuple[int, ...]] = {}  # grid column -> its body paragraphs (the reviewed copy's anchors)
            for c in row:
                if c.continued:
                    continue
                paragraphs = self._cell_paragraphs(c.tc)
                value = " ".join(s.strip() for s, _, _ in paragraphs if s.strip())
                texts[c.col] = " ".join(value.replace("\t", " ").split())
                indexes = tuple(i for _, el, _ in paragraphs if (i := self._index_of(el)) is not None)
                if texts[c.col] and indexes:
                    cells[c.col] = indexes
            if not any(texts):
                continue  # an empty row would end the table in the text
            line = "\t".join(texts)
            number, start = len(self.lines) + 1, 0
            for col, text in enumerate(texts):
                for i in cells.get(col, ()):
                    self.cell_lines[i] = (number, start, len(text))
                start += len(text) + 1
            # the row keeps its line: location_at finds a column's cell from it when a finding
            # asks (most rows have none; a row may be MAX_TABLE_COLUMNS wide)
            if cells:
                self.anchors[number] = {"cells": cells}
            self._add_line(line, {"table": t, "row": r, "_line": line})
        if self.lines and self.lines[-1] != "":
            self._add_line("", None)

    def _layout_table(self, tbl, base: dict[str, Any], grid=None, host: int | None = None) -> None:
        """A table used for layout: each column top to bottom, left column first."""
        if grid is None:
            self.n_table += 1
            grid = table_grid(tbl)
        t = self.n_table
        # column by column, each top to bottom (a row has one cell a column at most): sorted
        # once, not every row scanned for every column of a wide table
        placed = sorted(((c.col, r, c) for r, row in enumerate(grid, start=1) for c in row if not c.continued),
                        key=lambda item: item[:2])
        for col, r, c in placed:
            for k, (text, el, offset) in enumerate(self._cell_paragraphs(c.tc), start=1):
                self._emit_paragraph(text, dict(base, table=t, row=r, cell=col + 1, paragraph=k), (el, offset),
                                     host=host)
