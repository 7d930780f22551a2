"""The article's own settings below its text: its language, tags, status and target length.

Built after the window's first paint, with the other panes below the text: its combo boxes
and spin box are the first the window has.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from editor.ui.form.language_combo import LanguageCombo
from editor.ui.form.panes import CollapsiblePane


class MetaPane(CollapsiblePane):
    """The article's language, tags, status and target length."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QFormLayout, QSpinBox

        from editor.ui.common.status_names import status_names  # the pane comes after

        super().__init__("", parent)
        form = self._form = QFormLayout()
        self.language_combo = LanguageCombo(self.body)
        self.tags_edit = QLineEdit(self.body)
        self.status_combo = QComboBox(self.body)
        for status in status_names():
            self.status_combo.addItem("", status.value)
        self.target_spin = QSpinBox(self.body)
        self.target_spin.setRange(0, 100_000)
        self.target_spin.setSingleStep(50)
        for widget in (self.language_combo, self.status_combo, self.target_spin):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for field in (self.language_combo, self.tags_edit, self.status_combo, self.target_spin):
            form.addRow(QLabel(self.body), field)
        self.body_layout.addLayout(form)
        self.retranslate()
        self.language_combo.currentIndexChanged.connect(self._on_edited)
        self.tags_edit.textChanged.connect(self._on_edited)
        self.status_combo.currentIndexChanged.connect(self._on_edited)
        self.target_spin.valueChanged.connect(self._on_edited)
        self.focus_target = self.language_combo

    def retranslate(self) -> None:
        """Word the pane in the interface language (the values chosen stay chosen)."""
        self.set_title(self.tr("Article"))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. transport, ports"))
        from editor.ui.common.status_names import status_names

        for status, name in status_names().items():
            index = self.status_combo.findData(status.value)
            if index >= 0:
                self.status_combo.setItemText(index, name)
        self.target_spin.setSpecialValueText(self.tr("none"))
        self.target_spin.setSuffix(self.tr(" words"))
        names = {
            self.language_combo: self.tr("Language"),
            self.tags_edit: self.tr("Tags"),
            self.status_combo: self.tr("Status"),
            self.target_spin: self.tr("Target length"),
        }
        for field, name in names.items():
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(name)

    def tags(self) -> list[str]:
        """Return the tags typed, in order, without empty ones."""
        return [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]

    def status(self) -> str:
        """Return the chosen workflow status."""
        return str(self.status_combo.currentData())

    def set_status(self, status: str) -> None:
        """Select a status; an unknown one is kept as its own item."""
        index = self.status_combo.findData(status)
        if index < 0:
            self.status_combo.addItem(status, status)
            index = self.status_combo.count() - 1
        self.status_combo.setCurrentIndex(index)

    @Slot()
    def _on_edited(self) -> None:
        self.changed.emit()
