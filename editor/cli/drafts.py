"""The import command: plain-text, Markdown and DOCX drafts become articles."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliError,
    SubParsers,
    error,
    given_path,
    output_folder,
    save_article,
    say,
)


def add_import(subparsers: SubParsers) -> None:
    """Add the ``import`` command."""
    command = subparsers.add_parser(
        "import", help="turn plain-text, Markdown or DOCX drafts into articles"
    )
    command.add_argument("drafts", nargs="+", metavar="DRAFT", help=".txt, .md or .docx")
    where = command.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="the article (one DRAFT only)")
    where.add_argument(
        "--out", metavar="DIR", help="folder for the articles (default: beside each draft)"
    )
    command.add_argument("--language", metavar="CODE", help="the article language, e.g. ar")
    command.add_argument("--encoding", metavar="NAME", help="e.g. cp1256 (default: detected)")
    command.add_argument(
        "--explain", action="store_true", help="print what went where in each article"
    )
    command.add_argument("--force", action="store_true", help="replace existing articles")
    command.set_defaults(run=_run_import)


def _run_import(args: argparse.Namespace) -> int:
    import codecs

    from editor.importing import DraftError, import_draft
    from editor.model.validate import Severity, validate
    from editor.text.languages import available_languages, find_language

    if args.language is not None and find_language(args.language) is None:
        known = ", ".join(available_languages())
        raise CliError(f"unknown language '{args.language}'; known languages: {known}")
    if args.encoding:
        shown = args.encoding if len(args.encoding) <= 40 else args.encoding[:37] + "..."
        try:
            codecs.lookup(args.encoding)
        except (LookupError, ValueError):  # ValueError: a NUL in the name
            raise CliError(f"unknown encoding '{shown}'") from None
        try:
            # "hex", "base64", "zlib"… are codecs too, but from bytes to bytes, not text.
            b"a".decode(args.encoding, "replace")  # b"" would skip the check
        except LookupError:
            raise CliError(f"'{shown}' is not a text encoding (try utf-8 or cp1256)") from None
    if args.output and len(args.drafts) > 1:
        raise CliError("-o FILE takes one draft; use --out DIR for several")
    if args.out:
        output_folder(args.out)
    code = EXIT_OK
    taken: set[Path] = set()
    for name in args.drafts:
        try:
            draft = given_path(name)
            target = _import_target(draft, args, taken)
        except CliError as failure:
            error(str(failure))
            code = EXIT_USAGE
            continue
        taken.add(target.resolve())
        if (target.exists() or target.is_symlink()) and not args.force:
            error(f"{target}: already exists; use --force to replace it")
            code = EXIT_USAGE
            continue
        try:
            result = import_draft(draft, language=args.language, encoding=args.encoding)
        except DraftError as failure:
            error(str(failure).replace("\n", " "))
            code = EXIT_USAGE
            continue
        try:
            # A replacement the user asked for (--force), but never of an article someone
            # has open, nor of a read-only file.
            # As read: a draft's own modified time (a Newsdesk DOCX's) is kept.
            save_article(result.article, target, stamp=False)
        except CliError as failure:
            error(str(failure))
            code = failure.code
            continue
        for warning in result.warnings:
            error(f"warning: {draft}: {warning}")
        errors = [p for p in validate(result.article) if p.severity == Severity.ERROR]
        for problem in errors:
            error(f"{target}: {problem.part}: {problem.message}")
        if errors and code == EXIT_OK:
            code = EXIT_PROBLEMS
        if args.explain:
            say("\n".join(result.explanation.lines()))
            say(f"  → {target}")
        else:
            article = result.article
            comments = f", {len(article.comments)} comment(s)" if article.comments else ""
            say(
                f"{draft} → {target} ({article.language}, {len(article.sections)} section(s), "
                f"{len(article.quotations)} quotation(s){comments})"
            )
    return code


def _import_target(draft: Path, args: argparse.Namespace, taken: set[Path]) -> Path:
    """Return where the article imported from a draft goes, never twice the same file."""
    if args.output:
        return given_path(args.output)
    folder = Path(args.out) if args.out else draft.parent
    stem = draft.stem or "draft"
    target = folder / f"{stem}.newsdesk"
    number = 2
    while target.resolve() in taken:
        target = folder / f"{stem}-{number}.newsdesk"
        number += 1
    return target
