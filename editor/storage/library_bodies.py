"""The library's copy of each article's body: compressed, each part with its language.

The index keeps the original text for two things only: the snippets FTS5 highlights, and
removing an article's words from the index when it changes (FTS5 must be told what it
indexed, and the search form is computed again from this copy). zlib compresses it; a
preset dictionary per language, made from the first few articles the index stored in
that language, lets it reuse the words every article shares (a tenth smaller on the
benchmark's articles). Dictionaries live in the index and are never changed: a body names
the one it was packed with (0: none).
"""

from __future__ import annotations

import sqlite3
import zlib

# Separate the parts of a stored body and a part's language from its text (both removed
# from the text by editor.storage.library_query._clean).
PART_SEPARATOR = "\x1e"
LANGUAGE_SEPARATOR = "\x1f"
# zlib's level: level 6 was measured as small as 9, at less cost.
PACK_LEVEL = 6
# zlib uses at most 32 kB of a preset dictionary, the end of it first.
DICTIONARY_BYTES = 32768

Parts = tuple[tuple[str, str], ...]


def pack_parts(parts: Parts, words: bytes = b"") -> bytes:
    """Return a body's parts with their languages, compressed (with a preset dictionary)."""
    text = PART_SEPARATOR.join(code + LANGUAGE_SEPARATOR + part for code, part in parts)
    packer = zlib.compressobj(PACK_LEVEL, zdict=words) if words else zlib.compressobj(PACK_LEVEL)
    return packer.compress(text.encode("utf-8")) + packer.flush()


def unpack_parts(packed: bytes, words: bytes = b"") -> Parts:
    """Return the parts pack_parts stored."""
    if not packed:
        return ()
    unpacker = zlib.decompressobj(zdict=words) if words else zlib.decompressobj()
    text = (unpacker.decompress(packed) + unpacker.flush()).decode("utf-8")
    return tuple(
        (code, part)
        for code, _, part in (
            piece.partition(LANGUAGE_SEPARATOR) for piece in text.split(PART_SEPARATOR)
        )
    )


def body_text(parts: Parts) -> str:
    """Return the text of a body: its parts a blank line apart, as Entry.body."""
    return "\n\n".join(part for _, part in parts)


class Bodies:
    """Packs and unpacks the bodies of one index, with its per-language dictionaries."""

    def __init__(self) -> None:
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
        language = language.split("-", 1)[0].lower()
        number = self._current.get(language)
        if number is None:
            sample = self._samples.setdefault(language, [])
            sample.append(body_text(parts).encode("utf-8"))
            gathered = b"\n\n".join(sample)
            if len(gathered) < DICTIONARY_BYTES:
                return 0, pack_parts(parts)
            words = gathered[-DICTIONARY_BYTES:]
            cursor = db.execute(
                "INSERT INTO dictionaries(language, words) VALUES (?, ?)", (language, words)
            )
            number = cursor.lastrowid or 0
            self._words[number] = words
            self._current[language] = number
            del self._samples[language]
        return number, pack_parts(parts, self._words[number])

    def parts(self, dictionary: int, packed: bytes) -> Parts:
        """Return the parts of a packed body."""
        return unpack_parts(packed, self._words[dictionary] if dictionary else b"")

    def text(self, dictionary: int, packed: bytes) -> str:
        """Return the text of a packed body (the view "plain" calls this)."""
        return body_text(self.parts(dictionary, packed))
