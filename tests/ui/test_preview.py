"""The preview dock's render thread: stopped however the application ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
    # A Qt call on the worker that takes Qt's signal-slot locks (emitting a signal, moving a
    # page to the GUI thread) deadlocked the editor with a GUI thread that held such a lock
    # while waiting for the interpreter. The worker renders in Python alone.
    import threading

    from editor.render.styles import HouseStyle
    from editor.text.template import new_article
    from editor.ui.window.preview import PreviewDock

    qt_calls: list[str] = []
    rendered_on: list[str] = []

    def watch(frame, event: str, arg) -> None:
        if threading.current_thread().name != "preview-renderer":
            return
        if event == "call" and frame.f_code.co_name == "render_page":
            rendered_on.append(threading.current_thread().name)
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(type(owner), "__module__", "") or ""
            if module.startswith(("PySide6", "shiboken6")):
                qt_calls.append(f"{type(owner).__name__}.{arg.__name__}")

    dock = PreviewDock(None, HouseStyle())
    qtbot.addWidget(dock)
    article = new_article("en")
    article.headline = "Water rates rise in the spring"
    threading.setprofile(watch)
    try:
        dock.request(article)
        qtbot.waitUntil(dock.is_current, timeout=10_000)
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
        dock.shutdown()
    assert rendered_on == ["preview-renderer"]
    assert qt_calls == []
    assert "Water rates rise in the spring" in dock.browser.toPlainText()
