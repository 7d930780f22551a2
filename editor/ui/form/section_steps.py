"""Sections added, removed, moved and renamed, the article's language and its bank
changed: each one step of the article's undo history.

The panes are kept, never rebuilt: a removed section's pane waits in its step, hidden, with
its text, direction and its own undo stack, and comes back as it was. Comments anchored to
``sections/N`` follow their section: renumbered when it moves, held by the step while it is
removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from editor.model import Comment
from editor.model.parts import PartKind, parse_part, part_kind, section_part

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QTextEdit

    from editor.model import Quotation
    from editor.ui.form.panes import SectionPane
    from editor.ui.form.quotations_pane import QuotationsPane

ALL_PARTS = "all"  # what the form's ``changed`` says when every part may have moved


def _section_index(comment: Comment) -> int | None:
    if part_kind(comment.part) is not PartKind.SECTION:
        return None
    return parse_part(comment.part).index


def open_place(comments: list[Comment], index: int) -> None:
    """Renumber comments for a section inserted at ``index``: those at or after it move on."""
    for comment in comments:
        at = _section_index(comment)
        if at is not None and at >= index:
            comment.part = section_part(at + 1)


def close_place(comments: list[Comment], index: int) -> list[tuple[int, Comment]]:
    """Take out the comments of the section at ``index`` and renumber those after it.

    Returns the comments taken, each with its place in the list, for ``restore_comments``.
    """
    taken: list[tuple[int, Comment]] = []
    kept: list[Comment] = []
    for position, comment in enumerate(comments):
        at = _section_index(comment)
        if at == index:
            taken.append((position, comment))
            continue
        if at is not None and at > index:
            comment.part = section_part(at - 1)
        kept.append(comment)
    comments[:] = kept
    return taken


def restore_comments(
    comments: list[Comment], taken: list[tuple[int, Comment]], index: int
) -> None:
    """Put back comments ``close_place`` took, anchored to the section now at ``index``."""
    for position, comment in taken:
        comment.part = section_part(index)
        comments.insert(min(position, len(comments)), comment)


def move_places(comments: list[Comment], index: int, to: int) -> None:
    """Renumber comments for a section moved from ``index`` to ``to``: those of the
    sections it passed move one place the other way."""
    step = 1 if to > index else -1
    low, high = min(index, to), max(index, to)
    for comment in comments:
        at = _section_index(comment)
        if at == index:
            comment.part = section_part(to)
        elif at is not None and low <= at <= high:
            comment.part = section_part(at - step)


class ArticleForm(Protocol):
    """What the steps need of the article's form (the form is the one that has them)."""

    sections: list[SectionPane]

    def comments(self) -> list[Comment]:
        """Return the article's live list of review comments."""
        ...

    def part_of_box(self, box: QTextEdit) -> str | None:
        """Return the part key a text box edits now, None when it is not placed."""
        ...

    def put_section_pane(self, index: int, pane: SectionPane) -> None:
        """Place a section's pane at a place."""

    def take_section_pane(self, index: int) -> SectionPane:
        """Take a section's pane out of the form."""
        ...

    def move_section_pane(self, index: int, to: int) -> None:
        """Move a section's pane to another place."""

    def show_section(self, index: int, *, keep_focus: bool = False) -> None:
        """Show the section at a place with the cursor in it."""

    def set_label(self, pane: SectionPane, label: str) -> None:
        """Put a label back, showing it."""


