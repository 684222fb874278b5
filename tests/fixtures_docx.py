"""Build .docx test fixtures with python-docx (generated in the tests, never committed).

:func:`text_to_docx` turns a plain-text draft into the Word document an agency would have
typed: headings ("I.", "1.", "5.2.", "a)") as Word list numbering (the label is NOT in the
text, Word draws it from numbering.xml), "-"/"+" items as bullets, tab-separated lines as
a Word table (optionally with merged header cells), the header lines in a two-column
header table and the "Nơi nhận:"/signer part in a two-column table.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from checker.extract.blocks import classify_heading, roman_value

# (numFmt, lvlText) of the levels of the heading list and the letter list
MAIN_LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("decimal", "%2.%3.%4.")]
LETTER_LEVELS = [("lowerLetter", "%1)")]
BULLET_LEVELS = [("bullet", "-"), ("bullet", "+")]


class Lists:
    """Adds abstractNum/num definitions to a python-docx document's numbering part."""

    def __init__(self, document):
        self.document = document
        self.el = document.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.el.findall(qn("w:abstractNum"))]
        self.next_abstract = max(ids, default=0) + 1
        nums = [int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))]
        self.next_num = max(nums, default=0) + 1

    def add_abstract(self, levels, suffix="tab") -> int:
        aid = self.next_abstract
        self.next_abstract += 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="{suffix}"/><w:lvlJc w:val="left"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels))
        an = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                       f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            self.el.append(an)
        return aid

    def add_num(self, aid: int, start_overrides: dict[int, int] | None = None) -> int:
        nid = self.next_num
        self.next_num += 1
        ov = "".join(f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                     for i, v in (start_overrides or {}).items())
        self.el.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}">'
                                 f'<w:abstractNumId w:val="{aid}"/>{ov}</w:num>'))
        return nid


def set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _letter_value(label: str) -> int | None:
    if len(label) == 1 and "a" <= label <= "z":
        return ord(label) - ord("a") + 1
    return None  # "đ" cannot be drawn by Word's lowerLetter: kept as typed text


class _Numberer:
    """Chooses numId/ilvl so Word draws exactly the label written in the text, restarting a
    list with a startOverride where the written number is not the next one."""

    def __init__(self, lists: Lists):
        self.lists = lists
        self.main_abstract = lists.add_abstract(MAIN_LEVELS)
        self.letter_abstract = lists.add_abstract(LETTER_LEVELS)
        self.main_num = lists.add_num(self.main_abstract)
        self.letter_num = lists.add_num(self.letter_abstract)
        self.main: dict[int, int] = {}
        self.letter = 0

    def place(self, label: str, style: str) -> tuple[int, int] | None:
        if style == "letter":
            v = _letter_value(label)
            if v is None:
                return None
            if v != self.letter + 1:  # Word continues the letter list: restart it explicitly
                self.letter_num = self.lists.add_num(self.letter_abstract, {0: v})
            self.letter = v
            return self.letter_num, 0
        if style == "roman":
            level, v = 0, roman_value(label)
        elif style == "arabic":
            level, v = 1, int(label)
        elif style == "decimal":
            parts = [int(x) for x in label.split(".")]
            level = len(parts)
            if level > 3:
                return None
            # the parent numbers must be what Word has counted so far
            for i, pv in enumerate(parts[:-1], start=1):
                if self.main.get(i) != pv:
                    return None
            v = parts[-1]
        else:
            return None
        expected = self.main.get(level, 0) + 1
        if v != expected:
            self.main_num = self.lists.add_num(self.main_abstract, {level: v})
        self.main[level] = v
        for d in [d for d in self.main if d > level]:
            del self.main[d]
        return self.main_num, level


def _add_table(document, rows: list[list[str]], merge_header_rows: int = 0):
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c in range(width):
            table.cell(r, c).text = row[c] if c < len(row) else ""
    # merges: in the header rows an empty cell right of a filled one is part of it; an empty
    # cell under a filled header cell is merged down
    for r in range(min(merge_header_rows, len(rows))):
        c = 0
        while c < width:
            start = c
            c += 1
            if not (rows[r][start:start + 1] or [""])[0]:
                continue
            while c < width and not (rows[r][c:c + 1] or [""])[0] and (
                    r == 0 or (rows[r - 1][c:c + 1] or [""])[0] == ""):
                c += 1
            if c - 1 > start:
                table.cell(r, start).merge(table.cell(r, c - 1))
    for r in range(1, min(merge_header_rows, len(rows))):
        for c in range(width):
            if not (rows[r][c:c + 1] or [""])[0] and (rows[r - 1][c:c + 1] or [""])[0]:
                table.cell(r - 1, c).merge(table.cell(r, c))
    return table


