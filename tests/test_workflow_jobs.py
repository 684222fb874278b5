"""Many files: ``--jobs N`` gives the same output, in the same order, as one process; the
progress bar never reaches a non-terminal output."""
from __future__ import annotations

import json
import subprocess
import sys

from checker.config import CliOptions, check_file, resolve

TEXTS = [
    "Huyện {i} đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n",
    "Ngày 31/02/2020 huyện {i} họp giao ban.\n",
    "Huyện {i} đã giải quyết 90 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n",
]


def make(tmp_path, n=9):
    for i in range(n):
        (tmp_path / f"f{i:02d}.md").write_text(TEXTS[i % 3].format(i=i), encoding="utf-8")
    (tmp_path / "unreadable.md").write_bytes(b"\xff\xfe\x00\xd8 bad")


def run(*args):
    return subprocess.run([sys.executable, "-m", "checker", "check", "--no-config", *map(str, args)],
                          capture_output=True, text=True)


def test_jobs_same_output_stable_order(tmp_path):
    make(tmp_path)
    one = run(tmp_path, "--format", "json")
    four = run(tmp_path, "--format", "json", "--jobs", "4")
    auto = run(tmp_path, "--format", "json", "-j", "0")
    assert one.stdout == four.stdout == auto.stdout
    assert one.returncode == four.returncode
    paths = [f["path"] for f in json.loads(four.stdout)["files"]]
    assert paths == sorted(paths) and len(paths) == 10
    codes = [[x["code"] for x in f["findings"]] for f in json.loads(four.stdout)["files"][:3]]
    assert codes == [["AR001"], ["DT001"], []]


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    make(tmp_path)
    res = run(tmp_path, "--format", "concise", "-j", "2")
    assert "━" not in res.stderr and "\r" not in res.stderr and "%" not in res.stderr


def test_check_file_is_picklable_and_detaches(tmp_path):
    import pickle

    make(tmp_path, 1)
    p = tmp_path / "f00.md"
    s = resolve(p, CliOptions(isolated=True))
    report = check_file(str(p), s, None, None, True)
    assert "_cache" not in report.document.meta
    back = pickle.loads(pickle.dumps(report))
    assert [f.code for f in back.findings] == ["AR001"]
    assert pickle.loads(pickle.dumps(check_file)) is check_file


def test_progress_bar_on_a_terminal(tmp_path):
    import os
    import pty

    make(tmp_path)
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "--no-config", str(tmp_path),
                             "--format", "json", "-j", "2"], stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    out, _ = proc.communicate(timeout=120)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert "draftcheck" in err and "10/10" in err  # the bar with its count, on standard error
    assert json.loads(out)["summary"]["files"] == 10  # standard output stays clean JSON
