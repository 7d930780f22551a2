"""A replacement takes the case of the words it replaces (Replace without Match case)."""

from __future__ import annotations

import pytest

from editor.text.case import case_like, fold, upper


@pytest.mark.parametrize(
    ("found", "replacement", "language", "expected"),
    [
        ("board", "council chair", "en", "council chair"),
        ("Board", "council chair", "en", "Council chair"),
        ("BOARD", "council chair", "en", "COUNCIL CHAIR"),
        ("Board", "NATO", "en", "NATO"),  # capitals of its own are kept
        ("board", "de Vries", "en", "de Vries"),
        ("Board", "de Vries", "en", "De Vries"),
        ("A", "the", "en", "The"),  # one capital letter starts a sentence, no more
        ("“Board", "council", "en", "Council"),  # the first letter, past punctuation
        ("Board", "“council”", "en", "“Council”"),
        ("İzmir", "istanbul", "tr", "İstanbul"),  # Turkish capital of i is İ
        ("IZMIR", "istanbul", "tr", "İSTANBUL"),
        ("Board", "istanbul", "en", "Istanbul"),
        ("مجلس", "اللجنة", "ar", "اللجنة"),  # no case: as typed
        ("Board", "اللجنة", "en", "اللجنة"),
        ("Board", "", "en", ""),
    ],
)
def test_the_replacement_takes_the_case_of_the_found_words(
    found: str, replacement: str, language: str, expected: str
) -> None:
    assert case_like(found, replacement, language) == expected


def test_turkish_capitals_keep_the_dot() -> None:
    assert upper("istihdam ılık", "tr") == "İSTİHDAM ILIK"
    assert upper("istihdam", "en") == "ISTIHDAM"


def test_fold_lowers_letter_for_letter_as_the_language_writes() -> None:
    # Turkish: İ is i and I is ı; elsewhere both are i. The length never changes (a place
    # found in the folded text is the place in the text), where lower() gives İ two.
    assert fold("İğdeli IŞIK", "tr") == "iğdeli ışık"
    assert fold("İstanbul ISTANBUL", "en") == "istanbul istanbul"
    assert len("İ".lower()) == 2
    for text in ("İİİ", "Straße ẞ", "ΣΑΣ", "Ǆ ǅ", "İğdeli IŞIK"):
        for language in ("tr", "az", "en", "de", ""):
            assert len(fold(text, language)) == len(text)
