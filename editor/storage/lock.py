"""A lock file beside an open article, telling a second opener who has it open since when.

The lock is ``.~NAME.newsdesk#`` in the article's folder, a small JSON object naming the
user, host, process id and time. It is advisory: it exists to be read and shown, and a
lock whose process is gone (same host, dead pid) is taken over.

Anyone who may write in the article's folder may put anything under the lock's name (a
named pipe, a huge file, JSON naming pid 10**20): it is read without blocking, bounded,
and parsed defensively, and a lock that names no one is "a lock file that cannot be read"
(``UnreadableLockError``), which ``force`` takes over.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from editor.files import NOT_FOUND, FileReadError, read_regular
from editor.model import now_iso
from editor.processes import process_alive
from editor.storage.atomic import write_bytes
from editor.storage.errors import LockedError, StorageError, UnreadableLockError


def host_name() -> str:
    """Return this machine's name.

    os.uname where there is one: the socket and platform modules cost 2-3 ms to import, and
    a lock is taken while the editor starts.
    """
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform

    return platform.node()


_MAX_LOCK_BYTES = 64 * 1024


def lock_path(path: str | Path) -> Path:
    """Return the lock file of an article: ``.~NAME#`` beside it."""
    path = Path(path)
    return path.with_name(f".~{path.name}#")


def read_lock(path: str | Path) -> dict[str, Any] | None:
    """Return who holds the article's lock, None when it is not locked.

    An unreadable or damaged lock file (not a regular file, too large, not a JSON object)
    gives an empty dict: locked, by no one that can be named (see ``names_holder``).
    """
    return _read_lock_file(lock_path(path))


def _read_lock_file(lock_file: Path) -> dict[str, Any] | None:
    try:
        # Never open(): a named pipe under the lock's name would block the editor's start.
        data = read_regular(lock_file, _MAX_LOCK_BYTES)
    except FileReadError as failure:
        return None if failure.reason == NOT_FOUND else {}
    try:
        holder = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return {}
    return holder if isinstance(holder, dict) else {}


def names_holder(holder: dict[str, Any]) -> bool:
    """Whether a lock's content names who holds it (every lock this program writes does)."""
    user = holder.get("user")
    return isinstance(user, str) and bool(user.strip())


def _current_user() -> str:
    # As getpass.getuser() finds it, without importing getpass (and termios with it: ~0.5
    # ms of the editor's start, which takes a lock): the login variables in its order, then
    # the account database.
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        name = os.environ.get(variable)
        if name:
            return name
    try:
        import pwd
    except ImportError:  # not POSIX: getpass knows the system's own way
        import getpass

        try:
            return getpass.getuser()
        except (KeyError, OSError, ImportError):
            return "unknown user"
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return "unknown user"


def _other_process_here(host: object, pid: object) -> int | None:
    """Return the id of a process of this host other than this one, as a record names it
    (its host and process id); None for this process, another host, or no id."""
    if host != host_name() or not isinstance(pid, int) or isinstance(pid, bool):
        return None
    return None if pid == os.getpid() else pid


def running_elsewhere(host: object, pid: object) -> bool:
    """Whether another process of this host runs under that id (a record of who wrote a
    file); False for this process, another host (it cannot be asked), or no id."""
    other = _other_process_here(host, pid)
    return other is not None and process_alive(other)


def describe_holder(holder: dict[str, Any]) -> str:
    """Return "is open by NAME (user ACCOUNT) on HOST since TIME" for a lock's content."""
    user = _text(holder.get("user"))
    account = _text(holder.get("account"))
    host = _text(holder.get("host"))
    since = _text(holder.get("time"))
    text = f"is open by {user or 'someone'}"
    if account and account != user:
        text += f" (user {account})"
    if host:
        text += f" on {host}"
    if since:
        text += f" since {_readable_time(since)}"
    return text


def _text(value: object) -> str:
    """A lock's field as shown: a string, cut short (a lock may come from anyone)."""
    return value.strip()[:80] if isinstance(value, str) else ""


