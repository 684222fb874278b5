"""Nothing in the interface speaks English unless asked, and nothing speaks Vietnamese when
English is asked (issue 15).

A sweep over what a user can make the command line say: every command's ``--help``,
``explain`` of every rule, ``rules``, ``profiles``, the option parser's errors (bad option,
bad choice, missing argument, bad value, unknown command, extra argument), the one-line
errors (nonexistent file, folder without drafts, bad configuration, bad rule file, empty file,
binary file, …), the progress bar and the summary lines of the text outputs. Under
``--lang vi`` (and by default) none of it may hold a common English word once code
identifiers, option names, metavars, file names and quoted text are cut out; under
``--lang en`` none of it may hold a Vietnamese letter outside quoted document text. The
one-line errors are one line on stderr, exit 2, no traceback, in one language only.

Also the message catalogue (checker/locale/cli.toml ``[messages]``): every entry has both
languages with the same placeholders, every key the code asks for is there and every entry is
asked for; and every rule file and profile file carries both languages."""
from __future__ import annotations

import io
import os
import re
import string
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from checker import load_ruleset
from checker.cli import cli, main
from checker.i18n import LANGS, messages, msg

ROOT = Path(__file__).resolve().parent.parent
RULES = load_ruleset()
BAD_TOTAL = "Đã giải quyết 1.000 hồ sơ, gồm 700 hồ sơ đúng hạn và 400 hồ sơ trễ hạn.\n"
BAD_DATE = "Ngày 30/02/2020, UBND tỉnh đã tổ chức hội nghị.\n"  # its finding quotes the draft's words
# common English words that no Vietnamese interface text has a reason to contain
ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|for|with|this|that|from|not|no|file|files|rule|rules|show|print|only|when|"
    r"list|check|checked|usage|options?|commands?|arguments?|message|exit|default|write|read|output|"
    r"findings?|errors?|found|missing|invalid|unknown|cannot|such|value|choose|skipped|directory|folder|"
    r"configuration|warnings?|summary|total|empty|binary|document|text|help|try|did|you|mean|expected|"
    r"got|extra|requires|must|line|column|checking|passed|failed|profiles?|none|applies|order)\b",
    re.I)
VIETNAMESE = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")


def _english_hits(text: str) -> list[str]:
    """The English words of ``text`` once what is not prose is cut out: quoted text, option
    names, code identifiers, metavars and capitals, rule codes, file names and paths, choice
    lists, URLs and the program's name."""
    # a severity where a machine reads it: 'file:1:2: error CODE', 'file: error: why' (as gcc, ruff
    # print them, for editors' problem matchers), '1  CODE  error  name' (--statistics)
    text = re.sub(r": (error|warning|info) (?=[A-Z]{2}\d{3})|: error: |(?<=[A-Z]{2}\d{3})  (error|warning|info)  ",
                  " ", text)
    text = re.sub(r"^  [\w-]+(?=  )", " ", text, flags=re.M)  # a group's command names in its help
    text = re.sub(r"^Cách dùng: [\w -]+?(?= \[)", " ", text, flags=re.M)  # the command's own path
    text = re.sub(r"mặc định: [\w.]+", " ", text)  # a default value is a choice's own word
    text = re.sub(r"`[^`]*`", " ", text)  # a backticked example may hold quotes
    text = re.sub(r"(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"|“[^”]*”", " ", text)  # not an apostrophe
    text = re.sub(r"\[[\w|,.%/ -]+\]", " ", text)  # [full|concise|…], [error, head]
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths, URLs, /regex/
    text = re.sub(r"\S+\.(md|txt|docx|toml|json|sarif|html|xml)\b|\.[a-z]{2,4}\b|\$\w+|\[\[?[\w.]+\]?\]", " ", text)
    text = re.sub(r"\b[a-z]+(?:[-_][a-z0-9]+)+\b", " ", text)  # kebab-case rule names, keys
    text = re.sub(r"\b[A-Z][A-Z0-9_]+\b", " ", text)  # metavars, codes, environment variables
    text = re.sub(r"\bdraftcheck\b|\{\w+\}", " ", text)  # the name, a message template's placeholders
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})


