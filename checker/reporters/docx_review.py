"""``--format docx``: the reviewed copy of a Word draft — the same document with one Word
comment per finding, anchored at the text the finding is about, for a reviewer who works in Word.

* The comment is by "draftcheck" (initials "DC") and says, in the language of the run, the
  severity, rule code and name, the message, the computation and the suggestion.
* It is anchored at the finding's span: the figure, the date, the heading. A run is split
  where the span starts and ends; both halves keep the run's properties, so the text, its
  formatting, numbering, tables, headers, tracked changes and the comments already there are
  as they were. A document-level finding (a missing component) is anchored at the first
  paragraph. Where Word cannot hold a comment (a text box, the page header) the nearest body
  paragraph is commented, and the comment says where the finding really is.
* Suppressed findings are not commented; each suppression is, with its reason, so the signer
  sees what was turned off and why.

The copy is made from the very bytes that were checked (the reader's ``docx_sha256``): a file
changed since is refused. :func:`review_bytes` returns the copy; the CLI writes it (atomically,
never onto a checked file).
"""
from __future__ import annotations

import copy
import io
from pathlib import Path

from . import RenderContext, SEVERITY_WORDS, computation, is_document_level, rule_title, where
from ..extract.docx import W_P, W_T, XML_SPACE, _w, open_for_review, paragraph_text, run_pieces

AUTHOR = "draftcheck"
INITIALS = "DC"
SUFFIX = ".da-kiem-tra.docx"  # bao-cao.docx -> bao-cao.da-kiem-tra.docx ("checked")
WORDS = {
    "vi": {"computation": "Phép tính", "suggest": "Gợi ý", "really": "Phát hiện này ở {where} (Word không "
           "đặt được nhận xét ở đó)", "suppressed": "draftcheck đã tắt {codes} ({count} phát hiện) theo chỉ dẫn: "
           "{directive}", "reason": "Lý do", "no_reason": "(không ghi lý do)", "rule": "Quy tắc"},
    "en": {"computation": "Computation", "suggest": "Suggestion", "really": "This finding is in {where} (Word "
           "cannot hold a comment there)", "suppressed": "draftcheck turned off {codes} ({count} findings) as "
           "directed: {directive}", "reason": "Reason", "no_reason": "(no reason given)", "rule": "Rule"},
}


class ReviewError(Exception):
    """The copy cannot be made (the file changed, or it is not a .docx): one line."""


def target_name(path: str) -> str:
    """The reviewed copy's file name for the draft at ``path``: ``bao-cao.da-kiem-tra.docx``."""
    return Path(path).stem + SUFFIX


def comment_text(report, f, ctx: RenderContext, note: str = "") -> str:
    """The comment of one finding, one paragraph a line."""
    lang = "en" if ctx.lang == "en" else "vi"
    w = WORDS[lang]
    lines = [f"{f.code} · {SEVERITY_WORDS[lang][f.severity]} · {rule_title(ctx, f.code, f.name, lang)}", f.message]
    calc = computation(f)
    if calc and calc not in f.message:
        lines.append(f"{w['computation']}: {calc}")
    if f.suggestion:
        lines.append(f"{w['suggest']}: {f.suggestion}")
    if note:
        lines.append(note)
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def review_bytes(report, ctx: RenderContext) -> tuple[bytes, int]:
    """The reviewed copy of the .docx ``report`` is about, and how many comments it got."""
    doc = report.document
    if doc is None or doc.meta.get("format") != "docx" or "docx_sha256" not in doc.meta:
        from ..i18n import msg

        raise ReviewError(msg("review.not-docx"))
    from ..extract import InputError

    try:
        document = open_for_review(doc.path, doc.meta["docx_sha256"])
    except InputError as e:
        raise ReviewError(str(e)) from None
    writer = _Writer(document, doc)
    lang = "en" if ctx.lang == "en" else "vi"
    w = WORDS[lang]
    count = 0
    for f in report.findings:
        start, end, moved = writer.target(f)
        note = w["really"].format(where=where(report, f, lang, with_heading=False)) if moved else ""
        writer.comment(start, end, comment_text(report, f, ctx, note))
        count += 1
    groups: dict[tuple, list] = {}
    for f in report.suppressed:  # one comment a suppression, at the first finding it turned off
        by = f.data.get("suppressed_by", {})
        groups.setdefault((by.get("line"), by.get("directive", "")), []).append(f)
    for (_, directive), found in groups.items():
        by = found[0].data.get("suppressed_by", {})
        codes = ", ".join(sorted({f.code for f in found}))
        text = w["suppressed"].format(codes=codes, count=len(found), directive=directive)
        text += f"\n{w['reason']}: {by.get('reason') or w['no_reason']}"
        start, end, _ = writer.target(found[0])
        writer.comment(start, end, text)
        count += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), count


