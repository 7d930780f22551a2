"""A plain-text box whose paragraphs each follow their own writing direction."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QTextEdit, QWidget

from editor.text.direction import (
    first_strong_direction,
    has_right_to_left,
    mixes_directions,
    paragraph_direction,
)
from editor.ui.form.suggestion_marks import SuggestionMarks

if TYPE_CHECKING:
    # Only named in annotations: importing a PySide6 class builds its enums (start-up time).
    from PySide6.QtCore import QRect
    from PySide6.QtGui import (
        QContextMenuEvent,
        QFocusEvent,
        QKeySequence,
        QMouseEvent,
        QTextLayout,
    )
    from PySide6.QtWidgets import QMenu

    from editor.ui.form.undo_history import ArticleHistory

AUTO = "auto"
LTR = "ltr"
RTL = "rtl"
DIRECTIONS = (AUTO, LTR, RTL)
# More characters than this per line at any width the form allows: the box is full.
_MAX_CHARS_PER_LINE = 400

# Each direction setting as Qt says it (also a block's direction, in section bodies).
QT_DIRECTIONS = {
    AUTO: Qt.LayoutDirection.LayoutDirectionAuto,
    LTR: Qt.LayoutDirection.LeftToRight,
    RTL: Qt.LayoutDirection.RightToLeft,
}

# A text is shown up to LONG_PARAGRAPH characters into its first paragraph longer than
# that, or up to its SHOWN_LINES-th line; the rest is held, kept and saved unchanged.
# Qt lays a paragraph out whole again on every key, in time linear in its length
# (quadratic for one long word), and QTextEdit moves every line after the key: measured
# offscreen, 20,000 characters in a paragraph cost 5-22 ms a key, 100,000 cost 35-450 ms,
# and a 20 MB headline never finished opening; 10,000 lines cost ~10 ms a key, 100,000
# some 100-180 ms. No news text comes near either (20,000 characters are some 3,000
# English words in one paragraph); a pasted text without paragraph breaks does, or a
# generated one.
LONG_PARAGRAPH = 20_000
SHOWN_LINES = 10_000
# Qt's largest widget height (QWIDGETSIZE_MAX): a box that grows with its text stops there
# and scrolls (only a text far past SHOWN_LINES of long lines gets near it).
_MAX_HEIGHT = 16_777_215


_KEYPAD = Qt.KeyboardModifier.KeypadModifier


class FormKeys(Protocol):
    """What the page a box sits on does with the keys that leave the box or turn pages."""

    def page(self, box: TextBox, step: int, select: bool) -> bool:
        """Turn a page up (-1) or down (+1) from the box's cursor; False: the box does it."""
        ...

    def leave(self, box: TextBox, step: int) -> None:
        """Put the cursor in the part above (-1) or below (+1): an arrow key at the edge."""
        ...

    def go_on(self, box: TextBox) -> None:
        """Enter in a one-paragraph box: go on writing in the next part."""
        ...

    def show_cursor(self, box: TextBox) -> None:
        """Scroll the page so that the box's cursor is in view."""
        ...


def split_shown(
    text: str, limit: int = LONG_PARAGRAPH, lines: int = SHOWN_LINES
) -> tuple[str, str]:
    """Return (shown, held): the text up to ``limit`` characters into its first paragraph
    longer than that or to the end of its ``lines``-th line, and the rest (often empty)."""
    if len(text) <= limit:
        return text, ""
    start = 0
    for _line in range(lines):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > limit:
            return text[: start + limit], text[start + limit :]
        if end == len(text):
            return text, ""
        start = end + 1
    return text[: start - 1], text[start - 1 :]


