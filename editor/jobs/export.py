"""Batch export: many articles, many formats, one process; a generator yielding progress.

A job above the layers: it loads with storage, renders with render and writes through the
atomic-write function.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from editor.model.frozen import Frozen
from editor.render.build import article_output_name, output_name
from editor.render.errors import (
    ArticleProblemsError,
    NestingTooDeepError,
    NoEditionError,
    RenderError,
    UnknownQuotationError,
    UntranslatedEditionError,
)
from editor.render.formats import (
    BATCH_FORMATS,
    FORMATS,
    check_format,
    final_document,
    render_bytes,
)
from editor.render.styles import HouseStyle
from editor.storage.errors import StorageError

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

    from editor.model import Article
    from editor.render.tree import Cleaning, Document, EditionLink

# What to do with an output whose file exists already: "replace" it, or "keep" it and
# write the new one beside it as "NAME (2).ext".
Existing = Literal["replace", "keep"]


class Progress(Frozen):
    """One step of a batch export: an output written, or an article (or format) that failed.

    What went wrong is a typed value, never a sentence: ``failure`` is the core's exception
    (a ``StorageError`` reading the article, an ``UnknownQuotationError`` with its ids, a
    ``RenderError``, or the ``OSError``/``StorageError`` of a write), ``format`` None when
    the whole article failed. The command line words it in English, the window in the
    interface language.
    """

    __slots__ = (
        "cleanings",
        "failure",
        "format",
        "index",
        "marked_quotations",
        "output",
        "source",
        "total",
    )
    _defaults: ClassVar[dict[str, Any]] = {
        "format": None,
        "output": None,
        "failure": None,
        "cleanings": (),
        "marked_quotations": (),
    }

    index: int
    total: int
    source: Path
    format: str | None
    output: Path | None
    failure: Exception | None
    # Characters a format cannot hold, removed: reported with an article's first output.
    cleanings: tuple[Cleaning, ...]
    # Ids not in the quotation bank, exported marked because the export was forced.
    marked_quotations: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """Whether this step succeeded."""
        return self.failure is None


def _reader(
    style: HouseStyle, formats: Iterable[str] = (), changes_since: ChangesSince = None
) -> Callable[[Path], Article]:
    """Return the loader of an export: revisions only for a changes export, the review
    only if shown (comments), a DOCX may carry it (open suggestions as tracked changes) or
    an exchange format numbers its version by it (each status move is a version).

    Assets are read: a body may show images from them (an article without any pays
    nothing for it).
    """
    from editor.storage.container import load

    formats = set(formats)
    parts = ["assets"]
    if style.include.comments or formats & {"docx", "ninjs", "newsml"}:
        parts.append("review")
    if changes_since is not None and "docx" in formats:
        parts.append("revisions")
    return lambda path: load(path, parts)


# The revision a DOCX's tracked changes start from: its number, "approved", or None.
ChangesSince = int | str | None


def export_articles(
    paths: Iterable[str | Path],
    formats: Iterable[str],
    out_dir: str | Path,
    style: HouseStyle,
    fragment: bool = False,
    force: bool = False,
    load: Callable[[Path], Article] | None = None,
    existing: Existing = "replace",
    changes_since: ChangesSince = None,
    ninjs_version: str = "2.2",
    editions: Editions = (),
) -> Iterator[Progress]:
    """Export each article in each format into out_dir, yielding a Progress for every step.

    A file that cannot be read, or holds unknown quotations (unless ``force``), is reported
    and skipped; the rest still export. Every output goes through the atomic-write function.
    An output whose file exists is replaced, or with ``existing="keep"`` written beside it
    under the first free name "NAME (2).ext", "NAME (3).ext", …
    A DOCX shows the open suggestions as tracked changes, and with ``changes_since`` (a
    revision number or "approved") the changes since that revision as well.
    A WordPress export (wxr) writes one file for all the articles, as the last step, its
    images beside it; ``ninjs_version`` is "2.2" or "3.1".
    ``editions`` chooses the language versions: none, the article itself; ("all",) the
    article and each of its editions; else the languages named. When an article has more
    than one version written, each name holds its language and each links to the others
    (HTML ``hreflang``, the exchange formats' translation links).
    """
    sources, wanted = _checked(paths, formats)
    reader = load or _reader(style, wanted, changes_since)
    steps = _render_steps(
        sources,
        wanted,
        Path(out_dir),
        style,
        fragment,
        force,
        reader,
        existing,
        changes_since,
        ninjs_version,
        editions,
    )
    if len(sources) * len(wanted) <= 1 and not editions:
        for step in steps:
            yield step.finish()
        return
    # Many outputs: each write waits on fsync; writing in the background while the next
    # article renders keeps the disk from setting the pace.
    from concurrent.futures import ThreadPoolExecutor

    from editor.storage.atomic import sync_folder

    try:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="export-write") as pool:
            pending: deque[_Step] = deque()
            for step in steps:
                step.start(pool)
                pending.append(step)
                while pending and (pending[0].done() or len(pending) > _IN_FLIGHT):
                    yield pending.popleft().finish()
            while pending:
                yield pending.popleft().finish()
    finally:
        # Each file was fsynced before its rename, so every output is complete under its
        # own name whatever happens; only the renames' survival of a power cut needs the
        # folder fsynced, and once for the batch (also a cancelled one, after the pool has
        # finished its writes) does for all of them.
        sync_folder(out_dir)


_IN_FLIGHT = 4


class _Step:
    """One export step: its progress, and the write that completes it (if any)."""

    def __init__(
        self,
        progress: Progress,
        target: Path | None = None,
        data: bytes = b"",
        beside: tuple[tuple[Path, bytes], ...] = (),
    ) -> None:
        self.progress = progress
        self.target = target
        self.data = data
        # Files the output needs beside it (a Markdown export's assets/), written first.
        self.beside = beside
        self.future: Future[None] | None = None

    def start(self, pool: Executor) -> None:
        """Begin the write in the background."""
        if self.target is not None:
            # The batch fsyncs the output folder once at its end (export_articles).
            self.future = pool.submit(self._write, False)

    def _write(self, sync_folder: bool) -> None:
        from editor.storage.atomic import write_bytes

        assert self.target is not None
        for path, data in self.beside:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, data, sync_folder=sync_folder)
        write_bytes(self.target, self.data, sync_folder=sync_folder)

    def done(self) -> bool:
        """Whether the step's write (if any) has finished."""
        return self.future is None or self.future.done()

    def finish(self) -> Progress:
        """Write now unless started, wait for the write, and return the step's progress."""
        if self.target is None:
            return self.progress
        try:
            if self.future is None:
                self._write(True)
            else:
                self.future.result()
        except (StorageError, OSError) as failure:
            progress = self.progress
            return Progress(
                progress.index, progress.total, progress.source, progress.format, failure=failure
            )
        finally:
            self.data = b""
        return self.progress


def _render_steps(
    sources: list[Path],
    wanted: list[str],
    folder: Path,
    style: HouseStyle,
    fragment: bool,
    force: bool,
    reader: Callable[[Path], Article],
    existing: Existing,
    changes_since: ChangesSince = None,
    ninjs_version: str = "2.2",
    editions: Editions = (),
) -> Iterator[_Step]:
    taken: set[str] = set()
    total = len(sources)
    per_article = [fmt for fmt in wanted if fmt not in BATCH_FORMATS]
    batch = _Batch(folder, taken, existing, len(sources)) if "wxr" in wanted else None
    for index, source in enumerate(sources, start=1):
        try:
            article = reader(source)
            versions = _versions(article, editions)
            documents = []
            for version in versions:
                if version is not article and not force and style.review.edition_gate:
                    _check_translated(article, version.language, source)
                try:
                    documents.append(final_document(version, style, force))
                except ArticleProblemsError as failure:
                    # The file, and the edition's language when it is one of a story's.
                    language = version.language if _in_a_story(article, versions) else ""
                    raise ArticleProblemsError(failure.problems, source, language) from None
        except UnknownQuotationError as failure:
            # The ids with the file they are in (final_document knows no file).
            failure = UnknownQuotationError(failure.ids, source)
            yield _Step(Progress(index, total, source, failure=failure))
            continue
        except NoEditionError as failure:
            failure = NoEditionError(failure.language, failure.languages, source)
            yield _Step(Progress(index, total, source, failure=failure))
            continue
        except (StorageError, RenderError) as failure:
            yield _Step(Progress(index, total, source, failure=failure))
            continue
        except RecursionError:
            # One article's text must not end the batch, whatever a pass over it does.
            yield _Step(Progress(index, total, source, failure=NestingTooDeepError(source)))
            continue
        several = len(documents) > 1
        by_language = _in_a_story(article, versions)
        names = []
        all_targets = []
        for document in documents:

            def name(
                ext: str,
                document: Document = document,
                article_id: str = article.id,
                by_language: bool = by_language,
            ) -> str:
                chosen = output_name(document, article_id, style, ext)
                return _with_language(chosen, ext, document.language) if by_language else chosen

            names.append(name)
            all_targets.append(_targets(name, per_article, folder, taken, existing))
        if several:
            links = _edition_links(documents, per_article, all_targets)
            documents = [document.replace(editions=links) for document in documents]
        for version, document, name, targets in zip(
            versions, documents, names, all_targets, strict=True
        ):
            yield from _version_steps(
                version,
                document,
                name,
                targets,
                per_article,
                Progress(index, total, source),
                style,
                fragment,
                batch,
                changes_since,
                ninjs_version,
            )
    if batch is not None and batch.last is not None:
        yield batch.step()


def _version_steps(
    article: Article,
    document: Document,
    name: Callable[[str], str],
    targets: list[Path],
    per_article: list[str],
    start: Progress,
    style: HouseStyle,
    fragment: bool,
    batch: _Batch | None,
    changes_since: ChangesSince,
    ninjs_version: str,
) -> Iterator[_Step]:
    """The steps of one version of an article (the source or an edition): its post in the
    WordPress file, and its output in each format."""
    index, total, source = start.index, start.total, start.source
    cleanings, marked = document.cleanings, document.missing_quotations
    if batch is not None:
        # The post is rendered now (the tree is not kept); the article's step before it
        # comes out, its file written with the last article's.
        try:
            previous = batch.add(document, source, name, index, total, cleanings, marked)
        except (RenderError, ValueError) as failure:
            yield _Step(Progress(index, total, source, "wxr", failure=failure))
        else:
            cleanings, marked = (), ()
            if previous is not None:
                yield _Step(previous)
    for fmt, target in zip(per_article, targets, strict=True):
        try:
            shown = document
            if fmt == "docx" and (changes_since is not None or article.suggestions):
                from editor.render.changes import tracked_document

                shown = tracked_document(article, style, changes_since, document)
            data = render_bytes(shown, style, fmt, fragment, ninjs_version)
        except (RenderError, OSError, ValueError) as failure:
            yield _Step(Progress(index, total, source, fmt, failure=failure))
            continue
        except RecursionError:
            too_deep = NestingTooDeepError(source)
            yield _Step(Progress(index, total, source, fmt, failure=too_deep))
            continue
        progress = Progress(index, total, source, fmt, target, None, cleanings, marked)
        yield _Step(progress, target, data, _beside(document, fmt, target))
        cleanings, marked = (), ()  # reported once per version, with its first output


# Which versions of each article an export writes: () the article itself (as always),
# ("all",) the article and every edition, else the languages named (the article's own
# language names the article itself).
Editions = Sequence[str]


def _versions(article: Article, editions: Editions) -> list[Article]:
    """Return the versions of the article to export, each ready to render; NoEditionError
    for a language it has no edition in."""
    if not editions:
        return [article]
    from editor.text.editions import edition, edition_view, same_language

    if any(language.strip().casefold() == "all" for language in editions):
        return [article, *(edition_view(article, each) for each in article.editions)]
    chosen: list[Article] = []
    for language in dict.fromkeys(editions):
        if same_language(language, article.language):
            chosen.append(article)
            continue
        found = edition(article, language)
        if found is None:
            have = (article.language, *(each.language for each in article.editions))
            raise NoEditionError(language, have)
        chosen.append(edition_view(article, found))
    return chosen


def _check_translated(article: Article, language: str, source: Path) -> None:
    """Raise UntranslatedEditionError when the article's edition in a language has text
    paragraphs (headline, standfirst, sections) with words in the source and none of its
    own yet. A quotation may stay in the words it was said in: it does not count."""
    from editor.text.editions import edition, state

    own = edition(article, language)
    if own is None:
        return
    waiting = state(article, own).to_translate
    if waiting:
        raise UntranslatedEditionError(own.language, waiting, source)


def _in_a_story(article: Article, versions: list[Article]) -> bool:
    """Whether the versions exported are of a story in several languages (the article has
    editions, or is one): then each file name holds its language, and an edition exported
    alone does not take the name of the source's export, nor the source the edition's."""
    return len(versions) > 1 or bool(article.editions) or any(v.source_links for v in versions)


def _with_language(name: str, ext: str, language: str) -> str:
    """Return an output name with the version's language before its extension
    ("2026-05-02-ferry.ar.html"), unless the name says the language already."""
    if not language or f".{language}." in name:
        return name
    suffix = f".{ext}"
    if name.endswith(suffix):
        return f"{name[: -len(suffix)]}.{language}{suffix}"
    return f"{name}.{language}"


def _edition_links(
    documents: list[Document], formats: list[str], targets: list[list[Path]]
) -> tuple[EditionLink, ...]:
    """Return every version of the story this export writes, for each version to link to."""
    from editor.render.structured import article_uri
    from editor.render.tree import EditionLink

    return tuple(
        EditionLink(
            language=document.language,
            uri=article_uri(document.desk.article_id, document.desk.edition),
            original=not document.desk.edition,
            files=tuple((fmt, target.name) for fmt, target in zip(formats, paths, strict=True)),
        )
        for document, paths in zip(documents, targets, strict=True)
    )


BATCH_NAME = "wordpress-import.wxr.xml"


def _named(chosen: str) -> Callable[[str], str]:
    """Return a naming function that gives one name whatever the extension."""
    return lambda _ext: chosen


class _Batch:
    """The WordPress file of an export: every article's post in one file, written once.

    Each article has its step (its findings, the file its post is in); the last one's
    step writes the file and the images beside it.
    """

    def __init__(self, folder: Path, taken: set[str], existing: Existing, count: int) -> None:
        self.folder = folder
        self.taken = taken
        self.existing = existing
        self.count = count
        self.items: list[tuple[bytes, str]] = []
        self.images: list[tuple[Path, bytes]] = []
        # The channel's language and title: the articles' own when they share them.
        self.languages: dict[str, None] = {}
        self.offices: dict[str, None] = {}
        self.target: Path | None = None
        self.last: Progress | None = None

    def add(
        self,
        document: Document,
        source: Path,
        name: Callable[[str], str],
        index: int,
        total: int,
        cleanings: tuple[Cleaning, ...],
        marked: tuple[str, ...],
    ) -> Progress | None:
        """Add one article's post; return the previous article's step, now complete."""
        from editor.render import wxr
        from editor.storage.container import asset_name_allowed

        item = (wxr.item_xml(document, len(self.items) + 1), document.author)
        if self.target is None:
            # One article: its own name; several: one name for the batch.
            chosen = name(FORMATS["wxr"][0]) if self.count == 1 else BATCH_NAME
            self.target = _targets(
                _named(chosen), ["wxr"], self.folder, self.taken, self.existing
            )[0]
        self.languages[document.language] = None
        self.offices[document.desk.office] = None
        self.items.append(item)
        for path, data in wxr.beside(document):
            if asset_name_allowed(path.rpartition("/")[2]):
                self.images.append((self.folder / path, data))
        previous = self.last
        self.last = Progress(index, total, source, "wxr", self.target, None, cleanings, marked)
        return previous

    def step(self) -> _Step:
        """Return the last article's step, which writes the file and its images."""
        from editor.render import wxr

        assert self.target is not None and self.last is not None
        # A batch in several languages (or from several offices) says none of them: the
        # first article's was taken for all (a Russian title over five languages' posts).
        language = next(iter(self.languages)) if len(self.languages) == 1 else ""
        office = next(iter(self.offices)) if len(self.offices) == 1 else ""
        data = wxr.wxr_bytes(self.items, language, office or "Newsdesk")
        self.items = []
        return _Step(self.last, self.target, data, tuple(self.images))


def _beside(document: Document, fmt: str, target: Path) -> tuple[tuple[Path, bytes], ...]:
    """Return the files an output needs beside it: the images a Markdown export shows."""
    if fmt != "md" or not document.images:
        return ()
    from editor.storage.container import asset_name_allowed

    # The Markdown refers to them as "assets/NAME", as in the article itself.
    folder = target.parent / "assets"
    # A stored name holds no folder (the file format's rule); one made otherwise is skipped.
    return tuple(
        (folder / image.name, image.data)
        for image in document.images
        if asset_name_allowed(image.name)
    )


def existing_outputs(
    paths: Iterable[str | Path],
    formats: Iterable[str],
    out_dir: str | Path,
    style: HouseStyle,
    load: Callable[[Path], Article] | None = None,
    editions: Editions = (),
) -> list[Path]:
    """Return the outputs of this export (same arguments) whose files exist already.

    The names are those the export would write, found from each article without building
    its document (the export builds it once, later); an article that cannot be read (or
    lacks an edition asked for) is left out (the export reports it).
    """
    sources, wanted = _checked(paths, formats)
    from editor.storage.container import load as load_file

    # The names need the article's head alone: no review, revisions or images.
    reader = load or partial(load_file, parts=())
    folder = Path(out_dir)
    taken: set[str] = set()
    found: list[Path] = []
    batch_named = False
    for source in sources:
        try:
            article = reader(source)
            versions = _versions(article, editions)
        except (StorageError, NoEditionError):
            continue
        by_language = _in_a_story(article, versions)
        for version in versions:

            def name(ext: str, version: Article = version, by_language: bool = by_language) -> str:
                chosen = article_output_name(version, style, ext)
                if not by_language:
                    return chosen
                return _with_language(chosen, ext, _document_language(version))

            per_article = [fmt for fmt in wanted if fmt not in BATCH_FORMATS]
            targets = _targets(name, per_article, folder, taken, "replace")
            if "wxr" in wanted and not batch_named:
                # The WordPress file of the export: the article's own name when it is alone.
                chosen = name(FORMATS["wxr"][0]) if len(sources) == 1 else BATCH_NAME
                targets += _targets(_named(chosen), ["wxr"], folder, taken, "replace")
                batch_named = True
            found.extend(target for target in targets if target.exists())
    return found


def _document_language(article: Article) -> str:
    """Return the language tag ``build_document`` gives an article's document."""
    from editor.render.clean import language_tag
    from editor.text.languages import language_or_default

    return language_tag(article.language) or language_or_default(article.language).code


def _checked(paths: Iterable[str | Path], formats: Iterable[str]) -> tuple[list[Path], list[str]]:
    """Return the sources and the formats, each format once; RenderError for an unknown one."""
    wanted = list(dict.fromkeys(formats))
    for fmt in wanted:
        check_format(fmt)
    return [Path(path) for path in paths], wanted


def _targets(
    name: Callable[[str], str],
    wanted: list[str],
    folder: Path,
    taken: set[str],
    existing: Existing,
) -> list[Path]:
    # The one naming rule of an export, shared by the export and the listing of what exists.
    targets = []
    for fmt in wanted:
        ext = FORMATS[fmt][0]
        chosen = _unique(name(ext), taken, ext)
        if existing == "keep":
            chosen = _free(folder, chosen, taken, ext)
        targets.append(folder / chosen)
    return targets


# A language tag as an edition's export name holds it before the extension (".ar", ".pt-br").
_LANGUAGE_SEGMENT = re.compile(r"\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _split_suffix(name: str, ext: str) -> tuple[str, str]:
    """Return a name's stem and its suffix: the format's extension, which may hold a dot
    (".ninjs.json"), with the edition's language before it (".ar.html"). A number that
    tells two names apart goes between them: "ferry-2.ninjs.json", not "ferry.ninjs-2.json"
    (found in a trial)."""
    suffix = f".{ext}"
    if not name.endswith(suffix):
        stem, dot, extension = name.rpartition(".")
        return (stem, f".{extension}") if dot else (name, "")
    stem = name[: -len(suffix)]
    language = _LANGUAGE_SEGMENT.search(stem)
    if language is not None and language.start() > 0:
        return stem[: language.start()], stem[language.start() :] + suffix
    return stem, suffix


def _free(folder: Path, name: str, taken: set[str], ext: str) -> str:
    # "NAME (2).ext", "NAME (3).ext", … as file managers do: the existing file stays as it is.
    if not (folder / name).exists():
        return name
    stem, suffix = _split_suffix(name, ext)
    number = 2
    while True:
        candidate = f"{stem} ({number}){suffix}"
        if candidate.casefold() not in taken and not (folder / candidate).exists():
            taken.add(candidate.casefold())
            return candidate
        number += 1


def _unique(name: str, taken: set[str], ext: str) -> str:
    # Two articles of the same day and headline must not overwrite each other's export.
    stem, suffix = _split_suffix(name, ext)
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}{suffix}"
        number += 1
    taken.add(candidate.casefold())
    return candidate
