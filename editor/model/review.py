"""Review operations on an article: comments, replies, status workflow, revisions.

Plain Python on the model (no Qt, no I/O). The functions change the article they are
given in place and return what they created, so the editor and the command line share
one set of rules. A comment whose anchored text is gone is *detached*: its range is
empty (``start == end``, where the text was) and its ``quote`` keeps the words.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from editor.model.article import (
    STATUS_NAMES,
    Article,
    Comment,
    Reply,
    Revision,
    Status,
    StatusChange,
    new_id,
    now_iso,
)
from editor.model.copying import deep_copy
from editor.model.parts import PartError, part_text, reading_order

if TYPE_CHECKING:
    from datetime import datetime, timedelta

# The moves the workflow allows. Approved and Published lock the text; leaving them goes
# through "Changes requested" ("Reopen for changes").
ALLOWED_MOVES: dict[Status, tuple[Status, ...]] = {
    Status.DRAFT: (Status.IN_REVIEW,),
    Status.IN_REVIEW: (Status.CHANGES_REQUESTED, Status.APPROVED, Status.DRAFT),
    Status.CHANGES_REQUESTED: (Status.IN_REVIEW, Status.DRAFT),
    Status.APPROVED: (Status.PUBLISHED, Status.CHANGES_REQUESTED),
    Status.PUBLISHED: (Status.CHANGES_REQUESTED,),
}
LOCKED_STATUSES = frozenset({Status.APPROVED, Status.PUBLISHED})
# The moves the approval gate (a house style's review.approval_gate) guards.
GATED_STATUSES = frozenset({Status.APPROVED, Status.PUBLISHED})
REOPEN_STATUS = Status.CHANGES_REQUESTED


class ReviewError(ValueError):
    """A review operation that cannot be done; ``str()`` says why in a user's words."""


class StatusMoveError(ReviewError):
    """The workflow does not allow this move: from ``current`` to ``target``."""

    def __init__(self, current: Status, target: Status) -> None:
        allowed = ", ".join(STATUS_NAMES[status] for status in ALLOWED_MOVES[current])
        super().__init__(
            f"an article in {STATUS_NAMES[current]} cannot move to {STATUS_NAMES[target]} "
            f"(allowed: {allowed})"
        )
        self.current = current
        self.target = target
        self.allowed = ALLOWED_MOVES[current]


class ApprovalGateError(ReviewError):
    """The approval gate refuses a move while suggestions or unresolved comments are open."""

    def __init__(self, target: Status, suggestions: int, comments: int) -> None:
        open_items = []
        if suggestions:
            open_items.append(f"{suggestions} open suggestion" + ("s" if suggestions != 1 else ""))
        if comments:
            open_items.append(f"{comments} unresolved comment" + ("s" if comments != 1 else ""))
        super().__init__(
            f"the article cannot move to {STATUS_NAMES[target]} while it has "
            f"{' and '.join(open_items)}"
        )
        self.target = target
        self.suggestions = suggestions
        self.comments = comments


class EditionGateError(ReviewError):
    """The edition gate refuses Approved (and Published) for an edition with stale paragraphs."""

    def __init__(self, target: Status, language: str, stale: int) -> None:
        plural = "s" if stale != 1 else ""
        super().__init__(
            f"the {language} edition cannot move to {STATUS_NAMES[target]} while it has "
            f"{stale} stale paragraph{plural}; confirm or update them first"
        )
        self.target = target
        self.language = language
        self.stale = stale


class EmbargoError(ReviewError):
    """Published is refused before the embargo lifts, or while the embargo names no moment.

    ``moment`` is None for an embargo that cannot be read; ``left`` is the time left.
    """

    def __init__(self, embargo: str, moment: datetime | None, left: timedelta) -> None:
        from editor.model.embargo import hours_minutes

        if moment is None:
            message = (
                f"the article cannot move to {STATUS_NAMES[Status.PUBLISHED]}: its embargo "
                f"{embargo!r} is not a date-time with its time zone"
            )
        else:
            hours, minutes = hours_minutes(left)
            message = (
                f"the article cannot move to {STATUS_NAMES[Status.PUBLISHED]} before its "
                f"embargo lifts at {moment.isoformat()} ({hours} h {minutes} min left)"
            )
        super().__init__(message)
        self.embargo = embargo
        self.moment = moment
        self.left = left


