"""Configuration: ``draftcheck.toml`` or ``[tool.draftcheck]`` in ``pyproject.toml``.

Found by walking up from each checked file (the first directory holding either file wins;
a ``pyproject.toml`` without ``[tool.draftcheck]`` is passed over). Keys::

    select = ["AR", "DT001"]          # only these rules (codes or prefixes)
    ignore = ["ST001"]                # leave these out
    profile = "cchc"                  # outline profile
    lang = "vi"                       # vi | en
    report-date = 2020-05-20          # TOML date, or "2020-05-20" / "20/05/2020"
    fail-on = "error"                 # error | warning | info
    final = false                     # true: require the number and date filled in

    [rules.AR001]                     # per rule: severity and parameter overrides
    severity = "warning"
    params = { approx_relative = 0.05 }

    [[overrides]]                     # per-glob sections, later ones win
    files = ["phu-luc/**/*.md"]       # relative to the configuration file's folder
    ignore = ["ST"]

File selection (top level only, as in ruff)::

    exclude = ["cu/"]                 # replaces the default excludes (DEFAULT_EXCLUDE)
    extend-exclude = ["nhap-*.md"]    # adds to them
    respect-gitignore = true          # folder scans skip what .gitignore ignores
    force-exclude = false             # true: excludes apply to files named explicitly too

An unknown key, rule code or parameter is a :class:`ConfigError` naming it (the CLI exits 2).
Precedence: command-line option > matching ``[[overrides]]`` > top-level keys > defaults;
``--select`` replaces the configured selection, ``--ignore`` adds to it.

Also here: :func:`check_file`, the top-level (picklable) function the CLI runs for each
file, in this process or in a ``--jobs`` worker.
"""
from __future__ import annotations

import gc

import dataclasses
import json
import os
import re
from dataclasses import field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from .records import record
from .i18n import msg
from .model import SEVERITIES

CONFIG_NAME = "draftcheck.toml"
PYPROJECT = "pyproject.toml"
LANGS = ("vi", "en")
SCALAR_KEYS = {"select", "ignore", "profile", "lang", "report-date", "fail-on", "final", "rules"}
FILE_SELECTION_KEYS = {"exclude", "extend-exclude", "respect-gitignore", "force-exclude"}
TOP_ONLY_KEYS = {"overrides"} | FILE_SELECTION_KEYS
# Folders of tools, environments and build output, never drafts (ruff's list, less what is
# Python-only, plus __pycache__); a name pattern each, so it matches at any depth.
DEFAULT_EXCLUDE = (".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".mypy_cache", ".nox",
                   ".pytest_cache", ".ruff_cache", ".svn", ".tox", ".venv", "__pycache__", "__pypackages__",
                   "_build", "buck-out", "build", "dist", "node_modules", "site-packages", "venv")
RULE_KEYS = {"severity", "params"}


class ConfigError(Exception):
    """A configuration that cannot be used: ``path: key: reason``."""


@record(frozen=True)
class Settings:
    """The effective configuration for one file (after overrides and command-line options)."""

    config_path: Optional[str] = None  # the file it came from, None when no configuration applies
    matched: tuple[str, ...] = ()  # globs of the [[overrides]] sections that matched
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: Optional[str] = None
    lang: str = "vi"
    report_date: Optional[date] = None
    fail_on: str = "error"
    final: bool = False
    rules: tuple[tuple[str, str, str], ...] = ()  # (code, severity or "", params as sorted JSON)

    @property
    def severity_overrides(self) -> dict[str, str]:
        return {code: sev for code, sev, _ in self.rules if sev}

    def params_overrides(self) -> dict[str, dict]:
        return {code: json.loads(p) for code, _, p in self.rules if p != "{}"}

    @property
    def ruleset_key(self) -> tuple:
        return (self.select, self.ignore, tuple((c, p) for c, _, p in self.rules))


