"""What a reader sees of a part's Markdown or of a whole article: the one reader's text.

Word counts, the library's index and snippets, comment anchors and the import fidelity
check all read the article through reader_text, so that they agree on what the words are:
a link is its text (its address is not read), an image its alternative text, a quotation
token the quotation's words, and Markdown's marks (emphasis, headings, list markers, block
quote marks, code backticks, escapes) are gone.

It is a scan of the text, not a Markdown parser: every pass is linear in the text's size
(each paragraph is searched once, left to right). It follows the renderer (Python-Markdown
with the quotation extension, editor/render/parse.py) in the cases that change words; in
rare ones it differs without changing a word: an unmatched "*" touching a word ("5* of")
is dropped though the renderer shows it, and reference links ("[text][ref]") keep their
brackets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from editor.model.tokens import QUOTE_TOKEN, QuotationLookup, no_quotations
from editor.text.markdown_syntax import READER_LINE_MARKS, READER_RULE, heading_text

if TYPE_CHECKING:
    from editor.model import Article, Quotation

# How a placed quotation reads: its text given the quotation and whether its token stands
# alone in its paragraph (a block quotation) or inside a sentence.
QuotationReading = Callable[["Quotation", bool], str]

# The characters Python-Markdown un-escapes after a backslash; before any other character
# the backslash stays and is shown.
_ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!")
# What can start a mark inside a paragraph; everything between two of these is copied.
# Each branch starts with a literal character, which lets the regex engine skip ahead to
# the next candidate (five times faster than "`+|\*+|…").
_INLINE = re.compile(r"\\.|``*|\*\**|__*|!\[|\[|\]|<|~~", re.DOTALL)
# A footnote's reference ("[^1]"), or its label where its text starts ("[^1]: ").
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\](?::[ \t]*)?")
# The "(address "title")" after a link's text. Each failed try stops at the next
# whitespace, parenthesis or quote mark, so tries over a paragraph stay linear.
_LINK_TAIL = re.compile(
    r"\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
# Python-Markdown's automatic link; an escaped ">" ("\>") leaves it text.
_AUTOLINK = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>\\\n]*)>")
_BACKTICKS = re.compile(r"`+")


def quotation_words(quotation: Quotation, alone: bool) -> str:
    """Read a placed quotation as its words, wherever its token stands."""
    return quotation.words


def bank_lookup(article: Article) -> QuotationLookup:
    """Return a lookup of the article's quotation bank by id, built once for many tokens."""
    # Article.quotation walks the bank for each id: per token, that is not linear.
    return {quotation.id: quotation for quotation in article.quotations}.get


def reader_text(
    markdown: str,
    lookup: QuotationLookup = no_quotations,
    reading: QuotationReading = quotation_words,
) -> str:
    """Return the words a reader sees of a part's Markdown, paragraphs apart by a blank line.

    A ``[[quote:ID]]`` token reads as ``reading(quotation, alone)`` (the quotation's words
    by default) and as nothing when ``lookup`` does not know the id.
    """
    paragraphs: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            paragraph = _paragraph("\n".join(lines), lookup, reading)
            if paragraph:
                paragraphs.append(paragraph)
            lines.clear()

    for line in markdown.split("\n"):
        if not line.strip(" \t\r") or READER_RULE.fullmatch(line):
            flush()
            continue
        marks = READER_LINE_MARKS.match(line)
        assert marks is not None  # every part of the pattern is optional
        rest = line[marks.end() :]
        if marks.group("heading"):
            flush()  # a heading is a block of its own
            lines.append(heading_text(rest))
            flush()
        else:
            lines.append(rest)
    flush()
    return "\n\n".join(paragraphs)


