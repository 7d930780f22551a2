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
