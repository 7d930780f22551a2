"""What every command shares: exit codes, one-line errors, safe printing, the user's defaults."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeAlias

if TYPE_CHECKING:
    from editor.model import Article
    from editor.storage.fingerprint import Fingerprint
    from editor.storage.settings import Settings
    from editor.storage.writing import OpenedArticle

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
# The reader of stdout went away (``| head``): 128 + SIGPIPE, as a shell shows it.
EXIT_BROKEN_PIPE = 141

Command = Callable[[argparse.Namespace], int]
# What ``add_NAME(subparsers)`` receives: argparse's (private) sub-parsers action.
SubParsers: TypeAlias = "argparse._SubParsersAction[Any]"

# What POSIX systems take at most: a name in a folder (NAME_MAX), a whole path (PATH_MAX).
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4095

# Control characters from a file (ESC above all, and the C1 set: U+009B is a terminal's
# CSI) must not drive the user's terminal; tab and newline are layout. JSON output holds
# none of them raw (json_text escapes them), so it is unchanged.
_CONTROLS = (*range(0, 9), *range(11, 32), *range(127, 160))
_CONTROL_ESCAPES = {code: f"\\x{code:02x}" for code in _CONTROLS}
# What JSON may hold raw but say() would show as \x escapes (breaking the JSON), and the
# line and paragraph separators some readers take for line breaks.
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(127, 160), 0x2028, 0x2029)}


class CliError(Exception):
    """A failure the command reports as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def error(message: str) -> None:
    """Print one error line on stderr, escaped as ``say`` escapes (a file name may hold ESC).

    One line whatever the message holds: a newline in a file name is shown as ``\\n``.
    """
    say(one_line(f"newsdesk: {message}"), sys.stderr)


def one_line(text: str) -> str:
    """Return text with its line breaks shown as escapes: an error is one line."""
    return (
        text.replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose error line escapes what the user typed as ``error`` does."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and one escaped error line; exit with the usage code."""
        self.print_usage(sys.stderr)
        say(one_line(f"{self.prog}: error: {message}"), sys.stderr)
        raise SystemExit(EXIT_USAGE)


def given_path(name: str) -> Path:
    """Return the path a name typed on the command line stands for, or CliError.

    A NUL in a name, or a name longer than any file system takes, makes every file
    function raise (ValueError, "File name too long") before a file is even looked at.
    """
    shown = name if len(name) <= 60 else name[:57] + "..."
    if "\0" in name:
        raise CliError(f"{shown}: a file name cannot hold a NUL character")
    encoded = os.fsencode(name)
    if len(encoded) > MAX_PATH_BYTES or any(
        len(part) > MAX_NAME_BYTES for part in encoded.split(b"/")
    ):
        raise CliError(f"{shown}: the file name is too long")
    return Path(name)


def output_folder(name: str) -> Path:
    """Return the folder for output files, created (with its parents) when missing."""
    folder = given_path(name)
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


def json_text(data: Any) -> str:
    """Return data as strict JSON (RFC 8259): NaN and infinities become null, never ``NaN``.

    A file may carry such numbers in keys kept for newer versions (Python's reader takes
    them); a JSON reader elsewhere would refuse the whole output. Lone surrogates are
    written as \\u escapes, so the text stays valid UTF-8 and loses nothing.
    """
    import json

    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(data), ensure_ascii=False, indent=2, allow_nan=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(_finite(data), ensure_ascii=True, indent=2, allow_nan=False)
    # Such characters can stand only inside JSON strings, where \uXXXX is the same text.
    return text.translate(_JSON_ESCAPES)


def _finite(data: Any) -> Any:
    """A copy of decoded JSON with every NaN or infinity replaced by None (no recursion)."""
    import math

    def clean(value: Any) -> Any:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, dict):
            return dict(value)
        if isinstance(value, list | tuple):
            return list(value)
        return value

    root = clean(data)
    pending = [root]
    while pending:
        container = pending.pop()
        keys = container.keys() if isinstance(container, dict) else range(len(container))
        for key in keys:
            container[key] = clean(container[key])
            if isinstance(container[key], dict | list):
                pending.append(container[key])
    return root


def storage_failure(failure: Exception) -> CliError:
    """One line naming the file and what is wrong, for any StorageError."""
    return CliError(storage_line(failure), EXIT_USAGE)


def storage_line(failure: Exception) -> str:
    """Return a StorageError as one line; a draft given where an article is wanted (a .txt,
    .md or .docx that is no article) is told the way to one."""
    from editor.importing.draft import DRAFT_SUFFIXES
    from editor.storage.errors import FormatError

    line = str(failure).replace("\n", " ")
    if isinstance(failure, FormatError) and failure.path.suffix.lower() in DRAFT_SUFFIXES:
        line += f" (a draft? newsdesk import {failure.path} makes an article of it)"
    return line


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
    stamp: bool = True,
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
            stamp=stamp,
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
