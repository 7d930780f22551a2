"""Markdown drafts: front matter mapped, headings as labels, block quotes as quotations."""

from __future__ import annotations

import pytest
from draft_fidelity import article_words

from editor.importing import import_text
from editor.importing.frontmatter import parse_front_matter, split_front_matter

DRAFT = """---
title: 'The ferry''s second line'
author: "Ana Lind"
date: 2026-04-01
language: en
tags:
  - ferries
  - "transport, local"
place: Eastshore # where it was written
series: Harbour notes
---

# The ferry's second line

A standfirst with *emphasis*.

## News

The board voted for a **second line**, see [the minutes](https://example.org/m).

> “We start in April,” said board chair Ivo Brandt.

```
News:
code stays code
```

- first item
- second item

## Comment

> A block quote without marks
> over two lines.
>
> — Sela Morrow, captain

Written for the Eastshore Desk by Ana Lind
"""


def test_front_matter_simple_yaml_subset_is_parsed() -> None:
    data, rest = split_front_matter(DRAFT)
    assert data == {
        "title": "The ferry's second line",
        "author": "Ana Lind",
        "date": "2026-04-01",
        "language": "en",
        "tags": ["ferries", "transport, local"],
        "place": "Eastshore",
        "series": "Harbour notes",
    }
    assert rest.startswith("\n# The ferry's second line")


def test_front_matter_flow_lists_and_block_scalars() -> None:
    assert parse_front_matter("tags: [a, 'b, c', \"d\"]\nnote: |\n  one\n  two\n") == {
        "tags": ["a", "b, c", "d"],
        "note": "one\ntwo",
    }


def test_markdown_draft_maps_front_matter_headings_and_quotes() -> None:
    result = import_text(DRAFT, fmt="markdown")
    article = result.article
    assert article.headline == "The ferry's second line"
    # The standfirst is plain text: the emphasis on one word is dropped and reported.
    assert article.standfirst == "A standfirst with emphasis."
    # So is the paragraph set as a block quotation (its clause is not in the article).
    assert [(a.kind, a.part, a.text) for a in result.set_aside] == [
        ("emphasis", "standfirst", "A standfirst with *emphasis*."),
        ("quotation", "q1", "“We start in April,” said board chair Ivo Brandt."),
    ]
    assert article.language == "en"
    assert article.meta.tags == ["ferries", "transport, local"]
    assert (article.byline.author, article.byline.office) == ("Ana Lind", "the Eastshore Desk")
    assert (article.byline.date, article.byline.place) == ("2026-04-01", "Eastshore")
    assert article.front_matter == {"series": "Harbour notes"}
    assert [(s.kind, s.label) for s in article.sections] == [
        ("news", "News"),
        ("comment", "Comment"),
    ]
    assert article.sections[0].body == (
        "The board voted for a **second line**, see [the minutes](https://example.org/m).\n\n"
        "[[quote:q1]]\n\n"
        "```\nNews:\ncode stays code\n```\n\n"
        "- first item\n- second item"
    )
    assert article.sections[1].body == "[[quote:q2]]"
    quotes = [(q.words, q.speaker, q.role, q.attribution) for q in article.quotations]
    assert quotes == [
        # Set as a block quotation: a sentence, and the speaker and role under it.
        ("We start in April.", "Ivo Brandt", "board chair", ""),
        # "— Name, role", as the exports write it from the speaker and role.
        ("A block quote without marks\nover two lines.", "Sela Morrow", "captain", ""),
    ]
    assert "series kept as extra data" in result.explanation.front_matter


def test_setext_headings_and_label_lines_start_sections_too() -> None:
    text = "Title\n=====\n\nNachricht\n---------\n\nErster Absatz.\n\nKommentar:\nZweiter."
    article = import_text(text, fmt="markdown").article
    assert article.headline == "Title"
    assert article.language == "de"
    assert [(s.label, s.body) for s in article.sections] == [
        ("Nachricht", "Erster Absatz."),
        ("Kommentar:", "Zweiter."),
    ]


def test_a_heading_of_200000_blanks_is_read_in_one_pass() -> None:
    # Its closing hashes are looked for once, not from every blank (that took minutes).
    blanks = " \t" * 100_000
    article = import_text(f"# The{blanks}port ##{blanks}\n\nBody.", fmt="markdown").article
    assert article.headline == f"The{blanks}port"


def test_literal_quote_token_in_a_markdown_draft_stays_text() -> None:
    result = import_text("# T\n\n## News\n\nSee [[quote:q1]] here.", fmt="markdown")
    assert result.article.sections[0].body == "See [\\[quote:q1]] here."
    assert result.article.quotations == []
    assert any("looks like a quotation token" in warning for warning in result.warnings)


def test_differing_front_matter_title_is_kept_as_extra_data() -> None:
    text = "---\ntitle: Old title\n---\n# New title\n\n## News\n\nBody."
    result = import_text(text, fmt="markdown")
    assert result.article.headline == "New title"
    assert result.article.front_matter == {"title": "Old title"}


def test_markdown_without_front_matter_or_h1_uses_the_first_paragraph() -> None:
    article = import_text("Just a headline\n\n## Yorum\n\nMetin.", fmt="markdown").article
    assert (article.headline, article.language) == ("Just a headline", "tr")


def test_front_matter_kept_as_extra_data_survives_save_and_load(tmp_path) -> None:
    from editor.storage import container

    article = import_text(DRAFT, fmt="markdown").article
    container.save(article, tmp_path / "ferry.newsdesk")
    loaded = container.load(tmp_path / "ferry.newsdesk")
    assert loaded.front_matter == {"series": "Harbour notes"}
    assert loaded.extra == {}
    assert loaded.meta.tags == ["ferries", "transport, local"]


def test_byline_from_front_matter_alone_is_explained() -> None:
    text = "---\nauthor: Ana Lind\noffice: Desk One\n---\n# T\n\n## News\n\nBody."
    lines = import_text(text, fmt="markdown").explanation.lines()
    assert lines[-1] == "  byline: office “Desk One”, author “Ana Lind”"


@pytest.mark.parametrize(
    ("draft", "body", "kept"),
    [
        ("Harbour\n\nNews:\nport\n\x00 1.", "port\n 1\\.", ["port", "1"]),
        ("Harbour\n\nNews:\n\x00# quay\n\n\x00 - pier", "\\# quay\n\n \\- pier", ["quay", "pier"]),
    ],
)
def test_removed_nul_does_not_turn_text_into_markdown_syntax(
    draft: str, body: str, kept: list[str]
) -> None:
    result = import_text(draft, fmt="markdown")
    # What followed the NUL was text as the writer typed it: no empty list item, no heading.
    assert result.article.sections[0].body == body
    assert article_words(result.article)[-len(kept) :] == kept
