"""One table of Markdown lines and what each is, for every module that reads line syntax.

The importer, the reader's text, typography and the highlighter all take their line
syntax from editor/text/markdown_syntax.py; their tests read this table, so a copy of a
pattern written again in one of them, and drifting, fails here.
"""

from __future__ import annotations

from typing import NamedTuple

HEADING = "heading"
LIST = "list item"
QUOTE = "block quote"
BREAK = "thematic break"
CODE = "indented code"
FENCE = "code fence"
TEXT = "text"


class Line(NamedTuple):
    """A line of Markdown, what it is, and the words a reader sees of it."""

    markdown: str
    kind: str
    words: str


LINES = (
    Line("# Heading", HEADING, "Heading"),
    Line("###### Six", HEADING, "Six"),
    Line("   ## Indented ##", HEADING, "Indented"),
    Line("#", HEADING, ""),
    Line("## ##", HEADING, ""),
    Line("## C# ##", HEADING, "C#"),
    Line("# Title#", HEADING, "Title#"),
    Line("####### Seven", TEXT, "####### Seven"),
    Line("#hashtag", TEXT, "#hashtag"),
    Line("1. item", LIST, "item"),
    Line("1) item", LIST, "item"),
    Line("123456789. item", LIST, "item"),
    Line("- item", LIST, "item"),
    Line("+ item", LIST, "item"),
    Line("* item", LIST, "item"),
    Line("\t- item", CODE, "item"),
    Line("1234567890. item", TEXT, "1234567890. item"),
    Line("-5 degrees", TEXT, "-5 degrees"),
    Line("2024. A year", LIST, "A year"),
    Line("> quote", QUOTE, "quote"),
    Line("   > quote", QUOTE, "quote"),
    Line(">quote", QUOTE, "quote"),
    Line("***", BREAK, ""),
    Line("---", BREAK, ""),
    Line("___", BREAK, ""),
    Line("  ----  ", BREAK, ""),
    Line("    code", CODE, "code"),
    Line("```", FENCE, ""),
    Line("~~~~ python", FENCE, ""),
    Line("plain text", TEXT, "plain text"),
)
