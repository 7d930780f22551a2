"""An embargoed article says so on every page it is exported to, in its language."""

from __future__ import annotations

import shutil

import pytest
from lxml import etree
from render_samples import page_text

from editor.model import Article, Byline, Meta, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style


def _article(language: str, embargo: str) -> Article:
    arabic = language == "ar"
    return Article(
        language=language,
        headline="عنوان الخبر" if arabic else "The port reopens",
        sections=[Section("news", "", "نص الخبر." if arabic else "The port reopens in May.")],
        byline=Byline("", "", "", ""),
        meta=Meta(embargo=embargo),
    )


_FORMATS = ["html", "docx", "md", pytest.param("pdf", marks=pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"))]  # fmt: skip


@pytest.mark.parametrize("fmt", _FORMATS)
def test_the_embargo_is_printed_above_the_headline(fmt: str) -> None:
    style = load_style()
    article = _article("en", "2099-01-10T06:00:00+03:00")
    text = page_text(fmt, render_bytes(build_document(article, style), style, fmt))
    line = "Embargoed until 10 January 2099, 06:00 UTC+03:00"
    assert line in text
    assert text.index(line) < text.rindex("The port reopens")
    unembargoed = _article("en", "")
    text = page_text(fmt, render_bytes(build_document(unembargoed, style), style, fmt))
    assert "Embargoed" not in text


def test_the_line_is_in_the_articles_language_and_direction() -> None:
    style = load_style()
    article = _article("ar", "2099-01-10T06:00:00+03:00")
    html = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    (line,) = etree.HTML(html.encode("utf-8")).xpath('//p[@class="embargo"]')
    assert line.xpath("string()") == "محظور النشر حتى ١٠ يناير ٢٠٩٩، ٠٦:٠٠ غرينتش+٠٣:٠٠"
    # Above the headline, in the page's direction.
    assert html.index('class="embargo"') < html.index("<h1")
    assert line.get("dir") in (None, "rtl")


def test_an_embargo_that_has_passed_is_not_announced() -> None:
    # A trial: "Embargoed until 10 January 2020" was printed on a page exported in 2026.
    style = load_style()
    document = build_document(_article("en", "2020-01-10T06:00:00+03:00"), style)
    assert document.embargo is None
    assert "Embargoed" not in render_bytes(document, style, "md").decode("utf-8")
    # The exchange formats still carry it (a receiver reads it as passed).
    assert document.desk.embargo == "2020-01-10T06:00:00+03:00"


def test_an_embargo_that_is_no_time_prints_nothing_and_is_reported() -> None:
    style = load_style()
    document = build_document(_article("en", "next week"), style)
    assert document.embargo is None
    assert any("next week" in cleaning.message for cleaning in document.cleanings)
