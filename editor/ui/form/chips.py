"""Quotations shown as quotations in a body: a ``[[quote:ID]]`` token is one chip.

The stored body keeps the token; the body's document holds one object character
(U+FFFC) in its place, whose character format names the quotation (``chip_format``). Qt
draws the character through ``ChipPainter``: inside a sentence as the words between the
language's quotation marks, in a rounded box; alone in its paragraph as the indented block
quotation with its attribution, as the exports set it. Being one character, a chip is
crossed by one key press and removed by one Backspace. A token whose id is not in the
bank is a red chip that shows the id.

A quotation's words and its attribution are laid out in their own direction (their first
strong letter's, else their language's), from where that direction starts, whatever the
interface's: an English quotation in the Arabic interface reads from the left, its full
stop at the right. An attribution in Arabic script is upright (it has no italics). An
inline quotation too long for its share of the line shows its first whole words, then
"…"; the text written against a chip (its full stop) stays on the chip's line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from editor.model import Quotation, quote_token
from editor.model.tokens import QuotationLookup
from editor.text.attribution import attribution_text as attribution_line
from editor.text.direction import paragraph_direction
from editor.text.languages import find_language
from editor.text.scripts import ARABIC, has_script_blocks, script_counts
from editor.ui.form.text_box import QT_DIRECTIONS

CHIP = QTextFormat.ObjectTypes.UserObject + 1
CHIP_ID = QTextFormat.Property.UserProperty + 2
# A character a body holds that the document cannot hold as itself (a carriage return,
# a line or paragraph separator typed into the file by another program): kept as an object
# that shows a small mark, and saved as the character it was.
LITERAL = QTextFormat.Property.UserProperty + 3
LITERALS = "\r\u2028\u2029"
OBJECT = "\ufffc"
# An inline chip is at most this share of the line: a long quotation is cut short with
# "…" (its tooltip and the preview show it whole).
_INLINE_SHARE = 0.6
_PADDING = 3.0
# A block quotation's indent, in widths of "M", as the exports indent it.
_BLOCK_INDENT = 2.0
_MISSING = QColor(200, 30, 30)
# Longer than this (with its paragraph end), a paragraph is not a chip alone.
_LONE_LENGTH = 64
# A shortened quotation shows its first whole words, then this, inside its marks.
_ELLIPSIS = "…"
# What the last word shown drops before the ellipsis: "we will keep,…" reads "we will keep…".
_BEFORE_ELLIPSIS = " ,;:.\u060c\u061b"  # with the Arabic comma and semicolon
# Text written against an inline chip after it (a full stop, a comma, a bracket) is read
# up to this many characters, to keep it on the chip's line.
_TAIL = 16


def chip_format(quotation_id: str) -> QTextCharFormat:
    """Return the character format of a chip for a quotation id."""
    chip = QTextCharFormat()
    chip.setObjectType(CHIP)
    chip.setProperty(CHIP_ID, quotation_id)
    chip.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    return chip


def chip_id(text_format: QTextFormat) -> str | None:
    """Return the quotation id of a chip's format, None for any other format."""
    if text_format.objectType() != CHIP:
        return None
    value = text_format.property(CHIP_ID)
    return value if isinstance(value, str) else None


def literal_format(char: str) -> QTextCharFormat:
    """Return the character format of an object that stands for a literal character."""
    literal = QTextCharFormat()
    literal.setObjectType(CHIP)
    literal.setProperty(LITERAL, char)
    return literal


def object_text(text_format: QTextFormat) -> str | None:
    """Return what an object stands for in the stored text: a chip's token or a literal
    character; None for any other format."""
    if text_format.objectType() != CHIP:
        return None
    value = text_format.property(LITERAL)
    if isinstance(value, str):
        return value
    quotation_id = chip_id(text_format)
    return None if quotation_id is None else quote_token(quotation_id)


def attribution_text(quotation: Quotation) -> str:
    """Return who said a quotation as a block quotation's last line, as the exports set it."""
    return attribution_line(quotation.attribution, quotation.speaker, quotation.role)


