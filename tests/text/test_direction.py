"""Direction from the first strong character (bidi rules P2–P3)."""

from __future__ import annotations

import pytest

from editor.text.direction import first_strong_direction, text_direction


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
