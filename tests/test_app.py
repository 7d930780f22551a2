"""Desktop integration of the editor application: icon, Windows app id, macOS file-open."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from editor import APP_ID
from editor.app import FileOpenHandler, app_icon, set_windows_app_id, start_editor
from editor.storage.container import save
from editor.text.template import new_article


def _article_file(folder: Path, name: str, headline: str) -> Path:
    article = new_article("en", "Lena Ortiz", "the Northland Media Desk")
    article.headline = headline
    path = folder / name
    save(article, path)
    return path


@pytest.fixture
def started(qapp: QApplication, tmp_path: Path, monkeypatch):
    """The editor as ``newsdesk FILE`` starts it on macOS; windows and handler go after."""
    first = _article_file(tmp_path, "first.newsdesk", "Will the ferry line reopen?")
    # Only macOS sends file-open events, so only there is the handler installed.
    monkeypatch.setattr(sys, "platform", "darwin")
    qapp.setWindowIcon(QIcon())  # as a new process has none: start_editor sets it
    workspace = start_editor(qapp, [str(first)])
    monkeypatch.undo()
    yield workspace
    for window in list(workspace.windows):
        window.setWindowModified(False)
        window.close()
    for handler in qapp.findChildren(FileOpenHandler):
        qapp.removeEventFilter(handler)
        handler.setParent(None)
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_a_file_open_event_opens_the_article_in_a_window(qtbot, qapp, started, tmp_path) -> None:
    second = _article_file(tmp_path, "second.newsdesk", "Is the bridge toll fair?")
    QApplication.postEvent(qapp, QFileOpenEvent(str(second)))
    qtbot.waitUntil(lambda: len(started.windows) == 2, timeout=5000)
    opened = started.windows[-1]
    assert opened.path() == second
    assert opened.article().headline == "Is the bridge toll fair?"
    assert opened.isVisible()


def test_no_file_open_handler_where_the_system_sends_no_such_event(
    qapp, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    workspace = start_editor(qapp, [str(_article_file(tmp_path, "a.newsdesk", "Why?"))])
    try:
        assert qapp.findChildren(FileOpenHandler) == []
        assert len(workspace.windows) == 1
    finally:
        for window in list(workspace.windows):
            window.close()


def test_the_collector_is_on_again_when_the_first_window_closes_unpainted(qapp, tmp_path) -> None:
    import gc

    workspace = start_editor(qapp, [str(_article_file(tmp_path, "a.newsdesk", "Why?"))])
    # Off while the first window is built and painted (start-up makes no garbage worth it).
    assert not gc.isenabled()
    workspace.windows[0].close()  # before any event is processed: never painted
    assert gc.isenabled()


def test_the_application_shows_the_newsdesk_icon(qtbot, qapp, started) -> None:
    # Set once the first window is on screen, not before (start-up does not wait for it).
    assert qapp.windowIcon().isNull()
    qtbot.waitUntil(lambda: not qapp.windowIcon().isNull(), timeout=5000)
    assert not app_icon().isNull()
    # Drawn from the SVG: needs Qt's SVG image plugin, which PySide6-Essentials ships.
    assert not app_icon().pixmap(64, 64).isNull()
    assert not qapp.windowIcon().pixmap(32, 32).isNull()
    assert qapp.desktopFileName() == APP_ID


def test_windows_app_user_model_id_is_set_only_on_windows(monkeypatch) -> None:
    import ctypes

    calls: list[str] = []
    shell32 = types.SimpleNamespace(SetCurrentProcessExplicitAppUserModelID=calls.append)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(shell32=shell32), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not set_windows_app_id(APP_ID)
    assert calls == []
    monkeypatch.setattr(sys, "platform", "win32")
    assert set_windows_app_id(APP_ID)
    assert calls == [APP_ID]


def test_pyside_import_check_is_quicker_and_answers_as_before(monkeypatch, tmp_path) -> None:
    import json
    import unicodedata

    import editor.model.article
    import editor.ui.form.text_box
    from editor.app import quicken_pyside_imports

    feature = sys.modules["shibokensupport.feature"]
    # PySide6's own check (an editor started by an earlier test has put ours in front).
    original = getattr(feature._mod_uses_pyside, "__wrapped__", feature._mod_uses_pyside)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # put back afterwards
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "deleted.py")  # no such file: PySide6's own check says
    modules = [editor.ui.form.text_box, editor.model.article, json, sys, unicodedata, gone]
    before = [original(module) for module in modules]
    assert before == [True, False, False, False, False, False]

    assert quicken_pyside_imports() is True
    assert feature._mod_uses_pyside is not original
    assert [feature._mod_uses_pyside(module) for module in modules] == before
    assert quicken_pyside_imports() is False  # once is enough: not wrapped twice


def test_pyside_without_the_import_check_is_left_alone(monkeypatch) -> None:
    from editor.app import quicken_pyside_imports

    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert quicken_pyside_imports() is False


def _menu_tree(menu) -> list[tuple[str, list[str], list]]:
    """Return each entry of a menu bar or menu: its text, its keys and its submenu's entries."""
    tree = []
    for action in menu.actions():
        keys = [key.toString() for key in action.shortcuts()]
        sub = action.menu()
        tree.append((action.text(), keys, _menu_tree(sub) if sub is not None else []))
    return tree


