"""The scan's speed-ups keep its meaning.

Three rewrites make the extraction scan faster (see checker/extract/grammar.py): patterns that
open with their first digit and check the character before it with a look-behind placed after
it; literal pre-filters (``Leaf.needs``) that skip a block without "/" or "tháng"; and the
citation scan anchored on code tokens. Each is compared here with the plain form it replaces,
on draft-like text and on short strings built from the characters the patterns care about.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from _fuzz import vn_text
from checker.extract import grammar as g
from checker.extract.code_tokens import citation_matches
from conftest import CORPUS, SEED

_INT = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
# the plain forms: the look-behind first
PLAIN = {
    "vn_number": r"(?<![\w.,/:-])(?<!\d[.,])" rf"(?P<int>{_INT})(?:,(?P<dec>\d+))?" r"(?![\w]|[.,]\d|/\d|:\d)",
    "fraction": rf"(?<![\w.,/:-])(?P<num>{_INT}(?:,\d+)?)\s?/\s?(?P<den>{_INT}(?:,\d+)?)(?![\w/]|[.,]\d)",
    "period_range": r"(?<![\w/.,])(?P<y1>(?:19|20)\d{2})\s?[-–]\s?(?P<y2>(?:19|20)\d{2})(?![\w/])",
    "doc_code": r"(?<![\w/.,])(?P<num>\d{1,6}[a-zđ]?)" + g.CODE_RE[g.CODE_RE.index(r"\s?/"):],
    "period_months": rf"(?P<n>\d{{1,2}}|(?i:{g._WORD_MONTHS}))"
                     + g.PERIOD_MONTHS_RE[g.PERIOD_MONTHS_RE.index(r"\s+(?i:tháng)"):],
}
FAST = {"vn_number": g.VN_NUMBER, "fraction": g.FRACTION, "period_range": g.PERIOD_RANGE, "doc_code": g.DOC_CODE,
        "period_months": g.PERIOD_MONTHS}
TIME_PLAIN = r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?giờ\b"

# short strings over the characters that decide these patterns
PIECES = ["0", "1", "2", "9", "19", "20", "2020", "123", ".", ",", "/", ":", "-", "–", " ", "  ", "a", "h",
          "giờ", "x", "%", "QĐ", "-UBND", "NĐ-CP", "đ", "\n", "ngày", "tháng", "THÁNG", "năm", "quý", "II",
          "mười", "Mười", "một", "ba", "bảy", "Sáu", "đầu", "cuối"]
pieces = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
texts = st.one_of(pieces, vn_text(max_blocks=6))


def _all(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def _real_texts() -> list[str]:
    files = [SEED] if SEED.exists() else []
    files += sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else []
    return [p.read_text(encoding="utf-8") for p in files]


@pytest.mark.parametrize("name", sorted(PLAIN))
@given(text=texts)
def test_digit_first_patterns_equal_their_plain_form(name, text):
    assert _all(g.compiled(FAST[name]), text) == _all(re.compile(PLAIN[name]), text)


@given(text=texts)
def test_time_pattern_equals_its_plain_form(text):
    from checker.extract.number_tokens import _TIME_RE

    assert [m.span() for m in _TIME_RE.finditer(text)] == [m.span() for m in re.finditer(TIME_PLAIN, text)]


def test_fast_patterns_agree_on_the_real_documents():
    texts = _real_texts()
    if not texts:
        pytest.skip("../shared is not present")
    for text in texts:
        for name, plain in PLAIN.items():
            assert _all(g.compiled(FAST[name]), text) == _all(re.compile(plain), text), name


LEAVES = [g.FRACTION, g.DATE_LONG, g.DATE_SLASH, g.DATE_DAYMONTH, g.DATE_MONTH, g.DATE_HOLIDAY, g.PLACE_DATE,
          g.PERIOD_QUARTER, g.PERIOD_MONTHS, g.PERIOD_YEAR, g.PERIOD_YTD, g.DOC_CODE]


@pytest.mark.parametrize("leaf", LEAVES, ids=lambda leaf: leaf.name)
@given(text=st.one_of(texts, texts.map(str.upper)))
def test_literal_prefilters_never_hide_a_match(leaf, text):
    assert leaf.needs, "a leaf in this list declares the literals it needs"
    assert _all(leaf.re, text) == [(m.span(), m.groupdict()) for m in g.scan(leaf, text, digits=False)]


def test_a_prefilter_skips_a_block_without_its_literal():
    assert list(g.scan(g.DOC_CODE, "Số 12 KH-UBND")) == []  # no "/": not scanned
    assert [m.group(0) for m in g.scan(g.DOC_CODE, "Số 12/KH-UBND")] == ["12/KH-UBND"]
    assert [m.group(0) for m in g.scan(g.PERIOD_MONTHS, "SÁU THÁNG ĐẦU NĂM 2020", digits=False)]


def _citations_by_full_scan(text: str) -> list:
    code_starts = {m.start() for m in g.compiled(g.DOC_CODE).finditer(text)}
    return [(m.span(), m.groupdict()) for m in re.finditer(g.CITATION_RE, text) if m.start("code") in code_starts]


CITE_PIECES = ["Quyết định", "số", "Thông tư", "liên tịch", "Nghị định", "Kế hoạch", "12/KH-UBND",
               "32/2020/NĐ-CP", "ngày", "05/3/2020", "16 tháng 12 năm 2019", ",", " ", "thông tư", "QĐ-UB",
               "/", "Luật", "xLuật", "số 5/QH14", "08/NQ/CP", "ban hành ngày", "bộ luật", "BỘ LUẬT"]


@given(text=st.one_of(st.lists(st.sampled_from(CITE_PIECES), max_size=12).map(" ".join), vn_text(max_blocks=6)))
def test_code_anchored_citation_scan_equals_the_full_scan(text):
    code_starts = sorted(m.start() for m in g.compiled(g.DOC_CODE).finditer(text))
    got = [(m.span(), m.groupdict()) for m in citation_matches(text, code_starts)]
    assert got == _citations_by_full_scan(text)


def test_code_anchored_citation_scan_on_the_real_documents():
    texts = _real_texts()
    if not texts:
        pytest.skip("../shared is not present")
    found = 0
    for text in texts:
        for line in text.split("\n"):
            code_starts = sorted(m.start() for m in g.compiled(g.DOC_CODE).finditer(line))
            got = [(m.span(), m.groupdict()) for m in citation_matches(line, code_starts)]
            assert got == _citations_by_full_scan(line), line
            found += len(got)
    assert found > 20  # the documents cite many others: the comparison is not vacuous


# ----------------------------------------------------------------------------- identity cue pre-filters
def _tags(doc, kind, cues) -> list:
    from checker.kinds._prose import prose_blocks
    from checker.kinds.identity import tag_paragraph

    return [(f.slot, f.tok.start, f.share) for i, b in enumerate(prose_blocks(doc))
            for f in tag_paragraph(doc, b, i, cues, kind.share_link, kind.params.window)]


def _identity_kinds():
    from checker import load_ruleset

    return [r.checker for r in load_ruleset().rules if r.kind == "identity"]


def _prefilters_agree(text: str) -> int:
    from checker.extract import build_document

    found = 0
    for kind in _identity_kinds():
        plain = list(kind.compiled)  # the cues alone: no alternation, no sentence pre-filter
        assert kind.compiled.words and None not in kind.compiled.words
        fast = _tags(build_document(text), kind, kind.compiled)
        assert fast == _tags(build_document(text), kind, plain)
        found += len(fast)
    return found


@given(text=vn_text(max_blocks=8))
def test_identity_cue_prefilters_never_change_the_slots(text):
    _prefilters_agree(text)


def test_identity_cue_prefilters_on_the_real_documents():
    texts = _real_texts()
    if not texts:
        pytest.skip("../shared is not present")
    assert sum(_prefilters_agree(t) for t in texts) > 50  # slots are found: not vacuous


def test_leading_literal_of_a_cue():
    from checker.kinds.identity import _leading_literal, _relaxed

    assert _leading_literal(_relaxed(r"(?<!và\s)đã\s+giải\s+quyết")) == "đã"
    assert _leading_literal(r"(?:thu\s+từ\s+)?dầu\s+thô") == "dầu"
    assert _leading_literal(r"tiếp|nhận") is None  # two ways to start: no single word
    assert _leading_literal(r"ab?c") == "a"
    assert _relaxed(r"\bthu") is None  # an assertion it cannot drop


# ----------------------------------------------------------------------------- last-word pre-filters of numbers
def _label_words():
    from checker.extract import number_tokens as nt

    return [*nt.LABEL_WORDS, *nt.SECTION_WORDS, *nt.APPROX_CUES, "là", "đạt", "có", "tổng", "Tổng", "SỐ", "MỤC",
            "KHOẢNG", "Ước Đạt", "ướcđạt", "xấp  xỉ", "x", "_", "~", "≈", ":", "-", "a1", "5", "\n"]


@given(st.lists(st.tuples(st.sampled_from(_label_words()), st.sampled_from(["", " ", "  "])), max_size=5))
def test_last_word_prefilters_never_hide_a_label_or_a_cue(parts):
    from checker.extract import number_tokens as nt

    before = "".join(w + sp for w, sp in parts)[-24:]
    label = bool(nt._LABEL_RE.search(before) or nt._SECTION_LABEL_RE.search(before))
    if label:
        assert nt._last_word(before, True) in nt._LABEL_LAST
    cue = nt._APPROX_RE.search(before)
    if cue:
        last = nt._last_word(before, False)
        assert last in nt._APPROX_LAST or last.endswith(nt._APPROX_AFTER) or before.rstrip()[-1:] in "~≈"


def test_labels_and_cues_still_read():
    from checker.extract import build_document, numbers

    toks = {t.text: t for t in numbers(build_document(
        "Mục 2 có khoảng 30 hồ sơ, ước thực hiện 95%, mức độ 4 và tổng số 12 đơn vị; quý 3 đạt 7 xã."))}
    assert "2" not in toks and "4" not in toks and "3" not in toks  # labels
    assert toks["30"].approx == "khoảng" and toks["95"].approx == "" and toks["95"].estimate
    assert "12" in toks and toks["12"].approx == "" and "7" in toks
