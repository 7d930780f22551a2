"""The preview follows the page: it shows the paragraph the writer is at, level with it.

The paragraph is the one holding the cursor while it is on screen, else the one at the top
of the page. It is found in the preview by its first words (those a reader sees: Markdown's
marks, a link's address and a quotation's chip left out), matched with anything but letters
and digits between them, since the export sets quotation marks, dashes and spaces its own
way; a paragraph written more than once is told by how many times its words came before.
Found, the preview scrolls so that it stands as far from the top as it does on the page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer, Slot
from PySide6.QtGui import QTextBlock, QTextCursor

from editor.text.counts import LETTERS_AND_DIGITS

if TYPE_CHECKING:
    from editor.ui.form.article_form import ArticleForm
    from editor.ui.form.text_box import TextBox
    from editor.ui.window.preview import PreviewDock

# How many of a paragraph's first words find it: enough to tell most paragraphs apart.
WORDS = 8
# How much of a paragraph's start (and end) its words are looked for in.
_LOOKED_AT = 2000
# Followed once the cursor or the page has been still this long (each key moves both).
DELAY_MS = 150
# A link's address: not read (its text is).
_ADDRESS = re.compile(r"\]\([^)]*\)")
_CHIP = "\ufffc"  # a quotation's chip: its words are the quotation's, shown otherwise
# What stands for a chip where words are counted: a word no paragraph's words match.
_CHIP_WORD = "\u02ac\u02ac"


def words_pattern(text: str) -> re.Pattern[str] | None:
    """Return a pattern finding a paragraph by its first words (before any chip, else
    after the last), None when it has none."""
    if len(text) > 2 * _LOOKED_AT:
        # Its start and its end are enough: a paragraph of 100,000 words is not read whole.
        text = text[:_LOOKED_AT] + _CHIP + text[-_LOOKED_AT:]
    pieces = _ADDRESS.sub(" ", text).split(_CHIP)
    words = LETTERS_AND_DIGITS.findall(pieces[0]) or LETTERS_AND_DIGITS.findall(pieces[-1])
    if not words:
        return None
    joined = r"[\W_]+".join(map(re.escape, words[:WORDS]))
    return re.compile(r"(?<![^\W_])" + joined + r"(?![^\W_])")


def _as_read(text: str) -> str:
    return _ADDRESS.sub(" ", text).replace(_CHIP, _CHIP_WORD)


class PreviewFollower(QObject):
    """Scrolls a window's preview to the paragraph its page shows (see the module)."""

    def __init__(self, form: ArticleForm, preview: PreviewDock) -> None:
        super().__init__(form)
        self._form = form
        self._preview = preview
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.follow)
        form.cursor_moved.connect(self._timer.start)
        form.verticalScrollBar().valueChanged.connect(self._timer.start)
        # A new page keeps the old one's scroll value: set level again once the keys stop
        # (at once, the page's text was searched while keys waited: 14 ms, measured).
        preview.updated.connect(self._timer.start)

    @Slot()
    def follow(self) -> bool:
        """Scroll the preview level with the page's paragraph; False when it is not found."""
        if not self._preview.isVisible():
            return False
        spot = self._paragraph()
        if spot is None:
            return False
        box, block = spot
        pattern = words_pattern(block.text())
        if pattern is None:
            return False
        before = self._times_before(box, block, pattern)
        page = self._preview.browser.document()
        found = None
        for number, match in enumerate(pattern.finditer(page.toRawText())):
            found = match
            if number == before:
                break
        if found is None:
            return False
        target = page.findBlock(found.start())
        top = page.documentLayout().blockBoundingRect(target).top()
        layout = box.document().documentLayout()
        at = (
            box.viewport()
            .mapTo(self._form.viewport(), QPoint(0, round(layout.blockBoundingRect(block).top())))
            .y()
        )
        room = self._form.viewport().height()
        # Level with it on the page; a paragraph above or below the page, near the top.
        offset = at if 0 <= at < room else room // 4
        bar = self._preview.browser.verticalScrollBar()
        bar.setValue(max(0, min(bar.maximum(), round(top) - offset)))
        return True

    def _paragraph(self) -> tuple[TextBox, QTextBlock] | None:
        """Return the paragraph the writer is at: the cursor's, if on the page, else the
        one at the top of the page."""
        form = self._form
        view = form.viewport()
        boxes = [box for box in form.text_boxes() if box.isVisible()]
        for box in boxes:
            if box.hasFocus():
                rect = box.cursorRect()
                at = box.viewport().mapTo(view, rect.center())
                if view.rect().contains(at):
                    return box, box.textCursor().block()
        for box in boxes:
            top = box.viewport().mapTo(view, QPoint(0, 0)).y()
            if top + box.viewport().height() > 0:
                point = QPoint(4, max(0, -top))
                return box, box.cursorForPosition(point).block()
        return None

    def _times_before(self, box: TextBox, block: QTextBlock, pattern: re.Pattern[str]) -> int:
        """Return how many times the paragraph's words come before it on the page."""
        count = 0
        for other in self._form.text_boxes():
            if other is box:
                cursor = QTextCursor(box.document())
                cursor.setPosition(block.position(), QTextCursor.MoveMode.KeepAnchor)
                text = cursor.selectedText()
                return count + sum(1 for _ in pattern.finditer(_as_read(text)))
            count += sum(1 for _ in pattern.finditer(_as_read(other.document().toRawText())))
        return count
