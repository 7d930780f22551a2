"""The ``newsdesk`` command: open the editor, or work headless (new, show, check, export…).

Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input. Errors are one line
on stderr naming the file; bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from editor import __version__

if TYPE_CHECKING:
    from editor.jobs.export import Progress
    from editor.model import Article

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


def output_folder(name: str) -> Path:
    """Return the folder for output files, created (with its parents) when missing."""
    folder = Path(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise CliError(f"{folder}: is a file, not a folder") from None
    except OSError as failure:
        raise CliError(f"{folder}: cannot create the folder: {failure.strerror}") from None
    return folder


def _run_editor(files: Sequence[str]) -> int:
    from editor.app import run_editor

    return run_editor(list(files))


# Control characters from a file (ESC above all) must not drive the user's terminal; tab
# and newline are layout. JSON output never holds them raw, so it is unchanged.
_CONTROL_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0, 9), *range(11, 32), 127)}


def _say(text: str, stream: TextIO | None = None) -> None:
    """Print text; control characters and lone surrogates are shown as escapes."""
    out = stream or sys.stdout
    encoding = getattr(out, "encoding", None) or "utf-8"
    text = text.translate(_CONTROL_ESCAPES)
    print(text.encode(encoding, "backslashreplace").decode(encoding), file=out)


def _storage_failure(failure: Exception) -> CliError:
    """One line naming the file and what is wrong, for any StorageError."""
    return CliError(str(failure).replace("\n", " "), EXIT_USAGE)


def _user_settings():  # -> Settings, imported only when used
    """Return the user's settings: the same defaults the editor uses (style, author, office)."""
    from editor.storage.folders import UserFolders
    from editor.storage.settings import load_settings

    return load_settings(UserFolders.default())


def _style_name(chosen: str | None) -> str:
    """Return the house style to use: the one asked for, else the user's, else "default"."""
    from editor.render.styles import DEFAULT_STYLE

    return chosen or _user_settings().house_style or DEFAULT_STYLE


def _add_new(subparsers: argparse._SubParsersAction) -> None:
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
    from pathlib import Path

    from editor.storage import container
    from editor.storage.errors import StorageError
    from editor.text.languages import available_languages, find_language
    from editor.text.template import new_article

    settings = _user_settings()
    language = args.language or settings.article_language
    if find_language(language) is None:
        known = ", ".join(available_languages())
        raise CliError(f"unknown language '{language}'; known languages: {known}")
    path = Path(args.output)
    if path.is_dir():
        raise CliError(f"{path}: is a folder; give a file name such as article.newsdesk")
    if (path.exists() or path.is_symlink()) and not args.force:
        raise CliError(f"{path}: already exists; use --force to replace it")
    try:
        container.save(new_article(language, settings.author, settings.office), path)
    except StorageError as failure:
        raise _storage_failure(failure) from None
    return EXIT_OK


