"""Typed failures of the storage layer, each naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A file could not be read or written; ``str()`` is a sentence a user understands."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message


class FormatError(StorageError):
    """The file is not a valid .newsdesk article (corrupt, foreign or hostile)."""


class UnsupportedVersionError(FormatError):
    """The file was written by a newer Newsdesk than this one."""


class LockedError(StorageError):
    """Someone else has the article open."""

    def __init__(self, path: str | Path, message: str, holder: dict | None = None) -> None:
        super().__init__(path, message)
        self.holder = holder or {}
