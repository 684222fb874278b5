"""The qualifiers and count nouns of the number reader are data (rules/lexicon/qualifiers.toml,
rules/lexicon/count-nouns.toml): the shipped files load and their cases read as they say, a bad
file is a LexiconError ``path: key: reason``, and a word added to a copy changes the reading."""
from __future__ import annotations

import re
from fractions import Fraction

import pytest

from checker.extract import build_document, numbers
from checker.extract import number_tokens as nt
from checker.extract.lexicon import LexiconError, lexicon_dir
from checker.kinds import _arith
from checker.model import Document

QUALIFIERS = lexicon_dir() / "qualifiers.toml"
COUNT_NOUNS = lexicon_dir() / "count-nouns.toml"


def _copy(tmp_path, source, edit=lambda s: s, name: str = ""):
    """A copy of ``source``, edited, in ``tmp_path`` (under another ``name``: the loader keeps
    what it read of a path for the process)."""
    path = tmp_path / (name or source.name)
    path.write_text(edit(source.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _replace(old: str, new: str):
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)
    return edit


def _figures(text: str, cues=None):
    doc = Document(path="<t>", source=text, text=text, offsets=list(range(len(text) + 1)))
    return nt.extract_numbers(doc, 0, len(text), cues)


def _bad(path, key: str) -> str:
    """The start of the message of a LexiconError about ``key`` of ``path``."""
    return re.escape(f"{path}: {key}")


# ----------------------------------------------------------------------------- the shipped files
def test_shipped_files_load_and_every_case_reads_as_it_says():
    import tomllib

    cues = nt.load_number_cues()
    assert cues.paths == (str(QUALIFIERS), str(COUNT_NOUNS))
    for path, kind in ((QUALIFIERS, "qualifiers"), (COUNT_NOUNS, "count-nouns")):
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["cases"]
        assert len(cases) >= 8
        for case in cases:
            assert nt.read_case(case["text"], cues, kind) == (case["reads"], case.get("bound", "")), case


def test_the_brief_examples():
    cues = nt.CUES
    assert nt.read_case("2025 TTHC", cues, "count-nouns") == ("count", "")
    assert nt.read_case("Kế hoạch 2025 được giao", cues, "count-nouns") == ("year", "")
    assert nt.read_case("mức độ 3", cues, "count-nouns") == ("label", "")
    assert nt.read_case("năm 2025", cues, "count-nouns") == ("label", "")
    assert nt.read_case("gần 27.000 hồ sơ", cues, "qualifiers") == ("approximate", "upper")
    assert nt.read_case("ước đạt 1.200 tỷ đồng", cues, "qualifiers") == ("estimate", "")


def test_module_names_are_the_loaded_data():
    cues = nt.load_number_cues()
    assert nt.load_number_cues() is cues  # read once: the same object every call
    # the reader's own copy, read when the module was imported (some tests empty the caches)
    assert nt.CUES.count_nouns == cues.count_nouns and nt.CUES.paths == cues.paths
    assert nt.COUNT_NOUNS == cues.count_nouns and "hồ sơ" in nt.COUNT_NOUNS
    assert nt.LABEL_WORDS == cues.label_words and "mức độ" in nt.LABEL_WORDS
    assert nt.SECTION_WORDS == cues.section_words and "Mục" in nt.SECTION_WORDS
    assert "ước đạt" in nt.ESTIMATE_CUES and "ước đạt" in nt.APPROX_CUES and "khoảng" in nt.APPROX_CUES
    assert nt._APPROX_RE is nt.CUES.approx_re and nt._LABEL_RE is nt.CUES.label_re
    assert nt._SECTION_LABEL_RE is nt.CUES.section_re and nt._COUNT_AFTER_RE is nt.CUES.count_after_re
    assert "hơn" in _arith.default_cues().lower_bound and "gần" in _arith.default_cues().upper_bound
    # longest first: "ước khoảng" is a qualifier of its own (both sides), not the estimate "ước"
    assert [len(w) for w in nt.APPROX_CUES] == sorted((len(w) for w in nt.APPROX_CUES), reverse=True)


def test_words_are_not_read_again_per_document(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a lexicon file read while checking a document")

    monkeypatch.setattr(nt, "read_lexicon", refuse)
    toks = numbers(build_document("Gần 27.000 hồ sơ, ước đạt 95%; mức độ 3 có hơn 20 xã."))
    assert [(t.text, t.approx, t.estimate) for t in toks] == [("27.000", "gần", False), ("95", "", True),
                                                              ("20", "hơn", False)]


def test_the_bound_of_a_qualifier_is_the_interval_of_its_figure():
    near, above, about, est = _figures("gần 27.000 hồ sơ; hơn 1.000 hồ sơ; khoảng 30 hồ sơ; ước đạt 1.200 hồ sơ")
    iv = _arith.interval_of(near)
    assert iv.hi == 27000 and iv.lo == Fraction(27000) * Fraction(97, 100)  # at most 27.000
    iv = _arith.interval_of(above)
    # more than 1.000 and less than 2.000: the last written digit one up (or 3 % above, the wider)
    assert iv.lo == 1000 and iv.hi == 2000
    [more] = _figures("hơn 174.470 hồ sơ")
    assert _arith.interval_of(more) == _arith.Interval(Fraction(174470), Fraction(174470) * Fraction(103, 100))
    iv = _arith.interval_of(about)
    assert iv.lo < 30 < iv.hi
    assert est.estimate and not est.approx and _arith.interval_of(est) == _arith.exact(1200)
    assert nt.CUES.bound("chưa  đến") == "upper" and nt.CUES.bound("~") == "both"


# ----------------------------------------------------------------------------- bad files
def test_a_missing_table_names_the_file_and_the_table(tmp_path):
    bad = _copy(tmp_path, QUALIFIERS, _replace("[below]\n", "[under]\n"))
    with pytest.raises(LexiconError, match=_bad(bad, "under: khóa không hợp lệ")):
        nt.load_number_cues(str(bad))
    bad = _copy(tmp_path, QUALIFIERS, _replace('[below]\nwords = ["gần", "dưới", "chưa đến", "chưa tới", "tối đa", "không quá"]\n', ""))
    with pytest.raises(LexiconError, match=_bad(bad, "below: cần bảng [below]")):
        nt.load_number_cues(str(bad))
    bad = _copy(tmp_path, COUNT_NOUNS, _replace("[sections]\n", "[other]\n"))
    with pytest.raises(LexiconError, match=_bad(bad, "other:")):
        nt.load_number_cues(None, str(bad))


def test_a_word_that_is_not_a_string_names_its_key(tmp_path):
    bad = _copy(tmp_path, QUALIFIERS, _replace('words = ["khoảng", "xấp xỉ"', 'words = ["khoảng", 3'))
    with pytest.raises(LexiconError, match=_bad(bad, "about.words[1]: cần một chuỗi")):
        nt.load_number_cues(str(bad))
    bad = _copy(tmp_path, COUNT_NOUNS, _replace('"hồ sơ", "thủ tục"', '"hồ sơ", " "'))
    with pytest.raises(LexiconError, match=_bad(bad, "count_nouns.words[1]:")):
        nt.load_number_cues(None, str(bad))
    bad = _copy(tmp_path, COUNT_NOUNS, _replace('"tuyến" = ["trực", "ngoại"]', '"tuyến" = ["trực", 1]'))
    with pytest.raises(LexiconError, match=_bad(bad, "labels.not_after.tuyến:")):
        nt.load_number_cues(None, str(bad))


def test_an_empty_list_names_its_key(tmp_path):
    bad = _copy(tmp_path, QUALIFIERS, _replace('words = ["là", "đạt", "có"]', "words = []"))
    with pytest.raises(LexiconError, match=_bad(bad, "linking.words: cần danh sách từ không rỗng")):
        nt.load_number_cues(str(bad))
    text = COUNT_NOUNS.read_text(encoding="utf-8")
    start = text.index("[count_nouns]\nwords = [")
    bad = tmp_path / "count-nouns.toml"
    bad.write_text(text[:start] + "[count_nouns]\nwords = []\n" + text[text.index("]\n", text.index('"dịch vụ"')) + 2:],
                   encoding="utf-8")
    with pytest.raises(LexiconError, match=_bad(bad, "count_nouns.words: cần danh sách từ không rỗng")):
        nt.load_number_cues(None, str(bad))


def test_a_case_that_does_not_read_as_it_says_names_the_case(tmp_path):
    bad = _copy(tmp_path, QUALIFIERS, _replace('text = "gần 27.000 hồ sơ"\nreads = "approximate"\nbound = "upper"',
                                               'text = "gần 27.000 hồ sơ"\nreads = "approximate"\nbound = "lower"'))
    with pytest.raises(LexiconError, match=_bad(bad, "cases[0]: 'gần 27.000 hồ sơ' đọc ra approximate (upper)")):
        nt.load_number_cues(str(bad))
    bad = _copy(tmp_path, COUNT_NOUNS, _replace('text = "mức độ 3"\nreads = "label"', 'text = "mức độ 3"\nreads = "count"'))
    with pytest.raises(LexiconError, match=_bad(bad, "cases[4]: 'mức độ 3' đọc ra label thay vì count")):
        nt.load_number_cues(None, str(bad))
    # a word taken out of its table: its case no longer reads
    bad = _copy(tmp_path, QUALIFIERS, _replace('words = ["gần", "dưới"', 'words = ["dưới"'))
    with pytest.raises(LexiconError, match=_bad(bad, "cases[0]: 'gần 27.000 hồ sơ' đọc ra exact")):
        nt.load_number_cues(str(bad))


@pytest.mark.parametrize("old, new, key", [
    ('reads = "estimate"', 'reads = "rough"', "cases[7].reads: 'rough' không hợp lệ"),
    ('bound = "upper"', 'bound = "up"', "cases[0].bound: 'up' không hợp lệ"),
    ('reads = "approximate"\nbound = "upper"', 'reads = "approximate"', "cases[0].bound: cần bound"),
    ('text = "ước đạt 1.200 tỷ đồng"\nreads = "estimate"', 'text = "ước đạt 1.200 tỷ đồng"\nreads = "estimate"\nbound = "both"',
     "cases[7].bound: cần bound"),
    ('text = "hơn 1.000 hồ sơ"', 'text = "hơn một nghìn hồ sơ"', "cases[2].text: không có số"),
    ('text = "hơn 1.000 hồ sơ"', 'text = 1000', "cases[2]: cần text"),
    ('words = ["khoảng", "xấp xỉ", "ước khoảng"]', 'words = ["khoảng", "xấp xỉ", "gần"]', "below.words[0]: 'gần' đã có trong [about]"),
    ('words = ["khoảng", "xấp xỉ", "ước khoảng"]', 'words = ["khoảng", "Khoảng"]', "about.words[1]: 'Khoảng' đã có"),
    ('words = ["là", "đạt", "có"]', 'words = ["là", "đạt được"]', "linking.words[1]: cần một từ"),
    ('[about]\nwords', '[about]\nsigns = ["~"]\nwords', "about.signs: khóa không hợp lệ"),
    ('description = ', 'extra = 1\ndescription = ', "extra: khóa không hợp lệ"),
])
def test_bad_entries_of_the_qualifiers(tmp_path, old, new, key):
    bad = _copy(tmp_path, QUALIFIERS, _replace(old, new))
    with pytest.raises(LexiconError, match=_bad(bad, key)):
        nt.load_number_cues(str(bad))


@pytest.mark.parametrize("old, new, key", [
    ('not_after = { "số" = ["tổng"]', 'not_after = { "sổ" = ["tổng"]', "labels.not_after.sổ: không có trong labels.words"),
    ('not_after = {', 'not_after = 3\nx = {', "labels.x: khóa không hợp lệ"),
    ('not_after = { "số" = ["tổng"], "tuyến" = ["trực", "ngoại"] }', 'not_after = ["tổng"]', "labels.not_after: cần bảng"),
    ('reads = "year"', 'reads = "date"', "cases[2].reads: 'date' không hợp lệ"),
    ('text = "2025 TTHC"\nreads = "count"', 'text = "2025 TTHC"\nreads = "count"\nbound = "both"', "cases[0]: cần text"),
    ('[[cases]]\ntext = "2025 TTHC"', '[cases]\ntext = "2025 TTHC"', "cases: cần ít nhất một [[cases]]"),
])
def test_bad_entries_of_the_count_nouns(tmp_path, old, new, key):
    text = COUNT_NOUNS.read_text(encoding="utf-8")
    if new.startswith("[cases]"):  # a table of cases instead of a list: the rest taken out
        text = text[:text.index("\n[[cases]]\n")] + '[cases]\ntext = "2025 TTHC"\nreads = "count"\n'
        bad = tmp_path / "count-nouns.toml"
        bad.write_text(text, encoding="utf-8")
    else:
        bad = _copy(tmp_path, COUNT_NOUNS, _replace(old, new))
    with pytest.raises(LexiconError, match=_bad(bad, key)):
        nt.load_number_cues(None, str(bad))


def test_a_file_that_is_not_toml_or_not_there_is_named(tmp_path):
    bad = tmp_path / "qualifiers.toml"
    bad.write_text("[about\nwords = [", encoding="utf-8")
    with pytest.raises(LexiconError, match=_bad(bad, "TOML không hợp lệ")):
        nt.load_number_cues(str(bad))
    missing = tmp_path / "none.toml"
    with pytest.raises(LexiconError, match=_bad(missing, "không đọc được tệp từ vựng")):
        nt.load_number_cues(None, str(missing))


# ----------------------------------------------------------------------------- the data is what is read
def test_a_count_noun_added_to_a_copy_changes_the_reading(tmp_path):
    text = "Đã đóng mới 2025 chiếc tàu cá."
    assert nt.read_case(text, nt.CUES, "count-nouns") == ("year", "")
    assert [t.text for t in _figures(text)] == []  # a bare 2025 before a noun that counts nothing: a year
    case = '\n[[cases]]\ntext = "Đã đóng mới 2025 chiếc tàu cá."\nreads = "count"\n'
    # the case alone does not read: the load fails, naming it
    bad = _copy(tmp_path, COUNT_NOUNS, lambda s: s + case, "bad.toml")
    n = COUNT_NOUNS.read_text(encoding="utf-8").count("\n[[cases]]\n")
    with pytest.raises(LexiconError, match=_bad(bad, f"cases[{n}]: '{text}' đọc ra year thay vì count")):
        nt.load_number_cues(None, str(bad))
    # with the noun, it does
    good = _copy(tmp_path, COUNT_NOUNS, lambda s: _replace('"dịch vụ",', '"dịch vụ", "chiếc tàu",')(s) + case)
    cues = nt.load_number_cues(None, str(good))
    assert "chiếc tàu" in cues.count_nouns and cues.paths[1] == str(good)
    assert nt.read_case(text, cues, "count-nouns") == ("count", "")
    assert [(t.text, t.unit) for t in _figures(text, cues)] == [("2025", "chiếc tàu")]
    # and the count noun after a label word makes the figure a quantity: "số 3 chiếc tàu"
    assert [t.text for t in _figures("số 3 chiếc tàu", nt.CUES)] == []
    assert [t.text for t in _figures("số 3 chiếc tàu", cues)] == ["3"]
    assert [t.text for t in _figures(text)] == []  # the shipped words are untouched


def test_a_qualifier_added_to_a_copy_changes_the_reading(tmp_path):
    text = "chừng 30 hồ sơ"
    assert nt.read_case(text, nt.CUES, "qualifiers") == ("exact", "")
    good = _copy(tmp_path, QUALIFIERS, _replace('words = ["khoảng", "xấp xỉ", "ước khoảng"]',
                                                'words = ["khoảng", "xấp xỉ", "ước khoảng", "chừng"]'))
    cues = nt.load_number_cues(str(good))
    assert nt.read_case(text, cues, "qualifiers") == ("approximate", "both")
    assert [t.approx for t in _figures(text, cues)] == ["chừng"]
    # a word moved from one table to another changes its bound: "trên" as an upper bound
    moved = _copy(tmp_path, QUALIFIERS, lambda s: _replace('"hơn", "trên",', '"hơn",')(
        _replace('words = ["gần", "dưới"', 'words = ["gần", "trên", "dưới"')(s)), "moved.toml")
    cues = nt.load_number_cues(str(moved))
    assert nt.read_case("trên 50 xã", cues, "qualifiers") == ("approximate", "upper")
    assert nt.read_case("trên 50 xã", nt.CUES, "qualifiers") == ("approximate", "lower")


def test_a_label_word_added_to_a_copy_changes_the_reading(tmp_path):
    assert [t.text for t in _figures("ca 2 có 30 đơn vị")] == ["2", "30"]
    good = _copy(tmp_path, COUNT_NOUNS, _replace('"phường", "quận",', '"phường", "quận", "ca",'))
    cues = nt.load_number_cues(None, str(good))
    assert [t.text for t in _figures("ca 2 có 30 đơn vị", cues)] == ["30"]
    assert nt.read_case("ca 2 có 30 đơn vị", cues, "count-nouns") == ("label", "")