def _add_show(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser("show", help="summarise an article, or print it as JSON")
    command.add_argument("file", metavar="FILE")
    command.add_argument(
        "--json", action="store_true", help="one JSON object with the keys of article.json"
    )
    command.set_defaults(run=_run_show)


def _run_show(args: argparse.Namespace) -> int:
    import json

    from editor.storage import container
    from editor.storage.errors import StorageError

    try:
        article = container.load(args.file)
    except StorageError as failure:
        raise _storage_failure(failure) from None
    if args.json:
        data = container.article_to_dict(article)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates: \u escapes keep the output valid JSON and lossless.
            text = json.dumps(data, ensure_ascii=True, indent=2)
        _say(text)
        return EXIT_OK
    _say(_summary(args.file, article))
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
    return "\n".join(lines)


def _add_check(subparsers: argparse._SubParsersAction) -> None:
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
    command.set_defaults(run=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    from editor.render.errors import RenderError
    from editor.render.styles import load_style
    from editor.storage import container
    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders
    from editor.storage.word_list import PersonalWordList
    from editor.text.checklist import ChecklistOptions, format_finding, run_checklist
    from editor.text.dictionaries import SpellingError, engine_name
    from editor.text.spelling import SpellChecker

    folders = UserFolders.default()
    try:
        style = load_style(_style_name(args.style), folders.config)
    except RenderError as failure:
        raise CliError(str(failure)) from None
    checker = None
    if args.spelling:
        try:
            engine_name()
        except SpellingError as failure:
            raise CliError(f"spelling cannot be checked: {failure}") from None
        personal = PersonalWordList.in_folder(folders.data)
        checker = SpellChecker(personal, load_on_demand=True)
    options = ChecklistOptions(max_headline_length=style.max_headline_length, spelling=checker)
    code = EXIT_OK
    for name in args.files:
        try:
            article = container.load(name)
        except StorageError as failure:
            error(str(_storage_failure(failure)))
            code = EXIT_USAGE
            continue
        for finding in run_checklist(article, options):
            _say(format_finding(name, finding))
            if code == EXIT_OK:
                code = EXIT_PROBLEMS
    return code


def _add_export(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "export", help="export articles to DOCX, HTML, Markdown or PDF in one go"
    )
    command.add_argument("files", nargs="+", metavar="FILE", help=".newsdesk articles")
    command.add_argument(
        "--format",
        default="docx",
        metavar="LIST",
        help="comma-separated formats: docx, html, md, pdf (default: docx)",
    )
    command.add_argument("--out", default=".", metavar="DIR", help="folder for the exports")
    command.add_argument(
        "--style", metavar="NAME", help="house style (default: the one in Settings)"
    )
    command.add_argument(
        "--fragment", action="store_true", help="HTML: the <article> alone, for a CMS"
    )
    command.add_argument(
        "--force", action="store_true", help="export even with unknown quotation ids"
    )
    command.set_defaults(run=_run_export)


def _run_export(args: argparse.Namespace) -> int:

    from editor.jobs.export import export_articles
    from editor.render.errors import RenderError
    from editor.render.formats import FORMATS
    from editor.render.styles import load_style
    from editor.storage.folders import UserFolders

    formats = [name.strip().lower() for name in args.format.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if not formats or unknown:
        raise CliError(
            f"unknown format {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}"
        )
    out_dir = output_folder(args.out)
    try:
        style = load_style(_style_name(args.style), UserFolders.config_folder())
    except RenderError as failure:
        raise CliError(str(failure)) from None
    show_progress = sys.stderr.isatty()
    written = failed = 0
    failed_articles: set[str] = set()
    for step in export_articles(
        args.files, formats, out_dir, style, fragment=args.fragment, force=args.force
    ):
        for warning in _export_warnings(step):
            _say(f"newsdesk: warning: {warning}", sys.stderr)
        if step.failure is not None:
            failed += 1
            failed_articles.add(str(step.source))
            error(_export_failure(step).replace("\n", " "))
        else:
            written += 1
            if show_progress:
                _say(f"[{step.index}/{step.total}] {step.output}", sys.stderr)
    articles = len(args.files)
    _say(
        f"exported {written} file(s) from {articles - len(failed_articles)} of {articles} "
        f"article(s)" + (f"; {failed} failed" if failed else "")
    )
    return EXIT_PROBLEMS if failed else EXIT_OK


def _export_failure(step: Progress) -> str:
    """Return the English line for a failed export step; it may name this command's flags."""
    from editor.render.errors import UnknownQuotationError

    failure = step.failure
    if isinstance(failure, UnknownQuotationError):
        listed = ", ".join(failure.ids)
        return (
            f"{step.source}: quotations not in the bank: {listed} "
            "(fix the ids, or export anyway with --force)"
        )
    if step.format is None:
        # Reading the article failed: a StorageError names its file itself.
        text = str(failure)
        return text if str(step.source) in text else f"{step.source}: {text}"
    return f"{step.source}: {step.format}: {failure}"


def _export_warnings(step: Progress) -> list[str]:
    """Return the English warnings of an export step: what was cleaned, what was marked."""
    lines = [f"{step.source}: {item.part}: {item.message}" for item in step.cleanings]
    if step.marked_quotations:
        listed = ", ".join(step.marked_quotations)
        lines.append(f"{step.source}: exported with unknown quotations marked: {listed}")
    return lines


def _add_library(subparsers: argparse._SubParsersAction) -> None:
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


def _library_open(extra: Sequence[str] = ()):  # -> Library, imported only when used
    """Open the library over the user's folders, adding extra folders (remembered) first."""
    from pathlib import Path

    from editor.storage.errors import StorageError
    from editor.storage.folders import UserFolders
    from editor.storage.library import Library

    added = [Path(folder) for folder in extra]
    for folder in added:
        if not folder.is_dir():
            raise CliError(f"{folder}: no such folder")
    try:
        library = Library(UserFolders.default())
        if added:
            library.set_roots([*library.roots, *added])
    except StorageError as failure:
        raise _storage_failure(failure) from None
    return library


def _run_library_index(args: argparse.Namespace) -> int:
    from editor.storage.errors import StorageError

    show_progress = sys.stderr.isatty()
    with _library_open(args.folders) as library:
        try:
            steps = library.rebuild() if args.rebuild else library.scan()
            for step in steps:
                if show_progress and step.path is not None and step.done % 100 == 0:
                    _say(f"[{step.done}/{step.total}] {step.path}", sys.stderr)
            failures = library.errors()
            count = len(library)
        except StorageError as failure:
            raise _storage_failure(failure) from None
        for failed in failures:
            error(f"{failed.path}: {failed.message}")
        _say(
            f"{count} article(s) indexed in {len(library.roots)} folder(s)"
            + (f"; {len(failures)} could not be read" if failures else "")
        )
    return EXIT_PROBLEMS if failures else EXIT_OK


def _run_library_search(args: argparse.Namespace) -> int:
    import json

    from editor.storage.errors import StorageError
    from editor.storage.library import Filters, Sort

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    filters = Filters(
        status=args.status,
        language=args.language,
        author=args.author,
        office=args.office,
        tag=args.tag,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with _library_open() as library:
        try:
            for _ in library.scan():
                pass  # by size and mtime: only what changed since the last run is read
            hits = library.search(args.query, filters, Sort(args.sort), args.limit)
        except StorageError as failure:
            raise _storage_failure(failure) from None
    if args.json:
        _say(json.dumps([hit.to_json() for hit in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    for hit in hits:
        details = ", ".join(part for part in (hit.status, hit.language, hit.author) if part)
        _say(f"{hit.headline}  ({details})\n  {hit.path}\n  {hit.marked_snippet()}")
    if not hits:
        _say("no articles found", sys.stderr)
    return EXIT_OK


def _run_library_folders(args: argparse.Namespace) -> int:
    with _library_open() as library:
        for folder in library.roots:
            _say(str(folder))
    return EXIT_OK


def _add_import(subparsers: argparse._SubParsersAction) -> None:
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
    from pathlib import Path

    from editor.importing import DraftError, import_draft
    from editor.model import Severity, validate
    from editor.storage import container
    from editor.storage.errors import StorageError
    from editor.text.languages import available_languages, find_language

    if args.language and find_language(args.language) is None:
        known = ", ".join(available_languages())
        raise CliError(f"unknown language '{args.language}'; known languages: {known}")
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise CliError(f"unknown encoding '{args.encoding}'") from None
    if args.output and len(args.drafts) > 1:
        raise CliError("-o FILE takes one draft; use --out DIR for several")
    if args.out:
        output_folder(args.out)
    code = EXIT_OK
    taken: set[Path] = set()
    for name in args.drafts:
        draft = Path(name)
        target = _import_target(draft, args, taken)
        taken.add(target.resolve())
        if (target.exists() or target.is_symlink()) and not args.force:
            error(f"{target}: already exists; use --force to replace it")
            code = EXIT_USAGE
            continue
        try:
            result = import_draft(draft, language=args.language, encoding=args.encoding)
            container.save(result.article, target)
        except (DraftError, StorageError) as failure:
            error(str(failure).replace("\n", " "))
            code = EXIT_USAGE
            continue
        for warning in result.warnings:
            _say(f"newsdesk: warning: {draft}: {warning}", sys.stderr)
        errors = [p for p in validate(result.article) if p.severity == Severity.ERROR]
        for problem in errors:
            _say(f"newsdesk: {target}: {problem.part}: {problem.message}", sys.stderr)
        if errors and code == EXIT_OK:
            code = EXIT_PROBLEMS
        if args.explain:
            _say("\n".join(result.explanation.lines()))
            _say(f"  → {target}")
        else:
            article = result.article
            _say(
                f"{draft} → {target} ({article.language}, {len(article.sections)} section(s), "
                f"{len(article.quotations)} quotation(s))"
            )
    return code


def _import_target(draft: Path, args: argparse.Namespace, taken: set[Path]) -> Path:
    """Return where the article imported from a draft goes, never twice the same file."""
    if args.output:
        return Path(args.output)
    folder = Path(args.out) if args.out else draft.parent
    stem = draft.stem or "draft"
    target = folder / f"{stem}.newsdesk"
    number = 2
    while target.resolve() in taken:
        target = folder / f"{stem}-{number}.newsdesk"
        number += 1
    return target


def _add_comments(subparsers: argparse._SubParsersAction) -> None:
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
    command.set_defaults(run=_run_comments)


def _load_article(name: str):  # -> Article; one error line for any storage failure
    from editor.storage import container
    from editor.storage.errors import StorageError

    try:
        return container.load(name)
    except StorageError as failure:
        raise _storage_failure(failure) from None


def _save_article(article, name: str) -> None:
    from editor.storage import container
    from editor.storage.errors import StorageError

    try:
        container.save(article, name)
    except StorageError as failure:
        raise _storage_failure(failure) from None


def _run_comments(args: argparse.Namespace) -> int:
    import json

    from editor.model.parts import article_parts
    from editor.model.review import comments_by_part, is_detached
    from editor.storage.schema import review_to_dict

    article = _load_article(args.file)
    if args.from_docx:
        from editor.importing.docx_comments import import_comments
        from editor.importing.errors import DraftError

        try:
            result = import_comments(article, args.from_docx)
        except DraftError as failure:
            raise CliError(str(failure)) from None
        if result.added:
            _save_article(article, args.file)
        _say(
            f"{args.file}: {len(result.added)} comment(s) added from {args.from_docx}, "
            f"{result.already_there} already there, {len(result.detached)} kept detached"
        )
        return EXIT_OK
    if args.json:
        _say(json.dumps(review_to_dict(article)["comments"], ensure_ascii=False, indent=2))
        return EXIT_OK
    names = {part.key: part.name for part in article_parts(article)}
    ordered = comments_by_part(article)
    open_count = sum(1 for comment in ordered if not comment.resolved)
    _say(f"{args.file}: {len(ordered)} comments ({open_count} open)")
    for comment in ordered:
        state = "resolved" if comment.resolved else "open"
        if is_detached(comment):
            state += ", detached"
        where = names.get(comment.part, comment.part)
        _say(f"[{state}] {where} «{comment.quote}» {comment.author}: {comment.text}")
        for answer in comment.replies:
            _say(f"    ↳ {answer.author}: {answer.text}")
    return EXIT_OK


def _add_status(subparsers: argparse._SubParsersAction) -> None:
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
    command.set_defaults(run=_run_status)


def _run_status(args: argparse.Namespace) -> int:
    from editor.model.review import ReviewError, change_status, status_name

    article = _load_article(args.file)
    if args.new_status is None:
        _say(f"{args.file}: {status_name(article.meta.status)}")
        for change in article.status_history:
            note = f" — {change.note}" if change.note else ""
            _say(f"  {change.at}  {status_name(change.status)}  {change.author}{note}")
        return EXIT_OK
    try:
        who = args.author or _user_settings().author or article.byline.author
        change_status(article, args.new_status, who, args.note)
    except ReviewError as failure:
        raise CliError(f"{args.file}: {failure}") from None
    _save_article(article, args.file)
    revision = article.revisions[-1].number
    _say(f"{args.file}: now {status_name(article.meta.status)} (revision {revision} kept)")
    return EXIT_OK


def _add_diff(subparsers: argparse._SubParsersAction) -> None:
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

    article = _load_article(args.file)

    def pick(value: str | None, default: str):
        chosen = value if value is not None else default
        if chosen == "current":
            return article
        if not chosen.isdigit():
            raise CliError(f"{args.file}: a revision is a number or 'current', not {chosen!r}")
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
        _say("no differences")
    for part in changed:
        _say(f"== {part.name} ==")
        _say(diff_to_terminal(part.diffs, colour))
    return EXIT_OK


# Each ``_add_NAME(subparsers)`` adds the subcommand NAME and sets ``run`` to the function
# that carries it out.
_ADDERS = (
    _add_new, _add_show, _add_check, _add_export, _add_library, _add_import,
    _add_comments, _add_status, _add_diff,
)  # fmt: skip
COMMAND_NAMES = frozenset(add.__name__.removeprefix("_add_") for add in _ADDERS)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the parser of the ``newsdesk`` command line (with ``only`` that subcommand)."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: draft, review and export news-plus-commentary articles. "
        "Without a command, opens the editor (with FILE, if given).",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _ADDERS:
        if only is None or add.__name__ == f"_add_{only}":
            add(subparsers)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    if parser._subparsers is None:
        return set()
    return set(parser._subparsers._group_actions[0].choices or ())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMAND_NAMES and not args_list[0].startswith("-")):
        # ``newsdesk [FILE...]``: the editor, without building a parser it does not use.
        return _run_editor(args_list)
    # Building every subcommand's parser costs more than some commands take to run (each
    # parser and argument is a formatter and a gettext look-up): build only the one named,
    # when its ``_add_NAME`` adds exactly that name; anything else gets the whole parser.
    first = args_list[0]
    parser = build_parser(first) if first.isidentifier() else None
    if parser is None or _command_names(parser) != {first}:
        parser = build_parser()
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
