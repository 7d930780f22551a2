"""Builds the QApplication and the main window."""

from __future__ import annotations

import contextlib
import functools
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QFileOpenEvent, QIcon
    from PySide6.QtWidgets import QApplication

    from editor.ui.window.workspace import Workspace


# How long a thread may keep the GIL when another wants it. The preview renders in a
# worker thread; at Python's default (5 ms) each keystroke handled meanwhile waits that
# long several times over. At 0.5 ms typing stays under a few ms while a render runs.
SWITCH_INTERVAL_S = 0.0005


def tune_interpreter() -> None:
    """Let the GUI thread take the GIL back quickly from the preview's render thread."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def quicken_pyside_imports() -> bool:
    """Let PySide6 find out faster whether a module imported after it uses it.

    PySide6 wraps ``__import__``: every module imported after it is looked at once, through
    ``inspect.getsource``, for the word "PySide6" (for its opt-in ``__feature__`` switches).
    That decodes and splits into lines each of the hundred-odd source files the editor
    imports as it starts (5-7 ms in all, measured), and keeps their lines in memory. The
    same question is answered, the same way, by one read of the file's bytes; anything
    else (no ``.py`` file, an unreadable one) is left to PySide6's own check. Returns
    whether the quicker check is in place: a PySide6 without that hook is left as it is.
    """
    feature = sys.modules.get("shibokensupport.feature")
    uses_pyside = getattr(feature, "_mod_uses_pyside", None)
    if (
        feature is None
        or not callable(uses_pyside)
        or getattr(uses_pyside, "__name__", "") == "_source_names"
    ):
        return False

    def _source_names(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return uses_pyside(module)

    # Set in the module's namespace: the hook is private to PySide6, unknown to its stubs.
    # Only __wrapped__ is copied (the original, for undoing it): the name marks it installed.
    vars(feature)["_mod_uses_pyside"] = functools.update_wrapper(
        _source_names, uses_pyside, assigned=(), updated=()
    )
    return True


def app_icon() -> QIcon:
    """Return the program's icon (the shipped SVG, drawn by Qt's SVG image plugin)."""
    from PySide6.QtGui import QIcon

    from editor.resources import resource_path

    return QIcon(str(resource_path("icons", "newsdesk.svg")))


def set_windows_app_id(app_id: str) -> bool:
    """On Windows, group the taskbar button and pinned shortcut under our app id."""
    if sys.platform != "win32":
        return False
    import ctypes

    # Without it the taskbar groups the windows under python.exe with Python's icon.
    ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    return True


class FileOpenHandler(QObject):
    """Opens the files macOS hands the application (Finder double-click, drop on the Dock)."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the file of a QFileOpenEvent through the workspace; pass other events on."""
        if event.type() != QEvent.Type.FileOpen:
            return False
        from PySide6.QtGui import QFileOpenEvent

        if not isinstance(event, QFileOpenEvent):
            return False
        name = _file_of(event)
        if name:
            from PySide6.QtWidgets import QApplication

            # Sent to the window in front, so an untouched new article is replaced by it.
            parent = QApplication.activeWindow()
            if parent is None and self._workspace.windows:
                parent = self._workspace.windows[-1]
            self._workspace.open_file(Path(name), parent)
        return True


def install_file_open_handler(app: QApplication, workspace: Workspace) -> bool:
    """On macOS, open the files Finder hands the application; True if installed.

    Only macOS sends QFileOpenEvent. An application-wide event filter sees every event of
    every widget, so elsewhere it would only slow start-up and typing (measured: 12 ms more
    to build the main window, and the first events call into Python for each widget).
    """
    if sys.platform != "darwin":
        return False
    app.installEventFilter(FileOpenHandler(workspace, app))
    return True


def _file_of(event: QFileOpenEvent) -> str:
    return event.file() or event.url().toLocalFile()


def start_editor(app: QApplication, files: list[str], *, language_tools: bool = True) -> Workspace:
    """Name the application, apply the user's settings, offer recovery, open the windows.

    ``language_tools=False`` opens windows without spelling, typing typography and the
    checklist (the start-up benchmark times the editor both ways).

    The cyclic garbage collector is off until the first window is painted: start-up loads
    modules and builds widgets (hundreds of thousands of objects, no garbage worth a pass),
    and each of the collector's passes meanwhile walked all of them, 15-20 ms in all.
    After the first paint what start-up built is frozen (never walked again, which also
    keeps later passes short while typing) and the collector is on again.
    """
    gc.disable()
    quicken_pyside_imports()
    try:
        workspace = _open_workspace(app, files, language_tools)
    except BaseException:
        _collect_again()
        raise
    if workspace.windows:
        # The icon too: drawing the SVG takes a few ms the first frame need not wait for.
        first = workspace.windows[0]
        first.after_first_paint(lambda: app.setWindowIcon(app_icon()))
        first.after_first_paint(_collect_again)
        # Closed before it was painted (a script's window, a quick Ctrl+W): the collector
        # must not stay off for the rest of the session.
        first.closed.connect(lambda _window: _collect_again())
    else:
        app.setWindowIcon(app_icon())
        _collect_again()
    return workspace


def _collect_again() -> None:
    if not gc.isenabled():  # once: after the first paint or the first window's close
        gc.freeze()
        gc.enable()


def _open_workspace(app: QApplication, files: list[str], language_tools: bool) -> Workspace:
    from editor import APP_ID, APP_NAME, __version__
    from editor.storage.folders import UserFolders
    from editor.storage.settings import load_settings
    from editor.ui.common.theme import apply_theme, apply_ui_language
    from editor.ui.window.workspace import Workspace

    tune_interpreter()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    set_windows_app_id(APP_ID)
    folders = UserFolders.default()
    settings = load_settings(folders.config)
    apply_theme(app, settings.theme)
    apply_ui_language(app, settings, folders.cache)
    # The article first: each window's menus get their items right after its first paint.
    workspace = Workspace(
        folders, settings, language_tools=language_tools, finish_after_paint=True
    )
    install_file_open_handler(app, workspace)
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

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    )
    workspace = start_editor(app, files)
    if not workspace.windows:
        return 2  # nothing could be opened; each failure was shown in a dialog
    app.setQuitOnLastWindowClosed(True)
    end_on_signals(app, workspace)
    return app.exec()


def end_on_signals(app: QApplication, workspace: Workspace) -> bool:
    """On a POSIX system, end as a signal to end asks, keeping what the writer typed.

    Python runs a signal's handler only when it next runs code, and Qt's event loop may
    wait in C++ for a long time: the signal also writes a byte into a pipe Qt watches,
    which wakes the loop. Unhandled, a SIGTERM ended the editor at once: unsaved changes
    since the last autosave gone, and a lock left that named a process no longer there.
    Returns whether the handlers are in place (not on Windows, whose programs get no
    such signals).
    """
    if sys.platform == "win32":
        return False
    import os
    import signal

    from PySide6.QtCore import QSocketNotifier

    read_end, write_end = os.pipe()
    for end in (read_end, write_end):
        os.set_blocking(end, False)
    signal.set_wakeup_fd(write_end)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:  # Python's handler runs as this slot runs
        with contextlib.suppress(OSError):
            os.read(read_end, 512)

    notifier.activated.connect(drain)

    def end_now(_signal: int, _frame: object) -> None:
        workspace.end_now()

    # The signals a system sends to end a program: a logout or ``kill`` (SIGTERM), a
    # closed terminal (SIGHUP), Ctrl+C in it (SIGINT).
    for ending in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(ending, end_now)
    return True
