"""Word counts that are right for Arabic, Cyrillic, Latin and mixed text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from editor.model import Article

# A word is a run of letters, digits and combining marks (Arabic harakat, accents given as
# combining characters, Indic vowel signs), joined inside by an apostrophe, a hyphen, a
# zero-width (non-)joiner or a tatweel. Python's \w leaves combining marks out, which would
# split a vowelled Arabic word into pieces.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f\u200c\u200d\u0640"
)
# One character class (a letter of \w, or a mark) is matched faster than an alternation of
# two (1.3 against 2.2 ms for 5,000 words); \w's underscore, which separates words, is made
# a space first (word_text): every search with _LETTER reads the text through it.
_LETTER = rf"[\w{_MARKS}]"
# A number keeps its separators: "2,4" and "1.5" are one word each.
WORD = re.compile(rf"\d+(?:[.,:/]\d+)+(?!{_LETTER})|{_LETTER}+(?:['’\-‐]{_LETTER}+)*")


# Runs of letters and digits alone: what two spellings of one text share when their
# punctuation, quotation marks and spaces may differ (an export's against the article's).
LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")


def word_text(text: str) -> str:
    """Return a text as the word patterns read it: each underscore a space (same offsets)."""
    return text.replace("_", " ")


def words(text: str) -> list[str]:
    """Return the words of a text, in order."""
    return WORD.findall(word_text(text))


def word_count(text: str) -> int:
    """Return how many words a text has."""
    # One C call (a list of the words, let go at once) rather than a Python step a word:
    # a 20 MB paragraph's count took 1.5 s the other way.
    return len(WORD.findall(word_text(text)))


# A language whose data names no reading rate (no study measured one in it) is read at the
# mean of the seventeen languages measured with the same texts: 184 words a minute
# ("Standardized assessment of reading performance: the New International Reading Speed
# Texts IReST", Investigative Ophthalmology & Visual Science, 2012).
FALLBACK_RATE = 184


class TextMeasure(NamedTuple):
    """A reader's text measured: words, characters, and lines set at a column width."""

    words: int
    characters: int
    lines: int


def reading_rate(language: str) -> int:
    """Return how many words a minute an adult reads in a language (its data's rate)."""
    from editor.text.languages import find_language

    found = find_language(language)
    if found is None or found.reading_rate is None:
        return FALLBACK_RATE
    return found.reading_rate.wpm


def reading_minutes(words: int, language: str) -> int:
    """Return the minutes a text of so many words takes to read, rounded up (0: no words)."""
    if words <= 0:
        return 0
    rate = reading_rate(language)
    return -(-words // rate)


def line_characters(line: str) -> int:
    """Return the characters of one line of a reader's text as set: spaces between words
    count once, none at its ends."""
    return len(" ".join(line.split()))


def wrapped_lines(line: str, width: int) -> int:
    """Return how many lines one line of text takes in a column ``width`` characters wide.

    Words are set whole, one space apart, the next word going to a new line when it would
    not fit; a word longer than the column takes as many lines as it fills. An empty line
    takes none.
    """
    if width <= 0:
        return 0
    lines = 0
    used = 0  # characters on the line being filled; 0: none started
    for word in line.split():
        size = len(word)
        if used and used + 1 + size <= width:
            used += 1 + size
            continue
        full, rest = divmod(size, width)
        if rest == 0:
            lines += full
            used = 0
            # The word filled its last line: the next word starts a new one.
            continue
        lines += full + 1
        used = rest
    return lines


def measure(text: str, column_width: int = 0) -> TextMeasure:
    """Return the words, characters and lines (at ``column_width``; 0: none) of a reader's
    text: each of its lines starts a new line, blank lines take none and count no characters.
    """
    characters = 0
    lines = 0
    for line in text.split("\n"):
        characters += line_characters(line)
        lines += wrapped_lines(line, column_width)
    return TextMeasure(word_count(text), characters, lines)


def article_measure(article: Article, column_width: int = 0) -> TextMeasure:
    """Return the measure of what the editor's status bar counts of an article: its opening
    line, headline, standfirst and the reader's text of each section (labels, byline and
    quotation bank left out), each part starting a new line."""
    from editor.text.reader import bank_lookup, reader_text

    lookup = bank_lookup(article)
    texts = [article.opening.text, article.headline, article.standfirst]
    texts += [reader_text(section.body, lookup) for section in article.sections]
    words = characters = lines = 0
    for text in texts:
        part = measure(text, column_width)
        words += part.words
        characters += part.characters
        lines += part.lines
    return TextMeasure(words, characters, lines)
