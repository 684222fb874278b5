"""Check kinds: the code behind the rules. One module a kind, registered by name.

A kind has a frozen ``Params`` dataclass (its parameter schema, validated at load), a set
of ``placeholders`` its hits fill (rule messages may use only these), and
``check(doc, ctx) -> Iterable[Hit]``. Patterns are compiled in ``__init__``; ``check``
only matches. Kinds import :mod:`checker.extract` and :mod:`checker.model`, never click or
rich.
"""
from __future__ import annotations

import importlib
from dataclasses import field
from datetime import date
from typing import Any, ClassVar, Iterable, Optional

from ..records import record
from ..model import Document

KIND_MODULES = ("breakdown", "ratio", "identity", "change", "table_sum", "table_relations", "plausibility", "restated",
                "amount_words", "rank_change", "contributions", "per_each", "listed_count", "average", "number_format", "plan", "exclusion", "complete_shares", "growth_from_parts", "date_valid", "date_checks", "citation_checks", "components", "outline", "numbering",
                "suppression")
KINDS: dict[str, type["Kind"]] = {}


def register(name: str):
    def deco(cls: type["Kind"]) -> type["Kind"]:
        cls.name = name
        KINDS[name] = cls
        return cls

    return deco


@record(frozen=True)
class Hit:
    """One finding from a kind, before the engine attaches the rule's code and message."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    severity: Optional[str] = None  # overrides the rule's severity (the arithmetic ladder)
    data: dict[str, Any] = field(default_factory=dict)


@record
class Context:
    """What a kind may know besides the document: options and a shared cache."""

    lang: str = "vi"
    report_date: Optional[date] = None
    profile: Optional[str] = None
    final: bool = False
    cache: dict[str, Any] = field(default_factory=dict)


class Kind:
    name: ClassVar[str] = ""
    placeholders: ClassVar[frozenset[str]] = frozenset()

    # eq=False on every kind's Params: a rule's parameters are one object, never compared by
    # value, and each generated method is source compiled at every start (__eq__ and __hash__
    # of 28 schemas were some 10 ms of a cold start)
    @record(frozen=True, eq=False)
    class Params:
        pass

    def __init__(self, params: Any):
        self.params = params

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:  # pragma: no cover - interface
        raise NotImplementedError


def _load_all() -> None:
    for mod in KIND_MODULES:
        try:
            importlib.import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{mod}":
                raise


_load_all()
