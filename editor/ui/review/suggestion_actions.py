"""Suggesting mode in the editor: typing, deleting and emphasis become suggestions.

The document is the truth while suggestions are shown (editor.ui.form.suggestion_marks):
a suggested insertion is in the box's document, marked, and left out of what the box
stores; words proposed for deletion stay, struck; words whose emphasis is to change are
marked. Marks are ordinary formats, so the article's one undo history takes each step back
with no work of its own. After each edit of a box that shows suggestions, its part's
suggestions in ``article.suggestions`` are read again from the marks.

``SuggestionActions`` is the controller: Review › Suggest changes, the keys in suggesting
mode, and accept / reject (one undo step each), accept or reject all, jump to — the API the
Suggestions list calls. ``suggestions_changed`` says when the list should be shown again.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QMenu

from editor.model import Article, Suggestion, SuggestionKind, new_id, now_iso
from editor.model.parts import (
    MalformedPartError,
    PartKind,
    parse_part,
    part_kind,
    reading_order,
)
from editor.model.review import initials_of
from editor.text.suggestions import SuggestionError, spare_space
from editor.text.suggestions import accept as accept_suggestion
from editor.text.suggestions import apply_edit as move_anchors
from editor.ui.form.markdown_editor import MarkdownEditor
from editor.ui.form.suggestion_marks import (
    DELETED,
    FORMATTED,
    INSERTED,
    Piece,
    is_marked,
    without_mark,
)
from editor.ui.form.text_box import TextBox
from editor.ui.review.suggestion_marking import (
    MARKERS,
    StoredOffsets,
    SuggestionMarker,
    read_marks,
)

if TYPE_CHECKING:
    from editor.ui.form.article_form import ArticleForm
    from editor.ui.window.seam import EditorWindow


class ReviewSide(Protocol):
    """What suggesting needs of the window's review controller (``ReviewController``)."""

    window: EditorWindow
    form: ArticleForm
    menu: QMenu
    reviewer_action: QAction
    reviewer_mode: bool

    def author(self) -> str:
        """The name suggestions are made under."""
        ...

    def initials(self) -> str | None:
        """The user's initials as set, None to derive them."""
        ...

    def ensure_name(self) -> bool:
        """Ask for the user's name once; False when cancelled."""
        ...

    def editors(self) -> dict[str, TextBox]:
        """Each part's text box by part key."""
        ...

    def update_state(self) -> None:
        """Make the text read-only or editable as the status and the mode say."""
        ...


# How long typing waits before the Suggestions list is told (it is not shown again per key).
_CHANGED_MS = 250
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _bank_quotation(part: str) -> str | None:
    """Return the id of the bank's quotation a part key names, None for any other part."""
    try:
        ref = parse_part(part)
    except MalformedPartError:
        return None
    return ref.quotation_id if ref.kind is PartKind.QUOTATION else None


