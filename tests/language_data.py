"""Point the program at a copy of the language data, so a test can add or change a language."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from editor.importing import lexicon
from editor.text import languages, scripts, typography


def _forget_loaded_languages() -> None:
    # Every cache that holds something read from a language file.
    for cached in (
        languages._load,
        languages._shipped_codes,
        scripts.language_script,
        typography._rules_data,
        lexicon.lexicon,
    ):
        cached.cache_clear()


@contextmanager
def language_data_copy(folder: Path) -> Iterator[Path]:
    """Copy the shipped language files into ``folder`` and read languages from there."""
    shipped = languages.languages_dir
    shutil.copytree(shipped(), folder)
    languages.languages_dir = lambda: folder
    _forget_loaded_languages()
    try:
        yield folder
    finally:
        languages.languages_dir = shipped
        _forget_loaded_languages()


def edit_language(folder: Path, code: str, /, **changes: object) -> None:
    """Change keys of one language file in the copy (a value of None removes the key)."""
    path = folder / f"{code}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _forget_loaded_languages()
