"""The PyInstaller bundle starts without Python: the CLI works and the editor opens a sample.

Slow (the build takes about a minute): marked ``slow``; CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging_helpers import REPO, build_script

import editor
from editor.storage.folders import UserFolders

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Build the bundle once for this module; return its folder.

    NEWSDESK_TEST_BUNDLE=FOLDER tests a bundle built before (by ``build.py bundle``).
    """
    prebuilt = os.environ.get("NEWSDESK_TEST_BUNDLE")
    if prebuilt:
        yield Path(prebuilt)
        return
    pytest.importorskip("PyInstaller", reason="PyInstaller is the 'package' extra")
    root = tmp_path_factory.mktemp("bundle")
    with pytest.MonkeyPatch.context() as patch:
        # PyInstaller's own cache, kept out of the real home folder.
        patch.setenv("PYINSTALLER_CONFIG_DIR", str(root / "pyinstaller-config"))
        folder = build_script().build_bundle(root / "dist", root / "build")
    yield folder


def run(bundle: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run the bundled program with a clean Python-free environment."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    environment.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run(
        [str(bundle / "newsdesk"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=bundle.parent,
        **kwargs,  # type: ignore[arg-type]
    )


def test_bundled_newsdesk_prints_the_version(bundle: Path) -> None:
    result = run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"newsdesk {editor.__version__}"


def test_bundled_cli_finds_the_shipped_language_data(bundle: Path, tmp_path: Path) -> None:
    article = tmp_path / "new.newsdesk"
    assert run(bundle, "new", "--language", "ar", "-o", str(article)).returncode == 0
    shown = run(bundle, "show", str(article))
    assert shown.returncode == 0, shown.stderr
    assert "الخبر:" in shown.stdout and "التعليق:" in shown.stdout


def test_bundled_cli_imports_and_exports_a_sample(bundle: Path, tmp_path: Path) -> None:
    article = tmp_path / "water-plan.newsdesk"
    sample = REPO / "resources" / "samples" / "water-plan-ar.txt"
    imported = run(bundle, "import", str(sample), "-o", str(article))
    assert imported.returncode == 0, imported.stderr
    exported = run(bundle, "export", str(article), "--format", "pdf,docx", "--out", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert "exported 2 file(s)" in exported.stdout
    pdf = next(tmp_path.glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        # pikepdf is in the bundle: the text layer is corrected, the letter with a shadda
        # copied once (without it the export still succeeds, with "أقّرّرت").
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        assert "أقرّت" in text


def test_bundled_editor_opens_a_sample_offscreen_and_exits_cleanly(
    bundle: Path, tmp_path: Path, user_folders: UserFolders
) -> None:
    article = tmp_path / "water-plan.newsdesk"
    sample = REPO / "resources" / "samples" / "water-plan-ar.txt"
    assert run(bundle, "import", str(sample), "-o", str(article)).returncode == 0
    user_folders.config.mkdir(parents=True, exist_ok=True)
    settings = {"ui_language": "ar"}
    (user_folders.config / "settings.json").write_text(json.dumps(settings), "utf-8")
    result = run(
        bundle,
        str(article),
        env={"NEWSDESK_SMOKE_TEST": "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip(), result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["dialogs"] == []
    (window,) = report["windows"]
    assert window["path"] == str(article.resolve())
    assert window["headline"] == "هل تكفي خطة المياه الجديدة لصيف طويل؟"
    assert window["rtl"] is True  # the Arabic interface mirrors the window
    assert result.returncode == 0, result.stderr
    inside = str(bundle.resolve())
    assert report["resources"].startswith(inside)
    assert report["qt_translations"].startswith(inside)
    for code in ("ar", "ru", "tr", "ur"):
        # Compiled at build time and shipped: nothing is compiled on the user's machine.
        assert report["translations"][code].startswith(inside), report["translations"]
