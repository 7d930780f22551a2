"""The quotation bank as a table: add, edit, delete, insert into the text, find the uses.

The table is a view of the bank: sorting it by a column or filtering it changes which row
shows which quotation, never the bank's own order (the article's, which is saved).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from editor.model import Quotation, quote_token
from editor.model.copying import copy_json
from editor.text.direction import paragraph_direction
from editor.text.normalise import match_form
from editor.ui.form.chips import own_direction
from editor.ui.form.panes import CollapsiblePane
from editor.ui.form.text_box import QT_DIRECTIONS

# Id, speaker, words, occasion, date, verified, uses.
_COLUMNS = 7
ID, SPEAKER, WORDS, OCCASION, DATE, VERIFIED, USES = range(_COLUMNS)
_UNUSED = QColor(230, 160, 0)
_UNKNOWN = QColor(200, 30, 40)
# Lines of text a row has before it is fitted to its words. Only the rows in sight are
# fitted (each as it scrolls into view): fitting all 200,000 rows of a bank took seconds.
_ROW_LINES = 2
# Room above and below a fitted row's words, so that rows do not run together.
_ROW_PADDING = 6
# Rows the columns' widths are fitted to (Qt's default is 1,000, asked for again whenever
# the view lays out its columns, each row through Python).
_WIDTH_SAMPLE_ROWS = 100
# The direction a cell's text runs in, "ltr" or "rtl" (None: the interface's), for the
# columns of what the writer typed: a quotation's words are set as in the text.
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 1
_OWN_TEXTS = (SPEAKER, WORDS, OCCASION, DATE)
_ModelIndex = QModelIndex | QPersistentModelIndex


# Latin letters that are not a plain letter with marks (NFKD leaves them whole).
_PLAIN_LATIN = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"}
)  # fmt: skip


def next_quotation_id(existing: set[str], speaker: str = "") -> str:
    """Return a short, readable id not in use: the speaker's last name in plain Latin
    letters (an id is ASCII: "Çetin" is "cetin", "Şahin" "sahin", where their Ç and Ş were
    dropped, "etin-1", in a trial) and a number; "q" and a number for a name in a script
    without Latin letters."""
    plain = unicodedata.normalize("NFKD", speaker.translate(_PLAIN_LATIN))
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    words = re.findall(r"[A-Za-z0-9]+", plain)
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


def _natural(text: str) -> tuple[object, ...]:
    """Return a sort key that orders the numbers inside a text by value (q2 before q10)."""
    return tuple(
        (1, int(part), "") if part.isdigit() else (0, 0, part)
        for part in _NUMBERS.split(text.casefold())
        if part
    )


_NUMBERS = re.compile(r"(\d+)")


class QuotationsModel(QAbstractTableModel):
    """The bank's rows for the table, asked for as they are shown: each quotation, then
    each id the bodies use that the bank does not have.

    Each row shows an *entry*: entry ``n`` is the bank's ``n``-th quotation, entries past
    the bank are the unknown ids. Unsorted and unfiltered, row and entry are the same (no
    list of 200,000 row numbers is kept); sorted or filtered, ``_view`` lists the entries
    shown, in the order shown.
    """

    def __init__(self, pane: QuotationsPane, headers: list[str], texts: dict[str, str]) -> None:
        super().__init__(pane)
        self._quotations: list[Quotation] = []
        self._unknown: list[str] = []
        self._usage: dict[str, int] = {}
        # The row of each id in the bank (the first, when two quotations share one).
        self._rows: dict[str, int] = {}
        # Translated once, by the pane: a model is asked for thousands of cells.
        self._take_texts(headers, texts)
        self._unused_brush = QBrush(_UNUSED)
        self._unknown_brush = QBrush(_UNKNOWN)
        # The view: sorted by (column, order) or in the bank's order (None); filtered by
        # the words of the filter, each in its match form. ``_view`` is None when neither.
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter: tuple[str, ...] = ()
        self._view: list[int] | None = None
        self._view_rows: dict[int, int] = {}
        # The match form of each quotation, made at the first filter of a bank (the bank's
        # list is replaced, never changed in place, so its identity says whether it is stale).
        self._haystacks: list[str] = []
        self._haystacks_of: list[Quotation] | None = None

    def _take_texts(self, headers: list[str], texts: dict[str, str]) -> None:
        self._headers = headers
        self._yes = texts["yes"]
        self._no = texts["no"]
        self._unused = texts["unused"]
        self._uses = texts["uses"]
        self._not_in_bank = texts["not in bank"]

    def set_texts(self, headers: list[str], texts: dict[str, str]) -> None:
        """Word the headers and cells anew (the interface language changed)."""
        self._take_texts(headers, texts)
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
        self._make_view()
        self.endResetModel()

    def set_usage(self, usage: dict[str, int]) -> None:
        """Show new use counts; the rows of unknown ids (after the bank's) follow them."""
        self._usage = usage
        unknown = self._unknown_ids()
        count = len(self._quotations)
        if self._view is not None:
            # Sorted or filtered: a new unknown id, or new counts sorted by, move rows.
            if unknown != self._unknown or (self._sort is not None and self._sort[0] == USES):
                self.beginResetModel()
                self._unknown = unknown
                self._make_view()
                self.endResetModel()
                return
        elif unknown != self._unknown:
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
        shown = self.rowCount()
        if shown:
            # The counts and their colours: the view repaints the rows it shows.
            self.dataChanged.emit(self.index(0, 0), self.index(shown - 1, _COLUMNS - 1))

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

    def _entry_of(self, quotation_id: str) -> int:
        entry = self._rows.get(quotation_id)
        if entry is not None:
            return entry
        if quotation_id in self._usage and quotation_id in self._unknown:
            return len(self._quotations) + self._unknown.index(quotation_id)
        return -1

    def row_of(self, quotation_id: str) -> int:
        """Return the row showing a quotation or unknown id, -1 when none does."""
        entry = self._entry_of(quotation_id)
        if entry < 0 or self._view is None:
            return entry
        return self._view_rows.get(entry, -1)

    def _entry(self, row: int) -> int:
        return row if self._view is None else self._view[row]

    def id_at(self, row: int) -> str | None:
        """Return the id shown in a row, None past the end."""
        if not 0 <= row < self.rowCount():
            return None
        entry = self._entry(row)
        if entry < len(self._quotations):
            return self._quotations[entry].id
        return self._unknown[entry - len(self._quotations)]

    # -- sorting and filtering: the view only ----------------------------------------------

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """Return the column and order the rows are sorted by, None for the bank's order."""
        return self._sort

    def set_sort(self, sort: tuple[int, Qt.SortOrder] | None) -> None:
        """Sort the rows by a column, or put them back in the bank's order (None)."""
        # A reset, not a layout change: the view's row heights belong to row numbers, and
        # each row is fitted to its words again as it comes into sight.
        self.beginResetModel()
        self._sort = sort
        self._make_view()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: sort the rows by a column (the bank's order stays as it is)."""
        self.set_sort((column, order))

    def set_filter(self, text: str) -> None:
        """Show only rows whose id, words, speaker, role or source hold every typed word."""
        words = tuple(match_form(text).split())
        if words == self._filter:
            return
        self.beginResetModel()
        self._filter = words
        self._make_view()
        self.endResetModel()

    def _make_view(self) -> None:
        """Work out which entries the rows show, and in which order."""
        if self._sort is None and not self._filter:
            self._view = None
            self._view_rows = {}
            return
        entries: list[int] | range = range(len(self._quotations) + len(self._unknown))
        if self._filter:
            haystacks = self._entry_haystacks()
            words = self._filter
            entries = [
                entry for entry in entries if all(word in haystacks[entry] for word in words)
            ]
        if self._sort is not None:
            column, order = self._sort
            # Python's sort is stable: rows that tie keep the bank's order, both ways.
            entries = sorted(
                entries,
                key=self._sort_key(column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._view = list(entries)
        self._view_rows = {entry: row for row, entry in enumerate(self._view)}

    def _entry_haystacks(self) -> list[str]:
        if self._haystacks_of is not self._quotations:
            self._haystacks = [
                match_form(
                    "\n".join((q.id, q.words, q.speaker, q.role, q.source_name, q.source_url))
                )
                for q in self._quotations
            ]
            self._haystacks_of = self._quotations
        return self._haystacks + [match_form(unknown) for unknown in self._unknown]

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        quotations, count = self._quotations, len(self._quotations)
        unknown, usage = self._unknown, self._usage

        def id_of(entry: int) -> str:
            return quotations[entry].id if entry < count else unknown[entry - count]

        if column == ID:
            return lambda entry: _natural(id_of(entry))
        if column == USES:
            return lambda entry: usage.get(id_of(entry), 0)
        if column == VERIFIED:
            return lambda entry: entry < count and quotations[entry].verified
        text: Callable[[Quotation], str] = {
            SPEAKER: lambda quotation: quotation.speaker,
            WORDS: lambda quotation: quotation.words,
            OCCASION: lambda quotation: quotation.occasion,
            DATE: lambda quotation: quotation.date,
        }[column]
        return lambda entry: text(quotations[entry]).casefold() if entry < count else ""

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the rows shown: every quotation, then every unknown id (none under an item)."""
        if parent.isValid():
            return 0
        if self._view is not None:
            return len(self._view)
        return len(self._quotations) + len(self._unknown)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the columns: id, speaker, words, occasion, date, verified, uses."""
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
        if not index.isValid() or row >= self.rowCount():
            return None
        entry = self._entry(row)
        count = len(self._quotations)
        if entry < count:
            quotation = self._quotations[entry]
            quotation_id = quotation.id
            uses = self._usage.get(quotation_id, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                if column == ID:
                    return quotation_id
                if column == SPEAKER:
                    return quotation.speaker
                if column == WORDS:
                    return quotation.words
                if column == OCCASION:
                    return quotation.occasion
                if column == DATE:
                    return quotation.date
                if column == VERIFIED:
                    return self._yes if quotation.verified else self._no
                return self._uses.format(uses) if uses else self._unused
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._unused_brush if not uses and column in (SPEAKER, USES) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return quotation.words if column == WORDS else quote_token(quotation_id)
            if role == DIRECTION_ROLE:
                return _cell_direction(quotation, column)
        else:
            quotation_id = self._unknown[entry - count]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == ID:
                    return quotation_id
                if column == SPEAKER:
                    return "?"
                if column == WORDS:
                    return self._not_in_bank.format(quotation_id)
                if column == USES:
                    return self._uses.format(self._usage.get(quotation_id, 0))
                return ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._unknown_brush if column in (SPEAKER, USES) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == WORDS:
                    return self._not_in_bank.format(quotation_id)
                return quote_token(quotation_id)
        return None


def _cell_direction(quotation: Quotation, column: int) -> str | None:
    """Return the direction of a quotation's cell: its text's (a paragraph's, else the
    quotation's language's); a date of digits follows the interface."""
    if column == DATE:
        return paragraph_direction(quotation.date)
    if column == SPEAKER:
        return own_direction(quotation.speaker, quotation.language)
    if column == OCCASION:
        return own_direction(quotation.occasion, quotation.language)
    if column == WORDS:
        return own_direction(quotation.words, quotation.language)
    return None


class _OwnDirection(QStyledItemDelegate):
    """Draws a cell of the writer's text in that text's direction, from where it starts
    (an English quotation reads left to right in an Arabic interface, and the other way)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        """Take the cell's direction from its text (the view gives the interface's)."""
        super().initStyleOption(option, index)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            option.direction = QT_DIRECTIONS[direction]


class QuotationsPane(CollapsiblePane):
    """The bank: one row per quotation; unused ones and unknown tokens are flagged.

    The pane's quotations are never changed in place (an edit puts a new copy in the
    bank), so a snapshot of the bank (``quotations``) shares them: 200,000 are copied once,
    when they arrive, not on every snapshot.
    """

    bank_changed = Signal()
    # The bank before and after an edit the user made (added, edited or deleted a
    # quotation): the form records it as a step of the article's undo history.
    bank_edited = Signal(object, object)
    insert_requested = Signal(str)
    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._quotations: list[Quotation] = []
        self._usage: dict[str, int] = {}
        self.model = QuotationsModel(self, *self._model_texts())
        self.filter_edit = QLineEdit(self.body)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.table = QTableView(self.body)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self._own_direction = _OwnDirection(self.table)
        for column in _OWN_TEXTS:
            self.table.setItemDelegateForColumn(column, self._own_direction)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Fixed: the pane fits the rows in sight to their words itself (_fit_rows).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(_ROW_LINES * self.table.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(_WIDTH_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        # Sorted by a click on a column's title (again: the other way; a third time: the
        # article's order), by the pane rather than Qt, which has no way back to it.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._on_header_clicked)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(260)
        self.table.doubleClicked.connect(self._on_edit)
        # Rows are fitted to their words once the view has settled (one pass for a burst).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        for signal in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            header.sectionResized,
            self.table.verticalScrollBar().valueChanged,
        ):
            signal.connect(self._schedule_fit)
        self._viewport_watch = _ResizeWatch(self.table.viewport(), self._schedule_fit)
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
        self.body_layout.addWidget(self.filter_edit)
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
        self.filter_edit.setPlaceholderText(self.tr("Filter by id, words, speaker, role, source"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the pane and the table's headers and cells again when the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_texts(*self._model_texts())

    def _model_texts(self) -> tuple[list[str], dict[str, str]]:
        # Translated once a language, here: a model is asked for thousands of cells.
        headers = [
            self.tr("Id"),
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
        self._edit([*self._quotations, _copied(quotation)], quotation.id)

    def replace_quotation(self, quotation: Quotation) -> None:
        """Put an edited quotation in place of the one with its id."""
        self._edit(
            [
                _copied(quotation) if known.id == quotation.id else known
                for known in self._quotations
            ],
            quotation.id,
        )

    def edit_bank(self, bank: list[Quotation]) -> None:
        """Put a whole edited bank in place (Replace all), as one edit; the selection kept."""
        self._edit([_copied(quotation) for quotation in bank], self.selected_id())

    def remove_quotation(self, quotation_id: str) -> None:
        """Take a quotation out of the bank; tokens using it then show as unknown."""
        self._edit([q for q in self._quotations if q.id != quotation_id], None)

    def _edit(self, bank: list[Quotation], selected: str | None) -> None:
        before = self._quotations
        self.restore_bank(bank, selected)
        self.bank_edited.emit(before, bank)

    def restore_bank(self, bank: list[Quotation], selected: str | None = None) -> None:
        """Show this bank (an edit, or one undone or redone), the quotation ``selected``
        selected; no new undo step."""
        self._quotations = bank
        self._changed()
        if selected is not None:
            self.select(selected)
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
        """Select the row of a quotation (shown again if the filter hid it)."""
        row = self.model.row_of(quotation_id)
        if row < 0 and self.model.quotation(quotation_id) is not None and self.filter_edit.text():
            self.filter_edit.clear()  # a quotation asked for by name is shown, not hidden
            row = self.model.row_of(quotation_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- the view: sorting, filtering, row heights ---------------------------------------

    def sort_by(self, column: int, order: Qt.SortOrder | None) -> None:
        """Sort the rows by a column, or show them in the article's order (order None)."""
        self._keeping_selection(
            lambda: self.model.set_sort(None if order is None else (column, order))
        )
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(order is not None)
        if order is not None:
            header.setSortIndicator(column, order)

    def set_filter(self, text: str) -> None:
        """Show only the rows holding every word of a text (as typed in the filter box)."""
        if self.filter_edit.text() != text:
            self.filter_edit.setText(text)  # filters, through _on_filter
        else:
            self._keeping_selection(lambda: self.model.set_filter(text))

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        selected = self.selected_id()
        change()
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select(selected)
        self._update_buttons()

    @Slot(int)
    def _on_header_clicked(self, column: int) -> None:
        # Qt's header flips its own indicator on a click: the pane's state decides.
        current = self.model.sort_order()
        if current is None or current[0] != column:
            self.sort_by(column, Qt.SortOrder.AscendingOrder)
        elif current[1] == Qt.SortOrder.AscendingOrder:
            self.sort_by(column, Qt.SortOrder.DescendingOrder)
        else:
            self.sort_by(column, None)

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self._keeping_selection(lambda: self.model.set_filter(text))

    def _schedule_fit(self, *_args: object) -> None:
        # Not QTimer.start itself: a signal's int would become the timer's interval.
        self._fit_timer.start()

    @Slot()
    def _fit_rows(self) -> None:
        """Fit the rows in sight to their wrapped words, none taller than most of the view.

        A row taller than the view showed only its empty middle (after an import the bank
        looked empty); a long quotation's words are elided instead, and its tooltip has
        them all.
        """
        table = self.table
        rows = self.model.rowCount()
        viewport = table.viewport().height()
        line = table.fontMetrics().lineSpacing()
        if not rows or viewport < line:
            return  # not laid out yet: fitted when the view gets its size
        # Two thirds of the view at most: the next row always shows below a long one.
        tallest = max(viewport * 2 // 3, line + _ROW_PADDING)
        row = max(table.rowAt(0), 0)
        # Where the first row in sight starts: above the view when partly scrolled past.
        shown = table.rowViewportPosition(row)
        while row < rows and shown < viewport:
            height = min(table.sizeHintForRow(row) + _ROW_PADDING, tallest)
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)
            shown += height
            row += 1

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

    def edit_in_dialog(
        self, quotation: Quotation, *, new: bool = False, hint: str = "", read_only: bool = False
    ) -> Quotation | None:
        """Show the quotation dialog; return the edited quotation, or None when cancelled.

        A new quotation (``new``) with no id yet gets one made from its speaker, shown in
        the dialog as it is typed; ``hint`` says what becomes of it besides the bank. A
        read-only dialog only shows the quotation (and returns None).
        """
        from editor.ui.form.quotation_dialog import QuotationDialog

        id_for = self.new_id if new and not quotation.id else None
        dialog = QuotationDialog(quotation, self, new=new, id_for=id_for, hint=hint)
        if read_only:
            dialog.show_only()
        accepted = dialog.exec() == QuotationDialog.DialogCode.Accepted
        # The window's keys work again at once: with no window manager to give it back
        # (Xvfb), Ctrl+S did nothing after the dialog until a click in the window.
        self.window().activateWindow()
        if not accepted or read_only:
            return None
        return dialog.quotation()

    def ask_quotation(self, quotation_id: str = "", hint: str = "") -> Quotation | None:
        """Ask for a new quotation in the quotation dialog; return it, not yet in the bank
        (None when cancelled).

        Its id is ``quotation_id`` (a token in the text that has no quotation yet), else one
        made from the speaker, the dialog showing which.
        """
        edited = self.edit_in_dialog(Quotation(id=quotation_id), new=True, hint=hint)
        if edited is None:
            return None
        if not quotation_id:
            edited.id = self.new_id(edited.speaker)  # as the dialog showed it
        return edited

    @Slot()
    def ask_new_quotation(self) -> None:
        """Ask for a new quotation in the quotation dialog and add it to the bank."""
        quotation = self.ask_quotation()
        if quotation is not None:
            self.add_quotation(quotation)

    @Slot()
    def _on_edit(self) -> None:
        selected = self.selected_id()
        if selected:
            self.edit_quotation(selected)

    def edit_quotation(self, quotation_id: str, *, read_only: bool = False) -> None:
        """Edit a quotation of the bank in the quotation dialog (read only: show it)."""
        quotation = self.lookup(quotation_id)
        if quotation is None:
            return
        # A copy: the bank's quotation is shared with snapshots and must not change.
        if read_only:
            self.edit_in_dialog(_copied(quotation), read_only=True)
            return
        edited = self.edit_in_dialog(_copied(quotation))
        if edited is not None and edited != quotation:  # OK with nothing changed: no step
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


class _ResizeWatch(QObject):
    """Calls back whenever a widget changes size (the table's viewport: rows re-wrap)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Call back on a resize; let every event by."""
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False
