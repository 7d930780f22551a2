"""Markdown drafts → front matter and blocks: headings, block quotes, lists, code, paragraphs.

The draft's Markdown is kept as written: emphasis, links, lists and code go into the
bodies unchanged. Headings that are section labels start sections; the first level-1
heading before them is the headline; block quotes become quotations (structure.py).
"""

from __future__ import annotations

import html
import re

from editor.importing.blocks import HEADING, PARA, QUOTE, RAW, TITLE, Block, label_block
from editor.importing.frontmatter import FrontMatter, split_front_matter
from editor.importing.lexicon import Lexicon
from editor.text.markdown_syntax import (
    ATX_HEADING,
    BLOCK_QUOTE,
    FENCE,
    INDENTED_CODE,
    LIST_ITEM,
    SETEXT_UNDERLINE,
    THEMATIC_BREAK,
    heading_text,
)

# A literal "[[quote:x]]" in a draft is the writer's text, not a placement from our bank.
_TOKEN_LOOKALIKE = re.compile(r"\[\[(?=quote:)", re.IGNORECASE)


# What Python-Markdown takes for an entity. Newsdesk's bodies show such text as written (the
# renderer reads no entities), so a draft's entities become the characters they stand for.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_BACKTICKS = re.compile(r"(?<!\\)`+")
# Characters Python-Markdown reads as syntax when escaped with a backslash: one that an
# entity stood for stays text ("&#42;" is a star, not emphasis).
_SYNTAX = frozenset("\\`*_{}[]()>#+-.!")


def decode_entities(text: str) -> str:
    """Return Markdown text with its entities made characters, code spans left as written."""
    if "&" not in text:
        return text
    out: list[str] = []
    start = 0
    for left, right in _code_spans(text):
        out.append(_ENTITY.sub(_character, text[start:left]))
        out.append(text[left:right])
        start = right
    out.append(_ENTITY.sub(_character, text[start:]))
    return "".join(out)


def _character(match: re.Match[str]) -> str:
    entity = match.group(0)
    text = html.unescape(entity)
    if text == entity:
        return entity  # no entity HTML knows: text as written
    return "".join(f"\\{char}" if char in _SYNTAX else char for char in text)


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Return where the code spans are: a run of backticks up to the next run as long.

    One pass: each run of backticks is looked at once, and the next run of each length is
    found from a list of the runs of that length, so no text is scanned twice.
    """
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for number, (left, right) in enumerate(runs):
        by_length.setdefault(right - left, []).append(number)
    cursor = dict.fromkeys(by_length, 0)
    spans: list[tuple[int, int]] = []
    number = 0
    while number < len(runs):
        left, right = runs[number]
        length = right - left
        closers = by_length[length]
        position = cursor[length]
        while position < len(closers) and closers[position] <= number:
            position += 1
        cursor[length] = position
        if position == len(closers):
            number += 1  # no closing run: the backticks are text
            continue
        closer = closers[position]
        spans.append((left, runs[closer][1]))
        number = closer + 1
    return spans


def read_markdown(text: str, lex: Lexicon) -> tuple[FrontMatter | None, list[Block], list[str]]:
    """Return the front matter, the blocks and the warnings of a Markdown draft."""
    front_matter, body = split_front_matter(text)
    warnings: list[str] = []
    if _TOKEN_LOOKALIKE.search(body):
        body = _TOKEN_LOOKALIKE.sub(r"[\\[", body)
        warnings.append(
            "The draft contains text that looks like a quotation token ([[quote:…]]); "
            "it was escaped so it stays text."
        )
    return front_matter, _Reader(lex).read(body.split("\n")), warnings


class _Reader:
    """A line-by-line reader of Markdown blocks (CommonMark's block rules, simplified)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []

    def flush(self) -> None:
        if self.paragraph:
            text = decode_entities("\n".join(self.paragraph))
            self.blocks.append(Block(PARA, text, markdown=True))
            self.paragraph = []

    def heading(self, level: int, text: str) -> None:
        labels = self.lex.label_of(text)
        if labels:
            self.blocks.append(label_block(text, labels, markdown=True, level=level))
        else:
            kind = TITLE if level == 1 else HEADING
            text = decode_entities(text.strip())
            self.blocks.append(Block(kind, text, markdown=True, level=level))

    def read(self, lines: list[str]) -> list[Block]:
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            if not line.strip():
                self.flush()
                continue
            fence = FENCE.match(line)
            if fence:
                self.flush()
                index = self.take_fence(lines, index, line, fence.group(1))
                continue
            atx = ATX_HEADING.match(line)
            if atx:
                self.flush()
                self.heading(len(atx.group(1)), heading_text(atx.group(2)))
                continue
            if self.paragraph and SETEXT_UNDERLINE.match(line):
                text = "\n".join(self.paragraph)
                self.paragraph = []
                self.heading(1 if line.strip()[0] == "=" else 2, text)
                continue
            if BLOCK_QUOTE.match(line):
                self.flush()
                index = self.take_quote(lines, index, line)
                continue
            if (
                THEMATIC_BREAK.match(line)
                or LIST_ITEM.match(line)
                or (not self.paragraph and INDENTED_CODE.match(line))
            ):
                self.flush()
                index = self.take_raw(lines, index, line)
                continue
            labels = self.lex.label_of(line)
            if labels:
                self.flush()
                # "News" underlined with === or --- is the same label as a heading.
                level = 0
                if index < len(lines) and SETEXT_UNDERLINE.match(lines[index]):
                    level = 1 if lines[index].strip()[0] == "=" else 2
                    index += 1
                self.blocks.append(label_block(line, labels, markdown=True, level=level))
                continue
            self.paragraph.append(line)
        self.flush()
        return self.blocks

    def take_fence(self, lines: list[str], index: int, first: str, fence: str) -> int:
        taken = [first]
        while index < len(lines):
            line = lines[index]
            index += 1
            taken.append(line)
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                break
        self.blocks.append(Block(RAW, "\n".join(taken), markdown=True))
        return index

    def interrupts(self, line: str) -> bool:
        """Whether a line ends a block quote or list instead of continuing it lazily."""
        return bool(
            not line.strip()
            or ATX_HEADING.match(line)
            or FENCE.match(line)
            or THEMATIC_BREAK.match(line)
            or self.lex.label_of(line)
        )

    def take_lazy(self, lines: list[str], index: int, first: str) -> tuple[list[str], int]:
        """Return a block's lines up to the first that interrupts it, and the index after."""
        taken = [first]
        while index < len(lines) and not self.interrupts(lines[index]):
            taken.append(lines[index])
            index += 1
        return taken, index

    def take_quote(self, lines: list[str], index: int, first: str) -> int:
        taken, index = self.take_lazy(lines, index, first)
        content = "\n".join(BLOCK_QUOTE.sub("", line, count=1) for line in taken)
        self.blocks.append(Block(QUOTE, decode_entities(content), markdown=True))
        return index

    def take_raw(self, lines: list[str], index: int, first: str) -> int:
        taken, index = self.take_lazy(lines, index, first)
        text = "\n".join(taken)
        if not (INDENTED_CODE.match(first) and not LIST_ITEM.match(first)):
            text = decode_entities(text)  # a list or a rule; code shows entities as written
        self.blocks.append(Block(RAW, text, markdown=True))
        return index
