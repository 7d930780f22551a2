"""The Editions dock: each edition's paragraphs up to date, stale and untranslated, and,
in a window on an edition, its stale paragraphs with the source's change since confirmed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.text.compare import diff_to_html
from editor.text.editions import EditionState, StaleLink, same_language
from editor.text.languages import language_or_default


def diff_html(stale: StaleLink) -> str:
    """Return the source's word-level change since the translation was confirmed, as rich
    text Qt shows: deleted words struck through, inserted words underlined."""
    pieces = []
    for _source_id, diff in stale.diffs:
        html = diff_to_html(diff)
        # Qt's rich text has no <del>/<ins> look of its own.
        html = html.replace("<del>", '<s style="color:#a40000">').replace("</del>", "</s>")
        html = html.replace("<ins>", '<u style="color:#006400">').replace("</ins>", "</u>")
        pieces.append(html)
    return "<p>" + "</p><p>".join(pieces) + "</p>"


class EditionsDock(QDockWidget):
    """Lists the story's editions with their counts; a double-click opens one."""

    switch_requested = Signal(str)  # a language ("" for the source)
    confirm_requested = Signal(object)  # a StaleLink
    confirm_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editions-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.table = QTableWidget(0, 4, body)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        layout.addWidget(self.table)
        # A paragraph translated but not confirmed counts as untranslated: a trial found
        # the counts still at "0 up to date" after translating, and nothing saying why.
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.stale_label = QLabel(body)
        layout.addWidget(self.stale_label)
        self.stale_list = QListWidget(body)
        self.stale_list.currentRowChanged.connect(self._on_stale_chosen)
        layout.addWidget(self.stale_list)
        self.diff_view = QTextBrowser(body)
        layout.addWidget(self.diff_view)
        row = QHBoxLayout()
        self.confirm_button = QPushButton(body)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.confirm_all_button = QPushButton(body)
        self.confirm_all_button.clicked.connect(self.confirm_all_requested)
        row.addWidget(self.confirm_button)
        row.addWidget(self.confirm_all_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setWidget(body)
        self._languages: list[str] = []
        self._source_language = ""
        self._current = ""
        self._stale: list[StaleLink] = []
        self._in_edition = False
        self.retranslate()

    def retranslate(self) -> None:
        """Word the dock in the interface language."""
        self.setWindowTitle(self.tr("Editions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Edition"), self.tr("Up to date"), self.tr("Stale"), self.tr("Untranslated")]
        )
        self._word_hint()
        self.stale_label.setText(self.tr("Stale paragraphs (the source changed since):"))
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setToolTip(
            self.tr("The translation matches the source as it is now: clear the mark")
        )
        self.confirm_all_button.setText(self.tr("Confirm &All"))
        self.confirm_all_button.setToolTip(
            self.tr("Mark every translated paragraph of this edition as up to date")
        )
        if self._languages:
            # The source's row too ("English (source)" stayed so in Russian, seen on Xvfb).
            self._word_source_row()

    def _word_hint(self) -> None:
        # Confirm All is an edition window's: the source's window says where to go.
        if self._in_edition:
            self.hint.setText(
                self.tr(
                    "A translated paragraph counts as up to date once confirmed: Confirm All,"
                    " or Confirm Translation in the paragraph's menu."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "A translated paragraph counts as up to date once confirmed, in its"
                    " edition's window."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        """Word the dock again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_states(
        self,
        source_language: str,
        states: list[EditionState],
        current: str,
        stale: list[StaleLink] | None,
        names: dict[str, str],
    ) -> None:
        """Show the source and each edition's counts (``current``: the one in the window),
        and, in a window on an edition, its stale paragraphs (``names``: each stale
        paragraph's place as the user knows it, by paragraph id)."""
        self._languages = ["", *(state.language for state in states)]
        self._source_language, self._current = source_language, current
        self.table.setRowCount(len(self._languages))
        self._word_source_row()
        for row, state in enumerate(states, start=1):
            up_to_date, stale_count, untranslated = state.counts
            counts = (str(up_to_date), str(stale_count), str(untranslated))
            name = f"{language_or_default(state.language).native_name} ({state.language})"
            self._set_row(
                row, name, counts, bool(current) and same_language(current, state.language)
            )
        self._in_edition = stale is not None
        self._stale = list(stale or [])
        for widget in (self.stale_label, self.stale_list, self.diff_view):
            widget.setVisible(self._in_edition)
        self.confirm_button.setVisible(self._in_edition)
        self.confirm_all_button.setVisible(self._in_edition)
        self._word_hint()
        chosen = self.stale_list.currentRow()
        self.stale_list.blockSignals(True)
        self.stale_list.clear()
        for each in self._stale:
            QListWidgetItem(names.get(each.link.paragraph, each.link.paragraph), self.stale_list)
        self.stale_list.blockSignals(False)
        if self._stale:
            self.stale_list.setCurrentRow(min(max(chosen, 0), len(self._stale) - 1))
        self._on_stale_chosen(self.stale_list.currentRow())

    def _word_source_row(self) -> None:
        source_name = language_or_default(self._source_language).native_name
        self._set_row(
            0, self.tr("{0} (source)").format(source_name), ("", "", ""), not self._current
        )

    def _set_row(self, row: int, name: str, counts: tuple[str, str, str], current: bool) -> None:
        for column, text in enumerate((name, *counts)):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def counts(self, language: str) -> tuple[int, int, int] | None:
        """Return the counts shown for an edition (up to date, stale, untranslated)."""
        for row, code in enumerate(self._languages):
            if code and same_language(code, language):
                cells = [self.table.item(row, column) for column in (1, 2, 3)]
                return tuple(int(cell.text()) for cell in cells if cell is not None)  # type: ignore[return-value]
        return None

    @Slot(int, int)
    def _on_double_click(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._languages):
            self.switch_requested.emit(self._languages[row])

    @Slot(int)
    def _on_stale_chosen(self, row: int) -> None:
        if 0 <= row < len(self._stale):
            self.diff_view.setHtml(diff_html(self._stale[row]))
            self.confirm_button.setEnabled(True)
        else:
            self.diff_view.clear()
            self.confirm_button.setEnabled(False)

    @Slot()
    def _on_confirm(self) -> None:
        row = self.stale_list.currentRow()
        if 0 <= row < len(self._stale):
            self.confirm_requested.emit(self._stale[row])
