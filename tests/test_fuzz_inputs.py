"""Fuzzing the command line on files (issue #9): random bytes, random encodings (UTF-8, BOMs,
UTF-16, cp1258, NFD), random .docx zips (valid, truncated, wrong parts). Properties: the run
never crashes (no internal error, no traceback), exits only 0/1/2, an exit 2 says why in one
line, and the input file is never written."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hypothesis import given, strategies as st

from _fuzz import ENCODINGS, docx_bytes, encode, run_cli, vn_text

from checker.extract.reader import _control_share_too_high

TMP = Path(tempfile.mkdtemp(prefix="draftcheck-fuzz-"))


def _run_on(data: bytes, suffix: str, fmt: str = "json") -> tuple[int, str, str]:
    f = TMP / f"input{suffix}"
    f.write_bytes(data)
    stat = f.stat()
    before = hashlib.sha256(data).hexdigest(), stat.st_mtime_ns, stat.st_size
    code, out, err = run_cli(["check", "--format", fmt, str(f)])
    stat = f.stat()
    assert (hashlib.sha256(f.read_bytes()).hexdigest(), stat.st_mtime_ns, stat.st_size) == before, \
        "the checker wrote to its input"
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and "lỗi nội bộ" not in err and "internal error" not in err.lower(), err
    # a budget hit is a clean exit 2 for the user, but for a fuzz input of a few KB it is a hang
    assert "time budget" not in err and "memory limit" not in err, err
    if code == 2:
        msgs = [ln for ln in err.splitlines() if ln.startswith("draftcheck:")]
        assert msgs, f"exit 2 without a reason: {err!r}"
    return code, out, err


@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".docx"]))
def test_random_bytes(data, suffix):
    _run_on(data, suffix)


@given(vn_text(max_blocks=15), st.sampled_from(ENCODINGS), st.sampled_from([".txt", ".md"]))
def test_random_encodings(text, enc, suffix):
    code, out, err = _run_on(encode(text, enc), suffix)
    # Unicode with or without BOM is always readable, unless it is no text: nothing but blanks, a
    # NUL, or control characters no text holds (more than 1 in 50: "not a text document")
    if enc in ("utf-8", "utf-8-sig", "nfd", "utf-16") and "\x00" not in text and text.strip() \
            and not _control_share_too_high(text):
        assert code in (0, 1), err


@given(docx_bytes())
def test_random_docx(data):
    _run_on(data, ".docx")


@given(vn_text(max_blocks=8), st.sampled_from(["concise", "json", "full"]))
def test_every_format_on_text(text, fmt):
    _run_on(text.encode("utf-8"), ".md", fmt)


def test_input_is_not_writable_either_way(tmp_path):
    # a read-only file is checked like any other (the checker only ever opens for reading)
    f = tmp_path / "ro.md"
    f.write_text("Tổng số 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n", encoding="utf-8")
    os.chmod(f, 0o444)
    code, _, err = run_cli(["check", str(f)])
    assert code in (0, 1), err
