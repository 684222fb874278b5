"""Batch audit of a folder tree of drafts on Dask (issue #9, "beyond one machine").

Each draft is checked by :func:`audit_one`, a pure, picklable top-level function: it reads
the file (never writes it), runs the built-in rule set and returns a JSON-ready dict in the
``--format json`` shape of one file (plus ``error`` when the file cannot be read). Dask only
maps it over the paths and gathers the results; there is no scheduler of our own.

Run on this machine (a local cluster of processes)::

    pip install 'draftcheck-vn[dask]'
    python examples/dask_audit.py DRAFTS_DIR --out audit.json

Run the same code on a real cluster: start ``dask scheduler`` and ``dask worker`` on the
machines (each with draftcheck installed and the folder mounted at the same path), then::

    python examples/dask_audit.py /shared/drafts --scheduler tcp://SCHEDULER:8786 --out audit.json

The summary table (one line a file: errors, warnings, infos, and a total line) is printed
on standard output; the full results go to ``--out`` as JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SUFFIXES = {".txt", ".md", ".markdown", ".text", ".docx"}


def discover(root: str | Path) -> list[str]:
    """Every draft under ``root`` (hidden folders left out), sorted."""
    root = Path(root)
    if root.is_file():
        return [str(root)]
    return sorted(str(p) for p in root.rglob("*")
                  if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def audit_one(path: str, lang: str = "vi") -> dict:
    """Check one draft. Pure (same file, same result; no side effect) and picklable."""
    from checker import Options, check_path
    from checker.extract import InputError
    from checker.reporters.json_format import finding_dict

    try:
        report = check_path(path, options=Options(lang=lang))
    except InputError as e:
        return {"path": path, "findings": [], "error": str(e)}
    entry = {"path": path, "findings": [finding_dict(f) for f in report.findings]}
    if report.internal_errors:
        entry["error"] = "; ".join(report.internal_errors)
    return entry


def summarize(results: list[dict]) -> dict:
    """Counts a severity, a category and a code over all files."""
    out = {"files": len(results), "unreadable": 0, "findings": 0,
           "by_severity": {"error": 0, "warning": 0, "info": 0}, "by_category": {}, "by_code": {}}
    for r in results:
        out["unreadable"] += bool(r.get("error"))
        for f in r["findings"]:
            out["findings"] += 1
            out["by_severity"][f["severity"]] = out["by_severity"].get(f["severity"], 0) + 1
            out["by_category"][f["category"]] = out["by_category"].get(f["category"], 0) + 1
            out["by_code"][f["code"]] = out["by_code"].get(f["code"], 0) + 1
    return out


def table(results: list[dict]) -> str:
    """A plain-text summary table: one row a file, then the totals."""
    rows = []
    for r in results:
        sev = [sum(f["severity"] == s for f in r["findings"]) for s in ("error", "warning", "info")]
        rows.append((r["path"], *sev, "unreadable" if r.get("error") else ""))
    width = max([len("file")] + [len(r[0]) for r in rows])
    lines = [f"{'file':<{width}}  {'errors':>6}  {'warnings':>8}  {'infos':>5}  note"]
    for path, e, w, i, note in rows:
        lines.append(f"{path:<{width}}  {e:>6}  {w:>8}  {i:>5}  {note}".rstrip())
    tot = [sum(r[k] for r in rows) for k in (1, 2, 3)]
    lines.append(f"{'total (' + str(len(rows)) + ' files)':<{width}}  {tot[0]:>6}  {tot[1]:>8}  {tot[2]:>5}")
    return "\n".join(lines)


def audit(paths: list[str], client=None, partitions: int | None = None, lang: str = "vi") -> list[dict]:
    """Check ``paths`` with dask.bag on ``client`` (a ``distributed.Client``; None: the current
    default scheduler). Results come back in the order of ``paths``."""
    import dask.bag as db

    if not paths:
        return []
    nparts = partitions or max(1, min(len(paths), 4 * _workers(client)))
    bag = db.from_sequence(paths, npartitions=nparts).map(audit_one, lang=lang)
    return bag.compute() if client is None else client.compute(bag).result()


def _workers(client) -> int:
    if client is None:
        return 1
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001 - only a hint for the partition count
        return 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", help="a folder tree of drafts (or one file)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="processes of the local cluster (default 2)")
    ap.add_argument("--out", help="write the JSON results here")
    ap.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = ap.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    paths = discover(args.root)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        results = audit(paths, client, lang=args.lang)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    doc = {"version": 1, "files": results, "summary": summarize(results)}
    if args.out:
        Path(args.out).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    return 1 if any(f["severity"] == "error" for r in results for f in r["findings"]) else 0


if __name__ == "__main__":
    sys.exit(main())
