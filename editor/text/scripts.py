"""Which script a letter or a text is written in: the one place that knows the ranges.

A script's letters are the alphabetic characters of its Unicode blocks that Unicode names
after it ("ARABIC LETTER ALEF", "FULLWIDTH LATIN CAPITAL LETTER A"): digits, punctuation,
vowel marks and symbols inside a block are not letters, and a Greek letter in the Latin
phonetic block is not Latin. Arabic is the Arabic, Arabic Supplement, Arabic Extended-A
and the two Arabic Presentation Forms blocks, so a letter typed or pasted in its
presentation form (ﻻ, ﷲ) counts as Arabic wherever scripts are counted.

The script of a language is read from its data file (the script of its native name), so
adding a language of one of these scripts takes no code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from editor.text.languages import DEFAULT_LANGUAGE, available_languages, find_language

LATIN = "latin"
CYRILLIC = "cyrillic"
ARABIC = "arabic"

# The Unicode blocks each script's letters are taken from.
_BLOCKS: dict[str, tuple[tuple[int, int], ...]] = {
    LATIN: (
        (0x0000, 0x024F),  # Basic Latin, Latin-1 Supplement, Latin Extended-A and -B
        (0x0250, 0x02AF),  # IPA Extensions
        (0x1D00, 0x1DBF),  # Phonetic Extensions and their Supplement
        (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
        (0x2070, 0x209F),  # superscript and subscript letters
        (0x2C60, 0x2C7F),  # Latin Extended-C
        (0xA720, 0xA7FF),  # Latin Extended-D
        (0xAB30, 0xAB6F),  # Latin Extended-E
        (0xFB00, 0xFB06),  # Latin ligatures (ﬁ)
        (0xFF00, 0xFFEF),  # fullwidth letters
        # Nothing past U+FFFF: a class all in the first plane is one table look-up per
        # character, one past it a check of each range (counting took twice as long).
    ),
    CYRILLIC: (
        (0x0400, 0x052F),  # Cyrillic, Cyrillic Supplement
        (0x1C80, 0x1C8F),  # Cyrillic Extended-C
        (0x2DE0, 0x2DFF),  # Cyrillic Extended-A
        (0xA640, 0xA69F),  # Cyrillic Extended-B
    ),
    ARABIC: (
        (0x0600, 0x06FF),  # Arabic
        (0x0750, 0x077F),  # Arabic Supplement
        (0x08A0, 0x08FF),  # Arabic Extended-A
        (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
        (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    ),
}
SCRIPTS = tuple(_BLOCKS)  # also the order that breaks a tie in ``text_script``
# The language a text in a script falls back to when no language asked for is written in it.
SCRIPT_DEFAULTS = {LATIN: "en", CYRILLIC: "ru", ARABIC: "ar"}
# A text's script and language are told by this many characters: enough to be sure, cheap
# on 50 MB.
SCRIPT_SAMPLE = 20000
_ASCII_LETTER = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    """Return each letter of every script and its script (built on first use, ~3 ms)."""
    found: dict[str, str] = {}
    for script, blocks in _BLOCKS.items():
        word = script.upper()
        for first, last in blocks:
            for code in range(first, last + 1):
                char = chr(code)
                if char.isalpha() and word in unicodedata.name(char, "").split():
                    found[char] = script
    return found


@cache
def letter_pattern(script: str) -> re.Pattern[str]:
    """Return a pattern matching one letter of a script (KeyError for an unknown script)."""
    if script not in _BLOCKS:
        raise KeyError(script)
    codes = sorted(ord(char) for char, owner in _letters().items() if owner == script)
    # Counted with one regular expression per script: a loop over characters in Python is
    # what made choosing a line's language cost more than checking its words.
    return re.compile("[" + class_ranges(codes) + "]")


def class_ranges(codes: list[int]) -> str:
    """Return sorted code points as the ranges inside a character class ("a-zé")."""
    ranges: list[str] = []
    if not codes:
        return ""
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(
            re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
        )
        start = previous = code
    return "".join(ranges)


@cache
def _block_pattern(script: str) -> re.Pattern[str]:
    return re.compile(
        "[" + "".join(f"{chr(first)}-{chr(last)}" for first, last in _BLOCKS[script]) + "]"
    )


def has_script_blocks(text: str, script: str) -> bool:
    """Whether a text has any character of the script's blocks (a letter, a digit, a sign):
    False is sure to mean no letter of it, without the letter tables ``script_counts``
    builds on first use (~3 ms, before an editor's first paint when a chip is measured)."""
    return _block_pattern(script).search(text) is not None


def char_script(char: str) -> str | None:
    """Return "latin", "cyrillic" or "arabic" for a letter, None for anything else."""
    return _letters().get(char)


def script_counts(text: str) -> dict[str, int]:
    """Return how many letters of each script a text has (scripts with none left out)."""
    counts = {}
    for script in SCRIPTS:
        found = len(letter_pattern(script).findall(text))
        if found:
            counts[script] = found
    return counts


def text_script(text: str) -> str | None:
    """Return the script most letters of a text are written in, None when it has none."""
    counts = script_counts(text)
    return max(counts, key=counts.__getitem__) if counts else None


@lru_cache(maxsize=64)
def language_script(code: str) -> str | None:
    """Return the script a language is written in, from its native name in the data file.

    The script whose blocks hold most of the name's letters: a name needs no letter table
    (``text_script`` builds them, ~3 ms, which an export of English text never needed).
    """
    data = find_language(code)
    if data is None:
        return None
    letters = "".join(char for char in data.native_name if char.isalpha())
    counts = {script: len(_block_pattern(script).findall(letters)) for script in SCRIPTS}
    best = max(SCRIPTS, key=counts.__getitem__)
    return best if counts[best] else None


def language_of_script(text: str) -> str:
    """Return the most likely language of a text from its script and tell-tale letters.

    Among the languages of the text's script, the one whose ``letter_hints`` (language
    data) the text has most of; else the script's default language (Arabic, Russian,
    English); English for a text without letters.
    """
    sample = text[:SCRIPT_SAMPLE]
    counts = script_counts(sample)
    if not counts:
        return DEFAULT_LANGUAGE
    script = max(counts, key=counts.__getitem__)
    best, best_found = SCRIPT_DEFAULTS[script], 0
    for code in available_languages():
        data = find_language(code)
        if data is None or data.letter_hints is None or language_script(code) != script:
            continue
        found = data.letter_hints.found_in(sample, counts[script])
        if found > best_found:
            best, best_found = code, found
    return best


def language_of_text(text: str, expected: str, other_direction: bool = False) -> str:
    """Return the language of a text found in a part written in ``expected``.

    ``expected`` when most of the text's letters are of that language's script, or it has
    none (digits, punctuation); else the likeliest language of the script they are in
    (``language_of_script``): an Arabic paragraph in an English article is Arabic (Urdu
    when its letters say so), a Latin one in an Arabic article English (Turkish when its
    letters say so). For a language without data (its script not known) only a text
    running against its direction (``other_direction``) is taken for another language.
    """
    sample = text[:SCRIPT_SAMPLE]
    own = language_script(expected) if expected else None
    if sample.isascii():
        # Basic Latin only (most of an English article): no letters to count.
        if own == LATIN:
            return expected
        script = LATIN if _ASCII_LETTER.search(sample) else None
    elif own is not None and not any(
        has_script_blocks(sample, other) for other in SCRIPTS if other != own
    ):
        return expected  # curly quotes and dashes in English, no letter of another script
    else:
        script = text_script(sample)
    if script is None or script == own or (own is None and not other_direction):
        return expected
    return language_of_script(sample)


def in_word(char: str) -> bool:
    """Whether a character belongs to a word: a letter or digit of any script, "_", or a
    mark written on one (a slug's and a whole-word search's idea of a word)."""
    # Letters and digits of any script, and the marks written on them: an Arabic shadda or
    # vowel, a Hindi vowel sign ("لعمّان" was cut at its shadda, "لعم-ان"; found in a trial).
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"
