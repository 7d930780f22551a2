"""Shared fixtures: every per-user folder points into the test's own tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.storage.folders import UserFolders

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A child process the tests start (sys.executable running a script or `-m editor.cli`)
# imports this checkout's editor, not the one the environment has installed: an
# editable install may point at another checkout of the project.
REPO = Path(__file__).resolve().parent.parent
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(REPO), *([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])]
)
# The offscreen platform's one screen is 800×800, like no writer's desktop: the tests run
# on a common 1920×1080 one, so a first window opens at 80% of it with the preview beside
# the form (at 640 px it folds away). Tests of narrow windows resize them.
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    SCREEN = REPO / "tests" / "offscreen_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


@pytest.fixture(scope="session", autouse=True)
def qt_application():
    """Make the run's one QApplication before any test (widget tests need it first)."""
    # Were the PDF writer's headless QGuiApplication made first, every widget test after
    # it would abort: widgets need a QApplication, and a process has one application.
    from PySide6.QtWidgets import QApplication

    from editor.ui.common.translations import install_english_plurals

    app = QApplication.instance() or QApplication(["newsdesk-tests"])
    install_english_plurals(app)  # as the editor does at start: "2 files", not "2 file(s)"
    yield app
    # The offscreen platform frees a clipboard's QMimeData made in Python after Python is
    # gone, and the run ended in a segmentation fault (exit 139, every test passed) once a
    # test had copied: the clipboard is emptied while Python still runs. A desktop's own
    # clipboard (xcb) is not affected: the editor exits cleanly after a copy there.
    app.clipboard().clear()


@pytest.fixture(autouse=True)
def run_locale():
    """Each test starts with the locale the run started with: a test that switches the
    interface language sets Qt's default locale, and a later one showing a time in the
    interface's format read it (found when the tests ran in another order)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserFolders:
    """Point HOME and every XDG folder at tmp_path, so no test touches the real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DOCUMENTS_DIR", "Documents"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    folders = UserFolders.default()
    assert str(folders.config).startswith(str(home))
    return folders


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder a command runs in (the current directory for the test)."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder
