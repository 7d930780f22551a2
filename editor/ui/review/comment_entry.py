"""The box a comment is written in: its words wrap, Tab goes to the buttons, Ctrl+Enter sends.

Qt's multi-line input dialog let a long comment run sideways out of sight and took Tab as a
tab character in the comment (seen on Xvfb).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

# Lines of a comment in sight without scrolling.
LINES = 5


class _CommentEdit(QPlainTextEdit):
    """The comment's words: Ctrl+Enter (or Ctrl+Return) sends them, as in a chat box."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Send on Ctrl+Enter; type everything else."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            dialog = self.window()
            if isinstance(dialog, QDialog):
                dialog.accept()
                return
        super().keyPressEvent(event)


class CommentDialog(QDialog):
    """Asks for a comment's words."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        prompt = QLabel(label, self)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.edit = _CommentEdit(self)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(text)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(LINES * line + 12)
        prompt.setBuddy(self.edit)
        layout.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())
        self.edit.setFocus()

    def text(self) -> str:
        """Return the comment's words as written."""
        return self.edit.toPlainText()


def ask_comment(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a comment's words; None when cancelled."""
    dialog = CommentDialog(parent, title, label, text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
