"""The runs of the other direction the exports isolate: found as the Unicode classes say,
and quickly.

The patterns are written so that Python's ``re`` looks a character up at once (a class of
the Basic Multilingual Plane, then the supplementary planes' behind a quick test); the
oracle here is the one class of every strong right-to-left character, written plainly,
which ``re`` tries range by range.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.render import bidi
from editor.text.scripts import class_ranges

# Latin and Cyrillic letters, digits of three kinds, Hebrew and Arabic letters, Arabic vowel
# marks (not strong), Arabic punctuation of class AL (؟) and CS (،), an Adlam letter and
# digit and a Kharoshthi letter and mark (the supplementary planes), quotation marks,
# brackets, dashes, spaces and isolate marks.
_ALPHABET = (
    "aZé Жж019٣۴۵אבعربيةًُ؟،"
    "\U0001e900\U0001e950\U00010a10\U00010a01"
    "«»“”‘’()[]-–—.,:;'\" \n\u2067\u2069"
)


def _plain_patterns() -> dict[str, str]:
    """The patterns as one class of every strong right-to-left character (the oracle)."""
    rtl = class_ranges(
        [
            code
            for first, last in bidi._RTL_BLOCKS
            for code in range(first, last + 1)
            if bidi.unicodedata.bidirectional(chr(code)) in ("R", "AL")
        ]
    )
    ltr_letter = rf"[^\W\d_{rtl}]"
    digits = bidi._EUROPEAN_DIGITS
    return {
        bidi._ANY_RTL: rf"[{rtl}]",
        bidi._ANY_LTR: ltr_letter,
        bidi._RTL_RUN: rf"[{rtl}](?:[{rtl}\W\d_]*[{rtl}])?",
        bidi._LTR_RUN: rf"(?:\d+[-/.\u2010\u2011]?)?{ltr_letter}(?:[^{rtl}]*{ltr_letter})?"
        rf"(?:[^\w{rtl}]*[{digits}]+)*",
    }


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_each_pattern_finds_what_the_plain_class_finds(text: str) -> None:
    plain = _plain_patterns()
    # The patterns for a text past the plane read any text as the oracle does; those for a
    # text of the plane, any such text.
    chosen = [True, False] if not bidi._wide(text) else [True]
    for wide in chosen:
        for name, pattern in bidi._patterns(wide).items():
            found = [match.span() for match in re.finditer(pattern, text)]
            expected = [match.span() for match in re.finditer(plain[name], text)]
            assert found == expected, (name, wide)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.sampled_from(["ltr", "rtl"]))
def test_isolates_keep_every_character_in_order(text: str, direction: str) -> None:
    spans = bidi.split_isolates(text, direction)
    assert "".join(span.text for span in spans) == text


def test_a_text_of_the_plane_is_read_with_classes_of_the_plane() -> None:
    # Each paragraph of every export and of the preview is asked whether it holds a letter
    # of the other direction. As one class with the supplementary planes' letters, which
    # ``re`` tries range by range, the strong right-to-left letters took 6 ms to look
    # through a 5,000-word English article (the tenth of its HTML export; the export
    # benchmark times it). A text with no character past U+FFFF is read with patterns that
    # have none either, whose classes ``re`` looks a character up in at once.
    english = "The ferry board met on Tuesday \u2014 \u201cat last\u201d, said the chair."
    assert not bidi._wide(english) and not bidi.has_other_direction(english, "ltr")
    for pattern in bidi._patterns(False).values():
        assert max(pattern) <= "\uffff"
    assert bidi._wide("a \U0001e900 b") and bidi.has_other_direction("a \U0001e900 b", "ltr")