class TextBox(QTextEdit):
    """Plain text only; each paragraph is laid out LTR or RTL from its own first strong letter.

    QTextEdit rather than QPlainTextEdit: only QTextDocumentLayout aligns a right-to-left
    paragraph to the right when the direction is automatic; the plain layout leaves it on
    the left. The box grows with its text up to ``max_lines`` and then scrolls; after
    ``grow_with_text`` it grows with its text at any length and never scrolls itself (the
    page it sits on does).
    """

    # The box's height changed to fit its text (the page may have to follow the cursor).
    height_fitted = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        single_paragraph: bool = False,
        min_lines: int = 1,
        max_lines: int = 30,
    ) -> None:
        super().__init__(parent)
        self._single_paragraph = single_paragraph
        self._min_lines = min_lines
        self._max_lines = max_lines
        self._direction = AUTO
        self._centered = False
        # The text past what is shown (see split_shown), and the line under the box that
        # says so; both only for a text too long to edit here.
        self._held = ""
        self._held_notice: QLabel | None = None
        self._placeholder = ""
        # Whether this box has asked for its viewport yet (see paintEvent).
        self._viewport_asked = False
        # The article's one undo history, when the box is part of an article form: Ctrl+Z
        # and Ctrl+Y go there, not to this box's own stack alone.
        self.undo_history: ArticleHistory | None = None
        # The page's handling of Page Up/Down and of arrows at the box's first or last line,
        # when the box grows with its text on a page that scrolls.
        self.form_keys: FormKeys | None = None
        # Adds the part's own entries (direction, language) to the box's context menu.
        self.part_menu: Callable[[QMenu], None] | None = None
        # Marks another feature keeps in the box (an edition's stale paragraphs): review's
        # highlighting of comments sets the box's extra selections and keeps these in them.
        self.kept_selections: list[QTextEdit.ExtraSelection] = []
        # Sees each key before the box does (suggesting mode makes edits suggestions); True:
        # the key was handled. A hook in keyPressEvent rather than an event filter: other
        # filters (typing typography) hand keys to keyPressEvent themselves.
        self.key_hook: Callable[[QKeyEvent], bool] | None = None
        # Sees text an input method commits (many Arabic and Urdu keyboards) first.
        self.input_hook: Callable[[QInputMethodEvent], bool] | None = None
        # Sees an insertion a command makes at the cursor (a paste of plain text, a drop, a
        # quotation, link or image put in) first; True: it made the insertion itself.
        self.insert_hook: Callable[[Callable[[], None]], bool] | None = None
        # The document position the last context menu was opened at (its entries act there).
        self.menu_position = 0
        # When and where the last double-click was: a press right after it is a triple-click.
        self._double_click: tuple[float, QPoint] | None = None
        self._grows = False
        # The height of the text as far as Qt has laid it out (it lays a long text out in
        # steps, after the first screen): the box's height follows it, and is never asked
        # for the whole layout at once.
        self._laid_out_height = 0.0
        # The suggestions the document shows (marked text, editor.ui.form.suggestion_marks):
        # followed first of all, so that every other reader of an edit finds the text the
        # box stores, without the suggested insertions, already right.
        self.marks = SuggestionMarks(self.document())
        self.document().contentsChange.connect(self.marks.on_change)
        # Blocks (first, last) whose direction may need setting again after an edit.
        self._to_place: tuple[int, int] | None = None
        self.document().contentsChange.connect(self._on_contents_change)
        self.setAcceptRichText(False)
        # Tab moves to the next field: the form is navigated like a form.
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if single_paragraph:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(4)
        self._apply_text_option()
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # -- text ---------------------------------------------------------------------------

    def text(self) -> str:
        """Return the box's text exactly as typed, with any part held back (``held_text``)."""
        return self.shown_text() + self._held

    def shown_text(self) -> str:
        """Return the text of the part shown, as it is stored (without suggested insertions).

        The raw text: ``toPlainText`` gives a no-break space (a French colon's) as a plain
        space and a line separator as a line break, and the text saved would not be the
        text typed.
        """
        text = self._document_text()
        unstored = self.marks.unstored()
        if not unstored:
            return text
        offset = self._document_offsets()
        pieces = []
        last = 0
        for start, end in unstored:
            pieces.append(text[last : offset(start)])
            last = offset(end)
        pieces.append(text[last:])
        return "".join(pieces)

    def stored_offset(self, position: int) -> int:
        """Return the offset in ``text()`` of a position in the box's document."""
        offset = self._document_offsets()
        at = offset(position)
        for start, end in self.marks.unstored():
            first = offset(start)
            if first >= at:
                break
            at -= min(offset(end), at) - first
        return at

    def shown_position(self, offset: int) -> int:
        """Return the position in the box's document of an offset in ``text()`` (the end of
        what is shown for an offset in the held end; before a suggested insertion there)."""
        unstored = self.marks.unstored()
        if unstored:
            offsets = self._document_offsets()
            for start, end in unstored:
                first = offsets(start)
                if first >= offset:
                    break
                offset += offsets(end) - first
        return self._document_position(offset)

    def document_text(self) -> str:
        """Return the text as stored with the suggested insertions the document shows."""
        return self._document_text()

    def document_offsets(self) -> Callable[[int], int]:
        """Return the offset in ``document_text()`` of each document position."""
        return self._document_offsets()

    def document_slice(self, start: int, end: int) -> str:
        """Return document positions start..end as stored (a piece of ``document_text()``)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return self._as_stored_slice(cursor.selectedText(), start, end)

    def _as_stored_slice(self, raw: str, start: int, end: int) -> str:
        """Return the raw text of document positions start..end as stored."""
        return raw.replace("\u2029", "\n")

    def insert_stored(self, cursor: QTextCursor, text: str) -> None:
        """Insert a text as stored at a cursor, in place of its selection."""
        self._insert_stored(cursor, text)

    def _document_text(self) -> str:
        """Return the text of the document as stored, suggested insertions included."""
        return self.document().toRawText().replace("\u2029", "\n")

    def _document_offsets(self) -> Callable[[int], int]:
        """Return the offset in ``_document_text()`` of each document position."""
        return _same_offset

    def _document_position(self, offset: int) -> int:
        """Return the document position of an offset in ``_document_text()``."""
        return max(0, min(offset, self.document().characterCount() - 1))

    def held_text(self) -> str:
        """Return the end of the text that is not shown (see ``split_shown``): it is kept and
        saved unchanged. Empty for any text of a usual size."""
        return self._held

    def set_text(self, text: str) -> None:
        """Replace the text (clears undo: used when an article is loaded)."""
        # Loaded text is kept as it is, line breaks included: only typing is restricted.
        shown, self._held = split_shown(text)
        self._show(shown)
        self._show_held_notice(len(text))
        document = self.document()
        # The undo history is empty after a load: placing them must not become a step.
        modified = document.isModified()
        document.setUndoRedoEnabled(False)
        # A text of one script has no paragraph its words turn: only what else a paragraph
        # needs (a quotation's, in a body) is looked at.
        self._place(0, document.blockCount() - 1, loaded=True, by_words=mixes_directions(shown))
        document.setUndoRedoEnabled(True)
        document.setModified(modified)  # a layout matter, not an edit
        self._to_place = None  # all placed: nothing left for the pass after the load

    def _show(self, shown: str) -> None:
        """Put a loaded text in the box (its undo history starts empty)."""
        self.setPlainText(shown)

    def replace_text(self, text: str) -> bool:
        """Put this text in place of the whole text as one undoable edit (Fix typography,
        restoring a revision); False when it is the text already.

        The shown part is replaced and the end past it held again (``split_shown``): a
        replacement of the shown part alone kept the old held end after the new text, and
        the text grew by it. The held end is not part of the undo step.
        """
        if text == self.text():
            return False
        shown, held = split_shown(text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        self._insert_stored(cursor, shown)
        cursor.endEditBlock()
        self._held = held
        self._show_held_notice(len(text))
        return True

    def _insert_stored(self, cursor: QTextCursor, text: str) -> None:
        """Insert text as stored at a cursor (in place of its selection)."""
        cursor.insertText(text)

    def _show_held_notice(self, length: int) -> None:
        if not self._held:
            if self._held_notice is not None:
                self._held_notice.hide()
                self.setViewportMargins(0, 0, 0, 0)
            return
        if self._held_notice is None:
            self._held_notice = QLabel(self)
            self._held_notice.setWordWrap(False)
            self._held_notice.setAutoFillBackground(True)
            self._held_notice.setContentsMargins(4, 1, 4, 1)
        self._held_notice.setText(
            self.tr(
                "This text is too long to edit here: the first {0} of its {1} characters"
                " are shown. The rest is kept and saved unchanged."
            ).format(f"{len(self.toPlainText()):,}", f"{length:,}")
        )
        self._held_notice.setToolTip(self._held_notice.text())
        self._held_notice.show()
        self.setViewportMargins(0, 0, 0, self._held_notice.sizeHint().height())
        self._place_held_notice()

    def _place_held_notice(self) -> None:
        if self._held_notice is None or not self._held:
            return
        rect = self.contentsRect()
        height = self._held_notice.sizeHint().height()
        self._held_notice.setGeometry(
            rect.left(), rect.bottom() + 1 - height, rect.width(), height
        )

    # -- direction ----------------------------------------------------------------------

    def wanted_direction(self, block: QTextBlock, by_words: bool = True) -> str:
        """Return the direction a paragraph is given: "auto" (Qt's own, from its first
        strong letter) unless the box follows the text and most of the paragraph's words
        run the other way ("NASA أعلنت…" is Arabic), as ``paragraph_direction`` says and the
        exports lay it out. ``by_words=False``: its words are known not to turn it."""
        return self._direction_for(block.text()) if by_words else AUTO

    def _direction_for(self, text: str) -> str:
        if self._direction != AUTO:
            return AUTO  # the box's forced direction lays every paragraph out
        found = paragraph_direction(text)
        if found is None or found == first_strong_direction(text):
            return AUTO
        return found

    def place_paragraphs(self) -> None:
        """Give every paragraph the direction it needs again (the box's direction, or a
        quotation a paragraph shows, changed)."""
        self._place(0, self.document().blockCount() - 1)

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        document = self.document()
        if self._placeholder and self._viewport_asked and document.isEmpty():
            self._repaint_text()  # emptied: the placeholder in the whole box
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(position + added).blockNumber()
        if last < 0:
            last = document.blockCount() - 1
        # The neighbours too: a quotation's paragraph follows the paragraph before it.
        first, last = max(0, first - 1), min(document.blockCount() - 1, last + 1)
        if self._to_place is not None:
            first, last = min(first, self._to_place[0]), max(last, self._to_place[1])
        else:
            # After the edit is done: the document must not be changed while it tells.
            QTimer.singleShot(0, self, self._place_pending)
        self._to_place = (first, last)

    @Slot()
    def _place_pending(self) -> None:
        pending, self._to_place = self._to_place, None
        # Undo and redo bring back the directions placed with each edit: nothing to do.
        if pending is not None and not self.document().isRedoAvailable():
            self._place(*pending)

    def _place(
        self, first: int, last: int, *, loaded: bool = False, by_words: bool = True
    ) -> None:
        """Give the paragraphs from ``first`` to ``last`` the direction each needs (joined
        to the edit that made it necessary, in the article's undo history too)."""
        history = self.undo_history
        if history is None or loaded:
            self._place_joined(first, last, loaded=loaded, by_words=by_words)
            return
        with history.joining(self):
            self._place_joined(first, last)

    def _place_joined(
        self, first: int, last: int, *, loaded: bool = False, by_words: bool = True
    ) -> None:
        """Give the paragraphs from ``first`` to ``last`` the direction each needs.

        ``loaded``: a text just loaded: there is no edit to join, each is set on its own.
        Joined in one edit block, the changes would be announced as one span from the first
        paragraph set to the last, and a highlighter would format every paragraph between
        them again.
        """
        document = self.document()
        cursor: QTextCursor | None = None
        block = document.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            wanted = self.wanted_direction(block, by_words)
            if loaded and wanted == AUTO:
                block = block.next()  # a loaded text's paragraphs follow their text already
                continue
            if block.blockFormat().layoutDirection() != QT_DIRECTIONS[wanted]:
                if cursor is None:
                    cursor = QTextCursor(document)
                    if not loaded:
                        # One undo step with the edit that made it necessary.
                        cursor.joinPreviousEditBlock()
                cursor.setPosition(block.position())
                block_format = block.blockFormat()
                block_format.setLayoutDirection(QT_DIRECTIONS[wanted])
                cursor.setBlockFormat(block_format)
            block = block.next()
        if cursor is not None and not loaded:
            cursor.endEditBlock()

    def direction(self) -> str:
        """Return "auto", "ltr" or "rtl": how paragraphs choose their direction."""
        return self._direction

    def set_direction(self, direction: str) -> None:
        """Force every paragraph LTR or RTL, or let each follow its text ("auto")."""
        direction = direction if direction in DIRECTIONS else AUTO
        # Unchanged, the text is not laid out again: a load sets each box's direction.
        if direction != self._direction:
            self._direction = direction
            self._apply_text_option()
            self.place_paragraphs()

    def set_centered(self, centered: bool) -> None:
        """Centre every line (the opening line is centred above the headline)."""
        if centered != self._centered:
            self._centered = centered
            self._apply_text_option()

    def _apply_text_option(self) -> None:
        option = self.document().defaultTextOption()
        option.setTextDirection(QT_DIRECTIONS[self._direction])
        if self._centered:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        else:
            # Not AlignAbsolute: "left" is mirrored to "right" for RTL paragraphs.
            option.setAlignment(Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        # The layout caches each block's direction; lay the whole text out again.
        self.document().markContentsDirty(0, self.document().characterCount())

    # -- size ---------------------------------------------------------------------------

    def grow_with_text(self, min_lines: int = 1) -> None:
        """Grow with the text at any length, with no scroll bar of the box's own."""
        self._grows = True
        self._min_lines = min_lines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def grows_with_text(self) -> bool:
        """Whether the box grows with its text at any length (see ``grow_with_text``)."""
        return self._grows

    def _fit_height(self, size: QSizeF | None = None) -> None:
        if size is not None:
            self._laid_out_height = size.height()
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        frame += self.viewportMargins().bottom()  # the held text's notice
        low = self._min_lines * line + frame
        if self._placeholder and not self._placeholder.isascii() and self.document().isEmpty():
            # A placeholder in another script than the font's (Arabic, Urdu) is set in a
            # taller fallback font: laid out as its text would be, its whole line shows.
            sample = QTextDocument()
            sample.setDefaultFont(self.font())
            sample.setDocumentMargin(0)
            # The viewport's width (an empty text has no scroll bar), not asked of it.
            sample.setTextWidth(max(1, self.maximumViewportSize().width()))
            sample.setPlainText(self._placeholder)
            low = max(low, math.ceil(sample.size().height()) + frame)
        if self._grows:
            # The size as laid out so far (documentSizeChanged says each step): asking
            # QTextDocument.size() would lay a 20,000-word body out whole at once.
            content = math.ceil(self._laid_out_height) + frame
            content -= 2 * int(self.document().documentMargin())
            self._set_height(min(max(content, low), _MAX_HEIGHT))
            return
        high = self._max_lines * line + frame
        document = self.document()
        # QTextDocument.size() lays out the whole text first; a long text fills the
        # maximum anyway, so it is not asked (the layout stays lazy for 20,000 words).
        long_text = document.characterCount() > self._max_lines * _MAX_CHARS_PER_LINE
        if long_text or document.blockCount() > self._max_lines:
            content = high
        else:
            content = int(document.size().height()) + frame - 2 * int(document.documentMargin())
        self._set_height(min(max(content, low), high))

    def _set_height(self, height: int) -> None:
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
            self.height_fitted.emit()

    def setPlaceholderText(self, text: str) -> None:
        """Set the text shown while the box is empty (drawn by ``paintEvent``)."""
        # Not Qt's: QTextEdit clips its placeholder to the empty document's one line of
        # the box's font, and an Arabic or Urdu placeholder, set in a taller fallback
        # font, lost its lower half (seen in the Arabic interface's empty standfirst).
        self._placeholder = text
        if self.document().isEmpty():
            self._fit_height()
        self.update()  # the viewport with it

    def placeholderText(self) -> str:
        """Return the text shown while the box is empty."""
        return self._placeholder

    def paintEvent(self, event) -> None:
        """Draw the text, or the placeholder while the box is empty."""
        super().paintEvent(event)
        if not self._placeholder or not self.document().isEmpty():
            return
        if not self._viewport_asked:
            # Drawn a moment after the box's first paint. The painter needs the viewport,
            # and the first viewport a process asks PySide for costs ~10 ms (it looks
            # through every QWidget subclass for its type, building each one's class and
            # enums): the window's first frame, the article's text, does not wait for it.
            self._viewport_asked = True
            # The whole viewport: painted for an edit, only the edit's part was (a sliver
            # of the placeholder's first letter showed, seen on Xvfb).
            QTimer.singleShot(0, self, self._repaint_text)
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        margin = self.document().documentMargin()
        area = QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
        align = Qt.AlignmentFlag.AlignHCenter if self._centered else Qt.AlignmentFlag.AlignLeft
        flags = int(Qt.AlignmentFlag.AlignTop) | int(align) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(area, flags, self._placeholder)
        painter.end()

    @Slot()
    def _repaint_text(self) -> None:
        self.viewport().update()

    def sizeHint(self) -> QSize:
        """Return the height the text needs (within min/max lines)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())

    def resizeEvent(self, event) -> None:
        """Re-fit the height when a new width re-wraps the text."""
        super().resizeEvent(event)
        self._fit_height()
        self._place_held_notice()

    def changeEvent(self, event) -> None:
        """Re-fit the height when the font changes."""
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_height()
        elif event.type() == event.Type.LanguageChange and self._held:
            self._show_held_notice(len(self.text()))  # worded in the new language

    # -- single paragraph ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Refuse a new paragraph in one-paragraph boxes (headline, opening line).

        In an article, undo and redo act on the article's history, and a key after a step
        in another box starts a step of its own. On a page, Page Up/Down turn the page's
        pages and an arrow at the first or last line goes on into the next part.
        """
        if self.key_hook is not None and self.key_hook(event):
            return
        self.press_key(event)

    def press_key(self, event: QKeyEvent) -> None:
        """The box's own handling of a key, once ``key_hook`` has let it pass (a subclass
        adds its keys here: the hook is asked once a key)."""
        if self._single_paragraph and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # One paragraph (a headline, a standfirst): on a page, Enter goes on into the
            # next part, as after a word processor's title; the text typed next went on
            # in the same line ("Monday.They", seen on Xvfb).
            if self.form_keys is not None and not event.modifiers() & ~_KEYPAD:
                self.form_keys.go_on(self)
                return
            event.ignore()
            return
        if self.form_keys is not None and self._page_or_edge_key(event, self.form_keys):
            return
        if self._arrow_as_it_points(event):
            return
        if self._turns_direction(event):
            # The key and the direction its paragraph then takes are one undo step: a key
            # typed is no edit block the later placing could join, and Ctrl+Z would first
            # take back the direction alone.
            block = QTextCursor(self.textCursor())
            block.beginEditBlock()
            self._edit_key(event)
            number = self.textCursor().blockNumber()
            self._place(max(0, number - 1), number + 1)
            block.endEditBlock()
            return
        self._edit_key(event)

    def _arrow_as_it_points(self, event: QKeyEvent) -> bool:
        """Move the caret for Left or Right (with Shift: the selection's end) the way the
        arrow points, as browsers and word processors do; True when moved.

        Qt moves it through the text's order: Left in an Arabic line went rightwards
        through a Latin name in it (found in a trial). Qt's visual mode for the whole
        document would do this too, but it also changes where a click lands (a click
        between two differently formatted runs put the caret 27 characters away, measured),
        so the paragraph's layout is asked for the caret's left or right neighbour here.
        At a paragraph's end, with Ctrl (word by word), or with a selection to collapse,
        Qt's own handling stays.
        """
        key = event.key()
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return False
        modifiers = event.modifiers() & ~_KEYPAD
        shift = Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, shift):
            return False
        cursor = self.textCursor()
        if cursor.hasSelection() and modifiers != shift:
            return False
        block = cursor.block()
        layout = block.layout()
        # Where nothing is right to left, the text's order is the order on screen.
        if not has_right_to_left(block.text()):
            return False
        left = key == Qt.Key.Key_Left
        here = cursor.position() - block.position()
        there = self._beside(layout, here, left)
        if there == here:
            return False  # the paragraph's edge: Qt goes on into the next one
        # Where a Latin run meets Arabic, one place in the text has two on the screen (each
        # end of the run), and Qt draws the caret at the one that may not be beside the
        # letter it left: drawn back the other way, or across the run, the step goes one
        # further when that lands nearer, the way the arrow points.
        start = block.position()
        before, after = self._caret_rect(start + here), self._caret_rect(start + there)
        further = self._beside(layout, there, left)
        if further != there and before.top() == after.top():
            beyond = self._caret_rect(start + further)
            sign = -1 if left else 1
            ahead = (after.x() - before.x()) * sign
            ahead_further = (beyond.x() - before.x()) * sign
            if (
                beyond.top() == before.top()
                and ahead_further > 0
                and (ahead <= 0 or ahead_further < ahead)
            ):
                there = further
        mode = (
            QTextCursor.MoveMode.KeepAnchor
            if modifiers == shift
            else QTextCursor.MoveMode.MoveAnchor
        )
        cursor.setPosition(block.position() + there, mode)
        self.setTextCursor(cursor)
        return True

    @staticmethod
    def _beside(layout: QTextLayout, position: int, left: bool) -> int:
        """Return the place in a paragraph left or right of one on the screen."""
        return (
            layout.leftCursorPosition(position) if left else layout.rightCursorPosition(position)
        )

    def _caret_rect(self, position: int) -> QRect:
        """Return where the caret is drawn at a place in the text."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor)

    def _turns_direction(self, event: QKeyEvent) -> bool:
        """Whether a key typed, Backspace or Delete changes the direction its paragraph
        needs (its words come to outvote its first letter, or no longer do)."""
        if self._direction != AUTO or self.isReadOnly():
            return False
        cursor = self.textCursor()
        block = cursor.block()
        text = block.text()
        start = cursor.selectionStart() - block.position()
        end = cursor.selectionEnd() - block.position()
        if start < 0 or end > len(text):
            return False  # a selection across paragraphs: placed after the edit
        typed = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if typed and typed.isprintable() and not event.modifiers() & commands:
            after = text[:start] + typed + text[end:]
        elif event.key() == Qt.Key.Key_Backspace and not event.modifiers() & commands:
            after = text[: start - (start == end)] + text[end:] if end else text
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers() & commands:
            after = text[:start] + text[end + (start == end) :]
        else:
            return False
        return self._direction_for(after) != self._direction_for(text)

    def _edit_key(self, event: QKeyEvent) -> None:
        history = self.undo_history
        if history is None:
            super().keyPressEvent(event)
            return
        if self.history_key(event):
            return
        if not history.starts_new_step(self) or not may_edit(event):
            super().keyPressEvent(event)
            return
        # An edit block keeps Qt from merging this key into the box's last command, made
        # before the step in the other box. Begun at the text cursor: undo puts the cursor
        # back where the block began.
        block = QTextCursor(self.textCursor())
        block.beginEditBlock()
        super().keyPressEvent(event)
        block.endEditBlock()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Take text from an input method (suggesting mode sees it first)."""
        if self.input_hook is not None and self.input_hook(event):
            return
        super().inputMethodEvent(event)

    def _page_or_edge_key(self, event: QKeyEvent, keys: FormKeys) -> bool:
        """Handle Page Up/Down and an arrow at the box's edge on the page; False: not one."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        select = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not (
            modifiers & ~Qt.KeyboardModifier.ShiftModifier
        ):
            return keys.page(self, -1 if key == Qt.Key.Key_PageUp else 1, select)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            before = self.textCursor().position()
            super().keyPressEvent(event)
            if self.textCursor().position() == before:
                keys.leave(self, -1 if key == Qt.Key.Key_Up else 1)
            return True
        return False

    def ensureCursorVisible(self) -> None:
        """Scroll to the cursor: in the box, and on the page when the box grows with its text
        (Find, undo, a jump to a comment or a finding call this)."""
        super().ensureCursorVisible()
        if self.form_keys is not None:
            self.form_keys.show_cursor(self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word, and note when and where (a triple-click comes next)."""
        super().mouseDoubleClickEvent(event)
        self._double_click = (time.monotonic(), event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A triple-click selects the paragraph without its break, as a word processor's
        smart selection does: typing over it replaces the words and keeps the paragraph
        (Qt's took the break too, and the next paragraph was joined to the typing; an
        edition's pairing of paragraphs went wrong with it; found in a trial)."""
        super().mousePressEvent(event)
        clicked, self._double_click = self._double_click, None
        if clicked is None or event.button() != Qt.MouseButton.LeftButton:
            return
        at, where = clicked
        near = (event.position().toPoint() - where).manhattanLength()
        if time.monotonic() - at > QApplication.doubleClickInterval() / 1000:
            return
        if near > QApplication.startDragDistance():
            return
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if end > start and self.document().findBlock(end).position() == end:
            cursor.setPosition(start)
            cursor.setPosition(end - 1, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the cursor on the page when the box is reached by a key (Tab, Ctrl+1…6)."""
        super().focusInEvent(event)
        if self.form_keys is not None and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.form_keys.show_cursor(self)

    def createStandardContextMenu(self, position: QPoint | None = None) -> QMenu:
        """Return Qt's menu for the box with the part's own entries (direction, language)."""
        if position is None:
            menu = super().createStandardContextMenu()
            self.menu_position = self.textCursor().position()
        else:
            menu = super().createStandardContextMenu(position)
            layout = self.document().documentLayout()
            self.menu_position = layout.hitTest(QPointF(position), Qt.HitTestAccuracy.FuzzyHit)
        if self.part_menu is not None:
            menu.addSeparator()
            self.part_menu(menu)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Show the standard menu with the part's entries (Qt's own path would not add them)."""
        scroll = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        menu = self.createStandardContextMenu(event.pos() + scroll)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def history_key(self, event: QKeyEvent) -> bool:
        """Undo or redo the article's last step on Ctrl+Z / Ctrl+Y; False for other keys."""
        history = self.undo_history
        if history is None:
            return False
        from PySide6.QtGui import QKeySequence  # not at start-up: its enums cost 0.7 ms

        if event.matches(QKeySequence.StandardKey.Undo):
            history.undo()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            history.redo()
            return True
        return False

    def cut(self) -> None:
        """Cut the selection (Edit › Cut): as Ctrl+X, a suggestion in suggesting mode."""
        from PySide6.QtGui import QKeySequence

        if not self._hooked(QKeySequence.StandardKey.Cut):
            super().cut()

    def paste(self) -> None:
        """Paste (Edit › Paste): as Ctrl+V, a suggestion in suggesting mode."""
        from PySide6.QtGui import QKeySequence

        if not self._hooked(QKeySequence.StandardKey.Paste):
            super().paste()

    def _hooked(self, key: QKeySequence.StandardKey) -> bool:
        """Whether ``key_hook`` handled a menu's edit as the key that does it."""
        if self.key_hook is None:
            return False
        from PySide6.QtGui import QKeySequence

        keys = QKeySequence.keyBindings(key)
        if not keys:
            return False
        combination = keys[0][0]  # type: ignore[index]  # QKeySequence[i] in PySide6
        event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())
        return self.key_hook(event)

    def insert_at_cursor(self, insert: Callable[[], None]) -> None:
        """Make an insertion at the cursor: ``insert_hook``'s way when it takes it (in
        suggesting mode, as a suggestion), else as it is."""
        if self.insert_hook is not None and self.insert_hook(insert):
            return
        insert()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as plain text; one-paragraph boxes get line breaks as spaces."""
        text = source.text()
        if self._single_paragraph:
            text = _one_paragraph(text)

        def insert() -> None:
            cursor = self.textCursor()
            # An edit block, so that what the box adjusts right after (a section body
            # places token paragraphs) is undone with the paste in one step.
            cursor.beginEditBlock()
            cursor.insertText(text)
            cursor.endEditBlock()

        self.insert_at_cursor(insert)
        self.ensureCursorVisible()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Accept anything that has text."""
        return source.hasText()


def _same_offset(position: int) -> int:
    return position


def may_edit(event: QKeyEvent) -> bool:
    """Whether a key may change the text (not a key that only moves the cursor)."""
    if event.text() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    from PySide6.QtGui import QKeySequence

    return event.matches(QKeySequence.StandardKey.Cut) or event.matches(
        QKeySequence.StandardKey.Paste
    )


def _one_paragraph(text: str) -> str:
    # Keep every word: line breaks become spaces rather than being dropped.
    return " ".join(part for part in text.replace("\r\n", "\n").split("\n"))
