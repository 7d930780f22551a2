"""Where the sample drafts are: the project's own, and ../shared/samples when it is there.

A module of its own, not conftest: ``from conftest import …`` finds whichever conftest.py
comes first on sys.path (tests/ui has one too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = REPO.parent / "shared" / "samples"
OWN_SAMPLES = REPO / "resources" / "samples"


def shared_sample(name: str) -> Path:
    """Return a sample draft from ../shared/samples, skipping the test when it is absent."""
    path = SHARED_SAMPLES / name
    if not path.exists():
        pytest.skip(f"{path} is not here (a fresh clone has no ../shared)")
    return path
