"""The ``newsdesk`` command: open the editor, or work headless (new, show, check, export…).

Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input. Errors are one line
on stderr naming the file; bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from editor import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure the command reports as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def error(message: str) -> None:
    """Print one error line on stderr."""
    print(f"newsdesk: {message}", file=sys.stderr)


def _run_editor(files: Sequence[str]) -> int:
    from editor.app import run_editor

    return run_editor(list(files))


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``newsdesk`` command line."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: draft, review and export news-plus-commentary articles. "
        "Without a command, opens the editor (with FILE, if given).",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each ``_add_NAME(subparsers)`` adds one subcommand and sets ``run`` to the function
    # that carries it out.
    for add in ():
        add(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    names = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    if not args_list or (args_list[0] not in names and not args_list[0].startswith("-")):
        return _run_editor(args_list)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else EXIT_USAGE
    try:
        return args.run(args)
    except CliError as failure:
        error(str(failure))
        return failure.code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
