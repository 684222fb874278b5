"""Annotated sample drafts: the exact set of (line, code) found must equal the annotations."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.testing import read_annotations, sample_findings

SAMPLES = sorted(p for p in (Path(__file__).resolve().parent.parent / "samples").glob("*")
                 if p.suffix in (".md", ".txt") and not p.name.startswith("README"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample(path, ruleset):
    ann = read_annotations(path)
    found = sample_findings(path, ruleset)
    missing = ann.expect - found
    unexpected = found - ann.expect - ann.todo
    wrongly = found & ann.ok
    assert not missing, f"expected but not found: {sorted(missing)}"
    assert not unexpected, f"found but not annotated: {sorted(unexpected)}"
    assert not wrongly, f"marked ok but found: {sorted(wrongly)}"
