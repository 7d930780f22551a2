"""A paragraph's direction: its first strong letter's, unless most of its words say otherwise.

The Unicode rule (bidi P2–P3) takes the first strong character: an Arabic or Urdu
paragraph that opens with a Latin name or an acronym ("NASA أعلنت…", "John Smith، مهندس
الجسر…") would be laid out left to right, its wrapped lines read in the wrong order. Here
the first strong letter decides unless more than ``OTHER_WORD_SHARE`` of the paragraph's
words with a strong letter start in the other direction: a clear majority, so an English
sentence with an Arabic name in it ("We met عادل منصور today.") stays English. A paragraph
of one script, the usual one, reads as before. Runs inside a paragraph (a span to
isolate) still take their first strong character (``first_strong_direction``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

LTR = "ltr"
RTL = "rtl"

_ISOLATE_OPENERS = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
_ISOLATE_CLOSER = "\u2069"  # PDI
_ISOLATES = re.compile("[\u2066-\u2069]")
# Share of a paragraph's words (among those with a strong letter) in the other direction
# than its first strong letter's that makes it read in theirs.
OTHER_WORD_SHARE = 0.6


@cache
def _right_to_left_blocks() -> re.Pattern[str]:
    """Any character of the blocks where every right-to-left letter is (Hebrew, Arabic,
    Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms; the supplementary
    planes' right-to-left scripts): a paragraph with none of them reads as its first strong
    letter says. Compiled on first use: an ASCII text never asks."""
    return re.compile(
        "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
    )


_WORD = re.compile(r"\S+")


@cache
def _left_to_right_letter() -> re.Pattern[str]:
    """A letter of a left-to-right script: a word character outside those blocks, not a
    digit. A paragraph with none has only right-to-left words to count. Compiled when a
    paragraph first holds a right-to-left letter (an English article never asks)."""
    return re.compile(
        "[^\\W\\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
        "\U00010800-\U00010fff\U0001e800-\U0001efff]"
    )


def first_strong_direction(text: str) -> str | None:
    """Return "ltr" or "rtl" from the first strong character, or None if there is none.

    Characters inside isolates (LRI/RLI/FSI … PDI) are skipped, as rule P2 says.
    """
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
            continue
        if char == _ISOLATE_CLOSER:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return LTR
        if kind in ("R", "AL"):
            return RTL
    return None


def paragraph_direction(text: str) -> str | None:
    """Return the direction a paragraph reads in ("ltr" or "rtl"), None when no letter
    tells (digits, punctuation): its first strong letter's, unless more than
    ``OTHER_WORD_SHARE`` of its words with a strong letter start in the other direction.
    Text inside isolates is skipped, as the first-strong rule skips it."""
    first = first_strong_direction(text)
    if first is None or text.isascii() or not _right_to_left_blocks().search(text):
        return first  # no right-to-left letter: nothing can outvote the first
    if not _left_to_right_letter().search(text):
        return first  # only right-to-left words (Arabic with its digits and marks)
    if _ISOLATES.search(text):
        text = _outside_isolates(text)
    right = left = 0
    for word in _WORD.findall(text):
        found = first_strong_direction(word)
        if found == RTL:
            right += 1
        elif found == LTR:
            left += 1
    other = left if first == RTL else right
    if other > OTHER_WORD_SHARE * (right + left):
        return LTR if first == RTL else RTL
    return first


def has_right_to_left(text: str) -> bool:
    """Whether a text holds a right-to-left letter (only then may its order on screen
    differ from the order it is written in)."""
    return not text.isascii() and bool(_right_to_left_blocks().search(text))


def mixes_directions(text: str) -> bool:
    """Whether a text holds letters of both directions: only then may a paragraph of it
    read otherwise than its first strong letter says (``paragraph_direction``). Two
    searches: a loaded text of one script needs no look at each of its paragraphs."""
    if text.isascii():
        return False  # no right-to-left letter (and no pattern compiled to say so)
    return bool(_right_to_left_blocks().search(text) and _left_to_right_letter().search(text))


def _outside_isolates(text: str) -> str:
    # Each isolate's text as a space: its words belong to a run of its own.
    kept: list[str] = []
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == _ISOLATE_CLOSER:
            depth = max(0, depth - 1)
        kept.append(" " if depth or char == _ISOLATE_CLOSER else char)
    return "".join(kept)


def isolated(text: str) -> str:
    """Return ``text`` as a run of its own (FSI … PDI) in whatever sentence it is put: a
    Latin name at the start of an Arabic sentence does not turn the sentence left to right,
    an Arabic label in an English list keeps its number beside it."""
    return f"\u2068{text}\u2069"


def text_direction(text: str, default: str = LTR) -> str:
    """Return the direction of a paragraph, ``default`` when it has no strong character."""
    return paragraph_direction(text) or default
