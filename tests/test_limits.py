"""Input limits (issue #9): a maximum input size with a clear error (default, configurable),
a bounded uncompressed size for .docx, pathological inputs that stay linear, and peak memory.

"Linear" is a size ratio with a wide margin (tests/_adversarial.py), never a wall-clock goal;
the speed goals themselves are measured by the scripts in tests/bench/.
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from _adversarial import superlinear
from _fuzz import run_cli, valid_docx

from checker import check_text, load_ruleset
from checker.extract import InputError, build_document, read_path
from checker.extract.reader import ENV_MAX_BYTES, MAX_INPUT_BYTES, parse_size

RULES = load_ruleset()
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _restore_env(monkeypatch):
    monkeypatch.delenv(ENV_MAX_BYTES, raising=False)  # --max-bytes sets it in-process; undo after


# ----------------------------------------------------------------------------- input size
def test_default_limit_is_generous_but_finite():
    assert 1024 * 1024 <= MAX_INPUT_BYTES <= 100 * 1024 * 1024


@pytest.mark.parametrize("text,value", [("1048576", 1048576), ("500k", 512000), ("10MB", 10485760),
                                        ("1,5 MiB", 1572864), ("2g", 2 * 1024 ** 3), ("64 b", 64)])
def test_parse_size(text, value):
    assert parse_size(text) == value


@pytest.mark.parametrize("bad", ["", "zz", "-5", "0", "10 parsecs", "1e9"])
def test_parse_size_rejects(bad):
    with pytest.raises(ValueError):
        parse_size(bad)


def test_too_large_input_is_refused_with_a_clear_error(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Tổng số 10 hồ sơ.\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"quá lớn.*--max-bytes để nâng giới hạn"):
        read_path(f, max_bytes=1000)
    code, out, err = run_cli(["check", "--max-bytes", "1k", "--format", "json", str(f)])
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "tệp quá lớn" in lines[0] and "Traceback" not in err
    entry = json.loads(out)["files"][0]
    assert entry["path"].endswith("big.txt") and "tệp quá lớn" in entry["error"]


def test_max_bytes_is_configurable(tmp_path, monkeypatch):
    f = tmp_path / "d.txt"
    f.write_text("Tổng số 10 hồ sơ, gồm 4 hồ sơ và 6 hồ sơ.\n", encoding="utf-8")
    size = f.stat().st_size
    assert run_cli(["check", "--max-bytes", str(size - 1), str(f)])[0] == 2
    assert run_cli(["check", "--max-bytes", str(size), str(f)])[0] == 0
    monkeypatch.setenv(ENV_MAX_BYTES, "10")  # the environment is the default when no option is given
    with pytest.raises(InputError, match="quá lớn"):
        read_path(f)
    monkeypatch.setenv(ENV_MAX_BYTES, "nonsense")
    with pytest.raises(InputError, match=ENV_MAX_BYTES):
        read_path(f)


def test_bad_max_bytes_option_is_a_usage_error(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text("x\n", encoding="utf-8")
    code, _, err = run_cli(["check", "--max-bytes", "lots", str(f)])
    assert code == 2 and err.count("\n") == 1 and "--max-bytes" in err


def test_max_bytes_reaches_worker_processes(tmp_path):
    files = []
    for i in range(3):
        f = tmp_path / f"d{i}.txt"
        f.write_text("Tổng số 10 hồ sơ.\n" * 50, encoding="utf-8")
        files.append(str(f))
    code, _, err = run_cli(["check", "--jobs", "2", "--max-bytes", "100", *files])
    assert code == 2 and err.count("tệp quá lớn") == 3


# ----------------------------------------------------------------------------- .docx bounds


def _docx():
    try:
        from checker.extract import docx as d
    except ImportError:
        pytest.skip("the .docx reader is not there")
    return d


def test_docx_uncompressed_size_is_bounded(tmp_path):
    d = _docx()
    bomb = tmp_path / "bomb.docx"
    body = valid_docx("Tổng số 10 hồ sơ.")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        with zipfile.ZipFile(__import__("io").BytesIO(body)) as src:
            for info in src.infolist():
                z.writestr(info.filename, src.read(info.filename))
        z.writestr("word/media/zeros.bin", b"\0" * (3 * 1024 * 1024))  # compresses ~1000:1
    assert bomb.stat().st_size < 100 * 1024
    with pytest.raises(InputError):
        d.read_docx(bomb, max_uncompressed=1024 * 1024)
    assert d.MAX_UNCOMPRESSED_BYTES <= 1024 ** 3


def test_docx_small_valid_file_reads(tmp_path):
    _docx()
    f = tmp_path / "ok.docx"
    f.write_bytes(valid_docx("BÁO CÁO\nTổng số 10 hồ sơ, gồm 4 hồ sơ và 6 hồ sơ."))
    doc = read_path(f)
    assert "Tổng số 10 hồ sơ" in doc.text


# ----------------------------------------------------------------------------- pathological inputs
def _check(text):
    report = check_text(text, RULES)
    assert not report.internal_errors, report.internal_errors


PATHOLOGICAL = {
    # a single line made of ordinary sentences (no newline at all)
    "single_line": lambda n: "Tiếp nhận 1.234 hồ sơ, đã giải quyết 1.200 hồ sơ; ngày 12/3/2020 ban hành "
                             "Kế hoạch số 12/KH-UBND. " * n,
    # n numbers in one sentence
    "numbers_in_one_sentence": lambda n: "Tổng số " + ", ".join(f"{i} hồ sơ" for i in range(n)) + ".",
    # deeply nested parentheses around a breakdown
    "nested_parentheses": lambda n: "Tổng 10 hồ sơ " + "(" * n + "gồm 4 hồ sơ và 6 hồ sơ" + ")" * n + ".",
    # n headings, each with a short paragraph
    "headings": lambda n: "\n".join(f"{i % 9 + 1}. Mục {i}\nNội dung có {i} hồ sơ." for i in range(n)),
    # one long run of spaces, tabs and pipes (the block splitter and the table reader)
    "whitespace_run": lambda n: "Tổng số 10 hồ sơ" + " " * (40 * n) + "gồm 4 hồ sơ.\n" + "\t" * (40 * n),
    # one long word and one long number
    "long_token": lambda n: "a" * (40 * n) + " " + "1" * (40 * n) + " " + "1." * (20 * n),
}


SMALL = {"single_line": 12, "headings": 30}


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_pathological_inputs_stay_linear(kind):
    make = PATHOLOGICAL[kind]
    bad, t1, t2 = superlinear(_check, make, small=SMALL.get(kind, 60))
    assert not bad, f"{kind}: x16 input took {t2 / t1:.0f}x the time ({t1 * 1000:.0f} -> {t2 * 1000:.0f} ms)"


def test_one_megabyte_single_line():
    line = ("Tổng số 1.234 hồ sơ, đạt 98,5% so với cùng kỳ năm 2019 (ngày 12/3/2020, Quyết định số "
            "12/QĐ-UBND) ")
    text = line * (1_000_000 // len(line.encode("utf-8")) + 1)
    assert "\n" not in text and len(text.encode("utf-8")) >= 1_000_000
    _check(text)


def test_hundred_thousand_numbers_in_one_sentence():
    text = "Kết quả gồm " + " ".join(f"{i % 997},{i % 10} " for i in range(100_000)) + "."
    doc = build_document(text)
    from checker.extract import numbers

    assert len(numbers(doc)) >= 99_000
    _check(text)


def test_ten_thousand_headings():
    text = "\n".join(f"{'IVX'[i % 3]}. Phần {i}\n{i % 9 + 1}. Mục {i}\nCó {i} hồ sơ." for i in range(10_000))
    doc = build_document(text)
    assert sum(b.kind == "heading" for b in doc.blocks) >= 10_000
    _check(text)


def test_deeply_nested_parentheses():
    _check("Tổng 10 hồ sơ " + "(" * 50_000 + "gồm 4 hồ sơ và 6 hồ sơ" + ")" * 50_000 + ".")


# ----------------------------------------------------------------------------- memory
@pytest.mark.parametrize("megabytes,limit_mb", [
    pytest.param(2, 250, id="2MB"), pytest.param(10, 500, id="10MB")])
def test_peak_memory(tmp_path, megabytes, limit_mb):
    pytest.importorskip("resource")
    seed = ROOT / "samples"
    # a realistic draft (a complete report, numbers and dates that hold): memory is then the
    # document's, not that of a finding on every line of a defect catalogue
    base = (seed / "bao-cao-cchc-hop-le.md").read_text(encoding="utf-8")
    reps = megabytes * 1_000_000 // len(base.encode("utf-8")) + 1
    f = tmp_path / "big.txt"
    f.write_text((base + "\n\n") * reps, encoding="utf-8")
    assert f.stat().st_size >= megabytes * 1_000_000
    code = ("import resource, sys; from checker.cli import main\n"
            # the per-file time budget is lifted: this measures memory; the time of a 10 MB draft is
            # the benchmarks' (tests/bench/bench_warm.py: linear in size), not a timed test's
            "try:\n    main(['check', '--format', 'json', '--timeout', '0', '-o', sys.argv[2], sys.argv[1]])\n"
            "except SystemExit as e:\n    rc = e.code\n"
            # VmHWM is this process's own peak; ru_maxrss also carries the parent's peak across
            # exec on Linux (the pytest process that forked us), so it is only the fallback
            "import re, os\n"
            "hwm = re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()) if os.path.exists('/proc/self/status') else None\n"
            "print(rc, int(hwm.group(1)) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", code, str(f), str(tmp_path / "out.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=1800)
    rc, maxrss_kb = proc.stdout.split()[-2:]
    assert rc in ("0", "1"), proc.stderr[-2000:]
    assert int(maxrss_kb) < limit_mb * 1024, f"peak RSS {int(maxrss_kb) // 1024} MB"
