"""A replacement written in the case of the words it replaces, as word processors do.

Replace without "Match case" finds "Board", "board" and "BOARD" alike; the replacement then
takes the case of each: "council chair" goes in as "Council chair" for "Board" and
"COUNCIL CHAIR" for "BOARD". A replacement the writer typed with capitals of its own
("NATO", "de Vries") keeps them where the found words start in lower case.
"""

from __future__ import annotations

# Languages whose i and ı are two letters: their capitals are İ and I.
_DOTTED_I = frozenset({"tr", "az"})


def _dotted_i(language: str) -> bool:
    return language.split("-")[0].lower() in _DOTTED_I


def upper(text: str, language: str = "") -> str:
    """Return ``text`` in capitals, as the language writes them (Turkish i → İ)."""
    if _dotted_i(language):
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def fold(text: str, language: str = "") -> str:
    """Return ``text`` in small letters, letter for letter, as the language writes them: the
    Turkish I is ı and İ is i, elsewhere both are i. The same length as ``text``, so that a
    place found in one is the place in the other (a search that ignores case).

    Python's own lower() gives İ two characters (i and a combining dot), and Qt's search
    that ignores case did not take "iğdeli" for "İğdeli" (a trial).
    """
    if _dotted_i(language):
        text = text.replace("I", "ı")
    # İ is the only character lower() makes two of (checked over all of Unicode).
    return text.replace("İ", "i").lower()


def case_like(found: str, replacement: str, language: str = "") -> str:
    """Return ``replacement`` in the case of ``found``: all capitals when ``found`` is all
    capitals (two letters or more), a capital first letter when ``found`` starts with one,
    else as typed. Scripts without case (Arabic, Urdu) are left as typed."""
    letters = [char for char in found if char.lower() != char.upper()]
    if not letters:
        return replacement
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return upper(replacement, language)
    if letters[0].isupper():
        for index, char in enumerate(replacement):
            if char.lower() != char.upper():
                if char.isupper():
                    return replacement
                return replacement[:index] + upper(char, language) + replacement[index + 1 :]
    return replacement
