"""One check of an uploaded draft, run in a worker process of the service's pool.

The upload never touches a disk: its bytes go into an anonymous in-memory file
(``memfd_create``, Linux), which the CLI's own reader reads through ``/proc/self/fd/N`` — the
same ``read_path`` / ``read_docx``, the same bounds, the same engine ``run`` with the same
configured rule set as ``draftcheck check``, under the same per-file time budget
(:func:`checker.engine.time_budget`). The file disappears with its descriptor. The uploaded
name is never a path: only its suffix chooses the reader, and its last component is the name
the report shows.

Picklable and free of starlette (a spawned worker imports only the checker).
"""
from __future__ import annotations

import contextlib
import gc
import os
import signal

from ..records import record
from .. import __version__
from ..config import Settings, configure, options_for
from ..model import SEVERITY_RANK

SUFFIXES = (".docx", ".txt", ".md")
FORMATS = ("json", "html", "sarif", "docx")
_BASE = {}
_CONFIGURED: dict = {}  # rule sets configured for a selection (select, ignore) already seen
MAX_CONFIGURED = 64


@record(frozen=True)
class CheckRequest:
    data: bytes
    name: str  # the report's display name (a file name, no folder)
    settings: Settings
    fmt: str = "json"  # json | html | sarif | docx
    timeout: float = 30.0
    max_bytes: int = 20 * 1024 * 1024


@record
class CheckResult:
    error: str = ""  # an error code of checker.service.messages, "" when checked
    message: str = ""  # the checker's one-line reason (Vietnamese, English in brackets)
    verdict: str = ""  # pass | fail at settings.fail_on
    findings: int = 0
    body: bytes = b""  # the output: the --format json document plus verdict (UTF-8), html, sarif or docx
    comments: int = 0  # comments in the reviewed copy


def init_worker(max_memory: int = 0) -> None:
    """A pool process: the rule set loaded once, Ctrl-C left to the server, memory bounded
    like ``draftcheck check --max-memory`` (a crafted file raises MemoryError, answered 422)."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the checker's one-line messages then read "Vietnamese (English)", as library code gets
    # them: the service answers each half in its own field (message_vi, message_en)
    os.environ.pop("DRAFTCHECK_LANG", None)
    base_rules()
    warm()
    if max_memory:
        _bound_memory(max_memory)


WARM_TEXT = "I. KẾT QUẢ\nTổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ, ngày 31/4/2020.\n"


def warm() -> None:
    """One small check, so that every module a check needs is imported and its patterns
    compiled before the first draft arrives: faster, and the first draft's time budget is not
    spent (nor its timer lost) inside the import machinery."""
    import docx  # noqa: F401  (lazy in the reader: python-docx is heavy)

    from ..reporters import docx_review, html, json_format, sarif  # noqa: F401

    check_upload(CheckRequest(WARM_TEXT.encode("utf-8"), "warm.txt", Settings(), fmt="html", timeout=0))


def ping() -> bool:
    """A job that does nothing: submitted at start-up so that the pool's processes exist."""
    return True


def base_rules():
    if "rules" not in _BASE:
        from ..ruleset import load_ruleset

        _BASE["rules"] = load_ruleset()
    return _BASE["rules"]


def _bound_memory(budget: int) -> None:
    try:
        import resource
    except ImportError:
        return
    used = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    used = int(line.split()[1]) * 1024
    if used is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + budget if hard == resource.RLIM_INFINITY else min(used + budget, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


@contextlib.contextmanager
def in_memory_file(data: bytes):
    """A path to ``data`` that exists in memory only (an anonymous memfd), closed afterwards."""
    fd = os.memfd_create("draftcheck-upload", getattr(os, "MFD_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        yield f"/proc/self/fd/{fd}"
    finally:
        os.close(fd)


def _read(path: str, suffix: str, max_bytes: int):
    from ..extract import read_path
    from ..extract.docx import read_docx

    if suffix == ".docx":
        return read_docx(path, max_bytes=max_bytes)
    return read_path(path, max_bytes=max_bytes)  # no suffix: read as text, as read_path reads .txt/.md


def _rules_for(settings: Settings):
    key = settings.ruleset_key
    if key not in _CONFIGURED:
        if len(_CONFIGURED) >= MAX_CONFIGURED:  # each request may choose its rules: bounded
            _CONFIGURED.clear()
        _CONFIGURED[key] = configure(base_rules(), settings)
    return _CONFIGURED[key]


def check_upload(req: CheckRequest) -> CheckResult:
    """Check the uploaded draft and render the asked format (in the worker, so that only the
    output crosses back to the server, never the document)."""
    from ..engine import TimeBudgetExceeded, run, time_budget
    from ..extract import InputError
    from ..reporters import RenderContext

    suffix = os.path.splitext(req.name)[1].lower()
    base = base_rules()
    rules = _rules_for(req.settings)
    known = frozenset(r.code for r in base.rules)
    out_of_memory = False
    try:
        with in_memory_file(req.data) as path:
            with time_budget(req.timeout):
                doc = _read(path, suffix, req.max_bytes)
                report = run(doc, rules, options_for(req.settings, known))
                ctx = RenderContext(lang=req.settings.lang, tool_version=__version__, rules=base,
                                    fail_on=(req.settings.fail_on,))
                body, comments = b"", 0
                if req.fmt == "docx":  # made from the very bytes checked, while the memfd is open
                    from ..reporters.docx_review import ReviewError, review_bytes

                    try:
                        body, comments = review_bytes(report, ctx)
                    except ReviewError as e:
                        return CheckResult(error="review_failed", message=str(e))
                report = report.renamed(req.name)
                verdict = "fail" if report.worst() >= SEVERITY_RANK[req.settings.fail_on] else "pass"
                from ..reporters import json_format

                import json

                findings = len(report.findings)
                if req.fmt == "json":  # serialised here: the server's event loop only sends bytes
                    document = json.loads(json_format.render([report], ctx))
                    document["verdict"] = verdict
                    document["fail_on"] = req.settings.fail_on
                    body = json.dumps(document, ensure_ascii=False).encode("utf-8")
                elif req.fmt in ("html", "sarif"):
                    from ..reporters import get

                    body = get(req.fmt).render([report], ctx).encode("utf-8")
    except InputError as e:
        return CheckResult(error="unreadable_input", message=str(e))
    except TimeBudgetExceeded:
        return CheckResult(error="time_budget_exceeded",
                           message=f"vượt quá {req.timeout:g} giây (time budget of {req.timeout:g} s exceeded)")
    except MemoryError:
        # answered after the handler: inside it the traceback still holds what used the memory up
        out_of_memory = True
    except RecursionError:
        return CheckResult(error="unreadable_input",
                           message="cấu trúc lồng nhau quá sâu, không kiểm tra được (nesting too deep)")
    if out_of_memory:
        gc.collect()
        return CheckResult(error="memory_limit_exceeded", message="vượt quá giới hạn bộ nhớ (memory limit exceeded)")
    return CheckResult(verdict=verdict, findings=findings, body=body, comments=comments)
