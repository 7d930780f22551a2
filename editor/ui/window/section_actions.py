"""The window's section commands: Insert › Section, and move or remove the current section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

from editor.model.messages import QT_TRANSLATE_NOOP
from editor.ui.form.panes import section_kind_names

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from editor.ui.window.seam import EditorWindow

# While the cursor is in a section (a word processor's keys for moving a paragraph use
# Shift+Alt; these do not clash with a text box's own keys or the window's other ones).
MOVE_UP_KEY = "Ctrl+Shift+Up"
RENAME_KEY = "F2"
MOVE_DOWN_KEY = "Ctrl+Shift+Down"
STATUS_SECONDS = 4
# Qt names the arrow keys through its own "QShortcut" context and has no Urdu translation of
# them: marked here, so that Help › Keyboard shortcuts names the keys in every language.
ARROW_KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "Up"), QT_TRANSLATE_NOOP("QShortcut", "Down"))


class SectionActions(QObject):
    """Add a section after the current one, move it up or down, remove it."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self._window = window
        self.add_actions: dict[str, QAction] = {}
        for kind in section_kind_names():
            action = self._action()
            action.triggered.connect(lambda _c=False, k=kind: self.add_section(k))
            self.add_actions[kind] = action
        self.move_up_action = self._action(MOVE_UP_KEY)
        self.move_up_action.triggered.connect(lambda: self.move_section(-1))
        self.move_down_action = self._action(MOVE_DOWN_KEY)
        self.move_down_action.triggered.connect(lambda: self.move_section(1))
        # Tab passes the labels by (typing after Tab from the standfirst replaced the
        # label, found in a trial): F2 goes to the label, as renaming does elsewhere.
        self.rename_action = self._action(RENAME_KEY)
        self.rename_action.triggered.connect(self.rename_section)
        self.remove_action = self._action()
        self.remove_action.triggered.connect(self.remove_section)
        self._submenu: QMenu | None = None
        # Worded by retranslate(), which the window calls with its own.

    def retranslate(self) -> None:
        """Word the actions in the interface language (again when it changes)."""
        for kind, name in section_kind_names().items():
            self.add_actions[kind].setText(name)
        self.move_up_action.setText(self.tr("Move section &up"))
        self.move_down_action.setText(self.tr("Move section &down"))
        self.rename_action.setText(self.tr("Re&name section"))
        self.remove_action.setText(self.tr("Re&move section"))
        if self._submenu is not None:
            self._submenu.setTitle(self.tr("&Section"))

    def _action(self, key: str = "") -> QAction:
        action = QAction(self._window)  # worded by retranslate()
        if key:
            action.setShortcut(QKeySequence(key))
        self._window.addAction(action)
        return action

    def fill_insert_menu(self, menu: QMenu) -> QMenu:
        """Add the Section submenu (news, comment, custom) to the Insert menu; return it."""
        submenu = self._submenu = menu.addMenu("")  # worded by retranslate()
        submenu.addActions(list(self.add_actions.values()))
        return submenu

    def edit_actions(self) -> list[QAction]:
        """Return the Edit menu's section commands, in order."""
        return [self.move_up_action, self.move_down_action, self.rename_action, self.remove_action]

    def _current(self) -> int:
        return self._window.form.current_section(self._window.focusWidget())

    def _no_section(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Put the cursor in a section first."), STATUS_SECONDS * 1000
        )

    @Slot(str)
    def add_section(self, kind: str) -> None:
        """Add a section of a kind after the one the cursor is in, else at the end."""
        self._window.form.add_section(kind, self._current())

    def move_section(self, step: int) -> None:
        """Move the section the cursor is in up (-1) or down (+1)."""
        index = self._current()
        if index < 0:
            self._no_section()
            return
        self._window.form.move_section(index, step)

    @Slot()
    def rename_section(self) -> None:
        """Put the cursor in the label of the section the cursor is in, the label selected."""
        index = self._current()
        if index < 0:
            self._no_section()
            return
        self._window.form.sections[index].rename()

    @Slot()
    def remove_section(self) -> None:
        """Remove the section the cursor is in (Undo brings it back)."""
        index = self._current()
        if index < 0:
            self._no_section()
            return
        self._window.form.remove_section(index)
