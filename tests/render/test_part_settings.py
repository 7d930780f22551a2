"""A part's chosen direction and language reach the tree and every export (issue 13, bug 1)."""

from __future__ import annotations

import io
import re
import zipfile

from render_samples import river_port_en, university_ar

from editor.model import Article, Direction
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style
from editor.render.tree import BlockQuote, List, Paragraph

STYLE = load_style("default")


def _docx_paragraphs(article: Article) -> list[str]:
    """Return each paragraph of the DOCX's document.xml as its XML."""
    data = render_bytes(build_document(article, STYLE), STYLE, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    return re.findall(r"<w:p>.*?</w:p>", xml)


def _docx_paragraph(article: Article, start: str) -> str:
    """Return the DOCX paragraph whose text begins with ``start``."""
    for paragraph in _docx_paragraphs(article):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))
        if text.startswith(start):
            return paragraph
    raise AssertionError(f"no paragraph starts with {start!r}")


def _html(article: Article) -> str:
    return render_bytes(build_document(article, STYLE), STYLE, "html").decode()


def _right_to_left() -> Article:
    article = river_port_en()
    article.headline_direction = Direction.RTL
    article.sections[1].direction = Direction.RTL
    return article


def test_english_headline_set_right_to_left_is_right_to_left_in_docx() -> None:
    article = _right_to_left()
    assert "<w:bidi/>" in _docx_paragraph(article, "Will the river port")
    assert "<w:bidi/>" in _docx_paragraph(article, "A delay of two weeks")
    assert "<w:bidi/>" in _docx_paragraph(article, "Every week of delay")
    # The English words keep their order: their runs are not right-to-left runs, whose
    # spaces Word would lay out right to left.
    assert "<w:rtl/>" not in _docx_paragraph(article, "The board should publish")
    # Parts left on auto follow their text, as before.
    assert "<w:bidi/>" not in _docx_paragraph(article, "Dredging is two weeks")
    assert "<w:bidi/>" not in _docx_paragraph(article, "The harbour board met")


def test_english_headline_set_right_to_left_is_right_to_left_in_html() -> None:
    page = _html(_right_to_left())
    assert '<h1 dir="rtl">Will the river port reopen before winter?</h1>' in page
    assert '<p dir="rtl">A delay of two weeks' in page
    # One run of English in a right-to-left paragraph, as the editor lays it out.
    assert '<p dir="rtl">The board should publish a <em>firm</em> date and a' in page
    assert re.search(r"<p class=\"standfirst\">Dredging is two weeks", page)
    assert re.search(r"<p>The harbour board met", page)


def test_every_block_of_a_section_set_right_to_left_is_right_to_left() -> None:
    # The PDF and the preview draw the tree's directions; every block of the part has it.
    document = build_document(_right_to_left(), STYLE)
    assert document.title.direction == "rtl"
    blocks = document.sections[1].blocks
    assert [type(block) for block in blocks] == [Paragraph, BlockQuote, Paragraph, List]
    assert all(block.direction == "rtl" for block in blocks)
    assert blocks[1].attribution.direction == "rtl"
    assert all(item.direction == "rtl" for item in blocks[3].items)
    # The text stays English: its language is the article's.
    assert all(block.language == "en" for block in blocks)
    assert all(block.direction == "ltr" for block in document.sections[0].blocks)


def test_arabic_opening_and_headline_set_left_to_right_lose_their_bidi_mark() -> None:
    article = university_ar()
    article.opening.text = "بسم الله الرحمن الرحيم"
    article.opening.direction = Direction.LTR
    article.headline_direction = Direction.LTR
    opening = _docx_paragraph(article, "بسم الله")
    assert "<w:bidi/>" not in opening
    assert "<w:bidi/>" not in _docx_paragraph(article, article.headline[:8])
    assert "<w:bidi/>" in _docx_paragraph(article, "أعلنت وزارة")
    page = _html(article)
    assert re.search(r'<h1 dir="ltr">', page)


def test_a_part_in_its_own_language_is_marked_with_it() -> None:
    article = river_port_en()
    article.headline_language = "en-GB"
    article.standfirst_language = "fr"
    article.standfirst = "Le dragage a deux semaines de retard."
    article.sections[1].language = "ar"
    article.sections[1].body = "تأخير أسبوعين يبدو صغيرا.\n\n٢٠٢٦"
    page = _html(article)
    assert re.search(r'<h1 lang="en-GB">Will the river port', page)
    assert re.search(r'<p class="standfirst" lang="fr">Le dragage', page)
    # A paragraph of digits alone reads in the section's language's direction.
    assert re.search(r'<p dir="rtl" lang="ar">تأخير', page)
    assert re.search(r'<p dir="rtl" lang="ar">٢٠٢٦', page)
    assert '<w:lang w:val="fr"/>' in _docx_paragraph(article, "Le dragage")
    assert 'w:bidi="ar"' in _docx_paragraph(article, "تأخير")


def test_default_parts_give_the_same_tree_as_before() -> None:
    # Auto and no language of their own: each block follows its text, as it always did.
    article = river_port_en()
    article.opening.text = "In memory of the ferry crews"
    auto = build_document(article, STYLE)
    assert auto.opening.direction == auto.title.direction == "ltr"
    assert (auto.opening.language, auto.title.language) == ("en", "en")
    assert all(section.direction == "ltr" for section in auto.sections)
