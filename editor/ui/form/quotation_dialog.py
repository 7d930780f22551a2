"""The dialog that adds or edits one quotation of the bank."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from editor.model import Quotation
from editor.model.copying import deep_copy
from editor.ui.common.plain_box import plain_text_box
from editor.ui.form.language_combo import LanguageCombo


class QuotationDialog(QDialog):
    """Every field of a quotation: the words verbatim, who said them, where and when.

    It shows the id the quotation is saved under, the one the bank's table lists and the
    text's ``[[quote:ID]]`` names. A new quotation (``new``) whose id is made from its
    speaker (``id_for``) shows the id it will get as the speaker is typed: the dialog said
    "q-1" and the bank then listed "lind-1" (seen on Xvfb).
    """

    def __init__(
        self,
        quotation: Quotation,
        parent: QWidget | None = None,
        *,
        new: bool = False,
        id_for: Callable[[str], str] | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(parent)
        if new:
            self.setWindowTitle(self.tr("New quotation"))
        else:
            self.setWindowTitle(self.tr("Quotation {0}").format(quotation.id))
        self._quotation = deep_copy(quotation)
        self._id_for = id_for
        # Selectable, not editable: the text refers to the quotation by it.
        self.id_label = QLabel(quotation.id, self)
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_edit = plain_text_box(quotation.words, self)
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
        if id_for is not None:
            self.speaker_edit.textChanged.connect(self._show_id)
            self._show_id()
        form = QFormLayout()
        form.addRow(self.tr("Id"), self.id_label)
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
        self._buttons = buttons
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # What becomes of the quotation, when more than the bank (placed in the text too).
        self.hint_label = QLabel(hint, self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def show_only(self) -> None:
        """Only show the quotation (a file someone else has open): nothing to change, Close."""
        for edit in (
            self.speaker_edit,
            self.role_edit,
            self.occasion_edit,
            self.date_edit,
            self.source_name_edit,
            self.source_url_edit,
            self.note_edit,
        ):
            edit.setReadOnly(True)
        self.words_edit.setReadOnly(True)
        for box in (self.language_combo, self.translated_check, self.verified_check):
            box.setEnabled(False)
        self._buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def quotation_id(self) -> str:
        """Return the id the quotation is saved under, as the dialog shows it."""
        if self._id_for is not None:
            return self._id_for(self.speaker_edit.text())
        return self._quotation.id

    @Slot()
    def _show_id(self) -> None:
        self.id_label.setText(self.quotation_id())

    def quotation(self) -> Quotation:
        """Return the quotation with the fields as edited, under the id shown."""
        edited = deep_copy(self._quotation)
        edited.id = self.quotation_id()
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
