"""Help › Writing in Newsdesk: a short guide for a writer, in the interface language.

The guide's text is not in the code nor in the Qt Linguist files: it is a page of prose,
one HTML file per interface language, ``resources/guide/writing_LANG.html`` (the only place
each language's guide lives; ``resources/guide/README.md`` says what each file must hold).
The interface language's file is shown, or the English one when that language has none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from editor.files import FileReadError, read_regular
from editor.resources import resource_path
from editor.text.languages import find_language
from editor.ui.common.translations import SOURCE_LANGUAGE, resolve_ui_language

# A guide is a few kilobytes; the bound only keeps a broken install from reading anything big.
GUIDE_LIMIT = 1_000_000


def guide_path(code: str, folder: Path | None = None) -> Path:
    """Return the guide file of an interface language (a code such as ``ar``)."""
    return (folder or resource_path("guide")) / f"writing_{code}.html"


def guide_language(ui_language: str, folder: Path | None = None) -> str:
    """Return the language the guide is shown in for an interface-language setting."""
    code = resolve_ui_language(ui_language)
    return code if guide_path(code, folder).is_file() else SOURCE_LANGUAGE


def guide_html(code: str, folder: Path | None = None) -> str:
    """Return the guide's HTML in a language; the English guide when that one cannot be read."""
    for candidate in (code, SOURCE_LANGUAGE):
        try:
            return read_regular(guide_path(candidate, folder), GUIDE_LIMIT).decode("utf-8")
        except (FileReadError, UnicodeDecodeError):
            continue
    return ""


class GuideDialog(QDialog):
    """A window showing the writing guide, right to left for Arabic and Urdu."""

    def __init__(
        self, ui_language: str, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self._show_guide(ui_language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _show_guide(self, ui_language: str) -> None:
        """Show the guide of an interface language (English when it has none)."""
        self.setWindowTitle(self.tr("Writing in Newsdesk"))
        self.language = guide_language(ui_language, self._folder)
        shown = find_language(self.language)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if shown is not None and shown.is_rtl
            else Qt.LayoutDirection.LeftToRight
        )
        self.browser.setLayoutDirection(direction)
        # The page's own paragraphs take the direction of the guide's language, not the
        # interface's: an English fallback in an Arabic interface still reads left to right.
        option = self.browser.document().defaultTextOption()
        option.setTextDirection(direction)
        self.browser.document().setDefaultTextOption(option)
        self.browser.setHtml(guide_html(self.language, self._folder))

    def changeEvent(self, event: QEvent) -> None:
        """Show the guide of the new interface language when it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The interface language as installed (theme.apply_ui_language sets the default
            # locale to it).
            self._show_guide(QLocale().name())