def own_direction(text: str, language: str = "") -> str | None:
    """Return the direction a quotation's text runs in: a paragraph's (the one rule,
    editor.text.direction, as the exports lay it out), else that of the quotation's
    language (a text of digits and signs); None when neither tells, and the paragraph's
    direction is kept."""
    found = paragraph_direction(text)
    if found is None and language:
        data = find_language(language)
        found = data.direction if data is not None else None
    return found


def _slanted(text: str) -> bool:
    """Return whether a text may be set in italics: not with Arabic-script letters (Arabic
    and Urdu have no italics, and a slanted face shears their letters)."""
    return not has_script_blocks(text, ARABIC) or ARABIC not in script_counts(text)


def _shorten(metrics: QFontMetricsF, opening: str, words: str, closing: str, room: float) -> str:
    """Return quoted words between their marks in ``room``: whole, else cut at the end of a
    word with "…" after the words kept (their logical end, in either direction)."""
    whole = f"{opening}{words}{closing}"
    if metrics.horizontalAdvance(whole) <= room:
        return whole
    parts = words.split(" ")

    def cut(count: int) -> str:
        return f"{opening}{' '.join(parts[:count]).rstrip(_BEFORE_ELLIPSIS)}{_ELLIPSIS}{closing}"

    # The most words that fit, fewer than all: found by halving (a long quotation's words
    # are not each measured).
    low, high = 0, len(parts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(cut(middle)) <= room:
            low = middle
        else:
            high = middle - 1
    if low:
        return cut(low)
    # Not even the first word: it is cut at its end, letter by letter.
    marks = metrics.horizontalAdvance(opening + closing)
    first = metrics.elidedText(parts[0], Qt.TextElideMode.ElideRight, max(0.0, room - marks))
    return f"{opening}{first}{closing}"


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def _text_option(
    direction: Qt.LayoutDirection, alignment: Qt.AlignmentFlag, wrap: bool
) -> QTextOption:
    """Return how a chip lays out a text: in ``direction`` (its own, not the painter's,
    which is the interface's), ``alignment`` read in it (AlignLeft: where the text starts)."""
    option = QTextOption(alignment)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    return option


class _Look(NamedTuple):
    """How a quotation's texts are set: their directions (None: the paragraph's), and
    whether the attribution is in italics."""

    words: str | None
    attribution: str | None
    slanted: bool


class _Block(NamedTuple):
    """A block quotation's parts as measured: its indent, the boxes of its words and of its
    attribution, and their texts."""

    indent: float
    words_rect: QRectF
    attribution_rect: QRectF
    words: str
    attribution: str


class ChipPainter(QPyTextObject):
    """Sizes and draws the chips of one body's document.

    A quotation's words and its attribution are laid out in their own direction (not the
    interface's, which is the painter's), from the start of that direction.
    """

    def __init__(
        self,
        document: QTextDocument,
        lookup: QuotationLookup,
        marks: Callable[[], tuple[str, str]],
        palette: Callable[[], QPalette],
    ) -> None:
        super().__init__(document)
        self._document = document
        self._lookup = lookup
        self._marks = marks
        self._palette = palette
        # Sizes asked for again at every layout of a paragraph: kept by what they depend on.
        self._sizes: dict[tuple[str, bool, float, str, float], QSizeF] = {}
        # The box's font, as a key of the sizes (read again when forget_sizes is told).
        self._font_key: str | None = None
        # An inline chip's words as shown, by quotation and the room they have.
        self._words: dict[tuple[str, float], str] = {}
        # Each quotation's directions and slant, and its block quotation as measured: drawn
        # on every frame, read once.
        self._looks: dict[str, _Look] = {}
        self._blocks: dict[tuple[str, float, str], _Block] = {}
        # Inline chips given less room than their share of the line, by position, so that
        # the text written against them (a full stop) stays on their line: the line's room
        # when they were, and the room of their words.
        self._tight: dict[int, tuple[float, float]] = {}
        # Those to narrow when their paragraphs are laid out again.
        self._narrower: dict[int, tuple[float, float]] = {}
        self._tracking = False
        # Paragraphs (by a position in them) to lay out again, for a chip just narrowed.
        self._again: set[int] = set()
        document.documentLayout().registerHandler(CHIP, self)

    def forget_sizes(self) -> None:
        """Forget the sizes measured (the bank, the language or the font changed)."""
        self._sizes.clear()
        self._words.clear()
        self._looks.clear()
        self._blocks.clear()
        self._tight.clear()
        self._narrower.clear()
        self._font_key = None

    # -- what a chip says ---------------------------------------------------------------

    def inline_text(self, quotation_id: str) -> str:
        """Return the words of an inline chip between the language's quotation marks."""
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return QCoreApplication.translate("Chips", "Missing quotation “{0}”").format(
                quotation_id
            )
        opening, closing = self._marks()
        return f"{opening}{' '.join(quotation.words.split())}{closing}"

    def plain_text(self, quotation_id: str) -> str:
        """Return what a chip copied to another program reads: the quoted words."""
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return quote_token(quotation_id)
        return self.inline_text(quotation_id)

    def _look(self, quotation_id: str) -> _Look:
        look = self._looks.get(quotation_id)
        if look is None:
            quotation = self._lookup(quotation_id)
            if quotation is None:
                look = _Look(None, None, True)
            else:
                words = own_direction(quotation.words, quotation.language)
                attribution = attribution_text(quotation)
                look = _Look(
                    words,
                    own_direction(attribution, quotation.language) or words,
                    _slanted(attribution),
                )
            self._looks[quotation_id] = look
        return look

    # -- QTextObjectInterface -------------------------------------------------------------

    def _font(self, document: QTextDocument) -> QFont:
        return document.defaultFont()

    def _font_id(self, document: QTextDocument) -> str:
        if self._font_key is None:
            self._font_key = self._font(document).key()
        return self._font_key

    def _lone(self, document: QTextDocument, position: int) -> bool:
        block = document.findBlock(position)
        # A long paragraph is not a chip alone: its text is not copied to say so.
        return block.length() <= _LONE_LENGTH and block.text().strip() == OBJECT

    def _room(self, document: QTextDocument) -> float:
        width = document.textWidth()
        if width <= 0:
            width = document.idealWidth() or 400.0
        return max(60.0, width - 2 * document.documentMargin() - 2)

    def _cap(self, document: QTextDocument, position: int) -> float:
        """Return the room of an inline chip's words: its share of the line, or less when
        the text after it needs the rest (``_keep_tail``)."""
        room = self._room(document)
        cap = room * _INLINE_SHARE
        tight = self._tight.get(position) if self._tight else None
        if tight is not None and tight[0] == room:
            cap = min(cap, tight[1])
        return cap

    def _block_texts(self, quotation_id: str) -> tuple[str, str]:
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return self.inline_text(quotation_id), ""
        return quotation.words.strip(), attribution_text(quotation)

    def _attribution_font(self, document: QTextDocument, quotation_id: str) -> QFont:
        font = self._font(document)
        return _italic(font) if self._look(quotation_id).slanted else font

    def _block(self, document: QTextDocument, quotation_id: str) -> _Block:
        room = self._room(document)
        key = (quotation_id, room, self._font_id(document))
        measured = self._blocks.get(key)
        if measured is not None:
            return measured
        metrics = QFontMetricsF(self._font(document))
        indent = metrics.horizontalAdvance("M") * _BLOCK_INDENT
        width = max(40.0, room - 2 * indent)
        words, attribution = self._block_texts(quotation_id)
        flags = int(Qt.TextFlag.TextWordWrap)
        # A fallback font (Arabic, Urdu) may stand taller than the box's font says: a
        # descent's room under each text keeps its last line whole.
        slack = metrics.descent()
        words_rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, words)
        words_rect.setHeight(words_rect.height() + slack)
        attribution_rect = QRectF()
        if attribution:
            by = QFontMetricsF(self._attribution_font(document, quotation_id))
            attribution_rect = by.boundingRect(QRectF(0, 0, width, 1e6), flags, attribution)
            attribution_rect.setHeight(attribution_rect.height() + slack)
        measured = _Block(indent, words_rect, attribution_rect, words, attribution)
        self._blocks[key] = measured
        return measured

    def intrinsicSize(self, document: QTextDocument, position: int, text_format) -> QSizeF:
        """Return a chip's size: one line of words inline, the whole quotation alone."""
        if isinstance(text_format.property(LITERAL), str):
            metrics = QFontMetricsF(self._font(document))
            return QSizeF(metrics.horizontalAdvance("↵") + 2, metrics.height())
        quotation_id = chip_id(text_format) or ""
        lone = self._lone(document, position)
        cap = 0.0 if lone else self._cap(document, position)
        key = (quotation_id, lone, self._room(document), self._font_id(document), cap)
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = self._measure(document, quotation_id, lone, cap)
        return QSizeF(size)

    def _measure(
        self, document: QTextDocument, quotation_id: str, lone: bool, cap: float
    ) -> QSizeF:
        if lone:
            block = self._block(document, quotation_id)
            height = block.words_rect.height() + block.attribution_rect.height() + 2 * _PADDING
            return QSizeF(self._room(document) - 1, height)
        # As wide as the words shown: all of them, or as many whole words as the chip's
        # share of the line holds (a wider box would push the text after it off the line).
        metrics = QFontMetricsF(self._font(document))
        width = metrics.horizontalAdvance(self._shown(document, quotation_id, cap))
        return QSizeF(math.ceil(width) + 2 * _PADDING, metrics.height() + 2)

    def _shown(self, document: QTextDocument, quotation_id: str, cap: float) -> str:
        """Return an inline chip's words as shown in ``cap``: whole, or cut at a word's end."""
        key = (quotation_id, cap)
        text = self._words.get(key)
        if text is None:
            metrics = QFontMetricsF(self._font(document))
            quotation = self._lookup(quotation_id)
            if quotation is None:
                missing = self.inline_text(quotation_id)
                text = metrics.elidedText(missing, Qt.TextElideMode.ElideRight, cap)
            else:
                opening, closing = self._marks()
                words = " ".join(quotation.words.split())
                text = _shorten(metrics, opening, words, closing, cap)
            self._words[key] = text
        return text

    def _direction(
        self, direction: str | None, document: QTextDocument, position: int
    ) -> Qt.LayoutDirection:
        if direction is not None:
            return QT_DIRECTIONS[direction]
        # A text that does not tell (digits, signs) runs in its paragraph's direction.
        return document.findBlock(position).textDirection()

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        text_format,
    ) -> None:
        """Draw a chip in its rectangle."""
        rect = QRectF(rect)
        palette = self._palette()
        if isinstance(text_format.property(LITERAL), str):
            painter.save()
            painter.setFont(self._font(document))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "↵")
            painter.restore()
            return
        quotation_id = chip_id(text_format) or ""
        font = self._font(document)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        known = self._lookup(quotation_id) is not None
        ink = palette.color(QPalette.ColorRole.Text) if known else _MISSING
        look = self._look(quotation_id)
        if self._lone(document, position):
            block = self._block(document, quotation_id)
            # A missing quotation's chip says so in the interface's language and direction.
            words_direction = (
                self._direction(look.words, document, position)
                if known
                else painter.layoutDirection()
            )
            right_to_left = words_direction == Qt.LayoutDirection.RightToLeft
            left = rect.left() + block.indent
            bar = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            # The bar stands at the side the words start from.
            bar_x = rect.right() - block.indent + 4 if right_to_left else left - 8
            painter.drawRect(QRectF(bar_x, rect.top() + _PADDING, 3, rect.height() - 2 * _PADDING))
            painter.setPen(ink)
            width = rect.width() - 2 * block.indent
            words_box = QRectF(left, rect.top() + _PADDING, width, block.words_rect.height())
            start = Qt.AlignmentFlag.AlignLeft  # read in the text's direction: its start
            painter.drawText(words_box, block.words, _text_option(words_direction, start, True))
            if block.attribution:
                painter.setFont(self._attribution_font(document, quotation_id))
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(left, words_box.bottom(), width, block.attribution_rect.height()),
                    block.attribution,
                    _text_option(
                        self._direction(look.attribution, document, position), start, True
                    ),
                )
        else:
            cap = self._cap(document, position)
            text = self._shown(document, quotation_id, cap)
            background = QColor(palette.color(QPalette.ColorRole.Highlight))
            background.setAlpha(40)
            painter.setPen(ink if not known else background.darker(150))
            painter.setBrush(background if known else QColor(255, 230, 230))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(ink)
            direction = (
                self._direction(look.words, document, position)
                if known
                else painter.layoutDirection()
            )
            painter.drawText(
                rect.adjusted(_PADDING, 0, -_PADDING, 0),
                text,
                _text_option(direction, Qt.AlignmentFlag.AlignCenter, False),
            )
            if known:
                self._keep_tail(document, position, quotation_id, text)
        painter.restore()

    # -- the text after an inline chip ----------------------------------------------------

    def _keep_tail(
        self, document: QTextDocument, position: int, quotation_id: str, shown: str
    ) -> None:
        """Give an inline chip that ends its line less room when the text written against
        it (a full stop, a comma) went on to the next line alone.

        Qt may break a line after any object: the chip is narrowed (fewer words shown) by
        that text's width, and its paragraph laid out again, so the two share the line.
        Only a chip that ends its line is looked at, one look-up in its paragraph's lines.
        The narrower room is taken when the paragraph is laid out again, not before: Qt
        measures a chip again when it draws it, and a paint before then would draw it
        narrower on the lines laid out for it wide.
        """
        if position in self._narrower:
            return
        block = document.findBlock(position)
        offset = position - block.position()
        if offset + 2 >= block.length():
            return  # the chip ends its paragraph
        line = block.layout().lineForTextPosition(offset)
        if not line.isValid() or line.textStart() + line.textLength() != offset + 1:
            return  # the chip does not end its line, or a space follows it
        tail = []
        end = min(position + 1 + _TAIL, block.position() + block.length() - 1)
        for at in range(position + 1, end):
            char = document.characterAt(at)
            if char.isspace() or char == OBJECT:
                break
            tail.append(char)
        if not tail:
            return
        quotation = self._lookup(quotation_id)
        if quotation is None or not quotation.words.split():
            return
        metrics = QFontMetricsF(self._font(document))
        cap = metrics.horizontalAdvance(shown) - metrics.horizontalAdvance("".join(tail)) - 1
        opening, closing = self._marks()
        fewest = f"{opening}{quotation.words.split()[0]}{_ELLIPSIS}{closing}"
        if cap < metrics.horizontalAdvance(fewest):
            return  # a word at least is shown: the text after it wraps
        self._narrower[position] = (self._room(document), cap)
        if not self._tracking:
            self._tracking = True
            document.contentsChange.connect(self._follow_edit)
        if not self._again:
            QTimer.singleShot(0, self, self._lay_out_again)
        self._again.add(block.position())

    def _lay_out_again(self) -> None:
        document = self._document
        self._tight.update(self._narrower)
        self._narrower.clear()
        for position in sorted(self._again):
            if position < document.characterCount():
                block = document.findBlock(position)
                document.markContentsDirty(block.position(), block.length())
        self._again.clear()

    def _follow_edit(self, position: int, removed: int, added: int) -> None:
        """Move the narrowed chips' places with an edit; drop those it removed."""
        # A chip about to be narrowed is looked at again once the edit is laid out.
        self._narrower.clear()
        if not self._tight:
            return
        moved = {}
        for at, tight in self._tight.items():
            if at < position:
                moved[at] = tight
            elif at >= position + removed:
                moved[at + added - removed] = tight
        self._tight = moved
