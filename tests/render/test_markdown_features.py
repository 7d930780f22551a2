"""Every Markdown feature a body may hold becomes its own node of the document tree."""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import pytest
from features_sample import arabic_table_article, features_article, png
from render_samples import (
    comparable,
    first_missing,
    html_text,
    is_subsequence,
    markdown_text,
    pdf_text,
)

from editor.jobs.export import export_articles
from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import render_bytes
from editor.render.html import sanitize
from editor.render.markdown import section_markdown
from editor.render.parse import nest_lists
from editor.render.styles import load_style
from editor.render.tree import (
    Block,
    BlockQuote,
    CodeBlock,
    Document,
    FootnoteRef,
    Heading,
    Image,
    Link,
    List,
    Paragraph,
    Strike,
    Table,
    Text,
    plain_text,
)
from editor.storage.container import save
from editor.text.reader import article_text, reader_text

STYLE = load_style()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _document(body: str, assets: dict[str, bytes] | None = None) -> Document:
    article = Article(headline="H", language="en", sections=[Section(body=body)])
    article.assets = dict(assets or {})
    return build_document(article, STYLE)


def _blocks(body: str) -> tuple[Block, ...]:
    return _document(body).sections[0].blocks


def _list_depth(block: Block) -> int:
    if not isinstance(block, List):
        return 0
    return 1 + max(
        (_list_depth(inner) for item in block.items for inner in item.blocks), default=0
    )


def test_pipe_table_is_a_table_with_header_rows_and_alignment() -> None:
    (table,) = _blocks("| a | b | c | d |\n|:--|:-:|--:|---|\n| *x* | y \\| z | 1 | 2 |")
    assert isinstance(table, Table)
    assert [plain_text(cell.children) for cell in table.header] == ["a", "b", "c", "d"]
    assert [plain_text(cell.children) for cell in table.rows[0]] == ["x", "y | z", "1", "2"]
    assert table.alignments == ("left", "center", "right", "")


def test_strike_and_footnotes_in_order_of_first_reference() -> None:
    document = _document("~~gone~~ one[^b] two[^a] again[^b]\n\n[^a]: Note A.\n[^b]: Note B.")
    (paragraph,) = document.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.children[0] == Strike((Text("gone"),))
    refs = [span.number for span in paragraph.children if isinstance(span, FootnoteRef)]
    assert refs == [1, 2, 1]
    notes = document.sections[0].notes
    assert [(note.number, plain_text(note.blocks[0].children)) for note in notes] == [
        (1, "Note B."),
        (2, "Note A."),
    ]


def test_footnotes_are_numbered_across_sections() -> None:
    article = features_article()
    document = build_document(article, STYLE)
    assert [note.number for note in document.notes] == [1, 2]
    assert document.sections[1].notes[0].number == 2


def test_fenced_code_keeps_its_lines() -> None:
    (code,) = _blocks('```python\nfirst <a> & "b"\n    second\n```')
    assert code == CodeBlock('first <a> & "b"\n    second', "en")


def test_lists_nest_with_two_and_with_four_spaces() -> None:
    two = _blocks("- a\n  - b\n    - c\n- d")
    four = _blocks("- a\n    - b\n        - c\n- d")
    assert _list_depth(two[0]) == 3
    assert two == four
    ordered = _blocks("1. a\n   - b\n2. c")
    assert _list_depth(ordered[0]) == 2


def test_indented_code_stays_code_outside_lists() -> None:
    blocks = _blocks("Para.\n\n    code line\n      more\n\n- item\n\nAfter.\n\n    code")
    assert blocks[1] == CodeBlock("code line\n  more", "en")
    assert blocks[-1] == CodeBlock("code", "en")


def test_nest_lists_moves_only_lines_inside_lists() -> None:
    lines = ["    code", "", "- a", "  - b", "  text of b?", "", "  b's paragraph", "", "end"]
    assert nest_lists(lines) == [
        "    code", "", "- a", "    - b", "    text of b?", "", "    b's paragraph", "", "end",
    ]  # fmt: skip


