"""A paragraph's direction: its words' (a right-to-left paragraph may open with a Latin
name); a run's: its first strong character (bidi rules P2–P3)."""

from __future__ import annotations

import pytest

from editor.text.direction import first_strong_direction, paragraph_direction, text_direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«بسم الله الرحمن الرحيم»", "rtl"),
        ("123 Main Street", "ltr"),
        ("   “Hello”", "ltr"),
        ("اردو میں", "rtl"),
        ("Новость", "ltr"),
        ("2026 — הודעה", "rtl"),
        ("\u2067English inside an isolate\u2069 ثم عربي", "rtl"),
        ("\u2068عربي\u2069 then English", "ltr"),
    ],
)
def test_first_strong_character_decides(text: str, expected: str) -> None:
    assert text_direction(text) == expected


def test_neutral_text_has_no_direction_and_takes_the_default() -> None:
    assert first_strong_direction("123 — 456!") is None
    assert text_direction("123", default="rtl") == "rtl"


def test_each_paragraph_gets_its_own_direction() -> None:
    lines = ["English line", "سطر عربي", "42"]
    assert [text_direction(line) for line in lines] == ["ltr", "rtl", "ltr"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic copy that opens with a name or an acronym is Arabic: right to left.
        ("John Smith، مهندس الجسر، قال إن العمل سينتهي في الربيع.", "rtl"),
        ("NASA أعلنت اليوم موعد الإطلاق", "rtl"),
        ("BBC کی رپورٹ کے مطابق پل بند رہے گا", "rtl"),
        # An English sentence with a few Arabic words stays English.
        ("The word «مدرسة جديدة» means a new school in Arabic.", "ltr"),
        ("We met عادل منصور today.", "ltr"),
        # An English paragraph that is mostly an Arabic quotation reads as Arabic.
        ("Officials said «قال المدير إن المدرسة الجديدة مفتوحة»", "rtl"),
        # Too few words to outvote the first letter: the Unicode rule, as before.
        ("John Smith قال", "ltr"),
        ("Mara Reyes (مارا رييس) chairs the board.", "ltr"),
        # Words inside an isolate are a run of their own, not counted.
        ("\u2066John Smith Jr. of the Bay Desk\u2069 قال", "rtl"),
    ],
)
def test_a_paragraph_reads_in_the_direction_of_most_of_its_words(text: str, expected: str) -> None:
    assert paragraph_direction(text) == expected
    assert text_direction(text) == expected


def test_a_run_still_takes_its_first_strong_character() -> None:
    assert first_strong_direction("NASA أعلنت اليوم") == "ltr"
