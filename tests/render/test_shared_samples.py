"""The sample drafts, imported, keep every word in order in every export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from render_samples import (
    comparable,
    docx_text,
    expected_words,
    first_missing,
    has_every_word,
    html_text,
    is_subsequence,
    markdown_text,
    pdf_text,
    undo_pdf_extraction,
    without_marks,
)
from sample_files import HOSTILE_DRAFT, own_drafts, shared_drafts

from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.html import render_html
from editor.render.styles import load_style

# The own samples, the hostile draft built in the tests, and ../shared's when it is there.
SHARED = ["river-port-en.txt", "university-ar.txt", "bridge-ru.txt", "port-law-tr.md"]
SAMPLES = [
    *(pytest.param(path, id=path.name) for path in own_drafts()),
    pytest.param(None, id="hostile-en"),
    *(
        pytest.param(path, id=f"shared-{path.name}")
        for path in shared_drafts([*SHARED, "hostile-en.txt"])
    ),
]
EXTRACT = {"html": html_text, "docx": docx_text, "md": markdown_text}


def _article(draft: Path | None):
    """The article a sample draft makes; None: the hostile draft."""
    from editor.importing.draft import import_draft, import_text

    if draft is None:
        return import_text(HOSTILE_DRAFT).article
    return import_draft(draft).article


@pytest.mark.parametrize("fmt", ["html", "docx", "md", "pdf"])
@pytest.mark.parametrize("draft", SAMPLES)
def test_imported_sample_keeps_every_word_in_each_export(draft: Path | None, fmt: str) -> None:
    if fmt == "pdf" and shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    article = _article(draft)
    style = load_style()
    document = build_document(article, style)
    data = render_bytes(document, style, fmt)
    expected = expected_words(article)
    if fmt == "pdf":
        found = without_marks(comparable(undo_pdf_extraction(pdf_text(data))))
        expected = without_marks(expected)
        if document.direction == "rtl":
            assert has_every_word(expected, found), first_missing(expected, found)
            return
    else:
        found = comparable(EXTRACT[fmt](data))
    assert is_subsequence(expected, found, visual=fmt == "pdf"), first_missing(expected, found)


@pytest.mark.parametrize(
    "draft",
    [
        pytest.param(None, id="built"),
        *(pytest.param(path, id="shared") for path in shared_drafts(["hostile-en.txt"])),
    ],
)
def test_hostile_sample_stays_text_in_the_html(draft: Path | None) -> None:
    import html5lib

    page = render_html(_article(draft), load_style())
    # The page's one script element is its structured data, whose text holds no "<".
    data = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    page = page.replace(f'<script type="application/ld+json">{data}</script>', "")
    assert "<script" not in page and "<img" not in page
    root = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    hrefs = [element.get("href") for element in root.iter("a")]
    assert all(href.startswith(("http:", "https:", "mailto:")) for href in hrefs)
    assert "<script>alert('headline')</script>" in html_text(page.encode())
