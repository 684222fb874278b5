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
:class:`~checker.extract.reader.InputError`: not a zip, a zip bomb, a password-protected
file, an old binary ``.doc``, an RTF file named .doc, an empty document.
"""
from __future__ import annotations

import bisect
import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any, Iterator

from ..model import Document
from .reader import MAX_INPUT_BYTES, InputError

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # sum of the declared sizes of the zip members
MAX_MEMBERS = 5000
MAX_RATIO = 200  # compression ratio of one member, checked when it is larger than RATIO_MIN_SIZE
RATIO_MIN_SIZE = 10 * 1024 * 1024

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
    from . import build_document

    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("không tìm thấy tệp (file not found)") from None
    except OSError as e:
        raise InputError(f"không đọc được tệp ({e.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"tệp quá lớn: {len(data):,} byte, giới hạn {max_bytes:,} (file too large)")
    sniff(data)
    check_zip(data, max_uncompressed)
    document = _open(data)
    lines, locations = DocxRenderer(document).render()
    text = "\n".join(lines).rstrip("\n")  # lines never start blank: locations stay in step
    if not text.strip():
        raise InputError("tài liệu Word trống, không có nội dung để kiểm tra (empty document)")
    from .legacy import detect_legacy_encoding, legacy_message

    legacy = detect_legacy_encoding(text)
    if legacy:
        raise InputError(legacy_message(legacy))
    return build_document(text + "\n", str(path), {"format": "docx", "docx_locations": locations})


def location_at(locations: dict, line: int, column: int | None = None) -> dict | None:
    """Where line ``line`` (column ``column``) of a .docx rendering came from, or None. On a
    data-table row the column picks the cell; without a column only the row is given."""
    loc = locations.get(line)
    if loc is None:
        return None
    out = {k: v for k, v in loc.items() if not k.startswith("_")}
    cols = loc.get("_cols")
    if cols and column is not None:
        out["cell"] = loc["_cells"][max(0, bisect.bisect_right(cols, column) - 1)]
    return out


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


# ----------------------------------------------------------------------------- bad input
def sniff(data: bytes) -> None:
    """Refuse what is not a .docx zip: OLE files (encrypted .docx, old .doc), RTF, others."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError("tài liệu Word được bảo vệ bằng mật khẩu, không đọc được; hãy gỡ mật khẩu "
                             "rồi kiểm tra lại (password-protected document)")
        raise InputError("tệp Word cũ dạng nhị phân (.doc), không đọc được; hãy mở bằng Word và lưu lại "
                         "dưới dạng .docx (old binary .doc format)")
    if data.lstrip()[:5] == b"{\\rtf":
        raise InputError("tệp RTF, không phải .docx; hãy lưu lại dưới dạng .docx (RTF file, not .docx)")
    if not data:
        raise InputError("tệp rỗng, không có nội dung để kiểm tra (empty file)")
    if not data.startswith(ZIP_MAGIC):
        raise InputError("không phải tệp .docx hợp lệ: không phải tệp nén zip (not a zip archive)")


