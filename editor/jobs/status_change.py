"""Batch status change over articles chosen in the library: a generator yielding progress.

Each article is locked while it changes, so one open in an editor window (this one or
another person's) is refused with who has it, never overwritten. The change follows the
review workflow's rules (editor.model.review) and is written by the one rule
(editor.storage.writing): a read-only file or one changed while it was read is refused, a
backup is kept, and a backup that fails is reported without stopping the change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from editor.model.frozen import Frozen
from editor.model.review import ReviewError, change_status
from editor.storage.errors import BackupError, StorageError
from editor.storage.folders import UserFolders
from editor.storage.lock import ArticleLock
from editor.storage.writing import load_for_writing, write_article

if TYPE_CHECKING:
    from editor.storage.library import Library


class StatusOutcome(Frozen):
    """One article of a batch status change: changed, or why not (a typed failure).

    ``failure`` is a ``StorageError`` (a ``LockedError`` naming who has the article open)
    or a ``ReviewError`` (a ``StatusMoveError`` with the two statuses, an
    ``ApprovalGateError`` with the open counts); None when changed.
    ``backup_failure`` says why a changed article's previous version was not kept.
    """

    __slots__ = ("backup_failure", "failure", "index", "path", "total")
    _defaults: ClassVar[dict[str, Any]] = {"failure": None, "backup_failure": None}

    index: int
    total: int
    path: Path
    failure: Exception | None
    backup_failure: BackupError | None

    @property
    def ok(self) -> bool:
        """Whether the article now has the new status."""
        return self.failure is None


def change_statuses(
    paths: Sequence[Path],
    status: str,
    author: str,
    note: str = "",
    *,
    folders: UserFolders | None = None,
    library: Library | None = None,
    holder_name: str | None = None,
    gate: bool = True,
) -> Iterator[StatusOutcome]:
    """Move each article to a status, yielding an outcome per article; the index follows.

    ``holder_name`` is the name others see on the lock meanwhile (default: the login name).
    ``gate`` is the house style's approval gate (on in the default style): an article
    with open suggestions or unresolved comments is refused Approved and Published.
    """
    total = len(paths)
    for index, path in enumerate(paths, start=1):
        path = Path(path)
        try:
            with ArticleLock(path, holder_name=holder_name) as lock:
                opened = load_for_writing(path)
                change_status(opened.article, status, author, note, gate=gate)
                outcome = write_article(
                    opened.article,
                    path,
                    folders=folders,
                    expected=opened.fingerprint,
                    lock=lock,
                )
        except (StorageError, ReviewError) as failure:
            yield StatusOutcome(index, total, path, failure)
            continue
        if library is not None:
            library.update(path)
        yield StatusOutcome(index, total, path, backup_failure=outcome.backup_failure)
