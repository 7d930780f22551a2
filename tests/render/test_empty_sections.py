"""A section with no words is left out of every export: its label alone is no heading."""

from __future__ import annotations

from render_samples import page_text

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import load_style


def test_an_empty_comment_prints_no_bare_heading() -> None:
    # A trial: the Arabic article's empty Comment printed "التعليق:" over nothing in the
    # PDF, the DOCX and the HTML.
    article = Article(
        language="ar",
        headline="هل يفتح الجسر قبل الشتاء؟",
        sections=[
            Section("news", "الخبر:", "قال المجلس إن الجسر سيفتح في أيار."),
            Section("comment", "التعليق:", "  \n\n "),
            Section("custom", "تحليل:", "العقد وُقّع في آذار."),
        ],
    )
    style = load_style()
    document = build_document(article, style)
    assert [section.kind for section in document.sections] == ["news", "custom"]
    for fmt in ("html", "docx", "md"):
        text = page_text(fmt, render_bytes(document, style, fmt))
        assert "الخبر:" in text and "تحليل:" in text, fmt
        assert "التعليق" not in text, fmt


def test_a_section_of_invisible_characters_is_empty_and_its_genre_is_not_sent() -> None:
    # A trial: a body of "&nbsp;" or a zero-width space printed its label over nothing,
    # the checklist did not call it empty, and an article whose news section was empty
    # was still a NewsArticle with the genres Current and Opinion.
    from editor.model.validate import SECTION_EMPTY, validate

    for blank in ("&nbsp;", "\u200b", " \u00a0\n\u200f\ufeff ", "&#xA0; &#160;"):
        article = Article(
            headline="Ferry line",
            sections=[Section("news", "News:", blank), Section("comment", "Comment:", "Late.")],
        )
        assert article.sections[0].is_blank
        assert [p.template for p in validate(article)].count(SECTION_EMPTY) == 1
        style = load_style()
        document = build_document(article, style)
        assert [section.kind for section in document.sections] == ["comment"]
        assert document.desk.genres == ("Opinion",)
        assert '"@type":"OpinionNewsArticle"' in render_bytes(document, style, "html").decode()
    # An image or a quotation alone is no empty section.
    for body in ("![](map.png)", "[[quote:q1]]", "—"):
        assert not Section("news", "", body).is_blank
