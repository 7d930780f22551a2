"""The ``newsdesk`` command: open the editor, or work headless (new, show, check, export…).

Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input. Errors are one line
on stderr naming the file; bad input never produces a traceback. Each group of commands is
a module of this package; ``COMMANDS`` says which.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Callable, Sequence

from editor import __version__
from editor.cli.common import EXIT_USAGE, CliError, SubParsers, error

# Each command, in the order ``--help`` lists them, and the module of this package whose
# ``add_NAME(subparsers)`` adds it (and sets ``run`` to the function that carries it out).
COMMANDS = {
    "new": "article",
    "show": "article",
    "check": "article",
    "export": "export",
    "library": "library",
    "import": "drafts",
    "comments": "review",
    "status": "review",
    "diff": "review",
}


def adder(name: str) -> Callable[[SubParsers], None]:
    """Return the function that adds the command ``name`` to a parser."""
    module = importlib.import_module(f"editor.cli.{COMMANDS[name]}")
    add: Callable[[SubParsers], None] = getattr(module, f"add_{name}")
    return add


def _run_editor(files: Sequence[str]) -> int:
    from editor.app import run_editor

    return run_editor(list(files))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the parser of the ``newsdesk`` command line (with ``only`` that subcommand)."""
    parser = argparse.ArgumentParser(
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
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        # ``newsdesk [FILE...]``: the editor, without building a parser it does not use.
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
        return args.run(args)
    except CliError as failure:
        error(str(failure))
        return failure.code
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    finally:
        if collecting:
            gc.enable()
        if argv is None:
            # Run as the program (not called by a test or a script): the process ends with
            # the command, and Python's exit would walk every object still loaded looking
            # for cycles to collect, about 8 ms after a 70 ms export. Frozen objects are
            # left to the exit's plain freeing. (Python never promised __del__ at exit.)
            gc.freeze()
