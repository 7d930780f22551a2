"""The blocks every draft format is read into, and keeping plain text literal in Markdown.

Plain-text, Markdown and DOCX readers each turn a draft into a list of `Block`s; one
structure pass (structure.py) turns blocks into an article, so the rules for labels,
headline, credit line and quotations are the same whatever the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor.importing.plain import unwrap_emphasis
from editor.text.markdown_syntax import escape_table_rules

if TYPE_CHECKING:
    from editor.importing.lexicon import Label

PARA = "para"  # a paragraph of body text
LABEL = "label"  # a section label ("News:", "## Haber")
HEADING = "heading"  # a heading that is no label (Markdown ## …, DOCX Heading n)
TITLE = "title"  # the draft's own title (Markdown # …, DOCX Title style)
QUOTE = "quote"  # a block quotation (Markdown > …, DOCX Quote style)
RAW = "raw"  # Markdown kept exactly as written: lists, code, tables, rules


@dataclass
class Block:
    """One block of a draft: its kind, its text as written, and how it goes into a body.

    ``markdown`` says whether ``text`` is already Markdown (Markdown drafts, formatted
    DOCX paragraphs) or plain text that must be escaped to stay literal in a body.
    """

    kind: str
    text: str
    markdown: bool = False
    level: int = 0
    section_kind: str = ""
    label_language: str = ""

    def body(self) -> str:
        """Return this block as Markdown for a section body."""
        if self.kind in (HEADING, TITLE):
            text = self.text if self.markdown else escape_markdown(self.text)
            return "#" * max(1, self.level) + " " + text.replace("\n", " ")
        if self.markdown:
            return self.text
        return escape_markdown(self.text)


def label_block(
    text: str, labels: tuple[Label, ...], *, markdown: bool = False, level: int = 0
) -> Block:
    """Return the block of a line that is a section label; the first label found decides.

    A label is plain text: emphasis around it ("**News:**") is dropped.
    """
    return Block(
        LABEL,
        unwrap_emphasis(text),
        markdown=markdown,
        level=level,
        section_kind=labels[0].kind,
        label_language=labels[0].language,
    )


# Characters that start Markdown inline syntax anywhere in a line. Python-Markdown
# un-escapes each of these, so the escaped text renders as the same characters.
# (str.translate, not re.sub: it stays fast on a 50 MB line full of asterisks.)
_INLINE = {ord(char): "\\" + char for char in "\\`*_[]"}
# "<http://…>" is an automatic link; escaping its ">" keeps it text (there is no escape
# for "<" in Python-Markdown). Every ">" after it up to the next "<": an escaped ">" is
# a placeholder to the link's pattern, which then ran on to the next one ("<http://x.y>>"
# came out as "http://x.y>", found by the property test). Across lines too: Python-
# Markdown's own pattern is.
_AUTOLINK = re.compile(r"<[^<>]*?://[^<]*")
# Syntax that only counts at the start of a line: headings, block quotes, list items and
# rules ("-", "+"), numbered items.
_LINE_START = re.compile(r"^([#>]|[-+]|\d{1,9}(?=[.)](?:\s|$)))", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Return plain text as Markdown that renders as exactly that text.

    Backslash-escapes what Python-Markdown would read as syntax: emphasis, code, links,
    automatic links, and headings, quotes, rules and list markers at the start of a line.
    Other angle brackets are left alone: the renderer keeps raw HTML as text.
    """
    return escape_line_starts(escape_inline(text))


def escape_inline(text: str) -> str:
    """Return text with the characters that start inline Markdown syntax escaped."""
    text = text.translate(_INLINE)
    if "~~" in text:
        text = text.replace("~", "\\~")  # "~~" strikes through, and "~~~" fences code
    if "|" in text:
        text = escape_table_rules(text)  # a line of pipes above "--|--" is a table
    if "://" not in text:
        return text
    return _AUTOLINK.sub(lambda found: found.group().replace(">", "\\>"), text)


def escape_line_starts(text: str) -> str:
    """Return text with headings, quotes and list markers at line starts escaped."""
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    return escape_mark(match.group(1))


def escape_mark(found: str) -> str:
    """Return a mark that starts a line ("#", ">", "-", a number…) escaped to stay text."""
    if found[0].isdigit():
        # "1986. A year…": escape the dot (or parenthesis) after the number.
        return found + "\\"
    return "\\" + found
