"""Regenerate the main window screenshots in docs/screenshots (offscreen).

Run: QT_QPA_PLATFORM=offscreen python tests/ui/make_screenshots.py

- main-en-WxH.png: the English interface with the English sample, at 800×600, 1280×800
  and 1920×1080;
- main-ar-ui-WxH.png: the Arabic interface, mirrored, with the Arabic sample, at the same
  three sizes;
- main-ar.png: the English interface with the Arabic sample (each part right to left);
- main-ru-ui.png: the Russian interface with the Russian sample.

Uses the sample drafts the program ships (resources/samples) through the importer, so a
fresh clone makes the same pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = REPO / "docs" / "screenshots"
SAMPLES = REPO / "resources" / "samples"
SIZES = ((800, 600), (1280, 800), (1920, 1080))


# File name, sample draft, interface language, window size.
SHOTS = (
    *(
        (f"main-{name}-{width}x{height}.png", sample, language, (width, height))
        for name, sample, language in (
            ("en", "ferry-line-en.txt", "en"),
            ("ar-ui", "water-plan-ar.txt", "ar"),
        )
        for width, height in SIZES
    ),
    ("main-ar.png", "water-plan-ar.txt", "en", (1280, 800)),
    ("main-ru-ui.png", "library-ru.txt", "ru", (1280, 800)),
)


def main() -> int:
    """Write every screenshot and print where it went."""
    from PySide6.QtWidgets import QApplication

    from editor.importing import import_draft
    from editor.storage.folders import UserFolders
    from editor.storage.settings import Settings
    from editor.ui.common.theme import apply_theme, apply_ui_language
    from editor.ui.window.workspace import Workspace

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Newsdesk")
    apply_theme(app, "light")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        folders = UserFolders(base / "c", base / "d", base / "s", base / "k", base / "doc")
        for name, sample, ui_language, size in SHOTS:
            settings = Settings(ui_language=ui_language, article_language=ui_language)
            apply_ui_language(app, settings, UserFolders.default().cache)
            workspace = Workspace(folders, settings)
            window = workspace.add_window(import_draft(SAMPLES / sample).article)
            window.resize(*size)
            deadline = time.monotonic() + 20
            while not window.preview.is_current() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            for _ in range(20):
                app.processEvents()
            target = OUT / name
            window.grab().save(str(target))
            print(target)
            window.setWindowModified(False)
            window.close()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
