"""``--statistics``: how many findings each rule gave, most frequent first (ruff's option),
as text lines or, with ``--format json``, as a JSON list."""
from __future__ import annotations

import json

from . import RenderContext, with_footer, statistics

FORMATS = ("full", "concise", "json")  # the formats --statistics can print in


def render(reports, ctx: RenderContext, fmt: str) -> str:
    rows = statistics(reports)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    lines = []
    width = max((len(str(row["count"])) for row in rows), default=1)
    code_width = max((len(row["code"]) for row in rows), default=5)
    sev_width = max((len(row["severity"]) for row in rows), default=5)
    for row in rows:
        lines.append(f"{row['count']:>{width}}  {row['code']:<{code_width}}  {row['severity']:<{sev_width}}  {row['name']}")
    return with_footer(lines, reports, ctx)
