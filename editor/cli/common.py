"""What every command shares: exit codes, one-line errors, safe printing, the user's defaults."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

if TYPE_CHECKING:
    from editor.model import Article
    from editor.storage.fingerprint import Fingerprint
    from editor.storage.settings import Settings
    from editor.storage.writing import OpenedArticle

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]
# What ``add_NAME(subparsers)`` receives: argparse's (private) sub-parsers action.
SubParsers: TypeAlias = "argparse._SubParsersAction[Any]"

# Control characters from a file (ESC above all) must not drive the user's terminal; tab
# and newline are layout. JSON output never holds them raw, so it is unchanged.
_CONTROL_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0, 9), *range(11, 32), 127)}


class CliError(Exception):
    """A failure the command reports as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def error(message: str) -> None:
    """Print one error line on stderr, escaped as ``say`` escapes (a file name may hold ESC)."""
    say(f"newsdesk: {message}", sys.stderr)


def output_folder(name: str) -> Path:
    """Return the folder for output files, created (with its parents) when missing."""
    folder = Path(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise CliError(f"{folder}: is a file, not a folder") from None
    except OSError as failure:
        raise CliError(f"{folder}: cannot create the folder: {failure.strerror}") from None
    return folder


def say(text: str, stream: TextIO | None = None) -> None:
    """Print text; control characters and lone surrogates are shown as escapes."""
    out = stream or sys.stdout
    encoding = getattr(out, "encoding", None) or "utf-8"
    text = text.translate(_CONTROL_ESCAPES)
    print(text.encode(encoding, "backslashreplace").decode(encoding), file=out)


def storage_failure(failure: Exception) -> CliError:
    """One line naming the file and what is wrong, for any StorageError."""
    return CliError(str(failure).replace("\n", " "), EXIT_USAGE)


def user_settings() -> Settings:
    """Return the user's settings: the same defaults the editor uses (style, author, office)."""
    from editor.storage.folders import UserFolders
    from editor.storage.settings import load_settings

    return load_settings(UserFolders.config_folder())


def style_name(chosen: str | None) -> str:
    """Return the house style to use: the one asked for, else the user's, else "default"."""
    from editor.render.styles import DEFAULT_STYLE

    return chosen or user_settings().house_style or DEFAULT_STYLE


def load_article(name: str | Path) -> Article:
    """Return the article in a file; one error line for any storage failure."""
    from editor.storage import container
    from editor.storage.errors import StorageError

    try:
        return container.load(name)
    except StorageError as failure:
        raise storage_failure(failure) from None


def load_for_writing(name: str | Path) -> OpenedArticle:
    """Return an article to change, with its file's fingerprint; one error line on failure."""
    from editor.storage.errors import StorageError
    from editor.storage.writing import load_for_writing as load

    try:
        return load(name)
    except StorageError as failure:
        raise storage_failure(failure) from None


def save_article(
    article: Article,
    name: str | Path,
    *,
    expected: Fingerprint | None = None,
    force: bool = False,
) -> None:
    """Write an article by the one rule (lock, unchanged on disk, backup, atomic).

    ``expected`` is the fingerprint of the file as read (None: a new file, or one the user
    asked to replace). A refusal is one error line; a backup that failed is a warning.
    """
    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders
    from editor.storage.writing import write_article

    try:
        outcome = write_article(
            article,
            Path(name),
            folders=UserFolders.default(),
            expected=expected,
            force=force,
        )
    except StorageError as failure:
        raise write_refused(failure) from None
    if outcome.backup_failure is not None:
        say(f"newsdesk: warning: {name}: saved, but {outcome.backup_failure.message}", sys.stderr)


def write_refused(failure: Exception) -> CliError:
    """One line saying why an article was not written, and what the user can do."""
    from editor.storage.errors import ChangedOnDiskError, LockedError, UnreadableLockError

    line = storage_failure(failure)
    if isinstance(failure, UnreadableLockError):
        return CliError(f"{line}; if no one has it open, use --force to take the lock over")
    if isinstance(failure, LockedError):
        return CliError(f"{line}; nothing was written")
    if isinstance(failure, ChangedOnDiskError):
        return CliError(f"{line}; run the command again to work on the new version")
    return line
