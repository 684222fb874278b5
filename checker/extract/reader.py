"""Reading bytes into text: encodings, binary detection, NFC with an offset map."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from array import array

from ..i18n import msg

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a draft report is a few hundred KB; 20 MB is generous
_SIZE_RE = re.compile(r"^\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNIT = {"": 1, "b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


class InputError(Exception):
    """An input that cannot be checked (binary, wrong encoding, too large...). One line, for the user."""


def parse_size(text: str | int) -> int:
    """A byte count written ``1048576``, ``500k``, ``10MB``, ``1,5 MiB`` (binary units). ValueError if not."""
    if isinstance(text, int):
        if text <= 0:
            raise ValueError(msg("size.not-positive"))
        return text
    m = _SIZE_RE.match(text)
    if not m:
        raise ValueError(msg("size.not-a-size", text=text))
    unit = (m["unit"] or "").lower()[:1]
    value = int(float(m["n"].replace(",", ".")) * _UNIT[unit])
    if value <= 0:
        raise ValueError(msg("size.not-positive"))
    return value


ENV_MAX_BYTES = "DRAFTCHECK_MAX_BYTES"  # set by ``draftcheck check --max-bytes`` (worker processes inherit it)


def default_max_bytes() -> int:
    """The input size limit: ``$DRAFTCHECK_MAX_BYTES`` when set, else :data:`MAX_INPUT_BYTES`."""
    value = os.environ.get(ENV_MAX_BYTES, "").strip()
    if not value:
        return MAX_INPUT_BYTES
    try:
        return parse_size(value)
    except ValueError:
        raise InputError(msg("size.bad-env", name=ENV_MAX_BYTES, value=value)) from None


def check_size(size: int, max_bytes: int | None = None) -> None:
    """Refuse an input larger than ``max_bytes`` with a one-line reason that says how to raise the limit."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
    if size > max_bytes:
        raise InputError(msg("input.too-large", size=size, limit=max_bytes))