@record(frozen=True)
class CliOptions:
    """What the command line said; None means "not given" (the configuration decides)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: Optional[str] = None
    lang: Optional[str] = None
    report_date: Optional[date] = None
    fail_on: Optional[str] = None
    final: Optional[bool] = None
    config: Optional[str] = None  # --config FILE: use this file for every path
    isolated: bool = False  # --no-config


@record(frozen=True)
class FileSelection:
    """Which files a run takes: the ``exclude`` keys of a configuration file, or the same
    options given on the command line. None means "not said" (the next source decides)."""

    exclude: Optional[tuple[str, ...]] = None  # replaces DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()  # adds to the excludes
    respect_gitignore: Optional[bool] = None  # default true
    force_exclude: Optional[bool] = None  # default false


# ----------------------------------------------------------------------------- reading
@record
class ConfigFile:
    path: str
    root: Path  # folder the globs are relative to
    base: dict[str, Any] = field(default_factory=dict)
    overrides: list[tuple[tuple[str, ...], dict[str, Any], Any]] = field(default_factory=list)  # (globs, body, PathSpec)
    selection: FileSelection = field(default_factory=FileSelection)


def _err(path: str, key: str, why: str) -> ConfigError:
    return ConfigError(f"{path}: {key}: {why}")


def _choices(values) -> str:
    """The values a key takes, quoted as they are written in the file."""
    return ", ".join(repr(v) for v in values)


def _read_toml(path: Path) -> dict:
    from .ruleset import read_toml

    return read_toml(path, ConfigError, msg("config.what"))


def load_config_file(path: str | Path) -> ConfigFile:
    """Read and check the structure of a configuration file (codes are checked later,
    against the rule set, by :func:`validate`)."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(msg("config.not-found", path=p))
    data = _read_toml(p)
    where = str(p)
    if p.name == PYPROJECT:
        data = data.get("tool", {}).get("draftcheck")
        if data is None:
            raise ConfigError(msg("config.no-tool-table", path=p))
        prefix = "tool.draftcheck."
    else:
        prefix = ""
    if not isinstance(data, dict):
        raise _err(where, prefix.rstrip(".") or "draftcheck", msg("config.must-be-table"))
    cfg = ConfigFile(str(p), p.resolve().parent)
    for key, value in data.items():
        if key in TOP_ONLY_KEYS:
            continue
        if key not in SCALAR_KEYS:
            raise _err(where, prefix + key, msg("config.unknown-key", keys=_choices(sorted(SCALAR_KEYS | TOP_ONLY_KEYS))))
    cfg.base = _check_section(data, where, prefix)
    cfg.selection = _check_selection(data, where, prefix)
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list):
        raise _err(where, prefix + "overrides", msg("config.overrides-array"))
    for i, section in enumerate(overrides):
        key = f"{prefix}overrides[{i}]"
        if not isinstance(section, dict):
            raise _err(where, key, msg("config.must-be-table"))
        files = section.get("files")
        if isinstance(files, str):
            files = [files]
        if not isinstance(files, list) or not files or not all(isinstance(g, str) and g for g in files):
            raise _err(where, key + ".files", msg("config.files-globs"))
        for k in section:
            if k != "files" and k not in SCALAR_KEYS:
                raise _err(where, f"{key}.{k}", msg("config.unknown-key", keys=_choices(["files", *sorted(SCALAR_KEYS)])))
        body = {k: v for k, v in section.items() if k != "files"}
        cfg.overrides.append((tuple(files), _check_section(body, where, key + "."), compile_globs(files, where, key + ".files")))
    return cfg