def test_image_from_assets_is_an_image_and_its_data_travels_with_the_document() -> None:
    document = _document('![Crane](assets/c.png "Dawn")', {"c.png": png(30, 20)})
    (paragraph,) = document.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.children == (Image("c.png", "Crane", "Dawn"),)
    asset = document.image("c.png")
    assert asset is not None
    assert (asset.media_type, asset.width, asset.height) == ("image/png", 30, 20)
    assert not document.cleanings


def test_images_that_cannot_be_shown_keep_their_text_and_are_reported() -> None:
    document = _document(
        "![Missing](assets/none.png) ![Broken](assets/b.png) ![Far](https://example.org/x.png)",
        {"b.png": b"not an image"},
    )
    (paragraph,) = document.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert plain_text(paragraph.children) == "Missing Broken Far"
    assert isinstance(paragraph.children[-1], Link)
    messages = " ".join(cleaning.message for cleaning in document.cleanings)
    assert "assets/none.png is not in the article's assets" in messages
    assert "assets/b.png is not a PNG, JPEG or GIF" in messages
    assert "https://example.org/x.png is on the web" in messages


def test_heading_inside_a_section_is_one_below_the_label() -> None:
    blocks = build_document(features_article(), STYLE).sections[0].blocks
    heading = next(block for block in blocks if isinstance(block, Heading))
    assert heading.level == 1


def test_nest_lists_keeps_fenced_code_as_written() -> None:
    lines = ["- a", "", "```", "  - not an item", "```", "  - b"]
    assert nest_lists(lines) == lines


# --- the writers ------------------------------------------------------------------------


def _render(article: Article, fmt: str) -> bytes:
    return render_bytes(build_document(article, STYLE), STYLE, fmt)


def _strict_html(markup: str) -> None:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(markup)


_DEFINITION = re.compile(r"^\[\^[^\]]+\]:.*$", re.M)


def _assert_no_word_lost(article: Article, found: list[str]) -> None:
    """Every word of the reader's text is found in order; footnotes, wherever a format puts
    them, in their own order."""
    notes = [match.group(0) for section in article.sections
             for match in _DEFINITION.finditer(section.body)]  # fmt: skip
    without = copy.deepcopy(article)
    for section in without.sections:
        section.body = _DEFINITION.sub("", section.body)
    expected = comparable(article_text(without))
    assert is_subsequence(expected, found), first_missing(expected, found)
    expected = comparable(reader_text("\n\n".join(notes)))
    assert expected and is_subsequence(expected, found), first_missing(expected, found)


def test_html_holds_table_footnotes_and_figure_and_is_valid() -> None:
    page = _render(features_article(), "html").decode()
    _strict_html(page)
    assert "<table" in page and "<thead>" in page
    assert '<th class="align-right">Count</th>' in page
    assert '<section class="footnotes">' in page
    assert '<li id="fn-1"' in page and 'href="#fnref-1"' in page and 'href="#fn-1"' in page
    # The way back ends the note's text, not a line of its own.
    back = '<a class="footnote-back" href="#fnref-1">↩</a>'
    assert f"given on Tuesday. {back}</p>" in page
    assert re.search(r'<figure><img src="data:image/png;base64,[^"]+"', page)
    assert "<figcaption>Cranes over the eastern channel</figcaption>" in page
    assert "<del>forty</del>" in page
    assert '<pre dir="ltr"><code>survey window\n    first dredger</code></pre>' in page


def test_html_keeps_every_word_of_the_reader_text() -> None:
    article = features_article()
    _assert_no_word_lost(article, comparable(html_text(_render(article, "html"))))


def test_arabic_table_is_mirrored_in_html() -> None:
    page = _render(arabic_table_article(), "html").decode()
    _strict_html(page)
    assert '<table dir="rtl">' in page


def test_sanitiser_allows_data_only_for_embedded_images() -> None:
    markup = (
        '<a href="data:text/html,x">a</a><img src="data:text/html;base64,AAAA">'
        '<img src="data:image/png;base64,AAAA">'
    )
    cleaned = sanitize(markup, images=True)
    assert cleaned.count("data:") == 1 and 'src="data:image/png;base64,AAAA"' in cleaned
    assert "data:" not in sanitize(markup)


