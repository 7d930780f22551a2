"""Batch export: many articles, many formats, one process; a generator yielding progress."""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.render.build import build_document, output_name
from editor.render.errors import RenderError, UnknownQuotationError
from editor.render.styles import HouseStyle
from editor.storage.errors import StorageError

if TYPE_CHECKING:
    from editor.model import Article
    from editor.render.tree import Document

# Format name -> (file extension, writer module). Writers are imported only when asked for,
# so an HTML export never loads python-docx and nothing but PDF loads Qt.
FORMATS: dict[str, tuple[str, str]] = {
    "docx": ("docx", "editor.render.docx"),
    "html": ("html", "editor.render.html"),
    "md": ("md", "editor.render.markdown"),
    "pdf": ("pdf", "editor.render.pdf"),
}


@dataclass(frozen=True)
class Progress:
    """One step of a batch export: an output written, or an article (or format) that failed."""

    index: int
    total: int
    source: Path
    format: str | None = None
    output: Path | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether this step succeeded."""
        return self.error is None


def render_bytes(document: Document, style: HouseStyle, fmt: str, fragment: bool = False) -> bytes:
    """Return the bytes of one export of a document tree in one format."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    writer = importlib.import_module(FORMATS[fmt][1])
    buffer = io.BytesIO()
    if fmt == "html" and fragment:
        writer.write_fragment(document, style, buffer)
    else:
        writer.write(document, style, buffer)
    return buffer.getvalue()


def final_document(article: Article, style: HouseStyle, force: bool = False) -> Document:
    """Return the tree for a final export; UnknownQuotationError unless forced."""
    document = build_document(article, style)
    if document.missing_quotations and not force:
        raise UnknownQuotationError(document.missing_quotations)
    return document


def _load(path: Path) -> Article:
    from editor.storage.container import load

    return load(path)


def export_articles(
    paths: Iterable[str | Path],
    formats: Iterable[str],
    out_dir: str | Path,
    style: HouseStyle,
    fragment: bool = False,
    force: bool = False,
    load: Callable[[Path], Article] | None = None,
) -> Iterator[Progress]:
    """Export each article in each format into out_dir, yielding a Progress for every step.

    A file that cannot be read, or holds unknown quotations (unless ``force``), is reported
    and skipped; the rest still export. Every output goes through the atomic-write function.
    """
    from editor.storage.atomic import write_bytes

    sources = [Path(path) for path in paths]
    wanted = list(dict.fromkeys(formats))
    for fmt in wanted:
        if fmt not in FORMATS:
            raise RenderError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    folder = Path(out_dir)
    reader = load or _load
    taken: set[str] = set()
    total = len(sources)
    for index, source in enumerate(sources, start=1):
        try:
            article = reader(source)
            document = final_document(article, style, force)
        except UnknownQuotationError as failure:
            yield Progress(index, total, source, error=f"{source}: {failure}")
            continue
        except (StorageError, RenderError) as failure:
            yield Progress(index, total, source, error=str(failure))
            continue
        warnings = tuple(f"{source}: {item.part}: {item.message}" for item in document.cleanings)
        if document.missing_quotations:
            listed = ", ".join(document.missing_quotations)
            warnings += (f"{source}: exported with unknown quotations marked: {listed}",)
        for fmt in wanted:
            extension = FORMATS[fmt][0]
            name = _unique(output_name(document, article.id, style, extension), taken)
            target = folder / name
            try:
                write_bytes(target, render_bytes(document, style, fmt, fragment))
            except (StorageError, RenderError, OSError, ValueError) as failure:
                yield Progress(index, total, source, fmt, error=f"{source}: {fmt}: {failure}")
                continue
            yield Progress(index, total, source, fmt, target, warnings=warnings)
            warnings = ()  # report an article's cleanings once, with its first output


def _unique(name: str, taken: set[str]) -> str:
    # Two articles of the same day and headline must not overwrite each other's export.
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}.{extension}" if dot else f"{stem}-{number}"
        number += 1
    taken.add(candidate.casefold())
    return candidate
