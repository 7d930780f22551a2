"""View › Side by Side: a story's source and one edition, paragraph beside paragraph.

Each pair is one row of one grid in one scroll area: a row is as tall as the taller of its
two paragraphs, so the pairs line up by construction, and the two columns scroll together
because they are one page. Each column is set in its own language's direction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article, Quotation, SourceLink
from editor.text.editions import edition_view, source_paragraphs
from editor.text.languages import find_language, language_or_default
from editor.text.reader import bank_lookup, reader_text

STALE_STYLE = "background-color: #ffd6d6;"
UNTRANSLATED_STYLE = "color: palette(mid);"


@dataclass
class Row:
    """One aligned pair: the source paragraph(s) and the edition's translation."""

    source_text: str
    edition_text: str
    link: SourceLink | None
    stale: bool = False


def aligned_rows(source: Article, edition: Article, stale: set[str] | None = None) -> list[Row]:
    """Return the pairs of an edition in the source's order: each link's source paragraphs
    beside its paragraph, and each source paragraph no link names beside nothing.

    ``stale``: the edition paragraphs (ids or part keys) to flag as stale.
    """
    stale = stale or set()
    theirs = source_paragraphs(source)
    mine = source_paragraphs(edition)
    order = {key: place for place, key in enumerate(theirs)}
    far = len(order)
    rows: list[tuple[int, int, Row]] = []
    named: set[str] = set()
    for number, link in enumerate(edition.source_links):
        named.update(link.sources)
        places = [order.get(key, far) for key in link.sources] or [far]
        text = "\n\n".join(theirs.get(key, "") for key in link.sources)
        row = Row(text, mine.get(link.paragraph, ""), link, link.paragraph in stale)
        rows.append((min(places), number, row))
    for key, text in theirs.items():
        if key not in named and text.strip():
            rows.append((order[key], -1, Row(text, "", None)))
    rows.sort(key=lambda entry: (entry[0], entry[1]))
    return [row for _place, _number, row in rows if row.source_text.strip() or row.edition_text]


def _direction(code: str) -> Qt.LayoutDirection:
    language = find_language(code)
    if language is not None and language.is_rtl:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class SideBySideView(QWidget):
    """The source and an edition, aligned paragraph by paragraph, scrolled as one page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("side-by-side")
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The view is for reading: clicking into it and typing did nothing, and nothing
        # said where to write (found in a trial).
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.hint)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.area)
        self._page = QWidget(self.area)
        self._grid = QGridLayout(self._page)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self.area.setWidget(self._page)
        self.rows: list[Row] = []
        self.pairs: list[tuple[QLabel, QLabel]] = []
        self._languages = ("", "")
        self.retranslate()

    def retranslate(self) -> None:
        """Word the title and the hint in the interface language."""
        self.hint.setText(
            self.tr("For reading the two side by side: you write in the edition's window.")
        )
        first, second = (language_or_default(code).native_name for code in self._languages)
        if all(self._languages):
            self.setWindowTitle(self.tr("Side by side: {0} and {1}").format(first, second))
        else:
            self.setWindowTitle(self.tr("Side by side"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the title again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_pair(self, source: Article, edition: Article, stale: set[str] | None = None) -> None:
        """Show the source and the edition aligned (``stale``: paragraphs flagged stale)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._languages = (source.language, edition.language)
        self.retranslate()
        directions = (_direction(source.language), _direction(edition.language))
        for column, code in enumerate(self._languages):
            heading = QLabel(f"<b>{language_or_default(code).native_name}</b>", self._page)
            heading.setLayoutDirection(directions[column])
            self._grid.addWidget(heading, 0, column)
        self.rows = aligned_rows(source, edition, stale)
        self.pairs = []
        # The words as a reader has them (emphasis marks gone, a quotation's token as its
        # words), each column with its own bank: the edition's holds its translations.
        # The edition's bank as its exports read it: the source's, each quotation it has
        # translated in its translation (one not translated yet was left out of its
        # sentence, and a paragraph holding only it showed its raw token: a trial).
        banks = (bank_lookup(source), bank_lookup(edition_view(source, edition)))
        # A quotation inside a sentence in its language's marks, as the chip and every
        # export show it (the source read "said the vote was a clear answer…", seen on Xvfb).
        readings = tuple(_inline_marks(code) for code in self._languages)
        for number, row in enumerate(self.rows, start=1):
            cells = []
            for column, stored in enumerate((row.source_text, row.edition_text)):
                text = reader_text(stored, banks[column], readings[column]) or stored
                cell = QLabel(self._page)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setFrameShape(QFrame.Shape.StyledPanel)
                cell.setMargin(6)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                # Each script in its own direction: a right-to-left language is set from
                # the right, its line breaks and punctuation by the bidi algorithm.
                cell.setLayoutDirection(directions[column])
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 1 and not text.strip():
                    cell.setText(self.tr("(to translate)"))
                    cell.setStyleSheet(UNTRANSLATED_STYLE)
                else:
                    cell.setText(text)
                if column == 1 and row.stale:
                    cell.setStyleSheet(STALE_STYLE)
                    cell.setToolTip(
                        self.tr("The source paragraph changed since this was confirmed.")
                    )
                self._grid.addWidget(cell, number, column)
                cells.append(cell)
            self.pairs.append((cells[0], cells[1]))
        self._grid.setRowStretch(len(self.rows) + 1, 1)

    def scroll_to_row(self, number: int) -> None:
        """Scroll so that a pair (both its paragraphs) is in sight."""
        if 0 <= number < len(self.pairs):
            self.area.ensureWidgetVisible(self.pairs[number][0], 0, 0)


def _inline_marks(code: str) -> Callable[[Quotation, bool], str]:
    """Read a placed quotation as its words, in the language's marks inside a sentence."""
    marks = language_or_default(code).primary_quotes

    def read(quotation: Quotation, alone: bool) -> str:
        return quotation.words if alone else marks.wrap(quotation.words)

    return read
