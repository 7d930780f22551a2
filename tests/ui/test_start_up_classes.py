"""What the editor's first frame asks of PySide6: no class whose enums cost milliseconds.

PySide6 builds a class's Python enums the first time the class is named (QStyle's take
~5 ms, QKeySequence's ~0.7 ms). The window shows its first frame without them; they come
when first used (a text shortened in the status bar, a key sequence matched, a dialog).
Checked in a fresh process, at the first paint of the first section's text, as a writer
opening an article with quotations in it, in an English and in an Arabic interface.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import Quotation
from editor.storage.container import save
from editor.text.template import new_article

# Classes the first frame does not need, each several hundred enum members.
NOT_AT_START = ("QStyle", "QKeySequence", "QMessageBox", "QFileDialog")

_PROBE = """
import os, sys
import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
from PySide6.QtWidgets import QApplication
from editor.app import start_editor

app = QApplication(["newsdesk"])
workspace = start_editor(app, [sys.argv[1]])
body = workspace.windows[0].form.sections[0].editor
own = body.viewportEvent

def first_paint(event):
    if event.type() == core.QEvent.Type.Paint:
        built = [name for module in (core, gui, widgets) for name in vars(module)]
        print("rtl" if app.isRightToLeft() else "ltr", " ".join(built), flush=True)
        os._exit(0)
    return own(event)

body.viewportEvent = first_paint
app.exec()
"""


@pytest.mark.parametrize("ui_language", ["en", "ar"])
def test_the_first_frame_builds_no_costly_class(tmp_path: Path, ui_language: str) -> None:
    article = new_article("en", "Lena Ortiz", "the Northland Media Desk")
    article.headline = "Will the river port reopen before winter?"
    article.quotations = [
        Quotation(id="q1", words="We will keep that promise.", speaker="Alma Reyes", role="mayor")
    ]
    paragraph = "The ministry announced that the river port will reopen on Monday. "
    article.sections[0].body = "\n\n".join(
        [paragraph * 3, "[[quote:q1]]", paragraph + "As she said, [[quote:q1]]"] * 4
    )
    path = tmp_path / "article.newsdesk"
    save(article, path)
    home = tmp_path / "home"
    config = home / ".config" / "Newsdesk"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(f'{{"ui_language": "{ui_language}"}}', "utf-8")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    direction, *names = done.stdout.split()
    assert direction == ("rtl" if ui_language == "ar" else "ltr")  # the interface asked for
    built = set(names)
    assert "QTextEdit" in built  # the probe saw the window's classes
    assert [name for name in NOT_AT_START if name in built] == []
