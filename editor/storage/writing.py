"""The one rule for writing an article the user works on (DESIGN.md §5).

Every writer — the editor's Save, each command that changes a file, each batch job —
reads with ``load_for_writing`` and writes with ``write_article``, which in order:

1. takes the article's lock, unless the caller holds it already (``LockedError`` names
   who has it; ``force`` takes it over, only when the user asked);
2. refuses a read-only file (``ReadOnlyFileError``): replacing it would go around what
   its owner said;
3. checks the file on disk is the one that was read (``ChangedOnDiskError`` otherwise):
   size, modification time and identity first, the content hash when those differ or
   cannot be trusted (changed within the file system's time resolution of being read);
4. keeps the version it replaces as a backup; a backup that fails does not stop the save
   and is reported in the outcome (``BackupError``);
5. writes atomically (``atomic.write_bytes``) and returns the new file's fingerprint.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import os
import time
from pathlib import Path
from typing import Any, ClassVar

from editor.files import FileReadError, read_regular
from editor.model import Article, now_iso
from editor.model.frozen import Frozen
from editor.storage import container
from editor.storage.atomic import storage_error, write_bytes
from editor.storage.errors import (
    NO_FOLDER,
    BackupError,
    ChangedOnDiskError,
    ReadOnlyFileError,
    StorageError,
)
from editor.storage.fingerprint import Fingerprint, file_status
from editor.storage.folders import UserFolders
from editor.storage.lock import ArticleLock

_READ_ATTEMPTS = 3


class OpenedArticle:
    """An article read for changing, with the fingerprint of the file it was read from.

    The fingerprint's content hash is taken from the bytes that were read, when it is
    first asked for: the editor asks after its window is on screen (hashing, and loading
    the hash library, would otherwise delay the first paint), and the bytes are let go then.
    """

    def __init__(
        self, article: Article, path: Path, data: bytes, info: os.stat_result, seen_ns: int
    ) -> None:
        self.article = article
        self.path = path
        self._data = data
        self._info = info
        self._seen_ns = seen_ns

    @functools.cached_property
    def fingerprint(self) -> Fingerprint:
        """Return the fingerprint of the file as it was read."""
        data, self._data = self._data, b""
        return Fingerprint.of(data, self._info, self._seen_ns)


class WriteOutcome(Frozen):
    """What a write did: the new file's fingerprint, its backup or why none was kept."""

    __slots__ = ("backup", "backup_failure", "fingerprint", "modified", "path")
    _defaults: ClassVar[dict[str, Any]] = {"backup": None, "backup_failure": None}

    path: Path
    fingerprint: Fingerprint
    backup: Path | None
    backup_failure: BackupError | None
    modified: str  # the article's modified time as written (the time of the write)


def load_for_writing(path: str | Path) -> OpenedArticle:
    """Read an article (every part) and the fingerprint of its file, reading it once."""
    path = Path(path)
    for _attempt in range(_READ_ATTEMPTS):
        before = _status(path)
        try:
            data = read_regular(path, container.MAX_FILE_BYTES)
        except FileReadError as failure:
            raise container.read_error(failure) from None
        after = _status(path)
        # Seen now, before parsing: whether the file's time can be trusted is as of the
        # read, and a long parse must not make a change within its resolution look older.
        seen_ns = time.time_ns()
        if before is not None and after is not None and file_status(before) == file_status(after):
            article = container.loads(data, str(path))
            return OpenedArticle(article, path, data, after, seen_ns)
    raise StorageError(path, "keeps changing while it is read; try again when it is finished")


