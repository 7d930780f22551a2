"""File › New Edition…: the language of a new edition, and whether to pre-fill it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article
from editor.text.editions import edition, same_language
from editor.text.languages import available_languages, language_or_default


def edition_languages(source: Article) -> list[str]:
    """Return the languages a new edition of the source may be in: those with language
    data, not the source's own, not one it has an edition in already."""
    return [
        code
        for code in available_languages()
        if not same_language(code, source.language) and edition(source, code) is None
    ]


class NewEditionDialog(QDialog):
    """Asks for a new edition's language and whether its parts start with the source text."""

    def __init__(self, source: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Edition"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "An edition is the same story in another language, kept in this file. "
                "Each of its paragraphs is linked to the paragraph it translates."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        for code in edition_languages(source):
            self.language_combo.addItem(f"{language_or_default(code).native_name} ({code})", code)
        form.addRow(self.tr("&Language:"), self.language_combo)
        layout.addLayout(form)
        self.prefill_check = QCheckBox(
            self.tr("&Pre-fill with the source text, marked to translate"), self
        )
        layout.addWidget(self.prefill_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create Edition"))
        # No language left: every language with data has an edition already.
        ok.setEnabled(self.language_combo.count() > 0)
        layout.addWidget(self.buttons)

    def language(self) -> str:
        """Return the language code chosen ("" when there is none to choose)."""
        return str(self.language_combo.currentData() or "")

    def set_language(self, code: str) -> bool:
        """Choose a language by its code; False when it is not among the choices."""
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        return index >= 0

    def prefill(self) -> bool:
        """Whether the edition's parts start with the source's text (to translate)."""
        return self.prefill_check.isChecked()
