"""The shared sample drafts, imported, keep every word in order in every export."""

from __future__ import annotations

import shutil

import pytest
from render_samples import (
    comparable,
    docx_text,
    expected_words,
    first_missing,
    html_text,
    is_subsequence,
    markdown_text,
    pdf_text,
    without_marks,
)
from sample_files import shared_sample

from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.html import render_html
from editor.render.styles import load_style

SAMPLES = [
    "river-port-en.txt",
    "university-ar.txt",
    "bridge-ru.txt",
    "port-law-tr.md",
    "hostile-en.txt",
]
EXTRACT = {"html": html_text, "docx": docx_text, "md": markdown_text}


def _article(name: str):
    from editor.importing.draft import import_draft

    return import_draft(shared_sample(name)).article


@pytest.mark.parametrize("fmt", ["html", "docx", "md", "pdf"])
@pytest.mark.parametrize("name", SAMPLES)
def test_imported_sample_keeps_every_word_in_each_export(name: str, fmt: str) -> None:
    if fmt == "pdf" and shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    article = _article(name)
    style = load_style()
    data = render_bytes(build_document(article, style), style, fmt)
    expected = expected_words(article)
    if fmt == "pdf":
        expected, found = without_marks(expected), without_marks(comparable(pdf_text(data)))
    else:
        found = comparable(EXTRACT[fmt](data))
    assert is_subsequence(expected, found, visual=fmt == "pdf"), first_missing(expected, found)


def test_hostile_sample_stays_text_in_the_html() -> None:
    import html5lib

    page = render_html(_article("hostile-en.txt"), load_style())
    assert "<script" not in page and "<img" not in page
    root = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    hrefs = [element.get("href") for element in root.iter("a")]
    assert all(href.startswith(("http:", "https:", "mailto:")) for href in hrefs)
    assert "<script>alert('headline')</script>" in html_text(page.encode())
