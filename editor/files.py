"""Reading a file the user or another program gave us, without hanging or exhausting memory.

Every file the program reads that it did not ship itself (an article, a draft, a reviewed
DOCX, a house style, a lock, settings, a word list, the library's own files) goes through
``read_regular``: a named pipe, a device such as ``/dev/zero`` or a folder is refused at
once, and a file larger than the reader's limit is refused before it is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Why a file could not be read, as words an interface can say in its own language.
NOT_FOUND = "not-found"
IS_FOLDER = "is-folder"
NOT_REGULAR = "not-regular"
TOO_LARGE = "too-large"
NO_PERMISSION = "no-permission"
UNREADABLE = "unreadable"


class FileReadError(Exception):
    """A file could not be read; ``message`` says why in a sentence, ``reason`` in a word."""

    def __init__(self, path: str | Path, reason: str, message: str, size: int = 0) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.reason = reason
        self.message = message
        self.size = size  # how many bytes the file holds (at least), when too large


def read_regular(path: str | Path, limit: int) -> bytes:
    """Return the bytes of a regular file of at most ``limit`` bytes, or raise FileReadError.

    The file is opened without blocking (a named pipe with no writer would wait forever),
    checked to be a regular file, and read to at most ``limit`` bytes: a file that grows
    while it is read is refused as too large rather than read without end.
    """
    path = Path(path)
    # O_NONBLOCK: opening a named pipe must not wait for a writer that never comes.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise FileReadError(path, NOT_FOUND, "there is no such file") from None
    except IsADirectoryError:
        raise FileReadError(path, IS_FOLDER, "this is a folder, not a file") from None
    except PermissionError:
        raise FileReadError(
            path, NO_PERMISSION, "permission denied: cannot read the file"
        ) from None
    except (OSError, ValueError) as failure:  # ValueError: a NUL in the name
        raise FileReadError(path, UNREADABLE, f"cannot be read: {_why(failure)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileReadError(path, IS_FOLDER, "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(
                path, NOT_REGULAR, "is not a regular file (a pipe, a device or a socket)"
            )
        if info.st_size > limit:
            raise FileReadError(path, TOO_LARGE, _too_large(info.st_size, limit), info.st_size)
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            except OSError as failure:
                raise FileReadError(path, UNREADABLE, f"cannot be read: {_why(failure)}") from None
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileReadError(path, TOO_LARGE, _too_large(size, limit), size)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _why(failure: BaseException) -> str:
    if isinstance(failure, OSError) and failure.strerror:
        return failure.strerror
    return str(failure) or type(failure).__name__


def _too_large(size: int, limit: int) -> str:
    return f"is too large ({size:,} bytes; at most {limit:,} are read)"
