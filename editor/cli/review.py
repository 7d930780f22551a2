"""The review commands: a returned DOCX, suggestions, comments, status moves, diffs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

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
from editor.cli.editions import add_edition_option, chosen_edition

if TYPE_CHECKING:
    from editor.model import Article, Suggestion
    from editor.render.styles import ReviewRules


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
    add_edition_option(command)
    command.set_defaults(run=_run_status)


def _run_status(args: argparse.Namespace) -> int:
    from editor.model.review import ReviewError, change_status, status_name

    if args.new_status is None:
        article = load_article(args.file)
        name = args.file
        if args.edition:
            article = chosen_edition(args.file, article, args.edition)
            name = f"{args.file} [{article.language}]"
        say(f"{name}: {status_name(article.meta.status)}")
        for change in article.status_history:
            note = f" — {change.note}" if change.note else ""
            say(f"  {change.at}  {status_name(change.status)}  {change.author}{note}")
        return EXIT_OK
    opened = load_for_writing(args.file)
    source = article = opened.article
    name = args.file
    rules = _review_rules()
    try:
        who = args.author or user_settings().author or source.byline.author
        if args.edition:
            from editor.text.edition_review import change_edition_status

            article = chosen_edition(args.file, source, args.edition)
            name = f"{args.file} [{article.language}]"
            change_edition_status(
                source,
                article,
                args.new_status,
                who,
                args.note,
                gate=rules.approval_gate,
                edition_gate=rules.edition_gate,
            )
        else:
            change_status(article, args.new_status, who, args.note, gate=rules.approval_gate)
    except ReviewError as failure:
        raise CliError(f"{name}: {failure}") from None
    save_article(source, args.file, expected=opened.fingerprint, force=args.force)
    revision = article.revisions[-1].number
    say(f"{name}: now {status_name(article.meta.status)} (revision {revision} kept)")
    return EXIT_OK


def _review_rules() -> ReviewRules:
    """Return the review rules of the house style in use (the user's, else the default)."""
    from editor.render.errors import StyleError
    from editor.render.styles import DEFAULT_STYLE, load_style
    from editor.storage.folders import UserFolders

    config = UserFolders.config_folder()
    try:
        style = load_style(style_name(None), config)
    except StyleError:
        # As the editor does: a style that cannot be read gives way to the default one.
        style = load_style(DEFAULT_STYLE, config)
    return style.review


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


def add_review(subparsers: SubParsers) -> None:
    """Add the ``review`` command."""
    command = subparsers.add_parser(
        "review",
        help="bring back a reviewed DOCX: its tracked changes as suggestions, its comments",
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--from-docx",
        metavar="REVIEWED.docx",
        required=True,
        help="the DOCX a reviewer returned (from Word or LibreOffice)",
    )
    policy = command.add_mutually_exclusive_group()
    policy.add_argument(
        "--accept-all", action="store_true", help="accept the reviewer's changes at once"
    )
    policy.add_argument(
        "--reject-all", action="store_true", help="drop the reviewer's changes (comments stay)"
    )
    command.add_argument(
        "--untracked",
        action="store_true",
        help="take the edits made without Track Changes as suggestions too, by who last "
        "saved the file (else they are only listed)",
    )
    command.add_argument("--json", action="store_true", help="the report as JSON")
    _add_force(command)
    command.set_defaults(run=_run_review)


def _run_review(args: argparse.Namespace) -> int:
    from editor.importing.docx_changes import import_review
    from editor.importing.errors import DraftError
    from editor.model.parts import article_parts

    _check_reviewed_docx(args.from_docx)
    opened = load_for_writing(args.file)
    article = opened.article
    policy = "accept" if args.accept_all else "reject" if args.reject_all else "keep"
    try:
        result = import_review(
            article,
            args.from_docx,
            policy,
            untracked=args.untracked,
            fallback_author=user_settings().author,
        )
    except DraftError as failure:
        raise CliError(str(failure)) from None
    changes, comments = result.changes, result.comments
    if changes.added or comments.added:
        save_article(article, args.file, expected=opened.fingerprint, force=args.force)
    names = {part.key: part.name for part in article_parts(article)}
    if args.json:
        say(
            json_text(
                {
                    "file": str(args.file),
                    "reviewed": changes.source,
                    "suggestions": {
                        "placed": len(changes.added),
                        "by_part": changes.by_part,
                        "already_there": changes.already_there,
                        "accepted": len(changes.accepted),
                        "rejected": len(changes.rejected),
                        "left_open": [
                            {"id": item.id, "reason": reason} for item, reason in changes.left_open
                        ],
                        "not_placed": [
                            {"where": n.where, "text": n.text, "author": n.author, "kind": n.kind}
                            for n in changes.not_placed
                        ],
                        "conflicts": [
                            [first.id, second.id] for first, second in changes.conflicts
                        ],
                        "untracked": [
                            {"where": u.where, "old": u.old, "new": u.new}
                            for u in changes.untracked
                        ],
                        "from_untracked": len(changes.from_untracked),
                        "accepted_in_file": [item.id for item in changes.accepted_in_file],
                    },
                    "comments": {
                        "added": len(comments.added),
                        "already_there": comments.already_there,
                        "detached": len(comments.detached),
                    },
                }
            )
        )
    else:
        where = ", ".join(f"{names.get(p, p)} {n}" for p, n in changes.by_part.items())
        say(
            f"{args.file}: {len(changes.added)} suggestion(s) placed from {args.from_docx}"
            + (f" ({where})" if where else "")
            + f", {changes.already_there} already there, {len(changes.not_placed)} not placed; "
            f"{len(comments.added)} comment(s) added, {comments.already_there} already there, "
            f"{len(comments.detached)} kept detached"
        )
        if args.accept_all:
            say(f"  accepted {len(changes.accepted)}, left open {len(changes.left_open)}")
            for item, reason in changes.left_open:
                say(f"  left open ({reason}): {_suggestion_line(item, names)}")
        if args.reject_all:
            say(f"  rejected {len(changes.rejected)}")
        for missing in changes.not_placed:
            who = f" ({missing.author})" if missing.author else ""
            say(f"  not placed: {missing.where} {missing.kind} «{missing.text}»{who}")
        waiting = [s for s in changes.accepted_in_file if s not in changes.accepted]
        if waiting:
            say(
                f"  {len(waiting)} open suggestion(s) accepted in the file "
                "(--accept-all accepts them here too): "
                + ", ".join(_suggestion_line(item, names) for item in waiting)
            )
        if changes.from_untracked:
            who = changes.from_untracked[0].author
            say(
                f"  {len(changes.from_untracked)} of them made without Track Changes, "
                f"suggested as by {who}"
            )
        hint = "; --untracked suggests them" if changes.offered else ""
        for differing in changes.untracked:
            where = names.get(differing.where, differing.where)
            say(
                f"  differs without a tracked change (not taken{hint}): "
                f"{where} «{differing.old}» → «{differing.new}»"
            )
        for first, second in changes.conflicts:
            say(
                f"  conflict in {names.get(first.part, first.part)}: "
                f"{first.author} «{first.old}» → «{first.new}» / "
                f"{second.author} «{second.old}» → «{second.new}»"
            )
    for warning in comments.warnings:
        say(f"newsdesk: warning: {args.from_docx}: {warning}", sys.stderr)
    return EXIT_OK


def _suggestion_line(item: Suggestion, names: dict[str, str]) -> str:
    kind = f"{item.kind} {item.format}" if item.format else str(item.kind)
    return (
        f"[{item.id[:8]}] {names.get(item.part, item.part)} · {kind} · {item.author}: "
        f"«{item.old}» → «{item.new}»"
    )


def add_suggestions(subparsers: SubParsers) -> None:
    """Add the ``suggestions`` command."""
    command = subparsers.add_parser(
        "suggestions", help="list an article's suggestions in reading order, accept or reject"
    )
    command.add_argument("file", metavar="FILE")
    command.add_argument("--json", action="store_true", help="the suggestions as in review.json")
    action = command.add_mutually_exclusive_group()
    action.add_argument(
        "--accept", nargs="+", metavar="ID", help="accept these (an id or a unique prefix)"
    )
    action.add_argument(
        "--reject", nargs="+", metavar="ID", help="reject these (an id or a unique prefix)"
    )
    action.add_argument("--accept-all", action="store_true", help="accept every suggestion")
    action.add_argument("--reject-all", action="store_true", help="reject every suggestion")
    _add_force(command)
    command.set_defaults(run=_run_suggestions)


def _run_suggestions(args: argparse.Namespace) -> int:
    from editor.model.parts import article_parts
    from editor.storage.schema import review_to_dict
    from editor.text import suggestions as operations

    changing = args.accept or args.reject or args.accept_all or args.reject_all
    if not changing:
        article = load_article(args.file)
        ordered = operations.in_order(article)
        if args.json:
            by_id = {item["id"]: item for item in review_to_dict(article).get("suggestions", [])}
            say(json_text([by_id[item.id] for item in ordered]))
            return EXIT_OK
        names = {part.key: part.name for part in article_parts(article)}
        clashing = {id(item) for pair in operations.conflicts(article) for item in pair}
        say(f"{args.file}: {len(ordered)} suggestions ({len(clashing)} in conflict)")
        for item in ordered:
            mark = " [conflict]" if id(item) in clashing else ""
            say(_suggestion_line(item, names) + mark)
        return EXIT_OK
    opened = load_for_writing(args.file)
    article = opened.article
    names = {part.key: part.name for part in article_parts(article)}
    left: list[tuple[Suggestion, str]] = []
    if args.accept_all or args.reject_all:
        outcome = (operations.accept_all if args.accept_all else operations.reject_all)(article)
        done, left = outcome.done, outcome.left
    else:
        chosen = [_by_prefix(article, args.file, key) for key in (args.accept or args.reject)]
        done = []
        for item in {item.id: item for item in chosen}.values():
            try:
                if args.accept:
                    operations.accept(article, item)
                else:
                    operations.reject(article, item)
            except operations.SuggestionError as failure:
                raise CliError(
                    f"{args.file}: {item.id[:8]}: {failure}; nothing was written"
                ) from None
            done.append(item)
    if done:
        save_article(article, args.file, expected=opened.fingerprint, force=args.force)
    verb = "accepted" if args.accept or args.accept_all else "rejected"
    say(f"{args.file}: {verb} {len(done)} suggestion(s), {len(left)} left open")
    for item, reason in left:
        say(f"  left open ({reason}): {_suggestion_line(item, names)}")
    return EXIT_OK


def _by_prefix(article: Article, name: str, key: str) -> Suggestion:
    """The one suggestion whose id is ``key`` or starts with it."""
    exact = [item for item in article.suggestions if item.id == key]
    found = exact or [item for item in article.suggestions if key and item.id.startswith(key)]
    shown = key if len(key) <= 40 else key[:37] + "..."
    if not found:
        raise CliError(f"{name}: no suggestion has the id {shown!r}")
    if len(found) > 1:
        raise CliError(
            f"{name}: the id {shown!r} starts {len(found)} suggestions; give more of it"
        )
    return found[0]
