"""Vietnamese throughout, English when asked (--lang en, DRAFTCHECK_LANG=en): help texts of
every command and option, click's own messages, explain, rules, the reviewed copy; the message
catalogue (checker/locale/cli.toml) and the rule files' own [title]/[summary] have both
languages. Also the honest diagnoses of what is not a text document."""
from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from checker import load_ruleset
from checker.cli import _catalogue, cli

CATALOGUE = Path(__file__).resolve().parent.parent / "checker" / "locale" / "cli.toml"
# English words a Vietnamese help text has no reason to contain (option names, metavars, choice
# lists and quoted commands are cut out first)
ENGLISH = re.compile(r"\b(the|and|of|to|is|for|with|this|from|files?|rules?|show|print|only|when|list|check|"
                     r"usage|options|commands|message|exit|default|write|read|output|findings?|error)\b", re.I)


def _commands(group=cli, path=()):
    yield path, group
    if isinstance(group, click.Group):
        for name, sub in sorted(group.commands.items()):
            yield from _commands(sub, path + (name,))


def _invoke(args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


def _prose(text: str) -> str:
    """Help output without what is not prose: option names, metavar-like capitals, choice lists,
    quoted commands and paths, file suffixes."""
    text = re.sub(r"^  [\w-]+(?=  )", " ", text, flags=re.M)  # a group's command names
    text = re.sub(r"^Cách dùng: [\w -]+?(?= \[)", " ", text, flags=re.M)  # the command's own path
    text = re.sub(r"mặc định: \w+", " ", text)  # a default value is a choice's own word
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)
    text = re.sub(r"\[[a-z|,-]+\]", " ", text)
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)
    text = re.sub(r"\.[a-z]{2,4}\b|\$\w+|\[\[?[\w.]+\]?\]", " ", text)
    text = re.sub(r"(?<![\w.])/[\w/{}.-]*", " ", text)  # a URL path (draftcheck serve: POST /v1/check)
    return text


def test_catalogue_has_vietnamese_for_every_help_text():
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["vi"]
    assert all(isinstance(v, str) and v.strip() for v in data.values())
    missing = []
    for path, cmd in _commands():
        texts = [cmd.help] + [getattr(p, "help", None) for p in cmd.params]
        for text in filter(None, texts):
            if " ".join(text.split()) not in _catalogue():
                missing.append((" ".join(path), text))
        for p in cmd.params:
            if isinstance(p, click.Option) and not p.hidden and not getattr(p, "help", None):
                missing.append((" ".join(path), f"{p.opts[0]}: no help"))
    assert not missing, missing


def test_every_rule_has_a_title_and_summary_in_both_languages():
    for rule in load_ruleset().rules:
        for lang in ("vi", "en"):
            assert rule.title.get(lang) and rule.summary_text.get(lang), (rule.code, lang)
        assert rule.title["vi"] != rule.title["en"] and rule.summary_text["vi"] != rule.summary_text["en"]
        assert rule.message["vi"] and rule.message["en"]


def test_a_rule_file_with_half_a_translation_is_refused(tmp_path):
    from checker.ruleset import RuleError

    src = next(Path(load_ruleset().directory).glob("DT001-*.toml")).read_text(encoding="utf-8")
    (tmp_path / "DT001-impossible-date.toml").write_text(src.replace('en = "Impossible date"\n', ""), encoding="utf-8")
    with pytest.raises(RuleError, match="title.en"):
        load_ruleset(tmp_path)


@pytest.mark.parametrize("env", [{}, {"DRAFTCHECK_LANG": "vi"}])
def test_no_help_text_is_english_under_vietnamese(env):
    for path, _ in _commands():
        res = _invoke([*path, "--help"], env=env)
        assert res.exit_code == 0, (path, res.output)
        assert "Cách dùng:" in res.output and "Tùy chọn" in res.output, path
        prose = _prose(res.output)
        hits = sorted(set(m.group(0) for m in ENGLISH.finditer(prose)))
        assert not hits, (path, hits, res.output)


def test_english_when_asked():
    res = _invoke(["check", "--lang", "en", "--help"])
    assert "Usage:" in res.output and "Only these rules" in res.output and "Tùy chọn" not in res.output
    res = _invoke(["--help"], env={"DRAFTCHECK_LANG": "en"})
    assert "Usage:" in res.output and "Check report drafts" in res.output
    res = _invoke(["rules", "--lang", "en"], env={"COLUMNS": "300"})
    assert "Impossible date" in res.output and "Ngày không có thật" not in res.output


def test_configuration_lang_sets_the_interface(tmp_path, monkeypatch):
    (tmp_path / "draftcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTCHECK_LANG", raising=False)
    assert "Usage:" in _invoke(["check", "--help"]).output
    assert "Cách dùng:" in _invoke(["check", "--help", "--lang", "vi"]).output  # the command line wins
    assert "Cách dùng:" in _invoke(["check", "--help"], env={"DRAFTCHECK_LANG": "vi"}).output  # so does the environment


