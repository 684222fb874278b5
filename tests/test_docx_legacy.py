"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI): detected and refused with one line,
in .txt (UTF-8 or raw 8-bit bytes) and in .docx; Unicode Vietnamese never flagged."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from checker.extract import InputError, read_path
from checker.extract.legacy import detect_legacy_bytes, detect_legacy_encoding
from conftest import CORPUS, SEED, needs_shared
from fixtures_docx import text_to_docx
from legacy_encoders import to_tcvn3, to_vni

SENTENCES = [
    "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.",
    "Ủy ban nhân dân tỉnh đã ban hành kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2020 trên địa bàn tỉnh.",
    "Trung tâm Phục vụ hành chính công đã tiếp nhận 12.345 hồ sơ, trong đó giải quyết đúng hạn 12.001 hồ sơ.",
    "Các sở, ban, ngành tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao chất lượng phục vụ người dân.",
]
REPORT = "\n\n".join(SENTENCES)


def test_known_samples():
    assert to_tcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam") == "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
    assert to_vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    assert detect_legacy_encoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam. " * 3) == "TCVN3"
    assert detect_legacy_encoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. " * 3) == "VNI"


@pytest.mark.parametrize("encode,name", [(to_tcvn3, "TCVN3"), (to_vni, "VNI")])
def test_report_in_legacy_encoding_is_detected(encode, name):
    assert detect_legacy_encoding(encode(REPORT)) == name
    for s in SENTENCES[1:]:  # one sentence is enough
        assert detect_legacy_encoding(encode(s)) == name
    assert detect_legacy_encoding(REPORT) == ""


@pytest.mark.parametrize("encode,name", [(to_tcvn3, "TCVN3"), (to_vni, "VNI")])
def test_legacy_txt_is_an_input_error_utf8_and_raw_bytes(tmp_path, encode, name):
    legacy = encode(REPORT)
    u = tmp_path / "utf8.txt"
    u.write_text(legacy, encoding="utf-8")  # copied out of a .VnTime document into a Unicode editor
    raw = tmp_path / "raw.txt"
    raw.write_bytes(legacy.encode("cp1252"))  # the 8-bit file itself
    assert detect_legacy_bytes(raw.read_bytes()) == name
    for p in (u, raw):
        with pytest.raises(InputError) as e:
            read_path(p)
        msg = str(e.value)
        assert name in msg and "Unicode" in msg and "\n" not in msg


def test_non_utf8_text_that_is_not_legacy_keeps_the_encoding_error(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Résumé of the café meeting, naïve coöperation. ".encode("cp1252") * 5)
    with pytest.raises(InputError, match="UTF-8"):
        read_path(p)


def test_docx_typed_in_tcvn3_is_refused(tmp_path):
    path = text_to_docx(to_tcvn3(REPORT), tmp_path / "old.docx")
    with pytest.raises(InputError, match="TCVN3"):
        read_path(path)


def test_unicode_vietnamese_with_foreign_names_is_not_flagged():
    text = REPORT + " Đoàn công tác làm việc với ông Müller (Đức) và bà Françoise (Pháp), nhiệt độ 30°C ± 2°C; §3."
    assert detect_legacy_encoding(text) == ""


@needs_shared()
def test_seed_and_corpus_are_never_flagged():
    files = [SEED] + sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md"))
    for f in files:
        assert detect_legacy_encoding(f.read_text(encoding="utf-8")) == "", f.name


VIET_WORDS = ("công tác cải cách hành chính năm tỉnh huyện xã hồ sơ thủ tục đúng hạn trễ hạn Ủy ban nhân dân "
              "đã được tiếp nhận giải quyết trực tuyến mức độ cấp Sở Nội vụ báo cáo quý tháng ngày "
              "kết quả đạt tỷ lệ người dân doanh nghiệp hài lòng phục vụ").split()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VIET_WORDS), min_size=10, max_size=200),
       st.lists(st.sampled_from(list("µ·§°±«»×©®¨ñöøäåëÖÜß")), max_size=3))
def test_unicode_vietnamese_is_never_flagged(words, odd):
    text = " ".join(words) + " " + " ".join(odd)
    assert detect_legacy_encoding(text) == ""


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VIET_WORDS), min_size=10, max_size=200),
       st.lists(st.sampled_from(list("µ·§°±«»×©®¨ñöøäåëÖÜß½¾£¤¡")), max_size=8))
def test_unicode_vietnamese_in_nfd_is_never_flagged(words, odd):
    # found by the large fuzz campaign: decomposed (NFD) Vietnamese hid the letters that tell
    # Unicode from a legacy font, and a few Latin-1 signs then read as TCVN3
    text = unicodedata.normalize("NFD", " ".join(words[:3]) + " " + " ".join(odd) + " " + " ".join(words))
    assert detect_legacy_encoding(text) == ""


def test_unicode_text_with_letters_cp1252_cannot_write_is_not_legacy():
    # found by the large fuzz campaign (second run): Latin-1 signs among CJK and Latin Extended
    # letters are not a legacy font, which only ever produces what cp1252 can
    text = "Ủy ban nhân dân 𭓙Þ½¤p셧ö 𭓙Þ½¤p셧ö ABë¹Q ABë¹Q °Ė𝜃P𠛰čÃĺ 0 %."
    assert detect_legacy_encoding(text) == ""
    assert detect_legacy_encoding(to_tcvn3(REPORT) + " Ė") == "TCVN3"  # one stray letter changes nothing


def test_the_fuzz_campaign_example_is_read(tmp_path):
    text = ("Tổng số.\n £\nỦy ban nhân dân\n0,0\t0\n0\t0\tĽ¨ía½¡d\tċ¾£\nvÃ¤9Âİ\tŁēĂs¦Ă\n0\t0\t0\nTổng số.")
    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    assert "Ủy ban nhân dân" in read_path(path).text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(VIET_WORDS), min_size=30, max_size=200))
def test_any_vietnamese_report_typed_in_tcvn3_or_vni_is_detected(words):
    text = " ".join(words) + ". " + SENTENCES[1]
    assert detect_legacy_encoding(to_tcvn3(text)) == "TCVN3"
    assert detect_legacy_encoding(to_vni(text)) == "VNI"
