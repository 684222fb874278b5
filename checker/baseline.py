"""``--baseline FILE``: accept the findings of today, report only new ones.

When FILE does not exist it is written with the current findings (and they are hidden);
when it exists, a finding recorded in it is not reported. Matching is by file, rule code
and the quoted text (whitespace-normalised), never by line number, so an edit above a
finding does not break the match; a recorded entry hides at most as many findings as it
was recorded for. Paths are stored relative to the baseline file's folder.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

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


def key(f, path_key: str) -> tuple[str, str, str]:
    """What identifies a finding across edits: file, code, and its quote (or its message when
    it quotes nothing, as document-level findings do)."""
    return (path_key, f.code, _norm(f.excerpt) or _norm(f.message))


def load(path: str | Path) -> Counter:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise BaselineError(f"{p}: không đọc được baseline ({e})") from None
    except json.JSONDecodeError as e:
        raise BaselineError(f"{p}: baseline không phải JSON hợp lệ (invalid JSON): {e}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{p}: không phải baseline của draftcheck (expected version {VERSION} with a findings list)")
    out: Counter = Counter()
    for i, item in enumerate(data["findings"]):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("path", "code", "quote")):
            raise BaselineError(f"{p}: findings[{i}]: cần path, code, quote (need path, code, quote)")
        out[(item["path"], item["code"], _norm(item["quote"]))] += int(item.get("count", 1))
    return out


def write(path: str | Path, reports) -> int:
    """Record the findings of ``reports`` in a new baseline file; returns how many."""
    p = Path(path)
    root = p.resolve().parent
    entries = []
    for r in reports:
        pk = _path_key(r.path, root)
        for f in r.findings:
            k = key(f, pk)
            entries.append({"path": k[0], "code": k[1], "quote": k[2], "line": f.span.line,
                            "message": f.message})
    entries.sort(key=lambda e: (e["path"], e["line"], e["code"], e["quote"]))
    doc = {"version": VERSION, "tool": "draftcheck",
           "note": "Phát hiện đã chấp nhận; khớp theo tệp, mã và đoạn trích, không theo số dòng. "
                   "(Accepted findings, matched by file, code and quote, not by line.)",
           "findings": entries}
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        raise BaselineError(f"{p}: không ghi được baseline ({e.strerror})") from None
    return len(entries)


def apply(reports, baseline: Counter, path: str | Path) -> int:
    """Move the findings recorded in ``baseline`` from ``report.findings`` to
    ``report.baselined``; returns how many were hidden."""
    root = Path(path).resolve().parent
    left = Counter(baseline)
    hidden = 0
    for r in reports:
        pk = _path_key(r.path, root)
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
    return hidden
