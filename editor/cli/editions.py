"""The ``editions`` command: an article's language editions, listed, added and confirmed;
and the ``--edition LANG`` choice the other commands share."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from editor.cli.common import (
    EXIT_OK,
    CliError,
    SubParsers,
    json_text,
    load_for_writing,
    save_article,
    say,
    user_settings,
)

if TYPE_CHECKING:
    from editor.model import Article


def add_edition_option(command: argparse.ArgumentParser) -> None:
    """Add ``--edition LANG``: work on the article's edition in that language."""
    command.add_argument(
        "--edition",
        metavar="LANG",
        help="the article's language edition in LANG (see 'newsdesk editions FILE')",
    )


def chosen_edition(name: str, source: Article, language: str) -> Article:
    """Return the source's edition in ``language``; CliError naming the file when none."""
    from editor.text.editions import edition

    found = edition(source, language)
    if found is None:
        have = ", ".join(each.language for each in source.editions) or "none"
        raise CliError(f"{name}: the article has no {language!r} edition (editions: {have})")
    return found


def add_editions(subparsers: SubParsers) -> None:
    """Add the ``editions`` command."""
    command = subparsers.add_parser(
        "editions",
        help="list an article's language editions (paragraphs up to date, stale, "
        "to translate), add one, or confirm one as up to date",
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument("--json", action="store_true", help="the list as JSON")
    action = command.add_mutually_exclusive_group()
    action.add_argument("--new", metavar="LANG", help="add an edition in LANG")
    action.add_argument(
        "--confirm",
        metavar="LANG",
        help="confirm every paragraph of the LANG edition as up to date with the source",
    )
    command.add_argument(
        "--prefill",
        action="store_true",
        help="with --new: each part holds the source's text, to translate (default: empty)",
    )
    command.add_argument(
        "--author", default="", help="who (default: the author in Settings, else the byline's)"
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="write even if the article is locked (open in an editor): its lock is taken over",
    )
    command.set_defaults(run=_run_editions)


def _run_editions(args: argparse.Namespace) -> int:
    from editor.cli.common import load_article

    if args.prefill and not args.new:
        raise CliError("--prefill goes with --new LANG")
    if args.new or args.confirm:
        return _change(args)
    article = load_article(args.file)
    rows = edition_rows(article)
    if args.json:
        say(json_text(rows))
        return EXIT_OK
    if not rows:
        say(f"{args.file}: no editions (source in {article.language})")
        return EXIT_OK
    say(f"{args.file}: source in {article.language}, {len(rows)} edition(s)")
    for row in rows:
        say(
            f"  {row['language']}: {row['up_to_date']} up to date, {row['stale']} stale, "
            f"{row['untranslated']} to translate"
            f"{_quotations(row['quotations_untranslated'])} ({row['status']})"
        )
    return EXIT_OK


def edition_rows(article: Article) -> list[dict[str, object]]:
    """Return each edition's language, status and paragraph counts, as ``--json`` prints."""
    from editor.text.editions import all_states

    rows: list[dict[str, object]] = []
    for each, where in zip(article.editions, all_states(article), strict=True):
        up_to_date, stale, untranslated = where.counts
        rows.append(
            {
                "language": each.language,
                "status": each.meta.status,
                "up_to_date": up_to_date,
                "stale": stale,
                "untranslated": untranslated,
                "quotations_untranslated": where.quotations_to_translate,
                "stale_paragraphs": [
                    {"part": item.link.part, "paragraph": item.link.paragraph}
                    for item in where.stale
                ],
            }
        )
    return rows


def _change(args: argparse.Namespace) -> int:
    from editor.text.editions import EditionError, confirm, new_edition, state

    opened = load_for_writing(args.file)
    source = opened.article
    who = args.author or user_settings().author or source.byline.author
    if args.new:
        try:
            made = new_edition(source, args.new, prefill=args.prefill, author=who)
        except EditionError as failure:
            raise CliError(f"{args.file}: {failure}") from None
        save_article(source, args.file, expected=opened.fingerprint, force=args.force)
        where = state(source, made)
        say(
            f"{args.file}: {made.language} edition added ({where.to_translate} paragraph(s) "
            f"to translate{_quotations(where.quotations_to_translate)})"
        )
        return EXIT_OK
    chosen = chosen_edition(args.file, source, args.confirm)
    confirmed = confirm(source, chosen, author=who)
    save_article(source, args.file, expected=opened.fingerprint, force=args.force)
    up_to_date, _stale, untranslated = state(source, chosen).counts
    say(
        f"{args.file}: {chosen.language} edition confirmed by {who or 'no one named'} "
        f"({len(confirmed)} link(s); {up_to_date} up to date, {untranslated} to translate)"
    )
    return EXIT_OK


def _quotations(count: object) -> str:
    """Return ", N quotation(s) in the words said" for N untranslated quotations (they may
    stay so: an export does not wait for them), else ""."""
    return f", {count} quotation(s) in the words said" if count else ""
