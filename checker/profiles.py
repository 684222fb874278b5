"""Profiles: declarative descriptions of what a kind of document must contain.

A profile is a TOML file under ``rules/profiles/`` that a reviewer can read. Two kinds:

``components``
    the NĐ 30/2020/NĐ-CP components of a document type (Quốc hiệu, Số line, Nơi nhận,
    signer…), each a pattern searched in a region of the document (``head`` above the
    title, ``title_next`` the trích yếu, ``body``, ``tail`` the closing, ``anywhere``),
    with ``requires``: finer checks of a component that is there (exact text, format,
    what ``--final`` demands).
``outline``
    the sections of a report (I–V, the six areas of a CCHC programme), each with a
    display title and a set of synonyms matched against the headings after
    normalisation (case, numbering, trailing colon, tone placement, optionally
    diacritics), required or optional, in strict or any order.

A profile is chosen from the document's type line (``BÁO CÁO``), a pattern on its trích
yếu and the report's year; ``--profile`` overrides the choice. A bad profile file is a
:class:`ProfileError` naming the file and the key. This module imports neither click nor
rich: the CLI and the kinds both use it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional
from .records import record
from .extract.blocks import to_roman
from .i18n import msg

__all__ = ["ProfileError", "Profile", "ComponentSpec", "Requirement", "SectionSpec", "load_profiles",
           "describe_profiles", "profiles_dir", "get_profile", "choose_profile", "normalise_title",
           "expand_pattern"]

KINDS = ("components", "outline")
WHERE = ("head", "title_next", "body", "tail", "anywhere")
SEVERITIES = ("error", "warning", "info")
MODES = ("format", "final")

UPPER = "A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ"
LOWER = "a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ"


class ProfileError(ValueError):
    """A profile file that cannot be used: ``path: key: reason``."""


def expand_pattern(pattern: str) -> str:
    r"""``\p{Lu}`` / ``\p{Ll}`` (Vietnamese upper / lower-case letter) → explicit classes."""
    return pattern.replace(r"\p{Lu}", f"[{UPPER}]").replace(r"\p{Ll}", f"[{LOWER}]")


# --------------------------------------------------------------------------- normalisation
_TONE_MOVES = {}
for _base, _marks in (("oa", "àáảãạ"), ("oe", "èéẻẽẹ"), ("uy", "ỳýỷỹỵ")):
    # old placement (tone on the second vowel: "hoà") → new (tone on the first: "hòa")
    for _i, _m in enumerate(_marks):
        _first = "òóỏõọ"[_i] if _base[0] == "o" else "ùúủũụ"[_i]
        _TONE_MOVES[_base[0] + _m] = _first + _base[1]
_TONE_RE = re.compile("|".join(sorted(_TONE_MOVES, key=len, reverse=True)))
_LABEL_RE = re.compile(
    r"^\s*(?:(?:phần|mục|chương|phụ lục)\s+)?"
    r"(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)\-–:]\s*", re.IGNORECASE)


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


_MARK_SPACES_RE = re.compile(r" ?([,;–-]) ?")


@lru_cache(maxsize=4096)  # pure; profile synonyms are normalised again for every heading
def normalise_title(text: str, ignore_diacritics: bool = False, strip_label: bool = True) -> str:
    """A heading or synonym reduced for comparison: NFC, lower case, numbering label,
    markdown marks and trailing punctuation removed, tone placement unified (hoà = hòa),
    spaces collapsed; diacritics removed when asked."""
    t = unicodedata.normalize("NFC", text).strip().lstrip("#").strip().strip("*_ ").lower()
    if strip_label:
        t = _LABEL_RE.sub("", t, count=1)
    t = t.strip().rstrip(":.;,").strip()
    t = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(0)], t)
    # spaces collapsed first: around a mark there is then at most one, so the sub is linear
    # (r"\s*([,;–-])\s*" on a heading with a long run of spaces was quadratic)
    t = _MARK_SPACES_RE.sub(r"\1 ", " ".join(t.split()))
    t = " ".join(t.split())
    if ignore_diacritics:
        t = strip_diacritics(t)
    return t


# --------------------------------------------------------------------------- data
@record(frozen=True)
class Requirement:
    """A finer check of a component that is present. At most one finding each."""

    id: str
    what: str
    what_en: str
    present: Optional[re.Pattern] = None  # must match (else "missing part")
    exact: Optional[re.Pattern] = None  # must match when ``present`` matched (else "malformed")
    forbid: Optional[re.Pattern] = None  # must not match
    mode: str = "format"  # "format" (always) or "final" (only with --final)
    severity: str = "warning"


@record(frozen=True)
class ComponentSpec:
    id: str
    name: str
    name_en: str
    pattern: re.Pattern
    where: str = "head"
    severity: str = "error"
    requires: tuple[Requirement, ...] = ()


@record(frozen=True)
class SectionSpec:
    id: str
    title: str
    title_en: str
    synonyms: tuple[str, ...]
    required: bool = True
    severity: str = "warning"
    allow_empty: bool = False
    children: tuple["SectionSpec", ...] = ()

    def flat(self) -> list["SectionSpec"]:
        out = [self]
        for c in self.children:
            out.extend(c.flat())
        return out


@record(frozen=True)
class Profile:
    name: str
    kind: str
    title: str
    path: str
    description: str = ""
    title_en: str = ""
    types: tuple[str, ...] = ()
    title_pattern: Optional[re.Pattern] = None
    year_from: Optional[int] = None
    year_to: Optional[int] = None
    priority: int = 0
    components: tuple[ComponentSpec, ...] = ()
    sections: tuple[SectionSpec, ...] = ()
    order: str = "strict"
    ignore_diacritics: bool = False
    components_profile: Optional[str] = None

    def applies(self, type_name: str, trich_yeu: str, year: Optional[int]) -> bool:
        if self.types and type_name.upper() not in self.types:
            return False
        if self.title_pattern is not None and not self.title_pattern.search(trich_yeu or ""):
            return False
        if year is not None:
            if self.year_from is not None and year < self.year_from:
                return False
            if self.year_to is not None and year > self.year_to:
                return False
        return True


# --------------------------------------------------------------------------- loading
class _Reader:
    """Typed access to one TOML table with ``file: key: reason`` errors."""

    def __init__(self, path: str, data: dict, prefix: str, allowed: set[str]):
        self.path, self.data, self.prefix = path, data, prefix
        if not isinstance(data, dict):
            raise self.error("", msg("profiles.err.must-be-table"))
        for key in data:
            if key not in allowed:
                raise self.error(key, msg("profiles.err.unknown-key", keys=", ".join(map(repr, sorted(allowed)))))

    def key(self, k: str) -> str:
        return f"{self.prefix}.{k}" if self.prefix and k else (self.prefix or k)

    def error(self, k: str, why: str) -> ProfileError:
        return ProfileError(f"{self.path}: {self.key(k)}: {why}")

    def get(self, k: str, typ: type | tuple, default: Any = ..., choices: tuple = ()) -> Any:
        if k not in self.data:
            if default is ...:
                raise self.error(k, msg("profiles.err.missing-key"))
            return default
        v = self.data[k]
        if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
            name = typ.__name__ if isinstance(typ, type) else "/".join(t.__name__ for t in typ)
            raise self.error(k, msg("profiles.err.wrong-type", type=name))
        if isinstance(v, str) and not v.strip() and default is ...:
            raise self.error(k, msg("profiles.err.empty"))
        if choices and v not in choices:
            raise self.error(k, msg("profiles.err.not-one-of", value=v, choices=", ".join(map(repr, choices))))
        return v

    def strings(self, k: str) -> tuple[str, ...]:
        v = self.get(k, list, [])
        if not all(isinstance(s, str) and s.strip() for s in v):
            raise self.error(k, msg("profiles.err.strings"))
        return tuple(v)

    def regex(self, k: str, required: bool = False, flags: int = re.MULTILINE) -> Optional[re.Pattern]:
        v = self.get(k, str, ... if required else None)
        if v is None:
            return None
        try:
            return re.compile(expand_pattern(v), flags)
        except re.error as e:
            raise self.error(k, msg("profiles.err.bad-regex", error=e)) from None


def _requirement(path: str, data: dict, prefix: str) -> Requirement:
    r = _Reader(path, data, prefix, {"id", "what", "what_en", "present", "exact", "forbid", "mode", "severity"})
    req = Requirement(
        id=r.get("id", str), what=r.get("what", str), what_en=r.get("what_en", str, "") or r.get("what", str),
        present=r.regex("present"), exact=r.regex("exact"), forbid=r.regex("forbid"),
        mode=r.get("mode", str, "format", MODES), severity=r.get("severity", str, "warning", SEVERITIES))
    if not (req.present or req.exact or req.forbid):
        raise r.error("", msg("profiles.err.needs-a-test"))
    return req


def _component(path: str, data: dict, prefix: str) -> ComponentSpec:
    r = _Reader(path, data, prefix, {"id", "name", "name_en", "pattern", "where", "severity", "requires"})
    reqs = r.get("requires", list, [])
    return ComponentSpec(
        id=r.get("id", str), name=r.get("name", str), name_en=r.get("name_en", str, "") or r.get("name", str),
        pattern=r.regex("pattern", required=True), where=r.get("where", str, "head", WHERE),
        severity=r.get("severity", str, "error", SEVERITIES),
        requires=tuple(_requirement(path, q, f"{r.key('requires')}[{i}]") for i, q in enumerate(reqs)))


def _section(path: str, data: dict, prefix: str, default_severity: str) -> SectionSpec:
    r = _Reader(path, data, prefix, {"id", "title", "title_en", "synonyms", "required", "severity",
                                     "allow_empty", "children"})
    title = r.get("title", str)
    synonyms = r.strings("synonyms")
    children = r.get("children", list, [])
    severity = r.get("severity", str, default_severity, SEVERITIES)
    return SectionSpec(
        id=r.get("id", str), title=title, title_en=r.get("title_en", str, "") or title,
        synonyms=synonyms or (title,), required=r.get("required", bool, True), severity=severity,
        allow_empty=r.get("allow_empty", bool, False),
        children=tuple(_section(path, c, f"{r.key('children')}[{i}]", severity) for i, c in enumerate(children)))


def _profile(path: Path) -> tuple[Profile, Optional[str]]:
    from .ruleset import read_toml

    p = str(path)
    data = read_toml(path, ProfileError, msg("profiles.err.what"))
    r = _Reader(p, data, "", {"name", "kind", "title", "title_en", "description", "extends", "components", "sections",
                              "order", "ignore_diacritics", "default_severity", "match"})
    name = r.get("name", str)
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name):
        raise r.error("name", msg("profiles.err.kebab", name=name))
    if path.stem != name:
        raise r.error("name", msg("profiles.err.file-name", name=name))
    kind = r.get("kind", str, ..., KINDS)
    match = _Reader(p, r.get("match", dict, {}), "match", {"types", "title", "year_from", "year_to", "priority"})
    default_severity = r.get("default_severity", str, "warning", SEVERITIES)
    components: tuple[ComponentSpec, ...] = ()
    sections: tuple[SectionSpec, ...] = ()
    components_profile = None
    comps = r.get("components", (list, str), [])
    if kind == "components":
        if not isinstance(comps, list):
            raise r.error("components", msg("profiles.err.components-list"))
        components = tuple(_component(p, c, f"components[{i}]") for i, c in enumerate(comps))
        if "sections" in data:
            raise r.error("sections", msg("profiles.err.sections-outline-only"))
    else:
        if isinstance(comps, list) and comps:
            raise r.error("components", msg("profiles.err.components-name"))
        components_profile = comps if isinstance(comps, str) else None
        secs = r.get("sections", list)
        if not secs:
            raise r.error("sections", msg("profiles.err.no-sections"))
        sections = tuple(_section(p, s, f"sections[{i}]", default_severity) for i, s in enumerate(secs))
        ids = [s.id for top in sections for s in top.flat()]
        dup = next((i for i in ids if ids.count(i) > 1), None)
        if dup:
            raise r.error("sections", msg("profiles.err.duplicate-id", id=dup))
    extends = r.get("extends", str, None)
    prof = Profile(
        name=name, kind=kind, title=r.get("title", str), path=p, description=r.get("description", str, ""),
        title_en=r.get("title_en", str, ""),
        types=tuple(t.upper() for t in match.strings("types")),
        title_pattern=match.regex("title", flags=re.IGNORECASE),
        year_from=match.get("year_from", int, None), year_to=match.get("year_to", int, None),
        priority=match.get("priority", int, 0), components=components, sections=sections,
        order=r.get("order", str, "strict", ("strict", "any")),
        ignore_diacritics=r.get("ignore_diacritics", bool, False), components_profile=components_profile)
    return prof, extends


@lru_cache(maxsize=8)
def _load_dir(directory: str) -> tuple[Profile, ...]:
    d = Path(directory)
    if not d.is_dir():
        return ()
    loaded = [_profile(f) for f in sorted(d.glob("*.toml"))]
    by_name: dict[str, Profile] = {}
    for prof, _ in loaded:
        if prof.name in by_name:
            raise ProfileError(msg("profiles.err.duplicate-name", path=prof.path, name=prof.name,
                                   other=by_name[prof.name].path))
        by_name[prof.name] = prof
    out = []
    for prof, extends in loaded:
        if extends:
            base = by_name.get(extends)
            if base is None or base.kind != prof.kind:
                raise ProfileError(msg("profiles.err.no-base", path=prof.path, kind=prof.kind, name=extends))
            if prof.kind == "components" and not prof.components:
                prof = _replace(prof, components=base.components)
            if prof.kind == "outline" and prof.components_profile is None:
                prof = _replace(prof, components_profile=base.components_profile)
        if prof.components_profile and prof.components_profile not in by_name:
            raise ProfileError(msg("profiles.err.no-components-profile", path=prof.path, name=prof.components_profile))
        if prof.kind == "components" and not prof.components:
            raise ProfileError(msg("profiles.err.no-components", path=prof.path))
        out.append(prof)
    return tuple(out)


def _replace(prof: Profile, **kw) -> Profile:
    from dataclasses import replace

    return replace(prof, **kw)


def profiles_dir() -> Path:
    from .ruleset import default_rules_dir

    return default_rules_dir() / "profiles"


def load_profiles(directory: str | Path | None = None) -> list[Profile]:
    """Every profile in ``directory`` (default: the built-in ``rules/profiles``)."""
    return list(_load_dir(str(Path(directory) if directory else profiles_dir())))


def get_profile(name: str, directory: str | Path | None = None) -> Optional[Profile]:
    return next((p for p in load_profiles(directory) if p.name == name), None)


def choose_profile(kind: str, type_name: str, trich_yeu: str, year: Optional[int],
                   override: Optional[str] = None, directory: str | Path | None = None) -> Optional[Profile]:
    """The profile of ``kind`` for a document: ``override`` (a profile name, given with
    ``--profile``) when it names one of that kind — or, for components, the components
    profile an overriding outline names; else the applicable one of highest priority."""
    profiles = load_profiles(directory)
    if override:
        chosen = next((p for p in profiles if p.name == override), None)
        if chosen is not None:
            if chosen.kind == kind:
                return chosen
            if kind == "components" and chosen.components_profile:
                return next((p for p in profiles if p.name == chosen.components_profile), None)
    candidates = [p for p in profiles if p.kind == kind and p.applies(type_name, trich_yeu, year)]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (p.priority, p.name))


# --------------------------------------------------------------------------- listing
def describe_profiles(directory: str | Path | None = None, lang: str = "vi") -> str:
    """A plain-text listing of the profiles and their sections, for ``draftcheck profiles``, its
    labels in ``lang`` (the catalogue's ``profiles.*`` messages). Under English the names are the
    profile's English ones (``title_en``, ``name_en``…) and each heading a draft must have is
    quoted as a draft writes it; the synonyms are headings of drafts, Vietnamese in both."""
    lang = "en" if lang == "en" else "vi"

    def t(key: str, **fields) -> str:
        return msg(f"profiles.{key}", lang, **fields)

    lines: list[str] = []
    for prof in load_profiles(directory):
        title = prof.title_en or prof.title if lang == "en" else prof.title
        lines.append(f"{prof.name}  [{t('kind.' + prof.kind)}]  {title}")
        cond = []
        if prof.types:
            cond.append(t("types", types=", ".join(f"'{x}'" if lang == "en" else x for x in prof.types)))
        if prof.title_pattern is not None:
            cond.append(t("title-matches", pattern=prof.title_pattern.pattern))
        if prof.year_from or prof.year_to:
            cond.append(t("years", start=prof.year_from or "…", end=prof.year_to or "…"))
        if cond:
            lines.append(f"  {t('applies')}: " + "; ".join(cond) + f" ({t('priority', n=prof.priority)})")
        if prof.components_profile:
            lines.append(f"  {t('components-profile', name=prof.components_profile)}")
        if prof.kind == "outline":
            lines.append(f"  {t('order', order=t('order-' + prof.order))}"
                         + (t("ignore-diacritics") if prof.ignore_diacritics else ""))
        for comp in prof.components:
            name = comp.name_en or comp.name if lang == "en" else comp.name
            lines.append(f"  - {name} [{t('severity.' + comp.severity)}, {t('where.' + comp.where)}]")
            for req in comp.requires:
                tag = t("final-only") if req.mode == "final" else t("severity." + req.severity)
                what = req.what_en or req.what if lang == "en" else req.what
                lines.append(f"      · {what} [{tag}]")

        def walk(secs: tuple[SectionSpec, ...], depth: int) -> None:
            for i, s in enumerate(secs, start=1):
                label = _roman(i) if depth == 0 else str(i)
                opt = t("optional") if not s.required else ""
                title = f"{s.title_en} — '{s.title}'" if lang == "en" and s.title_en else s.title
                lines.append(f"  {'    ' * depth}{label}. {title}{opt} [{t('severity.' + s.severity)}]")
                others = [x for x in s.synonyms if normalise_title(x) != normalise_title(s.title)]
                if others:
                    shown = " | ".join(f"'{x}'" if lang == "en" else x for x in others)
                    lines.append(f"  {'    ' * depth}     {t('synonyms', synonyms=shown)}")
                walk(s.children, depth + 1)

        walk(prof.sections, 0)
        lines.append("")
    return "\n".join(lines) if lines else t("none") + "\n"


def _roman(n: int) -> str:
    return to_roman(n)
