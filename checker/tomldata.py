"""TOML data files — rules, lexicons, profiles, configurations, the interface catalogue — parsed
in one place.

Parsed with rtoml (the Rust ``toml`` crate): a cold ``draftcheck check`` reads some 70 data files
(about 260 kB, most of it the rules' own cases), which the standard library's pure-Python
``tomllib`` took some 35 ms of a 350 ms budget to parse, rtoml 5 ms. rtoml bounds its own
nesting depth, so a crafted file is an error here, never a crash. Nothing else in the package
imports a TOML parser.
"""
from __future__ import annotations

import re
from typing import Optional

import rtoml

_AT = re.compile(r" ?at line (\d{1,9}) column (\d{1,9})")  # the message is one-spaced (split/join)


class TomlError(ValueError):
    """A text that is not valid TOML: the parser's reason (English) and, when it says one, the
    1-based line and column."""

    def __init__(self, reason: str, line: Optional[int] = None, column: Optional[int] = None,
                 too_deep: bool = False):
        super().__init__(reason if line is None else f"{reason} (at line {line}, column {column})")
        self.reason = reason
        self.line = line
        self.column = column
        self.too_deep = too_deep


def loads(text: str) -> dict:
    """The table a TOML text holds; :class:`TomlError` if it is not TOML."""
    try:
        return rtoml.loads(text)
    except rtoml.TomlParsingError as e:
        said = " ".join(str(e).split())
        at = _AT.search(said)
        reason = (said[:at.start()] + said[at.end():]).strip() if at else said
        too_deep = "recurs" in reason  # "cannot recurse further; max recursion depth met"
        raise TomlError(reason, int(at[1]) if at else None, int(at[2]) if at else None, too_deep) from None