def _sections_read_back(document: Document, article: Article) -> tuple[object, ...]:
    """Each section's Markdown export parsed again, as the sections of a new document."""
    again = copy.deepcopy(article)
    for section, block in zip(again.sections, document.sections, strict=True):
        section.body = section_markdown(block)
    return build_document(again, STYLE).sections


def test_markdown_export_reads_back_as_the_same_tree() -> None:
    article = features_article()
    article.sections[
        1
    ].body += (
        "\n\n| a \\| b | ~~c~~ |\n|--|:-:|\n| ![x](assets/crane.png) | [^n] |\n\n[^n]: Cell note."
    )
    document = build_document(article, STYLE)
    assert any(isinstance(block, Table) for block in document.sections[1].blocks)
    assert _sections_read_back(document, article) == document.sections


def test_markdown_text_with_marks_stays_text() -> None:
    article = Article(headline="H", language="en", sections=[Section(body="x")])
    article.sections[0].body = "a \\~~b\\~~ \\[^1\\] c ~~~ d"
    document = build_document(article, STYLE)
    (paragraph,) = document.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert plain_text(paragraph.children) == "a ~~b~~ [^1] c ~~~ d"
    assert _sections_read_back(document, article) == document.sections


def test_markdown_text_like_a_table_rule_stays_text() -> None:
    # A line of dashes and pipes under a line with a pipe is a table's rule when read back.
    article = Article(headline="H", language="en", sections=[Section(body="x")])
    article.sections[0].body = "a \\| b  \n:\\-\\|\\-\n\n> c \\| d  \n> \\| \\-\\- \\|"
    document = build_document(article, STYLE)
    paragraph, quote = document.sections[0].blocks
    assert isinstance(paragraph, Paragraph) and isinstance(quote, BlockQuote)
    assert plain_text(paragraph.children) == "a | b\n:-|-"
    assert _sections_read_back(document, article) == document.sections


def test_markdown_keeps_every_word_of_the_reader_text() -> None:
    article = features_article()
    _assert_no_word_lost(article, comparable(markdown_text(_render(article, "md"))))


def test_markdown_export_writes_the_images_beside_it(tmp_path: Path) -> None:
    article = features_article()
    article.sections[1].body += "\n\n![Far away](https://example.org/far.png)"
    source = tmp_path / "ferries.newsdesk"
    save(article, source)
    steps = list(export_articles([source], ["md", "html"], tmp_path / "out", STYLE))
    assert all(step.ok for step in steps), [step.failure for step in steps]
    written = tmp_path / "out" / "assets" / "crane.png"
    assert written.read_bytes() == article.assets["crane.png"]
    markdown = next(step.output for step in steps if step.format == "md")
    assert markdown is not None and "](assets/crane.png" in markdown.read_text()
    html = next(step.output for step in steps if step.format == "html")
    assert html is not None and "data:image/png;base64," in html.read_text()
    # What an export cannot carry is reported with the article's first output.
    messages = [cleaning.message for step in steps for cleaning in step.cleanings]
    assert any("https://example.org/far.png is on the web" in message for message in messages)


def _docx_words(data: bytes) -> list[str]:
    """The words of a DOCX's body, then of its footnotes, paragraph by paragraph."""
    package = zipfile.ZipFile(io.BytesIO(data))
    texts = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        root = ElementTree.fromstring(package.read(part))
        for paragraph in root.iter(f"{{{W}}}p"):
            # A line break or tab parts words as a space does (the credit's two lines).
            texts.append(
                "".join(
                    node.text or "" if node.tag == f"{{{W}}}t" else " "
                    for node in paragraph.iter()
                    if node.tag in (f"{{{W}}}t", f"{{{W}}}br", f"{{{W}}}tab")
                )
            )
    return comparable("\n".join(texts))