def write_article(
    article: Article,
    path: str | Path,
    *,
    folders: UserFolders | None,
    expected: Fingerprint | None,
    lock: ArticleLock | None = None,
    force: bool = False,
    holder_name: str | None = None,
    stamp: bool = True,
) -> WriteOutcome:
    """Write an article by the one rule (module docstring); return what was done.

    ``expected`` is the fingerprint from ``load_for_writing`` (or the last write); None
    writes whatever is on disk now (a new file, or a replacement the user confirmed).
    ``lock`` is the caller's lock on path, checked to be still theirs; without it one is
    taken for the write (``holder_name`` names the writer in it) and given back after.
    ``folders`` says where backups go; None keeps none. ``stamp``: the article's modified
    time becomes the time of the write (False for an article written as it was read, an
    import of a draft that says when it was changed). Raises StorageError and its kinds:
    ``LockedError``, ``ReadOnlyFileError``, ``ChangedOnDiskError``, ``FormatError``.
    """
    path = Path(path)
    # The time of this write is the article's modified time: the file, the library and an
    # export's dateModified say when it last changed (it stayed the time it was made).
    if stamp:
        modified = now_iso()
        stamped = copy.copy(article)
        stamped.meta = dataclasses.replace(article.meta, modified=modified)
        article = stamped
    modified = article.meta.modified
    data = container.dumps_for(article, path)
    if not path.parent.is_dir():
        # Said as the write would say it, rather than as a lock that cannot be made.
        raise StorageError(path, f"the folder {path.parent} does not exist", reason=NO_FOLDER)
    own_lock: ArticleLock | None = None
    if lock is not None and lock.held and same_file(lock.path, path):
        lock.check()
    else:
        own_lock = ArticleLock(path, holder_name)
        own_lock.acquire(force=force)
    try:
        previous = _check_on_disk(path, expected)
        backup, failure = None, None
        if folders is not None:
            backup, failure = _keep_backup(path, article.id, folders, data, previous)
        write_bytes(path, data)
        try:
            info = os.stat(path)
        except OSError as stat_failure:
            raise storage_error(path, stat_failure) from None
        return WriteOutcome(path, Fingerprint.of(data, info), backup, failure, modified)
    finally:
        if own_lock is not None:
            own_lock.release()


def check_unchanged(path: str | Path, expected: Fingerprint) -> None:
    """Raise ChangedOnDiskError if the file is no longer the one fingerprinted."""
    _check_on_disk(Path(path), expected, read_only_too=False)


def _check_on_disk(
    path: Path, expected: Fingerprint | None, *, read_only_too: bool = True
) -> bytes | None:
    """Refuse a read-only or changed file; return its bytes when they had to be read."""
    info = _status(path)
    if info is None:
        if expected is not None:
            raise ChangedOnDiskError(
                path,
                "was deleted or moved since it was read; nothing was written",
                expected,
                None,
            )
        return None
    if read_only_too:
        _refuse_read_only(path, info)
    if expected is None:
        return None
    if expected.same_status(info) and expected.time_trusted:
        return None
    try:
        data = read_regular(path, container.MAX_FILE_BYTES)
    except FileReadError as failure:
        raise StorageError(path, f"cannot be checked before saving: {failure.message}") from None
    found = Fingerprint.of(data, info)
    if found.sha256 == expected.sha256:
        return data  # touched, or copied back unchanged: no one's work would be lost
    raise ChangedOnDiskError(
        path,
        "was changed on disk since it was read (by another program or person); "
        "nothing was written",
        expected,
        found,
    )


def read_only_reason(path: str | Path, info: os.stat_result | None = None) -> str | None:
    """Say why a file may not be written over ("is a read-only file"), None when it may.

    The one rule for read-only: the editor opens such a file read-only, every writer refuses
    it. A file that cannot be looked at (missing) is not read-only: writing will say why.
    """
    if info is None:
        try:
            info = os.stat(path)
        except OSError:
            return None
    # No write bit for anyone is what "read-only" means on every system (on Windows, the
    # read-only attribute); os.access adds this user's own permission. Root passes
    # os.access, but not the first test: a file marked read-only is never replaced.
    if not info.st_mode & 0o222:
        return "is a read-only file"
    if not os.access(path, os.W_OK):
        return "may not be written by you"
    return None


def _refuse_read_only(path: Path, info: os.stat_result) -> None:
    import stat

    if stat.S_ISDIR(info.st_mode):
        raise StorageError(path, "a folder has this name; choose another file name")
    reason = read_only_reason(path, info)
    if reason is not None:
        raise ReadOnlyFileError(path, f"{reason}; nothing was written")


def _keep_backup(
    path: Path, article_id: str, folders: UserFolders, data: bytes, previous: bytes | None
) -> tuple[Path | None, BackupError | None]:
    """Keep a backup; a failure is returned, never raised: it must not stop the save."""
    where = container.backup_folder(folders, article_id)
    try:
        return container.back_up(path, article_id, folders, data, previous), None
    except StorageError as failure:
        problem = failure
    except OSError as failure:
        problem = storage_error(where, failure)
    return None, BackupError(
        where, f"no backup was kept: {problem.message}", reason=problem.reason
    )


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as failure:
        raise storage_error(path, failure) from None
    except ValueError:  # a NUL in the name
        raise StorageError(path, "is not a valid file name") from None


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether two paths name the same file: the same name, a link to it, or another spelling.

    Files that exist are compared by identity (a hard link, a case-insensitive name); a
    file not written yet by where its name leads.
    """
    first, second = Path(first), Path(second)
    if first == second:
        return True
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):
        pass
    try:
        return first.resolve() == second.resolve()
    except (OSError, RuntimeError, ValueError):
        return False
