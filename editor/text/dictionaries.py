"""Hunspell dictionaries shipped with the program, opened through Enchant or spylls. No Qt.

Engine: pyenchant (the Enchant C library with its Hunspell provider) where it is
installed, else spylls, a pure-Python Hunspell. Enchant loads the Arabic dictionary in
about 0.2 s; spylls takes seconds and hundreds of megabytes, so it is only the fallback.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from editor.processes import process_alive
from editor.resources import resource_path
from editor.text.languages import primary_subtag

ENGINES = ("auto", "enchant", "spylls")
# Spelling variants accepted alongside a language's dictionary: offices write English in
# British and American spelling alike ("harbour", "harbor").
VARIANTS = {"en": ("en_GB",)}


class SpellingError(Exception):
    """Spell checking cannot be used; ``str()`` is a sentence a user understands."""


class NoDictionaryError(SpellingError):
    """No dictionary is shipped for a language (Urdu, for one)."""

    def __init__(self, code: str) -> None:
        super().__init__(f"No spelling dictionary is installed for the language '{code}'.")
        self.code = code


class NoEngineError(SpellingError):
    """Neither pyenchant (with its C library) nor spylls can be imported."""


class Dictionary(Protocol):
    """One language's word list: is a word right, and what might have been meant."""

    def check(self, word: str) -> bool:
        """Return whether the word is spelled right."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Return likely corrections, best first."""
        ...


def dictionaries_dir() -> Path:
    """Return the folder of the shipped Hunspell ``CODE.aff``/``CODE.dic`` files."""
    return resource_path("dictionaries", "hunspell")


# -- dictionaries ----------------------------------------------------------------------


class _EnchantHandle(Protocol):
    """What Newsdesk uses of ``enchant.Dict`` (pyenchant ships no types)."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class _SpyllsHandle(Protocol):
    """What Newsdesk uses of ``spylls.hunspell.Dictionary`` (spylls ships no types)."""

    def lookup(self, word: str) -> bool: ...

    def suggest(self, word: str) -> Iterable[str]: ...


class _EnchantDictionary:
    """A Hunspell dictionary through Enchant."""

    def __init__(self, handle: _EnchantHandle) -> None:
        self._handle = handle

    def check(self, word: str) -> bool:
        return bool(self._handle.check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._handle.suggest(word))


class _AnyOf:
    """A language's dictionary with its accepted variants: a word any of them knows is right."""

    def __init__(self, dictionaries: Sequence[Dictionary]) -> None:
        self._dictionaries = tuple(dictionaries)

    def check(self, word: str) -> bool:
        return any(dictionary.check(word) for dictionary in self._dictionaries)

    def suggest(self, word: str) -> list[str]:
        found: list[str] = []
        for dictionary in self._dictionaries:
            found += [s for s in dictionary.suggest(word) if s not in found]
        return found


class _SpyllsDictionary:
    """A Hunspell dictionary through spylls (pure Python, slower to load)."""

    def __init__(self, handle: _SpyllsHandle) -> None:
        self._handle = handle

    def check(self, word: str) -> bool:
        return bool(self._handle.lookup(word))

    def suggest(self, word: str) -> list[str]:
        found: list[str] = []
        for suggestion in self._handle.suggest(word):
            found.append(suggestion)
            if len(found) == 8:
                break
        return found


# Enchant reads ENCHANT_CONFIG_DIR on each request; the lock keeps two loads from
# changing it under each other. A lock is not settings, only a guard.
_ENV_LOCK = threading.Lock()


