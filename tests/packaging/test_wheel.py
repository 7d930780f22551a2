"""The wheel carries the compiled translations (hatch_build.py), so installs compile nothing.

Slow-ish (pip builds the wheel in an isolated environment with PySide6 for lrelease).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import REPO

pytestmark = pytest.mark.slow


def test_wheel_ships_a_compiled_translation_beside_each_source(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 and "No matching distribution" in result.stderr:
        pytest.skip("no package index to install the build dependencies from")
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("newsdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted(name for name in names if name.startswith("editor/resources/translations/"))
    ts_files = [name for name in sources if name.endswith(".ts")]
    assert len(ts_files) >= 4
    for ts_file in ts_files:
        assert ts_file.removesuffix(".ts") + ".qm" in names, sources
    assert "editor/resources/icons/newsdesk.svg" in names
