"""The Settings dialog: languages, the user's name, default byline, autosave, font, theme."""

from __future__ import annotations

import copy

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.storage.settings import Settings
from editor.text.languages import language_or_default
from editor.ui.common.name_dialog import NameFields
from editor.ui.common.translations import ui_languages
from editor.ui.form.language_combo import LanguageCombo


class UiLanguageCombo(QComboBox):
    """The interface language: "System" (the system's preferred languages) or one by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("System"), "system")
        for code in ui_languages():
            # Each in its own name and script, so a user finds theirs in any interface.
            self.addItem(language_or_default(code).native_name, code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def code(self) -> str:
        """Return the chosen setting: "system" or a language code."""
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        """Select a setting; "" means "system", an unknown code is added, never replaced."""
        index = self.findData(code or "system")
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``settings()`` returns it after OK."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, house_font: str = ""
    ) -> None:
        """``house_font``: the family the text is set in while the user has chosen none
        (the house style's); the font box shows it, and OK leaves the choice unmade."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = copy.deepcopy(settings)
        self.ui_language_combo = UiLanguageCombo(self)
        self.ui_language_combo.set_code(settings.ui_language)
        self.ui_language_combo.setToolTip(
            self.tr("Arabic and Urdu lay the whole interface out right to left")
        )
        self.article_language_combo = LanguageCombo(self)
        self.article_language_combo.set_code(settings.article_language)
        # One name for the byline of new articles and for comments, reviews and locks. Only
        # a name the user gives: the system account's name was put here, and OK on any other
        # setting saved it as the writer's ("Written for  by root", seen on Xvfb). The name
        # dialog still offers it, selected, when a comment first needs a name.
        self.name_fields = NameFields(settings.author, settings.initials, self)
        self.author_edit = self.name_fields.name_edit
        self.author_edit.setPlaceholderText(self.tr("Your full name, for bylines and comments"))
        # Room for the hint, whole (it read "…bylines and comme…", seen on Xvfb).
        hint = self.author_edit.fontMetrics().horizontalAdvance(self.author_edit.placeholderText())
        self.author_edit.setMinimumWidth(hint + 24)
        self.initials_edit = self.name_fields.initials_edit
        self.office_edit = QLineEdit(settings.office, self)
        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setRange(5, 3600)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setValue(max(5, settings.autosave_seconds))
        self.font_combo = QFontComboBox(self)
        # The font the text is set in now: the writer's choice, else the house style's. The
        # box showed its own first font (Noto Sans) instead, and OK then set the editor in
        # it, seen on Xvfb.
        shown = settings.font_family or house_font
        if shown:
            self.font_combo.setCurrentFont(QFont(shown))
        self._shown_family = self.font_combo.currentFont().family()
        self.font_size_spin = QSpinBox(self)
        self.font_size_spin.setRange(6, 72)
        self.font_size_spin.setValue(settings.font_size)
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Follow the system"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.ui_language_combo)
        form.addRow(self.tr("New articles in"), self.article_language_combo)
        form.addRow(self.tr("Your name"), self.author_edit)
        form.addRow(self.tr("Your initials"), self.initials_edit)
        form.addRow(self.tr("Default office"), self.office_edit)
        form.addRow(self.tr("Autosave after idle"), self.autosave_spin)
        form.addRow(self.tr("Editor font"), self.font_combo)
        form.addRow(self.tr("Font size"), self.font_size_spin)
        form.addRow(self.tr("Theme"), self.theme_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        """Return the settings as chosen in the dialog."""
        chosen = copy.deepcopy(self._settings)
        chosen.ui_language = self.ui_language_combo.code()
        chosen.article_language = self.article_language_combo.code()
        chosen.author = self.name_fields.name()
        chosen.initials = self.name_fields.initials()
        chosen.office = self.office_edit.text()
        chosen.autosave_seconds = self.autosave_spin.value()
        family = self.font_combo.currentFont().family()
        if not self._settings.font_family and family == self._shown_family:
            family = ""  # left as shown: the house style's font, following the style
        chosen.font_family = family
        chosen.font_size = self.font_size_spin.value()
        chosen.theme = str(self.theme_combo.currentData())
        return chosen
