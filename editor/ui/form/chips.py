"""Quotations shown as quotations in a body: a ``[[quote:ID]]`` token is one chip.

The stored body keeps the token; the body's document holds one object character
(U+FFFC) in its place, whose character format names the quotation (``chip_format``). Qt
draws the character through ``ChipPainter``: inside a sentence as the words between the
language's quotation marks, in a rounded box; alone in its paragraph as the indented block
quotation with its attribution, as the exports set it. Being one character, a chip is
crossed by one key press and removed by one Backspace. A token whose id is not in the
bank is a red chip that shows the id.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSizeF, Qt
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
)

from editor.model import Quotation, quote_token
from editor.model.tokens import QuotationLookup
from editor.text.attribution import attribution_text as attribution_line
from editor.text.direction import first_strong_direction

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


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


class ChipPainter(QPyTextObject):
    """Sizes and draws the chips of one body's document."""

    def __init__(
        self,
        document: QTextDocument,
        lookup: QuotationLookup,
        marks: Callable[[], tuple[str, str]],
        palette: Callable[[], QPalette],
    ) -> None:
        super().__init__(document)
        self._lookup = lookup
        self._marks = marks
        self._palette = palette
        # Sizes asked for again at every layout of a paragraph: kept by what they depend on.
        self._sizes: dict[tuple[str, bool, float, str], QSizeF] = {}
        # The box's font, as a key of the sizes (read again when forget_sizes is told).
        self._font_key: str | None = None
        # An inline chip's words as shown, by quotation and the room of a line.
        self._words: dict[tuple[str, float], str] = {}
        document.documentLayout().registerHandler(CHIP, self)

    def forget_sizes(self) -> None:
        """Forget the sizes measured (the bank, the language or the font changed)."""
        self._sizes.clear()
        self._words.clear()
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

    # -- QTextObjectInterface -------------------------------------------------------------

    def _font(self, document: QTextDocument) -> QFont:
        return document.defaultFont()

    def _lone(self, document: QTextDocument, position: int) -> bool:
        block = document.findBlock(position)
        # A long paragraph is not a chip alone: its text is not copied to say so.
        return block.length() <= _LONE_LENGTH and block.text().strip() == OBJECT

    def _room(self, document: QTextDocument) -> float:
        width = document.textWidth()
        if width <= 0:
            width = document.idealWidth() or 400.0
        return max(60.0, width - 2 * document.documentMargin() - 2)

    def _block_texts(self, quotation_id: str) -> tuple[str, str, bool]:
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return self.inline_text(quotation_id), "", False
        return quotation.words.strip(), attribution_text(quotation), True

    def _block_rects(
        self, document: QTextDocument, quotation_id: str
    ) -> tuple[float, QRectF, QRectF, str, str, bool]:
        metrics = QFontMetricsF(self._font(document))
        indent = metrics.horizontalAdvance("M") * _BLOCK_INDENT
        width = max(40.0, self._room(document) - 2 * indent)
        words, attribution, known = self._block_texts(quotation_id)
        flags = int(Qt.TextFlag.TextWordWrap)
        # A fallback font (Arabic, Urdu) may stand taller than the box's font says: a
        # descent's room under each text keeps its last line whole.
        slack = metrics.descent()
        words_rect = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, words)
        words_rect.setHeight(words_rect.height() + slack)
        attribution_rect = QRectF()
        if attribution:
            italic = QFontMetricsF(_italic(self._font(document)))
            attribution_rect = italic.boundingRect(QRectF(0, 0, width, 1e6), flags, attribution)
            attribution_rect.setHeight(attribution_rect.height() + slack)
        return indent, words_rect, attribution_rect, words, attribution, known

    def intrinsicSize(self, document: QTextDocument, position: int, text_format) -> QSizeF:
        """Return a chip's size: one line of words inline, the whole quotation alone."""
        if isinstance(text_format.property(LITERAL), str):
            metrics = QFontMetricsF(self._font(document))
            return QSizeF(metrics.horizontalAdvance("↵") + 2, metrics.height())
        quotation_id = chip_id(text_format) or ""
        lone = self._lone(document, position)
        if self._font_key is None:
            self._font_key = self._font(document).key()
        key = (quotation_id, lone, self._room(document), self._font_key)
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = self._measure(document, quotation_id, lone)
        return QSizeF(size)

    def _measure(self, document: QTextDocument, quotation_id: str, lone: bool) -> QSizeF:
        metrics = QFontMetricsF(self._font(document))
        if lone:
            _indent, words, attribution, *_rest = self._block_rects(document, quotation_id)
            height = words.height() + attribution.height() + 2 * _PADDING
            return QSizeF(self._room(document) - 1, height)
        # The width of the whole words, up to the chip's share of the line: cutting the
        # words short (elidedText) waits until the chip is drawn.
        width = min(
            metrics.horizontalAdvance(self.inline_text(quotation_id)),
            self._room(document) * _INLINE_SHARE,
        )
        return QSizeF(math.ceil(width) + 2 * _PADDING, metrics.height() + 2)

    def _shown_words(self, document: QTextDocument, quotation_id: str) -> str:
        """Return an inline chip's words as shown: cut short to its share of the line."""
        key = (quotation_id, self._room(document))
        text = self._words.get(key)
        if text is None:
            text = self._words[key] = QFontMetricsF(self._font(document)).elidedText(
                self.inline_text(quotation_id),
                Qt.TextElideMode.ElideRight,
                self._room(document) * _INLINE_SHARE,
            )
        return text

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
        if self._lone(document, position):
            indent, words_rect, attribution_rect, words, attribution, known = self._block_rects(
                document, quotation_id
            )
            right_to_left = first_strong_direction(words) == "rtl"
            align = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
            left = rect.left() + indent
            bar = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            bar_x = rect.right() - indent + 4 if right_to_left else left - 8
            painter.drawRect(QRectF(bar_x, rect.top() + _PADDING, 3, rect.height() - 2 * _PADDING))
            painter.setPen(ink)
            width = rect.width() - 2 * indent
            words_box = QRectF(left, rect.top() + _PADDING, width, words_rect.height())
            flags = int(Qt.TextFlag.TextWordWrap) | int(align)
            painter.drawText(words_box, flags, words)
            if attribution:
                painter.setFont(_italic(font))
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(left, words_box.bottom(), width, attribution_rect.height()),
                    flags,
                    attribution,
                )
        else:
            text = self._shown_words(document, quotation_id)
            background = QColor(palette.color(QPalette.ColorRole.Highlight))
            background.setAlpha(40)
            painter.setPen(ink if not known else background.darker(150))
            painter.setBrush(background if known else QColor(255, 230, 230))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setPen(ink)
            painter.drawText(
                rect.adjusted(_PADDING, 0, -_PADDING, 0), int(Qt.AlignmentFlag.AlignCenter), text
            )
        painter.restore()
