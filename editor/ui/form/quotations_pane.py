"""The quotation bank as a table: add, edit, delete, insert into the text, find the uses."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from editor.model import Quotation, quote_token
from editor.model.copying import copy_json
from editor.ui.form.panes import CollapsiblePane

_COLUMNS = 6
_UNUSED = QColor(230, 160, 0)
_UNKNOWN = QColor(200, 30, 40)
# Lines of text each row shows (the words wrap, the rest is elided; the tooltip has all).
# Every row has this height: fitting 200,000 rows to their text took seconds.
_ROW_LINES = 2
# Rows the columns' widths are fitted to (Qt's default is 1,000, asked for again whenever
# the view lays out its columns, each row through Python).
_WIDTH_SAMPLE_ROWS = 100
_ModelIndex = QModelIndex | QPersistentModelIndex


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
    # Not copy.copy: its generic path (__reduce_ex__) took 1 s for 200,000 quotations.
    duplicate = object.__new__(type(quotation))
    duplicate.__dict__.update(quotation.__dict__)
    if quotation.extra:
        duplicate.extra = copy_json(quotation.extra)
    return duplicate


class QuotationsModel(QAbstractTableModel):
    """The bank's rows for the table, asked for as they are shown: each quotation, then
    each id the bodies use that the bank does not have."""

    def __init__(self, pane: QuotationsPane, headers: list[str], texts: dict[str, str]) -> None:
        super().__init__(pane)
        self._quotations: list[Quotation] = []
        self._unknown: list[str] = []
        self._usage: dict[str, int] = {}
        # The row of each id in the bank (the first, when two quotations share one).
        self._rows: dict[str, int] = {}
        # Translated once, by the pane: a model is asked for thousands of cells.
        self._headers = headers
        self._yes = texts["yes"]
        self._no = texts["no"]
        self._unused = texts["unused"]
        self._uses = texts["uses"]
        self._not_in_bank = texts["not in bank"]
        self._unused_brush = QBrush(_UNUSED)
        self._unknown_brush = QBrush(_UNKNOWN)

    def set_texts(self, headers: list[str], texts: dict[str, str]) -> None:
        """Word the headers and cells anew (the interface language changed)."""
        self._headers = headers
        self._yes = texts["yes"]
        self._no = texts["no"]
        self._unused = texts["unused"]
        self._uses = texts["uses"]
        self._not_in_bank = texts["not in bank"]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, _COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- what the rows hold ---------------------------------------------------------------

    def set_bank(self, quotations: list[Quotation], usage: dict[str, int]) -> None:
        """Show these quotations and uses (the lists are the pane's; the model only reads)."""
        self.beginResetModel()
        self._quotations = quotations
        rows: dict[str, int] = {}
        for row, quotation in enumerate(quotations):
            rows.setdefault(quotation.id, row)
        self._rows = rows
        self._usage = usage
        self._unknown = self._unknown_ids()
        self.endResetModel()

    def set_usage(self, usage: dict[str, int]) -> None:
        """Show new use counts; the rows of unknown ids (after the bank's) follow them."""
        self._usage = usage
        unknown = self._unknown_ids()
        count = len(self._quotations)
        if unknown != self._unknown:
            # Only the tail of unknown ids changes: the bank's rows, and the view's rows
            # for them, stay (a reset of 200,000 rows cost a tenth of a second a pause).
            if self._unknown:
                self.beginRemoveRows(QModelIndex(), count, count + len(self._unknown) - 1)
                self._unknown = []
                self.endRemoveRows()
            if unknown:
                self.beginInsertRows(QModelIndex(), count, count + len(unknown) - 1)
                self._unknown = unknown
                self.endInsertRows()
        if count:
            # The counts and their colours: the view repaints the rows it shows.
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, _COLUMNS - 1))

    def _unknown_ids(self) -> list[str]:
        # A set difference, in C: a loop over 200,000 uses in Python took 40 ms a pause.
        return sorted(self._usage.keys() - self._rows.keys())

    def unknown_ids(self) -> list[str]:
        """Return the ids the bodies use that the bank does not have, sorted."""
        return list(self._unknown)

    def quotation(self, quotation_id: str) -> Quotation | None:
        """Return the bank's quotation with this id (the first of two with one), or None."""
        row = self._rows.get(quotation_id)
        return None if row is None else self._quotations[row]

    def row_of(self, quotation_id: str) -> int:
        """Return the row of a quotation or unknown id, -1 when it has none."""
        row = self._rows.get(quotation_id)
        if row is not None:
            return row
        if quotation_id in self._usage and quotation_id in self._unknown:
            return len(self._quotations) + self._unknown.index(quotation_id)
        return -1

    def id_at(self, row: int) -> str | None:
        """Return the id shown in a row, None past the end."""
        if 0 <= row < len(self._quotations):
            return self._quotations[row].id
        row -= len(self._quotations)
        if 0 <= row < len(self._unknown):
            return self._unknown[row]
        return None

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the rows: every quotation, then every unknown id (none under an item)."""
        if parent.isValid():
            return 0
        return len(self._quotations) + len(self._unknown)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the columns: speaker, words, occasion, date, verified, uses."""
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Return the columns' titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < _COLUMNS
        ):
            return self._headers[section]
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return one cell's text, tooltip, colour or id, as the view asks for it."""
        row, column = index.row(), index.column()
        count = len(self._quotations)
        if not index.isValid() or row >= count + len(self._unknown):
            return None
        if row < count:
            quotation = self._quotations[row]
            quotation_id = quotation.id
            uses = self._usage.get(quotation_id, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return quotation.speaker
                if column == 1:
                    return quotation.words
                if column == 2:
                    return quotation.occasion
                if column == 3:
                    return quotation.date
                if column == 4:
                    return self._yes if quotation.verified else self._no
                return self._uses.format(uses) if uses else self._unused
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._unused_brush if not uses and column in (0, 5) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return quotation.words if column == 1 else quote_token(quotation_id)
        else:
            quotation_id = self._unknown[row - count]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return "?"
                if column == 1:
                    return self._not_in_bank.format(quotation_id)
                if column == 5:
                    return self._uses.format(self._usage.get(quotation_id, 0))
                return ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._unknown_brush if column in (0, 5) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == 1:
                    return self._not_in_bank.format(quotation_id)
                return quote_token(quotation_id)
        return None


class QuotationsPane(CollapsiblePane):
    """The bank: one row per quotation; unused ones and unknown tokens are flagged.

    The pane's quotations are never changed in place (an edit puts a new copy in the
    bank), so a snapshot of the bank (``quotations``) shares them: 200,000 are copied once,
    when they arrive, not on every snapshot.
    """

    bank_changed = Signal()
    insert_requested = Signal(str)
    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._quotations: list[Quotation] = []
        self._usage: dict[str, int] = {}
        self.model = QuotationsModel(self, *self._model_texts())
        self.table = QTableView(self.body)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(_ROW_LINES * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(_WIDTH_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self._on_edit)
        self.add_button = QPushButton(self.body)
        self.edit_button = QPushButton(self.body)
        self.delete_button = QPushButton(self.body)
        self.insert_button = QPushButton(self.body)
        self.uses_button = QPushButton(self.body)
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
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Word the pane's title and buttons in the interface language (again)."""
        self.set_title(self.tr("Quotations"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.insert_button.setText(self.tr("Insert into text"))
        self.insert_button.setToolTip(self.tr("Put the quotation at the cursor (Ctrl+Shift+Q)"))
        self.uses_button.setText(self.tr("Show next use"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the pane and the table's headers and cells again when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_texts(*self._model_texts())

    def _model_texts(self) -> tuple[list[str], dict[str, str]]:
        # Translated once a language, here: a model is asked for thousands of cells.
        headers = [
            self.tr("Speaker"),
            self.tr("Words"),
            self.tr("Occasion"),
            self.tr("Date"),
            self.tr("Verified"),
            self.tr("Uses"),
        ]
        texts = {
            "yes": self.tr("yes"),
            "no": self.tr("no"),
            "unused": self.tr("unused"),
            "uses": self.tr("{0} ×"),
            "not in bank": self.tr("“{0}” is used in the text but not in the bank"),
        }
        return headers, texts

    # -- the bank -----------------------------------------------------------------------

    def quotations(self) -> list[Quotation]:
        """Return the bank's quotations, in order, in a new list.

        The quotations are shared with the pane and with every other snapshot (the pane
        never changes one in place): copy one before changing it.
        """
        return list(self._quotations)

    def set_quotations(self, quotations: list[Quotation]) -> None:
        """Show a bank (when an article is loaded)."""
        self._quotations = [_copied(quotation) for quotation in quotations]
        self._changed(keep_selection=False)

    def _changed(self, keep_selection: bool = True) -> None:
        selected = self.selected_id() if keep_selection else None
        self.model.set_bank(self._quotations, self._usage)
        if selected:
            self.select(selected)
        self._update_buttons()

    def lookup(self, quotation_id: str) -> Quotation | None:
        """Return the bank's quotation with this id, or None."""
        # Each token highlighted or read looks one up: through the model's index of rows.
        return self.model.quotation(quotation_id)

    def add_quotation(self, quotation: Quotation) -> None:
        """Append a quotation (its id must be new) and select it."""
        # A new list: snapshots taken before keep the bank they had.
        self._quotations = [*self._quotations, _copied(quotation)]
        self._changed()
        self.select(quotation.id)
        self.bank_changed.emit()

    def replace_quotation(self, quotation: Quotation) -> None:
        """Put an edited quotation in place of the one with its id."""
        self._quotations = [
            _copied(quotation) if known.id == quotation.id else known for known in self._quotations
        ]
        self._changed()
        self.select(quotation.id)
        self.bank_changed.emit()

    def remove_quotation(self, quotation_id: str) -> None:
        """Take a quotation out of the bank; tokens using it then show as unknown."""
        self._quotations = [q for q in self._quotations if q.id != quotation_id]
        self._changed()
        self.bank_changed.emit()

    def new_id(self, speaker: str = "") -> str:
        """Return an id no quotation (or token) uses yet."""
        return next_quotation_id({q.id for q in self._quotations} | self._usage.keys(), speaker)

    # -- uses ---------------------------------------------------------------------------

    def set_usage(self, usage: dict[str, int]) -> None:
        """Show how often each id is used in the bodies (unknown ids get their own row)."""
        if usage == self._usage:
            return
        selected = self.selected_id()
        self._usage = dict(usage)
        self.model.set_usage(self._usage)
        if selected and self.selected_id() != selected:
            self.select(selected)
        self._update_buttons()

    def unknown_ids(self) -> list[str]:
        """Return ids used in the bodies that the bank does not have."""
        return self.model.unknown_ids()

    # -- selection ----------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """Return the id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.id_at(rows[0].row())

    def select(self, quotation_id: str) -> None:
        """Select the row of a quotation."""
        row = self.model.row_of(quotation_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- display ------------------------------------------------------------------------

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
        # A copy: the bank's quotation is shared with snapshots and must not change.
        edited = self.edit_in_dialog(_copied(quotation))
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
