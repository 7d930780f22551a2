"""Entry point of the PyInstaller bundle: the ``newsdesk`` command, editor included.

With ``NEWSDESK_SMOKE_TEST=1`` in the environment the bundle checks itself instead: it
starts the editor on the files given (as ``newsdesk FILE`` would), lets the windows paint,
prints one JSON line describing what opened and what the bundle ships, closes and exits
(0 if every file opened). tests/packaging/test_bundle.py runs it offscreen.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from pathlib import Path


def smoke_test(files: list[str]) -> int:
    """Open the editor on files, report what opened as JSON on stdout, quit; 0 if all did."""
    from PySide6.QtCore import QLibraryInfo, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from editor import APP_NAME
    from editor.app import start_editor
    from editor.resources import resources_dir
    from editor.storage.folders import UserFolders
    from editor.ui.common.translations import available_languages, translation_file

    app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    report: dict[str, object] = {"dialogs": []}
    started: list[object] = []  # the workspace, once start_editor has returned

    def close_dialogs() -> None:
        # A dialog at start-up (an error, a question) would stop a real user: note its
        # text and close it, so that the check ends instead of waiting for a click.
        for widget in app.topLevelWidgets():
            if widget.isVisible() and isinstance(widget, QDialog):
                text = getattr(widget, "text", lambda: "")()
                report["dialogs"].append(f"{widget.windowTitle()}: {text}")
                widget.reject()

    def check() -> None:
        close_dialogs()
        if not started:  # still inside start_editor, under a dialog's own event loop
            QTimer.singleShot(200, check)
            return
        # Described before quitting: quit() closes the windows, which leaves the workspace.
        report["windows"] = [
            {
                "path": str(window.path().resolve()) if window.path() else None,
                "headline": window.article().headline,
                "rtl": window.isRightToLeft(),
            }
            for window in started[0].windows
        ]
        # Closed as a user closes them (each window stops its own work), then leave.
        for window in list(started[0].windows):
            window.close()
        app.exit(0)

    # Armed before start-up, so that a dialog shown while opening the files is caught too;
    # long enough for the first paint and the deferred start-up work.
    QTimer.singleShot(1500, check)
    started.append(start_editor(app, files))
    app.exec()
    cache = UserFolders.default().cache
    report["resources"] = str(resources_dir())
    report["qt_translations"] = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    report["translations"] = {
        code: str(translation_file(code, cache)) for code in available_languages()
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    opened = {entry["path"] for entry in report.get("windows", [])}
    wanted = {str(Path(name).resolve()) for name in files}
    return 0 if wanted <= opened and not report.get("dialogs") else 3


if __name__ == "__main__":
    # The library reads big folders in spawned worker processes; a frozen program must
    # let them run as workers instead of starting another editor.
    multiprocessing.freeze_support()
    if os.environ.get("NEWSDESK_SMOKE_TEST") == "1":
        sys.exit(smoke_test(sys.argv[1:]))
    from editor.cli import main

    sys.exit(main())
