"""Reading bytes into text: encodings, binary detection, NFC with an offset map."""
from __future__ import annotations

import codecs
import unicodedata

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a draft report is a few hundred KB; 20 MB is generous


class InputError(Exception):
    """An input that cannot be checked (binary, wrong encoding, too large...). One line, for the user."""


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with BOM. Returns (text, encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        enc, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc, body = "utf-16", data
    else:
        enc, body = "utf-8", data
        if b"\x00" in data[:8192]:
            raise InputError("tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        text = body.decode("utf-16" if enc == "utf-16" else "utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"không đọc được bằng mã {enc.upper()} (not valid {enc.upper()} at byte {e.start}); "
            "hãy lưu lại tệp với mã UTF-8"
        ) from None
    return text, enc


def normalize_with_map(source: str) -> tuple[str, list[int]]:
    """NFC-normalise ``source`` and map every offset of the result back to ``source``.

    The text is cut before each starter character (combining class 0); each piece is
    normalised on its own, so a composed character maps to the start of the sequence it
    came from. Line endings are folded to "\\n" here too (``\\r`` is dropped from the text
    but kept in the map), so columns still count in the text as read.
    """
    if source.isascii() and "\r" not in source:
        return source, list(range(len(source) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(source)
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(source[j]):
            j += 1
        piece = source[i:j]
        if piece == "\r":
            i = j
            continue
        norm = unicodedata.normalize("NFC", piece) if not piece.isascii() else piece
        if len(norm) == len(piece):
            out.append(norm)
            offsets.extend(range(i, j))
        else:
            out.append(norm)
            offsets.extend([i] * len(norm))
        i = j
    offsets.append(n)
    return "".join(out), offsets
