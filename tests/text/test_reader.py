"""The one reader's text: what a reader sees of a part's Markdown or of a whole article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.model import Article, Quotation, Section
from editor.text.counts import word_count, words
from editor.text.languages import language_or_default
from editor.text.reader import article_text, bank_lookup, reader_text

BANK = {
    "reyes-1": Quotation(id="reyes-1", words="We will keep that promise.", speaker="A. Reyes"),
    "q2": Quotation(id="q2", words="الميناء سيفتح قريبا", speaker="كريم"),
}


def read(markdown: str) -> str:
    return reader_text(markdown, BANK.get)


@pytest.mark.parametrize(
    ("markdown", "seen"),
    [
        (
            "See [the ministry](https://example.org/a-long-address) today.",
            "See the ministry today.",
        ),
        ('A [titled](https://example.org/a "The title") link', "A titled link"),
        ("A [paren](https://example.org/a_(b)) link", "A paren link"),
        ("A [link](<https://example.org/a b>) in brackets", "A link in brackets"),
        ("An ![old map](assets/map.png) here", "An old map here"),
        ("Some [*marked* words](https://example.org) here", "Some marked words here"),
        ("At <https://example.org/a> now", "At https://example.org/a now"),
        # Brackets that make no link are the writer's text.
        ("He said [sic] twice [x] (y)", "He said [sic] twice [x] (y)"),
        # A comment's range can end inside a link: its address is still no words.
        ("report](https://example.org/a) today", "report today"),
    ],
)
def test_links_read_as_their_text(markdown: str, seen: str) -> None:
    assert read(markdown) == seen


def test_a_quotation_token_reads_as_the_quotations_words() -> None:
    assert read("Said [[quote:reyes-1]] today.") == "Said We will keep that promise. today."
    assert read("[[quote:q2]]") == "الميناء سيفتح قريبا"


def test_an_unknown_quotation_reads_as_nothing() -> None:
    assert read("Said [[quote:ghost-1]].") == "Said ."
    assert read("[[quote:ghost-1]]") == ""
    assert reader_text("Said [[quote:reyes-1]].") == "Said ."  # no bank at all


def test_an_escaped_token_is_text_not_a_quotation() -> None:
    assert read("Write \\[[quote:reyes-1]] to place it.") == "Write [[quote:reyes-1]] to place it."


def test_a_reading_is_told_whether_the_token_stands_alone() -> None:
    seen: list[tuple[str, bool]] = []

    def reading(quotation: Quotation, alone: bool) -> str:
        seen.append((quotation.id, alone))
        return "Q"

    text = reader_text("[[quote:reyes-1]]\n\nHe said [[quote:q2]].", BANK.get, reading)
    assert text == "Q\n\nHe said Q."
    assert seen == [("reyes-1", True), ("q2", False)]


@pytest.mark.parametrize(
    ("markdown", "seen"),
    [
        ("*one* **two** ***three*** _four_ __five__", "one two three four five"),
        ("in**side**word and 0**0**", "insideword and 00"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("5 * 3 and a _ b", "5 * 3 and a _ b"),
        ("`*code*` and ``a ` b``", "*code* and a ` b"),
        ("an `unclosed backtick", "an `unclosed backtick"),
        ("\\*not emphasis\\* \\[x\\] \\# 1\\. \\\\", "*not emphasis* [x] # 1. \\"),
        ("a \\q stays", "a \\q stays"),
    ],
)
def test_inline_marks_are_gone(markdown: str, seen: str) -> None:
    assert read(markdown) == seen


@pytest.mark.parametrize(
    ("markdown", "seen"),
    [
        ("# Title", "Title"),
        ("### Boats ###", "Boats"),
        ("## C# ##", "C#"),
        ("#hashtag stays", "#hashtag stays"),
        ("Title\n=====\n\nText", "Title\n\nText"),
        ("One\n\n---\n\nTwo\n\n* * *", "One\n\nTwo"),
    ],
)
def test_headings_and_rules_lose_their_marks(markdown: str, seen: str) -> None:
    assert read(markdown) == seen


@pytest.mark.parametrize(
    ("markdown", "seen"),
    [
        ("- first\n- second", "first\nsecond"),
        ("* first\n+ second", "first\nsecond"),
        ("1. first\n2) second", "first\nsecond"),
        ("- outer\n    - inner", "outer\ninner"),
        ("> quoted\n> > nested", "quoted\nnested"),
        ("> - listed in a quote", "listed in a quote"),
        ("1\\. not a list", "1. not a list"),
        ("2024 was a year", "2024 was a year"),
    ],
)
def test_list_and_quote_marks_are_gone(markdown: str, seen: str) -> None:
    assert read(markdown) == seen


def test_arabic_and_mixed_text() -> None:
    markdown = (
        "قال [الوزير](https://example.org/ar) إن **الميناء** سيفتح.\n\n"
        "- The *port* of Kestrel يفتح [[quote:q2]]"
    )
    assert read(markdown) == (
        "قال الوزير إن الميناء سيفتح.\n\nThe port of Kestrel يفتح الميناء سيفتح قريبا"
    )
    assert word_count(read(markdown)) == 5 + 5 + 3


def test_bug_3_body_counts_the_words_a_reader_sees() -> None:
    body = "See [the report](https://example.org/a/b) today. [[quote:reyes-1]]"
    assert words(read(body)) == ["See", "the", "report", "today", *words(BANK["reyes-1"].words)]


def test_a_100000_word_paragraph_is_read_in_one_pass() -> None:
    # Each repeat is 10 words a reader sees; a scan that looked ahead from every mark
    # (or every unclosed bracket or backtick) would not finish.
    unit = "one *two* **three** [four five](https://example.org/x) `six` \\[seven [[quote:q2]] "
    paragraph = unit * 10_000
    assert word_count(read(paragraph)) == 100_000


@pytest.mark.parametrize("mark", ["[", "](", "`", "``` `", "*a", "<http://", "![", "\\"])
def test_a_paragraph_of_unclosed_marks_is_read_in_one_pass(mark: str) -> None:
    paragraph = f"word {mark} " * 50_000
    assert word_count(read(paragraph)) >= 50_000


def test_a_whole_article_reads_in_order_with_quotations_as_rendered() -> None:
    said = Quotation(id="q1", words="We will reopen.", attribution="said A. Reyes.")
    article = Article(
        language="en",
        headline="Will the port reopen?",
        sections=[
            Section(
                "news",
                "News:",
                "The **ministry** [spoke](https://example.org).\n\n[[quote:q1]]\n\n"
                "It said [[quote:q1]] again.",
            )
        ],
        quotations=[said],
    )
    article.byline.author = "L. Ortiz"
    article.byline.office = "the Desk"
    credit = language_or_default("en").credit_line("the Desk", "L. Ortiz")
    assert article_text(article).split("\n\n") == [
        "",
        "Will the port reopen?",
        "",
        "News:",
        "The ministry spoke.",
        "We will reopen. said A. Reyes.",
        "It said “We will reopen.” again.",
        credit,
    ]
    assert bank_lookup(article)("q1") is said


plain_word = st.text(alphabet=st.characters(categories=["L", "Nd"]), min_size=1, max_size=10)


@given(st.lists(plain_word, min_size=1, max_size=30))
def test_plain_words_read_as_themselves(parts: list[str]) -> None:
    text = " ".join(parts)
    assert reader_text(text) == text


def test_footnote_labels_and_strike_marks_are_not_read() -> None:
    text = reader_text("Fifty ~~forty~~ ferries.[^count]\n\n[^count]: The harbour's figure.")
    assert words(text) == ["Fifty", "forty", "ferries", "The", "harbour's", "figure"]
