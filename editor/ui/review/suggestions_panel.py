"""The Suggestions list: open suggestions by part, to accept, reject or jump to.

A pure widget: it shows an article's suggestions and says what the user asked for by its
signals (a suggestion's id, or an author); the window's suggestions controller does the
accepting and shows the list again. ``author_colour`` is the one colour of an author,
here and in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QHelpEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article, Suggestion, SuggestionKind
from editor.model.article import NEWSDESK_SOURCE
from editor.model.parts import has_part
from editor.text.direction import isolated
from editor.text.suggestions import conflicts, in_order
from editor.ui.common.part_names import part_name
from editor.ui.common.times import readable_time
from editor.ui.review.author_colours import author_colour, luminance

__all__ = ["SuggestionsPanel", "author_colour", "luminance", "shown_words"]

ID_ROLE = Qt.ItemDataRole.UserRole
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1  # the other authors, on a row in conflict
CHANGE_COLUMN, AUTHOR_COLUMN, TIME_COLUMN = 0, 1, 2
WORDS_SHOWN = 40  # characters of a suggestion's words in its row; the tooltip has them all
# Unicode isolates: quoted words keep their own direction inside the sentence around them
# (Arabic words in an English row read right to left, and the quotes stay in place).
_SPACES = re.compile(r"\s+")


def shown_words(words: str, limit: int = WORDS_SHOWN) -> str:
    """Return words for a row: on one line, elided past ``limit``, isolated in direction."""
    # Spaces kept, each run as one: an inserted space is part of what a suggestion does.
    flat = _SPACES.sub(" ", words)
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return isolated(flat)


def _plain(markdown: str) -> str:
    """Return the words of a format suggestion without the emphasis marks it changes."""
    return markdown.replace("**", "").replace("~~", "").replace("*", "")


class SuggestionsPanel(QWidget):
    """Open suggestions grouped by part in reading order: accept, reject, jump to."""

    accept_requested = Signal(str)  # suggestion id
    reject_requested = Signal(str)  # suggestion id
    accept_all_requested = Signal(str)  # author; "" = everyone
    reject_all_requested = Signal(str)  # author; "" = everyone
    jump_requested = Signal(str)  # suggestion id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions-panel")
        self._suggestions: dict[str, Suggestion] = {}
        self._authors: list[str] = []
        self._rows: list[QTreeWidgetItem] = []
        self._places: dict[str, int] = {}  # each listed suggestion's row number, by id
        self._fitted: dict[int, int] = {}  # the author's and time's columns' widths, fitted
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CHANGE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Widths set from the few distinct names and times, not by Qt measuring every row
        # (ResizeToContents took 30 ms a paint with 2,000 rows).
        header.setSectionResizeMode(AUTHOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TIME_COLUMN, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.tree, 1)
        self.empty_label = QLabel(self)
        layout.addWidget(self.empty_label)
        one = QHBoxLayout()
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        one.addWidget(self.accept_button)
        one.addWidget(self.reject_button)
        one.addStretch(1)
        layout.addLayout(one)
        every = QHBoxLayout()
        self.accept_all_button = QPushButton(self)
        self.reject_all_button = QPushButton(self)
        self.accept_by_button = QToolButton(self)
        self.reject_by_button = QToolButton(self)
        for button in (self.accept_by_button, self.reject_by_button):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setMenu(QMenu(button))
        # Accepting and rejecting in two rows: in one the list was 361 px at least, and at
        # 800 px the review dock left the article less than itself (seen on Xvfb).
        every.addWidget(self.accept_all_button)
        every.addWidget(self.accept_by_button)
        every.addStretch(1)
        layout.addLayout(every)
        every_rejected = QHBoxLayout()
        every_rejected.addWidget(self.reject_all_button)
        every_rejected.addWidget(self.reject_by_button)
        every_rejected.addStretch(1)
        layout.addLayout(every_rejected)
        self._conflict_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._author_icons: dict[str, QIcon] = {}
        self._author_brushes: dict[str, QBrush] = {}
        self._times: dict[str, str] = {}  # stored time -> as shown (until the language changes)
        self.accept_button.clicked.connect(self._on_accept)
        self.reject_button.clicked.connect(self._on_reject)
        self.accept_all_button.clicked.connect(lambda: self.accept_all_requested.emit(""))
        self.reject_all_button.clicked.connect(lambda: self.reject_all_requested.emit(""))
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.tree.currentItemChanged.connect(self._on_current)
        # Enter and Delete act on the selected row before the view takes them (Enter would
        # otherwise "activate" the row).
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Word the panel in the interface language (again when it changes)."""
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("By"), self.tr("When")])
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Accept the selected suggestion (Enter)"))
        self.reject_button.setText(self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr("Reject the selected suggestion (Delete)"))
        self.accept_all_button.setText(self.tr("Accept all"))
        self.reject_all_button.setText(self.tr("Reject all"))
        self.accept_by_button.setText(self.tr("Accept all by…"))
        self.reject_by_button.setText(self.tr("Reject all by…"))
        self.empty_label.setText(self.tr("No suggestions."))
        self._times = {}
        self._fill_author_menus()

    def changeEvent(self, event: QEvent) -> None:
        """Word the panel again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- what is shown ------------------------------------------------------------------

    def show_suggestions(self, article: Article) -> None:
        """List the article's open suggestions by part (keeping the place of the selection)."""
        keep = self.current_id()
        place = self._places.get(keep, -1)
        ordered = in_order(article)
        rivals: dict[str, list[str]] = {}
        for first, second in conflicts(article):
            rivals.setdefault(first.id, []).append(second.author)
            rivals.setdefault(second.id, []).append(first.author)
        labels = [section.label for section in article.sections]
        self._suggestions = {suggestion.id: suggestion for suggestion in ordered}
        self._rows = []
        self._places = {}
        groups: list[QTreeWidgetItem] = []
        group: QTreeWidgetItem | None = None
        group_part = None
        children: list[QTreeWidgetItem] = []
        wording = self._wording()
        for suggestion in ordered:
            if suggestion.part != group_part:
                if group is not None:
                    group.addChildren(children)
                group = self._group(suggestion.part, labels, article)
                group_part, children = suggestion.part, []
                groups.append(group)
            row = self._row(suggestion, rivals.get(suggestion.id, ()), wording)
            children.append(row)
            self._places[suggestion.id] = len(self._rows)
            self._rows.append(row)
        if group is not None:
            group.addChildren(children)
        for group in groups:
            group.setText(CHANGE_COLUMN, f"{group.text(CHANGE_COLUMN)} ({group.childCount()})")
        self.tree.setUpdatesEnabled(False)
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.addTopLevelItems(groups)
        for group in groups:
            # A part's name takes the whole row (only once the row is in the tree).
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.setUpdatesEnabled(True)
        authors = sorted({suggestion.author for suggestion in ordered}, key=str.casefold)
        if authors != self._authors:
            self._authors = authors
            self._fill_author_menus()
        self.empty_label.setVisible(not ordered)
        self._fit_columns(ordered)
        chosen = next((row for row in self._rows if row.data(0, ID_ROLE) == keep), None)
        if chosen is None and place >= 0 and self._rows:
            # The selected one was accepted or rejected: the next takes its place, so Enter
            # after Enter goes through the list.
            chosen = self._rows[min(place, len(self._rows) - 1)]
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_buttons()

    def count(self) -> int:
        """Return how many suggestions are listed."""
        return len(self._rows)

    def authors(self) -> list[str]:
        """Return the authors of the suggestions listed, sorted."""
        return list(self._authors)

    def rows(self) -> list[QTreeWidgetItem]:
        """Return the suggestion rows in the order listed (parts' headings left out)."""
        return list(self._rows)

    def current_id(self) -> str:
        """Return the id of the selected suggestion, "" when none is selected."""
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else ""

    def select(self, suggestion_id: str) -> bool:
        """Select a suggestion's row; False when it is not listed."""
        for row in self._rows:
            if row.data(0, ID_ROLE) == suggestion_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def describe(self, suggestion: Suggestion) -> str:
        """Return what a suggestion does, in the interface language ("Delete “…”")."""
        return self._describe(suggestion, self._wording())

    def _wording(self) -> dict[str, str]:
        # Translated once per fill, not once per row: 2,000 rows ask for the same few.
        return {
            SuggestionKind.INSERT: self.tr("Insert “{0}”"),
            SuggestionKind.DELETE: self.tr("Delete “{0}”"),
            SuggestionKind.REPLACE: self.tr("Replace “{0}” with “{1}”"),
            "+strong": self.tr("Bold “{0}”"),
            "-strong": self.tr("Remove bold from “{0}”"),
            "+emphasis": self.tr("Italicise “{0}”"),
            "-emphasis": self.tr("Remove italics from “{0}”"),
            "+strike": self.tr("Strike through “{0}”"),
            "-strike": self.tr("Remove strikethrough from “{0}”"),
            SuggestionKind.FORMAT: self.tr("Change the emphasis of “{0}”"),
        }

    def _describe(self, suggestion: Suggestion, wording: dict[str, str]) -> str:
        kind = suggestion.kind
        if kind == SuggestionKind.FORMAT:
            template = wording.get(suggestion.format, wording[SuggestionKind.FORMAT])
            return template.format(shown_words(_plain(suggestion.old or suggestion.new)))
        if kind == SuggestionKind.INSERT or (not suggestion.old and suggestion.new):
            return wording[SuggestionKind.INSERT].format(shown_words(suggestion.new))
        if kind == SuggestionKind.DELETE or not suggestion.new:
            return wording[SuggestionKind.DELETE].format(shown_words(suggestion.old))
        return wording[SuggestionKind.REPLACE].format(
            shown_words(suggestion.old), shown_words(suggestion.new)
        )

    def _group(self, part: str, labels: Sequence[str], article: Article) -> QTreeWidgetItem:
        # Named as each group is made: only the parts with suggestions are named.
        name = part_name(part, labels) if has_part(article, part) else part
        group = QTreeWidgetItem([name])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(CHANGE_COLUMN)
        font.setBold(True)
        group.setFont(CHANGE_COLUMN, font)
        return group

    def _row(
        self, suggestion: Suggestion, rivals: Sequence[str], wording: dict[str, str]
    ) -> QTreeWidgetItem:
        time = self._times.get(suggestion.created)
        if time is None:
            # Many suggestions share a time (one reviewer's DOCX): each is read once.
            time = readable_time(suggestion.created) if suggestion.created else ""
            self._times[suggestion.created] = time
        row = QTreeWidgetItem([self._describe(suggestion, wording), suggestion.author, time])
        row.setData(CHANGE_COLUMN, ID_ROLE, suggestion.id)
        row.setForeground(AUTHOR_COLUMN, self._author_brush(suggestion.author))
        row.setIcon(AUTHOR_COLUMN, self._author_icon(suggestion.author))
        if rivals:
            names = ", ".join(sorted(set(rivals), key=str.casefold))
            row.setData(CHANGE_COLUMN, CONFLICT_ROLE, names)
            row.setIcon(CHANGE_COLUMN, self._conflict_icon)
        return row

    def tooltip(self, row: QTreeWidgetItem) -> str:
        """Return what hovering a row shows: the whole words, who, when, from where."""
        suggestion = self._suggestions.get(str(row.data(CHANGE_COLUMN, ID_ROLE)))
        if suggestion is None:
            return ""
        # Made when asked, not for each of 2,000 rows at every fill.
        tip = []
        names = row.data(CHANGE_COLUMN, CONFLICT_ROLE)
        if names:
            conflict = self.tr("In conflict with a suggestion by {0}").format(names)
            tip.append(f"<p><b>{escape(conflict)}</b></p>")
        if suggestion.old:
            tip.append(f'<p dir="auto">{escape(suggestion.old)}</p>')
        if suggestion.new:
            tip.append(f'<p dir="auto"><b>→</b> {escape(suggestion.new)}</p>')
        tip.append(f"<p>{escape(suggestion.author)} · {escape(row.text(TIME_COLUMN))}</p>")
        if suggestion.source and suggestion.source != NEWSDESK_SOURCE:
            source = self.tr("From {0}").format(suggestion.source)
            tip.append(f"<p>{escape(source)}</p>")
        return "".join(tip)

    def _fit_columns(self, ordered: Sequence[Suggestion]) -> None:
        metrics = self.tree.fontMetrics()
        # Room for the colour swatch, the margins and the header's own words.
        pad = 3 * metrics.averageCharWidth() + 16
        for column, texts in (
            (AUTHOR_COLUMN, {suggestion.author for suggestion in ordered}),
            (TIME_COLUMN, set(self._times.values())),
        ):
            texts.add(self.tree.headerItem().text(column))
            # The longest few by characters: measuring 2,000 times took 5 ms.
            longest = sorted(texts, key=len)[-8:]
            widest = max(metrics.horizontalAdvance(text) for text in longest)
            self._fitted[column] = widest + pad
        self._share_columns()

    def _share_columns(self) -> None:
        """Give the author and the time their fitted widths, as long as the change keeps
        half the list: in a narrow panel (an 800-pixel window) they took all but an "…" of
        it (found in a trial). A row's tip says all three in full."""
        room = self.tree.viewport().width()
        for column, width in self._fitted.items():
            self.tree.header().resizeSection(column, min(width, max(room // 4, 40)))

    def _author_brush(self, author: str) -> QBrush:
        brush = self._author_brushes.get(author)
        if brush is None:
            brush = self._author_brushes[author] = QBrush(author_colour(author))
        return brush

    def _author_icon(self, author: str) -> QIcon:
        icon = self._author_icons.get(author)
        if icon is None:
            swatch = QPixmap(10, 10)
            swatch.fill(author_colour(author))
            icon = self._author_icons[author] = QIcon(swatch)
        return icon

    def _fill_author_menus(self) -> None:
        for button, signal, template in (
            (self.accept_by_button, self.accept_all_requested, self.tr("Accept all by {0}")),
            (self.reject_by_button, self.reject_all_requested, self.tr("Reject all by {0}")),
        ):
            menu = button.menu()
            menu.clear()
            for author in self._authors:
                action = menu.addAction(self._author_icon(author), template.format(author))
                action.setData(author)
                action.triggered.connect(lambda _checked=False, a=author, s=signal: s.emit(a))

    def _update_buttons(self) -> None:
        chosen = bool(self.current_id())
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        listed = bool(self._rows)
        for button in (
            self.accept_all_button,
            self.reject_all_button,
            self.accept_by_button,
            self.reject_by_button,
        ):
            button.setEnabled(listed)

    # -- the user's requests ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter accepts the selected suggestion, Delete rejects it; hovering a row tells more."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            row = self.tree.itemAt(event.pos())
            tip = self.tooltip(row) if row is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.tree.viewport())
            else:
                QToolTip.hideText()
            return True
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._share_columns()
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
                self._on_accept()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.current_id():
                self._on_reject()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_accept(self) -> None:
        chosen = self.current_id()
        if chosen:
            self.accept_requested.emit(chosen)

    @Slot()
    def _on_reject(self) -> None:
        chosen = self.current_id()
        if chosen:
            self.reject_requested.emit(chosen)

    @Slot(QTreeWidgetItem, int)
    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        chosen = item.data(0, ID_ROLE)
        if chosen:
            self.jump_requested.emit(str(chosen))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current(self, _current: object, _previous: object) -> None:
        self._update_buttons()
