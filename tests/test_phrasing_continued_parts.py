"""A "Trong đó" list carried on in the sentences after it (issue 14).

Statistics releases break a total down one sentence a part: "… sản lượng thủy sản cả năm ước
đạt 60.711 tấn, …. Trong đó, sản lượng khai thác 50.706 tấn, tăng 2% so cùng kỳ. Sản lượng
nuôi trồng ước đạt 10.005 tấn, tăng 7,4% so cùng kỳ." A sentence that opens on the head of the
first part's label ("Sản lượng …", "Vận tải …") and states one figure of its measure is one more
part. Parts that exceed the total fire AR001 (a warning: the link is read from the label); parts
within it stay silent (the list may be partial); a sentence naming another period or another
head ends the list.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR001 = load_ruleset().select(["AR001"])
# (the total's label, the head of the parts' labels, the parts' own words, the unit)
SUBJECTS = [("sản lượng thủy sản", "sản lượng", ["khai thác", "nuôi trồng", "thủy sản nước ngọt"], "tấn"),
            ("doanh thu vận tải, kho bãi", "vận tải", ["hành khách", "hàng hoá", "đường thủy"], "tỷ đồng"),
            ("tổng số lao động được giải quyết việc làm", "lao động", ["trong tỉnh", "ngoài tỉnh", "xuất khẩu"], "người")]
VERBS = ["đạt", "ước đạt", "là", ""]
OPENERS = ["Trong đó,", "Trong đó"]


@st.composite
def continued(draw, exceed: bool):
    label, head, rests, u = draw(st.sampled_from(SUBJECTS))
    k = draw(st.integers(2, 3))
    parts = [draw(st.integers(100, 90_000)) for _ in range(k)]
    total = sum(parts) - max(10, sum(parts) // 10) if exceed else sum(parts) + draw(st.integers(0, 5000))
    # the total opening the first part's sentence ("Theo Tổng cục Thống kê, trong tổng mức 370 nghìn
    # tỷ đồng, doanh thu bán lẻ … 277,2 …"), a short opener before a later part ("Trong khi đó, …"),
    # two parts in one sentence after a semicolon
    opening = draw(st.booleans())
    clauses = []
    for i, p in enumerate(parts):
        verb = draw(st.sampled_from(VERBS))
        words = f"{head} {rests[i]} {verb}".strip()
        if i == 0:
            lead = (f"Theo Tổng cục Thống kê, trong tổng số {vn(total)} {u}, {words}" if opening
                    else f"{draw(st.sampled_from(OPENERS))} {words}")
        else:
            lead = words
        clauses.append(f"{lead} {vn(p)} {u}, tăng {draw(st.integers(1, 9))}% so cùng kỳ")
    text = clauses[0] + "."
    for c in clauses[1:]:
        if draw(st.booleans()):
            text = text[:-1] + "; " + c + "."
        else:
            c = draw(st.sampled_from(["", "Trong khi đó, ", "Bên cạnh đó, "])) + c
            text += " " + c[0].upper() + c[1:] + "."
    first = f"Cả năm, {label} ước đạt {vn(total)} {u}, tăng 6,4% so cùng kỳ."
    sep = draw(st.sampled_from([" ", "\n\n"]))
    return f"{first}{sep}{text}"


@given(continued(exceed=False))
def test_parts_within_the_total_stay_silent(text):
    # (the rates drawn are arbitrary: the total's rate rebuilt from its parts', AR046, is another relation)
    assert [f for f in check_text(text).findings if f.severity != "info" and f.category == "arithmetic"
            and f.code != "AR046"] == [], text


@given(continued(exceed=True))
def test_parts_beyond_the_total_fire(text):
    # a warning when a part is read from a later sentence, an error when the sentence lists them all
    assert any(f.code == "AR001" and f.severity in ("warning", "error") for f in check_text(text, AR001).findings), text


@given(st.integers(1000, 9000), st.integers(1000, 9000), st.integers(100_000, 900_000))
def test_another_period_or_head_ends_the_list(a, b, big):
    total = a + b + 10
    for tail in [f"Sản lượng cả năm 2022 đạt {vn(big)} tấn.", f"Sản lượng của cả năm trước đạt {vn(big)} tấn.",
                 f"Giá trị sản xuất đạt {vn(big)} tấn."]:
        text = (f"Sản lượng thủy sản ước đạt {vn(total)} tấn. Trong đó, sản lượng khai thác {vn(a)} tấn. "
                f"Sản lượng nuôi trồng đạt {vn(b)} tấn. {tail}")
        assert [f for f in check_text(text, AR001).findings if f.severity != "info"] == [], text
