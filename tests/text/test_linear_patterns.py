"""Hostile text: every pattern over text stays linear on long runs of one kind of character.

Each input is sized so that a pattern which tries a run again from each of its characters
(the old e-mail pattern took 9.9 s for a 50,000-letter word) would take well over 20 s;
the check itself takes a fraction of a second. A timer interrupts the regex engine (it
checks for signals while it runs), so a regression fails at the bound instead of hanging.
"""

from __future__ import annotations

import pytest
from time_limit import finishes_within

from editor.text.spelling import SpellChecker, iter_words, skip_spans
from editor.text.typography import typing_edits

pytestmark = pytest.mark.hostile

# The old code took 20 s to many minutes on each input below; the new one under 0.5 s.
BOUND_SECONDS = 3.0

HOSTILE_LINES = {
    "a 200,000-letter word": "a" * 200_000,
    "100,000 CJK characters": "中文字" * 33_334,
    "100,000 underscores": "_" * 100_000,
    "200,000 dots": "." * 200_000,
    "a mix of . _ ending in @": "._" * 100_000 + "@",
    "letters and dots": "a." * 100_000,
    "digits": "1" * 200_000,
    "hyphenated letters": "a-" * 100_000,
    "link targets never closed": "](x" * 70_000,
    "an address without a dot": "a@" + "b" * 200_000,
}


@pytest.mark.parametrize("line", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_spell_checking_a_hostile_line_finishes_at_once(line: str) -> None:
    with finishes_within(BOUND_SECONDS):
        spans = skip_spans(line)
        words = list(iter_words(line))
    # The words are still found: a long word is one word, not skipped as an address.
    if line.startswith("a" * 10):
        assert words == [(0, len(line), line)]
        assert spans == []


def test_the_spell_checker_reads_a_long_cjk_paragraph_at_once() -> None:
    checker = SpellChecker(load_on_demand=True)
    # An English sentence, so its words are checked, then 100,001 characters without a space.
    paragraph = "The port " + "港口将于十二月重新开放" * 9_091
    with finishes_within(BOUND_SECONDS):
        checker.check_line(paragraph, ["en"])


@pytest.mark.parametrize(
    "text",
    [
        "joe.bloggs+news@example.org",
        "write to desk_1@mail.example.co.uk today",
        "(desk@example.org)",
        "x@y@example.org",
    ],
)
def test_e_mail_addresses_are_still_skipped(text: str) -> None:
    words = [word for _start, _end, word in iter_words(text)]
    assert not {"bloggs", "desk", "example", "mail"} & set(words)


def test_link_targets_and_titles_are_still_skipped() -> None:
    line = 'See [the port](https://example.org/port "Harbour oficce") and [it](page).'
    assert [word for _s, _e, word in iter_words(line)] == ["See", "the", "port", "and", "it"]


def test_typing_after_many_web_addresses_stays_fast() -> None:
    # The cursor's run of non-blanks is not an address: "www." many times then a blank.
    line = "www." * 100_000 + ' and so "'
    with finishes_within(BOUND_SECONDS):
        typing_edits(line, len(line), ["en"])


def test_typing_in_a_web_address_is_left_alone() -> None:
    line = 'see www.example.org/"'
    assert typing_edits(line, len(line), ["en"]) == []
    line = 'see "'
    assert typing_edits(line, len(line), ["en"]) != []
