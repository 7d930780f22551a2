"""The library pane's list of hits: a table model fetched a page at a time, and a delegate
that paints each hit's headline and snippet with the matching words highlighted."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from editor.storage.errors import StorageError
from editor.storage.library import Hit
from editor.text.direction import RTL, text_direction
from editor.text.languages import native_name
from editor.ui.common.status_names import status_label
from editor.ui.common.times import readable_time

# What Qt passes as a model index to the overridden methods.
_Index = QModelIndex | QPersistentModelIndex

PAGE = 40  # hits fetched at a time; more are fetched as the list is scrolled
MARK_BATCH = 16  # rows given their snippets at a time
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultsModel(QAbstractTableModel):
    """The hits of the current search, one row each; fetched a page at a time."""

    COLUMN_COUNT = 5  # article, status, language, author, date: see _headers()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self._fetch: Callable[[int], list[Hit]] | None = None
        self._mark: Callable[[list[Hit]], list[Hit]] | None = None
        self._more = False
        self._armed = False

    def show(
        self,
        hits: list[Hit],
        fetch: Callable[[int], list[Hit]] | None = None,
        mark: Callable[[list[Hit]], list[Hit]] | None = None,
    ) -> None:
        """Replace the rows; fetch(offset) returns the next page when the view scrolls.

        Hits may come without snippets: mark(hits) adds them, only for the rows a view
        asks for (those on screen), because a snippet costs more than finding the hit.
        """
        self.beginResetModel()
        self.hits = list(hits)
        self._fetch = fetch
        self._mark = mark
        self._more = fetch is not None and len(hits) >= PAGE
        # A view asks for more rows as soon as it is reset (its scroll bar is at its end
        # before the rows are laid out); the next page waits until the user scrolls.
        self._armed = False
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        """Whether more hits than those loaded match."""
        return self._more

    def arm(self) -> None:
        """Let the view fetch the next page (call once the rows have been laid out)."""
        self._armed = True

    def hit(self, row: int) -> Hit:
        """Return the hit in a row, with its snippet."""
        hit = self.hits[row]
        if hit.snippet_parts is None and self._mark is not None:
            # Mark this row and the next few: a view paints a screenful at a time.
            end = min(len(self.hits), row + MARK_BATCH)
            try:
                self.hits[row:end] = self._mark(self.hits[row:end])
            except StorageError:
                # Shown without a snippet: painting must never fail. The pane reports
                # the index's trouble on the next search.
                self._mark = None
            hit = self.hits[row]
        return hit

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and self._armed

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._fetch is None:
            return
        page = self._fetch(len(self.hits))
        self._more = len(page) >= PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(page) - 1)
            self.hits.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def retranslate(self) -> None:
        """Word the headers and the cells again (the interface language changed)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _headers(self) -> tuple[str, ...]:
        # Written out for lupdate, one per column.
        return (
            self.tr("Article"),
            self.tr("Status"),
            self.tr("Language"),
            self.tr("Author"),
            self.tr("Date"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, HIT_ROLE):
            return None
        hit = self.hit(index.row())
        if role == HIT_ROLE:
            return hit
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{hit.headline}\n{hit.snippet}"
            if column == 1:
                return status_label(hit.status)
            if column == 2:
                return language_name(hit.language)
            return hit.author if column == 3 else readable_time(hit.date)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(hit.path) if column == 0 else None
        return None


@cache
def language_name(code: str) -> str:
    """A language by its own name, once per code (a results column asks for each row)."""
    return native_name(code)


class HitDelegate(QStyledItemDelegate):
    """Paints a hit: the headline, then the snippet, matching words highlighted, bidi-aware."""

    SNIPPET_LINES = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if index.column() != 0:
            return super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(320, line * (1 + self.SNIPPET_LINES) + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.column() != 0:
            super().paint(painter, option, index)
            return
        hit: Hit = index.data(HIT_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        # Qt leaves the widget out of some options (its stubs say it is always there).
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(group))
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        used = _draw(painter, hit.headline_parts, bold, rect, 1, selected, option.palette)
        rect.setTop(rect.top() + used)
        _draw(
            painter,
            hit.snippet_parts or (),
            option.font,
            rect,
            self.SNIPPET_LINES,
            selected,
            option.palette,
        )
        painter.restore()


def _draw(
    painter: QPainter,
    parts: tuple[tuple[str, bool], ...],
    font: QFont,
    rect: QRectF,
    max_lines: int,
    selected: bool,
    palette: QPalette,
) -> float:
    """Draw text with its matches marked, wrapped to at most max_lines; return the height."""
    text = "".join(part for part, _ in parts)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # Each snippet follows its own text's direction: an Arabic snippet reads from the right
    # even in an English interface.
    rtl = text_direction(text) == RTL
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    layout.setTextOption(option)
    formats = []
    start = 0
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    if not selected:
        mark.setBackground(palette.color(QPalette.ColorRole.Highlight).lighter(160))
    mark.setFontUnderline(selected)
    for part, match in parts:
        if match:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, len(part), mark
            formats.append(span)
        start += len(part)
    layout.setFormats(formats)
    layout.beginLayout()
    height = 0.0
    for _ in range(max_lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    painter.save()
    painter.setClipRect(rect)
    layout.draw(painter, rect.topLeft())
    painter.restore()
    return height
