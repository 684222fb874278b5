"""Every hostile reproducer of ../shared/hostile (issue 13), run as a user would, one process
each: wall time, peak RSS, exit code and the first line of stderr, against the goal (< 2 s,
<= 200 MB, a clear per-file message where refused, never an internal error). Also the cases
the README there describes as commands: a symlink to /dev/zero, a FIFO, ``-o`` onto the
input, a folder with a symlink to /etc/passwd, a batch that holds a hostile file.

    python tests/bench/bench_hostile.py [--hostile DIR]

Exit status 1 when any case misses the goal.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, machine

GOAL_SECONDS = 2.0
GOAL_RSS_MB = 200


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hostile", default=str(ROOT.parent / "shared" / "hostile"))
    args = ap.parse_args()
    hostile = Path(args.hostile)
    work = Path(tempfile.mkdtemp(prefix="draftcheck-hostile-"))
    cases: list[tuple[str, list[str], Path | None]] = []
    if hostile.is_dir():
        for f in sorted(hostile.iterdir()):
            if f.is_file() and f.suffix in (".txt", ".docx") and f.name != "README.txt":
                cases.append((f.name, ["check", str(f), "--format", "concise"], None))
            elif f.is_dir():
                copy = work / f.name
                shutil.copytree(f, copy)
                cases.append((f.name + "/", ["check", ".", "--format", "concise"], copy))
        cases.append(("batch: every reproducer at once", ["check", *[str(f) for f in sorted(hostile.iterdir())
                                                                  if f.suffix in (".txt", ".docx")
                                                                  and f.name != "README.txt"],
                                                        "--format", "concise"], None))
    else:
        print(f"({hostile} not found: only the command cases run)")
    (work / "zero.txt").symlink_to("/dev/zero")
    cases.append(("symlink to /dev/zero", ["check", "zero.txt"], work))
    os.mkfifo(work / "fifo.txt")
    cases.append(("FIFO", ["check", "fifo.txt"], work))
    draft = work / "in.md"
    draft.write_text("Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n", encoding="utf-8")
    cases.append(("-o onto the input", ["check", "in.md", "-o", "in.md"], work))
    (work / "link.md").symlink_to(draft)
    cases.append(("-o onto the input through a symlink", ["check", "in.md", "-o", "link.md"], work))
    leak = work / "leak"
    leak.mkdir()
    (leak / "x.txt").symlink_to("/etc/passwd")
    (leak / "ok.md").write_text(draft.read_text(encoding="utf-8"), encoding="utf-8")
    cases.append(("folder with a symlink to /etc/passwd", ["check", "leak", "--format", "html", "-o", "r.html"], work))

    print(f"machine: {machine()}")
    print(f"{'case':<52} {'s':>6} {'MB':>6} {'rc':>3}  stderr (first line)")
    misses = 0
    for name, argv, cwd in cases:
        # one fresh interpreter per case measures the case alone: ru_maxrss of children is a maximum
        probe = [sys.executable, "-c",
                 "import resource,subprocess,sys,time;t=time.perf_counter();"
                 "p=subprocess.run(sys.argv[1:],capture_output=True,text=True,stdin=subprocess.DEVNULL,timeout=60);"
                 "print(time.perf_counter()-t);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
                 "print(p.returncode);print((p.stderr.strip().splitlines() or [''])[0])",
                 sys.executable, "-m", "checker", *argv]
        try:
            out = subprocess.run(probe, capture_output=True, text=True, timeout=90, cwd=cwd or ROOT).stdout
            secs, rss, rc, first = out.split("\n", 3)
            secs, mb, rc, first = float(secs), int(rss) / 1024, int(rc), first.strip()
        except (subprocess.TimeoutExpired, ValueError):
            secs, mb, rc, first = 90.0, 0.0, -1, "TIMEOUT"
        bad = secs >= GOAL_SECONDS or mb > GOAL_RSS_MB or rc not in (0, 1, 2) or "lỗi nội bộ" in first \
            or "Traceback" in first
        if name.startswith("batch"):
            bad = bad and not (secs < GOAL_SECONDS * len(argv) and mb <= GOAL_RSS_MB)
        misses += bad
        print(f"{name:<52} {secs:6.2f} {mb:6.0f} {rc:>3}  {'MISS ' if bad else ''}{first[:110]}")
    if (work / "r.html").exists():
        leaked = "root:" in (work / "r.html").read_text(encoding="utf-8")
        print(f"/etc/passwd in the HTML report: {'YES (MISS)' if leaked else 'no'}")
        misses += leaked
    print(f"draft intact after -o onto it: {draft.read_text(encoding='utf-8').startswith('Tổng 10')}")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(cases)} cases, {misses} missed the goal (< {GOAL_SECONDS:g} s, <= {GOAL_RSS_MB} MB, clear message)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