def _readable_time(stamp: str) -> str:
    from datetime import datetime  # here: only telling who holds a lock needs it

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:40]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class ArticleLock:
    """The lock on one article file: acquire() when opening, release() when closing."""

    def __init__(self, path: str | Path, holder_name: str | None = None) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.holder_name = holder_name
        self._token = os.urandom(8).hex()
        self._held = False

    @property
    def held(self) -> bool:
        """Whether this lock was acquired and not released."""
        return self._held

    def _content(self) -> dict[str, Any]:
        account = _current_user()
        return {
            "user": self.holder_name or account,
            "account": account,
            "host": host_name(),
            "pid": os.getpid(),
            "time": now_iso(),
            "token": self._token,
            "app": "newsdesk",
        }

    def _is_stale(self, holder: dict[str, Any]) -> bool:
        # Another machine's process cannot be checked (trust the lock); this very process
        # has it in another window or ArticleLock.
        other = _other_process_here(holder.get("host"), holder.get("pid"))
        return other is not None and not process_alive(other)

    def acquire(self, force: bool = False) -> None:
        """Take the lock; LockedError names who has it. ``force`` takes it over regardless."""
        if self._held:
            return
        # backslashreplace turns a lone surrogate into a \uXXXX escape: still valid JSON.
        text = json.dumps(self._content(), ensure_ascii=False, indent=1)
        payload = text.encode("utf-8", "backslashreplace")
        for _attempt in range(3):
            if self._create(payload):
                self._held = True
                return
            holder = read_lock(self.path)
            if holder is None:
                continue  # released meanwhile: try again
            if holder.get("token") == self._token:
                self._held = True
                return
            # A lock that names no one is refused even when its process is gone.
            if not force and (not names_holder(holder) or not self._is_stale(holder)):
                raise self._refusal(holder)
            self._remove_stale(holder)
        raise LockedError(self.path, "is being opened by someone else at this moment", {})

    def _create(self, payload: bytes) -> bool:
        """Create the lock file with its content in one step; False when it exists."""
        # The content is written in full under a temporary name, then linked to the lock
        # name: link() fails when the lock exists, so no one ever reads a half-written lock.
        temp = self.lock_file.with_name(f"{self.lock_file.name}.{self._token}")
        try:
            # Not durable: after a power cut the editor is not running, and holds no lock.
            write_bytes(temp, payload, durable=False)
        except StorageError as failure:
            raise StorageError(
                self.path, f"cannot be locked: {failure.message}", reason=failure.reason
            ) from None
        try:
            os.link(temp, self.lock_file)
            return True
        except FileExistsError:
            return False
        except OSError:
            # File systems without hard links (FAT, some network shares): exclusive create.
            return self._create_exclusive(payload)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)

    def _create_exclusive(self, payload: bytes) -> bool:
        try:
            fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as failure:
            raise StorageError(self.lock_file, f"cannot create the lock: {failure}") from None
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        return True

    def _remove_stale(self, holder: dict[str, Any]) -> None:
        # Rename first, so that of two processes taking over the same stale lock only one
        # removes it; the other finds it gone and tries to create its own. Should the
        # renamed file turn out to be a fresh lock taken meanwhile, it is put back.
        grave = self.lock_file.with_name(f"{self.lock_file.name}.stale.{self._token}")
        try:
            os.replace(self.lock_file, grave)
        except FileNotFoundError:
            return
        except OSError as failure:
            raise StorageError(self.path, f"cannot take over the lock: {failure}") from None
        moved = _read_lock_file(grave) or {}
        if moved != holder and moved:
            with contextlib.suppress(OSError):
                os.link(grave, self.lock_file)
        with contextlib.suppress(OSError):
            os.unlink(grave)

    def check(self) -> None:
        """Raise LockedError naming who has the lock if it is no longer this holder's.

        Someone may have taken it over (``force``) while the article was open: whoever
        writes next must then not write over their work.
        """
        if not self._held:
            raise StorageError(self.path, "is not locked for writing")
        holder = read_lock(self.path)
        if holder is not None and holder.get("token") == self._token:
            return
        if holder is None:
            # The lock file was removed by hand: take it again, nobody else has it.
            self._held = False
            self.acquire()
            return
        raise self._refusal(holder)

    def _refusal(self, holder: dict[str, Any]) -> LockedError:
        """Return the error naming who has the lock, or saying its file names no one."""
        if not names_holder(holder):
            unreadable = f"is locked by a lock file that cannot be read ({self.lock_file.name})"
            return UnreadableLockError(self.path, unreadable, {})
        return LockedError(self.path, describe_holder(holder), holder)

    def release(self) -> None:
        """Give the lock up (removes the lock file only if it is still this holder's)."""
        if not self._held:
            return
        self._held = False
        holder = read_lock(self.path)
        if holder is not None and holder.get("token") == self._token:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.lock_file)

    def __enter__(self) -> ArticleLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
