"""The preview dock's render thread: stopped however the application ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from thread_watch import watch_threads

QUIT_WITH_WINDOWS_OPEN = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.storage.folders import UserFolders
from editor.text.template import new_article
from editor.storage.settings import Settings
from editor.ui.window.workspace import Workspace

app = QApplication(["newsdesk-test"])
base = Path(sys.argv[1])
folders = UserFolders(base / "c", base / "d", base / "s", base / "k", base / "doc")
workspace = Workspace(folders, Settings(ui_language="en"), language_tools=False)
window = workspace.add_window(new_article("en"))
window.preview.request(window.article())
# exit(), unlike quit(), closes no window: the preview thread is still running after exec().
QTimer.singleShot(300, lambda: app.exit(0))
sys.exit(app.exec())
"""


def test_leaving_the_event_loop_with_windows_open_exits_cleanly(tmp_path: Path) -> None:
    script = tmp_path / "quit_with_windows_open.py"
    script.write_text(QUIT_WITH_WINDOWS_OPEN, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "user")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Destroyed while thread" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_the_render_thread_calls_no_qt_function(qtbot) -> None:
    # The worker made the page's QTextDocument and moved it to the GUI thread: that
    # deadlocked the editor once (see tests/ui/thread_watch.py).
    from editor.render.styles import HouseStyle
    from editor.text.template import new_article
    from editor.ui.window.preview import PreviewDock

    dock = PreviewDock(None, HouseStyle())
    qtbot.addWidget(dock)
    article = new_article("en")
    article.headline = "Water rates rise in the spring"
    with watch_threads("preview-renderer") as worker:
        dock.request(article)
        qtbot.waitUntil(dock.is_current, timeout=10_000)
    dock.shutdown()
    assert "render_page" in worker.ran
    assert worker.qt_calls == []
    assert "Water rates rise in the spring" in dock.browser.toPlainText()


def test_a_page_ready_while_typing_waits_for_the_pause(qtbot) -> None:
    # Parsing a 20,000-word page on the GUI thread takes ~16 ms: a key pressed while it was
    # shown waited that long. A ready page waits until the text has not changed for a moment.
    import time

    from editor.render.styles import HouseStyle
    from editor.text.template import new_article
    from editor.ui.window.preview import PreviewDock

    dock = PreviewDock(None, HouseStyle())
    qtbot.addWidget(dock)
    article = new_article("en")
    article.headline = "Ferry fares stay as they are"
    dock.request(article)
    # Typing until the page is rendered and held, and on for a while: it stays unshown.
    give_up = time.monotonic() + 10
    typing_until = give_up
    while time.monotonic() < typing_until:
        dock.note_typing()
        last_key = time.monotonic()
        qtbot.wait(10)
        assert not dock.is_current()
        if dock._ready is not None and typing_until == give_up:
            typing_until = time.monotonic() + 0.3
    assert typing_until < give_up, "the page was never rendered"
    # The page rendered from the request (is_current stays False: the keys typed since
    # asked for none, the window's timer does that).
    qtbot.waitUntil(lambda: "Ferry fares" in dock.browser.toPlainText(), timeout=3000)
    assert time.monotonic() - last_key >= dock.QUIET_S  # shown at the pause, not before
    dock.shutdown()
    assert "Ferry fares stay as they are" in dock.browser.toPlainText()
    assert not dock.is_current()  # behind the keys typed since its request


def test_a_failed_render_is_shown_and_the_next_one_still_comes(qtbot, monkeypatch) -> None:
    # A failure before the render's guard (measuring the article) ended the worker thread
    # while it still counted as running: no later request was ever rendered.
    from editor.render.styles import HouseStyle
    from editor.text.template import new_article
    from editor.ui.window import preview

    dock = preview.PreviewDock(None, HouseStyle())
    qtbot.addWidget(dock)
    real = preview.article_size
    calls: list[int] = []

    def failing_once(article) -> int:
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("a part could not be measured")
        return real(article)

    monkeypatch.setattr(preview, "article_size", failing_once)
    article = new_article("en")
    article.headline = "Harbour dues fall"
    dock.request(article)
    qtbot.waitUntil(dock.is_current, timeout=5000)
    assert "a part could not be measured" in dock.browser.toPlainText()
    dock.request(article)
    qtbot.waitUntil(dock.is_current, timeout=5000)
    dock.shutdown()
    assert "Harbour dues fall" in dock.browser.toPlainText()


def test_a_quotation_in_a_narrow_preview_keeps_most_of_its_width(qtbot) -> None:
    # At 800 px with the preview open, a block quotation wrapped four words a line: 40 px
    # each side of a 260 px column (seen on Xvfb).
    from PySide6.QtGui import QTextDocument

    from editor.model import Quotation
    from editor.render.html import render_html
    from editor.render.styles import load_style
    from editor.text.template import new_article
    from editor.ui.window.preview import for_qt

    article = new_article("en")
    article.quotations.append(Quotation(id="q1", words="We will not open the bridge."))
    article.sections[0].body = "The council met.\n\n[[quote:q1]]"
    page = QTextDocument()
    page.setHtml(for_qt(render_html(article, load_style())))
    found = page.find("We will not open")
    assert not found.isNull()
    quoted = found.block().blockFormat()
    assert quoted.leftMargin() > 0  # still set off
    assert quoted.leftMargin() + quoted.rightMargin() <= 48
