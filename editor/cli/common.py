"""What every command shares: exit codes, one-line errors, safe printing, the user's defaults."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

if TYPE_CHECKING:
    from editor.model import Article
    from editor.storage.settings import Settings

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
# The reader of stdout went away (``| head``): 128 + SIGPIPE, as a shell shows it.
EXIT_BROKEN_PIPE = 141

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
    return text


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


def save_article(article: Article, name: str | Path) -> None:
    """Write an article to a file; one error line for any storage failure."""
    from editor.storage import container
    from editor.storage.errors import StorageError

    try:
        container.save(article, name)
    except StorageError as failure:
        raise storage_failure(failure) from None
