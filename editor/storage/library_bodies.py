"""The library's copy of each article's body: compressed, each part with its language.

The index keeps the original text for two things only: the snippets FTS5 highlights, and
removing an article's words from the index when it changes (FTS5 must be told what it
indexed, and the search form is computed again from this copy). zlib compresses it; a
preset dictionary per language, made from the first few articles the index stored in
that language, lets it reuse the words every article shares (a tenth smaller on the
benchmark's articles). Dictionaries live in the index and are never changed: a body names
the one it was packed with (0: none). Each part's language and length are kept beside the
text, so that the text itself is the body as FTS5 reads it.
"""

from __future__ import annotations

import sqlite3
import zlib

# zlib's level: with a dictionary, 5 packs 4% larger than 6 for two thirds of the time
# (benchmarks/library.py: the index's writer, not its readers, bounds a full scan).
PACK_LEVEL = 5
# zlib uses at most 32 kB of a preset dictionary, the end of it first.
DICTIONARY_BYTES = 32768
PART_BREAK = "\n\n"
# Ends a body raw() cut short: a separator to FTS5 (no word), and never in the text itself
# (editor.storage.library_query._clean removes it).
TRUNCATED = b"\x1e"

Parts = tuple[tuple[str, str], ...]


def body_text(parts: Parts) -> str:
    """Return the text of a body: its parts a blank line apart, as Entry.body."""
    return PART_BREAK.join(part for _, part in parts)


def part_languages(parts: Parts) -> str:
    """Return each part's language and length, as stored beside the packed text."""
    return "\n".join(f"{code} {len(part)}" for code, part in parts)


def pack_text(text: str, words: bytes = b"") -> bytes:
    """Return a body's text compressed (with a preset dictionary)."""
    packer = zlib.compressobj(PACK_LEVEL, zdict=words) if words else zlib.compressobj(PACK_LEVEL)
    return packer.compress(text.encode("utf-8")) + packer.flush()


def unpack_bytes(packed: bytes, words: bytes = b"") -> bytes:
    """Return the UTF-8 text pack_text compressed."""
    if not packed:
        return b""
    unpacker = zlib.decompressobj(zdict=words) if words else zlib.decompressobj()
    return unpacker.decompress(packed) + unpacker.flush()


def split_parts(text: str, languages: str) -> Parts:
    """Return the parts of a body's text from the languages and lengths stored beside it."""
    parts: list[tuple[str, str]] = []
    start = 0
    for line in languages.splitlines():
        code, _, length = line.rpartition(" ")
        end = start + int(length)
        parts.append((code, text[start:end]))
        start = end + len(PART_BREAK)
    return tuple(parts)


class Bodies:
    """Packs and unpacks the bodies of one index, with its per-language dictionaries."""

    def __init__(self) -> None:
        # How much of a body raw() gives (0: all of it).
        self.first_bytes = 0
        self._words: dict[int, bytes] = {}
        self._current: dict[str, int] = {}
        self._samples: dict[str, list[bytes]] = {}

    def load(self, db: sqlite3.Connection) -> None:
        """Read the index's dictionaries (forgetting what was known of another state)."""
        self._words.clear()
        self._current.clear()
        self._samples.clear()
        for number, language, words in db.execute(
            "SELECT id, language, words FROM dictionaries ORDER BY id"
        ):
            self._words[number] = words
            self._current[language] = number

    def pack(self, db: sqlite3.Connection, language: str, parts: Parts) -> tuple[int, bytes]:
        """Return the dictionary used and the packed body; may add a dictionary to db."""
        text = body_text(parts)
        language = language.split("-", 1)[0].lower()
        number = self._current.get(language)
        if number is None:
            sample = self._samples.setdefault(language, [])
            sample.append(text.encode("utf-8"))
            gathered = PART_BREAK.encode().join(sample)
            if len(gathered) < DICTIONARY_BYTES:
                return 0, pack_text(text)
            words = gathered[-DICTIONARY_BYTES:]
            cursor = db.execute(
                "INSERT INTO dictionaries(language, words) VALUES (?, ?)", (language, words)
            )
            number = cursor.lastrowid or 0
            self._words[number] = words
            self._current[language] = number
            del self._samples[language]
        return number, pack_text(text, self._words[number])

    def raw(self, dictionary: int, packed: bytes) -> bytes:
        """Return the UTF-8 text of a packed body (the view "plain" gives it to FTS5 as is:
        decoding it only for SQLite to encode it again costs a third of a snippet).

        With ``first_bytes`` set, only about that many bytes of the text, cut after a
        space and ended with TRUNCATED; see Library._highlights.
        """
        words = self._words[dictionary] if dictionary else b""
        if not self.first_bytes or not packed:
            return unpack_bytes(packed, words)
        unpacker = zlib.decompressobj(zdict=words) if words else zlib.decompressobj()
        start = unpacker.decompress(packed, self.first_bytes)
        if len(start) < self.first_bytes:
            return start
        # At a space: never inside a character, nor inside a word FTS5 would count.
        cut = start.rfind(b" ")
        if cut <= 0:
            # No space (a script written without them): at least not inside a character.
            cut = len(start)
            while cut > 0 and start[cut - 1] & 0xC0 == 0x80:
                cut -= 1
            if cut > 0 and start[cut - 1] >= 0xC0:
                cut -= 1  # the first byte of the character cut
        return start[:cut] + TRUNCATED

    def text(self, dictionary: int, packed: bytes) -> str:
        """Return the text of a packed body."""
        return self.raw(dictionary, packed).decode("utf-8")
