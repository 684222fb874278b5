"""Reading bytes into text: encodings, binary detection, NFC with an offset map."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from array import array

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a draft report is a few hundred KB; 20 MB is generous
_SIZE_RE = re.compile(r"^\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNIT = {"": 1, "b": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


class InputError(Exception):
    """An input that cannot be checked (binary, wrong encoding, too large...). One line, for the user."""


def parse_size(text: str | int) -> int:
    """A byte count written ``1048576``, ``500k``, ``10MB``, ``1,5 MiB`` (binary units). ValueError if not."""
    if isinstance(text, int):
        if text <= 0:
            raise ValueError("size must be positive")
        return text
    m = _SIZE_RE.match(text)
    if not m:
        raise ValueError(f"not a size: {text!r} (e.g. 20MB, 500k, 1048576)")
    unit = (m["unit"] or "").lower()[:1]
    value = int(float(m["n"].replace(",", ".")) * _UNIT[unit])
    if value <= 0:
        raise ValueError("size must be positive")
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
        raise InputError(f"giá trị {ENV_MAX_BYTES}={value!r} không hợp lệ (not a size, e.g. 20MB)") from None


def check_size(size: int, max_bytes: int | None = None) -> None:
    """Refuse an input larger than ``max_bytes`` with a one-line reason that says how to raise the limit."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
    if size > max_bytes:
        raise InputError(f"tệp quá lớn: {size:,} byte, giới hạn {max_bytes:,} byte; dùng --max-bytes để "
                         f"nâng giới hạn (file too large: {size:,} bytes, limit {max_bytes:,})")


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
        raise InputError("không tìm thấy tệp (file not found)") from None
    except IsADirectoryError:
        raise InputError("là thư mục, không phải tệp (is a directory)") from None
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket, or a FIFO nobody writes to
            raise InputError(_NOT_REGULAR) from None
        raise InputError(f"không đọc được tệp ({e.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("là thư mục, không phải tệp (is a directory)")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_NOT_REGULAR)
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
        raise InputError(f"không đọc được tệp ({e.strerror})") from None
    finally:
        os.close(fd)


def require_regular(path: str | os.PathLike) -> None:
    """Refuse, with an :class:`InputError`, a path that is not a regular file (after symlinks)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("không tìm thấy tệp (file not found)") from None
    except OSError as e:
        raise InputError(f"không đọc được tệp ({e.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("là thư mục, không phải tệp (is a directory)")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(_NOT_REGULAR)


_NOT_REGULAR = ("không phải tệp thông thường (thiết bị, FIFO hay socket), không đọc "
                "(not a regular file: device, FIFO or socket)")


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
