"""Plain-text parts from a draft's text: no emphasis around them, no markup inside them.

Headline, labels, opening line, standfirst and credit are plain text: emphasis a writer
put around the whole of one is dropped (one rule for every draft format: the readers, the
label lookup and the quotation finder all use unwrap_emphasis), and emphasis on part of
one cannot be carried (plain_part says so; the caller reports it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.text.reader import is_emphasis

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
    """Runs of ``char`` that may open or close emphasis, by the reader's text's rule.

    "5 * 3": a star standing alone is text; "snake_case", "डेटा_सेट": underscores inside a
    word (its letters and their marks) are text.
    """
    # A generator: _wrapped stops at the first run that rules the wrapper out.
    for match in _RUN.finditer(text):
        if match.group()[0] == char and is_emphasis(text, match.start(), match.end(), char):
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
    # Scanned with each escaped character as punctuation, which it is (all are ASCII marks).
    removed = _paired_runs(hidden.replace("\x00", "."))
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
