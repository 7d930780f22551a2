"""Typed failures of the importing layer, each naming the draft and what is wrong."""

from __future__ import annotations

from pathlib import Path


class DraftError(Exception):
    """A draft could not be imported; ``str()`` is one sentence a user understands."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message