class _Writer:
    """Places comments in one python-docx Document, at positions given as (index of the w:p in
    ``body.iter(w:p)``, offset in its visible text) — the reader's ``docx_anchors``."""

    def __init__(self, document, doc):
        self.document = document
        self.doc = doc
        self.paragraphs = list(document.element.body.iter(W_P))
        self.anchors = doc.meta.get("docx_anchors", {})
        body_lines = [a["paragraph"] for a in self.anchors.values() if "paragraph" in a and "host" not in a]
        self.first = min(body_lines) if body_lines else (0 if self.paragraphs else None)
        from datetime import datetime, timezone

        self.now = datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- where
    def _whole(self, index: int | None):
        if index is None or index < 0:
            index = self.first
        if index is None:
            return None, None
        return (index, 0), (index, len(paragraph_text(self.paragraphs[index])))

    def target(self, f) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
        """(start, end, moved): where the finding's comment goes; ``moved`` when that is not
        where the finding is (a text box, the page header)."""
        if is_document_level(f):
            start, end = self._whole(self.first)
            return start, end, False
        line, col, end_line, end_col = f.span.line, f.span.column, f.span.end_line, f.span.end_column
        anchor = self.anchors.get(line)
        if anchor is None:  # a line the reader did not place (blank): the next one it did
            later = [n for n in self.anchors if n > line]
            anchor = self.anchors[min(later)] if later else None
            if anchor is None:
                start, end = self._whole(self.first)
                return start, end, False
            col, end_line, end_col = 1, line, 1
        if "host" in anchor:
            start, end = self._whole(anchor["host"])
            return start, end, True
        quoted = self._quoted(line, col, end_line, end_col)
        if "cells" in anchor:
            loc = self.doc.word_location(line, col) or {}
            cell = anchor["cells"].get(loc.get("cell", 1) - 1, ())
            for index in cell:
                at = paragraph_text(self.paragraphs[index]).find(quoted) if quoted else -1
                if at >= 0:
                    return (index, at), (index, at + len(quoted)), False
            if cell:
                return (cell[0], 0), (cell[-1], len(paragraph_text(self.paragraphs[cell[-1]]))), False
            start, end = self._whole(self.first)
            return start, end, False
        index = anchor["paragraph"]
        a = max(0, anchor["offset"] + col - 1)
        last = self.anchors.get(end_line, anchor)
        if "paragraph" in last and "host" not in last:
            end_index, b = last["paragraph"], max(0, last["offset"] + end_col - 1)
        else:
            end_index, b = index, a + len(quoted)
        text = paragraph_text(self.paragraphs[index])
        if end_index == index and quoted and text[a:b] != quoted:
            # the rendering and the paragraph disagree here (a carriage return in a w:t): find
            # the quoted text nearest to where it should be
            hits = list(_find_all(text, quoted))
            if hits:
                a = min(hits, key=lambda i: abs(i - a))
                b = a + len(quoted)
        if end_index == index and b <= a:  # a point (a missing word): the paragraph
            return (index, 0), (index, len(text)), False
        return (index, a), (end_index, b), False

    def _quoted(self, line: int, col: int, end_line: int, end_col: int) -> str:
        """The finding's text on its first line, as rendered (not normalised)."""
        text = self.doc.source_line(line)
        return text[col - 1:end_col - 1] if end_line == line else text[col - 1:]

    # -- placing
    def comment(self, start, end, text: str) -> None:
        if start is None:
            return
        comment = self.document.comments.add_comment(text=text, author=AUTHOR, initials=INITIALS)
        comment._comment_elm.set(_w("date"), self.now)  # Word shows when the review was made
        cid = str(comment.comment_id)
        p_start, p_end = self.paragraphs[start[0]], self.paragraphs[end[0]]
        _split_at(p_start, start[1])
        _split_at(p_end, end[1])
        first = _run_from(p_start, start[1], end[1] if start[0] == end[0] else None)
        last = _run_to(p_end, end[1], start[1] if start[0] == end[0] else None)
        range_start = _element("commentRangeStart", cid)
        range_end = _element("commentRangeEnd", cid)
        if first is not None and last is not None:
            first.addprevious(range_start)
            last.addnext(range_end)
        else:  # no text to hold it (an empty paragraph): a point comment at its start
            ppr = p_start.find(_w("pPr"))
            at = ppr if ppr is not None else None
            if at is not None:
                at.addnext(range_start)
            else:
                p_start.insert(0, range_start)
            range_start.addnext(range_end)
        reference = _reference_run(cid)
        container = range_end
        while container.getparent() is not None and container.getparent().tag != W_P:
            container = container.getparent()  # out of a hyperlink or a tracked insertion
        container.addnext(reference)


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def _element(tag: str, cid: str):
    from docx.oxml import OxmlElement

    return OxmlElement(f"w:{tag}", attrs={_w("id"): cid})


