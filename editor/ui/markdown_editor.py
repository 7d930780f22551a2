"""The Markdown editor of a section body: highlighting, formatting keys, quotation tokens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from editor.model import QUOTE_TOKEN, quote_token
from editor.ui.highlighter import MarkdownHighlighter, QuotationLookup
from editor.ui.text_box import TextBox

_LINK_PLACEHOLDER = "https://"


def _no_quotations(_quotation_id: str) -> None:
    return None


class MarkdownEditor(TextBox):
    """A section body: Ctrl+B bold, Ctrl+I italic, Ctrl+K link, tokens with tooltips."""

    def __init__(self, parent: QWidget | None = None, lookup: QuotationLookup | None = None):
        super().__init__(parent, min_lines=6, max_lines=28)
        self._lookup = lookup or _no_quotations
        self.highlighter = MarkdownHighlighter(self.document(), self._lookup)

    def rehighlight(self) -> None:
        """Highlight every paragraph again (after the quotation bank changed)."""
        self.highlighter.rehighlight()

    # -- formatting ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Handle Ctrl+B, Ctrl+I and Ctrl+K here, so they act on this editor only."""
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
        super().keyPressEvent(event)

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
        cursor.insertText(quote_token(quotation_id))
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
