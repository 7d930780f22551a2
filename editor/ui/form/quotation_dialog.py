"""The dialog that adds or edits one quotation of the bank."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model import Quotation
from editor.model.copying import deep_copy
from editor.ui.form.panes import LanguageCombo


class QuotationDialog(QDialog):
    """Every field of a quotation: the words verbatim, who said them, where and when."""

    def __init__(self, quotation: Quotation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quotation {0}").format(quotation.id))
        self._quotation = deep_copy(quotation)
        self.words_edit = QPlainTextEdit(self)
        self.words_edit.setPlainText(quotation.words)
        self.words_edit.setTabChangesFocus(True)
        self.speaker_edit = QLineEdit(quotation.speaker, self)
        self.role_edit = QLineEdit(quotation.role, self)
        self.occasion_edit = QLineEdit(quotation.occasion, self)
        self.date_edit = QLineEdit(quotation.date, self)
        self.source_name_edit = QLineEdit(quotation.source_name, self)
        self.source_url_edit = QLineEdit(quotation.source_url, self)
        self.language_combo = LanguageCombo(self, inherit_label=self.tr("Article's language"))
        self.language_combo.set_code(quotation.language)
        self.translated_check = QCheckBox(self.tr("The words are a translation"), self)
        self.translated_check.setChecked(quotation.translated)
        self.verified_check = QCheckBox(self.tr("Checked against the source"), self)
        self.verified_check.setChecked(quotation.verified)
        self.note_edit = QLineEdit(quotation.note, self)
        form = QFormLayout()
        form.addRow(self.tr("Words"), self.words_edit)
        form.addRow(self.tr("Speaker"), self.speaker_edit)
        form.addRow(self.tr("Speaker's role"), self.role_edit)
        form.addRow(self.tr("Occasion"), self.occasion_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Source"), self.source_name_edit)
        form.addRow(self.tr("Source address"), self.source_url_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow("", self.translated_check)
        form.addRow("", self.verified_check)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def quotation(self) -> Quotation:
        """Return the quotation with the fields as edited (the id never changes)."""
        edited = deep_copy(self._quotation)
        edited.words = self.words_edit.document().toRawText().replace("\u2029", "\n")
        edited.speaker = self.speaker_edit.text()
        edited.role = self.role_edit.text()
        edited.occasion = self.occasion_edit.text()
        edited.date = self.date_edit.text()
        edited.source_name = self.source_name_edit.text()
        edited.source_url = self.source_url_edit.text()
        edited.language = self.language_combo.code()
        edited.translated = self.translated_check.isChecked()
        edited.verified = self.verified_check.isChecked()
        edited.note = self.note_edit.text()
        return edited

    @Slot()
    def _on_accept(self) -> None:
        if not self.words_edit.document().toRawText().replace("\u2029", "\n").strip():
            QMessageBox.warning(
                self, self.tr("Quotation"), self.tr("A quotation needs its words.")
            )
            return
        self.accept()
