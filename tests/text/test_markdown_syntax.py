"""The Markdown line syntax is written once: its readers agree on one table of lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_lines import BREAK, CODE, FENCE, HEADING, LINES, LIST, QUOTE, TEXT, Line

import editor
from editor.importing.blocks import HEADING as HEADING_BLOCK
from editor.importing.blocks import PARA, RAW, TITLE
from editor.importing.blocks import QUOTE as QUOTE_BLOCK
from editor.importing.lexicon import lexicon
from editor.importing.markdown_draft import read_markdown
from editor.text.reader import reader_text
from editor.text.typography import fix_text, typing_edits

# What the importer makes of each kind of line: a list, a rule and code are kept as written.
_IMPORTED = {
    HEADING: {TITLE, HEADING_BLOCK},
    QUOTE: {QUOTE_BLOCK},
    TEXT: {PARA},
    LIST: {RAW},
    BREAK: {RAW},
    CODE: {RAW},
    FENCE: {RAW},
}


@pytest.mark.parametrize("line", LINES, ids=lambda line: repr(line.markdown))
def test_the_importer_reads_each_line_as_the_table_says(line: Line) -> None:
    _, blocks, _ = read_markdown(line.markdown, lexicon())
    assert len(blocks) == 1
    assert blocks[0].kind in _IMPORTED[line.kind]
    # A heading and a quote keep their words; every other line is kept as written.
    assert blocks[0].text == (line.words if line.kind in (HEADING, QUOTE) else line.markdown)


# The reader's text is a scan that does not know code fences: a fence's backticks are text.
@pytest.mark.parametrize(
    "line", [line for line in LINES if line.kind != FENCE], ids=lambda line: repr(line.markdown)
)
def test_the_reader_sees_the_words_the_table_says(line: Line) -> None:
    assert reader_text(line.markdown) == line.words


@pytest.mark.parametrize(
    "line", [line for line in LINES if line.kind == BREAK], ids=lambda line: repr(line.markdown)
)
def test_typography_leaves_a_thematic_break_as_it_is(line: Line) -> None:
    assert fix_text(line.markdown, ["en"]) == line.markdown
    for cursor in range(1, len(line.markdown) + 1):
        assert typing_edits(line.markdown, cursor, ["en"]) == []


def test_the_line_syntax_is_written_only_in_markdown_syntax() -> None:
    # The marks of Markdown's block syntax (up to three spaces of indentation, one to six
    # hashes) stand in one module; the renderer has its own parser.
    package = Path(editor.__file__).parent
    copies = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.parent.name != "render" and path.name != "markdown_syntax.py"
        for mark in (" {0,3}", "#{1,6}")
        if mark in path.read_text(encoding="utf-8")
    ]
    assert copies == []
