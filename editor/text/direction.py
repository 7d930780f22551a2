"""Text direction from the first strong character (Unicode bidi rules P2–P3)."""

from __future__ import annotations

import unicodedata

LTR = "ltr"
RTL = "rtl"

_ISOLATE_OPENERS = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
_ISOLATE_CLOSER = "\u2069"  # PDI


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


def text_direction(text: str, default: str = LTR) -> str:
    """Return the direction of a paragraph, ``default`` when it has no strong character."""
    return first_strong_direction(text) or default
