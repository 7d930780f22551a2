"""The desk's fields of an article as the form holds them, and their edit as one undo step.

Slugline, urgency, embargo, editor's note, subjects, sign-off, copyright holder, usage
terms, each section's genre and the corrections log are not typed in the page's text
boxes: the article properties dialog edits them all at once, and the change is one step
of the article's undo history (``DeskEdit``).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import field
from typing import TYPE_CHECKING, Protocol

from editor.model import Correction, Meta
from editor.model.article import DESK_FIELDS
from editor.model.copying import deep_copy
from editor.model.lean import dataclass

if TYPE_CHECKING:
    from editor.model import Section

META_PART = "meta"  # what the form's ``changed`` says for a change of the article's settings


@dataclass
class DeskFields:
    """The desk's fields of one article: the ``Meta`` fields, a genre per section ("" for
    the kind's) in the sections' order, and the corrections log, oldest first."""

    slugline: str = ""
    urgency: int = 0
    embargo: str = ""
    editor_note: str = ""
    subjects: list[str] = field(default_factory=list)
    sign_off: str = ""
    copyright_holder: str = ""
    usage_terms: str = ""
    genres: list[str] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @classmethod
    def of(cls, meta: Meta, sections: list[Section], corrections: list[Correction]) -> DeskFields:
        """Return the desk's fields of an article's meta, sections and corrections (copied)."""
        values = {name: copy.copy(vars(meta)[name]) for name in DESK_FIELDS}
        return cls(
            **values,
            genres=[section.genre for section in sections],
            corrections=[deep_copy(entry) for entry in corrections],
        )

    def meta_with(self, meta: Meta) -> Meta:
        """Return a copy of ``meta`` with these fields in it (the others as they were)."""
        mine = vars(self)
        return dataclasses.replace(
            deep_copy(meta), **{name: copy.copy(mine[name]) for name in DESK_FIELDS}
        )


class DeskForm(Protocol):
    """What an edit of the desk's fields needs of the article's form."""

    def put_desk_fields(self, fields: DeskFields, panes: list[object] | None = None) -> None:
        """Show these desk fields, the genres on these section panes (no new undo step)."""


class DeskEdit:
    """One step of the article's history: the desk's fields changed, all at once.

    The genres go back to the section panes they were chosen for, wherever those sections
    have moved since.
    """

    def __init__(
        self, form: DeskForm, before: DeskFields, after: DeskFields, panes: list[object]
    ) -> None:
        self._form = form
        self.before = before
        self.after = after
        self._panes = panes

    @property
    def part(self) -> str:
        """The part the step changed: the article's settings."""
        return META_PART

    def undo(self) -> None:
        """Put the fields back as they were."""
        self._form.put_desk_fields(self.before, self._panes)

    def redo(self) -> None:
        """Set the fields again."""
        self._form.put_desk_fields(self.after, self._panes)
