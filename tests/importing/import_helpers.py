"""Helpers for the importing tests: what an imported article looks like, field by field."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from draft_fidelity import article_words, as_written, first_missing

from editor.importing import ImportResult
from editor.model import Article
from editor.text.counts import words


@dataclass
class Expected:
    """Every field a sample must import to, as the samples' READMEs state them."""

    language: str
    headline: str
    sections: list[tuple[str, str, int]]  # label as written, kind, paragraphs
    quotations: list[tuple[str, str, str, str, str]]  # id, words, speaker, role, attribution
    office: str
    author: str
    opening: tuple[str, str] = ("", "")  # text, language
    standfirst: str = ""
    date: str = ""
    tags: list[str] = field(default_factory=list)


def paragraphs(body: str) -> int:
    """Return how many paragraphs a Markdown body has."""
    return len([part for part in body.split("\n\n") if part.strip()])


def assert_imports_as(result: ImportResult, expected: Expected) -> None:
    """Assert each field of the imported article, one by one, so a failure names it."""
    article = result.article
    assert article.language == expected.language
    assert (article.opening.text, article.opening.language) == expected.opening
    assert article.headline == expected.headline
    assert article.standfirst == expected.standfirst
    got_sections = [(s.label, s.kind, paragraphs(s.body)) for s in article.sections]
    assert got_sections == expected.sections
    got_quotations = [
        (q.id, q.words, q.speaker, q.role, q.attribution) for q in article.quotations
    ]
    assert got_quotations == expected.quotations
    assert (article.byline.office, article.byline.author) == (expected.office, expected.author)
    assert article.byline.date == expected.date
    assert article.meta.tags == expected.tags
    # The explanation says the same as the article.
    notes = result.explanation.sections
    assert [(n.label, n.kind, n.paragraphs) for n in notes] == expected.sections
    assert [n.id for n in result.explanation.quotations] == [q[0] for q in expected.quotations]


def assert_nothing_lost(
    draft_text: str, imported: ImportResult | Article, *, exact: bool = True
) -> None:
    """Assert every word of the draft is in the article, in order (exactly the same words
    when ``exact``), with quotation tokens expanded where they stand.

    Given the import's result, a quotation the report lists as written (a paragraph set as
    a block quotation, "said" and all) is read as written: its words are in the article or
    in the report.

    NUL characters are removed on import (docs/importing.md), so not here either: "wo\0rd"
    imports as the one word "word".
    """
    expected = words(draft_text.replace("\x00", ""))
    article = as_written(imported) if isinstance(imported, ImportResult) else imported
    found = article_words(article)
    missing = first_missing(expected, found)
    assert missing is None, (
        f"word {missing} ({expected[missing]!r}) lost; around it: "
        f"{expected[max(0, missing - 5) : missing + 5]}"
    )
    if exact:
        assert found == expected


def comparable(article: Article) -> dict:
    """Return the article's content without its random id and timestamps."""
    data = asdict(article)
    data.pop("id")
    data["meta"].pop("created")
    data["meta"].pop("modified")
    return data
