"""The status bar: words per part of the article, as a reader counts them, and labels that
never clip (whole where they fit, else shortened visibly with the whole text as a tip)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from editor.model.parts import HEADLINE, OPENING, STANDFIRST, PartKind, part_kind, section_part
from editor.text.direction import isolated
from editor.ui.common.part_names import part_name

if TYPE_CHECKING:
    # Imported where used: QStyle's enums alone cost ~5 ms of the window's start (the bar
    # and its labels are painted by Qt's own code until a text must be shortened).
    from PySide6.QtGui import QPaintEvent

    from editor.model.tokens import QuotationLookup
    from editor.ui.form.article_form import ArticleForm

ALL_PARTS = "all"
# Between the counts of the parts; a count is never cut at it, only left out whole.
SEPARATOR = "  ·  "
ELLIPSIS = "…"
# A short state ("Saved", "Unsaved changes") is never shortened; a longer one down to this
# many average characters.
STATE_CHARACTERS = 18
QUOTATIONS = PartKind.QUOTATION.value  # what the form says when the bank changed
# What ends a paragraph for reader_text: a line of nothing but spaces, tabs or returns.
_BLANK_LINES = re.compile(r"\n(?:[ \t\r]*\n)+")


class WordCounter(QObject):
    """Counts only the parts that changed since the last count (20,000 words take ~15 ms)."""

    def __init__(self) -> None:
        # A QObject for self.tr(text, "", n): lupdate sees plurals only in that form.
        super().__init__()
        self._counts: dict[str, int] = {}
        # Per part, the text a box holds back unshown (TextBox.held_text) and its words:
        # it does not change while the shown text is typed in, and may be 20 MB (2 s to
        # count), so it is counted once, not after every pause in typing.
        self._held_counts: dict[str, tuple[str, int]] = {}
        # Per section, the words of each paragraph last counted: a pause in typing
        # recounts the paragraphs typed in, not a body of 200,000 quotation tokens.
        self._paragraph_counts: dict[str, dict[str, int]] = {}
        self._counting: dict[str, dict[str, int]] = {}

    def counts(self) -> dict[str, int]:
        """Return the words per part as last counted ("total" included)."""
        return dict(self._counts)

    def _section_words(self, part: str, text: str, lookup: QuotationLookup) -> int:
        """Return the words of a section's Markdown, paragraph by paragraph.

        reader_text reads a blank line as the end of a paragraph and keeps nothing across
        it, and no word spans one: the words of a text are the sum of its paragraphs'.
        """
        from editor.text.counts import word_count
        from editor.text.reader import reader_text

        known = self._paragraph_counts.get(part, {})
        counting = self._counting.setdefault(part, {})
        total = 0
        for paragraph in _BLANK_LINES.split(text):
            words = counting.get(paragraph)
            if words is None:
                words = known.get(paragraph)
                if words is None:
                    words = word_count(reader_text(paragraph, lookup))
                counting[paragraph] = words
            total += words
        return total

    def recount(self, form: ArticleForm, dirty: set[str]) -> str:
        """Recount the dirty parts ("all" for every one); return the status bar text."""
        from editor.text.counts import word_count  # its pattern takes a while to compile

        boxes = form.part_boxes()
        # A token reads as its quotation's words: a changed bank changes the sections' counts.
        bank = ALL_PARTS in dirty or QUOTATIONS in dirty
        if bank:
            self._held_counts.clear()
            self._paragraph_counts.clear()
        for part, box in boxes:
            section = part_kind(part) is PartKind.SECTION
            due = ALL_PARTS in dirty or part in dirty or part not in self._counts
            if due or (section and bank):

                def words(text: str, section: bool = section, part: str = part) -> int:
                    if not section:
                        return word_count(text)
                    return self._section_words(part, text, form.quotations.lookup)

                held = box.held_text()
                if not held:
                    self._counts[part] = words(box.text())
                    continue
                shown = box.shown_text()
                known = self._held_counts.get(part)
                if known is None or known[0] is not held:
                    known = self._held_counts[part] = (held, words(held))
                # A word running across the cut is one word, not two.
                across = bool(shown) and shown[-1].isalnum() and held[0].isalnum()
                self._counts[part] = words(shown) + known[1] - across
        # Of the parts counted now, only the paragraphs they hold now are kept.
        self._paragraph_counts.update(self._counting)
        self._counting = {}
        total = sum(self._counts[part] for part, _box in boxes)
        self._counts["total"] = total
        pieces = []
        if self._counts[OPENING]:
            # Shown only when there is one: most articles have no opening line.
            pieces.append(
                QCoreApplication.translate("WordCounter", "Opening line: {0}").format(
                    self._counts[OPENING]
                )
            )
        pieces += [
            QCoreApplication.translate("WordCounter", "Headline: {0}").format(
                self._counts[HEADLINE]
            ),
            QCoreApplication.translate("WordCounter", "Standfirst: {0}").format(
                self._counts[STANDFIRST]
            ),
        ]
        labels = [pane.label_edit.text() for pane in form.sections]
        for index in range(len(labels)):
            # An unlabelled section by its place ("Section 3"), as everywhere else; it was
            # shown by its kind's stored name ("custom", seen on Xvfb).
            label = part_name(section_part(index), labels)
            # The label alone isolated (FSI … PDI): an Arabic label in an English interface,
            # or the other way round, keeps its place, and its count follows it in the
            # interface's direction ("62 الخبر" read as the count of the part before). A
            # colon between: an unlabelled section's name ends in its place ("Section 2").
            pieces.append(
                QCoreApplication.translate(
                    "WordCounter", "{0}: {1}", "a section's name, then its word count"
                ).format(isolated(label), self._counts[section_part(index)])
            )
        target = form.target_words()
        if target:
            pieces.append(self.tr("Total {0} of %n word(s)", "", target).format(total))
        else:
            pieces.append(self.tr("Total %n word(s)", "", total))
        return SEPARATOR.join(pieces)


class StatusLabel(QLabel):
    """A status bar label shown whole where it fits, else shortened with "…" and whole in
    its tip: at 800 px the counts lost the total's number ("Total  Saved") and a section's
    name was cut to "Backgroun" (seen on Xvfb).

    ``text()`` is the whole text (what a screen reader reads), ``shown_text()`` what the
    label's width shows of it; the size hint is the whole text's, so a layout gives it
    that where it can, and no less than ``shortest()``.
    """

    def tip_text(self) -> str:
        """Return the tip hovering shows: the whole text when shortened, then the label's
        own tip (an import's report), if any."""
        shortened = self.shown_text() != self.text()
        return "\n\n".join(
            tip for tip in (self.text() if shortened else "", self.toolTip()) if tip
        )

    def event(self, event: QEvent) -> bool:
        """Hovering shows ``tip_text()``: worked out for the width the label has then."""
        if event.type() == QEvent.Type.ToolTip:
            from PySide6.QtGui import QHelpEvent
            from PySide6.QtWidgets import QToolTip

            if isinstance(event, QHelpEvent):
                tip = self.tip_text()
                if tip:
                    QToolTip.showText(event.globalPos(), tip, self)
                else:
                    QToolTip.hideText()
                    event.ignore()
                return True
        return super().event(event)

    def minimumSizeHint(self) -> QSize:
        """The size of the shortest form it may be given."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin() + max(0, self.indent())
        return QSize(self.fontMetrics().horizontalAdvance(self.shortest()) + extra, hint.height())

    def shortest(self) -> str:
        """Return the shortest form of the text: a short one whole, else its start and "…"."""
        metrics = self.fontMetrics()
        room = STATE_CHARACTERS * metrics.averageCharWidth()
        if metrics.horizontalAdvance(self.text()) <= room:
            return self.text()
        return metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def shortened(self, room: int) -> str:
        """Return the text as shown in ``room`` px: cut with "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def shown_text(self) -> str:
        """Return what the label shows: the whole text, or it shortened to the width."""
        text = self.text()
        room = self._room()
        # Before it is laid out its width means nothing: nothing is shortened.
        laid_out = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        if not laid_out or self.fontMetrics().horizontalAdvance(text) <= room:
            return text
        return self.shortened(max(0, room))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the text as shown: whole, or shortened visibly."""
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle

        painter = QPainter(self)
        self.drawFrame(painter)
        margin = self.margin()
        rect = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter,
            rect,
            int(alignment),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()

    def _room(self) -> int:
        return self.contentsRect().width() - 2 * self.margin() - max(0, self.indent())


class CountsLabel(StatusLabel):
    """The word counts: where they do not all fit, the parts' counts go from the last one
    on, each whole, with "…" in their place; the total always stays, with its number."""

    def shortest(self) -> str:
        """Return "…  ·  Total 143 words" (the total alone when there are no parts)."""
        pieces = self.text().split(SEPARATOR)
        if len(pieces) < 2:
            return self.text()
        return SEPARATOR.join([ELLIPSIS, pieces[-1]])

    def shortened(self, room: int) -> str:
        """Return the first parts' counts that fit with the total, "…" for the rest."""
        pieces = self.text().split(SEPARATOR)
        metrics = self.fontMetrics()
        for kept in range(len(pieces) - 2, -1, -1):
            shown = SEPARATOR.join([*pieces[:kept], ELLIPSIS, pieces[-1]])
            if metrics.horizontalAdvance(shown) <= room:
                return shown
        # Narrower than the total itself (the label is never laid out so): cut visibly.
        return metrics.elidedText(self.shortest(), Qt.TextElideMode.ElideRight, room)


class StatusBar(QStatusBar):
    """A status bar whose passing message is shortened visibly ("…") where it does not fit
    beside the permanent items, with the whole message as the bar's tip; Qt cuts it off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        """Add a permanent item (the message is drawn up to the first one shown)."""
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)
        self._keep_message_alone()

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int | None = 0) -> int:
        """Insert a permanent item (the message is drawn up to the first one shown)."""
        self._permanent.append(widget)
        index = super().insertPermanentWidget(index, widget, stretch or 0)
        self._keep_message_alone()
        return index

    def addWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        """Add an item (hidden, as the others, while a message shows; shown after it)."""
        hidden_by_owner = self._hidden_by_owner(widget)
        super().addWidget(widget, stretch or 0)
        self._added_under_message(widget, hidden_by_owner)

    def insertWidget(self, index: int, widget: QWidget, stretch: int | None = 0) -> int:
        """Insert an item (hidden, as the others, while a message shows; shown after it)."""
        hidden_by_owner = self._hidden_by_owner(widget)
        index = super().insertWidget(index, widget, stretch or 0)
        self._added_under_message(widget, hidden_by_owner)
        return index

    @staticmethod
    def _hidden_by_owner(widget: QWidget) -> bool:
        return widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )

    def _added_under_message(self, widget: QWidget, hidden_by_owner: bool) -> None:
        if self.currentMessage() and not hidden_by_owner:
            # Qt hides an item added under a message for good: the message's end, which
            # shows the items it hid, would leave this one hidden.
            widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)
        self._keep_message_alone()

    def removeWidget(self, widget: QWidget) -> None:
        """Remove an item, permanent or not."""
        if widget in self._permanent:
            self._permanent.remove(widget)
        super().removeWidget(widget)
        self._keep_message_alone()

    def _keep_message_alone(self) -> None:
        # Qt lays the bar out again for an item added or removed, and its layout shows each
        # item the message had hidden (a queued show): the counts were drawn under the
        # message. Hidden again once those shows are done.
        if self.currentMessage():
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self._hide_for_message)

    def _hide_for_message(self) -> None:
        if self.currentMessage():
            self.hideOrShow()

    def message_room(self) -> QRect:
        """Return where the message is drawn: as Qt does, up to the permanent items."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left, right = 6, self.width() - 12
        for widget in self._shown_permanent():
            if rtl:
                left = max(left, widget.x() + widget.width() + 2)
            else:
                right = min(right, widget.x() - 2)
        return QRect(left, 0, max(0, right - left), self.height())

    def _shown_permanent(self) -> list[QWidget]:
        return [widget for widget in self._permanent if widget.isVisible()]

    def shown_message(self) -> str:
        """Return the message as drawn: whole, or shortened with "…"."""
        message = self.currentMessage()
        room = self.message_room().width()
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint as Qt does, with the message shortened where it would be cut off."""
        message = self.currentMessage()
        shown = self.shown_message()
        if not message or shown == message:
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        # While a message shows only the permanent items are visible: framed as Qt does.
        for widget in self._shown_permanent():
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
            )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.message_room(), int(flags) | int(Qt.TextFlag.TextSingleLine), shown)
        painter.end()

    def tip_text(self) -> str:
        """Return the tip hovering the bar shows: the whole message when shortened."""
        message = self.currentMessage()
        return message if self.shown_message() != message else ""

    def event(self, event: QEvent) -> bool:
        """Hovering a shortened message shows it whole."""
        if event.type() == QEvent.Type.ToolTip:
            from PySide6.QtGui import QHelpEvent
            from PySide6.QtWidgets import QToolTip

            tip = self.tip_text()
            if isinstance(event, QHelpEvent) and tip and self.message_room().contains(event.pos()):
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().event(event)
