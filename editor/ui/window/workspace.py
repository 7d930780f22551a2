"""What the editor's windows share: settings, folders, recent files, locks and recovery."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from PySide6.QtCore import QObject, QTimer, Slot

# QFileDialog and QMessageBox are imported where used (start-up speed: see main_window).
from PySide6.QtWidgets import QApplication, QWidget

from editor.model import Article, new_id
from editor.storage.errors import LockedError, StorageError, UnreadableLockError
from editor.storage.folders import UserFolders
from editor.storage.lock import ArticleLock
from editor.storage.settings import RecentFiles, Settings, save_settings
from editor.storage.writing import same_file
from editor.ui.common.theme import apply_theme, apply_ui_language
from editor.ui.window.main_window import MainWindow
from editor.ui.window.seam import EditorWindow

if TYPE_CHECKING:
    from editor.render.styles import HouseStyle
    from editor.storage.container import Salvaged
    from editor.storage.errors import FormatError
    from editor.storage.library import Library
    from editor.storage.recovery import RecoveryEntry, RecoveryStore
    from editor.storage.writing import OpenedArticle
    from editor.ui.common.wheel_guard import WheelGuard
    from editor.ui.library.library_window import LibraryWindow

RECENT_DELAY_MS = 500
# The entries a damaged file lost that the offer to open the rest names, at most.
_LOST_SHOWN = 12
# Which file dialog a remembered folder is for (Settings' open_folder, import_folder, …).
FolderKind = Literal["open", "import", "export"]
# What ask_read_only returns when the user takes over a lock that cannot be read.
TAKE_OVER: Final = "take-over"

# The user dismissed a dialog: the caller stops what it was doing.
CANCELLED: Final = False


class Workspace(QObject):
    """Opens, tracks and closes the main windows of one editor process."""

    def __init__(
        self,
        folders: UserFolders,
        settings: Settings,
        *,
        language_tools: bool = True,
        finish_after_paint: bool = False,
    ) -> None:
        super().__init__()
        self.folders = folders
        self.settings = settings
        # Spelling, typography as you type and the checklist, in every window it opens.
        self.language_tools = language_tools
        # Whether its windows make their menus' items after their first paint (the editor's
        # start: the article shows sooner), not before they show.
        self.finish_after_paint = finish_after_paint
        self.recent = RecentFiles(folders)
        self.windows: list[MainWindow] = []
        self._style: HouseStyle | None = None
        # Made when the user first opens the library: start-up never touches the index.
        self._library: Library | None = None
        self._library_window: LibraryWindow | None = None
        # No control of any window changes its value on a wheel unless it has focus. Made
        # now, or with finish_after_paint when the first window has been painted (or a
        # dialog comes first): no wheel turns before that.
        self._wheel_guard: WheelGuard | None = None
        if not finish_after_paint:
            self._ensure_wheel_guard()

    # -- shared services ----------------------------------------------------------------

    def house_style(self) -> HouseStyle:
        """Return the house style windows use (the user's choice, else the default).

        After the settings change, ``apply`` tells every window, which asks again.
        """
        if self._style is None:
            from editor.render.errors import StyleError
            from editor.render.styles import DEFAULT_STYLE, load_style

            name = self.settings.house_style or DEFAULT_STYLE
            try:
                self._style = load_style(name, self.folders.config)
            except StyleError:
                self._style = load_style(DEFAULT_STYLE, self.folders.config)
        return self._style

    def library(self) -> Library:
        """Return the one Library of this workspace (opened the first time it is asked for)."""
        if self._library is None:
            from editor.storage.library import Library

            self._library = Library(self.folders)
        return self._library

    def library_window(self) -> LibraryWindow | None:
        """Return the library window if it has been opened, else None."""
        return self._library_window

    def show_library(self, opener: QWidget | None = None) -> LibraryWindow | None:
        """Show the library window (made, and the index opened, on first use)."""
        if self._library_window is None:
            from editor.ui.library.library_window import LibraryWindow

            try:
                library = self.library()
            except StorageError as failure:
                _report_failure(
                    opener,
                    self.tr("Library"),
                    self.tr("The library cannot be opened."),
                    failure,
                    warning=True,
                )
                return None
            self._library_window = LibraryWindow(self, library)
        self._library_window.show_from(opener)
        self._guard_wheel(self._library_window)
        return self._library_window

    def article_saved(self, path: Path) -> None:
        """Make the article's folder one of the library's, and keep the index current."""
        from editor.storage.library_read import join_library

        # Every folder an article is saved in joins the library, so saved articles are
        # found there; the list is a few lines of JSON, read again on each save.
        with contextlib.suppress(StorageError, OSError):
            joined = join_library(self.folders, path)
            if joined is not None and self._library is not None:
                self._library.set_roots([*self._library.roots, joined], remember=False)
                if self._library_window is not None:
                    self._library_window.pane.start_scan()
        if self._library_window is not None:
            self._library_window.pane.article_saved(path)
        elif self._library is not None:
            with contextlib.suppress(StorageError):
                self._library.update(path)

    def recovery_store(self) -> RecoveryStore:
        """Return the store of autosaved recovery copies."""
        from editor.storage.recovery import RecoveryStore

        return RecoveryStore(self.folders)

    def discard_recovery(self, path: Path) -> None:
        """Delete one recovery copy (after a save, or a close without saving)."""
        from editor.storage.recovery import RecoveryEntry

        store = self.recovery_store()
        store.discard(RecoveryEntry(path=Path(path), source=None, headline="", saved=""))

    def note_recent(self, path: Path) -> None:
        """Put a file at the top of the recent files (a failure to record it is not fatal)."""
        with contextlib.suppress(StorageError):
            self.recent.add(path)

    def new_lock(self, path: Path) -> ArticleLock:
        """Return a lock on a file under the user's name (settings), else the login name."""
        # Others who find the article locked are told this name.
        return ArticleLock(path, holder_name=self.settings.author.strip() or None)

    def acquire_lock(
        self, path: Path, parent: QWidget | None
    ) -> ArticleLock | Literal[False] | None:
        """Lock a file for writing: the lock, None to go on without one, False if refused."""
        lock = self.new_lock(path)
        try:
            lock.acquire()
        except LockedError as failure:
            _report_failure(
                parent,
                self.tr("File in use"),
                self.tr("{0} cannot be saved: save it under another name.").format(
                    Path(path).name
                ),
                failure,
                warning=True,
            )
            return CANCELLED
        except StorageError:
            return None  # a read-only folder: saving will report the real problem
        return lock

    def release_lock(self, lock: object | None) -> None:
        """Give up a lock taken by acquire_lock or open_file."""
        if isinstance(lock, ArticleLock):
            lock.release()

    # -- windows ------------------------------------------------------------------------

    def add_window(
        self,
        article: Article,
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: ArticleLock | None = None,
        opened: OpenedArticle | None = None,
    ) -> MainWindow:
        """Open a main window on an article and show it (``opened``: as read from path)."""
        window = MainWindow(
            self,
            article,
            path,
            read_only=read_only,
            lock=lock,
            opened=opened,
            finish_after_paint=self.finish_after_paint,
        )
        window.closed.connect(self._on_window_closed)
        self.windows.append(window)
        window.show()
        if self.finish_after_paint:
            window.after_first_paint(lambda: self._guard_wheel(window))
        else:
            self._guard_wheel(window)
        # After the first paint: the window shows before these modules load.
        window.after_first_paint(lambda: self._attach_review(window))
        if self.language_tools:
            window.after_first_paint(lambda: self._attach_language_tools(window))
        return window

    def _ensure_wheel_guard(self) -> WheelGuard | None:
        if self._wheel_guard is None:
            from editor.ui.common.wheel_guard import install_wheel_guard

            app = QApplication.instance()
            if isinstance(app, QApplication):
                self._wheel_guard = install_wheel_guard(app)
        return self._wheel_guard

    def _guard_wheel(self, window: QWidget) -> None:
        # Guarded now, not when first activated: a window can be scrolled before that.
        guard = self._ensure_wheel_guard()
        if guard is not None:
            guard.guard_window(window.windowHandle())

    def _attach_review(self, window: MainWindow) -> None:
        if any(open_window is window for open_window in self.windows):
            window.attach_review()

    def _attach_language_tools(self, window: MainWindow) -> None:
        if any(open_window is window for open_window in self.windows):
            window.attach_language_tools()

    def new_window(self, parent: QWidget | None = None) -> MainWindow:
        """Open a new article from the default template in the default article language.

        Asked from an untitled window nobody has typed in, that window is the new article.
        """
        from editor.text.template import new_article

        settings = self.settings
        article = new_article(settings.article_language, settings.author, settings.office)
        reuse = self._reusable(parent)
        if reuse is not None and _same_start(reuse.article(), article):
            reuse.raise_()
            reuse.activateWindow()
            return reuse
        # One made before the settings changed (another language, author or office) makes
        # way for the new article (found in a trial: File › New kept English).
        return self._in_place_of(reuse, lambda: self.add_window(article))

    def _in_place_of(self, reuse: MainWindow | None, make: Callable[[], MainWindow]) -> MainWindow:
        """Make a window; an untouched window it replaces closes, the new one opening at its
        place and size (it opened at the last closed window's; found in a trial)."""
        if reuse is not None:
            reuse.keep_geometry()
        window = make()
        if reuse is not None:
            reuse.close()  # only now: the last window closing would end the program
        return window

    def _reusable(self, parent: QWidget | None) -> MainWindow | None:
        # An untouched, never-saved window is replaced by the file the user opens from it.
        if (
            isinstance(parent, MainWindow)
            and parent.path() is None
            and not parent.isWindowModified()
        ):
            return parent
        return None

    def window_for(self, path: Path) -> MainWindow | None:
        """Return the window showing a file (a link to it or another spelling too), if any."""
        for window in self.windows:
            shown = window.path()
            if shown is not None and same_file(shown, path):
                return window
        return None

    def open_file(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open an article file; a locked file can be opened read-only. None if not opened."""
        from editor.storage.writing import read_only_reason

        path = Path(path)
        shown = self.window_for(path)
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return shown
        opened = self._read(path, parent)
        if opened is None:
            if not path.exists():
                self.recent.remove(path)
            return None
        from editor.storage.container import Salvaged  # loaded by the read already

        if isinstance(opened, Salvaged):
            return self._open_salvaged(path, opened, parent)
        read: OpenedArticle = opened
        # A file that cannot be written over opens as it can be saved: read-only, Save going
        # to Save As; no lock, since nothing will be written to it.
        read_only = read_only_reason(path) is not None
        lock: ArticleLock | None = None
        if not read_only:
            try:
                lock = self.new_lock(path)
                lock.acquire()
            except LockedError as failure:
                lock = None
                answer = self.ask_read_only(path, failure, parent)
                if answer == TAKE_OVER:
                    lock = self._take_over(path, parent)
                    if lock is None:
                        return None
                elif not answer:
                    return None
                else:
                    read_only = True
            except StorageError:
                lock = None
        window = self._in_place_of(
            self._reusable(parent),
            lambda: self.add_window(
                read.article, path, read_only=read_only, lock=lock, opened=read
            ),
        )
        # Written after the window is painted: the list can wait, the writer should not.
        QTimer.singleShot(RECENT_DELAY_MS, lambda: self.note_recent(path))
        return window

    def reload(self, window: EditorWindow) -> MainWindow | None:
        """Open a window's file again in its place (the version on disk); None on failure."""
        path = window.path() if isinstance(window, MainWindow) else None
        if path is None or not isinstance(window, MainWindow):
            return None
        from editor.storage.writing import OpenedArticle  # loaded by the read already

        opened = self._read(path, window, salvage=False)
        if not isinstance(opened, OpenedArticle):
            return None  # the failure shown (no salvage is offered on a reload)
        lock = window.hand_over_lock()
        geometry = window.saveGeometry()
        fresh = self.add_window(
            opened.article,
            path,
            read_only=window.is_read_only(),
            lock=lock if isinstance(lock, ArticleLock) else None,
            opened=opened,
        )
        fresh.restoreGeometry(geometry)
        window.close_discarding()
        return fresh

    def _read(
        self, path: Path, parent: QWidget | None, *, salvage: bool = True
    ) -> OpenedArticle | Salvaged | None:
        """Read an article file for a window; None (the failure shown) if it cannot be.

        A damaged file (``salvage``): what it still holds, when the writer chooses to open
        that (the file itself is left as it is).
        """
        from editor.storage.errors import FormatError, UnsupportedVersionError
        from editor.storage.writing import load_for_writing

        try:
            return load_for_writing(path)
        except (StorageError, OSError) as failure:
            if (
                salvage
                and isinstance(failure, FormatError)
                and not isinstance(failure, UnsupportedVersionError)  # not damaged: newer
            ):
                saved = self._offer_salvage(path, failure, parent)
                if saved is not False:
                    return saved
            _report_failure(
                parent,
                self.tr("Cannot open the article"),
                self.tr("{0} cannot be opened.").format(path),
                failure,
            )
            return None

    def _offer_salvage(
        self, path: Path, failure: FormatError, parent: QWidget | None
    ) -> Salvaged | Literal[False] | None:
        """Offer to open what a damaged file still holds as a new, unsaved article: the
        salvage, None when the writer declines, False when nothing can be salvaged."""
        from PySide6.QtWidgets import QMessageBox

        from editor.files import FileReadError, read_regular
        from editor.storage.container import MAX_FILE_BYTES, salvage

        try:
            saved = salvage(read_regular(path, MAX_FILE_BYTES), str(path))
        except (StorageError, FileReadError, OSError):
            return False
        lost = saved.lost
        if lost:
            listed = "\n".join(f"• {name}" for name in lost[:_LOST_SHOWN])
            if len(lost) > _LOST_SHOWN:
                listed += "\n…"
            what = self.tr("Not read (shown empty, or left out):\n{0}").format(listed)
        else:
            what = self.tr("Every part of the article could be read.")
        text = "\n\n".join(
            [
                # The core's own words in the details (the reason's sentence said "damaged"
                # a second time: a trial).
                self.tr("{0} is damaged.").format(path),
                self.tr(
                    "Newsdesk can open what it still holds as a new article, not saved yet; "
                    "the damaged file stays as it is."
                ),
                what,
            ]
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Damaged article"), text, parent=parent
        )
        box.setDetailedText(failure.message)
        opening = box.addButton(
            self.tr("Open What Can Be Read"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(opening)
        box.exec()
        return saved if box.clickedButton() is opening else None

    def _open_salvaged(self, path: Path, saved: Salvaged, parent: QWidget | None) -> MainWindow:
        """Open a salvaged article as a new, unsaved one (Save asks where to)."""
        window = self._in_place_of(self._reusable(parent), lambda: self.add_window(saved.article))
        window.mark_modified()
        window.show_salvage_report(path, saved.lost)
        return window

    def _take_over(self, path: Path, parent: QWidget | None) -> ArticleLock | None:
        lock = self.new_lock(path)
        try:
            lock.acquire(force=True)
        except StorageError as failure:
            _report_failure(
                parent,
                self.tr("File in use"),
                self.tr("{0} cannot be opened.").format(path),
                failure,
            )
            return None
        return lock

    def ask_read_only(
        self, path: Path, failure: LockedError, parent: QWidget | None
    ) -> bool | str:
        """Tell the user someone else has the file open; True to open it read-only.

        A lock file that cannot be read names no one: then TAKE_OVER is offered too, for
        whoever knows the article is not open anywhere.
        """
        from PySide6.QtWidgets import QMessageBox

        from editor.ui.common.failures import failure_text

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File in use"))
        box.setText(failure_text(self.tr("{0} is in use.").format(path.name), failure))
        box.setInformativeText(
            self.tr("You can open it read-only, and save your changes under another name.")
        )
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        take_over = None
        if isinstance(failure, UnreadableLockError):
            take_over = box.addButton(
                self.tr("Take over the lock"), QMessageBox.ButtonRole.DestructiveRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if take_over is not None and box.clickedButton() is take_over:
            return TAKE_OVER
        return box.clickedButton() is read_only

    @Slot(object)
    def _on_window_closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()
        if not self.windows:
            self.close_library()

    def close_library(self) -> None:
        """Close the library window and its index (the last article window has closed)."""
        if self._library_window is not None:
            self._library_window.pane.stop_scan()
            self._library_window.close()
            self._library_window.deleteLater()
            self._library_window = None
        if self._library is not None:
            self._library.close()
            self._library = None

    def end_now(self) -> None:
        """End the program without asking (a logout, ``kill``): each window's unsaved
        changes kept as a recovery copy, its lock let go, then quit."""
        for window in list(self.windows):
            window.end_now()
        self.close_library()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def quit(self) -> bool:
        """Close every window (each asks about unsaved changes); False if one refused."""
        for window in list(self.windows):
            if not window.close():
                return False
        app = QApplication.instance()
        if app is not None and not self.windows:
            app.quit()
        return True

    # -- folders the file dialogs start in ------------------------------------------------

    def last_folder(self, kind: FolderKind) -> Path:
        """Return the folder a file dialog of this kind last went to, else the library's."""
        settings = self.settings
        remembered = {
            "open": settings.open_folder,
            "import": settings.import_folder,
            "export": settings.export_folder,
        }[kind]
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        # The library's folder is made by the first save: until then, the nearest folder
        # above it that exists (a dialog given a missing folder opens in the working
        # directory with the folder's name as the file's, seen on Xvfb).
        folder = self.folders.documents
        while not folder.is_dir() and folder.parent != folder:
            folder = folder.parent
        return folder

    def choose_file(
        self, parent: QWidget | None, kind: FolderKind, title: str, filters: str
    ) -> Path | None:
        """Ask for a file to read, starting in the folder this kind of dialog last went to
        (remembered for the next time); None when the user cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            parent, title, str(self.last_folder(kind)), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.remember_folder(kind, path.parent)
        return path

    def remember_folder(self, kind: FolderKind, folder: Path) -> None:
        """Remember the folder a file dialog went to, for the next time (kept in settings)."""
        entry = str(Path(folder))
        settings = self.settings
        if kind == "open":
            changed, settings.open_folder = settings.open_folder != entry, entry
        elif kind == "import":
            changed, settings.import_folder = settings.import_folder != entry, entry
        else:
            changed, settings.export_folder = settings.export_folder != entry, entry
        if changed:
            # Not worth a dialog: the next dialog starts in the library folder instead.
            with contextlib.suppress(StorageError):
                save_settings(settings, self.folders)

    # -- import ---------------------------------------------------------------------------

    def import_draft(self, parent: QWidget | None, path: Path | None = None) -> MainWindow | None:
        """Import a draft (.txt, .md, .docx; asked for if not given) as a new, unsaved article."""
        from editor.importing import DraftError, import_draft

        if path is None:
            path = self.choose_file(
                parent,
                "import",
                self.tr("Import draft"),
                self.tr("Drafts (*.txt *.md *.markdown *.docx)"),
            )
            if path is None:
                return None
        try:
            result = import_draft(path)
        except (DraftError, StorageError, OSError) as failure:
            _report_failure(
                parent,
                self.tr("Import failed"),
                self.tr("The draft could not be imported."),
                failure,
            )
            return None
        # As Open does: an untouched, never-saved window makes way for the draft (a second
        # "Untitled article" stood beside it, seen on Xvfb).
        window = self._in_place_of(self._reusable(parent), lambda: self.add_window(result.article))
        window.mark_modified()
        window.show_import_report(result.explanation.lines(), list(result.warnings))
        return window

    # -- recovery -----------------------------------------------------------------------

    def offer_recovery(self, parent: QWidget | None = None) -> list[MainWindow]:
        """Offer each recovery copy left by a crash: restore, open both, or discard."""
        # Most starts follow no crash: a missing or empty folder needs no look at the store
        # (whose module the first window would otherwise wait for).
        try:
            with os.scandir(self.folders.recovery) as listing:
                if next(listing, None) is None:
                    return []
        except OSError:
            return []
        store = self.recovery_store()
        open_ids = {window.article().id for window in self.windows}
        # Not the copies of articles open here, nor those another running editor writes.
        entries = [
            entry
            for entry in store.entries()
            if entry.article_id not in open_ids and not entry.in_use
        ]
        if not entries:
            return []
        from editor.ui.dialogs.recovery_dialog import DISCARD, OPEN_BOTH, RESTORE, RecoveryDialog

        self._ensure_wheel_guard()  # the dialog may come before any window
        dialog = RecoveryDialog(entries, parent)
        if dialog.exec() != RecoveryDialog.DialogCode.Accepted:
            return []
        opened: list[MainWindow] = []
        for entry, choice in dialog.choices().items():
            if choice == DISCARD:
                store.discard(entry)
            elif choice in (RESTORE, OPEN_BOTH):
                window = self.restore(entry, keep_original=choice == OPEN_BOTH, parent=parent)
                if window is not None:
                    opened.append(window)
        return opened

    def restore(
        self, entry: RecoveryEntry, *, keep_original: bool = False, parent: QWidget | None = None
    ) -> MainWindow | None:
        """Open a recovery copy as unsaved work (with the saved file beside it if asked)."""
        store = self.recovery_store()
        try:
            article = store.load(entry)
        except StorageError as failure:
            _report_failure(
                parent,
                self.tr("Cannot restore"),
                self.tr("The recovery copy cannot be read."),
                failure,
            )
            return None
        source = entry.source
        window: MainWindow | None = None
        if keep_original and source is not None and source.exists():
            self.open_file(source, parent)
            # Two windows must not share an id: their recovery copies would overwrite
            # each other. The restored text becomes an article of its own.
            article.id = new_id()
        elif source is not None and source.exists():
            lock = self.acquire_lock(source, parent)
            if lock is not CANCELLED:
                window = self.add_window(article, source, lock=lock or None)
        if window is None:
            window = self.add_window(article)
        window.adopt_recovery(entry.path)
        window.mark_modified()
        return window

    # -- settings -----------------------------------------------------------------------

    def edit_settings(self, parent: QWidget | None) -> None:
        """Show the Settings dialog and apply what the user chose."""
        from editor.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, parent, self.house_style().fonts.latin)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply(dialog.settings())

    def apply(self, settings: Settings) -> None:
        """Save new settings and apply them to the application and every window."""
        self.settings = settings
        self._style = None
        try:
            save_settings(settings, self.folders)
        except StorageError as failure:
            _report_failure(
                None,
                self.tr("Settings"),
                self.tr("The settings could not be saved."),
                failure,
                warning=True,
            )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
            apply_ui_language(app, settings, self.folders.cache)
        for window in self.windows:
            window.apply_settings()


def _same_start(shown: Article, fresh: Article) -> bool:
    """Whether an untouched article is what File › New would make now."""
    return (
        shown.language == fresh.language
        and shown.byline == fresh.byline
        and [(section.kind, section.label) for section in shown.sections]
        == [(section.kind, section.label) for section in fresh.sections]
    )


def _report_failure(
    parent: QWidget | None,
    title: str,
    sentence: str,
    failure: BaseException,
    *,
    warning: bool = False,
) -> None:
    # The failure messages load when a failure is shown: a start that opens its file, or a
    # new article, pays nothing for them before the first paint.
    from editor.ui.common.failures import report_failure

    report_failure(parent, title, sentence, failure, warning=warning)
