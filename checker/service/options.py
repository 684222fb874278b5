"""The check options of a request, as ``draftcheck check`` takes them, into the CLI's
:class:`checker.config.Settings` (validated the same way: :func:`checker.config.validate`).

Options come from the query string and from the body (form fields or JSON keys; the body wins):
``profile``, ``lang`` (vi|en), ``fail_on`` (error|warning|info), ``report_date`` (YYYY-MM-DD or
DD/MM/YYYY), ``final`` (true|false; ``draft`` is its opposite), ``select`` and ``ignore``
(comma lists of codes or prefixes). Dashes are accepted for underscores (``fail-on``), as on the
command line. No configuration file is read: a request carries its options.
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime

from ..config import ConfigError, Settings, validate
from ..model import SEVERITIES
from .forms import BodyError

OPTION_NAMES = ("profile", "lang", "fail_on", "report_date", "final", "draft", "select", "ignore", "format")
FORMATS = ("json", "html", "sarif", "docx")
SUFFIXES = (".docx", ".txt", ".md")
DEFAULT_NAME = "du-thao.txt"
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def merged(query, fields: dict[str, str]) -> dict[str, str]:
    """Query options, then the body's, keys normalised (``fail-on`` is ``fail_on``); unknown
    keys are refused, so that a misspelt option is never silently ignored."""
    out: dict[str, str] = {}
    query = dict(query.multi_items()) if hasattr(query, "multi_items") else dict(query)
    for source in (query, fields):
        for key, value in source.items():
            k = key.replace("-", "_").lower()
            if k == "api_key":
                continue  # the page may send it as a field; it is a header's job, never an option
            if k == "format" and source is fields:
                raise BodyError("bad_option", "'format' đặt trong địa chỉ (?format=…)",
                                "'format' goes in the query string (?format=…)")
            if k not in OPTION_NAMES:
                raise BodyError("bad_option", f"tùy chọn không có: '{key[:40]}'", f"no such option: '{key[:40]}'")
            out[k] = value
    return out


def _bool(name: str, value: str) -> bool:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise BodyError("bad_option", f"'{name}' phải là true hoặc false", f"'{name}' must be true or false")


def _date(value: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise BodyError("bad_option", "'report_date' phải có dạng YYYY-MM-DD hoặc DD/MM/YYYY",
                    "'report_date' must be YYYY-MM-DD or DD/MM/YYYY")


def _codes(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(",") if p.strip())


def settings_from(opts: dict[str, str], ruleset, profile_names) -> Settings:
    lang = opts.get("lang", "vi").strip() or "vi"
    if lang not in ("vi", "en"):
        raise BodyError("bad_option", "'lang' phải là vi hoặc en", "'lang' must be vi or en")
    fail_on = opts.get("fail_on", "error").strip() or "error"
    if fail_on not in SEVERITIES:
        raise BodyError("bad_option", "'fail_on' phải là error, warning hoặc info",
                        "'fail_on' must be error, warning or info")
    final = False
    if "draft" in opts:
        final = not _bool("draft", opts["draft"])
    if "final" in opts:
        final = _bool("final", opts["final"])
    report_date = _date(opts["report_date"]) if opts.get("report_date", "").strip() else None
    profile = opts.get("profile", "").strip() or None
    if profile is not None and profile not in profile_names:
        raise BodyError("unknown_profile", f"'{profile[:60]}' (có: {', '.join(profile_names)})",
                        f"'{profile[:60]}' (known: {', '.join(profile_names)})")
    settings = Settings(select=_codes(opts.get("select", "")), ignore=_codes(opts.get("ignore", "")),
                        profile=profile, lang=lang, report_date=report_date, fail_on=fail_on, final=final)
    try:
        validate(settings, ruleset)
    except ConfigError as e:
        bad = [c for c in settings.select + settings.ignore if c.upper() in str(e).upper()]
        raise BodyError("unknown_rule", ", ".join(bad)[:100] or "?", ", ".join(bad)[:100] or "?") from None
    return settings


def display_name(filename: str | None, default: str = DEFAULT_NAME) -> str:
    """The name a report shows for an upload: the last component of what the client sent, never
    a path (no folder, no control character, at most 120 characters). Its suffix must be one the
    checker reads (else 415)."""
    if filename is None or not filename.strip():
        return default
    name = re.split(r"[\\/]", filename)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    suffix = next((s for s in SUFFIXES if name.lower().endswith(s)), None)
    if suffix is None:
        shown = os.path.splitext(name)[1][:20] or name[:40] or "?"
        raise BodyError("unsupported_filename", f"'{shown}'", f"'{shown}'")
    stem = name[: -len(suffix)].strip().lstrip(".").strip()
    return (stem[:110] or "du-thao") + suffix
