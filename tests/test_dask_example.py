"""The Dask batch example (examples/dask_audit.py) on a local cluster: the per-document call is
pure and picklable, and a folder-tree audit gives the same results as checking one by one."""
from __future__ import annotations

import hashlib
import sys
import json
import pickle
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _example():
    if str(ROOT / "examples") not in sys.path:
        sys.path.insert(0, str(ROOT / "examples"))  # importable by name: pickled by reference
    import dask_audit

    return dask_audit


@pytest.fixture
def tree(tmp_path):
    """A folder tree: the samples in two sub-folders, an unreadable file and a hidden folder."""
    srcs = sorted(SAMPLES.glob("*.md"))[:4] or pytest.skip("no samples")
    for i, src in enumerate(srcs):
        d = tmp_path / ("a" if i % 2 else "b") / "sub"
        d.mkdir(parents=True, exist_ok=True)
        (d / src.name).write_bytes(src.read_bytes())
    (tmp_path / "a" / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.md").write_text("Tổng 10 hồ sơ, gồm 1 hồ sơ.", encoding="utf-8")
    return tmp_path


def _digest(paths):
    return {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths}


def test_audit_one_is_pure_and_picklable(tree):
    ex = _example()
    path = next(p for p in ex.discover(tree) if p.endswith(".md"))
    fn = pickle.loads(pickle.dumps(ex.audit_one))
    before = _digest([path])
    first, second = fn(path), ex.audit_one(path)
    assert first == second and _digest([path]) == before
    assert json.loads(json.dumps(first, ensure_ascii=False)) == first  # JSON-ready


def test_library_check_path_is_picklable(tree):
    from checker import check_path

    ex = _example()
    path = next(p for p in ex.discover(tree) if p.endswith(".md"))
    fn = pickle.loads(pickle.dumps(check_path))
    report = fn(path)
    again = pickle.loads(pickle.dumps(report))
    assert [(f.code, f.span) for f in again.findings] == [(f.code, f.span) for f in report.findings]


def test_dask_bag_on_a_local_cluster_matches_one_by_one(tree, tmp_path_factory):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    ex = _example()
    paths = ex.discover(tree)
    assert len(paths) == len(list(SAMPLES.glob("*.md"))[:4]) + 1 and not any(".hidden" in p for p in paths)
    before = _digest(paths)
    expected = [ex.audit_one(p) for p in paths]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    try:
        with distributed.Client(cluster) as client:
            results = ex.audit(paths, client)
    finally:
        cluster.close()
    assert results == expected
    assert _digest(paths) == before  # never writes to its input
    summary = ex.summarize(results)
    assert summary["files"] == len(paths) and summary["unreadable"] == 1
    assert summary["findings"] == sum(len(r["findings"]) for r in results)
    text = ex.table(results)
    assert text.splitlines()[-1].startswith(f"total ({len(paths)} files)")
    assert "unreadable" in text


def test_command_line_writes_json_and_table(tree, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    ex = _example()
    out = tmp_path / "audit.json"
    rc = ex.main([str(tree), "--workers", "1", "--out", str(out)])
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert rc in (0, 1) and doc["summary"]["files"] == len(doc["files"]) == len(ex.discover(tree))
    assert "total (" in capsys.readouterr().out
