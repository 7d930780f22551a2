"""The review commands: comments (and those of a returned DOCX), status moves, diffs."""

from __future__ import annotations

import argparse
import sys

from editor.cli.common import (
    EXIT_OK,
    CliError,
    SubParsers,
    json_text,
    load_article,
    load_for_writing,
    save_article,
    say,
    style_name,
    user_settings,
)


def add_comments(subparsers: SubParsers) -> None:
    """Add the ``comments`` command."""
    command = subparsers.add_parser(
        "comments", help="list an article's review comments, or add those of a returned DOCX"
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument("--json", action="store_true", help="the comments as in review.json")
    command.add_argument(
        "--from-docx",
        metavar="REVIEWED.docx",
        help="add the comments of a DOCX a reviewer returned",
    )
    _add_force(command)
    command.set_defaults(run=_run_comments)


def _add_force(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force",
        action="store_true",
        help="write even if the article is locked (open in an editor): its lock is taken over",
    )


def _run_comments(args: argparse.Namespace) -> int:
    from editor.model.parts import article_parts
    from editor.model.review import comments_by_part, is_detached
    from editor.storage.schema import review_to_dict

    if args.from_docx:
        from editor.importing.docx_comments import import_comments
        from editor.importing.errors import DraftError

        _check_reviewed_docx(args.from_docx)
        opened = load_for_writing(args.file)
        try:
            result = import_comments(opened.article, args.from_docx)
        except DraftError as failure:
            raise CliError(str(failure)) from None
        if result.added:
            save_article(opened.article, args.file, expected=opened.fingerprint, force=args.force)
        say(
            f"{args.file}: {len(result.added)} comment(s) added from {args.from_docx}, "
            f"{result.already_there} already there, {len(result.detached)} kept detached"
        )
        for warning in result.warnings:
            say(f"newsdesk: warning: {args.from_docx}: {warning}", sys.stderr)
        return EXIT_OK
    article = load_article(args.file)
    if args.json:
        say(json_text(review_to_dict(article)["comments"]))
        return EXIT_OK
    names = {part.key: part.name for part in article_parts(article)}
    ordered = comments_by_part(article)
    open_count = sum(1 for comment in ordered if not comment.resolved)
    say(f"{args.file}: {len(ordered)} comments ({open_count} open)")
    for comment in ordered:
        state = "resolved" if comment.resolved else "open"
        if is_detached(comment):
            state += ", detached"
        where = names.get(comment.part, comment.part)
        say(f"[{state}] {where} «{comment.quote}» {comment.author}: {comment.text}")
        for answer in comment.replies:
            say(f"    ↳ {answer.author}: {answer.text}")
    return EXIT_OK


def _check_reviewed_docx(name: str) -> None:
    """Refuse a reviewed DOCX that is a pipe, a device, a folder or too large, at once."""
    from editor.files import FileReadError, read_regular
    from editor.importing.draft import MAX_DRAFT_BYTES

    # The Word reader opens the file by name and would wait on a named pipe, or read
    # /dev/zero without end: the one reader checks it first (and stops at the limit).
    try:
        read_regular(name, MAX_DRAFT_BYTES)
    except FileReadError as failure:
        raise CliError(str(failure)) from None


def add_status(subparsers: SubParsers) -> None:
    """Add the ``status`` command."""
    command = subparsers.add_parser(
        "status", help="show the review status and its history, or move to a new status"
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "new_status", nargs="?", metavar="NEW_STATUS", help="draft, in_review, "
        "changes_requested, approved or published"
    )  # fmt: skip
    command.add_argument("--note", default="", help="why (kept in the status history)")
    command.add_argument(
        "--author", default="", help="who (default: the author in Settings, else the byline's)"
    )
    _add_force(command)
    command.set_defaults(run=_run_status)


def _run_status(args: argparse.Namespace) -> int:
    from editor.model.review import ReviewError, change_status, status_name

    if args.new_status is None:
        article = load_article(args.file)
        say(f"{args.file}: {status_name(article.meta.status)}")
        for change in article.status_history:
            note = f" — {change.note}" if change.note else ""
            say(f"  {change.at}  {status_name(change.status)}  {change.author}{note}")
        return EXIT_OK
    opened = load_for_writing(args.file)
    article = opened.article
    try:
        who = args.author or user_settings().author or article.byline.author
        change_status(article, args.new_status, who, args.note, gate=_approval_gate())
    except ReviewError as failure:
        raise CliError(f"{args.file}: {failure}") from None
    save_article(article, args.file, expected=opened.fingerprint, force=args.force)
    revision = article.revisions[-1].number
    say(f"{args.file}: now {status_name(article.meta.status)} (revision {revision} kept)")
    return EXIT_OK


def _approval_gate() -> bool:
    """Return the approval gate of the house style in use (the user's, else the default)."""
    from editor.render.errors import StyleError
    from editor.render.styles import DEFAULT_STYLE, load_style
    from editor.storage.folders import UserFolders

    config = UserFolders.config_folder()
    try:
        style = load_style(style_name(None), config)
    except StyleError:
        # As the editor does: a style that cannot be read gives way to the default one.
        style = load_style(DEFAULT_STYLE, config)
    return style.review.approval_gate


def add_diff(subparsers: SubParsers) -> None:
    """Add the ``diff`` command."""
    command = subparsers.add_parser(
        "diff", help="word-level changes between revisions, part by part"
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--from", dest="old", metavar="REV", help="revision number (default: the last)"
    )
    command.add_argument(
        "--to", dest="new", metavar="REV", help="revision number (default: the current text)"
    )
    command.set_defaults(run=_run_diff)


def _run_diff(args: argparse.Namespace) -> int:
    from editor.model.review import ReviewError, find_revision
    from editor.text.compare import compare_articles, diff_to_terminal

    article = load_article(args.file)

    def pick(value: str | None, default: str):
        chosen = value if value is not None else default
        if chosen == "current":
            return article
        # ASCII digits only: "²" is a digit to str.isdigit() but no number to int(), and
        # past a few thousand digits int() refuses the string.
        if not (chosen.isascii() and chosen.isdigit() and len(chosen) <= 18):
            shown = chosen if len(chosen) <= 40 else chosen[:37] + "..."
            raise CliError(f"{args.file}: a revision is a number or 'current', not {shown!r}")
        try:
            return find_revision(article, int(chosen)).snapshot
        except ReviewError as failure:
            raise CliError(f"{args.file}: {failure}") from None

    if args.old is None and not article.revisions:
        raise CliError(f"{args.file}: the article has no revisions to compare with")
    last = str(max((r.number for r in article.revisions), default=0))
    parts = compare_articles(pick(args.old, last), pick(args.new, "current"))
    colour = sys.stdout.isatty()
    changed = [part for part in parts if part.changed]
    if not changed:
        say("no differences")
    for part in changed:
        say(f"== {part.name} ==")
        say(diff_to_terminal(part.diffs, colour))
    return EXIT_OK
