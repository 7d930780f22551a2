"""The quotation bank as a table: add, edit, delete, insert into the text, find the uses."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from editor.model import Quotation
from editor.ui.form.panes import CollapsiblePane

_ID_ROLE = Qt.ItemDataRole.UserRole
_COLUMNS = 6
_UNUSED = QColor(230, 160, 0)
_UNKNOWN = QColor(200, 30, 40)


def next_quotation_id(existing: set[str], speaker: str = "") -> str:
    """Return a short, readable id not in use: the speaker's last name and a number."""
    words = re.findall(r"[A-Za-z0-9]+", speaker)
    stem = words[-1].lower() if words else "q"
    number = 1
    while f"{stem}-{number}" in existing:
        number += 1
    return f"{stem}-{number}"


def _copied(quotation: Quotation) -> Quotation:
    """Return a copy that shares nothing the bank could change: its fields are strings and
    flags, so only the unknown keys need a deep copy (a deep copy of each of 200,000
    quotations took seconds, on every snapshot of the article)."""
    duplicate = copy.copy(quotation)
    if quotation.extra:
        duplicate.extra = copy.deepcopy(quotation.extra)
    return duplicate


class QuotationsPane(CollapsiblePane):
    """The bank: one row per quotation; unused ones and unknown tokens are flagged."""

    bank_changed = Signal()
    insert_requested = Signal(str)
    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quotations"), parent)
        self._quotations: list[Quotation] = []
        # The bank by id, for lookups: each token highlighted or read looks one up.
        self._by_id: dict[str, Quotation] = {}
        self._usage: dict[str, int] = {}
        self.table = QTableWidget(0, _COLUMNS, self.body)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Speaker"),
                self.tr("Words"),
                self.tr("Occasion"),
                self.tr("Date"),
                self.tr("Verified"),
                self.tr("Uses"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self._on_edit)
        self.add_button = QPushButton(self.tr("Add…"), self.body)
        self.edit_button = QPushButton(self.tr("Edit…"), self.body)
        self.delete_button = QPushButton(self.tr("Delete"), self.body)
        self.insert_button = QPushButton(self.tr("Insert into text"), self.body)
        self.insert_button.setToolTip(self.tr("Put the quotation at the cursor (Ctrl+Shift+Q)"))
        self.uses_button = QPushButton(self.tr("Show next use"), self.body)
        self.add_button.clicked.connect(self.ask_new_quotation)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.insert_button.clicked.connect(self._on_insert)
        self.uses_button.clicked.connect(self._on_jump)
        self.body_layout.addWidget(self.table)
        # Two rows, the bank's own edits and placing in the text: in one row the five
        # buttons made the whole form at least 480 px wide (more in Russian), so an
        # 800 px window cut the article's controls off behind a scroll bar.
        for row in (
            (self.add_button, self.edit_button, self.delete_button),
            (self.insert_button, self.uses_button),
        ):
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            buttons.addStretch(1)
            self.body_layout.addLayout(buttons)
        self.focus_target = self.table
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- the bank -----------------------------------------------------------------------

    def quotations(self) -> list[Quotation]:
        """Return copies of the bank's quotations, in order."""
        return [_copied(quotation) for quotation in self._quotations]

    def set_quotations(self, quotations: list[Quotation]) -> None:
        """Show a bank (when an article is loaded)."""
        self._quotations = [_copied(quotation) for quotation in quotations]
        self._index()
        self._refresh()

    def _index(self) -> None:
        # The first of two quotations with one id is the one a token shows, as before.
        self._by_id = {}
        for quotation in self._quotations:
            self._by_id.setdefault(quotation.id, quotation)

    def lookup(self, quotation_id: str) -> Quotation | None:
        """Return the bank's quotation with this id, or None."""
        return self._by_id.get(quotation_id)

    def add_quotation(self, quotation: Quotation) -> None:
        """Append a quotation (its id must be new) and select it."""
        self._quotations.append(_copied(quotation))
        self._index()
        self._refresh()
        self.select(quotation.id)
        self.bank_changed.emit()

    def replace_quotation(self, quotation: Quotation) -> None:
        """Put an edited quotation in place of the one with its id."""
        for index, known in enumerate(self._quotations):
            if known.id == quotation.id:
                self._quotations[index] = _copied(quotation)
        self._index()
        self._refresh()
        self.select(quotation.id)
        self.bank_changed.emit()

    def remove_quotation(self, quotation_id: str) -> None:
        """Take a quotation out of the bank; tokens using it then show as unknown."""
        self._quotations = [q for q in self._quotations if q.id != quotation_id]
        self._index()
        self._refresh()
        self.bank_changed.emit()

    def new_id(self, speaker: str = "") -> str:
        """Return an id no quotation (or token) uses yet."""
        return next_quotation_id({q.id for q in self._quotations} | set(self._usage), speaker)

    # -- uses ---------------------------------------------------------------------------

    def set_usage(self, usage: dict[str, int]) -> None:
        """Show how often each id is used in the bodies (unknown ids get their own row)."""
        if usage == self._usage:
            return
        self._usage = dict(usage)
        self._refresh()

    def unknown_ids(self) -> list[str]:
        """Return ids used in the bodies that the bank does not have."""
        return [quotation_id for quotation_id in self._usage if quotation_id not in self._by_id]

    # -- selection ----------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """Return the id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(_ID_ROLE)

    def select(self, quotation_id: str) -> None:
        """Select the row of a quotation."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ID_ROLE) == quotation_id:
                self.table.selectRow(row)
                return

    # -- display ------------------------------------------------------------------------

    def _refresh(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(0)
        for quotation in self._quotations:
            uses = self._usage.get(quotation.id, 0)
            verified = self.tr("yes") if quotation.verified else self.tr("no")
            uses_text = self.tr("{0} ×").format(uses) if uses else self.tr("unused")
            self._add_row(
                quotation.id,
                [
                    quotation.speaker,
                    quotation.words,
                    quotation.occasion,
                    quotation.date,
                    verified,
                    uses_text,
                ],
                None if uses else _UNUSED,
            )
        for quotation_id in self.unknown_ids():
            self._add_row(
                quotation_id,
                [
                    "?",
                    self.tr("“{0}” is used in the text but not in the bank").format(quotation_id),
                    "",
                    "",
                    "",
                    self.tr("{0} ×").format(self._usage[quotation_id]),
                ],
                _UNKNOWN,
            )
        self.table.resizeRowsToContents()
        if selected:
            self.select(selected)
        self._update_buttons()

    def _add_row(self, quotation_id: str, cells: list[str], flag: QColor | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_ID_ROLE, quotation_id)
            item.setToolTip(text if column == 1 else f"[[quote:{quotation_id}]]")
            if flag is not None and column in (0, 5):
                item.setForeground(QBrush(flag))
            self.table.setItem(row, column, item)

    @Slot()
    def _update_buttons(self) -> None:
        selected = self.selected_id()
        in_bank = selected is not None and self.lookup(selected) is not None
        self.edit_button.setEnabled(in_bank)
        self.delete_button.setEnabled(in_bank)
        self.insert_button.setEnabled(in_bank)
        self.uses_button.setEnabled(selected is not None and bool(self._usage.get(selected)))

    # -- actions ------------------------------------------------------------------------

    def edit_in_dialog(self, quotation: Quotation) -> Quotation | None:
        """Show the quotation dialog; return the edited quotation, or None when cancelled."""
        from editor.ui.form.quotation_dialog import QuotationDialog

        dialog = QuotationDialog(quotation, self)
        if dialog.exec() != QuotationDialog.DialogCode.Accepted:
            return None
        return dialog.quotation()

    @Slot()
    def ask_new_quotation(self) -> None:
        """Ask for a new quotation in the quotation dialog and add it to the bank."""
        draft = Quotation(id=self.new_id())
        edited = self.edit_in_dialog(draft)
        if edited is None:
            return
        edited.id = self.new_id(edited.speaker)
        self.add_quotation(edited)

    @Slot()
    def _on_edit(self) -> None:
        selected = self.selected_id()
        quotation = self.lookup(selected) if selected else None
        if quotation is None:
            return
        edited = self.edit_in_dialog(quotation)
        if edited is not None:
            self.replace_quotation(edited)

    @Slot()
    def _on_delete(self) -> None:
        selected = self.selected_id()
        if selected is None or self.lookup(selected) is None:
            return
        uses = self._usage.get(selected, 0)
        if uses:
            answer = QMessageBox.question(
                self,
                self.tr("Delete quotation"),
                self.tr(
                    "The quotation is used %n time(s) in the text. Delete it from the bank? "
                    "The places that use it stay and are flagged as unknown.",
                    "",
                    uses,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove_quotation(selected)

    @Slot()
    def _on_insert(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.insert_requested.emit(selected)

    @Slot()
    def _on_jump(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.jump_requested.emit(selected)
