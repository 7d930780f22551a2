"""Deeply nested Markdown (emphasis, block quotes, lists, brackets) exports in every writer.

Past MAX_NESTING levels the words are kept as plain text and the export reports it; no
writer meets a tree deeper than that, and Python-Markdown never sees marks that could nest
deeper (it matches again inside every match, a time that grows with depth times length).
"""

from __future__ import annotations

import functools
import io
import zipfile
from pathlib import Path

import pytest
from newsdesk_process import run_newsdesk
from time_limit import finishes_within

from editor.model import Article, Section
from editor.render.build import build_document
from editor.render.formats import FORMATS, render_bytes
from editor.render.parse import MAX_NESTING
from editor.render.styles import load_style
from editor.render.tree import BlockQuote, Document, List, Paragraph, plain_text
from editor.storage.container import save

pytestmark = pytest.mark.hostile

DEPTH = 1000
# Shapes whose text grows with the square of the depth stop at a depth still past the limit.
LINES_DEPTH = 3 * MAX_NESTING

BODIES = {
    "emphasis": "*" * DEPTH + "deepword" + "*" * DEPTH,
    "underscores": "_" * DEPTH + "deepword" + "_" * DEPTH,
    "strong": "**" * DEPTH + "deepword" + "**" * DEPTH,
    "separate emphasis": "*a " * DEPTH + "deepword" + " a*" * DEPTH,
    "block quotes": "> " * DEPTH + "deepword",
    "block quote lines": "\n".join(">" * level + " deepword" for level in range(1, LINES_DEPTH)),
    "lists": "- " * DEPTH + "deepword",
    "indented lists": "\n".join("    " * level + "- deepword" for level in range(LINES_DEPTH)),
    "two-space lists": "\n".join("  " * level + "- deepword" for level in range(LINES_DEPTH)),
    "links": "[" * DEPTH + "deepword" + "](https://example.org)" * DEPTH,
}


@functools.cache
def _document(body: str) -> Document:
    article = Article(headline="Deep", sections=[Section(body=body + "\n\nLast words.")])
    return build_document(article, load_style())


def _visible_text(document: Document) -> str:
    # Iterative: the test must not be the one to exhaust the stack.
    parts: list[str] = []
    stack: list[object] = [block for section in document.sections for block in section.blocks]
    stack.reverse()
    while stack:
        block = stack.pop()
        if isinstance(block, BlockQuote):
            stack.extend(reversed(block.blocks))
        elif isinstance(block, List):
            for item in reversed(block.items):
                stack.extend(reversed(item.blocks))
        elif isinstance(block, Paragraph):
            parts.append(plain_text(block.children))
    return "\n".join(parts)


def _tree_depth(document: Document) -> int:
    deepest = 0
    stack: list[tuple[object, int]] = [(section, 0) for section in document.sections]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        for name in ("blocks", "items", "children"):
            for child in getattr(node, name, ()) or ():
                if not isinstance(child, str):
                    stack.append((child, depth + 1))
    return deepest


@pytest.mark.parametrize("shape", list(BODIES))
def test_deep_nesting_keeps_every_word_and_is_reported(shape: str) -> None:
    body = BODIES[shape]
    document = _document(body)
    text = _visible_text(document)
    assert text.count("deepword") == body.count("deepword")
    assert "Last words." in text
    assert _tree_depth(document) <= MAX_NESTING + 4
    (cleaning,) = document.cleanings
    assert cleaning.part == "sections/0"
    assert f"more than {MAX_NESTING}" in cleaning.message


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("shape", list(BODIES))
def test_every_writer_exports_deep_nesting(shape: str, fmt: str) -> None:
    document = _document(BODIES[shape])
    data = render_bytes(document, load_style(), fmt)
    if fmt in ("html", "md"):
        assert "deepword" in data.decode()
        assert "Last words." in data.decode()
    elif fmt == "docx":
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
        assert "deepword" in xml
        assert "Last words." in xml
    elif fmt in ("ninjs", "newsml", "wxr"):
        assert b"deepword" in data and b"Last words." in data
    else:
        assert data.startswith(b"%PDF")


