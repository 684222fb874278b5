from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "tiengiang-cchc-4thang-2020.txt"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def ruleset():
    from checker import load_ruleset

    return load_ruleset()


def needs_shared():
    return pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
