"""Spell checking per language with the shipped Hunspell dictionaries. No Qt.

Dictionaries come from ``editor.text.dictionaries`` (Enchant, else spylls). Loading is
blocking (``SpellChecker.load``); the editor runs it in a worker thread so
start-up never waits for a dictionary. Each (language, word) answer is cached.

Which language a word is checked in: the line it stands in picks a language by its
script — the article's language when the scripts match, else the opening line's, else
the first language with a dictionary written in that script. A word in another script
than its line (a Russian name in an English sentence) is checked in a language of its
own script. Quotation tokens, URLs, e-mail addresses, Markdown link targets, code spans,
words with digits, all-capital abbreviations and the names the caller passes in (the
byline, the speakers) are never checked.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from editor.model.tokens import QUOTE_TOKEN
from editor.text.counts import _LETTER, word_text
from editor.text.dictionaries import (
    Dictionary,
    SpellingError,
    dictionaries_dir,
    open_dictionary,
)
from editor.text.languages import find_language, primary_subtag
from editor.text.scripts import (
    SCRIPT_DEFAULTS,
    char_script,
    language_script,
    script_counts,
    text_script,
)

# A cache past this many words is dropped and rebuilt: it only saves time, never answers.
_CACHE_LIMIT = 200_000
# A line this long is checked again only around an edit (``check_line_again``): a pasted
# text without paragraph breaks can be one line of 100,000 words, 0.3 s to check whole.
LONG_LINE = 4_000
# Unchanged text checked again on each side of an edit (a URL or a token at the edit is
# seen whole), then on to the next space.
_EDIT_CONTEXT = 256

# The rest of a URL: parentheses only in balanced pairs, so "(see https://x.org/a)" ends
# before its closing bracket while "https://x.org/Port_(city)" keeps its own.
_URL_TAIL = r"(?:[^\s<>()\[\]]|\([^\s<>()\[\]]*\))+"
# Longer than this, a word is no dictionary's (German's longest compounds have some 80).
LONGEST_WORD = 120
# A word: letters and marks, joined inside by an apostrophe or a hyphen. _LETTER takes \w's
# underscore too: the text is read through counts.word_text (each underscore a space).
_WORD = re.compile(rf"{_LETTER}+(?:['’\-‐]{_LETTER}+)*")
# Spans whose words are not prose: quotation tokens, URLs and e-mail addresses, Markdown
# link targets ``](…)``, autolinks ``<…>``, inline code, and HTML-like tags.
#
# Every branch stays linear on a long run of one kind of character: a try that fails
# must not scan a run that the next try scans again. An address starts only where a run
# of its characters starts and takes the run whole (possessive), so a 50,000-letter word
# is scanned once, not once from each letter; a link target stops at the next "]", where
# the next target's try begins.
_SKIP = re.compile(
    "|".join(
        (
            QUOTE_TOKEN.pattern,
            r"(?<=\])\([^)\s\]]*+(?:\s++\"[^\"]*+\")?\)",
            r"<[^<>\s]+>",
            r"`+[^`]*`+",
            rf"(?:https?|ftp|mailto|file|javascript|data):{_URL_TAIL}",
            rf"www\.{_URL_TAIL}",
            r"(?<![\w.+\-])[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++",
        )
    ),
    re.IGNORECASE,
)
# A character every span of _SKIP holds (a token's or link's bracket, a tag's <, a code
# span's backtick, a URL's colon or "www.", an address's @): a line without any has none.
_MAY_SKIP = re.compile(r"[\[(<`:@]|www\.", re.IGNORECASE)
_CIRCUMFLEX = re.compile("[âîûÂÎÛ]")
_DIGIT = re.compile(r"\d")
_ALPHA = re.compile(r"[^\W\d_]")
_HARAKAT = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u0640]"
)


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know: its span in the text and the language used."""

    start: int
    end: int
    word: str
    language: str


def choose_language(text: str, preferred: Sequence[str], candidates: Sequence[str]) -> str:
    """Return the language to check a line in: the first preferred one of its script.

    ``preferred`` is the article's language then the opening line's; ``candidates`` are
    the languages with a dictionary. A line with no letters keeps the first preferred.
    """
    script = text_script(text)
    fallback = SCRIPT_DEFAULTS.get(script or "", "")
    ordered = [primary_subtag(code) for code in (*preferred, fallback, *candidates) if code]
    if script is not None:
        for code in ordered:
            if language_script(code) == script:
                return code
    return ordered[0] if ordered else ""


