"""The words of an imported article in reading order, to check that a draft lost none.

The import tests' oracle (no part of the program uses it).

The article is read as a reader reads it (editor/text/reader.article_text): quotations
where their tokens stand, with their attributions and marks, and the credit line.
"""

from __future__ import annotations

from editor.model import Article
from editor.text.counts import words
from editor.text.reader import article_text


def article_words(article: Article) -> list[str]:
    """Return every word of an article in reading order, quotations where they stand."""
    return words(article_text(article))


def first_missing(expected: list[str], found: list[str]) -> int | None:
    """Return the index of the first expected word not found in order, or None if none is."""
    position = 0
    for index, word in enumerate(expected):
        try:
            position = found.index(word, position) + 1
        except ValueError:
            return index
    return None
