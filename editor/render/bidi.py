"""Runs of the other direction inside a sentence (names, titles) become isolates."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from editor.render.tree import (
    Deletion,
    Emphasis,
    FormatChange,
    Inline,
    InlineQuote,
    Insertion,
    Isolate,
    Link,
    Strike,
    Strong,
    Text,
)
from editor.text.direction import first_strong_direction
from editor.text.scripts import class_ranges

# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, the Arabic
# presentation forms, and the supplementary right-to-left blocks. Only their strong
# right-to-left characters (bidi class R or AL, as ``text.direction`` reads them) count:
# Arabic-Indic digits and vowel marks are not, so "١٢٣ ٤٥٦" in an English sentence is not
# isolated right to left (which would show the two numbers in swapped order).
_ANY_RTL, _ANY_LTR, _RTL_RUN, _LTR_RUN = "any_rtl", "any_ltr", "rtl_run", "ltr_run"
_RTL_BLOCKS = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFC),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)


@cache
def _rtl() -> tuple[str, str]:
    """The strong right-to-left characters as the ranges of two character classes: those of
    the Basic Multilingual Plane, and the supplementary planes' (under 1 ms)."""
    codes = [
        code
        for first, last in _RTL_BLOCKS
        for code in range(first, last + 1)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL")
    ]
    return (
        class_ranges([code for code in codes if code <= 0xFFFF]),
        class_ranges([code for code in codes if code > 0xFFFF]),
    )


# A run starts and ends with a strong character of the other direction; in between it may
# hold spaces, digits and punctuation (a name "Lena Ortiz", a title "Al-Ahram 2026"), but
# never a strong character of the paragraph's own direction. A left-to-right run also takes
# the digits joined to its first letter ("3D") and the European digits after its last one,
# up to the next letter of either direction ("Block C-14", "A320", "Route 7"), as the
# Unicode bidirectional algorithm reads them (rule W7) in the editor, Word and LibreOffice:
# left out of the isolate, they were laid out on its other side in a right-to-left line,
# "14-Block C" and "7 Route" in an Urdu page where the DOCX read "Block C-14", "Route 7".
# Patterns as strings, compiled by ``re`` on first use and kept in its cache: compiling
# these Unicode classes costs about 3 ms, and a left-to-right article without a word of
# Arabic or Hebrew never needs three of the four.
# Digits of bidirectional class EN: ASCII and the Persian and Urdu forms (Arabic-Indic
# digits are AN, which no left-to-right run before them changes).
_EUROPEAN_DIGITS = "0-9\u06f0-\u06f9"
# The supplementary planes' right-to-left blocks, as one quick test before their classes.
_SUPPLEMENTARY_RTL = "\U00010800-\U00010fff\U0001e800-\U0001efff"


@cache
def _patterns(wide: bool = False) -> dict[str, str]:
    """The patterns for a text of the Basic Multilingual Plane, or with ``wide`` for a text
    with characters past it.

    Python's ``re`` looks a character up in a class of the plane at once, but tries a class
    with a character past U+FFFF range by range, for every character of the text: as one
    class, the 321 ranges of the strong right-to-left letters took 6 ms to look through a
    5,000-word English article, the tenth of its export. A text past the plane (rare: an
    emoji, an Adlam or Kharoshthi letter) has the plane's class first, then the
    supplementary planes' behind a quick test of their blocks.
    """
    plane, supplementary = _rtl()
    if wide:
        rtl = f"(?:[{plane}]|(?=[{_SUPPLEMENTARY_RTL}])[{supplementary}])"
        ltr_letter = rf"(?!{rtl})[^\W\d_]"
        not_rtl, not_rtl_nor_word = rf"(?:(?!{rtl})[\s\S])", rf"(?:(?!{rtl})\W)"
        rtl_or_neutral = rf"(?:{rtl}|[\W\d_])"
    else:
        rtl, ltr_letter = f"[{plane}]", rf"[^\W\d_{plane}]"
        not_rtl, not_rtl_nor_word = f"[^{plane}]", rf"[^\w{plane}]"
        rtl_or_neutral = rf"[{plane}\W\d_]"
    return {
        _ANY_RTL: rtl,
        _ANY_LTR: ltr_letter,
        _RTL_RUN: rf"{rtl}(?:{rtl_or_neutral}*{rtl})?",
        _LTR_RUN: rf"(?:\d+[-/.\u2010\u2011]?)?{ltr_letter}(?:{not_rtl}*{ltr_letter})?"
        rf"(?:{not_rtl_nor_word}*[{_EUROPEAN_DIGITS}]+)*",
    }