# -- the personal word list ------------------------------------------------------------


class WordList(Protocol):
    """The words a user added to the dictionary, kept on disk by the caller's storage."""

    def words(self) -> set[str]:
        """Return the words."""
        ...

    def __contains__(self, word: object) -> bool: ...

    def add(self, word: str) -> None:
        """Add a word and keep it; StorageError on failure."""
        ...


# -- the checker -----------------------------------------------------------------------


def _fold_circumflex(word: str) -> str:
    return word.translate(str.maketrans("âîûÂÎÛ", "aiuAIU"))


def _read_additions(folder: Path, code: str) -> frozenset[str]:
    """Return the shipped words a dictionary lacks (``additions/CODE.txt``; # starts a note)."""
    try:
        text = (folder / f"{code}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _strip_marks(word: str) -> str:
    """Arabic harakat and tatweel do not change a word; dictionaries list it without them."""
    return _HARAKAT.sub("", word) if _HARAKAT.search(word) else word


def skip_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of a text that are not prose (tokens, URLs, link targets, code)."""
    if not _MAY_SKIP.search(text):
        return []  # no mark any skipped span begins with: one quick scan, not the long one
    return [match.span() for match in _SKIP.finditer(text)]


def iter_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) for each word of prose in a line, outside skipped spans."""
    spans = skip_spans(text)
    index = 0
    for match in _WORD.finditer(word_text(text)):
        start, end = match.span()
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] < end:
            continue
        yield start, end, match.group()


def _moved(miss: Misspelling, by: int) -> Misspelling:
    """Return a misspelling's span ``by`` characters further on (back when negative)."""
    return Misspelling(miss.start + by, miss.end + by, miss.word, miss.language)


def _far_reaching(line: str) -> bool:
    """Whether a line holds what is not prose over a stretch that spaces may break: inline
    code (one backtick more or less pairs them all otherwise) or a link with a title. The
    other spans (tokens, URLs, tags) hold no space, so checking from a space is safe."""
    return "`" in line or "](" in line


def _first_difference(one: str, other: str) -> int:
    """Return where two texts first differ (the shorter one's length when one starts the
    other): compared a block at a time, then halved, so a long text costs no Python loop."""
    shortest = min(len(one), len(other))
    block = 4096
    at = 0
    while at < shortest and one[at : at + block] == other[at : at + block]:
        at += block
    low, high = at, min(at + block, shortest)
    while low < high:
        middle = (low + high) // 2
        if one[at : middle + 1] == other[at : middle + 1]:
            low = middle + 1
        else:
            high = middle
    return min(low, shortest)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """Return the words of names (byline, speakers) that spell checking leaves alone."""
    found: set[str] = set()
    for name in names:
        for _start, _end, word in iter_words(name or ""):
            found.add(word)
    return frozenset(found)