def _window_keys(window) -> list[tuple[str, list[str]]]:
    return [(a.text(), [k.toString() for k in a.shortcuts()]) for a in window.actions()]


def _status_bar(window) -> list[tuple[str, bool]]:
    return [(type(w).__name__, w.isVisible()) for w in window.statusBar().findChildren(QWidget)]


def test_the_started_window_has_every_menu_and_key_of_a_window_built_at_once(
    qtbot, qapp, tmp_path, monkeypatch
) -> None:
    from editor.ui.window.workspace import Workspace

    monkeypatch.setattr(sys, "platform", "linux")
    path = _article_file(tmp_path, "a.newsdesk", "Will the ferry line reopen?")
    started = start_editor(qapp, [str(path)])
    window = started.windows[0]
    shown = [window]
    try:
        # The start shows the article first: the menus are titled, their items come after.
        titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
        assert titles == ["File", "Edit", "Insert", "View", "Help"]
        assert window.help_menu.actions() == []
        qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
        qtbot.waitUntil(lambda: window.language_tools is not None, timeout=5000)
        # Its wheel guard: a wheel over a combo without focus leaves the combo as it was.
        meta = window.form.meta
        meta.set_expanded(True)
        combo = meta.language_combo

        def combo_in_view() -> bool:
            # Scrolled to once the page is laid out with the pane open (a pass or two).
            window.form.ensureWidgetVisible(combo)
            qapp.processEvents()
            return window.rect().contains(combo.mapTo(window, combo.rect().center()))

        qtbot.waitUntil(combo_in_view, timeout=5000)
        before = combo.currentIndex()
        where = combo.mapTo(window, combo.rect().center())
        assert window.childAt(where) in (combo, *combo.findChildren(QWidget))
        QTest.wheelEvent(window.windowHandle(), where, QPoint(0, -120))
        qapp.processEvents()
        assert combo.currentIndex() == before
        # Every menu, key and status bar widget of a window built at once.
        at_once = Workspace(started.folders, started.settings)
        other = at_once.add_window(new_article("en", "Lena Ortiz", "the Northland Media Desk"))
        shown.append(other)
        qtbot.waitUntil(lambda: other.review is not None, timeout=5000)
        qtbot.waitUntil(lambda: other.language_tools is not None, timeout=5000)
        assert _menu_tree(window.menuBar()) == _menu_tree(other.menuBar())
        assert _window_keys(window) == _window_keys(other)
        assert ("&Save", ["Ctrl+S"]) in _window_keys(window)
        assert _status_bar(window) == _status_bar(other)
    finally:
        for each in shown:
            each.setWindowModified(False)
            each.close()


_DRIVER = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.app import run_editor

app = QApplication(sys.argv[:1])

def edit_then_end():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "form"))
    window.form.headline.editor.set_text("Will the ferry run all winter?")
    os.kill(os.getpid(), signal.Signals[sys.argv[2]])

QTimer.singleShot(1000, edit_then_end)
print("exit", run_editor([sys.argv[1]]), flush=True)
"""


@pytest.mark.parametrize(
    "ending",
    # SIGTERM in the default run; the others (a second each) with the slow tests.
    [
        "SIGTERM",
        pytest.param("SIGHUP", marks=pytest.mark.slow),
        pytest.param("SIGINT", marks=pytest.mark.slow),
    ],
)
def test_an_editor_ended_by_the_system_keeps_the_unsaved_text_and_its_lock_goes(
    tmp_path: Path, monkeypatch, ending: str
) -> None:
    import os
    import subprocess

    from editor.storage.folders import UserFolders
    from editor.storage.lock import lock_path
    from editor.storage.recovery import RecoveryStore

    path = _article_file(tmp_path, "ferry.newsdesk", "Will the ferry run?")
    home = tmp_path / "home"
    folders_env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    for name, value in folders_env.items():
        monkeypatch.setenv(name, value)
    driver = tmp_path / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    done = subprocess.run(
        [sys.executable, str(driver), str(path), ending],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Ended as asked, and cleanly: a signal left unhandled ended it with the signal's code.
    assert (done.returncode, done.stdout.strip()) == (0, "exit 0"), done.stderr
    assert not lock_path(path).exists()
    copies = RecoveryStore(UserFolders.default()).entries()
    assert [entry.headline for entry in copies] == ["Will the ferry run all winter?"]
    assert [entry.source for entry in copies] == [path]
