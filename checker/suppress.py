"""Suppression inside a draft, with a reason the signer can read.

In Markdown or plain text (an HTML comment, anywhere on a line)::

    <!-- draftcheck-disable AR001 -- số liệu đã đối chiếu với phụ lục -->
    ...                                            (AR001 off until the matching enable)
    <!-- draftcheck-enable AR001 -->
    <!-- draftcheck-disable-next-line DT001, AR002 -- lý do -->   (the next line with text)
    ... <!-- draftcheck-disable-line AR001 -- lý do -->            (this line)
    <!-- draftcheck-disable-file ST001 -- lý do -->                 (the whole draft, including
                                                                     document-level findings)

Codes may be full codes (``AR001``), prefixes (``AR``) or rule names; none means every rule.
The reason follows ``--`` (or an en/em dash). In a .docx a Word comment with the same text
(with or without ``<!-- -->``) applies to the text it is anchored to: ``disable``/``disable-line``
to the lines the comment covers (or, with a later ``enable`` comment, up to it),
``disable-next-line`` to the line after it. The .docx reader puts comments in
``doc.meta["comments"]`` as ``{"text", "start", "end"}`` (offsets in ``doc.text``, worked out
from where each comment is anchored): this module never opens a file.

Findings of the suppression rules themselves (CK100 unused suppression, CK101 suppression
without reason) cannot be suppressed inline: ignore them in the configuration if you must.
Pure: imports only the model; the engine calls :func:`apply_suppressions`.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import field
from typing import Iterable, Optional

from .records import record
from .model import Document, Finding, Span

VERBS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")
_VERB = "|".join(VERBS)
# bounded bodies: an unclosed comment cannot make the scan quadratic
COMMENT_RE = re.compile(r"<!--[ \t]{0,20}draftcheck-(?P<verb>" + _VERB + r")(?![\w-])(?P<rest>(?:(?!-->).){0,1000})-->", re.S)
WORD_RE = re.compile(r"^\s{0,20}(?:<!--\s{0,20})?draftcheck-(?P<verb>" + _VERB + r")(?![\w-])(?P<rest>[^\n]{0,1000}?)(?:-->)?\s{0,20}$")
REASON_SEP_RE = re.compile(r"(?:^|\s)(?:--|—|–)(?:\s|$)")
CODE_TOKEN_RE = re.compile(r"^(?:[A-Za-z]{2}\d*|[a-z0-9]+(?:-[a-z0-9]+)+)$")
VALID_CODE_RE = re.compile(r"^(?:[A-Z]{2}\d{0,3}|[a-z0-9]+(?:-[a-z0-9]+)+)$")
WHOLE_COMMENT_LINE_RE = re.compile(r"^\s*<!--.*-->\s*$")
SUPPRESSION_KIND = "suppression"
ALL = "*"
INF = 10**9


@record
class Suppression:
    verb: str
    codes: tuple[str, ...]  # () means every rule
    reason: str
    start: int  # offsets in doc.text of the directive (or of the Word comment's anchor)
    end: int
    line: int
    end_line: int
    text: str
    origin: str = "comment"  # "comment" | "word"
    malformed: tuple[str, ...] = ()  # tokens that are not codes (a reason written without "--")
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)  # code entry -> (first, last line)
    used: dict[str, int] = field(default_factory=dict)
    stray: bool = False  # an enable that closes no disable

    @property
    def entries(self) -> tuple[str, ...]:
        return self.codes or (ALL,)

    @property
    def label(self) -> str:
        return ", ".join(self.codes) if self.codes else "*"


def _split(rest: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    rest = " ".join(rest.split())
    m = REASON_SEP_RE.search(rest)
    if m:
        head, reason = rest[:m.start()], rest[m.end():].strip()
    else:
        head, reason = rest, ""
    tokens = [t for t in re.split(r"[\s,;]+", head) if t]
    codes = tuple(t.upper() if re.match(r"^[A-Za-z]{2}\d*$", t) else t for t in tokens if CODE_TOKEN_RE.match(t))
    bad = tuple(t for t in tokens if not CODE_TOKEN_RE.match(t))
    return codes, reason, bad


def parse(doc: Document) -> list[Suppression]:
    """Every suppression directive of the draft, in order, with the lines it covers."""
    out: list[Suppression] = []
    for m in COMMENT_RE.finditer(doc.text):
        codes, reason, bad = _split(m["rest"])
        sp = doc.span(m.start(), m.end())
        out.append(Suppression(m["verb"], codes, reason, m.start(), m.end(), sp.line, sp.end_line,
                               " ".join(m.group(0).split()), "comment", bad))
    for c in doc.meta.get("comments") or []:  # Word comments, read by the .docx reader
        text = " ".join(str(c.get("text", "")).split())
        m = WORD_RE.match(text)
        if not m:
            continue
        start = int(c.get("start", 0))
        end = max(start, int(c.get("end", start)))
        codes, reason, bad = _split(m["rest"])
        sp = doc.span(start, end)
        out.append(Suppression(m["verb"], codes, reason, start, end, sp.line, sp.end_line,
                               " ".join(text.split()), "word", bad))
    out.sort(key=lambda s: (s.start, s.end))
    _assign_ranges(doc, out)
    return out


def _next_text_line(doc: Document, after: int) -> int:
    for n in range(after + 1, doc.line_count + 1):
        line = doc.source_line(n)
        if line.strip() and not WHOLE_COMMENT_LINE_RE.match(line):
            return n
    return after + 1


def _assign_ranges(doc: Document, sups: list[Suppression]) -> list[Suppression]:
    """Lines each code entry covers; returns the ``enable`` directives that closed nothing."""
    stray: list[Suppression] = []
    open_: list[tuple[Suppression, str]] = []  # (disable, entry) still open
    for s in sups:
        if s.verb == "enable":
            closed = False
            for d, entry in list(open_):
                if d.origin != s.origin:
                    continue
                if not s.codes or entry in s.codes or entry == ALL:
                    first, _ = d.ranges[entry]
                    d.ranges[entry] = (first, s.line)
                    open_.remove((d, entry))
                    closed = True
            if not closed:
                s.stray = True
                stray.append(s)
            continue
        for entry in s.entries:
            s.used[entry] = 0
            if s.verb == "disable-file":
                s.ranges[entry] = (0, INF)
            elif s.verb == "disable-line":
                s.ranges[entry] = (s.line, s.end_line)
            elif s.verb == "disable-next-line":
                n = _next_text_line(doc, s.end_line)
                s.ranges[entry] = (n, n)
            else:  # disable: until the matching enable, else the end (Word: the anchored lines)
                s.ranges[entry] = (s.line, s.end_line if s.origin == "word" else INF)
                open_.append((s, entry))
    return stray


def _matches(entry: str, f: Finding) -> bool:
    return entry == ALL or f.code.startswith(entry.upper()) or f.name == entry


def _doc_level(f: Finding) -> bool:
    return f.span == Span(1, 1, 1, 1) and not f.excerpt


def apply_suppressions(doc: Document, findings: list[Finding], ruleset, options) -> tuple[list[Finding], list[Finding]]:
    """(findings kept plus CK100 unused-suppression findings, findings suppressed)."""
    sups = parse(doc)
    if not sups:
        return findings, []
    meta_codes = {r.code for r in ruleset.rules if r.kind == SUPPRESSION_KIND}
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        hit = None
        if f.code not in meta_codes and not f.code.startswith("CK"):
            for s in sups:
                if s.verb == "enable":
                    continue
                for entry in s.entries:
                    first, last = s.ranges.get(entry, (0, -1))
                    covered = (first == 0 and last == INF) if _doc_level(f) else first <= f.span.line <= last
                    if covered and _matches(entry, f):
                        hit = (s, entry)
                        break
                if hit:
                    break
        if hit is None:
            kept.append(f)
            continue
        s, entry = hit
        s.used[entry] += 1
        data = dict(f.data)
        data["suppressed_by"] = {"line": s.line, "directive": s.text, "reason": s.reason, "origin": s.origin}
        suppressed.append(dataclasses.replace(f, data=data))
    kept.extend(_unused_findings(doc, sups, ruleset, options))
    return kept, suppressed


def _unused_findings(doc: Document, sups: list[Suppression], ruleset, options) -> Iterable[Finding]:
    rule = next((r for r in ruleset.rules if r.kind == SUPPRESSION_KIND
                 and getattr(r.params, "check", "") == "unused"), None)
    if rule is None:
        return []
    lang = getattr(options, "lang", "vi")
    known = getattr(options, "known_codes", None)
    running = [(r.code, r.name) for r in ruleset.rules]
    known_pairs = None if known is None else [(c, "") for c in known]
    vi = lang != "en"
    out = []
    for s in sups:
        why = ""
        codes = s.label
        if s.stray:
            why = "không có lệnh tắt tương ứng để bật lại" if vi else "there is no matching disable to end"
        elif s.verb != "enable":
            def exists(entry: str, pairs) -> bool:
                return any(c.startswith(entry.upper()) or n == entry for c, n in pairs)

            unknown = [e for e in s.codes if not VALID_CODE_RE.match(e) or (
                known_pairs is not None and not exists(e, known_pairs) and not exists(e, running))]
            if unknown:
                codes = ", ".join(unknown)
                why = (f"mã quy tắc không tồn tại: {codes}" if vi else f"unknown rule code: {codes}")
            else:
                idle = [e for e in s.entries if s.used.get(e, 0) == 0
                        and (e == ALL or exists(e, running))]
                if idle and (len(idle) == len(s.entries) or s.codes):
                    codes = ", ".join(idle)
                    why = "không che phát hiện nào" if vi else "it suppresses nothing"
        if not why:
            continue
        values = {"directive": s.text if len(s.text) <= 120 else s.text[:117] + "…", "codes": codes,
                  "why": why, "reason": s.reason}
        sev = (getattr(options, "severity", None) or {}).get(rule.code) or rule.severity
        start, end = s.start, s.end
        out.append(Finding(
            code=rule.code, name=rule.name, category=rule.category, severity=sev,
            message=rule.format_message(lang, values), span=doc.span(start, end),
            excerpt=" ".join(doc.text[start:end].split())[:160],
            suggestion=rule.format_suggestion(lang, values),
            data={"directive": s.text, "codes": list(s.codes), "line": s.line, "origin": s.origin},
            path=doc.path))
    return out


def missing_reasons(doc: Document) -> list[Suppression]:
    """Directives that turn a rule off without saying why (enable needs no reason)."""
    return [s for s in parse(doc) if s.verb != "enable" and (not s.reason or s.malformed)]


def describe(f: Finding, lang: str = "vi") -> Optional[str]:
    """``dòng 12: lý do`` for a suppressed finding, for reporters."""
    by = f.data.get("suppressed_by") if isinstance(f.data, dict) else None
    if not by:
        return None
    reason = by.get("reason") or ("(không ghi lý do)" if lang != "en" else "(no reason given)")
    where = f"dòng {by.get('line')}" if lang != "en" else f"line {by.get('line')}"
    return f"{where}: {reason}"
