"""Suppression directives: what they hide, the reasons they carry, and the CK100/CK101 findings."""
from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from checker import check_text, load_ruleset
from checker.cli import cli
from checker.engine import Options
from checker.extract import build_document
from checker.engine import run
from checker.suppress import parse

RULES = load_ruleset()
KNOWN = Options(known_codes=frozenset(r.code for r in RULES.rules))
BAD = "Huyện A đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện."
GOOD = "Huyện A đã giải quyết 90 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện."


def found(report):
    return {(f.span.line, f.code) for f in report.findings}


def test_unsuppressed_baseline_fires():
    assert found(check_text(BAD)) == {(1, "AR001")}


def test_next_line_suppresses_and_records_reason():
    r = check_text(f"<!-- draftcheck-disable-next-line AR001 -- đã đối chiếu phụ lục -->\n{BAD}\n{BAD}\n", options=KNOWN)
    assert found(r) == {(3, "AR001")}
    assert [(f.span.line, f.code) for f in r.suppressed] == [(2, "AR001")]
    by = r.suppressed[0].data["suppressed_by"]
    assert by["reason"] == "đã đối chiếu phụ lục" and by["line"] == 1


def test_next_line_skips_blank_and_comment_lines():
    text = f"<!-- draftcheck-disable-next-line AR001 -- lý do -->\n\n<!-- ghi chú khác -->\n{BAD}\n"
    r = check_text(text, options=KNOWN)
    assert not r.findings and len(r.suppressed) == 1


def test_block_disable_enable_by_prefix_and_name():
    text = (f"<!-- draftcheck-disable AR -- trích nguyên văn -->\n{BAD}\n<!-- draftcheck-enable AR -->\n{BAD}\n"
            f"<!-- draftcheck-disable total-mismatch -- theo tên quy tắc -->\n{BAD}\n")
    r = check_text(text, options=KNOWN)
    assert found(r) == {(4, "AR001")}
    assert sorted(f.span.line for f in r.suppressed) == [2, 6]


def test_multi_code_enable_closes_only_named_code():
    text = (f"<!-- draftcheck-disable AR001, DT001 -- lý do -->\n{BAD}\n<!-- draftcheck-enable DT001 -->\n{BAD}\n"
            "Ngày 31/02/2020 đã họp.\n")
    r = check_text(text, options=KNOWN)
    codes = {(f.span.line, f.code) for f in r.findings}
    assert (5, "DT001") in codes  # DT001 re-enabled
    assert not any(c == "AR001" for _, c in codes)  # AR001 still off through the end
    # DT001 suppressed nothing while it was off: reported as unused
    assert (1, "CK100") in codes


def test_disable_line_inline_comment():
    r = check_text(f"{BAD} <!-- draftcheck-disable-line AR001 -- lý do -->\n{BAD}\n", options=KNOWN)
    assert found(r) == {(2, "AR001")}


def test_disable_file_covers_document_level_findings():
    text = "BÁO CÁO\nKết quả công tác tháng 5 năm 2024\n\nNội dung.\n"
    plain = check_text(text)
    doc_level = {f.code for f in plain.findings if f.span.line == 1 and not f.excerpt}
    assert doc_level, "the fixture must have a document-level finding"
    code = sorted(doc_level)[0]
    r = check_text(f"<!-- draftcheck-disable-file {code} -- mẫu rút gọn -->\n" + text, options=KNOWN)
    assert code not in {f.code for f in r.findings if not f.excerpt}
    assert any(f.code == code for f in r.suppressed)


def test_block_disable_does_not_hide_document_level_findings():
    text = "BÁO CÁO\nKết quả công tác tháng 5 năm 2024\n\nNội dung.\n"
    plain = {f.code for f in check_text(text).findings if not f.excerpt}
    r = check_text("<!-- draftcheck-disable -- thử -->\n" + text, options=KNOWN)
    assert plain <= {f.code for f in r.findings}


def test_missing_reason_is_a_finding_but_still_suppresses():
    r = check_text(f"<!-- draftcheck-disable-next-line AR001 -->\n{BAD}\n", options=KNOWN)
    assert found(r) == {(1, "CK101")}
    assert len(r.suppressed) == 1


def test_reason_written_without_separator_is_malformed():
    r = check_text(f"<!-- draftcheck-disable-next-line AR001 lý do -->\n{BAD}\n", options=KNOWN)
    assert (1, "CK101") in found(r)


def test_dash_separators_accepted():
    for sep in ("--", "—", "–"):
        r = check_text(f"<!-- draftcheck-disable-next-line AR001 {sep} có lý do -->\n{BAD}\n", options=KNOWN)
        assert found(r) == set(), sep


def test_unused_suppression_and_unknown_code_and_stray_enable():
    text = (f"<!-- draftcheck-disable-next-line AR001 -- lý do -->\n{GOOD}\n"
            f"<!-- draftcheck-disable-next-line ZZ123 -- lý do -->\n{BAD}\n"
            "<!-- draftcheck-enable DT001 -->\n")
    r = check_text(text, options=KNOWN)
    assert found(r) == {(1, "CK100"), (3, "CK100"), (4, "AR001"), (4, "AR039"), (5, "CK100")}
    msgs = {f.span.line: f.message for f in r.findings if f.code == "CK100"}
    assert "ZZ123" in msgs[3]