def _wide(text: str) -> bool:
    """Whether a text has a character past the Basic Multilingual Plane."""
    return not text.isascii() and max(text) > "\uffff"


def split_isolates(text: str, direction: str) -> list[Text | Isolate]:
    """Split text into plain runs and isolates of the direction opposite to ``direction``."""
    if not has_other_direction(text, direction):
        return [Text(text)]
    pattern, other = (_LTR_RUN, "ltr") if direction == "rtl" else (_RTL_RUN, "rtl")
    spans: list[Text | Isolate] = []
    position = 0
    for match in re.finditer(_patterns(_wide(text))[pattern], text):
        if match.start() < position:
            continue  # within the closing marks the run before took
        if match.start() > position:
            spans.append(Text(text[position : match.start()]))
        end = _closed(text, match.start(), match.end())
        spans.append(Isolate(text[match.start() : end], other))
        position = end
    if position < len(text):
        spans.append(Text(text[position:]))
    return spans


# Quotation marks and brackets that open and close: a run that holds an opening one takes
# its closing one too ("check the name «Rana»" at the end of an Arabic line). Left after
# the isolate, the closing mark took the line's direction and stood at its far end,
# mirrored: "«check the name «Rana" (found in a trial).
_PAIRS = {"«": "»", "‹": "›", "“": "”", "‘": "’", "„": "“", "(": ")", "[": "]", "{": "}"}


def _closed(text: str, start: int, end: int) -> int:
    """Return where a run ends once it takes the closing marks of the opening ones it
    holds, right after it (its end as found when there are none)."""
    run = text[start:end]
    while end < len(text):
        char = text[end]
        if char == '"':
            closes = run.count('"') % 2 == 1
        else:
            closes = any(
                closing == char and run.count(opening) > run.count(closing)
                for opening, closing in _PAIRS.items()
            )
        if not closes:
            break
        run += char
        end += 1
    return end


def has_other_direction(text: str, direction: str) -> bool:
    """Whether text holds a strong character of the direction opposite to ``direction``."""
    other = _ANY_LTR if direction == "rtl" else _ANY_RTL
    return re.search(_patterns(_wide(text))[other], text) is not None


def isolate_spans(
    spans: tuple[Inline, ...], direction: str, text: str | None = None
) -> tuple[Inline, ...]:
    """Return the spans with text of the other direction wrapped in isolates.

    ``text``, the spans' plain text when the caller has it, lets the common case (nothing
    of the other direction) return at once.
    """
    if text is not None and not has_other_direction(text, direction):
        return spans
    result: list[Inline] = []
    for span in spans:
        if isinstance(span, Text):
            result.extend(split_isolates(span.text, direction))
        elif isinstance(span, Emphasis):
            result.append(Emphasis(isolate_spans(span.children, direction)))
        elif isinstance(span, Strong):
            result.append(Strong(isolate_spans(span.children, direction)))
        elif isinstance(span, Link):
            result.append(Link(span.href, isolate_spans(span.children, direction)))
        elif isinstance(span, Strike):
            result.append(Strike(isolate_spans(span.children, direction)))
        elif isinstance(span, InlineQuote):
            children = isolate_spans(span.children, direction)
            result.append(
                InlineQuote(span.quotation_id, span.open_mark, span.close_mark, children)
            )
        else:
            result.append(span)
    return tuple(result)


def runs_direction(spans: tuple[Inline, ...]) -> str | None:
    """Return the direction of the first strong letter outside isolates, None if none.

    The tree isolates every run of the other direction than the text's, so this is the
    paragraph's own direction unless the writer set the part the other way.
    """
    for span in spans:
        found = None
        if isinstance(span, Text):
            found = first_strong_direction(span.text)
        elif isinstance(
            span,
            Emphasis | Strong | Link | InlineQuote | Strike | Insertion | Deletion | FormatChange,
        ):
            found = runs_direction(span.children)
        if found:
            return found
    return None
