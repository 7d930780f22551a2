"""The blocks every draft format is read into, and keeping plain text literal in Markdown.

Plain-text, Markdown and DOCX readers each turn a draft into a list of `Block`s; one
structure pass (structure.py) turns blocks into an article, so the rules for labels,
headline, credit line and quotations are the same whatever the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

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
# for "<" in Python-Markdown).
_AUTOLINK = re.compile(r"(<[^<>\n]*?://[^<>\n]*)>")
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
    return _AUTOLINK.sub(r"\1\\>", text) if "://" in text else text


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


# -- plain-text parts from Markdown ------------------------------------------------------
#
# Headline, labels, opening line, standfirst and credit are plain text: emphasis a writer
# put around the whole of one is dropped (one rule for every draft format), and emphasis
# on part of one cannot be carried (the caller reports it).

# Longest first: "***" before "**" before "*".
_WRAPPERS = ("***", "___", "**", "__", "*", "_")
# Punctuation a writer may set outside the marks: "**News**:", "**Is it**?".
_OUTSIDE = ":：.?!…؟"
_ESCAPED = re.compile(r"\\[!-/:-@\[-`{-~]")
_RUN = re.compile(r"\*+|_+")
_LINK = re.compile(r"(?<!\\)\[([^\[\]\n]+)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


def unwrap_emphasis(text: str) -> str:
    """Return a part's text without the emphasis that wraps all of it, nested or not.

    "**News:**" and "**News**:" read "News:", "**_Is it?_**" reads "Is it?"; emphasis on
    part of the text ("*a* and *b*", "Is it **so**?") is left for the caller.
    """
    core = text.strip()
    while True:
        body = core.rstrip(_OUTSIDE)
        after = core[len(body) :]
        for mark in _WRAPPERS:
            inner = _wrapped(body, mark)
            if inner is not None:
                core = inner + after
                break
        else:
            return core


def _wrapped(body: str, mark: str) -> str | None:
    """The text inside ``mark`` when the mark opens and closes all of ``body``, else None."""
    size = len(mark)
    if len(body) <= 2 * size or not (body.startswith(mark) and body.endswith(mark)):
        return None
    inner = body[size:-size]
    if inner[0].isspace() or inner[-1].isspace() or inner[0] == mark[0]:
        return None
    if _escapes_last(inner) or inner[-1] == mark[0]:
        return None
    # A run of the same mark inside that could close the wrapper means the marks are two
    # emphases ("*a* and *b*"), not one around the whole text.
    for start, end in _flanking_runs(_ESCAPED.sub("  ", inner), mark[0]):
        length = end - start
        if (size == 1 and length % 2) or (size > 1 and length >= size):
            return None
    return inner


def _escapes_last(text: str) -> bool:
    """Whether the text ends in an odd number of backslashes (its next character is escaped)."""
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1


def _flanking_runs(text: str, char: str) -> Iterator[tuple[int, int]]:
    """Runs of ``char`` that may open or close emphasis: touching a word on one side."""
    # A generator: _wrapped stops at the first run that rules the wrapper out.
    for match in _RUN.finditer(text):
        if match.group()[0] != char:
            continue
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isspace() and after.isspace():
            continue  # "5 * 3": a star standing alone is text
        if char == "_" and before.isalnum() and after.isalnum():
            continue  # "snake_case": underscores inside a word are text
        yield match.start(), match.end()


def plain_part(text: str, markdown: bool) -> tuple[str, bool]:
    """Return a draft's text as a plain-text part, and whether markup on part of it was dropped.

    Whole-part emphasis goes silently (unwrap_emphasis). Markdown text also loses the
    emphasis and links on part of it (reported: the flag) and its backslash escapes; plain
    text keeps every other character as the writer typed it.
    """
    core = unwrap_emphasis(text)
    if not markdown:
        return core, False
    linked = _LINK.sub(r"\1", core)
    dropped = linked != core
    # Escaped characters are text: hide them from the emphasis scan, put them back after.
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        escaped.append(match.group()[1])
        return "\x00"

    hidden = _ESCAPED.sub(hide, linked.replace("\x00", ""))
    removed = _paired_runs(hidden)
    if removed:
        dropped = True
        kept = []
        position = 0
        for start, end in removed:
            kept.append(hidden[position:start])
            position = end
        kept.append(hidden[position:])
        hidden = "".join(kept)
    pieces = iter(escaped)
    return re.sub("\x00", lambda _match: next(pieces), hidden), dropped


def _paired_runs(text: str) -> list[tuple[int, int]]:
    """Emphasis marks that open and close a span of text, in order; lone marks stay text."""
    removed: list[tuple[int, int]] = []
    for char in "*_":
        openers: list[tuple[int, int]] = []
        for start, end in _flanking_runs(text, char):
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if openers and not before.isspace():
                removed.extend((openers.pop(), (start, end)))
            elif not after.isspace():
                openers.append((start, end))
    return sorted(removed)
