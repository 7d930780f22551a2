"""Help › Keyboard shortcuts: every key of the window's menus, read from the actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def plain_text(action: QAction) -> str:
    """Return an action's text as a reader sees it: no '&' marks, no key after a tab."""
    text = action.text().split("\t", 1)[0]
    # "&&" is a literal ampersand; a single "&" marks the mnemonic.
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    """Return the key that triggers an action in the platform's words, "" when none.

    Some menu items only name a key their text box handles ("&Bold\\tCtrl+B"); the key after
    the tab counts as theirs.
    """
    keys = action.shortcut()
    if keys.isEmpty() and "\t" in action.text():
        keys = QKeySequence(action.text().split("\t", 1)[1])
    return keys.toString(NATIVE)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Return (menu, action, key) for each action with a key, in the menus' order."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, title)
                continue
            if action.isSeparator():
                continue
            key = shortcut_text(action)
            if key:
                found.append((title, plain_text(action), key))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(top))
    return found


class ShortcutsDialog(QDialog):
    """A table of the menus' keyboard shortcuts, in the interface language."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.retranslate()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def retranslate(self) -> None:
        """Word the table in the interface language, from the menus as they read now."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Menu"), self.tr("Command"), self.tr("Keys")]
        )
        rows = menu_shortcuts(self._bar)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def changeEvent(self, event: QEvent) -> None:
        """List the shortcuts again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def rows(self) -> list[tuple[str, str, str]]:
        """Return the table's rows as shown: (menu, command, keys)."""
        shown: list[tuple[str, str, str]] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            menu, command, keys = (cell.text() if cell is not None else "" for cell in cells)
            shown.append((menu, command, keys))
        return shown
