"""Suggestions written into a text box's document as marks, and read back from them.

``SuggestionMarker`` gives text a suggestion's mark (its look: underlined, struck or dotted
in the author's colour, the author and time on hover) and takes it away; ``read_marks``
reads a suggestion's range and words from the marked pieces of a document
(editor.ui.form.suggestion_marks), in the box's stored text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor

from editor.model import Suggestion, SuggestionKind
from editor.text.suggestions import kind_of
from editor.ui.common.times import readable_time
from editor.ui.form.suggestion_marks import (
    BREAK_DELETED,
    BREAK_INSERTED,
    DELETED,
    FORMATTED,
    INSERTED,
    SUGGESTION_ID,
    SUGGESTION_KIND,
    Piece,
    is_marked,
    without_mark,
)
from editor.ui.form.text_box import TextBox
from editor.ui.review.author_colours import author_colour

# The Markdown of each emphasis a format suggestion can change.
MARKERS = {"strong": "**", "emphasis": "*"}


def formatted(old: str, format_change: str) -> str:
    """Return words with an emphasis change made ("+strong" wraps them in "**")."""
    marker = MARKERS.get(format_change[1:], "")
    if not marker:
        return old
    if format_change.startswith("+"):
        return f"{marker}{old}{marker}"
    width = len(marker)
    if len(old) >= 2 * width and old.startswith(marker) and old.endswith(marker):
        return old[width:-width]
    return old


class SuggestionMarker(QObject):
    """Writes suggestions' marks into text boxes' documents (in the caller's edit block)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Each mark's format as made (asked at each key typed in suggesting mode).
        self._looks: dict[tuple[int, str, str, str, str], QTextCharFormat] = {}

    def look(self, kind: int, suggestion: Suggestion) -> QTextCharFormat:
        """Return the format a mark gives: underlined, struck or dotted, in the author's
        colour, with the author and time on hover."""
        key = (kind, suggestion.id, suggestion.author, suggestion.created, suggestion.format)
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = self._new_look(kind, suggestion)
        return QTextCharFormat(look)

    def _new_look(self, kind: int, suggestion: Suggestion) -> QTextCharFormat:
        look = QTextCharFormat()
        look.setProperty(SUGGESTION_ID, suggestion.id)
        look.setProperty(SUGGESTION_KIND, kind)
        colour = author_colour(suggestion.author)
        look.setForeground(colour)
        when = readable_time(suggestion.created) if suggestion.created else ""
        who = suggestion.author or self.tr("unknown author")
        if kind == INSERTED:
            look.setFontUnderline(True)
            tip = self.tr("Inserted by {0}, {1}")
        elif kind == DELETED:
            look.setFontStrikeOut(True)
            tip = self.tr("Deleted by {0}, {1}")
        else:
            look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            look.setUnderlineColor(colour)
            tip = (
                self.tr("Emphasis added by {0}, {1}")
                if suggestion.format.startswith("+")
                else self.tr("Emphasis removed by {0}, {1}")
            )
        look.setToolTip(tip.format(who, when).rstrip(", "))
        return look

    def mark(self, box: TextBox, start: int, end: int, kind: int, suggestion: Suggestion) -> None:
        """Mark a document range as a suggestion's (in the caller's edit block)."""
        if end <= start:
            return
        document = box.document()
        self.set_formats(box, start, end, lambda text_format: without_mark(text_format))
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(self.look(kind, suggestion))
        prop = {INSERTED: BREAK_INSERTED, DELETED: BREAK_DELETED}.get(kind)
        if prop is None:
            return
        block = document.findBlock(start).next()
        while block.isValid() and block.position() <= end:
            block_format = QTextBlockFormat(block.blockFormat())
            block_format.setProperty(prop, suggestion.id)
            QTextCursor(block).setBlockFormat(block_format)
            block = block.next()

    def set_formats(
        self,
        box: TextBox,
        start: int,
        end: int,
        change: Callable[[QTextCharFormat], QTextCharFormat],
    ) -> None:
        """Give each fragment between two positions a changed copy of its own format (a
        chip keeps its object format)."""
        document = box.document()
        block = document.findBlock(start)
        spans: list[tuple[int, int, QTextCharFormat]] = []
        while block.isValid() and block.position() < end:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                low = max(start, fragment.position())
                high = min(end, fragment.position() + fragment.length())
                if low < high and is_marked(fragment.charFormat()):
                    spans.append((low, high, change(fragment.charFormat())))
            block = block.next()
        cursor = QTextCursor(document)
        for low, high, text_format in spans:
            cursor.setPosition(low)
            cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(text_format)

    def unmark(self, box: TextBox, piece: Piece) -> None:
        """Take a piece's mark away, its text staying (in the caller's edit block)."""
        document = box.document()
        self.set_formats(box, piece.start, piece.end, without_mark)
        block = document.findBlock(piece.start).next()
        while block.isValid() and block.position() <= piece.end:
            block_format = QTextBlockFormat(block.blockFormat())
            if block_format.hasProperty(BREAK_INSERTED) or block_format.hasProperty(BREAK_DELETED):
                block_format.clearProperty(BREAK_INSERTED)
                block_format.clearProperty(BREAK_DELETED)
                QTextCursor(block).setBlockFormat(block_format)
            block = block.next()

    def insert_marked(self, box: TextBox, at: int, text: str, suggestion: Suggestion) -> int:
        """Insert stored text at a position, marked as the suggestion's insertion; return
        where it ends."""
        cursor = QTextCursor(box.document())
        cursor.setPosition(at)
        box.insert_stored(cursor, text)
        end = cursor.position()
        self.mark(box, at, end, INSERTED, suggestion)
        return end


def read_marks(
    suggestion: Suggestion,
    own: list[Piece],
    span: list[Piece],
    box: TextBox,
    stored: StoredOffsets,
) -> bool:
    """Set a suggestion's range, words and kind from its marked pieces (``own``; ``span``
    every piece from its first to its last); False when it changes nothing any more.

    Read from the document's span alone, not the whole text at each key.
    """
    offset = stored.offset
    first, last = own[0].start, own[-1].end
    low, high = offset(first), offset(last)
    # What accepting makes of the span: its own deletions and others' insertions out.
    cuts: list[tuple[int, int]] = []
    kept_out: list[tuple[int, int]] = []
    for piece in span:
        if piece.end <= first or piece.start >= last:
            continue
        place = (piece.start, piece.end)
        if piece.kind == INSERTED:
            kept_out.append(place)
            if piece.id != suggestion.id:
                cuts.append(place)
        elif piece.kind == DELETED and piece.id == suggestion.id:
            cuts.append(place)
    old = cut_text(box, first, last, kept_out)
    suggestion.start, suggestion.end = stored(low), stored(high)
    if suggestion.kind is SuggestionKind.FORMAT or all(p.kind == FORMATTED for p in own):
        suggestion.kind = SuggestionKind.FORMAT
        if suggestion.format[1:] in MARKERS:
            suggestion.new = formatted(old, suggestion.format)
        elif old != suggestion.old:
            # An emphasis Markdown has no marker for (a DOCX's strike): its words as they
            # are now, the change kept in ``format``.
            suggestion.new = old
        suggestion.old = old
        return True
    suggestion.old = old
    suggestion.new = cut_text(box, first, last, cuts)
    suggestion.kind = kind_of(suggestion.old, suggestion.new)
    return suggestion.new != suggestion.old


class StoredOffsets:
    """Offsets in a box's stored text of offsets in its text with suggested insertions
    (``TextBox.document_text``); the insertions are measured when first asked."""

    def __init__(self, box: TextBox) -> None:
        self.box = box
        self.offset = box.document_offsets()
        self._unstored: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._cut_before: list[int] = [0]

    def __call__(self, at: int) -> int:
        if self._unstored is None:
            offset = self.offset
            self._unstored = [(offset(s), offset(e)) for s, e in self.box.marks.unstored()]
            self._starts = [start for start, _end in self._unstored]
            for start, end in self._unstored:
                self._cut_before.append(self._cut_before[-1] + end - start)
        # Less every insertion that starts before the offset, as far as it goes.
        index = bisect_left(self._starts, at)
        if not index:
            return at
        start, end = self._unstored[index - 1]
        return at - self._cut_before[index - 1] - (min(end, at) - start)


def cut_text(box: TextBox, low: int, high: int, spans: list[tuple[int, int]]) -> str:
    """Return the stored text of document positions low..high without the spans."""
    pieces = []
    at = low
    for start, end in sorted(spans):
        start, end = max(start, low), min(end, high)
        if start > at:
            pieces.append(box.document_slice(at, start))
        at = max(at, end)
    if at < high:
        pieces.append(box.document_slice(at, high))
    return "".join(pieces)