def read_bounded(path: str | os.PathLike, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``, refusing anything else with an :class:`InputError`.

    A device, FIFO or socket is refused even when named explicitly (``/dev/zero`` reads
    without end, a FIFO blocks for ever): the file is opened without blocking and checked
    with ``fstat`` on the open descriptor, so a symlink swapped between a check and the
    open cannot slip through. At most ``max_bytes + 1`` bytes are read whatever the size
    the file system reports (a file that grows while read is still refused)."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(msg("input.not-found")) from None
    except IsADirectoryError:
        raise InputError(msg("input.is-directory")) from None
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket, or a FIFO nobody writes to
            raise InputError(msg("input.not-regular")) from None
        raise InputError(msg("input.unreadable", reason=e.strerror)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(msg("input.is-directory"))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(msg("input.not-regular"))
        check_size(info.st_size, max_bytes)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                check_size(total, max_bytes)
        return b"".join(chunks)
    except OSError as e:
        raise InputError(msg("input.unreadable", reason=e.strerror)) from None
    finally:
        os.close(fd)


def require_regular(path: str | os.PathLike) -> None:
    """Refuse, with an :class:`InputError`, a path that is not a regular file (after symlinks)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(msg("input.not-found")) from None
    except OSError as e:
        raise InputError(msg("input.unreadable", reason=e.strerror)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(msg("input.is-directory"))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(msg("input.not-regular"))


# What a file is, from its first bytes (the formats a draft is mistaken for, or renamed from):
# (magic, what it is in Vietnamese, in English). Checked before any decoding, so that a PDF or
# a program renamed .txt is never diagnosed as a text in the wrong encoding.
FILE_SIGNATURES = (
    (b"%PDF-", "tệp PDF", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "ảnh PNG", "a PNG image"),
    (b"\xff\xd8\xff", "ảnh JPEG", "a JPEG image"),
    (b"GIF87a", "ảnh GIF", "a GIF image"),
    (b"GIF89a", "ảnh GIF", "a GIF image"),
    (b"II*\x00", "ảnh TIFF", "a TIFF image"),
    (b"MM\x00*", "ảnh TIFF", "a TIFF image"),
    (b"BM", None, None),  # a BMP only with its header's size field: see _signature
    (b"\x7fELF", "chương trình (ELF)", "an executable (ELF)"),
    (b"MZ", None, None),  # a Windows program only with its binary header: see _signature
    (b"\xcf\xfa\xed\xfe", "chương trình macOS", "a macOS executable"),
    (b"\xfe\xed\xfa\xcf", "chương trình macOS", "a macOS executable"),
    (b"\xca\xfe\xba\xbe", "chương trình (Mach-O/Java)", "an executable (Mach-O or Java class)"),
    (b"\x00asm", "chương trình WebAssembly", "a WebAssembly module"),
    (b"\x1f\x8b", "tệp nén gzip", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "tệp nén 7z", "a 7z archive"),
    (b"Rar!\x1a\x07", "tệp nén RAR", "a RAR archive"),
    (b"BZh", None, None),  # bzip2 only with its block header: see _signature
    (b"\xfd7zXZ\x00", "tệp nén xz", "an xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "tệp Office cũ (.doc/.xls)", "an old Office file (.doc/.xls)"),
    (b"ID3", None, None),  # an MP3 only with its version bytes: see _signature
    (b"OggS", "tệp âm thanh/video Ogg", "an Ogg media file"),
    (b"fLaC", "tệp âm thanh FLAC", "a FLAC audio file"),
    (b"SQLite format 3\x00", "cơ sở dữ liệu SQLite", "an SQLite database"),
)


def _signature(data: bytes) -> tuple[str, str] | None:
    """(Vietnamese, English) name of the non-text format ``data`` starts with, or None."""
    for magic, vi, en in FILE_SIGNATURES:
        if data.startswith(magic):
            if vi is not None:
                return vi, en
            if magic == b"BM" and len(data) >= 14 and int.from_bytes(data[2:6], "little") == len(data):
                return "ảnh BMP", "a BMP image"
            if magic == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
                return "tệp nén bzip2", "a bzip2 archive"
            if magic == b"MZ" and b"\x00" in data[2:64]:  # a text may start with "MZ"; a program has NULs
                return "chương trình Windows (.exe/.dll)", "a Windows executable"
            if magic == b"ID3" and len(data) > 5 and data[3] < 10 and data[4] < 10:
                return "tệp âm thanh MP3", "an MP3 audio file"
    if data[4:8] == b"ftyp":
        return "tệp ảnh/video (MP4, HEIC…)", "an image or video (MP4, HEIC…)"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "tệp ảnh/âm thanh/video (RIFF)", "an image, audio or video file (RIFF)"
    return None


def not_text(what_vi: str, what_en: str) -> InputError:
    return InputError(msg("input.not-text", what={"vi": what_vi, "en": what_en}))


# Bytes that a text file never holds: C0 controls other than tab, line feed, form feed,
# carriage return, Word's line break and cell mark (\v, \a, kept by a copy from Word) and ESC
# (old printer files), and DEL.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (7, 9, 10, 11, 12, 13, 27)) + b"\x7f"


def looks_like_8bit_text(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 read as a text in some 8-bit encoding (cp1252, TCVN3,
    VNI…): almost no control bytes, mostly ASCII letters and spaces, words separated by spaces.
    Random bytes, compressed or encrypted data and program code are none of these."""
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls * 1000 > len(sample):
        return False
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    spaces = sample.count(b" ") + sample.count(b"\n") + sample.count(b"\t")
    return (ascii_letters + spaces) * 10 >= len(sample) * 6 and spaces * 30 >= len(sample)


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with BOM. Returns (text, encoding).

    Refused with a message that says what the file is: a known non-text format (PDF, image,
    program, archive) or bytes that no text encoding gives ("không phải văn bản"); a file with
    no text at all ("tệp rỗng"); an 8-bit text that is not UTF-8 (save it as UTF-8). The
    legacy Vietnamese encodings (TCVN3, VNI) are told by the caller from the last case only."""
    signature = _signature(data)
    if signature:
        raise not_text(*signature)
    if data.startswith(codecs.BOM_UTF8):
        enc, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc, body = "utf-16", data
    else:
        enc, body = "utf-8", data
        if b"\x00" in data[:8192]:
            raise not_text(msg("input.binary-file", "vi"), msg("input.binary-file", "en"))
    try:
        text = body.decode("utf-16" if enc == "utf-16" else "utf-8")
    except UnicodeDecodeError as e:
        if enc == "utf-8" and not looks_like_8bit_text(body):
            raise not_text(msg("input.binary-data", "vi"), msg("input.binary-data", "en")) from None
        raise InputError(msg("input.bad-encoding", encoding=enc.upper(), byte=e.start)) from None
    if not text.strip():
        if not text:
            raise InputError(msg("input.empty"))
        raise InputError(msg("input.whitespace-only"))
    if _control_share_too_high(text):
        raise not_text(msg("input.binary-file", "vi"), msg("input.binary-file", "en"))
    return text, enc


def _control_share_too_high(text: str) -> bool:
    """Valid UTF-8 that is still not a text: control characters a text never holds."""
    sample = text[:65536]
    # a text pasted from Word keeps its line breaks (\v) and cell marks (\a): those are text
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\f\r\x1b\x0b\x07") or ch == "\x7f")
    return bad * 50 > len(sample)


def normalize_with_map(source: str):
    """NFC-normalise ``source`` and map every offset of the result back to ``source``.

    The text is cut before each starter character (combining class 0); each piece is
    normalised on its own, so a composed character maps to the start of the sequence it
    came from. Line endings are folded to "\\n" here too (``\\r`` is dropped from the text
    but kept in the map), so columns still count in the text as read.
    """
    n = len(source)
    if "\r" not in source:
        if source.isascii() or unicodedata.is_normalized("NFC", source):
            return source, range(n + 1)  # the identity map, in constant memory
    else:
        folded = source.replace("\r", "")
        if (unicodedata.is_normalized("NFC", folded)
                and not any(unicodedata.combining(source[m.end()]) for m in re.finditer("\r", source)
                            if m.end() < n)):
            # NFC already, only CR to drop (Windows line endings): map by runs between the CRs
            offsets = array("q")
            pos = 0
            for m in re.finditer("\r+", source):
                offsets.extend(range(pos, m.start()))
                pos = m.end()
            offsets.extend(range(pos, n + 1))
            return folded, offsets
    return _normalize_slow(source)


def _normalize_slow(source: str) -> tuple[str, "array[int]"]:
    """The general case, one starter-led piece at a time (see :func:`normalize_with_map`)."""
    out: list[str] = []
    offsets = array("q")  # 8 bytes an entry, not a list of int objects (a 10 MB text stays small)
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
