"""The library command: index the library folders, search every article, list the folders."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from editor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    SubParsers,
    error,
    given_path,
    json_text,
    say,
    storage_failure,
)

if TYPE_CHECKING:
    from editor.storage.library import Library


# SQLite takes a 64-bit LIMIT at most; no one reads more hits than this on a terminal.
MAX_LIMIT = 1_000_000


def add_library(subparsers: SubParsers) -> None:
    """Add the ``library`` command."""
    command = subparsers.add_parser(
        "library", help="index the library folders and search every article in them"
    )
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    index = actions.add_parser(
        "index",
        help="bring the index up to date; DIRs are added to the library folders first",
    )
    index.add_argument("folders", nargs="*", metavar="DIR", help="folders of .newsdesk files")
    index.add_argument("--rebuild", action="store_true", help="throw the index away first")
    index.set_defaults(run=_run_library_index)
    search = actions.add_parser(
        "search",
        help='search the library (words, "a phrase", prefix*); the match is shown in [ ]',
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--status", default="", metavar="S", help="e.g. draft, published")
    search.add_argument("--language", default="", metavar="L", help="e.g. ar (also ar-EG)")
    search.add_argument("--author", default="", metavar="NAME")
    search.add_argument("--office", default="", metavar="NAME")
    search.add_argument("--tag", default="", metavar="TAG")
    search.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD")
    search.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD")
    search.add_argument("--slugline", default="", metavar="SLUG")
    search.add_argument(
        "--urgency", type=int, default=0, choices=range(1, 10), metavar="1-9", help="IPTC's scale"
    )
    search.add_argument(
        "--embargo",
        default="",
        choices=("embargoed", "lifted", "none"),
        help="under an embargo still to come, one passed, or none",
    )
    search.add_argument(
        "--sort",
        default="relevance",
        choices=("relevance", "newest", "oldest", "headline", "author"),
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help="default 20")
    search.add_argument(
        "--json",
        action="store_true",
        help='a JSON list of {"path", "headline", "snippet", "status", "language", "author"}',
    )
    search.set_defaults(run=_run_library_search)
    folders = actions.add_parser("folders", help="list the library folders")
    folders.set_defaults(run=_run_library_folders)


def _library_open(extra: Sequence[str] = ()) -> Library:
    """Open the library over the user's folders, adding extra folders (remembered) first."""

    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders
    from editor.storage.library import Library

    added = [given_path(folder) for folder in extra]
    for folder in added:
        if not folder.is_dir():
            raise CliError(f"{folder}: no such folder")
    try:
        library = Library(UserFolders.default())
        if library.folders_problem:
            error(f"warning: {library.folders_problem}; using {library.roots[0]}")
        if added:
            library.set_roots([*library.roots, *added])
    except StorageError as failure:
        raise storage_failure(failure) from None
    return library


def _run_library_index(args: argparse.Namespace) -> int:
    from editor.storage.errors import StorageError

    show_progress = sys.stderr.isatty()
    with _library_open(args.folders) as library:
        try:
            steps = library.rebuild() if args.rebuild else library.scan()
            for step in steps:
                if show_progress and step.path is not None and step.done % 100 == 0:
                    say(f"[{step.done}/{step.total}] {step.path}", sys.stderr)
            failures = library.errors()
            count = len(library)
        except StorageError as failure:
            raise storage_failure(failure) from None
        for failed in failures:
            error(f"{failed.path}: {failed.message}")
        say(
            f"{count} article(s) indexed in {len(library.roots)} folder(s)"
            + (f"; {len(failures)} could not be read" if failures else "")
        )
    return EXIT_PROBLEMS if failures else EXIT_OK


def _run_library_search(args: argparse.Namespace) -> int:
    from editor.storage.errors import StorageError
    from editor.storage.library import Filters, Sort

    if not 1 <= args.limit <= MAX_LIMIT:
        raise CliError(f"--limit must be between 1 and {MAX_LIMIT:,}")
    filters = Filters(
        status=args.status,
        language=args.language,
        author=args.author,
        office=args.office,
        tag=args.tag,
        date_from=args.date_from,
        date_to=args.date_to,
        slugline=args.slugline,
        urgency=args.urgency,
        embargo=args.embargo,
    )
    with _library_open() as library:
        try:
            for _ in library.scan():
                pass  # by size and mtime: only what changed since the last run is read
            hits = library.search(args.query, filters, Sort(args.sort), args.limit)
        except StorageError as failure:
            raise storage_failure(failure) from None
    if args.json:
        say(json_text([hit.to_json() for hit in hits]))
        return EXIT_OK
    for hit in hits:
        language = hit.language
        if hit.editions:
            # The story's language, then its editions': one result per story.
            language = f"{language} +{', '.join(hit.editions)}"
        details = ", ".join(part for part in (hit.status, language, hit.author) if part)
        say(f"{hit.headline}  ({details})\n  {hit.path}\n  {hit.marked_snippet()}")
    if not hits:
        say("no articles found", sys.stderr)
    return EXIT_OK


def _run_library_folders(args: argparse.Namespace) -> int:
    with _library_open() as library:
        for folder in library.roots:
            say(str(folder))
    return EXIT_OK
