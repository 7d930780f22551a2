"""The credit line: "Written for {office} by" and the author on the next line, per language."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.render.tree import LineBreak, Text

OFFICE, AUTHOR = "the Bay Desk", "Ana Writer"
# The five languages of the interface and the samples: the credit's first line and its
# second, as a reader of each language reads them.
LINES = {
    "en": ("Written for the Bay Desk by", "Ana Writer"),
    "ar": ("كتب لصالح the Bay Desk بقلم", "Ana Writer"),
    "ru": ("Подготовлено для the Bay Desk.", "Автор: Ana Writer"),
    "tr": ("the Bay Desk için yazan:", "Ana Writer"),
    "ur": ("the Bay Desk کے لیے تحریر:", "Ana Writer"),
}


def _article(language: str) -> Article:
    article = Article(language=language, headline="H", sections=[Section("news", "", "x")])
    article.byline.office, article.byline.author = OFFICE, AUTHOR
    return article


def _credit_lines(language: str, style_name: str = "default") -> list[str]:
    credit = build_document(_article(language), load_style(style_name)).credit
    assert credit is not None
    lines = [""]
    for span in credit.children:
        if isinstance(span, LineBreak):
            lines.append("")
        else:
            lines[-1] += span.text if isinstance(span, Text) else getattr(span, "text", "")
    return lines


@pytest.mark.parametrize("language", sorted(LINES))
def test_the_credit_breaks_before_the_author_in_every_language(language: str) -> None:
    assert _credit_lines(language) == list(LINES[language])


def test_a_house_style_template_without_a_break_keeps_the_credit_on_one_line() -> None:
    assert _credit_lines("en", "compact") == ["Ana Writer for the Bay Desk"]


def test_an_empty_author_leaves_no_empty_second_line() -> None:
    article = _article("en")
    article.byline.author = ""
    credit = build_document(article, load_style()).credit
    assert credit is not None
    assert not [span for span in credit.children if isinstance(span, LineBreak)]


# The credit with only one of office and author: a sentence of its own, never the whole
# template with a hole ("Written for  by Ana Writer", seen in the preview on Xvfb).
ALONE = {
    "en": ("Written for the Bay Desk", "By Ana Writer"),
    "ar": ("كتب لصالح the Bay Desk", "بقلم Ana Writer"),
    "ru": ("Подготовлено для the Bay Desk.", "Автор: Ana Writer"),
    "tr": ("the Bay Desk için yazıldı", "Yazan: Ana Writer"),
    "ur": ("the Bay Desk کے لیے تحریر", "تحریر: Ana Writer"),
}


@pytest.mark.parametrize("language", sorted(ALONE))
def test_an_office_or_an_author_alone_makes_a_whole_sentence(language: str) -> None:
    office_only, author_only = _article(language), _article(language)
    office_only.byline.author = ""
    author_only.byline.office = "  "
    style = load_style()
    for article, line in zip((office_only, author_only), ALONE[language], strict=True):
        html = render_bytes(build_document(article, style), style, "html").decode()
        credit = re.search(r'<p class="credit"[^>]*>(.*?)</p>', html)
        assert credit is not None
        # The text as read (a Latin name in Arabic comes isolated in its own <bdi>).
        assert re.sub(r"<[^>]+>", "", credit.group(1)) == line


def test_a_house_style_template_is_not_used_with_a_hole() -> None:
    style = load_style().replace(credit_templates={"en": "{author} for {office}"})
    article = _article("en")
    article.byline.office = ""
    html = render_bytes(build_document(article, style), style, "html").decode()
    assert '<p class="credit">By Ana Writer</p>' in html


def test_every_format_breaks_the_credit_line() -> None:
    style = load_style()
    document = build_document(_article("en"), style)
    package = zipfile.ZipFile(io.BytesIO(render_bytes(document, style, "docx")))
    body = package.read("word/document.xml").decode()
    credit = re.search(r'<w:p><w:pPr><w:pStyle w:val="CreditLine"/>.*?</w:p>', body)
    assert credit is not None
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(<w:br/>)", credit.group(0))
    assert ["".join(pair) for pair in texts] == [
        "Written for the Bay Desk by",
        "<w:br/>",
        "Ana Writer",
    ]
    html = render_bytes(document, style, "html").decode()
    assert '<p class="credit">Written for the Bay Desk by<br>Ana Writer</p>' in html
    markdown = render_bytes(document, style, "md").decode()
    assert "Written for the Bay Desk by  \nAna Writer" in markdown


@pytest.mark.skipif(
    __import__("shutil").which("pdftotext") is None, reason="poppler-utils is not installed"
)
def test_the_pdf_breaks_the_credit_line() -> None:
    import subprocess

    style = load_style()
    data = render_bytes(build_document(_article("en"), style), style, "pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Written for the Bay Desk by\nAna Writer\n" in text


def test_a_house_style_can_set_the_credit_on_one_line_for_one_language() -> None:
    style = load_style().replace(credit_templates={"en": "Written for {office} by {author}"})
    document = build_document(_article("en"), style)
    html = render_bytes(document, style, "html").decode()
    assert '<p class="credit">Written for the Bay Desk by Ana Writer</p>' in html


def _credit_style_in_chromium(language: str, tmp_path) -> str:
    """Return the font style Chromium computes for the credit of an exported page."""
    from browser import dump_dom

    style = load_style()
    page = render_bytes(build_document(_article(language), style), style, "html").decode()
    probe = (
        "<script>document.addEventListener('DOMContentLoaded', () => {"
        "const credit = document.querySelector('.credit');"
        "document.title = getComputedStyle(credit).fontStyle;});</script></head>"
    )
    path = tmp_path / f"{language}.html"
    path.write_text(page.replace("</head>", probe, 1), encoding="utf-8")
    found = re.search(r"<title>(\w+)</title>", dump_dom(path))
    return found.group(1) if found else ""


@pytest.mark.slow  # a few seconds: run by .ci/run with the slow tests
@pytest.mark.skipif(
    __import__("shutil").which("chromium") is None, reason="Chromium is not installed"
)
def test_an_arabic_credit_is_upright_in_the_browser(tmp_path) -> None:
    """Arabic has no italic: the browser would shear it (the DOCX and PDF keep it upright)."""
    assert _credit_style_in_chromium("ar", tmp_path) == "normal"
    assert _credit_style_in_chromium("en", tmp_path) == "italic"


def test_a_latin_name_in_an_arabic_credit_is_upright_as_the_credit_is() -> None:
    # Arabic has no italic, so an Arabic credit is upright; "Müller" in it was slanted
    # alone in the DOCX and the PDF (a trial). An English credit stays italic.
    import io
    import zipfile

    from editor.render.pdf_typst import typst_source

    style = load_style()
    for language, upright in (("ar", True), ("en", False)):
        article = _article(language)
        article.byline.author = "Jan Müller"
        document = build_document(article, style)
        data = render_bytes(document, style, "docx")
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
        credit = next(p for p in xml.split("</w:p>") if 'w:val="CreditLine"' in p)
        name_run = next(r for r in credit.split("</w:r>") if "Müller" in r)
        assert ('<w:i w:val="0"/>' in name_run) == upright
        source = typst_source(document, style)
        assert ('style: "normal"' in source) == upright
        assert ('style: "italic"' in source) == (not upright)
