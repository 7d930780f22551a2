"""The one function that writes files: never a half-written file under the real name."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

from editor.storage.errors import (
    DISK_FULL,
    FOLDER_NAME,
    NAME_TOO_LONG,
    NO_FOLDER,
    PERMISSION_DENIED,
    READ_ONLY_DISK,
    StorageError,
)

_NEW_FILE_MODE = 0o666  # the umask narrows it, as for any file the user creates


def write_bytes(
    path: str | Path, data: bytes, *, sync_folder: bool = True, durable: bool = True
) -> None:
    """Write data to path atomically: temp file beside it, fsync, os.replace, fsync the folder.

    Whatever moment the process dies, the real name holds either the old content or the
    new one. Raises StorageError with a sentence a user understands.

    ``sync_folder=False`` leaves the folder's fsync to the caller, who must then call
    ``sync_folder(path.parent)`` once it has written its batch: the file is complete under
    its name either way, only the renames' durability waits for that one fsync.

    ``durable=False`` skips both fsyncs: still never half-written under its name, but a
    power cut may lose it. Only for files whose loss is harmless (a lock file: an editor
    that is not running holds no lock), where the fsyncs would cost each start-up time.
    """
    path = Path(path)
    folder = path.parent
    # os.urandom rather than the secrets module: the name needs to be unguessable only
    # enough not to collide, and secrets costs every command hashlib's start-up.
    temp = folder / f".{path.name}.{os.urandom(6).hex()}.tmp"
    try:
        mode = _mode_for(path)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, _NEW_FILE_MODE)
    except OSError as failure:
        raise storage_error(path, failure) from None
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if mode is not None:
                # Keep the permissions the user gave the file it replaces.
                _chmod(fd, temp, mode)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError as failure:
        _remove_quietly(temp)
        raise storage_error(path, failure) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    if sync_folder and durable:
        _fsync_folder(folder)
    _sweep_leftovers(path)


def make_folder(folder: Path, what: str = "folder") -> None:
    """Create a folder the program writes into, with its parents; StorageError names it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as failure:
        raise StorageError(folder, f"cannot create the {what}: {failure.strerror}") from None


def sync_folder(folder: str | Path) -> None:
    """Make the renames done in a folder durable: fsync the folder (nothing on Windows)."""
    _fsync_folder(Path(folder))


_O_BINARY = getattr(os, "O_BINARY", 0)


def _mode_for(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None


def _chmod(fd: int, temp: Path, mode: int) -> None:
    if os.chmod in os.supports_fd:
        os.chmod(fd, mode)
    else:
        os.chmod(temp, mode)


def _fsync_folder(folder: Path) -> None:
    # Without this the rename itself may not survive a power cut. Windows cannot open a
    # folder for fsync; NTFS journals the rename instead.
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder
    finally:
        os.close(fd)


_LEFTOVER_AGE = 3600.0  # seconds; no save takes an hour, so an older temp file is a crash's


def _sweep_leftovers(path: Path) -> None:
    """Remove temp files an earlier process left when it died mid-write (same name only)."""
    prefix, suffix = f".{path.name}.", ".tmp"
    cutoff = time.time() - _LEFTOVER_AGE
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                name = entry.name
                if not (name.startswith(prefix) and name.endswith(suffix)):
                    continue
                token = name[len(prefix) : -len(suffix)]
                if len(token) != 12 or not all(c in "0123456789abcdef" for c in token):
                    continue
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    _remove_quietly(Path(entry.path))
    except OSError:
        pass  # tidying up is a courtesy; the save itself has succeeded


def _remove_quietly(temp: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp)


def storage_error(path: str | Path, failure: OSError) -> StorageError:
    """Return the StorageError saying why writing path failed, as the user can act on it."""
    path = Path(path)
    folder = path.parent
    code = failure.errno
    reason = ""
    if isinstance(failure, PermissionError) or code in (errno.EACCES, errno.EPERM):
        reason = PERMISSION_DENIED
        message = f"permission denied: cannot write in the folder {folder}"
    elif code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        message, reason = "the disk is full; free some space and save again", DISK_FULL
    elif code == errno.EROFS:
        message, reason = f"the folder {folder} is on a read-only disk", READ_ONLY_DISK
    elif isinstance(failure, IsADirectoryError) or code == errno.EISDIR:
        message, reason = "a folder has this name; choose another file name", FOLDER_NAME
    elif isinstance(failure, (FileNotFoundError, NotADirectoryError)):
        message, reason = f"the folder {folder} does not exist", NO_FOLDER
    elif code == errno.ENAMETOOLONG:
        message, reason = "the file name is too long", NAME_TOO_LONG
    else:
        message = f"could not be written: {failure.strerror or failure}"
    return StorageError(path, message, reason=reason)