def _add_layout_table(document, columns: list[list[str]]):
    table = document.add_table(rows=1, cols=len(columns))
    for c, lines in enumerate(columns):
        cell = table.cell(0, c)
        cell.text = lines[0] if lines else ""
        for line in lines[1:]:
            cell.add_paragraph(line)
    return table


def text_to_docx(text: str, path: str | Path, *, header: tuple[list[str], list[str]] | None = None,
                 auto_number: bool = True, bullets: bool = True, merge_header_rows: int = 0,
                 closing_table: bool = True, page_header: list[str] | None = None,
                 textbox: list[str] | None = None) -> Path:
    """Write ``text`` as a .docx at ``path`` (see the module docstring)."""
    document = docx.Document()
    body = document.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    lists = Lists(document)
    numberer = _Numberer(lists) if auto_number else None
    bullet_num = lists.add_num(lists.add_abstract(BULLET_LEVELS, suffix="space")) if bullets else None
    if page_header:
        hdr = document.sections[0].header
        hdr.is_linked_to_previous = False
        hdr.paragraphs[0].text = page_header[0]
        for line in page_header[1:]:
            hdr.add_paragraph(line)
    if textbox:
        document.add_paragraph()._p.append(_textbox_run(textbox))
    if header:
        _add_layout_table(document, [header[0], header[1]])
    lines = text.split("\n")
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if "\t" in line.strip("\t "):
            rows, j = [], i
            while j < n:
                t = lines[j]
                if "\t" in t.strip("\t "):
                    rows.append(t.split("\t"))
                    j += 1
                elif not t.strip() and j + 1 < n and "\t" in lines[j + 1].strip("\t "):
                    j += 1
                else:
                    break
            if len(rows) >= 2:
                _add_table(document, rows, merge_header_rows)
                i = j
                continue
        if closing_table and re.match(r"^\s*Nơi\s+nhận\s*:", line):
            left, j = [stripped], i + 1
            while j < n and (not lines[j].strip() or re.match(r"^\s*[-+•]\s", lines[j])):
                if lines[j].strip():
                    left.append(lines[j].strip())
                j += 1
            right = [ln.strip() for ln in lines[j:] if ln.strip()]
            _add_layout_table(document, [left, right])
            break
        h = classify_heading(stripped)
        placed = numberer.place(h[0], h[1]) if (numberer and h) else None
        if placed:
            p = document.add_paragraph(h[2])
            set_numbering(p, *placed)
        elif bullets and re.match(r"^[-+]\s+\S", stripped):
            p = document.add_paragraph(stripped[1:].strip())
            set_numbering(p, bullet_num, 0 if stripped[0] == "-" else 1)
        else:
            document.add_paragraph(stripped)
        i += 1
    out = Path(path)
    document.save(str(out))
    return out


def _textbox_run(lines: list[str]):
    """A run holding a DrawingML text box (with the VML fallback copy Word also writes)."""
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{ln}</w:t></w:r></w:p>" for ln in lines)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a")} '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="500000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    return parse_xml(xml)


# ----------------------------------------------------------------------------- hand-made packages
# Hostile documents are written as raw WordprocessingML (python-docx would not write them):
# a minimal package, and a zip whose member headers may lie about their sizes.
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.document.main+xml"/>'
           '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.numbering+xml"/>'
           '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.styles+xml"/></Types>')
_PKG_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/></Relationships>')
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def docx_package(body: str, numbering: str | None = None, styles: str | None = None,
                 compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx whose w:body is ``body``, with the inner XML of w:numbering / w:styles if given."""
    parts = {"[Content_Types].xml": _PKG_CT, "_rels/.rels": _PKG_RELS,
             "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                  f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'}
    rels = []
    if numbering is not None:
        parts["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'
        rels.append(f'<Relationship Id="rId8" Type="{_REL_TYPE}numbering" Target="numbering.xml"/>')
    if styles is not None:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
        rels.append(f'<Relationship Id="rId9" Type="{_REL_TYPE}styles" Target="styles.xml"/>')
    if rels:
        parts["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{"".join(rels)}</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written byte by byte: (name, bytes as stored, compression method, declared
    uncompressed size), so a member can declare any size (CRC 0; read it and zipfile says so)."""
    out, central = bytearray(), bytearray()
    for name, data, method, declared in members:
        raw_name = name.encode("utf-8")
        offset = len(out)
        # local header (APPNOTE 4.3.7) then the data; central directory entry (4.3.12)
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, 0, len(data), declared,
                           len(raw_name), 0) + raw_name + data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0, 0, len(data), declared,
                               len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)