def _check_section(data: dict, where: str, prefix: str) -> dict:
    out: dict[str, Any] = {}
    for key in ("select", "ignore"):
        if key in data:
            v = data[key]
            if isinstance(v, str):
                v = [v]
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                raise _err(where, prefix + key, msg("config.codes-list"))
            out[key] = tuple(x.strip() for x in v)
    if "profile" in data:
        if not isinstance(data["profile"], str) or not data["profile"].strip():
            raise _err(where, prefix + "profile", msg("config.profile-name"))
        out["profile"] = data["profile"].strip()
    if "lang" in data:
        if data["lang"] not in LANGS:
            raise _err(where, prefix + "lang", msg("config.not-one-of", value=data["lang"], choices=_choices(LANGS)))
        out["lang"] = data["lang"]
    if "report-date" in data:
        out["report_date"] = _parse_date(data["report-date"], where, prefix + "report-date")
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES:
            raise _err(where, prefix + "fail-on", msg("config.not-one-of", value=data["fail-on"],
                                                      choices=_choices(SEVERITIES)))
        out["fail_on"] = data["fail-on"]
    if "final" in data:
        if not isinstance(data["final"], bool):
            raise _err(where, prefix + "final", msg("config.bool"))
        out["final"] = data["final"]
    if "rules" in data:
        rules = data["rules"]
        if not isinstance(rules, dict):
            raise _err(where, prefix + "rules", msg("config.rules-table"))
        checked = {}
        for code, body in rules.items():
            k = f"{prefix}rules.{code}"
            if not isinstance(body, dict):
                raise _err(where, k, msg("config.rule-table"))
            for sub in body:
                if sub not in RULE_KEYS:
                    raise _err(where, f"{k}.{sub}", msg("config.unknown-key", keys=_choices(["params", "severity"])))
            if "severity" in body and body["severity"] not in SEVERITIES:
                raise _err(where, f"{k}.severity", msg("config.not-one-of", value=body["severity"],
                                                       choices=_choices(SEVERITIES)))
            if "params" in body and not isinstance(body["params"], dict):
                raise _err(where, f"{k}.params", msg("config.must-be-table"))
            checked[code] = {"severity": body.get("severity", ""), "params": dict(body.get("params", {}))}
        out["rules"] = checked
    return out