def _paragraph(text: str, lookup: QuotationLookup, reading: QuotationReading) -> str:
    lone = QUOTE_TOKEN.fullmatch(text.strip(" \t\r\n"))
    if lone is not None:
        quotation = lookup(lone.group(1))
        return reading(quotation, True) if quotation is not None else ""
    out: list[str] = []
    # Indexes in out of the "[" and "![" not yet closed, innermost last.
    openers: list[int] = []
    closers: _Closers | None = None  # made at the paragraph's first backtick
    position = 0
    while (found := _INLINE.search(text, position)) is not None:
        start, end = found.span()
        out.append(text[position:start])
        position = end
        mark = found.group()
        first = mark[0]
        if first == "\\":
            out.append(mark[1] if mark[1] in _ESCAPABLE else mark)
        elif first == "`":
            if closers is None:
                closers = _Closers(text)
            close = closers.after(end, len(mark))
            if close < 0:
                out.append(mark)  # no closing run: the backticks are text
            else:
                out.append(text[end:close].strip(" \t\r\n"))
                position = close + len(mark)
        elif first in "*_":
            if not is_emphasis(text, start, end, first):
                out.append(mark)
        elif first == "~":
            pass  # "~~struck~~": the marks go, the struck words are still read
        elif mark == "[" and (note := _FOOTNOTE.match(text, start)) is not None:
            position = note.end()  # a footnote's number is no word of the text
        elif mark.endswith("["):
            token = QUOTE_TOKEN.match(text, end - 1)
            if token is not None:
                out.append(mark[:-1])
                quotation = lookup(token.group(1))
                if quotation is not None:
                    out.append(reading(quotation, False))
                position = token.end()
            else:
                openers.append(len(out))
                out.append(mark)
        elif mark == "]":
            tail = _LINK_TAIL.match(text, end)
            if tail is not None:
                # A link: its text stays, its brackets and address go. Without an opener
                # this is the end of a link whose start lies outside the text (a comment's
                # range can cut a link in two).
                if openers:
                    out[openers.pop()] = ""
                position = tail.end()
            else:
                if openers:
                    openers.pop()
                out.append(mark)
        else:  # "<"
            link = _AUTOLINK.match(text, start)
            if link is not None:
                out.append(link.group(1))
                position = link.end()
            else:
                out.append(mark)
    out.append(text[position:])
    return "".join(out).strip(" \t\r\n")


class _Closers:
    """The runs of backticks of a paragraph by length, to find a code span's end in one pass.

    Asked in the order of the text, each length's pointer only moves forward.
    """

    def __init__(self, text: str) -> None:
        self._runs: dict[int, list[int]] = {}
        for run in _BACKTICKS.finditer(text):
            self._runs.setdefault(run.end() - run.start(), []).append(run.start())
        self._next: dict[int, int] = {}

    def after(self, position: int, length: int) -> int:
        """Return where the next run of exactly ``length`` backticks from position starts."""
        runs = self._runs.get(length, [])
        index = self._next.get(length, 0)
        while index < len(runs) and runs[index] < position:
            index += 1
        self._next[length] = index
        return runs[index] if index < len(runs) else -1


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def is_emphasis(text: str, start: int, end: int, char: str) -> bool:
    """Whether the run of ``char`` at text[start:end] may open or close emphasis."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return _flanking(before, after, char)


@lru_cache(maxsize=4096)
def _flanking(before: str, after: str, char: str) -> bool:
    # CommonMark's flanking rules, decided on the run's two neighbours: a run touching a word
    # opens or closes emphasis; "_" inside a word ("snake_case") does neither.
    before_space, after_space = before.isspace(), after.isspace()
    before_punct, after_punct = _is_punctuation(before), _is_punctuation(after)
    left = not after_space and (not after_punct or before_space or before_punct)
    right = not before_space and (not before_punct or after_space or after_punct)
    if char == "*":
        return left or right
    return (left and (not right or before_punct)) or (right and (not left or after_punct))


def article_text(article: Article) -> str:
    """Return what a reader reads of a whole article, in reading order, as it is rendered.

    Opening line, headline, standfirst, each section's label and body, and the credit line.
    A quotation alone in its paragraph reads as its words and its attribution (a block
    quotation), one inside a sentence as its words in the language's quotation marks.
    """
    from editor.text.attribution import attribution_text
    from editor.text.languages import language_or_default

    lang = language_or_default(article.language)
    lookup = bank_lookup(article)

    def as_rendered(quotation: Quotation, alone: bool) -> str:
        if alone:
            # The line under it as every export sets it ("— Speaker, Role" when no
            # attribution was written).
            line = attribution_text(quotation.attribution, quotation.speaker, quotation.role)
            return f"{quotation.words} {line}"
        return lang.primary_quotes.wrap(quotation.words)

    parts = [article.opening.text, article.headline, article.standfirst]
    for section in article.sections:
        parts.append(section.label)
        parts.append(reader_text(section.body, lookup, as_rendered))
    # As the writers word it (without a house style's own template).
    parts.append(lang.credit_line(article.byline.office, article.byline.author))
    return "\n\n".join(parts)