def _vietnamese_hits(text: str) -> list[str]:
    """Vietnamese letters of ``text`` outside quoted document text: quotes, backticks, /regex/,
    the examples ``explain`` quotes from a draft, a Vietnamese term explained in brackets."""
    text = re.sub(r"`[^`]*`", " ", text)  # a backticked example may hold quotes
    text = re.sub(r"(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"|“[^”]*”|/[^/\n]+/", " ", text)  # not an apostrophe
    text = re.sub(r"^(Example that is (not )?reported): .*$", " ", text, flags=re.M)
    text = re.sub(r"^\s+\d+ │ .*$", " ", text, flags=re.M)  # the draft's line a finding shows
    text = re.sub(r"\([^()\n]*\)", lambda m: " " if VIETNAMESE.search(m.group(0)) else m.group(0), text)
    return [ln.strip() for ln in text.splitlines() if VIETNAMESE.search(ln)]


def _commands(group=cli, path=()):
    yield path, group
    if isinstance(group, click.Group):
        for name, sub in sorted(group.commands.items()):
            yield from _commands(sub, path + (name,))


def _invoke(args, env=None, **kw):
    # wide: a quoted command or a table cell is not broken over two lines
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "1000", "DRAFTCHECK_LANG": None, **(env or {})},
                              terminal_width=1000, **kw)


def _in_lang(lang: str, args: list[str], env_only: bool) -> tuple[list[str], dict]:
    """``args`` and the environment that ask for ``lang``: ``--lang`` after the command where the
    command takes it, else (and with ``env_only``) DRAFTCHECK_LANG."""
    cmd, depth = cli, 0
    while isinstance(cmd, click.Group) and depth < len(args) and args[depth] in cmd.commands:
        cmd, depth = cmd.commands[args[depth]], depth + 1
    if env_only or depth == 0 or not any(p.name == "lang" for p in cmd.params):
        return list(args), {"DRAFTCHECK_LANG": lang}
    return [*args[:depth], "--lang", lang, *args[depth:]], {}


def _main(argv, env, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.delenv("DRAFTCHECK_LANG", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(SystemExit) as e:
        main(argv)
    out, err = capsys.readouterr()
    return e.value.code, out, err


# ----------------------------------------------------------------------------- the catalogue
def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, entry in messages().items():
        assert set(entry) == set(LANGS), key
        assert all(isinstance(entry[lang], str) and entry[lang].strip(" ") for lang in LANGS), key
        assert _fields(entry["vi"]) == _fields(entry["en"]), key
        assert entry["vi"] != entry["en"], key  # a copy of the English is not a translation
        assert not VIETNAMESE.search(re.sub(r"'[^']*'|\([^)]*\)", "", entry["en"])), key


# keys the code composes (a profile's kind, a severity, where a component stands, an order)
DYNAMIC = ("profiles.kind.", "profiles.severity.", "profiles.where.", "profiles.order-", "cli.skip.")


def test_every_key_the_code_asks_for_is_in_the_catalogue_and_every_entry_is_used():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "checker").rglob("*.py"))
    asked = set(re.findall(r"""\bmsg\(\s*["']([\w.-]+)["']""", source))
    asked |= {"profiles." + k for k in re.findall(r"""\bt\(\s*["']([\w.-]+)["']""", source)}
    asked |= set(re.findall(r"""["'](cli\.skip\.\w+|cli\.test-rules-\w+)["']""", source))
    asked = {k for k in asked if not k.endswith((".", "-"))}  # the start of a composed key
    missing = sorted(asked - set(messages()))
    assert not missing, missing
    unused = sorted(k for k in set(messages()) - asked if not k.startswith(DYNAMIC))
    assert not unused, unused
    from checker.model import SEVERITIES
    from checker.profiles import KINDS, WHERE

    for prefix, values in (("profiles.kind.", KINDS), ("profiles.severity.", SEVERITIES),
                           ("profiles.where.", WHERE), ("profiles.order-", ("strict", "any"))):
        assert {k[len(prefix):] for k in messages() if k.startswith(prefix)} == set(values), prefix


def test_a_message_outside_a_command_line_says_both_and_inside_one():
    assert msg("input.empty", "vi") == "tệp rỗng, không có nội dung để kiểm tra"
    assert msg("input.empty", "en") == "empty file: nothing to check"
    # library code (the HTTP service, a program importing checker): both, the shared "path: " once
    both = msg("config.not-found", path="a.toml")
    assert both == "a.toml: không tìm thấy tệp cấu hình (configuration file not found)"