def test_shallow_nesting_is_kept_and_not_reported() -> None:
    document = _document("*a **b [c *d* c](https://example.org) b** a*\n\n> > > - - quoted")
    assert document.cleanings == ()
    html = render_bytes(document, load_style(), "html").decode()
    assert "<em>d</em>" in html
    assert html.count("<blockquote") == 3


def test_very_deep_emphasis_parses_in_linear_time() -> None:
    # 60,000 nested "***": Python-Markdown alone took over a minute (time grows with the
    # square of the depth); hidden from it, the paragraph takes well under a second.
    body = "***a " * 60_000 + "deepword" + " a***" * 60_000
    with finishes_within():
        document = _document(body)
        data = render_bytes(document, load_style(), "html")
    assert b"deepword" in data
    assert document.cleanings


def test_batch_export_reports_and_skips_bad_articles(tmp_path: Path) -> None:
    save(
        Article(headline="Deep", sections=[Section(body=BODIES["emphasis"])]),
        tmp_path / "deep.newsdesk",
    )
    save(
        Article(headline="Fine", sections=[Section(body="Fine words.")]),
        tmp_path / "fine.newsdesk",
    )
    (tmp_path / "corrupt.newsdesk").write_bytes(b"PK\x03\x04 not a container")
    import os

    os.mkfifo(tmp_path / "pipe.newsdesk")
    result = run_newsdesk(
        "export",
        "--format",
        "html,md,docx",
        "--out",
        "out",
        "deep.newsdesk",
        "corrupt.newsdesk",
        "pipe.newsdesk",
        "fine.newsdesk",
        cwd=tmp_path,
    )
    assert result.returncode == 2  # unreadable inputs: 2, as in every command
    assert "Traceback" not in result.stderr
    assert result.stdout.strip() == "exported 6 file(s) from 2 of 4 article(s); 2 failed"
    lines = result.stderr.splitlines()
    assert any(line.startswith("newsdesk: corrupt.newsdesk:") for line in lines)
    assert any(line.startswith("newsdesk: pipe.newsdesk:") for line in lines)
    assert any("deep.newsdesk: sections/0:" in line and "levels deep" in line for line in lines)
    outputs = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert len(outputs) == 6
    assert (
        "deepword"
        in (
            tmp_path / "out" / next(n for n in outputs if "deep" in n and n.endswith(".md"))
        ).read_text()
    )


def _long_body() -> str:
    paragraphs = [
        "The *ministry* said on **Monday** that the [port](https://example.org) reopens.",
        "> A quoted paragraph\n> on two lines.",
        "- one item\n- two *items*\n    - nested",
        "1. first\n2. second",
        "## A heading inside",
        "A paragraph with a `code span` and [[quote:q1]] placed.",
    ]
    return "\n\n".join(paragraphs[i % len(paragraphs)] for i in range(6000))


@pytest.mark.parametrize(
    "body",
    [
        _long_body(),
        "word *em* and **strong** " * 7_000,  # one paragraph of 175,000 characters
        "\n".join("line *em* of one paragraph" for _ in range(7_000)),
    ],
    ids=["many paragraphs", "one long line", "one paragraph of many lines"],
)
def test_a_long_body_parsed_in_pieces_gives_the_same_tree(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.model import Quotation
    from editor.render import parse

    article = Article(
        headline="Long",
        sections=[Section(body=body)],
        quotations=[Quotation("q1", "Words said.", speaker="A Speaker")],
    )
    assert len(body) > 3 * parse.PIECE
    in_pieces = build_document(article, load_style())
    monkeypatch.setattr(parse, "PIECE", len(body) + 1)
    whole = build_document(article, load_style())
    assert in_pieces == whole


@pytest.mark.slow  # 7 s of the default run's 90: .ci/run runs it with the slow tests
def test_many_spans_in_one_paragraph_parse_in_linear_time() -> None:
    # 150,000 emphasised words in one paragraph: Python-Markdown copies the rest of the
    # paragraph for each, a minute and more given it at once.
    body = "*a* " * 150_000
    with finishes_within():
        document = _document(body)
    (paragraph, *_rest) = document.sections[0].blocks
    assert len(paragraph.children) >= 150_000
