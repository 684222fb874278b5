"""The engine as a library: pure, and a crashing kind is loud (internal-error finding, exit 2)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker import check_text, load_ruleset
from checker.cli import main
from checker.kinds import KINDS, Kind, register


@pytest.fixture
def boom_rules(tmp_path):
    @register("boom_test_kind")
    class Boom(Kind):
        """## What it does\nRaises.\n## Why\nTest.\n## Example\nNone."""

        @dataclass(frozen=True)
        class Params:
            pass

        def check(self, doc, ctx):
            raise RuntimeError("kaboom")

    d = tmp_path / "rules"
    d.mkdir()
    (d / "ZZ001-boom.toml").write_text('''code = "ZZ001"
name = "boom"
category = "style"
severity = "info"
kind = "boom_test_kind"
description = """
## What it does
x
## Why
y
## Example
z
"""
[message]
vi = "a"
en = "b"
[tests]
fire = ["x"]
silent = ["y"]
''', encoding="utf-8")
    yield d
    KINDS.pop("boom_test_kind", None)


def test_crashing_kind_is_an_internal_error(boom_rules, tmp_path, capsys):
    rs = load_ruleset(boom_rules)
    report = check_text("Có 5 hồ sơ.", rs)
    assert report.internal_errors and "kaboom" in report.internal_errors[0]
    assert report.findings[0].code == "CK000"
    draft = tmp_path / "d.txt"
    draft.write_text("Có 5 hồ sơ.", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["check", "--rules", str(boom_rules), str(draft)])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "kaboom" in err and "Traceback" not in err


def test_check_text_is_a_pure_library_call():
    r1 = check_text("Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.")
    r2 = check_text("Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.")
    assert [(f.code, f.span) for f in r1.findings] == [(f.code, f.span) for f in r2.findings]
    assert any(f.code == "AR001" for f in r1.findings)


WORDS = ["Tổng số", "hồ sơ", "trong đó", "gồm", "cụ thể:", "đạt", "chiếm", "tỷ lệ", "tăng", "giảm", "so với",
         "ngày", "tháng", "năm", "quý I/2020", "thứ Hai", "Nghị định số", "Kế hoạch", "/KH-UBND", "/2020/NĐ-CP",
         "(", ")", ";", ",", ".", ":", "%", "-", "\n", "\n\n", "\t", "I.", "1.", "a)", "đ)", "BÁO CÁO",
         "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "tỷ đồng", "nghìn tỷ", "Tổng cộng", "hơn", "gần", "khoảng"]
NUMS = st.one_of(st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", ".")),
                 st.integers(0, 9999).map(str),
                 st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]:02d}"),
                 st.tuples(st.integers(1, 35), st.integers(1, 14), st.integers(1990, 2030)).map(
                     lambda t: f"{t[0]}/{t[1]}/{t[2]}"))
TOKENS = st.lists(st.one_of(st.sampled_from(WORDS), NUMS, st.text(max_size=6)), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TOKENS)
def test_random_report_like_text_never_crashes(tokens):
    report = check_text(" ".join(tokens))
    assert not report.internal_errors, report.internal_errors
    for f in report.findings:
        assert f.span.line >= 1 and f.span.column >= 1
        assert f.severity in ("error", "warning", "info")


def test_one_relation_is_reported_once_with_the_stronger_verdict():
    from checker import check_text

    # AR002 (the parts after "trong đó" fall short, info) and AR010 (on time + late must make
    # the resolved files, error) judge the same parts and the same sum: the error alone is shown
    text = ("Đã giải quyết 27.000 hồ sơ; trong đó, trả trước hạn 22.357 hồ sơ; đúng hạn 3.523 hồ sơ; "
            "trả quá hạn 267 hồ sơ.")
    assert [(f.code, f.severity) for f in check_text(text).findings] == [("AR010", "error")]
    # a partial list that falls short with no identity behind it is still information
    assert [f.code for f in check_text("Tổng số 40 hồ sơ, trong đó 12 hồ sơ và 10 hồ sơ.").findings] == ["AR002"]
