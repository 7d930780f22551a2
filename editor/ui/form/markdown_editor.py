"""The Markdown editor of a section body: highlighting, formatting keys, quotation tokens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QTextBlock, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from editor.model import QUOTE_TOKEN, quote_token
from editor.model.tokens import QuotationLookup, no_quotations
from editor.text.direction import first_strong_direction
from editor.ui.form.highlighter import MarkdownHighlighter
from editor.ui.form.text_box import AUTO, QT_DIRECTIONS, TextBox

_LINK_PLACEHOLDER = "https://"
_COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_LONGEST_TOKEN_PARAGRAPH = 256


def _lone_token(text: str) -> str | None:
    """Return the quotation id of a paragraph's text that is only a token, else None."""
    match = QUOTE_TOKEN.fullmatch(text.strip())
    return match.group(1) if match else None


def _token_id(block: QTextBlock) -> str | None:
    """Return the quotation id of a paragraph that is only a token, else None."""
    return _lone_token(block.text())


class MarkdownEditor(TextBox):
    """A section body: Ctrl+B bold, Ctrl+I italic, Ctrl+K link, tokens with tooltips."""

    def __init__(self, parent: QWidget | None = None, lookup: QuotationLookup | None = None):
        super().__init__(parent, min_lines=6, max_lines=28)
        self._lookup = lookup or no_quotations
        self.highlighter = MarkdownHighlighter(self.document(), self._lookup)
        # Blocks (first, last) whose token paragraphs may need their direction again.
        self._to_place: tuple[int, int] | None = None
        self.document().contentsChange.connect(self._on_contents_change)

    def rehighlight(self) -> None:
        """Highlight every paragraph again (after the quotation bank changed)."""
        self.highlighter.rehighlight()
        self.place_token_paragraphs()

    # -- token paragraphs ---------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replace the text (clears undo); token paragraphs take their quotation's direction."""
        super().set_text(text)
        document = self.document()
        # The undo history is empty after a load: placing them must not become a step.
        modified = document.isModified()
        document.setUndoRedoEnabled(False)
        # A new text has no block formats: only its token paragraphs need looking at.
        self._place(0, document.blockCount() - 1, tokens_only=True)
        document.setUndoRedoEnabled(True)
        document.setModified(modified)  # a layout matter, not an edit
        self._to_place = None  # all placed: nothing left for the pass after the load

    def set_direction(self, direction: str) -> None:
        """Force every paragraph LTR or RTL, or let each follow its text ("auto")."""
        before = self.direction()
        super().set_direction(direction)
        if self.direction() != before:
            self.place_token_paragraphs()

    def place_token_paragraphs(self) -> None:
        """Give each paragraph that is only a quotation token its direction again."""
        self._place(0, self.document().blockCount() - 1)

    def _token_direction(self, block: QTextBlock, quotation_id: str) -> str:
        """Return the direction of a paragraph that is only the token of ``quotation_id``.

        Its own text, "[[quote:ID]]", is Latin and would put it on the left in an Arabic
        body. It takes the forced direction of the box, else that of the quotation's words
        (as the exports do), else that of the paragraph before it (or after it).
        """
        if self.direction() != AUTO:
            return self.direction()
        quotation = self._lookup(quotation_id)
        if quotation is not None and (words := first_strong_direction(quotation.words)):
            return words
        neighbours = (block.previous(), block.next())
        texts = [n.text() for n in neighbours if n.isValid() and _token_id(n) is None]
        return next(filter(None, map(first_strong_direction, texts)), AUTO)

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        document = self.document()
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(position + added).blockNumber()
        if last < 0:
            last = document.blockCount() - 1
        # The neighbours too: a token paragraph follows the paragraph before it.
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

    def _place(self, first: int, last: int, *, tokens_only: bool = False) -> None:
        """Give the paragraphs from ``first`` to ``last`` the direction each needs (joined
        to the edit that made it necessary, in the article's undo history too)."""
        history = self.undo_history
        if history is None or tokens_only:
            self._place_joined(first, last, tokens_only=tokens_only)
            return
        with history.joining(self):
            self._place_joined(first, last)

    def _place_joined(self, first: int, last: int, *, tokens_only: bool = False) -> None:
        """Give the paragraphs from ``first`` to ``last`` the direction each needs.

        ``tokens_only``: a text just loaded. Only its token paragraphs can need a direction,
        and there is no edit to join: each is set on its own. Joined in one edit block, the
        changes would be announced as one span from the first token to the last, and the
        highlighter would format every paragraph between them again.
        """
        document = self.document()
        cursor: QTextCursor | None = None
        block = document.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            quotation_id = _token_id(block)
            if quotation_id is None and tokens_only:
                block = block.next()
                continue
            wanted = AUTO if quotation_id is None else self._token_direction(block, quotation_id)
            if block.blockFormat().layoutDirection() != QT_DIRECTIONS[wanted]:
                if cursor is None:
                    cursor = QTextCursor(document)
                    if not tokens_only:
                        # One undo step with the edit that made it necessary.
                        cursor.joinPreviousEditBlock()
                cursor.setPosition(block.position())
                block_format = block.blockFormat()
                block_format.setLayoutDirection(QT_DIRECTIONS[wanted])
                cursor.setBlockFormat(block_format)
            block = block.next()
        if cursor is not None and not tokens_only:
            cursor.endEditBlock()

    # -- formatting ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Handle Ctrl+B, Ctrl+I and Ctrl+K here, so they act on this editor only."""
        if self.history_key(event):
            return  # before any edit block is opened: undo must not happen inside one
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_wrap("**")
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_wrap("*")
            return
        if (
            event.key() == Qt.Key.Key_K
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.insert_link()
            return
        if self._makes_or_breaks_token(event):
            # The key and the direction its paragraph takes are one undo step: typed keys
            # are no edit block the later placing could join, and undo would first take
            # back the direction alone, a step that shows nothing.
            block = QTextCursor(self.document())
            block.beginEditBlock()
            super().keyPressEvent(event)
            number = self.textCursor().blockNumber()
            self._place(max(0, number - 1), number + 1)
            block.endEditBlock()
            return
        super().keyPressEvent(event)

    def _makes_or_breaks_token(self, event: QKeyEvent) -> bool:
        """Whether a key changes its paragraph from or to a lone quotation token."""
        cursor = self.textCursor()
        # A long paragraph is no lone token, nor one key away from one: not copied per key
        # (a paragraph may hold 100,000 words). A token of a longer id is still placed.
        if cursor.hasSelection() or cursor.block().length() > _LONGEST_TOKEN_PARAGRAPH:
            return False
        text = cursor.block().text()
        if _lone_token(text) is not None:
            return True
        at = cursor.positionInBlock()
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & _COMMAND_KEYS:
            after = text[:at] + typed + text[at:]
        elif event.key() == Qt.Key.Key_Backspace and at > 0:
            after = text[: at - 1] + text[at:]
        elif event.key() == Qt.Key.Key_Delete and at < len(text):
            after = text[:at] + text[at + 1 :]
        else:
            return False
        return _lone_token(after) is not None

    def toggle_wrap(self, marker: str) -> None:
        """Wrap the selection in a Markdown marker, or unwrap it when it is wrapped already."""
        cursor = self.textCursor()
        width = len(marker)
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            position = cursor.position()
            cursor.insertText(marker * 2)
            cursor.setPosition(position + width)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText()
        block = self.document().findBlock(start)
        text, offset = block.text(), start - block.position()
        inside = len(selected) >= 2 * width and selected[:width] == selected[-width:] == marker
        around = (
            text[max(0, offset - width) : offset] == marker
            and text[offset + len(selected) : offset + len(selected) + width] == marker
        )
        if inside:
            inner = selected[width:-width]
            cursor.insertText(inner)
            start, end = start, start + len(inner)
        elif around:
            cursor.setPosition(start - width)
            cursor.setPosition(end + width, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(selected)
            start, end = start - width, end - width
        else:
            cursor.insertText(f"{marker}{selected}{marker}")
            start, end = start + width, end + width
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_link(self) -> None:
        """Make the selection a link text and select the address placeholder to type over."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        selected = cursor.selectedText()
        start = cursor.selectionStart()
        cursor.insertText(f"[{selected}]({_LINK_PLACEHOLDER})")
        if selected:
            address = start + len(selected) + 3
            cursor.setPosition(address)
            cursor.setPosition(address + len(_LINK_PLACEHOLDER), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(start + 1)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_quotation(self, quotation_id: str) -> None:
        """Put the quotation's token at the cursor (alone in its paragraph: a block quote)."""
        cursor = self.textCursor()
        # An edit block: the token paragraph's direction, placed right after, joins it (one
        # undo step for both).
        cursor.beginEditBlock()
        cursor.insertText(quote_token(quotation_id))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def token_at(self, position: int) -> str | None:
        """Return the quotation id whose token covers a document position, or None."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for match in QUOTE_TOKEN.finditer(block.text()):
            if match.start() <= offset <= match.end():
                return match.group(1)
        return None

    def select_next_token(self, quotation_id: str, after: int = -1) -> bool:
        """Select the next token of a quotation after a position; False when there is none."""
        token = quote_token(quotation_id)
        found = self.document().find(token, max(after, 0))
        if found.isNull():
            return False
        self.setTextCursor(found)
        self.ensureCursorVisible()
        return True

    # -- tooltips -----------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a quotation's words when the pointer rests on its token."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(event.pos())
            quotation_id = self.token_at(cursor.position())
            if quotation_id is not None:
                QToolTip.showText(event.globalPos(), self.token_tooltip(quotation_id), self)
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)

    def token_tooltip(self, quotation_id: str) -> str:
        """Return the tooltip of a token: the speaker and the quotation's words."""
        quotation = self._lookup(quotation_id)
        if quotation is None:
            return self.tr("Quotation “{0}” is not in the quotation bank.").format(quotation_id)
        speaker = quotation.speaker or self.tr("unknown speaker")
        return f"{speaker}: “{quotation.words}”"
