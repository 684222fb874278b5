"""Loading ``rules/*.toml``: one file a rule, validated strictly.

A bad rule file is a :class:`RuleError` naming the file and the key, never a silent
skip (Vale's worst bugs were rules that load and match nothing).
"""
from __future__ import annotations

import dataclasses
import re
import string
import typing
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import record
from . import tomldata
from .i18n import msg
from .model import CATEGORIES, SEVERITIES

CODE_RE = re.compile(r"^[A-Z]{2}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DESCRIPTION_HEADINGS = ("## What it does", "## Why", "## Example")
TOP_KEYS = {"code", "name", "category", "severity", "kind", "message", "suggestion", "description",
            "params", "tests", "metadata", "enabled", "title", "summary"}
LANGS = ("vi", "en")


class RuleError(Exception):
    """A rule file that cannot be used: ``path: key: reason``."""


@record(frozen=True)
class RuleCase:
    text: str
    fire: bool
    index: int


@record
class Rule:
    code: str
    name: str
    category: str
    severity: str
    kind: str
    message: dict[str, str]
    suggestion: dict[str, str]
    description: str
    params: Any  # the kind's Params dataclass instance
    raw_params: dict[str, Any]
    cases: list[RuleCase]
    path: str
    metadata: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    checker: Any = None  # the kind instance, built once at load (compiled patterns)
    # the rule's name and one-sentence summary for a person, {vi, en} (``[title]``, ``[summary]``
    # of the rule file; optional in a user's rule file: the kebab-case name and the description's
    # first sentence stand in)
    title: dict[str, str] = field(default_factory=dict)
    summary_text: dict[str, str] = field(default_factory=dict)

    def format_message(self, lang: str, values: dict[str, Any]) -> str:
        return _format(self.message.get(lang) or self.message["vi"], _in_lang(values, lang))

    def format_suggestion(self, lang: str, values: dict[str, Any]) -> str:
        tpl = self.suggestion.get(lang) or self.suggestion.get("vi") or ""
        return _format(tpl, _in_lang(values, lang)) if tpl else ""

    @property
    def summary(self) -> str:
        """First sentence of the description's "What it does" part."""
        m = re.search(r"## What it does\s*\n+(.+?)(?:\n\n|\n##|$)", self.description, re.S)
        return " ".join(m.group(1).split()) if m else ""

    def title_in(self, lang: str) -> str:
        """The rule's name for a person in ``lang`` ("Tổng khác tổng các thành phần")."""
        return self.title.get(lang) or self.title.get("vi") or self.name

    def summary_in(self, lang: str) -> str:
        """What the rule checks, in ``lang`` (the description, in English, stands in for a rule
        file without a ``[summary]``)."""
        return self.summary_text.get(lang) or (self.summary if lang == "en" else self.summary_text.get("en", "")) \
            or self.summary


def _in_lang(values: dict[str, Any], lang: str) -> dict[str, Any]:
    """A kind's words in the reader's language: a value given as {"vi": …, "en": …} (the reading
    of a change, "không khớp" / "no reading gives it") is taken in ``lang``."""
    return {k: (v.get(lang) or v.get("vi", "")) if isinstance(v, dict) and set(v) <= {"vi", "en"} and v else v
            for k, v in values.items()}


def _format(template: str, values: dict[str, Any]) -> str:
    return template.format_map({k: ("" if v is None else v) for k, v in values.items()})


def placeholders(template: str) -> set[str]:
    out = set()
    for _, fname, _, _ in string.Formatter().parse(template):
        if fname is not None:
            out.add(fname.split(".")[0].split("[")[0])
    return out


@record
class RuleSet:
    rules: list[Rule]
    directory: str = ""

    def by_code(self, code: str) -> Rule | None:
        return next((r for r in self.rules if r.code == code), None)

    def select(self, select: list[str] | None = None, ignore: list[str] | None = None) -> "RuleSet":
        """Keep rules whose code starts with a selected prefix and with no ignored prefix."""

        def match(rule: Rule, prefixes: list[str]) -> bool:
            return any(rule.code.startswith(p.upper()) or rule.name == p for p in prefixes)

        rules = [r for r in self.rules if r.enabled]
        if select:
            rules = [r for r in rules if match(r, select)]
        if ignore:
            rules = [r for r in rules if not match(r, ignore)]
        return RuleSet(rules, self.directory)


@lru_cache(maxsize=1)  # asked by every outline and component check; the answer never changes
def default_rules_dir() -> Path:
    """``rules/`` of a source checkout, else the copy installed with the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "_rules"):
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    return here.parent / "rules"


def load_ruleset(directory: str | Path | None = None) -> RuleSet:
    from .kinds import KINDS

    d = Path(directory) if directory else default_rules_dir()
    if not d.is_dir():
        raise RuleError(msg("rules.dir-missing", path=d))
    files = sorted(d.glob("*.toml"))
    if not files:
        raise RuleError(msg("rules.no-files", path=d))
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    for f in files:
        rule = load_rule(f, KINDS)
        if rule.code in seen:
            raise RuleError(msg("rules.duplicate-code", path=f, code=rule.code, other=seen[rule.code]))
        if rule.name in names:
            raise RuleError(msg("rules.duplicate-name", path=f, name=rule.name, other=names[rule.name]))
        seen[rule.code] = str(f)
        names[rule.name] = str(f)
        rules.append(rule)
    check_lexicons()
    return RuleSet(rules, str(d))


def check_lexicons() -> None:
    """Read every word list of ``rules/lexicon/`` (each is read once a process and checked
    against its own [[cases]]): a bad file is a :class:`RuleError` naming the file and the key
    here, before any document is read, not an internal error of each rule that meets it."""
    from .extract.lexicon import LexiconError
    from .extract.number_tokens import default_cues
    from .quantities import load_number_words, load_roles, load_units

    try:
        for load in (default_cues, load_roles, load_units, load_number_words):
            load()
    except LexiconError as e:
        raise RuleError(str(e)) from None


def read_toml(path: Path, error: type[Exception], what: str | None = None) -> dict:
    """A TOML data file (rules, profiles); any problem is ``error("path: reason")``."""
    try:
        return tomldata.loads(path.read_text(encoding="utf-8"))
    except tomldata.TomlError as e:
        if e.too_deep:
            raise error(msg("toml.too-deep", path=path)) from None
        if e.line is not None:
            # the parser says why in English: the place is said in the interface language, the
            # parser's own words under English only
            raise error(msg("toml.invalid-at", path=path, line=e.line, column=e.column,
                            error={"vi": "", "en": f" ({e.reason})"})) from None
        raise error(msg("toml.invalid", path=path, error=e.reason)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise error(msg("toml.unreadable", path=path, what=what or msg("rules.what"), error=e)) from None


def load_rule(path: Path, kinds: dict[str, type]) -> Rule:
    p = str(path)
    data = read_toml(path, RuleError)

    def err(key: str, why: str) -> RuleError:
        return RuleError(f"{p}: {key}: {why}")

    for key in data:
        if key not in TOP_KEYS:
            raise err(key, msg("rules.unknown-key"))
    for key in ("code", "name", "category", "severity", "kind", "message", "description", "tests"):
        if key not in data:
            raise err(key, msg("rules.missing-key"))
    code, name = data["code"], data["name"]
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise err("code", msg("rules.bad-code", code=code))
    if not path.stem.startswith(code):
        raise err("code", msg("rules.file-code", code=code))
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise err("name", msg("rules.bad-name", name=name))
    if data["category"] not in CATEGORIES:
        raise err("category", msg("rules.not-one-of", value=data["category"], choices=", ".join(map(repr, CATEGORIES))))
    if data["severity"] not in SEVERITIES:
        raise err("severity", msg("rules.not-one-of", value=data["severity"], choices=", ".join(map(repr, SEVERITIES))))
    kind_name = data["kind"]
    if kind_name not in kinds:
        raise err("kind", msg("rules.unknown-kind", kind=kind_name, kinds=", ".join(sorted(kinds))))
    kind_cls = kinds[kind_name]
    message = _lang_table(data["message"], "message", err)
    suggestion = _lang_table(data.get("suggestion", {}), "suggestion", err, required=False)
    allowed = set(kind_cls.placeholders)
    for section, table in (("message", message), ("suggestion", suggestion)):
        for lang, tpl in table.items():
            try:
                used = placeholders(tpl)
            except ValueError as e:
                raise err(f"{section}.{lang}", msg("rules.bad-template", error=e)) from None
            unknown = used - allowed
            if unknown:
                raise err(f"{section}.{lang}", msg("rules.unfilled-placeholder", name=sorted(unknown)[0], kind=kind_name,
                                                   known=", ".join(sorted(allowed))))
    description = data["description"]
    if not isinstance(description, str):
        raise err("description", msg("rules.must-be-string"))
    for heading in DESCRIPTION_HEADINGS:
        if heading not in description:
            raise err("description", msg("rules.missing-heading", heading=heading))
    raw_params = data.get("params", {})
    if not isinstance(raw_params, dict):
        raise err("params", msg("rules.must-be-table"))
    params = build_params(kind_cls.Params, raw_params, err)
    tests = data["tests"]
    if not isinstance(tests, dict):
        raise err("tests", msg("rules.tests-table"))
    for key in tests:
        if key not in ("fire", "silent"):
            raise err(f"tests.{key}", msg("rules.unknown-key"))
    cases = []
    for key, fire in (("fire", True), ("silent", False)):
        items = tests.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(t, str) for t in items):
            raise err(f"tests.{key}", msg("rules.at-least-one-case"))
        cases.extend(RuleCase(t, fire, i) for i, t in enumerate(items))
    metadata = data.get("metadata", {})
    if not isinstance(metadata, dict):
        raise err("metadata", msg("rules.must-be-table"))
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise err("enabled", msg("rules.bool"))
    title = _lang_table(data.get("title", {}), "title", err, required=False)
    summary_text = _lang_table(data.get("summary", {}), "summary", err, required=False)
    for key, table in (("title", title), ("summary", summary_text)):
        if table and set(table) != set(LANGS):  # one language without the other: a half translation
            missing = sorted(set(LANGS) - set(table))[0]
            raise err(f"{key}.{missing}", msg("rules.missing-translation"))
    rule = Rule(code=code, name=name, category=data["category"], severity=data["severity"], kind=kind_name,
                message=message, suggestion=suggestion, description=description, params=params,
                raw_params=raw_params, cases=cases, path=p, metadata=metadata, enabled=enabled,
                title=title, summary_text=summary_text)
    try:
        rule.checker = kind_cls(params)
    except (ValueError, re.error) as e:
        raise err("params", msg("rules.bad-params", error=e)) from None
    return rule


def _lang_table(value: Any, key: str, err, required: bool = True) -> dict[str, str]:
    if isinstance(value, str):
        value = {"vi": value}
    if not isinstance(value, dict):
        raise err(key, msg("rules.lang-table"))
    for lang in value:
        if lang not in LANGS:
            raise err(f"{key}.{lang}", msg("rules.unsupported-lang"))
        if not isinstance(value[lang], str) or not value[lang].strip():
            raise err(f"{key}.{lang}", msg("rules.non-empty-string"))
    if required:
        for lang in LANGS:
            if lang not in value:
                raise err(f"{key}.{lang}", msg("rules.missing-translation"))
    return dict(value)


def build_params(params_cls: type, raw: dict[str, Any], err, prefix: str = "params") -> Any:
    """Instantiate a kind's Params dataclass from TOML, rejecting unknown keys and wrong types."""
    hints = typing.get_type_hints(params_cls)
    fields = {f.name: f for f in dataclasses.fields(params_cls)}
    kwargs = {}
    for key, value in raw.items():
        if key not in fields:
            raise err(f"{prefix}.{key}", msg("rules.unknown-key-known", keys=", ".join(map(repr, sorted(fields)))))
        kwargs[key] = _coerce(value, hints[key], f"{prefix}.{key}", err)
    try:
        return params_cls(**kwargs)
    except TypeError as e:
        raise err(prefix, str(e)) from None


# Every numeric parameter of a kind is a count (words, characters, paragraphs, parts), a
# ratio or a tolerance: never negative, never infinite, and far below these bounds. The
# bounds keep a typo or a hostile file from making a kind build a pattern or a window of
# unbounded size (``window = 1e18``) or fail on ``inf``/``nan`` while checking.
MAX_INT_PARAM = 100_000
MAX_FLOAT_PARAM = 1_000_000.0


def _number_in_range(value: int | float, hint: type, key: str, err) -> int | float:
    import math

    if hint is int and not isinstance(value, int):
        raise err(key, msg("rules.wrong-type", type="int"))
    if isinstance(value, float) and not math.isfinite(value):
        raise err(key, msg("rules.not-finite", value=value))
    bound = MAX_INT_PARAM if hint is int else MAX_FLOAT_PARAM
    if not 0 <= value <= bound:
        raise err(key, msg("rules.out-of-range", value=value, bound=bound))
    return float(value) if hint is float else value


def _coerce(value: Any, hint: Any, key: str, err) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        for a in args:
            if a is type(None) and value is None:
                return None
        non_none = [a for a in args if a is not type(None)]
        return _coerce(value, non_none[0], key, err)
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise err(key, msg("rules.must-be-list"))
        item = args[0] if args else Any
        items = [_coerce(v, item, f"{key}[{i}]", err) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise err(key, msg("rules.must-be-table"))
        vt = args[1] if len(args) > 1 else Any
        return {k: _coerce(v, vt, f"{key}.{k}", err) for k, v in value.items()}
    if hint is Any:
        return value
    if hint in (int, float) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_in_range(value, hint, key, err)
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise err(key, msg("rules.must-be-table"))
        return build_params(hint, value, err, key)
    if isinstance(hint, type) and not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
        raise err(key, msg("rules.wrong-type", type=getattr(hint, "__name__", hint)))
    return value
