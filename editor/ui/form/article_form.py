"""The whole article as one scrolling page: its text in published order, then its panes."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QDropEvent,
    QFont,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model import Article, Comment, Direction, Quotation, Section
from editor.model.copying import deep_copy
from editor.model.parts import (
    HEADLINE,
    OPENING,
    STANDFIRST,
    MalformedPartError,
    PartKind,
    PartRef,
    parse_part,
    section_part,
)
from editor.ui.form.desk_fields import META_PART, DeskEdit, DeskFields
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.panes import (
    SECTION_MIME,
    BylinePane,
    CollapsiblePane,
    OpeningPane,
    SectionPane,
    TextPane,
)
from editor.ui.form.section_steps import (
    BankEdit,
    PartSetting,
    SectionMove,
    SectionPlacement,
    SectionRename,
)
from editor.ui.form.text_box import TextBox
from editor.ui.form.undo_history import ArticleHistory

if TYPE_CHECKING:
    from editor.render.styles import HouseStyle
    from editor.ui.form.meta_pane import MetaPane
    from editor.ui.form.quotations_pane import QuotationsPane
    from editor.ui.form.usage import QuotationUsage

# The page's width at most, in average characters of the body's font (a printed column is
# some 60-80; past that a line is hard to follow back), and its margins in pixels.
PAGE_CHARACTERS = 80
PAGE_MARGIN = 28
# Room kept above and below the cursor when the page scrolls to it, in lines.
CURSOR_ROOM_LINES = 2


class ArticleForm(QScrollArea):
    """Opening line, headline, standfirst, sections, quotations, byline and metadata.

    The widgets hold the text while it is edited; ``article()`` builds a fresh Article from
    them, so nothing is copied on each keystroke. ``changed`` names the part that changed.
    """

    changed = Signal(str)
    # A section pane made after the form was built (Insert › Section): review and spelling
    # follow its body too.
    section_added = Signal(object)
    # The sections were added, removed or moved (done, undone or redone): part keys of
    # sections may name other sections now.
    sections_rearranged = Signal()
    # The cursor moved in a text box with the focus (the preview follows it).
    cursor_moved = Signal()

    def __init__(
        self,
        article: Article,
        parent: QWidget | None = None,
        font: QFont | None = None,
        style: HouseStyle | None = None,
    ) -> None:
        super().__init__(parent)
        self._base = article
        # The writer's font (the body's size and family) and the house style whose sizes
        # and weights the other parts take, relative to the body, as exported.
        self._font: QFont | None = None
        self._style = style
        # The quotations, byline and article-settings panes sit below the first screen:
        # they are built by complete() (the window calls it after its first paint) or on
        # first use of form.quotations / form.byline / form.meta, whichever comes first.
        self._quotations: QuotationsPane | None = None
        self._byline: BylinePane | None = None
        self._meta: MetaPane | None = None
        # The language whose labels the sections were given (they follow it when it changes).
        self._labels_language = ""
        # True while undo or redo shows a language again (no new step, no labels follow).
        self._showing_language = False
        self._read_only = False
        # True while mark_saved clears the modified flags: a save is no edit.
        self._marking_saved = False
        # An edit since the last save outside the text boxes (a label, the byline, the
        # bank, a setting): those have no place in the article's undo history.
        self._edited_elsewhere = False
        # One undo history across the text boxes (Ctrl+Z undoes the last change anywhere).
        self.history = ArticleHistory(self._reveal_box, self)
        self.history.stepped.connect(self.changed)
        # The section editor the user last typed in (Insert quotation goes there).
        self._last_editor: MarkdownEditor | None = None
        # How an undone or redone bank edit is shown: the bank, unless it was made from the
        # text (a chip's quotation edited, a new one put at the cursor), then the text.
        self._bank_edit_reveal: Callable[[], None] | None = None
        # Each text box's part key as placed now (id(box) -> "sections/1"): a moved section
        # changes its key, and the signals name the part by this.
        self._box_parts: dict[int, str] = {}
        # The sections as last saved (pane, label): moving back to them is no change.
        self._saved_sections: list[tuple[int, str]] = []
        # True while an undo step puts a label back: that is no new rename.
        self._setting_label = False
        self._bank_at_load = {quotation.id: quotation for quotation in article.quotations}
        # Which quotations the bodies use: first asked for by the bank's pane (complete()).
        self._usage: QuotationUsage | None = None
        self._usage_shown = -1  # the version of the counts the bank's table shows
        self.setWidgetResizable(True)
        # The form follows the window's width; it never scrolls sideways (the panes narrow,
        # their headers elide), and the window folds the preview away before it gets there.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As a word processor's page: the scroll bar is there from the start, so the text
        # does not wrap again (narrower by the bar) when it first grows past the window.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._content = QWidget(self)
        outer = QVBoxLayout(self._content)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)
        # The text on a page of its own (the base colour, like paper), centred, no wider
        # than a comfortable column; the quotations, byline and settings below it.
        self._page = QFrame(self._content)
        # A section dragged by its name is dropped on the page (SectionPane.start_drag).
        self._page.setAcceptDrops(True)
        self._page.installEventFilter(self)
        self._page.setAutoFillBackground(True)
        self._page.setBackgroundRole(QPalette.ColorRole.Base)
        # On the page a column as wide as the text runs on paper, centred: the margins
        # take what is left over, and the text keeps its width while the window changes.
        self._column = QWidget(self._page)
        page_row = QHBoxLayout(self._page)
        page_row.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN)
        page_row.addStretch(1)
        page_row.addWidget(self._column, 1000)
        page_row.addStretch(1)
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._lower_column = QWidget(self._content)
        self._lower = QVBoxLayout(self._lower_column)
        self._lower.setContentsMargins(0, 0, 0, 0)
        self._lower.setSpacing(6)
        for column in (self._page, self._lower_column):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(column, 1000)
            row.addStretch(1)
            outer.addLayout(row)
        outer.addStretch(1)
        self.opening = OpeningPane(self._column)
        self.headline = TextPane("", self._column)
        self.standfirst = TextPane("", self._column)
        self.retranslate()
        self.sections: list[SectionPane] = []
        for pane in (self.opening, self.headline, self.standfirst):
            self._layout.addWidget(pane)
        for section in article.sections:
            self._add_section_pane(section)
        self.setWidget(self._content)
        # Before the text is loaded: a new font lays every text out again.
        self._font = QFont(font) if font is not None else QFont(self.opening.editor.font())
        self._apply_look()
        # The page follows the cursor of the box being typed in: the boxes never scroll.
        self._follow_box: TextBox | None = None
        self._follow_settles = False
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_cursor)
        self._load(article)
        self._connect()
        self._saved_sections = self._section_state()

    def retranslate(self) -> None:
        """Word the headline and standfirst panes (the other panes word themselves)."""
        self.headline.set_title(self.tr("Headline"))
        self.headline.editor.setPlaceholderText(self.tr("The headline, often a question"))
        self.standfirst.set_title(self.tr("Standfirst"))
        self.standfirst.editor.setPlaceholderText(self.tr("Optional one-paragraph summary"))

    def changeEvent(self, event: QEvent) -> None:
        """Word the form again when the interface language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- building -----------------------------------------------------------------------

    @property
    def quotations(self) -> QuotationsPane:
        """The quotations pane (the bank)."""
        if self._quotations is None:
            self.complete()
        assert self._quotations is not None  # complete() builds it
        return self._quotations

    @property
    def byline(self) -> BylinePane:
        """The byline pane."""
        if self._byline is None:
            self.complete()
        assert self._byline is not None  # complete() builds it
        return self._byline

    @property
    def meta(self) -> MetaPane:
        """The article settings pane: language, tags, status, target length."""
        if self._meta is None:
            self.complete()
        assert self._meta is not None  # complete() builds it
        return self._meta

    def minimum_width(self) -> int:
        """Return the narrowest the form can be without cutting anything off (scroll bar in)."""
        content = self._content.minimumSizeHint().width()
        return content + self.verticalScrollBar().sizeHint().width()

    def section_labels(self) -> list[str]:
        """Return each section's label as typed, in order (names parts for the user)."""
        return [pane.label_edit.text() for pane in self.sections]

    def finish_highlighting(self) -> None:
        """Highlight what the bodies' loads left for later (called after the first paint)."""
        for editor in self.markdown_editors():
            editor.finish_highlighting()

    def complete(self) -> None:
        """Build the quotations, byline and article-settings panes (once)."""
        if self._quotations is not None:
            return
        # Imported here, as the panes are built: after the first paint.
        from editor.ui.form.meta_pane import MetaPane
        from editor.ui.form.quotations_pane import QuotationsPane

        article = self._base
        self._quotations = QuotationsPane(self._lower_column)
        self._byline = BylinePane(self._lower_column)
        self._meta = MetaPane(self._lower_column)
        for pane in (self._quotations, self._byline, self._meta):
            self._lower.addWidget(pane)
        self._quotations.set_quotations(article.quotations)
        self._byline.set_byline(article.byline)
        self._byline.set_language(article.language)
        self._meta.language_combo.set_code(article.language)
        self._labels_language = article.language
        self._meta.tags_edit.setText(", ".join(article.meta.tags))
        self._meta.set_status(article.meta.status)
        # Clamped: a file may ask for more than the box can show (Qt refuses ints past 2**31).
        spin = self._meta.target_spin
        spin.setValue(min(article.meta.target_words, spin.maximum()))
        self._quotations.bank_changed.connect(self._on_bank_changed)
        self._quotations.bank_edited.connect(self._on_bank_edited)
        self._quotations.insert_requested.connect(self.insert_quotation)
        self._quotations.jump_requested.connect(self.jump_to_use)
        self._byline.changed.connect(lambda: self._edited("byline"))
        self._meta.changed.connect(self._on_meta_changed)
        if self._read_only:
            self._set_lower_read_only(True)
        self.refresh_usage()

    def _lookup(self, quotation_id: str) -> Quotation | None:
        # Until the bank's pane is built, the bank is the one the article was loaded with.
        if self._quotations is None:
            return self._bank_at_load.get(quotation_id)
        return self._quotations.lookup(quotation_id)

    def _new_section_pane(self, section: Section) -> SectionPane:
        pane = SectionPane(section.kind, self._lookup, self._column)
        pane.source = section
        # Chips take the article language's quotation marks; a double-click on one edits
        # its quotation where it is.
        pane.editor.set_language(self.article_language())
        pane.editor.quotation_requested.connect(partial(self.open_quotation, editor=pane.editor))
        return pane

    def _add_section_pane(self, section: Section) -> SectionPane:
        pane = self._new_section_pane(section)
        self._layout.insertWidget(3 + len(self.sections), pane)
        self.sections.append(pane)
        return pane

    def _load(self, article: Article) -> None:
        self.opening.editor.set_text(article.opening.text)
        self.opening.language_button.set_value(article.opening.language)
        self.opening.set_direction(article.opening.direction)
        self.headline.editor.set_text(article.headline)
        self.headline.set_direction(article.headline_direction)
        self.standfirst.editor.set_text(article.standfirst)
        self.standfirst.set_direction(article.standfirst_direction)
        for pane, section in zip(self.sections, article.sections, strict=True):
            pane.label_edit.setText(section.label)
            pane.editor.set_text(section.body)
            pane.set_direction(section.direction)

    def _connect(self) -> None:
        for part, pane in self._text_panes():
            self._box_parts[id(pane.editor)] = part
            self._follow_box_edits(pane.editor, part)
        for pane in (self.opening, self.headline, self.standfirst):
            pane.direction_button.changed.connect(self._on_setting_changed)
            pane.direction_button.chosen.connect(partial(self._setting_chosen, pane.set_direction))
        language = self.opening.language_button
        language.changed.connect(self._on_setting_changed)
        language.chosen.connect(partial(self._setting_chosen, language.set_value))
        for pane in self.sections:
            self._connect_section(pane)

    def _follow_box_edits(self, box: TextBox, part: str) -> None:
        # A box's edits reach the form's signals, the page and the article's history.
        self._watch(box)
        self._on_page(box)
        self.history.watch(box, part)
        box.undo_history = self.history

    def _connect_section(self, pane: SectionPane) -> None:
        pane.shown_label = pane.label_edit.text()
        pane.label_edit.textChanged.connect(lambda label, pane=pane: self._on_label(pane, label))
        pane.label_edit.editingFinished.connect(lambda pane=pane: self._close_rename(pane))
        pane.label_edit.undo_history = self.history
        pane.direction_button.changed.connect(self._on_setting_changed)
        pane.direction_button.chosen.connect(partial(self._setting_chosen, pane.set_direction))
        pane.place = partial(self._place_of, pane)
        pane.add_requested.connect(lambda kind, pane=pane: self._add_after(pane, kind))
        pane.move_requested.connect(lambda step, pane=pane: self._move_pane(pane, step))
        pane.remove_requested.connect(lambda pane=pane: self._remove_pane(pane))

    def _edited(self, part: str) -> None:
        # A change outside the text boxes: the article stays modified until it is saved.
        self._edited_elsewhere = True
        self.changed.emit(part)

    def note_edit(self) -> None:
        """Note an unsaved change the form's fields do not show (a restored recovery copy)."""
        self._edited_elsewhere = True

    def is_modified(self) -> bool:
        """Whether the article differs from the text as loaded or last saved.

        Undoing back to that text makes it unmodified again (as far as the text boxes go).
        """
        if self._edited_elsewhere or self._section_state() != self._saved_sections:
            return True
        return any(box.document().isModified() for box in self.text_boxes())

    def _section_state(self) -> list[tuple[int, str]]:
        # Which panes, in which order, with which labels: a pane's kind, body and direction
        # go with it.
        return [(id(pane), pane.label_edit.text()) for pane in self.sections]

    def _reveal_box(self, box: QTextEdit) -> None:
        # An undone or redone step is shown where it happened, with the cursor there.
        for _part, pane in self._text_panes():
            if pane.editor is box:
                pane.set_expanded(True)
                break
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(box, TextBox):
            self.show_cursor(box)
        else:
            self.ensureWidgetVisible(box, 0, 40)
            box.ensureCursorVisible()

    # -- the page follows the cursor --------------------------------------------------------

    def _on_page(self, box: TextBox) -> None:
        """Let the page scroll to the box's cursor and take its page and edge keys."""
        box.form_keys = self
        box.cursorPositionChanged.connect(lambda box=box: self._cursor_moved(box))
        box.height_fitted.connect(lambda box=box: self._box_grew(box))

    def _box_grew(self, box: TextBox) -> None:
        self._follow_settles = True
        self._cursor_moved(box)

    def _cursor_moved(self, box: TextBox) -> None:
        # Later, once the box's new height has reached the page's layout (a key at the end
        # grows the box, and the page can only scroll as far as it is tall).
        if box.hasFocus():
            self._follow_box = box
            self._follow_timer.start()
            self.cursor_moved.emit()

    @Slot()
    def _follow_cursor(self) -> None:
        box = self._follow_box
        self._follow_box = None
        if box is not None and box.hasFocus():
            # Only after a box grew or shrank are there layouts to wait for: a key that
            # leaves the heights alone costs no pass over the posted events.
            if self._follow_settles:
                settle_layouts()
            self._scroll_to_cursor(box)
        self._follow_settles = False

    def show_cursor(self, box: TextBox) -> None:
        """Scroll the page so that a box's cursor is in view, now (Find, undo, a jump)."""
        settle_layouts()
        self._scroll_to_cursor(box)

    def _scroll_to_cursor(self, box: TextBox) -> None:
        if not box.isVisible():
            return
        rect = box.cursorRect()
        top = box.viewport().mapTo(self._content, rect.topLeft())
        room = CURSOR_ROOM_LINES * box.fontMetrics().lineSpacing()
        half = rect.height() // 2
        self.ensureVisible(max(0, top.x()), top.y() + half, 0, half + room)

    def page(self, box: TextBox, step: int, select: bool) -> bool:
        """Page Up/Down in a box: the page turns by a screen and the cursor goes along."""
        bar = self.verticalScrollBar()
        rect = box.cursorRect()
        at = box.viewport().mapTo(self.viewport(), rect.center())
        before = bar.value()
        bar.setValue(before + step * bar.pageStep())
        moved = bar.value() - before
        if moved == 0:
            # The page is at its end: the cursor goes to the start or end of the text.
            self._put_cursor_at_end(box, step, select)
            return True
        target, point = self._box_at(at, box, step)
        cursor = target.cursorForPosition(point)
        if target is box and select:
            kept = box.textCursor()
            kept.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor = kept
        if target is not box:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.setTextCursor(cursor)
        return True

    def _box_at(self, at: QPoint, box: TextBox, step: int) -> tuple[TextBox, QPoint]:
        """Return the text box at a point of the view (or the nearest one past it that way),
        and the point in its viewport."""
        boxes = [b for b in self.text_boxes() if b.isVisible()]
        nearest: tuple[TextBox, QPoint] | None = None
        for candidate in boxes if step > 0 else reversed(boxes):
            view = candidate.viewport()
            local = view.mapFrom(self.viewport(), at)
            if view.rect().contains(local):
                return candidate, local
            below = local.y() < 0 if step > 0 else local.y() >= view.height()
            if below and nearest is None:
                y = 1 if step > 0 else view.height() - 2
                nearest = (candidate, QPoint(local.x(), y))
        if nearest is not None:
            return nearest
        view = box.viewport()
        return box, view.mapFrom(self.viewport(), at)

    def _put_cursor_at_end(self, box: TextBox, step: int, select: bool) -> None:
        cursor = box.textCursor()
        end = QTextCursor.MoveOperation.End if step > 0 else QTextCursor.MoveOperation.Start
        mode = QTextCursor.MoveMode.KeepAnchor if select else QTextCursor.MoveMode.MoveAnchor
        cursor.movePosition(end, mode)
        box.setTextCursor(cursor)

    def leave(self, box: TextBox, step: int) -> None:
        """An arrow past a box's first or last line: the cursor goes on into the next part."""
        target = self._next_box(box, step)
        if target is None:
            return
        # Into the line next to it, at the same place across the page, as an arrow moves
        # between a document's paragraphs (it went to the part's end: "settled.Y" typed
        # after an Up from the start of the text below, seen on Xvfb).
        document = target.document()
        block = document.firstBlock() if step > 0 else document.lastBlock()
        layout = block.layout()
        lines = layout.lineCount()
        cursor = target.textCursor()
        if lines == 0:
            cursor.movePosition(
                QTextCursor.MoveOperation.Start if step > 0 else QTextCursor.MoveOperation.End
            )
            self._go_to(target, cursor)
            return
        line = layout.lineAt(0 if step > 0 else lines - 1)
        top = document.documentLayout().blockBoundingRect(block).top()
        here = box.viewport().mapToGlobal(box.cursorRect().center())
        x = target.viewport().mapFromGlobal(here).x() + target.horizontalScrollBar().value()
        y = top + line.y() + line.height() / 2
        position = document.documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        cursor.setPosition(max(0, position))
        self._go_to(target, cursor)

    def go_on(self, box: TextBox) -> None:
        """Enter in a one-paragraph box (a headline): writing goes on in the next part, at
        the end of a one-paragraph one, in a new first paragraph of a body (as a word
        processor opens a paragraph under a title)."""
        target = self._next_box(box, 1)
        if target is None:
            return
        if isinstance(target, MarkdownEditor):
            cursor = target.open_first_paragraph()
        else:
            cursor = target.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self._go_to(target, cursor)

    def _next_box(self, box: TextBox, step: int) -> TextBox | None:
        boxes = [b for b in self.text_boxes() if b.isVisible() and b.isEnabled()]
        place = _index_of(boxes, box)
        to = place + step
        if place < 0 or not 0 <= to < len(boxes):
            return None
        return boxes[to]

    def _go_to(self, target: TextBox, cursor: QTextCursor) -> None:
        target.setTextCursor(cursor)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_cursor(target)

    def _watch(self, box: TextBox) -> None:
        # Only edits count, not formatting: re-highlighting, or a highlighter being
        # detached, reports its format changes like edits (textChanged, contentsChange with
        # characters "removed" and "added"). The document's modified flag is set by edits
        # (typing, paste, undo, redo) only; mark_saved() clears it.
        document = box.document()
        key = id(box)

        def on_change() -> None:
            if document.isModified() and key in self._box_parts:
                self.changed.emit(self._box_parts[key])

        def on_modification(modified: bool) -> None:
            # Undo back to the text as loaded or saved clears the flag before the document
            # says its contents changed: that is an edit too, which on_change cannot see.
            if not modified and not self._marking_saved and key in self._box_parts:
                self.changed.emit(self._box_parts[key])

        document.contentsChanged.connect(on_change)
        document.modificationChanged.connect(on_modification)

    def mark_saved(self) -> None:
        """Note that the text as shown is saved: from now on only new edits count."""
        self._marking_saved = True
        try:
            for box in self.text_boxes():
                box.document().setModified(False)
        finally:
            self._marking_saved = False
        self._edited_elsewhere = False
        self._saved_sections = self._section_state()

    # -- the article --------------------------------------------------------------------

    def article(self) -> Article:
        """Return the article as the form shows it now (a new object; the form keeps its own)."""
        base = self._base
        article = copy.copy(base)
        article.language = self.meta.language_combo.code()
        article.opening = deep_copy(base.opening)
        article.opening.text = self.opening.editor.text()
        article.opening.language = self.opening.language_button.value()
        article.opening.direction = Direction(self.opening.editor.direction())
        article.headline = self.headline.editor.text()
        article.headline_direction = Direction(self.headline.editor.direction())
        article.standfirst = self.standfirst.editor.text()
        article.standfirst_direction = Direction(self.standfirst.editor.direction())
        article.sections = []
        for pane in self.sections:
            edited = deep_copy(pane.source)
            edited.label = pane.label_edit.text()
            edited.body = pane.editor.text()
            edited.direction = Direction(pane.editor.direction())
            article.sections.append(edited)
        article.quotations = self.quotations.quotations()
        article.byline = deep_copy(base.byline)
        self.byline.fill(article.byline)
        article.meta = deep_copy(base.meta)
        article.meta.tags = self.meta.tags()
        article.meta.status = self.meta.status()
        article.meta.target_words = self.meta.target_spin.value()
        return article

    def target_words(self) -> int:
        """Return the target length in words, 0 when none is set."""
        return self.meta.target_spin.value()

    # -- the desk's fields (edited in the article properties dialog) ----------------------

    def is_read_only(self) -> bool:
        """Whether the article may not be changed here (someone else has it, or it is locked)."""
        return self._read_only

    def desk_fields(self) -> DeskFields:
        """Return the desk's fields as the article has them now."""
        sections = [pane.source for pane in self.sections]
        return DeskFields.of(self._base.meta, sections, self._base.corrections)

    def set_desk_fields(self, fields: DeskFields) -> bool:
        """Change the desk's fields, as one step of the undo history; False when unchanged."""
        before = self.desk_fields()
        if self._read_only or fields == before:
            return False
        panes: list[object] = list(self.sections)
        self.put_desk_fields(fields, panes)
        self.history.push_action(DeskEdit(self, before, fields, panes))
        self._edited(META_PART)
        return True

    def put_desk_fields(self, fields: DeskFields, panes: list[object] | None = None) -> None:
        """Give the article these desk fields, the genres to these section panes (the
        sections in their order when None); no undo step of its own."""
        # New objects, not changes in place: an article handed out before (a save under
        # way) keeps the fields it was given.
        self._base.meta = fields.meta_with(self._base.meta)
        self._base.corrections = [deep_copy(entry) for entry in fields.corrections]
        # As many genres as sections when the dialog was filled; fewer only if sections
        # were added since (they keep their own).
        placed = panes if panes is not None else self.sections
        for pane, genre in zip(placed, fields.genres, strict=False):
            if isinstance(pane, SectionPane) and pane.source.genre != genre:
                source = deep_copy(pane.source)
                source.genre = genre
                pane.source = source

    # -- panes and editors --------------------------------------------------------------

    def panes(self) -> list[CollapsiblePane]:
        """Return every pane from top to bottom."""
        return [
            self.opening,
            self.headline,
            self.standfirst,
            *self.sections,
            self.quotations,
            self.byline,
            self.meta,
        ]

    def _text_panes(self) -> list[tuple[str, TextPane | SectionPane]]:
        # The one map from part keys to the panes that edit them, in reading order.
        panes: list[tuple[str, TextPane | SectionPane]] = [
            (OPENING, self.opening),
            (HEADLINE, self.headline),
            (STANDFIRST, self.standfirst),
        ]
        panes += [(section_part(index), pane) for index, pane in enumerate(self.sections)]
        return panes

    def _text_pane(self, part: str | PartRef) -> TextPane | SectionPane | None:
        key = part.key if isinstance(part, PartRef) else part
        for candidate, pane in self._text_panes():
            if candidate == key:
                return pane
        return None

    def part_boxes(self) -> list[tuple[str, TextBox]]:
        """Return each part's key with the text box that edits it, in reading order."""
        return [(part, pane.editor) for part, pane in self._text_panes()]

    def text_box(self, part: str | PartRef) -> TextBox | None:
        """Return the text box that edits a part ("sections/1": the second section's body).

        None for a part with no text box of its own (quotations, byline) or one the form
        does not have.
        """
        pane = self._text_pane(part)
        return pane.editor if pane is not None else None

    def show_part(self, part: str | PartRef) -> TextBox | None:
        """Unfold and scroll to the pane of a part; return its text box, if it has one.

        A quotation is shown selected in the bank; the byline's pane is shown.
        """
        pane = self._text_pane(part)
        if pane is not None:
            self.show_pane(pane)
            return pane.editor
        try:
            ref = part if isinstance(part, PartRef) else parse_part(part)
        except MalformedPartError:
            return None
        if ref.kind is PartKind.QUOTATION:
            self.show_pane(self.quotations)
            self.quotations.select(ref.quotation_id)
        elif ref.kind is PartKind.BYLINE:
            self.show_pane(self.byline)
        return None

    def text_boxes(self) -> list[TextBox]:
        """Return every multi-line text box from top to bottom."""
        return [box for _part, box in self.part_boxes()]

    def searchable(self) -> list[TextBox | QLineEdit]:
        """Return every field Find/Replace looks in, in reading order."""
        fields: list[TextBox | QLineEdit] = [
            self.opening.editor,
            self.headline.editor,
            self.standfirst.editor,
        ]
        for pane in self.sections:
            fields += [pane.label_edit, pane.editor]
        fields += [
            self.byline.author_edit,
            self.byline.office_edit,
            self.byline.place_edit,
            self.meta.tags_edit,
        ]
        return fields

    def markdown_editors(self) -> list[MarkdownEditor]:
        """Return the section bodies' editors."""
        return [pane.editor for pane in self.sections]

    def show_pane(self, pane: CollapsiblePane) -> None:
        """Unfold a pane, scroll it into view and focus its main field."""
        pane.focus_content()
        self.ensureWidgetVisible(pane, 0, 40)
        if pane.focus_target is not None:
            self.ensureWidgetVisible(pane.focus_target, 0, 40)

    def go_to_pane(self, number: int, focused: QWidget | None) -> None:
        """Show pane 1…6: opening, headline, standfirst, sections, quotations, byline.

        Pressed again, 4 moves on to the next section and 6 to the article's settings.
        """
        if number == 4 and self.sections:
            current = [
                i
                for i, pane in enumerate(self.sections)
                if focused is not None and pane.isAncestorOf(focused)
            ]
            index = (current[0] + 1) % len(self.sections) if current else 0
            self.show_pane(self.sections[index])
            return
        if number == 6:
            in_byline = focused is not None and self.byline.isAncestorOf(focused)
            self.show_pane(self.meta if in_byline else self.byline)
            return
        panes = {1: self.opening, 2: self.headline, 3: self.standfirst, 5: self.quotations}
        if number in panes:
            self.show_pane(panes[number])

    def set_editor_font(self, font: QFont) -> None:
        """Use this font for the body text; the other parts follow it as the house style sizes
        them (the headline larger and bold)."""
        if self._font is not None and font == self._font:
            return
        self._font = QFont(font)
        self._apply_look()

    def set_house_style(self, style: HouseStyle) -> None:
        """Set each part in the sizes and weights a house style exports it in."""
        if style == self._style:
            return
        self._style = style
        self._apply_look()

    def part_font(self, part: str) -> QFont:
        """Return the font a part is shown in: "body", "headline", "standfirst", "opening",
        "label" (a section's), each as the house style sets it, the body at the writer's size."""
        base = QFont(self._font) if self._font is not None else QFont(self.font())
        style = self._style
        if style is None:
            ratios = {"headline": 1.35}
        else:
            # The style's sizes are relative to its body's: the writer's font size is the body's.
            sizes = style.sizes
            body = sizes.body if sizes.body > 0 else 1.0
            ratios = {
                "headline": sizes.title / body,
                "standfirst": sizes.standfirst / body,
                "opening": sizes.opening / body,
                "label": sizes.label / body,
            }
        font = QFont(base)
        if part in ratios:
            font.setPointSizeF(max(1.0, base.pointSizeF() * ratios[part]))
        # The weights of the exported page (article.css): the headline and labels are
        # headings, the standfirst is set semi-bold.
        if part in ("headline", "label"):
            font.setBold(True)
        elif part == "standfirst" and style is not None:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _apply_look(self) -> None:
        parts = {
            id(self.opening.editor): "opening",
            id(self.headline.editor): "headline",
            id(self.standfirst.editor): "standfirst",
        }
        for box in self.text_boxes():
            font = self.part_font(parts.get(id(box), "body"))
            if box.font() != font:
                box.setFont(font)
        label = self.part_font("label")
        for pane in self.sections:
            if pane.label_edit.font() != label:
                pane.label_edit.setFont(label)
        # The page as wide as the house style's paper and its text as wide as the paper's
        # between the margins, so lines run about as long as printed; never wider than the
        # window gives. Without a style: a column of PAGE_CHARACTERS, an average character
        # taken as half an em (measuring the font would load it before the first paint).
        dots_per_mm = self.logicalDpiX() / 25.4
        if self._style is not None:
            page = self._style.page
            paper = round(page.width_mm * dots_per_mm)
            text = paper - round((page.margin_left + page.margin_right) * dots_per_mm)
        else:
            em = self.part_font("body").pointSizeF() * self.logicalDpiX() / 72
            text = round(em / 2 * PAGE_CHARACTERS)
            paper = text + 2 * PAGE_MARGIN
        self._column.setMaximumWidth(max(text, 1))
        self._page.setMaximumWidth(max(paper, text + 2 * PAGE_MARGIN))
        self._lower_column.setMaximumWidth(self._page.maximumWidth())

    def note_modified(self, stamp: str) -> None:
        """Take the modified time the article was saved with (no edit, no undo step)."""
        self._base.meta = dataclasses.replace(self._base.meta, modified=stamp)

    def page_widget(self) -> QWidget:
        """Return the page the article's text is set on (its parts in published order)."""
        return self._page

    def set_read_only(self, read_only: bool) -> None:
        """Make every field read-only (a file someone else has open)."""
        self._read_only = read_only
        for box in self.text_boxes():
            box.setReadOnly(read_only)
        for pane in self.sections:
            pane.label_edit.setReadOnly(read_only)
            pane.menu_button.setEnabled(not read_only)
        if self._quotations is not None:
            self._set_lower_read_only(read_only)

    def _set_lower_read_only(self, read_only: bool) -> None:
        for field in (
            self.byline.author_edit,
            self.byline.office_edit,
            self.byline.place_edit,
            self.meta.tags_edit,
        ):
            field.setReadOnly(read_only)
        for pane in (self.quotations, self.meta):
            pane.body.setEnabled(not read_only)

    # -- sections: add, remove, move, rename -----------------------------------------------

    def comments(self) -> list[Comment]:
        """Return the article's live list of review comments (sections renumber them)."""
        return self._base.comments

    def part_of_box(self, box: QTextEdit) -> str | None:
        """Return the part key a text box edits now, None when it is not placed (removed)."""
        return self._box_parts.get(id(box))

    def current_section(self, focused: QWidget | None) -> int:
        """Return the place of the section holding a widget (the focus), -1 when none."""
        if focused is None:
            return -1
        for index, pane in enumerate(self.sections):
            if pane.isAncestorOf(focused):
                return index
        return -1

    def add_section(self, kind: str, after: int = -1) -> SectionPane | None:
        """Add a section of a kind after the one at ``after`` (-1: at the end); one undo step.

        A news or comment section gets the article language's label, a custom one none;
        its body gets the focus (a custom one: its label, to be named).
        """
        if self._read_only:
            return None
        from editor.text.languages import language_or_default

        label = language_or_default(self.article_language()).label_for(kind)
        index = len(self.sections) if after < 0 else min(after + 1, len(self.sections))
        pane = self._new_section_pane(Section(kind=kind, label=label))
        pane.label_edit.setText(label)
        pane.editor.setFont(self.part_font("body"))
        pane.label_edit.setFont(self.part_font("label"))
        # Not placed yet (no part key): the step places it, and says so.
        self._follow_box_edits(pane.editor, section_part(index))
        self._connect_section(pane)
        self.section_added.emit(pane)
        self._do(SectionPlacement(self, pane, index))
        return pane

    def remove_section(self, index: int) -> bool:
        """Remove the section at a place (one undo step brings it back); False when none."""
        if self._read_only or not 0 <= index < len(self.sections):
            return False
        self._do(SectionPlacement(self, self.sections[index], index, removal=True))
        return True

    def move_section(self, index: int, step: int) -> bool:
        """Move the section at a place up (-1) or down (+1) one place; False when it cannot."""
        to = index + step
        count = len(self.sections)
        if self._read_only or not (0 <= index < count and 0 <= to < count):
            return False
        self._do(SectionMove(self, index, to))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take a section dropped on the page (dragged by its name)."""
        if watched is self._page and isinstance(event, QDropEvent):
            carries = event.mimeData().hasFormat(SECTION_MIME) and not self._read_only
            kind = event.type()
            if carries and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                event.acceptProposedAction()
                return True
            if carries and kind == QEvent.Type.Drop:
                self._on_section_drop(event)
                return True
        return super().eventFilter(watched, event)

    def move_section_to(self, index: int, to: int) -> bool:
        """Move the section at a place to another place, as one step (a drag)."""
        count = len(self.sections)
        if self._read_only or index == to or not (0 <= index < count and 0 <= to < count):
            return False
        self._do(SectionMove(self, index, to))
        return True

    def drop_place(self, y: int) -> int:
        """Return the place a section dropped at a height of the page goes to (before the
        first section whose middle is below it, else last)."""
        for place, pane in enumerate(self.sections):
            top = pane.mapTo(self._page, QPoint(0, 0)).y()
            if y < top + pane.height() // 2:
                return place
        return len(self.sections)

    def _on_section_drop(self, event: QDropEvent) -> None:
        data = bytes(event.mimeData().data(SECTION_MIME).data()).decode("ascii", "replace")
        if not data.isdigit():
            event.ignore()
            return
        index = int(data)
        place = self.drop_place(event.position().toPoint().y())
        # The dragged section leaves its place first: a place below it is one less.
        self.move_section_to(index, place - 1 if place > index else place)
        event.acceptProposedAction()

    def _do(self, action: SectionPlacement | SectionMove) -> None:
        action.redo()
        self.history.push_action(action)
        self.changed.emit(action.part)

    def _add_after(self, pane: SectionPane, kind: str) -> None:
        self.add_section(kind, _index_of(self.sections, pane))

    def _move_pane(self, pane: SectionPane, step: int) -> None:
        self.move_section(_index_of(self.sections, pane), step)

    def _remove_pane(self, pane: SectionPane) -> None:
        self.remove_section(_index_of(self.sections, pane))

    def put_section_pane(self, index: int, pane: SectionPane) -> None:
        """Place a section's pane at a place (a step adds it or brings it back)."""
        self.sections.insert(index, pane)
        self._layout.insertWidget(3 + index, pane)
        pane.show()
        self._renumber()

    def take_section_pane(self, index: int) -> SectionPane:
        """Take a section's pane out of the form, kept whole for an undo to put back."""
        pane = self.sections.pop(index)
        if self._last_editor is pane.editor:
            self._last_editor = None
        self._layout.removeWidget(pane)
        pane.hide()
        self._box_parts.pop(id(pane.editor), None)
        self._renumber()
        return pane

    def move_section_pane(self, index: int, to: int) -> None:
        """Move a section's pane to another place."""
        pane = self.sections.pop(index)
        self.sections.insert(to, pane)
        self._layout.removeWidget(pane)
        self._layout.insertWidget(3 + to, pane)
        self._renumber()

    def _renumber(self) -> None:
        for index, pane in enumerate(self.sections):
            part = section_part(index)
            self._box_parts[id(pane.editor)] = part
            self.history.set_part(pane.editor, part)
        # Tab goes through the sections' texts in their new order (their labels take no
        # Tab: F2 goes to one).
        previous: QWidget = self.standfirst.editor
        for pane in self.sections:
            QWidget.setTabOrder(previous, pane.editor)
            previous = pane.editor
        self.sections_rearranged.emit()

    def _place_of(self, pane: SectionPane) -> tuple[int, int]:
        return _index_of(self.sections, pane), len(self.sections)

    def show_section(self, index: int, *, keep_focus: bool = False) -> None:
        """Show the section at a place with the cursor in its body (or where it was in it);
        in its label when it has none (a custom section just added is named first)."""
        pane = self.sections[index]
        pane.set_expanded(True)
        focused = self.focusWidget()
        if not (keep_focus and pane.isAncestorOf(focused)):
            unnamed = not pane.label_edit.text().strip() and not pane.label_edit.isReadOnly()
            target = pane.label_edit if unnamed else pane.editor
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        # Laid out now, so that the pane is scrolled to where it is, not where it was.
        settle_layouts()
        self._layout.activate()
        self.ensureWidgetVisible(pane.title_widget(), 0, 40)

    def _on_label(self, pane: SectionPane, label: str) -> None:
        part = self.part_of_box(pane.editor)
        if part is None:
            return
        if not self._setting_label:
            last = self.history.last_action()
            if isinstance(last, SectionRename) and last.pane is pane and last.open:
                last.after = label
            else:
                self.history.push_action(SectionRename(self, pane, pane.shown_label, label))
        pane.shown_label = label
        self.changed.emit(part)

    def _close_rename(self, pane: SectionPane) -> None:
        last = self.history.last_action()
        if isinstance(last, SectionRename) and last.pane is pane:
            last.open = False

    def set_label(self, pane: SectionPane, label: str) -> None:
        """Put a label back (undo, redo), showing it with the cursor at its end."""
        self._setting_label = True
        try:
            pane.label_edit.setText(label)
        finally:
            self._setting_label = False
        pane.set_expanded(True)
        pane.label_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(pane.label_edit, 0, 40)

    # -- quotations ---------------------------------------------------------------------

    def current_markdown_editor(self) -> MarkdownEditor | None:
        """Return the section editor with the focus, or the one last used, or the first."""
        focused = self.focusWidget()
        for editor in self.markdown_editors():
            if editor is focused or editor.hasFocus():
                self._last_editor = editor
                return editor
        if self._last_editor is not None:
            return self._last_editor
        editors = self.markdown_editors()
        return editors[0] if editors else None

    def remember_editor(self, widget: QWidget | None) -> None:
        """Note the section editor the user last typed in (quotations go there)."""
        if isinstance(widget, MarkdownEditor) and _index_of(self.markdown_editors(), widget) >= 0:
            self._last_editor = widget

    @Slot(str)
    def insert_quotation(self, quotation_id: str) -> None:
        """Put a quotation's token at the cursor of the current section body."""
        editor = self.current_markdown_editor()
        if editor is None or editor.isReadOnly():
            return
        editor.insert_quotation(quotation_id)
        self.ensureWidgetVisible(editor)

    def insert_image(self, file_name: str, data: bytes, kind: str) -> str | None:
        """Store an image in the article's ``assets/`` and place it at the cursor of the
        current section body; return the name it is stored under (None: no body to take it).

        The alt text is the file's name in words: the writer replaces it with a caption.
        """
        from editor.model.images import asset_name

        editor = self.current_markdown_editor()
        if editor is None or editor.isReadOnly():
            return None
        name = asset_name(self._base.assets, file_name, data, kind)
        if name not in self._base.assets:
            # A new mapping: an article handed out before (a save under way) keeps its own.
            self._base.assets = {**self._base.assets, name: data}
        stem = name.rsplit(".", 1)[0]
        alt = " ".join(stem.replace("_", "-").split("-")) or name
        editor.insert_image(name, alt)
        self.ensureWidgetVisible(editor)
        return name

    @Slot(str)
    def jump_to_use(self, quotation_id: str) -> bool:
        """Select the next place a quotation is used, wrapping around; False if none."""
        editors = self.markdown_editors()
        current = self.current_markdown_editor()
        start = max(0, _index_of(editors, current))
        after = current.textCursor().selectionEnd() if current is not None else 0
        order = editors[start:] + editors[:start] + editors[start : start + 1]
        for step, editor in enumerate(order):
            position = after if step == 0 else 0
            if editor.select_next_token(quotation_id, position):
                self._last_editor = editor
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(editor)
                return True
        return False

    def refresh_usage(self) -> None:
        """Flag unused and unknown quotations in the bank from the bodies as they are now."""
        pane = self.quotations
        if self._usage is None:
            from editor.ui.form.usage import QuotationUsage

            self._usage = QuotationUsage()
        # Only the lines typed in are read again, and the bank's table only told of a change.
        self._usage.update([editor.text() for editor in self.markdown_editors()])
        if self._usage_shown != self._usage.version:
            self._usage_shown = self._usage.version
            pane.set_usage(self._usage.usage())

    def bank(self) -> list[Quotation]:
        """Return the quotation bank as shown."""
        return self.quotations.quotations()

    @Slot(object, object)
    def _on_bank_edited(self, before: list[Quotation], after: list[Quotation]) -> None:
        pane = self.quotations
        reveal = self._bank_edit_reveal or (lambda: self.show_pane(pane))
        self.history.push_action(BankEdit(pane, before, after, reveal))

    @contextmanager
    def _bank_edited_from(self, editor: MarkdownEditor) -> Iterator[None]:
        """Within this block, a bank edit is made from this section body: undone or redone,
        it shows the body (the page scrolled to the bank took the writer from the text)."""
        self._bank_edit_reveal = partial(self._reveal_box, editor)
        try:
            yield
        finally:
            self._bank_edit_reveal = None

    def add_quotation_at_cursor(self, quotation: Quotation) -> None:
        """Add a new quotation to the bank and put it at the cursor of the current section
        body, in one step of the article's history (only added when no body takes it)."""
        editor = self.current_markdown_editor()
        if editor is None or editor.isReadOnly():
            self.quotations.add_quotation(quotation)
            return
        with self.history.group(), self._bank_edited_from(editor):
            self.quotations.add_quotation(quotation)
            self.insert_quotation(quotation.id)

    @Slot()
    def _on_bank_changed(self) -> None:
        for editor in self.markdown_editors():
            editor.rehighlight()
        self.refresh_usage()
        self._edited(PartKind.QUOTATION.value)

    @Slot()
    def _on_meta_changed(self) -> None:
        code = self.meta.language_combo.code()
        if code != self._labels_language:
            if not self._showing_language:
                # The language and the labels that follow it: one step of Edit › Undo.
                with self.history.group():
                    step = PartSetting(self.show_language, self._labels_language, code)
                    self.history.push_action(step)
                    self._labels_follow(self._labels_language, code)
            self._labels_language = code
        self.byline.set_language(code)
        for editor in self.markdown_editors():
            editor.set_language(code)
        self._edited(META_PART)

    def show_language(self, code: str) -> None:
        """Show a language chosen again (undo, redo): its labels come back by their own
        steps, so none follows here."""
        self._showing_language = True
        try:
            self.meta.language_combo.set_code(code)
        finally:
            self._showing_language = False
        # Shown where it changed, as an undone step of the text is.
        self.meta.set_expanded(True)
        self.ensureWidgetVisible(self.meta.language_combo, 0, 40)

    def _labels_follow(self, old: str, new: str) -> None:
        """Give the sections still labelled as the old language labels their kind the new
        language's label ("News:" becomes "الخبر:"), in one undo step; a label the writer
        chose stays. An article made in English and set to Arabic kept "News:" and
        "Comment:" in every export, left-aligned on right-to-left pages (found in a trial).
        """
        from editor.text.languages import language_or_default

        before, after = language_or_default(old), language_or_default(new)
        with self.history.group():
            for pane in self.sections:
                default = before.label_for(pane.kind)
                if default and pane.label_edit.text() == default:
                    pane.label_edit.setText(after.label_for(pane.kind))

    def article_language(self) -> str:
        """Return the article's language code as the form holds it now."""
        # The settings pane is built after the first paint: until then, the article's.
        if self._meta is not None:
            return self._meta.language_combo.code()
        return self._base.language

    def open_quotation(self, quotation_id: str, editor: MarkdownEditor | None = None) -> None:
        """Edit a chip's quotation in the quotation dialog, over the text: the page stays
        where it is and the cursor where it was (a token the bank has no quotation for gets
        a new one under its id; read only, the quotation is only shown).

        Shown in the bank instead, the page scrolled away and the writer lost their place
        in the text (seen on Xvfb).
        """
        editor = editor or self.current_markdown_editor()
        if editor is None:
            return
        pane = self.quotations
        scrolled = self.verticalScrollBar().value()
        with self._bank_edited_from(editor):
            if pane.lookup(quotation_id) is not None:
                pane.edit_quotation(quotation_id, read_only=self._read_only)
            elif not self._read_only:
                quotation = pane.ask_quotation(quotation_id)
                if quotation is not None:
                    pane.add_quotation(quotation)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verticalScrollBar().setValue(scrolled)

    @Slot()
    def _on_setting_changed(self) -> None:
        self._edited(META_PART)

    def _setting_chosen(self, choose: Callable[[str], None], before: str, after: str) -> None:
        # A part's direction or language chosen by the writer: a step of the history.
        self.history.push_action(PartSetting(choose, before, after))


# How many widgets deep a text box sits under the page's scroll area (box, pane body, pane,
# page, content, viewport), and some to spare.
_LAYOUT_DEPTH = 8


def settle_layouts() -> None:
    """Carry out the layouts asked for now, up to the page's scroll area.

    A box that grew asks its pane to lay out again, which asks its parent, and so on; each
    asks with a posted event that one pass of the event loop delivers, and the page's
    scroll bar only reaches the new end after the last one. The page is scrolled after.
    """
    for _level in range(_LAYOUT_DEPTH):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _index_of(widgets: list, widget: object) -> int:
    """Return the position of a widget by identity, -1 when absent.

    Never ``in`` or ``list.index`` on Qt objects: they compare with ``==``, which goes
    through the wrapper's rich comparison and is both slow and (in PySide6 6.12) unsafe.
    """
    for position, candidate in enumerate(widgets):
        if candidate is widget:
            return position
    return -1
