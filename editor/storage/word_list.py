"""The user's personal word list: the words added to the spelling dictionary, one a line."""

from __future__ import annotations

from pathlib import Path

from editor.files import FileReadError, read_regular
from editor.storage.atomic import make_folder, write_bytes

PERSONAL_WORDS_FILE = "personal-words.txt"
# A personal list of a million words is some 10 MB; /dev/zero must not be read without end.
MAX_WORD_LIST_BYTES = 20_000_000


class PersonalWordList:
    """The words a user added to the dictionary: one per line in the user's data folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._words: set[str] | None = None

    @classmethod
    def in_folder(cls, data_folder: Path) -> PersonalWordList:
        """Return the list kept in a user's data folder (``UserFolders.data``)."""
        return cls(Path(data_folder) / PERSONAL_WORDS_FILE)

    def words(self) -> set[str]:
        """Return the words (read from the file on first use; a missing file is empty)."""
        if self._words is None:
            try:
                text = read_regular(self.path, MAX_WORD_LIST_BYTES).decode("utf-8-sig")
            except (FileReadError, UnicodeDecodeError):
                # Missing, a pipe, a device or damaged: an unreadable list must not stop the
                # editor; saving rewrites it.
                text = ""
            self._words = {line.strip() for line in text.splitlines() if line.strip()}
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self.words()

    def add(self, word: str) -> None:
        """Add a word and write the list at once (atomically); StorageError on failure."""
        word = word.strip()
        if not word or "\n" in word:
            return
        words = self.words()
        if word in words:
            return
        make_folder(self.path.parent, "folder of the word list")
        text = "".join(f"{entry}\n" for entry in sorted({*words, word}))
        write_bytes(self.path, text.encode("utf-8"))
        words.add(word)
