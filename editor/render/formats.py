"""The export formats, and one document tree written in one of them to bytes."""

from __future__ import annotations

import importlib
import io
from typing import TYPE_CHECKING

from editor.render.build import build_document
from editor.render.errors import ArticleProblemsError, RenderError, UnknownQuotationError
from editor.render.styles import HouseStyle

if TYPE_CHECKING:
    from editor.model import Article
    from editor.render.tree import Document

# Format name -> (file extension, writer module). Writers are imported only when asked for,
# so an HTML export never loads python-docx and a PDF export never loads Qt.
FORMATS: dict[str, tuple[str, str]] = {
    "docx": ("docx", "editor.render.docx"),
    "html": ("html", "editor.render.html"),
    "md": ("md", "editor.render.markdown"),
    # Typst: a searchable text layer in every script (editor/render/pdf.py is Qt's print layout).
    "pdf": ("pdf", "editor.render.pdf_typst"),
    # The exchange formats: IPTC ninjs (JSON) and NewsML-G2 (XML) for agencies, WordPress's
    # WXR for a CMS (a batch makes one file: editor/jobs/export.py).
    "ninjs": ("ninjs.json", "editor.render.ninjs"),
    "newsml": ("newsml.xml", "editor.render.newsml"),
    "wxr": ("wxr.xml", "editor.render.wxr"),
}
# Formats whose one file holds every article of an export.
BATCH_FORMATS = frozenset({"wxr"})


def check_format(fmt: str) -> None:
    """Raise RenderError unless ``fmt`` is one of FORMATS."""
    if fmt not in FORMATS:
        raise RenderError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")


def render_bytes(
    document: Document,
    style: HouseStyle,
    fmt: str,
    fragment: bool = False,
    ninjs_version: str = "2.2",
) -> bytes:
    """Return the bytes of one export of a document tree in one format."""
    check_format(fmt)
    writer = importlib.import_module(FORMATS[fmt][1])
    buffer = io.BytesIO()
    if fmt == "html" and fragment:
        writer.write_fragment(document, style, buffer)
    elif fmt == "ninjs":
        writer.write(document, style, buffer, ninjs_version)
    else:
        writer.write(document, style, buffer)
    return buffer.getvalue()


def final_document(article: Article, style: HouseStyle, force: bool = False) -> Document:
    """Return the tree for a final export. Unless forced: UnknownQuotationError for ids not
    in the bank, ArticleProblemsError for the checklist's other errors (no headline …), the
    rule the window's export follows: only errors stop an export, warnings do not."""
    document = build_document(article, style)
    if force:
        return document
    if document.missing_quotations:
        raise UnknownQuotationError(document.missing_quotations)
    from editor.model.validate import UNKNOWN_QUOTATION, Severity, validate

    errors = tuple(
        problem
        for problem in validate(article)
        if problem.severity == Severity.ERROR and problem.template != UNKNOWN_QUOTATION
    )
    if errors:
        raise ArticleProblemsError(errors)
    return document
