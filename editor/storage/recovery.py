"""Autosaved recovery copies in the per-user state folder, never over the user's own file."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.files import FileReadError, read_regular
from editor.model import Article, now_iso
from editor.storage import container
from editor.storage.atomic import make_folder, write_bytes
from editor.storage.errors import FormatError, StorageError
from editor.storage.folders import UserFolders
from editor.storage.lock import host_name, running_elsewhere

_INFO_SUFFIX = ".json"
_MAX_INFO_BYTES = 64 * 1024


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy: where it is, which file it belongs to, and whether it can be read."""

    path: Path
    source: Path | None
    headline: str
    saved: str
    article_id: str = ""
    error: str | None = None
    # Written by an editor still running on this computer (its window has the article
    # open): no crash's leftover, so not offered back (a second editor offered a running
    # one's unsaved work, found in a trial).
    in_use: bool = False


class RecoveryStore:
    """The recovery copies of one user, keyed by article id."""

    def __init__(self, folders: UserFolders) -> None:
        self.folder = folders.recovery

    def path_for(self, article_id: str) -> Path:
        """Return where the recovery copy of an article is kept."""
        return self.folder / f"{container.storage_key(article_id)}{container.SUFFIX}"

    def write(self, article: Article, source_path: Path | None) -> Path:
        """Write (or replace) the article's recovery copy; return its path."""
        make_folder(self.folder, "recovery folder")
        path = self.path_for(article.id)
        try:
            data = container.dumps(article)
        except FormatError as failure:
            raise FormatError(path, failure.message) from None
        write_bytes(path, data)
        # The sidecar is written second: a copy without one is still listed and restorable,
        # only without the name of the file it came from.
        info = {
            "source": str(Path(source_path).absolute()) if source_path is not None else None,
            "headline": article.headline,
            "saved": now_iso(),
            "article_id": article.id,
            # Who writes it, to tell a running editor's copy from a crash's.
            "host": host_name(),
            "pid": os.getpid(),
        }
        sidecar = json.dumps(info, ensure_ascii=False, indent=1)
        write_bytes(path.with_suffix(_INFO_SUFFIX), sidecar.encode("utf-8", "surrogatepass"))
        return path

    def entries(self) -> list[RecoveryEntry]:
        """Return every recovery copy, newest first; unreadable ones carry their error."""
        try:
            paths = sorted(self.folder.glob(f"*{container.SUFFIX}"))
        except OSError:
            return []
        found = [self._entry(path) for path in paths if path.is_file()]
        return sorted(found, key=lambda entry: entry.saved, reverse=True)

    def _entry(self, path: Path) -> RecoveryEntry:
        info = _read_info(path.with_suffix(_INFO_SUFFIX))
        source = info.get("source")
        saved = info.get("saved")
        if not isinstance(saved, str):
            saved = _modified(path)
        headline = info.get("headline")
        headline = headline if isinstance(headline, str) else ""
        article_id = info.get("article_id")
        article_id = article_id if isinstance(article_id, str) else ""
        error = None
        try:
            article = container.load(path)
            headline, article_id = article.headline, article.id
        except StorageError as failure:
            error = failure.message
        return RecoveryEntry(
            path=path,
            source=Path(source) if isinstance(source, str) and source else None,
            headline=headline,
            saved=saved,
            article_id=article_id,
            error=error,
            in_use=running_elsewhere(info.get("host"), info.get("pid")),
        )

    def load(self, entry: RecoveryEntry) -> Article:
        """Read a recovery copy back (FormatError if it is damaged)."""
        return container.load(entry.path)

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete a recovery copy (after it was restored, or when the user declines it)."""
        for path in (entry.path, entry.path.with_suffix(_INFO_SUFFIX)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


def _read_info(path: Path) -> dict[str, Any]:
    try:
        data = read_regular(path, _MAX_INFO_BYTES)
        info = json.loads(data.decode("utf-8", "surrogatepass"))
    except (FileReadError, ValueError, RecursionError):
        return {}
    return info if isinstance(info, dict) else {}


def _modified(path: Path) -> str:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return now_iso(stamp)
