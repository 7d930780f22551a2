"""A box for a few lines of plain text the user writes, in any language."""

from __future__ import annotations

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
