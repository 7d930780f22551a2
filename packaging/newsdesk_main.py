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
    from PySide6.QtWidgets import QApplication

    from editor import APP_NAME
    from editor.app import start_editor
    from editor.resources import resources_dir
    from editor.storage.folders import UserFolders
    from editor.ui.translations import available_languages, translation_file

    app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    workspace = start_editor(app, files)
    report: dict[str, object] = {}

    def describe_and_quit() -> None:
        # Described before quitting: quit() closes the windows, which leaves the workspace.
        report["windows"] = [
            {
                "path": str(window.path().resolve()) if window.path() else None,
                "headline": window.article().headline,
                "rtl": window.isRightToLeft(),
            }
            for window in workspace.windows
        ]
        app.quit()

    # Long enough for the first paint and the deferred start-up work to run.
    QTimer.singleShot(1500, describe_and_quit)
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
    return 0 if wanted <= opened else 3


if __name__ == "__main__":
    # The library reads big folders in spawned worker processes; a frozen program must
    # let them run as workers instead of starting another editor.
    multiprocessing.freeze_support()
    if os.environ.get("NEWSDESK_SMOKE_TEST") == "1":
        sys.exit(smoke_test(sys.argv[1:]))
    from editor.cli import main

    sys.exit(main())