def check_zip(data: bytes, max_uncompressed: int = MAX_UNCOMPRESSED_BYTES) -> None:
    """Bound what opening the zip could cost (declared sizes are enforced when reading)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except ZIP_ERRORS as e:  # found by the large fuzz campaign: "zip file version 6.4" is NotImplementedError
        raise InputError(f"tệp .docx bị hỏng, không mở được ({_one_line(e)}) (corrupt zip archive)") from None
    if len(infos) > MAX_MEMBERS:
        raise InputError(f"tệp .docx bất thường: {len(infos):,} thành phần, giới hạn {MAX_MEMBERS:,} "
                         "(too many zip members)")
    total = sum(i.file_size for i in infos)
    if total > max_uncompressed:
        raise InputError(f"tệp .docx bất thường: giải nén ra {total:,} byte, giới hạn {max_uncompressed:,} "
                         "(zip bomb suspected)")
    for i in infos:
        if i.file_size > RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InputError(f"tệp .docx bất thường: thành phần {i.filename} nén {i.file_size // max(i.compress_size, 1):,} "
                             "lần (zip bomb suspected)")
    names = {i.filename for i in infos}
    if "content.xml" in names and not any(n.startswith("word/") for n in names):
        raise InputError("tệp OpenDocument (.odt), chưa hỗ trợ; hãy lưu lại dưới dạng .docx "
                         "(OpenDocument .odt not supported yet)")
    if "[Content_Types].xml" not in names:
        raise InputError("tệp nén zip nhưng không phải tài liệu Word .docx (zip archive, not a Word document)")


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
        raise InputError(f"tệp nén zip nhưng không phải tài liệu Word .docx ({_one_line(e)}) "
                         "(not a Word document)") from None
    except ValueError as e:  # e.g. a template or macro document: wrong content type
        raise InputError(f"không phải tài liệu Word .docx ({_one_line(e)}) (not a Word document)") from None
    except Exception as e:  # noqa: BLE001 - malformed XML and friends: one line, not a traceback
        raise InputError(f"tệp .docx bị hỏng, không đọc được ({type(e).__name__}: {_one_line(e)}) "
                         "(corrupt .docx)") from None


def _one_line(e: BaseException) -> str:
    s = " ".join(str(e).split())
    return s[:160] + ("…" if len(s) > 160 else "")


# ----------------------------------------------------------------------------- numbering
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
    """Render counter ``n`` in Word number format ``fmt`` (w:numFmt)."""
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
        self.text = val("lvlText", "")
        try:
            self.start = int(val("start", "1"))
        except ValueError:
            self.start = 1
        self.lgl = el.find(_w("isLgl")) is not None and val("isLgl", "1") not in ("0", "false")
        r = val("lvlRestart")
        self.restart = int(r) if r is not None and r.isdigit() else None
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
        self.default_style: str | None = None
        if numbering_el is not None:
            for an in numbering_el.iter(_w("abstractNum")):
                aid = an.get(_w("abstractNumId"))
                levels = {}
                for lvl in an.findall(_w("lvl")):
                    try:
                        levels[int(lvl.get(_w("ilvl"), "0"))] = _Level(lvl)
                    except ValueError:
                        continue
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
                    try:
                        ilvl = int(ov.get(_w("ilvl"), "0"))
                    except ValueError:
                        continue
                    so = ov.find(_w("startOverride"))
                    if so is not None and (so.get(_w("val")) or "").lstrip("-").isdigit():
                        starts[ilvl] = int(so.get(_w("val")))
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
                    ilvl = int(i.get(_w("val"))) if i is not None and (i.get(_w("val")) or "").isdigit() else None
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
                ilvl = int(i.get(_w("val"))) if i is not None and (i.get(_w("val")) or "").isdigit() else None
                if num_id is None:  # only the level given: the style gives the list
                    num_id = self._style_num(style or self.default_style)[0]
                return num_id, ilvl, style
        sid = style or self.default_style
        num_id, ilvl = self._style_num(sid)
        return num_id, ilvl, sid

    def _style_num(self, sid: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while sid and sid not in seen and sid in self.style_num:
            seen.add(sid)
            num_id, ilvl, based = self.style_num[sid]
            if num_id is not None:
                return num_id, ilvl
            sid = based
        return None, None

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
    v = c.get(_w("val"))
    return int(v) if v is not None and v.isdigit() else default


class _GridCell:
    __slots__ = ("col", "span", "tc", "continued")

    def __init__(self, col, span, tc, continued):
        self.col, self.span, self.tc, self.continued = col, span, tc, continued


def table_grid(tbl) -> list[list[_GridCell]]:
    """Rows of cells placed on the table grid (gridBefore, gridSpan, vMerge)."""
    rows = []
    for tr in _iter_rows(tbl):
        col = _int_val(tr, f"{_w('trPr')}/{_w('gridBefore')}", 0)
        cells = []
        for tc in _iter_cells(tr):
            span = max(1, _int_val(tc, f"{_w('tcPr')}/{_w('gridSpan')}", 1))
            vm = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
            continued = vm is not None and vm.get(_w("val"), "continue") == "continue"
            cells.append(_GridCell(col, span, tc, continued))
            col += span
        rows.append(cells)
    return rows


class DocxRenderer:
    """Walk a python-docx Document and produce (lines, {line: location})."""

    def __init__(self, document):
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

    # -- output
    def _emit_paragraph(self, text: str, loc: dict[str, Any]) -> None:
        text = text.replace("\r", "").replace("\v", "\n").replace("\x0b", "\n")
        parts = [ln.rstrip() for ln in text.split("\n")]
        while parts and not parts[-1].strip():
            parts.pop()
        while parts and not parts[0].strip():
            parts.pop(0)
        if not parts:
            return
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        for part in parts:
            self.lines.append(part)
            self.locs[len(self.lines)] = dict(loc)

    def _labelled(self, p) -> str:
        label = self.numbering.label(p)
        text = paragraph_text(p)
        if label and text.strip():
            return f"{label} {text.lstrip()}"
        return label if label else text

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
                    self._emit_paragraph(paragraph_text(item), {"header": kind, "paragraph": j})
                else:
                    self._layout_table(item, {"header": kind})
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
        for box in _textboxes(p):
            self.n_textbox += 1
            n = self.n_textbox
            k = 0
            for item in _iter_block_items(box):
                if item.tag == W_P:
                    k += 1
                    self._emit_paragraph(self._labelled(item), {"textbox": n, "paragraph": k})
                else:
                    self._layout_table(item, {"textbox": n})
        self._emit_paragraph(self._labelled(p), {"paragraph": index})

    def _cell_paragraph_texts(self, tc) -> list[str]:
        out = []
        for item in _iter_block_items(tc):
            if item.tag == W_P:
                out.append(self._labelled(item))
            else:  # nested table: its cells' text in reading order
                for row in table_grid(item):
                    for c in row:
                        if not c.continued:
                            out.extend(self._cell_paragraph_texts(c.tc))
        return out

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
            self.lines.append("")
        for r, row in enumerate(grid, start=1):
            width = max((c.col + c.span for c in row), default=0)
            texts = [""] * width
            cells = list(range(1, width + 1))
            for c in row:
                if c.continued:
                    continue
                value = " ".join(s.strip() for s in self._cell_paragraph_texts(c.tc) if s.strip())
                texts[c.col] = " ".join(value.replace("\t", " ").split())
            if not any(texts):
                continue  # an empty row would end the table in the text
            line = "\t".join(texts)
            cols, pos = [], 1
            for s in texts:
                cols.append(pos)
                pos += len(s) + 1
            self.lines.append(line)
            self.locs[len(self.lines)] = {"table": t, "row": r, "_cols": cols, "_cells": cells}
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def _layout_table(self, tbl, base: dict[str, Any], grid=None) -> None:
        """A table used for layout: each column top to bottom, left column first."""
        if grid is None:
            self.n_table += 1
            grid = table_grid(tbl)
        t = self.n_table
        width = max((c.col + c.span for row in grid for c in row), default=0)
        for col in range(width):
            for r, row in enumerate(grid, start=1):
                for c in row:
                    if c.col != col or c.continued:
                        continue
                    for k, text in enumerate(self._cell_paragraph_texts(c.tc), start=1):
                        self._emit_paragraph(text, dict(base, table=t, row=r, cell=col + 1, paragraph=k))
