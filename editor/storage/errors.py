"""Typed failures of the storage layer, each naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.storage.fingerprint import Fingerprint


class StorageError(Exception):
    """A file could not be read or written; ``str()`` is a sentence a user understands."""

    def __init__(self, path: str | Path, message: str, *, reason: str = "") -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message
        # What went wrong, as a word an interface can say in its own language
        # (``REASONS``); "" when only the message says it.
        self.reason = reason


# The reasons a write can fail for, each a sentence the interface translates.
PERMISSION_DENIED = "permission-denied"
DISK_FULL = "disk-full"
READ_ONLY_DISK = "read-only-disk"
FOLDER_NAME = "folder-name"
NO_FOLDER = "no-folder"
NAME_TOO_LONG = "name-too-long"
READ_ONLY_FILE = "read-only-file"
REASONS = (
    PERMISSION_DENIED,
    DISK_FULL,
    READ_ONLY_DISK,
    FOLDER_NAME,
    NO_FOLDER,
    NAME_TOO_LONG,
    READ_ONLY_FILE,
)


class FormatError(StorageError):
    """The file is not a valid .newsdesk article (corrupt, foreign or hostile)."""


class UnsupportedVersionError(FormatError):
    """The file was written by a newer Newsdesk than this one."""


class LockedError(StorageError):
    """Someone else has the article open; ``holder`` is what the lock file says of them."""

    def __init__(
        self, path: str | Path, message: str, holder: dict[str, Any] | None = None
    ) -> None:
        super().__init__(path, message)
        self.holder = holder or {}


class UnreadableLockError(LockedError):
    """The article is locked by a lock file that cannot be read (damaged, hostile, a pipe).

    No one can be named; whoever knows the article is not open may take the lock over
    (``force``).
    """


class ChangedOnDiskError(StorageError):
    """The file on disk is no longer the one that was read: writing would lose a change.

    ``expected`` is the fingerprint taken when it was read, ``found`` the file's now (None
    when the file is gone).
    """

    def __init__(
        self,
        path: str | Path,
        message: str,
        expected: Fingerprint,
        found: Fingerprint | None,
    ) -> None:
        super().__init__(path, message)
        self.expected = expected
        self.found = found


class ReadOnlyFileError(StorageError):
    """The article's file is read-only (or not writable by this user): it is not replaced."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(path, message, reason=READ_ONLY_FILE)


class BackupError(StorageError):
    """The previous version could not be kept as a backup; the save itself went ahead.

    Never raised by a save: it is carried in the save's outcome so that the user is told.
    ``reason`` is one of ``REASONS`` when known.
    """
