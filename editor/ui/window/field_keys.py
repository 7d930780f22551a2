"""The window's menu keys from its one-line fields: a field keeps only its editing keys.

A QLineEdit claims some keys before any shortcut sees them: on X11 the Emacs-style
Ctrl+E (end of line), Ctrl+K, Ctrl+U and others, so File › Export (Ctrl+E) did nothing
with the cursor in the byline's date, and worked from the text (seen on Xvfb). The rule,
for every one-line field of the window in one place: a field keeps the keys of an edit a
writer expects there (the clipboard, undo and redo, select all, typing, the keys that move
and delete within the line); every other key is the window's shortcut first, and reaches
the field as before when no shortcut has it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

_Key = Qt.Key
_Mod = Qt.KeyboardModifier


@cache
def _edits() -> tuple[QKeySequence.StandardKey, ...]:
    """Ctrl+A/C/V/X/Z/Y (and Shift+Insert, Ctrl+Shift+Z...) as the platform has them: asked
    at the first key, not when a field first takes the focus before the window shows
    (QKeySequence's enums cost ~0.7 ms of the first frame)."""
    from PySide6.QtGui import QKeySequence

    standard = QKeySequence.StandardKey
    return (
        standard.Copy,
        standard.Cut,
        standard.Paste,
        standard.Undo,
        standard.Redo,
        standard.SelectAll,
    )


# Keys that move or delete within a line, with any modifier (Ctrl+Left a word, Shift+End a
# selection, Ctrl+Backspace a word back).
_LINE_KEYS = frozenset(
    {
        _Key.Key_Home,
        _Key.Key_End,
        _Key.Key_Left,
        _Key.Key_Right,
        _Key.Key_Backspace,
        _Key.Key_Delete,
        _Key.Key_Insert,
    }
)
_COMMAND = _Mod.ControlModifier | _Mod.AltModifier | _Mod.MetaModifier
# The one-line fields, by their Qt classes' names: asked of Qt, not with isinstance, which
# would build the Python classes of the combo box and the spin box (and their enums) at the
# first focus, before the window's first frame, which has neither.
_ONE_LINE_FIELDS = ("QLineEdit", "QAbstractSpinBox", "QComboBox")


def is_one_line_field(widget: QWidget) -> bool:
    """Whether a widget is a one-line field (a line edit, spin box or combo box)."""
    return any(widget.inherits(name) for name in _ONE_LINE_FIELDS)


def field_keeps(event: QKeyEvent) -> bool:
    """Whether a one-line field keeps a key (its own editing), whatever a menu's key is."""
    key = event.key()
    if key in _LINE_KEYS:
        return True
    modifiers = event.modifiers()
    if not modifiers & _COMMAND:
        return key < _Key.Key_Escape  # typed text (function keys, Escape... are commands)
    if modifiers & _Mod.AltModifier and event.text().isprintable() and event.text():
        return True  # a character typed with AltGr (Ctrl+Alt on Windows) or Option
    return any(event.matches(standard) for standard in _edits())


class MenuKeysFirst(QObject):
    """Event filter for the window's one-line fields: the window's keys come first."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

    def watch(self, widget: QWidget | None) -> None:
        """Filter a field's keys (each time it takes the focus: fields come and go)."""
        if widget is not None and is_one_line_field(widget):
            # Installed again, a filter is still called once (Qt moves it to the front).
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn down a field's claim on a key that is not its editing (no other event)."""
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if not field_keeps(event):
                # Not claimed: a shortcut of the window takes the key, or, with none, the
                # key goes to the field as a key press (Ctrl+E still ends the line there).
                event.ignore()
                return True
        return False
