"""Highlight a long document again without stalling typing: what is on screen first.

Re-highlighting a 20,000-word section in one go takes over 100 ms on the GUI thread (a
keystroke made meanwhile waits that long). ``GradualRehighlight`` highlights the blocks
shown in the text box at once, then the rest a slice at a time from a zero-timer, so key
presses are handled between slices. A writer typing comes first: after an edit the slices
wait for a pause (``QUIET_MS``), as a word processor's idle work does, instead of taking a
slice's milliseconds out of the next keystroke (right after an article opened, its
dictionary's arrival re-highlighted it while the writer typed: 7-14 ms a key, measured).
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

SLICE_MS = 4  # well under the 8 ms a keystroke may take
# The pause after an edit before slices go on: shorter than the gap between two keys of a
# fast typist (~80 ms), so the work goes on between keys; a held key waits it out.
QUIET_MS = 40
# A writer who edited this recently is typing still: a screenful, highlighted at once,
# would fall on one of their next keys. It goes in slices instead.
TYPING_S = 1.0
MAX_VISIBLE_BLOCKS = 120  # more paragraphs than a screen holds


class GradualRehighlight(QObject):
    """Re-highlights documents: visible blocks now, the others in short slices later."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Highlighter -> number of the next block still to highlight again.
        self._pending: dict[QSyntaxHighlighter, int] = {}
        # Highlighter -> block number a pass begun mid-document stops at, once wrapped.
        self._wrap: dict[QSyntaxHighlighter, int] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._edited: float | None = None  # perf_counter() of the last edit (note_edit)

    def start(self, highlighter: QSyntaxHighlighter, box: QTextEdit | QPlainTextEdit) -> None:
        """Highlight the blocks of ``box`` on screen now and queue the rest of its document.

        While the writer types (an edit in the last ``TYPING_S``), the blocks on screen are
        the first slices' instead (a screenful of paragraphs took 15-30 ms, all in one key).
        """
        first, last = visible_blocks(box)
        self._wrap.pop(highlighter, None)
        if self._edited is not None and perf_counter() - self._edited < TYPING_S:
            # From the first block on screen to the end, then from the start up to it.
            self._pending[highlighter] = first.blockNumber()
            if first.blockNumber() > 0:
                self._wrap[highlighter] = first.blockNumber()
            self._timer.start()
            return
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
        self._wrap.pop(highlighter, None)
        self._timer.start(after_ms)

    def note_edit(self) -> None:
        """Say the writer just edited: the slices wait for a pause in the typing."""
        self._edited = perf_counter()

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
        self._wrap.pop(highlighter, None)

    @Slot()
    def _slice(self, budget_s: float | None = SLICE_MS / 1000) -> None:
        self._timer.setInterval(0)  # after a delayed first slice (queue), one per loop
        if budget_s is not None and self._edited is not None and self._pending:
            wait_ms = round((self._edited - perf_counter()) * 1000) + QUIET_MS
            if wait_ms > 0:
                self._timer.start(wait_ms)  # typing: the slices go on once it pauses
                return
        end = None if budget_s is None else perf_counter() + budget_s
        while self._pending:
            highlighter, number = next(iter(self._pending.items()))
            try:
                document = highlighter.document()
            except RuntimeError:  # its window closed meanwhile
                document = None
            if document is None:
                self.cancel(highlighter)
                continue
            block = document.findBlockByNumber(number)
            wrap = self._wrap.get(highlighter, 0)
            # Past the block a pass begun mid-document started at: up to the end; before
            # it (the pass wrapped round), up to that block.
            stop = wrap if number < wrap else document.blockCount()
            while block.isValid() and block.blockNumber() < stop:
                highlighter.rehighlightBlock(block)
                block = block.next()
                if end is not None and perf_counter() >= end:
                    break
            if block.isValid() and block.blockNumber() < stop:
                self._pending[highlighter] = block.blockNumber()
                return  # the slice is used up: keys pressed meanwhile go next
            if number >= wrap > 0:
                self._pending[highlighter] = 0  # begun mid-document: now the blocks above
                continue
            self.cancel(highlighter)
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
