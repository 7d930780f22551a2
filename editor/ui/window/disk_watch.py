"""The window's eye on its file: a change made on disk by someone else is said at once.

Another program (a synchronised or shared folder, a command run in a terminal, a second
copy of the article) may change the file while the window has it open. The window keeps
the fingerprint of the file as it read or last wrote it; when the file changes on disk it
shows a notice above the article with what can be done: load the version on disk, compare
it with the text in the window, save the window's text as a copy, or go on. Save never
writes over such a change without asking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot

# Only what every window needs at its start is imported here: the notice bar, its icon
# (QStyle's enumerations alone cost 4 ms to make) and the file watcher are made when first
# needed, after the window is on screen.
if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher
    from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QToolBar, QWidget

    from editor.model import Article
    from editor.storage.errors import BackupError
    from editor.storage.fingerprint import Fingerprint
    from editor.storage.writing import OpenedArticle

# A program writing a file often does it in several steps (truncate, write, rename):
# look once it has settled.
SETTLE_MS = 150

# What the user chose when Save found the file changed on disk.
OVERWRITE = "overwrite"
SAVE_COPY = "copy"
CANCEL = "cancel"


class DiskWatch(QObject):
    """Watches one window's file and shows what changed on disk in a notice bar.

    It follows the file as the window read it (an ``OpenedArticle``, whose fingerprint is
    hashed when first asked for: after the window is on screen) or last wrote it.
    ``reload``, ``compare`` and ``save_copy`` are what the notice's buttons do.
    """

    def __init__(
        self,
        window: QMainWindow,
        *,
        reload: Callable[[], None],
        compare: Callable[[], None],
        save_copy: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._path: Path | None = None
        self._fingerprint: Fingerprint | None = None
        self._opened: OpenedArticle | None = None
        self._started = False  # watching begins after the first paint (start)
        self._watcher: QFileSystemWatcher | None = None
        # What the notice was last shown for: the content found on disk ("" when the file
        # is gone), None before any. A notice the user dismissed stays away until the file
        # changes again; the time each look was taken is no change.
        self._shown_for: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._actions = (reload, compare, save_copy)
        self._bar: QToolBar | None = None  # built when there is first something to say
        self._label: QLabel | None = None
        # The notice's text, worded again when the interface language changes.
        self._notice_text: Callable[[], str] = str

    def _notice_bar(self) -> tuple[QToolBar, QLabel]:
        from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QToolBar

        if self._bar is None or self._label is None:
            reload, compare, save_copy = self._actions
            bar = QToolBar(self._window)
            bar.setObjectName("diskNotice")
            bar.setMovable(False)
            bar.setFloatable(False)
            bar.toggleViewAction().setVisible(False)  # not a toolbar the user shows
            icon = QLabel(bar)
            size = bar.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            warning = bar.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            icon.setPixmap(warning.pixmap(size, size))
            icon.setContentsMargins(6, 0, 6, 0)
            bar.addWidget(icon)
            label = QLabel(bar)
            # One line, taking the bar's width: the buttons follow at its end.
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addWidget(label)
            self.reload_action = bar.addAction("", reload)
            self.compare_action = bar.addAction("", compare)
            self.copy_action = bar.addAction("", save_copy)
            self.dismiss_action = bar.addAction("", self.dismiss)
            self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
            self._bar, self._label = bar, label
            self._word_actions()
        return self._bar, self._label

    def _word_actions(self) -> None:
        self.reload_action.setText(self.tr("Load the version on disk"))
        self.compare_action.setText(self.tr("Compare"))
        self.copy_action.setText(self.tr("Save a copy…"))
        self.dismiss_action.setText(self.tr("Keep editing"))

    def retranslate(self) -> None:
        """Word the notice, if one was made, in the interface language (it changed)."""
        if self._bar is not None and self._label is not None:
            self._word_actions()
            self._label.setText(self._notice_text())

    # -- what the window tells it -------------------------------------------------------

    def follow(self, opened: OpenedArticle) -> None:
        """Watch the file an article was read from, as it was read."""
        self._start_over(opened.path, None, opened)

    def saved(self, path: Path, fingerprint: Fingerprint) -> None:
        """The window wrote ``path``: that is now the file as the window knows it."""
        self._start_over(path, fingerprint, None)

    def _start_over(
        self, path: Path, fingerprint: Fingerprint | None, opened: OpenedArticle | None
    ) -> None:
        self._path = path
        self._fingerprint = fingerprint
        self._opened = opened
        self._shown_for = None
        self.dismiss()
        self._rewatch()

    def fingerprint(self) -> Fingerprint | None:
        """Return the fingerprint of the file as the window last read or wrote it."""
        if self._fingerprint is not None:
            return self._fingerprint
        return self._opened.fingerprint if self._opened is not None else None

    def watching(self) -> bool:
        """Whether the file is watched (from the first paint on, when there is one)."""
        return self._started and self._path is not None

    def expected_for(self, path: Path) -> Fingerprint | None:
        """Return what a save to ``path`` must find on disk (None: a file not followed)."""
        from editor.storage.writing import same_file

        if self._path is None or not same_file(self._path, path):
            return None
        return self.fingerprint()

    # -- looking --------------------------------------------------------------------------

    def start(self) -> None:
        """Take the fingerprint (if still to take) and begin watching (after the first paint)."""
        self._started = True
        self.fingerprint()
        self._rewatch()

    def _rewatch(self) -> None:
        if not self._started or self._path is None:
            return
        if self._watcher is None:
            from PySide6.QtCore import QFileSystemWatcher

            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._on_file_changed)
            # A file replaced by renaming (as every careful program saves, this one too)
            # is a new file: the watch on the old one ends, the folder's tells of the new.
            self._watcher.directoryChanged.connect(self._on_file_changed)
        for watched in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(watched)
        if self._path.exists():
            self._watcher.addPath(str(self._path))
        if self._path.parent.is_dir():
            self._watcher.addPath(str(self._path.parent))

    @Slot(str)
    def _on_file_changed(self, _changed: str) -> None:
        self.check_soon()

    def check_soon(self) -> None:
        """Look at the file once changes to it have settled (and the window has started)."""
        if self.watching():
            self._timer.start()

    @Slot()
    def check(self) -> bool:
        """Look at the file now; show the notice if it changed. True if it is unchanged."""
        from editor.storage.errors import ChangedOnDiskError, StorageError
        from editor.storage.writing import check_unchanged

        if self._path is None:
            return True
        expected = self.fingerprint()
        if expected is None:
            return True
        if self._watcher is not None and str(self._path) not in self._watcher.files():
            self._rewatch()
        try:
            check_unchanged(self._path, expected)
        except ChangedOnDiskError as change:
            found = "" if change.found is None else change.found.sha256
            if found != self._shown_for:
                self._shown_for = found
                self._show_change(gone=change.found is None)
            return False
        except StorageError:
            return True  # cannot be read now (a share gone away): Save will say why
        return True

    def _show_change(self, *, gone: bool) -> None:
        name = self._path.name if self._path is not None else ""

        def text() -> str:
            if gone:
                return self.tr(
                    "“{0}” was deleted or moved by another program. Save to write it again."
                ).format(name)
            return self.tr("“{0}” was changed by another program since you opened it.").format(
                name
            )

        bar, label = self._notice_bar()
        self._notice_text = text
        label.setText(text())
        label.setToolTip("")
        for action in (self.reload_action, self.compare_action):
            action.setVisible(not gone)
        self.copy_action.setVisible(True)
        bar.show()

    def show_backup_failure(self, failure: BackupError) -> None:
        """Say that a save went ahead without keeping the previous version, and why."""
        from editor.ui.common.failures import failure_reason

        bar, label = self._notice_bar()
        reason = failure_reason(failure)
        self._notice_text = lambda: self.tr(
            "Saved, but no backup of the previous version was kept. {0}"
        ).format(reason)
        label.setText(self._notice_text())
        label.setToolTip(failure.message)
        for action in (self.reload_action, self.compare_action, self.copy_action):
            action.setVisible(False)
        bar.show()

    @Slot()
    def dismiss(self) -> None:
        """Hide the notice (Save still asks before writing over a change)."""
        if self._bar is not None:
            self._bar.hide()

    def notice(self) -> str:
        """Return the notice's text, "" when none is shown."""
        if self._bar is None or self._label is None or not self._bar.isVisibleTo(self._window):
            return ""
        return self._label.text()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None


