"""Highlight a long document again without stalling typing: what is on screen first.

Re-highlighting a 20,000-word section in one go takes over 100 ms on the GUI thread (a
keystroke made meanwhile waits that long). ``GradualRehighlight`` highlights the blocks
shown in the text box at once, then the rest a slice at a time from a zero-timer, so key
presses are handled between slices.
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

SLICE_MS = 4  # well under the 8 ms a keystroke may take
MAX_VISIBLE_BLOCKS = 120  # more paragraphs than a screen holds


class GradualRehighlight(QObject):
    """Re-highlights documents: visible blocks now, the others in short slices later."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Highlighter -> number of the next block still to highlight again.
        self._pending: dict[QSyntaxHighlighter, int] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self, highlighter: QSyntaxHighlighter, box: QTextEdit | QPlainTextEdit) -> None:
        """Highlight the blocks of ``box`` on screen now and queue the rest of its document."""
        first, last = visible_blocks(box)
        block = first
        while block.isValid() and block.blockNumber() <= last:
            highlighter.rehighlightBlock(block)
            block = block.next()
        # The visible ones are done again in the slices: cheap, and simpler than skipping.
        self._pending[highlighter] = 0
        self._timer.start()

    def queue(self, highlighter: QSyntaxHighlighter, first: int = 0, after_ms: int = 0) -> None:
        """Highlight a document's blocks from number ``first`` on, in slices from
        ``after_ms`` on (or at once, with ``finish``)."""
        self._pending[highlighter] = first
        self._timer.start(after_ms)

    def is_running(self) -> bool:
        """Whether some blocks are still waiting to be highlighted again."""
        return bool(self._pending)

    def finish(self) -> None:
        """Highlight everything still queued now (tests, or before a synchronous pass)."""
        while self._pending:
            self._slice(budget_s=None)

    def cancel(self, highlighter: QSyntaxHighlighter) -> None:
        """Forget a highlighter (it was highlighted in full meanwhile, or is going away)."""
        self._pending.pop(highlighter, None)

    @Slot()
    def _slice(self, budget_s: float | None = SLICE_MS / 1000) -> None:
        self._timer.setInterval(0)  # after a delayed first slice (queue), one per loop
        end = None if budget_s is None else perf_counter() + budget_s
        while self._pending:
            highlighter, number = next(iter(self._pending.items()))
            try:
                document = highlighter.document()
            except RuntimeError:  # its window closed meanwhile
                document = None
            if document is None:
                del self._pending[highlighter]
                continue
            block = document.findBlockByNumber(number)
            while block.isValid():
                highlighter.rehighlightBlock(block)
                block = block.next()
                if end is not None and perf_counter() >= end:
                    break
            if block.isValid():
                self._pending[highlighter] = block.blockNumber()
                return  # the slice is used up: keys pressed meanwhile go next
            del self._pending[highlighter]
        self._timer.stop()


def visible_blocks(box: QTextEdit | QPlainTextEdit) -> tuple[QTextBlock, int]:
    """Return the first block shown in a text box's viewport and the last one's number."""
    viewport = box.viewport()
    # The part of the viewport on screen: a box on the article's page is as tall as its
    # text, and the page around it shows a screenful of it, anywhere in it.
    shown = viewport.visibleRegion().boundingRect()
    if shown.isEmpty():
        shown = viewport.rect()
    # Mid-width: at x = 0 (inside the document margin) the hit test can land anywhere.
    middle = viewport.width() // 2
    top = box.cursorForPosition(QPoint(middle, shown.top() + 1)).block()
    bottom = box.cursorForPosition(QPoint(middle, max(1, shown.bottom() - 1))).block()
    if bottom.blockNumber() < top.blockNumber():
        top, bottom = bottom, top
    if box.verticalScrollBar().value() == 0 and shown.top() <= 0:
        # Not scrolled: the first block is on screen, whatever a hit test into a document
        # still being laid out says (it can land dozens of blocks further down).
        top = box.document().firstBlock()
    # Until the layout is done the hit test may also fall short: at least a screenful.
    lines = shown.height() // max(1, box.fontMetrics().lineSpacing()) + 1
    last = max(bottom.blockNumber(), top.blockNumber() + lines)
    return top, min(last, top.blockNumber() + MAX_VISIBLE_BLOCKS)
