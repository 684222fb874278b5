"""Run a rule set over a document: ``run(document, ruleset) -> Report``.

Pure: no printing, no exits. A kind that raises becomes an ``internal-error`` finding
(and the CLI exits 2), never a silent pass.
"""
from __future__ import annotations

import contextlib
import dataclasses
import signal
import threading
import traceback
from dataclasses import field
from datetime import date
from typing import Optional

from .records import record
from .kinds import Context
from .model import Document, Finding, SEVERITY_RANK
from .ruleset import RuleSet

INTERNAL_ERROR_CODE = "CK000"


class TimeBudgetExceeded(BaseException):
    """A file took longer than its time budget. A BaseException, so that no ``except
    Exception`` on the way (a kind's, a reader's) can swallow it and keep running."""


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Raise :class:`TimeBudgetExceeded` in this thread once ``seconds`` have passed.

    A real-time interval timer (SIGALRM): Python's regex engine and every Python loop check
    for signals, so even a pathological match is interrupted. Only the main thread of a
    process can receive signals; elsewhere (a library caller's worker thread) no budget is
    enforced and the caller must bound the work itself. A timer already set by the caller is
    put back afterwards."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise TimeBudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay:
            signal.setitimer(signal.ITIMER_REAL, outer_delay, outer_interval)


@record
class Report:
    path: str
    findings: list[Finding] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)  # hidden by --baseline (set by the CLI)
    error: str = ""  # the file could not be read (one line)
    document: Optional[Document] = None  # kept for reporters that quote source lines

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)

    def worst(self) -> int:
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=0)

    def renamed(self, name: str) -> "Report":
        """This report under another display name (standard input, an upload read from an
        anonymous file): the findings carry the path too."""
        self.path = name
        if self.document is not None:
            self.document.path = name
        for attr in ("findings", "suppressed", "baselined"):
            setattr(self, attr, [dataclasses.replace(f, path=name) for f in getattr(self, attr)])
        return self


@record
class Options:
    lang: str = "vi"
    report_date: Optional[date] = None
    profile: Optional[str] = None
    final: bool = False
    severity: dict = field(default_factory=dict)  # rule code -> severity forced by the configuration
    known_codes: Optional[frozenset] = None  # every rule code (to name unknown codes in suppressions)
    suppress: bool = True  # apply draftcheck-disable directives (checker.suppress)


def excerpt(doc: Document, start: int, end: int, limit: int = 160) -> str:
    """The text at the span, as read (NFC), shortened in the middle if long."""
    text = doc.text[start:end].replace("\n", " ")
    if len(text) > limit:
        text = text[: limit // 2 - 1] + "…" + text[-(limit // 2 - 1):]
    return text


def run(doc: Document, ruleset: RuleSet, options: Options | None = None) -> Report:
    opts = options or Options()
    ctx = Context(lang=opts.lang, report_date=opts.report_date, profile=opts.profile, final=opts.final)
    report = Report(path=doc.path, document=doc)
    for rule in ruleset.rules:
        try:
            hits = list(rule.checker.check(doc, ctx))
        except MemoryError:
            raise  # the file is over budget as a whole (the caller reports it), not one rule
        except Exception as e:  # noqa: BLE001 - a broken kind must be visible, not silent
            where = traceback.extract_tb(e.__traceback__)[-1]
            msg = f"{rule.code} ({rule.kind}): {type(e).__name__}: {e} [{where.filename.rsplit('/', 1)[-1]}:{where.lineno}]"
            report.internal_errors.append(msg)
            report.findings.append(Finding(
                code=INTERNAL_ERROR_CODE, name="internal-error", category="structure", severity="error",
                message=f"Lỗi nội bộ khi chạy quy tắc {msg}" if opts.lang == "vi" else f"Internal error in rule {msg}",
                span=doc.span(0, 0), excerpt="", path=doc.path, data={"rule": rule.code}))
            continue
        seen = set()
        for hit in hits:
            values = dict(hit.values)
            message = rule.format_message(opts.lang, values)
            key = (hit.start, hit.end, message)
            if key in seen:
                continue
            seen.add(key)
            report.findings.append(Finding(
                code=rule.code, name=rule.name, category=rule.category,
                severity=opts.severity.get(rule.code) or hit.severity or rule.severity, message=message,
                span=doc.span(hit.start, hit.end), excerpt=excerpt(doc, hit.start, hit.end),
                suggestion=rule.format_suggestion(opts.lang, values),
                data=_with_location(doc, hit, _plain(hit.data)), path=doc.path))
    report.findings = one_finding_a_relation(report.findings)
    if opts.suppress:
        from .suppress import apply_suppressions

        report.findings, report.suppressed = apply_suppressions(doc, report.findings, ruleset, opts)
        report.suppressed.sort(key=Finding.sort_key)
    report.findings.sort(key=Finding.sort_key)
    return report


def one_finding_a_relation(findings: list[Finding]) -> list[Finding]:
    """Two rules that judge the same relation (the same parts, the same computed sum) report it
    once, with the stronger verdict: "the parts after 'trong đó' fall short" (info) is dropped
    when an identity says the same parts must make the total (error)."""
    rank = SEVERITY_RANK
    best: dict[tuple, Finding] = {}
    for f in findings:
        key = _relation_key(f)
        if key is not None and (key not in best or rank[f.severity] > rank[best[key].severity]):
            best[key] = f
    return [f for f in findings
            if (key := _relation_key(f)) is None or rank[f.severity] >= rank[best[key].severity]]


def _relation_key(f: Finding) -> Optional[tuple]:
    d = f.data
    if f.category != "arithmetic" or "parts" not in d or "computed" not in d:
        return None
    return (f.path, f.span.line, tuple(d["parts"]), d["computed"])


def _with_location(doc: Document, hit, data: dict) -> dict:
    """Add where a finding is: for a .docx, in the Word file (paragraph, or table/row/cell:
    ``location``, from what the reader put in the document); for every input, the headings it
    stands under (``heading_path``, outermost first). A document-level finding has neither."""
    if hit.start == 0 and hit.end == 0:
        return data  # a document-level finding
    out = dict(data)
    span = doc.span(hit.start, hit.end)
    loc = doc.word_location(span.line, span.column)
    if loc:
        out["location"] = loc
    path = doc.heading_path(hit.start)
    if path:
        out["heading_path"] = list(path)
    return out


def _plain(value):
    """JSON-ready copy of hit data: Decimals and Fractions become strings or numbers."""
    from decimal import Decimal
    from fractions import Fraction

    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else str(value)
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
