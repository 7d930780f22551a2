"""Markdown syntax highlighting for section bodies, one paragraph (block) at a time."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from editor.model import QUOTE_TOKEN
from editor.model.tokens import QuotationLookup
from editor.text.body_lines import LINE_SEPARATOR
from editor.text.markdown_syntax import ATX_HEADING_START, BLOCK_QUOTE, TYPED_LIST_MARKER


class SpellHook(Protocol):
    """Adds formats to a block after the highlighter's own (editor.ui.language.spell_highlight)."""

    def format_block(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Add formats to the block being highlighted."""


# Strong and emphasis spans: an opening mark, at least one character, and the nearest
# closing mark of the same kind after it, as the patterns
#   (\*\*|__)(?=\S)(.+?)(?<=\S)\1
#   (?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])
# would find them. Those patterns, tried from each opening mark, scanned the rest of the
# paragraph again whenever no closing mark came ("**a **a **a …"): 2 s a key in a
# 20,000-character paragraph. Here where marks may open and close is found once, and
# each opening mark takes the first closing one after it.
_STRONG_OPEN = re.compile(r"(?=(\*\*|__)\S)")
_STRONG_CLOSE = re.compile(r"(?<=\S)(?=(\*\*|__))")
_EMPHASIS_OPEN = re.compile(r"(?<![*\w])(?=([*_])[^\s*_])")
_EMPHASIS_CLOSE = re.compile(r"(?<=[^\s*_])(?=([*_])(?![*\w]))")
# A link: its text holds no "[" and its target none either, so a try that fails stops at
# the next "[", where the next try begins (linear on "[[[…" or "[a]([a]([a](…").
_LINK = re.compile(r"!?\[([^\[\]\n]*+)\]\(([^)\s\[]*+)(?:\s++\"[^\"]*+\")?\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")


def delimited_spans(text: str, opening: re.Pattern[str], closing: re.Pattern[str]):
    """Yield (start, end, mark length) of each span between an opening and the nearest
    closing mark of the same kind, left to right and not overlapping, as a lazy pattern
    would match them; in time linear in the text (and log in the marks)."""
    closers: dict[str, list[int]] = {}
    for match in closing.finditer(text):
        closers.setdefault(match.group(1), []).append(match.start())
    if not closers:
        return
    position = 0
    for match in opening.finditer(text):
        start, mark = match.start(), match.group(1)
        if start < position:
            continue
        ends = closers.get(mark)
        if not ends:
            continue
        # At least one character between the marks.
        index = bisect_left(ends, start + len(mark) + 1)
        if index == len(ends):
            continue
        end = ends[index] + len(mark)
        yield start, end, len(mark)
        position = end


def _format(
    *,
    color: str | None = None,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    background: QColor | None = None,
) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if color:
        char_format.setForeground(QColor(color))
    if bold:
        char_format.setFontWeight(QFont.Weight.Bold)
    if italic:
        char_format.setFontItalic(True)
    if underline:
        char_format.setFontUnderline(True)
    if background is not None:
        char_format.setBackground(background)
    return char_format


class MarkdownHighlighter(QSyntaxHighlighter):
    """Shows emphasis, links, headings and ``[[quote:ID]]`` tokens distinctly.

    Markdown's inline syntax never spans paragraphs here, so each block is highlighted
    on its own and typing re-highlights only the block being typed in.
    """

    def __init__(self, document: QTextDocument, lookup: QuotationLookup) -> None:
        super().__init__(document)
        self._lookup = lookup
        # The spell-check hook (a SpellHighlight, set by the language tools): it adds its
        # underlines after the Markdown formats, so a misspelled bold word stays bold.
        self.spell: SpellHook | None = None
        # While True, paragraphs are left plain: a body being loaded is highlighted after,
        # what a screen shows first (MarkdownEditor).
        self.held = False
        # Mid-tone colours that read on light and dark backgrounds alike.
        self._markup = _format(color="#8a8f98")
        self._heading = _format(color="#3b6fb6", bold=True)
        self._quote_line = _format(color="#6a8a5a", italic=True)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)
        self._link_text = _format(color="#2f7fd0", underline=True)
        self._link_target = _format(color="#8a8f98")
        self._token = _format(color="#7a4a00", bold=True, background=QColor(255, 200, 80, 110))
        self._unknown_token = _format(
            color="#b00020", bold=True, background=QColor(255, 80, 80, 70)
        )
        self._unknown_token.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._unknown_token.setUnderlineColor(QColor("#b00020"))

    def highlightBlock(self, text: str) -> None:
        """Colour one paragraph of Markdown (its lines kept apart by line separators, in
        a section body: editor.text.body_lines)."""
        if self.held:
            return
        start = 0
        while True:
            end = text.find(LINE_SEPARATOR, start)
            self._highlight_line(text[start : len(text) if end < 0 else end], start)
            if end < 0:
                break
            start = end + 1
        for start, end, mark in delimited_spans(text, _STRONG_OPEN, _STRONG_CLOSE):
            self._mark_span(start, end, self._strong, mark)
        for start, end, mark in delimited_spans(text, _EMPHASIS_OPEN, _EMPHASIS_CLOSE):
            self._mark_span(start, end, self._emphasis, mark)
        for match in _LINK.finditer(text):
            start, end = match.span()
            self.setFormat(start, end - start, self._link_target)
            text_start, text_end = match.span(1)
            self.setFormat(text_start, text_end - text_start, self._link_text)
        for match in _AUTOLINK.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._link_text)
        for match in QUOTE_TOKEN.finditer(text):
            known = self._lookup(match.group(1)) is not None
            token_format = self._token if known else self._unknown_token
            self.setFormat(match.start(), match.end() - match.start(), token_format)
        if self.spell is not None:
            self.spell.format_block(self, text)

    def _highlight_line(self, line: str, offset: int) -> None:
        """Colour a heading, a block quote line or a list marker at a line's start."""
        if ATX_HEADING_START.match(line):
            self.setFormat(offset, len(line), self._heading)
        elif BLOCK_QUOTE.match(line):
            self.setFormat(offset, len(line), self._quote_line)
        marker = TYPED_LIST_MARKER.match(line)
        if marker:
            self.setFormat(offset, marker.end(), self._markup)

    def _mark_span(self, start: int, end: int, inner: QTextCharFormat, marker: int) -> None:
        self.setFormat(start, end - start, inner)
        # The markers stay visible but quiet, in the inner format (bold/italic) too.
        quiet = QTextCharFormat(inner)
        quiet.setForeground(self._markup.foreground())
        self.setFormat(start, marker, quiet)
        self.setFormat(end - marker, marker, quiet)
