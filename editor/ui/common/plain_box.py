"""A box for a few lines of plain text the user writes, in any language."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget


def plain_text_box(text: str, parent: QWidget | None = None) -> QTextEdit:
    """Return a box for plain text, each paragraph set from its own side.

    Not a QPlainTextEdit: its layout sets every paragraph from the left, and a quotation's
    Arabic words stood at the left of the box while the one-line fields beside it set
    theirs from the right (found in a trial). Tab moves to the next field.
    """
    box = QTextEdit(parent)
    box.setAcceptRichText(False)  # a paste brings its words, not its look
    box.setPlainText(text)
    box.setTabChangesFocus(True)
    return box


class MessageLog(QTextEdit):
    """Read-only lines of plain text the program writes, each set from its own side.

    The export window's log was a QPlainTextEdit: in Arabic or Urdu its lines stood at the
    left. ``appendPlainText`` adds a line as that class does (never read as rich text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)

    def appendPlainText(self, text: str) -> None:
        """Add a line (or lines) at the end and show it."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(text)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
