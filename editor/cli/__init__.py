"""The ``newsdesk`` command: open the editor, or work headless (new, show, check, export…).

Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input; 130 interrupted;
141 (128 + SIGPIPE, as a shell reports a program the pipe signal ended) when the reader of
the output went away, e.g. ``newsdesk show x | head -c1``: the command stops quietly.
Errors are one line on stderr naming the file; bad input never produces a traceback. Each
group of commands is a module of this package; ``COMMANDS`` says which.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from editor import __version__
from editor.cli.common import EXIT_BROKEN_PIPE, EXIT_USAGE, CliError, Parser, SubParsers, error

# Each command, in the order ``--help`` lists them, and the module of this package whose
# ``add_NAME(subparsers)`` adds it (and sets ``run`` to the function that carries it out).
COMMANDS = {
    "new": "article",
    "show": "article",
    "check": "article",
    "export": "export",
    "editions": "editions",
    "library": "library",
    "import": "drafts",
    "review": "review",
    "suggestions": "review",
    "comments": "review",
    "status": "review",
    "diff": "review",
    "style": "styles",
}


def adder(name: str) -> Callable[[SubParsers], None]:
    """Return the function that adds the command ``name`` to a parser."""
    module = importlib.import_module(f"editor.cli.{COMMANDS[name]}")
    add: Callable[[SubParsers], None] = getattr(module, f"add_{name}")
    return add


def _run_editor(files: Sequence[str]) -> int:
    if not _has_display():
        # Qt would abort the process (a core dump, not an error line) with no display.
        error(
            "there is no display to open the editor on; "
            "use a command such as 'newsdesk show FILE' (see 'newsdesk --help')"
        )
        return EXIT_USAGE
    from editor.app import run_editor

    return run_editor(list(files))


def _has_display() -> bool:
    """Whether Qt can show a window: a platform chosen, or an X11 or Wayland display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _not_a_command(first: str) -> str | None:
    """The error line for a first argument that is neither a command nor a file, else None."""
    try:
        if os.path.lexists(first):
            return None
    except (OSError, ValueError):  # a NUL in the name, a name too long: not a file
        pass
    shown = first if len(first) <= 80 else first[:77] + "..."
    import difflib  # only for a mistyped command

    close = difflib.get_close_matches(first, COMMANDS, n=1, cutoff=0.6)
    if not close and ("/" in first or os.sep in first or "." in first.lstrip(".")):
        return f"{shown}: there is no such file"  # a file name, not a mistyped command
    hint = f"did you mean '{close[0]}'?" if close else f"commands: {', '.join(COMMANDS)}"
    return f"'{shown}' is not a command nor an existing file; {hint}"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the parser of the ``newsdesk`` command line (with ``only`` that subcommand)."""
    parser = Parser(
        prog="newsdesk",
        description="Newsdesk: draft, review and export news-plus-commentary articles. "
        "Without a command, opens the editor (with FILE, if given).",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if only is None or name == only:
            adder(name)(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args_list, argv is None)
    except BrokenPipeError:
        # The reader of the output went away (``| head``): stop quietly. What is still
        # buffered for stdout would raise again as Python exits; send it nowhere instead.
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing will be flushed to a pipe


def _main(args_list: list[str], as_program: bool) -> int:
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        # ``newsdesk [FILE...]``: the editor, without building a parser it does not use.
        # A mistyped command (``newsdesk exprot a.newsdesk``) is not a file to open.
        if args_list and (problem := _not_a_command(args_list[0])) is not None:
            error(problem)
            return EXIT_USAGE
        return _run_editor(args_list)
    # Building every subcommand's parser costs more than some commands take to run (each
    # parser and argument is a formatter and a gettext look-up): build only the one named;
    # anything else gets the whole parser.
    first = args_list[0]
    parser = build_parser(first) if first in COMMANDS else build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else EXIT_USAGE
    # A command is a short run that loads its modules, builds its trees and frees them by
    # reference counting (trees hold no cycles); the cyclic collector would walk every
    # object loaded so far some forty times for a few stray objects, about 4 ms of a 70 ms
    # export. Off for the command's run (measured: a 60-article batch to DOCX and HTML
    # leaves under 500 objects in cycles), back on after it for a caller such as a test.
    collecting = gc.isenabled()
    gc.disable()
    try:
        code: int = args.run(args)
        # Written now, inside the command: a closed pipe is then reported here, not at exit.
        sys.stdout.flush()
        return code
    except CliError as failure:
        error(str(failure))
        return failure.code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    finally:
        if collecting:
            gc.enable()
        if as_program:
            # Run as the program (not called by a test or a script): the process ends with
            # the command, and Python's exit would walk every object still loaded looking
            # for cycles to collect, about 8 ms after a 70 ms export. Frozen objects are
            # left to the exit's plain freeing. (Python never promised __del__ at exit.)
            gc.freeze()
