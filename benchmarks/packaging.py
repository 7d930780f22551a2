"""Packaging costs: compiling translations, and the PyInstaller bundle's build time and size.

Prints figures and ratios from one run:
  lrelease per .ts file (what a checkout's first start in a language costs) vs the time to
  import PySide6.QtWidgets in a fresh process (the start-up it adds to);
  with --bundle: the bundle's build time, its size on disk and packed (.tar.gz), its size
  vs the installed PySide6 package, and the bundled ``newsdesk --version`` time vs the
  same command from the virtualenv.

Run: ``python benchmarks/packaging.py [--bundle]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _build_module():
    spec = importlib.util.spec_from_file_location("build", REPO / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seconds(command: list[str], **kwargs: object) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - started


def translations() -> None:
    """Print the lrelease time per shipped .ts file against a Qt import."""
    from editor.ui.common.translations import available_languages, translation_file

    qt_import = min(_seconds([sys.executable, "-c", "import PySide6.QtWidgets"]) for _ in range(3))
    print(f"import PySide6.QtWidgets in a fresh process: {qt_import * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as cache:
        for code in available_languages():
            started = time.perf_counter()
            translation_file(code, Path(cache))
            cold = time.perf_counter() - started
            started = time.perf_counter()
            translation_file(code, Path(cache))
            warm = time.perf_counter() - started
            print(
                f"{code}: compile {cold * 1000:.0f} ms ({cold / qt_import:.2f}× the Qt import),"
                f" cached {warm * 1000:.1f} ms"
            )


def bundle() -> None:
    """Build the bundle in a scratch folder; print time, size and start-up figures."""
    build = _build_module()
    import PySide6

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        os.environ["PYINSTALLER_CONFIG_DIR"] = str(root / "config")
        started = time.perf_counter()
        folder = build.build_bundle(root / "dist", root / "build")
        elapsed = time.perf_counter() - started
        size = build.folder_size(folder)
        packed = root / "newsdesk.tar.gz"
        with tarfile.open(packed, "w:gz") as archive:
            archive.add(folder, arcname="newsdesk")
        pyside = build.folder_size(Path(PySide6.__file__).parent)
        print(f"bundle build: {elapsed:.0f} s (fresh PyInstaller cache)")
        print(
            f"bundle size: {size / 1e6:.0f} MB on disk, {packed.stat().st_size / 1e6:.0f} MB"
            f" as .tar.gz; {size / pyside:.2f}× the installed PySide6 ({pyside / 1e6:.0f} MB)"
        )
        frozen = min(_seconds([str(folder / "newsdesk"), "--version"]) for _ in range(5))
        script = [str(Path(sys.executable).parent / "newsdesk"), "--version"]
        venv = min(_seconds(script) for _ in range(5))
        print(
            f"newsdesk --version: bundle {frozen * 1000:.0f} ms, virtualenv "
            f"{venv * 1000:.0f} ms ({frozen / venv:.2f}×)"
        )


def main() -> None:
    """Run the measurements asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="also build the bundle")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    translations()
    if args.bundle:
        bundle()


if __name__ == "__main__":
    main()
