"""The words of an imported article in reading order, to check that a draft lost none.

The import tests' oracle (no part of the program uses it).

Quotation tokens are expanded where they stand: a token alone in its paragraph as the
quotation's words followed by its attribution (as a block quotation renders), a token
inside a sentence as the words in the language's quotation marks. The byline is
expanded through the language's credit template, as the draft's credit line was written.
"""

from __future__ import annotations

import re

from editor.model import QUOTE_TOKEN, Article
from editor.text.counts import words
from editor.text.languages import language_or_default

_FIELD = re.compile(r"(\{office\}|\{author\})")


def article_text(article: Article, *, credit_line: bool = True) -> str:
    """Return the article's text in reading order with quotation tokens expanded."""
    lang = language_or_default(article.language)
    bank = {quotation.id: quotation for quotation in article.quotations}
    parts = [article.opening.text, article.headline, article.standfirst]

    def expand(match: re.Match[str]) -> str:
        quotation = bank.get(match.group(1))
        if quotation is None:
            return match.group(0)
        text = match.string
        alone = (match.start() == 0 or text.endswith("\n\n", 0, match.start())) and (
            match.end() == len(text) or text.startswith("\n\n", match.end())
        )
        if alone:
            return f"{quotation.words} {quotation.attribution}"
        return lang.primary_quotes.wrap(quotation.words)

    for section in article.sections:
        parts.append(section.label)
        parts.append(QUOTE_TOKEN.sub(expand, section.body))
    if credit_line:
        fields = {"{office}": article.byline.office, "{author}": article.byline.author}
        if article.byline.office or article.byline.author:
            parts.append(
                "".join(fields.get(part, part) for part in _FIELD.split(lang.credit_template))
            )
    return "\n\n".join(parts)


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
