"""Detect Vietnamese typed in a legacy font encoding (TCVN3/ABC, VNI) instead of Unicode.

Old documents were typed with 8-bit fonts (.VnTime for TCVN3, VNI-Times for VNI): the bytes
are Latin-1/cp1252 letters that only look Vietnamese in that font. Read as Unicode (or
copied out of such a document) they are nonsense — "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
(TCVN3), "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" (VNI) — and checking them would only
produce false findings, so the reader refuses them with a clear message.

The test is two-sided: legacy text is full of Latin-1 signs that Vietnamese never uses
(µ ¸ ¶ · ¨ © ª « ¬ ® for TCVN3; a vowel followed by ø û ï ä å ë ö for VNI, "ñ" for đ) and
has none of the letters Unicode Vietnamese cannot do without (ă đ ơ ư ạ ả ấ …, all beyond
Latin-1). Real Unicode Vietnamese has thousands of the latter, so it is never flagged.
"""
from __future__ import annotations

import re
import unicodedata

# TCVN3 uses the Latin-1 symbols A1–BF for letters (ă â ê ô ơ ư đ and toned a/ă): no Vietnamese
# text in Unicode contains them in numbers ("·" = ã, "µ" = à, "¸" = á, "¶" = ả, "¹" = ạ, ...).
_TCVN3_SIGNS = re.compile(r"[µ¶·¸¹¨©ª«¬®»¼½¾¡¢£¤¥¦§]")
# TCVN3 letters C0–FF that are not Vietnamese letters in Unicode (Æ Ç Ë Î Ï Ð Ñ Ö × Ø Ü Þ ß
# ä å æ ç ë î ï ð ñ ö ÷ ø û ü þ; not È É Ì, which are) right after a consonant:
# "nghÜa" = nghĩa, "chñ" = chủ, "viÖc" = việc.
_TCVN3_LETTERS = re.compile(r"(?<=[bcdghklmnpqrstvxBCDGHKLMNPQRSTVX])[ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïðñö÷øûüþ]")
# VNI writes a base vowel then the diacritics as separate Latin-1 letters: "Coäng" = Cộng,
# "hoøa" = hòa, "Vieät" = Việt, "chuû" = chủ; "ñ" is đ ("ñaõ" = đã), "ö" is ư, "ô" is ơ.
_VNI_PAIRS = re.compile(r"[aeiouyAEIOUYôÔöÖ][øûïäåëõØÛÏÄÅËÕ]|(?<![^\W\d_])[ñÑ](?=[aeioôuöyâê])")
# Letters only Unicode Vietnamese has (beyond Latin-1): ă đ ĩ ũ ơ ư and the U+1EA0 block.
_UNICODE_VIET = re.compile(r"[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_LETTER = re.compile(r"[^\W\d_]")
# Text typed in an 8-bit font and read as Unicode only has what cp1252 can produce: Latin-1 and
# the letters of cp1252's 0x80–0x9F row. Other letters (Cyrillic, CJK, Latin Extended beyond
# Vietnamese) mean the text is not legacy, whatever Latin-1 signs it also has (found by the
# large fuzz campaign: random Unicode with "½ ¤ ¹" was refused as TCVN3).
_OUTSIDE_CP1252 = re.compile(r"[^\W\d_\x00-\xffŒœŠšŸŽžƒ]")
# Vietnamese sentences written in TCVN3 or VNI are common enough to count as evidence alone
_MIN_EVIDENCE = 8


def legacy_scores(text: str) -> tuple[int, int, int, int]:
    """(letters, unicode Vietnamese letters, TCVN3 evidence, VNI evidence) in ``text``."""
    letters = len(_LETTER.findall(text))
    viet = len(_UNICODE_VIET.findall(text))
    tcvn = len(_TCVN3_SIGNS.findall(text)) + len(_TCVN3_LETTERS.findall(text))
    vni = len(_VNI_PAIRS.findall(text))
    return letters, viet, tcvn, vni


def detect_legacy_encoding(text: str) -> str:
    """"TCVN3" or "VNI" when the text reads as Vietnamese typed in a legacy font, else ""."""
    # composed first: in NFD text "ổ" is "o" and two combining marks, and the Unicode Vietnamese
    # letters that tell it from a legacy font would not be counted (found by the fuzz campaign)
    sample = unicodedata.normalize("NFC", text[:50000])
    letters, viet, tcvn, vni = legacy_scores(sample)
    if letters < 40:
        return ""
    evidence = max(tcvn, vni)
    foreign = len(_OUTSIDE_CP1252.findall(sample)) - viet  # the Unicode Vietnamese letters are counted apart
    if foreign * 20 > letters:
        return ""
    # Unicode Vietnamese has a letter beyond Latin-1 every few words: legacy text has almost none
    if evidence < _MIN_EVIDENCE or viet * 4 > evidence or evidence / letters < 0.02:
        return ""
    return "TCVN3" if tcvn >= vni else "VNI"


def detect_legacy_bytes(data: bytes) -> str:
    """The legacy encoding of a file that is not UTF-8: its bytes read as cp1252 (Latin-1).
    Only bytes that read as an 8-bit text at all can be one (a PDF, an image, random bytes read
    as cp1252 are full of the Latin-1 signs TCVN3 uses, and are not Vietnamese)."""
    from .reader import looks_like_8bit_text

    if not looks_like_8bit_text(data):
        return ""
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") * 200 > len(text):  # bytes cp1252 has no letter for: not an 8-bit font text
        return ""
    return detect_legacy_encoding(text)


def legacy_message(encoding: str) -> str:
    """The one-line InputError text for a document in legacy encoding ``encoding``."""
    font = {"TCVN3": ".VnTime, TCVN3/ABC", "VNI": "VNI-Times, VNI"}.get(encoding, encoding)
    from ..i18n import msg

    return msg("input.legacy", encoding=encoding, font=font)