# --- comments -------------------------------------------------------------------------------


def initials_of(author: str) -> str:
    """Return initials for an author name ("Reviewer One" -> "RO")."""
    return "".join(word[0] for word in author.split() if word[:1].isalnum()).upper()[:4]


def is_detached(comment: Comment) -> bool:
    """Whether the comment's anchored text is gone (the comment is kept, without a range)."""
    return comment.start >= comment.end


def add_comment(
    article: Article,
    part: str,
    start: int,
    end: int,
    text: str,
    author: str,
    initials: str | None = None,
    *,
    at: str | None = None,
) -> Comment:
    """Anchor a new comment to characters start..end of a part, keeping the quoted text."""
    try:
        content = part_text(article, part)
    except PartError as failure:
        raise ReviewError(str(failure)) from None
    if not 0 <= start < end <= len(content):
        raise ReviewError(
            f"a comment needs some text of {part} selected "
            f"(characters {start}–{end} of {len(content)})"
        )
    if not text.strip():
        raise ReviewError("a comment needs some text")
    comment = Comment(
        id=new_id(),
        part=part,
        start=start,
        end=end,
        quote=content[start:end],
        text=text,
        author=author,
        initials=initials if initials is not None else initials_of(author),
        created=at or now_iso(),
    )
    article.comments.append(comment)
    return comment


def reply(comment: Comment, text: str, author: str, *, at: str | None = None) -> Reply:
    """Add a reply to a comment's thread."""
    if not text.strip():
        raise ReviewError("a reply needs some text")
    answer = Reply(author=author, text=text, created=at or now_iso())
    comment.replies.append(answer)
    return answer


def resolve(comment: Comment) -> None:
    """Mark a comment resolved (kept, shown only when resolved comments are asked for)."""
    comment.resolved = True


def reopen(comment: Comment) -> None:
    """Mark a resolved comment open again."""
    comment.resolved = False


def comments_by_part(article: Article, *, resolved: bool | None = None) -> list[Comment]:
    """Return the comments in reading order (part, then position); filter by resolved."""
    chosen = [c for c in article.comments if resolved is None or c.resolved == resolved]
    order = reading_order(article)
    last = len(order)  # a part the article lacks comes after every part it has
    return sorted(chosen, key=lambda c: (order.get(c.part, last), c.start, c.end))


# --- status ---------------------------------------------------------------------------------


def status_of(article: Article) -> Status:
    """Return the article's status; an unknown value counts as Draft."""
    try:
        return Status(article.meta.status)
    except ValueError:
        return Status.DRAFT


def status_name(status: str) -> str:
    """Return the readable name of a status value ("changes_requested" -> "Changes requested")."""
    try:
        return STATUS_NAMES[Status(status)]
    except ValueError:
        return status


def parse_status(value: str) -> Status:
    """Return the status named by a value or a readable name ("In review", "in-review")."""
    wanted = value.strip().casefold().replace("-", "_").replace(" ", "_")
    for status in Status:
        if wanted in (status.value, STATUS_NAMES[status].casefold().replace(" ", "_")):
            return status
    names = ", ".join(status.value for status in Status)
    raise ReviewError(f"unknown status {value!r} (known: {names})")


def open_review_items(article: Article) -> tuple[int, int]:
    """Return how many suggestions and unresolved comments the article has open."""
    unresolved = sum(1 for comment in article.comments if not comment.resolved)
    return len(article.suggestions), unresolved