def test_option_parser_errors_in_vietnamese_and_english(capsys):
    from checker.cli import main

    for argv, vi in ((["check", "--formt", "x"], "Không có tùy chọn '--formt'"),
                     (["check", "--format", "xx", "a.md"], "Giá trị không hợp lệ cho '--format'"),
                     (["check", "--jobs", "-3", "a.md"], "nằm ngoài khoảng"),
                     (["chek"], "Không có lệnh 'chek'")):
        with pytest.raises(SystemExit) as e:
            main(argv)
        err = capsys.readouterr().err
        assert e.value.code == 2 and vi in err and "xem 'draftcheck --help'" in err, err
        assert len(err.strip().splitlines()) == 1
        with pytest.raises(SystemExit):
            main([*argv[:1], "--lang", "en", *argv[1:]])
        err = capsys.readouterr().err
        assert "see 'draftcheck --help'" in err and not re.search("[ăđơư]", err.replace("draftcheck", "")), err


def test_explain_and_rules_in_vietnamese():
    res = _invoke(["explain", "AR001"])
    assert res.exit_code == 0
    out = res.output
    assert "Tổng khác tổng các thành phần" in out and "Kiểm tra gì:" in out and "Ví dụ bị báo:" in out
    assert "What it does" not in out and "Why is this bad" not in out and "en:" not in out
    en = _invoke(["explain", "AR001", "--lang", "en"]).output
    assert "## What it does" in en and "Total differs from its parts" in en
    rules = _invoke(["rules"], env={"COLUMNS": "300"}).output
    assert "Ngày không có thật" in rules and "số liệu" in rules and "Mã" in rules
    assert "Checks every date" not in rules and "impossible-date" not in rules


def test_rule_names_shown_in_vietnamese(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("Đã giải quyết 1.000 hồ sơ, gồm 700 hồ sơ đúng hạn và 400 hồ sơ trễ hạn.\n", encoding="utf-8")
    full = _invoke(["check", "--no-config", str(p)]).output
    assert "[Tổng khác tổng các thành phần]" in full and "total-mismatch" not in full
    assert "[Total differs from its parts]" in _invoke(["check", "--no-config", "--lang", "en", str(p)]).output


def test_progress_bar_words_are_in_the_catalogue():
    source = (Path(__file__).resolve().parent.parent / "checker" / "cli.py").read_text(encoding="utf-8")
    assert "_t('checking')" in source and _catalogue()["checking"] == "đang kiểm tra"


# ----------------------------------------------------------------------------- honest diagnoses
NOT_TEXT = "không phải văn bản:"


def _diagnose(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    res = _invoke(["check", "--no-config", "--format", "concise", str(p)])
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("draftcheck:")]
    assert res.exit_code == 2 and len(lines) == 1, res.stderr
    return lines[0]


@pytest.mark.parametrize("name,data,what", [
    ("bao-cao.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 >>\nstream\n\xb5\xb6\xb7\xb8\xb9\xa8\xa9" * 40, "PDF"),
    ("anh.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "PNG"),
    ("chuong-trinh.txt", b"\x7fELF\x02\x01\x01" + bytes(200) + bytes(range(256)) * 8, "ELF"),
    ("setup.md", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 8, "Windows"),
])
def test_known_formats_are_not_text(tmp_path, name, data, what):
    line = _diagnose(tmp_path, name, data)
    assert NOT_TEXT in line and what in line and "TCVN3" not in line and "Unikey" not in line


def test_random_bytes_without_nul_are_not_text_nor_tcvn3(tmp_path):
    rng = random.Random(15)
    for i in range(20):
        data = bytes(rng.randrange(1, 256) for _ in range(4000))
        line = _diagnose(tmp_path, f"r{i}.txt", data)
        assert NOT_TEXT in line and "TCVN3" not in line and "VNI" not in line, line


def test_empty_and_whitespace_only_files_are_exit_2_with_their_own_message(tmp_path):
    assert "tệp rỗng" in _diagnose(tmp_path, "rong.md", b"")
    assert "chỉ có khoảng trắng" in _diagnose(tmp_path, "trang.txt", b"  \n\n\t \r\n")
    assert "chỉ có khoảng trắng" in _diagnose(tmp_path, "bom.txt", b"\xef\xbb\xbf\n \n")


def test_legacy_encodings_are_still_recognised(tmp_path):
    from legacy_encoders import to_tcvn3, to_vni

    text = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Báo cáo kết quả công tác cải cách hành chính "
            "quý I năm 2023 của Sở Nội vụ tỉnh Bắc An. ") * 3
    assert "TCVN3" in _diagnose(tmp_path, "tcvn.txt", to_tcvn3(text).encode("cp1252"))
    assert "VNI" in _diagnose(tmp_path, "vni.txt", to_vni(text).encode("cp1252"))
    line = _diagnose(tmp_path, "latin.txt", "Résumé of the café meeting, naïve coöperation. ".encode("cp1252") * 5)
    assert "UTF-8" in line and NOT_TEXT not in line