def exclude_globs(value: Any, where: str, key: str) -> tuple[str, ...]:
    """A list of exclude globs, checked: strings, each one compiling. A ``!`` re-include is
    refused because excludes are applied one pattern at a time, as ruff's are (a folder is
    left out before anything inside it is looked at, so nothing below it could come back)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(g, str) and g.strip() for g in value):
        raise _err(where, key, msg("config.exclude-globs"))
    globs = tuple(g.strip() for g in value)
    for i, g in enumerate(globs):
        if g.startswith("!"):
            raise _err(where, f"{key}[{i}]", msg("config.no-negation", glob=g))
    compile_globs(globs, where, key)
    return globs


def _check_selection(data: dict, where: str, prefix: str) -> FileSelection:
    values: dict[str, Any] = {}
    for key, attr in (("exclude", "exclude"), ("extend-exclude", "extend_exclude")):
        if key in data:
            values[attr] = exclude_globs(data[key], where, prefix + key)
    for key, attr in (("respect-gitignore", "respect_gitignore"), ("force-exclude", "force_exclude")):
        if key in data:
            if not isinstance(data[key], bool):
                raise _err(where, prefix + key, msg("config.bool"))
            values[attr] = data[key]
    return FileSelection(**values)


def _parse_date(value: Any, where: str, key: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                pass
    raise _err(where, key, msg("config.not-a-date", value=value))


def compile_globs(globs: list[str] | tuple[str, ...], where: str = "", key: str = "files"):
    """The ``files`` globs of an ``[[overrides]]`` section as one matcher over ``/``-separated
    paths relative to the configuration file's folder, with gitignore semantics (``*`` and
    ``?`` stay in one folder, ``**`` crosses folders, a glob without ``/`` matches the name
    anywhere, ``dir/`` everything below it, ``!`` re-includes).

    Matching is pathspec's, on the RE2 engine, which runs in time linear in the path whatever
    the glob (``*************************Z`` against a long name is instant); a glob that
    does not compile is a :class:`ConfigError` naming the file and the key."""
    import warnings

    import pathspec

    lines = [g[2:] if g.startswith("./") else g.replace("\\", "/") for g in globs]
    for i, line in enumerate(lines):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # e.g. re's FutureWarning on "[[:alpha:]": a config error, not noise
                pathspec.PathSpec.from_lines("gitignore", [line], backend="re2")
        except Exception as e:  # noqa: BLE001 - whatever the glob compiler says, it is the user's glob
            raise _err(where, f"{key}[{i}]", msg("config.bad-glob", glob=globs[i], error=e)) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pathspec.PathSpec.from_lines("gitignore", lines, backend="re2")


def glob_matches(glob: str, path: str) -> bool:
    """Whether ``path`` (relative, ``/``-separated) matches one ``files`` glob."""
    return compile_globs([glob]).match_file(path)


# ----------------------------------------------------------------------------- discovery
def _stamp(path: Path) -> Optional[tuple[int, int]]:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=1024)
def _has_tool_table(path: str, stamp: tuple[int, int]) -> bool:
    data = _read_toml(Path(path))
    return isinstance(data.get("tool"), dict) and "draftcheck" in data["tool"]


def _config_in(directory: str) -> Optional[str]:
    d = Path(directory)
    if (d / CONFIG_NAME).is_file():
        return str(d / CONFIG_NAME)
    pp = d / PYPROJECT
    stamp = _stamp(pp)
    if stamp is not None and pp.is_file() and _has_tool_table(str(pp), stamp):
        return str(pp)
    return None


def find_config(path: str | Path) -> Optional[str]:
    """The configuration file governing ``path``: walk up from its folder."""
    p = Path(path).resolve()
    start = p if p.is_dir() else p.parent
    for d in (start, *start.parents):
        found = _config_in(str(d))
        if found:
            return found
    return None


_LOADED: dict[tuple, ConfigFile] = {}


def _loaded(path: str) -> ConfigFile:
    key = (path, _stamp(Path(path)))
    if key not in _LOADED:
        _LOADED[key] = load_config_file(path)
    return _LOADED[key]


def config_in(directory: str) -> Optional[ConfigFile]:
    """The configuration file kept in ``directory`` itself, loaded (a folder scan asks this of
    each folder it enters, so that a nested configuration governs what is below it)."""
    found = _config_in(directory)
    return _loaded(found) if found else None


def governing_config(path: str | Path, cli: "CliOptions | None" = None) -> Optional[ConfigFile]:
    """The configuration that governs ``path``, as :func:`resolve` finds it, loaded."""
    cli = cli or CliOptions()
    if cli.isolated:
        return None
    found = cli.config or find_config(path)
    return _loaded(found) if found else None


def _relative(path: str | Path, root: Path) -> str:
    p = Path(path).resolve()
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(p, root)).as_posix() if os.name != "nt" else p.as_posix()


def resolve(path: str | Path, cli: CliOptions | None = None) -> Settings:
    """The effective settings for the file at ``path``."""
    cli = cli or CliOptions()
    merged: dict[str, Any] = {}
    matched: list[str] = []
    cfg_path = None
    if not cli.isolated:
        cfg_path = cli.config or find_config(path)
    if cfg_path:
        cfg = _loaded(cfg_path)
        merged = _merge({}, cfg.base)
        rel = _relative(path, cfg.root)
        for globs, body, spec in cfg.overrides:
            if spec.match_file(rel):
                merged = _merge(merged, body)
                matched.extend(globs)
    select = tuple(cli.select) if cli.select else merged.get("select", ())
    ignore = tuple(merged.get("ignore", ())) + tuple(x for x in cli.ignore if x not in merged.get("ignore", ()))
    rules = tuple(sorted(
        (code, body.get("severity", ""), json.dumps(body.get("params", {}), sort_keys=True, default=str))
        for code, body in merged.get("rules", {}).items()))
    return Settings(
        config_path=cfg_path, matched=tuple(matched), select=select, ignore=ignore,
        profile=cli.profile if cli.profile is not None else merged.get("profile"),
        lang=cli.lang or merged.get("lang", "vi"),
        report_date=cli.report_date or merged.get("report_date"),
        fail_on=cli.fail_on or merged.get("fail_on", "error"),
        final=cli.final if cli.final is not None else merged.get("final", False),
        rules=rules)


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        if k == "rules":
            rules = {c: {"severity": b.get("severity", ""), "params": dict(b.get("params", {}))}
                     for c, b in out.get("rules", {}).items()}
            for code, body in v.items():
                cur = rules.setdefault(code, {"severity": "", "params": {}})
                if body.get("severity"):
                    cur["severity"] = body["severity"]
                cur["params"].update(body.get("params", {}))
            out["rules"] = rules
        else:
            out[k] = v
    return out


# ----------------------------------------------------------------------------- validation
def validate(settings: Settings, ruleset) -> None:
    """Check codes and parameters against the full rule set; raise ConfigError naming the key."""
    where = settings.config_path or "--select/--ignore"
    known = [r.code for r in ruleset.rules] + [r.name for r in ruleset.rules]
    for key, prefixes in (("select", settings.select), ("ignore", settings.ignore)):
        for p in prefixes:
            if not any(k.startswith(p.upper()) or k == p for k in known):
                raise _err(where, f"{key}", msg("config.unknown-code", code=p))
    overrides = settings.params_overrides()
    for code, _, _ in settings.rules:
        rule = _rule(ruleset, code)
        if rule is None:
            raise _err(where, f"rules.{code}", msg("config.unknown-rule", code=code))
        if code in overrides:
            _configured_rule(rule, overrides[code], where)


def _rule(ruleset, code: str):
    return ruleset.by_code(code)


def _configured_rule(rule, params: dict, where: str):
    from .kinds import KINDS
    from .ruleset import RuleError, build_params

    def err(key: str, why: str) -> ConfigError:
        return _err(where, f"rules.{rule.code}.{key}", why)

    kind_cls = KINDS[rule.kind]
    raw = {**rule.raw_params, **params}
    built = build_params(kind_cls.Params, raw, err)
    try:
        checker = kind_cls(built)
    except (ValueError, re.error, RuleError) as e:
        raise err("params", msg("config.bad-params", error=e)) from None
    return dataclasses.replace(rule, params=built, raw_params=raw, checker=checker)


def configure(ruleset, settings: Settings):
    """The rule set for these settings: selection, then parameter overrides."""
    from .ruleset import RuleSet

    rs = ruleset.select(list(settings.select), list(settings.ignore)) if (settings.select or settings.ignore) \
        else RuleSet([r for r in ruleset.rules if r.enabled], ruleset.directory)
    overrides = {}
    for code, params in settings.params_overrides().items():
        rule = _rule(ruleset, code)
        if rule is None:
            raise ConfigError(f"{settings.config_path}: rules.{code}: {msg('config.unknown-rule-key')}")
        overrides[rule.code] = params
    if overrides:
        rs = RuleSet([_configured_rule(r, overrides[r.code], settings.config_path or "")
                      if r.code in overrides else r for r in rs.rules], rs.directory)
    return rs


def options_for(settings: Settings, known_codes: frozenset | None = None):
    from .engine import Options

    sev = {}
    for code, s, _ in settings.rules:
        if s:
            sev[code.upper()] = s
    return Options(lang=settings.lang, report_date=settings.report_date, profile=settings.profile,
                   final=settings.final, severity=sev, known_codes=known_codes)


# ----------------------------------------------------------------------------- describe
def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    return json.dumps(str(v), ensure_ascii=False)


def _key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k, ensure_ascii=False)


def describe(path: str, settings: Settings, ruleset=None) -> str:
    """The effective configuration for ``path`` as TOML (what ``draftcheck config PATH`` prints)."""
    lines = [msg("config.describe-head", path=path)]
    lines.append(msg("config.describe-from", path=settings.config_path or msg("config.describe-defaults")))
    if settings.matched:
        lines.append(msg("config.describe-matched", globs=", ".join(settings.matched)))
    if ruleset is not None:
        active = configure(ruleset, settings)
        lines.append(msg("config.describe-active", codes=", ".join(r.code for r in active.rules)))
    lines.append(f"select = {_toml_value(list(settings.select))}")
    lines.append(f"ignore = {_toml_value(list(settings.ignore))}")
    if settings.profile is not None:
        lines.append(f"profile = {_toml_value(settings.profile)}")
    else:
        lines.append(msg("config.describe-profile"))
    lines.append(f"lang = {_toml_value(settings.lang)}")
    if settings.report_date is not None:
        lines.append(f"report-date = {settings.report_date.isoformat()}")
    else:
        lines.append(msg("config.describe-report-date"))
    lines.append(f"fail-on = {_toml_value(settings.fail_on)}")
    lines.append(f"final = {_toml_value(settings.final)}")
    params = settings.params_overrides()
    for code, sev, _ in settings.rules:
        lines.append("")
        lines.append(f"[rules.{_key(code)}]")
        if sev:
            lines.append(f"severity = {_toml_value(sev)}")
        if code in params:
            lines.append(f"params = {_toml_value(params[code])}")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- running
_BASE_RULES: dict[Optional[str], Any] = {}
_CONFIGURED: dict[tuple, Any] = {}


def _base_ruleset(rules_dir: Optional[str]):
    from .ruleset import load_ruleset

    if rules_dir not in _BASE_RULES:
        _BASE_RULES[rules_dir] = load_ruleset(rules_dir)
    return _BASE_RULES[rules_dir]


def prime(rules_dir: Optional[str], ruleset) -> None:
    """Give this process the rule set already loaded (so :func:`check_file` does not reload it)."""
    _BASE_RULES[rules_dir] = ruleset


DEFAULT_TIMEOUT = 30.0  # seconds a file may take; a report of a few hundred KB takes well under one


def check_file(path: str, settings: Settings, rules_dir: Optional[str] = None,
               known_codes: frozenset | None = None, detach: bool = False,
               timeout: float | None = DEFAULT_TIMEOUT):
    """Read and check one file with its settings; an unreadable file, or one over its time
    budget (``timeout`` seconds, None or 0 for none) or the memory it may take, gives a
    Report with ``error`` set, and the other files of the run are unharmed. Top-level so a
    ``--jobs`` worker process can run it; ``detach`` drops the extraction cache so the
    Report pickles small."""
    from .engine import Report, TimeBudgetExceeded, run, time_budget
    from .extract import InputError, read_path

    key = (rules_dir, settings.ruleset_key)
    if key not in _CONFIGURED:
        _CONFIGURED[key] = configure(_base_ruleset(rules_dir), settings)
    rules = _CONFIGURED[key]
    out_of_memory = False
    try:
        with time_budget(timeout):
            doc = read_path(path)
            report = run(doc, rules, options_for(settings, known_codes))
    except InputError as e:
        return Report(path=path, error=str(e))
    except TimeBudgetExceeded:
        return Report(path=path, error=msg("input.timeout", seconds=timeout))
    except MemoryError:
        # the report is made after the handler: inside it the traceback still holds the frames
        # (and the document) that used the memory up, and making anything there may fail again
        out_of_memory = True
    except RecursionError:
        return Report(path=path, error=msg("input.too-deep"))
    if out_of_memory:
        doc = None
        gc.collect()
        return Report(path=path, error=msg("input.out-of-memory"))
    if detach and report.document is not None:
        report.document.meta.pop("_cache", None)
    return report