class SuggestionActions(QObject):
    """Review › Suggest changes and the suggestions shown in the window's text boxes."""

    # The article's suggestions changed (made, accepted, rejected, edited, undone).
    suggestions_changed = Signal()
    # The cursor went to a suggestion from the Review menu (Next, Previous, after a decision).
    reached = Signal(str)

    def __init__(self, review: ReviewSide) -> None:
        super().__init__(review.window)
        self.review = review
        self.window = review.window
        self.form = review.form
        # The live list: the form's article shares it, so saving the window saves it.
        self._suggestions = self.window.article().suggestions
        # Every suggestion seen, by id: undo brings marks back whose suggestion was dropped.
        self._known: dict[str, Suggestion] = {item.id: item for item in self._suggestions}
        # Suggestions of a part whose words were no longer there when the article opened:
        # kept in the list, not shown.
        self._unshown: set[str] = set()
        self._chosen = False  # suggesting as the user chose it (Reviewer mode forces it)
        self.suggesting = False
        self._boxes: set[int] = set()  # id() of each box followed
        self._in_key = False  # handling a key: the box's own handling comes next
        self.marker = SuggestionMarker(self)
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(_CHANGED_MS)
        self._changed_timer.timeout.connect(self.suggestions_changed)
        self.action = QAction(self)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.toggled.connect(self._on_toggled)
        review.menu.insertAction(review.reviewer_action, self.action)
        self.window.addAction(self.action)
        self._build_going()
        review.reviewer_action.toggled.connect(self._on_reviewer_mode)
        for box in review.editors().values():
            self._follow(box)
        self.form.section_added.connect(lambda pane: self._follow(pane.editor))
        self.form.sections_rearranged.connect(self._on_sections_rearranged)
        self.show_suggestions()
        self.retranslate()

    def retranslate(self) -> None:
        """Word the menu entry in the interface language (again)."""
        self.action.setText(self.tr("Suggest &Changes"))
        self.next_action.setText(self.tr("Ne&xt Suggestion"))
        self.previous_action.setText(self.tr("Previo&us Suggestion"))
        self.accept_action.setText(self.tr("&Accept Suggestion"))
        self.reject_action.setText(self.tr("Re&ject Suggestion"))
        self.action.setToolTip(
            self.tr("Typing, deleting and emphasis become suggestions others accept or reject")
        )

    # -- from one suggestion to the next, with the keyboard ---------------------------------

    def _build_going(self) -> None:
        """Review › Next and Previous Suggestion (F8, Shift+F8), Accept and Reject the one
        at the cursor, then on to the next: a review done from the keyboard, as in a word
        processor (the list's Enter and Delete needed a click into the list first)."""
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.triggered.connect(lambda: self.go_to_suggestion(forward=True))
        self.previous_action = QAction(self)
        self.previous_action.setShortcut(QKeySequence("Shift+F8"))
        self.previous_action.triggered.connect(lambda: self.go_to_suggestion(forward=False))
        self.accept_action = QAction(self)
        self.accept_action.triggered.connect(lambda: self.decide_here(accepting=True))
        self.reject_action = QAction(self)
        self.reject_action.triggered.connect(lambda: self.decide_here(accepting=False))
        for action in (
            self.next_action,
            self.previous_action,
            self.accept_action,
            self.reject_action,
        ):
            self.review.menu.insertAction(self.review.reviewer_action, action)
            self.window.addAction(action)

    def _in_order(self) -> tuple[dict[str, int], list[tuple[tuple[int, int], Suggestion]]]:
        """Return each part's place in reading order, and the suggestions shown in the text
        with their places (part, start), in that order."""
        order = reading_order(self.window.article())
        placed = [
            ((order.get(item.part, len(order)), item.start), item)
            for item in self._suggestions
            if item.id not in self._unshown and _bank_quotation(item.part) is None
        ]
        return order, sorted(placed, key=lambda pair: pair[0])

    def _at_cursor(self) -> tuple[str, int, str] | None:
        """Return the focused text box's part, its cursor as stored, and the suggestion
        there ("" for none); None when no text box of the article has the focus."""
        focused = QApplication.focusWidget()
        for part, box in self.review.editors().items():
            if box is focused:
                at = box.textCursor().selectionStart()
                piece = box.marks.piece_at(at) if box.marks.active else None
                known = piece is not None and self.suggestion(piece.id) is not None
                return part, box.stored_offset(at), piece.id if known and piece else ""
        return None

    def _after(
        self,
        in_order: tuple[dict[str, int], list[tuple[tuple[int, int], Suggestion]]],
        forward: bool,
    ) -> Suggestion | None:
        """The suggestion after (or before) the cursor, round to the other end."""
        order, placed = in_order
        if not placed:
            return None
        ordered = [item for _place, item in placed]
        here = self._at_cursor()
        if here is None:
            return ordered[0] if forward else ordered[-1]
        part, offset, on = here
        ids = [item.id for item in ordered]
        if on in ids:
            return ordered[(ids.index(on) + (1 if forward else -1)) % len(ordered)]
        cursor = (order.get(part, len(order)), offset)  # off a suggestion: by its place
        if forward:
            return next((item for place, item in placed if place >= cursor), ordered[0])
        before = [item for place, item in placed if place < cursor]
        return before[-1] if before else ordered[-1]

    def go_to_suggestion(self, forward: bool = True) -> bool:
        """Put the cursor on the next (or previous) suggestion; False when there is none."""
        target = self._after(self._in_order(), forward)
        if target is None:
            self.window.statusBar().showMessage(self.tr("No suggestions to review."), 4000)
            return False
        if not self.jump_to(target.id):
            return False
        self.reached.emit(target.id)
        return True

    def decide_here(self, accepting: bool) -> bool:
        """Accept (or reject) the suggestion at the cursor, then go to the next one."""
        here = self._at_cursor()
        if here is None or not here[2]:
            self.window.statusBar().showMessage(
                self.tr("Put the cursor on a suggestion first (F8 goes to the next one)."),
                4000,
            )
            return False
        following = self._after(self._in_order(), forward=True)
        done = self.accept(here[2]) if accepting else self.reject(here[2])
        moving_on = done and following is not None and following.id != here[2]
        if moving_on and following is not None and self.jump_to(following.id):
            self.reached.emit(following.id)
        return done

    # -- the mode -------------------------------------------------------------------------

    def author(self) -> str:
        """Return the name suggestions are made under (the one comments use)."""
        return self.review.author()

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        if not self.review.reviewer_mode:
            self._chosen = on
        self.set_suggesting(on)

    def set_suggesting(self, on: bool) -> None:
        """Turn suggesting mode on or off (on at all times in Reviewer mode)."""
        if self.review.reviewer_mode:
            on = True
        if on and not self.suggesting and not self.review.ensure_name():
            on = False
        self.suggesting = on
        if self.action.isChecked() != on:
            self.action.blockSignals(True)
            self.action.setChecked(on)
            self.action.blockSignals(False)
        self.review.update_state()  # the status bar says so

    @Slot(bool)
    def _on_reviewer_mode(self, on: bool) -> None:
        # A reviewer proposes: the mode is on and cannot be turned off until Reviewer mode is.
        self.action.setEnabled(not on)
        self.set_suggesting(True if on else self._chosen)  # the status bar says so

    # -- the boxes ------------------------------------------------------------------------

    def _follow(self, box: TextBox) -> None:
        self._boxes.add(id(box))
        box.key_hook = lambda event, box=box: self._on_key(box, event)
        box.input_hook = lambda event, box=box: self._on_input(box, event)
        box.insert_hook = lambda insert, box=box: self._on_insert(box, insert)
        box.viewport().installEventFilter(self)
        box.document().contentsChange.connect(
            lambda position, _removed, added, box=box: self._on_edit(box, position, added)
        )
        previous = box.part_menu

        def part_menu(menu: QMenu, box: TextBox = box) -> None:
            if previous is not None:
                previous(menu)
            self._add_menu_entries(box, menu)

        box.part_menu = part_menu

    def _part_of(self, box: TextBox) -> str | None:
        return self.form.part_of_box(box)

    def _box_of(self, part: str) -> TextBox | None:
        return self.form.text_box(part)

    def _on_edit(self, box: TextBox, position: int, added: int) -> None:
        if not box.marks.active:
            return
        part = self._part_of(box)
        if part is None:
            return
        if self.read_part(box, part, (position, added)):
            self._changed_timer.start()

    def read_part(self, box: TextBox, part: str, edit: tuple[int, int] | None = None) -> bool:
        """Read a part's suggestions again from its box's marks; True when they changed.

        ``edit`` (position, characters added): only the suggestions around it are read
        again, those after it move by as much as the stored text did (a key in a body of
        200 suggestions reads one or two).
        """
        pieces = box.marks.pieces
        current = {item.id: item for item in self._suggestions if item.part == part}
        if not pieces and not current:
            return False
        before = [(item.id, item.start, item.end, item.old, item.new) for item in current.values()]
        # Each suggestion's first and last piece (pieces are in order).
        spans: dict[str, tuple[int, int]] = {}
        for index, piece in enumerate(pieces):
            found = spans.get(piece.id)
            spans[piece.id] = (index, index) if found is None else (found[0], index)
        stored = StoredOffsets(box)
        to_read = list(spans)
        if edit is not None:
            low, high = edit[0] - 1, edit[0] + edit[1] + 1
            to_read, after_edit = [], []
            for suggestion_id, (first, last) in spans.items():
                if suggestion_id not in current or (
                    pieces[first].start <= high and pieces[last].end >= low
                ):
                    to_read.append(suggestion_id)
                elif pieces[first].start > high:
                    after_edit.append(suggestion_id)
            if after_edit:
                # Every stored offset after the edit moved by one amount: measured once.
                nearest = after_edit[0]  # spans are in the order of their first pieces
                delta = stored(stored.offset(pieces[spans[nearest][0]].start))
                delta -= current[nearest].start
                if delta:
                    for suggestion_id in after_edit:
                        current[suggestion_id].start += delta
                        current[suggestion_id].end += delta
        read: dict[str, Suggestion | None] = {}
        if to_read:
            for suggestion_id in to_read:
                first, last = spans[suggestion_id]
                span = pieces[first : last + 1]
                own = [piece for piece in span if piece.id == suggestion_id]
                read[suggestion_id] = self._read_one(part, suggestion_id, own, span, box, stored)
        items: list[Suggestion] = [
            item for item in current.values() if item.id in self._unshown and item.id not in spans
        ]
        for suggestion_id in spans:
            if suggestion_id in read:
                found_item = read[suggestion_id]
                if found_item is not None:
                    items.append(found_item)
            elif suggestion_id in current:
                items.append(current[suggestion_id])
        others = [item for item in self._suggestions if item.part != part and item.id not in spans]
        self._suggestions[:] = others + items
        after = [(item.id, item.start, item.end, item.old, item.new) for item in items]
        return after != before

    def _read_one(
        self,
        part: str,
        suggestion_id: str,
        own: list[Piece],
        span: list[Piece],
        box: TextBox,
        stored: StoredOffsets,
    ) -> Suggestion | None:
        """Return one suggestion as its marks show it, None when it changes nothing."""
        suggestion = self._known.get(suggestion_id)
        if suggestion is None:
            # Marks whose suggestion this window never knew (another window's undo history
            # cannot reach here; kept rather than shown as nobody's).
            suggestion = Suggestion(id=suggestion_id, part=part, created=now_iso())
            self._known[suggestion_id] = suggestion
        suggestion.part = part
        if not read_marks(suggestion, own, span, box, stored):
            return None
        self._unshown.discard(suggestion_id)
        return suggestion

    def unshown_parts(self) -> set[str]:
        """Return the parts that hold suggestions the text does not mark (see _show_in)."""
        if not self._unshown:
            return set()
        return {item.part for item in self._suggestions if item.id in self._unshown}

    def move_unshown(self, part: str, position: int, removed: int, added: int, text: str) -> None:
        """Keep the unmarked suggestions of a part on their words through an edit of its
        stored text (``text`` after it), as comments are kept."""
        if self._unshown:
            unshown = [item for item in self._suggestions if item.id in self._unshown]
            move_anchors(unshown, part, position, removed, added, text)

    @Slot()
    def _on_sections_rearranged(self) -> None:
        """Name each section's suggestions by the place it has now; those of a section
        taken out go with it (an undo that puts it back brings them back)."""
        boxes = self.review.editors()
        shown = {piece.id for box in boxes.values() for piece in box.marks.pieces}
        self._suggestions[:] = [
            item
            for item in self._suggestions
            if item.id not in shown and (item.id in self._unshown or not _in_section(item))
        ]
        for part, box in boxes.items():
            if box.marks.active:
                self.read_part(box, part)
        self._changed_timer.stop()
        self.suggestions_changed.emit()

    # -- showing an article's suggestions ------------------------------------------------

    def show_suggestions(self) -> None:
        """Show the article's open suggestions in its text boxes (when it is opened, or
        when a reviewed DOCX brought some in)."""
        for item in self._suggestions:
            # Marks carry only an id: the suggestion's author and time are found by it.
            self._known.setdefault(item.id, item)
        for part, box in self.review.editors().items():
            items = [item for item in self._suggestions if item.part == part]
            if items:
                self._show_in(box, part, items)
        self._changed_timer.stop()
        self.suggestions_changed.emit()

    def _show_in(self, box: TextBox, part: str, items: list[Suggestion]) -> None:
        # Only those not in the text yet: a second reviewed file put every open
        # suggestion's words in again ("in March. in March."), and they were saved so.
        if box.marks.active:
            marked = {piece.id for piece in box.marks.pieces}
            items = [item for item in items if item.id not in marked]
            if not items:
                return
        document = box.document()
        modified = document.isModified()
        text = box.text()
        # Only in what the box shows (not in the held end of a text too long to edit).
        limit = len(text) - len(box.held_text())
        places = []
        taken: list[tuple[int, int]] = []
        for item in sorted(items, key=lambda each: (each.start, each.end)):
            if (
                not 0 <= item.start <= item.end <= limit
                or text[item.start : item.end] != item.old
                or any(_overlaps((item.start, item.end), other) for other in taken)
            ):
                # Its words changed, or another suggestion (another reviewer's) is on
                # them: kept in the list, not marked in the text.
                self._unshown.add(item.id)
                continue
            taken.append((item.start, item.end))
            places.append((box.shown_position(item.start), box.shown_position(item.end), item))
        # Shown as the text was loaded: no step to undo, no edit that makes the article
        # modified (the form counts any change of a modified document as an edit), so the
        # document says nothing while the marks are put in.
        document.blockSignals(True)
        document.setUndoRedoEnabled(False)
        try:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            # From the end back: a place is still right when everything after it changed.
            for start, end, item in sorted(places, key=lambda p: (p[0], p[1]), reverse=True):
                if item.kind is SuggestionKind.FORMAT:
                    self.marker.mark(box, start, end, FORMATTED, item)
                    continue
                if end > start:
                    self.marker.mark(box, start, end, DELETED, item)
                if item.new:
                    self.marker.insert_marked(box, end, item.new, item)
            cursor.endEditBlock()
        finally:
            document.setUndoRedoEnabled(True)
            document.setModified(modified)
            document.blockSignals(False)
        box.marks.activate()
        if isinstance(box, MarkdownEditor):
            # The highlighter did not see the words inserted.
            box.highlighter.rehighlight()
        self.read_part(box, part)

    # -- new suggestions ----------------------------------------------------------------

    def _new(self, box: TextBox, kind: SuggestionKind, format_change: str = "") -> Suggestion:
        author = self.author()
        initials = self.review.initials()
        suggestion = Suggestion(
            id=new_id(),
            part=self._part_of(box) or "",
            kind=kind,
            format=format_change,
            author=author,
            initials=initials if initials is not None else initials_of(author),
            created=now_iso(),
        )
        self._known[suggestion.id] = suggestion
        return suggestion

    def _mine(self, piece: Piece | None, kind: int) -> bool:
        if piece is None or piece.kind != kind:
            return False
        suggestion = self._known.get(piece.id)
        return suggestion is not None and suggestion.author == self.author()

    # -- keys -----------------------------------------------------------------------------

    def _on_key(self, box: TextBox, event: QKeyEvent) -> bool:
        """In suggesting mode, turn the keys that edit a box into suggestions."""
        if self._in_key or box.isReadOnly():
            return False  # the box's own handling of a key passed on below
        if not self.suggesting:
            self._plain_typing(box, event)
            return False
        self._in_key = True
        try:
            return self._suggest_key(box, event)
        finally:
            self._in_key = False

    def _on_input(self, box: TextBox, event: QInputMethodEvent) -> bool:
        """In suggesting mode, text an input method commits is a suggested insertion."""
        if self._in_key or box.isReadOnly() or not self.suggesting:
            return False
        if not event.commitString() or event.replacementLength():
            return False  # composing (shown by the layout, not in the text) or re-writing
        if not box.marks.active:
            box.marks.activate()
        self._in_key = True
        try:
            self._suggest_insertion(box, lambda: box.inputMethodEvent(event))
        finally:
            self._in_key = False
        return True

    def _on_insert(self, box: TextBox, insert: Callable[[], None]) -> bool:
        """In suggesting mode, what a command puts in at the cursor (a plain-text paste, a
        drop, a quotation, a link, an image) is a suggested insertion."""
        if self._in_key or box.isReadOnly() or not self.suggesting:
            return False
        if not box.marks.active:
            box.marks.activate()
        self._in_key = True
        try:
            self._suggest_insertion(box, insert)
        finally:
            self._in_key = False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In suggesting mode, words dragged to another place are copied there (a suggested
        insertion) and stay where they were: a move would delete them without a proposal."""
        if (
            self.suggesting
            and event.type() == QEvent.Type.Drop
            and isinstance(event, QDropEvent)
            and event.dropAction() == Qt.DropAction.MoveAction
        ):
            box = watched.parent()
            if isinstance(box, TextBox):
                event.setDropAction(Qt.DropAction.CopyAction)
                box.dropEvent(event)
                # The box accepts the action it was offered (a move): the box the words
                # came from would delete them when told so.
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _plain_typing(self, box: TextBox, event: QKeyEvent) -> None:
        """Text typed next to a suggestion outside suggesting mode is plain text (it took the
        format of the character before it: struck, underlined)."""
        if not box.marks.active or not event.text():
            return
        cursor = box.textCursor()
        if cursor.hasSelection() or not is_marked(cursor.charFormat()):
            return
        at = cursor.position()
        before, after = box.marks.piece_at(at - 1), box.marks.piece_at(at)
        if before is not None and before is after and before.kind == INSERTED:
            return  # inside an insertion: it grows
        box.setCurrentCharFormat(without_mark(cursor.charFormat()))

    def _suggest_key(self, box: TextBox, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            return False
        if not box.marks.active:
            box.marks.activate()  # its marks followed from the first suggestion on
        cursor = box.textCursor()
        if isinstance(box, MarkdownEditor) and cursor.hasSelection():
            if event.matches(QKeySequence.StandardKey.Bold):
                self.suggest_emphasis(box, "strong")
                return True
            if event.matches(QKeySequence.StandardKey.Italic):
                self.suggest_emphasis(box, "emphasis")
                return True
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Cut):
            if cursor.hasSelection():
                QApplication.clipboard().setMimeData(box.createMimeDataFromSelection())
                self.suggest_deletion(box, cursor.selectionStart(), cursor.selectionEnd())
            return True
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            backwards = key == Qt.Key.Key_Backspace
            if cursor.hasSelection():
                start, end = cursor.selectionStart(), cursor.selectionEnd()
            else:
                probe = QTextCursor(cursor)
                word = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                if backwards:
                    move = (
                        QTextCursor.MoveOperation.PreviousWord
                        if word
                        else QTextCursor.MoveOperation.PreviousCharacter
                    )
                else:
                    move = (
                        QTextCursor.MoveOperation.NextWord
                        if word
                        else QTextCursor.MoveOperation.NextCharacter
                    )
                probe.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
                start, end = probe.selectionStart(), probe.selectionEnd()
            if end > start:
                self.suggest_deletion(
                    box, start, end, cursor_at_start=backwards and not cursor.hasSelection()
                )
            return True
        if _inserts(box, event):
            self._suggest_insertion(box, lambda: box.keyPressEvent(event))
            return True
        return False

    def suggest_deletion(
        self, box: TextBox, start: int, end: int, *, cursor_at_start: bool = False
    ) -> Suggestion:
        """Propose deleting a document range: strike it (one's own suggested insertions in it
        are simply taken out); the cursor goes to its end (its start for Backspace)."""
        marks = box.marks
        after, before = marks.piece_at(end), marks.piece_at(start - 1) if start else None
        reuse = next((p for p in (after, before) if self._mine(p, DELETED)), None)
        suggestion = (
            self._known[reuse.id] if reuse is not None else self._new(box, SuggestionKind.DELETE)
        )
        strike: list[tuple[int, int]] = []
        remove: list[tuple[int, int]] = []
        at = start
        for piece in list(marks.pieces):
            if piece.end <= start or piece.start >= end:
                continue
            low, high = max(piece.start, start), min(piece.end, end)
            if low > at:
                strike.append((at, low))
            if piece.kind == INSERTED:
                if self._mine(piece, INSERTED):
                    remove.append((low, high))
            elif piece.kind == FORMATTED:
                strike.append((low, high))
            at = high
        if at < end:
            strike.append((at, end))
        with self._edit_block(box):
            for low, high in strike:
                self.marker.mark(box, low, high, DELETED, suggestion)
            cursor = QTextCursor(box.document())
            for low, high in reversed(remove):
                cursor.setPosition(low)
                cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
        removed = sum(high - low for low, high in remove)
        landing = box.textCursor()
        landing.setPosition(start if cursor_at_start else end - removed)
        box.setTextCursor(landing)
        return suggestion

    def _suggest_insertion(self, box: TextBox, insert: Callable[[], None]) -> None:
        """Let an insertion happen at the cursor and mark what it added as a suggestion
        (typing over a selection strikes it first: a replacement, one undo step)."""
        document = box.document()
        cursor = box.textCursor()
        selected = cursor.hasSelection()
        block = QTextCursor(document)
        suggestion: Suggestion | None = None
        if selected:
            block.beginEditBlock()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            own = self._own_insertion(box, start, end)
            # The words typed replace the ones struck: one suggestion. (The marks are read
            # when the edit block ends: not asked here.) Typed over words of one's own
            # insertion (a link's address placeholder), they are that insertion's.
            struck = self.suggest_deletion(box, start, end)
            suggestion = None if own else struck
            cursor = box.textCursor()
        at = cursor.position()
        marks = box.marks
        before, after = marks.piece_at(at - 1) if at else None, marks.piece_at(at)
        if suggestion is not None:
            pass
        elif self._mine(before, INSERTED) or (
            self._mine(before, DELETED) and not self._mine(after, DELETED)
        ):
            suggestion = self._known[before.id]  # type: ignore[union-attr]
        elif self._mine(after, INSERTED):
            suggestion = self._known[after.id]  # type: ignore[union-attr]
        if suggestion is None:
            suggestion = self._new(box, SuggestionKind.INSERT)
        typing = without_mark(cursor.charFormat())
        typing.merge(self.marker.look(INSERTED, suggestion))
        box.setCurrentCharFormat(typing)
        count = document.characterCount()
        insert()
        grown = document.characterCount() - count
        if grown > 0:
            piece = marks.piece_at(at)
            if piece is None or piece.id != suggestion.id or piece.end < at + grown:
                history = box.undo_history
                if selected:
                    self.marker.mark(box, at, at + grown, INSERTED, suggestion)
                else:
                    # One undo step with the key (Enter, a paste: text of a plain format).
                    with history.joining(box) if history is not None else nullcontext():
                        join = QTextCursor(document)
                        join.joinPreviousEditBlock()
                        self.marker.mark(box, at, at + grown, INSERTED, suggestion)
                        join.endEditBlock()
        if selected:
            block.endEditBlock()

    def _own_insertion(self, box: TextBox, start: int, end: int) -> bool:
        """Whether a document range is all words of one's own suggested insertions."""
        covered = 0
        for piece in box.marks.pieces:
            low, high = max(piece.start, start), min(piece.end, end)
            if high <= low:
                continue
            if not self._mine(piece, INSERTED):
                return False
            covered += high - low
        return covered == end - start > 0

    def suggest_emphasis(self, box: TextBox, emphasis: str) -> Suggestion | None:
        """Propose making the selected words bold ("strong") or italic ("emphasis"), or
        plain again when they are already."""
        cursor = box.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if end <= start:
            return None
        marker = MARKERS[emphasis]
        width = len(marker)
        text = box.text()
        low, high = box.stored_offset(start), box.stored_offset(end)
        words = text[low:high]
        sign = "+"
        if len(words) >= 2 * width and words.startswith(marker) and words.endswith(marker):
            sign = "-"
        elif text[max(0, low - width) : low] == marker and text[high : high + width] == marker:
            sign = "-"
            start, end = box.shown_position(low - width), box.shown_position(high + width)
        suggestion = self._new(box, SuggestionKind.FORMAT, f"{sign}{emphasis}")
        with self._edit_block(box):
            self.marker.mark(box, start, end, FORMATTED, suggestion)
        return suggestion

    @contextmanager
    def _edit_block(self, box: TextBox) -> Iterator[None]:
        cursor = QTextCursor(box.document())
        cursor.beginEditBlock()
        try:
            yield
        finally:
            cursor.endEditBlock()

    # -- accept, reject, jump -------------------------------------------------------------

    def suggestion(self, suggestion_id: str) -> Suggestion | None:
        """Return an open suggestion by id, None when there is none."""
        return next((item for item in self._suggestions if item.id == suggestion_id), None)

    def _pieces(self, suggestion: Suggestion) -> tuple[TextBox | None, list[Piece]]:
        box = self._box_of(suggestion.part)
        if box is None:
            return None, []
        return box, [piece for piece in box.marks.pieces if piece.id == suggestion.id]

    def accept(self, suggestion_id: str) -> bool:
        """Make a suggested change in the text, as one undo step; False when not shown."""
        return self._resolve([suggestion_id], accepting=True) > 0

    def reject(self, suggestion_id: str) -> bool:
        """Take a suggestion back, leaving the text as it was, as one undo step."""
        return self._resolve([suggestion_id], accepting=False) > 0

    def accept_ids(self, suggestion_ids: list[str]) -> int:
        """Accept these suggestions, as one undo step; return how many were."""
        return self._resolve(suggestion_ids, accepting=True)

    def accept_all(self, author: str = "") -> int:
        """Accept every open suggestion (by ``author``; "" for everyone's); return how many."""
        return self._resolve(self._ids_by(author), accepting=True)

    def reject_all(self, author: str = "") -> int:
        """Reject every open suggestion (by ``author``; "" for everyone's); return how many."""
        return self._resolve(self._ids_by(author), accepting=False)

    def _ids_by(self, author: str) -> list[str]:
        return [item.id for item in self._suggestions if not author or item.author == author]

    def _resolve(self, suggestion_ids: list[str], *, accepting: bool) -> int:
        by_box: dict[int, tuple[TextBox, list[tuple[Suggestion, list[Piece]]]]] = {}
        in_bank: list[Suggestion] = []
        for suggestion_id in suggestion_ids:
            suggestion = self.suggestion(suggestion_id)
            if suggestion is None:
                continue
            if _bank_quotation(suggestion.part) is not None:
                # The bank has no text box: its quotation is edited as the pane edits one.
                in_bank.append(suggestion)
                continue
            box, pieces = self._pieces(suggestion)
            if box is None or not pieces or box.isReadOnly():
                continue
            by_box.setdefault(id(box), (box, []))[1].append((suggestion, pieces))
        done = 0
        # One step of the article's undo history, however many parts it changes.
        with self.form.history.group():
            for box, items in by_box.values():
                done += len(items)
                self._resolve_in(box, items, accepting=accepting)
            before = self._bank_suggestions()
            resolved_in_bank = self._resolve_in_bank(in_bank, accepting=accepting)
            if resolved_in_bank:
                # The bank has no text to hold their marks: the list itself is the step.
                step = _BankSuggestionsStep(self, before, self._bank_suggestions())
                self.form.history.push_action(step)
            done += resolved_in_bank
        if done:
            self._changed_timer.stop()
            self.suggestions_changed.emit()
        return done

    def _resolve_in(
        self,
        box: TextBox,
        items: list[tuple[Suggestion, list[Piece]]],
        *,
        accepting: bool,
    ) -> None:
        unmark: list[Piece] = []
        remove: list[Piece] = []
        replace: list[tuple[Piece, str]] = []
        for suggestion, pieces in items:
            if suggestion.kind is SuggestionKind.FORMAT:
                if accepting:
                    span = Piece(pieces[0].start, pieces[-1].end, FORMATTED, suggestion.id)
                    replace.append((span, suggestion.new))
                else:
                    unmark.extend(pieces)
                continue
            for piece in pieces:
                keep = (piece.kind == INSERTED) == accepting
                (unmark if keep else remove).append(piece)
        # Words struck whole (one piece, no new words) take a space with them when accepted.
        deletions = {
            suggestion.id
            for suggestion, pieces in items
            if accepting and suggestion.kind is SuggestionKind.DELETE and len(pieces) == 1
        }
        with self._edit_block(box):
            for piece in unmark:
                self.marker.unmark(box, piece)
            changes: list[tuple[Piece, str | None]] = [(piece, None) for piece in remove]
            changes += replace
            cursor = QTextCursor(box.document())
            for piece, text in sorted(changes, key=lambda item: item[0].start, reverse=True):
                cursor.setPosition(piece.start)
                cursor.setPosition(piece.end, QTextCursor.MoveMode.KeepAnchor)
                if text is None:
                    cursor.removeSelectedText()
                    if piece.id in deletions:
                        _take_spare_space(cursor)
                else:
                    self.marker.set_formats(box, piece.start, piece.end, without_mark)
                    box.insert_stored(cursor, text)

    def _bank_suggestions(self) -> list[Suggestion]:
        return [item for item in self._suggestions if _bank_quotation(item.part) is not None]

    def put_bank_suggestions(self, suggestions: list[Suggestion]) -> None:
        """Make these the open suggestions on the bank's quotations (an undo or a redo)."""
        kept = [item for item in self._suggestions if _bank_quotation(item.part) is None]
        self._suggestions[:] = kept + suggestions
        self._changed_timer.stop()
        self.suggestions_changed.emit()

    def _resolve_in_bank(self, suggestions: list[Suggestion], *, accepting: bool) -> int:
        """Accept or reject suggestions on quotations of the bank; return how many were."""
        if not suggestions:
            return 0
        pane = self.form.quotations
        done = 0
        # From the end of each quotation back, so an accepted change moves none still to come.
        for suggestion in sorted(suggestions, key=lambda item: (item.part, -item.start)):
            quotation_id = _bank_quotation(suggestion.part)
            quotation = pane.lookup(quotation_id) if quotation_id is not None else None
            if quotation is None:
                continue
            if accepting:
                edited = copy.copy(quotation)
                bank = Article(
                    quotations=[edited],
                    comments=self.window.article().comments,
                    suggestions=self._suggestions,
                )
                try:
                    accept_suggestion(bank, suggestion)
                except SuggestionError:
                    continue
                pane.replace_quotation(edited)
            else:
                self._suggestions[:] = [
                    item for item in self._suggestions if item is not suggestion
                ]
            done += 1
        return done

    @Slot(str)
    def jump_to(self, suggestion_id: str) -> bool:
        """Show a suggestion's words: unfold the part, select them, focus the box."""
        suggestion = self.suggestion(suggestion_id)
        if suggestion is None:
            return False
        box = self.form.show_part(suggestion.part)
        if box is None:
            return False
        pieces = [piece for piece in box.marks.pieces if piece.id == suggestion_id]
        cursor = box.textCursor()
        if pieces:
            cursor.setPosition(pieces[0].start)
            cursor.setPosition(pieces[-1].end, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(box.shown_position(suggestion.start))
        box.setTextCursor(cursor)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.ensureCursorVisible()
        return True

    def _add_menu_entries(self, box: TextBox, menu: QMenu) -> None:
        """Accept or reject the suggestion under the pointer (or at the cursor)."""
        if not box.marks.active:
            return
        at = box.menu_position
        piece = box.marks.piece_at(at) or (box.marks.piece_at(at - 1) if at else None)
        if piece is None or self.suggestion(piece.id) is None:
            return
        suggestion_id = piece.id
        menu.addSeparator()
        accept = menu.addAction(self.tr("Accept Suggestion"))
        accept.triggered.connect(lambda: self.accept(suggestion_id))
        reject = menu.addAction(self.tr("Reject Suggestion"))
        reject.triggered.connect(lambda: self.reject(suggestion_id))
        for action in (accept, reject):
            action.setEnabled(not box.isReadOnly())


def _take_spare_space(cursor: QTextCursor) -> None:
    """Remove the space too many a deletion's gap at the cursor leaves (``spare_space``),
    unless that space is part of another suggestion."""
    at = cursor.position()
    block = cursor.block()
    offset = at - block.position()
    line = block.text()
    side = spare_space(line[offset - 1 : offset], line[offset : offset + 1])
    if not side:
        return
    low = at if side > 0 else at - 1
    cursor.setPosition(low)
    cursor.setPosition(low + 1, QTextCursor.MoveMode.KeepAnchor)
    if not is_marked(cursor.charFormat()):
        cursor.removeSelectedText()


class _BankSuggestionsStep:
    """Accepting or rejecting suggestions on the bank's quotations, in the undo history: the
    quotation's words go back with the bank's own step (BankEdit), its suggestions here."""

    part = PartKind.QUOTATION.value

    def __init__(
        self, actions: SuggestionActions, before: list[Suggestion], after: list[Suggestion]
    ) -> None:
        self._actions = actions
        self._before = before
        self._after = after

    def undo(self) -> None:
        """Open the suggestions again."""
        self._actions.put_bank_suggestions(self._before)

    def redo(self) -> None:
        """Take them off the list again."""
        self._actions.put_bank_suggestions(self._after)


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two stored ranges share words, or one is an insertion inside the other."""
    if first[0] == first[1] or second[0] == second[1]:
        point, other = (first, second) if first[0] == first[1] else (second, first)
        return other[0] < point[0] < other[1]
    return first[0] < second[1] and second[0] < first[1]


def _in_section(suggestion: Suggestion) -> bool:
    """Whether a suggestion is on a section's body (their part names follow the order)."""
    return part_kind(suggestion.part) is PartKind.SECTION


def _inserts(box: TextBox, event: QKeyEvent) -> bool:
    """Whether a key adds text at the cursor (a letter, Enter, a paste, a Markdown key)."""
    text = event.text()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if text and text.isprintable() and not modifiers & _COMMAND_KEYS:
        return True
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return True
    if event.matches(QKeySequence.StandardKey.Paste):
        return True
    if isinstance(box, MarkdownEditor):
        # Ctrl+K is not one: the box puts the link's brackets around the selected words
        # through its insert hook, two suggested insertions (taken here, the words were
        # struck and "[](https://)" put after them, seen on Xvfb).
        return event.matches(QKeySequence.StandardKey.Bold) or event.matches(
            QKeySequence.StandardKey.Italic
        )
    return False
