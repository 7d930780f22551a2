"""Every word of every part of an article appears, in order, in each export."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from render_samples import (
    all_samples,
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

from editor.model import Article, Byline, Direction, Meta, Opening, Quotation, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.styles import HouseStyle, load_style

EXTRACT = {"html": html_text, "docx": docx_text, "md": markdown_text}


def _export_words(article: Article, fmt: str, style: HouseStyle) -> list[str]:
    data = render_bytes(build_document(article, style), style, fmt)
    if fmt == "pdf":
        return without_marks(comparable(undo_pdf_extraction(pdf_text(data))))
    return comparable(EXTRACT[fmt](data))


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
@pytest.mark.parametrize("name", sorted(all_samples()))
def test_every_word_of_each_sample_appears_in_order_in_the_export(name: str, fmt: str) -> None:
    article = all_samples()[name]
    expected = expected_words(article)
    found = _export_words(article, fmt, load_style())
    assert is_subsequence(expected, found), first_missing(expected, found)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("name", sorted(all_samples()))
def test_every_word_of_each_sample_appears_in_order_in_the_pdf(name: str) -> None:
    article = all_samples()[name]
    expected = without_marks(expected_words(article))
    found = _export_words(article, "pdf", load_style())
    if article.language in ("ar", "ur"):
        # pdftotext's order of the pieces of a right-to-left line is its own (has_every_word).
        assert has_every_word(expected, found), first_missing(expected, found)
    else:
        assert is_subsequence(expected, found, visual=True), first_missing(expected, found)


# Letters of several scripts for bodies; Markdown syntax characters are left out so that the
# expected words can be read off the source (syntax is tested elsewhere).
_BODY_LETTERS = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd"),
    max_codepoint=0x2FFF,
)
_WORD = st.text(_BODY_LETTERS, min_size=1, max_size=12)
_PARAGRAPH = st.lists(_WORD, min_size=1, max_size=20).map(" ".join)
_BODY = st.lists(_PARAGRAPH, min_size=0, max_size=4).map("\n\n".join)
# Plain fields take any text at all, control characters and lone surrogates included.
_ANY = st.text(max_size=60)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles with any text in plain fields and lettered Markdown bodies."""
    words = draw(_PARAGRAPH)
    inline_quote = draw(st.booleans())
    body = draw(_BODY)
    body += "\n\n[[quote:q1]]" if not inline_quote else "\n\nThey said [[quote:q1]] today."
    languages = st.sampled_from(["", "ar", "en", "xx"])
    directions = st.sampled_from(Direction)
    return Article(
        language=draw(st.sampled_from(["en", "ar", "ru", "tr", "ur", "fr", "de", "id", "xx"])),
        opening=Opening(draw(_ANY), draw(st.sampled_from(["", "ar"])), draw(directions)),
        headline=draw(_ANY),
        headline_language=draw(languages),
        headline_direction=draw(directions),
        standfirst=draw(_ANY),
        standfirst_direction=draw(directions),
        sections=[
            Section("news", draw(_ANY), body, draw(languages), draw(directions)),
            Section("comment", "", draw(_BODY), direction=draw(directions)),
        ],
        quotations=[Quotation("q1", words=words, speaker=draw(_ANY), role=draw(_ANY))],
        byline=Byline(draw(_ANY), draw(_ANY), draw(_ANY), draw(_ANY)),
        meta=Meta(tags=draw(st.lists(_ANY, max_size=3))),
    )


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_any_article_keeps_every_word_in_order(fmt: str, article: Article) -> None:
    expected = expected_words(article)
    found = _export_words(article, fmt, load_style())
    assert is_subsequence(expected, found), first_missing(expected, found)


_PDF_LETTERS = st.characters(
    categories=("Lu", "Ll", "Nd"), min_codepoint=0x30, max_codepoint=0x04FF
)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=st.text(_PDF_LETTERS, min_size=1, max_size=30),
    body=st.lists(st.text(_PDF_LETTERS, min_size=1, max_size=10), min_size=1, max_size=40),
)
@example(headline="0", body=["0", "0"])  # pdftotext reads the line back as "00"
@example(headline="0", body=["0", "ŉ"])  # "0ʼn": one letter, two characters after NFKC
@example(headline="0", body=["0000ľY"])  # kerned apart: pdftotext reads "0000ľ Y"
def test_pdf_keeps_every_word_of_latin_and_cyrillic_text(headline: str, body: list[str]) -> None:
    article = Article(
        language="en",
        headline=headline,
        sections=[Section("news", "News:", " ".join(body))],
        byline=Byline("Ann Author", "Desk"),
    )
    expected = expected_words(article)
    found = _export_words(article, "pdf", load_style())
    if article.language in ("ar", "ur"):
        # pdftotext's order of the pieces of a right-to-left line is its own (has_every_word).
        assert has_every_word(expected, found), first_missing(expected, found)
    else:
        assert is_subsequence(expected, found, visual=True), first_missing(expected, found)


def test_markdown_front_matter_reads_back_as_the_exact_fields() -> None:
    import yaml

    article = all_samples()["hostile-en"]
    article.meta.tags = ["a: b", "- c", "#d", "e\u2028e", "'f'", '"g"']
    article.byline.author = 'Ann "Quote" O\'Author: {x}'
    data = render_bytes(build_document(article, load_style()), load_style(), "md")
    front = yaml.safe_load(data.decode("utf-8").split("---\n", 2)[1])
    assert front["title"] == article.headline
    assert front["author"] == article.byline.author
    assert front["tags"] == article.meta.tags
    assert front["language"] == "en"
    assert b"\x0b" not in data


def test_extraction_that_lost_a_space_still_finds_every_word_but_no_other() -> None:
    assert is_subsequence(["0", "0", "x"], ["00", "x"], visual=True)
    assert is_subsequence(["a", "0"], ["a0"], visual=True)
    assert not is_subsequence(["0", "1"], ["00"], visual=True)
    assert is_subsequence(["0", "ʼn"], ["0ʼn"], visual=True)  # "ŉ", one letter before NFKC
    assert is_subsequence(["0000ľY"], ["0000ľ", "Y"], visual=True)  # kerned after the caron
    assert not is_subsequence(["abY"], ["ab", "Y"], visual=True)  # no other word is split
    # Only one-letter words are joined so, and only a right-to-left word is split: a writer
    # that ran two words together, or broke a Latin one, still fails.
    assert not is_subsequence(["ab", "cd"], ["abcd"], visual=True)
    assert not is_subsequence(["a", "bc"], ["abc"], visual=True)
    assert not is_subsequence(["abcd"], ["ab", "cd"], visual=True)
    assert is_subsequence(["ستوزع"], ["ستو", "زع"], visual=True)
    assert not is_subsequence(["0", "0"], ["00"])  # only for text read back from a PDF
