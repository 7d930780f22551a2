"""The words of an imported article in reading order, to check that a draft lost none.

The import tests' oracle (no part of the program uses it).

The article is read as a reader reads it (editor/text/reader.article_text): quotations
where their tokens stand, with their attributions and marks, and the credit line.
"""

from __future__ import annotations

import copy
import re

from editor.importing import ImportResult
from editor.model import Article
from editor.model.tokens import QUOTE_TOKEN
from editor.text.attribution import attribution_text
from editor.text.counts import words
from editor.text.languages import language_or_default
from editor.text.reader import article_text, bank_lookup


def article_words(article: Article) -> list[str]:
    """Return every word of an article in reading order, quotations where they stand."""
    return words(article_text(article))


def as_written(result: ImportResult) -> Article:
    """Return a copy of the imported article with each quotation the report lists as
    written (a paragraph set as a block quotation) put back as the draft had it."""
    article = copy.deepcopy(result.article)
    written = {aside.part: aside.text for aside in result.set_aside if aside.kind == "quotation"}
    for quotation in article.quotations:
        if quotation.id in written:
            # The paragraph as written, clause and all: no line of its speaker and role
            # under it (the reader sets one, as the exports do).
            quotation.words, quotation.attribution = written[quotation.id], ""
            quotation.speaker = quotation.role = ""
    return article


def stored_words(article: Article) -> list[str]:
    """Return every word of the article's Markdown as stored, in reading order.

    Link addresses and code stay words here, and each quotation token stands for its
    quotation's words and the line under it (the attribution as written, else the speaker
    and role): an oracle that does not go through the reader's text.
    """
    lookup = bank_lookup(article)

    def expand(match: re.Match[str]) -> str:
        quotation = lookup(match.group(1))
        if quotation is None:
            return match.group(0)
        line = attribution_text(quotation.attribution, quotation.speaker, quotation.role)
        return f"{quotation.words} {line}"

    parts = [article.opening.text, article.headline, article.standfirst]
    for section in article.sections:
        parts += [section.label, QUOTE_TOKEN.sub(expand, section.body)]
    byline = article.byline
    parts.append(language_or_default(article.language).credit_line(byline.office, byline.author))
    return words("\n\n".join(parts))


def first_missing(expected: list[str], found: list[str]) -> int | None:
    """Return the index of the first expected word not found in order, or None if none is."""
    position = 0
    for index, word in enumerate(expected):
        try:
            position = found.index(word, position) + 1
        except ValueError:
            return index
    return None
