"""The Markdown highlighter's spans: as its patterns found them, in linear time."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from time_limit import finishes_within

from editor.ui.form.highlighter import (
    _EMPHASIS_CLOSE,
    _EMPHASIS_OPEN,
    _LINK,
    _STRONG_CLOSE,
    _STRONG_OPEN,
    delimited_spans,
)

# The lazy patterns the highlighter used: the spans must stay the same.
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="*_ a\t.", max_size=40))
def test_strong_and_emphasis_spans_are_those_the_patterns_found(text: str) -> None:
    strong = [(m.start(), m.end(), len(m.group(1))) for m in STRONG.finditer(text)]
    assert list(delimited_spans(text, _STRONG_OPEN, _STRONG_CLOSE)) == strong
    emphasis = [(m.start(), m.end(), 1) for m in EMPHASIS.finditer(text)]
    assert list(delimited_spans(text, _EMPHASIS_OPEN, _EMPHASIS_CLOSE)) == emphasis


# 20,000 characters: the longest paragraph the editor shows; the patterns took 1.5-2.8 s
# on each of these, on every key typed in the paragraph.
@pytest.mark.parametrize(
    "text", ["**a " * 5_000, "*a " * 6_666, "_a " * 6_666, "[a](" * 5_000, "[" * 20_000]
)
def test_highlighting_a_paragraph_of_unclosed_marks_is_quick(text: str) -> None:
    with finishes_within(0.5):
        list(delimited_spans(text, _STRONG_OPEN, _STRONG_CLOSE))
        list(delimited_spans(text, _EMPHASIS_OPEN, _EMPHASIS_CLOSE))
        list(_LINK.finditer(text))


def test_links_are_still_found() -> None:
    text = 'See [the port](https://example.org/a "Title") and ![map](m.png).'
    assert [m.group(1, 2) for m in _LINK.finditer(text)] == [
        ("the port", "https://example.org/a"),
        ("map", "m.png"),
    ]
