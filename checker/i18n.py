"""The interface language and the messages it is spoken in.

Both are data in ``checker/locale/cli.toml``: the ``[vi]`` table gives the Vietnamese of each
English help text (keyed by the English, as the code writes it), the ``[messages]`` table
gives each one-line message (errors, refusals, notices) in both languages under a key, with
``{placeholders}`` filled by :func:`msg`.

A command line speaks one language: the one it chose (``--lang``, else ``DRAFTCHECK_LANG``,
else the configuration, else Vietnamese; set by the CLI before anything is parsed, and again
once it has seen its arguments). Library code run outside a command line with no
``DRAFTCHECK_LANG`` (the HTTP service, a program importing checker) gets both,
``Vietnamese (English)``, as the messages always read there, so that a caller can show
either. No click, no rich: every layer may use it (tests/test_meta.py)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

LANG_ENV = "DRAFTCHECK_LANG"
LANGS = ("vi", "en")
_STATE: dict = {"lang": None}  # the language this invocation chose, once its arguments are seen


def env_lang() -> str | None:
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return value if value in LANGS else None


def current() -> str:
    """The interface language of help texts: the invocation's choice, else ``DRAFTCHECK_LANG``,
    else vi."""
    return _STATE["lang"] or env_lang() or "vi"


def chosen() -> str | None:
    """The language the invocation chose (None outside a draftcheck command line)."""
    return _STATE["lang"]


def choose(lang: str | None) -> None:
    _STATE["lang"] = lang if lang in LANGS else None


@lru_cache(maxsize=1)
def _data() -> dict:
    from . import tomldata

    return tomldata.loads((Path(__file__).with_name("locale") / "cli.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def help_catalogue() -> dict[str, str]:
    """English help text (whitespace collapsed) -> its Vietnamese."""
    return {" ".join(k.split()): v for k, v in _data()["vi"].items()}


def messages() -> dict[str, dict[str, str]]:
    """Every message key -> {"vi": …, "en": …}."""
    return _data()["messages"]


def msg(key: str, lang: str | None = None, /, **fields) -> str:
    """The message ``key`` in ``lang`` (default: the chosen language, else ``DRAFTCHECK_LANG``,
    else both languages), its placeholders filled (a field may itself be ``{"vi": …, "en": …}``)."""
    entry = messages()[key]
    lang = lang or _STATE["lang"] or env_lang()

    def fill(lang: str) -> str:  # a field given as {"vi": …, "en": …} is taken in the language filled
        return entry[lang].format(**{k: v[lang] if isinstance(v, dict) and set(v) == set(LANGS) else v
                                     for k, v in fields.items()})

    if lang in LANGS:
        return fill(lang)
    vi, en = fill("vi"), fill("en")
    # what both begin with (a path, a key: "a.toml: rules.AR001: ") is said once
    shared = 0
    for i in range(min(len(vi), len(en))):
        if vi[i] != en[i]:
            break
        if vi[i:i + 2] == ": ":
            shared = i + 2
    return vi if vi == en else f"{vi} ({en[shared:]})"
