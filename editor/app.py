"""Builds the QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor.ui.workspace import Workspace


# How long a thread may keep the GIL when another wants it. The preview renders in a
# worker thread; at Python's default (5 ms) each keystroke handled meanwhile waits that
# long several times over. At 0.5 ms typing stays under a few ms while a render runs.
SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    """Let the GUI thread take the GIL back quickly from the preview's render thread."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def start_editor(app: QApplication, files: list[str]) -> Workspace:
    """Name the application, apply the user's settings, offer recovery, open the windows."""
    from editor import APP_ID, APP_NAME, __version__
    from editor.storage.folders import UserFolders
    from editor.ui.settings import load_settings
    from editor.ui.theme import apply_theme, apply_ui_language
    from editor.ui.workspace import Workspace

    tune_interpreter()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    folders = UserFolders.default()
    settings = load_settings(folders)
    apply_theme(app, settings.theme)
    apply_ui_language(app, settings)
    workspace = Workspace(folders, settings)
    workspace.offer_recovery()
    for name in files:
        workspace.open_file(Path(name))
    if not workspace.windows and not files:
        workspace.new_window()
    return workspace


def run_editor(files: list[str]) -> int:
    """Open the editor on these files (or a new article); return the process exit code."""
    from PySide6.QtWidgets import QApplication

    from editor import APP_NAME

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    workspace = start_editor(app, files)
    if not workspace.windows:
        return 2  # nothing could be opened; each failure was shown in a dialog
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