def _pandoc_kinds(data: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "article.docx"
    path.write_bytes(data)
    result = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    kinds: set[str] = set()
    stack = [json.loads(result.stdout)["blocks"]]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "t" in node:
                kinds.add(node["t"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return kinds


def test_docx_keeps_every_word_of_the_reader_text() -> None:
    article = features_article()
    _assert_no_word_lost(article, _docx_words(_render(article, "docx")))


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_a_table_a_footnote_and_an_image_from_the_docx(tmp_path: Path) -> None:
    kinds = _pandoc_kinds(_render(features_article(), "docx"), tmp_path)
    assert {"Table", "Note", "Image", "Strikeout"} <= kinds


def test_docx_table_has_a_header_row_alignment_and_real_footnotes() -> None:
    package = zipfile.ZipFile(io.BytesIO(_render(features_article(), "docx")))
    body = package.read("word/document.xml").decode()
    assert "<w:tblHeader/>" in body and '<w:jc w:val="right"/>' in body
    assert '<w:footnoteReference w:id="1"/>' in body and "<w:strike/>" in body
    notes = package.read("word/footnotes.xml").decode()
    assert 'w:id="-1"' in notes and 'w:id="0"' in notes and "Seven towns" in notes
    assert "footnotes.xml" in package.read("word/_rels/document.xml.rels").decode()
    assert "word/footnotes.xml" in package.read("[Content_Types].xml").decode()
    assert package.read("word/media/image1.png") == features_article().assets["crane.png"]
    # The code block keeps its lines, a break between them.
    assert "survey window</w:t><w:br/>" in body


def test_arabic_table_is_mirrored_in_docx() -> None:
    package = zipfile.ZipFile(io.BytesIO(_render(arabic_table_article(), "docx")))
    assert "<w:bidiVisual/>" in package.read("word/document.xml").decode()


def test_a_wide_image_is_scaled_to_the_text_width() -> None:
    article = features_article()
    article.assets["crane.png"] = png(4000, 1000)
    body = zipfile.ZipFile(io.BytesIO(_render(article, "docx"))).read("word/document.xml")
    width, height = map(int, re.search(rb'<wp:extent cx="(\d+)" cy="(\d+)"', body).groups())
    page = STYLE.page
    text_width = (page.width_mm - page.margin_left - page.margin_right) / 25.4 * 914400
    assert abs(width - text_width) < 2000 and abs(width / height - 4) < 0.01


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_keeps_every_word_of_the_reader_text() -> None:
    article = features_article()
    found = comparable(pdf_text(_render(article, "pdf")))
    _assert_no_word_lost(article, found)
    for word in ("Vessel", "barges", "south", "forty", "Seven", "towns", "dredger"):
        assert word in found


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils is not installed")
def test_pdf_has_the_table_the_notes_at_the_end_and_the_image(tmp_path: Path) -> None:
    article = features_article()
    data = _render(article, "pdf")
    path = tmp_path / "article.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    # The table's cells, a row a line; the header above its rows.
    assert any(line.startswith("Vessel") and "Berth" in line for line in lines)
    assert any(line.startswith("barges") and "south" in line for line in lines)
    # The notes after the article's text, numbered, before the credit.
    notes = [index for index, line in enumerate(lines) if "harbour master" in line]
    towns = [index for index, line in enumerate(lines) if "Seven towns depend" in line]
    credit = [index for index, line in enumerate(lines) if line.startswith("Written for")]
    delay = [index for index, line in enumerate(lines) if "delay of two weeks" in line]
    assert notes and towns and credit and delay
    assert delay[0] < notes[0] < towns[0] < credit[0]
    assert "Cranes over the eastern channel" in lines  # the caption, unnumbered
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    images = [line.split() for line in listing[2:]]
    assert [(row[3], row[4]) for row in images] == [("320", "200")]


def test_fences_of_tildes_indented_or_unclosed() -> None:
    blocks = _blocks("  ~~~\n  a\n    b\n c\n  ~~~~\n\n```\nnot closed")
    assert blocks[0] == CodeBlock("a\n  b\nc", "en")
    assert isinstance(blocks[1], Paragraph)
