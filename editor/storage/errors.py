"""Typed failures of the storage layer, each naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any


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
REASONS = (PERMISSION_DENIED, DISK_FULL, READ_ONLY_DISK, FOLDER_NAME, NO_FOLDER, NAME_TOO_LONG)


class FormatError(StorageError):
    """The file is not a valid .newsdesk article (corrupt, foreign or hostile)."""


class UnsupportedVersionError(FormatError):
    """The file was written by a newer Newsdesk than this one."""


class LockedError(StorageError):
    """Someone else has the article open."""

    def __init__(
        self, path: str | Path, message: str, holder: dict[str, Any] | None = None
    ) -> None:
        super().__init__(path, message)
        self.holder = holder or {}
