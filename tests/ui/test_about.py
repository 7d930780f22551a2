"""Help › About Newsdesk: the version, licence, Qt and Python in use, and the user's folders."""

from __future__ import annotations

import platform
import re

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QLabel

import editor
from editor.storage.folders import UserFolders
from editor.ui.dialogs.about_dialog import AboutDialog
from editor.ui.window.workspace import Workspace


def shown_text(label: QLabel) -> str:
    """Return a label's text as the user reads it (the About box lays it out as rich text)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_help_about_shows_version_licence_and_folders_and_closes(
    qtbot, workspace: Workspace, user_folders: UserFolders
) -> None:
    window = workspace.new_window()
    qtbot.waitExposed(window)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    about = next(a for a in help_menu.actions() if a.text() == "&About Newsdesk")
    assert about.menuRole() == QAction.MenuRole.AboutRole
    items = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert items == [
        "&Writing in Newsdesk",
        "&Keyboard shortcuts",
        "&About Newsdesk",
        "About &Qt",
    ]
    assert window.findChild(AboutDialog) is None  # built when asked for, not at start

    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Newsdesk"
    shown = [shown_text(label) for label in dialog.findChildren(QLabel)]
    text = "\n".join(shown)
    version = re.fullmatch(r"Version (\S+)", shown_text(dialog.version_label))
    assert version is not None and version.group(1) == editor.__version__
    assert editor.__version__ in text
    assert "Newsdesk" in shown
    assert "An offline desktop editor for news-plus-commentary articles." in shown
    assert "GNU General Public License, version 3 or (at your option) any later" in text
    assert f"Uses Qt {qVersion()}, PySide6" in text
    assert f"Python {platform.python_version()}." in text
    for folder in (
        user_folders.config,
        user_folders.data,
        user_folders.recovery,
        user_folders.cache,
    ):
        assert str(folder) in shown, folder
    for label in dialog.findChildren(QLabel):
        if label.text():
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert window.findChild(AboutDialog) is None
