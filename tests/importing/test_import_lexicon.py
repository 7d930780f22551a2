"""What the importer reads from the language data: labels, credit templates, phrases."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from editor.importing import import_text
from editor.importing.lexicon import label_key, lexicon
from editor.text.languages import available_languages, language

CODES = available_languages()


def test_every_label_of_every_language_is_known_with_its_kind() -> None:
    lex = lexicon()
    for code in CODES:
        lang = language(code)
        assert lex.label_of(lang.news_label)[0].kind == "news"
        assert lex.label_of(lang.comment_label)[0].kind == "comment"
        assert code in {label.language for label in lex.label_of(lang.news_label)}


@pytest.mark.parametrize("text", ["News", "NEWS:", " news : ", "__News:__"])
def test_label_key_ignores_case_colon_spaces_and_emphasis(text: str) -> None:
    assert label_key(text) == "news"


names = st.text(
    alphabet=st.characters(categories=["L"], exclude_characters="{}"), min_size=1, max_size=12
)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=40)
@given(
    office=st.lists(names, min_size=1, max_size=4), author=st.lists(names, min_size=1, max_size=3)
)
# An office named as the template's own word: read as no office, and rebuilt as "By by A".
@example(office=["by"], author=["A"])
def test_credit_line_of_every_language_gives_back_office_and_author(
    code: str, office: list[str], author: list[str]
) -> None:
    lang = language(code)
    office_text, author_text = " ".join(office), " ".join(author)
    line = lang.credit_line(office_text, author_text)
    match = lexicon().credits[code].fullmatch(line)
    assert match is not None
    # Where a name itself holds the template's words, the split may differ, but the line
    # rebuilt from what was found is the same line.
    assert lang.credit_line(match["office"].strip(), match["author"].strip()) == line


@pytest.mark.parametrize("code", CODES)
def test_credit_line_ends_each_language_article(code: str) -> None:
    lang = language(code)
    credit = lang.credit_line("Desk One", "Ana Lind")
    article = import_text(f"Headline\n{lang.news_label}\nBody.\n{credit}").article
    assert (article.language, article.byline.office, article.byline.author) == (
        code,
        "Desk One",
        "Ana Lind",
    )
    assert article.sections[0].body == "Body."


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("بسم الله الرحمن الرحيم", "ar"), ("بسم اللہ الرحمن الرحیم", "ur"), ("«بسم الله»", "ar")],
)
def test_known_opening_phrase_gives_its_language(phrase: str, code: str) -> None:
    assert lexicon().opening_language(phrase) == code
