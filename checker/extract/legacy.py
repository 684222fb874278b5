"""Detect text typed in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) and read as
Latin-1/cp1252: it decodes "fine" but is nonsense, so checking it would only produce
false findings."""
from __future__ import annotations

import re

# Characters that TCVN3 (.VnTime) puts where Unicode Vietnamese letters should be:
# "Céng hoµ x· héi chñ nghÜa ViÖt Nam" is TCVN3 for "Cộng hoà xã hội chủ nghĩa Việt Nam".
_TCVN3 = re.compile(r"[µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâäå¬æéçèêëîìíïðóñòôõøö÷ùúýûüþ®§]")
# VNI: base letter followed by accent letters "Coäng hoøa xaõ hoäi" ("Cộng hoà xã hội")
_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïöôâäåë](?=\w|\s)|[oO][äàøù]|[uU][ø]|ñ")
_VIET = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def detect_legacy_encoding(text: str) -> str:
    """"TCVN3" or "VNI" when the text looks like a legacy encoding, else ""."""
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 40:
        return ""
    viet = len(_VIET.findall(sample))
    tcvn = len(_TCVN3.findall(sample))
    vni = len(_VNI.findall(sample))
    if viet >= max(tcvn, vni):
        return ""
    if tcvn >= 10 and tcvn > vni and tcvn / letters > 0.03:
        return "TCVN3"
    if vni >= 10 and vni / letters > 0.03:
        return "VNI"
    return ""