def _open_enchant(code: str, folder: Path) -> Dictionary:
    try:
        import enchant
    except ImportError as failure:  # pyenchant missing, or its C library missing
        raise NoEngineError(f"pyenchant cannot be used: {failure}") from None
    # Enchant's Hunspell provider looks in $ENCHANT_CONFIG_DIR/hunspell first, so the
    # shipped dictionary wins over any the system has. Enchant also writes its own personal
    # word list files into that folder, so it must be a private one, never the program's
    # resources (read-only when installed): a temporary folder whose hunspell/ points at
    # the shipped dictionaries, removed when the dictionary is.
    _remove_left_behind(Path(tempfile.gettempdir()))
    config = Path(tempfile.mkdtemp(prefix=f"{_CONFIG_PREFIX}{os.getpid()}-"))
    _link_dictionaries(config / "hunspell", folder, code)
    with _ENV_LOCK:
        previous = os.environ.get("ENCHANT_CONFIG_DIR")
        os.environ["ENCHANT_CONFIG_DIR"] = str(config)
        try:
            broker = enchant.Broker()
            broker.set_ordering(code, "hunspell")
            handle = broker.request_dict(code)
        except enchant.errors.Error as failure:
            shutil.rmtree(config, ignore_errors=True)
            raise SpellingError(f"The {code} dictionary cannot be loaded: {failure}") from None
        finally:
            if previous is None:
                os.environ.pop("ENCHANT_CONFIG_DIR", None)
            else:
                os.environ["ENCHANT_CONFIG_DIR"] = previous
    dictionary = _EnchantDictionary(handle)
    weakref.finalize(dictionary, shutil.rmtree, config, True)
    return dictionary


# The private folders Enchant is given: "newsdesk-enchant-PID-…", the process's id in the
# name, so that one left by a process that ended without removing it (killed, crashed)
# is known as such and removed by the next.
_CONFIG_PREFIX = "newsdesk-enchant-"


def _remove_left_behind(temporary: Path) -> list[Path]:
    """Remove the Enchant folders of processes that are no longer running; return them.

    Only folders named as this module names them.
    """
    removed = []
    for folder in temporary.glob(f"{_CONFIG_PREFIX}*-*"):
        pid = folder.name[len(_CONFIG_PREFIX) :].split("-", 1)[0]
        if not (pid.isascii() and pid.isdigit()) or int(pid) == os.getpid():
            continue
        if folder.is_dir() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _link_dictionaries(target: Path, folder: Path, code: str) -> None:
    """Make ``target`` show the shipped dictionaries: a link, or copies where links fail."""
    try:
        target.symlink_to(folder.resolve(), target_is_directory=True)
    except OSError:  # no symbolic links (Windows without the privilege)
        target.mkdir()
        for name in (f"{code}.aff", f"{code}.dic"):
            shutil.copyfile(folder / name, target / name)


def _open_spylls(code: str, folder: Path) -> Dictionary:
    try:
        from spylls.hunspell import Dictionary as SpyllsDictionary
    except ImportError as failure:
        raise NoEngineError(f"spylls cannot be used: {failure}") from None
    try:
        handle = SpyllsDictionary.from_files(str(folder / code))
    except Exception as failure:  # spylls raises plain exceptions on a broken file
        raise SpellingError(f"The {code} dictionary cannot be loaded: {failure}") from None
    return _SpyllsDictionary(handle)


def open_dictionary(code: str, engine: str = "auto", folder: Path | None = None) -> Dictionary:
    """Load one language's dictionary (blocking); raise NoDictionaryError when none ships."""
    code = primary_subtag(code)
    folder = folder or dictionaries_dir()
    if not (folder / f"{code}.dic").is_file() or not (folder / f"{code}.aff").is_file():
        raise NoDictionaryError(code)
    if engine not in ENGINES:
        raise SpellingError(f"Unknown spelling engine '{engine}'; use one of {ENGINES}.")
    if engine in ("auto", "enchant"):
        try:
            main = _open_enchant(code, folder)
        except NoEngineError:
            if engine == "enchant":
                raise
            engine = "spylls"
        else:
            engine = "enchant"
    if engine == "spylls":
        main = _open_spylls(code, folder)
    opener = _open_enchant if engine == "enchant" else _open_spylls
    variants = [
        opener(variant, folder)
        for variant in VARIANTS.get(code, ())
        if (folder / f"{variant}.dic").is_file() and (folder / f"{variant}.aff").is_file()
    ]
    return _AnyOf([main, *variants]) if variants else main


def engine_name(engine: str = "auto") -> str:
    """Return which engine ``open_dictionary`` would use: "enchant" or "spylls"."""
    if engine in ("auto", "enchant"):
        try:
            import enchant  # noqa: F401

            return "enchant"
        except ImportError:
            if engine == "enchant":
                raise NoEngineError("pyenchant cannot be used.") from None
    return "spylls"
