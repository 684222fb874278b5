"""A bad shipped lexicon file is a rule-file error of the run (exit 2, one line naming the file
and the key), not an internal error of every rule and not a traceback at import."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

import checker.extract.lexicon as lexicon
from checker.cli import cli
from checker.extract.number_tokens import load_number_cues
from checker.quantities import load_number_words, load_roles, load_units
from checker.ruleset import RuleError, load_ruleset

SAMPLE = "samples/bao-cao-cchc-hop-le.md"
CACHES = (load_number_cues, load_roles, load_units, load_number_words)


@pytest.fixture
def lexicon_copy(tmp_path, monkeypatch):
    """A copy of rules/lexicon the readers use instead of the shipped one."""
    d = tmp_path / "lexicon"
    shutil.copytree(lexicon.lexicon_dir(), d)
    monkeypatch.setattr(lexicon, "lexicon_dir", lambda: d)
    for c in CACHES:
        c.cache_clear()
    yield d
    for c in CACHES:
        c.cache_clear()


BROKEN = [
    ("roles.toml", lambda s: s + "\ngarbage = [\n", "roles.toml"),
    ("qualifiers.toml", lambda s: s + "\ngarbage = [\n", "qualifiers.toml"),
    ("count-nouns.toml", lambda s: s + "\ngarbage = [\n", "count-nouns.toml"),
    ("units.toml", lambda s: s + "\ngarbage = [\n", "units.toml"),
    ("number-words.toml", lambda s: s + "\ngarbage = [\n", "number-words.toml"),
    # a case the reader does not read as the file says: the file and the case named
    ("qualifiers.toml", lambda s: s + '\n[[cases]]\ntext = "khoảng 30 hồ sơ"\nreads = "exact"\n', "cases["),
]


@pytest.mark.parametrize("name,edit,named", BROKEN, ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)])
def test_bad_lexicon_is_exit_2_one_line(lexicon_copy, name, edit, named):
    p = lexicon_copy / name
    p.write_text(edit(p.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_ruleset()
    assert name in str(e.value) and named in str(e.value)
    r = CliRunner().invoke(cli, ["check", SAMPLE])
    assert r.exit_code == 2, r.output
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and name in err and "Traceback" not in r.output


def test_good_lexicon_copy_checks_as_shipped(lexicon_copy):
    r = CliRunner().invoke(cli, ["check", SAMPLE])
    assert r.exit_code == 0, r.output
