"""Plain text put into a Markdown body renders as exactly that text through the renderer."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.importing import import_text
from editor.importing.blocks import escape_markdown
from editor.render.parse import markdown_tree, new_markdown

PIECES = [
    *"ab 1*_[]()#>-+.!`\\<&|~=:{}\"'\n",
    "http://x.y",
    "a@b",
    "[[quote:q1]]",
    "&amp;",
    "<b>",
    "<img src=x onerror=alert(1)>",
    "    ",
    "1. ",
    "* ",
    "- ",
    "---",
    "***",
    "**not closed",
    "~~",  # strikes through
    "| a | b |\n|---|:-:|\n",  # a table's header and rule
    "[^1]",  # a footnote's reference
]


def _rendered_text(source: str) -> str:
    return "".join(markdown_tree(new_markdown(), source).itertext())


def _as_paragraph(text: str) -> str:
    """The shape the plain-text reader gives a paragraph: lines trimmed, none empty."""
    lines = [line.strip(" \t") for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join))
# An escaped ">" let the link's pattern run on to the next ">": "http://x.y>" came out.
@example(text="<http://x.y>>")
@example(text="see <https://a.b> and then > that")
def test_escaped_plain_text_renders_as_the_same_text(text: str) -> None:
    paragraph = _as_paragraph(text)
    # A line of "=" under text is a heading underline that Markdown cannot escape; the
    # reader puts such a line in a paragraph of its own (tested below).
    if not paragraph or any(re.fullmatch(r"[= ]+", line) for line in paragraph.split("\n")[1:]):
        return
    assert _rendered_text(escape_markdown(paragraph)) == paragraph


def test_equals_line_inside_a_wrapped_paragraph_becomes_its_own_paragraph() -> None:
    text = "Headline\n\nNews:\n\nA title-like\nline of text\n=====\nand more."
    body = import_text(text).article.sections[0].body
    assert body == "A title-like\nline of text\n\n=====\n\nand more."
    assert "".join(_rendered_text(part) for part in body.split("\n\n")) == (
        "A title-like\nline of text=====and more."
    )


def test_an_automatic_link_across_two_lines_stays_text() -> None:
    # Python-Markdown's automatic link may hold a line break: "<http://x.y" and "a>" on
    # two lines became a link and lost both brackets (found by the property test above).
    for text in ("<http://x.y\na>", "See <https://example.org/a\nb> and <ftp://c\nd>"):
        assert _rendered_text(escape_markdown(text)) == text


def test_a_line_of_pipes_alone_stays_text() -> None:
    # Python-Markdown reads "|" under "x |" as a table's rule (empty cells): the words of
    # the two lines were lost (found by the property test above).
    for text in ("|\n|", "x |\n|", "a |\n| : |"):
        assert _rendered_text(escape_markdown(text)) == text
