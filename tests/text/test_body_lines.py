"""A body's lines and line breaks: exact round trips, Enter and paste rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.text.body_lines import (
    LINE,
    PARAGRAPH,
    EnterResult,
    enter_line,
    join_lines,
    pasted_lines,
    split_lines,
)

_TEXT = st.text(alphabet=st.sampled_from(list("ab -*>1.\n \u00a0\u0627\u2028\t")), max_size=80)


@given(_TEXT)
def test_split_and_join_give_back_every_character(text: str) -> None:
    lines, breaks = split_lines(text)
    assert join_lines(lines, breaks) == text
    assert all("\n" not in line for line in lines)
    assert len(lines) == len(breaks) and breaks[0] == 0


def test_lines_and_their_breaks() -> None:
    assert split_lines("a\n\nb\nc\n\n\n\nd") == (["a", "b", "c", "d"], [0, 2, 1, 4])
    assert split_lines("") == ([""], [0])
    assert split_lines("\n\na\n") == (["", "a", ""], [0, 2, 1])


def test_enter_starts_a_paragraph_continues_a_list_and_ends_an_empty_item() -> None:
    assert enter_line("Plain text", 5) == EnterResult(PARAGRAPH, "", 0)
    assert enter_line("- apples", 8) == EnterResult(LINE, "- ", 0)
    assert enter_line("* apples", 3) == EnterResult(LINE, "* ", 0)
    assert enter_line("9. nine", 7) == EnterResult(LINE, "10. ", 0)
    assert enter_line("3) three", 8) == EnterResult(LINE, "4) ", 0)
    assert enter_line("- ", 2) == EnterResult(0, "", 2)
    assert enter_line("> quoted", 8) == EnterResult(PARAGRAPH, "> ", 0)
    assert enter_line("> ", 2) == EnterResult(0, "", 2)
    # Before the marker's end the line is split as any paragraph.
    assert enter_line("- apples", 0) == EnterResult(PARAGRAPH, "", 0)
    # "-5" is no list item.
    assert enter_line("-5 degrees", 10) == EnterResult(PARAGRAPH, "", 0)


def test_pasted_text_makes_a_paragraph_of_each_line() -> None:
    assert pasted_lines("one\ntwo\r\nthree\rfour") == (
        ["one", "two", "three", "four"],
        [0, PARAGRAPH, PARAGRAPH, PARAGRAPH],
    )
    assert pasted_lines("\n\none\n\n\n\ntwo\n\n") == (["one", "two"], [0, PARAGRAPH])
    # A list stays a list, an indented line stays in its item, a hard break stays a line.
    lines, breaks = pasted_lines("Intro\n- a\n  more of a\n- b\nBroken  \nline")
    assert lines == ["Intro", "- a", "  more of a", "- b", "Broken  ", "line"]
    assert breaks == [0, PARAGRAPH, LINE, LINE, PARAGRAPH, LINE]


@given(_TEXT)
def test_a_paste_keeps_every_word(text: str) -> None:
    lines, breaks = pasted_lines(text)
    pasted = join_lines(lines, breaks)
    assert pasted.split() == text.replace("\r", "\n").split()
