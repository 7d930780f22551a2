"""A section body as the writer edits it: one line per paragraph, Markdown underneath.

A body is stored as Markdown, where paragraphs are separated by a blank line and a single
line break stays inside its paragraph. A writer presses Enter once between paragraphs, as
in any word processor. The body editor therefore shows a body as *lines*, each with the
number of line breaks that stood before it in the Markdown:

- ``PARAGRAPH`` (two: a blank line) before a line that starts a new block: a paragraph, a
  heading, a list or a block quote. Enter makes one.
- ``LINE`` (one) before a line that continues its block: the next item of a tight list, a
  line after a hard line break (Shift+Enter: two spaces end the line before it), or a
  single line break a file written earlier holds inside a paragraph.
- Any other count (three, four…) before a line a file written earlier holds; kept as it is.

``split_lines`` and ``join_lines`` are exact inverses: a body loaded and saved unedited is
the same text, character for character. ``pasted_lines`` reads text from another program,
where each line is a paragraph. ``enter_line`` says what Enter does at a point of a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from editor.text import markdown_syntax

LINE = 1
PARAGRAPH = 2
# What ends a line before a hard line break: Markdown's two spaces.
HARD_BREAK = "  "

_BREAKS = re.compile(r"\n+")


def split_lines(markdown: str) -> tuple[list[str], list[int]]:
    """Return a body's lines and the line breaks before each (0 before the first).

    Line ends are "\\n" as stored; a body with none is one line.
    """
    lines: list[str] = []
    breaks: list[int] = [0]
    start = 0
    for match in _BREAKS.finditer(markdown):
        lines.append(markdown[start : match.start()])
        breaks.append(match.end() - match.start())
        start = match.end()
    lines.append(markdown[start:])
    return lines, breaks


def join_lines(lines: Sequence[str], breaks: Sequence[int]) -> str:
    """Return the Markdown of lines and the line breaks before each (``split_lines``'s inverse)."""
    if not lines:
        return ""
    pieces = [lines[0]]
    for line, count in zip(lines[1:], breaks[1:], strict=True):
        pieces.append("\n" * max(1, count))
        pieces.append(line)
    return "".join(pieces)


# How the body editor's document holds a body: a block per paragraph (the blank line
# between two is the block boundary, U+2029 in the document's raw text) and a line
# separator (U+2028) for a single line break inside one. A run of more breaks is
# read as Markdown's split on blank lines reads it: "\n\n\n" is a block boundary and a
# line separator at the start of the next block, "\n\n\n\n" an empty block between two.
BLOCK = "\u2029"
LINE_SEPARATOR = "\u2028"


def to_shown(markdown: str) -> str:
    """Return a body's text as the editor holds it, blocks separated by "\\n"."""
    return markdown.replace("\n\n", BLOCK).replace("\n", LINE_SEPARATOR).replace(BLOCK, "\n")


def to_stored(raw: str) -> str:
    """Return the Markdown of the editor's raw text (blocks separated by U+2029)."""
    return raw.replace(BLOCK, "\n\n").replace(LINE_SEPARATOR, "\n")


def line_at(paragraph: str, at: int) -> tuple[int, int]:
    """Return where the line around position ``at`` of a paragraph's text as the editor
    holds it starts and ends (its lines kept apart by line separators)."""
    end = paragraph.find(LINE_SEPARATOR, at)
    return paragraph.rfind(LINE_SEPARATOR, 0, at) + 1, len(paragraph) if end < 0 else end


def is_list_item(line: str) -> bool:
    """Whether a line starts a list item ("- ", "* ", "1. ")."""
    return markdown_syntax.LIST_ITEM.match(line) is not None


def pasted_lines(text: str) -> tuple[list[str], list[int]]:
    """Return the lines of text pasted from another program: each line is a paragraph.

    Blank lines between paragraphs are one paragraph break. A line stays in its block only
    where Markdown means it to: the next item of a list, an indented line under a list
    item, and the line after one ending in two spaces (a hard line break).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, breaks = split_lines(text)
    for index in range(1, len(lines)):
        if breaks[index] != LINE:
            breaks[index] = PARAGRAPH
            continue
        before, line = lines[index - 1], lines[index]
        in_list = is_list_item(before) or (before[:1] in (" ", "\t") and index > 1)
        keeps_block = (
            before.endswith(HARD_BREAK)
            or (is_list_item(line) and in_list)
            or (line[:1] in (" ", "\t") and in_list)
        )
        breaks[index] = LINE if keeps_block else PARAGRAPH
    # Blank lines around the paste are no paragraphs of their own.
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()
        breaks.pop()
    while len(lines) > 1 and not lines[0].strip():
        lines.pop(0)
        breaks.pop(0)
        breaks[0] = 0
    return lines, breaks


class EnterResult(NamedTuple):
    """What Enter does in a line of a body."""

    # Line breaks before the new line (LINE in a list, else PARAGRAPH); 0: no new line.
    breaks: int
    # What the new line starts with: the next list marker, a block quote mark, or "".
    prefix: str
    # How many characters at the line's start to remove first (an empty item's marker:
    # Enter on an empty list item ends the list, as in a word processor).
    remove: int


def _next_marker(marker: str) -> str:
    """Return the marker of the next list item: the same bullet, or the next number."""
    stripped = marker.lstrip(" ")
    indent = marker[: len(marker) - len(stripped)]
    digits = re.match(r"\d+", stripped)
    if digits is None:
        return marker
    number = str(int(digits.group()) + 1)
    rest = stripped[digits.end() :]
    # The blanks after the number shrink as it grows a digit, so the text keeps its column.
    spaces = len(rest) - 1 - (len(number) - digits.end())
    return f"{indent}{number}{rest[0]}{' ' * max(1, spaces)}"


def enter_line(line: str, at: int) -> EnterResult:
    """Return what Enter does at position ``at`` of a line of a body.

    In a list item the new line is the next item (Enter on an empty item ends the list);
    in a block quote the new paragraph is quoted too (Enter on an empty one ends it);
    anywhere else Enter starts a new paragraph.
    """
    item = markdown_syntax.LIST_ITEM.match(line)
    if item is not None and at >= item.end():
        marker = item.group()
        if not marker.endswith((" ", "\t")):
            marker += " "
        if not line[item.end() :].strip():
            return EnterResult(0, "", item.end())
        return EnterResult(LINE, _next_marker(marker), 0)
    quote = markdown_syntax.BLOCK_QUOTE.match(line)
    if quote is not None and at >= quote.end():
        if not line[quote.end() :].strip():
            return EnterResult(0, "", quote.end())
        marker = quote.group()
        return EnterResult(PARAGRAPH, marker if marker.endswith(" ") else marker + " ", 0)
    return EnterResult(PARAGRAPH, "", 0)
