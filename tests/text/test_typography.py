"""Typography: each language's quotation marks, dashes, ellipses, French spaces, Arabic marks."""

from __future__ import annotations

import pytest

from editor.model import Article, Opening, Section
from editor.text.typography import (
    NARROW_NBSP,
    NBSP,
    TypographyOptions,
    fix_article,
    fix_text,
    typing_edits,
)


def _type(text: str, preferred: list[str], start: str = "") -> str:
    """Type a text one character at a time, applying the edits after each keystroke."""
    line = start
    for char in text:
        line += char
        for edit in reversed(typing_edits(line, len(line), preferred)):
            line = line[: edit.start] + edit.text + line[edit.end :]
    return line


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", 'He said "it is "fine" now"', "He said “it is ‘fine’ now”"),
        ("ru", 'Он сказал "это "хорошо" теперь"', "Он сказал «это „хорошо“ теперь»"),
        ("de", 'Er sagte "es ist "gut" jetzt"', "Er sagte „es ist ‚gut‘ jetzt“"),
        ("tr", 'Dedi ki "bu "iyi" şimdi"', "Dedi ki “bu ‘iyi’ şimdi”"),
        ("fr", 'Il a dit "c\'est "bon" ici"', f"Il a dit «{NBSP}c’est “bon” ici{NBSP}»"),
        ("ar", 'قال "هذا "جيد" الآن"', "قال «هذا “جيد” الآن»"),
    ],
)
def test_straight_quotes_become_the_languages_marks_nested_ones_the_secondary(
    code: str, text: str, expected: str
) -> None:
    assert fix_text(text, [code]) == expected


def test_a_latin_line_in_a_russian_article_keeps_latin_marks() -> None:
    assert fix_text('He said "yes"', ["ru"]) == "He said “yes”"


def test_a_russian_paragraph_in_an_english_article_gets_russian_marks() -> None:
    text = 'The mayor spoke.\n\nОн сказал: "мост готов" -- и ушёл...'
    assert fix_text(text, ["en"]) == "The mayor spoke.\n\nОн сказал: «мост готов» — и ушёл…"


def test_typing_a_quoted_word_in_a_russian_paragraph_gives_guillemets() -> None:
    assert _type('"слово"', ["en"], start="Он сказал ") == "Он сказал «слово»"
    # Even when the paragraph starts with the mark, before any Russian letter is typed.
    assert _type('"слово"', ["en"]) == "«слово»"


def test_dashes_and_ellipses() -> None:
    assert fix_text("wait -- no --- yes...", ["en"]) == "wait — no — yes…"
    assert _type("wait -- no...", ["en"]) == "wait — no…"


def test_apostrophes_stay_apostrophes() -> None:
    assert fix_text("It's Ankara'da, don't", ["en"]) == "It’s Ankara’da, don’t"


def test_french_gets_non_breaking_spaces_before_double_punctuation_and_inside_guillemets() -> None:
    fixed = fix_text('Il a dit : "Non!" Pourquoi ? Vraiment; à 12:30', ["fr"])
    assert fixed == (
        f"Il a dit{NBSP}: «{NBSP}Non{NARROW_NBSP}!{NBSP}» Pourquoi{NARROW_NBSP}? "
        f"Vraiment{NARROW_NBSP}; à 12:30"
    )
    assert _type("Pourquoi ?", ["fr"]) == f"Pourquoi{NARROW_NBSP}?"


def test_arabic_text_gets_the_arabic_comma_question_mark_and_semicolon() -> None:
    assert fix_text("قال المدير, هل هذا صحيح? نعم; 1,5", ["en"]) == (
        "قال المدير، هل هذا صحيح؟ نعم؛ 1,5"
    )
    assert _type("هل?", ["en"]) == "هل؟"
    # Not in English text.
    assert fix_text("Yes, really?", ["en"]) == "Yes, really?"


def test_nothing_changes_inside_tokens_urls_link_targets_or_code() -> None:
    text = (
        'See [[quote:a--b]] at https://example.org/a--b/"x"... and [the "report"]'
        '(http://u.org/--"a") and `a -- "b"` and <http://x.org/...>'
    )
    assert fix_text(text, ["en"]) == (
        'See [[quote:a--b]] at https://example.org/a--b/"x"... and [the “report”]'
        '(http://u.org/--"a") and `a -- "b"` and <http://x.org/...>'
    )


def test_typing_does_not_change_a_url_or_a_token_being_typed() -> None:
    assert _type("https://example.org/a--b...", ["en"]) == "https://example.org/a--b..."
    assert _type("[[quote:a--b", ["en"]) == "[[quote:a--b"


def test_markdown_structure_is_left_alone() -> None:
    assert fix_text("---", ["en"]) == "---"
    assert fix_text("- item -- x", ["en"]) == "- item — x"
    assert _type("--", ["en"]) == "--"


def test_options_turn_each_correction_off() -> None:
    off = TypographyOptions(quotes=False, dashes=False, ellipsis=False)
    assert fix_text('"a" -- b...', ["en"], off) == '"a" -- b...'
    assert fix_text("قال, لا", ["ar"], TypographyOptions(arabic_punctuation=False)) == "قال, لا"


def test_fix_article_returns_only_the_parts_it_changed() -> None:
    article = Article(
        language="en",
        opening=Opening(text="بسم الله, الرحمن", language="ar"),
        headline='Will the "port" reopen?',
        standfirst="Already right.",
        sections=[Section(body="One -- two"), Section(body="Fine.")],
    )
    assert fix_article(article) == {
        "opening": "بسم الله، الرحمن",
        "headline": "Will the “port” reopen?",
        "sections/0": "One — two",
    }
    assert article.headline == 'Will the "port" reopen?'  # the article itself is untouched
