"""One undo history for the whole article: Ctrl+Z takes back the last change wherever it was.

Each text box keeps its own QTextDocument undo stack (it restores text and cursor exactly);
this history only records, in order, which box each undoable step happened in, and undoes
or redoes the steps of the boxes in that order. A step may span several boxes (Replace
all): it is undone and redone as one. A step that is no box's text (a section added, moved,
removed or renamed) is an ``Action`` that undoes and redoes itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import field
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTextEdit

from editor.model.lean import dataclass


class Action(Protocol):
    """A step of the article's history outside the boxes' own undo stacks (a section moved)."""

    @property
    def part(self) -> str:
        """The part the step changed, as the form's ``changed`` names it ("all" for many)."""

    def undo(self) -> None:
        """Take the step back, showing where it was."""

    def redo(self) -> None:
        """Do the step again, showing where it was."""


@dataclass
class _Change:
    """One box's part of a step, and how many commands its document holds with it done."""

    box: QTextEdit
    done_count: int


@dataclass
class _Step:
    """One article-wide undo step: a change in one box, or in several (Replace all).

    Or actions of its own (a section added), done with the box changes (a label replaced
    by Replace all).
    """

    changes: list[_Change] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


class ArticleHistory(QObject):
    """Records the order of undoable steps across the article's text boxes."""

    # The part a step changed (undone or redone), once per box it touched.
    stepped = Signal(str)
    # Whether there is a step to undo / to redo now.
    can_undo_changed = Signal(bool)
    can_redo_changed = Signal(bool)

    def __init__(self, reveal: Callable[[QTextEdit], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self._parts: dict[int, str] = {}  # id(box) -> part key
        self._boxes: dict[int, QTextEdit] = {}
        self._seen: dict[int, int] = {}  # id(box) -> commands its document held last seen
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._group: _Step | None = None
        self._group_depth = 0
        self._busy = False  # undoing or redoing: the documents' signals are ours
        self._joining: int | None = None  # id(box) whose edit joins its previous step

    # -- watching -----------------------------------------------------------------------

    def watch(self, box: QTextEdit, part: str) -> None:
        """Follow a box's document: each new undo command of it becomes an article step.

        The box sends its Ctrl+Z and Ctrl+Y here (``TextBox.undo_history``).
        """
        key = id(box)
        self._parts[key] = part
        self._boxes[key] = box
        self._seen[key] = box.document().availableUndoSteps()
        document = box.document()
        document.undoCommandAdded.connect(lambda key=key: self._on_command_added(key))
        # Undone by other means (the box's own menu): the next command is a new step.
        document.contentsChanged.connect(lambda key=key: self._note_count(key))

    def _note_count(self, key: int) -> None:
        self._seen[key] = self._boxes[key].document().availableUndoSteps()

    def _on_command_added(self, key: int) -> None:
        box = self._boxes[key]
        count = box.document().availableUndoSteps()
        before = self._seen.get(key, 0)
        self._seen[key] = count
        if self._busy:
            return
        if self._joining == key or count <= before:
            # Joined to the box's last step (a paragraph's direction placed after a key):
            # that step now holds more commands.
            self._extend_last(key, count)
            return
        change = _Change(box, count)
        if self._group is not None:
            for existing in self._group.changes:
                if existing.box is box:
                    existing.done_count = count
                    return
            self._group.changes.append(change)
            return
        self._push(_Step([change]))

    def _extend_last(self, key: int, count: int) -> None:
        for step in reversed(self._undo):
            for change in step.changes:
                if id(change.box) == key:
                    change.done_count = count
                    return

    def _push(self, step: _Step) -> None:
        could_undo, could_redo = self.can_undo(), self.can_redo()
        self._undo.append(step)
        self._redo.clear()
        self._announce(could_undo, could_redo)

    @contextmanager
    def joining(self, box: QTextEdit) -> Iterator[None]:
        """Within this block, the box's edits belong to its last step (no new step)."""
        before, self._joining = self._joining, id(box)
        try:
            yield
        finally:
            self._joining = before

    @contextmanager
    def group(self) -> Iterator[None]:
        """Within this block, every change in any box is one article step (Replace all)."""
        group = self._group or _Step()
        self._group = group
        self._group_depth += 1
        try:
            yield
        finally:
            self._group_depth -= 1
            if self._group_depth == 0:
                self._group = None
                if group.changes or group.actions:
                    self._push(group)

    def starts_new_step(self, box: QTextEdit) -> bool:
        """Whether an edit in this box now must not merge into the box's previous command.

        Qt merges typing into a box's last command; after a step in another box that
        would put the new typing before that step in the article's order. After an undo,
        merged typing would be no new step and leave the undone steps to redo on top of it.
        """
        if self._redo or not self._undo or not self._undo[-1].changes:
            return True
        return self._undo[-1].changes[-1].box is not box

    def push_action(self, action: Action) -> None:
        """Record a step already done that undoes and redoes itself (a section moved).

        Within ``group()`` it joins the group's step.
        """
        if self._group is not None:
            self._group.actions.append(action)
            return
        self._push(_Step(actions=[action]))

    def last_action(self) -> Action | None:
        """Return the last step to undo when it is one action alone, else None.

        None within ``group()`` too: nothing joins a step recorded before the group.
        """
        if self._group is not None:
            return None
        if self._undo and not self._undo[-1].changes and len(self._undo[-1].actions) == 1:
            return self._undo[-1].actions[0]
        return None

    def set_part(self, box: QTextEdit, part: str) -> None:
        """Name the part a box edits now (its section moved)."""
        self._parts[id(box)] = part

    def clear(self) -> None:
        """Forget every step (a text loaded again)."""
        could_undo, could_redo = self.can_undo(), self.can_redo()
        self._undo.clear()
        self._redo.clear()
        for key, box in self._boxes.items():
            self._seen[key] = box.document().availableUndoSteps()
        self._announce(could_undo, could_redo)

    # -- undo and redo ------------------------------------------------------------------

    def can_undo(self) -> bool:
        """Whether a step can be undone."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether an undone step can be done again."""
        return bool(self._redo)

    def undo(self) -> bool:
        """Undo the article's last step, in whichever boxes it was; False when none."""
        return self._move(self._undo, self._redo, undoing=True)

    def redo(self) -> bool:
        """Do the last undone step again; False when none."""
        return self._move(self._redo, self._undo, undoing=False)

    def _move(self, source: list[_Step], target: list[_Step], *, undoing: bool) -> bool:
        could_undo, could_redo = self.can_undo(), self.can_redo()
        moved = False
        while source and not moved:
            step = source.pop()
            # A step is done only where its box's document is still in the state it left:
            # one undone by other means (the box's own menu) or cleared by a load is dropped.
            live = [c for c in step.changes if self._is_live(c, undoing=undoing)]
            if not live and not step.actions:
                continue
            self._busy = True
            try:
                # A step's actions and box changes touch different things (a label, the
                # bodies): one order serves undo and redo.
                for action in step.actions:
                    if undoing:
                        action.undo()
                    else:
                        action.redo()
                for change in live:
                    if undoing:
                        change.box.undo()
                    else:
                        change.box.redo()
                    self._seen[id(change.box)] = change.box.document().availableUndoSteps()
            finally:
                self._busy = False
            if not undoing:
                for change in live:
                    change.done_count = change.box.document().availableUndoSteps()
            target.append(_Step(live, step.actions))
            moved = True
            if live:
                self._reveal(live[0].box)
            for change in live:
                self.stepped.emit(self._parts[id(change.box)])
            for action in step.actions:
                self.stepped.emit(action.part)
        self._announce(could_undo, could_redo)
        return moved

    def _is_live(self, change: _Change, *, undoing: bool) -> bool:
        document = change.box.document()
        if undoing:
            return document.isUndoAvailable() and (
                document.availableUndoSteps() == change.done_count
            )
        return document.isRedoAvailable()

    def _announce(self, could_undo: bool, could_redo: bool) -> None:
        if self.can_undo() != could_undo:
            self.can_undo_changed.emit(self.can_undo())
        if self.can_redo() != could_redo:
            self.can_redo_changed.emit(self.can_redo())
