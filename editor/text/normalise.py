"""The search form of a text: what the library indexes and what a query is matched against.

The library's full-text index (SQLite FTS5, ``unicode61`` tokenizer with the categories
``L* N* Co Mn Mc``) keeps the user's original text and indexes this normalised copy of it.
FTS5 highlights a match by token number in the original text, so the normaliser keeps
**one word for each word**: it never drops, splits or joins a token, it only changes the
letters inside one. What it folds, and why:

- Unicode NFC, so a letter typed as base + combining mark matches the precomposed one.
- Arabic harakat, Quranic annotation marks, the superscript alef and tatweel are removed
  (``كَتَبَ`` → ``كتب``). A run of them standing alone is kept, else its token would vanish.
- The attached Arabic article and the particles before it (``ال``, ``وال``, ``فال``,
  ``بال``, ``كال``, ``وبال``, ``لل``, ``ولل``…) are removed when at least two letters of the
  stem remain, so ``مدرسة`` finds ``المدرسة`` and ``وبالمدرسة``. Only a bare alef starts the
  article: ``ألوان`` keeps its first letters. ``الله`` is left whole. Without the article,
  the conjunction ``و`` ("and") is removed when three letters remain (``وكتب`` → ``كتب``),
  as in the Arabic light stemmers (Larkey et al.; Lucene's ArabicStemmer); the other
  one-letter prefixes (``ب ك ف ل``) are kept, because too many words begin with them. A
  word whose own first letter is و (``وزير``) loses it too — on both the text and the
  query side, so it still finds itself.
- Alef forms ``أ إ آ ٱ`` → ``ا``; alef maksura ``ى`` → ``ي``; taa marbuta ``ة`` → ``ه``
  (writers and keyboards use them interchangeably at the end of a word, so a search must
  not depend on which one was typed); Persian/Urdu ``ی`` → ``ي`` and ``ک`` → ``ك``;
  Arabic-Indic digits → ASCII digits.
- Russian ``ё`` → ``е`` (``елка`` finds ``ёлка``); Turkish dotless ``ı`` and dotted ``İ`` →
  ``i``, so with ordinary lower-casing ``ılık`` and ``ILIK`` both become ``ilik``; German
  ``ß`` → ``ss``.
- Lower case. Latin diacritics (é → e, ş → s) are folded by the tokenizer itself
  (``remove_diacritics 2``), identically for documents and queries.

Bump ``NORMALISER_VERSION`` whenever the output changes: the index is rebuilt from it.
"""

from __future__ import annotations

import re
import unicodedata

NORMALISER_VERSION = 3

# Harakat (fathatan … sukun, maddah and hamza above/below, subscript alef), Quranic honorific
# and annotation marks, the superscript alef, and tatweel: none of them changes the word.
_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640"
)
# Removed only when touching a letter (before or after), so a lone run of marks stays one
# (odd) token and the token count of the text does not change. Written to start with a
# character class rather than a lookbehind: the regex engine then skips ahead to the next
# mark instead of testing every position, which makes indexing several times faster.
# "Letter" here excludes tatweel itself (a letter to the regex engine): a word of nothing
# but tatweel must keep one.
_LETTER = r"[^\W_\u0640]"
_REMOVABLE = re.compile(
    rf"[{_MARKS}](?:(?<={_LETTER}[{_MARKS}])[{_MARKS}]*|[{_MARKS}]*(?={_LETTER}))"
)

# The article at the start of a word, with the conjunctions/prepositions attached before it
# (و ف, then ب ك; ل + ال is written لل); stripped only when two letters of the stem remain,
# and never from "الله". Otherwise a bare و ("and") when three letters remain. The first
# letter is consumed before the word-start check for the same speed reason as above.
_ARTICLE = re.compile(
    r"[وفبكاٱل](?<![^\W_].)"
    r"(?:(?:(?<=[اٱ])ل|(?<=[بك])[اٱ]ل|(?<=[وف])(?:[بك]?[اٱ]ل|لل)|(?<=ل)ل)"
    r"(?=[^\W\d_]{2})(?!له(?![^\W_]))"
    r"|(?<=و)(?=[^\W\d_]{3}))"
)
# Any character of the Arabic block, marks included, not only letters (editor.text.scripts):
# a mark beside a Latin letter is removed too, and the index is built on this output.
_ARABIC = re.compile("[\u0600-\u06ff]")

# Plain str.replace for each letter present is about twenty times faster than
# str.translate with a dict on non-ASCII text.
_FOLDS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ی", "ي"),  # Persian/Urdu yeh
    ("ک", "ك"),  # Persian/Urdu keheh
    ("ё", "е"),
    ("Ё", "е"),
    ("ı", "i"),
    ("İ", "i"),
    ("ß", "ss"),
    ("ẞ", "ss"),
    *((chr(0x0660 + digit), str(digit)) for digit in range(10)),
    *((chr(0x06F0 + digit), str(digit)) for digit in range(10)),
)


def normalise(text: str) -> str:
    """Return the search form of a text: same words in the same order, each one folded."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text)
    if _ARABIC.search(text):
        text = _REMOVABLE.sub("", text)
        text = _ARTICLE.sub("", text)
    for letter, folded in _FOLDS:
        if letter in text:
            text = text.replace(letter, folded)
    return text.lower()


# A Latin letter and the combining accents after it once decomposed (é → e + U+0301).
# A Latin letter that may carry an accent, or a combining accent: without one, nothing folds.
_MAY_HAVE_ACCENTS = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]")
_LATIN_ACCENTED = re.compile("([A-Za-z\u00c0-\u024f\u1e00-\u1eff])[\u0300-\u036f]+")


def match_form(text: str) -> str:
    """Return the form a filter compares: the search form, Latin accents folded as well.

    The library leaves Latin accents to its tokenizer (``remove_diacritics 2``); a filter
    that looks for a typed string inside a text has no tokenizer, so it folds them here, the
    same way for the text and for what is typed (``Basın`` and ``basin`` match).
    """
    text = normalise(text)
    if text.isascii() or not _MAY_HAVE_ACCENTS.search(text):
        # Nothing to fold (Arabic or Cyrillic text): decomposing it would cost more than
        # the rest of a phrase check in the library.
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _LATIN_ACCENTED.sub(r"\1", decomposed))
