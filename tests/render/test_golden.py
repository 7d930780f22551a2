"""Golden files: one article through every writer, compared with the reviewed output.

On a mismatch the test prints a unified diff. Regenerate deliberately, never silently:
``NEWSDESK_REGEN_GOLDEN=1 python -m pytest tests/render/test_golden.py``, then review the
diff of tests/render/golden/ before committing it.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from render_samples import river_port_en

from editor.model import Article, Correction, CorrectionKind
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.pdf import qt_html
from editor.render.styles import load_style

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("NEWSDESK_REGEN_GOLDEN") == "1"
DOCX_PARTS = (
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "word/_rels/document.xml.rels",
    "word/document.xml",
    "word/numbering.xml",
    "word/styles.xml",
)


def golden_article() -> Article:
    """The English sample with an Arabic opening line and an Arabic name in a sentence."""
    article = river_port_en()
    article.opening.text, article.opening.language = "بسم الله الرحمن الرحيم", "ar"
    article.sections[0].body += "\n\nThe minister, عادل منصور, sent a letter."
    article.meta.modified = "2026-10-15T12:30:00+00:00"
    # The corrections log, printed under the article by every writer.
    article.corrections = [
        Correction(
            "2026-10-15",
            CorrectionKind.CORRECTION,
            "The dredging contract is two weeks late, not three.",
        )
    ]
    return article


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; create it with NEWSDESK_REGEN_GOLDEN=1 and review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"golden/{name}",
            tofile="actual",
        )
        pytest.fail("".join(diff), pytrace=False)


def _docx_xml(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in DOCX_PARTS:
            root = etree.fromstring(package.read(name), parser)
            pretty = etree.tostring(root, pretty_print=True, encoding="unicode")
            # Timestamps are the one thing allowed to differ between runs.
            pretty = re.sub(
                r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\1TIMESTAMP\2", pretty
            )
            parts.append(f"===== {name}\n{pretty}")
    return "".join(parts)


@pytest.fixture(scope="module")
def document():
    """The golden article's tree in the default style."""
    return build_document(golden_article(), load_style())


def test_html_page_matches_the_golden_file(document) -> None:
    _compare("article.html", render_bytes(document, load_style(), "html").decode("utf-8"))


def test_html_fragment_matches_the_golden_file(document) -> None:
    data = render_bytes(document, load_style(), "html", fragment=True)
    _compare("article.fragment.html", data.decode("utf-8"))


def test_markdown_matches_the_golden_file(document) -> None:
    _compare("article.md", render_bytes(document, load_style(), "md").decode("utf-8"))


def test_docx_xml_matches_the_golden_file(document) -> None:
    _compare("article.docx.xml", _docx_xml(render_bytes(document, load_style(), "docx")))


def test_pdf_rich_text_matches_the_golden_file(document) -> None:
    # The PDF's bytes hold its creation time and Qt's glyph subsets; what the writer controls
    # is the rich text handed to QTextDocument, at the PDF writer's 1200 dpi.
    _compare("article.pdf.qt.html", qt_html(document, load_style(), 1200))


def test_golden_files_are_not_being_regenerated() -> None:
    # A run with the flag set rewrites the files; it must never pass unnoticed in CI.
    assert not REGENERATE, "NEWSDESK_REGEN_GOLDEN=1 rewrote the golden files: review the diff"
