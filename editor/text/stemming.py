"""Word stems for the library's search: each text stemmed in its own language.

The Snowball stemmers (through PyStemmer, a binding of Snowball's C code) cut a word to
its stem, so ``площади`` and ``площадь`` both index as ``площад``, ``kitaplarımızdan`` as
``kitap``, ``runs`` and ``running`` as ``run``. Stemming works on the search form the
normaliser makes (editor/text/normalise.py): the Arabic article and conjunction are gone
before the Arabic stemmer sees a word (Snowball's Arabic stemmer keeps ``والمدارس`` whole),
Turkish dotless ı is already i on both sides.

Like the normaliser, a stemmed text keeps **one word for each word**: only a run of letters
is replaced, by a stem that is never empty, so FTS5 finds the original word by its number.

A text is stemmed in the language it is written in: the language its part declares, unless
a paragraph is written in another script (an Arabic line in an English article is Arabic,
a Russian one Russian: ``SCRIPT_DEFAULTS``). A language with no Snowball stemmer (Urdu,
among others) keeps the normalised words as they are.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection
from functools import cache

import Stemmer

from editor.text.normalise import normalise
from editor.text.scripts import (
    SCRIPT_DEFAULTS,
    SCRIPTS,
    language_script,
    letter_pattern,
    script_counts,
    text_script,
)

# The languages stemmed, and Snowball's name for each. A language added here changes the
# search form of its texts: bump STEMMING_VERSION so every index is rebuilt.
SNOWBALL = {
    "en": "english",
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
    "fr": "french",
    "de": "german",
    "id": "indonesian",
}
STEMMING_VERSION = 1

# A run of letters (no digits, no underscore): what a stemmer is given. A word with digits
# or marks inside is stemmed piece by piece, identically in texts and in queries.
_LETTERS = re.compile(r"([^\W\d_]+)")
_PARAGRAPHS = re.compile(r"(\n\s*\n)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Words already stemmed, per language: the words of a language repeat (Zipf), and a look-up
# costs a fifth of stemming again. Emptied when it holds this many.
MEMO_SIZE = 200_000

# Stemmer objects keep state while they work: one set per thread (the library is searched
# from the interface thread and may be written from a worker thread).
_local = threading.local()


def stemming_version() -> str:
    """The stemmers' identity, for an index to know when its stems are stale."""
    return f"{STEMMING_VERSION}/{Stemmer.version()}"


def stem_language(code: str) -> str:
    """Return the language code whose stemmer a language uses, "" when it has none."""
    primary = code.split("-", 1)[0].split("_", 1)[0].lower()
    return primary if primary in SNOWBALL else ""


def _memo(language: str) -> dict[str, str]:
    memos: dict[str, dict[str, str]] | None = getattr(_local, "memos", None)
    if memos is None:
        memos = _local.memos = {}
    return memos.setdefault(language, {})


def _stemmer(language: str) -> Stemmer.Stemmer:
    stemmers: dict[str, Stemmer.Stemmer] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(language)
    if stemmer is None:
        stemmer = stemmers[language] = Stemmer.Stemmer(SNOWBALL[language])
    return stemmer


def _stem_piece(word: str, stemmer: Stemmer.Stemmer) -> str:
    """Stem each run of letters of a word that is not letters only (digits, marks)."""
    pieces = _LETTERS.split(word)
    for index in range(1, len(pieces), 2):
        pieces[index] = stemmer.stemWord(pieces[index]) or pieces[index]
    return "".join(pieces)


def stem_folded(folded: str, language: str) -> str:
    """Replace each run of letters of a normalised text by its stem in a language.

    language is a key of SNOWBALL, or "" (the text is returned unchanged). The words come
    back one space apart: FTS5 sees the same words either way.
    """
    if not language:
        return folded
    words = folded.split()
    memo = _memo(language)
    missing = set(words).difference(memo)
    if missing:
        stemmer = _stemmer(language)
        if len(memo) + len(missing) > MEMO_SIZE:
            memo.clear()
        plain = [word for word in missing if word.isalpha()]
        # Snowball never returns an empty stem for a word of letters, but the number of
        # words must not change whatever it returns.
        memo.update(
            (word, stem or word)
            for word, stem in zip(plain, stemmer.stemWords(plain), strict=True)
        )
        memo.update((word, _stem_piece(word, stemmer)) for word in missing if not word.isalpha())
    return " ".join(map(memo.__getitem__, words))


def _script_language(counts: dict[str, int], declared: str) -> str:
    """The stemmer for text with these letter counts, in a part declared as ``declared``."""
    if not counts:
        return stem_language(declared)
    script = max(counts, key=counts.__getitem__)
    if script == language_script(declared):
        return stem_language(declared)
    return SCRIPT_DEFAULTS.get(script, "")


@cache
def _foreign_letter(script: str) -> re.Pattern[str] | None:
    """A letter of another script than this one (None for a script not in SCRIPTS)."""
    if script not in SCRIPTS:
        return None
    return re.compile(
        "|".join(letter_pattern(other).pattern for other in SCRIPTS if other != script)
    )


def search_form(text: str, language: str, used: set[str] | None = None) -> str:
    """Return the indexed form of a text in a language: normalised, then stemmed.

    A paragraph in another script than the language's is stemmed as that script's
    language; in a paragraph of several scripts, each word is stemmed by its own script.
    The stemmer languages used are added to ``used`` when it is given, and "" when a text
    with letters was left unstemmed (its language has no stemmer).
    """
    folded = normalise(text)
    foreign = _foreign_letter(language_script(language) or "")
    # Most texts are written in their language's script only: one search tells.
    counts = script_counts(folded) if foreign is None or foreign.search(folded) else {}
    if len(counts) <= 1:
        return _stemmed(folded, _script_language(counts, language), used)
    pieces = _PARAGRAPHS.split(folded)
    for index in range(0, len(pieces), 2):
        counts = script_counts(pieces[index])
        if len(counts) <= 1:
            pieces[index] = _stemmed(pieces[index], _script_language(counts, language), used)
        else:
            pieces[index] = " ".join(
                _stemmed(word, _script_language(script_counts(word), language), used)
                for word in pieces[index].split()
            )
    return "".join(pieces)


def _stemmed(folded: str, stemmer: str, used: set[str] | None) -> str:
    if used is not None and (stemmer or _HAS_LETTER.search(folded)):
        used.add(stemmer)
    return stem_folded(folded, stemmer)


def query_forms(folded: str, languages: Collection[str]) -> list[str]:
    """Return a normalised query word or phrase as the library's languages stem it.

    Each language of the text's script that the library holds gives its stem; the text
    as typed is kept when no such language has a stemmer, or when the library holds text
    left unstemmed ("" among ``languages``). Each form appears once.
    """
    script = text_script(folded)
    stemmers = [
        code
        for code in languages
        if stem_language(code) and (script is None or language_script(code) == script)
    ]
    forms = [folded] if "" in languages or not stemmers else []
    for code in stemmers:
        stemmed = stem_folded(folded, stem_language(code))
        if stemmed not in forms:
            forms.append(stemmed)
    return forms