def change_status(
    article: Article,
    new: Status | str,
    author: str,
    note: str = "",
    *,
    at: str | None = None,
    gate: bool = False,
    now: datetime | None = None,
    stale: int = 0,
) -> StatusChange:
    """Move the article to a new status, recording who, when and why, plus a revision.

    ``gate`` is the house style's approval gate (``style.review.approval_gate``): when on,
    Approved and Published are refused while suggestions or unresolved comments are open.
    Every status change of the editor, the library and the command line passes it here.
    Published is refused while an embargo is in force at ``now`` (the current time when
    None; tests give their own) or cannot be read, gate or no gate.
    ``stale`` is the number of an edition's stale paragraphs, counted by the caller
    (``editor.text.edition_review.change_edition_status``, with the house style's
    ``review.edition_gate``): Approved and Published are refused while it is not 0.
    """
    target = check_move(article, new, gate=gate, now=now, stale=stale)
    stamp = at or now_iso()
    change = StatusChange(status=target.value, author=author, at=stamp, note=note)
    article.meta.status = target.value
    article.status_history.append(change)
    label = f"Status: {STATUS_NAMES[target]}"
    make_revision(article, author, f"{label} — {note}" if note else label, at=stamp)
    return change


def check_move(
    article: Article,
    new: Status | str,
    *,
    gate: bool = False,
    now: datetime | None = None,
    stale: int = 0,
) -> Status:
    """Return the status a move of the article goes to, or raise the ReviewError that
    refuses it, by ``change_status``'s rules (asked before anything is recorded: the
    editor asks for a note only for a move that will be made)."""
    target = new if isinstance(new, Status) else parse_status(new)
    current = status_of(article)
    if target not in ALLOWED_MOVES[current]:
        raise StatusMoveError(current, target)
    if gate and target in GATED_STATUSES:
        suggestions, comments = open_review_items(article)
        if suggestions or comments:
            raise ApprovalGateError(target, suggestions, comments)
    if stale and target in GATED_STATUSES:
        raise EditionGateError(target, article.language, stale)
    if target is Status.PUBLISHED:
        # Imported here: datetime is loaded only when an article is to be published.
        from editor.model.embargo import EmbargoState, embargo_status

        embargo = embargo_status(article.meta.embargo, now)
        if embargo.state in (EmbargoState.IN_FORCE, EmbargoState.UNREADABLE):
            raise EmbargoError(article.meta.embargo, embargo.moment, embargo.left)
    return target


def reopen_for_changes(article: Article, author: str, note: str = "") -> StatusChange:
    """Unlock an Approved or Published article for changes (a recorded status change)."""
    return change_status(article, REOPEN_STATUS, author, note or "Reopened for changes")


# --- revisions ------------------------------------------------------------------------------


def snapshot(article: Article) -> Article:
    """Return a deep copy of the article for a revision: text and review, no revisions."""
    saved = copy.copy(article)
    saved.revisions = []
    saved.assets = {}
    saved.editions = []  # each edition keeps its own revisions
    return deep_copy(saved)


def make_revision(
    article: Article, author: str, note: str = "", *, at: str | None = None
) -> Revision:
    """Keep a snapshot of the article as it is now, numbered after the last one."""
    number = max((revision.number for revision in article.revisions), default=0) + 1
    revision = Revision(
        number=number,
        author=author,
        created=at or now_iso(),
        note=note,
        snapshot=snapshot(article),
    )
    article.revisions.append(revision)
    return revision


def find_revision(article: Article, number: int) -> Revision:
    """Return the revision with this number; ReviewError when there is none."""
    for revision in article.revisions:
        if revision.number == number and revision.snapshot is not None:
            return revision
    raise ReviewError(f"no revision {number} (the article has {len(article.revisions)})")


def restore_revision(
    article: Article, number: int, author: str, *, at: str | None = None
) -> Revision:
    """Bring back a revision's text as a new state; the text replaced is kept as a revision.

    The comments, status history and revisions stay the current ones. Their ranges still
    point into the replaced text: ``editor.text.anchors.restore_revision`` re-anchors them.
    """
    source = find_revision(article, number).snapshot
    assert source is not None
    before = make_revision(article, author, f"Before restoring revision {number}", at=at)
    restored = deep_copy(source)
    article.language = restored.language
    article.opening = restored.opening
    article.headline = restored.headline
    article.standfirst = restored.standfirst
    article.sections = restored.sections
    article.quotations = restored.quotations
    article.byline = restored.byline
    article.meta.tags = restored.meta.tags
    return before
