"""Typography as you type: the character just typed becomes the language's mark or dash.

An event filter on a QTextEdit or QPlainTextEdit lets the box insert the typed character,
then asks ``editor.text.typography.typing_edits`` what to change and makes that change as
its own undo step: Ctrl+Z after ``"`` → « gives the straight ``"`` back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.text.body_lines import LINE_SEPARATOR, line_at
from editor.text.typography import TypographyOptions, typing_edits
from editor.ui.form.markdown_editor import MarkdownEditor

TextEditor = QTextEdit | QPlainTextEdit
# How many earlier lines of a paragraph are read to know which quotations are open.
_PARAGRAPH_LINES = 20


def _line_and_before(block: QTextBlock, at: int, body: bool) -> tuple[int, str, str]:
    """Return where the Markdown line around position ``at`` of a block starts in it, the
    line, and the earlier lines of its paragraph.

    In a section body (``body``) a block is a whole paragraph, its lines kept apart by line
    separators in the block's own text (editor.text.body_lines). In other boxes a block is
    a line, and a blank line ends a paragraph.
    """
    text = block.text()
    if body:
        start, end = line_at(text, at)
        earlier = text[: start - 1].split(LINE_SEPARATOR)[-_PARAGRAPH_LINES:] if start else []
        return start, text[start:end], "\n".join(earlier)
    lines: list[str] = []
    previous = block.previous()
    while previous.isValid() and previous.text().strip() and len(lines) < _PARAGRAPH_LINES:
        lines.append(previous.text())
        previous = previous.previous()
    return 0, text, "\n".join(reversed(lines))


class TypingTypography(QObject):
    """Corrects quotation marks, dashes, ellipses and spacing in one box as the user types.

    ``languages()`` returns the languages to prefer for the box (the article's, then the
    opening line's); each paragraph's script picks among them.
    """

    def __init__(
        self,
        editor: TextEditor,
        languages: Callable[[], Sequence[str]],
        options: TypographyOptions | None = None,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._languages = languages
        # A section body keeps a paragraph to a block (see _line_and_before).
        self._body = isinstance(editor, MarkdownEditor)
        self.options = options or TypographyOptions()
        self.enabled = True
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let the box insert a typed character, then correct it."""
        if (
            self.enabled
            and watched is self._editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._is_typing(event)
        ):
            self._editor.keyPressEvent(event)
            if event.isAccepted():
                self.correct()
            return True
        return super().eventFilter(watched, event)

    def _is_typing(self, event: QKeyEvent) -> bool:
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        return (
            len(text) == 1
            and text.isprintable()
            and not event.modifiers() & blocked
            and not self._editor.isReadOnly()
            and not self._editor.textCursor().hasSelection()
        )

    def correct(self) -> bool:
        """Correct the character before the cursor; True when something changed."""
        cursor = self._editor.textCursor()
        block = cursor.block()
        at = cursor.positionInBlock()
        line_start, line, paragraph_before = _line_and_before(block, at, self._body)
        edits = typing_edits(
            line, at - line_start, self._languages(), self.options, paragraph_before
        )
        if not edits:
            return False
        start = block.position() + line_start
        change = QTextCursor(cursor)
        change.beginEditBlock()
        for edit in reversed(edits):  # from the end, so earlier offsets stay right
            change.setPosition(start + edit.start)
            change.setPosition(start + edit.end, QTextCursor.MoveMode.KeepAnchor)
            change.insertText(edit.text)
        change.endEditBlock()
        # The cursor follows the last edit, which always ends where the typing was.
        last = edits[-1]
        growth = sum(len(edit.text) - (edit.end - edit.start) for edit in edits)
        cursor.setPosition(start + last.end + growth)
        self._editor.setTextCursor(cursor)
        return True
