"""Reading time per language from its data, and lengths measured on the reader's text."""

from __future__ import annotations

import json

import pytest

from editor.model import Article, Quotation, Section
from editor.text.counts import (
    FALLBACK_RATE,
    article_measure,
    measure,
    reading_minutes,
    reading_rate,
    word_count,
    wrapped_lines,
)
from editor.text.languages import available_languages, languages_dir
from editor.text.reader import reader_text


def test_reading_time_differs_by_language_as_the_data_says() -> None:
    rates = {code: reading_rate(code) for code in ("en", "ar", "ru", "tr")}
    for code, rate in rates.items():
        data = json.loads((languages_dir() / f"{code}.json").read_text(encoding="utf-8"))
        assert rate == data["reading_rate"]["wpm"]
    assert len(set(rates.values())) == 4
    # 1,000 words: an English reader (238 a minute) takes 5 minutes, an Arabic one 8.
    assert reading_minutes(1000, "en") == 5
    assert reading_minutes(1000, "ar-EG") == 8
    assert reading_minutes(1000, "ru") == 6
    assert reading_minutes(1000, "tr") == 7
    assert reading_minutes(0, "en") == 0
    assert reading_minutes(1, "en") == 1


def test_each_rate_cites_its_study_and_a_language_without_one_takes_the_fallback() -> None:
    for code in available_languages():
        data = json.loads((languages_dir() / f"{code}.json").read_text(encoding="utf-8"))
        rate = data.get("reading_rate")
        if rate is None:
            assert reading_rate(code) == FALLBACK_RATE
            continue
        assert 50 <= rate["wpm"] <= 400
        # Cited by title, journal and year.
        source = rate["source"]
        assert "(2019)" in source or "(2012)" in source
        assert "Journal of Memory and Language" in source or "Ophthalmology" in source
    assert reading_rate("xx") == FALLBACK_RATE


@pytest.mark.parametrize(
    ("line", "width", "lines"),
    [
        ("", 10, 0),
        ("abc de fghij", 10, 2),  # "abc de" then "fghij"
        ("abcdefghij klm", 10, 2),  # a word filling its line
        ("a" * 25, 10, 3),  # a word longer than the column
        ("one two", 0, 0),
    ],
)
def test_lines_at_a_column_width(line: str, width: int, lines: int) -> None:
    assert wrapped_lines(line, width) == lines


def test_lines_and_characters_are_counted_on_the_readers_text() -> None:
    address = "https://example.org/" + "a-very-long-address/" * 10
    body = f"See [the report]({address}) now.\n\n**Bold** words here."
    text = reader_text(body)
    assert text == "See the report now.\n\nBold words here."
    measured = measure(text, 12)
    # "See the" / "report now." and "Bold words" / "here.": the address is not read.
    assert measured == (7, len("See the report now.") + len("Bold words here."), 4)
    assert measured.words == word_count(text)


def test_the_article_measure_reads_tokens_as_their_words_and_leaves_labels_out() -> None:
    article = Article(
        headline="Port opens",
        sections=[Section("news", "News:", "[[quote:q1]]\n\nThe end.")],
        quotations=[Quotation("q1", words="We are ready for winter")],
    )
    measured = article_measure(article, 40)
    assert measured.words == 2 + 5 + 2
    assert measured.lines == 3
    assert measured.characters == len("Port opens") + len("We are ready for winter") + 8
