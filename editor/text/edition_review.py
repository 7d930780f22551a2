"""Review of a language edition: its status moves, with the house style's edition gate.

An edition's comments, suggestions and status history are its own (an ``Article`` of its
own); what the source adds is the gate: an edition whose paragraphs are stale is refused
Approved and Published while the house style's ``review.edition_gate`` is on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.model.review import change_status
from editor.text.editions import state

if TYPE_CHECKING:
    from datetime import datetime

    from editor.model import Article, Status, StatusChange


def change_edition_status(
    source: Article,
    edition: Article,
    new: Status | str,
    author: str,
    note: str = "",
    *,
    gate: bool = False,
    edition_gate: bool = False,
    at: str | None = None,
    now: datetime | None = None,
) -> StatusChange:
    """Move an edition to a new status (``change_status``'s rules); with ``edition_gate``
    an edition with stale paragraphs is refused Approved and Published
    (``EditionGateError``, with the count)."""
    stale = stale_paragraphs(source, edition) if edition_gate else 0
    return change_status(edition, new, author, note, at=at, gate=gate, now=now, stale=stale)


def stale_paragraphs(source: Article, edition: Article) -> int:
    """Return how many of an edition's paragraphs are stale (the edition gate counts them)."""
    return len(state(source, edition).stale)


__all__ = ["change_edition_status", "stale_paragraphs"]
