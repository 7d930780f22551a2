"""Hatch build hook: compile the interface translations (.ts -> .qm) into the wheel.

Qt loads only compiled .qm files, which are not committed. A wheel carries them beside the
.ts sources in ``editor/resources/translations``; an editable install (a checkout) does
not need them: editor/ui/common/translations.py compiles on demand into the per-user cache.
lrelease comes from PySide6-Essentials, which pyproject.toml makes a build dependency of
this hook, or from Qt's tools on PATH (a Flatpak SDK, a distribution package).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> str | None:
    """Return Qt's lrelease: the PySide6 wheel's, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        for candidate in (package / name, package / "Qt" / "libexec" / name):
            if candidate.is_file():
                return str(candidate)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    # Qt 6 from a distribution or an SDK keeps its tools off PATH (e.g. /usr/lib/qt6/bin).
    for qtpaths in ("qtpaths6", "qtpaths"):
        tool = shutil.which(qtpaths)
        if tool is None:
            continue
        for query in ("QT_HOST_BINS", "QT_HOST_LIBEXECS"):
            result = subprocess.run([tool, "--query", query], capture_output=True, text=True)
            candidate = Path(result.stdout.strip()) / "lrelease"
            if result.returncode == 0 and candidate.is_file():
                return str(candidate)
    return None


class TranslationsHook(BuildHookInterface):
    """Compile resources/translations/*.ts and force-include the .qm files in the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Run lrelease on every .ts source (not for editable installs)."""
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        if lrelease is None:
            raise RuntimeError(
                "cannot compile the translations: Qt's lrelease was not found "
                "(install PySide6-Essentials or Qt's linguist tools)"
            )
        self._scratch = tempfile.TemporaryDirectory(prefix="newsdesk-qm-")
        for source in sources:
            target = Path(self._scratch.name) / source.with_suffix(".qm").name
            result = subprocess.run(
                [lrelease, "-silent", str(source), "-qm", str(target)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not target.is_file():
                raise RuntimeError(f"{source}: lrelease failed: {result.stderr.strip()}")
            build_data["force_include"][str(target)] = (
                f"editor/resources/translations/{target.name}"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the compiled files once they are in the wheel."""
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            scratch.cleanup()
