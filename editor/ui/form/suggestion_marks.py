"""Suggestions as a text box's document holds them: marked characters, kept through edits.

While suggestions are shown, the document is the truth: a suggested insertion is really in
the document, its characters carrying ``SUGGESTION_ID`` and ``SUGGESTION_KIND`` (INSERTED);
words proposed for deletion stay, marked DELETED; words whose emphasis is to change are
marked FORMATTED. A paragraph break inserted or deleted is marked on the block after it
(``BREAK_INSERTED`` / ``BREAK_DELETED``), a block separator having no character format a
fragment shows. Marks are ordinary formats: the box's undo stack takes them back and
brings them again with the text.

``SuggestionMarks`` keeps the marked pieces of one document, moved and read again around
each edit (only the paragraphs the edit touched are read), so that the box can leave the
inserted text out of what it stores at every key without reading the whole document.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextDocument, QTextFormat

# Chips use UserProperty + 2 and + 3 (editor.ui.form.chips).
SUGGESTION_ID = QTextFormat.Property.UserProperty + 40
SUGGESTION_KIND = QTextFormat.Property.UserProperty + 41
BREAK_INSERTED = QTextFormat.Property.UserProperty + 42
BREAK_DELETED = QTextFormat.Property.UserProperty + 43

INSERTED = 1
DELETED = 2
FORMATTED = 3

# What a mark changes in a character's look, cleared with it.
_LOOKS = (
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.TextUnderlineColor,
    QTextFormat.Property.FontUnderline,
    QTextFormat.Property.FontStrikeOut,
    QTextFormat.Property.ForegroundBrush,
    QTextFormat.Property.TextToolTip,
    SUGGESTION_ID,
    SUGGESTION_KIND,
)


@dataclass(slots=True)
class Piece:
    """A run of the document ``start..end`` marked with one suggestion's id and kind."""

    start: int
    end: int
    kind: int
    id: str


def without_mark(text_format: QTextCharFormat) -> QTextCharFormat:
    """Return a copy of a character format with any suggestion mark and its look cleared."""
    clean = QTextCharFormat(text_format)
    for prop in _LOOKS:
        clean.clearProperty(prop)
    return clean


def is_marked(text_format: QTextFormat) -> bool:
    """Whether a character format carries a suggestion mark."""
    return text_format.hasProperty(SUGGESTION_ID)


class SuggestionMarks:
    """The marked pieces of one document, in order, kept through each edit."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self.pieces: list[Piece] = []
        # Off until suggestions are first shown in the document: a box nobody suggests in
        # pays one call a key and reads nothing.
        self.active = False
        self._starts: list[int] | None = None

    def activate(self) -> None:
        """Follow the document's marks from now on (read them all once)."""
        self.active = True
        self.rescan()

    def rescan(self) -> None:
        """Read every mark of the document again."""
        document = self._document
        self.pieces = self._scan(document.firstBlock(), document.lastBlock())
        self._starts = None

    def on_change(self, position: int, removed: int, added: int) -> None:
        """Move the pieces after an edit and read the paragraphs it touched again."""
        if not self.active:
            return
        if not self.pieces and not self._has_marks(position, added):
            return
        delta = added - removed
        end_old = position + removed
        kept: list[Piece] = []
        for piece in self.pieces:
            if piece.end <= position:
                kept.append(piece)
            elif piece.start >= end_old:
                kept.append(Piece(piece.start + delta, piece.end + delta, piece.kind, piece.id))
            else:
                if piece.start < position:
                    kept.append(Piece(piece.start, position, piece.kind, piece.id))
                if piece.end > end_old:
                    kept.append(Piece(end_old + delta, piece.end + delta, piece.kind, piece.id))
        document = self._document
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        if not first.isValid():
            first = document.firstBlock()
        if not last.isValid():
            last = document.lastBlock()
        # The region read again: the paragraphs touched, with the break before the first.
        low = max(0, first.position() - 1)
        high = last.position() + last.length() - 1
        outside = [piece for piece in kept if piece.end <= low or piece.start >= high]
        inside = [piece for piece in kept if not (piece.end <= low or piece.start >= high)]
        for piece in inside:
            # A piece reaching out of the region keeps its outer part.
            if piece.start < low:
                outside.append(Piece(piece.start, low, piece.kind, piece.id))
            if piece.end > high:
                outside.append(Piece(high, piece.end, piece.kind, piece.id))
        outside.extend(self._scan(first, last))
        self.pieces = _merged(outside)
        self._starts = None

    def _has_marks(self, position: int, added: int) -> bool:
        """Whether the text an edit added carries a mark (undo can bring marks back)."""
        document = self._document
        block = document.findBlock(position)
        end = position + added
        while block.isValid() and block.position() <= end:
            if _block_marks(block):
                return True
            block = block.next()
        return False

    def _scan(self, first: QTextBlock, last: QTextBlock) -> list[Piece]:
        found: list[Piece] = []
        block = first
        stop = last.blockNumber()
        while block.isValid() and block.blockNumber() <= stop:
            found.extend(_block_marks(block))
            block = block.next()
        return found

    def unstored(self) -> list[tuple[int, int]]:
        """Return the document ranges the box shows but does not store (insertions)."""
        ranges: list[tuple[int, int]] = []
        for piece in self.pieces:
            if piece.kind != INSERTED:
                continue
            if ranges and ranges[-1][1] == piece.start:
                ranges[-1] = (ranges[-1][0], piece.end)
            else:
                ranges.append((piece.start, piece.end))
        return ranges

    def piece_at(self, position: int) -> Piece | None:
        """Return the piece holding the character at a document position, None when none."""
        if self._starts is None:
            self._starts = [piece.start for piece in self.pieces]
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and self.pieces[index].end > position:
            return self.pieces[index]
        return None


def _block_marks(block: QTextBlock) -> list[Piece]:
    """Return the marked pieces of one paragraph, the break before it included."""
    found: list[Piece] = []
    block_format = block.blockFormat()
    if block.blockNumber() > 0:
        for prop, kind in ((BREAK_INSERTED, INSERTED), (BREAK_DELETED, DELETED)):
            if block_format.hasProperty(prop):
                at = block.position() - 1
                found.append(Piece(at, at + 1, kind, block_format.stringProperty(prop)))
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fragments += 1
        text_format = fragment.charFormat()
        if text_format.hasProperty(SUGGESTION_ID):
            start = fragment.position()
            found.append(
                Piece(
                    start,
                    start + fragment.length(),
                    text_format.intProperty(SUGGESTION_KIND),
                    text_format.stringProperty(SUGGESTION_ID),
                )
            )
    return found


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Return pieces in order, neighbours of one id and kind joined."""
    pieces.sort(key=lambda piece: (piece.start, piece.end))
    merged: list[Piece] = []
    for piece in pieces:
        if piece.end <= piece.start:
            continue
        if merged:
            last = merged[-1]
            if last.end == piece.start and last.kind == piece.kind and last.id == piece.id:
                merged[-1] = Piece(last.start, piece.end, last.kind, last.id)
                continue
        merged.append(piece)
    return merged
