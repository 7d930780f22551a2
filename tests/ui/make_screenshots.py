"""Regenerate docs/screenshots/main-en.png and main-ar.png (offscreen, 1280×800).

Run: QT_QPA_PLATFORM=offscreen python tests/ui/make_screenshots.py

Uses the English and Arabic sample drafts the program ships (resources/samples) through
the importer, so a fresh clone makes the same pictures.
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
SIZE = (1280, 800)


def _article(sample: str, fallback):
    path = SAMPLES / sample
    if path.exists():
        from editor.importing import import_draft

        return import_draft(path).article
    return fallback()


def main() -> int:
    """Write both screenshots and print where they went."""
    sys.path.insert(0, str(HERE))
    from PySide6.QtWidgets import QApplication
    from ui_articles import arabic_article, english_article

    from editor.storage.folders import UserFolders
    from editor.ui.settings import Settings
    from editor.ui.theme import apply_theme, apply_ui_language
    from editor.ui.workspace import Workspace

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Newsdesk")
    apply_theme(app, "light")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        folders = UserFolders(base / "c", base / "d", base / "s", base / "k", base / "doc")
        for name, sample, fallback, ui_language in (
            ("main-en.png", "ferry-line-en.txt", english_article, "en"),
            ("main-ar.png", "water-plan-ar.txt", arabic_article, "ar"),
        ):
            settings = Settings(ui_language=ui_language, article_language=ui_language)
            apply_ui_language(app, settings)
            workspace = Workspace(folders, settings)
            window = workspace.add_window(_article(sample, fallback))
            window.resize(*SIZE)
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