class SpellChecker:
    """Checks words and lines per language, with lazily loaded dictionaries and a cache.

    ``load(code)`` is blocking and may run in another thread; until a language is loaded
    its words are not flagged. When ``load_on_demand`` is true (the command line) a
    language is loaded the first time it is needed; otherwise ``on_missing(code)`` is
    called once so the caller can load it in the background.
    """

    def __init__(
        self,
        personal: WordList | None = None,
        *,
        engine: str = "auto",
        folder: Path | None = None,
        load_on_demand: bool = False,
        on_missing: Callable[[str], None] | None = None,
        ignore_uppercase: bool = True,
    ) -> None:
        self.personal = personal
        self.engine = engine
        self.folder = folder or dictionaries_dir()
        self.load_on_demand = load_on_demand
        self.on_missing = on_missing
        self.ignore_uppercase = ignore_uppercase
        self._dictionaries: dict[str, Dictionary] = {}
        self._caches: dict[str, dict[str, bool]] = {}
        self._additions: dict[str, frozenset[str]] = {}
        self._failed: dict[str, str] = {}
        self._requested: set[str] = set()
        self._ignored: set[str] = set()
        self._lock = threading.Lock()
        self._available = tuple(
            sorted(
                path.stem
                for path in self.folder.glob("*.dic")
                if path.with_suffix(".aff").is_file() and "_" not in path.stem
            )
        )

    # -- dictionaries --------------------------------------------------------------------

    def available(self) -> tuple[str, ...]:
        """Return the language codes that have a dictionary."""
        return self._available

    def has_dictionary(self, code: str) -> bool:
        """Whether a dictionary ships for a language."""
        return primary_subtag(code) in self._available

    def is_loaded(self, code: str) -> bool:
        """Whether a language's dictionary is loaded and in use."""
        return primary_subtag(code) in self._dictionaries

    def failure(self, code: str) -> str | None:
        """Return why a language's dictionary could not be loaded, None if it did not fail."""
        return self._failed.get(primary_subtag(code))

    def load(self, code: str) -> bool:
        """Load a language's dictionary (blocking; thread-safe); False when there is none."""
        code = primary_subtag(code)
        if code in self._dictionaries:
            return True
        if code not in self._available:
            return False
        with self._lock:
            if code in self._dictionaries:
                return True
            try:
                dictionary = open_dictionary(code, self.engine, self.folder)
            except SpellingError as failure:
                self._failed[code] = str(failure)
                return False
            self._additions[code] = _read_additions(self.folder.parent / "additions", code)
            self._caches[code] = {}
            # Published last: another thread sees either no dictionary or a ready one.
            self._dictionaries[code] = dictionary
        return True

    def _dictionary(self, code: str) -> Dictionary | None:
        dictionary = self._dictionaries.get(code)
        if dictionary is not None or code not in self._available or code in self._failed:
            return dictionary
        if self.load_on_demand:
            self.load(code)
            return self._dictionaries.get(code)
        if code not in self._requested:
            self._requested.add(code)
            if self.on_missing is not None:
                self.on_missing(code)
        return None

    # -- words ---------------------------------------------------------------------------

    def ignore(self, word: str) -> None:
        """Stop flagging a word for the rest of this session."""
        self._ignored.add(word)

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to the user's personal list (kept on disk); StorageError on failure."""
        if self.personal is None:
            self._ignored.add(word)
            return
        self.personal.add(word)

    def is_accepted(self, word: str) -> bool:
        """Whether the user ignored a word or added it to the personal list."""
        return word in self._ignored or (self.personal is not None and word in self.personal)

    def check_word(self, word: str, code: str) -> bool | None:
        """Return whether a word is right in a language; None when it cannot be told yet."""
        if self.is_accepted(word):
            return True
        if code not in self._caches:
            code = primary_subtag(code)
        cache = self._caches.get(code)
        if cache is not None:
            known = cache.get(word)
            if known is not None:
                return known
        dictionary = self._dictionary(code)
        if dictionary is None:
            return None
        cache = self._caches[code]
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        known = word in self._additions.get(code, ()) or self._lookup(dictionary, word, code)
        cache[word] = known
        return known

    @staticmethod
    def _lookup(dictionary: Dictionary, word: str, code: str) -> bool:
        plain = _strip_marks(word)
        if len(plain) > LONGEST_WORD:
            # No dictionary holds a word this long: it is not looked up (a dictionary took
            # 1.3 s over a 20-million-letter "word").
            return False
        if dictionary.check(plain):
            return True
        if "’" in plain and dictionary.check(plain.replace("’", "'")):
            return True
        data = find_language(code)
        if data is not None and data.optional_circumflex and _CIRCUMFLEX.search(plain):
            # The circumflex (tezgâh, hükûmet) is optional in Turkish; the dictionary has
            # the plain letters.
            return SpellChecker._lookup(dictionary, _fold_circumflex(plain), code)
        if data is not None and data.suffix_apostrophe and ("'" in plain or "’" in plain):
            stem = re.split("['’]", plain, maxsplit=1)[0]
            # Only proper names take an apostrophe before a suffix; the name is the word.
            return stem[:1].isupper() or dictionary.check(stem)
        # A hyphenated compound is right when each of its parts is.
        parts = re.split("[\\-‐]", plain)
        return len(parts) > 1 and all(part and dictionary.check(part) for part in parts)

    def suggestions(self, word: str, code: str, limit: int = 8) -> list[str]:
        """Return likely corrections of a word in a language, best first."""
        dictionary = self._dictionary(primary_subtag(code))
        if dictionary is None:
            return []
        return dictionary.suggest(_strip_marks(word))[:limit]

    def _skippable(self, word: str, skip: frozenset[str]) -> bool:
        if word in skip or _DIGIT.search(word):
            return True
        if not word.isalpha() and not _ALPHA.search(word):
            return True  # a stray mark or joiner is not a word
        if ("'" in word or "’" in word) and re.split("['’]", word, maxsplit=1)[0] in skip:
            return True  # a name with a suffix or a possessive: "Aksoy'un", "Reyes’s"
        return self.ignore_uppercase and len(word) > 1 and word.isupper()

    # -- lines and texts -----------------------------------------------------------------

    def line_language(self, line: str, preferred: Sequence[str]) -> str:
        """Return the language a line is checked in (see the module's docstring)."""
        return choose_language(line, preferred, self._available)

    def check_line(
        self, line: str, preferred: Sequence[str], skip: frozenset[str] = frozenset()
    ) -> list[Misspelling]:
        """Return the misspelled words of one line (one paragraph of a plain-text box)."""
        counts = script_counts(line)
        if not counts:
            return []
        line_code = self.line_language(line, preferred)
        line_script = language_script(line_code) if line_code else None
        mixed = len(counts) > 1
        if not mixed and self._dictionary(line_code) is None:
            return []  # not loaded yet (or none): nothing to tell, so no need to look
        found: list[Misspelling] = []
        # A word's verdict in this line, once looked at: prose repeats its words (a long
        # paragraph costs one look-up per distinct word, not per word).
        if not mixed:
            wrong = {
                word
                for word in set(_WORD.findall(word_text(line)))
                if not self._skippable(word, skip) and self.check_word(word, line_code) is False
            }
            if not wrong:
                return found  # most lines: no word to place, and no loop over them
            for start, end, word in iter_words(line):
                if word in wrong:
                    found.append(Misspelling(start, end, word, line_code))
            return found
        for start, end, word in iter_words(line):
            if self._skippable(word, skip):
                continue
            code = line_code
            script = char_script(next((c for c in word if c.isalpha()), " "))
            if script is not None and script != line_script:
                code = choose_language(word, preferred, self._available)
            if self.check_word(word, code) is False:
                found.append(Misspelling(start, end, word, code))
        return found

    def revision(self) -> tuple[int, int, int]:
        """What the answers depend on besides the words: it changes when a dictionary is
        loaded or a word is ignored or added (a memo of earlier answers compares it)."""
        personal = len(self.personal.words()) if self.personal is not None else 0
        return len(self._dictionaries), len(self._ignored), personal

    def check_line_again(
        self,
        previous: str,
        found: Sequence[Misspelling],
        line: str,
        preferred: Sequence[str],
        skip: frozenset[str] = frozenset(),
    ) -> list[Misspelling]:
        """Return the misspelled words of ``line``, an edit of ``previous`` line.

        ``found`` are those of ``previous``, with the same languages, names and revision.
        A long line is checked again only around the edit: the words before and after it
        keep their answers, moved by what the edit added or removed.
        """
        if len(line) < LONG_LINE or len(previous) < LONG_LINE or _far_reaching(line):
            return self.check_line(line, preferred, skip)
        head = _first_difference(previous, line)
        if head == len(line) == len(previous):
            return list(found)
        tail = min(
            _first_difference(previous[::-1], line[::-1]), min(len(previous), len(line)) - head
        )
        start = line.rfind(" ", 0, max(0, head - _EDIT_CONTEXT)) + 1
        end = line.find(" ", min(len(line), len(line) - tail + _EDIT_CONTEXT))
        end = len(line) if end < 0 else end
        moved = len(line) - len(previous)
        again = self.check_line(line[start:end], preferred, skip)
        return [
            *(miss for miss in found if miss.end <= start),
            *(_moved(miss, start) for miss in again),
            *(_moved(miss, moved) for miss in found if miss.start >= end - moved),
        ]

    def check_text(
        self, text: str, preferred: Sequence[str], skip: frozenset[str] = frozenset()
    ) -> list[Misspelling]:
        """Return the misspelled words of a text, line by line, with offsets into the text."""
        found: list[Misspelling] = []
        offset = 0
        for line in text.split("\n"):
            misses = self.check_line(line, preferred, skip)
            if offset:
                misses = [_moved(miss, offset) for miss in misses]
            found.extend(misses)
            offset += len(line) + 1
        return found
