"""Encoders from Unicode Vietnamese to the legacy TCVN3 (ABC) and VNI encodings, written
from the published tables, to build real legacy text in the tests (the bytes are the
Latin-1 characters returned here)."""
from __future__ import annotations

import unicodedata

TONES = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # none, huyền, hỏi, ngã, sắc, nặng
# TCVN3: base vowel -> its six forms (no tone, huyền, hỏi, ngã, sắc, nặng)
_TCVN3 = {
    "a": "aµ¶·¸¹", "ă": "¨»¼½¾Æ", "â": "©ÇÈÉÊË", "e": "eÌÎÏÐÑ", "ê": "ªÒÓÔÕÖ", "i": "i×ØÜÝÞ",
    "o": "oßáâãä", "ô": "«åæçèé", "ơ": "¬êëìíî", "u": "uïñòóô", "ư": "\u00adõö÷øù", "y": "yúûüýþ",
}
_TCVN3_UPPER_BASE = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§", "đ": "®"}


def _split(ch: str) -> tuple[str, str]:
    """(base letter with its shape mark: a ă â e ê o ô ơ u ư..., tone mark or "")."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in TONES and c)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, tone


def to_tcvn3(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_UPPER_BASE:
            out.append(_TCVN3_UPPER_BASE[ch])
            continue
        base, tone = _split(ch)
        low = base.lower()
        if low not in _TCVN3 or (not tone and base != low):
            out.append(ch)  # not a vowel, or a plain capital A E I O U Y
        else:  # toned capitals use the lowercase code (shown in the .VnTimeH capital font)
            out.append(_TCVN3[low][TONES[tone]])
    return "".join(out)


# VNI: plain vowels take the tone as a separate letter; â/ê/ô and ă take combined letters
_VNI_TONE = ["", "ø", "û", "õ", "ù", "ï"]
_VNI_CIRC = ["â", "à", "å", "ã", "á", "ä"]
_VNI_BREVE = ["ê", "è", "ú", "ü", "é", "ë"]
_VNI_I = ["i", "ì", "æ", "ó", "í", "ò"]


def to_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        base, tone = _split(ch)
        low = base.lower()
        upper = base != low
        t = TONES[tone]
        if low not in "aăâeêioôơuưy" or (not tone and low in "aeiouy"):
            out.append(ch)
            continue
        if low == "i":
            s = _VNI_I[t]
        elif low == "y" and t == 5:
            s = "î"
        elif low in "âêô":
            s = {"â": "a", "ê": "e", "ô": "o"}[low] + _VNI_CIRC[t]
        elif low == "ă":
            s = "a" + _VNI_BREVE[t]
        elif low in "ơư":
            s = {"ơ": "ô", "ư": "ö"}[low] + _VNI_TONE[t]
        else:
            s = low + _VNI_TONE[t]
        out.append(s.upper() if upper else s)
    return "".join(out)
