"""The dialog Insert › Link (Ctrl+K) asks in: the words to show and the address.

As a word processor's: the words selected are shown (and stay as they are in the text);
with none selected they are typed here. The address starts as one copied (a web address on
the clipboard), else empty; spaces in it are written as "%20", which a Markdown link needs.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# An address a link may lead to as it is copied: the web's, mail's, or a site's name.
_SCHEMES = ("http://", "https://", "mailto:", "www.")


class LinkDialog(QDialog):
    """The words and the address of a new link."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert Link"))
        self.words_edit = QLineEdit(words, self)
        # The words selected stay as they are in the text: shown, not edited here.
        self.words_edit.setReadOnly(bool(words))
        self.words_edit.setPlaceholderText(self.tr("The words the reader sees"))
        copied = QApplication.clipboard().text().strip()
        copied_address = copied.startswith(_SCHEMES) and not any(c.isspace() for c in copied)
        self.address_edit = QLineEdit(copied if copied_address else "", self)
        self.address_edit.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.words_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.address_edit.textChanged.connect(self._update_ok)
        self.words_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        # Where the writer types first: the words when there are none yet, else the address.
        (self.address_edit if words else self.words_edit).setFocus()
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.address_edit.text().strip()))

    def words(self) -> str:
        """Return the words to show: those typed, else the address itself."""
        return " ".join(self.words_edit.text().split()) or self.address()

    def address(self) -> str:
        """Return the address as a Markdown link holds it (spaces as %20, no brackets)."""
        address = self.address_edit.text().strip()
        return address.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def ask_link(parent: QWidget, words: str) -> tuple[str, str] | None:
    """Ask for a link's words (shown when given) and address; None when cancelled."""
    dialog = LinkDialog(words, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.words(), dialog.address()
