"""Word counts that are right for Arabic, Cyrillic, Latin and mixed text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.text.counts import word_count, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will the river port reopen before winter?", 7),
        ("هل تحل الجامعات الخاصة أزمة القبول؟", 6),
        ("كَتَبَ الطَّالِبُ الدَّرْسَ", 3),  # harakat do not split words
        ("Новый мост через залив: праздник или долг?", 7),
        ("Строительство обошлось в 2,4 миллиарда.", 5),
        ("Meclis 13 Mart'ta yasayı kabul etti.", 6),
        ("Deputy Minister Alma Reyes said «لن يبقى طالب» today", 9),
        ("don't stop — well-known e\u0301lan", 4),
        ("   \n\t ", 0),
        ("… — «» “” ! ?", 0),
        ("نمی\u200cخواهم بروم", 2),  # zero-width non-joiner keeps one word
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


@given(st.lists(st.text(alphabet="abcабвجدهءك", min_size=1, max_size=8), max_size=30))
def test_words_separated_by_spaces_are_counted_one_each(parts: list[str]) -> None:
    assert words(" ".join(parts)) == parts


def test_an_underscore_separates_words_as_it_did_and_marks_stay_in_their_word() -> None:
    from editor.text.counts import word_count, words

    assert words("snake_case a__b _x_") == ["snake", "case", "a", "b", "x"]
    assert word_count("مَدْرَسَةٌ_جديدة") == 2
    assert words("كَتَبَ الوزيرُ") == ["كَتَبَ", "الوزيرُ"]