def test_every_rule_and_profile_file_has_both_languages():
    for rule in RULES.rules:
        for table in (rule.title, rule.summary_text, rule.message):
            assert set(table) == set(LANGS) and all(table[lang].strip() for lang in LANGS), rule.code
        if rule.suggestion:
            assert set(rule.suggestion) == set(LANGS), rule.code
        assert rule.title["vi"] != rule.title["en"] and rule.message["vi"] != rule.message["en"], rule.code
    from checker.profiles import load_profiles

    for prof in load_profiles():
        assert prof.title_en and not VIETNAMESE.search(prof.title_en), prof.name
        for comp in prof.components:
            assert comp.name_en, (prof.name, comp.id)
            assert all(r.what_en for r in comp.requires), (prof.name, comp.id)
        for top in prof.sections:
            for s in top.flat():
                assert s.title_en and not VIETNAMESE.search(s.title_en), (prof.name, s.id)


# ----------------------------------------------------------------------------- the sweep
def _draft_tree(tmp_path: Path) -> dict[str, Path]:
    """Files the one-line errors are made from."""
    t = {}
    t["bad"] = tmp_path / "bao-cao.md"
    t["bad"].write_text(BAD_TOTAL, encoding="utf-8")
    t["empty"] = tmp_path / "rong.md"
    t["empty"].write_bytes(b"")
    t["blank"] = tmp_path / "trang.txt"
    t["blank"].write_bytes(b" \n\t\n")
    t["binary"] = tmp_path / "nhi-phan.txt"
    t["binary"].write_bytes(bytes(range(256)) * 16)
    t["pdf"] = tmp_path / "ban-in.txt"
    t["pdf"].write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" * 20)
    t["nodrafts"] = tmp_path / "khong-co-du-thao"
    t["nodrafts"].mkdir()
    (t["nodrafts"] / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    t["mixed"] = tmp_path / "lan"
    t["mixed"].mkdir()
    (t["mixed"] / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (t["mixed"] / "bao-cao.md").write_text(BAD_DATE, encoding="utf-8")
    t["badkey"] = tmp_path / "sai-khoa.toml"
    t["badkey"].write_text('lang = "vi"\nbogus = 1\n', encoding="utf-8")
    t["badtoml"] = tmp_path / "sai-cu-phap.toml"
    t["badtoml"].write_text('fail-on = \n', encoding="utf-8")
    t["badvalue"] = tmp_path / "sai-gia-tri.toml"
    t["badvalue"].write_text('fail-on = "fatal"\n[rules.AR001]\nparams = { approx_relative = -1 }\n', encoding="utf-8")
    t["rules"] = tmp_path / "quy-tac"
    t["rules"].mkdir()
    src = next(Path(RULES.directory).glob("DT001-*.toml")).read_text(encoding="utf-8")
    (t["rules"] / "DT001-impossible-date.toml").write_text(src.replace('severity = "', 'severity = "fatal', 1),
                                                            encoding="utf-8")
    t["norules"] = tmp_path / "khong-co-quy-tac"
    t["norules"].mkdir()
    return t


def _one_line_errors(t: dict[str, Path]) -> list[list[str]]:
    """Command lines each of which ends in one line on stderr and exit 2 (command first)."""
    return [
        ["check", "--no-config", str(t["bad"].parent / "khong-co.md")],
        ["check", "--no-config", str(t["nodrafts"])],
        ["check", "--config", str(t["badkey"]), str(t["bad"])],
        ["check", "--config", str(t["badtoml"]), str(t["bad"])],
        ["check", "--config", str(t["badvalue"]), str(t["bad"])],
        ["check", "--config", str(t["bad"].parent / "khong-co.toml"), str(t["bad"])],
        ["check", "--no-config", "--rules", str(t["rules"]), str(t["bad"])],
        ["check", "--no-config", "--rules", str(t["norules"]), str(t["bad"])],
        ["check", "--no-config", str(t["empty"])],
        ["check", "--no-config", str(t["blank"])],
        ["check", "--no-config", str(t["binary"])],
        ["check", "--no-config", str(t["pdf"])],
        ["check", "--no-config", "--select", "ZZ9", str(t["bad"])],
        ["check", "--no-config", "--profile", "khong-co", str(t["bad"])],
        ["check", "--no-config", "--format", "docx", str(t["bad"])],
        ["check", "--no-config", "--baseline", str(t["bad"].parent / "khong-co.json"), str(t["bad"])],
        ["check", "--no-config", "--max-bytes", "nhiều", str(t["bad"])],
        ["check", "--no-config", "-", "-"],
        ["check", "--no-config"],
        ["check", "--no-config", "-o", str(t["bad"]), str(t["bad"])],
        ["explain", "ZZ999"],
        ["init", str(t["bad"].parent / "khong-co")],
        # the option parser: bad option, bad choice, missing argument, bad value, extra argument
        ["check", "--formt", "json", str(t["bad"])],
        ["check", "--format", "pdf", str(t["bad"])],
        ["check", "--fail-on", "fatal", str(t["bad"])],
        ["check", str(t["bad"]), "--format"],
        ["check", "--jobs", "nhiều", str(t["bad"])],
        ["check", "--jobs", "-3", str(t["bad"])],
        ["check", "--report-date", "2020-13-45", str(t["bad"])],
        ["explain"],
        ["explain", "AR001", "AR002"],
        ["baseline", "show"],
    ]


def _sweep(lang: str, t: dict[str, Path], capsys, monkeypatch, env_only: bool = False) -> list[tuple[str, str]]:
    """(what, text) of everything the sweep makes the command line say in ``lang``."""
    said = []
    for path, _ in _commands():
        res = _invoke(*_in_lang(lang, [*path, "--help"], env_only))
        assert res.exit_code == 0, (path, res.output)
        said.append((f"{' '.join(path)} --help", res.output))
    for rule in RULES.rules:
        res = _invoke(*_in_lang(lang, ["explain", rule.code], env_only))
        assert res.exit_code == 0, res.output
        text = res.output
        if lang == "en":  # the description (English, under its headings) is covered by the rule's own lints
            text = text.split("\n## What it does", 1)[0]
        said.append((f"explain {rule.code}", text))
    for cmd in (["rules"], ["profiles"]):
        res = _invoke(*_in_lang(lang, cmd, env_only))
        assert res.exit_code == 0, res.output
        said.append((cmd[0], res.output))
    for argv in _one_line_errors(t):
        rc, out, err = _main(*_in_lang(lang, argv, env_only), capsys, monkeypatch)
        lines = err.strip().splitlines()
        assert rc == 2 and len(lines) == 1 and lines[0].startswith("draftcheck: "), (argv, rc, err)
        assert "Traceback" not in err and "lỗi nội bộ" not in err and "internal error" not in err, err
        said.append((" ".join(argv), lines[0]))
    rc, _, err = _main(["chek"], {"DRAFTCHECK_LANG": lang}, capsys, monkeypatch)  # before any --lang
    assert rc == 2 and len(err.strip().splitlines()) == 1, err
    said.append(("chek", err))
    # the text outputs' summary lines (and the findings around them)
    for fmt in ("full", "concise"):
        res = _invoke(*_in_lang(lang, ["check", "--no-config", "--format", fmt, str(t["mixed"]), str(t["empty"])],
                                env_only))
        assert res.exit_code == 2, res.output
        said.append((f"check --format {fmt}", res.stdout + res.stderr))
    res = _invoke(*_in_lang(lang, ["check", "--no-config", "--statistics", str(t["mixed"])], env_only))
    said.append(("check --statistics", res.output))
    said.append(("progress bar", _progress_bar(lang)))
    return said


def _progress_bar(lang: str) -> str:
    """What the progress bar shows on a terminal while more than three files are checked."""
    import checker.cli as cli_module
    from checker.config import CliOptions, resolve
    from checker.i18n import choose, chosen

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    files = sorted(str(p) for p in (ROOT / "samples").glob("*.md"))[:4]
    base = cli_module._load_rules(None)
    settings = [resolve(f, CliOptions(isolated=True)) for f in files]
    saved, stderr, ci = chosen(), sys.stderr, os.environ.pop("CI", None)
    choose(lang)
    sys.stderr = Terminal()
    try:
        cli_module._run_files(files, settings, None, base, 1)
        shown = sys.stderr.getvalue()
    finally:
        sys.stderr = stderr
        choose(saved)
        if ci is not None:
            os.environ["CI"] = ci
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)
    assert "draftcheck:" in shown and "4/4" in shown, shown
    return re.sub(r"\S+\.md", " ", shown)


@pytest.mark.parametrize("env_only", [False, True], ids=["--lang vi", "DRAFTCHECK_LANG=vi"])
def test_nothing_is_english_under_vietnamese(tmp_path, capsys, monkeypatch, env_only):
    monkeypatch.chdir(tmp_path)
    said = _sweep("vi", _draft_tree(tmp_path), capsys, monkeypatch, env_only)
    english = [(what, hits) for what, text in said if (hits := _english_hits(text))]
    assert not english, english
    # the sweep saw what it is about
    joined = "\n".join(text for _, text in said)
    for needle in ("Cách dùng:", "Tùy chọn", "Kiểm tra gì:", "không tìm thấy tệp", "tệp rỗng",
                   "không phải văn bản", "lỗi cấu hình", "lỗi tệp quy tắc", "Không có tùy chọn",
                   "Thiếu tham số", "đang kiểm tra", "dàn ý", "phát hiện"):
        assert needle in joined, needle


def test_nothing_is_vietnamese_under_english(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said = _sweep("en", _draft_tree(tmp_path), capsys, monkeypatch)
    vietnamese = [(what, hits) for what, text in said if (hits := _vietnamese_hits(text))]
    assert not vietnamese, vietnamese
    joined = "\n".join(text for _, text in said)
    for needle in ("Usage:", "Options", "What it checks:", "file not found", "empty file", "not a text document",
                   "configuration error", "rule file error", "No such option", "Missing argument", "checking",
                   "outline", "findings"):
        assert needle in joined, needle


def test_errors_before_the_options_are_parsed_take_the_environment(capsys, monkeypatch):
    monkeypatch.delenv("DRAFTCHECK_LANG", raising=False)
    rc, _, err = _main(["--bogus"], {}, capsys, monkeypatch)
    assert rc == 2 and "Không có tùy chọn '--bogus'" in err and "xem 'draftcheck --help'" in err
    rc, _, err = _main(["--bogus"], {"DRAFTCHECK_LANG": "en"}, capsys, monkeypatch)
    assert rc == 2 and "No such option '--bogus'" in err and "see 'draftcheck --help'" in err
    # --lang on the command line wins over the environment, even for the parser's own errors
    rc, _, err = _main(["check", "--lang", "vi", "--formt", "x"], {"DRAFTCHECK_LANG": "en"}, capsys, monkeypatch)
    assert rc == 2 and "Không có tùy chọn '--formt'" in err


def test_a_configuration_in_english_makes_the_errors_english(tmp_path, capsys, monkeypatch):
    (tmp_path / "draftcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTCHECK_LANG", raising=False)
    rc, _, err = _main(["check", "khong-co.md"], {}, capsys, monkeypatch)
    assert rc == 2 and err.strip() == "draftcheck: khong-co.md: file not found"
    rc, _, err = _main(["check", "--lang", "vi", "khong-co.md"], {}, capsys, monkeypatch)
    assert rc == 2 and err.strip() == "draftcheck: khong-co.md: không tìm thấy tệp"


def test_worker_processes_speak_the_language_of_the_command_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.md").write_text(BAD_TOTAL, encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"")
    for lang, text in (("vi", "tệp rỗng, không có nội dung để kiểm tra"), ("en", "empty file: nothing to check")):
        rc, _, err = _main(["check", "--no-config", "--jobs", "2", "--lang", lang, "--format", "json",
                            str(tmp_path / "a.md"), str(tmp_path / "b.md")], {}, capsys, monkeypatch)
        assert rc == 2 and err.strip() == f"draftcheck: {tmp_path / 'b.md'}: {text}", err


def test_the_state_is_put_back_after_a_command_line(capsys, monkeypatch):
    from checker.i18n import chosen

    monkeypatch.delenv("DRAFTCHECK_LANG", raising=False)
    _invoke(["rules", "--lang", "en"])
    assert chosen() is None
    _main(["explain", "ZZ999"], {}, capsys, monkeypatch)
    assert chosen() is None
    assert msg("input.empty") == "tệp rỗng, không có nội dung để kiểm tra (empty file: nothing to check)"
