"""The library's folders and files: which folders, walking them, files into index entries.

A full scan of a big library spends most of its time reading containers and normalising
their text; that part runs in worker processes (spawned, so a Qt application is never
forked) while the main process writes the index.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from editor.files import NOT_FOUND, FileReadError, read_regular
from editor.model import Article
from editor.storage.atomic import make_folder, write_bytes
from editor.storage.errors import StorageError
from editor.storage.folders import UserFolders
from editor.storage.library_query import Entry, Forms, entry_for, search_forms

SUFFIX = ".newsdesk"
FOLDERS_FILE = "library.json"
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 400
CHUNK = 32
# The list of library folders is a few lines of JSON.
MAX_FOLDERS_BYTES = 1_000_000

Loader = Callable[[Path], Article]
# (path, entry or None, the entry's search forms or None, error message or "")
Prepared = tuple[str, Entry | None, Forms | None, str]


# --- library folders ---------------------------------------------------------------------


def load_library_folders(folders: UserFolders) -> list[Path]:
    """Return the library folders the user chose, or the default one (Documents/Newsdesk)."""
    return read_library_folders(folders)[0]


def read_library_folders(folders: UserFolders) -> tuple[list[Path], str]:
    """Return the library folders and, when the file listing them was unusable, why.

    A missing file means the default folder (Documents/Newsdesk) and no problem; a file
    that cannot be used (not JSON, nested without end, a pipe, the wrong shape) means the
    default folder too, with a sentence saying what is wrong, so that every library
    command still works.
    """
    path = folders.config / FOLDERS_FILE
    try:
        data = json.loads(read_regular(path, MAX_FOLDERS_BYTES).decode("utf-8-sig"))
    except FileReadError as failure:
        if failure.reason == NOT_FOUND:
            return [folders.documents], ""
        return [folders.documents], f"{path}: {failure.message}"
    except (ValueError, RecursionError):
        return [folders.documents], f"{path}: is not a list of library folders (damaged JSON)"
    listed = data.get("folders") if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return [folders.documents], f'{path}: has no "folders" list'
    roots = [Path(item) for item in listed if isinstance(item, str) and item and "\0" not in item]
    skipped = len(listed) - len(roots)
    problem = f"{path}: entries that are not folder names were ignored" if skipped else ""
    return unique_folders(roots), problem


def save_library_folders(folders: UserFolders, roots: Sequence[Path]) -> None:
    """Remember the library folders in the per-user config folder (atomically)."""
    data = {"folders": [str(Path(root)) for root in unique_folders(roots)]}
    make_folder(folders.config)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes(folders.config / FOLDERS_FILE, text.encode("utf-8"))


def covers(roots: Sequence[Path], path: Path) -> bool:
    """Whether a scan of these library folders indexes this file (no hidden folder between)."""
    path = unique_folders([path])[0]
    if path.suffix != SUFFIX or path.name.startswith("."):
        return False
    for root in unique_folders(roots):
        if path.is_relative_to(root):
            return not any(part.startswith(".") for part in path.relative_to(root).parts)
    return False


def join_library(folders: UserFolders, path: Path) -> Path | None:
    """Add the folder of a saved article to the library folders unless they cover it.

    Returns the folder added, None when nothing changed. A list of folders that cannot be
    used is left as it is (writing over it would lose what the user may repair).
    """
    roots, problem = read_library_folders(folders)
    if problem or covers(roots, path):
        return None
    folder = unique_folders([path])[0].parent
    save_library_folders(folders, [*roots, folder])
    return folder


def unique_folders(roots: Sequence[Path]) -> list[Path]:
    """Return the folders as absolute paths, each once, in order."""
    seen: list[Path] = []
    for root in roots:
        root = Path(os.path.abspath(os.path.expanduser(root)))
        if root not in seen:
            seen.append(root)
    return seen


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    """A file in the library that could not be read, with the reason a user understands."""

    path: Path
    message: str


def load_article(path: Path) -> Article:
    """Read an article with the container reader."""
    from editor.storage import container

    return container.load(path)


def prepare(path: str, loader: Loader = load_article) -> Prepared:
    """Read one file into an entry and its search forms, or the reason it cannot be read."""
    try:
        entry = entry_for(loader(Path(path)))
        # Stemmed here, in the worker processes of a big scan.
        forms = search_forms(entry)
    except StorageError as failure:
        return path, None, None, failure.message
    except (RecursionError, MemoryError, ValueError, TypeError, OSError) as failure:
        # Batch work reports and skips: a file the reader has a bug on, or that holds more
        # than memory allows, must not stop the scan of every other article.
        return path, None, None, f"cannot be indexed ({type(failure).__name__})"
    return path, entry, forms, ""


def _die_with_parent() -> None:
    """In a worker: end this process as soon as the process that started it is gone.

    A scan killed (SIGKILL, a crash, the editor ended from a task manager) never runs its
    pool's shutdown, and spawned workers would wait for work on their queue for ever. The
    parent's sentinel becomes ready when it ends, on every platform.
    """
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def prepare_all(paths: Sequence[str], loader: Loader | None = None) -> Iterator[Prepared]:
    """Prepare files in order; many files with the default loader go to worker processes."""
    workers = (os.cpu_count() or 1) - 1
    # A frozen (PyInstaller) program would start itself again as each worker unless its
    # entry point calls multiprocessing.freeze_support(): read in-process there.
    frozen = getattr(sys, "frozen", False)
    if loader is not None or len(paths) < PARALLEL_FROM or workers < 1 or frozen:
        for path in paths:
            yield prepare(path, loader or load_article)
        return
    done = 0
    pool = ProcessPoolExecutor(
        max_workers=min(workers, 4), mp_context=get_context("spawn"), initializer=_die_with_parent
    )
    try:
        for prepared in pool.map(prepare, paths, chunksize=CHUNK):
            yield prepared
            done += 1
    except (BrokenProcessPool, OSError):
        # Workers could not start (a script without the ``if __name__ == "__main__"``
        # guard, no process slots left): read the rest here, only slower.
        for path in paths[done:]:
            yield prepare(path)
    finally:
        # A scan stopped early must not wait for every file still queued.
        pool.shutdown(wait=True, cancel_futures=True)


def walk(roots: Sequence[Path], problems: list[Failure]) -> dict[str, tuple[int, int]]:
    """Return every .newsdesk file under the roots with its (size, mtime_ns)."""
    found: dict[str, tuple[int, int]] = {}
    for root in roots:
        if not root.is_dir():
            continue  # a folder not created yet, or a disk not mounted: nothing to index

        def failed(error: OSError, root: Path = root) -> None:
            where = error.filename or str(root)
            problems.append(Failure(Path(where), f"cannot be read: {error.strerror or error}"))

        for folder, subfolders, names in os.walk(root, onerror=failed):
            # Hidden folders hold lock files, temporary files and tool data, not articles.
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            for name in names:
                if not name.endswith(SUFFIX) or name.startswith("."):
                    continue
                path = os.path.join(folder, name)
                try:
                    info = os.stat(path)
                except OSError as error:
                    failed(error)
                    continue
                found[path] = (info.st_size, info.st_mtime_ns)
    return found
