"""draftcheck: lint Vietnamese administrative report drafts — arithmetic, dates, sections.

Library use (no click, no rich)::

    from checker import check_text, load_ruleset
    report = check_text("Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.")
    for f in report.findings:
        print(f.code, f.span.line, f.message)
"""
from __future__ import annotations

__version__ = "0.2.0"

from .engine import Options, Report, run  # noqa: E402
from .model import Document, Finding  # noqa: E402
from .ruleset import RuleError, RuleSet, load_ruleset  # noqa: E402

__all__ = ["__version__", "check_text", "check_path", "load_ruleset", "run", "Options", "Report",
           "Document", "Finding", "RuleSet", "RuleError"]

_DEFAULT_RULES: RuleSet | None = None


def _rules(ruleset: RuleSet | None) -> RuleSet:
    global _DEFAULT_RULES
    if ruleset is not None:
        return ruleset
    if _DEFAULT_RULES is None:
        _DEFAULT_RULES = load_ruleset()
    return _DEFAULT_RULES


def check_text(text: str, ruleset: RuleSet | None = None, options: Options | None = None,
               path: str = "<text>") -> Report:
    """Check a draft given as text."""
    from .extract import build_document

    return run(build_document(text, path), _rules(ruleset), options)


def check_path(path: str, ruleset: RuleSet | None = None, options: Options | None = None) -> Report:
    """Check a draft file (.txt, .md, .docx). Raises ``checker.extract.InputError`` if unreadable."""
    from .extract import read_path

    return run(read_path(path), _rules(ruleset), options)
