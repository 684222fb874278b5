"""Cold start: ``draftcheck check`` on the reference draft vs textlint 15 with
textlint-rule-date-weekday-mismatch and textlint-rule-prh, run pair by pair.

    python tests/bench/bench_cold.py [--runs 15] [--keep DIR]

textlint is installed with npm into a temporary folder (needs node and npm). Goal: draftcheck
≤ 0.5× textlint's time. Also prints ``python -X importtime`` top imports of the CLI.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, machine, med, reference_draft, timed

PRH_YML = """version: 1
rules:
  - expected: Ủy ban nhân dân
    pattern: Uỷ ban nhân dân
  - expected: thủ tục hành chính
    pattern: thủ tục hành chánh
"""


def install_textlint(folder: Path) -> Path:
    subprocess.run(["npm", "init", "-y"], cwd=folder, check=True, capture_output=True)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "textlint@15",
                    "textlint-rule-date-weekday-mismatch", "textlint-rule-prh"], cwd=folder, check=True,
                   capture_output=True)
    (folder / "prh.yml").write_text(PRH_YML, encoding="utf-8")
    (folder / ".textlintrc.json").write_text(json.dumps(
        {"rules": {"date-weekday-mismatch": True, "prh": {"rulePaths": [str(folder / "prh.yml")]}}}),
        encoding="utf-8")
    return folder / "node_modules" / ".bin" / "textlint"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--keep", help="install textlint here (kept) instead of a temporary folder")
    args = ap.parse_args()
    draft = reference_draft()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="textlint-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    textlint = folder / "node_modules" / ".bin" / "textlint"
    if not textlint.exists():
        textlint = install_textlint(folder)
    version = subprocess.run([str(textlint), "--version"], capture_output=True, text=True).stdout.strip()
    # textlint reads .txt with its built-in text plugin; give it a copy with the same bytes
    copy = folder / ("draft" + draft.suffix)
    shutil.copyfile(draft, copy)
    dc = [sys.executable, "-m", "checker", "check", "--format", "concise", str(draft)]
    # the console script installed beside this interpreter, as a user runs it (not a pyenv or
    # asdf shim found first on PATH, which adds its own start-up)
    beside = Path(sys.executable).with_name("draftcheck")
    dc_script = str(beside) if beside.exists() else shutil.which("draftcheck")
    if dc_script:
        dc = [dc_script, "check", "--format", "concise", str(draft)]
    # bytecode as after ``pip install`` (which compiles it): a PYTHONDONTWRITEBYTECODE=1
    # environment would make every run compile the package from source
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    tl = [str(textlint), "--config", str(folder / ".textlintrc.json"), str(copy)]
    for cmd in (dc, tl):  # warm the disk cache, check both run
        _, p = timed(cmd, cwd=folder, env=env)
        assert p.returncode in (0, 1), (cmd, p.stderr[-500:])
    dct, tlt, ratios = [], [], []
    for _ in range(args.runs):
        a, _ = timed(dc, cwd=ROOT, env=env)
        b, _ = timed(tl, cwd=folder, env=env)
        dct.append(a)
        tlt.append(b)
        ratios.append(a / b)
    print(f"machine: {machine()}; textlint {version}; node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}")
    print(f"draft: {draft.name} ({draft.stat().st_size:,} bytes), {args.runs} pairs")
    print(f"draftcheck: {' '.join(dc[:2])}")
    print(f"draftcheck check (cold): median {med(dct) * 1000:.0f} ms (min {min(dct) * 1000:.0f})")
    print(f"textlint (cold):         median {med(tlt) * 1000:.0f} ms (min {min(tlt) * 1000:.0f})")
    print(f"ratio draftcheck/textlint, pair by pair: median {med(ratios):.2f} (min {min(ratios):.2f}, "
          f"max {max(ratios):.2f}); goal <= 0.5")
    imp = subprocess.run([sys.executable, "-X", "importtime", "-m", "checker", "check", "--format", "concise",
                          str(draft)], capture_output=True, text=True, cwd=ROOT).stderr
    rows = []
    for line in imp.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line.split("|")
            try:
                rows.append((int(parts[1]), parts[2].rstrip()))
            except ValueError:
                pass
    print("top cumulative imports (µs):")
    for us, name in sorted(rows, reverse=True)[:12]:
        print(f"  {us:>8} {name}")


if __name__ == "__main__":
    main()
