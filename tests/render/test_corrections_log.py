"""The corrections log under the article: every export prints it, in the article's language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from render_samples import page_text

from editor.model import Article, Byline, Correction, CorrectionKind, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style, parse_style

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _article(language: str = "en") -> Article:
    return Article(
        language=language,
        headline="Will the bridge open in May?",
        standfirst="The council meets on *Monday*.",
        sections=[Section("news", "", "The council met."), Section("comment", "", "Late again.")],
        byline=Byline("Ana Vale", "the Desk", "2026-05-02", "Marren"),
        corrections=[
            Correction("2026-05-03", CorrectionKind.CORRECTION, "The bridge is 40 m long."),
            Correction("", CorrectionKind.RETRACTION, "The opening date was wrong."),
        ],
    )


_FORMATS = ["html", "docx", "md", pytest.param("pdf", marks=pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"))]  # fmt: skip


@pytest.mark.parametrize("fmt", _FORMATS)
def test_every_export_prints_the_corrections_under_the_article(fmt: str) -> None:
    style = load_style()
    text = page_text(fmt, render_bytes(build_document(_article(), style), style, fmt))
    assert "Corrections" in text
    heading = text.index("Corrections")
    # The date as the language prints one (the file holds 2026-05-03).
    first = text.index("Correction (3 May 2026): The bridge is 40 m long.")
    second = text.index("Retraction: The opening date was wrong.")
    # Under the article (after its body and credit), oldest first.
    assert text.index("Late again.") < heading < first < second


def test_the_words_come_from_the_articles_language() -> None:
    style = load_style()
    page = render_bytes(build_document(_article("ar"), style), style, "md").decode("utf-8")
    assert "## التصويبات" in page and "تصويب (٣ مايو ٢٠٢٦): The bridge" in page
    page = render_bytes(build_document(_article("fr"), style), style, "md").decode("utf-8")
    assert "## Rectificatifs" in page and "Rétractation : The opening date" in page


def test_a_house_style_may_leave_the_log_out_of_the_page_not_out_of_the_exchange_formats(
    tmp_path: Path,
) -> None:
    style = parse_style(tmp_path / "s.json", {"include": {"corrections": False}}, "s")
    document = build_document(_article(), style)
    for fmt in ("html", "md"):
        # The page's <article> (its structured data still says the article was corrected).
        shown = render_bytes(document, style, fmt, fragment=True).decode()
        assert "The bridge is 40 m long" not in shown
    item = json.loads(render_bytes(document, style, "ninjs"))
    assert [d["role"] for d in item["descriptions"]] == ["summary", "correction", "retraction"]


def test_the_page_describes_the_article_for_search_engines() -> None:
    style = load_style()
    page = render_bytes(build_document(_article(), style), style, "html").decode("utf-8")
    start = page.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    data = json.loads(page[start : page.index("</script>", start)])
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Will the bridge open in May?"
    assert data["author"] == {"@type": "Person", "name": "Ana Vale"}
    assert data["publisher"] == {"@type": "Organization", "name": "the Desk"}
    assert data["dateline"] == "Marren, 2 May 2026"
    assert data["datePublished"] == "2026-05-02"
    assert data["correction"][0] == {
        "@type": "CorrectionComment",
        "text": "The bridge is 40 m long.",
        "datePublished": "2026-05-03",
        "name": "correction",
    }
    assert '<meta name="description" content="The council meets on *Monday*.">' in page
    assert '<time class="date" datetime="2026-05-02">2 May 2026</time>' in page


def test_an_article_of_comment_only_is_an_opinion_piece() -> None:
    style = load_style()
    article = _article()
    article.sections = [Section("comment", "", "Late again.")]
    page = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert '"@type":"OpinionNewsArticle"' in page
    article.sections.append(Section("custom", "", "A box.", genre="Opinion"))
    page = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert '"@type":"OpinionNewsArticle"' in page
    article.sections.append(Section("news", "", "Facts."))
    page = render_bytes(build_document(article, style), style, "html").decode("utf-8")
    assert '"@type":"NewsArticle"' in page


def test_the_docx_end_matter_stays_together_and_sets_the_corrections_apart() -> None:
    # After a correction was added, the metadata lines and the corrections fell onto the
    # next page, apart from the credit, and the heading stood right under the place line
    # (a trial, in LibreOffice).
    import io

    from docx import Document
    from docx.shared import Pt

    style = load_style()
    docx = Document(io.BytesIO(render_bytes(build_document(_article(), style), style, "docx")))
    paragraphs = docx.paragraphs
    credit = next(i for i, p in enumerate(paragraphs) if p.style.name == "Credit Line")
    end = paragraphs[credit:]
    assert [p.style.name for p in end[1:]] == ["Metadata"] * (len(end) - 1)
    for paragraph in end[:-1]:  # each kept with the next: the block moves as one
        assert paragraph.style.paragraph_format.keep_with_next, paragraph.text
    heading = next(p for p in end if p.text == "Corrections")
    assert heading.paragraph_format.space_before == Pt(12)
    assert end[end.index(heading) - 1].paragraph_format.space_before is None
