"""The library's own window: the LibraryPane over the workspace's one Library, wired to it.

The window is made the first time the user asks for it (View ▸ Library, Ctrl+Shift+L), so
starting the editor never opens the index. Opening a result opens the article in a main
window; Export… opens the export dialog for the selected files; Set status changes them
with the user's name from the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.storage.library import Library
from editor.ui.library.library_pane import LibraryPane

if TYPE_CHECKING:
    from editor.ui.window.seam import WorkspaceServices


class LibraryWindow(QWidget):
    """A top-level window holding the library pane of one workspace."""

    def __init__(self, workspace: WorkspaceServices, library: Library) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._workspace = workspace
        # The library never keeps the editor running: closing the last article window quits.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.retranslate()
        self.pane = LibraryPane(library, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)
        self.pane.open_requested.connect(self._on_open)
        self.pane.export_requested.connect(self._on_export)
        self.pane.status_change_requested.connect(self._on_status)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        # The window the user opened the library from: an untouched new article in it is
        # replaced by the article opened from the library, as File ▸ Open does.
        self.opener: QWidget | None = None
        self.resize(960, 640)

    def retranslate(self) -> None:
        """Word the window's title in the interface language (the pane words itself)."""
        self.setWindowTitle(self.tr("Library"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the title again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_from(self, opener: QWidget | None) -> None:
        """Show (or bring forward) the library, with the search box ready for typing."""
        self.opener = opener
        self.show()
        self.raise_()
        self.activateWindow()
        self.pane.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.pane.search_box.selectAll()

    @Slot(Path)
    def _on_open(self, path: Path) -> None:
        opener = self.opener if self.opener in self._workspace.windows else None
        self._workspace.open_file(Path(path), parent=opener or self)

    @Slot(list)
    def _on_export(self, paths: list) -> None:
        from editor.ui.dialogs.export_dialog import ExportDialog

        ExportDialog(None, self._workspace, parent=self, sources=[Path(p) for p in paths]).exec()

    @Slot(list, str)
    def _on_status(self, paths: list, status: str) -> None:
        settings = self._workspace.settings
        # An article open in one of this editor's windows changes there, as its Review ›
        # Status would (the file was refused: this editor has it open, seen on Xvfb); it
        # is saved with the window's other changes.
        elsewhere = []
        for path in (Path(p) for p in paths):
            window = self._workspace.window_for(path)
            if window is None:
                elsewhere.append(path)
            else:
                window.set_status(status)
        if elsewhere:
            self.pane.apply_status(
                elsewhere,
                status,
                settings.author,
                self._workspace.folders,
                gate=self._workspace.house_style().review.approval_gate,
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide only: the pane, its scan and its results stay for the next time."""
        event.accept()
