"""Find and Replace across every text field of the article form, in reading order (Replace
all in the quotation bank too)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.model import Quotation
from editor.text.case import case_like, fold
from editor.text.scripts import in_word
from editor.ui.form.article_form import ArticleForm
from editor.ui.form.text_box import TextBox

Field = TextBox | QLineEdit


def bank_texts(quotation: Quotation) -> dict[str, str]:
    """Return a quotation's fields a reader sees (its words, and the line under them) by
    name: Replace all changes them with the text, so that an export does not put the old
    name under a quotation."""
    return {
        "words": quotation.words,
        "speaker": quotation.speaker,
        "role": quotation.role,
        "occasion": quotation.occasion,
        "attribution": quotation.attribution,
    }


def _places(
    text: str,
    needle: str,
    start: int,
    case: bool,
    whole: bool = False,
    language: str = "",
    first_only: bool = False,
) -> list[int]:
    """Return where ``needle`` stands in ``text`` from ``start``, one after the other (only
    the first with ``first_only``): in any case unless ``case``, as the language writes
    small letters and capitals (Turkish "iğdeli" finds "İğdeli"), whole words only when
    ``whole``. The text is folded once for them all, not once a match."""
    if not needle:
        return []
    if not case:
        # Folded letter for letter: a place in the folded text is the place in the text.
        text, needle = fold(text, language), fold(needle, language)
    found: list[int] = []
    position = text.find(needle, start)
    while position >= 0:
        if not whole or _whole_word(text, position, position + len(needle)):
            found.append(position)
            if first_only:
                break
            position = text.find(needle, position + len(needle))
        else:
            position = text.find(needle, position + 1)
    return found


def _selection(document: QTextDocument, start: int, end: int) -> QTextCursor:
    """Return a cursor with a document's text from ``start`` to ``end`` selected."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words: no letter, digit or mark of any script
    right before or after it."""
    return (start == 0 or not in_word(text[start - 1])) and (
        end >= len(text) or not in_word(text[end])
    )


class FindReplaceDialog(QDialog):
    """Non-modal: Find next, Replace, Replace all over the opening line, headline, sections…"""

    def __init__(self, form: ArticleForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.case_check = QCheckBox(self)
        self.words_check = QCheckBox(self)
        self.status_label = QLabel(self)
        self.find_button = QPushButton(self)
        self.find_button.setDefault(True)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        close_button = self.close_button = QPushButton(self)
        self.find_button.clicked.connect(self._on_find)
        self.replace_button.clicked.connect(self._on_replace)
        self.replace_all_button.clicked.connect(self._on_replace_all)
        close_button.clicked.connect(self.close)
        # "2 replaced." said no more once the replacement is undone (or redone): it stayed
        # beside the words put back (a trial).
        form.history.stepped.connect(self._on_history_step)
        grid = QGridLayout()
        self.find_label = QLabel(self)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        self.replace_label = QLabel(self)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.case_check, 2, 1)
        grid.addWidget(self.words_check, 3, 1)
        buttons = QHBoxLayout()
        for button in (self.find_button, self.replace_button, self.replace_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._current: Field | None = None
        # What the status line says, worded again when the interface language changes.
        self._status: Callable[[], str] = str
        self.retranslate()

    def hideEvent(self, event) -> None:
        """Closed: the article's window takes the keys again, the cursor where the search
        left it (Ctrl+S after Close went nowhere until a click in the text: a trial)."""
        super().hideEvent(event)
        window = self.parentWidget()
        if window is None or not window.isVisible():
            return
        window.activateWindow()
        field = self._current
        if field is not None and self._form.isAncestorOf(field):
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Word the dialog in the interface language (again when it changes)."""
        self.setWindowTitle(self.tr("Find and Replace"))
        self.case_check.setText(self.tr("Match case"))
        self.words_check.setText(self.tr("Whole words only"))
        self.find_button.setText(self.tr("Find next"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.close_button.setText(self.tr("Close"))
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the dialog and its status line again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status_label.setText(self._status())

    @Slot(str)
    def _on_history_step(self, _part: str) -> None:
        self._say(str)

    def _say(self, status: Callable[[], str]) -> None:
        self._status = status
        self.status_label.setText(status())

    def show_with(self, text: str = "", replace: bool = False) -> None:
        """Show the dialog with the search text (the selection) filled in."""
        if text and "\u2029" not in text:
            self.find_edit.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    # -- searching ----------------------------------------------------------------------

    def _places(
        self, text: str, needle: str, start: int = 0, first_only: bool = False
    ) -> list[int]:
        """Return where the needle stands in a text from ``start``, as the dialog's boxes ask
        (case, whole words) and the article's language writes capitals."""
        return _places(
            text,
            needle,
            start,
            self.case_check.isChecked(),
            self.words_check.isChecked(),
            self._form.article_language(),
            first_only,
        )

    def _find(self, text: str, needle: str, start: int) -> int:
        """Return where the needle is next in a text from ``start``; -1 for none."""
        found = self._places(text, needle, start, first_only=True)
        return found[0] if found else -1

    def _find_in_box(self, document: QTextDocument, needle: str, position: int) -> QTextCursor:
        """Return the next match from ``position`` selected (a null cursor for none)."""
        found = self._find(document.toRawText(), needle, position)
        if found < 0:
            return QTextCursor()
        return _selection(document, found, found + len(needle))

    def _fields(self) -> list[Field]:
        return self._form.searchable()

    def _start(self) -> tuple[int, int]:
        fields = self._fields()
        current = self._current
        if current is None or current not in fields:
            focused = self._form.focusWidget()
            current = focused if focused in fields else fields[0]
        if isinstance(current, QLineEdit):
            offset = (
                current.selectionEnd() if current.hasSelectedText() else current.cursorPosition()
            )
        else:
            offset = current.textCursor().selectionEnd()
        return fields.index(current), offset

    def find_next(self) -> bool:
        """Select the next match after the current one, wrapping around; False if none."""
        needle = self.find_edit.text()
        if not needle:
            return False
        fields = self._fields()
        index, offset = self._start()
        for step in range(len(fields) + 1):
            field = fields[(index + step) % len(fields)]
            start = offset if step == 0 else 0
            if self._select_in(field, needle, start):
                self._current = field
                self._say(str)
                return True
        self._say(lambda: self.tr("“{0}” was not found.").format(needle))
        return False

    def _select_in(self, field: Field, needle: str, start: int) -> bool:
        if isinstance(field, QLineEdit):
            found = self._find(field.text(), needle, start)
            if found < 0:
                return False
            field.setSelection(found, len(needle))
        else:
            cursor = self._find_in_box(field.document(), needle, start)
            if cursor.isNull():
                return False
            field.setTextCursor(cursor)
        self._reveal(field)
        return True

    def _reveal(self, field: Field) -> None:
        for pane in self._form.panes():
            if pane.isAncestorOf(field):
                pane.set_expanded(True)
        self._form.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, TextBox):
            field.ensureCursorVisible()

    def _selection_matches(self, field: Field) -> bool:
        needle = self.find_edit.text()
        if isinstance(field, QLineEdit):
            selected = field.selectedText()
        else:
            selected = field.textCursor().selectedText()
        if self.case_check.isChecked():
            return selected == needle
        language = self._form.article_language()
        return fold(selected, language) == fold(needle, language)

    def _replacement_for(self, found: str) -> str:
        """The replacement as typed with Match case on; else in the case of the found words
        ("Board" → "Council chair", "BOARD" → "COUNCIL CHAIR")."""
        replacement = self.replace_edit.text()
        if self.case_check.isChecked():
            return replacement
        return case_like(found, replacement, self._form.article_language())

    def replace_current(self) -> bool:
        """Replace the selected match (if one is selected) and find the next."""
        field = self._current
        if field is not None and not field.isReadOnly() and self._selection_matches(field):
            if isinstance(field, QLineEdit):
                field.insert(self._replacement_for(field.selectedText()))
            else:
                cursor = field.textCursor()
                cursor.insertText(self._replacement_for(cursor.selectedText()))
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match in every field; one Ctrl+Z undoes it in every text box."""
        needle = self.find_edit.text()
        if not needle:
            return 0
        with self._form.history.group():
            total = self._replace_everywhere(needle)
        self._say(lambda: self.tr("%n replaced.", "", total))
        return total

    def _replace_everywhere(self, needle: str) -> int:
        total = 0
        if not self._form.is_read_only():
            total += self._replace_in_bank(needle)
        for field in self._fields():
            if field.isReadOnly():
                continue
            if isinstance(field, QLineEdit):
                total += self._replace_all_in_line(field, needle)
                continue
            document = field.document()
            text = document.toRawText()
            places = self._places(text, needle)
            if not places:
                continue
            editing = QTextCursor(document)
            editing.beginEditBlock()
            # From the last: the places before a replacement stay where they were.
            for found in reversed(places):
                end = found + len(needle)
                _selection(document, found, end).insertText(self._replacement_for(text[found:end]))
            editing.endEditBlock()
            total += len(places)
        return total

    def _replace_all_in_line(self, edit: QLineEdit, needle: str) -> int:
        text, count = self._replaced(edit.text(), needle)
        if count:
            edit.selectAll()
            edit.insert(text)  # insert, not setText: keeps the field's undo
        return count

    def _replace_in_bank(self, needle: str) -> int:
        """Replace every match in the bank's quotations (their words, speaker, role,
        occasion and attribution) as one edit of the bank; return how many."""
        total = 0
        bank: list[Quotation] = []
        for quotation in self._form.bank():
            changes: dict[str, Any] = {}
            for name, value in bank_texts(quotation).items():
                text, count = self._replaced(value, needle)
                if count:
                    changes[name] = text
                    total += count
            bank.append(dataclasses.replace(quotation, **changes) if changes else quotation)
        if total:
            self._form.quotations.edit_bank(bank)
        return total

    def _replaced(self, text: str, needle: str) -> tuple[str, int]:
        """Return the text with every match replaced, and how many were."""
        pieces: list[str] = []
        position = 0
        places = self._places(text, needle)
        for found in places:
            pieces.append(text[position:found])
            pieces.append(self._replacement_for(text[found : found + len(needle)]))
            position = found + len(needle)
        pieces.append(text[position:])
        return "".join(pieces), len(places)

    @Slot()
    def _on_find(self) -> None:
        self.find_next()

    @Slot()
    def _on_replace(self) -> None:
        self.replace_current()

    @Slot()
    def _on_replace_all(self) -> None:
        self.replace_all()