class SectionPlacement:
    """A section added (or, undone, removed) at one place; ``removal`` makes it the reverse."""

    part = ALL_PARTS

    def __init__(
        self, form: ArticleForm, pane: SectionPane, index: int, *, removal: bool = False
    ) -> None:
        self._form = form
        self._pane = pane
        self._index = index
        self._removal = removal
        self._comments: list[tuple[int, Comment]] = []

    def redo(self) -> None:
        """Add the section (a removal: remove it)."""
        if self._removal:
            self._take()
        else:
            self._put()

    def undo(self) -> None:
        """Remove the section again (a removal: bring it back)."""
        if self._removal:
            self._put()
        else:
            self._take()

    def _put(self) -> None:
        open_place(self._form.comments(), self._index)
        restore_comments(self._form.comments(), self._comments, self._index)
        self._comments = []
        self._form.put_section_pane(self._index, self._pane)
        self._form.show_section(self._index)

    def _take(self) -> None:
        self._comments = close_place(self._form.comments(), self._index)
        self._form.take_section_pane(self._index)
        # The writer goes on in the section that took its place, or the one before it.
        remaining = len(self._form.sections)
        if remaining:
            self._form.show_section(min(self._index, remaining - 1))


class SectionMove:
    """A section moved to another place: one up or down, or dragged further (one step)."""

    part = ALL_PARTS

    def __init__(self, form: ArticleForm, index: int, to: int) -> None:
        self._form = form
        self._index = index
        self._to = to

    def redo(self) -> None:
        """Move the section to its new place."""
        self._move(self._index, self._to)

    def undo(self) -> None:
        """Move it back."""
        self._move(self._to, self._index)

    def _move(self, index: int, to: int) -> None:
        move_places(self._form.comments(), index, to)
        self._form.move_section_pane(index, to)
        self._form.show_section(to, keep_focus=True)


class SectionRename:
    """A section's label changed; typing on in the label joins the same step."""

    def __init__(self, form: ArticleForm, pane: SectionPane, before: str, after: str) -> None:
        self._form = form
        self.pane = pane
        self.before = before
        self.after = after
        # Typing in the label joins this step until the label loses the focus.
        self.open = True

    @property
    def part(self) -> str:
        """The key of the renamed section where it is now."""
        return self._form.part_of_box(self.pane.editor) or ALL_PARTS

    def redo(self) -> None:
        """Put the new label back."""
        self.open = False
        self._form.set_label(self.pane, self.after)

    def undo(self) -> None:
        """Put the old label back."""
        self.open = False
        self._form.set_label(self.pane, self.before)


class PartSetting:
    """A setting chosen: the article's language (the labels that followed it are steps of
    the same group; a Ctrl+Z took the labels back and left the language), a part's
    direction or own language from its menu (Ctrl+Z left the choice as it was): one step
    of the article's history each (found in trials)."""

    part = "meta"  # the form's name for a change of the article's settings

    def __init__(self, choose: Callable[[str], None], before: str, after: str) -> None:
        self._choose = choose  # sets the part's setting (and what its header shows)
        self.before = before
        self.after = after

    def redo(self) -> None:
        """Make the choice again."""
        self._choose(self.after)

    def undo(self) -> None:
        """Go back to the setting before it."""
        self._choose(self.before)


class BankEdit:
    """A quotation added to the bank, edited or deleted: one step of the article's history.

    Deleting one could not be undone, and Ctrl+Z took back the step before it instead (a
    quotation put in the text), seen on Xvfb.
    """

    def __init__(
        self,
        pane: QuotationsPane,
        before: list[Quotation],
        after: list[Quotation],
        reveal: Callable[[], None],
    ) -> None:
        self._pane = pane
        self.before = before
        self.after = after
        self._reveal = reveal  # scrolls the page to the bank

    @property
    def part(self) -> str:
        """The part the step changed: the bank."""
        return PartKind.QUOTATION.value

    def undo(self) -> None:
        """Put the bank back as it was, the quotation the step touched selected."""
        self._pane.restore_bank(self.before, _touched(self.after, self.before))
        self._reveal()

    def redo(self) -> None:
        """Make the edit again."""
        self._pane.restore_bank(self.after, _touched(self.before, self.after))
        self._reveal()


def _touched(old: list[Quotation], new: list[Quotation]) -> str | None:
    """Return the id of a quotation ``new`` has that ``old`` has not, or has otherwise."""
    kept = {quotation.id: quotation for quotation in old}
    for quotation in new:
        if kept.get(quotation.id) != quotation:
            return quotation.id
    return None
