"""Runs of the other direction inside a sentence (names, titles) become isolates."""

from __future__ import annotations

import re

from editor.render.tree import Emphasis, Inline, InlineQuote, Isolate, Link, Strong, Text
from editor.text.direction import first_strong_direction

# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, the Arabic
# presentation forms, and the supplementary right-to-left blocks.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
# A run starts and ends with a strong character of the other direction; in between it may
# hold spaces, digits and punctuation (a name "Lena Ortiz", a title "Al-Ahram 2026"), but
# never a strong character of the paragraph's own direction.
# Patterns as strings, compiled by ``re`` on first use and kept in its cache: compiling
# these Unicode classes costs about 3 ms, and a left-to-right article without a word of
# Arabic or Hebrew never needs three of the four.
_RTL_RUN = rf"[{_RTL}](?:[{_RTL}\W\d_]*[{_RTL}])?"
_LTR_LETTER = rf"[^\W\d_{_RTL}]"
_LTR_RUN = rf"{_LTR_LETTER}(?:[^{_RTL}]*{_LTR_LETTER})?"
_ANY_RTL = rf"[{_RTL}]"
_ANY_LTR = _LTR_LETTER


def split_isolates(text: str, direction: str) -> list[Text | Isolate]:
    """Split text into plain runs and isolates of the direction opposite to ``direction``."""
    if direction == "rtl":
        if re.search(_ANY_LTR, text) is None:
            return [Text(text)]
        pattern, other = _LTR_RUN, "ltr"
    else:
        if re.search(_ANY_RTL, text) is None:
            return [Text(text)]
        pattern, other = _RTL_RUN, "rtl"
    spans: list[Text | Isolate] = []
    position = 0
    for match in re.finditer(pattern, text):
        if match.start() > position:
            spans.append(Text(text[position : match.start()]))
        spans.append(Isolate(match.group(0), other))
        position = match.end()
    if position < len(text):
        spans.append(Text(text[position:]))
    return spans


def has_other_direction(text: str, direction: str) -> bool:
    """Whether text holds a strong character of the direction opposite to ``direction``."""
    other = _ANY_LTR if direction == "rtl" else _ANY_RTL
    return re.search(other, text) is not None


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
        elif isinstance(span, Emphasis | Strong | Link | InlineQuote):
            found = runs_direction(span.children)
        if found:
            return found
    return None
