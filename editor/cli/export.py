"""The export command: many articles, many formats, one go; a bad file is reported and skipped."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from editor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    SubParsers,
    error,
    given_path,
    output_folder,
    say,
    storage_line,
    style_name,
)

if TYPE_CHECKING:
    from pathlib import Path

    from editor.jobs.export import Progress


def add_export(subparsers: SubParsers) -> None:
    """Add the ``export`` command."""
    command = subparsers.add_parser(
        "export",
        help="export articles to DOCX, HTML, Markdown, PDF, ninjs, NewsML-G2 or WordPress "
        "(WXR) in one go",
    )
    command.add_argument("files", nargs="+", metavar="FILE", help=".newsdesk articles")
    command.add_argument(
        "--format",
        default="docx",
        metavar="LIST",
        help="comma-separated formats: docx, html, md, pdf; ninjs (IPTC JSON), newsml "
        "(IPTC NewsML-G2), wxr (one WordPress import file for all the articles) "
        "(default: docx)",
    )
    command.add_argument(
        "--ninjs-version",
        default="2.2",
        choices=("2.2", "3.1"),
        help="ninjs: the version of the standard to write (default: 2.2)",
    )
    command.add_argument("--out", default=".", metavar="DIR", help="folder for the exports")
    command.add_argument(
        "--style", metavar="NAME", help="house style (default: the one in Settings)"
    )
    command.add_argument(
        "--fragment", action="store_true", help="HTML: the <article> alone, for a CMS"
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="export even when the checklist finds errors (a quotation id not in the bank, "
        "no headline, a quotation without words)",
    )
    command.add_argument(
        "--existing",
        choices=("stop", "replace", "keep"),
        default="stop",
        help="when an output file exists already: stop before writing anything and name "
        "them (default), replace them, or keep both (the new file numbered)",
    )
    command.add_argument(
        "--comments",
        action="store_true",
        help="show the open review comments: Word comments in a DOCX, a list in HTML "
        "(for a reviewer; a house style may show them already)",
    )
    command.add_argument(
        "--changes-since",
        metavar="REV",
        help="DOCX: show what changed since revision REV (a number, or 'approved': the "
        "last approved revision, else the first) as tracked changes",
    )
    command.add_argument(
        "--edition",
        metavar="LANG",
        help="the language edition(s) to export: a language, a comma-separated list, or "
        "'all' (the article and every edition); HTML editions link to each other "
        "(default: the article itself). An article with editions, and an edition, is "
        "exported under names that hold the language (name.ar.html)",
    )
    command.set_defaults(run=_run_export)


def _run_export(args: argparse.Namespace) -> int:
    from editor.jobs.export import Existing, existing_outputs, export_articles
    from editor.render.errors import RenderError
    from editor.render.formats import FORMATS
    from editor.render.styles import load_style, with_comments
    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders

    formats = [name.strip().lower() for name in args.format.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if not formats or unknown:
        raise CliError(
            f"unknown format {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}"
        )
    changes_since = _changes_since(args.changes_since, formats)
    editions = [name.strip() for name in (args.edition or "").split(",") if name.strip()]
    if args.edition is not None and not editions:
        raise CliError("--edition: give a language such as ar, a list, or 'all'")
    # The folder is made only when there is something to write in it: a command given no
    # file that exists leaves no empty folder behind.
    readable = any(_exists(name) for name in args.files)
    out_dir = output_folder(args.out) if readable else given_path(args.out)
    try:
        style = load_style(style_name(args.style), UserFolders.config_folder())
    except RenderError as failure:
        raise CliError(str(failure)) from None
    if args.comments:
        style = with_comments(style)
    if "pdf" in formats:
        from editor.render.pdf_typst import missing_fonts

        for font in missing_fonts(style):
            # Never a failure: the PDF sets that text in the next font that has its letters.
            error(
                f"warning: house style {style.name}: the font {font!r} is not installed; "
                "the PDF uses another font for its text"
            )
    existing: Existing = "keep" if args.existing == "keep" else "replace"
    if args.existing == "stop" and readable and _holds_files(out_dir):
        # As import does, and the window asks: an export never writes over a file unless
        # told to (a reviewer's DOCX saved beside the exports was replaced without a word).
        there = existing_outputs(args.files, formats, out_dir, style, editions=editions)
        if there:
            for path in there:
                error(f"{path}: exists already")
            raise CliError(
                f"nothing exported: {len(there)} file(s) exist already; "
                "--existing replace replaces them, --existing keep keeps both",
                EXIT_PROBLEMS,
            )
    show_progress = sys.stderr.isatty()
    failed = 0
    # Files, not steps: the articles of a WordPress export share one.
    written: set[str] = set()
    failed_articles: set[str] = set()
    unreadable = False
    for step in export_articles(
        args.files,
        formats,
        out_dir,
        style,
        fragment=args.fragment,
        force=args.force,
        changes_since=changes_since,
        ninjs_version=args.ninjs_version,
        editions=editions,
        existing=existing,
    ):
        for warning in _export_warnings(step):
            error(f"warning: {warning}")
        if step.failure is not None:
            failed += 1
            failed_articles.add(str(step.source))
            # The article itself could not be read (no format was tried): as in ``check``.
            unreadable = unreadable or (
                step.format is None and isinstance(step.failure, StorageError)
            )
            error(_export_failure(step).replace("\n", " "))
        else:
            written.add(str(step.output))
            if show_progress:
                say(f"[{step.index}/{step.total}] {step.output}", sys.stderr)
    articles = len(args.files)
    say(
        f"exported {len(written)} file(s) from {articles - len(failed_articles)} of {articles} "
        f"article(s)" + (f"; {failed} failed" if failed else "")
    )
    if unreadable:
        return EXIT_USAGE
    return EXIT_PROBLEMS if failed else EXIT_OK


def _holds_files(folder: Path) -> bool:
    """Whether a folder holds anything (an export into a new or empty folder needs no look
    for files in its way, nor a second read of each article to name its files)."""
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except OSError:  # not there yet, or not a folder: the export says so
        return False


def _changes_since(value: str | None, formats: list[str]) -> int | str | None:
    """Return the revision a DOCX's tracked changes start from (a number or "approved")."""
    if value is None:
        return None
    if "docx" not in formats:
        raise CliError("--changes-since shows tracked changes in a DOCX: add --format docx")
    chosen = value.strip().casefold()
    if chosen == "approved":
        return chosen
    # ASCII digits, and few of them: int() refuses more than 4,300 digits with a
    # ValueError (a fuzzed command line gave 5,000), and no article has such a revision.
    if chosen.isascii() and chosen.isdigit() and len(chosen) <= 18 and int(chosen) > 0:
        return int(chosen)
    shown = value if len(value) <= 40 else value[:37] + "..."
    raise CliError(f"--changes-since {shown}: give a revision number or 'approved'")


