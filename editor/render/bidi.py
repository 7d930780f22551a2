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
def _rtl() -> str:
    """The strong right-to-left characters as the ranges of a character class (under 1 ms)."""
    return class_ranges(
        [
            code
            for first, last in _RTL_BLOCKS
            for code in range(first, last + 1)
            if unicodedata.bidirectional(chr(code)) in ("R", "AL")
        ]
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


@cache
def _patterns() -> dict[str, str]:
    rtl = _rtl()
    ltr_letter = rf"[^\W\d_{rtl}]"
    return {
        _ANY_RTL: rf"[{rtl}]",
        _ANY_LTR: ltr_letter,
        _RTL_RUN: rf"[{rtl}](?:[{rtl}\W\d_]*[{rtl}])?",
        _LTR_RUN: rf"(?:\d+[-/.\u2010\u2011]?)?{ltr_letter}(?:[^{rtl}]*{ltr_letter})?"
        rf"(?:[^\w{rtl}]*[{_EUROPEAN_DIGITS}]+)*",
    }


def split_isolates(text: str, direction: str) -> list[Text | Isolate]:
    """Split text into plain runs and isolates of the direction opposite to ``direction``."""
    if not has_other_direction(text, direction):
        return [Text(text)]
    pattern, other = (_LTR_RUN, "ltr") if direction == "rtl" else (_RTL_RUN, "rtl")
    spans: list[Text | Isolate] = []
    position = 0
    for match in re.finditer(_patterns()[pattern], text):
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
    return re.search(_patterns()[other], text) is not None


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
