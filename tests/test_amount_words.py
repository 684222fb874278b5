"""Figures written in words (issue 14): the Vietnamese number-word reader and AR031.

The reader is tested against an independent renderer of Vietnamese numbers with every
spelling variant a report uses (nghìn/ngàn, linh/lẻ, tỷ/tỉ, lăm/nhăm, tư/bốn, bảy/bẩy, with
or without "không trăm"); the rule against a generator of the ways reports put the words
beside the figure: consistent figures must stay silent, figures whose words say another
number must fire on the figure's line.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.quantities import LexiconError, load_number_words

LEX = load_number_words()
RULES = load_ruleset().select(["AR031"])
DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@st.composite
def spelling(draw) -> dict:
    return {k: draw(st.booleans()) for k in ("ngan", "le", "ti", "nham", "bon", "bay", "skip_khong", "cap")}


def render(n: int, v: dict) -> str:
    """Vietnamese words for ``n`` (independent of the reader under test)."""
    words = _render(n, v, full=False) if n else ["không"]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if v["cap"] else text


def _digit(d: int, v: dict) -> str:
    return "bẩy" if d == 7 and v["bay"] else DIGITS[d]


def _render(n: int, v: dict, full: bool) -> list[str]:
    if n >= 10 ** 9:
        high, low = divmod(n, 10 ** 9)
        return _render(high, v, False) + ["tỉ" if v["ti"] else "tỷ"] + (_render(low, v, True) if low else [])
    for power, word in ((6, "triệu"), (3, "ngàn" if v["ngan"] else "nghìn")):
        if n >= 10 ** power:
            high, low = divmod(n, 10 ** power)
            return _render(high, v, full) + [word] + (_render(low, v, True) if low else [])
    return _triple(n, v, full)


def _triple(n: int, v: dict, full: bool) -> list[str]:
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if h or (full and not v["skip_khong"]):
        out += [_digit(h, v), "trăm"]
    if t == 0:
        if u and out:
            out += ["lẻ" if v["le"] else "linh", "bốn" if u == 4 and v["bon"] else ("tư" if u == 4 else _digit(u, v))]
        elif u and full:  # "một nghìn linh năm" (không trăm skipped)
            out += ["lẻ" if v["le"] else "linh", _digit(u, v)]
        elif u:
            out.append(_digit(u, v))
    elif t == 1:
        out.append("mười")
        if u:
            out.append(("nhăm" if v["nham"] else "lăm") if u == 5 else _digit(u, v))
    else:
        out += [_digit(t, v), "mươi"]
        if u == 1:
            out.append("mốt")
        elif u == 4:
            out.append("bốn" if v["bon"] else "tư")
        elif u == 5:
            out.append("nhăm" if v["nham"] else "lăm")
        elif u:
            out.append(_digit(u, v))
    return out




# ----------------------------------------------------------------------------- the reader
@given(st.integers(0, 10 ** 15), spelling())
def test_reader_reads_every_spelling_of_every_number(n, v):
    assert LEX.read(render(n, v)) == Decimal(n), render(n, v)


@pytest.mark.parametrize("words,value", [
    ("hai mươi lăm phẩy năm", "25.5"), ("không phẩy không năm", "0.05"), ("một phẩy hai mươi lăm", "1.25"),
    ("mười", "10"), ("ba chục", "30"), ("một trăm linh tư", "104"), ("bảy ngàn lẻ tư", "7004"),
])
def test_reader_reads_decimals_and_colloquial_forms(words, value):
    assert LEX.read(words) == Decimal(value)


@pytest.mark.parametrize("words", ["hai hai", "một năm", "trăm", "mươi", "một mươi", "hai trăm trăm",
                                   "mốt", "lăm", "tỷ", "mười mười", "năm phẩy", "phẩy năm", "một phẩy hai phẩy ba",
                                   "không tỷ", "hai nghìn ba nghìn"])
def test_reader_refuses_what_is_not_one_number(words):
    assert LEX.read(words) is None


def test_a_bad_lexicon_is_a_load_error_naming_file_and_key(tmp_path):
    from checker.quantities.words import lexicon_dir

    text = (lexicon_dir() / "number-words.toml").read_text(encoding="utf-8")
    bad = tmp_path / "number-words.toml"
    bad.write_text(text.replace('"chín" = 9', '"chín" = 19'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"number-words\.toml: digits\.chín"):
        load_number_words(str(bad))
    bad.write_text(text.replace('value = "21"', 'value = "22"'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cases\[1\]"):
        load_number_words(str(bad))


# ----------------------------------------------------------------------------- the rule, by family
LEADS = ["Thời hạn giải quyết là", "Tổng kinh phí thực hiện là", "Đã giải ngân", "Số tiền hỗ trợ:",
         "UBND tỉnh phân bổ", "Tổng cộng", "- Kinh phí:"]


@st.composite
def phrasing(draw, n: int, words_of: int) -> tuple[str, int]:
    """A report line putting ``n`` and the words of ``words_of`` side by side; (text, line of the figure)."""
    v = draw(spelling())
    words = render(words_of, v)
    lead = draw(st.sampled_from(LEADS))
    family = draw(st.sampled_from(["paren-after-unit", "paren-before-unit", "cue-in-paren", "cue-next-line",
                                   "cue-same-line", "scaled", "percent", "leading-zero"]))
    prefix_lines = draw(st.integers(0, 2))
    head = "".join(f"Đoạn mở đầu số {i + 1} của báo cáo.\n\n" for i in range(prefix_lines))
    line = 2 * prefix_lines + 1
    if family == "paren-after-unit":
        unit = draw(st.sampled_from(["đồng", "hồ sơ", "ngày làm việc", "xã"]))
        tail = draw(st.sampled_from(["", f" {unit}"]))
        return f"{head}{lead} {vn(n)} {unit} ({words}{tail}).", line
    if family == "paren-before-unit":
        unit = draw(st.sampled_from(["ngày", "tháng", "đơn vị", "đồng"]))
        return f"{head}{lead} {vn(n)} ({words}) {unit}.", line
    if family == "cue-in-paren":
        end = draw(st.sampled_from(["đồng", "đồng chẵn", "đồng./.", "Việt Nam đồng"]))
        cue = draw(st.sampled_from(["Bằng chữ:", "bằng chữ:", "Viết bằng chữ:", "Bằng chữ"]))
        return f"{head}{lead} {vn(n)} đồng ({cue} {words} {end}).", line
    if family == "cue-next-line":
        end = draw(st.sampled_from(["đồng", "đồng chẵn./.", "đồng."]))
        return f"{head}{lead} {vn(n)} đồng.\nBằng chữ: {words} {end}", line
    if family == "cue-same-line":
        return f"{head}{lead} {vn(n)} đồng; bằng chữ: {words} đồng.", line
    if family == "scaled":
        # the figure in tỷ đồng, the words of the whole amount in đồng
        return f"{head}{lead} {vn(n)} tỷ đồng (Bằng chữ: {render(words_of * 10 ** 9, v)} đồng).", line
    if family == "percent":
        return f"{head}Tỷ lệ hồ sơ đúng hạn đạt {n % 101}% ({render(words_of % 101, v)} phần trăm).", line
    return f"{head}{lead} {n % 10:02d} ({render(words_of % 10, v)}) ngày làm việc.", line


def _fired(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings]


@given(st.data(), st.integers(0, 10 ** 13))
def test_consistent_words_stay_silent_in_every_family(data, n):
    text, _ = data.draw(phrasing(n, n))
    assert _fired(text) == [], text


@given(st.data(), st.integers(0, 10 ** 13), st.integers(1, 10 ** 6))
def test_words_of_another_number_fire_on_the_figure_line(data, n, delta):
    m = n + delta if data.draw(st.booleans()) or n < delta else n - delta
    text, line = data.draw(phrasing(n, m))
    # the percent and leading-zero families read n and m modulo 101 / 10: skip when they coincide
    if "phần trăm" in text and n % 101 == m % 101 or " ngày làm việc." in text and "(" in text \
            and text.split("(")[0].rstrip().endswith(f"{n % 10:02d}") and n % 10 == m % 10:
        return
    assert _fired(text) == [("AR031", line)], text


@pytest.mark.parametrize("text", [
    "Đơn vị có 10 cán bộ (hai nữ) công tác.",           # a sub-count, not the figure in words
    "Thực hiện trong 12 tháng (một năm).",               # another unit: not one number of the same thing
    "Năm 2020 (năm nay) tỉnh đạt kết quả tốt.",          # not a figure's words
    "Tiếp nhận 25 hồ sơ (năm hồ sơ trực tuyến bị trả lại).",  # a part with its own qualifier
    "Giải quyết 5 hồ sơ (gồm ba hồ sơ đất đai).",        # a breakdown, not the figure's words
    "Hỗ trợ 3 hộ (ba hộ nghèo, hai hộ cận nghèo).",
    "Thực hiện 3 đợt kiểm tra (hai đợt đột xuất).",       # the unit, then a qualifier: a part
    "Bằng chữ: không có số liệu.",
])
def test_what_is_not_the_figure_in_words_stays_silent(text):
    assert _fired(text) == []
