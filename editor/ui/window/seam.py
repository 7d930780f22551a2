"""The window as the features attached to it see it, and the workspace as windows see it.

Review, language tools, the export dialog and the library are built for a main window or a
workspace, and the window and the workspace make them: each side would import the other.
These two types are what the features may use; ``MainWindow`` and ``Workspace`` fill them,
so the features import this module and never the window's or the workspace's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from editor.model import Article
    from editor.render.styles import HouseStyle
    from editor.storage.folders import UserFolders
    from editor.storage.lock import ArticleLock
    from editor.storage.recovery import RecoveryStore
    from editor.storage.settings import RecentFiles, Settings
    from editor.storage.writing import OpenedArticle
    from editor.ui.form.article_form import ArticleForm


# The most of the window's width a dock at its side takes: the article stays the widest column.
SIDE_DOCK_SHARE = 0.35


class EditorWindow(QMainWindow):
    """A main window editing one article: what review and language tools may use of it.

    Besides QMainWindow's own menus, docks and status bar: the article's form, the Help
    menu, the article as shown, whether it is read-only, and the workspace it belongs to.
    """

    form: ArticleForm
    help_menu: QMenu
    # The panels put at the side (add_side_dock), in the order they came.
    side_docks: list[QDockWidget]

    def __init__(self) -> None:
        super().__init__()
        self.side_docks = []

    def article(self) -> Article:
        """Return the article as shown now."""
        raise NotImplementedError

    def side_area(self) -> Qt.DockWidgetArea:
        """The window's side for panels (preview, review, editions): the end of a line in
        the interface's direction, the right; the left in a mirrored (Arabic, Urdu)
        interface, where the article's text is on the right."""
        if self.isRightToLeft():
            return Qt.DockWidgetArea.LeftDockWidgetArea
        return Qt.DockWidgetArea.RightDockWidgetArea

    def add_side_dock(self, dock: QDockWidget) -> None:
        """Put a panel at the window's side (``side_area``)."""
        self.addDockWidget(self.side_area(), dock)
        self.side_docks.append(dock)

    def show_side_dock(self, dock: QDockWidget) -> None:
        """Show a dock at the window's side no wider than its share of the window, or its
        least width (the review list opened at 480 of 800 px and left the article 300,
        seen on Xvfb)."""
        dock.show()
        # Once the dock is laid out: resizing a dock shown in this pass does nothing.
        QTimer.singleShot(0, self, lambda: self._fit_side_dock(dock))

    def _fit_side_dock(self, dock: QDockWidget) -> None:
        """Narrow a dock shown at the side to its share of the window's width (the rule for
        every side dock: when one is shown and when the window narrows)."""
        if not dock.isVisible() or dock.isFloating():
            return
        widest = int(self.width() * SIDE_DOCK_SHARE)
        if dock.width() > widest:
            self.resizeDocks([dock], [widest], Qt.Orientation.Horizontal)

    def is_read_only(self) -> bool:
        """Whether the file is open read-only (someone else has it open)."""
        raise NotImplementedError

    def mark_modified(self) -> None:
        """Note a change that is not typing (a comment, a status): it is saved with the rest."""
        raise NotImplementedError

    def workspace(self) -> WorkspaceServices:
        """Return the workspace this window belongs to."""
        raise NotImplementedError

    def house_style(self) -> HouseStyle:
        """Return the house style the preview and the checklist use (the user's choice)."""
        raise NotImplementedError

    def edition_source(self) -> Article | None:
        """Return the story's source when the window shows one of its language editions."""
        raise NotImplementedError

    def path(self) -> Path | None:
        """Return the file the article was opened from or saved to, None before a save."""
        raise NotImplementedError

    def set_status(self, status: str) -> bool:
        """Move the article to a status as Review › Status does (no note asked); False
        when it did not move (the workflow refused it, or it is read-only)."""
        raise NotImplementedError


class WorkspaceServices(Protocol):
    """What windows, the export dialog and the library use of the workspace."""

    folders: UserFolders
    settings: Settings
    recent: RecentFiles

    @property
    def windows(self) -> Sequence[EditorWindow]:
        """The editor windows open now."""
        ...

    def house_style(self) -> HouseStyle:
        """Return the house style windows use (the user's choice, else the default)."""
        ...

    def window_for(self, path: Path) -> EditorWindow | None:
        """Return the window showing a file, if any."""
        ...

    def open_file(self, path: Path, parent: QWidget | None = None) -> EditorWindow | None:
        """Open an article in a window (or raise the one that has it)."""
        ...

    def add_window(
        self,
        article: Article,
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: ArticleLock | None = None,
        opened: OpenedArticle | None = None,
    ) -> EditorWindow:
        """Open a window on an article and show it (an edition in another's place)."""
        ...

    def new_window(self, parent: QWidget | None = None) -> EditorWindow:
        """Open a window on a new article (an untouched untitled ``parent`` is reused)."""
        ...

    def last_folder(self, kind: Literal["open", "import", "export"]) -> Path:
        """Return the folder a file dialog of this kind last went to."""
        ...

    def choose_file(
        self,
        parent: QWidget | None,
        kind: Literal["open", "import", "export"],
        title: str,
        filters: str,
    ) -> Path | None:
        """Ask for a file to read in the folder this kind of dialog last went to."""
        ...

    def remember_folder(self, kind: Literal["open", "import", "export"], folder: Path) -> None:
        """Remember the folder a file dialog of this kind went to."""
        ...

    def import_draft(
        self, parent: QWidget | None, path: Path | None = None
    ) -> EditorWindow | None:
        """Import a draft into a new window."""
        ...

    def show_library(self, opener: QWidget | None = None) -> object:
        """Show the library window."""
        ...

    def edit_settings(self, parent: QWidget | None) -> None:
        """Show the Settings dialog and apply what the user chose."""
        ...

    def quit(self) -> bool:
        """Close every window (each may ask to save); whether all closed."""
        ...

    def acquire_lock(self, path: Path, parent: QWidget | None) -> ArticleLock | bool | None:
        """Take the lock of a file about to be written, asking the user if it is held."""
        ...

    def reload(self, window: EditorWindow) -> EditorWindow | None:
        """Open a window's file again in its place, as it is on disk now."""
        ...

    def release_lock(self, lock: object | None) -> None:
        """Give a lock back."""
        ...

    def note_recent(self, path: Path) -> None:
        """Put a file at the top of the recent files."""
        ...

    def article_saved(self, path: Path) -> None:
        """Tell the library that an article was written."""
        ...

    def recovery_store(self) -> RecoveryStore:
        """Return the store of autosaved recovery copies."""
        ...

    def discard_recovery(self, path: Path) -> None:
        """Delete a recovery copy that is no longer needed."""
        ...