def test_rules_not_run_are_not_judged():
    sel = RULES.select(["DT"])
    r = run(build_document(f"<!-- draftcheck-disable-next-line AR001 -- lý do -->\n{GOOD}\n"), sel, KNOWN)
    assert not r.findings  # AR001 did not run: its suppression cannot be called unused
    r = run(build_document(f"<!-- draftcheck-disable-next-line AR001 -- lý do -->\n{GOOD}\n"), RULES, KNOWN)
    assert found(r) == {(1, "CK100")}


def test_meta_findings_cannot_be_suppressed_inline():
    text = f"<!-- draftcheck-disable -- tắt hết -->\n<!-- draftcheck-disable-next-line AR001 -->\n{BAD}\n"
    r = check_text(text, options=KNOWN)
    assert (2, "CK101") in found(r)


def test_ck_rules_selectable_and_ignorable():
    text = f"<!-- draftcheck-disable-next-line AR001 -->\n{GOOD}\n"
    assert found(run(build_document(text), RULES, KNOWN)) == {(1, "CK100"), (1, "CK101")}
    assert found(run(build_document(text), RULES.select(None, ["CK100"]), KNOWN)) == {(1, "CK101")}
    assert found(run(build_document(text), RULES.select(None, ["CK"]), KNOWN)) == set()


def test_word_comments_from_docx_meta():
    text = f"Mở đầu.\n{BAD}\n{BAD}\n"
    start = text.index(BAD)
    doc = build_document(text, "x.docx", {"format": "docx", "comments": [
        {"text": "draftcheck-disable AR001 -- số liệu của Sở, giữ nguyên", "start": start, "end": start + len(BAD)}]})
    r = run(doc, RULES, KNOWN)
    assert found(r) == {(3, "AR001")}
    assert r.suppressed[0].data["suppressed_by"]["origin"] == "word"
    doc = build_document(text, "x.docx", {"comments": [{"text": "draftcheck-disable-next-line AR001", "start": 0, "end": 5}]})
    r = run(doc, RULES, KNOWN)
    assert found(r) == {(1, "CK101"), (3, "AR001")}


def test_parse_codes_and_reason():
    doc = build_document("<!-- draftcheck-disable ar001, DT001;ST -- lý do: số liệu -- cũ -->\n")
    (s,) = parse(doc)
    assert s.codes == ("AR001", "DT001", "ST") and s.reason == "lý do: số liệu -- cũ"


def test_suppressed_in_every_format():
    runner = CliRunner()
    from pathlib import Path
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.md"
        p.write_text(f"<!-- draftcheck-disable-next-line AR001 -- đối chiếu phụ lục 3 -->\n{BAD}\n", encoding="utf-8")
        outs = {}
        for fmt in ("full", "concise", "json", "sarif", "github", "junit", "html"):
            res = runner.invoke(cli, ["check", str(p), "--format", fmt, "--no-config"])
            assert res.exit_code == 0, (fmt, res.stdout, res.stderr)
            outs[fmt] = res.stdout
        for fmt, out in outs.items():
            assert "đối chiếu phụ lục 3" in out, fmt
        assert json.loads(outs["json"])["summary"]["suppressed"] == 1
        sarif = json.loads(outs["sarif"])
        (res_,) = sarif["runs"][0]["results"]
        assert res_["suppressions"][0]["kind"] == "inSource"
        assert 'skipped="1"' in outs["junit"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<!->draftcheck-disableNnxt AR001 —lý do\n")), max_size=120))
def test_parse_never_crashes(text):
    doc = build_document(text)
    parse(doc)
    run(doc, RULES, KNOWN)


def _docx_with_comments(path, paragraphs, comments):
    docx = __import__("pytest").importorskip("docx")
    d = docx.Document()
    if not hasattr(d, "add_comment"):
        __import__("pytest").skip("python-docx without comment support")
    paras = [d.add_paragraph(t) for t in paragraphs]
    for index, text in comments:
        d.add_comment(paras[index].runs, text=text, author="Người rà soát")
    d.save(path)
    return path


def test_word_comment_in_real_docx(tmp_path):
    from checker import check_path

    texts = [BAD, BAD.replace("Huyện A", "Huyện B"), BAD.replace("Huyện A", "Huyện C"), "Kết thúc."]
    p = _docx_with_comments(tmp_path / "d.docx", texts, [
        (1, "draftcheck-disable AR001 -- số liệu của Sở Tài chính, giữ nguyên"),
        (2, "Xem lại câu này."),  # an ordinary comment: ignored
        (3, "draftcheck-disable-line DT001"),  # no reason, and nothing to suppress
    ])
    r = check_path(str(p), options=KNOWN)
    lines = {f.span.line for f in r.findings if f.code == "AR001"}
    assert len(lines) == 2 and len(r.suppressed) == 1
    assert r.suppressed[0].data["suppressed_by"]["reason"] == "số liệu của Sở Tài chính, giữ nguyên"
    assert r.suppressed[0].span.line not in lines
    assert {f.code for f in r.findings} == {"AR001", "CK100", "CK101"}


def test_word_comment_on_repeated_text_anchors_to_its_own_paragraph(tmp_path):
    from checker import check_path

    p = _docx_with_comments(tmp_path / "d.docx", [BAD, BAD], [(1, "draftcheck-disable-line AR001 -- lý do")])
    r = check_path(str(p), options=KNOWN)
    assert [(f.span.line, f.code) for f in r.findings] == [(1, "AR001")]
    assert [f.span.line for f in r.suppressed] == [3]
