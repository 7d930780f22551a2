"""Plain-text drafts → blocks: labels on their own lines, paragraphs, line or blank-line mode.

Most drafts put one paragraph on each line (the samples do). Some wrap paragraphs over
several lines and separate them with blank lines. The draft is read as wrapped when it
has blank lines and most lines inside its multi-line blocks do not end a sentence;
otherwise each non-empty line is a paragraph. Whitespace at the ends of lines is not
kept (it means nothing in a paragraph and would be Markdown syntax in a body); a line of
nothing but whitespace (a form feed, say) separates paragraphs.
"""

from __future__ import annotations

import re

from editor.importing.blocks import PARA, Block, label_block
from editor.importing.lexicon import Lexicon

_UNDERLINE = re.compile(r"=[=\s]*")
_SENTENCE_END = tuple('.!?…:;»”"’)؟۔。')
_EDGE = " \t"


def read_plain(text: str, lex: Lexicon) -> list[Block]:
    """Return the blocks of a plain-text draft."""
    lines = [line.strip(_EDGE) for line in text.split("\n")]
    wrapped = _is_wrapped(lines, lex)
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block(PARA, "\n".join(paragraph)))
            paragraph.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        labels = lex.label_of(line)
        if labels:
            flush()
            blocks.append(label_block(line, labels))
            continue
        if wrapped and _UNDERLINE.fullmatch(line):
            # Inside a paragraph a line of "=" would make a Markdown heading of the lines
            # above it, and "=" has no escape: the line stands as its own paragraph.
            flush()
            paragraph.append(line)
            flush()
            continue
        paragraph.append(line)
        if not wrapped:
            flush()
    flush()
    return blocks


def _is_wrapped(lines: list[str], lex: Lexicon) -> bool:
    """Whether paragraphs run over several lines, separated by blank lines."""
    if not any(not line.strip() for line in lines):
        return False
    inner = open_ended = 0
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip() and not lex.label_of(line):
            run.append(line)
            continue
        for previous in run[:-1]:
            inner += 1
            if not previous.endswith(_SENTENCE_END):
                open_ended += 1
        run = []
    return inner > 0 and open_ended * 2 >= inner