def _reference_run(cid: str):
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:rStyle", attrs={_w("val"): "CommentReference"}))
    run.append(rpr)
    run.append(_element("commentReference", cid))
    return run


def _split_at(p, k: int) -> None:
    """Split the run of ``p`` that has offset ``k`` inside it, so that a run starts at ``k``.
    The second half is a copy of the run (same w:rPr) holding the children from ``k`` on; a
    w:t across ``k`` is cut in two, both keeping their spaces."""
    runs, _ = run_pieces(p)
    for run, pieces in runs:
        if not pieces or not pieces[0][1] < k < pieces[-1][2]:
            continue
        second = copy.deepcopy(run)
        for (child, s, e), twin in zip(pieces, list(second)):
            if child.tag == _w("rPr"):
                continue  # both halves keep the run's formatting
            if e <= k:
                second.remove(twin)
            elif s >= k:
                run.remove(child)
            elif child.tag == W_T:  # the span starts inside this piece of text
                text = child.text or ""
                child.text, twin.text = text[:k - s], text[k - s:]
                child.set(XML_SPACE, "preserve")
                twin.set(XML_SPACE, "preserve")
            else:  # a piece that cannot be cut (nested content): it stays whole in the first half
                second.remove(twin)
        run.addnext(second)
        return


def _visible_runs(p):
    runs, _ = run_pieces(p)
    return [(run, pieces[0][1], pieces[-1][2]) for run, pieces in runs
            if pieces and pieces[-1][2] > pieces[0][1]]


def _run_from(p, a: int, b: int | None):
    """The first visible run of ``p`` starting at or after ``a`` (and before ``b``)."""
    for run, s, e in _visible_runs(p):
        if s >= a and (b is None or s < b):
            return run
    return None


def _run_to(p, b: int, a: int | None):
    """The last visible run of ``p`` ending at or before ``b`` (and after ``a``)."""
    found = None
    for run, s, e in _visible_runs(p):
        if e <= b and (a is None or e > a):
            found = run
    return found
