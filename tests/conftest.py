from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the reference draft and the development documents, copied from ../shared so that a fresh
# clone runs every test without it (the set-aside documents are not among them: see
# tests/corpus/README.md)
CORPUS = ROOT / "tests" / "corpus" / "docs"
SEED = CORPUS / "tiengiang-cchc-4thang-2020.txt"


@pytest.fixture(scope="session")
def ruleset():
    from checker import load_ruleset

    return load_ruleset()


def needs_shared():
    return pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


# --------------------------------------------------------------------------- hypothesis profiles
# "ci" (default): small and quick, so the whole suite stays fast on two cores.
# "large": the hand-run fuzz campaign, >= 100,000 examples in all (HYPOTHESIS_PROFILE=large;
# HYPOTHESIS_MAX_EXAMPLES overrides the per-test count). See tests/test_fuzz_*.py.
import os as _os

from hypothesis import HealthCheck, settings as _hsettings

_hsettings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, print_blob=True,
                            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_hsettings.register_profile("large", max_examples=int(_os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "12500")),
                            deadline=None, print_blob=True,
                            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                   HealthCheck.filter_too_much])
_hsettings.load_profile(_os.environ.get("HYPOTHESIS_PROFILE", "ci"))