def _exists(name: str) -> bool:
    try:
        return os.path.exists(name)
    except (OSError, ValueError):  # a NUL in the name, a name too long
        return False


def _export_failure(step: Progress) -> str:
    """Return the English line for a failed export step; it may name this command's flags."""
    from editor.render.errors import (
        ArticleProblemsError,
        UnknownQuotationError,
        UntranslatedEditionError,
    )
    from editor.storage.errors import StorageError

    failure = step.failure
    if isinstance(failure, UnknownQuotationError):
        # The core's message names the file and the ids; the way out is this command's.
        return f"{failure} (fix the ids, or export anyway with --force)"
    if isinstance(failure, ArticleProblemsError):
        return f"{failure} (nothing exported; fix it, or export anyway with --force)"
    if isinstance(failure, UntranslatedEditionError):
        return f"{failure} (nothing exported; translate them, or export anyway with --force)"
    if step.format is None:
        # Reading the article failed: a StorageError names its file itself.
        text = storage_line(failure) if isinstance(failure, StorageError) else str(failure)
        return text if str(step.source) in text else f"{step.source}: {text}"
    return f"{step.source}: {step.format}: {failure}"


def _export_warnings(step: Progress) -> list[str]:
    """Return the English warnings of an export step: what was cleaned, what was marked."""
    lines = [f"{step.source}: {item.part}: {item.message}" for item in step.cleanings]
    if step.marked_quotations:
        listed = ", ".join(step.marked_quotations)
        lines.append(f"{step.source}: exported with unknown quotations marked: {listed}")
    return lines