def ask_overwrite(parent: QWidget, path: Path) -> str:
    """Ask what Save does with a file changed on disk: OVERWRITE, SAVE_COPY or CANCEL."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DiskWatch", "Changed on disk"))
    box.setText(
        QCoreApplication.translate(
            "DiskWatch",
            "“{0}” was changed by another program since you opened it. Saving now would "
            "replace those changes with your text.",
        ).format(path.name)
    )
    box.setInformativeText(
        QCoreApplication.translate("DiskWatch", "Save your text as a copy to keep both versions.")
    )
    copy = box.addButton(
        QCoreApplication.translate("DiskWatch", "Save a copy…"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("DiskWatch", "Replace the version on disk"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return SAVE_COPY
    if clicked is overwrite:
        return OVERWRITE
    return CANCEL


def compare_with_disk(parent: QWidget, disk: Article, mine: Article, title: str) -> QDialog:
    """Show, part by part, what differs between the file on disk and the window's text."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

    from editor.text.compare import compare_articles, compare_html
    from editor.ui.common.part_names import part_name

    parts = compare_articles(disk, mine)
    labels = [section.label for section in mine.sections]
    dialog = QDialog(parent)
    dialog.setObjectName("diskCompare")
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        QLabel(
            QCoreApplication.translate(
                "DiskWatch", "Deleted: only on disk. Inserted: only in this window."
            ),
            dialog,
        )
    )
    view = QTextBrowser(dialog)
    view.setObjectName("diskCompareView")
    view.setHtml(
        compare_html(
            parts,
            side_by_side=False,
            names={part.part: part_name(part.part, labels) for part in parts},
            no_differences=QCoreApplication.translate("DiskWatch", "No differences."),
        )
    )
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(760, 560)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # beside the window: the user may go on editing while reading it
    return dialog
