"""Baselines: accept the findings of today, report only new ones.

``draftcheck baseline create PATH… --baseline FILE`` records the current findings in FILE
(refused when FILE exists); ``baseline update`` records them again (entries of files not
checked in that run are kept, so updating after checking one file does not forget the
others); ``baseline show FILE`` lists what FILE hides. ``check --baseline FILE`` then hides
a finding recorded in FILE; a FILE that does not exist is an error, never an empty baseline,
so a gate whose baseline was not committed fails instead of passing with everything hidden.

Matching is by file, rule code and the quoted text (whitespace-normalised), never by line
number, so an edit above a finding does not break the match; a recorded entry hides at most
as many findings as it was recorded for. Paths are stored relative to the baseline file's
folder.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from .i18n import msg

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read or written (one line)."""


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _path_key(path: str, root: Path) -> str:
    p = Path(path).resolve()
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(p, root)).as_posix()


def _root(path: str | Path) -> Path:
    return Path(path).resolve().parent


def key(f, path_key: str) -> tuple[str, str, str]:
    """What identifies a finding across edits: file, code, and its quote (or its message when
    it quotes nothing, as document-level findings do)."""
    return (path_key, f.code, _norm(f.excerpt) or _norm(f.message))


def load_entries(path: str | Path) -> list[dict]:
    """The entries of a baseline file, checked (each with path, code, quote and a count >= 1)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(msg("baseline.not-found", path=p)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(msg("baseline.unreadable", path=p, error=e)) from None
    except json.JSONDecodeError as e:
        raise BaselineError(msg("baseline.bad-json", path=p, error=e)) from None
    except RecursionError:
        raise BaselineError(msg("baseline.too-deep", path=p)) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(msg("baseline.not-baseline", path=p, version=VERSION))
    out = []
    for i, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("path", "code", "quote")):
            raise BaselineError(msg("baseline.bad-entry", path=p, index=i))
        count = item.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise BaselineError(msg("baseline.bad-count", path=p, index=i))
        out.append({**item, "quote": _norm(item["quote"]), "count": count})
    return out


def load(path: str | Path) -> Counter:
    out: Counter = Counter()
    for item in load_entries(path):
        out[(item["path"], item["code"], item["quote"])] += item["count"]
    return out


def entries(reports, baseline_path: str | Path) -> list[dict]:
    """The findings of ``reports`` as baseline entries, one a finding."""
    root = _root(baseline_path)
    out = []
    for r in reports:
        pk = _path_key(r.path, root)
        for f in r.findings:
            k = key(f, pk)
            out.append({"path": k[0], "code": k[1], "quote": k[2], "line": f.span.line, "message": f.message})
    return out


def write(path: str | Path, reports, keep=()) -> int:
    """Record the findings of ``reports`` (and the entries ``keep``, from an earlier baseline)
    in the baseline file, replacing it atomically; returns how many findings it holds."""
    p = Path(path)
    items = [{k: v for k, v in e.items() if not (k == "count" and v == 1)} for e in keep] + entries(reports, p)
    items.sort(key=lambda e: (e["path"], e.get("line", 0), e["code"], e["quote"]))
    doc = {"version": VERSION, "tool": "draftcheck",
           "note": "Phát hiện đã chấp nhận; khớp theo tệp, mã và đoạn trích, không theo số dòng. "
                   "(Accepted findings, matched by file, code and quote, not by line.)",
           "findings": items}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        target = os.path.realpath(p)  # a symlinked baseline keeps its link
        # beside the target, then renamed over it: an interrupted run leaves the old baseline
        fd, tmp = tempfile.mkstemp(prefix=".draftcheck-baseline-", suffix=".tmp", dir=os.path.dirname(target))
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, _mode_for(target))  # mkstemp's 0600 would hide the file from the team
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as e:
        raise BaselineError(msg("baseline.cannot-write", path=p, reason=e.strerror)) from None
    return sum(e.get("count", 1) for e in items)


def _mode_for(target: str) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def update(path: str | Path, reports) -> tuple[int, int, int]:
    """Record the current findings of the files checked, keeping the entries of the other
    files as they were; returns (kept, added, removed) counted in findings."""
    old = load_entries(path)
    root = _root(path)
    checked = {_path_key(r.path, root) for r in reports}
    keep = [e for e in old if e["path"] not in checked]
    before = Counter()
    for e in old:
        if e["path"] in checked:
            before[(e["path"], e["code"], e["quote"])] += e["count"]
    now = Counter((e["path"], e["code"], e["quote"]) for e in entries(reports, path))
    write(path, reports, keep)
    kept = sum((before & now).values())
    return kept, sum((now - before).values()), sum((before - now).values())


def apply(reports, baseline: Counter, path: str | Path) -> int:
    """Move the findings recorded in ``baseline`` from ``report.findings`` to
    ``report.baselined``; returns how many were hidden."""
    return apply_counting(reports, baseline, path)[0]


def apply_counting(reports, baseline: Counter, path: str | Path) -> tuple[int, int]:
    """:func:`apply`, and how many recorded findings of the files checked matched nothing
    (stale: fixed or changed since the baseline was made). Entries of files not checked in
    this run are not stale: a pre-commit run checks only the files changed."""
    root = _root(path)
    left = Counter(baseline)
    hidden = 0
    checked = set()
    for r in reports:
        pk = _path_key(r.path, root)
        checked.add(pk)
        keep = []
        for f in r.findings:
            k = key(f, pk)
            if left[k] > 0:
                left[k] -= 1
                r.baselined.append(f)
                hidden += 1
            else:
                keep.append(f)
        r.findings = keep
    stale = sum(n for (p, _, _), n in left.items() if p in checked and n > 0)
    return hidden, stale


def grouped(entries_: list[dict]) -> list[tuple[str, str, str, int]]:
    """(path, code, quote, count) for ``baseline show``: entries alike added up, in order of
    file, then code, then quote."""
    counts: Counter = Counter()
    for e in entries_:
        counts[(e["path"], e["code"], e["quote"])] += e["count"]
    return [(p, c, q, n) for (p, c, q), n in sorted(counts.items())]
