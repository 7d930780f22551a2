"""The commands on one article: new, show, check."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from editor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    SubParsers,
    error,
    given_path,
    json_text,
    load_article,
    save_article,
    say,
    style_name,
    user_settings,
)
from editor.cli.editions import add_edition_option, chosen_edition

if TYPE_CHECKING:
    from editor.model import Article


def add_new(subparsers: SubParsers) -> None:
    """Add the ``new`` command."""
    command = subparsers.add_parser(
        "new", help="create an empty article: News and Comment, labelled in the language"
    )
    command.add_argument(
        "--language", metavar="CODE", help="e.g. en, ar, ru (default: the one in Settings)"
    )
    command.add_argument("-o", "--output", required=True, metavar="FILE", help="file to create")
    command.add_argument("--force", action="store_true", help="replace FILE if it exists")
    command.set_defaults(run=_run_new)


def _run_new(args: argparse.Namespace) -> int:
    from editor.text.languages import available_languages, find_language
    from editor.text.template import new_article

    settings = user_settings()
    language = args.language or settings.article_language
    if find_language(language) is None:
        known = ", ".join(available_languages())
        raise CliError(f"unknown language '{language}'; known languages: {known}")
    path = given_path(args.output)
    if path.is_dir():
        raise CliError(f"{path}: is a folder; give a file name such as article.newsdesk")
    if (path.exists() or path.is_symlink()) and not args.force:
        raise CliError(f"{path}: already exists; use --force to replace it")
    save_article(new_article(language, settings.author, settings.office), path)
    return EXIT_OK


def add_show(subparsers: SubParsers) -> None:
    """Add the ``show`` command."""
    command = subparsers.add_parser("show", help="summarise an article, or print it as JSON")
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--json", action="store_true", help="one JSON object with the keys of article.json"
    )
    add_edition_option(command)
    command.set_defaults(run=_run_show)


def _run_show(args: argparse.Namespace) -> int:
    from editor.storage import container

    article = load_article(args.file)
    if args.edition:
        from editor.text.editions import edition_view

        chosen = chosen_edition(args.file, article, args.edition)
        if args.json:
            # The edition's own article.json (editions/LANG/article.json in the file).
            say(json_text(container.article_to_dict(chosen)))
            return EXIT_OK
        say(_summary(f"{args.file} [{chosen.language}]", edition_view(article, chosen)))
        return EXIT_OK
    if args.json:
        say(json_text(container.article_to_dict(article)))
        return EXIT_OK
    say(_summary(args.file, article))
    return EXIT_OK


def _summary(name: str, article: Article) -> str:
    """Return the readable summary ``newsdesk show`` prints."""
    from editor.text.counts import word_count
    from editor.text.languages import find_language
    from editor.text.reader import bank_lookup, reader_text

    language = find_language(article.language)
    lookup = bank_lookup(article)
    lines = [name]

    def line(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label + ':':<12}{value}")

    line("Opening", article.opening.text)
    line("Headline", article.headline or "(none)")
    line("Standfirst", article.standfirst)
    line("Language", f"{article.language} ({language.name})" if language else article.language)
    line("Status", article.meta.status)
    byline = article.byline
    line("Byline", ", ".join(part for part in (byline.author, byline.office) if part))
    for section in article.sections:
        label = section.label or section.kind
        words = word_count(reader_text(section.body, lookup))
        line("Section", f"{label} {words} words")
    verified = sum(1 for quotation in article.quotations if quotation.verified)
    line("Quotations", f"{len(article.quotations)} ({verified} verified)")
    open_comments = sum(1 for comment in article.comments if not comment.resolved)
    line("Comments", f"{len(article.comments)} ({open_comments} open)")
    line("Revisions", str(len(article.revisions)))
    if article.editions:
        line("Editions", ", ".join(each.language for each in article.editions))
    return "\n".join(lines)


def add_check(subparsers: SubParsers) -> None:
    """Add the ``check`` command."""
    command = subparsers.add_parser(
        "check", help="the pre-export checklist, one per line: FILE: part: line:col: message"
    )
    command.add_argument("files", nargs="+", metavar="FILE")
    command.add_argument(
        "--spelling", action="store_true", help="also list unknown words, per part"
    )
    command.add_argument(
        "--style", metavar="NAME", help="house style (default: the one in Settings)"
    )
    add_edition_option(command)
    command.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from editor.render.errors import RenderError
    from editor.render.styles import load_style
    from editor.storage.folders import UserFolders
    from editor.storage.word_list import PersonalWordList
    from editor.text.checklist import ChecklistOptions, format_finding, run_checklist
    from editor.text.dictionaries import SpellingError, engine_name
    from editor.text.spelling import SpellChecker

    try:
        style = load_style(style_name(args.style), UserFolders.config_folder())
    except RenderError as failure:
        raise CliError(str(failure)) from None
    checker = None
    if args.spelling:
        try:
            engine_name()
        except SpellingError as failure:
            raise CliError(f"spelling cannot be checked: {failure}") from None
        personal = PersonalWordList.in_folder(UserFolders.default().data)
        checker = SpellChecker(personal, load_on_demand=True)
    options = ChecklistOptions(max_headline_length=style.max_headline_length, spelling=checker)
    code = EXIT_OK
    for name in args.files:
        try:
            article = load_article(name)
        except CliError as failure:
            error(str(failure))
            code = failure.code
            continue
        checked, shown = article, name
        if args.edition:
            from dataclasses import replace

            from editor.text.editions import edition_view

            try:
                chosen = chosen_edition(name, article, args.edition)
            except CliError as failure:
                error(str(failure))
                code = failure.code
                continue
            checked, shown = edition_view(article, chosen), f"{name} [{chosen.language}]"
            options_here = replace(options, source=article)
        else:
            options_here = options
        for finding in run_checklist(checked, options_here):
            say(format_finding(shown, finding))
            if code == EXIT_OK:
                code = EXIT_PROBLEMS
    return code
