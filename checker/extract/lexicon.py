"""Reading the lexicon data files of ``rules/lexicon/``: the words that decide meaning.

Every layer that reads words from data reads its file through :func:`read_lexicon`: the number
reader (qualifiers and count nouns, :mod:`checker.extract.number_tokens`) as well as the quantity
layer (number words, units, role words, :mod:`checker.quantities`), which re-exports it. A file
that cannot be read, parsed or used is a :class:`LexiconError` whose message is
``path: key: reason``.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .. import tomldata


class LexiconError(ValueError):
    """A lexicon data file that cannot be used: ``path: key: reason``."""


def lexicon_dir() -> Path:
    """``rules/lexicon`` of a source checkout, else the copy installed with the package."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "rules" / "lexicon", here / "_rules" / "lexicon"):
        if candidate.is_dir():
            return candidate
    return here.parent / "rules" / "lexicon"


def read_lexicon(path: str | None, default_name: str) -> tuple[str, dict]:
    """(where, data) of a lexicon file (``path``, or ``rules/lexicon/<default_name>``); a file
    that cannot be read or parsed is a :class:`LexiconError` naming it."""
    p = Path(path) if path else lexicon_dir() / default_name
    where = str(p)
    try:
        return where, tomldata.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"{where}: không đọc được tệp từ vựng ({e})") from None
    except tomldata.TomlError as e:
        raise LexiconError(f"{where}: TOML không hợp lệ: {e}") from None


def norm_phrase(phrase: str) -> str:
    """A phrase as written in a lexicon file, NFC, its words one space apart (case kept)."""
    return " ".join(unicodedata.normalize("NFC", phrase).split())


def word_table(where: str, data: dict, key: str, known: tuple[str, ...] = ("words",)) -> dict:
    """The table ``[key]`` of a lexicon file, which must hold ``words`` and only the keys in
    ``known``."""
    table = data.get(key)
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: {key}: cần bảng [{key}] (missing table)")
    for k in table:
        if k not in known:
            raise LexiconError(f"{where}: {key}.{k}: khóa không hợp lệ (unknown key); có: {', '.join(known)}")
    return table


def word_list(where: str, table: dict, key: str, name: str = "words") -> tuple[str, ...]:
    """``table[name]`` as a non-empty tuple of phrases (NFC, one space between words, no
    duplicates); anything else is a :class:`LexiconError` naming ``key.name``."""
    value = table.get(name)
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: {key}.{name}: cần danh sách từ không rỗng (non-empty list of words)")
    out: list[str] = []
    for i, w in enumerate(value):
        if not isinstance(w, str) or not w.strip():
            raise LexiconError(f"{where}: {key}.{name}[{i}]: cần một chuỗi không rỗng (a non-empty string), "
                               f"có {w!r}")
        phrase = norm_phrase(w)
        if phrase.lower() in (p.lower() for p in out):
            raise LexiconError(f"{where}: {key}.{name}[{i}]: {phrase!r} đã có (listed twice)")
        out.append(phrase)
    return tuple(out)


def check_keys(where: str, data: dict, known: tuple[str, ...]) -> None:
    """Every top-level key of a lexicon file is one of ``known``."""
    for key in data:
        if key not in known:
            raise LexiconError(f"{where}: {key}: khóa không hợp lệ (unknown key); có: {', '.join(sorted(known))}")
