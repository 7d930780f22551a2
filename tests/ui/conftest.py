"""Fixtures for the main window tests: a workspace in tmp_path, no unexpected dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_articles import Asked

from editor.storage.folders import UserFolders
from editor.storage.settings import Settings
from editor.ui.window.workspace import Workspace


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box no test expected fails the test instead of blocking it."""

    def unexpected(_parent, title, text, *_args, **_kwargs):
        raise AssertionError(f"unexpected dialog: {title}: {text}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def settings() -> Settings:
    """Settings as on a first start, with a short autosave for the tests."""
    return Settings(autosave_seconds=1)


@pytest.fixture
def language_tools() -> bool:
    """Whether the workspace's windows get spelling, typography and the checklist."""
    return False


@pytest.fixture
def workspace(
    qapp: QApplication, user_folders: UserFolders, settings: Settings, language_tools: bool
) -> Iterator[Workspace]:
    """A workspace in tmp_path; every window it opened is dropped (no prompts) afterwards.

    Without spelling and typography as you type, so typed text stays as typed; tests that
    want them attach them, or override the ``language_tools`` fixture.
    """
    space = Workspace(user_folders, settings, language_tools=language_tools)
    yield space
    for window in list(space.windows):
        window.setWindowModified(False)
        window.close()
    # Delete the closed windows now, not during interpreter shutdown.
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def ask_discard(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Patch QMessageBox.question to record the question and answer Discard."""
    asked = Asked(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "question", asked)
    return asked


@pytest.fixture
def interface_locale() -> Iterator[Callable[[str], QLocale]]:
    """Set the interface locale (as the Settings' language does) for a test; put it back."""
    before = QLocale()

    def use(name: str) -> QLocale:
        QLocale.setDefault(QLocale(name))
        return QLocale()

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def desktop_font(qapp: QApplication) -> Iterator[None]:
    """A desktop's usual 11 pt interface font (the offscreen platform's 9 pt hides clipping
    and crowding)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(11)
    qapp.setFont(font)
    yield
    qapp.setFont(before)
